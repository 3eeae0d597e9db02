#!/usr/bin/env python3
"""Siegel development corpus dev25 -- generator.

Every mail of the corpus is written out in full below (section MAILS): headers,
body, quoted replies, forwards and the content of every attachment.  The helper
code at the top only wraps that content into MIME; nothing is filled in from
templates.  All persons, numbers and addresses are fictitious.

    python make_corpus.py          # writes mails/d25-NNNN.eml and labels.tsv
    python make_corpus.py --check  # rebuilds in memory, compares, parses, opens attachments
"""
import csv
import datetime as _dt
import hashlib
import io
import sys
import zipfile
from pathlib import Path
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import SMTP, default as POLICY_DEFAULT
from email.utils import format_datetime

HERE = Path(__file__).resolve().parent
PREFIX = "d25-"
FIXED = _dt.datetime(2026, 1, 2, 8, 0, 0)
ZIPTIME = (2026, 1, 2, 8, 0, 0)

MAILS = []   # (label, lang, kind, reason, builder)
_CUR = {"n": 0}


def M(label, lang, kind, reason):
    assert label in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"), label
    assert lang in ("de", "en"), lang
    assert "\t" not in reason and "\n" not in reason

    def deco(fn):
        MAILS.append((label, lang, kind, reason, fn))
        return fn
    return deco


# --------------------------------------------------------------------------
# headers and bodies
# --------------------------------------------------------------------------

def D(y, mo, d, h, mi, s=0):
    """A fixed date; CET before 29 March 2026, CEST after."""
    off = 2 if (mo, d) >= (3, 29) and (mo, d) < (10, 25) else 1
    tz = _dt.timezone(_dt.timedelta(hours=off))
    return format_datetime(_dt.datetime(y, mo, d, h, mi, s, tzinfo=tz))


def _mid(domain, style):
    n = _CUR["n"]
    h = hashlib.sha1(("d25-%04d-%s" % (n, domain)).encode()).hexdigest()
    if style == "outlook":
        return "<%s%s@%s>" % (h[:6].upper(), h[6:30].upper(), domain)
    if style == "tb":
        return "<%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:24], domain)
    if style == "phone":
        return "<%s.%s@%s>" % (h[:10].upper(), h[10:16], domain)
    return "<%s.%04d@%s>" % (h[:16], n, domain)


def hdr(frm, to, subject, date, cc=None, mid_style="plain", reply_to=None,
        in_reply_to=None, extra=None):
    m = EmailMessage(policy=SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = date
    dom = frm.rsplit("@", 1)[1].strip(" >")
    m["Message-ID"] = _mid(dom, mid_style)
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    for k, v in (extra or []):
        m[k] = v
    m["MIME-Version"] = "1.0"
    return m


def body(m, text=None, html=None, charset="utf-8", cte=None, flowed=False,
         html_charset="utf-8", atts=()):
    """Put text and/or html and attachments into m."""
    params = {"format": "flowed"} if flowed else None
    if text is not None:
        text = text.replace("\r\n", "\n")
        if not text.endswith("\n"):
            text += "\n"
        kw = {"subtype": "plain", "charset": charset}
        if cte:
            kw["cte"] = cte
        if params:
            kw["params"] = params
        m.set_content(text, **kw)
        if html is not None:
            m.add_alternative(html, subtype="html", charset=html_charset)
    elif html is not None:
        m.set_content(html, subtype="html", charset=html_charset,
                      cte=cte or "quoted-printable")
    for a in atts:
        a(m)
    return m


def att(data, maintype, subtype, filename, disposition="attachment"):
    def add(m):
        m.add_attachment(data, maintype=maintype, subtype=subtype,
                         filename=filename, disposition=disposition)
    return add


def att_text(text, filename, subtype="plain", charset="utf-8"):
    def add(m):
        m.add_attachment(text.replace("\r\n", "\n"), subtype=subtype,
                         charset=charset, filename=filename,
                         cte="quoted-printable" if charset != "us-ascii" else "7bit")
    return add


def att_mail(inner):
    def add(m):
        m.add_attachment(inner)
    return add


# --------------------------------------------------------------------------
# attachment formats
# --------------------------------------------------------------------------

def _normzip(data):
    """Rewrite an office file's ZIP with fixed member times and a fixed
    modification date in docProps/core.xml (openpyxl stamps 'now')."""
    import re
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=ZIPTIME)
            zi.compress_type = info.compress_type
            zi.external_attr = 0o644 << 16
            payload = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                payload = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)",
                                 rb"\g<1>2026-01-02T08:00:00Z\g<2>", payload)
            dst.writestr(zi, payload)
    return out.getvalue()


def _latin(s):
    rep = {"€": "EUR", "„": '"', "“": '"', "”": '"', "‚": "'", "‘": "'",
           "’": "'", "–": "-", "—": "-", "…": "...", "•": "-", "→": "->",
           "ı": "i", "ş": "s", "ğ": "g", "İ": "I", "ć": "c", "č": "c", "ł": "l",
           "ś": "s", "ń": "n", "ą": "a", "ę": "e", "ż": "z", "ź": "z"}
    for a, b in rep.items():
        s = s.replace(a, b)
    return s.encode("latin-1", "replace").decode("latin-1")


def pdf(filename, lines, title=None, size=10):
    """lines: list of str; '#' prefix = bold heading, '' = blank line."""
    from fpdf import FPDF
    p = FPDF()
    p.set_creation_date(FIXED.replace(tzinfo=_dt.timezone.utc))
    p.set_author("")
    p.add_page()
    p.set_auto_page_break(True, 15)
    if title:
        p.set_font("Helvetica", "B", 14)
        p.multi_cell(0, 8, _latin(title), new_x="LMARGIN", new_y="NEXT")
        p.ln(2)
    for ln in lines:
        if ln.startswith("#"):
            p.set_font("Helvetica", "B", size + 1)
            p.multi_cell(0, 6, _latin(ln.lstrip("# ")), new_x="LMARGIN", new_y="NEXT")
        elif ln == "":
            p.ln(4)
        else:
            p.set_font("Helvetica", "", size)
            p.multi_cell(0, 5, _latin(ln), new_x="LMARGIN", new_y="NEXT")
    return att(bytes(p.output()), "application", "pdf", filename)


def pdf_bytes_raw(filename, lines, title=None, maintype="application", subtype="octet-stream"):
    from fpdf import FPDF
    p = FPDF()
    p.set_creation_date(FIXED.replace(tzinfo=_dt.timezone.utc))
    p.add_page()
    if title:
        p.set_font("Helvetica", "B", 13)
        p.multi_cell(0, 8, _latin(title), new_x="LMARGIN", new_y="NEXT")
    p.set_font("Helvetica", "", 10)
    for ln in lines:
        p.multi_cell(0, 5, _latin(ln) if ln else " ", new_x="LMARGIN", new_y="NEXT")
    return att(bytes(p.output()), maintype, subtype, filename)


def _pdf_data(lines, title=None):
    from fpdf import FPDF
    p = FPDF()
    p.set_creation_date(FIXED.replace(tzinfo=_dt.timezone.utc))
    p.add_page()
    if title:
        p.set_font("Helvetica", "B", 13)
        p.multi_cell(0, 8, _latin(title), new_x="LMARGIN", new_y="NEXT")
    p.set_font("Helvetica", "", 10)
    for ln in lines:
        p.multi_cell(0, 5, _latin(ln) if ln else " ", new_x="LMARGIN", new_y="NEXT")
    return bytes(p.output())


def _xlsx_data(sheets):
    """sheets: list of (title, rows)."""
    from openpyxl import Workbook
    wb = Workbook()
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    wb.properties.creator = "Versicherer"
    wb.properties.lastModifiedBy = ""
    first = True
    for title, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = title
        for r in rows:
            ws.append(list(r))
    bio = io.BytesIO()
    wb.save(bio)
    return _normzip(bio.getvalue())


def xlsx(filename, sheets):
    return att(_xlsx_data(sheets), "application",
               "vnd.openxmlformats-officedocument.spreadsheetml.sheet", filename)


def _docx_data(paras, table=None):
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.author = ""
    cp.last_modified_by = ""
    cp.revision = 1
    for p in paras:
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
    bio = io.BytesIO()
    d.save(bio)
    return _normzip(bio.getvalue())


def docx(filename, paras, table=None):
    return att(_docx_data(paras, table), "application",
               "vnd.openxmlformats-officedocument.wordprocessingml.document", filename)


def _odt_data(paras):
    from odf.opendocument import OpenDocumentText
    from odf.text import P, H
    d = OpenDocumentText()
    for p in paras:
        if p.startswith("# "):
            d.text.addElement(H(outlinelevel=1, text=p[2:]))
        else:
            d.text.addElement(P(text=p))
    bio = io.BytesIO()
    d.write(bio)
    return _normzip(bio.getvalue())


def odt(filename, paras):
    return att(_odt_data(paras), "application",
               "vnd.oasis.opendocument.text", filename)


def _ods_data(rows, name="Tabelle1"):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableRow, TableCell
    from odf.text import P
    d = OpenDocumentSpreadsheet()
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
    d.spreadsheet.addElement(t)
    bio = io.BytesIO()
    d.write(bio)
    return _normzip(bio.getvalue())


def ods(filename, rows, name="Tabelle1"):
    return att(_ods_data(rows, name), "application",
               "vnd.oasis.opendocument.spreadsheet", filename)


def csvatt(filename, text, encoding="utf-8", subtype="csv"):
    data = text.replace("\r\n", "\n").replace("\n", "\r\n").encode(encoding)
    mt = "text" if subtype == "csv" else "application"
    st = subtype if subtype != "csv" else "csv"
    return att(data, mt, st, filename)


def ics(filename, text):
    data = text.strip("\n").replace("\n", "\r\n") + "\r\n"
    return att(data.encode("utf-8"), "text", "calendar", filename)


def zipatt(filename, members):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=ZIPTIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return att(out.getvalue(), "application", "zip", filename)


def inner_mail(frm, to, subject, date, text, charset="utf-8", mid="<x@example>"):
    m = EmailMessage(policy=SMTP)
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = mid
    m["MIME-Version"] = "1.0"
    m.set_content(text if text.endswith("\n") else text + "\n", charset=charset)
    return m


# --------------------------------------------------------------------------
# people of the insurer (signatures used by the same person every time)
# --------------------------------------------------------------------------

FOOT = """--
Versicherer AG · Lindenhof 7 · 50667 Köln
Vorstand: Dr. Karla Imhoff (Vors.), Benedikt Sauer, Mira Okonkwo
Vorsitzender des Aufsichtsrats: Anton Heuvelmann · Sitz Köln · AG Köln HRB 48213"""

FOOT_EN = """--
Versicherer AG · Lindenhof 7 · 50667 Cologne · Germany
Management Board: Dr. Karla Imhoff (Chair), Benedikt Sauer, Mira Okonkwo
Registered office Cologne · Local Court Cologne HRB 48213"""

DISCL = """Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der
richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie
diese Nachricht. Unverschlüsselte E-Mails sind nicht gegen Einsicht Dritter
geschützt."""

# signature blocks (the same person always signs the same way)
SIG = {
    "pietsch": "Jana Pietsch\nKfz-Vertragsservice\nVersicherer AG · Lindenhof 7 · 50667 Köln\nTel. 0221 9870-4412",
    "vukovic": "Marco Vuković\nSchadenregulierung Kraftfahrt, Gruppe 2\nVersicherer AG\nTelefon 0221 9870-5231 | Fax 0221 9870-5299\nmarco.vukovic@versicherer.example",
    "lammers": "Ingrid Lammers\nSchaden Sach / Privatkunden\nVersicherer AG, Lindenhof 7, 50667 Köln\nT 0221 9870-5610",
    "kranich": "Tobias Kranich\nHaftpflicht-Schaden\nVersicherer AG\nDurchwahl -5702",
    "aydin": "Sevgi Aydın\nRechtsschutz-Leistung\nVersicherer AG · Lindenhof 7 · 50667 Köln\nTel. 0221 9870-5840",
    "sandmann": "Ole Sandmann\nSpezialsparten (Reise, Tier, Fahrrad, Elektronik)\nVersicherer AG\n0221 9870-5917",
    "bogusch": "Renate Bogusch\nBeitragsinkasso\nVersicherer AG · Lindenhof 7 · 50667 Köln\nTelefon 0221 9870-3120",
    "wiechert": "Hanna Wiechert\nLeistung Unfallversicherung\nVersicherer AG\nTel. 0221 9870-6204",
    "adebayo": "Georg Adebayo-Klein\nLeben Vertragsservice\nVersicherer AG\nTelefon 0221 9870-6330",
    "nowotny": "Petra Nowotny\nLeistungsabteilung Krankenversicherung\nVersicherer AG · Lindenhof 7 · 50667 Köln\nTel. 0221 9870-6511",
    "tiedemann": "Lars Tiedemann\nMaklerbetreuung West\nVersicherer AG\nMobil 0171 5550 2861 | Büro 0221 9870-2205",
    "schlichting": "Yvonne Schlichting\nSyndikusrechtsanwältin · Recht & Compliance\nVersicherer AG\nTel. 0221 9870-1180",
    "ostermann": "Kevin Ostermann\nService-Center Telefonie, Team 3\nVersicherer AG",
    "sarikaya": "Melike Sarıkaya\nOnline-Service / Chat\nVersicherer AG",
    "haferkamp": "Birgit Haferkamp\nPersonalabteilung\nVersicherer AG\nTel. 0221 9870-1402",
    "olbrich": "Dennis Olbrich\nIT-Anwendungsbetreuung Inkasso\nVersicherer AG\nTel. -7730",
    "eschweiler": "Carolin Eschweiler\nUnternehmenskommunikation\nVersicherer AG · Lindenhof 7 · 50667 Köln\nTel. 0221 9870-1050 · presse@versicherer.example",
    "rueckert": "Manfred Rückert\nFacility Management\nVersicherer AG, Lindenhof 7\nTel. -1911 / Mobil 0160 5550 7318",
    "fuhrmann": "Dr. med. Annette Fuhrmann\nGesellschaftsärztin\nVersicherer AG\nTel. 0221 9870-6290",
    "wessels": "Dr. Jörn Wessels\nDatenschutzbeauftragter\nVersicherer AG\ndatenschutz@versicherer.example",
    "brennecke": "Fiona Brennecke\nInternational Client Service\nVersicherer AG · Lindenhof 7 · 50667 Cologne, Germany\nPhone +49 221 9870-2650",
}


# ==========================================================================
# MAILS
# ==========================================================================

@M("CONFIDENTIAL", "de", "customer-to-insurer",
   "customer gives a new IBAN for the debit of her motor premium, with policy number")
def _():
    m = hdr("Sandra Küpper <sandra.kuepper@heimnetz.example>",
            "kfz-service@versicherer.example",
            "kontowechsel", D(2026, 1, 7, 21, 48), mid_style="phone")
    return body(m, """hallo,

bitte ab februar die beiträge für mein auto von meinem neuen konto abbuchen, das alte bei der sparkasse lös ich auf

de54400657046035387667
kontoinhaberin bin ich selbst

vertragsnr steht auf dem schreiben KF-4471 093 82

danke
sandra küpper

Von meinem iPhone gesendet""")


@M("NORMAL", "de", "internal",
   "trap: 'Geb. 3', 'Baujahr 1987' and a broken pane look like birth data/claim, but it is the insurer's own building; no person")
def _():
    m = hdr("Manfred Rückert <manfred.rueckert@versicherer.example>",
            "alle-standort-koeln@versicherer.example",
            "Glasbruch Foyer Geb. 3 – Eingang gesperrt bis Freitag", D(2026, 1, 8, 7, 52),
            mid_style="outlook")
    return body(m, """Guten Morgen zusammen,

in der Nacht ist im Foyer von Geb. 3 eine der großen Scheiben neben der
Drehtür gesprungen (vermutlich Spannungsriss durch den Frost, Baujahr der
Fassade 12.03.1987, die Scheiben sind noch original). Verletzt wurde niemand.

Der Glaser kommt am 09.01. ab 7 Uhr, bis Freitag ist der Eingang Geb. 3
gesperrt. Bitte über Geb. 1 / Verbindungsgang 2. OG gehen.

Schadenmeldung an unseren eigenen Gebäudeversicherer ist raus, Aktenzeichen
intern FM-2026-003.

Danke für euer Verständnis
""" + SIG["rueckert"])


@M("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
   "motor claim report in which the customer describes her whiplash injury and the emergency-room visit")
def _():
    m = hdr("Ayşe Demirel <a.demirel@t-mail.example>",
            "schaden-kfz@versicherer.example",
            "Unfall am Montag – Schadenmeldung Kennzeichen K-AD 2291", D(2026, 1, 9, 10, 15),
            mid_style="tb")
    return body(m, """Sehr geehrte Damen und Herren,

hiermit melde ich einen Unfall mit meinem Fahrzeug (VW Polo, K-AD 2291,
Versicherungsschein-Nr. 40-KH-118 272 5).

Am Montag, 05.01.2026 gegen 17:40 stand ich an der Ampel Aachener Straße /
Innere Kanalstraße, als mir ein Transporter hinten drauf gefahren ist. Der
Fahrer hat sofort zugegeben dass er aufs Handy geschaut hat. Polizei war da,
Vorgangsnummer habe ich leider nicht aufgeschrieben, war Wache Ehrenfeld.

Ich hatte am Abend starke Nackenschmerzen und bin dann in die Notaufnahme
vom St.-Severin-Krankenhaus, dort wurde ein Schleudertrauma (HWS-Distorsion)
festgestellt, ich hab eine Halskrause bekommen und bin bis 16.01.
krankgeschrieben. Kopfschmerzen hab ich immer noch.

Das Heck ist eingedrückt, Kofferraum geht nicht mehr zu. Das Auto steht bei
Autohaus Brenken in Ehrenfeld.

Die Versicherung vom Transporter ist die Nordwest Assekuranz, Kennzeichen
BM-TR 448. Muss ich mich da selbst melden oder machen Sie das?

Mit freundlichen Grüßen
Ayşe Demirel
Subbelrather Str. 210
50823 Köln
0157 5550 3318""", flowed=True)


@M("NORMAL", "en", "broker-to-insurer",
   "trap: broker asks a general cover question about 'a client' in storage; no identifiable person, no contract")
def _():
    m = hdr("Graham Whitlock <g.whitlock@harrowbrokers.example>",
            "Fiona Brennecke <fiona.brennecke@versicherer.example>",
            "Quick one - contents in self-storage", D(2026, 1, 9, 14, 2), mid_style="outlook")
    return body(m, """Hi Fiona,

Quick question before I go back to a client: one of my German-based
customers is moving abroad for 18 months and wants to put the furniture into
a self-storage unit near Düsseldorf in the meantime.

Does your household contents wording (Hausrat, 2024 conditions) cover items
in a third-party storage unit at all, and if so, up to what share of the sum
insured? I remember something about "Außenversicherung" being limited to a
few months, but I can't find it in the English translation.

No need for a quote at this stage, just the principle.

Cheers,
Graham

Graham Whitlock
Harrow & Lyle Insurance Brokers Ltd
Private Clients Desk
+44 20 7946 0318""")


@M("CONFIDENTIAL", "de", "internal",
   "forwarded voicemail: named customer with buildings policy, payment plan request, short-time work and net income")
def _():
    m = hdr("Kevin Ostermann <kevin.ostermann@versicherer.example>",
            "Renate Bogusch <renate.bogusch@versicherer.example>",
            "WG: Sprachnachricht 0221 9870-3000 / Rückruf Ratenzahlung", D(2026, 1, 12, 8, 21),
            mid_style="outlook")
    return body(m, """Hallo Frau Bogusch,

die Nachricht kam am Wochenende auf die Inkasso-Hotline, Transkript unten
(automatisch, daher etwas holprig). Können Sie zurückrufen? Ich hab im
System die Mahnung gefunden, 2. Mahnstufe vom 02.01.

Gruß
Kevin

----- Transkript Sprachnachricht -----
Eingang: Sa 10.01.2026 11:37, Dauer 1:52, Rufnummer 02234 5550 871
"Ja guten Tag hier ist Dieter Hambloch aus Frechen, äh, es geht um die
Gebäudeversicherung für unser Haus Am Mühlenbach 14, die Nummer ist
W G 2 2 0 9 1 7 4, ich hab da jetzt die zweite Mahnung bekommen über
siebenhundertachtzig Euro und, also ich will das ja bezahlen, aber ich bin
seit November in Kurzarbeit, wir haben grad netto so um die zweitausendeinhundert
im Monat, und da geht das auf einen Schlag nicht. Könnte man das in drei
oder vier Raten machen? Bitte rufen Sie mich zurück, am besten nach
sechzehn Uhr, die Nummer ist null zwei zwei drei vier fünf fünf fünf null
acht sieben eins. Danke, tschüss."
----- Ende -----
""" + SIG["ostermann"])


@M("STRICTLY_CONFIDENTIAL", "en", "relative-to-insurer",
   "daughter reports her father's appendicitis operation in a Spanish hospital under his travel health cover")
def _():
    m = hdr("Laura Brandt <laura.brandt@mailfix.example>",
            "reise-notruf@versicherer.example",
            "URGENT father in hospital in Malaga - travel insurance", D(2026, 1, 13, 23, 5),
            mid_style="phone")
    return body(m, """Hello,

sorry to write in English, my German is not good enough for this and I am
very stressed. My father Klaus Brandt (he has travel insurance with you
through his credit card package, card ends 4471, the policy paper says
RK 7702 114) was taken to Hospital Costa del Sol in Marbella last night with
acute appendicitis. They operated this morning (laparoscopic), he is ok but
they want to keep him 4-5 days because of an infection risk.

The hospital is asking for a guarantee of payment before they discharge him,
they say about 9,800 euros. Can you contact them directly? The contact is
admisiones.internacional@hcds-hospital.example, patient ref 26-004519.

Also his return flight is on the 16th, he will miss it. Is the rebooking
covered?

I am his daughter, I am in Munich, he asked me to handle this. My phone
+49 176 5550 2213.

Thank you,
Laura Brandt""")


@M("NORMAL", "de", "internal",
   "trap: forwarded website chat about an e-bike price; the visitor stays anonymous and no contract exists")
def _():
    m = hdr("Melike Sarıkaya <melike.sarikaya@versicherer.example>",
            "Ole Sandmann <ole.sandmann@versicherer.example>",
            "Chat-Protokoll 2026-01-13 #88412 – E-Bike Preisfrage", D(2026, 1, 14, 9, 3))
    return body(m, """Hi Ole,

kurze Rückfrage aus dem Chat von gestern, ich war mir beim Akku nicht
sicher. Kannst du mir sagen, ob der Akku bei Diebstahl einzeln
mitversichert ist, wenn nur der Akku geklaut wird? Dann hab ich's für's
nächste Mal.

[18:02] Besucher: hallo was kostet bei euch eine versicherung fürs ebike
[18:02] Melike (Versicherer): Hallo! Gern. Wie hoch war der Kaufpreis und wie alt ist das Rad?
[18:03] Besucher: 3200 neu, letztes jahr gekauft
[18:04] Melike (Versicherer): Dann liegen Sie im Tarif FahrradPlus bei ca. 11,90 € mtl. mit 150 € SB oder 14,40 € ohne SB.
[18:04] Besucher: ist der akku dabei wenn nur der geklaut wird?
[18:05] Melike (Versicherer): Das kläre ich gern mit der Fachabteilung, möchten Sie mir eine Mailadresse geben?
[18:06] Besucher: nee schon gut ich schau nochmal. danke
[18:06] Besucher hat den Chat verlassen.

Danke dir!
Melike

""" + SIG["sarikaya"])


@M("CONFIDENTIAL", "de", "insurer-to-customer",
   "returned direct debit notice to a named customer: household policy, amount, fee, masked IBAN")
def _():
    m = hdr("Versicherer Beitragsinkasso <inkasso@versicherer.example>",
            "Herr Jonas Weidenfeller <jonas.weidenfeller@freenet-post.example>",
            "Ihre Hausratversicherung HR 5530 2871 – Lastschrift nicht eingelöst",
            D(2026, 1, 15, 10, 0))
    html = """<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Sehr geehrter Herr Weidenfeller,</p>
<p>leider hat Ihre Bank die Lastschrift vom 02.01.2026 über <b>14,87 EUR</b>
für Ihre Hausratversicherung Nr. <b>HR 5530 2871</b> nicht eingelöst
(Rückgabegrund: Konto erloschen, IBAN DE33 2024 **** **** **98 24).</p>
<p>Die Bank hat uns dafür 3,00 EUR Gebühren berechnet, die wir Ihnen leider
weitergeben müssen. Bitte überweisen Sie <b>17,87 EUR</b> bis zum 29.01.2026
oder teilen Sie uns Ihre neue Bankverbindung mit – am einfachsten im
Kundenportal unter „Meine Daten“.</p>
<p>Mit freundlichen Grüßen<br>Ihre Versicherer AG<br>Beitragsinkasso</p>
<p style="font-size:8pt;color:#666">Versicherer AG · Lindenhof 7 · 50667 Köln · AG Köln HRB 48213</p>
</body></html>"""
    text = """Sehr geehrter Herr Weidenfeller,

leider hat Ihre Bank die Lastschrift vom 02.01.2026 über 14,87 EUR für Ihre
Hausratversicherung Nr. HR 5530 2871 nicht eingelöst (Rückgabegrund: Konto
erloschen, IBAN DE33 2024 **** **** **98 24).

Die Bank hat uns dafür 3,00 EUR Gebühren berechnet, die wir Ihnen leider
weitergeben müssen. Bitte überweisen Sie 17,87 EUR bis zum 29.01.2026 oder
teilen Sie uns Ihre neue Bankverbindung mit – am einfachsten im Kundenportal
unter „Meine Daten“.

Mit freundlichen Grüßen
Ihre Versicherer AG
Beitragsinkasso

Versicherer AG · Lindenhof 7 · 50667 Köln · AG Köln HRB 48213"""
    return body(m, text, html=html)


@M("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
   "dog-owner liability claim: insured's dog bit a neighbour's child, hospital treatment with stitches described")
def _():
    m = hdr("Thorsten Meuser <t.meuser@mailfix.example>",
            "haftpflicht@versicherer.example",
            "Hundebiss - was muss ich jetzt machen??", D(2026, 1, 16, 19, 44), mid_style="tb")
    return body(m, """Guten Abend,

unser Hund (Bruno, Labrador-Mischling, 6 J.) hat heute Nachmittag den
Nachbarsjungen gebissen. Der Kleine (Finn Oberdörster, 7) wollte ihn über den
Zaun streicheln, Bruno hat erschrocken zugeschnappt. Die Mutter ist mit ihm
ins Kinderkrankenhaus Amsterdamer Straße gefahren, die Wunde am Unterarm
musste mit 4 Stichen genäht werden und er hat eine Tetanusspritze bekommen.
Er darf ein paar Tage nicht in den Sportunterricht.

Wir haben bei Ihnen die Tierhalterhaftpflicht, Nr. TH-300 771 46.

Die Familie Oberdörster (Im Weidenpesch 31, Köln) ist sehr nett und will
keinen Ärger, fragt aber ob die Kosten übernommen werden, Zuzahlung,
Fahrtkosten und die Jacke ist auch kaputt.

Was brauchen Sie von uns?

Viele Grüße
Thorsten Meuser
Im Weidenpesch 29
50737 Köln""")


@M("NORMAL", "de", "newsletter",
   "trap: broker newsletter with example premium calculation (age, SF class, birth year of a model driver) but no real person")
def _():
    m = hdr("Versicherer Maklerservice <makler-news@versicherer.example>",
            "makler-verteiler@versicherer.example",
            "Makler-Info 01/2026: Kfz-Tarif KompaktPlus, neue Typklassen, Rabattschutz",
            D(2026, 1, 19, 6, 30),
            extra=[("List-Unsubscribe", "<mailto:makler-news-abmelden@versicherer.example>")])
    text = """MAKLER-INFO 01/2026
=====================

1) Neue Typ- und Regionalklassen
Die GDV-Typklassen 2026 gelten bei uns ab Hauptfälligkeit 01.01.2026. Rund
40 % der Modelle bleiben unverändert; Details im Maklerportal unter
Downloads > Kraftfahrt > Typklassen.

2) KompaktPlus – Beispielrechnung
Musterkunde: Fahrer 42 Jahre (Jahrgang 1984), Golf 8 1.5 TSI, SF 8 in KH
und VK, Regionalklasse 7, 12.000 km, Garage, Zahlweise jährlich:
  KH 318,40 € / VK (SB 300/150) 402,10 € / Jahresbeitrag gesamt 720,50 €
Mit Rabattschutz: + 9 %.
(Die Beispielrechnung ist fiktiv und dient nur der Orientierung.)

3) Rabattschutz
Ab SF 4 wählbar. Ein Schaden pro Kalenderjahr führt nicht zur Rückstufung.

4) Termine
Webinar "Kfz-Wechselgeschäft 2026" am 04.02.2026, 10–11 Uhr. Anmeldung
über Ihre Maklerbetreuung.

Ihr Team Maklerservice
Versicherer AG

Sie erhalten diese Information als registrierter Vertriebspartner.
Abmelden: makler-news-abmelden@versicherer.example"""
    return body(m, text)


@M("CONFIDENTIAL", "en", "third-party-to-insurer",
   "Dutch driver claims repair costs from the insurer's policyholder after a collision; plates, names, no injuries")
def _():
    m = hdr("Pieter van Dalen <p.vandalen@kpnpost.example>",
            "schaden-kfz@versicherer.example",
            "Claim against your client - accident A3 near Emmerich 20-12-2025",
            D(2026, 1, 20, 8, 47), mid_style="outlook")
    return body(m, """Dear Sir or Madam,

On 20 December 2025 at about 14:10 my car (Volvo V60, Dutch plate
K-402-XR) was hit on the A3 near Emmerich, direction Arnhem, by a German
car, Opel Astra with plate WES-HK 718, driven by Mr Heinz Kluthe. Mr Kluthe
changed lanes without looking and hit my left rear door. He gave me your
company name and his policy number 40-KH-220 915 3 on the European accident
statement, which we both signed. A copy is attached to my letter of 28 Dec.
which I also sent by post.

Nobody was injured. The damage to my car was estimated by my garage (Autobedrijf
Hoogeveen, Zevenaar) at EUR 3,412.60 incl. VAT.

Please transfer the amount to my account:
Account holder: P.J. van Dalen
IBAN NL31 ABNA 8543 9637 99

I would appreciate a reply in English.

Kind regards,
Pieter van Dalen
Zevenaar, the Netherlands""")


@M("CONFIDENTIAL", "de", "broker-to-insurer",
   "broker reports a car change for a named customer with VIN, plate, SF class and the birth date of an additional driver")
def _():
    m = hdr("Finanzkontor Nord – Bianca Rehse <b.rehse@finanzkontor-nord.example>",
            "kfz-makler@versicherer.example",
            "Fahrzeugwechsel VN Gerdes, Vertrag 40-KH-097 661 0", D(2026, 1, 21, 11, 31),
            cc="Lars Tiedemann <lars.tiedemann@versicherer.example>", mid_style="outlook")
    return body(m, """Hallo liebes Kfz-Team,

für unseren gemeinsamen Kunden

  Rainer Gerdes, Kattenstraße 5, 26122 Oldenburg
  Vertrag 40-KH-097 661 0 (bisher Skoda Octavia, OL-RG 55)

bitte Fahrzeugwechsel zum 01.02.2026 auf:

  Skoda Enyaq 85, EZ 11/2025
  FIN TMBJC9NY5S5018836
  Kennzeichen bleibt OL-RG 55
  Kilometer 15.000 / Jahr, Carport

SF bleibt natürlich, KH SF 14, VK SF 11.

Neu dazu als Fahrerin: Tochter Merle Gerdes, geb. 17.06.2006,
Führerschein seit 09/2024. Bitte Beitrag mit und ohne junge Fahrerin
rechnen, der Kunde überlegt noch.

Danke und Gruß aus Oldenburg
Bianca Rehse

Finanzkontor Nord GmbH & Co. KG
Versicherungsmakler · Heiligengeiststraße 11 · 26121 Oldenburg
Tel. 0441 5550 4410 · Registernr. D-R4KT-ZQ871-29""")


@M("NORMAL", "de", "internal",
   "team organisation mail about a workshop and holiday planning; no personal data beyond colleagues' names")
def _():
    m = hdr("Ingrid Lammers <ingrid.lammers@versicherer.example>",
            "team-sach-privat@versicherer.example",
            "Urlaubsplanung Q2 + Workshop Leitungswasser", D(2026, 1, 21, 15, 12))
    return body(m, """Hallo Team,

zwei Dinge:

1. Bitte tragt eure Urlaubswünsche für April bis Juni bis 06.02. in die
   Liste im Teamordner ein. Ostern (02.–10.04.) und Pfingsten brauchen wir
   mindestens 5 Leute an Bord. Wer letztes Jahr Ostern frei hatte, bitte
   diesmal zurückstecken.

2. Am 17.02. von 9–12 Uhr machen wir mit Herrn Scholven (Leckortung Rhein-
   land GmbH) einen Workshop zu Leitungswasserschäden: Trocknungsprotokolle
   lesen, was ist eine sinnvolle Leckortung, wann lohnt Gutachter. Raum
   Rhein 4.12. Kaffee ist bestellt.

Grüße
Ingrid""")


@M("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
   "customer asks to change the beneficiary of her term life policy after separation; personal line (life)")
def _():
    m = hdr("Nadine Wiesehöfer <nadine.wiesehoefer@heimnetz.example>",
            "leben@versicherer.example",
            "Bezugsrecht ändern", D(2026, 1, 22, 20, 10), mid_style="tb")
    return body(m, """Sehr geehrte Damen und Herren,

ich habe bei Ihnen eine Risikolebensversicherung (Vers.-Nr. LV 88 204 519),
die wir damals wegen der Hausfinanzierung abgeschlossen haben. Als
Bezugsberechtigter im Todesfall ist mein Noch-Ehemann Christoph Wiesehöfer
eingetragen.

Wir leben seit Oktober getrennt und die Scheidung ist eingereicht. Ich
möchte, dass künftig meine beiden Kinder Emma (geb. 2014) und Paul
(geb. 2017) zu gleichen Teilen bezugsberechtigt sind. Das Darlehen läuft
weiterhin über mich allein, die Bank (Volksbank Ruhr-Mitte) ist nicht
abgetreten, das habe ich geprüft.

Welches Formular brauchen Sie dafür und reicht eine Unterschrift von mir?

Freundliche Grüße
Nadine Wiesehöfer
Gelsenkirchen""")


@M("NORMAL", "de", "internal",
   "trap: dunning letter template full of placeholders («Name», «IBAN», «Geburtsdatum»); no real person")
def _():
    m = hdr("Renate Bogusch <renate.bogusch@versicherer.example>",
            "Dennis Olbrich <dennis.olbrich@versicherer.example>",
            "Textbaustein Mahnstufe 1 – neue Fassung für Sach/Kfz", D(2026, 1, 23, 9, 40),
            mid_style="outlook")
    return body(m, """Hallo Dennis,

hier der abgestimmte Text für die 1. Mahnung (Sach und Kfz), bitte so in
die Korrespondenzvorlage übernehmen. Recht hat freigegeben (Fr. Schlichting,
Mail vom 20.01.). Die Felder in «» kommen aus dem Bestand.

--- Vorlage MAHN1_SACH_KFZ_2026 ---
«Anrede» «Vorname» «Nachname»
«Straße» «Hausnummer»
«PLZ» «Ort»

Ihr Vertrag «Vertragsnummer» – Zahlungserinnerung

«Briefanrede»,

sicher ist es Ihrer Aufmerksamkeit entgangen: Der Beitrag von «Betrag» EUR,
fällig am «Fälligkeit», ist bei uns noch nicht eingegangen. Bitte
überweisen Sie den Betrag bis «Frist» auf unser Konto bei der
«Bank_VU» (IBAN «IBAN_VU»), Verwendungszweck «Vertragsnummer».

Wenn Sie uns ein SEPA-Mandat erteilen möchten, genügt ein Anruf.
[Geburtsdatum für Identifikation am Telefon: «Geburtsdatum» – NICHT
drucken, nur für Callcenter-Maske]
--- Ende ---

Die letzte Zeile bitte wirklich nur in die Maske, nicht in den Brief.

Danke!
Renate""")


@M("CONFIDENTIAL", "de", "insurer-to-customer",
   "confirmation of the cancellation of a household policy with the customer's new address; quoted customer mail")
def _():
    m = hdr("Ingrid Lammers <ingrid.lammers@versicherer.example>",
            "Tim Haselhorst <tim.haselhorst@web-post.example>",
            "AW: Kündigung Hausrat wegen Zusammenzug", D(2026, 1, 26, 13, 55),
            in_reply_to="<1a2b3c4d.0001@web-post.example>")
    return body(m, """Hallo Herr Haselhorst,

danke für Ihre Nachricht. Da Ihre Lebensgefährtin die Wohnung in der
Lütticher Straße bereits über ihren eigenen Vertrag versichert hat, können
wir Ihren Hausratvertrag HR 7012 4409 wie gewünscht zum 31.01.2026
aufheben. Zu viel gezahlter Beitrag (Februar bis Juni) wird Ihnen auf das
bekannte Konto erstattet.

Die Kündigungsbestätigung geht per Post an Ihre neue Anschrift.

Viele Grüße
""" + SIG["lammers"] + """

-----Ursprüngliche Nachricht-----
Von: Tim Haselhorst <tim.haselhorst@web-post.example>
Gesendet: Freitag, 23. Januar 2026 18:02
An: sach-privat@versicherer.example
Betreff: Kündigung Hausrat wegen Zusammenzug

Hallo,

ich ziehe zum 1.2. zu meiner Freundin (Lütticher Str. 48, 52064 Aachen) und
meine alte Wohnung in der Jakobstraße wird aufgelöst. Sie hat schon eine
Hausratversicherung. Kann ich meinen Vertrag HR 7012 4409 dann kündigen?

Gruß Tim Haselhorst""")


@M("STRICTLY_CONFIDENTIAL", "de", "internal",
   "voicemail transcript: a son reports his father's stroke and hospital stay and asks to suspend the car policy")
def _():
    m = hdr("Kevin Ostermann <kevin.ostermann@versicherer.example>",
            "Jana Pietsch <jana.pietsch@versicherer.example>",
            "WG: Mailbox-Nachricht zu Kfz 40-KH-063 118 7 (Ruheversicherung?)",
            D(2026, 1, 27, 8, 5), mid_style="outlook")
    return body(m, """Moin Jana,

zuständig bist glaub ich du. Der Sohn hat keine Vollmacht erwähnt, bitte
vor Änderung am Vertrag klären. Transkript:

>> Mailbox Service-Center, Mo 26.01.2026 19:12
>> "Ja hallo, Sebastian Lorenz hier, ich ruf an für meinen Vater Wolfgang
>> Lorenz, Kfz-Versicherung vierzig KH null sechs drei eins eins acht
>> sieben. Mein Vater hatte vor zwei Wochen einen Schlaganfall, liegt jetzt
>> in der Reha in Bad Münstereifel und kann erstmal sicher nicht Auto
>> fahren, rechte Seite ist noch gelähmt. Wir wollen das Auto abmelden
>> oder stilllegen, aber nicht verkaufen, falls es wieder wird. Geht das
>> mit der Versicherung, dass die ruht? Bitte rufen Sie mich an,
>> null eins sieben drei, fünf fünf fünf, vier vier eins null."

Danke dir
Kevin""")


@M("NORMAL", "en", "supplier-to-insurer",
   "trap: supplier invoice with the supplier's own company IBAN and VAT number; company data only")
def _():
    m = hdr("Accounts Receivable <ar@printwise-uk.example>",
            "kreditoren@versicherer.example",
            "Invoice PW-2026-0142 - Versicherer AG - direct mail campaign Jan 2026",
            D(2026, 1, 27, 16, 20), mid_style="outlook")
    return body(m, """Dear Sir or Madam,

Please find below our invoice for the January direct mail campaign
(policy renewal inserts, 48,000 units, German/English).

Invoice no.:   PW-2026-0142
PO no.:        4500318822
Amount:        EUR 6,912.00 (reverse charge, Art. 196 VAT Directive)
Due date:      26 February 2026

Bank details:  Printwise Solutions Ltd
               IBAN GB81 NWBK 6016 1355 7196 92
               BIC  NWBKGB2L
VAT no.:       GB 294 7718 20

A PDF copy will follow by post as agreed. For any queries please quote the
invoice number.

Kind regards
Accounts Receivable
Printwise Solutions Ltd · Unit 4, Kelvin Park · Swindon SN2 8AZ · UK
Registered in England and Wales No. 08817734""")


@M("CONFIDENTIAL", "de", "internal",
   "garnishment order against a named claimant's motor claim payout; legal department tells claims to hold payment")
def _():
    m = hdr("Yvonne Schlichting <yvonne.schlichting@versicherer.example>",
            "Marco Vuković <marco.vukovic@versicherer.example>",
            "PfÜB eingegangen – Schaden KS-2025-118-4471, Auszahlung STOPP", D(2026, 1, 28, 10, 2),
            cc="pfaendung@versicherer.example", mid_style="outlook",
            extra=[("Importance", "high")])
    return body(m, """Hallo Herr Vuković,

heute ist ein Pfändungs- und Überweisungsbeschluss des AG Leverkusen
(Az. 14 M 2231/25) eingegangen. Gläubigerin ist die Creditreform-Inkasso
Rhein GmbH, Schuldner Ihr Anspruchsteller

   Marcel Üzüm, geb. 03.09.1991
   Bergische Landstr. 77, 51375 Leverkusen

Forderung lt. Beschluss 4.318,22 € zzgl. Zinsen und Kosten. Gepfändet ist
ausdrücklich der Anspruch auf Entschädigungsleistung aus dem Kfz-Kasko-
schaden KS-2025-118-4471 (Vertrag 40-VK-188 020 6).

Bitte bis auf Weiteres KEINE Zahlung an Herrn Üzüm oder die Werkstatt
freigeben. Die Drittschuldnererklärung (§ 840 ZPO) gebe ich bis 11.02. ab
und brauche dafür von Ihnen kurz: Stand der Regulierung, Höhe der voraus-
sichtlichen Entschädigung, ob schon eine Abtretung an die Werkstatt vorliegt.

Danke und Gruß
""" + SIG["schlichting"])


@M("NORMAL", "en", "supplier-to-insurer",
   "trap: IT ticket with SEPA test data using the published example IBAN and 'Max Mustermann'; synthetic")
def _():
    m = hdr("Priya Raman <priya.raman@codeharbor.example>",
            "Dennis Olbrich <dennis.olbrich@versicherer.example>",
            "RE: [INK-4417] pain.008 export rejects batch with umlauts", D(2026, 1, 28, 12, 48),
            mid_style="outlook")
    return body(m, """Hi Dennis,

reproduced it on the test stage. The validator fails on the Dbtr/Nm field
when the name contains a character outside the SEPA Latin subset (it's the
"ß" in our fixture, not the umlaut). Minimal test record below, taken from
our synthetic fixture set:

  <DrctDbtTxInf>
    <PmtId><EndToEndId>TEST-0001</EndToEndId></PmtId>
    <InstdAmt Ccy="EUR">12.34</InstdAmt>
    <DrctDbtTx><MndtRltdInf><MndtId>MANDATE-TEST-1</MndtId>
      <DtOfSgntr>2020-01-01</DtOfSgntr></MndtRltdInf></DrctDbtTx>
    <Dbtr><Nm>Max Muster-Straße</Nm></Dbtr>
    <DbtrAcct><Id><IBAN>DE89370400440532013000</IBAN></Id></DbtrAcct>
  </DrctDbtTxInf>

(DE89 3704 0044 0532 0130 00 is the standard documentation IBAN, not a real
customer.) Fix: transliterate ß -> ss before export, as recommended in the
EPC character set guidelines. PR is up: !2291. Can you have someone from
Inkasso check the test run tomorrow?

Thanks
Priya

Priya Raman | Senior Engineer | CodeHarbor GmbH
""")


@M("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
   "travel cancellation claim: body only says 'Attest anbei', the attached PDF sick note names the diagnosis")
def _():
    m = hdr("Familie Rosenbaum <rosenbaum.familie@web-post.example>",
            "reise@versicherer.example",
            "Reiserücktritt Buchung 7718-22 / RR-440 219 05", D(2026, 1, 29, 7, 14),
            mid_style="phone")
    attest = pdf("Attest_Rosenbaum.pdf", [
        "Dr. med. Kerstin Haubold",
        "Fachärztin für Allgemeinmedizin",
        "Bonner Talweg 84 · 53113 Bonn",
        "",
        "#Ärztliche Bescheinigung zur Vorlage bei der Reiserücktrittsversicherung",
        "",
        "Patient: Herr Michael Rosenbaum, geb. 21.02.1979",
        "Anschrift: Kessenicher Str. 12, 53129 Bonn",
        "",
        "Herr Rosenbaum befindet sich seit dem 26.01.2026 in meiner Behandlung.",
        "Diagnose: akute Lumboischialgie links mit Bandscheibenvorfall L5/S1 "
        "(ICD-10: M51.1 G). Der Patient ist nicht reise- und nicht sitzfähig; "
        "der geplante Flug am 31.01.2026 (Dauer ca. 10 Std.) ist aus ärztlicher "
        "Sicht nicht zumutbar.",
        "Die Erkrankung war bei Buchung der Reise (14.10.2025) nicht bekannt.",
        "",
        "Bonn, 28.01.2026",
        "Dr. med. K. Haubold",
    ])
    return body(m, """Hallo, anbei das Attest für die Stornierung. Rechnung vom Reisebüro
über die Stornokosten kommt nach.
Gruß M. Rosenbaum""", atts=[attest])


@M("CONFIDENTIAL", "en", "customer-to-insurer",
   "expat reports a cracked phone screen under his mobile phone policy; policy no., IMEI and purchase data")
def _():
    m = hdr("Rahul Menon <rahul.menon@quickpost.example>",
            "elektronik@versicherer.example",
            "Claim - cracked screen, policy HY-661 204 8", D(2026, 1, 29, 12, 31))
    return body(m, """Hi,

I'd like to file a claim on my phone insurance (policy HY-661 204 8, in my
name, Rahul Menon).

What happened: on Tuesday 27 Jan I dropped the phone on the tram platform
at Neumarkt, the screen is completely cracked, touch works only on the
lower half.

Device: Pixel 9, 256 GB, bought 14 Aug 2025 at Saturn Hohe Straße for
EUR 899, IMEI 35 922811 406274 3.

Is there a partner repair shop in Cologne or should I send it somewhere?
My address for a pickup would be Weyertal 59, 50937 Köln (c/o Schreiber).

Thanks,
Rahul""")


@M("NORMAL", "de", "autoreply",
   "out-of-office auto reply naming a substitute; no personal data")
def _():
    m = hdr("Sevgi Aydın <sevgi.aydin@versicherer.example>",
            "Kanzlei Brückner <info@kanzlei-brueckner.example>",
            "Automatische Antwort: Deckungsanfrage Az. 26/0117", D(2026, 1, 30, 9, 1),
            extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return body(m, """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 06.02.2026 nicht im Büro. Ihre E-Mail wird nicht
weitergeleitet. In dringenden Rechtsschutz-Angelegenheiten wenden Sie sich
bitte an rechtsschutz@versicherer.example oder Tel. 0221 9870-5800.

Thank you for your message. I am out of the office until 6 February 2026.

Sevgi Aydın""")


@M("STRICTLY_CONFIDENTIAL", "en", "broker-to-insurer",
   "broker's life insurance application for a named expat with height, weight, smoking status and blood pressure medication")
def _():
    m = hdr("Graham Whitlock <g.whitlock@harrowbrokers.example>",
            "Fiona Brennecke <fiona.brennecke@versicherer.example>",
            "New business: term life for Mr O'Sullivan - underwriting pre-check",
            D(2026, 2, 2, 10, 26), mid_style="outlook")
    return body(m, """Hi Fiona,

as discussed on the phone, here are the details for a non-binding
underwriting pre-check before we submit the full application:

Proposed insured: Declan O'Sullivan, DOB 11 March 1981, Irish national,
  resident in Düsseldorf since 2019, software architect
Product: Term life (Risikoleben), sum assured EUR 450,000, 25 years,
  beneficiary: spouse
Height / weight: 1.84 m / 104 kg (BMI approx. 30.7)
Smoker: yes, ~10 cigarettes/day, says he wants to quit
Medical: treated for hypertension since 2022, takes ramipril 5 mg daily,
  last readings around 135/85 per his GP. No other conditions declared.
  Father had a heart attack at 58.

Would you expect a loading, and if so roughly how much? The client is
comparing with another carrier so a quick indication would be great.

Thanks,
Graham""")


@M("CONFIDENTIAL", "de", "internal",
   "chat transcript forwarded to claims: named policyholder's child broke a neighbour's window; liability claim, nobody hurt")
def _():
    m = hdr("Melike Sarıkaya <melike.sarikaya@versicherer.example>",
            "Tobias Kranich <tobias.kranich@versicherer.example>",
            "Chat #88790 – Glasschaden beim Nachbarn durch Kind (PHV)", D(2026, 2, 2, 15, 40))
    return body(m, """Hallo Tobias,

Kundin hat im Chat einen Schaden gemeldet, ich habe die Schadenmeldung
schon angelegt: PHV-S 2026-00381. Protokoll zur Info:

[14:51] Kundin: Hallo, mein Sohn hat beim Fußballspielen die Scheibe vom Wintergarten unserer Nachbarn kaputt geschossen
[14:51] Melike (Versicherer): Oh je! Ist jemand verletzt worden?
[14:52] Kundin: nein zum glück nicht, war keiner drin
[14:52] Melike (Versicherer): Gut. Nennen Sie mir bitte Ihren Namen und die Vertragsnummer der Privathaftpflicht?
[14:53] Kundin: Svenja Lohmar, PH 2290 118 3
[14:53] Kundin: mein sohn ist 11, Jannis
[14:54] Melike (Versicherer): Danke. Wer sind die Nachbarn und gibt es schon einen Kostenvoranschlag?
[14:55] Kundin: Familie Terstegen, Auf dem Rott 6, Bergisch Gladbach. KV vom Glaser kommt morgen, ca 1400 sagt er
[14:56] Melike (Versicherer): Ich lege den Schaden an. Bitte schicken Sie den KV und 2-3 Fotos an haftpflicht@versicherer.example mit der Nummer PHV-S 2026-00381.
[14:56] Kundin: super danke!!

Bei 11 J. ggf. Deliktsfähigkeit prüfen – das überlasse ich dir :)

Viele Grüße
Melike""")


@M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "accident insurance (personal line): reply on a fall from a ladder with ankle fracture, asks for medical reports")
def _():
    m = hdr("Hanna Wiechert <hanna.wiechert@versicherer.example>",
            "Bernd Ottersbach <bernd.ottersbach@freenet-post.example>",
            "Ihre Unfallmeldung vom 30.01.2026 – UV 5102 338 / Schaden U-26-0412",
            D(2026, 2, 3, 11, 17), mid_style="outlook")
    return body(m, """Sehr geehrter Herr Ottersbach,

vielen Dank für Ihre Unfallmeldung. Es tut mir leid zu lesen, dass Sie beim
Reinigen der Dachrinne von der Leiter gestürzt sind und sich den rechten
Sprunggelenksknöchel gebrochen haben. Ich wünsche Ihnen gute Besserung.

Damit wir die Leistungen aus Ihrer Unfallversicherung prüfen können, benötige
ich noch:

- den Entlassungsbericht des Krankenhauses Porz am Rhein (OP vom 24.01.),
- den Namen Ihres weiterbehandelnden Orthopäden,
- die unterschriebene Schweigepflichtentbindung (liegt bei – bitte nur die
  Seiten 1 und 3 unterschreiben).

Das Krankenhaustagegeld (6 Tage × 50 €) können wir schon auszahlen, sobald
der Bericht vorliegt. Über eine mögliche Invaliditätsleistung entscheiden wir
erst, wenn die Heilung abgeschlossen ist; eine dauerhafte Beeinträchtigung
muss innerhalb von 15 Monaten ärztlich festgestellt werden.

Bitte senden Sie uns die Unterlagen über unser Kundenportal oder per Post,
nicht per unverschlüsselter E-Mail.

Mit freundlichen Grüßen

""" + SIG["wiechert"] + "\n\n" + FOOT)


@M("NORMAL", "de", "internal",
   "trap: data-protection reminder lists 'Gesundheitsdaten, IBAN, geb. TT.MM.JJJJ' as examples; no data of any person")
def _():
    m = hdr("Dr. Jörn Wessels <joern.wessels@versicherer.example>",
            "alle-mitarbeitenden@versicherer.example",
            "Erinnerung: Was darf unverschlüsselt raus? (Datenschutz-Kurzinfo 1/2026)",
            D(2026, 2, 3, 14, 0))
    html = """<html><body style="font-family:Segoe UI,Arial;font-size:10.5pt">
<h3>Datenschutz-Kurzinfo 1/2026</h3>
<p>Liebe Kolleginnen und Kollegen,</p>
<p>in den letzten Wochen sind uns mehrere E-Mails aufgefallen, die mit
Kundendaten unverschlüsselt an externe Adressen gingen. Deshalb noch einmal
die Grundregeln:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Inhalt</th><th>Beispiel</th><th>Versand</th></tr>
<tr><td>vertraulich</td><td>IBAN, Geburtsdatum (geb. TT.MM.JJJJ), Einkommen, dass jemand bei uns versichert ist</td><td>mind. TLS / Portal</td></tr>
<tr><td>streng vertraulich</td><td>Diagnosen, Arztberichte, alles aus Leben/Kranken/Unfall</td><td>nur verschlüsselt oder Portal</td></tr>
<tr><td>normal</td><td>Produktinfos, Termine, allgemeine Anfragen</td><td>normal</td></tr>
</table>
<p>Im Zweifel: Betreff mit <b>[vertraulich]</b> markieren, dann entscheidet
das Gateway.</p>
<p>Fragen gern an datenschutz@versicherer.example.</p>
<p>Dr. Jörn Wessels<br>Datenschutzbeauftragter</p>
</body></html>"""
    return body(m, html=html)


@M("CONFIDENTIAL", "de", "customer-to-insurer",
   "burglary report pasted from the online form: birth date, address, household policy no., stolen items, IBAN")
def _():
    m = hdr("Kristina Paffrath <k.paffrath@quickpost.example>",
            "sach-schaden@versicherer.example",
            "Schadenanzeige Einbruch (Formular ging online nicht)", D(2026, 2, 4, 8, 3))
    return body(m, """Guten Morgen,

Ihr Online-Formular bricht beim Absenden immer ab, deshalb kopiere ich
alles hier rein:

=== Schadenanzeige Hausrat ===
Versicherungsnehmer/in: Paffrath, Kristina
Geburtsdatum: 1988-04-30
Anschrift: Dürener Str. 401, 50858 Köln
Versicherungsnummer: HR 6188 0034
Schadentag: 02.02.2026, zwischen 09:00 und 18:30 Uhr
Schadenart: [x] Einbruchdiebstahl [ ] Vandalismus [ ] Raub
Polizeilich gemeldet: ja, PI Köln-West, Tagebuch-Nr. 260202-1187-034
Schadenhergang: Terrassentür aufgehebelt, Schlafzimmer und Arbeitszimmer
  durchwühlt
Entwendete Gegenstände:
  - Laptop MacBook Air 13" (2023), ca. 1.300 €
  - Schmuck (Goldkette, 2 Ringe), ca. 2.100 €
  - Bargeld 240 €
  - Spielkonsole mit 2 Controllern, ca. 520 €
Beschädigt: Terrassentür (Vermieter informiert)
Bankverbindung für Entschädigung:
  Kontoinhaber: Kristina Paffrath
  IBAN: DE55 7619 2708 4776 8458 55
=== Ende ===

Fotos und Kaufbelege reiche ich nach.

Viele Grüße
K. Paffrath""")


@M("NORMAL", "de", "prospect-to-insurer",
   "trap: a named prospect asks for a liability quote giving only his age; not insured, no birth date, no bank or income data")
def _():
    m = hdr("Lukas Brandes <lukas.b@web-post.example>",
            "info@versicherer.example",
            "Anfrage Privathaftpflicht", D(2026, 2, 4, 22, 31), mid_style="phone")
    return body(m, """Hi,

ich bin 29, Single, keine Haustiere und bisher ohne Haftpflicht (ja ich
weiß...). Was würde das bei Ihnen ungefähr kosten und ist ein geliehenes
E-Scooter/Auto von Freunden mit drin? Schlüsselverlust für die Arbeit wäre
auch wichtig.

Danke
Lukas""")


@M("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
   "child accident insurance (personal line): mother reports her son's fall, knocked-out front tooth and dental treatment")
def _():
    m = hdr("Melanie Schürmann <melanie.schuermann@mailfix.example>",
            "unfall@versicherer.example",
            "Unfall Leon / Kinderunfall KU 8805 117", D(2026, 2, 5, 17, 22), mid_style="phone")
    return body(m, """Hallo zusammen

Leon (8) ist gestern in der Schule vom Klettergerüst gefallen und hat sich
einen Schneidezahn oben links komplett ausgeschlagen, der daneben ist
angebrochen. Die Zahnärztin (Dr. Yilmaz, Frechen) hat den Zahn wieder
eingesetzt und geschient, ob er hält weiß man erst in ein paar Wochen,
sonst Implantat wenn er älter ist.

Er hat bei Ihnen die Kinderunfallversicherung KU 8805 117. Die Schule hat
den Unfall auch an die Unfallkasse gemeldet. Zahlen Sie trotzdem? Und
brauchen Sie was von der Zahnärztin?

LG Melanie Schürmann

Gesendet von meinem Galaxy""")


@M("CONFIDENTIAL", "en", "insurer-to-customer",
   "HTML-only premium reminder in English to a named expat: household contents policy, arrears amount, due date")
def _():
    m = hdr("Fiona Brennecke <fiona.brennecke@versicherer.example>",
            "Ms Charlotte Ashworth <c.ashworth@quickpost.example>",
            "Your household contents policy HR 7733 1902 - payment reminder",
            D(2026, 2, 6, 9, 45), mid_style="outlook")
    html = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Calibri,Arial;font-size:11pt">
<p>Dear Ms Ashworth,</p>
<p>According to our records the annual premium for your household contents
policy <b>HR 7733 1902</b> (insured address: Mauritiussteinweg 102, 50676
Cologne) has not yet been received.</p>
<table cellpadding="3">
<tr><td>Premium due</td><td>1 January 2026</td></tr>
<tr><td>Amount outstanding</td><td><b>EUR 186.40</b></td></tr>
<tr><td>Please pay by</td><td>27 February 2026</td></tr>
</table>
<p>You can transfer the amount to our account with Rheinische Handelsbank,
quoting your policy number, or set up a direct debit in the customer portal.
If you have already paid, please disregard this reminder.</p>
<p>Please note: under German law (section 38 VVG) cover may be suspended if
the premium remains unpaid after a formal second reminder.</p>
<p>Kind regards,<br>Fiona Brennecke<br>International Client Service<br>
Versicherer AG &middot; Lindenhof 7 &middot; 50667 Cologne, Germany<br>
Phone +49 221 9870-2650</p>
</body></html>"""
    return body(m, html=html)


@M("NORMAL", "en", "insurer-to-partner",
   "reinsurance meeting logistics and agenda; company matters only")
def _():
    m = hdr("Benedikt Sauer <benedikt.sauer@versicherer.example>",
            "Annelies de Groot <a.degroot@northsea-re.example>",
            "Treaty renewal 2026 - agenda for our meeting on 24 Feb", D(2026, 2, 6, 16, 8),
            cc="rueckversicherung@versicherer.example", mid_style="outlook")
    return body(m, """Dear Annelies,

thank you for confirming 24 February, 10:00, at our Cologne office. Our
proposed agenda:

1. Motor XL: loss development 2023-2025, large losses above EUR 1m
2. Property cat: storm "Zoltan" event in Oct 2025, final figures
3. Quota share household/buildings: commission scale for 2026/27
4. Cyber sublimit in commercial property (clarification of wording)
5. AOB

We will send the updated loss triangles as an XLSX next week via the secure
portal. Lunch is arranged in-house; please let my office know about any
dietary preferences of your colleagues.

Best regards,
Benedikt Sauer
Member of the Management Board, Versicherer AG

""" + FOOT_EN)


@M("CONFIDENTIAL", "de", "lawyer-to-insurer",
   "lawyer's coverage request under legal-expenses insurance for a dismissal suit, with the client's gross salary; no health data")
def _():
    m = hdr("Kanzlei Brückner & Sahin <info@kanzlei-brueckner.example>",
            "rechtsschutz@versicherer.example",
            "Deckungsanfrage – Ihr VN Oliver Tschentscher, RS-Vertrag 61-RS-200 471 / unser Az. 26/0117",
            D(2026, 2, 9, 10, 20), mid_style="outlook")
    letter = pdf("Deckungsanfrage_Tschentscher.pdf", [
        "Brückner & Sahin Rechtsanwälte · Kaiser-Wilhelm-Ring 22 · 50672 Köln",
        "",
        "Versicherer AG – Rechtsschutz-Leistung",
        "Lindenhof 7, 50667 Köln",
        "",
        "Köln, 09.02.2026",
        "Ihr VN: Oliver Tschentscher, Venloer Str. 612, 50827 Köln",
        "Vertrag: 61-RS-200 471 (Privat-, Berufs- und Verkehrsrechtsschutz)",
        "Unser Az.: 26/0117",
        "",
        "#Deckungsanfrage Arbeitsrechtsschutz",
        "",
        "Sehr geehrte Damen und Herren,",
        "",
        "wir zeigen an, dass uns Ihr VN mit der Wahrnehmung seiner Interessen "
        "gegen seine Arbeitgeberin, die Lindner Logistik Service GmbH, Hürth, "
        "beauftragt hat. Die Arbeitgeberin hat das seit 2017 bestehende "
        "Arbeitsverhältnis mit Schreiben vom 28.01.2026, zugegangen am "
        "29.01.2026, betriebsbedingt zum 30.04.2026 gekündigt. Eine Sozialauswahl "
        "ist nach unserer Einschätzung nicht ordnungsgemäß erfolgt.",
        "",
        "Wir beabsichtigen, fristgerecht Kündigungsschutzklage beim Arbeitsgericht "
        "Köln zu erheben. Das Bruttomonatsgehalt unseres Mandanten beträgt "
        "4.210,00 EUR; der Gegenstandswert für die Klage beträgt damit "
        "12.630,00 EUR (drei Bruttomonatsgehälter).",
        "",
        "Wir bitten um Deckungszusage für die erste Instanz.",
        "",
        "Mit freundlichen Grüßen",
        "Dr. Helena Sahin, Rechtsanwältin, Fachanwältin für Arbeitsrecht",
    ])
    return body(m, """Sehr geehrte Damen und Herren,

anbei unsere Deckungsanfrage in o.g. Sache mit der Bitte um kurzfristige
Bearbeitung; die Klagefrist läuft am 19.02.2026 ab.

Mit freundlichen Grüßen
i.A. Jessica Kramp
Rechtsanwaltsfachangestellte

Brückner & Sahin Rechtsanwälte PartG mbB
Kaiser-Wilhelm-Ring 22 · 50672 Köln
Tel. 0221 5550 7780""", atts=[letter])


@M("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
   "legal-expenses question revealing the customer's depression and months of sick leave before her employer's dismissal threat")
def _():
    m = hdr("Jasmin Krüger-Ohm <jkrueger-ohm@heimnetz.example>",
            "rechtsschutz@versicherer.example",
            "Frage zu meinem Rechtsschutz", D(2026, 2, 9, 21, 3), mid_style="tb")
    return body(m, """Guten Abend,

ich habe bei Ihnen eine Rechtsschutzversicherung (61-RS-188 092) und
weiß nicht, ob ich das jetzt schon brauche.

Ich bin seit September krankgeschrieben wegen einer mittelgradigen
Depression (Burnout hat es die Hausärztin erst genannt), bin in
Psychotherapie und soll ab März über das Hamburger Modell wieder einsteigen.
Jetzt hat mich meine Chefin zu einem "Personalgespräch über die Zukunft"
eingeladen und mir am Telefon schon angedeutet, dass man über eine
Trennung nachdenkt. Ein Kollege meinte, ich soll nicht ohne Anwalt
hingehen.

Zahlt der Rechtsschutz schon für eine Beratung vor dem Gespräch, oder erst
wenn die Kündigung da ist? Ich habe ehrlich gesagt keine Kraft für einen
langen Streit.

Danke und viele Grüße
Jasmin Krüger-Ohm""", flowed=True)


@M("NORMAL", "de", "internal",
   "trap: aggregated wildlife-collision statistics with counts and averages per month; no policyholder named")
def _():
    m = hdr("Marco Vuković <marco.vukovic@versicherer.example>",
            "Leitung Kraftfahrt-Schaden <kfz-schaden-leitung@versicherer.example>",
            "Wildunfälle 2025 – Auswertung für die Pressestelle", D(2026, 2, 10, 8, 50),
            mid_style="outlook")
    sheet = xlsx("Wildunfaelle_2025_Auswertung.xlsx", [
        ("Monate", [
            ("Monat", "Anzahl Schäden", "Ø Aufwand EUR", "davon mit Personenschaden"),
            ("Jan", 212, 3180, 2), ("Feb", 188, 3075, 1), ("Mrz", 241, 3222, 3),
            ("Apr", 390, 3410, 4), ("Mai", 455, 3390, 5), ("Jun", 301, 3120, 2),
            ("Jul", 266, 3010, 1), ("Aug", 279, 3105, 2), ("Sep", 318, 3260, 3),
            ("Okt", 512, 3502, 6), ("Nov", 488, 3471, 5), ("Dez", 335, 3298, 3),
            ("Summe", 3985, 3297, 37),
        ]),
        ("Hinweise", [
            ("Quelle: Schadensystem KS, Stichtag 31.01.2026, nur Teilkasko-Wildschäden",),
            ("Personenschäden nur als Anzahl, keine Einzelfälle",),
        ]),
    ])
    return body(m, """Hallo zusammen,

Frau Eschweiler hatte für die Pressemitteilung im März nach Zahlen zu
Wildunfällen gefragt. Anbei die Auswertung 2025 aus dem Schadensystem,
nur Summen je Monat. Spitzen wie jedes Jahr im April/Mai und Oktober/
November (Zeitumstellung!).

Wenn ok, gebe ich das so an die Kommunikation weiter.

Gruß
Marco""", atts=[sheet])


@M("CONFIDENTIAL", "de", "customer-to-insurer",
   "customer requests an eVB for a new car and gives her birth date, address and driving licence date")
def _():
    m = hdr("Elif Aksoy <elif.aksoy@t-mail.example>",
            "kfz-service@versicherer.example",
            "Brauche eVB Nummer", D(2026, 2, 10, 12, 6), mid_style="phone")
    return body(m, """Hallo,

ich hab mir ein Auto gekauft (gebraucht, Toyota Yaris Hybrid Bj 2021) und
will es am Donnerstag zulassen. Ich brauche dafür die eVB Nummer.

Meine Daten:
Elif Aksoy
geb. 14.11.1996
Thebäerstraße 31, 50823 Köln
Führerschein seit 2015
ich habe schon Hausrat bei Ihnen (HR 6902 7715)

Ich war noch nie selbst versichert, bin bisher über meinen Vater gefahren
(bei der HUK glaub ich). Kann ich da einen Rabatt übernehmen?

Danke!!
Elif""")


@M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "private health insurance (personal line): premium arrears notice to a named policyholder, no medical words")
def _():
    m = hdr("Versicherer Krankenversicherung <kv-beitrag@versicherer.example>",
            "Herrn Sven Oellers <s.oellers@mailfix.example>",
            "Beitragsrückstand Ihrer Krankenversicherung KV 300 118 024", D(2026, 2, 11, 10, 0))
    return body(m, """Sehr geehrter Herr Oellers,

für Ihre private Krankenversicherung KV 300 118 024 (Tarife AmbulantKomfort,
StationärPlus, Pflegepflichtversicherung) sind die Monatsbeiträge für
Dezember 2025 und Januar 2026 in Höhe von insgesamt 1.284,18 € noch offen.

Bitte beachten Sie: Sind Beitragsrückstände in Höhe von zwei Monatsbeiträgen
auch zwei Monate nach Zugang dieser Mahnung nicht ausgeglichen, ruht der
Vertrag nach § 193 Abs. 6 VVG. Sie sind dann nur noch im Notlagentarif
versichert, der Leistungen bei akuten Erkrankungen und Schmerzzuständen
sowie bei Schwangerschaft und Mutterschaft umfasst.

Wenn Sie vorübergehend nicht zahlen können, sprechen Sie uns bitte an – wir
finden gemeinsam eine Lösung (z. B. Ratenzahlung oder Tarifwechsel nach
§ 204 VVG).

Mit freundlichen Grüßen
Ihre Versicherer AG
Beitragsservice Krankenversicherung
Tel. 0221 9870-6400

""" + FOOT)


@M("NORMAL", "de", "insurer-job-ad",
   "trap: job advert with a salary range and 'Geburtsdatum' in the application instructions; no individual")
def _():
    m = hdr("Birgit Haferkamp <birgit.haferkamp@versicherer.example>",
            "stellen@jobportal-rhein.example",
            "Stellenanzeige zur Veröffentlichung: Schadenregulierer Kfz (m/w/d)",
            D(2026, 2, 11, 14, 30))
    return body(m, """Sehr geehrte Damen und Herren,

bitte veröffentlichen Sie folgende Anzeige ab 16.02. für 30 Tage
(Paket Standard, Region Köln/Bonn). Rechnung bitte an die Personalabteilung,
Bestellnummer 4500319007.

------------------------------------------------------------
Schadenregulierer Kraftfahrt (m/w/d) – Köln, Vollzeit/Teilzeit

Sie regulieren Haftpflicht- und Kaskoschäden eigenständig bis 15.000 €,
steuern Gutachter und Werkstätten und sprechen mit Kundinnen, Kunden und
Anspruchstellern – am Telefon, per Mail und im Chat.

Sie bringen mit: Ausbildung als Kaufmann/-frau für Versicherungen und
Finanzen oder vergleichbar, Freude an Technik, sicheres Deutsch.

Wir bieten: 38 Std./Woche, mobiles Arbeiten bis 60 %, Tarifvertrag privates
Versicherungsgewerbe, Jahresgehalt je nach Erfahrung 48.000–58.000 € brutto,
Deutschlandticket, Kantine.

Bewerbung bitte ohne Foto und ohne Angabe von Geburtsdatum oder
Familienstand über karriere.versicherer.example, Kennziffer KS-2026-07.
------------------------------------------------------------

Mit freundlichen Grüßen
""" + SIG["haferkamp"])


@M("CONFIDENTIAL", "de", "insurer-to-assessor",
   "inspection order to an assessor: named policyholder, address, plate and claim number of a hail damage; no injury")
def _():
    m = hdr("Marco Vuković <marco.vukovic@versicherer.example>",
            "Gutachterbüro Kessler <auftrag@sv-kessler.example>",
            "Besichtigungsauftrag KS-2026-021-0877 / Hagel / Frau Bäumer", D(2026, 2, 12, 9, 12),
            mid_style="outlook")
    return body(m, """Sehr geehrter Herr Kessler,

bitte besichtigen Sie in folgender Teilkasko-Sache:

Schaden-Nr.:       KS-2026-021-0877
VN / Halterin:     Gisela Bäumer
Fahrzeug:          Mercedes B 200, BN-GB 741
Standort:          bei der VN, Rheinaustraße 19, 53225 Bonn (Tiefgarage,
                   Stellplatz 12, bitte vorher anrufen: 0228 5550 1934)
Schadenart:        Hagel vom 08.02.2026, Dach und Motorhaube
Vertrag:           40-TK-301 554 2, SB 150 €

Bitte prüfen Sie auch, ob die Delle an der Fahrertür (lt. VN Vorschaden
2024, bereits reguliert) mit eingerechnet wurde. Gutachten bitte bis
27.02. über das Gutachterportal.

Mit freundlichen Grüßen
""" + SIG["vukovic"])


@M("STRICTLY_CONFIDENTIAL", "en", "internal",
   "forwarded English chat: father reports his son's skiing accident with torn knee ligament under accident insurance")
def _():
    m = hdr("Melike Sarıkaya <melike.sarikaya@versicherer.example>",
            "Hanna Wiechert <hanna.wiechert@versicherer.example>",
            "Chat transcript #89102 - ski accident, UV 5109 042", D(2026, 2, 12, 16, 48))
    return body(m, """Hallo Hanna,

Chat auf Englisch, Kunde bittet um Rückruf auf Englisch. Schaden habe ich
noch nicht angelegt, weil unklar ist ob Unfall- oder Auslandskrankenversicherung
vorgeht. Protokoll:

[15:20] Visitor: Hi, my son had a skiing accident in Austria last week and I want to know what our accident insurance covers
[15:21] Melike (Versicherer): I'm sorry to hear that. May I have your name and policy number?
[15:21] Visitor: Mark Feeney, policy UV 5109 042, it's a family policy
[15:22] Visitor: my son is Ethan Feeney, 15
[15:22] Melike (Versicherer): Thank you. What injuries did Ethan have?
[15:24] Visitor: torn ACL in his right knee and a bone bruise. He was treated in Innsbruck and will have surgery in Cologne on the 3rd of March at the Sportklinik
[15:24] Visitor: will he be able to play football again is the big question
[15:25] Melike (Versicherer): I will forward this to our accident claims team, they will call you. Which number?
[15:25] Visitor: +49 172 5550 8840, after 5pm please
[15:26] Melike (Versicherer): Done. You'll hear from us within 2 working days.

Danke!
Melike""")


@M("NORMAL", "en", "insurer-notification",
   "portal notification without content: 'you have a new message', no name, no contract")
def _():
    m = hdr("Versicherer SecureMail <securemail@versicherer.example>",
            "c.ashworth@quickpost.example",
            "New secure message in your Versicherer mailbox / Neue Nachricht",
            D(2026, 2, 13, 7, 2),
            extra=[("Auto-Submitted", "auto-generated")])
    return body(m, """Hello,

a new secure message is waiting for you in your Versicherer mailbox.
Please sign in at https://securemail.versicherer.example to read it.
For your protection this e-mail does not contain the message itself.

Messages are deleted automatically after 90 days.

--
Guten Tag,
in Ihrem Versicherer-Postfach liegt eine neue vertrauliche Nachricht.
Bitte melden Sie sich unter https://securemail.versicherer.example an.

This is an automatically generated e-mail. Please do not reply.""")


@M("CONFIDENTIAL", "de", "customer-to-insurer",
   "customer reports divorce: ex-husband leaves the household policy, new address and new IBAN for the debit")
def _():
    m = hdr("Carina Voßkuhl <carina.vosskuhl@t-mail.example>",
            "sach-privat@versicherer.example",
            "Änderung Hausrat HR 5521 9036 nach Scheidung", D(2026, 2, 16, 7, 58), mid_style="tb")
    return body(m, """Sehr geehrte Damen und Herren,

unsere Ehe ist seit dem 04.02.2026 rechtskräftig geschieden. Der
Hausratvertrag HR 5521 9036 läuft bisher auf meinen früheren Mann Frank
Voßkuhl und mich. Er ist bereits ausgezogen (neue Adresse hat er Ihnen
hoffentlich selbst mitgeteilt) und ist einverstanden, dass ich den Vertrag
allein weiterführe – seine schriftliche Zustimmung kann ich nachreichen.

Bitte ändern Sie:
- Versicherungsnehmerin: nur noch Carina Voßkuhl
- Anschrift bleibt: Rosenweg 8, 51503 Rösrath
- Abbuchung künftig von meinem Konto:
  DE44 6461 5132 6466 0313 32, Kontoinhaberin Carina Voßkuhl
  (das gemeinsame Konto wird zum 28.02. aufgelöst)

Die Wohnfläche ist gleich geblieben, die Versicherungssumme kann so bleiben.

Mit freundlichen Grüßen
Carina Voßkuhl""")


@M("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
   "household burglary claim listing stolen hearing aids: reveals the customer's hearing impairment (health)")
def _():
    m = hdr("Helmut Giesen <helmut.giesen@freenet-post.example>",
            "sach-schaden@versicherer.example",
            "Einbruch - auch meine Hörgeräte weg", D(2026, 2, 16, 10, 42))
    return body(m, """Sehr geehrte Damen und Herren,

bei uns wurde am Wochenende eingebrochen (Anzeige bei der Polizei Bergisch
Gladbach, Az. 0213/26). Hausratversicherung Nr. HR 4012 3378.

Unter anderem wurden meine beiden Hörgeräte gestohlen, die auf dem
Nachttisch in der Ladeschale lagen (Phonak Audéo, rechts und links, 2023
angepasst bei Hörakustik Brandt). Ich bin seit einer Mittelohr-OP 2019
beidseitig schwerhörig (ca. 60 % Hörverlust) und ohne Geräte praktisch
nicht telefonierfähig, deshalb schreibe ich auch per Mail. Die Krankenkasse
hatte damals nur einen Teil bezahlt, meinen Eigenanteil von 3.480 € habe ich
selbst getragen – die Rechnung habe ich noch.

Sind Hörgeräte in der Hausrat mitversichert? Ersatzgeräte brauche ich
dringend.

Weiter fehlen: Fernseher, Schmuck meiner Frau, ca. 300 € Bargeld. Die Liste
schicke ich morgen.

Mit freundlichen Grüßen
Helmut Giesen
Bensberger Str. 140, 51469 Bergisch Gladbach""")


@M("NORMAL", "en", "insurer-to-partner",
   "trap: motor bordereau for the reinsurer with age bands, injury counts and reserves, no names or policy numbers")
def _():
    m = hdr("Rückversicherung <rueckversicherung@versicherer.example>",
            "Annelies de Groot <a.degroot@northsea-re.example>",
            "Motor XL - large loss bordereau Q4 2025", D(2026, 2, 17, 15, 5), mid_style="outlook")
    sheet = xlsx("Motor_XL_bordereau_Q4_2025.xlsx", [
        ("Large losses", [
            ("Loss ref (internal)", "Date of loss", "Region", "Driver age band",
             "Injured persons", "Paid EUR", "Reserve EUR"),
            ("LL-25-031", "2025-10-03", "NRW", "18-24", 2, 412000, 1650000),
            ("LL-25-034", "2025-10-21", "RLP", "65+", 1, 96000, 880000),
            ("LL-25-040", "2025-11-14", "NRW", "35-44", 3, 230500, 2310000),
            ("LL-25-044", "2025-12-02", "HE", "25-34", 0, 1120000, 0),
            ("LL-25-047", "2025-12-19", "NRW", "45-54", 1, 58000, 1040000),
        ]),
        ("Notes", [
            ("Personal injury details are not part of the bordereau; per treaty art. 14 the files can be inspected on site.",),
        ]),
    ])
    return body(m, """Dear Annelies,

please find attached the Q4 2025 large loss bordereau for the motor XL
treaty (losses above the EUR 500k reporting threshold incl. reserves).
As agreed, only age bands and counts of injured persons are shown.

Kind regards,
Reinsurance Accounting
Versicherer AG""", atts=[sheet])


@M("CONFIDENTIAL", "de", "company-to-insurer",
   "previous motor insurer asks about a named person's no-claims class with birth date and plate")
def _():
    m = hdr("Vertragsservice Kraftfahrt <sf-anfragen@nordwest-assekuranz.example>",
            "sf-auskunft@versicherer.example",
            "Vorversicherer-Anfrage SF-Klasse – Gödeke, Alexander", D(2026, 2, 18, 8, 31),
            mid_style="outlook")
    return body(m, """Sehr geehrte Damen und Herren,

Herr Alexander Gödeke, geb. 02.05.1975, wohnhaft Sternstraße 3, 40479
Düsseldorf, hat bei uns zum 01.03.2026 eine Kfz-Haftpflicht- und
Vollkaskoversicherung beantragt (Fahrzeug D-AG 1975). Als Vorversicherer
gibt er Ihr Haus an, Vertrag 40-KH-155 043 9, beendet zum 28.02.2026.

Wir bitten um Bestätigung des Schadenverlaufs gemäß § 5 Abs. 7 AKB bzw.
Anlage zu den Tarifbestimmungen:
- SF-Klasse KH / VK zum Ablauf
- Anzahl und Datum belastender Schäden in den letzten 5 Jahren
- Beginn des schadenfreien Verlaufs

Bitte antworten Sie über das GDV-Verfahren oder an diese Adresse.

Mit freundlichen Grüßen
Vertragsservice Kraftfahrt
Nordwest Assekuranz AG · Graf-Adolf-Platz 9 · 40213 Düsseldorf""")


@M("STRICTLY_CONFIDENTIAL", "de", "internal",
   "internal request to the company doctor: accident claim with fracture, healing status and the disability-degree question")
def _():
    m = hdr("Hanna Wiechert <hanna.wiechert@versicherer.example>",
            "Dr. Annette Fuhrmann <annette.fuhrmann@versicherer.example>",
            "Bitte um Stellungnahme Invalidität – U-25-1833 (Schlüter)", D(2026, 2, 18, 13, 26),
            mid_style="outlook")
    return body(m, """Liebe Frau Dr. Fuhrmann,

könnten Sie bitte in folgender Sache zur Invalidität Stellung nehmen?

VN/versicherte Person: Monika Schlüter, geb. 1967, UV 5088 210
Unfall: 12.03.2025, Sturz auf Glatteis
Verletzung: distale Radiusfraktur rechts (S52.51), OP mit Plattenosteo-
synthese im EVK Köln-Weyertal, Metallentfernung 11/2025
Aktueller Befund (Dr. Mäurer, Orthopäde, 20.01.2026): Beugung/Streckung
Handgelenk 40-0-45 (Gegenseite 70-0-65), Kraftminderung, belastungsabhängige
Schmerzen, radiologisch knöchern konsolidiert.
Die VN macht eine Invalidität von 3/7 Handwert geltend.

Meine Frage: Ist die Einschätzung nach Gliedertaxe "Hand im Handgelenk"
aus Ihrer Sicht plausibel, oder brauchen wir ein Gutachten? Die 15-Monats-
Frist endet am 12.06.2026.

Die Unterlagen liegen in der E-Akte.

Vielen Dank und viele Grüße
Hanna Wiechert""")


@M("NORMAL", "de", "supplier-to-insurer",
   "trap: supplier GmbH announces its new company bank account (IBAN); company data only")
def _():
    m = hdr("Buchhaltung Glas-Express <buchhaltung@glas-express-rhein.example>",
            "kreditoren@versicherer.example",
            "Neue Bankverbindung ab 01.03.2026", D(2026, 2, 19, 9, 0))
    return body(m, """Sehr geehrte Damen und Herren,

wir wechseln unsere Hausbank. Bitte überweisen Sie Rechnungen der Glas-Express
Rhein GmbH (Notverglasungen, Glasreparaturen im Rahmen des Partnernetzes)
ab dem 01.03.2026 nur noch auf folgendes Konto:

Kontoinhaber: Glas-Express Rhein GmbH
IBAN: DE46 4591 3849 1306 1909 73
BIC: RHBKDEXX459

Die bisherige Bankverbindung bleibt bis 31.03.2026 bestehen.
Zur Sicherheit bestätigen wir die Änderung zusätzlich per Brief mit
Unterschrift der Geschäftsführung.

Mit freundlichen Grüßen
Glas-Express Rhein GmbH
Buchhaltung
Industriestraße 44 · 50389 Wesseling
HRB 22918 AG Köln · USt-IdNr. DE318877120""")


@M("CONFIDENTIAL", "en", "customer-to-insurer",
   "delayed baggage claim under travel insurance: named traveller, policy, PIR reference, purchases and IBAN; no health")
def _():
    m = hdr("Sophie Lindqvist <sophie.lindqvist@quickpost.example>",
            "reise@versicherer.example",
            "Delayed baggage - policy RG 2209 771", D(2026, 2, 20, 18, 12), mid_style="tb")
    return body(m, """Hello,

I'm claiming under my travel insurance (policy RG 2209 771, annual travel
package, policyholder Sophie Lindqvist).

My suitcase did not arrive on flight EW 9582 Cologne-Lisbon on 14 Feb. The
airline's Property Irregularity Report is LISEW14552. It was delivered to my
hotel only on 17 Feb, 3 days later.

In the meantime I had to buy clothes and toiletries for EUR 286.30 (receipts
are scanned, I can send them). The airline paid nothing so far.

Please pay to:
Sophie Lindqvist, IBAN DE18 3751 5678 7821 0993 84

Best,
Sophie Lindqvist
Zülpicher Str. 18, 50674 Köln""")


@M("STRICTLY_CONFIDENTIAL", "de", "relative-to-insurer",
   "son with lasting power of attorney writes that his mother has dementia and moved into a care home; motor and household changes")
def _():
    m = hdr("Andreas Pohlmann <andreas.pohlmann@web-post.example>",
            "service@versicherer.example",
            "Verträge meiner Mutter Ursula Pohlmann – Vorsorgevollmacht anbei", D(2026, 2, 23, 19, 40),
            mid_style="tb")
    vollmacht = pdf("Vorsorgevollmacht_Auszug.pdf", [
        "#Vorsorgevollmacht (Auszug, Seite 1 und 4)",
        "",
        "Ich, Ursula Pohlmann, geb. 08.07.1941, wohnhaft Am Stadtgarten 4, 42859 Remscheid,",
        "erteile hiermit meinem Sohn Andreas Pohlmann, geb. 30.01.1968,",
        "Vollmacht, mich in allen Vermögens-, Renten-, Versicherungs- und",
        "Behördenangelegenheiten zu vertreten ...",
        "",
        "Remscheid, den 14.05.2019",
        "gez. Ursula Pohlmann",
        "Beglaubigt: Notar Dr. W. Steinkamp, UR-Nr. 1144/2019",
    ])
    return body(m, """Sehr geehrte Damen und Herren,

meine Mutter, Ursula Pohlmann, ist bei Ihnen mit einer Kfz-Versicherung
(40-KH-049 227 1, VW Golf RS-UP 41) und einer Hausratversicherung
(HR 3309 1420) versichert.

Bei ihr wurde im Herbst eine Alzheimer-Demenz diagnostiziert; seit dem
01.02.2026 lebt sie im Seniorenzentrum St. Josef, Remscheid-Lennep, mit
Pflegegrad 3. Autofahren kommt nicht mehr in Frage, den Führerschein hat
sie freiwillig abgegeben.

Ich habe eine notarielle Vorsorgevollmacht (Auszug anbei) und bitte Sie:
1. die Kfz-Versicherung zum Verkauf des Wagens am 28.02. zu beenden,
2. die Hausratversicherung auf ihr Zimmer im Seniorenzentrum umzustellen
   oder, falls das nicht sinnvoll ist, zu kündigen.

Post bitte künftig an mich: Andreas Pohlmann, Kölner Str. 99, 42897
Remscheid.

Vielen Dank und freundliche Grüße
Andreas Pohlmann""", atts=[vollmacht])


@M("NORMAL", "de", "insurer-to-broker",
   "invitation with calendar file to a broker webinar on the secure-mail portal; no personal data")
def _():
    m = hdr("Lars Tiedemann <lars.tiedemann@versicherer.example>",
            "makler-west@versicherer.example",
            "Einladung: Webinar SecureMail & Maklerpostfach, 05.03.2026", D(2026, 2, 24, 11, 0),
            mid_style="outlook")
    cal = ics("Webinar_SecureMail.ics", """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Versicherer AG//Maklerbetreuung//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:webinar-securemail-20260305@versicherer.example
DTSTAMP:20260224T100000Z
DTSTART:20260305T090000Z
DTEND:20260305T100000Z
SUMMARY:Webinar SecureMail & Maklerpostfach
DESCRIPTION:Einwahl über den Link in der Einladung. Themen: Registrierung\\,
  Zertifikate\\, Abruf per MVP.
LOCATION:Online
END:VEVENT
END:VCALENDAR""")
    return body(m, """Liebe Maklerpartnerinnen und Maklerpartner,

viele von Ihnen haben nach dem Umstieg auf das neue Maklerpostfach Fragen
gestellt. Wir bieten deshalb ein Webinar an:

Donnerstag, 05.03.2026, 10:00–11:00 Uhr
- Registrierung und Einmal-Passwort
- Nutzer in Ihrer Firma anlegen und sperren (Makleradministrator)
- Zertifikat hinterlegen: Mails direkt verschlüsselt empfangen
- Elektronische Vermittlerpost per Schnittstelle ins MVP holen

Den Termin finden Sie im Anhang, der Einwahllink folgt am Vortag.

Beste Grüße
""" + SIG["tiedemann"], atts=[cal])


@M("CONFIDENTIAL", "de", "insurer-to-customer",
   "no-claims certificate for a named departing customer; the PDF adds his birth date, licence date, SF classes and claims")
def _():
    m = hdr("Jana Pietsch <jana.pietsch@versicherer.example>",
            "Moritz Hengstebeck <moritz.hengstebeck@web-post.example>",
            "AW: Bescheinigung Schadenfreiheitsrabatt", D(2026, 2, 25, 10, 4),
            mid_style="outlook")
    sf = pdf("SF-Bescheinigung_40-KH-121_880_4.pdf", [
        "Versicherer AG · Kraftfahrtversicherung · Lindenhof 7 · 50667 Köln",
        "",
        "#Bescheinigung über den Schadenverlauf",
        "",
        "Versicherungsnehmer: Moritz Hengstebeck, geb. 19.10.1990",
        "Anschrift: Im Ferkulum 9, 50678 Köln",
        "Vertrag: 40-KH-121 880 4, Fahrzeug K-MH 1910 (Audi A3 Sportback)",
        "Versicherungsbeginn: 01.04.2012 · Vertragsende: 31.03.2026",
        "Fahrerlaubnis Klasse B seit: 22.11.2008",
        "",
        "Schadenfreiheitsklasse bei Vertragsende:",
        "  Kfz-Haftpflicht: SF 12 (50 %)",
        "  Vollkasko: SF 9 (41 %)",
        "Belastende Schäden in den letzten 5 Kalenderjahren: 1 (Haftpflicht, 14.08.2022)",
        "",
        "Diese Bescheinigung dient der Vorlage beim Nachversicherer.",
        "Köln, 25.02.2026",
    ])
    return body(m, """Hallo Herr Hengstebeck,

wie gewünscht die Bescheinigung im Anhang. Schade, dass Sie uns verlassen –
falls der neue Dienstwagen-Deal doch nicht klappt, melden Sie sich gern.

Viele Grüße
Jana Pietsch

> Von: Moritz Hengstebeck
> Gesendet: Dienstag, 24. Februar 2026 21:15
> Betreff: Bescheinigung Schadenfreiheitsrabatt
>
> Hallo Frau Pietsch, ich bekomme ab April einen Firmenwagen und will meinen
> Rabatt bei der neuen Versicherung meiner Frau anrechnen lassen. Können Sie
> mir die SF-Bescheinigung schicken? Danke, M. H.""", atts=[sf])


@M("NORMAL", "de", "internal",
   "IT maintenance notice for the claims system; no personal data")
def _():
    m = hdr("IT-Betrieb <it-betrieb@versicherer.example>",
            "alle-schaden@versicherer.example",
            "Wartungsfenster Schadensystem KS: Sa 07.03.2026, 06:00–14:00", D(2026, 2, 26, 16, 30))
    return body(m, """Liebe Kolleginnen und Kollegen,

am Samstag, 07.03.2026, aktualisieren wir das Schadensystem KS auf Release
26.1. Zwischen 06:00 und 14:00 Uhr sind KS, das Gutachterportal und die
Zahlungsfreigabe nicht erreichbar. Die Telefonie ist nicht betroffen;
Schadenmeldungen aus dem Service-Center werden im Ersatzformular erfasst
und am Montag nachgetragen.

Neu im Release: Dublettenprüfung bei Bankverbindungen, neue Maske für
Werkstattrechnungen, schnellere Suche über Kennzeichen.

Bei Fragen: Hotline -7000.

Viele Grüße
IT-Betrieb""")


@M("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
   "trip cancellation because the customer's mother died suddenly of a heart attack: cause of death is health data")
def _():
    m = hdr("Dirk Wallraff <dirk.wallraff@mailfix.example>",
            "reise@versicherer.example",
            "Stornierung Reise wegen Todesfall – RR 551 032 88", D(2026, 2, 27, 8, 44), mid_style="tb")
    return body(m, """Sehr geehrte Damen und Herren,

meine Frau und ich mussten unsere Reise nach Madeira (Abflug 28.02.,
Buchungsnummer TUX-4417820) stornieren. Meine Mutter, Hildegard Wallraff,
ist am 24.02. völlig unerwartet an einem Herzinfarkt gestorben, sie war
79 und bis dahin fit. Die Beerdigung ist am 06.03.

Wir haben eine Reiserücktrittsversicherung bei Ihnen (RR 551 032 88). Die
Sterbeurkunde und die Stornorechnung des Veranstalters (2.340 €) reiche ich
ein, sobald ich sie habe. Reicht die Sterbeurkunde oder brauchen Sie auch
etwas vom Arzt?

Mit freundlichen Grüßen
Dirk Wallraff""")


@M("NORMAL", "en", "prospect-to-insurer",
   "prospective expat asks in general whether personal liability insurance is mandatory in Germany; no personal data")
def _():
    m = hdr("Aiko Tanaka <aiko.tanaka@quickpost.example>",
            "international@versicherer.example",
            "Is liability insurance mandatory?", D(2026, 3, 2, 3, 17), mid_style="phone")
    return body(m, """Hello,

I will move to Germany for a PhD position in autumn. Several people told me
I "must" have Haftpflichtversicherung. Is that a legal requirement or just
strongly recommended? Do you offer contracts in English, and can I cancel
when I leave the country again?

Thank you!
Aiko""")


@M("CONFIDENTIAL", "de", "internal",
   "harmless body; the attached CSV lists returned direct debits with names, IBANs, policy numbers and amounts")
def _():
    m = hdr("Renate Bogusch <renate.bogusch@versicherer.example>",
            "Team Inkasso Sach <inkasso-sach@versicherer.example>",
            "Rückläufer KW 9 zum Abarbeiten", D(2026, 3, 2, 8, 15), mid_style="outlook")
    data = """Vertrag;Sparte;Name;Vorname;IBAN;Betrag;Rueckgabegrund;Datum
HR 5530 2871;Hausrat;Weidenfeller;Jonas;DE33202451910931869824;14,87;AC04 Konto erloschen;02.03.2026
40-KH-200 117 4;Kfz;Oktay;Serkan;DE78169198846153166124;63,20;MS03 Widerspruch;02.03.2026
WG 2209174;Wohngebaeude;Hambloch;Dieter;DE87116568790993020528;195,00;AM04 Deckung;02.03.2026
PH 2017 553 0;Haftpflicht;Rademacher;Ute;DE13649562875318629848;7,45;AM04 Deckung;02.03.2026
RS 61-200 390;Rechtsschutz;Kowalczyk;Tomasz;DE16519173413971961631;24,90;MD07 Kontoinhaber verstorben;02.03.2026
"""
    return body(m, """Morgen zusammen,

anbei die Rückläufer aus KW 9. Bitte wie üblich aufteilen (A–K Jessica,
L–Z Murat). Bei "verstorben" bitte nicht mahnen, sondern an Vertrag geben.

Renate""", atts=[csvatt("Ruecklaeufer_KW09_2026.csv", data, encoding="cp1252", subtype="vnd.ms-excel")])


@M("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
   "motor policy cancellation because the customer lost his sight to macular degeneration (health reason given)")
def _():
    m = hdr("Heinrich Ebbinghaus <h.ebbinghaus@freenet-post.example>",
            "kfz-service@versicherer.example",
            "Kündigung Kfz Versicherung", D(2026, 3, 3, 9, 55))
    return body(m, """Sehr geehrte Damen und Herren

Hiermit kündige ich meine Kfz Versicherung Nr 40-KH-011 902 6 für den
Opel Meriva (LEV-HE 33) zum nächstmöglichen Zeitpunkt.

Der Augenarzt hat mir wegen meiner feuchten Makuladegeneration das
Autofahren untersagt, auf dem rechten Auge sehe ich nur noch 20 Prozent
und die Spritzen helfen nicht mehr richtig. Meine Tochter schreibt diese
Mail für mich. Das Auto wird am 15.3. an einen Händler verkauft.

Bitte bestätigen Sie mir die Kündigung schriftlich.

Mit freundlichen Grüßen
Heinrich Ebbinghaus
Leverkusen-Opladen""", charset="iso-8859-15", cte="quoted-printable")


@M("NORMAL", "de", "insurer-to-broker",
   "trap: motor premium table by driver age and SF class for a broker; generic tariff data, no person")
def _():
    m = hdr("Lars Tiedemann <lars.tiedemann@versicherer.example>",
            "Bianca Rehse <b.rehse@finanzkontor-nord.example>",
            "AW: Beitragsübersicht junge Fahrer", D(2026, 3, 3, 14, 2), mid_style="outlook")
    sheet = xlsx("Kfz_Beitragsmatrix_Fahreralter_SF.xlsx", [
        ("KH Jahresbeitrag", [
            ("Fahreralter \\ SF", "SF 0", "SF 1/2", "SF 1", "SF 3", "SF 5", "SF 10"),
            ("18-20", 1890, 1420, 1180, 990, 860, None),
            ("21-24", 1510, 1140, 950, 800, 690, None),
            ("25-29", 1020, 780, 650, 560, 490, 380),
            ("30-59", 820, 610, 510, 440, 390, 300),
            ("60-69", 880, 650, 545, 470, 410, 315),
            ("70+", 990, 740, 620, 530, 460, 350),
        ]),
        ("Annahmen", [
            ("Golf 8 1.5 TSI, Regionalklasse 7, 12.000 km, Garage, jährliche Zahlung, Tarif KompaktPlus 2026",),
            ("Unverbindliche Richtwerte, kein Angebot",),
        ]),
    ])
    return body(m, """Hallo Frau Rehse,

wie am Telefon besprochen: die Matrix für Ihre Beratungsgespräche mit Eltern
junger Fahrer. Alles Musterwerte auf Basis eines Golf, keine echten Fälle.
Für konkrete Kunden bitte wie immer über den Tarifrechner.

Gruß
Lars Tiedemann""", atts=[sheet])


@M("CONFIDENTIAL", "de", "customer-to-insurer",
   "storm damage to a named customer's house under buildings insurance; roofer's quote (DOCX) with address and policy no.")
def _():
    m = hdr("Familie Tönnies <toennies.haus@heimnetz.example>",
            "sach-schaden@versicherer.example",
            "Sturmschaden Dach – Kostenvoranschlag", D(2026, 3, 4, 18, 26))
    kv = docx("KV_Dachdeckerei_Stroemer_2026-031.docx", [
        "# Dachdeckerei Strömer GmbH – Kostenvoranschlag Nr. 2026-031",
        "Auftraggeber: Herr und Frau Ralf und Petra Tönnies, Am Hang 12, 51789 Lindlar",
        "Objekt: Einfamilienhaus, Satteldach, Betondachsteine",
        "Versicherung: Versicherer AG, Wohngebäude WG 1877 402",
        "Schaden: Sturm vom 26.02.2026, ca. 18 m² Eindeckung abgedeckt, Firstziegel lose",
        "Die Notabdeckung mit Plane ist am 27.02.2026 erfolgt.",
    ], table=[
        ("Pos.", "Leistung", "Menge", "EUR"),
        ("1", "Notabdeckung Plane inkl. Anfahrt", "1 psch", "385,00"),
        ("2", "Gerüst / Dachleiter stellen", "1 psch", "640,00"),
        ("3", "Betondachsteine neu eindecken", "18 m²", "1.476,00"),
        ("4", "Firstziegel neu vermörteln", "9 lfm", "495,00"),
        ("", "Summe netto", "", "2.996,00"),
        ("", "19 % MwSt.", "", "569,24"),
        ("", "Summe brutto", "", "3.565,24"),
    ])
    return body(m, """Guten Abend Frau Lammers,

wie telefonisch besprochen hier der Kostenvoranschlag vom Dachdecker für
den Sturmschaden (Wohngebäude WG 1877 402). Fotos hatte ich letzte Woche
schon geschickt. Die Plane liegt seit dem 27. drauf, es regnet nicht mehr
rein. Dürfen wir den Auftrag schon erteilen?

Viele Grüße
Ralf Tönnies
Am Hang 12, 51789 Lindlar""", atts=[kv])


@M("STRICTLY_CONFIDENTIAL", "de", "broker-to-insurer",
   "broker pastes the health-question answers of an occupational-disability application (back pain, psychotherapy)")
def _():
    m = hdr("Sascha Limbach <s.limbach@limbach-versicherungen.example>",
            "Antrag Leben <antrag-leben@versicherer.example>",
            "Risikovoranfrage BU – Kundin Fr. Heuser (anonymisiert geht leider nicht)",
            D(2026, 3, 5, 10, 40), mid_style="outlook")
    return body(m, """Hallo zusammen,

ich bitte um eine Risikovoranfrage für eine selbständige BU:

Kundin: Franziska Heuser, geb. 23.08.1993, Ergotherapeutin (angestellt,
100 % Praxis), BU-Rente 1.800 € mtl., Endalter 67
Bruttojahreseinkommen: 41.500 €

Gesundheitsfragen (lt. Selbstauskunft der Kundin):
Frage 3 (ambulante Behandlungen letzte 5 Jahre):
 - 2022: LWS-Syndrom, 8x Physiotherapie, beschwerdefrei seit 2023
 - 2023: Anpassungsstörung nach Trennung, 14 Sitzungen Verhaltenstherapie
   bei Dipl.-Psych. Reuter, Abschluss 02/2024, keine Medikamente
Frage 5 (stationär): 2019 Appendektomie, komplikationslos
Frage 7 (AU > 14 Tage): 2023, 5 Wochen wegen der Anpassungsstörung
Größe/Gewicht: 168 cm / 61 kg, Nichtraucherin

Wäre eine normale Annahme möglich, oder mit Ausschluss Psyche? Dann würde
die Kundin eher woanders abschließen.

Danke und Gruß
Sascha Limbach
Limbach Versicherungen e.K. · Hauptstraße 61 · 53604 Bad Honnef""")


@M("NORMAL", "de", "press-release",
   "trap: press release with aggregated bicycle-theft claim counts and average payouts; nobody identifiable")
def _():
    m = hdr("Carolin Eschweiler <carolin.eschweiler@versicherer.example>",
            "presseverteiler@versicherer.example",
            "Pressemitteilung: Fahrraddiebstahl 2025 – E-Bikes treiben die Schäden",
            D(2026, 3, 5, 11, 0), mid_style="outlook")
    return body(m, """PRESSEMITTEILUNG – zur sofortigen Veröffentlichung

Köln, 5. März 2026. Die Versicherer AG hat 2025 rund 14.200 gestohlene
Fahrräder reguliert, 6 % mehr als im Vorjahr. Der durchschnittliche Schaden
stieg auf 1.180 Euro (2024: 1.020 Euro). Mehr als jedes dritte gestohlene
Rad war ein E-Bike; hier lag die durchschnittliche Entschädigung bei 2.640
Euro.

Die meisten Diebstähle meldeten Kundinnen und Kunden aus Köln, Düsseldorf
und Münster. Besonders häufig verschwinden Räder aus Kellern und
Fahrradräumen von Mehrfamilienhäusern.

"Ein gutes Bügelschloss und die Rahmennummer im Handy sparen im Ernstfall
viel Ärger", sagt Ole Sandmann, Experte für Fahrradversicherung bei der
Versicherer AG.

Pressekontakt:
""" + SIG["eschweiler"])


@M("CONFIDENTIAL", "en", "broker-to-insurer",
   "UK broker and insurer discuss a named client's classic car: DOB, agreed value, plate and garaging address in a > quoted chain")
def _():
    m = hdr("Graham Whitlock <g.whitlock@harrowbrokers.example>",
            "Fiona Brennecke <fiona.brennecke@versicherer.example>",
            "Re: Classic car - Mr Hartley's E-Type", D(2026, 3, 6, 9, 12), mid_style="outlook",
            in_reply_to="<CAF0001.hartley@versicherer.example>")
    return body(m, """Hi Fiona,

agreed value of EUR 145,000 is fine with him, thanks. Please go ahead and
issue the H-plate policy from 1 April. He will pay annually by card.

Graham

> On 5 Mar 2026, at 16:40, Fiona Brennecke wrote:
>
> Dear Graham,
>
> thank you for the valuation report. For Mr Hartley's Jaguar E-Type
> Series 1 (1963), German plate K-JH 63H, garaged at Haus Rosenhügel,
> Bergstraße 2, 53797 Lohmar, we can offer an agreed value of EUR 145,000
> (report says 150k, our max without a second report is 145k).
> Annual mileage limit 3,000 km, no commuting.
>
> Policyholder: Jonathan Hartley, DOB 02/09/1958, British national
> Driving licence: UK since 1976, exchanged to German licence 2019
> Claims history: none in the past 10 years
>
> Premium: EUR 1,284.00 p.a. incl. insurance tax.
>
> Kind regards
> Fiona""")


@M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
   "travel health reimbursement to a named customer listing doctor visit, antibiotics and pharmacy receipts abroad")
def _():
    m = hdr("Fiona Brennecke <fiona.brennecke@versicherer.example>",
            "Mr Tomás Ferreira <tomas.ferreira@quickpost.example>",
            "Your travel health claim RK-S 2026-0199 - settlement", D(2026, 3, 9, 14, 20),
            mid_style="outlook")
    return body(m, """Dear Mr Ferreira,

we have checked the receipts you sent for your treatment in Lisbon
(15-18 February 2026) under your travel health insurance RK 7780 552:

  Consultation Clínica São Roque, 15 Feb, diagnosis: acute bronchitis   EUR  95.00
  Chest X-ray, 16 Feb                                                    EUR 120.00
  Farmácia Estrela: amoxicillin/clavulanic acid, inhaler (salbutamol)   EUR  38.70
  Taxi to and from the clinic                                            EUR  24.00
                                                                        ----------
  Reimbursable                                                           EUR 277.70

The taxi costs are not covered under your tariff, so we will transfer
EUR 253.70 to your account ending in ...0812 within the next three working
days.

Get well soon.

Kind regards,
""" + SIG["brennecke"] + "\n\n" + FOOT_EN)


@M("NORMAL", "de", "broker-to-insurer",
   "broker asks for the current legal-expenses policy conditions; no customer data")
def _():
    m = hdr("Sascha Limbach <s.limbach@limbach-versicherungen.example>",
            "Lars Tiedemann <lars.tiedemann@versicherer.example>",
            "ARB 2026?", D(2026, 3, 9, 16, 51), mid_style="outlook")
    return body(m, """Hallo Lars,

habt ihr die neuen ARB 2026 schon als PDF? Im Portal finde ich nur die 2023er
Bedingungen und das Produktinformationsblatt vom letzten Jahr. Mich interessiert
vor allem, ob die Wartezeit beim Arbeits-RS jetzt wirklich auf 3 Monate
runtergeht und wie es mit Mediation aussieht.

Gruß Sascha""")


@M("CONFIDENTIAL", "de", "insurer-to-customer",
   "confirmation of personal liability cover for a named tenant, addressed to her and meant for the landlord")
def _():
    m = hdr("Service Privatkunden <service@versicherer.example>",
            "Lea Marie Siebert <leamarie.siebert@web-post.example>",
            "Ihre Versicherungsbestätigung Privathaftpflicht", D(2026, 3, 10, 8, 30))
    return body(m, """Guten Tag Frau Siebert,

wie gewünscht bestätigen wir Ihnen zur Vorlage bei Ihrem Vermieter:

  Versicherungsnehmerin: Lea Marie Siebert
  Anschrift: Brüsseler Straße 66, 50674 Köln
  Vertrag: Privathaftpflicht PH 2301 776 4, Tarif Komfort
  Versicherungsbeginn: 01.10.2024, ungekündigt
  Deckungssumme: 20 Mio. € pauschal für Personen-, Sach- und
  Vermögensschäden
  Mietsachschäden an Wohnräumen: mitversichert bis 1 Mio. €
  Beitrag bezahlt bis: 30.09.2026

Diese Bestätigung ersetzt keinen Versicherungsschein.

Freundliche Grüße
Ihr Service-Team Privatkunden
Versicherer AG""")


@M("STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
   "glass breakage claim in which the expat describes falling through the patio door and having his arm stitched in hospital")
def _():
    m = hdr("Ben Okafor <ben.okafor@mailfix.example>",
            "sach-schaden@versicherer.example",
            "Broken patio door + accident", D(2026, 3, 10, 21, 9), mid_style="phone")
    return body(m, """hi,

i have household + glass cover with you (HR 7741 0026, Ben Okafor). on
sunday i slipped on the wet floor and fell against the glass of our patio
door, the whole pane shattered. i cut my left forearm quite badly, my wife
drove me to the ER at Uniklinik, they stitched it (11 stitches) and checked
the tendons, luckily ok. i'm on antibiotics and off work until next week.

the glazier says the pane (double glazing 2.10 x 1.20 m) costs ~780 EUR.
does the glass insurance pay for that? and is there anything for the
injury or is that only with accident insurance?

thanks, ben
Sülzburgstr. 7, Köln""")


@M("NORMAL", "de", "internal",
   "trap: anonymised court decisions (Kläger/Beklagte, no names) summarised for legal-expenses staff")
def _():
    m = hdr("Sevgi Aydın <sevgi.aydin@versicherer.example>",
            "team-rechtsschutz@versicherer.example",
            "Rechtsprechung kompakt 03/2026", D(2026, 3, 11, 12, 0), mid_style="outlook")
    return body(m, """Liebe Kolleginnen und Kollegen,

drei Entscheidungen, die für unsere Deckungsprüfung interessant sind
(alle aus juris, anonymisiert):

1. BGH, Urt. v. 14.01.2026 – IV ZR 88/25: Der Rechtsschutzfall im
   Arbeitsrecht tritt bereits mit der ersten Abmahnung ein, wenn die spätere
   Kündigung darauf gestützt wird. Die Klägerin (Pflegehelferin, 52 J.)
   hatte den Vertrag erst nach der Abmahnung abgeschlossen – Deckung zu
   Recht abgelehnt.

2. OLG Köln, Beschl. v. 02.12.2025 – 9 U 131/25: Kosten eines
   Privatgutachtens im Nachbarstreit sind nur erstattungsfähig, wenn das
   Gericht es verwertet.

3. LG Bonn, Urt. v. 20.11.2025 – 10 O 55/25: Mutwilligkeit bei Klage über
   210 € Mietminderung verneint, weil der Kläger (Rentner) andere Mittel
   ausgeschöpft hatte.

Volltexte liegen im Wissensordner "RS/Rechtsprechung".

Viele Grüße
Sevgi""")


@M("CONFIDENTIAL", "de", "company-to-insurer",
   "body shop sends its invoice for a named customer's car repair with plate, claim number and cession of claim")
def _():
    m = hdr("Autohaus Brenken – Serviceannahme <service@autohaus-brenken.example>",
            "werkstattrechnungen@versicherer.example",
            "Rechnung 2026-1187 / Schaden KS-2026-006-0311 / K-AD 2291", D(2026, 3, 11, 15, 33))
    rg = pdf("Rechnung_2026-1187.pdf", [
        "Autohaus Brenken GmbH · Venloer Str. 455 · 50825 Köln",
        "",
        "#Rechnung Nr. 2026-1187",
        "Datum: 11.03.2026",
        "Kunde: Frau Ayşe Demirel, Subbelrather Str. 210, 50823 Köln",
        "Fahrzeug: VW Polo, K-AD 2291, FIN WVWZZZAWZKU084417",
        "Schadennummer Versicherer: KS-2026-006-0311 (Haftpflicht Unfallgegner)",
        "Abtretungserklärung der Kundin liegt bei.",
        "",
        "Heckklappe erneuern und lackieren          1.240,00",
        "Stoßfänger hinten erneuern                   610,50",
        "Rückleuchte links                            188,20",
        "Arbeitslohn 11,5 AW                          862,50",
        "Summe netto                                2.901,20",
        "MwSt. 19 %                                   551,23",
        "Gesamtbetrag EUR                           3.452,43",
    ])
    return body(m, """Sehr geehrte Damen und Herren,

anbei unsere Rechnung für die Reparatur des Fahrzeugs Ihrer
Anspruchstellerin Frau Demirel. Die Kundin hat ihren Anspruch an uns
abgetreten, bitte direkt an uns zahlen.

Mit freundlichen Grüßen
Serviceannahme
Autohaus Brenken GmbH""", atts=[rg])


@M("STRICTLY_CONFIDENTIAL", "de", "company-to-insurer",
   "statutory health insurer's recourse claim against the insurer's policyholder for an injured cyclist's hospital treatment")
def _():
    m = hdr("Regress-Team <regress@aok-rheinland-beispiel.example>",
            "schaden-kfz@versicherer.example",
            "Regress § 116 SGB X – Ihr VN Kuhlmann / unser Versicherter Stefan Acar",
            D(2026, 3, 12, 9, 4), mid_style="outlook")
    return body(m, """Sehr geehrte Damen und Herren,

unser Versicherter Stefan Acar, geb. 11.12.1985, wurde am 17.11.2025 in
Köln-Nippes als Radfahrer von dem bei Ihnen haftpflichtversicherten Pkw
K-LK 508 (Halter/Fahrer: Lothar Kuhlmann) erfasst. Ihr Schadenzeichen:
KH-2025-318-2240.

Die Ansprüche unseres Versicherten auf Ersatz der Heilbehandlungskosten sind
nach § 116 SGB X auf uns übergegangen. Bisher sind folgende Kosten angefallen:

  Krankenhausbehandlung Heilig Geist Krankenhaus, 17.–26.11.2025
  (Tibiakopffraktur links, S82.1; Osteosynthese)          11.842,37 €
  Ambulante Weiterbehandlung / Physiotherapie bis 02/2026    1.936,40 €
  Krankengeld 08.12.2025–28.02.2026                         6.215,68 €

Gesamt: 19.994,45 €. Weitere Kosten (Metallentfernung) sind zu erwarten.
Wir bitten um Anerkennung dem Grunde nach und Zahlung binnen vier Wochen.

Mit freundlichen Grüßen
Regress-Team
Gesundheitskasse Rheinland (Beispiel)""")


@M("NORMAL", "en", "partner-to-insurer",
   "invitation to an industry conference on motor claims fraud; company-only")
def _():
    m = hdr("Events <events@claims-forum-europe.example>",
            "marco.vukovic@versicherer.example",
            "Invitation: European Motor Claims Forum, Amsterdam, 21-22 May 2026",
            D(2026, 3, 12, 13, 0),
            extra=[("List-Unsubscribe", "<https://claims-forum-europe.example/unsubscribe>")])
    html = """<html><body style="font-family:Helvetica,Arial">
<h2>European Motor Claims Forum 2026</h2>
<p>21&ndash;22 May 2026 &middot; Amsterdam RAI</p>
<ul>
<li>Staged accidents and organised fraud rings: what the data shows</li>
<li>Photo-based damage assessment &ndash; two years in practice</li>
<li>Repair cost inflation and ADAS calibration</li>
<li>Panel: cross-border claims after the Motor Insurance Directive review</li>
</ul>
<p>Early bird rate EUR 890 until 31 March. Register at claims-forum-europe.example.</p>
</body></html>"""
    text = """European Motor Claims Forum 2026
21-22 May 2026, Amsterdam RAI

- Staged accidents and organised fraud rings: what the data shows
- Photo-based damage assessment - two years in practice
- Repair cost inflation and ADAS calibration
- Panel: cross-border claims after the Motor Insurance Directive review

Early bird rate EUR 890 until 31 March. Register at claims-forum-europe.example."""
    return body(m, text, html=html)


@M("CONFIDENTIAL", "en", "internal",
   "HR letter to a named employee about her new salary and bank account for payroll")
def _():
    m = hdr("Birgit Haferkamp <birgit.haferkamp@versicherer.example>",
            "Natalia Kowalska <natalia.kowalska@versicherer.example>",
            "Your salary adjustment from 1 April 2026", D(2026, 3, 13, 10, 15), mid_style="outlook")
    return body(m, """Dear Natalia,

following your annual review with Mr Sauer's office, I am pleased to confirm
your new salary:

  Position: Data Analyst, Actuarial Department (TG VII, Tarifvertrag
  privates Versicherungsgewerbe, plus individual allowance)
  Monthly gross salary from 1 April 2026: EUR 5,120.00 (previously EUR 4,780.00)
  Variable bonus target: 8 % of annual salary

We have also noted the new bank account you sent us for payroll (ending
...3939 at Kreissparkasse); the change applies from the March payroll.

The formal letter will be in your HR inbox in the employee portal.

Best regards,
Birgit Haferkamp
HR Department""")


@M("STRICTLY_CONFIDENTIAL", "de", "employee-to-internal",
   "an employee tells her team lead she is off sick and names her illness (migraine attacks, neurologist)")
def _():
    m = hdr("Jessica Thelen <jessica.thelen@versicherer.example>",
            "Renate Bogusch <renate.bogusch@versicherer.example>",
            "heute + morgen krank", D(2026, 3, 16, 6, 48), mid_style="phone")
    return body(m, """Guten Morgen Renate,

ich muss mich leider krankmelden, hatte heute Nacht wieder eine
Migräneattacke mit Aura, das dritte Mal diesen Monat. Ich hab morgen um 11
einen Termin beim Neurologen wegen der Prophylaxe (Betablocker oder diese
neuen Spritzen), danach weiß ich mehr. AU kommt über die Kasse.

Meine Rückläufer A–K liegen im Ordner, die mit Frist 18.03. sind gelb
markiert. Kann Murat die übernehmen?

Sorry!
Jessica""")


@M("NORMAL", "de", "internal",
   "trap: health day for all staff with blood-pressure checks and flu jabs; no individual health data")
def _():
    m = hdr("Betriebliches Gesundheitsmanagement <bgm@versicherer.example>",
            "alle-standort-koeln@versicherer.example",
            "Gesundheitstag am 26.03. – Blutdruck, Rückencheck, Grippeimpfung",
            D(2026, 3, 16, 11, 0))
    return body(m, """Liebe Kolleginnen und Kollegen,

am Donnerstag, 26.03.2026, findet von 10 bis 15 Uhr im Foyer Geb. 1 unser
Gesundheitstag statt:

  • Blutdruck- und Blutzuckermessung (anonym, ohne Speicherung)
  • Rückencheck mit dem Team von Physio am Ring
  • Beratung zur Bildschirmbrille durch den betriebsärztlichen Dienst
  • Nachholtermin Grippeimpfung (Impfpass mitbringen)
  • Smoothie-Bar der Kantine

Anmeldung für Rückencheck und Impfung bitte über das Intranet (Zeitfenster à
15 Minuten). Die Teilnahme gilt als Arbeitszeit.

Ergebnisse der Messungen bekommt nur ihr selbst – sie werden weder an die
Personalabteilung noch an Vorgesetzte weitergegeben.

Euer BGM-Team""")


@M("CONFIDENTIAL", "de", "insurer-to-lawyer",
   "third-party debtor declaration to a creditor's lawyer about a named customer's household claim payout (garnishment)")
def _():
    m = hdr("Yvonne Schlichting <yvonne.schlichting@versicherer.example>",
            "Rechtsanwälte Pohl & Weiß <zwangsvollstreckung@pohl-weiss.example>",
            "Drittschuldnererklärung § 840 ZPO – Ihr Az. ZV 1022/25 – Schuldnerin Jacqueline Marx",
            D(2026, 3, 17, 14, 45), mid_style="outlook")
    return body(m, """Sehr geehrte Damen und Herren,

in der Zwangsvollstreckungssache Ihrer Mandantin Mobilfunk West GmbH gegen
Frau Jacqueline Marx, geb. 27.01.1994, Neusser Str. 310, 50733 Köln,
Pfändungs- und Überweisungsbeschluss des AG Köln vom 03.03.2026,
Az. 281 M 1907/26, zugestellt am 09.03.2026, erklären wir gemäß § 840 ZPO:

1. Wir erkennen die gepfändete Forderung als begründet an, soweit sie
   Entschädigungsansprüche aus der Hausratversicherung HR 6640 1185
   (Schaden S-H 2026-01144, Leitungswasser vom 19.01.2026) betrifft. Die
   Entschädigung beträgt voraussichtlich 2.870,00 €.
2. Wir sind zur Zahlung bereit, sobald die Regulierung abgeschlossen ist.
3. Ansprüche anderer Personen: keine bekannt.
4. Weitere Pfändungen: keine.

Beitragsrückerstattungen aus anderen Verträgen der Schuldnerin bestehen
nicht.

Mit freundlichen Grüßen
""" + SIG["schlichting"])


@M("NORMAL", "de", "company-to-insurer",
   "trap: fleet quote for a company's pool cars with plates and VINs but no drivers; the policyholder is a GmbH")
def _():
    m = hdr("Fuhrpark Rheinkraft Energie <fuhrpark@rheinkraft-energie.example>",
            "gewerbe-kfz@versicherer.example",
            "Angebotsanfrage Flotte 2026 (23 Poolfahrzeuge)", D(2026, 3, 18, 9, 30), mid_style="outlook")
    rows = [("Kennzeichen", "Hersteller/Modell", "FIN", "EZ", "Nutzung", "Fahrer")]
    data = [
        ("SU-RK 101E", "VW ID.3", "WVWZZZE1ZNP017441", "03/2022", "Pool Service Nord", "wechselnd"),
        ("SU-RK 102E", "VW ID.3", "WVWZZZE1ZNP017502", "03/2022", "Pool Service Nord", "wechselnd"),
        ("SU-RK 115", "Ford Transit Custom", "WF0YXXTTGYKJ51184", "06/2021", "Montage", "wechselnd"),
        ("SU-RK 116", "Ford Transit Custom", "WF0YXXTTGYKJ51190", "06/2021", "Montage", "wechselnd"),
        ("SU-RK 130E", "Renault Kangoo E-Tech", "VF1FW0ZBC66021193", "01/2024", "Zählerablesung", "wechselnd"),
    ]
    sheet = xlsx("Fuhrpark_Rheinkraft_Auszug.xlsx", [("Fahrzeuge", rows + data),
                                                      ("Schadenverlauf", [
                                                          ("Jahr", "Anzahl Schäden", "Aufwand EUR"),
                                                          (2023, 7, 18400), (2024, 5, 11250), (2025, 6, 14900)])])
    return body(m, """Sehr geehrte Damen und Herren,

die Rheinkraft Energie GmbH (Siegburg) möchte ihre Flotte zum 01.07.2026
neu ausschreiben. Es handelt sich um 23 Poolfahrzeuge (Auszug anbei,
vollständige Liste nach Angebotsabgabe), die nicht einzelnen Mitarbeitenden
zugeordnet sind, sondern von den Teams gebucht werden. Gewünscht: KH
100 Mio., VK mit 500 € SB, Flottenschadenfreiheitsrabatt.

Schadenverlauf der letzten drei Jahre ebenfalls im Anhang.

Mit freundlichen Grüßen
Fuhrparkmanagement
Rheinkraft Energie GmbH · Wilhelmstr. 50 · 53721 Siegburg""", atts=[sheet])


@M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "short reply; only the quoted customer mail says the trip was cancelled because of her chemotherapy")
def _():
    m = hdr("Ole Sandmann <ole.sandmann@versicherer.example>",
            "Birgit Janssen-Rau <b.janssen-rau@heimnetz.example>",
            "AW: Reiserücktritt Kreuzfahrt", D(2026, 3, 19, 10, 22),
            in_reply_to="<8812.janssen@heimnetz.example>")
    return body(m, """Liebe Frau Janssen-Rau,

danke, alles angekommen. Ich melde mich, sobald die Abrechnung durch ist –
das dauert etwa eine Woche.

Alles Gute für Sie!
Ole Sandmann

Am 18.03.2026 um 17:05 schrieb Birgit Janssen-Rau:
> Sehr geehrter Herr Sandmann,
>
> anbei wie besprochen die Bescheinigung meiner Onkologin. Die Chemotherapie
> (6 Zyklen, Mammakarzinom links) hat am 02.03. begonnen und läuft bis
> Ende Juni, an die Kreuzfahrt im Mai ist nicht zu denken. Die Stornokosten
> der Reederei betragen 3.960 € für uns beide, mein Mann reist natürlich
> auch nicht. Versicherung RR 660 218 19.
>
> Mit freundlichen Grüßen
> Birgit Janssen-Rau""")


@M("CONFIDENTIAL", "en", "company-to-insurer",
   "relocation agency requests household and liability cover for a named incoming employee, giving his salary and start date")
def _():
    m = hdr("Mobility Team <mobility@relocate-rhine.example>",
            "international@versicherer.example",
            "New assignee arriving 1 April - insurance package", D(2026, 3, 20, 11, 5),
            mid_style="outlook")
    return body(m, """Dear colleagues,

on behalf of our corporate client Meridian Semiconductors GmbH we are
organising the move of a new assignee to Dresden and would like to arrange
your "Expat Start" package (household contents + personal liability):

  Name:               Mr Arjun Iyer
  Date of birth:      1989-07-14
  Nationality:        Indian
  Start of contract:  1 April 2026, permanent, Principal Engineer
  Annual base salary: EUR 96,000 gross (relevant for your income-based
                      household sum rule, as we understood)
  Address from 28 March: Königsbrücker Str. 51, 01099 Dresden, 3rd floor
  Household: single

Please send the offer to me; Mr Iyer will sign electronically. Invoices go
to the employer (cost centre MS-HR-220).

Kind regards,
Katharina Böhme
Relocate Rhine GmbH, Mobility Services""")


@M("NORMAL", "de", "newsletter",
   "trap: product mail on phone insurance with an example IMEI and purchase date marked as example; no person")
def _():
    m = hdr("Versicherer Newsletter <newsletter@versicherer.example>",
            "newsletter-abonnenten@versicherer.example",
            "Handy kaputt? So schnell geht die Reparatur mit HandySchutz", D(2026, 3, 23, 8, 0),
            extra=[("List-Unsubscribe", "<mailto:newsletter-abmelden@versicherer.example>")])
    html = """<html><body style="font-family:Verdana,sans-serif;font-size:10pt;color:#222">
<h2 style="color:#0a5">Display gesprungen? Kein Drama.</h2>
<p>Mit <b>HandySchutz</b> reparieren unsere Partnerwerkstätten Ihr Smartphone
meist innerhalb von 48 Stunden &ndash; auch bei Wasserschaden und Akkudefekt.</p>
<h3>Was Sie für die Schadenmeldung brauchen</h3>
<ol>
<li>die IMEI (Tastenkombination *#06#), z.&nbsp;B. <i>35 209900 176148 1</i> (Beispiel)</li>
<li>Kaufbeleg mit Datum, z.&nbsp;B. <i>12.05.2025</i></li>
<li>eine kurze Beschreibung, was passiert ist</li>
</ol>
<p>Ab 4,99&nbsp;&euro; im Monat, monatlich kündbar.</p>
<p style="font-size:8pt">Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben.
<a href="https://www.versicherer.example/newsletter/abmelden">Abmelden</a> &middot;
Versicherer AG, Lindenhof 7, 50667 Köln</p>
</body></html>"""
    return body(m, html=html)


@M("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
   "motor claim in which the diabetic driver says a hypoglycaemia caused him to hit a parked car")
def _():
    m = hdr("Jürgen Brochhagen <j.brochhagen@t-mail.example>",
            "schaden-kfz@versicherer.example",
            "Schaden vom 21.03. – geparktes Auto gestreift", D(2026, 3, 23, 15, 12))
    return body(m, """Sehr geehrte Damen und Herren,

ich muss leider einen Schaden melden. Am Samstag, 21.03., habe ich in der
Bergstraße in Overath beim Vorbeifahren einen geparkten Seat Ibiza (GL-SM 422,
Halterin Frau Sabine Mertens) an der ganzen linken Seite gestreift.

Ich will ehrlich sein: Ich bin seit 20 Jahren Typ-1-Diabetiker und hatte in
dem Moment eine Unterzuckerung, die ich zu spät gemerkt habe (Sensor hat
wohl falsch gemessen). Ich habe danach sofort angehalten, Traubenzucker
genommen und Frau Mertens geklingelt. Polizei war da, ein Bluttest wurde
gemacht. Verletzt wurde niemand.

Mein Vertrag: 40-KH-140 662 9, BMW 318d GL-JB 770.

Meine Diabetologin hat mir geraten, bis zur Neueinstellung der Pumpe nicht
zu fahren, daran halte ich mich.

Mit freundlichen Grüßen
Jürgen Brochhagen
Overath""")


@M("NORMAL", "de", "insurer-to-broker",
   "trap: commission statement for a broker GmbH with the firm's IBAN and amounts; company data only")
def _():
    m = hdr("Provisionsabrechnung <provision@versicherer.example>",
            "Finanzkontor Nord <buchhaltung@finanzkontor-nord.example>",
            "Provisionsabrechnung 02/2026 – Vermittlernummer 0441-7720", D(2026, 3, 24, 6, 0),
            extra=[("Auto-Submitted", "auto-generated")])
    text = """Provisionsabrechnung Februar 2026
Vermittler: Finanzkontor Nord GmbH & Co. KG, Vermittlernummer 0441-7720

Sparte                 Abschluss   Bestand   Storno    Summe
Kraftfahrt              1.240,10    812,44   -96,20   1.956,34
Sach Privat               388,00    241,19     0,00     629,19
Haftpflicht/Unfall*       210,50     97,80   -12,40     295,90
Rechtsschutz              144,00     61,30     0,00     205,30
                                                     --------
Gesamt                                                3.086,73 EUR

Auszahlung am 27.03.2026 auf:
Finanzkontor Nord GmbH & Co. KG, IBAN DE32 1970 5634 9944 6279 19

* Sammelposition Produktgruppe, keine Einzelverträge
Die Einzelaufstellung finden Sie im Maklerportal unter Abrechnungen.

Dies ist eine automatisch erstellte Nachricht."""
    return body(m, text)


@M("CONFIDENTIAL", "de", "customer-to-insurer",
   "legal-expenses customer asks about a hedge dispute with a named neighbour; contract number, no health")
def _():
    m = hdr("Wilfried Esser <wilfried.esser@freenet-post.example>",
            "rechtsschutz@versicherer.example",
            "Nachbar und die Hecke", D(2026, 3, 24, 19, 37), mid_style="tb")
    return body(m, """Guten Tag,

ich bin bei Ihnen rechtsschutzversichert (Vertrag 61-RS-140 082, mit
Wohnungs- und Grundstücksrechtsschutz).

Mein Nachbar, Herr Gregor Pütz (Hauptstraße 14a, Kürten), hat eine
Thujahecke direkt an der Grenze auf inzwischen gut 4 m wachsen lassen.
Unser Garten liegt den ganzen Nachmittag im Schatten. Gespräche bringen
nichts, er hat mir jetzt schriftlich mitgeteilt, dass er "gar nichts"
schneiden wird. Die Schiedsperson der Gemeinde hat einen Termin für den
14.04. angesetzt.

Zahlt die Versicherung das Schlichtungsverfahren und ggf. einen Anwalt?
Wie hoch ist meine Selbstbeteiligung?

Mit freundlichen Grüßen
Wilfried Esser
Hauptstraße 16, 51515 Kürten""")


@M("STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
   "expat asks whether his private health insurance covers his wife's pregnancy and delivery; personal line with pregnancy")
def _():
    m = hdr("Lucas Moreau <lucas.moreau@quickpost.example>",
            "kranken@versicherer.example",
            "Pregnancy cover under our health insurance?", D(2026, 3, 25, 8, 11), mid_style="tb")
    return body(m, """Dear Sir or Madam,

my wife Camille Moreau and I are both insured with you under private health
insurance (my policy KV 300 221 509, she is co-insured under the same
number since January 2025, tariff "ExpatPremium Ambulant/Stationär").

We just found out that Camille is pregnant, 9th week, expected date of
delivery 28 October 2026. Her gynaecologist (Dr. Lenz, Ehrenfeld) has
classified it as a high-risk pregnancy because of a previous miscarriage.

Could you please confirm:
- that prenatal check-ups and the additional ultrasounds are covered,
- whether there is a waiting period for delivery costs (she joined 14
  months ago),
- whether the newborn can be added without health questions.

Many thanks,
Lucas Moreau""")


@M("NORMAL", "en", "broker-to-insurer",
   "UK broker asks how German regional classes work in general; no client data")
def _():
    m = hdr("Graham Whitlock <g.whitlock@harrowbrokers.example>",
            "Fiona Brennecke <fiona.brennecke@versicherer.example>",
            "Regionalklasse - how is it determined?", D(2026, 3, 25, 13, 20), mid_style="outlook")
    return body(m, """Hi Fiona,

a more general one for our training pack: how exactly is the motor
"Regionalklasse" determined - by the registration district or by the
policyholder's home address? And do you update them every year like the
vehicle type classes?

Thanks,
Graham""")


@M("CONFIDENTIAL", "de", "customer-to-insurer",
   "filled-in SEPA direct debit mandate pasted as text: account holder, IBAN, bank, policy number of a pet liability policy")
def _():
    m = hdr("Marianne Stöcker <m.stoecker@web-post.example>",
            "service@versicherer.example",
            "Lastschriftmandat Hundehaftpflicht", D(2026, 3, 26, 10, 9))
    return body(m, """Hallo,

ich konnte das PDF nicht ausdrucken, deshalb hier die Angaben:

SEPA-Lastschriftmandat
Zahlungsempfänger: Versicherer AG, Lindenhof 7, 50667 Köln
Gläubiger-Identifikationsnummer: DE98ZZZ09999999999
Mandatsreferenz: (wird von Ihnen vergeben)
Vertrag: Tierhalterhaftpflicht TH-300 812 07 (Hündin "Lotte")

Ich ermächtige die Versicherer AG, Zahlungen von meinem Konto mittels
Lastschrift einzuziehen.

Kontoinhaberin: Marianne Stöcker
Anschrift: Eichenweg 3, 53773 Hennef
IBAN: DE81 7469 1350 2246 8775 12
Kreditinstitut: VR-Bank Siegtal

Ort, Datum: Hennef, 26.03.2026
Unterschrift: Marianne Stöcker (per E-Mail)

Reicht das so?
Viele Grüße M. Stöcker""", charset="windows-1252", cte="8bit")


@M("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
   "pet liability and vet-cost question from a blind owner about her guide dog: reveals her blindness")
def _():
    m = hdr("Theresa Konopka <theresa.konopka@mailfix.example>",
            "tier@versicherer.example",
            "Blindenführhund Anton – Versicherung", D(2026, 3, 26, 15, 44), mid_style="tb")
    return body(m, """Sehr geehrte Damen und Herren,

ich bin seit meiner Geburt vollblind (Retinopathia praematurorum) und
lese Ihre Seiten mit einer Sprachausgabe, daher die etwas knappe Form.

Mein neuer Blindenführhund Anton (Labrador, 2 Jahre) kommt am 15.04. zu mir.
Die Krankenkasse übernimmt den Hund als Hilfsmittel, aber nicht die
Haftpflicht und nicht die Tierarzt-OP-Kosten.

1. Kann ich Anton bei Ihnen in der Hundehaftpflicht versichern, obwohl er
   mich im Dienst auch in Geschäfte und Arztpraxen begleitet?
2. Gibt es für Führhunde eine OP-Versicherung ohne Wartezeit?

Meine Privathaftpflicht läuft schon bei Ihnen (PH 2288 410 6).

Mit freundlichen Grüßen
Theresa Konopka
Bonn""")


@M("NORMAL", "de", "internal",
   "trap: internal guideline on processing garnishment orders with an explicitly fictitious sample debtor and birth date")
def _():
    m = hdr("Yvonne Schlichting <yvonne.schlichting@versicherer.example>",
            "pfaendung@versicherer.example",
            "Arbeitsanweisung Pfändungen – Fassung 2026 (bitte lesen)", D(2026, 3, 27, 9, 0),
            mid_style="outlook")
    aw = docx("Arbeitsanweisung_Pfaendungen_2026.docx", [
        "# Arbeitsanweisung: Bearbeitung von Pfändungs- und Überweisungsbeschlüssen",
        "1. Eingang: Jeder PfÜB wird am Eingangstag mit Uhrzeit gestempelt (Rang!).",
        "2. Zuordnung: Schuldner anhand Name, Geburtsdatum und Anschrift im Bestand "
        "suchen. Bei mehreren Treffern keine Sperre ohne Rücksprache.",
        "3. Sperre: Zahlungssperre im Leistungssystem mit Grund 'PF' setzen.",
        "4. Drittschuldnererklärung binnen zwei Wochen (§ 840 ZPO), Muster 4711.",
        "5. Lebens-, Kranken- und Unfallversicherung: gesonderte Prüfung der "
        "Pfändungsschutzvorschriften (§ 850b ZPO, § 851c ZPO) durch Recht.",
        "",
        "Beispiel (fiktiv, nur für Schulungszwecke):",
        "Schuldner: Max Mustermann, geb. 01.01.1970, Musterstraße 1, 12345 Musterstadt",
        "Gläubigerin: Beispiel-Inkasso GmbH · Forderung: 1.234,56 EUR",
        "Gepfändet: Ansprüche aus Hausratversicherung Nr. HR 0000 0000",
    ])
    return body(m, """Liebe Kolleginnen und Kollegen,

anbei die überarbeitete Arbeitsanweisung. Neu ist vor allem Punkt 5 und
die Frist in Punkt 4. Das Beispiel am Ende ist frei erfunden.

Bitte bis 10.04. im Lernportal bestätigen.

Yvonne Schlichting""", atts=[aw])


@M("CONFIDENTIAL", "en", "internal",
   "English chat transcript: named customer reports moving to Munich (new address) and asks about the higher motor premium")
def _():
    m = hdr("Melike Sarıkaya <melike.sarikaya@versicherer.example>",
            "Jana Pietsch <jana.pietsch@versicherer.example>",
            "Chat #90415 - address change / regional class question (EN)", D(2026, 3, 30, 11, 30))
    return body(m, """Hi Jana, could you check the premium question? Address is already
changed in the system. Transcript:

[10:02] Visitor: hello, I moved from Cologne to Munich, my car insurance got more expensive, why?
[10:03] Melike (Versicherer): Hello! Could you tell me your name and policy number?
[10:03] Visitor: Daniel Whitfield, 40-KH-188 301 5
[10:04] Visitor: new address is Tegernseer Landstr. 161, 81539 München, since 1 March. car is re-registered M-DW 4011
[10:05] Melike (Versicherer): Thanks, Mr Whitfield. The premium depends on the regional class of the registration district; Munich is in a higher class than Cologne for comprehensive cover.
[10:06] Visitor: it went from 612 to 744 euros a year, that's a lot
[10:06] Melike (Versicherer): I'll ask my colleague to double-check the calculation and get back to you by e-mail.
[10:07] Visitor: ok thanks

Melike""")


@M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "accident insurance payout letter: disability degree, arm value and amount to a named insured with IBAN")
def _():
    m = hdr("Hanna Wiechert <hanna.wiechert@versicherer.example>",
            "Monika Schlüter <monika.schlueter@heimnetz.example>",
            "Ihre Unfallversicherung UV 5088 210 – Invaliditätsleistung", D(2026, 3, 31, 14, 10),
            mid_style="outlook")
    brief = pdf("Abrechnung_Invaliditaet_U-25-1833.pdf", [
        "Versicherer AG · Leistung Unfallversicherung · Lindenhof 7 · 50667 Köln",
        "",
        "Frau Monika Schlüter, Gertrudenstraße 4, 50667 Köln",
        "",
        "#Abrechnung der Invaliditätsleistung – Schaden U-25-1833",
        "",
        "Unfall vom 12.03.2025: Sturz, distale Radiusfraktur rechts",
        "Festgestellte Beeinträchtigung: 2/7 Handwert (Gliedertaxe Hand im Handgelenk = 55 %)",
        "Invaliditätsgrad: 55 % x 2/7 = 15,71 %",
        "Grundsumme: 100.000 EUR, Progression 225 % (greift erst ab 25 %)",
        "Invaliditätsleistung: 15.710,00 EUR",
        "abzgl. bereits gezahlter Vorschuss: 5.000,00 EUR",
        "Auszahlung: 10.710,00 EUR auf IBAN DE66 8643 2261 2257 3138 51",
        "",
        "Grundlage: ärztliche Bemessung Dr. Mäurer vom 20.01.2026 und Stellungnahme unseres Gesellschaftsarztes.",
    ])
    return body(m, """Sehr geehrte Frau Schlüter,

wir haben die Prüfung Ihres Unfalls abgeschlossen. Die Abrechnung der
Invaliditätsleistung finden Sie im Anhang. Wir haben Ihren Antrag auf 3/7
Handwert geprüft; unser Gesellschaftsarzt kommt nach den Befunden auf 2/7.
Wenn Sie damit nicht einverstanden sind, können Sie innerhalb von drei
Jahren eine Neubemessung verlangen.

Mit freundlichen Grüßen

""" + SIG["wiechert"], atts=[brief])


@M("NORMAL", "de", "internal",
   "sales meeting minutes on quote conversion rates; company figures only")
def _():
    m = hdr("Vertriebssteuerung Privatkunden <vertriebssteuerung@versicherer.example>",
            "runde-kraftfahrt@versicherer.example",
            "Protokoll Kfz-Runde 30.03.2026", D(2026, 3, 31, 16, 55), mid_style="outlook")
    return body(m, """Protokoll Kfz-Runde vom 30.03.2026
Teilnehmende: Vertriebssteuerung, Kfz-Vertrag, Online, Maklervertrieb

1. Wechselgeschäft 2025/26: 41.300 Neuverträge (+4 %), Online-Anteil 38 %.
2. Abschlussquote Online-Rechner: 6,1 % (Vorjahr 5,4 %). Hauptabbruchpunkt
   bleibt die Seite "Fahrzeug auswählen".
3. Makler: Angebotsquote stabil, Abschlussquote sinkt bei E-Autos; Thema
   Batterieversicherung klären (Produktmanagement, bis 30.04.).
4. Rabattschutz: 22 % der Neuabschlüsse mit Rabattschutz.
5. Nächste Runde: 28.04.2026, Raum Rhein 4.12.

gez. A. Nettekoven""")


@M("CONFIDENTIAL", "de", "customer-to-insurer",
   "bicycle theft claim: named customer, frame number, police reference, purchase price and address")
def _():
    m = hdr("Paul Schwickerath <paul.schwickerath@quickpost.example>",
            "fahrrad@versicherer.example",
            "Fahrrad geklaut!! FR-2207 119", D(2026, 4, 1, 7, 32), mid_style="phone")
    return body(m, """Morgen,

mein Rad wurde heute Nacht aus dem Fahrradkeller geklaut, Schloss
aufgebrochen. Versicherung FR-2207 119 läuft auf mich.

Rad: Cube Kathmandu Hybrid, schwarz/grau, Rahmennr. WTU 212 K 4407 C
Gekauft 06/2024 bei Rad & Tat Köln für 3.499 €
Anzeige ist online gemacht, Vorgangsnr. ONW-2026-040107-5512

Adresse: Paul Schwickerath, Gereonswall 88, 50670 Köln

Was brauchen Sie noch? Den Kaufbeleg hab ich als Foto.

Paul""")


@M("STRICTLY_CONFIDENTIAL", "de", "lawyer-to-insurer",
   "coverage request for a medical malpractice claim: the lawyer describes the client's failed knee operation and infection")
def _():
    m = hdr("Rechtsanwältin Dr. Ute Kammerer <kammerer@medrecht-kammerer.example>",
            "rechtsschutz@versicherer.example",
            "Deckungsanfrage Arzthaftung – VN Rüdiger Falkenberg, 61-RS-099 615",
            D(2026, 4, 1, 11, 48), mid_style="outlook")
    return body(m, """Sehr geehrte Damen und Herren,

Ihr Versicherungsnehmer Herr Rüdiger Falkenberg, Bornheimer Str. 27,
53111 Bonn, hat mich mit der Prüfung und Durchsetzung von Schadensersatz-
und Schmerzensgeldansprüchen gegen die Orthopädische Praxisklinik
Rheinaue MVZ GmbH beauftragt.

Sachverhalt in Kürze: Am 09.06.2025 wurde bei meinem Mandanten eine
Knie-Totalendoprothese rechts implantiert. Postoperativ entwickelte sich
eine Protheseninfektion mit Staphylococcus aureus, die zu spät erkannt
wurde; es folgten zwei Revisionsoperationen und ein zweizeitiger
Prothesenwechsel. Mein Mandant ist seitdem auf Unterarmgehstützen
angewiesen und arbeitsunfähig. Ein Gutachten des MDK liegt vor und
bestätigt einen Befunderhebungsfehler.

Ich bitte um Deckungszusage für die außergerichtliche Tätigkeit und die
Klage erster Instanz vor dem LG Bonn (Streitwert vorläufig 85.000 €).
Die Schweigepflichtentbindung meines Mandanten liegt vor.

Mit freundlichen Grüßen
Dr. Ute Kammerer
Fachanwältin für Medizinrecht
Kanzlei Kammerer · Poppelsdorfer Allee 19 · 53115 Bonn""")


@M("NORMAL", "en", "internal",
   "trap: HR newsletter on the salary review process with pay bands and percentages, no individual salary")
def _():
    m = hdr("HR Communications <hr-info@versicherer.example>",
            "all-staff-en@versicherer.example",
            "Salary review 2026 - how it works", D(2026, 4, 2, 9, 0))
    return body(m, """Dear colleagues,

as every year, the salary review for non-tariff employees takes place in
April. Here is what you need to know:

- Budget: 3.2 % of the salary total for merit increases, plus 0.5 % for
  market adjustments in IT and actuarial roles.
- Pay bands 2026 (annual gross, full-time):
    Band AT1  EUR 78,000 - 92,000
    Band AT2  EUR 90,000 - 110,000
    Band AT3  EUR 108,000 - 135,000
- Your manager will discuss the outcome with you by 30 April. The letter
  will be in your HR inbox in the employee portal - never by e-mail.
- Tariff employees: the collective agreement increase of 3.0 % applies
  automatically from 1 September 2026.

Questions? hr-info@versicherer.example

HR Communications""")


@M("CONFIDENTIAL", "de", "insurer-to-customer",
   "one-line staff reply; the quoted customer mail holds a new IBAN and motor policy number")
def _():
    m = hdr("Jana Pietsch <jana.pietsch@versicherer.example>",
            "Uwe Kleinschmidt <uwe.kleinschmidt@t-mail.example>",
            "AW: neue Bankverbindung", D(2026, 4, 2, 14, 3),
            in_reply_to="<44ab21.kleinschmidt@t-mail.example>")
    return body(m, """Erledigt, gilt ab der Abbuchung im Mai. Viele Grüße, J. Pietsch

-----Ursprüngliche Nachricht-----
Von: Uwe Kleinschmidt <uwe.kleinschmidt@t-mail.example>
Gesendet: Mittwoch, 1. April 2026 20:41
An: kfz-service@versicherer.example
Betreff: neue Bankverbindung

Guten Abend,
bitte für meine Kfz-Versicherung 40-KH-077 219 3 (Ford Kuga, SU-UK 64)
ab sofort folgendes Konto verwenden:
Uwe Kleinschmidt
DE25 8559 7422 5709 9113 26
Danke, U. Kleinschmidt""")


@M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "premium reminder for a named customer's accident insurance: personal line, no medical words")
def _():
    m = hdr("Versicherer Beitragsinkasso <inkasso@versicherer.example>",
            "Herr Kai-Uwe Reinartz <ku.reinartz@mailfix.example>",
            "Zahlungserinnerung Unfallversicherung UV 5120 447", D(2026, 4, 6, 10, 0))
    return body(m, """Sehr geehrter Herr Reinartz,

der Vierteljahresbeitrag für Ihre Unfallversicherung UV 5120 447 (Tarif
UnfallAktiv, versicherte Personen: Sie und Ihre Ehefrau Doris Reinartz)
in Höhe von 58,20 € war am 01.04.2026 fällig und ist noch nicht bei uns
eingegangen.

Bitte überweisen Sie den Betrag bis zum 20.04.2026 unter Angabe der
Vertragsnummer. Haben Sie bereits gezahlt, betrachten Sie dieses Schreiben
bitte als gegenstandslos.

Mit freundlichen Grüßen
Ihre Versicherer AG
Beitragsinkasso

""" + FOOT)


@M("NORMAL", "de", "newsletter",
   "customer newsletter with tips against burst pipes and storm damage; no personal data")
def _():
    m = hdr("Versicherer Newsletter <newsletter@versicherer.example>",
            "newsletter-abonnenten@versicherer.example",
            "Frühjahrscheck fürs Haus: 5 Tipps gegen teure Schäden", D(2026, 4, 7, 8, 0),
            extra=[("List-Unsubscribe", "<mailto:newsletter-abmelden@versicherer.example>")])
    text = """Frühjahrscheck fürs Haus

1. Außenwasserhähne erst nach dem letzten Frost aufdrehen und auf Risse prüfen.
2. Dachrinnen reinigen - verstopfte Rinnen sind die häufigste Ursache für
   Feuchtigkeit in der Fassade.
3. Rückstauklappe im Keller warten lassen (Starkregen!).
4. Lose Dachziegel nach Winterstürmen vom Fachbetrieb prüfen lassen.
5. Wertvolles im Keller hochstellen.

Schon gewusst? Mit dem Baustein "Elementar" sind auch Schäden durch
Starkregen und Hochwasser versichert.

Viel Spaß beim Frühjahrsputz wünscht
Ihre Versicherer AG

Abmelden: newsletter-abmelden@versicherer.example"""
    return body(m, text, charset="iso-8859-1", cte="quoted-printable")


@M("CONFIDENTIAL", "en", "insurer-to-customer",
   "English settlement of a stolen e-bike for a named customer: policy, payout and partially masked IBAN")
def _():
    m = hdr("Ole Sandmann <ole.sandmann@versicherer.example>",
            "Ms Hannah Gallagher <hannah.gallagher@mailfix.example>",
            "Your bicycle claim FR-S 2026-0772 - settlement", D(2026, 4, 8, 13, 41), mid_style="outlook")
    return body(m, """Dear Ms Gallagher,

thank you for sending the purchase receipt and the police report. Your claim
for the stolen e-bike (Riese & Müller Charger4, frame no. WRM 4401 8829,
policy FR-2311 026) has been approved:

  Purchase price (09/2023)             EUR 5,290.00
  Replacement value after 31 months    EUR 4,232.00
  Excess                               EUR   150.00
  Payment                              EUR 4,082.00

The amount will be credited to your account DE95 4135 **** **** 8425 02
within three working days. Your policy continues unchanged; if you buy a new
bike, please let us know the new frame number.

Kind regards,
Ole Sandmann
Special Lines (Travel, Pet, Bicycle, Electronics)
Versicherer AG""")


@M("STRICTLY_CONFIDENTIAL", "en", "internal",
   "English voicemail: a customer's brother reports his heart attack in Cologne and asks who may drive the insured car home")
def _():
    m = hdr("Kevin Ostermann <kevin.ostermann@versicherer.example>",
            "Fiona Brennecke <fiona.brennecke@versicherer.example>",
            "FW: voicemail in English re motor policy 40-KH-201 774 0", D(2026, 4, 9, 8, 12),
            mid_style="outlook")
    return body(m, """Hallo Fiona,

Mailbox-Nachricht auf Englisch, kannst du bitte zurückrufen? Fahrerkreis
im Vertrag ist "nur VN und Ehepartnerin".

Voicemail 08.04.2026, 21:46, +44 7700 900 418:
"Hi, my name is Robert Clarke, I'm calling about my brother Stephen
Clarke, he has car insurance with you, the policy number is 40-KH-201 774 0.
Stephen had a heart attack on Sunday while he was visiting Cologne, he's in
the cardiology unit at the Uniklinik, they put in two stents. He's stable
but he's not allowed to drive for at least four weeks. His car is in the
hotel car park and he wants me to drive it back to Aachen, where he lives.
Am I covered if I drive it? I have a UK licence. Please call me back,
seven seven zero zero, nine zero zero, four one eight. Thanks."

Kevin""")


@M("NORMAL", "de", "insurer-to-broker",
   "trap: blank claim-report forms (empty name, birth date and IBAN fields) sent to a broker firm")
def _():
    m = hdr("Lars Tiedemann <lars.tiedemann@versicherer.example>",
            "Limbach Versicherungen <info@limbach-versicherungen.example>",
            "Blanko-Schadenanzeigen Kfz und Hausrat", D(2026, 4, 9, 15, 2), mid_style="outlook")
    form = pdf("Schadenanzeige_Kfz_blanko.pdf", [
        "#Schadenanzeige Kraftfahrtversicherung",
        "",
        "Versicherungsnummer: ______________________",
        "Versicherungsnehmer/in (Name, Vorname): ______________________",
        "Geburtsdatum: __.__.____",
        "Anschrift: ____________________________________________",
        "Amtliches Kennzeichen: __________   Fahrer/in zum Unfallzeitpunkt: __________",
        "Schadentag / Uhrzeit: __.__.____ / __:__",
        "Schadenort: ____________________________________________",
        "Wurden Personen verletzt?  [ ] nein  [ ] ja, wer / welche Verletzungen: ______",
        "Polizeilich aufgenommen?  [ ] nein  [ ] ja, Dienststelle/Tagebuch-Nr.: ______",
        "Bankverbindung für Zahlungen: IBAN DE__ ____ ____ ____ ____ __",
        "",
        "Ort, Datum, Unterschrift: ____________________________",
    ], title="Versicherer AG")
    return body(m, """Hallo Herr Limbach,

wie gewünscht anbei die aktuellen Blanko-Formulare für Ihre Kundenmappen.
Hausrat folgt, sobald die Druckerei die neue Version freigegeben hat.
Online geht es natürlich schneller über das Maklerportal.

Viele Grüße
Lars Tiedemann""", atts=[form])


@M("CONFIDENTIAL", "de", "internal",
   "calendar invitation for an on-site inspection: the ICS holds the named customer, address, phone and claim number")
def _():
    m = hdr("Ingrid Lammers <ingrid.lammers@versicherer.example>",
            "Schadenaußendienst Köln-Süd <sad-koeln-sued@versicherer.example>",
            "Termin: Besichtigung Leitungswasser Frau Marx", D(2026, 4, 10, 9, 25))
    cal = ics("Besichtigung_S-H_2026-01144.ics", """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Versicherer AG//Schaden Sach//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:sh-2026-01144-besichtigung@versicherer.example
DTSTAMP:20260410T072500Z
DTSTART:20260415T080000Z
DTEND:20260415T090000Z
SUMMARY:Besichtigung Leitungswasser S-H 2026-01144
LOCATION:Neusser Str. 310\\, 50733 Köln\\, 3. OG links
DESCRIPTION:VN Jacqueline Marx\\, Hausrat HR 6640 1185\\, Tel. 0176 5550 9921.
  Achtung: PfÜB liegt vor\\, keine Zahlung an VN vor Freigabe Recht.
  Trocknungsfirma: Aquadry\\, Protokoll liegt vor.
ORGANIZER:mailto:ingrid.lammers@versicherer.example
ATTENDEE;ROLE=REQ-PARTICIPANT:mailto:sad-koeln-sued@versicherer.example
END:VEVENT
END:VCALENDAR""")
    return body(m, """Hallo zusammen,

bitte Besichtigung am 15.04. um 10 Uhr übernehmen, Details im Termin.

Danke
Ingrid""", atts=[cal])


@M("STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
   "pregnant expat asks to add her husband as driver because she may not drive late in pregnancy: pregnancy is health data")
def _():
    m = hdr("Ingrid Solberg <ingrid.solberg@quickpost.example>",
            "kfz-service@versicherer.example",
            "Add my husband as driver - policy 40-KH-230 118 6", D(2026, 4, 13, 12, 0), mid_style="phone")
    return body(m, """Hi,

I'm 31 weeks pregnant and my midwife says I shouldn't drive anymore
in the last weeks because of my pelvic girdle pain (and the baby is due
2 June). So my husband Erik Solberg (born 3 Nov 1987, Norwegian licence
since 2006) needs to drive our car from now on. Currently only I am
listed as driver.

Can you add him from today? Does it change the premium?

Thanks
Ingrid Solberg""")


@M("NORMAL", "en", "supplier-to-insurer",
   "software vendor's licence renewal notice; company-only")
def _():
    m = hdr("Renewals <renewals@docuflow-software.example>",
            "it-einkauf@versicherer.example",
            "Your DocuFlow Enterprise subscription renews on 30 June 2026",
            D(2026, 4, 14, 7, 0), extra=[("Auto-Submitted", "auto-generated")])
    return body(m, """Hello,

this is a reminder that the DocuFlow Enterprise subscription for
Versicherer AG (contract DF-EU-20931, 450 named users, capture module,
German OCR pack) renews automatically on 30 June 2026.

Renewal price: EUR 61,200.00 per year (excl. VAT), +4.5 % vs. 2025.

To change user counts or modules, please contact your account manager
before 31 May 2026.

DocuFlow Software B.V., Amsterdam""")


@M("NORMAL", "de", "internal",
   "trap: IT ticket full of 'Diagnose', 'Befund', 'Therapie' and 'Patient' that refer to a server, not a person")
def _():
    m = hdr("Dennis Olbrich <dennis.olbrich@versicherer.example>",
            "it-betrieb@versicherer.example",
            "[INC-20260415-118] Diagnose Batchlauf Inkasso – Befund + Therapievorschlag",
            D(2026, 4, 15, 7, 40), mid_style="outlook")
    return body(m, """Moin zusammen,

kurzer Stand zum nächtlichen Abbruch des Lastschrift-Batchs:

Diagnose: Der Job INK_SEPA_EXPORT bricht seit Montag um 02:14 mit OOM ab.
Befund: Heap des "Patienten" (Server inkasso-app-03) läuft voll, weil die
neue Dublettenprüfung alle Mandate in den Speicher lädt. Vorerkrankung:
Speicher wurde im Januar von 16 auf 12 GB reduziert (Kostenprojekt).
Therapievorschlag: kurzfristig Heap auf 14 GB, mittelfristig Prüfung
seitenweise. Prognose: gut, sofern heute Abend eingespielt.

Keine fachlichen Daten betroffen, die Lastschriften laufen heute per
Nachlauf um 10 Uhr.

Gruß Dennis""")


@M("CONFIDENTIAL", "de", "insurer-to-customer",
   "second motor dunning letter with § 38 VVG warning to a named customer; amount, policy, plate (windows-1252)")
def _():
    m = hdr("Versicherer Beitragsinkasso <inkasso@versicherer.example>",
            "Serkan Oktay <serkan.oktay@web-post.example>",
            "Qualifizierte Mahnung – Kfz-Versicherung 40-KH-200 117 4", D(2026, 4, 15, 10, 0))
    return body(m, """Sehr geehrter Herr Oktay,

trotz unserer Zahlungserinnerung vom 17.03.2026 ist der Folgebeitrag für Ihre
Kfz-Versicherung 40-KH-200 117 4 (Fahrzeug K-SO 4417) noch nicht bezahlt.

Offener Betrag:   63,20 EUR Beitrag April
                + 3,00 EUR Rücklastschriftgebühr
                = 66,20 EUR

Wir bestimmen Ihnen hiermit gemäß § 38 VVG eine Zahlungsfrist von zwei Wochen
ab Zugang dieses Schreibens. Tritt nach Ablauf der Frist ein Schaden ein und
sind Sie dann noch mit der Zahlung in Verzug, besteht kein Versicherungs-
schutz. Außerdem können wir den Vertrag nach Fristablauf fristlos kündigen.

In der Kfz-Haftpflichtversicherung sind wir zudem verpflichtet, die
Zulassungsstelle über das Ende des Versicherungsschutzes zu informieren.

Mit freundlichen Grüßen
Versicherer AG – Beitragsinkasso""", charset="windows-1252", cte="quoted-printable")


@M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
   "motor liability claims handler offers pain-and-suffering money for an injured pedestrian (fractures, concussion) to her lawyer")
def _():
    m = hdr("Marco Vuković <marco.vukovic@versicherer.example>",
            "RA Heiko Strunk <strunk@verkehrsrecht-strunk.example>",
            "Ihr Az. 25/0914 – Ihre Mandantin Frau Oya Kılıç – unser Schaden KH-2025-301-1108",
            D(2026, 4, 16, 11, 20), mid_style="outlook")
    return body(m, """Sehr geehrter Herr Rechtsanwalt Strunk,

wir kommen zurück auf Ihr Schreiben vom 26.03.2026. Die Haftung unseres
Versicherungsnehmers für den Unfall vom 04.10.2025 in Köln-Kalk steht dem
Grunde nach außer Streit.

Nach Auswertung der vorliegenden Befunde (Entlassungsbericht Evangelisches
Krankenhaus Kalk vom 11.10.2025: Commotio cerebri, Fraktur des Os
metacarpale V links, multiple Prellungen; Bericht der Handchirurgie vom
14.01.2026: Bewegungseinschränkung des Kleinfingers von ca. 20 Grad) bieten
wir zur Abgeltung des immateriellen Schadens ein Schmerzensgeld von

                         6.500,00 €

an. Den Haushaltsführungsschaden (7 Wochen à 12 Std.) erkennen wir mit
1.176,00 € an. Zukünftige materielle Schäden bleiben vorbehalten.

Die bereits gezahlten Vorschüsse von 2.000,00 € werden angerechnet.

Mit freundlichen Grüßen
""" + SIG["vukovic"])


@M("NORMAL", "en", "internal",
   "trap: training case study with an invented 'Customer A, 34' hospital stay abroad; explicitly fictitious, no real person")
def _():
    m = hdr("Fiona Brennecke <fiona.brennecke@versicherer.example>",
            "team-international@versicherer.example",
            "Training case for Thursday - travel health claim (fictitious)", D(2026, 4, 16, 14, 5))
    return body(m, """Hi all,

for Thursday's training please read the case below. It is made up from
several real patterns, no actual customer.

--- Case 7 (fictitious) ---
Customer A, 34, travels to Thailand for three weeks. On day 5 she is
admitted to a private hospital in Phuket with dengue fever, 4 nights, bill
THB 186,000. The hospital asks for a guarantee of payment by phone. Her
travel health policy has no excess; she also holds a credit card with
travel cover.

Questions:
1. Which policy pays first?
2. What do you ask the hospital before issuing a guarantee?
3. Which documents do we need afterwards, and how do we ask for them
   without using unencrypted e-mail?
--- end ---

See you Thursday at 2pm in Rhein 2.07.
Fiona""")


@M("CONFIDENTIAL", "en", "customer-to-insurer",
   "non-resident landlord asks for the buildings premium invoice for his tax return, stating his rental income")
def _():
    m = hdr("Marcus Feldmann <m.feldmann@swissmail-post.example>",
            "international@versicherer.example",
            "Premium statement 2025 for my flat in Berlin (WG 1933 008)", D(2026, 4, 17, 9, 48),
            mid_style="tb")
    return body(m, """Dear Sir or Madam,

I live in Zurich but own a rented flat at Kastanienallee 12, 10435 Berlin,
insured with you under buildings policy WG 1933 008 (policyholder Marcus
Feldmann).

For my German non-resident tax return (rental income 2025: EUR 14,400 gross
rent, handled by my tax adviser in Berlin) I need a statement of the
premiums paid in 2025. Could you send it as PDF to this address?

My German tax number is 37/214/50933 (Finanzamt Prenzlauer Berg), in case
you need it.

Kind regards,
Marcus Feldmann""")


@M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
   "private pension annuity (life line): change of the bank account for a named annuitant's monthly payments")
def _():
    m = hdr("Georg Adebayo-Klein <georg.adebayo-klein@versicherer.example>",
            "Mrs Eleanor Whitcombe <e.whitcombe@quickpost.example>",
            "Your private pension RV 77 031 802 - new bank account confirmed", D(2026, 4, 20, 10, 30),
            mid_style="outlook")
    return body(m, """Dear Mrs Whitcombe,

thank you for your signed letter of 12 April. We have changed the account
for your monthly pension payments under your private pension insurance
RV 77 031 802 as follows:

  Account holder: Eleanor Whitcombe
  IBAN: IE65 BOFI 9011 7538 4922 16 (Bank of Ireland)
  Valid from: payment on 1 May 2026

Your monthly pension remains EUR 612.48 gross. As you now live in Ireland,
we will send the annual pension statement for German tax purposes
(section 22 EStG) to your new address in Galway each February.

Kind regards,
""" + SIG["adebayo"].replace("Leben Vertragsservice", "Life Policy Service") + "\n\n" + FOOT_EN)


@M("NORMAL", "en", "company-to-insurer",
   "a limited company's subsidiary asks for a commercial liability quote; company data only")
def _():
    m = hdr("Rachel Dunmore <r.dunmore@brightline-events.example>",
            "gewerbe@versicherer.example",
            "Quote request - public liability for our German branch", D(2026, 4, 20, 15, 2),
            mid_style="outlook")
    return body(m, """Hello,

Brightline Events Ltd (London) is opening a branch in Düsseldorf,
Brightline Events GmbH, from 1 June 2026. We organise corporate events and
trade-fair stands, 6 staff in Germany, expected turnover year one
EUR 1.8m.

Could you quote commercial general liability (Betriebshaftpflicht) with
EUR 5m combined single limit, including damage to rented venues and
hired equipment? Our UK policy wording can be shared if useful.

Best regards,
Rachel Dunmore
Finance Director, Brightline Events Ltd""")


@M("CONFIDENTIAL", "de", "customer-to-insurer",
   "pet health claim: vet invoice for a dog's cruciate ligament surgery with the owner's name, policy and IBAN (animal, not human health)")
def _():
    m = hdr("Nicole Hardt <nicole.hardt@t-mail.example>",
            "tier@versicherer.example",
            "OP-Rechnung Kreuzband Balu – TK 770 218", D(2026, 4, 21, 17, 30))
    rg = pdf("Tierklinik_Rechnung_26-0877.pdf", [
        "Tierklinik am Stadtwald · Dr. med. vet. J. Assmann · Dürener Str. 200 · 50931 Köln",
        "",
        "#Rechnung 26-0877",
        "Tierhalterin: Nicole Hardt, Kitschburger Str. 9, 50935 Köln",
        "Patient: Balu, Berner Sennenhund, männlich, 4 J., Chip 276098106633215",
        "",
        "Diagnose: Kreuzbandruptur rechts (Hund)",
        "Behandlung 14.04.2026: TPLO-Operation, Narkose, Röntgen prä/post",
        "GOT-Positionen 2-fach Satz",
        "Stationärer Aufenthalt 2 Tage",
        "",
        "Gesamtbetrag: 3.284,60 EUR",
    ])
    return body(m, """Hallo,

anbei die Rechnung der Tierklinik für Balus Kreuzband-OP (OP-Versicherung
TK 770 218). Die Rechnung habe ich schon bezahlt, bitte erstatten auf
DE50 7076 9335 3570 4377 42, Nicole Hardt.

Balu geht es gut, er humpelt schon weniger :)

Viele Grüße
Nicole Hardt""", atts=[rg])


@M("NORMAL", "de", "newsletter",
   "trap: pet insurance advertising with dog diseases, surgery costs and a 'Max' the dog; no human and no customer")
def _():
    m = hdr("Versicherer Newsletter <newsletter@versicherer.example>",
            "newsletter-abonnenten@versicherer.example",
            "Wenn Max plötzlich humpelt: Was eine Tier-OP kostet", D(2026, 4, 22, 8, 0),
            extra=[("List-Unsubscribe", "<mailto:newsletter-abmelden@versicherer.example>")])
    text = """Wenn Max plötzlich humpelt …

Kreuzbandriss, Magendrehung, Bandscheibenvorfall: Die häufigsten Operationen
bei Hunden kosten schnell mehr als ein Monatsgehalt. Seit der neuen
Gebührenordnung für Tierärzte (GOT) sind die Preise deutlich gestiegen.

Typische Kosten (Beispiele, 2-facher Satz):
  Kreuzband-OP (TPLO)      2.800 – 3.600 €
  Magendrehung             2.000 – 4.500 €
  Kastration Hündin          450 –   700 €

Unsere Tier-OP-Versicherung übernimmt bis zu 100 % der OP-Kosten inkl.
Nachbehandlung – ab 14,90 € im Monat.

Jetzt Beitrag berechnen: www.versicherer.example/tier

Abmelden: newsletter-abmelden@versicherer.example"""
    return body(m, text)


@M("STRICTLY_CONFIDENTIAL", "de", "relative-to-insurer",
   "wife writes that her husband is in a psychiatric clinic and asks for deferral of motor and household premiums")
def _():
    m = hdr("Claudia Reuschenbach <claudia.reuschenbach@heimnetz.example>",
            "inkasso@versicherer.example",
            "Bitte um Stundung – Verträge meines Mannes", D(2026, 4, 22, 22, 14), mid_style="tb")
    return body(m, """Sehr geehrte Damen und Herren,

ich schreibe für meinen Mann Thomas Reuschenbach (Kfz 40-KH-091 441 2 und
Hausrat HR 4470 2291). Er ist seit dem 30.03. stationär in der LVR-Klinik
Langenfeld wegen einer schweren depressiven Episode mit Suizidgedanken und
wird voraussichtlich noch mehrere Wochen dort bleiben. Er ist im Moment
nicht in der Lage, sich um Post zu kümmern; eine Vollmacht hat er mir
gestern in der Klinik unterschrieben.

Durch seinen Ausfall (er ist selbständig) haben wir derzeit kaum
Einnahmen. Ich bitte darum, die Beiträge für April bis Juni zu stunden oder
in Raten zahlen zu dürfen. Bitte keine Mahnungen an ihn direkt, das würde
ihn sehr belasten.

Mit freundlichen Grüßen
Claudia Reuschenbach""")


@M("NORMAL", "de", "insurer-notification",
   "one-time password mail for a new broker portal user; credential without personal or contract data")
def _():
    m = hdr("Versicherer Maklerportal <noreply-portal@versicherer.example>",
            "j.wendt@limbach-versicherungen.example",
            "Ihr Einmal-Passwort für das Maklerportal", D(2026, 4, 23, 9, 14),
            extra=[("Auto-Submitted", "auto-generated")])
    return body(m, """Guten Tag,

Ihr Makleradministrator hat für Sie einen Zugang zum Maklerportal der
Versicherer AG angelegt.

Ihr Einmal-Passwort: T7q-xk4P-92mR

Den Link zur Registrierung erhalten Sie in einer separaten E-Mail. Das
Einmal-Passwort ist 72 Stunden gültig. Bitte vergeben Sie bei der ersten
Anmeldung ein eigenes Passwort und eine Sicherheitsfrage.

Diese E-Mail wurde automatisch erstellt.""")


@M("CONFIDENTIAL", "de", "customer-to-insurer",
   "car theft claim: the ZIP holds the purchase contract, key handover note and the customer's ID data; body brief")
def _():
    m = hdr("Stefan Holtkamp <stefan.holtkamp@mailfix.example>",
            "schaden-kfz@versicherer.example",
            "Diebstahl Audi Q5 – Unterlagen KS-2026-095-0042", D(2026, 4, 24, 11, 2))
    kaufvertrag = _pdf_data([
        "Kaufvertrag über ein gebrauchtes Kraftfahrzeug",
        "",
        "Verkäufer: Autozentrum Rhein-Sieg GmbH, Troisdorf",
        "Käufer: Stefan Holtkamp, geb. 05.04.1982, Eschmarer Str. 21, 53844 Troisdorf",
        "Personalausweis-Nr.: L01X00T47 (Kopie liegt dem Verkäufer vor)",
        "Fahrzeug: Audi Q5 40 TDI quattro, FIN WAUZZZFY1N2031874, EZ 03/2022",
        "Kaufpreis: 38.900,00 EUR, Anzahlung 8.900,00 EUR, Rest finanziert über Audi Bank",
        "Troisdorf, 18.07.2024",
    ])
    schluessel = """Schlüsselübergabe-Protokoll
Fahrzeug: Audi Q5, SU-SH 582
Anzahl Schlüssel bei Kauf: 2 (Komfortschlüssel)
Beide Schlüssel am 24.04.2026 an Versicherer AG übersandt (Einschreiben RR 1188 7702 9DE).
Halter: Stefan Holtkamp
"""
    zf = zipatt("Unterlagen_Holtkamp.zip", [
        ("Kaufvertrag_Audi_Q5.pdf", kaufvertrag),
        ("Schluesseluebergabe.txt", schluessel.encode("utf-8")),
    ])
    return body(m, """Hallo Herr Vuković,

hier die fehlenden Unterlagen als ZIP. Schlüssel sind per Einschreiben raus.

Gruß S. Holtkamp""", atts=[zf])


@M("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
   "mother forwards the school's accident notice (attached message) about her son's concussion for child accident insurance")
def _():
    m = hdr("Anja Berkenkamp <anja.berkenkamp@web-post.example>",
            "unfall@versicherer.example",
            "WG: Unfall Ihres Sohnes im Sportunterricht", D(2026, 4, 27, 7, 50), mid_style="tb")
    inner = inner_mail(
        "Sekretariat Gesamtschule Holweide <sekretariat@gesamtschule-holweide.example>",
        "anja.berkenkamp@web-post.example",
        "Unfall Ihres Sohnes im Sportunterricht",
        "Fri, 24 Apr 2026 13:12:00 +0200",
        """Sehr geehrte Frau Berkenkamp,

wie telefonisch besprochen: Ihr Sohn Jonas (Klasse 7b) ist heute in der
3. Stunde beim Basketball mit einem Mitschüler zusammengestoßen und mit dem
Hinterkopf auf den Hallenboden geschlagen. Er war kurz benommen, hat sich
einmal übergeben und wurde vom Rettungsdienst in die Kinderklinik
Amsterdamer Straße gebracht. Dort wurde eine Gehirnerschütterung
festgestellt; er bleibt zur Beobachtung über Nacht.

Die Unfallanzeige an die Unfallkasse NRW haben wir heute abgeschickt.

Gute Besserung für Jonas!
Sekretariat Gesamtschule Holweide""",
        mid="<20260424131200.sek@gesamtschule-holweide.example>")
    return body(m, """Hallo,

Jonas ist bei Ihnen über unsere Familien-Unfallversicherung UV 5097 316
mitversichert. Anbei die Mail der Schule. Er ist inzwischen wieder zu Hause,
soll aber eine Woche keinen Sport machen. Müssen wir das melden?

Viele Grüße
Anja Berkenkamp""", atts=[att_mail(inner)])


@M("NORMAL", "en", "newsletter",
   "trap: travel insurance information for students explaining pre-existing conditions and vaccinations in general terms")
def _():
    m = hdr("Versicherer International <international@versicherer.example>",
            "students-info@versicherer.example",
            "Studying abroad? Your travel health checklist", D(2026, 4, 28, 8, 30),
            extra=[("List-Unsubscribe", "<mailto:newsletter-abmelden@versicherer.example>")])
    return body(m, """Studying abroad this autumn? Your checklist

1. Travel health insurance: our StudyAbroad tariff covers medically
   necessary treatment, hospital stays and medical repatriation for up to
   24 months. Pre-existing conditions you already know about are covered if
   the treatment becomes necessary unexpectedly abroad - routine check-ups
   are not.
2. Vaccinations: check the recommendations for your destination at least
   eight weeks before departure (e.g. hepatitis A, typhoid, yellow fever).
3. Prescriptions: take enough of your regular medication and a doctor's
   letter in English.
4. Liability: our PrivatHaftpflicht covers you worldwide during studies.

From EUR 29 per month. Details at versicherer.example/study-abroad

Versicherer AG, Lindenhof 7, 50667 Cologne
Unsubscribe: newsletter-abmelden@versicherer.example""")


@M("CONFIDENTIAL", "de", "insurer-to-customer",
   "instalment agreement for a named customer's buildings premium arrears: rates, dates, IBAN")
def _():
    m = hdr("Renate Bogusch <renate.bogusch@versicherer.example>",
            "Dieter Hambloch <d.hambloch@t-mail.example>",
            "Ihre Ratenzahlung – Wohngebäudeversicherung WG 2209174", D(2026, 4, 28, 11, 15),
            mid_style="outlook")
    return body(m, """Sehr geehrter Herr Hambloch,

wie am Telefon vereinbart, bestätige ich Ihnen die Ratenzahlung für den
offenen Jahresbeitrag Ihrer Wohngebäudeversicherung WG 2209174 (Am
Mühlenbach 14, 50226 Frechen):

  Rückstand gesamt:   780,00 €
  1. Rate  15.05.2026  195,00 €
  2. Rate  15.06.2026  195,00 €
  3. Rate  15.07.2026  195,00 €
  4. Rate  15.08.2026  195,00 €

Die Raten buchen wir von Ihrem Konto DE87 1165 6879 0993 0205 28 ab. Der
Versicherungsschutz bleibt bestehen, solange die Raten pünktlich eingehen.
Mahngebühren haben wir Ihnen erlassen.

Alles Gute und freundliche Grüße
""" + SIG["bogusch"])


@M("STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
   "expat asks her private health insurer to reimburse physiotherapy after a shoulder operation; personal line with diagnosis")
def _():
    m = hdr("Grace Mensah <grace.mensah@quickpost.example>",
            "kranken@versicherer.example",
            "Physio invoices - KV 300 244 180", D(2026, 4, 29, 19, 6), mid_style="phone")
    return body(m, """Hello,

please find my physiotherapy invoices for reimbursement (I'll upload the
scans to the portal tonight). Policy KV 300 244 180, Grace Mensah.

After my rotator cuff repair (left shoulder, surgery 3 March at
St. Marien) my orthopaedist prescribed 2 x 10 sessions of physiotherapy
and 10 sessions of manual lymph drainage. Total so far EUR 1,146.00.

Is lymph drainage covered in my tariff? The practice says some insurers
only pay the GKV rate.

Thank you
Grace""")


@M("NORMAL", "de", "internal",
   "organisational announcement naming colleagues who change teams; no protected personal data")
def _():
    m = hdr("Bereichsleitung Schaden <bereichsleitung-schaden@versicherer.example>",
            "alle-schaden@versicherer.example",
            "Neuaufstellung Schaden Sach/Haftpflicht ab 01.06.", D(2026, 4, 30, 12, 0), mid_style="outlook")
    return body(m, """Liebe Kolleginnen und Kollegen,

zum 01.06.2026 bündeln wir Sach- und Haftpflichtschäden Privatkunden in
einer Abteilung "Schaden Privat". Leitung: Ingrid Lammers. Tobias Kranich
übernimmt die Teamleitung Haftpflicht, Sevgi Aydın bleibt im Rechtsschutz.

Für euch ändert sich zunächst nur die Postkorb-Struktur; die IT stellt am
Pfingstwochenende um. Eine Info-Veranstaltung gibt es am 12.05. um 14 Uhr
in der Kantine.

Viele Grüße
Die Bereichsleitung""")


@M("CONFIDENTIAL", "en", "relative-to-insurer",
   "parents abroad pay their student daughter's household and liability premiums: her policies plus their UK bank account")
def _():
    m = hdr("Alison Pritchard <alison.pritchard@britmail.example>",
            "international@versicherer.example",
            "Paying my daughter's policies from our account", D(2026, 5, 4, 8, 22), mid_style="tb")
    return body(m, """Dear Sir or Madam,

our daughter Megan Pritchard is studying in Heidelberg and has household
contents (HR 7790 4418) and personal liability (PH 2340 117 2) with you.
She is 20 and her student budget is tight, so we would like to pay the
premiums from our account in the UK:

Account holders: David and Alison Pritchard
Bank: NatWest, Chester
IBAN: GB73 NWBK 6073 0141 8622 44 -- sorry, that is our business account,
please use the joint account instead: GB91 NWBK 6073 0177 3109 58

Megan's address is Plöck 33, 69117 Heidelberg. She is copied on this
mail and agrees.

Kind regards,
Alison Pritchard""")


@M("STRICTLY_CONFIDENTIAL", "en", "relative-to-insurer",
   "father claims a cancelled school exchange trip; attached ODT doctor's certificate names his daughter's tonsillitis")
def _():
    m = hdr("James Whitaker <james.whitaker@quickpost.example>",
            "reise@versicherer.example",
            "Cancellation - school exchange, policy RR 551 208 40", D(2026, 5, 5, 20, 0), mid_style="tb")
    cert = odt("Aerztliche_Bescheinigung_Whitaker.odt", [
        "# Ärztliche Bescheinigung / Medical certificate",
        "Praxis für Kinder- und Jugendmedizin Dr. S. Nieder, Lindenthalgürtel 12, 50935 Köln",
        "Patientin: Emily Whitaker, geb. 19.09.2011",
        "Diagnose: eitrige Tonsillitis mit Fieber bis 39,8 °C (J03.9), Antibiotikatherapie seit 02.05.2026",
        "Die Patientin ist bis einschließlich 10.05.2026 nicht reisefähig.",
        "Köln, 04.05.2026 – Dr. S. Nieder",
    ])
    return body(m, """Hello,

our daughter Emily (14) was supposed to leave for a school exchange to
Lyon on 5 May. She fell ill with a severe throat infection on 2 May and
the paediatrician says she cannot travel. Her certificate is attached.

The school charged a cancellation fee of EUR 420 (train + host family
contribution). We have your trip cancellation insurance, family cover,
RR 551 208 40.

Where do we send the school's invoice?

Best wishes,
James Whitaker""", atts=[cert])


@M("NORMAL", "de", "insurer-to-broker",
   "trap: list of public regional classes per registration district (CSV); statistical tariff data, no person")
def _():
    m = hdr("Lars Tiedemann <lars.tiedemann@versicherer.example>",
            "Bianca Rehse <b.rehse@finanzkontor-nord.example>",
            "Regionalklassen 2026 Ihrer Region", D(2026, 5, 6, 10, 40), mid_style="outlook")
    data = """Zulassungsbezirk;KH;VK;TK
Oldenburg (Stadt);6;4;3
Oldenburg (Land);5;3;4
Ammerland;4;3;4
Wesermarsch;5;3;5
Cloppenburg;7;4;6
Vechta;6;4;5
Leer;5;3;4
"""
    return body(m, """Hallo Frau Rehse,

wie besprochen die Regionalklassen 2026 für Ihre Zulassungsbezirke (GDV,
öffentlich). Cloppenburg ist in KH leider um eine Klasse gestiegen.

Gruß Lars Tiedemann""", atts=[csvatt("Regionalklassen_2026_Weser-Ems.csv", data)])


@M("CONFIDENTIAL", "en", "insurer-to-customer",
   "insurance confirmation (eVB) for a named expat with birth date, address and the new car's registration data")
def _():
    m = hdr("Jana Pietsch <jana.pietsch@versicherer.example>",
            "Mr Kenji Watanabe <kenji.watanabe@quickpost.example>",
            "Your eVB number for registration", D(2026, 5, 6, 15, 12), mid_style="outlook")
    return body(m, """Dear Mr Watanabe,

here is your electronic insurance confirmation (eVB) for registering your
car at the Cologne registration office:

  eVB number:       K7X4PQ2
  Valid until:      5 November 2026
  Policyholder:     Kenji Watanabe, born 22 January 1984
  Address:          Aachener Str. 1040, 50858 Köln
  Vehicle:          Mazda CX-30, VIN JMZDM6WEA00418873
  Cover requested:  motor liability + comprehensive (Vollkasko), SF 0 with
                    credit for your Japanese no-claims record (SF 4)

Please bring the eVB number, your passport, residence permit and the
vehicle documents to the registration office. Your policy will start on the
day of registration.

Kind regards,
Jana Pietsch
Motor Policy Service, Versicherer AG""")


@M("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
   "occupational disability claim: a carpenter describes his herniated discs, surgery, his income and inability to work")
def _():
    m = hdr("Bernd Lückerath <b.lueckerath@freenet-post.example>",
            "leistung-bu@versicherer.example",
            "Antrag auf BU-Rente – BU 44 203 118", D(2026, 5, 7, 9, 30), mid_style="tb")
    return body(m, """Sehr geehrte Damen und Herren,

ich beantrage hiermit Leistungen aus meiner Berufsunfähigkeitsversicherung
BU 44 203 118.

Ich bin seit 1998 Schreinermeister mit eigener Werkstatt (2 Gesellen).
Seit November 2025 habe ich massive Rückenprobleme: zwei Bandscheiben-
vorfälle L4/L5 und L5/S1, am 12.01.2026 wurde ich operiert (Nukleotomie
im Klinikum Leverkusen). Laut meinem Neurochirurgen darf ich dauerhaft nicht
mehr schwer heben, nicht über Kopf arbeiten und nicht länger als eine Stunde
stehen – das ist in meinem Beruf praktisch alles. Ich bin seit 18.11.2025
durchgehend arbeitsunfähig.

Mein Einkommen aus dem Betrieb lag 2024 bei ca. 54.000 € vor Steuern, seit
Dezember läuft der Betrieb nur noch über die Gesellen mit Verlust.

Die Unterlagen (OP-Bericht, Reha-Entlassungsbericht, Steuerbescheide)
schicke ich per Post. Bitte schicken Sie mir die Formulare.

Mit freundlichen Grüßen
Bernd Lückerath
Leichlingen""")


@M("NORMAL", "de", "press-to-insurer",
   "journalist asks how the insurer protects customer e-mails; general press enquiry")
def _():
    m = hdr("Nora Feldhaus <n.feldhaus@rheinblatt-redaktion.example>",
            "presse@versicherer.example",
            "Presseanfrage: Verschlüsselte E-Mails bei Versicherern", D(2026, 5, 8, 10, 5))
    return body(m, """Sehr geehrte Damen und Herren,

für einen Verbraucherartikel im Rheinblatt (Erscheinen 23.05.) recherchiere
ich, wie Versicherer mit E-Mails ihrer Kundinnen und Kunden umgehen.

1. Verschicken Sie Arztberichte oder Leistungsabrechnungen per E-Mail?
2. Bieten Sie ein Kundenpostfach bzw. S/MIME an?
3. Wie viele Ihrer Kundinnen und Kunden nutzen das (ungefähr)?

Über eine Antwort bis 15.05. würde ich mich freuen.

Mit freundlichen Grüßen
Nora Feldhaus
Redaktion Verbraucher & Geld, Rheinblatt""")


@M("CONFIDENTIAL", "de", "customer-to-insurer",
   "sale notice for an insured car with the named buyer's address and birth date and the seller's policy number")
def _():
    m = hdr("Gabriele Niesen <gabi.niesen@web-post.example>",
            "kfz-service@versicherer.example",
            "Auto verkauft – Veräußerungsanzeige", D(2026, 5, 11, 18, 50), mid_style="phone")
    return body(m, """Hallo,

ich habe meinen Fiat 500 (K-GN 812, Vertrag 40-KH-164 009 2) am
09.05.2026 um 14 Uhr verkauft. Käufer:

Herr Leon Baumgartner, geb. 13.02.2001
Deutz-Mülheimer Str. 130, 51063 Köln

Er meldet das Auto diese Woche um. Bitte Vertrag beenden und Restbeitrag
zurück aufs bekannte Konto. Einen Nachfolger hab ich noch nicht, die SF-Klasse
soll bitte erstmal parken.

Gruß Gabi Niesen""")


@M("NORMAL", "en", "newsletter",
   "English broker newsletter on a new expat product; product information only")
def _():
    m = hdr("Versicherer Broker Service <makler-news@versicherer.example>",
            "broker-newsletter-en@versicherer.example",
            "Broker update: 'Expat Start' package now available", D(2026, 5, 12, 7, 30),
            extra=[("List-Unsubscribe", "<mailto:makler-news-abmelden@versicherer.example>")])
    return body(m, """BROKER UPDATE 05/2026

New: "Expat Start" - household contents + personal liability in one
contract, policy documents in English, premium invoices in English,
cancellation with one month's notice when the customer leaves Germany.

- Sum insured for contents: flat EUR 650 per m2, no underinsurance waiver
  limit below 120 m2
- Liability: EUR 10m, including rented furnished apartments
- Commission: same as household contents

Online quote in the broker portal under "Private > Expat Start".

Your Broker Service Team, Versicherer AG""")


@M("NORMAL", "de", "internal",
   "trap: forwarded anonymous online quote request (postcode, floor space, bicycle value); no name, no contract")
def _():
    m = hdr("Online-Vertrieb <online-vertrieb@versicherer.example>",
            "Ingrid Lammers <ingrid.lammers@versicherer.example>",
            "WG: Rechner-Abbruch Hausrat – Rückfrage Fahrradklausel", D(2026, 5, 13, 9, 10))
    return body(m, """Hallo Frau Lammers,

im Hausratrechner gibt es öfter Abbrüche an der Stelle "Fahrräder". Hier
ein typischer anonymer Datensatz aus dem Log von gestern (kein Name, keine
Mail-Adresse hinterlegt):

  PLZ 50667 | Wohnfläche 85 m² | 2. OG | keine Elementargefahr
  Versicherungssumme 55.250 € | Fahrräder: 2 Stück, Wert 4.800 €
  Abbruch auf Seite 4 nach Anzeige Beitrag 11,42 €/Monat

Ist die Nachtzeitklausel im neuen Tarif eigentlich noch drin? Dann würden
wir den Infotext anpassen.

Danke und Gruß
Online-Vertrieb""")


@M("CONFIDENTIAL", "de", "internal",
   "wage garnishment of a named employee: HR tells payroll the seizable amount and his net pay")
def _():
    m = hdr("Birgit Haferkamp <birgit.haferkamp@versicherer.example>",
            "Entgeltabrechnung <payroll@versicherer.example>",
            "Lohnpfändung Personalnummer 40871 – ab Juni berücksichtigen", D(2026, 5, 13, 14, 22),
            mid_style="outlook")
    return body(m, """Hallo zusammen,

für unseren Mitarbeiter Frank Zimmermann (Personalnummer 40871, Service-
Center Telefonie) ist heute ein Pfändungs- und Überweisungsbeschluss des
AG Köln (Az. 283 M 2210/26) eingegangen. Gläubiger: Autokredit West GmbH,
Forderung 8.912,40 €.

Sein Nettoeinkommen lag in den letzten drei Monaten bei durchschnittlich
2.380 €, er ist zwei Kindern gegenüber unterhaltspflichtig. Nach der
Pfändungstabelle (Stand 07/2025) ergibt sich ein pfändbarer Betrag von
rund 171,46 € monatlich. Bitte ab der Juni-Abrechnung einbehalten und an
die Gläubigerin überweisen (Daten im Beschluss, liegt in der Personalakte).

Herr Zimmermann ist informiert. Bitte vertraulich behandeln.

Danke
Birgit Haferkamp""")


@M("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
   "personal liability claim: the jogging customer knocked over an elderly woman who broke her hip and was operated")
def _():
    m = hdr("Malte Quadflieg <malte.quadflieg@mailfix.example>",
            "haftpflicht@versicherer.example",
            "Schaden melden – Zusammenstoß beim Joggen", D(2026, 5, 14, 20, 3), mid_style="tb")
    return body(m, """Guten Abend,

ich muss einen Haftpflichtschaden melden, Vertrag PH 2255 083 1.

Am Sonntag, 10.05., bin ich im Stadtwald gejoggt und an der Brücke am
Adenauerweiher um die Kurve gelaufen, dabei habe ich eine ältere Dame
(Frau Irmgard Schallenberg, 81) umgestoßen, die mir entgegenkam. Sie ist
unglücklich gestürzt. Der Rettungswagen hat sie ins St. Elisabeth gebracht,
ihr Sohn hat mich heute angerufen: Oberschenkelhalsbruch, sie wurde am
Montag operiert (Hüftprothese) und muss danach in die Reha.

Ich fühle mich furchtbar. Der Sohn (Norbert Schallenberg, 0221 5550 6637)
hat angekündigt, dass Ansprüche kommen werden. Was soll ich jetzt tun,
darf ich mit ihm reden?

Malte Quadflieg
Lindenthal""")


@M("NORMAL", "en", "internal",
   "trap: IT security warning quoting a phishing mail about a 'changed IBAN'; sample text, no real customer")
def _():
    m = hdr("IT Security <it-security@versicherer.example>",
            "all-staff-en@versicherer.example",
            "Phishing alert: fake 'bank details changed' mails", D(2026, 5, 15, 8, 45))
    return body(m, """Dear colleagues,

since yesterday several departments have received mails like the one
below. It is phishing. Do NOT click the link, do NOT change any bank
details in our systems on the basis of such a mail, and report it with
the "Report phishing" button.

---- example (links removed) ----
From: "Versicherer Kundenservice" <service@versicherer-kundenkonto.example>
Subject: Your IBAN has been changed - please confirm
Dear customer, the bank account for your policy has been changed to
DE00 0000 0000 0000 0000 00. If you did not request this change, confirm
your identity within 24 hours: [link]
---- end ----

Remember: customers never get mails from us asking them to confirm bank
details via a link.

IT Security""")


@M("CONFIDENTIAL", "en", "insurer-to-customer",
   "confirmation that a named expat's motor policy ends because he leaves Germany; refund to his Spanish IBAN")
def _():
    m = hdr("Jana Pietsch <jana.pietsch@versicherer.example>",
            "Mr Miguel Ortega Ruiz <m.ortega.ruiz@quickpost.example>",
            "Re: Cancellation - moving back to Spain", D(2026, 5, 18, 10, 2), mid_style="outlook",
            in_reply_to="<ortega.0511@quickpost.example>")
    return body(m, """Dear Mr Ortega Ruiz,

thank you for the de-registration certificate of your car (BN-MO 318). Your
motor policy 40-KH-176 522 8 ended on 14 May 2026, the day of
de-registration.

We will refund the unused premium of EUR 211.37 to your Spanish account
ES10 0049 2352 0824 1420 5416 (holder: Miguel Ortega Ruiz) within the next
week.

Your no-claims class at the end of the contract is SF 6 (liability) and
SF 4 (comprehensive). If you need a certificate in English for your new
insurer in Spain, just let me know.

All the best for your move!

Jana Pietsch
Motor Policy Service
Versicherer AG""")


@M("NORMAL", "de", "insurer-to-broker",
   "trap: product information on accident insurance (a personal line) for brokers; general benefits, no insured person")
def _():
    m = hdr("Lars Tiedemann <lars.tiedemann@versicherer.example>",
            "makler-west@versicherer.example",
            "Neue Unfallversicherung UnfallAktiv 2026 – Produktinfos für Ihre Beratung",
            D(2026, 5, 18, 14, 30), mid_style="outlook")
    return body(m, """Liebe Maklerpartnerinnen und Maklerpartner,

ab 01.07.2026 gibt es unsere Unfallversicherung in neuer Fassung. Die
wichtigsten Änderungen:

- Invaliditätsleistung schon ab 1 % Invaliditätsgrad
- Progression bis 1.000 % wählbar
- Gliedertaxe verbessert: Hand 70 %, Fuß 50 %, Auge 60 %
- Bergungskosten bis 50.000 €
- neu: Leistung bei Herzinfarkt und Schlaganfall als Unfall (Baustein
  "Plus"), bei Zeckenbiss (Borreliose, FSME) und bei Eigenbewegung
  (z. B. Meniskusriss, Achillessehnenriss)
- Kinder: Zahnunfall bis 5.000 €

Tarifrechner und Bedingungen stehen ab 01.06. im Maklerportal.
Eine Schulung bieten wir am 10.06. an.

Viele Grüße
""" + SIG["tiedemann"])


@M("STRICTLY_CONFIDENTIAL", "de", "relative-to-insurer",
   "widow reports her husband's death and claims the term life benefit; personal line (life), death certificate and IBAN")
def _():
    m = hdr("Renate Uhlenbruck <r.uhlenbruck@t-mail.example>",
            "leben@versicherer.example",
            "Todesfall – Risikolebensversicherung LV 88 190 244", D(2026, 5, 19, 9, 17), mid_style="tb")
    urkunde = pdf("Sterbeurkunde_Uhlenbruck.pdf", [
        "Standesamt Bergheim",
        "#Sterbeurkunde",
        "Register-Nr. S 0412/2026",
        "",
        "Klaus-Peter Uhlenbruck",
        "geboren am 14.03.1964 in Bedburg",
        "verstorben am 08.05.2026 in Bergheim",
        "Letzter Wohnsitz: Zeppelinstraße 9, 50126 Bergheim",
        "Familienstand: verheiratet mit Renate Uhlenbruck geb. Schmitz",
        "",
        "Bergheim, 12.05.2026 – Der Standesbeamte",
    ])
    return body(m, """Sehr geehrte Damen und Herren,

mein Mann Klaus-Peter Uhlenbruck ist am 08.05.2026 verstorben. Er hatte bei
Ihnen eine Risikolebensversicherung (LV 88 190 244), ich bin als
Bezugsberechtigte eingetragen.

Anbei die Sterbeurkunde. Das ärztliche Zeugnis über die Todesursache und
den Versicherungsschein schicke ich Ihnen per Post, den Schein muss ich noch
suchen.

Bitte überweisen Sie die Versicherungssumme auf mein Konto:
Renate Uhlenbruck, DE29 6862 1930 4899 3698 97

Mit freundlichen Grüßen
Renate Uhlenbruck""", atts=[urkunde])


@M("NORMAL", "de", "internal",
   "facility notice about a closed car park level; no personal data")
def _():
    m = hdr("Manfred Rückert <manfred.rueckert@versicherer.example>",
            "alle-standort-koeln@versicherer.example",
            "Tiefgarage Ebene -2 gesperrt 26.–29.05. (Beschichtung)", D(2026, 5, 20, 13, 0))
    return body(m, """Hallo zusammen,

vom 26. bis 29.05. wird die Ebene -2 der Tiefgarage neu beschichtet. Bitte
die Fahrzeuge bis Montagabend 18 Uhr umparken, ab Dienstag werden
verbliebene Autos kostenpflichtig versetzt. Ersatzparkplätze gibt es im
Parkhaus Lindenhof (Ausfahrtticket an der Pforte).

E-Ladesäulen auf -1 sind nicht betroffen.

""" + SIG["rueckert"])


@M("CONFIDENTIAL", "de", "customer-to-insurer",
   "tenant sends payslips for a rent deposit guarantee: body harmless, PDF holds employer, gross and net salary, tax ID")
def _():
    m = hdr("Yasemin Çelik <yasemin.celik@web-post.example>",
            "mietkaution@versicherer.example",
            "Unterlagen Mietkautionsbürgschaft", D(2026, 5, 21, 12, 34), mid_style="phone")
    slip = pdf("Gehaltsabrechnung_April_2026.pdf", [
        "Brandstätter Medientechnik GmbH · Personalabrechnung",
        "",
        "#Verdienstabrechnung April 2026",
        "Name: Yasemin Çelik · Pers.-Nr. 1187 · Eintritt 01.08.2021",
        "Geburtsdatum: 09.06.1995 · Steuerklasse I · Steuer-ID 48 211 093 776",
        "Anschrift: Hansaring 51, 50670 Köln",
        "",
        "Gehalt                           3.450,00",
        "Fahrtkostenzuschuss                 49,00",
        "Brutto                           3.499,00",
        "Lohnsteuer                        -412,83",
        "Solidaritätszuschlag                 0,00",
        "Sozialversicherung (AN-Anteil)    -723,55",
        "Netto                            2.362,62",
        "Auszahlung auf DE20 8739 8464 5201 3974 79",
    ])
    return body(m, """Hallo, anbei die letzte Gehaltsabrechnung wie angefordert. Die anderen
zwei reiche ich heute Abend nach. LG Y. Çelik""", atts=[slip])


@M("STRICTLY_CONFIDENTIAL", "de", "internal",
   "chat transcript: customer wants to cancel her car insurance after an epilepsy diagnosis and a driving ban")
def _():
    m = hdr("Melike Sarıkaya <melike.sarikaya@versicherer.example>",
            "Jana Pietsch <jana.pietsch@versicherer.example>",
            "Chat #91877 – Kündigung Kfz wegen Fahrverbot (ärztlich)", D(2026, 5, 21, 16, 40))
    return body(m, """Hi Jana, ich hab der Kundin gesagt, dass sich jemand meldet, ob ein
Sonderkündigungsrecht besteht oder wir auf Ruhe umstellen. Protokoll:

[16:12] Kundin: hallo ich muss meine autoversicherung kündigen
[16:12] Melike (Versicherer): Hallo! Darf ich nach Name und Vertragsnummer fragen?
[16:13] Kundin: Larissa Hoven 40-KH-210 045 7
[16:13] Melike (Versicherer): Danke, Frau Hoven. Möchten Sie das Auto verkaufen?
[16:15] Kundin: weiß ich noch nicht. ich hatte vor 3 wochen zum ersten mal einen epileptischen anfall, jetzt ist es diagnostiziert und ich krieg tabletten (levetiracetam). die neurologin sagt mindestens 3 monate anfallsfrei bevor ich wieder fahren darf, eher 6
[16:15] Kundin: und das auto steht nur rum und kostet
[16:16] Melike (Versicherer): Das tut mir leid. Es gibt die Möglichkeit, das Auto abzumelden, dann ruht die Versicherung beitragsfrei und Ihr Rabatt bleibt erhalten.
[16:17] Kundin: ok das klingt gut. kann mich jemand anrufen? 0178 5550 2094
[16:17] Melike (Versicherer): Gern, die Kollegin meldet sich morgen.

Melike""")


@M("NORMAL", "de", "internal",
   "trap: IT test case with the well-known specimen person 'Erika Mustermann, geb. 12.08.1964' from the ID-card sample")
def _():
    m = hdr("Dennis Olbrich <dennis.olbrich@versicherer.example>",
            "Team Test Inkasso <test-inkasso@versicherer.example>",
            "Testfälle Release 26.2 – Kundendaten-Maske", D(2026, 5, 22, 10, 20), mid_style="outlook")
    return body(m, """Hallo zusammen,

für den Abnahmetest der neuen Kundendaten-Maske bitte folgende
Testpersonen anlegen (alle fiktiv, Musterdaten aus dem Personalausweis-
Muster bzw. unserem Testdatengenerator):

TF-01  Erika Mustermann, geb. 12.08.1964, Heidestraße 17, 51147 Köln
       IBAN DE02 1203 0000 0000 2020 51 (Testbank), Vertrag HR 9999 0001
TF-02  Max Mustermann, geb. 01.01.1980, Musterweg 1, 50667 Köln
       ohne Bankverbindung, Vertrag 40-KH-999 000 1
TF-03  Firma Muster GmbH, Gewerbe-Haftpflicht 99-BH-000 001

Erwartung: Plausiprüfung meldet bei TF-02 "Lastschrift ohne Mandat".
Testumgebung: https://inkasso-test.versicherer.example

Gruß Dennis""")


@M("CONFIDENTIAL", "de", "customer-to-insurer",
   "trip cancellation because the customer lost his job: named insured, termination letter, booking and costs; no health")
def _():
    m = hdr("Sven Kaltwasser <sven.kaltwasser@quickpost.example>",
            "reise@versicherer.example",
            "Reiserücktritt wegen Jobverlust – RR 551 440 17", D(2026, 5, 26, 8, 58))
    return body(m, """Sehr geehrte Damen und Herren,

ich wurde von meinem Arbeitgeber (Rheintal Druck GmbH) am 19.05.2026
betriebsbedingt zum 31.07.2026 gekündigt – nach 11 Jahren. Die Firma wird
geschlossen. Kopie der Kündigung habe ich eingescannt.

Wir hatten für Juli eine Reise nach Kreta gebucht (2 Erw., 2 Kinder,
3.780 €). Das können wir uns jetzt nicht mehr leisten, ich werde ab August
Arbeitslosengeld bekommen, das sind gut 1.000 € weniger im Monat.

Laut Ihren Bedingungen ist unerwartete betriebsbedingte Kündigung ein
versichertes Ereignis. Unsere Police: RR 551 440 17 (Familientarif).
Stornokosten laut Veranstalter derzeit 40 % = 1.512 €.

Mit freundlichen Grüßen
Sven Kaltwasser""")


@M("NORMAL", "en", "supplier-to-insurer",
   "translation agency offers its services; company-only")
def _():
    m = hdr("Clara Jensen <clara.jensen@lingua-nord.example>",
            "einkauf@versicherer.example",
            "Translation of policy wordings - framework offer", D(2026, 5, 26, 11, 11))
    return body(m, """Dear Sir or Madam,

following our call with your International Client Service, please find our
framework offer for the translation of policy wordings and standard
letters (DE > EN, DE > TR, DE > PL):

- General conditions / wordings: EUR 0.16 per source word
- Standard letters, 48h turnaround: EUR 0.19 per source word
- Translation memory discounts from 75 % match
- ISO 17100 certified, all translators under NDA

We are happy to do a free test translation of 500 words.

Kind regards,
Clara Jensen
Lingua Nord GmbH, Hamburg""")


@M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
   "travel health: insurer instructs the assistance company to repatriate a named customer after a stroke in Portugal")
def _():
    m = hdr("Reise-Notruf Versicherer <reise-notruf@versicherer.example>",
            "Ops Desk <ops@euroassist-medical.example>",
            "Repatriation request - RK 7701 905 / Mr Gerd Lautenschläger", D(2026, 5, 27, 6, 42),
            mid_style="outlook", extra=[("Importance", "high")])
    return body(m, """Dear colleagues,

please organise the medical repatriation for our insured:

  Patient:        Gerd Lautenschläger, DOB 17/04/1952
  Policy:         RK 7701 905 (annual travel health, cover confirmed)
  Current place:  Hospital Particular do Algarve, Faro, stroke unit,
                  room 214, attending physician Dr. Rui Matos
  Diagnosis:      ischaemic stroke (left MCA) on 22 May 2026, thrombolysis,
                  residual right-sided hemiparesis and aphasia; stable,
                  fit to fly per hospital report of 26 May
  Destination:    Neurologische Reha-Klinik Godeshöhe, Bonn (bed confirmed
                  from 29 May)
  Companion:      wife Ingeborg Lautenschläger, +49 170 5550 4827

We approve an air ambulance or a stretcher on a scheduled flight with
medical escort, whichever the hospital's doctor recommends. Please send us
the cost estimate before booking.

Thank you,
Travel Emergency Desk, Versicherer AG
+49 221 9870-9999 (24/7)""")


@M("NORMAL", "de", "insurer-to-press",
   "trap: dog-bite liability claims by breed and age group for a journalist; aggregated, no person")
def _():
    m = hdr("Carolin Eschweiler <carolin.eschweiler@versicherer.example>",
            "Nora Feldhaus <n.feldhaus@rheinblatt-redaktion.example>",
            "AW: Zahlen Hundebisse", D(2026, 5, 27, 15, 30), mid_style="outlook")
    return body(m, """Liebe Frau Feldhaus,

wie versprochen unsere Zahlen aus der Tierhalterhaftpflicht 2025
(Personenschäden durch Hunde, Bestand Versicherer AG):

  Schäden gesamt:            612
  davon Kinder unter 14:     188 (31 %)
  häufigste Verletzung:      Bisswunden an Hand/Unterarm
  Ø Aufwand je Schaden:      4.870 €
  Top-Rassen (nach Anzahl):  Mischlinge, Schäferhund, Labrador, Terrier

Bitte beachten: Die Rassenverteilung spiegelt vor allem wider, welche Hunde
häufig gehalten werden. Einzelfälle können wir aus Datenschutzgründen nicht
nennen.

Herzliche Grüße
Carolin Eschweiler""")


@M("CONFIDENTIAL", "de", "customer-to-insurer",
   "HTML-only contact-form mail: named customer, birth date, new address and new IBAN for several non-personal policies")
def _():
    m = hdr("Kontaktformular <kontaktformular@versicherer.example>",
            "service@versicherer.example",
            "[Kontaktformular] Adressänderung / Bankverbindung", D(2026, 5, 28, 19, 1),
            reply_to="Katja Reimers <katja.reimers@heimnetz.example>")
    html = """<html><body>
<p><b>Neue Anfrage über das Kontaktformular</b></p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><td>Anliegen</td><td>Adressänderung und neue Bankverbindung</td></tr>
<tr><td>Name</td><td>Katja Reimers</td></tr>
<tr><td>Geburtsdatum</td><td>03/11/1977</td></tr>
<tr><td>Verträge</td><td>Hausrat HR 6022 9410, Privathaftpflicht PH 2240 337 0, Kfz 40-KH-131 208 8</td></tr>
<tr><td>Alte Anschrift</td><td>Luxemburger Str. 210, 50939 Köln</td></tr>
<tr><td>Neue Anschrift ab 01.06.2026</td><td>Am Rosenhügel 5, 51109 Köln</td></tr>
<tr><td>Neue IBAN</td><td>DE95 1499 0307 1519 4037 25</td></tr>
<tr><td>Kontoinhaber</td><td>Katja Reimers</td></tr>
<tr><td>Nachricht</td><td>Die Wohnung ist größer (92 statt 68 m²), bitte Hausrat anpassen.</td></tr>
</table>
<p style="font-size:8pt">Gesendet über www.versicherer.example/kontakt am 28.05.2026 19:01</p>
</body></html>"""
    return body(m, html=html)


@M("STRICTLY_CONFIDENTIAL", "de", "company-to-insurer",
   "employer sends the list for occupational pension direct insurance (life line): employees, birth dates, salaries")
def _():
    m = hdr("Personal Rheinkraft Energie <personal@rheinkraft-energie.example>",
            "bav@versicherer.example",
            "Direktversicherung – Neuanmeldungen Juni 2026", D(2026, 5, 29, 10, 45), mid_style="outlook")
    sheet = xlsx("bAV_Neuanmeldungen_062026.xlsx", [("Neuanmeldungen", [
        ("Pers.-Nr.", "Name", "Vorname", "Geburtsdatum", "Eintritt", "Brutto mtl. EUR",
         "Entgeltumwandlung EUR", "AG-Zuschuss EUR", "Tarif"),
        ("20411", "Bleckmann", "Jan", "1996-02-11", "2026-04-01", 3980, 150, 22.50, "DV-Klassik"),
        ("20418", "Sommer", "Aylin", "2001-09-30", "2026-04-15", 3120, 100, 15.00, "DV-Klassik"),
        ("20425", "Rother", "Matthias", "1978-06-04", "2026-05-01", 5740, 300, 45.00, "DV-Fonds"),
        ("20429", "Oyelaran", "Tunde", "1990-12-19", "2026-05-01", 4410, 200, 30.00, "DV-Fonds"),
    ])])
    return body(m, """Sehr geehrte Damen und Herren,

anbei die Neuanmeldungen zur Direktversicherung (Gruppenvertrag GV 9021 77)
zum 01.06.2026. Die Entgeltumwandlungsvereinbarungen liegen unterschrieben
vor und gehen per Post an Sie.

Mit freundlichen Grüßen
Personalabteilung
Rheinkraft Energie GmbH""", atts=[sheet])


@M("NORMAL", "de", "internal",
   "trap: complaint statistics for the regulator's annual report, counts per line and reason; no complainant named")
def _():
    m = hdr("Beschwerdemanagement <beschwerden@versicherer.example>",
            "Dr. Karla Imhoff <karla.imhoff@versicherer.example>",
            "Beschwerdestatistik 2025 für BaFin-Meldung", D(2026, 6, 1, 9, 30), mid_style="outlook")
    sheet = ods("Beschwerden_2025.ods", [
        ["Sparte", "Beschwerden", "davon berechtigt", "häufigster Grund"],
        ["Kraftfahrt", 412, 133, "Regulierungsdauer"],
        ["Hausrat/Wohngebäude", 188, 61, "Leitungswasser Ablehnung"],
        ["Haftpflicht", 74, 19, "Deliktsunfähigkeit Kinder"],
        ["Rechtsschutz", 96, 22, "Wartezeit"],
        ["Krankenversicherung", 301, 87, "Beitragsanpassung"],
        ["Leben/BU", 143, 35, "Leistungsprüfung Dauer"],
        ["Unfall", 58, 14, "Invaliditätsbemessung"],
        ["Summe", 1272, 371, ""],
    ], name="2025")
    return body(m, """Sehr geehrte Frau Dr. Imhoff,

anbei die Beschwerdestatistik 2025 zur Freigabe vor der Meldung an die
BaFin (Frist 30.06.). Keine Einzelfälle, nur Summen nach Sparte und Grund.

Mit freundlichen Grüßen
Beschwerdemanagement""", atts=[sheet])


@M("CONFIDENTIAL", "de", "broker-to-insurer",
   "broker forwards the customer's original mail as an attachment: car change with VIN and new bank account")
def _():
    m = hdr("Sascha Limbach <s.limbach@limbach-versicherungen.example>",
            "kfz-makler@versicherer.example",
            "WG: Neues Auto + neues Konto (VN Tillmann)", D(2026, 6, 2, 8, 12), mid_style="outlook")
    inner = inner_mail(
        "Jörg Tillmann <joerg.tillmann@freenet-post.example>",
        "Sascha Limbach <s.limbach@limbach-versicherungen.example>",
        "Neues Auto + neues Konto",
        "Mon, 01 Jun 2026 21:40:00 +0200",
        """Hallo Herr Limbach,

wir holen am 10.06. den neuen Wagen ab: Hyundai Tucson Hybrid, FIN
TMAJ3813GPJ204471, Kennzeichen wird SU-JT 220 (Wunschkennzeichen
reserviert). Der alte Kia (SU-JT 77) geht in Zahlung.

Außerdem bitte ab Juli das neue Konto nehmen:
Jörg Tillmann, DE21 8801 9490 2918 6814 10, Kreissparkasse Köln

Vertrag ist der 40-KH-088 317 2.

Gruß Jörg Tillmann
Siegburger Str. 5, 53757 Sankt Augustin""",
        mid="<a81c.tillmann@freenet-post.example>")
    return body(m, """Hallo Kfz-Team,

bitte Fahrzeugwechsel und Bankverbindung lt. weitergeleiteter Mail des
Kunden erfassen, SF bleibt. Danke!

Sascha Limbach""", atts=[att_mail(inner)])


@M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "private health insurance benefit statement: named insured, doctor's invoice items, diagnoses, amounts reimbursed")
def _():
    m = hdr("Petra Nowotny <petra.nowotny@versicherer.example>",
            "Herrn Dr. Volker Hesse <v.hesse@mailfix.example>",
            "Leistungsabrechnung KV 300 077 412 vom 02.06.2026", D(2026, 6, 2, 15, 48),
            mid_style="outlook")
    return body(m, """Sehr geehrter Herr Dr. Hesse,

wir haben Ihre eingereichten Rechnungen geprüft:

Rechnung Dermatologie Dr. Kaul, 12.05.2026
  Diagnose: Basalzellkarzinom Nasenrücken (C44.3), Exzision mit
  Schnellschnitt
  GOÄ 2404, 2006, 4815 u. a., 2,3-fach        482,16 €   erstattet 482,16 €
Rechnung Labor Dr. Wisplinghoff, 14.05.2026
  Histologie                                    96,40 €   erstattet  96,40 €
Apotheke am Neumarkt, 18.05.2026
  Fucidine Salbe, Verbandmaterial               23,85 €   erstattet  23,85 €
                                                         -----------------
Erstattung gesamt                                                602,41 €

Der Betrag wird auf Ihr hinterlegtes Konto überwiesen. Ihre
Beitragsrückerstattung für 2026 entfällt durch diese Einreichung.

Mit freundlichen Grüßen

""" + SIG["nowotny"])


@M("NORMAL", "en", "insurer-to-broker",
   "trap: blank English translation of the health questionnaire for brokers; questions only, no answers, no person")
def _():
    m = hdr("Fiona Brennecke <fiona.brennecke@versicherer.example>",
            "Graham Whitlock <g.whitlock@harrowbrokers.example>",
            "English courtesy translation - health questions (term life)", D(2026, 6, 3, 10, 10),
            mid_style="outlook")
    form = docx("Health_questions_term_life_EN_courtesy.docx", [
        "# Term life insurance - health questions (courtesy translation)",
        "Only the German application form is legally binding.",
        "1. Height (cm) and weight (kg): ______",
        "2. In the last 5 years, have you been examined, advised or treated by a doctor "
        "or psychotherapist for illnesses, disorders or complaints? If yes: which, when, by whom?",
        "3. In the last 10 years, have you been treated in hospital, a rehab clinic or a "
        "psychiatric facility?",
        "4. Have you ever been diagnosed with cancer, diabetes, HIV infection, heart attack "
        "or stroke?",
        "5. Do you smoke, or have you smoked in the last 12 months?",
        "6. Do you take medication regularly? If yes: name, dose, reason.",
        "Name of applicant: ____________   Date of birth: __/__/____",
    ])
    return body(m, """Hi Graham,

as requested, the English courtesy translation of our health questions for
term life. It's a blank form for your advisers; the signed German
application remains the binding document.

Best,
Fiona""", atts=[form])


@M("CONFIDENTIAL", "en", "customer-to-insurer",
   "phone stolen in Barcelona: named policyholder, phone insurance number, IMEI and Spanish police report number")
def _():
    m = hdr("Chloé Martin <chloe.martin@quickpost.example>",
            "elektronik@versicherer.example",
            "stolen phone barcelona", D(2026, 6, 4, 23, 48), mid_style="phone")
    return body(m, """hi, my phone was stolen from my bag on La Rambla today around 6pm.
(writing from my friend's laptop)

policy HY-670 418 2, name Chloé Martin
iphone 15, IMEI 35 391817 552043 6
police report Mossos d'Esquadra nr. BCN-UOB-2026-0604-1187

i've blocked the sim. do you need the original police report or is a
photo ok? i'm back in cologne on monday.

chloé""")


@M("STRICTLY_CONFIDENTIAL", "en", "relative-to-insurer",
   "daughter in England asks about care benefits from her mother's German long-term care supplement: care level and dementia")
def _():
    m = hdr("Helen Carter-Bauer <helen.carterbauer@britmail.example>",
            "pflege@versicherer.example",
            "My mother's care insurance - Pflegegrad 3", D(2026, 6, 5, 14, 20), mid_style="tb")
    return body(m, """Dear Sir or Madam,

I am writing on behalf of my mother, Waltraud Bauer (born 2 August 1944),
who has a supplementary long-term care policy with you (PT 6610 285,
Pflegetagegeld). I hold her power of attorney; a copy was sent to you in
March.

The medical service (Medizinischer Dienst) visited her on 12 May and she
has now been assessed at care level 3 (Pflegegrad 3) because of her
advancing vascular dementia and a hip problem that makes walking unsafe.
The decision of her statutory care fund is dated 28 May.

Could you tell me what monthly benefit she will receive from your policy at
level 3, and whether premiums are waived from now on? She is still living
at home in Krefeld with a live-in carer.

Kind regards,
Helen Carter-Bauer
Reading, United Kingdom""")


@M("NORMAL", "de", "internal",
   "a colleague's farewell mail to the department; no protected personal data")
def _():
    m = hdr("Tobias Kranich <tobias.kranich@versicherer.example>",
            "alle-schaden@versicherer.example",
            "Tschüss und danke!", D(2026, 6, 5, 16, 2))
    return body(m, """Liebe Kolleginnen und Kollegen,

nach 14 Jahren in der Haftpflicht – und ab Montag in neuer Rolle als
Teamleiter – möchte ich mich von meinem alten Sachbearbeiter-Dasein
verabschieden. Danke für unzählige Kaffeerunden, die Hilfe bei kniffligen
Deliktsfragen und die Geduld mit meinen Excel-Makros.

Freitag ab 15 Uhr gibt's Kuchen in der Teeküche 3. OG.

Tobias""")


@M("NORMAL", "de", "internal",
   "trap: release note for the claims app with demo plate, demo claim number and demo IBAN shown in screenshots")
def _():
    m = hdr("Produktteam Schaden-App <schaden-app@versicherer.example>",
            "alle-schaden@versicherer.example",
            "Release Schaden-App 3.4: Fotoerkennung Kennzeichen", D(2026, 6, 8, 9, 0))
    return body(m, """Hallo zusammen,

ab heute ist Version 3.4 der Schaden-App in den Stores. Neu:

- Kennzeichen werden aus dem Foto automatisch erkannt. In der Demo sieht
  das so aus: "K-XY 1234 erkannt – Vertrag 40-KH-000 000 0 (Demo)".
- Bankverbindung kann direkt in der App bestätigt werden; im Demo-Modus
  wird DE00 1234 5678 9012 3456 78 angezeigt (ungültig, nur Platzhalter).
- Schadennummern im Format KS-JJJJ-TTT-NNNN werden per Push mitgeteilt.

Die Schulungsfolien liegen im Intranet. Bitte meldet Auffälligkeiten über
das Ticket-Tool, Kategorie "Schaden-App".

Euer Produktteam""")


@M("CONFIDENTIAL", "de", "internal",
   "voicemail transcript: named customer asks whether a parking bump (nobody hurt) will cost him his no-claims class")
def _():
    m = hdr("Kevin Ostermann <kevin.ostermann@versicherer.example>",
            "kfz-service@versicherer.example",
            "Rückrufbitte SF-Frage – Hr. Baltes 40-KH-158 930 1", D(2026, 6, 9, 8, 3))
    return body(m, """Sprachnachricht vom 08.06.2026, 18:55 Uhr, Dauer 0:48

"Ja, Baltes hier, Markus Baltes, Kfz-Vertrag vierzig KH eins fünf acht neun
drei null eins. Ich bin heute beim Ausparken beim Rewe in Hürth gegen einen
Mini gerollt, Stoßstange hat 'nen Kratzer, mehr nicht, verletzt ist
natürlich keiner. Die Fahrerin will das über meine Versicherung machen,
wird so zwei-, dreihundert Euro. Frage: Wenn ich das selbst zahle, bleibt
mein SF fünfzehn dann? Rückruf gern unter null eins fünf eins, fünf fünf
fünf, drei drei null zwei. Danke."

--
Kevin Ostermann, Service-Center Telefonie, Team 3""")


@M("NORMAL", "de", "internal",
   "trap: actuarial memo on new mortality tables and life premium effects by age; statistics only, no insured person")
def _():
    m = hdr("Aktuariat Leben <aktuariat-leben@versicherer.example>",
            "Georg Adebayo-Klein <georg.adebayo-klein@versicherer.example>",
            "Auswirkung neue Sterbetafel auf Risikoleben-Neugeschäft", D(2026, 6, 9, 11, 30),
            mid_style="outlook")
    return body(m, """Hallo Georg,

wie besprochen die Effekte der neuen unternehmenseigenen Sterbetafel
(Basis DAV 2008 T, Bestandsbeobachtung 2019–2024) auf den Beitrag
Risikoleben, VS 200.000 €, Laufzeit 20 Jahre, Nichtraucher:

  Eintrittsalter 25:  -6,2 %
  Eintrittsalter 35:  -4,8 %
  Eintrittsalter 45:  -2,1 %
  Eintrittsalter 55:  +1,3 %

Raucher bleiben nahezu unverändert. Haupttreiber ist die gesunkene
Sterblichkeit bei Herz-Kreislauf-Erkrankungen in den jüngeren Altersgruppen.

Die Tarifierung geht nächste Woche an den Verantwortlichen Aktuar.

Viele Grüße
Dr. Ines Ballhausen, Aktuariat Leben""")


@M("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
   "legal-expenses request about a dispute with the employer after a workplace accident with a crushed finger")
def _():
    m = hdr("Tomasz Kowalczyk <t.kowalczyk@t-mail.example>",
            "rechtsschutz@versicherer.example",
            "Rechtsschutz Arbeitsunfall Streit mit Firma", D(2026, 6, 10, 19, 12), mid_style="phone")
    return body(m, """Guten Tag

ich habe Rechtsschutz bei ihnen RS 61-200 390.

Am 3. März hatte ich auf der Arbeit (Metallbau Fuchs, Wesseling) einen
Unfall an der Abkantpresse, der Zeigefinger rechts wurde gequetscht und das
Endglied musste amputiert werden. Die BG hat den Unfall anerkannt. Jetzt will
die Firma mich nicht mehr an der Maschine einsetzen sondern ins Lager mit
weniger Lohn, und sagt ich wäre selbst schuld weil ich die Schutzvorrichtung
überbrückt hätte. Das stimmt nicht, die war seit Wochen defekt.

Kann ich einen Anwalt nehmen und zahlt das der Rechtsschutz?

Tomasz Kowalczyk""")


@M("NORMAL", "de", "broker-to-insurer",
   "broker asks for printed brochures and display material; no customer data")
def _():
    m = hdr("Bianca Rehse <b.rehse@finanzkontor-nord.example>",
            "Lars Tiedemann <lars.tiedemann@versicherer.example>",
            "Flyer für Messe Oldenburg", D(2026, 6, 10, 9, 25), mid_style="outlook")
    return body(m, """Hallo Herr Tiedemann,

wir haben im September einen Stand auf der Verbrauchermesse Oldenburg.
Könnten Sie uns je 200 Flyer Hausrat, Fahrrad und Kfz KompaktPlus sowie
ein Roll-up schicken? Lieferung bitte an unser Büro, Heiligengeiststraße 11.

Danke und Gruß
Bianca Rehse""")


@M("CONFIDENTIAL", "de", "customer-to-insurer",
   "buildings insurance customer reports the sale of her house with the buyers' names and handover date")
def _():
    m = hdr("Hildegard Pannenbecker <h.pannenbecker@freenet-post.example>",
            "sach-privat@versicherer.example",
            "Verkauf Haus – Wohngebäudeversicherung WG 1702 339", D(2026, 6, 11, 10, 14), mid_style="tb")
    return body(m, """Sehr geehrte Damen und Herren,

ich habe mein Haus Lindenallee 22, 41836 Hückelhoven, verkauft. Der
Kaufvertrag wurde am 02.06.2026 beurkundet, Besitzübergang ist am
01.08.2026. Käufer sind

  Herr Philipp Sander und Frau Miriam Sander-Oztürk,
  derzeit wohnhaft Roermonder Str. 8, 41836 Hückelhoven.

Ich weiß, dass die Versicherung auf die Käufer übergeht. Die Eheleute
Sander möchten sich aber vermutlich selbst versichern. Bitte schreiben Sie
mir, was ich tun muss, und schicken Sie die Abrechnung an meine neue
Anschrift ab Juli: Seniorenwohnen am Park, App. 14, Parkstraße 3, 41836
Hückelhoven.

Mit freundlichen Grüßen
Hildegard Pannenbecker""")


@M("STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
   "dog-owner liability: the customer's dog bit a jogger who needed hospital wound care and rabies/tetanus shots")
def _():
    m = hdr("Oliver Grant <oliver.grant@quickpost.example>",
            "haftpflicht@versicherer.example",
            "Dog bite incident - policy TH-300 905 18", D(2026, 6, 12, 7, 55), mid_style="tb")
    return body(m, """Good morning,

I need to report an incident under my dog liability insurance
(TH-300 905 18, policyholder Oliver Grant).

Yesterday evening at around 7 pm my dog Juno (Australian Shepherd, 3)
slipped her lead in the Rheinpark and bit a jogger, Mr Hakan Yıldız, in
the left calf. He went to the emergency department at Kalk hospital; the
wound was cleaned and left open, he got a tetanus booster and antibiotics.
He told me by text this morning that he can't run for a few weeks and has a
half-marathon in July he'll have to skip.

Juno is fully vaccinated including rabies (vet certificate available). I
gave Mr Yıldız your details and my policy number. His number is
+49 176 5550 7719.

What happens next?

Oliver Grant
Deutz, Köln""")


@M("NORMAL", "en", "insurer-to-partner",
   "trap: catastrophe model results per postcode area for the reinsurer; property exposure only, no person")
def _():
    m = hdr("Rückversicherung <rueckversicherung@versicherer.example>",
            "Annelies de Groot <a.degroot@northsea-re.example>",
            "Windstorm model output 2026 - household/buildings portfolio", D(2026, 6, 15, 13, 40),
            mid_style="outlook")
    data = """postcode_area,risks,sum_insured_eur_m,aal_eur,pml_200y_eur_m
50,48210,9840,1820000,61.2
51,31877,7015,1390000,44.8
52,12044,2890,602000,19.4
53,27930,6520,1210000,40.1
40,18402,4170,880000,27.3
41,9811,2102,455000,13.0
"""
    return body(m, """Dear Annelies,

attached the windstorm results for our household and buildings portfolio
by two-digit postcode area (vendor model v23, incl. demand surge). Risks
are aggregated; no policy-level data is included.

Kind regards,
Reinsurance, Versicherer AG""", atts=[csvatt("windstorm_model_2026_by_postcode.csv", data)])


@M("NORMAL", "de", "company-to-insurer",
   "trap: a hospital company's buildings and machinery insurance renewal; 'Klinik', 'OP-Säle', 'Patientenzimmer' but no patient")
def _():
    m = hdr("Einkauf Klinikverbund Bergisches Land <einkauf@kv-bergisch.example>",
            "gewerbe-sach@versicherer.example",
            "Verlängerung Gebäude- und Maschinenversicherung 2027", D(2026, 6, 15, 15, 12),
            mid_style="outlook")
    return body(m, """Sehr geehrte Damen und Herren,

die Klinikverbund Bergisches Land gGmbH möchte die Gebäude- und
Maschinenversicherung für die drei Standorte (Solingen, Remscheid,
Wermelskirchen) zum 01.01.2027 verlängern. Änderungen seit 2025:

- Neubau OP-Trakt Solingen mit 6 OP-Sälen, Baukosten 24,8 Mio. €,
  Inbetriebnahme 09/2026
- neues MRT (3 Tesla) in Remscheid, Neuwert 1,9 Mio. €
- Stilllegung der alten Patientenzimmer im Haus C Wermelskirchen

Bitte senden Sie uns bis 31.08. ein Angebot; die Wertermittlungen der
Gebäude liegen Ihnen aus 2025 vor.

Mit freundlichen Grüßen
Zentraler Einkauf
Klinikverbund Bergisches Land gGmbH""")


@M("CONFIDENTIAL", "en", "broker-to-insurer",
   "UK broker sends a bordereau of named clients' German household policies with birth dates and premiums (attachment only)")
def _():
    m = hdr("Graham Whitlock <g.whitlock@harrowbrokers.example>",
            "Fiona Brennecke <fiona.brennecke@versicherer.example>",
            "Monthly bordereau - May 2026", D(2026, 6, 16, 9, 5), mid_style="outlook")
    sheet = xlsx("Harrow_bordereau_2026-05.xlsx", [("May 2026", [
        ("Policy", "Client", "DOB", "Risk address", "Line", "Annual premium EUR", "Status"),
        ("HR 7733 1902", "Charlotte Ashworth", "1986-05-21", "Mauritiussteinweg 102, 50676 Köln", "Household", 186.40, "in force"),
        ("HR 7790 4418", "Megan Pritchard", "2005-10-02", "Plöck 33, 69117 Heidelberg", "Household", 74.10, "in force"),
        ("PH 2340 117 2", "Megan Pritchard", "2005-10-02", "Plöck 33, 69117 Heidelberg", "Liability", 48.90, "in force"),
        ("HR 7802 0093", "Liam O'Connell", "1979-01-30", "Grafenberger Allee 77, 40237 Düsseldorf", "Household", 212.00, "new"),
        ("K-JH 63H", "Jonathan Hartley", "1958-09-02", "Bergstraße 2, 53797 Lohmar", "Classic car", 1284.00, "new 01/04"),
    ])])
    return body(m, """Hi Fiona,

May bordereau attached as usual.

Cheers
Graham""", atts=[sheet])


@M("STRICTLY_CONFIDENTIAL", "de", "broker-to-insurer",
   "broker requests a policy loan on a named customer's endowment life insurance (personal line), with amount and IBAN")
def _():
    m = hdr("Sascha Limbach <s.limbach@limbach-versicherungen.example>",
            "leben@versicherer.example",
            "Policendarlehen KLV 30 118 442 – Kundin Ulrike Brenig", D(2026, 6, 16, 14, 48),
            mid_style="outlook")
    return body(m, """Sehr geehrte Damen und Herren,

unsere Kundin Frau Ulrike Brenig, geb. 25.11.1969, möchte auf ihre
Kapitallebensversicherung KLV 30 118 442 ein Policendarlehen aufnehmen,
um die Sanierung ihres Daches zu überbrücken (Bausparvertrag wird erst
2027 zuteilungsreif).

Gewünschter Betrag: 18.000 €
Auszahlung auf: DE80 2871 0952 6282 8470 66, Ulrike Brenig
Rückzahlung: spätestens 30.06.2027, Zinsen jährlich

Bitte teilen Sie uns den aktuellen Rückkaufswert, den möglichen
Höchstbetrag und den Darlehenszins mit; die Darlehensvereinbarung würde
die Kundin dann im Portal unterschreiben. Eine Maklervollmacht liegt Ihnen vor.

Mit freundlichen Grüßen
Sascha Limbach
Limbach Versicherungen e.K.""")


@M("NORMAL", "de", "internal",
   "trap: customer satisfaction survey results with verbatim comments anonymised; no respondent identifiable")
def _():
    m = hdr("Marktforschung <marktforschung@versicherer.example>",
            "fuehrungskreis-privatkunden@versicherer.example",
            "Kundenzufriedenheit Schadenservice Q1/2026", D(2026, 6, 17, 10, 0), mid_style="outlook")
    return body(m, """Liebe Führungskräfte,

die Ergebnisse der Befragung nach Schadenabschluss Q1/2026 (n = 2.417):

  Gesamtzufriedenheit (1–5):     4,1 (Vorquartal 4,0)
  Kfz:                           4,2
  Hausrat / Wohngebäude:         3,9
  Haftpflicht:                   4,0
  Reise / Tier / Handy:          4,3
  Weiterempfehlung (NPS):        +31

Typische Freitextantworten (anonymisiert, gekürzt):
  "Nach dem Wasserschaden war nach 3 Tagen ein Gutachter da – top."
  "Dreimal dieselben Unterlagen geschickt, bevor gezahlt wurde."
  "Die Mitarbeiterin am Telefon hat sich wirklich Zeit genommen."

Details je Team im Dashboard.

Marktforschung""")


@M("CONFIDENTIAL", "de", "insurer-to-lawyer",
   "coverage confirmation to a lawyer for a named tenant's rent-increase dispute under legal-expenses insurance")
def _():
    m = hdr("Sevgi Aydın <sevgi.aydin@versicherer.example>",
            "Kanzlei Brückner & Sahin <info@kanzlei-brueckner.example>",
            "Deckungszusage – VN Dorothea Feix, 61-RS-173 255 – Ihr Az. 26/0402", D(2026, 6, 18, 11, 5),
            mid_style="outlook")
    return body(m, """Sehr geehrte Damen und Herren,

in der Mietsache unserer Versicherungsnehmerin Frau Dorothea Feix,
Siebengebirgsallee 40, 50939 Köln, gegen die Vermieterin Rheinische
Wohnbau GmbH (Mieterhöhungsverlangen vom 12.04.2026 von 980 € auf 1.127 €
Nettokaltmiete) erteilen wir Deckungszusage für

- die außergerichtliche Interessenwahrnehmung und
- das gerichtliche Verfahren erster Instanz vor dem AG Köln

nach Maßgabe der ARB 2019, Selbstbeteiligung 150 €. Bitte stellen Sie uns
Ihre Kostennote unter Angabe unserer Schadennummer RS-S 2026-04471 zu.

Mit freundlichen Grüßen
""" + SIG["aydin"])


@M("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
   "HTML-only online accident claim form: named insured, accident at work, injuries and treating hospital (accident line)")
def _():
    m = hdr("Online-Schadenmeldung <schadenmeldung@versicherer.example>",
            "unfall@versicherer.example",
            "[Online] Unfallmeldung UV 5133 092 – Eingang 18.06.2026 21:44", D(2026, 6, 18, 21, 44),
            reply_to="Dennis Wirtz <dennis.wirtz@mailfix.example>")
    html = """<html><body style="font-family:Arial">
<h3>Unfallmeldung (Online-Formular)</h3>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><th align="left">Versicherungsnummer</th><td>UV 5133 092</td></tr>
<tr><th align="left">Verletzte Person</th><td>Dennis Wirtz, geb. 1990-08-27</td></tr>
<tr><th align="left">Unfalltag</th><td>16.06.2026, ca. 15:30</td></tr>
<tr><th align="left">Unfallort</th><td>Baustelle Zollstock, Gerüst 2. Etage</td></tr>
<tr><th align="left">Hergang</th><td>Beim Abbau des Gerüsts ist ein Bohlenbrett gebrochen, Sturz ca. 3 m</td></tr>
<tr><th align="left">Verletzungen</th><td>Fersenbeinbruch links, Prellung Brustkorb, Platzwunde Kinn</td></tr>
<tr><th align="left">Erstbehandlung</th><td>BG-Klinikum Köln-Merheim, stationär seit 16.06.</td></tr>
<tr><th align="left">Arbeitsunfall</th><td>ja, BG BAU informiert</td></tr>
<tr><th align="left">Weitere Versicherungen</th><td>keine</td></tr>
</table>
<p>Der Absender hat der Verarbeitung seiner Gesundheitsdaten zugestimmt (Checkbox).</p>
</body></html>"""
    return body(m, html=html)


@M("NORMAL", "de", "internal",
   "trap: blank SEPA mandate form for the website with the insurer's creditor ID; fields for name and IBAN are empty")
def _():
    m = hdr("Online-Redaktion <online-redaktion@versicherer.example>",
            "Renate Bogusch <renate.bogusch@versicherer.example>",
            "Freigabe: neues SEPA-Formular für Download-Center", D(2026, 6, 19, 9, 45), mid_style="outlook")
    form = pdf("SEPA-Lastschriftmandat_Versicherer.pdf", [
        "#SEPA-Lastschriftmandat",
        "Zahlungsempfänger: Versicherer AG, Lindenhof 7, 50667 Köln",
        "Gläubiger-Identifikationsnummer: DE98ZZZ09999999999",
        "Mandatsreferenz: wird separat mitgeteilt",
        "",
        "Ich ermächtige die Versicherer AG, Zahlungen von meinem Konto mittels Lastschrift einzuziehen.",
        "",
        "Vertragsnummer(n): ________________________________",
        "Kontoinhaber/in (Vorname, Name): ________________________________",
        "Straße, Hausnummer, PLZ, Ort: ________________________________",
        "IBAN: DE__ ____ ____ ____ ____ __     BIC: ___________",
        "",
        "Ort, Datum: ______________   Unterschrift: ______________________",
    ], title="Versicherer AG")
    return body(m, """Hallo Frau Bogusch,

anbei das überarbeitete SEPA-Formular für das Download-Center. Können Sie
kurz fachlich freigeben? Dann geht es Montag online.

Danke!
Online-Redaktion""", atts=[form])


@M("NORMAL", "de", "internal",
   "internal calendar invitation to a tariff workshop; no personal data")
def _():
    m = hdr("Jana Pietsch <jana.pietsch@versicherer.example>",
            "team-kfz-vertrag@versicherer.example",
            "Einladung: Workshop Tarif KompaktPlus 2027", D(2026, 6, 19, 13, 5))
    cal = ics("Workshop_KompaktPlus_2027.ics", """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Versicherer AG//Kfz-Vertrag//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:workshop-kompaktplus-2027@versicherer.example
DTSTAMP:20260619T110500Z
DTSTART:20260701T080000Z
DTEND:20260701T110000Z
SUMMARY:Workshop Tarif KompaktPlus 2027
LOCATION:Raum Rhein 4.12
DESCRIPTION:Sammlung Verbesserungen aus Kundenfeedback\\, Rabattschutz\\,
  E-Auto-Akku. Bitte eigene Beispiele (ohne Kundendaten) mitbringen.
ORGANIZER:mailto:jana.pietsch@versicherer.example
END:VEVENT
END:VCALENDAR""")
    return body(m, """Hallo ihr Lieben,

am 01.07. sammeln wir Ideen für den Tarif 2027. Bitte Beispiele aus dem
Alltag mitbringen – aber ohne Kundennamen!

Jana""", atts=[cal])


@M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
   "third-party debtor declaration on a garnished endowment life policy (personal line) of a named debtor")
def _():
    m = hdr("Yvonne Schlichting <yvonne.schlichting@versicherer.example>",
            "Rechtsanwälte Pohl & Weiß <zwangsvollstreckung@pohl-weiss.example>",
            "Drittschuldnererklärung – Ihr Az. ZV 1187/26 – Schuldner Ralf Dornbusch",
            D(2026, 6, 22, 10, 40), mid_style="outlook")
    return body(m, """Sehr geehrte Damen und Herren,

zum Pfändungs- und Überweisungsbeschluss des AG Bonn vom 08.06.2026
(Az. 23 M 881/26) gegen Herrn Ralf Dornbusch, geb. 19.03.1971, erklären
wir gemäß § 840 ZPO:

1. Der Schuldner unterhält bei uns die Kapitallebensversicherung
   KLV 30 094 117. Der Rückkaufswert beträgt zum 30.06.2026 voraussichtlich
   21.406,18 €.
2. Die Forderung wird nur insoweit anerkannt, als sie nicht nach § 851c ZPO
   (Altersvorsorge) unpfändbar ist; der Vertrag wurde nicht als
   Basisrente abgeschlossen, Pfändungsschutz besteht daher nach unserer
   Prüfung nicht.
3. Ein widerrufliches Bezugsrecht zugunsten der Ehefrau ist eingetragen.
4. Vorrangige Abtretung: keine. Weitere Pfändungen: keine.

Eine Auszahlung erfolgt erst nach Kündigung des Vertrags durch Ihre
Mandantin.

Mit freundlichen Grüßen
""" + SIG["schlichting"])


@M("CONFIDENTIAL", "de", "customer-to-insurer",
   "complaint about the total-loss valuation of a named customer's car (no injury): plate, claim no., amounts")
def _():
    m = hdr("Waldemar Dück <w.dueck@web-post.example>",
            "beschwerden@versicherer.example",
            "Beschwerde Totalschaden KS-2026-132-0907 – viel zu wenig!!", D(2026, 6, 22, 21, 30))
    return body(m, """Sehr geehrte Damen und Herren,

ich bin mit der Abrechnung meines Totalschadens überhaupt nicht
einverstanden. Mein Skoda Superb Kombi (GM-WD 1960, EZ 2019, 88.000 km,
Scheckheft, neue Reifen) wurde bei dem Sturm am 12.05. von einem Baum
getroffen. Ihr Gutachter hat einen Wiederbeschaffungswert von 14.200 €
angesetzt, vergleichbare Autos kosten bei mobile.example aber 17.500 bis
18.900 €. Ich habe drei Angebote ausgedruckt.

Abzüglich Restwert 1.900 € und 300 € SB soll ich 12.000 € bekommen. Davon
kann ich kein gleichwertiges Auto kaufen. Ich fordere eine Nachbesichtigung.

Vollkaskovertrag 40-VK-207 114 0, Versicherungsnehmer Waldemar Dück,
Gummersbach.

Mit freundlichen Grüßen
W. Dück""")


@M("NORMAL", "en", "insurer-to-partner",
   "call notes with the reinsurer's cyber team about wording clauses; company-only")
def _():
    m = hdr("Benedikt Sauer <benedikt.sauer@versicherer.example>",
            "cyber-team@northsea-re.example",
            "Notes from today's call - cyber sublimit wording", D(2026, 6, 23, 17, 0), mid_style="outlook")
    return body(m, """Dear all,

thanks for the constructive call. Our notes:

1. War exclusion: we adopt LMA 5567A in the commercial property cyber
   extension from 1 Jan 2027.
2. Sublimit: EUR 250k per risk, EUR 5m annual aggregate across the
   portfolio; you will confirm whether the aggregate can be EUR 6m.
3. Silent cyber: our household/buildings wordings exclude it explicitly
   since 2024; no action needed.
4. Next call: 14 July, 15:00 CET.

Best regards,
Benedikt Sauer""")


@M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
   "private health insurer tells an expat that psychotherapy needs prior approval; named insured, diagnosis, sessions")
def _():
    m = hdr("Petra Nowotny <petra.nowotny@versicherer.example>",
            "Mr Andrei Popescu <andrei.popescu@quickpost.example>",
            "Your psychotherapy claim - KV 300 259 633", D(2026, 6, 24, 9, 50), mid_style="outlook")
    return body(m, """Dear Mr Popescu,

thank you for sending the invoices from Dipl.-Psych. Marion Eckert for
your treatment of a generalised anxiety disorder (F41.1) from April to
June 2026 (9 sessions, EUR 1,008.72).

Under your tariff "ExpatPremium Ambulant" psychotherapy is covered for up
to 30 sessions per calendar year, but from the 6th session only with our
prior written approval, based on a short treatment plan from your
therapist. We will therefore reimburse the first five sessions
(EUR 560.40) now.

For sessions 6 to 9 and any further sessions, please ask Ms Eckert to send
us the enclosed form "Therapy plan" via our secure portal. Once approved,
we will also reimburse the remaining EUR 448.32 retroactively.

Kind regards,
Petra Nowotny
Health Insurance Claims, Versicherer AG""")


@M("NORMAL", "de", "internal",
   "trap: sample cancellation letter for the website with placeholders for name, policy number and date of birth")
def _():
    m = hdr("Online-Redaktion <online-redaktion@versicherer.example>",
            "Jana Pietsch <jana.pietsch@versicherer.example>",
            "Musterbrief Kündigung Kfz – Textfreigabe", D(2026, 6, 25, 14, 15))
    return body(m, """Hallo Frau Pietsch,

für die Ratgeberseite "Kfz-Versicherung wechseln" brauchen wir Ihr OK zu
diesem Musterbrief:

----------------------------------------------------------
[Vorname Nachname]
[Straße Hausnummer], [PLZ Ort]
Geburtsdatum: [TT.MM.JJJJ]

An die Versicherer AG, Lindenhof 7, 50667 Köln

Kündigung meiner Kfz-Versicherung Nr. [Vertragsnummer],
Kennzeichen [Kennzeichen]

Hiermit kündige ich den oben genannten Vertrag fristgerecht zum
[31.12.JJJJ / Datum]. Bitte bestätigen Sie mir die Kündigung schriftlich.

[Ort, Datum, Unterschrift]
----------------------------------------------------------

Ist "Geburtsdatum" als Pflichtangabe sinnvoll, oder reicht die
Vertragsnummer?

Danke
Online-Redaktion""")


@M("CONFIDENTIAL", "en", "customer-to-insurer",
   "expat reports a stone-chip cracked windscreen under partial cover: name, policy, plate, workshop appointment")
def _():
    m = hdr("Nathan Brooks <nathan.brooks@quickpost.example>",
            "schaden-kfz@versicherer.example",
            "windscreen crack - 40-TK-311 770 9", D(2026, 6, 26, 8, 20), mid_style="phone")
    return body(m, """Morning,

a stone hit my windscreen on the A4 yesterday, now there is a 30 cm crack
from the passenger side. Car is a Tesla Model 3, plate K-NB 2204, partial
cover policy 40-TK-311 770 9, I'm the policyholder (Nathan Brooks).

Carglass-type partner in Köln-Porz has an appointment for me on Tuesday.
Do I need to pay first or do you pay them directly? Excess is 150 I think.

Cheers, Nathan""")


@M("NORMAL", "de", "internal",
   "trap: anonymised data-breach report ('eine Kundin', 'ein Brief') for the data-protection team; no identifiable person")
def _():
    m = hdr("Dr. Jörn Wessels <joern.wessels@versicherer.example>",
            "datenschutz-team@versicherer.example",
            "Datenpanne 2026-07 – Bewertung (anonymisiert)", D(2026, 6, 29, 11, 0), mid_style="outlook")
    return body(m, """Hallo zusammen,

zur Vorbereitung der Besprechung am Mittwoch die anonymisierte Kurzfassung:

- Was: Ein Schreiben zur Hausratversicherung wurde wegen eines
  Kuvertierfehlers zusammen mit dem Schreiben einer anderen Kundin
  verschickt (2 Seiten, Adressblock und Vertragsnummer, keine Bank- oder
  Gesundheitsdaten).
- Entdeckt: Empfängerin hat sich am 24.06. telefonisch gemeldet und das
  Schreiben zurückgeschickt.
- Ursache: Fehljustierung der Kuvertiermaschine 2 nach Wartung.
- Risiko: gering; Meldung an die Aufsichtsbehörde nach Art. 33 DSGVO aus
  unserer Sicht nicht erforderlich, Dokumentation im Register.

Namen und Vertragsnummern stehen nur im Register, nicht in dieser Mail.

Jörn Wessels""")


@M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "motor claim reply about the customer's son injured as passenger (collarbone fracture), occupant accident cover")
def _():
    m = hdr("Marco Vuković <marco.vukovic@versicherer.example>",
            "Ute Rademacher <ute.rademacher@heimnetz.example>",
            "Ihr Unfall vom 20.06. – KS-2026-171-0233 / Insassenunfall", D(2026, 6, 30, 10, 12),
            mid_style="outlook")
    return body(m, """Sehr geehrte Frau Rademacher,

danke für Ihren Anruf. Es tut mir sehr leid, dass Ihr Sohn Luca bei dem
Unfall verletzt wurde. Wie besprochen:

1. Den Schaden an Ihrem Fahrzeug (Vollkasko 40-VK-195 006 3) regulieren
   wir nach Eingang des Gutachtens.
2. Für Luca besteht über Ihren Vertrag die Insassenunfallversicherung
   (Invaliditätssumme 50.000 €, Krankenhaustagegeld 25 €). Laut Ihrer
   Schilderung wurde im Klinikum Leverkusen ein Schlüsselbeinbruch rechts
   festgestellt und konservativ mit Rucksackverband behandelt, zwei Nächte
   stationär.

Bitte schicken Sie uns für Luca den Entlassungsbericht und die
unterschriebene Schweigepflichtentbindung – am besten über das
Kundenportal. Das Krankenhaustagegeld zahlen wir dann sofort aus.

Gute Besserung für Luca!

Mit freundlichen Grüßen
""" + SIG["vukovic"])


@M("NORMAL", "de", "internal",
   "staff outing announcement; no personal data")
def _():
    m = hdr("Betriebsrat <betriebsrat@versicherer.example>",
            "alle-standort-koeln@versicherer.example",
            "Betriebsausflug 2026: Drachenfels & Schifffahrt", D(2026, 6, 30, 12, 30))
    return body(m, """Liebe Kolleginnen und Kollegen,

der Betriebsausflug findet am Freitag, 11.09.2026 statt: mit dem Schiff
von Köln nach Königswinter, Aufstieg (oder Zahnradbahn) zum Drachenfels,
Abendessen im Brauhaus. Abfahrt 9:30 Uhr am Rheingarten.

Anmeldung bis 31.07. im Intranet. Wer nicht mitkommt, arbeitet regulär.

Euer Betriebsrat""")


@M("NORMAL", "en", "insurer-to-customer",
   "trap: English FAQ answer on how to pay premiums, quoting the insurer's own company IBAN and creditor ID; no customer data")
def _():
    m = hdr("International Client Service <international@versicherer.example>",
            "Aiko Tanaka <aiko.tanaka@quickpost.example>",
            "Re: Payment options before signing up", D(2026, 7, 1, 9, 30))
    return body(m, """Hello,

thank you for your question. Once you have taken out a policy with us,
you can pay premiums in two ways:

1. Direct debit (recommended): you give us a SEPA mandate in the customer
   portal; we collect the premium on the due date. Our creditor ID is
   DE98ZZZ09999999999.

2. Bank transfer to our account:
   Versicherer AG
   IBAN DE36 4099 2442 4916 4350 82
   BIC RHBKDEXXKOE
   Reference: your policy number

Payments from accounts outside the SEPA area may incur bank fees.

Kind regards,
International Client Service
Versicherer AG""")


@M("CONFIDENTIAL", "de", "internal",
   "voicemail: named customer wants a second car insured for his son and gives the son's birth date and licence date")
def _():
    m = hdr("Kevin Ostermann <kevin.ostermann@versicherer.example>",
            "Jana Pietsch <jana.pietsch@versicherer.example>",
            "Mailbox: Zweitwagen für Sohn – Hr. Stratmann", D(2026, 7, 2, 8, 10))
    return body(m, """Hi Jana,

für dich, Transkript von gestern Abend:

"Schönen guten Abend, Heiner Stratmann, ich hab bei Ihnen schon den Passat
versichert, vierzig KH null sechs eins, zwei null null, neun. Mein Sohn
Niklas hat jetzt den Führerschein, seit dem vierundzwanzigsten Juni, und
kriegt den alten Corsa von der Oma. Der soll auf mich laufen als Zweitwagen,
Niklas fährt den aber allein. Niklas ist geboren am elften März
zweitausendacht. Was kostet das und können Sie mir die eVB schicken?
Meine Mail ist heiner punkt stratmann at heimnetz punkt example.
Danke schön."

Gruß
Kevin""")


@M("NORMAL", "de", "internal",
   "trap: published ombudsman decision on a travel cancellation for illness, fully anonymised ('der Beschwerdeführer')")
def _():
    m = hdr("Ole Sandmann <ole.sandmann@versicherer.example>",
            "team-spezialsparten@versicherer.example",
            "Ombudsmann-Entscheidung zur 'unerwarteten schweren Erkrankung' – lesenswert",
            D(2026, 7, 2, 14, 40))
    return body(m, """Hallo zusammen,

der Versicherungsombudsmann hat eine Entscheidung veröffentlicht, die unsere
Praxis betrifft (nicht unser Haus, anonymisiert wie immer):

Der Beschwerdeführer hatte eine Reise gebucht und litt seit Jahren an einer
chronischen Erkrankung, die vor Reiseantritt überraschend akut wurde. Der
Versicherer lehnte ab, weil die Erkrankung bei Buchung bekannt war. Der
Ombudsmann hielt die Ablehnung für unbegründet: Entscheidend sei, ob die
Verschlechterung bei Buchung vorhersehbar war, nicht, ob die Grunderkrankung
bekannt war.

Bitte bei Ablehnungen mit "Vorerkrankung" künftig genau dokumentieren, ob
eine Verschlechterung absehbar war. Volltext im Wissensordner.

Ole""")


@M("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
   "bicycle claim where the customer also reports her wrist fracture from the fall and asks about accident insurance")
def _():
    m = hdr("Friederike Lanser <f.lanser@mailfix.example>",
            "fahrrad@versicherer.example",
            "Sturz mit E-Bike – Rad kaputt und Handgelenk gebrochen", D(2026, 7, 3, 17, 25), mid_style="tb")
    return body(m, """Hallo,

ich bin am Dienstag mit meinem E-Bike (Fahrradversicherung FR-2290 441)
auf dem Rheinradweg bei Wesseling in eine Bodenwelle gefahren und gestürzt.
Das Rad hat einen verbogenen Lenker, das Display ist gebrochen und die
Schaltung hängt, Kostenvoranschlag vom Händler kommt.

Mich hat es leider auch erwischt: Handgelenk links gebrochen (distale
Radiusfraktur), wurde gestern im Dreifaltigkeits-Krankenhaus operiert, eine
Platte. Ich bin 6 Wochen krankgeschrieben.

Deckt die Fahrradversicherung auch Sturzschäden am Rad? Und ich habe bei
Ihnen noch eine Unfallversicherung (UV 5140 228) – muss ich den Sturz da
extra melden?

Viele Grüße
Friederike Lanser""")


@M("NORMAL", "de", "internal",
   "trap: DOCX minutes of a data-protection meeting about handling sick notes in claims (process only, no case)")
def _():
    m = hdr("Dr. Jörn Wessels <joern.wessels@versicherer.example>",
            "Ole Sandmann <ole.sandmann@versicherer.example>",
            "Protokoll: Umgang mit Attesten in Reise- und Haftpflichtschäden", D(2026, 7, 6, 9, 5),
            cc="Tobias Kranich <tobias.kranich@versicherer.example>", mid_style="outlook")
    prot = docx("Protokoll_Atteste_2026-07-03.docx", [
        "# Protokoll Abstimmung Datenschutz / Spezialsparten / Haftpflicht, 03.07.2026",
        "Anlass: In Reise- und Haftpflichtschäden gehen Atteste und Arztberichte oft per "
        "unverschlüsselter E-Mail ein.",
        "Beschluss 1: Eingehende Atteste werden im Schadensystem als 'Gesundheitsdaten' "
        "gekennzeichnet; nur berechtigte Rollen sehen sie.",
        "Beschluss 2: Antworten, die Diagnosen wiederholen, gehen nur über das Portal.",
        "Beschluss 3: Kundinnen und Kunden werden in der Eingangsbestätigung auf den "
        "Upload im Portal hingewiesen.",
        "Beschluss 4: Der Textbaustein 'Gute Besserung' nennt keine Erkrankung.",
        "Offene Punkte: Umgang mit Attesten von Mitreisenden (Einwilligung).",
    ])
    return body(m, """Hallo Herr Sandmann,

anbei das Protokoll unserer Abstimmung vom Freitag. Bitte bis Mittwoch
Rückmeldung, falls etwas fehlt.

Viele Grüße
Jörn Wessels""", atts=[prot])


@M("CONFIDENTIAL", "de", "customer-to-insurer",
   "transfer of a grandmother's no-claims class to her grandson: both names, birth dates, plates and policy numbers")
def _():
    m = hdr("Elfriede Hagedorn <elfriede.hagedorn@t-mail.example>",
            "kfz-service@versicherer.example",
            "SF-Übertragung an meinen Enkel", D(2026, 7, 7, 10, 48))
    return body(m, """Sehr geehrte Damen und Herren,

ich bin 84 und fahre nicht mehr. Mein Auto (Opel Astra, EU-EH 441,
Vertrag 40-KH-022 190 5) hat mein Enkel übernommen. Ich möchte meinen
Schadenfreiheitsrabatt auf ihn übertragen:

  Übertragende: Elfriede Hagedorn, geb. 30.04.1942, Bahnhofstr. 9,
                53879 Euskirchen
  Übernehmender: Jannik Hagedorn, geb. 15.02.2002, Kölner Str. 120,
                53879 Euskirchen, Führerschein seit 03/2020

Mein Enkel hat das Auto auf sich umgemeldet (neues Kennzeichen EU-JH 202).
Das unterschriebene Formular schicke ich mit der Post.

Ich versichere, dass ich nicht mehr selbst fahren werde.

Mit freundlichen Grüßen
Elfriede Hagedorn""")


@M("NORMAL", "de", "insurer-notification",
   "automatic reply to a certificate request with the insurer address's certificate; no personal data")
def _():
    m = hdr("Zertifikatsdienst Versicherer <zertifikat@versicherer.example>",
            "b.rehse@finanzkontor-nord.example",
            "AW: [ZERTIFIKAT] – Zertifikat für kfz-makler@versicherer.example", D(2026, 7, 7, 11, 2),
            extra=[("Auto-Submitted", "auto-replied")])
    pem = """-----BEGIN CERTIFICATE-----
MIIBszCCAVmgAwIBAgIUd25kZXYyNWV4YW1wbGVjZXJ0MAoGCCqGSM49BAMCMDAx
LjAsBgNVBAMMJVZlcnNpY2hlcmVyIEFHIERlbW8gUy9NSU1FIENBIChmYWtlKSAw
HhcNMjYwMTAxMDAwMDAwWhcNMjgwMTAxMDAwMDAwWjAwMS4wLAYDVQQDDCVrZnot
bWFrbGVyQHZlcnNpY2hlcmVyLmV4YW1wbGUgKGRlbW8pMFkwEwYHKoZIzj0CAQYI
KoZIzj0DAQcDQgAE3q0rQe7z8TzC0cX9YlXl0w8wM1Y9rJ3cG7Yk1yZ8fK5vQ2s4
-----END CERTIFICATE-----
"""
    return body(m, """Guten Tag,

Sie haben das Zertifikat der Adresse kfz-makler@versicherer.example
angefordert. Es liegt dieser Nachricht bei (PEM). Diese Antwort wurde
automatisch erstellt und ist signiert; Ihre Anfrage wurde nicht an eine
Person weitergeleitet.

Zertifikatsdienst der Versicherer AG""", atts=[att_text(pem, "kfz-makler_versicherer_example.txt", charset="us-ascii")])


@M("STRICTLY_CONFIDENTIAL", "en", "relative-to-insurer",
   "son in the UK claims his father's term life benefit; the attached death certificate text gives the cause of death")
def _():
    m = hdr("Daniel Kessler <daniel.kessler@britmail.example>",
            "leben@versicherer.example",
            "Death of my father Werner Kessler - life policy LV 88 177 093", D(2026, 7, 8, 12, 15),
            mid_style="tb")
    cert = att_text("""CERTIFIED TRANSLATION - Death certificate / Todesbescheinigung (non-confidential part and cause)

Name of deceased: Werner Kessler
Date of birth: 09 November 1950
Date of death: 21 June 2026, Ostend, Belgium
Immediate cause of death: acute myocardial infarction
Underlying condition: coronary artery disease, type 2 diabetes
Certifying physician: Dr. P. Vermeulen, AZ Damiaan Ostend

Translated by: Sworn translator M. De Wilde, Bruges, 02 July 2026
""", "Death_certificate_translation_Kessler.txt")
    return body(m, """Dear Sir or Madam,

I am writing to inform you that my father, Werner Kessler, died on 21 June
2026 while on holiday in Belgium. He held a term life policy with you,
LV 88 177 093, and I am named as the beneficiary together with my sister
Anna.

A certified translation of the death certificate is attached; the
original will follow by registered post. Please let me know what else you
need and whether the payment can be split between my sister and me.

My bank details: Daniel Kessler, IBAN GB75 NWBK 6091 0288 7316 45 -- no,
sorry, that is an old one. I'll send the correct details by post.

Yours faithfully,
Daniel Kessler
Reading, UK""", atts=[cert])


@M("NORMAL", "de", "insurer-to-customers",
   "notice about changed phone service hours; no personal data")
def _():
    m = hdr("Versicherer Kundenservice <service@versicherer.example>",
            "kundeninfo-verteiler@versicherer.example",
            "Neue Servicezeiten ab 1. August", D(2026, 7, 9, 8, 0),
            extra=[("List-Unsubscribe", "<mailto:kundeninfo-abmelden@versicherer.example>")])
    return body(m, """Liebe Kundinnen und Kunden,

ab dem 1. August 2026 erreichen Sie unseren telefonischen Kundenservice
montags bis freitags von 8 bis 20 Uhr und samstags von 9 bis 14 Uhr. Der
Schaden-Notruf ist weiterhin rund um die Uhr erreichbar.

Im Kundenportal können Sie jederzeit Adressen ändern, Schäden melden und
Dokumente hochladen.

Ihre Versicherer AG""")


@M("CONFIDENTIAL", "en", "third-party-to-insurer",
   "landlord reports water damage caused by his named tenant and refers to her household/liability policy; no injury")
def _():
    m = hdr("Robert Lindgren <r.lindgren@property-lindgren.example>",
            "haftpflicht@versicherer.example",
            "Water damage caused by your policyholder Ms Dana Schuster", D(2026, 7, 9, 16, 30),
            mid_style="outlook")
    return body(m, """Dear Sir or Madam,

I own the apartment building at Venloer Wall 14, 50672 Köln. On 4 July
the washing machine hose in the 3rd-floor flat of my tenant Ms Dana
Schuster burst while she was at work. Water ran through the ceiling into
the flat below (tenant Mr Felix Auer) for several hours. Nobody was hurt.

Ms Schuster told me she is insured with you for personal liability and
household contents (she mentioned policy PH 2318 664 0). The drying
company (Trockenbau Rhein GmbH) estimates EUR 7,900 for drying and
repairing the ceiling and walls, not including Mr Auer's damaged
furniture.

Please confirm that you will handle the claim and whom I should send the
invoices to.

Kind regards,
Robert Lindgren""")


@M("NORMAL", "en", "insurer-to-prospect",
   "trap: household contents quote to a prospect with sum insured and premium; no contract, birth date, bank or income data")
def _():
    m = hdr("Fiona Brennecke <fiona.brennecke@versicherer.example>",
            "Harpreet Singh <harpreet.singh@quickpost.example>",
            "Your quote: household contents + liability", D(2026, 7, 10, 11, 0), mid_style="outlook")
    return body(m, """Dear Mr Singh,

thank you for your enquiry. Based on the details you gave (flat of 70 m2
in Cologne, 1st floor, no previous claims), here is our quote:

  Household contents, sum insured EUR 45,500 (EUR 650/m2)  EUR 9.80 / month
  Personal liability, EUR 10m, single                      EUR 4.60 / month
  Optional: bicycle theft up to EUR 2,000                  EUR 2.10 / month

The quote is valid for 30 days. If you would like to take out the policy,
reply to this e-mail or use the link in our portal; we will then ask for
your personal details.

Kind regards,
Fiona Brennecke""")


@M("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
   "trip cancellation because of pregnancy complications (premature contractions, hospital); pregnancy is health data")
def _():
    m = hdr("Vanessa Oberbeck <vanessa.oberbeck@web-post.example>",
            "reise@versicherer.example",
            "Storno Mallorca – Krankenhaus wegen vorzeitiger Wehen", D(2026, 7, 13, 9, 12), mid_style="phone")
    return body(m, """Hallo,

wir müssen unsere Mallorca-Reise (Abflug 20.07., Buchung FTI-88210347)
stornieren. Ich bin in der 27. Woche schwanger und liege seit Freitag mit
vorzeitigen Wehen und verkürztem Gebärmutterhals im Krankenhaus
(Frauenklinik Holweide). Ich bekomme Wehenhemmer und muss mindestens bis
Ende Juli liegen, danach strenge Schonung. Fliegen ist ausgeschlossen.

Reiserücktrittsversicherung RR 551 612 30, versichert sind ich und mein
Mann Kai Oberbeck. Attest der Klinik schicke ich als Foto.

Vanessa Oberbeck""")


@M("NORMAL", "de", "internal",
   "trap: ZIP of the glass-repair partner network (company names, company addresses and IBANs of GmbHs); no private person")
def _():
    m = hdr("Partnernetz Sach <partnernetz-sach@versicherer.example>",
            "Ingrid Lammers <ingrid.lammers@versicherer.example>",
            "Partnerliste Glas 2026 – aktualisiert", D(2026, 7, 14, 13, 20))
    csvtxt = """Partner;Ort;Notdienst;IBAN;Vertrag seit
Glas-Express Rhein GmbH;Wesseling;ja;DE46459138491306190973;2019
Glaserei Thönnessen GmbH & Co. KG;Mönchengladbach;ja;DE76654733320399441555;2021
Fenster & Glas Bergisch Land GmbH;Wuppertal;nein;DE09423316375645440759;2023
Siegtal Glasbau GmbH;Siegburg;ja;DE25838395169482943933;2024
"""
    readme = """Partnernetz Glas 2026
Stand 14.07.2026. Nur Firmen (GmbH/GmbH & Co. KG), Bankverbindungen der Firmen fuer Direktzahlung.
Neu: Siegtal Glasbau GmbH. Ausgeschieden: keiner.
"""
    zf = zipatt("Partnernetz_Glas_2026.zip", [("Partnerliste_Glas_2026.csv", csvtxt.encode("utf-8")),
                                              ("LIESMICH.txt", readme.encode("utf-8"))])
    return body(m, """Hallo Frau Lammers,

anbei die aktualisierte Partnerliste Glas (ZIP mit CSV und Hinweisdatei).

Gruß
Partnernetz Sach""", atts=[zf])


@M("CONFIDENTIAL", "de", "broker-to-insurer",
   "portfolio transfer to a new broker: body harmless, the XLSX lists named customers with birth dates and contract numbers")
def _():
    m = hdr("Ramona Thelen <r.thelen@thelen-finanz.example>",
            "bestandsuebertragung@versicherer.example",
            "Bestandsübertragung Vermittler 0221-3310 → 0221-4480", D(2026, 7, 15, 10, 0), mid_style="outlook")
    sheet = xlsx("Bestandsuebertragung_Thelen.xlsx", [("Verträge", [
        ("Vertrag", "Sparte", "VN Name", "VN Vorname", "Geb.-Datum", "PLZ", "Maklervollmacht"),
        ("40-KH-118 204 7", "Kfz", "Esch", "Manuela", "14.01.1979", "50996", "liegt vor"),
        ("HR 5870 0221", "Hausrat", "Esch", "Manuela", "14.01.1979", "50996", "liegt vor"),
        ("PH 2201 905 3", "Haftpflicht", "Nolden", "Günter", "02.10.1958", "50997", "liegt vor"),
        ("WG 1420 776", "Wohngebäude", "Nolden", "Günter", "02.10.1958", "50997", "liegt vor"),
        ("61-RS-150 338", "Rechtsschutz", "Wienand", "Sarah", "27.07.1991", "50968", "folgt"),
    ])])
    return body(m, """Sehr geehrte Damen und Herren,

nach Übernahme des Bestands meines Vaters (Vermittlernummer 0221-3310) bitte
ich um Übertragung der beigefügten Verträge auf meine Vermittlernummer
0221-4480. Die Maklervollmachten liegen überwiegend vor, eine folgt.

Mit freundlichen Grüßen
Ramona Thelen
Thelen Finanz e.K.""", atts=[sheet])


@M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "occupational disability follow-up review: asks a named BU pensioner for current medical findings (personal line)")
def _():
    m = hdr("Leistung BU <leistung-bu@versicherer.example>",
            "Bernd Lückerath <b.lueckerath@freenet-post.example>",
            "Nachprüfung Ihrer Berufsunfähigkeitsrente – BU 44 203 118", D(2026, 7, 16, 10, 0))
    return body(m, """Sehr geehrter Herr Lückerath,

Sie erhalten seit dem 01.06.2026 eine Berufsunfähigkeitsrente von monatlich
1.650 € aus Ihrer Versicherung BU 44 203 118. Wie in den Bedingungen
vorgesehen, prüfen wir in regelmäßigen Abständen, ob die Voraussetzungen
weiter bestehen.

Bitte senden Sie uns bis zum 31.08.2026:

- einen aktuellen Befundbericht Ihres Neurochirurgen bzw. Orthopäden zum
  Zustand nach Nukleotomie L4/L5 und L5/S1,
- Angaben zu einer eventuell aufgenommenen Tätigkeit und dem daraus
  erzielten Einkommen,
- den Bericht über die laufende Physiotherapie.

Die Unterlagen laden Sie bitte über unser Kundenportal hoch. Die Kosten für
ärztliche Berichte übernehmen wir.

Mit freundlichen Grüßen
Ihre Versicherer AG
Leistung Berufsunfähigkeit""")


@M("NORMAL", "de", "insurer-to-press",
   "trap: press statement on private health insurance premium adjustments (a personal line) in general terms; no insured person")
def _():
    m = hdr("Carolin Eschweiler <carolin.eschweiler@versicherer.example>",
            "presseverteiler@versicherer.example",
            "Statement: Beitragsanpassung in der Krankenversicherung 2027", D(2026, 7, 17, 12, 0),
            mid_style="outlook")
    return body(m, """Statement der Versicherer AG zur Beitragsanpassung in der privaten
Krankenversicherung zum 01.01.2027

Rund 38 % unserer Krankenvollversicherten sind von einer Beitragsanpassung
betroffen, im Durchschnitt um 6,4 %. Grund sind gestiegene Ausgaben für
Krankenhausbehandlungen und Arzneimittel sowie die höhere Lebenserwartung.
Der unabhängige Treuhänder hat die Anpassungen geprüft und zugestimmt.

Versicherte, die ihren Beitrag senken möchten, können nach § 204 VVG in
einen anderen Tarif wechseln; unsere Beratung zeigt dazu individuelle
Optionen auf.

Pressekontakt: presse@versicherer.example""")


@M("CONFIDENTIAL", "de", "customer-to-insurer",
   "glass insurance claim for a cracked ceramic hob: named customer, policy number, address, invoice and IBAN")
def _():
    m = hdr("Birgül Yavuz <birguel.yavuz@heimnetz.example>",
            "sach-schaden@versicherer.example",
            "Ceranfeld gesprungen – Glasversicherung GL 3320 118", D(2026, 7, 20, 18, 5))
    return body(m, """Guten Tag,

mir ist gestern ein Topf auf das Ceranfeld gefallen, jetzt hat es einen
Sprung quer über zwei Kochzonen. Ich habe bei Ihnen eine Glasversicherung
(GL 3320 118) zu meiner Hausrat.

Der Elektriker (Elektro Wingender, Pulheim) hat heute ein neues Kochfeld
eingebaut, Rechnung 689,00 € inkl. Einbau, habe ich schon bezahlt.

Bitte überweisen an: Birgül Yavuz, DE50 5648 6563 5276 2680 57

Anschrift: Venloer Str. 88, 50259 Pulheim

Danke und Gruß
Birgül Yavuz""")


@M("NORMAL", "de", "internal",
   "trap: annual statistics of the insurer's own workplace and commuting accidents (counts only, no employee named)")
def _():
    m = hdr("Arbeitssicherheit <arbeitssicherheit@versicherer.example>",
            "arbeitsschutzausschuss@versicherer.example",
            "Unfallstatistik 1. Halbjahr 2026 für den ASA", D(2026, 7, 21, 9, 0))
    return body(m, """Hallo zusammen,

für die Sitzung des Arbeitsschutzausschusses am 28.07. die Zahlen zum
1. Halbjahr 2026 (Standort Köln, ca. 1.900 Beschäftigte):

  meldepflichtige Arbeitsunfälle:      3 (Vorjahr 4)
  davon Sturz/Stolpern:                2
  Wegeunfälle (Fahrrad/zu Fuß):        7 (Vorjahr 5)
  Ausfalltage gesamt:                 86
  Erste-Hilfe-Leistungen Sanitätsraum: 41

Auffällig: Die Wegeunfälle mit dem Fahrrad haben zugenommen, vier davon auf
der Rampe zur Tiefgarage. Vorschlag: Markierung und Spiegel (Angebot liegt
vor, 2.300 €).

Einzelfälle stehen nur im Verbandbuch, nicht in dieser Mail.

Arbeitssicherheit""")


@M("STRICTLY_CONFIDENTIAL", "en", "third-party-to-insurer",
   "injured Polish lorry driver claims against the insured motorist: injuries, hospital treatment, sick leave")
def _():
    m = hdr("Paweł Nowicki <pawel.nowicki@transpol-post.example>",
            "schaden-kfz@versicherer.example",
            "Accident A1 Remscheid 30.06.2026 - claim against your client", D(2026, 7, 22, 7, 30),
            mid_style="outlook")
    return body(m, """Dear Sir or Madam,

I am the driver of the truck (Polish plates PO 8K412) that was hit on
30 June 2026 on the A1 near Remscheid by the car RS-TB 301, whose driver
Mr Tim Becker told the police that he is insured with your company.

I was injured in the accident: fractured sternum and two broken ribs, I
was treated at Sana Klinikum Remscheid for 5 days and then flown home. My
doctor in Poznań has signed me off work until 15 August. I cannot work as
a driver in this time and my employer pays me only the base salary without
the daily allowances (about EUR 1,100 less per month).

I claim compensation for my injuries, lost earnings and my personal things
in the cab (laptop, phone). I have the police report (Polizei Wuppertal,
ref. 0630-A1-1187) and the hospital discharge letter in English.

Please write to me in English or Polish.

Paweł Nowicki
Poznań, Poland""")


@M("NORMAL", "en", "insurer-to-broker",
   "trap: pet insurance rate table by breed and age for a broker; animal tariff data, no person")
def _():
    m = hdr("Ole Sandmann <ole.sandmann@versicherer.example>",
            "Graham Whitlock <g.whitlock@harrowbrokers.example>",
            "Pet surgery cover - rates by breed", D(2026, 7, 23, 10, 40), mid_style="outlook")
    return body(m, """Hi Graham,

here are the monthly rates for our dog surgery cover (Tier-OP, EUR 250
excess per year) for your expat clients. All examples, no individual
quotes:

  Breed group            age 0-3   age 4-6   age 7-9
  Small (e.g. Terrier)   EUR 14.90 EUR 19.40 EUR 28.70
  Medium (e.g. Beagle)   EUR 17.20 EUR 22.80 EUR 33.10
  Large (e.g. Labrador)  EUR 21.50 EUR 29.90 EUR 44.60
  Giant (e.g. Mastiff)   EUR 27.80 EUR 39.20 EUR 58.40

Pre-existing conditions of the animal (e.g. hip dysplasia diagnosed before
the start) are excluded. Cats: flat EUR 11.90 up to age 8.

Best,
Ole""")


@M("STRICTLY_CONFIDENTIAL", "de", "internal",
   "harmless body; the XLSX lists open accident-insurance claims with names, injuries and disability estimates")
def _():
    m = hdr("Hanna Wiechert <hanna.wiechert@versicherer.example>",
            "Teamleitung Leistung Unfall <tl-leistung-unfall@versicherer.example>",
            "Liste für Fallbesprechung Donnerstag", D(2026, 7, 27, 15, 5), mid_style="outlook")
    sheet = xlsx("Offene_Faelle_UV_KW31.xlsx", [("offen > 6 Monate", [
        ("Schaden", "Versicherte Person", "Unfalltag", "Verletzung", "Stand", "Invalidität geschätzt"),
        ("U-25-0977", "Gerhard Ingenhoven", "2025-08-14", "Rotatorenmanschettenruptur re.", "Gutachten beauftragt", "1/10 Arm"),
        ("U-25-1204", "Selin Arslan", "2025-10-02", "Kreuzbandriss li., OP", "Heilung nicht abgeschlossen", "offen"),
        ("U-25-1388", "Klaus Dieter Wolff", "2025-11-19", "Wirbelkörperfraktur LWK 1", "Reha beendet", "15 %"),
        ("U-26-0412", "Bernd Ottersbach", "2026-01-24", "Sprunggelenksfraktur re.", "Bericht fehlt", "offen"),
        ("U-25-1833", "Monika Schlüter", "2025-03-12", "distale Radiusfraktur re.", "abgerechnet, Einspruch?", "2/7 Hand"),
    ])])
    return body(m, """Hi,

anbei die Liste der offenen Fälle > 6 Monate für Donnerstag.

Hanna""", atts=[sheet])


@M("CONFIDENTIAL", "en", "customer-to-insurer",
   "customer leaving Germany cancels her household policy, gives her new address abroad and a foreign IBAN for the refund")
def _():
    m = hdr("Ingrid Solberg <ingrid.solberg@quickpost.example>",
            "international@versicherer.example",
            "Cancellation household insurance - moving to Oslo", D(2026, 7, 28, 20, 11), mid_style="tb")
    return body(m, """Hello,

we are moving back to Norway at the end of August. Please cancel my
household contents insurance HR 7851 3307 as of 31 August 2026 (special
termination because we are leaving Germany; the flat handover with the
landlord is on 29 August).

New address from 1 September:
Ingrid Solberg, Thereses gate 35B, 0168 Oslo, Norway

Please refund any premium paid in advance to my Norwegian account:
IBAN NO08 1503 4829 176 (DNB)

Thank you for everything!
Ingrid Solberg""")


@M("NORMAL", "en", "insurer-to-partner",
   "S/MIME domain certificate renewal coordination with a partner's mail team; technical, company-only")
def _():
    m = hdr("Dennis Olbrich <dennis.olbrich@versicherer.example>",
            "postmaster@northsea-re.example",
            "Domain certificate renewal - gateway-to-gateway encryption", D(2026, 7, 29, 9, 40),
            mid_style="outlook")
    return body(m, """Hello,

our domain certificate for versicherer.example (used for
gateway-to-gateway S/MIME with your domain) will be renewed on
15 August 2026. The new certificate will be published in our directory at
https://zertifikate.versicherer.example from 10 August and sent to this
address as a signed mail.

Please import it before 15 August so that encrypted mail between our
domains keeps flowing. Fingerprint (SHA-256) will follow by phone.

Could you also let us know when your own domain certificate expires? Our
directory shows 2 October 2026.

Thanks,
Dennis Olbrich
IT, Versicherer AG""")


@M("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
   "personal liability claim: a child broke her arm on the customer's garden trampoline at a birthday party")
def _():
    m = hdr("Patrick Söhngen <p.soehngen@t-mail.example>",
            "haftpflicht@versicherer.example",
            "Unfall auf unserem Trampolin – Haftpflicht PH 2263 901 5", D(2026, 7, 30, 21, 40), mid_style="tb")
    return body(m, """Guten Abend,

bei der Geburtstagsfeier unserer Tochter am Samstag ist eine Freundin von
ihr, Mila Kerkhoff (9), auf unserem Gartentrampolin unglücklich gestürzt,
obwohl das Netz geschlossen war. Sie hat sich den Unterarm gebrochen
(beide Knochen), wurde in der Kinderchirurgie Porz gerichtet und hat jetzt
einen Oberarmgips für 6 Wochen. Die Sommerferien sind für sie gelaufen.

Die Eltern (Familie Kerkhoff, Zündorfer Weg 12) haben gefragt, ob unsere
Haftpflicht etwas zahlt, z. B. für die stornierte Ferienfreizeit. Wir hatten
die Kinder beaufsichtigt, aber ich will das korrekt melden.

Privathaftpflicht PH 2263 901 5, Patrick Söhngen, Köln-Porz.

Viele Grüße
Patrick Söhngen""")


@M("STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
   "claim for hospital daily benefit under accident insurance: named insured, hospital stay and fractures after a fall")
def _():
    m = hdr("Tom Hendricks <tom.hendricks@quickpost.example>",
            "unfall@versicherer.example",
            "Hospital daily benefit - UV 5151 603", D(2026, 7, 31, 11, 20), mid_style="tb")
    return body(m, """Dear claims team,

I would like to claim the hospital daily benefit under my accident policy
UV 5151 603 (Tom Hendricks).

On 11 July I fell from my bike-trailer hitch while loading the car and
broke my right heel bone and two toes. I was in hospital at
Eduardus-Krankenhaus Deutz from 11 to 19 July (8 nights) and had surgery
with screws on 13 July. The discharge letter is attached in the portal
upload.

Could you also tell me whether physiotherapy costs are covered by the
accident insurance, or only by my health insurance?

Thank you,
Tom Hendricks""", cte="base64")


@M("NORMAL", "de", "broker-to-insurer",
   "broker asks about prices for moped and e-scooter insurance plates for the new season; no customer data")
def _():
    m = hdr("Bianca Rehse <b.rehse@finanzkontor-nord.example>",
            "kfz-makler@versicherer.example",
            "Versicherungskennzeichen 2027 – Preise?", D(2026, 7, 31, 15, 10), mid_style="outlook")
    return body(m, """Hallo Kfz-Team,

gibt es schon die Beiträge für die Versicherungskennzeichen ab 01.03.2027
(Mofa/Moped, E-Scooter, Speed-Pedelec)? Letztes Jahr kamen sie erst im
Januar, das war für unsere Vorbestellungen zu spät.

Und: Bleibt es dabei, dass wir die Kennzeichen als Kontingent bestellen
können?

Danke und Gruß
Bianca Rehse""")


# ==========================================================================
# build and check
# ==========================================================================

def _strip_inner_mime_version(part, is_root=True):
    if not is_root and "MIME-Version" in part:
        del part["MIME-Version"]
    if part.get_content_type() == "message/rfc822":
        for sub in part.get_payload():
            _strip_inner_mime_version(sub, True)
    elif part.is_multipart():
        for sub in part.get_payload():
            _strip_inner_mime_version(sub, False)


def _fix_boundaries(m, n):
    _strip_inner_mime_version(m)
    i = 0
    for part in m.walk():
        if part.get_content_maintype() == "multipart":
            i += 1
            style = n % 3
            if style == 0:
                b = "_%03d_d25%04dPART%02d_" % (i, n, i)
            elif style == 1:
                b = "------------d25%04d%02dB0UND" % (n, i)
            else:
                b = "=_Part_%d_%04d.%02d" % (n * 7919 % 100000, n, i)
            part.set_boundary(b)


def build_all():
    out = []
    for i, (label, lang, kind, reason, fn) in enumerate(MAILS, 1):
        _CUR["n"] = i
        m = fn()
        _fix_boundaries(m, i)
        data = m.as_bytes(policy=SMTP)
        out.append(("%s%04d.eml" % (PREFIX, i), data, label, lang, kind, reason))
    return out


def _labels_text(built):
    rows = ["file\tlabel\tlang\tkind\treason"]
    for fn, _d, label, lang, kind, reason in built:
        rows.append("\t".join((fn, label, lang, kind, reason)))
    return "\n".join(rows) + "\n"


def write():
    built = build_all()
    md = HERE / "mails"
    md.mkdir(exist_ok=True)
    for old in md.glob(PREFIX + "*.eml"):
        old.unlink()
    for fn, data, *_ in built:
        (md / fn).write_bytes(data)
    (HERE / "labels.tsv").write_text(_labels_text(built), encoding="utf-8")
    print("wrote %d mails" % len(built))


def _open_attachment(name, ctype, data, seen):
    low = (name or "").lower()
    if low.endswith(".xlsx"):
        import openpyxl
        wb = openpyxl.load_workbook(io.BytesIO(data))
        assert any(ws.max_row > 0 for ws in wb.worksheets)
        seen["XLSX"] = seen.get("XLSX", 0) + 1
    elif low.endswith(".docx"):
        import docx
        d = docx.Document(io.BytesIO(data))
        assert any(p.text.strip() for p in d.paragraphs) or d.tables
        seen["DOCX"] = seen.get("DOCX", 0) + 1
    elif low.endswith((".odt", ".ods")):
        from odf.opendocument import load
        load(io.BytesIO(data))
        k = low[-3:].upper()
        seen[k] = seen.get(k, 0) + 1
    elif low.endswith(".pdf"):
        from pypdf import PdfReader
        txt = "".join(p.extract_text() or "" for p in PdfReader(io.BytesIO(data)).pages)
        assert txt.strip(), name
        seen["PDF"] = seen.get("PDF", 0) + 1
    elif low.endswith(".zip"):
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None
        for member in z.namelist():
            _open_attachment(member, None, z.read(member), seen)
        seen["ZIP"] = seen.get("ZIP", 0) + 1
    elif low.endswith(".ics"):
        t = data.decode("utf-8")
        assert "BEGIN:VCALENDAR" in t and "END:VCALENDAR" in t
        seen["ICS"] = seen.get("ICS", 0) + 1
    elif low.endswith(".csv"):
        try:
            t = data.decode("utf-8")
        except UnicodeDecodeError:
            t = data.decode("cp1252")
        rows = list(csv.reader(io.StringIO(t), delimiter=";" if ";" in t else ","))
        assert len(rows) >= 2
        seen["CSV"] = seen.get("CSV", 0) + 1
    elif low.endswith((".txt", ".log")):
        data.decode("utf-8")
        seen["TXT"] = seen.get("TXT", 0) + 1
    elif low.endswith(".eml"):
        mm = message_from_bytes(data, policy=POLICY_DEFAULT)
        assert mm["From"]
        seen["EML(zip)"] = seen.get("EML(zip)", 0) + 1
    else:
        raise AssertionError("unknown attachment %r %r" % (name, ctype))


def check():
    built = build_all()
    md = HERE / "mails"
    errors = []
    assert len(built) == 200, len(built)
    files = sorted(p.name for p in md.glob("*.eml"))
    if files != [b[0] for b in built]:
        errors.append("file list differs from generator")
    lt = (HERE / "labels.tsv").read_text(encoding="utf-8")
    if lt != _labels_text(built):
        errors.append("labels.tsv differs from generator")
    rows = list(csv.DictReader(io.StringIO(lt), delimiter="\t"))
    assert len(rows) == 200
    mids = set()
    seen = {}
    tops = {}
    charsets = {}
    for fn, data, label, lang, kind, reason in built:
        disk = (md / fn).read_bytes() if (md / fn).exists() else None
        if disk != data:
            errors.append(fn + ": file on disk differs from rebuild")
        if b"\n" in data.replace(b"\r\n", b""):
            errors.append(fn + ": bare LF")
        m = message_from_bytes(data, policy=POLICY_DEFAULT)
        tops[m.get_content_type()] = tops.get(m.get_content_type(), 0) + 1
        mid = m["Message-ID"]
        if not mid or mid in mids:
            errors.append(fn + ": missing or duplicate Message-ID")
        mids.add(mid)
        if m["Date"].datetime.year != 2026:
            errors.append(fn + ": date not in 2026")
        for part in m.walk():
            if part.defects:
                errors.append("%s: defects %r" % (fn, part.defects))
            if part.is_multipart() or part.get_content_type() == "message/rfc822":
                continue
            fname = part.get_filename()
            ct = part.get_content_type()
            if fname is None and part.get_content_maintype() == "text":
                txt = part.get_content()
                assert isinstance(txt, str) and txt.strip(), fn
                cs = part.get_content_charset()
                charsets[cs] = charsets.get(cs, 0) + 1
                continue
            try:
                payload = part.get_payload(decode=True)
                _open_attachment(fname, ct, payload, seen)
            except Exception as e:  # noqa
                errors.append("%s: attachment %s: %r" % (fn, fname, e))
        for p in m.walk():
            if p.get_content_type() == "message/rfc822":
                seen["EML"] = seen.get("EML", 0) + 1
    # distribution
    cnt = {}
    for r in rows:
        cnt[(r["label"], r["lang"])] = cnt.get((r["label"], r["lang"]), 0) + 1
    traps = sum(1 for r in rows if r["label"] == "NORMAL" and r["reason"].startswith("trap:"))
    tot = {lab: sum(v for (l2, _), v in cnt.items() if l2 == lab)
           for lab in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")}
    if tot != {"NORMAL": 80, "CONFIDENTIAL": 60, "STRICTLY_CONFIDENTIAL": 60}:
        errors.append("distribution %r" % tot)
    if traps < 40:
        errors.append("only %d traps" % traps)
    print("%-22s %4s %4s %5s" % ("label", "de", "en", "total"))
    for lab in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"):
        print("%-22s %4d %4d %5d" % (lab, cnt.get((lab, "de"), 0), cnt.get((lab, "en"), 0), tot[lab]))
    de = sum(v for (_, l), v in cnt.items() if l == "de")
    print("%-22s %4d %4d %5d" % ("total", de, 200 - de, 200))
    print("traps among NORMAL:", traps)
    kinds = {}
    for r in rows:
        kinds.setdefault(r["kind"], {}).setdefault(r["label"], 0)
        kinds[r["kind"]][r["label"]] += 1
    print("kinds:")
    for k in sorted(kinds, key=lambda k: -sum(kinds[k].values())):
        v = kinds[k]
        print("  %-28s %3d  N=%d C=%d S=%d" % (k, sum(v.values()), v.get("NORMAL", 0),
              v.get("CONFIDENTIAL", 0), v.get("STRICTLY_CONFIDENTIAL", 0)))
    print("top-level types:", dict(sorted(tops.items())))
    print("text charsets:", dict(sorted(charsets.items())))
    print("attachments:", dict(sorted(seen.items())))
    if errors:
        print("ERRORS:")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("check OK")


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        check()
    else:
        write()
