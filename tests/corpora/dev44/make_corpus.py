#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Siegel development corpus dev44: motor and general liability claims.

200 hand-written, fictitious e-mails of a German composite insurer
(domain versicherer.example), each labelled NORMAL / CONFIDENTIAL /
STRICTLY_CONFIDENTIAL.  Every mail is written out by hand in its own
function below (headers, body, quotes, forwards, attachment contents);
the helpers in this first section only turn that hand-written content
into MIME and into office / PDF / ZIP bytes.

Usage:
    python make_corpus.py            # writes mails/ and labels.tsv
    python make_corpus.py --check    # rebuilds twice, compares, validates

Needs: openpyxl python-docx odfpy fpdf2 pypdf icalendar (for building
attachments and for --check).
"""

import csv
import datetime as _dt
import hashlib
import io
import os
import random
import re
import sys
import zipfile
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import SMTP, default as _default_policy
from email.utils import format_datetime, parsedate_to_datetime

SEED = 44
NN = "44"
HERE = os.path.dirname(os.path.abspath(__file__))
MAIL_DIR = os.path.join(HERE, "mails")
LABELS = os.path.join(HERE, "labels.tsv")

# --------------------------------------------------------------------------
# dates: fixed, 2026, Europe/Berlin offset (CET +0100, CEST +0200)
# CEST 2026: from Sun 29 Mar 02:00 CET until Sun 25 Oct 03:00 CEST
# --------------------------------------------------------------------------


def _offset_hours(y, mo, d, h, mi):
    t = (mo, d, h, mi)
    if (3, 29, 2, 0) <= t < (10, 25, 3, 0):
        return 2
    return 1


def dt(mo, d, h, mi, s=0):
    """Date header value for a local Berlin time in 2026."""
    off = _offset_hours(2026, mo, d, h, mi)
    tz = _dt.timezone(_dt.timedelta(hours=off))
    return format_datetime(_dt.datetime(2026, mo, d, h, mi, s, tzinfo=tz))


def quote_date(mo, d, h, mi, lang="de"):
    """Date as written in a quote header ('Am ... schrieb')."""
    x = _dt.date(2026, mo, d)
    if lang == "de":
        return "%02d.%02d.2026 um %02d:%02d" % (d, mo, h, mi)
    return x.strftime("%a, %d %b 2026") + " at %02d:%02d" % (h, mi)


# --------------------------------------------------------------------------
# deterministic ids and boundaries
# --------------------------------------------------------------------------


def _h(*parts):
    return hashlib.sha1(("|".join(str(p) for p in (SEED,) + parts)).encode()).hexdigest()


def mid(n, domain="versicherer.example", style="outlook"):
    h = _h("mid", n, domain, style)
    if style == "outlook":
        return "<%s%s@%s>" % (h[:8].upper(), h[8:30].upper(), domain)
    if style == "tb":
        return "<%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:24], domain)
    if style == "iphone":
        return "<%s-%s-%s-%s@%s>" % (h[:8].upper(), h[8:12].upper(), h[12:16].upper(), h[16:28].upper(), domain)
    if style == "sys":
        return "<%s.%s.d44-%04d@%s>" % (h[:12], h[12:20], n, domain)
    return "<%s@%s>" % (h[:24], domain)


def _set_boundaries(n, msg):
    rng = random.Random(SEED * 100000 + n)
    i = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            tok = "".join(rng.choice("0123456789abcdef") for _ in range(16))
            part.set_boundary("----=_NextPart_d44_%04d_%d_%s" % (n, i, tok))
            i += 1


CLIENTS = {
    "outlook": [("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Index", None)],
    "owa": [("X-MS-Has-Attach", ""), ("X-Mailer", "Microsoft Outlook Web App")],
    "tb": [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0")],
    "iphone": [("X-Mailer", "iPhone Mail (22D72)")],
    "android": [("X-Mailer", "Android Mail 6.2")],
    "gmail": [],
    "sys": [("X-Mailer", "ClaimCenter Notification Service 10.2"), ("Auto-Submitted", "auto-generated")],
    "portal": [("X-Mailer", "SecureMail Gateway Notification"), ("Auto-Submitted", "auto-generated")],
    "itsm": [("X-Mailer", "ServiceNow"), ("Auto-Submitted", "auto-generated")],
    "egvp": [("X-Mailer", "Governikus EGVP Client 4.9")],
    "none": [],
}


def new(n, frm, to, subject, date, cc=None, client="outlook", msgid=None,
        irt=None, refs=None, headers=(), mid_style=None):
    """Create the message head. Everything passed in is written by hand per mail."""
    m = EmailMessage(policy=SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    if msgid is None:
        dom = re.search(r"@([^>\s]+)", frm).group(1)
        msgid = mid(n, dom, mid_style or ("tb" if client == "tb" else "iphone" if client == "iphone" else "sys" if client in ("sys", "portal", "itsm", "egvp") else "outlook" if client in ("outlook", "owa") else "plain"))
    m["Message-ID"] = msgid
    if irt:
        m["In-Reply-To"] = irt
        m["References"] = refs or irt
    for k, v in CLIENTS[client]:
        if k == "Thread-Index":
            v = "AQH" + _h("ti", n)[:24].upper() + "=="
        m[k] = v
    for k, v in headers:
        m[k] = v
    return m


def body(m, text, charset="utf-8", cte=None, flowed=False, subtype="plain"):
    if text.startswith("\n"):
        text = text[1:]
    params = {"format": "flowed"} if flowed else None
    if charset == "utf-8" and cte is None:
        cte = "8bit" if flowed else "quoted-printable"
    m.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)
    return m


def html_alt(m, html):
    if html.startswith("\n"):
        html = html[1:]
    m.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    return m


def attach(m, data, mimetype, filename, params=None):
    maintype, subtype = mimetype.split("/")
    m.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename, params=params)
    return m


def attach_text(m, text, subtype, filename, charset="utf-8", cte="base64"):
    if text.startswith("\n"):
        text = text[1:]
    if subtype in ("calendar",):
        text = text.replace("\r\n", "\n")
    m.add_attachment(text, subtype=subtype, charset=charset, cte=cte,
                     disposition="attachment", filename=filename)
    return m


def attach_msg(m, inner):
    m.add_attachment(inner)
    return m


def finish(n, m):
    _set_boundaries(n, m)
    inner_roots = set()
    for part in m.walk():
        if part.get_content_type() == "message/rfc822":
            for p in part.get_payload():
                inner_roots.add(id(p))
    for part in m.walk():
        if part is not m and id(part) not in inner_roots and "MIME-Version" in part:
            del part["MIME-Version"]
    return m.as_bytes(policy=SMTP)


# --------------------------------------------------------------------------
# attachment builders (content always given by hand in each mail)
# --------------------------------------------------------------------------

FIXED_ZIP_TIME = (2026, 1, 2, 8, 0, 0)
FIXED_DOC_TIME = _dt.datetime(2026, 1, 2, 8, 0, 0)


def _renormalise_zip(data, when=FIXED_ZIP_TIME):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            raw = zin.read(info.filename)
            if info.filename == "docProps/core.xml":
                raw = re.sub(rb"(<dcterms:modified[^>]*>)[^<]*(<)", rb"\g<1>2026-01-02T08:00:00Z\g<2>", raw)
                raw = re.sub(rb"(<dcterms:created[^>]*>)[^<]*(<)", rb"\g<1>2026-01-02T08:00:00Z\g<2>", raw)
            zi = zipfile.ZipInfo(info.filename, when)
            zi.compress_type = info.compress_type
            zi.external_attr = 0o644 << 16
            zout.writestr(zi, raw)
    return out.getvalue()


def make_zip(members, when=FIXED_ZIP_TIME):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, when)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return out.getvalue()


def make_xlsx(sheets, author="Versicherer AG"):
    """sheets: list of (title, rows); rows are lists of cell values."""
    import openpyxl
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for title, rows in sheets:
        ws = wb.create_sheet(title)
        for r, row in enumerate(rows, 1):
            for c, val in enumerate(row, 1):
                cell = ws.cell(row=r, column=c, value=val)
                if r == 1:
                    cell.font = Font(bold=True)
        for c in range(1, max(len(r) for r in rows) + 1):
            ws.column_dimensions[openpyxl.utils.get_column_letter(c)].width = 18
    wb.properties.creator = author
    wb.properties.created = FIXED_DOC_TIME
    wb.properties.modified = FIXED_DOC_TIME
    b = io.BytesIO()
    wb.save(b)
    return _renormalise_zip(b.getvalue())


def make_docx(blocks, author="Versicherer AG"):
    """blocks: str (paragraph) | ('h', text) | ('table', rows)."""
    import docx
    d = docx.Document()
    for bl in blocks:
        if isinstance(bl, str):
            d.add_paragraph(bl)
        elif bl[0] == "h":
            d.add_heading(bl[1], level=bl[2] if len(bl) > 2 else 1)
        elif bl[0] == "table":
            rows = bl[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, row in enumerate(rows):
                for j, val in enumerate(row):
                    t.cell(i, j).text = str(val)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DOC_TIME
    cp.modified = FIXED_DOC_TIME
    cp.last_printed = FIXED_DOC_TIME
    cp.revision = 1
    b = io.BytesIO()
    d.save(b)
    return _renormalise_zip(b.getvalue())


_ODF_WARM = []


def _odf_warm():
    """odfpy keeps the set of used XML namespaces in a class attribute, so
    the first document of a process would differ from later ones. Build and
    save one throw-away text and spreadsheet document first."""
    if _ODF_WARM:
        return
    from odf.opendocument import OpenDocumentText, OpenDocumentSpreadsheet
    from odf.text import P, H
    from odf.table import Table, TableRow, TableCell
    t = OpenDocumentText()
    t.text.addElement(H(outlinelevel=1, text="x"))
    t.text.addElement(P(text="x"))
    t.save(io.BytesIO())
    s = OpenDocumentSpreadsheet()
    tb = Table(name="x")
    tr = TableRow()
    tc = TableCell(valuetype="float", value=1)
    tc.addElement(P(text="1"))
    tr.addElement(tc)
    tb.addElement(tr)
    s.spreadsheet.addElement(tb)
    s.save(io.BytesIO())
    _ODF_WARM.append(True)


def make_odt(blocks):
    """blocks: str paragraphs or ('h', text)."""
    _odf_warm()
    from odf.opendocument import OpenDocumentText
    from odf.text import P, H
    doc = OpenDocumentText()
    for bl in blocks:
        if isinstance(bl, str):
            doc.text.addElement(P(text=bl))
        else:
            doc.text.addElement(H(outlinelevel=1, text=bl[1]))
    b = io.BytesIO()
    doc.save(b)
    return _renormalise_zip(b.getvalue())


def make_ods(sheets):
    _odf_warm()
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableRow, TableCell
    from odf.text import P
    doc = OpenDocumentSpreadsheet()
    for title, rows in sheets:
        t = Table(name=title)
        for row in rows:
            tr = TableRow()
            for val in row:
                if isinstance(val, (int, float)) and not isinstance(val, bool):
                    tc = TableCell(valuetype="float", value=val)
                else:
                    tc = TableCell(valuetype="string")
                tc.addElement(P(text=str(val)))
                tr.addElement(tc)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    b = io.BytesIO()
    doc.save(b)
    return _renormalise_zip(b.getvalue())


_PDF_MAP = {"\u20ac": "EUR", "\u2013": "-", "\u2014": "-", "\u201e": '"', "\u201c": '"',
            "\u201d": '"', "\u2019": "'", "\u2018": "'", "\u2026": "...", "\u00a0": " ", "\u2022": "-"}


def _pdf_text(s):
    for k, v in _PDF_MAP.items():
        s = s.replace(k, v)
    return s


def make_pdf(lines, title=None, author="", font_size=10):
    """lines: list of str; '' = blank line; lines starting with '# ' are bold headings."""
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.set_creation_date(_dt.datetime(2026, 1, 2, 8, 0, 0, tzinfo=_dt.timezone.utc))
    if title:
        pdf.set_title(_pdf_text(title))
    if author:
        pdf.set_author(_pdf_text(author))
    pdf.set_producer("fpdf2")
    pdf.set_creator("Siegel dev44 corpus")
    pdf.set_margins(20, 20, 20)
    pdf.add_page()
    for ln in lines:
        if ln.startswith("# "):
            pdf.set_font("Helvetica", style="B", size=font_size + 2)
            pdf.multi_cell(0, 6, _pdf_text(ln[2:]), new_x="LMARGIN", new_y="NEXT")
        elif ln == "":
            pdf.ln(4)
        else:
            pdf.set_font("Helvetica", size=font_size)
            pdf.multi_cell(0, 5, _pdf_text(ln), new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def crlf(text):
    if text.startswith("\n"):
        text = text[1:]
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


# --------------------------------------------------------------------------
# registry
# --------------------------------------------------------------------------

REG = {}
LABEL_SET = ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")


def mail(n, label, lang, kind, reason):
    assert label in LABEL_SET, (n, label)
    assert lang in ("de", "en", "mixed"), (n, lang)
    assert "\t" not in reason and "\n" not in reason, n

    def deco(fn):
        assert n not in REG, n
        REG[n] = (fn, label, lang, kind, reason)
        return fn
    return deco


# ==========================================================================
# THE MAILS — one function per mail, written by hand
# ==========================================================================


# --- 0001 -----------------------------------------------------------------
@mail(1, "CONFIDENTIAL", "de", "insurer-to-claimant",
      "acknowledgement to a third-party claimant: parking-lot scrape, claim number, her plate, no injury")
def m0001():
    m = new(1, "Jana Köhler <jana.koehler@versicherer.example>",
            "Annegret Berger <a.berger@posteo-mail.example>",
            "Ihr Schreiben vom 05.01.2026 – Schaden KS-26-0003127",
            dt(1, 7, 10, 14))
    body(m, """
Sehr geehrte Frau Berger,

vielen Dank für Ihr Schreiben vom 5. Januar und die Fotos.

Wir haben den Schaden an Ihrem Fahrzeug (Opel Corsa, amtl. Kennzeichen
WL-AB 2290) unter der Schadennummer KS-26-0003127 angelegt. Bitte geben
Sie diese Nummer bei allen Rückfragen an.

Nach Ihrer Schilderung hat unser Versicherungsnehmer beim Ausparken auf
dem Parkplatz des Einkaufszentrums Buchholz am 02.01.2026 gegen die
hintere linke Tür Ihres Wagens gestoßen. Wir haben unseren Kunden um
Stellungnahme gebeten und melden uns, sobald sie vorliegt.

Damit wir zügig regulieren können, senden Sie uns bitte noch:
- einen Kostenvoranschlag einer Fachwerkstatt oder ein Gutachten
  (bei einem voraussichtlichen Schaden unter 1.000 EUR genügt der
  Kostenvoranschlag),
- Ihre Bankverbindung für die Zahlung.

Mit freundlichen Grüßen

Jana Köhler
Kraftfahrt-Schaden, Team Haftpflicht 2
Versicherer Allgemeine Versicherung AG
Hafenstraße 100 · 20359 Hamburg
Telefon 040 8890-4412

Versicherer Allgemeine Versicherung AG · Sitz Hamburg · Amtsgericht Hamburg HRB 99120
Vorstand: Dr. Carsten Meiners (Vors.), Ulrike Brandes, Tobias Kern
""")
    return finish(1, m)


# --- 0002 -----------------------------------------------------------------
@mail(2, "NORMAL", "de", "internal",
      "trap: quarterly whiplash (HWS) statistics per region in XLSX, counts and averages only, no person")
def m0002():
    m = new(2, "Nina Petersen <nina.petersen@versicherer.example>",
            "Schadenleitung Kraftfahrt <schadenleitung-kfz@versicherer.example>",
            "Quartalsauswertung Q4/2025 – HWS-Schäden nach Regionen",
            dt(1, 12, 8, 47),
            cc="Oliver Hensel <oliver.hensel@versicherer.example>")
    body(m, """
Hallo zusammen,

anbei wie jedes Quartal die Auswertung der KH-Personenschäden mit
HWS-Beteiligung (Schleudertrauma, Distorsion der Halswirbelsäule),
diesmal für Q4/2025 und als Vergleich das Gesamtjahr.

Kurz die Auffälligkeiten:
* Die Frequenz je 1.000 versicherte Fahrzeuge ist bundesweit leicht
  gesunken (0,82 -> 0,79), Region West liegt weiter deutlich drüber.
* Durchschnittliches Schmerzensgeld bei reinen HWS-Fällen ohne
  weitere Verletzung: 1.240 EUR (Vorjahr 1.190 EUR).
* Anteil der Fälle mit Anwaltsbeteiligung: 71 %.
* Die Fälle mit Gutachten (biomechanisch/interdisziplinär) sind von
  4,1 % auf 5,3 % gestiegen, das sehen wir auch in den Kosten.

Die Zahlen sind aus dem DWH-Stand vom 08.01., Spätmeldungen fehlen noch.
Bei Fragen gerne melden.

Viele Grüße
Nina

--
Nina Petersen
Schadencontrolling Kraftfahrt
Versicherer Allgemeine Versicherung AG
""")
    x = make_xlsx([
        ("Q4 2025", [
            ["Region", "Fälle HWS", "davon mit Anwalt", "Frequenz je 1.000 Fzg.", "Ø Schmerzensgeld EUR", "Ø Gesamtaufwand EUR", "Gutachten (%)"],
            ["Nord", 412, 281, 0.71, 1180, 3420, 4.6],
            ["Ost", 365, 240, 0.66, 1090, 3120, 3.9],
            ["Süd", 498, 339, 0.74, 1210, 3610, 5.1],
            ["West", 742, 561, 1.02, 1320, 4180, 6.8],
            ["Mitte", 389, 272, 0.77, 1230, 3550, 5.0],
            ["Gesamt", 2406, 1693, 0.79, 1240, 3640, 5.3],
        ]),
        ("Gesamtjahr 2025", [
            ["Quartal", "Fälle HWS", "Frequenz je 1.000 Fzg.", "Ø Schmerzensgeld EUR"],
            ["Q1", 2611, 0.86, 1205],
            ["Q2", 2289, 0.75, 1221],
            ["Q3", 2398, 0.78, 1236],
            ["Q4", 2406, 0.79, 1240],
        ]),
        ("Hinweise", [
            ["Hinweis"],
            ["Quelle: DWH Schaden, Stand 08.01.2026, nur KH-Personenschäden mit Diagnosegruppe HWS"],
            ["Keine Einzelfalldaten; Regionen mit weniger als 10 Fällen werden zusammengefasst"],
        ]),
    ], author="Nina Petersen")
    attach(m, x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
           "HWS_Auswertung_Q4_2025.xlsx")
    return finish(2, m)


# --- 0003 -----------------------------------------------------------------
@mail(3, "STRICTLY_CONFIDENTIAL", "de", "lawyer-to-insurer",
      "claimant's lawyer: rear-end collision, whiplash grade I, sick leave, physiotherapy, pain-and-suffering demand")
def m0003():
    m = new(3, "RA Dr. Felix Hollmann <hollmann@kanzlei-hollmann.example>",
            "kfz-schaden@versicherer.example",
            "Unser Zeichen 26/0041 Kröger ./. Ihr VN – Ihr Zeichen KS-26-0008841",
            dt(1, 20, 16, 2))
    body(m, """
Sehr geehrte Damen und Herren,

in vorbezeichneter Angelegenheit zeigen wir an, dass wir die rechtlichen
Interessen von Frau Sabine Kröger, Lindenweg 14, 26122 Oldenburg,
vertreten. Eine auf uns lautende Vollmacht ist beigefügt.

Ihre Versicherungsnehmerin fuhr am 12.01.2026 gegen 7:40 Uhr auf der
Ammerländer Heerstraße an der Lichtzeichenanlage Höhe Uhlhornsweg auf
das verkehrsbedingt stehende Fahrzeug unserer Mandantin auf. Die
Haftung dem Grunde nach dürfte unstreitig sein.

Unsere Mandantin stellte sich noch am Unfalltag in der Notaufnahme des
Klinikums vor. Diagnostiziert wurde eine HWS-Distorsion Grad I nach
Quebec Task Force mit schmerzhafter Bewegungseinschränkung und
Kopfschmerzen. Sie war vom 12.01. bis einschließlich 30.01.2026
arbeitsunfähig und erhält derzeit sechs Einheiten Krankengymnastik.
Das ärztliche Attest von Dr. med. Annika Sprenger reichen wir nach,
sobald die Behandlung abgeschlossen ist.

Wir machen zunächst geltend:

1. Schmerzensgeld (vorläufig)                1.800,00 EUR
2. Zuzahlungen Heilmittel/Fahrtkosten          86,40 EUR
3. Sachschaden gemäß Gutachten Ing.-Büro
   Lüders vom 15.01.2026                     3.914,27 EUR
4. Gutachterkosten                              712,30 EUR
5. Kostenpauschale                               25,00 EUR

Den Haushaltsführungsschaden behalten wir uns ausdrücklich vor.

Wir haben uns eine Frist bis zum

        06.02.2026

notiert. Zahlungen erbitten wir auf unser Anderkonto bei der
Landessparkasse zu Oldenburg.

Mit freundlichen Grüßen

Dr. Felix Hollmann
Rechtsanwalt
Fachanwalt für Verkehrsrecht

Hollmann & Partner Rechtsanwälte PartG mbB
Gottorpstraße 22 · 26122 Oldenburg
Tel. 0441 555 20-0 · Fax 0441 555 20-99

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte
Informationen. Wenn Sie nicht der richtige Adressat sind, informieren
Sie bitte sofort den Absender und vernichten Sie diese Mail.
""", charset="iso-8859-1", cte="quoted-printable")
    return finish(3, m)


# --- 0004 -----------------------------------------------------------------
@mail(4, "NORMAL", "de", "internal",
      "room booking for a team meeting")
def m0004():
    m = new(4, "Birgit Nowak <birgit.nowak@versicherer.example>",
            "Team KH2 <team-kh2@versicherer.example>",
            "Raum für Teamrunde Donnerstag",
            dt(1, 13, 11, 20))
    body(m, """
Hallo ihr Lieben,

die 4.12 ist Donnerstag doch belegt (Vorstandsvorlage). Ich habe uns
stattdessen die 2.07 im Altbau gebucht, 10:00–11:30, Beamer ist da,
HDMI-Adapter bringt Jonas mit.

Kaffee und Kekse bestelle ich wie immer.

LG Birgit
""")
    return finish(4, m)


# --- 0005 -----------------------------------------------------------------
@mail(5, "CONFIDENTIAL", "en", "insurer-to-rental",
      "rental firm's claim against our motor-liability insured: plate, policyholder name, claim number, no injury")
def m0005():
    m = new(5, "Paul Ostermann <paul.ostermann@versicherer.example>",
            "Damage Recovery Team <recoveries@brightwheel-hire.example>",
            "RE: Your ref BW-DR-118472 / our claim KS-26-0009310",
            dt(1, 21, 9, 31),
            irt="<BW-DR-118472.1@brightwheel-hire.example>")
    body(m, """
Dear Ms Doherty,

Thank you for your letter of 16 January regarding the damage to your
vehicle (Toyota Yaris, registration B-BW 4471) in Berlin-Mitte on
9 January 2026.

We confirm that the other vehicle, registration OL-JB 714, is insured
with us under a motor third-party liability policy. Our policyholder,
Mr Jörg Baumann, has reported the incident and accepts that he
clipped your car's offside mirror and front wing while changing lanes.
No one was injured, and your hirer has confirmed this as well.

Before we can settle, please send us:

  1. the repair invoice or an independent estimate (photos alone are
     not sufficient for the front wing),
  2. the rental agreement covering the date of the incident,
  3. if you claim loss of use: your fleet utilisation for January 2026.
     Under German law loss of use is only payable if no replacement
     vehicle from your own fleet was available.

We cannot accept the "administration fee" of EUR 150.00 in your
schedule; it has no basis under German law, which applies here.

Kind regards

Paul Ostermann
Motor Claims
Versicherer Allgemeine Versicherung AG
Hafenstrasse 100, 20359 Hamburg, Germany
Phone +49 40 8890-4471

Registered office Hamburg, Local Court Hamburg HRB 99120
""")
    return finish(5, m)


# --- 0006 -----------------------------------------------------------------
@mail(6, "STRICTLY_CONFIDENTIAL", "de", "internal",
      "reserve increase for an elderly injured pedestrian: hip fracture, hip replacement, short-term care")
def m0006():
    m = new(6, "Frauke Sievers <frauke.sievers@versicherer.example>",
            "Markus Brandt <markus.brandt@versicherer.example>",
            "Reservefreigabe KS-25-0419982",
            dt(1, 22, 14, 55))
    body(m, """
Hallo Markus,

ich brauche deine Freigabe für die Reserveerhöhung in der Sache
KS-25-0419982 (Fußgängerin Hildegard Pohl, 79, Zebrastreifen
Wandsbeker Chaussee, unsere VN hat sie beim Abbiegen übersehen).

Stand jetzt:
- Oberschenkelhalsbruch links, am Unfalltag Hüft-TEP eingesetzt
- 16 Tage stationär, danach 3 Wochen geriatrische Reha
- seit Entlassung Kurzzeitpflege, Pflegegrad 2 ist beantragt
- die Tochter sagt, sie kommt mit dem Rollator kaum die Treppe hoch,
  Rückkehr in die eigene Wohnung (3. OG ohne Aufzug) ist offen

Bisher stehen 25.000 EUR drin. Ich würde auf 85.000 EUR gehen:
Schmerzensgeld ca. 25–30 T, Pflegemehrbedarf/Haushaltshilfe für
mindestens ein Jahr, dazu kommt sicher noch der Regress der Krankenkasse
und ggf. der Pflegekasse.

Rentenfragen stellen sich bei ihr nicht, Erwerbsschaden entfällt.

Danke dir!
Frauke
""")
    return finish(6, m)


# --- 0007 -----------------------------------------------------------------
@mail(7, "NORMAL", "en", "newsletter",
      "trap: road-safety newsletter with cyclist deaths and head-injury figures, no individual")
def m0007():
    m = new(7, "ERSO Bulletin <bulletin@road-safety-observatory.example>",
            "kfz-schaden@versicherer.example",
            "ERSO Bulletin 2026/02: cyclist casualties, helmet use, e-bike crashes",
            dt(2, 3, 6, 0),
            client="none",
            headers=[("List-Unsubscribe", "<https://road-safety-observatory.example/unsubscribe?u=5521>"),
                     ("Precedence", "bulk")])
    body(m, """
ERSO BULLETIN - February 2026
==============================

1. Cyclist casualties in the EU, 2024 figures
----------------------------------------------
Cyclist deaths rose by 3 % to just over 2,100. Cyclists now account
for 10 % of all road deaths. More than half of fatally injured
cyclists were aged 65 or over, and head injuries remain the most
frequent cause of death. Collisions with cars make up 56 % of fatal
cyclist crashes; single-vehicle falls are underreported.

2. Helmet use
-------------
Observed helmet wearing ranges from 9 % to 71 % between member states.
A new meta-analysis finds helmets reduce serious head injury by about
60 % and fatal head injury by about 70 %.

3. E-bikes
----------
Riders of pedelecs are on average 18 years older than riders of
conventional bicycles. Injury severity after falls is higher, mainly
fractures of the hip, wrist and collarbone.

4. Dates
--------
26 March: webinar "Dooring: design and enforcement"
14 May: ERSO annual conference, Brussels

You receive this bulletin because you subscribed at
road-safety-observatory.example. Unsubscribe: see the link in the header.
""", cte="7bit")
    return finish(7, m)


# --- 0008 -----------------------------------------------------------------
@mail(8, "CONFIDENTIAL", "de", "garage-to-insurer",
      "garage sends repair estimate PDF with customer name, plate, VIN and claim number; body names only the claim")
def m0008():
    m = new(8, "Autohaus Rehberg Service <service@autohaus-rehberg.example>",
            "kfz-schaden@versicherer.example",
            "KVA zu Ihrer Schaden-Nr. KS-26-0011502",
            dt(1, 26, 15, 47))
    body(m, """
Sehr geehrte Damen und Herren,

anbei erhalten Sie unseren Kostenvoranschlag zum o. g. Schaden.
Das Fahrzeug steht bei uns auf dem Hof und kann jederzeit besichtigt
werden. Wir bitten um Reparaturfreigabe.

Mit freundlichen Grüßen
i. A. Marcel Tietjen
Serviceannahme

Autohaus Rehberg GmbH & Co. KG
Bremer Straße 180 · 21073 Hamburg
Geschäftsführer: Henning Rehberg · AG Hamburg HRA 77342
""")
    pdf = make_pdf([
        "# Autohaus Rehberg GmbH & Co. KG - Kostenvoranschlag Nr. 26-0192",
        "Datum: 26.01.2026",
        "",
        "Kunde: Herr Dieter Wendland, Moorburger Elbdeich 41, 21079 Hamburg",
        "Fahrzeug: VW Passat Variant 2.0 TDI, Erstzulassung 03/2021",
        "Amtl. Kennzeichen: HH-DW 3318   FIN: WVWZZZ3CZME041987",
        "Kilometerstand: 61.240",
        "Versicherung: Versicherer Allgemeine, Schaden-Nr. KS-26-0011502 (Haftpflicht Gegner)",
        "",
        "# Arbeitslohn",
        "Stoßfänger hinten aus- und einbauen                  2,1 AW   189,00 EUR",
        "Heckklappe instand setzen                            3,5 AW   315,00 EUR",
        "Einparksensoren hinten kalibrieren                  0,8 AW    72,00 EUR",
        "Lackierung Stoßfänger und Heckklappe               6,0 AW   612,00 EUR",
        "",
        "# Ersatzteile",
        "Stoßfängerverkleidung hinten, grundiert                        486,50 EUR",
        "Halter Stoßfänger links/rechts                                   58,20 EUR",
        "Kleinteile/Clips                                                  24,90 EUR",
        "Lackmaterial                                                    318,40 EUR",
        "",
        "Summe netto                                                   2.076,00 EUR",
        "MwSt. 19 %                                                     394,44 EUR",
        "Summe brutto                                                  2.470,44 EUR",
        "",
        "Der Kunde ist nicht vorsteuerabzugsberechtigt.",
    ], title="KVA 26-0192", author="Autohaus Rehberg")
    attach(m, pdf, "application/pdf", "KVA_26-0192_Wendland.pdf")
    return finish(8, m)


# --- 0009 -----------------------------------------------------------------
@mail(9, "STRICTLY_CONFIDENTIAL", "de", "claimant-to-insurer",
      "injured cyclist writes from her phone in lower case: swollen knee, MRI, torn meniscus, co-payments, IBAN")
def m0009():
    m = new(9, "Lea Hoffmann <lea.hoffmann92@webpost.example>",
            "kfz-schaden@versicherer.example",
            "unfall 3.2. radweg schanzenstraße",
            dt(2, 16, 22, 41), client="iphone")
    body(m, """
hallo,

ich bin die radfahrerin die am 3.2. an der schanzenstraße von dem
weißen transporter (kennzeichen irgendwas mit HH-KL ..., die polizei
hat das aufgenommen, aktenzeichen hab ich unten) beim rechtsabbiegen
erwischt wurde. ihr kunde hat mir ihre adresse gegeben.

mein knie ist seit dem sturz immer noch dick und ich kann nicht
richtig auftreten. war jetzt beim orthopäden, der hat ein mrt machen
lassen: innenmeniskus angerissen, evtl muss das operiert werden. ich
bin kellnerin und kann so gerade nicht arbeiten.

was ich wissen muss:
- wer zahlt mein fahrrad? rahmen ist verbogen, rechnung vom kauf hab
  ich noch (1.149 €)
- die zuzahlungen für die physio und die orthese
- muss ich mir einen anwalt nehmen??

polizei aktenzeichen: 0302-26-114452
meine iban falls das hilft: DE31 5001 0517 5265 4573 30

danke
lea hoffmann

Von meinem iPhone gesendet
""")
    return finish(9, m)


# --- 0010 -----------------------------------------------------------------
@mail(10, "NORMAL", "de", "internal",
      "trap: training invitation (ICS) on assessing bodily-injury claims, whiplash and pain-and-suffering tables, no case")
def m0010():
    m = new(10, "Dr. Katrin Vogt <katrin.vogt@versicherer.example>",
            "Personenschaden Kraftfahrt <team-personenschaden@versicherer.example>",
            "Einladung: Schulung Personenschaden – HWS, Schmerzensgeld, Haushaltsführung",
            dt(2, 4, 9, 5))
    body(m, """
Liebe Kolleginnen und Kollegen,

wie angekündigt biete ich im März eine halbtägige Schulung zur
Bewertung von Personenschäden an. Inhalte:

 - HWS-Distorsion: Einteilung nach Quebec Task Force, typische
   Heilverläufe, wann ein interdisziplinäres Gutachten sinnvoll ist
 - Frakturen der oberen und unteren Extremität: was bedeuten
   "konsolidiert", "in Fehlstellung verheilt", "Pseudarthrose"?
 - Schmerzensgeldtabellen: Umgang mit Hacks/Wellner/Häcker,
   taggenaue Berechnung, aktuelle Rechtsprechung
 - Haushaltsführungsschaden nach Schah Sedi
 - Lesen von Arztberichten und Entlassbriefen (mit fiktiven Beispielen)

Die Einladung hängt als Kalendereintrag an. Bitte bringt keine
echten Akten mit – wir arbeiten ausschließlich mit anonymisierten
Übungsfällen.

Herzliche Grüße
Katrin Vogt
Beratungsärztin Schaden
""")
    ics = crlf("""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
BEGIN:STANDARD
DTSTART:16011028T030000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010325T020000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
UID:schulung-ps-2026-03@versicherer.example
DTSTAMP:20260204T080500Z
DTSTART;TZID=W. Europe Standard Time:20260312T090000
DTEND;TZID=W. Europe Standard Time:20260312T130000
SUMMARY:Schulung Personenschaden – HWS\\, Schmerzensgeld\\, Haushaltsführung
LOCATION:Schulungsraum 1.03\\, Hafenstraße 100
ORGANIZER;CN=Dr. Katrin Vogt:mailto:katrin.vogt@versicherer.example
ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:team-personenschaden@versicherer.example
DESCRIPTION:Halbtagsschulung. Bitte keine echten Akten mitbringen\\, wir arb
 eiten mit anonymisierten Übungsfällen.
END:VEVENT
END:VCALENDAR
""")
    attach_text(m, ics, "calendar", "Schulung_Personenschaden.ics")
    return finish(10, m)


# --- 0011 -----------------------------------------------------------------
@mail(11, "CONFIDENTIAL", "de", "insurer-to-broker",
      "status of a customer's hail damage comprehensive claim to her broker: name, plate, claim number")
def m0011():
    m = new(11, "Paul Ostermann <paul.ostermann@versicherer.example>",
            "Olaf Petersen <o.petersen@hanse-assekuranz.example>",
            "AW: Hagelschaden Matthiesen – Stand?",
            dt(2, 5, 13, 8),
            irt="<2026020411250.AB12@hanse-assekuranz.example>")
    body(m, """
Moin Herr Petersen,

kurzer Stand zum Vollkaskoschaden Ihrer Kundin Frau Ingrid Matthiesen
(KS-26-0010087, Skoda Octavia, PI-IM 88):

Der Sachverständige war am Dienstag vor Ort, das Gutachten erwarten wir
Ende der Woche. Nach erster Einschätzung rund 140 Dellen auf Dach und
Motorhaube, Reparatur per Ausbeultechnik (PDR) möglich, kein
Totalschaden. Die vereinbarte Selbstbeteiligung von 300 EUR wird
abgezogen.

Frau Matthiesen kann den Wagen bis dahin normal weiter fahren. Wenn sie
eine Partnerwerkstatt möchte, vermitteln wir gerne einen Termin – dann
entfällt auch die Vorfinanzierung.

Viele Grüße
Paul Ostermann

Kraftfahrt-Schaden Kasko
Versicherer Allgemeine Versicherung AG
Telefon 040 8890-4471

> Von: Olaf Petersen <o.petersen@hanse-assekuranz.example>
> Gesendet: Mittwoch, 4. Februar 2026 11:25
> An: kfz-schaden@versicherer.example
> Betreff: Hagelschaden Matthiesen – Stand?
>
> Hallo, meine Kundin Frau Matthiesen fragt, wann der Gutachter kommt
> bzw. was da jetzt passiert. Können Sie mir kurz den Stand geben?
> Gruß O. Petersen, Hanse Assekuranz Makler GmbH
""")
    return finish(11, m)


# --- 0012 -----------------------------------------------------------------
@mail(12, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-reinsurer",
      "large-loss notice to the reinsurer: named motorcyclist with spinal fracture and paraplegia, reserve, XLSX bordereau")
def m0012():
    m = new(12, "Markus Brandt <markus.brandt@versicherer.example>",
            "Casualty Claims <casualty.claims@nordic-re.example>",
            "Large loss notification – Motor TPL 2026 – our ref KS-26-0007722",
            dt(2, 9, 17, 12),
            cc="Oliver Hensel <oliver.hensel@versicherer.example>")
    body(m, """
Dear colleagues,

under our Motor XL treaty 2026 (layer 1: EUR 2.5m xs 2.5m) we notify
the following loss, which we expect to reach the layer:

Date of loss: 14 January 2026, B 75 near Lübeck
Circumstances: our insured (passenger car) turned left across the path
of an oncoming motorcycle. Liability 100 % with our insured.
Injured party: Daniel Reuter, 27, motorcyclist, self-employed
electrician.
Injuries: burst fracture T12 with complete spinal cord lesion,
paraplegia below T11; fractures of the left forearm; he is currently
in the spinal cord injury unit at a trauma hospital and is expected to
stay there for four to six months.

Current gross reserve: EUR 3,200,000 (care, loss of earnings, home and
vehicle adaptation, pain and suffering, social-security recoveries).
The attached bordereau has the breakdown.

We have engaged a rehab manager and will report again after the first
case conference in March.

Best regards

Markus Brandt
Head of Bodily Injury Claims, Motor
Versicherer Allgemeine Versicherung AG, Hamburg
""")
    x = make_xlsx([
        ("Bordereau", [
            ["Claim ref", "Treaty", "Date of loss", "Claimant", "Age", "Injury", "Reserve head", "Gross reserve EUR", "Paid EUR"],
            ["KS-26-0007722", "Motor XL 2026 L1", "2026-01-14", "Daniel Reuter", 27, "T12 burst fracture, paraplegia", "Pain and suffering", 600000, 0],
            ["KS-26-0007722", "Motor XL 2026 L1", "2026-01-14", "Daniel Reuter", 27, "T12 burst fracture, paraplegia", "Care (capitalised)", 1450000, 0],
            ["KS-26-0007722", "Motor XL 2026 L1", "2026-01-14", "Daniel Reuter", 27, "T12 burst fracture, paraplegia", "Loss of earnings", 720000, 0],
            ["KS-26-0007722", "Motor XL 2026 L1", "2026-01-14", "Daniel Reuter", 27, "T12 burst fracture, paraplegia", "Home and vehicle adaptation", 180000, 0],
            ["KS-26-0007722", "Motor XL 2026 L1", "2026-01-14", "Daniel Reuter", 27, "T12 burst fracture, paraplegia", "Social security recoveries", 230000, 0],
            ["KS-26-0007722", "Motor XL 2026 L1", "2026-01-14", "Daniel Reuter", 27, "T12 burst fracture, paraplegia", "Property (motorcycle)", 20000, 14800],
            ["", "", "", "", "", "", "Total", 3200000, 14800],
        ]),
    ], author="Markus Brandt")
    attach(m, x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
           "LL_notification_KS-26-0007722.xlsx")
    return finish(12, m)


# --- 0013 -----------------------------------------------------------------
@mail(13, "NORMAL", "mixed", "insurer-to-customer",
      "portal notification 'new secure message', no content, bilingual")
def m0013():
    m = new(13, "SecureMail Versicherer <no-reply@securemail.versicherer.example>",
            "t.okonkwo@freemail.example",
            "Neue Nachricht im SecureMail-Portal / New message in the SecureMail portal",
            dt(2, 10, 8, 3), client="portal")
    body(m, """
Guten Tag,

für Sie liegt eine neue Nachricht im SecureMail-Portal der Versicherer
Allgemeine Versicherung AG bereit.

Bitte melden Sie sich unter https://securemail.versicherer.example an,
um die Nachricht zu lesen. Aus Sicherheitsgründen enthält diese E-Mail
keine Inhalte.

---

Hello,

a new message from Versicherer Allgemeine Versicherung AG is waiting
for you in the SecureMail portal.

Please log in at https://securemail.versicherer.example to read it.
For security reasons this e-mail does not contain the message itself.

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht.
This e-mail was generated automatically. Please do not reply.
""", cte="quoted-printable")
    return finish(13, m)


# --- 0014 -----------------------------------------------------------------
@mail(14, "CONFIDENTIAL", "de", "lawyer-to-insurer",
      "claimant's lawyer, property damage only ('niemand wurde verletzt'): repair costs, loss of use, names, plates")
def m0014():
    m = new(14, "Kanzlei Scholz Verkehrsrecht <post@scholz-verkehrsrecht.example>",
            "kfz-schaden@versicherer.example",
            "Albers ./. Schütte – Unfall vom 28.01.2026, Ihr VN HH-RS 5120",
            dt(2, 11, 10, 37))
    body(m, """
Sehr geehrte Damen und Herren,

wir vertreten Herrn Kevin Albers, Elbchaussee 311a, 22609 Hamburg. Ihr
Versicherungsnehmer, Herr Ralf Schütte, hat am 28.01.2026 gegen 17:15
Uhr an der Einmündung Osdorfer Landstraße/Blomkamp die Vorfahrt unseres
Mandanten missachtet und ist in die rechte Fahrzeugseite seines BMW 320d
(HH-KA 1907) gefahren. Die Polizei hat den Unfall aufgenommen; Ihr
Versicherungsnehmer hat vor Ort eingeräumt, das Vorfahrtszeichen
übersehen zu haben.

Personen wurden bei dem Unfall nicht verletzt.

Namens und in Vollmacht unseres Mandanten machen wir geltend:

Reparaturkosten lt. Gutachten SV Bünger        4.812,44 EUR
merkantile Wertminderung                           450,00 EUR
Sachverständigenkosten                             861,16 EUR
Nutzungsausfall 14 Tage à 59,00 EUR                826,00 EUR
Kostenpauschale                                     25,00 EUR
----------------------------------------------------------
gesamt                                           6.974,60 EUR

zuzüglich unserer Gebühren nach RVG aus diesem Gegenstandswert.

Bitte überweisen Sie bis zum 25.02.2026 auf unser Kanzleikonto
DE20 6005 0101 1877 8929 24 (BW-Bank).

Mit freundlichen Grüßen

Miriam Scholz
Rechtsanwältin

Kanzlei Scholz – Verkehrsrecht
Ottenser Hauptstraße 9 · 22765 Hamburg
""")
    return finish(14, m)


# --- 0015 -----------------------------------------------------------------
@mail(15, "NORMAL", "de", "internal",
      "trap: process change for reporting large bodily-injury claims, lists injury categories, no case")
def m0015():
    m = new(15, "Oliver Hensel <oliver.hensel@versicherer.example>",
            "Schaden Kraftfahrt alle <schaden-kfz-alle@versicherer.example>",
            "Prozessänderung ab 01.03.: Meldung Personengroßschäden",
            dt(2, 13, 16, 30))
    body(m, """
Liebe Kolleginnen und Kollegen,

ab dem 1. März gilt ein geänderter Meldeweg für Personengroßschäden.

1. Meldepflichtig an die Schadenleitung (Postfach
   schadenleitung-kfz@) sind künftig alle Fälle, bei denen
   - die Reserve 50.000 EUR übersteigt (bisher 100.000 EUR) oder
   - eine der folgenden Verletzungskategorien vorliegt, unabhängig
     von der Reservehöhe: Querschnittlähmung, Schädel-Hirn-Trauma
     ab Grad II, Amputation, Verbrennungen über 20 % KOF, Erblindung,
     tödlicher Ausgang.

2. Die Meldung erfolgt ausschließlich über das Formular
   "Großschaden-Erstmeldung" in ClaimCenter, nicht mehr per Mail.
   Arztberichte gehören in die E-Akte, bitte niemals als Mailanhang
   verschicken.

3. Die Rückversicherungsmeldung übernimmt weiterhin das Team von
   Markus Brandt innerhalb von 30 Tagen ab Kenntnis.

4. Für Reha-Management (Reha-Dienst) gilt: Einschaltung möglichst
   innerhalb von vier Wochen nach dem Unfall, Einwilligung des
   Geschädigten vorausgesetzt.

Die Arbeitsanweisung AA-KS-14 wird entsprechend angepasst und ist ab
nächster Woche im Intranet.

Viele Grüße
Oliver Hensel
Leiter Schaden Kraftfahrt
""")
    return finish(15, m)


# --- 0016 -----------------------------------------------------------------
@mail(16, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-medical-expert",
      "order for an orthopaedic expert opinion on a named claimant with birth date, fracture, questions; DOCX order")
def m0016():
    m = new(16, "Frauke Sievers <frauke.sievers@versicherer.example>",
            "Gutachtenpraxis Dr. Sandmann <praxis@gutachten-sandmann.example>",
            "Gutachtenauftrag – Herr Marco Giese – KS-25-0388104",
            dt(2, 17, 11, 3))
    body(m, """
Sehr geehrter Herr Dr. Sandmann,

wie telefonisch besprochen beauftragen wir Sie mit der Erstellung eines
unfallchirurgisch-orthopädischen Gutachtens über Herrn Marco Giese.
Der Auftrag mit den Beweisfragen ist beigefügt, die Behandlungsunterlagen
(Entlassbrief, OP-Bericht, Röntgenbefunde, Verlaufsberichte der
Physiotherapie) erhalten Sie wegen der Dateigröße über unser
SecureMail-Portal.

Eine Schweigepflichtentbindung von Herrn Giese liegt uns vor.

Herr Giese ist telefonisch am besten nachmittags erreichbar und bittet
um einen Termin möglichst nicht vor 10 Uhr, da er wegen des Knies noch
nicht selbst Auto fährt.

Mit freundlichen Grüßen

Frauke Sievers
Personenschaden Kraftfahrt
Versicherer Allgemeine Versicherung AG
Hafenstraße 100 · 20359 Hamburg
""")
    d = make_docx([
        ("h", "Gutachtenauftrag"),
        "Auftraggeber: Versicherer Allgemeine Versicherung AG, Personenschaden Kraftfahrt, Frau Sievers",
        "Unser Zeichen: KS-25-0388104",
        ("table", [
            ["Zu begutachten", "Herr Marco Giese, geb. 14.08.1986"],
            ["Anschrift", "Kieler Straße 402, 22525 Hamburg"],
            ["Unfalltag", "30.10.2025 (Pkw-Insasse, Seitenaufprall)"],
            ["Verletzungen lt. Entlassbrief", "Tibiakopffraktur rechts (Schatzker II), operativ versorgt mit Plattenosteosynthese; Prellung Thorax"],
            ["Beruf", "Lagerist, seit Unfall arbeitsunfähig"],
        ]),
        ("h", "Beweisfragen", 2),
        "1. Welche Verletzungen hat Herr Giese bei dem Unfall vom 30.10.2025 erlitten?",
        "2. Welche Behandlungen waren unfallbedingt erforderlich, und ist die Behandlung abgeschlossen?",
        "3. Für welche Zeiträume bestand unfallbedingte Arbeitsunfähigkeit in der Tätigkeit als Lagerist (100 %, 50 %, ...)?",
        "4. Liegt ein Dauerschaden vor? Falls ja: welche Funktionsbeeinträchtigung und in welchem Umfang?",
        "5. Ist mit einer posttraumatischen Arthrose zu rechnen, und mit welcher Wahrscheinlichkeit?",
        "6. Bestehen unfallunabhängige Vorerkrankungen des rechten Kniegelenks?",
        "7. Ist Herr Giese in der Haushaltsführung eingeschränkt, und in welchem Umfang?",
        "Bitte teilen Sie uns vorab mit, falls Zusatzgutachten (z. B. radiologisch) erforderlich sind.",
        "Honorar nach Vereinbarung (Pauschale Kategorie II).",
    ], author="Frauke Sievers")
    attach(m, d, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
           "Gutachtenauftrag_Giese.docx")
    return finish(16, m)


# --- 0017 -----------------------------------------------------------------
@mail(17, "CONFIDENTIAL", "mixed", "internal",
      "fraud-check note on a named claimant (repeated claims, same garage), no criminal complaint, property only")
def m0017():
    m = new(17, "Henrik Lammers <henrik.lammers@versicherer.example>",
            "Jana Köhler <jana.koehler@versicherer.example>",
            "Prüfhinweis KS-26-0014470 (Anspruchsteller Krüger)",
            dt(2, 18, 9, 52))
    body(m, """
Hallo Jana,

zu deiner Anfrage von gestern: der Fall ist im Scoring hängen geblieben,
hier die Kurzfassung aus dem Tool (englischer Export, sorry):

  Claim: KS-26-0014470      Claimant: Sven Krüger, Harburger Ring 7,
  21073 Hamburg             Vehicle: Audi A6 Avant, HH-SK 4040
  Fraud score: 71 / 100     Rules fired:
   - R12 claimant involved in >= 3 TPL claims within 24 months (4)
   - R19 same independent assessor in all prior claims (Kfz-SV Marx)
   - R23 repair shop flagged (Karosserie Yavuz & Co., 3 prior hits)
   - R31 accident at night without independent witness
   - R40 damage pattern: rear-end impact with high repair cost / low speed

Aus meiner Sicht erst mal kein Fall für eine Anzeige, aber:
- bitte Originalfotos in voller Auflösung mit EXIF-Daten anfordern,
- Nachbesichtigung durch unseren Außendienst (Mehmet weiß Bescheid),
- Vorschäden über das Hinweissystem abfragen, v. a. hinten links,
- keine Zahlung auf Abtretung an die Werkstatt, bevor das durch ist.

Kein Personenschaden gemeldet, das macht es einfacher.

Gib mir Bescheid, was die Nachbesichtigung ergibt.

Gruß
Henrik

Henrik Lammers
Betrugsprävention / Special Investigations
""")
    return finish(17, m)


# --- 0018 -----------------------------------------------------------------
@mail(18, "NORMAL", "en", "internal",
      "IT maintenance notice for the claims system")
def m0018():
    m = new(18, "IT Service Desk <servicedesk@versicherer.example>",
            "All claims users <claims-users@versicherer.example>",
            "Planned maintenance ClaimCenter - Saturday 21 Feb, 06:00-14:00",
            dt(2, 18, 15, 0), client="itsm")
    body(m, """
Dear colleagues,

ClaimCenter (production) will be unavailable on Saturday, 21 February
2026, from 06:00 to 14:00 CET while we apply release 10.2.7 and move
the document store to the new storage cluster.

During this window:
  * no claims can be opened or updated,
  * the broker extranet shows claims status from Friday evening,
  * payments queued on Friday will be executed on Monday.

Please save your work and log off on Friday evening. If you are on the
weekend on-call rota for large losses, use the fallback form on the
intranet page "Notfallmeldung Schaden".

Thank you for your patience.
IT Service Desk - ext. 5000
""", cte="7bit")
    return finish(18, m)


# --- 0019 -----------------------------------------------------------------
@mail(19, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "dog-owner liability: insured's dog bit a postwoman, bite wound stitched, sick leave; request for statement")
def m0019():
    m = new(19, "Selin Aydın <selin.aydin@versicherer.example>",
            "Rüdiger Stahl <ruediger.stahl@netmail.example>",
            "Ihre Tierhalterhaftpflicht TH-5520-207311 – Vorfall vom 12.02.2026",
            dt(2, 20, 10, 18))
    body(m, """
Sehr geehrter Herr Stahl,

vielen Dank für Ihren Anruf gestern. Wie besprochen haben wir den
Vorfall vom 12.02.2026 unter der Schadennummer HS-26-0021876 erfasst.

Nach unseren bisherigen Informationen hat Ihr Hund "Bruno" die
Zustellerin der Post, Frau Melanie Grothe, am Gartentor am linken
Unterschenkel gebissen. Frau Grothe wurde in der Notaufnahme des
AK Harburg versorgt, die Bisswunde musste genäht werden, und sie hat
eine Tetanus-Auffrischung erhalten. Sie ist nach Angaben ihres
Arbeitgebers eine Woche krankgeschrieben.

Da es sich um einen Arbeitsunfall handelt, wird voraussichtlich die
Berufsgenossenschaft ihre Kosten bei uns geltend machen; daneben kann
Frau Grothe selbst Schmerzensgeld verlangen. Bitte sagen Sie gegenüber
Frau Grothe oder der BG nichts zu, was die Haftung betrifft, sondern
verweisen Sie an uns.

Damit wir den Sachverhalt prüfen können, schicken Sie uns bitte:
1. eine kurze schriftliche Schilderung, wie es zu dem Biss kam
   (war das Tor geschlossen? war der Hund angeleint?),
2. den Impfausweis von Bruno in Kopie (Tollwut),
3. falls vorhanden, Namen von Zeugen.

Mit freundlichen Grüßen

Selin Aydın
Haftpflicht-Schaden
Versicherer Allgemeine Versicherung AG
Telefon 040 8890-4630
""")
    return finish(19, m)


# --- 0020 -----------------------------------------------------------------
@mail(20, "CONFIDENTIAL", "de", "customer-to-insurer",
      "grey zone: insured's dog bit the neighbour's dog, vet invoice PDF (animal health), policy number, no person hurt")
def m0020():
    m = new(20, "Carina Wolff <carina.wolff@mailbox-nord.example>",
            "haftpflicht-schaden@versicherer.example",
            "Schadenmeldung Hundehaftpflicht TH-5520-198604",
            dt(2, 23, 19, 44), client="tb")
    body(m, """
Sehr geehrte Damen und Herren,

ich möchte einen Schaden über meine Hundehaftpflicht melden
(Vertrag TH-5520-198604).

Am Samstag, 21.02., hat mein Labrador Emil beim Spaziergang am
Eichtalpark den Dackel unseres Nachbarn, Herrn Grabowski
(Eichtalstraße 60, 22143 Hamburg), ins Ohr und in die Schulter
gebissen. Die beiden kennen sich eigentlich, ich weiß nicht, was los
war. Menschen wurden nicht verletzt, Herr Grabowski hat beim Trennen
nur einen Kratzer am Mantel abbekommen.

Herr Grabowski war mit dem Dackel noch am selben Tag beim Tierarzt
(Wunde gereinigt, zwei Nähte, Antibiotikum). Die Rechnung hat er mir
gegeben, sie hängt an. Er möchte die Kosten erstattet haben.

Bitte teilen Sie mir mit, ob Sie direkt an ihn zahlen.

Mit freundlichen Grüßen
Carina Wolff
Eichtalstraße 52
22143 Hamburg
""", flowed=True)
    pdf = make_pdf([
        "# Tierarztpraxis am Eichtal - Dr. med. vet. Johanna Brix",
        "Rahlstedter Weg 12, 22143 Hamburg",
        "",
        "Rechnung Nr. 2026-0388          Datum: 21.02.2026",
        "Tierhalter: Herr Werner Grabowski, Eichtalstraße 60, 22143 Hamburg",
        "Patient: 'Fritzi', Rauhaardackel, weiblich, 9 Jahre",
        "",
        "Befund: Bisswunden Ohrmuschel links und Schulter links, oberflächlich",
        "",
        "GOT-Nr.  Leistung                                         Betrag",
        "  1      Allgemeine Untersuchung                          23,62 EUR",
        "  55     Wundversorgung, Reinigung, Naht                  61,53 EUR",
        "  --     Sedation                                         48,30 EUR",
        "  --     Antibiotikum (Amoxicillin/Clavulansäure), 7 Tage  32,80 EUR",
        "  --     Nachkontrolle (vereinbart 24.02.)                 23,62 EUR",
        "  --     Notdienstgebühr Samstag                           50,00 EUR",
        "  --     Verbandsmaterial                                  18,50 EUR",
        "",
        "Summe netto                                              258,37 EUR",
        "MwSt. 19 %                                                 49,09 EUR",
        "Gesamt                                                   307,46 EUR",
        "",
        "Bitte überweisen Sie innerhalb von 14 Tagen.",
    ], title="Rechnung 2026-0388", author="Tierarztpraxis am Eichtal")
    attach(m, pdf, "application/pdf", "Rechnung_Tierarzt_Fritzi.pdf")
    return finish(20, m)


# --- 0021 -----------------------------------------------------------------
@mail(21, "NORMAL", "de", "supplier-to-insurer",
      "trap: medical-review supplier's quarterly flat-fee invoice (PDF): counts of expert opinions, company IBAN, no case or person")
def m0021():
    m = new(21, "Buchhaltung MedReview <rechnung@medreview-gutachten.example>",
            "eingangsrechnungen@versicherer.example",
            "Rechnung RE-2026-0147 – Rahmenvertrag beratungsärztliche Prüfungen Q1",
            dt(4, 1, 7, 58))
    body(m, """
Sehr geehrte Damen und Herren,

anbei übersenden wir Ihnen unsere Rechnung RE-2026-0147 für die im
ersten Quartal 2026 im Rahmen des Vertrags Nr. RV-2023-08 erbrachten
Leistungen (Aktenprüfungen und beratungsärztliche Stellungnahmen zu
Personenschäden).

Eine fallbezogene Aufstellung stellen wir wie vereinbart ausschließlich
über das Lieferantenportal bereit.

Mit freundlichen Grüßen
Ihre Buchhaltung

MedReview Gutachten GmbH
Schwanenwik 30 · 22087 Hamburg
Geschäftsführung: Dr. med. Stefanie Ritter, Jörn Albrecht
Amtsgericht Hamburg HRB 140882 · USt-IdNr. DE 298 441 576
""")
    pdf = make_pdf([
        "# MedReview Gutachten GmbH",
        "Schwanenwik 30, 22087 Hamburg",
        "",
        "An: Versicherer Allgemeine Versicherung AG, Kreditorenbuchhaltung, Hafenstraße 100, 20359 Hamburg",
        "",
        "# Rechnung RE-2026-0147",
        "Rechnungsdatum: 01.04.2026     Leistungszeitraum: 01.01.2026 - 31.03.2026",
        "Rahmenvertrag: RV-2023-08     Ihre Bestellnummer: 4500918273",
        "",
        "Pos  Leistung                                              Menge   Einzelpreis     Gesamt",
        "1    Beratungsärztliche Aktenprüfung, Kategorie I            112       65,00 EUR   7.280,00 EUR",
        "2    Beratungsärztliche Stellungnahme, Kategorie II           37       95,00 EUR   3.515,00 EUR",
        "3    Ergänzende Stellungnahme zu Gegengutachten               9      120,00 EUR   1.080,00 EUR",
        "4    Telefonische Fallbesprechung (je 15 Min.)               24       30,00 EUR     720,00 EUR",
        "",
        "Summe netto                                                                    12.595,00 EUR",
        "Umsatzsteuerbefreit nach § 4 Nr. 14 UStG (Heilberufliche Leistung) - Positionen 1-3 teilweise steuerpflichtig, siehe Anlage",
        "USt. 19 % auf Pos. 4                                                              136,80 EUR",
        "Rechnungsbetrag                                                                12.731,80 EUR",
        "",
        "Zahlbar innerhalb von 30 Tagen ohne Abzug auf:",
        "MedReview Gutachten GmbH, Hamburger Sparkasse, IBAN DE18 2605 0001 3311 2987 47",
        "Fallbezogene Leistungsnachweise: Lieferantenportal, Abruf-Nr. LN-2026-Q1-0147",
    ], title="Rechnung RE-2026-0147", author="MedReview Gutachten GmbH")
    attach(m, pdf, "application/pdf", "RE-2026-0147.pdf")
    return finish(21, m)


# --- 0022 -----------------------------------------------------------------
@mail(22, "STRICTLY_CONFIDENTIAL", "de", "internal",
      "injury only in the subject (name + pelvic fracture); body is a two-line handover request")
def m0022():
    m = new(22, "Jonas Rieck <jonas.rieck@versicherer.example>",
            "Frauke Sievers <frauke.sievers@versicherer.example>",
            "KS-26-0016935 Yilmaz – Beckenbruch, Akte bitte übernehmen",
            dt(2, 24, 17, 51))
    body(m, """
Hi Frauke,

kannst du das übernehmen? Ich bin ab morgen zwei Wochen weg und das
sollte nicht liegen bleiben. Alles Weitere steht im Vermerk.

Danke!
Jonas
""")
    return finish(22, m)


# --- 0023 -----------------------------------------------------------------
@mail(23, "CONFIDENTIAL", "en", "leasing-to-insurer",
      "Dutch leasing company claims for a leased car damaged by our insured: lessee name, plates, no injury")
def m0023():
    m = new(23, "Claims Desk Oranje Lease <claims@oranje-lease.example>",
            "kfz-schaden@versicherer.example",
            "Claim OL-2026-03318 – damage to NL registration K-482-XP in Bremen",
            dt(2, 25, 11, 6))
    body(m, """
Dear Sir or Madam,

Oranje Lease B.V. is the owner of a Volkswagen ID.4, Dutch registration
K-482-XP, which is leased to Mr Pieter van Dijk (Utrecht). On
19 February 2026 the vehicle was parked in the Überseestadt area of
Bremen when a van, German registration HB-TL 306, reversed into its
front bumper. The driver of the van left a note with his insurance
details, which refer to your company.

The police were not called. Nobody was in or near our vehicle at the
time, so there are no injuries.

We claim:
  - repair costs according to the invoice of Autoschade Hoekstra,
    Utrecht:                                      EUR 2,318.60
  - towing from Bremen to Utrecht was not necessary; the car was
    driven home by the lessee.

Please find the repair invoice and four photographs in our claims
portal (link below, valid for 30 days). Payment to:
Oranje Lease B.V., IBAN NL86 RABO 4669 2297 92, reference OL-2026-03318.

https://portal.oranje-lease.example/c/OL-2026-03318?k=7f3a9c

Kind regards,

Femke de Groot
Claims Desk
Oranje Lease B.V. | Amersfoort | The Netherlands
""", cte="quoted-printable")
    return finish(23, m)


# --- 0024 -----------------------------------------------------------------
@mail(24, "NORMAL", "de", "internal",
      "coffee machine and kitchen duty")
def m0024():
    m = new(24, "Jonas Rieck <jonas.rieck@versicherer.example>",
            "Flur 4 Schaden <flur4-schaden@versicherer.example>",
            "Kaffeemaschine 4. OG",
            dt(2, 26, 8, 12))
    body(m, """
Moin,

die Kaffeemaschine in der Küche 4. OG zeigt wieder "Entkalken", ich hab
das Programm gestartet, dauert ca. 40 Min. Bis dahin bitte die im 3. OG
nehmen.

Und wer auch immer die Milch seit Montag im Kühlschrank hat: die lebt.

Gruß Jonas
""")
    return finish(24, m)


# --- 0025 -----------------------------------------------------------------
@mail(25, "STRICTLY_CONFIDENTIAL", "mixed", "internal",
      "handler asks the group medical adviser in English about a named claimant's traumatic brain injury, German report quoted")
def m0025():
    m = new(25, "Markus Brandt <markus.brandt@versicherer.example>",
            "Dr Helen Marsh <helen.marsh@versicherer-group.example>",
            "Second opinion please – TBI claimant, KS-25-0402261",
            dt(2, 27, 14, 20),
            cc="Dr. Katrin Vogt <katrin.vogt@versicherer.example>")
    body(m, """
Dear Helen,

Katrin suggested I ask you, as you reviewed several brain injury cases
for our UK colleagues last year.

Claimant: Mr Florian Dreyer, 34, cyclist, hit by our insured's van in
October 2025. He had a subdural haematoma, was operated on the same
night and spent nine days in intensive care. He is now back home, but
his employer (software company) says he cannot work more than three
hours a day, and his wife reports personality changes, irritability and
poor memory.

The latest neurological report (in German, key part below in my rough
translation) says:

  "Zustand nach schwerem Schädel-Hirn-Trauma mit akutem Subduralhämatom
   links, Kraniotomie am 17.10.2025. Persistierende Störungen der
   Aufmerksamkeit und des Arbeitsgedächtnisses, Fatigue, reizbare
   Verstimmung. Eine wesentliche Besserung ist nach 12 Monaten nicht
   mehr zu erwarten. Neuropsychologische Testung empfohlen."

  = condition after severe TBI with acute left subdural haematoma,
    craniotomy; persistent attention and working-memory deficits,
    fatigue, irritable mood; significant improvement not expected
    after 12 months; neuropsychological testing recommended.

My questions:
 1. Would you agree to set the reserve on the assumption of a
    permanent partial loss of earning capacity (say 50 %)?
 2. Is it too early (4.5 months) for the neuropsychological testing?
 3. Any experience with vocational rehab providers for TBI in Germany?

Thanks a lot – a short call next week would also be fine.

Best,
Markus

Markus Brandt | Leiter Personenschaden Kraftfahrt
Versicherer Allgemeine Versicherung AG | Hamburg
""")
    return finish(25, m)


# --- 0026 -----------------------------------------------------------------
@mail(26, "CONFIDENTIAL", "de", "insurer-to-customer",
      "recourse against own policyholder for late claim notification: name, policy, amount, no injury")
def m0026():
    m = new(26, "Thomas Riedel <thomas.riedel@versicherer.example>",
            "Bernd Lutz <b.lutz@t-mailbox.example>",
            "Kfz-Haftpflicht KF-7731-228415 – Rückforderung nach Schaden KS-25-0301177",
            dt(3, 2, 10, 45))
    body(m, """
Sehr geehrter Herr Lutz,

am 14.08.2025 sind Sie mit Ihrem Fahrzeug (WF-BL 612) beim Rangieren
auf dem Betriebsgelände der Firma Stöver Logistik gegen ein
Rolltor gefahren. Den Schaden haben Sie uns nicht gemeldet; wir haben
erst am 22.01.2026 durch das Anspruchsschreiben der Firma Stöver davon
erfahren. Nach Ihrer eigenen Aussage hatten Sie den Schaden dem
Lagerleiter gegenüber vor Ort bereits anerkannt.

Wir haben den Schaden am Rolltor in Höhe von 3.140,00 EUR reguliert.

Nach den Allgemeinen Bedingungen für die Kfz-Versicherung (AKB E.1.1
und E.2.1) sind Sie verpflichtet, uns jedes Schadenereignis innerhalb
einer Woche anzuzeigen. Wegen der Verletzung dieser Obliegenheit
konnten wir weder den Schaden besichtigen noch die Reparaturkosten
prüfen lassen. Wir sind deshalb leistungsfrei und nehmen Sie nach
§ 116 Abs. 1 VVG in Verbindung mit AKB E.2.3 in Regress, begrenzt auf
den Höchstbetrag von

        2.500,00 EUR.

Bitte überweisen Sie den Betrag bis zum 02.04.2026 unter Angabe der
Schadennummer auf unser Konto bei der Commerzbank,
IBAN DE73 7015 0000 1412 1404 72. Eine Ratenzahlung ist nach
Absprache möglich.

Wenn Sie der Ansicht sind, dass Sie den Schaden rechtzeitig gemeldet
haben oder die verspätete Meldung nicht vorsätzlich oder grob
fahrlässig war, teilen Sie uns das bitte schriftlich mit.

Mit freundlichen Grüßen

Thomas Riedel
Regress Kraftfahrt
Versicherer Allgemeine Versicherung AG
""")
    return finish(26, m)


# --- 0027 -----------------------------------------------------------------
@mail(27, "NORMAL", "de", "newsletter",
      "trap: statistics office press release on road accidents, injured and killed by type, no individuals")
def m0027():
    m = new(27, "Pressestelle Statistikamt Nord <presse@statistik-nord.example>",
            "presseverteiler-schaden@versicherer.example",
            "Pressemitteilung: Verkehrsunfallbilanz 2025 – weniger Getötete, mehr verletzte Radfahrende",
            dt(3, 3, 10, 0), client="none",
            headers=[("Precedence", "bulk"),
                     ("List-Id", "Pressemitteilungen <presse.statistik-nord.example>")])
    body(m, """
Pressemitteilung 041/2026

Verkehrsunfallbilanz 2025: weniger Getötete, mehr verletzte Radfahrende

Im Jahr 2025 hat die Polizei in Hamburg und Schleswig-Holstein
insgesamt 118.432 Straßenverkehrsunfälle aufgenommen, 1,8 % weniger
als im Vorjahr. Bei 16.904 Unfällen wurden Menschen verletzt oder
getötet.

- Getötete: 112 (Vorjahr 127)
- Schwerverletzte: 2.980 (Vorjahr 3.041)
- Leichtverletzte: 18.214 (Vorjahr 17.877)

Radfahrende: 5.611 Verunglückte (+4,6 %), davon 38 Getötete. Bei
Unfällen mit Pedelecs wurden 1.402 Personen verletzt, das sind 14 %
mehr als 2024. Häufigste Unfallursache bei Beteiligung von Pkw und
Fahrrad war ein Fehler beim Abbiegen (31 %).

Fußgängerinnen und Fußgänger: 1.977 Verunglückte, davon 21 Getötete;
mehr als die Hälfte der getöteten Fußgänger war 75 Jahre oder älter.

E-Scooter: 688 Verunglückte, darunter 2 Getötete. 41 % der verletzten
E-Scooter-Fahrenden waren jünger als 25 Jahre.

Ausführliche Tabellen: statistik-nord.example/verkehr/2025

Pressekontakt: Telefon 040 555 000-110, presse@statistik-nord.example
""")
    return finish(27, m)


# --- 0028 -----------------------------------------------------------------
@mail(28, "STRICTLY_CONFIDENTIAL", "de", "health-insurer-to-insurer",
      "statutory health insurer's recourse (§ 116 SGB X) for a named member: hospital stay, DRG, therapy costs in CSV")
def m0028():
    m = new(28, "Regress KKN <regress@krankenkasse-nord.example>",
            "kfz-schaden@versicherer.example",
            "Regressforderung nach § 116 SGB X – Versicherte Elke Brandes – Ihr Az. KS-25-0355640",
            dt(3, 4, 13, 27))
    body(m, """
Sehr geehrte Damen und Herren,

unsere Versicherte, Frau Elke Brandes, geb. 02.05.1968, wohnhaft
Am Stadtpark 9, 22297 Hamburg, wurde bei dem Verkehrsunfall vom
21.09.2025 verletzt, den Ihr Versicherungsnehmer verursacht hat. Ihre
Eintrittspflicht haben Sie mit Schreiben vom 10.11.2025 dem Grunde nach
anerkannt.

Die Ansprüche unserer Versicherten auf Ersatz der Heilbehandlungskosten
sind gemäß § 116 SGB X auf uns übergegangen. Wir beziffern unsere
Forderung zum Stichtag 28.02.2026 wie folgt (Einzelaufstellung in der
Anlage):

  stationäre Behandlung                           9.874,21 EUR
  ambulante ärztliche Behandlung                    642,18 EUR
  Heilmittel (Physiotherapie)                     1.218,40 EUR
  Hilfsmittel                                       318,75 EUR
  Krankengeld 03.11.2025 - 31.01.2026             6.221,70 EUR
  --------------------------------------------------------
  Summe                                          18.275,24 EUR

Weitere Aufwendungen sind zu erwarten, da sich unsere Versicherte
weiterhin in Behandlung befindet.

Wir bitten um Zahlung binnen vier Wochen auf das Ihnen bekannte Konto
unter Angabe unseres Aktenzeichens R-116-2025-08831.

Mit freundlichen Grüßen
Im Auftrag
Sandra Meißner
Team Regress / Ersatzansprüche

Krankenkasse Nord – Körperschaft des öffentlichen Rechts
Postfach 10 44 20 · 20030 Hamburg
""", charset="windows-1252", cte="quoted-printable")
    csv_text = """Aktenzeichen;Versicherte;Leistungsart;Zeitraum;Leistungserbringer;Schlüssel;Betrag EUR
R-116-2025-08831;Brandes, Elke;Krankenhaus;21.09.2025-02.10.2025;Klinikum Nordwest;DRG I08F - Eingriffe an Hüftgelenk und Femur;8.112,40
R-116-2025-08831;Brandes, Elke;Krankenhaus;Notaufnahme 21.09.2025;Klinikum Nordwest;Notfallpauschale;411,58
R-116-2025-08831;Brandes, Elke;Krankenhaus;Zuschläge;Klinikum Nordwest;Pflegeentgelt;1.350,23
R-116-2025-08831;Brandes, Elke;Arzt ambulant;Q4/2025;Praxis Dr. Lenz, Unfallchirurgie;EBM 07310, 34220 (Röntgen Becken);642,18
R-116-2025-08831;Brandes, Elke;Heilmittel;10/2025-02/2026;Physio am Stadtpark;KG 18 x, MLD 6 x;1.218,40
R-116-2025-08831;Brandes, Elke;Hilfsmittel;09/2025;Sanitätshaus Alster;Unterarmgehstützen, Toilettensitzerhöhung;318,75
R-116-2025-08831;Brandes, Elke;Krankengeld;03.11.2025-31.01.2026;;90 Tage à 69,13;6.221,70
"""
    attach_text(m, csv_text, "csv", "Forderungsaufstellung_R-116-2025-08831.csv",
                charset="windows-1252", cte="quoted-printable")
    return finish(28, m)


# --- 0029 -----------------------------------------------------------------
@mail(29, "CONFIDENTIAL", "de", "rental-to-insurer",
      "rental firm invoices a replacement car after an accident (assignment): customer name, plates, claim number, PDF")
def m0029():
    m = new(29, "CityRent Abrechnung <abrechnung@cityrent-autovermietung.example>",
            "kfz-schaden@versicherer.example",
            "Rechnung 88-260317 / Unfallersatz / Schaden KS-26-0012218",
            dt(3, 5, 9, 3))
    body(m, """
Sehr geehrte Damen und Herren,

anbei unsere Rechnung für das Unfallersatzfahrzeug, das wir Ihrer
Anspruchstellerin nach dem Unfall vom 06.02.2026 zur Verfügung gestellt
haben. Die Abtretungserklärung liegt Ihnen bereits vor.

Wir bitten um Ausgleich innerhalb von 14 Tagen.

Freundliche Grüße
Abrechnungsteam CityRent

CityRent Autovermietung GmbH · Wandsbeker Zollstraße 87 · 22041 Hamburg
HRB 61230 · GF: Michael Kruse
""")
    pdf = make_pdf([
        "# CityRent Autovermietung GmbH",
        "Rechnung Nr. 88-260317            Datum 05.03.2026",
        "",
        "Rechnungsempfänger: Versicherer Allgemeine Versicherung AG, Kraftfahrt-Schaden",
        "Ihre Schaden-Nr.: KS-26-0012218",
        "Mieterin: Frau Petra Claußen, Tonndorfer Hauptstraße 71, 22045 Hamburg",
        "Geschädigtes Fahrzeug: Mercedes-Benz C 200, HH-PC 1402 (in Reparatur Autohaus Tesch)",
        "Abtretung vom 07.02.2026",
        "",
        "Mietfahrzeug: Mercedes-Benz C 180, HH-CR 8812, Gruppe 6",
        "Mietbeginn: 07.02.2026 08:30   Mietende: 16.02.2026 17:10   Miettage: 10",
        "",
        "Pos  Leistung                                         Tage   Preis/Tag    Betrag",
        "1    Grundmiete Gruppe 6 (Normaltarif)                  10      89,00     890,00 EUR",
        "2    Haftungsreduzierung (SB 500 EUR)                   10      19,00     190,00 EUR",
        "3    Zustellung und Abholung                                              50,00 EUR",
        "4    Winterreifen                                       10       8,00      80,00 EUR",
        "",
        "Summe netto                                                            1.210,00 EUR",
        "MwSt. 19 %                                                               229,90 EUR",
        "Gesamtbetrag                                                           1.439,90 EUR",
        "",
        "Gefahrene Kilometer: 612 (Inklusive: 1.500 km)",
    ], title="Rechnung 88-260317", author="CityRent")
    attach(m, pdf, "application/pdf", "Rechnung_88-260317.pdf")
    return finish(29, m)


# --- 0030 -----------------------------------------------------------------
@mail(30, "NORMAL", "en", "internal",
      "trap: monthly claims KPI pack (bodily-injury share, cycle times, fraud hit rate) as XLSX, aggregates only")
def m0030():
    m = new(30, "Group Claims Reporting <claims.reporting@versicherer-group.example>",
            "Oliver Hensel <oliver.hensel@versicherer.example>",
            "Motor claims KPI pack – February 2026 (DE entity)",
            dt(3, 6, 15, 40))
    body(m, """
Hi Oliver,

please find attached the February KPI pack for the German motor book.
Headlines:

- Reported claims 14,882 (-6 % vs Feb 2025; mild winter)
- Bodily injury share of TPL claims: 8.9 % (target < 9.5 %)
- Average BI severity EUR 11,420, driven by two large losses
- Median cycle time property damage only: 19 days
- Fraud referrals 212, confirmed 31 (hit rate 14.6 %)
- Subrogation recovered EUR 1.84m

Can you send the commentary for the two large losses by Wednesday?
No claimant details needed, just the drivers of the reserve movement.

Thanks,
Aisha

Aisha Rahman | Group Claims Reporting
""")
    x = make_xlsx([
        ("KPI", [
            ["KPI", "Feb 2026", "Feb 2025", "YTD 2026", "Target"],
            ["Reported claims", 14882, 15830, 31114, None],
            ["of which TPL", 6410, 6902, 13390, None],
            ["BI share of TPL (%)", 8.9, 9.4, 9.1, 9.5],
            ["Avg BI severity (EUR)", 11420, 9870, 10640, None],
            ["Avg PD severity (EUR)", 3380, 3215, 3350, None],
            ["Median cycle time PD only (days)", 19, 23, 20, 21],
            ["Median cycle time BI (days)", 214, 231, 220, None],
            ["Fraud referrals", 212, 188, 430, None],
            ["Fraud confirmed", 31, 27, 60, None],
            ["Subrogation recovered (EUR m)", 1.84, 1.61, 3.52, None],
        ]),
        ("BI by injury group", [
            ["Injury group", "Claims Feb 2026", "Share %"],
            ["Neck sprain / whiplash", 301, 52.8],
            ["Fractures (limbs)", 94, 16.5],
            ["Head injuries", 41, 7.2],
            ["Contusions / other soft tissue", 112, 19.6],
            ["Severe (spinal cord, multiple, fatal)", 7, 1.2],
            ["Not yet classified", 15, 2.6],
        ]),
    ], author="Group Claims Reporting")
    attach(m, x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
           "Motor_KPI_DE_2026-02.xlsx")
    return finish(30, m)


# --- 0031 -----------------------------------------------------------------
@mail(31, "STRICTLY_CONFIDENTIAL", "de", "internal",
      "short 'reserve adjusted' reply; the medical adviser's permanent-impairment assessment of a named claimant is only in the quote")
def m0031():
    m = new(31, "Jana Köhler <jana.koehler@versicherer.example>",
            "Dr. Katrin Vogt <katrin.vogt@versicherer.example>",
            "AW: KS-25-0290418 Schäfer – Ihre Einschätzung zum Gutachten",
            dt(3, 9, 11, 2),
            irt="<4C1E7A02B99D4E0F8A5C11D2E7F0A913@versicherer.example>")
    body(m, """
Danke, Reserve ist angepasst. Ich schreibe den Anwalt diese Woche an.

Jana

-----Ursprüngliche Nachricht-----
Von: Dr. Katrin Vogt <katrin.vogt@versicherer.example>
Gesendet: Freitag, 6. März 2026 16:48
An: Jana Köhler <jana.koehler@versicherer.example>
Betreff: KS-25-0290418 Schäfer – Ihre Einschätzung zum Gutachten

Liebe Frau Köhler,

ich habe das Gutachten von Prof. Arndt zu Herrn Schäfer gelesen. Es ist
schlüssig: Das Sprunggelenk ist in leichter Fehlstellung verheilt, die
Beweglichkeit bleibt auf Dauer um etwa ein Drittel eingeschränkt, und
eine Arthrose ist in den nächsten Jahren wahrscheinlich. Die MdE von
30 % auf Dauer halte ich für vertretbar, eher am oberen Rand.

Dass er als Dachdecker nicht mehr aufs Dach kann, ist nachvollziehbar;
eine Umschulung sollte man aktiv anbieten, bevor über eine
Erwerbsschadensrente gesprochen wird.

Für die Reserve würde ich mit einem Schmerzensgeld um 35.000 EUR und
einem Erwerbsschaden auf Basis Umschulung plus Differenzeinkommen
rechnen.

Viele Grüße
Katrin Vogt
""")
    return finish(31, m)


# --- 0032 -----------------------------------------------------------------
@mail(32, "CONFIDENTIAL", "de", "insurer-to-lawyer",
      "settlement letter to the claimant's lawyer on a property-damage-only claim: amounts, names, loss of use reduced")
def m0032():
    m = new(32, "Jana Köhler <jana.koehler@versicherer.example>",
            "Kanzlei Scholz Verkehrsrecht <post@scholz-verkehrsrecht.example>",
            "Albers ./. Schütte – unser Zeichen KS-26-0013390",
            dt(3, 10, 14, 16))
    body(m, """
Sehr geehrte Frau Rechtsanwältin Scholz,

in der Sache Ihres Mandanten Kevin Albers bestätigen wir die volle
Haftung unseres Versicherungsnehmers.

Wir regulieren wie folgt:

Reparaturkosten lt. Gutachten                   4.812,44 EUR
merkantile Wertminderung                          450,00 EUR
Sachverständigenkosten                            861,16 EUR
Nutzungsausfall 10 Tage à 59,00 EUR               590,00 EUR
Kostenpauschale                                    25,00 EUR
---------------------------------------------------------
Zahlbetrag                                      6.738,60 EUR

Zum Nutzungsausfall: Der Sachverständige hat eine Reparaturdauer von
fünf bis sechs Arbeitstagen kalkuliert. Die Werkstatt hat das Fahrzeug
nach eigener Bestätigung am 30.01. erhalten und am 11.02. fertig
gemeldet; das sind zehn Kalendertage ohne die Wartezeit auf den
Gutachtenauftrag, die Ihr Mandant selbst zu vertreten hat. Vier
weitere Tage erkennen wir nicht an.

Die Zahlung ist heute auf Ihr Kanzleikonto angewiesen. Ihre Gebühren
erstatten wir aus einem Gegenstandswert von 6.738,60 EUR (1,3
Geschäftsgebühr zzgl. Auslagen und USt.), gesonderte Zahlung folgt.

Mit freundlichen Grüßen

Jana Köhler
Kraftfahrt-Schaden, Team Haftpflicht 2
Versicherer Allgemeine Versicherung AG
""")
    return finish(32, m)


# --- 0033 -----------------------------------------------------------------
@mail(33, "NORMAL", "de", "internal",
      "trap: internal job advert for a bodily-injury claims handler mentioning medical terminology and ICD-10")
def m0033():
    m = new(33, "Personalabteilung <karriere@versicherer.example>",
            "Alle Mitarbeitenden <alle@versicherer.example>",
            "Interne Stellenausschreibung: Sachbearbeiter/in Personenschaden Kraftfahrt (m/w/d)",
            dt(3, 11, 9, 0))
    body(m, """
Interne Stellenausschreibung Nr. 2026-031

Sachbearbeiterin / Sachbearbeiter Personenschaden Kraftfahrt (m/w/d)
Standort Hamburg, Vollzeit oder Teilzeit (mind. 30 Std.), unbefristet

Ihre Aufgaben
* eigenverantwortliche Bearbeitung von KH-Personenschäden von der
  Erstmeldung bis zur Abfindung, einschließlich Schmerzensgeld,
  Erwerbs- und Haushaltsführungsschaden
* Auswertung von Arztberichten, Entlassbriefen und medizinischen
  Gutachten in Abstimmung mit dem beratungsärztlichen Dienst
* Korrespondenz und Verhandlung mit Anwaltskanzleien, Sozialversicherungs-
  trägern und Reha-Diensten
* Bildung und Pflege angemessener Reserven

Ihr Profil
* Ausbildung zur/zum Kauffrau/Kaufmann für Versicherungen und Finanzen
  oder vergleichbar, gern mit Weiterbildung zum Fachwirt
* erste Erfahrung in der Schadenbearbeitung
* Grundkenntnisse medizinischer Terminologie (z. B. ICD-10-Codes,
  gängige Diagnosen nach Verkehrsunfällen) sind von Vorteil, werden
  aber auch in unserer Einarbeitung vermittelt
* Verhandlungsgeschick und Einfühlungsvermögen im Umgang mit
  Verletzten und Angehörigen

Wir bieten: mobiles Arbeiten bis 60 %, Gleitzeit, Jobrad, Fortbildung
zum Personenschadenspezialisten (DVA).

Bewerbungen bis 31.03.2026 über das Intranet (Karriere > Interne
Stellen). Ansprechpartner: Markus Brandt, Durchwahl -4580.
""")
    return finish(33, m)


# --- 0034 -----------------------------------------------------------------
@mail(34, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "passenger accident cover (personal line): invalidity payment for a named passenger with arm impairment")
def m0034():
    m = new(34, "Kfz-Unfall Leistung <kfz-unfall@versicherer.example>",
            "Jonas Wendt <jonas.wendt@studmail.example>",
            "Kfz-Insassenunfallversicherung – Leistungsabrechnung Invalidität",
            dt(3, 12, 10, 30))
    body(m, """
Sehr geehrter Herr Wendt,

Sie waren am 04.04.2025 Beifahrer im Fahrzeug von Herrn Moritz Anders
(Versicherungsschein KF-7731-190255), für das eine
Kfz-Insassenunfallversicherung besteht. Aufgrund des ärztlichen
Gutachtens von Dr. med. Kerstin Haase vom 18.02.2026 können wir Ihnen
heute die Invaliditätsleistung abrechnen.

Nach dem Gutachten verbleibt eine dauerhafte Funktionsbeeinträchtigung
des linken Arms nach körperfernem Oberarmbruch: Die Streckung im
Ellenbogen ist um 25 Grad eingeschränkt, die Kraft gemindert.
Die Gutachterin bewertet dies mit 3/10 Armwert.

Berechnung:
  Invaliditätsgrad: 3/10 von 70 % (Gliedertaxe Arm) = 21 %
  Versicherungssumme Invalidität je Sitzplatz:        50.000 EUR
  Invaliditätsleistung: 21 % von 50.000 EUR =         10.500 EUR
  abzüglich bereits gezahlter Vorschuss                2.000 EUR
  ----------------------------------------------------------
  Auszahlung                                           8.500 EUR

Den Betrag überweisen wir in den nächsten Tagen auf Ihr Konto bei der
Sparkasse (IBAN endet auf 4297).

Sie und wir haben das Recht, den Invaliditätsgrad bis zu drei Jahre nach
dem Unfall jährlich erneut ärztlich bemessen zu lassen.

Mit freundlichen Grüßen

Ihr Team Kfz-Unfall Leistung
Versicherer Allgemeine Versicherung AG
""")
    return finish(34, m)


# --- 0035 -----------------------------------------------------------------
@mail(35, "CONFIDENTIAL", "de", "insurer-to-customer",
      "no-claims class downgrade after a claim with premium figures and the option to buy the claim back")
def m0035():
    m = new(35, "Kundenservice Kfz <kfz-service@versicherer.example>",
            "Familie Demir <demir.familie@heimnetz.example>",
            "Ihr Kfz-Vertrag KF-7731-215590 – Rückstufung und Möglichkeit der Schadenrückzahlung",
            dt(3, 13, 8, 15))
    body(m, """
Sehr geehrter Herr Demir,

für den Schaden vom 11.01.2026 (Auffahrunfall im Stau auf der A7, reiner
Sachschaden am gegnerischen Fahrzeug) haben wir insgesamt 1.870,35 EUR
gezahlt. Dadurch wird Ihr Vertrag in der Kfz-Haftpflicht zum 01.01.2027
zurückgestuft:

                          heute          ab 01.01.2027
SF-Klasse Haftpflicht     SF 12          SF 6
Beitragssatz              36 %           53 %
Jahresbeitrag KH          312,40 EUR     459,90 EUR (ohne Tarifänderung)

Sie können die Rückstufung vermeiden, indem Sie uns den gezahlten Betrag
von 1.870,35 EUR innerhalb von sechs Monaten nach Erhalt dieses
Schreibens erstatten. Bei einer Mehrbelastung von rund 147 EUR pro Jahr
über mehrere Jahre lohnt sich das in Ihrem Fall voraussichtlich.

Wenn Sie sich für die Rückzahlung entscheiden, überweisen Sie bitte auf
IBAN DE73 7015 0000 1412 1404 72, Verwendungszweck "Rückkauf
KS-26-0004017".

Mit freundlichen Grüßen
Ihr Kundenservice Kfz
Versicherer Allgemeine Versicherung AG
""")
    return finish(35, m)


# --- 0036 -----------------------------------------------------------------
@mail(36, "NORMAL", "de", "internal",
      "trap: text module for a pain-and-suffering settlement letter with «placeholders» only")
def m0036():
    m = new(36, "Birgit Nowak <birgit.nowak@versicherer.example>",
            "Team Personenschaden <team-personenschaden@versicherer.example>",
            "Neuer Textbaustein PS-17 Schmerzensgeldabrechnung – bitte testen",
            dt(3, 16, 13, 40))
    body(m, """
Hallo zusammen,

Markus hat den überarbeiteten Baustein PS-17 freigegeben. Er ist ab
morgen in der Textverarbeitung unter "Personenschaden > Abrechnung".
Bitte einmal mit einem Testfall durchklicken und mir Fehler melden.
So sieht er aus:

------------------------------------------------------------------
«Anrede» «Titel» «Nachname»,

in der Schadensache «Schadennummer» rechnen wir das Schmerzensgeld für
Ihre Mandantschaft / für Sie wie folgt ab:

Verletzungen: «Diagnosen lt. Arztbericht»
Behandlungszeitraum: «von» bis «bis»
stationäre Behandlung: «Anzahl» Tage
Arbeitsunfähigkeit: «Zeitraum» (MdE «Prozent» %)

Unter Berücksichtigung der Rechtsprechung (z. B. «Fundstelle») halten
wir ein Schmerzensgeld von «Betrag» EUR für angemessen. Abzüglich
bereits gezahlter «Vorschuss» EUR überweisen wir «Restbetrag» EUR auf
«Kontoinhaber», IBAN «IBAN».

Mit dieser Zahlung sind die Ansprüche «mit / ohne» Vorbehalt
zukünftiger immaterieller Schäden abgegolten.
------------------------------------------------------------------

Danke und Gruß
Birgit
""")
    return finish(36, m)


# --- 0037 -----------------------------------------------------------------
@mail(37, "STRICTLY_CONFIDENTIAL", "en", "lawyer-to-insurer",
      "UK solicitors for a British tourist hit on a crossing in Munich: wrist fracture, soft tissue, anxiety, special damages")
def m0037():
    m = new(37, "Rachel Okafor <r.okafor@harcourt-bell.example>",
            "kfz-schaden@versicherer.example",
            "Our client: Mrs Gillian Ashworth – RTA Munich 02/10/2025 – your ref KS-25-0371902",
            dt(3, 17, 12, 9))
    body(m, """
Dear Sirs,

We act for Mrs Gillian Ashworth of 14 Beech Grove, Didsbury,
Manchester, who was struck by your insured's vehicle (registration
M-HT 7723) on a pedestrian crossing at Leopoldstraße, Munich, on
2 October 2025 while on holiday. We understand from the German police
report that your insured failed to stop at the crossing.

Our client sustained:
  - a displaced fracture of the right distal radius, treated by open
    reduction and internal fixation at a Munich hospital,
  - soft tissue injuries to the right hip and knee,
  - a laceration to the forehead requiring five sutures, which has left
    a visible scar.

Since her return to the UK she has been under the care of her GP and
the fracture clinic. She reports ongoing stiffness of the wrist,
difficulty sleeping, and anxiety when crossing roads; her GP has
referred her for a course of CBT.

Please find below our client's schedule of special damages to date:

  Cancelled remainder of holiday and additional flights   GBP 1,420.00
  Prescription charges and physiotherapy (private)         GBP   890.00
  Travel to appointments                                   GBP   164.50
  Care and assistance by husband (6 weeks, 2 h/day)        GBP 1,008.00
  Loss of earnings (part-time dental receptionist)         GBP 2,310.00

We will obtain an orthopaedic and a psychological report and will
serve them on you together with a quantified claim for general damages.
Please confirm that you accept liability and let us have a copy of your
insured's statement.

Yours faithfully,

Rachel Okafor
Solicitor, Personal Injury Department
Harcourt Bell LLP, Manchester

This email is confidential and may be legally privileged.
""", cte="quoted-printable")
    return finish(37, m)


# --- 0038 -----------------------------------------------------------------
@mail(38, "NORMAL", "de", "internal",
      "summer holiday planning for the team")
def m0038():
    m = new(38, "Sabine Wulf <sabine.wulf@versicherer.example>",
            "Team KH2 <team-kh2@versicherer.example>",
            "Urlaubsplanung Sommer 2026 – bis 31.03. eintragen",
            dt(3, 18, 10, 2))
    body(m, """
Liebe alle,

bitte tragt eure Urlaubswünsche für Juni bis September bis spätestens
31.03. in die Teamliste im SharePoint ein (Reiter "Sommer 2026").

Wie immer: höchstens drei Leute gleichzeitig weg, und in den Hamburger
Sommerferien (09.07.–19.08.) bitte untereinander abstimmen, wer mit
Schulkindern Vorrang braucht. Wenn es Konflikte gibt, setzen wir uns
Anfang April zusammen.

Danke!
Sabine
""")
    return finish(38, m)


# --- 0039 -----------------------------------------------------------------
@mail(39, "CONFIDENTIAL", "de", "assessor-to-insurer",
      "motor assessor's total-loss summary (PDF): owner's name, plate, VIN, replacement and residual value")
def m0039():
    m = new(39, "Ingenieurbüro Lüders <gutachten@ib-lueders.example>",
            "kfz-schaden@versicherer.example",
            "Gutachten 26-0412 – wirtschaftlicher Totalschaden – KS-26-0015122",
            dt(3, 19, 16, 25))
    body(m, """
Sehr geehrte Damen und Herren,

zu dem o. g. Schaden übersenden wir die Zusammenfassung unseres
Gutachtens. Das vollständige Gutachten mit 38 Lichtbildern haben wir in
Ihr Gutachterportal hochgeladen.

Ergebnis: wirtschaftlicher Totalschaden, Restwertangebote liegen vor
(bindend bis 09.04.2026).

Mit freundlichen Grüßen
Dipl.-Ing. (FH) Heiko Lüders
öffentlich bestellter und vereidigter Sachverständiger für
Kfz-Schäden und -Bewertung
""")
    pdf = make_pdf([
        "# Ingenieurbüro Lüders - Gutachten Nr. 26-0412 (Zusammenfassung)",
        "",
        "Auftraggeber: Versicherer Allgemeine Versicherung AG, Schaden-Nr. KS-26-0015122",
        "Anspruchsteller / Eigentümer: Herr Tobias Fink, Bahnhofstraße 12, 25421 Pinneberg",
        "Fahrzeug: Ford Focus Turnier 1.5 EcoBoost, Erstzulassung 06/2017",
        "Amtl. Kennzeichen: PI-TF 305     FIN: WF0FXXWPCFHR58310     Laufleistung: 148.300 km",
        "Besichtigung: 17.03.2026, Autohaus Tesch, Pinneberg",
        "",
        "# Schadenbeschreibung",
        "Frontalanstoß, Längsträger links gestaucht, Airbags Fahrer und Beifahrer ausgelöst,",
        "Kühlerpaket, Scheinwerfer beidseitig, Motorhaube, Kotflügel links zerstört.",
        "",
        "# Kalkulation",
        "Reparaturkosten brutto (lt. Audatex):                     11.842,17 EUR",
        "Wiederbeschaffungswert (differenzbesteuert):                8.900,00 EUR",
        "Restwert (höchstes Gebot, Fa. AutoExport Weiß):             1.650,00 EUR",
        "Wiederbeschaffungsaufwand:                                  7.250,00 EUR",
        "Wiederbeschaffungsdauer:                                   14 Kalendertage",
        "Nutzungsausfallgruppe:                                      D (50,00 EUR/Tag)",
        "",
        "Ergebnis: Die Reparaturkosten übersteigen den Wiederbeschaffungswert um 33 %.",
        "Eine Reparatur ist wirtschaftlich nicht sinnvoll (130-%-Grenze überschritten).",
    ], title="Gutachten 26-0412", author="Ingenieurbüro Lüders")
    attach(m, pdf, "application/pdf", "Gutachten_26-0412_Zusammenfassung.pdf")
    return finish(39, m)


# --- 0040 -----------------------------------------------------------------
@mail(40, "STRICTLY_CONFIDENTIAL", "de", "court-to-insurer",
      "regional court order for a neurological expert opinion on a named plaintiff's headaches and dizziness after an accident")
def m0040():
    m = new(40, "Landgericht Lübeck – Poststelle <poststelle@lg-luebeck.justiz.example>",
            "prozessabteilung@versicherer.example",
            "4 O 112/25 – Ehlers ./. Versicherer Allgemeine Versicherung AG u. a. – Beweisbeschluss",
            dt(3, 20, 11, 47), client="egvp")
    body(m, """
Landgericht Lübeck
4. Zivilkammer

Geschäftsnummer: 4 O 112/25

In dem Rechtsstreit
Manfred Ehlers, Travemünder Allee 18, 23568 Lübeck – Kläger –
Prozessbevollmächtigte: Rechtsanwälte Tamm & Kollegen, Lübeck
gegen
1. Kerstin Hauschild, Lübeck – Beklagte zu 1 –
2. Versicherer Allgemeine Versicherung AG, Hamburg – Beklagte zu 2 –

wird gemäß Beschluss vom 18.03.2026 Beweis erhoben über die Behauptung
des Klägers,

  er leide infolge des Verkehrsunfalls vom 07.06.2024 an fortdauernden
  Kopfschmerzen, Schwindelattacken und Konzentrationsstörungen, die ihm
  die Ausübung seines Berufs als Busfahrer dauerhaft unmöglich machten,
  und die beim Kläger bereits vor dem Unfall bekannte Migräne sei durch
  den Unfall wesentlich verschlimmert worden,

durch Einholung eines neurologischen Sachverständigengutachtens.

Zum Sachverständigen wird bestimmt: Prof. Dr. med. Rainer Kühl,
Neurologische Gemeinschaftspraxis am Schwanenweg, Kiel.

Der Kläger hat binnen drei Wochen einen Auslagenvorschuss von
2.500,00 EUR einzuzahlen. Die Parteien erhalten Gelegenheit, binnen
zwei Wochen ergänzende Fragen an den Sachverständigen zu richten.

Lübeck, 18.03.2026
Dr. Lorenzen, Vorsitzende Richterin am Landgericht

Diese Nachricht wurde über das Elektronische Gerichts- und
Verwaltungspostfach übermittelt. Beglaubigte Abschrift folgt per Post.
""")
    return finish(40, m)


# --- 0041 -----------------------------------------------------------------
@mail(41, "CONFIDENTIAL", "de", "insurer-to-garage",
      "repair approval to the garage: claimant's name, plate, claim number, approved amount")
def m0041():
    m = new(41, "Jana Köhler <jana.koehler@versicherer.example>",
            "Autohaus Rehberg Service <service@autohaus-rehberg.example>",
            "AW: KVA zu Ihrer Schaden-Nr. KS-26-0011502",
            dt(3, 20, 8, 55),
            irt="<5A0C2F1E77B34C9DAF0E3B11C9D2E845@autohaus-rehberg.example>")
    body(m, """
Sehr geehrter Herr Tietjen,

für das Fahrzeug von Herrn Dieter Wendland (VW Passat, HH-DW 3318)
geben wir die Reparatur auf Basis Ihres Kostenvoranschlags 26-0192
frei, allerdings mit folgenden Kürzungen:

- Einparksensoren: Kalibrierung nur, wenn der Sensor tatsächlich
  getauscht wird; bitte Fehlerspeicherprotokoll beilegen.
- Lackmaterial: wir erkennen 260,00 EUR netto an (Stundensatz-
  vereinbarung Partnerwerkstätten, Anlage 3).

Freigabebetrag damit höchstens 2.301,40 EUR brutto. Bitte rechnen Sie
nach Abschluss direkt mit uns ab (Abtretung liegt vor) und fügen Sie
Fotos vom reparierten Zustand bei.

Einen Mietwagen hat Herr Wendland nicht beansprucht; er ist
einverstanden, die drei Tage mit Nutzungsausfall abzurechnen.

Mit freundlichen Grüßen

Jana Köhler
Kraftfahrt-Schaden
Versicherer Allgemeine Versicherung AG
""")
    return finish(41, m)


# --- 0042 -----------------------------------------------------------------
@mail(42, "NORMAL", "en", "insurer-to-reinsurer",
      "trap: treaty-wording question on aggregating bodily-injury claims per event, no claim or person")
def m0042():
    m = new(42, "Oliver Hensel <oliver.hensel@versicherer.example>",
            "Lars Eklund <lars.eklund@nordic-re.example>",
            "Motor XL 2027 renewal – event definition for bodily injury",
            dt(3, 23, 15, 12))
    body(m, """
Dear Lars,

ahead of the renewal meeting, one point on the wording for 2027.

Clause 7.2 ("Loss occurrence") currently reads:

  "All bodily injury and property damage arising out of one accident
   involving one or more insured vehicles shall constitute one loss
   occurrence."

We had two situations last year where this was not clear:

  (a) a multi-vehicle pile-up in fog on the A1, with several of our
      insureds involved and about 20 injured persons;
  (b) a coach accident where claims for psychological injury of
      witnesses and first responders came in more than a year later.

We would like to add wording that (a) treats a chain collision as one
occurrence if it happens within 30 minutes on the same stretch of road,
and (b) confirms that late-manifesting mental injury (shock damage)
belongs to the original occurrence.

Could your wording team have a look before 15 April? Happy to discuss
by phone.

Best regards
Oliver

Oliver Hensel
Head of Motor Claims
Versicherer Allgemeine Versicherung AG
""")
    return finish(42, m)


# --- 0043 -----------------------------------------------------------------
@mail(43, "STRICTLY_CONFIDENTIAL", "de", "internal",
      "landlord's liability: roof tile hit a named passer-by on the head, laceration, concussion, night in hospital")
def m0043():
    m = new(43, "Selin Aydın <selin.aydin@versicherer.example>",
            "Dirk Behrens <dirk.behrens@versicherer.example>",
            "Sturm Quirin – HS-26-0031054 Dachziegel / verletzte Passantin",
            dt(3, 24, 12, 34))
    body(m, """
Hallo Dirk,

kurz zu dem Fall, der heute früh reingekommen ist, weil er vermutlich
größer wird als der Rest der Sturmschäden:

VN: Herr Gerd Kamphausen, Haus- und Grundbesitzerhaftpflicht
HG-5520-076611, Mehrfamilienhaus Heußweg 41, Eimsbüttel.

Am 19.03. (Sturmtief Quirin, DWD meldet für Hamburg Böen bis 95 km/h)
hat sich vom Dach ein Ziegel gelöst und eine Passantin, Frau Tanja Röhl,
am Kopf getroffen. Sie hatte eine stark blutende Platzwunde an der
Stirn, die genäht wurde, und eine Gehirnerschütterung; sie ist eine
Nacht zur Beobachtung im UKE geblieben. Laut ihrem Mann hat sie seitdem
Kopfschmerzen und ist noch krankgeschrieben.

Problem: Der Dachdecker hat dem VN schon im Herbst 2024 schriftlich
mitgeteilt, dass mehrere Ziegel auf der Straßenseite locker sind, und
ein Angebot gemacht. Der VN hat nicht reagiert. Mit "höherer Gewalt"
kommen wir da nicht weit, Böen um 95 km/h hält ein ordentlich
gewartetes Dach aus.

Ich würde die Haftung dem Grunde nach anerkennen, Reserve erst mal
8.000 EUR, und Frau Röhl direkt anschreiben, bevor sie zum Anwalt geht.
Okay für dich?

Gruß Selin
""")
    return finish(43, m)


# --- 0044 -----------------------------------------------------------------
@mail(44, "CONFIDENTIAL", "de", "internal",
      "grey zone: roof tile fell onto a neighbour's car in the same storm, property damage only, named insured and owner")
def m0044():
    m = new(44, "Selin Aydın <selin.aydin@versicherer.example>",
            "Dirk Behrens <dirk.behrens@versicherer.example>",
            "AW: Sturm Quirin – HS-26-0031088 Timmermann",
            dt(3, 24, 16, 2),
            irt="<9E71C0D3A2B4F58C6E7D10A2B3C4D5E6@versicherer.example>")
    body(m, """
Hi Dirk,

der zweite Dachziegel-Fall ist harmloser: Beim VN Ewald Timmermann
(HG-5520-081930, Einfamilienhaus Sandkamp 3, Norderstedt) sind zwei
Ziegel auf den Wagen der Nachbarin Frau Doris Kahl gefallen, der vor dem
Haus an der Straße stand. Delle im Dach, Heckscheibe kaputt, KVA
1.760 EUR. Es war niemand in der Nähe.

Hier sieht es anders aus als bei Kamphausen: Das Dach wurde 2022 neu
eingedeckt (Rechnung liegt vor), keine Hinweise auf Mängel. Ich würde
wegen höherer Gewalt ablehnen und Frau Kahl auf ihre Teilkasko
verweisen – Sturm ist da mitversichert.

Wenn du einverstanden bist, schicke ich morgen das Ablehnungsschreiben
raus.

Selin

> Von: Dirk Behrens
> Gesendet: Dienstag, 24. März 2026 13:10
> Betreff: AW: Sturm Quirin
>
> Einverstanden mit Anerkenntnis bei Kamphausen. Was ist mit dem
> zweiten Fall aus Norderstedt?
""")
    return finish(44, m)


# --- 0045 -----------------------------------------------------------------
@mail(45, "NORMAL", "de", "internal",
      "trap: case-law circular on whiplash (HWS) rulings with anonymised parties")
def m0045():
    m = new(45, "Rechtsabteilung Schaden <recht-schaden@versicherer.example>",
            "Schaden Kraftfahrt alle <schaden-kfz-alle@versicherer.example>",
            "Rechtsprechungsinfo 03/2026: HWS-Verletzungen und Beweismaß",
            dt(3, 25, 9, 15))
    body(m, """
Rechtsprechungsinfo 03/2026

1. Keine "Harmlosigkeitsgrenze" bei HWS-Verletzungen
   Der BGH hat erneut bestätigt, dass es keine feste
   Geschwindigkeitsgrenze gibt, unterhalb derer eine HWS-Verletzung
   ausgeschlossen ist. Maßgeblich ist die Würdigung aller Umstände des
   Einzelfalls; ein biomechanisches Gutachten allein reicht nicht, um
   eine Verletzung zu widerlegen (Beweismaß § 286 ZPO für die
   Primärverletzung, § 287 ZPO für Folgeschäden).

   Praxishinweis: Bei geringen Anstoßgeschwindigkeiten (unter 10 km/h)
   weiter kritisch prüfen, aber nicht pauschal ablehnen. Ärztliche
   Erstbefunde ("Druckschmerz paravertebral", "schmerzhafte
   Bewegungseinschränkung") genau auswerten: subjektive Angaben allein
   reichen den Gerichten zunehmend nicht.

2. OLG: Schmerzensgeld bei HWS-Distorsion Grad I
   In dem entschiedenen Fall (Klägerin, 38 J., AU 3 Wochen, 8 x KG)
   hat das Gericht 1.500 EUR für angemessen gehalten; die verlangten
   4.000 EUR wurden abgewiesen.

3. LG: Haushaltsführungsschaden nur bei konkreter Darlegung
   Pauschale Angaben zur Einschränkung in der Haushaltsführung reichen
   nicht; erforderlich ist eine Darstellung der konkret nicht mehr
   ausführbaren Tätigkeiten.

Die Entscheidungen finden Sie in der Urteilsdatenbank im Intranet.

Rechtsabteilung Schaden
""")
    return finish(45, m)


# --- 0046 -----------------------------------------------------------------
@mail(46, "CONFIDENTIAL", "en", "claimant-to-insurer",
      "expat claimant sends his IBAN for the repair payment from his phone, claim number")
def m0046():
    m = new(46, "Tom Whitfield <tom.whitfield@gmx-mail.example>",
            "Jana Köhler <jana.koehler@versicherer.example>",
            "Re: KS-26-0017730 bank details",
            dt(3, 25, 21, 8), client="android",
            irt="<B7D1A4E2C3F5068A9B1C2D3E4F5A6B7C@versicherer.example>")
    body(m, """
Hi Ms Köhler,

thanks for sorting this so quickly. Bank details for the repair payment:

Account holder: Thomas Whitfield
IBAN: DE98 4405 0199 2394 2365 58
Bank: Sparkasse Dortmund

Garage says the car (DO-TW 88) will be ready on Friday.

Cheers
Tom

Sent from my Galaxy
""")
    return finish(46, m)


# --- 0047 -----------------------------------------------------------------
@mail(47, "STRICTLY_CONFIDENTIAL", "de", "internal",
      "fraud unit: criminal complaint filed against named persons for staged accidents, public prosecutor's investigation")
def m0047():
    m = new(47, "Henrik Lammers <henrik.lammers@versicherer.example>",
            "Oliver Hensel <oliver.hensel@versicherer.example>",
            "Sachstand Komplex \"Billstedt\" – Strafanzeige erstattet",
            dt(3, 26, 17, 20),
            cc="Thomas Riedel <thomas.riedel@versicherer.example>")
    body(m, """
Hallo Oliver,

wie angekündigt haben wir heute im Komplex "Billstedt" Strafanzeige bei
der Staatsanwaltschaft Hamburg (Abteilung Wirtschaftsstrafsachen)
erstattet, wegen gewerbsmäßigen Betrugs und Versicherungsmissbrauchs.

Beschuldigte nach unserer Auswertung:
- Nico Haberland, Halter von drei der beteiligten Fahrzeuge
- Sandro Vukić, Fahrer in zwei Fällen, zugleich Anspruchsteller
- Rico Marquardt, Inhaber der Werkstatt, über die alle Reparaturen
  abgerechnet wurden

Betroffen sind bei uns sieben KH-Schäden aus 2024/2025 mit insgesamt
58.300 EUR Zahlungen. In drei Fällen wurden zusätzlich HWS-Verletzungen
geltend gemacht, jeweils mit Attesten derselben Praxis; wir haben die
Atteste der Anzeige beigefügt, das ist mit dem Datenschutz abgestimmt.

Aktenzeichen der StA folgt. Die Kripo (LKA 47) hat schon signalisiert,
dass sie gegen Haberland bereits in einem anderen Verfahren ermittelt.

Nächste Schritte:
- offene Fälle der drei Beschuldigten: Zahlungsstopp ist gesetzt
- Thomas prüft die Rückforderung der geleisteten Zahlungen
- ich melde die Fälle im Hinweissystem

Gruß
Henrik
""")
    return finish(47, m)


# --- 0048 -----------------------------------------------------------------
@mail(48, "NORMAL", "de", "auto-reply",
      "out-of-office auto-reply of a claims handler")
def m0048():
    m = new(48, "Frauke Sievers <frauke.sievers@versicherer.example>",
            "Rechtsanwälte Tamm & Kollegen <kanzlei@tamm-kollegen.example>",
            "Automatische Antwort: Terminabstimmung",
            dt(3, 30, 7, 1), client="outlook",
            headers=[("Auto-Submitted", "auto-replied"),
                     ("X-Auto-Response-Suppress", "All")])
    body(m, """
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 10.04.2026 nicht im Büro. Ihre E-Mail wird
nicht weitergeleitet. In dringenden Fällen wenden Sie sich bitte an
unser Teampostfach kfz-schaden@versicherer.example oder telefonisch an
040 8890-4400.

Mit freundlichen Grüßen
Frauke Sievers
""")
    return finish(48, m)


# --- 0049 -----------------------------------------------------------------
@mail(49, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-medical-expert",
      "body only 'anbei der Bericht'; the attached PDF is a named claimant's trauma surgeon report (attachment-only)")
def m0049():
    m = new(49, "Jonas Rieck <jonas.rieck@versicherer.example>",
            "Aktenprüfung MedReview <akten@medreview-gutachten.example>",
            "KS-26-0020311",
            dt(3, 31, 10, 6))
    body(m, """
Hallo Frau Dr. Ritter,

anbei wie besprochen der Bericht. Gruß

Jonas Rieck
Versicherer Allgemeine Versicherung AG
""")
    pdf = make_pdf([
        "# Durchgangsarztbericht",
        "Unfallchirurgische Praxis am Hauptbahnhof - Dr. med. Sven Albers, D-Arzt",
        "",
        "Versicherte/r: Nadine Esser, geb. 23.07.1991, Wohnort Hamburg",
        "Arbeitgeber: Kita Sonnenkamp gGmbH (Erzieherin)",
        "Unfalltag: 09.03.2026, 07:45 Uhr   Eintreffen Praxis: 09.03.2026, 10:20 Uhr",
        "Unfallhergang: Auf dem Weg zur Arbeit mit dem Fahrrad; Pkw bog rechts ab und erfasste sie.",
        "",
        "# Befund",
        "Schwellung und Druckschmerz rechtes Handgelenk, Tabatière druckschmerzhaft.",
        "Schürfwunden rechter Unterarm und rechtes Knie. Keine neurologischen Ausfälle.",
        "Röntgen Handgelenk rechts in 4 Ebenen: Verdacht auf nicht dislozierte Kahnbeinfraktur.",
        "",
        "# Diagnose",
        "S62.0 G  Fraktur des Os scaphoideum der Hand rechts (Verdacht)",
        "T00.9 G  Multiple oberflächliche Verletzungen",
        "",
        "# Maßnahmen",
        "Ruhigstellung im Unterarmgips mit Daumeneinschluss, CT Handgelenk veranlasst.",
        "Arbeitsunfähig ab 09.03.2026 voraussichtlich 6 Wochen.",
        "Wiedervorstellung 12.03.2026.",
    ], title="D-Arzt-Bericht", author="Dr. med. Sven Albers")
    attach(m, pdf, "application/pdf", "Scan_20260331_1004.pdf")
    return finish(49, m)


# --- 0050 -----------------------------------------------------------------
@mail(50, "CONFIDENTIAL", "en", "broker-to-insurer",
      "international broker asks about fleet claims of a client company with named drivers and plates, no injuries")
def m0050():
    m = new(50, "Sofia Lindqvist <sofia.lindqvist@lindqvist-brokers.example>",
            "flotte-schaden@versicherer.example",
            "NordCargo Logistics GmbH – fleet policy FL-7731-004412 – open claims",
            dt(4, 1, 14, 48))
    body(m, """
Dear claims team,

our client NordCargo Logistics GmbH has asked us for an update on the
three open claims under their fleet policy before their board meeting
next week. Their fleet manager, Mr Jan Schwertfeger, is in copy of our
report, so please reply to me only.

1. KS-26-0009904 – truck HH-NC 4410, driver Mr Ömer Kılıç: reversed
   into a loading ramp at a customer's site in Kiel on 23 Jan. Ramp
   owner claims EUR 6,800. Status?

2. KS-26-0012775 – van HH-NC 2207, driver Ms Laura Hinz: side-swipe
   with a parked car in Altona on 12 Feb. Third party's lawyer asked
   for loss of use for 21 days, which seems long to us.

3. KS-26-0016102 – truck HH-NC 4415, driver Mr Bogdan Zielinski: mirror
   contact with an oncoming bus on a narrow road near Stade on 2 March.
   Bus operator sent a repair estimate.

No one was injured in any of these.

Many thanks,
Sofia

Sofia Lindqvist | Account Director Transport & Logistics
Lindqvist Insurance Brokers GmbH | Große Elbstraße 145 | 22767 Hamburg
""")
    return finish(50, m)


# --- 0051 -----------------------------------------------------------------
@mail(51, "NORMAL", "de", "internal",
      "trap: invitation to a first-aid refresher course (bleeding, unconsciousness, CPR), no person")
def m0051():
    m = new(51, "Arbeitssicherheit <arbeitssicherheit@versicherer.example>",
            "Ersthelfer Hafenstraße <ersthelfer-hafenstrasse@versicherer.example>",
            "Ersthelfer-Auffrischung 2026 – Termine",
            dt(4, 2, 9, 30))
    body(m, """
Liebe Ersthelferinnen und Ersthelfer,

die gesetzlich vorgeschriebene Auffrischung (alle zwei Jahre, 9 UE)
bieten wir dieses Jahr wieder im Haus an, durchgeführt von der
Erste-Hilfe-Schule Nord.

Inhalte: Eigenschutz, Notruf, stabile Seitenlage, Herz-Lungen-
Wiederbelebung mit AED, starke Blutungen, Knochenbrüche, Verbrennungen,
Schock, Herzinfarkt und Schlaganfall erkennen.

Termine (jeweils 08:30–16:00 Uhr, Raum 1.03):
  - Dienstag, 21.04.2026
  - Donnerstag, 07.05.2026
  - Mittwoch, 10.06.2026

Bitte meldet euch bis 14.04. im Schulungsportal an. Die Kosten trägt
die BG, Arbeitszeit ist Dienstzeit.

Viele Grüße
Arbeitssicherheit / Betriebsärztlicher Dienst
""")
    return finish(51, m)


# --- 0052 -----------------------------------------------------------------
@mail(52, "STRICTLY_CONFIDENTIAL", "de", "lawyer-to-insurer",
      "widow's lawyer after a fatal motorcycle accident: maintenance loss, funeral costs, widow's shock injury and therapy")
def m0052():
    m = new(52, "RAin Katja Wiechmann <wiechmann@ra-wiechmann.example>",
            "kfz-schaden@versicherer.example",
            "Barthel ./. Ihre VN – tödlicher Verkehrsunfall vom 11.12.2025 – Ihr Az. KS-25-0441870",
            dt(4, 2, 15, 22))
    body(m, """
Sehr geehrte Damen und Herren,

ich vertrete Frau Yvonne Barthel sowie die gemeinsamen Kinder Lena
(11) und Tim (8), Hinterbliebene des am 11.12.2025 verstorbenen
Herrn Holger Barthel.

Herr Barthel befuhr mit seinem Motorrad die L 92 bei Trittau, als Ihre
Versicherungsnehmerin beim Überholen eines Traktors auf seine
Fahrspur geriet. Er verstarb noch an der Unfallstelle an seinen
inneren Verletzungen. Die Staatsanwaltschaft Lübeck ermittelt gegen
Ihre Versicherungsnehmerin wegen fahrlässiger Tötung.

Ich mache zunächst geltend:

1. Beerdigungskosten (Bestatter, Grabstelle, Trauerfeier),
   Belege anbei                                        11.846,20 EUR
2. Unterhaltsschaden nach § 844 Abs. 2 BGB: Herr Barthel war als
   Elektromeister angestellt (Nettoeinkommen zuletzt 3.640 EUR/Monat).
   Die Berechnung der Renten für Frau Barthel und die Kinder folgt nach
   Vorlage der Steuerbescheide.
3. Hinterbliebenengeld nach § 844 Abs. 3 BGB für Frau Barthel und die
   Kinder, je 15.000 EUR.
4. Schmerzensgeld für Frau Barthel wegen eigener Gesundheitsverletzung
   (Schockschaden): Sie wurde von der Polizei am Unfallort verständigt,
   hat ihren Mann dort gesehen und ist seither wegen einer
   posttraumatischen Belastungsstörung in psychotherapeutischer
   Behandlung; sie ist seit Dezember arbeitsunfähig. Ein Bericht der
   behandelnden Psychotherapeutin liegt bei.

Für die Kinder behalte ich mir weitere Ansprüche vor; der Sohn ist
wegen Einnässens und Schlafstörungen seit Januar in kinder-
psychologischer Betreuung.

Ich bitte um einen Vorschuss von 25.000 EUR bis zum 30.04.2026.

Mit freundlichen Grüßen

Katja Wiechmann
Rechtsanwältin · Fachanwältin für Verkehrsrecht
Rathausstraße 4 · 22941 Bargteheide
""")
    return finish(52, m)


# --- 0053 -----------------------------------------------------------------
@mail(53, "CONFIDENTIAL", "de", "court-to-insurer",
      "local court summons in a property-damage suit: named plaintiff and defendants, amount in dispute")
def m0053():
    m = new(53, "Amtsgericht Hamburg-Altona <poststelle@ag-altona.justiz.example>",
            "prozessabteilung@versicherer.example",
            "318a C 47/26 – Arslan ./. Engel u. a. – Ladung zum Termin",
            dt(4, 6, 10, 11), client="egvp")
    body(m, """
Amtsgericht Hamburg-Altona
Abteilung 318a

Geschäftsnummer: 318a C 47/26

In dem Rechtsstreit
Yusuf Arslan, Stresemannstraße 201, 22769 Hamburg – Kläger –
gegen
1. Lisa Engel, Bahrenfelder Chaussee 66, 22761 Hamburg – Beklagte zu 1 –
2. Versicherer Allgemeine Versicherung AG – Beklagte zu 2 –

wegen Schadensersatz aus Verkehrsunfall vom 03.11.2025
(Streitwert: 3.214,60 EUR)

wird Termin zur mündlichen Verhandlung und Güteverhandlung bestimmt auf

    Mittwoch, 20.05.2026, 11:30 Uhr, Saal 114,
    Max-Brauer-Allee 91, 22765 Hamburg.

Das persönliche Erscheinen der Beklagten zu 1 wird angeordnet, da die
Unfallschilderungen der Parteien zum Spurwechsel voneinander abweichen.

Die Beklagte zu 2 wird gebeten, die Schadenakte einschließlich der
Fotos und der Stellungnahme der Beklagten zu 1 bis 2 Wochen vor dem
Termin vorzulegen.

Hamburg, 02.04.2026
Richter am Amtsgericht Voß

Übermittelt über das Elektronische Gerichts- und Verwaltungspostfach.
""", charset="windows-1252", cte="quoted-printable")
    return finish(53, m)


# --- 0054 -----------------------------------------------------------------
@mail(54, "NORMAL", "en", "internal",
      "short Teams link for a group project call")
def m0054():
    m = new(54, "Aisha Rahman <claims.reporting@versicherer-group.example>",
            "Oliver Hensel <oliver.hensel@versicherer.example>",
            "Link for tomorrow – reporting alignment",
            dt(4, 7, 17, 45))
    body(m, """
Hi Oliver,

here's the link for tomorrow, 10:00 CET:
https://teams.versicherer-group.example/meet/4471-220-918

Agenda is just the Q2 timetable and the new KPI definitions, 30 min max.

Aisha
""", cte="7bit")
    return finish(54, m)


# --- 0055 -----------------------------------------------------------------
@mail(55, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "recourse against own insured for drunk driving: blood alcohol value and penal order named, EUR 5,000")
def m0055():
    m = new(55, "Thomas Riedel <thomas.riedel@versicherer.example>",
            "Dennis Kowalke <dennis.kowalke@post-online.example>",
            "Regress KS-25-0398812 – Kfz-Haftpflicht KF-7731-201174",
            dt(4, 8, 11, 19))
    body(m, """
Sehr geehrter Herr Kowalke,

wir nehmen Bezug auf den Unfall vom 22.11.2025 in Neumünster, bei dem
Sie mit Ihrem Pkw (NMS-DK 77) auf der Kieler Straße von der Fahrbahn
abkamen und zwei geparkte Fahrzeuge sowie einen Zaun beschädigten.

Aus der beigezogenen Ermittlungsakte ergibt sich, dass die Ihnen eine
Stunde nach dem Unfall entnommene Blutprobe eine
Blutalkoholkonzentration von 1,32 Promille ergab. Gegen Sie ist
inzwischen ein rechtskräftiger Strafbefehl wegen fahrlässiger
Straßenverkehrsgefährdung (§ 315c StGB) ergangen; die Fahrerlaubnis
wurde entzogen.

Wir haben an die Geschädigten insgesamt 14.386,50 EUR gezahlt.

Das Führen eines Fahrzeugs unter Alkoholeinfluss ist eine Verletzung
der Pflicht nach AKB D.1.2 ("Trunkenheitsklausel"). Wir sind insoweit
leistungsfrei und nehmen Sie gemäß § 5 Abs. 3 KfzPflVV in Höhe von

        5.000,00 EUR

in Regress. Bitte zahlen Sie bis zum 08.05.2026 oder setzen Sie sich
mit uns wegen einer Ratenvereinbarung in Verbindung.

Unabhängig davon weisen wir darauf hin, dass Ihre Vollkaskoversicherung
für den Schaden an Ihrem eigenen Fahrzeug wegen grober Fahrlässigkeit
nicht eintritt (siehe unser gesondertes Schreiben vom 15.01.2026).

Mit freundlichen Grüßen

Thomas Riedel
Regress Kraftfahrt
Versicherer Allgemeine Versicherung AG
""")
    return finish(55, m)


# --- 0056 -----------------------------------------------------------------
@mail(56, "NORMAL", "en", "internal",
      "trap: English-German medical glossary (DOCX) for claims handlers, terms only")
def m0056():
    m = new(56, "Dr Helen Marsh <helen.marsh@versicherer-group.example>",
            "Markus Brandt <markus.brandt@versicherer.example>",
            "Glossary for your team (EN/DE injury terms)",
            dt(4, 9, 13, 2))
    body(m, """
Hi Markus,

as promised after our call: the glossary we use for cross-border
bodily injury files. Feel free to share it with your team and add
the German terms you think are missing. No patient data in it,
of course.

Best,
Helen
""", cte="7bit")
    d = make_docx([
        ("h", "Bodily injury glossary EN – DE"),
        "For claims handlers working on cross-border files. Version 3, April 2026.",
        ("table", [
            ["English", "Deutsch", "Note"],
            ["whiplash / neck sprain", "HWS-Distorsion, Schleudertrauma", "grade by Quebec Task Force"],
            ["soft tissue injury", "Weichteilverletzung", ""],
            ["fracture, displaced / undisplaced", "Fraktur, disloziert / nicht disloziert", ""],
            ["ORIF (open reduction internal fixation)", "offene Reposition, interne Fixation (Osteosynthese)", ""],
            ["traumatic brain injury (TBI)", "Schädel-Hirn-Trauma (SHT)", "mild / moderate / severe = leicht / mittel / schwer"],
            ["concussion", "Gehirnerschütterung (Commotio cerebri)", ""],
            ["spinal cord injury", "Rückenmarksverletzung, Querschnittlähmung", ""],
            ["post-traumatic stress disorder", "posttraumatische Belastungsstörung (PTBS)", ""],
            ["loss of earnings", "Verdienstausfall / Erwerbsschaden", ""],
            ["general damages / PSLA", "Schmerzensgeld", "PSLA = pain, suffering and loss of amenity"],
            ["special damages", "bezifferte Vermögensschäden", ""],
            ["care and assistance claim", "Pflegemehrbedarf, vermehrte Bedürfnisse", ""],
            ["loss of housekeeping capacity", "Haushaltsführungsschaden", "no direct UK equivalent"],
            ["fatal accident / dependency claim", "Unterhaltsschaden (§ 844 BGB)", ""],
        ]),
    ], author="Helen Marsh")
    attach(m, d, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
           "BI_glossary_EN_DE_v3.docx")
    return finish(56, m)


# --- 0057 -----------------------------------------------------------------
@mail(57, "CONFIDENTIAL", "de", "insurer-to-customer",
      "partial-cover deer collision: named insured, plate, payment; states nobody was hurt")
def m0057():
    m = new(57, "Paul Ostermann <paul.ostermann@versicherer.example>",
            "Heike Rasmussen <heike.rasmussen@dorfnetz.example>",
            "Ihr Wildschaden vom 28.03.2026 – KS-26-0021407",
            dt(4, 10, 10, 40))
    body(m, """
Sehr geehrte Frau Rasmussen,

vielen Dank für die Unterlagen zu Ihrem Wildunfall auf der K 21 zwischen
Sülfeld und Itzstedt. Die Wildunfallbescheinigung des Jagdpächters
Herrn Brodersen und die Fotos liegen uns vor; gut, dass Ihnen selbst
nichts passiert ist.

Der Zusammenstoß mit dem Reh ist über Ihre Teilkaskoversicherung
(Vertrag KF-7731-219034) gedeckt. Für Ihren Kia Ceed (SE-HR 450)
übernehmen wir nach der Rechnung von Autoservice Klüver:

  Reparaturkosten brutto                   2.184,90 EUR
  abzüglich Selbstbeteiligung Teilkasko     -150,00 EUR
  -----------------------------------------------------
  Zahlung                                  2.034,90 EUR

Da es sich um einen Teilkaskoschaden handelt, wird Ihr Vertrag nicht
zurückgestuft.

Der Betrag wird in den nächsten zwei Werktagen auf Ihr bei uns
hinterlegtes Konto überwiesen.

Mit freundlichen Grüßen

Paul Ostermann
Kraftfahrt-Schaden Kasko
Versicherer Allgemeine Versicherung AG
""")
    return finish(57, m)


# --- 0058 -----------------------------------------------------------------
@mail(58, "STRICTLY_CONFIDENTIAL", "de", "claimant-to-insurer",
      "mother of a six-year-old bitten in the face by the insured's dog: stitches, scar, plastic surgeon, fear of dogs")
def m0058():
    m = new(58, "Stefanie Brückner <steffi.brueckner@familienpost.example>",
            "haftpflicht-schaden@versicherer.example",
            "Hundebiss Spielplatz Öjendorfer Park – meine Tochter Mia",
            dt(4, 13, 21, 55), client="tb")
    body(m, """
Guten Abend,

Ihr Versicherungsnehmer Herr Uwe Dahlke hat mir Ihre Adresse gegeben.
Sein Hund (ein großer brauner Mischling, nicht angeleint) hat am
Ostersonntag auf dem Spielplatz im Öjendorfer Park meine Tochter Mia
(6 Jahre) ins Gesicht gebissen.

Mia hatte eine tiefe Wunde an der linken Wange und einen Riss an der
Oberlippe. Sie wurde im Kinderkrankenhaus Wilhelmstift in Narkose
genäht und war zwei Nächte dort. Die Fäden sind jetzt raus, aber man
sieht die Narbe deutlich. Die Kinderchirurgin meint, in einem Jahr
sollte man mit einem plastischen Chirurgen über eine Korrektur reden.

Was mich fast noch mehr beschäftigt: Mia schläft seitdem schlecht,
will nicht mehr auf den Spielplatz und fängt an zu weinen, wenn sie
einen Hund nur sieht. Die Kinderärztin hat uns an eine
Kinderpsychologin überwiesen, der erste Termin ist Ende Mai.

Ich möchte wissen, wie es jetzt weitergeht und welche Unterlagen Sie
brauchen. Die Rechnung für die Zuzahlung und die Fahrten ins
Krankenhaus habe ich.

Mit freundlichen Grüßen
Stefanie Brückner
Schiffbeker Weg 88
22111 Hamburg
Tel. 0176 5550 1188
""", flowed=True)
    return finish(58, m)


# --- 0059 -----------------------------------------------------------------
@mail(59, "NORMAL", "de", "internal",
      "trap: department meeting minutes about whiplash backlog, expert pool and rehab service prices, no case")
def m0059():
    m = new(59, "Birgit Nowak <birgit.nowak@versicherer.example>",
            "Schaden Kraftfahrt Leitungskreis <leitungskreis-kfz@versicherer.example>",
            "Protokoll Leitungsrunde Schaden Kraftfahrt 14.04.2026",
            dt(4, 14, 16, 10))
    body(m, """
Protokoll Leitungsrunde Schaden Kraftfahrt
Datum: 14.04.2026, 09:00–10:30 Uhr, Raum 4.12
Teilnehmende: O. Hensel (Leitung), M. Brandt, S. Wulf, D. Behrens,
T. Riedel, H. Lammers, N. Petersen; Protokoll: B. Nowak

TOP 1 Rückstände
- Im Team Personenschaden liegen 412 Vorgänge über 30 Tage, davon
  ca. 60 % HWS-Akten mit Anwaltsschreiben. Ziel: unter 250 bis Ende Juni.
- Maßnahme: zwei Kolleginnen aus KH2 unterstützen ab Mai tageweise.

TOP 2 Gutachterpool
- Der Pool für medizinische Gutachten (Orthopädie/Unfallchirurgie,
  Neurologie, Psychiatrie) wird um zwei Praxen im Raum Hannover erweitert.
- Bearbeitungszeit Gutachten derzeit Ø 11 Wochen, Ziel 8 Wochen.

TOP 3 Reha-Management
- Angebot Reha-Dienst: Fallpauschale steigt um 6 %. Markus verhandelt.
- Erfolgsquote Rückkehr in den Beruf 2025: 64 % (Vorjahr 61 %).

TOP 4 Betrugsprävention
- Henrik berichtet über den Komplex Billstedt (Details nur mündlich).
- Neues Scoring-Modell geht am 01.06. in den Pilot.

TOP 5 Verschiedenes
- Sommerfest am 26.06., Anmeldung über Birgit.

Nächste Runde: 12.05.2026
""")
    return finish(59, m)


# --- 0060 -----------------------------------------------------------------
@mail(60, "CONFIDENTIAL", "de", "broker-to-insurer",
      "harmless body; ZIP with a claim form (DOCX: policyholder, driver's birth date, plates) and a photo list (TXT)")
def m0060():
    m = new(60, "Maklerbüro Carstens <info@makler-carstens.example>",
            "kfz-schaden@versicherer.example",
            "Schadenunterlagen",
            dt(4, 15, 11, 27))
    body(m, """
Guten Tag,

anbei die Unterlagen zum Schaden meines Kunden, gepackt als ZIP, weil
Ihr Postfach letzte Woche die einzelnen Fotos abgelehnt hat. Die Fotos
selbst schicke ich über Ihr Maklerportal.

Mit freundlichen Grüßen
Jens Carstens
Versicherungsmakler
Maklerbüro Carstens e.K. · Marktstraße 7 · 25335 Elmshorn
""")
    d = make_docx([
        ("h", "Schadenanzeige Kraftfahrtversicherung"),
        ("table", [
            ["Versicherungsnehmer", "Herr Hauke Jessen, Langelohe 44, 25337 Elmshorn"],
            ["Versicherungsschein-Nr.", "KF-7731-224870"],
            ["Fahrzeug / Kennzeichen", "Audi A4 Avant, PI-HJ 2025"],
            ["Fahrer zum Unfallzeitpunkt", "Frau Merle Jessen (Tochter), geb. 19.09.2004, Führerschein seit 10/2022"],
            ["Schadentag / Ort", "11.04.2026, ca. 13:30 Uhr, Parkhaus Hafenstraße Elmshorn, Ebene 2"],
            ["Hergang", "Beim Rückwärtsausparken gegen die Fahrerseite eines querenden Fahrzeugs gestoßen."],
            ["Gegner", "Herr Alexander Voigt, VW Touran, PI-AV 317, versichert bei Hanse Direkt"],
            ["Personenschaden", "nein"],
            ["Polizei", "nicht hinzugezogen, Daten ausgetauscht"],
            ["Schaden am eigenen Fahrzeug", "Stoßfänger hinten rechts verkratzt (Vollkasko besteht, SB 500 EUR)"],
        ]),
        "Ich versichere, die Angaben wahrheitsgemäß gemacht zu haben.",
        "Elmshorn, 13.04.2026      gez. Hauke Jessen",
    ], author="Maklerbüro Carstens")
    fotos = """Fotoliste Schaden Jessen 11.04.2026
IMG_4471.jpg  Fahrzeug Gegner, Fahrertür
IMG_4472.jpg  Fahrzeug Gegner, Übersicht mit Kennzeichen PI-AV 317
IMG_4473.jpg  eigenes Fahrzeug, Stoßfänger hinten rechts
IMG_4474.jpg  Parkhaus Ebene 2, Fahrgasse
"""
    z = make_zip([("Schadenanzeige_Jessen.docx", d),
                  ("Fotoliste.txt", fotos.replace("\n", "\r\n").encode("utf-8"))])
    attach(m, z, "application/zip", "Schaden_Jessen.zip")
    return finish(60, m)


# --- 0061 -----------------------------------------------------------------
@mail(61, "STRICTLY_CONFIDENTIAL", "en", "internal",
      "group fraud unit discusses surveillance of a named claimant whose back injury and inability to work are in doubt")
def m0061():
    m = new(61, "Daniel Okoye <daniel.okoye@versicherer-group.example>",
            "Henrik Lammers <henrik.lammers@versicherer.example>",
            "KS-25-0367215 – request for covert observation, DPO sign-off needed",
            dt(4, 15, 16, 33),
            cc="Data Protection Office <datenschutz@versicherer.example>")
    body(m, """
Henrik,

I've been through the file on Mr Kai Brenner (39, warehouse team
leader, rear-end collision in Bremen, August 2025). Summary of why I
think observation is justified, before we take it to the DPO:

- He claims a lumbar disc herniation (L4/L5) caused by the accident,
  with radiating pain into the left leg, and says he cannot lift more
  than 5 kg. His neurosurgeon's letter recommends surgery, which he
  has refused so far.
- He has been signed off work since September; claimed loss of
  earnings to date EUR 21,400, plus a demand for EUR 40,000 general
  damages. His lawyer is pushing for a capitalised settlement.
- Our adviser notes that the MRI from October shows degenerative
  changes at several levels that look older than the accident.
- Public posts on a fitness community site show a user with his name
  and photo taking part in a CrossFit competition in Oldenburg in
  February, including deadlifts.

Proposal: 3 days of observation by the licensed agency on our panel,
limited to public places, no filming of third parties, report to be
stored in the fraud case only. Also a request to his lawyer for the
complete records of his GP for the five years before the accident.

Please check whether your local rules allow this and get the DPO's
written approval. I'll hold the agency booking until Monday.

Daniel

Daniel Okoye | Group Counter-Fraud | Versicherer Group
""")
    return finish(61, m)


# --- 0062 -----------------------------------------------------------------
@mail(62, "NORMAL", "de", "internal",
      "trap: aggregated fraud-database query statistics per quarter, no person or claim")
def m0062():
    m = new(62, "Henrik Lammers <henrik.lammers@versicherer.example>",
            "Oliver Hensel <oliver.hensel@versicherer.example>",
            "HIS-Abfragen Q1/2026 – Auswertung",
            dt(4, 16, 8, 40))
    body(m, """
Hallo Oliver,

die Quartalszahlen zum Hinweis- und Informationssystem für Q1:

Abfragen gesamt:                     18.442
 davon Kraftfahrt (KH/Kasko):        16.030
 davon Allg. Haftpflicht:             2.412
Treffer (mind. ein Eintrag):          1.288  (7,0 %)
 davon Fahrzeug-Treffer (FIN):          801
 davon Personen-Treffer:                487
an SIU weitergeleitet:                  212
Einmeldungen durch uns:                 143
Löschungen nach Fristablauf:            96

Die Trefferquote ist gegenüber Q4 leicht gestiegen (6,4 %), vor allem
bei Fahrzeugen mit Vorschäden aus dem Ausland. Personen-Treffer mit
Verletzungsmeldungen (HWS) liegen mit 61 Fällen im üblichen Rahmen.

Beschwerden von Betroffenen (Auskunftsersuchen Art. 15 DSGVO): 9,
alle fristgerecht beantwortet.

Gruß
Henrik
""")
    return finish(62, m)


# --- 0063 -----------------------------------------------------------------
@mail(63, "CONFIDENTIAL", "de", "insurer-to-insurer",
      "liability split 50/50 with another motor insurer after an intersection collision: both insureds named, plates, amounts")
def m0063():
    m = new(63, "Jana Köhler <jana.koehler@versicherer.example>",
            "Schaden Kraftfahrt Hanse Direkt <kfz-schaden@hanse-direkt.example>",
            "Ihr Az. HD-KH-2026-118830 / unser Az. KS-26-0019012 – Quotenvorschlag",
            dt(4, 17, 9, 14))
    body(m, """
Sehr geehrter Herr Lindner,

zu dem Zusammenstoß vom 05.03.2026 an der Kreuzung
Stresemannstraße/Alsenstraße zwischen Ihrem VN Herrn Bernhard Kleist
(HH-BK 2604) und unserer VN Frau Ayşe Çelik (HH-AC 919):

Beide Fahrer behaupten, bei Grün gefahren zu sein; unabhängige Zeugen
gibt es nicht, die Ampelschaltung lässt sich nach Auskunft des LSBG
nicht mehr rekonstruieren. Verletzt wurde niemand.

Wir schlagen eine Schadenteilung 50 : 50 vor:

Schaden Ihres VN lt. Gutachten           5.618,20 EUR -> 50 % = 2.809,10 EUR
Schaden unserer VN lt. Gutachten         4.102,75 EUR -> 50 % = 2.051,38 EUR

Bei Einverständnis würden wir den Spitzenausgleich von 757,72 EUR an
Sie leisten und jeweils unsere eigenen VN über ihre Vollkasko bzw.
selbst regulieren lassen.

Mit freundlichen Grüßen

Jana Köhler
Versicherer Allgemeine Versicherung AG
Kraftfahrt-Schaden
""")
    return finish(63, m)


# --- 0064 -----------------------------------------------------------------
@mail(64, "STRICTLY_CONFIDENTIAL", "de", "social-insurer-to-insurer",
      "statutory accident insurer (BG) claims recourse for a commuting accident: named worker, injuries, injury benefit")
def m0064():
    m = new(64, "BG Handel Nord Regress <regress@bg-handel-nord.example>",
            "kfz-schaden@versicherer.example",
            "Regress § 116 SGB X – Wegeunfall Aksoy, Kemal – Ihr VN HH-FR 7711",
            dt(4, 20, 13, 5))
    body(m, """
Sehr geehrte Damen und Herren,

unser Versicherter, Herr Kemal Aksoy (geb. 30.01.1979), Mitarbeiter der
Frischemarkt Harburg GmbH, wurde am 12.01.2026 auf dem Weg zur Arbeit
als Fußgänger an der Bushaltestelle Harburger Rathaus von dem bei Ihnen
versicherten Pkw HH-FR 7711 erfasst. Der Unfall ist als Wegeunfall
anerkannt.

Herr Aksoy erlitt eine Unterschenkelschaftfraktur rechts, die
operativ mit einem Marknagel versorgt wurde, sowie eine
Rippenserienfraktur links. Er war vom 12.01. bis 26.01.2026 in
stationärer Behandlung in einer BG-Unfallklinik, danach in
ambulanter Rehabilitation (EAP). Er ist weiterhin arbeitsunfähig.

Die Schadensersatzansprüche sind nach § 116 SGB X auf uns
übergegangen. Bisherige Aufwendungen:

  stationäre Behandlung             14.612,40 EUR
  EAP / Physiotherapie               2.988,00 EUR
  Verletztengeld (bis 30.04.2026)    9.850,16 EUR
  Fahrtkosten, Hilfsmittel             412,70 EUR
  -------------------------------------------
  zusammen                          27.863,26 EUR

Wir bitten um Anerkenntnis der Haftung dem Grunde nach und um Zahlung.
Über den weiteren Verlauf, insbesondere eine mögliche Rente wegen einer
Minderung der Erwerbsfähigkeit, unterrichten wir Sie.

Mit freundlichen Grüßen
Im Auftrag
Ralf Steffens
Regress und Ersatzansprüche
BG Handel Nord
""", charset="iso-8859-1", cte="quoted-printable")
    return finish(64, m)


# --- 0065 -----------------------------------------------------------------
@mail(65, "NORMAL", "de", "insurer-to-supplier",
      "trap: purchase order for first-aid kits and warning triangles for claims field-service cars")
def m0065():
    m = new(65, "Einkauf <einkauf@versicherer.example>",
            "Vertrieb Medisafe <bestellung@medisafe-handel.example>",
            "Bestellung 4500921140 – Verbandkästen DIN 13164 für Außendienstfahrzeuge",
            dt(4, 21, 10, 20))
    body(m, """
Sehr geehrte Damen und Herren,

auf Grundlage Ihres Angebots AN-26-0611 bestellen wir:

Pos 1  60 Stück  Kfz-Verbandkasten DIN 13164:2022, Kunststoffbox
                 à 8,90 EUR netto
Pos 2  60 Stück  Warndreieck ECE R27, faltbar        à 6,40 EUR netto
Pos 3  60 Stück  Warnweste EN ISO 20471, gelb         à 1,95 EUR netto
Pos 4  10 Stück  Betriebsverbandkasten DIN 13157 (für die Standorte)
                 à 39,00 EUR netto

Lieferung bis 08.05.2026 an:
Versicherer Allgemeine Versicherung AG, Warenannahme Tor 2,
Hafenstraße 100, 20359 Hamburg, z. Hd. Fuhrparkmanagement

Bitte Bestellnummer auf Lieferschein und Rechnung angeben. Es gelten
unsere Allgemeinen Einkaufsbedingungen.

Mit freundlichen Grüßen
Petra Lüth
Zentraler Einkauf
""")
    return finish(65, m)


# --- 0066 -----------------------------------------------------------------
@mail(66, "CONFIDENTIAL", "mixed", "insurer-to-insurer",
      "green-card claim with a Polish vehicle, German/English: our insured named, plates, no injury")
def m0066():
    m = new(66, "Paul Ostermann <paul.ostermann@versicherer.example>",
            "Baltic Claims Service <claims@baltic-claims.example>",
            "AW: Green card claim – PL registration WX 81234 / our insured HH-MO 3366",
            dt(4, 22, 11, 58),
            irt="<BCS-2026-0419-77@baltic-claims.example>")
    body(m, """
Dear Mr Nowak,

thank you for your message. To clarify: in this case WE are the
insurer of the party at fault, so you are acting as claims
representative for the Polish owner, not for us.

Summary of what our insured, Mr Malte Olsen, told us:
- 16.04.2026, approx. 08:10, A 1 exit Hamburg-Harburg,
- he changed lanes and touched the left rear of the Polish van
  (Iveco Daily, WX 81234, owner Trans-Mazowsze Sp. z o.o.),
- no injuries, both vehicles were driven away.

We accept liability. Please send the repair estimate in German or
English; a Polish invoice is fine if you add a short translation of
the main items.

Mit freundlichen Grüßen / Kind regards
Paul Ostermann
Versicherer Allgemeine Versicherung AG, Kraftfahrt-Schaden

-----Original Message-----
From: Baltic Claims Service <claims@baltic-claims.example>
Sent: Tuesday, 21 April 2026 15:02
Subject: Green card claim – PL registration WX 81234

Sehr geehrte Damen und Herren,
wir sind Schadenregulierungsbeauftragter für den polnischen
Versicherer. Please confirm whether you accept liability for the
accident of 16.04.2026 with your insured vehicle HH-MO 3366.
Mit freundlichen Grüßen, Krzysztof Nowak
""")
    return finish(66, m)


# --- 0067 -----------------------------------------------------------------
@mail(67, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-medical-expert",
      "calendar invitation (ICS) for a neurological examination of a named claimant with her complaints in the summary")
def m0067():
    m = new(67, "Selin Aydın <selin.aydin@versicherer.example>",
            "Praxis Dr. Westphal <termine@neuro-westphal.example>",
            "Termin Begutachtung Frau Röhl – HS-26-0031054",
            dt(4, 23, 14, 12))
    body(m, """
Sehr geehrte Frau Dr. Westphal,

wie mit Ihrer Praxis telefonisch vereinbart, anbei der Termin als
Kalendereintrag. Frau Röhl hat den Termin bestätigt. Die Unterlagen
(Entlassbericht, CT-Befund, Bericht des Hausarztes) haben Sie über das
Portal erhalten.

Mit freundlichen Grüßen
Selin Aydın
Haftpflicht-Schaden
""")
    ics = crlf("""
BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:begutachtung-roehl-20260512@versicherer.example
DTSTAMP:20260423T121200Z
DTSTART:20260512T080000Z
DTEND:20260512T093000Z
SUMMARY:Begutachtung Tanja Röhl – Z. n. Commotio cerebri\\, anhaltende Kopf
 schmerzen und Schwindel (HS-26-0031054)
LOCATION:Praxis Dr. Westphal\\, Neurologie\\, Osterstraße 120\\, 20255 Hamburg
ORGANIZER;CN=Selin Aydın:mailto:selin.aydin@versicherer.example
ATTENDEE;CN=Praxis Dr. Westphal;ROLE=REQ-PARTICIPANT:mailto:termine@neuro-westphal.example
DESCRIPTION:Neurologisches Zusatzgutachten. Frau Röhl bringt Medikamentenp
 lan (Ibuprofen\\, Amitriptylin) und Kopfschmerztagebuch mit.
END:VEVENT
END:VCALENDAR
""")
    attach_text(m, ics, "calendar", "Begutachtung_Roehl.ics")
    return finish(67, m)


# --- 0068 -----------------------------------------------------------------
@mail(68, "NORMAL", "de", "internal",
      "trap: data-protection FAQ on handling health data in injury claims, general rules only")
def m0068():
    m = new(68, "Datenschutz <datenschutz@versicherer.example>",
            "Schaden alle <schaden-alle@versicherer.example>",
            "FAQ: Gesundheitsdaten in der Schadenbearbeitung",
            dt(4, 24, 9, 0))
    body(m, """
Liebe Kolleginnen und Kollegen,

aus den Datenschutzschulungen haben wir die häufigsten Fragen
gesammelt:

F: Darf ich einen Arztbericht per Mail an einen Gutachter schicken?
A: Nur verschlüsselt (SecureMail-Portal oder S/MIME). Unverschlüsselte
   Mails mit Gesundheitsdaten sind nicht zulässig, auch nicht intern an
   externe Adressen.

F: Brauchen wir für jede Anforderung von Behandlungsunterlagen eine
   Schweigepflichtentbindung?
A: Ja, entweder eine Einzelermächtigung oder die allgemeine Erklärung
   mit Unterrichtung vor jeder Anforderung (Verhaltensregeln GDV).

F: Darf ich im Betreff "HWS" oder eine Diagnose nennen?
A: Nein. Betreff nur mit Schadennummer. Diagnosen gehören nicht in
   Betreffzeilen, Kalendereinträge oder Dateinamen.

F: Wie lange dürfen Gesundheitsdaten aufbewahrt werden?
A: Grundsätzlich bis zum Ablauf der Verjährungs- und
   Aufbewahrungsfristen nach Abschluss des Schadens; danach Löschung
   nach Löschkonzept.

F: Was ist mit Daten Dritter, z. B. verletzter Mitfahrer?
A: Gleiche Regeln. Auch deren Gesundheitsdaten sind besondere
   Kategorien nach Art. 9 DSGVO.

Bei Fragen: datenschutz@versicherer.example

Ihr Datenschutzteam
""")
    return finish(68, m)


# --- 0069 -----------------------------------------------------------------
@mail(69, "CONFIDENTIAL", "de", "insurer-to-customer",
      "personal liability: lost key of a locking system, landlord's demand, named insured and policy, no injury")
def m0069():
    m = new(69, "Selin Aydın <selin.aydin@versicherer.example>",
            "Marvin Scholle <marvin.scholle@web-post.example>",
            "Ihre Privathaftpflicht PH-5520-163377 – Schlüsselverlust",
            dt(4, 27, 11, 33))
    body(m, """
Hallo Herr Scholle,

danke für Ihre Meldung. Sie haben am 18.04. den Wohnungsschlüssel Ihrer
Mietwohnung (Osterstraße 9, Eimsbüttel) verloren, und die
Hausverwaltung Krüger & Söhne verlangt jetzt den Austausch der
gesamten Schließanlage für 2.340 EUR.

Der Verlust fremder Schlüssel ist in Ihrem Tarif "Komfort" bis
30.000 EUR mitversichert (Selbstbeteiligung 150 EUR). Bevor wir zahlen,
brauchen wir noch:

1. das Schreiben der Hausverwaltung mit dem Angebot des Schlüsseldienstes,
2. eine kurze Bestätigung, wo und wann der Schlüssel verloren ging
   (Fundbüro-Meldung, falls vorhanden),
3. die Information, ob am Schlüssel Hinweise auf Ihre Adresse waren.

Ein Austausch der ganzen Anlage ist nur nötig, wenn Missbrauch droht.
Bei einem einzelnen Wohnungsschlüssel ohne Adresse reicht oft der
Austausch des Wohnungszylinders. Das prüfen wir mit der Hausverwaltung.

Viele Grüße
Selin Aydın
Haftpflicht-Schaden
Versicherer Allgemeine Versicherung AG
""")
    return finish(69, m)


# --- 0070 -----------------------------------------------------------------
@mail(70, "STRICTLY_CONFIDENTIAL", "de", "claimant-to-insurer",
      "claimant lists the housework she could not do with her arm in plaster, in plain words, for the housekeeping-loss claim")
def m0070():
    m = new(70, "Gisela Timm <gisela.timm@t-mailbox.example>",
            "Frauke Sievers <frauke.sievers@versicherer.example>",
            "Ihr Fragebogen Haushalt – KS-26-0006112",
            dt(4, 28, 15, 40))
    body(m, """
Sehr geehrte Frau Sievers,

Sie hatten mich gebeten aufzuschreiben, was ich im Haushalt seit dem
Unfall nicht machen konnte. Hier meine Aufstellung:

Mein rechter Arm war vom 21. Januar bis 4. März im Gips, danach war die
Schulter noch steif und ich konnte den Arm nicht über Kopfhöhe heben.
Ich bin Rechtshänderin. Seit Mitte April geht es langsam besser, aber
schwer tragen kann ich immer noch nicht.

Nicht möglich war in den ersten sechs Wochen:
- Kochen (nur Brote schmieren mit links), Einkaufen, Getränkekisten
- Wäsche aufhängen, Bügeln, Betten beziehen
- Fenster putzen, Staubsaugen, Bad putzen
- Gartenarbeit (wir haben einen großen Garten mit Hecke)
- Mich allein anziehen und die Haare waschen, da hat mir mein Mann
  geholfen

Das hat mein Mann übernommen, er ist Rentner, und unsere Tochter kam
zweimal in der Woche abends (ca. 2 Stunden). Für das Fensterputzen und
die Hecke haben wir im März jemanden bezahlt, Rechnung 180 EUR liegt
bei.

Wir sind ein Zwei-Personen-Haushalt, 110 m² Haus mit 600 m² Garten.

Mit freundlichen Grüßen
Gisela Timm
Wedeler Landstraße 12
22559 Hamburg
""")
    return finish(70, m)


# --- 0071 -----------------------------------------------------------------
@mail(71, "NORMAL", "en", "supplier-to-insurer",
      "rental firm's key account manager proposes a quarterly business review meeting")
def m0071():
    m = new(71, "Mark Ellison <mark.ellison@eurodrive-rental.example>",
            "Paul Ostermann <paul.ostermann@versicherer.example>",
            "Quarterly business review – May?",
            dt(4, 29, 9, 48))
    body(m, """
Hi Paul,

hope all is well in Hamburg. It's time for our quarterly review of the
replacement-car agreement. I'd suggest either 12 or 19 May, at your
office, 90 minutes. On our side: me and our new regional manager North,
Katharina.

Topics I'd like to cover:
- delivery times for same-day replacement cars (Q1 average 3.4 h)
- the new electric vehicle category in the price list
- invoicing via the claims portal instead of PDF by e-mail

Let me know which date works and whether you want to add anything.

Best regards,
Mark

Mark Ellison
Key Account Manager Insurance
EuroDrive Rental GmbH, Frankfurt am Main
""", cte="7bit")
    return finish(71, m)


# --- 0072 -----------------------------------------------------------------
@mail(72, "CONFIDENTIAL", "de", "insurer-to-customer",
      "one-line thanks; the quoted customer mail has her new address, plate, claim number and IBAN")
def m0072():
    m = new(72, "Jana Köhler <jana.koehler@versicherer.example>",
            "Merve Güler <merve.gueler@postfach-hh.example>",
            "AW: neue Adresse + Konto wegen Schaden",
            dt(4, 30, 8, 34),
            irt="<CAK3mPq9xZ2uH7yV1=ad8fQ@postfach-hh.example>")
    body(m, """
Vielen Dank, Frau Güler, ist notiert. Die Zahlung geht heute raus.

Freundliche Grüße
Jana Köhler

Am 29.04.2026 um 19:02 schrieb Merve Güler <merve.gueler@postfach-hh.example>:
> Hallo Frau Köhler,
>
> wie am Telefon besprochen: ich bin umgezogen, neue Adresse ist
> Kroogblöcke 31, 22119 Hamburg. Das Auto ist jetzt auch umgemeldet,
> neues Kennzeichen HH-MG 4418 (vorher PI-MG 77).
>
> Bitte die Reparaturkosten zu KS-26-0018855 auf mein neues Konto:
> DE55 2105 0170 7198 2591 72, Förde Sparkasse.
>
> Danke und viele Grüße
> Merve Güler
""")
    return finish(72, m)


# --- 0073 -----------------------------------------------------------------
@mail(73, "STRICTLY_CONFIDENTIAL", "mixed", "internal",
      "grey zone: airbag deployed, named driver examined in hospital and released without findings; German police note quoted")
def m0073():
    m = new(73, "Paul Ostermann <paul.ostermann@versicherer.example>",
            "Fleet Claims Group <fleet.claims@versicherer-group.example>",
            "FW: Fleet FL-7731-003318 / Skyline Consulting – accident 24.04.",
            dt(5, 4, 10, 10))
    body(m, """
Hi team,

for your fleet report on Skyline Consulting: the accident last Friday
was a single-vehicle loss (car left the road in heavy rain near
Bad Oldesloe, hit a guard rail). Comprehensive claim, total loss likely.

Driver was their consultant Ms Johanna Reimers. Both front airbags went
off; she was taken to hospital by ambulance as a precaution, checked
(including a CT of the neck) and released the same evening with no
findings. See the police note below. No third party involved.

Paul

---------- Weitergeleitete Nachricht ----------
Von: Polizeistation Bad Oldesloe
Datum: 24.04.2026
Betreff: Verkehrsunfall B 75, km 12,4

Fahrerin: Reimers, Johanna, geb. 02.11.1990
Fahrzeug: BMW 520d Touring, OD-SC 1020 (Halter: Skyline Consulting GmbH)
Hergang: bei Starkregen in Rechtskurve ins Schleudern geraten, Anprall
Schutzplanke. Fahrerin klagte über Nacken- und Brustschmerzen, RTW-
Transport ins Krankenhaus Bad Oldesloe zur Abklärung, dort nach
Untersuchung ohne Befund entlassen. Atemalkoholtest: 0,00 ‰.
""")
    return finish(73, m)


# --- 0074 -----------------------------------------------------------------
@mail(74, "NORMAL", "de", "insurer-to-broker",
      "trap: blank consent/confidentiality-release form (DOCX) with empty fields for brokers")
def m0074():
    m = new(74, "Maklerbetreuung Schaden <maklerbetreuung@versicherer.example>",
            "Maklerbüro Carstens <info@makler-carstens.example>",
            "Formular Schweigepflichtentbindung Personenschaden (Blanko)",
            dt(5, 5, 14, 3))
    body(m, """
Sehr geehrter Herr Carstens,

wie gewünscht erhalten Sie unser aktuelles Blanko-Formular
"Einwilligung und Schweigepflichtentbindung" für Personenschäden in der
Haftpflicht- und Kraftfahrtversicherung. Sie können es Verletzten
mitgeben, die sich über Sie an uns wenden.

Bitte beachten Sie: Das ausgefüllte Formular enthält Gesundheitsdaten
und sollte nicht unverschlüsselt per Mail zurückgeschickt werden –
am besten per Post oder über das Maklerportal.

Mit freundlichen Grüßen
Ihre Maklerbetreuung Schaden
Versicherer Allgemeine Versicherung AG
""")
    d = make_docx([
        ("h", "Einwilligung und Schweigepflichtentbindung"),
        "Schadennummer: ____________________",
        "Name, Vorname der verletzten Person: ________________________________",
        "Geburtsdatum: ______________   Anschrift: ______________________________",
        ("h", "1. Erhebung von Gesundheitsdaten bei Dritten", 2),
        "Ich befreie die nachfolgend genannten Ärztinnen, Ärzte, Krankenhäuser, Therapeutinnen und Therapeuten "
        "von ihrer Schweigepflicht, soweit die Versicherer Allgemeine Versicherung AG Angaben zu den "
        "Unfallfolgen für die Prüfung meiner Ansprüche benötigt:",
        ("table", [
            ["Name / Einrichtung", "Anschrift", "Behandlungszeitraum"],
            ["", "", ""],
            ["", "", ""],
            ["", "", ""],
        ]),
        "[ ] Ich möchte vor jeder Anforderung informiert werden.",
        "[ ] Ich bin mit einer Anforderung ohne vorherige Information einverstanden.",
        ("h", "2. Weitergabe an Gutachter", 2),
        "Ich willige ein, dass meine Gesundheitsdaten an medizinische Gutachter weitergegeben werden, soweit dies zur Prüfung erforderlich ist.",
        "Ort, Datum: ______________________   Unterschrift: ______________________",
    ], author="Versicherer AG")
    attach(m, d, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
           "Formular_Schweigepflichtentbindung_blanko.docx")
    return finish(74, m)


# --- 0075 -----------------------------------------------------------------
@mail(75, "CONFIDENTIAL", "de", "customer-to-insurer",
      "grey zone: insured reports a rear-end collision; husband 'was shaken but nobody is hurt'; plates, policy")
def m0075():
    m = new(75, "Angelika Voss <angelika.voss@heimpost.example>",
            "kfz-schaden@versicherer.example",
            "Unfall gestern – Vertrag KF-7731-197731",
            dt(5, 6, 8, 2), client="tb")
    body(m, """
Guten Morgen,

ich möchte einen Unfall melden. Mein Mann Jürgen ist gestern gegen 18
Uhr mit unserem Wagen (HH-JV 1160, Vertrag KF-7731-197731) an der
Ampel Bramfelder Chaussee/Steilshooper Straße aufgefahren. Der Vordermann
hat wohl abrupt gebremst, als die Ampel auf Gelb sprang, mein Mann
hat das zu spät gesehen.

Der andere Wagen ist ein grauer Toyota RAV4, HH-UT 5502, Fahrer
Herr Udo Tiedemann, die Telefonnummer habe ich. Stoßstange hinten bei
ihm eingedrückt, bei uns Motorhaube und Scheinwerfer.

Mein Mann war total erschrocken und hat gestern Abend kaum was gegessen,
aber verletzt ist zum Glück keiner, auch der andere Fahrer nicht. Die
Polizei war nicht da.

Was müssen wir jetzt tun? Können wir den Wagen in unsere Werkstatt
bringen?

Mit freundlichen Grüßen
Angelika Voss
""", flowed=True)
    return finish(75, m)


# --- 0076 -----------------------------------------------------------------
@mail(76, "STRICTLY_CONFIDENTIAL", "en", "lawyer-to-insurer",
      "Dutch lawyer for a cyclist doored in Berlin: concussion, broken collarbone, physiotherapy, freelance income loss")
def m0076():
    m = new(76, "mr. Joost Verbeek <j.verbeek@verbeek-letselschade.example>",
            "kfz-schaden@versicherer.example",
            "Personal injury claim Ms A. Visser – accident Berlin 3 April 2026 – vehicle B-KW 8840",
            dt(5, 7, 12, 26))
    body(m, """
Dear Sir, Madam,

We represent Ms Anouk Visser, born 8 June 1994, residing in Amsterdam,
in her claim against your insured, the keeper of the passenger car with
registration B-KW 8840.

On 3 April 2026 Ms Visser was cycling on the cycle lane of
Kastanienallee in Berlin when the rear passenger door of your insured's
parked car was opened directly in front of her. She was thrown over
the door and landed on her left shoulder and head. She was wearing a
helmet.

She was taken to hospital, where a fracture of the left clavicle and
a concussion were diagnosed. The fracture was treated conservatively
with a sling. Back in the Netherlands she has had 14 physiotherapy
sessions so far and still suffers from headaches when working at a
screen for more than two hours.

Ms Visser is a self-employed graphic designer. She could not work at
all for five weeks and only part-time since then. Her accountant is
preparing a statement of her lost income based on her 2023-2025 annual
accounts.

We hold your insured liable under § 7 StVG and § 115 VVG and ask you
to confirm liability within 4 weeks and to pay an advance of
EUR 5,000 to our third-party account, IBAN NL15 INGB 8433 5737 64.

Yours faithfully,

mr. J. Verbeek
Verbeek Letselschade Advocaten, Amsterdam
""")
    return finish(76, m)


# --- 0077 -----------------------------------------------------------------
@mail(77, "NORMAL", "en", "internal",
      "trap: anonymised training case study (cyclist, 34, collarbone fracture) with questions, no real person")
def m0077():
    m = new(77, "Dr Helen Marsh <helen.marsh@versicherer-group.example>",
            "BI Academy participants <bi-academy@versicherer-group.example>",
            "BI Academy module 3 – case study for Thursday",
            dt(5, 8, 16, 5))
    body(m, """
Dear all,

for Thursday's session please read the case study below. It is based
on a real file from another country but fully anonymised and altered;
names, dates and places are invented.

CASE STUDY 3: "The cyclist"
---------------------------
A 34-year-old female cyclist (fictitious name: "Ms C.") is hit by a
car door opened by a passenger. She suffers a fractured left
collarbone and a mild concussion. She is self-employed, and her income
fluctuates strongly from year to year. After six weeks she returns to
work part-time but reports headaches and fatigue. Her lawyer claims a
"post-concussion syndrome" and asks for a capitalised loss of earnings
for five years.

Questions:
 1. Which medical evidence would you ask for at this point?
 2. How would you calculate the loss of earnings of a self-employed
    person with fluctuating income?
 3. When is a neuropsychological assessment appropriate?
 4. What reserve would you set after three months, and why?

Please bring your answers; we will compare approaches between the
German, Dutch and UK teams.

Best,
Helen
""", cte="7bit")
    return finish(77, m)


# --- 0078 -----------------------------------------------------------------
@mail(78, "CONFIDENTIAL", "de", "insurer-to-customer",
      "family liability: eight-year-old scratched a parked car with his scooter; named insured, policy, no injury")
def m0078():
    m = new(78, "Selin Aydın <selin.aydin@versicherer.example>",
            "Christian Melchior <c.melchior@familie-melchior.example>",
            "Privathaftpflicht PH-5520-149902 – Schaden durch Ihren Sohn Leon",
            dt(5, 11, 10, 52))
    body(m, """
Sehr geehrter Herr Melchior,

zu dem Schaden, den Ihr Sohn Leon (8) am 02.05. mit seinem Tretroller
am geparkten Wagen von Frau Sandra Lüdtke (Mazda CX-5, HH-SL 2301)
verursacht hat:

Nach § 828 Abs. 2 BGB haften Kinder unter zehn Jahren nicht für
Schäden bei einem Unfall mit einem Kraftfahrzeug im fließenden Verkehr.
Der Wagen von Frau Lüdtke stand aber ordnungsgemäß geparkt; nach der
Rechtsprechung des BGH gilt das Haftungsprivileg dann nicht. Leon hat
beim Vorbeifahren mit dem Lenker die Beifahrertür zerkratzt, das ist
nach Ihrer Schilderung unstreitig.

Wir übernehmen daher die Reparaturkosten laut Kostenvoranschlag
(Lackierung Beifahrertür, 684,20 EUR) und zahlen direkt an
Frau Lüdtke. Für Sie entsteht keine Selbstbeteiligung, und Ihr
Beitrag ändert sich nicht.

Zum Glück ist Leon bei dem Manöver nichts passiert, wie Sie schreiben.

Mit freundlichen Grüßen
Selin Aydın
Haftpflicht-Schaden
Versicherer Allgemeine Versicherung AG
""")
    return finish(78, m)


# --- 0079 -----------------------------------------------------------------
@mail(79, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
      "business liability of a painter: ladder fell on a customer's foot, metatarsal fracture, claim via the broker")
def m0079():
    m = new(79, "Dirk Behrens <dirk.behrens@versicherer.example>",
            "Olaf Petersen <o.petersen@hanse-assekuranz.example>",
            "Betriebshaftpflicht BH-5520-030118 Malerbetrieb Gerdes – HS-26-0040012",
            dt(5, 12, 14, 44))
    body(m, """
Moin Herr Petersen,

zu dem Schaden Ihres Kunden, Malermeister Karsten Gerdes (Malerbetrieb
Gerdes, Inhaber), hier der aktuelle Stand:

Beim Streichen des Treppenhauses im Haus von Frau Renate Winkelmann
(Wentorf) ist am 23.04. eine Anlegeleiter, die der Geselle
unbeaufsichtigt abgestellt hatte, umgekippt und Frau Winkelmann auf
den rechten Fuß gefallen. Sie hat sich dabei zwei Mittelfußknochen
gebrochen und trägt jetzt sechs Wochen einen Vacoped-Stiefel. Sie ist
73 und lebt allein; ihre Tochter hilft beim Einkaufen.

Die Haftung Ihres Kunden ist aus unserer Sicht eindeutig. Wir haben
Frau Winkelmann einen Vorschuss von 1.500 EUR auf das Schmerzensgeld
angeboten und eine Haushaltshilfe für vier Wochen organisiert.

Bitte richten Sie Herrn Gerdes aus, dass er die Leiter-Unterweisung für
seine Mitarbeiter dokumentieren sollte; die BG wird danach fragen.

Viele Grüße
Dirk Behrens
Haftpflicht-Schaden, Gewerbe
Versicherer Allgemeine Versicherung AG
""")
    return finish(79, m)


# --- 0080 -----------------------------------------------------------------
@mail(80, "NORMAL", "mixed", "internal",
      "printer on the 4th floor broken; English IT ticket reply quoted")
def m0080():
    m = new(80, "Birgit Nowak <birgit.nowak@versicherer.example>",
            "Flur 4 Schaden <flur4-schaden@versicherer.example>",
            "WG: Ticket INC-0442918 Drucker 4.OG",
            dt(5, 13, 9, 11))
    body(m, """
Zur Info: Der große Drucker im 4. OG ist bis mindestens Freitag kaputt.
Bitte bis dahin den im 3. OG (Kopierraum) nehmen. Druckaufträge mit
Akteninhalt bitte nicht liegen lassen!

Birgit

-----Original Message-----
From: IT Service Desk <servicedesk@versicherer.example>
Sent: Wednesday, 13 May 2026 08:52
Subject: INC-0442918 printer HH-4OG-MFP01

Hello Birgit,
the technician confirmed a defective fuser unit. The spare part has
been ordered and should arrive on Friday. Until then please use
HH-3OG-MFP02.
Kind regards, IT Service Desk
""")
    return finish(80, m)


# --- 0081 -----------------------------------------------------------------
@mail(81, "CONFIDENTIAL", "de", "insurer-to-customer",
      "personal liability: burst washing-machine hose flooded the flat below; insured, neighbours, policy, no injury")
def m0081():
    m = new(81, "Selin Aydın <selin.aydin@versicherer.example>",
            "Katharina Ebeling <k.ebeling@mailbox-nord.example>",
            "Privathaftpflicht PH-5520-171240 – Wasserschaden bei Familie Hinrichs",
            dt(5, 18, 9, 37))
    body(m, """
Sehr geehrte Frau Ebeling,

vielen Dank für Ihre Schadenmeldung. Am 10.05. ist in Ihrer Wohnung
(Hoheluftchaussee 140, 2. OG) der Zulaufschlauch der Waschmaschine
geplatzt, während Sie unterwegs waren. Das Wasser ist in die Wohnung
von Familie Hinrichs im 1. OG gelaufen.

So geht es weiter:

- Schäden am Gebäude (Decke, Wände, Parkett im 1. OG) reguliert in
  der Regel die Wohngebäudeversicherung des Vermieters; deren
  Versicherer kann später bei uns Regress nehmen, wenn Sie den Schaden
  verschuldet haben. Nach Ihrer Schilderung (Schlauch 11 Jahre alt,
  Wasserhahn bei Abwesenheit offen) prüfen wir das.
- Beschädigte Möbel und Gegenstände von Familie Hinrichs (Hausrat)
  können diese über ihre Hausratversicherung oder direkt bei uns
  geltend machen. Wir haben Herrn Hinrichs heute angeschrieben.

Bitte heben Sie den geplatzten Schlauch auf, bis wir uns melden – er
wird möglicherweise noch begutachtet.

Mit freundlichen Grüßen
Selin Aydın
Haftpflicht-Schaden
Versicherer Allgemeine Versicherung AG
""")
    return finish(81, m)


# --- 0082 -----------------------------------------------------------------
@mail(82, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "home-owner liability: elderly pedestrian fell on an unsalted pavement, broken wrist and shoulder; questions to insured")
def m0082():
    m = new(82, "Dirk Behrens <dirk.behrens@versicherer.example>",
            "Wolfgang Sass <w.sass@sass-familie.example>",
            "Haus- und Grundbesitzerhaftpflicht HG-5520-069920 – Sturz vor Ihrem Grundstück",
            dt(5, 19, 11, 5))
    body(m, """
Sehr geehrter Herr Sass,

uns liegt das Anspruchsschreiben der Kinder von Frau Irmgard Lemke vor.
Frau Lemke (81) ist am Morgen des 14.01.2026 gegen 7:30 Uhr auf dem
Gehweg vor Ihrem Haus Luruper Hauptstraße 208 auf Glatteis gestürzt.
Sie hat sich dabei das rechte Handgelenk und den linken Oberarmkopf
gebrochen, wurde operiert und war drei Wochen im Krankenhaus. Seitdem
ist sie auf einen Pflegedienst angewiesen, der morgens und abends
kommt.

Die Familie behauptet, der Gehweg sei an diesem Morgen nicht gestreut
gewesen. Damit wir die Haftung prüfen können, beantworten Sie uns bitte:

1. Wer war am 14.01. für den Winterdienst zuständig – Sie selbst oder
   ein beauftragtes Unternehmen? Falls ein Unternehmen: bitte den
   Vertrag und die Einsatzprotokolle (Streubuch) für Januar.
2. Wann wurde an diesem Morgen zuletzt geräumt und gestreut, und womit?
3. Gibt es Zeugen (Nachbarn, Zusteller), die den Zustand des Gehwegs
   bestätigen können?

Nach der Hamburger Wegereinigungsregelung muss werktags bis 8:30 Uhr
gestreut sein. Wenn der Sturz vorher passierte, spricht einiges für Sie.

Bitte geben Sie gegenüber der Familie keine Erklärungen zur Schuld ab.

Mit freundlichen Grüßen
Dirk Behrens
Haftpflicht-Schaden
Versicherer Allgemeine Versicherung AG
""")
    return finish(82, m)


# --- 0083 -----------------------------------------------------------------
@mail(83, "NORMAL", "de", "insurer-to-broker",
      "trap: broker information on winter road-clearing duty with generic fall-injury examples and court figures")
def m0083():
    m = new(83, "Maklerbetreuung <maklerbetreuung@versicherer.example>",
            "Maklerverteiler Nord <makler-nord@versicherer.example>",
            "Maklerinfo 11/2026: Streupflicht – wer haftet, wenn Fußgänger stürzen?",
            dt(11, 3, 8, 30),
            headers=[("Precedence", "bulk")])
    body(m, """
Maklerinfo 11/2026

Streupflicht: Wer haftet, wenn Fußgänger stürzen?

Mit dem ersten Frost häufen sich die Schadenmeldungen in der Haus- und
Grundbesitzerhaftpflicht. Typische Fälle aus der Rechtsprechung:

* Eine Passantin stürzt um 7:15 Uhr auf einem ungestreuten Gehweg und
  bricht sich das Handgelenk. Ergebnis: keine Haftung, die Streupflicht
  beginnt in vielen Gemeinden erst um 7:00 bzw. 8:30 Uhr und lässt eine
  angemessene Reaktionszeit.
* Ein Zusteller rutscht auf dem Zugang zum Hauseingang aus und zieht
  sich einen Sprunggelenksbruch zu. Ergebnis: Haftung des Eigentümers
  zu 2/3, Mitverschulden wegen ungeeigneter Schuhe.
* Ein Mieter stürzt auf dem Weg zu den Mülltonnen. Ergebnis: Haftung
  des Vermieters, der den Winterdienst nicht wirksam übertragen hatte.

Gerichte sprechen bei Sturzverletzungen je nach Schwere meist zwischen
2.000 und 25.000 EUR Schmerzensgeld zu, dazu kommen Heilbehandlungs-
kosten und Regressforderungen der Sozialversicherungsträger.

Tipps für Ihre Kunden:
- Winterdienst schriftlich übertragen und Kontrollen dokumentieren
- Streubuch führen
- Deckungssumme prüfen: wir empfehlen mindestens 10 Mio. EUR

Ihre Maklerbetreuung
Versicherer Allgemeine Versicherung AG
""")
    return finish(83, m)


# --- 0084 -----------------------------------------------------------------
@mail(84, "CONFIDENTIAL", "en", "rental-to-insurer",
      "rental firm's shared-service centre invoices damage to a rental car caused by our insured: names, plates, PDF")
def m0084():
    m = new(84, "EuroDrive Damage Billing <damage.billing@eurodrive-rental.example>",
            "kfz-schaden@versicherer.example",
            "Damage invoice DI-2026-55190 – your policyholder F. Brandl",
            dt(5, 20, 10, 2))
    body(m, """
Dear Sir or Madam,

Please find attached our damage invoice for the repair of our vehicle
F-ED 4120, which was damaged by your policyholder on 29 April 2026 in
the car park of Frankfurt Airport, Terminal 1, P3. Our renter at the
time was not in the vehicle.

We kindly ask you to settle the invoice within 30 days.

Best regards
Damage Billing Team
EuroDrive Rental GmbH - Shared Service Centre Lisbon
""", cte="7bit")
    pdf = make_pdf([
        "# EuroDrive Rental GmbH - Damage Invoice DI-2026-55190",
        "Invoice date: 20 May 2026",
        "",
        "Bill to: Versicherer Allgemeine Versicherung AG, Motor Claims, Hafenstrasse 100, 20359 Hamburg",
        "Your policyholder: Mr Florian Brandl, vehicle HH-FB 1188",
        "Our vehicle: Mercedes-Benz A 180, F-ED 4120, VIN W1K1770841J552310",
        "Renter at date of loss: Ms Carla Mendes (rental agreement RA-FRA-7741208)",
        "Date / place of loss: 29 April 2026, Frankfurt Airport T1, P3 level 2",
        "Description: your policyholder reversed out of a bay and hit the left rear door of our parked vehicle.",
        "",
        "Item                                          Amount",
        "Repair (Autohaus Main-Taunus, inv. 260512)    1,944.70 EUR",
        "Loss of use, 6 days x 38.00                     228.00 EUR",
        "Diminished value                                150.00 EUR",
        "Damage handling fee                              95.00 EUR",
        "",
        "Total                                         2,417.70 EUR",
        "",
        "Payment: EuroDrive Rental GmbH, IBAN DE86 7905 0000 2391 4700 58, reference DI-2026-55190",
    ], title="DI-2026-55190", author="EuroDrive Rental")
    attach(m, pdf, "application/pdf", "DI-2026-55190.pdf")
    return finish(84, m)


# --- 0085 -----------------------------------------------------------------
@mail(85, "STRICTLY_CONFIDENTIAL", "de", "internal",
      "grey zone: third-party driver 'in shock', checked by paramedics and not taken to hospital; handler opens injury file")
def m0085():
    m = new(85, "Jonas Rieck <jonas.rieck@versicherer.example>",
            "Sabine Wulf <sabine.wulf@versicherer.example>",
            "KS-26-0024018 – Personenschaden ja/nein?",
            dt(5, 21, 14, 17))
    body(m, """
Hallo Sabine,

kurze Frage zur Einordnung, bevor ich den Fall als reinen Sachschaden
abschließe:

Unsere VN ist am 15.05. in Bergedorf in eine Einfahrt gebogen und hat
dabei den Kleinwagen von Frau Natascha Hein seitlich erwischt. Laut
Polizeibericht stand Frau Hein "unter Schock, zitterte und klagte über
Herzrasen", der Rettungsdienst hat sie im RTW untersucht (EKG,
Blutdruck) und sie dann auf eigenen Wunsch vor Ort gelassen. Sie hat
uns geschrieben, dass sie die Nacht kaum geschlafen und am nächsten
Tag ihren Hausarzt aufgesucht hat, der ihr zwei Tage Ruhe verordnet
hat. Ein Attest hat sie (noch) nicht geschickt.

Bisher verlangt sie nur den Fahrzeugschaden. Ich würde trotzdem eine
Personenschaden-Teilakte anlegen und eine kleine Reserve (500 EUR)
bilden, falls ein Anwalt nachkommt. Siehst du das auch so?

Gruß
Jonas
""")
    return finish(85, m)


# --- 0086 -----------------------------------------------------------------
@mail(86, "NORMAL", "de", "internal",
      "trap: internal guideline table of pain-and-suffering ranges per injury type, no claimant")
def m0086():
    m = new(86, "Markus Brandt <markus.brandt@versicherer.example>",
            "Team Personenschaden <team-personenschaden@versicherer.example>",
            "Aktualisierte Orientierungswerte Schmerzensgeld (Stand 05/2026)",
            dt(5, 22, 12, 0))
    body(m, """
Hallo zusammen,

hier die aktualisierten internen Orientierungswerte. Es sind
Anhaltspunkte für die Erstreserve, keine Regulierungsvorgaben –
maßgeblich bleibt der Einzelfall.

Verletzung                                   Orientierung (EUR)
-------------------------------------------------------------------
HWS-Distorsion Grad I, AU bis 2 Wochen             500 –  1.200
HWS-Distorsion Grad II, AU 4–8 Wochen            1.500 –  3.500
Gehirnerschütterung, 1–2 Tage stationär          1.000 –  2.500
Rippenprellung / Rippenfraktur (einzeln)           800 –  2.000
Schlüsselbeinfraktur konservativ                 2.500 –  5.000
Distale Radiusfraktur operativ                   4.000 –  9.000
Unterschenkelfraktur mit OP, Metallentfernung   10.000 – 20.000
Beckenfraktur stabil                             8.000 – 15.000
Hüft-TEP nach Schenkelhalsfraktur (Senioren)    15.000 – 30.000
Schweres SHT mit bleibenden Defiziten          100.000 – 300.000
Querschnittlähmung                             500.000 – 800.000

Zuschläge für Narben im Gesicht, Kinder und lange Verfahrensdauer
bitte mit mir abstimmen.

Markus
""")
    return finish(86, m)


# --- 0087 -----------------------------------------------------------------
@mail(87, "CONFIDENTIAL", "en", "insurer-to-claimant",
      "payment advice to a British claimant for property damage: name, claim number, full GB IBAN")
def m0087():
    m = new(87, "Jana Köhler <jana.koehler@versicherer.example>",
            "Harriet Cole <harriet.cole@britmail.example>",
            "Payment of your claim KS-26-0020877",
            dt(5, 26, 15, 30))
    body(m, """
Dear Mrs Cole,

I am pleased to confirm that today we have transferred EUR 1,286.40
for the damage to your hire car's wing mirror and door (your excess
charged by the rental company) following the accident in Lübeck on
3 May 2026.

Payee: Harriet Cole
IBAN: GB35 NWBK 6016 1325 0405 84
Reference: KS-26-0020877

Depending on your bank, it may take three to five working days for
the money to arrive. Your bank may charge a fee for receiving a
payment in euros.

This closes the claim from our side. If you have further costs
related to the accident, please let us know within the next six months.

Kind regards

Jana Köhler
Motor Claims
Versicherer Allgemeine Versicherung AG, Hamburg
""")
    return finish(87, m)


# --- 0088 -----------------------------------------------------------------
@mail(88, "STRICTLY_CONFIDENTIAL", "en", "claimant-to-insurer",
      "British mother: son's injuries healed but nightmares and anxiety, child psychologist, therapy costs")
def m0088():
    m = new(88, "Emma Sutherland <emma.sutherland@expat-mail.example>",
            "Frauke Sievers <frauke.sievers@versicherer.example>",
            "Oliver Sutherland – your ref KS-26-0014002",
            dt(5, 27, 20, 48), client="gmail")
    body(m, """
Dear Ms Sievers,

thank you for your letter. The physical side is fine now: Oliver's
grazes have healed and the bruised hip doesn't bother him any more.

But I need to tell you that he is not the same boy since the
accident. He's 12 and used to cycle to school every day. Since the car
knocked him off his bike in March he refuses to get on it, has
nightmares two or three times a week and gets very upset when we have
to cross a busy road. His teacher has noticed he can't concentrate.

Our GP referred him to a child psychologist (Dr. Annegret Falk in
Eppendorf), who has seen him four times and thinks it is an anxiety
reaction to the accident. She recommends about 20 sessions. Our private
health insurance only covers part of it because the practice is not
contracted with them.

Can your company cover the remaining costs (about EUR 95 per session)?
I can send you her report if you need it.

Best wishes,
Emma Sutherland
Heilwigstraße 31, 20249 Hamburg
""")
    return finish(88, m)


# --- 0089 -----------------------------------------------------------------
@mail(89, "NORMAL", "en", "newsletter",
      "insurance market newsletter on motor rates and EV repair costs")
def m0089():
    m = new(89, "Motor Market Weekly <newsletter@motor-market-weekly.example>",
            "oliver.hensel@versicherer.example",
            "Motor Market Weekly #21: rate rises slow down, EV repair costs still climbing",
            dt(5, 28, 6, 15), client="none",
            headers=[("List-Unsubscribe", "<mailto:unsubscribe@motor-market-weekly.example>"),
                     ("Precedence", "bulk")])
    body(m, """
MOTOR MARKET WEEKLY #21

* German motor rates: the large carriers signal average increases of
  4-6 % for 2027, after double-digit rises in the last two renewals.
* EV repairs: average repair cost of battery-electric cars is 28 %
  above comparable combustion cars; calibration of sensors adds EUR
  300-600 per front-end repair.
* Spare parts: prices for body parts rose 7.2 % year on year.
* Theft: keyless theft of SUVs remains concentrated in a few
  metropolitan areas; recovery rates below 30 %.
* People: new Chief Claims Officer at a mid-sized mutual; two
  insurtech start-ups merge their claims platforms.

Subscribe / unsubscribe at motor-market-weekly.example
""", cte="7bit")
    return finish(89, m)


# --- 0090 -----------------------------------------------------------------
@mail(90, "CONFIDENTIAL", "de", "insurer-to-customer",
      "comprehensive claim after a hit-and-run by an unknown driver: named insured, plate, policy, payment, no injury")
def m0090():
    m = new(90, "Paul Ostermann <paul.ostermann@versicherer.example>",
            "Birte Claasen <birte.claasen@kuestenmail.example>",
            "Vollkasko KF-7731-226114 – Parkschaden durch Unbekannt",
            dt(6, 1, 9, 20))
    body(m, """
Sehr geehrte Frau Claasen,

Ihr Wagen (Renault Clio, HH-BC 2019) wurde zwischen dem 22. und dem
23.05. in der Hoheluftchaussee von einem unbekannten Fahrzeug
beschädigt, der Verursacher hat sich entfernt. Die Polizei hat Ihre
Anzeige unter dem Tagebuch-Nr. 230526-1147-044 aufgenommen; der Täter
wurde bisher nicht ermittelt.

Da der Verursacher unbekannt ist, regulieren wir den Schaden über Ihre
Vollkaskoversicherung:

Reparaturkosten lt. Rechnung Karosserie Alsterdorf     2.906,30 EUR
abzüglich Selbstbeteiligung                             -300,00 EUR
--------------------------------------------------------------------
Zahlung                                                 2.606,30 EUR

Wichtig: Ein Vollkaskoschaden führt zur Rückstufung Ihres
Schadenfreiheitsrabatts zum 01.01.2027 (von SF 8 auf SF 4). Sollte der
Verursacher doch noch ermittelt werden, nehmen wir bei ihm Regress und
die Rückstufung entfällt. Alternativ können Sie uns den Betrag
erstatten und den Schaden selbst tragen.

Mit freundlichen Grüßen
Paul Ostermann
Kraftfahrt-Schaden Kasko
""")
    return finish(90, m)


# --- 0091 -----------------------------------------------------------------
@mail(91, "STRICTLY_CONFIDENTIAL", "de", "internal",
      "recourse memo: insured fled the scene after hitting a cyclist, penal order for leaving the scene, cyclist's bruises")
def m0091():
    m = new(91, "Thomas Riedel <thomas.riedel@versicherer.example>",
            "Jonas Rieck <jonas.rieck@versicherer.example>",
            "KS-26-0011840 Marten – Regress wegen Unfallflucht",
            dt(6, 2, 15, 47))
    body(m, """
Hi Jonas,

die Ermittlungsakte im Fall Marten ist da. Ergebnis:

- Unser VN Herr Tobias Marten hat am 09.02. beim Abbiegen in
  Ottensen einen Radfahrer (Herrn Elias Brandt, 23) touchiert, ist
  kurz ausgestiegen und dann weitergefahren, ohne seine Personalien
  anzugeben. Eine Zeugin hat das Kennzeichen notiert.
- Gegen Herrn Marten ist ein Strafbefehl wegen unerlaubten Entfernens
  vom Unfallort (§ 142 StGB) ergangen: 40 Tagessätze, 3 Monate
  Fahrverbot. Er hat keinen Einspruch eingelegt.
- Herr Brandt hatte Prellungen an Hüfte und Ellenbogen und eine
  Schürfwunde am Knie; er war einmal beim Hausarzt, keine AU. Wir haben
  800 EUR Schmerzensgeld plus Fahrradreparatur gezahlt.

Unerlaubtes Entfernen ist eine vorsätzliche Obliegenheitsverletzung
nach AKB E.1.1.3. Ich nehme den VN in Regress, Obergrenze 2.500 EUR
(keine "besonders schwerwiegende" Verletzung, da der Schaden nicht
gewachsen ist). Bitte vermerk das in der Akte und gib mir Bescheid,
falls er sich bei dir meldet.

Gruß
Thomas
""")
    return finish(91, m)


# --- 0092 -----------------------------------------------------------------
@mail(92, "NORMAL", "de", "newsletter",
      "trap: partner-garage network newsletter on rates, airbag and high-voltage safety training, no customer")
def m0092():
    m = new(92, "Werkstattnetz Versicherer <werkstattnetz@versicherer.example>",
            "Partnerwerkstätten Nord <partnerwerkstaetten-nord@versicherer.example>",
            "Werkstattnetz-News Juni 2026",
            dt(6, 3, 7, 30),
            headers=[("Precedence", "bulk")])
    body(m, """
Werkstattnetz-News Juni 2026

1. Neue Partnerbetriebe
   Seit Mai verstärken uns Karosseriebau Hinsch (Buxtehude) und
   Autoservice Klüver (Bad Segeberg). Herzlich willkommen!

2. Verrechnungssätze ab 01.07.
   Mechanik 118 EUR, Karosserie 124 EUR, Lack 132 EUR je Stunde (netto).
   Die Anlage 3 zur Rahmenvereinbarung wird entsprechend angepasst.

3. Arbeitssicherheit
   Die Berufsgenossenschaft meldet für die Branche weiterhin
   Unfälle beim Ausbau nicht deaktivierter Airbags (Knalltraumata,
   Verbrennungen an den Händen) und bei Arbeiten an Hochvoltsystemen
   ohne Freischaltung. Bitte beachten Sie die DGUV-Information 209-093; unsere Fachschulung
   "Hochvolt Stufe 2S" am 24.09. hat noch freie Plätze.

4. Schadensteuerung
   Die Quote gesteuerter Kaskoschäden lag im Mai bei 38 %. Danke für
   die schnellen Rückmeldungen bei den Hagelschäden!

Ihr Team Werkstattnetz
""")
    return finish(92, m)


# --- 0093 -----------------------------------------------------------------
@mail(93, "CONFIDENTIAL", "en", "company-to-insurer",
      "fleet manager sends a quarterly list of vehicle damage with named drivers (XLSX), all property damage")
def m0093():
    m = new(93, "Richard Hale <richard.hale@brightline-services.example>",
            "flotte-schaden@versicherer.example",
            "Brightline Services GmbH – fleet damage list Q1-Q2 2026",
            dt(6, 4, 11, 11))
    body(m, """
Hello,

as agreed in our annual meeting, attached is our internal list of all
fleet incidents for January to May, including the small ones we did not
report to you because they were below the deductible. Could you please
match it against your claims records so we can close our books for H1?

Policy: FL-7731-004901, Brightline Services GmbH, Hamburg.
None of the incidents involved injuries.

Thanks and regards,
Richard Hale
Facility & Fleet Manager
Brightline Services GmbH
""", cte="7bit")
    x = make_xlsx([
        ("Incidents", [
            ["Date", "Plate", "Driver", "Location", "Description", "Reported to insurer", "Your claim no."],
            ["2026-01-09", "HH-BS 101", "Andreas Petersen", "Hamburg, Billstraße", "reversed into bollard", "no (below deductible)", ""],
            ["2026-01-27", "HH-BS 114", "Malin Krog", "A 7, Soltau", "stone chip windscreen", "yes", "KS-26-0008123"],
            ["2026-02-18", "HH-BS 107", "Yannick Seidel", "Lüneburg, customer site", "scratched gate of customer", "yes", "KS-26-0013904"],
            ["2026-03-04", "HH-BS 120", "Andreas Petersen", "Hamburg, Wandsbek", "side-swipe with parked car", "yes", "KS-26-0016650"],
            ["2026-04-22", "HH-BS 103", "Olga Baranowski", "Hamburg, depot", "door dent (unknown)", "no (below deductible)", ""],
            ["2026-05-12", "HH-BS 114", "Malin Krog", "Kiel, Hörn", "rear-ended at traffic light (third party at fault)", "yes", "KS-26-0022371"],
        ]),
    ], author="Richard Hale")
    attach(m, x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
           "Brightline_fleet_incidents_2026H1.xlsx")
    return finish(93, m)


# --- 0094 -----------------------------------------------------------------
@mail(94, "STRICTLY_CONFIDENTIAL", "de", "lawyer-to-insurer",
      "lawyer claims loss of earnings for a self-employed hairdresser unable to work after a wrist fracture, profits quoted")
def m0094():
    m = new(94, "Kanzlei Brandenburg & Yıldız <sekretariat@brandenburg-yildiz.example>",
            "kfz-schaden@versicherer.example",
            "KS-26-0005530 – Bielfeldt – Erwerbsschaden",
            dt(6, 5, 10, 3))
    body(m, """
Sehr geehrte Damen und Herren,

für unsere Mandantin, Frau Jessica Bielfeldt, Friseurmeisterin und
Inhaberin des Salons "Haarwerk" in Buxtehude, beziffern wir nunmehr den
Erwerbsschaden.

Unsere Mandantin hat sich bei dem Unfall vom 24.01.2026 eine distale
Radiusfraktur rechts zugezogen, die am 26.01. mit einer winkelstabilen
Platte versorgt wurde. Sie war bis zum 05.04.2026 vollständig und bis
zum 03.05.2026 zu 50 % arbeitsunfähig (Atteste Dr. Kruse anbei). Als
Rechtshänderin konnte sie in dieser Zeit nicht schneiden.

Der Salon wurde mit einer Aushilfe und der angestellten Gesellin
weitergeführt. Der Gewinn laut Einkommensteuerbescheiden betrug:

  2023: 46.820 EUR
  2024: 49.310 EUR
  2025: 51.040 EUR (vorläufige BWA)

Im Zeitraum Februar bis April 2026 ist der Umsatz gegenüber dem
Vorjahreszeitraum um 41 % gesunken; die Mehrkosten für die Aushilfe
betrugen 4.620 EUR. Den entgangenen Gewinn beziffern wir nach der
Aufstellung des Steuerberaters (Anlage) auf

  entgangener Gewinn   10.180 EUR
  Mehrkosten Aushilfe   4.620 EUR
  -------------------------------
  Erwerbsschaden       14.800 EUR

Die Metallentfernung ist für Januar 2027 geplant; einen weiteren
Ausfall von ca. zwei Wochen behalten wir uns vor.

Mit freundlichen Grüßen
Serkan Yıldız
Rechtsanwalt
""")
    return finish(94, m)


# --- 0095 -----------------------------------------------------------------
@mail(95, "NORMAL", "en", "internal",
      "trap: fraud-awareness quiz with staged-accident indicators and fictional scenarios")
def m0095():
    m = new(95, "Daniel Okoye <daniel.okoye@versicherer-group.example>",
            "Claims staff DE <claims-staff-de@versicherer.example>",
            "Fraud Awareness Week – 5-minute quiz",
            dt(6, 8, 9, 0))
    body(m, """
Hi everyone,

it's Fraud Awareness Week. Test yourself - answers on Friday.

1. A rear-end collision at night in an industrial area, no witnesses,
   the "victim" is driving an older luxury car with many previous
   repairs. Which indicators do you see? (name at least three)

2. True or false: the same doctor certifying neck injuries for several
   occupants in different claims is on its own proof of fraud.

3. A claimant sends photos taken with a phone. What can EXIF data tell
   you, and what must you consider before using it?

4. Which of these should make you look twice?
   a) the claimant insists on a cash settlement within days
   b) the repair shop is also the owner of the damaged car
   c) the claimant has a lawyer
   d) all passengers report identical symptoms in identical words

5. You suspect fraud in a file. Who do you inform first?

All scenarios are invented; any similarity to real files is accidental.

Daniel, Group Counter-Fraud
""", cte="7bit")
    return finish(95, m)


# --- 0096 -----------------------------------------------------------------
@mail(96, "CONFIDENTIAL", "de", "insurer-to-company",
      "e-scooter sharing operator insured with us: request for the named rider of a rental that scratched a car, no injury")
def m0096():
    m = new(96, "Jana Köhler <jana.koehler@versicherer.example>",
            "Schadenservice Flitz Mobility <schaden@flitz-mobility.example>",
            "KH E-Scooter Flotte FL-7731-005230 – Schaden KS-26-0025502",
            dt(6, 9, 13, 25))
    body(m, """
Sehr geehrter Herr Ahrens,

bei uns hat Herr Gregor Lindemann (Winterhude) einen Schaden an seinem
geparkten Tesla Model 3 (HH-GL 3030) gemeldet: Am 31.05. gegen 23 Uhr
soll ein E-Scooter Ihrer Flotte (Versicherungskennzeichen 447 AKB)
gegen die Fahrertür gefahren sein. Herr Lindemann hat den Vorfall vom
Balkon aus gesehen; der Fahrer sei weitergefahren, gestürzt sei er
nicht.

Bitte teilen Sie uns aus Ihren Ausleihdaten mit:
- Name und Anschrift der Person, die den Scooter 447 AKB zu dieser
  Zeit gemietet hatte,
- die GPS-Daten der Fahrt zwischen 22:45 und 23:15 Uhr.

Die Daten benötigen wir zur Prüfung des Anspruchs und eines möglichen
Regresses gegen den Fahrer. Übermitteln Sie sie bitte über das
SecureMail-Portal und nicht per normaler Mail.

Mit freundlichen Grüßen
Jana Köhler
Kraftfahrt-Schaden
Versicherer Allgemeine Versicherung AG
""")
    return finish(96, m)


# --- 0097 -----------------------------------------------------------------
@mail(97, "STRICTLY_CONFIDENTIAL", "de", "claimant-to-insurer",
      "short cover mail; the e-bike rider's ODT statement describes concussion, grazes and a broken helmet (attachment-only)")
def m0097():
    m = new(97, "Bernd Ohlsen <b.ohlsen@rentnerpost.example>",
            "kfz-schaden@versicherer.example",
            "Meine Stellungnahme zum Unfall 28.05.",
            dt(6, 10, 17, 2), client="tb")
    body(m, """
Sehr geehrte Damen und Herren,

wie gewünscht meine Schilderung des Unfalls, als Datei angehängt.

Mit freundlichen Grüßen
Bernd Ohlsen
""", flowed=True)
    d = make_odt([
        ("h", "Unfall vom 28.05.2026 – Schilderung von Bernd Ohlsen"),
        "Ich fuhr am 28.05.2026 gegen 10:15 Uhr mit meinem E-Bike auf dem Radweg der Fuhlsbüttler Straße "
        "stadtauswärts. Auf Höhe Hausnummer 402 öffnete sich plötzlich die Fahrertür eines geparkten grauen "
        "Kombis (Kennzeichen HH-RW 6637). Ich konnte nicht mehr bremsen und prallte mit der rechten Schulter "
        "und dem Kopf gegen die Tür.",
        "Ich trug einen Helm, der dabei gebrochen ist. Ich war kurz benommen und kann mich an die ersten "
        "Minuten nicht erinnern. Der Rettungsdienst brachte mich ins AK Barmbek, wo eine Gehirnerschütterung "
        "festgestellt wurde. Ich blieb zwei Nächte zur Überwachung. Außerdem habe ich Schürfwunden am rechten "
        "Arm und eine starke Prellung der rechten Schulter.",
        "Ich bin 64 Jahre alt und nehme wegen meines Herzens Blutverdünner (Marcumar); deshalb wurde zweimal ein "
        "CT vom Kopf gemacht. Es gab zum Glück keine Blutung.",
        "Seitdem habe ich immer wieder Kopfschmerzen und mir wird schwindelig, wenn ich mich schnell bücke. Rad "
        "gefahren bin ich seitdem nicht mehr.",
        "Sachschaden: E-Bike (Vorderrad, Lenker, Display) und Helm. Kaufbelege füge ich bei, sobald ich sie "
        "gefunden habe.",
        "Hamburg, 09.06.2026, Bernd Ohlsen",
    ])
    attach(m, d, "application/vnd.oasis.opendocument.text", "Stellungnahme_Ohlsen.odt")
    return finish(97, m)


# --- 0098 -----------------------------------------------------------------
@mail(98, "NORMAL", "de", "internal",
      "Christmas party invitation")
def m0098():
    m = new(98, "Festkomitee Schaden <festkomitee@versicherer.example>",
            "Schaden alle <schaden-alle@versicherer.example>",
            "Save the Date: Weihnachtsfeier Schaden am 11.12.",
            dt(11, 16, 12, 0))
    body(m, """
Ihr Lieben,

es ist wieder so weit: Die Weihnachtsfeier der Schadenbereiche findet
am Freitag, 11.12.2026, ab 17:30 Uhr im "Elbspeicher" statt.

Es gibt Buffet (vegetarisch/vegan gekennzeichnet), eine kleine
Tombola und später Musik. Wer Lust hat, beim Wichteln mitzumachen:
Limit 10 Euro, Geschenk bitte bis 09.12. bei Birgit abgeben.

Anmeldung bis 27.11. über die Umfrage im Intranet.

Euer Festkomitee
""")
    return finish(98, m)


# --- 0099 -----------------------------------------------------------------
@mail(99, "CONFIDENTIAL", "de", "insurer-to-customer",
      "driver not in the named-driver list: son's birth date and licence date, contract penalty, property claim")
def m0099():
    m = new(99, "Kundenservice Kfz <kfz-service@versicherer.example>",
            "Andrea Mohr <andrea.mohr@gartenweg.example>",
            "Kfz-Vertrag KF-7731-209958 – Angaben zum Fahrer beim Schaden KS-26-0023390",
            dt(6, 11, 10, 16))
    body(m, """
Sehr geehrte Frau Mohr,

zu dem Parkschaden vom 02.06.2026 haben Sie uns mitgeteilt, dass Ihr
Sohn Finn Mohr, geb. 03.03.2007, den Wagen gefahren hat
(Führerschein seit 04/2025).

In Ihrem Vertrag ist als Fahrerkreis "nur Versicherungsnehmerin und
Partner, alle Fahrer ab 25 Jahre" vereinbart. Ihr Sohn gehört nicht
dazu. Den Schaden des Gegners (1.120,80 EUR) regulieren wir trotzdem,
denn gegenüber dem Geschädigten besteht voller Versicherungsschutz.

Nach AKB K.2 ist für die falsche Angabe zum Fahrerkreis eine
Vertragsstrafe in Höhe eines Jahresbeitrags (hier 684,30 EUR) fällig.
Alternativ können Sie den Fahrerkreis rückwirkend ab Führerscheindatum
Ihres Sohnes anpassen; dann berechnen wir nur den Mehrbeitrag
(anteilig 412,10 EUR).

Bitte teilen Sie uns bis 30.06. mit, welche Variante Sie wählen.

Mit freundlichen Grüßen
Ihr Kundenservice Kfz
Versicherer Allgemeine Versicherung AG
""")
    return finish(99, m)


# --- 0100 -----------------------------------------------------------------
@mail(100, "STRICTLY_CONFIDENTIAL", "de", "medical-expert-to-insurer",
      "medical expert's invoice for an opinion on a named claimant: GOÄ items, X-ray review, examination")
def m0100():
    m = new(100, "Gutachtenpraxis Dr. Sandmann <praxis@gutachten-sandmann.example>",
            "Frauke Sievers <frauke.sievers@versicherer.example>",
            "Liquidation Gutachten Giese, Marco – Ihr Zeichen KS-25-0388104",
            dt(6, 12, 11, 45))
    body(m, """
Sehr geehrte Frau Sievers,

das Gutachten über Herrn Marco Giese ist Ihnen am 08.06. über das Portal
zugegangen. Nachstehend unsere Liquidation:

Untersuchung am 27.05.2026, Gutachten vom 05.06.2026
Diagnose: Z. n. Tibiakopffraktur rechts, Plattenosteosynthese;
beginnende posttraumatische Gonarthrose rechts; Streckdefizit 10°.

GOÄ     Leistung                                       Faktor   Betrag
1       Beratung                                        2,3     10,72
7       Untersuchung Stütz-/Bewegungsorgane             2,3     21,45
5255    Röntgen Kniegelenk rechts, 2 Ebenen             1,8     29,37
5255    Röntgen Kniegelenk links (Vergleich)            1,8     29,37
--      Auswertung Fremdaufnahmen (CT, 6 Serien)        pausch. 60,00
--      Gutachten nach Vereinbarung, Kat. II            pausch. 950,00
--      Schreibgebühren, 24 Seiten                      pausch. 84,00
--      Porto/Portal                                    pausch.  4,50
                                                       ---------------
                                                       Summe 1.189,41 EUR

Gutachten für Versicherungen dienen keinem therapeutischen Zweck und
sind daher umsatzsteuerpflichtig:
                                                 zzgl. 19 % USt. 225,99 EUR
                                                       Gesamt 1.415,40 EUR

Bitte überweisen Sie auf das Praxiskonto bei der Deutschen Apotheker-
und Ärztebank, IBAN DE07 3002 0900 2160 9157 03.

Mit freundlichen Grüßen
Praxisverwaltung Dr. med. Ulrich Sandmann
""")
    return finish(100, m)


# --- 0101 -----------------------------------------------------------------
@mail(101, "NORMAL", "en", "insurer-to-press",
      "trap: press release on storm claims with aggregate numbers of injured people, no individual")
def m0101():
    m = new(101, "Press Office <presse@versicherer.example>",
            "Newsdesk Northern Business Review <newsdesk@nbr-news.example>",
            "Press release: Versicherer settles 9,400 storm claims after 'Quirin'",
            dt(6, 15, 10, 0))
    body(m, """
PRESS RELEASE – for immediate publication

Versicherer settles 9,400 storm claims after "Quirin"

Hamburg, 15 June 2026 – Three months after storm "Quirin" swept across
northern Germany, Versicherer Allgemeine Versicherung AG has settled
more than 9,400 claims with payments of EUR 48 million.

* Buildings: 6,100 claims, mostly roofs and facades
* Motor (partial cover): 2,900 claims, mainly falling branches and
  roof tiles on parked cars
* Liability: 410 claims, including 12 claims for personal injury
  caused by falling roof tiles, branches or scaffolding

"Where people were hurt, we contacted them personally and offered
quick advance payments," said Oliver Hensel, Head of Motor Claims.
"For property owners the message is clear: a well-maintained roof is
the best protection – and liability cover pays if someone is injured
despite all precautions."

About Versicherer: Versicherer Allgemeine Versicherung AG is a
composite insurer based in Hamburg with 2.1 million customers.

Press contact: Svenja Kortmann, +49 40 8890-1010,
presse@versicherer.example
""")
    return finish(101, m)


# --- 0102 -----------------------------------------------------------------
@mail(102, "CONFIDENTIAL", "de", "broker-to-insurer",
      "broker's XLSX of open motor claims of his clients with names, plates and claim numbers; property damage only")
def m0102():
    m = new(102, "Olaf Petersen <o.petersen@hanse-assekuranz.example>",
            "maklerbetreuung@versicherer.example",
            "Offene Schäden Hanse Assekuranz – Abgleich Juni",
            dt(6, 16, 9, 12))
    body(m, """
Hallo Frau Jürgens,

wie jeden Monat unsere Liste der offenen Kfz-Schäden unserer Kunden bei
Ihnen. Könnten Sie bitte den Stand eintragen (Spalte G) und mir die
Datei zurückschicken? Bei den gelb markierten warten die Kunden schon
ziemlich lange.

Danke und Gruß
Olaf Petersen

Hanse Assekuranz Makler GmbH
Mönckebergstraße 11 · 20095 Hamburg
""")
    x = make_xlsx([
        ("offen", [
            ["Kunde", "Vertrag", "Schaden-Nr.", "Kennzeichen", "Schadentag", "Art", "Stand Versicherer"],
            ["Ingrid Matthiesen", "KF-7731-188204", "KS-26-0010087", "PI-IM 88", "2026-01-29", "VK Hagel", ""],
            ["Frank Oldenburg", "KF-7731-201630", "KS-26-0019944", "HH-FO 210", "2026-04-03", "KH Parkschaden", ""],
            ["Elif Şahin", "KF-7731-224118", "KS-26-0021320", "HH-ES 77", "2026-04-19", "TK Glas", ""],
            ["Reinhard Kluge", "KF-7731-176502", "KS-26-0022840", "SE-RK 1951", "2026-05-06", "VK Wildunfall", ""],
            ["Tanja Westermann", "KF-7731-219880", "KS-26-0024116", "HH-TW 404", "2026-05-22", "KH Auffahrunfall (Sachschaden)", ""],
        ]),
    ], author="Hanse Assekuranz")
    attach(m, x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
           "Offene_Schaeden_2026-06.xlsx")
    return finish(102, m)


# --- 0103 -----------------------------------------------------------------
@mail(103, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker",
      "update to the broker on a minibus accident: named injured passengers with fractures and hospital stays")
def m0103():
    m = new(103, "Markus Brandt <markus.brandt@versicherer.example>",
            "Sofia Lindqvist <sofia.lindqvist@lindqvist-brokers.example>",
            "RE: Hanseatic Tours GmbH – minibus accident 5 June – KS-26-0025870",
            dt(6, 17, 16, 28),
            irt="<LB-20260612-0933@lindqvist-brokers.example>")
    body(m, """
Dear Ms Lindqvist,

thank you for your patience. Here is where we stand on the accident of
your client's minibus (HH-HT 912) near Büsum on 5 June:

Liability: the minibus driver misjudged the bend and the vehicle
overturned onto its side. Third-party liability lies with your client's
policy; there is no other vehicle involved.

Passengers (a group of eight on a day trip):
- Mrs Ursula Kramer (71): fractured pelvis, still in hospital in Heide,
  transfer to rehab expected next week.
- Mr Heinz Kramer (74): broken ribs and a collapsed lung, discharged on
  12 June.
- Mrs Edith Albers (69): fractured right wrist, operated on, outpatient.
- Five passengers with cuts and bruises, treated and discharged on the
  day.
- The driver, Mr Lars Holm, had a concussion; his claim goes to the
  employers' liability insurance association, not to us.

We have reserved EUR 180,000 for the passengers' claims and have
contacted the families directly. Please ask your client not to discuss
compensation with the passengers, and to send us the tachograph data
and the vehicle's last inspection report.

Kind regards
Markus Brandt
Head of Bodily Injury Claims, Motor
Versicherer Allgemeine Versicherung AG
""")
    return finish(103, m)


# --- 0104 -----------------------------------------------------------------
@mail(104, "NORMAL", "en", "insurer-to-lawyer",
      "technical mail exchanging S/MIME certificates with a UK law firm, no case content")
def m0104():
    m = new(104, "SecureMail Administration <securemail-admin@versicherer.example>",
            "IT Support Harcourt Bell <itsupport@harcourt-bell.example>",
            "S/MIME certificate exchange – Versicherer Allgemeine / Harcourt Bell LLP",
            dt(6, 18, 11, 0))
    body(m, """
Hello,

one of your solicitors asked us to set up encrypted e-mail between your
firm and our claims departments.

We use a domain certificate for versicherer.example (gateway-to-gateway
S/MIME). Our public certificate can be downloaded at
https://securemail.versicherer.example/certs/versicherer-example-2026.pem
SHA-256 fingerprint:
  4F:1A:9C:22:7B:E0:5D:81:36:AA:0C:F4:92:1E:7D:53:
  B8:61:0A:2F:9D:47:E3:5C:18:7A:C2:90:0E:64:B1:3D

Please send us your firm's certificate (or the certificates of the
individual mailboxes) as a .cer/.pem file, or simply send a signed
e-mail to this address. Until then, please continue to use our
SecureMail portal for documents.

Best regards
SecureMail Administration
Versicherer Allgemeine Versicherung AG
""")
    return finish(104, m)


# --- 0105 -----------------------------------------------------------------
@mail(105, "CONFIDENTIAL", "de", "supplier-to-insurer",
      "glass company's direct invoice for a windscreen replacement: customer name, plate, policy")
def m0105():
    m = new(105, "Glas-Express Nord Abrechnung <abrechnung@glas-express-nord.example>",
            "kasko-abrechnung@versicherer.example",
            "Direktabrechnung Scheibentausch – Auftrag 26-11873 – Vertrag KF-7731-230071",
            dt(6, 19, 8, 44), client="none")
    body(m, """
Direktabrechnung Glasschaden

Auftrag:            26-11873
Datum Einbau:       18.06.2026, Filiale Hamburg-Wandsbek
Versicherungsnehmer: Herr Lennart Voigt, Rahlstedter Str. 160, 22143 Hamburg
Vertrag:            KF-7731-230071 (Teilkasko, SB 150 EUR)
Fahrzeug:           VW Golf VIII, HH-LV 3390, FIN WVWZZZCDZNW118204
Schadentag:         14.06.2026 (Steinschlag A 24, Riss vom Rand ausgehend)

Leistung                                           netto
Windschutzscheibe OE-Qualität mit Regensensor     612,00
Montage inkl. Kleberset                           168,00
Kalibrierung Frontkamera (ADAS)                   149,00
Entsorgung Altglas                                 12,00
-----------------------------------------------------------
Summe netto                                       941,00
MwSt. 19 %                                        178,79
Summe brutto                                    1.119,79
abzgl. Selbstbeteiligung (vom Kunden bezahlt)    -150,00
Rechnungsbetrag an Versicherer                    969,79

Abtretungserklärung des Kunden liegt vor (Scan im Portal).

Glas-Express Nord GmbH · Ahrensburger Straße 52 · 22041 Hamburg
""")
    return finish(105, m)


# --- 0106 -----------------------------------------------------------------
@mail(106, "STRICTLY_CONFIDENTIAL", "de", "lawyer-to-insurer",
      "body says only 'Unterlagen anbei'; ZIP holds power of attorney, doctor's certificate (PDF) and physio invoice (CSV)")
def m0106():
    m = new(106, "RA Dr. Felix Hollmann <hollmann@kanzlei-hollmann.example>",
            "kfz-schaden@versicherer.example",
            "26/0041 Kröger – Unterlagen",
            dt(6, 22, 14, 3))
    body(m, """
Sehr geehrte Damen und Herren,

wie angekündigt erhalten Sie anbei die Unterlagen.

Mit freundlichen Grüßen
Dr. Hollmann
Rechtsanwalt

Hollmann & Partner Rechtsanwälte PartG mbB · Oldenburg
""")
    vollmacht = make_pdf([
        "# Vollmacht",
        "Hiermit wird Rechtsanwalt Dr. Felix Hollmann, Hollmann & Partner, Oldenburg,",
        "in Sachen Verkehrsunfall vom 12.01.2026 (Kröger ./. Versicherer Allgemeine)",
        "Vollmacht zur außergerichtlichen und gerichtlichen Vertretung erteilt.",
        "",
        "Oldenburg, 14.01.2026",
        "gez. Sabine Kröger",
    ], title="Vollmacht", author="Hollmann & Partner")
    attest = make_pdf([
        "# Ärztliches Attest",
        "Praxis Dr. med. Annika Sprenger, Fachärztin für Allgemeinmedizin, Oldenburg",
        "",
        "Patientin: Sabine Kröger, geb. 17.04.1983",
        "",
        "Frau Kröger stellte sich am 13.01.2026 nach einem Auffahrunfall vom Vortag vor.",
        "Befund: Druckschmerz der paravertebralen Muskulatur C3-C7 beidseits, Rotation der HWS",
        "schmerzhaft eingeschränkt (rechts 40°, links 45°), Kopfschmerzen occipital.",
        "Röntgen HWS (Klinikum, 12.01.2026): keine knöcherne Verletzung, Steilstellung.",
        "",
        "Diagnose: S13.4 G  Verstauchung und Zerrung der Halswirbelsäule",
        "",
        "Therapie: Ibuprofen 600 mg bei Bedarf, Krankengymnastik 6 x verordnet.",
        "Arbeitsunfähigkeit vom 12.01.2026 bis 30.01.2026.",
        "Behandlung am 17.02.2026 abgeschlossen, Patientin beschwerdefrei.",
        "",
        "Oldenburg, 20.02.2026",
    ], title="Attest", author="Dr. med. Annika Sprenger")
    physio = """Rechnung;Patientin;Datum;Leistung;Heilmittelpos.;Betrag;Zuzahlung Patientin
PR-2026-0117;Kröger, Sabine;19.01.2026;Krankengymnastik;X0501;27,40;3,14
PR-2026-0117;Kröger, Sabine;22.01.2026;Krankengymnastik;X0501;27,40;3,14
PR-2026-0117;Kröger, Sabine;26.01.2026;Krankengymnastik;X0501;27,40;3,14
PR-2026-0117;Kröger, Sabine;29.01.2026;Krankengymnastik;X0501;27,40;3,14
PR-2026-0117;Kröger, Sabine;02.02.2026;Krankengymnastik;X0501;27,40;3,14
PR-2026-0117;Kröger, Sabine;05.02.2026;Krankengymnastik;X0501;27,40;3,14
PR-2026-0117;Kröger, Sabine;;Verordnungsgebühr;;;10,00
"""
    z = make_zip([("Vollmacht_Kroeger.pdf", vollmacht),
                  ("Attest_Dr_Sprenger.pdf", attest),
                  ("Physio_Zuzahlungen.csv", physio.replace("\n", "\r\n").encode("windows-1252"))])
    attach(m, z, "application/zip", "Kroeger_Unterlagen.zip")
    return finish(106, m)


# --- 0107 -----------------------------------------------------------------
@mail(107, "NORMAL", "de", "internal",
      "trap: synthetic test data (CSV) for the new claims system with 'Mustermann (fiktiv)', ICD codes and published example IBANs")
def m0107():
    m = new(107, "Lukas Jansen <lukas.jansen@versicherer.example>",
            "Projekt ClaimCenter 11 <projekt-cc11@versicherer.example>",
            "Testdaten Personenschaden für Sprint 14",
            dt(6, 23, 10, 30))
    body(m, """
Hallo Projektteam,

für die Tests der neuen Personenschaden-Maske (Sprint 14) habe ich
synthetische Testfälle gebaut. Alle Personen sind erfunden, die IBANs
sind die öffentlich bekannten Beispiel-IBANs aus der Bankendokumentation,
die Schadennummern liegen im Testnummernkreis 99-xxxx.

Bitte nur in der Testumgebung CC11-TEST einspielen, niemals in
Produktion, und keine echten Daten "zum Testen" ergänzen.

Gruß
Lukas
""")
    csvt = """testfall;schadennummer;name;vorname;geburtsdatum;rolle;diagnose_icd;diagnose_text;iban;hinweis
T01;KS-99-000001;Mustermann (fiktiv);Max;01.01.1980;Anspruchsteller;S13.4;Distorsion HWS;DE02120300000000202051;synthetisch
T02;KS-99-000002;Musterfrau (fiktiv);Erika;12.08.1964;Fußgängerin;S72.00;Schenkelhalsfraktur;DE89370400440532013000;synthetisch
T03;KS-99-000003;Beispiel (fiktiv);Paul;30.06.2010;Radfahrer (Kind);S52.50;distale Radiusfraktur;DE02100100100006820101;synthetisch
T04;KS-99-000004;Test (fiktiv);Tanja;15.05.1992;Insassin;S06.0;Gehirnerschütterung;DE02120300000000202051;synthetisch
T05;KS-99-000005;Dummy (fiktiv);Otto;;Verstorbener;T07;Polytrauma;;Testfall Hinterbliebenengeld
"""
    attach_text(m, csvt, "csv", "testdaten_personenschaden_sprint14.csv")
    return finish(107, m)


# --- 0108 -----------------------------------------------------------------
@mail(108, "CONFIDENTIAL", "de", "lawyer-to-insurer",
      "taxi owner's loss of income while his cab was repaired: takings and profit figures, property damage only")
def m0108():
    m = new(108, "RA Matthias Grote <grote@verkehrsrecht-grote.example>",
            "kfz-schaden@versicherer.example",
            "Taxi HH-TX 1271 / Ihr Az. KS-26-0021950 – Verdienstausfall",
            dt(6, 24, 11, 18))
    body(m, """
Sehr geehrte Damen und Herren,

unser Mandant, Herr Haluk Demirci, betreibt als Einzelunternehmer ein
Taxi (Mercedes E 220d, HH-TX 1271). Nach dem von Ihrer
Versicherungsnehmerin verschuldeten Unfall vom 12.05.2026 (Auffahren an
der Ampel Sievekingplatz; verletzt wurde niemand) stand das Taxi vom
12.05. bis 29.05.2026 in der Werkstatt, also 18 Tage.

Ein Ersatztaxi war nicht zu beschaffen. Anstelle von Mietwagenkosten
macht unser Mandant daher den Verdienstausfall geltend:

Durchschnittliche Tageseinnahmen lt. Taxameter-Auswertung
Januar bis April 2026 (96 Schichten):            312,40 EUR
abzüglich ersparter Kosten (Kraftstoff,
variable Kosten, lt. Steuerberater 38 %):       -118,71 EUR
Nettoverdienst je Schichttag:                    193,69 EUR
x 15 Schichttage (6-Tage-Woche)               2.905,35 EUR

Zum Nachweis fügen wir die Gewinnermittlung 2025 (Gewinn 34.870 EUR),
die Taxameter-Ausdrucke und die Bestätigung des Steuerberaters bei.

Wir bitten um Ausgleich bis zum 15.07.2026.

Mit freundlichen Grüßen
Matthias Grote
Rechtsanwalt
""")
    return finish(108, m)


# --- 0109 -----------------------------------------------------------------
@mail(109, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-lawyer",
      "reply to a US attorney on a dog bite: visitor's forearm bite, infection, IV antibiotics; German damages explained")
def m0109():
    m = new(109, "Selin Aydın <selin.aydin@versicherer.example>",
            "Brian Castellano <bcastellano@castellano-injury-law.example>",
            "Your client Ms Kayla Brooks – dog bite Hamburg 14 May 2026 – our ref HS-26-0043315",
            dt(6, 25, 16, 40))
    body(m, """
Dear Mr Castellano,

thank you for your letter of 9 June. We insure the owner of the dog
under a German dog-owner's liability policy and accept that our
insured is liable for the bite your client suffered while visiting
friends in Hamburg-Blankenese on 14 May.

From the records you sent we understand that Ms Brooks had two
puncture wounds and a laceration on her right forearm, that the wound
became infected after three days and that she was admitted to hospital
for four days of intravenous antibiotics before her flight home. She
has a visible scar of about 6 cm and reports numbness near the wrist.

Please note that German law applies to this claim. German courts award
considerably lower amounts for pain and suffering than US juries; for
comparable injuries awards usually range between EUR 3,000 and
EUR 6,000, and punitive damages are not available. The demand of
USD 250,000 in your letter is therefore not a basis for negotiation.

We will of course pay:
  - the hospital and medical costs not covered by her health insurance,
  - documented additional travel costs (rebooked flight),
  - reasonable pain and suffering.

To assess the nerve symptoms, please send the report of her
neurologist and any nerve conduction study, together with a signed
authorisation (HIPAA form is acceptable).

Yours sincerely,
Selin Aydın
Liability Claims
Versicherer Allgemeine Versicherung AG, Hamburg, Germany
""")
    return finish(109, m)


# --- 0110 -----------------------------------------------------------------
@mail(110, "NORMAL", "en", "auto-reply",
      "English out-of-office auto-reply from a rental firm's account manager")
def m0110():
    m = new(110, "Mark Ellison <mark.ellison@eurodrive-rental.example>",
            "Paul Ostermann <paul.ostermann@versicherer.example>",
            "Automatic reply: Quarterly business review – May?",
            dt(6, 26, 7, 2),
            headers=[("Auto-Submitted", "auto-replied"),
                     ("X-Auto-Response-Suppress", "All")])
    body(m, """
Thank you for your e-mail. I am out of the office until 13 July with
limited access to e-mail. For urgent matters please contact our
insurance desk at insurance.desk@eurodrive-rental.example or
+49 69 555 3300.

Kind regards,
Mark Ellison
""", cte="7bit")
    return finish(110, m)


# --- 0111 -----------------------------------------------------------------
@mail(111, "CONFIDENTIAL", "de", "assessor-to-insurer",
      "motor assessor's fee invoice for a named owner's report: plate, claim number, fee table")
def m0111():
    m = new(111, "Kfz-Sachverständigenbüro Bünger <buero@sv-buenger.example>",
            "kfz-schaden@versicherer.example",
            "Rechnung SV-26-1840 – Gutachten Albers – Ihr Az. KS-26-0013390",
            dt(6, 29, 12, 55))
    body(m, """
Sehr geehrte Damen und Herren,

für das Schadengutachten zum Fahrzeug von Herrn Kevin Albers (BMW 320d,
HH-KA 1907), erstellt im Auftrag des Geschädigten, berechnen wir nach
Abtretung:

Grundhonorar (Reparaturkosten netto 4.044,07 EUR)
nach BVSK-Honorarbefragung, HB V Korridor          642,00 EUR
Fahrtkosten (22 km à 0,70 EUR)                       15,40 EUR
Lichtbilder 18 Stück à 2,00 EUR                      36,00 EUR
Schreibkosten / Kopien                               30,00 EUR
Porto / Telekommunikation                            15,00 EUR
-------------------------------------------------------------
Summe netto                                         738,40 EUR
MwSt. 19 %                                          140,30 EUR
Summe brutto                                        878,70 EUR

Bereits gezahlt lt. Ihrer Abrechnung mit RAin Scholz: 861,16 EUR.
Offene Differenz:                                    17,54 EUR

Wir bitten um Ausgleich der Differenz.

Mit freundlichen Grüßen
Jörg Bünger
Kfz-Sachverständiger
""")
    return finish(111, m)


# --- 0112 -----------------------------------------------------------------
@mail(112, "STRICTLY_CONFIDENTIAL", "de", "claimant-to-insurer",
      "daughter of a pedestrian who died weeks after the accident: fracture, pneumonia, death; funeral costs")
def m0112():
    m = new(112, "Martina Ruge-Scholz <martina.ruge@familienpost.example>",
            "kfz-schaden@versicherer.example",
            "Mein Vater Walter Ruge – Unfall am 19.05. – Beerdigungskosten",
            dt(6, 30, 19, 22))
    body(m, """
Sehr geehrte Damen und Herren,

mein Vater, Walter Ruge, wurde am 19. Mai an der Fußgängerampel in
Rahlstedt von einem Auto erfasst, das bei Ihnen versichert ist
(Schadennummer laut Polizei KS-26-0023155). Er hatte sich dabei den
Oberschenkel gebrochen und wurde im Krankenhaus operiert.

Nach der Operation hat er sich nicht mehr erholt. Er bekam eine
Lungenentzündung, war ab dem 3. Juni auf der Intensivstation und ist
am 9. Juni gestorben. Er war 86, aber vor dem Unfall noch völlig
selbständig, hat allein gewohnt und ist jeden Tag spazieren gegangen.
Die Ärzte haben uns gesagt, dass die Lungenentzündung eine Folge der
Operation und der Bettlägerigkeit war.

Die Beerdigung war am 19. Juni. Ich habe die Rechnungen bezahlt:
Bestattungsinstitut 6.480 EUR, Friedhofsgebühren 2.150 EUR, Trauerfeier
und Anzeige 910 EUR. Ich bin die einzige Tochter und Erbin.

Bitte teilen Sie mir mit, was Sie von mir brauchen. Die Sterbeurkunde
und den Erbschein kann ich schicken.

Mit freundlichen Grüßen
Martina Ruge-Scholz
Sieker Landstraße 41, 22143 Hamburg
""")
    return finish(112, m)


# --- 0113 -----------------------------------------------------------------
@mail(113, "NORMAL", "de", "newsletter",
      "trap: traffic-law congress announcement with working groups on shock injuries and alcohol interlocks")
def m0113():
    m = new(113, "Verkehrsrechtstag Nord <info@verkehrsrechtstag-nord.example>",
            "recht-schaden@versicherer.example",
            "Programm 12. Verkehrsrechtstag Nord – Anmeldung geöffnet",
            dt(7, 1, 8, 0), client="none",
            headers=[("List-Unsubscribe", "<https://verkehrsrechtstag-nord.example/abmelden>"),
                     ("Precedence", "bulk")])
    body(m, """
12. Verkehrsrechtstag Nord, 24.–25. September 2026, Lübeck

Arbeitskreise:

AK I    Schmerzensgeld bei psychischen Unfallfolgen – Schockschaden,
        PTBS und die Abgrenzung zur Vorerkrankung
AK II   Alkohol-Interlock statt Fahrerlaubnisentzug?
AK III  Haftung bei Unfällen mit Pedelecs und E-Scootern
AK IV   Der Haushaltsführungsschaden in der Praxis – Tabellen oder
        konkrete Berechnung?
AK V    Automatisiertes Fahren: Wer haftet, wenn der Autopilot bremst?
AK VI   Medizinische Begutachtung im Verkehrsrecht – Qualität und
        Kosten

Anmeldung und Gebühren: verkehrsrechtstag-nord.example/anmeldung
Frühbucherpreis bis 31.07.2026.

Sie erhalten diese Nachricht, weil Sie sich für unseren Newsletter
angemeldet haben.
""")
    return finish(113, m)


# --- 0114 -----------------------------------------------------------------
@mail(114, "CONFIDENTIAL", "en", "insurer-to-customer",
      "personal liability in English: insured's golf ball broke a windscreen in the club car park; names, policy, no injury")
def m0114():
    m = new(114, "Selin Aydın <selin.aydin@versicherer.example>",
            "Nigel Pratt <nigel.pratt@pratt-family.example>",
            "Your personal liability policy PH-5520-180015 – golf ball damage",
            dt(7, 2, 10, 12))
    body(m, """
Dear Mr Pratt,

thank you for reporting the incident at Golfclub Am Sachsenwald on
27 June. As we understand it, your tee shot on the 4th hole was hooked
over the fence and struck the windscreen of a car parked in the club
car park (Audi Q5, registration RZ-HM 880, owner Mr Hendrik Möller).
Nobody was in the car or near it.

Golf is covered under your personal liability policy. Under German case
law a golfer is not automatically liable for every stray ball; the car
park is next to the fairway and the club has put up a warning sign.
We will therefore check whether the club shares responsibility.

For the time being we will pay Mr Möller's windscreen replacement
(EUR 1,380.00 according to the invoice he sent us) directly to him and
settle any share with the club afterwards. You have a deductible of
EUR 150, which we will invoice to you separately.

Kind regards
Selin Aydın
Liability Claims
Versicherer Allgemeine Versicherung AG
""")
    return finish(114, m)


# --- 0115 -----------------------------------------------------------------
@mail(115, "STRICTLY_CONFIDENTIAL", "de", "rehab-to-insurer",
      "rehab manager's progress report (PDF) on a paraplegic claimant: wheelchair, home and car adaptation, mood")
def m0115():
    m = new(115, "Reha-Management Nord <fallmanagement@reha-nord.example>",
            "Markus Brandt <markus.brandt@versicherer.example>",
            "Zwischenbericht 2 – Fall RN-26-0112 – Ihr Az. KS-26-0007722",
            dt(7, 3, 13, 33))
    body(m, """
Sehr geehrter Herr Brandt,

anbei unser zweiter Zwischenbericht. Die Fallkonferenz schlagen wir für
die KW 30 in der Klinik vor; Herr Reuter und seine Partnerin sind
einverstanden.

Mit freundlichen Grüßen
Claudia Nissen
Reha-Fallmanagerin
Reha-Management Nord GmbH
""")
    pdf = make_pdf([
        "# Reha-Management Nord GmbH - Zwischenbericht 2",
        "Fall RN-26-0112 | Auftraggeber: Versicherer Allgemeine, KS-26-0007722",
        "Rehabilitand: Daniel Reuter, 27 Jahre | Berichtszeitraum: 01.04. - 30.06.2026",
        "",
        "# Medizinischer Verlauf",
        "Querschnittlähmung sub Th11 (ASIA A) nach Berstungsfraktur BWK 12, dorsale Stabilisierung.",
        "Seit 04/2026 Mobilisation im Aktivrollstuhl, Transfers selbständig. Blasen- und",
        "Darmmanagement mit intermittierendem Selbstkatheterismus erlernt. Dekubitus sakral",
        "im Mai abgeheilt. Entlassung aus dem Querschnittzentrum für 08/2026 geplant.",
        "",
        "# Psychosoziale Situation",
        "Herr Reuter wirkt motiviert, berichtet aber über Phasen von Niedergeschlagenheit;",
        "psychologische Begleitung durch die Klinik läuft (1 x wöchentlich). Partnerin",
        "unterstützt stark, ist jedoch selbst belastet.",
        "",
        "# Wohnen und Mobilität",
        "Bisherige Wohnung (2. OG ohne Aufzug) ungeeignet. Barrierefreie Wohnung in",
        "Bad Schwartau in Aussicht (Mietbeginn 09/2026). Umbaukosten Bad ca. 18.000 EUR.",
        "Fahrschule für Handgas ab 09/2026; Fahrzeugumbau (Handbediengerät,",
        "Rollstuhlverladehilfe) ca. 24.000 EUR, Angebot liegt bei.",
        "",
        "# Beruf",
        "Rückkehr als Elektroinstallateur auf Baustellen ausgeschlossen. Interesse an",
        "Weiterbildung zum Techniker (Gebäudeautomation); Beratung durch die Agentur für",
        "Arbeit ist terminiert.",
        "",
        "# Empfehlungen",
        "1. Kostenzusage Umbau Bad und Fahrzeug.",
        "2. Übernahme Fahrschule.",
        "3. Psychologische Weiterbetreuung nach Entlassung (ca. 25 Sitzungen).",
    ], title="Zwischenbericht 2 RN-26-0112", author="Reha-Management Nord")
    attach(m, pdf, "application/pdf", "RN-26-0112_Zwischenbericht_2.pdf")
    return finish(115, m)


# --- 0116 -----------------------------------------------------------------
@mail(116, "NORMAL", "de", "supplier-to-insurer",
      "trap: towing company's monthly standby invoice with counts of rescues 'mit Verletzten', company IBAN, no case")
def m0116():
    m = new(116, "Abschleppdienst Elbe Buchhaltung <buchhaltung@abschlepp-elbe.example>",
            "eingangsrechnungen@versicherer.example",
            "Rechnung 2026-06-BP Bereitschaftspauschale Juni",
            dt(7, 3, 9, 10))
    body(m, """
Sehr geehrte Damen und Herren,

gemäß Rahmenvertrag Pannen- und Unfallhilfe berechnen wir für Juni 2026:

Bereitschaftspauschale 24/7 (Hamburg + Umland)       4.800,00 EUR
Einsätze im Monat (Abrechnung erfolgt je Schaden separat):
  - Pannenhilfe vor Ort                         214
  - Abschleppen nach Unfall                      97
  - Bergung nach Unfall mit Verletzten
    (Einsatz mit Polizei/Rettungsdienst)         11
  - Schwerlastbergung                             2

Summe netto                                           4.800,00 EUR
USt. 19 %                                               912,00 EUR
Rechnungsbetrag                                       5.712,00 EUR

Zahlbar bis 17.07.2026 auf Abschleppdienst Elbe GmbH,
IBAN DE21 2505 0180 3617 2195 45.

Mit freundlichen Grüßen
Buchhaltung
Abschleppdienst Elbe GmbH · Am Moorkanal 14 · 21079 Hamburg
""")
    return finish(116, m)


# --- 0117 -----------------------------------------------------------------
@mail(117, "CONFIDENTIAL", "de", "insurer-to-garage",
      "handler forwards the customer's mail as an attached message: her address, phone, plate, claim; property only")
def m0117():
    m = new(117, "Paul Ostermann <paul.ostermann@versicherer.example>",
            "Karosserie Alsterdorf Annahme <annahme@karosserie-alsterdorf.example>",
            "WG: Termin Hagelreparatur",
            dt(7, 6, 8, 40))
    body(m, """
Guten Morgen Herr Wichmann,

anbei die Mail unserer Kundin. Bitte nehmen Sie direkt Kontakt auf und
vereinbaren einen Termin für die Dellenreparatur; die Freigabe über
1.980 EUR netto liegt Ihnen im Partnerportal vor.

Viele Grüße
Paul Ostermann
Kraftfahrt-Schaden Kasko
""")
    inner = new(117000, "Wiebke Paulsen <wiebke.paulsen@kuestenmail.example>",
                "Paul Ostermann <paul.ostermann@versicherer.example>",
                "Termin Hagelreparatur",
                dt(7, 3, 18, 12), client="iphone")
    body(inner, """
Hallo Herr Ostermann,

danke für den Anruf. Ich würde die Dellen am liebsten in der Werkstatt
in Alsterdorf machen lassen, das ist nah an meiner Arbeit. Mein Auto ist
der blaue Fiat 500, HH-WP 5151, Schaden KS-26-0026630.

Ich kann montags und donnerstags ab 15 Uhr, Handy 0151 5550 2477.
Wohne Alsterdorfer Straße 270, falls die das Auto abholen.

Gruß Wiebke Paulsen

Von meinem iPhone gesendet
""")
    attach_msg(m, inner)
    return finish(117, m)


# --- 0118 -----------------------------------------------------------------
@mail(118, "STRICTLY_CONFIDENTIAL", "de", "internal",
      "'zur Info' forward; the attached police mail names a lightly injured cyclist treated as an outpatient (message/rfc822)")
def m0118():
    m = new(118, "Sabine Wulf <sabine.wulf@versicherer.example>",
            "Jonas Rieck <jonas.rieck@versicherer.example>",
            "WG: Verkehrsunfallmitteilung VU 0701-26-2210",
            dt(7, 7, 11, 5))
    body(m, """
Zur Info und Übernahme in KS-26-0027104.
Sabine
""")
    inner = new(118000, "Polizeikommissariat 23 <pk23.vu@polizei-hh.example>",
                "kfz-schaden@versicherer.example",
                "Verkehrsunfallmitteilung VU 0701-26-2210",
                dt(7, 6, 15, 44), client="none")
    body(inner, """
Verkehrsunfallmitteilung an den Haftpflichtversicherer
(§ 34 StVO / Auskunft an Versicherungen)

Tagebuch-Nr.: VU 0701-26-2210
Unfallzeit:   01.07.2026, 16:50 Uhr
Unfallort:    Hamburg-Eimsbüttel, Fruchtallee / Kreuzung Doormannsweg

Beteiligter 1 (Ihr Versicherungsnehmer):
  Fahrer: Klaus-Dieter Brammer, Pkw Opel Astra, HH-KB 6215
  unverletzt

Beteiligter 2:
  Radfahrerin: Hannah Köster, geb. 11.12.1998
  leicht verletzt (Prellung linke Schulter, Schürfwunden Hände),
  ambulant im Krankenhaus St. Georg behandelt

Kurzdarstellung: B1 bog nach rechts in den Doormannsweg ab und
übersah die geradeaus fahrende B2 auf dem Radfahrstreifen.

Gegen B1 wurde ein Ordnungswidrigkeitenverfahren eingeleitet.
Akteneinsicht über die Bußgeldstelle.
""")
    attach_msg(m, inner)
    return finish(118, m)


# --- 0119 -----------------------------------------------------------------
@mail(119, "NORMAL", "de", "internal",
      "trap: process change introducing e-signature for settlement declarations in injury claims, no case")
def m0119():
    m = new(119, "Oliver Hensel <oliver.hensel@versicherer.example>",
            "Team Personenschaden <team-personenschaden@versicherer.example>",
            "Ab 01.08.: Abfindungserklärungen per E-Signatur",
            dt(7, 8, 14, 0))
    body(m, """
Liebe Kolleginnen und Kollegen,

ab dem 1. August können Abfindungserklärungen in Personenschäden auch
elektronisch unterschrieben werden. So läuft es:

1. Abfindungserklärung wie bisher aus dem Textbaustein PS-22 erzeugen.
2. In ClaimCenter "Zur E-Signatur senden" wählen. Das Dokument geht
   über den Signaturdienst an die verletzte Person bzw. den Anwalt.
3. Die Identifikation erfolgt per Video-Ident oder Online-Ausweis.
   Bei Minderjährigen unterschreiben beide Sorgeberechtigten, bei
   Betreuten der Betreuer mit Nachweis.
4. Nach Rückkehr des signierten Dokuments löst das System die
   Zahlungsfreigabe zur Vier-Augen-Prüfung aus.

Nicht per E-Signatur: Abfindungen über 250.000 EUR, Kapitalisierungen
von Renten und Vergleiche mit Vorbehalt künftiger Schäden – hier bleibt
es bei Papier und Unterschrift.

Eine Schulung (30 Min., Teams) gibt es am 22.07. um 14 Uhr.

Viele Grüße
Oliver Hensel
""")
    return finish(119, m)


# --- 0120 -----------------------------------------------------------------
@mail(120, "CONFIDENTIAL", "en", "landlord-to-insurer",
      "Spanish holiday landlord claims for damage by the insured family in a rented apartment; names, policy, no injury")
def m0120():
    m = new(120, "Lucía Ferrer <reservas@casa-ferrer-mallorca.example>",
            "haftpflicht-schaden@versicherer.example",
            "Damage in apartment Cala Ratjada – your client Mr Jens Ahlers – policy PH-5520-155873",
            dt(7, 9, 20, 15))
    body(m, """
Dear Sirs,

your client Mr Jens Ahlers stayed with his wife and two children in our
holiday apartment "Casa Ferrer 2" in Cala Ratjada from 20 June to
4 July 2026. He gave us your details and his policy number
PH-5520-155873 and said you would pay.

During their stay:
 - the glass top of the dining table was broken (one of the children
   climbed on it; luckily nobody was hurt),
 - the light grey sofa has several large red wine stains which could
   not be removed by the cleaning company.

Costs:
  new glass top (invoice Vidrios Llevant)        EUR 420.00
  professional cleaning attempt                  EUR  95.00
  new sofa cover (quote Tapicería Font)          EUR 780.00
  total                                          EUR 1,295.00

The deposit of EUR 300 has been kept and will be refunded when you pay.
Photos and invoices are attached to the booking in our system; I can
send them by post if needed.

Kind regards,
Lucía Ferrer
Casa Ferrer Apartamentos, Cala Ratjada, Mallorca
""")
    return finish(120, m)


# --- 0121 -----------------------------------------------------------------
@mail(121, "STRICTLY_CONFIDENTIAL", "en", "claimant-to-insurer",
      "pregnant claimant after a rear-end collision: foetal monitoring in hospital, seatbelt bruising, anxiety")
def m0121():
    m = new(121, "Jennifer Alvarez <jen.alvarez@usmail-abroad.example>",
            "kfz-schaden@versicherer.example",
            "Claim KS-26-0027960 – hospital costs after the accident on July 8",
            dt(7, 13, 12, 31), client="gmail")
    body(m, """
Hello,

I was told by your call center to send this by e-mail.

On July 8 my car was hit from behind by your customer at a red light
on Barmbeker Straße. I am 24 weeks pregnant, so even though I felt
mostly okay, the paramedics took me to the maternity ward at the
hospital to be safe. They monitored the baby's heartbeat for four
hours and did an ultrasound. Thankfully everything looked normal, but
they kept me overnight because I had some cramping.

I have a big bruise across my chest and belly from the seatbelt and my
neck was stiff for about a week. My OB saw me again on July 10 and
wants an extra ultrasound in two weeks, just as a precaution.
Honestly, I'm still scared every time I feel the baby move less.

I have international health insurance through my employer, but it has
a deductible of USD 1,000, and I had to pay the hospital bill of
EUR 1,460 upfront. Can you reimburse the deductible and the taxi fares
to the hospital and back? I can send the invoices.

Thank you,
Jennifer Alvarez
Mühlenkamp 22, 22303 Hamburg
""")
    return finish(121, m)


# --- 0122 -----------------------------------------------------------------
@mail(122, "NORMAL", "en", "newsletter",
      "trap: law firm's webinar invitation on bodily-injury trends (chronic pain, PTSD, long-COVID as prior condition)")
def m0122():
    m = new(122, "Events Morrow & Lange <events@morrow-lange.example>",
            "markus.brandt@versicherer.example",
            "Webinar 16 Sept: Bodily injury claims 2026 – chronic pain, PTSD and pre-existing conditions",
            dt(7, 14, 9, 30), client="none",
            headers=[("List-Unsubscribe", "<https://morrow-lange.example/preferences>"),
                     ("Precedence", "bulk")])
    html = """<html><body style="font-family:Arial,sans-serif">
<h2>Bodily injury claims 2026</h2>
<p><b>Webinar, Wednesday 16 September 2026, 11:00&ndash;12:15 CEST</b></p>
<p>Our insurance litigation team looks at the issues that drive
severity in bodily injury claims across Germany, Austria and the UK:</p>
<ul>
<li>Chronic pain syndromes after minor collisions: what courts accept</li>
<li>PTSD claims of witnesses and relatives ("shock damage")</li>
<li>Pre-existing conditions, including long-COVID, and apportionment</li>
<li>Capitalisation of care costs: interest rates after 2025</li>
</ul>
<p>Speakers: Dr. Eva Morrow, Partner; James Lange, Partner.</p>
<p><a href="https://morrow-lange.example/events/bi-2026">Register here</a></p>
<p style="font-size:small">Morrow &amp; Lange Rechtsanwälte PartG mbB, Frankfurt am Main.
You receive this invitation as a client contact. <a href="https://morrow-lange.example/preferences">Unsubscribe</a></p>
</body></html>
"""
    body(m, html, subtype="html")
    return finish(122, m)


# --- 0123 -----------------------------------------------------------------
@mail(123, "CONFIDENTIAL", "de", "insurer-to-company",
      "recourse against a garage for a loose wheel after a tyre change: named customer and contact, amounts, no injury")
def m0123():
    m = new(123, "Thomas Riedel <thomas.riedel@versicherer.example>",
            "Autoservice Meinke GmbH <info@autoservice-meinke.example>",
            "Regressforderung – Radverlust Fahrzeug Behrens, SE-SB 442",
            dt(7, 15, 10, 44))
    body(m, """
Sehr geehrter Herr Meinke,

Ihre Werkstatt hat am 02.04.2026 am Fahrzeug unserer
Versicherungsnehmerin Frau Sonja Behrens (Seat Leon, SE-SB 442) die
Sommerräder montiert. Am 04.04.2026 löste sich auf der Hamburger Straße
in Bad Segeberg das linke Hinterrad. Das Rad rollte gegen einen
geparkten Transporter; das Fahrzeug unserer VN schleifte auf der
Bremsscheibe und wurde am Radlauf und Schweller beschädigt. Verletzt
wurde niemand.

Der von uns beauftragte Sachverständige hat festgestellt, dass vier der
fünf Radschrauben nicht angezogen waren; Gewinde und Auflageflächen
sind unbeschädigt. Ein technischer Defekt scheidet aus.

Wir haben bisher gezahlt:
  Schaden am Transporter (Kfz-Haftpflicht)             2.216,40 EUR
  Schaden am Fahrzeug der VN (Vollkasko, ohne SB)      3.512,90 EUR
  Sachverständigenkosten                                 684,00 EUR
  -------------------------------------------------------------
  zusammen                                             6.413,30 EUR

Diese Ansprüche sind nach § 86 VVG auf uns übergegangen. Wir fordern Sie
auf, den Betrag bis zum 14.08.2026 zu erstatten oder uns Ihren
Betriebshaftpflichtversicherer mit Versicherungsscheinnummer zu nennen.

Mit freundlichen Grüßen
Thomas Riedel
Regress Kraftfahrt
Versicherer Allgemeine Versicherung AG
""")
    return finish(123, m)


# --- 0124 -----------------------------------------------------------------
@mail(124, "NORMAL", "de", "internal",
      "trap: blank outline for medical expert opinions (DOCX) with section headings and example questions, no person")
def m0124():
    m = new(124, "Dr. Katrin Vogt <katrin.vogt@versicherer.example>",
            "Team Personenschaden <team-personenschaden@versicherer.example>",
            "Muster-Gliederung für medizinische Gutachten",
            dt(7, 16, 15, 20))
    body(m, """
Liebe Kolleginnen und Kollegen,

immer wieder kommen Gutachten, die unsere Fragen nicht beantworten.
Ich habe deshalb eine Muster-Gliederung erstellt, die wir künftig jedem
Gutachtenauftrag beilegen. Sie enthält nur Überschriften und
Formulierungshilfen, keine Falldaten.

Rückmeldungen gern bis Ende Juli.

Katrin Vogt
""")
    d = make_docx([
        ("h", "Muster-Gliederung medizinisches Gutachten (Haftpflicht/Kraftfahrt)"),
        ("h", "1. Auftrag und Unterlagen", 2),
        "Auftraggeber, Aktenzeichen, Beweisfragen im Wortlaut, ausgewertete Unterlagen (Liste).",
        ("h", "2. Vorgeschichte", 2),
        "Unfallhergang nach Aktenlage und nach Angaben der untersuchten Person; Vorerkrankungen und Vorschäden "
        "im betroffenen Körperbereich; berufliche und soziale Anamnese.",
        ("h", "3. Jetzige Beschwerden", 2),
        "Angaben der untersuchten Person, möglichst in eigenen Worten.",
        ("h", "4. Befund", 2),
        "Klinischer Befund mit Messwerten (Neutral-Null-Methode), bildgebende Befunde (eigene und fremde).",
        ("h", "5. Diagnosen", 2),
        "Unfallbedingte und unfallunabhängige Diagnosen getrennt, jeweils mit ICD-10-GM-Code.",
        ("h", "6. Beurteilung", 2),
        "Kausalität (Primärschaden / Folgeschaden), Dauer der Arbeitsunfähigkeit, MdE in der Zeit, Dauerschaden, "
        "Prognose, Einschränkungen in der Haushaltsführung.",
        ("h", "7. Beantwortung der Beweisfragen", 2),
        "Jede Frage einzeln und in der Reihenfolge des Auftrags beantworten.",
        ("table", [
            ["Platzhalter", "Bedeutung"],
            ["[Name]", "untersuchte Person"],
            ["[Aktenzeichen]", "Schadennummer"],
            ["[Datum Unfall]", "Unfalltag"],
        ]),
    ], author="Dr. Katrin Vogt")
    attach(m, d, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
           "Muster_Gliederung_Gutachten.docx")
    return finish(124, m)


# --- 0125 -----------------------------------------------------------------
@mail(125, "NORMAL", "en", "internal",
      "trap: annual recovery report with aggregate recoveries from social insurers and fraud cases, no person")
def m0125():
    m = new(125, "Thomas Riedel <thomas.riedel@versicherer.example>",
            "Group Claims Reporting <claims.reporting@versicherer-group.example>",
            "Recoveries report DE motor 2025 – final figures",
            dt(7, 17, 11, 2))
    body(m, """
Hi Aisha,

final 2025 figures for the German motor book, as requested for the
group recoveries benchmark:

Recoveries from third parties / their insurers   EUR 14.9m
Recourse against own insureds (alcohol, leaving
the scene, unlicensed driving, late notification) EUR  2.3m  (612 cases)
  of which alcohol-related                        EUR  1.1m  (231 cases)
Recovered after confirmed fraud                   EUR  0.6m  (44 cases)
Social-insurer recourse PAID by us (sec. 116
SGB X: health, accident and pension insurers)     EUR 38.7m

Average time to recovery: 7.4 months. Write-off rate on recourse
against own insureds: 31 % (mostly instalment plans that stop).

No individual cases in this report; the case list stays in the
local system.

Best,
Thomas
""", cte="quoted-printable")
    return finish(125, m)


# --- 0126 -----------------------------------------------------------------
@mail(126, "NORMAL", "de", "broker-to-insurer",
      "trap: broker's general question on no-claims protection after a claim, no customer named")
def m0126():
    m = new(126, "Jens Carstens <info@makler-carstens.example>",
            "maklerbetreuung@versicherer.example",
            "Frage Rabattschutz nach Schaden",
            dt(7, 20, 9, 45))
    body(m, """
Moin,

eine allgemeine Frage, weil das bei mir gerade öfter vorkommt: Wenn ein
Kunde bei Ihnen den Rabattschutz im Tarif "Premium" hat und im selben
Jahr einen Haftpflicht- und einen Vollkaskoschaden hat – greift der
Rabattschutz dann für beide Sparten, oder nur für den ersten Schaden
pro Kalenderjahr? Und wie ist es, wenn der Kunde im Folgejahr zu einem
anderen Versicherer wechselt: Bekommt der neue Versicherer die
"geschützte" oder die "echte" SF-Klasse gemeldet?

Eine kurze Antwort für meine Kundenberatung würde mir reichen.

Danke und Gruß
Jens Carstens
Maklerbüro Carstens e.K.
""")
    return finish(126, m)


# --- 0127 -----------------------------------------------------------------
@mail(127, "STRICTLY_CONFIDENTIAL", "de", "internal",
      "medical adviser: MRI shows pre-existing degeneration in a named whiplash claimant, prior claims; causality limited")
def m0127():
    m = new(127, "Dr. Katrin Vogt <katrin.vogt@versicherer.example>",
            "Jonas Rieck <jonas.rieck@versicherer.example>",
            "KS-26-0009871 Hartwig – beratungsärztliche Stellungnahme",
            dt(7, 21, 14, 8))
    body(m, """
Hallo Herr Rieck,

zu Herrn Denis Hartwig (43):

1. Die MRT der HWS vom 19.03.2026 zeigt Bandscheibenvorwölbungen
   C5/6 und C6/7 mit Osteochondrose und Spondylarthrose. Das sind
   degenerative Veränderungen, die sich über Jahre entwickelt haben und
   nicht durch einen Auffahrunfall mit ca. 12 km/h entstanden sein
   können. Frische Verletzungszeichen (Ödem, Bandrupturen) fehlen.

2. Nach dem Hinweissystem hatte Herr Hartwig bereits 2019 und 2022
   Nackenbeschwerden nach Unfällen geltend gemacht; 2022 wurde er nach
   Ihrer Akte zwölf Wochen physiotherapeutisch behandelt.

3. Die jetzt vom Orthopäden bescheinigte Arbeitsunfähigkeit über
   inzwischen 16 Wochen ist mit einer HWS-Distorsion Grad I nicht
   vereinbar. Plausibel ist eine unfallbedingte vorübergehende
   Verschlimmerung der vorbestehenden Beschwerden für etwa vier bis
   sechs Wochen.

Empfehlung: Schmerzensgeld und AU-Schaden für sechs Wochen regulieren,
darüber hinaus Kausalität bestreiten; bei Klage orthopädisches
Gerichtsgutachten abwarten.

Viele Grüße
Katrin Vogt
Beratungsärztin
""")
    return finish(127, m)


# --- 0128 -----------------------------------------------------------------
@mail(128, "NORMAL", "en", "internal",
      "group IT asks staff to return old laptops")
def m0128():
    m = new(128, "Group IT Workplace <workplace@versicherer-group.example>",
            "Hamburg staff <staff-hamburg@versicherer.example>",
            "Reminder: return your old laptop by 31 July",
            dt(7, 22, 8, 15))
    body(m, """
Dear colleagues,

if you received a new laptop during the spring roll-out, please return
your old device to the IT desk (ground floor, room 0.14) by 31 July.

- Log off from all accounts, but do not wipe the device yourself.
- Bring the power adapter.
- Docking stations stay at your desk.

Devices not returned by the deadline will be blocked remotely.

Thank you!
Group IT Workplace
""", cte="7bit")
    return finish(128, m)


# --- 0129 -----------------------------------------------------------------
@mail(129, "CONFIDENTIAL", "mixed", "claimant-to-insurer",
      "Austrian claimant writes in German and English, sends his AT IBAN for a car-park damage, claim number")
def m0129():
    m = new(129, "Florian Gruber <florian.gruber@alpenpost.example>",
            "Jana Köhler <jana.koehler@versicherer.example>",
            "AW: KS-26-0026118 – Kontoverbindung / bank details",
            dt(7, 23, 13, 57),
            irt="<C2A19F0D5B6E47A8B9C0D1E2F3A4B5C6@versicherer.example>")
    body(m, """
Grüß Gott Frau Köhler,

danke für die rasche Antwort. Anbei meine Kontodaten für die Zahlung
des Schadens an meinem Auto (W-418 KX, in der Parkgarage am Hamburger
Flughafen beschädigt):

Kontoinhaber: Florian Gruber
IBAN: AT40 1400 0706 2614 4189
BIC: BAWAATWW

Btw – my company's travel office (we work in English) asked whether
the invoice from the garage in Vienna needs to be translated. It is in
German, so I guess not? Also, the garage charged an extra EUR 85 for
a courtesy car for one day – is that covered?

Liebe Grüße aus Wien
Florian Gruber
""")
    return finish(129, m)


# --- 0130 -----------------------------------------------------------------
@mail(130, "STRICTLY_CONFIDENTIAL", "de", "claimant-to-insurer",
      "partner of a paraplegic claimant asks about car conversion and moving costs before discharge from hospital")
def m0130():
    m = new(130, "Lisa Brandt <lisa.brandt@luebeckmail.example>",
            "Markus Brandt <markus.brandt@versicherer.example>",
            "Daniel Reuter – Auto und Umzug",
            dt(7, 24, 20, 5), client="iphone")
    body(m, """
Hallo Herr Brandt,

(lustig, dass wir gleich heißen 🙂) ich schreibe für Daniel, der hat
gerade wenig Kraft für Papierkram.

Er soll im August aus dem Querschnittzentrum entlassen werden und wir
ziehen in die Wohnung in Bad Schwartau. Zwei Fragen:

1. Daniel kann mit dem Rolli nicht in unseren alten Golf. Die Frau vom
   Reha-Management hat ein Angebot für ein umgebautes Auto mit
   Handgas und Ladehilfe besorgt. Zahlen Sie das ganze Auto oder nur den
   Umbau? Wir haben den Golf noch nicht verkauft.

2. Der Umzug: Daniel kann natürlich nicht mit anpacken und ich schaffe
   das nicht allein. Das Umzugsunternehmen will 2.350 €. Ist das
   etwas, das Sie übernehmen?

Er hat gerade eine schlechte Phase, die Psychologin in der Klinik sagt,
das ist normal so kurz vor der Entlassung. Aber ich merke, dass ihn die
ganzen offenen Fragen stressen.

Viele Grüße
Lisa Brandt

Von meinem iPhone gesendet
""")
    return finish(130, m)


# --- 0131 -----------------------------------------------------------------
@mail(131, "NORMAL", "de", "internal",
      "trap: anonymised quarterly complaints report with categories like delayed pain-and-suffering payments")
def m0131():
    m = new(131, "Beschwerdemanagement <beschwerden@versicherer.example>",
            "Schadenleitung Kraftfahrt <schadenleitung-kfz@versicherer.example>",
            "Beschwerdebericht Q2/2026 Schaden Kraftfahrt/Haftpflicht",
            dt(7, 27, 10, 0))
    body(m, """
Hallo zusammen,

hier die Zusammenfassung für Q2/2026 (anonymisiert, ohne Einzelfälle):

Beschwerden gesamt: 184 (Q1: 201)
davon berechtigt / teilweise berechtigt: 71

Die fünf häufigsten Themen:
1. Bearbeitungsdauer Sachschaden (Gutachten, Freigabe)       52
2. Höhe der Regulierung (Kürzungen Mietwagen, Stundensätze)   41
3. Verzögerte Zahlung von Schmerzensgeld/Vorschüssen          23
4. Erreichbarkeit der Sachbearbeitung                         19
5. Ton/Umgang mit Verletzten und Angehörigen                  11

BaFin-Beschwerden: 6, Ombudsmann: 9 (davon 2 zugunsten der
Beschwerdeführer entschieden).

Auffällig: Bei Thema 5 geht es mehrfach um Standardbriefe an
Hinterbliebene, die als kalt empfunden wurden. Vorschlag: Textbausteine
für Todesfälle überarbeiten (gemeinsam mit Team Personenschaden).

Viele Grüße
Beschwerdemanagement
""")
    return finish(131, m)


# --- 0132 -----------------------------------------------------------------
@mail(132, "CONFIDENTIAL", "de", "insurer-to-claimant",
      "rejection to a third-party claimant: damage patterns do not match per expert; names, plates, no injury")
def m0132():
    m = new(132, "Jana Köhler <jana.koehler@versicherer.example>",
            "Ralf Hübner <ralf.huebner@freenet-post.example>",
            "Ihr Schreiben vom 02.07.2026 – Schaden KS-26-0025118",
            dt(7, 28, 11, 30))
    body(m, """
Sehr geehrter Herr Hübner,

Sie verlangen von uns Ersatz für Schäden an Ihrem Mercedes CLA
(HH-RH 1177), die unser Versicherungsnehmer am 20.06.2026 auf dem
Parkplatz des Baumarkts in Stellingen beim Ausparken verursacht haben
soll.

Unser Versicherungsnehmer bestreitet eine Berührung. Wir haben beide
Fahrzeuge durch einen Sachverständigen vergleichen lassen. Ergebnis:

- Die Schäden an Ihrem Fahrzeug (Kratzer und Delle an der Beifahrertür
  in 52–68 cm Höhe) passen in Höhe und Form nicht zum Stoßfänger des
  Fahrzeugs unseres Versicherungsnehmers (Unterkante 38 cm, Oberkante
  49 cm).
- Am Fahrzeug unseres Versicherungsnehmers finden sich keine
  Lackantragungen in der Farbe Ihres Fahrzeugs.
- Die Delle zeigt Korrosionsspuren und ist nach Einschätzung des
  Sachverständigen älter als vier Wochen.

Wir lehnen Ihre Ansprüche deshalb ab. Das Gutachten können Sie bei uns
anfordern. Sollten Sie Zeugen für die Berührung benennen können,
prüfen wir den Fall gern erneut.

Mit freundlichen Grüßen
Jana Köhler
Kraftfahrt-Schaden
Versicherer Allgemeine Versicherung AG
""")
    return finish(132, m)


# --- 0133 -----------------------------------------------------------------
@mail(133, "STRICTLY_CONFIDENTIAL", "de", "lawyer-to-insurer",
      "HTML-only mail with a table: rib fractures, ruptured spleen removed, hospital days, pain-and-suffering demand")
def m0133():
    m = new(133, "Kanzlei Petersen Verkehrsrecht <kanzlei@petersen-verkehrsrecht.example>",
            "kfz-schaden@versicherer.example",
            "Mandant Olaf Jürgensen – Ihr Az. KS-26-0017114 – Bezifferung",
            dt(7, 29, 16, 12))
    html = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Sehr geehrte Damen und Herren,</p>
<p>für unseren Mandanten, Herrn Olaf Jürgensen, Heider Straße 7, 25746 Heide,
beziffern wir die Ansprüche aus dem Unfall vom 27.03.2026 wie folgt:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#dde"><th>Position</th><th>Grundlage</th><th>Betrag</th></tr>
<tr><td>Schmerzensgeld</td><td>Rippenserienfraktur 5.–8. Rippe links, Milzruptur mit Entfernung der Milz
(Splenektomie), 11 Tage stationär, davon 3 Tage Intensivstation; lebenslange Infektanfälligkeit,
Impfungen erforderlich</td><td>28.000,00 €</td></tr>
<tr><td>Verdienstausfall</td><td>AU 27.03.–05.06.2026, Differenz Netto/Krankengeld</td><td>2.416,80 €</td></tr>
<tr><td>Zuzahlungen, Medikamente</td><td>Belege Anlage K4</td><td>184,30 €</td></tr>
<tr><td>Fahrtkosten Behandlungen</td><td>38 Fahrten × 24 km × 0,30 €</td><td>273,60 €</td></tr>
<tr><td>Haushaltsführungsschaden</td><td>6 Wochen, 12 Std./Woche × 10 €</td><td>720,00 €</td></tr>
<tr><td><b>Summe</b></td><td></td><td><b>31.594,70 €</b></td></tr>
</table>
<p>Wegen der dauerhaften Folgen der Milzentfernung behalten wir uns einen
Feststellungsantrag für künftige Schäden vor.</p>
<p>Zahlungsfrist: 31.08.2026.</p>
<p>Mit freundlichen Grüßen<br>
Hauke Petersen<br>Rechtsanwalt<br>
Kanzlei Petersen Verkehrsrecht · Markt 12 · 25746 Heide</p>
</body></html>
"""
    body(m, html, subtype="html")
    return finish(133, m)


# --- 0134 -----------------------------------------------------------------
@mail(134, "NORMAL", "en", "newsletter",
      "trap: university study newsletter on e-scooter injuries (head and wrist injuries, alcohol), aggregate only")
def m0134():
    m = new(134, "Mobility Research Digest <digest@mobility-research.example>",
            "kfz-schaden@versicherer.example",
            "Digest: e-scooter injuries in three German cities – new study",
            dt(8, 3, 7, 45), client="none",
            headers=[("Precedence", "bulk")])
    body(m, """
MOBILITY RESEARCH DIGEST – August 2026

New study: e-scooter injuries in emergency departments

Researchers analysed 2,318 emergency department visits after e-scooter
crashes in three German cities between 2023 and 2025.

Key findings:
- 39 % of patients had head or facial injuries; only 4 % wore a helmet.
- Wrist and forearm fractures were the most common fractures (18 %).
- 27 % of injured riders had consumed alcohol; the share rose to 61 %
  between midnight and 5 a.m.
- Pedestrians hit by e-scooters accounted for 6 % of cases, often older
  people with hip fractures after a fall.
- Median hospital stay for admitted patients: 3 days.

The authors recommend speed limits in pedestrian zones and a helmet
campaign aimed at shared-scooter users.

Full paper: mobility-research.example/papers/escooter-ed-2026
""")
    return finish(134, m)


# --- 0135 -----------------------------------------------------------------
@mail(135, "CONFIDENTIAL", "de", "insurer-to-customer",
      "comprehensive settlement statement in text and HTML (table): name, plate, policy, IBAN, deductible")
def m0135():
    m = new(135, "Kasko-Abrechnung <kasko-abrechnung@versicherer.example>",
            "Sven Lorenzen <sven.lorenzen@nordpost.example>",
            "Abrechnung Ihres Vollkaskoschadens KS-26-0024770",
            dt(8, 4, 10, 5))
    body(m, """
Sehr geehrter Herr Lorenzen,

zu Ihrem Vollkaskoschaden vom 14.07.2026 (Ford Kuga, HH-SL 4410,
Vertrag KF-7731-231006) rechnen wir wie folgt ab:

Reparaturkosten lt. Rechnung Autohaus Tesch     4.186,22 EUR
Abschleppkosten                                   238,00 EUR
abzüglich Selbstbeteiligung                      -500,00 EUR
Auszahlungsbetrag                               3.924,22 EUR

Überweisung an: Sven Lorenzen
IBAN DE36 1203 0000 6448 5639 47

Mit freundlichen Grüßen
Ihre Kasko-Abrechnung
Versicherer Allgemeine Versicherung AG
""")
    html_alt(m, """
<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Sehr geehrter Herr Lorenzen,</p>
<p>zu Ihrem Vollkaskoschaden vom 14.07.2026 (Ford Kuga, HH-SL 4410,
Vertrag KF-7731-231006) rechnen wir wie folgt ab:</p>
<table border="0" cellpadding="3">
<tr><td>Reparaturkosten lt. Rechnung Autohaus Tesch</td><td align="right">4.186,22 EUR</td></tr>
<tr><td>Abschleppkosten</td><td align="right">238,00 EUR</td></tr>
<tr><td>abzüglich Selbstbeteiligung</td><td align="right">-500,00 EUR</td></tr>
<tr><td><b>Auszahlungsbetrag</b></td><td align="right"><b>3.924,22 EUR</b></td></tr>
</table>
<p>Überweisung an: Sven Lorenzen<br>IBAN DE36 1203 0000 6448 5639 47</p>
<p>Mit freundlichen Grüßen<br>Ihre Kasko-Abrechnung<br>Versicherer Allgemeine Versicherung AG</p>
</body></html>
""")
    return finish(135, m)


# --- 0136 -----------------------------------------------------------------
@mail(136, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "letter to parents of a ten-year-old cyclist hit by our insured: forearm fracture, advance, consent of both parents")
def m0136():
    m = new(136, "Frauke Sievers <frauke.sievers@versicherer.example>",
            "Familie Ketelsen <ketelsen.familie@dorfnetz.example>",
            "Ihr Sohn Jonas – Unfall vom 22.07.2026 – unser Zeichen KS-26-0029340",
            dt(8, 5, 14, 22))
    body(m, """
Sehr geehrte Frau Ketelsen, sehr geehrter Herr Ketelsen,

wir sind der Haftpflichtversicherer des Autofahrers, der am 22.07.2026
in Quickborn Ihren Sohn Jonas mit dem Fahrrad erfasst hat. Es tut uns
sehr leid, was Jonas passiert ist.

Nach den Unterlagen der Polizei und Ihrer Schilderung am Telefon hat
Jonas sich den linken Unterarm gebrochen (beide Knochen), der im
Kinderkrankenhaus mit zwei Drähten gerichtet wurde, und hatte
Schürfwunden am Kinn. Wir hoffen, dass die Heilung gut verläuft und die
Drähte wie geplant im September entfernt werden können.

Die Haftung unseres Versicherungsnehmers erkennen wir an. Als Vorschuss
auf das Schmerzensgeld überweisen wir 1.000 EUR; außerdem ersetzen wir
das beschädigte Fahrrad und den Helm gegen Vorlage der Kaufbelege.

Damit wir den weiteren Heilverlauf berücksichtigen können, bitten wir
um die beigefügte Einwilligung zur Anforderung des Arztberichts. Da
Jonas minderjährig ist, müssen beide Sorgeberechtigten unterschreiben.

Mit freundlichen Grüßen
Frauke Sievers
Personenschaden Kraftfahrt
Versicherer Allgemeine Versicherung AG
""")
    return finish(136, m)


# --- 0137 -----------------------------------------------------------------
@mail(137, "NORMAL", "de", "internal",
      "new rules for the underground car park and e-charging")
def m0137():
    m = new(137, "Facility Management <facility@versicherer.example>",
            "Alle Mitarbeitenden <alle@versicherer.example>",
            "Tiefgarage: neue Regeln ab 01.09.",
            dt(8, 6, 12, 30))
    body(m, """
Liebe Kolleginnen und Kollegen,

ab dem 1. September gilt in der Tiefgarage:

- Die 24 Ladeplätze (Ebene -1) sind nur während des Ladevorgangs zu
  nutzen, maximal 4 Stunden. Danach bitte umparken.
- Die Stellplätze 101–110 sind für Poolfahrzeuge des
  Schadenaußendienstes reserviert.
- Fahrräder und E-Roller nur im Fahrradraum, nicht an den Säulen.

Die Zufahrtskarten werden automatisch freigeschaltet. Fragen an
facility@versicherer.example.

Ihr Facility Management
""")
    return finish(137, m)


# --- 0138 -----------------------------------------------------------------
@mail(138, "NORMAL", "de", "internal",
      "trap: new handling directive for car-wash damage claims with thresholds and evidence, no case")
def m0138():
    m = new(138, "Sabine Wulf <sabine.wulf@versicherer.example>",
            "Team KH2 <team-kh2@versicherer.example>",
            "Neue Regulierungsrichtlinie Waschanlagenschäden",
            dt(8, 7, 9, 14))
    body(m, """
Hallo zusammen,

wir hatten im ersten Halbjahr auffällig viele Schäden aus Waschanlagen
(Spiegel, Heckwischer, Dachantennen, Zierleisten). Ab sofort gilt:

1. Ansprüche gegen Waschanlagenbetreiber (bei uns versichert über die
   Betriebshaftpflicht) nur mit Fotos direkt nach der Wäsche und
   schriftlicher Meldung noch auf dem Gelände.
2. Bei Spiegeln und Anbauteilen prüfen, ob der Hinweis "Spiegel
   einklappen" ausgehängt war; Mitverschulden 50 % ist die Regel.
3. Bis 500 EUR Pauschalregulierung ohne Gutachten, darüber
   Nachbesichtigung.
4. Auffällige Häufungen bei einzelnen Anlagen an Henrik (SIU) melden.

Personenschäden in Waschanlagen (z. B. Quetschungen beim Aussteigen)
gehen wie immer ans Team Personenschaden.

Gruß
Sabine
""")
    return finish(138, m)


# --- 0139 -----------------------------------------------------------------
@mail(139, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-insurer",
      "to a Polish insurer: our insured injured a Polish truck driver; translated medical certificate, recourse questions")
def m0139():
    m = new(139, "Markus Brandt <markus.brandt@versicherer.example>",
            "Claims International Wisła TU <claims.intl@wisla-tu.example>",
            "Mr Tomasz Wiśniewski – accident A 1 Bremen 9 June 2026 – our ref KS-26-0025140",
            dt(8, 10, 15, 48))
    body(m, """
Dear colleagues,

we are the motor liability insurer of the German car that caused the
accident of 9 June 2026 on the A 1 near Bremen, in which your insured's
truck driver, Mr Tomasz Wiśniewski (born 21 March 1981), was injured
while securing his broken-down lorry on the hard shoulder.

We have received the discharge letter from the Bremen hospital, which
we translated for your file (key passage):

  "Open fracture of the left lower leg (tibia and fibula), treated with
   external fixation and later intramedullary nailing; fracture of the
   left scapula; 17 days in hospital. Transferred to Poland for further
   treatment on 26 June 2026."

Liability of our insured is accepted in full.

Questions:
1. Has the Polish social insurance (ZUS) paid sickness benefit or
   treatment costs, and will it claim recourse against us? If so, please
   let us have the contact in the recourse department.
2. Is Mr Wiśniewski represented by a lawyer in Poland?
3. Your insured (the haulage company) – do you claim the downtime and
   towing of the lorry through us? Please send the invoices.

We would like to offer Mr Wiśniewski an advance on pain and suffering of
EUR 7,500 and need his bank details for that.

Kind regards
Markus Brandt
Head of Bodily Injury Claims, Motor
Versicherer Allgemeine Versicherung AG
""")
    return finish(139, m)


# --- 0140 -----------------------------------------------------------------
@mail(140, "NORMAL", "de", "internal",
      "trap: panel list of medical expert practices with specialties, fees and waiting times (companies only)")
def m0140():
    m = new(140, "Dr. Katrin Vogt <katrin.vogt@versicherer.example>",
            "Team Personenschaden <team-personenschaden@versicherer.example>",
            "Gutachterpool Stand August 2026",
            dt(8, 11, 10, 40))
    body(m, """
Hallo zusammen,

hier die aktualisierte Liste unseres Gutachterpools. Bitte bei
Neuaufträgen die Wartezeiten beachten und die Praxen gleichmäßig
auslasten.

Fachgebiet              Praxis / Institut                     Ort        Pauschale Kat. II   Wartezeit
-------------------------------------------------------------------------------------------------------
Orthopädie/Unfallchir.  Gutachtenpraxis Dr. Sandmann          Hamburg    950 EUR             5 Wo.
Orthopädie/Unfallchir.  MedGut Nord MVZ GmbH                  Kiel       900 EUR             8 Wo.
Neurologie              Praxis Dr. Westphal                   Hamburg    1.100 EUR           10 Wo.
Neurologie/Psychiatrie  Institut für Begutachtung Lüneburg    Lüneburg   1.350 EUR           12 Wo.
Psychologie (PTBS)      Dipl.-Psych. Team Alsterblick          Hamburg    1.200 EUR           9 Wo.
HNO (Tinnitus)          HNO-Zentrum Bergedorf                 Hamburg    780 EUR             4 Wo.
Biomechanik             Ingenieurbüro Unfallanalyse Brandes   Bremen     1.600 EUR           6 Wo.
Radiologie (Zweitbef.)  Radiologie am Dammtor                 Hamburg    250 EUR             1 Wo.

Neu: Institut für Begutachtung Lüneburg (interdisziplinär, auch
Hausbesuche bei schwer Verletzten). Raus: die Praxis in Stade (Inhaber
im Ruhestand).

Katrin
""")
    return finish(140, m)


# --- 0141 -----------------------------------------------------------------
@mail(141, "CONFIDENTIAL", "mixed", "rental-to-insurer",
      "rental firm disputes a cut in rental days for a named claimant, German/English; plates, claim, no injury")
def m0141():
    m = new(141, "EuroDrive Insurance Desk <insurance.desk@eurodrive-rental.example>",
            "Paul Ostermann <paul.ostermann@versicherer.example>",
            "Kürzung Mietdauer / rental period cut – Hansen, KS-26-0024902",
            dt(8, 12, 10, 20))
    body(m, """
Sehr geehrter Herr Ostermann,

Sie haben unsere Rechnung RA-HH-7752031 für das Unfallersatzfahrzeug von
Herrn Piet Hansen (geschädigtes Fahrzeug Volvo V60, HH-PH 3003) von
21 auf 12 Miettage gekürzt. Das akzeptieren wir nicht.

Die Werkstatt hat bestätigt, dass das Ersatzteil (Scheinwerfer links
mit Steuergerät) erst nach 16 Tagen lieferbar war; Herr Hansen hatte
darauf keinen Einfluss. Die Bestätigung liegt bei.

Our billing centre adds the following, in English as usual:
"Under the framework agreement (clause 4.2) delays caused by parts
availability are covered if the garage confirms them in writing. The
confirmation was uploaded to your portal on 28 July. We therefore ask
for payment of the outstanding 9 days x EUR 79.00 = EUR 711.00 plus
VAT, total EUR 846.09."

Bitte prüfen Sie das noch einmal.

Mit freundlichen Grüßen / Kind regards
Katharina Böttcher
Insurance Desk, EuroDrive Rental GmbH
""")
    return finish(141, m)


# --- 0142 -----------------------------------------------------------------
@mail(142, "STRICTLY_CONFIDENTIAL", "mixed", "internal",
      "handler's German note with English summary: wife and children injured as passengers in the insured's own car")
def m0142():
    m = new(142, "Frauke Sievers <frauke.sievers@versicherer.example>",
            "Markus Brandt <markus.brandt@versicherer.example>",
            "KS-26-0028411 Insassen Familie Dąbrowski – summary for group report",
            dt(8, 13, 15, 55))
    body(m, """
Hallo Markus,

für den Gruppenbericht brauchst du eine englische Kurzfassung, hier
beides:

DE: Unser VN Herr Marek Dąbrowski kam am 26.07. auf der A 7 bei
Quickborn wegen Sekundenschlafs von der Fahrbahn ab. Er selbst ist
leicht verletzt (keine Ansprüche gegen uns als Fahrer). Im Wagen
saßen seine Frau Agnieszka (Beckenringfraktur, 3 Wochen stationär,
danach Reha) und die Kinder Zofia, 9 (Milzprellung, 5 Tage
Beobachtung), und Kacper, 6 (Schlüsselbeinbruch). Die Insassen haben
als Geschädigte Ansprüche gegen die eigene Kfz-Haftpflicht.

EN summary for the group: single-vehicle accident, driver (policy-
holder) fell asleep at the wheel. Three passengers from his own family
injured: wife with pelvic ring fracture (3 weeks in hospital, then
rehab), daughter (9) with splenic contusion observed for 5 days, son
(6) with broken collarbone. Passengers' claims are covered under the
motor TPL policy. Reserve EUR 95,000. Health insurer recourse expected.

Frauke
""")
    return finish(142, m)


# --- 0143 -----------------------------------------------------------------
@mail(143, "NORMAL", "de", "system",
      "trap: justice-portal maintenance notice mentioning filings in personal-injury cases, no case")
def m0143():
    m = new(143, "Justizportal Hinweisdienst <hinweise@justizportal.example>",
            "prozessabteilung@versicherer.example",
            "Wartungshinweis EGVP/beA: 22.08.2026, 18:00 – 23.08.2026, 06:00",
            dt(8, 14, 12, 0), client="none",
            headers=[("Auto-Submitted", "auto-generated")])
    body(m, """
Wartungshinweis

Wegen Wartungsarbeiten ist die Übermittlung über EGVP und das besondere
elektronische Anwaltspostfach (beA) am

  Samstag, 22.08.2026, 18:00 Uhr bis Sonntag, 23.08.2026, 06:00 Uhr

nicht möglich. Nachrichten werden nicht zwischengespeichert.

Hinweis: Fristgebundene Schriftsätze – etwa Klageerwiderungen in
Verkehrsunfall- und Personenschadensachen – sollten rechtzeitig vor
Beginn der Wartung übermittelt werden. Bei technischen Störungen ist die
vorübergehende Unmöglichkeit nach § 130d Satz 2 ZPO glaubhaft zu
machen.

Dies ist eine automatisch erzeugte Nachricht.
""")
    return finish(143, m)


# --- 0144 -----------------------------------------------------------------
@mail(144, "CONFIDENTIAL", "de", "lawyer-to-insurer",
      "cyclist's lawyer: insured's mirror hit his backpack while overtaking, laptop broken, 'blieb unverletzt'")
def m0144():
    m = new(144, "RAin Dr. Anja Freese <freese@freese-anwaelte.example>",
            "kfz-schaden@versicherer.example",
            "Lüders ./. Ihre VN – Überholvorgang 03.08.2026, HH-CV 2788",
            dt(8, 17, 9, 51))
    body(m, """
Sehr geehrte Damen und Herren,

wir vertreten Herrn Jannik Lüders, Hoheweide 3, 20253 Hamburg.

Ihre Versicherungsnehmerin, Frau Carola Vogt, überholte unseren
Mandanten am 03.08.2026 gegen 8:20 Uhr in der Fruchtallee mit ihrem
Kleintransporter (HH-CV 2788) mit deutlich zu geringem Seitenabstand.
Der rechte Außenspiegel erfasste den Rucksack unseres Mandanten. Er
konnte sich auf dem Rad halten und blieb unverletzt; der Rucksack
wurde aufgerissen, das darin befindliche Notebook fiel auf die Straße.

Wir machen geltend:
  Notebook (Kaufpreis 1.299,00 EUR, 11 Monate alt,
  Reparatur unwirtschaftlich lt. Fachhändler)     1.150,00 EUR
  Rucksack                                          89,00 EUR
  Kostenpauschale                                   25,00 EUR
  -----------------------------------------------------------
  zusammen                                       1.264,00 EUR

Ein Zeuge (Fahrer des nachfolgenden Busses) ist benannt; seine
Kontaktdaten übermitteln wir auf Anforderung.

Bitte zahlen Sie bis zum 07.09.2026 auf unser Kanzleikonto.

Mit freundlichen Grüßen
Dr. Anja Freese
Rechtsanwältin
""", charset="windows-1252", cte="8bit")
    return finish(144, m)


# --- 0145 -----------------------------------------------------------------
@mail(145, "NORMAL", "de", "insurer-to-broker",
      "trap: product information on hunting liability with invented example 'hunting dog bites jogger'")
def m0145():
    m = new(145, "Produktmanagement Haftpflicht <produkt-haftpflicht@versicherer.example>",
            "Maklerverteiler Nord <makler-nord@versicherer.example>",
            "Neu ab 01.10.: Jagdhaftpflicht Plus – Informationen für Ihre Beratung",
            dt(8, 18, 8, 30),
            headers=[("Precedence", "bulk")])
    body(m, """
Jagdhaftpflicht Plus – was ist neu?

Ab 1. Oktober bieten wir die Jagdhaftpflicht in einer neuen Tarifstufe
"Plus" an:

- Deckungssumme 15 Mio. EUR pauschal für Personen- und Sachschäden
- bis zu drei brauchbare Jagdhunde beitragsfrei mitversichert
- Schäden bei Gesellschaftsjagden im Ausland (EU, Schweiz, Norwegen)
- Schäden an geliehenen Jagdwaffen bis 5.000 EUR

Beispiele aus der Schadenpraxis (frei erfunden, zur Veranschaulichung):

* Der Jagdhund eines Kunden läuft bei einer Nachsuche aus dem Revier
  und beißt einen Jogger in die Wade. Der Jogger muss ambulant versorgt
  werden und verlangt Schmerzensgeld – mitversichert.
* Ein Querschläger trifft die Scheibe eines parkenden Autos –
  mitversichert.
* Ein Treiber stolpert über eine nicht gesicherte Leiter am Hochsitz
  und bricht sich das Handgelenk – mitversichert, sofern der Hochsitz
  dem Kunden gehört.

Beitrag Tarif Plus: 129 EUR jährlich (Tarif Basis: 89 EUR).

Ihre Produktmanagement Haftpflicht
""")
    return finish(145, m)


# --- 0146 -----------------------------------------------------------------
@mail(146, "NORMAL", "de", "internal",
      "trap: lawyers' fee table update with example calculations for injury-claim values, no case")
def m0146():
    m = new(146, "Rechtsabteilung Schaden <recht-schaden@versicherer.example>",
            "Schaden alle <schaden-alle@versicherer.example>",
            "Neue RVG-Gebührentabelle – Erstattung von Anwaltskosten",
            dt(8, 19, 11, 0))
    body(m, """
Hallo zusammen,

zur Erinnerung: Seit der letzten Anpassung gelten für die Erstattung
gegnerischer Anwaltskosten die neuen Werte der Anlage 2 zum RVG. Die
Tabelle in ClaimCenter ist aktualisiert. Beispielrechnungen (1,3
Geschäftsgebühr, Pauschale 20 EUR, zzgl. 19 % USt.):

Gegenstandswert     1,0 Gebühr     1,3 Gebühr + Auslagen + USt.
  2.000 EUR          176,00 EUR       296,07 EUR
  5.000 EUR          393,00 EUR       631,75 EUR
 10.000 EUR          692,00 EUR     1.094,35 EUR
 25.000 EUR          955,00 EUR     1.501,17 EUR

Hinweise für Personenschäden:
- Gegenstandswert ist der regulierte Betrag, nicht die Forderung.
- Schmerzensgeldrenten werden mit dem fünffachen Jahresbetrag bewertet.
- Eine 1,5-Gebühr nur bei umfangreicher oder schwieriger Tätigkeit
  (z. B. mehrere Gutachten, Verhandlungen über Dauerschäden).

Rechtsabteilung Schaden
""")
    return finish(146, m)


# --- 0147 -----------------------------------------------------------------
@mail(147, "CONFIDENTIAL", "de", "court-to-insurer",
      "local court's settlement proposal in a property-damage suit: named parties, 60/40 split, amounts")
def m0147():
    m = new(147, "Amtsgericht Hamburg-Altona <poststelle@ag-altona.justiz.example>",
            "prozessabteilung@versicherer.example",
            "318a C 47/26 – Arslan ./. Engel u. a. – Vergleichsvorschlag des Gerichts",
            dt(8, 20, 14, 9), client="egvp")
    body(m, """
Amtsgericht Hamburg-Altona
Abteilung 318a

318a C 47/26

In dem Rechtsstreit Arslan ./. Engel u. a.

schlägt das Gericht nach Anhörung der Parteien und Vernehmung der
Zeugin Mareike Stolte im Termin vom 20.05.2026 zur gütlichen
Beilegung folgenden Vergleich vor:

1. Die Beklagten zahlen als Gesamtschuldner an den Kläger
   1.928,76 EUR (60 % des Schadens von 3.214,60 EUR).
2. Damit sind alle Ansprüche des Klägers aus dem Verkehrsunfall vom
   03.11.2025 abgegolten.
3. Die Kosten des Rechtsstreits tragen der Kläger zu 40 %, die
   Beklagten zu 60 %.

Begründung in Kürze: Die Zeugin konnte nicht sicher sagen, welches
Fahrzeug den Fahrstreifen zuerst gewechselt hat. Bei dieser
Beweislage erscheint eine Haftungsverteilung von 60 : 40 zu Lasten der
Beklagten angemessen, weil die Beklagte zu 1 nach eigener Aussage den
Schulterblick unterlassen hat.

Die Parteien können den Vorschlag binnen drei Wochen schriftlich
annehmen (§ 278 Abs. 6 ZPO).

Hamburg, 18.08.2026
Voß, Richter am Amtsgericht
""")
    return finish(147, m)


# --- 0148 -----------------------------------------------------------------
@mail(148, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "recourse: insured's son drove without a licence, criminal proceedings named; property damage only")
def m0148():
    m = new(148, "Thomas Riedel <thomas.riedel@versicherer.example>",
            "Heiko Brandes <heiko.brandes@gutenmorgen-mail.example>",
            "Kfz-Haftpflicht KF-7731-205517 – Regress wegen Fahrens ohne Fahrerlaubnis",
            dt(8, 21, 10, 38))
    body(m, """
Sehr geehrter Herr Brandes,

am 11.06.2026 hat Ihr Sohn Kevin Brandes mit Ihrem Fahrzeug
(NMS-HB 306) in Neumünster einen Unfall verursacht, bei dem zwei
geparkte Autos und eine Gartenmauer beschädigt wurden. Personen kamen
nicht zu Schaden. Wir haben an die Geschädigten insgesamt 8.944,20 EUR
gezahlt.

Aus der Ermittlungsakte geht hervor, dass Ihr Sohn keine Fahrerlaubnis
besitzt; sie war ihm im Januar 2026 wegen einer früheren Trunkenheits-
fahrt entzogen worden. Die Staatsanwaltschaft Kiel hat gegen ihn
Anklage wegen Fahrens ohne Fahrerlaubnis (§ 21 StVG) erhoben. Nach
Ihrer eigenen Aussage gegenüber der Polizei wussten Sie davon und haben
ihm den Schlüssel trotzdem überlassen.

Damit liegt eine Verletzung der Führerscheinklausel (AKB D.1.3) vor.
Wir nehmen Sie als Versicherungsnehmer und Ihren Sohn als Fahrer als
Gesamtschuldner in Höhe von

        5.000,00 EUR

in Regress (§ 5 Abs. 3 KfzPflVV). Bitte zahlen Sie bis zum 21.09.2026.

Mit freundlichen Grüßen
Thomas Riedel
Regress Kraftfahrt
Versicherer Allgemeine Versicherung AG
""")
    return finish(148, m)


# --- 0149 -----------------------------------------------------------------
@mail(149, "NORMAL", "en", "internal",
      "trap: English job advert for a cross-border bodily-injury claims handler with medical terms")
def m0149():
    m = new(149, "Group Talent Acquisition <careers@versicherer-group.example>",
            "Claims staff DE <claims-staff-de@versicherer.example>",
            "Internal vacancy: Claims Handler Bodily Injury – Cross-Border Unit (Hamburg/remote)",
            dt(8, 24, 9, 0))
    body(m, """
INTERNAL VACANCY: Claims Handler Bodily Injury, Cross-Border Unit

Location: Hamburg or remote within Germany | Full-time | Permanent

About the role
Our new Cross-Border Unit handles motor and liability claims with
injured parties from other EU countries and the UK. You will:
- manage bodily injury claims from first notification to settlement,
- review medical reports in English and German (orthopaedic,
  neurological and psychological reports),
- work with foreign lawyers, correspondents and social insurers,
- set and review reserves, including large losses with long-term care.

What you bring
- 3+ years' experience in bodily injury claims
- fluent English and German; Polish, Dutch or French is a plus
- knowledge of medical terminology (e.g. whiplash, fractures,
  traumatic brain injury, PTSD) and of loss-of-earnings calculations

Apply via the intranet by 20 September 2026. Questions: Markus Brandt
(Head of Bodily Injury Claims, Motor).
""", cte="7bit")
    return finish(149, m)


# --- 0150 -----------------------------------------------------------------
@mail(150, "CONFIDENTIAL", "de", "insurer-to-customer",
      "theft claim: named insured, plate, VIN, police reference, request for all keys; no injury")
def m0150():
    m = new(150, "Paul Ostermann <paul.ostermann@versicherer.example>",
            "Dr. Annette Wilke <a.wilke@praxis-post.example>",
            "Diebstahl Ihres Fahrzeugs HH-AW 7007 – KS-26-0030214",
            dt(8, 25, 13, 14))
    body(m, """
Sehr geehrte Frau Dr. Wilke,

es tut uns leid, dass Ihr Range Rover Evoque (HH-AW 7007,
FIN SALZA2BN4LH091552) in der Nacht zum 19.08.2026 vor Ihrem Haus in
Othmarschen gestohlen wurde. Ihre Anzeige liegt der Polizei unter der
Vorgangsnummer 190826-0312-077 vor.

Für die Bearbeitung Ihres Teilkaskoschadens (Vertrag KF-7731-212845)
benötigen wir:

1. alle Fahrzeugschlüssel (laut Kaufvertrag zwei Keyless-Schlüssel),
   bitte per Einschreiben an uns; wir lassen sie auslesen,
2. die Zulassungsbescheinigung Teil II (Fahrzeugbrief) im Original,
3. den Kaufvertrag und Nachweise über Sonderausstattung,
4. die Abmeldebescheinigung der Zulassungsstelle.

Nach den Bedingungen zahlen wir frühestens einen Monat nach Eingang der
Schadenanzeige, falls das Fahrzeug bis dahin nicht wieder auftaucht.
Entschädigt wird der Wiederbeschaffungswert am Tag des Diebstahls
abzüglich 300 EUR Selbstbeteiligung.

Mit freundlichen Grüßen
Paul Ostermann
Kraftfahrt-Schaden Kasko
""")
    return finish(150, m)


# --- 0151 -----------------------------------------------------------------
@mail(151, "STRICTLY_CONFIDENTIAL", "de", "internal",
      "base64-encoded body: physiotherapy invoice items for a named claimant forwarded for approval")
def m0151():
    m = new(151, "Birgit Nowak <birgit.nowak@versicherer.example>",
            "Frauke Sievers <frauke.sievers@versicherer.example>",
            "Rechnung Physio – bitte Freigabe",
            dt(8, 26, 9, 2), client="owa")
    body(m, """
Hallo Frauke,

die Rechnung kam per Post, ich habe sie abgetippt. Ist das so in
Ordnung zum Zahlen? Es ist die Akte KS-26-0006112.

Physiotherapie am Elbufer, Rechnung 2026-0881 vom 24.08.2026
Patientin: Gisela Timm, Wedeler Landstraße 12, 22559 Hamburg
Verordnung: Dr. Meincke, Diagnose: Z. n. proximaler Humerusfraktur
rechts, Schultersteife

18.05.–21.08.2026
  Krankengymnastik (X0501)          20 x 27,40 =  548,00 EUR
  Manuelle Therapie (X1201)         10 x 31,90 =  319,00 EUR
  Wärmetherapie heiße Rolle (X1530)  10 x 11,20 =  112,00 EUR
Summe                                             979,00 EUR

Frau Timm ist gesetzlich versichert, die Kasse hat nur 12 Termine
übernommen; die Rechnung betrifft die privat bezahlten Behandlungen
danach.

LG Birgit
""", cte="base64")
    return finish(151, m)


# --- 0152 -----------------------------------------------------------------
@mail(152, "NORMAL", "en", "internal",
      "lunch invitation")
def m0152():
    m = new(152, "Aisha Rahman <claims.reporting@versicherer-group.example>",
            "Markus Brandt <markus.brandt@versicherer.example>",
            "Lunch on Thursday?",
            dt(8, 26, 11, 47))
    body(m, """
Hi Markus,

I'm in Hamburg on Thursday for the reporting workshop. Fancy lunch
after? The Portuguese place by the harbour, 12:30?

Aisha
""", cte="7bit")
    return finish(152, m)


# --- 0153 -----------------------------------------------------------------
@mail(153, "CONFIDENTIAL", "de", "internal",
      "payment run for approval as CSV (windows-1252): payees' names, IBANs, claim numbers, property claims")
def m0153():
    m = new(153, "Zahlungsverkehr Schaden <zahlungsverkehr-schaden@versicherer.example>",
            "Sabine Wulf <sabine.wulf@versicherer.example>",
            "Freigabe Zahllauf 2026-08-27 Team KH2 (Betrag > 5.000 EUR)",
            dt(8, 27, 7, 35))
    body(m, """
Guten Morgen Frau Wulf,

im heutigen Zahllauf sind drei Zahlungen Ihres Teams über der
Einzelfreigabegrenze. Bitte prüfen Sie die Liste im Anhang und geben Sie
die Zahlungen bis 11:00 Uhr in ClaimCenter frei (Vier-Augen-Prinzip).

Mit freundlichen Grüßen
Zahlungsverkehr Schaden
""")
    csvt = """Zahllauf;Schadennummer;Empfänger;IBAN;Betrag;Verwendungszweck;Sachbearbeiter
2026-08-27;KS-26-0013390;Kanzlei Scholz Verkehrsrecht;DE20600501011877892924;6.738,60;Albers ./. Schütte Sachschaden;Köhler
2026-08-27;KS-26-0026118;Florian Gruber;AT401400070626144189;5.412,00;Parkschaden Flughafen;Köhler
2026-08-27;KS-26-0025502;Gregor Lindemann;DE65860555922999821815;5.980,44;Fahrertür Tesla, E-Scooter;Köhler
"""
    attach_text(m, csvt, "csv", "Zahllauf_2026-08-27_KH2.csv", charset="windows-1252",
                cte="quoted-printable")
    return finish(153, m)


# --- 0154 -----------------------------------------------------------------
@mail(154, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-claimant",
      "monthly annuity for increased needs after a lower-leg amputation; prosthesis replacement, named claimant")
def m0154():
    m = new(154, "Markus Brandt <markus.brandt@versicherer.example>",
            "Stefan Kühn <stefan.kuehn@heidepost.example>",
            "Ihre Mehrbedarfsrente – Anpassung ab 01.10.2026 – KS-23-0188402",
            dt(9, 1, 10, 0))
    body(m, """
Sehr geehrter Herr Kühn,

wie mit Ihrem Anwalt, Herrn Grote, vereinbart, passen wir Ihre
monatliche Rente wegen vermehrter Bedürfnisse ab dem 01.10.2026 an.

Grundlage ist weiterhin der Vergleich vom 14.11.2024 nach dem Unfall
vom 02.03.2023, bei dem Sie Ihren rechten Unterschenkel verloren haben.
Berücksichtigt werden:

  Pflege und Wartung der Prothese, Stumpfstrümpfe,
  Hautpflege                                        95,00 EUR
  Mehrkosten Mobilität (Taxi bei Stumpfproblemen,
  Automatikfahrzeug)                               140,00 EUR
  Hilfe bei Haus- und Gartenarbeit                 210,00 EUR
  -----------------------------------------------------------
  monatliche Rente ab 01.10.2026                   445,00 EUR
  (bisher 410,00 EUR)

Zusätzlich übernehmen wir, wie besprochen, die Kosten des neuen
Prothesenschafts mit Vakuumsystem laut Kostenvoranschlag des
Sanitätshauses Holst (4.380 EUR), soweit Ihre Krankenkasse sie nicht
trägt. Bitte reichen Sie die Ablehnung der Kasse bei uns ein.

Mit freundlichen Grüßen
Markus Brandt
Leiter Personenschaden Kraftfahrt
Versicherer Allgemeine Versicherung AG
""")
    return finish(154, m)


# --- 0155 -----------------------------------------------------------------
@mail(155, "NORMAL", "mixed", "supplier-to-insurer",
      "trap: rental firm's 2027 price list for replacement cars incl. wheelchair-accessible vans, German/English")
def m0155():
    m = new(155, "Mark Ellison <mark.ellison@eurodrive-rental.example>",
            "Paul Ostermann <paul.ostermann@versicherer.example>",
            "Preisliste 2027 / price list 2027 – Unfallersatz",
            dt(9, 2, 14, 30))
    body(m, """
Hallo Paul,

wie besprochen die Preise für 2027 (German below, English summary at
the end for your group procurement colleagues).

Gruppe   Beispiel                       Tagespreis   Woche
A        VW Polo                          42 EUR      260 EUR
B        VW Golf                          49 EUR      305 EUR
C        Skoda Octavia Kombi              58 EUR      360 EUR
D        BMW 3er / Audi A4                76 EUR      470 EUR
E        E-Fahrzeug Mittelklasse          64 EUR      395 EUR
R        Rollstuhlgerechter Van (Rampe)   98 EUR      610 EUR
H        Pkw mit Handbediengerät          89 EUR      555 EUR

Neu sind die Gruppen R und H für Kunden mit Mobilitätseinschränkung,
z. B. nach Unfällen. Zustellung/Abholung im Umkreis 30 km kostenlos.

English summary: prices rise 3.1 % on average; two new categories for
drivers with disabilities (wheelchair-accessible van, hand controls);
free delivery within 30 km; invoicing via claims portal from 1 Jan.

Best regards / Viele Grüße
Mark
""")
    return finish(155, m)


# --- 0156 -----------------------------------------------------------------
@mail(156, "NORMAL", "de", "broker-to-insurer",
      "broker company (GmbH) announces its new office address and phone numbers")
def m0156():
    m = new(156, "Hanse Assekuranz Makler GmbH <info@hanse-assekuranz.example>",
            "maklerbetreuung@versicherer.example",
            "Umzug Hanse Assekuranz Makler GmbH zum 01.10.",
            dt(9, 3, 9, 20))
    body(m, """
Sehr geehrte Damen und Herren,

wir ziehen um! Ab dem 1. Oktober 2026 finden Sie uns unter:

Hanse Assekuranz Makler GmbH
Ballindamm 40
20095 Hamburg
Telefon 040 555 7720-0, Fax -99

E-Mail-Adressen und Vermittlernummer (D-H4KQ-88TJ1-22) bleiben
unverändert. Bitte passen Sie Ihre Stammdaten an und senden Sie Post ab
dem 25.09. an die neue Anschrift.

Mit freundlichen Grüßen
Olaf Petersen, Geschäftsführer
""")
    return finish(156, m)


# --- 0157 -----------------------------------------------------------------
@mail(157, "STRICTLY_CONFIDENTIAL", "de", "claimant-to-insurer",
      "one-line cover mail; attached PDF is a plastic surgeon's cost estimate for a child's facial scar (attachment-only)")
def m0157():
    m = new(157, "Stefanie Brückner <steffi.brueckner@familienpost.example>",
            "Selin Aydın <selin.aydin@versicherer.example>",
            "Kostenvoranschlag",
            dt(9, 7, 19, 40), client="tb")
    body(m, """
Hallo Frau Aydın, hier wie besprochen der Kostenvoranschlag.
Viele Grüße, S. Brückner
""", flowed=True)
    pdf = make_pdf([
        "# Praxis für Plastische und Ästhetische Chirurgie",
        "Dr. med. Clara Winterberg, Fachärztin für Plastische Chirurgie, Hamburg-Eppendorf",
        "",
        "Kostenvoranschlag vom 03.09.2026",
        "Patientin: Mia Brückner, geb. 17.02.2020",
        "Gesetzliche Vertreterin: Stefanie Brückner",
        "",
        "Befund: 4,5 cm lange, leicht hypertrophe, gerötete Narbe Wange links nach Hundebiss",
        "(04/2026), Einziehung am Oberlippenrand links, funktionell keine Einschränkung.",
        "",
        "Geplante Behandlung (frühestens 04/2027, Narbenreifung abwarten):",
        "1. Narbenkorrektur Wange mit W-Plastik in Vollnarkose (ambulant)",
        "2. Korrektur Lippenrot links",
        "3. anschließend 3 Sitzungen Laserbehandlung (gepulster Farbstofflaser)",
        "",
        "GOÄ-Ziffern (Auszug): 2392 Narbenkorrektur, 2382 Lappenplastik, 2440 Laser je Sitzung",
        "Operation und Nachsorge                                      1.840,00 EUR",
        "Anästhesie (Kinderanästhesie)                                   620,00 EUR",
        "Laserbehandlungen 3 x 210 EUR                                   630,00 EUR",
        "Voraussichtliche Gesamtkosten                                 3.090,00 EUR",
        "",
        "Die gesetzliche Krankenkasse übernimmt ästhetische Narbenkorrekturen in der Regel nicht.",
    ], title="Kostenvoranschlag", author="Dr. med. Clara Winterberg")
    attach(m, pdf, "application/pdf", "KV_Winterberg_2026-09-03.pdf")
    return finish(157, m)


# --- 0158 -----------------------------------------------------------------
@mail(158, "NORMAL", "de", "lawyer-to-insurer",
      "law firm proposes encrypted e-mail and sends its public PGP key fingerprint, no case content")
def m0158():
    m = new(158, "Kanzlei Scholz Verkehrsrecht <post@scholz-verkehrsrecht.example>",
            "securemail-admin@versicherer.example",
            "Verschlüsselte Kommunikation – unser öffentlicher Schlüssel",
            dt(9, 8, 10, 5))
    body(m, """
Sehr geehrte Damen und Herren,

wir korrespondieren regelmäßig mit Ihrer Schadenabteilung und würden
die Kommunikation gern Ende-zu-Ende verschlüsseln. Unser öffentlicher
OpenPGP-Schlüssel für post@scholz-verkehrsrecht.example ist auf
keys.openpgp.org veröffentlicht.

Fingerabdruck:
  7C2E 91A4 0B5D 33F8 6E12  A9C0 4D77 1E85 B036 F2D9

Alternativ nutzen wir gern S/MIME, wenn Sie uns Ihr Zertifikat senden.
Bitte teilen Sie uns mit, welches Verfahren Sie bevorzugen.

Mit freundlichen Grüßen
Miriam Scholz
Rechtsanwältin
""")
    return finish(158, m)


# --- 0159 -----------------------------------------------------------------
@mail(159, "CONFIDENTIAL", "en", "company-to-insurer",
      "UK haulier's claim for a trailer damaged by our insured at a service area: named driver, plates, no injury")
def m0159():
    m = new(159, "Claims Dept Pennine Freight <claims@pennine-freight.example>",
            "kfz-schaden@versicherer.example",
            "Claim PF-26-0412 – trailer damage, Autohof Garbsen, 2 September 2026",
            dt(9, 9, 16, 20))
    body(m, """
Dear Sirs,

On 2 September 2026 at about 21:40 our articulated lorry (UK
registration PN22 FRT, trailer no. PF-T-118) was parked at the Autohof
Garbsen near Hannover for the driver's rest period. Your policyholder,
driving a camper van with German registration H-WK 2201, reversed into
the rear of our trailer and damaged the rear doors, the lighting bar
and the underrun protection.

Our driver, Mr Gareth Pryce, was asleep in the cab; he was not hurt and
exchanged details with your policyholder, Mr Werner Klaasen, who
admitted causing the damage. A photo of the signed European Accident
Statement is attached to our claim in your portal.

Our claim:
  repair of rear doors and underrun bar (quote MAN Truck
  Service Hannover)                               EUR 4,870.00
  lighting bar                                    EUR   612.00
  delay: 1 day, lost delivery slot                EUR   450.00
  total                                           EUR 5,932.00

Please confirm cover and let us know whether you will instruct an
assessor before we proceed with the repair in the UK.

Regards,
Claire Whitmore
Claims Manager, Pennine Freight Ltd, Leeds
""")
    return finish(159, m)


# --- 0160 -----------------------------------------------------------------
@mail(160, "STRICTLY_CONFIDENTIAL", "en", "claimant-to-insurer",
      "claimant in simple English describes numb, tingling fingers and dropping things since the accident, no medical terms")
def m0160():
    m = new(160, "Oksana Melnyk <oksana.melnyk@freemail-ua.example>",
            "Jana Köhler <jana.koehler@versicherer.example>",
            "about my hand after the accident",
            dt(9, 10, 21, 13), client="android")
    body(m, """
Dear Mrs Köhler,

sorry my English is not so good, my German even less.

You asked me how I am after the car crashed into my car in June. The
glass is repaired, thank you. But my right hand is not ok. Since the
accident my fingers are sleeping all the time, like small needles, more
in the night. I drop cups and yesterday a plate. I cannot hold the pen
long, so writing for my German course is hard. Also I can not open
bottles anymore. My arm hit the door very hard in the crash.

I work in a bakery and I must form the bread with my hands. My boss is
patient but he says if it is not better he needs somebody else.

The doctor in the clinic wants to do a test with electric on my arm
next month. Can your company pay if I need more help? What do I need
to send to you?

Thank you very much
Oksana Melnyk
Hamburg-Billstedt
""", cte="base64")
    return finish(160, m)


# --- 0161 -----------------------------------------------------------------
@mail(161, "NORMAL", "de", "internal",
      "trap: claims-system note on the ICD-10-GM 2027 update for injury codes and statistics groups, no person")
def m0161():
    m = new(161, "Lukas Jansen <lukas.jansen@versicherer.example>",
            "Team Personenschaden <team-personenschaden@versicherer.example>",
            "ICD-10-GM 2027 in ClaimCenter – Änderungen bei den Verletzungscodes",
            dt(9, 14, 13, 10))
    body(m, """
Hallo zusammen,

zum 01.01.2027 spielen wir die ICD-10-GM-Version 2027 in ClaimCenter
ein. Für euch relevant:

- Neue Unterteilungen im Kapitel XIX (Verletzungen), u. a. bei
  S06.- (intrakranielle Verletzung) und S72.- (Femurfraktur). Alte
  Codes bleiben in bestehenden Akten erhalten.
- Die Zuordnung zu unseren Statistikgruppen ("HWS", "Fraktur obere
  Extremität", "SHT", "Querschnitt", "psychisch") wird automatisch
  angepasst. S13.4 bleibt in der Gruppe HWS.
- Zusatzkennzeichen G/V/Z/A und Seitenangabe R/L/B sind weiterhin
  Pflichtfelder, wenn ein Code erfasst wird.
- Für F43.1 (PTBS) wird künftig ein Hinweis auf die Pflicht zur
  beratungsärztlichen Prüfung eingeblendet.

Testfälle in CC11-TEST sind vorbereitet; bitte meldet Auffälligkeiten
bis 30.11.

Gruß
Lukas
""")
    return finish(161, m)


# --- 0162 -----------------------------------------------------------------
@mail(162, "CONFIDENTIAL", "de", "insurer-to-customer",
      "copy of the customer's claim report in text and HTML: name, address, plate, policy, other party; no injury")
def m0162():
    m = new(162, "Kundenservice Kfz <kfz-service@versicherer.example>",
            "Rainer Tönnies <rainer.toennies@altonaer-post.example>",
            "Kopie Ihrer Schadenmeldung KS-26-0031220",
            dt(9, 15, 11, 48))
    body(m, """
Sehr geehrter Herr Tönnies,

wie gewünscht erhalten Sie eine Kopie Ihrer telefonischen
Schadenmeldung vom 10.09.2026:

Versicherungsnehmer: Rainer Tönnies, Große Bergstraße 201, 22767 Hamburg
Vertrag: KF-7731-203348 (Kfz-Haftpflicht und Vollkasko)
Fahrzeug: Toyota Corolla Hybrid, HH-RT 6080
Schadentag/-ort: 09.09.2026, 17:30 Uhr, Parkplatz Elbe-Einkaufszentrum
Hergang: beim Einparken den Kotflügel eines stehenden Fahrzeugs berührt
Gegner: Frau Dilara Aksu, Hyundai i20, HH-DA 2811
Personenschaden: nein
Polizei: nein

Bitte prüfen Sie die Angaben und melden Sie sich, falls etwas nicht
stimmt.

Mit freundlichen Grüßen
Ihr Kundenservice Kfz
""")
    html_alt(m, """
<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Sehr geehrter Herr Tönnies,</p>
<p>wie gewünscht erhalten Sie eine Kopie Ihrer telefonischen Schadenmeldung vom 10.09.2026:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><td>Versicherungsnehmer</td><td>Rainer Tönnies, Große Bergstraße 201, 22767 Hamburg</td></tr>
<tr><td>Vertrag</td><td>KF-7731-203348 (Kfz-Haftpflicht und Vollkasko)</td></tr>
<tr><td>Fahrzeug</td><td>Toyota Corolla Hybrid, HH-RT 6080</td></tr>
<tr><td>Schadentag/-ort</td><td>09.09.2026, 17:30 Uhr, Parkplatz Elbe-Einkaufszentrum</td></tr>
<tr><td>Hergang</td><td>beim Einparken den Kotflügel eines stehenden Fahrzeugs berührt</td></tr>
<tr><td>Gegner</td><td>Frau Dilara Aksu, Hyundai i20, HH-DA 2811</td></tr>
<tr><td>Personenschaden</td><td>nein</td></tr>
<tr><td>Polizei</td><td>nein</td></tr>
</table>
<p>Bitte prüfen Sie die Angaben und melden Sie sich, falls etwas nicht stimmt.</p>
<p>Mit freundlichen Grüßen<br>Ihr Kundenservice Kfz</p>
</body></html>
""")
    return finish(162, m)


# --- 0163 -----------------------------------------------------------------
@mail(163, "STRICTLY_CONFIDENTIAL", "de", "internal",
      "bland body; ODS list for the reserve meeting names injured claimants with injuries and reserves (attachment-only)")
def m0163():
    m = new(163, "Markus Brandt <markus.brandt@versicherer.example>",
            "Oliver Hensel <oliver.hensel@versicherer.example>",
            "Unterlage Reserverunde 29.09.",
            dt(9, 18, 16, 40),
            cc="Nina Petersen <nina.petersen@versicherer.example>")
    body(m, """
Hallo Oliver,

anbei die Liste für die Reserverunde am Dienstag. Ich habe die Fälle
markiert, über die wir sprechen sollten.

Gruß
Markus
""")
    o = make_ods([
        ("Großschäden PS", [
            ["Schaden-Nr.", "Verletzte Person", "Alter", "Verletzungen", "Reserve alt EUR", "Reserve neu EUR", "Besprechen"],
            ["KS-26-0007722", "Daniel Reuter", 27, "Querschnitt Th11, ASIA A", 3200000, 3450000, "ja"],
            ["KS-25-0402261", "Florian Dreyer", 34, "schweres SHT, Kraniotomie, kognitive Defizite", 900000, 1250000, "ja"],
            ["KS-25-0419982", "Hildegard Pohl", 79, "Schenkelhalsfraktur, TEP, Pflegegrad 2", 85000, 110000, "nein"],
            ["KS-23-0188402", "Stefan Kühn", 51, "Unterschenkelamputation rechts", 640000, 655000, "nein"],
            ["KS-26-0025870", "Ursula Kramer u. a.", 71, "Beckenfraktur; Mitreisende Rippen-/Handgelenkfrakturen", 180000, 210000, "ja"],
            ["KS-25-0441870", "Holger Barthel (verst.)", 44, "tödlich; Witwe PTBS", 420000, 420000, "nein"],
        ]),
    ])
    attach(m, o, "application/vnd.oasis.opendocument.spreadsheet", "Reserverunde_2026-09-29.ods")
    return finish(163, m)


# --- 0164 -----------------------------------------------------------------
@mail(164, "NORMAL", "mixed", "internal",
      "team event invitation in German and English")
def m0164():
    m = new(164, "Sabine Wulf <sabine.wulf@versicherer.example>",
            "Team KH2 <team-kh2@versicherer.example>",
            "Teamtag 09.10. / team day 9 October",
            dt(9, 21, 10, 0),
            cc="Aisha Rahman <claims.reporting@versicherer-group.example>")
    body(m, """
Hallo zusammen,

unser Teamtag ist am Freitag, 09.10. Programm: vormittags Workshop zu
den Zielen 2027, nachmittags Drachenbootfahren auf der Alster (bitte
Wechselkleidung mitbringen!), ab 18 Uhr Essen im "Fischereihafen".

Hi Aisha and the reporting team – you're very welcome to join us for
the afternoon and dinner. The workshop will be in German, but the boat
doesn't care which language you paddle in.

Bitte bis 30.09. zu- oder absagen.

Sabine
""")
    return finish(164, m)


# --- 0165 -----------------------------------------------------------------
@mail(165, "CONFIDENTIAL", "de", "internal",
      "fraud-database hit on a claimant's car: earlier unrepaired damage in the same area; no complaint, property only")
def m0165():
    m = new(165, "Mehmet Kaya <mehmet.kaya@versicherer.example>",
            "Jana Köhler <jana.koehler@versicherer.example>",
            "HIS-Treffer KS-26-0030877 – Vorschaden",
            dt(9, 22, 14, 5))
    body(m, """
Hi Jana,

die HIS-Abfrage zum BMW X3 des Anspruchstellers Herrn Bernd
Kloppenburg (HH-BK 7070) hat einen Treffer ergeben:

- Vorschaden 11/2024 bei einem anderen Versicherer, Anstoß vorne
  rechts, abgerechnet fiktiv auf Gutachtenbasis (6.120 EUR).
- Eine Reparaturrechnung wurde damals nicht vorgelegt.

Jetzt macht er wieder einen Schaden vorne rechts geltend
(Kotflügel, Scheinwerfer, Stoßfänger; Gutachten 5.480 EUR). Bei meiner
Besichtigung gestern: Der Kotflügel hat unter dem frischen Schaden
eine ältere, nur provisorisch ausgebeulte Delle, der Scheinwerfer hat
eine geklebte Halterung.

Vorschlag: Reparaturnachweis für den Vorschaden anfordern; ohne
Nachweis nur den Teil regulieren, der eindeutig neu ist (Stoßfänger,
ca. 1.400 EUR). Ein Betrugsverdacht im strafrechtlichen Sinn ist das
für mich (noch) nicht, eher eine typische "Doppelabrechnung".

Gruß
Mehmet
Schadenaußendienst Kraftfahrt
""")
    return finish(165, m)


# --- 0166 -----------------------------------------------------------------
@mail(166, "STRICTLY_CONFIDENTIAL", "de", "court-to-insurer",
      "regional court judgment excerpt: named plaintiff with tinnitus and hearing loss after airbag deployment")
def m0166():
    m = new(166, "Landgericht Hamburg – Geschäftsstelle <poststelle@lg-hamburg.justiz.example>",
            "prozessabteilung@versicherer.example",
            "302 O 88/25 – Wolters ./. Versicherer Allgemeine Versicherung AG – Urteil",
            dt(9, 24, 12, 30), client="egvp")
    body(m, """
Landgericht Hamburg
Zivilkammer 2

302 O 88/25

Im Namen des Volkes – Urteil

In dem Rechtsstreit
Carmen Wolters, Alsterkrugchaussee 55, 22297 Hamburg – Klägerin –
gegen
Versicherer Allgemeine Versicherung AG – Beklagte –

hat die Kammer für Recht erkannt:

1. Die Beklagte wird verurteilt, an die Klägerin ein Schmerzensgeld
   von 6.000,00 EUR nebst Zinsen in Höhe von fünf Prozentpunkten über
   dem Basiszinssatz seit dem 14.04.2025 zu zahlen.
2. Es wird festgestellt, dass die Beklagte verpflichtet ist, der
   Klägerin alle künftigen materiellen und immateriellen Schäden aus
   dem Verkehrsunfall vom 02.02.2025 zu ersetzen.
3. Im Übrigen wird die Klage abgewiesen.
4. Die Kosten tragen die Klägerin zu 30 %, die Beklagte zu 70 %.

Aus den Gründen (Auszug):
Nach dem überzeugenden Gutachten des HNO-Sachverständigen steht fest,
dass die Klägerin durch die Auslösung des Fahrerairbags ein
Knalltrauma erlitten hat. Es besteht ein dauerhafter Tinnitus links
sowie eine Innenohrschwerhörigkeit links im Hochtonbereich von bis zu
35 dB. Die Klägerin, eine Musiklehrerin, ist dadurch in ihrer
Berufsausübung und Lebensführung spürbar beeinträchtigt; sie leidet
unter Ein- und Durchschlafstörungen. Ein höheres Schmerzensgeld als
6.000 EUR ist jedoch nicht gerechtfertigt, da ...

Hamburg, 22.09.2026
Dr. Lüttke, Vorsitzender Richter am Landgericht

Übermittelt über EGVP. Ausfertigung folgt.
""")
    return finish(166, m)


# --- 0167 -----------------------------------------------------------------
@mail(167, "NORMAL", "en", "newsletter",
      "trap: reinsurer seminar on long-tail bodily injury (care inflation, life expectancy after spinal injury)")
def m0167():
    m = new(167, "Nordic Re Events <events@nordic-re.example>",
            "oliver.hensel@versicherer.example",
            "Invitation: Nordic Re Casualty Seminar 2026 – long-tail bodily injury",
            dt(9, 28, 8, 0), client="none",
            headers=[("Precedence", "bulk")])
    body(m, """
Dear client,

we are pleased to invite you to our Casualty Seminar 2026 in
Copenhagen on 19-20 November.

Programme highlights
- Care cost inflation in Germany, Austria and the Nordics: what the
  2025 wage agreements mean for capitalised care reserves
- Life expectancy after spinal cord injury and severe traumatic brain
  injury: new data from European registries
- Mental injury claims: PTSD after road accidents and how courts
  quantify them
- Autonomous driving and product liability recourse

The seminar is free of charge for clients; travel at own cost.
Please register by 23 October at nordic-re.example/seminar2026.

Kind regards
Nordic Re Client Events
""", cte="7bit")
    return finish(167, m)


# --- 0168 -----------------------------------------------------------------
@mail(168, "CONFIDENTIAL", "de", "internal",
      "returned payment: claimant's IBAN has a typo (invalid checksum) in the quoted mail; name, claim number")
def m0168():
    m = new(168, "Zahlungsverkehr Schaden <zahlungsverkehr-schaden@versicherer.example>",
            "Jonas Rieck <jonas.rieck@versicherer.example>",
            "Rücküberweisung KS-26-0029902 – IBAN ungültig",
            dt(9, 29, 9, 15))
    body(m, """
Hallo Herr Rieck,

die Zahlung über 1.742,30 EUR an Frau Yvonne Schlüter (KS-26-0029902)
ist von der Bank zurückgekommen, Rückgabegrund AC01 "IBAN fehlerhaft".
Die IBAN stammt aus der Mail der Kundin unten; da ist wohl ein
Zahlendreher drin (Prüfziffer stimmt nicht). Bitte lassen Sie sich die
Bankverbindung noch einmal bestätigen, am besten mit Kontoauszug.

Viele Grüße
Zahlungsverkehr Schaden

> Von: Yvonne Schlüter <y.schlueter@norddeich-mail.example>
> Gesendet: Montag, 21. September 2026 18:40
> An: Jonas Rieck
> Betreff: Konto für die Reparatur
>
> Hallo Herr Rieck,
> hier mein Konto für die Erstattung der Reparatur (Golf, AUR-YS 12):
> DE12 4306 0967 6592 6950 88
> Danke! Yvonne Schlüter
""")
    return finish(168, m)


# --- 0169 -----------------------------------------------------------------
@mail(169, "STRICTLY_CONFIDENTIAL", "de", "internal",
      "handler note: insured's dog bit a four-year-old's hand at a birthday party; tetanus, antibiotics; favour-relationship question")
def m0169():
    m = new(169, "Selin Aydın <selin.aydin@versicherer.example>",
            "Dirk Behrens <dirk.behrens@versicherer.example>",
            "HS-26-0051880 Hundebiss Kindergeburtstag – Gefälligkeit?",
            dt(10, 1, 11, 22))
    body(m, """
Hallo Dirk,

kurze Abstimmung zu einem Fall, bevor ich den Eltern antworte:

Bei unserer VN Frau Meike Rohlfs (Tierhalterhaftpflicht
TH-5520-210944) war am 26.09. Kindergeburtstag. Der kleine Paul
Nissen (4), Gast auf der Feier, hat den Familienhund (Border Collie)
am Futternapf gestreichelt und wurde in die linke Hand gebissen. Zwei
Bissverletzungen am Handrücken, in der Kinderchirurgie gereinigt, nicht
genäht, Tetanusschutz aufgefrischt, eine Woche Antibiotikum. Laut Mutter
ist alles gut verheilt, Paul hat aber jetzt Angst vor Hunden.

Die Eltern (mit der VN befreundet) wollen eigentlich "nichts", fragen
aber nach Ersatz der Fahrtkosten und einem kleinen Schmerzensgeld für
Paul.

Tierhalterhaftung ist Gefährdungshaftung; eine stillschweigende
Haftungsbeschränkung unter Freunden nimmt der BGH nur in
Ausnahmefällen an. Mitverschulden der Eltern wegen Aufsicht? Bei
einem Vierjährigen am Futternapf eher schwach.

Ich würde 500 EUR Schmerzensgeld plus Fahrtkosten anbieten. Okay?

Selin
""")
    return finish(169, m)


# --- 0170 -----------------------------------------------------------------
@mail(170, "NORMAL", "de", "internal",
      "booking process for pool cars of the claims field service")
def m0170():
    m = new(170, "Fuhrparkmanagement <fuhrpark@versicherer.example>",
            "Schadenaußendienst <schadenaussendienst@versicherer.example>",
            "Poolfahrzeuge: Buchung nur noch über das Buchungstool",
            dt(10, 2, 8, 55))
    body(m, """
Liebe Kolleginnen und Kollegen im Außendienst,

ab Montag werden die Poolfahrzeuge (Stellplätze 101–110) nur noch über
das Buchungstool im Intranet vergeben. Die Schlüssel holt ihr am
Schlüsseltresor neben der Pforte mit eurem Dienstausweis ab.

Bitte nach jeder Fahrt:
- Kilometerstand und Tankfüllung im Tool eintragen,
- Schäden am Fahrzeug sofort melden (Fotos in der App),
- Ladekabel zurück in den Kofferraum.

Danke!
Fuhrparkmanagement
""")
    return finish(170, m)


# --- 0171 -----------------------------------------------------------------
@mail(171, "CONFIDENTIAL", "en", "insurer-to-customer",
      "personal liability in English: insured cyclist scratched a parked car, he was not hurt; names, plate, policy")
def m0171():
    m = new(171, "Selin Aydın <selin.aydin@versicherer.example>",
            "Arjun Mehta <arjun.mehta@techmail.example>",
            "Your liability policy PH-5520-190332 – damage to parked car, Eppendorfer Weg",
            dt(10, 5, 15, 2))
    body(m, """
Dear Mr Mehta,

thank you for reporting the incident of 30 September. You told us that
you slipped on wet leaves while cycling on Eppendorfer Weg and your
bicycle slid along the side of a parked car (Volvo XC40, HH-MS 4123,
owner Ms Maren Sommer). We are glad to hear that you were not hurt.

Your personal liability policy covers the damage to Ms Sommer's car.
We have asked her for a repair estimate and will deal with her
directly. There is no deductible under your tariff, and a claim does
not change your premium.

Please do not pay Ms Sommer anything yourself; if she contacts you,
simply refer her to us with the claim number HS-26-0052417.

Kind regards
Selin Aydın
Liability Claims
Versicherer Allgemeine Versicherung AG
""")
    return finish(171, m)


# --- 0172 -----------------------------------------------------------------
@mail(172, "NORMAL", "en", "newsletter",
      "trap: international bodily-injury forum programme (brain injury, chronic pain, rehabilitation), no person")
def m0172():
    m = new(172, "International Bodily Injury Forum <registration@ibi-forum.example>",
            "markus.brandt@versicherer.example",
            "IBI Forum London, 3-4 December 2026 – programme and early-bird rate",
            dt(10, 6, 9, 0), client="none",
            headers=[("List-Unsubscribe", "<https://ibi-forum.example/unsubscribe>"),
                     ("Precedence", "bulk")])
    body(m, """
International Bodily Injury Forum 2026
London, 3-4 December

Day 1
  - Mild traumatic brain injury: objective markers and what they mean
    for claims
  - Chronic pain after whiplash: a comparison of 8 European
    jurisdictions
  - Panel: early rehabilitation: does it reduce claim costs?

Day 2
  - Fatal accident claims: dependency and bereavement awards in
    Germany, France and the UK
  - Fraud in personal injury: organised networks and medical reporting
  - Workshop: reading orthopaedic reports for non-doctors

Early-bird rate GBP 690 until 31 October. Group discount for three or
more delegates from one company.

ibi-forum.example
""", cte="7bit")
    return finish(172, m)


# --- 0173 -----------------------------------------------------------------
@mail(173, "NORMAL", "en", "internal",
      "replacement-car cost statistics per vehicle class and region for group procurement")
def m0173():
    m = new(173, "Paul Ostermann <paul.ostermann@versicherer.example>",
            "Group Procurement <procurement@versicherer-group.example>",
            "Replacement car costs DE – Jan-Sep 2026",
            dt(10, 7, 13, 35))
    body(m, """
Hi,

as requested, our replacement car figures for January to September:

Number of rentals paid: 4,812
Average rental days: 9.6 (2025: 10.4)
Average daily rate paid: EUR 61.20 (framework partners EUR 54.80,
non-framework EUR 88.40)
Share of rentals via framework partners: 58 % (target 65 %)

By class (avg cost per rental): A EUR 402, B EUR 478, C EUR 571,
D EUR 806, E (EV) EUR 633.

The biggest lever remains the share of framework rentals; disputes
about rates with non-framework firms take a lot of handling time.

Paul
""", cte="7bit")
    return finish(173, m)


# --- 0174 -----------------------------------------------------------------
@mail(174, "CONFIDENTIAL", "de", "assessor-to-insurer",
      "residual-value exchange offer for a named owner's total-loss car: plate, VIN, bidder, claim number")
def m0174():
    m = new(174, "Restwertbörse Nord <angebote@restwertboerse-nord.example>",
            "kfz-schaden@versicherer.example",
            "Restwertangebot RB-26-77812 – Ford Focus PI-TF 305 – Ihr Az. KS-26-0015122",
            dt(3, 23, 7, 40), client="none")
    body(m, """
Restwertangebot RB-26-77812

Fahrzeug:       Ford Focus Turnier 1.5 EcoBoost, EZ 06/2017
Kennzeichen:    PI-TF 305
FIN:            WF0FXXWPCFHR58310
Halter:         Tobias Fink, Pinneberg
Standort:       Autohaus Tesch, Pinneberg
Gutachten:      Ingenieurbüro Lüders, Nr. 26-0412

Höchstgebot:    1.650,00 EUR (inkl. Abholung)
Bieter:         AutoExport Weiß GmbH, Hamburg
gültig bis:     09.04.2026

Weitere Gebote: 1.420,00 EUR / 1.380,00 EUR / 1.200,00 EUR

Bitte leiten Sie das Angebot an den Halter weiter. Der Halter ist nicht
verpflichtet, an den Bieter zu verkaufen; legt er ein höheres Angebot
vor, gilt dieses.

Restwertbörse Nord GmbH · automatisch erzeugte Nachricht
""")
    return finish(174, m)


# --- 0175 -----------------------------------------------------------------
@mail(175, "STRICTLY_CONFIDENTIAL", "mixed", "internal",
      "German handler's note with a quoted English mail from a French insurer: cyclist's knee ligament rupture and surgery")
def m0175():
    m = new(175, "Frauke Sievers <frauke.sievers@versicherer.example>",
            "Jonas Rieck <jonas.rieck@versicherer.example>",
            "WG: Mme Laurent – Freiburg accident – KS-26-0022930",
            dt(10, 8, 10, 12))
    body(m, """
Jonas, kannst du das bitte übernehmen, während ich im Urlaub bin? Die
Französin war mit dem Rad unterwegs, unser VN hat ihr in Freiburg die
Vorfahrt genommen. Haftung klar, es geht nur noch um die Höhe. Bitte
die französischen Behandlungskosten gegen die Regressforderung der
CPAM abgleichen, die kommt bestimmt noch.

Frauke

-----Original Message-----
From: Sinistres Internationaux <sinistres.intl@assurances-rhone.example>
Sent: Tuesday, 6 October 2026 17:21
To: Frauke Sievers
Subject: Mme Laurent – Freiburg accident

Dear Ms Sievers,

as correspondent for our insured Mme Camille Laurent (born 14/05/1988,
Lyon), we inform you that she underwent reconstruction of the anterior
cruciate ligament of her right knee on 28 August 2026 in Lyon, after an
MRI confirmed a complete rupture and a meniscal tear caused by the fall
in Freiburg on 3 June. She is on crutches for six weeks and is
expected to be unable to work as a physiotherapist until mid-November.

We will send the surgeon's report and the invoices. Please confirm that
you will cover the costs not reimbursed by the French health insurance.

Best regards,
Julien Moreau
""")
    return finish(175, m)


# --- 0176 -----------------------------------------------------------------
@mail(176, "NORMAL", "de", "internal",
      "trap: minutes of an anonymised case review (age bands, injury types, settlement lessons), no identifiable person")
def m0176():
    m = new(176, "Birgit Nowak <birgit.nowak@versicherer.example>",
            "Team Personenschaden <team-personenschaden@versicherer.example>",
            "Protokoll Fallbesprechung Oktober (anonymisiert)",
            dt(10, 9, 15, 0))
    body(m, """
Protokoll der monatlichen Fallbesprechung, 09.10.2026
(anonymisiert – keine Namen, Schadennummern nur in der E-Akte)

Fall A: Fußgängerin, Altersgruppe 70–79, Hüftfraktur nach Anfahren auf
dem Zebrastreifen, anschließend Pflegebedürftigkeit.
Lernpunkt: Pflegemehrbedarf früh mit Pflegekasse abstimmen, um
Doppelzahlungen zu vermeiden.

Fall B: Radfahrer, Altersgruppe 30–39, schweres Schädel-Hirn-Trauma.
Lernpunkt: Neuropsychologische Testung nicht vor 12 Monaten; bis dahin
Reserve konservativ.

Fall C: Kind, Altersgruppe unter 10, Gesichtsnarbe nach Hundebiss.
Lernpunkt: Narbenkorrektur frühestens nach einem Jahr; Abfindung erst
danach und mit Vorbehalt für Spätfolgen.

Fall D: HWS-Fall mit Vorschäden, Altersgruppe 40–49.
Lernpunkt: Beratungsärztliche Stellungnahme vor der ersten
Schmerzensgeldzahlung einholen.

Nächster Termin: 13.11.2026
""")
    return finish(176, m)


# --- 0177 -----------------------------------------------------------------
@mail(177, "CONFIDENTIAL", "de", "court-to-insurer",
      "central dunning court notice: payment order applied for by a named claimant for repair costs")
def m0177():
    m = new(177, "Zentrales Mahngericht Hamburg <mahngericht@zmg-hamburg.justiz.example>",
            "prozessabteilung@versicherer.example",
            "Mahnbescheid Gesch.-Nr. 26-4418820-0-5 – Antragsteller Kloppenburg",
            dt(10, 12, 8, 20), client="egvp")
    body(m, """
Zentrales Mahngericht Hamburg

Nachricht über den Erlass eines Mahnbescheids

Geschäftsnummer:   26-4418820-0-5
Antragsteller:     Bernd Kloppenburg, Fuhlsbüttler Straße 610,
                   22337 Hamburg
Prozessbevollm.:   keine
Antragsgegnerin:   Versicherer Allgemeine Versicherung AG, Hamburg

Hauptforderung:    Schadensersatz aus Verkehrsunfall vom 28.08.2026
                   (Kfz-Reparaturkosten lt. Gutachten) 5.480,00 EUR
Zinsen:            5 Prozentpunkte über Basiszinssatz ab 01.10.2026
Verfahrenskosten:  71,50 EUR

Der Mahnbescheid wurde am 09.10.2026 erlassen und wird Ihnen förmlich
zugestellt. Gegen den Anspruch kann binnen zwei Wochen ab Zustellung
Widerspruch erhoben werden.

Diese Nachricht ersetzt nicht die förmliche Zustellung.
""", charset="iso-8859-1", cte="8bit")
    return finish(177, m)


# --- 0178 -----------------------------------------------------------------
@mail(178, "STRICTLY_CONFIDENTIAL", "de", "care-insurer-to-insurer",
      "long-term care insurer's recourse for an injured elderly pedestrian: care level 3, care allowance, day care")
def m0178():
    m = new(178, "Pflegekasse Nord Regress <pflege-regress@krankenkasse-nord.example>",
            "kfz-schaden@versicherer.example",
            "Ersatzanspruch nach § 116 SGB X – Pflegeversicherung – Hildegard Pohl – KS-25-0419982",
            dt(10, 13, 13, 45))
    body(m, """
Sehr geehrte Damen und Herren,

unsere Versicherte, Frau Hildegard Pohl, geb. 08.09.1946, ist seit dem
Verkehrsunfall vom 04.11.2025 pflegebedürftig. Nach dem Gutachten des
Medizinischen Dienstes vom 12.03.2026 wurde zunächst Pflegegrad 2,
nach Höherstufungsantrag ab 01.08.2026 Pflegegrad 3 festgestellt.
Vor dem Unfall bestand keine Pflegebedürftigkeit.

Die Ansprüche unserer Versicherten sind insoweit auf uns übergegangen.
Bisherige Leistungen:

  Kurzzeitpflege 12/2025 – 01/2026                  1.854,00 EUR
  Pflegegeld PG 2, 02/2026 – 07/2026 (6 x 347 EUR)  2.082,00 EUR
  Pflegesachleistung PG 3 ab 08/2026 (3 Monate)     4.386,00 EUR
  Tagespflege ab 09/2026 (2 Monate)                 2.710,00 EUR
  Pflegehilfsmittel (Rollator, Duschstuhl,
  Hausnotruf)                                          612,40 EUR
  ---------------------------------------------------------------
  Summe                                            11.644,40 EUR

Wir bitten um Erstattung und um Bestätigung, dass Sie die laufenden
Leistungen bis auf Weiteres quartalsweise ausgleichen.

Mit freundlichen Grüßen
Pflegekasse Nord
Team Ersatzansprüche
""")
    return finish(178, m)


# --- 0179 -----------------------------------------------------------------
@mail(179, "NORMAL", "mixed", "system",
      "trap: nightly batch report on reserve recalculation of bodily-injury claims, counts only, German/English")
def m0179():
    m = new(179, "Batch Scheduler <batch@versicherer.example>",
            "cc-betrieb@versicherer.example",
            "[OK] Nachtlauf RES_RECALC_PS 2026-10-14 / nightly job finished",
            dt(10, 14, 4, 12), client="sys")
    body(m, """
Job:        RES_RECALC_PS (Reserveneuberechnung Personenschäden)
Status:     OK / finished successfully
Start:      2026-10-14 02:00:07
End:        2026-10-14 04:11:52

Verarbeitete Schäden / claims processed:       1.204
  davon mit Rentenreserve / with annuity:        87
  davon Neuanlage / new BI claims:               31
Reserveänderung gesamt / total change:  +412.880,00 EUR
Fehler / errors:                                  0
Warnungen / warnings:                             3
  W-017 Rechnungszins nicht gepflegt (3 Verträge) – Standardwert 1,5 % verwendet

Log: \\\\cc-batch01\\logs\\RES_RECALC_PS\\20261014.log
""")
    return finish(179, m)


# --- 0180 -----------------------------------------------------------------
@mail(180, "NORMAL", "de", "insurer-to-prospect",
      "generic answer to a prospect's question about motor cover, no contract, claim or personal data")
def m0180():
    m = new(180, "Kundenservice Kfz <kfz-service@versicherer.example>",
            "Nora Lindholm <nora.lindholm@postbox-nord.example>",
            "AW: Frage zu Ihrer Kfz-Versicherung",
            dt(10, 15, 11, 11),
            irt="<a1b2c3d4e5f6@postbox-nord.example>")
    body(m, """
Sehr geehrte Frau Lindholm,

vielen Dank für Ihr Interesse an unserer Kfz-Versicherung.

Zu Ihren Fragen:
- Ja, in unserem Tarif "Komfort" ist ein Schutzbrief mit Pannenhilfe
  und Rücktransport nach einem Unfall enthalten.
- Die Werkstattbindung ist optional und senkt den Beitrag um etwa 15 %.
- Einen SF-Rabatt aus Ihrem bisherigen Vertrag bei einem anderen
  Versicherer übernehmen wir.

Ein persönliches Angebot können Sie online in wenigen Minuten
berechnen: versicherer.example/kfz. Dafür brauchen Sie Ihren
Fahrzeugschein und die SF-Klasse.

Mit freundlichen Grüßen
Ihr Kundenservice Kfz
Versicherer Allgemeine Versicherung AG
""")
    return finish(180, m)


# --- 0181 -----------------------------------------------------------------
@mail(181, "STRICTLY_CONFIDENTIAL", "de", "medical-expert-to-doctor",
      "medical expert asks the claimant's GP for records and CT images, insurer in copy; named patient and complaints")
def m0181():
    m = new(181, "Praxis Dr. Westphal <termine@neuro-westphal.example>",
            "Hausarztpraxis Dr. Brenner <praxis@hausarzt-brenner.example>",
            "Anforderung Befunde – Frau Tanja Röhl, geb. 05.06.1985",
            dt(10, 19, 9, 30),
            cc="Selin Aydın <selin.aydin@versicherer.example>")
    body(m, """
Sehr geehrter Herr Kollege Brenner,

im Auftrag der Versicherer Allgemeine Versicherung AG erstelle ich ein
neurologisches Gutachten über Ihre Patientin, Frau Tanja Röhl, nach
einem Unfall vom 19.03.2026 (Dachziegel, Kopfverletzung). Eine
Schweigepflichtentbindung der Patientin liegt vor und ist beigefügt.

Frau Röhl gibt an, seit dem Unfall an fast täglichen Kopfschmerzen,
Schwindel beim Aufstehen und Konzentrationsstörungen zu leiden; sie
habe vor dem Unfall nur selten Kopfschmerzen gehabt.

Ich bitte um Übersendung:
1. Ihrer Karteikarte bzw. eines Auszugs ab 01/2021 (insbesondere zu
   Kopfschmerzen, Migräne, Schwindel, psychischen Beschwerden),
2. der CT-Bilder des Schädels vom 19.03.2026 (DICOM auf CD oder über
   Ihr Radiologieportal),
3. der Medikamentenverordnungen seit dem Unfall.

Die Kosten für die Kopien erstattet der Auftraggeber nach JVEG.

Mit kollegialen Grüßen
Dr. med. Insa Westphal
Fachärztin für Neurologie
Osterstraße 120 · 20255 Hamburg
""", charset="iso-8859-1", cte="8bit")
    return finish(181, m)


# --- 0182 -----------------------------------------------------------------
@mail(182, "NORMAL", "de", "newsletter",
      "trap: association working-group minutes on capitalisation rates and care-cost rates for injury claims, no case")
def m0182():
    m = new(182, "Verband der Schadenversicherer Nord <ak-personenschaden@vsn-verband.example>",
            "markus.brandt@versicherer.example",
            "Ergebnisprotokoll AK Personenschaden 21.10.2026",
            dt(10, 22, 16, 15),
            headers=[("Precedence", "list"),
                     ("List-Id", "AK Personenschaden <ak-personenschaden.vsn-verband.example>")])
    body(m, """
Ergebnisprotokoll Arbeitskreis Personenschaden
Sitzung vom 21.10.2026, Berlin (hybrid), 14 Mitgliedsunternehmen

1. Kapitalisierungszinsfuß
   Die Mitglieder berichten von Abfindungsvergleichen mit Zinsfüßen
   zwischen 1,0 und 2,5 %. Der AK empfiehlt, die Spanne im
   Regulierungsleitfaden zu dokumentieren, ohne Festlegung.

2. Stundensätze Pflege und Haushaltsführung
   Neue Orientierungswerte aus den Tarifabschlüssen: professionelle
   Pflege 38–45 EUR/Std., Angehörigenpflege 12–16 EUR/Std.,
   Haushaltsführung 10–13 EUR/Std.

3. Reha-Management
   Auswertung der Verbandsstudie: bei Einschaltung innerhalb von drei
   Monaten nach dem Unfall kehren 67 % der Schwerverletzten ins
   Erwerbsleben zurück, bei späterer Einschaltung 48 %.

4. Psychische Unfallfolgen
   Zunahme von PTBS-Geltendmachungen bei Unfallzeugen; Austausch zu
   Begutachtungsstandards.

Nächste Sitzung: 17.03.2027, Hamburg.
""")
    return finish(182, m)


# --- 0183 -----------------------------------------------------------------
@mail(183, "CONFIDENTIAL", "en", "customer-to-insurer",
      "expat customer complains about slow handling of his hail claim: name, plate, policy, claim, no injury")
def m0183():
    m = new(183, "Lucas Moreau-Hill <lucas.mh@consultmail.example>",
            "beschwerden@versicherer.example",
            "Complaint – hail damage claim KS-26-0027701 still not settled",
            dt(10, 26, 22, 3))
    body(m, """
To whom it may concern,

I am writing to complain about the handling of my comprehensive claim
KS-26-0027701 (policy KF-7731-229905, Mazda 3, HH-LM 3131).

My car was damaged by hail on 6 July. Your assessor inspected it on
24 July. Since then I have called four times and sent two e-mails, and
each time I am told the report is "in review". It is now the end of
October. The garage cannot start the repair without your approval and
the car is losing value standing outside with dents all over the roof.

I have been a customer for nine years without a single claim. I expect
a decision within 7 days, otherwise I will take this to the insurance
ombudsman.

Regards,
Lucas Moreau-Hill
Winterhuder Weg 19, 22085 Hamburg
""")
    return finish(183, m)


# --- 0184 -----------------------------------------------------------------
@mail(184, "NORMAL", "en", "internal",
      "trap: board-paper summary of fatal motor accidents with counts, age bands and reserves, anonymised")
def m0184():
    m = new(184, "Oliver Hensel <oliver.hensel@versicherer.example>",
            "Board Office <board.office@versicherer.example>",
            "Board paper input: fatal motor claims 2025 (anonymised)",
            dt(10, 27, 17, 5))
    body(m, """
Dear colleagues,

for the board paper on bodily injury trends, here is the section on
fatal claims. All figures are aggregated; no individual can be
identified.

Fatal motor TPL claims reported in 2025: 23 (2024: 27)
- Victims by role: pedestrians 7, cyclists 6, motorcyclists 5,
  car occupants 5
- Age bands: under 40: 8; 40-64: 8; 65+: 7
- Average incurred per fatal claim: EUR 214,000 (maintenance loss,
  bereavement damages, funeral costs, shock damage of relatives,
  social-insurer recourse)
- Claims with criminal proceedings against our insured: 15

The rising share of claims for psychological injury of relatives
("Schockschaden") continues: 9 of 23 fatal claims included one.

Best regards
Oliver Hensel
""", cte="7bit")
    return finish(184, m)


# --- 0185 -----------------------------------------------------------------
@mail(185, "NORMAL", "en", "internal",
      "IT security warning about a phishing campaign")
def m0185():
    m = new(185, "Information Security <infosec@versicherer-group.example>",
            "All staff Germany <all-staff-de@versicherer.example>",
            "Warning: fake 'invoice' e-mails from a spoofed rental company",
            dt(10, 28, 11, 20))
    body(m, """
Dear colleagues,

since this morning we see phishing e-mails pretending to come from a
car rental company, subject "Open invoice - your claim", with a link
to a fake login page. The sender addresses look similar to real
partner domains but contain small spelling differences.

- Do not click the link or open the attached HTML file.
- Report the mail with the "Report phishing" button in Outlook.
- If you have entered your password, change it immediately and call
  the service desk (ext. 5000).

Thank you for staying alert.
Information Security
""", cte="7bit")
    return finish(185, m)


# --- 0186 -----------------------------------------------------------------
@mail(186, "NORMAL", "de", "broker-to-insurer",
      "broker asks who the contact person for liability claims is now")
def m0186():
    m = new(186, "Jens Carstens <info@makler-carstens.example>",
            "maklerbetreuung@versicherer.example",
            "Ansprechpartner Haftpflicht-Schaden?",
            dt(10, 29, 8, 40))
    body(m, """
Moin,

wer ist denn seit dem Wechsel von Herrn Behrens mein fester
Ansprechpartner für Haftpflicht-Schäden? Ich habe noch die alte
Durchwahl in meinem System.

Danke & Gruß
Jens Carstens
""")
    return finish(186, m)


# --- 0187 -----------------------------------------------------------------
@mail(187, "NORMAL", "de", "newsletter",
      "trap: customer magazine article 'injured after an accident - what now?' with generic advice")
def m0187():
    m = new(187, "Versicherer Kundenmagazin <magazin@versicherer.example>",
            "kundenmagazin-abo@versicherer.example",
            "Ihr Kundenmagazin Herbst 2026: Nach einem Unfall verletzt – was nun?",
            dt(11, 2, 7, 0), client="none",
            headers=[("List-Unsubscribe", "<https://versicherer.example/magazin/abmelden>"),
                     ("Precedence", "bulk")])
    html = """<html><body style="font-family:Georgia,serif;max-width:640px">
<h1>Nach einem Unfall verletzt &ndash; was nun?</h1>
<p>Ein Auffahrunfall, ein Sturz mit dem Rad, ein Hundebiss: Wer unverschuldet
verletzt wird, hat Anspruch auf Schadensersatz. Unsere Checkliste hilft:</p>
<ol>
<li><b>Sofort zum Arzt</b> &ndash; auch bei scheinbar leichten Beschwerden wie
Nackenschmerzen. Ein zeitnaher Befund ist später wichtig.</li>
<li><b>Beweise sichern</b>: Fotos, Namen von Zeugen, Kennzeichen.</li>
<li><b>Kosten sammeln</b>: Zuzahlungen, Fahrtkosten, Verdienstausfall.</li>
<li><b>Schmerzensgeld</b> richtet sich nach Art und Dauer der Verletzung.</li>
<li><b>Haushalt</b>: Wer seinen Haushalt nicht führen kann, bekommt auch dafür Ersatz.</li>
</ol>
<p>Unser Reha-Service unterstützt Schwerverletzte kostenlos bei der Rückkehr in Alltag und Beruf.</p>
<p style="font-size:small">Versicherer Allgemeine Versicherung AG &middot; Hafenstra&szlig;e 100 &middot; 20359 Hamburg<br>
<a href="https://versicherer.example/magazin/abmelden">Magazin abbestellen</a></p>
</body></html>
"""
    body(m, """
Nach einem Unfall verletzt – was nun?

Ein Auffahrunfall, ein Sturz mit dem Rad, ein Hundebiss: Wer
unverschuldet verletzt wird, hat Anspruch auf Schadensersatz. Unsere
Checkliste hilft:

1. Sofort zum Arzt – auch bei scheinbar leichten Beschwerden wie
   Nackenschmerzen. Ein zeitnaher Befund ist später wichtig.
2. Beweise sichern: Fotos, Namen von Zeugen, Kennzeichen.
3. Kosten sammeln: Zuzahlungen, Fahrtkosten, Verdienstausfall.
4. Schmerzensgeld richtet sich nach Art und Dauer der Verletzung.
5. Haushalt: Wer seinen Haushalt nicht führen kann, bekommt auch
   dafür Ersatz.

Unser Reha-Service unterstützt Schwerverletzte kostenlos bei der
Rückkehr in Alltag und Beruf.

Magazin abbestellen: https://versicherer.example/magazin/abmelden
""")
    html_alt(m, html)
    return finish(187, m)


# --- 0188 -----------------------------------------------------------------
@mail(188, "NORMAL", "mixed", "internal",
      "trap: process reminder not to e-mail photos of injuries, group policy quoted in English, no case")
def m0188():
    m = new(188, "Sabine Wulf <sabine.wulf@versicherer.example>",
            "Schaden Kraftfahrt alle <schaden-kfz-alle@versicherer.example>",
            "Erinnerung: Fotos von Verletzungen niemals per Mail",
            dt(11, 4, 9, 5))
    body(m, """
Hallo zusammen,

es kam wieder vor, dass Anspruchsteller Fotos ihrer Verletzungen
(Hämatome, Narben, Gipsverbände) per Mail an persönliche Postfächer
geschickt haben und diese Mails dann intern weitergeleitet wurden.

Bitte:
- solche Mails nicht weiterleiten, sondern die Anhänge direkt in die
  E-Akte übernehmen und die Mail löschen,
- den Absender freundlich auf das Upload-Portal hinweisen,
- Fotos nie an Gutachter oder Anwälte per Mail schicken.

Zur Erinnerung der Wortlaut der Group Policy (nur auf Englisch
verfügbar):

  "Images showing injuries or medical treatment of identifiable
   persons are special category data. They must only be stored in the
   claims file and shared via approved secure channels."

Danke!
Sabine
""")
    return finish(188, m)


# --- 0189 -----------------------------------------------------------------
@mail(189, "NORMAL", "en", "internal",
      "trap: IT specification of fields to mask in an anonymised test export (name, birth date, diagnosis), no data")
def m0189():
    m = new(189, "Group IT Data Services <data.services@versicherer-group.example>",
            "Lukas Jansen <lukas.jansen@versicherer.example>",
            "Anonymised claims extract for the analytics sandbox – masking rules",
            dt(11, 5, 14, 18))
    body(m, """
Hi Lukas,

for the analytics sandbox we need an extract of motor claims 2022-2025.
Please apply these masking rules before anything leaves production:

Field                 Rule
claimant_name         drop
claimant_birthdate    replace by age band (10-year bands)
address               keep postcode area (first 2 digits) only
plate / VIN           hash (SHA-256 with project salt)
iban                  drop
diagnosis_icd         keep chapter and 3-digit group only (e.g. S13)
free_text_notes       drop
claim_number          replace by sequential pseudo ID
amounts               keep

Cells with fewer than 10 claims per postcode area and age band must be
merged. Please send the row count and a 20-row sample for review before
the full load. No real data by e-mail, please use the transfer share.

Thanks,
Data Services
""", cte="7bit")
    return finish(189, m)


# --- 0190 -----------------------------------------------------------------
@mail(190, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
      "final settlement offer for a named plaintiff with chronic headaches and job loss after a neurological report")
def m0190():
    m = new(190, "Frauke Sievers <frauke.sievers@versicherer.example>",
            "Rechtsanwälte Tamm & Kollegen <kanzlei@tamm-kollegen.example>",
            "4 O 112/25 Ehlers ./. Versicherer – Vergleichsangebot",
            dt(11, 9, 12, 0))
    body(m, """
Sehr geehrter Herr Rechtsanwalt Tamm,

nach Eingang des neurologischen Gutachtens von Prof. Dr. Kühl
unterbreiten wir zur Erledigung des Rechtsstreits folgendes Angebot.

Der Sachverständige bestätigt bei Ihrem Mandanten, Herrn Manfred
Ehlers, einen unfallbedingten chronischen posttraumatischen
Kopfschmerz und eine Verschlimmerung der vorbestehenden Migräne; die
Schwindelattacken ordnet er zu etwa der Hälfte dem Unfall zu. Eine
Tätigkeit als Busfahrer hält er auf Dauer nicht mehr für zumutbar,
eine leichte Tätigkeit ohne Personenbeförderung aber für möglich.

Wir bieten zur Abgeltung aller Ansprüche aus dem Unfall vom 07.06.2024,
einschließlich künftiger materieller und immaterieller Schäden:

  Schmerzensgeld                                    18.000 EUR
  Erwerbsschaden (Differenz Busfahrer / leichte
  Tätigkeit, kapitalisiert bis 67, abzgl. EM-Rente
  und Vorerkrankungsanteil 50 %)                    42.500 EUR
  Haushaltsführungsschaden, Fahrtkosten, Zuzahlungen 4.500 EUR
  -----------------------------------------------------------
  Abfindungsbetrag                                  65.000 EUR

abzüglich bereits gezahlter 8.000 EUR, also 57.000 EUR, zuzüglich
Ihrer Kosten nach RVG aus 65.000 EUR. Die Gerichtskosten würden
gegeneinander aufgehoben.

Wir halten das Angebot bis zum 07.12.2026 aufrecht.

Mit freundlichen Grüßen
Frauke Sievers
Personenschaden Kraftfahrt
Versicherer Allgemeine Versicherung AG
""")
    return finish(190, m)


# --- 0191 -----------------------------------------------------------------
@mail(191, "NORMAL", "de", "internal",
      "one-line thanks between colleagues")
def m0191():
    m = new(191, "Jonas Rieck <jonas.rieck@versicherer.example>",
            "Mehmet Kaya <mehmet.kaya@versicherer.example>",
            "AW: Besichtigung morgen",
            dt(11, 10, 16, 58),
            irt="<77E2A01B9C3D4F5E6A7B8C9D0E1F2A3B@versicherer.example>")
    body(m, """
Super, danke dir! 👍

Jonas
""")
    return finish(191, m)


# --- 0192 -----------------------------------------------------------------
@mail(192, "CONFIDENTIAL", "de", "insurer-to-customer",
      "dog-owner liability: dog ran onto the road, a car swerved into a fence; nobody hurt; names, policy, amounts")
def m0192():
    m = new(192, "Selin Aydın <selin.aydin@versicherer.example>",
            "Holger Wendt <holger.wendt@marschmail.example>",
            "Tierhalterhaftpflicht TH-5520-214407 – Unfall mit Ihrem Hund am 31.10.",
            dt(11, 11, 10, 25))
    body(m, """
Sehr geehrter Herr Wendt,

zu dem Vorfall am 31.10.2026 in Kollmar: Ihr Hund "Balou" ist durch
das offene Gartentor auf die Dorfstraße gelaufen. Frau Jutta Siems ist
mit ihrem Wagen (IZ-JS 448) ausgewichen und gegen den Gartenzaun von
Familie Ehlers gefahren. Zum Glück wurden weder Menschen noch Ihr Hund
verletzt.

Als Tierhalter haften Sie für die Folgen auch ohne Verschulden. Ihre
Tierhalterhaftpflicht übernimmt:

  Schaden am Fahrzeug von Frau Siems (Gutachten)    3.276,40 EUR
  Gartenzaun Familie Ehlers (Angebot Zaunbau Lüth)    940,00 EUR

Ein Mitverschulden von Frau Siems sehen wir nicht; sie fuhr nach
Zeugenaussagen mit angepasster Geschwindigkeit.

Wir zahlen direkt an die Geschädigten. Für Sie fällt die vereinbarte
Selbstbeteiligung von 250 EUR an; die Rechnung folgt gesondert.

Mit freundlichen Grüßen
Selin Aydın
Haftpflicht-Schaden
Versicherer Allgemeine Versicherung AG
""")
    return finish(192, m)


# --- 0193 -----------------------------------------------------------------
@mail(193, "STRICTLY_CONFIDENTIAL", "mixed", "broker-to-insurer",
      "broker's German note over an inline-forwarded English mail from his client: daughter injured as a passenger")
def m0193():
    m = new(193, "Sofia Lindqvist <sofia.lindqvist@lindqvist-brokers.example>",
            "kfz-schaden@versicherer.example",
            "WG: accident 14 Nov – my daughter – Kunde Hargreaves, KF-7731-226680",
            dt(11, 16, 9, 48))
    body(m, """
Sehr geehrte Damen und Herren,

ich leite Ihnen die Nachricht meines Kunden, Herrn Simon Hargreaves,
weiter. Er ist selbst Versicherungsnehmer bei Ihnen (KF-7731-226680);
seine Tochter saß als Beifahrerin im Wagen, der Unfallgegner ist bei
einem anderen Versicherer. Bitte melden Sie sich direkt bei ihm, er
hat mich ausdrücklich darum gebeten.

Mit freundlichen Grüßen
Sofia Lindqvist

---------- Forwarded message ---------
From: Simon Hargreaves <simon.hargreaves@hargreaves-consult.example>
Date: Sun, 15 Nov 2026 at 21:12
Subject: accident 14 Nov – my daughter

Sofia,

bad news. Yesterday evening a van ran a red light in Blankenese and
hit our car on the passenger side. I'm fine, but my daughter Emily (16)
was in the passenger seat. She has a fractured pelvis and a cut on her
head that needed stitches. She is in the children's trauma unit at the
university hospital and will be there at least a week; they say she
will need crutches for six to eight weeks and will miss a lot of
school before her exams.

The car is probably a write-off. Can you please tell Versicherer and
find out what I need to do – both for the car and for Emily? I have
the other driver's details and the police reference.

Thanks,
Simon
""")
    return finish(193, m)


# --- 0194 -----------------------------------------------------------------
@mail(194, "NORMAL", "de", "internal",
      "trap: blank settlement declaration for injury claims (ODT) with placeholders only")
def m0194():
    m = new(194, "Birgit Nowak <birgit.nowak@versicherer.example>",
            "Team Personenschaden <team-personenschaden@versicherer.example>",
            "Vorlage Abfindungserklärung PS-22 (neue Fassung)",
            dt(11, 18, 14, 10))
    body(m, """
Hallo zusammen,

hier die überarbeitete Blanko-Vorlage PS-22 als ODT (für die Kolleginnen
im Homeoffice ohne Word). Die Platzhalter in eckigen Klammern werden
aus ClaimCenter befüllt.

LG Birgit
""")
    d = make_odt([
        ("h", "Abfindungserklärung"),
        "Schadennummer: [Schadennummer]",
        "Geschädigte Person: [Vorname] [Name], geboren am [Geburtsdatum]",
        "Unfall vom: [Unfalldatum] in [Unfallort]",
        "Gegen Zahlung eines Betrages von [Betrag] EUR erkläre ich mich wegen aller Ansprüche aus dem "
        "oben genannten Schadenereignis für jetzt und die Zukunft für abgefunden, gleichgültig ob diese "
        "Ansprüche bekannt oder unbekannt, vorhersehbar oder unvorhersehbar sind.",
        "[Optional: Ausgenommen sind Ansprüche auf Ersatz künftiger immaterieller Schäden aufgrund von "
        "[Vorbehalt], soweit diese nicht vorhersehbar sind.]",
        "Ansprüche, die auf Sozialversicherungsträger übergegangen sind oder übergehen, bleiben unberührt.",
        "Zahlung an: [Kontoinhaber], IBAN [IBAN]",
        "Ort, Datum: [Ort], [Datum]          Unterschrift: ____________________",
    ])
    attach(m, d, "application/vnd.oasis.opendocument.text", "PS-22_Abfindungserklaerung_blanko.odt")
    return finish(194, m)


# --- 0195 -----------------------------------------------------------------
@mail(195, "CONFIDENTIAL", "de", "rental-to-insurer",
      "rental firm's ODS list of open accident-replacement invoices with claimants' names, plates and claim numbers")
def m0195():
    m = new(195, "CityRent Abrechnung <abrechnung@cityrent-autovermietung.example>",
            "kfz-schaden@versicherer.example",
            "Offene Posten Unfallersatz – Stand 20.11.2026",
            dt(11, 20, 8, 5))
    body(m, """
Sehr geehrte Damen und Herren,

anbei unsere Liste der offenen Rechnungen für Unfallersatzfahrzeuge,
die wir Ihren Anspruchstellern gestellt haben. Wir bitten um Prüfung
und Ausgleich bzw. um Mitteilung, warum einzelne Posten noch offen sind.

Freundliche Grüße
Abrechnungsteam CityRent
""")
    o = make_ods([
        ("Offene Posten", [
            ["Rechnung", "Datum", "Ihre Schaden-Nr.", "Mieter/in", "geschädigtes Fzg.", "Miettage", "Betrag EUR", "Mahnstufe"],
            ["88-260317", "05.03.2026", "KS-26-0012218", "Petra Claußen", "HH-PC 1402", 10, 1439.90, 2],
            ["88-260981", "02.07.2026", "KS-26-0025118", "Ralf Hübner", "HH-RH 1177", 8, 1058.40, 1],
            ["88-261204", "14.09.2026", "KS-26-0030877", "Bernd Kloppenburg", "HH-BK 7070", 14, 2011.10, 1],
            ["88-261377", "30.10.2026", "KS-26-0031220", "Dilara Aksu", "HH-DA 2811", 5, 612.50, 0],
        ]),
    ])
    attach(m, o, "application/vnd.oasis.opendocument.spreadsheet", "OP_Unfallersatz_2026-11-20.ods")
    return finish(195, m)


# --- 0196 -----------------------------------------------------------------
@mail(196, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-claimant",
      "advance on pain and suffering to an injured cyclist, text and HTML table with injuries and IBAN")
def m0196():
    m = new(196, "Jonas Rieck <jonas.rieck@versicherer.example>",
            "Hannah Köster <hannah.koester@uni-mail.example>",
            "Vorschuss Schmerzensgeld – Unfall vom 01.07.2026 – KS-26-0027104",
            dt(11, 23, 11, 0))
    body(m, """
Sehr geehrte Frau Köster,

vielen Dank für die Unterlagen. Nach dem Bericht der Notaufnahme und
Ihrer Hausärztin hatten Sie eine Prellung der linken Schulter mit
Einblutung und Schürfwunden an beiden Händen; die Schulter war drei
Wochen schmerzhaft eingeschränkt, Sie erhielten sechs Einheiten
Physiotherapie.

Wir zahlen heute:
  Vorschuss Schmerzensgeld          600,00 EUR
  Zuzahlungen Physiotherapie         30,80 EUR
  Fahrradreparatur                  214,50 EUR
  Summe                             845,30 EUR

auf Ihr Konto IBAN DE54 2005 0550 8642 3259 01.

Sobald die Behandlung abgeschlossen ist, rechnen wir das Schmerzensgeld
endgültig ab.

Mit freundlichen Grüßen
Jonas Rieck
Kraftfahrt-Schaden
""")
    html_alt(m, """
<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Sehr geehrte Frau Köster,</p>
<p>vielen Dank für die Unterlagen. Nach dem Bericht der Notaufnahme und Ihrer Hausärztin hatten Sie
eine <b>Prellung der linken Schulter mit Einblutung</b> und Schürfwunden an beiden Händen; die Schulter war
drei Wochen schmerzhaft eingeschränkt, Sie erhielten sechs Einheiten Physiotherapie.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><td>Vorschuss Schmerzensgeld</td><td align="right">600,00 EUR</td></tr>
<tr><td>Zuzahlungen Physiotherapie</td><td align="right">30,80 EUR</td></tr>
<tr><td>Fahrradreparatur</td><td align="right">214,50 EUR</td></tr>
<tr><td><b>Summe</b></td><td align="right"><b>845,30 EUR</b></td></tr>
</table>
<p>auf Ihr Konto IBAN DE54 2005 0550 8642 3259 01.</p>
<p>Sobald die Behandlung abgeschlossen ist, rechnen wir das Schmerzensgeld endgültig ab.</p>
<p>Mit freundlichen Grüßen<br>Jonas Rieck<br>Kraftfahrt-Schaden</p>
</body></html>
""")
    return finish(196, m)


# --- 0197 -----------------------------------------------------------------
@mail(197, "NORMAL", "en", "newsletter",
      "claims software vendor's release notes newsletter")
def m0197():
    m = new(197, "ClaimSuite Product News <news@claimsuite-software.example>",
            "lukas.jansen@versicherer.example",
            "ClaimSuite 11.3 release notes",
            dt(11, 25, 10, 0), client="none",
            headers=[("List-Unsubscribe", "<https://claimsuite-software.example/unsubscribe>"),
                     ("Precedence", "bulk")])
    body(m, """
ClaimSuite 11.3 is available

What's new
- Faster document upload (chunked, up to 2 GB)
- New REST endpoint for payment status
- Dark mode for the handler desktop
- Improved duplicate detection for vehicle identification numbers

Fixed
- Date picker showed wrong week numbers in December
- Export to CSV ignored the selected delimiter

Upgrade guide and full changelog in the customer portal.

ClaimSuite Software GmbH
""", cte="7bit")
    return finish(197, m)


# --- 0198 -----------------------------------------------------------------
@mail(198, "CONFIDENTIAL", "de", "internal",
      "callback note tagged [vertraulich]: claimant's name, claim number and mobile number, property claim only")
def m0198():
    m = new(198, "Empfang Schaden <empfang-schaden@versicherer.example>",
            "Jana Köhler <jana.koehler@versicherer.example>",
            "[vertraulich] Rückruf Herr Kloppenburg wg. Gutachter – KS-26-0030877",
            dt(11, 26, 13, 22))
    body(m, """
Hallo Frau Köhler,

bitte zurückrufen, er ist heute bis 16 Uhr erreichbar:
0171 5550 3390

Gruß vom Empfang
""")
    return finish(198, m)


# --- 0199 -----------------------------------------------------------------
@mail(199, "NORMAL", "de", "internal",
      "colleague absent this week without a reason; cover arrangement")
def m0199():
    m = new(199, "Sabine Wulf <sabine.wulf@versicherer.example>",
            "Team KH2 <team-kh2@versicherer.example>",
            "Vertretung Jana diese Woche",
            dt(11, 30, 8, 12))
    body(m, """
Guten Morgen,

Jana fällt diese Woche aus. Ihre Post verteile ich: Buchstaben A–K an
Jonas, L–Z an Merle. Eilige Zahlungsfreigaben bitte an mich.

Danke euch!
Sabine
""")
    return finish(199, m)


# --- 0200 -----------------------------------------------------------------
@mail(200, "NORMAL", "de", "internal",
      "announcement of a new head of the liability claims department")
def m0200():
    m = new(200, "Oliver Hensel <oliver.hensel@versicherer.example>",
            "Schaden alle <schaden-alle@versicherer.example>",
            "Personalie: neue Leitung Haftpflicht-Schaden ab 01.01.2027",
            dt(12, 3, 10, 0))
    body(m, """
Liebe Kolleginnen und Kollegen,

ich freue mich, euch mitzuteilen, dass Selin Aydın zum 1. Januar 2027
die Leitung der Abteilung Haftpflicht-Schaden übernimmt. Sie folgt auf
Dirk Behrens, der in den Bereich Großschaden/Rückversicherung wechselt.

Selin ist seit 2019 bei uns und hat in den letzten Jahren vor allem
die schwierigen Personenschäden in der Haftpflicht betreut. Dirk danke
ich herzlich für sieben Jahre an der Spitze der Abteilung.

Eine kleine Übergabefeier gibt es am 18.12. um 15 Uhr in der Kantine.

Viele Grüße
Oliver
""")
    return finish(200, m)


# ==========================================================================
# build, write, check
# ==========================================================================


def fname(n):
    return "d%s-%04d.eml" % (NN, n)


def build_all():
    out = {}
    for n in sorted(REG):
        fn = REG[n][0]
        out[fname(n)] = fn()
    return out


def labels_bytes():
    rows = ["file\tlabel\tlang\tkind\treason"]
    for n in sorted(REG):
        _, label, lang, kind, reason = REG[n]
        rows.append("\t".join((fname(n), label, lang, kind, reason)))
    return ("\n".join(rows) + "\n").encode("utf-8")


def write_all():
    os.makedirs(MAIL_DIR, exist_ok=True)
    built = build_all()
    for name, data in built.items():
        with open(os.path.join(MAIL_DIR, name), "wb") as f:
            f.write(data)
    with open(LABELS, "wb") as f:
        f.write(labels_bytes())
    return built


# ---- check ---------------------------------------------------------------

IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?)\b")
IBAN_LEN = {"DE": 22, "AT": 20, "NL": 18, "GB": 22, "PL": 28, "FR": 27, "CH": 21, "BE": 16, "LU": 20}
IBAN_TYPO_OK = {"d44-0168.eml"}   # the customer's typo is the point of that mail


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if IBAN_LEN.get(s[:2]) != len(s):
        return None
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1


def _open_attachment(name, ctype, data, problems, where, texts):
    low = (name or "").lower()
    try:
        if low.endswith(".pdf") or ctype == "application/pdf":
            import pypdf
            r = pypdf.PdfReader(io.BytesIO(data))
            t = "\n".join(p.extract_text() or "" for p in r.pages)
            if not t.strip():
                problems.append("%s: PDF %s has no text layer" % (where, name))
            texts.append(t)
        elif low.endswith(".xlsx"):
            import openpyxl
            wb = openpyxl.load_workbook(io.BytesIO(data))
            for ws in wb.worksheets:
                for row in ws.iter_rows(values_only=True):
                    texts.append(" ".join(str(v) for v in row if v is not None))
        elif low.endswith(".docx"):
            import docx
            d = docx.Document(io.BytesIO(data))
            texts.extend(p.text for p in d.paragraphs)
            for t in d.tables:
                for row in t.rows:
                    texts.append(" ".join(c.text for c in row.cells))
        elif low.endswith(".odt") or low.endswith(".ods"):
            from odf.opendocument import load
            from odf import teletype
            from odf.text import P
            d = load(io.BytesIO(data))
            texts.extend(teletype.extractText(p) for p in d.getElementsByType(P))
        elif low.endswith(".zip"):
            z = zipfile.ZipFile(io.BytesIO(data))
            bad = z.testzip()
            if bad:
                problems.append("%s: bad ZIP member %s" % (where, bad))
            for info in z.infolist():
                _open_attachment(info.filename, "", z.read(info.filename), problems, where + "/" + name, texts)
        elif low.endswith(".ics"):
            import icalendar
            cal = icalendar.Calendar.from_ical(data)
            texts.append(str(cal.to_ical(), "utf-8"))
        elif low.endswith(".csv") or low.endswith(".txt") or low.endswith(".log"):
            for enc in ("utf-8", "windows-1252"):
                try:
                    t = data.decode(enc)
                    break
                except UnicodeDecodeError:
                    continue
            else:
                problems.append("%s: %s not decodable" % (where, name))
                return
            if low.endswith(".csv"):
                list(csv.reader(io.StringIO(t), delimiter=";"))
            texts.append(t)
        elif low.endswith(".eml"):
            inner = message_from_bytes(data, policy=_default_policy)
            texts.append(str(inner.get("Subject", "")))
        elif low.endswith((".jpg", ".jpeg", ".png")):
            pass
        else:
            problems.append("%s: no opener for attachment %r (%s)" % (where, name, ctype))
    except Exception as e:  # noqa
        problems.append("%s: cannot open %s: %r" % (where, name, e))


def _check_message(name, msg, problems, texts, top=True):
    for part in msg.walk():
        if part.defects:
            problems.append("%s: defects %r in %s" % (name, part.defects, part.get_content_type()))
        ctype = part.get_content_type()
        if part.is_multipart():
            continue
        fn = part.get_filename()
        if ctype == "message/rfc822":
            continue
        payload = part.get_payload(decode=True)
        if ctype.startswith("text/") and not fn:
            cs = part.get_content_charset() or "us-ascii"
            try:
                texts.append(payload.decode(cs))
            except (UnicodeDecodeError, LookupError) as e:
                problems.append("%s: text part does not decode as %s: %r" % (name, cs, e))
        elif fn or part.get_content_disposition() == "attachment":
            if ctype.startswith("text/") and part.get_content_charset():
                try:
                    payload.decode(part.get_content_charset())
                except (UnicodeDecodeError, LookupError) as e:
                    problems.append("%s: attachment %s does not decode: %r" % (name, fn, e))
            _open_attachment(fn, ctype, payload, problems, name, texts)
        else:
            problems.append("%s: unexpected part %s without filename" % (name, ctype))


def check():
    problems = []
    a = build_all()
    b = build_all()
    if a != b:
        problems.append("two builds differ: %s" % [k for k in a if a[k] != b.get(k)][:5])
    if labels_bytes() != labels_bytes():
        problems.append("labels differ between builds")
    # compare with files on disk
    for name, data in a.items():
        p = os.path.join(MAIL_DIR, name)
        if not os.path.exists(p):
            problems.append("%s missing on disk" % name)
        elif open(p, "rb").read() != data:
            problems.append("%s differs from disk" % name)
    on_disk = sorted(os.listdir(MAIL_DIR)) if os.path.isdir(MAIL_DIR) else []
    extra = set(on_disk) - set(a)
    if extra:
        problems.append("extra files on disk: %s" % sorted(extra))
    if not os.path.exists(LABELS) or open(LABELS, "rb").read() != labels_bytes():
        problems.append("labels.tsv differs from build")
    # counts
    counts = {}
    for n in REG:
        counts[REG[n][1]] = counts.get(REG[n][1], 0) + 1
    want = {"NORMAL": 80, "CONFIDENTIAL": 60, "STRICTLY_CONFIDENTIAL": 60}
    if counts != want or sorted(REG) != list(range(1, 201)):
        problems.append("label counts %r (want %r), numbers %d" % (counts, want, len(REG)))
    for n in REG:
        if REG[n][1] != "NORMAL" and REG[n][4].startswith("trap:"):
            problems.append("%s: sensitive mail with trap reason" % fname(n))
    ids = {}
    for name, data in sorted(a.items()):
        if b"\r\n" not in data:
            problems.append("%s: no CRLF" % name)
        stripped = data.replace(b"\r\n", b"")
        if b"\r" in stripped or b"\n" in stripped:
            problems.append("%s: bare CR or LF" % name)
        for ln in data.split(b"\r\n"):
            if len(ln) > 998:
                problems.append("%s: line over 998 octets" % name)
                break
        msg = message_from_bytes(data, policy=_default_policy)
        mid_ = msg["Message-ID"]
        if not mid_:
            problems.append("%s: no Message-ID" % name)
        elif mid_ in ids:
            problems.append("%s: Message-ID duplicates %s" % (name, ids[mid_]))
        else:
            ids[mid_] = name
        d = parsedate_to_datetime(msg["Date"])
        if d.year != 2026:
            problems.append("%s: date not in 2026" % name)
        loc = d.replace(tzinfo=None)
        want_off = _offset_hours(2026, loc.month, loc.day, loc.hour, loc.minute)
        if d.utcoffset() != _dt.timedelta(hours=want_off):
            problems.append("%s: wrong CET/CEST offset %s" % (name, msg["Date"]))
        for h in ("From", "To", "Subject", "Date"):
            if msg[h] is None:
                problems.append("%s: header %s missing" % (name, h))
        texts = [str(msg["Subject"])]
        _check_message(name, msg, problems, texts)
        alltext = "\n".join(texts)
        for m_ in IBAN_RE.finditer(alltext):
            ok = iban_ok(m_.group(1))
            if ok is False and name not in IBAN_TYPO_OK:
                problems.append("%s: IBAN with bad checksum %s" % (name, m_.group(1)))
    for p in problems:
        print("PROBLEM:", p)
    print("checked %d mails: %s" % (len(a), "OK" if not problems else "%d problems" % len(problems)))
    print("labels:", ", ".join("%s %d" % (k, counts.get(k, 0)) for k in LABEL_SET))
    return not problems


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(0 if check() else 1)
    built = write_all()
    print("wrote %d mails to %s" % (len(built), MAIL_DIR))
