#!/usr/bin/env python3
"""Deterministic generator for the Siegel corpus dev37 (prefix d37).

Fictitious shared inbox of the insurance broker firm
"Hanseatisches Maklerkontor Fehrs & Oltmanns GmbH", Lübeck
(domain fehrs-oltmanns.example). Every mail is written out by hand in the
MAILS section below. Run:  python make_corpus.py   /   python make_corpus.py --check
"""
import csv
import datetime as dt
import io
import os
import random
import re
import sys
import zipfile
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "d37"
RNG = random.Random(37)
FIXED_ZIP_TIME = (2026, 1, 2, 8, 0, 0)
MAILS = []        # (n, label, lang, kind, reason, builder)
DOM = "fehrs-oltmanns.example"

# ---------------------------------------------------------------- staff ---
JF = "Jens Fehrs <jens.fehrs@fehrs-oltmanns.example>"
BO = "Birte Oltmanns <birte.oltmanns@fehrs-oltmanns.example>"
MS = "Malte Sievers <malte.sievers@fehrs-oltmanns.example>"
SK = "Svenja Kröger <svenja.kroeger@fehrs-oltmanns.example>"
AD = "Aylin Demir <aylin.demir@fehrs-oltmanns.example>"
LP = "Lennart Pauls <lennart.pauls@fehrs-oltmanns.example>"
INFO = "Maklerkontor Fehrs & Oltmanns <info@fehrs-oltmanns.example>"
SCHADEN = "Schadenservice Fehrs & Oltmanns <schaden@fehrs-oltmanns.example>"
ALLE = "Team <team@fehrs-oltmanns.example>"

FOOT = ("Hanseatisches Maklerkontor Fehrs & Oltmanns GmbH\n"
        "Breite Straße 41 · 23552 Lübeck · Tel. 0451 7093-0\n"
        "Geschäftsführer: Jens Fehrs, Birte Oltmanns · AG Lübeck HRB 18824 HL\n"
        "Versicherungsmakler mit Erlaubnis nach § 34d Abs. 1 GewO, "
        "Vermittlerregister D-7QX4-K2M9L-31")
FOOT_EN = ("Hanseatisches Maklerkontor Fehrs & Oltmanns GmbH\n"
           "Breite Strasse 41, 23552 Luebeck, Germany · +49 451 7093-0\n"
           "Independent insurance brokers (§ 34d GewO), register no. D-7QX4-K2M9L-31")
SIG = {
    "JF": "Mit freundlichen Grüßen\n\nJens Fehrs\nGeschäftsführer\n\n-- \n" + FOOT,
    "BO": "Herzliche Grüße aus Lübeck\n\nBirte Oltmanns\nGeschäftsführerin | Fachberaterin PKV & Biometrie\nDirektwahl 0451 7093-12\n\n-- \n" + FOOT,
    "MS": "Gruß\nMalte Sievers\nKfz | Gewerbe\nTel. 0451 7093-15\n\n-- \n" + FOOT,
    "SK": "Freundliche Grüße\n\nSvenja Kröger\nSchadenservice\nTel. 0451 7093-17 | schaden@fehrs-oltmanns.example\n\n-- \n" + FOOT,
    "AD": "Viele Grüße\nAylin Demir\nBestandsverwaltung / Büroorganisation\nTel. 0451 7093-10\n\n-- \n" + FOOT,
    "LP": "Mit freundlichen Grüßen\n\nLennart Pauls\nAuszubildender Kaufmann für Versicherungen und Finanzanlagen\nTel. 0451 7093-19\n\n-- \n" + FOOT,
    "JF_EN": "Kind regards\n\nJens Fehrs\nManaging Director\n\n-- \n" + FOOT_EN,
    "BO_EN": "Best wishes from Lübeck\n\nBirte Oltmanns\nManaging Director | Health & income protection\nDirect line +49 451 7093-12\n\n-- \n" + FOOT_EN,
    "MS_EN": "Cheers\nMalte Sievers\nMotor & commercial lines\n\n-- \n" + FOOT_EN,
    "SK_EN": "Kind regards\n\nSvenja Kröger\nClaims service\n\n-- \n" + FOOT_EN,
    "AD_EN": "Best regards\nAylin Demir\nBack office\n\n-- \n" + FOOT_EN,
}


# ---------------------------------------------------------------- dates ---
def d(month, day, hour, minute, sec=0):
    """Local time in Lübeck 2026, DST from 29 Mar to 25 Oct."""
    local = dt.datetime(2026, month, day, hour, minute, sec)
    dst = dt.datetime(2026, 3, 29, 2) <= local < dt.datetime(2026, 10, 25, 3)
    tz = dt.timezone(dt.timedelta(hours=2 if dst else 1))
    return local.replace(tzinfo=tz)


def ds(dtobj):
    return format_datetime(dtobj)


# ---------------------------------------------------------------- text ----
def flowed(text, width=72):
    """Wrap paragraphs format=flowed style (soft breaks end with a space)."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">"):
            out.append(line.rstrip(" ") if not line.startswith("-- ") else line)
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return "\n".join(out)


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


# ---------------------------------------------------------- attachments ---
def _norm_zip(data, date_re=True):
    """Rewrite a ZIP container with fixed member times and fixed doc dates."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if date_re and info.filename in ("docProps/core.xml", "meta.xml"):
                t = content.decode("utf-8")
                t = re.sub(r"(<dcterms:created[^>]*>)[^<]*(<)", r"\g<1>2026-01-02T08:00:00Z\2", t)
                t = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(<)", r"\g<1>2026-01-02T08:00:00Z\2", t)
                t = re.sub(r"(<meta:creation-date>)[^<]*(<)", r"\g<1>2026-01-02T08:00:00\2", t)
                t = re.sub(r"(<dc:date>)[^<]*(<)", r"\g<1>2026-01-02T08:00:00\2", t)
                content = t.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = info.compress_type
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, content)
    return out.getvalue()


def xlsx(sheets, author="Aylin Demir"):
    """sheets: list of (title, rows)."""
    from openpyxl import Workbook
    wb = Workbook()
    wb.remove(wb.active)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(list(r))
    fixed = dt.datetime(2026, 1, 2, 8, 0, 0)
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = fixed
    wb.properties.modified = fixed
    b = io.BytesIO()
    wb.save(b)
    return _norm_zip(b.getvalue())


def docx(paragraphs, author="Birte Oltmanns", title=None, table=None):
    import docx as _docx
    doc = _docx.Document()
    fixed = dt.datetime(2026, 1, 2, 8, 0, 0)
    cp = doc.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = fixed
    cp.modified = fixed
    cp.revision = 1
    if title:
        doc.add_heading(title, level=1)
    for p in paragraphs:
        doc.add_paragraph(p)
    if table:
        t = doc.add_table(rows=0, cols=len(table[0]))
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = str(v)
    b = io.BytesIO()
    doc.save(b)
    return _norm_zip(b.getvalue())


def odt(paragraphs, title=None):
    from odf.opendocument import OpenDocumentText
    from odf.text import P, H
    doc = OpenDocumentText()
    if title:
        doc.text.addElement(H(outlinelevel=1, text=title))
    for p in paragraphs:
        doc.text.addElement(P(text=p))
    b = io.BytesIO()
    doc.save(b)
    return _norm_zip(b.getvalue())


def ods(rows, name="Tabelle1"):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableRow, TableCell
    from odf.text import P
    doc = OpenDocumentSpreadsheet()
    t = Table(name=name)
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
    doc.save(b)
    return _norm_zip(b.getvalue())


def pdf(lines, title=None):
    from fpdf import FPDF
    p = FPDF()
    p.set_creation_date(dt.datetime(2026, 1, 2, 8, 0, 0, tzinfo=dt.timezone.utc))
    p.set_creator("MaklerDesk Druckdienst")
    p.set_producer("fpdf2")
    p.add_page()
    p.set_font("Helvetica", size=10)
    if title:
        p.set_font("Helvetica", "B", 13)
        p.multi_cell(0, 7, title.replace("€", "EUR"), new_x="LMARGIN", new_y="NEXT")
        p.set_font("Helvetica", size=10)
        p.ln(2)
    for l in lines:
        l = l.replace("€", "EUR").replace("–", "-").replace("„", '"').replace("“", '"').replace("’", "'")
        p.multi_cell(0, 5, l if l else " ", new_x="LMARGIN", new_y="NEXT")
    return bytes(p.output())


def csvb(rows, encoding="utf-8", delim=";"):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delim, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return s.getvalue().encode(encoding)


def ics(uid, start, end, summary, location="", description="", organizer=None):
    def f(x):
        return x.astimezone(dt.timezone.utc).strftime("%Y%m%dT%H%M%SZ")
    def esc(t):
        return t.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Fehrs & Oltmanns//MaklerDesk Kalender//DE",
             "METHOD:REQUEST", "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:20260102T080000Z",
             "DTSTART:" + f(start), "DTEND:" + f(end), "SUMMARY:" + esc(summary)]
    if location:
        lines.append("LOCATION:" + esc(location))
    if description:
        lines.append("DESCRIPTION:" + esc(description))
    if organizer:
        lines.append("ORGANIZER:mailto:" + organizer)
    lines += ["END:VEVENT", "END:VCALENDAR"]
    # fold at 74 octets
    out = []
    for l in lines:
        b = l
        while len(b.encode("utf-8")) > 74:
            cut = 74
            while len(b[:cut].encode("utf-8")) > 74:
                cut -= 1
            out.append(b[:cut])
            b = " " + b[cut:]
        out.append(b)
    return ("\r\n".join(out) + "\r\n").encode("utf-8")


def zipb(members):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return out.getvalue()


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
}


def att(filename, data, mime=None):
    ext = filename.rsplit(".", 1)[-1].lower()
    mt, st = mime.split("/") if mime else MIME[ext]
    return (filename, mt, st, data)


# ---------------------------------------------------------------- MIME ----
def build(n, *, frm, to, subject, date, body=None, cc=None, html=None,
          html_only=False, atts=(), charset="utf-8", cte=None, fmt_flowed=False,
          reply_to=None, in_reply_to=None, extra=None, fwd=None, mailer=None):
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = frm
    msg["To"] = to if isinstance(to, str) else ", ".join(to)
    if cc:
        msg["Cc"] = cc if isinstance(cc, str) else ", ".join(cc)
    if reply_to:
        msg["Reply-To"] = reply_to
    msg["Subject"] = subject
    msg["Date"] = ds(date)
    token = "%08x" % RNG.getrandbits(32)
    msg["Message-ID"] = "<%s-%04d.%s@%s>" % (PREFIX, n, token, DOM)
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    msg["MIME-Version"] = "1.0"
    if mailer:
        msg["X-Mailer"] = mailer
    for k, v in (extra or {}).items():
        msg[k] = v
    if html_only:
        msg.set_content(html, subtype="html", charset=charset, cte=cte or "quoted-printable")
    else:
        kw = {}
        if fmt_flowed:
            body = flowed(body)
            kw["params"] = {"format": "flowed"}
        msg.set_content(body, charset=charset, cte=cte, **kw)
        if html:
            msg.add_alternative(html, subtype="html", charset=charset, cte="quoted-printable")
    if fwd is not None:
        msg.add_attachment(fwd)
    for filename, mt, st, data in atts:
        msg.add_attachment(data, maintype=mt, subtype=st, filename=filename)
    i = 0
    for part in msg.walk():
        if part.is_multipart():
            part.set_boundary("=_d37_%04d_%d_%s" % (n, i, "%06x" % RNG.getrandbits(24)))
            i += 1
    return msg


def inner(*, frm, to, subject, date, body, msgid, atts=(), cc=None, charset="utf-8"):
    """A forwarded message (message/rfc822)."""
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = ds(date)
    m["Message-ID"] = msgid
    m["MIME-Version"] = "1.0"
    m.set_content(body, charset=charset)
    for filename, mt, st, data in atts:
        m.add_attachment(data, maintype=mt, subtype=st, filename=filename)
    j = 0
    for part in m.walk():
        if part.is_multipart():
            part.set_boundary("=_d37_inner_%s_%d" % (re.sub(r"\W", "", msgid)[:20], j))
            j += 1
    return m


def mail(n, label, lang, kind, reason):
    def deco(fn):
        MAILS.append((n, label, lang, kind, reason, fn))
        return fn
    return deco


# =================================================================== MAILS ===

# ---- d37-0001 -------------------------------------------------------------
@mail(1, "NORMAL", "de", "internal", "trap: team meeting agenda mentions BU health questions and PKV tariffs in general, no person")
def m0001(n):
    body = """Moin zusammen,

Montag 9:00 Teamrunde im Besprechungsraum, Kaffee ist da (Lennart, bitte
Milch mitbringen, die ist alle).

Themen:
1. Q1-Zahlen Neugeschäft (Birte)
2. Gesundheitsfragen in BU-Anträgen: wer fragt was ab, wie dokumentieren
   wir die Beratung – Birte stellt die neue Checkliste vor
3. PKV-Beitragsanpassungen zum 01.04. – welche Kunden rufen wir proaktiv an
   (nur Vorgehen, keine Einzelfälle in der Runde!)
4. Urlaubsplanung Ostern
5. Verschiedenes / Parkplatzsituation Breite Straße

Dauer max. 1 Std., ich muss um 10:15 zu Brammer.

""" + SIG["JF"]
    return build(n, frm=JF, to=ALLE, subject="Teamrunde Montag 12.01. – Agenda",
                 date=d(1, 8, 17, 42), body=body, mailer="Microsoft Outlook 16.0")


# ---- d37-0002 -------------------------------------------------------------
@mail(2, "NORMAL", "de", "broker-to-insurer", "trap: anonymous BU risk pre-inquiry (age, job, diagnosis) without name or birth date")
def m0002(n):
    body = """Sehr geehrte Damen und Herren,

ich bitte um eine anonyme Risikovoranfrage für eine
Berufsunfähigkeitsversicherung (Tarif BU Premium 2026):

- männlich, 34 Jahre, Tischlermeister, 20 % Bürotätigkeit
- Nichtraucher, 184 cm / 88 kg
- 2023 Bandscheibenvorfall LWS (M51.2), konservativ behandelt,
  12 Sitzungen Physiotherapie, seit 14 Monaten beschwerdefrei
- keine weiteren Vorerkrankungen, keine Medikamente

Gewünschte BU-Rente 2.000 EUR mtl., Endalter 67.

Bitte teilen Sie mir mit, ob Sie annehmen würden (ggf. mit Ausschluss
Wirbelsäule) oder ob ein Zuschlag zu erwarten ist. Den Namen des Kunden
nenne ich erst nach positiver Voranfrage.

""" + SIG["BO"]
    return build(n, frm=BO, to="Risikoprüfung Leben <risikovoranfrage@elbtal-leben.example>",
                 subject="Anonyme Risikovoranfrage BU – Handwerker, 34 J.",
                 date=d(1, 9, 10, 5), body=body)


# ---- d37-0003 -------------------------------------------------------------
@mail(3, "STRICTLY_CONFIDENTIAL", "de", "broker-to-insurer", "BU application of a named customer with birth date, herniated disc M51.2 and physiotherapy")
def m0003(n):
    body = """Sehr geehrte Frau Wendt,

vielen Dank für die positive Rückmeldung zur Voranfrage vom 09.01.
(Ihr Zeichen RV-2026-00417). Wie besprochen reiche ich nun den Antrag
ein:

Versicherte Person: Kai Brüggemann, geb. 17.06.1991
Anschrift: Am Stadtgraben 8, 23560 Lübeck
Beruf: Tischlermeister (angestellt, Tischlerei Brammer e.K.)
Tarif: BU Premium 2026, Rente 2.000 EUR, Endalter 67

Zu Gesundheitsfrage 3 (Wirbelsäule): Bandscheibenvorfall L4/L5 im
März 2023, Diagnose M51.2, Behandlung bei Dr. med. Heiko Carstens
(Orthopädie, Lübeck), 12x Krankengymnastik, keine OP, keine AU über
4 Wochen (AU vom 06.03. bis 24.03.2023). Befundbericht vom 15.12.2025
liegt bei.

Den von Ihnen angebotenen Ausschluss für Erkrankungen der LWS hat Herr
Brüggemann akzeptiert; die unterschriebene Ausschlussklausel ist in
der Anlage.

""" + SIG["BO"]
    return build(n, frm=BO, to="Svenja Wendt <s.wendt@elbtal-leben.example>",
                 subject="BU-Antrag Brüggemann, Kai – Ihre Voranfrage RV-2026-00417",
                 date=d(1, 16, 11, 20), body=body,
                 atts=[att("Befundbericht_Carstens_2025-12-15.pdf", pdf([
                     "Dr. med. Heiko Carstens - Facharzt fuer Orthopaedie",
                     "Koenigstrasse 61, 23552 Luebeck", "",
                     "Befundbericht vom 15.12.2025",
                     "Patient: Kai Brueggemann, geb. 17.06.1991", "",
                     "Diagnose: Z. n. Bandscheibenvorfall L4/L5 (M51.2), 03/2023",
                     "Verlauf: konservative Therapie, 12 x KG, seitdem beschwerdefrei.",
                     "Klinisch: Lasegue bds. negativ, keine Paresen, Finger-Boden-Abstand 5 cm.",
                     "Beurteilung: Voll belastbar im Beruf als Tischler.",
                 ])), att("Ausschlussklausel_LWS_unterschrieben.pdf", pdf([
                     "Elbtal Lebensversicherung a.G. - Besondere Vereinbarung",
                     "Versicherte Person: Kai Brueggemann",
                     "Leistungsausschluss: Erkrankungen und Verletzungen der Lendenwirbelsaeule",
                     "einschliesslich deren Folgen.",
                     "Luebeck, 14.01.2026   gez. K. Brueggemann"]))])


# ---- d37-0004 -------------------------------------------------------------
@mail(4, "CONFIDENTIAL", "de", "broker-to-customer", "motor insurance switch: named customer, eVB number, plate, SF class")
def m0004(n):
    body = """Hallo Frau Lüth,

wie am Telefon besprochen: Ihre eVB-Nummer für den neuen Golf lautet

    Q7M2KX4

Damit können Sie bei der Zulassungsstelle in der Kronsforder Allee
anmelden. Versicherer ist die Nordlicht, Tarif Komfort, VK 500/TK 150,
SF 14 wird vom alten Vertrag (Baltica, Vertr.-Nr. KF-4471-0093) übernommen.
Den alten Vertrag kündige ich für Sie zum Tag der Abmeldung.

Wenn das neue Kennzeichen feststeht (Sie wollten ja HL-NL 73 behalten?),
schicken Sie mir kurz ein Foto vom Fahrzeugschein, dann mache ich den
Rest.

""" + SIG["MS"]
    return build(n, frm=MS, to="Nele Lüth <nele.lueth@gmx.example>",
                 subject="eVB für Ihren Golf", date=d(1, 12, 14, 3), body=body,
                 fmt_flowed=False, cte="quoted-printable")


# ---- d37-0005 -------------------------------------------------------------
@mail(5, "NORMAL", "en", "newsletter", "trap: insurer newsletter on health and BU market forwarded internally, no customer data")
def m0005(n):
    body = """FYI – interesting bit on the expat tariff, maybe relevant for our
international clients at the university. B.

-------- Forwarded Message --------
Subject: Nordlicht Broker Update 01/2026 – International Health & Income Protection
Date: Tue, 13 Jan 2026 06:00:12 +0100
From: Nordlicht Broker News <news@nordlicht-versicherung.example>

Dear broker partners,

Welcome to the first English-language edition of our broker update.

1. INTERNATIONAL HEALTH PLAN "Global Care 2026"
   - new deductible options (EUR 0 / 600 / 1,500)
   - mental health cover now up to 30 outpatient psychotherapy sessions
     without prior authorisation
   - maternity benefits after a waiting period of 8 months

2. INCOME PROTECTION FOR ACADEMICS
   Simplified health questions (5 years look-back instead of 10) for
   researchers with a contract of at least 24 months.

3. WEBINAR
   "Underwriting diabetes, asthma and back pain – what we accept"
   Thursday, 29 January, 10:00 CET. Register in the broker portal.

You receive this newsletter because you are a registered broker partner.
Unsubscribe: https://nordlicht-versicherung.example/broker/newsletter
"""
    return build(n, frm=BO, to=[JF, LP], subject="Fwd: Nordlicht Broker Update 01/2026",
                 date=d(1, 13, 8, 47), body=body, mailer="Mozilla Thunderbird")


# ---- d37-0006 -------------------------------------------------------------
@mail(6, "STRICTLY_CONFIDENTIAL", "en", "broker-to-customer", "PKV application of expat customer: Hashimoto thyroiditis, levothyroxine dose, doctor's report requested")
def m0006(n):
    body = """Dear Sarah,

thank you for filling in the health questionnaire so quickly. Before I
send your application for private health insurance to Trave Kranken I
need two more things, because the underwriters will ask anyway:

1. Your Hashimoto's thyroiditis (you wrote "diagnosed 2021, on
   L-Thyroxin 75 µg"): could you ask your GP, Dr Petersen, for a short
   report with the latest TSH value? A copy of the last lab sheet is
   enough.
2. The physiotherapy for the shoulder in 2024 – was that after an
   injury or because of pain? The form needs the reason and the number
   of sessions.

Everything else looks fine. Don't worry about the thyroid, in my
experience Trave accepts well-controlled Hashimoto's without a surcharge.

Your start date would be 1 March 2026, which works with the end of your
probation period at Baltic MedTech.

""" + SIG["BO_EN"]
    return build(n, frm=BO, to="Sarah O'Connell <sarah.oconnell@mailbox.example>",
                 subject="Your health insurance application – two questions",
                 date=d(1, 14, 16, 12), body=body)


# ---- d37-0007 -------------------------------------------------------------
@mail(7, "CONFIDENTIAL", "de", "broker-to-taxadviser", "payroll data for a new employee: salary, tax ID, birth date, IBAN")
def m0007(n):
    body = """Hallo Herr Hinrichsen,

für die Lohnabrechnung Februar bitte eine Neuanlage:

Name: Merle Stahmer
geb. 03.09.1998 in Bad Oldesloe
Eintritt: 01.02.2026, Teilzeit 30 Std./Woche, Kundenservice
Bruttogehalt: 2.450,00 EUR mtl., kein Weihnachtsgeld im ersten Jahr
Steuer-ID: 47 118 205 936, Steuerklasse I, keine Kinder
IBAN: DE74 2305 0101 0001 2345 67 (Sparkasse zu Lübeck)

Den unterschriebenen Arbeitsvertrag schicke ich per Post.

Und: der Dienstwagen von Herrn Fehrs läuft ab März über das Leasing
der GmbH, 1 %-Regelung wie besprochen.

Gruß
Aylin Demir
Fehrs & Oltmanns
"""
    return build(n, frm=AD, to="Thorsten Hinrichsen <t.hinrichsen@stb-hinrichsen.example>",
                 subject="Lohn 02/2026 – Neuanlage Mitarbeiterin", date=d(1, 20, 9, 31), body=body)


# ---- d37-0008 -------------------------------------------------------------
@mail(8, "NORMAL", "de", "broker-to-supplier", "trap: IT ticket mentions 'Gesundheitsfragebögen' and 'Arztberichte' scan profile, no person")
def m0008(n):
    body = """Hallo Trave-IT-Team,

Ticket bitte:

1) Der Kyocera im Beratungsraum 2 druckt die Gesundheitsfragebögen aus
   MaklerDesk nur als leere Seiten (PDF-Formular, Felder werden nicht
   mitgedruckt). Andere PDFs gehen.
2) Scan-Profil "Arztberichte -> Kundenakte" am Flurkopierer landet seit
   Mittwoch im falschen Netzlaufwerk (\\\\FO-NAS01\\scan\\temp statt
   \\\\FO-NAS01\\akten\\eingang). Bitte zurückstellen.
3) Lennart braucht Adobe Acrobat Standard statt Reader (Lizenz bestellen).

Dringlichkeit: mittel, 2) bitte heute noch, da liegen sonst Dokumente
im offenen Ordner.

Danke!
""" + SIG["AD"]
    return build(n, frm=AD, to="Support <support@traveit.example>",
                 subject="Ticket: Drucker BR2 + Scanprofil Arztberichte + Acrobat",
                 date=d(1, 21, 8, 2), body=body)


# ---- d37-0009 -------------------------------------------------------------
@mail(9, "CONFIDENTIAL", "de", "broker-to-insurer", "household claim: stolen e-bike, named customer, policy and claim number, police reference")
def m0009(n):
    body = """Sehr geehrte Damen und Herren,

wir melden für unseren Kunden einen Fahrraddiebstahl aus der Hausrat-
versicherung:

VN: Ole Timmermann, Fischergrube 22, 23552 Lübeck
Vertrag: HR-2209-114-5 (Baltica Hausrat Plus, inkl. Fahrrad 24 h)
Schadentag: 18.01.2026, zwischen 19:00 und 22:30 Uhr
Ort: Fahrradständer Hauptbahnhof Lübeck, angeschlossen (Faltschloss)
Rad: E-Bike Riese & Müller Charger4, Rahmennr. WRM2291Z0471,
gekauft 04/2024 für 5.299 EUR
Anzeige: Polizei Lübeck, Tgb.-Nr. 260118-1947-031

Kaufbeleg und Anzeigebestätigung hängen an der weitergeleiteten
Mail des Kunden unten.

""" + SIG["SK"] + """

----- Weitergeleitet von Ole Timmermann <ole.timmermann@t-online.example> am 19.01.2026 07:58 -----

moin frau kröger,
mein rad ist weg :( am bahnhof geklaut, gestern abend. anzeige hab ich
gemacht, die nummer steht auf dem zettel (foto anbei). rechnung hab ich
auch noch gefunden. was muss ich noch machen??
gruß ole
"""
    return build(n, frm=SK, to="Schaden Sach <schaden-sach@baltica-allgemeine.example>",
                 cc=SCHADEN, subject="Schadenmeldung Hausrat / Fahrrad – VN Timmermann, HR-2209-114-5",
                 date=d(1, 19, 10, 44), body=body)


# ---- d37-0010 -------------------------------------------------------------
@mail(10, "STRICTLY_CONFIDENTIAL", "de", "broker-to-insurer", "accident insurance claim: finger injury at circular saw, hospital treatment")
def m0010(n):
    body = """Sehr geehrte Damen und Herren,

Unfallmeldung zur Unfallversicherung UV-88 31 044 (VN Hauke Brammer,
Tischlerei Brammer e.K., versicherte Person: Hauke Brammer selbst):

Am 22.01.2026 gegen 15:40 Uhr ist Herr Brammer in der Werkstatt
(Hinter der Burg 14) an der Formatkreissäge mit der linken Hand
abgerutscht. Verletzung: Teilamputation Endglied Zeigefinger links,
Fraktur Mittelglied Mittelfinger (S68.1 / S62.61). Erstversorgung
UKSH Lübeck, Handchirurgie, stationär bis 25.01.

Er ist voraussichtlich 6-8 Wochen arbeitsunfähig. Bitte prüfen Sie die
Invaliditätsleistung (Gliedertaxe) und das Krankenhaustagegeld. Der
Entlassbericht folgt, sobald er vorliegt.

Die Berufsgenossenschaft (BG Holz und Metall) ist informiert.

""" + SIG["SK"]
    return build(n, frm=SK, to="Unfall-Leistung <unfall@nordlicht-versicherung.example>",
                 subject="Unfallmeldung UV-88 31 044 / Brammer", date=d(1, 26, 9, 12), body=body)


# ---- d37-0011 -------------------------------------------------------------
@mail(11, "NORMAL", "en", "internal", "trap: English template for expat customers with placeholders, explains health questions generically")
def m0011(n):
    body = """Lennart,

here is the English template for new expat clients. Please put it into
MaklerDesk under Vorlagen > EN > "PKV first contact". The things in
[brackets] are placeholders, never send it with them filled in by hand
in the subject line.

---
Dear [Salutation] [Last name],

thank you for your interest in private health insurance in Germany.
Before we can compare offers, we need to know a little about you:

- your date of birth and your gross annual salary (private insurance
  is only possible above the compulsory insurance threshold, in 2026
  EUR 77,400),
- any treatments, medication or diagnoses in the last 5 years
  (outpatient) and 10 years (inpatient), and any ongoing therapy,
- dental status (missing teeth, planned crowns or implants).

Please do NOT send medical documents by normal e-mail. We will send
you a link to our secure upload.

Best regards
[Adviser]
---

B.
"""
    return build(n, frm=BO, to=LP, subject="EN template PKV first contact",
                 date=d(1, 27, 12, 55), body=body)


# ---- d37-0012 -------------------------------------------------------------
@mail(12, "STRICTLY_CONFIDENTIAL", "de", "broker-to-customer", "mostly a commercial liability bill with IBAN, but the last lines refer to the addressee's hand injury / accident claim")
def m0012(n):
    body = """Sehr geehrter Herr Brammer,

anbei die Beitragsrechnung 2026 für Ihre Betriebshaftpflicht
(Baltica, BHV-5520-3391). Beitrag 1.184,26 EUR inkl. VersSt,
Deckungssumme 5 Mio. pauschal, Tätigkeitsbeschreibung "Bau- und
Möbeltischlerei, Montage" wie bisher.

Der Einzug erfolgt am 01.02. von Ihrem Geschäftskonto
DE18 2305 0101 0009 8764 32. Falls Sie lieber vom neuen Konto bei der
Volksbank zahlen wollen, schicke ich Ihnen ein neues SEPA-Mandat.

Die Unfallgeschichte mit Ihrer Hand läuft separat bei Frau Kröger –
gute Besserung nochmal!

""" + SIG["AD"]
    return build(n, frm=AD, to="Tischlerei Brammer <info@tischlerei-brammer.example>",
                 subject="Beitragsrechnung Betriebshaftpflicht 2026", date=d(1, 28, 11, 3), body=body)


# ---- d37-0013 -------------------------------------------------------------
@mail(13, "STRICTLY_CONFIDENTIAL", "de", "broker-to-pool", "body harmless; CSV attachment lists named customers with life/BU/PKV contracts and birth dates for portfolio transfer")
def m0013(n):
    body = """Hallo Herr Ahlers,

anbei wie telefonisch besprochen die Liste für die Bestandsübertragung
auf unsere Vermittlernummer im Pool (Export aus MaklerDesk, Stand heute).
Die Maklervollmachten liegen Ihnen seit letzter Woche vor.

Bitte kurze Rückmeldung, welche Gesellschaften schon bestätigt haben.

""" + SIG["AD"]
    rows = [["Kunde", "Geburtsdatum", "Gesellschaft", "Sparte", "Vertragsnummer", "Beitrag mtl."],
            ["Brüggemann, Kai", "17.06.1991", "Elbtal Leben", "BU", "EL-BU-7730215", "84,20"],
            ["Hoppe, Annika", "02.11.1987", "Trave Kranken", "PKV Vollversicherung", "TK-551209-03", "512,66"],
            ["Jacobsen, Frerk", "29.04.1968", "Elbtal Leben", "Rentenversicherung", "EL-RV-2201447", "150,00"],
            ["Raman, Priya", "11.08.1990", "Trave Kranken", "PKV Vollversicherung", "TK-560118-01", "389,12"],
            ["Sander, Wiebke Dr.", "23.01.1979", "Elbtal Leben", "Risikoleben", "EL-RL-0091833", "31,75"],
            ["Timm, Gerd", "08.02.1961", "Nordlicht", "Unfall", "UV-77 10 932", "18,40"]]
    return build(n, frm=AD, to="Jörg Ahlers <bestand@poolnord.example>",
                 subject="Bestandsübertragung Fehrs & Oltmanns – Liste", date=d(1, 29, 13, 37), body=body,
                 atts=[att("Bestandsuebertragung_Pool_Nord_2026-01-29.csv", csvb(rows, "windows-1252"),
                           "application/vnd.ms-excel")])


# ---- d37-0014 -------------------------------------------------------------
@mail(14, "NORMAL", "de", "internal", "trap: out-of-office auto reply mentioning claims and accident reports generically")
def m0014(n):
    body = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 06.02.2026 nicht im Büro. Ihre E-Mail wird
nicht weitergeleitet.

In dringenden Schadenfällen (Wasserschaden, Einbruch, Unfall mit
Personenschaden) wenden Sie sich bitte an schaden@fehrs-oltmanns.example
oder 0451 7093-0. Meine Kollegin Aylin Demir hilft Ihnen gern.

Bitte schicken Sie Arztberichte und andere Gesundheitsunterlagen nicht
per E-Mail, sondern über unseren sicheren Upload im Kundenportal.

Svenja Kröger
Schadenservice
"""
    return build(n, frm=SK, to="Ole Timmermann <ole.timmermann@t-online.example>",
                 subject="Abwesenheitsnotiz: Re: rad", date=d(1, 30, 16, 2), body=body,
                 extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})


# ---- d37-0015 -------------------------------------------------------------
@mail(15, "CONFIDENTIAL", "en", "broker-to-customer", "motor insurance quote for expat: date of birth, UK no-claims years, VIN")
def m0015(n):
    body = """Hi James,

good news: Nordlicht accepts your UK no-claims discount. With the
letter from Admiral (9 years claim-free) they place you in SF class 9,
which is about 38 % of the base premium.

What I entered for the quote:
  Driver:        James Whitfield, born 4 March 1977
  Address:       Moislinger Allee 103, 23558 Luebeck
  Car:           Volvo XC60 B4, VIN YV1UZA8V1N1047721, first reg. 06/2022
  Mileage:       12,000 km/year, garage at home
  Cover:         fully comp, EUR 300 excess / partial EUR 150

Annual premium: EUR 712.40 (paid yearly) or EUR 61.90/month.

If you're happy, just reply "go" and I'll request the eVB number for the
registration office. Your wife as second driver adds about EUR 40/year –
let me know her date of birth if you want her on the policy.

""" + SIG["MS_EN"]
    return build(n, frm=MS, to="James Whitfield <j.whitfield@whitfield-architects.example>",
                 subject="Your car insurance – quote Nordlicht", date=d(2, 2, 10, 18), body=body)


# ---- d37-0016 -------------------------------------------------------------
@mail(16, "STRICTLY_CONFIDENTIAL", "de", "internal", "staff shorthand: PKV application of named customer declined for depression F33.1")
def m0016(n):
    body = """Jens,

Trave hat Hoppe abgelehnt. Grund: rez. depressive Störung F33.1,
Therapie bis 09/2025, plus Citalopram bis heute. Elbtal KV würde nur mit
Ausschluss Psychotherapie + 30 % Zuschlag, das ist Quatsch.

Vorschlag: sie bleibt in der GKV, wir machen Zusatz (stationär +
Zahn) und in 2 Jahren nochmal anfragen. Kannst du mit ihr telefonieren?
Du hast den besseren Draht, ich hab sie im Dezember schon mit dem
Fragebogen genervt.

B.

Von meinem iPhone gesendet
"""
    return build(n, frm=BO, to=JF, subject="Hoppe PKV – abgelehnt", date=d(2, 3, 18, 51),
                 body=body, mailer="iPhone Mail (22D63)")


# ---- d37-0017 -------------------------------------------------------------
@mail(17, "NORMAL", "de", "broker-to-supplier", "trap: purchase order for first-aid kit, blood pressure monitor for the office and shredder bags 'Gesundheitsakten'")
def m0017(n):
    body = """Sehr geehrte Damen und Herren,

wir bestellen zur Lieferung an die untenstehende Adresse:

Pos  Art.-Nr.   Bezeichnung                                   Menge  EP netto
1    BT-10157   Verbandkasten DIN 13157 Betrieb, Wandhalter       1    24,90
2    BT-20093   Augenspülflasche 500 ml                            2     6,40
3    OM-M3      Blutdruckmessgerät Oberarm (Teeküche/Ersthelfer)   1    49,00
4    RE-4412    Sicherheitsbeutel für Aktenvernichter P-4          50    0,89
5    PA-A4-80   Kopierpapier A4 80 g, Karton 2.500 Blatt           4    21,50

Liefertermin: KW 7, Anlieferung Hinterhof (Glocke "Kontor").
Rechnung an: Hanseatisches Maklerkontor Fehrs & Oltmanns GmbH,
Breite Straße 41, 23552 Lübeck, USt-IdNr. DE 318 447 902.

Kundennummer bei Ihnen: 40 17 338

""" + SIG["AD"]
    return build(n, frm=AD, to="Bestellung <bestellung@buerohaus-nord.example>",
                 subject="Bestellung Büro- und Erste-Hilfe-Material, Kd.-Nr. 4017338",
                 date=d(2, 4, 9, 6), body=body)


# ---- d37-0018 -------------------------------------------------------------
@mail(18, "CONFIDENTIAL", "de", "broker-to-customer", "buildings claim settlement forwarded to customer; PDF with claim number and customer IBAN")
def m0018(n):
    body = """Liebe Frau Kühl, lieber Herr Kühl,

die Baltica hat den Sturmschaden am Carport (Orkan "Frauke", 14.01.)
jetzt abgerechnet. Die Abrechnung hängt an. Von den 3.870 EUR laut
Kostenvoranschlag Dachdeckerei Ramm werden 3.620 EUR erstattet, abzüglich
Selbstbeteiligung 250 EUR. Das Geld geht in den nächsten Tagen auf Ihr
Konto.

Die Differenz (Entsorgung alte Wellplatten) hat die Baltica nicht
übernommen, weil das nicht im Angebot aufgeschlüsselt war. Wenn Ramm das
nachreicht, versuche ich es noch einmal.

""" + SIG["JF"]
    p = pdf(["Baltica Allgemeine Versicherung AG - Schadenabteilung Sach", "",
             "Abrechnungsschreiben vom 03.02.2026", "",
             "Versicherungsnehmer: Thomas und Inga Kuehl",
             "Risikoort: Rehbockweg 5, 23562 Luebeck",
             "Vertrag: WG-6610-2201, Wohngebaeudeversicherung",
             "Schadennummer: S-26-0114-0877, Sturm 14.01.2026",
             "", "Entschaedigung Carportdach          3.620,00 EUR",
             "abzgl. Selbstbeteiligung               -250,00 EUR",
             "Auszahlungsbetrag                     3.370,00 EUR", "",
             "Zahlung an: Thomas Kuehl, IBAN DE11 2305 0101 0044 5566 77",
             "Die Zahlung erfolgt innerhalb von 5 Bankarbeitstagen."],
            title="Schadenabrechnung")
    return build(n, frm=JF, to="Inga Kühl <inga.kuehl@web.example>", cc="Thomas Kühl <tkuehl@web.example>",
                 subject="Ihr Sturmschaden Carport – Abrechnung der Baltica", date=d(2, 4, 15, 27),
                 body=body, atts=[att("Abrechnung_S-26-0114-0877.pdf", p)])


# ---- d37-0019 -------------------------------------------------------------
@mail(19, "STRICTLY_CONFIDENTIAL", "en", "customer", "customer's own mail forwarded internally: pregnancy, due date, maternity cover in private health insurance")
def m0019(n):
    body = """Birte, can you take this one? She's asking about maternity – I don't
want to answer anything wrong. Lennart

-----Original Message-----
From: Priya Raman <priya.raman@uni-luebeck.example>
Sent: Wednesday, February 4, 2026 9:12 PM
To: info@fehrs-oltmanns.example
Subject: Question about pregnancy cover

Dear Ms Oltmanns, dear team,

I have some happy news: I am pregnant, 11 weeks now, the due date is
around 20 August. My gynaecologist (Dr. Möller in Lübeck-St. Jürgen)
says everything is normal so far, but because I had a miscarriage in
2024 she wants some extra ultrasound scans and maybe the harmony test.

My questions:
1. Does my Trave Kranken policy (TK-560118-01) pay for these extra
   scans and the blood test?
2. Can my baby be insured in my private policy from birth without
   health questions, and what will it cost?
3. My husband is in the public system (AOK). Does that matter for the
   baby?

Thank you so much for your help!
Priya
"""
    return build(n, frm=LP, to=BO, subject="FW: Question about pregnancy cover",
                 date=d(2, 5, 8, 14), body=body, mailer="Microsoft Outlook 16.0")


# ---- d37-0020 -------------------------------------------------------------
@mail(20, "NORMAL", "en", "broker-to-insurer", "trap: 'one-time password', broker number and user names in a portal access request, no customer data")
def m0020(n):
    body = """Hello,

we are registered with you as broker partner no. 50-3318 (Hanseatisches
Maklerkontor Fehrs & Oltmanns GmbH). Our new colleague Lennart Pauls was
added as a user by our firm administrator (Aylin Demir) last Friday, but
the one-time password for the first login never arrived. The
registration link did come through.

Could you send a new initial password to lennart.pauls@fehrs-oltmanns.example
please? He should get read access only, no portfolio rights for now.

Thanks and kind regards
""" + SIG["JF_EN"]
    return build(n, frm=JF, to="Broker Support <brokersupport@nordic-marine.example>",
                 subject="Portal user Lennart Pauls – no one-time password received",
                 date=d(2, 6, 11, 40), body=body)


# ---- d37-0021 -------------------------------------------------------------
@mail(21, "STRICTLY_CONFIDENTIAL", "de", "broker-to-customer", "HTML-only: table of the customer's submitted doctor/physio invoices with diagnoses and reimbursement")
def m0021(n):
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Liebe Frau Hoppe,</p>
<p>hier wie versprochen die Übersicht, was die Trave Kranken aus Ihrer Einreichung vom 12.01. erstattet hat
(Tarif KomfortPlus, Vertrag TK-551209-03):</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#dde7f0"><th>Rechnung</th><th>Leistung</th><th>Diagnose lt. Rechnung</th><th>Betrag</th><th>erstattet</th></tr>
<tr><td>Dr. med. J. Voss, Psychiatrie</td><td>Gespräche GOÄ 804/806, 4x</td><td>F33.1</td><td>412,38 €</td><td>412,38 €</td></tr>
<tr><td>Apotheke am Klingenberg</td><td>Citalopram 20 mg N3</td><td>–</td><td>38,52 €</td><td>38,52 €</td></tr>
<tr><td>Physiopraxis Mühlenteich</td><td>KG 6x, Fango</td><td>M54.2 Zervikalneuralgie</td><td>214,80 €</td><td>172,80 €</td></tr>
</table>
<p>Die Kürzung bei der Physiotherapie (42,00 €) betrifft den Fango, der ist in Ihrem Tarif nur bis zum
1,8-fachen Satz drin. Ich würde das so lassen, Widerspruch lohnt sich hier nicht.</p>
<p>Herzliche Grüße<br>Birte Oltmanns<br>Hanseatisches Maklerkontor Fehrs &amp; Oltmanns GmbH</p>
</body></html>"""
    return build(n, frm=BO, to="Annika Hoppe <annika.hoppe@posteo.example>",
                 subject="Ihre Erstattung Trave Kranken – Übersicht", date=d(2, 6, 14, 2),
                 html=html, html_only=True)


# ---- d37-0022 -------------------------------------------------------------
@mail(22, "CONFIDENTIAL", "de", "broker-to-customer", "legal expenses cover for an employment dispute: named customer, policy number, salary")
def m0022(n):
    body = """Sehr geehrter Herr Gerdes,

die Lotsen Rechtsschutz hat heute Deckung für Ihre Kündigungsschutzklage
zugesagt (Schaden-Nr. RS-26-004412, Vertrag LR-310-88217, Baustein
Arbeits-Rechtsschutz). Übernommen werden die Kosten der ersten Instanz
beim Arbeitsgericht Lübeck, Ihre Selbstbeteiligung beträgt 150 EUR.

Für die Berechnung des Streitwerts hat die Lotsen Ihr Bruttomonatsgehalt
von 4.180 EUR (drei Monatsgehälter = 12.540 EUR) zugrunde gelegt. Bitte
geben Sie die Zusage an Ihre Anwältin, Frau Dr. Schacht, weiter; sie kann
direkt mit der Lotsen abrechnen.

Daumen sind gedrückt!

""" + SIG["LP"]
    return build(n, frm=LP, to="Björn Gerdes <bjoern.gerdes@gmx.example>", cc=JF,
                 subject="Deckungszusage Rechtsschutz – Ihre Kündigungsschutzklage",
                 date=d(2, 9, 12, 19), body=body)


# ---- d37-0023 -------------------------------------------------------------
@mail(23, "NORMAL", "de", "internal", "trap: IDD training hours per staff member (organisational), topics include health underwriting")
def m0023(n):
    body = """Hallo zusammen,

anbei die Übersicht der IDD-Weiterbildungszeiten 2025 (Pflicht: 15 Std.
pro Jahr). Jens und Lennart fehlen noch Nachweise – bitte bis Ende
Februar die Teilnahmebescheinigungen in den Ordner
\\\\FO-NAS01\\verwaltung\\IDD\\2025 legen.

Aylin
"""
    x = xlsx([("IDD 2025", [
        ["Mitarbeiter", "Veranstaltung", "Anbieter", "Datum", "Stunden"],
        ["Birte Oltmanns", "Underwriting in der BU: Psyche, Rücken, Herz", "Elbtal Akademie", "12.03.2025", 4],
        ["Birte Oltmanns", "PKV-Tarifwechsel § 204 VVG", "Pool Nord", "18.06.2025", 6],
        ["Birte Oltmanns", "Pflegereform und Pflegetagegeld", "Trave Kranken", "09.10.2025", 5],
        ["Malte Sievers", "Kfz-Flottenverträge", "Nordlicht", "05.05.2025", 8],
        ["Malte Sievers", "Cyberversicherung für Arztpraxen", "Baltica", "22.09.2025", 7],
        ["Svenja Kröger", "Schadenmanagement Leitungswasser", "Baltica", "14.04.2025", 6],
        ["Svenja Kröger", "Unfallversicherung: Gliedertaxe verstehen", "Nordlicht", "02.12.2025", 9],
        ["Jens Fehrs", "Haftung des Maklers", "BVK Nord", "27.11.2025", 8],
        ["Lennart Pauls", "Berufsschule (nicht anrechenbar)", "-", "-", 0],
    ])])
    return build(n, frm=AD, to=ALLE, subject="IDD-Stunden 2025 – bitte Nachweise ergänzen",
                 date=d(2, 10, 8, 33), body=body, atts=[att("IDD_Weiterbildung_2025.xlsx", x)])


# ---- d37-0024 -------------------------------------------------------------
@mail(24, "STRICTLY_CONFIDENTIAL", "de", "broker-to-insurer", "daily sickness allowance claim of a self-employed electrician; DOCX with incapacity certificate data and diagnosis")
def m0024(n):
    body = """Sehr geehrte Damen und Herren,

zum Krankentagegeld-Vertrag KT-40 22 913 (VN und vP: Frerk Jacobsen,
Elektro Jacobsen e.K.) reichen wir den Leistungsantrag ein. Herr
Jacobsen ist seit dem 26.01.2026 arbeitsunfähig, Karenzzeit 21 Tage,
Leistung ab 16.02.2026 beantragt (Tagessatz 120 EUR).

Den ausgefüllten Antrag und die AU-Daten finden Sie in der Anlage.

""" + SIG["SK"]
    dx = docx(["Leistungsantrag Krankentagegeld",
               "Versicherte Person: Frerk Jacobsen, geb. 29.04.1968, Elektromeister, selbständig",
               "Vertrag: KT-40 22 913, Tarif KT21 Selbständige",
               "Arbeitsunfähig seit: 26.01.2026",
               "Behandelnder Arzt: Dr. med. Katrin Olde, Hausarztpraxis Dr. Olde & Kollegen, Lübeck",
               "Diagnose lt. AU-Bescheinigung: I21.4 Nicht-ST-Hebungsinfarkt, Z95.5 Stent",
               "Stationär: Sana Kliniken Lübeck 26.01.–31.01.2026, anschließend AHB Bad Segeberg ab 09.02.2026",
               "Voraussichtliche Dauer der AU: mindestens 8 Wochen",
               "Betrieb wird in dieser Zeit von Geselle Sönke Voß weitergeführt, kein Einkommen des VN.",
               "Lübeck, 11.02.2026 – Unterschrift Frerk Jacobsen"], author="Svenja Kröger")
    return build(n, frm=SK, to="Leistung KT <leistung-kt@trave-kv.example>",
                 subject="Leistungsantrag KTG – KT-40 22 913", date=d(2, 11, 10, 7), body=body,
                 atts=[att("Leistungsantrag_KTG_Jacobsen.docx", dx)])


# ---- d37-0025 -------------------------------------------------------------
@mail(25, "CONFIDENTIAL", "de", "broker-to-insurer", "ZIP with fleet list of a company: named drivers with birth dates and licence dates, plates")
def m0025(n):
    body = """Moin Herr Kessler,

für die Flottenumstellung Elektro Jacobsen zum 01.03. die aktuelle
Fahrzeug- und Fahrerliste als ZIP (Passwort kommt nicht – ist nur ne
Zip, unsere Firewall blockt sonst xlsx an Ihre Domain, fragen Sie nicht).

4 Transporter, 1 PKW, Fahrer alle über 23. Schadenfreiheitsrabatt
Flotte wie im Angebot FL-2026-118.

""" + SIG["MS"]
    x = xlsx([("Fahrzeuge", [
        ["Kennzeichen", "Fahrzeug", "FIN", "Erstzulassung", "Nutzung"],
        ["HL-EJ 101", "VW Crafter 35", "WV1ZZZSYZM9011287", "03/2021", "Baustelle"],
        ["HL-EJ 102", "VW Crafter 35", "WV1ZZZSYZN9044170", "05/2022", "Baustelle"],
        ["HL-EJ 103", "Ford Transit Custom", "WF0YXXTTGYLP12931", "09/2020", "Kundendienst"],
        ["HL-EJ 104", "Renault Kangoo E-Tech", "VF1FW000168830214", "11/2023", "Kundendienst"],
        ["HL-FJ 1", "Skoda Superb Combi", "TMBJJ7NP5M7035518", "02/2021", "Inhaber"]]),
        ("Fahrer", [
        ["Name", "Geburtsdatum", "Führerschein seit", "Fahrzeug"],
        ["Frerk Jacobsen", "29.04.1968", "1986", "HL-FJ 1"],
        ["Sönke Voß", "12.12.1989", "2007", "HL-EJ 101"],
        ["Deniz Aksoy", "30.06.1996", "2014", "HL-EJ 102"],
        ["Marvin Kroll", "07.01.2001", "2019", "HL-EJ 103"],
        ["Lea Jacobsen", "15.05.1999", "2017", "HL-EJ 104"]])], author="Malte Sievers")
    z = zipb([("Flotte_Jacobsen_2026-03.xlsx", x)])
    return build(n, frm=MS, to="Dirk Kessler <d.kessler@nordlicht-versicherung.example>",
                 subject="Flotte Elektro Jacobsen – Fahrzeug-/Fahrerliste",
                 date=d(2, 11, 15, 58), body=body, atts=[att("Flotte_Jacobsen.zip", z)])


# ---- d37-0026 -------------------------------------------------------------
@mail(26, "NORMAL", "de", "broker-to-partner", "trap: job advertisement mentioning PKV/BU, health questions and salary range, no person")
def m0026(n):
    body = """Sehr geehrte Damen und Herren,

bitte veröffentlichen Sie folgende Stellenanzeige ab sofort für 6 Wochen
(Paket "Regional Plus", Rechnung an uns):

---
Kaufmann/-frau für Versicherungen und Finanzanlagen (m/w/d)
Schwerpunkt Kranken- und Biometrieversicherung, Vollzeit, Lübeck

Das Hanseatische Maklerkontor Fehrs & Oltmanns ist ein unabhängiges
Maklerbüro mit sechs Kolleginnen und Kollegen in der Lübecker Altstadt.

Ihre Aufgaben:
- Vorbereitung von PKV- und BU-Anträgen, Nachfragen zu Gesundheitsfragen
  bei Kunden und Ärzten, Risikovoranfragen
- Leistungsfälle in der Krankenversicherung begleiten
- Pflege der Kundendaten in MaklerDesk

Wir bieten: 3.200–3.700 EUR brutto mtl., 30 Tage Urlaub, Jobticket,
betriebliche Krankenversicherung, Weiterbildung (IDD-Stunden bezahlt).

Bewerbungen an Birte Oltmanns, bewerbung@fehrs-oltmanns.example
---

""" + SIG["AD"]
    return build(n, frm=AD, to="Anzeigen <anzeigen@jobportal-nord.example>",
                 subject="Stellenanzeige Kaufmann/-frau Versicherungen – Auftrag",
                 date=d(2, 12, 10, 25), body=body)


# ---- d37-0027 -------------------------------------------------------------
@mail(27, "CONFIDENTIAL", "en", "broker-to-customer", "yacht insurance renewal for a named expat: policy number, boat, mooring, premium")
def m0027(n):
    body = """Hej Erik,

your yacht policy with Nordic Marine (NM-Y-2024-7781) renews on
1 April. The underwriter needs an updated valuation because of the new
engine:

  Vessel:   "Saltö", Hallberg-Rassy 342, built 2008, hull no. HR342-117
  Mooring:  Passathafen Travemünde, berth C-14, winter storage
            Böbs Werft, Priwall
  Sum insured: old EUR 118,000 -> new EUR 131,000 (Volvo D2-50, 2025)
  Premium:  EUR 1,377.00 -> approx. EUR 1,520.00, excess EUR 500

Please send me the invoice for the engine and 3-4 photos of the boat
on the hard, then I can finish the renewal. The skipper extension for
your son stays in.

""" + SIG["MS_EN"]
    return build(n, frm=MS, to="Erik Lindqvist <erik@lindqvist.example>",
                 subject="Saltö – yacht insurance renewal 1 April", date=d(2, 13, 9, 44),
                 body=body, fmt_flowed=True, cte="8bit")


# ---- d37-0028 -------------------------------------------------------------
@mail(28, "NORMAL", "de", "internal", "trap: aggregated commission overview per line of business incl. PKV/BU/life, no customers")
def m0028(n):
    body = """Jens, Birte,

Provisionen Q4/2025 nach Sparte, Quelle MaklerDesk-Auswertung
"Courtage nach Sparte", bereinigt um Stornoreserve. Einzelaufstellung
je Vertrag liegt im Ordner, hier nur die Summen für die
Gesellschafterrunde.

Leben/BU ist wegen der zwei Großverträge im November so hoch – die
Stornohaftung läuft noch 5 Jahre, bitte nicht alles verplanen ;-)

Aylin
"""
    x = xlsx([("Q4 2025", [
        ["Sparte", "Abschlusscourtage EUR", "Bestandscourtage EUR", "Storno EUR", "Netto EUR", "Anzahl Verträge"],
        ["Kranken (PKV voll + Zusatz)", 18240.00, 6110.45, -1320.00, 23030.45, 31],
        ["Leben / BU / Rente", 41770.50, 2980.12, -2455.80, 42294.82, 14],
        ["Unfall", 1180.00, 1422.30, 0, 2602.30, 22],
        ["Kfz", 0, 9874.66, -112.40, 9762.26, 208],
        ["Sach privat", 2210.00, 7731.05, -88.00, 9853.05, 356],
        ["Gewerbe / Haftpflicht", 3395.00, 11204.90, 0, 14599.90, 67],
        ["Summe", 66795.50, 39323.48, -3976.20, 102142.78, 698]])])
    return build(n, frm=AD, to=[JF, BO], subject="Courtage Q4/2025 nach Sparten",
                 date=d(2, 13, 16, 20), body=body, atts=[att("Courtage_Q4_2025_Sparten.xlsx", x)])


# ---- d37-0029 -------------------------------------------------------------
@mail(29, "STRICTLY_CONFIDENTIAL", "de", "broker-to-taxadviser", "body harmless; PDF commission statement lists named customers with life and BU contracts")
def m0029(n):
    body = """Hallo Herr Hinrichsen,

für die Buchhaltung Januar die Courtageabrechnung der Elbtal (kam erst
heute). Bitte wie immer auf 8400 / Erlöse Courtage buchen.

Gruß
Aylin Demir
"""
    p = pdf(["Elbtal Lebensversicherung a.G. - Courtageabrechnung Januar 2026",
             "Vermittler: 40-2217 Hanseatisches Maklerkontor Fehrs & Oltmanns GmbH", "",
             "Vertrag        VN / vP                   Tarif             Beitrag    Courtage",
             "EL-BU-7730215  Kai Brueggemann           BU Premium 2026   84,20      3.031,20",
             "EL-RV-2201447  Frerk Jacobsen            Privatrente Flex  150,00     2.520,00",
             "EL-RL-0091833  Dr. Wiebke Sander         Risikoleben       31,75        571,50",
             "EL-BU-7730388  Merle Stahmer             BU Start          41,90      1.508,40",
             "", "Summe Courtage: 7.631,10 EUR",
             "Stornoreservekonto: 763,11 EUR einbehalten",
             "Auszahlung auf Konto DE53 2305 0101 0003 3377 11 (Fehrs & Oltmanns GmbH)"],
            title="Courtageabrechnung 01/2026")
    return build(n, frm=AD, to="Thorsten Hinrichsen <t.hinrichsen@stb-hinrichsen.example>",
                 subject="Courtage Elbtal 01/2026", date=d(2, 16, 11, 2), body=body,
                 atts=[att("Elbtal_Courtage_2026-01.pdf", p)])


# ---- d37-0030 -------------------------------------------------------------
@mail(30, "NORMAL", "de", "newsletter", "trap: pool newsletter about BU conditions, physicians' tariffs, infection clause, diagnoses in general")
def m0030(n):
    body = """Hier der Pool-Newsletter, Punkt 2 ist für unsere Arztpraxen
interessant. Birte

---------- Weitergeleitete Nachricht ----------
Von: Pool Nord Maklerservice <newsletter@poolnord.example>
Datum: Mo., 16. Feb. 2026 um 07:00
Betreff: Pool Nord Kompakt 02/2026

Liebe Maklerpartnerinnen und Maklerpartner,

1. BU-Bedingungsupdate Elbtal: Verzicht auf abstrakte Verweisung jetzt
   auch für Selbständige mit weniger als 10 Mitarbeitern.

2. Ärzte-BU mit Infektionsklausel: Wird einem Arzt wegen einer
   Infektion (z. B. Hepatitis B/C, HIV) ein Tätigkeitsverbot nach dem
   IfSG ausgesprochen, gilt er als berufsunfähig. Drei Gesellschaften im
   Vergleich, Tabelle im Maklerportal.

3. Risikovoranfragen: Bitte schicken Sie uns anonyme Voranfragen
   ausschließlich über das Portal. Diagnosen wie Asthma (J45), Migräne
   (G43) oder Hashimoto (E06.3) werden in der Regel innerhalb von 48 h
   beantwortet.

4. Termine: Pool-Tag Hamburg 24.04.2026, Hotel Atlantic.

Sie erhalten diesen Newsletter als angebundener Vertriebspartner.
Abmelden im Maklerportal unter Einstellungen > Newsletter.
"""
    return build(n, frm=BO, to=[JF, MS], subject="WG: Pool Nord Kompakt 02/2026",
                 date=d(2, 16, 8, 5), body=body)


# ---- d37-0031 -------------------------------------------------------------
@mail(31, "CONFIDENTIAL", "de", "broker-to-customer", "inline-forwarded cancellation confirmation of the old motor policy: name, policy number, plate")
def m0031(n):
    body = """Hallo Frau Lüth,

zur Info: die Baltica hat die Kündigung bestätigt, siehe unten. Damit
ist alles erledigt, die neue Police der Nordlicht kommt per Post.

""" + SIG["MS"] + """

-------- Original-Nachricht --------
Betreff: Kündigungsbestätigung KF-4471-0093
Datum: 16.02.2026 09:03
Von: Baltica Kfz-Service <kfz-service@baltica-allgemeine.example>
An: malte.sievers@fehrs-oltmanns.example

Sehr geehrte Damen und Herren,

wir bestätigen die Kündigung des Vertrags KF-4471-0093
(VN: Nele Lüth, Fahrzeug: VW Polo, amtl. Kennzeichen HL-NL 73) zum
12.02.2026 wegen Veräußerung/Abmeldung. Der Schadenfreiheitsrabatt
(SF 14, 0 Schäden) wird auf Anfrage an den Nachversicherer gemeldet.

Der nicht verbrauchte Beitrag in Höhe von 187,34 EUR wird erstattet.

Mit freundlichen Grüßen
Baltica Allgemeine Versicherung AG
Kfz-Betrieb
"""
    return build(n, frm=MS, to="Nele Lüth <nele.lueth@gmx.example>",
                 subject="WG: Kündigungsbestätigung KF-4471-0093", date=d(2, 16, 10, 12), body=body)


# ---- d37-0032 -------------------------------------------------------------
@mail(32, "STRICTLY_CONFIDENTIAL", "en", "broker-to-customer", "reply body harmless; quoted customer mail describes lumbar disc surgery and antidepressants for a BU application")
def m0032(n):
    body = """Hi Tomasz,

thanks for being so open, that helps a lot. I will ask two insurers
anonymously first, so nothing gets stored under your name before we know
the answer. Give me about a week.

Best wishes
Birte

On 17/02/2026 06:21, Tomasz Nowak wrote:
> Hello Mrs Oltmanns,
>
> sorry for my bad english, my german is worse :) You asked about my
> health for the disability insurance. Here is everything:
>
> - 2022 operation on the back, disc L5/S1, Sana hospital Lübeck, 5 days
>   in hospital, after that 3 weeks rehab in Bad Schwartau
> - 2023 I was 2 months off work with depression after the divorce,
>   took sertraline 50 mg until summer 2024, now nothing
> - I am driving truck since 2009, mostly Scandinavia routes
>
> Is it still possible for me? My colleague says with back operation
> no chance.
>
> Thanks, Tomasz
"""
    return build(n, frm=BO, to="Tomasz Nowak <tomasz.nowak83@poczta.example>",
                 subject="Re: disability insurance", date=d(2, 17, 9, 3), body=body,
                 in_reply_to="<CAM7tn83xq@poczta.example>", mailer="Mozilla Thunderbird")


# ---- d37-0033 -------------------------------------------------------------
@mail(33, "NORMAL", "en", "internal", "trap: MFA/password policy notice with recovery codes and 'info@' mailbox, no personal data")
def m0033(n):
    body = """Hi all,

(English this time because our new IT guy at Trave-IT, Mark, is in cc and
doesn't read German yet.)

From Monday 23 Feb MaklerDesk requires two-factor login:

1. Install an authenticator app on your work phone (Microsoft or
   FreeOTP, both fine).
2. At the next login MaklerDesk shows a QR code – scan it, enter the
   6-digit code.
3. Write the recovery codes on paper and give them to me in a sealed
   envelope, they go into the safe.

New password rules: min. 14 characters, no reuse of the last 10. The
shared "info@" mailbox gets MFA as well; Jens and I hold the codes.

Mark, please make sure the old terminal server in the back room is
switched off by then, it still has the old MaklerDesk client.

Thanks!
""" + SIG["AD_EN"]
    return build(n, frm=AD, to=ALLE, cc="Mark Devlin <m.devlin@traveit.example>",
                 subject="MFA for MaklerDesk from 23 Feb", date=d(2, 18, 13, 30), body=body)


# ---- d37-0034 -------------------------------------------------------------
@mail(34, "CONFIDENTIAL", "de", "broker-to-customer", "dental practice contents/electronics insurance: named owner, policy number, sums insured, no patient data")
def m0034(n):
    body = """Sehr geehrte Frau Dr. Sander,

Ihre Praxisinhaltsversicherung (Baltica, PI-7702-418) ist angepasst:
das neue DVT-Gerät (Planmeca Viso G5, 98.400 EUR netto) ist ab
01.03.2026 in der Elektronikversicherung mitversichert, ebenso die neue
Behandlungseinheit in Zimmer 3.

Neue Versicherungssummen:
  Inhalt (Praxisinventar):     420.000 EUR
  Elektronik:                  265.000 EUR
  Betriebsunterbrechung:       180.000 EUR (12 Monate)
Jahresbeitrag neu: 2.914,60 EUR (bisher 2.288,10 EUR), Einzug wie gehabt.

Den Nachtrag schickt die Baltica direkt an die Praxis. Bitte prüfen Sie,
ob die Adresse "Zahnarztpraxis Dr. Wiebke Sander, Mühlenstraße 9" noch
stimmt – wegen der Praxiserweiterung ins 1. OG.

""" + SIG["MS"]
    return build(n, frm=MS, to="Dr. Wiebke Sander <praxis@praxis-sander.example>",
                 subject="Nachtrag Praxisinhalt / DVT", date=d(2, 19, 11, 55), body=body)


# ---- d37-0035 -------------------------------------------------------------
@mail(35, "NORMAL", "de", "broker-to-insurer", "trap: water damage in the broker firm's own office coming from the physiotherapy practice upstairs; company claim")
def m0035(n):
    body = """Sehr geehrte Damen und Herren,

Schadenmeldung in eigener Sache (VN: Hanseatisches Maklerkontor Fehrs &
Oltmanns GmbH, Büroinhaltsversicherung BI-3340-001):

In der Nacht zum 20.02. ist in der Physiotherapiepraxis im 1. OG über
uns ein Schlauch an der Waschmaschine für die Praxiswäsche geplatzt.
Das Wasser ist durch die Decke in unser Archiv gelaufen.

Betroffen:
- 2 Aktenschränke (Altakten 2015–2019, Papier), Inhalt teilweise nass
- Deckenplatten, Teppich im Archiv
- 1 Laserdrucker

Die Hausverwaltung (Grundstücksverwaltung Holstentor GmbH) hat einen
Trocknungsbetrieb beauftragt. Die Praxis hat ihre Haftpflicht
informiert. Fotos können wir nachreichen.

Die nassen Akten werden von einem Dienstleister datenschutzgerecht
getrocknet bzw. vernichtet (Angebot liegt vor).

""" + SIG["JF"]
    return build(n, frm=JF, to="Schaden Gewerbe <schaden-gewerbe@baltica-allgemeine.example>",
                 subject="Leitungswasserschaden Büro Breite Straße 41 – BI-3340-001",
                 date=d(2, 20, 8, 11), body=body)


# ---- d37-0036 -------------------------------------------------------------
@mail(36, "CONFIDENTIAL", "de", "broker-to-insurer", "cyber claim of a GP group practice (company policyholder, named contact); patient data affected only in general terms")
def m0036(n):
    body = """Sehr geehrte Damen und Herren,

wir melden einen Cyberschaden zur Police CY-2025-0419
(VN: Hausarztpraxis Dr. Olde & Kollegen, Partnerschaftsgesellschaft,
Ansprechpartnerin Praxismanagerin Frau Janina Rohde, 0451 4988-20):

Am 20.02.2026 gegen 7:30 Uhr waren alle Arbeitsplätze der Praxis
verschlüsselt (Erpresserbrief auf dem Bildschirm, Gruppe nennt sich
"NordLock"). Betroffen sind Praxisverwaltungssystem und Terminserver.
Ob Patientendaten abgeflossen sind, ist unklar. Die Praxis hat den
Betrieb auf Papier umgestellt.

Bitte schalten Sie umgehend Ihren Incident-Response-Dienstleister ein.
Die Meldung an die Datenschutzaufsicht (Art. 33 DSGVO) bereitet die
Praxis mit ihrem DSB vor. Lösegeld wird nicht gezahlt.

""" + SIG["MS"]
    return build(n, frm=MS, to="Cyber-Hotline <cyber@baltica-allgemeine.example>", cc=SCHADEN,
                 subject="EILT: Cyberschaden Praxis Dr. Olde & Kollegen – CY-2025-0419",
                 date=d(2, 20, 8, 49), body=body, extra={"Importance": "high", "X-Priority": "1"})


# ---- d37-0037 -------------------------------------------------------------
@mail(37, "CONFIDENTIAL", "en", "broker-to-insurer", "motor liability claim written in English for an expat; nobody hurt; plate, policy number")
def m0037(n):
    body = """Dear claims team,

please excuse the English, the policyholder does not speak German and
asked me to keep him in copy.

Policy: KH-5512-0871 (motor liability + partial cover)
Policyholder: Tomasz Nowak, Moislinger Allee 221, 23558 Lübeck
Vehicle: Skoda Octavia, HL-TN 830
Date/place: 21 Feb 2026, 17:45, car park Citti-Markt, Herrenholz

While reversing out of a parking space, Mr Nowak touched the rear
bumper of a parked BMW 3 series (HL-AB 2207). Damage on both cars is
minor (scratches, dented bumper). Nobody was hurt. The owner of the
BMW, Mr Andreas Bock, left his number; a witness statement is not
available.

Mr Nowak accepts liability. Please contact Mr Bock directly.

""" + SIG["MS_EN"]
    return build(n, frm=MS, to="Kfz-Schaden <kfz-schaden@nordlicht-versicherung.example>",
                 cc="Tomasz Nowak <tomasz.nowak83@poczta.example>",
                 subject="Motor liability claim KH-5512-0871 / parking damage 21 Feb",
                 date=d(2, 23, 9, 20), body=body)


# ---- d37-0038 -------------------------------------------------------------
@mail(38, "NORMAL", "de", "internal", "trap: ICS invitation for first-aid training (Ersthelfer), mentions resuscitation and bleeding")
def m0038(n):
    body = """Hallo ihr,

wir brauchen laut BG zwei Ersthelfer im Büro. Svenja und Lennart
machen den Kurs, Einladung anbei. Der Kurs geht über einen Tag
(Herz-Lungen-Wiederbelebung, Defi, Wundversorgung, Schock).

Die Kosten übernimmt die VBG.

Aylin
"""
    ic = ics("d37-0038-erstehilfe@fehrs-oltmanns.example", d(3, 12, 8, 30), d(3, 12, 16, 30),
             "Erste-Hilfe-Grundausbildung (Ersthelfer)", "DRK Kreisverband Lübeck, Mengstraße 12",
             "9 UE, bequeme Kleidung. Bitte Personalausweis mitbringen.", "aylin.demir@" + DOM)
    return build(n, frm=AD, to=[SK, LP], cc=JF, subject="Einladung: Erste-Hilfe-Kurs 12.03.",
                 date=d(2, 23, 14, 5), body=body, atts=[att("Erste-Hilfe-Kurs.ics", ic)])


# ---- d37-0039 -------------------------------------------------------------
@mail(39, "STRICTLY_CONFIDENTIAL", "de", "broker-to-insurer", "forwarded customer mail (message/rfc822): mother's dementia, care level 3 and long-term care daily allowance claim")
def m0039(n):
    body = """Sehr geehrte Damen und Herren,

in der Anlage die Nachricht der Tochter unserer Kundin zur Pflege-
tagegeldversicherung PT-0038 114 (vP: Hannelore Timm). Bitte senden Sie
die Leistungsunterlagen direkt an die Tochter, Frau Kerstin Timm-Bahr;
die Vorsorgevollmacht liegt Ihnen bereits vor.

""" + SIG["JF"]
    fw = inner(frm="Kerstin Timm-Bahr <k.timm-bahr@web.example>", to="jens.fehrs@" + DOM,
               subject="Pflegegrad Mama", date=d(2, 22, 20, 41), msgid="<d37-inner-0039@web.example>",
               body="""Lieber Herr Fehrs,

der MD war am 10.02. bei Mama, heute kam der Bescheid der Pflegekasse:
Pflegegrad 3 ab 01.01.2026. Die Demenz ist seit dem Sturz im Herbst
deutlich schlimmer geworden, sie erkennt mich manchmal nicht mehr und
braucht Hilfe beim Waschen und Anziehen. Seit Januar kommt dreimal
täglich der Pflegedienst (Diakonie).

Sie hatten ja damals die Pflegetagegeldversicherung bei der Trave
abgeschlossen. Was brauchen die jetzt von uns? Den Bescheid und das
Gutachten kann ich einscannen.

Viele Grüße
Kerstin Timm-Bahr
""")
    return build(n, frm=JF, to="Leistung Pflege <pflege@trave-kv.example>",
                 subject="Pflegetagegeld PT-0038 114 – Leistungsfall", date=d(2, 23, 16, 30),
                 body=body, fwd=fw)


# ---- d37-0040 -------------------------------------------------------------
@mail(40, "CONFIDENTIAL", "de", "broker-to-insurer", "cancellation of household insurance because of move abroad: name, policy number, new address")
def m0040(n):
    body = """Sehr geehrte Damen und Herren,

namens und in Vollmacht unserer Kundin kündigen wir die
Hausratversicherung

  VN: Johanna Paulsen
  Vertrag: HR-2011-870-2
  Risikoort: Engelsgrube 31, 23552 Lübeck

zum 31.03.2026 wegen Wegzugs ins Ausland (Risikowegfall, § 80 VVG bzw.
Ziff. 12 Ihrer VHB). Neue Anschrift ab 01.04.: Calle Sant Pere 14, 3º,
08003 Barcelona, Spanien.

Bitte erstatten Sie den anteiligen Beitrag auf das bekannte Konto und
bestätigen Sie uns die Kündigung schriftlich.

Mit freundlichen Grüßen
i. A. Aylin Demir
Hanseatisches Maklerkontor Fehrs & Oltmanns GmbH
"""
    return build(n, frm=AD, to="Vertrag Sach <vertrag-sach@nordlicht-versicherung.example>",
                 subject="Kündigung HR-2011-870-2 / Paulsen – Wegzug", date=d(2, 24, 10, 2),
                 body=body, charset="iso-8859-1", cte="quoted-printable")


# ---- d37-0041 -------------------------------------------------------------
@mail(41, "NORMAL", "en", "newsletter", "trap: software vendor release notes about importing 'health claim documents' and BiPRO, no customer data")
def m0041(n):
    body = """MaklerDesk Release Notes 8.4 (English edition)

Dear MaklerDesk customer,

version 8.4 will be rolled out to all cloud tenants on 3 March 2026.

NEW
* BiPRO 430.4: automatic import of insurer documents now also covers
  "Leistungsabrechnung Kranken" (health claim statements) and
  "Antragsnachfragen" (underwriting questions). Documents are filed in
  the customer's record and flagged "sensitive – health".
* Health questionnaire module: new question sets for 14 insurers,
  including look-back periods and ICD search (ICD-10-GM 2026).
* Commission reconciliation: CSV import for three more pools.

FIXED
* Printing of PDF forms with filled fields (ticket #44120).
* Time-out of the Outlook add-in after 15 minutes.

KNOWN ISSUE
* The old terminal-server client (7.x) is no longer supported.

Your MaklerDesk team
https://maklerdesk.example/releases/8-4
You are receiving this e-mail because you are an administrator of a
MaklerDesk tenant.
"""
    return build(n, frm="MaklerDesk Product News <news@maklerdesk.example>", to="aylin.demir@" + DOM,
                 subject="MaklerDesk 8.4 – release notes", date=d(2, 24, 6, 30), body=body,
                 extra={"List-Unsubscribe": "<https://maklerdesk.example/unsubscribe>", "Precedence": "bulk"})


# ---- d37-0042 -------------------------------------------------------------
@mail(42, "STRICTLY_CONFIDENTIAL", "en", "broker-to-customer", "PKV policy schedule for expat customer: accepted with thyroid clause, birth date, premium in PDF")
def m0042(n):
    body = """Dear Sarah,

it's done – Trave Kranken accepted your application without a
surcharge. Your policy starts on 1 March 2026. The policy schedule is
attached; the full documents (in German, sorry) come by post.

Please check especially the special agreement on page 1: the thyroid
condition is covered normally, they only ask for a TSH value once a year
during the first two years.

Please also send the "Bescheinigung für den Arbeitgeber" (page 3) to
Baltic MedTech HR, so they pay the employer contribution from March.

""" + SIG["BO_EN"]
    p = pdf(["Trave Krankenversicherung AG", "Versicherungsschein Nr. TK-563002-01", "",
             "Versicherungsnehmerin / versicherte Person: Sarah O'Connell, geb. 22.09.1988",
             "Anschrift: Wakenitzmauer 17, 23552 Luebeck", "Versicherungsbeginn: 01.03.2026", "",
             "Tarife: AmbulantPlus 600 / Stationaer 1-Bett / Zahn 90 / KT43 (120 EUR)",
             "Monatsbeitrag: 562,18 EUR (davon Arbeitgeberzuschuss bis 421,76 EUR)", "",
             "Besondere Vereinbarung: Fuer die bekannte Autoimmunthyreoiditis (Hashimoto, E06.3)",
             "wird kein Risikozuschlag erhoben. Die versicherte Person reicht in den ersten",
             "beiden Versicherungsjahren jaehrlich einen aktuellen TSH-Wert ein.",
             "", "Seite 3: Bescheinigung zur Vorlage beim Arbeitgeber (§ 257 SGB V)"],
            title="Versicherungsschein")
    return build(n, frm=BO, to="Sarah O'Connell <sarah.oconnell@mailbox.example>",
                 subject="Accepted! Your policy schedule", date=d(2, 25, 11, 16), body=body,
                 atts=[att("Versicherungsschein_TK-563002-01.pdf", p)])


# ---- d37-0043 -------------------------------------------------------------
@mail(43, "CONFIDENTIAL", "en", "broker-to-customer", "liability and household policies for expat: policy numbers, address, IBAN for direct debit")
def m0043(n):
    body = """Hi Daniel,

welcome to Germany, officially: your personal liability and household
contents insurance are both in force from 1 March.

  Personal liability:  Baltica PHV-9930-1127, family cover,
                       EUR 50m, premium EUR 79.80/year
  Household contents:  Baltica HR-9930-1128, sum insured EUR 65,000,
                       Hüxstraße 88, 23552 Lübeck, EUR 141.60/year

Both premiums will be collected yearly on 1 March from your account
DE54 2305 0101 0070 4411 29 (the SEPA mandate you signed on 19 Feb).

Your German policy documents will arrive by post. Don't throw them
away even if you can't read them :) If you ever need to report a
claim, just call us first.

""" + SIG["AD_EN"]
    return build(n, frm=AD, to="Daniel Brooks <dbrooks@brooks-family.example>",
                 subject="Your liability & household insurance – confirmation",
                 date=d(2, 26, 15, 40), body=body, cte="quoted-printable")


# ---- d37-0044 -------------------------------------------------------------
@mail(44, "NORMAL", "en", "broker-to-insurer", "trap: request for English wordings of liability/household/IPID, mentions hospital and medtech staff generically")
def m0044(n):
    body = """Dear Ms Halvorsen,

more and more of our clients in Lübeck are international staff of the
university, the hospital and the medical technology companies. Could
you send us the English convenience translations of:

- general terms and conditions for private liability (PHV 2025)
- household contents (VHB 2025)
- the IPID sheets for both products

We would like to hand them out together with the German originals. We
understand that only the German version is legally binding.

Many thanks
""" + SIG["JF_EN"]
    return build(n, frm=JF, to="Ingrid Halvorsen <i.halvorsen@baltica-allgemeine.example>",
                 subject="English policy wordings PHV / VHB", date=d(2, 26, 16, 2), body=body)


# ---- d37-0045 -------------------------------------------------------------
@mail(45, "STRICTLY_CONFIDENTIAL", "de", "internal", "handover list before holiday: open claims incl. accident injury and heart attack KTG case")
def m0045(n):
    body = """Hi Aylin,

meine Übergabe für die Urlaubswoche, Stand Freitag:

- Brammer Unfall (UV-88 31 044): Entlassbericht UKSH ist da, Nordlicht
  will noch das handchirurgische Gutachten nach 12 Monaten für die
  Invalidität. Nur Krankenhaustagegeld ist schon bezahlt (4 Tage).
- Jacobsen KTG (KT-40 22 913): Herzinfarkt, AHB Bad Segeberg bis
  ca. 02.03. Trave will danach einen Zwischenbericht vom Hausarzt
  (Dr. Olde). Bitte am 03.03. nachfassen!
- Timmermann Fahrrad: reguliert, 4.100 EUR Zeitwert, erledigt.
- Kühl Carport: Nachtrag Entsorgung liegt bei Baltica, abwarten.
- Cyber Olde: läuft über Malte, nicht anfassen :)

Passwort für den Schaden-Ordner hat Jens.

Danke dir!! Svenja
"""
    return build(n, frm=SK, to=AD, subject="Übergabe Schäden KW 10",
                 date=d(2, 27, 15, 58), body=body)


# ---- d37-0046 -------------------------------------------------------------
@mail(46, "NORMAL", "de", "broker-to-taxadviser", "trap: VAT/turnover figures and bank account of the GmbH itself, no natural person's data")
def m0046(n):
    body = """Hallo Herr Hinrichsen,

kurz zur Umsatzsteuer-Voranmeldung Januar für die GmbH:

- steuerfreie Umsätze § 4 Nr. 11 UStG (Courtagen): 71.420,18 EUR
- steuerpflichtige Umsätze (Beratungshonorare Gewerbe, 19 %):
  2.800,00 EUR netto
- Vorsteuer aus Leasing Dienstwagen und Miete Archiv: siehe DATEV-
  Belege, Belegnummern 2026-0101 bis 2026-0188

Die Zahllast bitte wie immer per Lastschrift vom Geschäftskonto der GmbH
(DE53 2305 0101 0003 3377 11, Sparkasse zu Lübeck).

Die Rechnung der Trocknungsfirma (Wasserschaden Archiv) kommt separat,
die geht an die Versicherung.

""" + SIG["AD"]
    return build(n, frm=AD, to="Thorsten Hinrichsen <t.hinrichsen@stb-hinrichsen.example>",
                 subject="UStVA 01/2026 Fehrs & Oltmanns GmbH", date=d(3, 2, 9, 14), body=body)


# ---- d37-0047 -------------------------------------------------------------
@mail(47, "CONFIDENTIAL", "de", "broker-to-taxadviser", "managing director's private income tax return: salary, rental income, tax ID")
def m0047(n):
    body = """Moin Thorsten,

für meine private ESt 2025 die Eckdaten vorab, Belege bringe ich
Donnerstag vorbei:

- GF-Gehalt Fehrs & Oltmanns GmbH: 96.000 EUR brutto, plus Tantieme
  14.500 EUR (ausgezahlt 12/2025), Dienstwagen 1 % (Listenpreis
  58.900 EUR)
- Vermietung Wohnung Hüxstraße 88 (seit März an die Brooks): Miete
  1.150 EUR kalt, ab 03/2025, Handwerkerrechnungen ca. 6.300 EUR
- Kapitalerträge laut Jahressteuerbescheinigung Comdirect: 2.214 EUR

Steuer-ID steht im Vorjahr, zur Sicherheit: 58 204 117 639.

Gruß Jens
"""
    return build(n, frm=JF, to="Thorsten Hinrichsen <t.hinrichsen@stb-hinrichsen.example>",
                 subject="ESt 2025 Fehrs – Eckdaten", date=d(3, 2, 21, 17), body=body,
                 mailer="iPhone Mail (22D63)")


# ---- d37-0048 -------------------------------------------------------------
@mail(48, "STRICTLY_CONFIDENTIAL", "de", "broker-to-insurer", "dentist's professional liability claim: named patient alleges nerve damage after implant (health data under § 203)")
def m0048(n):
    body = """Sehr geehrte Damen und Herren,

zur Berufshaftpflicht BH-Z-55120 (VN: Dr. Wiebke Sander, Zahnärztin)
melden wir vorsorglich einen Haftpflichtfall:

Anspruchsteller: Rüdiger Maaß, Lübeck, vertreten durch RA Kolbe
Behandlung: Implantat regio 46 am 14.10.2025
Vorwurf: Verletzung des Nervus alveolaris inferior bei der Bohrung,
seitdem Taubheitsgefühl Unterlippe/Kinn rechts (Parästhesie),
Nachbehandlung an der Uniklinik Kiel, MKG-Chirurgie.
Forderung: Schmerzensgeld 15.000 EUR, Erstattung Behandlungskosten.

Frau Dr. Sander weist den Vorwurf zurück (Aufklärung dokumentiert,
DVT-Planung vorhanden). Sie ist von der Schweigepflicht gegenüber
der Versicherung entbunden, soweit es zur Abwehr erforderlich ist.
Das Anwaltsschreiben und die Stellungnahme der Praxis hängen an.

""" + SIG["SK"]
    p = pdf(["Rechtsanwalt Henning Kolbe, Luebeck", "An: Zahnarztpraxis Dr. Wiebke Sander", "",
             "Unser Mandant Ruediger Maass, geb. 05.05.1959",
             "Implantation 46 am 14.10.2025 - Nervschaedigung N. alveolaris inferior",
             "Befund Uniklinik Kiel vom 02.12.2025: persistierende Hypaesthesie/Paraesthesie",
             "Wir fordern Schmerzensgeld in Hoehe von 15.000 EUR bis zum 20.03.2026."],
            title="Geltendmachung von Schadensersatz")
    return build(n, frm=SK, to="Haftpflicht Heilwesen <hw-schaden@baltica-allgemeine.example>",
                 cc="Dr. Wiebke Sander <praxis@praxis-sander.example>",
                 subject="Haftpflichtfall BH-Z-55120 – Anspruch Maaß", date=d(3, 3, 13, 45), body=body,
                 atts=[att("Anspruchsschreiben_RA_Kolbe.pdf", p)])


# ---- d37-0049 -------------------------------------------------------------
@mail(49, "NORMAL", "de", "internal", "trap: blank consent / confidentiality-release template with placeholders")
def m0049(n):
    body = """Lennart, hier die neue Vorlage Schweigepflichtentbindung (mit den
Änderungen vom Datenschutzbeauftragten). Bitte die alte im Vorlagen-
Ordner löschen, sonst nimmt die wieder jemand.

B.
"""
    dx = docx(["Einwilligung und Schweigepflichtentbindungserklärung",
               "Ich, «Vorname» «Nachname», geb. «Geburtsdatum», wohnhaft «Anschrift», entbinde die nachstehend genannten Ärzte, Zahnärzte, Psychotherapeuten, Krankenhäuser und Pflegeeinrichtungen von ihrer Schweigepflicht gegenüber dem Hanseatischen Maklerkontor Fehrs & Oltmanns GmbH und dem Versicherer «Gesellschaft»,",
               "soweit dies zur Prüfung des Antrags bzw. des Leistungsfalls «Vertragsnummer» erforderlich ist.",
               "Behandelnde Ärzte (Name, Anschrift): «Arzt 1» / «Arzt 2» / «Arzt 3»",
               "Ich kann diese Erklärung jederzeit mit Wirkung für die Zukunft widerrufen.",
               "Ort, Datum: ____________________   Unterschrift: ____________________"],
              title="Vorlage V-17 Schweigepflichtentbindung (Stand 03/2026)")
    return build(n, frm=BO, to=LP, subject="Vorlage Schweigepflichtentbindung neu",
                 date=d(3, 3, 16, 20), body=body, atts=[att("V-17_Schweigepflichtentbindung_2026-03.docx", dx)])


# ---- d37-0050 -------------------------------------------------------------
@mail(50, "CONFIDENTIAL", "de", "internal", "CSV export of motor customers (names, plates, policy numbers, premiums) for a renewal campaign")
def m0050(n):
    body = """Malte,

Export aus MaklerDesk: alle Nordlicht-Kfz-Verträge mit Beitragserhöhung
> 10 % zum 01.01. (Filter: Sparte KH/VK, Gesellschaft Nordlicht).
23 Stück, die ersten 8 unten, Rest in der CSV. Telefonaktion wie
besprochen ab Montag?

Aylin

Kunde;Kennzeichen;Vertrag;Beitrag alt;Beitrag neu;Änderung
Lüth, Nele;HL-NL 73;KF-8820-1142;512,40;566,90;10,6%
Whitfield, James;HL-JW 404;KF-8820-1178;712,40;801,30;12,5%
Nowak, Tomasz;HL-TN 830;KH-5512-0871;388,00;431,70;11,3%
Kühl, Thomas;HL-TK 12;KF-8811-0290;944,10;1.047,60;11,0%
Gerdes, Björn;HL-BG 1975;KF-8814-0433;630,55;702,00;11,3%
Paulsen, Johanna;HL-JP 31;KF-8809-1170;455,20;509,80;12,0%
Timmermann, Ole;HL-OT 22;KF-8819-0051;301,90;338,10;12,0%
Stahmer, Merle;OD-MS 98;KF-8821-0017;687,00;760,45;10,7%
"""
    rows = [["Kunde", "Kennzeichen", "Vertrag", "Beitrag alt", "Beitrag neu", "Änderung"],
            ["Lüth, Nele", "HL-NL 73", "KF-8820-1142", "512,40", "566,90", "10,6%"],
            ["Whitfield, James", "HL-JW 404", "KF-8820-1178", "712,40", "801,30", "12,5%"],
            ["Nowak, Tomasz", "HL-TN 830", "KH-5512-0871", "388,00", "431,70", "11,3%"],
            ["Kühl, Thomas", "HL-TK 12", "KF-8811-0290", "944,10", "1.047,60", "11,0%"],
            ["Gerdes, Björn", "HL-BG 1975", "KF-8814-0433", "630,55", "702,00", "11,3%"],
            ["Paulsen, Johanna", "HL-JP 31", "KF-8809-1170", "455,20", "509,80", "12,0%"],
            ["Timmermann, Ole", "HL-OT 22", "KF-8819-0051", "301,90", "338,10", "12,0%"],
            ["Stahmer, Merle", "OD-MS 98", "KF-8821-0017", "687,00", "760,45", "10,7%"],
            ["Brammer, Hauke", "HL-HB 14", "KF-8807-0932", "1.210,00", "1.349,10", "11,5%"],
            ["Voß, Sönke", "HL-SV 89", "KF-8815-0388", "402,10", "447,30", "11,2%"]]
    return build(n, frm=AD, to=MS, subject="Nordlicht Kfz > 10 % – Liste für Telefonaktion",
                 date=d(3, 4, 8, 40), body=body, atts=[att("nordlicht_kfz_erhoehung.csv", csvb(rows))])


# ---- d37-0051 -------------------------------------------------------------
@mail(51, "STRICTLY_CONFIDENTIAL", "en", "customer", "forwarded customer mail: son's ADHD diagnosis and methylphenidate, reimbursement question")
def m0051(n):
    body = """Birte – Brooks is in the PKV with Trave since Feb, right? Can you
answer him or shall I ask Trave directly? L.

> From: Daniel Brooks <dbrooks@brooks-family.example>
> Date: Thursday, 5 March 2026 at 22:03
> To: info@fehrs-oltmanns.example
> Subject: Medication for our son
>
> Hi there,
>
> quick question. Our son Ethan (9) was diagnosed with ADHD back in
> Boston and takes Ritalin LA 20 mg every morning. The child psychiatrist
> here (Dr. Brandt, Lübeck) wants to switch him to Medikinet retard
> 20 mg and do a follow-up every 3 months. The pharmacy asked us to pay
> EUR 74 up front. Is that normal? Will Trave pay it back, and do we
> need a special form for the psychiatrist visits?
>
> Thanks a lot,
> Dan
"""
    return build(n, frm=LP, to=BO, subject="Fwd: Medication for our son", date=d(3, 6, 8, 22), body=body)


# ---- d37-0052 -------------------------------------------------------------
@mail(52, "NORMAL", "en", "broker-to-customer", "trap: appointment with ICS and a customer's name, but no contract, line or personal details")
def m0052(n):
    body = """Hi James,

no problem, Thursday works too. New invitation attached: 12 March,
17:30, at our office (Breite Strasse 41, 2nd floor – ring "Kontor").
Free parking in the Haerder car park after 17:00 if you show our stamp.

See you then,
Malte
"""
    ic = ics("d37-0052-whitfield@fehrs-oltmanns.example", d(3, 12, 17, 30), d(3, 12, 18, 30),
             "Meeting Fehrs & Oltmanns / James Whitfield", "Breite Strasse 41, 23552 Luebeck",
             "Annual review", "malte.sievers@" + DOM)
    return build(n, frm=MS, to="James Whitfield <j.whitfield@whitfield-architects.example>",
                 subject="Re: Meeting next week", date=d(3, 6, 11, 5), body=body,
                 atts=[att("invite.ics", ic)])


# ---- d37-0053 -------------------------------------------------------------
@mail(53, "CONFIDENTIAL", "de", "broker-to-insurer", "business interruption claim of a sole-trader bakery after oven fire; nobody hurt")
def m0053(n):
    body = """Sehr geehrte Damen und Herren,

Schadenanzeige Inhalts- und Betriebsunterbrechungsversicherung

VN: Gerd Timm, Bäckerei Timm (Einzelunternehmen), Hüxstraße 12
Vertrag: GI-4410-2290 / BU-4410-2291
Schadentag: 05.03.2026, ca. 3:20 Uhr

Brand im Etagenofen (Wachtel), vermutlich Kurzschluss in der Steuerung.
Feuerwehr Lübeck war vor Ort, verletzt wurde niemand. Backstube stark
verrußt, Ofen Totalschaden, Laden bleibt voraussichtlich 10-14 Tage
geschlossen. Tagesumsatz laut Kasse im Schnitt 2.350 EUR.

Herr Timm möchte einen Leihofen mieten (Angebot liegt bei, 1.900 EUR
für 4 Wochen) – bitte um kurzfristige Freigabe der Schadenminderungs-
kosten.

""" + SIG["SK"]
    return build(n, frm=SK, to="Schaden Gewerbe <schaden-gewerbe@baltica-allgemeine.example>",
                 subject="Brandschaden Bäckerei Timm – GI-4410-2290", date=d(3, 6, 9, 40), body=body)


# ---- d37-0054 -------------------------------------------------------------
@mail(54, "STRICTLY_CONFIDENTIAL", "de", "broker-to-insurer", "premium exemption of a named customer's pension/life contract due to unemployment (life line)")
def m0054(n):
    body = """Sehr geehrte Damen und Herren,

unser Kunde Björn Gerdes (geb. 12.07.1982) ist seit 01.03.2026 arbeitslos
(Kündigungsschutzverfahren läuft). Er bittet um Beitragsfreistellung
seiner Rentenversicherung

  EL-RV-1988 417, Tarif Privatrente Klassik, Beitrag 200 EUR mtl.

für zunächst 12 Monate, alternativ Stundung für 6 Monate. Bitte teilen
Sie uns mit, wie sich die Freistellung auf die garantierte Rente und die
mitversicherte Hinterbliebenenrente auswirkt.

""" + SIG["BO"]
    return build(n, frm=BO, to="Vertrag Leben <vertrag@elbtal-leben.example>",
                 subject="Beitragsfreistellung EL-RV-1988 417 / Gerdes", date=d(3, 9, 10, 30), body=body)


# ---- d37-0055 -------------------------------------------------------------
@mail(55, "NORMAL", "de", "internal", "colleague's birthday lunch, organisational")
def m0055(n):
    body = """Psst – nicht an Birte weiterleiten!!

Birte hat Mittwoch Geburtstag. Wir gehen um 12:30 ins Schiffergesellschaft-
Restaurant, Tisch ist für 6 reserviert. Ich sammle für einen Gutschein
(Buchhandlung Hugendubel + Blumen), 15 EUR pro Person, bitte bis
Dienstag bei mir in die Kaffeekasse.

Jens übernimmt die Getränke, hat er gesagt (Jens, du hast es gesagt!).

Aylin
"""
    return build(n, frm=AD, to=[JF, MS, SK, LP], subject="Mittwoch Mittag ;-)", date=d(3, 9, 14, 12), body=body)


# ---- d37-0056 -------------------------------------------------------------
@mail(56, "CONFIDENTIAL", "en", "broker-to-customer", "travel/rental-car excess claim of an expat without health content; policy and claim number")
def m0056(n):
    body = """Dear Olivia,

your rental car excess claim has been paid: Nordlicht reimbursed the
full EUR 950 that Sixt Portugal charged to your credit card for the
scratch on the Fiat 500 (claim no. RV-26-03-00518, policy RX-1100-2046).
The money should be in your account within 3 working days.

Good to know for next time: please always keep the rental agreement
and the damage report signed at the return desk – that's what made it
so quick this time.

""" + SIG["SK_EN"]
    return build(n, frm=SK, to="Olivia Grant <olivia.grant@teachmail.example>",
                 subject="Your rental car excess claim – paid", date=d(3, 10, 12, 1), body=body)


# ---- d37-0057 -------------------------------------------------------------
@mail(57, "STRICTLY_CONFIDENTIAL", "de", "broker-to-insurer", "physician's own BU application: tinnitus and hearing loss history, ENT report")
def m0057(n):
    body = """Sehr geehrte Frau Wendt,

anbei der BU-Antrag für Herrn Dr. med. Jonas Olde (geb. 30.01.1984),
Facharzt für Allgemeinmedizin, Partner der Hausarztpraxis Dr. Olde &
Kollegen. Gewünscht: BU-Rente 3.500 EUR, Tarif Ärzte-BU mit Infektions-
klausel, Endalter 67.

Angabe zu Frage 5 (Ohren): 2021 Hörsturz rechts, behandelt mit
Prednisolon-Infusionen, seitdem chronischer Tinnitus rechts (H93.1),
kompensiert, keine Arbeitsunfähigkeit. HNO-Bericht Dr. Quast vom
04.02.2026 liegt bei: Hörverlust rechts im Hochtonbereich 25 dB,
kein Hörgerät erforderlich.

Alle übrigen Gesundheitsfragen wurden mit "nein" beantwortet.

""" + SIG["BO"]
    return build(n, frm=BO, to="Svenja Wendt <s.wendt@elbtal-leben.example>",
                 subject="BU-Antrag Dr. Jonas Olde – Ärzte-BU", date=d(3, 10, 15, 10), body=body)


# ---- d37-0058 -------------------------------------------------------------
@mail(58, "NORMAL", "de", "newsletter", "trap: insurer press release on average health premium increases, no customer")
def m0058(n):
    body = """zur Info für die Telefonaktion PKV – die Zahlen kannst du den
Kunden so sagen, ist öffentlich. B.

---------- Weitergeleitete Nachricht ----------
Von: Trave Krankenversicherung Presse <presse@trave-kv.example>
Datum: 09.03.2026

PRESSEMITTEILUNG

Trave Kranken passt Beiträge zum 1. April 2026 an

Lübeck. Die Trave Krankenversicherung AG passt zum 1. April 2026 die
Beiträge in einem Teil ihrer Vollversicherungstarife an. Im Durchschnitt
steigen die Beiträge der betroffenen Tarife um 6,8 Prozent. Ursache sind
vor allem gestiegene Ausgaben für stationäre Behandlungen (+9,1 %),
Arzneimittel (Onkologie, GLP-1-Analoga) und Psychotherapie.

Rund 38 Prozent der Versicherten sind nicht betroffen. Versicherte ab
60 Jahren erhalten eine Entlastung aus dem gesetzlichen Zuschlag.
Ein Tarifwechsel nach § 204 VVG ist jederzeit möglich.

Pressekontakt: Claudia Reimers, presse@trave-kv.example
"""
    return build(n, frm=BO, to=[JF, LP], subject="WG: PM Trave Beitragsanpassung 04/2026",
                 date=d(3, 10, 16, 44), body=body)


# ---- d37-0059 -------------------------------------------------------------
@mail(59, "CONFIDENTIAL", "de", "broker-to-customer", "reply quoting the customer's new IBAN for motor and household contracts")
def m0059(n):
    body = """Hallo Herr Timmermann,

erledigt, beide Verträge (Kfz KF-8819-0051 und Hausrat HR-2209-114-5)
laufen ab April über das neue Konto. Das alte können Sie auflösen.

Viele Grüße
Aylin Demir

Am 10.03.2026 um 19:22 schrieb Ole Timmermann:
> hallo frau demir,
> ich hab die bank gewechselt. neue iban ist
> DE54 1203 0000 1034 5678 90 (DKB)
> bitte für auto und hausrat ändern. danke!!
> ole
"""
    return build(n, frm=AD, to="Ole Timmermann <ole.timmermann@t-online.example>",
                 subject="Re: neue bankverbindung", date=d(3, 11, 8, 50), body=body)


# ---- d37-0060 -------------------------------------------------------------
@mail(60, "STRICTLY_CONFIDENTIAL", "en", "broker-to-customer", "text+HTML: dental treatment plan (crown tooth 36, root canal) and expected reimbursement")
def m0060(n):
    body = """Dear Daniel,

I had a look at the treatment plan from Dr. Sander's practice for your
crown on tooth 36 (after the root canal treatment in January):

  Root canal treatment (already done)     EUR   612.40
  Full ceramic crown 36, GOZ 2210         EUR 1,184.90
  Lab costs                               EUR   486.00
  Total                                   EUR 2,283.30

Your Trave dental tariff (Zahn 90) pays 90 % = EUR 2,054.97, because
the treatment started after the 8-month waiting period. Please send the
plan to Trave for approval before the crown is made.

""" + SIG["BO_EN"]
    html = """<html><body><p>Dear Daniel,</p>
<p>I had a look at the treatment plan from Dr. Sander's practice for your crown on tooth 36
(after the root canal treatment in January):</p>
<table border="1" cellpadding="3"><tr><td>Root canal treatment (already done)</td><td>EUR 612.40</td></tr>
<tr><td>Full ceramic crown 36, GOZ 2210</td><td>EUR 1,184.90</td></tr>
<tr><td>Lab costs</td><td>EUR 486.00</td></tr><tr><th>Total</th><th>EUR 2,283.30</th></tr></table>
<p>Your Trave dental tariff (Zahn 90) pays 90 % = EUR 2,054.97, because the treatment started after the
8-month waiting period. Please send the plan to Trave for approval before the crown is made.</p>
<p>Best wishes from Lübeck<br>Birte Oltmanns</p></body></html>"""
    return build(n, frm=BO, to="Daniel Brooks <dbrooks@brooks-family.example>",
                 subject="Your dental treatment plan", date=d(3, 11, 14, 28), body=body, html=html)


# ---- d37-0061 -------------------------------------------------------------
@mail(61, "NORMAL", "de", "internal", "trap: aggregated motor portfolio loss-ratio statistics by year, no persons")
def m0061(n):
    body = """Jens,

für das Jahresgespräch mit der Nordlicht am 19.03. die Schadenquoten
unseres Kfz-Bestands (nur Nordlicht, alle Tarife):

Jahr | Verträge | Beitrag EUR | Schäden | Aufwand EUR | SQ
2022 |      188 |     104.220 |      31 |      61.880 | 59,4 %
2023 |      197 |     112.940 |      38 |      88.310 | 78,2 %
2024 |      204 |     121.005 |      29 |      70.440 | 58,2 %
2025 |      208 |     129.870 |      35 |      96.120 | 74,0 %

Davon Personenschäden (Anzahl, nur KH): 2022: 2, 2023: 4, 2024: 1,
2025: 3 – kein Großschaden über 50 TEUR.

Argument für die Verhandlung: 4-Jahres-Schnitt 67,6 % liegt unter deren
Zielquote 70 %. Bestandscourtage sollte also bei 10 % bleiben.

Malte
"""
    return build(n, frm=MS, to=JF, subject="SQ Kfz Nordlicht 2022–2025", date=d(3, 12, 9, 2), body=body)


# ---- d37-0062 -------------------------------------------------------------
@mail(62, "CONFIDENTIAL", "de", "broker-to-insurer", "liability claim of a sole-trader physiotherapist (water leak); no patient data")
def m0062(n):
    body = """Sehr geehrte Damen und Herren,

zur Betriebshaftpflicht BHV-6120-0077 unserer Kundin Maren Holst
(Physiotherapie am Mühlenteich, Inhaberin, Einzelunternehmen) melden wir
einen Haftpflichtschaden:

Am 19./20.02.2026 ist in den Praxisräumen (Breite Straße 41, 1. OG) der
Zulaufschlauch der Praxiswaschmaschine geplatzt. Das Wasser ist in das
darunterliegende Büro der Fehrs & Oltmanns GmbH gelaufen (Archiv).
Geschädigte: die GmbH (Büroinhalt, Schaden bei der Baltica unter
BI-3340-001 gemeldet) und der Vermieter (Gebäude).

Wir weisen darauf hin, dass wir selbst Geschädigte sind. Frau Holst
wurde darüber informiert und ist einverstanden, dass wir den Schaden
trotzdem für sie melden; bei Interessenkonflikt übernimmt Herr Fehrs
die Abstimmung.

""" + SIG["SK"]
    return build(n, frm=SK, to="Haftpflicht-Schaden <hv-schaden@nordlicht-versicherung.example>",
                 subject="Haftpflichtschaden BHV-6120-0077 / Holst – Leitungswasser",
                 date=d(3, 12, 11, 30), body=body)


# ---- d37-0063 -------------------------------------------------------------
@mail(63, "STRICTLY_CONFIDENTIAL", "de", "broker-to-insurer", "death claim under term life insurance: cause of death, death certificate, beneficiary's IBAN")
def m0063(n):
    body = """Sehr geehrte Damen und Herren,

leider müssen wir Ihnen den Tod unseres Kunden mitteilen:

Versicherte Person: Hartmut Reese, geb. 14.11.1966
Risikolebensversicherung EL-RL-0088120, Versicherungssumme 150.000 EUR
verstorben am 02.03.2026 in Lübeck, Todesursache laut Totenschein:
Pankreaskarzinom (C25.0) mit Lebermetastasen.

Bezugsberechtigt ist die Ehefrau, Petra Reese. Sie bittet um Auszahlung
auf ihr Konto DE84 2305 0101 0001 9988 44.

In der Anlage: Sterbeurkunde, ärztliche Todesbescheinigung
(vertraulicher Teil), Versicherungsschein im Original folgt per Post.
Der Vertrag besteht seit 2017, die Frist nach § 161 VVG ist also
abgelaufen.

""" + SIG["BO"]
    return build(n, frm=BO, to="Leistung Leben <leistung@elbtal-leben.example>",
                 subject="Todesfall EL-RL-0088120 – Reese", date=d(3, 13, 10, 15), body=body)


# ---- d37-0064 -------------------------------------------------------------
@mail(64, "NORMAL", "en", "broker-to-customer", "trap: prospect asks about expat health cover and gets generic information only (salary threshold, health questions in general)")
def m0064(n):
    body = """Dear Mr Okafor,

thank you for your enquiry via our website. I'm happy to explain the
basics before we meet:

* In Germany everyone must have health insurance. Employees earning
  above EUR 77,400 a year (2026) can choose private insurance;
  below that you are in the public system (GKV).
* Private insurers ask health questions before they accept you.
  Public insurers do not.
* For the first weeks, many expats keep an international plan; we
  can check whether yours meets German requirements.

I've attached nothing on purpose: please don't send any medical
information by e-mail. If you'd like a proper comparison, let's book a
30-minute call – you can choose a slot here:
https://fehrs-oltmanns.example/termin

""" + SIG["BO_EN"]
    return build(n, frm=BO, to="Chinedu Okafor <c.okafor@fraunhofer-mail.example>",
                 subject="Re: Private health insurance for new researchers",
                 date=d(3, 13, 12, 4), body=body)


# ---- d37-0065 -------------------------------------------------------------
@mail(65, "CONFIDENTIAL", "en", "broker-to-customer", "household water damage claim of an expat tenant; claim number; nobody hurt")
def m0065(n):
    body = """Dear Priya,

sorry to hear about the dishwasher! I have reported the claim to Baltica
(claim no. HS-26-031-2291, household policy HR-7760-0412). Here is what
happens now:

1. Your landlord's building insurance pays for the floor and the
   kitchen cabinet base (please tell the property management – Holstentor
   Verwaltung – today).
2. Your household insurance pays for your own things: the rug, the
   books in the lower shelf and the dishwasher itself is NOT covered
   (it's wear and tear, sorry).
3. Please send me photos and a short list with prices before you throw
   anything away.

Nobody slipped, I hope? Then there's nothing else for you to do.

""" + SIG["SK_EN"]
    return build(n, frm=SK, to="Priya Raman <priya.raman@uni-luebeck.example>",
                 subject="Your water damage – next steps", date=d(3, 16, 9, 5), body=body)


# ---- d37-0066 -------------------------------------------------------------
@mail(66, "STRICTLY_CONFIDENTIAL", "de", "broker-to-insurer", "XLSX: employer pension (bAV direct insurance) staff list with birth dates and salary conversion – life line")
def m0066(n):
    body = """Hallo Frau Brede,

anbei die Meldeliste für die Direktversicherung unserer eigenen
Mitarbeiter (Gruppenvertrag GV-4400-018, Tarif bAV Flex) zum 01.04.2026.
Neu ist Frau Stahmer, bei Herrn Sievers erhöht sich die Umwandlung.

Arbeitgeberzuschuss 15 % + 20 EUR pauschal wie bisher.

""" + SIG["AD"]
    x = xlsx([("Meldeliste", [
        ["Name", "Vorname", "Geburtsdatum", "Eintritt", "Entgeltumwandlung mtl.", "AG-Zuschuss", "Gesamtbeitrag"],
        ["Demir", "Aylin", "19.02.1993", "01.08.2018", 150, 42.5, 192.5],
        ["Kröger", "Svenja", "07.10.1985", "01.04.2016", 120, 38, 158],
        ["Sievers", "Malte", "25.05.1990", "01.01.2020", 248, 57.2, 305.2],
        ["Stahmer", "Merle", "03.09.1998", "01.02.2026", 80, 32, 112],
        ["Pauls", "Lennart", "14.12.2005", "01.08.2025", 0, 20, 20]])], author="Aylin Demir")
    return build(n, frm=AD, to="Tanja Brede <bav@elbtal-leben.example>",
                 subject="Meldeliste Direktversicherung GV-4400-018 zum 01.04.", date=d(3, 16, 14, 40),
                 body=body, atts=[att("Meldeliste_bAV_2026-04.xlsx", x)])


# ---- d37-0067 -------------------------------------------------------------
@mail(67, "NORMAL", "de", "internal", "trap: data-protection meeting minutes about handling health data and § 203, no individual cases")
def m0067(n):
    body = """Protokoll Datenschutz-Jour-fixe 16.03.2026
Teilnehmer: J. Fehrs, B. Oltmanns, A. Demir, externer DSB Herr Lorenzen
Protokoll: A. Demir

1. Gesundheitsdaten per E-Mail
   - Kunden schicken weiterhin Arztberichte, AU-Bescheinigungen und
     Rezepte unverschlüsselt an info@. Vorgehen: nicht weiterleiten,
     in MaklerDesk ablegen, Kunden auf Upload-Portal hinweisen.
   - Versand an Versicherer nur über deren Portale bzw. verschlüsselt
     (S/MIME mit Elbtal und Trave eingerichtet, Baltica nutzt Portal).
2. Schweigepflicht § 203 StGB
   - Wir sind als Makler keine Berufsgeheimnisträger, bekommen aber
     Daten von Ärzten (Praxiskunden, Cyber- und Haftpflichtschäden).
     DSB empfiehlt Verschwiegenheitsvereinbarung mit Trave-IT.
3. Löschkonzept
   - Altakten Archiv (Wasserschaden): Vernichtung durch zertifizierten
     Dienstleister, Protokoll zur Akte.
4. Nächster Termin: 15.06.2026

gez. Demir
"""
    return build(n, frm=AD, to=[JF, BO], cc="Hauke Lorenzen <dsb@lorenzen-datenschutz.example>",
                 subject="Protokoll DS-Jour-fixe 16.03.", date=d(3, 17, 8, 15), body=body,
                 fmt_flowed=True, cte="8bit")


# ---- d37-0068 -------------------------------------------------------------
@mail(68, "CONFIDENTIAL", "de", "broker-to-insurer", "dog owner's liability: insured dog bit another dog, vet bill (animal health) and named owners")
def m0068(n):
    body = """Moin,

Schaden zur Hundehalterhaftpflicht TH-1120-5530 (VN: Inga Kühl):

Am 14.03. im Schellbruch hat der Labrador der Kundin ("Bruno") beim
Spielen einen Jack Russell (Halterin: Frau Marion Sass, Lübeck)
gebissen. Bisswunde an der Schulter, genäht in der Tierklinik
Lübeck-Nord, Rechnung 486,30 EUR (liegt bei). Menschen wurden nicht
verletzt.

Frau Kühl erkennt die Haftung an. Zahlung bitte direkt an Frau Sass,
Bankdaten schicke ich nach Freigabe.

""" + SIG["SK"]
    return build(n, frm=SK, to="Haftpflicht-Schaden <hv-schaden@nordlicht-versicherung.example>",
                 subject="Hundehalter-HV TH-1120-5530 / Kühl – Bissverletzung Hund",
                 date=d(3, 17, 11, 12), body=body)


# ---- d37-0069 -------------------------------------------------------------
@mail(69, "STRICTLY_CONFIDENTIAL", "en", "broker-to-customer", "travel health claim: broken wrist while skiing, hospital bill in Norway")
def m0069(n):
    body = """Hej Erik,

ouch – I hope the wrist is healing! For the claim under your travel
health insurance (Nordlicht RK-2210-0098) I need:

- the hospital bill from Lillehammer sykehus (NOK 14,860 – the one you
  paid by card),
- the discharge letter or X-ray report that says "distal radius
  fracture" (that's what you wrote), English or Norwegian is fine,
- the receipt for the cast change at the Sana hospital in Lübeck and
  the physiotherapy prescription, if you get one.

The repatriation question is off the table since you drove back
yourself (with one hand?!). I'll send everything to Nordlicht in one go.

Get well soon!
""" + SIG["SK_EN"]
    return build(n, frm=SK, to="Erik Lindqvist <erik@lindqvist.example>",
                 subject="Your travel health claim – what I need", date=d(3, 18, 10, 41), body=body)


# ---- d37-0070 -------------------------------------------------------------
@mail(70, "NORMAL", "de", "insurer", "trap: insurer's content-free notification about new broker post in the portal")
def m0070(n):
    body = """Sehr geehrte Damen und Herren,

in Ihrem Vermittlerpostfach liegen 14 neue Dokumente
(Elektronische Vermittlerpost, Vermittlernummer 40-2217).

Die Dokumente können Sie im Maklerportal unter "Posteingang" abrufen oder
über die BiPRO-Schnittstelle Ihres Maklerverwaltungsprogramms abholen.

Diese Nachricht wurde automatisch erstellt. Bitte antworten Sie nicht
auf diese E-Mail.

Elbtal Lebensversicherung a.G.
Maklerbetreuung
"""
    return build(n, frm="Elbtal Maklerportal <noreply@elbtal-leben.example>", to="info@" + DOM,
                 subject="Neue Dokumente in Ihrem Vermittlerpostfach", date=d(3, 18, 6, 0), body=body,
                 extra={"Auto-Submitted": "auto-generated"})


# ---- d37-0071 -------------------------------------------------------------
@mail(71, "CONFIDENTIAL", "de", "broker-to-customer", "XLSX comparison of buildings insurance offers for a named homeowner: address, current policy, prior claims")
def m0071(n):
    body = """Liebe Frau Kühl, lieber Herr Kühl,

wie besprochen habe ich Ihre Wohngebäudeversicherung neu ausgeschrieben,
weil die Baltica nach dem zweiten Sturmschaden den Beitrag um 31 %
erhöhen will. Der Vergleich hängt an. Meine Empfehlung: Nordlicht
Premium, auch wegen der Elementar-Deckung (Ihr Keller!).

Kündigungsfrist bei der Baltica ist der 30.04.

""" + SIG["JF"]
    x = xlsx([("Vergleich", [
        ["Kriterium", "Baltica (bisher, WG-6610-2201)", "Nordlicht Premium", "Elbtal Sach Komfort*"],
        ["Objekt", "Rehbockweg 5, 23562 Lübeck, EFH Bj. 1978, 164 m²", "", ""],
        ["Versicherungsnehmer", "Thomas und Inga Kühl", "", ""],
        ["Vorschäden 5 J.", "2 (Sturm 2023: 1.240 EUR; Sturm 2026: 3.370 EUR)", "", ""],
        ["Jahresbeitrag", "1.412,00 (ab 2026: 1.849,72)", "1.538,40", "1.611,00"],
        ["Elementar", "nein", "ja, SB 1.000", "ja, SB 10 %"],
        ["Grobe Fahrlässigkeit", "bis 10.000", "voll", "voll"],
        ["Photovoltaik", "Zusatz 48 EUR", "inklusive", "Zusatz 39 EUR"],
        ["*Elbtal nur mit Vorschadenklausel", "", "", ""]])], author="Jens Fehrs")
    return build(n, frm=JF, to="Inga Kühl <inga.kuehl@web.example>", cc="Thomas Kühl <tkuehl@web.example>",
                 subject="Wohngebäude – Vergleich", date=d(3, 18, 17, 2), body=body,
                 atts=[att("Vergleich_Wohngebaeude_Kuehl.xlsx", x)])


# ---- d37-0072 -------------------------------------------------------------
@mail(72, "STRICTLY_CONFIDENTIAL", "de", "broker-to-customer", "body harmless; XLSX PKV comparison shows risk surcharges for asthma and knee surgery of named customer")
def m0072(n):
    body = """Hallo Herr Whitfield-Becker,

anbei der PKV-Vergleich für Sie und Ihre Frau, wie am Donnerstag
besprochen. Bei Fragen einfach anrufen, gern auch abends.

""" + SIG["BO"]
    x = xlsx([("PKV-Vergleich", [
        ["Person", "Geb.", "Vorerkrankungen lt. Fragebogen", "Trave KomfortPlus", "Elbtal KV Top", "Nordlicht Privat 1"],
        ["Marc Whitfield-Becker", "02.02.1980", "Asthma bronchiale (J45.0), Salbutamol b. Bed.", "598,40 + 15 % RZ", "612,10 + 20 % RZ", "Ablehnung"],
        ["Julia Whitfield-Becker", "17.09.1982", "Meniskus-OP li. 2024 (M23.2), beschwerdefrei", "488,20 ohne RZ", "470,90 Ausschluss Knie li.", "501,00 ohne RZ"],
        ["Summe mtl.", "", "", "1.176,36", "1.204,42", "-"]])], author="Birte Oltmanns")
    return build(n, frm=BO, to="Marc Whitfield-Becker <marc@wb-steuer.example>",
                 subject="Ihr PKV-Vergleich", date=d(3, 19, 9, 58), body=body,
                 atts=[att("PKV-Vergleich_Whitfield-Becker.xlsx", x)])


# ---- d37-0073 -------------------------------------------------------------
@mail(73, "NORMAL", "en", "internal", "trap: bilingual out-of-office reply whose subject mentions private health insurance, no data")
def m0073(n):
    body = """Vielen Dank für Ihre Nachricht. Ich bin bis zum 30.03.2026 im Urlaub
und lese in dieser Zeit keine E-Mails. In dringenden Fällen erreichen Sie
Jens Fehrs unter jens.fehrs@fehrs-oltmanns.example.

Thank you for your message. I am on holiday until 30 March 2026 and will
not be reading e-mails. For urgent matters please contact Jens Fehrs,
jens.fehrs@fehrs-oltmanns.example, +49 451 7093-11.

Birte Oltmanns
"""
    return build(n, frm=BO, to="Chinedu Okafor <c.okafor@fraunhofer-mail.example>",
                 subject="Out of office / Abwesend: Re: Private health insurance for new researchers",
                 date=d(3, 20, 19, 3), body=body, extra={"Auto-Submitted": "auto-replied"})


# ---- d37-0074 -------------------------------------------------------------
@mail(74, "CONFIDENTIAL", "de", "broker-to-insurer", "traffic legal expenses: speeding fine of a named driver (administrative offence), plate")
def m0074(n):
    body = """Sehr geehrte Damen und Herren,

Deckungsanfrage Verkehrs-Rechtsschutz LR-310-90045 (VN: Sönke Voß):

Herr Voß hat einen Bußgeldbescheid des Kreises Ostholstein erhalten
(Az. 4.01.2026.118842.7): Überschreitung der zulässigen Höchst-
geschwindigkeit um 31 km/h außerorts (A1, Höhe Ratekau, 24.01.2026,
Pkw HL-SV 89). Folgen: 260 EUR, 2 Punkte, 1 Monat Fahrverbot.

Herr Voß bestreitet, gefahren zu sein (Firmenwagen, mehrere Nutzer),
und möchte über RA Dr. Schacht Einspruch einlegen. Bitte um
Deckungszusage für das Bußgeldverfahren.

""" + SIG["LP"]
    return build(n, frm=LP, to="Leistung RS <leistung@lotsen-rs.example>", cc=JF,
                 subject="Deckungsanfrage Bußgeld / Voß – LR-310-90045", date=d(3, 20, 11, 22), body=body)


# ---- d37-0075 -------------------------------------------------------------
@mail(75, "STRICTLY_CONFIDENTIAL", "de", "broker-to-insurer", "body harmless; ZIP with doctor's letter PDF and a TXT list of treatments for a BU claim")
def m0075(n):
    body = """Sehr geehrte Damen und Herren,

zum Leistungsfall L-BU-2026-0331 die angeforderten Unterlagen als ZIP.
Die Originale hat der Kunde beim Hausarzt angefordert.

""" + SIG["BO"]
    arzt = pdf(["Gemeinschaftspraxis Dr. Olde & Kollegen - Allgemeinmedizin",
                "Arztbrief zur Vorlage bei der Elbtal Lebensversicherung", "",
                "Patient: Frank Detlefsen, geb. 21.06.1972, Dachdecker",
                "Diagnosen: Rotatorenmanschettenruptur rechts (M75.1), Z. n. Rekonstruktion 11/2025,",
                "Omarthrose rechts (M19.01)",
                "Befund: Abduktion rechts bis 70 Grad, kein Ueberkopfarbeiten moeglich.",
                "Beurteilung: Als Dachdecker dauerhaft nicht mehr einsetzbar. AU seit 08.09.2025."],
               title="Arztbrief")
    txt = ("Behandlungsübersicht Frank Detlefsen\r\n"
           "08.09.2025 Erstvorstellung Dr. Olde, AU\r\n"
           "22.09.2025 MRT Schulter re., Radiologie Lübeck\r\n"
           "12.11.2025 OP Rekonstruktion RM, Sana Kliniken\r\n"
           "ab 01.12.2025 Physiotherapie 3x/Woche\r\n"
           "19.02.2026 Kontrolle Orthopädie: keine Besserung\r\n").encode("utf-8")
    z = zipb([("Arztbrief_Detlefsen.pdf", arzt), ("Behandlungen.txt", txt)])
    return build(n, frm=BO, to="Leistung BU <bu-leistung@elbtal-leben.example>",
                 subject="L-BU-2026-0331 – Unterlagen", date=d(3, 23, 10, 17), body=body,
                 atts=[att("Unterlagen_L-BU-2026-0331.zip", z)])


# ---- d37-0076 -------------------------------------------------------------
@mail(76, "NORMAL", "de", "internal", "office matter: keys and parking")
def m0076(n):
    body = """Kurz an alle:

- Der Hinterhofschlüssel Nr. 4 ist weg. Wer hat ihn zuletzt gehabt?
  Sonst muss ich das Schloss tauschen lassen (Holstentor will 180 EUR).
- Ab April haben wir nur noch 2 statt 3 Stellplätze im Hof.
  Vorschlag: Jens + Kundenparkplatz, der Rest Jobticket/Rad.
- Die Kaffeemaschine entkalkt sich NICHT von allein. Danke.

Aylin
"""
    return build(n, frm=AD, to=ALLE, subject="Schlüssel / Parkplätze / Kaffee", date=d(3, 23, 13, 3), body=body)


# ---- d37-0077 -------------------------------------------------------------
@mail(77, "CONFIDENTIAL", "en", "broker-to-customer", "professional indemnity renewal for a self-employed architect: turnover, policy number")
def m0077(n):
    body = """Hi James,

your professional indemnity (Baltica BH-A-7711-04) is due for renewal
on 1 May. The premium depends on your fee income, so I need your
figures for 2025. From your e-mail I have:

  Fee income 2025 (net):   EUR 184,300
  Employees:               1 (part-time draughtsman)
  Largest project:         conversion of a listed warehouse, Wakenitz,
                           construction sum approx. EUR 2.1m

With that the premium rises from EUR 2,140 to approx. EUR 2,390 for
cover of EUR 3m personal injury / EUR 1m other damage. If the
warehouse project is above EUR 2m construction sum, Baltica wants a
project-specific top-up – I'll ask for a quote.

""" + SIG["MS_EN"]
    return build(n, frm=MS, to="James Whitfield <j.whitfield@whitfield-architects.example>",
                 subject="PI renewal – your fee income 2025", date=d(3, 24, 10, 50), body=body)


# ---- d37-0078 -------------------------------------------------------------
@mail(78, "STRICTLY_CONFIDENTIAL", "de", "broker-to-insurer", "dental supplementary application: missing teeth, periodontitis treatment")
def m0078(n):
    body = """Sehr geehrte Damen und Herren,

Antrag Zahnzusatzversicherung Tarif Zahn 90 für Annika Hoppe,
geb. 02.11.1987 (bestehender Vertrag TK-551209-03 wird gekündigt, sie
wechselt in die GKV zurück – Details separat).

Zahnstatus lt. Anlage Zahnarzt:
- fehlende Zähne: 1 (Zahn 46, 2022 extrahiert, nicht ersetzt)
- Parodontitisbehandlung (PAR) 2024 abgeschlossen
- keine laufende oder angeratene Behandlung

Bitte den fehlenden Zahn mitversichern gegen Zuschlag, falls möglich.

""" + SIG["BO"]
    return build(n, frm=BO, to="Antrag KV <antrag@trave-kv.example>",
                 subject="Antrag Zahn 90 – Hoppe, Annika", date=d(3, 24, 15, 35), body=body)


# ---- d37-0079 -------------------------------------------------------------
@mail(79, "NORMAL", "de", "broker-to-pool", "trap: webinar registration with ICS about care insurance, dementia and care levels in general")
def m0079(n):
    body = """Hallo Pool-Team,

wir melden Birte Oltmanns und Lennart Pauls zum Webinar "Pflegegrade,
Demenz und Pflegetagegeld – was zahlt wer?" am 14.04. an.
Die Kalendereinladung hab ich mir schon gebaut, hänge sie zur Kontrolle
an – stimmt die Uhrzeit?

Danke, Aylin Demir
"""
    ic = ics("d37-0079-webinar@fehrs-oltmanns.example", d(4, 14, 10, 0), d(4, 14, 11, 30),
             "Webinar Pool Nord: Pflegegrade, Demenz und Pflegetagegeld", "Online (Teams-Link folgt)",
             "Referentin: Dr. Sabine Kölln. IDD: 1,5 Std.", "aylin.demir@" + DOM)
    return build(n, frm=AD, to="Pool Nord Akademie <akademie@poolnord.example>",
                 subject="Anmeldung Webinar 14.04. Pflege", date=d(3, 25, 9, 11), body=body,
                 atts=[att("Webinar_Pflege_14-04.ics", ic)])


# ---- d37-0080 -------------------------------------------------------------
@mail(80, "CONFIDENTIAL", "de", "broker-to-insurer", "partial cover claim after deer collision: named customer, plate, policy; nobody hurt")
def m0080(n):
    body = """Wildunfall TK, VN Merle Stahmer, KF-8821-0017, OD-MS 98

25.03.26, 06:10, K 13 zw. Hamberge und Stormarn, Reh, Frontschaden
(Stoßfänger, Scheinwerfer re., Kühler). Niemand verletzt. Wildunfall-
bescheinigung Jagdpächter liegt vor, Fotos anbei per Nachreichung.
Fahrzeug nicht fahrbereit, steht bei Autohaus Rehder, KVA folgt.

Bitte Gutachter beauftragen.

Gruß
Malte Sievers
Fehrs & Oltmanns
"""
    return build(n, frm=MS, to="Kfz-Schaden <kfz-schaden@nordlicht-versicherung.example>",
                 subject="Wildunfall KF-8821-0017", date=d(3, 25, 11, 48), body=body)


# ---- d37-0081 -------------------------------------------------------------
@mail(81, "STRICTLY_CONFIDENTIAL", "en", "broker-to-customer", "result of BU pre-inquiries for a named customer: exclusion for spine, surcharge because of depression history")
def m0081(n):
    body = """Hi Tomasz,

the answers from the two insurers are back:

* Elbtal Leben: yes, with an exclusion for the lumbar spine (because of
  the disc operation 2022) and no surcharge for the depression, because
  the treatment ended more than 18 months ago.
* Nordlicht: yes, but 25 % surcharge and the same exclusion.

So Elbtal is clearly better. For your job (truck driver, long-distance)
EUR 1,500 monthly benefit costs about EUR 98 per month.

If you want to go ahead, we fill in the application together – 30
minutes at our office is enough. I need your GP's name and the name of
the rehab clinic.

""" + SIG["BO_EN"]
    return build(n, frm=BO, to="Tomasz Nowak <tomasz.nowak83@poczta.example>",
                 subject="Disability insurance – results", date=d(3, 26, 16, 20), body=body)


# ---- d37-0082 -------------------------------------------------------------
@mail(82, "NORMAL", "en", "newsletter", "trap: insurer newsletter on mental health awareness, statistics, EAP service")
def m0082(n):
    body = """Global Care Partner Newsletter – March 2026

MENTAL HEALTH: WHAT OUR DATA SHOWS
In 2025, mental health claims made up 17 % of all outpatient claims in
our international portfolio (2023: 12 %). Anxiety disorders (F41) and
depressive episodes (F32) are the most frequent diagnoses; the average
course of therapy is 14 sessions.

NEW: EMPLOYEE ASSISTANCE PROGRAMME
From April every Global Care member can call a counsellor 24/7, in
11 languages, free of charge and without a claim being filed.

BROKER CORNER
Commission on new group contracts for companies with 5-50 employees
rises to 12 % of the first annual premium.

Global Care International Health Ltd, Dublin
To unsubscribe, reply with "unsubscribe".
"""
    return build(n, frm="Global Care Partners <partners@globalcare-health.example>", to="info@" + DOM,
                 subject="Global Care Partner Newsletter – March 2026", date=d(3, 26, 7, 0), body=body,
                 extra={"Precedence": "bulk"})


# ---- d37-0083 -------------------------------------------------------------
@mail(83, "CONFIDENTIAL", "de", "customer", "long letter of an elderly customer about household premium and her pension income")
def m0083(n):
    body = """Hallo Jens, die Dame hat heute früh angerufen und dann das hier
geschickt. Kannst du ihr einen Termin geben? Ich hab ihr gesagt, du
meldest dich. Lennart

----- Ursprüngliche Nachricht -----
Von: Gisela Marquardt <g.marquardt@t-online.example>
Gesendet: Donnerstag, 26. März 2026 10:47
An: info@fehrs-oltmanns.example
Betreff: Meine Hausrat Versicherung

Sehr geehrter Herr Fehrs,

ich schreibe Ihnen, weil ich mir die Versicherungen nicht mehr so
leisten kann wie früher. Seit mein Mann im vorigen Jahr gestorben ist
bekomme ich nur noch meine eigene Rente von 1.430 Euro und die kleine
Witwenrente von 512 Euro, davon geht die Miete ab (780 Euro warm).

Die Hausratversicherung bei der Nordlicht (Nummer HR-1987-220-4) kostet
jetzt 214 Euro im Jahr, das ist für eine 2-Zimmer-Wohnung doch viel?
Die Versicherungssumme ist noch von der alten Wohnung in der
Kronsforder Allee, 80.000 Euro, jetzt wohne ich in der Marlistraße 5
und habe viel weggegeben.

Können Sie das bitte ändern? Ich habe kein E-Mail Programm wo ich
gut lesen kann, am liebsten wäre mir ein Brief oder Sie rufen an,
Vormittags bin ich immer zu Hause.

Mit freundlichen Grüßen
Gisela Marquardt
"""
    return build(n, frm=LP, to=JF, subject="WG: Meine Hausrat Versicherung", date=d(3, 26, 11, 3), body=body)


# ---- d37-0084 -------------------------------------------------------------
@mail(84, "STRICTLY_CONFIDENTIAL", "de", "internal", "phone note: child accident at school trampoline, broken forearm, children's accident insurance")
def m0084(n):
    body = """Svenja,

Telefonnotiz 27.03., 10:20 – Frau Inga Kühl:

Sohn Mats (8) ist gestern in der Schule vom Trampolin gefallen,
Unterarmfraktur links (Radius + Ulna), heute im UKSH operiert
(K-Drähte), bleibt bis Montag. Kinderunfall bei Nordlicht, Vertrag
KU-3301-1887. Sie fragt nach Krankenhaustagegeld und ob "Gips-Geld"
gezahlt wird. Schulunfall ist auch bei der Unfallkasse gemeldet.

Rückruf erbeten, gern nachmittags 0176 5554 3321.

Lennart
"""
    return build(n, frm=LP, to=SK, subject="TN Kühl – Kinderunfall", date=d(3, 27, 10, 29), body=body)


# ---- d37-0085 -------------------------------------------------------------
@mail(85, "NORMAL", "de", "internal", "holiday cover plan for Easter")
def m0085(n):
    body = """Vertretung Ostern (30.03.–10.04.):

Mo 30.03.  Jens, Aylin, Lennart
Di 31.03.  Jens, Aylin, Malte
Mi 01.04.  Jens, Malte, Svenja
Do 02.04.  Aylin, Svenja, Lennart
Fr 03.04.  Karfreitag
Mo 06.04.  Ostermontag
Di 07.04.–Fr 10.04.  alle außer Birte und Malte

Telefon ab 16 Uhr auf Anrufbeantworter, Schaden-Notfallnummer
weiterhin auf Svenjas Diensthandy (bzw. Aylin in KW 15).

Wer tauschen will: untereinander klären und mir Bescheid geben.
Aylin
"""
    return build(n, frm=AD, to=ALLE, subject="Vertretungsplan Ostern", date=d(3, 27, 12, 0), body=body)


# ---- d37-0086 -------------------------------------------------------------
@mail(86, "CONFIDENTIAL", "en", "broker-to-insurer", "cancellation of liability policy of an expat leaving Germany: new UK address, refund IBAN")
def m0086(n):
    body = """Dear Ms Halvorsen,

as discussed on the phone, please find our cancellation on behalf of
our client (English because she is in copy):

  Policyholder:  Olivia Grant
  Policy:        PHV-9901-2238 (personal liability, single)
  Reason:        permanent move to the UK on 30 April 2026
  New address:   14 Marlborough Road, Bristol BS6 5NP, United Kingdom

Please refund the unused premium to her German account, which stays
open until June: DE92 2305 0101 0022 4466 88.

""" + SIG["AD_EN"]
    return build(n, frm=AD, to="Ingrid Halvorsen <i.halvorsen@baltica-allgemeine.example>",
                 cc="Olivia Grant <olivia.grant@teachmail.example>",
                 subject="Cancellation PHV-9901-2238 – Grant (moving to UK)", date=d(3, 30, 9, 17), body=body)


# ---- d37-0087 -------------------------------------------------------------
@mail(87, "STRICTLY_CONFIDENTIAL", "de", "broker-to-customer", "HTML-only: hospital daily allowance and rehab reimbursement after heart attack")
def m0087(n):
    html = """<!DOCTYPE html><html><body style="font-family:Arial;font-size:10pt">
<p>Moin Herr Jacobsen,</p>
<p>gute Nachrichten von der Trave: Krankentagegeld und Krankenhaustagegeld sind bis einschließlich
02.03. abgerechnet.</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><th>Zeitraum</th><th>Grund</th><th>Leistung</th><th>Betrag</th></tr>
<tr><td>26.01.–31.01.2026</td><td>stationär Sana Kliniken (Herzkatheter, Stent)</td><td>KH-Tagegeld 6 × 50 €</td><td>300,00 €</td></tr>
<tr><td>09.02.–02.03.2026</td><td>AHB Kardiologie Bad Segeberg</td><td>KH-Tagegeld 22 × 50 €</td><td>1.100,00 €</td></tr>
<tr><td>16.02.–02.03.2026</td><td>Arbeitsunfähigkeit</td><td>KTG 15 × 120 €</td><td>1.800,00 €</td></tr>
</table>
<p>Für die Zeit ab 03.03. braucht die Trave den Zwischenbericht von Frau Dr. Olde. Den Vordruck schicke ich
Ihnen per Post. Gute Erholung weiterhin!</p>
<p>Svenja Kröger<br>Schadenservice Fehrs &amp; Oltmanns</p></body></html>"""
    return build(n, frm=SK, to="Frerk Jacobsen <info@elektro-jacobsen.example>",
                 subject="Ihre Tagegeldzahlung", date=d(3, 30, 14, 7), html=html, html_only=True,
                 cte="base64")


# ---- d37-0088 -------------------------------------------------------------
@mail(88, "NORMAL", "de", "broker-to-supplier", "order of business cards for a new employee")
def m0088(n):
    body = """Guten Tag Herr Pohl,

bitte 250 Visitenkarten nach unserem Layout (wie Auftrag 2025-118):

Merle Stahmer
Kundenservice
Tel. 0451 7093-14
merle.stahmer@fehrs-oltmanns.example

Rückseite unverändert. Korrekturabzug bitte an mich.

""" + SIG["AD"]
    return build(n, frm=AD, to="Druckerei Pohl <auftrag@druckerei-pohl.example>",
                 subject="Visitenkarten Stahmer", date=d(3, 31, 8, 44), body=body)


# ---- d37-0089 -------------------------------------------------------------
@mail(89, "CONFIDENTIAL", "de", "broker-to-insurer", "change of broker: power of attorney and list of a customer's property/motor contracts")
def m0089(n):
    body = """Sehr geehrte Damen und Herren,

Herr Arne Petersen, Dorfstraße 3, 23627 Groß Grönau, hat uns mit der
Betreuung seiner Verträge beauftragt. Die Maklervollmacht (unterschrieben
am 30.03.2026) liegt bei. Bitte übertragen Sie folgende Verträge in
unseren Bestand (Vermittlernr. 70-1180):

  PHV-2201-7730  Privathaftpflicht
  HR-2201-7731   Hausrat
  WG-2201-7732   Wohngebäude
  KF-8802-4419   Kfz, HL-AP 630

und senden Sie uns Kopien der aktuellen Versicherungsscheine. Der
bisherige Vermittler ist informiert.

""" + SIG["AD"]
    return build(n, frm=AD, to="Maklerbetreuung <makler@baltica-allgemeine.example>",
                 subject="Maklerwechsel / Bestandsübertragung Petersen", date=d(3, 31, 10, 55), body=body,
                 atts=[att("Maklervollmacht_Petersen.pdf", pdf([
                     "Maklervollmacht und Maklerauftrag",
                     "Auftraggeber: Arne Petersen, geb. 08.08.1975, Dorfstrasse 3, 23627 Gross Groenau",
                     "Makler: Hanseatisches Maklerkontor Fehrs & Oltmanns GmbH",
                     "Umfang: alle Sach-, Haftpflicht- und Kfz-Versicherungen",
                     "Gross Groenau, 30.03.2026   gez. A. Petersen"]))])


# ---- d37-0090 -------------------------------------------------------------
@mail(90, "STRICTLY_CONFIDENTIAL", "de", "internal", "change of beneficiary in a life policy because of divorce (life line)")
def m0090(n):
    body = """Birte,

Gerdes war heute da (wg. Rechtsschutz). Er lässt sich scheiden und will
bei der Risiko-LV (Elbtal EL-RL-0072934, 200 TEUR) das Bezugsrecht von
der Noch-Ehefrau auf die beiden Kinder (Lina 11, Paul 8) umstellen –
geht das, solange das Bezugsrecht widerruflich ist, ohne ihre
Zustimmung? Und die Beitragsfreistellung der RV läuft ja schon.
Formular hab ich ihm noch nicht gegeben.

J.
"""
    return build(n, frm=JF, to=BO, subject="Gerdes – Bezugsrecht RLV", date=d(3, 31, 17, 12), body=body)


# ---- d37-0091 -------------------------------------------------------------
@mail(91, "NORMAL", "en", "broker-to-supplier", "trap: forwarded phishing mail about broker portal password, commission statements and customer documents")
def m0091(n):
    body = """Hi Mark,

Jens got the mail below and almost clicked. The sender is not Elbtal
(look at the domain). Can you block it and check whether anyone else
got it? Nobody entered a password.

Aylin

-------- Forwarded message --------
From: "Elbtal Maklerportal" <security@elbtal-leben-login.example>
Subject: Your broker portal password expires today!
Date: Tue, 31 Mar 2026 07:12:40 +0000

Dear broker,
your password for the Elbtal broker portal expires TODAY. To keep
access to your commission statements and customer documents, confirm
your login within 24 hours:
http://elbtal-leben-login.example/verify?id=40-2217
Elbtal Security Team
"""
    return build(n, frm=AD, to="Mark Devlin <m.devlin@traveit.example>",
                 subject="Fwd: phishing? 'Your broker portal password expires today!'",
                 date=d(3, 31, 9, 2), body=body)


# ---- d37-0092 -------------------------------------------------------------
@mail(92, "CONFIDENTIAL", "de", "broker-to-insurer", "transfer of no-claims class between relatives: names, birth dates, plates")
def m0092(n):
    body = """Sehr geehrte Damen und Herren,

wir beantragen die Übertragung des Schadenfreiheitsrabatts:

Abgebende: Ingeborg Stahmer, geb. 11.03.1949, Bad Oldesloe
(Vertrag KF-7719-2204, SF 25, Pkw OD-IS 49, abgemeldet 20.03.2026,
gibt Führerschein altersbedingt ab)
Übernehmende: Merle Stahmer, geb. 03.09.1998 (Enkelin),
Vertrag KF-8821-0017, OD-MS 98

Frau Merle Stahmer fährt den Wagen der Großmutter seit 2019 regelmäßig
mit. Die unterschriebene Übertragungserklärung liegt bei.

""" + SIG["MS"]
    return build(n, frm=MS, to="Kfz-Vertrag <kfz-vertrag@nordlicht-versicherung.example>",
                 subject="SF-Übertragung Stahmer → Stahmer", date=d(4, 1, 10, 6), body=body)


# ---- d37-0093 -------------------------------------------------------------
@mail(93, "STRICTLY_CONFIDENTIAL", "en", "customer", "customer's wife asks about IVF coverage; fertility treatment, forwarded to health specialist")
def m0093(n):
    body = """B., another one from the Brooks family, this time Rachel. IVF –
I have no idea how Trave handles that for the wife when only he is
the main policyholder. Over to you. Lennart

---------- Forwarded message ---------
From: Rachel Brooks <rachel.brooks@brooks-family.example>
Date: Wed, Apr 1, 2026 at 8:30 PM
Subject: fertility treatment
To: <info@fehrs-oltmanns.example>

Hello,

this is a bit personal, sorry. Daniel and I have been trying for a
second child for three years. The fertility clinic in Lübeck (Kinder-
wunschzentrum an der Trave) found that I have endometriosis and low
AMH and recommends IVF with ICSI, probably 2-3 cycles. Each cycle is
around EUR 4,500 plus medication.

I am insured in Daniel's Trave policy as a co-insured person since
February. Is IVF covered, and does the 8-month waiting period apply?

Thank you,
Rachel
"""
    return build(n, frm=LP, to=BO, subject="Fwd: fertility treatment", date=d(4, 2, 8, 10), body=body)


# ---- d37-0094 -------------------------------------------------------------
@mail(94, "NORMAL", "de", "internal", "trap: sample BU calculation for apprentices with 'Max Mustermann (fiktiv)', no real person")
def m0094(n):
    body = """Lennart,

für deine Präsentation in der Berufsschule (Thema BU für Azubis) hier
eine Musterrechnung. Bitte NUR mit dem fiktiven Kunden arbeiten, keine
echten Fälle aus dem Bestand zeigen!

Beispielkunde: Max Mustermann (fiktiv), 18 Jahre, Azubi Anlagenmechaniker
Gesundheit: Heuschnupfen, Sportverletzung (Bänderriss) vor 2 Jahren
BU-Rente: 1.000 EUR, Endalter 67, Nachversicherungsgarantie

Elbtal BU Start: 38,40 EUR mtl. (Azubi-Rabatt 30 % bis Ende Ausbildung)
Nordlicht BU Young: 41,10 EUR mtl.
Trave gibt's nicht für Azubis.

Knackpunkt für die Klasse: Gesundheitsfragen ehrlich beantworten,
sonst Rücktritt nach § 19 VVG. Ein Bänderriss ist kein Problem,
verschweigen schon.

B.
"""
    return build(n, frm=BO, to=LP, subject="Musterrechnung BU Azubi", date=d(4, 2, 11, 33), body=body)


# ---- d37-0095 -------------------------------------------------------------
@mail(95, "CONFIDENTIAL", "de", "broker-to-customer", "photovoltaic insurance for a named homeowner: policy number, address, system details")
def m0095(n):
    body = """Hallo Herr Petersen,

Ihre neue PV-Anlage (14,8 kWp, Speicher BYD 10,2 kWh, Installateur
Solar Nord GmbH, Inbetriebnahme 18.03.2026) ist ab sofort versichert:

  Baltica Photovoltaik-Allgefahren, Vertrag PV-2201-8041
  Risikoort: Dorfstraße 3, 23627 Groß Grönau
  Versicherungssumme 26.500 EUR, Ertragsausfall 120 Tage
  Beitrag 98,40 EUR jährlich

Ihre Wohngebäudeversicherung (WG-2201-7732) hatte die Anlage nur bis
10 kWp eingeschlossen, deshalb der separate Vertrag.

""" + SIG["MS"]
    return build(n, frm=MS, to="Arne Petersen <arne.petersen@landpost.example>",
                 subject="Versicherung Ihrer PV-Anlage", date=d(4, 2, 15, 20), body=body, cte="8bit",
                 fmt_flowed=True)


# ---- d37-0096 -------------------------------------------------------------
@mail(96, "STRICTLY_CONFIDENTIAL", "de", "broker-to-insurer", "increase of a term life insurance for a named physician with health declaration (life line)")
def m0096(n):
    body = """Sehr geehrte Damen und Herren,

Frau Dr. Wiebke Sander (geb. 23.01.1979) möchte ihre Risikolebens-
versicherung EL-RL-0091833 wegen des Praxiskredits (Sparkasse,
350.000 EUR) von 150.000 EUR auf 400.000 EUR erhöhen. Die vereinfachte
Gesundheitserklärung hat sie ausgefüllt, alle Fragen mit "nein"
beantwortet; Raucherstatus unverändert Nichtraucherin.

Bitte Abtretung an die Sparkasse zu Lübeck in Höhe des Kredits
vormerken.

""" + SIG["BO"]
    return build(n, frm=BO, to="Vertrag Leben <vertrag@elbtal-leben.example>",
                 subject="Erhöhung RLV EL-RL-0091833 – Dr. Sander", date=d(4, 6, 9, 45), body=body)


# ---- d37-0097 -------------------------------------------------------------
@mail(97, "NORMAL", "de", "insurer", "trap: broker manager's visit announcing cyber for medical practices and commission talks")
def m0097(n):
    body = """Hallo Herr Fehrs,

danke für das nette Telefonat. Wie besprochen komme ich am Dienstag,
21.04., um 14 Uhr bei Ihnen vorbei. Themen von meiner Seite:

- neue Gewerbe-Inhaltsversicherung "Handwerk Kompakt" (inkl. Werkzeug
  auf Baustellen, Elektronik pauschal)
- Cyber für Heilberufe: neue Prämienstufen für Praxen bis 10 Mitarbeiter
- Jahresgespräch Courtage

Ich bringe die Unterlagen in Papier und als PDF mit.

Beste Grüße
Kai-Uwe Jessen
Maklerbetreuer Nord
Baltica Allgemeine Versicherung AG
Mobil 0171 200 4419
"""
    return build(n, frm="Kai-Uwe Jessen <k.jessen@baltica-allgemeine.example>", to=JF,
                 subject="Besuch 21.04.", date=d(4, 6, 12, 19), body=body)


# ---- d37-0098 -------------------------------------------------------------
@mail(98, "CONFIDENTIAL", "en", "broker-to-customer", "student household/liability insurance for a named son: birth date, address, premium")
def m0098(n):
    body = """Hej Erik,

for Nils' flat in Lübeck (he's starting at the TH in April, right?):
as long as he is a student and under 25 he is still covered by your
family liability policy, no need for a new one. For his belongings I
suggest a small household contents policy:

  Insured person: Nils Lindqvist, born 2 June 2005
  Address:        Kanalstrasse 70, App. 312, 23554 Lübeck
  Sum insured:    EUR 15,000 incl. bicycle EUR 1,500
  Premium:        EUR 54.20/year

Shall I go ahead? Then I just need his German bank account.

""" + SIG["MS_EN"]
    return build(n, frm=MS, to="Erik Lindqvist <erik@lindqvist.example>", cc="Nils Lindqvist <nils.lindqvist@stud.th-luebeck.example>",
                 subject="Household insurance for Nils", date=d(4, 7, 10, 12), body=body)


# ---- d37-0099 -------------------------------------------------------------
@mail(99, "STRICTLY_CONFIDENTIAL", "de", "broker-to-insurer", "complaint letter of a customer quoted: PKV rejection because of depression treatment")
def m0099(n):
    body = """Sehr geehrte Damen und Herren,

unsere Kundin bittet um Weiterleitung ihrer Beschwerde an Ihr
Beschwerdemanagement. Wir schließen uns der Bitte um erneute Prüfung an.
Der Wortlaut unten ist von ihr.

""" + SIG["JF"] + """

> Sehr geehrte Damen und Herren,
>
> ich finde es ungerecht, dass Sie meinen Antrag auf Krankenvollversicherung
> abgelehnt haben. Ja, ich hatte 2023 eine depressive Episode und war in
> Therapie, aber die Therapie ist seit September 2025 abgeschlossen und
> meine Psychiaterin hat bestätigt, dass ich stabil bin. Das Citalopram
> setze ich gerade mit ihr zusammen ab.
>
> Wer Hilfe annimmt, wird bestraft – das kann nicht richtig sein.
> Ich bitte Sie, die Entscheidung zu überprüfen.
>
> Annika Hoppe
"""
    return build(n, frm=JF, to="Beschwerdemanagement <beschwerde@trave-kv.example>",
                 subject="Beschwerde Hoppe – Antragsablehnung", date=d(4, 7, 16, 1), body=body)


# ---- d37-0100 -------------------------------------------------------------
@mail(100, "NORMAL", "de", "broker-to-taxadviser", "appointment for the company's annual accounts")
def m0100(n):
    body = """Hallo Herr Hinrichsen,

Termin Jahresabschluss 2025 der GmbH passt uns am 28.04. um 10 Uhr bei
Ihnen. Wir kommen zu zweit (Herr Fehrs, Frau Oltmanns). Die offenen
Punkte aus Ihrer Liste (Inventur Büroausstattung, Rückstellung
Stornohaftung, Abgrenzung Courtage Dezember) bringen wir mit.

""" + SIG["AD"]
    return build(n, frm=AD, to="Thorsten Hinrichsen <t.hinrichsen@stb-hinrichsen.example>",
                 subject="Termin Jahresabschluss 2025", date=d(4, 8, 9, 3), body=body)


# ---- d37-0101 -------------------------------------------------------------
@mail(101, "NORMAL", "en", "broker-to-supplier", "trap: order to translate generic health-insurance and claims leaflets, no customer data")
def m0101(n):
    body = """Dear Ms Carter,

following your quote no. 26-0331, we would like to order the English
translation of the attached documents (no customer data, generic
conditions only):

- Customer information sheet "How private health insurance works" (4 pages)
- Our data protection notice (3 pages)
- Checklist "What to do after a car accident" (1 page)

Delivery as Word files by 30 April. Please invoice Hanseatisches
Maklerkontor Fehrs & Oltmanns GmbH.

""" + SIG["JF_EN"]
    return build(n, frm=JF, to="Hannah Carter <h.carter@baltic-translations.example>",
                 subject="Order: translation of 3 documents", date=d(4, 8, 11, 40), body=body)


# ---- d37-0102 -------------------------------------------------------------
@mail(102, "CONFIDENTIAL", "en", "customer", "customer adds his wife as second driver: name and birth date, motor policy")
def m0102(n):
    body = """Hi James, done – Emma is on the policy from today, premium goes up
by EUR 38.60/year. Malte

On Wed, 8 Apr 2026 at 09:14, James Whitfield wrote:
> Morning Malte,
> please add my wife as a second driver to the Volvo (KF-8820-1178):
> Emma Whitfield, born 12 October 1979, UK licence since 1998,
> German licence exchanged in 2024.
> Cheers, James
"""
    return build(n, frm=MS, to="James Whitfield <j.whitfield@whitfield-architects.example>",
                 subject="Re: second driver", date=d(4, 8, 13, 2), body=body)


# ---- d37-0103 -------------------------------------------------------------
@mail(103, "STRICTLY_CONFIDENTIAL", "de", "broker-to-customer", "inline-forwarded underwriting query: audiogram and tinnitus questionnaire for a BU application")
def m0103(n):
    body = """Lieber Herr Dr. Olde,

die Elbtal hat noch eine Nachfrage zu Ihrem BU-Antrag, siehe unten.
Das Audiogramm bekommen Sie sicher schnell bei Dr. Quast. Den Tinnitus-
Fragebogen hänge ich als PDF nicht an, den schicke ich Ihnen über den
Upload-Link.

""" + SIG["BO"] + """

---------- Weitergeleitete Nachricht ----------
Von: Svenja Wendt <s.wendt@elbtal-leben.example>
Datum: 08.04.2026 10:12
Betreff: Antragsnachfrage BU Dr. Jonas Olde, A-BU-2026-11872

Sehr geehrte Frau Oltmanns,

zur Prüfung des Antrags benötigen wir noch:
1. ein aktuelles Tonaudiogramm beider Ohren (nicht älter als 3 Monate),
2. den beigefügten Zusatzfragebogen Tinnitus/Hörsturz,
3. Angaben zu etwaigen psychotherapeutischen Behandlungen im
   Zusammenhang mit dem Tinnitus.

Bis dahin ruht die Antragsprüfung.
Mit freundlichen Grüßen
S. Wendt, Risikoprüfung
"""
    return build(n, frm=BO, to="Dr. Jonas Olde <j.olde@praxis-olde.example>",
                 subject="WG: Antragsnachfrage BU", date=d(4, 8, 15, 30), body=body)


# ---- d37-0104 -------------------------------------------------------------
@mail(104, "NORMAL", "de", "broker-to-insurer", "trap: tender for a sports club group accident policy with age-band statistics only")
def m0104(n):
    body = """Sehr geehrte Damen und Herren,

für den TSV Moisling von 1921 e.V. bitten wir um ein Angebot für eine
Gruppen-Unfallversicherung der Übungsleiter und Mitglieder über die
Pflichtversicherung des Landessportverbands hinaus.

Mitglieder nach Altersgruppe (Stand 01.01.2026):
  unter 14:   318
  14–17:      141
  18–39:      206
  40–59:      175
  60+:        112
Übungsleiter: 34

Unfälle im Vereinssport laut Meldungen an den LSV 2023–2025: 27,
davon 9 Knieverletzungen, 6 Frakturen, 4 Gehirnerschütterungen
(anonym, keine Namen).

Gewünscht: Invalidität 100.000 EUR mit Progression 225 %,
Unfallrente ab 50 %, Bergungskosten.

""" + SIG["MS"]
    return build(n, frm=MS, to="Gewerbe-Angebote <angebote@nordlicht-versicherung.example>",
                 subject="Anfrage Gruppen-Unfall TSV Moisling", date=d(4, 9, 10, 0), body=body)


# ---- d37-0105 -------------------------------------------------------------
@mail(105, "CONFIDENTIAL", "de", "broker-to-insurer", "club liability claim: spectator's car damaged by a ball; named claimant, policy number; nobody hurt")
def m0105(n):
    body = """Hallo zusammen,

Vereinshaftpflicht VH-3310-0062, TSV Moisling von 1921 e.V.
(Ansprechpartner: Kassenwart Holger Brandt, 0451 89 22 10):

Beim Punktspiel am 05.04. ist ein Ball über den Zaun geflogen und hat
die Heckscheibe des Pkw von Herrn Jannik Meier (HL-JM 717, geparkt auf
dem Vereinsparkplatz) zerstört. Personen wurden nicht verletzt.
Rechnung Glaserei: 612,40 EUR. Ob der Verein haftet (Ballfangzaun 4 m,
laut DFB ausreichend?), bitte prüfen.

""" + SIG["SK"]
    return build(n, frm=SK, to="Haftpflicht-Schaden <hv-schaden@nordlicht-versicherung.example>",
                 subject="VH-3310-0062 TSV Moisling – Ballschaden Pkw", date=d(4, 9, 14, 25), body=body)


# ---- d37-0106 -------------------------------------------------------------
@mail(106, "STRICTLY_CONFIDENTIAL", "en", "broker-to-insurer", "English cover letter for an expat's receipts: knee MRI and physiotherapy, meniscus")
def m0106(n):
    body = """Dear colleagues,

please find attached the invoices of your policyholder Sarah O'Connell
(TK-563002-01) for reimbursement. She asked me to write in English, as
she is in copy – German answers are fine, I'll translate.

1. Radiologie am Holstentor, MRI left knee 27.03.2026 – EUR 498.22
   (suspected medial meniscus tear, confirmed)
2. Physiotherapie am Mühlenteich, 6 x physiotherapy, prescription
   Dr. Petersen of 30.03.2026 – EUR 228.60

Her outpatient deductible of EUR 600 has not yet been used this year.

""" + SIG["BO_EN"]
    return build(n, frm=BO, to="Leistung KV <leistung-kv@trave-kv.example>",
                 cc="Sarah O'Connell <sarah.oconnell@mailbox.example>",
                 subject="Reimbursement TK-563002-01 – MRI and physiotherapy", date=d(4, 10, 9, 38), body=body)


# ---- d37-0107 -------------------------------------------------------------
@mail(107, "NORMAL", "de", "internal", "trap: statistics of BU pre-inquiries by diagnosis group with acceptance rates, aggregated")
def m0107(n):
    body = """Jens, Birte,

Auswertung unserer anonymen Risikovoranfragen 2025 (BU/PKV), für das
Gespräch mit dem Pool. Kleine Gruppen unter 3 Fällen habe ich unter
"Sonstige" zusammengefasst.

Aylin
"""
    x = xlsx([("Voranfragen 2025", [
        ["Diagnosegruppe", "Anfragen", "normal angenommen", "mit Ausschluss", "mit Zuschlag", "abgelehnt"],
        ["Rücken / Wirbelsäule (M40-M54)", 19, 4, 12, 1, 2],
        ["Psyche (F30-F48)", 14, 2, 1, 4, 7],
        ["Allergien / Asthma (J30, J45)", 11, 6, 1, 3, 1],
        ["Schilddrüse (E03-E06)", 8, 7, 0, 1, 0],
        ["Knie / Schulter (M17, M23, M75)", 9, 2, 6, 0, 1],
        ["Herz-Kreislauf (I10-I25)", 5, 1, 0, 2, 2],
        ["Sonstige", 7, 3, 2, 1, 1],
        ["Summe", 73, 25, 22, 12, 14]])])
    return build(n, frm=AD, to=[JF, BO], subject="Auswertung Voranfragen 2025",
                 date=d(4, 10, 15, 2), body=body, atts=[att("Voranfragen_2025_Auswertung.xlsx", x)])


# ---- d37-0108 -------------------------------------------------------------
@mail(108, "CONFIDENTIAL", "de", "insurer", "insurer's contract overview for named customers forwarded internally: buildings/dog liability policies and premiums")
def m0108(n):
    body = """Jens, zur Kühl-Ausschreibung: die Baltica hat uns die Übersicht
geschickt, damit du siehst, was alles bei denen liegt. Die Hundehaft-
pflicht ist bei der Nordlicht, nicht betroffen. Malte

-----Ursprüngliche Nachricht-----
Von: Maklerbetreuung Baltica <makler@baltica-allgemeine.example>
Gesendet: Freitag, 10. April 2026 08:55
An: Malte Sievers
Betreff: Vertragsübersicht VN Kühl, Thomas

Sehr geehrter Herr Sievers,

wie gewünscht die Verträge Ihres Kunden Thomas Kühl, Rehbockweg 5,
23562 Lübeck, bei uns:

WG-6610-2201  Wohngebäude     1.849,72 EUR  Hauptfälligkeit 01.06.
PHV-6610-2202 Privathaftpfl.    112,00 EUR  Hauptfälligkeit 01.06.
GL-6610-2203  Glas               46,20 EUR  Hauptfälligkeit 01.06.

Schäden Wohngebäude: 2023 (1.240 EUR), 2026 (3.370 EUR + 280 EUR Nachtrag).

Freundliche Grüße
Ihre Maklerbetreuung
"""
    return build(n, frm=MS, to=JF, subject="WG: Vertragsübersicht VN Kühl, Thomas", date=d(4, 10, 9, 12), body=body)


# ---- d37-0109 -------------------------------------------------------------
@mail(109, "STRICTLY_CONFIDENTIAL", "de", "broker-to-customer", "body harmless; ODT advice record for a BU application with hay fever, allergy and BMI")
def m0109(n):
    body = """Liebe Merle,

wie besprochen das Beratungsprotokoll zu deiner BU – bitte lesen,
unterschreiben und mir zurückgeben (gern einfach auf den Schreibtisch).

Birte
"""
    o = odt(["Kundin: Merle Stahmer, geb. 03.09.1998, Kauffrau im Kundenservice",
             "Anlass: Absicherung der Arbeitskraft, Einstieg über Elbtal BU Start (bAV-unabhängig)",
             "Gesundheitsangaben der Kundin: Heuschnupfen (Birke, Gräser) mit Cetirizin saisonal; "
             "Kontaktallergie Nickel; 2019 Pfeiffersches Drüsenfieber, ausgeheilt; Größe 168 cm, Gewicht 61 kg.",
             "Empfehlung: BU-Rente 1.200 EUR, Dynamik 3 %, Nachversicherungsgarantie bei Gehaltserhöhung.",
             "Hinweis gegeben: vorvertragliche Anzeigepflicht (§ 19 VVG), alle Arztbesuche der letzten 5 Jahre angeben.",
             "Lübeck, 13.04.2026   Beraterin: Birte Oltmanns   Kundin: ______________"],
            title="Beratungsprotokoll Berufsunfähigkeitsversicherung")
    return build(n, frm=BO, to="Merle Stahmer <merle.stahmer@fehrs-oltmanns.example>",
                 subject="Beratungsprotokoll", date=d(4, 13, 12, 10), body=body,
                 atts=[att("Beratungsprotokoll_BU_Stahmer.odt", o)])


# ---- d37-0110 -------------------------------------------------------------
@mail(110, "NORMAL", "de", "internal", "trap: blank application form with health questions (PDF), nothing filled in")
def m0110(n):
    body = """Neue Antragsversion Trave KV ab 01.05. – bitte nur noch diese
verwenden, die Gesundheitsfragen sind umformuliert (Psychotherapie jetzt
5 statt 10 Jahre). Leeres Formular anbei, liegt auch im Vorlagenordner.

Birte
"""
    p = pdf(["Trave Krankenversicherung AG - Antrag auf Krankenversicherung (Version 05/2026)", "",
             "Zu versichernde Person: Name ______________  Geburtsdatum ___.___.______", "",
             "Gesundheitsfragen:",
             "1. Bestehen derzeit Krankheiten, Beschwerden oder Unfallfolgen?  [ ] ja  [ ] nein",
             "2. Wurden Sie in den letzten 3 Jahren ambulant untersucht, beraten oder behandelt?  [ ] ja  [ ] nein",
             "3. Waren Sie in den letzten 10 Jahren in stationaerer Behandlung?  [ ] ja  [ ] nein",
             "4. Fand in den letzten 5 Jahren eine Psychotherapie statt?  [ ] ja  [ ] nein",
             "5. Fehlen Zaehne, die nicht ersetzt sind?  Anzahl ____",
             "6. Nehmen Sie regelmaessig Medikamente ein?  [ ] ja  [ ] nein   Welche: ____________",
             "", "Ort, Datum, Unterschrift ______________________"],
            title="Antrag Krankenversicherung - Blankoformular")
    return build(n, frm=BO, to=ALLE, subject="Neuer Antrag Trave KV ab 01.05.", date=d(4, 13, 16, 45), body=body,
                 atts=[att("Trave_Antrag_KV_2026-05_leer.pdf", p)])


# ---- d37-0111 -------------------------------------------------------------
@mail(111, "STRICTLY_CONFIDENTIAL", "en", "broker-to-customer", "running PKV application of a named prospect (health line): salary and start date, health questionnaire announced; no diagnosis")
def m0111(n):
    body = """Dear Chinedu,

thanks for sending your employment contract. With a gross annual
salary of EUR 82,500 (EUR 6,875 x 12) you are above the 2026 threshold
of EUR 77,400, so you may choose private health insurance from your
start date, 1 June.

Next step: the health questionnaire. Please do not answer it by
e-mail – we'll go through it on the phone on Friday, and I'll enter
your answers directly into the insurer's secure form.

""" + SIG["BO_EN"]
    return build(n, frm=BO, to="Chinedu Okafor <c.okafor@fraunhofer-mail.example>",
                 subject="Your salary and private health insurance", date=d(4, 14, 10, 3), body=body)


# ---- d37-0112 -------------------------------------------------------------
@mail(112, "STRICTLY_CONFIDENTIAL", "en", "broker-to-customer", "summary of phone health questionnaire: hypertension, amlodipine, BMI, sleep apnoea")
def m0112(n):
    body = """Dear Chinedu,

thank you for the call. Please check my summary of your answers before
I submit them – anything wrong or missing can cause problems later:

- High blood pressure since 2022, amlodipine 5 mg daily, last
  readings around 130/85 (Dr. Schulz, Hamburg-Eppendorf)
- Sleep apnoea suspected in 2024, sleep lab: mild, no CPAP needed
- 1.86 m, 104 kg
- Knee arthroscopy 2015 (football), no complaints
- No psychotherapy, no hospital stays in the last 10 years

With the blood pressure and BMI I expect a surcharge of 10-20 %.
Reply "correct" or send corrections.

""" + SIG["BO_EN"]
    return build(n, frm=BO, to="Chinedu Okafor <c.okafor@fraunhofer-mail.example>",
                 subject="Your health answers – please check", date=d(4, 17, 14, 55), body=body)


# ---- d37-0113 -------------------------------------------------------------
@mail(113, "NORMAL", "en", "broker-to-insurer", "trap: broker agreement with the GmbH's own IBAN, VAT ID and commission rates for health plans")
def m0113(n):
    body = """Dear Mr O'Brien,

please find our signed broker agreement attached in your system, and the
details you asked for:

  Company:     Hanseatisches Maklerkontor Fehrs & Oltmanns GmbH
  Register:    Amtsgericht Lübeck HRB 18824 HL
  Broker reg.: D-7QX4-K2M9L-31 (§ 34d GewO)
  VAT ID:      DE 318 447 902
  Commission account: DE53 2305 0101 0003 3377 11, BIC NOLADE21SPL
                      (account holder: the GmbH)

Agreed commission: 8 % of the annual premium for individual plans,
12 % for group plans (5-50 employees), paid monthly.

""" + SIG["JF_EN"]
    return build(n, frm=JF, to="Sean O'Brien <s.obrien@globalcare-health.example>",
                 subject="Broker agreement Fehrs & Oltmanns – details", date=d(4, 14, 15, 31), body=body)


# ---- d37-0114 -------------------------------------------------------------
@mail(114, "CONFIDENTIAL", "de", "broker-to-insurer", "lawyer's fee note in an employment case of a named customer; salary-based value in dispute")
def m0114(n):
    body = """Sehr geehrte Damen und Herren,

zum Rechtsschutzfall RS-26-004412 (VN Björn Gerdes) übersenden wir die
Kostennote von Frau RAin Dr. Schacht für die erste Instanz:

Gegenstandswert 12.540 EUR (3 Bruttomonatsgehälter à 4.180 EUR)
1,3 Verfahrensgebühr, 1,2 Terminsgebühr, 1,0 Einigungsgebühr,
Auslagenpauschale, USt – gesamt 3.148,46 EUR.

Das Verfahren wurde durch Vergleich beendet (Abfindung 9.000 EUR,
Beendigung zum 31.05.2026). Bitte Zahlung direkt an die Kanzlei,
abzüglich Selbstbeteiligung 150 EUR.

""" + SIG["LP"]
    return build(n, frm=LP, to="Leistung RS <leistung@lotsen-rs.example>",
                 subject="RS-26-004412 / Gerdes – Kostennote", date=d(4, 15, 11, 11), body=body)


# ---- d37-0115 -------------------------------------------------------------
@mail(115, "STRICTLY_CONFIDENTIAL", "de", "broker-to-customer", "body harmless; ICS appointment for an orthopaedic expert examination in a BU claim")
def m0115(n):
    body = """Hallo Herr Detlefsen,

anbei der Termin zum Eintragen in Ihren Kalender. Bringen Sie bitte
Ihren Personalausweis mit. Ich drücke die Daumen!

Birte Oltmanns
"""
    ic = ics("d37-0115-gutachten@fehrs-oltmanns.example", d(5, 5, 9, 0), d(5, 5, 11, 0),
             "Orthopädisches BU-Gutachten (Elbtal L-BU-2026-0331)",
             "Gutachterpraxis Prof. Dr. Riedel, Ratzeburger Allee 160, Lübeck",
             "Begutachtung rechte Schulter nach Rotatorenmanschetten-Rekonstruktion. MRT-CD und OP-Bericht mitbringen.",
             "birte.oltmanns@" + DOM)
    return build(n, frm=BO, to="Frank Detlefsen <frank.detlefsen@gmx.example>",
                 subject="Termin 05.05.", date=d(4, 15, 16, 20), body=body,
                 atts=[att("Termin_Gutachten.ics", ic)])


# ---- d37-0116 -------------------------------------------------------------
@mail(116, "NORMAL", "de", "newsletter", "legal expenses insurer newsletter with anonymised court decisions")
def m0116(n):
    body = """Lotsen Rechtsschutz – Makler-Info April 2026

Aktuelle Urteile für Ihre Kundengespräche

1. BAG, Urteil vom 12.02.2026: Eine Kündigung während einer
   krankheitsbedingten Arbeitsunfähigkeit ist nicht automatisch
   unwirksam – entscheidend ist die negative Gesundheitsprognose.
2. BGH, Beschluss vom 03.03.2026: Mieter darf Wärmepumpe nicht ohne
   Zustimmung auf dem Balkon aufstellen.
3. OLG Schleswig: Wildunfall – Ausweichen vor einem Fuchs grob
   fahrlässig.

Produktneuheit: Baustein "Rechtsschutz für Pflegebedürftige und
Angehörige" ab 01.05.

Lotsen Rechtsschutz AG, Maklervertrieb
Abmelden: makler-info@lotsen-rs.example
"""
    return build(n, frm="Lotsen Makler-Info <makler-info@lotsen-rs.example>", to="info@" + DOM,
                 subject="Makler-Info April 2026", date=d(4, 16, 7, 30), body=body, extra={"Precedence": "bulk"})


# ---- d37-0117 -------------------------------------------------------------
@mail(117, "CONFIDENTIAL", "de", "broker-to-insurer", "ODS list of commercial customers incl. sole traders with turnover and policy numbers for a portfolio review")
def m0117(n):
    body = """Hallo Herr Jessen,

wie beim Termin besprochen die Liste unserer Gewerbekunden bei Ihnen,
mit Umsatz laut letzter Meldung, für die Prüfung "Handwerk Kompakt".

Gruß Malte Sievers
"""
    o = ods([["Kunde", "Rechtsform", "Inhaber/GF", "Vertrag", "Umsatz 2025 EUR", "Mitarbeiter"],
             ["Tischlerei Brammer", "e.K.", "Hauke Brammer", "BHV-5520-3391", 612000, 7],
             ["Elektro Jacobsen", "e.K.", "Frerk Jacobsen", "BHV-5520-4102", 1240000, 11],
             ["Bäckerei Timm", "Einzelunternehmen", "Gerd Timm", "GI-4410-2290", 588000, 9],
             ["Physiotherapie am Mühlenteich", "Einzelunternehmen", "Maren Holst", "BHV-6120-0077", 296000, 5],
             ["Whitfield Architects", "Freiberufler", "James Whitfield", "BH-A-7711-04", 184300, 1],
             ["Malerbetrieb Krüger & Sohn GmbH", "GmbH", "Dennis Krüger", "BHV-5521-0014", 2050000, 18]],
            name="Gewerbe Baltica")
    return build(n, frm=MS, to="Kai-Uwe Jessen <k.jessen@baltica-allgemeine.example>",
                 subject="Gewerbekunden – Liste für Handwerk Kompakt", date=d(4, 22, 9, 40), body=body,
                 atts=[att("Gewerbekunden_Baltica.ods", o)])


# ---- d37-0118 -------------------------------------------------------------
@mail(118, "STRICTLY_CONFIDENTIAL", "de", "customer", "customer's handwritten-style letter forwarded: fall on ice, hip fracture, accident insurance claim")
def m0118(n):
    body = """Svenja, das kam per Mail von Herrn Timm (Tochter hat's getippt).
Unfall-Vertrag UV-77 10 932 bei Nordlicht. Machst du? LG Aylin

> Sehr geehrte Frau Kröger,
>
> ich bin am 18. April früh um 4 vor der Backstube auf dem Kopfstein-
> pflaster ausgerutscht (es hatte noch mal gefroren) und habe mir die
> Hüfte gebrochen (Schenkelhalsfraktur links). Ich wurde in der Sana
> Klinik operiert und habe eine neue Hüfte bekommen. Jetzt bin ich in
> der Reha in Bad Malente bis Mitte Mai.
>
> Meine Tochter sagt, ich habe eine Unfallversicherung bei Ihnen. Bitte
> kümmern Sie sich darum. Die Bäckerei macht solange mein Geselle.
>
> Mit freundlichen Grüßen
> Gerd Timm
"""
    return build(n, frm=AD, to=SK, subject="WG: Unfall Gerd Timm", date=d(4, 22, 11, 15), body=body)


# ---- d37-0119 -------------------------------------------------------------
@mail(119, "NORMAL", "de", "internal", "trap: draft customer newsletter about care insurance, BU and hospital supplements, generic")
def m0119(n):
    body = """Entwurf Kundenbrief Frühjahr – bitte bis Freitag Korrektur lesen.

---
Liebe Kundinnen und Kunden,

Pflege ist teuer: Ein Heimplatz kostet in Schleswig-Holstein im Schnitt
2.600 Euro Eigenanteil im Monat. Die gesetzliche Pflegeversicherung
zahlt je nach Pflegegrad nur einen Teil. Eine Pflegetagegeldver-
sicherung schließt die Lücke – je früher, desto günstiger, denn bei
Diagnosen wie Demenz, Parkinson oder nach einem Schlaganfall ist ein
Abschluss nicht mehr möglich.

Außerdem in diesem Brief:
- Jede vierte Person wird vor der Rente berufsunfähig – häufigste
  Ursachen sind psychische Erkrankungen und Rückenleiden.
- Krankenhauszusatz: Chefarzt und Einbettzimmer ab 19 Euro im Monat.

Sprechen Sie uns an!
Ihr Team vom Hanseatischen Maklerkontor
---

Jens
"""
    return build(n, frm=JF, to=ALLE, subject="Entwurf Kundenbrief Frühjahr", date=d(4, 23, 13, 40), body=body)


# ---- d37-0120 -------------------------------------------------------------
@mail(120, "CONFIDENTIAL", "en", "broker-to-customer", "stolen e-bike claim under household insurance of an expat; claim and policy number")
def m0120(n):
    body = """Hi Daniel,

bad luck! I've reported the theft to Baltica: claim no. HS-26-042-0917
under your household policy HR-9930-1128. Bicycles are covered up to
EUR 3,000 even at night, because you have the 24-hour bicycle option.

I still need:
- the police report number (you mentioned "Revier Innenstadt"),
- the purchase receipt of the Cube Kathmandu (EUR 2,899, 2025),
- the frame number, usually on the receipt or in the bike passport.

""" + SIG["SK_EN"]
    return build(n, frm=SK, to="Daniel Brooks <dbrooks@brooks-family.example>",
                 subject="Your stolen e-bike – claim HS-26-042-0917", date=d(4, 23, 16, 8), body=body)


# ---- d37-0121 -------------------------------------------------------------
@mail(121, "NORMAL", "de", "internal", "IT maintenance notice for the weekend")
def m0121(n):
    body = """Info: Samstag, 25.04., 8–14 Uhr Wartung durch Trave-IT
(Firewall-Update, NAS-Firmware, neue Backup-Platten). MaklerDesk und
Mail gehen in der Zeit nicht. Bitte Freitag alle Rechner
herunterfahren, nicht nur sperren! Laptops mit ins Büro bringen, die
bekommen gleich das Update.

Aylin
"""
    return build(n, frm=AD, to=ALLE, subject="Wartung Samstag 25.04.", date=d(4, 23, 17, 30), body=body)


# ---- d37-0122 -------------------------------------------------------------
@mail(122, "NORMAL", "en", "broker-to-insurer", "conference registration and hotel, no personal data beyond names")
def m0122(n):
    body = """Dear Mette,

thanks for the invitation to the Baltic Broker Forum in Copenhagen
(4-5 June). Jens Fehrs and I will attend. We'd also like to join the
workshop "Cross-border employee benefits" on day 2.

One room each at the Hotel Nimb, please, arrival 3 June. We'll book
our own train.

Looking forward to it!
""" + SIG["BO_EN"]
    return build(n, frm=BO, to="Mette Kjær <mette.kjaer@nordiskforsikring.example>",
                 subject="Baltic Broker Forum – registration Fehrs & Oltmanns", date=d(4, 24, 10, 4), body=body)


# ---- d37-0123 -------------------------------------------------------------
@mail(123, "NORMAL", "de", "broker-to-supplier", "trap: cleaning contract with data-protection clause for archive and server room")
def m0123(n):
    body = """Guten Tag Frau Kahl,

wir nehmen Ihr Angebot vom 14.04. an: Unterhaltsreinigung 2x
wöchentlich (Di + Fr ab 18 Uhr), 185 m², 398,00 EUR netto monatlich,
Beginn 01.05.2026.

Bitte ergänzen Sie den Vertrag noch um die Vertraulichkeitsvereinbarung
(Anlage DS-1): Ihre Mitarbeiterinnen dürfen Schreibtische und Akten-
schränke nicht öffnen; das Archiv und der Serverraum werden nicht
gereinigt. Papierkörbe mit rotem Deckel sind Datenschutzbehälter und
werden NICHT geleert.

""" + SIG["AD"]
    return build(n, frm=AD, to="Glanzwerk Gebäudeservice <angebote@glanzwerk-luebeck.example>",
                 subject="Auftrag Unterhaltsreinigung ab 01.05.", date=d(4, 24, 11, 51), body=body)


# ---- d37-0124 -------------------------------------------------------------
@mail(124, "STRICTLY_CONFIDENTIAL", "de", "broker-to-customer", "forwarded BU benefit decision: occupational disability recognised, shoulder diagnosis, pension amount")
def m0124(n):
    body = """Lieber Herr Detlefsen,

es ist geschafft – die Elbtal erkennt Ihre Berufsunfähigkeit an, das
Gutachten am 05.05. ist damit vom Tisch. Die Entscheidung unten, das
Original kommt per Post.

Herzlich
Birte Oltmanns

-------- Weitergeleitete Nachricht --------
Von: BU-Leistung Elbtal <bu-leistung@elbtal-leben.example>
Datum: 27.04.2026 09:40
Betreff: Leistungsentscheidung L-BU-2026-0331

Sehr geehrte Frau Oltmanns,

nach Prüfung der Unterlagen erkennen wir für Herrn Frank Detlefsen
(Vertrag EL-BU-5519072) Berufsunfähigkeit im Sinne der Bedingungen ab
01.09.2025 an. Grundlage: Rotatorenmanschettenruptur rechts mit
Omarthrose, dauerhaft keine Überkopfarbeit, Tätigkeit als Dachdecker
zu mehr als 50 % nicht mehr ausübbar.

Leistung: BU-Rente 1.800,00 EUR monatlich, Beitragsbefreiung, Nach-
zahlung ab 01.09.2025 in Höhe von 14.400,00 EUR. Eine Nachprüfung
behalten wir uns vor.
"""
    return build(n, frm=BO, to="Frank Detlefsen <frank.detlefsen@gmx.example>",
                 subject="WG: Leistungsentscheidung – gute Nachrichten!", date=d(4, 27, 10, 22), body=body)


# ---- d37-0125 -------------------------------------------------------------
@mail(125, "CONFIDENTIAL", "de", "broker-to-customer", "eVB and leasing van for a sole-trader carpenter: plate, VIN, policy")
def m0125(n):
    body = """Moin Herr Brammer,

für den neuen Sprinter (Leasing über MB Leasing, FIN W1V9076331P448210)
hier Ihre eVB: 7XK2PQM. Gleiche Konditionen wie der alte Transporter
(SF 11, VK 1.000/TK 300), Vertrag KF-8807-0933, Leasinggeber als
Sicherungsnehmer eingetragen. Wunschkennzeichen HL-HB 15 ist reserviert.

Schönen Gruß in die Werkstatt!
Malte
"""
    return build(n, frm=MS, to="Tischlerei Brammer <info@tischlerei-brammer.example>",
                 subject="eVB Sprinter", date=d(4, 27, 14, 10), body=body)


# ---- d37-0126 -------------------------------------------------------------
@mail(126, "NORMAL", "de", "newsletter", "trap: pool circular with commission rates for BU and PKV products, no customers")
def m0126(n):
    body = """Rundschreiben 07/2026 – Courtagesätze ab 01.05.2026

Liebe Partner,

folgende Courtagen ändern sich:

Elbtal BU Premium:        39 ‰ der BWS  (bisher 36 ‰)
Trave PKV Vollversicherung: 8,0 MB       (bisher 7,5 MB)
Nordlicht Unfall Top:     22 % lfd.      (unverändert)
Baltica Gewerbe Kompakt:  20 % lfd. + 5 % Bonus bei > 25 Verträgen

Stornohaftungszeit PKV weiterhin 5 Jahre, BU 60 Monate.

Ihr Pool Nord
"""
    return build(n, frm="Pool Nord Vertrieb <vertrieb@poolnord.example>", to="info@" + DOM,
                 subject="Rundschreiben 07/2026 – Courtagesätze", date=d(4, 28, 8, 0), body=body,
                 charset="windows-1252", cte="quoted-printable")


# ---- d37-0127 -------------------------------------------------------------
@mail(127, "NORMAL", "en", "insurer", "trap: automated portal registration mail with a one-time password, no customer data")
def m0127(n):
    body = """Welcome to the Nordic Marine broker portal

Your firm administrator has created an account for
lennart.pauls@fehrs-oltmanns.example.

Your one-time password: R7k-29qX-mP4t

Log in at https://portal.nordic-marine.example/broker within 72 hours
and set a new password and a security question. You will receive the
registration link in a separate e-mail.

If you did not expect this e-mail, please contact brokersupport@nordic-marine.example.
This message was sent automatically.
"""
    return build(n, frm="Nordic Marine Portal <noreply@nordic-marine.example>", to=LP,
                 subject="Your one-time password", date=d(4, 28, 9, 2), body=body,
                 extra={"Auto-Submitted": "auto-generated"})


# ---- d37-0128 -------------------------------------------------------------
@mail(128, "CONFIDENTIAL", "en", "broker-to-customer", "tenancy legal expenses case of an expat: rent increase dispute, policy number, rent")
def m0128(n):
    body = """Dear Mei Lin,

Lotsen Rechtsschutz confirms cover for your dispute with your landlord
(policy LR-310-91206, tenancy module; case no. RS-26-005170).

What I understood from your mail: the landlord wants to raise the rent
for your flat in the Hansestraße from EUR 980 to EUR 1,190 net and
refers to three comparable flats. Your lawyer can check whether the
increase exceeds the 15 % cap (Kappungsgrenze) that applies in Lübeck.

Lotsen recommends the law firm Behrens & Haack. Your excess is EUR 150.

""" + SIG["JF_EN"]
    return build(n, frm=JF, to="Mei Lin Chen <meilin.chen@mailbox.example>",
                 subject="Legal expenses cover – your rent increase", date=d(4, 28, 11, 20), body=body)


# ---- d37-0129 -------------------------------------------------------------
@mail(129, "STRICTLY_CONFIDENTIAL", "en", "broker-to-insurer", "hospital cash claim after appendectomy, English cover note")
def m0129(n):
    body = """Dear colleagues,

hospital cash claim for our client Mei Lin Chen, policy KT-H-8810-022
(hospital daily allowance EUR 50):

- emergency admission 19 April 2026, UKSH Lübeck
- diagnosis: acute appendicitis (K35.8), laparoscopic appendectomy
  on 19 April
- discharged 23 April (5 days)

Discharge letter attached by the client via your upload portal on
24 April. Please pay EUR 250 to the account on file.

""" + SIG["SK_EN"]
    return build(n, frm=SK, to="Leistung KV <leistung-kv@trave-kv.example>",
                 subject="Hospital cash claim KT-H-8810-022 – Chen", date=d(4, 29, 9, 15), body=body)


# ---- d37-0130 -------------------------------------------------------------
@mail(130, "NORMAL", "de", "internal", "apprentice's training plan and vocational school days")
def m0130(n):
    body = """Lennart,

dein Ausbildungsplan bis zu den Sommerferien:

Mai:   Schaden (bei Svenja) – Kfz und Hausrat, keine Personenschäden
Juni:  Gewerbe (bei Malte) – Angebote, Risikoerfassung
Juli:  Prüfungsvorbereitung Zwischenprüfung (IHK, 08.07.)

Berufsschule weiter Di + Do. Berichtsheft bitte jeden Freitag zum
Abzeichnen. Und: Zeugnis Halbjahr fehlt noch in deiner Akte.

Jens
"""
    return build(n, frm=JF, to=LP, cc=AD, subject="Ausbildungsplan Mai–Juli", date=d(4, 29, 12, 0), body=body)


# ---- d37-0131 -------------------------------------------------------------
@mail(131, "CONFIDENTIAL", "de", "broker-to-customer", "business interruption settlement for a sole-trader bakery: revenue figures, payout")
def m0131(n):
    body = """Lieber Herr Timm,

endlich eine gute Nachricht: die Baltica hat die Betriebs-
unterbrechung aus dem Ofenbrand abgerechnet (Schaden GI-26-0305-114):

  Umsatzausfall 12 Tage à 2.350 EUR      28.200,00 EUR
  abzgl. ersparter Wareneinsatz (32 %)   -9.024,00 EUR
  Miete Leihofen                           1.900,00 EUR
  Auszahlung                              21.076,00 EUR

Zahlung geht auf Ihr Geschäftskonto bei der Volksbank. Der neue Ofen
(Neuwert 41.300 EUR) wird separat aus der Inhaltsversicherung bezahlt,
sobald die Rechnung von Wachtel da ist.

""" + SIG["SK"]
    return build(n, frm=SK, to="Bäckerei Timm <baeckerei.timm@t-online.example>",
                 subject="Abrechnung Betriebsunterbrechung", date=d(4, 30, 10, 10), body=body)


# ---- d37-0132 -------------------------------------------------------------
@mail(132, "STRICTLY_CONFIDENTIAL", "de", "internal", "staff note: BU customer in distress, depressive symptoms, GP referral")
def m0132(n):
    body = """Jens,

nur damit du Bescheid weißt, falls er anruft, während ich weg bin:
Detlefsen hat vorhin angerufen und am Telefon geweint. Trotz der
BU-Zusage geht es ihm schlecht, er schläft kaum, "fühlt sich nutzlos"
ohne den Beruf. Seine Frau hat ihn zu Dr. Olde geschickt, der hat ihm
eine Psychotherapeutin empfohlen und was gegen die Schlafstörungen
verschrieben.

Ich hab ihm gesagt, dass die BU-Rente davon nicht berührt wird. Bitte
behutsam sein, wenn er wegen der Nachprüfung fragt.

B.
"""
    return build(n, frm=BO, to=JF, subject="Detlefsen – bitte kurz lesen", date=d(4, 30, 16, 40), body=body)


# ---- d37-0133 -------------------------------------------------------------
@mail(133, "NORMAL", "de", "broker-to-supplier", "trap: website privacy policy draft describing processing of health data in general")
def m0133(n):
    body = """Hallo Frau Wolters,

für die neue Website bitte folgenden Abschnitt in die Datenschutz-
erklärung übernehmen (vom DSB freigegeben):

---
4. Besondere Kategorien personenbezogener Daten

Für die Vermittlung von Kranken-, Berufsunfähigkeits-, Lebens- und
Unfallversicherungen verarbeiten wir Gesundheitsdaten (z. B. Angaben zu
Vorerkrankungen, Behandlungen, Medikamenten) nur mit Ihrer
ausdrücklichen Einwilligung (Art. 9 Abs. 2 lit. a DSGVO) und
übermitteln sie ausschließlich verschlüsselt an Versicherer.
Die Einwilligung können Sie jederzeit widerrufen.
---

Bitte auch das Kontaktformular so ändern, dass im Freitextfeld der
Hinweis steht: "Bitte hier keine Gesundheitsangaben eintragen."

""" + SIG["JF"]
    return build(n, frm=JF, to="Kira Wolters <k.wolters@webwerk-hl.example>",
                 subject="Website – Datenschutzerklärung Abschnitt 4", date=d(5, 4, 9, 30), body=body)


# ---- d37-0134 -------------------------------------------------------------
@mail(134, "CONFIDENTIAL", "de", "broker-to-insurer", "cancellation of a buildings policy for named customers on switching insurer")
def m0134(n):
    body = """Sehr geehrte Damen und Herren,

namens und in Vollmacht unserer Kunden Thomas und Inga Kühl kündigen
wir die Wohngebäudeversicherung WG-6610-2201 (Risikoort Rehbockweg 5,
23562 Lübeck) fristgerecht zum Ablauf am 01.06.2026, hilfsweise wegen
der Beitragserhöhung nach Ziff. 17 VGB (Sonderkündigungsrecht).

Privathaftpflicht PHV-6610-2202 und Glas GL-6610-2203 bleiben bestehen.

Bitte bestätigen Sie uns die Kündigung.

Mit freundlichen Grüßen
i. A. Aylin Demir
"""
    return build(n, frm=AD, to="Vertrag Sach <vertrag-sach@baltica-allgemeine.example>",
                 subject="Kündigung WG-6610-2201 / Kühl", date=d(4, 29, 15, 5), body=body)


# ---- d37-0135 -------------------------------------------------------------
@mail(135, "STRICTLY_CONFIDENTIAL", "de", "broker-to-insurer", "PKV tariff change under § 204 VVG for a named insured person (health line), premiums")
def m0135(n):
    body = """Sehr geehrte Damen und Herren,

für Ihre Versicherte Dr. Wiebke Sander (TK-440918-01, geb. 23.01.1979)
beantragen wir den Tarifwechsel nach § 204 VVG:

  bisher: Tarif Privat Exklusiv 0, Beitrag 784,12 EUR
  neu:    Tarif KomfortPlus 1200, Beitrag voraussichtlich 603,50 EUR

Mehrleistungen im Zieltarif sollen ausgeschlossen werden, damit keine
erneute Gesundheitsprüfung nötig ist. Die Alterungsrückstellung ist
vollständig anzurechnen. Bitte schicken Sie uns eine Vergleichs-
berechnung mit dem Wechseltermin 01.07.2026.

""" + SIG["BO"]
    return build(n, frm=BO, to="Vertrag KV <vertrag-kv@trave-kv.example>",
                 subject="Tarifwechsel § 204 VVG – TK-440918-01", date=d(5, 4, 11, 12), body=body)


# ---- d37-0136 -------------------------------------------------------------
@mail(136, "NORMAL", "de", "insurer", "insurer's maintenance notice for the broker portal and BiPRO interface")
def m0136(n):
    body = """Sehr geehrte Maklerpartnerinnen und -partner,

am Wochenende 16./17.05.2026 ist das Nordlicht-Maklerportal wegen
Umstellung auf die neue Plattform nicht erreichbar. Die BiPRO-
Schnittstelle (Dokumentenabruf 430.4, Tarifierung) ist ebenfalls
betroffen. Schadenmeldungen bitte in dieser Zeit telefonisch unter
0800 66 88 100.

Ab 18.05. melden Sie sich mit Ihrer bisherigen Kennung und einem
Einmal-Passwort an, das Ihr Makleradministrator erhält.

Ihre Nordlicht Maklerbetreuung
"""
    return build(n, frm="Nordlicht Maklerbetreuung <makler@nordlicht-versicherung.example>", to="info@" + DOM,
                 subject="Wartung Maklerportal 16./17.05.", date=d(5, 5, 7, 45), body=body)


# ---- d37-0137 -------------------------------------------------------------
@mail(137, "NORMAL", "en", "broker-to-supplier", "trap: device list with staff names and serial numbers, organisational")
def m0137(n):
    body = """Hi Mark,

as requested, our device list for the warranty check:

User            Device                 Serial        Purchased
Jens Fehrs      Lenovo T14 Gen 4       PF4K2L9Z      03/2024
Birte Oltmanns  Lenovo T14 Gen 4       PF4K2LA1      03/2024
Malte Sievers   Lenovo T14 Gen 3       PF3X88QW      06/2023
Svenja Kröger   Lenovo T14 Gen 3       PF3X88R2      06/2023
Aylin Demir     Lenovo X1 Carbon G11   PW0A71KD      01/2025
Lennart Pauls   Lenovo E14 Gen 5       PF5Z0114      08/2025
Merle Stahmer   Lenovo E14 Gen 5       PF5Z0190      02/2026

Svenja's battery is almost dead (45 min), please check warranty.

""" + SIG["AD_EN"]
    return build(n, frm=AD, to="Mark Devlin <m.devlin@traveit.example>",
                 subject="Device list for warranty check", date=d(5, 5, 10, 3), body=body)


# ---- d37-0138 -------------------------------------------------------------
@mail(138, "CONFIDENTIAL", "de", "broker-to-insurer", "tool theft from a company van: company policyholder with named contact, plate, policy")
def m0138(n):
    body = """Sehr geehrte Damen und Herren,

Einbruchdiebstahl aus Kfz – Werkverkehrsversicherung / Werkzeug-
pauschale, Vertrag WV-5521-0015
VN: Malerbetrieb Krüger & Sohn GmbH, Ansprechpartner GF Dennis Krüger

In der Nacht 03./04.05. wurde der Transporter HL-KS 202 auf der
Baustelle Beckergrube 40 aufgebrochen (Seitenscheibe). Entwendet:
2 Farbspritzgeräte Wagner, Akkuschrauber-Set Festool, Laser.
Wiederbeschaffungswert lt. Liste ca. 6.840 EUR. Anzeige bei der
Polizei Lübeck, Vorgang 260504-0711-118.

""" + SIG["SK"]
    return build(n, frm=SK, to="Schaden Gewerbe <schaden-gewerbe@baltica-allgemeine.example>",
                 subject="ED aus Kfz – WV-5521-0015 Krüger & Sohn", date=d(5, 5, 13, 20), body=body)


# ---- d37-0139 -------------------------------------------------------------
@mail(139, "STRICTLY_CONFIDENTIAL", "en", "broker-to-insurer", "group health plan census: named employees with birth dates and dependants for an international health insurer")
def m0139(n):
    body = """Dear Mr O'Brien,

attached is the census for the group quote for Baltic MedTech GmbH
(international staff, 9 employees + dependants), start 1 July.

Two employees answered "yes" to the pre-existing conditions question;
details are in column H as provided by HR with the employees' consent.

""" + SIG["JF_EN"]
    rows = [["Employee", "Date of birth", "Nationality", "Dependants", "Plan", "Country cover", "Salary band", "Pre-existing (declared)"],
            ["Sarah O'Connell", "1988-09-22", "IE", "0", "Gold", "Worldwide excl. USA", "C", "Hashimoto thyroiditis"],
            ["Ravi Menon", "1985-02-14", "IN", "2 (spouse, child 2019)", "Gold", "Worldwide excl. USA", "D", "none"],
            ["Lucas Fernández", "1991-07-30", "ES", "1 (spouse)", "Silver", "Europe", "B", "none"],
            ["Anna Virtanen", "1994-11-03", "FI", "0", "Silver", "Europe", "B", "Type 1 diabetes, insulin pump"],
            ["Kwame Mensah", "1989-05-19", "GH", "3", "Gold", "Worldwide excl. USA", "C", "none"]]
    return build(n, frm=JF, to="Sean O'Brien <s.obrien@globalcare-health.example>",
                 subject="Group quote Baltic MedTech – census", date=d(5, 6, 9, 48), body=body,
                 atts=[att("BalticMedTech_census.csv", csvb(rows, delim=","))])


# ---- d37-0140 -------------------------------------------------------------
@mail(140, "NORMAL", "de", "internal", "trap: aggregated customer survey scores incl. 'Beratung PKV/BU'")
def m0140(n):
    body = """Hallo Team,

die Kundenumfrage 2026 ist ausgewertet (212 Rückläufer von 640,
Rücklaufquote 33 %):

Gesamtzufriedenheit:        1,7 (Schulnoten)
Erreichbarkeit Telefon:     2,1  <- unser Sorgenkind
Schadenabwicklung:          1,5
Beratung PKV/BU:            1,4
Verständlichkeit Unterlagen:2,3

Häufigste Wünsche (Freitext, gekürzt): Online-Terminbuchung, Rückruf-
service, Unterlagen auch auf Englisch, WhatsApp (geht nicht, DSGVO).

Danke euch allen, das ist ein super Ergebnis!
Jens
"""
    return build(n, frm=JF, to=ALLE, subject="Kundenumfrage 2026 – Ergebnisse", date=d(5, 6, 16, 0), body=body)


# ---- d37-0141 -------------------------------------------------------------
@mail(141, "NORMAL", "de", "internal", "trap: flu vaccination offer by the company doctor, no names of participants")
def m0141(n):
    body = """Liebe Kolleginnen und Kollegen,

auch dieses Jahr bietet unser Betriebsarzt (Arbeitsmedizin Nord,
Dr. Fuchs) wieder eine Grippeschutzimpfung im Büro an, voraussichtlich
Mitte Oktober. Die Kosten trägt die Firma. Wer teilnehmen möchte,
meldet sich bitte direkt und vertraulich bei der Arbeitsmedizin Nord
(nicht bei mir – ich will keine Gesundheitsdaten in meinen Listen).

Aylin
"""
    return build(n, frm=AD, to=ALLE, subject="Grippeimpfung Herbst – Vorankündigung", date=d(5, 7, 9, 12), body=body)


# ---- d37-0142 -------------------------------------------------------------
@mail(142, "CONFIDENTIAL", "de", "broker-to-customer", "motor insurance for a teen driver (accompanied driving): son's birth date, policy")
def m0142(n):
    body = """Hallo Frau Kühl,

Mats' großer Bruder darf also bald mit 17 fahren – herzlichen
Glückwunsch! Damit Jonte (geb. 22.06.2009) den Golf im Rahmen des
begleiteten Fahrens nutzen darf, muss er im Vertrag KF-8811-0290 als
Fahrer eingetragen werden. Mehrbeitrag: 118,40 EUR im Jahr, solange
Sie bzw. Ihr Mann als Begleitpersonen eingetragen sind.

Ab 18 lohnt sich evtl. ein eigener Zweitwagenvertrag mit SF-Einstufung
über Sie – das schauen wir uns dann an.

""" + SIG["MS"]
    return build(n, frm=MS, to="Inga Kühl <inga.kuehl@web.example>",
                 subject="BF17 – Jonte als Fahrer", date=d(5, 7, 11, 35), body=body)


# ---- d37-0143 -------------------------------------------------------------
@mail(143, "STRICTLY_CONFIDENTIAL", "de", "broker-to-insurer", "long-term care claim update: move to nursing home, care level, named insured person")
def m0143(n):
    body = """Sehr geehrte Damen und Herren,

zum Pflegetagegeld PT-0038 114 (vP: Hannelore Timm, geb. 30.07.1941):
Frau Timm ist am 04.05.2026 vollstationär in das Pflegeheim
Haus Wakenitzblick aufgenommen worden. Pflegegrad 3 besteht weiter, ein
Höherstufungsantrag auf Pflegegrad 4 läuft (MD-Termin 19.05.).

Bitte stellen Sie das Pflegetagegeld auf den Satz für stationäre
Pflege um (100 % statt 60 %) und zahlen Sie weiterhin auf das Konto der
Betreuerin, Frau Kerstin Timm-Bahr.

""" + SIG["JF"]
    return build(n, frm=JF, to="Leistung Pflege <pflege@trave-kv.example>",
                 subject="PT-0038 114 – Heimaufnahme", date=d(5, 8, 10, 44), body=body)


# ---- d37-0144 -------------------------------------------------------------
@mail(144, "NORMAL", "en", "broker-to-customer", "prospect asks about liability insurance, generic answer")
def m0144(n):
    body = """Dear Ms Fischer-Moore,

thanks for your question. Yes, personal liability insurance
("Privathaftpflicht") is not compulsory in Germany, but almost
everyone has it – and many landlords expect it. It covers damage you
accidentally cause to other people or their property, e.g. a broken
phone or water damage in your neighbour's flat.

Good policies cost EUR 60-100 a year for a single person and include
damage to rented property and "Schlüsselverlust" (lost keys).

Happy to send you two or three offers – just tell me if you live alone
or with a partner.

""" + SIG["AD_EN"]
    return build(n, frm=AD, to="Hannah Fischer-Moore <hfm@mailbox.example>",
                 subject="Re: Do I need liability insurance?", date=d(5, 8, 14, 2), body=body)


# ---- d37-0145 -------------------------------------------------------------
@mail(145, "CONFIDENTIAL", "en", "broker-to-customer", "refund confirmation for an expat's cancelled liability policy: policy number, masked IBAN, amount")
def m0145(n):
    body = """Dear Olivia,

Baltica has confirmed the cancellation of your liability policy
PHV-9901-2238 as of 30 April and refunded EUR 41.30 to your account
ending in ...4668. That's the last thing from our side – all the best
for Bristol, and do get in touch if you ever come back!

""" + SIG["AD_EN"]
    return build(n, frm=AD, to="Olivia Grant <olivia.grant@teachmail.example>",
                 subject="Your liability insurance – refund", date=d(5, 11, 9, 0), body=body)


# ---- d37-0146 -------------------------------------------------------------
@mail(146, "STRICTLY_CONFIDENTIAL", "de", "internal", "body harmless; XLSX follow-up list of open benefit cases with diagnoses and contracts")
def m0146(n):
    body = """Wiedervorlagen Leistung KW 20 – siehe Liste.

Svenja
"""
    x = xlsx([("WV KW20", [
        ["Kunde", "Vertrag", "Sparte", "Thema", "WV", "zuständig"],
        ["Jacobsen, Frerk", "KT-40 22 913", "KTG", "Zwischenbericht Dr. Olde, Herzinfarkt/Stent, AU bis ?", "12.05.", "SK"],
        ["Timm, Gerd", "UV-77 10 932", "Unfall", "Schenkelhalsfraktur, Hüft-TEP, Reha Malente", "13.05.", "SK"],
        ["Kühl, Mats", "KU-3301-1887", "Kinderunfall", "Unterarmfraktur, K-Drähte entfernt?", "14.05.", "SK"],
        ["Brammer, Hauke", "UV-88 31 044", "Unfall", "Gutachten Invalidität Zeigefinger 01/2027", "01/2027", "SK"],
        ["Chen, Mei Lin", "KT-H-8810-022", "KH-Tagegeld", "Appendektomie, Zahlung prüfen", "15.05.", "SK"],
        ["Timm, Hannelore", "PT-0038 114", "Pflege", "Höherstufung PG 4, MD 19.05.", "20.05.", "JF"]])], author="Svenja Kröger")
    return build(n, frm=SK, to=[AD, JF], subject="WV Leistung KW 20", date=d(5, 11, 8, 15), body=body,
                 atts=[att("WV_Leistung_KW20.xlsx", x)])


# ---- d37-0147 -------------------------------------------------------------
@mail(147, "NORMAL", "de", "broker-to-partner", "trap: apprentice registration for the intermediate exam with training contract number, organisational")
def m0147(n):
    body = """Sehr geehrte Damen und Herren,

hiermit melden wir unseren Auszubildenden Lennart Pauls
(Ausbildungsvertrag Nr. 2025-VF-0412, Kaufmann für Versicherungen und
Finanzanlagen) zur Zwischenprüfung am 08.07.2026 an. Das Berichtsheft
ist vollständig und vom Ausbilder abgezeichnet.

""" + SIG["JF"]
    return build(n, frm=JF, to="Ausbildung <pruefungen@ihk-luebeck.example>",
                 subject="Anmeldung Zwischenprüfung – Pauls", date=d(5, 11, 12, 10), body=body)


# ---- d37-0148 -------------------------------------------------------------
@mail(148, "NORMAL", "de", "broker-to-insurer", "trap: question on cyber underwriting guidelines for medical practices, generic")
def m0148(n):
    body = """Hallo Herr Jessen,

kurze Frage zu Cyber Heilberufe: wie prüft die Baltica Praxen, die
ihre Patientenakten in einer Cloud-PVS führen? Gilt die Obliegenheit
"tägliche Offline-Datensicherung" dann trotzdem? Und ist die Meldung
an Patienten nach Art. 34 DSGVO (Benachrichtigungskosten, Callcenter)
in der Grunddeckung oder nur im Baustein "Krisenkommunikation"?

Hintergrund sind drei Anfragen von Zahnarzt- und Hausarztpraxen.

""" + SIG["MS"]
    return build(n, frm=MS, to="Kai-Uwe Jessen <k.jessen@baltica-allgemeine.example>",
                 subject="Cyber Heilberufe – Zeichnungsfragen", date=d(5, 12, 9, 20), body=body)


# ---- d37-0149 -------------------------------------------------------------
@mail(149, "CONFIDENTIAL", "de", "broker-to-taxadviser", "payroll change: salary increase of a named employee")
def m0149(n):
    body = """Hallo Herr Hinrichsen,

Änderung zur Lohnabrechnung Mai:

Merle Stahmer: Probezeit bestanden, ab 01.05.2026 Gehalt 2.600,00 EUR
brutto (bisher 2.450,00), weiterhin 30 Std. Zusätzlich Jobticket
(Deutschlandticket) 58 EUR als steuerfreier Zuschuss.

Lennart Pauls: Ausbildungsvergütung 2. Lehrjahr ab 01.08.: 1.170 EUR.

Danke!
Aylin Demir
"""
    return build(n, frm=AD, to="Thorsten Hinrichsen <t.hinrichsen@stb-hinrichsen.example>",
                 subject="Lohn 05/2026 – Änderungen", date=d(5, 12, 11, 5), body=body)


# ---- d37-0150 -------------------------------------------------------------
@mail(150, "STRICTLY_CONFIDENTIAL", "de", "broker-to-taxadviser", "payroll: employee's pregnancy, maternity protection and employment ban")
def m0150(n):
    body = """Hallo Herr Hinrichsen,

noch ein Punkt für Juni, bitte vertraulich behandeln:

Svenja Kröger ist schwanger (voraussichtlicher Entbindungstermin
03.09.2026). Ihre Frauenärztin hat ab 18.05.2026 ein individuelles
Beschäftigungsverbot ausgesprochen. Mutterschutzfrist dann ab 23.07.

Bitte den Mutterschutzlohn berechnen und den U2-Erstattungsantrag bei
der Techniker stellen. Bescheinigung der Ärztin schicke ich per Post.

Aylin Demir
"""
    return build(n, frm=AD, to="Thorsten Hinrichsen <t.hinrichsen@stb-hinrichsen.example>",
                 subject="Lohn 06/2026 – Mutterschutz", date=d(5, 13, 8, 50), body=body)


# ---- d37-0151 -------------------------------------------------------------
@mail(151, "NORMAL", "de", "internal", "trap: archive relocation after water damage, certified destruction of wet files, no names")
def m0151(n):
    body = """Kurzer Stand Archiv:

- Die nassen Altakten 2015–2019 (insg. 14 Umzugskartons) hat
  Aktenwolf Nord am 12.05. abgeholt. 9 Kartons wurden vernichtet
  (Sicherheitsstufe P-4, Vernichtungsprotokoll Nr. AW-26-4471 liegt im
  Ordner "Datenschutz"), 5 Kartons getrocknet und zurückgeliefert.
- Vernichtet wurden u. a. alte PKV- und BU-Antragsakten mit Arzt-
  berichten; die sind ohnehin digital in MaklerDesk, Aufbewahrungsfrist
  geprüft.
- Neue Regale kommen KW 21. Bis dahin bitte nichts ins Archiv stellen.

Aylin
"""
    return build(n, frm=AD, to=ALLE, subject="Archiv – Stand nach Wasserschaden", date=d(5, 13, 14, 30), body=body)


# ---- d37-0152 -------------------------------------------------------------
@mail(152, "STRICTLY_CONFIDENTIAL", "en", "insurer", "forwarded insurer quote (message/rfc822) excludes a named employee's type 1 diabetes")
def m0152(n):
    body = """Jens – Global Care's answer for Baltic MedTech, see attached. Not
great for Ms Virtanen. Shall we ask Trave for a German group contract
instead? Birte
"""
    fw = inner(frm="Sean O'Brien <s.obrien@globalcare-health.example>", to="jens.fehrs@" + DOM,
               subject="RE: Group quote Baltic MedTech – census", date=d(5, 13, 17, 2),
               msgid="<GC-2026-0513-7781@globalcare-health.example>",
               body="""Dear Jens,

thank you for the census. We can offer the group plan from 1 July at
an annual premium of EUR 41,870 for all members, on the following
conditions:

- Anna Virtanen: type 1 diabetes and all complications (retinopathy,
  nephropathy, neuropathy) excluded for the first 24 months; insulin
  pump supplies covered up to EUR 2,000 p.a.
- Sarah O'Connell: thyroid condition covered (moratorium 12 months).
- All other members: full medical underwriting waived.

The offer is valid until 15 June.

Kind regards
Sean O'Brien
Senior Underwriter, Global Care International Health Ltd
""")
    return build(n, frm=BO, to=JF, subject="Fwd: Group quote Baltic MedTech", date=d(5, 14, 8, 12), body=body, fwd=fw)


# ---- d37-0153 -------------------------------------------------------------
@mail(153, "CONFIDENTIAL", "de", "broker-to-insurer", "third-party motor liability claim against a named customer: rear-end collision, plates, nobody hurt")
def m0153(n):
    body = """Hallo,

KH-Schaden zu KF-8821-0017 (VN Merle Stahmer, OD-MS 98):

14.05.26, 07:45, Lübeck, Possehlstraße/Kreuzung Moislinger Allee.
Unsere VN ist bei Rot-Gelb auf den vor ihr bremsenden Pkw HL-RK 4410
(Halter: Ralf Kaminski) aufgefahren. Heckschaden beim Gegner, Front bei
uns. Keine Verletzten, Polizei nicht vor Ort, Unfallbericht beidseitig
unterschrieben (anbei). VN erkennt Schuld an.

Vollkasko besteht nicht mehr (nur TK) – eigener Schaden wird nicht
gemeldet.

Malte
"""
    return build(n, frm=MS, to="Kfz-Schaden <kfz-schaden@nordlicht-versicherung.example>",
                 subject="KH-Schaden KF-8821-0017 Stahmer", date=d(5, 14, 10, 33), body=body)


# ---- d37-0154 -------------------------------------------------------------
@mail(154, "NORMAL", "de", "insurer", "trap: commission account balance of the GmbH with amounts, no customer")
def m0154(n):
    body = """Sehr geehrte Damen und Herren,

Ihr Courtagekonto (Vermittlernr. 70-1180, Hanseatisches Maklerkontor
Fehrs & Oltmanns GmbH) zum 30.04.2026:

Saldo Vormonat             +  4.210,44 EUR
Courtagen April            + 12.887,10 EUR
Stornobelastungen          -    312,00 EUR
Auszahlung 05.05.2026      - 16.785,54 EUR
Saldo                      +      0,00 EUR

Die Einzelabrechnung steht im Maklerportal zum Abruf bereit.

Baltica Allgemeine – Provisionsabrechnung
"""
    return build(n, frm="Provision Baltica <provision@baltica-allgemeine.example>", to="info@" + DOM,
                 subject="Kontoauszug Courtagekonto 04/2026", date=d(5, 14, 6, 0), body=body)


# ---- d37-0155 -------------------------------------------------------------
@mail(155, "NORMAL", "en", "internal", "English customer FAQ on the claims process (DOCX), generic")
def m0155(n):
    body = """Hi Lennart,

the English FAQ "How to report a claim" is ready (attached). Please
proofread the German insurance terms in brackets – and then upload it
to the website under "International clients".

Svenja
"""
    dx = docx(["1. Call us first: +49 451 7093-0 or schaden@fehrs-oltmanns.example.",
               "2. Car accident: take photos, exchange details (name, address, plate, insurer), never admit liability on the spot.",
               "3. Water damage (Leitungswasserschaden): stop the water, call the property management, keep damaged items.",
               "4. Theft (Diebstahl/Einbruch): report to the police within 24 hours and send us the report number.",
               "5. Health and accident claims: do not e-mail medical documents. Use our secure upload link.",
               "6. Keep receipts (Rechnungen) for everything you want to claim."],
              author="Svenja Kröger", title="How to report a claim – FAQ for international clients")
    return build(n, frm=SK, to=LP, subject="EN claims FAQ for the website", date=d(5, 15, 9, 40), body=body,
                 atts=[att("FAQ_claims_EN.docx", dx)])


# ---- d37-0156 -------------------------------------------------------------
@mail(156, "STRICTLY_CONFIDENTIAL", "de", "broker-to-customer", "accident insurance disability settlement: finger amputation, degree of disability, payout (PDF)")
def m0156(n):
    body = """Lieber Herr Brammer,

die Nordlicht hat vorab schon eine Invaliditätsleistung festgesetzt,
ohne auf das 12-Monats-Gutachten zu warten – das ist ungewöhnlich
kulant. Die Abrechnung hängt an. Wenn sich die Funktion des Mittel-
fingers bis Januar nicht bessert, kann nachverhandelt werden.

Beste Grüße
Svenja Kröger
"""
    p = pdf(["Nordlicht Versicherung AG - Unfall-Leistung",
             "Versicherte Person: Hauke Brammer, Vertrag UV-88 31 044, Unfall vom 22.01.2026", "",
             "Unfallfolgen: Verlust des Zeigefinger-Endglieds links; Bewegungseinschraenkung",
             "Mittelfinger links nach Mittelgliedfraktur.", "",
             "Gliedertaxe: Zeigefinger 10 %, Endglied = 1/2 -> 5 %",
             "Mittelfinger (Funktion 1/4 beeintraechtigt): 1/4 x 5 % = 1,25 %",
             "Invaliditaetsgrad gesamt: 6,25 %",
             "Grundsumme 200.000 EUR, Progression 225 % (greift erst ab 25 %)",
             "Invaliditaetsleistung: 12.500,00 EUR", "",
             "Vorbehalt: Neubemessung bis 3 Jahre nach dem Unfall."], title="Abrechnung Invaliditaetsleistung")
    return build(n, frm=SK, to="Tischlerei Brammer <info@tischlerei-brammer.example>",
                 subject="Abrechnung Unfallversicherung", date=d(5, 15, 11, 58), body=body,
                 atts=[att("Nordlicht_Invaliditaet_UV-88-31-044.pdf", p)])


# ---- d37-0157 -------------------------------------------------------------
@mail(157, "CONFIDENTIAL", "en", "broker-to-customer", "household and liability offer for an expat: birth date, address, premiums")
def m0157(n):
    body = """Dear Chinedu,

while we wait for the health insurers, here are the two small policies
for your new flat:

  Name / DOB:   Chinedu Okafor, 9 January 1990
  Address:      Fleischhauerstrasse 67, 23552 Lübeck (from 1 June)
  Liability:    Baltica PHV Top, EUR 50m, EUR 72.00/year
  Household:    Baltica HR Comfort, EUR 40,000 incl. bicycle, EUR 118.80/year

Both can start on 1 June. Just reply "ok" and I'll send the application
for your e-signature.

""" + SIG["AD_EN"]
    return build(n, frm=AD, to="Chinedu Okafor <c.okafor@fraunhofer-mail.example>",
                 subject="Liability and household insurance – offer", date=d(5, 18, 10, 0), body=body)


# ---- d37-0158 -------------------------------------------------------------
@mail(158, "NORMAL", "de", "internal", "trap: cancellation letter template with placeholders for policy number and customer")
def m0158(n):
    body = """Vorlage für Kündigungen wegen Versichererwechsel, bitte ab sofort
nehmen (Platzhalter in MaklerDesk heißen genauso):

---
Sehr geehrte Damen und Herren,

namens und in Vollmacht unseres Kunden {{KUNDE_NAME}}, {{KUNDE_ANSCHRIFT}},
kündigen wir den Vertrag {{VERTRAGSNUMMER}} ({{SPARTE}}) zum nächst-
möglichen Termin, das ist nach unserer Berechnung der {{ABLAUF}}.
Bitte bestätigen Sie uns die Kündigung und das Vertragsende schriftlich.

Eine Kopie der Maklervollmacht liegt bei.
---

Bitte NICHT für Kranken- und Lebensversicherungen verwenden, da gelten
andere Regeln (Nachweis Anschlussversicherung, Rückkaufswert).

Aylin
"""
    return build(n, frm=AD, to=ALLE, subject="Vorlage Kündigung Versichererwechsel", date=d(5, 18, 13, 15), body=body)


# ---- d37-0159 -------------------------------------------------------------
@mail(159, "STRICTLY_CONFIDENTIAL", "de", "broker-to-insurer", "forwarded practice mail (message/rfc822) lists patients whose files were exfiltrated, with diagnoses (§ 203 data)")
def m0159(n):
    body = """Sehr geehrte Damen und Herren,

zum Cyberschaden CY-2025-0419 leiten wir die Nachricht der Praxis
weiter. Es sind also doch Patientendaten abgeflossen; bitte schalten Sie
den Baustein Krisenkommunikation / Benachrichtigung frei.

""" + SIG["MS"]
    fw = inner(frm="Janina Rohde <praxismanagement@praxis-olde.example>", to="malte.sievers@" + DOM,
               subject="Datenabfluss bestätigt", date=d(5, 18, 16, 40), msgid="<d37-inner-0159@praxis-olde.example>",
               body="""Hallo Herr Sievers,

der Forensiker hat heute bestätigt, dass die Angreifer einen Ordner
mit eingescannten Befunden kopiert haben (ca. 1.100 Dateien). Bei einer
Stichprobe waren u. a. dabei:

- Helga Brandes, geb. 1952: Mammakarzinom links (C50.4), Chemotherapie
- Yusuf Kaya, geb. 1979: HIV-Infektion (B24), antiretrovirale Therapie
- Lena Kroll, geb. 2001: Anorexia nervosa (F50.0), Klinikeinweisung

Wir müssen die Patienten informieren. Wer bezahlt das Anschreiben und
die Hotline? Unser DSB hat die Meldung an das ULD gemacht.

Janina Rohde
Praxismanagerin
""")
    return build(n, frm=MS, to="Cyber-Hotline <cyber@baltica-allgemeine.example>",
                 subject="CY-2025-0419 – Datenabfluss bestätigt", date=d(5, 19, 8, 5), body=body, fwd=fw)


# ---- d37-0160 -------------------------------------------------------------
@mail(160, "NORMAL", "de", "internal", "trap: annual claims statistics by line incl. accident and personal injury counts, aggregated")
def m0160(n):
    body = """Für den Jahresbericht 2025 – Schadenstatistik (gemeldete Schäden
über uns, alle Gesellschaften):

Sparte              Anzahl   Aufwand TEUR   davon Personenschaden
Kfz                    98        412               4
Hausrat                41         96               –
Wohngebäude            37        188               –
Haftpflicht privat     29         54               3
Gewerbe                22        301               1
Unfall                 14        163              14
Krankentagegeld         6         48               6
BU                      2        n/a               2
Summe                 249       1.262+            30

Bearbeitungszeit Median 9 Tage (Vorjahr 12).

Svenja
"""
    return build(n, frm=SK, to=[JF, BO], subject="Schadenstatistik 2025 für Jahresbericht", date=d(5, 19, 12, 30), body=body)


# ---- d37-0161 -------------------------------------------------------------
@mail(161, "NORMAL", "en", "newsletter", "trap: yacht insurer newsletter mentioning personal accident cover and claim statistics")
def m0161(n):
    body = """NORDIC MARINE – Season Start 2026

Dear partners,

the sailing season has started. Three reminders for your clients:

1. Check the seacocks and gas installation before launching – 23 % of
   our 2025 hull claims were water ingress in the harbour.
2. Lightning: carry a cheap surge protector for electronics.
3. Crew: personal accident cover for guests on board is included in
   all "Premium" policies from 1 May.

Broker commission for new yacht policies remains at 17.5 %.

Fair winds,
Nordic Marine Underwriters A/S, German branch, Kiel
"""
    return build(n, frm="Nordic Marine News <news@nordic-marine.example>", to="info@" + DOM,
                 subject="Season start 2026 – Nordic Marine", date=d(5, 20, 7, 0), body=body,
                 extra={"Precedence": "bulk"})


# ---- d37-0162 -------------------------------------------------------------
@mail(162, "CONFIDENTIAL", "de", "broker-to-insurer", "building/contents damage at a dental practice reported for the named policyholder; no patient data")
def m0162(n):
    body = """Sehr geehrte Damen und Herren,

Leitungswasserschaden in der Zahnarztpraxis unserer Kundin
Dr. Wiebke Sander, Mühlenstraße 9, 23552 Lübeck
Praxisinhaltsversicherung PI-7702-418 / Elektronik

Am 20.05.2026 früh war der Steriraum überflutet (Eckventil unter der
Spüle korrodiert). Betroffen: Unterschrank, Thermodesinfektor (Miele
PG 8582, 2023), Fußboden. Die Praxis konnte ab 10 Uhr mit 2 statt 3
Behandlungszimmern weiterarbeiten. Trocknung durch Fa. Hydro-Trock
beauftragt. Der Gebäudeschaden geht an den Vermieter.

Bitte Regulierer beauftragen, Frau Dr. Sander ist ab 17:30 erreichbar.

""" + SIG["SK"]
    return build(n, frm=SK, to="Schaden Gewerbe <schaden-gewerbe@baltica-allgemeine.example>",
                 subject="LW-Schaden Praxis Dr. Sander – PI-7702-418", date=d(5, 20, 9, 22), body=body)


# ---- d37-0163 -------------------------------------------------------------
@mail(163, "STRICTLY_CONFIDENTIAL", "en", "broker-to-customer", "answer on IVF cover: endometriosis, ICSI cycles, reimbursement conditions for the named customer")
def m0163(n):
    body = """Dear Rachel,

I've checked your Trave policy. The good news: your tariff covers
fertility treatment. The details:

- Trave pays up to 3 IVF/ICSI cycles if there is a reasonable chance
  of success (the clinic confirms this in a short form).
- Because you are the one with the medical cause (endometriosis, low
  AMH), your policy pays for the treatment of you – medication included.
- The 8-month waiting period ends on 30 September 2026. Cycles that
  start before that date are not covered.

Please ask the Kinderwunschzentrum for a treatment plan with costs and
send it to Trave before the first cycle. I'm happy to check it first.

""" + SIG["BO_EN"]
    return build(n, frm=BO, to="Rachel Brooks <rachel.brooks@brooks-family.example>",
                 subject="Your question about fertility treatment", date=d(5, 20, 14, 40), body=body)


# ---- d37-0164 -------------------------------------------------------------
@mail(164, "NORMAL", "de", "internal", "trap: blank customer checklist for water damage and a blank claim form")
def m0164(n):
    body = """Hier die überarbeitete Kundencheckliste "Wasserschaden – was tun?"
(nach unseren eigenen Erfahrungen im Archiv ;-)). Bitte als PDF
an Kunden rausgeben, Feld "Schadennummer" bleibt leer.

Svenja
"""
    p = pdf(["1. Wasser abstellen (Haupthahn), Strom im betroffenen Bereich abschalten.",
             "2. Vermieter / Hausverwaltung informieren.",
             "3. Fotos machen, bevor aufgeraeumt wird.",
             "4. Beschaedigte Gegenstaende aufbewahren, nicht wegwerfen.",
             "5. Uns anrufen: 0451 7093-0 - wir melden den Schaden.", "",
             "Versicherungsnehmer: ____________________  Vertrag: ____________",
             "Schadentag: ________  Schadennummer: ________________",
             "Beschreibung: ____________________________________________"],
            title="Checkliste Wasserschaden")
    return build(n, frm=SK, to=ALLE, subject="Checkliste Wasserschaden neu", date=d(5, 21, 8, 30), body=body,
                 atts=[att("Checkliste_Wasserschaden.pdf", p)])


# ---- d37-0165 -------------------------------------------------------------
@mail(165, "CONFIDENTIAL", "de", "broker-to-customer", "household insurance amendment for an elderly customer: new address, sum insured, policy number")
def m0165(n):
    body = """Sehr geehrte Frau Marquardt,

wie am Telefon besprochen habe ich Ihre Hausratversicherung angepasst:

  Vertrag:          HR-1987-220-4 (Nordlicht)
  neue Anschrift:   Marlistraße 5, 23566 Lübeck
  Wohnfläche:       58 m²
  Versicherungssumme: 40.000 EUR (bisher 80.000 EUR)
  neuer Beitrag:    96,80 EUR im Jahr (bisher 214,00 EUR)

Der Nachtrag kommt in den nächsten Tagen per Post – ich habe extra
"große Schrift" vermerkt. Ihre Tochter hat mir diese E-Mail-Adresse
gegeben, damit sie Ihnen das vorlesen kann.

""" + SIG["JF"]
    return build(n, frm=JF, to="Gisela Marquardt <g.marquardt@t-online.example>",
                 subject="Ihre Hausratversicherung – Anpassung", date=d(5, 21, 11, 7), body=body)


# ---- d37-0166 -------------------------------------------------------------
@mail(166, "STRICTLY_CONFIDENTIAL", "de", "broker-to-insurer", "BU increase under the guarantee option (marriage) for a named insured person – BU line, no diagnosis")
def m0166(n):
    body = """Sehr geehrte Frau Wendt,

Herr Kai Brüggemann (EL-BU-7730215) hat am 16.05.2026 geheiratet und
möchte die Nachversicherungsgarantie nutzen: Erhöhung der BU-Rente um
500 EUR auf 2.500 EUR ohne erneute Gesundheitsprüfung. Die Heirats-
urkunde liegt bei. Der Ausschluss LWS bleibt bestehen, das ist ihm klar.

""" + SIG["BO"]
    return build(n, frm=BO, to="Svenja Wendt <s.wendt@elbtal-leben.example>",
                 subject="Nachversicherung EL-BU-7730215 / Heirat", date=d(5, 21, 15, 2), body=body)


# ---- d37-0167 -------------------------------------------------------------
@mail(167, "NORMAL", "en", "broker-to-partner", "trap: declining a recruiting agency; quoted offer mentions PKV/BU experience and salary percentages")
def m0167(n):
    body = """Dear Mr Patel,

thank you for your e-mail and the profiles. We are a small team and
recruit locally, so we won't be using an agency at the moment. Please
remove us from your mailing list.

""" + SIG["JF_EN"] + """

> From: Arjun Patel <a.patel@talentbridge.example>
> Dear Mr Fehrs, are you struggling to find qualified insurance
> advisers? We have 12 pre-screened candidates with PKV and BU
> experience available immediately. Our fee: 25 % of the first
> annual salary...
"""
    return build(n, frm=JF, to="Arjun Patel <a.patel@talentbridge.example>",
                 subject="Re: Qualified insurance advisers available now", date=d(5, 22, 9, 0), body=body)


# ---- d37-0168 -------------------------------------------------------------
@mail(168, "CONFIDENTIAL", "en", "broker-to-customer", "motor liability claim settled; no-claims class downgrade of a named customer")
def m0168(n):
    body = """Hi Tomasz,

the parking damage from February is closed: Nordlicht paid Mr Bock
EUR 1,184.50 for his bumper. Because of the claim your no-claims
class for motor liability goes down from SF 8 to SF 4 on 1 January
2027, which means about EUR 96 more per year.

Tip: you can still "buy back" the claim by paying the EUR 1,184.50
yourself within 6 months – then your class stays at SF 8. For that
amount it's roughly break-even after 12 years, so I wouldn't do it.

""" + SIG["MS_EN"]
    return build(n, frm=MS, to="Tomasz Nowak <tomasz.nowak83@poczta.example>",
                 subject="Your car insurance claim – closed", date=d(5, 22, 10, 44), body=body)


# ---- d37-0169 -------------------------------------------------------------
@mail(169, "NORMAL", "de", "broker-to-supplier", "trap: order for secure shredding of old health application files, no names")
def m0169(n):
    body = """Hallo Aktenwolf-Team,

bitte für Juni einen weiteren Termin zur Abholung:

- 2 Sicherheitsbehälter 240 l (Schreibtischablagen, Altanträge
  Kranken/BU mit Arztberichten aus 2016–2019, Fristablauf geprüft)
- 6 Umzugskartons Gewerbeakten
- Vernichtung Sicherheitsstufe P-4, Schutzklasse 3, mit Protokoll

Abholung bitte über den Hinterhof, Ansprechpartnerin ich.

""" + SIG["AD"]
    return build(n, frm=AD, to="Auftrag <auftrag@aktenwolf-nord.example>",
                 subject="Abholung Aktenvernichtung Juni", date=d(5, 22, 13, 12), body=body)


# ---- d37-0170 -------------------------------------------------------------
@mail(170, "STRICTLY_CONFIDENTIAL", "de", "customer", "base64-encoded body: forwarded dental treatment plan of a named customer (implant, periodontitis)")
def m0170(n):
    body = """Birte, Heil- und Kostenplan von Frau Hoppe zur neuen Zahnzusatz,
kam per Mail. Wartezeit ist doch noch nicht rum, oder? Aylin

-------- Weitergeleitete Nachricht --------
Von: Annika Hoppe <annika.hoppe@posteo.example>
Betreff: HKP Zahnarzt

Hallo Frau Oltmanns,

mein Zahnarzt (Dr. Behnke) will jetzt doch die Lücke bei 46 mit einem
Implantat schließen, und an 36 ist eine Wurzelbehandlung nötig. Laut
HKP: Implantat 46 inkl. Krone 3.480 Euro, Wurzelbehandlung 36
590 Euro, Knochenaufbau evtl. 650 Euro. Die Kasse zahlt nur den
Festzuschuss 412 Euro. Zahlt die neue Zusatzversicherung da was?

Danke, Annika Hoppe
"""
    return build(n, frm=AD, to=BO, subject="WG: HKP Zahnarzt", date=d(5, 26, 9, 3), body=body, cte="base64")


# ---- d37-0171 -------------------------------------------------------------
@mail(171, "NORMAL", "de", "internal", "trap: motor tariff comparison for a fictitious sample customer")
def m0171(n):
    body = """Für die Schulung am Donnerstag – Kfz-Vergleich mit Musterkunde:

Musterkunde: Erika Musterfrau (fiktiv), 45 J., Lübeck, SF 12,
VW Golf 8, 10.000 km, Garage, kein Fahrer unter 25

Nordlicht Komfort     398,20 EUR
Baltica Kfz Plus      421,70 EUR
Elbtal Sach Auto      405,00 EUR (nur mit Telematik)

Diskussion: Wann lohnt sich Werkstattbindung (-15 %)? Was bringt
Rabattschutz bei SF 12?

Malte
"""
    return build(n, frm=MS, to=[LP, "Merle Stahmer <merle.stahmer@fehrs-oltmanns.example>"],
                 subject="Schulung Kfz – Musterkunde", date=d(5, 26, 11, 40), body=body)


# ---- d37-0172 -------------------------------------------------------------
@mail(172, "CONFIDENTIAL", "de", "broker-to-insurer", "storm damage to a named customer's roof: policy number, address")
def m0172(n):
    body = """Schadenmeldung Wohngebäude

VN: Arne Petersen, Dorfstraße 3, 23627 Groß Grönau
Vertrag: WG-2201-7732 (Baltica)
Schaden: Sturm am 24.05.2026 (DWD: Böen 9 Bft in Lübeck-Blankensee)
Ca. 20 Dachpfannen auf der Westseite abgedeckt, Dachrinne lose.
PV-Anlage (separat versichert, PV-2201-8041) nach Sichtprüfung
unbeschädigt. Notabdeckung durch Dachdeckerei Ramm erfolgt.

KVA folgt. Bitte Schadennummer an uns.

Svenja Kröger
Schadenservice Fehrs & Oltmanns
"""
    return build(n, frm=SK, to="Schaden Sach <schaden-sach@baltica-allgemeine.example>",
                 subject="Sturmschaden WG-2201-7732 Petersen", date=d(5, 26, 14, 0), body=body)


# ---- d37-0173 -------------------------------------------------------------
@mail(173, "STRICTLY_CONFIDENTIAL", "en", "broker-to-insurer", "travel health claim with hospital invoice PDF: distal radius fracture, treatment in Norway")
def m0173(n):
    body = """Dear colleagues,

enclosed the claim of your policyholder Erik Lindqvist, travel health
insurance RK-2210-0098 (client writes English, please reply in
English or German to us).

Ski accident on 12 March 2026 in Hafjell, Norway: distal radius
fracture right (S52.51), closed reduction and cast at Lillehammer
hospital, follow-up in Lübeck.

Claimed: NOK 14,860 (hospital) + EUR 186.40 (cast change Sana Kliniken).

""" + SIG["SK_EN"]
    p = pdf(["Sykehuset Innlandet HF - Lillehammer", "Invoice / Faktura no. 2026-03-88412", "",
             "Patient: Erik Lindqvist, born 1968-11-27, Sweden/Germany",
             "Date of treatment: 12.03.2026",
             "Diagnosis: S52.51 Fracture of distal radius, right", "",
             "Emergency consultation                NOK  2,940",
             "X-ray wrist, 2 views                   NOK  1,780",
             "Closed reduction under local anaesthesia NOK  6,420",
             "Cast, materials                        NOK  3,720",
             "Total                                  NOK 14,860 - paid by card"], title="Hospital invoice")
    return build(n, frm=SK, to="Reise-Leistung <reise-leistung@nordlicht-versicherung.example>",
                 subject="Travel health claim RK-2210-0098 – Lindqvist", date=d(5, 27, 9, 25), body=body,
                 atts=[att("Lillehammer_invoice_2026-03-88412.pdf", p)])


# ---- d37-0174 -------------------------------------------------------------
@mail(174, "NORMAL", "de", "broker-to-customer", "customer summer party invitation, mass mailing, no personal data")
def m0174(n):
    body = """Liebe Kundinnen und Kunden,

wir werden 15! Zum Jubiläum laden wir Sie herzlich zu unserem
Sommerfest ein:

Freitag, 26. Juni 2026, ab 16 Uhr
Innenhof Breite Straße 41 (bei Regen im Speicher nebenan)

Es gibt Fischbrötchen, Kaltgetränke und Musik vom Shanty-Chor
"Möwenschiet". Für Kinder: Kinderschminken und eine Tombola.

Bitte melden Sie sich bis 15. Juni an: sommerfest@fehrs-oltmanns.example

Ihr Team vom Hanseatischen Maklerkontor
"""
    return build(n, frm=INFO, to="Kunden-Newsletter <newsletter@fehrs-oltmanns.example>",
                 subject="Einladung: 15 Jahre Fehrs & Oltmanns – Sommerfest", date=d(5, 27, 10, 0), body=body,
                 extra={"Precedence": "bulk"})


# ---- d37-0175 -------------------------------------------------------------
@mail(175, "NORMAL", "de", "internal", "trap: portfolio rights for health/life data for a colleague, no customer data")
def m0175(n):
    body = """Aylin,

kannst du Merle in MaklerDesk die Bestandsrechte für Sach/Kfz geben?
Kranken/Leben bitte noch nicht, erst nach der Schulung zu Gesundheits-
daten im Juli. Beim Nordlicht-Portal braucht sie auch einen eigenen
User (du bist doch Makleradministrator da?).

Danke, Jens
"""
    return build(n, frm=JF, to=AD, subject="Rechte Merle", date=d(5, 27, 16, 12), body=body)


# ---- d37-0176 -------------------------------------------------------------
@mail(176, "CONFIDENTIAL", "de", "broker-to-insurer", "commercial liability renewal of a GmbH with named managing director, payroll sum and policy number")
def m0176(n):
    body = """Sehr geehrte Damen und Herren,

zur Hauptfälligkeit 01.07. der Betriebshaftpflicht BHV-5521-0014
(Malerbetrieb Krüger & Sohn GmbH, GF Dennis Krüger) die Meldung der
Beitragsgrundlagen 2025:

Lohn- und Gehaltssumme:   612.400 EUR (18 Mitarbeiter inkl. 3 Azubis)
Umsatz:                  2.050.000 EUR
Subunternehmer:            142.000 EUR

Neu: Wärmedämmverbundsysteme (WDVS) ab 2026 – bitte Deckung für
Tätigkeitsschäden an Fassaden prüfen.

""" + SIG["MS"]
    return build(n, frm=MS, to="Gewerbe-Vertrag <gewerbe@baltica-allgemeine.example>",
                 subject="BHV-5521-0014 – Beitragsgrundlagen 2025", date=d(5, 28, 9, 10), body=body)


# ---- d37-0177 -------------------------------------------------------------
@mail(177, "STRICTLY_CONFIDENTIAL", "de", "broker-to-customer", "children's accident insurance payout: forearm fracture, hospital days, named child")
def m0177(n):
    body = """Liebe Frau Kühl,

die Nordlicht hat für Mats gezahlt (Kinderunfall KU-3301-1887):

- Krankenhaustagegeld 4 Tage à 30 EUR = 120 EUR
- Gipsgeld (Unterarmfraktur, operativ versorgt) = 250 EUR
- Schmerzensgeld-Pauschale Knochenbruch = 500 EUR

Zusammen 870 EUR, Überweisung diese Woche. Eine Invalidität wird nach
Angaben des UKSH nicht erwartet; die Drähte sind ja schon raus. Falls
doch etwas bleibt, haben wir 15 Monate Zeit für die Geltendmachung.

Liebe Grüße an Mats!
Svenja Kröger
"""
    return build(n, frm=SK, to="Inga Kühl <inga.kuehl@web.example>",
                 subject="Kinderunfall Mats – Zahlung", date=d(5, 28, 11, 48), body=body)


# ---- d37-0178 -------------------------------------------------------------
@mail(178, "NORMAL", "en", "broker-to-partner", "booth at the university's international welcome day")
def m0178(n):
    body = """Dear Ms Hoffmann-Reyes,

thank you for inviting us to the Welcome Day of the International
Office on 7 October. We'd be glad to have a table and give the short
talk "Insurance in Germany – what you really need" (20 minutes,
English).

We'll bring flyers only – no sign-up lists, no personal advice on the
spot. Students can book an appointment with us afterwards.

Power socket not needed. Two people from our side: Birte Oltmanns and
Lennart Pauls.

""" + SIG["BO_EN"]
    return build(n, frm=BO, to="Carmen Hoffmann-Reyes <international@uni-luebeck.example>",
                 subject="Welcome Day 7 October – our participation", date=d(5, 29, 10, 30), body=body)


# ---- d37-0179 -------------------------------------------------------------
@mail(179, "CONFIDENTIAL", "en", "broker-to-customer", "outcome of a tenancy legal case: named expat, new rent, legal case number")
def m0179(n):
    body = """Dear Mei Lin,

Behrens & Haack told me the good news: your landlord accepted the
settlement. The rent for your flat goes up to EUR 1,127 net from
1 August (instead of EUR 1,190), and he drops the claim for the
back payment. Lotsen pays the lawyer's fees under case RS-26-005170;
only your EUR 150 excess remains.

""" + SIG["JF_EN"]
    return build(n, frm=JF, to="Mei Lin Chen <meilin.chen@mailbox.example>",
                 subject="Your rent dispute – settled", date=d(5, 29, 15, 15), body=body)


# ---- d37-0180 -------------------------------------------------------------
@mail(180, "NORMAL", "de", "broker-to-taxadviser", "trap: announced tax audit of the GmbH, organisational")
def m0180(n):
    body = """Hallo Thorsten,

heute kam die Prüfungsanordnung vom Finanzamt Lübeck: Betriebsprüfung
der GmbH für 2022–2024, Beginn 07.09.2026, Prüferin Frau Lemke.
Schwerpunkte laut Anordnung: Abgrenzung steuerfreie Courtage /
steuerpflichtige Honorare, Dienstwagen, Bewirtung.

Können wir uns vorher einmal zusammensetzen? Scan der Anordnung im
DATEV-Upload.

Gruß Jens
"""
    return build(n, frm=JF, to="Thorsten Hinrichsen <t.hinrichsen@stb-hinrichsen.example>",
                 subject="Betriebsprüfung 2022–2024", date=d(6, 1, 9, 2), body=body)


# ---- d37-0181 -------------------------------------------------------------
@mail(181, "STRICTLY_CONFIDENTIAL", "de", "internal", "body harmless; ZIP with CSV export of named PKV customers, tariffs and premium increases")
def m0181(n):
    body = """Birte,

wie gewünscht der Export für die PKV-Beratungsaktion (Beitrags-
anpassung Trave 04/2026), als ZIP weil Outlook die CSV sonst zerhaut.

Aylin
"""
    rows = [["Kunde", "Geburtsdatum", "Vertrag", "Tarif", "Beitrag alt", "Beitrag neu", "§204 geprüft"],
            ["Sander, Wiebke Dr.", "23.01.1979", "TK-440918-01", "Privat Exklusiv 0", "734,60", "784,12", "ja"],
            ["O'Connell, Sarah", "22.09.1988", "TK-563002-01", "AmbulantPlus 600", "-", "562,18", "neu"],
            ["Raman, Priya", "11.08.1990", "TK-560118-01", "KomfortPlus 1200", "361,30", "389,12", "nein"],
            ["Brooks, Daniel", "05.05.1984", "TK-561144-01", "KomfortPlus 600", "-", "471,90", "neu"],
            ["Jacobsen, Frerk", "29.04.1968", "KT-40 22 913", "KT21", "88,40", "94,70", "nein"]]
    z = zipb([("pkv_beitragsanpassung_2026.csv", csvb(rows, "windows-1252"))])
    return build(n, frm=AD, to=BO, subject="Export PKV-Aktion", date=d(6, 1, 11, 20), body=body,
                 atts=[att("pkv_export.zip", z)])


# ---- d37-0182 -------------------------------------------------------------
@mail(182, "NORMAL", "de", "insurer", "trap: BiPRO interface credentials/endpoints for broker post, no customer data")
def m0182(n):
    body = """Sehr geehrte Frau Demir,

die BiPRO-Zugänge für Ihr Maklerverwaltungsprogramm sind eingerichtet:

Endpunkt:   https://bipro.elbtal-leben.example/430/v4
Normen:     430.1 (Transfer), 430.4 (Dokumente), 430.5 (Vertragsdaten)
Auth:       Client-Zertifikat (CSR bitte bis 12.06. hochladen) + STS
Vermittler: 40-2217

Der Abruf-Rhythmus sollte 1x stündlich nicht überschreiten. Abgerufene
Dokumente bitte quittieren (acknowledge), sonst werden sie erneut
ausgeliefert.

Mit freundlichen Grüßen
Elbtal Lebensversicherung a.G. – Schnittstellenbetreuung
"""
    return build(n, frm="Schnittstellen Elbtal <bipro@elbtal-leben.example>", to=AD,
                 subject="BiPRO-Zugang eingerichtet – 40-2217", date=d(6, 2, 10, 5), body=body)


# ---- d37-0183 -------------------------------------------------------------
@mail(183, "CONFIDENTIAL", "de", "broker-to-customer", "forwarded cancellation confirmation for an emigrated customer with refund to her IBAN")
def m0183(n):
    body = """Liebe Frau Paulsen,

Grüße nach Barcelona! Die Nordlicht hat die Kündigung bestätigt, siehe
unten. Damit sind alle Ihre Verträge bei uns beendet.

Aylin Demir

> Sehr geehrte Damen und Herren,
> wir bestätigen die Beendigung der Hausratversicherung HR-2011-870-2
> (VN: Johanna Paulsen) zum 31.03.2026 wegen Wegfall des Risikos.
> Den Beitrag für April bis Dezember in Höhe von 88,65 EUR erstatten
> wir auf das Konto DE56 2305 0101 0010 5530 02.
> Nordlicht Versicherung AG, Vertragsservice Sach
"""
    return build(n, frm=AD, to="Johanna Paulsen <johanna.paulsen@correo.example>",
                 subject="Ihre Hausratversicherung – Kündigung bestätigt", date=d(6, 2, 12, 40), body=body)


# ---- d37-0184 -------------------------------------------------------------
@mail(184, "STRICTLY_CONFIDENTIAL", "en", "broker-to-customer", "confirmation that a named person holds private health insurance (fact of being insured in health)")
def m0184(n):
    body = """Dear Sarah,

attached (well, below) is the confirmation you need for the
immigration office:

"This is to confirm that Ms Sarah O'Connell, born 22 September 1988,
has been insured with Trave Krankenversicherung AG under policy
TK-563002-01 since 1 March 2026 with comprehensive private health
insurance (outpatient, inpatient, dental) and long-term care
insurance, without any limitation of cover that would be relevant
under § 2 (3) AufenthG."

Trave will also send the official German certificate by post.

""" + SIG["BO_EN"]
    return build(n, frm=BO, to="Sarah O'Connell <sarah.oconnell@mailbox.example>",
                 subject="Insurance confirmation for the Ausländerbehörde", date=d(6, 3, 9, 12), body=body)


# ---- d37-0185 -------------------------------------------------------------
@mail(185, "NORMAL", "de", "internal", "office coffee machine leasing")
def m0185(n):
    body = """Die Kaffeemaschine ist nun endgültig hinüber (Brühgruppe).
Angebot Leasing Jura X8 über Kaffee-Kontor Nord: 59 EUR/Monat inkl.
Wartung, 36 Monate. Bohnen weiter selbst kaufen. Einwände bis Freitag,
sonst bestelle ich.

Aylin
"""
    return build(n, frm=AD, to=ALLE, subject="Kaffeemaschine", date=d(6, 3, 14, 44), body=body)


# ---- d37-0186 -------------------------------------------------------------
@mail(186, "NORMAL", "de", "internal", "trap: annual safety briefing minutes with attendance list, mentions first aid and accidents generically")
def m0186(n):
    body = """Protokoll jährliche Unterweisung Arbeitsschutz (§ 12 ArbSchG), 03.06.2026

Themen: Fluchtwege, Feuerlöscher, Ersthelfer (Svenja Kröger, Lennart
Pauls), Verbandbuch (liegt in der Teeküche – jede Verletzung, auch
kleine Schnittwunden, eintragen!), Bildschirmarbeitsplatz, Stolper-
fallen im Archiv, Verhalten bei Unfall auf dem Arbeitsweg (Meldung an
die VBG über Aylin).

Teilnehmer: J. Fehrs, B. Oltmanns, M. Sievers, S. Kröger, A. Demir,
L. Pauls, M. Stahmer – alle anwesend, Unterschriftenliste im Ordner.

Nächste Unterweisung: Juni 2027.
"""
    return build(n, frm=AD, to=ALLE, subject="Protokoll Unterweisung Arbeitsschutz", date=d(6, 3, 16, 5), body=body)


# ---- d37-0187 -------------------------------------------------------------
@mail(187, "CONFIDENTIAL", "de", "broker-to-customer", "amendment for a sole trader's contents insurance with new oven value and his business IBAN")
def m0187(n):
    body = """Moin Herr Timm,

der neue Ofen ist jetzt in der Inhaltsversicherung GI-4410-2290
nachversichert (Neuwert 41.300 EUR, Versicherungssumme gesamt jetzt
186.000 EUR). Mehrbeitrag 74,30 EUR jährlich, wird wie immer von
DE71 2306 0000 0008 8112 40 (Volksbank) eingezogen.

Schön, dass Sie wieder in der Backstube stehen – aber langsam!

""" + SIG["MS"]
    return build(n, frm=MS, to="Bäckerei Timm <baeckerei.timm@t-online.example>",
                 subject="Nachtrag Inhaltsversicherung – neuer Ofen", date=d(6, 4, 9, 22), body=body)


# ---- d37-0188 -------------------------------------------------------------
@mail(188, "STRICTLY_CONFIDENTIAL", "de", "internal", "task for a colleague: type in a BU application with back surgery, depression history and rehab")
def m0188(n):
    body = """Merle,

kannst du bitte den BU-Antrag Nowak in MaklerDesk erfassen (Papier
liegt in deinem Fach)? Wichtig bei den Gesundheitsfragen:

Frage 2: Bandscheiben-OP L5/S1 2022, Sana Lübeck, 5 Tage stationär,
         danach 3 Wo. Reha Bad Schwartau
Frage 4: depressive Episode 2023, Sertralin bis 07/2024, Hausarzt
         Dr. Olde, 8 Wochen AU
Frage 7: nein

Ausschlussklausel LWS ist schon unterschrieben. Geburtsdatum
18.02.1983, Beruf Berufskraftfahrer (Fernverkehr). Danach an mich zur
Kontrolle, NICHT direkt an Elbtal schicken.

Birte
"""
    return build(n, frm=BO, to="Merle Stahmer <merle.stahmer@fehrs-oltmanns.example>",
                 subject="Antrag Nowak erfassen", date=d(6, 4, 11, 3), body=body)


# ---- d37-0189 -------------------------------------------------------------
@mail(189, "NORMAL", "en", "insurer", "trap: webinar invitation on underwriting mental health, with ICS, no individuals")
def m0189(n):
    body = """Dear broker partner,

you are invited to our webinar

  "Mental health in underwriting: anxiety, depression, ADHD –
   what we can accept in 2026"
  Thursday, 18 June 2026, 11:00-12:00 CEST, Microsoft Teams

Speaker: Dr. Aoife Brennan, Chief Medical Officer.
Calendar invitation attached. CPD: 1 hour.

Global Care International Health Ltd
"""
    ic = ics("gc-webinar-2026-06-18@globalcare-health.example", d(6, 18, 11, 0), d(6, 18, 12, 0),
             "Global Care webinar: Mental health in underwriting", "Microsoft Teams",
             "Join link will be sent one day before.", "events@globalcare-health.example")
    return build(n, frm="Global Care Events <events@globalcare-health.example>", to=BO,
                 subject="Invitation: Mental health in underwriting – 18 June", date=d(6, 5, 8, 0), body=body,
                 atts=[att("webinar.ics", ic)])


# ---- d37-0190 -------------------------------------------------------------
@mail(190, "CONFIDENTIAL", "en", "broker-to-customer", "e-bike theft settlement for an expat: claim number, amount, masked account")
def m0190(n):
    body = """Hi Daniel,

Baltica paid your e-bike claim HS-26-042-0917: EUR 2,609.10 (purchase
price EUR 2,899 minus 10 % for one year of use). The money goes to
your account ending 1129. The police case is still open – if the bike
turns up, let me know before you take it back.

""" + SIG["SK_EN"]
    return build(n, frm=SK, to="Daniel Brooks <dbrooks@brooks-family.example>",
                 subject="E-bike claim paid", date=d(6, 5, 10, 18), body=body)


# ---- d37-0191 -------------------------------------------------------------
@mail(191, "NORMAL", "en", "broker-to-supplier", "phone system outage ticket in English to IT support")
def m0191(n):
    body = """Hi Mark,

since 8:40 our phone system is down – incoming calls get "number not
available", outgoing works only on Birte's and Jens' extensions. The
Telekom status page shows nothing for Lübeck. Could you check the
SIP trunk / the router in the server room? We're redirecting to the
mobile for now.

Urgent please, we have the customer hotline on this number.

Aylin
"""
    return build(n, frm=AD, to="Mark Devlin <m.devlin@traveit.example>",
                 subject="URGENT: phone system down", date=d(6, 8, 8, 52), body=body,
                 extra={"Importance": "high"})


# ---- d37-0192 -------------------------------------------------------------
@mail(192, "STRICTLY_CONFIDENTIAL", "de", "broker-to-customer", "text+HTML: accident insurance payout for hip fracture, hip replacement and rehab")
def m0192(n):
    body = """Lieber Herr Timm,

die Nordlicht hat aus Ihrer Unfallversicherung UV-77 10 932 gezahlt:

  Krankenhaustagegeld 9 Tage (Sana)          450,00 EUR
  Genesungsgeld                              450,00 EUR
  Reha-Beihilfe (Bad Malente)              1.500,00 EUR
  Gesamt                                   2.400,00 EUR

Die Invalidität (Hüftprothese links, Gliedertaxe Bein) wird nach
Abschluss der Behandlung bemessen, spätestens nach 15 Monaten müssen
wir das ärztlich feststellen lassen. Ich erinnere Sie rechtzeitig.

Gute Besserung weiterhin!
Svenja Kröger
"""
    html = """<html><body><p>Lieber Herr Timm,</p><p>die Nordlicht hat aus Ihrer Unfallversicherung UV-77 10 932 gezahlt:</p>
<table><tr><td>Krankenhaustagegeld 9 Tage (Sana)</td><td align="right">450,00 EUR</td></tr>
<tr><td>Genesungsgeld</td><td align="right">450,00 EUR</td></tr>
<tr><td>Reha-Beihilfe (Bad Malente)</td><td align="right">1.500,00 EUR</td></tr>
<tr><th>Gesamt</th><th align="right">2.400,00 EUR</th></tr></table>
<p>Die Invalidität (Hüftprothese links, Gliedertaxe Bein) wird nach Abschluss der Behandlung bemessen,
spätestens nach 15 Monaten müssen wir das ärztlich feststellen lassen. Ich erinnere Sie rechtzeitig.</p>
<p>Gute Besserung weiterhin!<br>Svenja Kröger</p></body></html>"""
    return build(n, frm=SK, to="Bäckerei Timm <baeckerei.timm@t-online.example>",
                 subject="Zahlung Unfallversicherung", date=d(6, 8, 11, 30), body=body, html=html)


# ---- d37-0193 -------------------------------------------------------------
@mail(193, "NORMAL", "de", "internal", "trap: sales campaign on long-term care insurance for customers aged 50+, counts only")
def m0193(n):
    body = """Idee für Q3: Aktion Pflegezusatz.

Laut MaklerDesk haben wir 412 Privatkunden zwischen 50 und 70, davon
nur 38 mit Pflegetagegeld. Vorschlag: Anschreiben (Entwurf im
Kundenbrief Frühjahr) + Rückrufangebot, in drei Wellen à ca. 125.
Gesundheitsfragen kommen erst im Beratungstermin, nicht im Anschreiben.

Jens, Budget für Porto ca. 350 EUR okay?

Birte
"""
    return build(n, frm=BO, to=JF, subject="Aktion Pflege Q3", date=d(6, 9, 9, 40), body=body)


# ---- d37-0194 -------------------------------------------------------------
@mail(194, "CONFIDENTIAL", "de", "broker-to-partner", "insurance confirmation for a car-financing bank: named customer, vehicle, policy")
def m0194(n):
    body = """Sehr geehrte Damen und Herren,

für Ihren Kreditnehmer Björn Gerdes (Finanzierungsvertrag 7731-228-04)
bestätigen wir, dass für das Fahrzeug Skoda Karoq, FIN
TMBJJ9NU4P5012277, amtl. Kennzeichen HL-BG 1975, ab 10.06.2026 eine
Vollkaskoversicherung (SB 500 EUR) bei der Nordlicht Versicherung AG,
Vertrag KF-8814-0433, besteht. Der Sicherungsschein ist beantragt.

""" + SIG["MS"]
    return build(n, frm=MS, to="Kfz-Finanzierung <sicherheiten@autobank-nord.example>",
                 subject="Versicherungsbestätigung Gerdes / 7731-228-04", date=d(6, 9, 13, 5), body=body)


# ---- d37-0195 -------------------------------------------------------------
@mail(195, "STRICTLY_CONFIDENTIAL", "de", "broker-to-insurer", "death of the insured person in a long-term care policy; cause of death")
def m0195(n):
    body = """Sehr geehrte Damen und Herren,

leider teilen wir Ihnen mit, dass Frau Hannelore Timm (PT-0038 114)
am 06.06.2026 im Pflegeheim Haus Wakenitzblick verstorben ist
(Lungenentzündung bei fortgeschrittener Demenz). Bitte stellen Sie
die Zahlung des Pflegetagegelds zum Todestag ein und rechnen Sie den
Juni anteilig ab. Die Sterbeurkunde reicht Frau Timm-Bahr nach.

""" + SIG["JF"]
    return build(n, frm=JF, to="Leistung Pflege <pflege@trave-kv.example>",
                 subject="PT-0038 114 – Todesfall", date=d(6, 10, 10, 0), body=body)


# ---- d37-0196 -------------------------------------------------------------
@mail(196, "NORMAL", "de", "internal", "congratulations to the apprentice for the passed intermediate exam")
def m0196(n):
    body = """Moin zusammen,

Lennart hat die Zwischenprüfung bestanden – Glückwunsch!! Kuchen
gibt's morgen, sagt er (Lennart, jetzt hast du's gesagt).

Jens
"""
    return build(n, frm=JF, to=ALLE, subject="Zwischenprüfung bestanden!", date=d(7, 9, 15, 30), body=body)


# ---- d37-0197 -------------------------------------------------------------
@mail(197, "NORMAL", "en", "broker-to-supplier", "IT supplier confirms battery replacement and warranty; reply")
def m0197(n):
    body = """Thanks Mark – Thursday 10:00 works, Svenja's laptop will be on her
desk. Please bring the invoice for the old battery for our records.

Aylin

On 08.07.2026 17:21, Mark Devlin wrote:
> Hi Aylin,
> good news: the T14 (PF3X88R2) is still under warranty until 06/2027.
> Lenovo sends a new battery, I can swap it on Thursday at 10.
> Mark
"""
    return build(n, frm=AD, to="Mark Devlin <m.devlin@traveit.example>",
                 subject="Re: Battery replacement PF3X88R2", date=d(7, 9, 8, 10), body=body)


# ---- d37-0198 -------------------------------------------------------------
@mail(198, "CONFIDENTIAL", "de", "broker-to-insurer", "liability claim of a sole-trader electrician: pipe drilled at a named third party's home; nobody hurt")
def m0198(n):
    body = """Sehr geehrte Damen und Herren,

Haftpflichtschaden zur BHV-5520-4102 (VN: Frerk Jacobsen, Elektro
Jacobsen e.K.):

Am 07.07.2026 hat ein Monteur beim Setzen von Steckdosen in der
Wohnung von Frau Ursula Beckmann (Moltkestraße 12, 23564 Lübeck) eine
Wasserleitung angebohrt. Schaden an Wand, Parkett und Küchenzeile.
Trocknung läuft, Gutachter erwünscht. Verletzt wurde niemand.

""" + SIG["SK"]
    return build(n, frm=SK, to="Haftpflicht-Schaden <hv-schaden@baltica-allgemeine.example>",
                 subject="BHV-5520-4102 Jacobsen – Leitungsschaden bei Kundin", date=d(7, 9, 11, 40), body=body)


# ---- d37-0199 -------------------------------------------------------------
@mail(199, "STRICTLY_CONFIDENTIAL", "en", "broker-to-customer", "BU application accepted with spine exclusion for a named customer, birth date, premium")
def m0199(n):
    body = """Hi Tomasz,

done! Elbtal has accepted your disability insurance:

  Policy:        EL-BU-7731902
  Insured:       Tomasz Nowak, born 18 February 1983
  Benefit:       EUR 1,500 per month until age 67
  Premium:       EUR 97.40 per month
  Special terms: exclusion of the lumbar spine (L5/S1 operation 2022);
                 the depression history was accepted without surcharge.

The policy starts on 1 August. The documents come by post in German –
call me and we go through them together.

""" + SIG["BO_EN"]
    return build(n, frm=BO, to="Tomasz Nowak <tomasz.nowak83@poczta.example>",
                 subject="Your disability insurance – accepted", date=d(7, 10, 10, 5), body=body)


# ---- d37-0200 -------------------------------------------------------------
@mail(200, "NORMAL", "de", "internal", "trap: half-year figures incl. health/life new business, aggregated only")
def m0200(n):
    body = """Liebes Team,

Halbzeit 2026 – kurz die Zahlen (alle Sparten, nur Summen):

Neugeschäft Jahresbeitrag:   318.400 EUR (Vj. 271.900)
davon Kranken/Leben/BU:      146.200 EUR
Kündigungen/Storno:            9 Verträge (Vj. 14)
Neukunden:                    61, davon 14 International

Das ist das beste Halbjahr seit der Gründung. Danke euch! Sommerfest
war auch großartig. Am 24.07. lade ich zum Grillen auf die Wakenitz ein.

Jens
"""
    return build(n, frm=JF, to=ALLE, subject="Halbjahr 2026 – danke!", date=d(7, 10, 17, 0), body=body)


# ================================================================= RUNNER ===
LABELS = ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")


def generate():
    # odfpy accumulates namespace declarations per process; warm it up so every
    # document of a run carries the same declarations (byte-identical reruns).
    odt(["warm-up"], title="warm-up")
    ods([["warm-up", 1]])
    RNG.seed(37)
    out = {}
    rows = []
    for n, label, lang, kind, reason, fn in sorted(MAILS, key=lambda m: m[0]):
        name = "%s-%04d.eml" % (PREFIX, n)
        out[name] = fn(n).as_bytes()
        rows.append((name, label, lang, kind, reason))
    tsv = "file\tlabel\tlang\tkind\treason\n" + "".join("\t".join(r) + "\n" for r in rows)
    return out, tsv.encode("utf-8")


def write():
    files, tsv = generate()
    md = os.path.join(HERE, "mails")
    os.makedirs(md, exist_ok=True)
    for name, data in files.items():
        with open(os.path.join(md, name), "wb") as f:
            f.write(data)
    with open(os.path.join(HERE, "labels.tsv"), "wb") as f:
        f.write(tsv)
    print("wrote %d mails" % len(files))


def _open_attachment(name, data, where):
    import openpyxl
    import docx as _docx
    from odf.opendocument import load as odf_load
    from pypdf import PdfReader
    ext = name.rsplit(".", 1)[-1].lower()
    if ext == "xlsx":
        wb = openpyxl.load_workbook(io.BytesIO(data))
        assert wb.sheetnames, where
    elif ext == "docx":
        d = _docx.Document(io.BytesIO(data))
        assert any(p.text for p in d.paragraphs), where
    elif ext in ("odt", "ods"):
        odf_load(io.BytesIO(data))
    elif ext == "pdf":
        text = "".join(pg.extract_text() or "" for pg in PdfReader(io.BytesIO(data)).pages)
        assert text.strip(), where + ": empty PDF text layer"
    elif ext == "ics":
        t = data.decode("utf-8")
        assert t.startswith("BEGIN:VCALENDAR") and t.rstrip().endswith("END:VCALENDAR"), where
    elif ext == "csv":
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            data.decode("windows-1252")
    elif ext == "txt":
        data.decode("utf-8")
    elif ext == "zip":
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None, where
        for member in z.namelist():
            _open_attachment(member, z.read(member), where + "!" + member)
    else:
        raise AssertionError("%s: unknown attachment type %s" % (where, name))
    return ext


def _check_msg(msg, where, stats):
    for part in msg.walk():
        assert not part.defects, "%s: defects %r" % (where, part.defects)
        ct = part.get_content_type()
        if ct == "message/rfc822":
            stats["rfc822"] = stats.get("rfc822", 0) + 1
            continue
        if part.is_multipart():
            continue
        fn = part.get_filename()
        if fn:
            ext = _open_attachment(fn, part.get_payload(decode=True), where + ":" + fn)
            stats[ext] = stats.get(ext, 0) + 1
        elif part.get_content_maintype() == "text":
            part.get_content()  # decodes with the declared charset


def check():
    first, tsv1 = generate()
    second, tsv2 = generate()
    assert first == second and tsv1 == tsv2, "generator not deterministic"
    md = os.path.join(HERE, "mails")
    on_disk = sorted(os.listdir(md))
    assert on_disk == sorted(first), "mail files on disk differ from generator"
    for name, data in first.items():
        with open(os.path.join(md, name), "rb") as f:
            assert f.read() == data, name + " differs from disk"
    with open(os.path.join(HERE, "labels.tsv"), "rb") as f:
        assert f.read() == tsv1, "labels.tsv differs"
    assert len(first) == 200
    ids = set()
    stats = {}
    tops = {}
    count = {}
    for (name, label, lang, kind, reason) in (l.split("\t") for l in tsv1.decode().splitlines()[1:]):
        assert label in LABELS and lang in ("de", "en"), name
        count[(label, lang)] = count.get((label, lang), 0) + 1
        raw = first[name]
        assert b"\n" not in raw.replace(b"\r\n", b""), name + ": bare LF"
        assert max(len(l) for l in raw.split(b"\r\n")) <= 998, name + ": line too long"
        msg = BytesParser(policy=policy.default).parsebytes(raw)
        mid = msg["Message-ID"]
        assert mid and mid not in ids, name + ": Message-ID"
        ids.add(mid)
        assert msg["Date"].datetime.year == 2026, name
        tops[msg.get_content_type()] = tops.get(msg.get_content_type(), 0) + 1
        _check_msg(msg, name, stats)
        for part in msg.walk():
            if part.get_content_type() == "message/rfc822":
                _check_msg(part.get_payload()[0], name + ":rfc822", stats)
    print("OK: 200 mails, deterministic, identical to disk, no defects")
    for lab in LABELS:
        print("  %-22s de %3d  en %3d  total %3d" % (lab, count.get((lab, "de"), 0), count.get((lab, "en"), 0),
                                                 count.get((lab, "de"), 0) + count.get((lab, "en"), 0)))
    print("  top-level types:", dict(sorted(tops.items())))
    print("  attachments (incl. ZIP members):", dict(sorted(stats.items())))


if __name__ == "__main__":
    if "--check" in sys.argv:
        check()
    else:
        write()
