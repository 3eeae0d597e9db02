#!/usr/bin/env python3
"""Generator for the Siegel development corpus dev50 (international branch).

Every mail below is written out by hand in its own function: headers, body,
quoted replies, forwards and the content of each attachment.  The helpers at
the top only turn that hand-written content into MIME and into file formats
(PDF, XLSX, DOCX, ODT, ODS, CSV, ICS, ZIP, message/rfc822).

    python make_corpus.py           # writes mails/ and labels.tsv
    python make_corpus.py --check   # rebuilds twice, compares, validates

Needs: openpyxl python-docx odfpy fpdf2 pypdf icalendar (see README.md).
All persons, companies, addresses, numbers and domains are invented.
"""

import csv
import hashlib
import io
import os
import random
import re
import sys
import textwrap
import zipfile
from datetime import datetime
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime
from zoneinfo import ZoneInfo

SEED = 50
NN = "50"
HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime(2026, 1, 5, 9, 0, 0)          # timestamp inside office files
ZIPTIME = (2026, 1, 5, 9, 0, 0)

TZ = {
    "DE": ZoneInfo("Europe/Berlin"),
    "NL": ZoneInfo("Europe/Amsterdam"),
    "UK": ZoneInfo("Europe/London"),
    "IE": ZoneInfo("Europe/Dublin"),
    "NY": ZoneInfo("America/New_York"),
    "CHI": ZoneInfo("America/Chicago"),
    "SF": ZoneInfo("America/Los_Angeles"),
    "IN": ZoneInfo("Asia/Kolkata"),
    "NG": ZoneInfo("Africa/Lagos"),
}

MAILS = []


def M(label, lang, kind, reason):
    """Register the following hand-written mail."""
    assert label in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")
    assert lang in ("de", "en", "mixed")
    assert "\t" not in reason and "\n" not in reason

    def deco(fn):
        MAILS.append((label, lang, kind, reason, fn))
        return fn
    return deco


# ---------------------------------------------------------------- helpers

def B(s):
    """Dedent a hand-written body and make sure it ends with one newline."""
    s = textwrap.dedent(s)
    if s.startswith("\n"):
        s = s[1:]
    return s.rstrip("\n") + "\n"


def D(zone, y, mo, d, h, mi, s=0):
    """RFC 5322 date in the sender's local time with the right offset."""
    return format_datetime(datetime(y, mo, d, h, mi, s, tzinfo=TZ[zone]))


def mid(n, domain, k=0):
    tok = hashlib.sha1(f"{SEED}-{n}-{k}".encode()).hexdigest()[:20].upper()
    if k == 0:
        return f"<d{NN}-{n:04d}.{tok}@{domain}>"
    return f"<{tok}.{k}@{domain}>"


def new(n, frm, to, subject, date, cc=None, domain=None, irt=None, refs=None,
        headers=None):
    msg = EmailMessage(policy=SMTP)
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = date
    if domain is None:
        domain = frm.rsplit("@", 1)[1].strip(">")
    msg["Message-ID"] = mid(n, domain)
    if irt:
        msg["In-Reply-To"] = irt
        msg["References"] = refs or irt
    msg["MIME-Version"] = "1.0"
    for k, v in (headers or []):
        msg[k] = v
    return msg


def text(msg, body, charset="utf-8", cte=None, flowed=False, subtype="plain"):
    kw = {"charset": charset, "subtype": subtype}
    if cte:
        kw["cte"] = cte
    msg.set_content(body, **kw)
    if flowed:
        msg.set_param("format", "flowed")
    return msg


def html_alt(msg, html):
    msg.add_alternative(html, subtype="html")
    return msg


def attach(msg, data, mime, filename, inline=False, charset=None):
    maintype, subtype = mime.split("/")
    if isinstance(data, str):
        data = data.encode("utf-8")
    params = None
    if maintype == "text":
        params = {"charset": charset or "utf-8"}
    msg.add_attachment(data, maintype=maintype, subtype=subtype,
                       filename=filename, params=params,
                       disposition="inline" if inline else "attachment")
    return msg


def attach_text(msg, s, filename, subtype="plain", charset="utf-8"):
    msg.add_attachment(s, subtype=subtype, charset=charset, filename=filename,
                       disposition="attachment")
    return msg


def attach_msg(msg, inner):
    msg.add_attachment(inner)
    return msg


def inner_msg(frm, to, subject, date, msgid, body, cc=None, charset="utf-8"):
    m = EmailMessage(policy=SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = msgid
    m["MIME-Version"] = "1.0"
    m.set_content(body, charset=charset)
    return m


# ----------------------------------------------------- attachment formats

def normalize_zip(data, fix_xml=True):
    """Rewrite a ZIP (xlsx/docx/odt/ods) with fixed member timestamps."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            body = src.read(info.filename)
            if fix_xml and info.filename in ("docProps/core.xml", "meta.xml"):
                body = re.sub(rb"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(\.\d+)?Z?",
                              b"2026-01-05T09:00:00Z", body)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIPTIME)
            zi.compress_type = info.compress_type
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, body)
    return out.getvalue()


def zip_bytes(members):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in members:
            if isinstance(data, str):
                data = data.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=ZIPTIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return out.getvalue()


def pdf_bytes(title, lines, author="Nordbrück Versicherung AG"):
    """PDF with a text layer (core font, Latin-1 only).  A line starting
    with '## ' is printed bold; an empty string is a blank line."""
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.set_creation_date(datetime(2026, 1, 5, 9, 0, 0,
                                   tzinfo=ZoneInfo("Europe/Berlin")))
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.set_creator("dev50 make_corpus.py")
    pdf.set_margins(20, 18, 20)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    pdf.multi_cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for line in lines:
        line.encode("latin-1")
        if line.startswith("## "):
            pdf.set_font("Helvetica", "B", 10)
            pdf.multi_cell(0, 5.5, line[3:], new_x="LMARGIN", new_y="NEXT")
        elif line == "":
            pdf.ln(4)
        else:
            pdf.set_font("Helvetica", "", 10)
            pdf.multi_cell(0, 5.5, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def xlsx_bytes(sheets, creator="Nordbrück Versicherung AG"):
    """sheets: list of (sheet name, list of rows)."""
    from openpyxl import Workbook
    wb = Workbook()
    wb.remove(wb.active)
    for name, rows in sheets:
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(list(row))
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    out = io.BytesIO()
    wb.save(out)
    return normalize_zip(out.getvalue())


def docx_bytes(paras, author="Nordbrück Versicherung AG", table=None):
    """paras: strings; '# ' heading, '## ' subheading, else a paragraph.
    table: optional list of rows appended after the paragraphs."""
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.revision = 1
    for p in paras:
        if p.startswith("## "):
            d.add_heading(p[3:], level=2)
        elif p.startswith("# "):
            d.add_heading(p[2:], level=1)
        else:
            d.add_paragraph(p)
    if table:
        t = d.add_table(rows=len(table), cols=len(table[0]))
        for i, row in enumerate(table):
            for j, cell in enumerate(row):
                t.cell(i, j).text = str(cell)
    out = io.BytesIO()
    d.save(out)
    return normalize_zip(out.getvalue())


def odt_bytes(paras):
    from odf.opendocument import OpenDocumentText
    from odf.text import P, H
    from odf.element import Element
    Element.namespaces.clear()      # odfpy keeps namespaces in a class dict
    doc = OpenDocumentText()
    for p in paras:
        if p.startswith("# "):
            doc.text.addElement(H(outlinelevel=1, text=p[2:]))
        else:
            doc.text.addElement(P(text=p))
    out = io.BytesIO()
    doc.write(out)
    return normalize_zip(out.getvalue())


def ods_bytes(sheets):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableRow, TableCell
    from odf.text import P
    from odf.element import Element
    Element.namespaces.clear()      # odfpy keeps namespaces in a class dict
    doc = OpenDocumentSpreadsheet()
    for name, rows in sheets:
        t = Table(name=name)
        for row in rows:
            tr = TableRow()
            for cell in row:
                if isinstance(cell, (int, float)) and not isinstance(cell, bool):
                    tc = TableCell(valuetype="float", value=cell)
                else:
                    tc = TableCell(valuetype="string")
                tc.addElement(P(text=str(cell)))
                tr.addElement(tc)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    out = io.BytesIO()
    doc.write(out)
    return normalize_zip(out.getvalue())


def csv_bytes(rows, encoding="utf-8", delimiter=";"):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delimiter, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return s.getvalue().encode(encoding)


def ics_bytes(s):
    s = B(s)
    return s.replace("\n", "\r\n").encode("utf-8")


def set_boundaries(msg, n):
    roots = {id(msg)}
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            for inner in part.get_payload():
                roots.add(id(inner))
    for part in msg.walk():
        if id(part) not in roots and "MIME-Version" in part:
            del part["MIME-Version"]
    i = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            i += 1
            part.set_boundary(f"=_d{NN}_{n:04d}_{i}_{SEED}=")
    return msg


# ===================================================================
# The mails.  Insurer: Nordbrück Versicherung AG, International Customer
# Service ("International Desk"), Westhafenbogen 12, 60327 Frankfurt am
# Main, domain nordbrueck.example.  Group companies: Nordbrück
# Krankenversicherung AG (health), Nordbrück Lebensversicherung AG (life,
# pension).  Everything is invented.
# ===================================================================

FOOTER = B("""
    Nordbrück Versicherung AG · Sitz Frankfurt am Main · Amtsgericht Frankfurt
    am Main HRB 99417 · Vorstand: Dr. Annette Liebig (Vors.), Carsten Imhof,
    Rahel Oduya · Vorsitzender des Aufsichtsrats: Prof. Dr. Wendelin Strack
    This e-mail may contain confidential information. If you are not the
    intended recipient, please notify the sender and delete this e-mail.
    """)



# ------------------------------------------------------------------ 0001
@M("NORMAL", "en", "internal", "team organisation: huddle moved, new colleague starts")
def _(n):
    m = new(n, "Julia Hartmann <j.hartmann@nordbrueck.example>",
            "Intl Desk Team <intl-desk-team@nordbrueck.example>",
            "Weekly huddle moved to Thursday + welcome Sean",
            D("DE", 2026, 1, 12, 8, 41),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, B("""
        Good morning all,

        two quick things for this week:

        1) The weekly huddle moves from Tuesday to Thursday 09:30, room
           "Liverpool" on the 4th floor (Tuesday clashes with the all-hands).
        2) Sean Gallagher joins us today from our Dublin partner office. He
           will look after broker relations UK/IE. Please say hello - he sits
           next to Marieke for now until IT has sorted out his laptop.

        Coffee and pastries on me on Thursday.

        Thanks,
        Julia

        Julia Hartmann
        Team Lead International Desk
        Nordbrück Versicherung AG | International Customer Service
        Westhafenbogen 12 | 60327 Frankfurt am Main
        """))
    return m


# ------------------------------------------------------------------ 0002
@M("STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
   "expat health customer asks about physio after knee surgery, policy number")
def _(n):
    m = new(n, "Oliver Pembridge <olly.pembridge@mailbox-uk.example>",
            "expat.health@nordbrueck.example",
            "physio after knee op - covered??",
            D("DE", 2026, 1, 14, 22, 7),
            headers=[("X-Mailer", "iPhone Mail (21D61)")])
    text(m, B("""
        hi there

        quick one, had my ACL reconstruction at the sports clinic in
        sachsenhausen on 2 jan and the surgeon wants me to do 20 sessions of
        physio, 2x a week. the physio place says they bill privately (GOÄ? or
        something) and I have to pay upfront.

        does my plan cover all 20 or is there a limit per year? policy no is
        KV-INT 4471 0238, Global Health Plus.

        also can i send the receipts by photo or do you need originals

        cheers
        Olly

        Sent from my iPhone
        """))
    return m


# ------------------------------------------------------------------ 0003
@M("CONFIDENTIAL", "en", "insurer-to-customer",
   "motor: eVB number for registering a car imported from the UK, name, VIN and policy")
def _(n):
    m = new(n, "Tobias Reuter <t.reuter@nordbrueck.example>",
            "Fiona Brennan <fiona.brennan@postmail.example>",
            "Your eVB for the registration of your Mini - policy KF-7730-2291",
            D("DE", 2026, 1, 15, 10, 18),
            irt=mid(n, "postmail.example", 1))
    text(m, B("""
        Dear Ms Brennan,

        thank you for your call this morning. As discussed, here is your
        electronic insurance confirmation (eVB) for the registration office:

            eVB number:   K7R4M2Q
            Vehicle:      MINI Cooper S, first registered in the UK 2021
            VIN:          WMW52DH0X02T81736
            Insured:      Fiona Brennan, Burgstraße 41, 60316 Frankfurt am Main
            Policy:       KF-7730-2291 (liability + comprehensive, EUR 300 excess)

        Please take the eVB number, your Irish driving licence, the UK V5C
        logbook, the certificate of conformity and the TÜV report on the
        individual approval to the Kfz-Zulassungsstelle. Once the car has
        German plates, please send me the registration number so I can
        complete the policy.

        Your no-claims discount from Aviva Ireland has been applied as
        SF class 7 as soon as we received their letter.

        Kind regards
        Tobias Reuter
        Motor Underwriting - International Customers
        Nordbrück Versicherung AG
        T +49 69 4471 2117

        """) + FOOTER)
    return m


# ------------------------------------------------------------------ 0004
@M("NORMAL", "en", "newsletter",
   "trap: customer newsletter with travel-health advice (vaccinations, malaria, thrombosis) and no person")
def _(n):
    m = new(n, "Nordbrück International <newsletter@news.nordbrueck.example>",
            "olly.pembridge@mailbox-uk.example",
            "Travelling home this spring? 6 health tips before you fly",
            D("DE", 2026, 3, 3, 7, 0),
            headers=[("List-Unsubscribe",
                      "<https://news.nordbrueck.example/u/7f3a2c>"),
                     ("Precedence", "bulk")])
    text(m, B("""
        NORDBRÜCK INTERNATIONAL - NEWSLETTER SPRING 2026

        Travelling home this spring? 6 health tips before you fly

        1. Check your vaccinations. Some destinations require a yellow fever
           certificate (for example Nigeria). Book travel-clinic appointments
           at least four to six weeks before departure.
        2. Malaria prophylaxis: ask your doctor which tablets suit your route.
           Mosquito nets and repellent with DEET still matter.
        3. Long-haul flights: move your legs, drink water, avoid alcohol. If you
           have had a thrombosis before, talk to your doctor about
           compression stockings.
        4. Medicines in hand luggage: keep them in the original packaging and
           carry a doctor's letter in English for anything controlled.
        5. Pack the emergency card of your plan. Our 24/7 assistance line
           +49 69 4471 9911 arranges hospital guarantees worldwide.
        6. Visiting family outside Europe for more than 8 weeks? Check whether
           your plan covers the whole stay.

        Questions? Reply to this e-mail or call us Mon-Fri 8-18 CET.

        You receive this newsletter because you subscribed at
        nordbrueck.example/international. Unsubscribe:
        https://news.nordbrueck.example/u/7f3a2c
        """))
    html_alt(m, B("""
        <html><body style="font-family:Arial,sans-serif">
        <h2>Travelling home this spring? 6 health tips before you fly</h2>
        <ol>
        <li><b>Check your vaccinations.</b> Some destinations require a yellow
        fever certificate (for example Nigeria).</li>
        <li><b>Malaria prophylaxis:</b> ask your doctor which tablets suit your
        route.</li>
        <li><b>Long-haul flights:</b> move your legs, drink water. If you have
        had a thrombosis before, ask about compression stockings.</li>
        <li><b>Medicines in hand luggage:</b> original packaging and a doctor's
        letter in English.</li>
        <li><b>Emergency card:</b> our 24/7 assistance line +49 69 4471 9911.</li>
        <li><b>Long visits:</b> more than 8 weeks outside Europe? Check your
        plan.</li>
        </ol>
        <p style="font-size:11px">Unsubscribe:
        <a href="https://news.nordbrueck.example/u/7f3a2c">here</a></p>
        </body></html>
        """))
    return m


# ------------------------------------------------------------------ 0005
@M("STRICTLY_CONFIDENTIAL", "de", "internal",
   "hospital bill of an international student (appendectomy) sent to the medical advisor")
def _(n):
    m = new(n, "Aylin Demir <a.demir@nordbrueck.example>",
            "Dr. Matthias Brandt <m.brandt@nordbrueck.example>",
            "Bitte um Prüfung: Rechnung Klinikum Höchst, Studententarif",
            D("DE", 2026, 1, 19, 13, 52))
    text(m, B("""
        Hallo Matthias,

        kannst du dir bitte die Rechnung vom Klinikum Frankfurt-Höchst
        ansehen? Versicherte ist Frau Chiamaka Eze, Studententarif Campus
        Cover, Vertrag KV-STU 0881 4420.

        Aufnahme am 07.01. über die Notaufnahme, laparoskopische
        Appendektomie am selben Abend, Entlassung am 10.01. Abgerechnet ist
        DRG G23C mit 4.182,37 EUR plus Wahlleistung Zweibettzimmer, die der
        Tarif nicht vorsieht. Die Wahlleistung würde ich streichen und nur
        die allgemeinen Krankenhausleistungen erstatten.

        Frage an dich: Die Klinik hat zusätzlich eine histologische
        Untersuchung separat berechnet (Labor Dr. Sommer). Ist das bei DRG
        nicht schon drin?

        Danke und Gruß
        Aylin

        Aylin Demir
        Leistungsprüfung Krankenversicherung International
        Nordbrück Krankenversicherung AG, Durchwahl -2241
        """))
    return m


# ------------------------------------------------------------------ 0006
@M("CONFIDENTIAL", "en", "broker-to-insurer",
   "UK broker sends household proposal for an expat: date of birth, new address, previous insurer")
def _(n):
    m = new(n, "Gemma Thornbury <gemma.thornbury@harrowgate-risk.example>",
            "brokers.international@nordbrueck.example",
            "New business - contents + personal liability - Mr R. Okonkwo-Hale",
            D("UK", 2026, 1, 20, 15, 33),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, B("""
        Hello team,

        please find below the details for a new contents and personal
        liability policy for our client who relocated to Frankfurt with his
        employer last month. We'd like cover to start 1 February.

        Name:              Mr Richard Okonkwo-Hale
        Date of birth:     23/09/1987
        Address:           Schwanthalerstraße 9, 3rd floor left,
                           60594 Frankfurt am Main
        Flat size:         86 sqm, rented
        Sum insured:       EUR 55,000 (incl. bicycles up to EUR 3,000)
        Liability:         EUR 10m, single, no dog
        Previous insurer:  Direct Line (UK), no claims in last 5 years
        Correspondence:    English please, by e-mail to
                           r.okonkwohale@fastpost.example

        Our agency number with you is VM-30417. Commission as per our
        agreement.

        Many thanks,
        Gemma

        Gemma Thornbury Cert CII
        Account Executive, Private Clients
        Harrowgate Risk Partners Ltd | 14 Cheapside Court | Leeds LS1 6QA
        Authorised and regulated by the Financial Conduct Authority.
        """))
    return m


# ------------------------------------------------------------------ 0007
@M("NORMAL", "en", "auto-reply", "out-of-office for annual leave, no reason beyond that")
def _(n):
    m = new(n, "Sean Gallagher <s.gallagher@nordbrueck.example>",
            "Gemma Thornbury <gemma.thornbury@harrowgate-risk.example>",
            "Automatic reply: New business - contents + personal liability - Mr R. Okonkwo-Hale",
            D("DE", 2026, 2, 9, 11, 2),
            headers=[("Auto-Submitted", "auto-replied"),
                     ("X-Auto-Response-Suppress", "All")])
    text(m, B("""
        Thank you for your e-mail. I am on annual leave until Monday,
        16 February, with limited access to e-mail.

        For new business and urgent broker queries please contact
        brokers.international@nordbrueck.example or +49 69 4471 2050.

        Kind regards
        Sean Gallagher
        """))
    return m


# ------------------------------------------------------------------ 0008
@M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
   "approval of a dental treatment plan (crowns, teeth numbers) with reimbursement amounts")
def _(n):
    m = new(n, "Aylin Demir <a.demir@nordbrueck.example>",
            "Arjun Raghunathan <arjun.r@inboxmail.example>",
            "Your treatment plan from Dr. Wiegand - decision",
            D("DE", 2026, 1, 22, 9, 5),
            irt=mid(n, "inboxmail.example", 1))
    text(m, B("""
        Dear Mr Raghunathan,

        we have checked the treatment and cost plan of your dentist,
        Dr. Katharina Wiegand, dated 12 January 2026.

        Planned: two full ceramic crowns on teeth 16 and 26 and a build-up
        filling on tooth 26 after the root canal treatment from December.
        Estimated cost: EUR 2,486.40.

        Under your plan Global Health Plus (dental module Dental 80) we will
        reimburse 80 % of the eligible amount, i.e. about EUR 1,989.12. The
        annual dental limit of EUR 3,000 in the first two policy years is
        not exceeded.

        Please send us the final invoice after the treatment. You can upload
        it in the app under "Claims > Dental".

        Best regards
        Aylin Demir
        Health Claims International
        Nordbrück Krankenversicherung AG

        """) + FOOTER)
    return m


# ------------------------------------------------------------------ 0009
@M("CONFIDENTIAL", "mixed", "insurer-to-customer",
   "household burglary claim acknowledged: claim number, address, stolen items, no injury")
def _(n):
    m = new(n, "Schadenservice Hausrat <hausrat.schaden@nordbrueck.example>",
            "Meera Krishnan <meera.krishnan@mailhub.example>",
            "Schadennummer / claim number HR-S-2026-003318 - Einbruch Eschersheimer Landstraße",
            D("DE", 2026, 1, 26, 16, 44))
    text(m, B("""
        Sehr geehrte Frau Krishnan,
        dear Ms Krishnan,

        wir bestätigen den Eingang Ihrer Schadenmeldung vom 24.01.2026.
        We confirm receipt of your claim notification of 24 January 2026.

        Schadennummer / claim number:  HR-S-2026-003318
        Vertrag / policy:              HR 5519 0032 (Hausrat Komfort)
        Versicherungsort / address:    Eschersheimer Landstraße 212, 60320 Frankfurt
        Schadentag / date of loss:     23.01.2026, zwischen 10:00 und 17:30 Uhr
        Polizei / police reference:    0381-2026-0041772 (1. Polizeirevier Frankfurt)

        Gemeldete Gegenstände / reported items:
          - MacBook Air 13" (2024)
          - Goldkette mit Anhänger (Erbstück)
          - Bargeld ca. 350 EUR
          - Kamera Fujifilm X-T5 mit Objektiv

        Was wir noch brauchen / what we still need:
          - Stehlgutliste, wie bei der Polizei eingereicht / the list of stolen
            items you gave to the police
          - Kaufbelege oder Fotos / receipts or photos
          - Rechnung für die Reparatur der Wohnungstür / invoice for the door

        Sie müssen nicht alles übersetzen - English documents are fine.

        Mit freundlichen Grüßen / kind regards
        Ihr Schadenservice Hausrat
        Nordbrück Versicherung AG
        """))
    return m


# ------------------------------------------------------------------ 0010
@M("NORMAL", "en", "internal",
   "trap: aggregated expat-health claims by ICD chapter in an XLSX, no person")
def _(n):
    m = new(n, "Katrin Vogel <k.vogel@nordbrueck.example>",
            "Henrik Wolff <h.wolff@nordbrueck.example>",
            "Q4 2025 claims mix - expat & student health portfolio",
            D("DE", 2026, 1, 28, 17, 12),
            cc="Julia Hartmann <j.hartmann@nordbrueck.example>")
    text(m, B("""
        Hi Henrik,

        attached the claims mix for Q4 2025 for the steering committee on
        Monday. Headlines:

        - Musculoskeletal (ICD-10 chapter XIII, M00-M99) is still the largest
          cost block in Global Health Plus, mostly physio and imaging.
        - Mental health (chapter V, F00-F99) in the student tariff up from
          9 % to 13 % of paid amounts - in line with what universities tell us.
        - Pregnancy/birth (chapter XV) stable.
        - Infectious diseases after home visits (dengue, malaria, typhoid)
          small in number but expensive when there is a hospital stay.

        Cells with fewer than 10 claims are merged into "other".

        Katrin
        """))
    attach(m, xlsx_bytes([
        ("Q4-2025", [
            ["ICD-10 chapter", "Tariff", "Claims", "Paid EUR", "Share of paid"],
            ["XIII Musculoskeletal (M)", "Global Health Plus", 412, 318440, 0.24],
            ["V Mental/behavioural (F)", "Campus Cover", 188, 97210, 0.13],
            ["XV Pregnancy/childbirth (O)", "Global Health Plus", 57, 201380, 0.15],
            ["I Infectious (A-B)", "all", 23, 88120, 0.07],
            ["X Respiratory (J)", "all", 366, 71980, 0.05],
            ["XI Digestive (K)", "all", 140, 130550, 0.10],
            ["other (cells < 10 merged)", "all", 951, 340870, 0.26],
        ]),
        ("Notes", [
            ["Source: claims DWH, paid date 01.10.-31.12.2025"],
            ["No personal data. Do not add policy numbers to this file."],
        ]),
    ]), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "claims_mix_Q4_2025_intl.xlsx")
    return m


# ------------------------------------------------------------------ 0011
@M("STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
   "student describes sleeplessness and panic and asks about counselling, without a diagnosis word")
def _(n):
    m = new(n, "Chiamaka Eze <chiamaka.eze@stud.uni-mainufer.example>",
            "students@nordbrueck.example",
            "Question about the counselling service at uni",
            D("DE", 2026, 2, 2, 1, 38))
    text(m, B("""
        Good evening,

        I am insured with you through the Campus Cover student plan (my
        policy number is on the card, KV-STU 0881 4420).

        Since January I find it very hard to sleep and sometimes in the
        lectures my heart starts racing and I have to leave the room. It
        has got worse since I was in the hospital. My friend told me the
        university has a counselling centre but there is a waiting list of
        two months, and there is a private therapist near Bockenheimer
        Warte who speaks English and could see me next week.

        Would you pay for the sessions with her? She said around 100 euros
        each. I cannot ask my parents for this money.

        Thank you,
        Chiamaka Eze
        """))
    return m


# ------------------------------------------------------------------ 0012
@M("CONFIDENTIAL", "mixed", "customer-to-insurer",
   "Dutch cross-border commuter sends his Dutch IBAN for the motor premium")
def _(n):
    m = new(n, "Daan Visser <daan.visser@kpnpost.example>",
            "motor.international@nordbrueck.example",
            "SEPA mandaat / Lastschrift voor polis KF-4410-0876",
            D("NL", 2026, 2, 3, 7, 12))
    text(m, B("""
        Goedemorgen / guten Morgen,

        sorry, my German is not so good, I write in English. I work in
        Emmerich and live in Nijmegen, my car is insured with you since
        last year (polis KF-4410-0876, kenteken / plate KLE-DV 412).

        I changed my bank. Please take the premium from now on from:

        Rekeninghouder: D.J. Visser
        IBAN:           NL87 ABNA 7711 9161 91
        BIC:            ABNANL2A

        The old account at the Sparkasse will be closed end of February.
        Do you need a new signed mandaat or is this e-mail enough?

        Met vriendelijke groet / mit freundlichen Grüßen
        Daan Visser
        """))
    return m


# ------------------------------------------------------------------ 0013
@M("NORMAL", "en", "insurer-to-university",
   "trap: orientation-week flyers for the student health plan (psychotherapy, pregnancy covered), no person")
def _(n):
    m = new(n, "Priya Venkataraman <p.venkataraman@nordbrueck.example>",
            "International Office <international.office@uni-mainufer.example>",
            "Orientation week 13-17 April: flyers and info stand",
            D("DE", 2026, 2, 4, 11, 26))
    text(m, B("""
        Dear colleagues,

        thank you for inviting us again to the orientation week for new
        international students. We would like to book the info stand in the
        foyer of the Hörsaalzentrum on 14 and 15 April.

        We will bring 600 flyers (English) and 200 (German) about Campus
        Cover. This year's flyer answers the questions we hear most often:

        - Is psychotherapy covered? Yes, after a short approval step.
        - What about pregnancy and birth? Covered after a waiting period of
          8 months, emergencies from day one.
        - Do I need a German bank account to be reimbursed? No.
        - How do I get the insurance certificate for enrolment and the
          Ausländerbehörde? Immediately by download after signing up.

        Could you let me know whether we get a power socket and a table? Last
        year we had to share with the student union.

        Best wishes
        Priya Venkataraman
        Student Desk, Nordbrück Versicherung AG
        """))
    return m


# ------------------------------------------------------------------ 0014
@M("STRICTLY_CONFIDENTIAL", "en", "broker-to-insurer",
   "Irish broker chases a term life application; mentions client's appointment with a cardiologist")
def _(n):
    m = new(n, "Cathal Moynihan <cathal@moynihan-financial.example>",
            "life.international@nordbrueck.example",
            "RE: Application LV-A 26-00417 / Ms N. Farrelly - still pending?",
            D("IE", 2026, 2, 5, 16, 58),
            irt=mid(n, "nordbrueck.example", 1))
    text(m, B("""
        Hi Katrin,

        any news on Niamh Farrelly's term life application? It's been three
        weeks since we sent the forms and the mortgage bank in Frankfurt is
        pushing for the assignment confirmation.

        I spoke with her yesterday - her GP in Cork has the medical report
        form but wants to wait for the result of the cardiologist, she's
        being seen on the 12th about the palpitations she mentioned in
        question 7. Should we send what the GP has now and follow up with
        the cardiology letter, or will you hold the file?

        Thanks a million,
        Cathal

        Cathal Moynihan QFA
        Moynihan Financial Planning Ltd, 3 Grand Parade, Cork T12 X2Y4
        Moynihan Financial Planning Ltd is regulated by the Central Bank of Ireland.

        -----Original Message-----
        From: Katrin Vogel <k.vogel@nordbrueck.example>
        Sent: 16 January 2026 10:04
        To: Cathal Moynihan <cathal@moynihan-financial.example>
        Subject: Application LV-A 26-00417 / Ms N. Farrelly

        Dear Cathal,
        thank you, the application has been received and is with
        underwriting. We will come back to you shortly.
        Katrin
        """))
    return m


# ------------------------------------------------------------------ 0015
@M("NORMAL", "de", "internal", "facility notice: car park closed on Saturday")
def _(n):
    m = new(n, "Facility Management <facility@nordbrueck.example>",
            "Alle Mitarbeitenden Westhafen <standort-westhafen@nordbrueck.example>",
            "Tiefgarage Westhafen am Samstag, 7. Februar, gesperrt",
            D("DE", 2026, 2, 5, 14, 0))
    text(m, B("""
        Liebe Kolleginnen und Kollegen,

        wegen Markierungsarbeiten ist die Tiefgarage am Samstag, 7. Februar,
        von 6:00 bis 20:00 Uhr vollständig gesperrt. Bitte parken Sie Ihr
        Fahrzeug bis Freitagabend um. Fahrzeuge, die am Samstagmorgen noch
        in der Garage stehen, werden auf die Außenstellplätze umgesetzt.

        Die Ladesäulen im UG 2 sind ab Montag wieder in Betrieb.

        Vielen Dank für Ihr Verständnis
        Ihr Facility Management
        """))
    return m


# ------------------------------------------------------------------ 0016
@M("CONFIDENTIAL", "de", "insurer-to-claimant",
   "liability claim settled with a customer's landlord: names, address, claim number, amount, nobody hurt")
def _(n):
    m = new(n, "Haftpflicht-Schaden <haftpflicht.schaden@nordbrueck.example>",
            "Herbert Kleinschmidt <h.kleinschmidt@t-net.example>",
            "Schaden PH-S-2026-00215 / Ceranfeld Mietwohnung Kaiserhofstraße 6",
            D("DE", 2026, 2, 9, 10, 31))
    text(m, B("""
        Sehr geehrter Herr Kleinschmidt,

        in der Haftpflichtsache unseres Versicherungsnehmers, Herrn Lukas
        Bergström, Mieter Ihrer Wohnung Kaiserhofstraße 6, 2. OG,
        60313 Frankfurt, haben wir den Schaden am Glaskeramik-Kochfeld
        geprüft. Personen sind nicht zu Schaden gekommen.

        Nach dem Kostenvoranschlag der Firma Elektro Hessler vom 29.01.2026
        erstatten wir den Austausch des Kochfelds abzüglich eines Abzugs
        neu für alt (Baujahr 2014) in Höhe von 30 %:

            Kochfeld inkl. Einbau        689,00 EUR
            abzüglich neu für alt        -206,70 EUR
            Entschädigung                482,30 EUR

        Bitte teilen Sie uns die Bankverbindung mit, auf die wir den Betrag
        überweisen sollen.

        Mit freundlichen Grüßen
        Jens Albers
        Haftpflicht-Schaden
        Nordbrück Versicherung AG
        """))
    return m


# ------------------------------------------------------------------ 0017
@M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
   "body says only 'documents attached'; the PDF is a term life policy schedule with beneficiary")
def _(n):
    m = new(n, "Nordbrück Lebensversicherung <documents@nordbrueck.example>",
            "Siddharth Menon <sid.menon@inboxmail.example>",
            "Your documents",
            D("DE", 2026, 2, 10, 6, 15),
            headers=[("Auto-Submitted", "auto-generated")])
    text(m, B("""
        Dear customer,

        please find your documents attached.

        This e-mail was generated automatically. Please do not reply to this
        address; use life.international@nordbrueck.example instead.

        Nordbrück Lebensversicherung AG
        """))
    attach(m, pdf_bytes("Policy Schedule - Term Life Protect", [
        "Nordbrück Lebensversicherung AG, Westhafenbogen 12, 60327 Frankfurt am Main",
        "",
        "## Policy number: LV 20-5583102",
        "Policyholder and insured person: Siddharth Menon, born 04.07.1984",
        "Address: Hansaallee 118, 60320 Frankfurt am Main",
        "Start of cover: 01.02.2026   End of cover: 01.02.2051",
        "Sum assured on death: EUR 400,000.00 (level)",
        "Monthly premium: EUR 38.90 (non-smoker rate)",
        "",
        "## Beneficiary on death",
        "Lakshmi Menon (spouse), 100 %",
        "",
        "## Assignment",
        "The claim on death is assigned to Mainufer Sparkasse as security for",
        "loan no. 7702-441813 up to the outstanding loan amount.",
        "",
        "## Special terms",
        "Accepted at standard rates on the basis of the health declaration of",
        "14.01.2026 and the medical examination of 21.01.2026.",
    ]), "application/pdf", "LV_20-5583102_policy_schedule.pdf")
    return m


# ------------------------------------------------------------------ 0018
@M("NORMAL", "en", "insurer-to-supplier",
   "trap: job advert for a medical claims specialist sent to a recruiting agency")
def _(n):
    m = new(n, "Recruiting <jobs@nordbrueck.example>",
            "Anna Kowalczyk <a.kowalczyk@talentbridge-recruiting.example>",
            "Vacancy: Medical Claims Specialist (m/f/d) International Health",
            D("DE", 2026, 2, 11, 9, 40))
    text(m, B("""
        Dear Anna,

        as agreed, here is the text for the new vacancy. Please publish it on
        your English-language channels from next week.

        MEDICAL CLAIMS SPECIALIST (m/f/d) - INTERNATIONAL HEALTH
        Frankfurt am Main, full-time or 80 %, permanent

        Your tasks
        - assess inpatient and outpatient invoices from hospitals and doctors
          worldwide (English, German, ideally French)
        - check diagnoses and procedures against the policy terms, using
          ICD-10 and local coding systems
        - arrange direct billing and cost guarantees with hospitals in
          Europe, Asia and Africa
        - work closely with our medical advisers and the assistance partner

        Your profile
        - training as a nurse, medical assistant or medical coder, or a
          degree in health economics
        - very good English (C1), German at least B2
        - you stay calm when a hospital in Lagos needs a guarantee at 2 a.m.

        We offer hybrid work (3 days home office), 30 days of holiday,
        company pension, and a subsidised Deutschlandticket.

        Salary band: internal grade 7 (please do not publish a figure).

        Kind regards
        Nadine Roth
        HR Recruiting, Nordbrück Versicherung AG
        """))
    return m


# ------------------------------------------------------------------ 0019
@M("CONFIDENTIAL", "en", "employer-to-insurer",
   "attachment-only: US employer's CSV of seconded employees with dates of birth and German addresses for group liability")
def _(n):
    m = new(n, "Dana Whitfield <dana.whitfield@corvantis-hr.example>",
            "groups.international@nordbrueck.example",
            "Corvantis Inc. - Germany assignees for the group liability scheme",
            D("CHI", 2026, 2, 11, 8, 22))
    text(m, B("""
        Hello,

        as requested in our call, attached is the file with our current
        assignees in Germany to be enrolled in the group personal liability
        and household scheme from March 1. Let me know if you need anything
        else from our side.

        Thanks,
        Dana

        Dana Whitfield | Global Mobility Partner
        Corvantis Inc. | 200 W Monroe St, Chicago, IL 60606
        """))
    attach(m, csv_bytes([
        ["employee_id", "last_name", "first_name", "date_of_birth", "street",
         "zip", "city", "family_members_covered", "start_date"],
        ["C-10442", "Delgado", "Marisol", "1990-03-14", "Oeder Weg 77",
         "60318", "Frankfurt am Main", "1", "2026-03-01"],
        ["C-10518", "Brooks", "Tyler", "1984-11-02", "Mörfelder Landstraße 150",
         "60598", "Frankfurt am Main", "3", "2026-03-01"],
        ["C-10603", "Nakamura", "Ken", "1979-06-27", "Am Hauptbahnhof 4",
         "64283", "Darmstadt", "2", "2026-03-01"],
        ["C-10711", "O'Donnell", "Shannon", "1993-01-08", "Kurfürstenstraße 12",
         "65183", "Wiesbaden", "0", "2026-03-01"],
    ], delimiter=","), "text/csv", "DE_assignees_2026-03.csv")
    return m


# ------------------------------------------------------------------ 0020
@M("NORMAL", "en", "customer-to-insurer",
   "prospect asks whether personal liability insurance is mandatory in Germany; no personal data")
def _(n):
    m = new(n, "Ethan Caldwell <ethan.caldwell@webmail-us.example>",
            "international@nordbrueck.example",
            "Is liability insurance mandatory?",
            D("NY", 2026, 2, 12, 20, 5))
    text(m, B("""
        Hi,

        I'm moving to Germany for work in May and keep reading that
        everybody needs "Haftpflicht". Is that a legal requirement or just
        strongly recommended? And is it something my landlord can ask me to
        show before signing a lease?

        Thanks for any pointers,
        Ethan
        """))
    return m


# ------------------------------------------------------------------ 0021
@M("NORMAL", "en", "insurer-to-broker",
   "trap: API integration guide for broker software with published example IBANs and dummy policy data")
def _(n):
    m = new(n, "Lars Petersen <l.petersen@nordbrueck.example>",
            "Pieter Janssen <p.janssen@polisdesk-software.example>",
            "Broker API sandbox - test cases for SEPA mandate endpoint",
            D("DE", 2026, 2, 13, 15, 20))
    text(m, B("""
        Hi Pieter,

        the sandbox for the broker API (v2.3) is live. For the SEPA mandate
        endpoint please use only the test data below - the sandbox rejects
        anything else.

        POST /sandbox/v2/mandates
        {
          "policyNumber": "TEST-0000-0001",
          "accountHolder": "Erika Mustermann",
          "iban": "DE89 3704 0044 0532 0130 00",
          "bic": "COBADEFFXXX"
        }

        Further accepted test IBANs (the published example numbers):
          GB82 WEST 1234 5698 7654 32
          NL91 ABNA 0417 1643 00
          IE29 AIBK 9311 5212 3456 78

        Expected responses: 201 for the DE and NL examples, 422 with
        error code MANDATE_COUNTRY for GB (no SEPA direct debit from
        UK accounts for motor products yet).

        Swagger file: https://api-sandbox.nordbrueck.example/docs/v2.3

        Cheers
        Lars
        IT Broker Integration
        """))
    return m


# ------------------------------------------------------------------ 0022
@M("STRICTLY_CONFIDENTIAL", "en", "assistance-to-insurer",
   "assistance partner reports a customer hospitalised in Goa with dengue fever, asks for a cost guarantee")
def _(n):
    m = new(n, "Meridian Assistance Ops <ops@meridian-assist.example>",
            "assistance.cases@nordbrueck.example",
            "URGENT - new case MA-26-11873 / guarantee request / Goa",
            D("IE", 2026, 2, 14, 3, 47),
            headers=[("Importance", "high"), ("X-Priority", "1")])
    text(m, B("""
        NEW CASE - GUARANTEE OF PAYMENT REQUESTED

        Our ref:        MA-26-11873
        Your customer:  Mr Rohan Deshpande, Global Health Plus,
                        policy KV-INT 4471 1902
        Location:       Manipal Hospital, Dona Paula, Goa, India
        Admitted:       13/02/2026 21:10 local time

        Medical summary (from treating physician Dr. S. Naik, by phone):
        Patient presented with high fever for 4 days, severe body pain and
        rash. NS1 antigen positive - dengue fever. Platelets 38,000 on
        admission, falling. Admitted to the ward for IV fluids and
        monitoring, no bleeding so far. Expected stay 4-5 days. Fit to fly
        not before 7 days after discharge.

        Hospital asks for an initial guarantee of INR 250,000 (approx.
        EUR 2,750). Patient has paid INR 20,000 deposit himself.

        Please confirm cover and guarantee amount by return. Our medical
        officer will call the ward again at 08:00 IST.

        Meridian Assistance Ltd - Operations Desk 24/7
        Block C, Harcourt Centre, Dublin 2, Ireland
        +353 1 555 0190
        """))
    return m


# ------------------------------------------------------------------ 0023
@M("CONFIDENTIAL", "en", "customer-to-insurer",
   "customer forwards UK no-claims discount letter (PDF) for motor SF transfer; name, address, registration")
def _(n):
    m = new(n, "Hannah Lockwood <hannah.lockwood@mailbox-uk.example>",
            "motor.international@nordbrueck.example",
            "No claims bonus proof for my car insurance",
            D("DE", 2026, 2, 16, 19, 3))
    text(m, B("""
        Dear Mr Reuter,

        as promised on the phone, here is the letter from my previous
        insurer in England confirming my no claims discount. I hope this is
        what you need to move me into a better class.

        My new German number plate is F-HL 2207, the car is the same VW
        Golf I had in Bristol.

        Best wishes,
        Hannah Lockwood
        Gutzkowstraße 30, 60594 Frankfurt
        """))
    attach(m, pdf_bytes("Confirmation of No Claims Discount", [
        "Severnside Motor Insurance plc, Temple Quay House, Bristol BS1 6DZ",
        "",
        "To whom it may concern",
        "",
        "Policyholder: Miss Hannah Lockwood",
        "Previous address: 17 Cotham Brow, Bristol BS6 6AS",
        "Policy number: SMI/PC/0088214397",
        "Vehicle: Volkswagen Golf 1.5 TSI, registration WU19 KHT",
        "Period of cover: 03/05/2017 - 28/12/2025",
        "",
        "We confirm that the above policyholder has earned 8 (eight) years",
        "no claims discount. No claims were made or are pending under this",
        "policy. The policy was cancelled at the policyholder's request on",
        "28/12/2025 because of a move abroad.",
        "",
        "Named drivers during the period: none.",
        "",
        "Yours faithfully",
        "Customer Services, Severnside Motor Insurance plc",
    ], author="Severnside Motor Insurance plc"),
        "application/pdf", "NCD_letter_Lockwood.pdf")
    return m


# ------------------------------------------------------------------ 0024
@M("NORMAL", "de", "system-notification", "IT maintenance announcement for the weekend")
def _(n):
    m = new(n, "IT-Servicedesk <servicedesk@nordbrueck.example>",
            "Alle Mitarbeitenden <alle@nordbrueck.example>",
            "[Wartung] Bestandsführung und Kundenportal am 21./22.02. nicht verfügbar",
            D("DE", 2026, 2, 17, 12, 0),
            headers=[("Auto-Submitted", "auto-generated")])
    text(m, B("""
        Wartungsankündigung

        System:     Bestandsführung (alle Sparten), Kundenportal, Makler-API
        Zeitraum:   Samstag, 21.02.2026, 18:00 Uhr bis Sonntag, 22.02.2026,
                    14:00 Uhr
        Grund:      Einspielen des Quartalsreleases 2026.1, Datenbank-Update

        Während der Wartung können keine Verträge geändert und keine
        Dokumente im Portal abgerufen werden. Die Schaden-Hotline und die
        Assistance sind nicht betroffen.

        Bei Fragen: Ticket im Servicedesk-Portal, Kategorie "Release".

        Ihr IT-Servicedesk
        (Diese Nachricht wurde automatisch versendet.)
        """), cte="quoted-printable")
    return m


# ------------------------------------------------------------------ 0025
@M("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-hospital",
   "cost guarantee to a Frankfurt hospital for a planned hip replacement of an expat customer")
def _(n):
    m = new(n, "Aylin Demir <a.demir@nordbrueck.example>",
            "Patientenaufnahme <aufnahme@orthoklinik-taunus.example>",
            "Kostenübernahmeerklärung / Patient: Graham Whitley, geb. 11.05.1961",
            D("DE", 2026, 2, 18, 11, 14))
    text(m, B("""
        Sehr geehrte Damen und Herren,

        für unseren Versicherten

            Herrn Graham Whitley, geb. 11.05.1961
            Vertrag KV-INT 4471 0612, Tarif Global Health Plus Comfort

        übernehmen wir die Kosten der geplanten stationären Behandlung
        (Implantation einer Hüft-Totalendoprothese rechts bei Coxarthrose,
        Aufnahme 02.03.2026) im Rahmen der tariflichen Leistungen:
        allgemeine Krankenhausleistungen nach DRG sowie Wahlleistungen
        Einbettzimmer und Chefarztbehandlung. Die Rechnung senden Sie bitte
        direkt an uns.

        Please note for your international office: Mr Whitley does not
        speak German; he asked that the discharge papers are also
        explained to him in English.

        Mit freundlichen Grüßen / kind regards
        Aylin Demir
        Nordbrück Krankenversicherung AG
        Leistung International, Fax +49 69 4471 2299

        """) + FOOTER)
    return m


# ------------------------------------------------------------------ 0026
@M("NORMAL", "en", "internal",
   "trap: review of a claim-decline letter template with «placeholders» about pre-existing conditions")
def _(n):
    m = new(n, "Sabine Kühn <s.kuehn@nordbrueck.example>",
            "Aylin Demir <a.demir@nordbrueck.example>",
            "Plain English review - template HL-07 'pre-existing condition'",
            D("DE", 2026, 2, 19, 14, 27),
            cc="Julia Hartmann <j.hartmann@nordbrueck.example>")
    text(m, B("""
        Hi Aylin,

        our complaints from last year showed that customers did not
        understand template HL-07 at all. I've rewritten it in plain English
        (attached, track changes off). Could you check that it is still
        correct from a claims point of view? The placeholders stay as they
        are so IT can map them.

        Thanks!
        Sabine
        Complaints & Customer Experience
        """))
    attach(m, docx_bytes([
        "# Template HL-07 - Claim not covered: condition existed before cover started",
        "Version 3 (plain English), draft 19.02.2026",
        "«Salutation» «FirstName» «LastName»",
        "«Street» «HouseNo», «PostCode» «City»",
        "Your policy: «PolicyNumber» - Your claim: «ClaimNumber»",
        "Dear «Salutation» «LastName»,",
        "thank you for sending us the invoice from «ProviderName» dated "
        "«InvoiceDate» for «TreatmentDescription».",
        "We are sorry, but we cannot pay this claim. The treatment is for a "
        "condition that you already had before your cover started on "
        "«StartDate». Your health declaration did not mention it, and your "
        "plan excludes conditions that existed before the start date "
        "(section «ClauseRef» of your policy terms).",
        "If you think we have got this wrong - for example because your "
        "doctor sees it differently - please send us a letter from your "
        "doctor and we will look at your claim again.",
        "You can also contact the independent Ombudsman for private health "
        "insurance. This is free of charge.",
        "Kind regards",
        "«HandlerName»",
    ], author="Sabine Kühn"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "HL-07_pre-existing_plain-English_v3.docx")
    return m


# ------------------------------------------------------------------ 0027
@M("CONFIDENTIAL", "en", "insurer-to-customer",
   "travel cancellation after a visa refusal, no health content: name, policy, booking amount, refund")
def _(n):
    m = new(n, "Travel Claims <travel.claims@nordbrueck.example>",
            "Oluwaseun Adebayo <seun.adebayo@naijamail.example>",
            "Your trip cancellation claim RV-S-2026-00871",
            D("DE", 2026, 2, 20, 9, 48),
            irt=mid(n, "naijamail.example", 1))
    text(m, B("""
        Dear Mr Adebayo,

        thank you for sending the refusal letter of the German consulate in
        Lagos dated 5 February 2026 and the booking confirmation.

        Your trip cancellation cover (policy RV-2026-118204) includes the
        refusal of a visa if the application was made in time. Your
        application was filed on 12 January for a departure on 28 February,
        so the condition is met.

        Booking:               Lufthansa LOS-FRA-LOS, booking ref. 7QXK2B
        Cancellation charges:  EUR 1,146.00 (non-refundable fare)
        Excess:                EUR 0
        Amount payable:        EUR 1,146.00

        As you asked, we will transfer the amount to your sister's account
        in Germany, Ms Folake Adebayo, IBAN ending ...0662 09. Please allow
        three to five working days.

        Kind regards
        Marieke de Vries
        Travel Claims, Nordbrück Versicherung AG
        """))
    return m


# ------------------------------------------------------------------ 0028
@M("STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
   "expat says his wife is pregnant (due date) and asks about birth costs and adding the newborn")
def _(n):
    m = new(n, "Benjamin Ashworth <ben.ashworth@fastpost.example>",
            "expat.health@nordbrueck.example",
            "Baby on the way - what do we need to do?",
            D("DE", 2026, 2, 21, 10, 2))
    text(m, B("""
        Hello,

        good news from our side: my wife Charlotte (co-insured under my
        policy KV-INT 4471 2260) is expecting our first child, due date is
        3 September. She is with Dr. Schaller, a gynaecologist in Bad Vilbel,
        and wants to deliver at the Bürgerhospital.

        A few questions:
        1. Is the delivery covered in full, including a private room?
        2. Do we need to tell you before the birth or only after?
        3. How do we add the baby to the policy, and is there a health
           check for the baby?
        4. Charlotte was told she should do the extended first-trimester
           screening, which is not standard. Is that reimbursed?

        Thanks,
        Ben Ashworth
        """))
    return m


# ------------------------------------------------------------------ 0029
@M("NORMAL", "en", "system-notification",
   "portal registration mail with a one-time password, no personal data")
def _(n):
    m = new(n, "Nordbrück Portal <no-reply@portal.nordbrueck.example>",
            "ethan.caldwell@webmail-us.example",
            "Your access to My Nordbrück",
            D("DE", 2026, 2, 23, 8, 12),
            headers=[("Auto-Submitted", "auto-generated")])
    text(m, B("""
        Welcome to My Nordbrück.

        Your one-time password is: 4827-QK93

        It is valid for 48 hours. Please go to
        https://portal.nordbrueck.example/activate and set your own
        password. You will also be asked to choose a security question.

        We will never ask you for your password by e-mail or phone.

        Nordbrück Versicherung AG
        """))
    return m


# ------------------------------------------------------------------ 0030
@M("CONFIDENTIAL", "en", "broker-to-insurer",
   "sole-trader agent in Lagos sends his personal bank details and tax ID for commission payments")
def _(n):
    m = new(n, "Emeka Nwosu <emeka.nwosu@nwosu-insure.example>",
            "partners.africa@nordbrueck.example",
            "Bank details for commission - agent NG-0042",
            D("NG", 2026, 2, 23, 14, 31))
    text(m, B("""
        Dear Mr Adeyemi,

        Good afternoon. Following our meeting in Lagos, please find my bank
        details for the quarterly commission on the student plans. I work
        as a sole proprietor, the business name Nwosu Insure is registered
        in my name.

        Account name:  Emeka Chukwudi Nwosu
        Bank:          Lagoon Commercial Bank Plc, Ikeja branch
        Account no.:   0123984576 (NUBAN)
        SWIFT:         LGCBNGLA
        TIN:           21874430-0001

        Kindly note that I cannot receive EUR directly into this account,
        the bank will convert to naira.

        Thank you and best regards,
        Emeka Nwosu
        Nwosu Insure, 12 Allen Avenue, Ikeja, Lagos
        """))
    return m


# ------------------------------------------------------------------ 0031
@M("NORMAL", "en", "internal",
   "trap: training handout on reading German doctors' invoices (GOÄ) with a fictitious patient")
def _(n):
    m = new(n, "Dr. Matthias Brandt <m.brandt@nordbrueck.example>",
            "New starters health claims <hc-onboarding@nordbrueck.example>",
            "Training session Thursday: reading a German doctor's invoice",
            D("DE", 2026, 2, 24, 16, 5))
    text(m, B("""
        Dear new colleagues,

        for Thursday's session please print the attached handout. We will
        go through a complete invoice together. The patient on the example
        invoice is fictitious (Max Mustermann) - please don't use real
        invoices in training, not even blacked out.

        See you Thursday, 14:00, room Liverpool.
        Matthias Brandt
        Medical Adviser
        """))
    attach(m, pdf_bytes("Handout: How to read a German doctor's invoice (GOÄ)", [
        "Internal training - International Health Claims - February 2026",
        "",
        "## 1. The header",
        "Doctor's name and address, invoice date, patient name and date of birth,",
        "diagnosis. EXAMPLE (fictitious): Max Mustermann, born 01.01.1970.",
        "",
        "## 2. The lines",
        "Date | GOÄ number | description | factor | amount",
        "12.01.2026 | 1 | consultation | 2.3 | 10.72 EUR",
        "12.01.2026 | 5 | symptom-related examination | 2.3 | 10.72 EUR",
        "12.01.2026 | 250 | blood sample | 1.8 | 4.20 EUR",
        "",
        "## 3. The factor",
        "Up to 2.3 (personal services) no reason needed; above 2.3 the doctor",
        "must give a written reason; above 3.5 only with a prior agreement.",
        "",
        "## 4. Typical questions from international customers",
        "- 'Why is the invoice so low/high compared with the UK or US?'",
        "- 'What is a Privatrezept?' (private prescription, paid at the pharmacy)",
        "- 'Do I pay first?' (yes - reimbursement principle)",
        "",
        "## 5. Exercise",
        "Check the example invoice in the appendix for three errors.",
    ], author="Dr. Matthias Brandt"), "application/pdf",
        "Handout_GOAE_invoice_EN.pdf")
    return m


# ------------------------------------------------------------------ 0032
@M("STRICTLY_CONFIDENTIAL", "en", "internal",
   "team lead tells the team a named colleague is in hospital after a cycling accident with a fracture")
def _(n):
    m = new(n, "Julia Hartmann <j.hartmann@nordbrueck.example>",
            "Marieke de Vries <m.devries@nordbrueck.example>, Priya Venkataraman <p.venkataraman@nordbrueck.example>",
            "Sean's cases this week",
            D("DE", 2026, 2, 25, 8, 3))
    text(m, B("""
        Hi both,

        Sean came off his bike on the Eiserner Steg yesterday evening - broken
        collarbone and a concussion, he's at the BG Unfallklinik and will
        probably be operated on today. He'll be out for at least three weeks.
        Please keep this between us, he doesn't want the whole floor to know.

        Could you split his broker queue? Marieke takes UK, Priya takes IE and
        the Dublin partner calls. His open items are in the shared tracker.

        I'll send flowers from all of us.

        Julia
        """))
    return m


# ------------------------------------------------------------------ 0033
@M("NORMAL", "en", "university-to-insurer", "university confirms a fair stand; organisational")
def _(n):
    m = new(n, "Laura Bianchi <l.bianchi@uni-mainufer.example>",
            "Priya Venkataraman <p.venkataraman@nordbrueck.example>",
            "RE: Orientation week 13-17 April: flyers and info stand",
            D("DE", 2026, 2, 25, 13, 17),
            irt=mid(13, "nordbrueck.example"))
    text(m, B("""
        Dear Priya,

        confirmed for 14 and 15 April, stand no. 6 (next to the Studierendenwerk).
        You get one table, two chairs and a power socket - this year we
        ordered extension cables, promise!

        Set-up from 8:00, doors open 9:30.

        Best,
        Laura

        Laura Bianchi
        International Office - Welcome Services
        Universität Mainufer
        """))
    return m


# ------------------------------------------------------------------ 0034
@M("CONFIDENTIAL", "en", "insurer-to-customer",
   "motor liability claim at a roundabout, nobody hurt: plates, claim number, liability split")
def _(n):
    m = new(n, "Tobias Reuter <t.reuter@nordbrueck.example>",
            "Kwame Mensah-Bright <kwame.mb@postmail.example>",
            "Claim KF-S-2026-01944 - collision Kaiserleikreisel, 12 February",
            D("DE", 2026, 2, 26, 15, 39),
            irt=mid(n, "postmail.example", 1))
    text(m, B("""
        Dear Mr Mensah-Bright,

        thank you for the sketch and the photos. I am glad to read again
        that nobody was hurt.

        Based on your description and that of the other driver (Opel
        Corsa, OF-RT 881) you were both changing lanes inside the
        roundabout. The police report does not show who moved first and
        there are no independent witnesses. In cases like this German
        courts usually split liability 50:50, and that is what we have
        agreed with the other insurer.

        What this means for you:
        - We pay 50 % of the other car's repair (EUR 1,312.40).
        - The other insurer pays 50 % of your repair at Autohaus Kaiserlei;
          the other 50 % is covered by your comprehensive cover less
          the EUR 500 excess.
        - Your no-claims class for F-KM 6060 will go down from SF 4 to SF 2
          from 1 January 2027. You can avoid this by refunding us the
          EUR 1,312.40 within six months of our final settlement.

        Kind regards
        Tobias Reuter
        Motor Claims International
        """))
    return m


# ------------------------------------------------------------------ 0035
@M("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
   "complaint by a wife about rejected varifocal glasses for her husband, prescription values")
def _(n):
    m = new(n, "Sabine Tremaine <sabine.tremaine@gmx-mail.example>",
            "beschwerde@nordbrueck.example",
            "Beschwerde Ablehnung Brille - Vertrag KV-INT 4471 0877",
            D("DE", 2026, 2, 27, 18, 22))
    text(m, B("""
        Sehr geehrte Damen und Herren,

        ich schreibe für meinen Mann, Mark Tremaine, da sein Deutsch für
        so etwas nicht reicht (Vollmacht liegt Ihnen seit dem Abschluss
        vor).

        Sie haben die Erstattung seiner neuen Gleitsichtbrille abgelehnt, weil
        "keine Veränderung der Sehstärke von mindestens 0,5 Dioptrien"
        vorliege. Das stimmt nicht. Laut Augenarzt Dr. Kaya hat sich das
        rechte Auge von -2,25 auf -3,00 verschlechtert, links kam eine
        Hornhautverkrümmung dazu. Die Verordnung hatten wir mitgeschickt.

        Außerdem steht in den Bedingungen, die wir auf Englisch bekommen
        haben, nichts von 0,5 Dioptrien. Bitte prüfen Sie das erneut, es
        geht um 684 Euro.

        Mit freundlichen Grüßen
        Sabine Tremaine
        """))
    return m


# ------------------------------------------------------------------ 0036
@M("NORMAL", "en", "internal",
   "trap: data-protection minutes on e-mailing health data, no individual case")
def _(n):
    m = new(n, "Data Protection Office <datenschutz@nordbrueck.example>",
            "Henrik Wolff <h.wolff@nordbrueck.example>",
            "Minutes: DP jour fixe International Desk, 26 Feb 2026",
            D("DE", 2026, 2, 27, 10, 15),
            cc="Julia Hartmann <j.hartmann@nordbrueck.example>, Lars Petersen <l.petersen@nordbrueck.example>")
    text(m, B("""
        Minutes - data protection jour fixe, International Desk
        26 February 2026, 10:00-11:00
        Present: H. Wolff, J. Hartmann, L. Petersen, F. Adeyemi, DPO office (T. Lange)

        1. Health data by e-mail
           Customers abroad often send medical reports, invoices and
           discharge letters by ordinary e-mail. We may answer reactively,
           but our answer must not contain diagnoses unless the customer has
           given written consent to unencrypted e-mail. Otherwise the answer
           goes via the secure portal. Template wording for the portal
           pointer to be updated (J. Hartmann, 15 March).

        2. Assistance partner
           Case reports from the assistance partner include diagnoses and
           are sent over TLS-enforced connection. Contract annex checked: OK.

        3. Brokers in the UK and Nigeria
           Transfers to third countries: UK adequacy decision in place;
           for Nigeria standard contractual clauses are signed with both
           agents. Broker post with health data only through the portal.

        4. Deletion
           Scans of invoices in personal mailboxes must be deleted after
           upload to the claims system. Spot check in April.

        Next meeting: 30 April 2026.
        T. Lange
        """))
    return m


# ------------------------------------------------------------------ 0037
@M("CONFIDENTIAL", "mixed", "insurer-to-customer",
   "rental-car excess claim from a trip to Ireland refunded to an Irish IBAN; no health content")
def _(n):
    m = new(n, "Travel Claims <travel.claims@nordbrueck.example>",
            "Aoife Gallagher-Schmitt <aoife.gs@postmail.example>",
            "Erstattung Selbstbeteiligung Mietwagen / rental car excess - RV-S-2026-01102",
            D("DE", 2026, 3, 2, 11, 6))
    text(m, B("""
        Liebe Frau Gallagher-Schmitt,
        dear Ms Gallagher-Schmitt,

        we have settled your claim for the rental car excess from your trip
        to Galway (Hertz rental agreement 6618-2041, damage to the rear
        bumper on 9 February). Niemand wurde verletzt, so the claim falls
        fully under the Mietwagen-Selbstbehalt-Schutz of your travel policy
        RV-2025-990174.

            Excess charged by Hertz:   EUR 850.00
            Our payment:               EUR 850.00

        Wie gewünscht überweisen wir auf Ihr irisches Konto:
            Account holder: Aoife Gallagher-Schmitt
            IBAN: IE55 AIBK 9931 4933 9728 45

        Viele Grüße / kind regards
        Marieke de Vries
        Reiseversicherung / Travel Claims
        """))
    return m


# ------------------------------------------------------------------ 0038
@M("STRICTLY_CONFIDENTIAL", "en", "doctor-to-insurer",
   "psychotherapist sends an extension report for a named patient; details in the DOCX")
def _(n):
    m = new(n, "Dr. phil. Rebecca Ostrowski <praxis@ostrowski-psychotherapie.example>",
            "students@nordbrueck.example",
            "Report for continuation of therapy - Ms C. Eze, KV-STU 0881 4420",
            D("DE", 2026, 3, 3, 19, 11))
    text(m, B("""
        Dear Sir or Madam,

        as requested in your letter of 20 February, please find attached my
        report for the continuation of outpatient psychotherapy for
        Ms Chiamaka Eze (15 further sessions). The patient has agreed to
        this report being sent to you.

        Kind regards
        Dr. phil. Rebecca Ostrowski
        Psychological Psychotherapist (behaviour therapy)
        Leipziger Straße 53, 60487 Frankfurt am Main
        """))
    attach(m, docx_bytes([
        "# Report on continuation of psychotherapy",
        "Patient: Chiamaka Eze, born 30.06.2003, student",
        "Insurer: Nordbrück Krankenversicherung AG, KV-STU 0881 4420",
        "## Diagnoses",
        "F41.0 Panic disorder; F51.0 non-organic insomnia",
        "## Course so far",
        "10 sessions since 09.02.2026. Panic attacks reduced from daily to "
        "about twice a week. The onset followed an emergency hospital stay "
        "in January, in a situation of social isolation (first semester "
        "abroad, family in Enugu).",
        "## Plan",
        "15 further sessions of cognitive behavioural therapy, interoceptive "
        "exposure, sleep hygiene. No medication at present; the GP is "
        "informed.",
        "## Prognosis",
        "Good, provided therapy can continue without interruption.",
        "Frankfurt am Main, 03.03.2026 - Dr. phil. R. Ostrowski",
    ], author="Praxis Ostrowski"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "Bericht_Fortfuehrung_Eze.docx")
    return m


# ------------------------------------------------------------------ 0039
@M("NORMAL", "en", "newsletter",
   "industry newsletter on cross-border motor claims procedures, no person")
def _(n):
    m = new(n, "Council of Motor Bureaux Bulletin <bulletin@cmb-europe.example>",
            "motor.international@nordbrueck.example",
            "CMB Bulletin 03/2026: Green Card system changes, claims representatives",
            D("DE", 2026, 3, 4, 6, 30),
            headers=[("Precedence", "bulk"),
                     ("List-Id", "CMB Bulletin <bulletin.cmb-europe.example>")])
    text(m, B("""
        CMB BULLETIN 03/2026

        1. Green Card: the paper certificate is no longer required for
           travel inside the EEA and Switzerland; several non-EU bureaux
           still require it. Members should issue it on request free of
           charge.

        2. Claims representatives: the updated list of claims
           representatives under the Motor Insurance Directive is now
           online. Members must check their own entries by 31 March.

        3. UK: the agreement on handling of visiting-motorist claims
           continues unchanged in 2026.

        4. Statistics: cross-border claims handled through the bureaux
           rose by 6 % in 2025; average processing time 71 days.

        You receive this bulletin as a member contact. Manage your
        subscription in the members' area.
        """))
    return m


# ------------------------------------------------------------------ 0040
@M("CONFIDENTIAL", "en", "insurer-to-customer",
   "premium arrears reminder on a household policy: name, policy number, amount, no health content")
def _(n):
    m = new(n, "Beitragsservice <beitragsservice@nordbrueck.example>",
            "Richard Okonkwo-Hale <r.okonkwohale@fastpost.example>",
            "Payment reminder - policy HR 6620 1184",
            D("DE", 2026, 3, 5, 7, 30),
            headers=[("Auto-Submitted", "auto-generated")])
    text(m, B("""
        Dear Mr Okonkwo-Hale,

        we could not collect the premium for your contents and personal
        liability policy HR 6620 1184. Your bank returned the direct debit
        with the reason "account closed".

            Premium due 01.03.2026:   EUR 18.42
            Return debit fee:         EUR  3.00
            Total:                    EUR 21.42

        Please transfer the amount within 14 days to
        Nordbrück Versicherung AG, IBAN DE75 8020 4510 3601 6327 42,
        reference HR 6620 1184, or give us a new direct debit mandate in
        My Nordbrück.

        If you have already paid, please ignore this reminder.

        Kind regards
        Beitragsservice, Nordbrück Versicherung AG
        """))
    return m


# ------------------------------------------------------------------ 0041
@M("NORMAL", "en", "insurer-to-prospect",
   "trap: generic answer to a prospect with the student health fact sheet (PDF), no personal or health data")
def _(n):
    m = new(n, "Priya Venkataraman <p.venkataraman@nordbrueck.example>",
            "Tunde Bakare <tunde.bakare@naijamail.example>",
            "RE: Health insurance for my studies in Darmstadt",
            D("DE", 2026, 3, 5, 10, 44),
            irt=mid(n, "naijamail.example", 1))
    text(m, B("""
        Dear Mr Bakare,

        thank you for your interest. I've attached our fact sheet for
        Campus Cover, our plan for international students. It answers most
        questions about what is covered, waiting periods and the
        certificate you need for your university and the visa.

        When you have your admission letter, you can apply online in about
        ten minutes; you will need your passport and the admission letter.
        No health questions are asked for students under 30 in the basic
        plan.

        Good luck with the move!
        Priya Venkataraman
        Student Desk
        Nordbrück Versicherung AG

        > Hello, I got admitted to a master's programme at TU Darmstadt for
        > October. Which health insurance do I need and how much does it cost?
        > Regards, Tunde
        """))
    attach(m, pdf_bytes("Campus Cover - Fact sheet 2026/27", [
        "Health insurance for international students and language-course participants",
        "",
        "## What is covered",
        "- Outpatient treatment by doctors and specialists, 100 %",
        "- Hospital treatment in a shared room, 100 %",
        "- Prescribed medicines and dressings, 100 %",
        "- Psychotherapy: up to 25 sessions per year after approval",
        "- Pregnancy and childbirth after a waiting period of 8 months",
        "- Emergency dental treatment and simple fillings",
        "- Vaccinations recommended by the STIKO",
        "",
        "## What is not covered",
        "- Treatment of conditions known before the start of cover (except",
        "  acute emergencies)",
        "- Cosmetic treatment, dentures, orthodontics",
        "",
        "## Premium",
        "EUR 139 per month (age 18-29), EUR 189 (age 30-39).",
        "",
        "## Certificate",
        "Download immediately after signing up - accepted by universities and",
        "the foreigners' authorities for the residence permit.",
    ]), "application/pdf", "Campus_Cover_factsheet_2026-27_EN.pdf")
    return m


# ------------------------------------------------------------------ 0042
@M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
   "reply on physio after knee surgery; the customer's original mail is quoted")
def _(n):
    m = new(n, "Health Claims International <expat.health@nordbrueck.example>",
            "Oliver Pembridge <olly.pembridge@mailbox-uk.example>",
            "RE: physio after knee op - covered??",
            D("DE", 2026, 1, 16, 9, 31),
            irt=mid(2, "mailbox-uk.example"))
    text(m, B("""
        Dear Mr Pembridge,

        good news: Global Health Plus pays physiotherapy prescribed by a
        doctor without a limit on the number of sessions, up to the rates in
        our schedule (for example EUR 32.50 for a 20-minute session of
        physiotherapy and EUR 44.00 for manual therapy). The prescription
        from your surgeon for 20 sessions is therefore fine.

        Photos or scans of the invoices are enough - please upload them in
        the app together with the prescription. Keep the originals for six
        months in case we ask for them.

        We hope your knee recovers quickly.

        Kind regards
        Aylin Demir
        Health Claims International

        On 14 Jan 2026, at 22:07, Oliver Pembridge wrote:
        > hi there
        >
        > quick one, had my ACL reconstruction at the sports clinic in
        > sachsenhausen on 2 jan and the surgeon wants me to do 20 sessions of
        > physio, 2x a week. [...]
        > policy no is KV-INT 4471 0238, Global Health Plus.
        """))
    return m


# ------------------------------------------------------------------ 0043
@M("CONFIDENTIAL", "de", "insurer-to-customer",
   "e-bike theft under household cover: name, frame number, claim number, payment")
def _(n):
    m = new(n, "Hausrat-Schaden <hausrat.schaden@nordbrueck.example>",
            "Thomas Whitaker <t.whitaker@postmail.example>",
            "Ihr Fahrraddiebstahl vom 18.02.2026 - Schadennummer HR-S-2026-004102",
            D("DE", 2026, 3, 6, 14, 3))
    text(m, B("""
        Sehr geehrter Herr Whitaker,

        wir haben Ihren Schaden abschließend bearbeitet.

        Versicherungsnehmer:  Thomas Whitaker, Hügelstraße 150, 60431 Frankfurt
        Vertrag:              HR 5521 7740, Hausrat mit Fahrradklausel
        Fahrrad:              E-Bike Riese & Müller Charger4, Rahmennummer
                              WRM22C0418837
        Diebstahl:            18.02.2026, Fahrradständer Bahnhof Eschersheim,
                              mit Bügelschloss gesichert
        Anzeige:              Polizeirevier Nord, Vorgang 0312-2026-0020815

        Entschädigung:
          Neuwert laut Rechnung vom 04.05.2024   5.299,00 EUR
          Höchstentschädigung Fahrradklausel     3.000,00 EUR
          Auszahlung                              3.000,00 EUR

        Der Betrag wird in den nächsten Tagen auf Ihr bekanntes Konto
        überwiesen. Sollte das Rad wieder auftauchen, melden Sie sich bitte
        bei uns.

        Mit freundlichen Grüßen
        Ihr Hausrat-Schadenteam
        Nordbrück Versicherung AG
        """))
    return m


# ------------------------------------------------------------------ 0044
@M("NORMAL", "de", "internal",
   "trap: staff flu-vaccination offer by the company doctor, no individual")
def _(n):
    m = new(n, "Betriebsärztlicher Dienst <betriebsarzt@nordbrueck.example>",
            "Alle Mitarbeitenden Westhafen <standort-westhafen@nordbrueck.example>",
            "Impfaktion: Grippe- und Auffrischimpfungen am 10. und 11. März",
            D("DE", 2026, 3, 2, 9, 0))
    text(m, B("""
        Liebe Kolleginnen und Kollegen,

        der betriebsärztliche Dienst bietet am 10. und 11. März jeweils von
        9 bis 15 Uhr im Gesundheitsraum (EG, neben dem Empfang) an:

          - Grippeschutzimpfung (Restbestand der Saison 2025/26)
          - Auffrischung Tetanus/Diphtherie/Keuchhusten
          - Beratung zu Reiseimpfungen (Gelbfieber nur mit Termin beim
            Tropeninstitut)

        Bitte bringen Sie Ihren Impfpass mit. Eine Anmeldung ist nicht
        nötig; die Impfung ist freiwillig und kostenlos. Ob Sie teilnehmen,
        wird weder Ihrer Führungskraft noch der Personalabteilung mitgeteilt.

        Ihr Betriebsärztlicher Dienst
        """))
    return m


# ------------------------------------------------------------------ 0045
@M("STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
   "daughter reports visiting mother's fall and hip fracture under visitor health insurance")
def _(n):
    m = new(n, "Kavitha Subramanian <kavitha.s@inboxmail.example>",
            "travel.claims@nordbrueck.example",
            "Visitor insurance claim - my mother - urgent",
            D("DE", 2026, 3, 7, 21, 49))
    text(m, B("""
        Dear Sir/Madam,

        my mother, Mrs Lalitha Subramanian (67), is visiting us from
        Chennai and has your Visitor Cover policy RV-VIS-2026-004471
        (valid 15/02/2026 to 14/05/2026).

        This afternoon she slipped on the wet stairs at Hauptwache station
        and could not stand up. The ambulance took her to the Markus
        Krankenhaus. The X-ray shows a fracture of the femoral neck on the
        left side and the doctors want to operate tomorrow morning (they
        said a partial hip replacement).

        The hospital is asking who pays. She has her policy card but they
        want a written confirmation from you. The ward phone is
        069 5555 1420, ward 3B.

        She has high blood pressure for which she takes amlodipine, which
        she declared when buying the policy. Please help, we are very
        worried.

        Kavitha Subramanian (daughter)
        Mobile +49 170 5550 1837
        """))
    return m


# ------------------------------------------------------------------ 0046
@M("CONFIDENTIAL", "en", "insurer-to-broker",
   "Dutch logistics company fleet: named fleet manager and drivers with claims in an XLSX")
def _(n):
    m = new(n, "Marieke de Vries <m.devries@nordbrueck.example>",
            "Joost van Leeuwen <j.vanleeuwen@rijnpoort-assurantien.example>",
            "Renewal Van Dijk Transport BV - fleet claims 2023-2025",
            D("DE", 2026, 3, 9, 13, 16))
    text(m, B("""
        Dear Joost,

        for the renewal of the German fleet policy of Van Dijk Transport BV
        (FL-2019-0044, 38 vehicles based in Kleve and Venlo) please find the
        claims history attached. As discussed with Mr Hendriks, their fleet
        manager, we need the driver training records before we can quote.

        Two drivers account for five of the eleven liability claims; we
        would like to see what Van Dijk has done since.

        Kind regards
        Marieke de Vries
        Commercial Motor International
        """))
    attach(m, xlsx_bytes([
        ("Claims 2023-2025", [
            ["Claim no.", "Date", "Plate", "Driver", "Type", "Paid EUR", "Reserve EUR"],
            ["KF-S-2023-07781", "2023-04-11", "KLE-VD 108", "Ruud Brouwer", "liability, rear-end", 4210.50, 0],
            ["KF-S-2023-11204", "2023-09-02", "KLE-VD 115", "Sem Bakker", "comprehensive, mirror", 640.00, 0],
            ["KF-S-2024-02233", "2024-01-19", "KLE-VD 108", "Ruud Brouwer", "liability, loading ramp", 12880.00, 0],
            ["KF-S-2024-05560", "2024-05-30", "KLE-VD 121", "Fatima El Idrissi", "liability, parking", 1930.20, 0],
            ["KF-S-2024-09918", "2024-10-14", "KLE-VD 108", "Ruud Brouwer", "liability, lane change A3", 8450.00, 1500],
            ["KF-S-2025-01377", "2025-02-03", "KLE-VD 130", "Sem Bakker", "liability, gate", 2100.00, 0],
            ["KF-S-2025-06612", "2025-07-22", "KLE-VD 115", "Sem Bakker", "liability, roundabout", 5120.00, 0],
        ]),
        ("Contact", [
            ["Policyholder", "Van Dijk Transport BV, Industrieweg 41, 5928 Venlo, NL"],
            ["Fleet manager", "Wouter Hendriks, +31 77 555 0188, w.hendriks@vandijk-transport.example"],
        ]),
    ]), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "VanDijk_fleet_claims_2023-2025.xlsx")
    return m


# ------------------------------------------------------------------ 0047
@M("NORMAL", "en", "insurer-to-press",
   "trap: press release on direct billing with a Nigerian hospital group, health words without a person")
def _(n):
    m = new(n, "Nordbrück Press Office <presse@nordbrueck.example>",
            "Press distribution list <presse-verteiler@nordbrueck.example>",
            "Press release: Nordbrück and Lagoon Health Group agree direct billing for students and expats",
            D("DE", 2026, 3, 10, 10, 0))
    text(m, B("""
        PRESS RELEASE - for immediate release

        Nordbrück and Lagoon Health Group agree direct billing for
        students and expats

        Frankfurt am Main / Lagos, 10 March 2026. Customers of Nordbrück's
        international health plans who are treated at one of the eleven
        hospitals of the Lagoon Health Group in Lagos, Abuja and Port
        Harcourt will no longer need to pay upfront. From 1 April the
        hospitals bill Nordbrück directly for inpatient treatment,
        maternity care and emergency surgery.

        "Many of our student customers visit their families during the
        semester break. A hospital bill in the middle of a holiday should
        not be their problem," says Henrik Wolff, head of Nordbrück's
        International Customer Service.

        Lagoon Health Group treats more than 300,000 patients a year and is
        accredited by an international hospital accreditation body.

        About Nordbrück: Nordbrück Versicherung AG, Frankfurt am Main,
        insures more than 40,000 international customers in Germany.

        Press contact: Franziska Obermeier, presse@nordbrueck.example,
        +49 69 4471 1000
        """))
    return m


# ------------------------------------------------------------------ 0048
@M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
   "life policy beneficiary change after divorce confirmed; no medical word")
def _(n):
    m = new(n, "Katrin Vogel <k.vogel@nordbrueck.example>",
            "Declan Byrne <declan.byrne@eirmail.example>",
            "Change of beneficiary - policy LV 20-4471856",
            D("DE", 2026, 3, 11, 15, 2))
    text(m, B("""
        Dear Mr Byrne,

        we have received your signed form of 2 March 2026 and changed the
        beneficiary of your life policy LV 20-4471856 with effect from
        the date of receipt (6 March 2026):

            previous beneficiary:  Sinéad Byrne (spouse) - 100 %
            new beneficiaries:     Ciarán Byrne (son) - 50 %
                                   Orla Byrne (daughter) - 50 %

        As the beneficiary designation was revocable, your former wife's
        consent was not needed. Please note that because the children are
        minors, a payment would be made to their legal guardian.

        The updated policy schedule is available in My Nordbrück.

        Kind regards
        Katrin Vogel
        Life & Pensions International
        Nordbrück Lebensversicherung AG

        """) + FOOTER)
    return m


# ------------------------------------------------------------------ 0049
@M("NORMAL", "mixed", "internal", "farewell lunch for a colleague leaving the team")
def _(n):
    m = new(n, "Marieke de Vries <m.devries@nordbrueck.example>",
            "Intl Desk Team <intl-desk-team@nordbrueck.example>",
            "Abschiedslunch für Femi - Freitag 13.3. / farewell lunch",
            D("DE", 2026, 3, 11, 16, 40))
    text(m, B("""
        Hallo zusammen / hi all,

        wie ihr wisst, wechselt Femi zum 1. April ins Team Partner
        Management Afrika in Köln. We want to say goodbye properly:

        Freitag, 13.3., 12:30, "Zum Gemalten Haus" in Sachsenhausen
        (yes, Apfelwein at lunchtime, Femi insisted).

        Bitte tragt euch bis Mittwoch in die Liste ein, und wer sich am
        Geschenk beteiligen möchte: Umschlag liegt bei mir, suggested
        10 euros.

        Marieke
        """))
    return m


# ------------------------------------------------------------------ 0050
@M("CONFIDENTIAL", "en", "customer-to-insurer",
   "GDPR subject access request with date of birth, address and household/motor policy numbers")
def _(n):
    m = new(n, "Nathaniel Okafor <nat.okafor@fastpost.example>",
            "datenschutz@nordbrueck.example",
            "Subject access request under Art. 15 GDPR",
            D("UK", 2026, 3, 12, 9, 15))
    text(m, B("""
        Dear Data Protection Officer,

        under Article 15 GDPR I request a copy of all personal data you hold
        about me, the purposes of processing, the recipients, and the
        source of any data you did not collect from me directly.

        To identify me:
          Name:           Nathaniel Chidi Okafor
          Date of birth:  17 August 1979
          Address:        Flat 4, 22 Albion Road, London N16 9PH (since
                          January 2026); previously Gräfstraße 88,
                          60486 Frankfurt am Main
          Policies:       household HR 5518 2290, motor KF-7721-0554
                          (both cancelled 31/12/2025)

        I would like to receive the information electronically. Please
        also confirm whether you have passed my data to any credit
        reference agency or to the HIS database.

        Yours faithfully,
        Nathaniel Okafor
        """))
    return m


# ------------------------------------------------------------------ 0051
@M("STRICTLY_CONFIDENTIAL", "en", "internal",
   "body says only 'FYI'; the forwarded message/rfc822 is a customer's claim for insulin bought in the UK")
def _(n):
    m = new(n, "Priya Venkataraman <p.venkataraman@nordbrueck.example>",
            "Aylin Demir <a.demir@nordbrueck.example>",
            "FW: receipts from Boots",
            D("DE", 2026, 3, 12, 11, 2))
    text(m, B("""
        Hi Aylin, FYI - landed in the student inbox but it's a Global Health
        Plus customer. Can you take it?
        Thanks, Priya
        """))
    inner = inner_msg(
        "Megan Holloway <megan.holloway@mailbox-uk.example>",
        "students@nordbrueck.example",
        "receipts from Boots",
        D("UK", 2026, 3, 10, 18, 40),
        mid(n, "mailbox-uk.example", 1),
        B("""
            Hello,

            I was at my parents' in Leeds for three weeks and my pen needles
            and the NovoRapid cartridges ran out earlier than planned, so I
            had to get a private prescription from a GP there and buy
            everything at Boots. Receipts are attached as photos, total
            GBP 96.40.

            My policy is KV-INT 4471 3015. I've had type 1 diabetes since I
            was 12, it's all in my file with you.

            Can you reimburse to my German account as usual?

            Thanks
            Megan Holloway
            """))
    attach_msg(m, inner)
    return m


# ------------------------------------------------------------------ 0052
@M("NORMAL", "en", "insurer-to-broker",
   "trap: expat health premium table by age band (XLSX) for a broker, no person")
def _(n):
    m = new(n, "Sean Gallagher <s.gallagher@nordbrueck.example>",
            "Gemma Thornbury <gemma.thornbury@harrowgate-risk.example>",
            "Global Health Plus - 2026 rates by age band",
            D("DE", 2026, 3, 16, 10, 27))
    text(m, B("""
        Hi Gemma,

        as requested, the monthly premiums for Global Health Plus for 2026.
        Rates are per adult; children up to 20 pay the child rate regardless
        of the plan. Rates apply to people who are not in German statutory
        health insurance and live in Germany.

        Underwriting as before: health questions on application,
        pre-existing conditions may lead to a surcharge or an exclusion.

        Best
        Sean
        """))
    attach(m, xlsx_bytes([
        ("Rates 2026", [
            ["Age at entry", "Essential EUR/month", "Plus EUR/month", "Plus Comfort EUR/month"],
            ["21-25", 212.40, 298.10, 371.60],
            ["26-30", 238.90, 331.70, 412.30],
            ["31-35", 266.20, 368.50, 459.80],
            ["36-40", 301.70, 415.20, 517.40],
            ["41-45", 349.10, 478.90, 593.20],
            ["46-50", 402.60, 551.30, 684.90],
            ["Child 0-20", 96.80, 128.40, 151.70],
        ]),
        ("Notes", [
            ["Deductible options: EUR 0 / 500 / 1,000 / 2,500 per year"],
            ["Long-term care insurance (PPV) mandatory, not included above"],
        ]),
    ]), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "GHP_rates_2026.xlsx")
    return m


# ------------------------------------------------------------------ 0053
@M("CONFIDENTIAL", "mixed", "insurer-to-customer",
   "international motor insurance card (green card) for a trip to Morocco: name, plate, policy; PDF attached")
def _(n):
    m = new(n, "Kfz-Service International <motor.international@nordbrueck.example>",
            "Youssef Benali <y.benali@postmail.example>",
            "Ihre Grüne Karte / your Green Card - KF-7704-3318",
            D("DE", 2026, 3, 17, 8, 55))
    text(m, B("""
        Sehr geehrter Herr Benali,

        anbei Ihre Internationale Versicherungskarte (Grüne Karte) für Ihre
        Reise mit dem Fahrzeug MTK-YB 73 nach Marokko. Marokko (MA) ist auf
        der Karte nicht gestrichen, der Versicherungsschutz gilt also auch
        dort.

        Please print the card on white paper and keep it in the car
        together with the registration certificate. At the Moroccan border
        you may be asked for it; without it you would have to buy a local
        frontier insurance.

        Gute Fahrt!
        Ihr Kfz-Service International
        """))
    attach(m, pdf_bytes("International Motor Insurance Card / Grüne Karte", [
        "1. Valid from 01/04/2026 to 30/06/2026",
        "2. Country code / Bureau: D / 102",
        "3. Registration number: MTK-YB 73",
        "4. Category: A (car)   5. Make: Dacia Duster",
        "6. Countries: AL AND AZ BY BIH CY ... MA MD MK MNE RUS SRB TN TR UA",
        "7. Name and address of policyholder:",
        "   Youssef Benali, Hauptstraße 19, 65719 Hofheim am Taunus",
        "8. Policy number: KF-7704-3318",
        "9. Insurer: Nordbrück Versicherung AG, Westhafenbogen 12, 60327 Frankfurt",
    ]), "application/pdf", "GreenCard_MTK-YB73.pdf")
    return m


# ------------------------------------------------------------------ 0054
@M("NORMAL", "en", "broker-to-insurer", "broker asks for English brochures and logo files")
def _(n):
    m = new(n, "Gemma Thornbury <gemma.thornbury@harrowgate-risk.example>",
            "Sean Gallagher <s.gallagher@nordbrueck.example>",
            "Brochures for our relocation seminar",
            D("UK", 2026, 3, 18, 14, 4))
    text(m, B("""
        Hi Sean,

        we're running a seminar for HR managers of companies sending staff to
        Germany on 23 April in Manchester. Could you send us:

        - 40 printed copies of the English "Living in Germany - your
          insurance checklist" brochure
        - your logo in vector format for the agenda slide
        - a one-pager on Global Health Plus if there is one that's not
          too technical

        Delivery address: Harrowgate Risk Partners, 14 Cheapside Court,
        Leeds LS1 6QA, FAO Gemma.

        Cheers,
        Gemma
        """))
    return m


# ------------------------------------------------------------------ 0055
@M("STRICTLY_CONFIDENTIAL", "en", "employer-to-insurer",
   "attachment-only: Indian IT employer's list of seconded staff for company pension direct insurance with salaries and birth dates")
def _(n):
    m = new(n, "Ananya Iyer <ananya.iyer@veltrix-tech.example>",
            "bav.international@nordbrueck.example",
            "bAV enrolment - April batch",
            D("IN", 2026, 3, 19, 16, 37))
    text(m, B("""
        Dear Ms Vogel,

        please find attached the April batch for the direct insurance
        scheme of Veltrix Technologies GmbH (group contract GV-BAV-2023-07).
        All employees have signed the salary conversion agreements, the
        originals will be couriered from our Frankfurt office.

        Regards,
        Ananya Iyer
        HR Operations - Global Mobility
        Veltrix Technologies Ltd., Whitefield, Bengaluru 560066
        """))
    attach(m, xlsx_bytes([
        ("April 2026", [
            ["Emp. no.", "Name", "Date of birth", "Entry date", "Gross annual salary EUR",
             "Conversion EUR/month", "Employer subsidy EUR/month", "Tax class"],
            ["VT-DE-0311", "Karthik Balasubramanian", "1991-02-17", "2026-04-01", 72500, 250, 37.50, "III"],
            ["VT-DE-0316", "Sneha Kulkarni", "1995-09-05", "2026-04-01", 61200, 150, 22.50, "I"],
            ["VT-DE-0318", "Rahul Chatterjee", "1988-12-23", "2026-04-01", 88000, 302, 45.30, "III"],
            ["VT-DE-0320", "Divya Pillai", "1993-06-30", "2026-04-01", 58800, 100, 15.00, "IV"],
        ]),
    ]), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Veltrix_bAV_April_2026.xlsx")
    return m


# ------------------------------------------------------------------ 0056
@M("NORMAL", "de", "insurer-to-supplier",
   "trap: purchase order for defibrillators and first-aid kits, no person")
def _(n):
    m = new(n, "Einkauf <einkauf@nordbrueck.example>",
            "Vertrieb <vertrieb@medisafe-bedarf.example>",
            "Bestellung 4500188213 - AED und Erste-Hilfe-Material Standort Westhafen",
            D("DE", 2026, 3, 19, 10, 12))
    text(m, B("""
        Sehr geehrte Damen und Herren,

        auf Grundlage Ihres Angebots AN-26-0417 bestellen wir:

        Pos. 1  2 St.  AED-Defibrillator, halbautomatisch, mit Wandkasten
        Pos. 2  4 St.  Ersatz-Elektrodenpads Erwachsene
        Pos. 3  1 St.  Kinderelektroden
        Pos. 4 12 St.  Verbandkasten DIN 13157 (Büro)
        Pos. 5  6 St.  Nachfüllset Pflaster/Kompressen
        Pos. 6  2 St.  Augenspülflasche 500 ml

        Lieferadresse: Nordbrück Versicherung AG, Warenannahme,
        Westhafenbogen 12, 60327 Frankfurt am Main, Rampe 2.
        Liefertermin: KW 14. Rechnung bitte mit Bestellnummer an
        rechnungseingang@nordbrueck.example.

        Die Einweisung der Ersthelfer am AED bitte mit Frau Roth (HR)
        abstimmen.

        Mit freundlichen Grüßen
        Uwe Stenzel, Einkauf
        """))
    return m


# ------------------------------------------------------------------ 0057
@M("CONFIDENTIAL", "de", "insurer-to-customer",
   "confirmation of personal liability cover for a new landlord: name, address, policy")
def _(n):
    m = new(n, "Kundenservice <service@nordbrueck.example>",
            "Isabel Fairbanks <isabel.fairbanks@webmail-us.example>",
            "Versicherungsbestätigung Privathaftpflicht für Ihren Vermieter",
            D("DE", 2026, 3, 20, 12, 44))
    text(m, B("""
        Sehr geehrte Frau Fairbanks,

        wie gewünscht bestätigen wir zur Vorlage bei Ihrem Vermieter:

        Frau Isabel Fairbanks, wohnhaft ab 01.04.2026 in der
        Wolfsgangstraße 64, 60322 Frankfurt am Main, ist bei uns unter der
        Vertragsnummer PH 3308 5521 privathaftpflichtversichert.
        Versicherungssumme 20 Mio. EUR pauschal für Personen-, Sach- und
        Vermögensschäden; Mietsachschäden an Wohnräumen sind
        eingeschlossen. Der Vertrag ist ungekündigt, die Beiträge sind
        bezahlt.

        (Dear Ms Fairbanks, this is the German confirmation your landlord
        asked for. Just forward this e-mail.)

        Mit freundlichen Grüßen
        Kundenservice
        Nordbrück Versicherung AG
        """))
    return m


# ------------------------------------------------------------------ 0058
@M("STRICTLY_CONFIDENTIAL", "mixed", "customer-to-insurer",
   "Dutch cross-border commuter submits a Dutch dentist's invoice under his supplementary dental cover")
def _(n):
    m = new(n, "Sanne Bos <sanne.bos@ziggomail.example>",
            "zahn@nordbrueck.example",
            "Rechnung tandarts / Zahnzusatz ZZ-8812-4409",
            D("NL", 2026, 3, 21, 11, 58))
    text(m, B("""
        Hallo,

        ik ben grenspendelaar (ich wohne in Kerkrade, arbeite in Aachen) and
        I have your Zahnzusatzversicherung, contract ZZ-8812-4409.

        Attached to this mail should be the nota of my tandarts in Heerlen,
        tandartspraktijk Mergelland:
          - wortelkanaalbehandeling (root canal) molar lower left, 3 canals
          - 2x röntgenfoto
          - tijdelijke vulling
        Totaal EUR 486,60, paid by pin.

        Is a Dutch invoice OK or do you need a German translation? The
        codes are Dutch NZa codes (E14, X10, V71).

        Vriendelijke groeten / viele Grüße
        Sanne Bos
        """))
    return m


# ------------------------------------------------------------------ 0059
@M("NORMAL", "en", "internal",
   "trap: fraud-awareness bulletin on forged foreign hospital invoices, patterns only")
def _(n):
    m = new(n, "Special Investigations Unit <siu@nordbrueck.example>",
            "Claims International <claims-intl-all@nordbrueck.example>",
            "SIU Alert 2026-02: forged hospital invoices from abroad",
            D("DE", 2026, 3, 23, 8, 30))
    text(m, B("""
        SIU ALERT 2026-02 - for internal use

        We are seeing a new pattern of forged inpatient invoices submitted
        after trips abroad. Typical signs:

        - invoice on letterhead of a real hospital, but the phone number
          leads to a mobile phone
        - round amounts and a diagnosis that does not fit the length of
          stay (e.g. 9 days for uncomplicated gastroenteritis)
        - discharge summary and invoice with identical typography although
          they come from different departments
        - request to pay to a third-party account "of the hospital's agent"

        Before paying any foreign inpatient invoice above EUR 5,000 without
        assistance involvement: verify with the hospital through the
        contact data in the assistance partner's directory, not the
        invoice.

        Do not contact customers about a suspicion yourself - refer to SIU.

        SIU, ext. 2600
        """))
    return m


# ------------------------------------------------------------------ 0060
@M("CONFIDENTIAL", "en", "broker-to-insurer",
   "rent deposit guarantee application with the client's salary and employer")
def _(n):
    m = new(n, "Cathal Moynihan <cathal@moynihan-financial.example>",
            "Sean Gallagher <s.gallagher@nordbrueck.example>",
            "Rent deposit guarantee for Ms Roisin Kehoe",
            D("IE", 2026, 3, 24, 12, 9))
    text(m, B("""
        Hi Sean,

        hope all is well in Frankfurt.

        Another one for the Mietkautionsbürgschaft: Roisin Kehoe is moving to
        Munich in May with her employer (Corrib Analytics GmbH, permanent
        contract). Details:

        - Rent deposit required: EUR 5,400 (3 x net rent of EUR 1,800)
        - Flat: Leopoldstraße 201, 80804 München, landlord Grundbesitz
          Schwabing GmbH
        - Gross salary: EUR 86,000 p.a. plus bonus up to 10 %
        - Currently living at 7 Lower Rathmines Road, Dublin 6

        Can you give me an indication of the annual fee? She would prefer
        this to blocking the cash.

        Thanks,
        Cathal
        """))
    return m


# ------------------------------------------------------------------ 0061
@M("NORMAL", "en", "insurer-to-broker",
   "trap: anonymised underwriting case studies for a broker webinar (age, job, conditions, no identity)")
def _(n):
    m = new(n, "Olga Schmidt <o.schmidt@nordbrueck.example>",
            "Broker webinar participants <webinar-brokers@nordbrueck.example>",
            "Webinar follow-up: three underwriting case studies",
            D("DE", 2026, 3, 25, 16, 20))
    text(m, B("""
        Dear brokers,

        thank you for joining yesterday's webinar "Underwriting expats for
        private health insurance". As promised, the three case studies we
        discussed. They are based on real applications but anonymised and
        altered so that no applicant can be recognised.

        Case A - software engineer, mid-thirties, relocating from India.
        Treated for a slipped disc five years ago, no complaints since.
        Outcome: accepted, exclusion for the lumbar spine for three years,
        then review on request.

        Case B - teacher, late twenties, from the US. Antidepressants for
        eight months after a bereavement, stopped two years ago.
        Outcome: accepted at standard rates after a short questionnaire
        from the treating psychiatrist.

        Case C - engineer, early fifties, from Nigeria. Well controlled
        high blood pressure, BMI 31.
        Outcome: accepted with a 25 % surcharge.

        Key message: full disclosure up front is always faster than a
        rescission later.

        Slides are in the broker extranet under Training > 2026.

        Olga Schmidt
        Underwriting Health International
        """))
    return m


# ------------------------------------------------------------------ 0062
@M("STRICTLY_CONFIDENTIAL", "en", "lawyer-to-insurer",
   "solicitor for a widow disputes rescission of a life policy over undisclosed hypertension; cause of death")
def _(n):
    m = new(n, "Eleanor Whitcombe <e.whitcombe@whitcombe-lane-law.example>",
            "Katrin Vogel <k.vogel@nordbrueck.example>",
            "Your ref. LV 20-3319904 (deceased: Mr Peter Harland) - rescission disputed",
            D("UK", 2026, 3, 26, 11, 45),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, B("""
        Dear Ms Vogel,

        We act for Mrs Joanne Harland, widow of the late Mr Peter Harland
        (born 02/12/1968, died 14/11/2025), in connection with the above
        term life policy. Our client has provided us with your letter of
        9 March 2026 in which you rescind the policy for non-disclosure and
        decline the death benefit of EUR 250,000.

        Your decision rests on the GP record showing a reading of 150/95
        mmHg in 2019, which you say should have been disclosed under
        question 4 of the application ("high blood pressure"). We do not
        accept this.

        1. Mr Harland was never diagnosed with hypertension and never
           received medication. The single reading was taken during a
           consultation for a sports injury and not followed up.
        2. The cause of death according to the coroner's report was an
           acute aortic dissection. The post-mortem found no evidence of
           long-standing hypertensive heart disease.
        3. The application was completed in English with the assistance of
           your tied agent; the question did not ask about single readings.

        We therefore ask you to withdraw the rescission and to pay the sum
        assured within 28 days. Failing that, we are instructed to bring
        proceedings before the Landgericht Frankfurt am Main through our
        German correspondent firm.

        We enclose (by separate e-mail) the coroner's report and the GP
        summary.

        Yours sincerely

        Eleanor Whitcombe
        Partner
        Whitcombe Lane LLP, 8 Bedford Row, London WC1R 4BU
        Whitcombe Lane LLP is authorised and regulated by the Solicitors
        Regulation Authority.
        """))
    return m


# ------------------------------------------------------------------ 0063
@M("CONFIDENTIAL", "en", "insurer-to-customer",
   "household policy cancelled because of a move back to the UK; refund to a UK IBAN")
def _(n):
    m = new(n, "Kundenservice <service@nordbrueck.example>",
            "Harriet Coles <harriet.coles@mailbox-uk.example>",
            "Cancellation of your contents insurance HR 5530 0781",
            D("DE", 2026, 3, 27, 9, 22),
            irt=mid(n, "mailbox-uk.example", 1))
    text(m, B("""
        Dear Ms Coles,

        we confirm the cancellation of your contents insurance HR 5530 0781
        (Holzhausenstraße 15, 60322 Frankfurt) with effect from
        31 March 2026, the date of your move back to the United Kingdom.
        Please note that cover at the old address ends on that date.

        You have paid the annual premium until 31 December 2026. We will
        refund the unused part, EUR 96.75, to the account you gave us:

            Account holder: Harriet E. Coles
            IBAN: GB40 NWBK 8705 9448 2359 10

        Thank you for having been our customer, and all the best for the
        move.

        Kind regards
        Customer Service International
        Nordbrück Versicherung AG
        """))
    return m


# ------------------------------------------------------------------ 0064
@M("NORMAL", "de", "internal", "holiday planning for the summer (ODS) with colleagues' names and days only")
def _(n):
    m = new(n, "Julia Hartmann <j.hartmann@nordbrueck.example>",
            "Intl Desk Team <intl-desk-team@nordbrueck.example>",
            "Urlaubsplanung Sommer 2026 - bitte bis 10.4. eintragen",
            D("DE", 2026, 3, 27, 15, 31))
    text(m, B("""
        Hallo zusammen,

        anbei die Urlaubsplanung für Juni bis September. Bitte tragt eure
        Wünsche bis zum 10. April ein. Regel wie immer: pro Woche mindestens
        zwei Leute mit Englisch für die Hotline und eine Person für Kfz.

        Schulferien Hessen: 29.6. - 7.8. - wer schulpflichtige Kinder hat,
        bekommt bei Überschneidungen Vorrang.

        Danke!
        Julia
        """))
    attach(m, ods_bytes([
        ("Sommer 2026", [
            ["Name", "Juni", "Juli", "August", "September", "Bemerkung"],
            ["Hartmann", "", "13.-24.7.", "", "", ""],
            ["de Vries", "22.-26.6.", "", "10.-21.8.", "", ""],
            ["Gallagher", "", "", "3.-14.8.", "", "Irland"],
            ["Venkataraman", "", "27.7.-7.8.", "", "", ""],
            ["Reuter", "", "", "", "7.-18.9.", ""],
            ["Demir", "1.-5.6.", "", "24.-28.8.", "", ""],
        ]),
    ]), "application/vnd.oasis.opendocument.spreadsheet", "Urlaubsplanung_Sommer_2026.ods")
    return m


# ------------------------------------------------------------------ 0065
@M("STRICTLY_CONFIDENTIAL", "en", "hospital-to-insurer",
   "HTML-only mail from a hospital billing portal with a table of inpatient charges for a named patient")
def _(n):
    m = new(n, "Billing Portal Kliniken Rhein-Main <billing-noreply@kliniken-rheinmain.example>",
            "claims.international@nordbrueck.example",
            "Invoice 2026-RM-0048817 available - patient WHITLEY, G.",
            D("DE", 2026, 3, 30, 6, 2),
            headers=[("Auto-Submitted", "auto-generated")])
    text(m, B("""
        <!DOCTYPE html>
        <html><head><meta charset="utf-8"><title>Invoice</title></head>
        <body style="font-family:Segoe UI,Arial,sans-serif;font-size:13px">
        <p>Dear partner,</p>
        <p>a new invoice has been issued for a patient covered by your cost
        guarantee.</p>
        <table border="1" cellpadding="4" cellspacing="0">
        <tr><th>Patient</th><td>Graham Whitley, born 11.05.1961</td></tr>
        <tr><th>Your policy no.</th><td>KV-INT 4471 0612</td></tr>
        <tr><th>Stay</th><td>02.03.2026 - 11.03.2026 (Orthopaedics, ward O2)</td></tr>
        <tr><th>Main diagnosis</th><td>M16.1 Primary coxarthrosis, unilateral</td></tr>
        <tr><th>Procedure</th><td>OPS 5-820.00 Total hip replacement, cemented</td></tr>
        <tr><th>DRG</th><td>I47C</td></tr>
        </table>
        <br>
        <table border="1" cellpadding="4" cellspacing="0">
        <tr><th>Item</th><th>EUR</th></tr>
        <tr><td>General hospital services (DRG I47C)</td><td>7,944.18</td></tr>
        <tr><td>Single room, 9 days</td><td>1,125.00</td></tr>
        <tr><td>Chief physician treatment (separate invoice Prof. Dr. Lenhardt)</td><td>-</td></tr>
        <tr><td><b>Total</b></td><td><b>9,069.18</b></td></tr>
        </table>
        <p>The PDF invoice can be downloaded in the partner portal for 30 days.</p>
        <p style="color:#888">This message was generated automatically.</p>
        </body></html>
        """), subtype="html")
    return m


# ------------------------------------------------------------------ 0066
@M("CONFIDENTIAL", "en", "insurer-to-customer",
   "windscreen chip repair appointment: name, plate, policy, workshop")
def _(n):
    m = new(n, "Kfz-Service International <motor.international@nordbrueck.example>",
            "Priyanka Nair <priyanka.nair@inboxmail.example>",
            "Windscreen repair for F-PN 1905 - appointment confirmed",
            D("DE", 2026, 3, 31, 13, 37))
    text(m, B("""
        Dear Ms Nair,

        your windscreen repair has been booked with our partner workshop:

            GlasPro Frankfurt-Ost, Hanauer Landstraße 330
            Thursday, 2 April 2026, 08:30 (takes about 45 minutes)

            Vehicle:  Skoda Octavia Combi, F-PN 1905
            Policy:   KF-7719-0455, partial cover (Teilkasko)
            Claim:    KF-S-2026-02271

        A chip repair is free of charge for you and does not affect your
        no-claims class. If the workshop finds that the windscreen has to
        be replaced, your excess of EUR 150 applies.

        Kind regards
        Motor Service International
        """))
    return m


# ------------------------------------------------------------------ 0067
@M("NORMAL", "en", "system-notification", "secure-portal notification without content")
def _(n):
    m = new(n, "Nordbrück SecureMail <securemail@portal.nordbrueck.example>",
            "sid.menon@inboxmail.example",
            "You have a new secure message",
            D("DE", 2026, 4, 1, 10, 4),
            headers=[("Auto-Submitted", "auto-generated")])
    text(m, B("""
        Hello,

        you have received a new secure message from Nordbrück Versicherung
        AG in your portal mailbox.

        To read it, log in at https://securemail.nordbrueck.example with
        your e-mail address and your password.

        For security reasons this notification does not contain the message
        itself. If you did not expect a message from us, please call
        +49 69 4471 2030.

        Nordbrück Versicherung AG - SecureMail
        """))
    html_alt(m, B("""
        <html><body style="font-family:Arial,sans-serif">
        <p>Hello,</p>
        <p>you have received a new <b>secure message</b> from Nordbrück
        Versicherung AG in your portal mailbox.</p>
        <p><a href="https://securemail.nordbrueck.example">Log in to read it</a></p>
        <p style="font-size:11px;color:#777">For security reasons this
        notification does not contain the message itself.</p>
        </body></html>
        """))
    return m


# ------------------------------------------------------------------ 0068
@M("STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
   "US expat submits an ER bill for his baby son in Boston; diagnosis in the attached EOB PDF and body")
def _(n):
    m = new(n, "Jordan Whitaker-Reyes <jordan.wr@webmail-us.example>",
            "expat.health@nordbrueck.example",
            "Claim - ER visit Boston - son Mateo",
            D("NY", 2026, 4, 6, 22, 16))
    text(m, B("""
        Hello,

        we were visiting my in-laws in Boston over Easter and our son Mateo
        (14 months, co-insured on my policy KV-INT 4471 2795) had trouble
        breathing on Sunday night, so we took him to the ER at Harborview
        Children's. They kept him for about 7 hours on oxygen and
        nebulizers and sent us home in the morning.

        The hospital billed us USD 4,870 and I paid it by credit card. I'm
        attaching the itemized bill/EOB they gave us. Is there anything
        else you need? We fly back on April 8.

        Thanks,
        Jordan Whitaker-Reyes
        """))
    attach(m, pdf_bytes("Harborview Children's Medical Center - Itemized Statement", [
        "Patient: WHITAKER-REYES, MATEO   DOB: 01/24/2025   Acct: HV-88120473",
        "Guarantor: Jordan Whitaker-Reyes, Mörfelder Landstrasse 44, 60598 Frankfurt, Germany",
        "Date of service: 04/05/2026   Visit type: Emergency Department",
        "",
        "## Diagnoses",
        "J21.9 Acute bronchiolitis, unspecified",
        "R06.03 Acute respiratory distress",
        "",
        "## Charges",
        "99284 ED visit, high severity ................ USD 2,140.00",
        "94640 Nebulizer treatment x3 ................. USD   690.00",
        "94761 Pulse oximetry, continuous ............. USD   310.00",
        "87637 RSV/Flu/COVID PCR panel ................ USD   880.00",
        "J7613 Albuterol inhalation solution .......... USD    95.00",
        "Observation, 7 hours ......................... USD   755.00",
        "",
        "Total charges: USD 4,870.00",
        "Insurance payments: USD 0.00 (out-of-network, self-pay)",
        "Patient payment 04/06/2026 (Visa ending 4417): USD 4,870.00",
        "Balance due: USD 0.00",
    ], author="Harborview Children's Medical Center"),
        "application/pdf", "Harborview_statement_HV-88120473.pdf")
    return m


# ------------------------------------------------------------------ 0069
@M("NORMAL", "en", "insurer-to-university",
   "trap: explainer on the statutory health-insurance obligation for students (age 30, exemption), generic")
def _(n):
    m = new(n, "Priya Venkataraman <p.venkataraman@nordbrueck.example>",
            "International offices (partner universities) <uni-partners@nordbrueck.example>",
            "Update for your FAQ: health insurance rules for international students 2026",
            D("DE", 2026, 4, 2, 9, 45))
    text(m, B("""
        Dear colleagues,

        several of you asked us to summarise the rules for your FAQ pages.
        This is general information, not legal advice:

        1. Students enrolled at a German university are in principle subject
           to compulsory statutory health insurance until the end of the
           semester in which they turn 30 (or after 14 semesters).
        2. Students privately insured before enrolment can apply for an
           exemption from the statutory insurance within three months of
           enrolment. The exemption is irrevocable for the whole course.
        3. Language-course participants, preparatory-college students and
           PhD candidates without an employment contract are not compulsorily
           insured and need private cover for the residence permit.
        4. Students over 30 usually need private health insurance; a plan
           must include outpatient, inpatient, pregnancy and mental health
           care to be accepted by most foreigners' authorities.
        5. Students from countries with a social security agreement (e.g.
           EU/EEA with a European Health Insurance Card) may be covered by
           their home system.

        Feel free to copy this text. Please link to our multilingual
        checklist rather than to individual price lists, as prices change
        each January.

        Kind regards
        Priya Venkataraman
        Student Desk, Nordbrück Versicherung AG
        """))
    return m


# ------------------------------------------------------------------ 0070
@M("CONFIDENTIAL", "mixed", "customer-to-insurer",
   "water damage from a washing machine in a rented flat, neighbour's ceiling; address and policy, nobody hurt")
def _(n):
    m = new(n, "Lucy Brennan-Kraft <lucy.bk@postmail.example>",
            "hausrat.schaden@nordbrueck.example",
            "Wasserschaden!! washing machine - HR 5527 3390",
            D("DE", 2026, 4, 3, 7, 51))
    text(m, B("""
        Hallo / hello,

        sorry for writing in English, mein Deutsch ist noch nicht so gut.

        Last night the hose of our washing machine came off and the water ran
        for maybe an hour before we noticed. Our floor (Laminat) in the
        bathroom and the hallway is wet and the neighbour downstairs
        (Familie Albrecht, 1. OG) has water stains on the ceiling and a wet
        wall in the kitchen. Nobody is hurt, the electrician checked the
        lights this morning.

        Our address: Rotlintstraße 52, 2. OG rechts, 60389 Frankfurt.
        Policy HR 5527 3390 (Hausrat + Haftpflicht).

        The Hausverwaltung (Mainblick Immobilien GmbH) says they will send a
        Trocknungsfirma. Do we need to wait for you before they start? Who
        pays for the neighbour's ceiling - you or the building insurance?

        Photos coming in a second mail.

        Lucy Brennan-Kraft
        0151 5550 7713
        """))
    return m


# ------------------------------------------------------------------ 0071
@M("NORMAL", "en", "internal",
   "trap: synthetic UAT test data (CSV) with fictitious persons, birth dates and published example IBANs")
def _(n):
    m = new(n, "Lars Petersen <l.petersen@nordbrueck.example>",
            "UAT International <uat-intl@nordbrueck.example>",
            "UAT release 2026.2 - test data set for the new English letters",
            D("DE", 2026, 4, 6, 17, 3))
    text(m, B("""
        Hi testers,

        attached the synthetic test data for UAT of the English letter
        templates (release 2026.2). All persons are fictitious and the
        IBANs are the published example numbers. Don't load real customer
        data into the UAT environment - the DP office checks this.

        Test window: 13-24 April. Report defects in Jira project LETTERS.

        Lars
        """))
    attach(m, csv_bytes([
        ["test_id", "first_name", "last_name", "date_of_birth", "policy_no",
         "product", "iban", "language", "note"],
        ["T-001", "Max", "Mustermann", "1970-01-01", "TEST-KV-0001",
         "Global Health Plus", "DE89370400440532013000", "EN", "SYNTHETIC"],
        ["T-002", "Erika", "Mustermann", "1964-08-12", "TEST-HR-0002",
         "Contents", "DE89370400440532013000", "DE", "SYNTHETIC"],
        ["T-003", "John", "Doe", "1988-05-05", "TEST-KF-0003",
         "Motor", "GB82WEST12345698765432", "EN", "SYNTHETIC - expect 422"],
        ["T-004", "Jane", "Roe", "1999-12-31", "TEST-KV-0004",
         "Campus Cover", "NL91ABNA0417164300", "EN", "SYNTHETIC"],
        ["T-005", "Joe", "Bloggs", "1955-03-03", "TEST-LV-0005",
         "Term Life", "IE29AIBK93115212345678", "EN", "SYNTHETIC"],
    ]), "text/csv", "uat_2026-2_letters_synthetic.csv")
    return m


# ------------------------------------------------------------------ 0072
@M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
   "request to a GP for a medical report on a disability-insurance applicant, with the patient's consent")
def _(n):
    m = new(n, "Risikoprüfung Leben <risikopruefung.leben@nordbrueck.example>",
            "Praxis Dr. med. Ulrike Sandmann <praxis@hausarzt-sandmann.example>",
            "Anfrage ärztlicher Bericht - Herr Daniel McAllister, geb. 19.10.1986",
            D("DE", 2026, 4, 7, 10, 26))
    text(m, B("""
        Sehr geehrte Frau Dr. Sandmann,

        Herr Daniel McAllister, geb. 19.10.1986, wohnhaft Berger Straße 204,
        60385 Frankfurt, hat bei uns eine Berufsunfähigkeitsversicherung
        beantragt (Antrag BU-A 26-00938). Er hat Sie als behandelnde
        Hausärztin angegeben und uns mit dem Antrag von der Schweigepflicht
        entbunden (Erklärung in Kopie beigefügt per Post).

        Im Antrag gibt Herr McAllister an, im Herbst 2024 wegen
        Rückenschmerzen und einmal im Frühjahr 2025 wegen einer
        Erschöpfungssymptomatik bei Ihnen in Behandlung gewesen zu sein.
        Wir bitten Sie um einen kurzen Bericht zu:

          1. Diagnosen mit Datum der Erstfeststellung
          2. Behandlung und Dauer von Arbeitsunfähigkeitszeiten
          3. heutiger Stand, Beschwerdefreiheit seit wann
          4. Überweisungen an Fachärzte oder Psychotherapeuten

        Ihr Honorar erstatten wir nach GOÄ Nr. 75 zzgl. Porto. Bitte senden
        Sie den Bericht per Post oder über unser Ärzteportal.

        Mit freundlichen Grüßen
        Olga Schmidt
        Risikoprüfung Leben/BU
        Nordbrück Lebensversicherung AG
        """))
    return m


# ------------------------------------------------------------------ 0073
@M("CONFIDENTIAL", "de", "authority-to-insurer",
   "vehicle registration office asks about a lapsed motor policy: name, address, plate")
def _(n):
    m = new(n, "Kfz-Zulassungsbehörde Main-Taunus <zulassung@mtk-verwaltung.example>",
            "kfz-anzeigen@nordbrueck.example",
            "Ihre Anzeige nach § 25 FZV - MTK-AJ 440 - Rückfrage",
            D("DE", 2026, 4, 8, 11, 3))
    text(m, B("""
        Sehr geehrte Damen und Herren,

        Sie haben uns am 24.03.2026 das Nichtbestehen der
        Haftpflichtversicherung für das Fahrzeug mit dem amtlichen
        Kennzeichen MTK-AJ 440 angezeigt (Halter: Andrew James Pritchard,
        Limesstraße 7, 65779 Kelkheim).

        Der Halter hat heute bei uns vorgesprochen und eine eVB-Nummer
        vorgelegt, die nach seiner Aussage von Ihnen stammt (eVB H2T8X9P).
        Bitte bestätigen Sie uns kurzfristig, ob für das Fahrzeug wieder
        Versicherungsschutz besteht und ab welchem Datum. Andernfalls müssen
        wir das Fahrzeug außer Betrieb setzen.

        Mit freundlichen Grüßen
        Im Auftrag
        B. Hölzel
        Kreisverwaltung Main-Taunus, Straßenverkehrsamt, Zulassungsstelle
        """))
    return m


# ------------------------------------------------------------------ 0074
@M("NORMAL", "mixed", "broker-to-insurer",
   "trap: Dutch broker firm (BV) announces its new company bank account with a full IBAN")
def _(n):
    m = new(n, "Administratie Rijnpoort <administratie@rijnpoort-assurantien.example>",
            "provisionen@nordbrueck.example",
            "Nieuwe bankrekening / neue Bankverbindung Rijnpoort Assurantiën B.V.",
            D("NL", 2026, 4, 8, 15, 20))
    text(m, B("""
        Geachte heer, mevrouw / sehr geehrte Damen und Herren,

        per 1 mei 2026 wijzigt onze bankrekening. Ab dem 1. Mai bitten wir
        Sie, die Provisionen ausschließlich auf das folgende Konto zu
        überweisen:

            Rekeninghouder / Kontoinhaber: Rijnpoort Assurantiën B.V.
            IBAN: NL70 TRIO 4514 1960 30
            BIC:  TRIONL2U
            KvK:  70418833   BTW: NL858812337B01

        Het oude rekeningnummer bij de ABN blijft tot 31 juli actief.
        Vermittlernummer bei Ihnen: VM-30522.

        Met vriendelijke groet / mit freundlichen Grüßen
        Ingrid Smits
        Financiële administratie
        Rijnpoort Assurantiën B.V., Spoorstraat 12, 6511 AB Nijmegen
        """))
    return m


# ------------------------------------------------------------------ 0075
@M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
   "underwriting decision: expat health application accepted with a lumbar spine exclusion")
def _(n):
    m = new(n, "Underwriting Health International <uw.health@nordbrueck.example>",
            "Vikram Sethi <vikram.sethi@inboxmail.example>",
            "Your application for Global Health Plus - our offer",
            D("DE", 2026, 4, 9, 14, 48),
            irt=mid(n, "inboxmail.example", 1))
    text(m, B("""
        Dear Mr Sethi,

        thank you for your application of 23 March and the orthopaedic report
        from Dr. Rao in Pune.

        We can offer you Global Health Plus from 1 May 2026 on the following
        terms:

        - Standard premium EUR 368.50 per month (age band 31-35)
        - Special exclusion: treatment of the lumbar spine, including the
          disc prolapse L4/L5 treated in 2021 and its consequences
          (physiotherapy, imaging, injections, surgery), is excluded.
        - We will review the exclusion at your request after three years
          without treatment.

        Your wife's and daughter's applications have been accepted at
        standard rates.

        If you agree, please confirm by replying "I accept" to this e-mail
        within four weeks. If you do not agree, you can ask us to reconsider
        with further medical evidence.

        Kind regards
        Olga Schmidt
        Underwriting Health International
        Nordbrück Krankenversicherung AG

        """) + FOOTER)
    return m


# ------------------------------------------------------------------ 0076
@M("NORMAL", "en", "customer-to-insurer", "short question about hotline hours, no personal data")
def _(n):
    m = new(n, "mike.d@webmail-us.example", "international@nordbrueck.example",
            "hotline hours?",
            D("SF", 2026, 4, 9, 23, 12),
            headers=[("X-Mailer", "Android Mail")])
    text(m, B("""
        what are the hours of your english speaking hotline? your website
        says 8-18 but doesnt say which time zone. thx
        """))
    return m


# ------------------------------------------------------------------ 0077
@M("CONFIDENTIAL", "en", "insurer-to-customer",
   "dog-liability claim: customer's dog injured another dog, vet bill paid (animal health = confidential)")
def _(n):
    m = new(n, "Haftpflicht-Schaden <haftpflicht.schaden@nordbrueck.example>",
            "Gareth Lloyd-Evans <gareth.le@mailbox-uk.example>",
            "Dog liability claim TH-S-2026-00318 - settlement",
            D("DE", 2026, 4, 10, 9, 58))
    text(m, B("""
        Dear Mr Lloyd-Evans,

        we have settled the claim from the incident in the Huthpark on
        28 March, in which your dog Bramble (Border Collie, chip no.
        276098100447123) bit the dog of Ms Petra Jungblut.

        Ms Jungblut's dog needed stitches to a wound on the neck and two
        follow-up visits. We have paid the vet's invoice of the Tierklinik
        Frankfurt-Nord of EUR 612.35 directly to Ms Jungblut, under your
        dog owner's liability policy TH 2240 1187.

        This claim does not change your premium. Please remember that in
        Hesse your dog must be kept on a lead in parks where signs say so.

        Kind regards
        Jens Albers
        Liability Claims
        """))
    return m


# ------------------------------------------------------------------ 0078
@M("STRICTLY_CONFIDENTIAL", "mixed", "internal",
   "internal phone note on a personal accident claim: bouldering fall, wrist fracture, cast")
def _(n):
    m = new(n, "Priya Venkataraman <p.venkataraman@nordbrueck.example>",
            "Unfall-Leistung <unfall.leistung@nordbrueck.example>",
            "Telefonnotiz Unfallmeldung UV 7701 4428 / Mr Liam O'Sullivan",
            D("DE", 2026, 4, 13, 12, 14))
    text(m, B("""
        Hallo liebes Unfall-Team,

        Telefonnotiz, Anruf heute 11:40, Kunde spricht nur Englisch:

        - VN / insured: Liam O'Sullivan, Unfallversicherung UV 7701 4428
        - Unfall am 11.04. in der Boulderhalle Frankfurt-Ost, fell from about
          3 m onto the mat, landed on his right hand
        - Uniklinik: distale Radiusfraktur rechts, closed reduction,
          Gips für 6 Wochen, Kontrolle in der Unfallchirurgie am 20.04.
        - He is right-handed and works as a sound engineer, asks whether
          there is a daily benefit while he can't work (no - only
          Invaliditätsleistung + Krankenhaustagegeld in his plan, I told
          him we'll check)
        - Unfallanzeige in English sent to him by mail today

        Could you open the claim? Danke!
        Priya
        """))
    return m


# ------------------------------------------------------------------ 0079
@M("NORMAL", "de", "internal",
   "trap: Mental Health Awareness Week programme for staff (stress, burnout, EAP), no individual")
def _(n):
    m = new(n, "Betriebliches Gesundheitsmanagement <bgm@nordbrueck.example>",
            "Alle Mitarbeitenden <alle@nordbrueck.example>",
            "Woche der seelischen Gesundheit 11.-15. Mai: Programm",
            D("DE", 2026, 4, 14, 9, 30))
    text(m, B("""
        Liebe Kolleginnen und Kollegen,

        psychische Belastungen sind inzwischen einer der häufigsten Gründe
        für lange Arbeitsunfähigkeit - in Deutschland, und auch bei uns.
        In der Woche vom 11. bis 15. Mai bieten wir an:

          Mo  12:00  Impulsvortrag "Stress erkennen, bevor er krank macht"
          Di  16:00  Workshop für Führungskräfte: Gespräche bei Burnout-
                     Anzeichen im Team (max. 15 Plätze)
          Mi  ganztägig  Offene Sprechstunde der externen
                     Mitarbeiterberatung (EAP), anonym, Raum 0.14
          Do  12:00  Achtsamkeit in der Mittagspause (auch auf Englisch)
          Fr  Lauftreff am Mainufer, 17:00

        Die Mitarbeiterberatung ist das ganze Jahr kostenlos und vertraulich
        erreichbar: 0800 555 0190 (24/7, auch Englisch, Türkisch, Polnisch).

        Ihr BGM-Team
        """))
    return m


# ------------------------------------------------------------------ 0080
@M("CONFIDENTIAL", "en", "customer-to-insurer",
   "customer sends passport and residence-permit numbers for a motor policy identity check (grey: ID data)")
def _(n):
    m = new(n, "Adaeze Obi <adaeze.obi@naijamail.example>",
            "motor.international@nordbrueck.example",
            "Documents for my car insurance application",
            D("DE", 2026, 4, 14, 18, 36))
    text(m, B("""
        Good evening,

        your colleague asked me on the phone to send my identity details so
        that the car insurance can be issued before I collect the car from
        the dealer on Saturday.

        Full name:          Adaeze Ngozi Obi
        Passport:           Federal Republic of Nigeria, no. A09417752,
                            valid until 11/2030
        Residence permit:   eAT no. Y4KT0M2R7, valid until 30/09/2027
                            (Blue Card)
        Address:            Schleiermacherstraße 21, 64283 Darmstadt
        Driving licence:    Nigerian, exchange to German licence in progress

        The car is a used Toyota Corolla from Autohaus Bessunger, the
        application number you gave me is KF-A-26-01188.

        Thank you,
        Adaeze Obi
        """))
    return m


# ------------------------------------------------------------------ 0081
@M("NORMAL", "en", "insurer-to-reinsurer",
   "trap: anonymised large-loss list (age bands, diagnosis groups) for the reinsurer inside a ZIP")
def _(n):
    m = new(n, "Katrin Vogel <k.vogel@nordbrueck.example>",
            "Tom Fairweather <t.fairweather@atlas-re.example>",
            "Large losses 2025 - international health - for the treaty renewal",
            D("DE", 2026, 4, 15, 11, 40))
    text(m, B("""
        Dear Tom,

        as agreed for the renewal of the excess-of-loss treaty, attached is
        the list of 2025 health claims above EUR 50,000 for the international
        portfolio. The data is anonymised: age band, diagnosis group, country
        of treatment and paid amounts only. Cells are not linked to policy
        numbers.

        The ZIP is not encrypted this time because there is nothing
        personal in it.

        Best regards
        Katrin Vogel
        """))
    members = [
        ("README.txt", B("""
            Large losses 2025, Nordbrück international health portfolio
            Threshold: EUR 50,000 paid per claimant and year
            Anonymised: no names, policy numbers or exact dates.
            Age bands of 10 years; diagnosis groups by ICD-10 chapter.
            """)),
        ("large_losses_2025.csv", csv_bytes([
            ["case", "age_band", "sex", "diagnosis_group", "country_of_treatment", "paid_eur"],
            ["1", "50-59", "m", "Circulatory (I)", "DE", "182400"],
            ["2", "30-39", "f", "Pregnancy/neonatal (O/P)", "DE", "141900"],
            ["3", "60-69", "m", "Neoplasms (C)", "DE", "128350"],
            ["4", "20-29", "m", "Injury (S/T)", "NG", "96120"],
            ["5", "40-49", "f", "Neoplasms (C)", "IN", "74800"],
            ["6", "30-39", "m", "Infectious (A/B)", "IN", "61230"],
            ["7", "50-59", "f", "Musculoskeletal (M)", "DE", "53900"],
        ])),
    ]
    attach(m, zip_bytes(members), "application/zip", "large_losses_2025_intl.zip")
    return m


# ------------------------------------------------------------------ 0082
@M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-assistance",
   "cost guarantee for the dengue case in Goa; the assistance case report is quoted below")
def _(n):
    m = new(n, "Assistance Cases <assistance.cases@nordbrueck.example>",
            "Meridian Assistance Ops <ops@meridian-assist.example>",
            "RE: URGENT - new case MA-26-11873 / guarantee request / Goa",
            D("DE", 2026, 2, 14, 6, 12),
            irt=mid(22, "meridian-assist.example"))
    text(m, B("""
        Good morning,

        cover confirmed - policy active, no waiting period applies. Please
        issue a guarantee of INR 250,000 to the hospital; extension on
        request with an updated medical report. The deposit paid by the
        customer will be reimbursed to him by us directly.

        Please check with the treating physician whether a transfer to a
        larger hospital is indicated if the platelets keep falling.

        Regards
        Marieke de Vries (on call)
        Nordbrück Assistance Cases

        ---- Meridian Assistance Ops <ops@meridian-assist.example> wrote ----
        > NEW CASE - GUARANTEE OF PAYMENT REQUESTED
        > Our ref:        MA-26-11873
        > Your customer:  Mr Rohan Deshpande, Global Health Plus,
        >                 policy KV-INT 4471 1902
        > Location:       Manipal Hospital, Dona Paula, Goa, India
        > Patient presented with high fever for 4 days, severe body pain and
        > rash. NS1 antigen positive - dengue fever. Platelets 38,000 on
        > admission, falling.
        """))
    return m


# ------------------------------------------------------------------ 0083
@M("CONFIDENTIAL", "en", "insurer-to-customer",
   "body says only 'your new policy documents'; the PDF motor schedule has date of birth, address, SF class")
def _(n):
    m = new(n, "Nordbrück Documents <documents@nordbrueck.example>",
            "Hannah Lockwood <hannah.lockwood@mailbox-uk.example>",
            "Your new policy documents",
            D("DE", 2026, 4, 16, 5, 40),
            headers=[("Auto-Submitted", "auto-generated")])
    text(m, B("""
        Dear customer,

        your new policy documents are attached. Please check them and keep
        them in a safe place.

        Nordbrück Versicherung AG
        (automatically generated e-mail)
        """))
    attach(m, pdf_bytes("Motor insurance - policy schedule (Nachtrag 1)", [
        "Policy number: KF-7740-1128      Issued: 16.04.2026",
        "Policyholder: Hannah Lockwood, born 22.07.1990",
        "Address: Gutzkowstraße 30, 60594 Frankfurt am Main",
        "Vehicle: Volkswagen Golf 1.5 TSI, F-HL 2207, VIN WVWZZZCDZKW114809",
        "",
        "## Change",
        "No-claims class changed from SF 1/2 to SF 8 following the confirmation",
        "of Severnside Motor Insurance plc (8 claim-free years).",
        "",
        "## Premium from 01.03.2026",
        "Third-party liability SF 8 (38 %): EUR 198.40 p.a.",
        "Comprehensive SF 8 (35 %), excess EUR 300/150: EUR 251.20 p.a.",
        "Total incl. insurance tax: EUR 449.60 p.a., paid annually",
        "",
        "Refund for the period 01.03.-31.12.2026: EUR 312.55",
    ]), "application/pdf", "KF-7740-1128_Nachtrag_1.pdf")
    return m


# ------------------------------------------------------------------ 0084
@M("NORMAL", "de", "internal", "kitchen etiquette note about the new coffee machine")
def _(n):
    m = new(n, "Tobias Reuter <t.reuter@nordbrueck.example>",
            "4. OG Westhafen <og4-westhafen@nordbrueck.example>",
            "Die neue Kaffeemaschine (bitte lesen, es ist wichtig)",
            D("DE", 2026, 4, 16, 15, 55))
    text(m, B("""
        Liebe Nachbarinnen und Nachbarn im 4. OG,

        die neue Kaffeemaschine ist da und sie kann Hafermilch, aber sie
        kann nicht zaubern:

        1. Wer den Tresterbehälter voll macht, leert ihn.
        2. Die Milchdüse bitte nach jedem Cappuccino mit dem Knopf unten
           links spülen. Ja, jedes Mal.
        3. Die Bohnen kommen aus der Kaffeekasse. Die Kaffeekasse ist seit
           März bei minus 14,20 EUR. Ihr wisst, wer ihr seid.

        Danke und beste Grüße
        Tobias (selbsternannter Kaffeebeauftragter)
        """), flowed=True)
    return m


# ------------------------------------------------------------------ 0085
@M("STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
   "couple asks about IVF cover, mentions low AMH and two failed cycles abroad")
def _(n):
    m = new(n, "Rachel Goldberg-Haines <rachel.gh@webmail-us.example>",
            "expat.health@nordbrueck.example",
            "Question about fertility treatment coverage (policy KV-INT 4471 2518)",
            D("DE", 2026, 4, 17, 20, 34))
    text(m, B("""
        Hello,

        my husband Adam and I are both insured with you under policy
        KV-INT 4471 2518 (Global Health Plus Comfort) since last September.

        We have been trying for a baby for almost three years. In New York
        we did two IVF cycles that did not work; my AMH was 0.6 and the
        clinic said my egg reserve is low for my age (38). A clinic here in
        Frankfurt (Kinderwunschzentrum am Opernplatz) has suggested another
        cycle with a different protocol.

        Does our plan cover IVF, and if so:
        - how many attempts?
        - is there an age limit?
        - do the cycles in the US count against that number?
        - is Adam's part (sperm analysis, ICSI) covered under his own
          contract or mine?

        We would be grateful for a quick answer - the clinic wants to start
        in June.

        Kind regards,
        Rachel Goldberg-Haines
        """))
    return m


# ------------------------------------------------------------------ 0086
@M("CONFIDENTIAL", "de", "insurer-to-customer",
   "rent-deposit guarantee issued for a landlord: tenant, flat address, amount, guarantee number")
def _(n):
    m = new(n, "Kautionsservice <kaution@nordbrueck.example>",
            "Roisin Kehoe <roisin.kehoe@eirmail.example>",
            "Ihre Mietkautionsbürgschaft MKB-2026-01471",
            D("DE", 2026, 4, 20, 10, 15),
            cc="Cathal Moynihan <cathal@moynihan-financial.example>")
    text(m, B("""
        Sehr geehrte Frau Kehoe,

        Ihre Mietkautionsbürgschaft ist ausgestellt:

          Bürgschaftsnummer:  MKB-2026-01471
          Mieterin:           Roisin Kehoe
          Mietobjekt:         Leopoldstraße 201, 3. OG, 80804 München
          Vermieterin:        Grundbesitz Schwabing GmbH
          Bürgschaftsbetrag:  5.400,00 EUR
          Jahresprämie:       226,80 EUR (4,2 %), erstmals fällig am 01.05.2026

        Die Original-Bürgschaftsurkunde senden wir per Post direkt an die
        Vermieterin. Bitte übersetzen lassen müssen Sie nichts - die
        Urkunde ist zweisprachig (Deutsch/Englisch).

        Mit freundlichen Grüßen
        Kautionsservice
        Nordbrück Versicherung AG
        """))
    return m


# ------------------------------------------------------------------ 0087
@M("NORMAL", "en", "assistance-to-insurer",
   "trap: assistance partner's monthly SLA report with counts of evacuations and hospital admissions")
def _(n):
    m = new(n, "Account Management <accounts@meridian-assist.example>",
            "Henrik Wolff <h.wolff@nordbrueck.example>",
            "Monthly service report March 2026 - Nordbrück",
            D("IE", 2026, 4, 21, 9, 2))
    text(m, B("""
        Dear Henrik,

        please find the March figures for the Nordbrück programme below.

          New cases opened:                        214
            of which hospital admissions:            61
            medical evacuations (air ambulance):      3
            repatriations (scheduled flight + escort): 5
            repatriation of mortal remains:           1
          Guarantees of payment issued:             88
          Calls answered within 20 s:             93.4 %  (SLA 90 %)
          Guarantees issued within 4 h:           97.7 %  (SLA 95 %)
          Customer satisfaction (1-5):              4.5

        Top countries of treatment: India, Nigeria, Turkey, Thailand, USA.

        Two complaints received (language of a hospital in Antalya, waiting
        time on hold on 14 March), both closed.

        Kind regards
        Niamh Delaney
        Account Manager, Meridian Assistance Ltd
        """))
    return m


# ------------------------------------------------------------------ 0088
@M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
   "student health insurance certificate for the visa/university (named, health contract) - no medical word")
def _(n):
    m = new(n, "Student Desk <students@nordbrueck.example>",
            "Tunde Bakare <tunde.bakare@naijamail.example>",
            "Your insurance certificate for TU Darmstadt and the visa",
            D("DE", 2026, 4, 22, 16, 21))
    text(m, B("""
        Dear Mr Bakare,

        welcome to Campus Cover! Your insurance certificate is attached.
        Please upload it to the enrolment portal of TU Darmstadt and show it
        at the German embassy in Lagos for your visa appointment.

        Your cover starts on 1 September 2026. The certificate can also be
        used for the exemption from statutory health insurance (§ 8 SGB V)
        if your university asks for it.

        Kind regards
        Student Desk
        Nordbrück Krankenversicherung AG
        """))
    attach(m, pdf_bytes("Certificate of health insurance / Versicherungsbescheinigung", [
        "Nordbrück Krankenversicherung AG, Westhafenbogen 12, 60327 Frankfurt am Main",
        "",
        "We confirm that",
        "Mr Tunde Oluwafemi Bakare, born 09.03.2001, passport no. B02287415 (NGA)",
        "is insured with us under the Campus Cover plan, policy KV-STU 0884 1175,",
        "from 01.09.2026 for the duration of his studies at TU Darmstadt.",
        "",
        "The cover includes outpatient, inpatient, dental emergency, pregnancy,",
        "psychotherapy and prescribed medicines without an annual limit.",
        "Deductible: none. The insured person is not subject to any exclusion.",
        "",
        "Frankfurt am Main, 22.04.2026",
    ]), "application/pdf", "Certificate_KV-STU_0884_1175.pdf")
    return m


# ------------------------------------------------------------------ 0089
@M("NORMAL", "mixed", "supplier-to-insurer",
   "trap: translation agency invoice with the agency's company IBAN; job is product terms, no person")
def _(n):
    m = new(n, "Buchhaltung LinguaBridge <rechnung@linguabridge-uebersetzungen.example>",
            "rechnungseingang@nordbrueck.example",
            "Rechnung / invoice RE-2026-0317 - Übersetzung AVB Global Health Plus",
            D("DE", 2026, 4, 22, 8, 5))
    text(m, B("""
        Sehr geehrte Damen und Herren,

        anbei unsere Rechnung für den Auftrag vom 02.03.2026 (Ihre
        Bestellnummer 4500187766):

          Übersetzung DE > EN, Allgemeine Versicherungsbedingungen
          Global Health Plus 2026 und Tarifblätter, 21.480 Wörter
          à 0,14 EUR                                        3.007,20 EUR
          Fachlektorat Medizin (Glossar-Abgleich)             420,00 EUR
          Netto                                             3.427,20 EUR
          USt. 19 %                                           651,17 EUR
          Gesamt                                            4.078,37 EUR

        Zahlbar innerhalb von 30 Tagen ohne Abzug auf:
          LinguaBridge Übersetzungen GmbH
          IBAN DE21 2138 3928 4350 8524 87

        Please note: our translators used your medical glossary v4 (hospital
        terms, diagnoses, dental) - any changes for the next release please
        send to our project manager.

        Mit freundlichen Grüßen / kind regards
        LinguaBridge Übersetzungen GmbH, Kaiserstraße 5, 60311 Frankfurt
        HRB 88721 Amtsgericht Frankfurt, USt-IdNr. DE318840217
        """))
    return m


# ------------------------------------------------------------------ 0090
@M("CONFIDENTIAL", "mixed", "customer-to-insurer",
   "lost baggage at Lagos airport under travel insurance; name, policy, PIR number, contents list")
def _(n):
    m = new(n, "Funmilayo Adeleke <funmi.adeleke@naijamail.example>",
            "travel.claims@nordbrueck.example",
            "Reisegepäck verloren / lost suitcase - RV-2026-120377",
            D("NG", 2026, 4, 23, 13, 27))
    text(m, B("""
        Guten Tag,

        I am writing from Lagos, my suitcase did not arrive with Lufthansa
        LH568 from Frankfurt on 19 April. Reisegepäckversicherung ist in
        meiner Reiseversicherung RV-2026-120377 enthalten.

        PIR (Property Irregularity Report): LOSLH 40187
        Suitcase: black Samsonite hard shell, 75 cm, name tag "F. ADELEKE"

        Inhalt / contents (approx.):
          - clothes and shoes for 3 weeks, approx. 900 EUR
          - 2 bottles of perfume as gifts, 140 EUR
          - hair dryer Dyson, 420 EUR
          - documents: copy of my rental contract in Offenbach

        After 4 days the airline still cannot find it. I had to buy
        clothes here, receipts I will send. Please tell me what else you
        need. I am back in Offenbach (Bieberer Str. 101) on 10 May.

        Danke / thank you
        Funmilayo Adeleke
        """))
    return m


# ------------------------------------------------------------------ 0091
@M("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
   "wife applies for a care grade for her British husband after a stroke (long-term care insurance)")
def _(n):
    m = new(n, "Gisela Hawthorne <gisela.hawthorne@t-net.example>",
            "pflege@nordbrueck.example",
            "Antrag auf Pflegeleistungen für meinen Mann - PV zu KV-INT 4471 0190",
            D("DE", 2026, 4, 24, 17, 8))
    text(m, B("""
        Sehr geehrte Damen und Herren,

        mein Mann, Alan Hawthorne, ist bei Ihnen kranken- und
        pflegeversichert (KV-INT 4471 0190). Er hatte am 26. März einen
        Schlaganfall und ist seit letzter Woche aus der Reha in Bad Homburg
        zurück. Die rechte Seite ist noch gelähmt, er kann nur mit Rollator
        und Hilfe ein paar Schritte gehen, beim Waschen und Anziehen braucht
        er mich. Sprechen fällt ihm schwer.

        Ich beantrage hiermit Leistungen aus der Pflegepflichtversicherung
        und bitte um eine Begutachtung durch MEDICPROOF - wenn möglich mit
        jemandem, der Englisch spricht, da mein Mann Brite ist und nach dem
        Schlaganfall vieles auf Deutsch nicht mehr versteht.

        Den Entlassungsbericht der Reha kann ich Ihnen schicken.

        Mit freundlichen Grüßen
        Gisela Hawthorne
        Am Rebstock 3, 61440 Oberursel
        """))
    return m


# ------------------------------------------------------------------ 0092
@M("NORMAL", "en", "insurer-to-university",
   "trap: webinar invitation (ICS) about health insurance for international students, generic")
def _(n):
    m = new(n, "Student Desk <students@nordbrueck.example>",
            "International Office <international.office@uni-mainufer.example>",
            "Invitation: webinar 'Health insurance in Germany - what international students need to know'",
            D("DE", 2026, 4, 27, 9, 10))
    text(m, B("""
        Dear colleagues,

        please share the invitation with your incoming students. Topics:
        statutory vs. private insurance, what the certificate for the visa
        must contain, what to do in an emergency, psychotherapy and
        pregnancy, how reimbursement works. Q&A at the end - no personal
        cases in the public chat, please.

        The calendar invitation is attached.

        Best wishes
        Priya Venkataraman
        """))
    attach(m, ics_bytes("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Nordbrueck//Student Desk//EN
        METHOD:PUBLISH
        BEGIN:VEVENT
        UID:d50-0092-webinar@nordbrueck.example
        DTSTAMP:20260427T071000Z
        DTSTART:20260520T160000Z
        DTEND:20260520T171500Z
        SUMMARY:Webinar: Health insurance in Germany for international students
        DESCRIPTION:Statutory vs. private\\, visa certificate\\, emergencies\\, reim
         bursement. Join: https://meet.nordbrueck.example/student-webinar
        LOCATION:Online
        ORGANIZER;CN=Student Desk:mailto:students@nordbrueck.example
        END:VEVENT
        END:VCALENDAR
        """), "text/calendar", "webinar_student_health.ics")
    return m


# ------------------------------------------------------------------ 0093
@M("CONFIDENTIAL", "en", "insurer-to-broker",
   "motor quote for a broker's client: date of birth, driving history (no convictions), address")
def _(n):
    m = new(n, "Tobias Reuter <t.reuter@nordbrueck.example>",
            "Gemma Thornbury <gemma.thornbury@harrowgate-risk.example>",
            "Quote motor - Mr Oliver Pembridge - BMW 320d",
            D("DE", 2026, 4, 28, 11, 51))
    text(m, B("""
        Hi Gemma,

        here is our quote for your client:

          Proposer:         Oliver Pembridge, born 14/02/1985
          Address:          Textorstraße 61, 60594 Frankfurt am Main
          Vehicle:          BMW 320d Touring, 2022, garaged
          Annual mileage:   12,000 km
          Licence:          UK full licence since 2003, exchanged to a German
                            licence 01/2026; no endorsements, no convictions
          Claims history:   one at-fault claim 2022 (UK), accepted for SF 6

          Liability (SF 6):        EUR 412.80
          Comprehensive (SF 6),
          excess 500/150:          EUR 538.10
          Total p.a.:              EUR 950.90

        Quote valid 30 days. Please note the premium assumes he is the only
        driver; adding his partner (born 1988) would add EUR 64 p.a.

        Cheers
        Tobias
        """))
    return m


# ------------------------------------------------------------------ 0094
@M("NORMAL", "en", "internal",
   "trap: IT security phishing warning quoting a fake 'your medical claim' lure, no real person")
def _(n):
    m = new(n, "IT Security <it-security@nordbrueck.example>",
            "All staff <alle@nordbrueck.example>",
            "Phishing warning: fake 'medical claim rejected' e-mails",
            D("DE", 2026, 4, 29, 13, 0))
    text(m, B("""
        PHISHING WARNING (German version below the line)

        Since this morning some colleagues have received e-mails like this:

          From: Claims Department <claims@nordbruck-secure.example>
          Subject: Your medical claim #88231 was REJECTED
          "Dear customer, your hospital invoice could not be processed.
          Download the attached diagnosis report to correct your data."

        The attachment "Diagnosis_Report.html" opens a fake login page.
        Note the sender domain: nordbruck-secure, without "e" - not ours.

        - Do not open the attachment or click the link.
        - Report the e-mail with the "Report phishing" button.
        - If you entered your password, call the service desk (ext. 4444)
          immediately.

        ---
        Seit heute Morgen gehen gefälschte Mails "Your medical claim was
        REJECTED" ein. Anhang nicht öffnen, über "Phishing melden" melden.

        IT Security
        """))
    return m


# ------------------------------------------------------------------ 0095
@M("STRICTLY_CONFIDENTIAL", "en", "auto-reply",
   "broker's out-of-office says she is on sick leave after surgery (health of an identifiable person)")
def _(n):
    m = new(n, "Gemma Thornbury <gemma.thornbury@harrowgate-risk.example>",
            "Tobias Reuter <t.reuter@nordbrueck.example>",
            "Automatic reply: Quote motor - Mr Oliver Pembridge - BMW 320d",
            D("UK", 2026, 4, 28, 10, 52),
            headers=[("Auto-Submitted", "auto-replied")])
    text(m, B("""
        Hello,

        thank you for your message. I am currently on sick leave following
        a planned operation and expect to be back on Monday 18 May.

        My colleague James Ferris (james.ferris@harrowgate-risk.example)
        is looking after my clients in the meantime.

        Gemma Thornbury
        Harrowgate Risk Partners Ltd
        """))
    return m


# ------------------------------------------------------------------ 0096
@M("NORMAL", "mixed", "internal",
   "trap: team meeting minutes with claims KPIs and complaint counts, no individual case")
def _(n):
    m = new(n, "Marieke de Vries <m.devries@nordbrueck.example>",
            "Intl Desk Team <intl-desk-team@nordbrueck.example>",
            "Protokoll Team-Meeting 30.04. / minutes",
            D("DE", 2026, 4, 30, 16, 12))
    text(m, B("""
        Protokoll Team-Meeting International Desk, 30.04.2026
        Anwesend: JH, MdV, PV, SG, TR, AD (Protokoll: MdV)

        1. KPIs April (vorläufig)
           - Health claims: 1.942 Belege, Durchlaufzeit Median 4,1 Tage
             (Ziel 5). Hospital invoices from abroad still slow: 11,3 days.
           - Motor: 63 new claims, 9 with personal injury (all handled by
             the specialist team in Kassel).
           - Complaints: 17 (Vormonat 22), most about waiting times on the
             English hotline and about "pre-existing condition" letters.
        2. English hotline
           Lunchtime gap 12-13h: from May two people stagger their lunch.
        3. New letter templates (plain English)
           UAT 13.-24.4. went well, go-live 1 June.
        4. AOB
           Sommerfest 26.6., bitte Rückmeldung an Tobias.

        Next meeting: 28.05.
        """))
    return m


# ------------------------------------------------------------------ 0097
@M("CONFIDENTIAL", "en", "insurer-to-customer",
   "legal-expenses cover confirmed for a tenancy deposit dispute: name, landlord, lawyer, policy")
def _(n):
    m = new(n, "Rechtsschutz-Service <rechtsschutz@nordbrueck.example>",
            "Connor Walsh <connor.walsh@eirmail.example>",
            "Your legal expenses claim RS-2026-00744 - deposit dispute",
            D("DE", 2026, 5, 4, 10, 37))
    text(m, B("""
        Dear Mr Walsh,

        we confirm cover under your legal expenses policy RS 4410 2288
        (private and tenancy) for your dispute with your former landlord,
        Mr Wolfgang Pietsch, about the return of your rent deposit of
        EUR 2,850 for the flat Mainzer Landstraße 301, Frankfurt.

        Covered: your lawyer's fees under the statutory fee scale, court
        costs and the other side's costs if you lose. Your excess is
        EUR 150.

        You chose Ms Dr. Hannah Voss of Voss & Kühnel Rechtsanwälte, who
        also advises in English. Please forward this confirmation to her;
        she can send her invoices directly to us quoting RS-2026-00744.

        Kind regards
        Legal Expenses Service
        Nordbrück Versicherung AG
        """))
    return m


# ------------------------------------------------------------------ 0098
@M("STRICTLY_CONFIDENTIAL", "de", "internal",
   "medical adviser answers the appendectomy billing question; the patient's case is quoted")
def _(n):
    m = new(n, "Dr. Matthias Brandt <m.brandt@nordbrueck.example>",
            "Aylin Demir <a.demir@nordbrueck.example>",
            "AW: Bitte um Prüfung: Rechnung Klinikum Höchst, Studententarif",
            D("DE", 2026, 1, 20, 8, 47),
            irt=mid(5, "nordbrueck.example"))
    text(m, B("""
        Hallo Aylin,

        die Histologie ist bei einer stationären Behandlung grundsätzlich
        Teil der DRG, wenn das Labor im Auftrag des Krankenhauses tätig wird.
        Eine gesonderte Rechnung an die Patientin ist nur zulässig, wenn sie
        eine Wahlleistungsvereinbarung mit Einbeziehung externer Ärzte
        unterschrieben hat - hat sie aber nicht, sie kam ja über die
        Notaufnahme. Also: Laborrechnung zurückweisen, nicht an Frau Eze
        zahlen, sondern Klinik um Korrektur bitten. Streichung der
        Wahlleistung Zweibettzimmer ist richtig.

        Medizinisch ist alles plausibel, perforiert war sie zum Glück nicht.

        Gruß
        Matthias

        -----Ursprüngliche Nachricht-----
        Von: Aylin Demir
        Gesendet: Montag, 19. Januar 2026 13:52
        An: Dr. Matthias Brandt
        Betreff: Bitte um Prüfung: Rechnung Klinikum Höchst, Studententarif

        Versicherte ist Frau Chiamaka Eze, Studententarif Campus Cover,
        Vertrag KV-STU 0881 4420. Aufnahme am 07.01. über die Notaufnahme,
        laparoskopische Appendektomie am selben Abend, Entlassung am 10.01.
        """))
    return m


# ------------------------------------------------------------------ 0099
@M("NORMAL", "en", "customer-to-insurer", "short thank-you reply without quote or data")
def _(n):
    m = new(n, "Fiona Brennan <fiona.brennan@postmail.example>",
            "Tobias Reuter <t.reuter@nordbrueck.example>",
            "Re: thanks!",
            D("DE", 2026, 5, 5, 18, 2),
            headers=[("X-Mailer", "iPhone Mail (21E236)")])
    text(m, B("""
        Thanks a million Tobias, all sorted at the Zulassungsstelle, only
        took 2 hours in the queue :) have a good evening!
        Fiona

        Sent from my iPhone
        """))
    return m


# ------------------------------------------------------------------ 0100
@M("CONFIDENTIAL", "en", "employer-to-insurer",
   "attachment-only: Irish company's ODT list of company-car drivers with dates of birth and licence dates")
def _(n):
    m = new(n, "Eimear Kavanagh <eimear.kavanagh@corrib-analytics.example>",
            "fleet.international@nordbrueck.example",
            "Driver list for the fleet policy - Corrib Analytics GmbH",
            D("IE", 2026, 5, 6, 9, 44))
    text(m, B("""
        Hello,

        please find attached the updated driver list for our German company
        cars (fleet policy FL-2025-0117), including the two new starters in
        Munich.

        Kind regards,
        Eimear Kavanagh
        Office & Facilities Manager
        Corrib Analytics Ltd, Galway
        """))
    attach(m, odt_bytes([
        "# Corrib Analytics GmbH - authorised drivers, May 2026",
        "Fleet policy FL-2025-0117, Nordbrück Versicherung AG",
        "M-CA 101 (BMW i4): Roisin Kehoe, born 03.08.1991, licence since 2009 (IE)",
        "M-CA 102 (VW ID.4): Stefan Oberhuber, born 27.01.1983, licence since 2001 (DE)",
        "M-CA 103 (VW ID.4): Padraig Nolan, born 12.11.1979, licence since 1997 (IE)",
        "F-CA 201 (Skoda Enyaq): Mirela Popescu, born 19.05.1994, licence since 2012 (RO)",
        "Pool car F-CA 202: all employees with a valid licence, minimum age 23",
        "Fleet contact: Eimear Kavanagh, +353 91 555 2210",
    ]), "application/vnd.oasis.opendocument.text", "Corrib_drivers_May2026.odt")
    return m


# ------------------------------------------------------------------ 0101
@M("NORMAL", "en", "insurer-to-broker",
   "trap: generic term-life quote for an unnamed 35-year-old non-smoker, quoted broker request")
def _(n):
    m = new(n, "Katrin Vogel <k.vogel@nordbrueck.example>",
            "Cathal Moynihan <cathal@moynihan-financial.example>",
            "RE: indicative quote - term life EUR 300k",
            D("DE", 2026, 5, 6, 14, 22),
            irt=mid(n, "moynihan-financial.example", 1))
    text(m, B("""
        Hi Cathal,

        indicative monthly premiums for Term Life Protect, level cover
        EUR 300,000, 25 years, standard rates, non-smoker:

            age 30:  EUR 17.40
            age 35:  EUR 23.10
            age 40:  EUR 33.80
            age 45:  EUR 51.90

        For smokers multiply by roughly 2.2. Occupation class 1 (office).
        Final terms only after the health questions, of course - above
        EUR 500,000 we also need a medical examination and blood profile.

        Best
        Katrin

        -----Original Message-----
        From: Cathal Moynihan
        Sent: 06 May 2026 11:03
        Subject: indicative quote - term life EUR 300k

        Katrin, could you give me a ballpark for a 35-year-old non-smoker,
        office job, EUR 300k over 25 years? Just for a seminar slide, no
        specific client. Thanks, C.
        """))
    return m


# ------------------------------------------------------------------ 0102
@M("STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
   "widow reports her husband's death in a car accident abroad and asks about his life policy")
def _(n):
    m = new(n, "Siobhan Mahony <siobhan.mahony@eirmail.example>",
            "life.international@nordbrueck.example",
            "My husband Eoin Mahony - policy LV 20-4490217",
            D("IE", 2026, 5, 7, 23, 55))
    text(m, B("""
        Dear Sir or Madam,

        I don't really know how to write this. My husband Eoin Mahony died
        on 2 May in a car accident on the N25 near Youghal, while we were
        home in Ireland for my father's birthday. Another car crossed into
        our lane. He died at the scene. Our daughter and I were in the car
        too and are in hospital in Cork but will be alright.

        Eoin had a life insurance with you through his employer in
        Frankfurt (I think the number is LV 20-4490217) and I believe I am
        the beneficiary. I also don't know whether his body can be taken
        back to Germany or whether we should bury him here - we had been
        living in Bad Homburg for nine years.

        What do I need to send you? The Gardaí said the death certificate
        will take some weeks because there will be an inquest.

        Sorry if this is not the right address.

        Siobhan Mahony
        +353 87 555 2914
        """))
    return m


# ------------------------------------------------------------------ 0103
@M("CONFIDENTIAL", "de", "insurer-to-customer",
   "car theft claim questionnaire: name, plate, VIN, police file number, keys")
def _(n):
    m = new(n, "Kfz-Schaden <kfz.schaden@nordbrueck.example>",
            "Stuart McLeod <stuart.mcleod@mailbox-uk.example>",
            "Diebstahl Ihres Fahrzeugs OF-SM 312 - Schaden KF-S-2026-03310",
            D("DE", 2026, 5, 8, 9, 14))
    text(m, B("""
        Sehr geehrter Herr McLeod,

        wir haben Ihre Meldung über den Diebstahl Ihres Fahrzeugs erhalten:

          Fahrzeug:       Audi A6 Avant 40 TDI, OF-SM 312
          FIN:            WAUZZZF28NN047712
          Vertrag:        KF-7725-6631, Vollkasko
          Tatort/-zeit:   Offenbach, Kaiserstraße vor Hausnr. 88,
                          Nacht vom 5. auf 6. Mai 2026
          Anzeige:        Polizeipräsidium Südosthessen, Tgb.-Nr. ST/0577812/2026

        Für die weitere Bearbeitung benötigen wir:
          1. alle Fahrzeugschlüssel (laut Hersteller wurden 2 ausgeliefert) -
             bitte per Einschreiben, nicht per normaler Post
          2. Zulassungsbescheinigung Teil II (Fahrzeugbrief)
          3. den beigefügten Fragebogen zum Fahrzeugdiebstahl (auch auf
             Englisch erhältlich - sagen Sie uns Bescheid)
          4. Nachweis über die Finanzierung, falls vorhanden

        Eine Entschädigung ist frühestens nach Ablauf der Wartefrist von
        einem Monat ab Eingang der Diebstahlanzeige möglich.

        Mit freundlichen Grüßen
        Ihr Kfz-Schadenteam
        """))
    return m


# ------------------------------------------------------------------ 0104
@M("NORMAL", "de", "internal", "trap: blood-donation drive in the building, no individual health data")
def _(n):
    m = new(n, "Betriebsrat <betriebsrat@nordbrueck.example>",
            "Alle Mitarbeitenden Westhafen <standort-westhafen@nordbrueck.example>",
            "Blutspende im Haus am 27. Mai - Blutgruppe egal, Hauptsache Sie kommen",
            D("DE", 2026, 5, 11, 8, 0))
    text(m, B("""
        Liebe Kolleginnen und Kollegen,

        der Blutspendedienst kommt wieder zu uns: Mittwoch, 27. Mai,
        11:00 - 17:00 Uhr, Konferenzbereich EG.

        Wer darf spenden? Alle zwischen 18 und 72 Jahren, die sich gesund
        fühlen und mindestens 50 kg wiegen. Nach Tattoos, Piercings,
        bestimmten Reisen (z. B. in Malariagebiete) oder Infekten gelten
        Wartezeiten - der Spendedienst klärt das vor Ort im Arztgespräch.

        Bitte Personalausweis mitbringen und vorher gut essen und trinken.
        Die Spendezeit gilt als Arbeitszeit. Anmeldung über den Terminlink im
        Intranet, Spontanspender sind auch willkommen.

        Euer Betriebsrat
        (English: blood donation on 27 May, 11-17h, ground floor - the
        doctors on site speak English.)
        """))
    return m


# ------------------------------------------------------------------ 0105
@M("STRICTLY_CONFIDENTIAL", "en", "internal",
   "long internal thread on a disability-income claim (exhaustion, sick since October) with nested quotes")
def _(n):
    m = new(n, "Julia Hartmann <j.hartmann@nordbrueck.example>",
            "Olga Schmidt <o.schmidt@nordbrueck.example>",
            "RE: RE: RE: BU claim BU-L 2026-0117 (T. Achebe)",
            D("DE", 2026, 5, 12, 17, 48),
            cc="Dr. Matthias Brandt <m.brandt@nordbrueck.example>",
            irt=mid(n, "nordbrueck.example", 3),
            refs=" ".join([mid(n, "nordbrueck.example", 1),
                           mid(n, "nordbrueck.example", 2),
                           mid(n, "nordbrueck.example", 3)]))
    text(m, B("""
        Olga, Matthias,

        fine with me - let's offer the temporary acknowledgement for 12 months
        and ask for the clinic report by September. Please phone him before
        the letter goes out, he was very upset on the hotline last week.

        Julia

        -----Original Message-----
        From: Dr. Matthias Brandt
        Sent: Tuesday, 12 May 2026 15:10
        To: Olga Schmidt; Julia Hartmann
        Subject: RE: RE: BU claim BU-L 2026-0117 (T. Achebe)

        From a medical point of view the 50 % threshold is reached for his
        last job (project manager, 60+ hours, constant travel). The
        psychiatrist describes a severe depressive episode after a long
        exhaustion phase, two months in a day clinic, now on sertraline
        150 mg. Prognosis open. I would not decide permanently yet.

        Matthias

            -----Original Message-----
            From: Olga Schmidt
            Sent: Monday, 11 May 2026 09:32
            To: Dr. Matthias Brandt
            Cc: Julia Hartmann
            Subject: RE: BU claim BU-L 2026-0117 (T. Achebe)

            Matthias, could you look at the reports? Mr Tobenna Achebe
            (BU policy LV 30-2207719, monthly benefit EUR 2,500) has been
            off work since 6 October 2025. His employer has now terminated
            the contract. He wants to know by the end of May.

                -----Original Message-----
                From: Julia Hartmann
                Sent: Friday, 8 May 2026 16:55
                To: Olga Schmidt
                Subject: BU claim BU-L 2026-0117 (T. Achebe)

                Olga, the customer called the English hotline again today,
                very distressed. Where do we stand?
        """))
    return m


# ------------------------------------------------------------------ 0106
@M("CONFIDENTIAL", "en", "insurer-to-customer",
   "trip cancellation after an unexpected job loss accepted: name, employer, policy, amounts (no health)")
def _(n):
    m = new(n, "Travel Claims <travel.claims@nordbrueck.example>",
            "Matthew Kearney <matt.kearney@fastpost.example>",
            "Trip cancellation RV-S-2026-01588 - job loss - accepted",
            D("DE", 2026, 5, 13, 11, 20))
    text(m, B("""
        Dear Mr Kearney,

        we have received the termination letter of Helvion Consulting GmbH
        dated 21 April 2026 (termination for operational reasons with
        effect from 31 May 2026). Unexpected loss of employment through
        termination by the employer is an insured event under your trip
        cancellation cover (policy RV-2025-991402).

            Booked trip:           Fuerteventura, 6-20 June 2026,
                                   2 adults, 1 child
            Tour operator:         SunWays Reisen, booking 88-440-1931
            Cancellation charges:  EUR 1,762.00 (40 %)
            Excess (20 %):         EUR  352.40
            Payment:               EUR 1,409.60

        Payment goes to the account we hold for your premium direct debit.

        We are sorry about your job and hope you find a new position soon.

        Kind regards
        Travel Claims
        Nordbrück Versicherung AG
        """))
    return m


# ------------------------------------------------------------------ 0107
@M("NORMAL", "en", "internal",
   "trap: list of direct-billing hospitals abroad (XLSX) for the claims team, no patients")
def _(n):
    m = new(n, "Femi Adeyemi <f.adeyemi@nordbrueck.example>",
            "Claims International <claims-intl-all@nordbrueck.example>",
            "Updated direct-billing network India / Nigeria / Ghana",
            D("DE", 2026, 5, 14, 10, 6))
    text(m, B("""
        Dear all,

        attached the updated list of hospitals with direct billing. New:
        the Lagoon Health Group (Nigeria) from 1 April, two hospitals in
        Pune and one in Accra. Removed: Harbour Clinic Lagos (contract
        ended).

        Please always check the list before asking the customer to pay
        upfront. Maternity and oncology are direct-billed only where
        marked.

        Femi
        Partner Management Africa & Asia
        """))
    attach(m, xlsx_bytes([
        ("Network 2026-05", [
            ["Country", "City", "Hospital", "Inpatient", "Outpatient", "Maternity", "Oncology", "Since"],
            ["IN", "Bengaluru", "Cauvery Multispeciality Hospital", "yes", "yes", "yes", "yes", "2023-01"],
            ["IN", "Chennai", "Adyar Riverside Hospital", "yes", "no", "yes", "no", "2024-07"],
            ["IN", "Pune", "Shivneri Care Hospital", "yes", "yes", "no", "no", "2026-05"],
            ["IN", "Pune", "Deccan Heart & Ortho Centre", "yes", "no", "no", "no", "2026-05"],
            ["NG", "Lagos", "Lagoon Health - Victoria Island", "yes", "yes", "yes", "yes", "2026-04"],
            ["NG", "Abuja", "Lagoon Health - Maitama", "yes", "yes", "yes", "no", "2026-04"],
            ["GH", "Accra", "Korle Hills Medical Centre", "yes", "yes", "yes", "no", "2026-05"],
        ]),
    ]), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "direct_billing_network_2026-05.xlsx")
    return m


# ------------------------------------------------------------------ 0108
@M("STRICTLY_CONFIDENTIAL", "mixed", "customer-to-insurer",
   "customer claims daily sickness allowance and attaches a sick note (PDF) with diagnosis code")
def _(n):
    m = new(n, "Aaron Fitzgerald <aaron.fitz@postmail.example>",
            "krankentagegeld@nordbrueck.example",
            "Krankentagegeld - AU ab 4. Mai / sick note attached",
            D("DE", 2026, 5, 15, 12, 40))
    text(m, B("""
        Hallo,

        I have the Krankentagegeld add-on to my health policy KV-INT 4471
        2044 (from day 43). Ich bin seit 4. Mai krankgeschrieben, the doctor
        says probably until mid-June because of my back, I can't sit at the
        desk at all.

        Anbei die AU-Bescheinigung. My employer pays salary for the first 6
        weeks, so your payment would start from 15 June if I'm still off.
        Do you need the Folgebescheinigungen every time, or monthly?

        Danke,
        Aaron Fitzgerald
        """))
    attach(m, pdf_bytes("Arbeitsunfähigkeitsbescheinigung (Ausfertigung für Versicherte)", [
        "Versicherter: Fitzgerald, Aaron    geb. 08.12.1983",
        "Kostenträger: Nordbrück Krankenversicherung AG (privat)",
        "",
        "Erstbescheinigung",
        "arbeitsunfähig seit: 04.05.2026",
        "voraussichtlich arbeitsunfähig bis einschließlich: 29.05.2026",
        "festgestellt am: 04.05.2026",
        "",
        "Diagnose: M51.1 G  Lumbaler Bandscheibenvorfall mit Radikulopathie",
        "",
        "Praxis Dr. med. Jörg Albrecht, Facharzt für Orthopädie,",
        "Schweizer Straße 28, 60594 Frankfurt am Main",
    ], author="Praxis Dr. Albrecht"), "application/pdf", "AU_Fitzgerald_040526.pdf")
    return m


# ------------------------------------------------------------------ 0109
@M("NORMAL", "en", "partner-to-insurer", "invitation (ICS) to a broker day in Dublin, organisational")
def _(n):
    m = new(n, "Nordbrück Dublin Office <dublin.office@nordbrueck-ie.example>",
            "Sean Gallagher <s.gallagher@nordbrueck.example>",
            "Invitation: Irish Broker Day 2026 - 18 June, Dublin",
            D("IE", 2026, 5, 15, 14, 30))
    text(m, B("""
        Hi Sean,

        the Irish Broker Day is confirmed for Thursday 18 June at the
        Merrion Square conference centre, 10:00-16:00. About 45 brokers have
        registered so far. Could you do the 30-minute slot on "Moving
        clients to Germany: health, motor, household" at 11:30?

        Calendar invitation attached. Hotel is booked for you for the night
        of the 17th.

        Thanks,
        Aisling
        """))
    attach(m, ics_bytes("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:d50-0109-brokerday@nordbrueck-ie.example
        DTSTAMP:20260515T133000Z
        DTSTART;TZID=Europe/Dublin:20260618T100000
        DTEND;TZID=Europe/Dublin:20260618T160000
        SUMMARY:Irish Broker Day 2026
        LOCATION:Merrion Square Conference Centre\\, Dublin 2
        ORGANIZER;CN=Aisling Brady:mailto:dublin.office@nordbrueck-ie.example
        ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Sean Gallagher:mailto:s.gallagher@nordbrueck.example
        END:VEVENT
        END:VCALENDAR
        """), "text/calendar", "invite.ics")
    return m


# ------------------------------------------------------------------ 0110
@M("CONFIDENTIAL", "en", "broker-to-insurer",
   "US broker renews commercial property/liability for a company's German subsidiary with a named contact and turnover")
def _(n):
    m = new(n, "Bradley Kowalski <bkowalski@lakeshore-benefits.example>",
            "commercial.international@nordbrueck.example",
            "Renewal 01/07 - Corvantis Deutschland GmbH - property & GL",
            D("CHI", 2026, 5, 18, 9, 5))
    text(m, B("""
        Good morning,

        we're starting the renewal for Corvantis Deutschland GmbH (policies
        BT-2024-3318 property, BH-2024-3319 general liability), effective
        July 1.

        Changes since last year:
        - new warehouse lease in Neu-Isenburg (Carl-Ulrich-Straße 9),
          1,800 sqm, sprinklered, stock value approx. EUR 2.1m
        - German revenue FY2025: EUR 38.4m (up from 31.0m)
        - headcount Germany: 112

        Your contact on the client side remains Mr Florian Stegemann,
        Managing Director (f.stegemann@corvantis.example, +49 6102 555 8100);
        for the risk survey appointment please call his assistant.

        Loss runs for the last 5 years attached to the portal upload.

        Thanks,
        Brad Kowalski
        Senior Account Manager, Lakeshore Benefits & Risk LLC, Chicago
        """))
    return m


# ------------------------------------------------------------------ 0111
@M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
   "pension (Basisrente) statement of value and options for an Indian customer moving back; no medical word")
def _(n):
    m = new(n, "Katrin Vogel <k.vogel@nordbrueck.example>",
            "Karthik Balasubramanian <karthik.b@inboxmail.example>",
            "Your Basisrente LV 40-1187730 - moving back to India",
            D("DE", 2026, 5, 19, 15, 45),
            irt=mid(n, "inboxmail.example", 1))
    text(m, B("""
        Dear Mr Balasubramanian,

        thank you for letting us know that you will move back to Bengaluru
        in August. Here is the current status of your Basisrente
        (Rürup pension) LV 40-1187730:

            Contributions paid since 2019:   EUR 31,200.00
            Policy value on 01.05.2026:      EUR 33,418.57
            Guaranteed pension from 67:      EUR 118.40 per month
            Projected pension from 67:       EUR 171.90 per month

        By law, a Basisrente cannot be surrendered or paid out as a lump
        sum, not even when you leave Germany. Your options are:

        1. Continue paying contributions from India (possible, but you will
           no longer get the German tax deduction).
        2. Make the policy paid-up: no further contributions, the pension
           is paid to you in India from 67.
        3. Reduce contributions to the minimum of EUR 25 per month.

        The pension will be paid to an Indian bank account on request; it
        is taxable in Germany as a non-resident unless the double taxation
        agreement provides otherwise. Please speak to a tax adviser.

        Kind regards
        Katrin Vogel
        Life & Pensions International
        Nordbrück Lebensversicherung AG
        """))
    return m


# ------------------------------------------------------------------ 0112
@M("NORMAL", "mixed", "internal",
   "trap: English-German medical glossary (DOCX) for claims staff, no person")
def _(n):
    m = new(n, "Aylin Demir <a.demir@nordbrueck.example>",
            "Claims International <claims-intl-all@nordbrueck.example>",
            "Glossar Medizin EN-DE v4 - bitte nutzen / please use",
            D("DE", 2026, 5, 20, 9, 12))
    text(m, B("""
        Hallo zusammen / hi all,

        anbei Version 4 unseres Glossars. New entries: dental terms (crown,
        bridge, implant abutment), maternity (antenatal, C-section) and
        mental health (talking therapy, day clinic). Bitte verwendet in
        Briefen die Begriffe aus der Spalte "customer letter", nicht die
        Fachbegriffe.

        Aylin
        """))
    attach(m, docx_bytes([
        "# Medical glossary English - German (claims), version 4",
        "Use the 'customer letter' wording in letters to customers.",
    ], author="Aylin Demir", table=[
        ["English (technical)", "English (customer letter)", "Deutsch"],
        ["appendectomy", "removal of the appendix", "Appendektomie / Blinddarm-OP"],
        ["coxarthrosis", "wear and tear of the hip joint", "Coxarthrose"],
        ["myocardial infarction", "heart attack", "Herzinfarkt"],
        ["caesarean section", "C-section", "Kaiserschnitt"],
        ["crown (dental)", "crown", "Krone"],
        ["implant abutment", "implant post", "Implantat-Aufbau"],
        ["day clinic (psychiatry)", "day clinic", "Tagesklinik"],
        ["radiculopathy", "trapped nerve", "Radikulopathie"],
        ["sick note", "sick note", "AU-Bescheinigung"],
    ]), "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "Glossar_Medizin_EN-DE_v4.docx")
    return m


# ------------------------------------------------------------------ 0113
@M("CONFIDENTIAL", "en", "customer-to-insurer",
   "electronics insurance claim for a dropped laptop: name, policy, serial number, address")
def _(n):
    m = new(n, "Laura Pennington <laura.pennington@webmail-us.example>",
            "service@nordbrueck.example",
            "laptop screen broken - electronics insurance",
            D("DE", 2026, 5, 20, 21, 9),
            headers=[("X-Mailer", "Apple Mail (2.3774)")])
    text(m, B("""
        Hi,

        my daughter knocked my laptop off the kitchen table tonight and the
        screen is completely cracked. It is insured under my electronics
        policy EL 2290 4471.

        MacBook Pro 14", bought 3 March 2025 at Gravis Frankfurt, serial
        number C02FJ4K7Q6L4, price EUR 2,399.

        The Apple store quoted EUR 786 for a new display. Can I go ahead or
        do you want your own repair shop?

        Laura Pennington
        Falkstraße 40, 60487 Frankfurt
        """))
    return m


# ------------------------------------------------------------------ 0114
@M("NORMAL", "en", "newsletter",
   "trap: broker newsletter on product changes (dental, disability, care) with health words, no person")
def _(n):
    m = new(n, "Nordbrück Broker News <brokernews@news.nordbrueck.example>",
            "brokers-uk-ie@lists.nordbrueck.example",
            "Broker News 05/2026: dental limits up, faster disability decisions, care top-up",
            D("DE", 2026, 5, 21, 7, 0),
            headers=[("Precedence", "bulk"),
                     ("List-Unsubscribe", "<mailto:unsubscribe@news.nordbrueck.example>")])
    text(m, B("""
        BROKER NEWS 05/2026

        DENTAL: From 1 July the dental limits in years 1-2 of Global Health
        Plus rise from EUR 3,000 to EUR 4,000. Implants and orthodontics for
        adults remain subject to the 8-month waiting period.

        DISABILITY INCOME: Our target for decisions on new claims is now
        10 weeks from receipt of complete documents (previously 14). Mental
        health claims get a dedicated case manager who speaks English.

        CARE TOP-UP: New "Care Plus" daily allowance for long-term care, from
        EUR 10 to EUR 100 per day, no waiting period for accidents.

        EVENTS: Irish Broker Day, 18 June, Dublin. UK webinar on 2 July.

        You receive Broker News as a registered broker of Nordbrück.
        To unsubscribe, reply with "unsubscribe".
        """))
    return m


# ------------------------------------------------------------------ 0115
@M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "body says only 'Ihre Abrechnung'; the PDF reimbursement statement lists doctors' invoices and medicines")
def _(n):
    m = new(n, "Leistungsabrechnung <abrechnung@nordbrueck.example>",
            "Rachel Goldberg-Haines <rachel.gh@webmail-us.example>",
            "Ihre Abrechnung vom 22.05.2026",
            D("DE", 2026, 5, 22, 4, 10),
            headers=[("Auto-Submitted", "auto-generated")])
    text(m, B("""
        Sehr geehrte Kundin, sehr geehrter Kunde,

        anbei erhalten Sie Ihre Abrechnung. Der Erstattungsbetrag wird in den
        nächsten Tagen überwiesen.

        Ihre Nordbrück Krankenversicherung AG
        (automatisch erstellt)
        """))
    attach(m, pdf_bytes("Leistungsabrechnung / Statement of benefits", [
        "Versicherte Person: Rachel Goldberg-Haines   Vertrag: KV-INT 4471 2518",
        "Abrechnung vom 22.05.2026, Belege eingereicht am 18.05.2026",
        "",
        "## Belege",
        "1. Kinderwunschzentrum am Opernplatz, Rechnung 26-1187, 07.05.2026:",
        "   Hormonstatus, Ultraschall Follikelmonitoring - 412,80 EUR - erstattet 412,80 EUR",
        "2. Apotheke am Goetheplatz, 08.05.2026: Gonal-f 900 I.E. Pen,",
        "   Orgalutran 0,25 mg - 1.184,37 EUR - erstattet 1.184,37 EUR",
        "3. Dr. med. S. Kessler, Gynäkologie, 11.05.2026: Beratung - 64,34 EUR",
        "   - erstattet 64,34 EUR",
        "",
        "Summe Erstattung: 1.661,51 EUR",
        "Verbleibender Selbstbehalt 2026: 0,00 EUR",
        "Hinweis: Kinderwunschbehandlung, Versuch 1 von 3 (tarifliche Zusage vom 30.04.2026)",
    ]), "application/pdf", "Abrechnung_2026-05-22.pdf")
    return m


# ------------------------------------------------------------------ 0116
@M("NORMAL", "en", "system-notification",
   "delivery status notification for a harmless meeting mail (returned headers only)")
def _(n):
    m = new(n, "Mail Delivery System <MAILER-DAEMON@mx1.nordbrueck.example>",
            "Sean Gallagher <s.gallagher@nordbrueck.example>",
            "Undelivered Mail Returned to Sender",
            D("DE", 2026, 5, 22, 16, 3),
            headers=[("Auto-Submitted", "auto-replied")])
    text(m, B("""
        This is the mail system at host mx1.nordbrueck.example.

        I'm sorry to have to inform you that your message could not
        be delivered to one or more recipients.

        <aisling.brady@nordbrueck-ie.exmaple>: Host or domain name not found.
            Name service error for name=nordbrueck-ie.exmaple type=A:
            Host not found

        ----- Returned message headers -----
        From: Sean Gallagher <s.gallagher@nordbrueck.example>
        To: aisling.brady@nordbrueck-ie.exmaple
        Subject: RE: Invitation: Irish Broker Day 2026 - 18 June, Dublin
        Date: Fri, 22 May 2026 16:03:11 +0200
        """))
    return m


# ------------------------------------------------------------------ 0117
@M("CONFIDENTIAL", "mixed", "insurer-to-customer",
   "lost office key under personal liability (key loss): name, employer, lock replacement costs")
def _(n):
    m = new(n, "Haftpflicht-Schaden <haftpflicht.schaden@nordbrueck.example>",
            "Niall Fitzpatrick <niall.fitzpatrick@eirmail.example>",
            "Schlüsselverlust / lost key - PH-S-2026-00871",
            D("DE", 2026, 5, 26, 10, 50))
    text(m, B("""
        Dear Mr Fitzpatrick,
        sehr geehrter Herr Fitzpatrick,

        thank you for reporting the loss of your office key on 19 May. Your
        personal liability policy PH 3301 7762 includes the loss of
        third-party keys used for work (Schlüsselverlust fremder beruflicher
        Schlüssel) up to EUR 50,000.

        Your employer, Taunus Data Systems GmbH, has sent us the offer of
        Schlüsseldienst Krämer for replacing the lock cylinders of the
        master-key system: EUR 4,380.00. Wir übernehmen die Kosten nach
        Abzug Ihrer Selbstbeteiligung von EUR 150.

        Please ask your employer to send the final invoice to us directly,
        with reference PH-S-2026-00871.

        Mit freundlichen Grüßen / kind regards
        Jens Albers
        """))
    return m


# ------------------------------------------------------------------ 0118
@M("STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
   "student asks whether PrEP and the related tests are covered (sexual health)")
def _(n):
    m = new(n, "jonah.e@stud.uni-mainufer.example", "students@nordbrueck.example",
            "is PrEP covered?",
            D("DE", 2026, 5, 27, 0, 48))
    text(m, B("""
        Hi,

        I'm on the Campus Cover plan (KV-STU 0882 0913, Jonah Ellison). My
        doctor in Frankfurt suggested I start PrEP (the HIV prevention
        pill) and do the regular tests every 3 months - HIV, syphilis,
        kidney values. In the UK this was free at the sexual health clinic.

        Does the plan pay for the pills and the tests? The doctor said the
        generic costs about 50 euros a month.

        Please don't send anything about this to my postal address, I live
        in a shared flat. Email only.

        Thanks
        Jonah
        """))
    return m


# ------------------------------------------------------------------ 0119
@M("NORMAL", "de", "internal",
   "trap: IT ticket about a scanner that jams on medical reports, no document content")
def _(n):
    m = new(n, "IT-Servicedesk <servicedesk@nordbrueck.example>",
            "Posteingang International <posteingang.intl@nordbrueck.example>",
            "[Ticket INC-2026-18841] Scanner Poststelle zieht Arztberichte schief ein",
            D("DE", 2026, 5, 27, 13, 24),
            headers=[("Auto-Submitted", "auto-generated")])
    text(m, B("""
        Ticket INC-2026-18841 wurde aktualisiert.

        Status:        In Bearbeitung
        Kategorie:     Hardware > Scanner
        Gerät:         Kodak i4650, Poststelle EG, Inventar 10-4471-SC2

        Beschreibung (Melder):
        "Der Scanner zieht seit Montag dünne Seiten schief ein, vor allem
        Arztberichte und Krankenhausrechnungen aus dem Ausland (dünnes
        Papier, oft gefaltet). Ca. jede 10. Seite muss neu gescannt werden."

        Kommentar Techniker (T. Yilmaz):
        Einzugsrollen verschlissen, Ersatzteil bestellt, Lieferung Freitag.
        Bis dahin bitte dünne Belege über das Flachbett scannen.

        Dies ist eine automatische Nachricht des IT-Servicedesks.
        """))
    return m


# ------------------------------------------------------------------ 0120
@M("CONFIDENTIAL", "en", "internal",
   "internal fraud referral on a motor claim: named claimant, earlier claims, no conviction (grey: suspicion only)")
def _(n):
    m = new(n, "Tobias Reuter <t.reuter@nordbrueck.example>",
            "Special Investigations Unit <siu@nordbrueck.example>",
            "Referral: KF-S-2026-03310 (theft Audi A6, Mr S. McLeod)",
            D("DE", 2026, 5, 28, 11, 31))
    text(m, B("""
        Hi SIU,

        I'd like you to have a look at the theft claim KF-S-2026-03310 before
        we pay.

        - Policyholder: Stuart McLeod, Offenbach, customer since 08/2025
        - Vehicle: Audi A6 Avant, OF-SM 312, financed, comprehensive cover
          taken out 6 weeks after the policy start
        - Only one of the two keys returned; he says the second one was
          "lost in the move from Glasgow"
        - The HIS query shows two previous comprehensive claims with other
          insurers (2023 glass, 2024 vandalism)
        - The finance company says two instalments are in arrears

        None of this proves anything, but together it's enough for me to
        ask. Please don't contact the customer directly yet.

        Thanks
        Tobias
        """))
    return m


# ------------------------------------------------------------------ 0121
@M("NORMAL", "en", "internal",
   "trap: data-protection quiz on health data with invented example situations, no real person")
def _(n):
    m = new(n, "Data Protection Office <datenschutz@nordbrueck.example>",
            "Intl Desk Team <intl-desk-team@nordbrueck.example>",
            "5-minute quiz: health data and e-mail (answers on Friday)",
            D("DE", 2026, 5, 29, 9, 0))
    text(m, B("""
        Dear colleagues,

        our annual refresher - five questions, answers on Friday. No prizes,
        but eternal glory.

        1. A customer e-mails you a discharge letter and asks a question.
           May you answer by normal e-mail and repeat the diagnosis?
           a) yes, he started it  b) only with his written consent
           c) never

        2. Which of these is health data?
           a) "Mr X bought a pair of glasses"  b) "Mrs Y is insured under
           Campus Cover"  c) "the student tariff costs EUR 139"

        3. A broker asks for the claims history of "his" customer's
           daughter (adult, own policy). What do you do?

        4. You get a call from "the hospital" asking for a policyholder's
           date of birth. What do you check first?

        5. May you keep a copy of a medical invoice in your personal
           mailbox "to remember the case"?

        (Example persons are invented.)

        Your DP office
        """))
    return m


# ------------------------------------------------------------------ 0122
@M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
   "answer on IVF cover (attempts, age limit, husband's part) quoting the customer's question")
def _(n):
    m = new(n, "Health Claims International <expat.health@nordbrueck.example>",
            "Rachel Goldberg-Haines <rachel.gh@webmail-us.example>",
            "RE: Question about fertility treatment coverage (policy KV-INT 4471 2518)",
            D("DE", 2026, 4, 30, 11, 18),
            irt=mid(85, "webmail-us.example"))
    text(m, B("""
        Dear Ms Goldberg-Haines,

        thank you for your patience. Global Health Plus Comfort covers
        fertility treatment (IVF/ICSI) for up to three attempts per
        couple, provided the woman is under 41 at the start of each
        attempt and there is a reasonable chance of success as confirmed by
        the treating clinic. The two cycles in New York were not paid by
        us and do not count towards the three attempts.

        Costs that concern you (hormone treatment, monitoring, egg
        retrieval, transfer) are paid under your policy; the sperm analysis
        and the preparation for ICSI are paid under your husband's policy.

        Please ask the Kinderwunschzentrum am Opernplatz to send us the
        treatment plan before you start; we will confirm in writing within
        five working days.

        We wish you all the best.

        Kind regards
        Aylin Demir
        Health Claims International
        """))
    return m


# ------------------------------------------------------------------ 0123
@M("CONFIDENTIAL", "en", "insurer-to-customer",
   "relocation-goods transit cover: customer's valuables inventory with values in an XLSX, addresses")
def _(n):
    m = new(n, "Transport & Relocation <relocation@nordbrueck.example>",
            "Colm Brady <colm.brady@eirmail.example>",
            "Your relocation cover Dublin -> Frankfurt - TR-2026-0338",
            D("DE", 2026, 6, 1, 10, 2))
    text(m, B("""
        Dear Mr Brady,

        your relocation goods are covered from the time the removal company
        (Liffey Movers Ltd) starts packing at your home at 22 Clontarf Road,
        Dublin 3, until unloading at Oppenheimer Landstraße 48, 60596
        Frankfurt, for a total sum insured of EUR 78,000.

        Items above EUR 2,500 must be listed individually. I've attached
        the list you gave us, with our comments; please confirm it or
        correct it by 5 June.

        Kind regards
        Transport & Relocation Team
        """))
    attach(m, xlsx_bytes([
        ("Valuables", [
            ["Item", "Value EUR", "Packed by", "Our comment"],
            ["Steinway upright piano (1978)", 14500, "specialist mover", "valuation required"],
            ["Oil painting 'Howth Harbour', J. Keating", 6800, "crated", "photo please"],
            ["Engagement ring, platinum, 1.2 ct", 9200, "owner (hand luggage)", "not covered in container"],
            ["Road bike Canyon Ultimate", 3900, "mover", "ok"],
            ["Camera equipment (2 bodies, 4 lenses)", 7400, "owner", "not covered in container"],
        ]),
    ]), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "TR-2026-0338_valuables.xlsx")
    return m


# ------------------------------------------------------------------ 0124
@M("NORMAL", "en", "internal",
   "trap: actuarial memo on a new mortality table (death rates, smokers, life expectancy), no person")
def _(n):
    m = new(n, "Actuarial Life <aktuariat.leben@nordbrueck.example>",
            "Katrin Vogel <k.vogel@nordbrueck.example>",
            "New mortality basis for Term Life Protect - impact on international rates",
            D("DE", 2026, 6, 2, 14, 40))
    text(m, B("""
        Hi Katrin,

        short summary for your broker communication:

        - From 1 January 2027 we price Term Life Protect on the new company
          mortality table NB-TL 2026, derived from our own death claims
          2015-2024 and the population table.
        - Mortality of non-smokers aged 30-50 is about 8 % lower than in
          the old basis, smokers about 4 % higher. Main causes of death in
          our portfolio remain cancer and cardiovascular disease; suicide and
          accidents dominate below age 35.
        - Result: non-smoker premiums fall by 5-7 %, smoker premiums rise
          by up to 3 %.
        - Existing policies are not affected.

        Please don't quote the figures by cause of death externally - they
        are internal.

        Best
        Dr. Felix Haberland
        Actuarial Department Life
        """))
    return m


# ------------------------------------------------------------------ 0125
@M("STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
   "motor applicant discloses a past drink-driving conviction in the UK (criminal conviction)")
def _(n):
    m = new(n, "Gareth Lloyd-Evans <gareth.le@mailbox-uk.example>",
            "Tobias Reuter <t.reuter@nordbrueck.example>",
            "RE: Your motor application - question 9",
            D("DE", 2026, 6, 3, 8, 17),
            irt=mid(n, "nordbrueck.example", 1))
    text(m, B("""
        Dear Mr Reuter,

        you asked me to explain my answer to question 9. I'd rather be
        honest up front: in March 2021 I was convicted at Cardiff
        Magistrates' Court of driving with excess alcohol (DR10). I was
        banned for 16 months and fined GBP 1,200, and I completed the
        drink-drive rehabilitation course, which reduced the ban. The
        endorsement has now expired from my UK licence record, but the
        application asked about the last 5 years.

        I have had no other convictions or claims. I hope this does not
        mean you cannot insure me.

        Kind regards
        Gareth Lloyd-Evans
        """))
    return m


# ------------------------------------------------------------------ 0126
@M("NORMAL", "de", "insurer-to-supplier",
   "trap: shredding contract for medical file containers, no document content")
def _(n):
    m = new(n, "Einkauf <einkauf@nordbrueck.example>",
            "Kundenservice <service@sicher-vernichten.example>",
            "Zusätzliche Datenschutzbehälter Leistung Kranken International",
            D("DE", 2026, 6, 3, 13, 5))
    text(m, B("""
        Sehr geehrte Damen und Herren,

        zu unserem Rahmenvertrag RV-2024-112 bestellen wir ab Juli zusätzlich:

          6 verschließbare Datenschutzbehälter 240 l, Sicherheitsstufe P-4
          nach DIN 66399, Aufstellort 3. OG (Leistungsprüfung Kranken
          International), Leerung 14-tägig

        In den Behältern werden Papierbelege aus der Leistungsprüfung
        gesammelt (Arztrechnungen, Krankenhausberichte, Rezepte nach dem
        Scannen). Bitte bestätigen Sie uns die Vernichtung jeweils mit
        Protokoll und achten Sie darauf, dass Ihre Fahrer sich am Empfang
        anmelden.

        Ansprechpartnerin vor Ort: Frau Demir, Durchwahl -2241.

        Mit freundlichen Grüßen
        Uwe Stenzel, Einkauf
        """))
    return m


# ------------------------------------------------------------------ 0127
@M("CONFIDENTIAL", "en", "insurer-to-customer",
   "address change on household and motor policies: old and new address, policy numbers")
def _(n):
    m = new(n, "Kundenservice <service@nordbrueck.example>",
            "Meera Krishnan <meera.krishnan@mailhub.example>",
            "Your new address - policies updated",
            D("DE", 2026, 6, 4, 9, 33))
    text(m, B("""
        Dear Ms Krishnan,

        we have updated your address from 15 June 2026:

            old:  Eschersheimer Landstraße 212, 60320 Frankfurt am Main
            new:  Louisenstraße 97, 61348 Bad Homburg v. d. Höhe

        Affected policies:
          - contents insurance HR 5519 0032: the sum insured stays at
            EUR 60,000; the premium drops slightly to EUR 142.30 p.a.
            because of the lower zone in Bad Homburg
          - motor policy KF-7731-4480 (F-MK 212): please re-register the
            car in Bad Homburg (new plate HG-...) and tell us the new
            registration number

        During the move, your contents are covered at both addresses for
        up to two months.

        Kind regards
        Customer Service International
        """))
    return m


# ------------------------------------------------------------------ 0128
@M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
   "invitation (ICS) to a medical examination for a term life application: ECG, bloods, named applicant")
def _(n):
    m = new(n, "Underwriting Life <uw.life@nordbrueck.example>",
            "Niamh Farrelly <niamh.farrelly@eirmail.example>",
            "Medical examination for your application LV-A 26-00417",
            D("DE", 2026, 6, 5, 12, 0),
            cc="Cathal Moynihan <cathal@moynihan-financial.example>")
    text(m, B("""
        Dear Ms Farrelly,

        thank you for sending the cardiologist's letter. To complete our
        assessment we would like you to have a short medical examination at
        our expense. We have booked the appointment below for you (calendar
        file attached); please call the practice if it does not suit you.

        The examination includes a resting ECG, a 24-hour Holter ECG and a
        blood test (lipids, thyroid values, HbA1c). Please come fasting.

        Kind regards
        Underwriting Life International
        Nordbrück Lebensversicherung AG
        """))
    attach(m, ics_bytes("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Nordbrueck//Underwriting Life//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:d50-0128-exam@nordbrueck.example
        DTSTAMP:20260605T100000Z
        DTSTART;TZID=Europe/Berlin:20260616T081500
        DTEND;TZID=Europe/Berlin:20260616T090000
        SUMMARY:Medical examination Ms Niamh Farrelly (ECG\\, Holter\\, bloods -
          fasting)
        LOCATION:Kardiologie am Eschenheimer Turm\\, Dr. med. P. Lindqvist\\, Fra
         nkfurt
        DESCRIPTION:Application LV-A 26-00417. Reason: palpitations\\, cardiolo
         gist letter of 12.02.2026. Please bring your passport.
        ORGANIZER;CN=Underwriting Life:mailto:uw.life@nordbrueck.example
        ATTENDEE;CN=Niamh Farrelly:mailto:niamh.farrelly@eirmail.example
        END:VEVENT
        END:VCALENDAR
        """), "text/calendar", "medical_exam_16-06.ics")
    return m


# ------------------------------------------------------------------ 0129
@M("NORMAL", "en", "auto-reply", "university office auto-reply about summer closing hours")
def _(n):
    m = new(n, "International Office <international.office@uni-mainufer.example>",
            "Priya Venkataraman <p.venkataraman@nordbrueck.example>",
            "Automatic reply: Update for your FAQ",
            D("DE", 2026, 6, 5, 15, 12),
            headers=[("Auto-Submitted", "auto-replied")])
    text(m, B("""
        Thank you for contacting the International Office.

        During the examination period (1 June - 17 July) our walk-in hours
        are reduced to Tuesday and Thursday, 10:00-12:00. E-mails are
        answered within five working days.

        Students: for questions about your visa or residence permit please
        use the appointment system of the city's foreigners' authority.

        International Office - Welcome Services
        Universität Mainufer
        """))
    return m


# ------------------------------------------------------------------ 0130
@M("CONFIDENTIAL", "mixed", "customer-to-insurer",
   "glass breakage claim (shower screen) under household glass cover: name, address, policy")
def _(n):
    m = new(n, "Isabel Fairbanks <isabel.fairbanks@webmail-us.example>",
            "hausrat.schaden@nordbrueck.example",
            "Glasbruch Duschwand / shower glass broke",
            D("DE", 2026, 6, 8, 7, 45),
            headers=[("X-Mailer", "iPhone Mail (21F90)")])
    text(m, B("""
        Guten Morgen,

        the glass door of our shower just exploded this morning (nobody was
        in the shower thank god, just a loud bang and glass everywhere).
        Ich habe eine Glasversicherung bei Ihnen, Vertrag GL 3308 5522,
        Wolfsgangstraße 64, 60322 Frankfurt.

        The Hausmeister says it's "Spontanbruch" and a glazier can come on
        Wednesday. Quote is 940 EUR incl. installation. Kann ich das so
        beauftragen?

        Viele Grüße
        Isabel Fairbanks

        Von meinem iPhone gesendet
        """))
    return m


# ------------------------------------------------------------------ 0131
@M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
   "insurer maintains rescission of a deceased customer's life policy to the widow's German counsel (blood pressure, cause of death)")
def _(n):
    m = new(n, "Rechtsabteilung Leben <recht.leben@nordbrueck.example>",
            "RAin Dr. Friederike Lenz <lenz@lenz-partner-recht.example>",
            "Ihr Zeichen 26/0412 - Harland ./. Nordbrück Lebensversicherung AG, LV 20-3319904",
            D("DE", 2026, 6, 9, 16, 2))
    text(m, B("""
        Sehr geehrte Frau Kollegin Dr. Lenz,

        wir danken für die Übersendung der Vollmacht. Nach nochmaliger
        Prüfung halten wir an dem Rücktritt vom 09.03.2026 fest.

        Aus der Patientenakte des Hausarztes ergeben sich nicht nur die
        einmalige Messung von 150/95 mmHg im Jahr 2019, sondern zwei weitere
        erhöhte Werte (2020: 155/98 mmHg, 2021: 148/96 mmHg) sowie die
        Empfehlung einer Langzeitblutdruckmessung, die Herr Harland nicht
        wahrgenommen hat. Die Antragsfrage 4 fragte ausdrücklich nach
        "Untersuchungen oder Beratungen wegen erhöhten Blutdrucks".

        Zum Kausalitätsgegenbeweis: Eine Aortendissektion steht nach
        Einschätzung unseres beratenden Arztes in einem typischen
        Zusammenhang mit einem unbehandelten Bluthochdruck. Wir verweisen
        auf die beigefügte Stellungnahme (per beA übermittelt).

        Aus Kulanz sind wir bereit, die eingezahlten Beiträge in Höhe von
        6.412,80 EUR an die Erbin zu erstatten.

        Mit freundlichen kollegialen Grüßen
        Dr. Jan-Philipp Roos, Syndikusrechtsanwalt
        Nordbrück Lebensversicherung AG
        """))
    return m


# ------------------------------------------------------------------ 0132
@M("NORMAL", "en", "insurer-to-supplier",
   "trap: sample policy schedule with fictitious 'Jane Sample' for the website redesign agency")
def _(n):
    m = new(n, "Marketing International <marketing.intl@nordbrueck.example>",
            "Studio Fernweh <hello@studio-fernweh.example>",
            "Website redesign - sample documents for the 'Your documents' page",
            D("DE", 2026, 6, 10, 11, 0))
    text(m, B("""
        Hi Studio Fernweh team,

        for the mock-ups of the "Understand your documents" page please use
        the attached sample schedule only. The customer, the numbers and
        the bank details are made up (it says SAMPLE on every page). Please
        do not use screenshots from the real portal.

        Thanks
        Clara Winterberg
        Marketing International
        """))
    attach(m, pdf_bytes("SAMPLE - Policy schedule Global Health Plus", [
        "SAMPLE DOCUMENT - NOT A REAL POLICY",
        "",
        "Policyholder: Jane Sample, born 01.01.1990",
        "Address: Sample Street 1, 12345 Sampletown",
        "Policy number: KV-INT 0000 0000",
        "Plan: Global Health Plus, deductible EUR 500",
        "Premium: EUR 331.70 per month + long-term care EUR 34.20",
        "Direct debit from IBAN DE00 0000 0000 0000 0000 00 (sample)",
        "",
        "## Explanation boxes for the web page",
        "1 - your plan   2 - what you pay   3 - your deductible",
    ]), "application/pdf", "SAMPLE_policy_schedule_GHP.pdf")
    return m


# ------------------------------------------------------------------ 0133
@M("CONFIDENTIAL", "en", "broker-to-insurer",
   "Nigerian agent's Windows CSV of summer-school participants for group liability: passport numbers, birth dates")
def _(n):
    m = new(n, "Emeka Nwosu <emeka.nwosu@nwosu-insure.example>",
            "partners.africa@nordbrueck.example",
            "Summer school group - liability cover - participant list",
            D("NG", 2026, 6, 10, 16, 48))
    text(m, B("""
        Dear Sir/Madam,

        kindly find attached the list of the 6 participants of the Lagos
        Business School summer programme at the Frankfurt School (20 July -
        14 August 2026) for the group personal liability cover we discussed.
        Their health cover is arranged separately through the school.

        Best regards,
        Emeka Nwosu
        """))
    attach(m, csv_bytes([
        ["Nr", "Surname", "Given names", "Date of birth", "Passport no.", "Nationality"],
        ["1", "Okonjo", "Chidinma Ifeoma", "14.02.1998", "A10274415", "NGA"],
        ["2", "Balogun", "Ayodeji", "30.09.1996", "A09883120", "NGA"],
        ["3", "Ibrahim", "Hauwa", "07.11.1999", "B00418876", "NGA"],
        ["4", "Eze", "Obinna Kelechi", "21.03.1997", "A10551093", "NGA"],
        ["5", "Adewale", "Temitope", "02.06.1998", "A09990071", "NGA"],
        ["6", "Müller-Osagie", "Jens", "18.12.1996", "C4F9R2L77", "DEU"],
    ], encoding="cp1252"), "application/vnd.ms-excel", "participants_summer_school.csv")
    return m


# ------------------------------------------------------------------ 0134
@M("CONFIDENTIAL", "en", "insurer-to-customer",
   "complaint reply on a motor premium increase: name, policy, plate, SF class and regional class")
def _(n):
    m = new(n, "Sabine Kühn <s.kuehn@nordbrueck.example>",
            "Kwame Mensah-Bright <kwame.mb@postmail.example>",
            "Your complaint about the premium for F-KM 6060",
            D("DE", 2026, 6, 11, 14, 20))
    text(m, B("""
        Dear Mr Mensah-Bright,

        thank you for your message and I understand your frustration: the
        premium for your motor policy KF-7716-2031 (F-KM 6060) rises from
        EUR 684.20 to EUR 911.40 from 1 July.

        I have checked the calculation. There are two reasons:

        1. The claim from the roundabout in February (KF-S-2026-01944)
           moves you from SF 4 to SF 2 at the next renewal - as explained
           by my colleague on 26 February. You can still buy back the
           claim by refunding EUR 1,312.40; the premium would then be
           EUR 702.10.
        2. The regional class for Frankfurt was raised by the industry
           statistics for all insurers.

        If you would like to buy back the claim, just reply to this e-mail.
        If you are not satisfied with this answer, you can contact the
        insurance ombudsman free of charge.

        Kind regards
        Sabine Kühn
        Complaints & Customer Experience
        """))
    return m


# ------------------------------------------------------------------ 0135
@M("NORMAL", "mixed", "internal", "hotline cover on a public holiday, organisational")
def _(n):
    m = new(n, "Julia Hartmann <j.hartmann@nordbrueck.example>",
            "Intl Desk Team <intl-desk-team@nordbrueck.example>",
            "Hotline an Fronleichnam (4.6.)? / who covers Corpus Christi?",
            D("DE", 2026, 5, 28, 10, 2))
    text(m, B("""
        Hi all,

        4. Juni ist Feiertag in Hessen, but the English hotline stays open
        because our customers in the UK, Ireland and Nigeria don't have the
        day off. We need two people from 8-18, Freizeitausgleich wie
        üblich.

        Wer kann? Please reply by Monday. If nobody volunteers, I'll draw
        lots (and I have a long memory...).

        Julia
        """))
    return m


# ------------------------------------------------------------------ 0136
@M("CONFIDENTIAL", "en", "insurer-to-customer",
   "cross-border commuter's Dutch no-claims history converted to an SF class: name, plate, Dutch insurer")
def _(n):
    m = new(n, "Tobias Reuter <t.reuter@nordbrueck.example>",
            "Daan Visser <daan.visser@kpnpost.example>",
            "Your Dutch no-claims years - KF-4410-0876",
            D("DE", 2026, 6, 12, 9, 9))
    text(m, B("""
        Dear Mr Visser,

        thank you for the "royementsverklaring" from Centraal Beheer. It
        confirms 11 claim-free years and bonus-malus step 14 for the period
        2014-2025, with one at-fault claim in 2019.

        We can credit Dutch claim-free years one to one, but the 2019 claim
        counts against them. The result for your policy KF-4410-0876
        (KLE-DV 412) is SF class 6 instead of the SF 1/2 we started with:

            premium until now:   EUR 1,104.00 p.a.
            new premium:         EUR   688.30 p.a.
            refund for 2026:     EUR   242.49 (to NL87 ABNA 7711 9161 91)

        Met vriendelijke groet,
        Tobias Reuter
        """))
    return m


# ------------------------------------------------------------------ 0137
@M("STRICTLY_CONFIDENTIAL", "en", "hospital-to-insurer",
   "Indian hospital's TPA desk sends the discharge summary (PDF) for the dengue case")
def _(n):
    m = new(n, "TPA Desk Manipal Goa <tpa.desk@manipal-goa.example>",
            "assistance.cases@nordbrueck.example",
            "Discharge summary & final bill - Mr Rohan Deshpande - IP/26/0218",
            D("IN", 2026, 2, 19, 12, 44),
            cc="ops@meridian-assist.example")
    text(m, B("""
        Dear Sir/Madam,

        please find attached the discharge summary of your insured
        Mr Rohan Deshpande (IP no. IP/26/0218). Final bill amount
        INR 212,640.00 against your guarantee of INR 250,000.00. Kindly
        release the payment within 30 days.

        Regards,
        TPA Desk
        Manipal Hospital, Dona Paula, Goa 403004
        """))
    attach(m, pdf_bytes("DISCHARGE SUMMARY", [
        "Manipal Hospital Goa - Department of Internal Medicine",
        "Name: Mr Rohan Deshpande   Age/Sex: 41/M   IP no.: IP/26/0218",
        "Date of admission: 13/02/2026   Date of discharge: 18/02/2026",
        "Consultant: Dr. Sameer Naik, MD",
        "",
        "## Final diagnosis",
        "Dengue fever with warning signs (NS1 positive), thrombocytopenia",
        "",
        "## Course in hospital",
        "Admitted with fever for 4 days, myalgia, petechial rash. Platelets",
        "38,000 on admission, nadir 21,000 on day 3. Managed with IV fluids and",
        "close monitoring; no platelet transfusion required. Afebrile from day 4.",
        "Platelets 96,000 at discharge.",
        "",
        "## Advice on discharge",
        "Oral fluids, paracetamol if needed, avoid NSAIDs. CBC after 3 days.",
        "Not fit to fly until 25/02/2026.",
    ], author="Manipal Hospital Goa"), "application/pdf", "Discharge_IP-26-0218.pdf")
    return m


# ------------------------------------------------------------------ 0138
@M("NORMAL", "en", "newsletter",
   "trap: invitation to a pension information evening for expats leaving Germany, generic")
def _(n):
    m = new(n, "Nordbrück International <newsletter@news.nordbrueck.example>",
            "undisclosed-recipients:;",
            "Leaving Germany? What happens to your pension and life insurance",
            D("DE", 2026, 6, 15, 7, 0),
            headers=[("Precedence", "bulk")])
    text(m, B("""
        LEAVING GERMANY? WHAT HAPPENS TO YOUR PENSION AND LIFE INSURANCE

        Online information evening, Wednesday 1 July 2026, 18:30-19:30 CEST

        Many of our customers move on after a few years in Germany. In one
        hour we explain:

        - statutory pension: refund of contributions or keeping your
          entitlement, and how the social security agreements with the UK,
          the US and India work
        - company pension (bAV): what happens to your direct insurance when
          you change employer or leave the country
        - Rürup/Basisrente and private pensions: paid-up, continue, or
          transfer?
        - term life and disability cover: can you keep it when you live
          abroad?

        Speakers: Katrin Vogel (Life & Pensions International) and a tax
        adviser from our partner firm.

        Register: https://news.nordbrueck.example/events/leaving-germany

        No individual advice during the session - book a call afterwards.
        """))
    return m


# ------------------------------------------------------------------ 0139
@M("NORMAL", "de", "internal", "summer party registration, organisational")
def _(n):
    m = new(n, "Tobias Reuter <t.reuter@nordbrueck.example>",
            "Intl Desk Team <intl-desk-team@nordbrueck.example>",
            "Sommerfest 26.6. - letzte Chance zur Anmeldung",
            D("DE", 2026, 6, 16, 12, 30))
    text(m, B("""
        Hallo zusammen,

        bisher haben sich 9 von 14 angemeldet. Bitte bis Freitag in die
        Liste im Teams-Kanal eintragen, inkl. Begleitung und ob ihr
        vegetarisch/vegan esst.

        Ort: Mainwiese am Westhafen, ab 16 Uhr. Bei Regen im Foyer.
        Wer einen Pavillon oder eine Musikbox hat: bitte melden!

        Tobias
        """))
    return m


# ------------------------------------------------------------------ 0140
@M("STRICTLY_CONFIDENTIAL", "mixed", "internal",
   "motor colleague asks health team to call a customer back; the whiplash injury is only in the quoted mail")
def _(n):
    m = new(n, "Tobias Reuter <t.reuter@nordbrueck.example>",
            "Health Claims International <expat.health@nordbrueck.example>",
            "WG: Unfall 12.06. - wer zahlt die Physio?",
            D("DE", 2026, 6, 17, 10, 44))
    text(m, B("""
        Hallo Gesundheits-Team,

        könnt ihr den Kunden bitte zurückrufen? Die Kfz-Seite ist klar (wir
        regulieren gegen den Unfallgegner), aber seine Frage ist eine für
        euch - which insurer pays his physio first. Danke!

        Tobias

        -----Ursprüngliche Nachricht-----
        Von: Ravi Chandrasekhar <ravi.chandra@inboxmail.example>
        Gesendet: Dienstag, 16. Juni 2026 21:15
        An: motor.international@nordbrueck.example
        Betreff: Unfall 12.06. - wer zahlt die Physio?

        Dear Sir/Madam,

        after the rear-end collision on 12 June (claim KF-S-2026-04021) I
        went to the Notaufnahme because of neck pain. They said it's a
        whiplash injury (HWS-Distorsion), gave me a soft collar and
        ibuprofen 600, and the orthopaedist now prescribed 6x physio and
        manual therapy. I'm also insured with you for health (KV-INT 4471
        3388).

        Should I send the physio bills to my health insurance or to the
        insurer of the driver who hit me?

        Thanks,
        Ravi Chandrasekhar
        """))
    return m


# ------------------------------------------------------------------ 0141
@M("NORMAL", "en", "insurer-to-broker",
   "trap: blank English medical-expenses claim form (PDF) for a broker's info pack, no customer")
def _(n):
    m = new(n, "Marieke de Vries <m.devries@nordbrueck.example>",
            "Joost van Leeuwen <j.vanleeuwen@rijnpoort-assurantien.example>",
            "Blank claim forms in English",
            D("DE", 2026, 6, 18, 9, 25))
    text(m, B("""
        Hi Joost,

        here is the blank claim form in English for your welcome pack for
        cross-border commuters. It can be filled in on screen. Most
        customers use the app instead, but some prefer paper.

        Groeten,
        Marieke
        """))
    attach(m, pdf_bytes("Claim form - medical expenses (Global Health Plus / Campus Cover)", [
        "Please fill in one form per insured person. Attach copies of invoices and prescriptions.",
        "",
        "## 1. Insured person",
        "Surname: ________________________  First name: ______________________",
        "Date of birth: ___ / ___ / ______   Policy number: KV-__________________",
        "",
        "## 2. Treatment",
        "[ ] outpatient   [ ] hospital   [ ] dental   [ ] medicines   [ ] other",
        "Was the treatment the result of an accident?  [ ] yes  [ ] no",
        "If yes: date and place of the accident: ________________________________",
        "Did another person or insurer cause / pay for it?  [ ] yes  [ ] no",
        "",
        "## 3. Payment",
        "Account holder: ________________________",
        "IBAN: ____ ____ ____ ____ ____ __   BIC: ___________",
        "",
        "## 4. Signature",
        "I confirm that the information is correct. Place, date, signature: ____________",
    ]), "application/pdf", "Claim_form_medical_EN_blank.pdf")
    return m


# ------------------------------------------------------------------ 0142
@M("STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
   "customer asks to change name and gender marker after transition on motor/household policies (gender identity)")
def _(n):
    m = new(n, "Alex Thornton <alex.thornton@fastpost.example>",
            "service@nordbrueck.example",
            "Name and gender change on my policies",
            D("DE", 2026, 6, 19, 13, 7))
    text(m, B("""
        Hello,

        I'd like to update my details on my car insurance (KF-7738-0092) and
        my contents insurance (HR 5534 6618). I have changed my first name
        and my gender entry at the Standesamt in Frankfurt under the
        Selbstbestimmungsgesetz, effective 3 June 2026.

            old: Mr Alexander James Thornton
            new: Ms Alexandra Jane Thornton (title "Ms", or no title is fine)

        My date of birth and address are unchanged. I can send a copy of
        the certificate from the registry office if you need it - but I'd
        prefer that it is not kept in a file that many people can see.

        Please also change the name on the insurance card for the car and
        make sure letters don't use "Herr" anymore. Last time I asked
        another company it took three attempts.

        Thanks,
        Alex Thornton
        """))
    return m


# ------------------------------------------------------------------ 0143
@M("CONFIDENTIAL", "en", "insurer-to-customer",
   "household burglary settlement: amounts per item and payment to a named IBAN; earlier mail quoted")
def _(n):
    m = new(n, "Schadenservice Hausrat <hausrat.schaden@nordbrueck.example>",
            "Meera Krishnan <meera.krishnan@mailhub.example>",
            "RE: Schadennummer / claim number HR-S-2026-003318 - settlement",
            D("DE", 2026, 2, 24, 14, 10),
            irt=mid(9, "nordbrueck.example"))
    text(m, B("""
        Dear Ms Krishnan,

        thank you for the receipts and photos. We can settle your claim as
        follows:

            MacBook Air 13" (2024), replacement value      EUR 1,299.00
            Gold chain with pendant (valuation Juwelier
            Kiefer, 12.02.2026)                            EUR 1,840.00
            Cash (limit EUR 1,500, claimed)                EUR   350.00
            Fujifilm X-T5 with lens                        EUR 1,849.00
            Door repair (Schreinerei Baum)                 EUR   612.50
            Total                                          EUR 5,950.50

        We will transfer the amount to your account
        DE03 2022 4528 7935 7030 82 (Meera Krishnan) in the next few days.

        If the police recover any items, please tell us.

        Kind regards
        Schadenservice Hausrat

        > Schadennummer / claim number:  HR-S-2026-003318
        > Vertrag / policy:              HR 5519 0032 (Hausrat Komfort)
        > Versicherungsort / address:    Eschersheimer Landstraße 212, 60320 Frankfurt
        """))
    return m


# ------------------------------------------------------------------ 0144
@M("NORMAL", "de", "insurer-to-supplier",
   "trap: purchase order for blood-pressure monitors and body-fat scales for the staff health day")
def _(n):
    m = new(n, "Einkauf <einkauf@nordbrueck.example>",
            "Vertrieb <vertrieb@medisafe-bedarf.example>",
            "Bestellung 4500189407 - Gesundheitstag",
            D("DE", 2026, 6, 19, 8, 40))
    text(m, B("""
        Sehr geehrte Damen und Herren,

        für unseren Gesundheitstag am 9. Juli bestellen wir:

          Pos. 1  4 St.  Oberarm-Blutdruckmessgerät, validiert, mit
                         Manschette M und L
          Pos. 2  2 St.  Körperanalysewaage (Körperfett, BMI)
          Pos. 3  1 St.  Blutzucker-Messgerät inkl. 100 Teststreifen und
                         Lanzetten
          Pos. 4  2 St.  Desinfektionsspender

        Liefertermin spätestens 3. Juli. Rechnung bitte mit Bestellnummer.
        Die Geräte gehen nach dem Gesundheitstag an den Betriebsärztlichen
        Dienst.

        Mit freundlichen Grüßen
        Uwe Stenzel, Einkauf
        """))
    return m


# ------------------------------------------------------------------ 0145
@M("STRICTLY_CONFIDENTIAL", "en", "internal",
   "base64-encoded body: on-call handover about an air-ambulance evacuation of a student with severe malaria")
def _(n):
    m = new(n, "Marieke de Vries <m.devries@nordbrueck.example>",
            "Assistance Cases <assistance.cases@nordbrueck.example>",
            "Handover weekend on-call 20/21 June",
            D("DE", 2026, 6, 22, 7, 58))
    text(m, B("""
        Morning all,

        handover from the weekend on-call:

        1. MA-26-19402 - Mr Ifeanyi Okeke, Campus Cover KV-STU 0883 2271,
           visiting family in Enugu. Severe falciparum malaria, admitted
           Thursday, ICU since Saturday with kidney involvement. Local
           hospital cannot do dialysis. Meridian's doctor recommends air
           ambulance to Frankfurt; Learjet booked for Monday 14:00 local,
           ETA Frankfurt 22:30, bed confirmed at Uniklinik (tropical
           medicine). Cost estimate EUR 68,500 - approved by me on Saturday
           under the emergency mandate, please have Julia sign off today.
           His mother travels with him; she has a Schengen visa.

        2. MA-26-19388 - closed, patient discharged in Antalya, flying home
           Tuesday on scheduled flight.

        Marieke
        """), cte="base64")
    return m


# ------------------------------------------------------------------ 0146
@M("CONFIDENTIAL", "mixed", "customer-to-insurer",
   "customer gives a new IBAN with a typo (invalid checksum) for the household premium - still bank data")
def _(n):
    m = new(n, "Thomas Whitaker <t.whitaker@postmail.example>",
            "beitragsservice@nordbrueck.example",
            "Neue Bankverbindung / new bank account HR 5521 7740",
            D("DE", 2026, 6, 23, 19, 31))
    text(m, B("""
        Hallo,

        bitte ab Juli den Beitrag für meine Hausratversicherung HR 5521 7740
        von meinem neuen Konto abbuchen:

        Kontoinhaber: Thomas Whitaker
        IBAN: DE93 7955 7004 9912 3376 61
        Bank: Mainfeld Bank

        The old account at Commerzbank will be closed. Thanks and sorry for
        the German, my wife helped.

        Thomas Whitaker
        """))
    return m


# ------------------------------------------------------------------ 0147
@M("NORMAL", "en", "internal",
   "trap: information note on ICD-11 and foreign diagnosis codes for claims staff, no patient")
def _(n):
    m = new(n, "Dr. Matthias Brandt <m.brandt@nordbrueck.example>",
            "Claims International <claims-intl-all@nordbrueck.example>",
            "ICD-11 on foreign invoices - what to do",
            D("DE", 2026, 6, 24, 11, 11))
    text(m, B("""
        Dear colleagues,

        more and more invoices from abroad carry ICD-11 codes instead of
        ICD-10 (for example "BA41.Z" for acute myocardial infarction or
        "6A70" for a single depressive episode instead of I21.9 / F32).
        US invoices still use ICD-10-CM with more characters (e.g.
        "S52.501A"), and the UK often gives SNOMED terms only.

        What to do:
        - Do not reject an invoice because of the coding system.
        - Use the WHO mapping tables (link in the claims wiki) to find the
          ICD-10-GM code for our statistics.
        - If the mapping is ambiguous, enter the code as delivered and
          tick "foreign code" - the DWH team maps it later.

        Questions to me.
        Matthias
        """))
    return m


# ------------------------------------------------------------------ 0148
@M("STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
   "life applicant volunteers her father's Huntington's disease and her own predictive genetic test")
def _(n):
    m = new(n, "Harriet Blackwood <harriet.blackwood@mailbox-uk.example>",
            "life.international@nordbrueck.example",
            "Application LV-A 26-01206 - family history question",
            D("UK", 2026, 6, 25, 20, 22))
    text(m, B("""
        Dear Underwriting team,

        question 11 of my application asks about illnesses of parents and
        siblings. My father was diagnosed with Huntington's disease at 52
        and died in 2019. I know that in Germany you are not allowed to ask
        me for genetic test results for a policy of this size, but I would
        rather you knew: I had the predictive test at the genetics clinic in
        Birmingham in 2021 and I do not carry the expanded gene (CAG repeat
        count in the normal range). I can send the letter from the clinic if
        it helps my application.

        I'd appreciate it if this information is only seen by the people who
        need it.

        Kind regards
        Harriet Blackwood
        """))
    return m


# ------------------------------------------------------------------ 0149
@M("NORMAL", "en", "reinsurer-to-insurer",
   "trap: reinsurer requests aggregated portfolio statistics (age/sex/BMI bands, smokers) for a quote")
def _(n):
    m = new(n, "Tom Fairweather <t.fairweather@atlas-re.example>",
            "Katrin Vogel <k.vogel@nordbrueck.example>",
            "Quota share proposal - data request for the international life book",
            D("UK", 2026, 6, 26, 10, 4))
    text(m, B("""
        Dear Katrin,

        to prepare our quota share proposal for Term Life Protect
        (international customers), could you send us aggregated data only:

        1. number of lives and sums assured by age band (5-year bands),
           sex and smoker status
        2. distribution of BMI bands at underwriting and the share of
           policies with rated-up premiums or exclusions
        3. death claims 2019-2025 by cause group (cancer, cardiovascular,
           external causes, other) - counts and amounts
        4. lapse rates by policy year

        Please do not send any policy-level or personal data at this stage.
        An Excel with the agreed template is fine.

        Best regards
        Tom Fairweather
        Life & Health Treaty, Atlas Re
        """))
    return m


# ------------------------------------------------------------------ 0150
@M("CONFIDENTIAL", "en", "insurer-to-employer",
   "fleet claim with a named employee driver hitting a bollard, nobody hurt: plate, claim number, repair")
def _(n):
    m = new(n, "Fleet Claims <fleet.claims@nordbrueck.example>",
            "Eimear Kavanagh <eimear.kavanagh@corrib-analytics.example>",
            "Fleet claim FL-S-2026-0644 - F-CA 202 - bollard",
            D("DE", 2026, 6, 29, 15, 16))
    text(m, B("""
        Dear Ms Kavanagh,

        thank you for the report. Our understanding of the incident:

            Date:      24 June 2026, 08:50
            Place:     car park Mainzer Landstraße 50, Frankfurt
            Vehicle:   pool car F-CA 202 (Skoda Enyaq)
            Driver:    Mr Padraig Nolan
            Damage:    front bumper and left headlight, bollard of the car
                       park operator bent; nobody was injured

        We will pay the car park operator's claim (EUR 480) under the
        liability cover and the repair of the Skoda (estimate EUR 2,860)
        under the comprehensive cover, less the EUR 500 excess agreed in
        the fleet contract FL-2025-0117.

        Please ask Mr Nolan to sign the attached... sorry, the driver's
        statement form will follow by post.

        Kind regards
        Fleet Claims, Nordbrück Versicherung AG
        """))
    return m


# ------------------------------------------------------------------ 0151
@M("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
   "iso-8859-1 mail: wife submits hearing-aid invoice and audiogram for her American husband")
def _(n):
    m = new(n, "Renate Cunningham <renate.cunningham@t-net.example>",
            "hilfsmittel@nordbrueck.example",
            "Hörgeräte für meinen Mann Robert Cunningham - KV-INT 4471 0350",
            D("DE", 2026, 6, 30, 10, 27),
            headers=[("X-Mailer", "Microsoft Outlook 14.0")])
    text(m, B("""
        Sehr geehrte Damen und Herren,

        mein Mann Robert Cunningham (71) hat nach der Verordnung seines
        HNO-Arztes Dr. Özdemir neue Hörgeräte für beide Ohren bekommen. Er
        hat eine beidseitige Innenohrschwerhörigkeit, rechts stärker als
        links, und versteht ohne Geräte im Gespräch kaum noch etwas.

        Die Rechnung von Hörakustik Grüneburg über 4.980,00 Euro
        (2 x Phonak, Bluetooth) und das Tonaudiogramm schicke ich Ihnen per
        Post, da mein Mann das Original behalten möchte. Können Sie mir
        vorab sagen, wie viel Sie davon übernehmen? Im Tarif steht
        "Hörhilfen bis 1.500 EUR je Ohr alle 5 Jahre".

        Mit freundlichen Grüßen
        Renate Cunningham
        """), charset="iso-8859-1", cte="quoted-printable")
    return m


# ------------------------------------------------------------------ 0152
@M("NORMAL", "de", "internal", "desk-booking system change, organisational")
def _(n):
    m = new(n, "Facility Management <facility@nordbrueck.example>",
            "Alle Mitarbeitenden Westhafen <standort-westhafen@nordbrueck.example>",
            "Neues Buchungssystem für Arbeitsplätze ab 1. Juli",
            D("DE", 2026, 6, 30, 14, 0))
    text(m, B("""
        Liebe Kolleginnen und Kollegen,

        ab 1. Juli buchen Sie Ihren Arbeitsplatz im Westhafen über die App
        "FlexDesk" statt über die Excel-Liste. Bestehende Buchungen bis
        30. Juni bleiben gültig; Buchungen ab Juli bitte neu anlegen.

        - Buchung bis zu 14 Tage im Voraus
        - Check-in bis 10 Uhr, sonst wird der Platz wieder frei
        - Teamzonen: 3. OG Kranken International, 4. OG International Desk

        Eine Kurzanleitung (Deutsch/Englisch) finden Sie im Intranet.

        Ihr Facility Management
        """))
    return m


# ------------------------------------------------------------------ 0153
@M("CONFIDENTIAL", "en", "insurer-to-broker",
   "attachment-only: UK broker's commission statement listing clients, policy numbers and premiums")
def _(n):
    m = new(n, "Provisionsabrechnung <provisionen@nordbrueck.example>",
            "Accounts <accounts@harrowgate-risk.example>",
            "Commission statement Q2 2026 - VM-30417",
            D("DE", 2026, 7, 1, 6, 30),
            headers=[("Auto-Submitted", "auto-generated")])
    text(m, B("""
        Dear partner,

        your commission statement for Q2 2026 is attached. Payment will be
        made to your company account on 10 July 2026.

        Nordbrück Versicherung AG - Broker Accounting
        """))
    attach(m, xlsx_bytes([
        ("Q2 2026", [
            ["Agency", "VM-30417", "Harrowgate Risk Partners Ltd", "", "", ""],
            ["Policy", "Client", "Product", "Start", "Annual premium EUR", "Commission EUR"],
            ["HR 6620 1184", "Richard Okonkwo-Hale", "Contents + liability", "2026-02-01", 221.04, 33.16],
            ["KF-7729-3304", "Oliver Pembridge", "Motor", "2026-05-15", 950.90, 47.55],
            ["HR 6621 0027", "Sophie Marchetti", "Contents", "2026-04-01", 164.80, 24.72],
            ["PH 3312 0418", "Daniel Okoro", "Personal liability", "2026-06-01", 71.40, 10.71],
            ["", "", "", "", "Total", 116.14],
        ]),
    ]), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "Commission_Q2-2026_VM-30417.xlsx")
    return m


# ------------------------------------------------------------------ 0154
@M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
   "reimbursement of yellow-fever vaccination and malaria tablets for a named customer's trip")
def _(n):
    m = new(n, "Health Claims International <expat.health@nordbrueck.example>",
            "Funmilayo Adeleke <funmi.adeleke@naijamail.example>",
            "Your claim for travel vaccinations",
            D("DE", 2026, 7, 2, 10, 55))
    text(m, B("""
        Dear Ms Adeleke,

        we have processed the invoices you sent for your trip to Lagos:

          Travel clinic Frankfurt, 18.03.2026
            yellow fever vaccination incl. certificate   EUR  89.40  paid
            typhoid vaccination                          EUR  52.10  paid
            consultation                                 EUR  26.81  paid
          Pharmacy, 20.03.2026
            atovaquone/proguanil 250/100 mg, 24 tablets  EUR  71.30  paid

          Total reimbursed                               EUR 239.61

        Global Health Plus covers travel vaccinations and malaria
        prophylaxis for trips to countries where they are recommended.

        Kind regards
        Health Claims International
        """))
    return m


# ------------------------------------------------------------------ 0155
@M("NORMAL", "mixed", "internal",
   "trap: staff health-day programme (blood pressure, BMI, back school, skin screening), no individual")
def _(n):
    m = new(n, "Betriebliches Gesundheitsmanagement <bgm@nordbrueck.example>",
            "Alle Mitarbeitenden Westhafen <standort-westhafen@nordbrueck.example>",
            "Gesundheitstag 9. Juli / Health Day 9 July",
            D("DE", 2026, 7, 3, 9, 15))
    text(m, B("""
        Liebe Kolleginnen und Kollegen, dear colleagues,

        am 9. Juli ist Gesundheitstag im Foyer, 10-15 Uhr:

        - Blutdruck- und Blutzuckermessung / blood pressure and blood sugar
        - BMI und Körperfettanalyse
        - Rückenschule am Schreibtisch / back school at your desk (English
          session at 13:00)
        - Hautkrebs-Screening mit der Hautärztin (nur mit Termin)
        - Ernährungsberatung

        Alle Ergebnisse bekommen nur Sie selbst - nothing is stored or
        passed on to HR or your manager.

        Ihr BGM-Team
        """))
    return m


# ------------------------------------------------------------------ 0156
@M("CONFIDENTIAL", "de", "insurer-to-customer",
   "additional named driver with date of birth added to a motor policy; plate and premium")
def _(n):
    m = new(n, "Kfz-Service International <motor.international@nordbrueck.example>",
            "Oliver Pembridge <olly.pembridge@mailbox-uk.example>",
            "Zusätzlicher Fahrer für F-OP 1402 - Vertrag KF-7729-3304",
            D("DE", 2026, 7, 6, 11, 2))
    text(m, B("""
        Sehr geehrter Herr Pembridge,

        wie gewünscht haben wir ab 10.07.2026 einen weiteren Fahrer in Ihren
        Vertrag KF-7729-3304 (BMW 320d Touring, F-OP 1402) aufgenommen:

            Frau Sophie Marchetti, geb. 21.11.1988,
            Führerschein seit 2006 (Italien)

        Der Jahresbeitrag erhöht sich dadurch um 64,00 EUR auf 1.014,90 EUR.
        Der anteilige Mehrbeitrag für 2026 (30,33 EUR) wird am 01.08. mit
        abgebucht.

        (In short: Ms Marchetti is now a named driver, premium +EUR 64 p.a.)

        Mit freundlichen Grüßen
        Kfz-Service International
        """))
    return m


# ------------------------------------------------------------------ 0157
@M("STRICTLY_CONFIDENTIAL", "en", "employer-to-insurer",
   "HR reports a group accident claim: employee injured in a road accident on a business trip to Lagos")
def _(n):
    m = new(n, "Ananya Iyer <ananya.iyer@veltrix-tech.example>",
            "group.accident@nordbrueck.example",
            "Accident on business trip - group accident policy GU-2024-0091",
            D("IN", 2026, 7, 7, 14, 12))
    text(m, B("""
        Dear Sir/Madam,

        we are notifying an accident under our group accident policy
        GU-2024-0091 (Veltrix Technologies GmbH):

        Employee: Mr Rahul Chatterjee, Senior Consultant, Frankfurt office
        Date/place: 4 July 2026, Lekki-Epe Expressway, Lagos, Nigeria,
        during a business trip to our client
        What happened: the taxi he was in was hit from the side by a truck.
        Injuries: fractured pelvis and three broken ribs, operated on
        5 July at a private hospital in Lekki. He is stable but will not
        be able to fly for at least three weeks.

        His wife has flown to Lagos. Our travel management company is in
        contact with your assistance partner about the transfer home.

        Please let us know which forms are needed. Mr Chatterjee has
        consented to us reporting this on his behalf.

        Regards,
        Ananya Iyer
        HR Operations - Global Mobility
        """))
    return m


# ------------------------------------------------------------------ 0158
@M("NORMAL", "en", "customer-to-insurer",
   "prospect cross-border commuter asks which country's motor insurance applies; no personal data")
def _(n):
    m = new(n, "Lotte Janssens <lotte.janssens@telenet-post.example>",
            "motor.international@nordbrueck.example",
            "Dutch plates, German job - which insurance?",
            D("NL", 2026, 7, 8, 12, 47))
    text(m, B("""
        Hello,

        I will start a job in Düsseldorf in September but keep living in
        Venlo. My car has Dutch plates. Can I insure it with a German
        insurer, or does it have to be a Dutch one as long as it is
        registered in the Netherlands? And if my employer gives me a company
        car with German plates, can I drive it home across the border?

        Just general information please, I'm not ready to apply yet.

        Kind regards,
        Lotte Janssens
        """))
    return m


# ------------------------------------------------------------------ 0159
@M("NORMAL", "mixed", "internal",
   "trap: aggregated complaints report for the board (ODS) with categories like 'pre-existing condition', no names")
def _(n):
    m = new(n, "Sabine Kühn <s.kuehn@nordbrueck.example>",
            "Henrik Wolff <h.wolff@nordbrueck.example>",
            "Beschwerdebericht H1 2026 International / complaints report",
            D("DE", 2026, 7, 9, 16, 45))
    text(m, B("""
        Hallo Henrik,

        anbei der Beschwerdebericht für das erste Halbjahr, wie immer nur
        aggregiert. Highlights:

        - 104 complaints (H1 2025: 131), median handling time 9 days
        - top reason health: "pre-existing condition" decisions (23),
          followed by dental limits (14) and waiting times on the hotline
        - motor: premium increases after claims (11)
        - 4 cases with the ombudsman, 1 decided in the customer's favour

        Die Tabelle geht so in die Vorstandsvorlage.

        Sabine
        """))
    attach(m, ods_bytes([
        ("H1 2026", [
            ["Category", "Line", "Count", "Upheld", "Partly upheld", "Rejected"],
            ["Pre-existing condition decision", "Health", 23, 5, 6, 12],
            ["Dental limits / dental plan", "Health", 14, 3, 4, 7],
            ["Hospital invoice abroad paid late", "Health", 9, 7, 1, 1],
            ["Hotline waiting time (English)", "all", 12, 8, 2, 2],
            ["Premium increase after claim", "Motor", 11, 0, 2, 9],
            ["Claim settlement amount", "Household", 8, 2, 3, 3],
            ["Other (cells < 5 merged)", "all", 27, 9, 7, 11],
        ]),
    ]), "application/vnd.oasis.opendocument.spreadsheet", "Beschwerdebericht_H1_2026.ods")
    return m


# ------------------------------------------------------------------ 0160
@M("CONFIDENTIAL", "en", "insurer-to-customer",
   "legal-expenses cover for an employment dismissal dispute: name, employer, salary, lawyer")
def _(n):
    m = new(n, "Rechtsschutz-Service <rechtsschutz@nordbrueck.example>",
            "Tobenna Achebe <tobenna.achebe@postmail.example>",
            "Your legal expenses claim RS-2026-01132 - dismissal",
            D("DE", 2026, 7, 10, 11, 37))
    text(m, B("""
        Dear Mr Achebe,

        we confirm cover under your legal expenses policy RS 4402 7715
        (employment module) for an action against the termination of your
        employment by Brightwell Projects GmbH, notice dated 30 April 2026.

        For the statutory fee calculation we have used your gross monthly
        salary of EUR 7,150 (quarterly salary as the value in dispute:
        EUR 21,450). Please note that in German employment courts each side
        pays its own lawyer in the first instance, which is why your cover
        matters here.

        Your lawyer, Mr Benedikt Aurich (Aurich Arbeitsrecht, Frankfurt),
        has already contacted us; we have sent him the confirmation. The
        deadline for the action (three weeks after receipt of the notice)
        was met on 18 May.

        Kind regards
        Legal Expenses Service
        """))
    return m


# ------------------------------------------------------------------ 0161
@M("STRICTLY_CONFIDENTIAL", "en", "internal",
   "sensitive only in the subject (relapse, hospital in Pune); the body just asks for a call")
def _(n):
    m = new(n, "Femi Adeyemi <f.adeyemi@nordbrueck.example>",
            "Marieke de Vries <m.devries@nordbrueck.example>",
            "Deshpande KV-INT 4471 1902 - relapse, back in hospital in Pune since last night, guarantee needed?",
            D("DE", 2026, 7, 13, 8, 6))
    text(m, B("""
        Marieke, can you call me when you're in? 2213. Thanks! F.
        """))
    return m


# ------------------------------------------------------------------ 0162
@M("NORMAL", "en", "newsletter",
   "trap: glossary of German insurance terms for expats (sick pay, disability, care grades), no person")
def _(n):
    m = new(n, "Nordbrück International <newsletter@news.nordbrueck.example>",
            "undisclosed-recipients:;",
            "German insurance words, explained (part 2)",
            D("DE", 2026, 7, 14, 7, 0),
            headers=[("Precedence", "bulk")])
    text(m, B("""
        GERMAN INSURANCE WORDS, EXPLAINED - PART 2

        Krankentagegeld - daily sickness allowance. Pays part of your income
        if you are unable to work for longer than your employer pays sick
        pay (usually six weeks).

        Berufsunfähigkeitsversicherung (BU) - disability income insurance.
        Pays a monthly pension if you can no longer work at least 50 % in
        your last job because of illness or injury.

        Pflegegrad - care grade (1 to 5). Decides how much long-term care
        insurance pays. Assessed by an independent expert at home.

        Arbeitsunfähigkeitsbescheinigung (AU) - the sick note from your
        doctor. Your employer and, for sick pay, your insurer need it.

        Selbstbehalt - deductible, the part you pay yourself each year.

        Schweigepflichtentbindung - release from medical confidentiality.
        Allows your doctor to tell us what we need to assess a claim.

        Next month: household and liability words (Hausrat, Haftpflicht,
        Elementarschaden).
        """))
    return m


# ------------------------------------------------------------------ 0163
@M("CONFIDENTIAL", "en", "insurer-to-customer",
   "legal-expenses cover for contesting a speeding fine (administrative offence): name, plate, points")
def _(n):
    m = new(n, "Rechtsschutz-Service <rechtsschutz@nordbrueck.example>",
            "Priyanka Nair <priyanka.nair@inboxmail.example>",
            "Your legal expenses claim RS-2026-01290 - speeding notice",
            D("DE", 2026, 7, 15, 13, 3))
    text(m, B("""
        Dear Ms Nair,

        we confirm cover under your traffic legal expenses policy RS 4415
        0932 for your objection against the fine notice of the
        Regierungspräsidium Kassel dated 2 July 2026:

            Vehicle:    F-PN 1905
            Alleged:    31 km/h over the limit outside built-up areas,
                        A66 near Hofheim, 12 June 2026, 17:42
            Notice:     EUR 150 fine, 1 point in Flensburg

        You chose Ms Anja Reckling (Verkehrsrecht Reckling, Wiesbaden). The
        lawyer will first request access to the file, including the
        calibration records of the speed camera. If the objection fails, the
        fine itself is not covered - only the legal costs.

        Kind regards
        Legal Expenses Service
        """))
    return m


# ------------------------------------------------------------------ 0164
@M("STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
   "attachment-only: payslips for a rent guarantee show salary and church-tax denomination (religion)")
def _(n):
    m = new(n, "Sophie Marchetti <sophie.marchetti@postmail.example>",
            "kaution@nordbrueck.example",
            "Documents for the rent deposit guarantee",
            D("DE", 2026, 7, 16, 18, 20))
    text(m, B("""
        Hello,

        as requested, here are my last payslip and the employment
        confirmation for the rent deposit guarantee (application
        MKB-A-2026-02218).

        Best regards
        Sophie Marchetti
        """))
    attach(m, pdf_bytes("Verdienstabrechnung Juni 2026", [
        "Arbeitgeber: Helvion Consulting GmbH, Neue Mainzer Straße 80, 60311 Frankfurt",
        "Mitarbeiterin: Sophie Marchetti   Pers.-Nr. 20417   Eintritt 01.09.2023",
        "Geburtsdatum: 21.11.1988   Steuerklasse: IV   Konfession: rk",
        "Steuer-ID: 57 214 903 816   SV-Nummer: 65 211188 M 508",
        "",
        "## Bezüge",
        "Gehalt ............................................. 5.850,00",
        "VWL-Zuschuss ....................................... 40,00",
        "Gesamtbrutto ....................................... 5.890,00",
        "",
        "## Abzüge",
        "Lohnsteuer ......................................... 1.012,41",
        "Solidaritätszuschlag ............................... 0,00",
        "Kirchensteuer rk (9 %) ............................. 91,11",
        "KV/PV (privat, AG-Zuschuss siehe unten)",
        "RV/AV .............................................. 613,38",
        "",
        "Auszahlungsbetrag .................................. 3.487,10",
        "Überweisung an IBAN DE64 5800 8237 1373 6929 29",
    ], author="Helvion Consulting GmbH"), "application/pdf", "Gehaltsabrechnung_06-2026.pdf")
    return m


# ------------------------------------------------------------------ 0165
@M("NORMAL", "en", "system-notification", "broker-portal password expiry reminder, no data")
def _(n):
    m = new(n, "Nordbrück Broker Portal <no-reply@broker.nordbrueck.example>",
            "j.vanleeuwen@rijnpoort-assurantien.example",
            "Your password expires in 7 days",
            D("DE", 2026, 7, 17, 6, 0),
            headers=[("Auto-Submitted", "auto-generated")])
    text(m, B("""
        Dear broker portal user,

        your password will expire in 7 days. Please log in at
        https://broker.nordbrueck.example and change it under
        "My profile > Security".

        Your firm administrator can also reset your access if needed.

        This is an automatic message. Please do not reply.
        Nordbrück Versicherung AG - Broker Portal
        """))
    return m


# ------------------------------------------------------------------ 0166
@M("STRICTLY_CONFIDENTIAL", "mixed", "customer-to-insurer",
   "cross-border commuter in an employment dispute mentions his trade-union membership and union legal aid")
def _(n):
    m = new(n, "Bram Hoekstra <bram.hoekstra@ziggomail.example>",
            "rechtsschutz@nordbrueck.example",
            "Rechtsschutz Arbeitsrecht / arbeidsconflict - RS 4420 1187",
            D("NL", 2026, 7, 20, 21, 4))
    text(m, B("""
        Goedenavond / guten Abend,

        I have your legal expenses insurance RS 4420 1187 with the
        Arbeits-Rechtsschutz. I work as a welder at a company in Emmerich
        and live in Zevenaar. My employer wants to move me to the
        Schichtdienst at night and cut my allowance, I don't agree.

        I am member of IG Metall since 2019 (and before of FNV in the
        Netherlands). The union says they can give me a union lawyer for
        free, but the Betriebsrat advised me to ask you first because the
        union lawyer is very busy.

        Question: do I have to use the union lawyer first, or can I choose
        my own Anwalt and you pay? Someone told me the insurance does not pay
        when the union would pay.

        Met vriendelijke groet,
        Bram Hoekstra
        """))
    return m


# ------------------------------------------------------------------ 0167
@M("CONFIDENTIAL", "de", "insurer-to-customer",
   "deer collision under partial cover, nobody hurt: name, plate, hunting-lease confirmation, payment")
def _(n):
    m = new(n, "Kfz-Schaden <kfz.schaden@nordbrueck.example>",
            "Harriet Coles <harriet.coles@mailbox-uk.example>",
            "Wildunfall vom 04.07.2026 - F-HC 808 - Schaden KF-S-2026-04630",
            D("DE", 2026, 7, 21, 10, 12))
    text(m, B("""
        Sehr geehrte Frau Coles,

        vielen Dank für die Wildunfallbescheinigung des Jagdpächters, Herrn
        Kurt Wehner, und die Fotos. Es freut uns, dass niemand verletzt
        wurde.

        Der Zusammenstoß mit dem Reh auf der L3004 zwischen Königstein und
        Glashütten ist über Ihre Teilkasko (Vertrag KF-7735-1182) versichert.
        Die Reparatur bei Autohaus Taunusblick (Frontschürze,
        Kühlergrill, Scheinwerfer rechts) kostet laut Rechnung 3.118,40 EUR.
        Abzüglich Ihrer Selbstbeteiligung von 150 EUR zahlen wir 2.968,40 EUR
        direkt an die Werkstatt.

        Ihr Schadenfreiheitsrabatt ist von einem Teilkaskoschaden nicht
        betroffen.

        Mit freundlichen Grüßen
        Ihr Kfz-Schadenteam

        P.S. Sie hatten gefragt, ob Sie noch in Deutschland versichert sein
        können, wenn Sie nach England ziehen - bitte rufen Sie uns dazu an.
        """))
    return m


# ------------------------------------------------------------------ 0168
@M("NORMAL", "en", "internal",
   "trap: social-media post draft about student mental-health cover for approval, no person")
def _(n):
    m = new(n, "Clara Winterberg <c.winterberg@nordbrueck.example>",
            "Priya Venkataraman <p.venkataraman@nordbrueck.example>",
            "LinkedIn post for Monday - OK?",
            D("DE", 2026, 7, 22, 15, 1))
    text(m, B("""
        Hi Priya,

        could you check this before it goes out on Monday? Legal has
        already approved the wording on "no waiting period".

        ---
        Exams, a new country, a new language - and sometimes it's all too
        much. 1 in 4 international students tells us they have felt
        anxious or depressed during their first year in Germany.

        With Campus Cover, talking therapy with a licensed psychotherapist
        is covered from day one - up to 25 sessions a year, in English if
        you like. No waiting period, no extra premium.

        #StudentLife #MentalHealthMatters #StudyInGermany
        ---

        Image: the stock photo of the two students on the Mainufer.

        Thanks!
        Clara
        """))
    return m


# ------------------------------------------------------------------ 0169
@M("NORMAL", "en", "insurer-to-university",
   "trap: blank Schengen medication certificate (Art. 75) and guidance for students travelling with ADHD or pain medicines")
def _(n):
    m = new(n, "Student Desk <students@nordbrueck.example>",
            "International Office <international.office@uni-mainufer.example>",
            "Travelling with prescription medicines - blank certificate for your students",
            D("DE", 2026, 7, 23, 10, 20))
    text(m, B("""
        Dear colleagues,

        before the summer break we get many questions from students who
        take medicines containing narcotics (for example methylphenidate
        for ADHD, or strong painkillers) and want to travel home.

        For trips within the Schengen area they need the "certificate for
        carrying narcotic drugs and psychotropic substances" (Art. 75 of
        the Schengen Implementation Convention), filled in by the
        prescribing doctor and stamped by the health authority. For travel
        to other countries the rules of that country apply - usually a
        doctor's letter in English plus the original packaging.

        The blank form is available from the federal drug agency's website;
        you can link it on your pages. Please do not collect filled-in forms
        from students - they should keep them themselves.

        Best wishes
        Priya Venkataraman
        """))
    return m


# ------------------------------------------------------------------ 0170
@M("CONFIDENTIAL", "en", "insurer-to-customer",
   "travel policy confirmation (cancellation and baggage only) listing family members with birth dates")
def _(n):
    m = new(n, "Reiseversicherung <travel@nordbrueck.example>",
            "Benjamin Ashworth <ben.ashworth@fastpost.example>",
            "Your annual travel policy RV-2026-131907",
            D("DE", 2026, 7, 24, 9, 41))
    text(m, B("""
        Dear Mr Ashworth,

        thank you for choosing our annual family travel policy. Your cover:

            Policy:        RV-2026-131907, valid 01.08.2026 - 31.07.2027
            Cover:         trip cancellation and curtailment up to EUR 6,000
                           per trip, baggage up to EUR 3,000
            Insured:       Benjamin Ashworth (born 17.04.1986)
                           Charlotte Ashworth (born 02.10.1988)
                           children under 18 living in your household
            Premium:       EUR 149.00 p.a.

        Please note that travel health cover is not part of this policy.

        Kind regards
        Travel Insurance, Nordbrück Versicherung AG
        """))
    return m


# ------------------------------------------------------------------ 0171
@M("NORMAL", "de", "internal", "personnel announcement: new colleague in motor, no private details")
def _(n):
    m = new(n, "Henrik Wolff <h.wolff@nordbrueck.example>",
            "International Customer Service <ics-alle@nordbrueck.example>",
            "Personalie: Olumide Bakare verstärkt ab 1. August das Kfz-Team",
            D("DE", 2026, 7, 27, 9, 0))
    text(m, B("""
        Liebe Kolleginnen und Kollegen,

        ab 1. August verstärkt Herr Olumide Bakare unser Kfz-Team
        International. Herr Bakare kommt von einem Versicherungsmakler in
        Köln, wo er Flotten für internationale Unternehmen betreut hat. Er
        spricht Englisch und Deutsch.

        Er sitzt im 4. OG bei Tobias Reuter, der ihn einarbeitet. Bitte
        heißen Sie ihn herzlich willkommen!

        Viele Grüße
        Henrik Wolff
        Leiter International Customer Service
        """))
    return m


# ------------------------------------------------------------------ 0172
@M("STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
   "son reports visiting father's chest pain and admission; father has a cardiac stent (pre-existing)")
def _(n):
    m = new(n, "Anand Pillai <anand.pillai@inboxmail.example>",
            "travel.claims@nordbrueck.example",
            "Father admitted to hospital - Visitor Cover RV-VIS-2026-006118",
            D("DE", 2026, 7, 28, 6, 52))
    text(m, B("""
        Dear team,

        my father, Mr Gopinathan Pillai (69), is visiting us from Kochi and
        is insured with your Visitor Cover RV-VIS-2026-006118 since
        10 June.

        Last night he had chest pain and breathlessness and we called 112.
        He is at the Uniklinik Frankfurt, cardiology, since 1 a.m. The
        doctors say it is not a heart attack but they want to do a coronary
        angiography today.

        When we bought the policy online we declared that he had a stent
        put in at Amrita hospital in 2024 after a heart attack. The
        conditions say pre-existing conditions are covered for "acute and
        unexpected deterioration". Does that apply here? The hospital wants
        to know who pays before the angiography.

        Regards,
        Anand Pillai
        +49 176 5551 9027
        """))
    return m


# ------------------------------------------------------------------ 0173
@M("NORMAL", "mixed", "internal",
   "trap: bilingual cost-guarantee letter template for hospitals with «placeholders» for diagnosis and patient")
def _(n):
    m = new(n, "Aylin Demir <a.demir@nordbrueck.example>",
            "Lars Petersen <l.petersen@nordbrueck.example>",
            "Neue Vorlage KÜ-05 zweisprachig - bitte ins Textsystem",
            D("DE", 2026, 7, 29, 14, 18))
    text(m, B("""
        Hallo Lars,

        bitte die neue zweisprachige Vorlage KÜ-05 ins Textsystem übernehmen.
        Die Platzhalter entsprechen den Feldern aus dem Leistungssystem.

        ---
        Kostenübernahmeerklärung / Guarantee of payment

        Patient/in: «Vorname» «Nachname», geb./born «Geburtsdatum»
        Vertrag/policy: «Vertragsnummer», Tarif/plan «Tarif»
        Aufnahme/admission: «Aufnahmedatum», Fachabteilung/department
        «Fachabteilung»
        Diagnose laut Einweisung/diagnosis on referral: «Diagnose» («ICD»)

        Wir übernehmen die Kosten der allgemeinen Krankenhausleistungen
        sowie «Wahlleistungen» bis zu einem Betrag von «Betrag» EUR.
        We guarantee payment of general hospital services and «Wahlleistungen»
        up to EUR «Betrag».
        ---

        Danke!
        Aylin
        """))
    return m


# ------------------------------------------------------------------ 0174
@M("CONFIDENTIAL", "en", "insurer-to-customer",
   "premium refund for a cancelled travel-cancellation policy to a Nigerian bank account (NUBAN)")
def _(n):
    m = new(n, "Reiseversicherung <travel@nordbrueck.example>",
            "Oluwaseun Adebayo <seun.adebayo@naijamail.example>",
            "Refund of your premium - RV-2026-118204",
            D("DE", 2026, 7, 30, 11, 26))
    text(m, B("""
        Dear Mr Adebayo,

        as requested we have cancelled your annual trip cancellation policy
        RV-2026-118204 with effect from 31 July 2026. The unused premium of
        EUR 58.33 will be refunded by international transfer to:

            Account name:  Oluwaseun Adebayo
            Bank:          Lagoon Commercial Bank Plc
            Account no.:   2087741935
            SWIFT:         LGCBNGLA

        Your bank may charge a fee for incoming transfers in euro.

        Kind regards
        Travel Insurance, Nordbrück Versicherung AG
        """))
    return m


# ------------------------------------------------------------------ 0175
@M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
   "endowment life policy surrender payout with tax withholding to a Nigerian account; no medical word")
def _(n):
    m = new(n, "Katrin Vogel <k.vogel@nordbrueck.example>",
            "Chukwuemeka Obi <c.obi@naijamail.example>",
            "Surrender of your endowment policy LV 10-0774412",
            D("DE", 2026, 8, 3, 15, 10))
    text(m, B("""
        Dear Mr Obi,

        we have received your surrender request for your endowment policy
        LV 10-0774412 (policy start 01.05.2013). The surrender value as at
        31 July 2026 is calculated as follows:

            Surrender value incl. bonuses     EUR 24,816.30
            Taxable gain                      EUR  4,102.44
            Withholding tax and solidarity
            surcharge (26.375 %)              EUR  1,082.02
            Payment                           EUR 23,734.28

        Because you are no longer resident in Germany, you may be able to
        reclaim the withholding tax under the double taxation rules; we will
        send you the tax certificate in September.

        The payment goes to your account at Lagoon Commercial Bank Plc,
        account no. 3019928451, as stated in your request. Please confirm
        by e-mail that the account is held in your own name.

        Kind regards
        Katrin Vogel
        Life & Pensions International
        Nordbrück Lebensversicherung AG
        """))
    return m


# ------------------------------------------------------------------ 0176
@M("NORMAL", "en", "newsletter",
   "trap: student newsletter on exam stress, sleep and where to get help, no person")
def _(n):
    m = new(n, "Campus Cover <students@news.nordbrueck.example>",
            "undisclosed-recipients:;",
            "Exam season: stress, sleep and where to get help",
            D("DE", 2026, 7, 6, 7, 0),
            headers=[("Precedence", "bulk")])
    text(m, B("""
        CAMPUS COVER NEWS - JULY 2026

        Exam season is here. A few reminders:

        * Sleep beats all-nighters. Memory needs sleep.
        * Panic before an exam is common. If it stops you from going to the
          exam at all, talk to someone - your university's counselling
          centre, your GP, or a psychotherapist.
        * Talking therapy is covered by Campus Cover (up to 25 sessions a
          year after a short approval). Our Student Desk can help you find
          a therapist who speaks English.
        * In a crisis, call 112 or the 24/7 helpline 0800 111 0 111
          (free, anonymous).

        Good luck with your exams!
        Your Campus Cover team
        """))
    return m


# ------------------------------------------------------------------ 0177
@M("CONFIDENTIAL", "mixed", "customer-to-insurer",
   "windows-1252 mail: hit-and-run parking damage, police report number, plate, policy; nobody hurt")
def _(n):
    m = new(n, "Niall Fitzpatrick <niall.fitzpatrick@eirmail.example>",
            "kfz.schaden@nordbrueck.example",
            "Unfallflucht / hit and run - F-NF 77 - KF-7742-0519",
            D("DE", 2026, 8, 4, 17, 36),
            headers=[("X-Mailer", "Microsoft Outlook 16.0")])
    text(m, B("""
        Sehr geehrte Damen und Herren,

        somebody hit my parked car yesterday on the Parkplatz at the
        Hessen-Center (Borsigallee) and drove away. Die ganze Fahrerseite
        ist zerkratzt, the mirror is broken. Nobody was in the car.

        Polizeiliche Anzeige: Polizeirevier Bergen-Enkheim,
        Vorgangsnummer 0417-2026-0087743 - no witnesses so far.

        Car: Ford Kuga, F-NF 77, Vollkasko under KF-7742-0519.
        The garage (Ford Weiß, Hanauer Landstraße) estimates ca. 2.400 €.

        Does this count against my Schadenfreiheitsklasse? If yes I might
        pay it myself.

        Regards / Grüße
        Niall Fitzpatrick
        """), charset="windows-1252", cte="quoted-printable")
    return m


# ------------------------------------------------------------------ 0178
@M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
   "reply to a widow: repatriation of remains, death certificate, inquest; her first mail is quoted")
def _(n):
    m = new(n, "Katrin Vogel <k.vogel@nordbrueck.example>",
            "Siobhan Mahony <siobhan.mahony@eirmail.example>",
            "RE: My husband Eoin Mahony - policy LV 20-4490217",
            D("DE", 2026, 5, 8, 10, 12),
            irt=mid(102, "eirmail.example"))
    text(m, B("""
        Dear Mrs Mahony,

        I am so sorry for the loss of your husband, and I hope that you and
        your daughter recover well.

        You have written to the right address. Your husband's group life
        policy LV 20-4490217 through his employer, Brightwell Projects GmbH,
        names you as beneficiary. You do not need to do anything urgently.
        When you are ready, we need:

        - the death certificate (an interim certificate during the inquest
          is enough for us to start)
        - a copy of your passport
        - your bank details

        About bringing Eoin home: his Global Health Plus plan includes the
        repatriation of mortal remains. Our assistance partner Meridian in
        Dublin can arrange everything with a funeral director in Cork and
        in Bad Homburg. Please call them on +353 1 555 0190 and quote case
        number MA-26-17741, which I opened this morning. If you decide on
        a burial in Ireland, the plan pays the equivalent costs instead.

        With my sincere condolences,
        Katrin Vogel
        Life & Pensions International

        On 07/05/2026 23:55, Siobhan Mahony wrote:
        > My husband Eoin Mahony died on 2 May in a car accident on the N25
        > near Youghal [...] I also don't know whether his body can be taken
        > back to Germany or whether we should bury him here
        """))
    return m


# ------------------------------------------------------------------ 0179
@M("NORMAL", "en", "partner-to-insurer", "Dublin office confirms delivery of brochures, organisational")
def _(n):
    m = new(n, "Aisling Brady <aisling.brady@nordbrueck-ie.example>",
            "Sean Gallagher <s.gallagher@nordbrueck.example>",
            "Brochures arrived",
            D("IE", 2026, 8, 5, 12, 3))
    text(m, B("""
        Hi Sean,

        the 4 boxes of brochures for the autumn roadshow arrived this
        morning - all in one piece this time. Cork (2 Sept) and Galway
        (9 Sept) venues are confirmed too.

        Talk soon,
        Aisling
        """))
    return m


# ------------------------------------------------------------------ 0180
@M("CONFIDENTIAL", "de", "internal",
   "attachment-only: dunning list (CSV) of household/liability customers in arrears with names and amounts")
def _(n):
    m = new(n, "Forderungsmanagement <forderungen@nordbrueck.example>",
            "Kundenservice International <service@nordbrueck.example>",
            "Mahnliste Sach/HUK International KW 32",
            D("DE", 2026, 8, 6, 7, 15),
            headers=[("Auto-Submitted", "auto-generated")])
    text(m, B("""
        Automatisch erzeugte Mahnliste, Sparten Hausrat/Haftpflicht/Glas,
        Kundenkreis International. Bitte Kunden mit Sprachkennzeichen EN vor
        der zweiten Mahnung anrufen.

        Forderungsmanagement
        """))
    attach(m, csv_bytes([
        ["Vertrag", "Name", "Sprache", "Rückstand_EUR", "Mahnstufe", "Grund"],
        ["HR 6620 1184", "Okonkwo-Hale, Richard", "EN", "42,84", "2", "Rücklastschrift Konto erloschen"],
        ["PH 3308 5521", "Fairbanks, Isabel", "EN", "71,40", "1", "keine Zahlung"],
        ["HR 5527 3390", "Brennan-Kraft, Lucy", "EN", "18,10", "1", "Teilzahlung"],
        ["GL 3301 2240", "Ozturk, Emre", "DE", "39,00", "3", "keine Zahlung"],
    ]), "text/csv", "mahnliste_KW32.csv")
    return m


# ------------------------------------------------------------------ 0181
@M("STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
   "body says only 'receipts in the zip'; the ZIP holds a Thai hospital invoice PDF and a pharmacy list")
def _(n):
    m = new(n, "Megan Holloway <megan.holloway@mailbox-uk.example>",
            "expat.health@nordbrueck.example",
            "Claim - Thailand trip",
            D("DE", 2026, 8, 10, 20, 14))
    text(m, B("""
        Hi,

        all receipts from my holiday are in the zip. Policy KV-INT 4471 3015.
        Please pay to my usual account.

        Thanks!
        Megan
        """))
    pdf = pdf_bytes("Samui Bay International Hospital - Receipt", [
        "Patient: Ms Megan Holloway   HN: 26-118824   Nationality: British",
        "Admission: 29/07/2026 23:40   Discharge: 31/07/2026 11:00",
        "Attending physician: Dr. Kittipong S.",
        "",
        "Diagnosis: Acute gastroenteritis with dehydration; type 1 diabetes mellitus",
        "with ketosis (no acidosis)",
        "",
        "Room and board (2 nights) ........................ THB 9,000",
        "IV fluids, insulin infusion, monitoring ......... THB 14,850",
        "Laboratory (blood gas, ketones, electrolytes) .... THB 6,320",
        "Physician fee .................................... THB 5,500",
        "Total paid by credit card ........................ THB 35,670",
    ], author="Samui Bay International Hospital")
    pharm = B("""
        Pharmacy receipts (scanned separately, totals):
        01/08/2026  Boots Chaweng   ondansetron 4 mg, oral rehydration salts   THB 640
        02/08/2026  Boots Chaweng   insulin pen needles 4 mm x 100             THB 1,150
        """)
    attach(m, zip_bytes([("hospital_receipt_Samui.pdf", pdf),
                         ("pharmacy_receipts.txt", pharm)]),
           "application/zip", "receipts_thailand.zip")
    return m


# ------------------------------------------------------------------ 0182
@M("NORMAL", "en", "internal", "printer out of toner, organisational")
def _(n):
    m = new(n, "Priya Venkataraman <p.venkataraman@nordbrueck.example>",
            "4. OG Westhafen <og4-westhafen@nordbrueck.example>",
            "Printer 4.12 - toner",
            D("DE", 2026, 8, 11, 9, 48))
    text(m, B("""
        FYI the printer next to the kitchen (4.12) is out of black toner. I've
        opened a ticket; until then please use 4.03 near the stairs.
        Priya
        """))
    return m


# ------------------------------------------------------------------ 0183
@M("CONFIDENTIAL", "en", "internal",
   "bank data and policy only in the subject; the body just says 'done'")
def _(n):
    m = new(n, "Beitragsservice <beitragsservice@nordbrueck.example>",
            "Kundenservice International <service@nordbrueck.example>",
            "Whitaker HR 5521 7740 - mandate changed to corrected IBAN DE93 7955 7004 9912 3367 61",
            D("DE", 2026, 8, 11, 14, 2))
    text(m, B("""
        done - customer confirmed the typo by phone, new mandate active from
        the August debit.
        """))
    return m


# ------------------------------------------------------------------ 0184
@M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
   "FATCA/CRS self-certification request for a US citizen's life policy; no medical word")
def _(n):
    m = new(n, "Life & Pensions International <life.international@nordbrueck.example>",
            "Jordan Whitaker-Reyes <jordan.wr@webmail-us.example>",
            "Tax self-certification needed for your policy LV 30-2290175",
            D("DE", 2026, 8, 12, 10, 30))
    text(m, B("""
        Dear Mr Whitaker-Reyes,

        as a life insurer we are required under the FATCA agreement between
        Germany and the United States and under the Common Reporting
        Standard to identify customers who are tax resident in the US or
        other countries.

        You told us that you are a US citizen. For your term life and
        savings policy LV 30-2290175 (sum assured EUR 350,000, policy value
        EUR 8,214.60) we therefore need:

        - the completed self-certification form (attached to the letter in
          your portal mailbox)
        - your US taxpayer identification number (SSN)
        - your German tax ID

        Please send it by 15 September. If we do not receive it, we must
        report the policy to the Federal Central Tax Office as an
        undocumented US account.

        Kind regards
        Life & Pensions International
        Nordbrück Lebensversicherung AG
        """))
    return m


# ------------------------------------------------------------------ 0185
@M("NORMAL", "en", "broker-to-insurer", "broker's summer office-closure note, organisational")
def _(n):
    m = new(n, "Harrowgate Risk Partners <info@harrowgate-risk.example>",
            "brokers.international@nordbrueck.example",
            "Office closure 31 August (Summer Bank Holiday)",
            D("UK", 2026, 8, 14, 16, 0))
    text(m, B("""
        Dear partners,

        please note that our offices in Leeds and Manchester will be closed
        on Monday 31 August for the Summer Bank Holiday and on Friday
        28 August from 13:00 for our team day. Urgent claims matters can be
        sent to claims@harrowgate-risk.example, which is monitored.

        Kind regards
        Harrowgate Risk Partners Ltd
        """))
    return m


# ------------------------------------------------------------------ 0186
@M("CONFIDENTIAL", "mixed", "insurer-to-customer",
   "multipart/alternative policy overview with an HTML table: insured address, sums insured, premiums, masked IBAN")
def _(n):
    m = new(n, "Kundenservice <service@nordbrueck.example>",
            "Lucy Brennan-Kraft <lucy.bk@postmail.example>",
            "Ihre Verträge im Überblick / your policies at a glance",
            D("DE", 2026, 8, 17, 10, 0))
    text(m, B("""
        Liebe Frau Brennan-Kraft, dear Ms Brennan-Kraft,

        here is the overview you asked for:

        Vertrag       Sparte              Versicherungsort        VS / Deckung     Beitrag p.a.
        HR 5527 3390  Hausrat             Rotlintstraße 52,       45.000 EUR       118,60 EUR
                                          60389 Frankfurt
        PH 3309 1140  Privathaftpflicht   -                       20 Mio. EUR       71,40 EUR
        GL 3309 1141  Glas                Rotlintstraße 52        unbegrenzt        38,20 EUR

        Lastschrift von IBAN DE55 **** **** **** **39 (Lucy Brennan-Kraft)

        Viele Grüße / kind regards
        Kundenservice International
        """))
    html_alt(m, B("""
        <html><body style="font-family:Arial,sans-serif;font-size:13px">
        <p>Liebe Frau Brennan-Kraft, dear Ms Brennan-Kraft,</p>
        <p>here is the overview you asked for:</p>
        <table border="1" cellpadding="4" cellspacing="0">
        <tr><th>Vertrag</th><th>Sparte</th><th>Versicherungsort</th><th>VS / Deckung</th><th>Beitrag p.a.</th></tr>
        <tr><td>HR 5527 3390</td><td>Hausrat</td><td>Rotlintstraße 52, 60389 Frankfurt</td><td>45.000 EUR</td><td>118,60 EUR</td></tr>
        <tr><td>PH 3309 1140</td><td>Privathaftpflicht</td><td>-</td><td>20 Mio. EUR</td><td>71,40 EUR</td></tr>
        <tr><td>GL 3309 1141</td><td>Glas</td><td>Rotlintstraße 52</td><td>unbegrenzt</td><td>38,20 EUR</td></tr>
        </table>
        <p>Lastschrift von IBAN DE55 **** **** **** **39 (Lucy Brennan-Kraft)</p>
        <p>Viele Grüße / kind regards<br>Kundenservice International</p>
        </body></html>
        """))
    return m


# ------------------------------------------------------------------ 0187
@M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "hospital daily cash paid for a named customer's stay (dates, department); no diagnosis")
def _(n):
    m = new(n, "Leistung Kranken International <leistung.kranken@nordbrueck.example>",
            "Graham Whitley <graham.whitley@postmail.example>",
            "Krankenhaustagegeld für Ihren Aufenthalt vom 02.03. bis 11.03.2026",
            D("DE", 2026, 8, 18, 9, 14))
    text(m, B("""
        Sehr geehrter Herr Whitley,

        für Ihren stationären Aufenthalt in der Orthopädischen Klinik Taunus
        vom 02.03. bis 11.03.2026 zahlen wir aus Ihrem Zusatztarif
        Krankenhaustagegeld KHT 50:

            10 Tage x 50,00 EUR = 500,00 EUR

        Zusätzlich erhalten Sie die Pauschale für die anschließende
        Anschlussheilbehandlung in der Reha-Klinik Bad Soden (12.03. -
        01.04.2026) in Höhe von 25,00 EUR täglich = 525,00 EUR.

        Gesamtbetrag 1.025,00 EUR, Überweisung in den nächsten Tagen.

        (English summary: we pay EUR 1,025 hospital cash for your hospital
        and rehab stay.)

        Mit freundlichen Grüßen
        Leistung Kranken International
        """))
    return m


# ------------------------------------------------------------------ 0188
@M("NORMAL", "en", "supplier-to-insurer", "hotel booking confirmation for a staff member's business trip")
def _(n):
    m = new(n, "Reservations <reservations@merrion-lodge-hotel.example>",
            "Sean Gallagher <s.gallagher@nordbrueck.example>",
            "Booking confirmation 88120-B - 1 September 2026",
            D("IE", 2026, 8, 19, 11, 22))
    text(m, B("""
        Dear Mr Gallagher,

        thank you for booking with Merrion Lodge Hotel, Cork.

            Confirmation:  88120-B
            Arrival:       Tuesday 1 September 2026
            Departure:     Wednesday 2 September 2026
            Room:          Standard double, breakfast included
            Rate:          EUR 189.00, company rate Nordbrück
            Billing:       invoice to Nordbrück Versicherung AG

        Check-in from 15:00. Free cancellation until 48 hours before arrival.

        We look forward to welcoming you.
        Merrion Lodge Hotel, 4 South Mall, Cork
        """))
    return m


# ------------------------------------------------------------------ 0189
@M("CONFIDENTIAL", "en", "broker-to-insurer",
   "long thread: broker chases a water-damage claim; names, address, policy, amounts in nested quotes")
def _(n):
    m = new(n, "Cathal Moynihan <cathal@moynihan-financial.example>",
            "hausrat.schaden@nordbrueck.example",
            "RE: RE: RE: Wasserschaden!! washing machine - HR 5527 3390",
            D("IE", 2026, 8, 20, 9, 5),
            irt=mid(n, "nordbrueck.example", 2),
            refs=" ".join([mid(70, "postmail.example"),
                           mid(n, "nordbrueck.example", 1),
                           mid(n, "moynihan-financial.example", 1),
                           mid(n, "nordbrueck.example", 2)]))
    text(m, B("""
        Hello again,

        sorry to chase, but it's now four months. Ms Brennan-Kraft (my
        client since her move - she asked me to take this over) has still
        not received the payment for her own floor, and the neighbours'
        insurer is now writing to her directly. Can you please tell me
        where this stands?

        Cathal

        > From: Hausrat-Schaden <hausrat.schaden@nordbrueck.example>
        > Sent: 14 July 2026 11:20
        > Subject: RE: RE: Wasserschaden!! washing machine - HR 5527 3390
        >
        > Dear Mr Moynihan,
        > the drying company's report is in. We will settle EUR 3,240 for
        > the laminate floor in the flat Rotlintstraße 52 and deal with the
        > neighbour's ceiling (Familie Albrecht) under the liability cover
        > directly with their building insurer.
        >
        >> From: Cathal Moynihan
        >> Sent: 30 June 2026 16:02
        >> Subject: RE: Wasserschaden!! washing machine - HR 5527 3390
        >>
        >> Hi, I'm now acting for Lucy Brennan-Kraft (authority attached).
        >> What's the status of the claim from 2 April?
        >>
        >>> From: Lucy Brennan-Kraft
        >>> Sent: 3 April 2026 07:51
        >>> Subject: Wasserschaden!! washing machine - HR 5527 3390
        >>>
        >>> Last night the hose of our washing machine came off [...]
        >>> Our address: Rotlintstraße 52, 2. OG rechts, 60389 Frankfurt.
        """))
    return m


# ------------------------------------------------------------------ 0190
@M("STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
   "customer copies the insurer on his ombudsman complaint about a knee MRI rejected as pre-existing")
def _(n):
    m = new(n, "Declan Byrne <declan.byrne@eirmail.example>",
            "Ombudsstelle PKV <beschwerde@pkv-ombudsstelle.example>",
            "Complaint against Nordbrück Krankenversicherung AG - KV-INT 4471 1630",
            D("DE", 2026, 8, 21, 22, 40),
            cc="beschwerde@nordbrueck.example")
    text(m, B("""
        Dear Ombudsman,

        I would like to complain about my health insurer, Nordbrück
        Krankenversicherung AG (policy KV-INT 4471 1630, Global Health
        Plus, since 01/2024).

        In May I injured my right knee playing Gaelic football in
        Frankfurt. The orthopaedist ordered an MRI, which showed a tear of
        the medial meniscus. Nordbrück refused to pay the MRI (EUR 612) and
        the planned arthroscopy because I "had knee problems before the
        start of cover". This refers to a physiotherapy course in Dublin in
        2021 for patellar tendinitis in the same knee - a different problem
        that was fully healed, which I did mention in my application.

        I enclose their letter of 3 August, the MRI report and the
        physiotherapy discharge letter from 2021. I ask you to review the
        decision.

        Yours faithfully,
        Declan Byrne
        Habsburgerallee 22, 60385 Frankfurt
        """))
    return m


# ------------------------------------------------------------------ 0191
@M("NORMAL", "de", "internal", "lost-and-found notice (keys), organisational")
def _(n):
    m = new(n, "Empfang Westhafen <empfang@nordbrueck.example>",
            "Alle Mitarbeitenden Westhafen <standort-westhafen@nordbrueck.example>",
            "Fundsache: Schlüsselbund mit rotem Anhänger",
            D("DE", 2026, 8, 24, 8, 20))
    text(m, B("""
        Guten Morgen,

        im Besprechungsraum "Dublin" (3. OG) wurde am Freitag ein
        Schlüsselbund mit rotem Anhänger ("Eintracht") und einem
        Fahrradschlüssel gefunden. Abzuholen am Empfang im EG.

        Ihr Empfangsteam
        """))
    return m


# ------------------------------------------------------------------ 0192
@M("CONFIDENTIAL", "en", "insurer-to-customer",
   "attachment-only: ODS annual overview of a customer's motor/household policies with premiums and IBAN")
def _(n):
    m = new(n, "Nordbrück Documents <documents@nordbrueck.example>",
            "Isabel Fairbanks <isabel.fairbanks@webmail-us.example>",
            "Your annual overview 2026",
            D("DE", 2026, 8, 25, 5, 30),
            headers=[("Auto-Submitted", "auto-generated")])
    text(m, B("""
        Dear customer,

        as requested, your annual overview is attached as a spreadsheet
        (OpenDocument format).

        Nordbrück Versicherung AG
        """))
    attach(m, ods_bytes([
        ("Overview 2026", [
            ["Customer", "Isabel Fairbanks", "Wolfsgangstraße 64, 60322 Frankfurt am Main", "", ""],
            ["Policy", "Line", "Insured", "Annual premium EUR", "Paid"],
            ["PH 3308 5521", "Personal liability", "Isabel Fairbanks", 71.40, "yes"],
            ["GL 3308 5522", "Glass", "Wolfsgangstraße 64", 38.20, "yes"],
            ["KF-7745-2290", "Motor (F-IF 640)", "Tesla Model 3, SF 3", 803.10, "yes"],
            ["Direct debit", "IBAN DE17 5416 3568 5660 5759 29", "", "", ""],
            ["Claims 2026", "GL-S-2026-00512 shower screen", "paid EUR 790.00", "", ""],
        ]),
    ]), "application/vnd.oasis.opendocument.spreadsheet", "Annual_overview_2026.ods")
    return m


# ------------------------------------------------------------------ 0193
@M("STRICTLY_CONFIDENTIAL", "en", "employer-to-insurer",
   "HR requests transfer of a leaving expat's company pension direct insurance with tax ID and social security number")
def _(n):
    m = new(n, "Ananya Iyer <ananya.iyer@veltrix-tech.example>",
            "bav.international@nordbrueck.example",
            "Leaver - direct insurance of Ms Sneha Kulkarni",
            D("IN", 2026, 8, 26, 13, 50))
    text(m, B("""
        Dear Ms Vogel,

        Ms Sneha Kulkarni (emp. no. VT-DE-0316) leaves Veltrix Technologies
        GmbH on 30 September 2026 and joins Helvion Consulting GmbH in
        Frankfurt. She wants to take her direct insurance with her
        (contract BAV 50-0118302 under our group contract GV-BAV-2023-07).

        Her details for the transfer:
            Date of birth:               05.09.1995
            Tax ID:                      81 442 907 153
            Social security number:      53 050995 K 004
            Contributions since 04/2026: EUR 150/month salary conversion
                                         + EUR 22.50 employer subsidy

        Please send the transfer documents to her new employer's HR
        (hr@helvion.example) and confirm to us when the contract has been
        taken over.

        Regards,
        Ananya Iyer
        """))
    return m


# ------------------------------------------------------------------ 0194
@M("NORMAL", "en", "customer-to-insurer", "unsubscribe request for the newsletter, only an e-mail address")
def _(n):
    m = new(n, "kev.o@fastpost.example", "newsletter@news.nordbrueck.example",
            "unsubscribe",
            D("UK", 2026, 8, 27, 7, 12))
    text(m, B("""
        please take me off the newsletter, the link at the bottom doesn't
        work on my phone. thanks
        """))
    return m


# ------------------------------------------------------------------ 0195
@M("CONFIDENTIAL", "en", "insurer-to-customer",
   "liability claim: customer's child scratched a neighbour's car with a bike, nobody hurt; names and amounts")
def _(n):
    m = new(n, "Haftpflicht-Schaden <haftpflicht.schaden@nordbrueck.example>",
            "Laura Pennington <laura.pennington@webmail-us.example>",
            "Claim PH-S-2026-01377 - scratch on Mr Grünewald's car",
            D("DE", 2026, 8, 28, 14, 44))
    text(m, B("""
        Dear Ms Pennington,

        we have looked at the incident of 15 August in the courtyard of
        Falkstraße 40: your daughter Ava (9) lost control of her bike and
        scratched the rear door of the car of your neighbour, Mr Jürgen
        Grünewald (F-JG 4410). Nobody was hurt.

        Children under 10 are not liable for damage in road traffic, but
        this happened in a private courtyard, where the general rules apply.
        Your personal liability policy PH 3315 6630 covers damage caused by
        your children, and we will pay the paintwork repair of EUR 418.90
        directly to Mr Grünewald as a goodwill settlement without admitting
        liability.

        Kind regards
        Liability Claims
        """))
    return m


# ------------------------------------------------------------------ 0196
@M("NORMAL", "en", "internal", "clean-desk reminder before the audit, organisational")
def _(n):
    m = new(n, "Julia Hartmann <j.hartmann@nordbrueck.example>",
            "Intl Desk Team <intl-desk-team@nordbrueck.example>",
            "Clean desk - audit next week",
            D("DE", 2026, 9, 1, 8, 15))
    text(m, B("""
        Hi all,

        the internal audit visits our floor from 8 September. Please:

        - no paper with customer data left on desks overnight
        - lock your screen when you leave your desk (Win + L)
        - empty the printer trays
        - shared drive "Intl_Desk_Temp" will be wiped on Friday 4 September
          - move anything you still need to the case system

        Thanks!
        Julia
        """))
    return m


# ------------------------------------------------------------------ 0197
@M("NORMAL", "en", "internal", "all-hands meeting invitation (ICS), organisational")
def _(n):
    m = new(n, "Henrik Wolff <h.wolff@nordbrueck.example>",
            "International Customer Service <ics-alle@nordbrueck.example>",
            "Invitation: ICS all-hands Q3 - 17 September",
            D("DE", 2026, 9, 2, 11, 0))
    text(m, B("""
        Dear all,

        our Q3 all-hands takes place on 17 September, 15:00-16:30, in the
        canteen and on Teams. Agenda: results H1, the new English letters,
        plans for the India desk in 2027, Q&A.

        Snacks afterwards.
        Henrik
        """))
    attach(m, ics_bytes("""
        BEGIN:VCALENDAR
        VERSION:2.0
        PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
        METHOD:REQUEST
        BEGIN:VEVENT
        UID:d50-0197-allhands@nordbrueck.example
        DTSTAMP:20260902T090000Z
        DTSTART;TZID=Europe/Berlin:20260917T150000
        DTEND;TZID=Europe/Berlin:20260917T163000
        SUMMARY:ICS all-hands Q3
        LOCATION:Kantine EG / Teams
        ORGANIZER;CN=Henrik Wolff:mailto:h.wolff@nordbrueck.example
        END:VEVENT
        END:VCALENDAR
        """), "text/calendar", "allhands_Q3.ics")
    return m


# ------------------------------------------------------------------ 0198
@M("CONFIDENTIAL", "de", "insurer-to-customer",
   "motor policy ends after sale of the car: buyer's name, plate, VIN, refund")
def _(n):
    m = new(n, "Kfz-Service International <motor.international@nordbrueck.example>",
            "Fiona Brennan <fiona.brennan@postmail.example>",
            "Fahrzeugverkauf F-FB 318 - Vertrag KF-7730-2291 beendet",
            D("DE", 2026, 9, 3, 13, 48))
    text(m, B("""
        Sehr geehrte Frau Brennan,

        vielen Dank für die Kopie des Kaufvertrags. Sie haben Ihren MINI
        Cooper S (F-FB 318, FIN WMW52DH0X02T81736) am 28.08.2026 an Herrn
        Mathis Lorenz, Offenbach, verkauft. Der Käufer hat das Fahrzeug am
        01.09.2026 auf sich umgemeldet.

        Ihr Vertrag KF-7730-2291 endet damit zum 01.09.2026. Den zu viel
        gezahlten Beitrag von 214,66 EUR erstatten wir auf Ihr Konto.
        Ihren Schadenfreiheitsrabatt (SF 7) heben wir sieben Jahre für Sie
        auf, falls Sie wieder ein Auto versichern möchten.

        Mit freundlichen Grüßen
        Kfz-Service International
        """))
    return m


# ------------------------------------------------------------------ 0199
@M("NORMAL", "en", "broker-to-insurer", "broker confirms attendance at the Cork roadshow, organisational")
def _(n):
    m = new(n, "Cathal Moynihan <cathal@moynihan-financial.example>",
            "Aisling Brady <aisling.brady@nordbrueck-ie.example>",
            "Cork roadshow 2 Sept - count me in",
            D("IE", 2026, 8, 21, 17, 3),
            cc="Sean Gallagher <s.gallagher@nordbrueck.example>")
    text(m, B("""
        Hi Aisling,

        count me and my colleague Orla in for Cork on the 2nd. We'll bring
        the questions our clients keep asking about German car insurance -
        Sean, be prepared :)

        Cathal
        """))
    return m


# ------------------------------------------------------------------ 0200
@M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
   "answer to the PrEP question: medicine and regular HIV/STI tests covered; student's question quoted")
def _(n):
    m = new(n, "Student Desk <students@nordbrueck.example>",
            "jonah.e@stud.uni-mainufer.example",
            "RE: is PrEP covered?",
            D("DE", 2026, 5, 28, 9, 37),
            irt=mid(118, "stud.uni-mainufer.example"))
    text(m, B("""
        Dear Jonah,

        yes - Campus Cover pays for PrEP when it is prescribed by a doctor,
        including the generic tablets and the accompanying tests every three
        months (HIV, syphilis and other STI tests, kidney function). Please
        submit the pharmacy receipts with the prescription, and the lab
        invoices, through the app.

        As you asked, we have set your correspondence preference to e-mail
        only. No letters will be sent to your postal address.

        Kind regards
        Student Desk

        > I'm on the Campus Cover plan (KV-STU 0882 0913, Jonah Ellison). My
        > doctor in Frankfurt suggested I start PrEP (the HIV prevention
        > pill) and do the regular tests every 3 months
        """))
    return m


# ===================================================================
# build and check
# ===================================================================

EXPECTED = {"NORMAL": 80, "CONFIDENTIAL": 60, "STRICTLY_CONFIDENTIAL": 60}


def build():
    random.seed(SEED)
    files = {}
    rows = ["file\tlabel\tlang\tkind\treason"]
    for i, (label, lang, kind, reason, fn) in enumerate(MAILS, 1):
        name = f"d{NN}-{i:04d}.eml"
        msg = fn(i)
        set_boundaries(msg, i)
        files[name] = msg.as_bytes(policy=SMTP)
        rows.append("\t".join([name, label, lang, kind, reason]))
    labels = ("\n".join(rows) + "\n").encode("utf-8")
    return files, labels


def write(files, labels):
    mdir = os.path.join(HERE, "mails")
    os.makedirs(mdir, exist_ok=True)
    for old in os.listdir(mdir):
        if old.endswith(".eml") and old not in files:
            os.remove(os.path.join(mdir, old))
    for name, data in files.items():
        with open(os.path.join(mdir, name), "wb") as f:
            f.write(data)
    with open(os.path.join(HERE, "labels.tsv"), "wb") as f:
        f.write(labels)


def _open_attachment(name, data, ctype, where, errors):
    """Open one attachment with the library for its format."""
    low = name.lower()
    try:
        if low.endswith(".pdf"):
            from pypdf import PdfReader
            r = PdfReader(io.BytesIO(data))
            txt = "".join(p.extract_text() or "" for p in r.pages)
            if not txt.strip():
                errors.append(f"{where}: {name}: PDF without text layer")
        elif low.endswith(".xlsx"):
            from openpyxl import load_workbook
            wb = load_workbook(io.BytesIO(data))
            if not any(ws.max_row for ws in wb.worksheets):
                errors.append(f"{where}: {name}: empty workbook")
        elif low.endswith(".docx"):
            import docx
            d = docx.Document(io.BytesIO(data))
            if not any(p.text.strip() for p in d.paragraphs):
                errors.append(f"{where}: {name}: empty document")
        elif low.endswith(".odt") or low.endswith(".ods"):
            from odf.opendocument import load
            from odf import teletype
            from odf.text import P
            doc = load(io.BytesIO(data))
            if not any(teletype.extractText(p).strip()
                       for p in doc.getElementsByType(P)):
                errors.append(f"{where}: {name}: empty ODF document")
        elif low.endswith(".ics"):
            from icalendar import Calendar
            cal = Calendar.from_ical(data)
            if not list(cal.walk("VEVENT")):
                errors.append(f"{where}: {name}: no VEVENT")
        elif low.endswith(".zip"):
            z = zipfile.ZipFile(io.BytesIO(data))
            bad = z.testzip()
            if bad:
                errors.append(f"{where}: {name}: bad member {bad}")
            for info in z.infolist():
                _open_attachment(info.filename, z.read(info.filename), "",
                                 f"{where}/{name}", errors)
        elif low.endswith(".csv"):
            for enc in ("utf-8", "cp1252"):
                try:
                    s = data.decode(enc)
                    break
                except UnicodeDecodeError:
                    s = None
            if s is None:
                errors.append(f"{where}: {name}: CSV does not decode")
            else:
                rows = list(csv.reader(io.StringIO(s), delimiter=";"))
                if len(rows) < 2:
                    rows = list(csv.reader(io.StringIO(s), delimiter=","))
                if len(rows) < 2:
                    errors.append(f"{where}: {name}: CSV has no rows")
        elif low.endswith(".eml"):
            import email
            from email import policy
            inner = email.message_from_bytes(data, policy=policy.default)
            for p in inner.walk():
                if p.defects:
                    errors.append(f"{where}: {name}: defects {p.defects}")
        elif low.endswith((".txt", ".log")):
            data.decode("utf-8")
        else:
            errors.append(f"{where}: {name}: unknown attachment type")
    except Exception as e:  # noqa: BLE001 - report every failure
        errors.append(f"{where}: {name}: cannot open ({e!r})")


def validate(files, labels):
    import email
    from email import policy
    from email.utils import parsedate_to_datetime
    errors = []
    ids = {}
    for name, data in sorted(files.items()):
        if re.search(rb"(?<!\r)\n", data) or re.search(rb"\r(?!\n)", data):
            errors.append(f"{name}: bare LF or CR")
        for ln in data.split(b"\r\n"):
            if len(ln) > 998:
                errors.append(f"{name}: line over 998 octets")
                break
        msg = email.message_from_bytes(data, policy=policy.default)
        for part in msg.walk():
            if part.defects:
                errors.append(f"{name}: MIME defects {part.defects}")
        m_id = msg["Message-ID"]
        if not m_id:
            errors.append(f"{name}: no Message-ID")
        elif m_id in ids:
            errors.append(f"{name}: Message-ID also in {ids[m_id]}")
        else:
            ids[m_id] = name
        dt = parsedate_to_datetime(msg["Date"])
        if dt.year != 2026:
            errors.append(f"{name}: date not in 2026")
        frm = str(msg["From"])
        if re.search(r"@([\w-]+\.)*nordbrueck\.example", frm):
            want = dt.astimezone(TZ["DE"]).utcoffset()
            if dt.utcoffset() != want:
                errors.append(f"{name}: insurer mail with wrong CET/CEST offset")
        for part in msg.walk():
            ctype = part.get_content_type()
            if part.get_content_maintype() == "multipart":
                continue
            if ctype == "message/rfc822":
                continue
            fname = part.get_filename()
            if part.get_content_maintype() == "text" and not fname:
                raw = part.get_payload(decode=True)
                cs = part.get_content_charset() or "us-ascii"
                try:
                    raw.decode(cs)
                except (UnicodeDecodeError, LookupError) as e:
                    errors.append(f"{name}: text part does not decode ({e})")
                continue
            if fname:
                raw = part.get_payload(decode=True)
                if part.get_content_maintype() == "text":
                    cs = part.get_content_charset() or "us-ascii"
                    try:
                        raw.decode(cs)
                    except (UnicodeDecodeError, LookupError) as e:
                        errors.append(f"{name}: {fname} does not decode ({e})")
                _open_attachment(fname, raw, ctype, name, errors)
    # labels
    lines = labels.decode("utf-8").split("\n")
    if lines[0] != "file\tlabel\tlang\tkind\treason":
        errors.append("labels.tsv: bad header")
    rows = [ln.split("\t") for ln in lines[1:] if ln]
    count = {}
    for r in rows:
        if len(r) != 5 or not all(r):
            errors.append(f"labels.tsv: bad row {r}")
            continue
        count[r[1]] = count.get(r[1], 0) + 1
        if r[0] not in files:
            errors.append(f"labels.tsv: {r[0]} has no mail")
    if len(rows) != 200 or len(files) != 200:
        errors.append(f"expected 200 mails, have {len(files)} / {len(rows)} rows")
    if count != EXPECTED:
        errors.append(f"label counts {count} != {EXPECTED}")
    return errors, count


def main():
    if "--check" in sys.argv:
        f1, l1 = build()
        f2, l2 = build()
        errors = []
        if f1 != f2 or l1 != l2:
            errors.append("two builds differ")
        mdir = os.path.join(HERE, "mails")
        on_disk = {}
        if os.path.isdir(mdir):
            for fn in os.listdir(mdir):
                if fn.endswith(".eml"):
                    with open(os.path.join(mdir, fn), "rb") as f:
                        on_disk[fn] = f.read()
        if on_disk != f1:
            diff = sorted(set(on_disk) ^ set(f1)) + sorted(
                k for k in set(on_disk) & set(f1) if on_disk[k] != f1[k])
            errors.append(f"mails/ differs from a fresh build: {diff[:10]}")
        lpath = os.path.join(HERE, "labels.tsv")
        if not os.path.exists(lpath) or open(lpath, "rb").read() != l1:
            errors.append("labels.tsv differs from a fresh build")
        errs, count = validate(f1, l1)
        errors += errs
        for e in errors:
            print("ERROR", e)
        print(f"{len(f1)} mails, {count}")
        print("check OK" if not errors else f"check FAILED ({len(errors)})")
        sys.exit(1 if errors else 0)
    files, labels = build()
    write(files, labels)
    print(f"wrote {len(files)} mails to {os.path.join(HERE, 'mails')}")


if __name__ == "__main__":
    main()
