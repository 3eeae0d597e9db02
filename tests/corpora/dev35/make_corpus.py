#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of the Siegel development corpus dev35 (200 fictitious e-mails).

Fictitious digital-first insurer "Fjordlicht" (Fjordlicht Direkt Versicherung AG,
Fjordlicht Krankenversicherung AG, Fjordlicht Lebensversicherung AG, Leipzig),
domain fjordlicht.example.  Every mail below is written on its own; the code in
this first section only builds MIME and office files deterministically.

    python make_corpus.py            # writes mails/ and labels.tsv
    python make_corpus.py --check    # rebuilds in a temp dir, compares, parses, opens
"""
import csv
import datetime as _dt
import email
import hashlib
import io
import os
import random
import re
import sys
import tempfile
import zipfile
from email import policy as _policy
from email.message import EmailMessage, MIMEPart
from email.policy import SMTP

NN = 35
PREFIX = "d35"
HERE = os.path.dirname(os.path.abspath(__file__))
FIXED_ZIP_TIME = (2026, 1, 2, 9, 0, 0)

MAILS = []


# --------------------------------------------------------------------------
# small helpers
# --------------------------------------------------------------------------

def _h(s, n=12):
    return hashlib.sha256(s.encode("utf-8")).hexdigest()[:n]


_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_WD = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def rfc_date(s, salt=""):
    """'2026-03-04 08:12' or '2026-03-04 08:12:31' -> RFC 5322 date, CET/CEST."""
    d, t = s.split()
    y, m, dd = (int(x) for x in d.split("-"))
    parts = [int(x) for x in t.split(":")]
    if len(parts) == 2:
        parts.append(int(_h(s + salt, 4), 16) % 60)
    hh, mi, ss = parts
    dt = _dt.datetime(y, m, dd, hh, mi, ss)
    assert y == 2026
    # CEST from 29 Mar 2026 01:00 UTC to 25 Oct 2026 01:00 UTC
    cest = _dt.datetime(2026, 3, 29, 3, 0) <= dt < _dt.datetime(2026, 10, 25, 3, 0)
    off = "+0200" if cest else "+0100"
    return f"{_WD[dt.weekday()]}, {dd:02d} {_MON[m - 1]} {y} {hh:02d}:{mi:02d}:{ss:02d} {off}"


def fixzip(data, order_first=None):
    """Rewrite a ZIP with fixed member times (keeps order and compression)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            zi = zipfile.ZipInfo(info.filename, date_time=FIXED_ZIP_TIME)
            zi.compress_type = info.compress_type
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            blob = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                blob = re.sub(rb"(<dcterms:(?:created|modified)[^>]*>)[^<]*(</dcterms:)",
                              rb"\g<1>2026-01-02T09:00:00Z\g<2>", blob)
            dst.writestr(zi, blob)
    return out.getvalue()


def latin(s):
    rep = {"€": "EUR", "–": "-", "—": "-", "„": '"', "“": '"', "”": '"', "‚": "'",
           "‘": "'", "’": "'", "…": "...", "•": "-", "→": "->", "✓": "x", "≥": ">=",
           "≤": "<=", "·": "-", "\u202f": " ", "ı": "i", "ş": "s", "ğ": "g", "ł": "l",
           "ń": "n", "ś": "s", "ą": "a", "ę": "e", "ż": "z", "ć": "c", "Ł": "L", "ő": "o"}
    for a, b in rep.items():
        s = s.replace(a, b)
    return s.encode("latin-1", "replace").decode("latin-1")


# --------------------------------------------------------------------------
# MIME part builders
# --------------------------------------------------------------------------

def T(text, cs="utf-8", cte="quoted-printable", sub="plain", flowed=False):
    p = MIMEPart(policy=SMTP)
    if cte == "7bit" and not text.isascii():
        cte = "quoted-printable"  # 7bit only for pure ASCII text
    p.set_content(text, subtype=sub, charset=cs, cte=cte)
    if flowed:
        p.set_param("format", "flowed")
    return p


def H(html, cs="utf-8", cte="quoted-printable"):
    return T(html, cs=cs, cte=cte, sub="html")


def MP(sub, *parts):
    p = MIMEPart(policy=SMTP)
    p["Content-Type"] = f"multipart/{sub}"
    for x in parts:
        p.attach(x)
    return p


def ALT(tpart, hpart):
    return MP("alternative", tpart, hpart)


def MIX(*parts):
    return MP("mixed", *parts)


def ATT(data, ctype, fname, disp="attachment"):
    p = MIMEPart(policy=SMTP)
    mt, st = ctype.split("/")
    p.set_content(data, mt, st, disposition=disp, filename=fname, cte="base64")
    return p


def TXTATT(text, fname, sub="plain", cs="utf-8", cte="base64", disp="attachment"):
    p = MIMEPart(policy=SMTP)
    p.set_content(text, subtype=sub, charset=cs, cte=cte, disposition=disp, filename=fname)
    return p


def pdf_bytes(title, lines, author="Fjordlicht"):
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.set_creation_date(_dt.datetime(2026, 1, 2, 9, 0, 0, tzinfo=_dt.timezone.utc))
    pdf.set_author(latin(author))
    pdf.set_title(latin(title))
    pdf.set_producer("Fjordlicht DocGen 4.2")
    pdf.set_creator("Fjordlicht DocGen 4.2")
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 13)
    pdf.multi_cell(0, 7, latin(title), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Helvetica", "", 10)
    for ln in lines:
        if ln.startswith("## "):
            pdf.ln(2)
            pdf.set_font("Helvetica", "B", 10)
            pdf.multi_cell(0, 5, latin(ln[3:]), new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Helvetica", "", 10)
        elif ln == "":
            pdf.ln(4)
        else:
            pdf.multi_cell(0, 5, latin(ln), new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def PDF(fname, title, lines, author="Fjordlicht", ctype="application/pdf"):
    return ATT(pdf_bytes(title, lines, author), ctype, fname)


def docx_bytes(paras, tables=(), author="Fjordlicht"):
    import docx
    d = docx.Document()
    for para in paras:
        if para.startswith("# "):
            d.add_heading(para[2:], level=1)
        elif para.startswith("## "):
            d.add_heading(para[3:], level=2)
        else:
            d.add_paragraph(para)
    for rows in tables:
        t = d.add_table(rows=len(rows), cols=len(rows[0]))
        for i, r in enumerate(rows):
            for j, c in enumerate(r):
                t.cell(i, j).text = str(c)
    cp = d.core_properties
    fixed = _dt.datetime(2026, 1, 2, 9, 0, 0)
    cp.author = author
    cp.last_modified_by = author
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.revision = 1
    cp.title = ""
    out = io.BytesIO()
    d.save(out)
    return fixzip(out.getvalue())


def DOCX(fname, paras, tables=(), author="Fjordlicht"):
    return ATT(docx_bytes(paras, tables, author),
               "application/vnd.openxmlformats-officedocument.wordprocessingml.document", fname)


def xlsx_bytes(sheets, author="Fjordlicht"):
    import openpyxl
    wb = openpyxl.Workbook()
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name
        for r in rows:
            ws.append(list(r))
    fixed = _dt.datetime(2026, 1, 2, 9, 0, 0)
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = fixed
    wb.properties.modified = fixed
    out = io.BytesIO()
    wb.save(out)
    return fixzip(out.getvalue())


def XLSX(fname, sheets, author="Fjordlicht"):
    return ATT(xlsx_bytes(sheets, author),
               "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", fname)


def _odf_save(doc):
    out = io.BytesIO()
    doc.save(out)
    return fixzip(out.getvalue())


def ods_bytes(rows, name="Tabelle1"):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableRow, TableCell
    from odf.text import P
    doc = OpenDocumentSpreadsheet()
    t = Table(name=name)
    for r in rows:
        tr = TableRow()
        for c in r:
            if isinstance(c, (int, float)):
                tc = TableCell(valuetype="float", value=c)
            else:
                tc = TableCell(valuetype="string")
            tc.addElement(P(text=str(c)))
            tr.addElement(tc)
        t.addElement(tr)
    doc.spreadsheet.addElement(t)
    return _odf_save(doc)


def ODS(fname, rows, name="Tabelle1"):
    return ATT(ods_bytes(rows, name), "application/vnd.oasis.opendocument.spreadsheet", fname)


def odt_bytes(paras):
    from odf.opendocument import OpenDocumentText
    from odf.text import P, H as OH
    doc = OpenDocumentText()
    for para in paras:
        if para.startswith("# "):
            doc.text.addElement(OH(outlinelevel=1, text=para[2:]))
        else:
            doc.text.addElement(P(text=para))
    return _odf_save(doc)


def ODT(fname, paras):
    return ATT(odt_bytes(paras), "application/vnd.oasis.opendocument.text", fname)


def csv_text(rows, delim=";"):
    out = io.StringIO()
    w = csv.writer(out, delimiter=delim, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return out.getvalue()


def CSV(fname, rows, enc="utf-8", delim=";", as_excel=False):
    txt = csv_text(rows, delim)
    if as_excel:
        return ATT(txt.encode(enc), "application/vnd.ms-excel", fname)
    return TXTATT(txt, fname, sub="csv", cs=enc, cte="base64")


def ICS(fname, summary, start, end, location="", description="", organizer="", attendees=(),
        uid=None, method="REQUEST"):
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Fjordlicht//Kalender 3.1//DE",
             f"METHOD:{method}", "BEGIN:VEVENT",
             f"UID:{uid or _h(summary + start, 16)}@fjordlicht.example",
             "DTSTAMP:20260102T080000Z",
             f"DTSTART;TZID=Europe/Berlin:{start}", f"DTEND;TZID=Europe/Berlin:{end}",
             f"SUMMARY:{summary}"]
    if location:
        lines.append(f"LOCATION:{location}")
    if description:
        lines.append("DESCRIPTION:" + description.replace("\n", "\\n").replace(",", "\\,"))
    if organizer:
        lines.append(f"ORGANIZER:mailto:{organizer}")
    for a in attendees:
        lines.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{a}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    # fold long lines (RFC 5545, 75 octets)
    folded = []
    for ln in lines:
        b = ln
        while len(b.encode("utf-8")) > 74:
            cut = 74
            while len(b[:cut].encode("utf-8")) > 74:
                cut -= 1
            folded.append(b[:cut])
            b = " " + b[cut:]
        folded.append(b)
    txt = "\r\n".join(folded) + "\r\n"
    p = MIMEPart(policy=SMTP)
    p.set_content(txt, subtype="calendar", charset="utf-8", cte="base64",
                  disposition="attachment", filename=fname, params={"method": method})
    return p


def ZIP(fname, members):
    """members: list of (name, bytes)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=FIXED_ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return ATT(out.getvalue(), "application/zip", fname)


def img_bytes(kind, seed, w=480, h=360, fmt="JPEG"):
    """A synthetic photo-like picture without any text."""
    from PIL import Image, ImageDraw
    r = random.Random(seed)
    palettes = {
        "phone": [(20, 20, 24), (60, 60, 70), (200, 200, 210)],
        "car": [(90, 110, 130), (160, 160, 165), (40, 70, 40)],
        "roof": [(150, 60, 40), (120, 120, 125), (180, 200, 230)],
        "water": [(210, 200, 180), (120, 90, 60), (70, 60, 50)],
        "bike": [(30, 90, 150), (200, 200, 200), (50, 50, 50)],
        "screenshot": [(245, 245, 250), (0, 120, 110), (230, 230, 235)],
    }
    pal = palettes[kind]
    im = Image.new("RGB", (w, h), pal[2])
    d = ImageDraw.Draw(im)
    for _ in range(40):
        x0, y0 = r.randint(0, w), r.randint(0, h)
        x1, y1 = x0 + r.randint(10, w // 2), y0 + r.randint(10, h // 2)
        c = pal[r.randint(0, 1)]
        c = tuple(max(0, min(255, v + r.randint(-25, 25))) for v in c)
        if r.random() < 0.5:
            d.rectangle([x0, y0, x1, y1], fill=c)
        else:
            d.ellipse([x0, y0, x1, y1], fill=c)
    for _ in range(12):
        d.line([r.randint(0, w), r.randint(0, h), r.randint(0, w), r.randint(0, h)],
               fill=(235, 235, 235), width=r.randint(1, 3))
    out = io.BytesIO()
    if fmt == "JPEG":
        im.save(out, "JPEG", quality=82)
    else:
        im.save(out, "PNG")
    return out.getvalue()


def IMG(fname, kind, seed, fmt="JPEG", disp="attachment"):
    ctype = "image/jpeg" if fmt == "JPEG" else "image/png"
    return ATT(img_bytes(kind, seed, fmt=fmt), ctype, fname, disp=disp)


def FWD(inner, fname=None, disp="attachment"):
    """inner: dict as for mail(); attached as message/rfc822."""
    msg = build_message(inner, inner.get("key", "inner-" + inner["subject"]))
    p = MIMEPart(policy=SMTP)
    if fname:
        p.set_content(msg, disposition=disp, filename=fname)
    else:
        p.set_content(msg, disposition=disp)
    return p


def q(text, prefix="> "):
    """Quote text e-mail style."""
    out = []
    for ln in text.split("\n"):
        out.append((prefix + ln).rstrip() if ln.strip() else prefix.rstrip())
    return "\n".join(out)


# --------------------------------------------------------------------------
# message assembly
# --------------------------------------------------------------------------

_BSTYLE = [
    lambda h, i: f"----=_Part_{int(h[:6], 16)}_{i}.{int(h[6:12], 16)}",
    lambda h, i: f"_00{i}_{h.upper()}LEJP264MB{i}_",
    lambda h, i: f"------------{h[:10]}{i:02d}Fj",
    lambda h, i: f"Apple-Mail=_{h[:8].upper()}-{h[8:12].upper()}-{i}",
]


def _set_boundaries(part, key, counter, style):
    if part.get_content_maintype() == "multipart":
        counter[0] += 1
        part.set_boundary(_BSTYLE[style](_h(key + str(counter[0]), 12), counter[0]))
        for sub in part.get_payload():
            _set_boundaries(sub, key, counter, style)


def build_message(d, key):
    top = EmailMessage(policy=SMTP)
    top["From"] = d["frm"]
    top["To"] = d["to"]
    if d.get("cc"):
        top["Cc"] = d["cc"]
    if d.get("reply_to"):
        top["Reply-To"] = d["reply_to"]
    top["Subject"] = d["subject"]
    top["Date"] = rfc_date(d["date"], key)
    dom = d["frm"].split("@")[-1].strip(" >")
    if d.get("mid"):
        top["Message-ID"] = d["mid"]
    else:
        h, st = _h(key, 16), int(_h(key + "mid", 2), 16) % 4
        if st == 0:
            mid = f"<{h}.{_h(key + 'x', 6)}@{dom}>"
        elif st == 1:
            u = _h(key + "u", 32).upper()
            mid = f"<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:32]}@{dom}>"
        elif st == 2:
            dd = d["date"].replace("-", "").replace(":", "").replace(" ", "")
            mid = f"<{dd}.{h[:10]}@{dom}>"
        else:
            mid = f"<CA+{h}{_h(key + 'c', 8)}=q@mail.{dom}>"
        top["Message-ID"] = mid
    if d.get("irt"):
        top["In-Reply-To"] = d["irt"]
        top["References"] = d.get("refs", d["irt"])
    for k, v in d.get("hdrs", []):
        top[k] = v
    body = d["body"]
    if isinstance(body, str):
        body = T(body)
    style = int(_h(key, 2), 16) % len(_BSTYLE) if d.get("bstyle") is None else d["bstyle"]
    _set_boundaries(body, key, [0], style)
    top["MIME-Version"] = "1.0"
    for k, v in body.items():
        top[k] = v
    top.set_payload(body._payload)
    return top


def mail(key, label, lang, kind, reason, **d):
    assert label in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"), key
    assert lang in ("de", "en"), key
    assert "\t" not in reason and "\n" not in reason, key
    assert all(m["key"] != key for m in MAILS), key
    d.update(key=key, label=label, lang=lang, kind=kind, reason=reason)
    MAILS.append(d)


# --------------------------------------------------------------------------
# staff signatures and legal footers (the same person always signs the same way)
# --------------------------------------------------------------------------

FOOT_DIREKT = """-- 
Fjordlicht Direkt Versicherung AG · Lichtkanalstraße 12 · 04109 Leipzig
Vorstand: Dr. Henrike Saalfeld (Vorsitzende), Marek Oyelaran, Ines Kühnapfel
Vorsitzender des Aufsichtsrats: Prof. Dr. Wendelin Hauptstock
Sitz der Gesellschaft: Leipzig · Amtsgericht Leipzig HRB 39017
Datenschutzhinweise: www.fjordlicht.example/datenschutz"""

FOOT_KRANKEN = """-- 
Fjordlicht Krankenversicherung AG · Lichtkanalstraße 12 · 04109 Leipzig
Vorstand: Dr. Henrike Saalfeld (Vorsitzende), Ines Kühnapfel, Dr. Raimund Ossowski
Vorsitzender des Aufsichtsrats: Prof. Dr. Wendelin Hauptstock
Sitz der Gesellschaft: Leipzig · Amtsgericht Leipzig HRB 39018
Datenschutzhinweise: www.fjordlicht.example/datenschutz"""

FOOT_LEBEN = """-- 
Fjordlicht Lebensversicherung AG · Lichtkanalstraße 12 · 04109 Leipzig
Vorstand: Dr. Henrike Saalfeld (Vorsitzende), Marek Oyelaran, Dr. Raimund Ossowski
Vorsitzender des Aufsichtsrats: Prof. Dr. Wendelin Hauptstock
Sitz der Gesellschaft: Leipzig · Amtsgericht Leipzig HRB 39019
Datenschutzhinweise: www.fjordlicht.example/datenschutz"""

FOOT_EN = """-- 
Fjordlicht Direkt Versicherung AG · Lichtkanalstraße 12 · 04109 Leipzig · Germany
Management Board: Dr. Henrike Saalfeld (Chair), Marek Oyelaran, Ines Kühnapfel
Chair of the Supervisory Board: Prof. Dr. Wendelin Hauptstock
Registered office: Leipzig · Local Court (Amtsgericht) Leipzig HRB 39017
Privacy notice: www.fjordlicht.example/en/privacy"""

FOOT_EN_KV = """-- 
Fjordlicht Krankenversicherung AG (Fjordlicht Health) · Lichtkanalstraße 12 · 04109 Leipzig · Germany
Management Board: Dr. Henrike Saalfeld (Chair), Ines Kühnapfel, Dr. Raimund Ossowski
Registered office: Leipzig · Local Court (Amtsgericht) Leipzig HRB 39018
Privacy notice: www.fjordlicht.example/en/privacy"""

SIG = {
    "wilkening": """Viele Grüße
Jana Wilkening
Kundenservice

Fjordlicht Direkt Versicherung AG
Telefon 0341 33920-0 (Mo–Fr 8–20 Uhr) · service@fjordlicht.example
Alles rund um Ihre Verträge: in der Fjordlicht-App""",
    "aksoy": """Freundliche Grüße

Emre Aksoy
Kundenservice · Team Vertrag
Fjordlicht Direkt Versicherung AG
T 0341 33920-0 | service@fjordlicht.example""",
    "brandhorst": """Beste Grüße
Sophie Brandhorst
Schadenservice Sach & Haftpflicht

Fjordlicht Direkt Versicherung AG
Telefon 0341 33920-300 · schaden@fjordlicht.example""",
    "feddersen": """Mit freundlichen Grüßen
Lukas Feddersen
Kfz-Schadenservice
Fjordlicht Direkt Versicherung AG · Telefon 0341 33920-310 · schaden@fjordlicht.example""",
    "castellanos": """Kind regards,
Mira Castellanos
International Desk

Fjordlicht · Insurance in English
Phone +49 341 33920-440 (Mon–Fri 9am–6pm CET) · hello@fjordlicht.example""",
    "prendergast": """All the best,
Owen Prendergast
International Desk | Fjordlicht
+49 341 33920-440 · hello@fjordlicht.example""",
    "raabe": """Freundliche Grüße

Henning Raabe
Leistungsservice Krankenversicherung
Fjordlicht Krankenversicherung AG
Telefon 0341 33920-500 · leistung-kranken@fjordlicht.example""",
    "vollmer": """Mit freundlichen Grüßen

Dr. med. Katrin Vollmer
Gesellschaftsärztin · Risikoprüfung Leben/BU
Fjordlicht Lebensversicherung AG
Telefon 0341 33920-620""",
    "tiedemann": """Mit freundlichen Grüßen
Oliver Tiedemann
Leistung Leben & Berufsunfähigkeit
Fjordlicht Lebensversicherung AG
Telefon 0341 33920-600 · leben@fjordlicht.example""",
    "osterkamp": """Mit freundlichen Grüßen

Daniel Osterkamp
Beschwerdemanagement
Fjordlicht Versicherungsgruppe
Telefon 0341 33920-190 · beschwerde@fjordlicht.example""",
    "engert": """Viele Grüße
Carla Engert
Datenschutzbeauftragte der Fjordlicht Versicherungsgruppe
datenschutz@fjordlicht.example · Durchwahl -170""",
    "hallmann": """--
Ruben Hallmann
App & Portal Engineering · Fjordlicht
Durchwahl -715 · Teams: @rhallmann""",
    "sauerbrey": """Herzliche Grüße
Nele Sauerbrey
Marketing & Kommunikation · Fjordlicht
presse@fjordlicht.example · 0341 33920-150""",
    "zoellner": """Gruß
Patrick""",
    "lorenz": """Viele Grüße aus Leipzig
Annika Lorenz
Maklerbetreuung
Fjordlicht Direkt Versicherung AG
Telefon 0341 33920-800 · makler@fjordlicht.example""",
    "jakobeit": """Freundliche Grüße
Sven Jakobeit
Leistung Unfallversicherung
Fjordlicht Direkt Versicherung AG · Telefon 0341 33920-330""",
}


# ==========================================================================
# MAILS
# ==========================================================================

# ---------------------------------------------------------------- app & portal notifications

mail("portal-notif-de", "NORMAL", "de", "system-to-customer",
     "trap: portal notification without content; explains that health data and bank details are never mailed",
     frm="Mein Fjordlicht <postfach@mein.fjordlicht.example>",
     to="s.krautwurst@freemail.example",
     subject="Neue Nachricht in Ihrem Postfach bei Mein Fjordlicht",
     date="2026-02-03 07:41",
     hdrs=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
     body=ALT(T("""Guten Tag,

in Ihrem persönlichen Postfach bei Mein Fjordlicht liegt eine neue Nachricht
für Sie bereit.

Bitte melden Sie sich an, um die Nachricht zu lesen:
https://mein.fjordlicht.example/postfach

Warum schicken wir Ihnen die Nachricht nicht direkt? Inhalte mit vertraulichen
Daten – zum Beispiel Gesundheitsangaben, Arztrechnungen, Bankverbindungen oder
Vertragsdetails – versenden wir grundsätzlich nicht per unverschlüsselter
E-Mail. Im Postfach sind sie sicher verschlüsselt abgelegt.

Die Nachricht steht 90 Tage zur Verfügung. Sie können sie jederzeit als PDF
herunterladen.

Ihr Fjordlicht-Team

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.
Fjordlicht Direkt Versicherung AG · Lichtkanalstraße 12 · 04109 Leipzig · Amtsgericht Leipzig HRB 39017
""", cte="quoted-printable"),
        H("""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Neue Nachricht</title></head>
<body style="font-family:Arial,sans-serif;color:#1d2b36;background:#f3f6f8">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="560" style="background:#ffffff;padding:24px">
<tr><td><img alt="Fjordlicht" width="120" height="32" src="https://static.fjordlicht.example/mail/logo.png"></td></tr>
<tr><td><h1 style="font-size:20px">Neue Nachricht für Sie</h1>
<p>Guten Tag,</p>
<p>in Ihrem persönlichen Postfach bei <b>Mein Fjordlicht</b> liegt eine neue Nachricht für Sie bereit.</p>
<p><a href="https://mein.fjordlicht.example/postfach" style="background:#00786e;color:#fff;padding:10px 18px;text-decoration:none">Zum Postfach</a></p>
<p style="font-size:13px;color:#556">Warum schicken wir Ihnen die Nachricht nicht direkt? Inhalte mit vertraulichen Daten &ndash; zum Beispiel Gesundheitsangaben, Arztrechnungen, Bankverbindungen oder Vertragsdetails &ndash; versenden wir grundsätzlich nicht per unverschlüsselter E-Mail.</p>
<p style="font-size:13px;color:#556">Die Nachricht steht 90 Tage zur Verfügung.</p>
</td></tr>
<tr><td style="font-size:11px;color:#889">Diese E-Mail wurde automatisch erstellt. Fjordlicht Direkt Versicherung AG &middot; Lichtkanalstraße 12 &middot; 04109 Leipzig &middot; Amtsgericht Leipzig HRB 39017</td></tr>
</table></td></tr></table></body></html>
""")))

mail("app-erstattung-physio", "STRICTLY_CONFIDENTIAL", "de", "system-to-customer",
     "app notification of a refund for physiotherapy (6 sessions) to a named health-insurance customer, with masked IBAN",
     frm="Fjordlicht App <benachrichtigung@app.fjordlicht.example>",
     to="Lea Marquardt <lea.marquardt@webpost.example>",
     subject="Erstattung veranlasst: 171,60 € für deine Rechnung",
     date="2026-02-05 16:02",
     hdrs=[("Auto-Submitted", "auto-generated")],
     body=ALT(T("""Hallo Lea,

gute Nachricht: Deine Rechnung ist geprüft.

Rechnung:        Praxis für Physiotherapie Kornblume, Leipzig
Leistung:        6 x Krankengymnastik, 6 x Wärmetherapie
Rechnungsbetrag: 214,50 €
Erstattung:      171,60 € (80 % laut Tarif Gesund Plus)
Vertrag:         FL-KV-61207745
Auszahlung auf:  DE05 **** **** **** **73 80

Das Geld ist in 2–3 Werktagen auf deinem Konto.
Alle Details findest du in der App unter „Erstattungen".

Dein Fjordlicht-Team

Fjordlicht Krankenversicherung AG · Lichtkanalstraße 12 · 04109 Leipzig · Amtsgericht Leipzig HRB 39018
"""),
        H("""<html><body style="font-family:Helvetica,Arial,sans-serif">
<p>Hallo Lea,</p>
<p>gute Nachricht: Deine Rechnung ist geprüft.</p>
<table cellpadding="6" style="border-collapse:collapse;border:1px solid #ccd">
<tr><td>Rechnung</td><td>Praxis für Physiotherapie Kornblume, Leipzig</td></tr>
<tr><td>Leistung</td><td>6 x Krankengymnastik, 6 x Wärmetherapie</td></tr>
<tr><td>Rechnungsbetrag</td><td>214,50 &euro;</td></tr>
<tr><td><b>Erstattung</b></td><td><b>171,60 &euro;</b> (80 % laut Tarif Gesund Plus)</td></tr>
<tr><td>Vertrag</td><td>FL-KV-61207745</td></tr>
<tr><td>Auszahlung auf</td><td>DE05 **** **** **** **73 80</td></tr>
</table>
<p>Das Geld ist in 2&ndash;3 Werktagen auf deinem Konto.</p>
<p>Dein Fjordlicht-Team</p>
<p style="font-size:11px;color:#777">Fjordlicht Krankenversicherung AG &middot; Lichtkanalstraße 12 &middot; 04109 Leipzig &middot; Amtsgericht Leipzig HRB 39018</p>
</body></html>
""", cte="base64")))

mail("app-kfz-abbuchung", "CONFIDENTIAL", "de", "system-to-customer",
     "HTML-only app mail: named customer, motor policy number, plate and masked IBAN of the direct debit",
     frm="Fjordlicht App <benachrichtigung@app.fjordlicht.example>",
     to="Timo Brückner <timo.brueckner@mailbox.example>",
     subject="Dein Kfz-Beitrag wird am 1. April abgebucht",
     date="2026-03-20 06:30",
     hdrs=[("Auto-Submitted", "auto-generated")],
     body=H("""<!DOCTYPE html>
<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:15px">
<p>Hallo Timo,</p>
<p>am <b>01.04.2026</b> buchen wir den Jahresbeitrag für deine Kfz-Versicherung ab.</p>
<table style="border:1px solid #dde;border-collapse:collapse" cellpadding="5">
<tr><th align="left">Vertrag</th><td>FL-KF-20418833</td></tr>
<tr><th align="left">Fahrzeug</th><td>VW Golf Variant, L-TB 4711</td></tr>
<tr><th align="left">Schadenfreiheitsklasse</th><td>SF 9 (Haftpflicht) / SF 7 (Vollkasko)</td></tr>
<tr><th align="left">Beitrag 2026</th><td>412,38 &euro;</td></tr>
<tr><th align="left">Konto</th><td>DE62 **** **** **** **47 98</td></tr>
</table>
<p>Bitte sorge für ausreichende Deckung, damit keine Rücklastschrift entsteht.</p>
<p>Dein Fjordlicht-Team<br><span style="font-size:11px;color:#888">Fjordlicht Direkt Versicherung AG &middot; Amtsgericht Leipzig HRB 39017</span></p>
</body></html>
"""))

mail("app-release-notes-en", "NORMAL", "en", "newsletter",
     "trap: app release notes full of doctor's bills, dental plans and IBAN features, no person",
     frm="Fjordlicht App <news@app.fjordlicht.example>",
     to="app-updates@lists.fjordlicht.example",
     subject="What's new in the Fjordlicht app 5.8",
     date="2026-02-11 10:00",
     hdrs=[("List-Unsubscribe", "<https://fjordlicht.example/unsubscribe?l=app-updates>"),
           ("Precedence", "bulk")],
     body=ALT(T("""What's new in Fjordlicht 5.8
============================

* Snap your doctor's bill: take a photo of an invoice from your doctor,
  dentist or pharmacy and we'll read amount, date and treatment codes for you.
* Dental cost plans (Heil- und Kostenplan) can now be uploaded before the
  treatment starts. You'll see the expected refund within two working days.
* Sick-leave certificates for daily sickness allowance: upload page by page,
  we stitch them together.
* Change your bank account (IBAN) in two taps - with a confirmation code sent
  to your phone.
* English everywhere: claim forms, letters and the chat are now fully
  available in English.
* Bug fixes: the "Erstattungen" list no longer jumps to the top after
  pull-to-refresh.

Update via the App Store or Google Play. Questions? hello@fjordlicht.example

Fjordlicht Direkt Versicherung AG, Lichtkanalstrasse 12, 04109 Leipzig, Germany.
You receive this mail because you subscribed to app news. Unsubscribe:
https://fjordlicht.example/unsubscribe?l=app-updates
""", cte="7bit"),
        H("""<html><body style="font-family:Arial,sans-serif">
<h2>What's new in Fjordlicht 5.8</h2>
<ul>
<li><b>Snap your doctor's bill</b> &ndash; photo of an invoice from your doctor, dentist or pharmacy; we read amount, date and treatment codes.</li>
<li><b>Dental cost plans</b> (Heil- und Kostenplan) before treatment starts &ndash; expected refund within two working days.</li>
<li><b>Sick-leave certificates</b> for daily sickness allowance: upload page by page.</li>
<li><b>Change your IBAN</b> in two taps with a confirmation code.</li>
<li><b>English everywhere</b>: claim forms, letters and chat.</li>
</ul>
<p style="font-size:11px;color:#888">Fjordlicht Direkt Versicherung AG, Lichtkanalstrasse 12, 04109 Leipzig, Germany. <a href="https://fjordlicht.example/unsubscribe?l=app-updates">Unsubscribe</a></p>
</body></html>
""", cte="7bit")))

mail("portal-notif-visa-cert-en", "STRICTLY_CONFIDENTIAL", "en", "system-to-customer",
     "notification names the document: health-insurance certificate for a named student's visa - personal line, no medical word",
     hide="no medical word: notification reveals a named person's health insurance",
     frm="My Fjordlicht <mailbox@mein.fjordlicht.example>",
     to="Priya Raghunathan <priya.r@uni-leipzig-mail.example>",
     subject="New document in your Fjordlicht mailbox",
     date="2026-01-14 11:26",
     hdrs=[("Auto-Submitted", "auto-generated")],
     body=ALT(T("""Hi Priya,

a new document is waiting for you in your Fjordlicht mailbox:

  "Certificate of insurance - Fjordlicht Health Student
   (for the foreigners' office / university enrolment)"

Log in to download it as PDF:
https://mein.fjordlicht.example/en/mailbox

Tip: The foreigners' office (Ausländerbehörde) accepts the PDF as it is - no
stamp needed.

Your Fjordlicht team
Fjordlicht Krankenversicherung AG - Leipzig - HRB 39018
""", cte="quoted-printable"),
        H("""<html><body style="font-family:Arial,sans-serif">
<p>Hi Priya,</p>
<p>a new document is waiting for you in your Fjordlicht mailbox:</p>
<p style="padding:8px;border-left:4px solid #00786e">Certificate of insurance &ndash; Fjordlicht Health Student<br>(for the foreigners' office / university enrolment)</p>
<p><a href="https://mein.fjordlicht.example/en/mailbox">Open mailbox</a></p>
<p>Your Fjordlicht team<br><small>Fjordlicht Krankenversicherung AG &middot; Leipzig &middot; HRB 39018</small></p>
</body></html>
""", cte="7bit")))

mail("app-bike-claim-approved-en", "CONFIDENTIAL", "en", "system-to-customer",
     "named customer, claim number, bicycle theft payout and the last digits of his Irish IBAN",
     frm="Fjordlicht App <notifications@app.fjordlicht.example>",
     to="Liam O'Connor <liam.oconnor@mailbox.example>",
     subject="Your claim SCH-2026-041873 has been approved",
     date="2026-03-02 09:14",
     hdrs=[("Auto-Submitted", "auto-generated")],
     body=T("""Hi Liam,

good news - we have approved your claim.

Claim number:   SCH-2026-041873
What happened:  bicycle stolen from the courtyard, Karl-Heine-Str. 61,
                04229 Leipzig, reported 12 Feb 2026
Policy:         FL-FR-33092116 (Bike Cover Plus)
Payout:         EUR 1,180.00 (replacement value minus EUR 0 excess)
Paid to:        IE89 FJRD **** **** **88 36

The money should arrive within 3 working days. You can follow the status in
the app under "Claims".

Your Fjordlicht team

Fjordlicht Direkt Versicherung AG - Leipzig - HRB 39017
""", cte="7bit"))

mail("portal-otp-de", "NORMAL", "de", "system-to-customer",
     "trap: one-time password for portal registration, words Passwort/Sicherheitsfrage/vertraulich, no personal data",
     frm="Mein Fjordlicht <registrierung@mein.fjordlicht.example>",
     to="m.vogt.1979@freemail.example",
     subject="Ihr Einmal-Passwort für Mein Fjordlicht",
     date="2026-01-22 19:03",
     hdrs=[("Auto-Submitted", "auto-generated")],
     body=T("""Guten Tag,

für Sie wurde ein Zugang zu Mein Fjordlicht eingerichtet.

Ihr Einmal-Passwort lautet:   Q7kp-M2vr-X9zt

Den Link zur Registrierung erhalten Sie mit einer zweiten E-Mail. Melden Sie
sich dort mit Ihrer E-Mail-Adresse und diesem Einmal-Passwort an. Danach
vergeben Sie ein eigenes Passwort und eine Sicherheitsfrage.

Das Einmal-Passwort ist 7 Tage gültig. Geben Sie es niemandem weiter, auch
nicht unseren Mitarbeitenden. Wir fragen Sie nie per Telefon oder E-Mail nach
Ihrem Passwort.

Ihr Fjordlicht-Team

Fjordlicht Direkt Versicherung AG · Lichtkanalstraße 12 · 04109 Leipzig
Amtsgericht Leipzig HRB 39017
""", cs="iso-8859-1", cte="quoted-printable"))

mail("portal-pw-reset-en", "NORMAL", "en", "system-to-customer",
     "password reset link without any personal or contract data",
     frm="My Fjordlicht <no-reply@mein.fjordlicht.example>",
     to="a.herrera.lab@uni-leipzig-mail.example",
     subject="Reset your password",
     date="2026-04-09 23:51",
     hdrs=[("Auto-Submitted", "auto-generated")],
     body=T("""Hello,

someone (hopefully you) asked to reset the password for the My Fjordlicht
account registered with this address. You already answered your security
question correctly.

Set a new password here (link valid for 30 minutes):
https://mein.fjordlicht.example/en/reset?t=6f3e9a1c0b7d44e2a5c8

If you did not ask for this, you can ignore this e-mail. Your password stays
unchanged.

Fjordlicht - Leipzig, Germany
""", cte="7bit"))

mail("app-bonus-vorsorge", "STRICTLY_CONFIDENTIAL", "de", "system-to-customer",
     "app reminder of the health-insurance bonus programme: named customer has not yet submitted his preventive check-ups",
     hide="no diagnosis: health-insurance bonus reminder to a named person",
     frm="Fjordlicht App <benachrichtigung@app.fjordlicht.example>",
     to="Benedikt Hasselbach <b.hasselbach@t-net.example>",
     subject="Noch 30 € Bonus für dich drin 🦷",
     date="2026-04-14 12:00",
     hdrs=[("Auto-Submitted", "auto-generated")],
     body=ALT(T("""Hallo Benedikt,

in deinem Bonusprogramm „Fjordlicht Vorsorge+" sind für 2026 noch keine
Nachweise eingegangen:

  [ ] Zahnvorsorge (Kontrolluntersuchung)          15 €
  [ ] Check-up beim Hausarzt                       15 €
  [x] Grippeschutzimpfung 2025/26                  – bereits gutgeschrieben

Lade einfach die Bestätigung deiner Praxis in der App hoch
(Vertrag FL-KV-58830127 › Bonus › Nachweis hochladen).

Dein Fjordlicht-Team
Fjordlicht Krankenversicherung AG · Amtsgericht Leipzig HRB 39018
"""),
        H("""<html><body style="font-family:Arial,sans-serif">
<p>Hallo Benedikt,</p>
<p>in deinem Bonusprogramm <b>Fjordlicht Vorsorge+</b> sind für 2026 noch keine Nachweise eingegangen:</p>
<table cellpadding="4">
<tr><td>&#9744; Zahnvorsorge (Kontrolluntersuchung)</td><td>15 &euro;</td></tr>
<tr><td>&#9744; Check-up beim Hausarzt</td><td>15 &euro;</td></tr>
<tr><td>&#9745; Grippeschutzimpfung 2025/26</td><td>bereits gutgeschrieben</td></tr>
</table>
<p>Vertrag FL-KV-58830127 &rsaquo; Bonus &rsaquo; Nachweis hochladen</p>
<p>Dein Fjordlicht-Team</p>
</body></html>
""")))

mail("portal-notif-hausrat-vertrag", "CONFIDENTIAL", "de", "system-to-customer",
     "portal notification to a named customer naming her household-contents policy number and premium invoice",
     frm="Mein Fjordlicht <postfach@mein.fjordlicht.example>",
     to="Ursula Gerstenberger <u.gerstenberger@t-net.example>",
     subject="Neues Dokument zu Ihrem Vertrag FL-HR-30571164",
     date="2026-01-07 08:05",
     hdrs=[("Auto-Submitted", "auto-generated")],
     body=T("""Sehr geehrte Frau Gerstenberger,

zu Ihrer Hausratversicherung FL-HR-30571164 liegt ein neues Dokument in
Ihrem Postfach bei Mein Fjordlicht:

   Beitragsrechnung 2026 (1 Seite, PDF)

https://mein.fjordlicht.example/postfach

Möchten Sie Dokumente lieber per Post? Das können Sie in Ihren
Einstellungen unter „Kommunikation" ändern.

Mit freundlichen Grüßen
Ihre Fjordlicht Direkt Versicherung AG

Diese Nachricht wurde automatisch versandt.
Fjordlicht Direkt Versicherung AG · Lichtkanalstraße 12 · 04109 Leipzig · HRB 39017
""", cs="windows-1252", cte="quoted-printable"))

# ---------------------------------------------------------------- chat transcripts

mail("chat-zahn-wurzel", "STRICTLY_CONFIDENTIAL", "de", "system-to-customer",
     "chat transcript sent to the customer: root canal treatment and professional cleaning at a named dentist",
     frm="Fjordlicht Chat <chat@fjordlicht.example>",
     to="Mehmet Yıldız <mehmet.yildiz@mailbox.example>",
     subject="Ihr Chatverlauf vom 12.03.2026",
     date="2026-03-12 15:47",
     hdrs=[("Auto-Submitted", "auto-generated")],
     body=T("""Guten Tag,

wie gewünscht erhalten Sie hier den Verlauf Ihres Chats mit uns.

Chat-ID C-26-0312-08815 · 12.03.2026, 15:21–15:44 Uhr
--------------------------------------------------------------------------
15:21 Lotta (Chat-Assistentin): Hallo! Ich bin Lotta, die digitale
      Assistentin von Fjordlicht. Wobei kann ich helfen?
15:21 Sie: zahlt ihr die wurzelbehandlung?
15:22 Lotta: Dazu verbinde ich Sie mit einer Kollegin. Einen Moment bitte.
15:24 Jana Wilkening: Hallo Herr Yıldız, hier ist Jana aus dem Kundenservice.
      Ich sehe Ihren Zahnzusatz „Zahn Komfort" (FL-ZZ-44017362). Um welche
      Behandlung geht es genau?
15:26 Sie: bei Dr. Lehmkuhl in Gohlis, Zahn 36 hat sich entzündet, sie will
      eine Wurzelbehandlung machen, 3 Sitzungen. Vorher noch
      Zahnreinigung, das Zahnfleisch blutet wohl stark
15:28 Jana Wilkening: Die Wurzelbehandlung erstatten wir zu 90 % der
      Kosten, die die gesetzliche Kasse nicht übernimmt. Die professionelle
      Zahnreinigung bis 120 € im Jahr. Einen Heil- und Kostenplan brauchen
      Sie dafür nicht.
15:30 Sie: und wenn der Zahn doch raus muss und ein Implantat kommt?
15:31 Jana Wilkening: Dann schicken Sie uns bitte vorher den Heil- und
      Kostenplan über die App. Die Wartezeit für Zahnersatz ist bei Ihnen
      seit 01.11.2025 abgelaufen.
15:33 Sie: ok super danke, können sie mir den chat schicken?
15:34 Jana Wilkening: Gern, kommt per Mail. Gute Besserung!
--------------------------------------------------------------------------

Ihr Fjordlicht-Team

Fjordlicht Krankenversicherung AG · Lichtkanalstraße 12 · 04109 Leipzig
Amtsgericht Leipzig HRB 39018
""", cte="8bit"))

mail("chat-export-iban-en", "CONFIDENTIAL", "en", "system-to-internal",
     "chat export: verified student changes the bank account of her liability policy, full new IBAN",
     frm="Chat Export <chat-export@fjordlicht.example>",
     to="vertrag@fjordlicht.example",
     subject="[Chat-Export] C-26-0318-11472 · Bankverbindung ändern",
     date="2026-03-18 14:10",
     hdrs=[("Auto-Submitted", "auto-generated"), ("X-Chat-ID", "C-26-0318-11472")],
     body=T("""Chat-Export - Fjordlicht Live-Chat
Chat-ID:   C-26-0318-11472
Start:     18.03.2026 14:02:11   Ende: 14:09:40
Kanal:     Web (fjordlicht.example/en)
Agent:     Owen Prendergast (International Desk)
Besucher:  verifiziert per App-Login, Kundennummer 40 118 227
Vorgang:   Bankverbindung ändern -> bitte im Bestand nacharbeiten

[14:02:11] Lotta (bot): Hi! I'm Lotta, Fjordlicht's digital assistant. How
           can I help you today?
[14:02:30] Visitor: I need to change my bank account, I closed my old one
[14:02:34] Lotta (bot): I'm handing you over to a colleague.
[14:03:50] Owen Prendergast: Hi Yuxi, Owen here. Which contract is it about?
[14:04:22] Visitor: the personal liability one, FL-PH-27705318. the old
           account was at the student bank, now I have a normal account
[14:05:01] Owen Prendergast: No problem. Please type the new IBAN and the
           account holder.
[14:05:47] Visitor: DE20 6198 5877 2670 8810 94, holder Chen Yuxi
[14:06:30] Owen Prendergast: Thanks. From the next premium (01.05.2026) we
           will debit EUR 5.90 per month from this account. You'll get a new
           SEPA mandate in your mailbox to confirm.
[14:07:12] Visitor: perfect. does it change anything else?
[14:07:40] Owen Prendergast: No, cover stays the same. Anything else?
[14:09:30] Visitor: no thanks, bye
[14:09:40] -- chat closed by visitor --
""", cte="quoted-printable"))

mail("chat-bot-fallback-reise", "NORMAL", "de", "system-to-internal",
     "trap: anonymous bot-only chat about illness abroad and hospital costs, exported for bot training; no identifiable person",
     frm="Chat Export <chat-export@fjordlicht.example>",
     to="content-team@fjordlicht.example",
     subject="Bot-Fallback-Report KW 09 – 3 Dialoge ohne passende Antwort",
     date="2026-03-02 06:00",
     hdrs=[("Auto-Submitted", "auto-generated")],
     body=T("""Bot-Fallback-Report Kalenderwoche 09/2026
Dialoge, in denen Lotta keine passende Antwort gefunden hat (Besucher anonym,
nicht eingeloggt, IP gekürzt).

--- Dialog 1 (C-26-0224-00391) ---
Besucher: zahlt die reiseversicherung wenn ich im urlaub krank werde und ins
          krankenhaus muss
Lotta:    Die Auslandsreise-Krankenversicherung übernimmt medizinisch
          notwendige Behandlungen im Ausland, auch im Krankenhaus.
Besucher: auch wenn ich vorher schon krank war? chronisch?
Lotta:    Das habe ich leider nicht verstanden. [FALLBACK]
-> Vorschlag: Antwort zu Vorerkrankungen ergänzen (keine Gesundheitsprüfung,
   aber Ausschluss bei bereits geplanter Behandlung).

--- Dialog 2 (C-26-0226-01877) ---
Besucher: Was passiert bei einer Schwangerschaft im Ausland, Frühgeburt?
Lotta:    [FALLBACK]
-> Vorschlag: Textbaustein aus Produktinfo AR-2025 Ziffer 4.3 übernehmen.

--- Dialog 3 (C-26-0228-00102) ---
Besucher: wie hoch ist die selbstbeteiligung bei zahnschmerzen in thailand
Lotta:    [FALLBACK]
-> Vorschlag: Intent "Zahnbehandlung Ausland" anlegen (schmerzstillende
   Behandlung, einfache Füllungen, keine Selbstbeteiligung).

Fallback-Quote KW 09: 4,1 % (Vorwoche 4,6 %)
"""))

mail("chat-adhd-meds-en", "STRICTLY_CONFIDENTIAL", "en", "system-to-customer",
     "chat transcript: named expat asks whether her ADHD medication (methylphenidate dose) is covered",
     frm="Fjordlicht Chat <chat@fjordlicht.example>",
     to="Sarah Goldberg <sgoldberg@inbox-us.example>",
     subject="Your chat with Fjordlicht on 4 March 2026",
     date="2026-03-04 18:22",
     hdrs=[("Auto-Submitted", "auto-generated")],
     body=ALT(T("""Hi Sarah,

here is a copy of your chat with us.

Chat ID C-26-0304-20931 - 4 March 2026, 17:58-18:19

17:58 Lotta (bot): Hi! How can I help?
17:59 You: I need to know if my meds are covered before I fill the
      prescription
18:01 Mira Castellanos: Hi Sarah, Mira from the International Desk. I can
      see your Expat Health Premium plan (FL-KV-70034518). Which medication?
18:03 You: Medikinet adult 20 mg, methylphenidate, for my ADHD. My
      psychiatrist in Boston prescribed it for years, now a Dr. Haberland in
      Leipzig took over. It's a BtM prescription, the yellow one
18:06 Mira Castellanos: Thanks. Prescription drugs are covered at 100 % in
      your plan, including narcotics prescriptions (BtM-Rezept), as long as
      a doctor licensed in Germany prescribes them. Please upload the
      pharmacy receipt together with the prescription copy in the app.
18:09 You: and the therapy sessions? I also see a coach for ADHD
18:12 Mira Castellanos: Psychotherapy by a licensed psychotherapist is
      covered up to 30 sessions per year. A coach without licence
      unfortunately isn't.
18:15 You: ok, good to know. thanks!
18:19 Mira Castellanos: You're welcome. Have a good evening!

Your Fjordlicht team
Fjordlicht Krankenversicherung AG - Leipzig - HRB 39018
""", cte="quoted-printable"),
        H("""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hi Sarah,</p><p>here is a copy of your chat with us.</p>
<p style="color:#666">Chat ID C-26-0304-20931 &middot; 4 March 2026, 17:58&ndash;18:19</p>
<table cellpadding="4" style="border-collapse:collapse">
<tr><td>17:58</td><td><b>Lotta (bot)</b></td><td>Hi! How can I help?</td></tr>
<tr><td>17:59</td><td><b>You</b></td><td>I need to know if my meds are covered before I fill the prescription</td></tr>
<tr><td>18:01</td><td><b>Mira Castellanos</b></td><td>Hi Sarah, Mira from the International Desk. I can see your Expat Health Premium plan (FL-KV-70034518). Which medication?</td></tr>
<tr><td>18:03</td><td><b>You</b></td><td>Medikinet adult 20 mg, methylphenidate, for my ADHD. My psychiatrist in Boston prescribed it for years, now a Dr. Haberland in Leipzig took over. It's a BtM prescription, the yellow one</td></tr>
<tr><td>18:06</td><td><b>Mira Castellanos</b></td><td>Prescription drugs are covered at 100 % in your plan, including narcotics prescriptions (BtM-Rezept), as long as a doctor licensed in Germany prescribes them.</td></tr>
<tr><td>18:09</td><td><b>You</b></td><td>and the therapy sessions? I also see a coach for ADHD</td></tr>
<tr><td>18:12</td><td><b>Mira Castellanos</b></td><td>Psychotherapy by a licensed psychotherapist is covered up to 30 sessions per year. A coach without licence unfortunately isn't.</td></tr>
<tr><td>18:15</td><td><b>You</b></td><td>ok, good to know. thanks!</td></tr>
</table>
<p>Your Fjordlicht team</p>
</body></html>
""")))

mail("chat-moving-halle-en", "CONFIDENTIAL", "en", "system-to-internal",
     "chat export: verified customer moves house, old and new address, contents sum and policy number",
     frm="Chat Export <chat-export@fjordlicht.example>",
     to="vertrag@fjordlicht.example",
     subject="[Chat-Export] C-26-0407-05530 · Umzug / change of address",
     date="2026-04-07 10:32",
     hdrs=[("Auto-Submitted", "auto-generated"), ("X-Chat-ID", "C-26-0407-05530")],
     body=T("""Chat-Export - Fjordlicht Live-Chat
Chat-ID:   C-26-0407-05530
Start:     07.04.2026 10:11:02   Ende: 10:31:48
Agent:     Mira Castellanos (International Desk)
Besucher:  verifiziert (Kundennummer 40 093 561, Kwame Asante)
Vorgang:   Adressänderung HR + PH, Versicherungssumme HR prüfen

[10:11] Lotta (bot): Hi! How can I help?
[10:11] Visitor: moving house end of april, what do I need to do
[10:13] Mira Castellanos: Hi Kwame, congratulations on the new place! Just
        give me the new address and the moving date and I'll update both
        your contents insurance and your liability policy.
[10:15] Visitor: from 25 April: Große Ulrichstraße 38, 3rd floor right,
        06108 Halle (Saale). old one is Eisenbahnstraße 112, 04315 Leipzig
[10:17] Mira Castellanos: Thank you. During the move you are covered in both
        flats. How big is the new flat? Your contents policy FL-HR-35511902
        currently assumes 48 m2 and a sum insured of EUR 31,200.
[10:20] Visitor: 71 m2. my girlfriend moves in too with her furniture
[10:22] Mira Castellanos: Then I'd suggest EUR 46,150 (650 per m2) so you
        aren't underinsured. New premium: EUR 9.84 per month instead of EUR
        6.66. Is that ok?
[10:24] Visitor: yes ok. does her stuff count too?
[10:25] Mira Castellanos: Yes, everyone living with you in the household is
        included. Her liability is only covered if you switch to the
        partner version - I'll send you an offer.
[10:31] Visitor: great thanks
"""))

mail("chat-unfall-handgelenk", "STRICTLY_CONFIDENTIAL", "de", "system-to-internal",
     "chat export to accident claims: named customer fell off her bike, broken wrist, cast for six weeks",
     frm="Chat Export <chat-export@fjordlicht.example>",
     to="leistung-unfall@fjordlicht.example",
     subject="[Chat-Export] C-26-0226-14208 · Unfallmeldung",
     date="2026-02-26 20:15",
     hdrs=[("Auto-Submitted", "auto-generated"), ("X-Chat-ID", "C-26-0226-14208")],
     body=T("""Chat-Export – Fjordlicht Live-Chat
Chat-ID:   C-26-0226-14208
Start:     26.02.2026 19:48:37   Ende: 20:13:02
Agent:     Emre Aksoy (Kundenservice)
Besucher:  verifiziert (Kundennummer 40 071 884)
Vorgang:   Unfallmeldung -> Weiterleitung Leistung Unfall

[19:48] Lotta: Hallo! Wobei kann ich helfen?
[19:49] Besucher: ich hatte einen unfall und hab ne unfallversicherung bei
        euch. muss ich das melden?
[19:50] Lotta: Ich verbinde dich mit einem Kollegen.
[19:53] Emre Aksoy: Hallo Frau Köhler, Emre hier. Das tut mir leid! Was ist
        passiert?
[19:56] Besucher: bin am montag mit dem rad auf glatteis weggerutscht,
        Jahnallee. Handgelenk rechts gebrochen, distale Radiusfraktur sagt
        das St. Georg. Gips für 6 wochen, vielleicht OP wenn es schief
        zusammenwächst
[19:58] Emre Aksoy: Gute Besserung! Ja, bitte melden. In Ihrer
        Unfallversicherung FL-UV-12093378 ist ein Gipsgeld von 250 € und
        Krankenhaustagegeld bei OP versichert.
[20:01] Besucher: was brauchen sie von mir
[20:03] Emre Aksoy: Den Entlassungs- bzw. Ambulanzbericht und ab jetzt alle
        Arztberichte. Die Kollegen aus der Unfall-Leistung melden sich mit
        dem Formular Unfallanzeige.
[20:05] Besucher: kann nur links tippen sorry für tippfehler
[20:06] Emre Aksoy: Kein Problem :-) Ich leite alles weiter.
[20:12] Besucher: danke
"""))

mail("chat-qa-complaint-en", "NORMAL", "en", "system-to-internal",
     "trap: QA sample of an anonymous chat about complaints and the ombudsman, no identifiable person",
     frm="Chat Export <chat-export@fjordlicht.example>",
     to="qa-service@fjordlicht.example",
     subject="[QA-Stichprobe] Chat C-26-0310-17044 (anonym)",
     date="2026-03-11 07:00",
     hdrs=[("Auto-Submitted", "auto-generated")],
     body=T("""QA sample 12/2026 - chat not logged in, visitor anonymous

[16:40] Visitor: how do I complain about a claim decision?
[16:40] Lotta (bot): I'm sorry to hear that. You can write to
        beschwerde@fjordlicht.example or use the complaint form in the app.
        We confirm receipt within 3 working days.
[16:41] Visitor: and if you still say no?
[16:41] Lotta (bot): Then you can turn to the insurance ombudsman free of
        charge. For health insurance there is a separate ombudsman for
        private health and long-term care insurance.
[16:42] Visitor: does that cost anything? do I need a lawyer?
[16:42] Lotta (bot): No, the procedure is free for consumers and you don't
        need a lawyer. For claims up to EUR 10,000 the ombudsman's decision
        is binding on us.
[16:43] Visitor: ok thx

QA check: answer correct [x]  tone ok [x]  handover needed [ ]
Reviewer note: mention the time limit (ombudsman only after our final
answer or 6 weeks without reply).
""", cte="7bit"))

# ---------------------------------------------------------------- web-form submissions ("Feld: Wert")

mail("form-adresse-pfannenstiel", "CONFIDENTIAL", "de", "system-to-internal",
     "web form change of address: named couple, old and new address, household and liability policy numbers, phone",
     frm="Fjordlicht Webformulare <formulare@fjordlicht.example>",
     to="vertrag@fjordlicht.example",
     reply_to="heike.pfannenstiel@webpost.example",
     subject="Webformular Adressänderung – WF-ADR-2026-0209-3318",
     date="2026-02-09 21:14:33",
     hdrs=[("Auto-Submitted", "auto-generated"), ("X-Form-ID", "WF-ADR-2026-0209-3318")],
     body=T("""Webformular: Adressänderung
Eingang: 09.02.2026 21:14:33
Formular-ID: WF-ADR-2026-0209-3318
Quelle: https://www.fjordlicht.example/service/adresse-aendern

Anrede: Frau
Vorname: Heike
Nachname: Pfannenstiel
E-Mail: heike.pfannenstiel@webpost.example
Telefon: 0351 4471 2290
Versicherungsnummer(n): FL-HR-31820047, FL-PH-31820048
Alte Anschrift: Zschocherstraße 44, 04229 Leipzig
Neue Anschrift: Am Wasserturm 7, 01445 Radebeul
Gültig ab: 01.03.2026
Gilt auch für weitere Personen: ja
Weitere Personen: Jörg Pfannenstiel
Wohnfläche neu (m²): 96
Bemerkung: Wir ziehen in ein Haus, brauchen wir dann eine Wohngebäudeversicherung? Bitte Angebot schicken.
Datenschutzhinweis gelesen: ja
Newsletter: nein
""", cs="windows-1252", cte="quoted-printable"))

mail("form-leistung-kinderarzt", "STRICTLY_CONFIDENTIAL", "de", "system-to-internal",
     "web form claim by a father for his son: paediatrician invoice with ICD codes J06.9/H66.9, child's birth date, IBAN",
     frm="Fjordlicht Webformulare <formulare@fjordlicht.example>",
     to="leistung-kranken@fjordlicht.example",
     subject="Webformular Leistungsantrag – WF-LA-2026-0123-0871",
     date="2026-01-23 22:40:10",
     hdrs=[("Auto-Submitted", "auto-generated"), ("X-Form-ID", "WF-LA-2026-0123-0871")],
     body=T("""Webformular: Rechnung einreichen (Krankenzusatzversicherung)
Eingang: 23.01.2026 22:40:10
Formular-ID: WF-LA-2026-0123-0871

Versicherungsnehmer: Kevin Schramm
Vertragsnummer: FL-KV-66410293
Versicherte Person: Noah Schramm
Geburtsdatum der versicherten Person: 14.07.2019
Behandler: Kinder- und Jugendarztpraxis Dr. Seidenfaden, Markkleeberg
Rechnungsdatum: 19.01.2026
Rechnungsbetrag: 86,32 EUR
Art der Leistung: ambulant / Heilpraktiker / Zahn / Brille: ambulant
Diagnose laut Rechnung (optional): J06.9, H66.9
Unfall: nein
Erstattung durch andere Stelle: nein
Auszahlung auf hinterlegtes Konto: nein
Abweichende Bankverbindung (IBAN): DE96 4121 2386 9929 7560 32
Kontoinhaber: Kevin Schramm
Anhänge: rechnung_seidenfaden.pdf (412 KB), rezept.jpg (1,1 MB)
Bemerkung: Nachweis Apotheke (Ibuprofen-Saft, Nasenspray) reiche ich nach
"""))

mail("form-callback-prospect-en", "NORMAL", "en", "system-to-internal",
     "callback request of a prospect (name, phone, product interest); no contract, birth date, bank data or address",
     frm="Fjordlicht Web Forms <formulare@fjordlicht.example>",
     to="hello@fjordlicht.example",
     subject="Web form: Callback request – WF-CB-2026-0316-1102",
     date="2026-03-16 17:26:40",
     hdrs=[("Auto-Submitted", "auto-generated")],
     body=T("""Web form: Request a callback
Received: 16.03.2026 17:26:40
Form ID: WF-CB-2026-0316-1102
Page: https://www.fjordlicht.example/en/contact

Name: Ravi Menon
Phone: +49 176 5520 3187
Preferred language: English
Preferred time: weekdays after 5 pm
Existing customer: no
Topic: Personal liability + contents insurance
Message: Moving to Leipzig for a job in May. Colleagues said liability
insurance is a must in Germany. What do you offer and what does it cost for
one person? Happy to talk on the phone.
Consent to be contacted: yes
""", cte="7bit"))

mail("form-phone-theft-en", "CONFIDENTIAL", "en", "system-to-internal",
     "web form gadget claim: named customer, policy, IMEI, home address and police report number for a stolen phone",
     frm="Fjordlicht Web Forms <formulare@fjordlicht.example>",
     to="schaden@fjordlicht.example",
     subject="Web form: Report a claim (Gadget) – WF-SM-2026-0227-0419",
     date="2026-02-27 08:03:55",
     hdrs=[("Auto-Submitted", "auto-generated")],
     body=ALT(T("""Web form: Report a claim - Gadget insurance
Received: 27.02.2026 08:03:55
Form ID: WF-SM-2026-0227-0419

Policyholder: Tomasz Wieczorek
Policy number: FL-GD-52290416
Device: Apple iPhone 15, 128 GB, black
IMEI: 356789112043587
Type of damage: theft
Date and time: 26.02.2026, approx. 23:30
Place: Leipzig Hauptbahnhof, tram stop platform 2
What happened: Phone was in my jacket pocket, when I got out of the tram 16
it was gone. Find My shows it offline since then.
Police report: yes, Polizeirevier Leipzig-Zentrum, Tagebuchnummer
1407/26/0227/3392
Address: Lützner Straße 91, 04177 Leipzig
E-mail: t.wieczorek@mailbox.example
Phone: +49 157 3312 0081
""", cte="7bit"),
        H("""<html><body><table border="1" cellpadding="4" style="border-collapse:collapse;font-family:Arial;font-size:13px">
<tr><th colspan="2" align="left">Web form: Report a claim - Gadget insurance (WF-SM-2026-0227-0419)</th></tr>
<tr><td>Policyholder</td><td>Tomasz Wieczorek</td></tr>
<tr><td>Policy number</td><td>FL-GD-52290416</td></tr>
<tr><td>Device</td><td>Apple iPhone 15, 128 GB, black</td></tr>
<tr><td>IMEI</td><td>356789112043587</td></tr>
<tr><td>Type of damage</td><td>theft</td></tr>
<tr><td>Date and time</td><td>26.02.2026, approx. 23:30</td></tr>
<tr><td>Place</td><td>Leipzig Hauptbahnhof, tram stop platform 2</td></tr>
<tr><td>What happened</td><td>Phone was in my jacket pocket, when I got out of the tram 16 it was gone.</td></tr>
<tr><td>Police report</td><td>Polizeirevier Leipzig-Zentrum, Tagebuchnummer 1407/26/0227/3392</td></tr>
<tr><td>Address</td><td>Lützner Straße 91, 04177 Leipzig</td></tr>
<tr><td>Phone</td><td>+49 157 3312 0081</td></tr>
</table></body></html>
""")))

mail("form-cancel-student-health-en", "STRICTLY_CONFIDENTIAL", "en", "system-to-internal",
     "web form cancelling a named student's health insurance because she is now statutorily insured; birth date; personal line, no medical word",
     hide="no medical word: cancellation of a named person's health insurance",
     frm="Fjordlicht Web Forms <formulare@fjordlicht.example>",
     to="vertrag-kranken@fjordlicht.example",
     subject="Web form: Cancel a contract – WF-KU-2026-0305-0277",
     date="2026-03-05 12:48:02",
     hdrs=[("Auto-Submitted", "auto-generated")],
     body=T("""Web form: Cancel a contract
Received: 05.03.2026 12:48:02
Form ID: WF-KU-2026-0305-0277

First name: Ana Sofía
Last name: Herrera Lozano
Date of birth: 1997-08-30
Policy number: FL-KV-70051294
Contract: Fjordlicht Health Student (incoming students & researchers)
Cancel as of: 28.02.2026
Reason: I started a job as research associate at the Helmholtz institute on
1 March 2026 and I am now compulsorily insured in the statutory health
insurance (Techniker). Membership certificate from the statutory fund is
uploaded.
Refund of premiums paid in advance to: DE93 5558 2900 4412 0734 82
E-mail: a.herrera.lab@uni-leipzig-mail.example
I confirm that the information is correct: yes
"""))

mail("form-kfz-verkauf", "CONFIDENTIAL", "de", "system-to-internal",
     "web form motor cancellation after sale: named seller and buyer, plate, VIN, buyer's address",
     frm="Fjordlicht Webformulare <formulare@fjordlicht.example>",
     to="kfz@fjordlicht.example",
     subject="Webformular Fahrzeug verkauft – WF-KFZ-2026-0418-0064",
     date="2026-04-18 10:02:19",
     hdrs=[("Auto-Submitted", "auto-generated")],
     body=T("""Webformular: Fahrzeug verkauft / abgemeldet
Eingang: 18.04.2026 10:02:19
Formular-ID: WF-KFZ-2026-0418-0064

Versicherungsnehmer: Sabine Krautwurst
Vertragsnummer: FL-KF-20399512
Kennzeichen: L-SK 208
FIN: WF0XXXGCDX8K41377
Fahrzeug: Ford Fiesta 1.0 EcoBoost
Verkauft am: 16.04.2026, 14:00 Uhr
Käufer: Dragan Ilić
Anschrift Käufer: Torgauer Straße 233, 04347 Leipzig
Fahrzeug abgemeldet: nein (Käufer meldet um)
Ersatzfahrzeug: nein
Kaufvertrag hochgeladen: ja
Bemerkung: Bitte Beitrag für den Rest des Jahres erstatten.
""", cte="8bit"))

mail("form-test-stage", "NORMAL", "de", "system-to-internal",
     "trap: stage test submission with Test Testermann, example diagnosis and the published example IBAN DE89 3704 0044 0532 0130 00",
     frm="Fjordlicht Webformulare STAGE <formulare@stage.fjordlicht.example>",
     to="Ruben Hallmann <ruben.hallmann@fjordlicht.example>",
     subject="[STAGE][TEST] Webformular Leistungsantrag – WF-LA-TEST-000173",
     date="2026-01-28 13:37:00",
     hdrs=[("Auto-Submitted", "auto-generated"), ("X-Environment", "stage")],
     body=T("""*** TESTUMGEBUNG – keine echten Daten ***

Webformular: Rechnung einreichen (Krankenzusatzversicherung)
Eingang: 28.01.2026 13:37:00
Formular-ID: WF-LA-TEST-000173

Versicherungsnehmer: Test Testermann
Vertragsnummer: FL-KV-00000000
Versicherte Person: Erika Testfrau
Geburtsdatum der versicherten Person: 01.01.1970
Behandler: Praxis Dr. Beispiel, Musterstadt
Rechnungsbetrag: 123,45 EUR
Diagnose laut Rechnung (optional): J00 TESTDIAGNOSE
Abweichende Bankverbindung (IBAN): DE89 3704 0044 0532 0130 00
Kontoinhaber: Test Testermann
Anhänge: dummy.pdf (3 KB)
Bemerkung: Ticket APP-2291 – Validierung Diagnosefeld (max. 200 Zeichen) ÄÖÜß€ <script>alert(1)</script>
"""))

mail("form-add-spouse-en", "CONFIDENTIAL", "en", "system-to-internal",
     "web form after marriage: add spouse to liability policy, her maiden name and date of birth",
     frm="Fjordlicht Web Forms <formulare@fjordlicht.example>",
     to="vertrag@fjordlicht.example",
     subject="Web form: Change my contract – WF-VA-2026-0320-0915",
     date="2026-03-20 19:55:31",
     hdrs=[("Auto-Submitted", "auto-generated")],
     body=T("""Web form: Change my contract
Received: 20.03.2026 19:55:31
Form ID: WF-VA-2026-0320-0915

Policyholder: Matteo Rinaldi
Policy number: FL-PH-38804127
Change requested: add a person / change of family status
New family status: married since 14/03/2026
Person to add: Giulia Rinaldi
Maiden name: Esposito
Date of birth: 22/09/1994
Lives in the same household: yes
Switch tariff: Single -> Couple/Family
Message: We just got married (yay!). Giulia had her own liability policy with
another insurer until 31/05, can we start from 01/06?
"""))

mail("form-haftpflicht-schaukel", "STRICTLY_CONFIDENTIAL", "de", "system-to-internal",
     "liability claim form: insured's son injured another named child, broken incisor and emergency dentist - third-party health data",
     hide="health data of a third party in a liability claim form",
     frm="Fjordlicht Webformulare <formulare@fjordlicht.example>",
     to="schaden@fjordlicht.example",
     subject="Webformular Schadenmeldung Privathaftpflicht – WF-SM-2026-0414-0550",
     date="2026-04-14 20:31:12",
     hdrs=[("Auto-Submitted", "auto-generated")],
     body=ALT(T("""Webformular: Schaden melden – Privathaftpflicht
Eingang: 14.04.2026 20:31:12
Formular-ID: WF-SM-2026-0414-0550

Versicherungsnehmer: Florian Degenhardt
Vertragsnummer: FL-PH-29930551
Schadentag: 12.04.2026
Schadenort: Spielplatz Clara-Zetkin-Park, Leipzig
Verursacher: Sohn Jakob Degenhardt (8 Jahre)
Geschädigte Person: Mia Thalheim (7 Jahre), Eltern: Kathrin und René Thalheim
Art des Schadens: Personenschaden
Schadenhergang: Jakob hat die Schaukel mit Schwung losgelassen, als Mia
davorstand. Die Schaukel hat Mia im Gesicht getroffen. Oberer Schneidezahn
(bleibender Zahn) zur Hälfte abgebrochen, Platzwunde an der Lippe, genäht in
der Kinderchirurgie. Zahnärztlicher Notdienst am Sonntag, Zahn wird
wahrscheinlich eine Krone brauchen.
Ansprüche geltend gemacht: ja, mündlich, Familie Thalheim hat eine
Rechtsanwältin eingeschaltet
Zeugen: Nicole Brösel (andere Mutter)
"""),
        H("""<html><body style="font-family:Arial;font-size:13px">
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Versicherungsnehmer</td><td>Florian Degenhardt</td></tr>
<tr><td>Vertragsnummer</td><td>FL-PH-29930551</td></tr>
<tr><td>Schadentag</td><td>12.04.2026</td></tr>
<tr><td>Verursacher</td><td>Sohn Jakob Degenhardt (8 Jahre)</td></tr>
<tr><td>Geschädigte Person</td><td>Mia Thalheim (7 Jahre)</td></tr>
<tr><td>Schadenhergang</td><td>Schaukel hat Mia im Gesicht getroffen. Oberer Schneidezahn (bleibender Zahn) zur Hälfte abgebrochen, Platzwunde an der Lippe, genäht in der Kinderchirurgie. Zahnärztlicher Notdienst, wahrscheinlich Krone nötig.</td></tr>
<tr><td>Ansprüche</td><td>ja, Rechtsanwältin eingeschaltet</td></tr>
</table></body></html>
""")))

# ---------------------------------------------------------------- SMS-style short mails

mail("sms-neue-iban", "CONFIDENTIAL", "de", "customer-to-insurer",
     "one-line mobile mail: new IBAN of a named customer for his motor and household contracts",
     frm="Dennis Wojcik <dennis.w@freemail.example>",
     to="service@fjordlicht.example",
     subject="Konto",
     date="2026-02-16 07:12",
     hdrs=[("X-Mailer", "iPhone Mail (21D61)")],
     body=T("""Neue Kontonr ab sofort DE42500797495555652627 , altes Konto ist zu. Für Auto + Hausrat
Gruß D. Wojcik

Von meinem iPhone gesendet""", cte="quoted-printable"))

mail("sms-passt-danke", "NORMAL", "de", "customer-to-insurer",
     "short thanks; quoted text only confirms a callback slot, nothing personal",
     frm="Marlies Gräfe <marlies.graefe@t-net.example>",
     to="service@fjordlicht.example",
     subject="Re: Ihr Rückruftermin",
     date="2026-03-09 18:44",
     irt="<cb-20260309-4471@fjordlicht.example>",
     hdrs=[("User-Agent", "Android-Mail/2026.02.01")],
     body=T("""Passt, danke 👍

Am 09.03.2026 um 16:02 schrieb Fjordlicht Kundenservice <service@fjordlicht.example>:
> Guten Tag,
>
> Ihr Rückruftermin: Dienstag, 10.03.2026, zwischen 10:00 und 10:30 Uhr.
> Wir rufen Sie unter der Nummer an, die Sie im Formular angegeben haben.
>
> Ihr Fjordlicht-Kundenservice
""", cte="base64"))

mail("sms-krankgeschrieben", "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
     "two-line mail of a named daily-sickness-allowance customer: still on sick leave until 20 March, follow-up certificate",
     hide="two lines, only 'krankgeschrieben'/'Folge-AU'",
     frm="Marlene Vogt <m.vogt.1979@freemail.example>",
     to="leistung-kranken@fjordlicht.example",
     subject="KTG",
     date="2026-03-06 09:58",
     hdrs=[("X-Mailer", "iPhone Mail (21D61)")],
     body=T("""Bin noch krankgeschrieben bis 20.3., Folge-AU lade ich heute abend in der App hoch.
LG Marlene Vogt (FL-KV-61899230)""", cte="8bit"))

mail("sms-insulin-upload-en", "STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
     "short mobile mail: named customer's pharmacy receipt for insulin (NovoRapid) fails to upload",
     frm="Ana Sofía Herrera <a.herrera.lab@uni-leipzig-mail.example>",
     to="hello@fjordlicht.example",
     subject="upload not working",
     date="2026-02-19 22:17",
     hdrs=[("X-Mailer", "Outlook for Android")],
     body=T("""hi, the pharmacy receipt upload fails again (the insulin one, NovoRapid pens + needles). can I just email it to you instead? policy FL-KV-70051294
Ana

Get Outlook for Android""", cte="quoted-printable"))

mail("sms-new-address-en", "CONFIDENTIAL", "en", "customer-to-insurer",
     "one-liner: named customer's new Berlin address with his contents policy number",
     frm="Aiden Murphy <aiden.murphy@mailbox.example>",
     to="hello@fjordlicht.example",
     subject="new address",
     date="2026-04-22 13:05",
     hdrs=[("X-Mailer", "Outlook for Android")],
     body=T("""New address from 1 May: Kantstraße 14, 2nd floor, 10623 Berlin. Contents policy FL-HR-36620178. Cheers, Aiden

Get Outlook for Android"""))

mail("sms-thanks-en", "NORMAL", "en", "customer-to-insurer",
     "two-word thanks; quoted text gives only opening hours and a public holiday",
     frm="Yuki Tanabe <yuki.tanabe@inbox-jp.example>",
     to="hello@fjordlicht.example",
     subject="Re: Opening hours around 1 May",
     date="2026-04-28 08:31",
     irt="<oh-0428-11@fjordlicht.example>",
     body=T("""Thanks, got it!

On Tue, 28 Apr 2026 at 08:12, Fjordlicht International Desk <hello@fjordlicht.example> wrote:
> Hello,
>
> our International Desk is open Monday to Friday, 9am-6pm CET. On Friday,
> 1 May (Labour Day, a public holiday in Germany) we are closed. You can
> still report claims in the app at any time.
>
> Kind regards,
> Owen Prendergast
> International Desk | Fjordlicht
""", cte="7bit"))

mail("sms-attest-pdf", "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
     "body is just 'Anbei das Attest'; the PDF certifies incapacity for work with diagnosis M54.4 for a named customer",
     hide="attachment only (PDF)",
     frm="Holger Brandl <holger.brandl@t-net.example>",
     to="leistung-kranken@fjordlicht.example",
     subject="AW: Ihr Schreiben vom 02.03.",
     date="2026-03-04 11:20",
     hdrs=[("X-Mailer", "iPhone Mail (21D61)")],
     body=MIX(T("""Anbei das Attest.

Von meinem iPhone gesendet""", cte="quoted-printable"),
              PDF("Attest_Brandl.pdf", "Ärztliche Bescheinigung",
                  ["Praxis Dr. med. Ulrike Fährmann · Fachärztin für Allgemeinmedizin",
                   "Gorkistraße 120 · 04347 Leipzig",
                   "",
                   "Leipzig, 03.03.2026",
                   "",
                   "Herr Holger Brandl, geb. 17.11.1972, wohnhaft Permoserstraße 8, 04318 Leipzig,",
                   "befindet sich seit dem 09.02.2026 in meiner Behandlung.",
                   "",
                   "Diagnose: M54.4 G Lumboischialgie rechts bei Bandscheibenprotrusion L5/S1",
                   "",
                   "Der Patient ist seit dem 09.02.2026 durchgehend arbeitsunfähig. Eine ambulante",
                   "Schmerztherapie und Physiotherapie laufen. Voraussichtliches Ende der",
                   "Arbeitsunfähigkeit: 27.03.2026. Eine Wiedereingliederung wird angestrebt.",
                   "",
                   "Diese Bescheinigung wird auf Wunsch des Patienten zur Vorlage bei seiner",
                   "Krankentagegeldversicherung ausgestellt.",
                   "",
                   "Dr. med. U. Fährmann"], author="Praxis Dr. Faehrmann")))

mail("sms-fahrrad-gefunden", "CONFIDENTIAL", "de", "customer-to-insurer",
     "short excited mail: named customer's stolen bike found, claim number to be closed",
     frm="Nils Hartung <nils.hartung@webpost.example>",
     to="schaden@fjordlicht.example",
     subject="Fahrrad wieder da!!",
     date="2026-03-27 16:49",
     hdrs=[("X-Mailer", "iPhone Mail (21D61)")],
     body=T("""Hallo, mein Fahrrad ist wieder da!! Polizei hat angerufen, stand beim Fundbüro. Schaden SCH-2026-038814 kann also zu. Muss ich wegen der Anzeige noch was machen?
VG Nils Hartung

Von meinem iPhone gesendet"""))

# ---------------------------------------------------------------- voice-mail transcriptions

mail("voice-witwe-leben", "STRICTLY_CONFIDENTIAL", "de", "system-to-internal",
     "voicemail transcript: widow reports her husband's sudden death by heart attack, his life insurance and birth date",
     frm="Fjordlicht Sprachbox <voicebox@fjordlicht.example>",
     to="leben@fjordlicht.example",
     subject="Neue Sprachnachricht (Leben/Vorsorge) – 1:43 min – +49 341 ••••218",
     date="2026-02-16 07:52",
     hdrs=[("Auto-Submitted", "auto-generated")],
     body=T("""Neue Sprachnachricht – Servicehotline
Eingang:      16.02.2026, 07:52 Uhr
Dauer:        1:43 min
Anrufer:      +49 341 ••••218 (Rufnummer übermittelt)
Warteschleife: Leben / Vorsorge (außerhalb der Servicezeit)

Transkription (automatisch, ohne Gewähr):
„Ja, guten Tag, hier spricht Erika Lindemann. Ähm. Mein Mann, Gerhard
Lindemann, ist am Samstag verstorben. Ganz plötzlich, Herzinfarkt, zu Hause,
der Notarzt konnte nichts mehr machen. Er hatte bei Ihnen eine
Lebensversicherung, die Nummer hab ich grade nicht, die Unterlagen sind bei
meinem Sohn. Er war geboren am zweiten Juni neunzehnhundertvierundfünfzig.
Ich weiß nicht, was ich jetzt machen muss, ob ich da was einschicken muss,
die Sterbeurkunde hab ich noch nicht. Rufen Sie mich bitte zurück, null drei
vier eins, neun zwei eins, fünf null zwei eins acht. Danke. Auf
Wiederhören."

Erkannte Sprache: Deutsch · Konfidenz 0,91
Audio anhören: https://voice.fjordlicht.example/msg/7c1f0a93
"""))

mail("voice-wasserschaden", "CONFIDENTIAL", "de", "system-to-internal",
     "voicemail transcript: named customer reports a burst pipe, address and callback number; no injury",
     frm="Fjordlicht Sprachbox <voicebox@fjordlicht.example>",
     to="schaden@fjordlicht.example",
     subject="Neue Sprachnachricht (Schaden) - 0:58 min - +49 172 ****903",
     date="2026-01-11 06:17",
     hdrs=[("Auto-Submitted", "auto-generated")],
     body=T("""Neue Sprachnachricht - Schadenhotline
Eingang:      11.01.2026, 06:17 Uhr
Dauer:        0:58 min
Anrufer:      +49 172 ****903
Warteschleife: Schaden Sach (Notfall)

Transkription (automatisch, ohne Gewähr):
"Hallo, Kaminski hier, Peter Kaminski, ich hab Hausrat bei Ihnen. Bei uns in
der Küche ist heute Nacht die Leitung unter der Spüle geplatzt, das Wasser
steht, äh, stand zwei Zentimeter hoch, Laminat ist hin, der Unterschrank auch.
Riebeckstraße zwölf, zweiter Stock, in Leipzig. Der Hausmeister hat das
Wasser abgedreht. Bei den Nachbarn unten tropft es auch durch die Decke.
Verletzt ist keiner. Können Sie mich zurückrufen wegen Trocknung und so?
Null eins sieben zwei, vier vier eins, null neun null drei. Danke."

Erkannte Sprache: Deutsch · Konfidenz 0,88
Audio anhören: https://voice.fjordlicht.example/msg/9a55e210
""", cs="iso-8859-1", cte="8bit"))

mail("voice-supplier-firstaid-en", "NORMAL", "en", "system-to-internal",
     "trap: voicemail of a supplier about first-aid kits, defibrillator pads and burn dressings for the office",
     frm="Fjordlicht Voicebox <voicebox@fjordlicht.example>",
     to="facility@fjordlicht.example",
     subject="Neue Sprachnachricht (Zentrale) – 0:41 min – +44 161 ••••620",
     date="2026-03-18 11:09",
     hdrs=[("Auto-Submitted", "auto-generated")],
     body=T("""Neue Sprachnachricht - Zentrale
Eingang:      18.03.2026, 11:09 Uhr
Dauer:        0:41 min
Anrufer:      +44 161 ••••620
Warteschleife: Zentrale / Empfang

Transkription (automatisch, ohne Gewähr):
"Hi, this is Gemma calling from MedSupply Direct in Manchester, about your
order number 55-2091 for the Leipzig office: forty first aid kits DIN
thirteen one fifty-seven, two sets of adult defibrillator pads and the burn
dressings. The defib pads are back-ordered until the end of April, so we'd
ship the kits now and the pads separately, no extra cost. Could someone from
facilities call me back or just reply to the order mail? Thanks, bye."

Erkannte Sprache: Englisch · Konfidenz 0,84
Audio anhören: https://voice.fjordlicht.example/msg/1d0b77c4
"""))

mail("voice-mother-appendicitis-en", "STRICTLY_CONFIDENTIAL", "en", "system-to-internal",
     "voicemail transcript: a mother reports her student daughter's emergency appendix operation and asks for a cost guarantee",
     frm="Fjordlicht Voicebox <voicebox@fjordlicht.example>",
     to="hello@fjordlicht.example",
     cc="leistung-kranken@fjordlicht.example",
     subject="Neue Sprachnachricht (International) – 1:27 min – +44 7700 ••••411",
     date="2026-04-03 07:35",
     hdrs=[("Auto-Submitted", "auto-generated")],
     body=T("""Neue Sprachnachricht - International Desk
Eingang:      03.04.2026, 07:35 Uhr
Dauer:        1:27 min
Anrufer:      +44 7700 ••••411
Warteschleife: International Desk (outside office hours)

Transkription (automatisch, ohne Gewähr):
"Hello, my name is Helen Whitaker, I'm calling from Manchester. My daughter
Chloe Whitaker is a student in Leipzig, at the university, and she is
insured with you, the student health plan, I think the number starts with
F L K V seven zero. She was taken to hospital last night, the Uniklinik,
with appendicitis, they said it might have burst, and they are operating
this morning. The hospital is asking for a, um, cost coverage
confirmation, a Kostenübernahme. Chloe is in no state to call you herself.
Please could someone ring me back on plus forty-four seven seven hundred,
nine double-oh, four one one. Thank you so much."

Erkannte Sprache: Englisch · Konfidenz 0,90
Audio anhören: https://voice.fjordlicht.example/msg/52e8c1b9
"""))

mail("voice-kfz-enkel", "CONFIDENTIAL", "de", "system-to-internal",
     "voicemail transcript: elderly named customer with his birth date wants to transfer his car insurance to his grandson",
     frm="Fjordlicht Sprachbox <voicebox@fjordlicht.example>",
     to="kfz@fjordlicht.example",
     subject="Neue Sprachnachricht (Kfz) – 1:12 min – +49 341 ••••77",
     date="2026-02-23 14:03",
     hdrs=[("Auto-Submitted", "auto-generated")],
     body=T("""Neue Sprachnachricht – Servicehotline
Eingang:      23.02.2026, 14:03 Uhr
Dauer:        1:12 min
Anrufer:      +49 341 ••••77
Warteschleife: Kfz

Transkription (automatisch, ohne Gewähr):
„Ja, hier ist Oberländer, Friedrich Oberländer, geboren elfter achter
einundvierzig. Ich wollte meine Autoversicherung kündigen, beziehungsweise,
der Wagen, der Opel, der geht an meinen Enkel, Jonas Seidel, der wohnt in
Taucha. Geht das, dass der meine Prozente kriegt? Der hat ja erst seit zwei
Jahren den Führerschein. Ich wohne weiterhin in der Kurt-Eisner-Straße
fünfzig. Meine Tochter ruft sonst auch nochmal an. Danke schön."

Erkannte Sprache: Deutsch · Konfidenz 0,79
Audio anhören: https://voice.fjordlicht.example/msg/e410aa02
"""))

# ---------------------------------------------------------------- expats and students

mail("student-befreiung-cert-en", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "reply with a PDF certificate of a named student's private health insurance (birth date, tariff) for the statutory exemption",
     frm="Owen Prendergast <hello@fjordlicht.example>",
     to="Olumide Adeyemi <o.adeyemi@uni-leipzig-mail.example>",
     subject="RE: certificate for university enrolment (Befreiung?)",
     date="2026-03-24 10:41",
     irt="<CAO7x1Fq-2Gm9@mail.gmail-like.example>",
     body=MIX(T("""Hi Olumide,

thanks for your patience. Attached you'll find two things:

1. "Versicherungsbescheinigung zur Befreiung von der Versicherungspflicht"
   - this is the one the statutory health fund (e.g. AOK, TK) needs before
   they can exempt you. Hand it in there first; they then send the
   exemption notice to the university.
2. The English translation for your own files. Please don't send the
   translation to the university, they only accept the German original.

Important: the exemption is final for the whole duration of your studies.
You can't switch back to the statutory system later while you're a student.
We talked about that on the phone, just putting it here in writing again.

""" + SIG["prendergast"] + "\n\n" + FOOT_EN_KV + """

-----Original Message-----
From: Olumide Adeyemi <o.adeyemi@uni-leipzig-mail.example>
Sent: Sunday, 22 March 2026 21:10
To: hello@fjordlicht.example
Subject: certificate for university enrolment (Befreiung?)

Hello,
the Studierendensekretariat says I need "Befreiung" from some Krankenkasse
before they finish my enrolment for the MSc Chemistry. I have your student
health plan since January. What do I need to send where?? Deadline is
31 March.
Thanks,
Olumide
"""),
              PDF("Versicherungsbescheinigung_Adeyemi.pdf",
                  "Versicherungsbescheinigung zur Vorlage bei der gesetzlichen Krankenkasse",
                  ["Fjordlicht Krankenversicherung AG · Lichtkanalstraße 12 · 04109 Leipzig",
                   "",
                   "Versicherte Person: Olumide Adeyemi",
                   "Geburtsdatum: 09.05.2000",
                   "Anschrift: Paul-List-Straße 11, Zimmer 407, 04103 Leipzig",
                   "Versicherungsnummer: FL-KV-70066019",
                   "Tarif: Fjordlicht Health Student (KS1, Selbstbehalt 0 EUR)",
                   "Versicherungsbeginn: 01.01.2026",
                   "",
                   "Wir bestätigen, dass die oben genannte Person bei uns eine private",
                   "Krankheitskostenvollversicherung mit ambulanten, stationären und zahnärztlichen",
                   "Leistungen abgeschlossen hat, die nach Art und Umfang den Leistungen der",
                   "gesetzlichen Krankenversicherung entspricht. Der Vertrag ist ungekündigt.",
                   "Ein Anspruch auf Pflegepflichtversicherung besteht (Tarif PVN).",
                   "",
                   "Diese Bescheinigung dient der Befreiung von der Versicherungspflicht als",
                   "Studierender nach § 8 Abs. 1 Nr. 5 SGB V.",
                   "",
                   "Leipzig, 24.03.2026 · Fjordlicht Krankenversicherung AG"],
                  author="Fjordlicht Krankenversicherung AG")))

mail("expat-storage-munich-en", "CONFIDENTIAL", "en", "insurer-to-customer",
     "reply about contents cover in a storage unit during a move: named customer, policy, old, storage and new addresses",
     frm="Mira Castellanos <hello@fjordlicht.example>",
     to="Ingrid Solberg <ingrid.solberg@nordpost.example>",
     subject="Re: Storage unit during my move – am I covered?",
     date="2026-02-12 15:09",
     irt="<5d0a2b1e-ingrid@nordpost.example>",
     body=T("""Hi Ingrid,

short answer: yes, for up to three months.

Your contents insurance (FL-HR-34107755) covers things that are temporarily
outside your home ("Außenversicherung") worldwide for up to three months,
up to 30 % of the sum insured - in your case up to EUR 16,200. A locked
self-storage unit counts, burglary of the unit is covered, simple theft from
an open area is not.

Please send us the new address in Munich as soon as the lease is signed, so
we can move the policy. From what you wrote:

  storage:  Lagerbox 3-114, SafeStore Leipzig-Nord, Maximilianallee 40
  old flat: Kochstraße 28, 04275 Leipzig (until 28 Feb)
  new flat: Munich, from 1 May (address to follow)

If the goods stay in storage longer than three months, tell us and we'll
extend it for a small surcharge.

""" + SIG["castellanos"] + """

On 11 Feb 2026, at 22:47, Ingrid Solberg wrote:
> Hello! I'm moving from Leipzig to Munich for work but the new flat isn't
> ready until May. My furniture and most of my stuff will be in a storage
> box at SafeStore Leipzig-Nord (box 3-114) from 28 Feb. Is that still
> covered by my contents insurance? I'll be living with a friend in the
> meantime.
> Thanks, Ingrid
"""))

mail("expat-pregnancy-maternity-en", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "reply to a named expat who is 11 weeks pregnant: maternity cover, due date, midwife and hospital choice",
     frm="Mira Castellanos <hello@fjordlicht.example>",
     to="Lucía Ferrer <lucia.ferrer@correo-es.example>",
     cc="Jonathan Ferrer-Blake <jfb@correo-es.example>",
     subject="Re: Maternity cover question",
     date="2026-03-30 11:55",
     irt="<b7e3c2-lucia-0329@correo-es.example>",
     body=ALT(T("""Hi Lucía,

congratulations to both of you!

Good news first: the waiting period for maternity in your Expat Health
Premium plan (FL-KV-70029941) ended in January, so everything around the
pregnancy and the birth is covered:

* antenatal check-ups and the three standard ultrasound scans
  (plus the extra scans your gynaecologist considers necessary)
* the first-trimester screening you asked about - covered if your doctor
  recommends it, which at 11 weeks is normally the case
* midwife care before and after birth (Hebamme) - please look for one now,
  in Leipzig they are booked out months ahead
* hospital birth in any hospital in Germany, in a double room (single room
  with a surcharge of EUR 50 per day, which your plan covers too)
* the baby: if you register the baby with us within two months after the
  birth, he or she is insured from day one without health questions

With a due date of 3 October, please register the baby by 3 December at
the latest. We'll remind you in the app.

""" + SIG["castellanos"] + """

> On 29 Mar 2026, Lucía Ferrer wrote:
> Hi, I just found out I'm pregnant (11 weeks, due date 3 Oct according to my
> gynaecologist Dr. Stolzenberg). This is our first baby and we are both not
> from Germany, so we have no idea how it works here. Is the birth covered?
> Do I need a midwife? Can I choose the hospital? And is the first-trimester
> screening paid? My husband Jonathan is in cc.
> Lucía
"""),
        H("""<html><body style="font-family:Calibri,Arial,sans-serif;font-size:14px">
<p>Hi Lucía,</p><p>congratulations to both of you!</p>
<p>Good news first: the waiting period for maternity in your Expat Health Premium plan (FL-KV-70029941) ended in January, so everything around the pregnancy and the birth is covered:</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th align="left">What</th><th align="left">Covered</th></tr>
<tr><td>Antenatal check-ups, 3 standard ultrasound scans</td><td>100 %</td></tr>
<tr><td>First-trimester screening</td><td>if recommended by your doctor</td></tr>
<tr><td>Midwife (Hebamme) before and after birth</td><td>100 %</td></tr>
<tr><td>Hospital birth, double room (single room surcharge EUR 50/day)</td><td>100 %</td></tr>
<tr><td>Baby from day one, no health questions</td><td>if registered within 2 months</td></tr>
</table>
<p>With a due date of 3 October, please register the baby by 3 December at the latest.</p>
<p>Kind regards,<br>Mira Castellanos<br>International Desk</p>
<blockquote style="border-left:2px solid #ccc;padding-left:8px;color:#555">Hi, I just found out I'm pregnant (11 weeks, due date 3 Oct according to my gynaecologist Dr. Stolzenberg). This is our first baby [...] Is the birth covered? Do I need a midwife? Can I choose the hospital? And is the first-trimester screening paid?</blockquote>
</body></html>
""")))

mail("newsletter-welcome-germany-en", "NORMAL", "en", "newsletter",
     "trap: newcomer newsletter explaining mandatory health insurance, liability, blocked accounts, birth registration - no person",
     frm="Fjordlicht <newsletter@news.fjordlicht.example>",
     to="newcomers@lists.fjordlicht.example",
     subject="Welcome to Germany: your insurance checklist for the first 90 days",
     date="2026-01-20 09:00",
     hdrs=[("List-Unsubscribe", "<https://news.fjordlicht.example/u?l=newcomers>"),
           ("Precedence", "bulk")],
     body=ALT(T("""WELCOME TO GERMANY - YOUR INSURANCE CHECKLIST
=============================================

Week 1
- Health insurance is mandatory in Germany. Students under 30 usually join
  the statutory system; researchers, freelancers and high earners may
  choose private insurance. Without proof of health insurance no visa
  extension and no university enrolment.
- Register your address (Anmeldung) within 14 days.

Month 1
- Personal liability insurance (Privathaftpflicht): not mandatory, but
  almost everyone has it. Many landlords ask for it.
- Contents insurance (Hausrat) once you have your own furniture.

Month 2-3
- Blocked account: once the money is released, set up a direct debit from
  your German current account (IBAN starting with DE).
- Having a baby in Germany? Register the child with the health insurer
  within two months.
- Car: you need an eVB number before you can register a car.

Glossary
  Krankenversicherung   health insurance
  Haftpflicht           liability
  Hausrat               contents
  Selbstbeteiligung     excess / deductible
  Wartezeit             waiting period

Fjordlicht Direkt Versicherung AG, Lichtkanalstrasse 12, 04109 Leipzig,
Germany, HRB 39017. Unsubscribe: https://news.fjordlicht.example/u?l=newcomers
""", cte="7bit"),
        H("""<html><body style="font-family:Arial,sans-serif">
<h1 style="color:#00786e">Welcome to Germany</h1>
<p>Your insurance checklist for the first 90 days</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>When</th><th>What</th><th>Why</th></tr>
<tr><td>Week 1</td><td>Health insurance</td><td>Mandatory; needed for visa and university enrolment</td></tr>
<tr><td>Week 1</td><td>Anmeldung (address registration)</td><td>Within 14 days</td></tr>
<tr><td>Month 1</td><td>Personal liability</td><td>Landlords often ask for it</td></tr>
<tr><td>Month 1</td><td>Contents insurance</td><td>Once you have your own furniture</td></tr>
<tr><td>Month 2&ndash;3</td><td>Direct debit from a DE IBAN</td><td>After your blocked account is released</td></tr>
<tr><td>Any time</td><td>Baby born in Germany?</td><td>Register with the health insurer within two months</td></tr>
</table>
<p style="font-size:11px">Fjordlicht Direkt Versicherung AG &middot; Leipzig &middot; HRB 39017 &middot; <a href="https://news.fjordlicht.example/u?l=newcomers">Unsubscribe</a></p>
</body></html>
""", cte="7bit")))

mail("student-passport-liability-en", "CONFIDENTIAL", "en", "customer-to-insurer",
     "student sends passport number, date of birth and address for a liability confirmation for her visa appointment",
     frm="Chen Yuxi <chen.yuxi@studmail.example>",
     to="hello@fjordlicht.example",
     subject="Need confirmation of liability insurance for Ausländerbehörde",
     date="2026-01-29 08:02",
     hdrs=[("X-Mailer", "Foxmail 7.2")],
     body=T("""Dear Fjordlicht team,

I have an appointment at the Ausländerbehörde on 10 February for my residence
permit extension. They want a confirmation that I have personal liability
insurance in Germany (I know it is not mandatory, but my case worker asks).
Could you please send me a document in German with my details:

Name: CHEN Yuxi (family name Chen)
Date of birth: 2001-11-06
Passport no.: EJ4471920
Address: Straße des 18. Oktober 31, App. 1208, 04103 Leipzig
Policy: FL-PH-27705318

Thank you very much!
Best regards
Chen Yuxi
M.Sc. Computer Science, Universität Leipzig
"""))

mail("expat-dental-poland-en", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "refund decision for a named customer's crown on tooth 24 done in Wroclaw, amounts and reduction reason",
     frm="Mira Castellanos <hello@fjordlicht.example>",
     to="Daniel Kowalczyk <d.kowalczyk@mailbox.example>",
     subject="Your dental invoice from Wrocław – refund",
     date="2026-02-25 13:18",
     body=T("""Dear Daniel,

we have checked the invoice from the dental clinic "Stomatologia Rynek" in
Wrocław (invoice 2026/01/0882, 16 January 2026) that you uploaded.

  Treatment:                 ceramic crown tooth 24, root canal tooth 24
  Invoice amount:            PLN 3,850.00 = EUR 891.20 (ECB rate 16.01.2026)
  Eligible under Zahn Komfort: 90 % of the eligible costs
  Refund:                    EUR 412.80

Why not more? Our dental plan refunds treatment abroad up to the amounts that
would apply under the German fee schedule (GOZ). For the root canal
treatment that limit is lower than what the clinic charged. In addition, the
crown was only approved up to EUR 550 in the cost plan you sent us in
December.

The refund will reach your account ending in ...43 in the next few days.
If you'd like a breakdown per position, just reply to this mail.

""" + SIG["castellanos"] + "\n\n" + FOOT_EN_KV + "\n", cs="utf-8", cte="quoted-printable"))

mail("prospect-phd-health-en", "NORMAL", "en", "insurer-to-prospect",
     "trap: generic answer to a prospect about statutory vs private health insurance for PhD students; no contract, no personal facts",
     frm="Owen Prendergast <hello@fjordlicht.example>",
     to="r.banerjee.phd@uni-leipzig-mail.example",
     subject="Re: Which health insurance for a PhD student?",
     date="2026-01-16 12:20",
     irt="<77f1a0c2@uni-leipzig-mail.example>",
     body=T("""Hello,

thanks for your question - we get it a lot, so here is the general picture
(this is not personal advice):

* PhD with an employment contract (TV-L, at least 50 %): you are an employee
  and normally compulsorily insured in the statutory system. Private
  insurance is only possible above the income threshold (2026:
  EUR 77,400 per year).
* PhD on a scholarship without employment: you can choose. Statutory
  insurance costs roughly EUR 230-260 per month as a voluntary member;
  private student/researcher plans start lower, but premiums depend on
  age and health questions.
* Pre-existing conditions, pregnancy plans, chronic medication: in the
  statutory system they don't affect the price; in private plans they can.

If you'd like a quote, you can fill in our health questions online - only
then do we need personal details.

""" + SIG["prendergast"] + """

> Hi, I'm starting a PhD in Leipzig in April. Do I need public or private
> health insurance? I don't understand the system.
> Thanks
"""))

mail("expat-canada-cancel-en", "CONFIDENTIAL", "en", "insurer-to-customer",
     "confirmation of cancelling liability and contents after emigration: new address in Toronto, refund IBAN",
     frm="Owen Prendergast <hello@fjordlicht.example>",
     to="James Whitfield <james.whitfield@mailbox.example>",
     cc="Hannah Whitfield <hannah.w@mailbox.example>",
     subject="RE: Leaving Germany – cancel liability and contents",
     date="2026-04-16 09:47",
     irt="<DB9PR07MB-whitfield-0414@mailbox.example>",
     body=T("""Hi James, hi Hannah,

all done - here's the summary:

  Personal liability FL-PH-32290014   ends 30 June 2026
  Contents           FL-HR-32290015   ends 30 June 2026
  Premium refund     EUR 38.64 (contents, paid annually in advance)
  Refund to          GB52 LNDB 4051 2287 1655 30 (as requested)
  Correspondence     88 Roncesvalles Ave, Unit 4, Toronto, ON M6R 2K9, Canada

Your confirmations are in your Fjordlicht mailbox (you can still log in
after the move). Until 30 June both policies cover you as usual, including
the move of your household goods to the port in Hamburg.

Safe travels, and thanks for being with us!

""" + SIG["prendergast"] + """

-----Original Message-----
From: James Whitfield <james.whitfield@mailbox.example>
Sent: Tuesday, 14 April 2026 19:03
To: hello@fjordlicht.example
Cc: Hannah Whitfield
Subject: Leaving Germany – cancel liability and contents

Hi,
we're relocating to Canada for my job at the end of June. Please cancel our
liability and contents insurance as of 30 June. New address from July:
88 Roncesvalles Ave, Unit 4, Toronto, ON M6R 2K9. Please send any refund
to our UK account GB52 LNDB 4051 2287 1655 30 (our German account will be
closed).
Cheers, James
""", cte="quoted-printable"))

mail("expat-singapore-pkv-en", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "reply on ending a named expat's private health insurance when moving to Singapore; proof of prior cover, no medical word",
     hide="no medical word: a named person's private health contract",
     frm="Mira Castellanos <hello@fjordlicht.example>",
     to="Ravi Kulkarni <ravi.kulkarni@mailbox.example>",
     subject="Re: cancelling my health insurance – moving to Singapore",
     date="2026-05-06 16:30",
     irt="<CAKx91-ravi@mailbox.example>",
     body=T("""Hi Ravi,

thanks for letting us know early.

Because health insurance is compulsory in Germany, we can only end your
Expat Health Premium contract (FL-KV-70018873) when you either give up your
residence in Germany or show us new health cover that meets the German
requirements. For a move abroad this is easy:

1. Send us the "Abmeldebestätigung" (deregistration certificate) from the
   Bürgeramt once you have it.
2. We end the contract at the end of the month in which you move out,
   i.e. 31 July 2026 if you leave on 24 July as planned.

What you'll get from us:
- a "Certificate of prior insurance" in English stating that you were
  continuously insured with us since 1 September 2021 - insurers in
  Singapore often ask for it;
- a statement of your ageing reserve ("Übertragungswert") in case you
  ever come back to Germany.

You asked whether you can "pause" the contract instead (Anwartschaft). Yes,
for 5.00 EUR a month we keep your current health status, so you could
return later without new health questions. Let me know by 30 June.

""" + SIG["castellanos"] + "\n\n" + FOOT_EN_KV + """

> Hi, my company is transferring me to Singapore from August. I have the
> private health insurance with you. How do I cancel it and do I get a
> document for my new insurer? Ravi
"""))

mail("landlord-liability-cert-en", "CONFIDENTIAL", "en", "insurer-to-customer",
     "liability insurance confirmation for a named student's landlord; name, address and policy in the PDF",
     frm="Owen Prendergast <hello@fjordlicht.example>",
     to="Chloe Whitaker <chloe.whitaker@studmail.example>",
     subject="Your confirmation for the landlord",
     date="2026-01-09 14:05",
     body=MIX(T("""Hi Chloe,

as promised on the phone, attached is the confirmation for your landlord
(German, with an English line at the bottom). You can forward it as it is.

Have a good start in the new flat!

""" + SIG["prendergast"] + "\n", cte="7bit"),
              PDF("Bestaetigung_Privathaftpflicht_Whitaker.pdf", "Versicherungsbestätigung Privathaftpflicht",
                  ["Fjordlicht Direkt Versicherung AG · Lichtkanalstraße 12 · 04109 Leipzig",
                   "",
                   "Versicherungsnehmerin: Chloe Whitaker",
                   "Anschrift: Sternwartenstraße 19, 04103 Leipzig",
                   "Vertragsnummer: FL-PH-30871146",
                   "Tarif: Privathaftpflicht Smart (Single)",
                   "Versicherungsbeginn: 01.10.2025, Vertrag ungekündigt, Beitrag bezahlt",
                   "Deckungssumme: 20 Mio. EUR pauschal für Personen-, Sach- und Vermögensschäden",
                   "Mietsachschäden an Wohnräumen: bis 1 Mio. EUR mitversichert",
                   "",
                   "Leipzig, 09.01.2026",
                   "",
                   "This confirms that the person named above holds personal liability insurance",
                   "with Fjordlicht including damage to rented living space."],
                  author="Fjordlicht Direkt Versicherung AG")))

mail("uni-welcome-week-en", "NORMAL", "en", "university-to-insurer",
     "trap: university international office asks for flyers on student health insurance and a speaker; no individual",
     frm="Dr. Corinna Weißhaupt <welcome@international.uni-leipzig-mail.example>",
     to="hello@fjordlicht.example",
     cc="Nele Sauerbrey <nele.sauerbrey@fjordlicht.example>",
     subject="Welcome Week 2026 – info stand and short talk on health insurance?",
     date="2026-05-19 10:12",
     body=T("""Dear International Desk team,

our International Office is planning the Welcome Week for the winter
semester (28 September - 2 October 2026). About 1,400 international
students are expected, many from India, China, Turkey and Latin America.

The most frequent questions we get are about health insurance (statutory vs
private, exemption for students over 30, insurance for PhD candidates on
scholarships), liability insurance for rental flats and what happens when
someone needs a doctor in the first weeks before enrolment is complete.

Would Fjordlicht be willing to
1. give a neutral 20-minute talk "Health insurance in Germany - the basics"
   (no sales, please, that's a university rule), and
2. provide about 1,500 English flyers for the welcome bags?

We cannot accept sponsorship, but we can mention you as a speaker in the
programme. Please let me know by 15 June.

Best wishes
Corinna Weißhaupt
International Office · Welcome Services
Universität Leipzig (fictitious address for this corpus)
"""))

mail("erasmus-wrist-spain-en", "STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
     "student on exchange reports a wrist fracture from skiing in Spain; Spanish hospital invoice with diagnosis attached",
     frm="Felix Andersen <felix.andersen@studmail.example>",
     to="hello@fjordlicht.example",
     subject="Claim travel health – broken wrist in Granada",
     date="2026-02-08 21:40",
     body=MIX(T("""Hi,

I'm on an exchange semester at Universidad de Granada and I have your travel
health insurance for the semester (FL-RS-44020187).

Last Saturday (7 Feb) I crashed skiing in Sierra Nevada and broke my left
wrist. They took me to the Hospital Universitario Clínico San Cecilio, X-ray,
reduction under local anaesthesia and a cast. They made me pay on the spot
with my credit card, EUR 684.50. Invoice and the medical report (informe de
alta) are attached.

Follow-up appointment is on 20 Feb; they said maybe surgery with a plate if it
moves. Do I need your approval for that?

My IBAN for the refund: DE11 1572 3519 3177 1602 20 (Felix Andersen)

Thanks,
Felix
"""),
              PDF("factura_informe_San_Cecilio.pdf", "Hospital Universitario Clínico San Cecilio – Factura / Informe de alta",
                  ["Servicio de Urgencias · Granada",
                   "Paciente: ANDERSEN, Felix · Pasaporte/DNI extranjero: C7X19R442 · Fecha nac.: 03/04/2003",
                   "Fecha de atención: 07/02/2026 18:42",
                   "",
                   "## Informe de alta",
                   "Motivo de consulta: caída esquiando, dolor e impotencia funcional muñeca izquierda.",
                   "Diagnóstico: fractura distal de radio izquierdo, desplazada (S52.5).",
                   "Tratamiento: reducción cerrada bajo anestesia local, férula antebraquial.",
                   "Medicación: ibuprofeno 600 mg / 8 h, metamizol si dolor.",
                   "Revisión en consulta de traumatología 20/02/2026. Valorar osteosíntesis.",
                   "",
                   "## Factura 2026-URG-018842",
                   "Asistencia urgencias 210,00 EUR · Radiología 2 proyecciones 96,50 EUR",
                   "Reducción y férula 318,00 EUR · Material 60,00 EUR",
                   "Total: 684,50 EUR · Pagado con tarjeta"],
                  author="HU San Cecilio")))

mail("expat-evb-used-car-en", "CONFIDENTIAL", "en", "insurer-to-customer",
     "eVB number sent to a named expat with date of birth, address and car details for registration",
     frm="Owen Prendergast <hello@fjordlicht.example>",
     to="Matteo Rinaldi <matteo.rinaldi@posta-it.example>",
     subject="Your eVB number for the Skoda",
     date="2026-04-02 11:03",
     irt="<a1c8-matteo-0401@posta-it.example>",
     body=T("""Hi Matteo,

here is your insurance confirmation number (eVB) for registering the car:

    eVB:  Q7F2K9M

Valid for 6 months. Take it to the registration office
(Kfz-Zulassungsstelle) together with your passport, the registration
certificate parts I and II and the TÜV report.

The policy will start on the day of registration with these details:

  Policyholder:     Matteo Rinaldi, born 11/02/1991
  Address:          Könneritzstraße 54, 04229 Leipzig
  Car:              Skoda Octavia Combi 2.0 TDI, first registered 03/2019
  Driving licence:  Italian licence since 2009 (converted to German 2025)
  Drivers:          you and your wife Giulia Rinaldi (born 22/09/1994)
  No-claims class:  SF 6 - we accepted the confirmation from your Italian
                    insurer (Attestato di rischio, class 1, 7 years)

We'll send the policy schedule to your mailbox once the car is registered.

""" + SIG["prendergast"] + """

On Wed, 1 Apr 2026 at 18:22 Matteo Rinaldi wrote:
> Hi Owen, we bought the Skoda today from a private seller, registration on
> Friday. Can you send the eVB? Giulia will also drive sometimes.
"""))

# ---------------------------------------------------------------- complaints and ombudsman

mail("beschwerde-ktg-dachdecker", "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
     "long angry complaint: daily sickness allowance stopped for a roofer with a torn meniscus, doctor named",
     frm="Ralf Pietsch <ralf.pietsch@t-net.example>",
     to="beschwerde@fjordlicht.example",
     cc="leistung-kranken@fjordlicht.example",
     subject="Beschwerde!!! Einstellung Krankentagegeld FL-KV-62014478",
     date="2026-04-20 22:03",
     hdrs=[("X-Mailer", "Microsoft Outlook 16.0")],
     body=T("""Sehr geehrte Damen und Herren,

hiermit lege ich offiziell Beschwerde ein gegen Ihr Schreiben vom 14.04.2026,
mit dem Sie mein Krankentagegeld zum 30.04. einstellen wollen.

Zum Sachverhalt: Ich bin selbständiger Dachdeckermeister. Am 03.12.2025 bin
ich auf einer Baustelle in Borna vom Gerüst abgerutscht und habe mir im
rechten Knie den Innenmeniskus gerissen, dazu ein Knorpelschaden. Operiert
wurde ich am 18.12. im Sportklinikum Grünau (Dr. Ehrlichmann). Seitdem bin
ich krankgeschrieben, mache 3x die Woche Physio und bin immer noch nicht in
der Lage, auf eine Leiter zu steigen, geschweige denn auf ein Dach.

Jetzt schreiben Sie, Ihr „Gutachter" meint nach Aktenlage, es liege
„Berufsunfähigkeit" vor und deshalb endet das Krankentagegeld. Der Mann hat
mich nie gesehen! Mein Operateur sagt, in 8–10 Wochen bin ich wieder fit,
Arbeitsunfähigkeit ja, Berufsunfähigkeit nein. Die Bescheinigung schicke ich
Ihnen gern.

Ich zahle seit 2011 jeden Monat über 90 Euro für diese Versicherung und jetzt,
wo ich sie das erste Mal brauche, wird gemauert. Ich habe 2 Angestellte, die
ich weiterbezahlen muss. Wenn das nicht bis Ende des Monats geklärt ist, gehe
ich zum Ombudsmann und zu meinem Anwalt.

Ich erwarte eine schriftliche Antwort.

Ralf Pietsch
Dachdeckermeister
Pietsch Bedachungen · Hauptstraße 17 · 04552 Borna
""", cs="windows-1252", cte="quoted-printable"))

mail("beschwerde-kfz-dauer-antwort", "CONFIDENTIAL", "de", "insurer-to-customer",
     "complaints team answers a named customer about a slow motor claim (claim number, plate, payout date) with quoted complaint",
     frm="Daniel Osterkamp <beschwerde@fjordlicht.example>",
     to="Jasmin Köhler <jasmin.koehler@webpost.example>",
     subject="AW: Beschwerde – Schaden SCH-2026-030071 dauert ewig",
     date="2026-03-16 14:22",
     irt="<000601dcb3$0f2a1e40$2d7e5ac0$@webpost.example>",
     hdrs=[("X-Mailer", "Microsoft Outlook 16.0"), ("Thread-Topic", "Beschwerde – Schaden SCH-2026-030071 dauert ewig")],
     body=T("""Sehr geehrte Frau Köhler,

vielen Dank für Ihre offenen Worte – und Sie haben recht: Sechs Wochen ohne
Rückmeldung zu Ihrem Parkschaden sind zu lang. Dafür entschuldige ich mich.

Ich habe mir den Vorgang heute angesehen. Der Gutachtenauftrag war nach dem
Wechsel der Sachbearbeitung liegen geblieben. Das ist inzwischen erledigt:

- Der Schaden an Ihrem Fahrzeug (L-JK 1402, Heckklappe und Stoßfänger) ist
  anhand Ihrer Fotos und des Kostenvoranschlags der Werkstatt Autohaus
  Mölkau geprüft.
- Wir übernehmen 2.318,40 € abzüglich 300 € Selbstbeteiligung aus Ihrer
  Vollkasko, also 2.018,40 €.
- Die Zahlung an das Autohaus ist für den 18.03.2026 angewiesen.
- Ihr Schadenfreiheitsrabatt bleibt unverändert, weil der Verursacher
  ermittelt wurde und wir uns das Geld von dessen Versicherung zurückholen.

Falls Sie mit der Bearbeitung weiterhin nicht zufrieden sind, können Sie
sich kostenfrei an den Versicherungsombudsmann wenden.

""" + SIG["osterkamp"] + "\n\n" + FOOT_DIREKT + """

-----Ursprüngliche Nachricht-----
Von: Jasmin Köhler <jasmin.koehler@webpost.example>
Gesendet: Freitag, 13. März 2026 19:40
An: beschwerde@fjordlicht.example
Betreff: Beschwerde – Schaden SCH-2026-030071 dauert ewig

Hallo,
mir ist am 29.01. jemand auf dem Kaufland-Parkplatz in Mölkau hinten
reingefahren, Zeugin hat das Kennzeichen notiert. Seitdem höre ich nichts.
Zweimal angerufen, immer heißt es "in Bearbeitung". Das Auto steht mit
kaputter Heckklappe vor der Tür. Für eine "digitale" Versicherung ist das
peinlich.
J. Köhler
"""))

mail("pkv-ombudsstelle-osteopathie", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-ombudsman",
     "statement to the health-insurance ombudsman on a named complainant's osteopathy refund, with the forwarded complaint attached",
     hide="part of the detail only in the attached message/rfc822",
     frm="Daniel Osterkamp <beschwerde@fjordlicht.example>",
     to="Ombudsstelle Kranken- und Pflegeversicherung <verfahren@ombuds-pkv.example>",
     subject="Ihr Az. PKV-2026-01873 – Stellungnahme Fjordlicht Krankenversicherung AG",
     date="2026-04-09 10:15",
     body=MIX(T("""Sehr geehrte Frau Dr. Lindqvist,

in der Beschwerdesache Ihres Aktenzeichens PKV-2026-01873
(Beschwerdeführerin: Frau Anja Reinhold, Vertrag FL-KV-61377420)
nehmen wir wie folgt Stellung:

1. Frau Reinhold ist seit 01.07.2022 im Tarif „Gesund Plus" (ambulante
   Ergänzung) versichert. Erstattungsfähig sind danach Leistungen von
   Heilpraktikern und Osteopathen bis 600 € je Kalenderjahr nach GebüH.

2. Eingereicht wurden acht osteopathische Behandlungen bei Frau
   Susann Mothes (Osteopathin, Heilpraktikerin) vom 12.01. bis 02.03.2026
   wegen chronischer Nackenschmerzen und Kopfschmerzen nach einem
   Schleudertrauma im Jahr 2024, insgesamt 760 €.

3. Erstattet haben wir 600 €. Den Differenzbetrag von 160 € haben wir mit
   Hinweis auf die tarifliche Höchstgrenze abgelehnt.

4. Frau Reinhold beruft sich auf eine Aussage in unserem Chat („Osteopathie
   zahlen wir komplett"). Der Chatverlauf liegt uns vor; die Aussage war
   missverständlich. Aus Kulanz bieten wir an, weitere 160 € zu erstatten.

Die ursprüngliche Beschwerde der Kundin füge ich zur Vollständigkeit bei.

""" + SIG["osterkamp"] + "\n\n" + FOOT_KRANKEN + "\n"),
              FWD(dict(key="inner-reinhold",
                       frm="Anja Reinhold <anja.reinhold@freemail.example>",
                       to="beschwerde@fjordlicht.example",
                       subject="Beschwerde Osteopathie Rechnung",
                       date="2026-03-10 20:45",
                       body=T("""Guten Abend,

ich möchte mich beschweren. Ich war wegen meiner Nackenschmerzen und der
ständigen Kopfschmerzen seit dem Unfall 2024 achtmal bei meiner Osteopathin
Frau Mothes. Im Chat wurde mir gesagt, Osteopathie zahlen Sie komplett.
Jetzt bekomme ich nur 600 von 760 Euro. Ich nehme außerdem seit Monaten
Ibuprofen und will nicht schon wieder zum Orthopäden, der mir nur Spritzen
gibt. Ich fühle mich getäuscht.

Anja Reinhold
Vertrag FL-KV-61377420
""")), fname="Beschwerde_Reinhold_2026-03-10.eml")))

mail("ombudsmann-hausrat-einbruch", "CONFIDENTIAL", "de", "ombudsman-to-insurer",
     "insurance ombudsman opens a case: named complainant, burglary claim number, address and disputed amount (details in PDF)",
     frm="Versicherungsombudsmann – Geschäftsstelle <beschwerde@vers-ombudsmann.example>",
     to="beschwerde@fjordlicht.example",
     subject="Beschwerde Az. 2026-004417-HR – Aufforderung zur Stellungnahme",
     date="2026-03-03 08:50",
     body=MIX(T("""Sehr geehrte Damen und Herren,

bei uns ist die beigefügte Beschwerde eingegangen. Wir bitten um Ihre
Stellungnahme innerhalb eines Monats und um Übersendung der Schadenakte.

Beschwerdeführer: Herr Kai-Uwe Fritzsche
Ihr Zeichen:      SCH-2025-118230 / FL-HR-29017741
Unser Zeichen:    2026-004417-HR

Mit freundlichen Grüßen
Geschäftsstelle des Versicherungsombudsmanns
(fiktive Schlichtungsstelle für dieses Korpus)
"""),
              PDF("2026-004417-HR_Beschwerde.pdf", "Beschwerde Az. 2026-004417-HR",
                  ["Beschwerdeführer: Kai-Uwe Fritzsche, Lindenthaler Straße 61, 04155 Leipzig",
                   "Versicherer: Fjordlicht Direkt Versicherung AG, Hausratversicherung FL-HR-29017741",
                   "Schaden: Einbruchdiebstahl am 14.11.2025, Schaden-Nr. SCH-2025-118230",
                   "",
                   "## Vortrag des Beschwerdeführers",
                   "Am 14.11.2025 wurde in meine Erdgeschosswohnung eingebrochen (Terrassentür",
                   "aufgehebelt). Gestohlen wurden u. a. ein MacBook Pro, zwei Kameras, eine",
                   "Uhrensammlung und Bargeld. Der Schaden beträgt laut Stehlgutliste 14.960 EUR.",
                   "Der Versicherer hat nur 6.100 EUR gezahlt, weil die Uhren angeblich Wertsachen",
                   "seien und die Entschädigungsgrenze gelte. Außerdem wird mir vorgeworfen, die",
                   "Terrassentür sei nur angelehnt gewesen. Das stimmt nicht.",
                   "",
                   "Begehren: Zahlung weiterer 8.860 EUR.",
                   "Bankverbindung für Zahlungen: DE25 2078 9950 9844 8089 09"],
                  author="Versicherungsombudsmann")))

mail("beschwerdestatistik-q1", "NORMAL", "de", "internal",
     "trap: quarterly complaint statistics by line and reason (dental refusals, BU, KTG), counts only",
     frm="Daniel Osterkamp <daniel.osterkamp@fjordlicht.example>",
     to="fuehrungskreis@fjordlicht.example",
     subject="Beschwerdestatistik Q1/2026",
     date="2026-04-08 08:30",
     body=MIX(T("""Liebe Kolleginnen und Kollegen,

anbei die Beschwerdestatistik für das erste Quartal. Kurz zusammengefasst:

- 412 Beschwerden (Q4/2025: 388), davon 61 % berechtigt oder teilweise
  berechtigt.
- Spitzenreiter bleibt die Leistungsablehnung in der Zahnzusatzversicherung
  (87 Fälle), vor allem Wartezeiten und „bereits angeratene Behandlung".
- Krankentagegeld: 23 Beschwerden, fast alle wegen Einstellung nach
  Gutachten. Hier sollten wir die Schreiben verständlicher machen.
- Ombudsmann-Verfahren: 9 neu, 2 zu unseren Lasten entschieden.
- Durchschnittliche Bearbeitungszeit 6,8 Arbeitstage (Ziel: 5).

Einzelfälle sind in der Datei nicht enthalten.

""" + SIG["osterkamp"] + "\n"),
              XLSX("Beschwerdestatistik_Q1_2026.xlsx", [
                  ("Nach Sparte", [
                      ("Sparte", "Anzahl", "berechtigt", "teilw. berechtigt", "unberechtigt", "Ø Tage"),
                      ("Kranken (Zahn)", 87, 21, 30, 36, 7.9),
                      ("Kranken (ambulant/stationär)", 54, 12, 18, 24, 8.4),
                      ("Krankentagegeld", 23, 4, 7, 12, 11.2),
                      ("Leben/BU", 19, 3, 5, 11, 12.0),
                      ("Unfall", 16, 4, 4, 8, 9.1),
                      ("Kfz", 98, 38, 22, 38, 4.6),
                      ("Hausrat/Wohngebäude", 61, 22, 16, 23, 5.3),
                      ("Haftpflicht", 27, 9, 6, 12, 5.0),
                      ("App/Portal/Service", 27, 19, 3, 5, 2.1),
                  ]),
                  ("Nach Grund", [
                      ("Grund", "Anzahl"),
                      ("Leistungsablehnung", 164), ("Bearbeitungsdauer", 97),
                      ("Beitragserhöhung", 58), ("Kündigung/Vertragsänderung", 41),
                      ("Erreichbarkeit", 29), ("Datenschutz", 6), ("Sonstiges", 17),
                  ]),
              ], author="Beschwerdemanagement")))

mail("bu-rejection-complaint-en", "STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
     "named expat complains that his disability insurance application was declined because of a herniated disc in 2022",
     frm="Marcus Oyelowo-Hartley <marcus.oh@mailbox.example>",
     to="beschwerde@fjordlicht.example",
     subject="Complaint – BU application declined (ref. ANT-BU-2026-00912)",
     date="2026-04-27 09:12",
     body=T("""Dear Sir or Madam,

I am writing to formally complain about the decision of 21 April 2026 to
decline my application for occupational disability insurance
(Berufsunfähigkeitsversicherung), reference ANT-BU-2026-00912.

The only reason given is "Bandscheibenvorfall L4/L5 (2022)". I answered the
health questions honestly and disclosed that I had a herniated disc in
2022. It was treated without surgery - six weeks of physiotherapy and pain
medication - and I have had no complaints and no sick days since then. My
orthopaedist, Dr. Yilmaz-Brenner, confirmed this in the letter I attached to
the application.

I would have accepted an exclusion clause for the spine. A complete
rejection, without even asking for an up-to-date medical report, seems
disproportionate. As a software architect I work at a desk, not on a
building site.

I ask you to review the decision and to offer cover with an exclusion, or
at least to explain in detail why that is not possible. Otherwise I will
take the matter to the insurance ombudsman.

Yours faithfully,
Marcus Oyelowo-Hartley
Gottschedstraße 4, 04109 Leipzig
"""))

mail("complaint-premium-sf-en", "CONFIDENTIAL", "en", "insurer-to-customer",
     "reply to a named customer's complaint about a motor premium increase after an at-fault claim (SF class, plate, amounts)",
     frm="Daniel Osterkamp <beschwerde@fjordlicht.example>",
     to="Olumide Adeyemi <o.adeyemi@uni-leipzig-mail.example>",
     subject="RE: Why did my car insurance go up by 40%???",
     date="2026-01-26 11:40",
     irt="<CAO7x1Fq-9Rt2@mail.gmail-like.example>",
     body=T("""Dear Mr Adeyemi,

thank you for your message. I understand that a 40 % increase is annoying,
so let me explain how it came about.

Your car insurance (FL-KF-21533080, VW Polo, L-OA 309) works with
no-claims classes ("SF-Klassen"). Until December you were in SF 3. In
October 2025 we paid the damage to the other car after the accident at the
Connewitzer Kreuz (claim SCH-2025-097712, EUR 3,412.00). That claim moved you
back to SF 1/2 from 1 January 2026:

  liability premium 2025 (SF 3):    EUR 486.20
  liability premium 2026 (SF 1/2):  EUR 681.30
  difference:                       + EUR 195.10 (+40 %)

Two options:
1. You can "buy back" the claim by paying us EUR 3,412.00 within six months
   after our letter. Then you stay in SF 3 and we refund the difference.
2. With every claim-free year you move up again; in 2027 you would be in
   SF 1.

I'm sorry that our letter did not explain this. We are revising it.

""" + SIG["osterkamp"] + "\n\n" + FOOT_EN + """

-----Original Message-----
From: Olumide Adeyemi
Sent: 24 January 2026 18:02
Subject: Why did my car insurance go up by 40%???

I got a letter in German I don't understand. My premium went from 486 to
681 EUR. Nothing changed!! Please explain or I will cancel.
"""))

mail("schulung-beschwerden-ics", "NORMAL", "de", "internal",
     "trap: training invitation (ICS) on handling complaints with an anonymised example case about a refused therapy",
     frm="Patrick Zöllner <patrick.zoellner@fjordlicht.example>",
     to="service-team@fjordlicht.example",
     subject="Einladung: Schulung „Beschwerden souverän beantworten“ (Pflichttermin)",
     date="2026-02-17 13:00",
     body=MIX(T("""Hallo zusammen,

anbei die Einladung zur Pflichtschulung am 05.03. Bitte den Termin annehmen.

Wir arbeiten mit einem anonymisierten Fall aus dem Januar:
„Eine Kundin (Mitte 40) beschwert sich, weil eine Psychotherapie über die
Probesitzungen hinaus nicht erstattet wurde. Sie schreibt, sie fühle sich
im Stich gelassen. Die Ablehnung war tariflich korrekt, der Ton unseres
Schreibens nicht." Bitte überlegt euch vorab, wie ihr antworten würdet.

Daniel Osterkamp aus dem Beschwerdemanagement und Carla Engert
(Datenschutz) sind dabei.

""" + SIG["zoellner"] + "\n"),
              ICS("Schulung_Beschwerden.ics", "Schulung: Beschwerden souverän beantworten",
                  "20260305T130000", "20260305T160000", location="Raum Fjord 4.02 / Teams",
                  description="Pflichtschulung Kundenservice. Anonymisierter Übungsfall: abgelehnte Psychotherapie (Kundin, Mitte 40). Referenten: D. Osterkamp, C. Engert.",
                  organizer="patrick.zoellner@fjordlicht.example",
                  attendees=["service-team@fjordlicht.example"])))

mail("ombudsmann-unfall-invaliditaet", "STRICTLY_CONFIDENTIAL", "de", "ombudsman-to-insurer",
     "ombudsman asks for a statement on a named complainant's disability degree after a knee injury in accident insurance",
     frm="Versicherungsombudsmann – Geschäftsstelle <beschwerde@vers-ombudsmann.example>",
     to="beschwerde@fjordlicht.example",
     subject="Beschwerde Az. 2026-006102-UV – Invaliditätsbemessung",
     date="2026-04-23 09:31",
     body=T("""Sehr geehrte Damen und Herren,

in der Beschwerdesache

  Beschwerdeführerin:  Frau Gudrun Schellenberg, Halle (Saale)
  Ihr Zeichen:         FL-UV-11873004 / UV-2025-00561
  Unser Zeichen:       2026-006102-UV

trägt die Beschwerdeführerin vor, sie habe sich am 02.02.2025 bei einem Sturz
auf einer vereisten Treppe eine Tibiakopffraktur rechts zugezogen, die
operativ versorgt wurde. Es verbleibe eine Bewegungseinschränkung des
Kniegelenks (Beugung bis 90 Grad) mit Belastungsschmerz. Ihr Gutachter habe
die Invalidität mit 1/7 Beinwert bemessen; die behandelnde Klinik sehe
mindestens 3/10 Beinwert. Die Beschwerdeführerin verlangt eine Neubemessung
und die Zahlung der Differenz.

Wir bitten um Stellungnahme bis zum 25.05.2026 sowie um Übersendung des
Gutachtens von Dr. Kessler und der Unfallanzeige. Die Unterlagen werden
ausschließlich für das Schlichtungsverfahren verwendet.

Mit freundlichen Grüßen
Geschäftsstelle des Versicherungsombudsmanns
(fiktive Schlichtungsstelle für dieses Korpus)
"""))

mail("ombudsman-annual-report-en", "NORMAL", "en", "internal",
     "trap: internal summary of the ombudsman's annual statistics (health, life, BU complaint shares), aggregates only",
     frm="Nele Sauerbrey <nele.sauerbrey@fjordlicht.example>",
     to="international-desk@fjordlicht.example",
     subject="FYI: Ombudsman annual report 2025 – key figures in English",
     date="2026-05-12 15:44",
     body=T("""Hi all,

since you often get asked about the ombudsman by expat customers, here are
the key figures from the annual report 2025 of the insurance ombudsman (as
published, translated by me):

- 19,870 admissible complaints (2024: 18,940)
- largest shares: legal expenses 24 %, motor 19 %, life 17 %,
  household/buildings 14 %, occupational disability 6 %
- private health and long-term care insurance are handled by a separate
  ombudsman: 7,300 complaints, most about refunds for medical aids,
  hospital bills and premium increases
- 39 % of the complaints were at least partly successful
- average duration: 3.1 months

Our own figures (cases against Fjordlicht) are in the quarterly statistics
Daniel sends around. No names there either.

""" + SIG["sauerbrey"] + "\n", cte="quoted-printable"))

mail("vz-rechtsschutz-miete", "CONFIDENTIAL", "de", "company-to-insurer",
     "consumer advice centre forwards a named member's complaint about refused tenancy legal-expenses cover; original mail attached",
     hide="customer details mostly in the attached message/rfc822",
     frm="Verbraucherberatung Sachsen – Versicherungen <versicherungen@vz-beratung.example>",
     to="beschwerde@fjordlicht.example",
     subject="Anfrage im Auftrag von Frau Yasemin Karaca – Rechtsschutz Mietstreit",
     date="2026-05-04 11:27",
     body=MIX(T("""Sehr geehrte Damen und Herren,

Frau Yasemin Karaca hat uns in unserer Beratungsstelle Leipzig um
Unterstützung gebeten und uns zur Kontaktaufnahme bevollmächtigt (Vollmacht
liegt uns vor, wird auf Wunsch nachgereicht).

Frau Karaca hat bei Ihnen eine Rechtsschutzversicherung (Privat, Beruf,
Wohnen). Sie haben die Deckung für eine Auseinandersetzung mit ihrem
Vermieter über eine Modernisierungsmieterhöhung abgelehnt, weil der
Streit vor Ablauf der Wartezeit „angelegt" gewesen sei. Nach unserer
Einschätzung liegt der Rechtsverstoß (Zugang der Erhöhungserklärung am
12.02.2026) nach Ablauf der dreimonatigen Wartezeit.

Wir bitten um erneute Prüfung. Die ursprüngliche Nachricht von Frau Karaca
an uns hängt an.

Mit freundlichen Grüßen
Dr. Sebastian Krug
Verbraucherberatung Sachsen, Team Versicherungen
(fiktiver Verband für dieses Korpus)
"""),
              FWD(dict(key="inner-karaca",
                       frm="Yasemin Karaca <y.karaca@webpost.example>",
                       to="versicherungen@vz-beratung.example",
                       subject="Rechtsschutz zahlt nicht",
                       date="2026-04-28 19:02",
                       body=T("""Guten Tag,

ich habe seit 01.10.2025 eine Rechtsschutzversicherung bei Fjordlicht
(FL-RE-40228816). Mein Vermieter (Wohnbau Lößnig GmbH) will nach der
Modernisierung 212 Euro mehr Miete für meine Wohnung in der Zwickauer
Straße 98, 04279 Leipzig. Das ist fast ein Drittel meines Nettogehalts
(ich verdiene 1.980 Euro netto als Verkäuferin). Fjordlicht sagt, die
Wartezeit sei nicht abgelaufen. Die Erhöhung kam aber erst im Februar!
Können Sie mir helfen?

Yasemin Karaca
""", cs="iso-8859-1", cte="quoted-printable")), fname="Nachricht_Karaca.eml")))

# ---------------------------------------------------------------- cancellations and contract changes

mail("kuendigung-zusammenzug", "CONFIDENTIAL", "de", "insurer-to-customer",
     "cancellation confirmation for household and liability after moving in with a partner: names, policy numbers, address",
     frm="Emre Aksoy <service@fjordlicht.example>",
     to="Franziska Ebeling <f.ebeling@webpost.example>",
     subject="AW: Kündigung Hausrat und Haftpflicht wegen Zusammenzug",
     date="2026-02-20 10:05",
     irt="<4a1e90f2-ebeling@webpost.example>",
     hdrs=[("X-Mailer", "Microsoft Outlook 16.0")],
     body=T("""Hallo Frau Ebeling,

herzlichen Glückwunsch zur gemeinsamen Wohnung!

Wir haben Ihre Kündigung wie gewünscht vorgemerkt:

  Hausratversicherung   FL-HR-33018702   endet am 31.03.2026
  Privathaftpflicht     FL-PH-33018703   endet am 31.03.2026

Das Sonderkündigungsrecht gilt, weil Ihr Partner, Herr Moritz Albrecht,
beide Risiken schon bei einem anderen Versicherer abgesichert hat und Sie
dort ab 01.04. mitversichert sind. Die Bestätigung des anderen Versicherers
haben wir erhalten.

Ihre alte Wohnung in der Kantstraße 9, 04275 Leipzig, bleibt bis zum
Vertragsende versichert, die neue Wohnung in der Arthur-Hoffmann-Straße 71
ist für den Umzug ebenfalls schon mit abgesichert.

Den zu viel gezahlten Beitrag (23,40 €) erstatten wir auf Ihr bekanntes
Konto.

""" + SIG["aksoy"] + "\n\n" + FOOT_DIREKT + """

-----Ursprüngliche Nachricht-----
Von: Franziska Ebeling <f.ebeling@webpost.example>
Gesendet: Mittwoch, 18. Februar 2026 21:14
An: service@fjordlicht.example
Betreff: Kündigung Hausrat und Haftpflicht wegen Zusammenzug

Hallo, ich ziehe zum 1.4. mit meinem Freund zusammen (Moritz Albrecht), der
hat Hausrat und Haftpflicht schon woanders für uns beide. Kann ich meine
Verträge dann kündigen? Danke, Franziska Ebeling
"""))

mail("kuendigung-zahn-implantat", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "cancellation confirmation of a dental plan mentioning the named customer's ongoing implant treatment region 46 and its refund",
     frm="Henning Raabe <leistung-kranken@fjordlicht.example>",
     to="Gerd Wunderlich <gerd.wunderlich@t-net.example>",
     subject="Ihre Kündigung Zahn Komfort - Bestätigung und Hinweis zur laufenden Behandlung",
     date="2026-03-11 09:50",
     body=T("""Sehr geehrter Herr Wunderlich,

wir bestätigen die Kündigung Ihrer Zahnzusatzversicherung "Zahn Komfort"
(FL-ZZ-44102286) zum 31.12.2026.

Bitte beachten Sie: Für die Implantatversorgung in Regio 46, die Ihr
Zahnarzt Dr. Behrendt laut Heil- und Kostenplan vom 12.02.2026 plant
(Implantat, Knochenaufbau, Krone; geschätzt 3.840 EUR), haben wir Ihnen
2.688 EUR zugesagt. Diese Zusage gilt nur für Behandlungen, die vor dem
Vertragsende abgeschlossen sind. Nach dem bisherigen Zeitplan (Einheilung
bis September) ist das gut machbar.

Sollte sich die Behandlung verzögern, sprechen Sie uns vor dem 30.11. an,
damit wir gemeinsam eine Lösung finden.

""" + SIG["raabe"] + "\n\n" + FOOT_KRANKEN + "\n", cs="iso-8859-1", cte="quoted-printable"))

mail("sf-uebertragung-vater-tochter", "CONFIDENTIAL", "de", "customer-to-insurer",
     "daughter asks to take over her father's no-claims class: both names, birth dates, licence date, plates",
     frm="Leonie Wendt <leonie.wendt@studmail.example>",
     to="kfz@fjordlicht.example",
     cc="Uwe Wendt <uwe.wendt@t-net.example>",
     subject="SF-Rabatt von meinem Vater übernehmen",
     date="2026-01-19 18:30",
     body=T("""Hallo liebes Fjordlicht-Team,

mein Vater gibt sein Auto ab und ich würde gerne seinen Schadenfreiheitsrabatt
übernehmen für mein erstes eigenes Auto. Er ist in cc und einverstanden.

Vater: Uwe Wendt, geb. 07.03.1960, Vertrag FL-KF-19004431, L-UW 60
       (er fährt seit 1979 unfallfrei, SF 35 glaube ich)
Ich:   Leonie Wendt, geb. 25.06.2002, Führerschein seit 08/2020
       Auto: Seat Ibiza, gebraucht, Zulassung am 02.02.2026
Adresse: Holbeinstraße 22, 04229 Leipzig

Ich weiß, dass ich nur so viele Jahre übernehmen kann, wie ich selber den
Führerschein habe. Mein Vater bekommt dann kein SF mehr, das ist ok, er fährt
nicht mehr.

Was muss ich noch ausfüllen?

Liebe Grüße
Leonie
"""))

mail("lv-beitragsfreistellung", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "life insurer explains premium suspension of a named customer's endowment policy after job loss, with values and income remark",
     hide="no medical word: a named person's life policy and unemployment",
     frm="Oliver Tiedemann <leben@fjordlicht.example>",
     to="Stefan Mrozek <stefan.mrozek@mailbox.example>",
     subject="AW: Lebensversicherung – kann ich pausieren?",
     date="2026-04-01 13:12",
     irt="<20260330191204.3317@mailbox.example>",
     body=T("""Sehr geehrter Herr Mrozek,

es tut mir leid, dass Sie Ihre Stelle verloren haben. Für Ihre
Rentenversicherung FL-LV-80322941 gibt es drei Möglichkeiten:

1. Beitragspause (Stundung) bis zu 24 Monate: Sie zahlen vorübergehend
   nichts, der Versicherungsschutz bleibt voll bestehen. Die gestundeten
   Beiträge können Sie später nachzahlen oder wir verrechnen sie.
2. Beitragsfreistellung: Der Vertrag läuft ohne weitere Beiträge weiter.
   Aktueller beitragsfreier Wert: 18.204,66 €; die garantierte Rente ab
   67 sinkt von 412,90 € auf 196,30 € monatlich.
3. Kündigung: Rückkaufswert 17.650,12 € (nicht empfehlenswert, da Sie die
   Steuervorteile des Vertrags aus 2009 verlieren würden).

Da Sie schreiben, dass Sie ab Juni voraussichtlich eine neue Stelle mit
ähnlichem Gehalt (rund 3.400 € brutto) haben, würde ich Ihnen zur
Beitragspause raten. Ein formloses „Ja" per Antwortmail reicht.

""" + SIG["tiedemann"] + "\n\n" + FOOT_LEBEN + """

Am 30.03.2026 um 19:12 schrieb Stefan Mrozek:
> Guten Tag, ich bin seit März arbeitslos (betriebsbedingt) und bekomme
> Arbeitslosengeld. Kann ich die Lebensversicherung ein paar Monate
> aussetzen, ohne dass alles weg ist? S. Mrozek
"""))

mail("car-payment-change-en", "CONFIDENTIAL", "en", "customer-to-insurer",
     "named customer switches his motor premium to monthly and gives a new IBAN and account holder",
     frm="Kwame Asante <kwame.asante@mailbox.example>",
     to="hello@fjordlicht.example",
     subject="Car insurance: monthly payments + new bank account",
     date="2026-05-08 07:55",
     body=T("""Hello,

two changes for my car insurance FL-KF-21790456 (Toyota Yaris, L-KA 772),
please:

1. From the next due date I'd like to pay monthly instead of yearly. I know
   there is a small surcharge, that's fine.
2. Please debit from my new account:
   IBAN: DE63 3964 2948 3922 5891 98
   Bank: Stadtsparkasse (new job, new bank...)
   Account holder: Kwame Asante

I'll sign the new SEPA mandate in the app once it's there.

Thanks,
Kwame Asante
"""))

mail("textbaustein-kuendigung-review", "NORMAL", "de", "internal",
     "trap: template review for cancellation letters with «placeholders» for name, IBAN, birth date and health-plan wording",
     frm="Jana Wilkening <jana.wilkening@fjordlicht.example>",
     to="Patrick Zöllner <patrick.zoellner@fjordlicht.example>",
     cc="Carla Engert <carla.engert@fjordlicht.example>",
     subject="Review Textbausteine Kündigungsbestätigung (KV + Sach) – bitte bis Freitag",
     date="2026-03-03 16:40",
     body=MIX(T("""Hi Patrick,

anbei die überarbeiteten Textbausteine für die Kündigungsbestätigungen. Neu:
- eigener Baustein für die Krankenversicherung (Hinweis Versicherungspflicht,
  Nachweis der Anschlussversicherung),
- der Satz zur Beitragserstattung nennt jetzt das Konto nur noch maskiert
  («IBAN_MASKIERT»), nicht mehr die volle IBAN.

Carla, kannst du dir den Satz zu laufenden Behandlungen ansehen? Ich bin
unsicher, ob wir da überhaupt Details nennen sollten.

""" + SIG["wilkening"] + "\n"),
              DOCX("TB_Kuendigungsbestaetigung_v3.docx", [
                  "# Textbausteine Kündigungsbestätigung – Version 3 (Entwurf)",
                  "## TB-K-01 Sachversicherung",
                  "Sehr geehrte«ANREDE» «NACHNAME», wir bestätigen die Kündigung Ihrer «SPARTE» «VERTRAGSNUMMER» zum «ENDEDATUM».",
                  "Den zu viel gezahlten Beitrag von «BETRAG» erstatten wir auf Ihr Konto «IBAN_MASKIERT».",
                  "## TB-K-02 Krankenversicherung",
                  "Sehr geehrte«ANREDE» «NACHNAME», wir bestätigen die Kündigung Ihrer Krankenversicherung «VERTRAGSNUMMER» zum «ENDEDATUM».",
                  "Bitte beachten Sie: In Deutschland besteht eine Pflicht zur Krankenversicherung. Die Kündigung wird erst wirksam, wenn Sie uns innerhalb von zwei Monaten nachweisen, dass Sie ohne Unterbrechung anderweitig versichert sind.",
                  "## TB-K-03 Laufende Behandlung (optional)",
                  "Für die laufende Behandlung «BEHANDLUNG» gilt unsere Zusage vom «ZUSAGEDATUM» nur für Leistungen bis zum Vertragsende.",
                  "Hinweis Datenschutz: «BEHANDLUNG» nur im Postfach, nie in unverschlüsselter E-Mail verwenden!",
                  "## TB-K-04 Tod des Versicherungsnehmers",
                  "Mit dem Tod von «NAME_VERSTORBENE» endet der Vertrag zum «STERBEDATUM». Wir bitten um Übersendung der Sterbeurkunde.",
              ], tables=[[("Platzhalter", "Quelle"), ("«NACHNAME»", "Bestand"), ("«IBAN_MASKIERT»", "Inkasso, nur letzte 4 Stellen"),
                          ("«GEBURTSDATUM»", "wird nicht mehr verwendet"), ("«BEHANDLUNG»", "Leistungssystem")]],
                  author="J. Wilkening")))

mail("bezugsrecht-risikoleben-docx", "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
     "short mail; the attached DOCX changes the beneficiary of a named customer's term life policy after divorce, with birth dates",
     hide="attachment only (DOCX), life line",
     frm="Carsten Heinicke <c.heinicke@freemail.example>",
     to="leben@fjordlicht.example",
     subject="Änderung Bezugsrecht",
     date="2026-05-14 20:20",
     body=MIX(T("""Guten Abend,

anbei das ausgefüllte Formular. Unterschrieben habe ich es per Hand und
eingescannt ist es als PDF leider zu groß, deshalb so.

Mit freundlichen Grüßen
C. Heinicke
""", cte="quoted-printable"),
              DOCX("Aenderung_Bezugsrecht_Heinicke.docx", [
                  "# Antrag auf Änderung des Bezugsrechts",
                  "Versicherungsnummer: FL-LV-81077305 (Risikolebensversicherung, Versicherungssumme 250.000 €)",
                  "Versicherungsnehmer und versicherte Person: Carsten Heinicke, geb. 30.01.1981",
                  "Anschrift: Prager Straße 140, 04317 Leipzig",
                  "Bisher bezugsberechtigt im Todesfall: Manuela Heinicke (geschiedene Ehefrau), geb. 12.12.1982",
                  "Neu bezugsberechtigt (widerruflich): Katharina Vogel, geb. 04.08.1986, Lebensgefährtin, zu 50 %;",
                  "Finn Heinicke, geb. 19.02.2012, Sohn, zu 50 %",
                  "Grund: Scheidung rechtskräftig seit 03.03.2026 (AG Leipzig, Az. 334 F 1187/25)",
                  "Ort, Datum: Leipzig, 14.05.2026",
                  "Unterschrift: C. Heinicke (eingescannt)",
              ], author="Carsten Heinicke")))

mail("widerruf-rechtsschutz", "CONFIDENTIAL", "de", "insurer-to-customer",
     "confirmation of a named customer's withdrawal from a legal-expenses contract within 14 days, refund",
     frm="Emre Aksoy <service@fjordlicht.example>",
     to="Tobias Lange <tobias.lange@mailbox.example>",
     subject="Ihr Widerruf – Rechtsschutzversicherung FL-RE-40317720",
     date="2026-02-02 11:30",
     body=T("""Hallo Herr Lange,

Ihr Widerruf vom 30.01.2026 ist fristgerecht bei uns eingegangen. Ihre
Rechtsschutzversicherung FL-RE-40317720 (Privat + Verkehr) kommt damit nicht
zustande. Den bereits abgebuchten ersten Monatsbeitrag von 24,90 € erstatten
wir innerhalb von 14 Tagen auf das Konto, von dem er abgebucht wurde.

Schade, dass Sie sich anders entschieden haben. Wenn Sie uns kurz verraten
möchten, warum – wir freuen uns über jede Rückmeldung.

""" + SIG["aksoy"] + "\n\n" + FOOT_DIREKT + "\n", cte="8bit"))

mail("unfall-summe-selbststaendig-en", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "accident insurance of a named customer increased after becoming self-employed: sums, progression, premium; personal line",
     hide="no medical word: a named person's accident policy",
     frm="Owen Prendergast <hello@fjordlicht.example>",
     to="Elena Popescu <elena.popescu@mailbox.example>",
     subject="RE: Accident insurance – higher sum now that I'm freelance",
     date="2026-03-26 15:02",
     irt="<PAXPR-elena-0325@mailbox.example>",
     body=T("""Hi Elena,

congratulations on going freelance! As discussed, I've adjusted your
accident insurance FL-UV-12440902 from 1 April 2026:

                            before          from 1 April
  Basic sum (disability)    EUR 100,000     EUR 200,000
  Progression               225 %           350 %
  Max. payout               EUR 225,000     EUR 700,000
  Accident pension          -               EUR 1,500 / month from 50 %
  Daily hospital allowance  -               EUR 50
  Premium                   EUR 11.20/month EUR 29.80/month

Because you are now a self-employed interpreter (risk group A, office
work), the occupation class doesn't change. No health questions are needed
for this increase.

Your new policy schedule is in your mailbox.

""" + SIG["prendergast"] + """

-----Original Message-----
From: Elena Popescu
Sent: Wednesday, 25 March 2026 10:17
Subject: Accident insurance – higher sum now that I'm freelance

Hi, from April I'm working as a freelance interpreter, so no more employer
benefits. Can we increase my accident insurance and add an accident pension?
Elena
"""))

mail("avb-changes-mass-mail-en", "NORMAL", "en", "newsletter",
     "trap: mass mail about changes to the terms (health waiting periods, psychotherapy, bank details, death of policyholder), no person",
     frm="Fjordlicht <info@news.fjordlicht.example>",
     to="customers-en@lists.fjordlicht.example",
     subject="Changes to our terms and conditions from 1 July 2026",
     date="2026-05-15 10:00",
     hdrs=[("Precedence", "bulk"), ("List-Unsubscribe", "<https://news.fjordlicht.example/u?l=customers-en>")],
     body=ALT(T("""Dear customer,

from 1 July 2026 some of our general terms and conditions will change. The
most important points in plain English:

Health plans
- Psychotherapy: up to 30 sessions per year (before: 20), no approval needed
  for the first 5 trial sessions.
- Waiting periods for dental treatment now end after 6 months (before: 8).
- Glasses and contact lenses: EUR 250 every two years for adults.

Contents and liability
- Bicycles and e-bikes are covered against theft around the clock.
- Damage caused by children under 7 is covered up to EUR 50,000.

All lines
- You can change your bank details (IBAN) in the app only with a
  confirmation code.
- When a policyholder dies, relatives can report it online; we no longer
  need a certified copy of the death certificate for contracts under
  EUR 10,000.

Nothing changes for you unless you tell us otherwise. The full terms are
available at https://www.fjordlicht.example/en/terms.

Your Fjordlicht team
Fjordlicht Direkt Versicherung AG · Fjordlicht Krankenversicherung AG ·
Fjordlicht Lebensversicherung AG · Leipzig
""", cte="quoted-printable"),
        H("""<html><body style="font-family:Arial,sans-serif">
<p>Dear customer,</p>
<p>from 1 July 2026 some of our general terms and conditions will change:</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th>Line</th><th>Change</th></tr>
<tr><td>Health</td><td>Psychotherapy up to 30 sessions per year; 5 trial sessions without approval</td></tr>
<tr><td>Health</td><td>Dental waiting period 6 months (before: 8)</td></tr>
<tr><td>Health</td><td>Glasses/contact lenses EUR 250 every two years</td></tr>
<tr><td>Contents</td><td>Bicycles covered against theft around the clock</td></tr>
<tr><td>Liability</td><td>Damage by children under 7 up to EUR 50,000</td></tr>
<tr><td>All</td><td>IBAN changes in the app only with confirmation code</td></tr>
</table>
<p>Your Fjordlicht team</p>
</body></html>
""")))

# ---------------------------------------------------------------- life events

mail("umzug-hausrat-ortlieb", "CONFIDENTIAL", "de", "insurer-to-customer",
     "move of a named couple: new address, living space, new household sum and premium, with quoted request",
     frm="Jana Wilkening <service@fjordlicht.example>",
     to="Vanessa Ortlieb <vanessa.ortlieb@webpost.example>",
     cc="Marcel Ortlieb <marcel.ortlieb@webpost.example>",
     subject="Re: Umzug – Hausrat anpassen",
     date="2026-06-03 09:25",
     irt="<8e2b1a7c-ortlieb@webpost.example>",
     body=T("""Hallo Frau Ortlieb, hallo Herr Ortlieb,

danke für die neue Adresse! Ich habe Ihre Hausratversicherung FL-HR-35770218
ab dem Umzugstag umgestellt:

  neue Anschrift:     Gohliser Straße 3, 1. OG, 04105 Leipzig
  Wohnfläche:         112 m² (bisher 74 m²)
  Versicherungssumme: 72.800 € (650 € je m², Unterversicherungsverzicht)
  Tarifzone:          3 (bisher 2)
  Beitrag:            14,61 € monatlich (bisher 8,96 €)

Fahrräder sind weiterhin rund um die Uhr bis 3.000 € mitversichert. Für
das neue Lastenrad (4.900 €) empfehle ich den Baustein „Fahrrad Plus" für
4,10 € im Monat – sagen Sie einfach Bescheid.

Während des Umzugs sind beide Wohnungen versichert, längstens zwei Monate.

""" + SIG["wilkening"] + "\n\n" + FOOT_DIREKT + """

Am 01.06.2026 um 22:10 schrieb Vanessa Ortlieb:
> Hallo, wir ziehen am 15.06. von der Dölitzer Straße 8 in die Gohliser
> Straße 3 (1. OG), 112 qm. Was ändert sich bei der Hausrat? Lastenrad ist
> neu dazugekommen. LG Vanessa
"""))

mail("geburt-kv-nachversicherung", "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
     "father registers his newborn for health cover: caesarean section, neonatal jaundice, four days in neonatology",
     frm="Tim Seifert <tim.seifert@mailbox.example>",
     to="vertrag-kranken@fjordlicht.example",
     subject="Neugeborenes anmelden – Nachversicherung",
     date="2026-05-22 06:40",
     body=T("""Guten Morgen,

unsere Tochter ist da! Wir möchten sie bitte über die
Kindernachversicherung in meine Krankenversicherung aufnehmen
(Vertrag FL-KV-62540118, gleicher Tarif wie ich).

Name:          Ida Seifert
Geboren:       18.05.2026, 03:12 Uhr, St. Elisabeth-Krankenhaus Leipzig
Mutter:        Carolin Seifert (gesetzlich versichert bei der Barmer)

Es war ein Notkaiserschnitt in der 38. Woche, Ida musste danach wegen einer
Neugeborenengelbsucht vier Tage auf die Neonatologie (Fototherapie). Jetzt
ist alles gut und wir sind seit gestern zu Hause. Die Rechnungen vom
Krankenhaus für Ida kommen dann an uns?

Geburtsurkunde lade ich nach, sobald wir sie vom Standesamt haben.

Viele Grüße
Tim Seifert
""", cte="8bit"))

mail("geburt-familienhaftpflicht", "CONFIDENTIAL", "de", "customer-to-insurer",
     "new baby's name and birth date to be added to the family liability policy; no medical detail",
     frm="Jessica Braun <jessica.braun@freemail.example>",
     to="service@fjordlicht.example",
     subject="Nachwuchs – bitte in die Haftpflicht aufnehmen",
     date="2026-02-24 14:18",
     body=T("""Hallo,

wir haben Nachwuchs bekommen: Emil Braun, geboren am 09.02.2026.

Unsere Privathaftpflicht FL-PH-31005527 läuft im Single-Tarif auf mich.
Mein Partner Dominik Braun (geb. 15.10.1990) und ich haben im Januar
geheiratet, er hatte bisher keine eigene Haftpflicht. Bitte stellt auf den
Familientarif um, damit wir alle drei drin sind.

Gruß aus Engelsdorf
Jessica Braun
Riesaer Straße 212, 04319 Leipzig
""", cs="windows-1252", cte="quoted-printable"))

mail("heirat-kfz-zusammenlegen", "CONFIDENTIAL", "de", "insurer-to-customer",
     "after marriage: name change and second-car rule for a named couple's two motor policies, plates and SF classes",
     frm="Lukas Feddersen <kfz@fjordlicht.example>",
     to="Sandra Kühne-Bach <sandra.kb@mailbox.example>",
     subject="Namensänderung und Zweitwagen – Ihre Kfz-Verträge",
     date="2026-06-19 10:47",
     irt="<9a9d-sandra-0617@mailbox.example>",
     body=T("""Sehr geehrte Frau Kühne-Bach,

herzlichen Glückwunsch zur Hochzeit! Ich habe Folgendes umgesetzt:

1. Namensänderung: Ihr Vertrag FL-KF-20877341 (Mazda CX-3, L-SK 1987) läuft
   ab sofort auf Sandra Kühne-Bach, vormals Kühne. Die neue Versicherungskarte
   finden Sie in der App.

2. Der Vertrag Ihres Mannes, Herrn Florian Bach (FL-KF-21402266, Skoda Fabia,
   L-FB 512), wird zum 01.07.2026 auf Sie als Versicherungsnehmerin
   umgeschrieben. Er bleibt berechtigter Fahrer. Durch unsere
   Zweitwagenregelung startet der Fabia in SF 2 statt SF 1/2; Ihr Mazda
   bleibt in SF 11.

Neuer Gesamtbeitrag für beide Fahrzeuge: 1.046,30 € im Jahr (bisher
1.281,90 €). Die Änderungen gelten vorbehaltlich Ihrer Bestätigung – eine
kurze Antwort genügt.

""" + SIG["feddersen"] + "\n\n" + FOOT_DIREKT + "\n"))

mail("scheidung-hausrat-ex", "CONFIDENTIAL", "de", "customer-to-insurer",
     "divorced customer asks to remove her ex-husband from household contents, new address and new IBAN",
     frm="Claudia Reißmann <claudia.reissmann@t-net.example>",
     to="service@fjordlicht.example",
     subject="Hausratversicherung nach Scheidung",
     date="2026-04-29 19:58",
     hdrs=[("X-Mailer", "Microsoft Outlook 16.0")],
     body=T("""Sehr geehrte Damen und Herren,

mein Mann und ich sind seit Februar geschieden. Die Hausratversicherung
FL-HR-28811094 läuft auf uns beide (Claudia und Thomas Reißmann). Mein Ex-Mann
ist bereits im Oktober ausgezogen und hat eine eigene Versicherung.

Bitte
- Herrn Thomas Reißmann als Versicherungsnehmer streichen,
- die Anschrift auf meine neue Wohnung ändern: Georg-Schumann-Straße 187,
  04159 Leipzig (seit 01.04.2026, 58 m²),
- den Beitrag künftig von meinem eigenen Konto abbuchen:
  DE26 5953 9923 1472 5364 88, Kontoinhaberin Claudia Reißmann.

Die alte gemeinsame Wohnung in der Menckestraße wurde aufgegeben.

Mit freundlichen Grüßen
Claudia Reißmann
""", cs="windows-1252", cte="quoted-printable"))

mail("sterbegeld-mutter-krebs", "STRICTLY_CONFIDENTIAL", "de", "relative-to-insurer",
     "son reports his mother's death after long cancer illness and claims her funeral-expense life insurance",
     frm="Jens Kaltofen <jens.kaltofen@mailbox.example>",
     to="leben@fjordlicht.example",
     subject="Sterbefall Ingeborg Kaltofen – Sterbegeldversicherung",
     date="2026-01-27 12:05",
     body=MIX(T("""Sehr geehrte Damen und Herren,

meine Mutter, Frau Ingeborg Kaltofen, geboren am 14.09.1939, ist am
21.01.2026 im Hospiz Villa Auguste in Leipzig verstorben. Sie war seit drei
Jahren an Darmkrebs erkrankt, zuletzt mit Metastasen in der Leber.

Sie hatte bei Ihnen eine Sterbegeldversicherung (FL-LV-79011562,
Versicherungssumme 6.000 €). Ich bin als Bezugsberechtigter eingetragen.
Anbei die Sterbeurkunde als Scan. Die Todesbescheinigung hat das Hospiz,
brauchen Sie die auch?

Bitte überweisen Sie die Summe auf mein Konto:
DE68 5682 4022 4864 8734 69, Jens Kaltofen

Die Beerdigung ist am 06.02. Die Rechnung des Bestatters (Pietät Heine)
kann ich nachreichen.

Mit freundlichen Grüßen
Jens Kaltofen
Am Bildersaal 5, 04299 Leipzig
"""),
              PDF("Sterbeurkunde_Kaltofen.pdf", "Sterbeurkunde (Abschrift)",
                  ["Standesamt Leipzig · Register-Nr. S 0412/2026",
                   "",
                   "Ingeborg Kaltofen geb. Mehnert",
                   "geboren am 14.09.1939 in Wurzen",
                   "zuletzt wohnhaft: Leipzig",
                   "ist am 21.01.2026 um 04:50 Uhr in Leipzig verstorben.",
                   "",
                   "Familienstand: verwitwet",
                   "",
                   "Leipzig, 23.01.2026 · Der Standesbeamte"],
                  author="Standesamt")))

mail("tod-vater-kfz-umschreiben", "CONFIDENTIAL", "de", "relative-to-insurer",
     "son reports his father's death (no cause) and asks to transfer motor and buildings policies; heirs, address, plate",
     frm="Robert Haferkorn <robert.haferkorn@mailbox.example>",
     to="service@fjordlicht.example",
     subject="Verträge meines verstorbenen Vaters Manfred Haferkorn",
     date="2026-03-13 17:33",
     body=T("""Guten Tag,

mein Vater, Manfred Haferkorn, ist am 02.03.2026 verstorben. Ich bin
zusammen mit meiner Schwester Petra Haferkorn-Lutz Erbe (Erbschein
beantragt, Testament liegt vor).

Bei Ihnen bestehen zwei Verträge:
1. Kfz-Versicherung FL-KF-19702245, VW Passat, L-MH 1944. Das Auto möchte
   ich übernehmen. Kann der Vertrag auf mich übergehen? Ich selbst habe SF 8
   bei einem anderen Versicherer.
2. Wohngebäudeversicherung FL-WG-50110337 für das Haus in der
   Stötteritzer Landstraße 40, 04299 Leipzig. Das Haus steht jetzt leer und
   soll verkauft werden. Was müssen wir beachten? Heizung ist auf
   Frostschutz.

Meine Anschrift: Robert Haferkorn, Friedrich-Ebert-Straße 12, 04416 Markkleeberg.
Telefon 0176 2281 4406.

Vielen Dank
Robert Haferkorn
"""))

mail("travel-cancel-father-stroke-en", "STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
     "travel cancellation claim: trip cancelled because the customer's father died of a stroke in Ireland; cause of death",
     frm="Aoife Brennan <aoife.brennan@mailbox.example>",
     to="hello@fjordlicht.example",
     subject="Travel cancellation claim – death in the family",
     date="2026-06-08 10:20",
     body=T("""Hello,

I need to make a claim on my travel cancellation insurance (policy
FL-RS-44118209).

We had booked a two-week trip to Crete for 12-26 June (booking with
SonnenReisen, booking number SR-7741902, EUR 2,980 for two persons: me and
my partner Niklas Weber). On 2 June my father, Declan Brennan, suffered a
severe stroke at home in Galway and died in University Hospital Galway on
5 June. The funeral was on 9 June, so of course we had to cancel.

The tour operator charged 50 % cancellation fees (EUR 1,490). I can send:
- the cancellation invoice,
- the death certificate (Irish, in English),
- a letter from the hospital about the cause of death, if you need it.

My IBAN: DE45 2176 2038 0083 6053 55 (Aoife Brennan)

Thank you,
Aoife Brennan
"""))

mail("marriage-name-change-en", "CONFIDENTIAL", "en", "customer-to-insurer",
     "after the wedding: name change, spouse added to contents and bike cover, joint IBAN",
     frm="Emily Carter-Nowak <emily.carter@mailbox.example>",
     to="hello@fjordlicht.example",
     subject="We got married – name change + add my husband",
     date="2026-07-06 20:11",
     body=T("""Hi there,

Paweł and I got married on 27 June (finally!). Could you please update my
contracts:

- my name is now Emily Carter-Nowak (before: Emily Carter), marriage
  certificate attached in the app;
- please add Paweł Nowak (born 1989-04-17) to my contents insurance
  FL-HR-36001477 and the bike cover FL-FR-33410029 - he moved into my flat
  in Südvorstadt, Kurt-Eisner-Straße 21, 04275 Leipzig, already in May;
- from August please debit our joint account:
  PL62 1090 1056 0000 0001 4382 7716 (holders Emily Carter-Nowak and Paweł
  Nowak) - it's a Polish bank, I hope SEPA is ok?

Thanks a lot!
Emily
"""))

mail("newborn-nicu-expat-en", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "insurer confirms cover for a named expat couple's premature newborn (34 weeks, 12 days NICU, breathing support)",
     frm="Mira Castellanos <hello@fjordlicht.example>",
     to="Rahul Nair <rahul.nair@mailbox.example>",
     cc="Deepa Nair <deepa.nair@mailbox.example>",
     subject="Re: Our son was born early – is he covered?",
     date="2026-08-14 12:10",
     irt="<CAJ-rahul-0813@mailbox.example>",
     body=T("""Dear Rahul, dear Deepa,

congratulations on the birth of Arjun - and I'm glad to read he's doing
better.

Yes, he is covered. Because you registered him within two months of the
birth, Arjun is insured in the Expat Health Premium plan from the day he was
born (8 August 2026), without health questions and without waiting periods
- including the premature birth.

That means the hospital bill from the neonatal intensive care unit at the
Universitätsklinikum (12 days, incubator, CPAP breathing support, the
treatment of the jaundice) goes directly to us. The hospital has already
asked us for a cost guarantee, which we sent today.

New policy number for Arjun: FL-KV-70102287. Premium from September:
EUR 96.40 per month, debited together with yours.

For the follow-up checks (U-Untersuchungen) and the physiotherapy the
paediatrician recommended, just upload the invoices in the app.

All the best to the three of you,
Mira Castellanos
International Desk

""" + FOOT_EN_KV + """

> On 13 Aug 2026 Rahul Nair wrote:
> Our son Arjun was born on 8 August at 34 weeks, much earlier than
> planned. He is in the NICU at the Uniklinik with breathing support and
> jaundice, probably for two weeks. Is he covered already? Deepa is
> insured with you in the expat plan.
"""))

mail("moving-own-flat-en", "CONFIDENTIAL", "en", "insurer-to-customer",
     "offer for contents insurance for a named customer's new flat: address, floor, bike in the basement",
     frm="Owen Prendergast <hello@fjordlicht.example>",
     to="Yuki Tanabe <yuki.tanabe@inbox-jp.example>",
     subject="Your contents insurance for the new flat",
     date="2026-05-28 14:44",
     irt="<yt-0527-2@inbox-jp.example>",
     body=T("""Hi Yuki,

congratulations on your first own flat! Based on what you told me, here is
your offer:

  Address:      Zschochersche Straße 67, 2nd floor, 04229 Leipzig
  Size:         46 m2
  Sum insured:  EUR 29,900 (650 per m2)
  Bike:         Canyon road bike, EUR 2,400, stored in a locked basement
                room - covered against burglary; against simple theft
                outside only with "Bike Plus"
  Premium:      EUR 5.12 per month (with Bike Plus EUR 8.32)
  Start:        1 June 2026

Your liability policy FL-PH-38102553 simply moves with you - I've already
changed the address there.

To accept, tap "Accept offer" in the app. No signature needed.

""" + SIG["prendergast"] + "\n", cte="7bit"))

mail("sorgerecht-rechtsschutz-sucht", "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
     "legal-expenses request in a custody dispute naming the ex-partner's alcohol addiction and the customer's own therapy",
     frm="Melanie Tkachenko <melanie.tkachenko@webpost.example>",
     to="rechtsschutz@fjordlicht.example",
     subject="Deckungsanfrage Sorgerechtsverfahren – FL-RE-40099871",
     date="2026-06-25 21:47",
     body=T("""Sehr geehrte Damen und Herren,

ich bitte um Deckungszusage für ein Verfahren vor dem Familiengericht
Leipzig. Meine Rechtsanwältin ist Frau Dr. Kerstin Oelschlägel.

Mein früherer Lebensgefährte, Herr Andrej Sokolov, will das gemeinsame
Sorgerecht für unsere Tochter Sofia (6) und ein erweitertes Umgangsrecht
mit Übernachtungen. Ich halte das für gefährlich: Er ist alkoholabhängig,
hat nach zwei Entgiftungen im Park-Krankenhaus wieder angefangen zu
trinken und ist im Januar alkoholisiert zur Übergabe gekommen. Das
Jugendamt ist eingeschaltet.

Ich selbst bin wegen der Belastung seit Herbst in psychotherapeutischer
Behandlung (Angststörung), das wird im Verfahren vermutlich auch Thema
werden, weil seine Anwältin das schon angedeutet hat.

Ist so ein Verfahren über meinen Rechtsschutz (Familien-Rechtsschutz,
Beratung) abgedeckt oder nur die Erstberatung?

Mit freundlichen Grüßen
Melanie Tkachenko
"""))

mail("blog-lebensereignisse", "NORMAL", "de", "newsletter",
     "trap: customer magazine on life events (marriage, birth, divorce, death, moving) with generic advice and example figures",
     frm="Fjordlicht Magazin <magazin@news.fjordlicht.example>",
     to="magazin-abo@lists.fjordlicht.example",
     subject="Heirat, Baby, Umzug, Trennung: Was Sie jetzt an Ihren Versicherungen ändern sollten",
     date="2026-04-04 08:00",
     hdrs=[("Precedence", "bulk"), ("List-Unsubscribe", "<https://news.fjordlicht.example/u?l=magazin>")],
     body=ALT(T("""Fjordlicht Magazin · April 2026

LEBEN ÄNDERT SICH – IHRE VERSICHERUNGEN AUCH

Heirat
Zwei Haftpflichtverträge? Einer reicht. Der jüngere Vertrag kann meist zum
Ablauf gekündigt werden. Bei Kfz lohnt die Zweitwagenregelung.

Geburt
Neugeborene können ohne Gesundheitsprüfung in die private
Krankenversicherung eines Elternteils aufgenommen werden, wenn Sie das
Kind innerhalb von zwei Monaten anmelden. In der Familienhaftpflicht ist
das Baby automatisch mitversichert – melden Sie es trotzdem.

Umzug
Hausrat zieht mit. Neue Wohnfläche und Adresse innerhalb eines Monats
mitteilen, sonst droht Unterversicherung.

Trennung und Scheidung
Bezugsrecht in der Lebens- oder Risikolebensversicherung prüfen! Ohne
Änderung bekommt im Todesfall oft noch der Ex-Partner das Geld.

Todesfall in der Familie
Sterbegeld, Kfz, Wohngebäude: Wir haben eine Checkliste für Angehörige
zusammengestellt – mit Vollmachtsvorlage und Fristen.

Beispielrechnung: Familie mit zwei Kindern, 90 m², zwei Autos – nach
Anpassung aller Verträge 212 € im Jahr gespart.

Fjordlicht Direkt Versicherung AG · Amtsgericht Leipzig HRB 39017
Abmelden: https://news.fjordlicht.example/u?l=magazin
"""),
        H("""<html><body style="font-family:Georgia,serif;max-width:640px">
<p style="color:#00786e">Fjordlicht Magazin &middot; April 2026</p>
<h1>Leben ändert sich &ndash; Ihre Versicherungen auch</h1>
<h3>Heirat</h3><p>Zwei Haftpflichtverträge? Einer reicht. Bei Kfz lohnt die Zweitwagenregelung.</p>
<h3>Geburt</h3><p>Neugeborene ohne Gesundheitsprüfung in die PKV eines Elternteils &ndash; Anmeldung innerhalb von zwei Monaten.</p>
<h3>Umzug</h3><p>Hausrat zieht mit. Neue Wohnfläche innerhalb eines Monats mitteilen.</p>
<h3>Trennung und Scheidung</h3><p>Bezugsrecht in der Lebensversicherung prüfen!</p>
<h3>Todesfall in der Familie</h3><p>Checkliste für Angehörige mit Vollmachtsvorlage und Fristen.</p>
<p style="font-size:11px">Fjordlicht Direkt Versicherung AG &middot; HRB 39017 &middot; <a href="https://news.fjordlicht.example/u?l=magazin">Abmelden</a></p>
</body></html>
""", cte="base64")))

# ---------------------------------------------------------------- family members writing for each other

mail("tochter-pflegetagegeld-vater", "STRICTLY_CONFIDENTIAL", "de", "relative-to-insurer",
     "daughter claims long-term care allowance for her father after a stroke (care grade 3); power of attorney PDF attached",
     frm="Katja Oberländer-Seidel <k.oberlaender-seidel@webpost.example>",
     to="leistung-kranken@fjordlicht.example",
     subject="Pflegetagegeld für meinen Vater Friedrich Oberländer",
     date="2026-03-09 08:47",
     body=MIX(T("""Sehr geehrte Damen und Herren,

ich schreibe für meinen Vater, Herrn Friedrich Oberländer (geb. 11.08.1941,
Pflegetagegeldversicherung FL-KV-60021187). Eine Vorsorgevollmacht hängt
an.

Mein Vater hatte am 28.12.2025 einen Schlaganfall (linksseitige Lähmung,
Sprachstörung, die sich zum Glück schon gebessert hat). Nach Krankenhaus und Reha in Bad Düben ist er seit
Mitte Februar wieder zu Hause in der Kurt-Eisner-Straße 50. Der
Medizinische Dienst war am 24.02. da, seit 01.03. hat er Pflegegrad 3.
Den Bescheid der Pflegekasse lade ich noch im Portal hoch.

Er wird von mir und einem Pflegedienst (Diakonie Süd, 2x täglich) versorgt.
Welche Unterlagen brauchen Sie noch, damit das Pflegetagegeld gezahlt wird?
Bitte schreiben Sie mir direkt, mein Vater kann zurzeit keine Post
bearbeiten.

Das Auto hat er übrigens an meinen Sohn gegeben, da hatte er ja schon
angerufen.

Mit freundlichen Grüßen
Katja Oberländer-Seidel
"""),
              PDF("Vorsorgevollmacht_Oberlaender.pdf", "Vorsorgevollmacht (Auszug)",
                  ["Ich, Friedrich Oberländer, geb. 11.08.1941, wohnhaft Kurt-Eisner-Straße 50, 04275 Leipzig,",
                   "erteile hiermit meiner Tochter",
                   "Katja Oberländer-Seidel, geb. 02.05.1968, wohnhaft Kochstraße 7, 04275 Leipzig,",
                   "Vollmacht, mich in allen Angelegenheiten der Gesundheitssorge, der Pflege und",
                   "der Vermögenssorge zu vertreten, insbesondere gegenüber Versicherungen,",
                   "Ärzten, Krankenhäusern, Pflegeeinrichtungen und Behörden.",
                   "Die Bevollmächtigte ist von der ärztlichen Schweigepflicht entbunden.",
                   "",
                   "Leipzig, 14.06.2019 · beglaubigt durch die Betreuungsbehörde Leipzig"],
                  author="Oberlaender")))

mail("sohn-bankverbindung-mutter", "CONFIDENTIAL", "de", "relative-to-insurer",
     "son changes the bank account of his mother's buildings insurance under power of attorney: names, policy, IBAN, address",
     frm="Marco Fiebig <marco.fiebig@mailbox.example>",
     to="service@fjordlicht.example",
     subject="Bankverbindung Wohngebäude Hannelore Fiebig",
     date="2026-02-06 12:38",
     body=T("""Hallo,

ich kümmere mich um die Finanzen meiner Mutter, Hannelore Fiebig,
Wohngebäudeversicherung FL-WG-50087713 für das Haus Seestraße 4 in
04463 Großpösna. Die Vollmacht habe ich Ihnen schon im Januar geschickt.

Ihr altes Konto bei der Volksbank wird aufgelöst. Bitte ab sofort von ihrem
neuen Konto abbuchen:
DE02 8323 8525 8938 4821 24, Kontoinhaberin Hannelore Fiebig

Post bitte weiterhin an ihre Adresse, Kopie gern an mich per Mail.

Danke und Gruß
Marco Fiebig
"""))

mail("wife-husband-dengue-thailand-en", "STRICTLY_CONFIDENTIAL", "en", "relative-to-insurer",
     "wife writes for her husband hospitalised with dengue fever in Thailand, travel health policy, platelet count",
     frm="Hannah Whitfield <hannah.w@mailbox.example>",
     to="hello@fjordlicht.example",
     subject="URGENT – my husband in hospital in Chiang Mai",
     date="2026-02-14 04:12",
     hdrs=[("Importance", "high"), ("X-Priority", "1")],
     body=T("""Hello,

my husband James Whitfield (travel health policy FL-RS-44077120, we are both
insured) has been admitted to Chiang Mai Ram Hospital tonight. Diagnosis is
dengue fever, his platelets are very low (38,000) and they want to keep him
for at least 4-5 days. He's too weak to write himself.

The hospital wants a deposit of 60,000 THB or a guarantee of payment from
the insurer. Can you send them a guarantee? Their contact:
international.desk@ramhospital-cm.example, fax +66 53 920 300.

Our flight home is on 19 February - I guess we need to change it. Is that
covered?

Please call me on +44 7911 203 448 (WhatsApp is fine too).

Hannah Whitfield
"""))

mail("angehoerige-vollmacht-generisch", "NORMAL", "de", "insurer-to-relative",
     "trap: reply to a relative explaining powers of attorney and medical confidentiality without confirming any contract or naming the person",
     frm="Jana Wilkening <service@fjordlicht.example>",
     to="b.hoffmeister@freemail.example",
     subject="Ihre Anfrage zu Verträgen eines Angehörigen",
     date="2026-05-05 15:20",
     body=T("""Guten Tag,

vielen Dank für Ihre Nachricht. Wir verstehen, dass Sie Ihrer Angehörigen
helfen möchten.

Bitte haben Sie Verständnis: Ob und welche Verträge eine Person bei uns
hat, dürfen wir aus Datenschutzgründen nur der Person selbst oder einer
bevollmächtigten Person mitteilen. Bei Kranken-, Pflege-, Lebens- und
Unfallversicherungen gilt zusätzlich die Schweigepflicht nach § 203 StGB –
hier brauchen wir eine Vollmacht, die ausdrücklich Gesundheitsangelegenheiten
umfasst, oder eine Schweigepflichtentbindung.

So geht es am schnellsten:
1. Vorsorgevollmacht, Betreuerausweis oder unsere Vollmachtsvorlage
   (www.fjordlicht.example/vollmacht) im Portal hochladen oder per Post
   senden.
2. Bei Todesfällen: Sterbeurkunde und, wenn vorhanden, Erbschein oder
   Testament.
3. Wir melden uns innerhalb von zwei Arbeitstagen.

Bitte schicken Sie uns keine Arztberichte oder Diagnosen per normaler
E-Mail – nutzen Sie dafür das Portal.

""" + SIG["wilkening"] + "\n\n" + FOOT_DIREKT + "\n"))

mail("mother-son-laptop-liability-en", "CONFIDENTIAL", "en", "relative-to-insurer",
     "mother reports her adult son's liability claim (flatmate's laptop), policy, address, flatmate's name",
     frm="Margaret Doyle <margaret.doyle@eir-mail.example>",
     to="hello@fjordlicht.example",
     subject="Liability claim for my son Conor Doyle",
     date="2026-01-31 17:05",
     body=T("""Dear Sir/Madam,

I'm writing on behalf of my son Conor Doyle, who is studying in Leipzig and
has a liability insurance with you (FL-PH-30990417). His German isn't great
yet and he asked me to sort this out - he's in cc... actually he isn't, I'll
forward him your reply.

On 27 January Conor knocked a cup of tea over his flatmate's laptop (a
MacBook Air, bought 2024). The flatmate, Jonas Riedel, has had it checked
in a repair shop: logic board damaged, repair EUR 780, or replacement.

Conor's address: Wundtstraße 5, room 12-03, 04275 Leipzig.
Jonas Riedel: same address, room 12-04.

Is this covered? Does Jonas need to send you the repair quote himself?

Kind regards,
Margaret Doyle (Cork, Ireland)
"""))

mail("ehemann-krankenhaustagegeld-geburt", "STRICTLY_CONFIDENTIAL", "de", "relative-to-insurer",
     "husband claims hospital daily allowance for his wife after childbirth, 5 days, episiotomy complication",
     frm="Sebastian Förster <sebastian.foerster@t-net.example>",
     to="leistung-kranken@fjordlicht.example",
     subject="Krankenhaustagegeld für meine Frau – FL-KV-63302719",
     date="2026-07-01 21:30",
     body=T("""Guten Abend,

ich schreibe für meine Frau Lisa Förster, die nach der Geburt unseres
Sohnes gerade keine Zeit für Papierkram hat :-)

Lisa war vom 22.06. bis 27.06.2026 im Klinikum St. Georg. Die Geburt war am
22.06., danach musste sie wegen einer Blutung und einer entzündeten
Dammnaht zwei Tage länger bleiben. Sie hat bei Ihnen das
Krankenhaustagegeld (50 € pro Tag, Vertrag FL-KV-63302719).

Die Aufenthaltsbescheinigung vom Krankenhaus lade ich in der App hoch, aber
die App sagt, nur die versicherte Person darf hochladen. Kann ich es auch
einfach per Mail schicken? Lisa ist einverstanden.

Überweisung bitte auf ihr Konto wie immer.

Viele Grüße
Sebastian Förster
"""))

mail("son-father-dentures-en", "STRICTLY_CONFIDENTIAL", "en", "relative-to-insurer",
     "son writes for his father with little German about a full upper denture and dental plan refund",
     frm="Mehmet Yıldız <mehmet.yildiz@mailbox.example>",
     to="hello@fjordlicht.example",
     subject="Dental plan of my father Hüseyin Yıldız – denture",
     date="2026-04-21 12:12",
     body=T("""Hello,

I am writing for my father, Hüseyin Yıldız (born 1953, dental plan
FL-ZZ-44030851). He speaks only a little German and no English, so I help
him with everything. He is next to me and agrees.

His dentist, Dr. Anja Lehmkuhl, will remove the last four teeth in the upper
jaw (periodontitis, they are loose) and make a full denture
(Totalprothese). The cost plan says EUR 2,140, the statutory fund pays the
fixed subsidy of EUR 1,012.

1. How much will you pay?
2. Do we need to send the cost plan before the treatment?
3. He also needs a new partial denture in the lower jaw next year - is
   there a limit per year?

Thank you very much,
Mehmet Yıldız
"""))

# ---------------------------------------------------------------- service replies with quoted history

mail("hkp-bruecke-zusage", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "approval of a dental cost plan (bridge 14-16) for a named customer with amounts, quoted request",
     frm="Henning Raabe <leistung-kranken@fjordlicht.example>",
     to="Petra Schindler <petra.schindler@webpost.example>",
     subject="AW: Heil- und Kostenplan Brücke – bitte prüfen",
     date="2026-02-18 11:02",
     irt="<b0a1e2-schindler-0216@webpost.example>",
     body=T("""Sehr geehrte Frau Schindler,

wir haben den Heil- und Kostenplan Ihrer Zahnärztin Dr. Kempe vom
10.02.2026 geprüft:

  Versorgung:           Brücke 14–16 (Zahn 15 fehlt), vollkeramisch
  Geplante Kosten:      2.460,00 €
  Festzuschuss GKV:     ca. 814,00 € (mit Bonusheft 70 %)
  Unsere Leistung:      90 % der Gesamtkosten abzüglich GKV-Anteil,
                        höchstens die tarifliche Grenze im 2. Jahr (1.500 €)
  Zusage:               1.400,00 €

Nach der Behandlung reichen Sie bitte die Rechnung und den Bescheid Ihrer
Krankenkasse über die App ein.

""" + SIG["raabe"] + "\n\n" + FOOT_KRANKEN + """

-----Ursprüngliche Nachricht-----
Von: Petra Schindler <petra.schindler@webpost.example>
Gesendet: Montag, 16. Februar 2026 20:05
An: leistung-kranken@fjordlicht.example
Betreff: Heil- und Kostenplan Brücke – bitte prüfen

Hallo, anbei (bzw. in der App) der HKP für meine Brücke. Der Zahn 15 musste
im Januar gezogen werden, weil er längs gebrochen war. Wie viel zahlen Sie?
Vertrag FL-ZZ-44150930. Gruß P. Schindler
"""))

mail("glasbruch-ceranfeld", "CONFIDENTIAL", "de", "insurer-to-customer",
     "glass claim for a broken ceramic hob: named customer, claim and policy number, payout, quoted report",
     frm="Sophie Brandhorst <schaden@fjordlicht.example>",
     to="Uwe Kretzschmar <uwe.kretzschmar@freemail.example>",
     subject="AW: Ceranfeld gesprungen – SCH-2026-022940",
     date="2026-01-28 10:20",
     irt="<3317-kretzschmar@freemail.example>",
     body=T("""Hallo Herr Kretzschmar,

danke für die Fotos – der Sprung im Ceranfeld ist gut zu erkennen. Ihre
Glasversicherung (Baustein zu FL-HR-30044716) übernimmt den Austausch der
Glaskeramikplatte inklusive Einbau:

  Kostenvoranschlag Elektro Richter:  389,00 €
  Selbstbeteiligung:                    0,00 €
  Zahlung:                            389,00 €

Sie können den Auftrag erteilen. Die Rechnung schicken Sie uns bitte über
die App; wir zahlen direkt an Sie.

""" + SIG["brandhorst"] + """

Am 27.01.2026 um 18:51 schrieb Uwe Kretzschmar:
> Guten Tag, mir ist gestern ein Topfdeckel aufs Ceranfeld gefallen, jetzt
> geht ein Sprung quer durch. Küche Zeitzer Straße 31, Leipzig. Fotos
> anbei. Ist das über die Glasversicherung drin?
> U. Kretzschmar
"""))

mail("intern-erledigt-adresse", "CONFIDENTIAL", "de", "internal",
     "internal one-liner 'Erledigt'; below, the quoted customer mail gives a new address, policy number and birth date",
     hide="only in quoted text below a one-liner",
     frm="Emre Aksoy <emre.aksoy@fjordlicht.example>",
     to="Jana Wilkening <jana.wilkening@fjordlicht.example>",
     subject="AW: WG: Adressänderung Bestand – bitte übernehmen",
     date="2026-02-11 16:44",
     irt="<jw-0211-fwd@fjordlicht.example>",
     body=T("""Erledigt, danke!

Emre

-----Ursprüngliche Nachricht-----
Von: Jana Wilkening
Gesendet: Mittwoch, 11. Februar 2026 09:12
An: Emre Aksoy
Betreff: WG: Adressänderung Bestand – bitte übernehmen

Kannst du das bitte machen? Ich bin heute im Chat.

-----Ursprüngliche Nachricht-----
Von: Gisela Pohl <gisela.pohl@t-net.example>
Gesendet: Dienstag, 10. Februar 2026 17:30
An: service@fjordlicht.example
Betreff: Adressänderung

Sehr geehrte Damen und Herren,
ich bin umgezogen, ab 01.02.2026 wohne ich in der
Antonienstraße 45, Wohnung 2.14, 04229 Leipzig.
Bitte ändern Sie die Adresse für meine Hausrat FL-HR-27710392 und die
Haftpflicht. Zur Sicherheit: Ich bin am 30.05.1944 geboren.
Mit freundlichen Grüßen
Gisela Pohl
"""))

mail("intern-physio-weiterleitung", "STRICTLY_CONFIDENTIAL", "de", "internal",
     "internal forward 'Siehe unten, bitte prüfen' above a customer's message about physiotherapy after a slipped disc",
     hide="inline forward below a one-liner",
     frm="Jana Wilkening <jana.wilkening@fjordlicht.example>",
     to="leistung-kranken@fjordlicht.example",
     subject="WG: Physio-Rezept abgelehnt??",
     date="2026-03-19 10:03",
     body=T("""Siehe unten, bitte prüfen. Kundin ist ziemlich verärgert.

Jana

---------- Weitergeleitete Nachricht ----------
Von: Doreen Kluge <doreen.kluge@webpost.example>
Datum: 18.03.2026 21:40
Betreff: Physio-Rezept abgelehnt??
An: service@fjordlicht.example

Hallo,
ich verstehe das nicht. Nach meinem Bandscheibenvorfall (L5/S1, MRT vom
Januar) hat mir mein Orthopäde Dr. Grünert 2x 6 Krankengymnastik am Gerät
verschrieben. Die ersten 6 haben Sie bezahlt, die zweiten 6 abgelehnt, weil
„Höchstsatz überschritten". Ich habe doch den Tarif mit 100 % Heilmittel!
Ich kann immer noch nicht länger als 20 Minuten sitzen.
Vertrag FL-KV-61900244
Doreen Kluge
"""))

mail("hundehaftpflicht-rasse-frage", "NORMAL", "de", "insurer-to-prospect",
     "generic tariff answer on dog liability for listed breeds; the quoted prospect question names no contract or personal data",
     frm="Jana Wilkening <service@fjordlicht.example>",
     to="hundefreund.leipzig@freemail.example",
     subject="AW: Hundehaftpflicht für Staffordshire-Mix?",
     date="2026-06-11 13:10",
     irt="<hf-0610@freemail.example>",
     body=T("""Guten Tag,

danke für Ihre Anfrage. Ja, wir versichern auch Hunde, die in Sachsen als
gefährlich gelten oder auf einer Rasseliste stehen – mit einem Zuschlag von
50 % auf den Grundbeitrag. Voraussetzung ist der Wesenstest bzw. die
Erlaubnis der Ordnungsbehörde.

Für Mischlinge zählt die überwiegend erkennbare Rasse laut Tierarzt oder
Tierheim.

Beispielbeiträge Hundehaftpflicht (3 Mio. € Deckung, 150 € SB):
  Mischling bis 20 cm Schulterhöhe    4,90 € / Monat
  Mischling über 20 cm                6,50 € / Monat
  Listenhund                          9,75 € / Monat

Ein Angebot bekommen Sie in zwei Minuten online:
www.fjordlicht.example/hund

""" + SIG["wilkening"] + """

-----Ursprüngliche Nachricht-----
Von: hundefreund.leipzig@freemail.example
Gesendet: Mittwoch, 10. Juni 2026 22:14
Betreff: Hundehaftpflicht für Staffordshire-Mix?

Hallo, versichert ihr auch Staffordshire-Mischlinge? Wir wollen evtl. einen
aus dem Tierheim holen. Was kostet das ungefähr?
"""))

mail("bike-theft-invoice-en", "CONFIDENTIAL", "en", "insurer-to-customer",
     "bike theft claim: insurer asks a named customer for the purchase invoice; claim number, frame number, address",
     frm="Sophie Brandhorst <schaden@fjordlicht.example>",
     to="Priya Raghunathan <priya.r@uni-leipzig-mail.example>",
     subject="Your bike claim SCH-2026-052208 – one document missing",
     date="2026-04-24 09:35",
     irt="<priya-0423-bike@uni-leipzig-mail.example>",
     body=T("""Dear Ms Raghunathan,

thank you for reporting the theft of your bicycle (Cube Kathmandu, frame
number WCU4412870K) from the bike rack in front of Johannisgasse 26,
04103 Leipzig, on 21 April.

To settle the claim under your contents insurance (FL-HR-36802255) we still
need the purchase invoice or another proof of ownership and of the price
(e.g. bank statement, photo with the frame number). The police report
number you gave us (LE-1407-26-041233) is fine.

You can upload the invoice in the app under Claims > SCH-2026-052208.

Kind regards
Sophie Brandhorst
Claims Service Property & Liability
Fjordlicht Direkt Versicherung AG

> On 23 Apr 2026, Priya Raghunathan wrote:
> My bike was stolen in front of my institute, the lock was cut. I
> reported it to the police. What do you need from me?
"""))

mail("glasses-refund-en", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "refund for progressive glasses of a named customer with prescription values (-4.25 / -3.75 dpt)",
     frm="Mira Castellanos <hello@fjordlicht.example>",
     to="Ingrid Solberg <ingrid.solberg@nordpost.example>",
     subject="Re: Refund for new glasses",
     date="2026-03-05 10:52",
     irt="<5d0a2b1e-ingrid-0303@nordpost.example>",
     body=T("""Hi Ingrid,

your invoice from Optik Brillenhaus Südplatz is settled:

  Progressive lenses, both eyes   EUR 690.00
  Frame                           EUR 189.00
  Total                           EUR 879.00
  Refund (plan limit, every 2 years)  EUR 250.00

The prescription on the invoice (right -4.25 dpt, left -3.75 dpt,
addition +1.50) is more than 0.5 dpt different from your last glasses in
2023, so the two-year rule doesn't apply here - we would have paid even
earlier.

The money will be in your account by Monday.

""" + SIG["castellanos"] + "\n\n" + FOOT_EN_KV + """

> On 3 Mar 2026 Ingrid Solberg wrote:
> Hi, I needed new glasses, now progressive ones (getting old...). Invoice
> is uploaded. My health plan is FL-KV-70040115. Thanks!
"""))

# ---------------------------------------------------------------- lines of business, part 1

mail("kfz-wildunfall-fotos", "CONFIDENTIAL", "de", "customer-to-insurer",
     "deer collision report by a named customer with plate, place, hunter's confirmation and photos; nobody hurt",
     frm="Anke Rödel <anke.roedel@freemail.example>",
     to="schaden@fjordlicht.example",
     subject="Wildunfall heute früh – Fotos",
     date="2026-10-21 07:58",
     hdrs=[("X-Mailer", "iPhone Mail (22A3354)")],
     body=MIX(T("""Guten Morgen,

ich hatte heute um 6:20 Uhr auf der B2 zwischen Espenhain und Rötha einen
Wildunfall mit einem Reh. Mir ist nichts passiert, das Reh ist tot. Der
Jagdpächter (Herr Gebhardt) war da und hat mir die Wildunfallbescheinigung
ausgestellt.

Auto: Opel Astra, L-AR 5520, Teilkasko bei Ihnen (FL-KF-20611934).
Kühlergrill, Scheinwerfer rechts und Motorhaube sind kaputt, fahren geht
noch. Fotos anbei.

In welche Werkstatt soll ich fahren?

Anke Rödel
Lindenstraße 7, 04571 Rötha
0172 5590 1146
"""),
              IMG("IMG_4471.jpg", "car", 4471),
              IMG("IMG_4472.jpg", "car", 4472),
              IMG("Wildunfallbescheinigung.jpg", "screenshot", 4473)))

mail("kfz-auffahrunfall-hws", "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
     "motor liability report: the other driver complained of neck pain, whiplash diagnosed at the hospital - third-party injury",
     hide="health data in a motor claim",
     frm="Christian Heyne <christian.heyne@mailbox.example>",
     to="schaden@fjordlicht.example",
     subject="Unfallmeldung – ich bin aufgefahren",
     date="2026-02-02 19:15",
     body=T("""Hallo,

ich muss leider einen Unfall melden, Schuld bin ich.

Wann: 02.02.2026, ca. 17:40 Uhr
Wo: Leipzig, Prager Straße / Ecke Russenstraße, stadtauswärts
Mein Auto: BMW 118i, L-CH 818, Vertrag FL-KF-21003315
Anderes Auto: Renault Clio, L-NM 2247, Fahrerin Nadine Matthes

Die Ampel war grün, der Clio hat plötzlich gebremst, ich bin hinten drauf,
ca. 20 km/h. Die Polizei war da (Vorgangsnummer 0511-26-02-0874).

Frau Matthes klagte sofort über Nackenschmerzen und Schwindel. Sie wurde
vom Rettungswagen ins Klinikum St. Georg gebracht, ihr Mann hat mich später
angerufen: HWS-Distorsion (Schleudertrauma), Halskrause, sie ist eine Woche
krankgeschrieben. Sie ist schwanger (5. Monat), deshalb wurde auch das Baby
untersucht, zum Glück alles in Ordnung.

Ihr Mann will jetzt Schmerzensgeld. Was soll ich tun?

Christian Heyne
"""))

mail("escooter-kennzeichen-2026", "CONFIDENTIAL", "de", "insurer-to-customer",
     "insurance plate for a named customer's e-scooter sent to his home address; policy and plate number",
     frm="Fjordlicht Kundenservice <service@fjordlicht.example>",
     to="Leon Hubrich <leon.hubrich@studmail.example>",
     subject="Dein Versicherungskennzeichen für den E-Scooter ist unterwegs",
     date="2026-02-27 13:00",
     body=T("""Hallo Leon,

dein neues Versicherungskennzeichen für das Verkehrsjahr 2026/27 ist heute
per Post an dich rausgegangen:

  Vertrag:        FL-EK-90331872
  Fahrzeug:       Xiaomi Electric Scooter 4 Pro, FIN XM4P2402177301
  Kennzeichen:    512 KTV (grün, gültig ab 01.03.2026)
  Versandadresse: Leon Hubrich, Bernhard-Göring-Straße 152, 04277 Leipzig

Ab 1. März fährst du bitte nur noch mit dem grünen Kennzeichen. Das alte
blaue Kennzeichen kannst du entsorgen.

Beitrag 2026/27: 38,00 € – bereits bezahlt.

Gute Fahrt!
Dein Fjordlicht-Team
""", cte="8bit"))

mail("liability-guest-ankle-en", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "liability claim letter: party guest slipped on the customer's stairs, broken ankle operated, sick leave - third-party health",
     hide="health data of a third party in a liability claim",
     frm="Sophie Brandhorst <schaden@fjordlicht.example>",
     to="Liam O'Connor <liam.oconnor@mailbox.example>",
     subject="Your liability claim SCH-2026-061190 – injured guest",
     date="2026-05-13 16:20",
     body=T("""Dear Mr O'Connor,

we have received the claim letter from the lawyer of your guest,
Ms Theresa Baumgart, concerning the fall on the staircase of your flat
during your birthday party on 25 April 2026.

According to the letter and the medical reports attached to it, Ms Baumgart
suffered a fracture of the right ankle (bimalleolar fracture) and was
operated on at the Universitätsklinikum on 27 April (plates and screws).
She was on sick leave for seven weeks and will need physiotherapy until
the summer. She claims pain and suffering of EUR 6,000, her loss of
earnings and the costs of a cleaning help.

Your personal liability insurance (FL-PH-29100773) covers justified claims
and defends you against unjustified ones. To assess liability we need your
account of what happened:
- Was the staircase lit? Was anything on the stairs?
- How much had been drunk at the party?
- Who else saw the fall?

Please do not acknowledge any liability towards Ms Baumgart or her lawyer
yourself.

Kind regards
Sophie Brandhorst
Claims Service Property & Liability

""" + FOOT_EN + "\n"))

mail("hundebiss-nachbarhund", "CONFIDENTIAL", "de", "insurer-to-customer",
     "dog liability: insured dog bit the neighbour's dog; vet bill, owner names and address; animal health only",
     frm="Sophie Brandhorst <schaden@fjordlicht.example>",
     to="Rainer Stollberg <rainer.stollberg@t-net.example>",
     subject="Ihr Schaden SCH-2026-040227 – Hundebiss",
     date="2026-03-25 11:45",
     body=T("""Sehr geehrter Herr Stollberg,

zu dem Vorfall vom 14.03.2026 im Rosental: Ihr Hund „Bruno" (Schäferhund-
Mischling) hat den Dackel „Lotte" Ihrer Nachbarin Frau Edith Rammler,
Max-Liebermann-Straße 18, in den Hals gebissen.

Die Tierklinik Leipzig-Nord hat die Bisswunde genäht und eine Drainage
gelegt; die Rechnung über 612,80 € liegt uns vor. Die Tierhalterhaftpflicht
FL-TH-92011406 übernimmt diesen Betrag abzüglich Ihrer Selbstbeteiligung
von 150 €. Frau Rammler erhält 612,80 € direkt von uns, die
Selbstbeteiligung stellen wir Ihnen in Rechnung.

""" + SIG["brandhorst"] + "\n\n" + FOOT_DIREKT + "\n"))

mail("tierkranken-katze-zahn", "CONFIDENTIAL", "de", "insurer-to-customer",
     "pet health refund for a named customer's cat (dental surgery, 4 teeth extracted); animal health only",
     frm="Fjordlicht App <benachrichtigung@app.fjordlicht.example>",
     to="Nadine Kirchhoff <nadine.kirchhoff@webpost.example>",
     subject="Erstattung für Mimi: 487,30 €",
     date="2026-05-29 17:20",
     hdrs=[("Auto-Submitted", "auto-generated")],
     body=ALT(T("""Hallo Nadine,

die Rechnung der Tierarztpraxis Dr. Weinhold für Mimi ist erstattet:

  Tier:        Mimi, Europäisch Kurzhaar, 9 Jahre
  Behandlung:  Zahnsanierung unter Narkose, 4 Zähne extrahiert (FORL),
               Röntgen, Schmerzmittel
  Rechnung:    608,50 € (GOT, 2-facher Satz)
  Erstattung:  487,30 € (80 %, Tarif Katze OP+)
  Vertrag:     FL-TK-93004518

Gute Besserung an Mimi!
Dein Fjordlicht-Team
"""),
        H("""<html><body style="font-family:Arial">
<p>Hallo Nadine,</p><p>die Rechnung der Tierarztpraxis Dr. Weinhold für Mimi ist erstattet:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Tier</td><td>Mimi, Europäisch Kurzhaar, 9 Jahre</td></tr>
<tr><td>Behandlung</td><td>Zahnsanierung unter Narkose, 4 Zähne extrahiert (FORL), Röntgen, Schmerzmittel</td></tr>
<tr><td>Rechnung</td><td>608,50 &euro;</td></tr>
<tr><td>Erstattung</td><td>487,30 &euro; (80 %, Tarif Katze OP+)</td></tr>
<tr><td>Vertrag</td><td>FL-TK-93004518</td></tr>
</table><p>Gute Besserung an Mimi!</p></body></html>
""")))

mail("identity-theft-cyber-en", "CONFIDENTIAL", "en", "customer-to-insurer",
     "cyber/identity-theft claim: named customer's shopping account hijacked, fraudulent orders, bank and police details",
     frm="Sarah Goldberg <sgoldberg@inbox-us.example>",
     to="schaden@fjordlicht.example",
     subject="Identity theft – online orders in my name (Cyber Protect)",
     date="2026-06-16 13:44",
     body=T("""Hello,

I'd like to report a claim under my Cyber Protect add-on (contents policy
FL-HR-36911870).

Between 9 and 11 June someone logged into my account at a large online
shop, changed the delivery address to a packing station in Halle and
ordered two laptops and a camera (EUR 1,240.17 in total) on invoice in my
name. I only noticed when the first payment reminder arrived at my home
address, Bernhard-Göring-Straße 61, 04275 Leipzig.

What I have done so far:
- police report online, case number LE-ONL-2026-118874
- SCHUFA self-disclosure requested
- blocked my credit card (the shop also had my card ending 4410)
- the shop's fraud department has the case, reference FR-88120

Does the policy cover the lawyer and the costs of restoring my credit
record? And the EUR 89 I already paid before I noticed?

Thanks,
Sarah Goldberg
"""))

mail("bu-leistungsantrag-odt", "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
     "disability claim questionnaire (ODT) with depressive episode F32.1 and clinic stay; short covering mail",
     hide="details mainly in the ODT attachment",
     frm="Kerstin Albrecht <kerstin.albrecht@webpost.example>",
     to="leben@fjordlicht.example",
     subject="Fragebogen BU-Leistung – FL-BU-82004117",
     date="2026-04-13 10:30",
     body=MIX(T("""Guten Tag Herr Tiedemann,

anbei der ausgefüllte Fragebogen zur Berufsunfähigkeit. Ich habe ihn in
LibreOffice ausgefüllt, ich hoffe, das geht so. Die Schweigepflicht-
entbindung schicke ich unterschrieben per Post.

Mit freundlichen Grüßen
Kerstin Albrecht
"""),
              ODT("Fragebogen_BU_Albrecht.odt", [
                  "# Fragebogen zur Prüfung der Berufsunfähigkeit",
                  "Versicherungsnummer: FL-BU-82004117",
                  "Versicherte Person: Kerstin Albrecht, geb. 19.06.1984, Gerhard-Ellrodt-Straße 12, 04249 Leipzig",
                  "Beruf zuletzt: Grundschullehrerin (Klassenleitung, 27 Wochenstunden)",
                  "1. Seit wann sind Sie in Ihrem Beruf eingeschränkt? Seit 11.09.2025 durchgehend arbeitsunfähig.",
                  "2. Welche Erkrankungen liegen vor? Mittelgradige depressive Episode (F32.1), Erschöpfungssyndrom, Schlafstörungen.",
                  "3. Behandelnde Ärzte: Dr. med. Fabian Roth (Psychiatrie), Dipl.-Psych. Ines Heller (Verhaltenstherapie, wöchentlich).",
                  "4. Stationäre Aufenthalte: Tagesklinik Parkkrankenhaus Leipzig, 06.10.2025 – 28.11.2025.",
                  "5. Medikamente: Sertralin 100 mg täglich, Mirtazapin 15 mg zur Nacht.",
                  "6. Welche Tätigkeiten können Sie nicht mehr ausüben? Unterricht vor der Klasse, Elterngespräche, Konferenzen; nach spätestens 2 Stunden starke Erschöpfung und Konzentrationsstörungen.",
                  "7. Wiedereingliederung: Versuch im März 2026 nach 2 Wochen abgebrochen.",
                  "8. Einkommen zuletzt: 3.980 EUR brutto monatlich (TV-L E11).",
              ])))

mail("risikopruefung-bu-asthma", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-applicant",
     "underwriting question to a named BU applicant about asthma, hay fever, inhaler and a pulmonology visit",
     frm="Dr. med. Katrin Vollmer <risikopruefung@fjordlicht.example>",
     to="Jonas Pechstein <jonas.pechstein@mailbox.example>",
     subject="Ihr Antrag auf Berufsunfähigkeitsversicherung – Rückfrage zur Gesundheit",
     date="2026-02-10 14:50",
     body=T("""Sehr geehrter Herr Pechstein,

vielen Dank für Ihren Antrag auf eine Berufsunfähigkeitsversicherung
(Antrag ANT-BU-2026-00388). Bei den Gesundheitsfragen haben Sie
„Asthma bronchiale, allergisch" und „Heuschnupfen" angegeben. Damit wir
entscheiden können, benötigen wir noch folgende Angaben:

1. Seit wann besteht das Asthma? Wie oft haben Sie Beschwerden
   (tagsüber / nachts)?
2. Welche Medikamente nehmen Sie (Name, Dosierung)? Sie erwähnten ein
   „Spray" – ist das ein Bedarfsspray (z. B. Salbutamol) oder eine
   Dauertherapie mit Kortison?
3. Gab es in den letzten fünf Jahren Notfallbehandlungen oder
   Krankenhausaufenthalte wegen Atemnot?
4. Bitte senden Sie uns den letzten Lungenfunktionsbefund Ihrer
   Lungenfachärztin (Sie nannten Dr. Hagedorn, Besuch im November 2025).
5. Arbeitsunfähigkeitszeiten wegen Atemwegserkrankungen in den letzten
   drei Jahren?

Bitte antworten Sie über das Portal – dort können Sie auch den Befund
hochladen. Nach Eingang entscheiden wir in der Regel innerhalb einer Woche.

""" + SIG["vollmer"] + "\n\n" + FOOT_LEBEN + "\n"))

mail("life-underwriting-bmi-en", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-applicant",
     "term life underwriting decision for a named applicant: BMI 31, smoker, blood pressure medication, extra premium",
     frm="Dr. med. Katrin Vollmer <risikopruefung@fjordlicht.example>",
     to="Aiden Murphy <aiden.murphy@mailbox.example>",
     cc="Owen Prendergast <owen.prendergast@fjordlicht.example>",
     subject="Your term life application ANT-RL-2026-01172 – our decision",
     date="2026-03-31 11:00",
     body=T("""Dear Mr Murphy,

thank you for your application for term life insurance (sum insured
EUR 300,000, term 25 years) and for sending the results of the medical
check-up at your GP, Dr. Ziegenbalg.

Our assessment:
- Height 1.82 m, weight 103 kg, i.e. a BMI of 31.1
- Smoker, about 15 cigarettes per day
- High blood pressure, treated with ramipril 5 mg since 2024, current
  readings 138/88 mmHg
- Cholesterol slightly elevated (LDL 168 mg/dl), no medication

We can offer you cover with an extra premium of 50 % on the smoker rate:
EUR 61.80 instead of EUR 41.20 per month. If you stop smoking for at least
12 months, we will review the premium on request (with a cotinine test).

The offer is valid until 30 April 2026. Owen from our International Desk
is in copy and happy to explain anything in the offer.

Yours sincerely
Dr. med. Katrin Vollmer
Company Medical Officer, Underwriting Life/Disability
Fjordlicht Lebensversicherung AG

""" + FOOT_EN.replace("Fjordlicht Direkt Versicherung AG", "Fjordlicht Lebensversicherung AG").replace("HRB 39017", "HRB 39019") + "\n"))

mail("pflegezusatz-bescheid-pg2", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "long-term care supplement decision for a named customer: care grade 2 after MD assessment, dementia diagnosis, monthly benefit",
     frm="Henning Raabe <leistung-kranken@fjordlicht.example>",
     to="Helga Brückner <helga.brueckner@t-net.example>",
     cc="Timo Brückner <timo.brueckner@mailbox.example>",
     subject="Ihre Pflegezusatzversicherung – Leistungsentscheidung",
     date="2026-06-02 10:30",
     body=T("""Sehr geehrte Frau Brückner,

(auf Wunsch in Kopie an Ihren Sohn, Herrn Timo Brückner – Vollmacht liegt vor)

nach dem Gutachten des Medizinischen Dienstes vom 12.05.2026 sind Sie seit
01.05.2026 in Pflegegrad 2 eingestuft. Der Gutachter beschreibt eine
beginnende Alzheimer-Demenz mit Orientierungsstörungen sowie eine
Gangunsicherheit nach der Hüftoperation 2024; Sie benötigen Hilfe bei der
Körperpflege, beim Einnehmen der Medikamente und bei Terminen außer Haus.

Aus Ihrer Pflegezusatzversicherung „Pflege Plus" (FL-KV-60314455) zahlen
wir Ihnen daher ab 01.05.2026 monatlich 600 € (40 % des versicherten
Pflegemonatsgeldes von 1.500 €). Die Nachzahlung für Mai überweisen wir
in den nächsten Tagen, danach jeweils zum Monatsanfang.

Bitte teilen Sie uns mit, wenn sich der Pflegegrad ändert oder Sie in eine
Pflegeeinrichtung umziehen.

""" + SIG["raabe"] + "\n\n" + FOOT_KRANKEN + "\n"))

mail("sturmschaden-gutachter-ics", "CONFIDENTIAL", "de", "insurer-to-customer",
     "storm damage to a named customer's roof: assessor appointment as ICS with the insured address and claim number",
     frm="Sophie Brandhorst <schaden@fjordlicht.example>",
     to="Bernd Ullrich <bernd.ullrich@t-net.example>",
     subject="Sturmschaden SCH-2026-015502 – Termin mit dem Gutachter",
     date="2026-02-20 08:40",
     body=MIX(T("""Guten Morgen Herr Ullrich,

wie telefonisch besprochen kommt unser Gutachter, Herr Dipl.-Ing. Frank
Wellmann, am Dienstag, 24.02.2026, um 10:00 Uhr zu Ihnen, um die
Sturmschäden am Dach und an der Garage anzusehen. Den Termin finden Sie im
Anhang für Ihren Kalender.

Bis dahin: Bitte lassen Sie das Dach nur notdürftig sichern (Plane) und
heben Sie die Rechnung des Dachdeckers auf – die Notmaßnahmen übernehmen
wir.

""" + SIG["brandhorst"] + "\n"),
              ICS("Gutachtertermin_SCH-2026-015502.ics", "Gutachtertermin Sturmschaden SCH-2026-015502",
                  "20260224T100000", "20260224T113000",
                  location="Bernd Ullrich, Am Kirchberg 9, 04683 Naunhof",
                  description="Besichtigung Sturmschaden (Orkan 'Nadja', 16.02.2026) an Dach und Garage. Wohngebäudeversicherung FL-WG-50209916. Gutachter: Dipl.-Ing. Frank Wellmann, 0171 4402 118.",
                  organizer="schaden@fjordlicht.example",
                  attendees=["bernd.ullrich@t-net.example", "f.wellmann@sv-wellmann.example"])))

mail("legal-redundancy-salary-en", "CONFIDENTIAL", "en", "customer-to-insurer",
     "legal expenses request for a redundancy dispute: named customer, employer, gross salary and severance offer",
     frm="Tomasz Wieczorek <t.wieczorek@mailbox.example>",
     to="rechtsschutz@fjordlicht.example",
     subject="Legal expenses – dismissal by my employer",
     date="2026-07-09 09:05",
     body=T("""Dear Sir or Madam,

I have legal expenses insurance with you (FL-RE-40288165, private and
employment). On 6 July my employer, LogiTrans Mitteldeutschland GmbH,
gave me notice of dismissal for operational reasons as of 31 October 2026.
I have worked there as a shift supervisor since March 2019.

My gross salary is EUR 3,850 per month plus shift allowances of about
EUR 420. The company offered a severance of EUR 6,000 if I sign a
settlement agreement by 20 July - which is half of what my colleagues got
last year. A lawyer, Ms Doreen Salzmann (employment law, Leipzig), would
take the case and file an unfair dismissal claim within the three-week
deadline.

Could you please confirm cover for the lawsuit at the labour court? I
attach the notice of dismissal in the app.

Kind regards
Tomasz Wieczorek
Lützner Straße 91, 04177 Leipzig
"""))

# ---------------------------------------------------------------- lines of business, part 2

mail("reiseruecktritt-jobverlust", "CONFIDENTIAL", "de", "customer-to-insurer",
     "travel cancellation because of redundancy (no health reason): named couple, booking, employer letter, IBAN",
     frm="Daniela Wiesner <daniela.wiesner@freemail.example>",
     to="schaden@fjordlicht.example",
     subject="Reiserücktritt – betriebsbedingte Kündigung",
     date="2026-05-26 09:40",
     body=T("""Guten Tag,

hiermit melde ich einen Schaden aus meiner Reiserücktrittsversicherung
FL-RS-44150262.

Wir (mein Mann Steffen Wiesner und ich) hatten eine Pauschalreise nach
Mallorca vom 04.07. bis 18.07.2026 gebucht, Reisepreis 3.210 € (Buchung
REISEWELT-2026-551907). Am 19.05. habe ich von meinem Arbeitgeber, der
Druckerei Holzhausen GmbH, die betriebsbedingte Kündigung zum 30.06.
bekommen, nach 14 Jahren. Wir können uns die Reise jetzt nicht leisten und
haben sie am 22.05. storniert. Stornokosten: 30 % = 963 €.

Anbei bzw. in der App: Kündigungsschreiben, Buchungsbestätigung,
Stornorechnung.

Bitte erstatten Sie auf: DE55 2022 4805 4615 3776 03 (Daniela Wiesner).

Mit freundlichen Grüßen
Daniela Wiesner
Stötteritzer Straße 61, 04317 Leipzig
"""))

mail("handy-display-foto", "CONFIDENTIAL", "de", "customer-to-insurer",
     "gadget claim for a cracked display: named customer, policy, IMEI, photo attached",
     frm="Jannik Vogel <jannik.vogel@studmail.example>",
     to="schaden@fjordlicht.example",
     subject="Display kaputt",
     date="2026-07-14 23:12",
     hdrs=[("X-Mailer", "iPhone Mail (22A3354)")],
     body=MIX(T("""Hi, mir ist heute das Handy runtergefallen, Display komplett gesplittert,
Touch geht unten nicht mehr. Samsung Galaxy S24, IMEI 352441109876512.
Handyversicherung FL-GD-52377014. Foto anbei. Kann ich es zum Reparaturshop
in den Höfen am Brühl bringen?

Jannik Vogel

Von meinem iPhone gesendet"""),
              IMG("IMG_20260714_230544.jpg", "phone", 7140)))

mail("ebike-battery-en", "CONFIDENTIAL", "en", "insurer-to-customer",
     "e-bike battery failure under electronics cover: named customer, policy, frame number, dealer, payout",
     frm="Sophie Brandhorst <schaden@fjordlicht.example>",
     to="Ingrid Solberg <ingrid.solberg@nordpost.example>",
     subject="Your e-bike battery – claim SCH-2026-070314",
     date="2026-07-20 10:15",
     body=T("""Dear Ms Solberg,

the dealer (Zweirad Ecke Munich, Schwanthalerstraße) has confirmed that the
battery of your e-bike (Riese & Müller Charger4, frame no. RM24C-118204)
failed because of a cell defect, not because of wear. Your e-bike policy
FL-FR-33590716 covers this as an electronics failure:

  New battery Bosch PowerTube 750 Wh   EUR 949.00
  Fitting and diagnosis                EUR  45.00
  Deduction for age (2 years)          EUR -198.80
  Payout                               EUR 795.20

We'll pay the dealer directly, so you only pay them the difference of
EUR 198.80. Thanks for updating your new Munich address in the app -
Schleißheimer Straße 88 is in our records.

Kind regards
Sophie Brandhorst
Claims Service Property & Liability
Fjordlicht Direkt Versicherung AG
"""))

mail("rechtsschutz-nachbar-hecke", "CONFIDENTIAL", "de", "insurer-to-customer",
     "legal-expenses cover confirmation for a neighbour dispute: named customer, neighbour, address, lawyer",
     frm="Fjordlicht Rechtsschutz <rechtsschutz@fjordlicht.example>",
     to="Wolfgang Eschrich <w.eschrich@t-net.example>",
     subject="Deckungszusage – Ihr Rechtsschutzfall RS-2026-003318",
     date="2026-06-30 14:05",
     body=T("""Sehr geehrter Herr Eschrich,

für Ihre Auseinandersetzung mit Ihrem Nachbarn, Herrn Bodo Lämmel
(Am Ring 14), wegen der Thujahecke an der Grundstücksgrenze Ihres
Hauses Am Ring 12, 04439 Engelsdorf, erteilen wir Deckungszusage aus
Ihrer Rechtsschutzversicherung FL-RE-40117245 (Baustein Wohnen/Grundstück):

- außergerichtliche Tätigkeit Ihres Rechtsanwalts Herrn Dr. Peter
  Jahnke, Leipzig,
- ein Schlichtungsverfahren vor der Schiedsstelle (in Sachsen für
  Nachbarstreitigkeiten vorgeschrieben).

Ihre Selbstbeteiligung beträgt 150 €. Für ein späteres Gerichtsverfahren
benötigen wir eine gesonderte Deckungsanfrage.

Mit freundlichen Grüßen
Ihre Fjordlicht Rechtsschutz

""" + FOOT_DIREKT + "\n"))

mail("einbruch-stehlgutliste-xlsx", "CONFIDENTIAL", "de", "customer-to-insurer",
     "burglary claim with an XLSX list of stolen items, serial numbers, prices and the named customer's address",
     hide="most detail in the XLSX attachment",
     frm="Kai-Uwe Fritzsche <kufritzsche@mailbox.example>",
     to="schaden@fjordlicht.example",
     subject="Stehlgutliste SCH-2025-118230",
     date="2026-01-05 11:11",
     body=MIX(T("""Hallo Frau Brandhorst,

wie besprochen die vollständige Stehlgutliste als Excel. Die Polizei hat die
gleiche Liste bekommen.

Gruß
K.-U. Fritzsche
"""),
              XLSX("Stehlgutliste_Fritzsche.xlsx", [
                  ("Stehlgut", [
                      ("Einbruch vom 14.11.2025 – Kai-Uwe Fritzsche, Lindenthaler Straße 61, 04155 Leipzig – Hausrat FL-HR-29017741", "", "", "", ""),
                      ("Gegenstand", "Marke/Modell", "Seriennummer", "Kaufjahr", "Neupreis EUR"),
                      ("Notebook", "Apple MacBook Pro 14 M3", "C02XK1QFJG5L", 2024, 2399),
                      ("Kamera", "Fujifilm X-T5 + 16-80mm", "5FA12877", 2023, 2199),
                      ("Kamera", "Ricoh GR III", "1187402", 2022, 899),
                      ("Armbanduhr", "Omega Seamaster (Erbstück Vater)", "81224571", 1998, 3800),
                      ("Armbanduhr", "Junghans Max Bill", "JH-4410892", 2019, 1150),
                      ("Armbanduhr", "Seiko Presage", "4R35-02A0", 2021, 620),
                      ("Bargeld", "Schreibtischschublade", "", 2025, 450),
                      ("Kopfhörer", "Sony WH-1000XM5", "S01-4471902", 2023, 379),
                      ("Tablet", "iPad Air 5", "DMPH44X1Q1GC", 2022, 799),
                      ("Schmuck", "Goldkette Partnerin", "", 2015, 1450),
                      ("Summe", "", "", "", 14145),
                  ]),
              ], author="Kai-Uwe Fritzsche")))

mail("parking-austria-en", "CONFIDENTIAL", "en", "customer-to-insurer",
     "parking damage in Austria: named customer, plate, other party's details and European accident report; nobody hurt",
     frm="Emily Carter-Nowak <emily.carter@mailbox.example>",
     to="schaden@fjordlicht.example",
     subject="Small accident in Innsbruck – European accident report",
     date="2026-08-03 18:30",
     body=MIX(T("""Hello,

on 1 August, while parking at a supermarket in Innsbruck, an Austrian car
reversed into the side of my car. Nobody was hurt, only the rear door and
the wheel arch on the left side are dented.

My car: Kia Ceed SW, L-EC 3107, policy FL-KF-21877302
Other car: Audi A4, I-482 KL, driver and owner Mr Florian Kapferer,
Innsbruck, insured with a local Austrian insurer (policy 00-7713290-4)

We filled in the European accident report together, he signed that he
reversed without looking. Photo of the report attached.

Can I claim directly from his insurer, or do you handle it?

Thanks,
Emily Carter-Nowak
"""),
              IMG("accident_report_page1.png", "screenshot", 8031, fmt="PNG")))

mail("makler-hausrat-kundin", "CONFIDENTIAL", "de", "broker-to-insurer",
     "broker asks for a household offer for her client: name, birth date, address, previous claims",
     frm="Simone Taubert <taubert@versicherungsbuero-taubert.example>",
     to="makler@fjordlicht.example",
     subject="Angebotsanfrage Hausrat – Kundin Renate Görlitz",
     date="2026-03-17 09:20",
     body=T("""Hallo Frau Lorenz,

ich bitte um ein Angebot Hausrat Premium für meine Kundin:

Renate Görlitz, geb. 03.02.1958
Anschrift: Eilenburger Straße 19, 04317 Leipzig, 3. OG
Wohnfläche: 84 m², Mehrfamilienhaus, massiv
Fahrrad: E-Bike ca. 3.200 €, Keller
Vorschäden letzte 5 Jahre: 1 Leitungswasserschaden 2023 (1.850 €, Vorversicherer)
Gewünschter Beginn: 01.05.2026, Zahlweise jährlich

Bitte mit und ohne Elementar. Die Vorversicherung kündigt die Kundin selbst.

Viele Grüße
Simone Taubert
Versicherungsbüro Taubert · Versicherungsmaklerin (§ 34d Abs. 1 GewO)
Registernummer D-W-140-ABCD-17 · Karl-Liebknecht-Straße 99 · 04275 Leipzig
"""))

mail("vertraulich-vorstandsvorlage", "CONFIDENTIAL", "de", "internal",
     "explicit sender marking [vertraulich] in the subject; the board paper itself contains no personal data",
     frm="Marek Oyelaran <marek.oyelaran@fjordlicht.example>",
     to="Dr. Henrike Saalfeld <henrike.saalfeld@fjordlicht.example>",
     cc="Ines Kühnapfel <ines.kuehnapfel@fjordlicht.example>",
     subject="[vertraulich] Vorstandsvorlage Bestandsübernahme – Entwurf 2",
     date="2026-09-08 19:40",
     body=T("""Henrike, Ines,

anbei in Kurzform der zweite Entwurf für die Sitzung am 15.09.:

1. Gegenstand: Übernahme des Kfz- und Hausratbestands eines kleineren
   Direktversicherers (ca. 41.000 Verträge, Beitragsvolumen 17,8 Mio. €).
2. Kaufpreisindikation: 9,5–11 Mio. €, abhängig von der Schadenquote 2026.
3. Migration: Bestandsübertragung nach § 13 VAG, Zustimmung der Aufsicht
   erforderlich; technische Migration in unser Bestandssystem Q2/2027.
4. Risiken: Schadenquote Kfz 2025 bei 96 %, Altlasten im IT-Betrieb.
5. Kommunikation: erst nach Signing; bis dahin Kreis der Beteiligten
   auf Vorstand, Recht und Aktuariat begrenzt.

Bitte noch nicht weiterleiten.

Marek
"""))

mail("gutachten-wasserschaden-docx", "CONFIDENTIAL", "de", "assessor-to-insurer",
     "assessor's water-damage report (DOCX) naming the policyholder, the flat address and repair costs",
     frm="Frank Wellmann <f.wellmann@sv-wellmann.example>",
     to="schaden@fjordlicht.example",
     subject="Gutachten SCH-2026-003107 Kaminski",
     date="2026-01-26 16:02",
     body=MIX(T("""Sehr geehrte Frau Brandhorst,

anbei mein Gutachten zum Leitungswasserschaden Kaminski. Die Trocknung
läuft noch bis 02.02., danach kann der Bodenleger anfangen.

Mit freundlichen Grüßen
Frank Wellmann
Dipl.-Ing. (FH), öffentlich bestellter und vereidigter Sachverständiger
Sachverständigenbüro Wellmann · Naunhofer Straße 40 · 04299 Leipzig
"""),
              DOCX("Gutachten_SCH-2026-003107.docx", [
                  "# Gutachten Leitungswasserschaden",
                  "Auftraggeber: Fjordlicht Direkt Versicherung AG, Schaden-Nr. SCH-2026-003107",
                  "Versicherungsnehmer: Peter Kaminski, Hausratversicherung FL-HR-31177420",
                  "Schadenort: Riebeckstraße 12, 2. OG links, 04317 Leipzig",
                  "Besichtigung: 14.01.2026, anwesend: VN, Hausmeister Herr Grunert",
                  "## Ursache",
                  "Bruch der Kaltwasser-Eckventilverbindung unter der Spüle (Materialermüdung, Baujahr ca. 2008).",
                  "## Schadenumfang Hausrat",
                  "Laminat Küche/Flur (vom VN eingebracht), Küchenunterschrank, Geschirrspüler, Teppich Flur.",
                  "## Bewertung",
                  "Die Schäden am Gebäude (Estrich, Decke Wohnung 1. OG) betreffen den Gebäudeversicherer des Eigentümers.",
              ], tables=[[("Position", "Neuwert EUR", "Zeitwert EUR"),
                          ("Laminat 23 m² inkl. Verlegung", "1.380,00", "1.104,00"),
                          ("Küchenunterschrank 60 cm", "420,00", "260,00"),
                          ("Geschirrspüler", "649,00", "389,00"),
                          ("Teppich", "310,00", "155,00"),
                          ("Summe", "2.759,00", "1.908,00")]],
                  author="SV Wellmann")))

mail("fleet-driver-list-csv-en", "CONFIDENTIAL", "en", "company-to-insurer",
     "leasing company sends a fleet CSV with vehicles, plates and named drivers with their licence dates",
     hide="driver names only in the CSV attachment",
     frm="Fleet Services <fleet@greenlease-mobility.example>",
     to="flotte@fjordlicht.example",
     subject="Fleet policy FL-FL-95000217 – updated vehicle and driver list Q3",
     date="2026-07-01 08:00",
     body=MIX(T("""Dear Fjordlicht fleet team,

please find attached our updated vehicle and driver list for the fleet
policy FL-FL-95000217 as of 1 July 2026 (3 new vehicles, 1 returned).

Best regards
Priyanka Shah
Fleet Services · GreenLease Mobility GmbH
Leipzig · HRB 41187 (fictitious)
""", cte="7bit"),
              CSV("fleet_list_2026Q3.csv", [
                  ("plate", "vin", "model", "start", "driver", "licence_since", "cost_centre"),
                  ("L-GL 101E", "WVWZZZE1ZPP011872", "VW ID.3", "2024-02-01", "Martin Schubert", "2001-06-12", "SALES-N"),
                  ("L-GL 102E", "WVWZZZE1ZPP011931", "VW ID.3", "2024-02-01", "Aylin Demir", "2015-09-30", "SALES-S"),
                  ("L-GL 117E", "VF1AG000X70551206", "Renault Megane E-Tech", "2025-04-15", "Jens-Peter Wolff", "1988-03-21", "SERVICE"),
                  ("L-GL 130E", "YV1XZEFV0R2044187", "Volvo EX30", "2026-07-01", "Franziska Lehmann", "2010-11-02", "MGMT"),
                  ("L-GL 131E", "YV1XZEFV0R2044210", "Volvo EX30", "2026-07-01", "Ole Brandt", "2019-05-17", "SALES-N"),
                  ("L-GL 132E", "LRWYGCEK1RC604377", "Tesla Model Y", "2026-07-01", "pool vehicle", "", "POOL"),
                  ("L-GL 088", "WF0FXXWPCFNE28814", "Ford Transit Custom", "returned 2026-06-30", "", "", "SERVICE"),
              ], enc="utf-8", delim=",")))

mail("anwalt-kfz-sachschaden", "CONFIDENTIAL", "de", "lawyer-to-insurer",
     "lawyer claims vehicle damage for his named client against the insured (plate, claim number, bank details); no injury claimed",
     frm="Kanzlei Dr. Thiele & Partner <post@kanzlei-thiele.example>",
     to="schaden@fjordlicht.example",
     subject="Ihr VN Christian Heyne / unsere Mandantin Nadine Matthes – Sachschaden",
     date="2026-02-16 10:45",
     body=T("""Sehr geehrte Damen und Herren,

wir zeigen an, dass wir Frau Nadine Matthes, Kiebitzstraße 9, 04299 Leipzig,
vertreten. Vollmacht anbei (Scan in der Anlage zur Post).

Ihr Versicherungsnehmer, Herr Christian Heyne (L-CH 818), ist am
02.02.2026 auf das Fahrzeug unserer Mandantin (Renault Clio, L-NM 2247)
aufgefahren. Ihre Schaden-Nr.: SCH-2026-011402.

Wir machen zunächst den Sachschaden geltend:

  Reparaturkosten laut Gutachten Ing.-Büro Seidel     3.912,40 €
  Wertminderung                                          400,00 €
  Gutachterkosten                                        689,20 €
  Nutzungsausfall 9 Tage à 43 €                          387,00 €
  Kostenpauschale                                         25,00 €
  Summe                                                5.413,60 €

Bitte zahlen Sie bis 02.03.2026 auf unser Anderkonto:
DE86 3610 6733 5757 9596 77, Kanzlei Dr. Thiele & Partner.

Weitere Ansprüche bleiben vorbehalten; hierzu folgt ein gesondertes
Schreiben.

Mit freundlichen Grüßen
Dr. Matthias Thiele
Rechtsanwalt · Fachanwalt für Verkehrsrecht
"""))

mail("auskunft-art15", "CONFIDENTIAL", "de", "customer-to-insurer",
     "data subject access request (Art. 15 GDPR) naming contracts, customer number, birth date and address",
     frm="Benedikt Hasselbach <b.hasselbach@t-net.example>",
     to="datenschutz@fjordlicht.example",
     subject="Auskunftsersuchen nach Art. 15 DSGVO",
     date="2026-08-24 20:02",
     body=T("""Sehr geehrte Damen und Herren,

gemäß Art. 15 DSGVO bitte ich um Auskunft über alle zu meiner Person
gespeicherten Daten, insbesondere:
- Kopie der Daten aus Ihren Bestands- und Schadensystemen,
- Aufzeichnungen von Telefonaten und Chats,
- Empfänger, an die Daten übermittelt wurden (Rückversicherer,
  Dienstleister, Auskunfteien),
- Herkunft der Daten, soweit nicht bei mir erhoben.

Zur Identifizierung:
Benedikt Hasselbach, geb. 23.10.1987
Könneritzstraße 12, 04229 Leipzig
Kundennummer 40 022 519, Verträge Kfz FL-KF-20144783 und Hausrat
FL-HR-30288110

Bitte senden Sie die Auskunft in Ihr Kundenportal, nicht per Post.

Mit freundlichen Grüßen
Benedikt Hasselbach
"""))

mail("portal-ratenzahlung-html", "CONFIDENTIAL", "de", "system-to-internal",
     "HTML-only portal message: named customer asks for instalments on his motor premium, states short-time work and net income",
     hide="HTML-only part with a table",
     frm="Mein Fjordlicht <postfach@mein.fjordlicht.example>",
     to="inkasso@fjordlicht.example",
     subject="Neue Kundennachricht aus Mein Fjordlicht – Ratenzahlung",
     date="2026-09-15 12:31",
     hdrs=[("Auto-Submitted", "auto-generated")],
     body=H("""<!DOCTYPE html>
<html><head><meta charset="windows-1252"><title>Kundennachricht</title></head>
<body style="font-family:Segoe UI,Arial;font-size:13px">
<p><b>Neue Nachricht aus dem Kundenportal</b></p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Absender</td><td>Dennis Wojcik (Kundennummer 40 057 330)</td></tr>
<tr><td>Vertrag</td><td>FL-KF-21220947 (Kfz, L-DW 4410)</td></tr>
<tr><td>Betreff</td><td>Ratenzahlung Jahresbeitrag</td></tr>
<tr><td>Eingang</td><td>15.09.2026 12:29</td></tr>
</table>
<p>Hallo, mein Arbeitgeber hat seit August Kurzarbeit angemeldet, ich bekomme
gerade nur noch ca. 1.640 &euro; netto statt 2.300 &euro;. Der Jahresbeitrag von
798,40 &euro; am 01.10. ist gerade nicht drin. Kann ich in 4 Raten zahlen?
Die Lastschrift bitte erstmal aussetzen, sonst platzt sie.</p>
<p>Danke, Dennis Wojcik</p>
<p style="color:#888;font-size:11px">Automatisch erzeugt von Mein Fjordlicht &ndash; bitte im Vorgang antworten, nicht per E-Mail.</p>
</body></html>
""", cs="windows-1252", cte="quoted-printable"))

mail("gdpr-deletion-en", "CONFIDENTIAL", "en", "customer-to-insurer",
     "former customer asks for deletion after leaving Germany: ended policies, new address abroad, date of birth",
     frm="James Whitfield <james.whitfield@mailbox.example>",
     to="datenschutz@fjordlicht.example",
     subject="Request to delete my data (GDPR Art. 17)",
     date="2026-09-02 16:20",
     body=T("""Dear Data Protection Officer,

my wife and I were customers until 30 June 2026 (liability FL-PH-32290014,
contents FL-HR-32290015). We have now moved to Canada.

Under Art. 17 GDPR I ask you to delete all personal data about me that you
no longer need to keep by law, and to confirm which data you have to keep
and for how long (I understand tax and commercial law retention periods
apply).

For identification:
James Whitfield, born 14 March 1984
88 Roncesvalles Ave, Unit 4, Toronto, ON M6R 2K9, Canada

Please also delete my account at My Fjordlicht.

Kind regards
James Whitfield
"""))

mail("reiseruecktritt-krank-zip", "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
     "travel cancellation documents in a ZIP: doctor's certificate with pneumonia diagnosis of the named husband",
     hide="diagnosis only inside the ZIP (PDF)",
     frm="Birgit Lehnert <birgit.lehnert@t-net.example>",
     to="schaden@fjordlicht.example",
     subject="Unterlagen zu SCH-2026-058871",
     date="2026-06-01 10:02",
     body=MIX(T("""Sehr geehrte Damen und Herren,

anbei wie gewünscht die Unterlagen zum Reiserücktritt (Ostseereise
06.-13.06.). Alles in einer ZIP-Datei, weil das Portal bei mir nicht geht.

Mit freundlichen Grüßen
Birgit Lehnert
""", cs="iso-8859-1", cte="quoted-printable"),
              ZIP("Unterlagen_Lehnert.zip", [
                  ("Attest_Lehnert_Klaus.pdf", pdf_bytes("Ärztliches Attest zur Vorlage bei der Reiserücktrittsversicherung", [
                      "Hausarztpraxis Dr. med. Sven Riedel · Delitzscher Straße 88 · 04129 Leipzig",
                      "",
                      "Patient: Klaus Lehnert, geb. 21.01.1957",
                      "Erkrankung festgestellt am: 27.05.2026",
                      "Diagnose: J18.9 ambulant erworbene Pneumonie, bei vorbestehender COPD (J44.9)",
                      "Therapie: Amoxicillin/Clavulansäure, Bettruhe, Kontrolle Röntgen-Thorax in 2 Wochen",
                      "",
                      "Die Reise vom 06.06. bis 13.06.2026 kann aus medizinischen Gründen nicht angetreten werden.",
                      "Die Erkrankung war bei Buchung der Reise (Januar 2026) nicht vorhersehbar.",
                      "",
                      "Leipzig, 28.05.2026 · Dr. S. Riedel"], author="Praxis Dr. Riedel")),
                  ("Stornorechnung_Ostseehof.pdf", pdf_bytes("Stornorechnung Nr. ST-2026-0419", [
                      "Hotel Ostseehof Kühlungsborn",
                      "Gast: Klaus und Birgit Lehnert, Leipzig",
                      "Aufenthalt 06.06. - 13.06.2026, Doppelzimmer Meerblick, Halbpension",
                      "Reisepreis: 1.890,00 EUR · Stornogebühr 60 %: 1.134,00 EUR"], author="Ostseehof")),
                  ("Buchungsbestaetigung.txt", "Buchung OH-55102 - Lehnert, Klaus und Birgit - 06.06.-13.06.2026 - 1.890,00 EUR\r\n".encode("utf-8")),
              ])))

mail("child-trampoline-collarbone-en", "STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
     "father reports his son's collarbone fracture on a trampoline for the children's accident insurance",
     frm="James Whitfield <james.whitfield@mailbox.example>",
     to="hello@fjordlicht.example",
     subject="Accident – Oliver broke his collarbone",
     date="2026-04-12 19:40",
     body=T("""Hi,

our son Oliver (8) had an accident on Saturday on a friend's trampoline -
he landed on his shoulder and broke his right collarbone. The children's
A&E at the Uniklinik put him in a figure-of-eight bandage, no surgery needed
for now, check-up in 10 days. He's in quite a lot of pain and can't go to
school this week.

He's insured in our family accident insurance (FL-UV-12377016). What do we
need to send? There's a "plaster money" benefit, I think, does that count
for a bandage?

Thanks,
James Whitfield
"""))

mail("ladder-heel-fracture-en", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "accident insurance reply: named customer's heel-bone fracture from a ladder fall, surgery, hospital days and payments",
     frm="Sven Jakobeit <leistung-unfall@fjordlicht.example>",
     to="Kwame Asante <kwame.asante@mailbox.example>",
     subject="Your accident claim UV-2026-00877 – payments",
     date="2026-06-23 11:30",
     body=T("""Dear Mr Asante,

thank you for sending the discharge letter from the BG Klinikum Bergmannstrost
in Halle. We are sorry about your accident.

According to the report you fell from a ladder while renovating your new
flat on 28 April 2026 and fractured your left heel bone (calcaneus
fracture, Sanders type II). You were operated on on 30 April (plate
osteosynthesis) and stayed in hospital until 8 May.

From your accident insurance FL-UV-12530041 we pay:

  Daily hospital allowance   10 days x EUR 30      EUR 300.00
  Recovery allowance         10 days x EUR 30      EUR 300.00
  Plaster/splint allowance                          EUR 250.00
  Total                                             EUR 850.00

Whether a permanent impairment (disability benefit) remains can only be
assessed later; the deadline for a medical statement is 15 months after the
accident. We will contact you in spring 2027.

Kind regards
Sven Jakobeit
Accident Insurance Claims
Fjordlicht Direkt Versicherung AG

""" + FOOT_EN + "\n"))

mail("kv-beitragsrueckstand-mahnung", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "premium arrears reminder in a named customer's full health insurance, emergency tariff warning; no medical word",
     hide="no medical word: health-insurance arrears of a named person",
     frm="Fjordlicht Krankenversicherung – Beitragsservice <beitragsservice@fjordlicht.example>",
     to="Ralf Pietsch <ralf.pietsch@t-net.example>",
     subject="Zahlungserinnerung – Ihre Krankenversicherung FL-KV-62014478",
     date="2026-07-06 09:00",
     body=T("""Sehr geehrter Herr Pietsch,

für Ihre Krankheitskosten- und Krankentagegeldversicherung FL-KV-62014478
sind folgende Beiträge offen:

  Mai 2026     612,44 €
  Juni 2026    612,44 €
  Juli 2026    612,44 €
  Summe      1.837,32 €

Die Lastschriften von Ihrem Konto DE17 2272 6993 9602 7299 11 wurden
mangels Deckung zurückgegeben.

Bitte beachten Sie: Wenn der Rückstand nicht innerhalb von zwei Monaten
nach dieser Mahnung ausgeglichen ist, ruht Ihr Vertrag und Sie werden
kraft Gesetzes im Notlagentarif weiterversichert (§ 193 Abs. 6 VVG). Dort
sind nur noch Leistungen bei akuten Erkrankungen und Schmerzzuständen
versichert.

Wenn Sie gerade in finanziellen Schwierigkeiten sind, sprechen Sie uns an –
wir finden gemeinsam eine Lösung (Ratenzahlung, Tarifwechsel).

Mit freundlichen Grüßen
Beitragsservice
Fjordlicht Krankenversicherung AG

""" + FOOT_KRANKEN + "\n", cs="windows-1252", cte="quoted-printable"))

mail("pzr-rechnung-pdf", "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
     "dental cleaning invoice PDF (GOZ positions, periodontal pockets) of a named customer for refund",
     frm="Lea Marquardt <lea.marquardt@webpost.example>",
     to="leistung-kranken@fjordlicht.example",
     subject="Rechnung PZR",
     date="2026-09-29 07:45",
     body=MIX(T("""Hallo, die App lädt die Datei nicht hoch (zu groß?). Daher per Mail.
LG Lea Marquardt, FL-KV-61207745
""", cte="7bit"),
              PDF("Rechnung_Zahnarzt_2026-09.pdf", "Liquidation Nr. 2026-3318",
                  ["Zahnarztpraxis Dr. med. dent. Sophie Kempe · Karl-Heine-Straße 44 · 04229 Leipzig",
                   "",
                   "Patientin: Lea Marquardt, geb. 08.04.1993",
                   "Behandlungszeitraum: 17.09.2026 – 24.09.2026",
                   "",
                   "GOZ 1040  Professionelle Zahnreinigung, 28 Zähne x 2,3         129,25 EUR",
                   "GOZ 4005  Erhebung Gingivalindex/Parodontalstatus                 12,94 EUR",
                   "GOZ 4050  Entfernung harter/weicher Beläge, einwurzelig          18,40 EUR",
                   "GOZ 4055  Entfernung harter/weicher Beläge, mehrwurzelig         22,77 EUR",
                   "GOZ 2000  Fissurenversiegelung Zahn 37                           11,57 EUR",
                   "",
                   "Befund: generalisierte Gingivitis, Sondierungstiefen bis 4 mm regio 16/17 und 46/47,",
                   "Blutung auf Sondierung 32 %. Empfehlung: PZR alle 4 Monate.",
                   "",
                   "Rechnungsbetrag: 194,93 EUR"],
                  author="Praxis Dr. Kempe")))

mail("makler-bu-voranfrage-named", "STRICTLY_CONFIDENTIAL", "de", "broker-to-insurer",
     "broker's disability pre-underwriting request for a named client with slipped disc history and physiotherapy",
     frm="Thomas Graupner <graupner@finanzkontor-graupner.example>",
     to="makler@fjordlicht.example",
     cc="risikopruefung@fjordlicht.example",
     subject="BU-Voranfrage Stefan Kretschmer – Bandscheibe",
     date="2026-05-20 11:15",
     body=T("""Hallo Frau Lorenz,

für meinen Kunden bitte ich um eine Risikovoranfrage BU:

Name: Stefan Kretschmer, geb. 29.09.1990
Beruf: Elektroniker für Betriebstechnik, 30 % Büro, 70 % Außendienst
Gewünschte BU-Rente: 2.000 € bis 67

Gesundheit:
- Bandscheibenvorfall L4/L5 im März 2023, konservativ behandelt
  (12x Physiotherapie, Ibuprofen), AU 5 Wochen
- seitdem beschwerdefrei, keine Behandlung seit 09/2023
- Heuschnupfen (Birke), Cetirizin bei Bedarf
- BMI 24

Was wäre möglich – Ausschluss Wirbelsäule oder Zuschlag? Arztbericht
Dr. Pohle (Orthopädie) liegt mir vor und kann nachgereicht werden.

Viele Grüße
Thomas Graupner
Finanzkontor Graupner · Versicherungsmakler · Markkleeberg
"""))

mail("hr-mitarbeiter-krankmeldung", "STRICTLY_CONFIDENTIAL", "de", "internal",
     "HR tells a team lead that a named employee is on sick leave with a back problem and will do a phased return",
     frm="Personalabteilung – Sabrina Heuer <sabrina.heuer@fjordlicht.example>",
     to="Patrick Zöllner <patrick.zoellner@fjordlicht.example>",
     subject="Jonas Reimann – AU-Verlängerung und BEM",
     date="2026-03-12 14:20",
     body=T("""Hallo Patrick,

kurze Info zu Jonas Reimann aus deinem Team: Die AU wurde bis 27.03.
verlängert. Er hat mich angerufen – es ist wieder die Bandscheibe (L5/S1),
er bekommt jetzt eine Schmerztherapie und soll danach eine stufenweise
Wiedereingliederung machen (4 Wochen, 4 → 6 Stunden).

Da er in den letzten 12 Monaten über sechs Wochen krank war, bieten wir ihm
ein BEM-Gespräch an. Bitte plane ihn bis Ende April nicht für die
Chat-Schichten am Abend ein und behandle das vertraulich im Team – die
Kollegen müssen nur wissen, dass er ausfällt.

Viele Grüße
Sabrina
Personalabteilung · Fjordlicht
"""))

mail("doctor-report-expat-en", "STRICTLY_CONFIDENTIAL", "en", "doctor-to-insurer",
     "GP sends an English medical report (PDF) on a named expat patient: hypothyroidism and depression, medication",
     frm="Dr. Aleksandra Nowicka <praxis@intl-practice-leipzig.example>",
     to="leistung-kranken@fjordlicht.example",
     subject="Medical report – patient Sarah Goldberg – your ref. LF-26-08812",
     date="2026-05-07 12:50",
     body=MIX(T("""Dear colleagues,

as requested (release from confidentiality signed by the patient on
28 April 2026), please find attached my medical report on Ms Sarah Goldberg.

Kind regards
Dr. med. Aleksandra Nowicka
International Family Practice Leipzig · General Medicine
""", cte="7bit"),
              PDF("Report_Goldberg_2026-05.pdf", "Medical report",
                  ["International Family Practice Leipzig · Dr. med. Aleksandra Nowicka",
                   "Patient: Sarah Goldberg, born 1991-02-27 · your reference LF-26-08812",
                   "",
                   "## Diagnoses",
                   "E03.9 Hypothyroidism (diagnosed 2019, USA)",
                   "F33.1 Recurrent depressive disorder, current episode moderate",
                   "F90.0 ADHD, predominantly inattentive type (diagnosed 2014, USA)",
                   "",
                   "## Current medication",
                   "Levothyroxine 75 mcg daily, Sertraline 100 mg daily, Methylphenidate (Medikinet adult) 20 mg",
                   "",
                   "## Course",
                   "Ms Goldberg has been in my care since October 2025. TSH well controlled (2.1 mU/l).",
                   "Depressive symptoms increased in winter; referral to psychotherapy (Dipl.-Psych. Heller),",
                   "sessions since February 2026. No hospital treatment. Fit for work.",
                   "",
                   "Leipzig, 6 May 2026"],
                  author="Dr. Nowicka")))

mail("anforderung-befundbericht-arzt", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
     "insurer asks a psychiatrist for a report on a named disability claimant, with confidentiality release referenced",
     frm="Oliver Tiedemann <leben@fjordlicht.example>",
     to="Praxis Dr. Fabian Roth <praxis@psychiatrie-roth.example>",
     subject="Anforderung Befundbericht – Ihre Patientin Kerstin Albrecht, geb. 19.06.1984",
     date="2026-04-20 10:10",
     body=T("""Sehr geehrter Herr Dr. Roth,

Ihre Patientin, Frau Kerstin Albrecht, geb. 19.06.1984, hat bei uns
Leistungen aus ihrer Berufsunfähigkeitsversicherung beantragt. Eine
Schweigepflichtentbindung für diesen Leistungsfall liegt uns vor (Kopie
folgt per Post bzw. sicher über unser Portal).

Wir bitten Sie um einen Befundbericht zu folgenden Punkten:
1. Diagnosen (mit ICD-10) und Behandlungsbeginn,
2. Verlauf seit September 2025, insbesondere nach dem Aufenthalt in der
   Tagesklinik,
3. aktuelle Medikation,
4. Ihre Einschätzung der beruflichen Leistungsfähigkeit als
   Grundschullehrerin (Prognose für die nächsten sechs Monate).

Für den Bericht vergüten wir 60 € nach JVEG/GOÄ. Bitte senden Sie ihn
nicht per unverschlüsselter E-Mail, sondern über den Upload-Link, den wir
Ihnen separat schicken, oder per Post.

""" + SIG["tiedemann"] + "\n\n" + FOOT_LEBEN + "\n"))

mail("klinik-direktabrechnung-pdf", "STRICTLY_CONFIDENTIAL", "de", "hospital-to-insurer",
     "hospital invoice (PDF) for a named patient with DRG, procedure and diagnosis codes; short covering mail",
     hide="diagnosis and procedure only in the PDF",
     frm="Patientenabrechnung Klinikum Südost <abrechnung@klinikum-suedost.example>",
     to="leistung-kranken@fjordlicht.example",
     subject="Rechnung Fall 26-0088417 – Direktabrechnung",
     date="2026-04-28 13:40",
     body=MIX(T("""Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung im Rahmen der Direktabrechnung (Klinik-
Card liegt vor). Bitte überweisen Sie innerhalb von 30 Tagen.

Mit freundlichen Grüßen
Patientenabrechnung
Klinikum Südost Leipzig (fiktiv)
"""),
              PDF("Rechnung_26-0088417.pdf", "Krankenhausrechnung Fall-Nr. 26-0088417",
                  ["Klinikum Südost Leipzig · Patientenabrechnung",
                   "Patient: Gudrun Schellenberg, geb. 17.11.1952, Halle (Saale)",
                   "Versicherung: Fjordlicht Krankenversicherung AG, FL-KV-60288140, Wahlleistung Zweibettzimmer",
                   "Aufnahme: 06.04.2026 · Entlassung: 14.04.2026",
                   "",
                   "Hauptdiagnose: M17.1 primäre Gonarthrose rechts",
                   "Nebendiagnosen: I10.00 arterielle Hypertonie, E11.9 Diabetes mellitus Typ 2",
                   "Prozedur: OPS 5-822.g1 Implantation einer Knie-Totalendoprothese",
                   "DRG I44C · Relativgewicht 1,947 · Basisfallwert 4.210,00 EUR",
                   "",
                   "DRG-Entgelt                         8.196,87 EUR",
                   "Pflegeentgelt 8 Tage                1.452,32 EUR",
                   "Zuschläge                             214,60 EUR",
                   "Wahlleistung Zweibettzimmer 8 Tage    520,00 EUR",
                   "Gesamtbetrag                       10.383,79 EUR"],
                  author="Klinikum Suedost")))

mail("bav-anmeldeliste-xlsx", "STRICTLY_CONFIDENTIAL", "de", "company-to-insurer",
     "employer sends a company pension (direct insurance) enrolment list with names, birth dates and salaries - life line",
     hide="no medical word; life-line data only in XLSX",
     frm="Lohnbuchhaltung Sanitär Kroll GmbH <lohn@sanitaer-kroll.example>",
     to="firmenkunden-leben@fjordlicht.example",
     subject="bAV Direktversicherung – Neuanmeldungen zum 01.07.2026",
     date="2026-06-18 15:05",
     body=MIX(T("""Guten Tag,

anbei die Neuanmeldungen für unseren Gruppenvertrag Direktversicherung
GV-LV-7710 zum 01.07.2026 (Entgeltumwandlung + 15 % Arbeitgeberzuschuss).

Mit freundlichen Grüßen
Andrea Kroll
Lohnbuchhaltung · Sanitär Kroll GmbH · Schkeuditz
"""),
              XLSX("bAV_Neuanmeldungen_2026-07.xlsx", [
                  ("Neuanmeldungen", [
                      ("Personalnr.", "Name", "Vorname", "Geburtsdatum", "Eintritt", "Bruttogehalt mtl. EUR", "Umwandlung EUR", "AG-Zuschuss EUR", "Bezugsrecht Tod"),
                      (1044, "Seidel", "Marvin", "1999-03-14", "2025-09-01", 2850, 100, 15, "Ehepartner/Kinder"),
                      (1051, "Kowalski", "Julia", "1994-11-02", "2026-01-15", 3120, 150, 22.5, "Lebensgefährte Tim Haase, geb. 1992-07-08"),
                      (1057, "Baumann", "Eric", "2003-06-30", "2026-04-01", 2310, 50, 7.5, "gesetzliche Erben"),
                      (1060, "Ahmadi", "Farid", "1988-01-21", "2026-05-01", 3480, 200, 30, "Ehepartner/Kinder"),
                  ]),
              ], author="Lohnbuchhaltung Kroll")))

mail("lawyer-injury-zip-en", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-lawyer",
     "insurer sends the injured guest's lawyer a ZIP with a damages calculation and medical summary (fracture, surgery, sick leave)",
     hide="medical summary inside a ZIP",
     frm="Sophie Brandhorst <schaden@fjordlicht.example>",
     to="Kanzlei Weigand <kontakt@kanzlei-weigand.example>",
     subject="Your client Theresa Baumgart / our policyholder Liam O'Connor – SCH-2026-061190",
     date="2026-07-27 15:30",
     body=MIX(T("""Dear Ms Weigand,

as requested we are writing in English because our policyholder is copied in
on the settlement later. Please find attached our calculation and the
summary of the medical documents we relied on (ZIP).

We offer EUR 4,500 pain and suffering plus the documented loss of earnings
and household help, in full and final settlement.

Kind regards
Sophie Brandhorst
Claims Service Property & Liability
Fjordlicht Direkt Versicherung AG
""", cte="7bit"),
              ZIP("SCH-2026-061190_settlement.zip", [
                  ("calculation.csv", csv_text([
                      ("item", "period", "amount_eur"),
                      ("pain and suffering (offer)", "", "4500.00"),
                      ("loss of earnings", "2026-04-27..2026-06-14", "2316.40"),
                      ("household help", "2026-04-28..2026-06-07", "960.00"),
                      ("travel costs physiotherapy", "2026-05..2026-07", "148.20"),
                      ("total", "", "7924.60")]).encode("utf-8")),
                  ("medical_summary.txt", """Claimant: Theresa Baumgart, born 1994-12-03
Injury: bimalleolar fracture right ankle (S82.81), 25 April 2026
Surgery: open reduction and internal fixation, Universitaetsklinikum, 27 April 2026
Sick leave: 27 April - 14 June 2026 (7 weeks)
Physiotherapy: 18 sessions until July 2026
Prognosis (report Dr. Krause, 10 July 2026): full weight bearing, slight restriction of
dorsiflexion, removal of the metal plate planned for spring 2027.
""".replace("\n", "\r\n").encode("utf-8")),
              ])))

mail("sms-medical-exam-flu-en", "STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
     "short mobile mail: named applicant cancels his medical exam for the disability application because of flu and fever",
     frm="Marcus Oyelowo-Hartley <marcus.oh@mailbox.example>",
     to="risikopruefung@fjordlicht.example",
     subject="exam tomorrow",
     date="2026-02-25 21:58",
     hdrs=[("X-Mailer", "iPhone Mail (21D61)")],
     body=T("""Hi, can't make the medical exam for my BU application tomorrow 9am at Dr Ziegenbalg, down with flu, 39 fever. Can we move it to next week? Marcus Oyelowo-Hartley

Sent from my iPhone""", cte="7bit"))

mail("portal-kfo-lena", "STRICTLY_CONFIDENTIAL", "de", "system-to-internal",
     "portal message from a named mother about her daughter's orthodontic treatment (KIG 3) and invoice upload",
     frm="Mein Fjordlicht <postfach@mein.fjordlicht.example>",
     to="leistung-kranken@fjordlicht.example",
     subject="Neue Kundennachricht aus Mein Fjordlicht – Kieferorthopädie",
     date="2026-10-06 18:20",
     hdrs=[("Auto-Submitted", "auto-generated")],
     body=T("""Neue Nachricht aus dem Kundenportal
Absender:  Heike Pfannenstiel (Kundennummer 40 031 772)
Vertrag:   FL-ZZ-44220316 (versicherte Person: Lena Pfannenstiel)
Eingang:   06.10.2026 18:18

Nachricht:
Guten Tag, die Rechnung vom Kieferorthopäden Dr. Albers für Lena (2. Quartal
der Behandlung) hab ich hochgeladen. Die gesetzliche Kasse zahlt ja, weil
KIG 3 (Kreuzbiss), aber die Mehrkosten für die Minibrackets und das
Glattflächenversiegeln nicht. Ist das bei euch drin? Die Spange soll noch
ca. 2,5 Jahre bleiben.
Danke, Heike Pfannenstiel

-- Automatisch erzeugt von Mein Fjordlicht --
"""))

mail("ics-medical-exam-en", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-applicant",
     "one-line mail; the ICS invitation names the applicant's medical examination and asks for knee surgery reports",
     hide="ICS attachment only",
     frm="Fjordlicht Underwriting <risikopruefung@fjordlicht.example>",
     to="Marcus Oyelowo-Hartley <marcus.oh@mailbox.example>",
     subject="Your new appointment",
     date="2026-02-26 09:10",
     body=MIX(T("""Hello Mr Oyelowo-Hartley,

please find your new appointment attached. Get well soon!

Fjordlicht Underwriting
""", cte="7bit"),
              ICS("appointment.ics", "Medical examination - disability insurance application ANT-BU-2026-00912",
                  "20260304T090000", "20260304T100000",
                  location="Praxis Dr. med. Ziegenbalg, Gottschedstraße 20, 04109 Leipzig",
                  description="Medical examination for Marcus Oyelowo-Hartley (born 1986-07-15): blood test fasting, ECG, urine sample, blood pressure. Please bring the reports of your knee arthroscopy (2021) and the MRI of the lumbar spine (2022).",
                  organizer="risikopruefung@fjordlicht.example",
                  attendees=["marcus.oh@mailbox.example"])))

# ---------------------------------------------------------------- internal, partners, suppliers (mostly NORMAL)

mail("kpi-zahn-erstattung-xlsx", "NORMAL", "de", "internal",
     "trap: dental refund KPI workbook (refund rates, average amounts per treatment type, GOZ), aggregates only",
     frm="Controlling Kranken <controlling-kv@fjordlicht.example>",
     to="produkt-kranken@fjordlicht.example",
     subject="KPI Zahn – August 2026",
     date="2026-09-07 08:15",
     body=MIX(T("""Hallo zusammen,

anbei die KPI-Mappe Zahn für August. Auffällig:
- Implantate: Erstattungsquote gesunken (71 % nach 76 %), weil mehr
  Fälle an die Jahreshöchstgrenze im 2. Vertragsjahr stoßen.
- PZR: 18 % mehr Einreichungen seit dem App-Update (Foto-Upload).
- Kieferorthopädie: Durchschnittsbetrag 1.190 € je Fall.

Keine Einzelfälle in der Datei, Zellen unter 5 Fällen sind zusammengefasst.

Viele Grüße
Controlling Kranken
"""),
              XLSX("KPI_Zahn_2026-08.xlsx", [
                  ("Übersicht", [
                      ("Leistungsart", "Fälle", "Rechnungsbetrag EUR", "Erstattung EUR", "Quote"),
                      ("Prophylaxe/PZR", 3412, 412880, 339104, 0.82),
                      ("Füllungen", 1180, 236100, 201470, 0.85),
                      ("Wurzelbehandlung", 402, 221300, 179250, 0.81),
                      ("Zahnersatz Krone/Brücke", 377, 715900, 487020, 0.68),
                      ("Implantate", 118, 402300, 285630, 0.71),
                      ("Kieferorthopädie", 96, 114240, 88910, 0.78),
                      ("Parodontitisbehandlung", 61, 73200, 58560, 0.80),
                      ("Sonstige (< 5 je Position zusammengefasst)", 22, 9800, 6100, 0.62),
                  ]),
                  ("Trend", [
                      ("Monat", "Einreichungen", "davon App", "Ø Bearbeitungstage"),
                      ("2026-05", 5120, 0.71, 2.4), ("2026-06", 5344, 0.73, 2.2),
                      ("2026-07", 5610, 0.76, 2.6), ("2026-08", 5668, 0.79, 2.1),
                  ]),
              ], author="Controlling Kranken")))

mail("it-ticket-ocr-icd", "NORMAL", "de", "internal",
     "trap: IT ticket about OCR misreading ICD codes on doctors' invoices, synthetic test image, no patient",
     frm="Ruben Hallmann <ruben.hallmann@fjordlicht.example>",
     to="ocr-team@fjordlicht.example",
     subject="APP-2417: OCR liest ICD-Codes auf Arztrechnungen falsch (M54.5 -> MS4.S)",
     date="2026-06-09 11:20",
     body=MIX(T("""Moin,

Ticket APP-2417, Priorität hoch.

Beim Foto-Upload von Arztrechnungen erkennt die OCR ICD-10-Codes mit
Zusatzkennzeichen unzuverlässig:
  M54.5 G  -> "MS4.S G"   (5 als S)
  F32.1 G  -> "F32.l G"   (1 als l)
  J06.9    -> "J06.g"
Betroffen sind v. a. Thermodrucker-Rechnungen mit schwachem Kontrast.

Zum Nachstellen hängt ein synthetisches Testbild aus unserem Generator
an (kein echter Beleg, keine Patientendaten – Muster aus der Testsuite).

Vorschlag: Post-Processing mit Regex auf gültige ICD-Struktur
[A-Z][0-9]{2}(\\.[0-9]{1,2})? und Abgleich gegen den ICD-10-GM-Katalog
2026.

""" + SIG["hallmann"] + "\n"),
              IMG("ocr_testbild_synthetisch_07.png", "screenshot", 2417, fmt="PNG")))

mail("chatbot-training-guidelines-en", "NORMAL", "en", "internal",
     "trap: chatbot training guidelines with invented example utterances about fractures, IBANs and pregnancy",
     frm="Ruben Hallmann <ruben.hallmann@fjordlicht.example>",
     to="content-team@fjordlicht.example",
     cc="Carla Engert <carla.engert@fjordlicht.example>",
     subject="Lotta training data – guidelines for new English intents",
     date="2026-05-04 09:30",
     body=T("""Hi content team,

for the English intents we're adding in June, please follow these rules
when you write training utterances:

1. Invent everything. Never copy text from real chats, even shortened.
2. Use obviously fake details: "my IBAN is DE00 1234 ...", names like
   "Alex Example", policy numbers FL-XX-00000000.
3. Cover the messy way people write, e.g.
   - "i think i broke my leg skiing what do i do"
   - "hospital in spain wants my card, am I covered??"
   - "pregnant, due in october, is birth covered"
   - "changed banks, new IBAN, how"
   - "my dad died, he had life insurance with you"
4. At least 40 utterances per intent, 10 with typos, 5 in "Denglish".
5. Intents that touch health (claims_health, maternity, disability)
   always end with a handover to a human - Lotta must not give medical
   advice.

Carla has reviewed this list from a data-protection view.

""" + SIG["hallmann"] + "\n", cte="7bit"))

mail("datenschutz-quiz", "NORMAL", "de", "internal",
     "trap: data-protection quiz with invented examples (diagnosis, IBAN, birth date) and answers, no real person",
     frm="Carla Engert <carla.engert@fjordlicht.example>",
     to="alle@fjordlicht.example",
     subject="Datenschutz-Quiz im September: Welche Daten sind streng vertraulich?",
     date="2026-09-01 08:00",
     body=ALT(T("""Liebe Kolleginnen und Kollegen,

hier das Quiz des Monats. Alle Beispiele sind erfunden.

1. „Frau Muster (fiktiv) war wegen einer Gürtelrose beim Hautarzt."
   a) normal  b) vertraulich  c) streng vertraulich
2. „IBAN DE00 0000 0000 0000 0000 00 von Herrn Beispiel (fiktiv)"
   a) normal  b) vertraulich  c) streng vertraulich
3. „Im August haben wir 4.211 Zahnrechnungen erstattet."
   a) normal  b) vertraulich  c) streng vertraulich
4. „Herr Test (fiktiv), geb. 01.01.1980, hat eine Kfz-Versicherung."
   a) normal  b) vertraulich  c) streng vertraulich
5. „Die Kundin hat eine Risikolebensversicherung." (mit Namen)
   a) normal  b) vertraulich  c) streng vertraulich

Auflösung: 1c, 2b, 3a, 4b, 5c – Personenversicherungen (Leben, Kranken,
Unfall) sind immer streng vertraulich, auch ohne Diagnose.

Unter allen richtigen Einsendungen verlosen wir drei Kinogutscheine.

""" + SIG["engert"] + "\n"),
        H("""<html><body style="font-family:Arial">
<h2>Datenschutz-Quiz September</h2><p>Alle Beispiele sind erfunden.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th>#</th><th>Beispiel</th><th>Lösung</th></tr>
<tr><td>1</td><td>Frau Muster (fiktiv) war wegen einer Gürtelrose beim Hautarzt.</td><td>streng vertraulich</td></tr>
<tr><td>2</td><td>IBAN DE00 0000 0000 0000 0000 00 von Herrn Beispiel (fiktiv)</td><td>vertraulich</td></tr>
<tr><td>3</td><td>Im August haben wir 4.211 Zahnrechnungen erstattet.</td><td>normal</td></tr>
<tr><td>4</td><td>Herr Test (fiktiv), geb. 01.01.1980, hat eine Kfz-Versicherung.</td><td>vertraulich</td></tr>
<tr><td>5</td><td>Die Kundin hat eine Risikolebensversicherung.</td><td>streng vertraulich</td></tr>
</table></body></html>
""")))

mail("stellenanzeige-mfa", "NORMAL", "de", "insurer-to-partner",
     "trap: job ad for a medical assistant in health claims (diagnoses, GOÄ, ICD), sent to a job portal",
     frm="Personalabteilung Fjordlicht <jobs@fjordlicht.example>",
     to="anzeigen@jobportal-mitteldeutschland.example",
     subject="Anzeigenauftrag: Medizinische*r Fachangestellte*r (m/w/d) Leistungsprüfung",
     date="2026-03-23 10:00",
     body=T("""Guten Tag,

bitte schalten Sie folgende Anzeige ab 30.03.2026 für vier Wochen
(Paket „Regional Plus", Auftrag 2026-117):

------------------------------------------------------------------
Medizinische*r Fachangestellte*r (m/w/d) für die Leistungsprüfung
Krankenversicherung – Leipzig, Vollzeit/Teilzeit, hybrid

Deine Aufgaben
- Prüfung von Arzt-, Zahnarzt- und Krankenhausrechnungen nach GOÄ/GOZ
- Bewertung von Diagnosen (ICD-10), Heil- und Kostenplänen und
  Hilfsmittelverordnungen
- Rückfragen an Praxen, Kliniken und Versicherte
Dein Profil
- Ausbildung als MFA/ZFA, gern mit Abrechnungserfahrung
- Sorgfalt im Umgang mit Gesundheitsdaten
Wir bieten
- 38-Stunden-Woche, 30 Tage Urlaub, Deutschlandticket, bKV
Bewerbung: jobs@fjordlicht.example, Kennziffer LP-2026-04
------------------------------------------------------------------

Rechnung bitte an: Fjordlicht Direkt Versicherung AG, Kreditorenbuchhaltung,
Lichtkanalstraße 12, 04109 Leipzig.

Mit freundlichen Grüßen
Personalabteilung
"""))

mail("protokoll-zahn-plus-docx", "NORMAL", "de", "internal",
     "trap: product meeting minutes for a dental tariff (implants, orthodontics, waiting periods, refund rates), no customer",
     frm="Henning Raabe <henning.raabe@fjordlicht.example>",
     to="produkt-kranken@fjordlicht.example",
     subject="Protokoll Produktrunde „Zahn Plus 2027“ vom 14.07.",
     date="2026-07-15 17:05",
     body=MIX(T("""Hallo zusammen,

anbei das Protokoll von gestern. Offene Punkte bitte bis 31.07. an mich.

Henning
"""),
              DOCX("Protokoll_Zahn_Plus_2027.docx", [
                  "# Produktrunde Zahn Plus 2027 – Protokoll 14.07.2026",
                  "Teilnehmende: Produktmanagement Kranken, Leistung, Aktuariat, Vertrieb, Marketing",
                  "## 1. Leistungsumfang",
                  "Zahnersatz inkl. Implantate 90 %, Kieferorthopädie für Kinder bis 18 (KIG 1–2) 80 %, PZR bis 150 EUR/Jahr.",
                  "Neu: Bleaching 1x in 2 Jahren bis 200 EUR (Marketing-Wunsch; Aktuariat skeptisch).",
                  "## 2. Wartezeiten und Begrenzungen",
                  "Keine Wartezeit für Prophylaxe; Zahnersatz 6 Monate. Summenbegrenzung Jahr 1–4: 1.000/2.000/3.000/4.000 EUR.",
                  "## 3. Gesundheitsfragen",
                  "Nur noch zwei Fragen: fehlende, nicht ersetzte Zähne; laufende oder angeratene Behandlung.",
                  "## 4. Kalkulation",
                  "Zielbeitrag Alter 35: 24,90 EUR; Schadenquote Ziel 78 %.",
                  "## 5. Nächste Schritte",
                  "AVB-Entwurf bis 15.09., Freigabe Vorstand 10/2026, Markteinführung 01.01.2027.",
              ], author="H. Raabe")))

mail("bordereau-icd-chapters-csv-en", "NORMAL", "en", "insurer-to-partner",
     "trap: quarterly bordereau summary to the reinsurer with health claims by ICD chapter (windows-1252 CSV), aggregates only",
     frm="Reinsurance Accounting <rueckversicherung@fjordlicht.example>",
     to="health-treaties@nordrueck-re.example",
     subject="Quota share health 2026 – Q2 bordereau summary",
     date="2026-07-24 14:10",
     body=MIX(T("""Dear colleagues,

please find attached the Q2/2026 summary bordereau for the health quota
share treaty (treaty no. NR-H-2024-17). Claims are aggregated by ICD-10
chapter; chapters with fewer than 10 claims are merged into "other".
Individual claims data will be made available in the data room as agreed.

Kind regards
Reinsurance Accounting
Fjordlicht Krankenversicherung AG
""", cte="7bit"),
              CSV("bordereau_Q2_2026_summary.csv", [
                  ("ICD-Kapitel", "Bezeichnung", "Anzahl Fälle", "Leistung EUR", "Anteil Rück 30% EUR"),
                  ("II", "Neubildungen", 214, "1.982.400", "594.720"),
                  ("V", "Psychische und Verhaltensstörungen", 388, "1.104.300", "331.290"),
                  ("IX", "Krankheiten des Kreislaufsystems", 291, "1.640.800", "492.240"),
                  ("XIII", "Muskel-Skelett-System", 1.022, "2.311.900", "693.570"),
                  ("XV", "Schwangerschaft, Geburt und Wochenbett", 96, "402.200", "120.660"),
                  ("XIX", "Verletzungen, Vergiftungen", 417, "1.208.700", "362.610"),
                  ("übrige", "zusammengefasst", 2.915, "3.776.100", "1.132.830"),
                  ("Summe", "", 5.343, "12.426.400", "3.727.920"),
              ], enc="windows-1252", as_excel=True)))

mail("flu-vaccination-staff-ics-en", "NORMAL", "en", "internal",
     "trap: company doctor's flu vaccination days for all staff (ICS), vaccine names, no individual",
     frm="Betriebsärztlicher Dienst <betriebsarzt@fjordlicht.example>",
     to="alle@fjordlicht.example",
     subject="Flu vaccination 2026 – sign-up / Grippeimpfung",
     date="2026-10-05 09:00",
     body=MIX(T("""Dear colleagues,

(deutsche Version im Intranet)

our company doctor, Dr. Gerlach, offers the flu vaccination again this
year, free of charge and during working hours:

  Tue 20 Oct and Thu 22 Oct 2026, 9:00-15:00, room Fjord 1.12

Vaccine: quadrivalent inactivated influenza vaccine 2026/27. Please bring
your vaccination card if you have one. People with an egg allergy, a fever
on the day, or who are pregnant please talk to Dr. Gerlach first - in
confidence, not via your team lead.

Book a 5-minute slot in the attached calendar entry or via the intranet.
Your booking is only visible to the medical service.

Stay healthy!
Occupational Health Service
""", cte="7bit"),
              ICS("flu_vaccination_2026.ics", "Flu vaccination / Grippeimpfung (company doctor)",
                  "20261020T090000", "20261020T150000", location="Fjord 1.12",
                  description="Free flu vaccination for all staff. Second date: Thu 22 Oct 2026. Bring your vaccination card.",
                  organizer="betriebsarzt@fjordlicht.example", attendees=["alle@fjordlicht.example"],
                  method="PUBLISH")))

mail("defi-wartung-ersthelfer", "NORMAL", "de", "internal",
     "trap: facility note on defibrillator maintenance, first-aid kits and the first-aider rota (colleagues named in their role)",
     frm="Facility Management <facility@fjordlicht.example>",
     to="alle-standort-leipzig@fjordlicht.example",
     subject="Defibrillator 3. OG gewartet – Ersthelfer-Liste aktualisiert",
     date="2026-04-15 12:30",
     body=T("""Liebe Kolleginnen und Kollegen,

kurze Info aus dem Facility Management:

- Der Defibrillator (AED) im 3. OG neben den Aufzügen wurde heute gewartet.
  Neue Elektroden und Akku sind eingesetzt, nächste Prüfung 04/2027.
- Die Verbandkästen in allen Teeküchen sind nach DIN 13157 aufgefüllt.
  Wer etwas entnimmt (Pflaster, Kühlpack), bitte ins Verbandbuch
  eintragen.
- Ersthelfer je Etage: EG Mandy Rösch, 1. OG Emre Aksoy, 2. OG Sophie
  Brandhorst, 3. OG Lukas Feddersen, 4. OG Ruben Hallmann.
- Erste-Hilfe-Auffrischung: 11.06., Anmeldung über das Intranet.

Bei einem Notfall immer zuerst 112 und dann den Empfang (-100) anrufen.

Facility Management Fjordlicht
"""))

mail("sprint-review-test-account-en", "NORMAL", "en", "internal",
     "trap: sprint review notes with the fictitious test account Max Mustermann and the published example IBAN DE89 3704 0044 0532 0130 00",
     frm="Ruben Hallmann <ruben.hallmann@fjordlicht.example>",
     to="app-team@fjordlicht.example",
     subject="Sprint 41 review – notes",
     date="2026-06-26 16:00",
     body=T("""Hi team,

notes from today's review:

Done
- Invoice photo upload: doctor's bills now split into pages automatically.
- IBAN change with SMS code (demo with test account "Max Mustermann
  (fiktiv)", FL-KV-00000001, born 01.01.1990, IBAN DE89 3704 0044 0532 0130 00
  - the standard example IBAN, not a real account).
- English claim form for travel health (fields: diagnosis, treating
  doctor, hospital) - feedback from the International Desk included.

Not done
- Push for "refund paid" still arrives twice on Android 15 (APP-2466).

Demo data reminder: only use accounts from the seed script
(test_personas.json). Never use screenshots of production accounts in
slides - we had that in sprint 38.

""" + SIG["hallmann"] + "\n", cte="quoted-printable"))

mail("newsletter-rueckenschmerzen", "NORMAL", "de", "newsletter",
     "trap: health newsletter about back pain prevention, physiotherapy and slipped discs, no individual",
     frm="Fjordlicht Gesund <gesund@news.fjordlicht.example>",
     to="gesund-abo@lists.fjordlicht.example",
     subject="Rücken? Stark! 5 Übungen gegen Rückenschmerzen im Homeoffice",
     date="2026-02-28 07:30",
     hdrs=[("Precedence", "bulk"), ("List-Unsubscribe", "<https://news.fjordlicht.example/u?l=gesund>")],
     body=ALT(T("""Fjordlicht Gesund · Februar 2026

RÜCKEN? STARK!

Rückenschmerzen sind der häufigste Grund für Krankschreibungen in
Deutschland. In 85 % der Fälle findet der Arzt keine eindeutige Ursache
(„unspezifische Rückenschmerzen", ICD-10 M54.5). Ein Bandscheibenvorfall
steckt viel seltener dahinter, als man denkt.

5 Übungen für zwischendurch:
1. Katzenbuckel im Vierfüßlerstand
2. Beckenkippen im Sitzen
3. Brustwirbelsäule drehen am Türrahmen
4. Wandsitzen, 30 Sekunden
5. Aufstehen und 2 Minuten gehen – jede Stunde

Wann zum Arzt? Bei Taubheitsgefühl, Lähmungen, Fieber oder Schmerzen, die
nach sechs Wochen nicht besser werden.

Übrigens: In den Tarifen Gesund Plus und Gesund Premium erstatten wir
Rückenkurse nach § 20 SGB V bis 150 € im Jahr.

Abmelden: https://news.fjordlicht.example/u?l=gesund
Fjordlicht Krankenversicherung AG · Amtsgericht Leipzig HRB 39018
"""),
        H("""<html><body style="font-family:Verdana,sans-serif;max-width:600px">
<h1 style="color:#00786e">Rücken? Stark!</h1>
<p>Rückenschmerzen sind der häufigste Grund für Krankschreibungen. In 85 % der Fälle findet der Arzt keine eindeutige Ursache (ICD-10 M54.5).</p>
<ol><li>Katzenbuckel</li><li>Beckenkippen im Sitzen</li><li>Brustwirbelsäule drehen</li><li>Wandsitzen, 30 s</li><li>Jede Stunde 2 Minuten gehen</li></ol>
<p><b>Wann zum Arzt?</b> Bei Taubheitsgefühl, Lähmungen, Fieber oder Schmerzen länger als sechs Wochen.</p>
<p style="font-size:11px">Fjordlicht Krankenversicherung AG &middot; HRB 39018 &middot; <a href="https://news.fjordlicht.example/u?l=gesund">Abmelden</a></p>
</body></html>
""")))

mail("pressemitteilung-osteopathie", "NORMAL", "de", "insurer-to-press",
     "trap: press release on osteopathy refunds with market figures and a quote from the board, no customer",
     frm="Nele Sauerbrey <presse@fjordlicht.example>",
     to="redaktionen@presseverteiler.example",
     subject="Pressemitteilung: Fjordlicht erstattet Osteopathie künftig ohne Heilpraktiker-Budget",
     date="2026-08-18 10:00",
     body=T("""PRESSEMITTEILUNG

Fjordlicht erstattet Osteopathie künftig ohne Heilpraktiker-Budget

Leipzig, 18. August 2026 – Die Fjordlicht Krankenversicherung AG erstattet
ab 1. Januar 2027 osteopathische Behandlungen in den Tarifen Gesund Plus
und Gesund Premium bis 800 € pro Jahr – unabhängig vom bisherigen
gemeinsamen Budget für Heilpraktiker-Leistungen.

„Viele unserer Versicherten lassen Rücken- und Nackenbeschwerden
osteopathisch behandeln. Sie sollen nicht zwischen Osteopathie und
Akupunktur wählen müssen", sagt Ines Kühnapfel, Vorständin der
Fjordlicht Krankenversicherung AG.

2025 reichten Fjordlicht-Versicherte rund 23.000 Osteopathie-Rechnungen
ein, im Durchschnitt über 92 € je Sitzung. Voraussetzung für die
Erstattung bleibt eine ärztliche Verordnung und eine Behandlung durch
Osteopathen mit anerkannter Ausbildung.

Über Fjordlicht: Die Fjordlicht Versicherungsgruppe mit Sitz in Leipzig
ist ein digitaler Versicherer für Sach-, Kranken- und Lebensversicherungen
mit rund 610.000 Kundinnen und Kunden.

Pressekontakt: Nele Sauerbrey, presse@fjordlicht.example, 0341 33920-150
"""))

mail("druckerei-rechnung-iban", "NORMAL", "de", "supplier-to-insurer",
     "trap: print shop invoice for flyers with the supplier's company IBAN and the insurer's own account; no private person",
     frm="Buchhaltung Druckhaus Plagwitz <rechnung@druckhaus-plagwitz.example>",
     to="kreditoren@fjordlicht.example",
     subject="Rechnung RE-2026-0914 – Flyer Welcome Week",
     date="2026-09-14 08:50",
     body=MIX(T("""Sehr geehrte Damen und Herren,

anbei unsere Rechnung über 1.500 Flyer „Health insurance in Germany – the
basics" (DIN lang, 6 Seiten, Leporello).

Betrag: 684,25 € inkl. 19 % USt, zahlbar bis 28.09.2026 ohne Abzug auf
DE41 5956 5100 7429 2653 54 (Druckhaus Plagwitz GmbH).

Ihre Gutschrift vom Juli (Fehldruck) haben wir bereits mit Ihrer Zahlung
von Ihrem Konto DE98 7071 1697 3819 7272 76 (Fjordlicht Direkt
Versicherung AG) verrechnet.

Mit freundlichen Grüßen
Buchhaltung
Druckhaus Plagwitz GmbH · Karl-Heine-Straße 100 · 04229 Leipzig
HRB 30117 (fiktiv) · USt-IdNr. DE999000111
"""),
              PDF("RE-2026-0914.pdf", "Rechnung RE-2026-0914",
                  ["Druckhaus Plagwitz GmbH · Karl-Heine-Straße 100 · 04229 Leipzig",
                   "An: Fjordlicht Direkt Versicherung AG, Kreditorenbuchhaltung, Lichtkanalstraße 12, 04109 Leipzig",
                   "Auftrag: Flyer 'Health insurance in Germany - the basics', 1.500 Stück, Leporello 6-seitig",
                   "Netto 575,00 EUR · USt 19 % 109,25 EUR · Brutto 684,25 EUR",
                   "Zahlbar bis 28.09.2026 auf DE41 5956 5100 7429 2653 54"],
                  author="Druckhaus Plagwitz")))

mail("ooo-mira-en", "NORMAL", "en", "system-to-external",
     "out-of-office auto-reply to a business partner, without any personal or contract data",
     frm="Mira Castellanos <mira.castellanos@fjordlicht.example>",
     to="Sophie Lindqvist <sophie@settle-in-saxony.example>",
     subject="Automatic reply: Partnership idea – insurance onboarding for relocating employees",
     date="2026-08-10 08:02",
     hdrs=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
     body=T("""Hello,

thank you for your message. I'm out of the office until 24 August 2026
and won't be reading e-mails.

My colleagues at the International Desk are happy to help you in the
meantime: hello@fjordlicht.example or +49 341 33920-440.

Kind regards,
Mira Castellanos
""", cte="7bit"))

mail("abwesenheit-feddersen", "NORMAL", "de", "system-to-external",
     "out-of-office auto-reply to a partner garage naming a deputy; no case or person",
     frm="Lukas Feddersen <lukas.feddersen@fjordlicht.example>",
     to="Kundendienst Autohaus Mölkau <kundendienst@autohaus-moelkau.example>",
     subject="Abwesenheitsnotiz: Werkstattpartner-Konditionen 2027",
     date="2026-10-21 08:00",
     hdrs=[("Auto-Submitted", "auto-replied")],
     body=T("""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 30.10.2026 nicht im Büro. Ihre E-Mail wird nicht
weitergeleitet. In dringenden Fällen wenden Sie sich bitte an meine
Kollegin Frau Brandhorst (schaden@fjordlicht.example, 0341 33920-300).

Mit freundlichen Grüßen
Lukas Feddersen
""", cs="iso-8859-1", cte="quoted-printable"))

mail("abschied-kollegin", "NORMAL", "de", "internal",
     "farewell note for a colleague moving to another department; no private data",
     frm="Patrick Zöllner <patrick.zoellner@fjordlicht.example>",
     to="service-team@fjordlicht.example",
     subject="Abschied Jana – Kuchen am Freitag 🎂",
     date="2026-11-24 10:12",
     body=T("""Hallo zusammen,

Jana wechselt zum 1. Dezember ins Team Produktmanagement Kranken – wir
verlieren eine tolle Kollegin an den 4. Stock, aber immerhin nicht ganz.

Am Freitag ab 14 Uhr gibt es Kuchen in der Teeküche 2. OG. Wer etwas
backen möchte, trägt sich bitte in die Liste im Teams-Kanal ein.

Die Geschenk-Sammelbox steht bei mir am Platz.

""" + SIG["zoellner"] + "\n", cte="8bit"))

mail("zertifikat-antwort", "NORMAL", "de", "system-to-external",
     "trap: automatic answer to a certificate request with S/MIME fingerprint, key usage and validity; no personal data",
     frm="Fjordlicht Zertifikatsdienst <zertifikat@fjordlicht.example>",
     to="it@versicherungsbuero-taubert.example",
     subject="Re: [ZERTIFIKAT] Zertifikat für makler@fjordlicht.example",
     date="2026-03-16 07:44",
     hdrs=[("Auto-Submitted", "auto-replied")],
     body=T("""Guten Tag,

Sie haben das S/MIME-Zertifikat für die Adresse makler@fjordlicht.example
angefordert. Diese Nachricht ist mit dem Zertifikat signiert; Ihr
Mailprogramm kann es aus der Signatur übernehmen.

  Inhaber:        makler@fjordlicht.example (Funktionspostfach Maklerbetreuung)
  Aussteller:     Fjordlicht Issuing CA 2025 (Kette: Fjordlicht Root CA G2)
  Gültig:         01.09.2025 – 31.08.2027
  Schlüssel:      RSA 3072, Verwendung: digitale Signatur, Schlüsselverschlüsselung
  SHA-256:        4F:1C:9A:22:7B:E0:03:5D:91:AA:60:2E:17:C4:88:0B:
                  D2:7F:39:E5:41:06:BC:5A:73:19:FE:20:8D:C1:44:9E

Mit diesem Zertifikat können Sie uns verschlüsselte E-Mails schicken,
z. B. mit Gesundheitsdaten Ihrer Kundinnen und Kunden. Bitte niemals
unverschlüsselt senden.

Verzeichnis aller Zertifikate: https://zertifikate.fjordlicht.example

Fjordlicht Zertifikatsdienst (automatische Antwort)
"""))

mail("makler-newsletter-bu", "NORMAL", "de", "newsletter",
     "trap: broker newsletter on a new disability tariff with simplified health questions and example premiums, no client",
     frm="Fjordlicht Maklerbetreuung <makler-news@news.fjordlicht.example>",
     to="makler-verteiler@lists.fjordlicht.example",
     subject="Maklerinfo 05/2026: BU Smart mit nur 5 Gesundheitsfragen",
     date="2026-05-05 07:00",
     hdrs=[("Precedence", "bulk")],
     body=ALT(T("""Maklerinfo 05/2026

BU SMART – DIE NEUE BERUFSUNFÄHIGKEITSVERSICHERUNG

- nur 5 Gesundheitsfragen, Abfragezeitraum 3 Jahre (ambulant) / 5 Jahre
  (stationär)
- keine Fragen nach Heuschnupfen, Brille, Allergien ohne Behandlung
- psychische Erkrankungen: nur Behandlungen in den letzten 5 Jahren
- Bandscheibe: Beschwerdefreiheit > 24 Monate = Annahme ohne Ausschluss
- Annahmequote im Test: 87 % normal, 9 % mit Ausschluss/Zuschlag, 4 % Ablehnung

Beispielbeiträge (Eintrittsalter 30, Endalter 67, 1.500 € BU-Rente):
  Bürokaufmann/-frau            48,20 €
  Elektroniker/-in              79,90 €
  Pflegefachkraft               96,40 €

Courtage: 40 Promille der Beitragssumme, Stornohaftung 60 Monate.

Anonyme Risikovoranfragen weiterhin an risikopruefung@fjordlicht.example –
bitte ohne Namen und Geburtsdatum der Kundinnen und Kunden.

Annika Lorenz · Maklerbetreuung · 0341 33920-800
"""),
        H("""<html><body style="font-family:Arial">
<h2>Maklerinfo 05/2026 &ndash; BU Smart</h2>
<ul><li>nur 5 Gesundheitsfragen</li><li>keine Fragen nach Heuschnupfen, Brille, Allergien ohne Behandlung</li>
<li>Bandscheibe: Beschwerdefreiheit &gt; 24 Monate = Annahme ohne Ausschluss</li></ul>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Beruf</th><th>Beitrag (EA 30, 1.500 &euro;)</th></tr>
<tr><td>Bürokaufmann/-frau</td><td>48,20 &euro;</td></tr>
<tr><td>Elektroniker/-in</td><td>79,90 &euro;</td></tr>
<tr><td>Pflegefachkraft</td><td>96,40 &euro;</td></tr>
</table>
<p>Anonyme Risikovoranfragen an risikopruefung@fjordlicht.example &ndash; ohne Namen und Geburtsdatum.</p>
</body></html>
""")))

mail("makler-anonyme-voranfrage", "NORMAL", "de", "broker-to-insurer",
     "trap: anonymised disability pre-underwriting request (age band, job, depression and migraine history) without name or birth date - not identifiable for the insurer",
     frm="Thomas Graupner <graupner@finanzkontor-graupner.example>",
     to="risikopruefung@fjordlicht.example",
     subject="Anonyme BU-Risikovoranfrage – Kundin A-2026-17",
     date="2026-05-11 10:40",
     body=T("""Guten Tag,

anonyme Risikovoranfrage (interne Kennung A-2026-17, Name und
Geburtsdatum bleiben bei mir):

Alter: 28, weiblich
Beruf: Physiotherapeutin (angestellt), 100 % praktische Tätigkeit
BU-Rente gewünscht: 1.800 €
Vorerkrankungen: leichte depressive Episode vor 4 Jahren, 12 Sitzungen
Verhaltenstherapie, abgeschlossen, seitdem keine Behandlung;
Migräne ohne Aura, 2–3x im Monat, Triptan bei Bedarf

Frage: Annahme normal, mit Ausschluss Psyche oder Zuschlag?

Mit freundlichen Grüßen
Thomas Graupner
Finanzkontor Graupner · Versicherungsmakler · Markkleeberg
"""))

mail("phishing-warning-en", "NORMAL", "en", "internal",
     "trap: IT security warning about phishing mails asking customers for IBANs and health data; quoted lure text, no victim named",
     frm="IT Security <it-security@fjordlicht.example>",
     to="alle@fjordlicht.example",
     subject="Phishing alert: fake 'Fjordlicht refund' e-mails",
     date="2026-07-30 11:00",
     body=T("""Dear colleagues,

since yesterday, customers have been receiving fake e-mails that look like
our refund notifications. Sender: "Fjordlicht Erstattung"
<service@fjordlicht-erstattung.example> (not our domain!). Text:

  "Your refund of EUR 248.60 for your doctor's invoice could not be paid.
   Please confirm your IBAN, date of birth and the diagnosis on your
   invoice here: hxxps://fjordlicht-erstattung.example/login"

What to do if a customer calls or writes:
- Confirm that the mail is not from us. We never ask for IBAN, date of birth
  or diagnoses by e-mail.
- Ask them to forward it to phishing@fjordlicht.example and delete it.
- If they entered data: advise them to call their bank and change the
  app password. Log a ticket with category SEC-PHISH.

Please don't click the link, not even "to check".

IT Security
""", cte="7bit"))

mail("textbaustein-ablehnung-zahn-odt", "NORMAL", "de", "internal",
     "trap: updated template for dental refusals (ODT) with «placeholders» for diagnosis, tooth and amounts",
     frm="Henning Raabe <henning.raabe@fjordlicht.example>",
     to="leistung-kranken@fjordlicht.example",
     subject="Neuer Textbaustein TB-Z-12 „Ablehnung angeratene Behandlung“",
     date="2026-04-02 13:30",
     body=MIX(T("""Hallo Team,

ab Montag gilt der überarbeitete Textbaustein TB-Z-12 (Anlage). Der alte
Baustein hat in der Beschwerdestatistik zu viel Ärger gemacht, weil er die
Behandlung nicht erklärt hat.

Bitte die Platzhalter nie leer lassen und den Baustein nur über das
Portal versenden.

Henning
"""),
              ODT("TB-Z-12_Ablehnung_angeratene_Behandlung.odt", [
                  "# TB-Z-12 Ablehnung – bei Vertragsabschluss bereits angeratene Behandlung",
                  "Sehr geehrte«ANREDE» «NACHNAME»,",
                  "vielen Dank für den Heil- und Kostenplan vom «HKP_DATUM» für «BEHANDLUNG» an Zahn «ZAHN».",
                  "Laut den Unterlagen von «ZAHNARZT» wurde diese Behandlung bereits am «DATUM_ANGERATEN» angeraten – also vor Beginn Ihres Vertrags am «VERTRAGSBEGINN».",
                  "Behandlungen, die vor Vertragsbeginn angeraten waren, sind nach § 5 Abs. 3 AVB Zahn Komfort nicht versichert. Deshalb können wir die geplanten Kosten von «BETRAG» leider nicht übernehmen.",
                  "Andere Behandlungen – zum Beispiel Prophylaxe oder Füllungen an anderen Zähnen – sind davon nicht betroffen.",
                  "Sie sind mit unserer Entscheidung nicht einverstanden? Dann schreiben Sie uns oder wenden Sie sich an den Ombudsmann Private Kranken- und Pflegeversicherung.",
              ])))

mail("vorstandsinfo-schadenquote-ods", "NORMAL", "de", "internal",
     "trap: board info with loss ratios per line (health, life, accident, motor) as ODS, aggregates only",
     frm="Aktuariat <aktuariat@fjordlicht.example>",
     to="vorstand@fjordlicht.example",
     subject="Vorstandsinfo: Schadenquoten per 30.06.2026",
     date="2026-07-10 17:30",
     body=MIX(T("""Sehr geehrte Mitglieder des Vorstands,

anbei die Schaden- bzw. Leistungsquoten zum Halbjahr (ODS, wie gewünscht
aus LibreOffice). Kernaussagen:

- Kfz: 92,1 % (Vj. 96,4 %) – Hagel im Mai kleiner als befürchtet.
- Krankenversicherung: Leistungsquote 81,3 %, stationär stark
  steigend (+11 % Kosten je Fall).
- BU: Leistungsfälle wegen psychischer Erkrankungen jetzt 41 % der
  Neuzugänge.
- Unfall: unauffällig.

Aktuariat
"""),
              ODS("Schadenquoten_2026H1.ods", [
                  ("Sparte", "Beiträge Mio EUR", "Schäden/Leistungen Mio EUR", "Quote"),
                  ("Kfz", 48.2, 44.4, 0.921),
                  ("Hausrat/Wohngebäude", 21.7, 12.9, 0.594),
                  ("Haftpflicht", 9.4, 4.1, 0.436),
                  ("Kranken", 112.5, 91.5, 0.813),
                  ("Leben", 64.0, 38.2, 0.597),
                  ("BU", 18.3, 7.6, 0.415),
                  ("Unfall", 7.9, 3.2, 0.405),
              ], name="H1 2026")))

mail("kollege-faellt-aus", "NORMAL", "de", "internal",
     "colleague absent this week without any reason given; shift plan change",
     frm="Patrick Zöllner <patrick.zoellner@fjordlicht.example>",
     to="service-team@fjordlicht.example",
     subject="Schichtplan KW 12 – Änderung",
     date="2026-03-16 07:48",
     body=T("""Moin zusammen,

Jonas fällt diese Woche aus. Die Abend-Chatschichten übernehmen:
  Mo + Mi  Emre
  Di + Do  Jana
  Fr       ich

Bitte keine Nachfragen bei Jonas, er meldet sich, wenn er zurück ist.

""" + SIG["zoellner"] + "\n", cte="8bit"))

mail("gutachter-netzwerk-honorare", "NORMAL", "de", "insurer-to-supplier",
     "framework agreement with an assessor network: fee table and service levels; company data only",
     frm="Sophie Brandhorst <sophie.brandhorst@fjordlicht.example>",
     to="vertrieb@gutachternetz-ost.example",
     subject="Rahmenvertrag 2027 – Honorartabelle und SLA",
     date="2026-11-02 14:40",
     body=T("""Sehr geehrter Herr Lindemann,

danke für das Gespräch. Wie besprochen unsere Eckpunkte für 2027:

Honorare (netto, inkl. Fahrtkosten bis 50 km)
  Kurzgutachten Leitungswasser/Sturm bis 5.000 €    240 €
  Gutachten Sachschaden 5.000–25.000 €              420 €
  Gutachten über 25.000 €                           nach Aufwand, 115 €/h
  Fotodokumentation per Video-Besichtigung            95 €

Service Level
  Kontakt mit Versicherungsnehmer: 24 h
  Besichtigung: 3 Werktage, bei Notfällen 24 h
  Gutachten im Portal: 5 Werktage nach Besichtigung

Datenschutz: Auftragsverarbeitung nach Art. 28 DSGVO, Übermittlung von
Gutachten ausschließlich über unser Portal.

Mit freundlichen Grüßen
Sophie Brandhorst
Schadenservice Sach & Haftpflicht
"""))

mail("dpia-symptom-checker-en", "NORMAL", "en", "internal",
     "trap: DPIA summary for a planned symptom checker (health data categories, risks, measures), no data subject",
     frm="Carla Engert <carla.engert@fjordlicht.example>",
     to="produkt-digital@fjordlicht.example",
     cc="Ruben Hallmann <ruben.hallmann@fjordlicht.example>",
     subject="DPIA summary – symptom checker in the app",
     date="2026-10-14 15:15",
     body=T("""Hi all,

here is the short version of the data protection impact assessment for
the planned symptom checker. Full document in the DPO folder.

Processing: users enter symptoms (e.g. "chest pain", "fever for 3 days")
and get a recommendation (self-care / GP / emergency). Data categories:
health data (Art. 9 GDPR), age band, sex, optional pregnancy status.

Main risks
1. Symptom data ending up in the claims file and influencing decisions.
2. The vendor's model being trained on our users' inputs.
3. Screenshots in support tickets.

Measures
- Separate, pseudonymised storage; no link to policy numbers.
- Vendor contract: no training on our data, EU hosting, deletion after
  30 days.
- Explicit consent screen; no use for underwriting or claims, ever.
- Support may never request screenshots of symptom entries.

Residual risk: medium -> acceptable with the measures. Works council and
board to be informed before launch.

""" + SIG["engert"] + "\n", cte="7bit"))

mail("firmenlauf-anmeldung", "NORMAL", "de", "internal",
     "company run registration and team shirts; no personal data",
     frm="Betriebssport Fjordlicht <sport@fjordlicht.example>",
     to="alle-standort-leipzig@fjordlicht.example",
     subject="Firmenlauf am 11. Juni – jetzt anmelden!",
     date="2026-05-06 12:00",
     body=T("""Hallo Laufbegeisterte (und alle, die es werden wollen),

der Leipziger Firmenlauf findet am 11. Juni statt – 5 km rund um den
Cottaweg. Fjordlicht übernimmt die Startgebühr und spendiert das Team-Shirt.

Anmeldung bis 20. Mai im Intranet unter Betriebssport > Firmenlauf.
Shirtgrößen bitte gleich mit angeben. Walker sind ausdrücklich willkommen!

Nach dem Lauf treffen wir uns am Fjordlicht-Pavillon (Getränke und
Brezeln).

Sportliche Grüße
Euer Betriebssport-Team
"""))

mail("it-test-mail-en", "NORMAL", "en", "internal",
     "IT test mail for the new relay, no content",
     frm="Ruben Hallmann <ruben.hallmann@fjordlicht.example>",
     to="gateway-test@fjordlicht.example",
     subject="test – please ignore (relay 2)",
     date="2026-01-13 16:58",
     body=T("""test 2 via relay-2, TLS 1.3, ticket OPS-1182. please ignore.
""", cte="7bit"))

mail("portal-notif-en", "NORMAL", "en", "system-to-customer",
     "trap: English portal notification without content, mentions encryption and health data in general terms",
     frm="My Fjordlicht <mailbox@mein.fjordlicht.example>",
     to="k.menon.work@mailbox.example",
     subject="You have a new secure message",
     date="2026-06-17 10:21",
     hdrs=[("Auto-Submitted", "auto-generated")],
     body=ALT(T("""Hello,

you have a new message in your secure Fjordlicht mailbox.

https://mein.fjordlicht.example/en/mailbox

Why don't we send the message itself? Messages containing personal data -
for example about your health, your bank details or your contracts - are
only available in the encrypted mailbox, never in a normal e-mail.

The message will be kept for 90 days.

Fjordlicht - Leipzig, Germany
This e-mail was sent automatically. Please do not reply.
""", cte="7bit"),
        H("""<html><body style="font-family:Arial"><p>Hello,</p>
<p>you have a new message in your secure Fjordlicht mailbox.</p>
<p><a href="https://mein.fjordlicht.example/en/mailbox">Open mailbox</a></p>
<p style="font-size:12px;color:#666">Messages containing personal data &ndash; for example about your health, your bank details or your contracts &ndash; are only available in the encrypted mailbox.</p>
</body></html>
""", cte="7bit")))

# ---------------------------------------------------------------- more NORMAL: service, marketing, training, operations

mail("wartung-app-portal", "NORMAL", "de", "system-to-customer",
     "HTML-only maintenance notice for app and portal; no personal data",
     frm="Fjordlicht <info@news.fjordlicht.example>",
     to="kunden-info@lists.fjordlicht.example",
     subject="Wartungsarbeiten: App und Mein Fjordlicht am Sonntag kurz nicht erreichbar",
     date="2026-03-26 16:00",
     hdrs=[("Precedence", "bulk")],
     body=H("""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"></head>
<body style="font-family:Arial,sans-serif">
<p>Guten Tag,</p>
<p>am <b>Sonntag, 29. März 2026, zwischen 2:00 und 6:00 Uhr</b> arbeiten wir an unseren Systemen. In dieser Zeit sind die Fjordlicht-App und Mein Fjordlicht nicht erreichbar.</p>
<p>Schäden können Sie in dringenden Fällen telefonisch unter 0341 33920-0 melden. Unsere Notfall-Hotline ist rund um die Uhr erreichbar.</p>
<p>Übrigens: In dieser Nacht wird die Uhr auf Sommerzeit umgestellt &ndash; die Wartung dauert also gefühlt eine Stunde kürzer.</p>
<p>Ihr Fjordlicht-Team</p>
<p style="font-size:11px;color:#888">Fjordlicht Direkt Versicherung AG &middot; Lichtkanalstraße 12 &middot; 04109 Leipzig &middot; HRB 39017</p>
</body></html>
""", cte="base64"))

mail("student-newsletter-html-en", "NORMAL", "en", "newsletter",
     "trap: HTML-only student newsletter on health insurance, pregnancy, mental health counselling and dental costs - no person",
     frm="Fjordlicht Campus <campus@news.fjordlicht.example>",
     to="campus-en@lists.fjordlicht.example",
     subject="Semester start: 5 things international students should know about health insurance",
     date="2026-10-01 08:00",
     hdrs=[("Precedence", "bulk"), ("List-Unsubscribe", "<https://news.fjordlicht.example/u?l=campus-en>")],
     body=H("""<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Fjordlicht Campus</title></head>
<body style="font-family:Helvetica,Arial,sans-serif;max-width:620px">
<h1 style="color:#00786e">Semester start &ndash; 5 things to know</h1>
<ol>
<li><b>You need health insurance to enrol.</b> Under 30: usually statutory. Over 30 or PhD on a scholarship: private plans are possible.</li>
<li><b>Seeing a doctor:</b> take your insurance card or, with private plans, pay and claim the invoice in the app.</li>
<li><b>Mental health:</b> the university's psychological counselling is free; psychotherapy is covered by both statutory and most private plans.</li>
<li><b>Pregnancy:</b> antenatal care and birth are covered; in private plans check the waiting period.</li>
<li><b>Dentist:</b> check-ups are covered; crowns and implants often only partly &ndash; a dental add-on can help.</li>
</ol>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th>Situation</th><th>Who pays?</th></tr>
<tr><td>Flu, GP visit</td><td>Your health insurance</td></tr>
<tr><td>Broken phone screen</td><td>Gadget insurance (if you have it)</td></tr>
<tr><td>You damage your landlord's floor</td><td>Personal liability</td></tr>
</table>
<p style="font-size:11px;color:#777">Fjordlicht Direkt Versicherung AG &middot; Leipzig &middot; HRB 39017 &middot; <a href="https://news.fjordlicht.example/u?l=campus-en">Unsubscribe</a></p>
</body></html>
"""))

mail("ombudsmann-rundschreiben-fwd", "NORMAL", "de", "internal",
     "trap: forwarded ombudsman circular (message/rfc822) on new procedural rules, complaint thresholds and health cases; no individual",
     frm="Daniel Osterkamp <daniel.osterkamp@fjordlicht.example>",
     to="Carla Engert <carla.engert@fjordlicht.example>",
     cc="rechtsabteilung@fjordlicht.example",
     subject="WG: Rundschreiben 2/2026 – Änderungen der Verfahrensordnung",
     date="2026-06-04 09:12",
     body=MIX(T("""Carla, zur Info – Punkt 3 betrifft die Übermittlung von Gesundheits-
unterlagen an die Schlichtungsstelle. Sollen wir unseren Prozess anpassen?

Daniel
"""),
              FWD(dict(key="inner-rundschreiben",
                       frm="Versicherungsombudsmann – Geschäftsstelle <rundschreiben@vers-ombudsmann.example>",
                       to="mitgliedsunternehmen@vers-ombudsmann.example",
                       subject="Rundschreiben 2/2026 – Änderungen der Verfahrensordnung",
                       date="2026-06-03 15:00",
                       body=T("""Sehr geehrte Damen und Herren,

zum 1. Oktober 2026 treten folgende Änderungen der Verfahrensordnung in Kraft:

1. Die Wertgrenze für verbindliche Entscheidungen steigt von 10.000 €
   auf 12.500 €.
2. Stellungnahmen der Unternehmen sind künftig innerhalb von vier Wochen
   einzureichen; eine Verlängerung ist einmalig um zwei Wochen möglich.
3. Ärztliche Unterlagen, Gutachten und sonstige Gesundheitsdaten der
   Beschwerdeführenden sind ausschließlich über das sichere Upload-Portal
   zu übermitteln, nicht per E-Mail.
4. Beschwerden zur Berufsunfähigkeitsversicherung werden in einer eigenen
   Kammer bearbeitet.

Mit freundlichen Grüßen
Geschäftsstelle des Versicherungsombudsmanns
(fiktive Schlichtungsstelle für dieses Korpus)
""")), fname="Rundschreiben_2-2026.eml")))

mail("webform-spam-pharma", "NORMAL", "de", "system-to-internal",
     "trap: spam submitted through the contact form (pills, tramadol, crypto, fake IBAN request); no real person",
     frm="Fjordlicht Webformulare <formulare@fjordlicht.example>",
     to="service@fjordlicht.example",
     subject="Webformular Kontakt – WF-KO-2026-0803-9921 [SPAM-Verdacht 0.97]",
     date="2026-08-03 03:17:44",
     hdrs=[("Auto-Submitted", "auto-generated"), ("X-Spam-Score", "0.97")],
     body=T("""Webformular: Kontakt
Eingang: 03.08.2026 03:17:44
Formular-ID: WF-KO-2026-0803-9921
Spam-Wahrscheinlichkeit: 0,97 (Honeypot-Feld ausgefüllt)

Anrede: Herr
Vorname: Best
Nachname: Pharmacy Online
E-Mail: deals@cheap-meds-24.example
Telefon: +1 000 000 0000
Versicherungsnummer: 123456789
Anliegen: Sonstiges
Nachricht: BUY VIAGRA CIALIS TRAMADOL NO PRESCRIPTION!!! Diabetes? Depression?
Back pain? We ship discreet worldwide. Also earn 5000 EUR/week with crypto,
send your IBAN and date of birth to get started >>> hxxp://cheap-meds-24.example
Datenschutzhinweis gelesen: ja

-> Automatisch in Quarantäne verschoben. Keine Bearbeitung erforderlich.
"""))

mail("sales-training-demo-chat-en", "NORMAL", "en", "internal",
     "trap: sales-training demo chat with an invented persona (diabetes question, IBAN) clearly marked fictitious",
     frm="Patrick Zöllner <patrick.zoellner@fjordlicht.example>",
     to="international-desk@fjordlicht.example",
     subject="Role play for Thursday – demo chat",
     date="2026-09-22 15:40",
     body=T("""Hi all,

for Thursday's training please read this demo chat. The persona is
invented ("Jamie Example", 34, moved from Dublin, all data fake).

  Jamie:  hi, I have type 1 diabetes, can I even get private health
          insurance with you?
  Agent:  Thanks for asking upfront! With type 1 diabetes the expat
          plan is possible, usually with a risk surcharge. We'd need
          the health questions and your latest HbA1c.
  Jamie:  what's a risk surcharge
  Agent:  An extra amount on the premium because of a known condition.
          Alternatively, the statutory system doesn't ask about health.
  Jamie:  ok and can you debit from DE00 0000 0000 0000 0000 00?
  Agent:  Sure, once the contract exists - but please never post bank
          details in the open chat, use the app.

Discussion points: Was the agent's answer too salesy? Should the agent
have mentioned the statutory option earlier? How do we avoid giving
medical advice?

""" + SIG["zoellner"] + "\n", cte="7bit"))

mail("voice-journalist-pkv", "NORMAL", "de", "system-to-internal",
     "trap: voicemail of a journalist asking for a statement on health premium increases and refused therapies in general",
     frm="Fjordlicht Sprachbox <voicebox@fjordlicht.example>",
     to="presse@fjordlicht.example",
     subject="Neue Sprachnachricht (Zentrale) – 0:52 min – +49 341 ••••410",
     date="2026-11-10 17:45",
     hdrs=[("Auto-Submitted", "auto-generated")],
     body=T("""Neue Sprachnachricht – Zentrale
Eingang:      10.11.2026, 17:45 Uhr
Dauer:        0:52 min
Anrufer:      +49 341 ••••410
Warteschleife: Presse

Transkription (automatisch, ohne Gewähr):
„Ja, guten Abend, Miriam Fechner von der Mitteldeutschen Rundschau,
Wirtschaftsredaktion. Wir machen eine Geschichte über die
Beitragserhöhungen in der privaten Krankenversicherung zum Januar und
darüber, dass Versicherer immer häufiger Psychotherapien und Reha-
Maßnahmen ablehnen. Ich hätte gerne eine Stellungnahme von Fjordlicht,
wie hoch die Anpassung bei Ihnen ausfällt und wie viele Anträge Sie
ablehnen. Redaktionsschluss ist Donnerstag. Null drei vier eins, …
ich schicke es Ihnen auch per Mail. Danke."

Erkannte Sprache: Deutsch · Konfidenz 0,93
"""))

mail("sms-intern-verspaetung", "NORMAL", "de", "internal",
     "one-line internal note about being late; nothing sensitive",
     frm="Emre Aksoy <emre.aksoy@fjordlicht.example>",
     to="Patrick Zöllner <patrick.zoellner@fjordlicht.example>",
     subject="10 min später",
     date="2026-12-03 07:52",
     hdrs=[("X-Mailer", "Microsoft Outlook for iOS")],
     body=T("""S-Bahn steht in Stötteritz, bin ca. 10 Min später da. Übernehme dann direkt den Chat.

Outlook für iOS beziehen"""))

mail("intl-desk-weekly-stats-en", "NORMAL", "en", "internal",
     "trap: International Desk weekly topic counts (visa certificates, maternity, hospital guarantees, deaths abroad), no cases",
     frm="Owen Prendergast <owen.prendergast@fjordlicht.example>",
     to="international-desk@fjordlicht.example",
     cc="Patrick Zöllner <patrick.zoellner@fjordlicht.example>",
     subject="International Desk – week 14 in numbers",
     date="2026-04-06 08:30",
     body=ALT(T("""Morning all,

week 14 in numbers (chat + mail + phone, English only):

  Certificates for visa / university enrolment    38
  Maternity and newborn questions                 12
  Hospital cost guarantees abroad                  7
  Dental refunds                                  21
  Liability claims (mostly laptops and phones)    15
  Cancellations because of moving abroad           9
  Death of a relative / bereavement                2
  Complaints                                       4
  Total                                          108

Average first response: 3h 40min (target 4h). Thanks for the great work
during the Easter rush!

Owen
""", cte="7bit"),
        H("""<html><body style="font-family:Calibri,Arial">
<p>Morning all,</p><p>week 14 in numbers (English only):</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Topic</th><th>Count</th></tr>
<tr><td>Certificates for visa / university enrolment</td><td>38</td></tr>
<tr><td>Maternity and newborn questions</td><td>12</td></tr>
<tr><td>Hospital cost guarantees abroad</td><td>7</td></tr>
<tr><td>Dental refunds</td><td>21</td></tr>
<tr><td>Liability claims</td><td>15</td></tr>
<tr><td>Cancellations because of moving abroad</td><td>9</td></tr>
<tr><td>Death of a relative / bereavement</td><td>2</td></tr>
<tr><td>Complaints</td><td>4</td></tr>
<tr><td><b>Total</b></td><td><b>108</b></td></tr>
</table></body></html>
""", cte="7bit")))

mail("schulung-todesfall-prozess", "NORMAL", "de", "internal",
     "trap: training material on handling bereavement notifications with an obviously fictitious example customer",
     frm="Jana Wilkening <jana.wilkening@fjordlicht.example>",
     to="service-team@fjordlicht.example",
     subject="Leitfaden: Wenn Angehörige einen Todesfall melden",
     date="2026-02-05 14:00",
     body=T("""Liebe Kolleginnen und Kollegen,

nach den Rückmeldungen aus dem letzten Quartal hier der überarbeitete
Leitfaden für Todesfallmeldungen (Telefon, Chat, Mail, Sprachbox).

1. Zuerst Anteilnahme, dann Prozess. „Mein herzliches Beileid" – nicht
   „Haben Sie die Sterbeurkunde?".
2. Keine Auskunft über Verträge an Anrufende ohne Nachweis. Wir dürfen
   aber erklären, welche Unterlagen nötig sind.
3. Todesursache nicht erfragen! Nur bei Lebens- und Unfallversicherung
   kann die Leistung davon abhängen – das klären die Fachbereiche.
4. Sach-Verträge (Kfz, Hausrat, Wohngebäude) gehen auf die Erben über;
   leerstehende Häuser: Hinweis auf Obliegenheiten (Heizung, Kontrolle).

Beispiel (fiktiv): Frau Erika Beispiel ruft an, ihr Mann Max Beispiel
sei verstorben, er habe „irgendwas mit Leben" bei uns. -> Beileid,
Sterbeurkunde und Versicherungsschein anfordern, Vorgang an leben@
übergeben, Rückruf innerhalb 24 h zusagen.

Fragen gern an mich.

""" + SIG["wilkening"] + "\n"))

mail("job-ad-claims-handler-en", "NORMAL", "en", "insurer-to-partner",
     "trap: English job ad for a health claims handler (medical invoices, hospital guarantees), sent to an expat job board",
     frm="Fjordlicht Careers <jobs@fjordlicht.example>",
     to="postings@expat-jobs-germany.example",
     subject="Job posting: Claims Handler Health Insurance (English-speaking, m/f/d)",
     date="2026-08-25 11:00",
     body=T("""Hello,

please publish the following posting for 30 days (package Basic).

---------------------------------------------------------------
Claims Handler Health Insurance - International Desk (m/f/d)
Leipzig, full-time or 30 h, hybrid

What you'll do
- Check medical and dental invoices from Germany and abroad
- Issue hospital cost guarantees and talk to hospitals worldwide
- Explain decisions to expat customers in plain English
What you bring
- Training in health care, insurance or medical billing
- Fluent English, German at least B1
- Discretion with health data
What we offer
- Salary band EUR 48,000-56,000, 30 days leave, relocation support
Apply: jobs@fjordlicht.example, ref. ID-2026-08
---------------------------------------------------------------

Invoice to Fjordlicht Direkt Versicherung AG, Accounts Payable,
Lichtkanalstrasse 12, 04109 Leipzig, Germany.

Kind regards
Fjordlicht Careers
""", cte="7bit"))

mail("produktinfo-risikoleben-docx", "NORMAL", "de", "internal",
     "trap: draft product information for term life with health questions (cancer, HIV, BMI, drugs) as DOCX; no applicant",
     frm="Nele Sauerbrey <nele.sauerbrey@fjordlicht.example>",
     to="produkt-leben@fjordlicht.example",
     cc="Dr. med. Katrin Vollmer <katrin.vollmer@fjordlicht.example>",
     subject="Entwurf Produktinformationsblatt Risikoleben 2027 – bitte Gesundheitsfragen prüfen",
     date="2026-09-30 11:45",
     body=MIX(T("""Hallo zusammen,

anbei der Entwurf des PIB für die Risikolebensversicherung 2027. Katrin,
kannst du die Gesundheitsfragen (Abschnitt 4) gegenlesen? Wir möchten sie
verständlicher formulieren, ohne etwas zu verlieren.

Danke!
""" + SIG["sauerbrey"] + "\n"),
              DOCX("PIB_Risikoleben_2027_Entwurf.docx", [
                  "# Produktinformationsblatt Risikolebensversicherung (Entwurf 2027)",
                  "## 1. Was ist versichert?",
                  "Stirbt die versicherte Person während der Laufzeit, zahlen wir die vereinbarte Versicherungssumme an die bezugsberechtigten Personen.",
                  "## 2. Was ist nicht versichert?",
                  "Tod durch Selbsttötung in den ersten drei Jahren; Tod durch Kriegsereignisse.",
                  "## 4. Gesundheitsfragen (Entwurf)",
                  "4.1 Wurden Sie in den letzten 5 Jahren wegen Krebs, Herzinfarkt, Schlaganfall, Diabetes oder einer psychischen Erkrankung behandelt?",
                  "4.2 Ist bei Ihnen eine HIV-Infektion festgestellt worden?",
                  "4.3 Nehmen Sie Drogen oder wurden Sie wegen Alkoholmissbrauchs behandelt?",
                  "4.4 Größe und Gewicht (zur Berechnung des BMI).",
                  "4.5 Rauchen Sie oder haben Sie in den letzten 12 Monaten geraucht?",
                  "## 5. Beitrag",
                  "Beispiel: 35 Jahre, Nichtraucher, 200.000 EUR, 20 Jahre Laufzeit: 9,80 EUR monatlich.",
              ], author="N. Sauerbrey")))

mail("faq-geburt-service", "NORMAL", "de", "internal",
     "trap: service FAQ on what to do when a customer reports a birth (newborn cover, two-month rule, liability), no customer",
     frm="Emre Aksoy <emre.aksoy@fjordlicht.example>",
     to="service-team@fjordlicht.example",
     subject="FAQ-Update: „Kunde meldet Geburt – was tun?“",
     date="2026-05-27 10:30",
     body=T("""Hallo zusammen,

weil wir in letzter Zeit öfter unsicher waren, hier die kurze FAQ:

F: Ein Kunde meldet die Geburt seines Kindes. Was müssen wir tun?
A: Je nach Vertrag:
   - Private Krankenversicherung: Kindernachversicherung ohne
     Gesundheitsprüfung, wenn die Anmeldung innerhalb von zwei Monaten
     nach der Geburt eingeht. Frühgeburt, Kaiserschnitt, Behandlung auf
     der Neonatologie spielen dafür keine Rolle. Weiter an
     vertrag-kranken@.
   - Privathaftpflicht: Kinder sind im Familientarif automatisch
     mitversichert; Single-Tarif -> Umstellung anbieten.
   - Unfall: Kinderunfall anbieten.
   - Risikoleben: Hinweis auf Bezugsrecht.
F: Dürfen wir gratulieren?
A: Unbedingt :-)
F: Wohin mit Geburtsurkunde und Krankenhausberichten?
A: Nur über das Portal, nie als Mailanhang weiterleiten.

""" + SIG["aksoy"] + "\n"))

mail("relocation-partner-en", "NORMAL", "en", "company-to-insurer",
     "business proposal from a relocation agency (contact person in role); no customer data",
     frm="Sophie Lindqvist <sophie@settle-in-saxony.example>",
     to="hello@fjordlicht.example",
     subject="Partnership idea – insurance onboarding for relocating employees",
     date="2026-02-03 13:25",
     body=T("""Dear International Desk,

I run Settle in Saxony, a relocation agency in Leipzig and Dresden. We help
about 400 international hires a year with flats, registration, bank
accounts and schools - and every single one asks us about insurance.

Would you be interested in a referral partnership? We would hand out a
neutral info sheet and a link to your English contact form; you would
offer our clients an English onboarding call. No personal data would be
passed on by us - clients contact you themselves.

Happy to meet for a coffee in March.

Best regards
Sophie Lindqvist
Founder, Settle in Saxony GmbH (fictitious)
""", cte="7bit"))

mail("ombudsverfahren-jahresbericht-pdf", "NORMAL", "de", "internal",
     "trap: complaints report to the board on ombudsman cases 2025 by line and outcome (PDF), aggregates only",
     frm="Daniel Osterkamp <daniel.osterkamp@fjordlicht.example>",
     to="vorstand@fjordlicht.example",
     subject="Bericht Ombudsmann-Verfahren 2025",
     date="2026-01-21 09:00",
     body=MIX(T("""Sehr geehrte Mitglieder des Vorstands,

anbei der Jahresbericht zu den Schlichtungsverfahren 2025 (beide
Ombudsstellen). Der Bericht enthält keine Einzelfälle.

""" + SIG["osterkamp"] + "\n"),
              PDF("Bericht_Ombudsverfahren_2025.pdf", "Schlichtungsverfahren 2025 – Bericht an den Vorstand",
                  ["## Überblick",
                   "Verfahren gesamt: 47 (2024: 39). Davon Versicherungsombudsmann 31, Ombudsstelle PKV 16.",
                   "Ergebnis: 21 zugunsten Fjordlicht, 12 Vergleich/Abhilfe, 8 zugunsten Beschwerdeführer, 6 offen.",
                   "",
                   "## Nach Sparte",
                   "Kfz 9 · Hausrat/Wohngebäude 8 · Rechtsschutz 6 · Unfall 4 · Leben/BU 4 · Kranken 16",
                   "",
                   "## Häufigste Themen Kranken",
                   "Erstattung Heilpraktiker/Osteopathie (5), Hilfsmittel (3), Zahnersatz Wartezeit (4), Krankentagegeld (4)",
                   "",
                   "## Empfehlungen",
                   "Chat-Aussagen zu Leistungen schulen; Ablehnungsschreiben Zahn vereinfachen; Fristen für Stellungnahmen einhalten (2 Überschreitungen)."],
                  author="Beschwerdemanagement")))

mail("survey-chat-en", "NORMAL", "en", "system-to-customer",
     "generic satisfaction survey after a chat; no personal or contract data",
     frm="Fjordlicht <feedback@news.fjordlicht.example>",
     to="felix.andersen@studmail.example",
     subject="How was your chat with us?",
     date="2026-02-09 10:00",
     hdrs=[("Auto-Submitted", "auto-generated")],
     body=ALT(T("""Hi,

you recently chatted with our team. How did we do?

  Very good   https://feedback.fjordlicht.example/r?s=5&t=8f2a
  Good        https://feedback.fjordlicht.example/r?s=4&t=8f2a
  OK          https://feedback.fjordlicht.example/r?s=3&t=8f2a
  Not good    https://feedback.fjordlicht.example/r?s=2&t=8f2a

It takes 10 seconds. Thank you!

Your Fjordlicht team
""", cte="7bit"),
        H("""<html><body style="font-family:Arial"><p>Hi,</p><p>you recently chatted with our team. How did we do?</p>
<p><a href="https://feedback.fjordlicht.example/r?s=5&amp;t=8f2a">&#128512;</a> <a href="https://feedback.fjordlicht.example/r?s=4&amp;t=8f2a">&#128578;</a> <a href="https://feedback.fjordlicht.example/r?s=3&amp;t=8f2a">&#128528;</a> <a href="https://feedback.fjordlicht.example/r?s=2&amp;t=8f2a">&#128577;</a></p>
<p>Your Fjordlicht team</p></body></html>
""", cte="7bit")))

mail("workshop-sterbefall-ics", "NORMAL", "de", "internal",
     "trap: workshop invitation (ICS) on a digital bereavement process, death certificates and estates in general",
     frm="Oliver Tiedemann <oliver.tiedemann@fjordlicht.example>",
     to="prozesse-leben@fjordlicht.example",
     cc="service-team@fjordlicht.example",
     subject="Einladung Workshop „Sterbefall digital“",
     date="2026-10-19 12:15",
     body=MIX(T("""Hallo zusammen,

wir wollen die Sterbefallmeldung komplett digital machen – von der
Meldung durch Angehörige (Formular, Chat, Sprachbox) über die Prüfung der
Sterbeurkunde bis zur Auszahlung an Bezugsberechtigte oder Erben.

Bitte bringt Beispiele mit, wo es heute hakt – ohne Kundennamen.

""" + SIG["tiedemann"] + "\n"),
              ICS("Workshop_Sterbefall_digital.ics", "Workshop: Sterbefall digital",
                  "20261103T093000", "20261103T123000", location="Raum Fjord 3.01",
                  description="Themen: Online-Meldung durch Angehörige, Upload Sterbeurkunde/Erbschein, Prüfung Todesursache nur in Leben/Unfall, Auszahlung an Bezugsberechtigte. Keine Kundendaten mitbringen.",
                  organizer="oliver.tiedemann@fjordlicht.example",
                  attendees=["prozesse-leben@fjordlicht.example", "service-team@fjordlicht.example"])))

mail("postmortem-push-logs-en", "NORMAL", "en", "internal",
     "trap: incident postmortem on delayed refund push notifications with a ZIP of logs using hashed customer IDs",
     frm="Ruben Hallmann <ruben.hallmann@fjordlicht.example>",
     to="app-team@fjordlicht.example",
     cc="it-ops@fjordlicht.example",
     subject="Postmortem INC-0612: refund push notifications delayed up to 9 hours",
     date="2026-06-15 10:05",
     body=MIX(T("""Hi all,

postmortem for INC-0612 (12 June, 06:10-15:02):

Impact: about 4,100 "refund paid" push notifications for health and pet
claims arrived up to 9 hours late. No notification went to a wrong
device, no content was exposed.

Root cause: the certificate for the push provider expired at 06:00; the
retry queue filled up and the worker pool did not scale.

Actions:
1. Certificate expiry monitoring 30/14/7 days ahead (OPS-1290)
2. Queue depth alert (OPS-1291)
3. Load test for the retry worker (APP-2480)

Logs attached (customer IDs are salted hashes, no names, no amounts).

""" + SIG["hallmann"] + "\n", cte="7bit"),
              ZIP("INC-0612_logs.zip", [
                  ("push-worker-2026-06-12.log", """2026-06-12T06:00:03Z ERROR apns: certificate expired (notAfter=2026-06-12T06:00:00Z)
2026-06-12T06:00:04Z WARN  retry queue depth=118 cust=h:3f9a1c event=refund_paid line=health
2026-06-12T06:14:51Z WARN  retry queue depth=1022 cust=h:91be07 event=refund_paid line=pet
2026-06-12T09:30:12Z WARN  retry queue depth=3987 cust=h:aa0c52 event=refund_paid line=health
2026-06-12T14:58:40Z INFO  certificate renewed, draining queue
2026-06-12T15:02:11Z INFO  retry queue depth=0
""".replace("\n", "\r\n").encode("utf-8")),
                  ("timeline.txt", "06:00 cert expired\r\n06:45 first customer chat\r\n13:20 root cause found\r\n14:58 fixed\r\n".encode("utf-8")),
              ])))

mail("ab-test-formular", "NORMAL", "de", "internal",
     "trap: A/B test report on the claim form (drop-off at the diagnosis and IBAN fields), aggregate conversion rates",
     frm="Digital Analytics <analytics@fjordlicht.example>",
     to="produkt-digital@fjordlicht.example",
     subject="A/B-Test Leistungsformular: Variante B (Diagnose optional) gewinnt",
     date="2026-08-12 09:20",
     body=ALT(T("""Hallo zusammen,

Ergebnis des A/B-Tests „Rechnung einreichen" (01.07.–31.07.2026):

                                Variante A        Variante B
                                Diagnose Pflicht  Diagnose optional
  Formularaufrufe               18.410            18.377
  Abbruch beim Feld Diagnose    11,8 %             2,1 %
  Abbruch beim Feld IBAN         4,4 %             4,2 %
  Abgeschlossen                 71,6 %            80,9 %
  Rückfragen der Leistung        6,0 %             6,8 %

Empfehlung: Variante B ausrollen; die Diagnose steht ohnehin auf der
hochgeladenen Rechnung. Statistisch signifikant (p < 0,01).

Digital Analytics
"""),
        H("""<html><body style="font-family:Arial">
<p>Ergebnis des A/B-Tests &bdquo;Rechnung einreichen&ldquo; (Juli 2026):</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th></th><th>A: Diagnose Pflicht</th><th>B: Diagnose optional</th></tr>
<tr><td>Formularaufrufe</td><td>18.410</td><td>18.377</td></tr>
<tr><td>Abbruch Feld Diagnose</td><td>11,8 %</td><td>2,1 %</td></tr>
<tr><td>Abbruch Feld IBAN</td><td>4,4 %</td><td>4,2 %</td></tr>
<tr><td>Abgeschlossen</td><td>71,6 %</td><td>80,9 %</td></tr>
</table><p>Empfehlung: Variante B ausrollen.</p></body></html>
""")))

mail("fallstudie-anonym-fehlgeburt", "NORMAL", "de", "internal",
     "trap: anonymised training case on a miscarriage and hospital daily allowance; no name, number, date or place",
     frm="Henning Raabe <henning.raabe@fjordlicht.example>",
     to="leistung-kranken@fjordlicht.example",
     subject="Fallbesprechung Donnerstag – anonymisierter Fall 2026/07",
     date="2026-07-21 16:10",
     body=T("""Hallo zusammen,

für die Fallbesprechung am Donnerstag (anonymisiert, Details verändert):

Eine Versicherte, Ende 30, meldet im Chat, dass sie nach einer
Fehlgeburt in der 14. Woche zwei Tage im Krankenhaus war und eine
Ausschabung hatte. Sie fragt, ob das Krankenhaustagegeld gezahlt wird,
und schreibt, sie habe das Gefühl, „sich rechtfertigen zu müssen".
Die Kollegin im Chat hat nach dem Entlassungsbericht gefragt.

Fragen für die Runde:
1. Brauchen wir den Entlassungsbericht wirklich, oder reicht die
   Aufenthaltsbescheinigung?
2. Wie formulieren wir Rückfragen in solchen Situationen?
3. Sollte der Chat solche Fälle sofort an die Leistung übergeben?

Bitte keine Rückschlüsse auf den echten Fall ziehen oder nachschauen.

Henning
"""))

mail("glossary-intl-desk-csv-en", "NORMAL", "en", "internal",
     "trap: German-English glossary (CSV) with terms like Diagnose, Pflegegrad, Sterbeurkunde, IBAN; no person",
     frm="Mira Castellanos <mira.castellanos@fjordlicht.example>",
     to="international-desk@fjordlicht.example",
     subject="Updated glossary DE-EN (v7)",
     date="2026-03-02 12:00",
     body=MIX(T("""Hi team,

attached is version 7 of our glossary. New: care insurance terms and
everything around bereavement. Please use these translations in letters
so customers see the same words everywhere.

Mira
""", cte="7bit"),
              CSV("glossary_DE_EN_v7.csv", [
                  ("Deutsch", "English", "Note"),
                  ("Arbeitsunfähigkeitsbescheinigung", "sick note / certificate of incapacity for work", "AU"),
                  ("Befreiung von der Versicherungspflicht", "exemption from compulsory statutory insurance", "students"),
                  ("Bezugsrecht", "beneficiary designation", "life"),
                  ("Diagnose", "diagnosis", "never ask in open chat"),
                  ("Heil- und Kostenplan", "treatment and cost plan", "dental"),
                  ("Kostenübernahmeerklärung", "guarantee of payment / cost coverage confirmation", "hospitals"),
                  ("Pflegegrad", "care grade (1-5)", "long-term care"),
                  ("Schadenfreiheitsklasse", "no-claims class", "motor"),
                  ("Sterbeurkunde", "death certificate", "bereavement"),
                  ("Schweigepflichtentbindung", "release from medical confidentiality", ""),
                  ("Vorsorgevollmacht", "lasting power of attorney", "relatives"),
                  ("Wartezeit", "waiting period", ""),
                  ("IBAN / Lastschriftmandat", "IBAN / direct debit mandate", "SEPA"),
              ], enc="utf-8")))

mail("gewinnspiel-bedingungen", "NORMAL", "de", "newsletter",
     "raffle terms for an app campaign; no personal data",
     frm="Fjordlicht <info@news.fjordlicht.example>",
     to="app-nutzer@lists.fjordlicht.example",
     subject="Gewinne eines von 10 Lastenrädern – so geht's",
     date="2026-05-02 09:00",
     hdrs=[("Precedence", "bulk")],
     body=T("""Hallo!

Zum fünften Geburtstag der Fjordlicht-App verlosen wir 10 Lastenräder.

So machst du mit: Öffne bis 31.05.2026 die App und tippe auf
„Geburtstag". Fertig.

Teilnahmebedingungen (Kurzfassung):
- Teilnahme ab 18 Jahren mit Wohnsitz in Deutschland.
- Mitarbeitende der Fjordlicht Versicherungsgruppe sind ausgeschlossen.
- Die Gewinner werden am 05.06.2026 ausgelost und per App benachrichtigt.
- Die Teilnahme ist unabhängig vom Abschluss eines Vertrags.
- Vollständige Bedingungen: www.fjordlicht.example/gewinnspiel

Viel Glück!
Dein Fjordlicht-Team
""", cte="8bit"))

mail("einladung-forum-verbraucherschutz", "NORMAL", "de", "company-to-insurer",
     "event invitation from a consumer forum to the insurer's complaints manager; organisational only",
     frm="Forum Verbraucherschutz Mitteldeutschland <veranstaltungen@forum-vs.example>",
     to="daniel.osterkamp@fjordlicht.example",
     subject="Einladung: Forum Verbraucherschutz 2026 – Podium „Beschwerden als Chance“",
     date="2026-08-06 10:30",
     body=T("""Sehr geehrter Herr Osterkamp,

wir laden Sie herzlich als Podiumsgast zum Forum Verbraucherschutz 2026
ein:

  Datum:  Donnerstag, 22. Oktober 2026, 14:00–17:30 Uhr
  Ort:    Kongresshalle am Zoo, Leipzig (fiktiv)
  Podium: „Beschwerden als Chance – was Versicherer aus Schlichtungen
          lernen" mit Vertreterinnen der Verbraucherberatung, einer
          Ombudsstelle und zwei Versicherern

Honorar können wir leider nicht zahlen; Reisekosten entstehen ja nicht.
Über eine Zusage bis 15. September freuen wir uns.

Mit freundlichen Grüßen
Organisationsteam Forum Verbraucherschutz Mitteldeutschland (fiktiv)
"""))

mail("prospect-liability-compare-en", "NORMAL", "en", "insurer-to-prospect",
     "generic tariff comparison for personal liability sent to a prospect (price table); no contract or personal facts",
     frm="Owen Prendergast <hello@fjordlicht.example>",
     to="Ravi Menon <ravi.menon.mail@mailbox.example>",
     subject="Re: Personal liability – which tariff?",
     date="2026-03-18 11:25",
     irt="<WF-CB-2026-0316-1102@fjordlicht.example>",
     body=ALT(T("""Hi Ravi,

thanks for the nice chat on the phone. As promised, our three liability
tariffs side by side:

                         Basic        Smart        Premium
  Cover                  10 m EUR     20 m EUR     50 m EUR
  Rented flat damage     500 k EUR    1 m EUR      1 m EUR
  Lost keys (work)       -            10 k EUR     50 k EUR
  Borrowed items         -            yes          yes
  Single, per month      EUR 3.90     EUR 5.90     EUR 8.40

For most people Smart is the sweet spot. You can take out the policy
online in 5 minutes and start on any date you like.

""" + SIG["prendergast"] + "\n", cte="7bit"),
        H("""<html><body style="font-family:Arial">
<p>Hi Ravi,</p><p>as promised, our three liability tariffs side by side:</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th></th><th>Basic</th><th>Smart</th><th>Premium</th></tr>
<tr><td>Cover</td><td>10 m EUR</td><td>20 m EUR</td><td>50 m EUR</td></tr>
<tr><td>Rented flat damage</td><td>500 k EUR</td><td>1 m EUR</td><td>1 m EUR</td></tr>
<tr><td>Lost keys (work)</td><td>-</td><td>10 k EUR</td><td>50 k EUR</td></tr>
<tr><td>Borrowed items</td><td>-</td><td>yes</td><td>yes</td></tr>
<tr><td>Single, per month</td><td>EUR 3.90</td><td>EUR 5.90</td><td>EUR 8.40</td></tr>
</table><p>All the best,<br>Owen Prendergast<br>International Desk</p></body></html>
""", cte="7bit")))

mail("loeschkonzept-chat-voice", "NORMAL", "de", "internal",
     "trap: deletion concept for chat transcripts and voicemail recordings (retention periods, health data, § 257 HGB), no person",
     frm="Carla Engert <carla.engert@fjordlicht.example>",
     to="it-ops@fjordlicht.example",
     cc="Patrick Zöllner <patrick.zoellner@fjordlicht.example>",
     subject="Löschkonzept Chat-Transkripte und Sprachnachrichten – Version 1.2",
     date="2026-04-22 15:30",
     body=T("""Hallo zusammen,

nach der Abstimmung mit der Rechtsabteilung gilt ab 01.05. Folgendes:

Chat-Transkripte
- ohne Vertragsbezug (anonyme Besucher): 90 Tage, dann löschen
- mit Vertragsbezug: Übernahme in die Vertragsakte, Löschung im Chat-
  System nach 30 Tagen
- Transkripte mit Gesundheitsdaten nie per Mail exportieren, sondern
  nur in die Leistungsakte übernehmen

Sprachnachrichten (Audio + automatische Transkription)
- Audio: 30 Tage
- Transkription: wie Chat; bei Todesfall- und Leistungsmeldungen
  Übernahme in die Akte

Handelsbriefe (§ 257 HGB): 6 Jahre, Buchungsbelege 10 Jahre

Das IT-Ticket für die automatische Löschung ist OPS-1244.

""" + SIG["engert"] + "\n"))

mail("voicebox-daily-report-en", "NORMAL", "en", "system-to-internal",
     "trap: daily statistics of the voicemail transcription service (topics such as bereavement and hospital), counts only",
     frm="Fjordlicht Voicebox <voicebox@fjordlicht.example>",
     to="it-ops@fjordlicht.example",
     subject="Voicebox daily report 2026-03-18",
     date="2026-03-19 05:00",
     hdrs=[("Auto-Submitted", "auto-generated")],
     body=T("""Voicebox daily report - 18.03.2026

Messages received:           214
  de                         171
  en                          38
  other / not recognised       5
Average length:              0:58 min
Average confidence:          0.89
Transcriptions < 0.70:        12 (flagged for manual check)

Routing by queue:
  Claims property             61
  Motor                       44
  Health / refunds            39
  Life / bereavement           6
  International Desk          38
  Press / switchboard         26

Errors: 0   Audio storage used: 41.2 GB (retention 30 days)
""", cte="7bit"))

mail("kfz-wechsel-mailing", "NORMAL", "de", "newsletter",
     "marketing mailing for motor insurance switching season; no personal data",
     frm="Fjordlicht <angebote@news.fjordlicht.example>",
     to="interessenten@lists.fjordlicht.example",
     subject="Wechselzeit: Bis 30.11. Kfz-Versicherung vergleichen",
     date="2026-10-28 08:00",
     hdrs=[("Precedence", "bulk"), ("List-Unsubscribe", "<https://news.fjordlicht.example/u?l=interessenten>")],
     body=ALT(T("""Guten Tag,

bis zum 30. November können Sie die meisten Kfz-Versicherungen zum
Jahresende kündigen. Vergleichen lohnt sich:

- Ihr Schadenfreiheitsrabatt zieht mit.
- Online-Abschluss in 5 Minuten, eVB sofort per App.
- Werkstattbonus: 15 % günstiger mit unserer Partnerwerkstatt.

Jetzt Beitrag berechnen: www.fjordlicht.example/kfz

Fjordlicht Direkt Versicherung AG · HRB 39017
Abmelden: https://news.fjordlicht.example/u?l=interessenten
"""),
        H("""<html><body style="font-family:Arial">
<h2>Wechselzeit bis 30.11.</h2>
<ul><li>Ihr Schadenfreiheitsrabatt zieht mit.</li><li>Online-Abschluss in 5 Minuten, eVB sofort per App.</li><li>Werkstattbonus: 15 % günstiger.</li></ul>
<p><a href="https://www.fjordlicht.example/kfz">Jetzt Beitrag berechnen</a></p>
</body></html>
""", cs="iso-8859-1")))

mail("expat-meetup-sponsoring-en", "NORMAL", "en", "company-to-insurer",
     "request to sponsor an expat meetup; organisers named in their role only",
     frm="Leipzig Internationals e.V. <team@leipzig-internationals.example>",
     to="Nele Sauerbrey <nele.sauerbrey@fjordlicht.example>",
     subject="Sponsoring request – Leipzig Expat Night, 14 November",
     date="2026-09-09 19:10",
     body=T("""Dear Ms Sauerbrey,

Leipzig Internationals is a volunteer association that organises events
for newcomers. Our "Expat Night" on 14 November at the Kulturbahnhof
(fictitious) usually brings together 300-350 people.

We're looking for sponsors for drinks and the venue. Packages:
  Bronze  EUR 300  logo on the poster
  Silver  EUR 750  logo + info table
  Gold    EUR 1,500 logo + info table + 5-minute welcome talk

Since many of our guests ask about insurance in Germany, we thought
Fjordlicht's International Desk could be a great fit.

Best wishes
Tomás Guerrero, events coordinator
Leipzig Internationals e.V. (fictitious)
""", cte="quoted-printable"))

mail("vollmacht-vorlage-blank", "NORMAL", "de", "insurer-to-customer",
     "trap: blank power-of-attorney template for relatives (PDF) with empty fields for name, birth date, health matters",
     frm="Jana Wilkening <service@fjordlicht.example>",
     to="b.hoffmeister@freemail.example",
     subject="Vollmachtsvorlage für Angehörige",
     date="2026-05-05 15:35",
     body=MIX(T("""Guten Tag,

wie angekündigt anbei unsere Vollmachtsvorlage zum Ausfüllen. Sie können
sie ausgedruckt und unterschrieben im Portal hochladen.

""" + SIG["wilkening"] + "\n"),
              PDF("Vollmacht_Vorlage_Angehoerige.pdf", "Vollmacht gegenüber der Fjordlicht Versicherungsgruppe (Vorlage)",
                  ["Vollmachtgeber/in",
                   "Name, Vorname: ______________________________",
                   "Geburtsdatum: ____________  Anschrift: ____________________________",
                   "",
                   "Bevollmächtigte/r",
                   "Name, Vorname: ______________________________",
                   "Geburtsdatum: ____________  Anschrift: ____________________________",
                   "",
                   "Umfang der Vollmacht (bitte ankreuzen)",
                   "[ ] Sachversicherungen (Kfz, Hausrat, Wohngebäude, Haftpflicht)",
                   "[ ] Kranken-, Pflege-, Lebens- und Unfallversicherung, einschließlich",
                   "    Gesundheitsangaben (zugleich Entbindung von der Schweigepflicht)",
                   "[ ] Änderung von Bankverbindungen (IBAN)",
                   "[ ] Kündigungen und Vertragsänderungen",
                   "",
                   "Ort, Datum, Unterschrift Vollmachtgeber/in: ______________________",
                   "",
                   "Hinweis: Bitte senden Sie ausgefüllte Vollmachten nur über Mein Fjordlicht oder per Post."],
                  author="Fjordlicht")))

mail("treaty-renewal-mortality-en", "NORMAL", "en", "insurer-to-partner",
     "trap: reinsurance treaty renewal note with mortality tables, BU incidence by cause and large-loss counts, no individual",
     frm="Reinsurance Accounting <rueckversicherung@fjordlicht.example>",
     to="life-treaties@nordrueck-re.example",
     subject="Life/BU surplus treaty 2027 – renewal data",
     date="2026-10-09 13:00",
     body=ALT(T("""Dear colleagues,

ahead of our renewal meeting on 29 October, here are the key figures for
the life/BU surplus treaty (portfolio as of 30 June 2026):

Mortality experience 2023-2025 (actual/expected, DAV 2008 T)
  males 0.81, females 0.77, smokers 1.34

BU incidence per 1,000 insured (2025)
  mental disorders          1.9
  musculoskeletal           1.1
  cancer                    0.6
  cardiovascular            0.4
  accidents                 0.3

Large losses > EUR 500,000 since 2023: 3 death claims, 1 BU claim
(aggregated, case files available in the data room).

We propose keeping the retention at EUR 300,000 per life.

Kind regards
Reinsurance Accounting
Fjordlicht Lebensversicherung AG
""", cte="7bit"),
        H("""<html><body style="font-family:Arial">
<p>Key figures for the life/BU surplus treaty (30 June 2026):</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>BU cause</th><th>incidence per 1,000</th></tr>
<tr><td>mental disorders</td><td>1.9</td></tr><tr><td>musculoskeletal</td><td>1.1</td></tr>
<tr><td>cancer</td><td>0.6</td></tr><tr><td>cardiovascular</td><td>0.4</td></tr><tr><td>accidents</td><td>0.3</td></tr>
</table>
<p>Mortality A/E: males 0.81, females 0.77, smokers 1.34.</p></body></html>
""", cte="7bit")))

mail("unwetterwarnung-push", "NORMAL", "de", "system-to-customer",
     "trap: storm warning push mail to all customers in a postcode area, advice on claims; no name or address",
     frm="Fjordlicht App <benachrichtigung@app.fjordlicht.example>",
     to="region-04@lists.fjordlicht.example",
     subject="⚠️ Unwetterwarnung für Ihre Region: Orkanböen ab heute Abend",
     date="2026-02-15 15:30",
     hdrs=[("Auto-Submitted", "auto-generated"), ("Precedence", "bulk")],
     body=T("""Unwetterwarnung für das PLZ-Gebiet 04 (Leipzig und Umgebung)

Der Wetterdienst warnt ab heute 20 Uhr bis morgen Mittag vor Orkanböen bis
120 km/h.

Unsere Tipps:
- Fenster schließen, Gartenmöbel und Mülltonnen sichern.
- Auto nicht unter Bäumen parken.
- Schäden mit Fotos dokumentieren und in der App melden – auch nachts.
- Notmaßnahmen (z. B. Plane aufs Dach) sind versichert; Rechnung
  aufheben.

Bleiben Sie sicher!
Ihr Fjordlicht-Team

Sie erhalten diese Nachricht, weil Sie Unwetterwarnungen in der App
aktiviert haben.
"""))


# ==========================================================================
# build and check
# ==========================================================================

def ordered():
    idx = list(range(len(MAILS)))
    random.Random(NN).shuffle(idx)
    return [(f"{PREFIX}-{i + 1:04d}.eml", MAILS[j]) for i, j in enumerate(idx)]


def build(outdir):
    os.makedirs(os.path.join(outdir, "mails"), exist_ok=True)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for fname, d in ordered():
        msg = build_message(d, d["key"])
        data = msg.as_bytes(policy=SMTP)
        with open(os.path.join(outdir, "mails", fname), "wb") as f:
            f.write(data)
        rows.append("\t".join([fname, d["label"], d["lang"], d["kind"], d["reason"]]))
    with open(os.path.join(outdir, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")


def _open_attachment(name, data, ctype, stats, where):
    from collections import Counter  # noqa
    low = name.lower()
    ext = low.rsplit(".", 1)[-1] if "." in low else ""
    if ext == "pdf" or ctype == "application/pdf":
        import pypdf
        txt = "".join(p.extract_text() or "" for p in pypdf.PdfReader(io.BytesIO(data)).pages)
        assert txt.strip(), f"{where}: PDF without text layer"
        kind = "pdf"
    elif ext == "docx":
        import docx
        docx.Document(io.BytesIO(data))
        kind = "docx"
    elif ext == "xlsx":
        import openpyxl
        openpyxl.load_workbook(io.BytesIO(data))
        kind = "xlsx"
    elif ext in ("ods", "odt"):
        from odf.opendocument import load
        load(io.BytesIO(data))
        kind = ext
    elif ext == "zip":
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None, where
        for info in z.infolist():
            assert info.date_time == FIXED_ZIP_TIME, where
            _open_attachment(info.filename, z.read(info.filename), "", stats,
                             where + "/" + info.filename)
        kind = "zip"
    elif ext in ("jpg", "jpeg", "png"):
        from PIL import Image
        Image.open(io.BytesIO(data)).verify()
        kind = "image"
    elif ext == "csv":
        kind = "csv"
    elif ext == "ics":
        t = data.decode("utf-8")
        assert "BEGIN:VCALENDAR" in t and "END:VCALENDAR" in t, where
        kind = "ics"
    elif ext == "eml":
        m = email.message_from_bytes(data, policy=_policy.default)
        _walk(m, stats, where + "(eml)")
        kind = "eml"
    elif ext in ("txt", "log"):
        data.decode("utf-8")
        kind = "txt"
    else:
        raise AssertionError(f"{where}: unknown attachment type {name} {ctype}")
    stats[kind] = stats.get(kind, 0) + 1


def _walk(msg, stats, where):
    assert not msg.defects, f"{where}: {msg.defects}"
    for part in msg.walk():
        assert not part.defects, f"{where}: {part.defects}"
        ct = part.get_content_type()
        if ct == "message/rfc822":
            stats["rfc822"] = stats.get("rfc822", 0) + 1
            continue
        if part.is_multipart():
            continue
        fname = part.get_filename()
        payload = part.get_payload(decode=True)
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset() or "us-ascii"
            payload.decode(cs)  # strict
            if ct == "text/csv":
                txt = payload.decode(cs)
                rows = list(csv.reader(io.StringIO(txt), delimiter=";"))
                assert len(rows) > 1, where
            if ct == "text/calendar":
                _open_attachment(fname or "x.ics", payload, ct, stats, where)
                continue
            if fname and ct != "text/csv":
                _open_attachment(fname, payload, ct, stats, where)
                continue
            if ct == "text/csv":
                stats["csv"] = stats.get("csv", 0) + 1
            continue
        assert fname, f"{where}: part {ct} without filename"
        _open_attachment(fname, payload, ct, stats, where)


def check():
    from collections import Counter
    with tempfile.TemporaryDirectory() as tmp:
        build(tmp)
        for sub in ["labels.tsv"] + ["mails/" + f for f, _ in ordered()]:
            a = open(os.path.join(tmp, sub), "rb").read()
            b = open(os.path.join(HERE, sub), "rb").read()
            assert a == b, f"rebuild differs: {sub}"
        # second rebuild in the same process must also be byte-identical
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as f:
        lab = [ln.rstrip("\n").split("\t") for ln in f][1:]
    assert len(lab) == len(MAILS), len(MAILS)
    files = sorted(os.listdir(os.path.join(HERE, "mails")))
    assert files == [f"{PREFIX}-{i:04d}.eml" for i in range(1, len(MAILS) + 1)], "unexpected files"
    c_label, c_lang, c_kind, c_ll = Counter(), Counter(), Counter(), Counter()
    c_top, c_cs, c_cte, att = Counter(), Counter(), Counter(), {}
    traps = 0
    mids = set()
    kind_label = Counter()
    for (fname, d), row in zip(ordered(), lab):
        assert row[0] == fname and row[1] == d["label"], fname
        raw = open(os.path.join(HERE, "mails", fname), "rb").read()
        assert b"\n" not in raw.replace(b"\r\n", b""), f"{fname}: bare LF"
        msg = email.message_from_bytes(raw, policy=_policy.default)
        mid = msg["Message-ID"]
        assert mid not in mids, f"{fname}: duplicate Message-ID"
        mids.add(mid)
        assert " 2026 " in msg["Date"], fname
        _walk(msg, att, fname)
        c_label[d["label"]] += 1
        c_lang[d["lang"]] += 1
        c_ll[(d["label"], d["lang"])] += 1
        c_kind[d["kind"]] += 1
        kind_label[(d["kind"], d["label"])] += 1
        c_top[msg.get_content_type()] += 1
        for part in msg.walk():
            if part.get_content_maintype() == "text" and not part.get_filename():
                c_cs[part.get_content_charset()] += 1
                c_cte[part.get("Content-Transfer-Encoding", "7bit").lower()] += 1
        if d["label"] == "NORMAL" and d["reason"].startswith("trap:"):
            traps += 1
    print("mails:", len(lab))
    print("labels:", dict(c_label), " traps:", traps)
    print("languages:", dict(c_lang))
    for lb in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"):
        print(f"  {lb:22s} de={c_ll[(lb, 'de')]:3d} en={c_ll[(lb, 'en')]:3d}")
    print("kinds:")
    for k, n in c_kind.most_common():
        print(f"  {k:28s} {n:3d}  N={kind_label[(k, 'NORMAL')]} C={kind_label[(k, 'CONFIDENTIAL')]}"
              f" S={kind_label[(k, 'STRICTLY_CONFIDENTIAL')]}")
    print("top-level types:", dict(c_top))
    print("body charsets:", dict(c_cs))
    print("body transfer encodings:", dict(c_cte))
    print("attachments opened:", dict(sorted(att.items())))
    assert len(MAILS) == 200, f"expected 200 mails, have {len(MAILS)}"
    print("check OK")


def keymap():
    for fname, d in ordered():
        print(fname, d["label"][:6], d["lang"], d["key"], "|", d.get("hide", ""))


if __name__ == "__main__":
    if "--check" in sys.argv:
        check()
    elif "--map" in sys.argv:
        keymap()
    else:
        build(HERE)
        print("built", len(MAILS), "mails")
