#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of the Siegel development corpus dev33 (200 fictitious insurer e-mails).

All persons, companies, numbers and addresses are invented; every domain ends in
.example. The content of every mail (headers, body, quotes, attachments) is written
out below in the MAILS section; the helpers above it only turn it into MIME.

    python make_corpus.py           # writes mails/ and labels.tsv
    python make_corpus.py --check   # rebuilds in memory, compares, parses, opens
    python make_corpus.py --map     # prints key -> file name (used for the README)

Needs: openpyxl python-docx odfpy fpdf2 pypdf
"""
import argparse
import collections
import csv
import datetime
import hashlib
import io
import os
import random
import re
import struct
import sys
import zipfile
import zlib
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime

NN = 33
PREFIX = "d33"
HERE = os.path.dirname(os.path.abspath(__file__))
FIXED = datetime.datetime(2026, 3, 9, 8, 0, 0)
CET = datetime.timezone(datetime.timedelta(hours=1))
ZIPTIME = (2026, 3, 9, 8, 0, 0)

# ---------------------------------------------------------------------------
# fictitious company data
# ---------------------------------------------------------------------------
DOM = "rhoenland-versicherung.example"

FOOTER_DE = (
    "Rhönland Versicherung a.G. · Am Rhönhof 1 · 36037 Fulda\n"
    "Telefon 0661 9420-0 · www.rhoenland-versicherung.example\n"
    "Sitz Fulda · Amtsgericht Fulda HRB 2381\n"
    "Vorstand: Dr. Matthias Grob (Vorsitzender), Elke Wiegand, Torsten Ebert\n"
    "Vorsitzender des Aufsichtsrats: Konrad Eisel"
)
FOOTER_LEBEN = (
    "Rhönland Lebensversicherung AG · Am Rhönhof 1 · 36037 Fulda\n"
    "Sitz Fulda · Amtsgericht Fulda HRB 2417 · Vorstand: Elke Wiegand, Torsten Ebert\n"
    "Ein Unternehmen der Rhönland Versicherungsgruppe"
)
FOOTER_KRANKEN = (
    "Rhönland Krankenversicherung AG · Am Rhönhof 1 · 36037 Fulda\n"
    "Sitz Fulda · Amtsgericht Fulda HRB 2418 · Vorstand: Dr. Matthias Grob, Elke Wiegand\n"
    "Ein Unternehmen der Rhönland Versicherungsgruppe"
)
FOOTER_EN = (
    "Rhönland Versicherung a.G. · Am Rhönhof 1 · 36037 Fulda · Germany\n"
    "Phone +49 661 9420-0 · Registered office Fulda · Local court Fulda HRB 2381\n"
    "Management Board: Dr. Matthias Grob (Chair), Elke Wiegand, Torsten Ebert"
)
DISCLAIMER_DE = (
    "Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der\n"
    "richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie\n"
    "diese Nachricht. Das unerlaubte Kopieren sowie die unbefugte Weitergabe\n"
    "dieser E-Mail sind nicht gestattet."
)

STAFF = {
    # key: (name, function de, function en, department, phone ext, mail local part, footer)
    "kroeger": ("Sabine Kröger", "Kundenservice Privatkunden", "Customer Service", "", "311", "sabine.kroeger", FOOTER_DE),
    "wehner": ("Jonas Wehner", "Kfz-Schaden", "Motor Claims", "", "452", "jonas.wehner", FOOTER_DE),
    "lammers": ("Dr. med. Ute Lammers", "Gesellschaftsärztin", "Chief Medical Officer", "", "720", "ute.lammers", FOOTER_KRANKEN),
    "arslan": ("Mehmet Arslan", "Leistungsabteilung Krankenversicherung", "Health Claims", "", "731", "mehmet.arslan", FOOTER_KRANKEN),
    "vogelsang": ("Petra Vogelsang", "Leistung Leben / Berufsunfähigkeit", "Life & Disability Claims", "", "612", "petra.vogelsang", FOOTER_LEBEN),
    "hain": ("Tobias Hain", "Maklerbetreuung", "Broker Relations", "", "205", "tobias.hain", FOOTER_DE),
    "remmert": ("Claudia Remmert", "Personalabteilung", "Human Resources", "", "105", "claudia.remmert", FOOTER_DE),
    "brandt": ("Felix Brandt", "IT-Service", "IT Service Desk", "", "999", "felix.brandt", FOOTER_DE),
    "seibold": ("Anja Seibold", "Datenschutzbeauftragte", "Data Protection Officer", "", "118", "anja.seibold", FOOTER_DE),
    "oezdemir": ("Katharina Özdemir", "Haftpflicht-Schaden", "Liability Claims", "", "463", "katharina.oezdemir", FOOTER_DE),
    "beckmann": ("Lars Beckmann", "Recht / Regress", "Legal / Recoveries", "", "140", "lars.beckmann", FOOTER_DE),
    "fuchs": ("Marion Fuchs", "Marketing & Kommunikation", "Marketing & Communications", "", "160", "marion.fuchs", FOOTER_DE),
    "stolz": ("Henrik Stolz", "Firmenkunden / betriebliche Altersversorgung", "Corporate Clients / Company Pensions", "", "540", "henrik.stolz", FOOTER_LEBEN),
    "pfeiffer": ("Nadine Pfeiffer", "Reise- und Tierversicherung", "Travel & Pet Insurance", "", "481", "nadine.pfeiffer", FOOTER_DE),
    "kunze": ("Ralf Kunze", "Gebäude- und Hausratschaden", "Property Claims", "", "471", "ralf.kunze", FOOTER_DE),
    "aumann": ("Birgit Aumann", "Beitragsinkasso", "Premium Collection", "", "330", "birgit.aumann", FOOTER_DE),
    "schaefer": ("Yvonne Schäfer", "Pflegeversicherung", "Long-term Care", "", "745", "yvonne.schaefer", FOOTER_KRANKEN),
    "jost": ("Stefan Jost", "Unfallversicherung Leistung", "Accident Claims", "", "650", "stefan.jost", FOOTER_LEBEN),
    "korn": ("Miriam Korn", "Antragsprüfung / Risikoprüfung", "Underwriting", "", "620", "miriam.korn", FOOTER_LEBEN),
    "gerlach": ("Dirk Gerlach", "Aktuariat", "Actuarial Department", "", "180", "dirk.gerlach", FOOTER_DE),
}


def addr(key):
    s = STAFF[key]
    return "%s <%s@%s>" % (s[0].replace("Dr. med. ", ""), s[5], DOM)


def sig(key, lang="de", short=False, disclaimer=False):
    name, fde, fen, _d, ext, local, footer = STAFF[key]
    if lang == "de":
        lines = ["Mit freundlichen Grüßen", "", name, fde, "",
                 "Telefon 0661 9420-%s" % ext, "E-Mail %s@%s" % (local, DOM)]
        if not short:
            lines += ["", footer]
        if disclaimer:
            lines += ["", DISCLAIMER_DE]
    else:
        lines = ["Kind regards", "", name, fen, "",
                 "Phone +49 661 9420-%s" % ext, "E-mail %s@%s" % (local, DOM)]
        if not short:
            lines += ["", FOOTER_EN]
    return "\n".join(lines)


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


def outlook_hdr(frm, sent, to, subject, cc=None, lang="de"):
    if lang == "de":
        h = ["-----Ursprüngliche Nachricht-----", "Von: " + frm, "Gesendet: " + sent, "An: " + to]
        if cc:
            h.append("Cc: " + cc)
        h.append("Betreff: " + subject)
    else:
        h = ["-----Original Message-----", "From: " + frm, "Sent: " + sent, "To: " + to]
        if cc:
            h.append("Cc: " + cc)
        h.append("Subject: " + subject)
    return "\n".join(h)


def html_to_text(html):
    t = re.sub(r"(?is)<(style|head)[^>]*>.*?</\1>", "", html)
    t = re.sub(r"(?i)<br\s*/?>", "\n", t)
    t = re.sub(r"(?i)</(p|div|h[1-6]|li|table)>", "\n", t)
    t = re.sub(r"(?i)<li[^>]*>", "- ", t)
    t = re.sub(r"(?i)</t[dh]>\s*", "\t", t)
    t = re.sub(r"(?i)</tr>", "\n", t)
    t = re.sub(r"<[^>]+>", "", t)
    t = (t.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<")
         .replace("&gt;", ">").replace("&euro;", "€").replace("&quot;", '"'))
    lines = [l.rstrip().rstrip("\t") for l in t.split("\n")]
    out, blank = [], 0
    for l in lines:
        l = l.strip(" ")
        if not l:
            blank += 1
            if blank > 1:
                continue
        else:
            blank = 0
        out.append(l)
    return "\n".join(out).strip() + "\n"


def iban_ok(iban):
    s = iban.replace(" ", "").upper()
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


# ---------------------------------------------------------------------------
# attachment builders (all deterministic)
# ---------------------------------------------------------------------------
class Att:
    def __init__(self, filename, data, maintype, subtype, params=None, kind=None, inner=None):
        self.filename = filename
        self.data = data
        self.maintype = maintype
        self.subtype = subtype
        self.params = params or {}
        self.kind = kind or subtype
        self.inner = inner  # EmailMessage for message/rfc822


_DATE_RE = re.compile(rb"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z?")


def fix_zip(data, fix_dates=True):
    zin = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            b = zin.read(info.filename)
            if fix_dates and (info.filename.endswith("core.xml") or info.filename == "meta.xml"
                              or info.filename.endswith("app.xml")):
                b = _DATE_RE.sub(b"2026-03-09T08:00:00Z", b)
            zi = zipfile.ZipInfo(info.filename, date_time=ZIPTIME)
            zi.compress_type = info.compress_type
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            zout.writestr(zi, b)
    return out.getvalue()


def _latin(s):
    s = s.replace("€", "EUR").replace("–", "-").replace("—", "-").replace("„", '"').replace("“", '"')
    s = s.replace("”", '"').replace("‚", "'").replace("‘", "'").replace("’", "'").replace("…", "...")
    s = s.replace("·", "-").replace("ć", "c").replace("ş", "s").replace("ı", "i").replace("ğ", "g")
    s = s.replace("č", "c").replace("ž", "z").replace("ł", "l")
    return s.encode("latin-1", "replace").decode("latin-1")


def pdf(filename, lines, title=None, author="Rhönland Versicherung a.G.", size=10):
    from fpdf import FPDF
    p = FPDF(format="A4")
    p.set_creation_date(datetime.datetime(2026, 3, 9, 8, 0, 0, tzinfo=datetime.timezone.utc))
    p.set_author(_latin(author))
    if title:
        p.set_title(_latin(title))
    p.set_producer("fpdf2")
    p.set_auto_page_break(True, margin=15)
    p.add_page()
    if title:
        p.set_font("Helvetica", "B", size + 3)
        p.multi_cell(0, 7, _latin(title), new_x="LMARGIN", new_y="NEXT")
        p.ln(3)
    p.set_font("Helvetica", "", size)
    for l in lines:
        if l.startswith("## "):
            p.set_font("Helvetica", "B", size + 1)
            p.multi_cell(0, 6, _latin(l[3:]), new_x="LMARGIN", new_y="NEXT")
            p.set_font("Helvetica", "", size)
        elif l == "":
            p.ln(3)
        else:
            p.multi_cell(0, 5, _latin(l), new_x="LMARGIN", new_y="NEXT")
    return Att(filename, bytes(p.output()), "application", "pdf", kind="pdf")


def docx(filename, paragraphs, table=None, author="Rhönland Versicherung", title=None):
    import docx as _docx
    d = _docx.Document()
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    cp.title = title or ""
    for p in paragraphs:
        if p.startswith("# "):
            d.add_heading(p[2:], level=1)
        elif p.startswith("## "):
            d.add_heading(p[3:], level=2)
        else:
            d.add_paragraph(p)
    if table:
        t = d.add_table(rows=0, cols=len(table[0]))
        for row in table:
            cells = t.add_row().cells
            for i, v in enumerate(row):
                cells[i].text = str(v)
    b = io.BytesIO()
    d.save(b)
    return Att(filename, fix_zip(b.getvalue()), "application",
               "vnd.openxmlformats-officedocument.wordprocessingml.document", kind="docx")


def xlsx(filename, sheets, author="Rhönland Versicherung"):
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        ws.title = name
        first = False
        for r in rows:
            ws.append(list(r))
    b = io.BytesIO()
    wb.save(b)
    return Att(filename, fix_zip(b.getvalue()), "application",
               "vnd.openxmlformats-officedocument.spreadsheetml.sheet", kind="xlsx")


def ods(filename, rows, sheet="Tabelle1"):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableRow, TableCell
    from odf.text import P
    doc = OpenDocumentSpreadsheet()
    t = Table(name=sheet)
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
    return Att(filename, fix_zip(b.getvalue()), "application",
               "vnd.oasis.opendocument.spreadsheet", kind="ods")


def odt(filename, paragraphs):
    from odf.opendocument import OpenDocumentText
    from odf.text import P
    doc = OpenDocumentText()
    for p in paragraphs:
        doc.text.addElement(P(text=p))
    b = io.BytesIO()
    doc.write(b)
    return Att(filename, fix_zip(b.getvalue()), "application",
               "vnd.oasis.opendocument.text", kind="odt")


def csvfile(filename, rows, encoding="utf-8", delimiter=";", mime=("text", "csv"), bom=False):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delimiter, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    data = s.getvalue().encode(encoding)
    if bom:
        data = b"\xef\xbb\xbf" + data
    params = {"charset": encoding} if mime[0] == "text" else {}
    return Att(filename, data, mime[0], mime[1], params=params, kind="csv")


def textfile(filename, text, encoding="utf-8", subtype="plain"):
    data = text.replace("\r\n", "\n").replace("\n", "\r\n").encode(encoding)
    return Att(filename, data, "text", subtype, params={"charset": encoding}, kind="txt")


def ics(filename, summary, start, end, location="", description="", organizer="", attendees=(),
        uid=None, method="REQUEST"):
    def esc(x):
        return x.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")

    def fold(line):
        b = line.encode("utf-8")
        if len(b) <= 74:
            return line
        out, cur = [], ""
        for ch in line:
            if len((cur + ch).encode("utf-8")) > 73:
                out.append(cur)
                cur = " " + ch
            else:
                cur += ch
        out.append(cur)
        return "\r\n".join(out)
    uid = uid or hashlib.sha1((filename + summary).encode()).hexdigest()[:16] + "@" + DOM
    L = ["BEGIN:VCALENDAR", "PRODID:-//Rhoenland Versicherung//Kalender//DE", "VERSION:2.0",
         "METHOD:" + method, "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:20260309T070000Z",
         "DTSTART;TZID=Europe/Berlin:" + start, "DTEND;TZID=Europe/Berlin:" + end,
         "SUMMARY:" + esc(summary)]
    if location:
        L.append("LOCATION:" + esc(location))
    if description:
        L.append("DESCRIPTION:" + esc(description))
    if organizer:
        L.append("ORGANIZER:mailto:" + organizer)
    for a in attendees:
        L.append("ATTENDEE;ROLE=REQ-PARTICIPANT:mailto:" + a)
    L += ["END:VEVENT", "END:VCALENDAR"]
    data = ("\r\n".join(fold(l) for l in L) + "\r\n").encode("utf-8")
    return Att(filename, data, "text", "calendar", params={"charset": "utf-8", "method": method}, kind="ics")


def zipf(filename, members):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for name, att in members:
            data = att.data if isinstance(att, Att) else att
            zi = zipfile.ZipInfo(name, date_time=ZIPTIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 3
            z.writestr(zi, data)
    return Att(filename, out.getvalue(), "application", "zip", kind="zip")


def png(filename, w=320, h=240, seed=1, style="photo"):
    r = random.Random(seed)
    base = [r.randrange(60, 200) for _ in range(3)]
    rows = []
    blobs = [(r.randrange(w), r.randrange(h), r.randrange(20, 90), [r.randrange(256) for _ in range(3)])
             for _ in range(6)]
    for y in range(h):
        row = bytearray([0])
        for x in range(w):
            c = [min(255, max(0, base[i] + (x * (i + 1) - y * (2 - i)) // 8 % 40 - 20)) for i in range(3)]
            for bx, by, br, bc in blobs:
                if (x - bx) ** 2 + (y - by) ** 2 < br * br:
                    c = [(c[i] + bc[i]) // 2 for i in range(3)]
            row += bytes(c)
        rows.append(bytes(row))
    raw = b"".join(rows)

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    data = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))
    return Att(filename, data, "image", "png", kind="png")


# ---------------------------------------------------------------------------
# message building
# ---------------------------------------------------------------------------
MAILS = []


def mail(key, label, lang, kind, reason, frm, to, subject, date, body=None, html=None,
         mode=None, cc=None, charset="utf-8", cte="quoted-printable", atts=(), headers=None,
         irt=None, html_charset=None, html_cte=None, flowed=False, tz=CET):
    assert label in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"), key
    assert lang in ("de", "en"), key
    assert "\t" not in reason and "\n" not in reason, key
    if mode is None:
        mode = "alt" if (html and body) else ("html" if html else "plain")
    if mode == "alt" and body is None:
        body = html_to_text(html)
    MAILS.append(dict(key=key, label=label, lang=lang, kind=kind, reason=reason, frm=frm, to=to,
                      subject=subject, date=date, body=body, html=html, mode=mode, cc=cc,
                      charset=charset, cte=cte, atts=list(atts), headers=headers or {}, irt=irt,
                      html_charset=html_charset or charset, html_cte=html_cte or cte,
                      flowed=flowed, tz=tz))


def _domain(a):
    m = re.search(r"@([A-Za-z0-9.-]+)", a)
    return m.group(1) if m else DOM


def _msgid(key, date, frm):
    h = hashlib.sha1(("dev33/" + key).encode()).hexdigest()[:12].upper()
    return "<%s.%s@%s>" % (date.replace("-", "").replace(" ", "").replace(":", ""), h, _domain(frm))


def _dt(date, tz):
    d = datetime.datetime.strptime(date, "%Y-%m-%d %H:%M")
    return d.replace(tzinfo=tz)


def _set_text(part, text, subtype, charset, cte, flowed=False):
    text = text.replace("\r\n", "\n")
    if charset.lower() in ("iso-8859-1", "latin-1"):
        # what a Latin-1 mail client would send: no typographic dashes/quotes, no euro sign
        for a, b in (("–", "-"), ("—", "-"), ("„", '"'), ("“", '"'), ("”", '"'), ("‘", "'"),
                     ("’", "'"), ("…", "..."), ("€", "EUR")):
            text = text.replace(a, b)
    if not text.endswith("\n"):
        text += "\n"
    params = {"format": "flowed"} if flowed else None
    part.set_content(text, subtype=subtype, charset=charset, cte=cte, params=params)


def build_inner(spec):
    """A forwarded message (message/rfc822) from a dict with frm,to,subject,date,body[,charset,cte,atts]."""
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = spec["frm"]
    m["To"] = spec["to"]
    if spec.get("cc"):
        m["Cc"] = spec["cc"]
    m["Subject"] = spec["subject"]
    m["Date"] = format_datetime(_dt(spec["date"], spec.get("tz", CET)))
    m["Message-ID"] = _msgid("inner/" + spec["subject"] + spec["date"], spec["date"], spec["frm"])
    m["MIME-Version"] = "1.0"
    _set_text(m, spec["body"], "plain", spec.get("charset", "utf-8"), spec.get("cte", "quoted-printable"))
    for a in spec.get("atts", ()):
        _add_att(m, a)
    return m


def fwd(filename, **spec):
    inner = build_inner(spec)
    return Att(filename, None, "message", "rfc822", kind="rfc822", inner=inner)


def _add_att(msg, a):
    if a.maintype == "message":
        msg.add_attachment(a.inner, filename=a.filename, cte="8bit" if _has8(a.inner) else "7bit")
    elif a.maintype == "text":
        msg.add_attachment(a.data, maintype=a.maintype, subtype=a.subtype, filename=a.filename,
                           params=a.params, cte="base64")
    else:
        msg.add_attachment(a.data, maintype=a.maintype, subtype=a.subtype, filename=a.filename)


def _has8(m):
    return any(b > 127 for b in m.as_bytes(policy=policy.SMTP))


def build(m):
    msg = EmailMessage(policy=policy.SMTP)
    msg["From"] = m["frm"]
    msg["To"] = m["to"]
    if m["cc"]:
        msg["Cc"] = m["cc"]
    msg["Subject"] = m["subject"]
    msg["Date"] = format_datetime(_dt(m["date"], m["tz"]))
    msg["Message-ID"] = _msgid(m["key"], m["date"], m["frm"])
    if m["irt"]:
        msg["In-Reply-To"] = m["irt"]
        msg["References"] = m["irt"]
    for k, v in m["headers"].items():
        msg[k] = v
    msg["MIME-Version"] = "1.0"
    if m["mode"] == "plain":
        _set_text(msg, m["body"], "plain", m["charset"], m["cte"], m["flowed"])
    elif m["mode"] == "html":
        _set_text(msg, m["html"], "html", m["html_charset"], m["html_cte"])
    elif m["mode"] == "alt":
        _set_text(msg, m["body"], "plain", m["charset"], m["cte"], m["flowed"])
        msg.add_alternative(m["html"].replace("\r\n", "\n"), subtype="html", charset=m["html_charset"],
                            cte=m["html_cte"])
    else:
        raise ValueError(m["mode"])
    for a in m["atts"]:
        _add_att(msg, a)
    # deterministic boundaries
    i = 0
    roots = {id(msg)}
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            for sub in part.get_payload():
                roots.add(id(sub))
    for part in msg.walk():
        if id(part) not in roots and "MIME-Version" in part:
            del part["MIME-Version"]
        if part.get_content_maintype() == "multipart":
            i += 1
            h = hashlib.sha1(("b/%s/%d" % (m["key"], i)).encode()).hexdigest()[:20]
            part.set_boundary("=_rv33_%d_%s" % (i, h))
    return msg.as_bytes(policy=policy.SMTP)


# ---------------------------------------------------------------------------
# MAILS
# ---------------------------------------------------------------------------
# ===== NORMAL, German =====================================================

mail("n01", "NORMAL", "de", "internal", "canteen menu for the week, nothing personal",
     "Betriebsrestaurant <kantine@rhoenland-versicherung.example>",
     "Alle Mitarbeitenden Fulda <alle-fulda@rhoenland-versicherung.example>",
     "Speiseplan KW 11", "2026-03-09 07:12", cte="8bit", body="""\
Guten Morgen zusammen,

hier der Speiseplan für diese Woche:

Mo  Linsensuppe mit Wiener / vegetarisch: Gemüsecurry
Di  Schweinerückensteak, Rahmsoße, Spätzle / Käsespätzle
Mi  Rhöner Bachforelle, Petersilienkartoffeln / Ofengemüse mit Feta
Do  Hähnchen süß-sauer mit Reis / Tofu süß-sauer
Fr  Fischstäbchen mit Kartoffelsalat / Kartoffelpuffer mit Apfelmus

Am Donnerstag ist die Cafeteria wegen der Betriebsversammlung erst ab 12:30 geöffnet.

Euer Kantinenteam
""")

mail("n02", "NORMAL", "de", "system-to-internal",
     "trap: IT ticket about a scanner that fails on doctors' invoices; no patient, no insured person",
     "IT-Service Desk <it-service@rhoenland-versicherung.example>",
     "Mehmet Arslan <mehmet.arslan@rhoenland-versicherung.example>",
     "[Ticket #INC-2026-03811] Scanstraße 2 – Arztrechnungen werden abgeschnitten",
     "2026-03-09 09:03", body="""\
Hallo Herr Arslan,

Ihr Ticket wurde aufgenommen und dem Team Arbeitsplatz & Druck zugewiesen.

Ticket:      INC-2026-03811
Priorität:   2 (hoch)
Kategorie:   Hardware / Scanner
Beschreibung (von Ihnen):
  "Seit dem Firmware-Update am Freitag schneidet Scanstraße 2 in der
  Poststelle Kranken bei Arztrechnungen und Heil- und Kostenplänen im
  Querformat den rechten Rand ab. Die GOÄ-Ziffern und Beträge fehlen dann
  im Image, die Belege müssen nochmal gescannt werden. Betrifft ca. 200
  Belege pro Tag."

Nächster Schritt: Ein Techniker spielt heute bis 14 Uhr die vorherige
Firmware (4.11.2) zurück. Bitte bis dahin Querformat-Belege an Scanstraße 1
geben.

Sie können auf diese Mail antworten, um dem Ticket Informationen
hinzuzufügen. Bitte keine Belege oder Bilder von Belegen anhängen.

IT-Service Desk · Durchwahl -999
Rhönland Versicherung a.G.
""")

mail("n03", "NORMAL", "de", "newsletter",
     "trap: product newsletter on dental and orthodontic cover for children, no person",
     "Rhönland Versicherung <newsletter@rhoenland-versicherung.example>",
     "newsletter-empfaenger@rhoenland-versicherung.example",
     "Neu: Zahnzusatz RhönDent Kids – jetzt mit Kieferorthopädie bis 18",
     "2026-03-10 10:00", mode="html", html="""\
<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>RhönDent Kids</title>
<style>body{font-family:Arial,sans-serif;color:#222} .box{background:#eef5ea;padding:12px} td{padding:4px 10px}</style>
</head><body>
<h1>Gut beißen, gut lachen: RhönDent Kids</h1>
<p>Liebe Leserinnen und Leser,</p>
<p>fast jedes zweite Kind in Deutschland braucht im Laufe der Schulzeit eine Zahnspange.
Die gesetzliche Krankenkasse zahlt aber nur ab KIG-Stufe 3 – bei leichteren Fehlstellungen
bleiben Eltern oft auf Kosten von 3.000 bis 6.000 Euro sitzen.</p>
<div class="box">
<p><b>Das leistet RhönDent Kids ab 1. April 2026:</b></p>
<table>
<tr><td>Kieferorthopädie KIG 1 und 2</td><td>80 % bis 4.000 €</td></tr>
<tr><td>Mehrkosten bei KIG 3–5 (z.&nbsp;B. Keramikbrackets, Lingualtechnik)</td><td>80 %</td></tr>
<tr><td>Fissurenversiegelung, professionelle Zahnreinigung</td><td>100 %, 2x jährlich</td></tr>
<tr><td>Kunststofffüllungen</td><td>100 %</td></tr>
</table>
<p>Beitrag: 11,90 € im Monat, bis zum 18. Geburtstag. Keine Gesundheitsfragen, wenn der
Vertrag vor dem 6. Geburtstag beginnt.</p>
</div>
<p>Fragen Sie Ihre Beraterin oder Ihren Berater oder rechnen Sie selbst:
<a href="https://www.rhoenland-versicherung.example/zahn-kids">www.rhoenland-versicherung.example/zahn-kids</a></p>
<p>Ihre Rhönland Versicherung</p>
<p style="font-size:11px;color:#666">Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben.
<a href="https://www.rhoenland-versicherung.example/newsletter/abmelden">Abmelden</a><br>
Rhönland Krankenversicherung AG · Am Rhönhof 1 · 36037 Fulda · Amtsgericht Fulda HRB 2418</p>
</body></html>
""")

mail("n04", "NORMAL", "de", "internal",
     "trap: aggregated health claims by ICD chapter in an XLSX, no individuals",
     addr("gerlach"), "Leitungskreis Kranken <lk-kranken@rhoenland-versicherung.example>",
     "Leistungsausgaben KV 2025 nach ICD-Kapitel (Auswertung für die Klausur)",
     "2026-03-09 11:41", cc=addr("lammers"), body="""\
Hallo zusammen,

wie in der letzten Runde besprochen die Auswertung der Leistungsausgaben
Krankheitskosten-Vollversicherung 2025 nach ICD-10-Kapitel der
Hauptdiagnose, inkl. Vorjahresvergleich. Basis: 41.318 Leistungsfälle,
Stand Abrechnungsmonat 01/2026.

Auffällig:
- Kapitel V (psychische Störungen, F00-F99) +14 % ggü. Vorjahr, vor allem
  ambulante Psychotherapie
- Kapitel II (Neubildungen) weiterhin der größte Block im stationären Bereich
- Kapitel XIII (Muskel-Skelett) leicht rückläufig

Zellen mit weniger als 10 Fällen habe ich zusammengefasst, damit man keine
Rückschlüsse auf einzelne Versicherte ziehen kann.

Die Tabelle geht so auch an den Verantwortlichen Aktuar.

Grüße
Dirk

--
Dirk Gerlach · Aktuariat · Durchwahl -180
""", atts=[xlsx("KV_Leistungen_2025_ICD-Kapitel.xlsx", [
    ("Auswertung", [
        ["ICD-Kapitel", "Bezeichnung", "Fälle 2024", "Fälle 2025", "Ausgaben 2024 (EUR)", "Ausgaben 2025 (EUR)", "Veränderung"],
        ["I", "Infektiöse Krankheiten (A00-B99)", 1204, 1187, 812400, 838900, "3,3 %"],
        ["II", "Neubildungen (C00-D48)", 2311, 2398, 14920300, 15877100, "6,4 %"],
        ["IV", "Endokrine Krankheiten (E00-E90)", 2970, 3051, 2210800, 2369400, "7,2 %"],
        ["V", "Psychische Störungen (F00-F99)", 3488, 3902, 6104500, 6958700, "14,0 %"],
        ["IX", "Kreislaufsystem (I00-I99)", 4102, 4177, 9455600, 9614200, "1,7 %"],
        ["XIII", "Muskel-Skelett (M00-M99)", 7714, 7598, 8120900, 7980300, "-1,7 %"],
        ["XIX", "Verletzungen (S00-T98)", 3311, 3290, 5402000, 5511700, "2,0 %"],
        ["übrige", "zusammengefasst", 16102, 15715, 18455200, 19032600, "3,1 %"],
        ["Summe", "", 41212, 41318, 65481700, 68282900, "4,3 %"],
    ]),
    ("Hinweise", [["Quelle: LEIKA-Abzug vom 02.03.2026, Hauptdiagnose je Leistungsfall"],
                  ["Zellen < 10 Fälle in 'übrige' zusammengefasst"]]),
], author="Dirk Gerlach")])

mail("n05", "NORMAL", "de", "internal",
     "trap: job advert for a medical assistant in health claims, full of medical vocabulary, no person",
     addr("remmert"), addr("fuchs"),
     "Stellenanzeige MFA Leistungsprüfung – bitte bis Mittwoch online stellen",
     "2026-03-09 13:20", mode="alt", html="""\
<html><body style="font-family:Calibri,Arial,sans-serif">
<p>Hallo Marion,</p>
<p>anbei der finale Text für die Stellenanzeige, abgestimmt mit Herrn Arslan und dem Betriebsrat.
Bitte auf der Karriereseite und bei den üblichen Portalen veröffentlichen.</p>
<hr>
<h2>Medizinische Fachangestellte (m/w/d) für die Leistungsprüfung Krankenversicherung</h2>
<p><b>Standort:</b> Fulda, Teilzeit oder Vollzeit, unbefristet</p>
<p><b>Ihre Aufgaben</b></p>
<ul>
<li>Prüfung von Arzt-, Zahnarzt- und Krankenhausrechnungen nach GOÄ, GOZ und KHEntgG</li>
<li>Beurteilung von Heil- und Kostenplänen, Hilfsmittelverordnungen und Rezepten</li>
<li>Rückfragen an Praxen und Kliniken, Zusammenarbeit mit unserer Gesellschaftsärztin</li>
</ul>
<p><b>Ihr Profil</b></p>
<ul>
<li>Abgeschlossene Ausbildung als MFA, ZFA oder in der Pflege</li>
<li>Sicherer Umgang mit ICD-10 und medizinischer Terminologie</li>
<li>Verschwiegenheit ist für Sie selbstverständlich</li>
</ul>
<p><b>Wir bieten</b> Gleitzeit ohne Kernzeit, 2 Tage mobiles Arbeiten, JobRad, betriebliche Altersversorgung,
30 Tage Urlaub, Tarifvertrag der privaten Versicherungswirtschaft.</p>
<p>Bewerbung bitte über <a href="https://karriere.rhoenland-versicherung.example">karriere.rhoenland-versicherung.example</a>, Kennziffer 2026-KV-07.</p>
<hr>
<p>Danke dir!<br>Claudia</p>
<p>Claudia Remmert<br>Personalabteilung<br>Telefon 0661 9420-105</p>
</body></html>
""")

mail("n06", "NORMAL", "de", "internal",
     "trap: invitation to data-protection training about health data and consent forms, ICS attached",
     addr("seibold"), "Leistung Kranken <team-leistung-kv@rhoenland-versicherung.example>",
     "Einladung: Pflichtschulung Gesundheitsdaten & Schweigepflichtentbindung (24.03.)",
     "2026-03-10 08:30", body="""\
Liebe Kolleginnen und Kollegen,

die jährliche Pflichtschulung für alle, die mit Gesundheitsdaten arbeiten,
findet dieses Jahr am 24. März von 9:00 bis 11:30 Uhr im Saal Milseburg statt.

Themen:
1. Was sind Gesundheitsdaten nach Art. 9 DSGVO – Beispiele aus dem Alltag
   (Arztrechnung, Rezept, Krankenhausbericht, Pflegegutachten)
2. Schweigepflichtentbindung nach § 213 VVG: wann Einzelermächtigung, wann
   Pauschalerklärung?
3. Versand per E-Mail: wann Portal, wann TLS mit Einwilligung
4. Typische Fehler: falscher Empfänger, Anhang mit Diagnose an den Makler

Die Kalendereinladung hängt an. Wer am 24. nicht kann, bitte bei mir melden,
es gibt einen Nachholtermin im April.

Viele Grüße
Anja Seibold
Datenschutzbeauftragte
Telefon 0661 9420-118
""", atts=[ics("Pflichtschulung_Gesundheitsdaten.ics", "Pflichtschulung Gesundheitsdaten & Schweigepflichtentbindung",
               "20260324T090000", "20260324T113000", location="Saal Milseburg, EG",
               description="Pflichtschulung für alle Mitarbeitenden mit Zugriff auf Gesundheitsdaten. Bitte Laptop mitbringen.",
               organizer="anja.seibold@" + DOM, attendees=["team-leistung-kv@" + DOM])])

mail("n07", "NORMAL", "de", "internal",
     "trap: template for a consent/confidentiality-release letter with placeholders only",
     addr("korn"), addr("seibold"),
     "Vorlage Schweigepflichtentbindung (Einzelermächtigung) – Freigabe?",
     "2026-03-10 09:55", body="""\
Hallo Frau Seibold,

im Anhang die überarbeitete Vorlage für die Einzelermächtigung bei
Rückfragen an behandelnde Ärzte (Risikoprüfung BU/Leben). Änderungen
gegenüber der Fassung 2023:

- Hinweis auf das Widerspruchsrecht nach § 213 Abs. 2 VVG nach vorne gezogen
- Feld für die konkret angefragte Stelle (Arzt/Klinik) statt "alle Ärzte"
- Einfachere Sprache im ersten Absatz

Alle Felder in «» werden vom Textsystem befüllt. Können Sie bis Freitag drüberschauen?

Danke und Gruß
Miriam Korn
Risikoprüfung Leben/BU, Durchwahl -620
""", atts=[docx("Vorlage_Einzelermaechtigung_2026.docx", [
    "# Einwilligung und Schweigepflichtentbindung – Einzelermächtigung",
    "Versicherungsnehmer/in: «Anrede» «Vorname» «Nachname», geboren am «Geburtsdatum»",
    "Antragsnummer: «Antragsnummer»",
    "Zur Prüfung Ihres Antrags möchten wir bei der folgenden Stelle Auskünfte einholen:",
    "«Name der Ärztin / des Arztes / der Klinik», «Anschrift»",
    "Erfragt werden: «Fragegegenstand, z. B. Befunde zu den im Antrag angegebenen Rückenbeschwerden»",
    "Sie können dieser Erhebung widersprechen (§ 213 Abs. 2 VVG). Ohne die Auskunft können wir Ihren Antrag möglicherweise nicht oder nur eingeschränkt annehmen.",
    "Ich entbinde die oben genannte Stelle insoweit von der Schweigepflicht.",
    "Ort, Datum: ______________________   Unterschrift: ______________________",
], author="Miriam Korn", title="Vorlage Einzelermächtigung")])

mail("n08", "NORMAL", "de", "internal",
     "trap: the insurer's own new collection account (company IBAN), no person",
     addr("aumann"), "Alle Mitarbeitenden Fulda <alle-fulda@rhoenland-versicherung.example>",
     "Neue Bankverbindung für Beitragszahlungen ab 1. April",
     "2026-03-10 10:17", charset="iso-8859-1", body="""\
Liebe Kolleginnen und Kollegen,

zum 1. April stellen wir das Beitragskonto um. Bitte verwendet ab sofort in
Schreiben, Rechnungen und Mails an Kunden nur noch diese Bankverbindung:

Kontoinhaber: Rhönland Versicherung a.G.
Bank:         Sparkasse Fulda-Rhön
IBAN:         DE86 5305 0180 6445 5488 47
BIC:          HELADEF1FDS
Verwendungszweck: immer Versicherungsscheinnummer

Das alte Konto bei der Volksbank bleibt bis 30.09. für Eingänge offen,
Lastschriften laufen schon ab dem Lauf am 11.03. über das neue Konto.
Die Textbausteine im Korrespondenzsystem sind bereits angepasst.

Bei Fragen: Birgit Aumann, Beitragsinkasso, -330

Viele Grüße
Birgit
""")

mail("n09", "NORMAL", "de", "system-to-customer",
     "trap: portal notification without content, addressed to a person",
     "Rhönland SecureMail <noreply@portal.rhoenland-versicherung.example>",
     "ingrid.feldmann@t-online.example",
     "Sie haben eine neue Nachricht im Rhönland-Postfach",
     "2026-03-10 11:02", mode="alt", html="""\
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Guten Tag,</p>
<p>in Ihrem persönlichen Rhönland-Postfach liegt eine neue Nachricht für Sie.
Aus Sicherheitsgründen enthält diese E-Mail keine Inhalte.</p>
<p><a href="https://securemail.rhoenland-versicherung.example/login">Jetzt anmelden und Nachricht lesen</a></p>
<p>Die Nachricht bleibt 90 Tage in Ihrem Postfach gespeichert. Danach wird sie automatisch gelöscht.</p>
<p>Bitte antworten Sie nicht auf diese E-Mail. Sie wurde automatisch erstellt.</p>
<p>Ihre Rhönland Versicherung</p>
<p style="font-size:11px;color:#777">Rhönland Versicherung a.G. · Am Rhönhof 1 · 36037 Fulda · Amtsgericht Fulda HRB 2381</p>
</body></html>
""")

mail("n10", "NORMAL", "de", "internal",
     "trap: synthetic test data for the premium calculator with published example IBAN and Mustermann persons",
     addr("brandt"), "Tarifrechner Projekt <projekt-tarifrechner@rhoenland-versicherung.example>",
     "Testdaten Sprint 14 – Tarifrechner Zahn/Unfall",
     "2026-03-10 14:40", body="""\
Moin,

für die Abnahme in Sprint 14 die Testfälle als CSV (UTF-8, Semikolon).
Alles synthetisch, bitte KEINE echten Kundendaten in die Testumgebung
kopieren – letztes Mal mussten wir die T2 deswegen komplett neu aufsetzen.

Die IBAN ist die übliche Beispiel-IBAN aus der Bankendoku, die
Prüfziffernlogik wird damit positiv getestet; Fall 4 ist absichtlich
mit falscher Prüfziffer.

Gruß
Felix
""", atts=[csvfile("testfaelle_sprint14.csv", [
    ["fall", "vorname", "nachname", "geburtsdatum", "plz", "tarif", "iban", "erwartet"],
    ["1", "Max", "Mustermann", "01.01.1980", "36037", "ZAHN-80", "DE02120300000000202051", "Beitrag 23,40"],
    ["2", "Erika", "Mustermann", "12.08.1964", "36037", "ZAHN-80", "DE02120300000000202051", "Beitrag 38,10"],
    ["3", "Testkind", "Mustermann", "01.06.2020", "36037", "UNFALL-KIDS", "DE02120300000000202051", "Beitrag 9,80"],
    ["4", "Max", "Mustermann", "01.01.1980", "36037", "ZAHN-80", "DE03120300000000202051", "Fehler IBAN"],
    ["5", "Erika", "Mustermann", "29.02.1960", "36037", "UNFALL-60PLUS", "", "Hinweis Lastschrift fehlt"],
])])

mail("n11", "NORMAL", "de", "system-to-customer", "out-of-office auto reply",
     addr("kunze"), "hausverwaltung@rhoenblick-immobilien.example",
     "Abwesenheitsnotiz: AW: Sturmschaden Objekt Dalbergstraße",
     "2026-03-10 15:12", charset="us-ascii", cte="7bit",
     headers={"Auto-Submitted": "auto-replied"}, body="""\
Vielen Dank fuer Ihre Nachricht.

Ich bin bis einschliesslich 13.03.2026 nicht im Buero. Ihre E-Mail wird
nicht weitergeleitet. In dringenden Schadenfaellen wenden Sie sich bitte an
schaden@rhoenland-versicherung.example oder an unsere Schadenhotline
0661 9420-400 (rund um die Uhr).

Ralf Kunze
Gebaeude- und Hausratschaden
""")

mail("n12", "NORMAL", "de", "insurer-to-supplier",
     "trap: purchase order for first-aid kits and AED pads for the offices",
     "Einkauf <einkauf@rhoenland-versicherung.example>", "bestellung@medbedarf-hessen.example",
     "Bestellung 2026-0419 Erste-Hilfe-Material", "2026-03-11 08:05",
     charset="windows-1252", body="""\
Sehr geehrte Damen und Herren,

hiermit bestellen wir gemäß Rahmenvertrag RV-2024-17:

Pos  Menge  Artikel                                          Art.-Nr.
1    12     Betriebsverbandkasten DIN 13157                  EH-13157
2    12     Nachfüllset DIN 13157                            EH-13157-N
3     4     Elektroden-Pads Erwachsene für AED Lifepoint 3   AED-LP3-E
4     2     Elektroden-Pads Kinder für AED Lifepoint 3       AED-LP3-K
5     6     Augenspülflasche 500 ml                          AS-500
6     3     Kühlpack-Sortiment, 20 Stück                     KP-20
7    10     Einmalhandschuhe Nitril Gr. L, Box à 100         HS-NL

Lieferadresse: Rhönland Versicherung a.G., Warenannahme Tor 2,
Am Rhönhof 1, 36037 Fulda. Anlieferung Mo–Fr 7–15 Uhr.

Bitte die Rechnung mit Bestellnummer an rechnungseingang@rhoenland-versicherung.example.

Mit freundlichen Grüßen
i. A. Jürgen Hessler
Einkauf / Facility Management
Telefon 0661 9420-190
""")

mail("n13", "NORMAL", "de", "internal",
     "trap: minutes of the benefits committee on psychotherapy cost trends and guideline changes, no cases",
     addr("arslan"), "Leistungsausschuss KV <la-kv@rhoenland-versicherung.example>",
     "Protokoll Leistungsausschuss 05.03.2026", "2026-03-11 09:30", body="""\
Hallo zusammen,

anbei das Protokoll der Sitzung vom 5. März. Einwände bitte bis 18.03.,
danach gilt es als genehmigt.

Gruß
Mehmet Arslan
""", atts=[pdf("Protokoll_LA-KV_2026-03-05.pdf", [
    "Sitzung des Leistungsausschusses Krankenversicherung",
    "Datum: 05.03.2026, 14:00-16:10 Uhr, Raum Wasserkuppe",
    "Teilnehmende: Dr. U. Lammers, M. Arslan, Y. Schäfer, D. Gerlach, A. Seibold (TOP 3)",
    "",
    "## TOP 1 Kostenentwicklung ambulante Psychotherapie",
    "Die Ausgaben sind 2025 um 14 % gestiegen. Ursache sind v. a. längere Therapien "
    "(Langzeittherapie statt Kurzzeittherapie) und höhere Stundensätze nach GOÄ-Steigerung. "
    "Beschluss: Leitfaden für die Prüfung von Folgeanträgen wird bis Mai überarbeitet; "
    "Ablehnungen nur nach Vorlage bei der Gesellschaftsärztin.",
    "## TOP 2 Hilfsmittel: Hörgeräte",
    "Neue Höchstbeträge je Ohr im Tarif KOMFORT ab 2027 diskutiert, Vorschlag Aktuariat folgt.",
    "## TOP 3 Datenschutz im Leistungsfall",
    "Frau Seibold erinnert: Entlassberichte nicht an Makler weiterleiten, auch nicht auf Nachfrage. "
    "Versand an Versicherte nur über das Postfach oder nach Einwilligung.",
    "## TOP 4 Verschiedenes",
    "Nächste Sitzung: 02.04.2026.",
    "",
    "Protokoll: M. Arslan",
], title="Protokoll Leistungsausschuss KV", author="Mehmet Arslan")])

mail("n14", "NORMAL", "de", "insurer-to-broker",
     "trap: broker info on new BU health questions and underwriting guidelines, generic",
     "Rhönland Maklerbetreuung <makler@rhoenland-versicherung.example>",
     "maklerinfo-verteiler@rhoenland-versicherung.example",
     "Maklerinfo 03/2026: Vereinfachte Gesundheitsfragen in der BU", "2026-03-11 10:00",
     mode="alt", html="""\
<html><body style="font-family:Arial,sans-serif">
<h2>Maklerinfo 03/2026</h2>
<p>Sehr geehrte Vertriebspartnerinnen und Vertriebspartner,</p>
<p>ab dem 1. April gelten für die Berufsunfähigkeitsversicherung RhönBU neue, kürzere Gesundheitsfragen.
Die Abfragezeiträume sinken, einige Beschwerden fragen wir gar nicht mehr ab:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Frage</th><th>bisher</th><th>neu</th></tr>
<tr><td>Ambulante Behandlungen</td><td>5 Jahre</td><td>3 Jahre</td></tr>
<tr><td>Stationäre Aufenthalte</td><td>10 Jahre</td><td>5 Jahre</td></tr>
<tr><td>Psychotherapie</td><td>10 Jahre</td><td>5 Jahre, einmalige Beratung ohne Diagnose nicht anzeigepflichtig</td></tr>
<tr><td>Heuschnupfen, Kurzsichtigkeit bis -6 dpt</td><td>abgefragt</td><td>nicht mehr abgefragt</td></tr>
<tr><td>Rückenbeschwerden ohne Behandlung &gt; 6 Wochen</td><td>abgefragt</td><td>nicht mehr abgefragt</td></tr>
</table>
<p>Risikovoranfragen stellen Sie bitte weiterhin anonym über das Maklerportal
(Alter, Beruf, Diagnose, Behandlungszeitraum – ohne Namen). Die Antwort erhalten Sie in der Regel binnen zwei Arbeitstagen.</p>
<p>Ihre Maklerbetreuung<br>Tobias Hain und Team · Telefon 0661 9420-205</p>
<p style="font-size:11px">Rhönland Lebensversicherung AG · Sitz Fulda · Amtsgericht Fulda HRB 2417</p>
</body></html>
""")

mail("n15", "NORMAL", "de", "internal",
     "trap: wildlife collision statistics per district as CSV (windows-1252), aggregated",
     addr("wehner"), addr("fuchs"),
     "Wildunfälle 2025 – Zahlen für die Pressemitteilung", "2026-03-11 11:15", body="""\
Hi Marion,

hier wie gewünscht die Wildunfälle 2025 aus dem Kfz-Bestand nach
Landkreis. Die CSV ist aus dem Data Warehouse (Excel-Format, also
Windows-Zeichensatz). Schadendurchschnitt ist der Teilkasko-Aufwand je Fall.

Kernaussage für die PM: Wildunfälle +9 %, Spitze wieder im Oktober/November
zwischen 6 und 8 Uhr, Durchschnittsschaden knapp 3.900 Euro.

Jonas
""", atts=[csvfile("wildunfaelle_2025_landkreise.csv", [
    ["Landkreis", "Anzahl Wildunfälle", "davon Reh", "davon Wildschwein", "Ø Schaden EUR", "Veränderung zum Vorjahr"],
    ["Fulda", "1.284", "941", "212", "3.812", "+8 %"],
    ["Vogelsbergkreis", "1.102", "788", "247", "3.955", "+11 %"],
    ["Main-Kinzig-Kreis", "917", "640", "201", "3.870", "+6 %"],
    ["Hersfeld-Rotenburg", "698", "512", "130", "3.904", "+12 %"],
    ["Rhön-Grabfeld (BY)", "401", "298", "77", "4.021", "+7 %"],
    ["Summe", "4.402", "3.179", "867", "3.893", "+9 %"],
], encoding="windows-1252", mime=("application", "vnd.ms-excel"))])

mail("n16", "NORMAL", "de", "internal", "room booking change, nothing sensitive",
     addr("hain"), addr("stolz"), "Raum für Donnerstag", "2026-03-11 11:48", cte="8bit", body="""\
Henrik, der Kreuzberg ist am Do doch belegt (Vorstand). Ich hab uns in den
Raum Ebersberg umgebucht, gleiche Zeit 10–11. Beamer ist da.

Tobias
""")

mail("n17", "NORMAL", "de", "insurer-to-partner",
     "trap: aggregated long-term care statistics for the industry association as ODS",
     addr("schaefer"), "statistik@pkv-verband-hessen.example",
     "Meldung Pflegestatistik 2025 – Rhönland Krankenversicherung AG", "2026-03-11 13:02", body="""\
Sehr geehrte Damen und Herren,

anbei unsere Meldung zur Pflegestatistik 2025 (Pflegepflichtversicherung
und Pflegezusatz) im vorgegebenen Tabellenformat. Es handelt sich um
Bestandszahlen je Pflegegrad und Altersband zum Stichtag 31.12.2025.

Für Rückfragen stehe ich gern zur Verfügung.

Mit freundlichen Grüßen

Yvonne Schäfer
Pflegeversicherung
Telefon 0661 9420-745

Rhönland Krankenversicherung AG · Am Rhönhof 1 · 36037 Fulda
Sitz Fulda · Amtsgericht Fulda HRB 2418
""", atts=[ods("Pflegestatistik_2025_Rhoenland.ods", [
    ["Altersband", "PG 1", "PG 2", "PG 3", "PG 4", "PG 5", "Summe"],
    ["unter 20", 12, 31, 18, 9, 6, 76],
    ["20-59", 88, 204, 131, 57, 29, 509],
    ["60-74", 301, 522, 310, 128, 47, 1308],
    ["75-84", 612, 1044, 702, 311, 118, 2787],
    ["85 und älter", 540, 1187, 1036, 602, 287, 3652],
    ["Summe", 1553, 2988, 2197, 1107, 487, 8332],
], sheet="Meldung 2025")])

mail("n18", "NORMAL", "de", "internal",
     "trap: draft press release on care premiums, quoted reply, no persons",
     addr("fuchs"), addr("schaefer"),
     "AW: Entwurf PM Pflegezusatz", "2026-03-11 14:26", body="""\
Hallo Yvonne,

danke, ich hab deine Zahlen übernommen und den Satz mit "Pflegegrad 2"
etwas einfacher formuliert. Geht heute Abend noch an den Vorstand.

Marion

""" + outlook_hdr("Schäfer, Yvonne", "Mittwoch, 11. März 2026 12:10", "Fuchs, Marion", "Entwurf PM Pflegezusatz") + """

Hallo Marion,

kleine Korrekturen zum Entwurf:

> Rhönland senkt zum 1. Juli die Beiträge im Pflegetagegeld RhönPflege
> um durchschnittlich 4 Prozent.

Bitte "für rund 18.000 Versicherte" ergänzen, und im zweiten Absatz:
Pflegegrad 2 bedeutet "erhebliche Beeinträchtigung der Selbstständigkeit",
nicht "leichte Pflegebedürftigkeit". Das Pflegetagegeld in PG 2 beträgt
im Tarif RhönPflege 30 % des vereinbarten Satzes, nicht 25 %.

Gruß
Yvonne
""")

mail("n19", "NORMAL", "de", "insurer-to-prospect",
     "trap: named prospect gets only generic bicycle insurance prices, no contract, no personal data",
     addr("kroeger"), "Florian Tessmann <f.tessmann@posteo.example>",
     "AW: Anfrage E-Bike-Versicherung", "2026-03-11 15:05", body="""\
Sehr geehrter Herr Tessmann,

vielen Dank für Ihr Interesse an unserer Fahrradversicherung. Gern die
Eckdaten für E-Bikes und Pedelecs bis 25 km/h:

- Versichert: Diebstahl (auch Teilediebstahl), Vandalismus, Sturz- und
  Unfallschäden, Akku- und Elektronikschäden, Verschleiß ab dem 2. Jahr
- Neuwertersatz in den ersten 3 Jahren
- Beitrag bei einem Kaufpreis bis 4.000 Euro: 12,50 Euro monatlich,
  bis 6.000 Euro: 16,90 Euro monatlich, ohne Selbstbeteiligung
- Voraussetzung: Rad nicht älter als 12 Monate, Kaufbeleg vorhanden

Den Antrag können Sie online stellen oder ich schicke Ihnen die Unterlagen
per Post – wie es Ihnen lieber ist.

""" + sig("kroeger"))

mail("n20", "NORMAL", "de", "internal",
     "trap: IT security warning about phishing mails disguised as doctor's invoices",
     "IT-Sicherheit <it-sicherheit@rhoenland-versicherung.example>",
     "Alle Mitarbeitenden <alle@rhoenland-versicherung.example>",
     "Warnung: Phishing-Welle mit angeblichen Arztrechnungen", "2026-03-11 16:40",
     mode="alt", html="""\
<html><body style="font-family:Segoe UI,Arial,sans-serif">
<p><b style="color:#b00">Achtung – aktuelle Phishing-Welle</b></p>
<p>Seit heute Mittag erreichen uns Mails mit Betreff wie <i>„Ihre Arztrechnung März – Zahlungserinnerung“</i>
oder <i>„Befundbericht Radiologie – bitte prüfen“</i>. Anhang ist jeweils eine ZIP-Datei oder ein Link
auf eine angebliche Patientenakte.</p>
<p>Erkennungsmerkmale:</p>
<ul>
<li>Absender aus unbekannten Domains, oft mit Tippfehlern in Praxisnamen</li>
<li>Dringlichkeit („innerhalb von 24 Stunden“, „Inkasso“)</li>
<li>Anhang <code>Rechnung_GOAE_xxxx.zip</code> oder <code>.html</code></li>
</ul>
<p>Echte Arztrechnungen und Berichte kommen bei uns über die Poststelle oder das Kundenportal,
nicht als ZIP per Mail an persönliche Postfächer. <b>Bitte nichts öffnen</b>, sondern über den
Button „Phishing melden“ in Outlook weiterleiten.</p>
<p>Euer Team IT-Sicherheit<br>Durchwahl -999</p>
</body></html>
""")

mail("n21", "NORMAL", "de", "internal",
     "trap: anonymised training case (age and occupation only) about disc prolapse and BU claim",
     addr("vogelsang"), "Neue Kolleginnen BU <onboarding-bu@rhoenland-versicherung.example>",
     "Übungsfall für Donnerstag", "2026-03-12 08:20", body="""\
Hallo ihr drei,

für unsere Übungsrunde am Donnerstag bitte folgenden Fall vorbereiten. Der
Fall ist aus mehreren echten Fällen zusammengesetzt und verfremdet, Namen
gibt es nicht.

Sachverhalt: Versicherter, 52 Jahre, Fliesenleger, selbstständig mit zwei
Angestellten. Meldet Berufsunfähigkeit wegen Bandscheibenvorfall L4/L5
(M51.1), operiert vor 8 Monaten, seither Schmerzen beim Knien und Heben.
Der Betrieb läuft weiter, er selbst arbeitet "nur noch im Büro".

Fragen:
1. Welche Unterlagen fordern wir an?
2. Wie prüfen wir die Umorganisation bei Selbstständigen?
3. Wann ist ein Gutachten sinnvoll, und wer wählt den Gutachter aus?
4. Welche Rolle spielt der zuletzt ausgeübte Beruf "in gesunden Tagen"?

Bringt eure Antworten stichpunktartig mit, wir besprechen das gemeinsam.

Petra
""")

mail("n22", "NORMAL", "de", "company-to-insurer",
     "trap: invoice from a shredding company for medical files, company bank account only",
     "Buchhaltung Aktenwolf <rechnung@aktenwolf-entsorgung.example>",
     "rechnungseingang@rhoenland-versicherung.example",
     "Rechnung 2026-1187 – Vernichtung Schutzklasse 3", "2026-03-12 09:01", body="""\
Sehr geehrte Damen und Herren,

anbei erhalten Sie unsere Rechnung für die datenschutzgerechte Vernichtung
vom 27.02.2026 (Sicherheitsstufe P-4, Schutzklasse 3).

Mit freundlichen Grüßen
Ihr Team der Aktenwolf Entsorgung GmbH
""", atts=[pdf("Rechnung_2026-1187.pdf", [
    "Aktenwolf Entsorgung GmbH - Industriestraße 22 - 36043 Fulda",
    "",
    "Rhönland Versicherung a.G., Einkauf, Am Rhönhof 1, 36037 Fulda",
    "",
    "## Rechnung Nr. 2026-1187 vom 02.03.2026",
    "Kundennummer 40318 - Leistungsdatum 27.02.2026",
    "",
    "Pos. 1  Abholung Sicherheitsbehälter 240 l, 14 Stück       14 x 18,00 = 252,00 EUR",
    "Pos. 2  Vernichtung Akten Leistungsabteilung Kranken (Arztberichte, Rechnungsbelege),",
    "        Sicherheitsstufe P-4, 1.260 kg                    1.260 x 0,21 = 264,60 EUR",
    "Pos. 3  Vernichtungsprotokoll nach DIN 66399                              0,00 EUR",
    "",
    "Nettobetrag 516,60 EUR - USt. 19 % 98,15 EUR - Rechnungsbetrag 614,75 EUR",
    "",
    "Zahlbar innerhalb 14 Tagen ohne Abzug auf unser Konto:",
    "Aktenwolf Entsorgung GmbH - Sparkasse Fulda-Rhön",
    "IBAN DE61 5123 0800 0118 0921 72",
    "",
    "Amtsgericht Fulda HRB 6120 - Geschäftsführer: Holger Wolf - USt-IdNr. DE 298765431",
], title="Rechnung", author="Aktenwolf Entsorgung GmbH")])

mail("n23", "NORMAL", "de", "internal",
     "trap: colleague's birthday cake announcement, no date of birth or year",
     "Nina Ruppert <nina.ruppert@rhoenland-versicherung.example>",
     "Team Kundenservice <team-ks@rhoenland-versicherung.example>",
     "Kuchen! 🎂", "2026-03-12 09:44", cte="8bit", body="""\
Ihr Lieben,

Sabine hat heute Geburtstag 🎉 – in der Teeküche 2. OG steht
Käsekuchen und ein Blech Streuselkuchen. Bedient euch ab 10!

Nina
""")

mail("n24", "NORMAL", "de", "newsletter",
     "trap: travel health newsletter before Easter (illness abroad, medication), no person",
     "Rhönland Versicherung <newsletter@rhoenland-versicherung.example>",
     "newsletter-empfaenger@rhoenland-versicherung.example",
     "Osterferien: So sind Sie im Ausland gut versichert", "2026-03-12 10:00", mode="html",
     html_cte="base64", html="""\
<html><head><meta charset="utf-8"></head><body style="font-family:Georgia,serif;max-width:640px">
<h1>Krank im Urlaub? Das sollten Sie wissen</h1>
<p>Die gesetzliche Krankenversicherung zahlt im Ausland oft nur einen Teil – und den Rücktransport
nach Hause gar nicht. Mit der Auslandsreise-Krankenversicherung RhönReise sind Sie für 14,50 € im Jahr
(Familie: 29 €) auf der sicheren Seite.</p>
<h2>Fünf Tipps für die Reiseapotheke</h2>
<ol>
<li>Dauermedikamente in ausreichender Menge und im Handgepäck mitnehmen</li>
<li>Für Insulin, Spritzen und starke Schmerzmittel eine ärztliche Bescheinigung (mehrsprachig) einpacken</li>
<li>Mittel gegen Durchfall, Fieber und Sonnenbrand nicht vergessen</li>
<li>Impfungen rechtzeitig prüfen – manche brauchen mehrere Wochen Vorlauf</li>
<li>Unsere 24h-Notrufnummer ins Handy speichern: +49 661 9420-444</li>
</ol>
<p>Im Notfall organisieren wir den Krankenrücktransport und übernehmen die Kosten, wenn er medizinisch
sinnvoll ist.</p>
<p><a href="https://www.rhoenland-versicherung.example/reise">Mehr erfahren</a></p>
<p style="font-size:11px;color:#777">Rhönland Versicherung a.G. · Am Rhönhof 1 · 36037 Fulda ·
<a href="https://www.rhoenland-versicherung.example/newsletter/abmelden">Newsletter abbestellen</a></p>
</body></html>
""")

mail("n25", "NORMAL", "de", "internal",
     "trap: ICD-10-GM 2026 update note for claims IT with codes, no person",
     addr("lammers"), "Leistung Kranken <team-leistung-kv@rhoenland-versicherung.example>",
     "ICD-10-GM 2026 – was sich für uns ändert", "2026-03-12 11:20", body="""\
Liebe Kolleginnen und Kollegen,

die Umstellung des Leistungssystems auf ICD-10-GM 2026 ist am Wochenende
erfolgt. Für die tägliche Arbeit wichtig:

* U-Schlüssel: Die Sekundärschlüssel U07.1 / U07.2 bleiben, neue
  Kodes für Post-COVID-Zustand (U09.9!) sind sauber zu übernehmen.
* F-Kapitel: Präzisierungen bei Essstörungen (F50.-) mit neuen
  fünften Stellen – Altbelege mit vierstelligem Kode bitte nicht
  zurückweisen.
* M-Kapitel: Bei Rückenschmerzen (M54.-) ist die Lokalisation jetzt
  Pflicht; unspezifisches M54.9 wirft im Prüfmodul eine Warnung, keine
  Ablehnung.
* Zusatzkennzeichen G/V/Z/A sind im Feld "Diagnosesicherheit" zu
  erfassen, nicht im Freitext.

Bei unklaren Fällen bitte weiter wie gewohnt an mich.

Viele Grüße
Dr. Ute Lammers
Gesellschaftsärztin, Rhönland Krankenversicherung AG
Telefon 0661 9420-720
""")

mail("n26", "NORMAL", "de", "authority-to-insurer",
     "trap: tax office letter about the insurer's own insurance-tax filing, company tax number only",
     "Finanzamt Fulda – Versicherungsteuer <poststelle@finanzamt-fulda.example>",
     "steuern@rhoenland-versicherung.example",
     "Versicherungsteuer-Anmeldung Februar 2026 – St.-Nr. 018 250 51902", "2026-03-12 11:55",
     charset="iso-8859-1", body="""\
Finanzamt Fulda
Versicherungsteuerstelle

An die
Rhönland Versicherung a.G.
Abteilung Steuern

Steuernummer: 018 250 51902
Anmeldungszeitraum: Februar 2026

Sehr geehrte Damen und Herren,

Ihre Versicherungsteuer-Anmeldung für Februar 2026 ist am 10.03.2026 über
ELSTER eingegangen. Die angemeldete Steuer von 1.482.316,40 EUR weicht um
mehr als 20 % vom Vormonat ab. Wir bitten um kurze Erläuterung, ob dies auf
die Jahreshauptfälligkeit in der Kfz-Versicherung zurückzuführen ist.

Eine formlose Antwort an diese Adresse genügt. Bitte geben Sie die
Steuernummer an.

Mit freundlichen Grüßen
Im Auftrag
Reinholz
Finanzamt Fulda, Königstraße 9, 36037 Fulda

Hinweis: Diese E-Mail ist nicht verschlüsselt. Bitte senden Sie uns keine
personenbezogenen Daten Dritter auf diesem Weg.
""")

mail("n27", "NORMAL", "de", "authority-to-insurer",
     "trap: pension insurance (Rentenversicherung) invitation to an employer info event, generic",
     "Deutsche Rentenversicherung Hessen – Firmenservice <firmenservice@drv-hessen.example>",
     addr("remmert"), "Einladung: Firmenservice-Forum Betriebliches Gesundheitsmanagement",
     "2026-03-12 13:10", mode="alt", html="""\
<html><body style="font-family:Arial,sans-serif">
<p>Sehr geehrte Damen und Herren,</p>
<p>der Firmenservice der Deutschen Rentenversicherung Hessen lädt Personalverantwortliche zum
<b>Forum „Gesund bleiben im Betrieb“</b> ein:</p>
<table cellpadding="3">
<tr><td><b>Wann:</b></td><td>Mittwoch, 22. April 2026, 13:00–16:30 Uhr</td></tr>
<tr><td><b>Wo:</b></td><td>IHK Fulda, Heinrichstraße 8</td></tr>
<tr><td><b>Themen:</b></td><td>Betriebliches Eingliederungsmanagement (BEM), Präventionsleistungen RV Fit,
medizinische Rehabilitation ohne lange Wartezeit, Firmenangebote zur Rückenschule</td></tr>
</table>
<p>Die Teilnahme ist kostenfrei. Anmeldung bis 10. April unter
<a href="https://www.drv-hessen.example/forum">www.drv-hessen.example/forum</a>.</p>
<p>Mit freundlichen Grüßen<br>Ihr Firmenservice der Deutschen Rentenversicherung Hessen</p>
</body></html>
""")

mail("n28", "NORMAL", "de", "authority-to-insurer",
     "trap: Berufsgenossenschaft circular about the revised accident report form (blank form attached)",
     "BG Handel und Logistik – Bezirksverwaltung <rundschreiben@bg-handel-logistik.example>",
     "unfall-leistung@rhoenland-versicherung.example",
     "Rundschreiben 04/2026: Neue Unfallanzeige ab 1. Juli", "2026-03-12 14:00", body="""\
Sehr geehrte Damen und Herren,

zum 1. Juli 2026 wird das Formular der Unfallanzeige (§ 193 SGB VII)
angepasst. Neu sind unter anderem das Feld für die Art der Verletzung als
Auswahlliste (z. B. Prellung, Fraktur, Verbrennung) und die Angabe, ob ein
Durchgangsarzt aufgesucht wurde.

Als private Unfallversicherer, die mit uns Daten nach Einwilligung der
Versicherten austauschen, erhalten Sie das Leerformular zur Information.

Mit freundlichen Grüßen
Ihre Bezirksverwaltung
""", atts=[pdf("Unfallanzeige_Muster_2026.pdf", [
    "UNFALLANZEIGE (Muster, gültig ab 01.07.2026) - LEERFORMULAR",
    "",
    "1 Name und Anschrift des Unternehmens: ______________________________",
    "2 Unternehmensnummer des Unfallversicherungsträgers: ______________",
    "3 Name, Vorname der versicherten Person: __________________________",
    "4 Geburtsdatum: __.__.____    5 Geschlecht: [ ] m [ ] w [ ] d",
    "6 Anschrift: _____________________________________________________",
    "7 Unfallzeitpunkt: __.__.____ __:__ Uhr",
    "8 Art der Verletzung: [ ] Prellung [ ] Fraktur [ ] Verbrennung [ ] Schnittwunde [ ] sonstige",
    "9 Verletzte Körperteile: _________________________________________",
    "10 Wurde ein Durchgangsarzt aufgesucht? [ ] ja [ ] nein  Name: ________",
    "11 Hat die versicherte Person die Arbeit eingestellt? [ ] ja [ ] nein",
    "12 Ausführliche Schilderung des Unfallhergangs: ____________________",
], title="Unfallanzeige - Muster", author="BG Handel und Logistik")])

mail("n29", "NORMAL", "de", "broker-to-insurer",
     "broker firm (GmbH) asks about the monthly commission statement, no customer data",
     "Heiko Brandes <h.brandes@finanzkontor-vogelsberg.example>",
     "makler@rhoenland-versicherung.example",
     "Courtageabrechnung Februar fehlt", "2026-03-12 14:32", body="""\
Hallo Herr Hain,

bei uns ist die Courtageabrechnung für Februar noch nicht im
Maklerpostfach angekommen, sonst kam die immer bis zum 8. Ist da bei
Ihnen was hängen geblieben? Unser MVP zieht die Dokumente jeden Morgen
per Schnittstelle, der Abruf läuft ohne Fehler, es ist einfach nichts da.

Danke und viele Grüße
Heiko Brandes

Finanzkontor Vogelsberg GmbH
Versicherungsmakler nach § 34d Abs. 1 GewO
Marktplatz 7 · 36341 Lauterbach
Tel. 06641 91 22 30
Amtsgericht Gießen HRB 7712 · GF: Heiko Brandes, Sonja Merz
""")

mail("n30", "NORMAL", "de", "internal",
     "trap: blank accident claim form for training, field labels for injuries and doctor",
     addr("jost"), "Azubis 2025 <azubis-2025@rhoenland-versicherung.example>",
     "Unterlagen Azubi-Tag Unfallversicherung", "2026-03-12 15:18", body="""\
Hallo zusammen,

für den Azubi-Tag am Montag hier die leere Unfallschadenanzeige, die wir
durchgehen. Bitte ausgedruckt mitbringen. Wir füllen sie gemeinsam mit
einem ausgedachten Fall aus.

Bis Montag
Stefan Jost
""", atts=[pdf("Unfallschadenanzeige_leer.pdf", [
    "Rhönland Lebensversicherung AG - Unfallversicherung",
    "UNFALLSCHADENANZEIGE",
    "",
    "Versicherungsschein-Nr.: ______________   Verletzte Person: ____________________",
    "Unfalltag / Uhrzeit: ____________   Unfallort: _____________________________",
    "Wie ist der Unfall passiert? _____________________________________________",
    "Welche Verletzungen wurden festgestellt? __________________________________",
    "Erstbehandelnder Arzt / Krankenhaus (Name, Anschrift): ______________________",
    "Stationäre Behandlung von ______ bis ______",
    "Arbeitsunfähig von ______ bis ______",
    "Bestanden vor dem Unfall Krankheiten oder Gebrechen? [ ] nein [ ] ja, welche: ______",
    "Waren Alkohol, Medikamente oder Drogen im Spiel? [ ] nein [ ] ja",
    "",
    "Ich entbinde die behandelnden Ärzte von der Schweigepflicht (siehe Beiblatt).",
    "Datum, Unterschrift: ____________________",
], title="Unfallschadenanzeige (Leerformular)", author="Stefan Jost")])

mail("n31", "NORMAL", "de", "internal",
     "trap: water damage in the insurer's own archive room, facility notice, no persons",
     "Facility Management <facility@rhoenland-versicherung.example>",
     "Alle Mitarbeitenden Fulda <alle-fulda@rhoenland-versicherung.example>",
     "Wasserschaden Archiv UG – Zugang gesperrt", "2026-03-12 16:05", cte="8bit", body="""\
Liebe Kolleginnen und Kollegen,

heute Nachmittag ist im Untergeschoss eine Steigleitung undicht geworden.
Betroffen ist das Archiv Raum U.14 (Altakten Sach bis 2015). Die
Trocknungsfirma ist vor Ort, die Kartons werden in Raum U.09 umgelagert.

Bitte bis auf Weiteres das Archiv UG nicht betreten. Wer dringend eine
Akte braucht, meldet sich bitte bei Herrn Hessler (-190).

Unser eigener Gebäudeversicherer ist informiert. Ironie des Schicksals,
wir wissen es.

Facility Management
""")

mail("n32", "NORMAL", "de", "insurer-to-broker",
     "trap: generic no-claims class table for brokers (HTML table with percentages)",
     addr("hain"), "Assekuranz Kontor Wetterau <info@ak-wetterau.example>",
     "SF-Klassen und Beitragssätze Kfz 2026", "2026-03-13 08:40", mode="alt", html="""\
<html><body style="font-family:Calibri,sans-serif">
<p>Hallo Frau Lenz,</p>
<p>wie telefonisch besprochen die Übersicht der Schadenfreiheitsklassen und Beitragssätze in der
Kfz-Haftpflicht (Tarif RhönMobil 2026). Gilt gleichermaßen für Pkw und Wohnmobile bis 3,5 t.</p>
<table border="1" cellspacing="0" cellpadding="3" style="border-collapse:collapse">
<tr style="background:#ddd"><th>SF-Klasse</th><th>Beitragssatz</th><th>Rückstufung nach 1 Schaden</th></tr>
<tr><td>SF 0</td><td>100 %</td><td>M</td></tr>
<tr><td>SF 1/2</td><td>74 %</td><td>SF 0</td></tr>
<tr><td>SF 1</td><td>67 %</td><td>SF 0</td></tr>
<tr><td>SF 5</td><td>50 %</td><td>SF 1</td></tr>
<tr><td>SF 10</td><td>38 %</td><td>SF 5</td></tr>
<tr><td>SF 20</td><td>28 %</td><td>SF 10</td></tr>
<tr><td>SF 35</td><td>20 %</td><td>SF 20</td></tr>
</table>
<p>Rabattretter für 5,50 € im Monat möglich ab SF 5. Bei Fragen gern anrufen.</p>
<p>Viele Grüße<br>Tobias Hain<br>Maklerbetreuung · Telefon 0661 9420-205</p>
</body></html>
""")

mail("n33", "NORMAL", "de", "partner-to-insurer",
     "Austrian partner insurer proposes a meeting date (Austrian wording), nothing personal",
     "Mag. Christoph Lechner <c.lechner@alpenlaendische-versicherung.example>",
     addr("hain"), "Kooperationstreffen Fahrrad-/Reiseprodukte",
     "2026-03-13 09:12", cte="8bit", body="""\
Grüß Gott Herr Hain,

danke nochmals für das gute Gespräch im Jänner in Salzburg. Wie
vereinbart möchten wir uns heuer noch vor dem Sommer zur gemeinsamen
Produktlinie Radversicherung zusammensetzen. Vorschlag: Dienstag, 21. April,
bei Ihnen in Fulda, Beginn 10 Uhr. Wir kämen zu dritt (Vertrieb, Produkt,
Schadenabteilung).

Bitte um kurze Rückmeldung, ob das passt – dann kümmern wir uns um die
Zugverbindung.

Mit besten Grüßen aus Linz
Christoph Lechner
Leitung Produktmanagement Sach

Alpenländische Versicherung AG
Landstraße 41, 4020 Linz
FN 123456 s, Landesgericht Linz
""")

mail("n34", "NORMAL", "de", "partner-to-insurer",
     "Swiss reinsurer (no sharp s) on treaty renewal terms, company data only",
     "Beat Zürcher <beat.zuercher@helvetia-rueck.example>", addr("gerlach"),
     "Erneuerung Quotenvertrag Sach 2027 – Terminvorschlag", "2026-03-13 10:03", body="""\
Grüezi Herr Gerlach

Besten Dank für die Zustellung der Bestandsdaten per Ende Februar. Wir
haben die Unterlagen intern angeschaut und würden Ihnen für die Erneuerung
des Quotenvertrags Sach per 1.1.2027 folgende Eckwerte vorschlagen:

- Quote unverändert 40 %
- Provision 32,5 % (bisher 33 %), Gewinnbeteiligung neu mit 3-Jahres-Ausgleich
- Ereignislimite Sturm/Hagel CHF 60 Mio. bzw. EUR-Gegenwert
- Ausschluss Cyber wie im Marktstandard

Gerne würden wir das anlässlich eines Besuchs in Fulda besprechen. Passt
Ihnen die Woche vom 20. April? Ich bin am Dienstag und Mittwoch flexibel.

Freundliche Grüsse
Beat Zürcher
Senior Underwriter Property & Casualty

Helvetia Rück AG
Dufourstrasse 18, 8008 Zürich
""")

mail("n35", "NORMAL", "de", "internal",
     "trap: company doctor announces optional vaccination slots for staff, calendar invitation",
     "Betriebsärztlicher Dienst <betriebsarzt@rhoenland-versicherung.example>",
     "Alle Mitarbeitenden Fulda <alle-fulda@rhoenland-versicherung.example>",
     "Impftag FSME und Tetanus am 26. März", "2026-03-13 10:30", body="""\
Liebe Mitarbeiterinnen und Mitarbeiter,

die Zeckensaison beginnt früher als man denkt. Am Donnerstag, 26. März,
bietet der betriebsärztliche Dienst von 8 bis 13 Uhr im Sanitätsraum (EG,
neben dem Empfang) Impfungen gegen FSME sowie Tetanus/Diphtherie/Keuchhusten
an. Bitte den Impfpass mitbringen.

Die Teilnahme ist freiwillig; Ihre Vorgesetzten erfahren nicht, wer kommt.
Eine Terminblockung finden Sie im Anhang (gilt als Platzhalter, Sie können
einfach ohne Anmeldung vorbeikommen).

Dr. med. Frank Heilmann
Betriebsarzt
""", atts=[ics("Impftag_FSME_Tetanus.ics", "Impftag FSME/Tetanus (Betriebsarzt)",
               "20260326T080000", "20260326T130000", location="Sanitätsraum EG",
               description="Freiwilliges Impfangebot. Impfpass mitbringen.",
               organizer="betriebsarzt@" + DOM, method="PUBLISH")])

mail("n36", "NORMAL", "de", "internal",
     "trap: sickness absence rate per department (HTML table), aggregated over large teams",
     addr("remmert"), "Führungskräfte <fuehrungskraefte@rhoenland-versicherung.example>",
     "Krankenstand Q4/2025 nach Bereichen", "2026-03-13 11:11", mode="alt", html="""\
<html><body style="font-family:Calibri,sans-serif">
<p>Liebe Führungskräfte,</p>
<p>hier die Krankenstandsquote für das 4. Quartal 2025. Aus Datenschutzgründen weisen wir nur
Bereiche mit mindestens 20 Beschäftigten aus; kleinere Teams sind in „Sonstige“ enthalten.</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#e8e8e8"><th>Bereich</th><th>Beschäftigte</th><th>Krankenstand Q4/2025</th><th>Q4/2024</th></tr>
<tr><td>Kundenservice</td><td>86</td><td>6,8 %</td><td>7,1 %</td></tr>
<tr><td>Schaden Sach/Kfz</td><td>112</td><td>5,9 %</td><td>6,2 %</td></tr>
<tr><td>Leistung Kranken/Pflege</td><td>74</td><td>7,4 %</td><td>6,5 %</td></tr>
<tr><td>Leben/BU/Unfall</td><td>51</td><td>5,1 %</td><td>5,0 %</td></tr>
<tr><td>IT</td><td>63</td><td>3,9 %</td><td>4,4 %</td></tr>
<tr><td>Sonstige</td><td>97</td><td>4,6 %</td><td>4,8 %</td></tr>
<tr><td><b>Gesamt</b></td><td><b>483</b></td><td><b>5,7 %</b></td><td><b>5,8 %</b></td></tr>
</table>
<p>Die Quote in der Leistung Kranken ist vor allem durch die Grippewelle im Dezember gestiegen.
Fragen zum Gesundheitsmanagement gern an mich.</p>
<p>Viele Grüße<br>Claudia Remmert<br>Personalabteilung</p>
</body></html>
""")

mail("n37", "NORMAL", "de", "internal",
     "trap: rejection letter template for orthodontics with placeholders for name and diagnosis",
     addr("arslan"), "Textbausteine <textbausteine@rhoenland-versicherung.example>",
     "Neuer Textbaustein KFO-ABL-03 (Ablehnung KIG 1)", "2026-03-13 11:50", body="""\
Hallo Textteam,

bitte folgenden Baustein unter KFO-ABL-03 aufnehmen (ersetzt KFO-ABL-01):

---------------------------------------------------------------
Sehr geehrte/r «Anrede» «Nachname»,

vielen Dank für die Einreichung des kieferorthopädischen Behandlungsplans
vom «Datum HKP» für «Vorname versicherte Person».

Nach dem Plan liegt eine Fehlstellung der Stufe «KIG-Stufe» vor
(«Befundbeschreibung»). Ihr Tarif «Tarifname» leistet für
kieferorthopädische Behandlungen erst ab KIG-Stufe 3. Eine Erstattung ist
daher leider nicht möglich.

Wenn Sie mit der Entscheidung nicht einverstanden sind, können Sie sich an
den Ombudsmann Private Kranken- und Pflegeversicherung wenden.
---------------------------------------------------------------

Freigabe durch Dr. Lammers liegt vor.

Gruß
Mehmet Arslan
""")

mail("n38", "NORMAL", "de", "authority-to-insurer",
     "trap: police prevention unit invites to a bicycle-theft prevention day with city statistics",
     "Polizeidirektion Fulda – Prävention <praevention.pd-fulda@polizei-hessen.example>",
     "presse@rhoenland-versicherung.example",
     "Präventionstag Fahrraddiebstahl am 18. April – Beteiligung?", "2026-03-13 12:25", body="""\
Sehr geehrte Damen und Herren,

im vergangenen Jahr wurden im Stadtgebiet Fulda 1.143 Fahrräder als
gestohlen gemeldet (+17 %), davon 38 % E-Bikes. Die Aufklärungsquote lag
bei 9 %. Besonders betroffen sind der Bahnhof, die Hochschule und das
Universitätsplatz-Parkhaus.

Am Samstag, 18. April, veranstalten wir auf dem Universitätsplatz einen
Präventionstag mit Fahrradcodierung, Schlosstest und Beratung. Wir würden
uns freuen, wenn sich die Rhönland Versicherung wieder mit einem
Informationsstand beteiligt.

Über eine Rückmeldung bis Ende März freuen wir uns.

Mit freundlichen Grüßen
Polizeihauptkommissarin Tanja Möbus
Polizeiliche Kriminalprävention
Polizeidirektion Fulda
""")

mail("n39", "NORMAL", "de", "internal", "vacation handover naming colleagues, nothing sensitive",
     addr("wehner"), "Team Kfz-Schaden <team-kfz-schaden@rhoenland-versicherung.example>",
     "Urlaub 16.–27.03. / Vertretung", "2026-03-13 13:40", body="""\
Hallo zusammen,

ich bin ab Montag zwei Wochen weg. Meine offenen Akten sind im Workflow an
Lisa übergeben, die Regresse an Lars. Die Gutachterliste für die
Hagelschäden vom letzten Sommer liegt im Teamordner unter "Hagel 2025".

Schönes Wochenende!
Jonas
""")

mail("n40", "NORMAL", "de", "system-to-internal",
     "trap: direct-debit batch report with totals and return counts, no individual accounts",
     "Inkasso-Batch <batch-inkasso@rhoenland-versicherung.example>",
     addr("aumann"), "[BATCH] Lastschriftlauf 11.03.2026 – Ergebnis", "2026-03-11 22:14",
     charset="us-ascii", cte="7bit", headers={"Auto-Submitted": "auto-generated"}, body="""\
Job:            INK-SEPA-LS-DAILY
Lauf-ID:        20260311-01
Start:          2026-03-11 21:00:03
Ende:           2026-03-11 22:13:47
Status:         OK (mit Warnungen)

Glaeubiger-ID:  DE98ZZZ09999999999
Konto Eingang:  Rhoenland Versicherung a.G., Sparkasse Fulda-Rhoen

Lastschriften erzeugt:      4.213
Summe:                      1.902.447,18 EUR
  davon Sparten Sach/HUK:   2.871  /   618.330,95 EUR
  davon Leben/BU:             804  /   731.905,40 EUR
  davon Kranken/Pflege:       538  /   552.210,83 EUR
Ruecklaeufer Vorlauf:          37  (Details in Inkasso-Workflow, Korb R-0311)
Warnungen:                      2  (Mandatsreferenz doppelt -> manuell pruefen)

Diese Nachricht wurde automatisch erzeugt.
""")

mail("n41", "NORMAL", "de", "assessor-to-insurer",
     "trap: assessor's fee schedule 2026 (PDF), company data only",
     "Sachverständigenbüro Kessler <info@sv-kessler.example>", "schaden@rhoenland-versicherung.example",
     "Honorartabelle 2026 Kfz-Gutachten", "2026-03-13 14:05", body="""\
Sehr geehrte Damen und Herren,

zum 1. April passen wir unsere Honorare an die aktuelle BVSK-Befragung an.
Die neue Honorartabelle finden Sie im Anhang. Für laufende Aufträge gilt
die bisherige Tabelle.

Mit freundlichen Grüßen
Dipl.-Ing. (FH) Markus Kessler
Öffentlich bestellter und vereidigter Sachverständiger für Kfz-Schäden und -Bewertung
Sachverständigenbüro Kessler · Leipziger Straße 120 · 36037 Fulda
""", atts=[pdf("Honorartabelle_SV_Kessler_2026.pdf", [
    "Sachverständigenbüro Kessler - Honorartabelle ab 01.04.2026",
    "",
    "Schadenhöhe netto bis        Grundhonorar netto",
    "   500 EUR                   260 EUR",
    " 1.000 EUR                   340 EUR",
    " 2.500 EUR                   470 EUR",
    " 5.000 EUR                   620 EUR",
    "10.000 EUR                   830 EUR",
    "20.000 EUR                 1.090 EUR",
    "",
    "Nebenkosten: Fahrtkosten 0,80 EUR/km, Fotos 2,60 EUR je Stück, Schreibkosten 3,80 EUR je Seite",
    "Bankverbindung: Sachverständigenbüro Kessler, VR Bank Fulda, IBAN DE88 5304 0012 1280 6804 49",
], title="Honorartabelle 2026", author="SV Kessler")])

mail("n42", "NORMAL", "de", "lawyer-to-insurer",
     "trap: law firm newsletter on an anonymised court ruling about disability insurance",
     "Kanzlei Wendt & Partner <newsletter@wendt-partner.example>", addr("vogelsang"),
     "Mandanteninfo: BGH zur Umorganisation bei Selbstständigen in der BU", "2026-03-13 14:50",
     mode="alt", html="""\
<html><body style="font-family:Times New Roman,serif">
<h3>Mandanteninformation Versicherungsrecht 2/2026</h3>
<p><b>BGH, Urteil vom 18.02.2026 – IV ZR 211/24</b></p>
<p>Der Kläger, ein selbstständiger Dachdeckermeister, hatte nach einer Schulteroperation
Leistungen aus seiner Berufsunfähigkeitsversicherung verlangt. Der Versicherer verwies darauf,
dass er seinen Betrieb umorganisieren und sich auf kaufmännische Tätigkeiten beschränken könne.</p>
<p>Der BGH stellt klar: Eine Umorganisation ist nur zumutbar, wenn sie betrieblich sinnvoll ist, keine
erheblichen Kapitaleinsätze erfordert und keine auf Dauer ins Gewicht fallenden Einkommenseinbußen
mit sich bringt. Darlegungslast für die Umorganisationsmöglichkeit trägt zunächst der Versicherte,
der Versicherer muss aber konkret vortragen.</p>
<p><b>Praxistipp:</b> Prüfen Sie Ihre Leistungsschreiben auf pauschale Verweise auf eine
Umorganisation.</p>
<p>Wendt &amp; Partner Rechtsanwälte mbB · Rabanusstraße 3 · 36037 Fulda</p>
</body></html>
""")

mail("n43", "NORMAL", "de", "internal", "team meeting agenda",
     "Lisa Marquardt <lisa.marquardt@rhoenland-versicherung.example>",
     "Team Kfz-Schaden <team-kfz-schaden@rhoenland-versicherung.example>",
     "Agenda Teamrunde Dienstag", "2026-03-09 16:20", body="""\
Hi zusammen,

Agenda für Dienstag 9:30:

1. Rückstände Glasbruch (aktuell 240 offen)
2. Neue Werkstattpartner im Vogelsberg
3. Umstellung Gutachterportal – Stand
4. Urlaubsplanung Ostern
5. Sonstiges

Wer noch was hat, bitte bis Montagabend melden.

Lisa
""")

mail("n44", "NORMAL", "de", "insurer-to-company",
     "trap: company pension sales sheet with a sample calculation for a fictitious employee",
     addr("stolz"), "Geschäftsführung Getränke Lehmann <info@getraenke-lehmann.example>",
     "Ihre Anfrage: Entgeltumwandlung für Ihre Mitarbeitenden", "2026-03-10 12:40", body="""\
Sehr geehrte Frau Lehmann,

vielen Dank für das freundliche Gespräch am Freitag. Wie versprochen
erhalten Sie im Anhang unser Informationsblatt zur Direktversicherung mit
einer Beispielrechnung. Die Beispielperson ist frei gewählt und hat mit
Ihren Mitarbeitenden nichts zu tun.

Gern stelle ich das Modell auch in Ihrer Betriebsversammlung vor.

""" + sig("stolz"), atts=[pdf("Info_Direktversicherung_Beispielrechnung.pdf", [
    "Direktversicherung RhönVorsorge bAV - Beispielrechnung",
    "",
    "Beispiel: Arbeitnehmer, 35 Jahre, Steuerklasse I, gesetzlich krankenversichert,",
    "Bruttogehalt 3.200 EUR monatlich, Entgeltumwandlung 150 EUR monatlich,",
    "Arbeitgeberzuschuss 15 % (22,50 EUR).",
    "",
    "Beitrag in den Vertrag:          172,50 EUR",
    "Steuer- und SV-Ersparnis:         ca. 68 EUR",
    "Netto-Aufwand Arbeitnehmer:       ca. 82 EUR",
    "",
    "Garantierte Rente ab 67: 214 EUR monatlich; prognostiziert: 298 EUR monatlich.",
    "Alle Werte sind beispielhaft und ersetzen keine individuelle Beratung.",
], title="Direktversicherung - Beispielrechnung", author="Henrik Stolz")])

mail("n45", "NORMAL", "de", "partner-to-insurer",
     "trap: Austrian partner sends an accident-prevention brochure (Austrian wording), generic",
     "Mag.a Johanna Ebner <j.ebner@alpenlaendische-versicherung.example>", addr("jost"),
     "Folder Unfallvorsorge Kinder – zur Info", "2026-03-10 09:20", charset="iso-8859-1", body="""\
Sehr geehrter Herr Jost,

wie beim letzten Jour fixe besprochen schicke ich Ihnen unseren neuen Folder
zur Kinder-Unfallvorsorge (Fassung Frühjahr 2026). Spannend finden wir die
Auswertung, dass sich heuer schon über 60 % der gemeldeten Kinderunfälle in
der Freizeit ereignen, am häufigsten Stürze vom Trampolin und vom Scooter,
gefolgt von Sportunfällen im Turnsaal.

Die Grafiken dürfen Sie gern für Ihre Kundenzeitschrift verwenden, bitte mit
Quellenangabe.

Mit lieben Grüßen aus Linz
Johanna Ebner
Alpenländische Versicherung AG
""", atts=[pdf("Folder_Kinderunfallvorsorge_2026.pdf", [
    "Kinder sicher unterwegs - Unfallvorsorge 2026",
    "",
    "Die häufigsten Unfallursachen bei Kindern (Auswertung Alpenländische, 2025):",
    "Trampolin 18 % - Scooter/Roller 15 % - Schulsport 14 % - Fahrrad 12 % - Spielplatz 9 %",
    "",
    "Typische Verletzungen: Unterarmbrüche, Bänderrisse, Gehirnerschütterungen, Zahnverletzungen.",
    "Tipp: Helm auch beim Scooterfahren, Sicherheitsnetz beim Trampolin.",
    "Die Kinder-Unfallversicherung zahlt bei dauerhaften Folgen eine Kapitalleistung und Unfallrente.",
], title="Folder Kinderunfallvorsorge", author="Alpenlaendische Versicherung AG")])

mail("n46", "NORMAL", "de", "internal",
     "trap: launch text for pet surgery cover with animal diseases, no owner",
     addr("pfeiffer"), addr("fuchs"),
     "Produkttext RhönTier OP-Schutz für Website", "2026-03-10 16:05", mode="html", html="""\
<html><body>
<p>Hallo Marion,</p>
<p>hier der Produkttext für die Landingpage, fachlich von mir geprüft:</p>
<blockquote style="border-left:3px solid #999;padding-left:10px">
<h3>RhönTier OP-Schutz – wenn es ernst wird</h3>
<p>Kreuzbandriss, Magendrehung, Fremdkörper im Darm: Operationen beim Tierarzt kosten schnell
1.500 bis 4.000 Euro. Der OP-Schutz für Hunde und Katzen übernimmt bis zu 100 % der Kosten nach
GOT bis zum 3-fachen Satz, inklusive Vor- und Nachbehandlung, Narkose und Klinikaufenthalt.</p>
<p>Schon ab 9,90 Euro im Monat. Keine Altersgrenze beim Abschluss bis zum 8. Geburtstag Ihres Tieres.</p>
</blockquote>
<p>Bitte noch den Hinweis auf die Wartezeit von 30 Tagen (außer Unfälle) ergänzen.</p>
<p>Danke! Nadine</p>
</body></html>
""")

mail("n47", "NORMAL", "de", "system-to-customer",
     "trap: one-time password mail for the secure portal, no content about the person",
     "Rhönland SecureMail <noreply@portal.rhoenland-versicherung.example>",
     "m.eckhardt@web.example", "Ihr Einmal-Passwort für das Rhönland-Postfach", "2026-03-11 07:58",
     body="""\
Guten Tag,

für Sie wurde ein persönliches Postfach bei der Rhönland Versicherung
eingerichtet. Ihr Einmal-Passwort lautet:

    K7m-Q2x-9Fr

Den Link zur Registrierung erhalten Sie in einer zweiten E-Mail. Das
Einmal-Passwort ist 7 Tage gültig und kann nur einmal verwendet werden.

Wir fragen Sie niemals per Telefon oder E-Mail nach Ihrem Passwort.

Ihre Rhönland Versicherung
Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.
""")

mail("n48", "NORMAL", "de", "internal", "facility notice about elevator maintenance",
     "Facility Management <facility@rhoenland-versicherung.example>",
     "Alle Mitarbeitenden Fulda <alle-fulda@rhoenland-versicherung.example>",
     "Aufzug Haus B am Mittwoch außer Betrieb", "2026-03-09 12:02", charset="windows-1252", body="""\
Hallo zusammen,

am Mittwoch, 11.03., wird der Aufzug in Haus B von 7 bis ca. 14 Uhr gewartet.
Bitte das Treppenhaus oder den Aufzug in Haus A nutzen. Wer auf den Aufzug
angewiesen ist, meldet sich bitte beim Empfang, wir finden eine Lösung.

Facility Management
""")

mail("n49", "NORMAL", "de", "company-to-insurer",
     "trap: partner garage (GmbH) announces its new company bank account",
     "Autohaus Brehm GmbH <buchhaltung@autohaus-brehm.example>",
     "werkstattnetz@rhoenland-versicherung.example",
     "Änderung unserer Bankverbindung", "2026-03-11 09:45", charset="windows-1252", body="""\
Sehr geehrte Damen und Herren,

bitte beachten Sie, dass sich unsere Bankverbindung zum 01.04.2026 ändert.
Zahlungen aus Werkstattrechnungen (Glas, Karosserie, Haftpflicht-
Direktabrechnung) bitte ab dann ausschließlich auf folgendes Konto:

Kontoinhaber: Autohaus Brehm GmbH
Bank: Volksbank Fulda
IBAN: DE09 5307 0007 9369 8111 05

Eine schriftliche Bestätigung mit Unterschrift der Geschäftsführung geht
Ihnen zusätzlich per Post zu.

Mit freundlichen Grüßen
Simone Brehm
Buchhaltung
Autohaus Brehm GmbH · Frankfurter Straße 210 · 36043 Fulda
Amtsgericht Fulda HRB 3318 · GF: Klaus Brehm
""")

mail("n50", "NORMAL", "de", "authority-to-insurer",
     "trap: pension insurance answers a procedural question about data exchange, no insured person",
     "Deutsche Rentenversicherung Hessen <grundsatz@drv-hessen.example>", addr("vogelsang"),
     "Ihre Anfrage vom 02.03.2026 – Auskünfte an private BU-Versicherer", "2026-03-11 10:40",
     body="""\
Sehr geehrte Frau Vogelsang,

zu Ihrer allgemeinen Anfrage teilen wir mit:

Auskünfte aus Rentenakten (z. B. Bescheide über eine Rente wegen
Erwerbsminderung, Gutachten aus dem Rentenverfahren) erteilen wir privaten
Versicherungsunternehmen nur mit einer schriftlichen Einwilligung der
versicherten Person, die sich ausdrücklich auf die Deutsche
Rentenversicherung bezieht. Eine allgemeine Schweigepflichtentbindung
gegenüber "allen Sozialversicherungsträgern" genügt nicht.

Anfragen richten Sie bitte unter Angabe der Versicherungsnummer an die
zuständige Regionalstelle, nicht an dieses Postfach.

Mit freundlichen Grüßen
Im Auftrag
Görlitz
Deutsche Rentenversicherung Hessen, Grundsatzreferat
""")

mail("n51", "NORMAL", "de", "internal",
     "personnel announcement of a colleague's new role, nothing sensitive",
     "Vorstandsbüro <vorstandsbuero@rhoenland-versicherung.example>",
     "Alle Mitarbeitenden <alle@rhoenland-versicherung.example>",
     "Personalie: Neue Leitung Leistung Leben/BU", "2026-03-12 12:00", mode="alt", html="""\
<html><body style="font-family:Arial,sans-serif">
<p>Liebe Kolleginnen und Kollegen,</p>
<p>zum 1. April 2026 übernimmt <b>Petra Vogelsang</b> die Leitung der Abteilung Leistung Leben/BU.
Frau Vogelsang ist seit 2011 bei der Rhönland und hat zuletzt das Team BU-Leistung aufgebaut.
Sie folgt auf Herrn Gernot Stahl, der nach 38 Jahren in den Ruhestand geht und den wir im Mai gebührend
verabschieden.</p>
<p>Wir wünschen Frau Vogelsang viel Erfolg und Herrn Stahl schon jetzt alles Gute.</p>
<p>Elke Wiegand<br>Mitglied des Vorstands</p>
</body></html>
""")

mail("n52", "NORMAL", "de", "prospect-to-insurer",
     "trap: prospect without contract asks how to send documents encrypted (ae/oe spelling), no personal data",
     "Wilfried Kuehne <w.kuehne@gmx-mail.example>", "info@rhoenland-versicherung.example",
     "Frage verschluesselte Mail", "2026-03-12 20:41", charset="us-ascii", cte="7bit", body="""\
Guten Abend,

ich ueberlege bei Ihnen eine Zahnzusatzversicherung abzuschliessen. Bevor
ich Unterlagen schicke: Kann man Ihnen Dokumente verschluesselt senden?
Ich habe S/MIME in Thunderbird eingerichtet, finde aber kein Zertifikat
von Ihnen. Oder muss ich das ueber ein Portal machen?

Gruss
W. Kuehne
""")

mail("n53", "NORMAL", "de", "insurer-to-prospect",
     "answer about S/MIME certificates and the portal, quoting the prospect's question",
     addr("kroeger"), "Wilfried Kuehne <w.kuehne@gmx-mail.example>",
     "AW: Frage verschluesselte Mail", "2026-03-13 08:12", body="""\
Sehr geehrter Herr Kühne,

vielen Dank für Ihre Nachricht. Sie haben beide Möglichkeiten:

1. S/MIME: Unser Zertifikat können Sie im Zertifikatsverzeichnis unter
   https://zertifikate.rhoenland-versicherung.example abrufen. Alternativ
   schicken Sie eine leere Mail mit dem Betreff [ZERTIFIKAT] an die Adresse,
   an die Sie schreiben möchten – Sie erhalten automatisch eine signierte
   Antwort.
2. Portal: Wenn wir Ihnen zuerst schreiben, richten wir ein persönliches
   Postfach ein, in dem Sie auch antworten und Dateien hochladen können.

Für das Angebot zur Zahnzusatzversicherung brauchen wir übrigens noch
keine Unterlagen, nur Ihr Geburtsjahr und den gewünschten Tarif.

""" + sig("kroeger", short=True) + """

Am 12.03.2026 um 20:41 schrieb Wilfried Kuehne:
""" + quote("""Guten Abend,

ich ueberlege bei Ihnen eine Zahnzusatzversicherung abzuschliessen. Bevor
ich Unterlagen schicke: Kann man Ihnen Dokumente verschluesselt senden?
Ich habe S/MIME in Thunderbird eingerichtet, finde aber kein Zertifikat
von Ihnen. Oder muss ich das ueber ein Portal machen?

Gruss
W. Kuehne"""))

mail("n54", "NORMAL", "de", "company-to-insurer",
     "trap: property management company circular about smoke-detector servicing, no tenant named",
     "Hausverwaltung Rhönblick GmbH <hausverwaltung@rhoenblick-immobilien.example>",
     "gewerbe@rhoenland-versicherung.example",
     "Rundschreiben: Rauchwarnmelder-Wartung 2026 in allen Objekten", "2026-03-12 08:55",
     charset="iso-8859-1", body="""\
Sehr geehrte Damen und Herren,

zur Information an alle Versicherer unserer verwalteten Objekte: Die
jährliche Wartung der Rauchwarnmelder nach § 13 Abs. 5 HBO erfolgt in
diesem Jahr vom 13. bis 30. April durch die Firma Brandwacht Service GmbH.
Ein Prüfprotokoll je Objekt stellen wir Ihnen auf Anforderung zur
Verfügung.

Für die Gebäudeversicherungen RV-WG-Rahmenvertrag 12 ergeben sich keine
Änderungen.

Mit freundlichen Grüßen
Hausverwaltung Rhönblick GmbH
Petersberger Straße 55 · 36037 Fulda
""")

mail("n55", "NORMAL", "de", "company-to-insurer",
     "trap: plumbing company offers leak detection at fixed prices, generic",
     "Rohrblitz Leckortung GmbH <angebote@rohrblitz.example>", addr("kunze"),
     "Rahmenangebot Leckageortung 2026", "2026-03-09 10:33", body="""\
Sehr geehrter Herr Kunze,

wie besprochen unser Rahmenangebot für Leitungswasserschäden Ihrer
Versicherungsnehmer im Raum Fulda/Hünfeld/Schlitz:

- Leckageortung (Thermografie, Tracergas, Akustik), Pauschale 395 EUR netto
- Trocknung: Geräte-Tagesmiete 14 EUR, Strom nach Zähler
- Anfahrt innerhalb 4 Stunden bei Notfällen, 24/7-Hotline

Die Aufträge würden wir direkt mit Ihnen abrechnen (Abtretung nicht
nötig). Über eine Zusammenarbeit würden wir uns freuen.

Mit freundlichen Grüßen
Ole Fenske
Rohrblitz Leckortung GmbH
""")

mail("n56", "NORMAL", "de", "internal",
     "trap: top-10 diagnoses for trip cancellations 2025 (XLSX), aggregated counts only",
     addr("pfeiffer"), addr("gerlach"),
     "Top-10 Stornogründe Reise 2025", "2026-03-13 15:44", body="""\
Hallo Dirk,

für die Tarifkalkulation RhönReise 2027 die häufigsten Gründe für
Reiserücktritt und -abbruch 2025. Die Diagnosen sind aus den ärztlichen
Attesten kodiert, nur Fallzahlen, keine Einzelfälle.

Viele Grüße
Nadine
""", atts=[xlsx("Stornogruende_Reise_2025.xlsx", [
    ("Top 10", [
        ["Rang", "Grund / Diagnosegruppe", "ICD-10", "Fälle", "Anteil", "Ø Leistung EUR"],
        [1, "Akute Atemwegsinfekte", "J00-J22", 412, "18,4 %", 1180],
        [2, "Knochenbrüche / Verletzungen", "S00-T14", 301, "13,4 %", 1960],
        [3, "Schwangerschaftskomplikationen", "O20-O29", 122, "5,4 %", 1420],
        [4, "Herz-Kreislauf", "I20-I52", 118, "5,3 %", 2310],
        [5, "Depression / Angst", "F32-F41", 97, "4,3 %", 1540],
        [6, "Magen-Darm-Infekte", "A08-A09", 94, "4,2 %", 890],
        [7, "Bandscheibe / Rücken", "M50-M54", 88, "3,9 %", 1270],
        [8, "Tod eines Angehörigen", "-", 86, "3,8 %", 2050],
        [9, "Arbeitsplatzverlust", "-", 61, "2,7 %", 1720],
        [10, "Krebserkrankungen", "C00-C97", 58, "2,6 %", 2680],
    ])], author="Nadine Pfeiffer")])
# ===== NORMAL, English ====================================================

mail("ne01", "NORMAL", "en", "partner-to-insurer",
     "trap: reinsurer requests aggregated disability claims by diagnosis group, no individual data",
     "Sophie Marchetti <s.marchetti@alpenrueck-re.example>", addr("vogelsang"),
     "Disability portfolio review – data request for Q2 meeting", "2026-03-09 09:25", body="""\
Dear Ms Vogelsang,

Ahead of our portfolio review in May, could you please provide the following
aggregated figures for your disability (BU) book, underwriting years
2016-2025:

1. Number of new claims per year, split by main diagnosis group
   (musculoskeletal, mental & behavioural, cancer, cardiovascular,
   neurological, accidents, other)
2. Average claim duration for terminated claims, by the same groups
3. Recovery and reactivation rates
4. Incidence rates per 1,000 policies by occupational class (1-4)

Please do not send any policy-level or claimant-level data; cells with fewer
than five claims can be merged into "other". A spreadsheet is perfectly fine.

Many thanks and best regards,
Sophie Marchetti
Senior Life & Health Underwriter, Continental Europe
Alpenrück Re AG · Bahnhofplatz 2 · 6300 Zug · Switzerland
""")

mail("ne02", "NORMAL", "en", "vendor-to-insurer",
     "trap: software vendor release notes mentioning diagnosis fields and medical invoices, no data",
     "ClaimWorks Release Management <releases@claimworks-software.example>",
     "it-service@rhoenland-versicherung.example",
     "ClaimWorks Health 8.4 – Release notes", "2026-03-09 14:00", mode="alt", html="""\
<html><body style="font-family:Helvetica,Arial,sans-serif">
<h2>ClaimWorks Health 8.4 – Release Notes</h2>
<p>Rollout window for your tenant: <b>Saturday 21 March 2026, 20:00–02:00 CET</b>.</p>
<h3>New features</h3>
<ul>
<li>Diagnosis field now validates against ICD-10-GM 2026 including additional markers (G, V, Z, A)</li>
<li>OCR for medical invoices (GOÄ/GOZ) recognises multiplication factors above 3.5 and flags them</li>
<li>Hospital invoice import (§ 301 SGB V format) supports new DRG catalogue</li>
</ul>
<h3>Fixed issues</h3>
<table border="1" cellpadding="3" cellspacing="0">
<tr><th>ID</th><th>Description</th></tr>
<tr><td>CW-11823</td><td>Dental treatment plans with more than 40 items were truncated</td></tr>
<tr><td>CW-11902</td><td>Prescription scans in landscape format rotated incorrectly</td></tr>
<tr><td>CW-12010</td><td>Audit trail missed the "viewed" event for attachments opened in preview</td></tr>
</table>
<p>No action is required on your side. Please test in your staging tenant by 18 March.</p>
<p>ClaimWorks Software GmbH · Release Management</p>
</body></html>
""")

mail("ne03", "NORMAL", "en", "partner-to-insurer",
     "trap: conference invitation about health data in insurance with ICS, no person",
     "Events Team <events@insurance-health-forum.example>", addr("lammers"),
     "Your invitation: European Insurance Health Data Summit, Vienna", "2026-03-09 15:40", body="""\
Dear Dr Lammers,

We are pleased to confirm your place as a panellist at the European
Insurance Health Data Summit in Vienna.

Panel 3: "Medical underwriting in the age of wearables – consent, genetic
data and fair pricing"
Date: Thursday, 7 May 2026, 14:00-15:15
Venue: Hofburg Congress Center, Redoutensaal

A calendar entry is attached. Hotel details will follow next week.

Kind regards,
The Events Team
Insurance Health Forum e.V.
""", atts=[ics("IHDS2026_Panel3.ics", "IHDS 2026 – Panel 3: Medical underwriting and wearables",
               "20260507T140000", "20260507T151500", location="Hofburg Congress Center, Vienna",
               description="Panellist briefing 30 minutes before start in the speakers' lounge.",
               organizer="events@insurance-health-forum.example", attendees=["ute.lammers@" + DOM])])

mail("ne04", "NORMAL", "en", "insurer-to-supplier",
     "trap: English job advert for a medical underwriter sent to a recruitment agency",
     addr("remmert"), "Grace Whitmore <grace@talentbridge-recruiting.example>",
     "Job profile: Medical Underwriter (f/m/d), English-speaking", "2026-03-10 09:12", body="""\
Hi Grace,

As discussed, here is the profile for the medical underwriter role. Please
start the search; we would like to see the first CVs by early April.

Medical Underwriter (f/m/d) – Life & Disability
Location: Fulda, hybrid (3 days remote)

What you will do:
- assess applications for life, disability and critical illness cover,
  including medical reports, lab results and specialist letters
- decide on loadings, exclusions (e.g. for back conditions, asthma,
  diabetes) and postponements within our guidelines
- work closely with our Chief Medical Officer and the reinsurer

What you bring:
- medical or nursing background, or several years of underwriting
- fluent German and English
- a strong sense for confidentiality

Salary band: EUR 58,000 - 72,000 depending on experience.

Best,
Claudia

""" + sig("remmert", lang="en", short=True))

mail("ne05", "NORMAL", "en", "vendor-to-insurer",
     "trap: API test cases with published example IBANs and fictitious John/Jane Doe birth dates",
     "Arjun Mehta <arjun.mehta@paylane-integration.example>", addr("brandt"),
     "Test cases for SEPA mandate API (sandbox)", "2026-03-10 11:30", body="""\
Hi Felix,

Attached are the test cases for the sandbox run on Thursday. All persons are
fictitious and the IBANs are the published documentation examples
(GB82 WEST 1234 5698 7654 32 and DE89 3704 0044 0532 0130 00), so nothing
from your production data is needed. Case 6 is expected to fail validation.

Cheers,
Arjun

Arjun Mehta · Integration Engineer · PayLane Integration Ltd, London
""", atts=[csvfile("sepa_api_testcases.csv", [
    ["case", "debtor_name", "date_of_birth", "iban", "bic", "amount", "expected"],
    ["1", "John Doe (fictitious)", "1970-01-01", "GB82WEST12345698765432", "WESTGB2L", "12.50", "ACCEPT"],
    ["2", "Jane Doe (fictitious)", "1985-05-05", "DE89370400440532013000", "COBADEFFXXX", "99.00", "ACCEPT"],
    ["3", "Test Company Ltd", "", "DE89370400440532013000", "COBADEFFXXX", "1500.00", "ACCEPT"],
    ["4", "John Doe (fictitious)", "1970-01-01", "GB82WEST12345698765432", "", "0.00", "REJECT_AMOUNT"],
    ["5", "Jane Doe (fictitious)", "1985-05-05", "DE89 3704 0044 0532 0130 00", "", "10.00", "ACCEPT_NORMALISED"],
    ["6", "John Doe (fictitious)", "1970-01-01", "DE00370400440532013000", "", "10.00", "REJECT_CHECKSUM"],
], encoding="utf-8", delimiter=",")])

mail("ne06", "NORMAL", "en", "system-to-partner", "out-of-office auto reply in English",
     addr("gerlach"), "Sophie Marchetti <s.marchetti@alpenrueck-re.example>",
     "Automatic reply: Disability portfolio review – data request for Q2 meeting",
     "2026-03-09 09:26", charset="us-ascii", cte="7bit", headers={"Auto-Submitted": "auto-replied"},
     body="""\
Thank you for your message. I am out of the office until Wednesday,
11 March, with limited access to e-mail. For urgent matters please contact
aktuariat@rhoenland-versicherung.example.

Dirk Gerlach
Actuarial Department, Rhoenland Versicherung a.G.
""")

mail("ne07", "NORMAL", "en", "vendor-to-insurer",
     "trap: penetration test summary mentioning tables of diagnoses and IBANs, no actual records",
     "Reporting <reports@redhill-security.example>", addr("brandt"),
     "Penetration test RHV-2026-02 – management summary", "2026-03-10 13:50", body="""\
Dear Mr Brandt,

Please find attached the management summary of the penetration test of the
customer portal (test window 23 Feb - 6 Mar 2026). The full technical report
is available in our encrypted file exchange; the password will be sent by SMS.

In short: two high findings, both already fixed in the retest. No customer
data was extracted or stored by us; proof of access was limited to row
counts and column names.

Best regards,
Nora Lindqvist
Lead Consultant, Redhill Security AB
""", atts=[pdf("RHV-2026-02_Management_Summary.pdf", [
    "Penetration Test RHV-2026-02 - Management Summary",
    "Target: customer portal and document upload API of Rhoenland Versicherung a.G.",
    "",
    "## Finding H-1 (high, fixed)",
    "An IDOR in /api/v2/documents allowed authenticated users to enumerate document IDs. "
    "The table behind it (claims_documents) contains medical invoices and hospital reports. "
    "Proof: row count only (1.9 million rows); no document was opened.",
    "## Finding H-2 (high, fixed)",
    "Verbose error messages revealed the column names of the table policy_holder "
    "(name, date_of_birth, iban, health_tariff). No values were displayed.",
    "## Finding M-1 (medium, open)",
    "Session timeout is 60 minutes instead of the required 15 minutes.",
    "",
    "Overall rating after retest: acceptable.",
], title="Management Summary", author="Redhill Security AB")])

mail("ne08", "NORMAL", "en", "newsletter",
     "trap: English newsletter for expat customers on what to do when ill abroad, generic",
     "Rhoenland Insurance <newsletter@rhoenland-versicherung.example>",
     "expat-newsletter@rhoenland-versicherung.example",
     "Travelling home for Easter? What to do if you fall ill abroad", "2026-03-10 17:00",
     mode="html", charset="iso-8859-1", html="""\
<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<h2>Falling ill abroad – a short guide</h2>
<p>Many of our international customers visit family over Easter. If you get sick or injured while
travelling, your RhönReise travel health cover pays for necessary treatment abroad.</p>
<ol>
<li>Call our 24/7 emergency line first: <b>+49 661 9420-444</b>. We can name a nearby clinic that
bills us directly.</li>
<li>Keep all receipts: doctor's invoice with diagnosis, pharmacy receipts, hospital discharge letter.</li>
<li>If you need to be flown home, we organise the medically necessary repatriation.</li>
<li>Pre-existing conditions: acute, unexpected worsening is covered; planned treatment abroad is not.</li>
</ol>
<p>Submit receipts through the app or your secure mailbox – please <b>not</b> by normal e-mail.</p>
<p>Safe travels!<br>Your Rhoenland Insurance team</p>
<p style="font-size:10px">Rhönland Versicherung a.G. · Am Rhönhof 1 · 36037 Fulda · Germany ·
<a href="https://www.rhoenland-versicherung.example/unsubscribe">unsubscribe</a></p>
</body></html>
""")

mail("ne09", "NORMAL", "en", "broker-to-insurer",
     "UK broker asks for expat health product documents, no client details",
     "Oliver Pritchard <oliver@pritchard-expat-brokers.example>", "makler@rhoenland-versicherung.example",
     "Product documents for expat health tariff", "2026-03-11 10:02", body="""\
Hello,

We are a Lloyd's-registered broker in Manchester placing health cover for
British professionals relocating to Germany. A few of our corporate clients
are opening offices in Hesse and we would like to look at your expat
health tariff.

Could you send us:
- the English terms and conditions and the product information sheet
- a premium table by age band
- your agency agreement for foreign brokers (if any)

We have no specific client to quote yet; this is for our panel review.

Best wishes,
Oliver Pritchard
Director, Pritchard Expat Brokers Ltd
12 King Street, Manchester M2 4LQ, United Kingdom
Authorised and regulated by the Financial Conduct Authority
""")

mail("ne10", "NORMAL", "en", "insurer-to-partner",
     "trap: actuarial memo on mortality and disability incidence tables, aggregated",
     addr("gerlach"), "Sophie Marchetti <s.marchetti@alpenrueck-re.example>",
     "Experience study 2021-2025 – mortality and BU incidence (summary)", "2026-03-11 15:25",
     mode="alt", html="""\
<html><body style="font-family:Arial,sans-serif">
<p>Dear Sophie,</p>
<p>As promised, the headline results of our experience study. Ratios are actual/expected against
DAV 2008 T and DAV 1997 I respectively, exposure-weighted.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Age band</th><th>Exposure (policy years)</th><th>Deaths</th><th>A/E mortality</th><th>New BU claims</th><th>A/E BU incidence</th></tr>
<tr><td>20-34</td><td>118,402</td><td>41</td><td>71 %</td><td>96</td><td>64 %</td></tr>
<tr><td>35-44</td><td>141,950</td><td>109</td><td>68 %</td><td>288</td><td>72 %</td></tr>
<tr><td>45-54</td><td>127,311</td><td>262</td><td>74 %</td><td>502</td><td>81 %</td></tr>
<tr><td>55-67</td><td>86,077</td><td>398</td><td>79 %</td><td>441</td><td>88 %</td></tr>
</table>
<p>Mental and behavioural disorders remain the leading BU cause (34 % of new claims), followed by
musculoskeletal (22 %) and cancer (15 %). Full study to follow by the end of April.</p>
<p>Best regards,<br>Dirk</p>
<p>Dirk Gerlach<br>Actuarial Department · Phone +49 661 9420-180</p>
</body></html>
""")

mail("ne11", "NORMAL", "en", "insurer-to-press",
     "trap: answer to a journalist with average dental claim statistics, quoted question",
     addr("fuchs"), "Rachel Boyd <r.boyd@eurohealth-weekly.example>",
     "RE: Query – dental claims in Germany", "2026-03-11 16:30", body="""\
Dear Ms Boyd,

Thank you for your patience. Here are our figures for 2025 (supplementary
dental insurance, all tariffs):

- 61,200 insured persons, 38,900 submitted claims
- average reimbursement per claim: EUR 412
- most frequent treatments: professional cleaning (41 %), fillings (23 %),
  crowns and bridges (14 %), orthodontics for children (9 %)
- implants account for only 4 % of claims but 27 % of the money paid out

Please quote us as "Rhönland Versicherung, Fulda". Happy to help further.

Kind regards,
Marion Fuchs
Marketing & Communications · Phone +49 661 9420-160

-----Original Message-----
From: Rachel Boyd <r.boyd@eurohealth-weekly.example>
Sent: Tuesday, 10 March 2026 09:14
To: presse@rhoenland-versicherung.example
Subject: Query – dental claims in Germany

Hello, I am writing a piece on private dental top-up insurance in Germany.
Could you share average claim amounts and the most common treatments? No
individual cases needed. Deadline is Friday. Thanks! Rachel
""")

mail("ne12", "NORMAL", "en", "auditor-to-insurer", "external auditor schedules interviews, nothing personal",
     "Thomas Ward <thomas.ward@northgate-audit.example>", addr("seibold"),
     "ISAE 3402 audit – interview slots week 13", "2026-03-12 08:45", body="""\
Dear Ms Seibold,

For the ISAE 3402 Type II audit of the claims handling process, we would
like to schedule the following interviews in week 13:

- Access management for the claims system (IT) – 60 min
- Data protection controls (you) – 90 min
- Outgoing mail encryption and the secure portal – 60 min

Would Tuesday 24 March or Wednesday 25 March work? We can also do them
remotely.

Best regards,
Thomas Ward
Senior Manager, Northgate Audit GmbH
""")

mail("ne13", "NORMAL", "en", "internal",
     "trap: data protection quiz for international staff with health-data examples, no real person",
     addr("seibold"), "International Team <intl-team@rhoenland-versicherung.example>",
     "Quick quiz: what counts as health data?", "2026-03-12 10:10", body="""\
Hi all,

As a warm-up for next week's training, here is a short quiz (Word file).
The people in the examples are invented. Please fill it in and bring it
along – no need to send it back.

Anja
""", atts=[docx("Quiz_health_data.docx", [
    "# Quiz: Is it health data?",
    "Tick yes or no. Think about whether an identifiable person is involved.",
    "1. 'Mr A. (invented) has been wearing glasses since 2019.'  yes / no",
    "2. 'The average claim for hearing aids in 2025 was EUR 2,340.'  yes / no",
    "3. A pharmacy receipt listing insulin, with the customer's name.  yes / no",
    "4. 'Ms B. (invented) is on parental leave.'  yes / no",
    "5. Our tariff brochure explaining what a care level is.  yes / no",
    "6. A tenant's water damage claim, no injuries.  yes / no (but is it confidential?)",
    "Answers: 1 yes, 2 no, 3 yes, 4 no (but personal), 5 no, 6 no health data, but confidential.",
], author="Anja Seibold", title="Quiz health data")])

mail("ne14", "NORMAL", "en", "supplier-to-insurer",
     "trap: translation agency invoice with the agency's company bank account",
     "Accounts <accounts@linguaprecise.example>", "rechnungseingang@rhoenland-versicherung.example",
     "Invoice LP-2026-0311", "2026-03-12 12:30", body="""\
Dear Sir or Madam,

Please find attached our invoice for the translation of your English policy
conditions (travel health, 38 pages, DE>EN) and the proofreading of the
expat health product sheet.

Payment within 30 days to:
LinguaPrecise Translations B.V., ING Bank, IBAN NL33 INGB 4257 5216 80

Kind regards,
Accounts Department
LinguaPrecise Translations B.V. · Keizersgracht 101 · Amsterdam
""", atts=[pdf("Invoice_LP-2026-0311.pdf", [
    "LinguaPrecise Translations B.V. - Invoice LP-2026-0311 - 11 March 2026",
    "Customer: Rhoenland Versicherung a.G., Am Rhoenhof 1, 36037 Fulda, Germany",
    "",
    "1  Translation DE>EN, travel health insurance conditions, 11,420 words   EUR 1,598.80",
    "2  Proofreading, expat health product sheet, 2 pages                     EUR   120.00",
    "Total (reverse charge, VAT to be accounted for by the recipient)         EUR 1,718.80",
    "",
    "IBAN NL33 INGB 4257 5216 80 - BIC INGBNL2A",
], title="Invoice", author="LinguaPrecise")])

mail("ne15", "NORMAL", "en", "vendor-to-insurer",
     "trap: vendor incident report on a failed batch of medical invoices, counts only",
     "ClaimWorks Support <support@claimworks-software.example>", addr("brandt"),
     "[INC-44871] Nightly import job failed – 312 medical invoices not processed", "2026-03-12 06:55",
     body="""\
Hello Felix,

The nightly import job CW-IMPORT-HEALTH for your tenant failed at 02:41 CET
after a certificate on the scanning partner's SFTP server expired.

Impact:
- 312 scanned medical invoices and 18 hospital bills from the 11 March
  delivery were not imported
- no data was lost; the files are still on the SFTP server
- no claims were paid twice or rejected

The partner renewed the certificate at 06:20. We will rerun the job at
07:30 and confirm completion.

Regards,
Mateus Costa
ClaimWorks 2nd Level Support
""")

mail("ne16", "NORMAL", "en", "newsletter",
     "trap: pet insurance product sheet for English-speaking customers (animal illnesses)",
     "Rhoenland Insurance <newsletter@rhoenland-versicherung.example>",
     "expat-newsletter@rhoenland-versicherung.example",
     "New in English: pet health cover for dogs and cats", "2026-03-12 17:00", mode="alt", html="""\
<html><body style="font-family:Arial,sans-serif">
<h2>RhönTier – now with English documents</h2>
<p>Did you know that vet fees in Germany rose by up to 50 % with the new fee schedule (GOT)?
A cruciate ligament operation for a medium-sized dog now easily costs EUR 2,500.</p>
<table border="0" cellpadding="4">
<tr><td><b>Surgery cover</b></td><td>from EUR 9.90 / month</td></tr>
<tr><td><b>Full health cover</b></td><td>from EUR 29.90 / month, incl. vaccinations and dental cleaning</td></tr>
<tr><td><b>Dog liability</b></td><td>from EUR 5.20 / month, mandatory in some federal states</td></tr>
</table>
<p>All documents are now available in English. <a href="https://www.rhoenland-versicherung.example/en/pets">Learn more</a></p>
<p style="font-size:10px">Rhönland Versicherung a.G. · Fulda · <a href="https://www.rhoenland-versicherung.example/unsubscribe">unsubscribe</a></p>
</body></html>
""")

mail("ne17", "NORMAL", "en", "system-to-customer",
     "trap: English portal notification without content",
     "Rhoenland SecureMail <noreply@portal.rhoenland-versicherung.example>", "d.oconnor@eiremail.example",
     "New message in your Rhoenland secure mailbox", "2026-03-12 18:22", charset="us-ascii", cte="7bit",
     body="""\
Hello,

There is a new message for you in your Rhoenland secure mailbox. For your
protection this e-mail does not contain the message itself.

Log in here: https://securemail.rhoenland-versicherung.example/login?lang=en

Messages are kept for 90 days and then deleted automatically. You can
download them at any time before that.

This e-mail was generated automatically. Please do not reply.
Rhoenland Versicherung a.G., Am Rhoenhof 1, 36037 Fulda, Germany
""")

mail("ne18", "NORMAL", "en", "partner-to-insurer",
     "trap: anonymised fraud training case with injury details but no identifiable claimant",
     "Fraud Academy <academy@alpenrueck-re.example>", "schaden@rhoenland-versicherung.example",
     "Case of the month: the whiplash triangle", "2026-03-13 09:00", body="""\
Case of the month (anonymised – details changed)

Three low-speed rear-end collisions within nine months, each in a different
German city. In every case the claimant – a man in his forties – reported
whiplash (S13.4) with two weeks of sick leave, treated by the same
physiotherapy practice. The vehicles involved were registered to three
different people, but the repair estimates came from the same garage.

Red flags:
- identical wording in the accident descriptions
- treatment started before the first doctor's visit
- claims notified by the same law firm within 48 hours

Discussion questions and the solution will be in next month's issue.

Alpenrück Re Fraud Academy – for clients of Alpenrück Re only
""")

mail("ne19", "NORMAL", "en", "partner-to-insurer",
     "trap: blank reinsurance bordereau template with DOB and diagnosis columns, no rows",
     "Sophie Marchetti <s.marchetti@alpenrueck-re.example>", addr("vogelsang"),
     "Large claims bordereau – new template from Q2", "2026-03-13 11:40", body="""\
Dear Ms Vogelsang,

From Q2 onwards, please use the attached template for the quarterly large
claims bordereau (life and disability claims above EUR 250,000). The template
is empty; please send filled-in versions only via the secure file exchange,
never by normal e-mail.

Best regards,
Sophie
""", atts=[xlsx("LargeClaimsBordereau_Template_v3.xlsx", [
    ("Bordereau", [
        ["Cedent claim ref", "Policy no.", "Insured initials", "Date of birth", "Sex",
         "Cause of claim (ICD-10)", "Date of event", "Sum at risk EUR", "Reinsured share EUR", "Status"],
    ]),
    ("Instructions", [
        ["Fill one row per claim. Use ICD-10 codes, not free text."],
        ["Send only through the secure exchange."],
    ]),
], author="Alpenrueck Re")])

mail("ne20", "NORMAL", "en", "internal",
     "logistics for a visiting delegation, names of visitors only",
     addr("hain"), "Empfang <empfang@rhoenland-versicherung.example>",
     "Visitors from Linz on 21 April", "2026-03-13 12:05", body="""\
Hi,

On Tuesday 21 April we have three visitors from our Austrian partner
(Mag. Christoph Lechner, Mag.a Johanna Ebner, Mr Rainer Hofbauer). They
arrive by train at about 9:30. Could you please prepare visitor badges,
book the Kreuzberg room from 10 to 16 and order lunch for six
(one vegetarian)?

Thanks,
Tobias
""")

mail("ne21", "NORMAL", "en", "internal",
     "trap: staff health day with blood pressure and cholesterol checks, no participant data",
     addr("remmert"), "International Team <intl-team@rhoenland-versicherung.example>",
     "Health Day on 2 April – what's on", "2026-03-13 13:30", mode="alt", html="""\
<html><body style="font-family:Calibri,sans-serif">
<p>Dear colleagues,</p>
<p>On <b>Thursday 2 April</b> we hold our annual Health Day in the atrium. Programme:</p>
<ul>
<li>09:00–12:00 Blood pressure, blood sugar and cholesterol checks (finger prick, results only for you)</li>
<li>10:00 Talk: "Back pain at the desk" by our company physiotherapist</li>
<li>13:00 Eye test for screen work (you may get a voucher for screen glasses)</li>
<li>14:00 Mindfulness and stress management workshop (German, English handout)</li>
</ul>
<p>No results are passed on to HR or your manager. Participation counts as working time.</p>
<p>Best, Claudia (HR)</p>
</body></html>
""")

mail("ne22", "NORMAL", "en", "partner-to-insurer",
     "trap: expat association newsletter about German health insurance obligations, generic",
     "Expat Network Fulda <news@expat-network-fulda.example>", "info@rhoenland-versicherung.example",
     "March newsletter: Health insurance in Germany explained", "2026-03-13 16:15", body="""\
EXPAT NETWORK FULDA – MARCH NEWSLETTER

1. Health insurance is mandatory
Everyone living in Germany must have health insurance. Employees earning
below the threshold (EUR 73,800 in 2026) are usually in the public system;
above it, and self-employed people, can choose private cover.

2. What if I'm pregnant or have a chronic condition?
Public insurers must accept you. Private insurers may ask health questions
and charge loadings or exclude conditions.

3. Dental and eye care
Braces for adults and glasses are mostly not covered by public insurance -
supplementary policies help.

4. Events
Stammtisch every first Friday, Café Palais, 7 pm.
Info evening with a local insurer on 15 April (Rhönland Versicherung).

You receive this newsletter because you are a member. Unsubscribe: reply STOP.
""")

mail("ne23", "NORMAL", "en", "system-to-external",
     "certificate collect address confirms registration of a sender certificate",
     "Rhoenland Certificate Service <zertifikat@rhoenland-versicherung.example>",
     "Priya Raman <priya.raman@protonmail.example>",
     "Your certificate has been registered", "2026-03-10 19:02", charset="us-ascii", cte="7bit",
     body="""\
Hello,

Thank you. The S/MIME certificate in your signed message has been
registered for priya.raman@protonmail.example.

  Subject:     CN=Priya Raman, E=priya.raman@protonmail.example
  Issuer:      CN=Example Trust Email CA 3
  Valid until: 2027-03-01
  SHA-256:     4B:91:0E:7C:...:A2:55

From now on, messages from Rhoenland Versicherung to this address will be
encrypted with this certificate.

Rhoenland Certificate Service (automatic message)
""")

mail("ne24", "NORMAL", "en", "insurer-to-authority",
     "trap: aggregated claims statistics per line of business for the supervisor (ODS)",
     addr("gerlach"), "reporting@insurance-supervisor.example",
     "Annual claims statistics 2025 – Rhoenland Versicherung a.G. (LEI 5299009RHVFULDA00012)",
     "2026-03-13 17:05", body="""\
Dear Sir or Madam,

Please find attached our annual claims statistics 2025 in the requested
format. Figures are in EUR thousand, gross of reinsurance.

Kind regards,
Dirk Gerlach
Actuarial Department
""", atts=[ods("claims_statistics_2025.ods", [
    ["Line of business", "Claims reported", "Claims paid (kEUR)", "Reserves (kEUR)", "Combined ratio"],
    ["Motor liability", 18420, 61230, 88400, "96.1 %"],
    ["Motor own damage", 22115, 47810, 9200, "101.4 %"],
    ["Household contents", 9310, 14020, 3150, "82.5 %"],
    ["Buildings", 6702, 38990, 21700, "104.8 %"],
    ["General liability", 5120, 12440, 19300, "78.9 %"],
    ["Legal expenses", 7804, 9870, 11200, "92.0 %"],
    ["Accident", 3320, 15610, 24800, "71.3 %"],
    ["Health (SLT)", 41318, 68283, 15100, "n/a"],
], sheet="2025")])
# ===== CONFIDENTIAL, German ===============================================

mail("c01", "CONFIDENTIAL", "de", "customer-to-insurer",
     "customer gives new IBAN for her household policy without repeating her name or policy number",
     "Svenja Thiel <svenja.thiel@web.example>", "kundenservice@rhoenland-versicherung.example",
     "neue Kontoverbindung", "2026-03-09 06:48", cte="8bit", flowed=True, body="""\
Hallo,

ab April bitte die Beiträge für meine Hausratversicherung von meinem neuen
Konto abbuchen:

DE16 5307 0007 2955 2674 24
Sparkasse Fulda-Rhön

Das alte Konto bei der Volksbank löse ich Ende März auf.

Danke und viele Grüße
Svenja

Von meinem iPhone gesendet
""")

mail("c02", "CONFIDENTIAL", "de", "internal",
     "one-line internal fact: a named woman has been insured since 3 Feb (household/liability)",
     addr("kroeger"), addr("kunze"), "Maurer", "2026-03-09 08:31", body="""\
Hallo Ralf, Frau Brigitte Maurer ist seit 3.2. bei uns versichert (Hausrat + PHV), die Vorversicherung ist sauber gekündigt. Kannst den Leitungswasserschaden also anlegen.
Sabine
""")

mail("c03", "CONFIDENTIAL", "de", "broker-to-insurer",
     "broker sends a motor application: name, birth date, address, licence plate, no-claims class",
     "Bernd Öztürk <b.oeztuerk@oeztuerk-versicherungsmakler.example>", "antrag-kfz@rhoenland-versicherung.example",
     "Antrag Kfz – Wagenknecht, Pkw-Wechsel zum 16.03.", "2026-03-09 09:14", charset="iso-8859-1", body="""\
Guten Morgen,

für meinen Kunden bitte einen neuen Kfz-Vertrag anlegen, Fahrzeugwechsel
zum 16.03.2026:

VN:            Torsten Wagenknecht, geb. 14.07.1979
Anschrift:     Am Frauenberg 23, 36039 Fulda
Fahrzeug:      VW Tiguan 2.0 TDI, EZ 05/2023, FIN WVGZZZ5NZPW418822
Kennzeichen:   FD-TW 779 (Übernahme vom Vorfahrzeug)
Fahrer:        VN und Ehefrau Claudia Wagenknecht, geb. 02.11.1981
SF-Klasse:     KH SF 17 / VK SF 15 (Übertrag aus RV-KF-4401288)
Deckung:       KH 100 Mio., VK 500 SB / TK 150 SB, Werkstattbindung ja
Zahlung:       jährlich, Lastschrift wie bisher

eVB bitte an mich, die Zulassung macht der Kunde am Montag.

Mit freundlichen Grüßen
Bernd Öztürk
Versicherungsmakler e.K.
Bahnhofstraße 14 · 36088 Hünfeld
Tel. 06652 74 19 90 · IHK-Registernummer D-XH7T-KL3Q9-21
""")

mail("c04", "CONFIDENTIAL", "de", "insurer-to-customer",
     "body says only 'das gewünschte Dokument'; attached motor premium invoice has name, address, policy, masked IBAN",
     addr("kroeger"), "Rüdiger Hahn <ruediger.hahn@t-online.example>",
     "AW: Rechnung", "2026-03-09 10:02", body="""\
Guten Tag Herr Hahn,

anbei das gewünschte Dokument.

""" + sig("kroeger"), atts=[pdf("Beitragsrechnung_2026.pdf", [
    "Rhönland Versicherung a.G. - Am Rhönhof 1 - 36037 Fulda",
    "",
    "Herrn Rüdiger Hahn",
    "Lindenweg 8",
    "36100 Petersberg",
    "",
    "## Beitragsrechnung Kraftfahrtversicherung 2026",
    "Versicherungsschein-Nr.: RV-KF-4412076   Kundennummer: KD 1008 4471",
    "Fahrzeug: Skoda Octavia Combi, amtl. Kennzeichen FD-RH 318",
    "Versicherungszeitraum: 01.01.2026 - 31.12.2026",
    "",
    "Kfz-Haftpflicht (SF 22, 30 %)          312,40 EUR",
    "Vollkasko (SF 18, 32 %), SB 300 EUR     401,90 EUR",
    "Versicherungsteuer 19 %                 135,71 EUR",
    "Gesamtbetrag                            850,01 EUR",
    "",
    "Der Betrag wird am 15.01.2026 von Ihrem Konto DE05 **** **** **** **09 80 abgebucht.",
], title="Beitragsrechnung", author="Rhönland Versicherung a.G.")])

mail("c05", "CONFIDENTIAL", "de", "authority-to-insurer",
     "police asks whether a named man's stolen e-bike is insured with the company (case number, address)",
     "Polizeirevier Fulda <ermittlungsgruppe.fahrrad@polizei-hessen.example>", "schaden@rhoenland-versicherung.example",
     "Ermittlungsverfahren ST/0318842/2026 – Fahrraddiebstahl", "2026-03-09 10:45", body="""\
Sehr geehrte Damen und Herren,

in o. g. Ermittlungsverfahren wegen Diebstahls eines E-Bikes (Cube Kathmandu
Hybrid, Rahmennummer WBK2231871C, Farbe grau) zum Nachteil von

Herrn Marco Bianchi, wohnhaft Rangstraße 17, 36037 Fulda,

wurde das Fahrrad am 07.03.2026 in Gießen sichergestellt. Herr Bianchi gab
bei der Anzeigenerstattung an, das Rad sei bei Ihnen versichert. Wir bitten
um Mitteilung, ob bereits eine Entschädigung gezahlt wurde und das Eigentum
auf Sie übergegangen ist, damit wir das Rad an den Berechtigten herausgeben
können.

Mit freundlichen Grüßen
Im Auftrag
PK Dennis Albers
Polizeirevier Fulda, Ermittlungsgruppe Eigentum
Severingstraße 1-7, 36041 Fulda
""")

mail("c06", "CONFIDENTIAL", "de", "insurer-to-customer",
     "household burglary settlement with itemised amounts and payout to customer's IBAN (HTML table)",
     addr("kunze"), "Agnieszka Nowak <a.nowak@gmx-mail.example>",
     "Ihr Einbruchschaden S-26-410377 – Abrechnung", "2026-03-09 11:20", mode="alt", html="""\
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Sehr geehrte Frau Nowak,</p>
<p>vielen Dank für die vollständigen Unterlagen zu dem Einbruch in Ihre Wohnung in der
Leipziger Straße 41, Fulda, am 21. Februar. Wir haben Ihren Schaden wie folgt abgerechnet:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr><th>Position</th><th>Neuwert</th><th>Entschädigung</th></tr>
<tr><td>Notebook Lenovo, Kaufbeleg 2024</td><td>1.149,00 €</td><td>1.149,00 €</td></tr>
<tr><td>Schmuck (Goldkette, Ring), Wertsachengrenze</td><td>2.300,00 €</td><td>2.000,00 €</td></tr>
<tr><td>Bargeld</td><td>420,00 €</td><td>420,00 €</td></tr>
<tr><td>Reparatur Wohnungstür (Rechnung Schreinerei Sauer)</td><td>687,40 €</td><td>687,40 €</td></tr>
<tr><td><b>Summe</b></td><td></td><td><b>4.256,40 €</b></td></tr>
</table>
<p>Den Betrag überweisen wir in den nächsten Tagen auf Ihr Konto IBAN DE34 5306 0180 5977 1972 58.
Vertragsnummer: RV-HR-2093314.</p>
<p>Sollten gestohlene Gegenstände wieder auftauchen, geben Sie uns bitte Bescheid.</p>
<p>Mit freundlichen Grüßen<br>Ralf Kunze<br>Gebäude- und Hausratschaden<br>Telefon 0661 9420-471</p>
<p style="font-size:11px;color:#666">Rhönland Versicherung a.G. · Am Rhönhof 1 · 36037 Fulda · Amtsgericht Fulda HRB 2381</p>
</body></html>
""")

mail("c07", "CONFIDENTIAL", "de", "customer-to-insurer",
     "Swiss-style mail (no sharp s): cross-border commuter reports new address for his motor policy",
     "Reto Caflisch <reto.caflisch@bluewin.example>", "kundenservice@rhoenland-versicherung.example",
     "Adressänderung", "2026-03-09 12:58", cte="base64", body="""\
Grüezi

Ich bin per 1. März von Kreuzlingen nach Konstanz gezügelt und bitte Sie,
die Adresse für meine Autoversicherung anzupassen:

Neu: Reto Caflisch, Schottenstrasse 62, 78462 Konstanz

Das Auto ist weiterhin in Deutschland eingelöst (KN-RC 88), Police
RV-KF-4398120. Die Prämie bitte wie bisher vom Konto abbuchen.

Besten Dank und freundliche Grüsse
Reto Caflisch
""")

mail("c08", "CONFIDENTIAL", "de", "customer-to-insurer",
     "Austrian-style mail: trip cancellation because the employer dismissed her (no health), booking data",
     "Gerda Pichler <gerda.pichler@aon.example>", "reise@rhoenland-versicherung.example",
     "Stornierung Reise Kreta – Kündigung durch Dienstgeber", "2026-03-09 14:11", charset="iso-8859-1",
     body="""\
Sehr geehrte Damen und Herren,

leider muss ich unsere Pauschalreise nach Kreta (Abreise 4. April, 2 Personen,
Buchungsnummer TUX-88412) stornieren. Mein Dienstgeber hat mir am 2. März
überraschend gekündigt, das Dienstverhältnis endet mit 31. März. Die
Kündigung lege ich als Scan bei, sobald ich einen Scanner habe.

Reiserücktrittsversicherung: RV-RE-5521048, abgeschlossen im Jänner über
das Reisebüro in Passau. Die Stornokosten betragen laut Veranstalter 40 %,
das sind 1.196,00 Euro.

Bitte überweisen Sie auf mein Konto bei der Raiffeisenbank:
IBAN AT72 3501 0586 4918 5693

Mit freundlichen Grüßen
Gerda Pichler
Schärdinger Straße 4, 4780 Schärding
""")

mail("c09", "CONFIDENTIAL", "de", "lawyer-to-insurer",
     "lawyer requests legal-expenses cover for a dismissal case: client's name, employer, salary",
     "RAin Dr. Lea Hartung <kanzlei@hartung-arbeitsrecht.example>", "rechtsschutz@rhoenland-versicherung.example",
     "Deckungsanfrage – Sebastian Vogt ./. Heller Logistik GmbH", "2026-03-09 15:30", body="""\
Sehr geehrte Damen und Herren,

wir zeigen an, dass wir Herrn Sebastian Vogt, Lange Straße 9, 36110 Schlitz,
anwaltlich vertreten. Ihr Versicherungsnehmer ist bei Ihnen unter
RV-RS-3108872 rechtsschutzversichert (Privat-, Berufs- und Verkehrs-RS).

Herr Vogt ist seit 2014 als Disponent bei der Heller Logistik GmbH
beschäftigt, Bruttomonatsgehalt zuletzt 3.850,00 EUR. Mit Schreiben vom
27.02.2026 wurde ihm ordentlich zum 30.04.2026 gekündigt, angeblich aus
betriebsbedingten Gründen. Wir beabsichtigen, fristgerecht
Kündigungsschutzklage zum Arbeitsgericht Fulda zu erheben.

Wir bitten um Deckungszusage für die erste Instanz. Der Gegenstandswert
beträgt nach § 42 Abs. 2 GKG drei Bruttomonatsgehälter, also 11.550,00 EUR.

Das Kündigungsschreiben fügen wir auf Anforderung bei.

Mit freundlichen Grüßen
Dr. Lea Hartung
Rechtsanwältin, Fachanwältin für Arbeitsrecht
Hartung Arbeitsrecht · Friedrichstraße 20 · 36037 Fulda
""")

mail("c10", "CONFIDENTIAL", "de", "authority-to-insurer",
     "tax office garnishes a named taxpayer's claim payout: tax debt, tax number, birth date",
     "Finanzamt Fulda – Vollstreckungsstelle <vollstreckung@finanzamt-fulda.example>",
     "schaden@rhoenland-versicherung.example",
     "Pfändungs- und Einziehungsverfügung – Vollstreckungssache Hellwig", "2026-03-09 16:02",
     charset="iso-8859-1", body="""\
Finanzamt Fulda – Vollstreckungsstelle
Geschäftszeichen: V 018/114/60277 – Hel

Pfändungs- und Einziehungsverfügung

Vollstreckungsschuldnerin: Doris Hellwig, geb. 23.09.1968,
Am Aschenberg 5, 36041 Fulda, Steuernummer 018 241 60277

Drittschuldner: Rhönland Versicherung a.G.

Wegen rückständiger Einkommensteuer 2022 und 2023 nebst Säumniszuschlägen
in Höhe von insgesamt 8.412,55 EUR werden hiermit alle gegenwärtigen und
künftigen Ansprüche der Vollstreckungsschuldnerin gegen Sie auf Zahlung von
Entschädigungsleistungen aus der Wohngebäudeversicherung, insbesondere aus
dem Sturmschaden vom 17.02.2026, gepfändet und zur Einziehung überwiesen.

Sie dürfen an die Vollstreckungsschuldnerin nicht mehr zahlen. Bitte geben
Sie binnen zwei Wochen die Drittschuldnererklärung nach § 316 AO ab.

Im Auftrag
Lindner, Steueramtsinspektorin

Das Original wird Ihnen zusätzlich förmlich zugestellt.
""")

mail("c11", "CONFIDENTIAL", "de", "court-to-insurer",
     "court order taking evidence in a car accident case (no injuries): parties, plates, claim number",
     "Amtsgericht Hünfeld – Geschäftsstelle Abt. 3 <poststelle@ag-huenfeld.example>",
     addr("wehner"), "3 C 41/26 – Beweisbeschluss", "2026-03-10 08:20", body="""\
Sehr geehrte Damen und Herren,

in dem Rechtsstreit Kaiser ./. Rhönland Versicherung a.G. u. a. übersenden
wir den Beweisbeschluss vom 09.03.2026 zur Kenntnis. Das Original folgt
über das besondere elektronische Anwaltspostfach an Ihre
Prozessbevollmächtigten.

Mit freundlichen Grüßen
Justizbeschäftigte Schmelz
Amtsgericht Hünfeld, Hauptstraße 24, 36088 Hünfeld

Diese Nachricht wurde maschinell erstellt und ist ohne Unterschrift gültig.
""", atts=[pdf("3C41-26_Beweisbeschluss.pdf", [
    "Amtsgericht Hünfeld - Az. 3 C 41/26",
    "",
    "In dem Rechtsstreit",
    "Jens Kaiser, Marktstraße 3, 36088 Hünfeld - Kläger -",
    "gegen",
    "1. Nele Brückner, Am Sportplatz 12, 36088 Hünfeld - Beklagte zu 1 -",
    "2. Rhönland Versicherung a.G., vertr. d. d. Vorstand - Beklagte zu 2 -",
    "",
    "## Beweisbeschluss",
    "Es soll Beweis erhoben werden über die Behauptung des Klägers, die Beklagte zu 1 sei am "
    "14.11.2025 gegen 7:40 Uhr mit dem Pkw FD-NB 204 beim Ausparken auf dem Parkplatz des "
    "Rewe-Marktes Hünfeld rückwärts gegen den stehenden Pkw des Klägers (FD-JK 1907) gestoßen, "
    "durch Einholung eines unfallanalytischen Sachverständigengutachtens.",
    "Personen wurden bei dem Vorfall nicht verletzt; gestritten wird allein über den Sachschaden "
    "von 3.318,20 EUR (Schaden-Nr. der Beklagten zu 2: S-25-398114).",
    "Der Kläger hat einen Auslagenvorschuss von 1.500 EUR binnen drei Wochen einzuzahlen.",
    "",
    "Hünfeld, 09.03.2026 - Dr. Reuter, Richter am Amtsgericht",
], title="Beweisbeschluss", author="Amtsgericht Huenfeld")])

mail("c12", "CONFIDENTIAL", "de", "insurer-to-assessor",
     "appraisal order for a damaged car: owner's name, address, phone, plate, VIN, claim number",
     addr("wehner"), "Sachverständigenbüro Kessler <info@sv-kessler.example>",
     "Gutachtenauftrag S-26-411820 / FD-CY 55", "2026-03-10 09:05", body="""\
Sehr geehrter Herr Kessler,

bitte erstellen Sie ein Schadengutachten (Haftpflicht, Anspruchsteller):

Schadennummer:   S-26-411820
Anspruchsteller: Cem Yıldız, Kohlhäuser Straße 48, 36043 Fulda,
                 mobil 0171 5523 904 (ab 16 Uhr erreichbar)
Fahrzeug:        BMW 320d Touring, FD-CY 55, FIN WBA8J31040K733219
Schaden:         Heckschaden nach Auffahrunfall am 06.03.2026,
                 unser VN ist aufgefahren, Haftung 100 %
Besichtigung:    Fahrzeug steht fahrbereit beim Anspruchsteller

Bitte auch Wiederbeschaffungswert und Wertminderung ermitteln.

""" + sig("wehner", short=True))

mail("c13", "CONFIDENTIAL", "de", "assessor-to-insurer",
     "building assessor's storm damage report: family name, address, policy, repair cost (PDF)",
     "Ing.-Büro Blum <gutachten@ib-blum.example>", addr("kunze"),
     "Gutachten Sturmschaden Reinhardt, Am Kirchberg 4, Eichenzell", "2026-03-10 10:48", body="""\
Sehr geehrter Herr Kunze,

anbei mein Gutachten zum Sturmschaden vom 17.02.2026. Die Eigentümer haben
dem Ortstermin am 05.03. beigewohnt und sind mit der Kostenschätzung
einverstanden.

Mit freundlichen Grüßen
Dipl.-Ing. Andreas Blum
Sachverständiger für Schäden an Gebäuden
""", atts=[pdf("Gutachten_Reinhardt_Sturm_2026-02-17.pdf", [
    "Ingenieurbüro Blum - Gutachten Nr. 2026-031",
    "",
    "Auftraggeber: Rhönland Versicherung a.G., Schaden-Nr. S-26-409912",
    "Versicherungsnehmer: Wolfgang und Ulrike Reinhardt",
    "Risikoort: Am Kirchberg 4, 36124 Eichenzell (Einfamilienhaus, Baujahr 1978)",
    "Vertrag: Wohngebäudeversicherung RV-WG-1187230, Versicherungssumme Wert 1914: 24.500 Mark",
    "",
    "## Befund",
    "Durch Orkanböen (DWD: 118 km/h Station Fulda-Horas) wurden ca. 22 m² Dacheindeckung "
    "(Betondachsteine) abgedeckt, die Dachrinne auf der Westseite abgerissen und die "
    "Satellitenschüssel beschädigt. Folgeschäden durch eindringendes Regenwasser im Dachgeschoss "
    "(Gipskartondecke Kinderzimmer).",
    "## Kostenschätzung netto",
    "Dacheindeckung inkl. Gerüst 6.420 EUR - Dachrinne 880 EUR - Trockenbau/Maler DG 2.150 EUR",
    "Summe netto 9.450 EUR, zzgl. MwSt.",
    "",
    "Eichenzell, 09.03.2026 - A. Blum",
], title="Gutachten Sturmschaden", author="Ing.-Buero Blum")])

mail("c14", "CONFIDENTIAL", "de", "customer-to-insurer",
     "one-liner gives a licence plate; quoted history below names the glass claim and its number",
     "Ursula Franke <ursula.franke@web.example>", "glas@rhoenland-versicherung.example",
     "Re: Ihr Glasschaden S-26-412004", "2026-03-10 11:37", cte="8bit", body="""\
Das Kennzeichen ist FD-UF 61, falls Sie das noch brauchen.
U. Franke

Am 10.03.26 um 09:12 schrieb glas@rhoenland-versicherung.example:
> Sehr geehrte Frau Franke,
>
> vielen Dank für die Meldung des Steinschlags an der Windschutzscheibe
> Ihres Opel Corsa. Für Ihren Teilkaskovertrag RV-KF-4387761 haben wir den
> Schaden unter der Nummer S-26-412004 angelegt. Die Reparatur kann bei
> jeder Partnerwerkstatt ohne Selbstbeteiligung erfolgen.
>
> Bitte teilen Sie uns noch das amtliche Kennzeichen mit.
>
> Mit freundlichen Grüßen
> Ihr Glasteam der Rhönland Versicherung
""")

mail("c15", "CONFIDENTIAL", "de", "insurer-to-insurer",
     "no-claims certificate to the new motor insurer: name, birth date, policy, claims history",
     "Kfz-Vertrag <kfz-vertrag@rhoenland-versicherung.example>", "sf-auskunft@hansekontor-versicherung.example",
     "SF-Auskunft Vorversicherer – Lindemann, Jürgen", "2026-03-10 13:00", charset="windows-1252", body="""\
Sehr geehrte Damen und Herren,

auf Ihre Anfrage vom 05.03.2026 (Ihr Zeichen VA-26-18812) teilen wir mit:

Versicherungsnehmer: Jürgen Lindemann, geb. 30.04.1966
Anschrift:           Hohe Rhön 7, 36129 Gersfeld
Vertrag:             RV-KF-4320915, Pkw FD-JL 66
Versicherungsdauer:  01.01.2009 bis 28.02.2026 (Kündigung durch VN)
SF-Klasse KH:        SF 25 (bei Vertragsende)
SF-Klasse VK:        SF 21
Schäden in den letzten 5 Kalenderjahren:
  KH: keine
  VK: 1 Schaden (12.08.2023), reguliert 2.940,00 EUR, zurückgestuft

Der Schadenfreiheitsrabatt kann übertragen werden.

Mit freundlichen Grüßen
Rhönland Versicherung a.G.
Kfz-Vertragsservice
""")

mail("c16", "CONFIDENTIAL", "de", "company-to-insurer",
     "attachment-only: fleet customer's driver list with names, birth dates and licence dates (XLSX)",
     "Fuhrpark Heller Logistik <fuhrpark@heller-logistik.example>", "flotte@rhoenland-versicherung.example",
     "Fahrerliste Flotte 2026 – aktualisiert", "2026-03-10 14:22", body="""\
Hallo Herr Wehner,

anbei die aktualisierte Fahrerliste für unseren Flottenvertrag, Stand
heute. Es sind drei neue Fahrer dazugekommen.

Viele Grüße
Mandy Krause
Fuhrparkleitung
Heller Logistik GmbH · Industriestraße 40 · 36043 Fulda
""", atts=[xlsx("Fahrerliste_Heller_2026-03.xlsx", [
    ("Fahrer", [
        ["Personalnr.", "Name", "Vorname", "Geburtsdatum", "Führerschein seit", "Klassen", "Fahrzeug"],
        ["1042", "Vogt", "Sebastian", "11.02.1986", "2004", "B, C1", "FD-HL 210"],
        ["1077", "Petrović", "Dragan", "03.06.1975", "1994", "B, C, CE", "FD-HL 301"],
        ["1102", "Schrimpf", "Erika", "19.12.1990", "2008", "B", "FD-HL 118"],
        ["1133", "Kowalczyk", "Tomasz", "27.08.1983", "2001", "B, C, CE", "FD-HL 305"],
        ["1150", "Reis", "Ana", "08.03.1999", "2017", "B", "FD-HL 121 (neu)"],
        ["1151", "Demir", "Yusuf", "15.10.1992", "2010", "B, C", "FD-HL 212 (neu)"],
        ["1152", "Hofmann", "Lena", "22.01.2001", "2019", "B", "FD-HL 122 (neu)"],
    ])], author="Mandy Krause")])

mail("c17", "CONFIDENTIAL", "de", "company-to-insurer",
     "property manager reports a water damage in a named tenant's flat (address, no injuries)",
     "Hausverwaltung Rhönblick GmbH <hausverwaltung@rhoenblick-immobilien.example>",
     "schaden@rhoenland-versicherung.example",
     "Schadenmeldung Leitungswasser – Dalbergstraße 12, 2. OG rechts", "2026-03-10 15:05", body="""\
Sehr geehrte Damen und Herren,

für das Objekt Dalbergstraße 12, 36037 Fulda (Gebäudeversicherung
RV-WG-1203377) melden wir einen Leitungswasserschaden:

Am Sonntag, 08.03., ist in der Wohnung 2. OG rechts (Mieter: Herr Dragan
Petrović) der Anschluss der Waschmaschine undicht geworden. Das Wasser ist
in die darunterliegende Wohnung 1. OG rechts (Mieterin: Frau Erika
Schrimpf) gelaufen. Decke und Laminat im Flur 1. OG sind durchfeuchtet.
Personen sind nicht zu Schaden gekommen.

Die Trocknungsfirma ist beauftragt. Herr Petrović hat nach eigener
Auskunft eine Haftpflichtversicherung, ob bei Ihnen, wissen wir nicht.

Mit freundlichen Grüßen
i. A. Kerstin Wolf
Hausverwaltung Rhönblick GmbH
""")

mail("c18", "CONFIDENTIAL", "de", "insurer-to-customer",
     "overview of a customer's contracts with premiums and IBAN in an HTML table",
     addr("kroeger"), "Monika Eckhardt <m.eckhardt@web.example>",
     "Ihre Vertragsübersicht", "2026-03-10 16:12", mode="alt", html="""\
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Sehr geehrte Frau Eckhardt,</p>
<p>wie telefonisch besprochen hier die Übersicht Ihrer Verträge bei uns:</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse">
<tr style="background:#eef"><th>Vertrag</th><th>Nummer</th><th>Beginn</th><th>Jahresbeitrag</th></tr>
<tr><td>Hausrat (Versicherungssumme 65.000 €)</td><td>RV-HR-2110457</td><td>01.05.2017</td><td>148,20 €</td></tr>
<tr><td>Privathaftpflicht Single</td><td>RV-PH-3355109</td><td>01.05.2017</td><td>61,80 €</td></tr>
<tr><td>Kfz Renault Clio FD-ME 412</td><td>RV-KF-4455021</td><td>15.08.2021</td><td>498,10 €</td></tr>
<tr><td>Fahrrad (Gazelle E-Bike)</td><td>RV-FR-6011872</td><td>01.04.2024</td><td>149,88 €</td></tr>
</table>
<p>Alle Beiträge buchen wir von Ihrem Konto IBAN DE02 5304 0012 3052 9853 90 ab.
Ab dem nächsten Jahr können Sie mit der Bündelung 10 % sparen – sprechen Sie mich gern an.</p>
<p>Mit freundlichen Grüßen<br>Sabine Kröger<br>Kundenservice Privatkunden · Telefon 0661 9420-311</p>
</body></html>
""")

mail("c19", "CONFIDENTIAL", "de", "internal",
     "harmless body; attached CSV (windows-1252) lists named customers with premium arrears in property lines",
     addr("aumann"), "Mahnwesen <mahnwesen@rhoenland-versicherung.example>",
     "Liste für Mahnstufe 2", "2026-03-10 17:01", body="""\
Hi,

anbei die Liste für Mahnstufe 2 (nur Sach/HUK, Kranken läuft separat).
Bitte bis Freitag raus.

Birgit
""", atts=[csvfile("mahnstufe2_2026-03-10.csv", [
    ["Vertrag", "Sparte", "Name", "Vorname", "Straße", "PLZ", "Ort", "Rückstand EUR", "fällig seit"],
    ["RV-KF-4402217", "Kfz", "Gündogdu", "Serkan", "Rabanusstraße 30", "36037", "Fulda", "412,60", "15.01.2026"],
    ["RV-HR-2077130", "Hausrat", "Weißenborn", "Jörg", "Am Rain 3", "36088", "Hünfeld", "96,40", "01.02.2026"],
    ["RV-PH-3361902", "Haftpflicht", "Köhler", "Anja", "Bachgasse 11", "36110", "Schlitz", "58,90", "01.02.2026"],
    ["RV-RS-3112044", "Rechtsschutz", "Ehrhardt", "Mathias", "Hauptstraße 87", "36124", "Eichenzell", "243,00", "01.01.2026"],
    ["RV-WG-1190023", "Wohngebäude", "Möller-Strauß", "Gisela", "Am Hang 2", "36129", "Gersfeld", "611,35", "01.01.2026"],
], encoding="windows-1252")])

mail("c20", "CONFIDENTIAL", "de", "customer-to-insurer",
     "wife writes for her husband about his carport storm claim; photos attached (images without text)",
     "Heike Lindemann <heike.lindemann@t-online.example>", "schaden@rhoenland-versicherung.example",
     "Carport Schaden Jürgen", "2026-03-10 18:40", cte="8bit", body="""\
Guten Abend,

mein Mann hat letzte Woche telefonisch den Sturmschaden an unserem Carport
gemeldet, die Schadennummer hat er leider nicht aufgeschrieben. Er ist
die ganze Woche auf Montage, deshalb schicke ich Ihnen die Fotos. Der
Vertrag läuft auf ihn (Jürgen Lindemann, Hohe Rhön 7, Gersfeld).

Das Dach ist komplett weg, ein Pfosten ist gebrochen. Das Auto stand zum
Glück nicht drunter.

Viele Grüße
Heike Lindemann
""", atts=[png("IMG_4471.png", 240, 180, seed=11), png("IMG_4472.png", 240, 180, seed=12)])

mail("c21", "CONFIDENTIAL", "de", "insurer-to-broker",
     "portfolio transfer list to a broker: customer names, birth dates, property/motor policies (XLSX)",
     addr("hain"), "Bernd Öztürk <b.oeztuerk@oeztuerk-versicherungsmakler.example>",
     "Bestandsübertragung Agentur Herget – Ihre Kunden", "2026-03-11 08:35", body="""\
Hallo Herr Öztürk,

wie besprochen werden die Kunden der aufgelösten Agentur Herget, die Sie
als Makler mandatiert haben, zum 01.04. auf Ihre Vermittlernummer
übertragen. Die Liste mit den Verträgen hängt an, bitte prüfen Sie, ob die
Maklermandate für alle vorliegen.

Krankenversicherungs- und Lebensverträge sind nicht enthalten, die laufen
über einen gesonderten Weg.

""" + sig("hain"), atts=[xlsx("Bestand_Herget_an_Oeztuerk.xlsx", [
    ("Bestand", [
        ["Kunde", "Geburtsdatum", "Anschrift", "Vertrag", "Sparte", "Jahresbeitrag EUR"],
        ["Heinz Kircher", "04.02.1957", "Bergstraße 2, 36088 Hünfeld", "RV-KF-4310288", "Kfz", 612.30],
        ["Heinz Kircher", "04.02.1957", "Bergstraße 2, 36088 Hünfeld", "RV-WG-1150873", "Wohngebäude", 934.10],
        ["Sabrina Kowalski", "17.09.1988", "Mühlweg 14, 36093 Künzell", "RV-HR-2088410", "Hausrat", 121.00],
        ["Sabrina Kowalski", "17.09.1988", "Mühlweg 14, 36093 Künzell", "RV-PH-3340012", "Haftpflicht", 64.50],
        ["Lothar Zeh", "30.06.1949", "Ringstraße 6, 36142 Tann", "RV-RS-3099017", "Rechtsschutz", 318.00],
        ["Familie Bayram", "", "Lindenstraße 44, 36088 Hünfeld", "RV-TI-7004511", "Tier (Hund)", 287.40],
    ])], author="Tobias Hain")])

mail("c22", "CONFIDENTIAL", "de", "customer-to-insurer",
     "travel baggage theft in Barcelona: list of items and values, policy number, no health content",
     "Florian Tessmann <f.tessmann@posteo.example>", "reise@rhoenland-versicherung.example",
     "Gepäck gestohlen in Barcelona – Reisegepäckversicherung", "2026-03-11 09:58", body="""\
Hallo,

während unseres Kurzurlaubs wurde mir am 06.03. in der Metro in Barcelona
der Rucksack gestohlen. Anzeige bei den Mossos d'Esquadra ist gemacht
(Aktenzeichen BCN-2026-118833, Kopie anbei – kommt per Post, ich hab nur
das Original).

Inhalt:
- Kamera Sony Alpha 6400 mit Objektiv, gekauft 2023 für 1.099 EUR
- Kindle Paperwhite, 2022, 139 EUR
- Sonnenbrille Ray-Ban, 160 EUR
- Rucksack Deuter, 95 EUR
- Bargeld ca. 80 EUR

Meine Reiseversicherung ist die RV-RE-5533019 (Jahrespolice Familie).
Wohin schicke ich die Kaufbelege?

Viele Grüße
Florian Tessmann
""")

mail("c23", "CONFIDENTIAL", "de", "customer-to-insurer",
     "pet owner submits the cat's vet invoice (animal health only; owner identifiable, policy number)",
     "Nele Brückner <nele.brueckner@gmx-mail.example>", "tier@rhoenland-versicherung.example",
     "Rechnung Tierarzt Mimi", "2026-03-11 10:40", body="""\
Hallo liebes Tier-Team,

unsere Katze Mimi (Vertrag RV-TI-7011834) hatte sich eine Kralle
eingerissen und eine Entzündung an der Pfote, sie war zweimal beim
Tierarzt. Die Rechnung hängt an. Bitte auf das bekannte Konto erstatten.

Viele Grüße
Nele Brückner
""", atts=[pdf("Tierarztrechnung_Mimi.pdf", [
    "Tierarztpraxis am Schlossgarten - Dr. med. vet. Paula Grimm - Pauluspromenade 4 - 36037 Fulda",
    "",
    "Rechnung Nr. 26-0412 vom 09.03.2026",
    "Tierhalterin: Nele Brückner, Am Sportplatz 12, 36088 Hünfeld",
    "Patient: Mimi, Katze, EKH, weiblich kastriert, Chip 276098106547731",
    "",
    "05.03.2026  Allgemeine Untersuchung (GOT Nr. 1)             23,62 EUR",
    "05.03.2026  Wundversorgung Pfote, Kralle gekürzt             35,40 EUR",
    "05.03.2026  Antibiotikum Injektion                           18,10 EUR",
    "09.03.2026  Kontrolluntersuchung                             23,62 EUR",
    "Summe netto 100,74 EUR - MwSt. 19 % 19,14 EUR - Gesamt 119,88 EUR",
], title="Tierarztrechnung", author="Tierarztpraxis am Schlossgarten")])

mail("c24", "CONFIDENTIAL", "de", "insurer-to-customer",
     "one-line payout notice for a stolen bicycle to a named customer",
     addr("kroeger"), "Marco Bianchi <marco.bianchi@libero.example>",
     "Ihr Fahrraddiebstahl", "2026-03-11 11:15", body="""\
Sehr geehrter Herr Bianchi,

die Entschädigung von 3.249,00 Euro für Ihr gestohlenes E-Bike (Vertrag
RV-FR-6008413) ist heute an Sie überwiesen worden.

""" + sig("kroeger", short=True))

mail("c25", "CONFIDENTIAL", "de", "customer-to-insurer",
     "customer cancels household policy because of moving abroad (ae/oe/ue spelling): new address, policy",
     "Thomas Wenzel <th.wenzel@freenet.example>", "kundenservice@rhoenland-versicherung.example",
     "Kuendigung Hausrat wegen Umzug", "2026-03-11 12:03", charset="us-ascii", cte="7bit", body="""\
Sehr geehrte Damen und Herren,

hiermit kuendige ich meine Hausratversicherung Nr. RV-HR-2101988 zum
31.03.2026, da ich beruflich nach Norwegen ziehe (Wegfall des Risikos).
Die Wohnung in der Heinrich-von-Bibra-Str. 4 in Fulda gebe ich zum
Monatsende auf.

Meine neue Anschrift ab 01.04.:
Thomas Wenzel, Kongens gate 18, 7011 Trondheim, Norwegen

Bitte bestaetigen Sie mir die Kuendigung und erstatten Sie den zu viel
gezahlten Beitrag. Meine Privathaftpflicht soll bitte weiterlaufen, geht
das im Ausland?

Mit freundlichen Gruessen
Thomas Wenzel
""")

mail("c26", "CONFIDENTIAL", "de", "customer-to-insurer",
     "rent-deposit guarantee application with the applicant's payslip (income) attached as PDF",
     "Ana Reis <ana.reis@gmail-demo.example>", "mietkaution@rhoenland-versicherung.example",
     "Unterlagen Mietkautionsbürgschaft", "2026-03-11 13:22", cte="base64", body="""\
Guten Tag,

wie gewünscht anbei meine letzte Gehaltsabrechnung für die
Mietkautionsbürgschaft (Antrag von letzter Woche, Wohnung Sturmiusstraße 9,
Kaution 2.250 Euro). Vermieterin ist die Rhönblick Hausverwaltung.

Mit freundlichen Grüßen
Ana Reis
""", atts=[pdf("Entgeltabrechnung_Februar_2026.pdf", [
    "Heller Logistik GmbH - Industriestraße 40 - 36043 Fulda",
    "Entgeltabrechnung Februar 2026",
    "",
    "Frau Ana Reis, Personalnummer 1150, Eintritt 01.10.2025, Steuerklasse I, Kinderfreibetrag 0",
    "Steuer-ID 57 302 118 946",
    "",
    "Grundgehalt                         2.980,00 EUR",
    "Schichtzulage                         214,50 EUR",
    "Gesamtbrutto                        3.194,50 EUR",
    "Lohnsteuer                           -318,25 EUR",
    "Solidaritätszuschlag                    0,00 EUR",
    "KV/RV/AV/PV Arbeitnehmeranteil       -672,55 EUR",
    "Nettoverdienst                      2.203,70 EUR",
    "Auszahlung auf IBAN DE29 5123 0800 5587 7052 74",
], title="Entgeltabrechnung", author="Heller Logistik GmbH")])

mail("c27", "CONFIDENTIAL", "de", "internal",
     "colleague asks to store a named customer's new IBAN in her motor contract",
     "Lisa Marquardt <lisa.marquardt@rhoenland-versicherung.example>", addr("kroeger"),
     "IBAN Yilmaz", "2026-03-11 14:00", body="""\
Hi Sabine,

kannst du bei Frau Yilmaz (Kfz RV-KF-4460093) noch die neue IBAN
eintragen? Sie hat sie mir am Telefon durchgegeben, weil die Regulierung
des Parkschadens sonst aufs alte Konto geht:

DE88 5305 0180 7945 1440 76

Danke dir!
Lisa
""")

mail("c28", "CONFIDENTIAL", "de", "insurer-to-customer",
     "legal-expenses cover granted for a tenancy dispute: name, rented flat address, opponent, policy",
     "Rechtsschutz-Service <rechtsschutz@rhoenland-versicherung.example>",
     "Kemal Aydın <kemal.aydin@outlook-mail.example>",
     "Deckungszusage Mietrechtsstreit – RV-RS-3120551", "2026-03-11 15:30", body="""\
Sehr geehrter Herr Aydın,

für Ihre Auseinandersetzung mit Ihrem Vermieter, Herrn Klaus-Dieter Rath,
wegen der Nebenkostenabrechnung 2024 und der angekündigten Mieterhöhung für
Ihre Wohnung Heinrichstraße 60, 36037 Fulda, sagen wir Ihnen Versicherungs-
schutz aus Ihrem Rechtsschutzvertrag RV-RS-3120551 (Wohnungs-
Rechtsschutz für Mieter) zu.

Umfang: außergerichtliche und erstinstanzliche Interessenwahrnehmung,
Selbstbeteiligung 150 Euro.

Ihr Anwalt kann seine Kostennote direkt an uns schicken.

Mit freundlichen Grüßen
Rechtsschutz-Service
Rhönland Versicherung a.G.

""" + FOOTER_DE)

mail("c29", "CONFIDENTIAL", "de", "authority-to-insurer",
     "police accident report (no one injured) with both drivers' names, addresses, plates (PDF)",
     "Polizeistation Hünfeld <pst.huenfeld@polizei-hessen.example>", "schaden@rhoenland-versicherung.example",
     "Verkehrsunfallmitteilung VU 0211/26 – Akteneinsicht", "2026-03-11 16:18", body="""\
Sehr geehrte Damen und Herren,

auf Ihr Akteneinsichtsgesuch übersenden wir die Verkehrsunfallmitteilung.

Mit freundlichen Grüßen
Polizeistation Hünfeld – Verkehrsdienst
""", atts=[pdf("VU_0211-26_Mitteilung.pdf", [
    "Polizeistation Hünfeld - Verkehrsunfallmitteilung VU 0211/26",
    "",
    "Unfallzeit: 27.02.2026, 17:05 Uhr - Unfallort: Hünfeld, Kreuzung Fuldaer Straße / Mackenzeller Straße",
    "",
    "Beteiligter 1: Hans-Peter Grünewald, geb. 12.05.1961, Niedertor 5, 36088 Hünfeld",
    "Fahrzeug: Ford Focus, FD-HG 512, Halter: wie vor, Versicherer: Rhönland Versicherung a.G.",
    "Beteiligter 2: Svenja Thiel, geb. 08.08.1993, Grabenstraße 7, 36088 Hünfeld",
    "Fahrzeug: Mini Cooper, FD-ST 893, Halterin: wie vor",
    "",
    "Hergang: B1 missachtete beim Linksabbiegen die Vorfahrt des entgegenkommenden B2.",
    "Personenschaden: keiner. Sachschaden ca. 7.000 EUR. Verwarnungsgeld gegen B1: 35 EUR.",
], title="Verkehrsunfallmitteilung", author="Polizeistation Huenfeld")])

mail("c30", "CONFIDENTIAL", "de", "insurer-to-lawyer",
     "recovery letter to opposing counsel as ODT: named tortfeasor, address, property damage amount",
     addr("beckmann"), "Kanzlei Wendt & Partner <kanzlei@wendt-partner.example>",
     "Regress S-26-408870 – Ihr Mandant Herr Rath", "2026-03-11 17:02", body="""\
Sehr geehrte Kolleginnen und Kollegen,

anbei unser Schreiben in der Regresssache zu Ihrer Kenntnis vorab per
E-Mail; das Original geht heute per Post raus.

Mit freundlichen Grüßen
Lars Beckmann
Recht / Regress
Telefon 0661 9420-140
""", atts=[odt("Regress_S-26-408870_Rath.odt", [
    "Rhönland Versicherung a.G. - Recht / Regress - Am Rhönhof 1 - 36037 Fulda",
    "Kanzlei Wendt & Partner, Rabanusstraße 3, 36037 Fulda",
    "Unser Zeichen: S-26-408870 / Be",
    "Regressforderung aus übergegangenem Recht (§ 86 VVG)",
    "Sehr geehrte Damen und Herren,",
    "Ihr Mandant, Herr Klaus-Dieter Rath, Frauenberger Straße 19, 36039 Fulda, hat am 03.01.2026 "
    "bei Heckenschnittarbeiten mit einem Benzin-Trimmer den Gartenzaun und die Gartenhütte unserer "
    "Versicherungsnehmerin Frau Gisela Möller-Strauß beschädigt. Wir haben unserer Versicherungsnehmerin "
    "aus der Wohngebäudeversicherung 3.870,00 EUR erstattet.",
    "Die Forderung ist auf uns übergegangen. Wir fordern Ihren Mandanten auf, den Betrag bis zum "
    "31.03.2026 auf unser Konto zu überweisen oder uns seinen Haftpflichtversicherer zu benennen.",
    "Mit freundlichen Grüßen - Lars Beckmann",
])])

mail("c31", "CONFIDENTIAL", "de", "customer-to-insurer",
     "Austrian-style customer reports storm damage to gutter at his holiday home; AT IBAN, policy",
     "Anton Huber <anton.huber@aon.example>", "schaden@rhoenland-versicherung.example",
     "Sturmschaden Dachrinne Ferienhaus Gersfeld", "2026-03-11 18:30", cte="8bit", body="""\
Grüß Gott,

beim Sturm Ende Februar hat es bei unserem Ferienhaus in Gersfeld
(Am Eubeberg 9, Haushaltsversicherung und Eigenheim bei Ihnen,
Polizze RV-WG-1199402) die Dachrinne heruntergerissen. Ich war erst
vorige Woche wieder oben und hab's gesehen. Der Spengler aus Gersfeld
hat einen Kostenvoranschlag über 1.140 Euro gemacht.

Bitte um Überweisung auf mein Konto in Österreich:
IBAN AT07 3501 0234 3407 4645, lautend auf Anton Huber.

Mit freundlichen Grüßen
Anton Huber
Ischlerstraße 22, 5020 Salzburg
""")

mail("c32", "CONFIDENTIAL", "de", "insurer-to-customer",
     "eVB number for a named customer's new car with VIN",
     "Kfz-Vertrag <kfz-vertrag@rhoenland-versicherung.example>",
     "Torsten Wagenknecht <t.wagenknecht@web.example>",
     "Ihre eVB-Nummer für die Zulassung", "2026-03-12 08:02", body="""\
Sehr geehrter Herr Wagenknecht,

für die Zulassung Ihres VW Tiguan (FIN WVGZZZ5NZPW418822) lautet Ihre
elektronische Versicherungsbestätigung:

    eVB-Nummer: K7RH3M2

Die eVB ist sechs Monate gültig. Ihr Makler, Herr Öztürk, hat eine Kopie
erhalten.

Gute Fahrt!
Ihre Rhönland Versicherung, Kfz-Vertragsservice

""" + FOOTER_DE)

mail("c33", "CONFIDENTIAL", "de", "customer-to-insurer",
     "customer cancels motor policy after selling the car; buyer's name and address given",
     "Rüdiger Hahn <ruediger.hahn@t-online.example>", "kfz-vertrag@rhoenland-versicherung.example",
     "Verkauf Skoda", "2026-03-12 09:17", charset="windows-1252", body="""\
Hallo,

ich habe meinen Skoda am Samstag verkauft (Kaufvertrag vom 07.03.2026,
Übergabe 10:30 Uhr). Käufer ist Herr Mathias Ehrhardt, Hauptstraße 87,
36124 Eichenzell. Bitte den Vertrag zum Übergabedatum beenden. Das
Kennzeichen FD-RH 318 habe ich behalten, er lässt das Auto auf sich um.

Gruß
R. Hahn
""")

mail("c34", "CONFIDENTIAL", "de", "customer-to-insurer",
     "'Passt so, danke!' – quoted insurer mail below holds her birth date, address and IBAN",
     "Svenja Thiel <svenja.thiel@web.example>", addr("kroeger"),
     "Re: Ihr Antrag Hausrat – bitte Daten prüfen", "2026-03-12 10:05", cte="8bit", body="""\
Passt so, danke!

Gesendet von meinem Galaxy

-------- Ursprüngliche Nachricht --------
Von: Sabine Kröger <sabine.kroeger@rhoenland-versicherung.example>
Datum: 11.03.26 17:44 (GMT+01:00)
An: svenja.thiel@web.example
Betreff: Ihr Antrag Hausrat – bitte Daten prüfen

Sehr geehrte Frau Thiel,

bevor ich Ihren Antrag für die neue Wohnung policiere, prüfen Sie bitte
kurz Ihre Daten:

Name:             Svenja Thiel
Geburtsdatum:     08.08.1993
Versicherungsort: Brauhausstraße 2, 36088 Hünfeld, 2. OG
Wohnfläche:       74 m², Versicherungssumme 48.100 Euro
Beginn:           01.04.2026
Konto:            DE16 5307 0007 2955 2674 24

Wenn alles stimmt, reicht eine kurze Antwort.

Mit freundlichen Grüßen
Sabine Kröger
""")

mail("c35", "CONFIDENTIAL", "de", "internal",
     "harmless forward note; attached forwarded broker mail gives a named customer's building data and address",
     addr("hain"), addr("kunze"), "WG: Gebäudeversicherung Lange Straße 9", "2026-03-12 10:44", body="""\
Ralf, kannst du das bitte übernehmen? Ist eher deine Baustelle.
Danke, Tobias
""", atts=[fwd("Gebaeudeversicherung Lange Strasse 9.eml",
               frm="Heiko Brandes <h.brandes@finanzkontor-vogelsberg.example>",
               to="makler@rhoenland-versicherung.example",
               subject="Gebäudeversicherung Lange Straße 9 – Umbau", date="2026-03-11 16:20", body="""\
Hallo Herr Hain,

mein Kunde Sebastian Vogt, Lange Straße 9, 36110 Schlitz, baut das
Dachgeschoss seines Hauses aus (zusätzlich 45 m² Wohnfläche, neue Gauben,
Fertigstellung ca. Juli). Die Wohngebäudeversicherung RV-WG-1177604 muss
angepasst werden, sonst ist er unterversichert. Baukosten laut Architekt
ca. 95.000 Euro.

Er möchte außerdem wissen, ob die Photovoltaik-Anlage (9,8 kWp, 2024)
mitversichert ist.

Viele Grüße
Heiko Brandes
Finanzkontor Vogelsberg GmbH
""")])

mail("c36", "CONFIDENTIAL", "de", "insurer-to-customer",
     "HTML-only payment reminder for a liability policy with amount and policy number",
     "Beitragsinkasso <inkasso@rhoenland-versicherung.example>", "serkan.guendogdu@web.example",
     "Zahlungserinnerung Privathaftpflicht", "2026-03-12 11:20", mode="html", html="""\
<!DOCTYPE html>
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Sehr geehrter Herr Gündoğdu,</p>
<p>leider konnten wir den Beitrag für Ihre <b>Privathaftpflichtversicherung RV-PH-3370815</b> nicht einziehen.
Ihre Bank hat die Lastschrift vom 02.03.2026 zurückgegeben (Grund: Konto erloschen).</p>
<table style="border:1px solid #999;border-collapse:collapse" cellpadding="4">
<tr><td>Offener Beitrag 2026</td><td style="text-align:right">72,40 €</td></tr>
<tr><td>Rücklastschriftgebühr Ihrer Bank</td><td style="text-align:right">3,50 €</td></tr>
<tr><td><b>Zu zahlen bis 26.03.2026</b></td><td style="text-align:right"><b>75,90 €</b></td></tr>
</table>
<p>Bitte überweisen Sie den Betrag oder teilen Sie uns eine neue Bankverbindung mit. Solange der Beitrag
nicht bezahlt ist, kann Ihr Versicherungsschutz gefährdet sein (§ 38 VVG).</p>
<p>Mit freundlichen Grüßen<br>Ihr Beitragsinkasso-Team</p>
<p style="font-size:11px;color:#666">Rhönland Versicherung a.G. · Am Rhönhof 1 · 36037 Fulda · Amtsgericht Fulda HRB 2381</p>
</body></html>
""")

mail("c37", "CONFIDENTIAL", "de", "company-to-insurer",
     "attachment-only: property manager's ODS of flats with tenant names for the glass cover schedule",
     "Hausverwaltung Rhönblick GmbH <hausverwaltung@rhoenblick-immobilien.example>", addr("kunze"),
     "Einheitenliste Glasversicherung Dalbergstraße", "2026-03-12 12:15", body="""\
Sehr geehrter Herr Kunze,

wie angefordert die Einheitenliste für die Glasversicherung im Anhang.

Freundliche Grüße
Kerstin Wolf
""", atts=[ods("Einheiten_Dalbergstr12.ods", [
    ["Einheit", "Lage", "Mieter/in", "Einzug", "Glasfläche m²", "Ceranfeld"],
    ["01", "EG links", "Heinz und Marlies Gerhardt", "01.03.2009", 9.4, "ja"],
    ["02", "EG rechts", "Olga Sidorenko", "15.07.2019", 8.8, "nein"],
    ["03", "1. OG links", "Jan-Philipp Roos", "01.10.2022", 9.4, "ja"],
    ["04", "1. OG rechts", "Erika Schrimpf", "01.05.2016", 8.8, "ja"],
    ["05", "2. OG links", "leer (Renovierung)", "", 9.4, "nein"],
    ["06", "2. OG rechts", "Dragan Petrović", "01.02.2021", 8.8, "ja"],
], sheet="Dalbergstr. 12")])

mail("c38", "CONFIDENTIAL", "de", "insurer-to-customer",
     "tariff change confirmation for liability/household with the customer's birth date and new premium",
     addr("kroeger"), "Ingrid Feldmann <ingrid.feldmann@t-online.example>",
     "Bestätigung Tarifwechsel", "2026-03-12 13:40", body="""\
Sehr geehrte Frau Feldmann,

wie gewünscht haben wir Ihre Privathaftpflicht zum 01.04.2026 in den
Tarif "RhönSchutz Senior" umgestellt. Der Tarif ist für Versicherte ab 60
gedacht; nach unseren Unterlagen sind Sie am 19.01.1955 geboren, die
Voraussetzung ist also erfüllt.

Neuer Jahresbeitrag: 54,90 Euro (bisher 71,20 Euro)
Vertragsnummer bleibt: RV-PH-3302271
Deckungssumme: 20 Mio. Euro, Schlüsselverlust und Ehrenamt inklusive

Den neuen Versicherungsschein erhalten Sie per Post.

""" + sig("kroeger"))

mail("c39", "CONFIDENTIAL", "de", "customer-to-insurer",
     "father asks whether his 17-year-old son (named) can drive on his motor policy",
     "Wolfgang Reinhardt <w.reinhardt@gmx-mail.example>", "kfz-vertrag@rhoenland-versicherung.example",
     "Sohn Führerschein", "2026-03-12 19:21", cte="8bit", body="""\
Guten Abend,

mein Sohn Felix wird im Mai 17 und macht gerade den Führerschien
(begleitetes Fahren). Kann er bei meinem Passat mitfahren bzw. muss ich ihn
als Fahrer eintragen lassen? Was kostet das ungefähr?

Gruß
W. Reinhardt
""")

mail("c40", "CONFIDENTIAL", "de", "internal",
     "claims handler suspects a prior damage on a named claimant's car (claim, plate, payment history)",
     addr("wehner"), "Lisa Marquardt <lisa.marquardt@rhoenland-versicherung.example>",
     "S-26-411820 – Vorschaden?", "2026-03-12 14:55", body="""\
Lisa,

beim Gutachten Yıldız (FD-CY 55) sieht Kessler Spuren einer alten
Instandsetzung am Heckblech. Laut HIS-Abfrage gab es 2024 einen
Heckschaden bei der Hansekontor, abgerechnet fiktiv auf Gutachtenbasis
(4.100 EUR). Bitte vor der Zahlung beim Anspruchsteller nach der
Reparaturrechnung fragen. Kein Betrugsverdacht bisher, nur Vorsicht.

Jonas
""")

mail("c41", "CONFIDENTIAL", "de", "customer-to-insurer",
     "burglary victim's stolen-items list (DOCX) with address, policy and values; body mentions nothing",
     "Agnieszka Nowak <a.nowak@gmx-mail.example>", addr("kunze"),
     "Liste", "2026-03-05 21:10", body="""\
Hallo Herr Kunze, hier die Liste wie besprochen.
A. Nowak
""", atts=[docx("Stehlgutliste_Nowak.docx", [
    "# Stehlgutliste",
    "Agnieszka Nowak, Leipziger Straße 41, 36037 Fulda",
    "Hausratversicherung RV-HR-2093314, Schaden vom 21.02.2026 (Einbruch)",
    "Polizeiliches Aktenzeichen: ST/0276114/2026",
], table=[
    ["Gegenstand", "gekauft", "Preis EUR", "Beleg"],
    ["Notebook Lenovo IdeaPad 5", "2024", "1.149,00", "ja"],
    ["Goldkette 585, ca. 12 g", "2019 (Geschenk)", "ca. 1.500,00", "Foto"],
    ["Ring Weißgold mit Stein", "2021", "800,00", "ja"],
    ["Bargeld aus Schublade", "-", "420,00", "-"],
], author="Agnieszka Nowak")])

mail("c42", "CONFIDENTIAL", "de", "insurer-to-customer",
     "bicycle insurance confirmation with frame number, price and policy for a named customer",
     addr("kroeger"), "Florian Tessmann <f.tessmann@posteo.example>",
     "Ihre E-Bike-Versicherung ist aktiv", "2026-03-13 09:30", body="""\
Sehr geehrter Herr Tessmann,

schön, dass Sie sich für uns entschieden haben. Ihre Fahrradversicherung
ist ab heute aktiv:

Vertrag:        RV-FR-6019950
Fahrrad:        Riese & Müller Charger4, Rahmennummer RM24C0881763
Kaufpreis:      5.499,00 Euro (Rechnung Zweirad Jehn vom 02.03.2026)
Beitrag:        16,90 Euro monatlich, Abbuchung zum 1.

Den Versicherungsschein finden Sie in Ihrem Kundenportal.

""" + sig("kroeger"))
# ===== CONFIDENTIAL, English ==============================================

mail("ce01", "CONFIDENTIAL", "en", "customer-to-insurer",
     "expat asks for a motor quote giving date of birth, address and driving history",
     "James Holloway <james.holloway@fastmail.example>", "info@rhoenland-versicherung.example",
     "Car insurance quote", "2026-03-09 07:55", body="""\
Hello,

I moved to Fulda in January for work and I'm buying a used car (2021 Mazda
CX-5, about EUR 24,000). Could you give me a quote for liability plus
comprehensive?

- Name: James Holloway
- Date of birth: 22 October 1984
- Address: Bahnhofstraße 31, 36037 Fulda
- UK driving licence since 2003, exchanged for a German one last month
- No claims in the last 12 years with Aviva UK (I can get a letter)
- Car parked in an underground garage

Thanks,
James
""")

mail("ce02", "CONFIDENTIAL", "en", "customer-to-insurer",
     "customer changes bank details for her contracts (IBAN) without repeating name or number",
     "Emily Carter <emily.carter@outlook-mail.example>", "kundenservice@rhoenland-versicherung.example",
     "New bank account", "2026-03-09 13:30", charset="us-ascii", cte="7bit", body="""\
Hi,

please use my new account for all my policies from now on:

IBAN DE58 5329 0000 5955 8398 86
Account holder: Emily Carter

The old account at N26 will be closed at the end of the month.

Thanks a lot,
Emily
""")

mail("ce03", "CONFIDENTIAL", "en", "insurer-to-customer",
     "household water damage settlement in English: address, claim number, amount",
     addr("kunze"), "Daniel O'Connor <d.oconnor@eiremail.example>",
     "Your claim S-26-410992 – settlement", "2026-03-09 15:10", body="""\
Dear Mr O'Connor,

Thank you for the invoices from the plumbing company and the photos of the
damaged floor in your flat at Petersgasse 6, 36037 Fulda.

We have settled your household contents claim (policy RV-HR-2119780) as
follows:

  Laminate flooring living room (tenant's fixture)   EUR 1,380.00
  Rug (replacement value)                            EUR   240.00
  Drying equipment electricity                       EUR    64.20
  Total                                              EUR 1,684.20

The amount will be transferred to your account ending in ...4430 within
three working days.

""" + sig("kunze", lang="en"))

mail("ce04", "CONFIDENTIAL", "en", "broker-to-insurer",
     "attachment-only: international broker sends a traveller list for a group travel policy (names, DOB) as CSV",
     "Oliver Pritchard <oliver@pritchard-expat-brokers.example>", addr("pfeiffer"),
     "Group travel policy – traveller list April", "2026-03-10 10:30", body="""\
Hi Nadine,

Attached is the traveller list for the April incentive trip of our client
(Lisbon, 14-18 April). Please add them to the group travel policy as
agreed.

Best,
Oliver
""", atts=[csvfile("travellers_lisbon_april.csv", [
    ["surname", "first name", "date of birth", "nationality", "passport country", "room"],
    ["Whitfield", "Sarah", "1982-06-14", "GB", "GB", "single"],
    ["Raman", "Priya", "1990-11-02", "IN", "IN", "single"],
    ["Nilsson", "Hannah", "1987-03-29", "SE", "SE", "double (with partner)"],
    ["Nilsson", "Erik", "1985-08-17", "SE", "SE", "double"],
    ["Okafor", "Chinedu", "1991-05-17", "NG", "NG", "single"],
    ["Brennan", "Aoife", "1994-12-21", "IE", "IE", "single"],
], encoding="utf-8", delimiter=",")])

mail("ce05", "CONFIDENTIAL", "en", "company-to-insurer",
     "leasing company reports vehicle handovers with named drivers for a fleet policy",
     "Fleet Operations <fleet.ops@autolease-europe.example>", "flotte@rhoenland-versicherung.example",
     "Vehicle handovers week 11 – fleet policy RV-KF-FL-0082", "2026-03-10 12:44", mode="alt", html="""\
<html><body style="font-family:Arial,sans-serif">
<p>Dear fleet team,</p>
<p>Please add the following vehicles to the fleet policy of Heller Logistik GmbH (RV-KF-FL-0082):</p>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>Plate</th><th>Vehicle</th><th>VIN</th><th>Handover</th><th>Assigned driver</th></tr>
<tr><td>FD-HL 121</td><td>VW ID.4</td><td>WVGZZZE2ZPP031177</td><td>09.03.2026</td><td>Ana Reis</td></tr>
<tr><td>FD-HL 122</td><td>VW ID.4</td><td>WVGZZZE2ZPP031402</td><td>09.03.2026</td><td>Lena Hofmann</td></tr>
<tr><td>FD-HL 212</td><td>MAN TGE 3.180</td><td>WMA03VUY4P9022871</td><td>10.03.2026</td><td>Yusuf Demir</td></tr>
</table>
<p>The vehicles FD-HL 115 and FD-HL 208 were returned on 06.03.2026 and can be removed.</p>
<p>Kind regards,<br>Fleet Operations<br>AutoLease Europe GmbH, Frankfurt am Main</p>
</body></html>
""")

mail("ce06", "CONFIDENTIAL", "en", "customer-to-insurer",
     "landlord customer reports tenant damage to his rented-out flat (names, address, policy), no injuries",
     "Michael Chen <michael.chen@protonmail.example>", "schaden@rhoenland-versicherung.example",
     "Damage to my rental flat – Ohmstraße 3", "2026-03-10 20:15", body="""\
Dear Sir or Madam,

I own a flat at Ohmstraße 3, 36039 Fulda, which I rent out. It is insured
with you under the landlord's building policy RV-WG-1210094.

The tenants, a young couple (Mr Jonas Ebert and Ms Marie Scholl), moved out
on 28 February. When I inspected the flat I found a burn mark in the
kitchen worktop, a broken shower screen and holes in the bathroom tiles.
The deposit (EUR 1,650) will not cover everything.

Is any of this covered by my policy, or do I have to claim against the
tenants' liability insurance? They gave me their new address: Kettelerstraße
9, 60316 Frankfurt.

Regards,
Michael Chen
""")

mail("ce07", "CONFIDENTIAL", "en", "assessor-to-insurer",
     "vehicle damage report in English for a named owner's car (plate, VIN, repair cost)",
     "Assessments <assessments@eurovalue-experts.example>", addr("wehner"),
     "Report EV-26-1043 – BMW X3 FD-KM 2210 (your claim S-26-411277)", "2026-03-11 09:40", body="""\
Dear Mr Wehner,

Please find our assessment summary below; the full report with photos is
in your assessor portal.

Owner:              Karl-Heinz Möller, Marktplatz 4, 36119 Neuhof
Vehicle:            BMW X3 xDrive20d, FD-KM 2210, VIN WBATR51030LX41288
Date of loss:       02.03.2026, hit by a falling branch while parked
Damage:             roof panel dented, panorama glass roof cracked
Repair cost (net):  EUR 6,930.40
Replacement value:  EUR 31,500
Diminution:         EUR 400
Repair time:        6 working days

Kind regards,
Karl Hennig
EuroValue Experts GmbH
""")

mail("ce08", "CONFIDENTIAL", "en", "insurer-to-customer",
     "pet insurance reimbursement for a named owner's dog (animal health, policy, amount)",
     addr("pfeiffer"), "Sarah Whitfield <sarah.whitfield@britmail.example>",
     "Reimbursement for Biscuit's treatment", "2026-03-11 11:05", body="""\
Dear Ms Whitfield,

Thank you for sending the invoice from the animal clinic. We are pleased to
reimburse the cost of Biscuit's dental surgery (removal of two fractured
teeth) under your pet health policy RV-TI-7015592:

  Invoice total          EUR 742.18
  Deductible (20 %)      EUR 148.44
  Reimbursement          EUR 593.74

The payment will reach your account within a few days. We hope Biscuit is
back to chewing everything in sight.

""" + sig("pfeiffer", lang="en"))

mail("ce09", "CONFIDENTIAL", "en", "customer-to-insurer",
     "'Yes, that's correct.' – quoted insurer mail below contains DOB, address and IBAN",
     "Luca Moretti <luca.moretti@libero.example>", addr("kroeger"),
     "Re: Your liability insurance application – please confirm", "2026-03-11 12:48", body="""\
Yes, that's correct.

Luca

On Wed, 11 Mar 2026 at 10:02, Sabine Kröger <sabine.kroeger@rhoenland-versicherung.example> wrote:
> Dear Mr Moretti,
>
> before we issue your personal liability policy, please confirm your details:
>
>   Name:           Luca Moretti
>   Date of birth:  05/01/1979
>   Address:        Karlstraße 12, 36037 Fulda
>   Start date:     1 April 2026
>   Premium:        EUR 68.40 per year
>   Direct debit:   DE11 5309 2000 9121 4132 88
>
> A short reply is enough.
>
> Kind regards
> Sabine Kröger
> Customer Service
""")

mail("ce10", "CONFIDENTIAL", "en", "lawyer-to-insurer",
     "English lawyer letter on a tenancy legal-expenses case: client, landlord, rent, address",
     "Amelia Hughes <a.hughes@hughes-legal.example>", "rechtsschutz@rhoenland-versicherung.example",
     "Cover request – tenancy dispute, your policyholder Aoife Brennan", "2026-03-11 14:20", body="""\
Dear Sir or Madam,

We act for Ms Aoife Brennan, Kanalstraße 20, 36037 Fulda, who holds legal
expenses insurance with you (policy RV-RS-3131876, tenant module).

Her landlord, Rhönblick Hausverwaltung GmbH, has announced a rent increase
from EUR 780 to EUR 920 per month (cold rent) with effect from 1 May 2026,
citing modernisation. We consider the increase unlawful and intend to
object and, if necessary, defend her in court.

We kindly request confirmation of cover for the out-of-court stage.

Yours faithfully,
Amelia Hughes
Rechtsanwältin (Solicitor, England & Wales)
Hughes Legal, Frankfurt am Main
""")

mail("ce11", "CONFIDENTIAL", "en", "internal",
     "forward note only; attached forwarded hotel mail names a guest, her room and lost luggage contents",
     addr("pfeiffer"), "Reiseschaden <reiseschaden@rhoenland-versicherung.example>",
     "FW: Lost luggage – guest Whitfield", "2026-03-11 15:35", body="""\
For the baggage claim file, please attach the hotel's confirmation (below).
Nadine
""", atts=[fwd("Lost luggage - guest Whitfield.eml",
               frm="Front Office <frontoffice@hotel-alfama-lisboa.example>",
               to="Sarah Whitfield <sarah.whitfield@britmail.example>",
               subject="Your lost suitcase", date="2026-03-04 11:10", body="""\
Dear Mrs Whitfield,

We confirm that your suitcase (grey Samsonite, tag LIS-40211), which you
left with our concierge on 1 March before checkout from room 412, could
not be found. Our records show it was handed out by mistake to another
guest. We have reported the loss to the police (report PSP-2026-7721).

According to your list, it contained clothing, a hair dryer, a Kindle and
a silver bracelet.

We sincerely apologise.

Front Office Manager
Hotel Alfama Lisboa, Rua dos Remédios 41, Lisbon
""")])

mail("ce12", "CONFIDENTIAL", "en", "customer-to-insurer",
     "bicycle stolen abroad: policy, frame number, police report, customer's address",
     "Hannah Nilsson <hannah.nilsson@mail-se.example>", "schaden@rhoenland-versicherung.example",
     "Stolen bike in Amsterdam", "2026-03-12 08:22", body="""\
Hello,

My e-bike was stolen in Amsterdam on Sunday while I was visiting friends.
It was locked to a rack near Centraal station with a Kryptonite lock.

Policy: RV-FR-6020117
Bike: VanMoof S5, frame number VM5S-22-090876, bought April 2025 for
EUR 3,298
Police report: Politie Amsterdam, 2026031-0412-NL
My address: Buttermarkt 8, 36037 Fulda

What do you need from me?

Best regards,
Hannah Nilsson
""")

mail("ce13", "CONFIDENTIAL", "en", "insurer-to-customer",
     "premium schedule in an HTML table with contracts and IBAN for an English-speaking customer",
     addr("kroeger"), "Aoife Brennan <aoife.brennan@eiremail.example>",
     "Your policies with us – overview", "2026-03-12 10:00", mode="alt", html="""\
<html><body style="font-family:Arial,sans-serif">
<p>Dear Ms Brennan,</p>
<p>As requested, here is an overview of your policies and payments for 2026:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr><th>Policy</th><th>Number</th><th>Due</th><th>Amount</th></tr>
<tr><td>Household contents</td><td>RV-HR-2120033</td><td>1 May</td><td>EUR 96.00</td></tr>
<tr><td>Personal liability</td><td>RV-PH-3381204</td><td>1 May</td><td>EUR 58.20</td></tr>
<tr><td>Legal expenses (tenant)</td><td>RV-RS-3131876</td><td>monthly</td><td>EUR 21.90</td></tr>
</table>
<p>All amounts are collected by direct debit from IBAN DE20 5305 0180 7486 4884 63.</p>
<p>Kind regards<br>Sabine Kröger<br>Customer Service · +49 661 9420-311</p>
</body></html>
""")

mail("ce14", "CONFIDENTIAL", "en", "company-to-insurer",
     "employer confirms a named employee's employment and salary for a rent-deposit guarantee",
     "People Team <people@brightwave-software.example>", "mietkaution@rhoenland-versicherung.example",
     "Employment confirmation – Priya Raman", "2026-03-12 11:45", body="""\
To whom it may concern,

We confirm that Ms Priya Raman, born 2 November 1990, has been employed by
Brightwave Software GmbH, Fulda, as a Senior Data Engineer since
1 September 2024 on a permanent, full-time contract. She is not under
notice. Her gross annual salary is EUR 78,000.

This confirmation is issued at the employee's request for her application
for a rent deposit guarantee.

Kind regards,
Laura Becker
People Team, Brightwave Software GmbH
""")

mail("ce15", "CONFIDENTIAL", "en", "insurer-to-partner",
     "large-loss notice to reinsurer: fire at a sole trader's bakery (named owner, address), no injuries",
     addr("kunze"), "Property Claims <claims.property@alpenrueck-re.example>",
     "Large loss notification – fire, Bäckerei Möller, Neuhof", "2026-03-12 14:10", body="""\
Dear colleagues,

We notify the following loss under the property quota share:

Insured:        Karl-Heinz Möller, trading as Bäckerei Möller (sole trader)
Risk address:   Marktplatz 4, 36119 Neuhof
Policy:         RV-GW-8800314 (commercial contents and building)
Date of loss:   10 March 2026, approx. 03:30
Cause:          fire starting in the bakery oven room, probably electrical
Injuries:       none; the building was empty at the time
Estimate:       building EUR 410,000, contents/machinery EUR 260,000,
                business interruption approx. EUR 90,000

Loss adjuster: Ing.-Büro Blum. First report expected next week.

""" + sig("kunze", lang="en", short=True))

mail("ce16", "CONFIDENTIAL", "en", "customer-to-insurer",
     "trip cancelled because of an airline strike (no health): booking, costs, policy, IBAN",
     "Tom Becker <tom.becker@usmail.example>", "reise@rhoenland-versicherung.example",
     "Cancellation claim – flight strike", "2026-03-12 21:03", body="""\
Hello,

Our flights to Boston (15 March) were cancelled because of the pilots'
strike and the airline could only offer a date a week later, after my
conference. I had to cancel the hotel (non-refundable, USD 1,140) and the
conference registration (EUR 450).

Travel policy: RV-RE-5540002
Booking reference: 7XQK2P
Please refund to: DE24 5309 2000 5739 3436 39 (Tom Becker)

Thanks,
Tom Becker
Gerloser Weg 3, 36039 Fulda
""")

mail("ce17", "CONFIDENTIAL", "en", "internal",
     "shared service centre asks to update a named policyholder's address and date of birth",
     "Service Centre Porto <service.porto@rhoenland-versicherung.example>", "bestand@rhoenland-versicherung.example",
     "Data correction request – policyholder O'Connor", "2026-03-13 09:05", body="""\
Hello team,

We received a change request via the customer portal that we cannot
process in our role. Please update:

Policyholder:   Daniel O'Connor
Policies:       RV-HR-2119780, RV-PH-3377431
Old address:    Petersgasse 6, 36037 Fulda
New address:    Am Waldschlösschen 14, 36041 Fulda (from 1 April 2026)
Date of birth:  stored as 1988-07-13, customer says 1986-07-13 (typo at
                application, copy of passport in the portal upload)

Thanks,
Inês Carvalho
Service Centre Porto
""")

mail("ce18", "CONFIDENTIAL", "en", "customer-to-insurer",
     "ZIP with damage photos and an inventory CSV for a water damage claim (address, policy)",
     "Daniel O'Connor <d.oconnor@eiremail.example>", addr("kunze"),
     "Photos and list", "2026-03-06 19:40", body="""\
Hi Mr Kunze,

as discussed on the phone, here are the photos and the list of damaged
items (zipped, the files were too big otherwise).

Cheers,
Daniel
""", atts=[zipf("water_damage_OConnor.zip", [
    ("photo_livingroom_1.png", png("p1.png", 200, 150, seed=21)),
    ("photo_livingroom_2.png", png("p2.png", 200, 150, seed=22)),
    ("damaged_items.csv", csvfile("d.csv", [
        ["item", "bought", "price EUR", "note"],
        ["laminate flooring living room (fitted by me)", "2023", "1380", "invoice attached in portal"],
        ["rug 160x230", "2022", "240", ""],
        ["bookshelf bottom boards", "2021", "90", "swollen"],
        ["address", "Petersgasse 6, 36037 Fulda", "", "policy RV-HR-2119780"],
    ], encoding="utf-8", delimiter=",")),
])])
# ===== STRICTLY_CONFIDENTIAL, German ======================================

mail("s01", "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
     "mother sends orthodontic invoice for her daughter Lea (first name only in body; diagnosis in the PDF)",
     "Nicole Brandl <nicole.brandl@web.example>", "leistung-kranken@rhoenland-versicherung.example",
     "Rechnung KFO", "2026-03-09 07:20", cte="8bit", body="""\
Guten Morgen,

die Rechnung vom Kieferorthopäden für Lea liegt bei. Bitte wie immer aufs
Konto.

LG Nicole Brandl
""", atts=[pdf("KFO_Rechnung_Q1-2026.pdf", [
    "Kieferorthopädische Praxis Dr. Selin Kaya - Kanalstraße 12 - 36037 Fulda",
    "",
    "Rechnung Nr. KFO-2026-0388 vom 02.03.2026",
    "Zahlungspflichtige: Nicole Brandl, Gerloser Weg 19, 36039 Fulda",
    "Patientin: Lea Brandl, geb. 17.06.2014",
    "Behandlungsquartal 1/2026 - Behandlungsplan vom 12.09.2025",
    "Befund: Distalbiss (Klasse II/1), vergrößerte Frontzahnstufe 7 mm, KIG D4",
    "",
    "GOZ 6040  Kieferorthopädische Maßnahme, Abschlagszahlung     1,0   294,00 EUR",
    "GOZ 6100  Eingliedern eines Klebebrackets (Keramik), 4x       2,3   198,40 EUR",
    "GOZ 6150  Bogenwechsel                                        2,3    61,20 EUR",
    "Material Keramikbrackets (Mehrkosten)                                120,00 EUR",
    "Rechnungsbetrag                                                      673,60 EUR",
], title="Rechnung", author="KFO Praxis Dr. Kaya")])

mail("s02", "STRICTLY_CONFIDENTIAL", "de", "company-to-insurer",
     "one-line employer message: named employee to be enrolled in the company pension (life line), start date",
     "Lohnbüro Bäckerei Möller <lohn@baeckerei-moeller.example>", "bav@rhoenland-versicherung.example",
     "Neuanmeldung Direktversicherung", "2026-03-09 08:40", charset="iso-8859-1", body="""\
Frau Sandra Kühn ist seit 3.2. bei uns beschäftigt und möchte ab 1.4. in die Direktversicherung (Gruppenvertrag GV-3310), 100 Euro Entgeltumwandlung. Antrag unterschrieben liegt hier.
Gruß Lohnbüro Möller
""")

mail("s03", "STRICTLY_CONFIDENTIAL", "de", "internal",
     "single-fact internal mail: a named woman is covered by the company's comprehensive health insurance since 3 Feb",
     addr("kroeger"), addr("arslan"), "Hellwig", "2026-03-09 09:02", body="""\
Hallo Mehmet,

Frau Doris Hellwig ist seit 3.2. bei uns krankenvollversichert (Tarif
KOMFORT 300), die Rechnung aus Februar kannst du also bearbeiten.

Sabine
""")

mail("s04", "STRICTLY_CONFIDENTIAL", "de", "doctor-to-insurer",
     "body says only 'Befundbericht anbei'; PDF holds a psychiatric report with ICD codes for a disability claim",
     "Praxis Dr. Karin Assmann <praxis@dr-assmann.example>", addr("vogelsang"),
     "Ihr Schreiben vom 20.02.2026 – BU 7-2210934", "2026-03-09 10:10", body="""\
Sehr geehrte Frau Vogelsang,

den angeforderten Befundbericht finden Sie anbei. Die
Schweigepflichtentbindung des Patienten lag Ihrem Schreiben bei.

Mit freundlichen Grüßen
Praxis Dr. Karin Assmann
Fachärztin für Psychiatrie und Psychotherapie
Universitätsplatz 2 · 36037 Fulda
""", atts=[pdf("Befundbericht_BU_7-2210934.pdf", [
    "Dr. med. Karin Assmann - Fachärztin für Psychiatrie und Psychotherapie",
    "",
    "Befundbericht für die Rhönland Lebensversicherung AG, Vertrag BU 7-2210934",
    "Patient: Mathias Ehrhardt, geb. 03.03.1977, Hauptstraße 87, 36124 Eichenzell",
    "In Behandlung seit: 14.05.2024",
    "",
    "## Diagnosen",
    "F33.1 G  Rezidivierende depressive Störung, gegenwärtig mittelgradige Episode",
    "F41.1 G  Generalisierte Angststörung",
    "G47.0 G  Ein- und Durchschlafstörungen",
    "## Verlauf",
    "Zweite depressive Episode seit Herbst 2025 nach Arbeitsplatzkonflikt. Stationäre Behandlung "
    "Klinik Hohe Rhön 11/2025-01/2026. Medikation: Sertralin 150 mg, Mirtazapin 15 mg z. N.",
    "Derzeit arbeitsunfähig als Bauleiter. Konzentration und Belastbarkeit deutlich reduziert; "
    "eine Rückkehr in den Beruf ist in den nächsten 6 Monaten nicht zu erwarten.",
    "",
    "Fulda, 06.03.2026 - Dr. K. Assmann",
], title="Befundbericht", author="Dr. Karin Assmann")])

mail("s05", "STRICTLY_CONFIDENTIAL", "de", "authority-to-insurer",
     "pension insurance sends a named person's disability pension decision (reduced earning capacity) for a BU claim",
     "Deutsche Rentenversicherung Hessen – Regionalstelle Fulda <auskunft.fulda@drv-hessen.example>",
     addr("vogelsang"), "Auskunft Versicherungsnr. 12 030377 E 512 – Ehrhardt", "2026-03-09 11:30",
     charset="iso-8859-1", body="""\
Sehr geehrte Damen und Herren,

auf Ihre Anfrage vom 23.02.2026 und unter Bezug auf die vorgelegte
Einwilligung von Herrn Mathias Ehrhardt (geb. 03.03.1977) teilen wir mit:

Mit Bescheid vom 02.03.2026 wurde Herrn Ehrhardt eine Rente wegen voller
Erwerbsminderung auf Zeit bis zum 31.03.2028 bewilligt. Der Leistungsfall
ist am 04.11.2025 eingetreten. Grundlage war das sozialmedizinische
Gutachten vom 19.01.2026 (Leistungsvermögen auf dem allgemeinen
Arbeitsmarkt unter 3 Stunden täglich).

Eine Kopie des Gutachtens übersenden wir nur auf ausdrückliche
Anforderung und mit gesonderter Einwilligung.

Mit freundlichen Grüßen
Im Auftrag
Hartmann
Deutsche Rentenversicherung Hessen, Regionalstelle Fulda
""")

mail("s06", "STRICTLY_CONFIDENTIAL", "de", "authority-to-insurer",
     "Berufsgenossenschaft informs the accident insurer about a named worker's occupational accident and injuries",
     "BG Verkehr – Bezirksverwaltung Hessen <reha.hessen@bg-verkehr.example>", addr("jost"),
     "Arbeitsunfall vom 19.01.2026 – Ihr Versicherter Dragan Petrović", "2026-03-09 13:15", body="""\
Sehr geehrter Herr Jost,

mit Einwilligung des Versicherten teilen wir Ihnen zu Ihrer Anfrage
(Unfallversicherung RV-UV-5103382) mit:

Herr Dragan Petrović, geb. 03.06.1975, ist am 19.01.2026 beim Entladen
seines Lkw in Fulda von der vereisten Ladebordwand (ca. 1,5 m) gestürzt. Laut
Durchgangsarztbericht des Klinikums Fulda:

- distale Radiusfraktur rechts (S52.51), operativ versorgt (Plattenosteosynthese)
- Prellung der Lendenwirbelsäule (S30.0)

Arbeitsunfähigkeit besteht voraussichtlich bis Ende April. Eine MdE wird
nach Abschluss der Heilbehandlung festgestellt.

Mit freundlichen Grüßen
Im Auftrag
Sabrina Neff
BG Verkehr, Reha-Management
""")

mail("s07", "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
     "motor claim: customer mentions his whiplash and two weeks of sick leave (health in a non-health line)",
     "Cem Yıldız <cem.yildiz@gmail-demo.example>", "schaden@rhoenland-versicherung.example",
     "Auffahrunfall 06.03. – Ihr Versicherungsnehmer", "2026-03-09 14:20", cte="8bit", body="""\
Sehr geehrte Damen und Herren,

Ihr Versicherungsnehmer ist mir am 06.03. an der Ampel Petersberger Straße
hinten drauf gefahren. Ihr Gutachter war schon da wegen dem Auto (FD-CY 55).

Ich war danach beim Hausarzt, ich habe ein Schleudertrauma und war zwei
Wochen krankgeschrieben. Ich kann den Kopf immer noch nicht richtig drehen
und bekomme jetzt 6x Physiotherapie. Steht mir Schmerzensgeld zu? Und wer
zahlt meinen Verdienstausfall, ich bin selbstständig (Pizzeria)?

Mit freundlichen Grüßen
Cem Yıldız
Kohlhäuser Straße 48, 36043 Fulda
""")

mail("s08", "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
     "dog liability claim: insured's dog bit the neighbours' child, wound stitched at the hospital",
     "Lothar Zeh <lothar.zeh@t-online.example>", "schaden@rhoenland-versicherung.example",
     "Hundebiss – Nachbarskind", "2026-03-09 17:48", charset="windows-1252", body="""\
Sehr geehrte Damen und Herren,

ich muss leider einen Schaden aus meiner Hundehalterhaftpflicht melden.

Am Samstag hat mein Hund Bruno (Schäferhund-Mischling) über den Zaun
hinweg die kleine Tochter unserer Nachbarn, Mila Schuster (6 Jahre), in den
Unterarm gebissen. Die Eltern sind mit ihr ins Klinikum gefahren, die Wunde
wurde mit vier Stichen genäht und sie hat eine Tetanusimpfung bekommen.
Sie muss ein Antibiotikum nehmen.

Die Familie Schuster wohnt Ringstraße 8 in Tann. Der Vater hat gesagt, er
meldet sich wegen Schmerzensgeld. Ich möchte, dass das ordentlich
geregelt wird.

Mit freundlichen Grüßen
Lothar Zeh
Ringstraße 6, 36142 Tann
""")

mail("s09", "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
     "trip cancellation because the customer's mother suffered a stroke (travel line, third-party health)",
     "Ingrid Feldmann <ingrid.feldmann@t-online.example>", "reise@rhoenland-versicherung.example",
     "Storno Kreuzfahrt wegen Erkrankung meiner Mutter", "2026-03-10 08:05", body="""\
Sehr geehrte Damen und Herren,

wir müssen unsere Kreuzfahrt (Norwegen, 2. bis 12. Mai, Buchung
AIDA-5528170) leider stornieren. Meine Mutter, Hildegard Feldmann, 91 Jahre,
hatte am vergangenen Donnerstag einen Schlaganfall und liegt auf der Stroke
Unit im Klinikum Fulda. Sie ist halbseitig gelähmt und wird danach in die
Kurzzeitpflege kommen. Ich bin ihre einzige Angehörige und habe die
Vorsorgevollmacht.

Die ärztliche Bescheinigung schicke ich Ihnen, sobald ich sie habe.
Reiserücktrittsversicherung RV-RE-5519930.

Mit freundlichen Grüßen
Ingrid Feldmann
""")

mail("s10", "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
     "daughter writes for her father with dementia, asks about care level application and care allowance",
     "Kerstin Grau <kerstin.grau@gmx-mail.example>", "pflege@rhoenland-versicherung.example",
     "Pflegeantrag für meinen Vater", "2026-03-10 09:33", body="""\
Guten Tag,

mein Vater, Heinrich Grau (Ihr Versicherter, Pflegepflichtversicherung
und Pflegetagegeld), lebt allein in Künzell. Seit dem Herbst wird seine
Demenz deutlich schlimmer: Er vergisst zu essen, lässt den Herd an und hat
sich letzte Woche nachts verlaufen. Der Neurologe hat eine Alzheimer-
Demenz festgestellt.

Ich möchte einen Antrag auf Pflegegrad stellen. Schicken Sie mir bitte die
Unterlagen an meine Adresse (Kerstin Grau, Weserstraße 11, 34125 Kassel)?
Eine Vorsorgevollmacht habe ich, ich kann sie als Scan schicken.

Und noch eine Frage: Zahlt das Pflegetagegeld schon ab Pflegegrad 2?

Vielen Dank
Kerstin Grau
""")

mail("s11", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "care level 3 decision based on the medical assessment, to a named customer",
     addr("schaefer"), "Rosemarie Keller <r.keller@t-online.example>",
     "Ihr Antrag auf Pflegeleistungen – Einstufung in Pflegegrad 3", "2026-03-10 11:00", body="""\
Sehr geehrte Frau Keller,

der Gutachter von MEDICPROOF hat Sie am 26.02.2026 zu Hause besucht.
Nach seinem Gutachten ist Ihre Selbstständigkeit vor allem in den
Bereichen Mobilität (nach der Hüft-OP und wegen der Arthrose in beiden
Knien) und Selbstversorgung erheblich eingeschränkt. Er kommt auf 52,5
gewichtete Punkte.

Wir stufen Sie daher ab dem 01.02.2026 in Pflegegrad 3 ein. Sie erhalten:

- Pflegegeld 599 Euro monatlich, oder Pflegesachleistungen bis 1.497 Euro
- aus Ihrem Pflegetagegeld-Tarif RhönPflege 60 % von 50 Euro täglich

Das Gutachten senden wir Ihnen auf Wunsch gern zu.

""" + sig("schaefer"))

mail("s12", "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
     "'Danke, angekommen.' – quoted insurer mail below discusses her hospital stay and surgery costs",
     "Monika Eckhardt <m.eckhardt@web.example>", addr("arslan"),
     "Re: Kostenübernahme Klinikum Fulda", "2026-03-10 12:14", cte="8bit", body="""\
Danke, angekommen.
M. Eckhardt

Am 10.03.2026 um 10:31 schrieb Mehmet Arslan:
> Sehr geehrte Frau Eckhardt,
>
> für Ihren stationären Aufenthalt im Klinikum Fulda vom 16.03. bis
> voraussichtlich 20.03.2026 (laparoskopische Entfernung der Gallenblase)
> übernehmen wir die Kosten für allgemeine Krankenhausleistungen,
> Zweibettzimmer und Chefarztbehandlung aus Ihrem Tarif KOMFORT 300.
> Die Kostenübernahmeerklärung haben wir direkt an das Klinikum geschickt.
>
> Gute Besserung!
>
> Mit freundlichen Grüßen
> Mehmet Arslan
> Leistungsabteilung Krankenversicherung
""")

mail("s13", "STRICTLY_CONFIDENTIAL", "de", "internal",
     "forward with a neutral note; the forwarded customer mail carries a hospital discharge letter (PDF)",
     addr("kroeger"), addr("arslan"), "WG: Unterlagen", "2026-03-10 13:05", body="""\
Hallo Mehmet, ist bei uns im Kundenservice gelandet, gehört zu euch.
Sabine
""", atts=[fwd("Unterlagen.eml", frm="Hans-Peter Grünewald <hp.gruenewald@gmx-mail.example>",
               to="kundenservice@rhoenland-versicherung.example", subject="Unterlagen",
               date="2026-03-09 19:12", charset="iso-8859-1", body="""\
Hallo,

anbei der Bericht vom Krankenhaus fuer meine Frau, Sie hatten danach
gefragt.

Gruss Grünewald
""", atts=[pdf("Entlassbericht_Gruenewald.pdf", [
    "Klinikum Fulda-Nord - Klinik für Kardiologie",
    "Entlassungsbericht",
    "Patientin: Renate Grünewald, geb. 28.02.1963, Niedertor 5, 36088 Hünfeld",
    "Aufenthalt: 18.02.2026 - 24.02.2026",
    "",
    "Diagnosen: I21.4 NSTEMI; I10.00 arterielle Hypertonie; E11.9 Diabetes mellitus Typ 2",
    "Therapie: Koronarangiographie mit Stentimplantation RIVA (DES) am 19.02.2026",
    "Entlassmedikation: ASS 100 mg, Ticagrelor 90 mg 1-0-1, Atorvastatin 80 mg, Metformin 1000 mg",
    "Empfehlung: kardiologische Rehabilitation, Kontrolle in 3 Monaten",
], title="Entlassungsbericht", author="Klinikum Fulda-Nord")])])

mail("s14", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "reimbursement statement with treatments, GOÄ items and diagnoses in an HTML table",
     "Leistung Kranken <leistung-kranken@rhoenland-versicherung.example>",
     "Sebastian Vogt <s.vogt@freenet.example>", "Ihre Leistungsabrechnung vom 10.03.2026",
     "2026-03-10 14:40", mode="alt", html="""\
<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Sehr geehrter Herr Vogt,</p>
<p>wir haben die eingereichten Belege abgerechnet (Vertrag KV 83 441907, versicherte Person: Sebastian Vogt):</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#e6eef6"><th>Beleg</th><th>Leistungserbringer</th><th>Diagnose</th><th>Rechnungsbetrag</th><th>erstattet</th></tr>
<tr><td>24.02.2026</td><td>Dr. med. T. Roth, Orthopädie</td><td>M54.16 Lumboischialgie</td><td>187,42 €</td><td>187,42 €</td></tr>
<tr><td>27.02.2026</td><td>Radiologie am Dom, MRT LWS</td><td>M51.2 Bandscheibenverlagerung</td><td>512,80 €</td><td>512,80 €</td></tr>
<tr><td>03.03.2026</td><td>Physiotherapie Schlossgarten, 6x KG</td><td>M54.16</td><td>216,00 €</td><td>172,80 € (80 %)</td></tr>
<tr><td>04.03.2026</td><td>Rosen-Apotheke: Ibuprofen 800, Pantoprazol 20</td><td>–</td><td>31,47 €</td><td>31,47 €</td></tr>
<tr><td colspan="3"><b>Summe</b></td><td><b>947,69 €</b></td><td><b>904,49 €</b></td></tr>
</table>
<p>Die Erstattung überweisen wir auf Ihr bekanntes Konto. Ihr Selbstbehalt 2026 ist damit zu 300 € verbraucht.</p>
<p>Mit freundlichen Grüßen<br>Ihre Leistungsabteilung Krankenversicherung</p>
<p style="font-size:11px;color:#666">Rhönland Krankenversicherung AG · Am Rhönhof 1 · 36037 Fulda · Amtsgericht Fulda HRB 2418</p>
</body></html>
""")

mail("s15", "STRICTLY_CONFIDENTIAL", "de", "company-to-insurer",
     "body 'anbei die Liste für März'; XLSX holds employees' names, birth dates, salaries, pension contributions (life line)",
     "Personal Heller Logistik <personal@heller-logistik.example>", "bav@rhoenland-versicherung.example",
     "bAV Beitragsliste 03/2026", "2026-03-10 15:50", body="""\
Hallo Herr Stolz,

anbei die Liste für März.

Gruß
Petra Lux
Personal / Entgelt
""", atts=[xlsx("bAV_Heller_2026-03.xlsx", [
    ("März 2026", [
        ["Gruppenvertrag GV-3402", "", "", "", "", ""],
        ["Personalnr.", "Name", "Geburtsdatum", "Bruttogehalt", "Entgeltumwandlung", "AG-Zuschuss", "Vertrag"],
        ["1042", "Vogt, Sebastian", "11.02.1986", 3850.00, 150.00, 22.50, "bAV 7-4410021"],
        ["1077", "Petrović, Dragan", "03.06.1975", 3420.00, 100.00, 15.00, "bAV 7-4410034"],
        ["1102", "Schrimpf, Erika", "19.12.1990", 2910.00, 80.00, 12.00, "bAV 7-4410047"],
        ["1133", "Kowalczyk, Tomasz", "27.08.1983", 3380.00, 200.00, 30.00, "bAV 7-4410050"],
        ["1150", "Reis, Ana", "08.03.1999", 2980.00, 50.00, 7.50, "bAV 7-4410118 (neu)"],
        ["", "Hinweis: Herr Petrović ist seit 19.01. arbeitsunfähig (Arbeitsunfall), Beiträge ruhen ab 02.03.", "", "", "", "", ""],
    ])], author="Petra Lux")])

mail("s16", "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
     "life insurance: customer changes the beneficiary to his new partner (personal line, no medical word)",
     "Rüdiger Hahn <ruediger.hahn@t-online.example>", "leben@rhoenland-versicherung.example",
     "Änderung Bezugsrecht", "2026-03-10 21:30", body="""\
Sehr geehrte Damen und Herren,

in meiner Risikolebensversicherung LV 7-3304512-6 soll ab sofort nicht
mehr meine geschiedene Frau Gabriele Hahn bezugsberechtigt sein, sondern
meine Lebensgefährtin:

Frau Andrea Sommer, geb. 14.09.1972, Lindenweg 8, 36100 Petersberg

Das Bezugsrecht soll widerruflich bleiben. Das unterschriebene Formular
schicke ich Ihnen per Post.

Mit freundlichen Grüßen
Rüdiger Hahn
""")

mail("s17", "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
     "widow reports her husband's death from cancer for his life insurance, bank details for payout",
     "Gisela Möller-Strauß <g.moeller-strauss@t-online.example>", "leben@rhoenland-versicherung.example",
     "Tod meines Mannes Bernhard Strauß – Lebensversicherung", "2026-03-11 08:45", body="""\
Sehr geehrte Damen und Herren,

mein Mann Bernhard Strauß, geb. 02.08.1958, ist am 4. März nach langer
Krebserkrankung zu Hause verstorben. Er hatte bei Ihnen eine
Kapitallebensversicherung (LV 7-2987731-2), ich bin als Bezugsberechtigte
eingetragen.

Die Sterbeurkunde und den Versicherungsschein schicke ich Ihnen per
Einschreiben. Der Hausarzt, Dr. Peters, hat den Totenschein
ausgestellt (Bronchialkarzinom).

Bitte überweisen Sie die Leistung auf mein Konto:
DE68 5304 0012 5730 7360 35 (Gisela Möller-Strauß)

Mit freundlichen Grüßen
Gisela Möller-Strauß
Am Hang 2, 36129 Gersfeld
""")

mail("s18", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "accident insurance: disability benefit for loss of thumb function per limb schedule, named customer",
     addr("jost"), "Tomasz Kowalczyk <t.kowalczyk@wp-mail.example>",
     "Ihre Unfallversicherung RV-UV-5098811 – Invaliditätsleistung", "2026-03-11 09:55", body="""\
Sehr geehrter Herr Kowalczyk,

nach Auswertung des Gutachtens von Prof. Dr. Wirth (Handchirurgie,
Klinikum Fulda) vom 18.02.2026 steht die dauerhafte Beeinträchtigung Ihrer
rechten Hand nach dem Kreissägenunfall vom 03.04.2025 fest:

- Daumen rechts: Verlust im Endglied, Gebrauchsminderung 7/10 des
  Daumenwertes (Gliedertaxe Daumen 20 %) = 14 % Invalidität
- Zeigefinger rechts: Bewegungseinschränkung, 2/10 des Fingerwertes
  (10 %) = 2 % Invalidität

Gesamtinvaliditätsgrad: 16 %. Bei einer Grundsumme von 100.000 Euro und
Progression 225 % ergibt sich eine Invaliditätsleistung von 16.000 Euro.

Die Zahlung erfolgt in den nächsten Tagen. Die bereits gezahlte
Vorschussleistung von 5.000 Euro ist angerechnet.

""" + sig("jost"))

mail("s19", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "health tariff change with a risk surcharge for high blood pressure, base64-encoded body",
     addr("korn"), "Marco Bianchi <marco.bianchi@libero.example>",
     "Ihr Tarifwechsel in der Krankenversicherung", "2026-03-11 10:30", cte="base64", body="""\
Sehr geehrter Herr Bianchi,

vielen Dank für Ihren Antrag auf Wechsel in den Tarif PREMIUM 600.

Für die Mehrleistungen des neuen Tarifs müssen wir eine Gesundheitsprüfung
durchführen. Aufgrund Ihrer Angaben zur arteriellen Hypertonie (seit 2021,
behandelt mit Ramipril 5 mg) und des Befundes Ihres Hausarztes vom
25.02.2026 können wir den Wechsel nur mit einem Risikozuschlag von 18 %
auf den Mehrbeitrag anbieten. Das entspricht 24,30 Euro im Monat.

Alternativ können Sie im bisherigen Tarif KOMFORT 300 bleiben; Ihre
Alterungsrückstellung bleibt in jedem Fall erhalten.

Bitte teilen Sie uns bis 10.04.2026 mit, ob Sie das Angebot annehmen.

""" + sig("korn"))

mail("s20", "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
     "parent reports daughter's new glasses and prescription (ae/oe spelling, health aid)",
     "Rainer Stoll <rainer.stoll@arcor.example>", "leistung-kranken@rhoenland-versicherung.example",
     "Brille fuer Tochter", "2026-03-11 19:40", charset="us-ascii", cte="7bit", body="""\
Hallo,

unsere Tochter Jana (10) hat seit letzter Woche eine Brille, der
Augenarzt hat Kurzsichtigkeit -2,75 und eine Hornhautverkruemmung
festgestellt. Das Rezept und die Rechnung vom Optiker (289 Euro)
schicke ich per Post. Zahlt die Zusatzversicherung das? Sie ist bei
uns im Familienvertrag mit drin.

Danke und Gruesse
Rainer Stoll
""")

mail("s21", "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
     "mother mentions her son only by first name: physiotherapy after a fracture finished",
     "Svenja Thiel <svenja.thiel@web.example>", "unfall@rhoenland-versicherung.example",
     "Re: Ihre Unfallmeldung", "2026-03-11 20:10", cte="8bit", flowed=True, body="""\
Hallo Herr Jost,

kurze Rückmeldung: Jonas ist wieder gesund, die Physio ist seit gestern
abgeschlossen und der Gips ist schon lange ab. Er spielt auch schon wieder
Fußball. Der Arzt sagt, es bleibt nichts zurück.

Die letzte Rechnung von der Physiopraxis schicke ich noch.

Viele Grüße
Svenja Thiel
""")

mail("s22", "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
     "Swiss-style mail: cross-border commuter's hospital stay in St. Gallen, invoice from the cantonal hospital",
     "Reto Caflisch <reto.caflisch@bluewin.example>", "leistung-kranken@rhoenland-versicherung.example",
     "Spitalrechnung Kantonsspital St. Gallen", "2026-03-12 07:30", body="""\
Grüezi

Ich war vom 23. bis 27. Februar im Kantonsspital St. Gallen, nachdem ich
mir beim Skifahren in Flumserberg das Kreuzband im linken Knie gerissen
habe. Operiert wurde am 24. Februar (Kreuzbandplastik). Die Rechnung über
CHF 14'380.– ist direkt an mich gegangen. Bitte teilen Sie mir mit, ob
Sie direkt mit dem Spital abrechnen oder ob ich zuerst bezahlen muss.

Meine Krankenversicherung bei Ihnen: KV 83 502264.

Freundliche Grüsse
Reto Caflisch
Schottenstrasse 62, 78462 Konstanz
""")

mail("s23", "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
     "Austrian-style mail: wife in hospital after caesarean section, asks about hospital daily allowance",
     "Anton Huber <anton.huber@aon.example>", "leistung-kranken@rhoenland-versicherung.example",
     "Spitalaufenthalt meiner Frau – Krankenhaustagegeld", "2026-03-12 09:12", charset="iso-8859-1", body="""\
Sehr geehrte Damen und Herren,

meine Frau Maria Huber (mitversichert in unserem Vertrag) hat am 6. März
im LKH Salzburg unseren Sohn zur Welt gebracht, per Kaiserschnitt, weil
das Kind in Beckenendlage lag. Sie ist noch bis voraussichtlich 13. März
im Spital, es gab eine Wundheilungsstörung.

Bitte um Auskunft, welche Unterlagen Sie für das Krankenhaustagegeld
brauchen. Die Aufenthaltsbestätigung bekommen wir bei der Entlassung.

Mit freundlichen Grüßen
Anton Huber
""")

mail("s24", "STRICTLY_CONFIDENTIAL", "de", "lawyer-to-insurer",
     "lawyer claims damages for a client who slipped on an icy pavement (fractured wrist, surgery)",
     "Kanzlei Wendt & Partner <kanzlei@wendt-partner.example>", addr("oezdemir"),
     "Ihr VN Heinz Kircher – Glätteunfall unserer Mandantin Erika Schrimpf", "2026-03-12 10:20", body="""\
Sehr geehrte Frau Özdemir,

wir vertreten Frau Erika Schrimpf, Dalbergstraße 12, 36037 Fulda.

Unsere Mandantin ist am 12.01.2026 gegen 7:15 Uhr auf dem nicht geräumten
und nicht gestreuten Gehweg vor dem Anwesen Ihres Versicherungsnehmers,
Herrn Heinz Kircher, Bergstraße 2, Hünfeld, gestürzt. Sie erlitt eine
distale Radiusfraktur links, die am 13.01.2026 im Klinikum Fulda operativ
mit einer Platte versorgt wurde. Sie war bis 06.03.2026 arbeitsunfähig und
befindet sich weiterhin in ergotherapeutischer Behandlung.

Wir machen ein Schmerzensgeld von mindestens 6.000 EUR, den
Verdienstausfall und einen Haushaltsführungsschaden geltend. Den
Arztbericht reichen wir nach.

Mit freundlichen Grüßen
Dr. Stefan Wendt
Rechtsanwalt
""")

mail("s25", "STRICTLY_CONFIDENTIAL", "de", "authority-to-insurer",
     "police report excerpt: cyclist injured in a collision with the insured's car, taken to hospital",
     "Polizeirevier Fulda – Verkehrsdienst <verkehr.fulda@polizei-hessen.example>",
     "schaden@rhoenland-versicherung.example", "VU 0388/26 – Auskunft an Haftpflichtversicherer",
     "2026-03-12 11:40", body="""\
Sehr geehrte Damen und Herren,

zu dem Verkehrsunfall vom 05.03.2026 teilen wir Ihnen als Haftpflicht-
versicherer des Unfallverursachers mit:

Beteiligter 1 (Ihr VN): Serkan Gündoğdu, Pkw FD-SG 740
Beteiligte 2 (Radfahrerin): Olga Sidorenko, Dalbergstraße 12, Fulda

B1 übersah beim Rechtsabbiegen in die Heinrichstraße die auf dem
Radweg geradeaus fahrende B2. B2 stürzte und wurde mit Verdacht auf
Schlüsselbeinbruch und einer Kopfplatzwunde vom Rettungsdienst in das
Klinikum Fulda gebracht. Sie trug keinen Helm.

Gegen B1 wurde ein Ermittlungsverfahren wegen fahrlässiger
Körperverletzung eingeleitet.

Mit freundlichen Grüßen
POK Lehmann
""")

mail("s26", "STRICTLY_CONFIDENTIAL", "de", "court-to-insurer",
     "guardianship court notifies appointment of a legal guardian for a named insured due to mental illness",
     "Amtsgericht Fulda – Betreuungsgericht <betreuung@ag-fulda.example>", "kundenservice@rhoenland-versicherung.example",
     "12 XVII 188/26 – Mitteilung über Betreuerbestellung", "2026-03-12 12:30", body="""\
Amtsgericht Fulda – Betreuungsgericht
Az.: 12 XVII 188/26

Betroffener: Jan-Philipp Roos, geb. 19.04.1991, Dalbergstraße 12, 36037 Fulda

Mit Beschluss vom 09.03.2026 wurde für den Betroffenen Herr Rechtsanwalt
Gerd Amrhein, Heinrichstraße 40, 36037 Fulda, zum Berufsbetreuer bestellt.
Aufgabenkreise: Vermögenssorge, Vertretung gegenüber Behörden,
Versicherungen und Sozialleistungsträgern, Gesundheitssorge.

Die Betreuung wurde aufgrund einer paranoiden Schizophrenie (ärztliches
Gutachten vom 27.02.2026) eingerichtet. Wir bitten, Korrespondenz zu den
bei Ihnen bestehenden Verträgen künftig an den Betreuer zu richten.

Im Auftrag
Schneider, Justizangestellte
""")

mail("s27", "STRICTLY_CONFIDENTIAL", "de", "internal",
     "team lead says a colleague (first name) is on sick leave with a slipped disc – employee health data",
     "Lisa Marquardt <lisa.marquardt@rhoenland-versicherung.example>",
     "Team Sach-Schaden <team-sach-schaden@rhoenland-versicherung.example>",
     "Vertretung Ralf bis Freitag", "2026-03-12 13:10", body="""\
Hallo zusammen,

Ralf ist bis Freitag krankgeschrieben, er hat es wieder mit der Bandscheibe
und darf nicht sitzen. Bitte seine Gebäudeschäden unter euch aufteilen:
A–K Tim, L–Z Sophie. Eilige Sachen zu mir.

Er freut sich bestimmt über eine Karte, aber bitte nicht anrufen.

Lisa
""")

mail("s28", "STRICTLY_CONFIDENTIAL", "de", "internal",
     "HR invites a named employee to an occupational reintegration meeting after long illness",
     addr("remmert"), "Tim Weigand <tim.weigand@rhoenland-versicherung.example>",
     "Einladung BEM-Gespräch", "2026-03-12 14:25", body="""\
Lieber Herr Weigand,

Sie waren in den letzten zwölf Monaten länger als sechs Wochen
arbeitsunfähig, zuletzt nach Ihrer Herzoperation vom 8. Januar bis
28. Februar. Wir möchten Ihnen deshalb ein Betriebliches
Eingliederungsmanagement (§ 167 Abs. 2 SGB IX) anbieten.

Vorschlag für ein erstes Gespräch: Donnerstag, 19. März, 10 Uhr, in
meinem Büro. Auf Wunsch nehmen die Schwerbehindertenvertretung, der
Betriebsrat und der Betriebsarzt Dr. Heilmann teil. Die Teilnahme ist
freiwillig, Inhalte des Gesprächs gehen nicht in die Personalakte.

""" + sig("remmert", short=True))

mail("s29", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
     "underwriting query to a GP about an applicant's back treatment and knee surgery",
     addr("korn"), "Praxis Dr. Peters <praxis@hausarzt-peters.example>",
     "Rückfrage zum BU-Antrag Ihrer Patientin Sabrina Kowalski", "2026-03-12 15:10", body="""\
Sehr geehrter Herr Dr. Peters,

Ihre Patientin, Frau Sabrina Kowalski, geb. 17.09.1988, Mühlweg 14,
36093 Künzell, hat bei uns eine Berufsunfähigkeitsversicherung beantragt
und Sie insoweit von der Schweigepflicht entbunden (Einzelermächtigung
anbei, Original per Post).

Sie gibt an, 2024 bei Ihnen wegen Rückenschmerzen (6 Wochen AU) und 2025
wegen einer Meniskusoperation rechts in Behandlung gewesen zu sein. Bitte
teilen Sie uns mit:

1. Diagnosen und Behandlungszeiträume der Rückenbeschwerden
2. Bestehen noch Beschwerden oder Einschränkungen im Knie?
3. Weitere Behandlungen in den letzten 5 Jahren?

Für den Bericht vergüten wir 35 Euro nach Rechnungsstellung.

""" + sig("korn"))

mail("s30", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "disability (BU) benefit acknowledged for a named customer: diagnosis basis, monthly pension",
     addr("vogelsang"), "Mathias Ehrhardt <m.ehrhardt@web.example>",
     "Ihre Berufsunfähigkeitsversicherung BU 7-2210934 – Anerkenntnis", "2026-03-12 16:00", body="""\
Sehr geehrter Herr Ehrhardt,

wir haben die Prüfung Ihres Leistungsantrags abgeschlossen. Aufgrund der
Berichte Ihrer Psychiaterin und des Entlassungsberichts der Klinik Hohe
Rhön erkennen wir an, dass Sie seit dem 04.11.2025 wegen Ihrer
depressiven Erkrankung zu mindestens 50 % außerstande sind, Ihren Beruf
als Bauleiter auszuüben.

Leistungen ab 01.12.2025:
- monatliche BU-Rente 1.850,00 Euro
- Beitragsbefreiung für Ihren Vertrag

Die Nachzahlung für Dezember bis März (7.400,00 Euro) überweisen wir
diese Woche. Wir werden uns in etwa einem Jahr wegen einer Nachprüfung
melden.

Wir wünschen Ihnen alles Gute.

""" + sig("vogelsang"))

mail("s31", "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
     "ZIP with scanned alternative-practitioner invoices (PDF) and a short body; health data only inside the ZIP",
     "Doris Hellwig <doris.hellwig@web.example>", "leistung-kranken@rhoenland-versicherung.example",
     "Belege", "2026-03-12 18:55", body="""\
Hallo, hier die Belege vom Februar. Danke!
D. Hellwig
""", atts=[zipf("Belege_Februar.zip", [
    ("Heilpraktiker_Rechnung_02-2026.pdf", pdf("x.pdf", [
        "Naturheilpraxis Simone Vey, Heilpraktikerin - Am Rosengarten 3 - 36037 Fulda",
        "Rechnung für Frau Doris Hellwig, Am Aschenberg 5, 36041 Fulda",
        "Diagnose: chronische Migräne, Spannungskopfschmerz, Erschöpfungssyndrom",
        "GebüH 1 Beratung 3 x 20,50 - GebüH 26.2 Akupunktur 4 x 34,00 - GebüH 37.1 Neuraltherapie 2 x 22,00",
        "Summe: 241,50 EUR",
    ], title="Rechnung Heilpraktikerin")),
    ("Apotheke_Quittung.pdf", pdf("y.pdf", [
        "Rosen-Apotheke Fulda - Quittung für Frau Hellwig",
        "Sumatriptan 50 mg, 6 St. - 14,90 EUR",
        "Magnesium 400 - 9,95 EUR",
    ], title="Quittung")),
])])

mail("s32", "STRICTLY_CONFIDENTIAL", "de", "hospital-to-insurer",
     "hospital direct-billing list as CSV (windows-1252): patients, insured numbers, DRG and diagnoses",
     "Patientenverwaltung Klinikum Fulda-Nord <abrechnung@klinikum-fulda-nord.example>",
     "direktabrechnung@rhoenland-versicherung.example", "Sammelrechnung Direktabrechnung 02/2026",
     "2026-03-13 08:10", body="""\
Sehr geehrte Damen und Herren,

anbei die Sammelaufstellung der direkt abgerechneten Wahlleistungs- und
Krankenhausfälle für Februar 2026. Die Einzelrechnungen folgen über das
Datenaustauschverfahren.

Mit freundlichen Grüßen
Patientenverwaltung / Abrechnung
Klinikum Fulda-Nord gGmbH
""", atts=[csvfile("Sammelrechnung_2026-02.csv", [
    ["Fall-Nr.", "Patient", "Geb.-Datum", "Vers.-Nr.", "Aufnahme", "Entlassung", "DRG", "Hauptdiagnose", "Betrag EUR"],
    ["26-004411", "Grünewald, Renate", "28.02.1963", "KV 83 311904", "18.02.2026", "24.02.2026", "F24B", "I21.4", "9.841,22"],
    ["26-004590", "Keller, Rosemarie", "11.05.1944", "KV 83 120077", "03.02.2026", "14.02.2026", "I47B", "M16.1", "11.208,40"],
    ["26-004733", "Vogt, Sebastian", "11.02.1986", "KV 83 441907", "26.02.2026", "27.02.2026", "I68D", "M51.2", "2.114,95"],
    ["26-004802", "Eckhardt, Monika", "07.11.1970", "KV 83 229514", "vorgemerkt 16.03.", "", "H08B", "K80.20", "Kostenzusage"],
], encoding="windows-1252")])

mail("s33", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "appointment mail from the BU claims department; the medical purpose (orthopaedic assessment) is only in the ICS",
     addr("vogelsang"), "Jens Kaiser <jens.kaiser@web.example>", "Ihr Termin", "2026-03-13 08:50",
     body="""\
Sehr geehrter Herr Kaiser,

wie telefonisch vereinbart sende ich Ihnen den Termin als Kalendereintrag.
Bitte bringen Sie einen Ausweis mit.

""" + sig("vogelsang"), atts=[ics("Termin_Begutachtung.ics",
                                   "Fachärztliche Begutachtung (BU-Leistungsantrag Jens Kaiser) – Orthopädie",
                                   "20260325T093000", "20260325T113000",
                                   location="Gutachtenpraxis Prof. Dr. Sauer, Orthopädie, Heinrichstraße 3, Fulda",
                                   description="Begutachtung zum BU-Antrag nach Schulter-OP (Rotatorenmanschette rechts): "
                                               "Funktionsprüfung, Röntgen. Bitte OP-Bericht und MRT-Bilder mitbringen.",
                                   organizer="petra.vogelsang@" + DOM, attendees=["jens.kaiser@web.example"])])

mail("s34", "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
     "life insurance policy loan request (personal line), no medical word",
     "Heinz Kircher <heinz.kircher@t-online.example>", "leben@rhoenland-versicherung.example",
     "Policendarlehen", "2026-03-13 09:35", charset="windows-1252", body="""\
Sehr geehrte Damen und Herren,

ich möchte auf meine Lebensversicherung LV 7-1882045-4 ein Policendarlehen
über 15.000 Euro aufnehmen (für eine neue Heizung). Wie hoch ist der
aktuelle Rückkaufswert, und welchen Zinssatz berechnen Sie?

Bitte auf mein Konto DE42 5304 0012 6642 9369 19 auszahlen.

Mit freundlichen Grüßen
Heinz Kircher
Bergstraße 2, 36088 Hünfeld
""")

mail("s35", "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
     "child accident insurance: son broke his forearm at school, plaster cast",
     "Sabrina Kowalski <sabrina.kowalski@gmx-mail.example>", "unfall@rhoenland-versicherung.example",
     "Unfall Schule Ben", "2026-03-13 10:22", cte="8bit", body="""\
Hallo,

mein Sohn Ben (8) ist gestern in der Pause vom Klettergerüst gefallen und
hat sich den linken Unterarm gebrochen (beide Knochen). Er wurde im
Klinikum eingerenkt und hat jetzt einen Oberarmgips für 5 Wochen. Die
Schule hat eine Unfallanzeige an die Unfallkasse geschickt.

Wir haben bei Ihnen die Kinderunfallversicherung (RV-UV-5120447). Was
brauchen Sie von uns?

Viele Grüße
Sabrina Kowalski
""")

mail("s36", "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
     "son writes for his mother about her care allowance and nursing home move",
     "Markus Keller <markus.keller@web.example>", "pflege@rhoenland-versicherung.example",
     "Pflegetagegeld meine Mutter Rosemarie Keller", "2026-03-13 11:05", body="""\
Guten Tag,

meine Mutter, Rosemarie Keller, hat von Ihnen Pflegegrad 3 bekommen. Sie
zieht am 1. April ins Seniorenzentrum St. Elisabeth in Fulda (vollstationär),
weil es zu Hause mit dem Rollator und den Stürzen nicht mehr geht.

Ändert sich dann etwas am Pflegetagegeld? Ich habe eine Vollmacht und
kümmere mich um ihre Post. Bitte schreiben Sie ab jetzt an mich:
Markus Keller, Wilhelmstraße 5, 36037 Fulda.

Vielen Dank
Markus Keller
""")

mail("s37", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "premium arrears in a named customer's comprehensive health insurance (health line, no medical word)",
     "Beitragsinkasso Kranken <inkasso-kv@rhoenland-versicherung.example>",
     "Serkan Gündoğdu <serkan.guendogdu@web.example>", "Beitragsrückstand in Ihrer Krankenversicherung",
     "2026-03-13 11:40", charset="iso-8859-1", body="""\
Sehr geehrter Herr Gündoğdu,

für Ihre Krankheitskostenvollversicherung (Vertrag KV 83 477120) sind die
Beiträge für Januar bis März 2026 in Höhe von 1.463,70 Euro offen.

Bitte beachten Sie: Bleiben die Beiträge für zwei Monate unbezahlt, ruht
der Vertrag nach § 193 Abs. 6 VVG und Sie werden in den Notlagentarif
umgestellt. Dann erstatten wir nur noch Aufwendungen für akute
Erkrankungen und Schmerzzustände.

Wenn Sie in Zahlungsschwierigkeiten sind, sprechen Sie uns bitte an; wir
können eine Ratenzahlung vereinbaren.

Mit freundlichen Grüßen
Ihr Beitragsinkasso Krankenversicherung

""".replace("ğ", "g") + FOOTER_KRANKEN)

mail("s38", "STRICTLY_CONFIDENTIAL", "de", "internal",
     "claims handler asks the company doctor about extending a named customer's psychotherapy",
     addr("arslan"), addr("lammers"), "Frage Psychotherapie Kontingent – Fr. Sidorenko", "2026-03-13 13:00",
     body="""\
Hallo Frau Dr. Lammers,

Frau Olga Sidorenko (KV 83 390218) beantragt die Verlängerung ihrer
Verhaltenstherapie von 25 auf 45 Sitzungen. Diagnose laut Bericht des
Therapeuten: posttraumatische Belastungsstörung (F43.1) nach einem
Überfall im letzten Sommer, dazu Panikattacken in Menschenmengen.

Der Tarif sieht 30 Sitzungen pro Jahr ohne weitere Prüfung vor. Können Sie
sich den Bericht anschauen? Liegt im Vorgang LF-26-03118.

Danke und Gruß
Mehmet Arslan
""")

mail("s39", "STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
     "body 'Widerspruch im Anhang'; ODT objection letter describes his sleep apnoea device and diagnosis",
     "Thomas Wenzel <th.wenzel@freenet.example>", "leistung-kranken@rhoenland-versicherung.example",
     "Widerspruch", "2026-03-13 14:05", body="""\
Guten Tag,

meinen Widerspruch finden Sie im Anhang.

Thomas Wenzel
""", atts=[odt("Widerspruch_Wenzel.odt", [
    "Thomas Wenzel, Heinrich-von-Bibra-Str. 4, 36037 Fulda",
    "Rhönland Krankenversicherung AG, Leistungsabteilung",
    "Krankenversicherung KV 83 415560 - Ihr Schreiben vom 02.03.2026",
    "Widerspruch gegen die Ablehnung der Kostenübernahme für das CPAP-Gerät",
    "Sehr geehrte Damen und Herren,",
    "bei mir wurde im Schlaflabor des Klinikums Fulda im Januar eine schwere obstruktive Schlafapnoe "
    "(G47.31, AHI 42/h) festgestellt. Ohne die nächtliche CPAP-Therapie habe ich Atemaussetzer und bin "
    "tagsüber so müde, dass ich nicht Auto fahren darf.",
    "Sie lehnen die Kosten von 1.890 Euro mit der Begründung ab, das Gerät sei kein Hilfsmittel im Sinne "
    "des Tarifs. Das halte ich für falsch, da es im Hilfsmittelverzeichnis geführt wird.",
    "Ich bitte um erneute Prüfung. Mit freundlichen Grüßen, Thomas Wenzel",
])])

mail("s40", "STRICTLY_CONFIDENTIAL", "de", "broker-to-insurer",
     "broker sends filled-in BU health questionnaire (DOCX) with asthma and therapy answers",
     "Bernd Öztürk <b.oeztuerk@oeztuerk-versicherungsmakler.example>", "antrag-leben@rhoenland-versicherung.example",
     "BU-Antrag Kowalski – Gesundheitsfragen", "2026-03-13 15:20", body="""\
Hallo Frau Korn,

anbei die ausgefüllten Gesundheitsfragen zum BU-Antrag meiner Kundin.
Die Unterschrift ist im Original, das per Post kommt.

Gruß
Bernd Öztürk
Versicherungsmakler e.K.
""", atts=[docx("Gesundheitsfragen_BU_Kowalski.docx", [
    "# Gesundheitsfragen Berufsunfähigkeitsversicherung",
    "Zu versichernde Person: Sabrina Kowalski, geb. 17.09.1988, Erzieherin",
    "Größe 168 cm, Gewicht 74 kg",
], table=[
    ["Frage", "Antwort", "Erläuterung"],
    ["1. Ambulante Behandlungen in den letzten 3 Jahren?", "ja",
     "Asthma bronchiale (J45.0) seit Kindheit, Salbutamol bei Bedarf; 2024 Rückenschmerzen, 6 Wochen AU"],
    ["2. Stationäre Behandlungen in den letzten 5 Jahren?", "ja", "2025 Arthroskopie Meniskus rechts, 2 Tage"],
    ["3. Psychotherapie in den letzten 5 Jahren?", "ja", "2022 zwölf Sitzungen wegen Trauerreaktion nach Tod des Vaters, abgeschlossen"],
    ["4. Bestehende Behinderung / GdB?", "nein", ""],
], author="Bernd Oeztuerk")])

mail("s41", "STRICTLY_CONFIDENTIAL", "de", "company-to-insurer",
     "employer reports a named employee's workplace accident to the group accident insurance (burn injury)",
     "Tischlerei Ulrich Sauer <info@tischlerei-sauer.example>", "unfall@rhoenland-versicherung.example",
     "Unfall Mitarbeiter – Gruppenunfallversicherung", "2026-03-13 16:02", charset="windows-1252", body="""\
Sehr geehrte Damen und Herren,

wir haben bei Ihnen eine Gruppenunfallversicherung für unsere Mitarbeiter
(Vertrag RV-GU-5200118). Unser Geselle Niklas Hartmann, geb. 15.10.1998, hat
sich gestern beim Verleimen mit heißem Leim die rechte Hand verbrannt
(Verbrennung 2. Grades, Handrücken und zwei Finger). Er war beim
Durchgangsarzt und ist zwei Wochen krankgeschrieben. Die BG ist informiert.

Bitte schicken Sie uns das Formular für die Unfallmeldung.

Mit freundlichen Grüßen
Ulrich Sauer
Tischlermeister
Tischlerei Ulrich Sauer e.K. · Im Gewerbegebiet 6 · 36093 Künzell
""")

mail("s42", "STRICTLY_CONFIDENTIAL", "de", "broker-to-insurer",
     "broker sends a health insurance application (PDF) with answered health questions; body neutral",
     "Heiko Brandes <h.brandes@finanzkontor-vogelsberg.example>", "antrag-kranken@rhoenland-versicherung.example",
     "Neuantrag Vollversicherung – Unterlagen", "2026-03-13 16:40", body="""\
Hallo zusammen,

anbei ein Neuantrag zur Vollversicherung, Beginn 01.05.2026. Bitte um
kurze Eingangsbestätigung.

Viele Grüße
Heiko Brandes
Finanzkontor Vogelsberg GmbH
""", atts=[pdf("Antrag_KV_Roos.pdf", [
    "Antrag auf Krankheitskostenvollversicherung - Rhönland Krankenversicherung AG",
    "Vermittler: Finanzkontor Vogelsberg GmbH, VM-Nr. 40-2217",
    "",
    "Antragsteller/zu versichernde Person: Jan-Philipp Roos, geb. 19.04.1991",
    "Anschrift: Dalbergstraße 12, 36037 Fulda - Beruf: Softwareentwickler (selbstständig)",
    "Tarif: KOMFORT 600, Krankentagegeld ab 43. Tag 120 EUR",
    "",
    "## Gesundheitsfragen",
    "1. Behandlungen in den letzten 3 Jahren: ja - 2024 Hausarzt wegen Schlafstörungen",
    "2. Psychotherapie / psychiatrische Behandlung in den letzten 10 Jahren: ja - 2019/2020, Einzelheiten siehe Beiblatt",
    "3. Regelmäßige Medikamente: ja - Aripiprazol 10 mg",
    "4. Fehlende Zähne: nein",
    "",
    "Bankverbindung für den Beitragseinzug: IBAN DE25 5005 0201 9142 8304 30",
], title="Antrag Krankenversicherung", author="Finanzkontor Vogelsberg")])
# ===== STRICTLY_CONFIDENTIAL, English =====================================

mail("se01", "STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
     "one-liner from a parent: 'my son's braces' invoice; the sender identifies the family",
     "Sarah Whitfield <sarah.whitfield@britmail.example>", "leistung-kranken@rhoenland-versicherung.example",
     "braces", "2026-03-09 08:02", charset="us-ascii", cte="7bit", body="""\
Hi, attached is the invoice for my son's braces for this quarter. Thanks, Sarah

Sent from my iPhone
""", atts=[pdf("invoice_orthodontist_Q1.pdf", [
    "Kieferorthopädische Praxis Dr. Selin Kaya - Kanalstraße 12 - 36037 Fulda",
    "Invoice KFO-2026-0391 - 02.03.2026",
    "Patient: Oliver Whitfield, born 03.05.2013",
    "Payer: Sarah Whitfield, Buttermarkt 15, 36037 Fulda",
    "Diagnosis: crossbite (KIG K4), crowding upper jaw",
    "GOZ 6030 Orthodontic treatment, instalment Q1    240.00 EUR",
    "GOZ 6140 Fixed retainer                           88.50 EUR",
    "Total 328.50 EUR",
], title="Invoice", author="KFO Praxis Dr. Kaya")])

mail("se02", "STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
     "expat customer announces her pregnancy and due date, asks about maternity cover",
     "Priya Raman <priya.raman@protonmail.example>", "leistung-kranken@rhoenland-versicherung.example",
     "Maternity cover question", "2026-03-09 12:40", cte="base64", body="""\
Hello,

I'm insured with you under the expat health tariff (policy KV 83 560031)
and I just found out that I'm pregnant – the due date is 28 October. My
gynaecologist is Dr. Herbst in Fulda.

Could you tell me:
- which prenatal check-ups and ultrasounds are covered
- whether a private room and midwife are covered for the birth
- whether my baby can be added to my policy without health questions

I had a miscarriage last year, so the doctor wants extra check-ups in the
first trimester. Is that a problem?

Thank you,
Priya Raman
""")

mail("se03", "STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
     "skiing accident in Austria: knee surgery and repatriation under the travel policy",
     "Daniel O'Connor <d.oconnor@eiremail.example>", "reise@rhoenland-versicherung.example",
     "Ski accident in Ischgl – surgery and transport home", "2026-03-10 07:15", body="""\
Dear team,

I had a bad fall on the slopes in Ischgl on Saturday. I was taken to the
hospital in Zams, where they diagnosed a tibial plateau fracture in my
right knee and operated on Sunday. The doctors say I can't sit in a normal
car for the 7 hours home and I will need a lying transport or a flight.

My annual travel policy is RV-RE-5537781. The hospital has asked for a
cost guarantee. Could you please contact them? Ward: Unfallchirurgie,
Station B2, Krankenhaus St. Vinzenz Zams, phone +43 5442 600.

Thanks,
Daniel O'Connor
""")

mail("se04", "STRICTLY_CONFIDENTIAL", "en", "doctor-to-insurer",
     "international clinic sends a medical report for an expat patient with diagnoses and medication",
     "Medical Records <records@intl-clinic-frankfurt.example>", addr("arslan"),
     "Medical report – patient Michael Chen", "2026-03-10 10:25", body="""\
Dear Mr Arslan,

Following your request and the signed release from the patient, please
find the summary report below.

Patient:        Michael Chen, DOB 1979-04-08
Insurance:      Rhönland Krankenversicherung, KV 83 548102
Consultations:  12 Jan, 2 Feb and 3 Mar 2026

Diagnoses:
- Type 2 diabetes mellitus, newly diagnosed (E11.9), HbA1c 8.1 %
- Hyperlipidaemia (E78.0)
- Obstructive sleep apnoea suspected, sleep study pending

Treatment:
Metformin 1,000 mg twice daily, atorvastatin 20 mg, nutritional
counselling (4 sessions), referral to sleep laboratory.

Prognosis good with adherence. Next review in three months.

Kind regards,
Dr. Helen Marsh, MD
International Clinic Frankfurt
""")

mail("se05", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "English reimbursement statement in an HTML table with treatments and diagnoses",
     "Health Claims <leistung-kranken@rhoenland-versicherung.example>",
     "Michael Chen <michael.chen@protonmail.example>", "Your reimbursement statement – March 2026",
     "2026-03-10 15:30", mode="alt", html="""\
<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear Mr Chen,</p>
<p>We have processed the following invoices under your policy KV 83 548102:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr><th>Date</th><th>Provider</th><th>Treatment / diagnosis</th><th>Invoiced</th><th>Reimbursed</th></tr>
<tr><td>12.01.2026</td><td>International Clinic Frankfurt</td><td>Consultation, lab (HbA1c, lipids) – E11.9</td><td>EUR 286.40</td><td>EUR 286.40</td></tr>
<tr><td>02.02.2026</td><td>International Clinic Frankfurt</td><td>Follow-up – E11.9, E78.0</td><td>EUR 124.10</td><td>EUR 124.10</td></tr>
<tr><td>05.02.2026</td><td>Löwen-Apotheke</td><td>Metformin 1000 mg, Atorvastatin 20 mg</td><td>EUR 38.62</td><td>EUR 38.62</td></tr>
<tr><td>16.02.2026</td><td>Nutrition practice Wagner</td><td>Dietary counselling, 4 sessions</td><td>EUR 240.00</td><td>EUR 160.00 (cap)</td></tr>
</table>
<p>Total reimbursed: <b>EUR 609.12</b>, transferred to your account.</p>
<p>Kind regards<br>Health Claims, Rhönland Krankenversicherung AG</p>
</body></html>
""")

mail("se06", "STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
     "wife writes that her husband had a heart attack and asks about his disability insurance",
     "Olivia Grant <olivia.grant@britmail.example>", "leben@rhoenland-versicherung.example",
     "My husband's disability insurance", "2026-03-10 18:05", body="""\
Dear Sir or Madam,

My husband, Richard Grant, has a disability policy with you (BU 7-2301558).
He had a heart attack on 20 February and had two stents put in. He is now
in cardiac rehab in Bad Nauheim until the end of March. His cardiologist
says he should not go back to his job as an air traffic controller,
possibly ever, because of the stress and the medical requirements.

He asked me to write to you because he is not allowed to use his phone
much. What forms do we need to fill in? I have his power of attorney.

Kind regards,
Olivia Grant
""")

mail("se07", "STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
     "'Thanks!' – quoted insurer mail below approves physiotherapy for her back condition",
     "Emily Carter <emily.carter@outlook-mail.example>", addr("arslan"),
     "Re: Physiotherapy – cost approval", "2026-03-11 08:30", body="""\
Thanks!

Emily

-----Original Message-----
From: Mehmet Arslan <mehmet.arslan@rhoenland-versicherung.example>
Sent: Tuesday, 10 March 2026 16:44
To: Emily Carter <emily.carter@outlook-mail.example>
Subject: Physiotherapy – cost approval

Dear Ms Carter,

Thank you for sending the prescription from Dr. Roth. We confirm that
your health insurance covers 12 sessions of physiotherapy with manual
lymph drainage for your lymphoedema after the breast surgery (C50.4),
at 100 % under your tariff.

Please send us the invoice once the sessions are completed.

Kind regards
Mehmet Arslan
Health Claims
""")

mail("se08", "STRICTLY_CONFIDENTIAL", "en", "internal",
     "forward note only; forwarded employer mail reports a named employee's burnout sick leave for group income protection",
     addr("stolz"), addr("vogelsang"), "FW: Employee on long-term sick leave", "2026-03-11 10:50", body="""\
Petra, this one is for the group income protection contract of
Brightwave. Can you take it?
Henrik
""", atts=[fwd("Employee on long-term sick leave.eml",
               frm="People Team <people@brightwave-software.example>", to=addr("stolz"),
               subject="Employee on long-term sick leave", date="2026-03-10 17:20", body="""\
Dear Mr Stolz,

One of our employees insured under the group income protection policy
(GIP-0071), Mr Luca Moretti (born 05/01/1979), has been signed off sick
since 12 January with burnout and depression. His doctor expects at least
another three months. The statutory sick pay ends on 22 February + 6 weeks.

What do we need to send you to start the income protection benefit?

Best,
Laura Becker
People Team, Brightwave Software GmbH
""")])

mail("se09", "STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
     "life insurance beneficiary nomination for children (personal line, birth dates)",
     "Tom Becker <tom.becker@usmail.example>", "leben@rhoenland-versicherung.example",
     "Beneficiaries for my term life policy", "2026-03-11 22:10", body="""\
Hello,

Now that our twins are born I would like to update the beneficiaries of
my term life policy LV 7-3350021-8:

- 50 % my wife, Julia Becker (born 14 June 1988)
- 25 % each to our children Noah Becker and Mia Becker (born 2 February 2026)

Until the children are 18, their share should be managed by my wife.

Thanks,
Tom Becker
""")

mail("se10", "STRICTLY_CONFIDENTIAL", "en", "internal",
     "underwriter proposes an asthma exclusion for a named applicant (internal English)",
     addr("korn"), "Shared Service Underwriting <uw-sharedservice@rhoenland-versicherung.example>",
     "Decision draft – applicant Hannah Nilsson (BU application A-26-01872)", "2026-03-12 09:15", body="""\
Hi team,

Please prepare the offer letter for Ms Hannah Nilsson (DOB 1987-03-29) as
follows:

- Disability cover accepted, standard premium
- Exclusion clause: "Disability caused by asthma bronchiale (J45) or its
  complications is excluded."
- Review option: exclusion can be reviewed after 3 years without
  hospitalisation or cortisone tablets

Rationale: moderate persistent asthma, 2 emergency visits in 2024, on
budesonide/formoterol daily, normal lung function at the last check.

Thanks,
Miriam

""" + sig("korn", lang="en", short=True))

mail("se11", "STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
     "motor liability: insured reports hitting a cyclist who broke her wrist (third-party injury)",
     "Michael Chen <michael.chen@protonmail.example>", "schaden@rhoenland-versicherung.example",
     "Accident with a cyclist – policy RV-KF-4471206", "2026-03-12 13:35", body="""\
Dear Sir or Madam,

I'm writing to report an accident. On 10 March I turned right into
Leipziger Straße and did not see a cyclist on the cycle path. She fell and
was taken to hospital by ambulance. I have since heard from the police
that she broke her wrist and had a head wound that needed stitches.
Her name is Marta Kowalska.

I feel terrible about it. My car has only minor scratches on the right
wing. What happens now? Do I need a lawyer?

Regards,
Michael Chen
""")

mail("se12", "STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
     "personal liability: guest fell down the customer's stairs and had a concussion",
     "Luca Moretti <luca.moretti@libero.example>", "schaden@rhoenland-versicherung.example",
     "Guest injured at my flat", "2026-03-12 20:45", body="""\
Hello,

At a dinner at my flat on Saturday, a friend, Aoife Brennan, slipped on
the stairs to the roof terrace (one step was loose, I should have fixed
it). She hit her head and was in the hospital overnight with a
concussion. She is fine now but had to miss three days of work and has
headaches.

She doesn't want to make a big deal of it, but her health insurer asked
who is responsible. Is this a case for my personal liability insurance?

Luca Moretti
""")

mail("se13", "STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
     "parent asks if Emma's asthma inhaler prescription is covered; child mentioned only by first name",
     "Hannah Nilsson <hannah.nilsson@mail-se.example>", "leistung-kranken@rhoenland-versicherung.example",
     "Emma's inhaler", "2026-03-13 07:50", cte="8bit", body="""\
Hi,

quick question: Emma's new asthma inhaler (Flutiform, prescribed by the
paediatrician last week) costs €64 per pack and she needs one a month.
Is that covered under our family policy? The pharmacy said the private
price is different from the public one.

Thanks!
Hannah
""")

mail("se14", "STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
     "dental: crown fell out, dentist's treatment plan attached as PDF",
     "Aoife Brennan <aoife.brennan@eiremail.example>", "leistung-kranken@rhoenland-versicherung.example",
     "Dental treatment plan – pre-approval", "2026-03-13 09:20", body="""\
Hello,

My crown fell out last week and the dentist says the tooth underneath
needs a root canal and a new crown. The treatment plan is attached. Could
you let me know how much you will pay before I go ahead?

Many thanks,
Aoife
""", atts=[pdf("Heil-und-Kostenplan_Brennan.pdf", [
    "Zahnarztpraxis Dr. Jörg Leinweber - Kanalstraße 20 - 36037 Fulda",
    "Heil- und Kostenplan / Treatment plan",
    "Patient: Aoife Brennan, born 21.12.1994, insured: Rhönland KV 83 571140",
    "",
    "Tooth 36: crown lost, secondary caries, irreversible pulpitis",
    "GOZ 2410 Root canal treatment, 3 canals          2.3   405.60 EUR",
    "GOZ 2440 Root canal filling, 3 canals            2.3   220.80 EUR",
    "GOZ 2210 Full ceramic crown                      2.3   272.60 EUR",
    "Laboratory costs (estimate)                             480.00 EUR",
    "Estimated total                                       1,379.00 EUR",
], title="Heil- und Kostenplan", author="Dr. Leinweber")])

mail("se15", "STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
     "daughter abroad asks about her mother's nursing home and care level (long-term care)",
     "Rachel Weber-Miller <rachel.webermiller@usmail.example>", "pflege@rhoenland-versicherung.example",
     "My mother's care – Gertrud Weber", "2026-03-13 14:15", body="""\
Dear Sir or Madam,

I live in Chicago and am writing about my mother, Gertrud Weber (born
1939), who is insured with you for long-term care. She has Parkinson's
disease and after a fall in February she cannot live alone anymore. My
brother in Würzburg is arranging a place in a nursing home.

Her care level is currently 2. The nursing home says she needs a
re-assessment because she now needs help with everything. How do we apply
for a higher care level, and can the assessment be done in the nursing
home?

Thank you,
Rachel Weber-Miller
""")

mail("se16", "STRICTLY_CONFIDENTIAL", "en", "company-to-insurer",
     "harmless body; XLSX census for group life cover lists employees' names, DOB and salaries",
     "People Team <people@brightwave-software.example>", addr("stolz"),
     "Census file for renewal", "2026-03-13 15:00", body="""\
Hi Henrik,

here's the census file for the renewal quote. Let me know if anything is
missing.

Laura
""", atts=[xlsx("Brightwave_census_2026.xlsx", [
    ("Census", [
        ["Employee ID", "Name", "Date of birth", "Sex", "Annual salary EUR", "Group life cover (3x salary)", "Smoker"],
        ["BW-0004", "Priya Raman", "1990-11-02", "F", 78000, 234000, "no"],
        ["BW-0011", "Luca Moretti", "1979-01-05", "M", 91000, 273000, "no (on sick leave)"],
        ["BW-0015", "Hannah Nilsson", "1987-03-29", "F", 72000, 216000, "no"],
        ["BW-0022", "Daniel O'Connor", "1986-07-13", "M", 66500, 199500, "yes"],
        ["BW-0031", "Laura Becker", "1992-09-09", "F", 58000, 174000, "no"],
    ])], author="Laura Becker")])

mail("se17", "STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
     "ZIP of foreign hospital invoices (PDF inside) for travel health; body says only 'invoices attached'",
     "Tom Becker <tom.becker@usmail.example>", "reise@rhoenland-versicherung.example",
     "invoices attached", "2026-03-13 18:30", body="""\
Invoices attached, policy RV-RE-5540002. Thanks, Tom
""", atts=[zipf("Boston_invoices.zip", [
    ("MGH_ER_invoice.pdf", pdf("a.pdf", [
        "Massachusetts General Hospital - Emergency Department - Boston, MA",
        "Patient: Tom Becker, DOB 1986-10-30 - Visit 2025-11-12",
        "Chief complaint: chest pain; diagnosis: acute pericarditis (I30.9)",
        "ECG, troponin, echocardiogram, observation 18 h",
        "Total charges USD 6,840.00",
    ], title="Hospital invoice")),
    ("CVS_pharmacy_receipt.pdf", pdf("b.pdf", [
        "CVS Pharmacy #0442 - Boston - 2025-11-13",
        "Rx: Colchicine 0.6 mg #30 - Ibuprofen 600 mg #60 - Patient: T. Becker",
        "Total USD 71.29",
    ], title="Pharmacy receipt")),
])])

mail("se18", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "accident insurance: partial hearing loss after an accident assessed for invalidity benefit",
     addr("jost"), "Richard Grant <richard.grant@britmail.example>",
     "Your accident insurance claim – medical assessment result", "2026-03-13 16:30", body="""\
Dear Mr Grant,

Thank you for attending the ENT examination with Dr. Falk on 26 February.
According to her report, the explosion of the gas barbecue on 14 June 2025
caused a permanent hearing loss in your left ear of 55 dB with tinnitus.

Under the limb schedule of your accident insurance (RV-UV-5088310), total
loss of hearing in one ear is rated at 30 %. Dr. Falk assesses the
impairment at 4/10 of that value, which gives a degree of invalidity of
12 %. With your sum insured of EUR 150,000, the invalidity benefit is
EUR 18,000.

We will transfer the amount this week. If your hearing gets worse, you can
ask for a re-assessment within three years of the accident.

""" + sig("jost", lang="en"))


# ---------------------------------------------------------------------------
# build, write, check
# ---------------------------------------------------------------------------
def ordered():
    idx = list(range(len(MAILS)))
    random.Random(NN).shuffle(idx)
    return [("%s-%04d.eml" % (PREFIX, n + 1), MAILS[i]) for n, i in enumerate(idx)]


def render():
    files = {}
    rows = ["file\tlabel\tlang\tkind\treason"]
    for fn, m in ordered():
        try:
            files[fn] = build(m)
        except Exception as e:
            raise RuntimeError("building %s failed: %r" % (m["key"], e))
        rows.append("\t".join([fn, m["label"], m["lang"], m["kind"], m["reason"]]))
    tsv = ("\n".join(rows) + "\n").encode("utf-8")
    return files, tsv


def _leaf_kind(part):
    ct = part.get_content_type()
    fn = part.get_filename() or ""
    ext = fn.rsplit(".", 1)[-1].lower() if "." in fn else ""
    return ct, fn, ext


def _open_file(name, data, counts, where):
    ext = name.rsplit(".", 1)[-1].lower()
    counts[ext] += 1
    if ext == "pdf":
        import pypdf
        r = pypdf.PdfReader(io.BytesIO(data))
        txt = "".join(p.extract_text() or "" for p in r.pages)
        assert txt.strip(), "%s: PDF without text layer" % where
    elif ext == "docx":
        import docx as _docx
        d = _docx.Document(io.BytesIO(data))
        assert d.paragraphs or d.tables, where
    elif ext == "xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(io.BytesIO(data))
        assert wb.sheetnames, where
    elif ext in ("ods", "odt"):
        from odf.opendocument import load
        load(io.BytesIO(data))
    elif ext == "zip":
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None, where
        for n in z.namelist():
            _open_file(n, z.read(n), counts, where + "!" + n)
    elif ext == "ics":
        t = data.decode("utf-8")
        assert t.startswith("BEGIN:VCALENDAR") and "END:VCALENDAR" in t, where
    elif ext == "png":
        assert data.startswith(b"\x89PNG"), where
    elif ext in ("csv", "txt"):
        assert data, where
    else:
        raise AssertionError("%s: unknown attachment type %s" % (where, name))


def check(files, tsv):
    ok = True
    # compare with disk
    for fn, data in files.items():
        p = os.path.join(HERE, "mails", fn)
        if not os.path.exists(p) or open(p, "rb").read() != data:
            print("DIFFERS from disk:", fn)
            ok = False
    ondisk = set(os.listdir(os.path.join(HERE, "mails")))
    extra = ondisk - set(files)
    if extra:
        print("extra files on disk:", sorted(extra))
        ok = False
    if open(os.path.join(HERE, "labels.tsv"), "rb").read() != tsv:
        print("labels.tsv DIFFERS")
        ok = False
    labels = collections.Counter()
    lang = collections.Counter()
    kinds = collections.Counter()
    kindlab = collections.defaultdict(collections.Counter)
    top = collections.Counter()
    parts = collections.Counter()
    charsets = collections.Counter()
    ctes = collections.Counter()
    attfiles = collections.Counter()
    traps = 0
    mids = set()
    keys = set()
    meta = {fn: m for fn, m in ordered()}
    for fn, data in sorted(files.items()):
        m = meta[fn]
        assert m["key"] not in keys, m["key"]
        keys.add(m["key"])
        where = fn
        assert b"\n" not in data.replace(b"\r\n", b""), "%s: bare LF" % fn
        msg = BytesParser(policy=policy.default).parsebytes(data)
        mid = msg["Message-ID"]
        assert mid not in mids, "%s: duplicate Message-ID" % fn
        mids.add(mid)
        d = msg["Date"].datetime
        assert d.year == 2026, fn
        top[msg.get_content_type()] += 1
        labels[m["label"]] += 1
        lang[m["lang"]] += 1
        kinds[m["kind"]] += 1
        kindlab[m["kind"]][m["label"]] += 1
        if m["label"] == "NORMAL" and m["reason"].startswith("trap:"):
            traps += 1
        for r in (m["reason"],):
            assert r and "\t" not in r
        # IBANs in visible text must be valid unless the reason says otherwise
        for part in msg.walk():
            if part.defects:
                print("%s: MIME defects %r in %s" % (fn, part.defects, part.get_content_type()))
                ok = False
            if part.get_content_type() == "message/rfc822":
                parts["message/rfc822"] += 1
                attfiles["eml (forwarded)"] += 1
                continue
            if part.is_multipart():
                continue
            ct, name, ext = _leaf_kind(part)
            parts[ct] += 1
            if part.get_content_type() == "message/rfc822":
                continue
            if part.get_content_maintype() == "text" and not name:
                cs = part.get_content_charset() or "us-ascii"
                charsets[cs] += 1
                ctes[part.get("Content-Transfer-Encoding", "7bit").lower()] += 1
                raw = part.get_payload(decode=True)
                raw.decode(cs)  # must decode with its declared charset
                txt = part.get_content()
                for ib in re.findall(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?\b", txt):
                    if "ZZZ" in ib.replace(" ", ""):
                        continue  # SEPA creditor identifier, not an IBAN
                    if not iban_ok(ib) and "invalid IBAN" not in m["reason"]:
                        print("%s: IBAN checksum fails: %s" % (fn, ib))
                        ok = False
            elif name:
                data2 = part.get_payload(decode=True)
                _open_file(name, data2, attfiles, where + ":" + name)
        if msg.get_content_type() == "message/rfc822":
            pass
    print("mails:", len(files))
    print("labels:", dict(labels), " traps among NORMAL:", traps)
    for lab in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"):
        c = collections.Counter(mm["lang"] for mm in MAILS if mm["label"] == lab)
        print("  %-22s de %3d  en %3d" % (lab, c["de"], c["en"]))
    print("languages:", dict(lang))
    print("kinds:")
    for k, n in kinds.most_common():
        print("  %-28s %3d  %s" % (k, n, dict(kindlab[k])))
    print("top-level content types:", dict(top))
    print("leaf part types:", dict(parts))
    print("body charsets:", dict(charsets))
    print("body transfer encodings:", dict(ctes))
    print("attachment files (incl. ZIP members):", dict(attfiles))
    print("CHECK", "OK" if ok else "FAILED")
    return ok


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--map", action="store_true")
    a = ap.parse_args()
    if a.map:
        for fn, m in ordered():
            print(m["key"], fn, m["label"], m["lang"], m["kind"], sep="\t")
        return
    files, tsv = render()
    if a.check:
        sys.exit(0 if check(files, tsv) else 1)
    os.makedirs(os.path.join(HERE, "mails"), exist_ok=True)
    for fn in os.listdir(os.path.join(HERE, "mails")):
        if fn.endswith(".eml") and fn not in files:
            os.remove(os.path.join(HERE, "mails", fn))
    for fn, data in files.items():
        with open(os.path.join(HERE, "mails", fn), "wb") as f:
            f.write(data)
    with open(os.path.join(HERE, "labels.tsv"), "wb") as f:
        f.write(tsv)
    print("wrote %d mails" % len(files))


if __name__ == "__main__":
    main()
