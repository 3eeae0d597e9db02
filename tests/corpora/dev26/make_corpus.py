#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator for the Siegel development corpus `dev26` (file prefix d26-).

200 fictitious mails of the insurer "Versicherer" (versicherer.example) with a
label each (NORMAL / CONFIDENTIAL / STRICTLY_CONFIDENTIAL), written from the
classification section of shared/SPEC.md alone.  Emphasis: the insurer's
outgoing and internal mail with attachments and structured content.

Every mail is written out in full below (section MAILS); there is no template
that is filled with variables.  The helpers above that section only do the
MIME and file-format work.

    python make_corpus.py          # writes mails/ and labels.tsv
    python make_corpus.py --check  # parses every mail, opens every attachment

Needs: openpyxl, python-docx, odfpy, fpdf2, pypdf.
"""

import csv
import datetime
import hashlib
import io
import os
import re
import sys
import zipfile
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
MAILDIR = os.path.join(HERE, "mails")
PREFIX = "d26-"
LABELS = ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")

FIXED_DT = datetime.datetime(2026, 1, 2, 8, 0, 0)
ZIP_DT = (2026, 1, 2, 8, 0, 0)

# --------------------------------------------------------------------------
# dates, ids
# --------------------------------------------------------------------------

CUR = 0  # number of the mail being built


def _berlin_offset(dt):
    # CET / CEST 2026: summer time 29 March 02:00 until 25 October 03:00
    if datetime.datetime(2026, 3, 29, 2) <= dt < datetime.datetime(2026, 10, 25, 3):
        return datetime.timezone(datetime.timedelta(hours=2))
    return datetime.timezone(datetime.timedelta(hours=1))


def when(s=None, n=None):
    """'2026-03-04 10:12' -> aware datetime; None -> derived from the mail number."""
    if s:
        dt = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    else:
        n = CUR if n is None else n
        day = datetime.date(2026, 1, 5) + datetime.timedelta(days=(n * 53) % 330)
        while day.weekday() >= 5:
            day -= datetime.timedelta(days=1)
        dt = datetime.datetime(day.year, day.month, day.day, 7 + (n * 7) % 11, (n * 13) % 60)
    return dt.replace(tzinfo=_berlin_offset(dt))


def _h(*parts):
    return hashlib.sha1("|".join(str(p) for p in parts).encode()).hexdigest()


def make_msgid(style="exchange", n=None, salt="", domain="mail.example"):
    n = CUR if n is None else n
    h = _h("d26", n, style, salt)
    if style == "exchange":
        return "<%s%s@EXMBX%02d.ad.versicherer.example>" % (h[:20].upper(), h[20:24], 1 + n % 4)
    if style == "tb":
        return "<%s-%s-%s@versicherer.example>" % (h[:8], h[8:12], h[12:24])
    if style == "system":
        return "<%s.%d@app%02d.versicherer.example>" % (h[:16], 1700000 + n * 37, 1 + n % 3)
    if style == "news":
        return "<nl.%s@news.versicherer.example>" % h[:28]
    if style == "ext":  # foreign message (forwarded / quoted)
        return "<%s@%s>" % (h[:24], domain)
    raise ValueError(style)


def fix_boundaries(msg, n):
    styles = [
        lambda i: "_%03d_%s_" % (i, _h("b", n, i)[:28].upper()),                    # Outlook
        lambda i: "------------%s" % _h("b", n, i)[:24],                           # Thunderbird
        lambda i: "Apple-Mail=_%s" % _h("b", n, i)[:32].upper(),                   # Apple
        lambda i: "=_d26_%04d_%d_%s" % (n, i, _h("b", n, i)[:10]),                  # system
    ]
    style = styles[n % 4]
    i = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            part.set_boundary(style(i))
            i += 1
            for sub in part.get_payload():
                del sub["MIME-Version"]


# --------------------------------------------------------------------------
# building mails
# --------------------------------------------------------------------------

def mk(frm, to, subject, body=None, *, html=None, atts=(), cc=None, date=None,
       charset="utf-8", cte=None, html_cte=None, headers=(), msgid="exchange",
       reply_to=None, in_reply_to=None, flowed=False, bcc=None):
    """Build one message.  atts: (data, filename, 'type/subtype') tuples or
    EmailMessage objects (attached as message/rfc822)."""
    msg = EmailMessage(policy=SMTP)
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    if bcc:
        msg["Bcc"] = bcc
    if reply_to:
        msg["Reply-To"] = reply_to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when(date))
    msg["Message-ID"] = make_msgid(msgid)
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    for k, v in headers:
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    if body is not None:
        msg.set_content(body, charset=charset, cte=cte)
        if flowed:
            msg.set_param("format", "flowed")
        if html is not None:
            msg.add_alternative(html, subtype="html", charset="utf-8", cte=html_cte or "quoted-printable")
    elif html is not None:
        msg.set_content(html, subtype="html", charset=charset, cte=html_cte or cte or "quoted-printable")
    else:
        raise ValueError("no body")
    for a in atts:
        attach(msg, a)
    return msg


def attach(msg, a):
    if isinstance(a, EmailMessage):
        msg.add_attachment(a)
        return
    data, filename, ctype = a[:3]
    maintype, subtype = ctype.split("/")
    kw = {}
    if len(a) > 3:
        kw.update(a[3])
    if isinstance(data, str):
        data = data.encode("utf-8")
    msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename, **kw)


def inner(frm, to, subject, body, date, *, html=None, atts=(), cc=None, domain=None,
          charset="utf-8", cte=None):
    """A foreign message that gets forwarded as message/rfc822."""
    msg = EmailMessage(policy=SMTP)
    msg["From"] = frm
    msg["To"] = to
    if cc:
        msg["Cc"] = cc
    msg["Subject"] = subject
    msg["Date"] = format_datetime(when(date))
    if domain is None:
        domain = frm.rsplit("@", 1)[-1].strip(">")
    msg["Message-ID"] = make_msgid("ext", salt=subject + date, domain=domain)
    msg["MIME-Version"] = "1.0"
    if body is not None:
        msg.set_content(body, charset=charset, cte=cte)
        if html is not None:
            msg.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    else:
        msg.set_content(html, subtype="html", charset="utf-8", cte="quoted-printable")
    for a in atts:
        attach(msg, a)
    return msg


# --------------------------------------------------------------------------
# attachment formats
# --------------------------------------------------------------------------

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ODS = "application/vnd.oasis.opendocument.spreadsheet"
ODT = "application/vnd.oasis.opendocument.text"
PDF = "application/pdf"
ZIP = "application/zip"
CSVT = "text/csv"
ICS = "text/calendar"
TXT = "text/plain"


def norm_zip(data):
    """Re-pack an office file / zip with fixed member times and metadata."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == "docProps/core.xml":
                content = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*",
                                 rb"\g<1>2026-01-02T08:00:00Z", content)
            if info.filename == "meta.xml":
                content = re.sub(rb"(<(meta:creation-date|dc:date)>)[^<]*",
                                 rb"\g<1>2026-01-02T08:00:00", content)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, content)
    return out.getvalue()


def xlsx(sheets, creator="Versicherer AG"):
    """sheets: list of (title, rows) or (title, rows, widths); first row = header."""
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    wb.remove(wb.active)
    for sh in sheets:
        title, rows = sh[0], sh[1]
        ws = wb.create_sheet(title)
        for r in rows:
            ws.append(list(r))
        if rows:
            for c in ws[1]:
                c.font = Font(bold=True)
        ncol = max((len(r) for r in rows), default=0)
        for ci in range(ncol):
            w = max((len(str(r[ci])) for r in rows if ci < len(r) and r[ci] is not None), default=8)
            ws.column_dimensions[ws.cell(row=1, column=ci + 1).column_letter].width = min(max(w + 2, 8), 60)
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = FIXED_DT
    wb.properties.modified = FIXED_DT
    buf = io.BytesIO()
    wb.save(buf)
    return norm_zip(buf.getvalue())


def docx(blocks, author="Versicherer AG"):
    """blocks: str (paragraph), ('h', text[, level]), ('b', text), ('t', rows), ('i', text)."""
    import docx as _docx
    d = _docx.Document()
    for b in blocks:
        if isinstance(b, str):
            d.add_paragraph(b)
        elif b[0] == "h":
            d.add_heading(b[1], level=b[2] if len(b) > 2 else 1)
        elif b[0] == "b":
            d.add_paragraph().add_run(b[1]).bold = True
        elif b[0] == "i":
            d.add_paragraph().add_run(b[1]).italic = True
        elif b[0] == "t":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            t.style = "Table Grid"
            for ri, r in enumerate(rows):
                for ci, v in enumerate(r):
                    t.cell(ri, ci).text = str(v)
        else:
            raise ValueError(b)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED_DT
    cp.modified = FIXED_DT
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    return norm_zip(buf.getvalue())


_PDF_MAP = {"€": "EUR", "–": "-", "—": "-", "„": '"', "“": '"', "”": '"', "‚": "'", "‘": "'",
            "’": "'", "…": "...", "•": "-", "→": "->", "≥": ">=", "≤": "<=", "ı": "i", "ğ": "g",
            "ş": "s", "ł": "l", "ń": "n", "ś": "s", "ć": "c", "č": "c", "ř": "r", "ž": "z",
            "š": "s", "ę": "e", "ą": "a", "ż": "z", "Ş": "S", "İ": "I", "Ł": "L", "\u00a0": " ",
            "✓": "x", "«": "<<", "»": ">>"}


def _pdftxt(s):
    for k, v in _PDF_MAP.items():
        s = s.replace(k, v)
    return s.encode("latin-1", "replace").decode("latin-1")


def pdf(blocks, title="Dokument", letterhead=True, author="Versicherer AG"):
    """blocks: str (paragraph), ('h', text), ('b', text), ('t', rows[, widths]), ('sp',), ('small', text)."""
    from fpdf import FPDF
    p = FPDF(format="A4")
    p.set_creation_date(FIXED_DT.replace(tzinfo=datetime.timezone.utc))
    p.set_producer("Versicherer Dokumentenservice 4.2")
    p.set_creator("DocGen")
    p.set_author(author)
    p.set_title(_pdftxt(title))
    p.set_auto_page_break(True, 18)
    p.add_page()
    p.set_margins(20, 18, 20)
    if letterhead:
        p.set_font("Helvetica", "B", 13)
        p.set_xy(20, 14)
        p.cell(0, 7, "Versicherer AG", new_x="LMARGIN", new_y="NEXT")
        p.set_font("Helvetica", "", 8)
        p.cell(0, 4, "Lindenhofplatz 4 - 34117 Kassel - www.versicherer.example", new_x="LMARGIN", new_y="NEXT")
        p.ln(6)
    p.set_font("Helvetica", "", 10)
    for b in blocks:
        if isinstance(b, str):
            p.set_font("Helvetica", "", 10)
            p.multi_cell(0, 5, _pdftxt(b), new_x="LMARGIN", new_y="NEXT")
            p.ln(1.5)
        elif b[0] == "h":
            p.set_font("Helvetica", "B", 12)
            p.multi_cell(0, 6, _pdftxt(b[1]), new_x="LMARGIN", new_y="NEXT")
            p.ln(1)
        elif b[0] == "b":
            p.set_font("Helvetica", "B", 10)
            p.multi_cell(0, 5, _pdftxt(b[1]), new_x="LMARGIN", new_y="NEXT")
        elif b[0] == "small":
            p.set_font("Helvetica", "", 7.5)
            p.multi_cell(0, 3.6, _pdftxt(b[1]), new_x="LMARGIN", new_y="NEXT")
        elif b[0] == "sp":
            p.ln(4)
        elif b[0] == "t":
            rows = b[1]
            ncol = max(len(r) for r in rows)
            widths = b[2] if len(b) > 2 else [170.0 / ncol] * ncol
            fs = 8.5 if ncol > 5 else 9.5
            while fs > 5.5:
                p.set_font("Helvetica", "B", fs)
                if all(p.get_string_width(_pdftxt(str(v))) <= widths[ci] - 1.5
                       for r in rows for ci, v in enumerate(r)):
                    break
                fs -= 0.5
            for ri, r in enumerate(rows):
                p.set_font("Helvetica", "B" if ri == 0 else "", fs)
                for ci in range(ncol):
                    v = _pdftxt(str(r[ci])) if ci < len(r) else ""
                    while v and p.get_string_width(v) > widths[ci] - 1.5:
                        v = v[:-1]
                    p.cell(widths[ci], 5, v, border=1)
                p.ln(5)
            p.ln(2)
        else:
            raise ValueError(b)
    return bytes(p.output())


def _odf_save(doc):
    buf = io.BytesIO()
    doc.write(buf)
    return norm_zip(buf.getvalue())


def ods(sheets):
    """sheets: list of (title, rows); numbers become float cells."""
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableRow, TableCell
    from odf.text import P
    doc = OpenDocumentSpreadsheet()
    for title, rows in sheets:
        t = Table(name=title)
        for r in rows:
            tr = TableRow()
            for v in r:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    c = TableCell(valuetype="float", value=v)
                    c.addElement(P(text=str(v)))
                else:
                    c = TableCell(valuetype="string")
                    c.addElement(P(text="" if v is None else str(v)))
                tr.addElement(c)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    return _odf_save(doc)


def odt(blocks):
    """blocks: str paragraphs or ('h', text)."""
    from odf.opendocument import OpenDocumentText
    from odf.text import P, H
    doc = OpenDocumentText()
    for b in blocks:
        if isinstance(b, str):
            doc.text.addElement(P(text=b))
        else:
            doc.text.addElement(H(outlinelevel=1, text=b[1]))
    return _odf_save(doc)


def csvb(rows, enc="utf-8", delim=";", bom=False, crlf=True):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delim, lineterminator="\r\n" if crlf else "\n")
    for r in rows:
        w.writerow(r)
    data = s.getvalue().encode(enc)
    return (b"\xef\xbb\xbf" + data) if bom else data


def _fold(line):
    out, b = [], line.encode("utf-8")
    while len(b) > 75:
        cut = 75 if not out else 74
        while cut > 0 and (b[cut] & 0xC0) == 0x80:
            cut -= 1
        out.append(b[:cut])
        b = b[cut:]
    out.append(b)
    return b"\r\n ".join(out).decode("utf-8")


def ics(lines):
    """lines: the content lines of one VCALENDAR (without BEGIN/END:VCALENDAR)."""
    body = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Versicherer AG//Terminplaner 3.1//DE"]
    body += lines
    body.append("END:VCALENDAR")
    return ("\r\n".join(_fold(l) for l in body) + "\r\n").encode("utf-8")


def zipb(members):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=ZIP_DT)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            if isinstance(data, str):
                data = data.encode("utf-8")
            z.writestr(zi, data)
    return out.getvalue()


def iban_de(blz, konto):
    """valid German IBAN from bank code and account number."""
    bban = "%08d%010d" % (int(blz), int(konto))
    chk = 98 - int(bban + "131400") % 97
    return "DE%02d%s" % (chk, bban)


def grp(iban):
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


# --------------------------------------------------------------------------
# staff, signatures, footers
# --------------------------------------------------------------------------

FOOT = """--
Versicherer AG | Lindenhofplatz 4 | 34117 Kassel
Sitz der Gesellschaft: Kassel | Amtsgericht Kassel HRB 48213
Vorstand: Dr. Renate Ebersbach (Vors.), Paul Dieckmann, Yasemin Okur
Vorsitzender des Aufsichtsrats: Prof. Dr. Hartwig Lenz"""

FOOT_EN = """--
Versicherer AG | Lindenhofplatz 4 | 34117 Kassel | Germany
Registered office: Kassel | Local court Kassel HRB 48213
Management board: Dr. Renate Ebersbach (CEO), Paul Dieckmann, Yasemin Okur"""

DISCL = """Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der
richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie
diese Nachricht. Das unerlaubte Kopieren sowie die Weitergabe sind nicht gestattet."""

S = {}
S["oberlaender"] = """Jana Oberländer
Kraftfahrt-Schaden | Team Haftpflicht
Versicherer AG
Tel. 0561 70 88-3320 | Fax 0561 70 88-3399
jana.oberlaender@versicherer.example"""
S["soerensen"] = """Malte Sörensen
Sachschaden / Großschaden
Versicherer AG · Lindenhofplatz 4 · 34117 Kassel
T +49 561 7088-3410  M +49 160 5550 4410"""
S["wohlfahrt"] = """Dr. med. Ines Wohlfahrt
Leistungsprüfung Krankenversicherung – Ärztlicher Dienst
Versicherer AG
Telefon 0561 7088-4120"""
S["rauschenbach"] = """Benedikt Rauschenbach
Leistung Leben / Berufsunfähigkeit
Versicherer AG | Tel. 0561 7088-4230"""
S["aydin"] = """Sevgi Aydın
Leistungsservice Unfall
Versicherer AG
0561 7088-4310"""
S["engemann"] = """Carola Engemann
Underwriting Firmenkunden Sach/HUK
Versicherer AG | Lindenhofplatz 4 | 34117 Kassel
Tel. 0561 7088-5140"""
S["lindqvist"] = """Dr. med. Tobias Lindqvist
Risikoprüfung Leben/BU – Gesellschaftsarzt
Versicherer AG
Tel. 0561 7088-5260"""
S["vogelsang"] = """Henrik Vogelsang
Maklerbetreuung Region Nord
Versicherer AG
Mobil 0171 5550 2231 | henrik.vogelsang@versicherer.example"""
S["raman"] = """Priya Raman
Broker Relations – International Desk
Versicherer AG, Kassel (Germany)
+49 561 7088-5520"""
S["stadelmann"] = """Ulrike Stadelmann
Personalabteilung / HR-Business-Partner
Versicherer AG
Tel. 0561 7088-1140"""
S["kettler"] = """Moritz Kettler
Entgeltabrechnung
Versicherer AG | Tel. -1175"""
S["baum"] = """Friederike Baum
Finanzen – Inkasso/Exkasso
Versicherer AG
Tel. 0561 7088-2210"""
S["hrytsenko"] = """Oleksandr Hrytsenko
Provisionsabrechnung / Vermittlerkonten
Versicherer AG | Tel. 0561 7088-2260"""
S["wendtland"] = """Lukas Wendtland
IT-Service-Desk (2nd Level)
Versicherer AG – Informatik
Durchwahl -6610"""
S["faber"] = """Annika Faber
Informationssicherheit / Mail & PKI
Versicherer AG
Tel. 0561 7088-6730"""
S["reiss"] = """Dr. Konstantin Reiß
Rechtsabteilung
Versicherer AG
Tel. 0561 7088-1310"""
S["quade"] = """Marlene Quade
Datenschutzbeauftragte der Versicherer AG
datenschutz@versicherer.example"""
S["pohlmann"] = """Dennis Pohlmann
Kundenservice
Versicherer AG
Servicetelefon 0561 7088-0"""
S["ahrens"] = """Svenja Ahrens
Kundenservice – Team Vertrag
Versicherer AG"""
S["tillmann"] = """Gregor Tillmann
Reinsurance / Rückversicherung
Versicherer AG, Kassel
T +49 561 7088-2710"""
S["nowak"] = """Katharina Nowak
Vertrag Krankenversicherung
Versicherer AG
Tel. 0561 7088-4410"""
S["kaya"] = """Emre Kaya
Firmenkunden Leben / bAV
Versicherer AG | Tel. 0561 7088-4560"""
S["hollmann"] = """Birte Hollmann
Unternehmenskommunikation
Versicherer AG"""
S["brandauer"] = """Felix Brandauer
Aktuariat & Controlling
Versicherer AG | Tel. 0561 7088-2840"""
S["schwertfeger"] = """Nadine Schwertfeger
Kraftfahrt Flotten & Gewerbe
Versicherer AG
Tel. 0561 7088-3150"""
S["carstens"] = """Wiebke Carstens
Assistenz des Vorstands
Versicherer AG"""

A = {  # addresses of staff
    "oberlaender": "Jana Oberländer <jana.oberlaender@versicherer.example>",
    "soerensen": "Malte Sörensen <malte.soerensen@versicherer.example>",
    "wohlfahrt": "\"Wohlfahrt, Ines Dr.\" <ines.wohlfahrt@versicherer.example>",
    "rauschenbach": "Benedikt Rauschenbach <benedikt.rauschenbach@versicherer.example>",
    "aydin": "Sevgi Aydın <sevgi.aydin@versicherer.example>",
    "engemann": "Carola Engemann <carola.engemann@versicherer.example>",
    "lindqvist": "\"Lindqvist, Tobias Dr.\" <tobias.lindqvist@versicherer.example>",
    "vogelsang": "Henrik Vogelsang <henrik.vogelsang@versicherer.example>",
    "raman": "Priya Raman <priya.raman@versicherer.example>",
    "stadelmann": "\"Stadelmann, Ulrike\" <ulrike.stadelmann@versicherer.example>",
    "kettler": "Moritz Kettler <moritz.kettler@versicherer.example>",
    "baum": "Friederike Baum <friederike.baum@versicherer.example>",
    "hrytsenko": "Oleksandr Hrytsenko <oleksandr.hrytsenko@versicherer.example>",
    "wendtland": "\"Wendtland, Lukas\" <lukas.wendtland@versicherer.example>",
    "faber": "Annika Faber <annika.faber@versicherer.example>",
    "reiss": "\"Dr. Konstantin Reiß\" <konstantin.reiss@versicherer.example>",
    "quade": "Marlene Quade <datenschutz@versicherer.example>",
    "pohlmann": "Dennis Pohlmann <dennis.pohlmann@versicherer.example>",
    "ahrens": "Svenja Ahrens <svenja.ahrens@versicherer.example>",
    "tillmann": "Gregor Tillmann <gregor.tillmann@versicherer.example>",
    "nowak": "\"Nowak, Katharina\" <katharina.nowak@versicherer.example>",
    "kaya": "Emre Kaya <emre.kaya@versicherer.example>",
    "hollmann": "Birte Hollmann <birte.hollmann@versicherer.example>",
    "brandauer": "Felix Brandauer <felix.brandauer@versicherer.example>",
    "schwertfeger": "Nadine Schwertfeger <nadine.schwertfeger@versicherer.example>",
    "carstens": "Wiebke Carstens <wiebke.carstens@versicherer.example>",
}

MAILS = {}


def M(n, label, lang, kind, reason):
    assert label in LABELS and lang in ("de", "en") and "\t" not in reason
    def deco(fn):
        assert n not in MAILS, n
        MAILS[n] = (label, lang, kind, reason, fn)
        return fn
    return deco


# ==========================================================================
# MAILS
# ==========================================================================
# ---------------------------------------------------------------- 0001-0020

@M(1, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "harmless covering text; attached PDF is the addressee's health reimbursement statement (orthopaedist, physiotherapy, M54.5, ibuprofen) with birth date and IBAN")
def _():
    body = """Sehr geehrter Herr Brückner,

zu Ihrer Einreichung vom 12. Januar 2026 erhalten Sie anbei unser Schreiben
als PDF. Den Betrag überweisen wir in den nächsten Tagen.

Falls etwas unklar ist, antworten Sie einfach auf diese Nachricht.

Freundliche Grüße
Ihr Leistungsservice

""" + S["nowak"] + "\n\n" + FOOT
    att = pdf([
        ("h", "Leistungsabrechnung Krankheitskosten"),
        "Herrn Tobias Brückner, Am Weinberg 17, 34131 Kassel",
        "Versicherungsnummer: KV 4471 0923-01   Tarif: AM-Komfort 300, ZE 80",
        "Versicherte Person: Tobias Brückner, geb. 14.07.1979",
        "Abrechnungsdatum: 21.01.2026",
        ("t", [["Rechnung vom", "Leistungserbringer", "Leistung", "Betrag", "erstattet"],
               ["05.12.2025", "Dr. med. Anja Velte, Orthopaedie", "GOAe 1, 5, 800, 3306; Diagn. M54.5", "187,42 EUR", "187,42 EUR"],
               ["18.12.2025", "Physio am Ring, Kassel", "6x Krankengymnastik, 6x Waermepackung", "214,80 EUR", "193,32 EUR"],
               ["19.12.2025", "Loewen-Apotheke", "Ibuprofen 600 mg N2, PZN 01016042", "14,97 EUR", "14,97 EUR"]],
         [24, 50, 56, 20, 20]),
        "Summe erstattet: 395,71 EUR. Bei der Physiotherapie haben wir die Hoechstsaetze unseres Heilmittelverzeichnisses angesetzt (Differenz 21,48 EUR).",
        "Die Auszahlung erfolgt auf Ihr Konto " + grp(iban_de("52070024", "3319840")) + ".",
        "Ihr Selbstbehalt 2026: 300,00 EUR, davon verbraucht 0,00 EUR (ambulante Heilmittel sind ausgenommen).",
        ("small", "Versicherer AG - Diese Abrechnung wurde maschinell erstellt und ist ohne Unterschrift gueltig."),
    ], title="Leistungsabrechnung")
    return mk("Leistungsservice Kranken <leistung-kranken@versicherer.example>",
              "Tobias Brückner <t.brueckner@freenet-mail.example>",
              "Ihre Einreichung vom 12.01.2026", body, date="2026-01-21 10:14",
              cte="quoted-printable",
              atts=[(att, "Schreiben_2026-01-21.pdf", PDF)])


@M(2, "NORMAL", "de", "internal",
   "trap: benefit expenditure per ICD-10 chapter and age band for the whole health portfolio, aggregates only, no person")
def _():
    rows = [["ICD-Kapitel", "Bezeichnung", "Fälle", "Leistung EUR", "Anteil", "Veränd. Vj."],
            ["I", "Infektiöse Krankheiten (A00-B99)", 4120, 1893400, "2,1 %", "-4 %"],
            ["II", "Neubildungen (C00-D48)", 2875, 14722900, "16,4 %", "+7 %"],
            ["IV", "Endokrine/Stoffwechsel (E00-E90)", 6310, 3980250, "4,4 %", "+3 %"],
            ["V", "Psychische Störungen (F00-F99)", 5544, 9871300, "11,0 %", "+12 %"],
            ["IX", "Kreislaufsystem (I00-I99)", 7208, 12654800, "14,1 %", "+2 %"],
            ["XIII", "Muskel-Skelett (M00-M99)", 15930, 15110450, "16,8 %", "+5 %"],
            ["XIX", "Verletzungen (S00-T98)", 6012, 8120700, "9,0 %", "-1 %"],
            ["übrige", "alle anderen Kapitel", 31877, 23460100, "26,2 %", "+3 %"]]
    bands = [["Altersband", "Versicherte", "Leistung je Vers. EUR"],
             ["0-19", 18450, 812], ["20-39", 41230, 1106], ["40-59", 52880, 2245],
             ["60-79", 27610, 4870], ["80+", 5920, 7315]]
    body = """Hallo Frau Nowak,

wie am Dienstag besprochen die Auswertung der Leistungsausgaben 2025 nach
Diagnosegruppen (ICD-10-Kapitel). Grundlage sind die abgerechneten Belege mit
Diagnoseangabe, also ca. 87 % des Volumens; der Rest steckt in "übrige".

Auffällig wie erwartet Kapitel V (psychische Störungen), +12 % ggü. Vorjahr,
vor allem ambulante Psychotherapie. Die Aufteilung nach Altersbändern ist im
zweiten Blatt. Einzelfälle sind da natürlich nicht drin, kleinste Zelle
hat >1.000 Fälle.

Für die Vorstandsvorlage würde ich nur die Grafik nehmen, sag Bescheid.

Gruß
Felix

""" + S["brandauer"]
    return mk(A["brandauer"], A["nowak"], "Leistungsausgaben 2025 nach Diagnosegruppen",
              body, cc="Aktuariat Kranken <aktuariat-kv@versicherer.example>",
              atts=[(xlsx([("nach ICD-Kapitel", rows), ("nach Alter", bands)], creator="F. Brandauer"),
                     "LA_2025_ICD_Kapitel_v2.xlsx", XLSX)])


@M(3, "CONFIDENTIAL", "de", "insurer-to-company",
   "fleet renewal: attached XLSX lists the customer's named drivers with birth dates, licence dates and plates; body harmless")
def _():
    rows = [["Kennzeichen", "Fahrzeug", "Fahrer", "Geb.-Datum", "Führerschein seit", "Klasse", "Bemerkung"],
            ["KS-HL 201", "MAN TGX 18.470", "Andrzej Wiśniewski", "03.04.1977", "1996", "CE", ""],
            ["KS-HL 202", "MAN TGX 18.470", "Heiko Brandes", "21.11.1983", "2002", "CE", ""],
            ["KS-HL 214", "Mercedes Actros 1845", "Dragan Petković", "09.02.1990", "2009", "CE", "Eintritt 01/2026"],
            ["KS-HL 230", "VW Crafter 35", "Lena Vöhringer", "30.06.1998", "2016", "B/C1", ""],
            ["KS-HL 231", "VW Crafter 35", "Murat Şimşek", "17.08.2001", "2019", "B", "Fahranfänger < 25 J."],
            ["KS-HL 240", "Skoda Octavia Combi", "Pool", "", "", "B", "Poolfahrzeug"]]
    body = """Sehr geehrter Herr Hagedorn,

vielen Dank für die schnelle Rückmeldung. Ich habe Ihre Liste in unsere
Vorlage übernommen und zwei Punkte markiert (gelb im Original, hier in der
Spalte "Bemerkung"). Könnten Sie bitte bis Ende nächster Woche prüfen, ob
die Angaben so stimmen? Danach erstelle ich das Verlängerungsangebot für die
Flotte zum 01.04.

Mit freundlichen Grüßen

""" + S["schwertfeger"] + "\n\n" + FOOT
    return mk(A["schwertfeger"], "Jens Hagedorn <j.hagedorn@hagedorn-logistik.example>",
              "AW: Flottenverlängerung 2026 – Fahrerliste", body,
              cc="Fuhrpark <fuhrpark@hagedorn-logistik.example>",
              atts=[(xlsx([("Fahrer", rows)], creator="N. Schwertfeger"), "Fahrerliste_Hagedorn_2026.xlsx", XLSX)])


@M(4, "NORMAL", "en", "internal",
   "IT maintenance window for the mail gateway with a calendar file; no personal data")
def _():
    body = """Hi all,

heads-up: we patch the outbound mail relays and the certificate service on
Saturday, 14 March, 06:00-09:00. Mail will queue, nothing gets lost.
Portal logins may fail for a few minutes around 07:30.

Calendar entry attached so it lands in the ops calendar. Change ticket
CHG-2026-0311, rollback plan is in the ticket.

Cheers
Annika

""" + S["faber"]
    cal = ics(["METHOD:PUBLISH",
               "BEGIN:VEVENT",
               "UID:chg-2026-0311@versicherer.example",
               "DTSTAMP:20260305T091500Z",
               "DTSTART;TZID=Europe/Berlin:20260314T060000",
               "DTEND;TZID=Europe/Berlin:20260314T090000",
               "SUMMARY:Wartung Mail-Relays + Zertifikatsdienst (CHG-2026-0311)",
               "LOCATION:RZ Kassel-Nord",
               "DESCRIPTION:Patch Postfix relays mx01/mx02\\, restart cert service. Contact: IT on-call +49 561 7088-6999",
               "TRANSP:TRANSPARENT",
               "END:VEVENT"])
    return mk(A["faber"], "IT-Betrieb <it-betrieb@versicherer.example>", "Maintenance window Sat 14 March - mail relays",
              body, date="2026-03-05 10:15", atts=[(cal, "CHG-2026-0311.ics", ICS)])


@M(5, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-reinsurer",
   "Q4 disability claims bordereau for the reinsurer: named insured persons with birth dates, diagnosis groups and annuities, only in the XLSX")
def _():
    rows = [["Claim ref", "Policy", "Insured", "DOB", "Occupation", "Onset", "Cause (ICD group)", "Monthly benefit EUR", "Status"],
            ["BU-25-0418", "LV 7730 1184", "Sabine Kretschmar", "1972-05-19", "Nurse", "2025-03-02", "F33 recurrent depression", 1850, "accepted"],
            ["BU-25-0457", "LV 7730 2931", "Rüdiger Haas", "1966-10-03", "Roofer", "2025-04-28", "M51.1 disc prolapse", 2100, "accepted"],
            ["BU-25-0502", "LV 7731 0077", "Nele Johannsen", "1988-01-27", "Teacher", "2025-06-15", "C50.9 breast cancer", 1600, "accepted, review 2027"],
            ["BU-25-0611", "LV 7731 4410", "Timo Albers", "1980-12-08", "IT consultant", "2025-08-11", "G35 multiple sclerosis", 2750, "under assessment"],
            ["BU-25-0688", "LV 7732 0650", "Hatice Demir", "1975-07-14", "Cleaner", "2025-09-30", "M17.1 gonarthrosis", 900, "declined (< 50 %)"]]
    body = """Dear Ms Lefèvre,

please find attached the Q4/2025 claims bordereau for treaty LQS-2019-03
(disability quota share, 40 % ceded). Five new notifications this quarter,
three accepted, one still with our medical officer and one declined.

Cash call: none this quarter, the ceded share of paid benefits
(EUR 61,240.00) is settled through the regular account.

Best regards
Gregor

""" + S["tillmann"] + "\n\n" + FOOT_EN
    return mk(A["tillmann"], "Camille Lefèvre <c.lefevre@nordkap-re.example>",
              "LQS-2019-03 - bordereau Q4 2025", body, date="2026-01-27 16:02",
              atts=[(xlsx([("Q4-2025", rows)], creator="G. Tillmann"), "LQS-2019-03_bordereau_Q4-2025.xlsx", XLSX)])


@M(6, "CONFIDENTIAL", "de", "insurer-to-broker",
   "commission statement of a sole-trader broker with his IBAN and tax number, customers named with motor/household/liability policies (no personal lines)")
def _():
    ib = iban_de("52050353", "71188420")
    att = pdf([
        ("h", "Provisionsabrechnung Februar 2026"),
        "Vermittler: Versicherungsbuero Juergen Pahl (Einzelunternehmen), Vermittlernr. 30-4418",
        "Steuernummer 026 812 40318 - Auszahlung auf " + grp(ib),
        ("t", [["Vertrag", "Kunde", "Sparte", "Art", "Bewertungssumme", "Provision"],
               ["KH 55 019 882", "Gisela Wohlrab", "Kfz", "Neugeschaeft", "612,40", "61,24"],
               ["HR 12 774 031", "Familie Oezdemir", "Hausrat", "Neugeschaeft", "188,00", "37,60"],
               ["PH 09 331 204", "Karsten Lüth", "Privathaftpflicht", "Bestand", "74,90", "7,49"],
               ["WG 40 118 667", "Ehel. Brandt", "Wohngebaeude", "Neugeschaeft", "1.204,55", "180,68"],
               ["KH 55 020 115", "Olga Reimer", "Kfz", "Storno 03/26", "-498,00", "-49,80"]],
         [30, 38, 32, 28, 24, 18]),
        "Summe Provision: 237,21 EUR zzgl. 0,00 EUR USt (steuerfrei nach § 4 Nr. 11 UStG).",
        "Stornoreserve: 5 % einbehalten = 11,86 EUR. Auszahlungsbetrag: 225,35 EUR, Valuta 06.03.2026.",
    ], title="Provisionsabrechnung 02/2026")
    body = """Hallo Herr Pahl,

anbei Ihre Abrechnung für Februar. Die Stornobuchung bei Frau Reimer kommt
aus der Kündigung zum 31.03. (Fahrzeugverkauf), das hatten Sie ja schon
mitbekommen.

Viele Grüße nach Baunatal
Oleksandr Hrytsenko

""" + S["hrytsenko"]
    return mk(A["hrytsenko"], "Jürgen Pahl <info@vb-pahl.example>", "Provisionsabrechnung 02/2026",
              body, date="2026-03-04 11:40",
              atts=[(att, "Provisionsabrechnung_30-4418_2026-02.pdf", PDF)])


@M(7, "NORMAL", "de", "insurer-to-broker",
   "trap: blank consent/release forms (Schweigepflichtentbindung, health questions) sent as empty DOCX templates to a broker firm, no person")
def _():
    form = docx([
        ("h", "Erklärung zur Entbindung von der Schweigepflicht"),
        ("i", "Formular SE-03/2026 – bitte vollständig ausfüllen"),
        "Versicherte Person: ____________________________   Geburtsdatum: ____.____.______",
        "Vertragsnummer (falls vorhanden): __________________",
        "Ich entbinde die nachfolgend genannten Ärztinnen und Ärzte, Zahnärzte, Krankenhäuser "
        "und sonstigen Angehörigen von Heilberufen von ihrer Schweigepflicht, soweit die Versicherer AG "
        "die Angaben zur Prüfung der Leistungspflicht benötigt (§ 213 VVG).",
        ("t", [["Name / Einrichtung", "Anschrift", "Zeitraum"], ["", "", ""], ["", "", ""], ["", "", ""]]),
        "☐ Ich möchte vor jeder Erhebung gesondert informiert werden.",
        "☐ Ich willige ein, dass die Versicherer AG die Daten an Rückversicherer übermittelt.",
        "Ort, Datum: ______________________   Unterschrift: ______________________",
    ])
    form2 = docx([
        ("h", "Gesundheitsfragen – Beiblatt zum Antrag Berufsunfähigkeit"),
        "1. Wurden Sie in den letzten 5 Jahren ärztlich beraten, untersucht oder behandelt? ☐ ja ☐ nein",
        "2. Bestehen oder bestanden in den letzten 10 Jahren Erkrankungen des Herzens, des Kreislaufs, "
        "der Psyche, des Rückens? ☐ ja ☐ nein",
        "3. Nehmen Sie regelmäßig Medikamente ein? ☐ ja ☐ nein",
        ("t", [["Frage Nr.", "Erkrankung / Diagnose", "Behandler", "von – bis", "ausgeheilt?"], ["", "", "", "", ""], ["", "", "", "", ""]]),
    ])
    body = """Sehr geehrte Frau Osterfeld,

wie telefonisch zugesagt, hier die aktuellen Fassungen unserer Formulare als
Word-Dateien. Ab 1. April bitte nur noch diese Versionen verwenden, die alten
(Stand 2023) nehmen wir dann nicht mehr an, weil sich der Wortlaut zur
Rückversicherung geändert hat.

Die PDF-Fassungen zum Ausfüllen am Bildschirm stellen wir in der kommenden
Woche ins Maklerportal.

Beste Grüße
Henrik Vogelsang

""" + S["vogelsang"]
    return mk(A["vogelsang"], "Dörte Osterfeld <d.osterfeld@osterfeld-partner.example>",
              "Formulare Stand 04/2026", body, date="2026-03-10 15:20",
              atts=[(form, "SE-03-2026_Schweigepflichtentbindung_leer.docx", DOCX),
                    (form2, "BU-Gesundheitsfragen_Beiblatt_leer.docx", DOCX)])


@M(8, "CONFIDENTIAL", "de", "internal-system",
   "system dunning report: XLSX with named motor/household customers, contract numbers, arrears and partly masked IBANs")
def _():
    rows = [["Mahnstufe", "VS-Nr.", "Sparte", "Name", "PLZ", "Rückstand EUR", "fällig seit", "Zahlweg", "Konto"],
            [2, "KH 55 014 772", "Kfz", "Pawlak, Ireneusz", "34123", 318.60, "2026-02-01", "Überweisung", ""],
            [2, "HR 12 601 993", "Hausrat", "Sommer, Brigitte", "34225", 96.00, "2026-01-15", "Lastschrift (RL)", "DE41 **** **** **** **27 18"],
            [2, "KH 55 017 104", "Kfz", "Ntumba, Patrick", "34134", 744.10, "2026-02-01", "Lastschrift (RL)", "DE08 **** **** **** **40 02"],
            [2, "PH 09 118 240", "PHV", "Kluge-Redlich, Anne", "37073", 68.50, "2026-01-01", "Überweisung", ""],
            [2, "WG 40 087 315", "Wohngebäude", "Tschirner, Bodo", "34346", 1140.00, "2026-01-01", "Überweisung", ""]]
    body = """Automatisch erzeugte Nachricht – bitte nicht antworten.

Mahnlauf INK-M2 vom 16.02.2026 abgeschlossen.
  erzeugte Mahnungen Stufe 2:      5 (Druck: Postausgang, Los 2026-07)
  davon mit Rücklastschrift:       2
  Gesamtrückstand:            2.367,20 EUR

Die Einzelliste hängt an. Rückfragen an das Inkasso-Team (Durchwahl -2210).

--
INKASSO-BATCH P01 | Job INK-M2 | Lauf-ID 2026-02-16-0412"""
    return mk("Inkasso-Batch <batch-inkasso@versicherer.example>", A["baum"],
              "[INK-M2] Mahnlauf Stufe 2 – 16.02.2026 – 5 Fälle", body, date="2026-02-16 04:12",
              msgid="system", headers=[("Auto-Submitted", "auto-generated"), ("X-Mailer", "INK-Batch 5.3")],
              atts=[(xlsx([("Mahnstufe2", rows)], creator="INK-Batch"), "INK-M2_2026-02-16.xlsx", XLSX)])


@M(9, "STRICTLY_CONFIDENTIAL", "de", "internal",
   "HR invites a named employee to integration management (BEM) because of more than six weeks' sickness absence; letter in DOCX")
def _():
    letter = docx([
        "Versicherer AG – Personalabteilung",
        "Herrn Sebastian Kroll, Abteilung Kundenservice, Personalnummer 40917",
        ("h", "Angebot eines Betrieblichen Eingliederungsmanagements (§ 167 Abs. 2 SGB IX)"),
        "Sehr geehrter Herr Kroll,",
        "Sie waren in den vergangenen zwölf Monaten insgesamt 47 Arbeitstage arbeitsunfähig erkrankt "
        "(Zeiträume 03.03.–28.03.2025, 02.09.–10.10.2025). Wir möchten Ihnen deshalb ein Betriebliches "
        "Eingliederungsmanagement anbieten.",
        "Die Teilnahme ist freiwillig. Gemeinsam wollen wir klären, ob und wie Ihre Arbeitsunfähigkeit "
        "überwunden und erneuter Arbeitsunfähigkeit vorgebeugt werden kann. Auf Wunsch nehmen die "
        "Schwerbehindertenvertretung, der Betriebsrat oder die Betriebsärztin Dr. Gesine Harms teil.",
        "Bitte teilen Sie uns bis zum 20.02.2026 mit, ob Sie das Angebot annehmen (Rückantwort anbei).",
        "Mit freundlichen Grüßen",
        "Ulrike Stadelmann",
        ("h", "Rückantwort", 2),
        "☐ Ich nehme das Angebot an.   ☐ Ich lehne das Angebot ab.   ☐ Ich möchte zunächst ein Informationsgespräch.",
    ], author="U. Stadelmann")
    body = """Hallo Herr Kroll,

wie heute Morgen am Telefon angekündigt, schicke ich Ihnen das Schreiben
vorab per Mail; das Original kommt per Hauspost in einem verschlossenen
Umschlag. Melden Sie sich gern direkt bei mir, wenn Sie vorher Fragen haben.

Viele Grüße
Ulrike Stadelmann

""" + S["stadelmann"]
    return mk(A["stadelmann"], "Sebastian Kroll <sebastian.kroll@versicherer.example>",
              "Ihr Gesprächsangebot – Schreiben vorab", body, date="2026-02-04 13:05",
              atts=[(letter, "Schreiben_Kroll_2026-02-04.docx", DOCX)])


@M(10, "NORMAL", "en", "internal",
   "trap: property XL treaty renewal statistics, loss ratios per year and largest losses of commercial risks (warehouses, factories), no natural person")
def _():
    html = """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hi Gregor,</p>
<p>for Thursday's call with the lead market, here are the as-if figures for the
property XL programme (layer 2: EUR 15m xs 10m). All numbers gross, indexed to 2026.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#dde"><th>UW year</th><th>GWP EUR m</th><th>Losses &gt; 5m</th><th>Incurred EUR m</th><th>Loss ratio</th></tr>
<tr><td>2021</td><td>212.4</td><td>3</td><td>118.9</td><td>56.0 %</td></tr>
<tr><td>2022</td><td>221.0</td><td>5</td><td>141.2</td><td>63.9 %</td></tr>
<tr><td>2023</td><td>230.8</td><td>2</td><td>117.4</td><td>50.9 %</td></tr>
<tr><td>2024</td><td>244.1</td><td>4</td><td>152.6</td><td>62.5 %</td></tr>
<tr><td>2025</td><td>251.7</td><td>6</td><td>171.3</td><td>68.1 %</td></tr>
</table>
<p>Largest losses 2025 (all commercial, all fire):</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#dde"><th>Claim</th><th>Risk</th><th>Date</th><th>Gross EUR</th></tr>
<tr><td>GS-25-0031</td><td>Food processing plant, Lower Saxony</td><td>2025-02-11</td><td>22,400,000</td></tr>
<tr><td>GS-25-0107</td><td>Logistics warehouse (cold storage)</td><td>2025-07-02</td><td>14,950,000</td></tr>
<tr><td>GS-25-0154</td><td>Sawmill, Thuringia</td><td>2025-09-19</td><td>9,120,000</td></tr>
</table>
<p>Loss picks for layer 2 attached in the model as usual - I only put the summary here.</p>
<p>Felix</p>
<pre>""" + S["brandauer"] + """</pre>
</body></html>"""
    return mk(A["brandauer"], A["tillmann"], "Property XL renewal - as-if loss ratios", html=html,
              date="2026-02-23 08:47")


@M(11, "NORMAL", "de", "newsletter",
   "trap: broker newsletter (HTML only) announcing BU for trainees, dental and household tariffs with premium examples by entry age, no person")
def _():
    html = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Maklerbrief März 2026</title></head>
<body style="margin:0;background:#f3f3f3">
<table width="640" align="center" cellpadding="0" cellspacing="0" style="background:#fff;font-family:Arial,sans-serif;font-size:14px;color:#222">
<tr><td style="background:#003a70;color:#fff;padding:18px 24px;font-size:20px">Versicherer <b>Maklerbrief</b> · März 2026</td></tr>
<tr><td style="padding:20px 24px">
<h2 style="color:#003a70">Neu: BU-Start für Azubis und Studierende</h2>
<p>Ab 1. April bieten wir die Berufsunfähigkeitsversicherung <b>BU-Start</b> mit vereinfachten
Gesundheitsfragen (nur 3 Fragen, 5 Jahre rückwirkend) für Auszubildende und Studierende bis 27 an.
Nachversicherungsgarantie bei Abschluss der Ausbildung ohne erneute Gesundheitsprüfung.</p>
<table cellpadding="6" cellspacing="0" border="1" style="border-collapse:collapse;font-size:13px">
<tr style="background:#e6eef6"><th>Eintrittsalter</th><th>BU-Rente 1.000 EUR</th><th>Monatsbeitrag (Berufsgruppe A)</th><th>Berufsgruppe C</th></tr>
<tr><td>18</td><td>bis 67</td><td>29,80 EUR</td><td>52,10 EUR</td></tr>
<tr><td>21</td><td>bis 67</td><td>33,40 EUR</td><td>58,70 EUR</td></tr>
<tr><td>25</td><td>bis 67</td><td>38,90 EUR</td><td>66,25 EUR</td></tr>
</table>
<h2 style="color:#003a70">Zahnzusatz ZE-Plus: Wartezeiten entfallen</h2>
<p>Für Neuabschlüsse bis 30.06. verzichten wir auf die 8-monatige Wartezeit bei Zahnersatz.
Laufende Behandlungen und angeratene Maßnahmen bleiben ausgeschlossen.</p>
<h2 style="color:#003a70">Hausrat 2026: Fahrraddiebstahl rund um die Uhr</h2>
<p>Die Nachtzeitklausel entfällt in allen neuen Tarifen. Umdeckung bestehender Verträge über das Maklerportal.</p>
<p style="font-size:12px;color:#666">Provisionen und Courtagesätze finden Sie wie gewohnt im Maklerportal unter „Vereinbarungen“.</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#777;background:#eee">
Sie erhalten diesen Maklerbrief als registrierter Vertriebspartner der Versicherer AG.
<a href="https://makler.versicherer.example/newsletter/abmelden">Abmelden</a> ·
Versicherer AG, Lindenhofplatz 4, 34117 Kassel · HRB 48213 AG Kassel</td></tr>
</table></body></html>"""
    return mk("Versicherer Maklerbrief <maklerbrief@news.versicherer.example>",
              "makler-verteiler@news.versicherer.example", "Maklerbrief März: BU-Start für Azubis, ZE-Plus ohne Wartezeit",
              html=html, date="2026-03-03 07:30", msgid="news",
              headers=[("List-Unsubscribe", "<https://makler.versicherer.example/newsletter/abmelden>"),
                       ("Precedence", "bulk")])


@M(12, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
   "accident insurance: commission of a medical expert for a named insured's invalidity examination (knee injury, cruciate ligament) with calendar invitation")
def _():
    cal = ics(["METHOD:REQUEST",
               "BEGIN:VEVENT",
               "UID:unf-2025-33817-gutachten@versicherer.example",
               "DTSTAMP:20260209T101000Z",
               "DTSTART;TZID=Europe/Berlin:20260303T093000",
               "DTEND;TZID=Europe/Berlin:20260303T103000",
               "SUMMARY:Begutachtung Frau Melanie Grotefend (UN 2025/33817) - Invaliditaet li. Knie",
               "LOCATION:Praxis Dr. Behrendt\\, Wilhelmshöher Allee 210\\, 34119 Kassel",
               "DESCRIPTION:Unfall vom 18.01.2025 (Sturz Treppe)\\, vordere Kreuzbandruptur links\\, OP 24.01.2025 (VKB-Plastik). "
               "Bitte Bewegungsmaße nach Neutral-Null-Methode und Bemessung nach Gliedertaxe (Beinwert unterhalb Kniegelenk). "
               "Versicherte: geb. 11.09.1986\\, Tel. 0176 5550 3318.",
               "ORGANIZER;CN=Sevgi Aydin:mailto:sevgi.aydin@versicherer.example",
               "ATTENDEE;CN=Dr. Jörg Behrendt;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:gutachten@praxis-behrendt.example",
               "END:VEVENT"])
    body = """Sehr geehrter Herr Dr. Behrendt,

vielen Dank für die Terminbestätigung am Telefon. Anbei die Einladung für
Dienstag, 3. März, 9:30 Uhr. Frau Grotefend ist informiert und bringt die
MRT-Aufnahmen vom Dezember mit.

Die Unterlagen (OP-Bericht, Entlassbericht, Reha-Bericht) schicke ich Ihnen
wie gewohnt über unser Postfach im SecureMail-Portal.

Mit freundlichen Grüßen
Sevgi Aydın

""" + S["aydin"]
    return mk(A["aydin"], "Dr. Jörg Behrendt <gutachten@praxis-behrendt.example>",
              "Gutachtenauftrag UN 2025/33817 – Termin 03.03.", body, date="2026-02-09 11:10",
              atts=[(cal, "Begutachtung_UN2025-33817.ics", ICS, {"params": {"method": "REQUEST"}})])


@M(13, "CONFIDENTIAL", "de", "insurer-to-customer",
   "household claim: bicycle theft settlement letter (DOCX) with claim number, new-value calculation and the customer's IBAN")
def _():
    ib = iban_de("50010517", "5429961744")
    letter = docx([
        "Versicherer AG · Lindenhofplatz 4 · 34117 Kassel",
        "Frau Carla Rensing\nFriedrich-Ebert-Straße 88\n34119 Kassel",
        "Kassel, 17.02.2026",
        ("b", "Hausratversicherung HR 12 580 441 – Schaden-Nr. S-HR-26-00912 – Fahrraddiebstahl vom 02.02.2026"),
        "Sehr geehrte Frau Rensing,",
        "wir haben Ihre Schadenanzeige und die Bestätigung der Polizei (Tagebuchnummer 0226/04811) geprüft "
        "und ersetzen den Neuwert Ihres Trekkingrads wie folgt:",
        ("t", [["Position", "Betrag"],
               ["Neupreis Kalkhoff Endeavour 5.B (Vergleichsangebot)", "3.199,00 EUR"],
               ["Fahrradschloss Abus Granit", "89,95 EUR"],
               ["Entschädigungsgrenze Fahrrad (1 % der Vers.-Summe 65.000 EUR) – gekappt auf", "650,00 EUR"],
               ["Mehrbeitrag 'Fahrrad Plus' vorhanden – Grenze 5.000 EUR", "3.288,95 EUR"],
               ["Auszahlung", "3.288,95 EUR"]]),
        "Den Betrag überweisen wir auf das Konto " + grp(ib) + " (Kontoinhaberin Carla Rensing).",
        "Sollte das Rad wieder auftauchen, melden Sie sich bitte bei uns.",
        "Mit freundlichen Grüßen\nMalte Sörensen",
    ], author="M. Soerensen")
    body = """Sehr geehrte Frau Rensing,

gute Nachricht: Ihr Schaden ist reguliert. Das Schreiben mit der
Berechnung finden Sie im Anhang.

Freundliche Grüße
Malte Sörensen

""" + S["soerensen"]
    return mk(A["soerensen"], "Carla Rensing <carla.rensing@mailbox.example>",
              "Ihr Schaden S-HR-26-00912", body, date="2026-02-17 09:32",
              atts=[(letter, "Regulierung_S-HR-26-00912.docx", DOCX)])


@M(14, "NORMAL", "de", "internal",
   "trap: data-protection jour fixe minutes about health data in mail, ICD codes and consent forms; staff names only, no customer")
def _():
    att = pdf([
        ("h", "Protokoll Datenschutz-Jour-fixe Nr. 2/2026"),
        "Datum: 12.02.2026, 10:00-11:30, Raum K3.14 und Teams",
        "Teilnehmende: M. Quade (DSB, Leitung), Dr. I. Wohlfahrt (Leistung KV), B. Rauschenbach (Leistung LV/BU), "
        "A. Faber (IT-Sicherheit), Dr. K. Reiss (Recht), D. Pohlmann (Kundenservice)",
        ("b", "TOP 1 Gesundheitsdaten im E-Mail-Verkehr"),
        "Im Januar wurden 14 Mails mit Diagnosen oder Arztberichten unverschluesselt an private Adressen beantwortet "
        "(Vorjahr: 31). Ursache ueberwiegend Antworten auf Kundenmails mit Zitat. Massnahme: Schulungsmodul 'Antworten ohne Zitat' "
        "bis 31.03. (Verantwortlich: D. Pohlmann).",
        ("b", "TOP 2 ICD-10-Codes in Betreffzeilen"),
        "Die Sachbearbeitung traegt teilweise ICD-Codes (z. B. F32.1, M54.5) in den Betreff ein, damit die Zuordnung schneller geht. "
        "Beschluss: unzulaessig; Betreff nur mit Vorgangsnummer. IT prueft eine technische Sperre.",
        ("b", "TOP 3 Neufassung Schweigepflichtentbindungserklaerung"),
        "Der Text nach GDV-Muster wurde um den Passus zur Rueckversicherung ergaenzt. Einfuehrung 01.04.2026, Formularnummer SE-03/2026.",
        ("b", "TOP 4 Verschiedenes"),
        "Auskunftsersuchen nach Art. 15 DSGVO: 22 im Januar, Bearbeitungsdauer im Mittel 11 Tage.",
        "Naechster Termin: 12.03.2026.",
        ("small", "Protokoll: W. Carstens. Verteiler: Teilnehmende, Vorstand Ressort Betrieb."),
    ], title="Protokoll DS-JF 2/2026")
    body = """Liebe Kolleginnen und Kollegen,

anbei das Protokoll vom Donnerstag. Bitte bis Mittwoch Korrekturen an mich,
danach geht es an den Vorstand.

Herzliche Grüße
Marlene Quade

""" + S["quade"]
    return mk(A["quade"], "DS-Jour-fixe <ds-jourfixe@versicherer.example>",
              "Protokoll DS-Jour-fixe 12.02.", body, date="2026-02-13 14:22",
              atts=[(att, "Protokoll_DS-JF_2026-02-12.pdf", PDF)])


@M(15, "CONFIDENTIAL", "en", "insurer-to-customer",
   "motor liability claim settlement for an English-speaking customer: claim number, plate, settlement figures, 'nobody was injured'; letter as PDF")
def _():
    att = pdf([
        ("h", "Motor claim K-26-004417 - settlement"),
        "Mr Daniel Whitcombe, Goethestrasse 5, 34119 Kassel",
        "Policy KH 55 021 339, vehicle KS-DW 747 (Volvo V60, VIN YV1ZW25UDM1234567)",
        "Date of loss: 08 January 2026, car park Koenigsplatz. Damage to third-party vehicle only; nobody was injured.",
        ("t", [["Item", "Amount"],
               ["Repair costs third party (garage invoice)", "EUR 2,874.10"],
               ["Loss of use, 4 days", "EUR 172.00"],
               ["Assessor fee", "EUR 498.00"],
               ["Total paid to third party", "EUR 3,544.10"]], [120, 50]),
        "As this claim was paid under your motor liability cover, your no-claims class changes from SF 12 to SF 5 "
        "on renewal (01 January 2027). You may buy back the claim by reimbursing EUR 3,544.10 within six months.",
    ], title="Claim settlement K-26-004417")
    body = """Dear Mr Whitcombe,

as promised on the phone, please find our settlement letter attached. The
option to reimburse us is explained on page 1 - no need to decide now.

Kind regards

Jana Oberländer
Motor Claims | Liability Team
Versicherer AG
Phone +49 561 7088-3320"""
    return mk(A["oberlaender"], "Daniel Whitcombe <dan.whitcombe@postbox.example>",
              "Your claim K-26-004417", body, date="2026-02-12 16:45",
              atts=[(att, "K-26-004417_settlement.pdf", PDF)])


@M(16, "NORMAL", "en", "internal",
   "trap: payment run summary to treasury with the insurer's own bank accounts (valid IBANs of the company) and totals only")
def _():
    a1 = iban_de("52040021", "400118800")
    a2 = iban_de("52050000", "1002233")
    a3 = iban_de("50070010", "922145600")
    csvdata = csvb([["run_id", "value_date", "debit_account", "bank", "items", "amount_eur", "purpose"],
                    ["EXK-2026-0612", "2026-03-13", a1, "Commerzbank Kassel", "1184", "2418733.52", "claims payments P&C"],
                    ["EXK-2026-0612", "2026-03-13", a2, "Landesbank", "3920", "1377210.08", "health reimbursements"],
                    ["EXK-2026-0612", "2026-03-13", a3, "Deutsche Bank", "44", "912400.00", "supplier invoices"],
                    ["EXK-2026-0612", "2026-03-13", a1, "Commerzbank Kassel", "611", "508221.17", "broker commissions"]],
                   delim=",")
    body = """Hi Treasury team,

today's outgoing payment run EXK-2026-0612 is released in the banking
software (4 files, 5,759 transfers, EUR 5,216,564.77 in total). Please make
sure the Landesbank account is covered by 11:00 - liquidity forecast said
EUR 1.2m, actual is EUR 1.38m because of the January backlog in health.

Summary per debit account attached as CSV, individual transfers stay in
the banking system as usual.

Thanks
Friederike

""" + S["baum"]
    return mk(A["baum"], "Treasury <treasury@versicherer.example>",
              "Payment run EXK-2026-0612 released", body, date="2026-03-12 09:05",
              atts=[(csvdata, "EXK-2026-0612_summary.csv", CSVT)])


@M(17, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
   "HTML-only status table of the broker's pending life/disability applications: named clients, medical reports requested, exclusions")
def _():
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Segoe UI,Arial;font-size:10.5pt">
<p>Hallo Herr Breuer,</p>
<p>hier der Stand Ihrer offenen Anträge in der Risikoprüfung (Leben/BU), Stichtag heute:</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#e8e8e8"><th>Antrag</th><th>Kunde</th><th>Produkt</th><th>Stand</th><th>Was fehlt</th></tr>
<tr><td>A-LV-26-01182</td><td>Kathrin Mehlhorn</td><td>SBU 1.500 EUR</td><td>Rückfrage Arzt</td><td>Befundbericht Hausarzt zu Hashimoto-Thyreoiditis, Schilddrüsenwerte 2025</td></tr>
<tr><td>A-LV-26-01230</td><td>Florian Eckhardt</td><td>Risiko-LV 250.000 EUR</td><td>Angebot mit Zuschlag</td><td>Zustimmung zu 50 % Zuschlag wg. BMI 34 und Hypertonie</td></tr>
<tr><td>A-LV-26-01307</td><td>Yvonne Tiedemann</td><td>SBU 2.000 EUR</td><td>Ausschluss angeboten</td><td>Annahme Ausschlussklausel Wirbelsäule (Bandscheibenvorfall L4/5, 2023)</td></tr>
<tr><td>A-LV-26-01344</td><td>Ole Marquardt</td><td>SBU 1.200 EUR</td><td>vollständig</td><td>– Policierung läuft</td></tr>
</table>
<p>Bei Frau Mehlhorn wäre es gut, wenn Sie nochmal nachhaken – die Anfrage beim Arzt ist jetzt drei Wochen alt.</p>
<p>Viele Grüße<br>Henrik Vogelsang<br>Maklerbetreuung Region Nord · Versicherer AG<br>Mobil 0171 5550 2231</p>
</body></html>"""
    return mk(A["vogelsang"], "Marcel Breuer <m.breuer@finanzkontor-breuer.example>",
              "Offene Anträge LV/BU – Stand 24.02.", html=html, date="2026-02-24 17:18")


@M(18, "NORMAL", "en", "newsletter",
   "trap: internal employee newsletter about health week (flu shots, back-care course, mental health talk), no individual")
def _():
    text = """VERSICHERER INSIDE - Health Week 20-24 April

Flu shots: the company doctor's team vaccinates on Tuesday and Wednesday in
room K0.12. No appointment needed, bring your vaccination card if you have one.

Back care: three short sessions "Healthy back at the desk" with a physio from
our partner studio. Sign-up in the intranet, max. 15 people each.

Talk: "Stress, sleep and burnout - when to get help", Thursday 12:30 in the
canteen, also streamed. Questions can be asked anonymously via the chat.

Blood pressure check and eye test are offered at the health stand in the
foyer all week.

Your Health Management team"""
    html = """<html><body style="font-family:Arial;font-size:14px">
<h1 style="color:#0a7a5a">Versicherer INSIDE &ndash; Health Week 20&ndash;24 April</h1>
<table cellpadding="8" style="border:1px solid #ccc">
<tr><td><b>Flu shots</b></td><td>Tue/Wed, room K0.12, no appointment needed</td></tr>
<tr><td><b>Back care</b></td><td>3 sessions &bdquo;Healthy back at the desk&ldquo;, sign-up in the intranet</td></tr>
<tr><td><b>Talk</b></td><td>&bdquo;Stress, sleep and burnout &ndash; when to get help&ldquo;, Thu 12:30, canteen + stream</td></tr>
<tr><td><b>Health stand</b></td><td>Blood pressure check and eye test, foyer, all week</td></tr>
</table>
<p>Your Health Management team</p></body></html>"""
    return mk("Versicherer INSIDE <inside@versicherer.example>", "alle-mitarbeitenden@versicherer.example",
              "INSIDE: Health Week 20-24 April", text, html=html, date="2026-04-13 08:00",
              msgid="news", headers=[("Precedence", "bulk")])


@M(19, "CONFIDENTIAL", "de", "internal",
   "HR to payroll: salary changes after promotions for named employees (old and new annual salary) in an XLSX")
def _():
    rows = [["PNr", "Name", "Abteilung", "bisher Tarifgruppe", "neu", "Jahresgehalt alt", "Jahresgehalt neu", "gültig ab"],
            [40211, "Lea Martens", "Leistung KV", "TG 5", "TG 6", 51840, 56220, "2026-04-01"],
            [40388, "Jan-Philipp Ortmann", "IT Anwendungen", "AT", "AT", 78500, 84000, "2026-04-01"],
            [40602, "Aylin Kaçar", "Maklerbetreuung", "TG 6", "TG 7", 57900, 63150, "2026-04-01"],
            [40777, "Robert Wiese", "Kfz-Schaden", "TG 4", "TG 5", 46300, 50100, "2026-05-01"]]
    body = """Hi Moritz,

die Beförderungen aus der Märzrunde sind vom Vorstand abgezeichnet. Anbei
die Liste für die Abrechnung, bei Herrn Wiese erst ab Mai (Probezeit in der
neuen Funktion). Die Schreiben an die vier gehen morgen raus.

Danke dir!
Ulrike

""" + S["stadelmann"]
    return mk(A["stadelmann"], A["kettler"], "Beförderungen März – Änderungen Entgelt", body,
              date="2026-03-19 12:30", cte="quoted-printable",
              atts=[(xlsx([("Änderungen", rows)], creator="U. Stadelmann"), "Befoerderungen_2026-03.xlsx", XLSX)])


@M(20, "NORMAL", "de", "insurer-to-supplier",
   "trap: print order for window envelopes for health reimbursement letters; the proof PDF shows placeholder address 'Erika Mustermann'")
def _():
    proof = pdf([
        ("h", "Druckfreigabe Kuvert DL mit Fenster links - Los KV-LA-2026"),
        "Format DL 110 x 220 mm, 80 g/m2, haftklebend, Innendruck Sichtschutz grau",
        "Absenderzeile im Fenster: Versicherer AG - Lindenhofplatz 4 - 34117 Kassel",
        "Beispieladresse (Platzhalter): Frau Erika Mustermann, Musterstrasse 1, 12345 Musterstadt",
        "Aufdruck oben rechts: 'Leistungsabrechnung Krankenversicherung - persoenlich/vertraulich'",
        "Auflage: 180.000 Stueck, Lieferung in 3 Teillieferungen an Poststelle Kassel",
        ("small", "Bitte Freigabe per Mail bis 06.03.2026 an auftrag@druckhaus-mertens.example"),
    ], title="Druckfreigabe KV-LA-2026", letterhead=False)
    body = """Sehr geehrter Herr Mertens,

den Proof haben wir geprüft – passt so, bis auf eine Kleinigkeit: im
Aufdruck bitte "persönlich/vertraulich" mit Umlaut (steht im PDF ohne).
Mit dieser Änderung ist der Auftrag freigegeben, Bestellnummer
BE-2026-00418, Lieferung wie besprochen ab KW 12.

Mit freundlichen Grüßen
i. A. Katharina Nowak

""" + S["nowak"] + "\n\n" + FOOT
    return mk(A["nowak"], "Druckhaus Mertens <auftrag@druckhaus-mertens.example>",
              "AW: Druckfreigabe Kuverts KV-LA-2026", body, date="2026-03-05 13:50",
              atts=[(proof, "Proof_KV-LA-2026_kommentiert.pdf", PDF)])
# ---------------------------------------------------------------- 0021-0040

@M(21, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
   "group health (bKV) enrolment list of a company's employees with birth dates and chosen health tariffs, only in the XLSX")
def _():
    rows = [["Pers.-Nr. AG", "Name", "Vorname", "Geburtsdatum", "Tarif", "Baustein", "Beginn", "Mitversicherte"],
            ["0117", "Hesse", "Martina", "12.03.1971", "bKV Zahn 90", "ZE + PZR", "01.04.2026", ""],
            ["0123", "Kowalczyk", "Piotr", "28.10.1985", "bKV Zahn 90", "ZE + PZR", "01.04.2026", "Ehefrau Anna (geb. 02.02.1987)"],
            ["0140", "Ludwig", "Sven", "06.06.1992", "bKV Ambulant 600", "Sehhilfe, HP", "01.04.2026", ""],
            ["0152", "Yıldırım", "Esra", "19.01.1996", "bKV Ambulant 600", "Sehhilfe, HP", "01.04.2026", ""],
            ["0161", "Grundmann", "Helmut", "30.09.1963", "bKV Stationär 2-Bett", "", "01.04.2026", ""],
            ["0175", "Adeyemi", "Tunde", "14.05.1989", "bKV Zahn 90", "ZE + PZR", "01.04.2026", "Sohn Jonas (geb. 21.07.2019)"]]
    body = """Sehr geehrte Frau Brinkmann,

vielen Dank für die Anmeldungen zur betrieblichen Krankenversicherung. Ich
habe die Liste aus Ihrem Personalsystem in unser Format übertragen; bitte
schauen Sie sich die Spalte "Mitversicherte" an – für Angehörige brauchen
wir noch die unterschriebenen Beitrittserklärungen, da diese den Beitrag
selbst zahlen.

Die Versicherungsscheine erstellen wir, sobald Sie die Liste freigeben.

Mit freundlichen Grüßen
Katharina Nowak

""" + S["nowak"] + "\n\n" + FOOT
    return mk(A["nowak"], "Ines Brinkmann <personal@brinkmann-fm.example>",
              "bKV Brinkmann Feinmechanik – Anmeldeliste zur Freigabe", body, date="2026-03-09 10:02",
              cte="quoted-printable",
              atts=[(xlsx([("Anmeldungen 04-2026", rows)], creator="K. Nowak"), "bKV_Brinkmann_Anmeldeliste_2026-04.xlsx", XLSX)])


@M(22, "CONFIDENTIAL", "de", "insurer-to-customer",
   "motor: eVB number and insurance confirmation (PDF) for a named customer with birth date, VIN and bank account; reply quotes the customer's request")
def _():
    ib = iban_de("52060410", "8800431")
    att = pdf([
        ("h", "Versicherungsbestätigung / eVB"),
        "eVB-Nummer: K7Q2M4X   gültig bis 14.04.2026",
        "Versicherungsnehmer: Stefan Lindemann, geb. 22.08.1991, Am Fasanenhof 3, 34125 Kassel",
        "Fahrzeug: Opel Corsa F, FIN W0V7D9EB3N4012345, Erstzulassung 03/2022",
        "Umfang: Kfz-Haftpflicht (100 Mio. EUR pauschal), Teilkasko SB 150 EUR",
        "Schadenfreiheitsklasse: SF 4 (übernommen vom Vorversicherer)",
        "Beitrag: 56,18 EUR monatlich, Lastschrift von " + grp(ib),
    ], title="eVB K7Q2M4X")
    body = """Hallo Herr Lindemann,

Ihre eVB-Nummer lautet K7Q2M4X – damit können Sie den Wagen morgen bei der
Zulassungsstelle anmelden. Die Bestätigung hängt als PDF an, falls die
Zulassungsstelle etwas Schriftliches sehen möchte.

Viele Grüße
Svenja Ahrens

""" + S["ahrens"] + """

-----Ursprüngliche Nachricht-----
Von: Stefan Lindemann <stefan.lindemann@webpost.example>
Gesendet: Montag, 16. März 2026 19:41
An: Kundenservice <service@versicherer.example>
Betreff: eVB für neuen Corsa

Guten Abend,
ich habe gestern einen gebrauchten Corsa gekauft und brauche eine eVB,
Termin Zulassung ist Mittwoch früh. Versicherung soll wie beim alten Auto
laufen, Teilkasko reicht. Lastschrift bitte vom selben Konto.
Gruß S. Lindemann
"""
    return mk(A["ahrens"], "Stefan Lindemann <stefan.lindemann@webpost.example>",
              "AW: eVB für neuen Corsa", body, date="2026-03-17 08:21",
              atts=[(att, "Versicherungsbestaetigung_K7Q2M4X.pdf", PDF)])


@M(23, "NORMAL", "de", "internal",
   "trap: underwriting guideline for disability cover with BMI bands, blood pressure limits and a diagnosis table; generic rules, no applicant")
def _():
    att = pdf([
        ("h", "Annahmerichtlinien Risikoprüfung BU – Fassung 2026/1 (Auszug)"),
        ("b", "1. Body-Mass-Index"),
        ("t", [["BMI", "Entscheidung"], ["< 17,5", "Rückstellung, Arztbericht"], ["17,5 - 30,9", "normal"],
               ["31,0 - 34,9", "Zuschlag 25 %"], ["35,0 - 39,9", "Zuschlag 50 - 75 %, Labor"], [">= 40", "Ablehnung"]], [60, 110]),
        ("b", "2. Blutdruck (Mittel aus 3 Messungen)"),
        "Bis 140/90 mmHg normal. Bis 160/100 mmHg unter Therapie und gut eingestellt: Zuschlag 25 %. Darüber: Ablehnung.",
        ("b", "3. Ausgewählte Diagnosen"),
        ("t", [["Diagnose (ICD-10)", "Votum"],
               ["Depressive Episode F32.x, abgeschlossen > 5 J.", "normal"],
               ["Depressive Episode F32.x, < 2 J.", "Rückstellung 2 Jahre"],
               ["Bandscheibenvorfall M51.1, operiert", "Ausschluss Wirbelsäule"],
               ["Diabetes mellitus Typ 2 E11, HbA1c < 7 %", "Zuschlag 50 %"],
               ["Multiple Sklerose G35", "Ablehnung"],
               ["Heuschnupfen J30.1", "normal"]], [110, 60]),
        "Abweichungen nur mit Zustimmung des Gesellschaftsarztes; bei Summen über 3.000 EUR BU-Rente zusätzlich Rückversicherer.",
    ], title="Annahmerichtlinien BU 2026/1")
    body = """Liebe Kolleginnen und Kollegen der Risikoprüfung,

die überarbeiteten Annahmerichtlinien BU gelten ab 1. April. Wesentliche
Änderungen: BMI-Grenze für Ablehnung von 38 auf 40 angehoben, Heuschnupfen
ohne Asthma jetzt ohne Zuschlag. Den vollständigen Text gibt es im
Richtlinien-Wiki, anbei nur der Auszug mit den Tabellen zum Ausdrucken.

Fragen gern in die Sprechstunde am Mittwoch.

Tobias Lindqvist

""" + S["lindqvist"]
    return mk(A["lindqvist"], "Risikoprüfung Leben <rp-leben@versicherer.example>",
              "Annahmerichtlinien BU 2026/1 ab 01.04.", body, date="2026-03-20 11:11",
              atts=[(att, "AR-BU-2026-1_Auszug.pdf", PDF)])


@M(24, "STRICTLY_CONFIDENTIAL", "de", "internal",
   "IT ticket forwards an import error log whose rejected record holds a named insured's hospital invoice with diagnosis and OPS code")
def _():
    log = """2026-02-18 02:14:07,118 INFO  [belegimport] Lauf BI-20260218-01 gestartet, Quelle: sftp/eingang/kliniken
2026-02-18 02:14:09,502 INFO  [belegimport] 1.412 Datensaetze gelesen
2026-02-18 02:14:31,877 WARN  [belegimport] Satz 877: Feld AUFNAHMEDATUM leer, Default 1900-01-01 gesetzt
2026-02-18 02:14:31,880 ERROR [belegimport] Satz 877 abgewiesen: Schluesselkonflikt VSNR/Person
    Rohdaten: KV44710581|02|Hoffmann|Gerlinde|1958-04-09|Klinikum Am Stadtpark Kassel|
              ICD=I21.4;I10.90|OPS=8-837.00|DRG=F24B|Betrag=8744.31|Wahlleistung=Einbettzimmer
    Ursache: VSNR KV44710581 gehoert zu Person 01, Beleg adressiert Person 02
2026-02-18 02:15:02,004 INFO  [belegimport] 1.411 uebernommen, 1 abgewiesen
2026-02-18 02:15:02,010 INFO  [belegimport] Lauf beendet (RC=4)
"""
    body = """Hallo Team Anwendungsbetreuung Leistung,

INC-2026-08812 – der nächtliche Klinik-Belegimport endet seit Dienstag mit
RC=4. Ein Satz wird wegen Personen-Schlüsselkonflikt abgewiesen, das Log
hängt an. Sieht so aus, als hätte die Klinik die Personennummer 02 statt 01
geliefert; der Fachbereich müsste den Beleg manuell zuordnen.

Kann das jemand bis morgen anschauen? Der Job wird sonst jede Nacht rot.

Gruß
Lukas

""" + S["wendtland"]
    return mk(A["wendtland"], "Anwendungsbetreuung Leistung <ab-leistung@versicherer.example>",
              "INC-2026-08812 Belegimport RC=4 – bitte prüfen", body, date="2026-02-19 08:40",
              atts=[(log.replace("\n", "\r\n").encode("utf-8"), "belegimport_20260218.log", "text/plain")])


@M(25, "NORMAL", "de", "internal",
   "calendar invitation for the broker-relations jour fixe, agenda about campaigns and portal; no personal data")
def _():
    cal = ics(["METHOD:REQUEST",
               "BEGIN:VTIMEZONE", "TZID:Europe/Berlin",
               "BEGIN:STANDARD", "DTSTART:19701025T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
               "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
               "BEGIN:DAYLIGHT", "DTSTART:19700329T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
               "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT", "END:VTIMEZONE",
               "BEGIN:VEVENT",
               "UID:jf-mb-2026@versicherer.example",
               "DTSTAMP:20260107T080000Z",
               "DTSTART;TZID=Europe/Berlin:20260112T090000",
               "DTEND;TZID=Europe/Berlin:20260112T100000",
               "RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20261221T080000Z",
               "SUMMARY:Jour fixe Maklerbetreuung",
               "LOCATION:K2.07 / Teams",
               "DESCRIPTION:1. Aktionen Q1 (BU-Start\\, Hausrat 2026)\\n2. Maklerportal: Stand Einführung Zwei-Faktor\\n3. Termine Maklertage\\n4. Verschiedenes",
               "ORGANIZER;CN=Henrik Vogelsang:mailto:henrik.vogelsang@versicherer.example",
               "ATTENDEE;CN=Priya Raman;RSVP=TRUE:mailto:priya.raman@versicherer.example",
               "ATTENDEE;CN=Maklerbetreuung Nord;RSVP=TRUE:mailto:mb-nord@versicherer.example",
               "ATTENDEE;CN=Maklerbetreuung Süd;RSVP=TRUE:mailto:mb-sued@versicherer.example",
               "END:VEVENT"])
    text = """Ab Januar wieder wöchentlich montags 9 Uhr. Agenda siehe Termin.
Henrik"""
    msg = mk(A["vogelsang"], "Maklerbetreuung Nord <mb-nord@versicherer.example>, Maklerbetreuung Süd <mb-sued@versicherer.example>",
             "Jour fixe Maklerbetreuung", text, cc=A["raman"], date="2026-01-07 09:00")
    msg.add_alternative(cal, maintype="text", subtype="calendar", params={"method": "REQUEST"})
    return msg


@M(26, "CONFIDENTIAL", "en", "insurer-to-broker",
   "portfolio transfer to a UK-registered broker: CSV of named private household and liability customers with addresses and policy numbers")
def _():
    data = csvb([["policy_no", "line", "policyholder", "street", "zip", "city", "annual_premium_eur", "renewal"],
                 ["HR 12 331 870", "household", "Ms Fiona McAllister", "Heinrich-Heine-Str. 14", "34121", "Kassel", "212.40", "2026-07-01"],
                 ["PH 09 204 155", "personal liability", "Ms Fiona McAllister", "Heinrich-Heine-Str. 14", "34121", "Kassel", "71.20", "2026-07-01"],
                 ["HR 12 418 002", "household", "Mr Rajesh Iyer", "Karthäuserstr. 9", "34117", "Kassel", "158.75", "2026-10-01"],
                 ["PH 09 277 931", "personal liability", "Mr & Mrs Oduya", "Brüder-Grimm-Platz 2", "34117", "Kassel", "88.00", "2026-05-01"],
                 ["HR 12 502 610", "household", "Dr Hannah Clarke", "Am Kratzenberg 41", "34128", "Kassel", "301.10", "2026-12-01"]],
                delim=",")
    body = """Dear Ewan,

following the signed transfer letters, we have moved the five policies below
into your agency account 77-0312 with effect from 1 April. The CSV lists
what your back office needs for the BiPRO import; please check addresses
against your client files, two of them moved last year.

Commission on these runs from the April instalment onwards.

Best wishes,
Priya

""" + S["raman"]
    return mk(A["raman"], "Ewan Sinclair <ewan.sinclair@crestline-brokers.example>",
              "Portfolio transfer to agency 77-0312 - client list", body, date="2026-03-26 14:12",
              atts=[(data, "transfer_77-0312_2026-04.csv", CSVT)])


@M(27, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "life insurance: surrender value statement for the addressee's endowment policy in the PDF; covering text harmless")
def _():
    att = pdf([
        ("h", "Mitteilung über den Rückkaufswert"),
        "Herrn Wolfgang Stahlberg, Ahnatalstraße 54, 34128 Kassel",
        "Vertrag: LV 7701 4482 (Kapitallebensversicherung, Beginn 01.12.2004, Ablauf 01.12.2034)",
        "Versicherte Person: Wolfgang Stahlberg, geb. 07.02.1969",
        ("t", [["Stichtag 01.05.2026", "Betrag"],
               ["Deckungskapital", "38.412,77 EUR"],
               ["Stornoabzug", "0,00 EUR"],
               ["Schlussüberschussanteil (nicht garantiert)", "2.114,30 EUR"],
               ["Bewertungsreserven", "96,12 EUR"],
               ["Rückkaufswert gesamt", "40.623,19 EUR"],
               ["davon steuerpflichtiger Ertrag (geschätzt)", "11.870,40 EUR"]], [120, 50]),
        "Eine Kündigung ist zum Ende jedes Monats möglich. Alternativ kann der Vertrag beitragsfrei gestellt werden; "
        "die beitragsfreie Versicherungssumme betrüge 52.300 EUR. Das Bezugsrecht für den Todesfall (Ehefrau Renate Stahlberg) bleibt davon unberührt.",
    ], title="Rückkaufswert LV 7701 4482")
    body = """Sehr geehrter Herr Stahlberg,

wie gewünscht erhalten Sie die Berechnung im Anhang. Bitte beachten Sie,
dass die Werte nur zum genannten Stichtag gelten.

Freundliche Grüße
Benedikt Rauschenbach

""" + S["rauschenbach"] + "\n\n" + FOOT
    return mk(A["rauschenbach"], "w.stahlberg@kabelpost.example", "Ihre Anfrage vom 14.04.2026",
              body, date="2026-04-16 10:48", cte="base64",
              atts=[(att, "Berechnung_2026-04-16.pdf", PDF)])


@M(28, "NORMAL", "de", "insurer-to-partner",
   "trap: press release on school-route accidents of children with statistics by age and injury type; no individual")
def _():
    doc = docx([
        ("h", "Pressemitteilung: Schulweg-Unfälle – jedes dritte Kind verletzt sich in den ersten Schulwochen"),
        "Kassel, 30. Juli 2026 – Die Versicherer AG hat 4.812 Unfallmeldungen aus der Kinderunfallversicherung "
        "der Jahre 2023 bis 2025 ausgewertet. Ergebnis: 34 Prozent der Schulweg-Unfälle passieren in den ersten "
        "sechs Wochen nach Schulbeginn.",
        ("t", [["Alter", "Anteil Unfälle", "häufigste Verletzung"],
               ["6–7 Jahre", "41 %", "Prellungen, Platzwunden"],
               ["8–10 Jahre", "33 %", "Unterarmfrakturen (Fahrrad)"],
               ["11–14 Jahre", "26 %", "Sprunggelenksdistorsionen (Roller, Sport)"]]),
        "„Eltern sollten den Schulweg vor dem ersten Schultag mehrmals gemeinsam gehen“, rät Unfallexpertin Sevgi Aydın.",
        "Über die Versicherer AG: Der Versicherer mit Sitz in Kassel betreut rund 1,1 Millionen Kundinnen und Kunden.",
        "Pressekontakt: Birte Hollmann, presse@versicherer.example, 0561 7088-1010",
    ], author="B. Hollmann")
    body = """Liebe Frau Stein,

wie angekündigt unsere Pressemitteilung zum Schulstart unter Sperrfrist bis
Donnerstag, 30.07., 6:00 Uhr. Für ein Interview mit Frau Aydın (Leistung
Unfall) gäbe es am Donnerstagvormittag ein Zeitfenster.

Herzliche Grüße
Birte Hollmann

""" + S["hollmann"]
    return mk(A["hollmann"], "Redaktion Nordhessen <redaktion@nordhessen-kurier.example>",
              "Sperrfrist 30.07. 06:00 – PM Schulweg-Unfälle", body, date="2026-07-28 15:30",
              atts=[(doc, "PM_Schulweg-Unfaelle_2026.docx", DOCX)])


@M(29, "CONFIDENTIAL", "de", "internal-system",
   "bank return-debit report: CSV (windows-1252) with named customers, IBANs, return reasons and motor/household contract numbers")
def _():
    data = csvb([["Buchungstag", "VS-Nr", "Kontoinhaber", "IBAN", "Betrag", "Rückgabegrund", "Code"],
                 ["03.03.2026", "KH 55 019 331", "Jürgen Fröhlich", iban_de("52050353", "2201887"), "87,40", "Konto erloschen", "AC04"],
                 ["03.03.2026", "HR 12 661 020", "Ayse Korkmaz", iban_de("52040021", "312007700"), "17,90", "Widerspruch Zahler", "MD06"],
                 ["03.03.2026", "KH 55 012 006", "Gerd Möllenkamp", iban_de("52060410", "5512908"), "142,65", "Keine Deckung", "AM04"],
                 ["04.03.2026", "WG 40 099 871", "Sieglinde Paulus", "DE12520503530004411907", "311,00", "Keine Deckung", "AM04"],
                 ["04.03.2026", "PH 09 301 144", "Nico Schäfer", iban_de("50010517", "6610223418"), "6,12", "Mandat ungültig", "MD01"]],
                enc="windows-1252")
    body = """Rücklastschriften Eingang 03.03.-04.03.2026
Anzahl: 5   Summe: 565,07 EUR   Rücklastschriftgebühren: 15,00 EUR

Die Verträge wurden automatisch in Mahnstufe 1 gesetzt. Bei Code MD06
(Widerspruch) keine erneute Einreichung ohne Rücksprache mit dem Kunden.

Dieser Bericht wurde automatisch erstellt (Job RLS-DAILY)."""
    return mk("Zahlungsverkehr-System <zv-system@versicherer.example>", "Inkasso <inkasso@versicherer.example>",
              "RLS-DAILY 04.03.2026: 5 Rücklastschriften", body, date="2026-03-05 05:30", msgid="system",
              charset="iso-8859-1", cte="quoted-printable",
              headers=[("Auto-Submitted", "auto-generated")],
              atts=[(data, "RLS_20260304.csv", "application/vnd.ms-excel")])


@M(30, "NORMAL", "en", "internal",
   "trap: mortality experience study (actual vs expected deaths by age band and sex) for the life portfolio; aggregates only")
def _():
    rows = [["Age band", "Sex", "Exposure (years)", "Actual deaths", "Expected (DAV 2008 T)", "A/E"],
            ["30-39", "M", 41230, 19, 28.4, "67 %"], ["30-39", "F", 38410, 9, 13.1, "69 %"],
            ["40-49", "M", 52870, 71, 96.2, "74 %"], ["40-49", "F", 49960, 44, 57.8, "76 %"],
            ["50-59", "M", 47105, 198, 251.0, "79 %"], ["50-59", "F", 45880, 121, 149.3, "81 %"],
            ["60-69", "M", 23410, 242, 290.6, "83 %"], ["60-69", "F", 22008, 141, 168.9, "83 %"]]
    causes = [["Cause group (claims paid 2021-2025)", "Share"],
              ["Cancer", "38 %"], ["Cardiovascular", "24 %"], ["Accident", "9 %"], ["Suicide", "4 %"], ["Other / unknown", "25 %"]]
    body = """Hi Gregor,

for the reinsurance review: our own term-life experience 2021-2025 against
DAV 2008 T. Overall A/E 79 %, stable compared with the last study. Smaller
cells (70+) are merged into 60-69 to keep credibility; cause-of-death split
is from paid claims only.

Felix

""" + S["brandauer"]
    return mk(A["brandauer"], A["tillmann"], "Term life experience study 2021-2025", body, date="2026-04-22 17:03",
              atts=[(xlsx([("A over E", rows), ("Causes", causes)], creator="F. Brandauer"), "Mortality_AE_2021-2025.xlsx", XLSX)])


@M(31, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
   "life underwriting: request to a GP for a report on a named applicant's type 2 diabetes, HbA1c and medication (DOCX questionnaire)")
def _():
    q = docx([
        "Versicherer AG – Risikoprüfung Leben",
        "Praxis Dr. med. Claudia Heuser, Fachärztin für Allgemeinmedizin, Obere Königsstraße 31, 34117 Kassel",
        ("b", "Ärztlicher Bericht – Antrag A-LV-26-01402"),
        "Patient: Herr Bernd Kallweit, geb. 23.05.1974, Kasseler Straße 190, 34253 Lohfelden",
        "Herr Kallweit hat eine Risikolebensversicherung beantragt und Sie von der Schweigepflicht entbunden "
        "(Erklärung in Kopie anbei). Er gibt einen Diabetes mellitus Typ 2 seit 2019 an.",
        ("t", [["Frage", "Antwort"],
               ["Erstdiagnose (Datum, ICD)", ""],
               ["Aktuelle Medikation (Wirkstoff, Dosis) – laut Antrag Metformin 1000 mg 2x tgl.", ""],
               ["Letzte drei HbA1c-Werte mit Datum", ""],
               ["Folgeerkrankungen (Retinopathie, Nephropathie, Neuropathie)?", ""],
               ["Blutdruck, Gewicht, Größe bei der letzten Untersuchung", ""]]),
        "Für den Bericht vergüten wir 45,00 EUR nach Ziffer 75 GOÄ zuzüglich Porto.",
    ], author="T. Lindqvist")
    body = """Sehr geehrte Frau Dr. Heuser,

anbei unsere Anfrage zu Ihrem Patienten Herrn Kallweit mit der Bitte um
Beantwortung innerhalb von zwei Wochen. Die Schweigepflichtentbindung liegt
uns im Original vor. Sie können den Bericht gern über unser SecureMail-Portal
zurückschicken, Zugangsdaten kommen separat.

Mit freundlichen kollegialen Grüßen
Dr. Tobias Lindqvist

""" + S["lindqvist"]
    return mk(A["lindqvist"], "Praxis Dr. Heuser <praxis@heuser-allgemeinmedizin.example>",
              "Anfrage ärztlicher Bericht A-LV-26-01402", body, date="2026-03-02 12:20",
              atts=[(q, "Arztanfrage_A-LV-26-01402.docx", DOCX)])


@M(32, "NORMAL", "en", "internal",
   "team event invitation with calendar file (bowling evening), no personal data")
def _():
    cal = ics(["METHOD:PUBLISH",
               "BEGIN:VEVENT",
               "UID:it-teamevent-2026-05@versicherer.example",
               "DTSTAMP:20260415T120000Z",
               "DTSTART;TZID=Europe/Berlin:20260521T173000",
               "DTEND;TZID=Europe/Berlin:20260521T213000",
               "SUMMARY:IT team evening - bowling + food",
               "LOCATION:Strike Bowlingcenter\\, Leipziger Str. 150\\, Kassel",
               "DESCRIPTION:Company pays lanes and buffet\\, drinks on your own. Please RSVP by 12 May.",
               "END:VEVENT"])
    body = """Hi everyone,

we finally booked it: bowling on Thursday 21 May from 17:30. Lanes and buffet
are on the company, drinks are on you. Vegetarian and vegan options exist.

Please put your name in the list in the team channel by 12 May so we can
order the right number of lanes. Calendar file attached.

Lukas (on behalf of the social committee)"""
    return mk(A["wendtland"], "IT alle <it-alle@versicherer.example>", "Team evening 21 May - bowling!",
              body, date="2026-04-15 14:00", atts=[(cal, "bowling-2026-05-21.ics", ICS)])


@M(33, "CONFIDENTIAL", "de", "insurer-to-assessor",
   "buildings claim: assessor commissioned for a named policyholder's water damage, with address, phone and calendar invitation")
def _():
    cal = ics(["METHOD:REQUEST",
               "BEGIN:VEVENT",
               "UID:s-wg-26-01577-ortstermin@versicherer.example",
               "DTSTAMP:20260302T074500Z",
               "DTSTART;TZID=Europe/Berlin:20260305T140000",
               "DTEND;TZID=Europe/Berlin:20260305T153000",
               "SUMMARY:Ortstermin Leitungswasser S-WG-26-01577 - Eheleute Bernhardt",
               "LOCATION:Dörnbergstraße 12\\, 34233 Fuldatal",
               "DESCRIPTION:Rohrbruch Bad OG\\, Durchfeuchtung Decke EG. VN Thomas Bernhardt\\, Tel. 0561 5550 8812 (vormittags nicht erreichbar). "
               "Vertrag WG 40 112 904\\, VS 420.000 EUR (gleitender Neuwert). Trocknungsfirma bereits beauftragt.",
               "ORGANIZER;CN=Malte Sörensen:mailto:malte.soerensen@versicherer.example",
               "ATTENDEE;CN=SV-Büro Kranich;RSVP=TRUE:mailto:disposition@sv-kranich.example",
               "END:VEVENT"])
    body = """Moin Herr Kranich,

wie telefonisch besprochen der Auftrag für Fuldatal, Termin Donnerstag 14 Uhr.
Bitte insbesondere klären, ob der Estrich im Bad ersetzt werden muss oder
ob Trocknung reicht, und ob Vorschäden erkennbar sind (das Haus hatte 2021
schon einmal einen Leitungswasserschaden, anderer Versicherer).

Gutachten bitte wie immer an schaden-sach@versicherer.example.

Gruß
Malte Sörensen

""" + S["soerensen"]
    return mk(A["soerensen"], "SV-Büro Kranich <disposition@sv-kranich.example>",
              "Auftrag S-WG-26-01577 Fuldatal", body, date="2026-03-02 08:45",
              atts=[(cal, "Ortstermin_S-WG-26-01577.ics", ICS, {"params": {"method": "REQUEST"}})])


@M(34, "NORMAL", "de", "insurer-to-prospect",
   "trap: generic dental supplementary product sheet (PDF) sent to an interested person; no contract, no health data of the recipient")
def _():
    att = pdf([
        ("h", "Produktinformationsblatt Zahnzusatzversicherung ZE-Plus"),
        "Erstattung: Zahnersatz 90 % (Implantate, Kronen, Brücken, Inlays), Zahnbehandlung 100 % (Kunststofffüllungen, Wurzelbehandlung), "
        "professionelle Zahnreinigung bis 150 EUR je Jahr.",
        ("t", [["Alter bei Beginn", "Monatsbeitrag"], ["0-20", "9,90 EUR"], ["21-30", "14,40 EUR"], ["31-40", "21,80 EUR"],
               ["41-50", "29,30 EUR"], ["51-60", "38,70 EUR"], ["61+", "49,90 EUR"]], [80, 60]),
        "Begrenzung in den ersten Jahren: 1.000 EUR (Jahr 1), 2.000 EUR (Jahre 1-2), 3.000 EUR (Jahre 1-3), danach unbegrenzt.",
        "Nicht versichert: bei Beginn bereits fehlende, noch nicht ersetzte Zähne; angeratene oder laufende Behandlungen.",
        ("small", "Dieses Informationsblatt ist keine Vertragsgrundlage. Maßgeblich sind die AVB ZE-Plus 2026."),
    ], title="PIB ZE-Plus")
    body = """Guten Tag Frau Ziegler,

vielen Dank für Ihr Interesse an unserer Zahnzusatzversicherung. Wie am
Telefon versprochen, sende ich Ihnen das Produktinformationsblatt. Einen
Antrag können Sie online stellen oder Sie melden sich einfach noch einmal –
die Gesundheitsfragen gehen wir dann gern gemeinsam durch.

Freundliche Grüße
Dennis Pohlmann

""" + S["pohlmann"]
    return mk(A["pohlmann"], "Maren Ziegler <maren.ziegler@webpost.example>",
              "Ihre Anfrage Zahnzusatzversicherung", body, date="2026-02-26 16:31",
              atts=[(att, "PIB_ZE-Plus_2026.pdf", PDF)])


@M(35, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
   "expat health: explanation of benefits for the addressee's hospital stay in Singapore (appendicitis, laparoscopy) in the PDF")
def _():
    att = pdf([
        ("h", "Explanation of Benefits - International Health Plan"),
        "Member: Mr Lukas Engelhardt, born 02 March 1990, member no. IHP-009 431-00",
        "Plan: Global Care Premium, area of cover worldwide excl. USA",
        "Provider: Mount Verity Hospital, Singapore. Admission 06 Jan 2026, discharge 09 Jan 2026",
        "Diagnosis: acute appendicitis (K35.8); procedure: laparoscopic appendectomy",
        ("t", [["Item", "Billed SGD", "Eligible SGD", "Paid EUR"],
               ["Surgeon fee", "6,800.00", "6,800.00", "4,712.40"],
               ["Anaesthetist", "1,950.00", "1,950.00", "1,351.35"],
               ["Room & board, 3 nights (single room)", "2,640.00", "2,640.00", "1,829.52"],
               ["Pharmacy, lab, imaging", "1,108.50", "1,108.50", "768.19"]], [80, 30, 30, 30]),
        "Paid directly to the hospital under guarantee of payment GOP-26-0041. No member share.",
    ], title="EOB IHP-009431-00")
    body = """Dear Mr Engelhardt,

please find attached the statement for your claim. We settled the invoice
directly with the hospital, so there is nothing left for you to pay.

Wishing you a good recovery,

Dr. Ines Wohlfahrt
Health Claims - Medical Service
Versicherer AG"""
    return mk(A["wohlfahrt"], "Lukas Engelhardt <l.engelhardt@expatmail.example>",
              "Claim IHP-009431 - statement", body, date="2026-01-29 07:52",
              atts=[(att, "EOB_IHP-009431_2026-01.pdf", PDF)])


@M(36, "CONFIDENTIAL", "de", "insurer-to-lawyer",
   "motor liability lawsuit over property damage: named plaintiff and policyholder, plate, claim figures; explicitly no personal injury (PDF)")
def _():
    att = pdf([
        ("h", "Sachstand zum Schaden K-25-118204"),
        "Klägerin: Marion Jablonski, vertreten durch RAe Feld & Kollegen; Beklagte: Versicherer AG und VN Erwin Scholz (KS-ES 1955)",
        "Unfall 14.09.2025, Kreuzung Frankfurter Str./Ludwig-Mond-Str., Kassel. Kein Personenschaden, beide Fahrer unverletzt.",
        ("t", [["Position", "gefordert", "reguliert", "streitig"],
               ["Reparaturkosten netto", "6.912,40", "6.912,40", "0,00"],
               ["Nutzungsausfall 14 Tage", "826,00", "413,00", "413,00"],
               ["Wertminderung", "900,00", "0,00", "900,00"],
               ["Kostenpauschale", "30,00", "25,00", "5,00"]], [70, 33, 33, 34]),
        "Unser VN bestreitet die Rotlichtfahrt; Zeuge: Beifahrer Jannik Scholz (Sohn). Dashcam-Aufnahme der Klägerin liegt nicht vor.",
    ], title="Sachstand K-25-118204")
    body = """Sehr geehrter Herr Kollege Wittmer,

in der Sache Jablonski ./. Versicherer AG u. a. (AG Kassel, 431 C 2210/25)
übersende ich Ihnen unseren Sachstand zur Vorbereitung der Klageerwiderung.
Die Regulierungsakte stelle ich Ihnen über das Anwaltsportal bereit.

Die Frist zur Klageerwiderung läuft am 27.03.2026 ab.

Mit freundlichen Grüßen
Dr. Konstantin Reiß

""" + S["reiss"]
    return mk(A["reiss"], "RA Dr. Frank Wittmer <f.wittmer@wittmer-ra.example>",
              "Jablonski ./. Versicherer AG – 431 C 2210/25", body, date="2026-03-06 11:20",
              charset="windows-1252", cte="quoted-printable",
              atts=[(att, "Sachstand_K-25-118204.pdf", PDF)])


@M(37, "NORMAL", "de", "internal",
   "trap: sickness-absence rates per department for the works council, aggregated with small units merged, no individual")
def _():
    rows = [["Bereich", "Mitarbeitende", "Krankenquote Q4/2025", "Q4/2024", "davon Langzeit > 6 Wo."],
            ["Kundenservice", 184, "7,9 %", "7,1 %", "2,8 %"],
            ["Leistung KV/Pflege", 142, "6,4 %", "6,6 %", "2,1 %"],
            ["Leistung LV/BU/Unfall", 61, "5,2 %", "5,9 %", "1,4 %"],
            ["Schaden Kfz/Sach", 133, "6,1 %", "5,8 %", "1,9 %"],
            ["IT", 156, "3,9 %", "4,2 %", "0,9 %"],
            ["Stabsbereiche (zusammengefasst)", 97, "4,3 %", "4,4 %", "1,2 %"],
            ["Gesamt", 773, "5,9 %", "5,8 %", "1,8 %"]]
    body = """Liebe Frau Sander,

für die Sitzung des Wirtschaftsausschusses am 28.01. die Krankenquoten Q4
nach Bereichen. Bereiche unter 30 Personen sind wie vereinbart unter
"Stabsbereiche" zusammengefasst, damit keine Rückschlüsse auf Einzelne
möglich sind.

Die Langzeitquote im Kundenservice ist gestiegen; wir schlagen vor, das im
Arbeitskreis Gesundheit zu vertiefen.

Viele Grüße
Ulrike Stadelmann

""" + S["stadelmann"]
    return mk(A["stadelmann"], "Betriebsrat – Vorsitz <betriebsrat@versicherer.example>",
              "Krankenquoten Q4/2025 für den WA", body, date="2026-01-20 10:12",
              atts=[(xlsx([("Q4-2025", rows)], creator="Personal"), "Krankenquoten_Q4-2025_WA.xlsx", XLSX)])


@M(38, "STRICTLY_CONFIDENTIAL", "de", "internal",
   "HR list of severely disabled employees with degree of disability for the annual levy report (names, GdB, equal status)")
def _():
    rows = [["PNr", "Name", "GdB", "Merkzeichen", "gleichgestellt", "Ausweis gültig bis", "Zusatzurlaub"],
            [40102, "Heinz Bartels", 50, "", "nein", "2028-06-30", "5 Tage"],
            [40256, "Claudia Möbius", 30, "", "ja (Agentur f. Arbeit)", "unbefristet", "–"],
            [40318, "Erkan Toprak", 80, "G", "nein", "2027-01-31", "5 Tage"],
            [40490, "Ramona Feist", 60, "", "nein", "2029-11-30", "5 Tage"],
            [40733, "Dieter Klaas", 100, "aG, B", "nein", "unbefristet", "5 Tage"]]
    body = """Hallo Moritz,

für die Anzeige nach § 163 SGB IX (Ausgleichsabgabe 2025) brauche ich von
dir noch die Monatswerte der Beschäftigten. Die Liste der schwerbehinderten
und gleichgestellten Kolleg:innen hängt an – bitte nur für die Meldung
verwenden und danach aus dem Downloadordner löschen.

Bei Herrn Toprak läuft der Ausweis 2027 ab, das ist aber für 2025 egal.

Danke, Ulrike

""" + S["stadelmann"]
    return mk(A["stadelmann"], A["kettler"], "Anzeige Ausgleichsabgabe 2025 – Liste", body, date="2026-02-27 15:41",
              atts=[(xlsx([("SB 2025", rows)], creator="U. Stadelmann"), "SB-Liste_2025.xlsx", XLSX)])


@M(39, "NORMAL", "en", "insurer-to-supplier",
   "penetration test scope document for an external security vendor; systems and rules of engagement only")
def _():
    doc = docx([
        ("h", "Penetration Test 2026 - Scope and Rules of Engagement"),
        ("h", "1. Targets", 2),
        ("t", [["System", "Address", "Type"],
               ["Customer portal", "https://kunde.versicherer.example", "web app, authenticated + unauthenticated"],
               ["SecureMail portal", "https://securemail.versicherer.example", "web app"],
               ["Broker API (BiPRO)", "https://api.makler.versicherer.example", "SOAP/REST API"],
               ["Mail relays", "mx01/mx02.versicherer.example", "SMTP/TLS configuration"]]),
        ("h", "2. Rules", 2),
        "Testing window 11-22 May 2026, 08:00-18:00 CET. No denial-of-service, no social engineering of staff. "
        "Test accounts are provided; production customer data must not be accessed. If real personal data is seen by "
        "accident, stop and inform the contact below immediately.",
        ("h", "3. Contacts", 2),
        "Versicherer AG: Annika Faber (Information Security), +49 561 7088-6730. Emergency: IT on-call +49 561 7088-6999.",
    ], author="A. Faber")
    body = """Hello Mr Okonkwo,

attached is the final scope for this year's test. Test accounts for the
portals will be sent through our secure portal once the NDA countersignature
arrives. Kick-off call as agreed on 8 May, 10:00.

Best regards
Annika Faber

""" + S["faber"]
    return mk(A["faber"], "Chidi Okonkwo <c.okonkwo@redline-security.example>",
              "Pentest 2026 - scope v1.0", body, date="2026-04-27 09:30",
              atts=[(doc, "Pentest2026_Scope_v1.0.docx", DOCX)])


@M(40, "NORMAL", "de", "insurer-to-broker",
   "trap: model letter for health premium adjustment with mail-merge placeholders (name, birth date, tariff, new premium), no real person")
def _():
    doc = docx([
        "«Anrede» «Vorname» «Nachname»",
        "«Straße» «Hausnummer»",
        "«PLZ» «Ort»",
        ("b", "Ihre Krankenversicherung «Vertragsnummer» – Beitragsanpassung zum 01.01.2027"),
        "«Briefanrede»,",
        "zum 1. Januar 2027 passen wir die Beiträge in Ihrem Tarif «Tarifname» an. Ursache sind gestiegene "
        "Leistungsausgaben, vor allem für stationäre Behandlungen und Arzneimittel.",
        ("t", [["Versicherte Person", "geboren", "Tarif", "bisher", "neu"],
               ["«VP_Name»", "«VP_Geburtsdatum»", "«Tarif»", "«Beitrag_alt»", "«Beitrag_neu»"]]),
        "Sie haben ein Sonderkündigungsrecht bis «Kündigungsfrist». Gern prüfen wir mit Ihnen einen Tarifwechsel nach § 204 VVG.",
        "Ihr Maklerbüro «Maklername»",
    ], author="K. Nowak")
    body = """Hallo Frau Osterfeld,

Sie hatten nach einem Musterschreiben gefragt, mit dem Sie Ihre Kunden vor
unserem offiziellen Anpassungsschreiben informieren können. Anbei die
Word-Vorlage mit Seriendruckfeldern – die Feldnamen passen zu dem Export aus
dem Maklerportal (Bestand > Export > KV-BAP).

Bitte keine eigenen Begründungen ergänzen, die Formulierung ist mit unserer
Rechtsabteilung abgestimmt.

Viele Grüße
Katharina Nowak

""" + S["nowak"]
    return mk(A["nowak"], "Dörte Osterfeld <d.osterfeld@osterfeld-partner.example>",
              "Musterschreiben BAP 2027", body, date="2026-10-06 10:05",
              cc=A["vogelsang"],
              atts=[(doc, "Muster_Kundeninfo_BAP2027_Serienbrief.docx", DOCX)])
# ---------------------------------------------------------------- 0041-0060

@M(41, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "long-term care daily benefit: notice for the addressee's mother with care level 3 and dementia diagnosis, in the PDF; cover text harmless")
def _():
    att = pdf([
        ("h", "Leistungsmitteilung Pflegetagegeld"),
        "An: Herrn Michael Vogt (Bevollmächtigter), Sandershäuser Straße 40, 34123 Kassel",
        "Versicherte Person: Elfriede Vogt, geb. 19.11.1938, Vertrag PT 3301 774",
        "Nach dem Gutachten des Medizinischen Dienstes vom 28.01.2026 liegt ab 01.01.2026 Pflegegrad 3 vor "
        "(gewichtete Punkte 58,75; Hauptbefund: Alzheimer-Demenz, G30.1, mit Einschränkungen in Modul 2 und 3).",
        ("t", [["Zeitraum", "Pflegegrad", "Tagessatz", "Tage", "Betrag"],
               ["01.01.-31.01.2026", "3", "40,00 EUR", "31", "1.240,00 EUR"],
               ["01.02.-28.02.2026", "3", "40,00 EUR", "28", "1.120,00 EUR"]], [40, 25, 30, 20, 35]),
        "Ab März zahlen wir monatlich im Voraus 1.200,00 EUR (pauschal 30 Tage) auf das bekannte Konto.",
        "Beitragsbefreiung: Ab Pflegegrad 3 entfällt die Beitragspflicht für diesen Vertrag ab 01.02.2026.",
    ], title="Pflegetagegeld PT 3301 774")
    body = """Sehr geehrter Herr Vogt,

anbei unser Schreiben zum Antrag vom Januar. Die Nachzahlung für Januar und
Februar ist heute angewiesen worden.

Mit freundlichen Grüßen
Katharina Nowak

""" + S["nowak"]
    return mk(A["nowak"], "Michael Vogt <michael.vogt@kasselnet.example>", "Antrag vom 07.01.2026 – unser Schreiben",
              body, date="2026-02-20 13:13", atts=[(att, "Leistungsmitteilung_2026-02-20.pdf", PDF)])


@M(42, "CONFIDENTIAL", "de", "insurer-to-customer",
   "buildings policy cancelled after house sale: confirmation letter with contract number, refund amount and the customer's IBAN (DOCX)")
def _():
    ib = iban_de("52040021", "744921000")
    doc = docx([
        "Herrn Karl-Heinz Sauer\nFrau Monika Sauer\nIm Rosental 7\n34308 Bad Emstal",
        "Kassel, 08.05.2026",
        ("b", "Wohngebäudeversicherung WG 40 076 213 – Veräußerung des Gebäudes"),
        "Sehr geehrte Frau Sauer, sehr geehrter Herr Sauer,",
        "Sie haben uns mitgeteilt, dass das Haus Im Rosental 7 mit Übergang von Nutzen und Lasten zum 30.04.2026 "
        "verkauft wurde. Der Vertrag geht nach § 95 VVG auf den Erwerber über; den Beitrag bis zum 30.04. tragen Sie.",
        ("t", [["", "Betrag"], ["gezahlter Jahresbeitrag 01.01.–31.12.2026", "968,40 EUR"],
               ["anteilig für Sie (01.01.–30.04.)", "318,38 EUR"], ["Erstattung", "650,02 EUR"]]),
        "Die Erstattung überweisen wir auf " + grp(ib) + ". Den Erwerber schreiben wir gesondert an.",
        "Mit freundlichen Grüßen\nSvenja Ahrens",
    ], author="S. Ahrens")
    body = """Sehr geehrte Frau Sauer,

anbei die Bestätigung zum Hausverkauf. Vielen Dank, dass Sie so lange bei
uns versichert waren – falls Sie für die neue Wohnung eine Hausratversicherung
brauchen, melden Sie sich gern.

Freundliche Grüße
Svenja Ahrens
Kundenservice – Team Vertrag"""
    return mk(A["ahrens"], "monika.sauer@posteo-mail.example", "Ihr Hausverkauf – Bestätigung",
              body, date="2026-05-08 11:25", atts=[(doc, "Bestaetigung_WG40076213.docx", DOCX)])


@M(43, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-company",
   "group life scheme census with named employees, birth dates, salaries and sums assured (life line), only in the XLSX")
def _():
    rows = [["Employee ID", "Name", "Date of birth", "Sex", "Annual salary EUR", "Multiple", "Sum assured EUR", "Above free cover limit"],
            ["TS-0012", "Oliver Brandt", "1979-03-22", "M", 96000, 3, 288000, "no"],
            ["TS-0031", "Agnieszka Nowicka", "1988-11-05", "F", 72500, 3, 217500, "no"],
            ["TS-0044", "James Whitford", "1971-06-30", "M", 164000, 3, 492000, "YES - medical evidence"],
            ["TS-0057", "Mei Lin Tan", "1993-01-14", "F", 68000, 3, 204000, "no"],
            ["TS-0063", "Frederik Jansen", "1985-08-09", "M", 88000, 3, 264000, "no"]]
    body = """Dear Ms Harlow,

thank you for the updated census for the Tessaro group life scheme. I have
recalculated the sums assured (3x salary) - see attached. One member is
above the free cover limit of EUR 450,000, so we will need a short health
declaration from him; I'll send the form to him directly, not through HR.

Renewal premium: EUR 4,917.60 p.a. (rate 0.78 per mille of total sum assured).

Kind regards
Emre Kaya

Emre Kaya
Corporate Life & Pensions
Versicherer AG | +49 561 7088-4560"""
    return mk(A["kaya"], "Rebecca Harlow <people@tessaro.example>", "Group life renewal 2026 - revised census",
              body, date="2026-05-19 15:55",
              atts=[(xlsx([("Census 2026", rows)], creator="E. Kaya"), "Tessaro_GL_census_2026_rev1.xlsx", XLSX)])


@M(44, "CONFIDENTIAL", "de", "internal",
   "motor claims handler forwards a customer's parking-damage report as attached message (plate, policy number, photos described); nobody injured")
def _():
    fwd = inner("Petra Lohmann <petra.lohmann@kasselnet.example>", "Schaden Kfz <schaden-kfz@versicherer.example>",
                "Schaden an meinem Auto / Vertrag KH 55 018 440",
                """Sehr geehrte Damen und Herren,

heute Vormittag hat mir jemand auf dem Parkplatz vom Edeka in Vellmar
die Fahrerseite eingedrückt (Tür und hinterer Kotflügel). Der Verursacher
hat einen Zettel hinterlassen: Herr Gerber, Tel. 0157 5550 2290,
Kennzeichen KS-UG 310. Verletzt wurde niemand, ich saß nicht im Auto.

Mein Auto: VW Golf, KS-PL 4412. Versichert bei Ihnen unter KH 55 018 440
mit Vollkasko. Fotos mache ich morgen bei Tageslicht und schicke sie nach.

Was muss ich jetzt tun? Kann ich direkt in die Werkstatt?

Petra Lohmann
Wolfsangerstraße 12, 34246 Vellmar""", "2026-03-11 18:02")
    body = """Hi Kolleg:innen von der SV-Disposition,

bitte einen Sachverständigen für Frau Lohmann einplanen (Vellmar), Fahrzeug
ist fahrbereit. Gegner ist bei der Nordlicht Versicherung, ich kläre die
Haftung parallel. Kundin will in die Vertragswerkstatt, das passt.

Originalmail hängt an.

Danke
Jana

""" + S["oberlaender"]
    return mk(A["oberlaender"], "SV-Disposition <sv-dispo@versicherer.example>",
              "WG: Schaden an meinem Auto / Vertrag KH 55 018 440", body, date="2026-03-12 08:17",
              atts=[fwd])


@M(45, "NORMAL", "de", "internal",
   "trap: anonymised training case studies for claims staff (age bands, ICD codes, invoices) explicitly without identifiable persons")
def _():
    att = pdf([
        ("h", "Schulung Leistungsprüfung KV – Fallbeispiele (anonymisiert)"),
        ("small", "Alle Fälle sind aus realen Konstellationen abgeleitet und so verfremdet, dass keine Person erkennbar ist. "
                  "Namen, Daten und Orte fehlen bewusst."),
        ("b", "Fall 1 – männlich, 40-45 Jahre, Tarif ambulant 80 %"),
        "Rechnung Psychotherapie: 25 Sitzungen Verhaltenstherapie, Diagnose F32.1. Probatorische Sitzungen abgerechnet nach GOP 870. "
        "Frage: Liegt eine Zusage vor? Wie viele Sitzungen sind ohne Gutachten erstattungsfähig?",
        ("b", "Fall 2 – weiblich, 60-65 Jahre, Tarif stationär 2-Bett"),
        "Knie-TEP (M17.1), Rechnung Klinik mit DRG I44B, Wahlleistung Chefarzt. Frage: Prüfung der Steigerungssätze, Minderung nach § 6a GOÄ.",
        ("b", "Fall 3 – Kind, 6-10 Jahre, Zahnzusatz"),
        "KFO-Behandlung KIG 3, Heil- und Kostenplan 4.800 EUR. Frage: Leistungsumfang und Begrenzung im 2. Versicherungsjahr.",
        ("b", "Lösungshinweise"),
        "Die Lösungen werden in der Präsenzschulung am 24.03. besprochen.",
    ], title="Fallbeispiele Schulung KV")
    body = """Liebe neue Kolleg:innen,

als Vorbereitung auf die Schulung am Dienstag bitte die drei Fallbeispiele
durchlesen und eure Lösungsideen stichpunktartig notieren. Die Fälle sind
anonymisiert – wer trotzdem etwas "wiedererkennt", bitte nicht diskutieren.

Bis Dienstag!
Ines Wohlfahrt

""" + S["wohlfahrt"]
    return mk(A["wohlfahrt"], "Einarbeitung Leistung KV <einarbeitung-kv@versicherer.example>",
              "Vorbereitung Schulung 24.03. – Fallbeispiele", body, date="2026-03-18 16:20",
              atts=[(att, "Schulung_KV_Fallbeispiele_anonym.pdf", PDF)])


@M(46, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-hospital",
   "cost coverage confirmation to a hospital for a named insured's planned spine surgery with diagnosis and tariff (PDF)")
def _():
    att = pdf([
        ("h", "Kostenübernahmeerklärung"),
        "An: Klinikum Am Stadtpark, Patientenverwaltung, Mönchebergstraße 41, 34125 Kassel",
        "Patient: Herr Dariusz Zielinski, geb. 04.12.1968, Versicherungsnummer KV 4470 3318-01",
        "Aufnahme geplant: 13.04.2026, Fachabteilung Neurochirurgie",
        "Aufnahmediagnose: lumbaler Bandscheibenvorfall L5/S1 mit Radikulopathie (M51.1), geplante OP: mikrochirurgische Nukleotomie",
        "Wir übernehmen die Kosten der allgemeinen Krankenhausleistungen (DRG) sowie die Wahlleistungen Zweibettzimmer "
        "und Chefarztbehandlung im Rahmen des Tarifs SK-2 (100 %). Die Erklärung gilt bis 31.05.2026.",
        "Bitte rechnen Sie direkt mit uns ab (Rechnungseingang: Postfach 10 22 18, 34022 Kassel).",
    ], title="KÜ Zielinski")
    body = """Sehr geehrte Damen und Herren,

anbei die Kostenübernahmeerklärung für Ihren Patienten Herrn Zielinski zur
Aufnahme am 13.04.2026.

Mit freundlichen Grüßen
Leistungsservice Krankenversicherung
Versicherer AG"""
    return mk("Leistungsservice Kranken <leistung-kranken@versicherer.example>",
              "Patientenverwaltung <patientenverwaltung@klinikum-stadtpark.example>",
              "Kostenübernahme Zielinski, Aufnahme 13.04.2026", body, date="2026-04-07 09:40",
              atts=[(att, "KUE_Zielinski_2026-04-13.pdf", PDF)])


@M(47, "CONFIDENTIAL", "en", "internal",
   "HR to payroll in English: new starters with birth dates, tax IDs, tax classes, IBANs and starting salaries (XLSX)")
def _():
    rows = [["Start", "Name", "Date of birth", "Tax ID", "Tax class", "IBAN", "Gross salary p.a. EUR", "Dept"],
            ["2026-04-01", "Tomás Ferreira", "1994-09-17", "47 112 908 331", "I", iban_de("52050353", "98001231"), 62000, "IT Applications"],
            ["2026-04-01", "Johanna Wiebe", "1997-02-03", "58 430 117 902", "I", iban_de("52060410", "2214503"), 48500, "Customer Service"],
            ["2026-04-15", "Karim Haddad", "1989-12-28", "31 904 662 718", "III", iban_de("50010517", "5510020034"), 71000, "Actuarial"]]
    body = """Hi Moritz,

new starters for April - contracts are all signed. Karim starts mid-month,
please prorate. His tax class III is confirmed by the ELStAM query, the
others we'll see on the first run.

Thanks!
Ulrike

""" + S["stadelmann"]
    return mk(A["stadelmann"], A["kettler"], "New starters April - payroll set-up", body, date="2026-03-24 11:02",
              atts=[(xlsx([("Starters", rows)], creator="HR"), "starters_2026-04.xlsx", XLSX)])


@M(48, "NORMAL", "de", "internal-system",
   "automatic password-expiry reminder from the directory service; no personal data beyond the employee's own account name")
def _():
    body = """Hallo,

das Kennwort Ihres Windows-Kontos (VERS\\mquade) läuft in 5 Tagen ab
(am 23.06.2026 um 07:12 Uhr).

Bitte ändern Sie es rechtzeitig: Strg+Alt+Entf > Kennwort ändern, oder im
Self-Service unter https://passwort.intranet.versicherer.example.

Mindestens 14 Zeichen, die letzten 12 Kennwörter sind gesperrt.

Ihr IT-Service-Desk
(Automatische Nachricht – Antworten an diese Adresse werden nicht gelesen.)"""
    return mk("IT-Service-Desk <noreply-ad@versicherer.example>", "marlene.quade@versicherer.example",
              "Ihr Kennwort läuft in 5 Tagen ab", body, date="2026-06-18 07:12", msgid="system",
              headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")])


@M(49, "STRICTLY_CONFIDENTIAL", "de", "internal",
   "large-claim list for health reinsurance reporting: named insured persons with diagnoses and claim amounts above 100k EUR (XLSX)")
def _():
    rows = [["VS-Nr", "Versicherte Person", "Geb.-Jahr", "Hauptdiagnose", "Leistung 2025 EUR", "davon stationär", "Status"],
            ["KV 4471 2204-01", "Reinhard Osswald", 1957, "C34.1 Bronchialkarzinom", 412880, 301200, "laufend"],
            ["KV 4470 8812-03", "Mia Lohse (Kind)", 2019, "Q21.3 Fallot-Tetralogie", 286410, 279900, "abgeschlossen"],
            ["KV 4472 0019-01", "Waltraud Fink", 1949, "I63.4 Hirninfarkt, Reha", 164300, 121050, "laufend"],
            ["KV 4471 5530-02", "Günther Pfeil", 1961, "N18.5 terminale Niereninsuffizienz, Dialyse", 131770, 22400, "laufend"],
            ["KV 4473 1187-01", "Svetlana Baranov", 1982, "C91.0 akute lymphatische Leukämie", 508130, 488700, "laufend"]]
    body = """Hallo Gregor,

für die Meldung an den Rückversicherer (Großschaden-XL Kranken, Priorität
100 TEUR) die Fälle 2025 über der Priorität. Frau Baranov und Herr Osswald
werden 2026 weiterlaufen, da bitte schon mal eine Reserve ankündigen.

Die Namen brauchst du für die Meldung eigentlich nicht – bitte vor dem
Versand durch die Fallnummern ersetzen.

Gruß Felix

""" + S["brandauer"]
    return mk(A["brandauer"], A["tillmann"], "GS-XL Kranken 2025 – Fälle über Priorität", body, date="2026-02-03 14:40",
              cc=A["wohlfahrt"],
              atts=[(xlsx([("Fälle > 100 TEUR", rows)], creator="F. Brandauer"), "GS-XL_KV_2025_intern.xlsx", XLSX)])


@M(50, "CONFIDENTIAL", "de", "insurer-to-customer",
   "qualified dunning notice for a motor premium (PDF) with name, contract number, arrears and cover warning; short cover text")
def _():
    att = pdf([
        ("h", "Zahlungsaufforderung nach § 38 VVG"),
        "Herrn Marco Duda, Hafenstraße 3, 34125 Kassel",
        "Vertrag KH 55 016 923 - Kraftfahrtversicherung für KS-MD 88",
        "Rückständig sind folgende Beträge:",
        ("t", [["fällig am", "Art", "Betrag"], ["01.05.2026", "Beitrag Mai", "71,22 EUR"], ["01.06.2026", "Beitrag Juni", "71,22 EUR"],
               ["", "Mahnkosten", "5,00 EUR"], ["", "Gesamt", "147,44 EUR"]], [50, 70, 50]),
        "Bitte zahlen Sie bis spätestens 26.06.2026. Tritt nach Ablauf dieser Frist ein Versicherungsfall ein und sind Sie mit der "
        "Zahlung noch in Verzug, sind wir von der Verpflichtung zur Leistung frei. Wir können den Vertrag nach Ablauf der Frist "
        "fristlos kündigen; die Zulassungsstelle wird dann informiert.",
    ], title="Mahnung KH 55 016 923")
    body = """Guten Tag Herr Duda,

leider haben wir für Mai und Juni keine Zahlung erhalten. Bitte beachten
Sie das beigefügte Schreiben – es ist wichtig für Ihren Versicherungsschutz.

Wenn Sie bereits bezahlt haben, ist alles in Ordnung.

Ihr Inkasso-Team der Versicherer AG"""
    return mk("Inkasso <inkasso@versicherer.example>", "marco.duda88@mailbox.example",
              "Wichtig: Ihr Versicherungsschutz", body, date="2026-06-12 10:00", cte="quoted-printable",
              atts=[(att, "Zahlungsaufforderung_KH55016923.pdf", PDF)])


@M(51, "NORMAL", "en", "insurer-to-reinsurer",
   "trap: anonymised health-claims sample for pricing, only age band, sex, ICD chapter and cost; no identifiers")
def _():
    rows = [["sample_id", "age_band", "sex", "tariff_type", "icd_chapter", "setting", "paid_eur"]]
    sample = [("S0001", "40-49", "F", "comprehensive", "II", "inpatient", "18420.10"),
              ("S0002", "30-39", "M", "comprehensive", "XIII", "outpatient", "1260.55"),
              ("S0003", "60-69", "M", "comprehensive", "IX", "inpatient", "24110.00"),
              ("S0004", "50-59", "F", "supplementary", "K (dental)", "dental", "3190.40"),
              ("S0005", "20-29", "F", "comprehensive", "V", "outpatient", "4880.00"),
              ("S0006", "70-79", "M", "comprehensive", "II", "inpatient", "61200.75"),
              ("S0007", "0-9", "M", "comprehensive", "X", "inpatient", "2211.90"),
              ("S0008", "40-49", "M", "comprehensive", "XIX", "inpatient", "9870.30")]
    rows += [list(s) for s in sample]
    body = """Dear Thomas,

as discussed, a random sample of 8 lines (from 2,000 drawn) of the 2025
health claims, fully anonymised: no names, no dates, no policy numbers,
ages in ten-year bands and diagnoses at ICD-10 chapter level only. The full
2,000-line extract follows via your data room once the confidentiality
agreement is signed.

Regards
Gregor Tillmann

""" + S["tillmann"]
    return mk(A["tillmann"], "Thomas Berger <t.berger@atlasre.example>", "Health QS pricing - anonymised sample",
              body, date="2026-06-03 10:30",
              atts=[(csvb(rows, delim=","), "health_sample_anonymised.csv", CSVT)])


@M(52, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "accident insurance invalidity benefit calculation (Gliedertaxe, hand injury) for the addressee in a DOCX; body says only 'letter attached'")
def _():
    doc = docx([
        "Frau Sandra Holzapfel, Lange Straße 19, 34131 Kassel",
        ("b", "Unfallversicherung UV 2288 410 – Unfall vom 22.06.2025 – Invaliditätsleistung"),
        "Sehr geehrte Frau Holzapfel,",
        "nach dem Gutachten von Prof. Dr. Lenhart vom 04.02.2026 verbleibt nach der distalen Radiusfraktur rechts (S52.51) "
        "mit Beteiligung des Handgelenks eine dauerhafte Funktionsbeeinträchtigung von 3/10 Handwert.",
        ("t", [["Berechnung", ""], ["Handwert nach Gliedertaxe", "55 %"], ["Invaliditätsgrad 3/10 Handwert", "16,5 %"],
               ["Grundsumme", "100.000 EUR"], ["Progression 350 % (bis 25 % linear)", "16,5 % → 16.500 EUR"],
               ["bereits gezahlter Vorschuss", "-5.000 EUR"], ["Auszahlung", "11.500 EUR"]]),
        "Sie können innerhalb von drei Jahren nach dem Unfall eine Neubemessung verlangen.",
        "Mit freundlichen Grüßen\nSevgi Aydın",
    ], author="S. Aydin")
    body = """Sehr geehrte Frau Holzapfel,

unser Schreiben finden Sie im Anhang.

Mit freundlichen Grüßen
Sevgi Aydın

""" + S["aydin"]
    return mk(A["aydin"], "sandra.holzapfel@freemail.example", "Ihr Schreiben", body, date="2026-02-25 14:05",
              atts=[(doc, "Schreiben_UV2288410.docx", DOCX)])


@M(53, "CONFIDENTIAL", "de", "insurer-to-company",
   "company bicycle leasing cover: CSV of named employees with frame numbers and bike values insured under the group contract")
def _():
    data = csvb([["Personalnr", "Name", "Rad", "Rahmennummer", "Neupreis", "Versicherungsbeginn"],
                 ["1042", "Kerstin Abel", "Riese & Müller Charger4", "WSBC602123456K", "5.899,00", "01.06.2026"],
                 ["1077", "Benjamin Roth", "Cube Kathmandu Hybrid", "WCU4412001887", "3.299,00", "01.06.2026"],
                 ["1103", "Derya Aksoy", "Gazelle Ultimate C380", "GZ22K0911554", "4.149,00", "01.06.2026"],
                 ["1128", "Uwe Pfannkuch", "Stevens E-Triton", "ST5531902270", "3.690,00", "15.06.2026"]])
    body = """Hallo Herr Janßen,

die Juni-Zugänge für die Dienstrad-Gruppenversicherung sind eingebucht, die
Liste hängt zum Abgleich an. Bei Herrn Pfannkuch haben wir den Beginn auf
den 15.06. gesetzt, wie vom Händler gemeldet.

Die Sammelrechnung für Juni kommt wie immer zum Monatsanfang.

Viele Grüße
Carola Engemann

""" + S["engemann"]
    return mk(A["engemann"], "Tim Janßen <t.janssen@stadtwerke-fulda-nord.example>",
              "Dienstrad-Gruppenvertrag GV-DR-112 – Zugänge Juni", body, date="2026-05-28 12:12",
              atts=[(data, "Zugaenge_GV-DR-112_2026-06.csv", CSVT)])


@M(54, "NORMAL", "de", "internal",
   "trap: legal department summary of a Federal Court ruling on disability re-assessment, parties anonymised, no customer of the insurer")
def _():
    doc = docx([
        ("h", "Kurzinfo Rechtsprechung 03/2026"),
        ("b", "BGH, Urteil vom 11.02.2026 – IV ZR 144/24: Nachprüfung der Berufsunfähigkeit, neue Tätigkeit"),
        "Sachverhalt (anonymisiert): Der Kläger, ein ehemaliger Dachdecker, bezog nach einem Bandscheibenvorfall eine BU-Rente. "
        "Der Versicherer stellte die Leistung im Nachprüfungsverfahren ein, weil der Kläger inzwischen als Disponent arbeitete.",
        "Entscheidung: Die Einstellung ist nur wirksam, wenn die neue Tätigkeit der bisherigen Lebensstellung entspricht; "
        "ein Einkommensrückgang von mehr als 20 % spricht in der Regel dagegen. Die Mitteilung muss die Vergleichsbetrachtung nachvollziehbar darlegen.",
        "Bedeutung für uns: Textbausteine für Einstellungsmitteilungen (LV-BU-17 bis -19) überarbeiten; Frist 30.04.2026.",
        "Ansprechpartner: Dr. Konstantin Reiß",
    ], author="K. Reiss")
    body = """Liebe Kolleginnen und Kollegen,

anbei unsere Kurzinfo zum neuen BGH-Urteil zur BU-Nachprüfung. Für die
Leistungsprüfung Leben relevant – bitte an die Teams weitergeben.

Dr. Konstantin Reiß

""" + S["reiss"]
    return mk(A["reiss"], "Leistung Leben <leistung-leben@versicherer.example>", "Kurzinfo Rechtsprechung 03/2026 – BU-Nachprüfung",
              body, date="2026-03-09 08:55", cc="Recht <recht@versicherer.example>",
              atts=[(doc, "Kurzinfo_Rspr_2026-03.docx", DOCX)])


@M(55, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
   "underwriting decision on a named client's term life application: 50 % surcharge for hypertension and obesity, in PDF to the broker")
def _():
    att = pdf([
        ("h", "Votum Risikoprüfung"),
        "Antrag A-LV-26-01230, Risikolebensversicherung 250.000 EUR, Laufzeit 25 Jahre",
        "Versicherte Person: Florian Eckhardt, geb. 15.10.1983",
        "Befunde: BMI 34,2 (Größe 1,82 m, Gewicht 113 kg); arterielle Hypertonie seit 2021 (I10.00), behandelt mit Ramipril 5 mg; "
        "Blutdruck laut Hausarztbericht 148/94 mmHg.",
        "Votum: Annahme mit Beitragszuschlag 50 % (Monatsbeitrag 38,10 EUR statt 25,40 EUR). Überprüfung des Zuschlags auf Antrag "
        "nach 3 Jahren bei BMI < 30 und Blutdruck < 140/90.",
    ], title="Votum A-LV-26-01230")
    body = """Hallo Herr Breuer,

für Ihren Kunden Herrn Eckhardt liegt jetzt das Votum vor (PDF). Wenn er
einverstanden ist, reicht eine kurze Annahmeerklärung über das Portal.

Gruß
Henrik Vogelsang

""" + S["vogelsang"]
    return mk(A["vogelsang"], "Marcel Breuer <m.breuer@finanzkontor-breuer.example>",
              "Votum A-LV-26-01230", body, date="2026-03-03 09:09",
              atts=[(att, "Votum_A-LV-26-01230.pdf", PDF)])


@M(56, "CONFIDENTIAL", "de", "internal",
   "payment file for motor premium refunds after cancellations: CSV with named customers, IBANs and amounts")
def _():
    data = csvb([["Auftrag", "Empfänger", "IBAN", "BIC", "Betrag", "Verwendungszweck"],
                 ["ER-4410", "Helga Brosig", iban_de("52050353", "1123409"), "HELADEF1KAS", "112,30", "Erstattung KH 55 013 224"],
                 ["ER-4411", "Tim Wendel", iban_de("52040021", "600228100"), "COBADEFFXXX", "48,77", "Erstattung KH 55 017 550"],
                 ["ER-4412", "Ilona Rautenberg", iban_de("52060410", "4410887"), "GENODEF1EK1", "301,05", "Erstattung KH 55 011 902"],
                 ["ER-4413", "Samir Benali", iban_de("50010517", "6002117843"), "INGDDEFFXXX", "19,60", "Erstattung KH 55 020 003"]])
    body = """Friederike,

die vier Erstattungen aus den Kfz-Kündigungen (Abmeldung / Halterwechsel)
sind geprüft, Datei anbei fürs Exkasso. Bitte mit dem Lauf am Donnerstag.

LG Svenja"""
    return mk(A["ahrens"], A["baum"], "Erstattungen Kfz-Kündigungen KW 19", body, date="2026-05-05 15:48",
              flowed=False, atts=[(data, "Erstattungen_KW19.csv", CSVT)])


@M(57, "NORMAL", "de", "insurer-to-partner",
   "meeting invitation for an association working group on e-mail encryption standards; organisational only")
def _():
    cal = ics(["METHOD:REQUEST",
               "BEGIN:VEVENT",
               "UID:ag-sichere-kommunikation-2026-02@versicherer.example",
               "DTSTAMP:20260112T130000Z",
               "DTSTART;TZID=Europe/Berlin:20260211T100000",
               "DTEND;TZID=Europe/Berlin:20260211T153000",
               "SUMMARY:AG Sichere Kommunikation – 2. Sitzung",
               "LOCATION:Versicherer AG\\, Lindenhofplatz 4\\, Kassel\\, Raum Fulda (EG)",
               "DESCRIPTION:Themen: Domänenzertifikate zwischen Versicherern\\, Portal-Mindeststandards\\, Umgang mit Kundeneinwilligung zu TLS.",
               "ORGANIZER;CN=Annika Faber:mailto:annika.faber@versicherer.example",
               "ATTENDEE;CN=AG-Verteiler;RSVP=TRUE:mailto:ag-kommunikation@branchenverband.example",
               "END:VEVENT"])
    body = """Sehr geehrte Damen und Herren,

zur zweiten Sitzung der AG laden wir Sie herzlich nach Kassel ein. Für
Mittagessen ist gesorgt. Bitte geben Sie bis 30.01. Bescheid, ob Sie vor Ort
oder per Video teilnehmen.

Mit freundlichen Grüßen
Annika Faber"""
    return mk(A["faber"], "AG Sichere Kommunikation <ag-kommunikation@branchenverband.example>",
              "Einladung: AG Sichere Kommunikation am 11.02.2026", body, date="2026-01-12 14:00",
              atts=[(cal, "Einladung.ics", ICS, {"params": {"method": "REQUEST"}})])


@M(58, "STRICTLY_CONFIDENTIAL", "en", "internal",
   "inline forward of a broker's mail about a named client's critical-illness claim (heart attack, stent) to the life claims team")
def _():
    body = """Benedikt, could you pick this up? Ewan is usually patient, but he has
been chasing for two weeks. Thanks, Priya

""" + S["raman"] + """

---------- Forwarded message ---------
From: Ewan Sinclair <ewan.sinclair@crestline-brokers.example>
Date: Tue, 14 Apr 2026 at 17:26
Subject: CI claim - Mr Graham Pryce, policy LV 7735 0912
To: Priya Raman <priya.raman@versicherer.example>

Hi Priya,

my client Graham Pryce (DOB 11/08/1966) had a heart attack on 2 March
while on a business trip in Hamburg - he was taken to the UKE, had two
stents placed and spent 6 days in hospital. He's now in cardiac rehab.

We submitted the critical illness claim form with the discharge summary
on 27 March (troponin and ECG findings are in there). Can you tell me who
is handling it and whether anything is missing? He's understandably
anxious about the lump sum, as he's off work until at least June.

Thanks,
Ewan

Ewan Sinclair | Crestline Insurance Brokers Ltd | Frankfurt branch"""
    return mk(A["raman"], A["rauschenbach"], "Fwd: CI claim - Mr Graham Pryce, policy LV 7735 0912", body,
              date="2026-04-15 09:03", msgid="tb", flowed=False)


@M(59, "CONFIDENTIAL", "de", "insurer-to-customer",
   "personal liability claim (leaking washing machine damaged the neighbour's ceiling): claim number and settlement in a multipart HTML mail")
def _():
    text = """Sehr geehrte Frau Köhler,

zu Ihrem Schaden PH-26-02231 (Wasserschaden in der Wohnung unter Ihnen,
Familie Arslan) haben wir folgendes veranlasst:

  Trocknung Decke/Wände (Fa. Trockenbau Meyer)   1.412,80 EUR
  Malerarbeiten                                   986,00 EUR
  beschädigter Teppich (Zeitwert)                 240,00 EUR
  Summe an Familie Arslan / Handwerker          2.638,80 EUR

Ihre Selbstbeteiligung von 150 EUR ist darin berücksichtigt; wir buchen sie
mit der nächsten Beitragsrechnung ab.

Die Waschmaschine selbst ist über die Privathaftpflicht nicht versichert.

Mit freundlichen Grüßen
Malte Sörensen
"""
    html = """<html><body style="font-family:Calibri,sans-serif">
<p>Sehr geehrte Frau Köhler,</p>
<p>zu Ihrem Schaden <b>PH-26-02231</b> (Wasserschaden in der Wohnung unter Ihnen, Familie Arslan) haben wir folgendes veranlasst:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Trocknung Decke/W&auml;nde (Fa. Trockenbau Meyer)</td><td align="right">1.412,80 EUR</td></tr>
<tr><td>Malerarbeiten</td><td align="right">986,00 EUR</td></tr>
<tr><td>besch&auml;digter Teppich (Zeitwert)</td><td align="right">240,00 EUR</td></tr>
<tr><td><b>Summe an Familie Arslan / Handwerker</b></td><td align="right"><b>2.638,80 EUR</b></td></tr>
</table>
<p>Ihre Selbstbeteiligung von 150 EUR ist darin ber&uuml;cksichtigt; wir buchen sie mit der n&auml;chsten Beitragsrechnung ab.</p>
<p>Die Waschmaschine selbst ist &uuml;ber die Privathaftpflicht nicht versichert.</p>
<p>Mit freundlichen Gr&uuml;&szlig;en<br>Malte S&ouml;rensen</p></body></html>"""
    return mk(A["soerensen"], "Ingrid Köhler <ingrid.koehler@webpost.example>", "Ihr Schaden PH-26-02231",
              text, html=html, date="2026-04-02 10:40", cte="quoted-printable")


@M(60, "NORMAL", "de", "newsletter",
   "trap: customer newsletter (HTML) with winter health tips and a teaser for supplementary health insurance; mass mail, no individual data")
def _():
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Georgia,serif;background:#fafafa">
<div style="max-width:600px;margin:auto;background:#fff;padding:20px">
<h1 style="color:#7a1f2b">Gesund durch den Winter</h1>
<p>Liebe Kundinnen und Kunden,</p>
<p>Erkältung, Grippe, Norovirus – im Winter haben Viren Hochsaison. Unsere Tipps:</p>
<ul><li>Hände regelmäßig waschen, 20 Sekunden mit Seife</li>
<li>Grippeschutzimpfung: für über 60-Jährige und chronisch Kranke von der STIKO empfohlen</li>
<li>Bei Fieber über 39 °C länger als drei Tage: ärztlich abklären lassen</li></ul>
<table style="border:1px solid #7a1f2b;width:100%"><tr><td style="padding:12px">
<b>Schon gewusst?</b> Mit unserer Krankenzusatzversicherung <i>AmbulantPlus</i> erstatten wir Heilpraktiker-Leistungen
und Reiseimpfungen bis 500 EUR im Jahr – ab 12,90 EUR monatlich.
<a href="https://www.versicherer.example/ambulantplus">Mehr erfahren</a></td></tr></table>
<p style="font-size:11px;color:#888">Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben.
<a href="https://www.versicherer.example/newsletter/abmelden?id=%%ID%%">Abmelden</a> · Impressum: Versicherer AG, Lindenhofplatz 4, 34117 Kassel</p>
</div></body></html>"""
    return mk("Versicherer Newsletter <newsletter@news.versicherer.example>", "newsletter-kunden@news.versicherer.example",
              "Gesund durch den Winter – 3 Tipps und ein Angebot", html=html, date="2026-01-14 07:00",
              msgid="news", headers=[("Precedence", "bulk"),
                                     ("List-Unsubscribe", "<https://www.versicherer.example/newsletter/abmelden>")])
# ---------------------------------------------------------------- 0061-0080

@M(61, "NORMAL", "en", "internal-system",
   "monitoring system's monthly availability report as HTML table; systems only")
def _():
    html = """<html><body style="font-family:monospace;font-size:12px">
<h3>Service availability report - May 2026</h3>
<table border="1" cellpadding="3" cellspacing="0">
<tr><th>Service</th><th>SLA</th><th>Availability</th><th>Incidents</th><th>Longest outage</th></tr>
<tr><td>Customer portal</td><td>99.5 %</td><td style="color:green">99.93 %</td><td>2</td><td>18 min</td></tr>
<tr><td>SecureMail portal</td><td>99.5 %</td><td style="color:green">99.98 %</td><td>1</td><td>6 min</td></tr>
<tr><td>Broker API (BiPRO)</td><td>99.0 %</td><td style="color:red">98.71 %</td><td>4</td><td>4 h 12 min</td></tr>
<tr><td>Claims core system</td><td>99.5 %</td><td style="color:green">99.81 %</td><td>3</td><td>41 min</td></tr>
<tr><td>Health benefits system</td><td>99.5 %</td><td style="color:green">99.77 %</td><td>2</td><td>52 min</td></tr>
<tr><td>Outbound mail gateway</td><td>99.9 %</td><td style="color:green">100.00 %</td><td>0</td><td>-</td></tr>
</table>
<p>SLA breach: Broker API (certificate chain incident INC-2026-11230 on 2026-05-14).</p>
<p>-- generated by mon-report 2.4 on mon01.versicherer.example</p>
</body></html>"""
    return mk("Monitoring <monitoring@versicherer.example>", "IT-Leitung <it-leitung@versicherer.example>",
              "[mon-report] Availability May 2026", html=html, date="2026-06-01 06:00", msgid="system",
              headers=[("Auto-Submitted", "auto-generated")])


@M(62, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "dental cost plan review for the addressee (implant region 36, bone augmentation, GOZ items) in text and HTML table")
def _():
    text = """Guten Tag Frau Baumgart,

wir haben den Heil- und Kostenplan von Dr. Sievers vom 03.03.2026 für Ihr
Implantat in Region 36 geprüft.

Geplante Kosten laut HKP:            4.286,50 EUR
davon erstattungsfähig:              4.019,30 EUR
 (GOZ 9010 Implantat, 9100 Knochenaufbau, 2200 Krone,
  Material- und Laborkosten; Steigerung über 3,5-fach nicht erstattungsfähig)
unsere Erstattung 90 % (Tarif ZE-Plus): 3.617,37 EUR

Die Begrenzung im 3. Versicherungsjahr (3.000 EUR) gilt bei Ihnen nicht mehr,
da der Vertrag seit 01.01.2023 läuft.

Viele Grüße
Ihr Team Zahnleistungen
Versicherer AG
"""
    html = """<html><body style="font-family:Arial;font-size:13px">
<p>Guten Tag Frau Baumgart,</p>
<p>wir haben den Heil- und Kostenplan von Dr. Sievers vom 03.03.2026 f&uuml;r Ihr Implantat in Region 36 gepr&uuml;ft.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><td>Geplante Kosten laut HKP</td><td align="right">4.286,50 EUR</td></tr>
<tr><td>davon erstattungsf&auml;hig (GOZ 9010, 9100, 2200, Material/Labor)</td><td align="right">4.019,30 EUR</td></tr>
<tr><td><b>unsere Erstattung 90 % (ZE-Plus)</b></td><td align="right"><b>3.617,37 EUR</b></td></tr>
</table>
<p>Die Begrenzung im 3. Versicherungsjahr gilt bei Ihnen nicht mehr, da der Vertrag seit 01.01.2023 l&auml;uft.</p>
<p>Viele Gr&uuml;&szlig;e<br>Ihr Team Zahnleistungen</p></body></html>"""
    return mk("Zahnleistungen <zahn@versicherer.example>", "Nadine Baumgart <n.baumgart@mailbox.example>",
              "Heil- und Kostenplan vom 03.03.2026", text, html=html, date="2026-03-13 11:46")


@M(63, "CONFIDENTIAL", "de", "insurer-to-broker",
   "motor portfolio extract for a broker GmbH: named private customers with plates, no-claims classes and premiums (XLSX)")
def _():
    rows = [["VS-Nr", "Kunde", "Kennzeichen", "Fahrzeug", "SF KH", "SF VK", "Jahresbeitrag", "HF"],
            ["KH 55 010 233", "Renate Kühn", "KS-RK 12", "Toyota Yaris", "SF 25", "SF 25", 412.80, "01.01."],
            ["KH 55 012 880", "Dominik Sauerwein", "HR-DS 707", "BMW 320d", "SF 9", "SF 9", 988.40, "01.01."],
            ["KH 55 013 514", "Elena Popescu", "KS-EP 220", "Dacia Duster", "SF 3", "SF 2", 1121.65, "01.01."],
            ["KH 55 015 006", "Lutz Hammerschmidt", "ESW-LH 5", "Ford Transit Custom", "SF 17", "–", 690.00, "01.03."],
            ["KH 55 018 771", "Gül Aktaş", "KS-GA 1990", "Renault Clio", "SF 1/2", "SF 1/2", 1388.20, "01.01."]]
    body = """Hallo Herr Breuer,

wie gewünscht der Kfz-Bestand Ihrer Agentur (nur aktive Verträge, Stand
31.10.) für Ihre Wechselsaison-Planung. Bei Frau Aktaş haben wir für 2027
einen Schaden gebucht, die Rückstufung ist in der Liste noch nicht drin.

Viele Grüße
Nadine Schwertfeger

""" + S["schwertfeger"]
    return mk(A["schwertfeger"], "Marcel Breuer <m.breuer@finanzkontor-breuer.example>",
              "Kfz-Bestand Agentur 30-2207 – Stand 31.10.", body, date="2026-11-02 09:15",
              atts=[(xlsx([("Kfz-Bestand", rows)], creator="N. Schwertfeger"), "Kfz-Bestand_30-2207_2026-10-31.xlsx", XLSX)])


@M(64, "NORMAL", "de", "internal",
   "trap: data-protection impact assessment for the receipt-upload app describing health-data categories and risks in general; no individual")
def _():
    doc = docx([
        ("h", "Datenschutz-Folgenabschätzung (Art. 35 DSGVO) – App „Belege-Upload“"),
        ("h", "1. Beschreibung der Verarbeitung", 2),
        "Versicherte fotografieren Arztrechnungen, Rezepte und Heil- und Kostenpläne und laden sie in der App hoch. "
        "Die Belege werden per OCR ausgelesen (Leistungserbringer, Datum, GOÄ-Ziffern, Diagnose/ICD-Code, Betrag) und dem "
        "Leistungssystem übergeben.",
        ("h", "2. Kategorien personenbezogener Daten", 2),
        ("t", [["Kategorie", "Beispiele", "Art. 9 DSGVO"],
               ["Stammdaten", "Name, Versicherungsnummer, Geburtsdatum", "nein"],
               ["Gesundheitsdaten", "Diagnosen, Behandlungen, Medikamente", "ja"],
               ["Bankdaten", "IBAN für abweichende Auszahlung", "nein"],
               ["Gerätedaten", "App-Version, Geräte-ID (pseudonym)", "nein"]]),
        ("h", "3. Risiken und Maßnahmen", 2),
        ("t", [["Risiko", "Eintritt", "Schwere", "Maßnahme"],
               ["Belegfoto bleibt in der Galerie des Telefons", "hoch", "hoch", "Kamera in der App, keine Speicherung in der Galerie"],
               ["Fehlzuordnung zu anderer Person", "mittel", "hoch", "Abgleich VSNR + Geburtsdatum, Vier-Augen bei Abweichung"],
               ["OCR-Dienstleister außerhalb EU", "gering", "hoch", "Verarbeitung nur im RZ Frankfurt, AVV"]]),
        "Ergebnis: Restrisiko vertretbar nach Umsetzung der Maßnahmen; Konsultation der Aufsichtsbehörde nicht erforderlich.",
    ], author="M. Quade")
    body = """Hallo zusammen,

die DSFA für die Belege-App ist im Entwurf fertig. Bitte insbesondere
Abschnitt 3 prüfen (IT-Sicherheit: Galerie-Thema; Leistung KV: Abgleich bei
Fehlzuordnung). Rückmeldung bis 15.05., dann geht sie in die Freigabe.

Danke und viele Grüße
Marlene Quade

""" + S["quade"]
    return mk(A["quade"], "Projekt Belege-App <projekt-belegeapp@versicherer.example>",
              "DSFA Belege-Upload – Entwurf zur Prüfung", body, date="2026-05-04 13:33",
              atts=[(doc, "DSFA_Belege-Upload_Entwurf_v0.9.docx", DOCX)])


@M(65, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-reinsurer",
   "facultative submission for a large term-life sum: named applicant with birth date, cardiology findings and income in the PDF")
def _():
    att = pdf([
        ("h", "Facultative submission - term life"),
        "Cedent: Versicherer AG. Treaty retention: EUR 1,500,000. Facultative share requested: EUR 2,500,000.",
        "Life assured: Mr Konrad Albrecht-Weiss, born 08 July 1970, managing partner of a law firm, non-smoker",
        "Sum assured: EUR 4,000,000, term 15 years, purpose: business loan protection. Declared income: EUR 610,000 p.a.",
        ("b", "Medical evidence"),
        "Resting ECG and exercise ECG (March 2026): unremarkable to 200 W. Echocardiography: mild left ventricular hypertrophy, EF 60 %. "
        "History: paroxysmal atrial fibrillation (I48.0) 2022, successful catheter ablation 2023, no recurrence; apixaban stopped 2024. "
        "Lipids: total cholesterol 231 mg/dl, LDL 148 mg/dl. BP 132/84 on candesartan 8 mg.",
        "Our assessment: standard rates +50 % (cardiac history). Please let us have your terms.",
    ], title="Fac submission LV-F-26-007")
    body = """Dear Sophie,

attached is a facultative submission for a EUR 4m term-life case. Our
medical officer proposes +50 %; full medical file in your portal on request.
We'd appreciate terms by Friday as the bank wants the cover in place by month end.

Kind regards
Gregor Tillmann

""" + S["tillmann"]
    return mk(A["tillmann"], "Sophie Marchetti <life-fac@nordkap-re.example>", "Fac request LV-F-26-007 (EUR 4m term)",
              body, date="2026-04-08 12:02", atts=[(att, "LV-F-26-007_submission.pdf", PDF)])


@M(66, "CONFIDENTIAL", "de", "internal",
   "HR sends a named employee a salary certificate for her mortgage (gross/net income, employment status) as DOCX")
def _():
    doc = docx([
        ("h", "Verdienstbescheinigung"),
        "Hiermit bestätigen wir, dass Frau Sabrina Gellert, geb. 13.06.1990, wohnhaft Am Lindenberg 8, 34132 Kassel, "
        "seit dem 01.08.2016 unbefristet und ungekündigt als Sachbearbeiterin in unserem Unternehmen beschäftigt ist. "
        "Die Probezeit ist beendet.",
        ("t", [["Monat", "Brutto", "Netto"], ["Januar 2026", "4.310,00 EUR", "2.719,44 EUR"],
               ["Februar 2026", "4.310,00 EUR", "2.719,44 EUR"], ["März 2026", "4.310,00 EUR", "2.719,44 EUR"]]),
        "Zusätzlich werden ein Urlaubsgeld (Juni) von 2.155,00 EUR brutto und eine Sonderzahlung (November) von 4.310,00 EUR brutto gezahlt.",
        "Kassel, 09.04.2026 – Versicherer AG, Personalabteilung",
    ], author="M. Kettler")
    body = """Hallo Frau Gellert,

anbei die Verdienstbescheinigung für Ihre Bank. Das unterschriebene Original
liegt ab morgen bei mir im Büro (K1.08) zum Abholen bereit.

Viele Grüße
Moritz Kettler

""" + S["kettler"]
    return mk(A["kettler"], "Sabrina Gellert <sabrina.gellert@versicherer.example>",
              "Ihre Verdienstbescheinigung", body, date="2026-04-09 15:22",
              atts=[(doc, "Verdienstbescheinigung_Gellert.docx", DOCX)])


@M(67, "NORMAL", "de", "internal",
   "trap: actuarial premium-adjustment trigger analysis per health tariff and age group (claims ratios), no person")
def _():
    rows = [["Tarif", "Altersgruppe", "Bestand", "rechn. Kopfschaden", "beob. Kopfschaden", "Faktor", "Schwellenwert", "auslösend"],
            ["AM-Komfort", "21-40", 18220, 1411, 1553, 1.101, "1,05", "ja"],
            ["AM-Komfort", "41-60", 26110, 2670, 2741, 1.027, "1,05", "nein"],
            ["AM-Komfort", "61+", 9870, 5912, 6480, 1.096, "1,05", "ja"],
            ["SK-2", "21-40", 14300, 388, 402, 1.036, "1,05", "nein"],
            ["SK-2", "41-60", 20930, 912, 1011, 1.109, "1,05", "ja"],
            ["ZE-Plus", "alle", 61450, 212, 219, 1.033, "1,05", "nein"]]
    body = """Liebe Katharina,

die Auswertung der auslösenden Faktoren zum Stichtag 30.06. ist fertig.
Ausgelöst haben AM-Komfort (21–40 und 61+) und SK-2 (41–60). Der
Treuhänder bekommt die Unterlagen Anfang August; Details siehe Datei.

Gruß
Felix

""" + S["brandauer"]
    return mk(A["brandauer"], A["nowak"], "BAP 2027 – auslösende Faktoren", body, date="2026-07-15 17:40",
              atts=[(xlsx([("Faktoren", rows)], creator="F. Brandauer"), "BAP2027_ausloesende_Faktoren.xlsx", XLSX)])


@M(68, "STRICTLY_CONFIDENTIAL", "de", "internal",
   "life claims asks legal about a death claim: suicide within the three-year period (§ 161 VVG), named deceased and beneficiary")
def _():
    body = """Hallo Herr Dr. Reiß,

ich bräuchte Ihre Einschätzung zu einem Todesfall:

Vertrag LV 7736 4410, Risikolebensversicherung 180.000 EUR, Beginn
01.09.2023. Versicherte Person Herr Andreas Kämmerer, geb. 02.01.1981,
verstorben am 19.05.2026. Laut Todesbescheinigung und Ermittlungsbericht
der Polizei Suizid (Intoxikation mit Medikamenten); die Ehefrau gibt an,
er sei seit Herbst wegen einer schweren Depression in Behandlung gewesen.

Der Tod liegt damit innerhalb der Dreijahresfrist des § 161 VVG. Frau
Kämmerer (Bezugsberechtigte) hat über ihren Anwalt mitteilen lassen, dass
die Tat im Zustand krankhafter Störung der Geistestätigkeit begangen wurde,
und kündigt ein psychiatrisches Gutachten an.

Die Akte liegt im DMS unter LV-TF-26-0133. Wie sollen wir weiter vorgehen?
Ich würde das Anerkenntnis bis zum Gutachten zurückstellen und das der
Witwe sehr behutsam mitteilen.

Viele Grüße
Benedikt Rauschenbach

""" + S["rauschenbach"]
    return mk(A["rauschenbach"], A["reiss"], "Todesfall LV 7736 4410 – Frage § 161 VVG", body, date="2026-06-03 16:51")


@M(69, "NORMAL", "de", "system-to-customer",
   "trap: content-free notification mail that a new secure message is waiting in the portal; no contract, no data")
def _():
    text = """Guten Tag,

in Ihrem SecureMail-Postfach bei der Versicherer AG liegt eine neue Nachricht
für Sie bereit.

Zum Postfach: https://securemail.versicherer.example/

Aus Sicherheitsgründen enthält diese E-Mail keine weiteren Inhalte. Die
Nachricht steht 90 Tage zum Abruf bereit.

Wir fragen Sie niemals per E-Mail nach Ihrem Passwort.

Ihre Versicherer AG"""
    html = """<html><body style="font-family:Arial;font-size:14px;color:#222">
<table width="560" style="border:1px solid #ccc"><tr><td style="padding:16px">
<p><b>Neue Nachricht in Ihrem SecureMail-Postfach</b></p>
<p>Guten Tag,<br>in Ihrem SecureMail-Postfach bei der Versicherer AG liegt eine neue Nachricht f&uuml;r Sie bereit.</p>
<p><a href="https://securemail.versicherer.example/" style="background:#003a70;color:#fff;padding:8px 14px;text-decoration:none">Zum Postfach</a></p>
<p style="font-size:12px;color:#666">Aus Sicherheitsgr&uuml;nden enth&auml;lt diese E-Mail keine weiteren Inhalte. Die Nachricht steht 90 Tage zum Abruf bereit.
Wir fragen Sie niemals per E-Mail nach Ihrem Passwort.</p></td></tr></table></body></html>"""
    return mk("Versicherer SecureMail <securemail-noreply@versicherer.example>", "heike.wolters@kasselnet.example",
              "Neue Nachricht in Ihrem SecureMail-Postfach", text, html=html, date="2026-05-11 09:31",
              msgid="system", headers=[("Auto-Submitted", "auto-generated")])


@M(70, "CONFIDENTIAL", "en", "insurer-to-customer",
   "travel cancellation refund after the policyholder's redundancy (no health reason): booking, policy number, amounts and IBAN")
def _():
    ib = iban_de("52050353", "2600198")
    body = """Dear Ms Okafor,

thank you for sending the termination letter from your employer. Involuntary
job loss is a covered reason under your annual travel policy RR 3310 882,
so we can refund the cancellation costs for the Lisbon trip (booking
no. TUX-88231, 12-19 July 2026):

  Cancellation fee charged by the tour operator   EUR 1,184.00
  less excess (20 %, min. EUR 50)                 EUR  -236.80
  Refund                                          EUR    947.20

The amount will reach your account ending in ...0198 ({ib}) within three
working days.

I'm sorry about the circumstances, and I hope the job search goes well.

Kind regards
Dennis Pohlmann
Customer Service | Versicherer AG""".replace("{ib}", grp(ib))
    return mk(A["pohlmann"], "Chiamaka Okafor <chiamaka.okafor@webpost.example>", "Your cancellation claim RR-26-1187",
              body, date="2026-06-24 13:58", msgid="tb")


@M(71, "NORMAL", "en", "insurer-to-broker",
   "trap: product sheet for an international health plan (benefits, waiting periods, premiums by age), no client data")
def _():
    att = pdf([
        ("h", "Global Care - international private medical insurance (product sheet 2026)"),
        ("t", [["Benefit", "Essential", "Premium"],
               ["Inpatient treatment, surgery", "100 %", "100 %, private room"],
               ["Outpatient (GP, specialist, diagnostics)", "80 %, EUR 5,000 p.a.", "100 %"],
               ["Psychiatric treatment", "inpatient 30 days", "inpatient 60 days + 20 sessions"],
               ["Maternity", "-", "EUR 8,000 after 10 months"],
               ["Dental", "-", "80 %, EUR 2,000 p.a."],
               ["Medical evacuation", "yes", "yes"]], [70, 50, 50]),
        ("t", [["Age", "Essential EUR/month", "Premium EUR/month"],
               ["18-29", "142", "231"], ["30-39", "178", "289"], ["40-49", "241", "388"], ["50-59", "336", "541"]], [50, 60, 60]),
        "Pre-existing conditions are covered after 24 months unless excluded at underwriting. Area of cover: worldwide excl. USA, "
        "USA option +65 %.",
    ], title="Global Care product sheet")
    body = """Hi Ewan,

as promised on the call, the 2026 product sheet for Global Care. The premium
table is indicative; group discounts start at 10 lives.

Best
Priya

""" + S["raman"]
    return mk(A["raman"], "Ewan Sinclair <ewan.sinclair@crestline-brokers.example>",
              "Global Care product sheet 2026", body, date="2026-02-10 10:10",
              atts=[(att, "GlobalCare_ProductSheet_2026.pdf", PDF)])


@M(72, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
   "group accident insurance: employee list (names, birth dates, risk class, sums for death/invalidity) for a logistics firm, in the XLSX")
def _():
    rows = [["Name", "Vorname", "geb.", "Tätigkeit", "Gefahrengruppe", "Invalidität Grundsumme", "Todesfall", "Krankenhaustagegeld"],
            ["Wiśniewski", "Andrzej", "03.04.1977", "Berufskraftfahrer", "B", "150.000 EUR", "25.000 EUR", "20 EUR"],
            ["Brandes", "Heiko", "21.11.1983", "Berufskraftfahrer", "B", "150.000 EUR", "25.000 EUR", "20 EUR"],
            ["Schüttler", "Karin", "07.07.1969", "Disposition", "A", "100.000 EUR", "25.000 EUR", "20 EUR"],
            ["Petković", "Dragan", "09.02.1990", "Berufskraftfahrer", "B", "150.000 EUR", "25.000 EUR", "20 EUR"],
            ["Hagedorn", "Jens", "25.03.1972", "Geschäftsführer", "A", "200.000 EUR", "50.000 EUR", "30 EUR"]]
    body = """Sehr geehrter Herr Hagedorn,

die Gruppenunfallversicherung ist zum 01.04. um die neuen Fahrer erweitert.
Bitte prüfen Sie die beigefügte Liste der versicherten Personen; Ihre eigene
Absicherung als Geschäftsführer haben wir wie besprochen erhöht.

Mit freundlichen Grüßen
Sevgi Aydın

""" + S["aydin"]
    return mk(A["aydin"], "Jens Hagedorn <j.hagedorn@hagedorn-logistik.example>",
              "Gruppenunfall GU 5510 – versicherte Personen ab 01.04.2026", body, date="2026-03-30 09:50",
              atts=[(xlsx([("versicherte Personen", rows)], creator="S. Aydin"), "GU5510_Personen_2026-04.xlsx", XLSX)])


@M(73, "CONFIDENTIAL", "de", "internal",
   "fleet claims history for renewal pricing: named drivers of a customer's fleet with dates, fault and paid amounts; property damage only")
def _():
    rows = [["Schaden-Nr", "Datum", "Kennzeichen", "Fahrer", "Art", "Schuld", "Zahlung KH", "Zahlung VK"],
            ["K-24-201177", "2024-03-11", "KS-HL 202", "Heiko Brandes", "Auffahrunfall A7", "ja", 8410.00, 12880.50],
            ["K-24-288051", "2024-11-02", "KS-HL 230", "Lena Vöhringer", "Rangierschaden Rampe", "ja", 0, 2210.00],
            ["K-25-044190", "2025-02-19", "KS-HL 201", "Andrzej Wiśniewski", "Spiegel, Gegenverkehr", "nein", 0, 0],
            ["K-25-190334", "2025-08-27", "KS-HL 231", "Murat Şimşek", "Parkrempler", "ja", 1977.30, 0],
            ["K-26-010021", "2026-01-14", "KS-HL 214", "Dragan Petković", "Glasbruch", "–", 0, 940.00]]
    body = """Hi Carola,

für die Hagedorn-Verlängerung hier der Schadenverlauf 24–26 mit Fahrern.
Schadenquote 3 Jahre: 61 %. Personenschäden keine. Auffällig eigentlich nur
der Auffahrunfall 2024; der junge Fahrer (Şimşek) hatte einen Parkrempler.
Ich würde beim Beitrag +5 % vorschlagen.

Nadine

""" + S["schwertfeger"]
    return mk(A["schwertfeger"], A["engemann"], "Hagedorn Flotte – Schadenverlauf für Verlängerung",
              body, date="2026-03-13 10:27",
              atts=[(xlsx([("Schadenverlauf", rows)], creator="N. Schwertfeger"), "Hagedorn_Schadenverlauf_2024-2026.xlsx", XLSX)])


@M(74, "NORMAL", "de", "internal",
   "office move plan (rooms, teams, dates) as XLSX; organisational only")
def _():
    rows = [["Team", "von", "nach", "Arbeitsplätze", "Umzugstermin", "Kisten bis"],
            ["Kundenservice Team Vertrag", "K1.10-K1.14", "N2.01-N2.06", 22, "2026-09-11", "2026-09-09"],
            ["Leistung LV/BU", "K3.02-K3.05", "N3.01-N3.03", 14, "2026-09-18", "2026-09-16"],
            ["Rechtsabteilung", "K4.01", "N4.10", 8, "2026-09-18", "2026-09-16"],
            ["Aktuariat", "K2.20-K2.22", "N2.20-N2.24", 17, "2026-09-25", "2026-09-23"]]
    body = """Liebe Teamleitungen,

anbei der abgestimmte Umzugsplan für den Neubau Nord. Schränke mit
Aktenablage bitte vorher mit der Poststelle klären – Akten mit
Kundenunterlagen werden in verschlossenen Rollcontainern transportiert,
nicht in Kisten.

Grüße aus dem Facility Management
Wiebke Carstens (für FM)"""
    return mk(A["carstens"], "Teamleitungen <teamleitungen@versicherer.example>", "Umzug Neubau Nord – finaler Plan",
              body, date="2026-08-20 11:00",
              atts=[(xlsx([("Umzugsplan", rows)], creator="Facility Management"), "Umzugsplan_Neubau_Nord_final.xlsx", XLSX)])


@M(75, "NORMAL", "en", "internal",
   "trap: KPI export with claim counts, settlement times and rejection rates per line including health and disability; aggregates")
def _():
    data = csvb([["month", "line", "claims_reported", "claims_closed", "avg_days_to_settle", "rejection_rate", "complaints"],
                 ["2026-04", "motor", "4120", "3988", "17.2", "3.1%", "22"],
                 ["2026-04", "household", "1877", "1902", "11.4", "6.4%", "9"],
                 ["2026-04", "health (reimbursement)", "61230", "60418", "4.1", "2.2%", "48"],
                 ["2026-04", "disability income", "71", "64", "96.5", "21.9%", "5"],
                 ["2026-04", "accident", "388", "371", "38.0", "9.7%", "3"]], delim=",", crlf=False)
    body = """Team,

April KPIs attached (CSV from the dashboard). Disability rejection rate is up
from 17 % - mostly late notifications and pre-existing conditions per the
claims team. We'll look at it in Monday's ops review.

Felix"""
    return mk(A["brandauer"], "Ops Review <ops-review@versicherer.example>", "Ops KPIs April 2026",
              body, date="2026-05-08 08:12", msgid="tb",
              atts=[(data, "kpi_2026-04.csv", CSVT)])


@M(76, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "disability claim acknowledgement (burnout/depression, F33.1) with monthly pension and premium waiver, in the DOCX; short covering text")
def _():
    doc = docx([
        "Herrn Jörg Lammers, Weserstraße 61, 34125 Kassel",
        ("b", "Berufsunfähigkeitsversicherung LV 7732 8815 – Leistungsanerkenntnis"),
        "Sehr geehrter Herr Lammers,",
        "nach Auswertung der Berichte Ihrer behandelnden Psychiaterin Dr. Renz und des Gutachtens von Prof. Dr. Hillmer "
        "erkennen wir unsere Leistungspflicht an. Sie sind seit dem 01.10.2025 infolge einer rezidivierenden depressiven Störung, "
        "gegenwärtig schwere Episode (F33.2), zu mindestens 50 % außerstande, Ihren zuletzt ausgeübten Beruf als Projektleiter auszuüben.",
        ("t", [["Leistung", "ab", "Betrag"], ["BU-Rente", "01.10.2025", "2.400,00 EUR monatlich"],
               ["Beitragsbefreiung", "01.10.2025", "186,12 EUR monatlich"], ["Nachzahlung Okt. 2025 – Apr. 2026", "", "16.800,00 EUR"]]),
        "Das Anerkenntnis ist unbefristet. Wir werden in angemessenen Abständen prüfen, ob die Voraussetzungen fortbestehen.",
    ], author="B. Rauschenbach")
    body = """Sehr geehrter Herr Lammers,

anbei wie telefonisch angekündigt unser Schreiben. Ich bin diese Woche
täglich bis 16 Uhr erreichbar, falls Sie Fragen haben.

Mit freundlichen Grüßen
Benedikt Rauschenbach

""" + S["rauschenbach"]
    return mk(A["rauschenbach"], "joerg.lammers@kabelpost.example", "Unser Schreiben vom heutigen Tag",
              body, date="2026-04-28 11:30",
              atts=[(doc, "Schreiben_LV77328815_2026-04-28.docx", DOCX)])


@M(77, "CONFIDENTIAL", "de", "insurer-to-customer",
   "SEPA mandate confirmation for a household policy with the customer's IBAN and mandate reference (windows-1252 plain text)")
def _():
    ib = iban_de("52050353", "170045321")
    body = """Sehr geehrter Herr Nußbaum,

vielen Dank für die Erteilung des SEPA-Lastschriftmandats. Hiermit bestätigen
wir Ihnen die Daten:

  Vertrag:            Hausratversicherung HR 12 720 118
  Kontoinhaber:       Rainer Nußbaum
  IBAN:               {ib}
  Mandatsreferenz:    HR12720118-0001
  Gläubiger-ID:       DE98ZZZ09999999999
  erste Abbuchung:    01.07.2026, danach jährlich, 176,30 EUR

Bitte prüfen Sie die Angaben. Bei Fehlern melden Sie sich bis zum 25.06.

Mit freundlichen Grüßen
Ihr Kundenservice
Versicherer AG""".replace("{ib}", grp(ib))
    return mk("Kundenservice <service@versicherer.example>", "r.nussbaum@t-mail.example",
              "Bestätigung Ihres SEPA-Lastschriftmandats", body, date="2026-06-15 08:44",
              charset="windows-1252", cte="8bit")


@M(78, "NORMAL", "de", "insurer-to-supplier",
   "trap: order to a document-destruction company for health claim files (protection class 3, security level P-4); no file contents")
def _():
    body = """Sehr geehrte Frau Lorenz,

hiermit bestellen wir zu Ihrem Angebot AN-26-0412 die Vernichtung von
Leistungsakten Krankenversicherung der Jahrgänge 2012–2015 nach Ablauf der
Aufbewahrungsfrist:

  Menge:            ca. 14 t (ca. 480 Rollcontainer)
  Schutzklasse:     3 (besonders sensible Daten, u. a. Gesundheitsdaten)
  Sicherheitsstufe: P-4 nach DIN 66399
  Abholung:         KW 38/39, Lager Kassel-Bettenhausen, Tor 4
  Nachweis:         Vernichtungsprotokoll je Container, Zertifikat

Die Container werden verplombt übergeben; bitte bringen Sie die Plombenliste
zum Abgleich mit. Der Vertrag zur Auftragsverarbeitung vom 12.03.2024 gilt
unverändert.

Mit freundlichen Grüßen
Marlene Quade
Datenschutzbeauftragte

""" + FOOT
    return mk(A["quade"], "Aktenservice Lorenz <auftrag@aktenservice-lorenz.example>",
              "Bestellung AN-26-0412 – Aktenvernichtung Leistungsakten KV", body, date="2026-08-28 10:30",
              cc="Poststelle <poststelle@versicherer.example>")


@M(79, "STRICTLY_CONFIDENTIAL", "en", "internal",
   "HR forwards a named employee's sick-leave situation (hospital stay, fit notes) to payroll for continued-pay calculation")
def _():
    body = """Hi Moritz,

heads-up for the June run: Daniel Ashworth (IT Architecture, no. 40855) has
been off sick since 4 May. He had emergency surgery (perforated appendix)
and was in hospital until 15 May; his GP has signed him off until 26 June
(fit notes scanned into his HR file, ICD K35.3 on the first one).

Continued pay ends after six weeks on 14 June; from 15 June the statutory
sickness benefit kicks in, so please set up the employer top-up as per the
company agreement (difference to 90 % net for up to 12 weeks).

He asked me to keep this as quiet as possible in the team - just "on leave".

Thanks
Ulrike

""" + S["stadelmann"]
    return mk(A["stadelmann"], A["kettler"], "D. Ashworth - continued pay / sick pay top-up",
              body, date="2026-06-05 14:07")


@M(80, "NORMAL", "en", "newsletter",
   "broker market update newsletter in English (rates, regulation, events), multipart with HTML; no personal data")
def _():
    text = """VERSICHERER - BROKER UPDATE Q3/2026

1. Motor: average market rate change for 2027 expected at +4 to +6 %.
   Our fleet tariff moves +3.5 % from 1 January.
2. Property: NatCat (Elementar) cover becomes default in all new household
   and buildings quotes from 1 October (opt-out needs signature).
3. Regulation: IDD training hours - deadline for your 15 hours is 31 December.
   Our webinars count; certificates in the broker portal.
4. Events: Broker Day Kassel, 15 October, 10:00-16:00. Sign-up via the portal.

Questions: broker-relations@versicherer.example"""
    html = """<html><body style="font-family:Helvetica,Arial;font-size:14px">
<h2>Broker Update Q3/2026</h2>
<ol><li><b>Motor:</b> market rate change 2027 expected at +4 to +6&nbsp;%. Our fleet tariff moves +3.5&nbsp;% from 1 January.</li>
<li><b>Property:</b> NatCat cover default in new household and buildings quotes from 1 October.</li>
<li><b>Regulation:</b> IDD training hours &ndash; deadline 31 December. Our webinars count.</li>
<li><b>Events:</b> Broker Day Kassel, 15 October, 10:00&ndash;16:00.</li></ol>
<p>Questions: <a href="mailto:broker-relations@versicherer.example">broker-relations@versicherer.example</a></p>
</body></html>"""
    return mk("Versicherer Broker Relations <broker-relations@news.versicherer.example>",
              "broker-list-en@news.versicherer.example", "Broker Update Q3/2026", text, html=html,
              date="2026-09-01 07:45", msgid="news", headers=[("Precedence", "bulk")])
# ---------------------------------------------------------------- 0081-0100

@M(81, "CONFIDENTIAL", "de", "internal-system",
   "dunning stage 3 list for buildings policies as ODS: named policyholders, insured addresses, arrears, planned cancellation")
def _():
    rows = [["VS-Nr", "Versicherungsnehmer", "Risikoanschrift", "Rückstand", "Frist § 38 VVG bis", "Kündigung vorgesehen"],
            ["WG 40 087 315", "Bodo Tschirner", "Am Sportplatz 4, 34346 Hann. Münden", 1140.0, "2026-03-20", "ja"],
            ["WG 40 101 554", "Erika und Holger Wand", "Lindenstraße 22, 34277 Fuldabrück", 612.4, "2026-03-20", "ja"],
            ["WG 40 119 020", "Yusuf Erdem", "Mühlweg 7a, 34225 Baunatal", 455.0, "2026-03-23", "nein (Ratenzahlung)"]]
    body = """Mahnlauf INK-M3 (Wohngebäude) vom 06.03.2026

3 Verträge in Stufe 3. Bei Ablauf der Frist ohne Zahlungseingang wird der
Kündigungsvorschlag automatisch der Fachabteilung vorgelegt. Bei
Grundpfandgläubigern wird die Bank gemäß Sicherungsschein informiert.

Liste als ODS anbei (Format auf Wunsch der Fachabteilung).

INKASSO-BATCH P01 | Job INK-M3"""
    return mk("Inkasso-Batch <batch-inkasso@versicherer.example>", "Sach Vertrag <sach-vertrag@versicherer.example>",
              "[INK-M3] Mahnlauf Stufe 3 Wohngebäude – 3 Fälle", body, date="2026-03-06 04:20", msgid="system",
              headers=[("Auto-Submitted", "auto-generated")],
              atts=[(ods([("Stufe3", rows)]), "INK-M3_WG_2026-03-06.ods", ODS)])


@M(82, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "health insurance premium arrears notice: benefits suspended, transfer into the emergency tariff (personal line) in the PDF")
def _():
    att = pdf([
        ("h", "Mitteilung über das Ruhen der Leistungen (§ 193 Abs. 6 VVG)"),
        "Herrn Patrick Oberhauser, Ludwig-Erhard-Straße 11, 34131 Kassel",
        "Krankheitskostenvollversicherung KV 4472 6610-01, Tarif AM-Komfort 600",
        "Trotz Mahnung vom 02.04.2026 sind Beiträge in Höhe von 1.842,60 EUR (zwei Monatsbeiträge zuzüglich Säumniszuschläge) offen.",
        "Ab dem 15.05.2026 ruhen daher die Leistungen aus Ihrem Vertrag. Sie gelten ab diesem Tag als im Notlagentarif versichert. "
        "Erstattet werden dann nur noch Aufwendungen für akute Erkrankungen und Schmerzzustände sowie bei Schwangerschaft und Mutterschaft.",
        "Sobald alle Rückstände ausgeglichen sind, wird der Vertrag im bisherigen Tarif fortgesetzt.",
        "Bei Hilfebedürftigkeit im Sinne des SGB II oder XII endet das Ruhen; bitte senden Sie uns in diesem Fall den Bescheid.",
    ], title="Ruhen der Leistungen KV 4472 6610-01")
    body = """Sehr geehrter Herr Oberhauser,

bitte beachten Sie das angehängte Schreiben. Wenn Sie eine Ratenzahlung
vereinbaren möchten, rufen Sie uns gern an: 0561 7088-2210.

Freundliche Grüße
Friederike Baum

""" + S["baum"]
    return mk(A["baum"], "p.oberhauser@freemail.example", "Wichtige Information zu Ihrem Vertrag",
              body, date="2026-05-13 09:22", atts=[(att, "Mitteilung_2026-05-13.pdf", PDF)])


@M(83, "NORMAL", "de", "internal",
   "trap: empty claims-bordereau template for the disability reinsurer with column headers (name, birth date, diagnosis, ICD) and a 'Max Muster' example row")
def _():
    rows = [["Schaden-Nr", "Vertrag", "Name, Vorname", "Geburtsdatum", "Beruf", "Eintritt BU", "Diagnose (Text)", "ICD-10", "BU-Rente mtl.", "Status"],
            ["BU-JJ-NNNN", "LV 0000 0000", "Muster, Max (Beispiel)", "TT.MM.JJJJ", "z. B. Elektriker", "TT.MM.JJJJ", "z. B. Bandscheibenvorfall", "M51.1", "0,00", "anerkannt / abgelehnt / in Prüfung"],
            ["", "", "", "", "", "", "", "", "", ""]]
    hints = [["Feld", "Hinweis"], ["ICD-10", "nur dreistellig + Punkt + eine Stelle, ohne Zusatzkennzeichen G/V/Z"],
             ["Name", "wird seit Q1/2026 vor Versand durch Fallnummer ersetzt (Pseudonymisierung)"],
             ["Status", "Auswahlliste verwenden"]]
    body = """Hallo Benedikt,

anbei die neue, leere Vorlage für das BU-Bordereau an Nordkap Re. Die
Beispielzeile mit "Max Muster" bitte vor dem Befüllen löschen. Neu ist das
Blatt "Hinweise" – vor allem, dass die Namen vor dem Versand durch die
Fallnummer ersetzt werden.

Gregor

""" + S["tillmann"]
    return mk(A["tillmann"], A["rauschenbach"], "Vorlage BU-Bordereau ab Q2/2026", body, date="2026-04-01 12:15",
              atts=[(xlsx([("Bordereau", rows), ("Hinweise", hints)], creator="G. Tillmann"), "Vorlage_BU-Bordereau_ab_Q2-2026.xlsx", XLSX)])


@M(84, "CONFIDENTIAL", "en", "insurer-to-customer",
   "rental-car excess refund under travel insurance: named traveller, policy number, rental agreement, amount and IBAN; no health content")
def _():
    ib = iban_de("50010517", "7723300188")
    body = """Dear Mr Doyle,

thanks for the documents. The rental company in Mallorca charged you the
excess of EUR 850.00 for the scratched bumper (rental agreement RA-PMI-
5528170, 3-10 May). Your travel policy RR 3311 408 covers rental excess up
to EUR 1,000, so we reimburse the full amount.

Payment goes to {ib} (account holder Sean Doyle) today.

If you would like to extend the cover to your partner for future trips, just
let me know - it's EUR 18 a year.

Best regards
Svenja Ahrens
Customer Service - Contract Team
Versicherer AG""".replace("{ib}", grp(ib))
    return mk(A["ahrens"], "Sean Doyle <sean.doyle@irishpost.example>", "RE: rental car excess - Mallorca",
              body, date="2026-05-26 12:40", in_reply_to="<CAK9x1aa2771@irishpost.example>")


@M(85, "STRICTLY_CONFIDENTIAL", "de", "internal",
   "health claims forwards a hospital discharge letter (attached message with PDF) for a second opinion by the medical service")
def _():
    letter = pdf([
        ("h", "Entlassungsbrief"),
        "Klinikum Am Stadtpark, Klinik für Kardiologie - Chefarzt Prof. Dr. Wenger",
        "Patientin: Frau Roswitha Dreyer, geb. 30.01.1952",
        "Aufenthalt: 02.03.2026 - 11.03.2026",
        "Diagnosen: Aortenklappenstenose hochgradig (I35.0), Vorhofflimmern permanent (I48.2), arterielle Hypertonie (I10.00)",
        "Therapie: transfemorale Aortenklappenimplantation (TAVI, OPS 5-35a.00) am 04.03.2026, komplikationsloser Verlauf.",
        "Medikation bei Entlassung: Apixaban 5 mg 1-0-1, Bisoprolol 2,5 mg 1-0-0, Ramipril 5 mg 1-0-0.",
        "Empfehlung: Anschlussheilbehandlung kardiologisch, Kontrolle Echo in 3 Monaten.",
    ], title="Entlassungsbrief Dreyer", letterhead=False)
    fwd = inner("Roswitha Dreyer <r.dreyer@senioren-net.example>", "Leistung Kranken <leistung-kranken@versicherer.example>",
                "Rechnung Klinikum und Arztbrief",
                """Sehr geehrte Damen und Herren,

anbei der Arztbrief aus dem Klinikum. Die Rechnung kommt direkt zu Ihnen,
hat man mir gesagt. Jetzt soll ich noch in die Reha nach Bad Wildungen.
Zahlen Sie das auch?

Mit freundlichen Grüßen
Roswitha Dreyer (KV 4470 1290-01)""", "2026-03-16 10:12",
                atts=[(letter, "Arztbrief.pdf", PDF)])
    body = """Liebe Frau Dr. Wohlfahrt,

könnten Sie sich den Fall Dreyer ansehen? Die Klinik rechnet TAVI mit
Chefarztzuschlag 3,5-fach ab, und die Kundin fragt nach der AHB. Aus meiner
Sicht medizinisch notwendig, aber der Tarif (SK-Basis) hat für AHB eine
Vorabzusage-Pflicht. Ich würde gern Ihre Einschätzung, bevor ich ablehne.

Originalmail mit Arztbrief anbei.

Danke und Gruß
Lea Martens
Leistung KV, Team 3"""
    return mk("Lea Martens <lea.martens@versicherer.example>", A["wohlfahrt"], "WG: Rechnung Klinikum und Arztbrief – bitte ärztl. Einschätzung",
              body, date="2026-03-17 08:05", atts=[fwd])


@M(86, "NORMAL", "de", "internal",
   "release notes of the policy administration system (PDF) for users; features and bug fixes only")
def _():
    att = pdf([
        ("h", "Release Notes Bestandsführung KOMPASS 7.4"),
        "Produktivsetzung: 23.05.2026 (Wochenende), Ausfallzeit Sa 18:00 - So 06:00",
        ("b", "Neu"),
        "- Sammeländerung Bankverbindung für mehrere Verträge eines Kunden in einem Schritt",
        "- Anzeige der Einwilligung 'E-Mail über TLS' im Kundenkopf",
        "- Export Vermittlerbestand im BiPRO-Format 430.4",
        ("b", "Behoben"),
        "- #4412 Beitragsrechnung zeigte bei halbjährlicher Zahlweise falsches Fälligkeitsdatum",
        "- #4439 Druckvorschau Nachtrag hing bei mehr als 20 Risiken",
        "- #4501 Suche nach Kennzeichen ignorierte Leerzeichen nicht",
        ("b", "Bekannte Einschränkungen"),
        "- Die Kfz-Typklassen 2027 werden erst mit 7.4.1 im August geliefert.",
    ], title="Release Notes KOMPASS 7.4")
    body = """Hallo zusammen,

am Wochenende 23./24. Mai geht KOMPASS 7.4 live. Die Release Notes hängen
an. Key-User bitte am Montag ab 7 Uhr für den Smoke-Test bereithalten.

Viele Grüße
Lukas Wendtland

""" + S["wendtland"]
    return mk(A["wendtland"], "KOMPASS Key-User <kompass-keyuser@versicherer.example>",
              "KOMPASS 7.4 – Release Notes und Termin", body, date="2026-05-18 10:00",
              atts=[(att, "ReleaseNotes_KOMPASS_7.4.pdf", PDF)])


@M(87, "CONFIDENTIAL", "de", "insurer-to-customer",
   "comprehensive motor total loss: replacement and residual value, payout to the customer's IBAN in a DOCX; explicitly no one injured")
def _():
    ib = iban_de("52060410", "3307716")
    doc = docx([
        "Frau Ute Reinhold, Schillerstraße 2, 34369 Hofgeismar",
        ("b", "Vollkasko KH 55 014 208 – Schaden K-26-031140 vom 21.04.2026 (Wildunfall B83) – Totalschaden"),
        "Sehr geehrte Frau Reinhold,",
        "laut Gutachten des Sachverständigenbüros Kranich liegt ein wirtschaftlicher Totalschaden vor. Zum Glück wurde "
        "bei dem Unfall niemand verletzt.",
        ("t", [["", "Betrag"], ["Wiederbeschaffungswert (brutto, Skoda Fabia, EZ 2019)", "11.400,00 EUR"],
               ["Restwert (Höchstgebot Restwertbörse)", "-1.850,00 EUR"], ["Selbstbeteiligung Vollkasko", "-300,00 EUR"],
               ["Abschleppkosten", "+240,00 EUR"], ["Auszahlung", "9.490,00 EUR"]]),
        "Wir überweisen den Betrag auf " + grp(ib) + ". Das Restwertangebot ist 3 Wochen gültig; der Käufer holt das Fahrzeug ab.",
        "Ihre Schadenfreiheitsklasse in der Vollkasko bleibt unverändert (Wildschaden wird als Teilkaskoschaden behandelt).",
    ], author="J. Oberlaender")
    body = """Hallo Frau Reinhold,

das Gutachten ist da, und wir konnten den Schaden heute abrechnen. Alles
Weitere steht im Anhang. Schön, dass Ihnen nichts passiert ist!

Viele Grüße
Jana Oberländer

""" + S["oberlaender"]
    return mk(A["oberlaender"], "Ute Reinhold <ute.reinhold@webpost.example>", "Ihr Schaden K-26-031140 – Abrechnung",
              body, date="2026-05-07 14:20", atts=[(doc, "Abrechnung_K-26-031140.docx", DOCX)])


@M(88, "NORMAL", "de", "internal",
   "trap: HTML-only FAQ for the call centre on how customers submit doctors' bills and prescriptions; generic, no case")
def _():
    html = """<html><body style="font-family:Calibri,Arial;font-size:11pt">
<p>Hallo Team,</p>
<p>weil die Frage momentan ständig kommt, hier die Antworten zum Einreichen von Belegen in der Krankenversicherung zum Nachschlagen:</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#f0e6c8"><th>Frage</th><th>Antwort</th></tr>
<tr><td>Wie reiche ich Arztrechnungen ein?</td><td>Am schnellsten per App „Meine Versicherer“ &rarr; Belege &rarr; Foto. Alternativ per Post an Postfach 10 22 18, 34022 Kassel.</td></tr>
<tr><td>Brauchen Sie das Original?</td><td>Nein. Originale 6 Monate aufbewahren, falls wir nachfragen.</td></tr>
<tr><td>Rezepte?</td><td>Rezept mit Apothekenquittung zusammen fotografieren, PZN muss lesbar sein.</td></tr>
<tr><td>Heil- und Kostenplan?</td><td>Vor Behandlungsbeginn einreichen, Prüfung dauert ca. 10 Arbeitstage.</td></tr>
<tr><td>Darf der Kunde Befunde per E-Mail schicken?</td><td>Bitte nicht unverschlüsselt &ndash; auf Upload in der App oder das SecureMail-Portal verweisen.</td></tr>
</table>
<p>Bitte am Telefon keine Auskünfte zu Diagnosen an Dritte, auch nicht an Ehepartner ohne Vollmacht.</p>
<p>Danke euch!<br>Dennis</p>
</body></html>"""
    return mk(A["pohlmann"], "Kundenservice Team Leistung <ks-leistung@versicherer.example>",
              "Spickzettel: Belege einreichen KV", html=html, date="2026-02-02 08:30")


@M(89, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker",
   "income-protection claim status for a broker's named client: psychotherapy reports outstanding, anxiety disorder, benefit paid provisionally")
def _():
    body = """Hi Ewan,

quick update on your client Ms Harriet Quinlan (IP claim LV-BU-26-0214):

- Diagnosis per the psychiatrist's report: generalised anxiety disorder
  (F41.1) with panic attacks, off work since 9 February.
- Weekly psychotherapy since March; we asked the therapist for a progress
  report on 2 April, still outstanding.
- We're paying the monthly benefit of EUR 1,900 provisionally from May
  while the assessment is ongoing (no repayment if we later decline,
  as per our goodwill letter).

If you could nudge Ms Quinlan to remind her therapist, that would speed
things up a lot.

Cheers
Priya

> On 21 Apr 2026, at 11:08, Ewan Sinclair wrote:
> Hi Priya, any news on Harriet's claim? She's getting worried about money.
> Best, Ewan

""" + S["raman"]
    return mk(A["raman"], "Ewan Sinclair <ewan.sinclair@crestline-brokers.example>",
              "Re: Harriet Quinlan - IP claim", body, date="2026-04-22 15:03", msgid="tb")


@M(90, "CONFIDENTIAL", "de", "insurer-to-broker",
   "confirmation of a sole-trader broker's changed bank details (new IBAN, tax ID) for commission payments")
def _():
    ib = iban_de("52050353", "71195509")
    body = """Hallo Herr Pahl,

wir haben Ihre neue Bankverbindung für die Provisionsauszahlungen hinterlegt:

  Kontoinhaber:   Jürgen Pahl, Versicherungsbüro
  IBAN neu:       {ib}
  gültig ab:      Abrechnung April 2026

Ihre Steuer-Identifikationsnummer 58 291 034 776 haben wir für die
Kontrollmitteilung nach § 93c AO gleich mit aktualisiert.

Die alte Verbindung bei der Kasseler Bank ist gelöscht.

Viele Grüße
Oleksandr Hrytsenko

""".replace("{ib}", grp(ib)) + S["hrytsenko"]
    return mk(A["hrytsenko"], "Jürgen Pahl <info@vb-pahl.example>", "AW: neue Kontoverbindung",
              body, date="2026-04-03 09:14", cte="quoted-printable")


@M(91, "NORMAL", "de", "internal",
   "trap: job advertisement for a medically trained claims assessor (DOCX) full of medical vocabulary, no applicant")
def _():
    doc = docx([
        ("h", "Medizinische Fachangestellte / Gesundheits- und Krankenpfleger (m/w/d) für die Leistungsprüfung Krankenversicherung"),
        "Standort Kassel, Vollzeit oder Teilzeit (ab 30 Std.), unbefristet, Einstieg ab sofort",
        ("b", "Ihre Aufgaben"),
        "Sie prüfen Arztrechnungen nach GOÄ/GOZ, Krankenhausrechnungen (DRG) und Heil- und Kostenpläne, beurteilen die medizinische "
        "Notwendigkeit von Heilmitteln und Hilfsmitteln und stimmen sich mit unserem ärztlichen Dienst ab.",
        ("b", "Ihr Profil"),
        "Abgeschlossene Ausbildung als MFA, ZFA oder in der Pflege; sicherer Umgang mit ICD-10-GM und OPS; Erfahrung in der Abrechnung von Vorteil.",
        ("b", "Wir bieten"),
        "Tarifvertrag der Versicherungswirtschaft, 38 Stunden, mobiles Arbeiten bis 60 %, betriebliche Krankenversicherung, Jobrad.",
        "Bewerbung bis 31.05.2026 über karriere.versicherer.example, Kennziffer LKV-2026-07.",
    ], author="HR")
    body = """Hallo Ulrike,

hier der finale Text für die Ausschreibung LKV-2026-07, mit Frau Dr.
Wohlfahrt abgestimmt. Kannst du sie bitte Montag auf der Karriereseite und
bei der Arbeitsagentur einstellen?

Danke
Katharina"""
    return mk(A["nowak"], A["stadelmann"], "Ausschreibung LKV-2026-07 final", body, date="2026-04-24 16:45",
              atts=[(doc, "Ausschreibung_LKV-2026-07.docx", DOCX)])


@M(92, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
   "draft statement of defence in a disability lawsuit: plaintiff's chronic back pain, psychosomatic diagnoses and expert findings (DOCX)")
def _():
    doc = docx([
        ("h", "Entwurf – Klageerwiderung"),
        "In dem Rechtsstreit Frank Gerstenberger ./. Versicherer AG, LG Kassel 5 O 318/26",
        "Der Kläger, geb. 16.09.1971, begehrt Leistungen aus der Berufsunfähigkeits-Zusatzversicherung zum Vertrag LV 7729 1045 "
        "ab 01.06.2025. Er stützt sich auf ein chronisches lumbales Schmerzsyndrom (M54.5) mit somatoformer Schmerzstörung (F45.41).",
        "Nach dem von der Beklagten eingeholten Gutachten Dr. Hoffstadt (Orthopädie) vom 12.11.2025 bestehen keine strukturellen "
        "Befunde, die eine Einschränkung von 50 % in der zuletzt ausgeübten Tätigkeit als Vertriebsleiter begründen. "
        "Die neurologisch-psychiatrische Zusatzbegutachtung (Dr. Sandvoss, 20.01.2026) beschreibt eine Aggravationstendenz; "
        "die Medikation (Tilidin retard 100 mg, Amitriptylin 25 mg) sei nicht ausreichend ausgeschöpft.",
        "Es wird bestritten, dass der Kläger seit dem 01.06.2025 zu mindestens 50 % berufsunfähig ist.",
    ], author="K. Reiss")
    body = """Sehr geehrter Herr Dr. Wittmer,

anbei unser Entwurf der Klageerwiderung in Sachen Gerstenberger mit der
Bitte um Durchsicht. Die Gutachten lade ich Ihnen ins Anwaltsportal.

Mit freundlichen Grüßen
Dr. Konstantin Reiß

""" + S["reiss"]
    return mk(A["reiss"], "RA Dr. Frank Wittmer <f.wittmer@wittmer-ra.example>", "Gerstenberger ./. Versicherer – Entwurf KE",
              body, date="2026-04-14 18:12", atts=[(doc, "KE_Gerstenberger_Entwurf_v2.docx", DOCX)])


@M(93, "CONFIDENTIAL", "de", "internal",
   "commercial underwriting record (ODT) for a sole-trader baker: owner's name and birth date, turnover, previous claims")
def _():
    doc = odt([
        ("h", "Risikoerfassung Betriebshaftpflicht / Inhalt – Bäckerei Gerdes"),
        "Inhaber: Ralf Gerdes (eingetragener Kaufmann), geb. 29.04.1975, Bäckermeister",
        "Betriebsstätten: Hauptstraße 17, 34359 Reinhardshagen (Backstube + Laden); Filiale Marktplatz 3, 34346 Hann. Münden",
        "Umsatz 2025: 1,42 Mio. EUR; Beschäftigte: 14 (davon 3 Azubis)",
        "Vorschäden 5 Jahre: 2022 Brand Backofen (Inhalt 38.000 EUR), 2024 Kunde rutscht im Laden aus (Sachschaden Brille 420 EUR)",
        "Besonderheiten: Lieferdienst an Kitas, Allergenkennzeichnung dokumentiert (Prüfbericht Lebensmittelkontrolle 2025 ohne Beanstandung).",
        "Vorschlag: Annahme zu Tarif, SB Inhalt 1.000 EUR wegen Vorschaden Backofen.",
    ])
    body = """Carola,

anbei die Risikoerfassung für die Bäckerei Gerdes (Makler Osterfeld), bitte
zeichnen, wenn du einverstanden bist. Angebot soll bis Freitag raus.

Danke, Nadine"""
    return mk(A["schwertfeger"], A["engemann"], "Zeichnung Bäckerei Gerdes", body, date="2026-06-09 13:26",
              atts=[(doc, "Risikoerfassung_Baeckerei_Gerdes.odt", ODT)])


@M(94, "NORMAL", "en", "internal",
   "trap: answers to a data-protection awareness quiz with example ICD code, example IBAN and birth-date questions, all generic")
def _():
    body = """Hi all,

thanks to the 212 of you who took the privacy quiz last week! Here are the
answers to the questions most people got wrong:

Q3. Is "M54.5" in a subject line personal data?
    On its own no - it's an ICD-10 code for low back pain. Next to a name
    or policy number it becomes health data about that person. So: never
    put diagnosis codes in subject lines.

Q7. A customer mails us her IBAN in plain text. May we reply with it quoted?
    No. Remove the quote or answer via the secure portal.

Q9. Is a birthday list of the team on the kitchen wall OK?
    Only with everyone's consent, and day/month only - no year.

Q12. Which of these is NOT special category data: diagnosis, religion,
    trade-union membership, bank account?
    The bank account. It's still confidential, just not Art. 9 GDPR.

Next quiz in October. Prize draw winners have been notified.

Marlene Quade
Data Protection Officer"""
    return mk(A["quade"], "alle-mitarbeitenden@versicherer.example", "Privacy quiz - the answers",
              body, date="2026-06-29 12:00", msgid="tb")


@M(95, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "daily sickness allowance decision with incapacity periods and a shoulder diagnosis for the self-employed addressee; plain text")
def _():
    body = """Sehr geehrter Herr Rademacher,

zu Ihrem Krankentagegeld (Vertrag KV 4471 9902-01, Tarif KT 43, 120 EUR
je Kalendertag ab dem 43. Tag) haben wir die Arbeitsunfähigkeitsbescheinigungen
von Dr. Faust (Orthopädie) ausgewertet:

  AU seit 16.02.2026, Diagnose Rotatorenmanschettenruptur rechts (M75.1),
  Operation am 03.03.2026 (arthroskopische Naht)

  Karenzzeit: 16.02. – 29.03.2026 (42 Tage)
  Leistung ab 30.03.2026
  bis 30.04.2026: 32 Tage × 120,00 EUR = 3.840,00 EUR

Der Betrag wird heute überwiesen. Für die Zeit ab Mai brauchen wir die
Folgebescheinigung; der Arzt sollte die voraussichtliche Dauer angeben,
da Sie als Dachdeckermeister körperlich arbeiten.

Gute Besserung!

Mit freundlichen Grüßen
Katharina Nowak

""" + S["nowak"]
    return mk(A["nowak"], "Holger Rademacher <info@dachbau-rademacher.example>", "Krankentagegeld – Abrechnung bis 30.04.",
              body, date="2026-05-04 10:55", cte="quoted-printable")


@M(96, "NORMAL", "de", "internal",
   "fire drill announcement with calendar entry; organisational only")
def _():
    cal = ics(["METHOD:PUBLISH",
               "BEGIN:VEVENT",
               "UID:raeumungsuebung-2026-09@versicherer.example",
               "DTSTAMP:20260831T060000Z",
               "DTSTART;TZID=Europe/Berlin:20260910T103000",
               "DTEND;TZID=Europe/Berlin:20260910T111500",
               "SUMMARY:Räumungsübung Hauptgebäude",
               "LOCATION:Sammelplatz Parkplatz Süd",
               "DESCRIPTION:Bitte Gebäude über die gekennzeichneten Fluchtwege verlassen. Aufzüge nicht benutzen. Bildschirme sperren.",
               "END:VEVENT"])
    body = """Liebe Kolleginnen und Kollegen,

am Donnerstag, 10.09., findet vormittags eine Räumungsübung im Hauptgebäude
statt. Die genaue Uhrzeit wird nicht angekündigt; im Kalender ist das
Zeitfenster eingetragen. Bitte Bildschirme sperren und Unterlagen mit
Kundendaten wegschließen, bevor Sie das Gebäude verlassen.

Ihre Brandschutzbeauftragten"""
    return mk("Arbeitssicherheit <arbeitssicherheit@versicherer.example>", "alle-mitarbeitenden@versicherer.example",
              "Räumungsübung am 10.09.", body, date="2026-08-31 08:00",
              atts=[(cal, "Raeumungsuebung.ics", ICS)])


@M(97, "CONFIDENTIAL", "de", "insurer-to-customer",
   "storm damage to a private house: assessor's report (PDF) with owner name, insured address, contract number and repair costs")
def _():
    att = pdf([
        ("h", "Gutachten Sturmschaden"),
        "Sachverständigenbüro Kranich, Ingenieurbüro für Gebäudeschäden, im Auftrag der Versicherer AG",
        "Versicherungsnehmer: Hartmut und Sigrid Ebert, Waldweg 9, 34317 Habichtswald; Vertrag WG 40 098 776; Schaden S-WG-26-02210",
        "Ereignis: Sturmtief 'Heike' am 18.02.2026, Windgeschwindigkeit laut DWD-Station Kassel 98 km/h (Windstärke 10).",
        ("t", [["Position", "Kosten netto"], ["Dacheindeckung Nordseite, 42 m2 Tonziegel", "6.930,00 EUR"],
               ["Dachrinne und Fallrohr", "610,00 EUR"], ["Gerüst", "1.240,00 EUR"], ["Notabdichtung (bereits ausgeführt)", "385,00 EUR"],
               ["Summe", "9.165,00 EUR"]], [110, 60]),
        "Vorschäden: nicht feststellbar. Unterversicherung: nein (gleitender Neuwert).",
    ], title="Gutachten S-WG-26-02210", letterhead=False)
    body = """Sehr geehrte Frau Ebert, sehr geehrter Herr Ebert,

das Gutachten zum Sturmschaden liegt vor; eine Kopie erhalten Sie anbei.
Wir erstatten die Kosten nach Vorlage der Handwerkerrechnung. Eine
Abschlagszahlung von 4.000 EUR haben wir heute veranlasst.

Mit freundlichen Grüßen
Malte Sörensen

""" + S["soerensen"]
    return mk(A["soerensen"], "familie.ebert@kasselnet.example", "Sturmschaden S-WG-26-02210 – Gutachten",
              body, date="2026-03-04 15:15", atts=[(att, "Gutachten_S-WG-26-02210.pdf", PDF)])


@M(98, "NORMAL", "de", "insurer-to-partner",
   "trap: motor claims frequency by driver age band delivered to the industry association; portfolio statistics only")
def _():
    rows = [["Fahreralter", "Jahreseinheiten", "Schäden KH", "Schadenhäufigkeit", "Durchschnittsschaden EUR"],
            ["18-20", 6120, 712, "11,6 %", 4930], ["21-24", 14880, 1160, "7,8 %", 4410],
            ["25-39", 98200, 4570, "4,7 %", 3820], ["40-59", 141300, 5090, "3,6 %", 3610],
            ["60-74", 88020, 3420, "3,9 %", 3550], ["75+", 19410, 1070, "5,5 %", 3990]]
    body = """Sehr geehrter Herr Dr. Kessler,

anbei unsere Zulieferung für die Verbandsstatistik Kfz-Haftpflicht 2025
(Schadenhäufigkeit nach Fahreralter), wie im Rundschreiben 14/2026
angefordert. Gezählt sind gemeldete Schäden mit Zahlung oder Reserve.

Mit freundlichen Grüßen
Felix Brandauer

""" + S["brandauer"]
    return mk(A["brandauer"], "Statistik <statistik@branchenverband.example>", "Zulieferung Kfz-Statistik 2025 – Versicherer AG",
              body, date="2026-04-17 11:22",
              atts=[(ods([("KH nach Alter", rows)]), "Kfz-Statistik_2025_Versicherer.ods", ODS)])


@M(99, "STRICTLY_CONFIDENTIAL", "de", "internal",
   "phone note forwarded to the complaints team: named customer angry about a rejected rehab clinic bill after hip replacement")
def _():
    body = """Hallo Beschwerdemanagement,

Telefonnotiz von eben, bitte übernehmen – Kunde will sich sonst an die
BaFin und den Ombudsmann wenden.

  Anrufer:   Herr Wilfried Albers, KV 4470 6612-01, Tel. 05673 5550 227
  Datum:     08.06.2026, 11:40 Uhr
  Anliegen:  Ablehnung der Reha-Rechnung (Klinik Bad Wildungen, 21 Tage
             nach Hüft-TEP links im April). Er sagt, der Sozialdienst im
             Krankenhaus habe ihm gesagt, das sei "Anschlussheilbehandlung,
             zahlt die Kasse immer". Wir haben abgelehnt, weil sein Tarif
             AM-Basis keine stationäre Reha enthält.
             Er ist 78, lebt allein, klang sehr aufgebracht, hat mehrmals
             gesagt, er könne die 6.300 EUR nicht zahlen.

Ich habe ihm einen Rückruf bis Mittwoch zugesagt.

Gruß
Dennis Pohlmann

""" + S["pohlmann"]
    return mk(A["pohlmann"], "Beschwerdemanagement <beschwerde@versicherer.example>",
              "Telefonnotiz Albers – Reha-Rechnung abgelehnt, droht mit BaFin", body, date="2026-06-08 11:58",
              headers=[("Importance", "high")])


@M(100, "CONFIDENTIAL", "en", "internal",
   "finance list (ODS) of unclaimed motor premium refunds with named former customers, last known IBANs and amounts")
def _():
    rows = [["Former policy", "Name", "Last known IBAN", "Amount EUR", "Reason returned", "Since"],
            ["KH 55 008 114", "Marta Kowalska", iban_de("52040021", "200147800"), 84.20, "account closed", "2024-03-02"],
            ["KH 55 009 902", "Ahmed Nasser", iban_de("52060410", "8812004"), 211.75, "name mismatch", "2024-07-19"],
            ["KH 55 011 373", "Thomas Riedl", "DE89 5205 0353 0000 1177 01", 36.10, "account closed", "2025-01-10"],
            ["KH 55 012 557", "Lisa Hübner", iban_de("50010517", "5321007744"), 129.00, "unknown", "2025-05-28"]]
    body = """Hi Friederike,

as requested for the year-end review: refunds we couldn't pay out because
the transfer came back. All four are motor cancellations. Shall we write to
the last known postal addresses before they are booked to other income?

Oleksandr"""
    return mk(A["hrytsenko"], A["baum"], "Unclaimed refunds - motor", body, date="2026-11-23 16:16",
              atts=[(ods([("unclaimed", rows)]), "unclaimed_refunds_motor.ods", ODS)])
# ---------------------------------------------------------------- 0101-0120

@M(101, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "annual statement of the addressee's private pension/life policy (values, surplus, beneficiary) in PDF, cover mail multipart HTML")
def _():
    att = pdf([
        ("h", "Jährliche Mitteilung zu Ihrer Rentenversicherung"),
        "Frau Birgit Hohmann, Tischbeinstraße 30, 34121 Kassel - Vertrag RV 8120 3377, Beginn 01.07.2011",
        "Versicherte Person: Birgit Hohmann, geb. 17.02.1966; Rentenbeginn 01.07.2033",
        ("t", [["Stand 01.07.2026", "Betrag"], ["garantierte monatliche Rente", "412,60 EUR"],
               ["Rente inkl. Überschüsse (nicht garantiert)", "538,10 EUR"], ["Deckungskapital", "47.921,05 EUR"],
               ["Überschussanteile 2025/26", "1.204,77 EUR"], ["Beiträge bisher gesamt", "45.600,00 EUR"]], [110, 60]),
        "Hinterbliebenenschutz: Rentengarantiezeit 10 Jahre; Bezugsberechtigt im Todesfall: Ehemann Lothar Hohmann.",
    ], title="Standmitteilung RV 8120 3377")
    text = """Sehr geehrte Frau Hohmann,

Ihre jährliche Mitteilung steht als PDF im Anhang bereit. Sie müssen nichts
weiter tun.

Ihre Versicherer AG
Kundenservice Leben"""
    html = """<html><body style="font-family:Arial;font-size:14px"><p>Sehr geehrte Frau Hohmann,</p>
<p>Ihre j&auml;hrliche Mitteilung steht als PDF im Anhang bereit. Sie m&uuml;ssen nichts weiter tun.</p>
<p>Ihre Versicherer AG<br>Kundenservice Leben</p></body></html>"""
    return mk("Kundenservice Leben <service-leben@versicherer.example>", "birgit.hohmann@mailbox.example",
              "Ihre jährliche Mitteilung 2026", text, html=html, date="2026-07-06 06:30", msgid="system",
              atts=[(att, "Mitteilung_2026.pdf", PDF)])


@M(102, "NORMAL", "en", "internal",
   "trap: draft quota-share treaty wording with definitions of disability and critical illness; contract text, no insured person")
def _():
    doc = docx([
        ("h", "Life & Disability Quota Share Treaty - Draft 3 (tracked comments removed)"),
        ("b", "Article 2 - Definitions"),
        "\"Disability\" means that the Insured Person is, as a result of illness, injury or loss of strength, expected to be "
        "at least 50 % unable to carry out his or her last occupation for at least six months.",
        "\"Critical Illness\" means the first diagnosis during the period of cover of one of the following: cancer, heart attack, "
        "stroke, kidney failure, major organ transplant, multiple sclerosis, as further defined in Schedule C.",
        ("b", "Article 7 - Claims cooperation"),
        "The Cedent shall notify the Reinsurer of any claim exceeding EUR 250,000 (lump sum) or EUR 3,000 monthly benefit within "
        "30 days and provide the medical file in pseudonymised form upon request. Personal data are processed in accordance with Art. 9 GDPR.",
        ("b", "Article 12 - Retention"),
        "Cedent retains 60 % of each risk, maximum retention EUR 1,500,000 per life.",
    ], author="G. Tillmann")
    body = """Konstantin,

draft 3 of the new LD QS wording, Nordkap's comments incorporated. Could
you look at Article 7 again? They wanted full medical files; I've put
"pseudonymised on request" - is that sufficient from your side?

Gregor

""" + S["tillmann"]
    return mk(A["tillmann"], A["reiss"], "LD QS 2027 wording - draft 3", body, date="2026-09-14 11:49",
              atts=[(doc, "LD_QS_2027_Wording_Draft3.docx", DOCX)])


@M(103, "CONFIDENTIAL", "de", "insurer-to-customer",
   "glass breakage claim on a household policy: short reply with claim number, policy and payout; quotes the customer's message")
def _():
    body = """Hallo Herr Kuhlmann,

alles klar, die Rechnung vom Glaser (389,40 EUR) zahlen wir direkt an die
Firma Glas-Bauer. Schaden-Nr. S-GL-26-00731, Vertrag HR 12 604 218.

Schöne Grüße
Svenja Ahrens

> Von: Matthias Kuhlmann <m.kuhlmann@webpost.example>
> Gesendet: Dienstag, 3. Februar 2026 20:14
>
> hallo, beim umräumen ist mir die glasplatte vom couchtisch gesprungen,
> die balkontür hat auch nen riss abbekommen. glaser war schon da,
> rechnung anbei. zahlt das die hausrat? vertrag HR 12 604 218
> gruß kuhlmann"""
    return mk(A["ahrens"], "Matthias Kuhlmann <m.kuhlmann@webpost.example>", "AW: Glasschaden",
              body, date="2026-02-04 10:03")


@M(104, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
   "group income protection: return-to-work plan for a named employee with burnout and medication, sent to the rehab case manager")
def _():
    doc = docx([
        ("h", "Return-to-work plan - GIP claim GIP-26-0088"),
        "Employee: Ms Natalie Brenner, born 24 May 1984, Senior Consultant, Tessaro Software GmbH",
        "Absence since 12 January 2026. Diagnosis: exhaustion syndrome / moderate depressive episode (Z73.0, F32.1); "
        "on sertraline 50 mg since February; weekly psychotherapy.",
        ("t", [["Phase", "Weeks", "Hours/day", "Content"],
               ["1", "1-2", "2", "email and internal meetings only, no client contact"],
               ["2", "3-4", "4", "project work without deadlines"],
               ["3", "5-6", "6", "client work with buddy"],
               ["4", "7+", "8", "full duties; review with therapist"]]),
        "Graded return according to § 74 SGB V (Hamburg model) from 1 June 2026, if the treating psychiatrist agrees.",
    ], author="E. Kaya")
    body = """Dear Mr Kowalski,

attached is the draft return-to-work plan for Ms Brenner, agreed in principle
with her on Tuesday. Please discuss it with her treating psychiatrist; the
employer only receives phase dates and hours, no medical details.

Best regards
Emre Kaya

Emre Kaya
Corporate Life & Pensions | Versicherer AG"""
    return mk(A["kaya"], "Pawel Kowalski <case@workfit-rehab.example>", "GIP-26-0088 - RTW plan draft",
              body, date="2026-05-14 14:35", atts=[(doc, "RTW_GIP-26-0088_draft.docx", DOCX)])


@M(105, "NORMAL", "de", "internal",
   "board meeting agenda (DOCX) with strategy and budget items; no personal data")
def _():
    doc = docx([
        ("h", "Tagesordnung Vorstandssitzung 22.09.2026"),
        ("t", [["TOP", "Thema", "Vorlage", "Zeit"],
               ["1", "Protokoll der Sitzung vom 25.08.", "WC", "5 min"],
               ["2", "Hochrechnung 2026 und Planung 2027", "Controlling", "45 min"],
               ["3", "Beitragsanpassung KV 2027 – Treuhänderverfahren", "Aktuariat", "30 min"],
               ["4", "Sichere E-Mail-Kommunikation: Stand Gateway-Projekt", "IT-Sicherheit", "20 min"],
               ["5", "Rückversicherungsprogramm 2027", "Rückversicherung", "30 min"],
               ["6", "Verschiedenes", "", "10 min"]]),
        "Ort: Vorstandsetage, Raum Wilhelmshöhe. Unterlagen bis 17.09. in den Board-Ordner.",
    ], author="W. Carstens")
    body = """Sehr geehrte Damen und Herren,

anbei die Tagesordnung für die Vorstandssitzung am 22.09. Bitte senden Sie
Ihre Vorlagen bis Donnerstag, 17.09., 12 Uhr.

Mit freundlichen Grüßen
Wiebke Carstens

""" + S["carstens"]
    return mk(A["carstens"], "Vorstand <vorstand@versicherer.example>", "TO Vorstandssitzung 22.09.2026",
              body, cc="Bereichsleitungen <bereichsleitungen@versicherer.example>", date="2026-09-08 09:00",
              atts=[(doc, "TO_VS_2026-09-22.docx", DOCX)])


@M(106, "CONFIDENTIAL", "de", "insurer-to-assessor",
   "motor hail damage: assessor commissioned with customer name, address, phone, plate and policy; calendar file attached")
def _():
    cal = ics(["METHOD:REQUEST",
               "BEGIN:VEVENT",
               "UID:k-26-061822-besichtigung@versicherer.example",
               "DTSTAMP:20260702T101500Z",
               "DTSTART;TZID=Europe/Berlin:20260707T163000",
               "DTEND;TZID=Europe/Berlin:20260707T171500",
               "SUMMARY:Besichtigung Hagelschaden K-26-061822 (Hr. Tobias Wagenknecht)",
               "LOCATION:Hinter dem Dorfe 6\\, 34292 Ahnatal",
               "DESCRIPTION:Teilkasko KH 55 022 417\\, Audi A4 Avant KS-TW 640. Kunde erst ab 16 Uhr zu Hause\\, Tel. 0160 5550 7314.",
               "ORGANIZER;CN=Jana Oberländer:mailto:jana.oberlaender@versicherer.example",
               "ATTENDEE;CN=Gutachterdienst Weserland;RSVP=TRUE:mailto:termine@gutachter-weserland.example",
               "END:VEVENT"])
    body = """Hallo Herr Pape,

noch ein Hagelfall aus dem Unwetter vom 29.06., bitte mit in Ihre Tour am
Dienstag nehmen. Kunde ist erst nachmittags da, Termin anbei. Bitte auch
prüfen, ob der Vorschaden an der Heckklappe (2024, andere Versicherung)
ordentlich repariert wurde.

Danke und Gruß
Jana Oberländer

""" + S["oberlaender"]
    return mk(A["oberlaender"], "Gutachterdienst Weserland <termine@gutachter-weserland.example>",
              "Auftrag Hagel K-26-061822 Ahnatal", body, date="2026-07-02 12:15",
              atts=[(cal, "K-26-061822.ics", ICS, {"params": {"method": "REQUEST"}})])


@M(107, "NORMAL", "de", "internal",
   "trap: dunning statistics per line of business including health and care (counts, amounts, emergency-tariff stock), aggregates only")
def _():
    rows = [["Sparte", "Mahnstufe 1", "Mahnstufe 2", "Mahnstufe 3 / § 193", "Rückstand gesamt EUR", "Verträge Notlagentarif"],
            ["Kfz", 1822, 614, 188, 412330, "–"], ["Hausrat/PHV", 940, 301, 77, 81200, "–"],
            ["Wohngebäude", 288, 97, 31, 154770, "–"], ["Krankenvoll", 412, 233, 141, 1018430, 389],
            ["Kranken-Zusatz", 1133, 402, 120, 96810, "–"], ["Pflegezusatz", 156, 58, 20, 17240, "–"],
            ["Leben/BU", 504, 180, 66, 221900, "–"]]
    body = """Hallo Herr Dieckmann,

für das Ressortgespräch am Montag die Inkasso-Kennzahlen zum 30.06. Die
Zahl der Verträge im Notlagentarif ist gegenüber Dezember um 27 gestiegen;
wir schlagen wieder ein aktives Ansprechen zur Ratenzahlung vor.

Viele Grüße
Friederike Baum

""" + S["baum"]
    return mk(A["baum"], "Paul Dieckmann <paul.dieckmann@versicherer.example>", "Inkasso-Kennzahlen 30.06.2026",
              body, date="2026-07-03 15:05",
              atts=[(xlsx([("Mahnstatistik", rows)], creator="Inkasso"), "Inkasso-KPI_2026-06-30.xlsx", XLSX)])


@M(108, "STRICTLY_CONFIDENTIAL", "de", "internal",
   "underwriter consults the company doctor about a named applicant's diabetes (HbA1c, medication) before deciding on disability cover")
def _():
    body = """Hallo Tobias,

kurze Rückfrage zu A-LV-26-01402 (Bernd Kallweit, 52, Elektromeister,
SBU 1.800 EUR):

Der Hausarztbericht ist da. Diabetes Typ 2 seit 2019, Metformin 1000 mg
2x tgl., seit letztem Herbst zusätzlich Empagliflozin 10 mg. HbA1c:
  03/2025  7,4 %
  09/2025  7,1 %
  01/2026  6,8 %
Keine Retinopathie laut Augenarzt 11/2025, Kreatinin normal, BMI 29.

Nach Richtlinie wäre das +50 %. Wegen der guten Entwicklung würde ich +25 %
und Überprüfung nach drei Jahren vorschlagen. Gehst du mit?

Danke
Aylin

--
Aylin Kaçar
Risikoprüfung Leben/BU"""
    return mk("Aylin Kaçar <aylin.kacar@versicherer.example>", A["lindqvist"], "A-LV-26-01402 – Votum Diabetes?",
              body, date="2026-03-25 11:33")


@M(109, "CONFIDENTIAL", "en", "insurer-to-broker",
   "household and liability quote for a broker's named client with birth date, address and prior claims")
def _():
    body = """Hi Ewan,

here is the quote for your client:

  Client:          Mr Jonathan Reeve, born 19/04/1978
  Risk address:    Wilhelmshöher Allee 301, 34131 Kassel (3rd floor, 94 m²)
  Household:       sum insured EUR 65,000, incl. bicycle theft EUR 3,000
                   premium EUR 168.40 p.a.
  Personal liab.:  EUR 20m single limit, family, premium EUR 79.00 p.a.
  Prior claims:    one household claim 2023 (burglary at previous
                   address, EUR 2,100) - accepted without loading

Valid for 6 weeks. Start date 1 August as requested; please send the signed
application through the portal.

Best
Priya

""" + S["raman"]
    return mk(A["raman"], "Ewan Sinclair <ewan.sinclair@crestline-brokers.example>", "Quote household/liability - J. Reeve",
              body, date="2026-06-30 10:20")


@M(110, "NORMAL", "en", "internal",
   "trap: security warning that forwards a phishing mail pretending to be a health-insurance refund; the forwarded mail holds no real person's data")
def _():
    phish = inner("Versicherer Kundenservice <service@versicherer-erstattung.example>",
                  "undisclosed-recipients:;", "Ihre Krankenversicherung: Erstattung von 412,80 EUR ausstehend",
                  """Sehr geehrter Kunde,

für Ihre letzte Arztrechnung steht eine Erstattung von 412,80 EUR aus.
Leider konnten wir Ihre Bankverbindung nicht verifizieren.

Bitte bestätigen Sie Ihre Daten innerhalb von 24 Stunden:
https://versicherer-erstattung.example/login

Andernfalls verfällt Ihr Anspruch.

Mit freundlichen Grüßen
Ihr Leistungsservice""", "2026-10-12 06:41")
    body = """Hi all,

a phishing wave is targeting our customers (and some of you) with fake
"health insurance refund" mails. The sample is attached as a file - do NOT
click the link inside.

Signs: sender domain versicherer-erstattung.example (not ours), urgency
("24 hours"), generic greeting, login link. We never ask for bank details
by e-mail.

If a customer calls about it: reassure them, ask them to delete the mail,
and report it to security@versicherer.example. The domain has been reported
for takedown.

Annika

""" + S["faber"]
    return mk(A["faber"], "alle-mitarbeitenden@versicherer.example", "Phishing warning: fake refund mails",
              body, date="2026-10-12 10:05", headers=[("Importance", "high")], atts=[phish])


@M(111, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "HTML-only cost approval for post-hospital rehabilitation after a stroke for the addressee's husband, with clinic and duration")
def _():
    html = """<html><body style="font-family:Verdana;font-size:12px">
<p>Sehr geehrte Frau Lindner,</p>
<p>für Ihren Ehemann <b>Herrn Reinhard Lindner</b> (Vertrag KV 4472 4031-02) sagen wir die Kosten der
Anschlussheilbehandlung nach dem Schlaganfall vom 28.08.2026 zu:</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><td>Klinik</td><td>Neurologische Rehaklinik Bad Emstal</td></tr>
<tr><td>Indikation</td><td>Hirninfarkt (I63.5) mit Hemiparese rechts und Aphasie</td></tr>
<tr><td>Zeitraum</td><td>ab Verlegung aus dem Klinikum, zunächst 28 Tage, Verlängerung auf ärztlichen Antrag möglich</td></tr>
<tr><td>Tarif</td><td>SK-2: allgemeine Leistungen 100 %, Zweibettzimmer</td></tr>
</table>
<p>Die Klinik rechnet direkt mit uns ab. Wir wünschen Ihrem Mann alles Gute.</p>
<p>Mit freundlichen Grüßen<br>Dr. Ines Wohlfahrt<br>Leistungsprüfung Krankenversicherung</p>
</body></html>"""
    return mk(A["wohlfahrt"], "Gabriele Lindner <g.lindner@posteo-mail.example>", "Kostenzusage Anschlussheilbehandlung",
              html=html, date="2026-09-03 13:40")


@M(112, "NORMAL", "de", "insurer-to-supplier",
   "catering order for a training day; no personal data")
def _():
    body = """Hallo Frau Schmitt,

für unsere Schulung am Mittwoch, 21.10., bestellen wir für 24 Personen:

- 9:00 Uhr Kaffee, Tee, Wasser, belegte Brötchen (davon 6 vegetarisch, 2 vegan)
- 12:30 Uhr Mittagsbuffet "Herbst" (Angebot Nr. 2), 3 Portionen glutenfrei
- 15:00 Uhr Kuchen

Lieferung an Raum K0.20 (Eingang Lindenhofplatz, Pforte weiß Bescheid).
Rechnung bitte an Kostenstelle 4410, Bestellnr. BE-2026-01877.

Danke und viele Grüße
Katharina Nowak"""
    return mk(A["nowak"], "Catering Schmitt <bestellung@catering-schmitt.example>", "Bestellung 21.10. – 24 Personen",
              body, date="2026-10-13 14:22")


@M(113, "CONFIDENTIAL", "de", "internal",
   "onboarding data export for payroll: CSV with new trainees' birth dates, tax IDs, social security numbers and IBANs")
def _():
    data = csvb([["Eintritt", "Nachname", "Vorname", "Geburtsdatum", "Steuer-ID", "SV-Nummer", "IBAN"],
                 ["01.08.2026", "Brück", "Jannis", "12.02.2008", "65 220 918 447", "12 120208 B 013", iban_de("52050353", "2340091")],
                 ["01.08.2026", "Özkan", "Melis", "03.11.2007", "71 004 382 119", "12 031107 O 528", iban_de("52040021", "118200400")],
                 ["01.08.2026", "Schirmer", "Leonie", "28.06.2006", "44 913 207 680", "12 280606 S 517", iban_de("52060410", "6109921")]])
    body = """Hallo Entgeltabrechnung,

Export aus dem Bewerbermanagement für die drei neuen Azubis (Kaufleute für
Versicherungen und Finanzanlagen). Bei Jannis Brück ist die Einwilligung der
Eltern für das Konto dabei, da er noch minderjährig ist.

Gruß
Ausbildung / Personal"""
    return mk("Ausbildung <ausbildung@versicherer.example>", "Entgeltabrechnung <entgelt@versicherer.example>",
              "Azubis 2026 – Stammdaten", body, date="2026-07-20 10:10",
              atts=[(data, "Azubis_2026_Stammdaten.csv", CSVT)])


@M(114, "NORMAL", "de", "internal",
   "trap: model rejection letter for dental prostheses with «placeholders» for name, tooth, GOZ item and reason; template only")
def _():
    doc = docx([
        "«Anrede» «Titel» «Vorname» «Nachname»",
        "«Straße»\n«PLZ» «Ort»",
        ("b", "Ihr Heil- und Kostenplan vom «HKP_Datum» – Zahnärztin/Zahnarzt «Behandler»"),
        "«Briefanrede»,",
        "wir haben den Heil- und Kostenplan für die Versorgung in Region «Zahnregion» geprüft. Leider können wir die Kosten "
        "nicht übernehmen, weil «Ablehnungsgrund».",
        "[Baustein A – Zahn fehlte bei Vertragsbeginn] Der Zahn «Zahn» fehlte bereits vor Beginn Ihres Vertrags am «Beginn». "
        "Nach § «Paragraph» der Tarifbedingungen ist die Versorgung fehlender Zähne ausgeschlossen.",
        "[Baustein B – Behandlung angeraten] Die Behandlung war vor Vertragsbeginn angeraten (Befund vom «Befunddatum»).",
        "Sie können die Entscheidung durch den Ombudsmann Private Kranken- und Pflegeversicherung prüfen lassen.",
        "Mit freundlichen Grüßen\n«Sachbearbeitung»",
    ], author="Zahnleistungen")
    body = """Liebe Kolleg:innen,

anbei die überarbeitete Vorlage ZE-ABL-03 für Ablehnungen. Neu: Hinweis auf
den Ombudsmann am Ende, und Baustein B ist umformuliert. Bitte ab sofort nur
noch diese Vorlage aus dem Textsystem nehmen.

Ines Wohlfahrt"""
    return mk(A["wohlfahrt"], "Zahnleistungen <zahn@versicherer.example>", "Neue Vorlage ZE-ABL-03",
              body, date="2026-08-11 12:50", atts=[(doc, "Vorlage_ZE-ABL-03.docx", DOCX)])


@M(115, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-hospital",
   "travel health claim: request to a Spanish hospital for the medical report of a named German tourist (fracture, surgery)")
def _():
    body = """Dear Sir or Madam,

we are the travel health insurer of Mr Klaus-Dieter Hesse (date of birth
27.03.1959, passport no. C4F7XK219), who was treated in your hospital from
14 to 19 August 2026 after a fall in Puerto de Alcúdia.

According to the invoice you sent us (no. HSP-2026-118870, EUR 9,742.00),
he underwent surgery for a fracture of the right femoral neck (hip
hemiarthroplasty). To settle the invoice we need:

  1. the medical report / discharge summary (informe de alta),
  2. the operation report,
  3. confirmation whether an ambulance transfer to Germany was discussed.

Mr Hesse's signed release from medical confidentiality is attached to our
previous mail of 21 August. Please reply to this address or use our secure
upload link: https://securemail.versicherer.example/upload/TR-26-4418

Kind regards

Dr. Ines Wohlfahrt
Health Claims - Medical Service
Versicherer AG, Kassel, Germany"""
    return mk(A["wohlfahrt"], "Admisiones <admisiones@hospital-sanmarti.example>",
              "Travel insurance claim TR-26-4418 - Mr Klaus-Dieter Hesse", body, date="2026-08-25 09:17")


@M(116, "NORMAL", "en", "internal",
   "IT on-call rota for Q4 as ODS; staff names and duty weeks only")
def _():
    rows = [["Week", "From", "Primary", "Secondary", "Escalation"],
            ["40", "2026-09-28", "L. Wendtland", "T. Ferreira", "A. Faber"],
            ["41", "2026-10-05", "J.-P. Ortmann", "L. Wendtland", "A. Faber"],
            ["42", "2026-10-12", "T. Ferreira", "J.-P. Ortmann", "IT-Leitung"],
            ["43", "2026-10-19", "L. Wendtland", "J.-P. Ortmann", "A. Faber"],
            ["44", "2026-10-26", "J.-P. Ortmann", "T. Ferreira", "IT-Leitung"]]
    body = """Hi team,

Q4 on-call rota attached. Swaps as usual between yourselves, just update
the sheet and let me know. The on-call phone is handed over Mondays at 9.

Lukas"""
    return mk(A["wendtland"], "IT Betrieb <it-betrieb@versicherer.example>", "On-call rota Q4",
              body, date="2026-09-21 16:00", atts=[(ods([("Q4", rows)]), "oncall_Q4_2026.ods", ODS)])


@M(117, "CONFIDENTIAL", "de", "insurer-to-customer",
   "pet health insurance: vet bill reimbursement for the customer's dog (animal, not human health) with contract and payout")
def _():
    body = """Liebe Frau Fenske,

die Rechnung der Tierklinik Kassel-Nord für Bruno haben wir abgerechnet:

  Rechnung vom 14.09.2026 (Kreuzbandriss, TPLO-OP)   2.870,45 EUR
  GOT-Satz bis 3-fach erstattungsfähig               2.870,45 EUR
  Selbstbeteiligung 20 %                              -574,09 EUR
  Erstattung                                         2.296,36 EUR

Vertrag Tier-OP TK 600 218, Auszahlung auf Ihr bekanntes Konto.

Gute Besserung für Bruno!

Viele Grüße
Dennis Pohlmann
Kundenservice, Versicherer AG"""
    return mk(A["pohlmann"], "Lisa Fenske <lisa.fenske@mailbox.example>", "Rechnung Tierklinik – Bruno",
              body, date="2026-09-22 11:11", flowed=True, cte="8bit")


@M(118, "NORMAL", "de", "internal",
   "trap: complaint statistics for the supervisory report with categories like 'benefit refusal health' and 'BU', counts only")
def _():
    rows = [["Kategorie", "2025", "2024", "davon über BaFin", "davon Ombudsmann"],
            ["Leistungsablehnung Kranken (ambulant)", 214, 198, 11, 38],
            ["Leistungsablehnung Kranken (stationär/Reha)", 87, 91, 6, 19],
            ["Beitragsanpassung KV", 312, 455, 4, 27],
            ["BU-Leistungsfall", 41, 36, 5, 9],
            ["Kfz-Schadenregulierung", 166, 171, 3, 22],
            ["Vertragsverwaltung allgemein", 402, 388, 2, 5]]
    body = """Hallo Wiebke,

für die Beschwerdestatistik an die BaFin (Meldung bis 31.03.) die Zahlen
2025 nach unseren Kategorien; die Zuordnung zu den BaFin-Kategorien macht
Recht. Keine Einzelfälle, nur Zählungen.

Dennis"""
    return mk(A["pohlmann"], A["carstens"], "Beschwerdestatistik 2025", body, date="2026-02-18 17:30",
              atts=[(xlsx([("2025", rows)], creator="Beschwerdemanagement"), "Beschwerdestatistik_2025.xlsx", XLSX)])


@M(119, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
   "transfer of health-insurance clients to a broker firm: XLSX with named insured persons, birth dates, tariffs and premium surcharges")
def _():
    rows = [["VS-Nr", "Versicherte Person", "Geburtsdatum", "Tarif", "Monatsbeitrag", "Risikozuschlag", "Leistungsausschluss"],
            ["KV 4470 2218-01", "Matthias Ullrich", "02.10.1976", "AM-Komfort 600 / SK-2 / KT 43", 642.18, "15 % (Asthma)", "–"],
            ["KV 4470 2218-02", "Christina Ullrich", "14.12.1978", "AM-Komfort 600 / SK-2", 598.40, "–", "–"],
            ["KV 4471 0877-01", "Norbert Kaiser", "30.07.1961", "AM-Komfort 300 / SK-1", 781.90, "–", "Psychotherapie bis 2027"],
            ["KV 4472 3340-01", "Aleksandra Wróbel", "21.03.1990", "ZE-Plus", 21.80, "–", "Zahn 46 fehlend"]]
    body = """Sehr geehrte Frau Osterfeld,

nach der Zustimmung der Kunden übertragen wir die vier KV-Verträge zum
01.11. in Ihre Betreuung. Die Liste enthält die Vertragsdaten, die Sie für
Ihre Beratung brauchen, einschließlich bestehender Zuschläge und Ausschlüsse.

Mit freundlichen Grüßen
Katharina Nowak

""" + S["nowak"]
    return mk(A["nowak"], "Dörte Osterfeld <d.osterfeld@osterfeld-partner.example>",
              "Bestandsübertragung KV zum 01.11.", body, date="2026-10-20 13:08",
              atts=[(xlsx([("Übertragung", rows)], creator="K. Nowak"), "Uebertragung_KV_Osterfeld_2026-11.xlsx", XLSX)])


@M(120, "NORMAL", "de", "internal-system",
   "out-of-office auto-reply of an employee; no data")
def _():
    body = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 21.08.2026 nicht im Büro und lese in dieser Zeit
keine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an schaden-sach@versicherer.example
oder 0561 7088-3400.

Malte Sörensen"""
    return mk(A["soerensen"], "Marcel Breuer <m.breuer@finanzkontor-breuer.example>",
              "Automatische Antwort: Rückfrage Schaden Sturm Juli", body, date="2026-08-10 14:02", msgid="system",
              headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
# ---------------------------------------------------------------- 0121-0140

@M(121, "CONFIDENTIAL", "en", "insurer-to-company",
   "fleet cover for a UK-owned haulier: XLSX of named drivers with birth dates, licence countries and penalty points (no health data)")
def _():
    rows = [["Driver", "Date of birth", "Licence", "Licence since", "Points / Flensburg", "Vehicles"],
            ["Gary Milburn", "14/02/1981", "UK", "1999", "3 (speeding 2024)", "KS-HF 11, KS-HF 12"],
            ["Steven Oakes", "30/09/1975", "UK", "1994", "0", "KS-HF 14"],
            ["Bartosz Lewandowski", "06/06/1992", "PL", "2011", "0", "KS-HF 15"],
            ["Marius Stan", "22/12/1996", "RO", "2015", "1 (Germany)", "KS-HF 18"]]
    body = """Dear Mr Forsyth,

thank you for the driver schedule. I've transferred it into our format -
please double-check the birth dates, the UK format caught us out last year.
Drivers with foreign licences need a copy of the licence on file; we have
those for everyone except Mr Stan.

The renewal quote follows once this is confirmed.

Kind regards
Nadine Schwertfeger
Motor Fleet & Commercial | Versicherer AG | +49 561 7088-3150"""
    return mk(A["schwertfeger"], "Alistair Forsyth <a.forsyth@harcourt-freight.example>",
              "Fleet renewal 2027 - driver schedule", body, date="2026-10-27 10:40",
              atts=[(xlsx([("Drivers", rows)], creator="N. Schwertfeger"), "Harcourt_drivers_2027.xlsx", XLSX)])


@M(122, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
   "critical illness claim acknowledgement for the addressee (breast cancer diagnosis, oncology report requested) in a PDF; cover text neutral")
def _():
    att = pdf([
        ("h", "Acknowledgement of your claim"),
        "Mrs Caroline Beaumont, Am Schützenplatz 3, 34117 Kassel - policy LV 7738 0271 (critical illness, EUR 100,000)",
        "Life assured: Caroline Beaumont, born 02/11/1979",
        "We have received your claim form dated 28 September 2026 for the diagnosis of invasive ductal carcinoma of the left breast "
        "(C50.4), first diagnosed on 9 September 2026 by biopsy.",
        "To complete our assessment we have asked Dr Anke Möhring (Breast Centre Kassel) for the histology report and the "
        "oncology treatment plan. You do not need to do anything further.",
        "We aim to decide within 10 working days of receiving the report.",
    ], title="Claim LV-CI-26-0117")
    body = """Dear Mrs Beaumont,

please find our letter attached. If you have any questions, you can reach me
directly on +49 561 7088-4230.

With best wishes,
Benedikt Rauschenbach
Life & Disability Claims, Versicherer AG"""
    return mk(A["rauschenbach"], "caroline.beaumont@britmail.example", "Your claim LV-CI-26-0117",
              body, date="2026-10-02 11:00", atts=[(att, "LV-CI-26-0117_acknowledgement.pdf", PDF)])


@M(123, "NORMAL", "en", "insurer-to-prospect",
   "trap: indicative group health premium table per age band and plan for a prospective corporate client; no employee data")
def _():
    rows = [["Age band", "Plan Dental 90 (EUR/month)", "Plan Outpatient 600", "Plan Inpatient 2-bed"],
            ["16-29", 9.40, 11.90, 14.20], ["30-39", 12.80, 15.30, 19.60], ["40-49", 17.10, 19.80, 27.40],
            ["50-59", 22.60, 24.10, 38.90], ["60-67", 27.90, 29.50, 52.30]]
    terms = [["Condition", "Value"], ["Minimum group size", "10 employees"], ["Health questions", "none (guaranteed acceptance)"],
             ["Waiting periods", "waived"], ["Family members", "optional, own premium, simplified questions"]]
    body = """Dear Ms Chen,

as discussed, here are indicative premiums for an employer-funded health
plan for your 85 staff in Germany. Premiums depend only on age band and
plan, no individual health questions are asked for employees. Once you
decide on a plan, we'd need an anonymous age distribution to give you a
binding quote.

Best regards
Katharina Nowak
Health Contracts | Versicherer AG"""
    return mk(A["nowak"], "Linda Chen <linda.chen@northwind-robotics.example>", "Employee health plan - indicative pricing",
              body, date="2026-09-29 15:20",
              atts=[(xlsx([("Premiums", rows), ("Terms", terms)], creator="K. Nowak"), "Northwind_bKV_indicative.xlsx", XLSX)])


@M(124, "CONFIDENTIAL", "de", "insurer-to-customer",
   "legal expenses cover confirmation for an employment dispute with the addressee's salary and the employer named (not a personal line)")
def _():
    body = """Sehr geehrter Herr Tiedtke,

für Ihre Kündigungsschutzklage gegen die Nordhessische Maschinenbau GmbH
erteilen wir Kostenschutz aus Ihrer Rechtsschutzversicherung RS 6610 447
(Baustein Arbeits-Rechtsschutz):

  Instanz:           Arbeitsgericht Kassel, 1. Instanz
  Streitwert:        3 Bruttomonatsgehälter à 4.850 EUR = 14.550 EUR
  Selbstbeteiligung: 150 EUR
  Anwalt:            RAin Kerstin Vollmer, Kassel (freie Anwaltswahl)

Die Deckung umfasst die gesetzlichen Anwaltsgebühren und Gerichtskosten.
Einen Vergleich mit Abfindung stimmen Sie bitte vorher mit uns ab.

Mit freundlichen Grüßen
Dr. Konstantin Reiß
Rechtsabteilung – Schaden Rechtsschutz"""
    return mk(A["reiss"], "Frank Tiedtke <f.tiedtke@webpost.example>", "Deckungszusage RS-26-3318",
              body, date="2026-06-17 10:30", cc="RAin Vollmer <kanzlei@vollmer-arbeitsrecht.example>")


@M(125, "STRICTLY_CONFIDENTIAL", "de", "internal",
   "company doctor sends HR a list of named employees needing VDU glasses after eye examinations (health information)")
def _():
    rows = [["Name", "Abteilung", "Untersuchung", "Ergebnis", "Bildschirmarbeitsplatzbrille"],
            ["Petra Landgrebe", "Kundenservice", "04.05.2026", "Presbyopie, Nahzusatz +2,0 dpt", "erforderlich"],
            ["Oliver Strube", "IT", "04.05.2026", "Astigmatismus, Korrektur ungenügend", "erforderlich"],
            ["Hanna Wenzel", "Leistung KV", "05.05.2026", "unauffällig", "nein"],
            ["Carsten Mehl", "Aktuariat", "05.05.2026", "Presbyopie", "erforderlich"]]
    body = """Liebe Frau Stadelmann,

nach der Vorsorge "Bildschirmarbeit" in der letzten Woche die Liste der
Mitarbeitenden, bei denen eine spezielle Bildschirmarbeitsplatzbrille
erforderlich ist. Die Kostenübernahme durch den Arbeitgeber ist damit
begründet. Eigentlich sollten Sie nur die letzte Spalte sehen – ich habe
die Befundspalte versehentlich drin gelassen, bitte löschen.

Mit freundlichen Grüßen
Dr. Gesine Harms
Betriebsärztin (arbeitsmed. Dienst, extern)"""
    return mk("Dr. Gesine Harms <gesine.harms@versicherer.example>", A["stadelmann"], "Vorsorge Bildschirmarbeit – Brillen",
              body, date="2026-05-11 12:45",
              atts=[(xlsx([("Vorsorge 05-2026", rows)], creator="G. Harms"), "Vorsorge_Bildschirm_05-2026.xlsx", XLSX)])


@M(126, "NORMAL", "en", "internal",
   "all-hands meeting invitation (Outlook-style text, HTML and calendar alternative); no personal data")
def _():
    text = """Town hall with the management board - H2 2026 outlook.
Thursday 9 July, 14:00-15:00, canteen and live stream.
Questions can be submitted anonymously in advance via the intranet."""
    html = """<html><body><p><b>Town hall with the management board &ndash; H2 2026 outlook</b></p>
<p>Thursday 9 July, 14:00&ndash;15:00, canteen and live stream.<br>
Questions can be submitted anonymously in advance via the intranet.</p></body></html>"""
    cal = ics(["METHOD:REQUEST",
               "BEGIN:VEVENT",
               "UID:townhall-2026-07@versicherer.example",
               "DTSTAMP:20260622T080000Z",
               "DTSTART;TZID=Europe/Berlin:20260709T140000",
               "DTEND;TZID=Europe/Berlin:20260709T150000",
               "SUMMARY:Town hall H2 2026",
               "LOCATION:Canteen / live stream",
               "ORGANIZER;CN=Wiebke Carstens:mailto:wiebke.carstens@versicherer.example",
               "ATTENDEE;CN=All staff;ROLE=OPT-PARTICIPANT;RSVP=FALSE:mailto:alle-mitarbeitenden@versicherer.example",
               "END:VEVENT"])
    msg = mk(A["carstens"], "alle-mitarbeitenden@versicherer.example", "Town hall H2 2026 - 9 July",
             text, html=html, date="2026-06-22 10:00")
    msg.add_alternative(cal, maintype="text", subtype="calendar", params={"method": "REQUEST"})
    return msg


@M(127, "CONFIDENTIAL", "de", "insurer-to-customer",
   "motor premium invoice for the next year (PDF) with no-claims class, regional class, annual mileage and the debit IBAN")
def _():
    ib = iban_de("52050353", "110023871")
    att = pdf([
        ("h", "Beitragsrechnung 2027 - Kraftfahrtversicherung"),
        "Frau Annette Wolff, Am Hange 14, 34302 Guxhagen - Vertrag KH 55 017 660",
        "Fahrzeug: Seat Leon ST, HR-AW 214; Fahrerkreis: Versicherungsnehmerin und Partner (ab 23 Jahre)",
        ("t", [["Sparte", "SF-Klasse", "Beitragssatz", "Typklasse", "Regionalklasse", "Jahresbeitrag"],
               ["Haftpflicht", "SF 14", "37 %", "17", "4", "298,44 EUR"],
               ["Vollkasko (SB 300/150)", "SF 12", "40 %", "21", "5", "402,10 EUR"]], [30, 24, 26, 26, 30, 34]),
        "Jährliche Fahrleistung: bis 12.000 km. Gesamtbeitrag 2027: 700,54 EUR, fällig 01.01.2027.",
        "Der Betrag wird von Ihrem Konto " + grp(ib) + " abgebucht (Mandat KH55017660-01).",
    ], title="Beitragsrechnung 2027 KH 55 017 660")
    body = """Sehr geehrte Frau Wolff,

anbei Ihre Beitragsrechnung für 2027. Gute Nachricht: durch ein weiteres
schadenfreies Jahr sinkt Ihr Beitrag um 41,20 EUR.

Ihr Kundenservice
Versicherer AG"""
    return mk("Kundenservice <service@versicherer.example>", "annette.wolff@kasselnet.example",
              "Ihre Beitragsrechnung 2027", body, date="2026-11-12 06:15", msgid="system",
              atts=[(att, "Beitragsrechnung_2027_KH55017660.pdf", PDF)])


@M(128, "NORMAL", "de", "internal",
   "trap: recurring health-claims jour fixe invitation; agenda mentions anonymised case discussions, GOÄ reform and psychotherapy, no case data")
def _():
    cal = ics(["METHOD:REQUEST",
               "BEGIN:VEVENT",
               "UID:jf-leistung-kv-2026@versicherer.example",
               "DTSTAMP:20260109T090000Z",
               "DTSTART;TZID=Europe/Berlin:20260115T130000",
               "DTEND;TZID=Europe/Berlin:20260115T140000",
               "RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=TH",
               "SUMMARY:JF Leistung KV",
               "LOCATION:K3.11",
               "DESCRIPTION:Ständige Agenda:\\n1. Kennzahlen (Durchlaufzeit\\, Rückstände)\\n2. Fallbesprechungen – nur anonymisiert\\, keine Namen/VSNR in Folien\\n"
               "3. GOÄ-Novelle: Stand Umsetzung Prüfregeln\\n4. Psychotherapie: Kostenerstattung vs. Vertragsbehandler\\n5. Verschiedenes",
               "ORGANIZER;CN=Dr. Ines Wohlfahrt:mailto:ines.wohlfahrt@versicherer.example",
               "ATTENDEE;CN=Teamleitungen Leistung KV;RSVP=TRUE:mailto:tl-leistung-kv@versicherer.example",
               "END:VEVENT"])
    body = """Liebe Teamleitungen,

ab nächster Woche wieder alle zwei Wochen donnerstags. Bitte bei den
Fallbesprechungen konsequent anonymisieren – die Folien landen im
Teamordner, auf den auch Aushilfen Zugriff haben.

Ines"""
    return mk(A["wohlfahrt"], "Teamleitungen Leistung KV <tl-leistung-kv@versicherer.example>",
              "Einladung: JF Leistung KV (zweiwöchentlich)", body, date="2026-01-09 10:00",
              atts=[(cal, "JF_Leistung_KV.ics", ICS, {"params": {"method": "REQUEST"}})])


@M(129, "STRICTLY_CONFIDENTIAL", "en", "internal",
   "international desk forwards an assistance company's medevac report for a named expat (cerebral malaria, ICU, air ambulance)")
def _():
    body = """Ines - FYI and for the cost file. The air ambulance invoice will be
about EUR 68k, guarantee of payment already issued by the assistance.
Priya

-------- Original Message --------
Subject: MEDEVAC completed - case AX-26-77140 / IHP-011 208-00
Date: 2026-07-19 22:41
From: Operations <ops@globalassist-24.example>
To: Priya Raman <priya.raman@versicherer.example>

Case update:

Patient:    Mr Jonas Fehrenbach, DOB 13.04.1987, member IHP-011 208-00
Location:   Aga Memorial Hospital, Kisumu, Kenya -> Nairobi -> Frankfurt

Clinical:   Admitted 15.07. with P. falciparum malaria, parasitaemia 8 %,
            impaired consciousness (GCS 11), acute kidney injury. IV
            artesunate, ICU 3 days. Stable for transport since 18.07.
Transport:  Air ambulance (Learjet 45) 19.07., bed-to-bed, ICU escort
            physician and nurse. Arrived Frankfurt University Hospital,
            tropical medicine unit, 21:55 local time.

Next of kin (wife, Mrs Sarah Fehrenbach) informed.

GlobalAssist 24 - Operations Desk Nairobi"""
    return mk(A["raman"], A["wohlfahrt"], "FW: MEDEVAC completed - case AX-26-77140 / IHP-011 208-00",
              body, date="2026-07-20 08:14")


@M(130, "CONFIDENTIAL", "en", "insurer-to-reinsurer",
   "catastrophe event bordereau (storm) for the property reinsurer: CSV with named private homeowners, insured addresses and losses")
def _():
    data = csvb([["event", "claim_no", "policyholder", "risk_address", "postcode", "line", "reported", "paid_eur", "reserve_eur"],
                 ["HEIKE-2026", "S-WG-26-02210", "Hartmut Ebert", "Waldweg 9, Habichtswald", "34317", "buildings", "2026-02-19", "4000.00", "5165.00"],
                 ["HEIKE-2026", "S-WG-26-02218", "Ingeborg Fahrenholz", "Am Steinbruch 2, Zierenberg", "34289", "buildings", "2026-02-19", "0.00", "22400.00"],
                 ["HEIKE-2026", "S-HR-26-01190", "Kai Blumenthal", "Rosenweg 11, Wolfhagen", "34466", "household", "2026-02-20", "1310.50", "0.00"],
                 ["HEIKE-2026", "S-WG-26-02241", "Zeynep and Ali Güler", "Feldstr. 30, Baunatal", "34225", "buildings", "2026-02-21", "8722.00", "1500.00"]],
                delim=",")
    body = """Dear Thomas,

first loss bordereau for storm "Heike" (18-19 Feb 2026) under the cat XL.
So far 1,214 claims, gross incurred EUR 9.8m; attached are the individual
claims above EUR 1,000 (excerpt of 4 rows here, full file in the data room
as agreed). We expect the event to stay below the retention of EUR 25m.

Regards
Gregor

""" + S["tillmann"]
    return mk(A["tillmann"], "Thomas Berger <t.berger@atlasre.example>", "Cat XL - event HEIKE-2026 - first bordereau",
              body, date="2026-03-10 17:10", atts=[(data, "HEIKE-2026_bordereau_v1_excerpt.csv", CSVT)])


@M(131, "NORMAL", "en", "insurer-to-broker",
   "trap: broker API sandbox guide with published example IBAN and clearly fictitious test persons and birth dates")
def _():
    guide = pdf([
        ("h", "Broker API sandbox - test data (v2.1)"),
        "Base URL: https://sandbox.api.makler.versicherer.example/bipro/430  - data is reset every night.",
        ("t", [["Test person", "Birth date", "Policy", "IBAN (example)"],
               ["Max Mustermann (fictitious)", "01.01.1980", "KH 99 000 001", "DE89 3704 0044 0532 0130 00"],
               ["Erika Musterfrau (fictitious)", "12.08.1964", "HR 99 000 002", "DE02 1203 0000 0000 2020 51"],
               ["Test GmbH (fictitious)", "-", "BHV 99 000 003", "DE02 5001 0517 0137 0750 30"]], [50, 30, 35, 55]),
        "These records exist only in the sandbox. Never use real customer data for testing - production data is not "
        "reachable from the sandbox.",
        "Document types returned by getDocument: Police, Nachtrag, Beitragsrechnung, Schadenmitteilung (all dummy PDFs).",
    ], title="Sandbox test data")
    body = """Hi Ewan,

your IT asked for test data for the BiPRO 430 sandbox. The attached guide
lists the dummy records; the IBANs are the usual published examples, so
SEPA validation passes but nothing is ever debited.

Sandbox credentials come separately via the secure portal.

Best
Priya"""
    return mk(A["raman"], "Ewan Sinclair <ewan.sinclair@crestline-brokers.example>", "Sandbox test data for your MVP",
              body, cc="Crestline IT <it@crestline-brokers.example>", date="2026-05-06 11:45",
              atts=[(guide, "Sandbox_TestData_v2.1.pdf", PDF)])


@M(132, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "confirmation of a beneficiary change on the addressee's life insurance (new partner instead of ex-wife); life line, no medical word")
def _():
    body = """Sehr geehrter Herr Winkelmann,

wir bestätigen die Änderung des Bezugsrechts zu Ihrer Lebensversicherung
LV 7712 0048 (Versicherungssumme 120.000 EUR zzgl. Überschüsse):

  bisher:  Ehefrau Tanja Winkelmann, geb. Rohde (widerruflich)
  neu ab Eingang Ihrer Erklärung am 02.11.2026:
           Frau Simone Eckart, geb. 09.05.1983 (widerruflich)

Bitte beachten Sie: Eine Scheidung ändert ein bestehendes Bezugsrecht nicht
automatisch – deshalb war Ihre schriftliche Erklärung nötig.

Mit freundlichen Grüßen
Benedikt Rauschenbach

""" + S["rauschenbach"] + "\n\n" + FOOT
    return mk(A["rauschenbach"], "Uwe Winkelmann <uwe.winkelmann@kabelpost.example>",
              "Bestätigung Ihrer Änderung vom 02.11.", body, date="2026-11-05 10:44", cte="quoted-printable")


@M(133, "CONFIDENTIAL", "de", "internal-system",
   "nightly address-change report (CSV) with named customers, old and new addresses and household/motor contract numbers")
def _():
    data = csvb([["Datum", "Kunde", "alte Anschrift", "neue Anschrift", "betroffene Verträge", "Kanal"],
                 ["2026-10-06", "Jana Hiller", "Goethestr. 40, 34119 Kassel", "Querallee 8, 34119 Kassel", "HR 12 811 020; KH 55 024 118", "Portal"],
                 ["2026-10-06", "Ralf und Dana Kirsch", "Am Anger 3, 34260 Kaufungen", "Lindenweg 21, 37235 Hessisch Lichtenau", "WG 40 133 901; PH 09 412 880", "Post"],
                 ["2026-10-06", "Burak Yılmaz", "Holländische Str. 70, 34127 Kassel", "Kölnische Str. 5, 34117 Kassel", "KH 55 025 003", "Telefon"]])
    body = """Adressänderungen 06.10.2026: 3 Kunden, 6 Verträge

Bei Wohngebäudeverträgen mit Umzug des Versicherungsnehmers wurde die
Risikoanschrift NICHT geändert (bitte manuell prüfen: WG 40 133 901).

-- KOMPASS Nachtlauf ADR-CHG"""
    return mk("KOMPASS Batch <kompass-batch@versicherer.example>", "Team Vertrag <team-vertrag@versicherer.example>",
              "ADR-CHG 06.10.2026 – 3 Adressänderungen", body, date="2026-10-07 03:05", msgid="system",
              headers=[("Auto-Submitted", "auto-generated")],
              atts=[(data, "ADR-CHG_20261006.csv", CSVT)])


@M(134, "NORMAL", "de", "insurer-to-broker",
   "broker day invitation with agenda and calendar file; no personal data")
def _():
    cal = ics(["METHOD:PUBLISH",
               "BEGIN:VEVENT",
               "UID:maklertag-2026@versicherer.example",
               "DTSTAMP:20260803T080000Z",
               "DTSTART;TZID=Europe/Berlin:20261015T100000",
               "DTEND;TZID=Europe/Berlin:20261015T160000",
               "SUMMARY:Maklertag Kassel 2026",
               "LOCATION:Kongress Palais Kassel",
               "DESCRIPTION:Vorträge: Elementarschutz als Standard\\, BU-Start\\, neues Maklerportal mit Zwei-Faktor-Anmeldung. IDD-Weiterbildung: 4 Stunden.",
               "END:VEVENT"])
    body = """Liebe Partnerinnen und Partner,

wir freuen uns, Sie am 15. Oktober zum Maklertag in Kassel begrüßen zu
dürfen. Das Programm steht im Maklerportal; die Teilnahme wird mit 4 Stunden
IDD-Weiterbildung bestätigt. Anmeldung bitte bis 30.09. im Portal.

Den Termin zum Eintragen finden Sie im Anhang.

Herzliche Grüße
Henrik Vogelsang
für das Team Maklerbetreuung"""
    return mk(A["vogelsang"], "makler-verteiler@news.versicherer.example", "Einladung Maklertag 15.10.2026",
              body, date="2026-08-03 10:00", atts=[(cal, "Maklertag_2026.ics", ICS)])


@M(135, "CONFIDENTIAL", "en", "internal",
   "review of a sole-trader broker's commission income (annual totals, advances, clawback balance) for a credit-line decision")
def _():
    body = """Henrik,

you asked about Mr Callum Fraser (sole trader, agency 30-5120) and his
request for a higher commission advance. His numbers:

                      2024         2025       2026 YTD (Oct)
  commission earned   EUR 61,420   EUR 74,880  EUR 58,300
  advances paid       EUR 12,000   EUR 18,000  EUR 20,000
  clawbacks           EUR  4,310   EUR  9,770  EUR 11,240

Open clawback balance today: EUR 6,905.40, repayment plan EUR 500/month
from his commission. Payments go to his private account, and he told us on
the phone that he has no other income.

I'd say no to the higher advance until the clawback balance is cleared.

Oleksandr"""
    return mk(A["hrytsenko"], A["vogelsang"], "Agency 30-5120 - advance request", body, date="2026-11-09 14:30", msgid="tb")


@M(136, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "ZIP with the dental reimbursement statement and the receipt list (root canal, crown, GOZ items) for the addressee's child")
def _():
    abr = pdf([
        ("h", "Abrechnung Zahnzusatzversicherung"),
        "Frau Sabine Thielemann für: Lina Thielemann (geb. 08.03.2014), Vertrag ZE 2231 774-02",
        ("t", [["Datum", "Behandlung", "Zahn", "Betrag", "Erstattung"],
               ["12.08.2026", "Wurzelkanalbehandlung (GOZ 2410, 2440)", "36", "312,40 EUR", "312,40 EUR"],
               ["02.09.2026", "Vollkeramikkrone (GOZ 2210), Labor", "36", "1.104,80 EUR", "994,32 EUR"],
               ["02.09.2026", "Fissurenversiegelung (GOZ 2000)", "37, 47", "48,60 EUR", "48,60 EUR"]], [24, 70, 16, 30, 30]),
        "Erstattung gesamt: 1.355,32 EUR.",
    ], title="Abrechnung ZE 2231 774-02")
    lst = pdf([
        ("h", "Belegübersicht"),
        ("t", [["Beleg", "Aussteller", "Eingang"],
               ["R-2026-08812", "Zahnarztpraxis Dr. Weinreich, Kassel", "18.08.2026"],
               ["R-2026-09417", "Zahnarztpraxis Dr. Weinreich, Kassel", "10.09.2026"],
               ["L-2026-4471", "Dentallabor Nordzahn", "10.09.2026"]], [40, 90, 40]),
    ], title="Belegübersicht")
    body = """Sehr geehrte Frau Thielemann,

wie gewünscht erhalten Sie die Unterlagen noch einmal gesammelt als
ZIP-Datei.

Freundliche Grüße
Ihr Team Zahnleistungen"""
    return mk("Zahnleistungen <zahn@versicherer.example>", "sabine.thielemann@mailbox.example",
              "Unterlagen wie besprochen", body, date="2026-09-24 15:50",
              atts=[(zipb([("Abrechnung_2026-09.pdf", abr), ("Belegübersicht.pdf", lst)]), "Unterlagen.zip", ZIP)])


@M(137, "NORMAL", "de", "internal",
   "trap: actuarial disability incidence table by age and occupational class (per mille), pricing basis only")
def _():
    rows = [["Alter", "BG A (‰)", "BG B (‰)", "BG C (‰)", "BG D (‰)", "DAV 1997 I (‰)"],
            [25, 0.62, 0.95, 1.48, 2.31, 1.02], [30, 0.79, 1.20, 1.86, 2.93, 1.19],
            [35, 1.05, 1.59, 2.51, 3.95, 1.55], [40, 1.49, 2.27, 3.60, 5.62, 2.20],
            [45, 2.31, 3.50, 5.48, 8.71, 3.43], [50, 3.76, 5.70, 8.93, 14.2, 5.71],
            [55, 6.10, 9.24, 14.5, 22.9, 9.46]]
    body = """Moin Tobias,

die neuen Invalidisierungswahrscheinlichkeiten für die BU-Kalkulation 2027
(Eigenbestand 2016–2025, geglättet, Berufsgruppen A–D). Zur Orientierung
daneben DAV 1997 I. Nur Rechnungsgrundlagen, keine Einzeldaten.

Für die Produktentwicklung am 12.11.

Felix"""
    return mk(A["brandauer"], A["lindqvist"], "BU-Rechnungsgrundlagen 2027 – Invalidisierung", body, date="2026-11-03 09:20",
              atts=[(xlsx([("Invalidisierung", rows)], creator="Aktuariat"), "BU_i_x_2027_Entwurf.xlsx", XLSX)])


@M(138, "CONFIDENTIAL", "de", "insurer-to-customer",
   "e-bike insurance policy schedule (DOCX) with the customer's name, birth date, frame number and premium")
def _():
    doc = docx([
        ("h", "Versicherungsschein Fahrradversicherung"),
        "Versicherungsnehmer: Herr Ludger Brinkhoff, geb. 11.01.1958, Fuldaer Straße 14, 34233 Fuldatal",
        "Vertrag: FR 7750 112, Beginn 01.05.2026, Ablauf 01.05.2027 (Verlängerung um je ein Jahr)",
        ("t", [["Fahrrad", "Rahmennummer", "Kaufdatum", "Versicherungssumme"],
               ["Riese & Müller Delite GT vario", "WRM8801234567", "22.04.2026", "7.299,00 EUR"]]),
        "Versichert: Diebstahl, Vandalismus, Unfallschäden, Akku-Schäden, Verschleiß ab dem 2. Jahr. Selbstbeteiligung: keine.",
        "Jahresbeitrag: 189,00 EUR, zahlbar jährlich per Lastschrift.",
    ], author="Versicherer AG")
    body = """Guten Tag Herr Brinkhoff,

willkommen bei der Versicherer AG! Ihr Versicherungsschein hängt an.
Bitte bewahren Sie den Kaufbeleg des Rades gut auf.

Ihr Kundenservice"""
    return mk("Kundenservice <service@versicherer.example>", "l.brinkhoff@t-mail.example",
              "Ihr Versicherungsschein", body, date="2026-04-29 07:40", msgid="system",
              atts=[(doc, "Versicherungsschein_FR7750112.docx", DOCX)])


@M(139, "NORMAL", "en", "insurer-to-supplier",
   "trap: annex to a data-processing agreement with a cloud provider listing data categories (health data, bank data) in general terms")
def _():
    doc = docx([
        ("h", "Annex 1 to the Data Processing Agreement (Art. 28 GDPR)"),
        ("b", "1. Subject and duration"),
        "Hosting and operation of the document archive \"ArchiveOne\" for Versicherer AG, term of the main contract.",
        ("b", "2. Categories of data subjects"),
        "Policyholders, insured persons, claimants, beneficiaries, brokers, employees of Versicherer AG.",
        ("b", "3. Categories of personal data"),
        ("t", [["Category", "Examples", "Special category (Art. 9)"],
               ["Master data", "name, address, date of birth, policy number", "no"],
               ["Bank data", "IBAN, account holder", "no"],
               ["Health data", "diagnoses, medical reports, invoices of doctors and hospitals", "yes"],
               ["Claims data", "loss descriptions, assessor reports", "no"]]),
        ("b", "4. Technical and organisational measures"),
        "Encryption at rest (AES-256, customer-managed keys), data centres in Frankfurt and Berlin only, no sub-processors "
        "outside the EU/EEA, access logging retained for 6 years.",
    ], author="M. Quade")
    body = """Dear Ms Lindgren,

please find attached our Annex 1 with the categories of data. As discussed,
health data is in scope, so we need the confirmation that your Berlin site
is covered by the same ISO 27001 certificate as Frankfurt.

Kind regards
Marlene Quade
Data Protection Officer, Versicherer AG"""
    return mk(A["quade"], "Eva Lindgren <contracts@archiveone-cloud.example>", "DPA Annex 1 - data categories",
              body, date="2026-06-10 14:14", atts=[(doc, "DPA_Annex1_Versicherer_v3.docx", DOCX)])


@M(140, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
   "occupational pension (direct insurance, life line): list of leaving employees with birth dates and vested values for the employer")
def _():
    rows = [["Versicherte Person", "geb.", "Vertrag", "Austritt", "Rückkaufswert", "unverfallbar", "Option"],
            ["Kerstin Abel", "17.04.1986", "DV 8801 2270", "30.09.2026", "14.882,10 EUR", "ja", "Fortführung privat"],
            ["Markus Feldhaus", "03.12.1979", "DV 8801 1093", "31.10.2026", "31.440,75 EUR", "ja", "Übertragung neuer AG"],
            ["Ivana Petrović", "25.06.1995", "DV 8802 0418", "31.10.2026", "3.210,60 EUR", "ja", "beitragsfrei"]]
    body = """Sehr geehrter Herr Janßen,

zu den gemeldeten Austritten erhalten Sie die Übersicht der Direktversicherungen
mit den Werten zum Austrittsdatum. Bitte geben Sie uns bis 15.11. die
Entscheidung der Mitarbeitenden weiter (Formular "Austritt bAV").

Mit freundlichen Grüßen
Emre Kaya

""" + S["kaya"]
    return mk(A["kaya"], "Tim Janßen <t.janssen@stadtwerke-fulda-nord.example>", "bAV – Austritte Q3/Q4",
              body, date="2026-10-28 11:52",
              atts=[(xlsx([("Austritte", rows)], creator="E. Kaya"), "bAV_Austritte_2026-Q3Q4.xlsx", XLSX)])
# ---------------------------------------------------------------- 0141-0160

@M(141, "NORMAL", "de", "internal",
   "trap: top-10 large property losses of commercial risks (firms, amounts, causes) for the risk report; no natural person")
def _():
    rows = [["Rang", "Schaden-Nr", "Risiko", "Ursache", "Datum", "Schadenaufwand brutto EUR", "Netto nach RV EUR"],
            [1, "GS-25-0031", "Lebensmittelwerk (Fleischverarbeitung)", "Brand Räucheranlage", "2025-02-11", 22400000, 10000000],
            [2, "GS-25-0107", "Kühlhaus Logistik", "Brand Ladestation Stapler", "2025-07-02", 14950000, 10000000],
            [3, "GS-25-0154", "Sägewerk", "Brand Späneabsaugung", "2025-09-19", 9120000, 9120000],
            [4, "GS-25-0088", "Kunststoffspritzguss", "Maschinenbruch Hydraulik", "2025-05-14", 4310000, 4310000],
            [5, "GS-25-0132", "Autohaus", "Hagel", "2025-08-03", 3980000, 3980000]]
    body = """Hallo Frau Carstens,

für den Risikobericht Q4 die Top-Großschäden Sach 2025 (Auszug Top 5, die
vollständige Top-10-Liste ist im Berichtsordner). Alles Firmenkunden,
keine Privatpersonen; die Firmennamen habe ich durch die Branche ersetzt.

Beste Grüße
Malte Sörensen"""
    return mk(A["soerensen"], A["carstens"], "Risikobericht Q4 – Großschäden Sach 2025", body, date="2026-01-22 12:02",
              atts=[(xlsx([("Top Großschäden", rows)], creator="M. Soerensen"), "Grossschaeden_Sach_2025_Top.xlsx", XLSX)])


@M(142, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "rejection of a long-term-care supplementary application because of the applicant's disclosed Parkinson's disease (letter in PDF)")
def _():
    att = pdf([
        ("h", "Ihr Antrag auf Pflegezusatzversicherung PflegePlus"),
        "Herrn Werner Gottschalk, Brüder-Grimm-Straße 60, 34134 Kassel - Antrag A-PZ-26-00418 vom 14.09.2026",
        "Sehr geehrter Herr Gottschalk,",
        "vielen Dank für Ihr Interesse an unserer Pflegezusatzversicherung. Nach Prüfung Ihrer Angaben in den Gesundheitsfragen "
        "können wir Ihren Antrag leider nicht annehmen.",
        "Sie haben angegeben, dass bei Ihnen seit 2024 ein idiopathisches Parkinson-Syndrom (G20) behandelt wird (Levodopa/Benserazid). "
        "Bei dieser Erkrankung ist nach unseren Annahmerichtlinien ein Versicherungsschutz für das Pflegerisiko nicht möglich.",
        "Ihre Daten aus dem Antrag speichern wir nur so lange, wie es gesetzlich vorgeschrieben ist.",
        "Mit freundlichen Grüßen - Versicherer AG, Risikoprüfung",
    ], title="A-PZ-26-00418")
    body = """Sehr geehrter Herr Gottschalk,

zu Ihrem Antrag vom 14. September erhalten Sie anbei unsere Entscheidung.
Es tut uns leid, dass wir Ihnen keine bessere Nachricht geben können.

Mit freundlichen Grüßen
Katharina Nowak

""" + S["nowak"]
    return mk(A["nowak"], "werner.gottschalk@senioren-net.example", "Ihr Antrag vom 14.09.2026",
              body, date="2026-09-30 12:20", atts=[(att, "Entscheidung_A-PZ-26-00418.pdf", PDF)])


@M(143, "CONFIDENTIAL", "de", "insurer-to-customer",
   "buildings policy change: increased sum insured after an extension, mortgagee bank named, addressee's contract and premium (DOCX)")
def _():
    doc = docx([
        ("h", "Nachtrag Nr. 3 zur Wohngebäudeversicherung WG 40 071 508"),
        "Versicherungsnehmer: Dr. Henning Roth und Katrin Roth, Burgbergstraße 5, 34260 Kaufungen",
        "Änderung ab 01.06.2026: Wohnfläche nach Anbau 186 m² (bisher 142 m²), Versicherungssumme 1914: 31.200 Mark (bisher 24.100 Mark)",
        "Gleitender Neuwertfaktor 2026: 26,4; Jahresbeitrag neu: 1.118,30 EUR (bisher 863,90 EUR).",
        "Sicherungsschein zugunsten: Kasseler Volksbank eG, Darlehen Nr. 7700 418 223 – die Bank erhält eine Kopie dieses Nachtrags.",
        "Elementarschadenversicherung: eingeschlossen, SB 500 EUR.",
    ], author="Versicherer AG")
    body = """Sehr geehrte Frau Roth, sehr geehrter Herr Dr. Roth,

anbei der Nachtrag zum Anbau. Wie besprochen geht eine Kopie an Ihre Bank,
weil der Sicherungsschein das verlangt.

Mit freundlichen Grüßen
Svenja Ahrens
Kundenservice – Team Vertrag"""
    return mk(A["ahrens"], "Katrin Roth <katrin.roth@kasselnet.example>", "Nachtrag zu Ihrer Wohngebäudeversicherung",
              body, date="2026-05-21 14:40", atts=[(doc, "Nachtrag3_WG40071508.docx", DOCX)])


@M(144, "NORMAL", "de", "internal",
   "server migration schedule (XLSX) with systems and time slots; no personal data")
def _():
    rows = [["Welle", "System", "alt", "neu", "Termin", "Downtime", "Verantwortlich"],
            [1, "Intranet", "srv-web03", "k8s-prod", "2026-10-03", "2 h", "Team Plattform"],
            [1, "Druckstraße", "srv-print01", "srv-print11", "2026-10-03", "4 h", "Team Output"],
            [2, "Leistungssystem KV (Test)", "srv-lkv-t1", "k8s-test", "2026-10-10", "–", "AB Leistung"],
            [3, "Leistungssystem KV (Prod)", "srv-lkv-p1/p2", "k8s-prod", "2026-10-24", "8 h (Sa)", "AB Leistung"],
            [3, "SecureMail-Gateway", "gw01/gw02", "gw11/gw12", "2026-10-24", "0 (rolling)", "IT-Sicherheit"]]
    body = """Hallo zusammen,

der Migrationsplan für Q4 ist mit den Fachbereichen abgestimmt. Bitte tragt
die Downtimes in eure Teamkalender ein; die Fachbereiche informieren wir
separat.

Lukas"""
    return mk(A["wendtland"], "IT alle <it-alle@versicherer.example>", "Migrationsplan Q4 (final)",
              body, date="2026-09-15 17:05",
              atts=[(xlsx([("Migration", rows)], creator="IT"), "Migrationsplan_Q4_2026.xlsx", XLSX)])


@M(145, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
   "ZIP with an accident file (operation report, discharge letter, accident report) sent to an orthopaedic expert for an invalidity opinion")
def _():
    op = pdf([
        ("h", "Operationsbericht"),
        "Patient: Matthias Steinbrecher, geb. 30.10.1977",
        "Datum: 08.01.2026. Diagnose: Tibiakopffraktur rechts Schatzker II (S82.18). Eingriff: offene Reposition, Plattenosteosynthese (OPS 5-794.k1).",
        "Verlauf komplikationslos. Teilbelastung 20 kg für 6 Wochen.",
    ], title="OP-Bericht", letterhead=False)
    ent = pdf([
        ("h", "Entlassbericht"),
        "Aufenthalt 07.01. - 14.01.2026, Unfallchirurgie Klinikum Am Stadtpark.",
        "Unfallhergang: Sturz beim Skifahren (Winterberg), Einlieferung per Rettungsdienst.",
        "Medikation: Enoxaparin 40 mg s.c. für 6 Wochen, Ibuprofen 600 mg bei Bedarf.",
    ], title="Entlassbericht", letterhead=False)
    anzeige = ("Unfallanzeige UN 2026/00412\r\nVersicherte Person: Matthias Steinbrecher, Vertrag UV 2291 007\r\n"
               "Unfalltag: 06.01.2026, Skigebiet Winterberg\r\nHergang: auf vereister Piste gestürzt, rechtes Knie verdreht\r\n"
               "Behandelnde Ärzte: Klinikum Am Stadtpark, danach Dr. Behrendt\r\n")
    body = """Sehr geehrter Herr Prof. Lenhart,

vereinbarungsgemäß erhalten Sie die Unterlagen für das Invaliditätsgutachten
Steinbrecher gesammelt als ZIP-Datei. Untersuchungstermin wie besprochen am
14.01.2027 (ein Jahr nach dem Unfall).

Mit freundlichen Grüßen
Sevgi Aydın

""" + S["aydin"]
    z = zipb([("UN2026-00412/OP-Bericht_2026-01-08.pdf", op), ("UN2026-00412/Entlassbericht.pdf", ent),
              ("UN2026-00412/Unfallanzeige.txt", anzeige)])
    return mk(A["aydin"], "Prof. Dr. Lenhart <gutachten@ortho-lenhart.example>", "Gutachtenauftrag UN 2026/00412 – Unterlagen",
              body, date="2026-12-02 10:25", atts=[(z, "UN2026-00412.zip", ZIP)])


@M(146, "NORMAL", "de", "insurer-to-prospect",
   "trap: generic disability-insurance information (product sheet, occupational classes, example premiums) for an interested person; no health data asked or given")
def _():
    att = pdf([
        ("h", "Berufsunfähigkeitsversicherung SBU-Premium - Informationsblatt"),
        "Leistung: monatliche BU-Rente ab 50 % Berufsunfähigkeit, rückwirkend ab Beginn; Verzicht auf abstrakte Verweisung; "
        "weltweiter Schutz; Beitragsdynamik optional.",
        ("t", [["Berufsgruppe", "Beispiele", "Beispielbeitrag*"],
               ["A", "Ärztin, Ingenieur, Bürokaufmann", "58 EUR"], ["B", "Erzieherin, Einzelhandel", "84 EUR"],
               ["C", "Pflegefachkraft, Kfz-Mechatroniker", "121 EUR"], ["D", "Dachdecker, Gerüstbauer", "196 EUR"]], [30, 90, 50]),
        ("small", "* Eintrittsalter 30, BU-Rente 1.500 EUR, Endalter 67, Nichtraucher. Der tatsächliche Beitrag hängt von der "
                  "Gesundheitsprüfung ab."),
    ], title="Info SBU-Premium")
    body = """Hallo Herr Kühne,

danke für Ihre Anfrage über das Kontaktformular. Im Anhang finden Sie eine
Übersicht zu unserer Berufsunfähigkeitsversicherung. Für ein konkretes
Angebot bräuchten wir Ihren Beruf und das gewünschte Endalter – die
Gesundheitsfragen kommen erst mit dem Antrag.

Viele Grüße
Dennis Pohlmann
Kundenservice Versicherer AG"""
    return mk(A["pohlmann"], "Tobias Kühne <tobias.kuehne@webpost.example>", "Ihre Anfrage Berufsunfähigkeit",
              body, date="2026-02-16 12:12", atts=[(att, "Info_SBU-Premium.pdf", PDF)])


@M(147, "CONFIDENTIAL", "en", "insurer-to-customer",
   "landlord's buildings claim (tenant's kitchen fire, nobody hurt) naming landlord and tenant, policy, address and settlement")
def _():
    body = """Dear Mr Harrington,

regarding claim S-WG-26-03318 on your rental flat at Friedrich-Ebert-Str.
131, 34119 Kassel (policy WG 40 140 227):

Our assessor confirms that the fire on 12 August started at an unattended
pan in your tenant's kitchen (Ms Paula Strack). Luckily nobody was injured,
and the fire brigade contained it to the kitchen.

  Kitchen fittings (replacement value)   EUR 8,420.00
  Smoke cleaning flat and stairwell      EUR 2,960.00
  Loss of rent, 2 months                 EUR 1,700.00
  Total                                  EUR 13,080.00

We will pay EUR 11,380 to you now and the loss of rent once the flat is
handed back. We may seek recovery from Ms Strack's personal liability
insurer; you don't need to do anything for that.

Kind regards
Malte Sörensen
Property Claims | Versicherer AG"""
    return mk(A["soerensen"], "Neil Harrington <neil.harrington@britmail.example>", "Claim S-WG-26-03318 - settlement",
              body, date="2026-09-09 16:00")


@M(148, "NORMAL", "en", "internal",
   "trap: announcement of a mental-health first-aider programme (burnout, depression, anxiety mentioned generally), no individual")
def _():
    text = """Dear colleagues,

one in four of us will experience a mental health problem at some point -
depression, anxiety, burnout. To make it easier to talk about, we are
training 20 Mental Health First Aiders across all sites this autumn.

What they do: listen, give initial support, point to help (EAP hotline,
company doctor, GP, crisis services). What they don't do: diagnose or treat.
Everything said stays confidential.

Interested in becoming one? Two-day course on 5-6 November, paid work time.
Apply via the intranet form by 16 October.

Your People & Culture team"""
    return mk("People & Culture <people@versicherer.example>", "alle-mitarbeitenden@versicherer.example",
              "Become a Mental Health First Aider", text, date="2026-10-01 09:00", msgid="news")


@M(149, "STRICTLY_CONFIDENTIAL", "de", "internal",
   "customer service forwards a complaint (attached message) about unpaid psychotherapy for the customer's daughter with diagnosis")
def _():
    cmp = inner("Andrea Kessler <andrea.kessler@kasselnet.example>", "Kundenservice <service@versicherer.example>",
                "Beschwerde - Psychotherapie meiner Tochter",
                """Sehr geehrte Damen und Herren,

ich bin wirklich fassungslos. Meine Tochter Emily (16, mitversichert unter
KV 4471 3390-03) ist seit März wegen einer Magersucht in Behandlung, die
Therapeutin hat sogar eine Anorexia nervosa mit F50.0 bescheinigt. Nach 20
Stunden schreiben Sie, weitere Sitzungen müssten erst begutachtet werden!
Die Therapeutin sagt, jede Unterbrechung sei gefährlich, Emily wiegt 41 kg.

Ich erwarte, dass Sie die Kosten weiter übernehmen, sonst gehe ich zum
Ombudsmann.

Andrea Kessler""", "2026-06-22 21:48")
    body = """Hallo Beschwerdemanagement,

bitte übernehmen, Beschwerde siehe Anhang. Ich habe der Kundin den Eingang
bestätigt. Leistung KV (Frau Dr. Wohlfahrt) ist in Kopie, weil es eilt.

Gruß
Svenja Ahrens"""
    return mk(A["ahrens"], "Beschwerdemanagement <beschwerde@versicherer.example>",
              "WG: Beschwerde - Psychotherapie meiner Tochter", body, cc=A["wohlfahrt"], date="2026-06-23 08:09",
              atts=[cmp])


@M(150, "CONFIDENTIAL", "de", "insurer-to-customer",
   "rent-deposit guarantee approved after checking the applicant's net income and employment; guarantee sum and landlord named")
def _():
    body = """Sehr geehrte Frau Petersen,

gute Nachrichten: Ihre Mietkautionsversicherung ist angenommen.

  Vertrag:          MK 5501 203
  Vermieter:        Wohnungsbaugesellschaft Kassel-Mitte GmbH
  Mietobjekt:       Philippistraße 22, 2. OG links, 34127 Kassel
  Kautionssumme:    2.610,00 EUR (3 Nettokaltmieten)
  Jahresbeitrag:    125,28 EUR

Grundlage war Ihre Gehaltsabrechnung (netto 2.480 EUR, unbefristet
beschäftigt seit 2021) und die Schufa-Auskunft ohne Negativeinträge.

Die Bürgschaftsurkunde geht per Post direkt an den Vermieter.

Mit freundlichen Grüßen
Svenja Ahrens
Kundenservice – Team Vertrag, Versicherer AG"""
    return mk(A["ahrens"], "Kim Petersen <kim.petersen@mailbox.example>", "Ihre Mietkautionsversicherung MK 5501 203",
              body, date="2026-08-04 12:34")


@M(151, "NORMAL", "de", "internal",
   "cost-centre budget planning as ODS; company figures only")
def _():
    rows = [["Kostenstelle", "Bezeichnung", "Ist 2025", "Plan 2026", "Plan 2027", "Abw. %"],
            ["4410", "Leistung KV", 8420000, 8610000, 8790000, "2,1"],
            ["4420", "Leistung LV/BU", 2930000, 3010000, 3120000, "3,7"],
            ["3310", "Kfz-Schaden", 6120000, 6200000, 6180000, "-0,3"],
            ["6610", "IT-Service", 11430000, 11900000, 12640000, "6,2"],
            ["1140", "Personal", 1810000, 1860000, 1905000, "2,4"]]
    body = """Hallo Bereichscontroller,

anbei die Planungsdatei 2027 im ODS-Format (wegen der Umstellung auf die
neue Planungsplattform nicht mehr als xlsx). Bitte nur die gelben Zellen
ändern, Rückgabe bis 16.10.

Felix Brandauer

""" + S["brandauer"]
    return mk(A["brandauer"], "Bereichscontroller <bereichscontrolling@versicherer.example>", "Planung 2027 – Datei zur Befüllung",
              body, date="2026-09-25 13:13", atts=[(ods([("Planung 2027", rows)]), "Planung_2027_Kostenstellen.ods", ODS)])


@M(152, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
   "accident insurance hospital daily benefit and recovery benefit for the addressee's tibia fracture while skiing")
def _():
    body = """Dear Mr Castellano,

thank you for sending the discharge summary from Innsbruck. Under your
accident policy UV 2290 615 we pay:

  Hospital daily benefit: 9 days (28 Jan - 5 Feb 2026) x EUR 50 = EUR 450.00
  Recovery benefit after hospital stay: 9 days x EUR 50         = EUR 450.00
  Total                                                          EUR 900.00

The surgery (intramedullary nail, left tibia shaft fracture) and the
follow-up physiotherapy are covered by your health insurer, not by this
policy. Once your surgeon can assess any permanent impairment (usually
after 12 months), please let us know so we can check the invalidity benefit.

Get well soon!

Sevgi Aydın
Accident Claims | Versicherer AG | +49 561 7088-4310"""
    return mk(A["aydin"], "Marco Castellano <marco.castellano@italmail.example>", "Accident claim UN 2026/00377 - payment",
              body, date="2026-02-19 10:10")


@M(153, "NORMAL", "de", "internal",
   "trap: ICD-10 coding training handout (PDF) with invented example patients marked as fictitious")
def _():
    att = pdf([
        ("h", "Schulung: ICD-10-GM für die Leistungsprüfung"),
        ("b", "Aufbau eines Codes"),
        "Kapitel (Buchstabe) + Kategorie (2 Ziffern) + Subkategorie. Beispiel: E11.90 = Diabetes mellitus Typ 2 ohne Komplikationen, "
        "nicht als entgleist bezeichnet.",
        ("b", "Zusatzkennzeichen"),
        ("t", [["Kennzeichen", "Bedeutung", "Beispiel"], ["G", "gesichert", "J45.0 G"], ["V", "Verdacht", "I25.1 V"],
               ["Z", "Zustand nach", "C18.7 Z"], ["A", "ausgeschlossen", "K35.8 A"]], [30, 50, 50]),
        ("b", "Übung (fiktive Fälle)"),
        "1. „Anna Beispiel“ (fiktiv), Rechnung mit M54.5 G und M53.1 V - welche Diagnose ist gesichert?",
        "2. „Bernd Probe“ (fiktiv), Krankenhausentlassung mit I21.4 - was bedeutet das für die Leistungsprüfung Krankentagegeld?",
        ("small", "Alle Namen in diesem Dokument sind frei erfunden."),
    ], title="Schulung ICD-10-GM")
    body = """Hallo zusammen,

das Handout zur ICD-Schulung am Donnerstag. Bitte ausdrucken und mitbringen,
die Übungsfälle machen wir gemeinsam.

Viele Grüße
Ines Wohlfahrt"""
    return mk(A["wohlfahrt"], "Einarbeitung Leistung KV <einarbeitung-kv@versicherer.example>", "Handout ICD-Schulung",
              body, date="2026-03-23 14:48", atts=[(att, "Handout_ICD10GM_Schulung.pdf", PDF)])


@M(154, "CONFIDENTIAL", "de", "internal-system",
   "claims payment run for property claims: CSV with named private payees, IBANs and claim numbers (no health line)")
def _():
    data = csvb([["Lauf", "Schaden-Nr", "Empfänger", "IBAN", "Betrag", "Sparte"],
                 ["EXK-2026-0701", "S-HR-26-03310", "Gerhard Pohl", iban_de("52050353", "3310884"), "1.480,00", "Hausrat"],
                 ["EXK-2026-0701", "S-WG-26-03318", "Neil Harrington", iban_de("52040021", "880014500"), "11.380,00", "Wohngebäude"],
                 ["EXK-2026-0701", "PH-26-04102", "Mehmet Akın", iban_de("52060410", "7741203"), "265,90", "Privathaftpflicht"],
                 ["EXK-2026-0701", "S-GL-26-01188", "Brigitte Laue", iban_de("50010517", "5400127789"), "412,00", "Glas"]],
                delim=";")
    body = """Zahlungslauf EXK-2026-0701 (Sach/HUK) erstellt: 4 Positionen, 13.537,90 EUR.
Freigabe im Vier-Augen-Prinzip erforderlich bis 12:00 Uhr.

Positionsliste anbei.

-- EXKASSO-Server"""
    return mk("Exkasso-System <exkasso@versicherer.example>", "Freigabe Exkasso <freigabe-exkasso@versicherer.example>",
              "EXK-2026-0701 bereit zur Freigabe", body, date="2026-09-14 08:05", msgid="system",
              headers=[("Auto-Submitted", "auto-generated")],
              atts=[(data, "EXK-2026-0701_positionen.csv", CSVT)])


@M(155, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "death benefit of a term life policy paid to the widow (DOCX with deceased's data and cause of death noted)")
def _():
    doc = docx([
        "Frau Marlies Heinemann, Kirchweg 4, 34314 Espenau",
        ("b", "Risikolebensversicherung LV 7724 3318 – Leistung im Todesfall"),
        "Sehr geehrte Frau Heinemann,",
        "wir sprechen Ihnen zum Tod Ihres Mannes, Herrn Dieter Heinemann (geb. 22.06.1960, verstorben am 03.10.2026), unser "
        "aufrichtiges Beileid aus.",
        "Die Sterbeurkunde und die ärztliche Bescheinigung zur Todesursache (Herzinfarkt) liegen uns vor. Wir zahlen an Sie als "
        "Bezugsberechtigte:",
        ("t", [["Position", "Betrag"], ["Versicherungssumme", "75.000,00 EUR"], ["Überschussbeteiligung (Bonus)", "6.412,30 EUR"],
               ["Summe", "81.412,30 EUR"]]),
        "Die Auszahlung erfolgt auf das von Ihnen angegebene Konto. Eine Meldung an das Finanzamt nach § 33 ErbStG ist erfolgt.",
        "Mit freundlichen Grüßen\nBenedikt Rauschenbach",
    ], author="B. Rauschenbach")
    body = """Sehr geehrte Frau Heinemann,

anbei unser Schreiben. Wenn ich Ihnen bei weiteren Formalitäten helfen
kann, rufen Sie mich gern an.

Mit herzlichen Grüßen
Benedikt Rauschenbach

""" + S["rauschenbach"]
    return mk(A["rauschenbach"], "marlies.heinemann@kasselnet.example", "Ihr Schreiben vom 12.10.2026",
              body, date="2026-10-21 09:30", atts=[(doc, "Schreiben_LV77243318.docx", DOCX)])


@M(156, "NORMAL", "de", "insurer-to-partner",
   "letter to the supervisory authority about a reporting deadline (solvency reporting), company matters only")
def _():
    body = """Sehr geehrte Frau Dr. Albers,

wie heute telefonisch besprochen, beantragen wir für die Einreichung der
quantitativen Jahresmeldung (QRT) 2025 eine Fristverlängerung um zwei Wochen
bis zum 22.04.2026. Grund ist die Umstellung unseres Meldewesens auf die
neue Taxonomie-Version; der Bericht über Solvabilität und Finanzlage (SFCR)
wird fristgerecht veröffentlicht.

Für Rückfragen stehe ich Ihnen gern zur Verfügung.

Mit freundlichen Grüßen
Felix Brandauer
Aktuariat & Controlling
Versicherer AG

""" + FOOT
    return mk(A["brandauer"], "Referat Q 21 <q21@aufsicht.example>", "Versicherer AG (Reg.-Nr. 5588) – Fristverlängerung QRT 2025",
              body, date="2026-03-30 16:20", cc=A["carstens"])


@M(157, "NORMAL", "de", "insurer-to-broker",
   "trap: test cases for a broker's tariff calculator with clearly fictitious persons, birth dates and pre-existing conditions")
def _():
    rows = [["Testfall", "Person (fiktiv)", "Geburtsdatum", "Beruf", "Vorerkrankung (Testwert)", "erwartetes Ergebnis"],
            ["TF-01", "Testkunde A", "01.01.1990", "Bürokauffrau", "keine", "Normalannahme, 61,20 EUR"],
            ["TF-02", "Testkunde B", "15.06.1975", "Elektriker", "Bluthochdruck, behandelt", "Zuschlag 25 %"],
            ["TF-03", "Testkunde C", "30.11.2001", "Student", "Heuschnupfen", "Normalannahme"],
            ["TF-04", "Testkunde D", "29.02.1968", "Dachdecker", "Bandscheibenvorfall 2023", "Ausschluss Wirbelsäule"],
            ["TF-05", "Testkunde E", "01.01.1960", "Lehrer", "–", "Ablehnung (Eintrittsalter > 60)"]]
    body = """Hallo Herr Breuer,

für die Abnahme Ihres Vergleichsrechners hier unsere Testfälle BU mit den
erwarteten Ergebnissen. Die Personen sind ausgedacht (Testkunde A–E), die
Geburtsdaten so gewählt, dass Randfälle abgedeckt sind (29.02., Endalter).

Viele Grüße
Henrik Vogelsang"""
    return mk(A["vogelsang"], "Marcel Breuer <m.breuer@finanzkontor-breuer.example>", "Testfälle BU-Rechner",
              body, date="2026-05-12 09:35",
              atts=[(xlsx([("Testfälle", rows)], creator="Maklerbetreuung"), "Testfaelle_BU-Rechner.xlsx", XLSX)])


@M(158, "CONFIDENTIAL", "de", "insurer-to-customer",
   "transfer of a no-claims class from mother to son with both birth dates, contract numbers and driving-licence date")
def _():
    body = """Hallo Herr Lehmann,

die Übertragung des Schadenfreiheitsrabatts von Ihrer Mutter auf Sie ist
erledigt:

  abgebend:    Hildegard Lehmann, geb. 04.09.1949, Vertrag KH 55 003 771
               (SF 32, Vertrag endet zum 30.06.2026)
  übernehmend: Christian Lehmann, geb. 18.07.1988, Vertrag KH 55 026 410
  Führerschein Klasse B seit 14.08.2006

Da Sie den Führerschein seit fast 20 Jahren haben, können wir Ihnen SF 19
anrechnen (mehr geht nach unseren Bedingungen nicht, der Rest verfällt).
Neuer Beitrag: 38,12 EUR im Monat statt 71,40 EUR.

Viele Grüße
Nadine Schwertfeger

""" + S["schwertfeger"]
    return mk(A["schwertfeger"], "Christian Lehmann <c.lehmann@webpost.example>", "SF-Übertragung erledigt",
              body, date="2026-06-26 11:40")


@M(159, "STRICTLY_CONFIDENTIAL", "de", "internal",
   "HR informs payroll about an employee's pregnancy and maternity protection dates (health information)")
def _():
    body = """Hallo Moritz,

Frau Julia Reinecke (Maklerbetreuung, PNr. 40691) hat uns heute ihre
Schwangerschaft mitgeteilt und die Bescheinigung der Frauenärztin
vorgelegt. Voraussichtlicher Entbindungstermin: 18.02.2027.

  Beginn Mutterschutz:  07.01.2027
  Ende (regulär):       15.04.2027
  Elternzeit:           angekündigt, Umfang kommt noch

Bitte den Zuschuss zum Mutterschaftsgeld vormerken. Die Gefährdungsbeurteilung
macht die Betriebsärztin. Frau Reinecke möchte, dass es im Team erst nach
der 12. Woche bekannt wird – also bitte vertraulich.

Danke!
Ulrike

""" + S["stadelmann"]
    return mk(A["stadelmann"], A["kettler"], "Mutterschutz J. Reinecke – Vormerkung", body, date="2026-08-06 15:00")


@M(160, "NORMAL", "en", "internal",
   "quarterly results board pack (PDF) with premiums, combined ratio and solvency ratio; company figures only")
def _():
    att = pdf([
        ("h", "Board pack Q2 2026 - key figures"),
        ("t", [["EUR m", "Q2 2026", "Q2 2025", "Plan"],
               ["Gross written premium", "612.4", "588.1", "605.0"],
               ["  of which P&C", "241.7", "229.0", "238.0"],
               ["  of which health", "248.3", "239.6", "246.0"],
               ["  of which life", "122.4", "119.5", "121.0"],
               ["Combined ratio P&C", "94.1 %", "96.8 %", "95.0 %"],
               ["Net result", "38.2", "31.0", "35.5"],
               ["Solvency ratio (SII)", "228 %", "214 %", "> 180 %"]], [80, 30, 30, 30]),
        "Comment: storm Heike (Feb) absorbed by the cat XL; health claims inflation at 6.1 % above pricing assumption (5.0 %).",
    ], title="Board pack Q2 2026")
    body = """Dear board members,

please find the Q2 key figures attached for Tuesday's meeting. Detailed
segment reporting follows on Friday.

Felix Brandauer
Actuarial & Controlling"""
    return mk(A["brandauer"], "Vorstand <vorstand@versicherer.example>", "Board pack Q2 2026 - key figures",
              body, date="2026-07-24 18:30", atts=[(att, "BoardPack_Q2_2026.pdf", PDF)])
# ---------------------------------------------------------------- 0161-0180

@M(161, "CONFIDENTIAL", "en", "insurer-to-broker",
   "motor renewal list for a broker: CSV of named private policyholders with plates, no-claims classes and renewal premiums")
def _():
    data = csvb([["policy", "policyholder", "plate", "vehicle", "ncd_class", "renewal_premium_eur", "main_driver_age"],
                 ["KH 55 021 339", "Daniel Whitcombe", "KS-DW 747", "Volvo V60", "SF 5", "688.20", "44"],
                 ["KH 55 023 118", "Rachel Moyo", "KS-RM 31", "Mini Cooper", "SF 7", "541.90", "29"],
                 ["KH 55 024 770", "Peter & Ann Gallagher", "HR-PG 19", "Toyota RAV4", "SF 22", "497.35", "63"],
                 ["KH 55 025 211", "Siddharth Rao", "KS-SR 808", "Tesla Model 3", "SF 3", "1,204.10", "31"]],
                delim=",")
    body = """Hi Ewan,

the 1 January renewals for your motor clients are attached. Mr Whitcombe's
premium went up after this year's claim (SF 12 -> SF 5) - he decided not
to buy the claim back. Everyone else is stable or slightly cheaper.

Renewal notices go out to clients on 12 November.

Cheers
Priya"""
    return mk(A["raman"], "Ewan Sinclair <ewan.sinclair@crestline-brokers.example>", "Motor renewals 01/2027 - your clients",
              body, date="2026-10-30 12:00", atts=[(data, "crestline_motor_renewals_2027.csv", CSVT)])


@M(162, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
   "pre-authorisation of knee surgery (meniscus tear) for an expat member abroad, with hospital, procedure and cost guarantee")
def _():
    body = """Dear Ms Novak,

we are pleased to confirm pre-authorisation for your planned treatment:

  Member:       Ms Tereza Novak, member no. IHP-010 775-00
  Hospital:     Hospital Clínico Universitario, Valencia
  Procedure:    arthroscopic partial meniscectomy, right knee
                (complex tear of the medial meniscus, MRI of 02/09/2026)
  Date:         14 October 2026, day case
  Guarantee:    up to EUR 6,500 incl. surgeon, anaesthesia and implants,
                paid directly to the hospital

Physiotherapy afterwards is covered at 100 % under your plan (up to 20
sessions without further approval).

Best wishes for the operation,
Dr. Ines Wohlfahrt
Health Claims - Medical Service | Versicherer AG"""
    return mk(A["wohlfahrt"], "Tereza Novak <tereza.novak@expatmail.example>", "Pre-authorisation PA-26-0931",
              body, date="2026-09-28 16:40")


@M(163, "NORMAL", "en", "internal",
   "trap: international health portfolio statistics per diagnosis group and region (HTML table), aggregates with small cells suppressed")
def _():
    html = """<html><body style="font-family:Arial;font-size:12px">
<p>Hi Priya,</p>
<p>here are the 2025 claims for the international health book by diagnosis group, as requested for the broker presentation.
Cells with fewer than 10 claimants are suppressed (&ldquo;&lt;10&rdquo;).</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr style="background:#ddd"><th>Diagnosis group</th><th>Europe</th><th>Asia</th><th>Africa</th><th>Americas (excl. USA)</th><th>Paid EUR m</th></tr>
<tr><td>Musculoskeletal</td><td>412</td><td>188</td><td>41</td><td>77</td><td>3.9</td></tr>
<tr><td>Infectious diseases (incl. malaria, dengue)</td><td>35</td><td>141</td><td>96</td><td>52</td><td>2.2</td></tr>
<tr><td>Pregnancy and childbirth</td><td>120</td><td>88</td><td>14</td><td>31</td><td>2.7</td></tr>
<tr><td>Mental health</td><td>97</td><td>45</td><td>&lt;10</td><td>19</td><td>1.4</td></tr>
<tr><td>Cancer</td><td>38</td><td>22</td><td>&lt;10</td><td>&lt;10</td><td>4.6</td></tr>
</table>
<p>Felix</p></body></html>"""
    return mk(A["brandauer"], A["raman"], "International health - claims by diagnosis group 2025", html=html,
              date="2026-03-31 11:25")


@M(164, "CONFIDENTIAL", "de", "insurer-to-customer",
   "personal liability: lost master key of a rented flat, claim number, landlord named, replacement cost paid; short informal mail")
def _():
    body = """Hi Herr Yüksel,

kurze Info: den Schlüsselverlust (Schaden PH-26-05517) übernehmen wir. Die
Hausverwaltung Nordstadt GmbH bekommt die 1.240 EUR für den Austausch der
Schließanlage direkt von uns, abzüglich Ihrer SB von 150 EUR, die Sie bitte
selbst an die Verwaltung zahlen. Vertrag PH 09 488 120.

Nächstes Mal besser aufpassen ;-)

Gruß
Malte Sörensen"""
    return mk(A["soerensen"], "Can Yüksel <can.yueksel@mailbox.example>", "Schlüssel",
              body, date="2026-11-17 17:52", msgid="tb")


@M(165, "NORMAL", "de", "internal",
   "staff newsletter (HTML only) about the new canteen, bike sheds and a charity run; no personal data")
def _():
    html = """<html><body style="font-family:Georgia;font-size:14px;max-width:640px">
<h1>Versicherer INTERN · Ausgabe 11/2026</h1>
<h2>Die neue Kantine ist offen!</h2>
<p>Ab Montag gibt es täglich drei Gerichte, davon eins vegan, und eine Salatbar. Bezahlt wird mit dem Mitarbeiterausweis.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse"><tr><th>Tag</th><th>Linie 1</th><th>Linie 2</th><th>Veggie</th></tr>
<tr><td>Mo</td><td>Schnitzel, Pommes</td><td>Lachs, Reis</td><td>Linsencurry</td></tr>
<tr><td>Di</td><td>Ahle-Wurscht-Pfanne</td><td>Hähnchen Tikka</td><td>Gnocchi, Salbei</td></tr></table>
<h2>Neue Fahrradgaragen</h2><p>Im Hof Nord gibt es 80 überdachte Stellplätze mit Ladestationen für E-Bikes.</p>
<h2>Firmenlauf</h2><p>43 Kolleg:innen sind beim Kasseler Benefizlauf mitgelaufen und haben 2.150 EUR für das Kinderhospiz gesammelt. Danke!</p>
</body></html>"""
    return mk("Versicherer INTERN <intern@versicherer.example>", "alle-mitarbeitenden@versicherer.example",
              "Versicherer INTERN 11/2026", html=html, date="2026-11-06 08:00", msgid="news")


@M(166, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "health tariff change offer (§ 204 VVG) for the addressee with risk surcharge for a pre-existing heart condition, in the PDF")
def _():
    att = pdf([
        ("h", "Ihr Angebot zum Tarifwechsel nach § 204 VVG"),
        "Herrn Gerhard Schnabel, Fasanenweg 7, 34292 Ahnatal - Vertrag KV 4470 5521-01, geb. 11.05.1957",
        ("t", [["", "bisher AM-Komfort 300 / SK-1", "neu AM-Klassik 900 / SK-1"],
               ["Monatsbeitrag", "894,20 EUR", "611,40 EUR"],
               ["Selbstbehalt", "300 EUR", "900 EUR"],
               ["Mehrleistung im Zieltarif", "-", "Heilpraktiker 80 % (nicht im Ausgangstarif)"],
               ["Risikozuschlag für Mehrleistung", "-", "38,50 EUR (wegen koronarer Herzkrankheit, Stent 2022)"]], [55, 55, 60]),
        "Alternativ können Sie auf die Mehrleistung verzichten; dann entfällt der Risikozuschlag und der Beitrag beträgt 572,90 EUR.",
        "Ihre erworbenen Rechte und die Alterungsrückstellung bleiben erhalten.",
    ], title="Tarifwechsel KV 4470 5521-01")
    body = """Sehr geehrter Herr Schnabel,

wie am Telefon besprochen, erhalten Sie das Angebot zum Tarifwechsel. Sie
haben vier Wochen Zeit zum Überlegen.

Mit freundlichen Grüßen
Katharina Nowak

""" + S["nowak"]
    return mk(A["nowak"], "g.schnabel@t-mail.example", "Ihr Angebot", body, date="2026-11-24 10:00",
              atts=[(att, "Angebot_Tarifwechsel.pdf", PDF)])


@M(167, "CONFIDENTIAL", "de", "internal",
   "legal enforcement of a recourse claim against a private person: garnishment data, employer and net income of the debtor")
def _():
    body = """Hallo Frau Baum,

in der Regresssache K-24-088130 (Verursacher Herr Dennis Kraft, geb.
07.03.1994, ist mit einem ungesicherten Anhänger in den Carport unseres VN
gerollt; Versäumnisurteil über 18.440,00 EUR) haben wir jetzt die Angaben
aus der Vermögensauskunft:

  Arbeitgeber:   Lagerlogistik Nordhessen GmbH, Kassel
  Nettoeinkommen ca. 2.150 EUR, keine Unterhaltspflichten
  Konto:         Kasseler Sparkasse, IBAN {ib}

Wir haben einen Pfändungs- und Überweisungsbeschluss beantragt. Pfändbar
wären nach Tabelle ca. 540 EUR monatlich. Bitte das Regresskonto entsprechend
vormerken.

Gruß
Konstantin Reiß""".replace("{ib}", grp(iban_de("52050353", "4471109")))
    return mk(A["reiss"], A["baum"], "Regress K-24-088130 – Pfändung", body, date="2026-07-29 14:22")


@M(168, "NORMAL", "de", "insurer-to-company",
   "trap: blank accident report form (DOCX) for a group-accident customer's HR department; all fields empty")
def _():
    doc = docx([
        ("h", "Unfallanzeige – Gruppenunfallversicherung"),
        "Vertragsnummer: GU ________   Firma: ______________________________",
        ("t", [["Angaben zur verletzten Person", ""], ["Name, Vorname", ""], ["Geburtsdatum", ""], ["Anschrift", ""],
               ["Tätigkeit im Betrieb", ""]]),
        ("t", [["Angaben zum Unfall", ""], ["Datum, Uhrzeit", ""], ["Ort", ""], ["Hergang (ausführlich)", ""],
               ["Art der Verletzung", ""], ["Erstbehandelnder Arzt / Krankenhaus", ""], ["Zeugen", ""]]),
        "☐ Arbeitsunfall (zusätzlich Meldung an die Berufsgenossenschaft)   ☐ Freizeitunfall",
        "Schweigepflichtentbindung: bitte Formular SE-03/2026 von der verletzten Person unterschreiben lassen.",
        "Ort, Datum, Unterschrift Arbeitgeber: ______________________",
    ], author="Leistungsservice Unfall")
    body = """Sehr geehrte Frau Schüttler,

wie gewünscht das Formular für Unfallmeldungen aus der Gruppenunfall-
versicherung als Word-Datei, damit Sie es am PC ausfüllen können. Für
ausgefüllte Formulare nutzen Sie bitte das SecureMail-Portal, nicht die
normale E-Mail.

Freundliche Grüße
Sevgi Aydın

""" + S["aydin"]
    return mk(A["aydin"], "Karin Schüttler <dispo@hagedorn-logistik.example>", "Formular Unfallanzeige",
              body, date="2026-04-20 08:50", atts=[(doc, "Unfallanzeige_GU_leer.docx", DOCX)])


@M(169, "STRICTLY_CONFIDENTIAL", "de", "internal",
   "accident claims asks recourse team to pursue a third party after a cyclist insured with us was injured (fractures, hospital)")
def _():
    body = """Hallo Regress-Team,

bitte Regress prüfen in UN 2026/01288:

Unsere VN Frau Helene Dörr (UV 2293 440, 68 J.) wurde am 11.05. auf dem
Radweg Frankfurter Straße von einem Pkw erfasst, der aus einer Einfahrt kam
(Fahrer: Herr Sven Ruppert, KS-SR 4410, versichert bei der Nordlicht
Versicherung). Polizei hat den Unfall aufgenommen.

Verletzungen laut Entlassbericht: proximale Humerusfraktur links (S42.20),
Beckenprellung, Schädelprellung ohne Blutung im CT. 8 Tage Klinikum, dann
ambulante Physio. Unsere Leistungen bisher: Krankenhaustagegeld 400 EUR,
Unfallhilfe 1.000 EUR; Invalidität noch offen (Schulter).

Nach § 86 VVG geht der Anspruch über, soweit es um Kosten geht; bei
Summenleistungen natürlich nicht – bitte nur die Unfallhilfe-Kosten
(Haushaltshilfe) anmelden.

Danke, Sevgi"""
    return mk(A["aydin"], "Regress <regress@versicherer.example>", "Regress UN 2026/01288 – Radunfall Dörr",
              body, date="2026-06-11 13:30")


@M(170, "CONFIDENTIAL", "en", "internal",
   "HR confirms a relocation package to an employee: new salary, relocation allowance and tax treatment")
def _():
    body = """Dear Tomás,

I'm pleased to confirm the details of your move to our Hamburg office:

  Start in Hamburg:      1 January 2027
  New annual salary:     EUR 68,500 (currently EUR 62,000)
  Relocation allowance:  EUR 4,000 gross, paid with the January salary
                         (taxable; up to EUR 964 of removal costs can be
                         reimbursed tax-free against receipts)
  Temporary housing:     3 months company flat, Eppendorfer Weg

Please sign the contract amendment and return it by 30 November.

Best regards
Ulrike Stadelmann

""" + S["stadelmann"]
    return mk(A["stadelmann"], "Tomás Ferreira <tomas.ferreira@versicherer.example>", "Your move to Hamburg - package",
              body, cc=A["kettler"], date="2026-11-13 10:03")


@M(171, "NORMAL", "de", "insurer-to-supplier",
   "trap: corrections to a printer's proof of a long-term-care product flyer with example cases and care levels (no real person)")
def _():
    proof = pdf([
        ("h", "PflegePlus - Flyer (Proof 2)"),
        "Pflege kann jeden treffen: Heute sind in Deutschland über 5 Millionen Menschen pflegebedürftig.",
        ("t", [["Pflegegrad", "gesetzliche Leistung (ambulant)", "PflegePlus zusätzlich"],
               ["1", "131 EUR", "10 % des Tagessatzes"], ["2", "347 EUR", "30 %"], ["3", "599 EUR", "50 %"],
               ["4", "800 EUR", "80 %"], ["5", "990 EUR", "100 %"]], [40, 70, 60]),
        "Beispiel: Frau M. (fiktiv), 78 Jahre, Pflegegrad 3 nach Schlaganfall - erhält bei 50 EUR Tagessatz monatlich 750 EUR zusätzlich.",
        ("small", "Bildnachweis: Stock-Foto (Model). Stand 10/2026."),
    ], title="Flyer PflegePlus Proof 2", letterhead=False)
    body = """Hallo Herr Mertens,

Proof 2 ist fast gut. Korrekturen:
1. Pflegegrad 2 gesetzliche Leistung: bitte 347 EUR prüfen (Stand 2026).
2. Beim Beispiel "Frau M." muss "(fiktiv)" stehen bleiben – das hatte im
   ersten Proof gefehlt, danke.
3. Bildnachweis in 6 pt statt 7 pt.

Dann Druckfreigabe für 20.000 Stück.

Beste Grüße
Birte Hollmann"""
    return mk(A["hollmann"], "Druckhaus Mertens <auftrag@druckhaus-mertens.example>", "Korrektur Proof 2 Flyer PflegePlus",
              body, date="2026-10-09 11:37", atts=[(proof, "PflegePlus_Flyer_Proof2_Anmerkungen.pdf", PDF)])


@M(172, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-reinsurer",
   "personal accident bordereau: CSV with named insured persons, birth dates, injuries and invalidity percentages for the reinsurer")
def _():
    data = csvb([["claim", "insured", "dob", "accident_date", "injury", "invalidity_pct", "paid_eur", "reserve_eur"],
                 ["UN 2025/33817", "Melanie Grotefend", "1986-09-11", "2025-01-18", "ACL rupture left knee", "14.0", "21000", "0"],
                 ["UN 2026/00412", "Matthias Steinbrecher", "1977-10-30", "2026-01-06", "tibial plateau fracture right", "", "0", "45000"],
                 ["UN 2026/01288", "Helene Dörr", "1958-02-17", "2026-05-11", "proximal humerus fracture left", "", "1400", "30000"],
                 ["UV 2288 410", "Sandra Holzapfel", "1991-05-30", "2025-06-22", "distal radius fracture right", "16.5", "16500", "0"]],
                delim=",")
    body = """Dear Camille,

Q2 bordereau for the personal accident surplus treaty attached. The
Steinbrecher and Dörr claims carry reserves until the invalidity is
assessed (earliest Q1/2027).

Best regards
Gregor

""" + S["tillmann"]
    return mk(A["tillmann"], "Camille Lefèvre <c.lefevre@nordkap-re.example>", "PA surplus - bordereau Q2 2026",
              body, date="2026-07-14 09:58", atts=[(data, "PA_surplus_bordereau_Q2-2026.csv", CSVT)])


@M(173, "CONFIDENTIAL", "de", "insurer-to-customer",
   "household burglary: stolen-goods list reconciliation (XLSX) with the customer's items, values and claim number; police file number")
def _():
    rows = [["Nr", "Gegenstand", "Kaufjahr", "Neuwert lt. Kunde", "Beleg", "anerkannt"],
            [1, "Notebook Lenovo ThinkPad X1", 2024, 1899.00, "ja", 1899.00],
            [2, "Goldkette 585, 50 cm (Erbstück)", "–", 1400.00, "Foto", 1150.00],
            [3, "Spielkonsole inkl. 4 Spiele", 2023, 689.00, "ja", 689.00],
            [4, "Bargeld", "–", 600.00, "–", 500.00],
            [5, "Herrenuhr Junghans", 2019, 1250.00, "nein", 0]]
    body = """Guten Tag Frau Morawietz,

anbei der Abgleich Ihrer Stehlgutliste zum Einbruch vom 03.12. (Schaden
S-HR-26-04471, Polizei-Tgb.-Nr. 2026/119 844). Bargeld ist nur bis 500 EUR
versichert; für die Uhr fehlt uns noch ein Nachweis (Kaufbeleg, Foto,
Zertifikat). Sobald er da ist, prüfen wir Position 5 erneut.

Mit freundlichen Grüßen
Malte Sörensen

""" + S["soerensen"]
    return mk(A["soerensen"], "Jolanta Morawietz <j.morawietz@webpost.example>", "Ihr Einbruchschaden – Stehlgutliste",
              body, date="2026-12-14 13:20",
              atts=[(xlsx([("Stehlgut", rows)], creator="M. Soerensen"), "Stehlgutliste_S-HR-26-04471.xlsx", XLSX)])


@M(174, "NORMAL", "de", "internal",
   "trap: works-council minutes on company health management (participation numbers, back and stress courses), aggregate only")
def _():
    att = pdf([
        ("h", "Protokoll Arbeitskreis Gesundheit (BGM) - 3. Sitzung 2026"),
        "Teilnehmende: Betriebsrat (2), Personal (U. Stadelmann), Betriebsärztin, Arbeitssicherheit, Schwerbehindertenvertretung",
        ("b", "1. Auswertung Gesundheitswoche"),
        "Grippeimpfungen: 211 (Vorjahr 184). Rückenkurse: 3 x 15 Plätze, ausgebucht. Vortrag Stress/Burnout: 96 Teilnehmende vor Ort, 140 im Stream.",
        ("b", "2. Mitarbeitendenbefragung psychische Belastung"),
        "Rücklauf 58 %. Auffällig: Zeitdruck im Kundenservice (62 % 'häufig/immer'). Ergebnisse nur auf Bereichsebene ab 10 Antworten.",
        ("b", "3. BEM"),
        "2026 bisher 23 BEM-Angebote, 14 angenommen. Keine Einzelfälle im Arbeitskreis.",
        ("b", "4. Beschlüsse"),
        "Pilot 'Ruheraum' im Neubau Nord; Budget 12.000 EUR.",
    ], title="Protokoll AK Gesundheit 3/2026")
    body = """Liebe Mitglieder des AK Gesundheit,

anbei das Protokoll unserer Sitzung vom 29.10. Einwände bitte bis 13.11.

Viele Grüße
Ulrike Stadelmann"""
    return mk(A["stadelmann"], "AK Gesundheit <ak-gesundheit@versicherer.example>", "Protokoll AK Gesundheit 29.10.",
              body, date="2026-11-02 12:40", atts=[(att, "Protokoll_AK-Gesundheit_2026-10-29.pdf", PDF)])


@M(175, "CONFIDENTIAL", "en", "insurer-to-customer",
   "claims-experience letter (PDF) for a customer moving to the UK: name, birth date, policy period, no-claims years and claims")
def _():
    att = pdf([
        ("h", "Confirmation of claims experience (motor)"),
        "To whom it may concern,",
        "we confirm that Mr Rajesh Iyer, born 02/03/1984, residing at Karthäuserstr. 9, 34117 Kassel, was insured with us "
        "for motor third-party liability and comprehensive cover under policy KH 55 015 880 from 01/04/2019 to 31/12/2026.",
        ("t", [["Period", "Claims (liability)", "Claims (comprehensive)", "No-claims class"],
               ["2019-2022", "0", "0", "SF 1/2 -> SF 4"],
               ["2023", "0", "1 (windscreen)", "SF 5"],
               ["2024-2026", "0", "0", "SF 8"]], [40, 40, 45, 45]),
        "Claims-free years (liability): 7 years 9 months.",
    ], title="Claims experience KH 55 015 880")
    body = """Dear Mr Iyer,

as requested, our confirmation of your claims history for your new insurer
in the UK is attached. Good luck with the move!

Kind regards
Svenja Ahrens
Customer Service | Versicherer AG"""
    return mk(A["ahrens"], "Rajesh Iyer <rajesh.iyer@postbox.example>", "Claims experience letter",
              body, date="2026-12-03 09:45", atts=[(att, "ClaimsExperience_KH55015880.pdf", PDF)])


@M(176, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
   "copy of a health reimbursement statement sent to the broker with the client's consent: medicines and a psychiatric diagnosis")
def _():
    att = pdf([
        ("h", "Leistungsabrechnung (Kopie für Vermittler)"),
        "Versicherte Person: Norbert Kaiser, geb. 30.07.1961, KV 4471 0877-01",
        ("t", [["Datum", "Leistungserbringer", "Leistung", "Betrag", "Erstattung"],
               ["04.11.2026", "Dr. med. F. Auerbach, Psychiatrie", "GOÄ 1, 801, 806; F31.1", "164,22 EUR", "164,22 EUR"],
               ["05.11.2026", "Apotheke am Bebelplatz", "Lithiumcarbonat 450 mg, Quetiapin 200 mg", "88,31 EUR", "88,31 EUR"],
               ["12.11.2026", "Psychotherapie Hellwig", "Sitzungen 21-24", "460,00 EUR", "0,00 EUR (Ausschluss bis 2027)"]], [22, 52, 50, 22, 24]),
        "Erstattung gesamt: 252,53 EUR.",
    ], title="Kopie Leistungsabrechnung")
    body = """Hallo Frau Osterfeld,

Herr Kaiser hat uns schriftlich erlaubt, Ihnen die Abrechnungen in Kopie zu
schicken (Vollmacht vom 02.11.). Die Psychotherapie ist wegen des
vereinbarten Ausschlusses bis 2027 nicht erstattet – das sorgt sicher für
Rückfragen bei Ihnen.

Viele Grüße
Katharina Nowak"""
    return mk(A["nowak"], "Dörte Osterfeld <d.osterfeld@osterfeld-partner.example>", "Kopie Abrechnung Kaiser",
              body, date="2026-11-19 15:31", atts=[(att, "Kopie_Abrechnung_KV44710877.pdf", PDF)])


@M(177, "NORMAL", "en", "insurer-to-partner",
   "reinsurance renewal meeting invitation with agenda and calendar file; company topics only")
def _():
    cal = ics(["METHOD:REQUEST",
               "BEGIN:VEVENT",
               "UID:renewal-meeting-nordkap-2026@versicherer.example",
               "DTSTAMP:20260907T120000Z",
               "DTSTART;TZID=Europe/Berlin:20261020T100000",
               "DTEND;TZID=Europe/Berlin:20261020T160000",
               "SUMMARY:Renewal meeting Versicherer / Nordkap Re",
               "LOCATION:Versicherer AG\\, Kassel\\, board room",
               "DESCRIPTION:Agenda: 1) market update 2) property cat XL 2027 3) LD quota share wording 4) data exchange via domain encryption",
               "ORGANIZER;CN=Gregor Tillmann:mailto:gregor.tillmann@versicherer.example",
               "ATTENDEE;CN=Camille Lefèvre;RSVP=TRUE:mailto:c.lefevre@nordkap-re.example",
               "ATTENDEE;CN=Sophie Marchetti;RSVP=TRUE:mailto:life-fac@nordkap-re.example",
               "END:VEVENT"])
    body = """Dear Camille, dear Sophie,

looking forward to seeing you in Kassel on 20 October. Agenda in the
invitation. We'll also show you our new gateway so that bordereaux can
finally travel domain-encrypted instead of via the data room.

Lunch is in the board room; dinner the evening before at 19:30 if you
arrive on the 19th.

Best regards
Gregor"""
    return mk(A["tillmann"], "Camille Lefèvre <c.lefevre@nordkap-re.example>", "Renewal meeting 20 October - invitation",
              body, cc="Sophie Marchetti <life-fac@nordkap-re.example>", date="2026-09-07 14:00",
              atts=[(cal, "renewal_meeting.ics", ICS, {"params": {"method": "REQUEST"}})])


@M(178, "NORMAL", "de", "internal",
   "trap: synthetic test data for the new benefits system (CSV) with invented persons, ICD codes and IBAN-like test values, marked synthetic")
def _():
    data = csvb([["# SYNTHETISCHE TESTDATEN - generiert mit testgen 1.8, keine realen Personen"],
                 ["vsnr", "name", "geburtsdatum", "icd", "betrag", "iban"],
                 ["KV9900000101", "Testperson, Alpha", "1970-01-01", "J06.9", "48.20", "DE00 0000 0000 0000 0000 01"],
                 ["KV9900000102", "Testperson, Beta", "1985-06-15", "M54.5", "187.42", "DE00 0000 0000 0000 0000 02"],
                 ["KV9900000103", "Testperson, Gamma", "2010-12-31", "H52.1", "312.00", "DE00 0000 0000 0000 0000 03"],
                 ["KV9900000104", "Testperson, Delta", "1949-02-28", "I10.00", "92.10", "DE00 0000 0000 0000 0000 04"]])
    body = """Hi zusammen,

für den Integrationstest des neuen Leistungssystems liegt der synthetische
Testdatensatz v3 bereit (Auszug anbei, voller Satz 50.000 Zeilen auf dem
Test-Share). Die Namen sind Testperson Alpha bis Omega, Versicherungsnummern
im Bereich KV99…, IBANs bewusst ungültig (Prüfziffer 00).

Bitte KEINE Produktionsabzüge mehr für Tests verwenden – Freigabe des DSB
gibt es nur für synthetische Daten.

Lukas"""
    return mk(A["wendtland"], "Projekt LEA <projekt-lea@versicherer.example>", "Testdaten v3 für LEA-Integrationstest",
              body, date="2026-08-17 09:40", atts=[(data, "lea_testdaten_v3_auszug.csv", CSVT)])


@M(179, "CONFIDENTIAL", "de", "insurer-to-claimant",
   "motor liability: settlement letter to the injured third party (property only: repair and hire car) naming our policyholder and plates")
def _():
    ib = iban_de("52040021", "530998100")
    body = """Sehr geehrter Herr Brenneis,

zum Verkehrsunfall vom 02.10.2026 in Kassel (Holländischer Platz) mit
unserem Versicherungsnehmer Herrn Jonas Wetzel (KS-JW 202) erkennen wir die
volle Haftung an. Verletzt wurde nach den Angaben beider Seiten niemand.

Ihr Fahrzeug: KS-UB 7711, BMW 118i

  Reparaturkosten laut Rechnung Autohaus Jacobi    4.118,37 EUR
  Mietwagen 6 Tage (Gruppe 3, Abzug 10 % Eigenersparnis) 496,80 EUR
  Wertminderung                                      350,00 EUR
  Kostenpauschale                                     25,00 EUR
  Summe                                            4.990,17 EUR

Die Zahlung erfolgt auf Ihr Konto {ib}. Schaden-Nr. K-26-088415.

Mit freundlichen Grüßen
Jana Oberländer

""".replace("{ib}", grp(ib)) + S["oberlaender"]
    return mk(A["oberlaender"], "Uwe Brenneis <uwe.brenneis@kasselnet.example>", "Ihr Schaden vom 02.10.2026 – K-26-088415",
              body, date="2026-10-19 10:20", cte="quoted-printable")


@M(180, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "travel health insurance: reimbursement of a hospital bill in Turkey (kidney stones, lithotripsy) for the addressee's husband")
def _():
    body = """Sehr geehrte Frau Arslan,

die Rechnung des Özel Antalya Hastanesi für Ihren Mann haben wir erstattet:

  Behandlung:  06.–09.08.2026, stationär
  Diagnose:    Nierenkolik bei Harnleiterstein rechts (N20.1)
  Leistung:    ESWL (Stoßwellentherapie), Ultraschall, Schmerztherapie
  Rechnung:    41.850,00 TRY = 1.102,44 EUR (Kurs vom Rechnungstag)
  Erstattung:  1.102,44 EUR (100 %, Auslandsreisekrankenversicherung
               RK 9920 3318, keine Selbstbeteiligung)

Der Rücktransport war nicht nötig; die Kosten für die Umbuchung des
Rückflugs (180 EUR) übernehmen wir ebenfalls.

Gute Besserung für Ihren Mann!

Mit freundlichen Grüßen
Ihr Leistungsservice Reise
Versicherer AG"""
    return mk("Leistungsservice Reise <reise-leistung@versicherer.example>", "Emine Arslan <emine.arslan@mailbox.example>",
              "Erstattung Krankenhausrechnung Antalya", body, date="2026-08-31 11:05")
# ---------------------------------------------------------------- 0181-0200

@M(181, "STRICTLY_CONFIDENTIAL", "en", "internal",
   "minutes of the disability claims review panel (DOCX): named claimants with diagnoses, medical opinions and decisions")
def _():
    doc = docx([
        ("h", "Disability claims review panel - minutes 09/2026"),
        "Present: B. Rauschenbach (chair), Dr T. Lindqvist (CMO), Dr K. Reiß (Legal), G. Tillmann (Reinsurance)",
        ("t", [["Claim", "Claimant", "Issue", "Decision"],
               ["LV-BU-26-0214", "Harriet Quinlan", "GAD (F41.1), therapist report now received: marked improvement", "continue benefit, review 03/2027"],
               ["BU-25-0611", "Timo Albers", "MS (G35), relapsing-remitting, EDSS 4.0, works 50 % as IT consultant", "accept from onset 08/2025"],
               ["LV-BU-26-0301", "Oksana Melnyk", "long COVID (U09.9), fatigue; neuropsychological testing pending", "provisional benefit 6 months"],
               ["LV 7729 1045", "Frank Gerstenberger", "litigation, expert hearing 11/2026", "no settlement offer yet"]]),
        "Action: CMO to draft guidance on post-COVID fatigue assessment by end of October.",
    ], author="B. Rauschenbach")
    body = """All,

minutes of Thursday's panel attached - please check your action items.
Reinsurance: the Albers case goes to Nordkap in the Q3 bordereau.

Benedikt

""" + S["rauschenbach"]
    return mk(A["rauschenbach"], "BU Panel <bu-panel@versicherer.example>", "Panel minutes 09/2026",
              body, date="2026-09-25 16:48", atts=[(doc, "BU_Panel_Minutes_2026-09.docx", DOCX)])


@M(182, "NORMAL", "en", "internal-system",
   "certificate service warns about expiring S/MIME and domain certificates of the insurer; technical data only")
def _():
    body = """Certificate expiry report - 2026-11-02

The following certificates expire within 60 days:

  Type      Subject                                   Expires      Days
  domain    versicherer.example (gateway)             2026-12-14     42
  personal  gregor.tillmann@versicherer.example       2026-12-20     48
  personal  poststelle@versicherer.example            2026-12-28     56

Renewal: personal certificates are renewed automatically 30 days before
expiry if the CA profile allows it. The domain certificate needs a manual
CSR - see runbook PKI-07.

-- certwatch on pki01.versicherer.example"""
    return mk("certwatch <certwatch@versicherer.example>", "PKI Team <pki@versicherer.example>",
              "[certwatch] 3 certificates expire within 60 days", body, date="2026-11-02 06:00", msgid="system",
              headers=[("Auto-Submitted", "auto-generated")])


@M(183, "CONFIDENTIAL", "de", "insurer-to-customer",
   "buildings water damage: settlement letter as ODT naming policyholder, insured address, craftsmen paid and the customer's own payout")
def _():
    doc = odt([
        ("h", "Abrechnung Leitungswasserschaden S-WG-26-01577"),
        "Herrn Thomas Bernhardt, Dörnbergstraße 12, 34233 Fuldatal – Vertrag WG 40 112 904",
        "Sehr geehrter Herr Bernhardt,",
        "auf Grundlage des Gutachtens SV-Büro Kranich vom 09.03.2026 und der Handwerkerrechnungen rechnen wir wie folgt ab:",
        "Trocknung (Fa. Trockenprofi Nordhessen): 2.944,10 EUR – Zahlung direkt an die Firma",
        "Sanitär, Rohrbruchbeseitigung (Fa. Hellmich): 1.118,60 EUR – Zahlung direkt an die Firma",
        "Estrich und Fliesen Bad OG (Fa. Stein & Fuge): 6.780,00 EUR – Zahlung an Sie (Rechnung von Ihnen bezahlt)",
        "Malerarbeiten Decke EG: 1.230,00 EUR – Zahlung an Sie",
        "Mehrkosten Strom Trocknungsgeräte (pauschal): 160,00 EUR – Zahlung an Sie",
        "Ihre Zahlung gesamt: 8.170,00 EUR auf das bekannte Konto.",
        "Mit freundlichen Grüßen – Malte Sörensen",
    ])
    body = """Sehr geehrter Herr Bernhardt,

die Schlussabrechnung liegt im Anhang (OpenDocument-Format, wie Sie es sich
gewünscht hatten).

Viele Grüße
Malte Sörensen"""
    return mk(A["soerensen"], "Thomas Bernhardt <t.bernhardt@kasselnet.example>", "Schlussabrechnung S-WG-26-01577",
              body, date="2026-04-16 12:12", atts=[(doc, "Schlussabrechnung_S-WG-26-01577.odt", ODT)])


@M(184, "NORMAL", "de", "insurer-to-person",
   "trap: reply to a data-subject access request asking for identity verification; mentions health and bank data categories but discloses nothing about the person")
def _():
    body = """Sehr geehrte Frau Lorenz-Bach,

vielen Dank für Ihre Anfrage nach Art. 15 DSGVO vom 19.01.2026.

Bevor wir Ihnen Auskunft geben, müssen wir sicherstellen, dass die Anfrage
wirklich von Ihnen stammt. Denn die Auskunft kann – je nachdem, ob und wie
Sie mit uns verbunden sind – Gesundheitsdaten, Bankverbindungen oder
Vertragsdaten enthalten, die nicht in falsche Hände geraten dürfen.

Bitte senden Sie uns deshalb eine Kopie Ihres Personalausweises (Vorderseite
genügt; Zugangsnummer und Foto dürfen Sie schwärzen) oder nennen Sie uns eine
Vertragsnummer und Ihre Anschrift. Die Auskunft senden wir Ihnen dann auf
dem Postweg oder über unser SecureMail-Portal – nicht per einfacher E-Mail.

Die Monatsfrist beginnt mit dem Eingang des Nachweises.

Mit freundlichen Grüßen
Marlene Quade
Datenschutzbeauftragte der Versicherer AG"""
    return mk(A["quade"], "Sabine Lorenz-Bach <s.lorenz-bach@webpost.example>", "Ihre Anfrage nach Art. 15 DSGVO",
              body, date="2026-01-21 10:30")


@M(185, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "long-term care: approval of an electric wheelchair and stair lift for the addressee (care level, MS diagnosis) in a multipart mail")
def _():
    text = """Sehr geehrte Frau Sommerfeld,

gute Nachricht: Für Sie übernehmen wir aus Ihrer Pflege-Pflichtversicherung
und dem Pflegezusatz PT 3302 118:

  - Elektrorollstuhl (Hilfsmittelverzeichnis 18.99.04), leihweise über das
    Sanitätshaus Vogelsberg, ohne Eigenanteil
  - Treppenlift als wohnumfeldverbessernde Maßnahme: Zuschuss 4.180 EUR

Grundlage ist die Verordnung Ihrer Neurologin (Multiple Sklerose,
sekundär progredient) und das Gutachten mit Pflegegrad 4.

Der Techniker meldet sich wegen des Aufmaßes.

Mit freundlichen Grüßen
Katharina Nowak
"""
    html = """<html><body style="font-family:Arial;font-size:13px"><p>Sehr geehrte Frau Sommerfeld,</p>
<p>gute Nachricht: F&uuml;r Sie &uuml;bernehmen wir aus Ihrer Pflege-Pflichtversicherung und dem Pflegezusatz PT 3302 118:</p>
<ul><li>Elektrorollstuhl (Hilfsmittelverzeichnis 18.99.04), leihweise &uuml;ber das Sanit&auml;tshaus Vogelsberg, ohne Eigenanteil</li>
<li>Treppenlift als wohnumfeldverbessernde Ma&szlig;nahme: Zuschuss 4.180 EUR</li></ul>
<p>Grundlage ist die Verordnung Ihrer Neurologin (Multiple Sklerose, sekund&auml;r progredient) und das Gutachten mit Pflegegrad 4.</p>
<p>Mit freundlichen Gr&uuml;&szlig;en<br>Katharina Nowak</p></body></html>"""
    return mk(A["nowak"], "Heike Sommerfeld <h.sommerfeld@kasselnet.example>", "Ihr Antrag auf Hilfsmittel",
              text, html=html, date="2026-07-08 14:45")


@M(186, "CONFIDENTIAL", "en", "insurer-to-customer",
   "household claim for an accidentally damaged laptop: claim number, payout and the customer's UK IBAN")
def _():
    body = """Hi Ms Pritchard,

good news on claim S-HR-26-03902 (coffee spilled over the MacBook): our
electronics cover pays the repair quote from the Apple service partner,
EUR 1,129.00, minus your excess of EUR 150.

We'll transfer EUR 979.00 to the UK account you gave us:
GB33 BUKB 2020 1555 5555 55 (Olivia Pritchard).

Transfers to the UK can take up to five working days.

Best regards
Svenja Ahrens
Customer Service | Versicherer AG"""
    return mk(A["ahrens"], "Olivia Pritchard <olivia.pritchard@britmail.example>", "Claim S-HR-26-03902",
              body, date="2026-08-26 09:50")


@M(187, "NORMAL", "en", "newsletter",
   "trap: English broker newsletter on critical illness and disability products with portfolio claim statistics by cause; no individual")
def _():
    html = """<html><body style="font-family:Arial;font-size:14px;max-width:620px">
<h1 style="color:#003a70">Broker Insights &middot; Protection 2026</h1>
<h2>What our disability claims tell us</h2>
<p>In 2025 we paid 412 new disability claims. The causes:</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr style="background:#e6eef6"><th>Cause</th><th>Share</th><th>Avg. age at claim</th></tr>
<tr><td>Mental health (depression, burnout, anxiety)</td><td>36 %</td><td>44</td></tr>
<tr><td>Musculoskeletal (back, joints)</td><td>21 %</td><td>51</td></tr>
<tr><td>Cancer</td><td>17 %</td><td>49</td></tr>
<tr><td>Cardiovascular</td><td>8 %</td><td>54</td></tr>
<tr><td>Other</td><td>18 %</td><td>47</td></tr></table>
<h2>Critical illness: 55 conditions from January</h2>
<p>We add long COVID with proven organ damage and early-stage prostate cancer (partial benefit 25 %).</p>
<p style="font-size:11px;color:#777">For professional intermediaries only. Versicherer AG, Kassel.</p>
</body></html>"""
    return mk("Versicherer Broker Relations <broker-relations@news.versicherer.example>", "broker-list-en@news.versicherer.example",
              "Broker Insights: what disability claims tell us", html=html, date="2026-11-25 07:30", msgid="news",
              headers=[("Precedence", "bulk")])


@M(188, "STRICTLY_CONFIDENTIAL", "de", "internal-system",
   "payment run of health reimbursements: CSV with named insured persons, IBANs, amounts and tariff (personal line)")
def _():
    data = csvb([["Lauf", "VS-Nr", "Empfänger", "IBAN", "Betrag", "Tarif", "Belegart"],
                 ["EXK-KV-2026-1119", "KV 4471 0923-01", "Tobias Brückner", iban_de("52070024", "3319840"), "395,71", "AM-Komfort 300", "Arzt/Heilmittel/Arznei"],
                 ["EXK-KV-2026-1119", "KV 4470 1290-01", "Roswitha Dreyer", iban_de("52050353", "2900871"), "1.480,00", "SK-Basis", "Krankenhaus Wahlleistung"],
                 ["EXK-KV-2026-1119", "KV 4471 3390-03", "Andrea Kessler", iban_de("52060410", "4421880"), "920,00", "AM-Komfort 600", "Psychotherapie"],
                 ["EXK-KV-2026-1119", "ZE 2231 774-02", "Sabine Thielemann", iban_de("50010517", "5523109877"), "1.355,32", "ZE-Plus", "Zahnersatz"]])
    body = """Zahlungslauf EXK-KV-2026-1119 (Krankenversicherung) erstellt.
Positionen: 4 (Auszug Prüfliste), Summe 4.151,03 EUR.

Freigabe durch Leistung KV und Finanzen erforderlich.

-- EXKASSO-Server"""
    return mk("Exkasso-System <exkasso@versicherer.example>", "Freigabe Exkasso <freigabe-exkasso@versicherer.example>",
              "EXK-KV-2026-1119 bereit zur Freigabe", body, date="2026-09-24 07:55", msgid="system",
              headers=[("Auto-Submitted", "auto-generated")],
              atts=[(data, "EXK-KV-2026-1119_pruefliste.csv", CSVT)])


@M(189, "CONFIDENTIAL", "en", "internal",
   "employee's travel expense claim forwarded to finance with her private IBAN for reimbursement")
def _():
    ib = iban_de("52040021", "300771200")
    body = """Hi Friederike,

Priya's expense claim for the London broker visit (3-5 June) is approved:

  Flights FRA-LHR-FRA                 EUR 312.40
  Hotel, 2 nights                     EUR 468.00
  Per diem UK, 3 days                 EUR 156.00
  Taxi / Tube                         EUR  61.80
  Total                               EUR 998.20

She asked for the reimbursement to go to her private account
{ib} rather than with the salary. Receipts are in the expense tool.

Thanks
Henrik""".replace("{ib}", grp(ib))
    return mk(A["vogelsang"], A["baum"], "Expense claim P. Raman - London", body, date="2026-06-12 11:18", msgid="tb")


@M(190, "CONFIDENTIAL", "de", "internal",
   "birthday and anniversary list (XLSX) of employees with full birth dates for the board's greeting cards")
def _():
    rows = [["Name", "Bereich", "Geburtsdatum", "runder Geburtstag", "Dienstjubiläum"],
            ["Heinz Bartels", "Kfz-Schaden", "14.01.1966", "60", "–"],
            ["Gisela Kranz", "Poststelle", "02.02.1961", "65", "40 Jahre (01.04.)"],
            ["Dr. Ines Wohlfahrt", "Leistung KV", "23.02.1976", "50", "–"],
            ["Reinhold Sauer", "IT", "08.03.1986", "40", "–"],
            ["Marion Kaltenbach", "Inkasso", "19.03.1971", "55", "25 Jahre (01.03.)"]]
    body = """Liebe Frau Carstens,

hier wie jedes Quartal die Liste der runden Geburtstage und Jubiläen
Q1/2027 für die Glückwunschkarten des Vorstands. Bitte nicht ins Intranet
stellen – nicht alle möchten, dass ihr Geburtstag bekannt ist.

Viele Grüße
Ulrike Stadelmann"""
    return mk(A["stadelmann"], A["carstens"], "Geburtstage/Jubiläen Q1/2027", body, date="2026-12-09 10:05",
              atts=[(xlsx([("Q1-2027", rows)], creator="Personal"), "Geburtstage_Jubilaeen_Q1-2027.xlsx", XLSX)])


@M(191, "NORMAL", "de", "internal",
   "trap: care-insurance statistics per care level and region for the board (counts, payments), no person")
def _():
    rows = [["Region", "PG 1", "PG 2", "PG 3", "PG 4", "PG 5", "Leistung 2026 (Mio. EUR)"],
            ["Nordhessen", 412, 1130, 944, 512, 198, 14.8], ["Südniedersachsen", 288, 790, 602, 344, 121, 9.7],
            ["Ostwestfalen", 301, 845, 671, 380, 140, 10.6], ["Thüringen West", 155, 420, 339, 190, 77, 5.4],
            ["übrige (zusammengefasst)", 640, 1822, 1410, 801, 302, 23.1]]
    body = """Sehr geehrter Herr Dieckmann,

für die Strategieklausur die Zahl der Leistungsempfänger in der Pflege nach
Pflegegrad und Region (Stichtag 30.09.2026) sowie die Leistungen 2026
hochgerechnet. Pflegegrad 2 und 3 wachsen weiter am stärksten.

Mit freundlichen Grüßen
Felix Brandauer"""
    return mk(A["brandauer"], "Paul Dieckmann <paul.dieckmann@versicherer.example>", "Pflege – Leistungsempfänger nach PG und Region",
              body, date="2026-10-15 18:02",
              atts=[(xlsx([("Pflege 30.09.2026", rows)], creator="Aktuariat"), "Pflege_PG_Region_2026-09.xlsx", XLSX)])


@M(192, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
   "policy loan agreement (DOCX) on the addressee's endowment life policy with surrender value, loan amount and interest")
def _():
    doc = docx([
        ("h", "Policy loan agreement"),
        "Borrower and policyholder: Mr Alan Whitaker, born 21 September 1968, Kunoldstraße 45, 34131 Kassel",
        "Policy: LV 7708 9930 (endowment, sum assured EUR 90,000, maturity 01/12/2033)",
        ("t", [["Item", "Amount"], ["Surrender value on 01/05/2026", "EUR 51,880.20"], ["Maximum loan (90 %)", "EUR 46,692.18"],
               ["Loan requested", "EUR 30,000.00"], ["Interest rate", "4.25 % p.a., payable quarterly"]]),
        "The loan is secured by the policy. On death or maturity, the outstanding loan and interest are deducted from the benefit "
        "before payment to the beneficiary (Mrs Joanne Whitaker).",
        "Signature policyholder: __________________   Date: __________",
    ], author="B. Rauschenbach")
    body = """Dear Mr Whitaker,

as discussed, the loan agreement is attached. Please sign and return it by
post; the money is paid within five working days of receipt.

Kind regards
Benedikt Rauschenbach
Life Claims & Services | Versicherer AG"""
    return mk(A["rauschenbach"], "alan.whitaker@postbox.example", "Your request of 24 April",
              body, date="2026-05-04 16:10", atts=[(doc, "LoanAgreement_LV77089930.docx", DOCX)])


@M(193, "CONFIDENTIAL", "de", "insurer-to-broker",
   "motor quote for a broker's client with birth date, previous insurer, prior claims and licence date")
def _():
    body = """Hallo Herr Pahl,

das Angebot für Ihre Kundin:

  Kundin:        Denise Kowalski, geb. 03.08.2002
  Führerschein:  seit 09/2020 (begleitetes Fahren ab 17)
  Fahrzeug:      VW Polo, Bj. 2018, HSK 0603/ANT
  Vorversicherer Nordlicht Versicherung, SF 3, Kündigung zum 31.12.
  Vorschäden:    1 Haftpflichtschaden 2025 (Auffahrunfall, 2.300 EUR)
                 -> Rückstufung bei uns auf SF 1
  Beitrag:       KH 594,20 EUR + TK (SB 150) 188,40 EUR jährlich

Mit Fahrerschutz (für sie selbst) wären es 24 EUR mehr im Jahr – würde ich
bei einer jungen Fahrerin empfehlen.

Gruß
Henrik Vogelsang"""
    return mk(A["vogelsang"], "Jürgen Pahl <info@vb-pahl.example>", "Angebot Kfz Kowalski",
              body, date="2026-11-26 17:47")


@M(194, "NORMAL", "en", "internal",
   "legal department reminder about the whistleblower reporting channel; no case details")
def _():
    body = """Dear colleagues,

a short reminder: if you become aware of violations of law or of our code
of conduct - fraud, bribery, breaches of data protection - you can report
them via our whistleblower system, also anonymously:

  https://hinweis.versicherer.example (available 24/7)
  or to the ombudsperson, Ms Katrin Eilers (external lawyer)

Reports are handled confidentially by Legal & Compliance. Nobody may suffer
disadvantages for a report made in good faith (Whistleblower Protection Act).

Dr. Konstantin Reiß
Legal & Compliance"""
    return mk(A["reiss"], "alle-mitarbeitenden@versicherer.example", "Reminder: whistleblower channel",
              body, date="2026-07-01 09:00")


@M(195, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
   "group accident claim: reply to the employer about a named employee's accident (finger amputation) and benefits under the group policy")
def _():
    body = """Sehr geehrte Frau Schüttler,

vielen Dank für die Unfallanzeige zu Herrn Dragan Petković (GU 5510). Wir
haben den Schaden unter UN 2026/02017 angelegt.

Nach dem Durchgangsarztbericht hat Herr Petković beim Entladen am 14.09.
das Endglied des rechten Zeigefingers verloren (traumatische Amputation,
S68.1), er wurde in der Handchirurgie des Klinikums versorgt und ist
voraussichtlich sechs Wochen arbeitsunfähig.

Aus der Gruppenunfallversicherung kommen in Betracht:
  - Krankenhaustagegeld 20 EUR/Tag (Aufenthalt 14.–16.09.)
  - Invaliditätsleistung: nach Gliedertaxe Zeigefinger 10 %, bei Verlust
    des Endglieds anteilig; Bemessung frühestens nach 6 Monaten

Bitte geben Sie Herrn Petković die beigefügte Schweigepflichtentbindung,
die er direkt an uns zurückschicken kann.

Mit freundlichen Grüßen
Sevgi Aydın

""" + S["aydin"]
    return mk(A["aydin"], "Karin Schüttler <dispo@hagedorn-logistik.example>", "Unfallanzeige Petković – UN 2026/02017",
              body, date="2026-09-17 13:02")


@M(196, "NORMAL", "de", "internal",
   "trap: deletion/retention schedule (XLSX) listing data categories like health data, bank data, birth date with retention periods; no records")
def _():
    rows = [["Datenkategorie", "Beispiele", "Rechtsgrundlage", "Aufbewahrung", "Löschung"],
            ["Antragsdaten abgelehnter Anträge", "Gesundheitsangaben, Geburtsdatum", "Art. 6 Abs. 1 b / Art. 9 Abs. 2 a", "3 Jahre", "automatisch, Jahresende"],
            ["Leistungsakten KV", "Arztrechnungen, Diagnosen", "§ 257 HGB, § 147 AO", "10 Jahre nach Vertragsende", "Löschlauf LK-10"],
            ["Bankverbindungen", "IBAN, Mandate", "§ 257 HGB", "6 Jahre nach letzter Nutzung", "Löschlauf BK-06"],
            ["Schadenakten Kfz", "Gutachten, Fotos", "§ 195 BGB, § 257 HGB", "10 Jahre nach Abschluss", "Löschlauf SK-10"],
            ["E-Mail-Protokolle Gateway", "Absender, Empfänger, Klassifizierung", "§ 257 HGB", "6 Jahre", "automatisch"]]
    body = """Hallo zusammen,

das aktualisierte Löschkonzept (Anlage 3, Löschfristen) ist freigegeben.
Neu ist die Zeile zu den Gateway-Protokollen. Bitte in euren Systemen
prüfen, ob die Löschläufe die Fristen einhalten; Rückmeldung bis Jahresende.

Marlene"""
    return mk(A["quade"], "Datenschutzkoordinatoren <ds-koordinatoren@versicherer.example>", "Löschkonzept – Anlage 3 aktualisiert",
              body, date="2026-10-05 09:15",
              atts=[(xlsx([("Löschfristen", rows)], creator="Datenschutz"), "Loeschkonzept_Anlage3_Loeschfristen.xlsx", XLSX)])


@M(197, "CONFIDENTIAL", "de", "insurer-to-customer",
   "dog owner's liability: the customer's dog bit a neighbour's dog; vet costs of the other animal paid, claim and policy numbers")
def _():
    body = """Hallo Frau Dehnhardt,

zu dem Vorfall am 27.07. (Ihr Hund Balu hat den Dackel Ihrer Nachbarin,
Frau Riemenschneider, gebissen) haben wir den Schaden aus Ihrer Tierhalter-
haftpflicht TH 4410 338 reguliert:

  Tierarztrechnung (Wundversorgung, Naht, Antibiotikum)   386,50 EUR
  Fahrtkosten Tierklinik                                   24,00 EUR
  an Frau Riemenschneider überwiesen                      410,50 EUR

Schaden-Nr. TH-26-00912. Menschen sind zum Glück nicht verletzt worden.

Viele Grüße
Dennis Pohlmann
Kundenservice"""
    return mk(A["pohlmann"], "Sandra Dehnhardt <s.dehnhardt@mailbox.example>", "Ihr Schaden TH-26-00912",
              body, date="2026-08-12 15:15", charset="iso-8859-1", cte="quoted-printable")


@M(198, "NORMAL", "en", "insurer-to-prospect",
   "trap: travel insurance product sheet (PDF) with medical-emergency benefits and premium table by age; sent to an enquirer, no personal data")
def _():
    att = pdf([
        ("h", "TravelSafe annual travel insurance - overview"),
        ("t", [["Benefit", "Limit"],
               ["Medical treatment abroad (doctor, hospital, medicines)", "unlimited"],
               ["Medical repatriation to Germany", "unlimited, when medically sensible"],
               ["Trip cancellation (illness, accident, job loss)", "up to EUR 5,000 per trip"],
               ["Baggage", "EUR 2,000"],
               ["Rental car excess", "EUR 1,000"]], [110, 60]),
        ("t", [["Age", "Single EUR/year", "Family EUR/year"], ["< 40", "39", "79"], ["40-64", "59", "109"], ["65+", "119", "-"]], [50, 60, 60]),
        "Pre-existing conditions: covered if the condition was stable for the last 6 months before travel.",
    ], title="TravelSafe overview")
    body = """Dear Mr Okoro,

thanks for your enquiry. Attached is an overview of our annual travel
insurance. You can take it out online in five minutes, no health questions.

Kind regards
Dennis Pohlmann
Customer Service | Versicherer AG"""
    return mk(A["pohlmann"], "Emeka Okoro <emeka.okoro@webpost.example>", "Travel insurance - overview",
              body, date="2026-05-15 13:00", atts=[(att, "TravelSafe_overview.pdf", PDF)])


@M(199, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "short acknowledgement whose quoted customer mail contains the hospital stay and diagnosis (gallbladder surgery) for hospital daily benefit")
def _():
    body = """Hallo Herr Lüdtke,

danke, Ihre Unterlagen sind angekommen. Wir melden uns in den nächsten
Tagen mit der Abrechnung.

Viele Grüße
Svenja Ahrens
Kundenservice

Am 02.12.2026 um 22:17 schrieb Klaus Lüdtke <klaus.luedtke@kasselnet.example>:
> Guten Abend,
>
> anbei die Aufenthaltsbescheinigung vom Marienkrankenhaus. Ich war vom
> 16.11. bis 21.11. drin, Gallenblase wurde entfernt (Gallensteine mit
> Entzündung, laparoskopisch). Bitte das Krankenhaustagegeld aus meinem
> Vertrag KT 3390 112 überweisen, 6 Tage à 50 Euro wenn ich richtig rechne.
>
> Mit freundlichem Gruß
> Klaus Lüdtke"""
    return mk(A["ahrens"], "Klaus Lüdtke <klaus.luedtke@kasselnet.example>", "Re: Krankenhaustagegeld",
              body, date="2026-12-03 08:30", msgid="tb", flowed=True)


@M(200, "NORMAL", "de", "internal",
   "Christmas party invitation with calendar file; no personal data")
def _():
    cal = ics(["METHOD:PUBLISH",
               "BEGIN:VEVENT",
               "UID:weihnachtsfeier-2026@versicherer.example",
               "DTSTAMP:20261116T090000Z",
               "DTSTART;TZID=Europe/Berlin:20261211T180000",
               "DTEND;TZID=Europe/Berlin:20261211T235900",
               "SUMMARY:Weihnachtsfeier 2026",
               "LOCATION:Orangerie Kassel",
               "DESCRIPTION:Buffet\\, Band\\, Tombola zugunsten der Kasseler Tafel. Anmeldung im Intranet bis 27.11.",
               "END:VEVENT"])
    body = """Liebe Kolleginnen und Kollegen,

der Vorstand lädt herzlich zur Weihnachtsfeier am Freitag, 11. Dezember, ab
18 Uhr in die Orangerie ein. Es gibt Buffet, Live-Musik und eine Tombola für
die Kasseler Tafel. Bitte meldet euch bis 27.11. im Intranet an.

Den Termin gibt es im Anhang zum Eintragen.

Herzliche Grüße
Wiebke Carstens
im Namen des Vorstands"""
    return mk(A["carstens"], "alle-mitarbeitenden@versicherer.example", "Einladung Weihnachtsfeier 11.12.",
              body, date="2026-11-16 10:00", atts=[(cal, "Weihnachtsfeier_2026.ics", ICS)])


# ==========================================================================
# writing and checking
# ==========================================================================

def build(n):
    global CUR
    CUR = n
    msg = MAILS[n][4]()
    fix_boundaries(msg, n)
    return msg.as_bytes(policy=SMTP)


def fname(n):
    return "%s%04d.eml" % (PREFIX, n)


def label_rows():
    rows = ["file\tlabel\tlang\tkind\treason"]
    for n in sorted(MAILS):
        label, lang, kind, reason, _ = MAILS[n]
        rows.append("\t".join((fname(n), label, lang, kind, reason)))
    return "\n".join(rows) + "\n"


def write_all():
    os.makedirs(MAILDIR, exist_ok=True)
    for f in os.listdir(MAILDIR):
        if f.startswith(PREFIX) and f.endswith(".eml"):
            os.remove(os.path.join(MAILDIR, f))
    for n in sorted(MAILS):
        with open(os.path.join(MAILDIR, fname(n)), "wb") as fh:
            fh.write(build(n))
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="") as fh:
        fh.write(label_rows())
    print("wrote %d mails to %s" % (len(MAILS), MAILDIR))


def _open_attachment(name, ctype, data, stats, where):
    """Open one attachment with its library; returns extracted text (for sanity)."""
    low = (name or "").lower()
    ext = low.rsplit(".", 1)[-1] if "." in low else ""
    if ext == "xlsx" or ctype == XLSX:
        import openpyxl
        wb = openpyxl.load_workbook(io.BytesIO(data))
        cells = [str(c) for ws in wb for row in ws.iter_rows(values_only=True) for c in row if c is not None]
        assert cells, where + ": empty xlsx " + name
        stats["XLSX"] = stats.get("XLSX", 0) + 1
        return " ".join(cells)
    if ext == "docx" or ctype == DOCX:
        import docx as _docx
        d = _docx.Document(io.BytesIO(data))
        txt = "\n".join(p.text for p in d.paragraphs) + "\n".join(
            c.text for t in d.tables for r in t.rows for c in r.cells)
        assert txt.strip(), where + ": empty docx " + name
        stats["DOCX"] = stats.get("DOCX", 0) + 1
        return txt
    if ext in ("ods", "odt") or ctype in (ODS, ODT):
        from odf.opendocument import load
        from odf import teletype
        from odf.text import P
        doc = load(io.BytesIO(data))
        txt = "\n".join(teletype.extractText(p) for p in doc.getElementsByType(P))
        assert txt.strip(), where + ": empty odf " + name
        k = ext.upper() or ("ODS" if ctype == ODS else "ODT")
        stats[k] = stats.get(k, 0) + 1
        return txt
    if ext == "pdf" or ctype == PDF:
        from pypdf import PdfReader
        r = PdfReader(io.BytesIO(data))
        txt = "\n".join(pg.extract_text() or "" for pg in r.pages)
        assert len(txt.strip()) > 20, where + ": no text layer in " + name
        stats["PDF"] = stats.get("PDF", 0) + 1
        return txt
    if ext == "zip" or ctype in (ZIP, "application/x-zip-compressed"):
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None
        stats["ZIP"] = stats.get("ZIP", 0) + 1
        out = []
        for info in z.infolist():
            if info.is_dir():
                continue
            mtype = {"pdf": PDF, "xlsx": XLSX, "docx": DOCX, "csv": CSVT, "ics": ICS, "txt": TXT,
                     "ods": ODS, "odt": ODT, "zip": ZIP, "eml": "message/rfc822"}.get(
                info.filename.lower().rsplit(".", 1)[-1], "application/octet-stream")
            out.append(_open_attachment(info.filename, mtype, z.read(info), stats, where + ":" + info.filename))
        return "\n".join(out)
    if ext == "ics" or ctype == ICS:
        txt = data.decode("utf-8")
        assert txt.startswith("BEGIN:VCALENDAR") and txt.rstrip().endswith("END:VCALENDAR"), where
        assert "BEGIN:VEVENT" in txt, where
        stats["ICS"] = stats.get("ICS", 0) + 1
        return txt
    if ext == "eml" or ctype == "message/rfc822":
        m = message_from_bytes(data, policy=SMTP)
        stats["EML"] = stats.get("EML", 0) + 1
        return _walk_text(m, stats, where + ":eml")
    if ext in ("csv", "txt", "log", "pem", "xml", "json") or ctype.startswith("text/"):
        for enc in ("utf-8", "windows-1252"):
            try:
                txt = data.decode(enc)
                break
            except UnicodeDecodeError:
                continue
        assert txt.strip(), where + ": empty text " + name
        k = "CSV" if ext == "csv" else "TXT"
        stats[k] = stats.get(k, 0) + 1
        return txt
    raise AssertionError("%s: cannot open attachment %s (%s)" % (where, name, ctype))


def _walk_text(msg, stats, where):
    out = []
    for part in msg.walk():
        for d in part.defects:
            raise AssertionError("%s: MIME defect %r" % (where, d))
        ctype = part.get_content_type()
        if part.is_multipart():
            continue
        if ctype == "message/rfc822":
            continue
        fn = part.get_filename()
        disp = part.get_content_disposition()
        if ctype in ("text/plain", "text/html") and not fn and disp != "attachment":
            txt = part.get_content()  # decodes with the declared charset
            assert txt.strip(), where + ": empty text part"
            out.append(txt)
            continue
        if ctype == "text/calendar" and not fn:
            data = part.get_payload(decode=True)
            out.append(_open_attachment("invite.ics", ctype, data, stats, where))
            continue
        data = part.get_payload(decode=True)
        out.append(_open_attachment(fn or "", ctype, data, stats, where))
    return "\n".join(out)


def check():
    ok = True
    assert sorted(MAILS) == list(range(1, 201)), "mail numbers must be 1..200"
    files = sorted(f for f in os.listdir(MAILDIR) if f.endswith(".eml"))
    assert files == [fname(n) for n in range(1, 201)], "mails/ does not hold exactly the 200 files"
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8", newline="") as fh:
        assert fh.read() == label_rows(), "labels.tsv differs from the generator"
    ids = set()
    stats = {}
    counts = {}
    kinds = {}
    traps = 0
    tops = {}
    for n in sorted(MAILS):
        label, lang, kind, reason, _ = MAILS[n]
        where = fname(n)
        with open(os.path.join(MAILDIR, where), "rb") as fh:
            data = fh.read()
        assert data == build(n), where + ": file differs from a fresh build (not deterministic?)"
        assert not re.search(rb"(?<!\r)\n", data), where + ": bare LF"
        assert not re.search(rb"\r(?!\n)", data), where + ": bare CR"
        msg = message_from_bytes(data, policy=SMTP)
        mid = msg["Message-ID"]
        assert mid and mid not in ids, where + ": Message-ID missing or duplicate"
        ids.add(mid)
        dt = msg["Date"].datetime
        assert dt.year == 2026, where + ": date not in 2026"
        assert msg["From"] and msg["To"] and msg["Subject"] is not None, where
        assert "versicherer.example" in str(msg["From"]), where + ": not sent from the insurer"
        # nested messages: walk() descends into message/rfc822 too
        for part in msg.walk():
            if part.get_content_type() == "message/rfc822":
                stats["EML"] = stats.get("EML", 0) + 1
        txt = _walk_text(msg, stats, where)
        assert len(txt) > 30, where
        counts[(label, lang)] = counts.get((label, lang), 0) + 1
        kinds[kind] = kinds.get(kind, 0) + 1
        tops[msg.get_content_type()] = tops.get(msg.get_content_type(), 0) + 1
        if label == "NORMAL" and reason.startswith("trap:"):
            traps += 1
    print("all %d mails parse, all attachments open, labels.tsv matches, builds are byte-identical" % len(MAILS))
    print()
    print("%-24s %5s %5s %6s" % ("label", "de", "en", "total"))
    tde = ten = 0
    for lab in LABELS:
        de, en = counts.get((lab, "de"), 0), counts.get((lab, "en"), 0)
        tde += de
        ten += en
        print("%-24s %5d %5d %6d" % (lab, de, en, de + en))
    print("%-24s %5d %5d %6d" % ("total", tde, ten, tde + ten))
    print()
    print("traps among NORMAL: %d" % traps)
    print("top-level types:", ", ".join("%s %d" % kv for kv in sorted(tops.items(), key=lambda x: -x[1])))
    print("attachments (incl. ZIP members / nested):", ", ".join("%s %d" % kv for kv in sorted(stats.items(), key=lambda x: -x[1])))
    print("kinds:", ", ".join("%s %d" % kv for kv in sorted(kinds.items(), key=lambda x: -x[1])))
    return ok


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        check()
    else:
        write_all()
