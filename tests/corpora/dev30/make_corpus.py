#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator for Siegel development corpus 30 (corpora/dev30).

Emphasis: English-language mail to, from and about a German insurer
(expats, international students, foreign brokers and employers, travel
health abroad, cross-border motor, foreign doctors' invoices, reinsurers and
lawyers abroad, the insurer's English-speaking service desk).

Every mail is written out on its own in the MAILS sections below. The MIME
code, the office-file helpers and the check are in this header.

Usage:
    python make_corpus.py            # writes mails/ and labels.tsv
    python make_corpus.py --check    # rebuilds in a temp dir, compares, validates

All persons, companies, numbers and addresses are fictitious.
"""
import argparse
import csv
import datetime as dt
import hashlib
import io
import os
import random
import re
import shutil
import sys
import tempfile
import zipfile
from collections import Counter
from email import message_from_bytes
from email import policy as email_policy
from email.message import EmailMessage
from email.policy import SMTP

HERE = os.path.dirname(os.path.abspath(__file__))
NN = "30"
SEED = 30
DOMAIN = "versicherer.example"

MAILS = []


def mail(label, lang, kind, reason):
    """Register one mail. The decorated function returns an EmailMessage."""
    assert label in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"), label
    assert lang in ("de", "en"), lang
    assert "\t" not in reason and "\n" not in reason

    def deco(fn):
        MAILS.append(dict(key=fn.__name__, label=label, lang=lang, kind=kind,
                          reason=reason, fn=fn))
        return fn
    return deco


# ---------------------------------------------------------------------------
# dates (German time, 2026)
# ---------------------------------------------------------------------------
_DST_START = dt.datetime(2026, 3, 29, 2, 0)
_DST_END = dt.datetime(2026, 10, 25, 3, 0)
_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_MONS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
         "Nov", "Dec"]


def D(s):
    """'2026-04-14 09:32' -> RFC 5322 date in German local time."""
    t = dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    assert t.year == 2026
    off = "+0200" if _DST_START <= t < _DST_END else "+0100"
    return "%s, %02d %s %d %02d:%02d:%02d %s" % (
        _DAYS[t.weekday()], t.day, _MONS[t.month - 1], t.year, t.hour, t.minute,
        (t.minute * 7 + t.hour) % 60, off)


def fixed_dt(s="2026-01-05 08:00"):
    return dt.datetime.strptime(s, "%Y-%m-%d %H:%M").replace(
        tzinfo=dt.timezone.utc)


# ---------------------------------------------------------------------------
# MIME
# ---------------------------------------------------------------------------
def A(filename, data, ctype=None, charset=None, cte=None, inline=False):
    """An attachment description."""
    return dict(filename=filename, data=data, ctype=ctype, charset=charset,
                cte=cte, inline=inline)


_CT_BY_EXT = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "odt": "application/vnd.oasis.opendocument.text",
    "zip": "application/zip",
    "csv": "text/csv",
    "ics": "text/calendar",
    "txt": "text/plain",
    "jpg": "image/jpeg",
}


def _addr_domain(addr):
    m = re.search(r"@([A-Za-z0-9.-]+)", addr or "")
    return m.group(1).lower() if m else DOMAIN


def M(frm, to, subj, date, body=None, *, cc=None, html=None, charset="utf-8",
      cte=None, html_cte=None, flowed=False, atts=(), headers=(), mid=None,
      reply_to=None, in_reply_to=None, html_first=False):
    """Build one message. body: text/plain; html: text/html (alternative or
    HTML-only when body is None); atts: list of A(...) or EmailMessage."""
    m = EmailMessage(policy=SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subj
    m["Date"] = D(date)
    if mid is None:
        h = hashlib.sha1(("%s|%s|%s" % (frm, subj, date)).encode()).hexdigest()
        mid = "<%s.%s@%s>" % (h[:10], h[10:18], _addr_domain(frm))
    m["Message-ID"] = mid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    for k, v in headers:
        m[k] = v
    if body is not None:
        m.set_content(body, charset=charset, cte=cte)
        if flowed:
            m.set_param("format", "flowed")
        if html is not None:
            m.add_alternative(html, subtype="html", charset=charset,
                              cte=html_cte or cte)
    elif html is not None:
        m.set_content(html, subtype="html", charset=charset, cte=html_cte or cte)
    else:
        m.set_content("", charset="us-ascii")
    for a in atts:
        if isinstance(a, EmailMessage):
            m.add_attachment(a)
            continue
        fn, data, ctype = a["filename"], a["data"], a["ctype"]
        if ctype is None:
            ctype = _CT_BY_EXT[fn.rsplit(".", 1)[-1].lower()]
        maintype, subtype = ctype.split("/", 1)
        disp = "inline" if a["inline"] else "attachment"
        if isinstance(data, str):
            assert maintype == "text", fn
            m.add_attachment(data, subtype=subtype, charset=a["charset"] or "utf-8",
                             cte=a["cte"], filename=fn, disposition=disp)
        else:
            kw = {}
            if a["cte"]:
                kw["cte"] = a["cte"]
            m.add_attachment(data, maintype=maintype, subtype=subtype,
                             filename=fn, disposition=disp, **kw)
            if maintype == "text":
                part = m.get_payload()[-1]
                part.set_param("charset", a["charset"] or "utf-8")
    return m


def _fix_boundaries(msg, key):
    roots = {id(msg)}
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            roots.add(id(part.get_payload()[0]))
    for part in msg.walk():
        if id(part) not in roots and "MIME-Version" in part:
            del part["MIME-Version"]
    n = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            n += 1
            h = hashlib.sha1(("%s/%d" % (key, n)).encode()).hexdigest()[:16]
            part.set_boundary("----=_Part_%d_%s" % (n, h))


def quote(text, prefix="> "):
    return "\n".join((prefix + l) if l else prefix.rstrip() for l in text.split("\n"))


# ---------------------------------------------------------------------------
# office files (deterministic)
# ---------------------------------------------------------------------------
ZIP_TIME = (2026, 1, 5, 8, 0, 0)
_FIXED_ISO = "2026-01-05T08:00:00Z"


def _normalize_zip(data):
    """Rewrite a ZIP with fixed member times and fixed document timestamps."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            payload = src.read(info.filename)
            if info.filename in ("docProps/core.xml", "meta.xml"):
                s = payload.decode("utf-8")
                s = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)",
                           r"\g<1>" + _FIXED_ISO + r"\g<3>", s)
                s = re.sub(r"(<(meta:creation-date|dc:date)>)[^<]*(</\2>)",
                           r"\g<1>2026-01-05T08:00:00\g<3>", s)
                s = re.sub(r"(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)",
                           r"\g<1>" + _FIXED_ISO + r"\g<2>", s)
                payload = s.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            zi.compress_type = (zipfile.ZIP_STORED if info.filename == "mimetype"
                                else zipfile.ZIP_DEFLATED)
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            dst.writestr(zi, payload)
    return out.getvalue()


def make_zip(members):
    """members: list of (name, bytes|str)."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in members:
            if isinstance(data, str):
                data = data.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=ZIP_TIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, data)
    return out.getvalue()


_LATIN1_FIX = {
    "\u20ac": "EUR", "\u2013": "-", "\u2014": "-", "\u2018": "'", "\u2019": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u2026": "...", "\u2022": "-",
    "\u0107": "c", "\u0106": "C", "\u0161": "s", "\u0160": "S", "\u015f": "s",
    "\u0142": "l", "\u0141": "L", "\u0119": "e", "\u0105": "a", "\u017c": "z",
    "\u017a": "z", "\u0144": "n", "\u010d": "c", "\u0111": "d", "\u011f": "g",
    "\u0131": "i", "\u2009": " ", "\u00a0": " ", "\u2264": "<=", "\u2265": ">=",
    "\u0e3f": "THB ", "\u2116": "No.", "\u2122": "(TM)", "\u2192": "->",
}


def latin1(s):
    for k, v in _LATIN1_FIX.items():
        s = s.replace(k, v)
    return s.encode("latin-1", "replace").decode("latin-1")


def make_pdf(title, blocks, author="", subject=""):
    """blocks: list of strings; '# ' heading, '## ' small heading,
    '| a | b |' table row (pipe separated), '' spacer, else paragraph."""
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.set_creation_date(fixed_dt())
    pdf.set_title(latin1(title))
    if author:
        pdf.set_author(latin1(author))
    if subject:
        pdf.set_subject(latin1(subject))
    pdf.set_producer("PDF export")
    pdf.set_creator("Document service")
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    for b in blocks:
        b = latin1(b)
        if b.startswith("# "):
            pdf.set_font("Helvetica", "B", 14)
            pdf.multi_cell(0, 8, b[2:], new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Helvetica", size=10)
        elif b.startswith("## "):
            pdf.set_font("Helvetica", "B", 11)
            pdf.multi_cell(0, 6, b[3:], new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Helvetica", size=10)
        elif b.startswith("|"):
            cells = [c.strip() for c in b.strip("|").split("|")]
            w = (pdf.w - pdf.l_margin - pdf.r_margin) / len(cells)
            for c in cells:
                pdf.cell(w, 6, c[:60], border=1)
            pdf.ln(6)
        elif b == "":
            pdf.ln(4)
        else:
            pdf.multi_cell(0, 5, b, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def make_docx(blocks, title="", author=""):
    """blocks: '# ' heading, '|' table rows (consecutive rows form one table),
    else paragraph."""
    import docx
    d = docx.Document()
    cp = d.core_properties
    cp.title = title
    cp.author = author
    cp.last_modified_by = author
    cp.created = dt.datetime(2026, 1, 5, 8, 0, 0)
    cp.modified = dt.datetime(2026, 1, 5, 8, 0, 0)
    cp.revision = 1
    rows = []

    def flush():
        if rows:
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, c in enumerate(r):
                    t.cell(i, j).text = c
            rows.clear()
    for b in blocks:
        if b.startswith("|"):
            rows.append([c.strip() for c in b.strip("|").split("|")])
            continue
        flush()
        if b.startswith("# "):
            d.add_heading(b[2:], level=1)
        elif b.startswith("## "):
            d.add_heading(b[3:], level=2)
        else:
            d.add_paragraph(b)
    flush()
    out = io.BytesIO()
    d.save(out)
    return _normalize_zip(out.getvalue())


def make_xlsx(sheets, title="", author=""):
    """sheets: list of (name, rows)."""
    import openpyxl
    wb = openpyxl.Workbook()
    wb.properties.creator = author
    wb.properties.lastModifiedBy = author
    wb.properties.title = title
    wb.properties.created = dt.datetime(2026, 1, 5, 8, 0, 0)
    wb.properties.modified = dt.datetime(2026, 1, 5, 8, 0, 0)
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name
        for r in rows:
            ws.append(list(r))
    out = io.BytesIO()
    wb.save(out)
    return _normalize_zip(out.getvalue())


def make_ods(sheets):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableRow, TableCell
    from odf.text import P
    doc = OpenDocumentSpreadsheet()
    for name, rows in sheets:
        t = Table(name=name)
        for r in rows:
            tr = TableRow()
            for c in r:
                if isinstance(c, (int, float)) and not isinstance(c, bool):
                    tc = TableCell(valuetype="float", value=c)
                else:
                    tc = TableCell(valuetype="string")
                tc.addElement(P(text=str(c)))
                tr.addElement(tc)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    out = io.BytesIO()
    doc.save(out)
    return _normalize_zip(out.getvalue())


def make_odt(paragraphs):
    from odf.opendocument import OpenDocumentText
    from odf.text import P, H
    doc = OpenDocumentText()
    for p in paragraphs:
        if p.startswith("# "):
            doc.text.addElement(H(outlinelevel=1, text=p[2:]))
        else:
            doc.text.addElement(P(text=p))
    out = io.BytesIO()
    doc.save(out)
    return _normalize_zip(out.getvalue())


def make_csv(rows, delimiter=";"):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delimiter, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return s.getvalue()


def make_ics(uid, start, end, summary, location, description, organizer,
             attendees=()):
    """start/end: 'YYYYMMDDTHHMMSS' local Europe/Berlin."""
    def esc(s):
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Versicherer//Calendar 1.0//EN",
        "METHOD:REQUEST", "BEGIN:VEVENT", "UID:" + uid,
        "DTSTAMP:20260105T080000Z",
        "DTSTART;TZID=Europe/Berlin:" + start, "DTEND;TZID=Europe/Berlin:" + end,
        "SUMMARY:" + esc(summary), "LOCATION:" + esc(location),
        "DESCRIPTION:" + esc(description), "ORGANIZER:mailto:" + organizer,
    ]
    for a in attendees:
        lines.append("ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:" + a)
    lines += ["END:VEVENT", "END:VCALENDAR"]
    # fold long lines at 74 octets
    out = []
    for l in lines:
        while len(l.encode("utf-8")) > 74:
            cut = 74
            while len(l[:cut].encode("utf-8")) > 74:
                cut -= 1
            out.append(l[:cut])
            l = " " + l[cut:]
        out.append(l)
    return "\r\n".join(out) + "\r\n"


# ---------------------------------------------------------------------------
# staff and signatures (fictitious)
# ---------------------------------------------------------------------------
KO = "Katrin Osterhoff <k.osterhoff@versicherer.example>"
INTL = "International Service Desk <international@versicherer.example>"
PL = "Paula Lindqvist <p.lindqvist@versicherer.example>"
JB = "Jonas Brettschneider <j.brettschneider@versicherer.example>"
ASSIST = "Assistance 24/7 <assistance@versicherer.example>"
MV = "Dr. Mirela Vuković <m.vukovic@versicherer.example>"
HA = "Henrik Aalders <h.aalders@versicherer.example>"
SK = "Svenja Kolbe <s.kolbe@versicherer.example>"
TRL = "Tobias Reinhardt-Lüth <t.reinhardt-lueth@versicherer.example>"
AD = "Aylin Demirtaş <a.demirtas@versicherer.example>"
FW = "Florian Weidemeyer <f.weidemeyer@versicherer.example>"
MN = "Marek Nowicki <m.nowicki@versicherer.example>"
IH = "Ines Hollatz <i.hollatz@versicherer.example>"
CV = "Carsten Vogelsang <c.vogelsang@versicherer.example>"
BS = "Benedikt Szabo <b.szabo@versicherer.example>"
GW = "Greta Wolfsberger <g.wolfsberger@versicherer.example>"
NO = "Nils Ohrt <n.ohrt@versicherer.example>"
RH = "Rana Haddad <r.haddad@versicherer.example>"
LB = "Lukas Brandhorst <l.brandhorst@versicherer.example>"
OM = "Oksana Melnyk <o.melnyk@versicherer.example>"
SG = "Sebastian Gerlach <s.gerlach@versicherer.example>"
TK = "Thea Kronberg <t.kronberg@versicherer.example>"

SIG_KO_EN = """Kind regards
Katrin Osterhoff
International Service Desk | Health
Versicherer Krankenversicherung AG
Lindenthaler Ring 40, 50931 Köln, Germany
Phone +49 221 5503-4410 | international@versicherer.example"""

SIG_KO_DE = """Viele Grüße
Katrin Osterhoff
International Service Desk | Kranken
Versicherer Krankenversicherung AG
Tel. 0221 5503-4410"""

SIG_PL = """Best regards,
Paula Lindqvist
International Service Desk | Property & Casualty
Versicherer Allgemeine Versicherung AG
Lindenthaler Ring 40 · 50931 Köln · Germany
+49 221 5503-4427"""

SIG_JB_EN = """Jonas Brettschneider
Case Manager, Assistance & Travel Health
Versicherer Krankenversicherung AG
24/7 Assistance line +49 221 5503-9111
assistance@versicherer.example"""

SIG_JB_DE = """Gruß
Jonas Brettschneider
Assistance & Reisekranken
Tel. 0221 5503-9111"""

SIG_MV = """Dr. med. Mirela Vuković
Beratungsärztin / Medical Advisor
Versicherer Krankenversicherung AG"""

SIG_HA = """Best regards
Henrik Aalders
International Broker Relations
Versicherer Versicherungsgruppe
Lindenthaler Ring 40, 50931 Cologne, Germany
M +49 171 4402 318 | h.aalders@versicherer.example"""

SIG_SK_EN = """Kind regards,
Svenja Kolbe
Motor Claims – International / Green Card
Versicherer Allgemeine Versicherung AG
Phone +49 221 5503-6620"""

SIG_SK_DE = """Mit freundlichen Grüßen
Svenja Kolbe
Kfz-Schaden Ausland / Grüne Karte
Versicherer Allgemeine Versicherung AG
Tel. 0221 5503-6620"""

SIG_TRL_EN = """Yours sincerely
Tobias Reinhardt-Lüth
Life & Pensions Customer Service
Versicherer Lebensversicherung AG
Lindenthaler Ring 40, 50931 Köln, Germany
Phone +49 221 5503-2208"""

SIG_TRL_DE = """Mit freundlichen Grüßen
Tobias Reinhardt-Lüth
Leben & Vorsorge – Kundenservice
Versicherer Lebensversicherung AG
Tel. 0221 5503-2208"""

SIG_AD = """Best regards / Viele Grüße
Aylin Demirtaş
Group Business Underwriting (Health & Income Protection)
Versicherer Krankenversicherung AG | Versicherer Lebensversicherung AG
+49 221 5503-3315"""

SIG_FW = """--
Florian Weidemeyer
IT Security | Mail & PKI
Versicherer Informatik GmbH
Durchwahl -7741"""

SIG_MN_DE = """Freundliche Grüße
Marek Nowicki
Schaden Sach/Haftpflicht
Versicherer Allgemeine Versicherung AG
Tel. 0221 5503-5140"""

SIG_MN_EN = """Kind regards
Marek Nowicki
Property & Liability Claims
Versicherer Allgemeine Versicherung AG
+49 221 5503-5140"""

SIG_IH = """Ines Hollatz
Datenschutzbeauftragte / Data Protection Officer
Versicherer Versicherungsgruppe
datenschutz@versicherer.example"""

SIG_CV = """Kind regards
Carsten Vogelsang
Reinsurance | Rückversicherung
Versicherer Versicherungsgruppe
+49 221 5503-1180"""

SIG_BS = """Benedikt Szabo
Syndikusrechtsanwalt | Legal
Versicherer Versicherungsgruppe"""

SIG_GW = """Greta Wolfsberger
Corporate Communications | Unternehmenskommunikation
Versicherer Versicherungsgruppe
presse@versicherer.example | +49 221 5503-1010"""

SIG_NO = """Beste Grüße
Nils Ohrt
Einkauf & Dienstleistersteuerung
Versicherer Versicherungsgruppe"""

SIG_RH = """Viele Grüße
Rana Haddad
Leistung Kranken – Ambulant/Ausland
Versicherer Krankenversicherung AG
Tel. 0221 5503-4302"""

SIG_LB = """Best regards
Lukas Brandhorst
Travel & Legal Expenses Claims
Versicherer Allgemeine Versicherung AG"""

SIG_OM = """Kind regards
Oksana Melnyk
New Business & Underwriting – Life
Versicherer Lebensversicherung AG"""

SIG_SG = """Sebastian Gerlach
Marketing International
Versicherer Versicherungsgruppe"""

DISCLAIMER_DE = """
--
Versicherer Krankenversicherung AG · Sitz Köln · Amtsgericht Köln HRB 40917
Vorstand: Dr. Friederike Aumann (Vors.), Ole Schimanski, Beate Kranich
Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der
richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie
diese Mail."""

DISCLAIMER_EN = """
--
Versicherer Versicherungsgruppe · registered office Cologne, Germany
This e-mail may contain confidential information. If you are not the
intended recipient, please notify the sender and delete it. Any unauthorised
copying or forwarding is prohibited."""


# ===========================================================================
# MAILS
# ===========================================================================
def iban(cc, bban, group=True):
    """ISO 13616 IBAN with valid ISO 7064 check digits (fictitious accounts)."""
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    chk = 98 - int(num) % 97
    ib = "%s%02d%s" % (cc, chk, bban)
    if group:
        return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return ib



# ---------------------------------------------------------------------------
# STRICTLY_CONFIDENTIAL, English (part a)
# ---------------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
      "American expat sends dermatologist invoices for his psoriasis flare-up; the PDF invoice adds ICD L40.0 and GOÄ items")
def s01_expat_dermatology():
    inv = make_pdf("Rechnung 2026-0412", [
        "# Hautarztpraxis Dr. med. Corinna Weißgerber",
        "Fachärztin für Dermatologie - Leopoldstraße 118 - 80804 München",
        "",
        "Herrn Tyler Brandvold, Agnes-Bernauer-Str. 52, 80687 München",
        "Rechnung Nr. 2026-0412 vom 03.02.2026",
        "Diagnose: L40.0 G Psoriasis vulgaris, Exazerbation",
        "",
        "| Datum | GOÄ | Leistung | Faktor | Betrag |",
        "| 27.01.2026 | 1 | Beratung | 2,3 | 10,72 EUR |",
        "| 27.01.2026 | 5 | Symptombezogene Untersuchung | 2,3 | 10,72 EUR |",
        "| 27.01.2026 | 750 | Auflichtmikroskopie | 2,3 | 21,45 EUR |",
        "| 29.01.2026 | 567 | Phototherapie UVB 311 nm | 1,8 | 14,48 EUR |",
        "",
        "Rechnungsbetrag: 57,37 EUR",
        "Bitte überweisen Sie den Betrag innerhalb von 30 Tagen unter Angabe der Rechnungsnummer.",
    ], author="Praxis Dr. Weißgerber")
    body = """hey there,

so I got these bills from the Hautarzt (dermatologist) for my psoriasis flare up
in January. not sure if I send them to you or to my Krankenkasse?? I thought you
ARE my Krankenkasse but my coworker says hers pays the doctor directly... kinda
confused. Anyway, invoice attached. Member no. is KV 4471 0093 28 I think.

Also the foam she prescribed (Enstilar) was 64 euros at the Apotheke, do I need
a separate form for that or just send the receipt?

thanks
Tyler

Sent from my iPhone"""
    return M("Tyler Brandvold <tyler.brandvold@mailbox.example>", INTL,
             "doctor bills - which address??", "2026-02-04 22:47", body,
             atts=[A("Rechnung_2026-0412.pdf", inv)])


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "service desk reply to an Irish expat about reimbursement of her knee MRI; quotes her mail naming a meniscus tear and orthopaedic consultation")
def s02_mri_knee_reply():
    body = """Dear Ms Gallagher,

thank you for your message and the documents.

The MRI of your right knee (Radiologie am Rheinufer, invoice of 12 February,
EUR 412.80) has been reimbursed in full. The consultation with Dr Stein-Hübner
on 19 February is covered at 100 % as well; the amount of EUR 96.31 will reach
your account ending in …4471 within the next three working days.

Regarding your question about the arthroscopy your orthopaedic surgeon
recommended: a planned inpatient or day-case operation does not need our
prior approval under your tariff KOMFORT-INT 100, but we are happy to confirm
coverage in advance if you send us the treatment plan or the hospital's cost
estimate. Please note that the single room is included, the chief-physician
treatment as well.

""" + SIG_KO_EN + """

-----Original Message-----
From: Aoife Gallagher <aoife.gallagher@postfach.example>
Sent: Monday, 23 February 2026 07:58
To: International Service Desk <international@versicherer.example>
Subject: MRI knee – invoices

Hello,

attached are the invoices for the MRI and the follow-up with the orthopaedic
surgeon. The MRI showed a tear of the medial meniscus (he called it a "bucket
handle tear") and he wants to do a keyhole operation in April. Do I need to
get that approved by you first? In Ireland the VHI always wanted a
pre-authorisation.

Policy number 30-884 512-7.

Thanks a million,
Aoife Gallagher"""
    return M(KO, "Aoife Gallagher <aoife.gallagher@postfach.example>",
             "RE: MRI knee – invoices", "2026-02-25 10:14", body,
             cte="quoted-printable", in_reply_to="<aoife.0223@postfach.example>")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-hospital",
      "guarantee of payment to a hospital in Marbella for an insured woman's hip fracture; the PDF names her, DOB 14.02.1949 and the hemiarthroplasty")
def s03_gop_marbella():
    gop = make_pdf("Guarantee of Payment AS-26-01187", [
        "# GUARANTEE OF PAYMENT",
        "Versicherer Krankenversicherung AG - Assistance & Travel Health",
        "Lindenthaler Ring 40, 50931 Köln, Germany - 24/7 +49 221 5503-9111",
        "",
        "To: Hospital Costa Serena, Patient Services / Admisiones Internacionales",
        "Avenida del Mediterráneo 214, 29603 Marbella, Spain",
        "",
        "Our case reference: AS-26-01187     Date: 16 March 2026",
        "",
        "Patient: Mrs Gerlinde Pfaff",
        "Date of birth: 14.02.1949",
        "Insurance: travel health insurance, policy RK 7730 2215",
        "",
        "Admission: 15 March 2026, emergency department",
        "Diagnosis as reported by the hospital: displaced fracture of the neck of the left femur (S72.00)",
        "Procedure authorised: cemented hemiarthroplasty, left hip",
        "",
        "We guarantee payment of medically necessary treatment costs for the above procedure and the",
        "inpatient stay in a standard double room up to EUR 28,000.00. Any amount above this limit, private",
        "room surcharges and non-medical items (telephone, TV, companion meals) are not covered.",
        "",
        "Please send the itemised invoice together with the discharge report to assistance@versicherer.example,",
        "quoting our reference. Repatriation will be arranged by us once the treating surgeon confirms fitness to fly.",
        "",
        "Jonas Brettschneider, Case Manager",
    ], author="Versicherer Assistance")
    body = """Dear colleagues,

please find attached our guarantee of payment for Mrs Pfaff (your admission
no. HCS-260315-0442), valid until 31 March 2026.

Could you kindly send us the operation report as soon as it is available and
let us know the expected date of discharge? Her daughter is travelling to
Marbella tomorrow and will be the contact person on site (mobile +49 160
2270 4418).

Thank you and best regards,

""" + SIG_JB_EN
    return M(JB, "Admisiones Internacionales <international.patients@costaserena-hospital.example>",
             "GOP – AS-26-01187 – Pfaff, Gerlinde", "2026-03-16 14:02", body,
             cc=ASSIST, atts=[A("GOP_AS-26-01187.pdf", gop)])


@mail("STRICTLY_CONFIDENTIAL", "en", "hospital-to-insurer",
      "Bangkok hospital sends the medical report of an insured tourist: dengue fever, platelet counts, IV fluids, in an HTML table")
def s04_bangkok_dengue():
    text = """Dear Sir/Madam,

Re: Mr. Florian Ambros, HN 2604-118392, DOB 11/08/1994, passport C4R77K2L1

Please find below the medical update requested by your assistance team.

Admission date: 02 April 2026, 23:40
Diagnosis: Dengue fever with warning signs (A97.1)
Platelet count: 02/04 - 61,000 | 03/04 - 38,000 | 04/04 - 45,000 /uL
Hematocrit: 46 % -> 42 %
Treatment: IV crystalloid 0.9% NSS, paracetamol 500 mg q6h PRN, no NSAIDs
Condition: stable, afebrile since 04/04 morning, tolerating oral diet
Estimated discharge: 06 April 2026 if platelets > 50,000

Estimated cost to date: THB 118,450.00 (room, lab, medication, doctor fee).
Kindly issue the guarantee of payment for the remaining stay.

Best regards,
Ms. Kanokwan Srisuwan
International Insurance Coordination
Bangkok Riverside International Hospital
Tel. +66 2 118 4000 ext. 5512"""
    html = """<html><body style="font-family:Tahoma,sans-serif;font-size:10pt">
<p>Dear Sir/Madam,</p>
<p><b>Re: Mr. Florian Ambros, HN 2604-118392, DOB 11/08/1994, passport C4R77K2L1</b></p>
<p>Please find below the medical update requested by your assistance team.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><td>Admission date</td><td>02 April 2026, 23:40</td></tr>
<tr><td>Diagnosis</td><td>Dengue fever with warning signs (A97.1)</td></tr>
<tr><td>Platelet count</td><td>02/04 - 61,000 | 03/04 - 38,000 | 04/04 - 45,000 /uL</td></tr>
<tr><td>Hematocrit</td><td>46 % &rarr; 42 %</td></tr>
<tr><td>Treatment</td><td>IV crystalloid 0.9% NSS, paracetamol 500 mg q6h PRN, no NSAIDs</td></tr>
<tr><td>Condition</td><td>stable, afebrile since 04/04 morning, tolerating oral diet</td></tr>
<tr><td>Estimated discharge</td><td>06 April 2026 if platelets &gt; 50,000</td></tr>
</table>
<p>Estimated cost to date: THB 118,450.00 (room, lab, medication, doctor fee).<br>
Kindly issue the guarantee of payment for the remaining stay.</p>
<p>Best regards,<br>Ms. Kanokwan Srisuwan<br>International Insurance Coordination<br>
Bangkok Riverside International Hospital<br>Tel. +66 2 118 4000 ext. 5512</p>
</body></html>"""
    return M("International Insurance Coordination <insurance.coord@bkk-riverside-hospital.example>",
             ASSIST, "Medical update - AMBROS FLORIAN - your ref AS-26-02261",
             "2026-04-04 11:26", text, html=html)


@mail("STRICTLY_CONFIDENTIAL", "en", "partner-to-insurer",
      "US assistance partner's case update after an insured's appendectomy in Orlando; the PDF bill lists CPT 44970 and ICD-10-CM K35.80")
def s05_orlando_bill():
    bill = make_pdf("Itemized statement", [
        "# St. Brendan's Medical Center - Patient Financial Services",
        "4100 Lake Underhill Rd, Orlando, FL 32803 (fictitious)",
        "",
        "ITEMIZED STATEMENT - Account 88214-5530",
        "Patient: HOLLENBECK, MAXIMILIAN   DOB: 05/19/1979   Sex: M",
        "Admit: 04/09/2026   Discharge: 04/11/2026   Attending: R. Okonjo, MD",
        "Primary Dx: K35.80 Unspecified acute appendicitis",
        "",
        "| Rev code | CPT/HCPCS | Description | Units | Charge USD |",
        "| 0450 | 99285 | ED visit, high severity | 1 | 3,912.00 |",
        "| 0350 | 74177 | CT abdomen/pelvis w contrast | 1 | 6,480.00 |",
        "| 0360 | 44970 | Laparoscopic appendectomy | 1 | 21,760.00 |",
        "| 0370 | 00840 | Anesthesia, intraperitoneal | 1 | 5,118.40 |",
        "| 0200 | - | ICU room and board | 1 | 6,950.00 |",
        "| 0110 | - | Med/surg room and board | 1 | 3,320.00 |",
        "| 0250 | J1885 | Ketorolac inj. / pharmacy | 14 | 1,072.00 |",
        "",
        "Total charges: USD 48,612.40    Payments: 0.00    Balance: USD 48,612.40",
    ], author="SBMC Patient Financial Services")
    body = """Hi Jonas,

update on MMA-26-04417 / your AS-26-02158 (Hollenbeck):

- patient discharged 04/11 in good condition, post-op course uneventful,
  oral antibiotics for 5 days, follow-up with his GP at home
- ICU night was due to a drop in blood pressure after anesthesia (per
  nurse notes), transferred to the floor next morning
- itemized bill attached. Total billed USD 48,612.40. We expect to
  negotiate ~38% off under our PPO agreement, will confirm final amount.
- he is flying home on his original ticket 04/14, no escort needed, fit to
  fly letter from Dr. Okonjo on file

Let me know if your medical advisor needs the op report.

Thanks,
Dana

Dana Whitfield-Ruiz, RN
Senior Case Coordinator
Meridian Medical Assistance, Inc. | Miami, FL
+1 305 555 0148 (24h)"""
    return M("Dana Whitfield-Ruiz <dwhitfield@meridian-assist.example>", JB,
             "RE: MMA-26-04417 Hollenbeck - discharge + itemized bill",
             "2026-04-12 03:18", body, cc=ASSIST,
             atts=[A("SBMC_itemized_88214-5530.pdf", bill)])


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
      "repatriation order to an air-ambulance provider: named insured with ischaemic stroke, hemiparesis, aphasia, stretcher transport")
def s06_repatriation_alicante():
    body = """Dear Ms Vidal,

further to our call this morning we would like to order the following
repatriation:

Patient:        Mr Reinhold Asbeck, born 1951, 78 kg, 1.74 m
Case ref.:      AS-26-03050
From:           Hospital General Universitario Vega Baja (neurology ward), Alicante region
To:             Klinikum Köln-Merheim, stroke unit / neurology, bed confirmed for 24 May
Medical:        acute ischaemic stroke (MCA territory, left), onset 17 May,
                thrombolysis on admission; residual right-sided hemiparesis,
                expressive aphasia, swallowing assessed as safe for soft food,
                no oxygen requirement, SpO2 96 % on room air
Mode:           air ambulance, stretcher, physician + paramedic escort,
                ground ambulance on both ends
Companion:      wife (Mrs Hannelore Asbeck) – one seat please
Earliest:       23 May, subject to the treating neurologist's fit-to-fly
                confirmation (Dr. Ruiz Oltra, who speaks English)

Our medical advisor Dr Vuković is available for a doctor-to-doctor call
today until 18:00 CEST.

Please send your quote and the proposed flight plan to assistance@.

Many thanks,

""" + SIG_JB_EN
    return M(JB, "Marta Vidal <ops@aerolevante-medevac.example>",
             "Repatriation request AS-26-03050 – ALC > CGN, stretcher",
             "2026-05-21 11:45", body, cc=MV)


@mail("STRICTLY_CONFIDENTIAL", "en", "broker-to-insurer",
      "harmless body from a UK broker; only the XLSX census lists employees with dates of birth and declared conditions (asthma, type 1 diabetes, hypertension)")
def s07_uk_broker_census():
    rows = [
        ["Employee ID", "Surname", "First name", "DOB (DD/MM/YYYY)", "Gender",
         "Category", "Dependants", "Pre-existing conditions declared"],
        ["HR-0012", "Fairbrother", "Alistair", "03/11/1976", "M", "Exec", "Spouse + 2", "none"],
        ["HR-0031", "Kaczmarek", "Joanna", "21/06/1988", "F", "Staff", "none", "asthma (inhaler)"],
        ["HR-0047", "Oduya", "Samuel", "09/02/1991", "M", "Staff", "Spouse", "none"],
        ["HR-0052", "Lindemann", "Sophie", "30/09/1983", "F", "Manager", "Child", "hypertension, treated"],
        ["HR-0058", "Quigley", "Ronan", "17/04/1995", "M", "Staff", "none", "type 1 diabetes"],
        ["HR-0063", "Başaran", "Elif", "05/12/1990", "F", "Staff", "none", "none"],
        ["HR-0070", "Pemberton", "Harriet", "28/01/1969", "F", "Exec", "Spouse", "hip replacement 2021"],
        ["HR-0077", "Nakamura", "Kenji", "12/07/1986", "M", "Manager", "Spouse + 1", "none"],
    ]
    x = make_xlsx([("Census", rows), ("Notes", [["Scheme", "Harcastle Robotics GmbH – International Health Plan"],
                                                 ["Renewal", "01/07/2026"], ["Prepared by", "Whitcombe & Hale"]])],
                  title="Census Harcastle 2026", author="O. Pennington")
    body = """Hi Aylin,

as promised, the updated census for Harcastle Robotics (Stuttgart) for the
1 July renewal. Headcount is up by two; the underwriting notes your team asked
for last year are in column H again.

We would be grateful for indicative terms by the end of May – the client's
board meets on 4 June.

Kind regards,
Oliver

Oliver Pennington ACII
Associate Director, International Employee Benefits
Whitcombe & Hale Insurance Brokers Ltd
12 Cannon Row, London EC4N 6AP
T +44 20 7946 0321

Whitcombe & Hale Insurance Brokers Ltd is authorised and regulated by the
Financial Conduct Authority. Registered in England and Wales No. 04417820."""
    return M("Oliver Pennington <oliver.pennington@whitcombe-hale.example>", AD,
             "Harcastle Robotics – IHP renewal census 2026", "2026-05-06 16:31", body,
             atts=[A("Harcastle_census_2026-07.xlsx", x)])


@mail("STRICTLY_CONFIDENTIAL", "en", "company-to-insurer",
      "Irish employer's HR notifies a group income-protection claim: named employee, DOB 22/09/1988, moderate depressive episode, GP certificates")
def s08_dublin_ip_claim():
    body = """Dear Claims Team,

Group Income Protection – Scheme GIP-2231 (Lissadell Payments Ltd, German branch)

I am writing to notify a potential claim under the above scheme.

Employee:         Ruairí Mac Cárthaigh
Date of birth:    22/09/1988
Role:             Senior Backend Engineer, Berlin office (German employment contract)
Salary:           EUR 86,500 p.a.
First day absent: 12 January 2026

Ruairí has been certified unfit for work by his GP in Berlin since 12
January. The certificates (Arbeitsunfähigkeitsbescheinigungen) state a
moderate depressive episode (F32.1); he has told us he is now attending a
psychiatric day clinic. The statutory sick pay period from his German
health insurer will end around the end of February, and the deferred
period under our scheme is 13 weeks, so we expect the claim to fall due in
mid-April.

Could you please send us the claim forms and tell us what medical evidence
you will need? Ruairí has consented to us sharing this information with you.

Many thanks,

Clodagh Brennan
People Operations Lead
Lissadell Payments Ltd
Block C, Grand Canal Quay, Dublin 2, D02 X376
+353 1 556 0193"""
    return M("Clodagh Brennan <clodagh.brennan@lissadell-payments.example>",
             "Group Claims <group.claims@versicherer.example>",
             "Notification of claim – GIP-2231 – R. Mac Cárthaigh", "2026-02-09 09:52", body)


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "confirmation of a change of beneficiary on a life policy of a customer living in Spain; no medical word, but a life contract of a named person")
def s09_life_beneficiary():
    body = """Dear Mr Schulte-Ebbinghaus,

Life assurance policy no. LV 2209 5518 04 – change of beneficiary

Thank you for your signed instruction dated 2 March 2026, which we received
by post on 9 March.

With effect from that date the revocable beneficiary for the death benefit
of EUR 150,000 is:

    Ms Carmen Lucía Ferrer Bosch, born 19 October 1972,
    Carrer de Sueca 41, 46006 València, Spain – 100 %

The previous nomination in favour of your former spouse has been cancelled.
Please keep this letter with your policy documents. Your annual statement
for 2026 will show the new beneficiary.

As you now live in Spain permanently, please also remember to let us know if
your tax residence changes again – this affects the tax certificate we issue
when benefits are paid.

""" + SIG_TRL_EN + DISCLAIMER_EN
    return M(TRL, "Wolfgang Schulte-Ebbinghaus <w.schulte-ebbinghaus@correo.example>",
             "Your policy LV 2209 5518 04 – change of beneficiary confirmed",
             "2026-03-11 15:20", body)


@mail("STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
      "former customer in Canada (non-native English) asks for the surrender value of his life policy and payment to a Canadian account; life contract")
def s10_canada_surrender():
    body = """Dear Sir or Madam,

I have a Lebensversicherung (capital life insurance) with you since 2004,
number LV 1187 3320 91. Since 2019 I am living in Canada (Vancouver) and I
would like to know what is the Rückkaufswert (surrender value?) at the moment
and what happens with the taxes if I cancel it now. My German tax office
was Finanzamt Bielefeld-Innenstadt, Steuer-ID 47 113 209 885.

If I cancel, can you pay the money to my Canadian account? The bank is
Pacific Shore Credit Union, transit 10482, institution 809, account
5502 8813 47. Or must it be a German account? I still have my old
Sparkasse account but I want to close it.

My date of birth is 1961-08-24 if you need it for identification.

Thank you for an answer in English or German, both is fine.

Best regards
Hans-Jürgen Kemper
2281 West 7th Avenue, Vancouver BC V6K 1Y4, Canada"""
    return M("Hans-Juergen Kemper <hjkemper@shawmail.example>",
             "Leben Service <leben@versicherer.example>",
             "Surrender value of my life insurance / Rückkaufswert", "2026-01-20 03:41",
             body, charset="iso-8859-1")


@mail("STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
      "daughter in Edinburgh reports her father's death; cause of death (metastatic pancreatic cancer) and life policy number")
def s11_death_notification():
    body = """Dear Sir / Madam,

I am writing to let you know that my father, Mr Dieter Franz Hellwig, of
Am Kirchberg 7, 53913 Swisttal, passed away on 28 June 2026 at the
Malteser hospice in Bonn. He was born on 2 April 1946.

According to my papers he held a life insurance policy with you, number
LV 0944 7128 33, and I am named as the beneficiary together with my brother
Matthias, who lives in Swisttal.

I have the death certificate (Sterbeurkunde) from the Standesamt; it gives
the cause of death as metastatic pancreatic cancer, which he was diagnosed
with in autumn last year. I also hold a copy of the will. Could you tell me
which documents you need and whether certified translations are required?
I live in Scotland and it would be easier for me to deal with this by email.

Thank you for your help at this difficult time.

Yours faithfully,

Katharina Hellwig-Munro
14/3 Marchmont Crescent
Edinburgh EH9 1HN
United Kingdom
+44 7700 900 318"""
    return M("Katharina Hellwig-Munro <k.hellwigmunro@mailbox.example>",
             "Leben Service <leben@versicherer.example>",
             "Death of policyholder – Dieter Hellwig – LV 0944 7128 33",
             "2026-07-03 20:05", body)


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-reinsurer",
      "large-claim notice to the reinsurer on a disability (BU) claim: named insured, age, ALS diagnosis G12.2, benefit amounts, also in the DOCX")
def s12_reinsurer_als():
    doc = make_docx([
        "# Large Claim Notification – Disability (BU)",
        "Treaty: Thamesbridge Re – Quota Share Life/Disability 2024, cession 40 %",
        "| Field | Value |",
        "| Claim no. | BU-L-26-000318 |",
        "| Insured | Jan-Peter Ruhnau, born 1977 (age 48) |",
        "| Policy | BU 3401 7789 12, inception 01.09.2011 |",
        "| Occupation | Structural engineer |",
        "| Diagnosis | Amyotrophic lateral sclerosis (ICD-10 G12.2), confirmed 11/2025 |",
        "| Benefit | Annuity EUR 2,400/month until age 67 + premium waiver |",
        "| Reserve | EUR 512,600 (gross), EUR 205,040 ceded |",
        "| Status | Accepted 02.03.2026, no disclosure issue found |",
        "Medical evidence on file: neurologist's report (Uniklinik Bonn), EMG findings, "
        "treating physician's questionnaire. Available to the reinsurer on request.",
    ], title="Large claim BU-L-26-000318", author="C. Vogelsang")
    body = """Dear Fiona,

please find attached our large-claim notification for the disability claim
BU-L-26-000318 (Mr Ruhnau, ALS) which exceeds the EUR 250k reporting
threshold under the treaty. We accepted the claim on 2 March; given the
diagnosis we have reserved for the full term.

Happy to send the neurologist's report through your secure upload if your
claims team wishes to review it.

""" + SIG_CV
    return M(CV, "Fiona Calloway <fiona.calloway@thamesbridge-re.example>",
             "Large claim notification BU-L-26-000318", "2026-03-05 11:09", body,
             atts=[A("LargeClaim_BU-L-26-000318.docx", doc)])


@mail("STRICTLY_CONFIDENTIAL", "en", "lawyer-to-insurer",
      "Dutch lawyer claims damages for a cyclist injured by the insured's car in Aachen: fractured scaphoid, whiplash, physiotherapy")
def s13_dutch_lawyer_cyclist():
    body = """Dear Sirs,

Our client:        Mrs. Femke Hoogendijk, Maastricht (NL)
Your insured:      vehicle AC-TR 7715, policyholder Mr. Bernd Schmalenbach
Date of accident:  14 March 2026, Aachen, Vaalser Straße / Ecke Ahornstraße
Your reference:    KS-26-114920 (if known to us)

We act for Mrs. Hoogendijk, who was struck by your insured's vehicle while
cycling on the marked cycle lane. Liability is in our view undisputed; your
insured turned right without observing the cycle lane, as confirmed by the
police report of the Polizeipräsidium Aachen.

Our client suffered a fracture of the left scaphoid bone (treated
conservatively with a cast for eight weeks at the Maastricht UMC+) and a
whiplash injury of the cervical spine. She is still receiving physiotherapy
twice a week and was unable to work as a dental hygienist from 14 March until
11 May 2026.

We hereby claim on her behalf:
  - damage to the bicycle (Gazelle e-bike, expert report enclosed): EUR 2,145.00
  - loss of income: EUR 4,380.00 (to be specified)
  - medical costs not covered by her health insurer: EUR 611.40
  - non-material damages (smartengeld): to be quantified

Kindly confirm cover and liability within four weeks. Medical records will be
provided upon receipt of a signed confidentiality statement.

Yours faithfully,

mr. Thijs de Wolff
Advocatenkantoor De Wolff & Brinkman
Wilhelminasingel 88, 6221 BL Maastricht, The Netherlands
T +31 43 750 2290"""
    return M("Thijs de Wolff <t.dewolff@dewolff-brinkman.example>",
             "Kfz-Schaden <kfz-schaden@versicherer.example>",
             "Claim Hoogendijk / your insured AC-TR 7715 – accident 14-03-2026",
             "2026-05-18 13:37", body)


@mail("STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
      "international student (non-native English) asks whether psychotherapy is covered and describes anxiety and panic attacks")
def s14_student_psychotherapy():
    body = """Hello,

I am master student at TU Dresden (Mechatronics) and I have the student
health insurance with you (number KV-S 5512 0387 61).

Since november I have problems with anxiety and panic attacks, sometimes
before exams I cannot breathe and I go to the emergency one time in december.
The doctor at the university health service told me I should do a
psychotherapy, she gave me a list of therapists (Psychotherapeut). Some are
private only.

My question: is psychotherapy included in my insurance? How many sessions?
Do I need to ask you before starting? The therapist Mrs. Kühnel said first
5 sessions are "probatorisch" and then she must write a report.

Sorry for my English and thank you very much.

Kind regards
Aditya Raghunathan
Wundtstraße 9, Zimmer 1214, 01217 Dresden"""
    return M("Aditya Raghunathan <aditya.raghunathan@mailbox.tu-dresden.example>",
             INTL, "Question about psychotherapy coverage", "2026-01-27 23:12", body)


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "no medical word: certificate of health insurance for university enrolment of a named student; the PDF shows name, DOB and policy number of a health contract")
def s15_student_certificate():
    cert = make_pdf("Certificate of health insurance", [
        "# Versicherungsbescheinigung / Certificate of Health Insurance",
        "for presentation to the university (§ 199 SGB V; exemption from statutory health insurance)",
        "",
        "Insured person: Ms Xu Mingyue",
        "Date of birth: 08.05.2002",
        "Address: Karl-Heine-Straße 77, 04229 Leipzig",
        "Policy number: KV 6630 1185 09",
        "Tariff: STUDENT-CARE EU, comprehensive cover equivalent to statutory health insurance",
        "Start of cover: 01.04.2026 - no end date",
        "",
        "We confirm that the insured person has comprehensive private health insurance with us.",
        "The university may use this certificate for enrolment at Universität Leipzig.",
        "",
        "Köln, 24 March 2026 - Versicherer Krankenversicherung AG",
    ], author="Versicherer Krankenversicherung AG")
    body = """Dear Ms Xu,

as requested, please find attached your certificate of health insurance for
your enrolment at Universität Leipzig. You can upload it directly in the
university's application portal (AlmaWeb) or hand it in at the Student
Office.

If the university asks for an electronic notification via the "M10"
procedure instead, just let us know the university's sender number and we
will send it to them directly.

""" + SIG_KO_EN
    return M(KO, "Xu Mingyue <mingyue.xu@mail.example>",
             "Your certificate for the university", "2026-03-24 09:40", body,
             atts=[A("Certificate_KV_6630_1185_09.pdf", cert)])


@mail("STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
      "American expat asks about maternity cover: pregnancy, due date in September, planned birth-centre delivery")
def s16_maternity_question():
    body = """Hi,

My husband and I moved to Frankfurt last year with his job and we're both on
your expat plan (his policy is KV 5018 2274 40, I'm listed as dependent).

I just found out I'm pregnant – due date is September 22 according to my
OB/GYN (Dr. Anand at the Westend practice). A few questions:

1. Is prenatal care covered at 100%? She mentioned an extra ultrasound
   ("Feindiagnostik") and the NIPT blood test that she said public
   insurance doesn't pay.
2. I'd like to deliver at the Geburtshaus (birth center) in Bockenheim with
   a midwife instead of the hospital. Is that covered, and what about the
   midwife's on-call fee ("Rufbereitschaftspauschale")?
3. How do I add the baby to the policy after the birth, and is there a
   waiting period?

Thanks so much!
Megan Castellano-Reid"""
    return M("Megan Castellano-Reid <megan.creid@inbox.example>", INTL,
             "maternity coverage questions", "2026-02-18 19:55", body)


@mail("STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
      "terse mail from a British expat; the attached London dentist's treatment estimate names root canal and crown on tooth 36")
def s17_london_dentist():
    est = make_pdf("Treatment estimate", [
        "# Kensal Rise Dental Studio",
        "221 Chamberlayne Road, London NW10 3NS (fictitious)",
        "",
        "TREATMENT ESTIMATE - Patient: Mr Gareth Pryce-Llewellyn, DOB 07/03/1985",
        "Date: 11 August 2026   Dentist: Dr Priya Venkataraman BDS",
        "",
        "| Tooth | Item | Fee GBP |",
        "| 36 | Root canal treatment, molar, 3 canals | 780.00 |",
        "| 36 | Porcelain-bonded crown incl. lab | 895.00 |",
        "| 36 | Periapical radiographs x3 | 45.00 |",
        "| - | Examination and consultation | 65.00 |",
        "",
        "Total estimate: GBP 1,785.00",
        "Clinical note: irreversible pulpitis 36, deep distal caries under old amalgam.",
    ], author="Kensal Rise Dental Studio")
    body = """see attached, is this covered? had toothache on holiday in London and they
want to do it next week while I'm still here. policy KV 7712 4490 18.

cheers
Gareth"""
    return M("Gareth Pryce-Llewellyn <gareth.pl@fastmail.example>", INTL,
             "dentist estimate", "2026-08-12 08:03", body,
             atts=[A("KRDS_estimate_GPL.pdf", est)])


@mail("STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
      "phone-style mail from a Swedish expat listing his regular medicines (metformin, ramipril) with pharmacy receipts")
def s18_pharmacy_receipts():
    rec = make_pdf("Apotheke Quittung", [
        "# Löwen-Apotheke am Markt",
        "Marktplatz 3, 69117 Heidelberg",
        "",
        "Privatrezept-Quittung für: Henrik Sjöberg",
        "Verordnung Dr. med. Ulrike Basten, Allgemeinmedizin, 02.06.2026",
        "| PZN | Artikel | Menge | Preis |",
        "| 03458914 | Metformin 1000 mg, 180 Filmtbl. | 1 | 24,87 EUR |",
        "| 06312077 | Ramipril 5 mg, 100 Tbl. | 1 | 18,15 EUR |",
        "| 09942836 | Blutzucker-Teststreifen, 50 St. | 2 | 55,80 EUR |",
        "Summe: 98,82 EUR  (bar bezahlt)",
    ], author="Löwen-Apotheke")
    body = """hi, pharmacy receipts attached. metformin + ramipril again, plus the test
strips. pls reimburse to usual account. policy 40-2217-993

/Henrik

Skickat från min iPhone"""
    return M("Henrik Sjöberg <henrik.sjoberg@telia-mail.example>", INTL,
             "receipts june", "2026-06-03 07:12", body,
             atts=[A("IMG_4471_apotheke.pdf", rec)])


@mail("STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
      "customer asks reimbursement of travel vaccinations (yellow fever, rabies, typhoid) for herself and two children before a trip to Ghana")
def s19_travel_vaccines():
    body = """Good afternoon,

we are travelling to Ghana in July to visit my husband's family (four weeks,
Accra and Kumasi). Our travel clinic (Tropenmedizinische Ambulanz, Hamburg)
has recommended the following vaccinations and we had them done last week:

  - me (Abena Mensah-Krüger, 11/04/1987): yellow fever, rabies (3 doses),
    typhoid oral
  - Kwame (9): yellow fever, rabies, hepatitis A booster
  - Efua (6): yellow fever, rabies

Plus malaria prophylaxis for all three (atovaquone/proguanil, paediatric
tablets for the children). The total came to EUR 1,236.50; I will upload
the invoices in your app tonight.

Are travel vaccinations covered under our family health policy
(KV 3390 6612 05)? A friend said some private insurers pay them as
"Schutzimpfungen" only if STIKO recommends them.

Many thanks,
Abena Mensah-Krüger"""
    return M("Abena Mensah-Krüger <abena.mk@web-post.example>", INTL,
             "Travel vaccinations – reimbursement?", "2026-06-09 14:26", body,
             cte="base64")


@mail("STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
      "Dutch expat's travel-health claim after a scooter accident on Koh Samui; the filled claim form PDF lists wound suturing, tetanus shot and X-ray")
def s20_koh_samui_scooter():
    form = make_pdf("Claim form travel health", [
        "# Travel Health Insurance - Claim Form",
        "Versicherer Krankenversicherung AG",
        "",
        "1. Insured person: Daan Verhoeven   Date of birth: 1993-01-26",
        "   Address: Kaiserswerther Str. 201, 40474 Düsseldorf   Policy: RK 8821 0374",
        "2. Trip: Thailand, 02.02.2026 - 01.03.2026",
        "3. What happened: fell off rented scooter on wet road near Lamai, 14.02.2026",
        "4. Injuries / illness: deep cut on left shin (8 stitches), abrasions both knees and left forearm",
        "5. Treatment: Samui Bay Clinic - wound cleaning and suturing, tetanus booster, X-ray left leg (no fracture),",
        "   antibiotics (amoxicillin/clavulanate 7 days), 3 follow-up dressing changes",
        "6. Costs: THB 21,840 (paid by credit card)",
        "7. Bank account for reimbursement: " + iban("NL", "INGB0007294415"),
        "8. Other insurance: none",
        "Signature: D. Verhoeven   Date: 03.03.2026",
    ], author="D. Verhoeven")
    body = """Hello,

back home from Thailand. Attached the claim form and the clinic invoices
(Samui Bay Clinic, 4 receipts). Stitches are out now, all healing fine.

Groeten,
Daan Verhoeven"""
    return M("Daan Verhoeven <daan.verhoeven@ziggo-mail.example>",
             "Reise-Leistung <reise@versicherer.example>",
             "Claim travel health Thailand – RK 8821 0374", "2026-03-03 18:40", body,
             atts=[A("claimform_verhoeven.pdf", form)])

# ---------------------------------------------------------------------------
# STRICTLY_CONFIDENTIAL, English (part b)
# ---------------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "en", "broker-to-insurer",
      "Dutch broker reports a personal-accident claim: client's broken ankle skiing in Austria, ORIF surgery, accident line")
def s21_nl_broker_ski_accident():
    body = """Dear mr. Aalders,

Hereby I report a claim under the accident insurance (Unfallversicherung)
of our client:

  Client:     Mr. R.J. (Ruben) Smeets, Venlo – cross-border commuter,
              works in Krefeld
  Policy:     UV 6204 1178 30
  Accident:   31-01-2026, ski slope Hochjoch, Montafon (Austria)
  Injury:     trimalleolar fracture of the right ankle, operated the same
              evening in LKH Bludenz (ORIF, plate and screws), 6 days
              admitted, afterwards transport home by the ÖAMTC
  Now:        non-weight bearing for 6 weeks, physiotherapy in Venlo

Client asks for the hospital daily allowance and wants to know when the
disability (invaliditeit) assessment will take place. Discharge letter and
the Austrian invoice I send with the secure mail of your portal, this
mail is only to open the file.

Met vriendelijke groet / kind regards,

Maarten van Rijswijk
Van Rijswijk Assurantiën B.V.
Parade 14, 5911 CB Venlo
T +31 77 320 4418
AFM-registratie 12018844"""
    return M("Maarten van Rijswijk <maarten@vanrijswijk-assurantien.example>", HA,
             "Schadenmeldung / claim accident UV 6204 1178 30 – Smeets", "2026-02-05 10:21",
             body, charset="windows-1252", cte="quoted-printable")


@mail("STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
      "harmless body from a disability (BU) claimant in Cork; only the DOCX doctor's report names diagnosis CIDP, treatment and work capacity")
def s22_cork_bu_report():
    rep = make_docx([
        "# Medical Report",
        "Dr. Eoin Fitzgerald MB BCh BAO MRCPI, Consultant Neurologist",
        "Mercy Road Neurology Clinic, Cork (fictitious)",
        "Re: Mr Stefan Albrecht-Doyle, DOB 17/11/1980, Ballintemple, Cork",
        "Requested by: Versicherer Lebensversicherung AG, claim BU-26-004412",
        "## Diagnosis",
        "Chronic inflammatory demyelinating polyneuropathy (CIDP), diagnosed June 2025 "
        "on nerve conduction studies and CSF protein 1.2 g/L.",
        "## Treatment",
        "IV immunoglobulin 2 g/kg every 4 weeks since July 2025; partial response. "
        "Prednisolone taper completed January 2026.",
        "## Functional status",
        "Distal weakness both hands (MRC 4-/5), unable to perform fine motor tasks for "
        "more than 20 minutes. Walks 300 m with a stick. Fatigue severe.",
        "## Capacity for his occupation (precision toolmaker)",
        "In my opinion Mr Albrecht-Doyle is unable to work as a toolmaker to an extent of "
        "at least 70 % since 1 September 2025, and this is expected to last longer than six months.",
        "Signed: E. Fitzgerald, 20 April 2026",
    ], title="Medical report", author="E. Fitzgerald")
    body = """Dear Sir or Madam,

please find attached the report from Dr Fitzgerald as requested in your
letter of 24 March (reference BU-26-004412). His invoice for the report
(EUR 250) I have paid myself; please tell me if you reimburse it.

Yours faithfully,
Stefan Albrecht-Doyle"""
    return M("Stefan Albrecht-Doyle <s.albrechtdoyle@eircom-mail.example>",
             "BU Leistung <bu-leistung@versicherer.example>",
             "BU-26-004412 – report from Dr Fitzgerald", "2026-04-22 12:15", body,
             atts=[A("Report_Dr_Fitzgerald_2026-04-20.docx", rep)])


@mail("STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
      "Brazilian expat in Berlin asks whether HIV PrEP and the related lab tests are covered; sexual health of a named insured")
def s23_prep_question():
    body = """Hi,

I have a question before I start something. My doctor at the
Schwerpunktpraxis in Schöneberg suggests I take PrEP (the generic
emtricitabine/tenofovir) because of my situation, and I need test for HIV,
hepatitis, kidney values every 3 months.

In the public Krankenkasse this is paid, but I am private with you since I
started as freelancer (contract 55-1190-7734, Rafael Duarte Monteiro). Is
PrEP covered and also the lab tests? The medication is around 50-60 euro per
month.

I prefer answer by email, not letter, because I live in a WG.

Obrigado!
Rafael"""
    return M("Rafael Duarte Monteiro <rafa.dmonteiro@correio.example>", INTL,
             "question about medication coverage", "2026-05-07 21:30", body)


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-lawyer",
      "motor recourse letter to a UK solicitor: insured driver's blood alcohol level taken in hospital and his drink-driving conviction")
def s24_uk_dui_recourse():
    body = """Dear Mr Ashworth,

Your client: Mr Lennart Brückner
Our policyholder: Brückner Gartenbau GbR, vehicle GL-BG 220
Accident: 19 December 2025, A40 near Wrexham, Wales
Our ref.: KS-A-25-20871

Thank you for your letter of 12 February.

We have settled the third-party claims arising from this accident (damage to
two vehicles and a roadside barrier) in the amount of GBP 31,440 through our
UK claims representative. According to the police file, a blood sample taken
at Wrexham Maelor Hospital, where your client was treated for cuts to the
face, showed 118 mg of alcohol per 100 ml of blood. Your client was
convicted of driving with excess alcohol by the magistrates' court on 30
January 2026 and disqualified from driving for 20 months.

Under section D.1.1 of our motor conditions, driving under the influence of
alcohol is a breach of an obligation that entitles us to recourse against the
driver up to EUR 5,000. We therefore ask your client to pay EUR 5,000 within
four weeks to our account (IBAN """ + iban("DE", "37050198" + "1930077712") + """, reference
KS-A-25-20871).

We are open to discussing an instalment plan.

""" + SIG_SK_EN
    return M(SK, "Gerald Ashworth <g.ashworth@ashworth-pryce-law.example>",
             "Recourse – KS-A-25-20871 – your client Mr L. Brückner", "2026-02-20 14:48",
             body)


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "short acknowledgement; only the quoted customer mail names her gallbladder surgery and discharge letter")
def s25_quote_only_gallbladder():
    body = """Dear Mrs Okonkwo-Lenz,

thank you – we have received everything and will get back to you within ten
working days. You do not need to send the originals.

""" + SIG_KO_EN + """

> From: Chiamaka Okonkwo-Lenz <chiamaka.ol@post.example>
> Sent: 8 July 2026 16:02
> Subject: Hospital bills
>
> Hello,
> as discussed on the phone I'm sending the bills from the Evangelisches
> Krankenhaus Kalk (stay 22-26 June) plus the discharge letter after my
> gallbladder surgery (they took it out by laparoscopy, there were stones
> and an inflammation). Also the anaesthetist sent a separate bill which I
> didn't expect. My policy no. is KV 2281 9004 63.
> Regards, Chiamaka"""
    return M(KO, "Chiamaka Okonkwo-Lenz <chiamaka.ol@post.example>",
             "AW: Hospital bills", "2026-07-09 08:30", body)


@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "internal forward with a one-line body; the attached message/rfc822 is a mother's mail about her son's ADHD medication (methylphenidate) for a US boarding school")
def s26_fwd_adhd():
    inner_body = """Dear team,

our son Noah (16, co-insured under my policy KV 8841 0326 77) will spend the
school year 2026/27 at a boarding school in Connecticut. He has ADHD and
takes methylphenidate (Medikinet adult 30 mg in the morning, 10 mg at
noon). The school nurse needs:

  - a letter from us that the medication is covered abroad,
  - a doctor's letter in English (our paediatric psychiatrist will write it),
  - and they ask whether our insurer pays US prescriptions if he needs a new
    one there, because he can only take a 3-month supply through customs.

Can you help? We leave on 18 August.

Best wishes,
Ingrid Fassbender-Lowe"""
    inner = M("Ingrid Fassbender-Lowe <ingrid.fl@famlowe.example>",
              "Schaden Sach <schaden-sach@versicherer.example>",
              "Noah – medication abroad / school year USA", "2026-07-14 20:41", inner_body)
    body = """Katrin, sorry – this landed in the P&C claims box. Belongs to you, see attached.
Paula"""
    return M(PL, KO, "FW: Noah – medication abroad / school year USA",
             "2026-07-15 08:12", body, atts=[inner])


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "HTML-only settlement statement for an expat: table of doctors' invoices with specialties, GOÄ items and a gastroscopy")
def s27_html_settlement():
    html = """<html><head><meta charset="utf-8"><title>Settlement statement</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:13px;color:#222">
<p>Dear Mr Vasquez-Lindahl,</p>
<p>we have processed the invoices you submitted on 2 September 2026. Please find the
settlement below. The amount will be transferred to your account ending in <b>…0881</b>.</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse">
<tr style="background:#e8eef4"><th>Date</th><th>Provider</th><th>Treatment</th><th>Invoiced</th><th>Reimbursed</th></tr>
<tr><td>11.08.2026</td><td>Dr. med. K. Rosenthal, Gastroenterology</td><td>Consultation, abdominal ultrasound (GOÄ 1, 410)</td><td>EUR 88.45</td><td>EUR 88.45</td></tr>
<tr><td>18.08.2026</td><td>Dr. med. K. Rosenthal, Gastroenterology</td><td>Gastroscopy with biopsy (GOÄ 682, 2402), sedation</td><td>EUR 412.67</td><td>EUR 412.67</td></tr>
<tr><td>18.08.2026</td><td>Pathologie Nordstadt</td><td>Histology, Helicobacter test</td><td>EUR 96.10</td><td>EUR 96.10</td></tr>
<tr><td>25.08.2026</td><td>Apotheke am Ring</td><td>Pantoprazole 40 mg, clarithromycin, amoxicillin</td><td>EUR 61.30</td><td>EUR 61.30</td></tr>
<tr><td colspan="3"><b>Total</b></td><td><b>EUR 658.52</b></td><td><b>EUR 658.52</b></td></tr>
</table>
<p>Your annual deductible of EUR 600 was already used up in June, so there is no further
deduction.</p>
<p>Kind regards<br>International Service Desk | Health<br>Versicherer Krankenversicherung AG</p>
<p style="font-size:10px;color:#777">Policy KV 1902 7735 51 · This message was generated automatically; please do not reply to this address.</p>
</body></html>"""
    return M("Versicherer Krankenversicherung <noreply-leistung@versicherer.example>",
             "Tomás Vasquez-Lindahl <tomas.vl@nordpost.example>",
             "Your settlement statement of 07.09.2026", "2026-09-07 06:00", None, html=html,
             cte="quoted-printable")


@mail("STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
      "base64-encoded body sent from a phone: insured in a Dubai hospital with chest pain, angiography planned, asks for cover")
def s28_dubai_chest_pain():
    body = """URGENT

Hello, this is Oliver Marquardt, policy KV 6650 3318 20 (Travel cover also).
I am in Dubai for business, since last night in Al Noor Heart Hospital
(Jumeirah) with chest pains. They say troponin is slightly high and they want
to do an angiography (Herzkatheter) today at 3 pm local time, maybe a stent.
They ask for a deposit of AED 35,000 or a guarantee from the insurance.

Can you please call the hospital, number +971 4 555 0190, ask for
Ms Fernandes insurance desk. My mobile +49 151 4477 0921 (whatsapp).

Thank you
Oliver

--
Sent from Outlook for Android"""
    return M("Oliver Marquardt <o.marquardt@marquardt-consult.example>", ASSIST,
             "URGENT hospital Dubai", "2026-10-06 07:58", body, cte="base64")


@mail("STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
      "short body ('invoices from our holiday'); only the PDFs inside the ZIP show a Lanzarote clinic's diagnoses (otitis externa, gastroenteritis) for two named children")
def s29_zip_lanzarote():
    f1 = make_pdf("Factura 26-01873", [
        "# Centro Médico Playa Blanca",
        "Avda. de Papagayo 12, 35580 Playa Blanca, Lanzarote (ficticio)",
        "FACTURA / INVOICE 26-01873 - 17/04/2026",
        "Paciente / Patient: MORRISON-HAHN, ELLA  (DOB 02/09/2017)",
        "Diagnóstico / Diagnosis: Otitis externa aguda, oído derecho (H60.3)",
        "| Concepto | Importe |",
        "| Consulta pediátrica urgente | 90,00 EUR |",
        "| Limpieza conducto auditivo | 35,00 EUR |",
        "| Gotas ciprofloxacino | 12,40 EUR |",
        "Total: 137,40 EUR  - Pagado con tarjeta",
    ], author="CMPB")
    f2 = make_pdf("Factura 26-01911", [
        "# Centro Médico Playa Blanca",
        "FACTURA / INVOICE 26-01911 - 19/04/2026",
        "Paciente / Patient: MORRISON-HAHN, JAMIE  (DOB 23/01/2020)",
        "Diagnóstico / Diagnosis: Gastroenteritis aguda con deshidratación leve",
        "| Concepto | Importe |",
        "| Consulta pediátrica | 90,00 EUR |",
        "| Rehidratación oral / suero | 48,00 EUR |",
        "| Ondansetrón 4 mg | 9,80 EUR |",
        "Total: 147,80 EUR  - Pagado con tarjeta",
    ], author="CMPB")
    z = make_zip([("Lanzarote/factura_26-01873.pdf", f1), ("Lanzarote/factura_26-01911.pdf", f2)])
    body = """Hi, invoices from our holiday in the zip. Both kids are on my policy. Bank
details as before please.
Thanks, Fiona Morrison-Hahn"""
    return M("Fiona Morrison-Hahn <fiona.mh@familienpost.example>",
             "Reise-Leistung <reise@versicherer.example>", "Invoices Lanzarote",
             "2026-04-27 21:17", body, atts=[A("Lanzarote_invoices.zip", z)])


@mail("STRICTLY_CONFIDENTIAL", "en", "relative-to-insurer",
      "son in Australia asks about his mother's long-term-care application: dementia, care level assessment, power of attorney")
def s30_perth_care_level():
    body = """G'day,

I'm writing about my mother, Elfriede Sauerbrey (born 30.05.1938), who
lives in Gotha and has had private long-term care insurance with you for
many years (PPV 0071 4490 22). I hold a lasting power of attorney
(Vorsorgevollmacht) – a copy went to you by post last week.

Mum was diagnosed with Alzheimer's dementia in February and since a fall in
March she can no longer manage at home without help; a nursing service now
comes twice a day. Her GP has said we should apply for a care grade
(Pflegegrad). I understand an assessor from your side (Medicproof?) will
visit her at home.

Could you please:
  1. confirm you have received the application and the power of attorney,
  2. let me know the date of the assessment visit so my cousin in Erfurt
     can be there (I'm in Perth, 7-8 hours ahead of you),
  3. tell me whether the care allowance can be paid into Mum's own account
     at the Kreissparkasse or must go to me.

Cheers,
Michael Sauerbrey
24 Hobbs Avenue, Dalkeith WA 6009, Australia
+61 412 555 803"""
    return M("Michael Sauerbrey <msauerbrey@ozmail.example>",
             "Pflege Service <pflege@versicherer.example>",
             "Mum's care application – E. Sauerbrey – PPV 0071 4490 22", "2026-04-14 01:22",
             body)


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-applicant",
      "underwriting decision on a disability (income protection) application with an exclusion for lumbar disc disease; details also in the PDF")
def s31_underwriting_exclusion():
    pdf = make_pdf("Underwriting decision", [
        "# Underwriting decision - application A-BU-26-07731",
        "Applicant: Mr Pieter-Jan Claessens, born 14.06.1989, Aachen",
        "Product: BU PROTECT Plus, monthly benefit EUR 2,000, term to age 67",
        "",
        "Decision: acceptance with exclusion clause",
        "Exclusion: No benefit is payable for occupational disability caused by diseases or injuries of the "
        "lumbar spine (L1-S1), including disc prolapse, disc protrusion, spinal stenosis and their consequences.",
        "Reason: lumbar disc prolapse L5/S1 with sciatica 2023, physiotherapy 2023-2024 (from the health "
        "questionnaire and the report of Dr. Brenninkmeyer, orthopaedics, 03.02.2026).",
        "Review: the exclusion can be reviewed on request after 5 years without symptoms or treatment.",
        "Premium: standard, no loading.",
    ], author="Versicherer Lebensversicherung AG")
    body = """Dear Mr Claessens,

thank you for your application for occupational disability cover. We are
able to offer you the contract at standard premium, but with an exclusion
for the lumbar spine because of the disc prolapse you declared. The details
are in the attached decision.

If you accept, please sign page 2 and send it back within four weeks. Your
broker, Mr Janssens, has received a copy.

""" + SIG_OM
    return M(OM, "Pieter-Jan Claessens <pj.claessens@telenet-mail.example>",
             "Your application A-BU-26-07731 – our decision", "2026-02-12 13:05", body,
             cc="Wim Janssens <wim@janssens-finanz.example>",
             atts=[A("Decision_A-BU-26-07731.pdf", pdf)])


@mail("STRICTLY_CONFIDENTIAL", "en", "applicant-to-insurer",
      "South African applicant answers the life-cover health questions: height, weight, blood-pressure medication, knee arthroscopy, smoker status")
def s32_health_questions_answers():
    body = """Hi Oksana

Answers to your follow-up questions on my term life application (ref.
A-RL-26-01164):

1) height 1.82 m, weight 97 kg (yes I know...)
2) blood pressure: diagnosed 2022 by my GP in Cape Town, on amlodipine 5 mg
   daily since then, last reading at Dr Hoffmeister here in Hamburg
   134/86 in January
3) knee: arthroscopy left knee 2019 in Johannesburg, torn cartilage after
   rugby, fully recovered, no treatment since
4) no smoking since 2017 (before that ~10/day for 8 years)
5) no hospital stays otherwise, no psych treatment, no HIV test positive
   (tested for the visa in 2024, negative – can send the certificate)

Shout if you need the GP's records, he can email them.

Regards
Johan Pretorius
DOB 1984-09-03"""
    return M("Johan Pretorius <johan.pretorius@afrimail.example>", OM,
             "RE: A-RL-26-01164 – follow-up questions", "2026-03-02 17:44", body,
             in_reply_to="<om.a-rl-26-01164@versicherer.example>")


@mail("STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
      "body mentions only 'my treatment in Houston'; the attached oncologist's letter names breast cancer, HER2 status and proton therapy")
def s33_houston_proton():
    letter = make_pdf("Letter of medical necessity", [
        "# Gulf Coast Proton Therapy Institute",
        "6800 Fannin Medical Plaza, Houston, TX 77030 (fictitious)",
        "",
        "LETTER OF MEDICAL NECESSITY - 2 June 2026",
        "Patient: Nadine Okafor, DOB 29 January 1978",
        "",
        "Ms Okafor has left-sided invasive ductal carcinoma of the breast (C50.4), pT2 pN1a, ER+/PR+/HER2-, "
        "treated with neoadjuvant chemotherapy (EC-Paclitaxel) in Frankfurt and breast-conserving surgery "
        "on 20 April 2026.",
        "Adjuvant radiotherapy to the left breast and regional lymph nodes is indicated. Because of the "
        "left-sided target and a pre-existing reduced cardiac function after anthracyclines (LVEF 52 %), "
        "proton beam therapy is recommended to minimise cardiac dose.",
        "Planned course: 25 fractions, start 22 June 2026. Estimated cost USD 96,000.",
        "Signed: Margaret Oyelaran-Price, MD, Radiation Oncology",
    ], author="GCPTI")
    body = """Dear Sir or Madam,

regarding my treatment in Houston: attached is the letter of medical
necessity from Dr Oyelaran-Price. Could you please confirm before 15 June
whether you will cover it under my policy KV 4409 1127 36? My oncologist in
Frankfurt supports the plan and can send her report as well.

Kind regards,
Nadine Okafor"""
    return M("Nadine Okafor <nadine.okafor@mailhaus.example>", INTL,
             "Pre-authorisation request", "2026-06-03 15:29", body,
             atts=[A("LMN_Okafor_GCPTI.pdf", letter)])


@mail("STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
      "one-line mail about new varifocal glasses with the prescription strengths; glasses are a health aid of a named insured")
def s34_optician():
    body = """optician receipt attached – new varifocals, -4.75 / -5.25 with astigmatism,
EUR 689. policy KV 3307 5521 84. ty – Marc-Antoine Leblanc"""
    rec = make_pdf("Quittung", [
        "# Optik Sehwerk",
        "Schlossstraße 41, 12163 Berlin",
        "Kunde: Marc-Antoine Leblanc - Auftrag 26-3318 - 14.09.2026",
        "| Auge | Sph | Cyl | Achse | Add |",
        "| R | -4,75 | -0,75 | 170 | 2,00 |",
        "| L | -5,25 | -1,00 | 15 | 2,00 |",
        "Gleitsichtgläser 1,67 entspiegelt, Fassung Titan",
        "Gesamt: 689,00 EUR (bezahlt EC-Karte)",
    ], author="Optik Sehwerk")
    return M("Marc-Antoine Leblanc <ma.leblanc@courriel.example>", INTL, "glasses",
             "2026-09-15 12:51", body, atts=[A("Sehwerk_26-3318.pdf", rec)])


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "service desk answers a parent about adrenaline auto-injectors for her son's peanut allergy on a school trip to England")
def s35_epipen_school_trip():
    body = """Dear Mrs Whitmore,

thank you for your call yesterday.

1. The two adrenaline auto-injectors (Jext 150 micrograms) that Dr Lammers
   prescribed for Oliver's peanut allergy are covered as medication under
   your family policy KV 6028 4471 19. Please send us the pharmacy receipt
   as usual.

2. For the school trip to Canterbury (21–28 October) Oliver is covered
   under the travel health component of your policy; emergency treatment
   in the UK would be paid by us. You do not need an extra travel policy.
   If anything happens, the school can call our 24/7 assistance line
   +49 221 5503-9111.

3. For the flight, the airline usually asks for a doctor's letter in
   English confirming that Oliver needs to carry the injectors in his hand
   luggage. We cannot issue that letter ourselves – Dr Lammers' practice
   will be able to do this; the cost (usually EUR 10–20) is reimbursable.

Have a good trip!

""" + SIG_KO_EN
    return M(KO, "Rebecca Whitmore <rebecca.whitmore@heimnetz.example>",
             "Oliver – auto-injectors and school trip", "2026-09-24 11:02", body)


@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "service desk call note: wife reports the insured collapsed at a conference in Lisbon and is in intensive care; suspected cardiac arrest")
def s36_call_note_lisbon():
    body = """CALL NOTE – Assistance hotline
Date/time: 05 Nov 2026, 02:14 CET   Agent: P. Lindqvist (night cover)
Caller: Mrs Lena Vos (wife), mobile +31 6 2018 4477
Insured: Pieter Vos, policy KV 9912 0448 65 (expat plan, Düsseldorf)

- Pieter collapsed yesterday evening at the Web Summit dinner in Lisbon,
  colleague did CPR, ambulance took him to Hospital São Vicente (fictitious),
  now in intensive care, ventilated
- hospital told wife "cardiac arrest, maybe heart attack", cardiac cath done
  last night, stent placed (per the doctor on the phone)
- wife flying to Lisbon 07:05 from AMS, asks for hotel + cover confirmation
- hospital asks for guarantee; contact Dr. Inês Carvalho, ICU, +351 21 555 0172

TODO: open case, GOP to hospital, medical advisor to call ICU in the
morning, check companion benefit (hotel up to 14 nights).

-> case AS-26-05518 opened, handed over to J. Brettschneider 07:30"""
    return M(PL, "Assistance Team <assistance-team@versicherer.example>",
             "Call note AS-26-05518 – Vos, Lisbon ICU", "2026-11-05 02:31", body,
             cc=JB)


@mail("STRICTLY_CONFIDENTIAL", "en", "reinsurer-to-insurer",
      "reinsurer's claims team asks for medical evidence on a named disability claimant; quotes ALS diagnosis and treating neurologist")
def s37_reinsurer_query():
    body = """Dear Carsten,

thank you for the notification on BU-L-26-000318 (Ruhnau).

Before we can confirm our share of the reserve, our medical officer would
like to see:

  - the neurologist's report from Uniklinik Bonn including the EMG
    findings that confirmed the ALS diagnosis (El Escorial criteria),
  - the GP's records for the 5 years before inception (2006–2011), to rule
    out any earlier neurological symptoms,
  - confirmation that the insured has applied for the statutory
    disability pension (Erwerbsminderungsrente).

Please use our secure claims portal rather than email for the medical
documents. I've set up an upload link valid for 30 days.

Kind regards

Fiona Calloway
Senior Claims Manager, Life & Health
Thamesbridge Re
30 Fenchurch Avenue, London EC3M 5AD"""
    return M("Fiona Calloway <fiona.calloway@thamesbridge-re.example>", CV,
             "RE: Large claim notification BU-L-26-000318", "2026-03-09 10:44", body)


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-doctor",
      "medical advisor asks a London cardiologist for a report on an insured's admission: atrial fibrillation, prior history questions")
def s38_request_cardiologist():
    body = """Dear Dr Adebayo-Clarke,

Re: your patient Mr Rüdiger Vollmert, DOB 12 December 1958
    admission 3–7 August 2026, St Olave's Heart Centre, London

Mr Vollmert is insured with us under a private health policy including
worldwide travel cover, and he has signed the enclosed release from medical
confidentiality (scan attached to our letter of 20 August).

To settle the hospital invoice and to check the pre-existing-condition
clause of his tariff, I would be grateful for a short report answering:

  1. What was the reason for admission (new-onset atrial fibrillation?) and
     what treatment was given (cardioversion, anticoagulation)?
  2. Did the patient report any palpitations, arrhythmia or cardiological
     treatment before the trip? If so, since when?
  3. Medication on discharge.

We will of course pay your fee for the report (up to GBP 150) on receipt of
an invoice.

Thank you for your help.

Yours sincerely,

""" + SIG_MV
    return M(MV, "Dr Folake Adebayo-Clarke <secretary.cardiology@stolaves-heart.example>",
             "Request for medical report – Mr R. Vollmert (DOB 12/12/1958)",
             "2026-08-21 09:17", body)


@mail("STRICTLY_CONFIDENTIAL", "en", "doctor-to-insurer",
      "Irish GP's report for a daily-sickness-allowance claim: lumbar radiculopathy L5, MRI, unfit for work until a stated date")
def s39_galway_gp():
    body = """To whom it may concern,

Re: Ms Sabine Ó Conghaile (née Hartmann), DOB 04/02/1979
Your ref: KT-26-01977

I confirm that the above-named has been attending this practice since 19
September 2026 while staying with family in Galway. She presented with acute
low back pain radiating down the left leg to the foot. MRI at Galway Clinic
on 23/09 showed a left paracentral disc herniation L4/5 compressing the L5
nerve root. She is on naproxen 500 mg bd and pregabalin 75 mg bd and has been
referred to physiotherapy; a neurosurgical opinion is pending.

In my opinion she is unfit for her work as a flight attendant from 19/09/2026
until at least 31/10/2026, to be reviewed.

Yours faithfully,

Dr Colm Ferriter MICGP
Salthill Family Practice, Galway
Medical Council Reg. No. 412207"""
    return M("Salthill Family Practice <reception@salthill-gp.example>",
             "Krankentagegeld <ktg@versicherer.example>",
             "Medical certificate – S. Ó Conghaile – KT-26-01977", "2026-09-26 12:03",
             body, cte="quoted-printable")

# ---------------------------------------------------------------------------
# STRICTLY_CONFIDENTIAL, German
# ---------------------------------------------------------------------------
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "Leistungsabteilung bittet die Beratungsärztin, eine US-Klinikrechnung (Appendektomie, Intensivnacht) eines namentlich genannten Versicherten zu prüfen")
def d01_internal_us_bill():
    body = """Hallo Frau Dr. Vuković,

können Sie sich bitte den Fall Hollenbeck (AS-26-02158) anschauen? Die
Rechnung aus Orlando liegt jetzt vor: laparoskopische Appendektomie, 2
Nächte, davon eine auf der Intensivstation, Gesamtbetrag USD 48.612,40.
Meridian rechnet mit ca. 38 % PPO-Rabatt.

Meine Fragen:
1. Ist das CT (CPT 74177) vor der OP bei Verdacht auf Appendizitis
   medizinisch notwendig gewesen oder hätte der Ultraschall gereicht?
2. Intensivnacht wegen Blutdruckabfall nach Narkose – plausibel?
3. Die Ketorolac-Position (14 Einheiten) kommt mir hoch vor.

Die Rechnung und der Case-Update von Meridian hängen im Vorgang in der
Akte. Wenn Sie den OP-Bericht brauchen, fordere ich ihn an.

""" + SIG_RH
    return M(RH, MV, "Bitte um Prüfung: AS-26-02158 Hollenbeck – Rechnung Orlando",
             "2026-04-13 09:26", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
      "Rentner in Spanien reicht Rechnungen einer Klinik in Torrevieja ein: Herzkatheter, Stent, Medikamente; Latin-1-Mail")
def d02_torrevieja_herzkatheter():
    body = """Sehr geehrte Damen und Herren,

anbei (per Post) schicke ich Ihnen die Rechnungen aus dem Hospital Quirón...
nein, es war das Centro Cardiológico Vistamar in Torrevieja, wo ich vom 2. bis
5. Februar gelegen habe. Ich hatte Brustschmerzen beim Spazierengehen und
man hat einen Herzkatheter gemacht und zwei Stents gesetzt (rechte
Herzkranzarterie). Seitdem nehme ich ASS 100, Clopidogrel 75 und ein
Statin (Atorvastatin 40).

Die Rechnung über 14.870 Euro habe ich mit Kreditkarte bezahlt, weil man
mich sonst nicht entlassen hätte. Ich bitte um Erstattung auf mein Konto
bei der Volksbank, IBAN """ + iban("DE", "37069520" + "0104477120") + """.

Meine Versicherungsnummer ist KV 1138 2207 95. Ich wohne seit 2019 das
halbe Jahr in Spanien (Calle Zoa 14, Torrevieja) und das halbe Jahr in
Wesel.

Mit freundlichen Grüßen
Heinz-Günter Plöger"""
    return M("Heinz-Guenter Ploeger <hg.ploeger@t-mail.example>",
             "Leistung Kranken <leistung-kranken@versicherer.example>",
             "Rechnungen Krankenhaus Spanien, Versicherungsnr. KV 1138 2207 95",
             "2026-02-12 10:03", body, charset="iso-8859-1", cte="quoted-printable")


@mail("STRICTLY_CONFIDENTIAL", "de", "relative-to-insurer",
      "Tochter meldet: 84-jähriger Vater mit Lungenentzündung auf Mallorca im Krankenhaus, Sauerstoff, Frage nach Rücktransport")
def d03_mallorca_pneumonie():
    body = """Guten Tag,

mein Vater Wilhelm Brockhoff (geb. 1942), Reisekranken-Vertrag RK 5520 1187,
liegt seit Sonntag in der Clínica Son Llàtzer Nord in Palma mit einer
Lungenentzündung. Er bekommt Sauerstoff und Antibiotika über die Vene,
die Ärzte sagen frühestens in einer Woche transportfähig. Er hat außerdem
Herzschwäche und Diabetes, deshalb sind wir sehr beunruhigt.

Frage: übernehmen Sie den Rücktransport nach Deutschland, und muss das
ein Ambulanzflug sein? Meine Mutter (79) ist alleine vor Ort im Hotel in
Cala Millor und spricht kein Spanisch.

Die Klinik will eine Kostenübernahmeerklärung. Der Ansprechpartner dort
heißt Sr. Bauzà, Tel. +34 971 555 218.

Bitte rufen Sie mich zurück: 0171 4480 2219.

Danke und Gruß
Sabine Brockhoff-Reuter"""
    return M("Sabine Brockhoff-Reuter <s.brockhoff-reuter@gmx-post.example>", ASSIST,
             "Vater im Krankenhaus Mallorca – Rücktransport?", "2026-10-13 08:47", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "private Rentenversicherung eines nach Neuseeland ausgewanderten Kunden: jährliche Lebensbescheinigung, Rentenzahlung ins Ausland; kein medizinisches Wort, aber Lebensversicherungsvertrag")
def d04_lebensbescheinigung_nz():
    body = """Sehr geehrter Herr Dellbrügge,

für Ihre private Rentenversicherung RV 4470 0915 62 zahlen wir Ihnen seit
Januar 2021 eine monatliche Rente von derzeit 1.184,37 EUR auf Ihr Konto bei
der ANZ in Nelson, Neuseeland.

Wie jedes Jahr benötigen wir bis zum 30. April 2026 eine Lebensbescheinigung.
Bitte lassen Sie das beigefügte Formular von einer amtlichen Stelle
bestätigen (z. B. Justice of the Peace, Notar, Deutsche Botschaft Wellington
oder Honorarkonsul) und senden es uns im Original zurück. Ein Scan per
E-Mail reicht leider nicht aus.

Geht die Bescheinigung nicht rechtzeitig ein, müssen wir die Rentenzahlung
ab Juni vorläufig aussetzen.

Für die Überweisung nach Neuseeland berechnet unsere Bank weiterhin keine
Gebühren; die Umrechnung in NZD erfolgt durch Ihre Bank.

""" + SIG_TRL_DE
    form = make_pdf("Lebensbescheinigung", [
        "# Lebensbescheinigung / Life Certificate",
        "Versicherer Lebensversicherung AG - Vertrag RV 4470 0915 62",
        "Rentenempfänger / Pensioner: Herr Konrad Dellbrügge, geb. 19.07.1953",
        "Anschrift / Address: 12 Tasman Heights Road, Atawhai, Nelson 7010, New Zealand",
        "",
        "Hiermit wird bestätigt, dass die oben genannte Person am heutigen Tag lebt.",
        "This is to certify that the above person is alive on the date below.",
        "",
        "Ort, Datum / Place, date: ____________________",
        "Stempel, Unterschrift der Behörde / Official stamp and signature: ____________________",
    ], author="Versicherer Lebensversicherung AG")
    return M(TRL, "Konrad Dellbrügge <k.dellbruegge@xtra-mail.example>",
             "Ihre Rentenversicherung RV 4470 0915 62 – Lebensbescheinigung 2026",
             "2026-03-02 11:30", body, atts=[A("Lebensbescheinigung_2026.pdf", form)])


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "Unfallversicherung: Kind mit Unterarmfraktur nach Sturz im Dänemark-Urlaub, Röntgen, Gips, Leistungszusage")
def d05_kinderunfall_daenemark():
    body = """Sehr geehrte Frau Albers,

vielen Dank für Ihre Unfallmeldung vom 12. August zu Ihrem Sohn Mats
(Kinder-Unfallversicherung KU 3304 8816 27).

Nach dem Bericht des Sygehus Sønderjylland in Aabenraa hat Mats sich beim
Sturz vom Klettergerüst am 3. August eine distale Unterarmfraktur rechts
(Grünholzfraktur von Speiche und Elle) zugezogen. Die Fraktur wurde
geschlossen reponiert und mit einem Oberarmgips versorgt; die Weiter-
behandlung erfolgt bei Dr. Hagemeister in Flensburg.

Wir zahlen Ihnen das vereinbarte Gipsgeld von 250 EUR sowie die
Unfall-Sofortleistung für Knochenbrüche von 500 EUR. Der Betrag geht in den
nächsten Tagen auf das uns bekannte Konto.

Sollten nach Abschluss der Behandlung Bewegungseinschränkungen am
Handgelenk bleiben, melden Sie sich bitte: Eine Invaliditätsleistung kann
innerhalb von 15 Monaten nach dem Unfall ärztlich festgestellt werden.

Gute Besserung für Mats!

Mit freundlichen Grüßen
Ihr Team Unfall-Leistung
Versicherer Lebensversicherung AG""" + DISCLAIMER_DE
    return M("Unfall-Leistung <unfall@versicherer.example>",
             "Janna Albers <janna.albers@nordmail.example>",
             "Unfall Ihres Sohnes Mats am 03.08.2026 – unsere Leistung",
             "2026-08-19 14:15", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "Pflegegeld bei Wohnsitz in Österreich: Pflegegrad 2 der Versicherten, Weiterzahlung ins EU-Ausland")
def d06_pflegegeld_oesterreich():
    body = """Sehr geehrte Frau Kirchmayr,

Sie haben uns mitgeteilt, dass Ihre Mutter, Frau Irmgard Pölzl, zum
1. Juni 2026 zu Ihnen nach Kufstein (Tirol) zieht.

Gute Nachricht: Das Pflegegeld aus der privaten Pflegepflichtversicherung
(Vertrag PPV 2207 3391 48) wird auch bei einem Wohnsitz in einem anderen
EU-/EWR-Staat weitergezahlt. Ihre Mutter ist seit dem Gutachten vom
14. Januar 2026 in Pflegegrad 2 eingestuft; das Pflegegeld beträgt
monatlich 347 EUR.

Nicht ins Ausland mitgenommen werden können Pflegesachleistungen eines
deutschen Pflegedienstes und der Entlastungsbetrag. Die verpflichtenden
Beratungseinsätze nach § 37 Abs. 3 SGB XI können in Österreich durch einen
dort zugelassenen Pflegedienst erfolgen – die Bescheinigung senden Sie uns
bitte halbjährlich.

Bitte teilen Sie uns die neue Anschrift und, falls sich die Bankverbindung
ändert, die neue IBAN mit.

Freundliche Grüße
Versicherer Krankenversicherung AG
Pflege-Service, Tel. 0221 5503-4800"""
    return M("Pflege Service <pflege@versicherer.example>",
             "Brigitte Kirchmayr <b.kirchmayr@tirol-net.example>",
             "Umzug Ihrer Mutter nach Österreich – Pflegegeld", "2026-05-19 10:40", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-assessor",
      "BU-Gutachtenauftrag für einen in den Niederlanden lebenden Kunden; der DOCX-Auftrag nennt Fibromyalgie, depressive Episode und Fragen zur Berufsfähigkeit")
def d07_bu_gutachtenauftrag():
    doc = make_docx([
        "# Gutachtenauftrag Berufsunfähigkeit",
        "Auftraggeber: Versicherer Lebensversicherung AG, BU-Leistung",
        "| Feld | Angabe |",
        "| Leistungsfall | BU-26-002973 |",
        "| Versicherte Person | Frau Marloes Kuipers-Böhm, geb. 03.10.1982 |",
        "| Wohnort | Venlo (NL), Grenzgängerin, zuletzt Logistikplanerin in Kempen |",
        "| Angegebene Erkrankungen | Fibromyalgie-Syndrom (M79.70), mittelgradige depressive Episode (F32.1), Schlafstörung |",
        "| Behandler | Huisarts Dr. Peeters (Venlo), Schmerzambulanz VieCuri, Psychiaterin Dr. Aerts |",
        "Fragen an den Gutachter:",
        "1. Welche Gesundheitsstörungen liegen vor und seit wann?",
        "2. In welchem Umfang ist die Versicherte in ihrem zuletzt ausgeübten Beruf als Logistikplanerin beeinträchtigt (in Prozent)?",
        "3. Ist mit einer Besserung innerhalb von sechs Monaten zu rechnen?",
        "Bitte berücksichtigen Sie die beiliegende Tätigkeitsbeschreibung.",
    ], title="Gutachtenauftrag BU-26-002973", author="BU-Leistung")
    body = """Sehr geehrter Herr Prof. Dr. Terhaag,

wie telefonisch besprochen übersenden wir Ihnen den Gutachtenauftrag im
Leistungsfall BU-26-002973. Die Versicherte spricht Deutsch; ein Dolmetscher
ist nicht erforderlich. Sie ist mit einer Untersuchung in Ihrer Praxis in
Krefeld einverstanden; Fahrtkosten erstatten wir ihr direkt.

Die Behandlungsunterlagen (teils niederländisch) senden wir Ihnen über
das Portal.

Mit freundlichen Grüßen
Jasmin Ortmann-Eze
BU-Leistungsprüfung
Versicherer Lebensversicherung AG"""
    return M("Jasmin Ortmann-Eze <j.ortmann-eze@versicherer.example>",
             "Prof. Dr. Arndt Terhaag <praxis@gutachten-terhaag.example>",
             "Gutachtenauftrag BU-26-002973", "2026-06-16 15:55", body,
             atts=[A("Gutachtenauftrag_BU-26-002973.docx", doc)])


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "interne Zusammenfassung einer englischen 'fit note' für Krankentagegeld: Diagnose post-virale Erschöpfung, AU-Zeitraum, namentlich")
def d08_fit_note_ktg():
    body = """Hi Rana,

zur Info für den KTG-Fall Thorvaldsen (KT-26-01552): Die Kundin ist seit
März bei ihrer Familie in Leeds und hat uns eine britische "fit note"
(Statement of Fitness for Work) ihres GP geschickt. Sinngemäß:

- Diagnose: "post-viral fatigue following COVID-19 infection"
  (entspricht G93.3 / U09.9)
- "not fit for work" vom 16.03. bis 26.04.2026
- Hinweis des Arztes: "phased return may be possible thereafter"
- ausgestellt von Dr. Imran Siddiqui, Chapel Allerton Medical Centre

Nach unseren AVB reicht eine ausländische Bescheinigung, wenn sie die
Arbeitsunfähigkeit und die Diagnose erkennen lässt – passt also. Karenzzeit
bei ihr 21 Tage, also Tagegeld vom 06.04. bis 26.04.: 21 x 95 EUR =
1.995 EUR.

Kannst du gegenzeichnen?

""" + SIG_KO_DE
    return M(KO, RH, "KTG Thorvaldsen – englische AU", "2026-04-08 16:20", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "hospital-to-insurer",
      "Klinik bittet um Kostenübernahme für eine kenianische Studentin: Harnleiterstein, Ureterorenoskopie")
def d09_klinik_kostenuebernahme():
    body = """Sehr geehrte Damen und Herren,

wir bitten um Kostenübernahme für folgende Patientin:

Name:            Wanjiru Kamau
Geburtsdatum:    17.12.2001
Anschrift:       Studentenwohnheim Hagenring 8, 38106 Braunschweig
Versicherungsnr.: KV-S 7109 4430 88 (Studententarif)
Aufnahme:        21.05.2026, 03:10 Uhr über die Notaufnahme
Diagnose:        Harnleiterstein links, 7 mm, mit Harnstau II° (N20.1, N13.2)
Geplant:         Ureterorenoskopie mit Steinentfernung und DJ-Schiene am 22.05.2026
Voraussichtliche Verweildauer: 3 Tage
Unterbringung:   Mehrbettzimmer, allgemeine Krankenhausleistungen

Die Patientin hat angegeben, privat bei Ihnen versichert zu sein, konnte
aber keine Karte vorlegen. Bitte senden Sie die Kostenübernahmeerklärung an
unser Fax 0531 595-2290 oder per Mail an diese Adresse.

Mit freundlichen Grüßen
Patientenaufnahme / Kostensicherung
Städtisches Klinikum Braunschweig-Süd (fiktiv)"""
    return M("Kostensicherung <kostensicherung@klinikum-bs-sued.example>",
             "Leistung Kranken <leistung-kranken@versicherer.example>",
             "Kostenübernahme Kamau, Wanjiru – Aufnahme 21.05.2026", "2026-05-21 07:44", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "PKV-Mahnung wegen Beitragsrückstand an einen im Ausland arbeitenden Kunden; kein medizinisches Wort, aber Krankenversicherungsvertrag, Notlagentarif")
def d10_pkv_beitragsrueckstand():
    body = """Sehr geehrter Herr Yilmaz-Hartung,

für Ihre Krankenversicherung KV 8004 2216 39 sind die Beiträge für die
Monate Mai bis Juli 2026 in Höhe von insgesamt 1.716,90 EUR offen. Die
Lastschriften wurden von Ihrer Bank mit dem Hinweis "Konto erloschen"
zurückgegeben.

Bitte überweisen Sie den Rückstand zuzüglich der Säumniszuschläge
(1 % je angefangenem Monat, derzeit 34,34 EUR) bis zum 15. September 2026 auf
unser Konto bei der Commerzbank Köln (IBAN """ + iban("DE", "37040044" + "0661100200") + """).

Wichtig: Wird der Rückstand nicht ausgeglichen, sind wir nach § 193 Abs. 6
VVG verpflichtet, das Ruhen der Leistungen festzustellen. Ihr Vertrag würde
dann im Notlagentarif weitergeführt; versichert wären nur noch
Akutbehandlungen.

Sie hatten uns im Frühjahr geschrieben, dass Sie für ein Projekt in Katar
arbeiten. Wenn Sie vorübergehend im Ausland leben, kann eine
Anwartschaftsversicherung sinnvoll sein – sprechen Sie uns gern an.

Mit freundlichen Grüßen
Beitragsservice Kranken
Versicherer Krankenversicherung AG""" + DISCLAIMER_DE
    return M("Beitragsservice <beitrag-kranken@versicherer.example>",
             "Deniz Yilmaz-Hartung <deniz.yh@mailservice.example>",
             "Zahlungserinnerung KV 8004 2216 39 – Beitragsrückstand",
             "2026-08-25 09:00", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "lawyer-to-insurer",
      "deutscher Anwalt fordert Schmerzensgeld nach Unfall mit niederländischem Lkw: HWS-Distorsion, Gehirnerschütterung, Arbeitsunfähigkeit")
def d11_anwalt_schmerzensgeld():
    body = """Sehr geehrte Damen und Herren,

in der Verkehrsunfallsache

  Kerstin Wawrzyniak ./. Transport Van Doorn B.V. (NL-Kennzeichen 87-BLT-4)
  Unfall vom 08.01.2026, A 57, Höhe Anschlussstelle Uedem
  Ihr Zeichen: KS-A-26-00455 (Regulierungsbeauftragte für den nl. Haftpflichtversicherer)

zeigen wir die Vertretung von Frau Wawrzyniak an; Vollmacht anbei.

Der Lkw Ihres Auftraggebers ist unserer Mandantin beim Fahrstreifenwechsel
seitlich in das Fahrzeug gefahren. Frau Wawrzyniak erlitt eine
HWS-Distorsion Grad II nach Quebec Task Force sowie eine
Gehirnerschütterung (Commotio cerebri) und wurde im Marienhospital Kevelaer
ambulant behandelt. Sie war bis zum 20.02.2026 arbeitsunfähig und befindet
sich weiterhin in physiotherapeutischer Behandlung.

Wir machen geltend:
  1. Schmerzensgeld, vorläufig mindestens 3.500,00 EUR
  2. Verdienstausfall 01.–20.02.2026: 1.240,18 EUR
  3. Zuzahlungen Physiotherapie/Medikamente: 187,60 EUR
  4. Sachschaden laut Gutachten: 6.912,44 EUR

und bitten um Regulierung bis zum 10.04.2026 auf unser Anderkonto.

Mit freundlichen Grüßen
Dr. Jörg Rademacher
Rechtsanwalt, Fachanwalt für Verkehrsrecht
Rademacher & Lütkenhaus, Kleve"""
    return M("RA Dr. Jörg Rademacher <rademacher@ra-rl-kleve.example>", SK,
             "Wawrzyniak ./. Van Doorn – Ihr Zeichen KS-A-26-00455", "2026-03-20 11:11", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
      "Kunde plant Implantatbehandlung in Budapest; nur die ODT-Datei (Heil- und Kostenplan) nennt Zähne, Knochenaufbau und Parodontitis")
def d12_budapest_implantate():
    odt = make_odt([
        "# Kezelési és költségterv / Heil- und Kostenplan",
        "Dentalklinik Buda Smile Kft., Alkotás utca 41, 1123 Budapest (fiktiv)",
        "Patient: Herr Ralf Szymanski, geb. 25.11.1967, Gelsenkirchen",
        "Befund: chronische Parodontitis, Zähne 14, 15 und 46 nicht erhaltungswürdig, Knochenabbau regio 14-15",
        "Regio 14, 15: Extraktion, Sinuslift extern, 2 Implantate, 2 Zirkon-Kronen: 3.140 EUR",
        "Regio 46: Extraktion, Implantat, Zirkon-Krone: 1.490 EUR",
        "Parodontalbehandlung (geschlossen), 2 Sitzungen: 380 EUR",
        "Gesamt: 5.010 EUR - Behandlungsbeginn geplant 14.09.2026",
    ])
    body = """Hallo,

ich überlege, meine Zähne in Budapest machen zu lassen, weil es da viel
billiger ist. Den Kostenplan hänge ich an. Zahlen Sie das genauso wie in
Deutschland? Meine Zahnzusatzversicherung läuft unter ZZ 5190 3342.

Gruß R. Szymanski"""
    return M("Ralf Szymanski <ralf.szymanski@ruhrpost.example>",
             "Leistung Zahn <leistung-zahn@versicherer.example>",
             "Frage Zahnbehandlung Ausland", "2026-07-28 18:33", body,
             atts=[A("Kostenplan_BudaSmile.odt", odt)])


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-therapist",
      "Anforderung an eine Psychotherapeutin für eine englischsprachige Patientin: Bericht zum Verlängerungsantrag, Diagnose im Betreff-Vorgang")
def d13_psychotherapie_bericht():
    body = """Sehr geehrte Frau Dipl.-Psych. Lindenberg,

Ihre Patientin Frau Hannah Oyelowo (geb. 09.06.1996, Vertrag KV 2255 7104 18)
hat bei uns die Verlängerung der Verhaltenstherapie um weitere 20 Sitzungen
beantragt. Bisher haben wir 25 Sitzungen (Diagnose F42.1 Zwangsstörung,
vorwiegend Zwangshandlungen; F33.0 rezidivierende depressive Störung)
übernommen.

Für die Entscheidung benötigen wir Ihren Bericht mit
  - bisherigem Therapieverlauf und erreichten Zielen,
  - aktuellem psychischen Befund (ggf. Y-BOCS-Verlauf),
  - Begründung der weiteren Sitzungen und Prognose.

Da die Therapie auf Englisch stattfindet, können Sie den Bericht gern auf
Deutsch oder Englisch verfassen. Eine Schweigepflichtentbindung der
Patientin liegt uns vor. Bitte senden Sie den Bericht in einem
verschlossenen Umschlag an unsere Beratungsärztin oder über das
Portal-Postfach.

Mit freundlichen Grüßen
""" + SIG_RH
    return M(RH, "Praxis Lindenberg <praxis@psychotherapie-lindenberg.example>",
             "Verlängerungsantrag Verhaltenstherapie – Frau H. Oyelowo", "2026-06-29 10:12", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
      "Witwe meldet Tod ihres Mannes in Portugal; Todesursache Herzinfarkt laut Sterbeurkunde, Risikolebensversicherung")
def d14_tod_portugal():
    body = """Sehr geehrte Damen und Herren,

mein Mann, Eckhard Stuhlmüller, geb. 04.01.1960, ist am 9. Mai 2026 in
unserem Ferienhaus in Lagos (Algarve) an einem Herzinfarkt gestorben. Der
Notarzt konnte nichts mehr tun. Die portugiesische Sterbeurkunde (Certidão
de Óbito) habe ich, dort steht als Todesursache "enfarte agudo do
miocárdio". Eine Obduktion wurde nicht gemacht.

Er hatte bei Ihnen eine Risikolebensversicherung, Nr. RL 6612 0047 83, ich
bin als Bezugsberechtigte eingetragen. Was brauchen Sie von mir? Muss die
Urkunde übersetzt werden? Die Überführung nach Deutschland ist am 20. Mai.

Mit freundlichen Grüßen
Renate Stuhlmüller
Grüner Weg 3, 34497 Korbach"""
    return M("Renate Stuhlmueller <r.stuhlmueller@hessen-mail.example>",
             "Leben Service <leben@versicherer.example>",
             "Todesfall Eckhard Stuhlmüller – RL 6612 0047 83", "2026-05-15 09:27", body,
             charset="windows-1252", cte="8bit")


@mail("STRICTLY_CONFIDENTIAL", "de", "company-to-insurer",
      "harmloser Text der Personalabteilung; nur die CSV listet neue Mitarbeiter mit Geburtsdatum und Tarif der betrieblichen Krankenversicherung")
def d15_bkv_csv():
    rows = [
        ["Personalnr", "Name", "Vorname", "Geburtsdatum", "Eintritt", "bKV-Tarif", "Mitversicherte"],
        ["10442", "Ferreira", "Beatriz", "12.03.1994", "01.04.2026", "bKV Zahn+ Vorsorge", "nein"],
        ["10447", "O'Sullivan", "Cian", "28.07.1989", "01.04.2026", "bKV Budget 600", "nein"],
        ["10451", "Kowalski", "Agnieszka", "03.11.1991", "01.04.2026", "bKV Budget 600", "Kind (2021)"],
        ["10453", "Strömberg", "Linnea", "19.01.1998", "15.04.2026", "bKV Zahn+ Vorsorge", "nein"],
        ["10458", "Achterberg", "Jens", "06.09.1977", "15.04.2026", "bKV Stationär Plus", "nein"],
    ]
    csvtext = make_csv(rows)
    body = """Hallo Frau Demirtaş,

anbei die Neuzugänge für April zur Anmeldung in unserem Gruppenvertrag
GV-bKV 1120. Bitte wie immer Versicherungskarten an die Privatadressen, die
Adressen kommen separat aus dem HR-System.

Danke und viele Grüße
Marlene Oberhuber
HR Services · Kestrel Analytics GmbH · Torstraße 140 · 10119 Berlin"""
    return M("Marlene Oberhuber <m.oberhuber@kestrel-analytics.example>", AD,
             "Neuzugänge April – GV-bKV 1120", "2026-04-02 12:05", body,
             atts=[A("bKV_Neuzugaenge_2026-04.csv", csvtext.encode("windows-1252"),
                     ctype="text/csv", charset="windows-1252")])


@mail("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
      "Mutter fragt nach Kostenübernahme für Insulinpumpe und CGM-Sensoren ihres Typ-1-diabetischen Sohnes nach Rückkehr aus den USA")
def d16_insulinpumpe():
    body = """Sehr geehrte Damen und Herren,

wir sind nach vier Jahren in Boston zurück nach Deutschland gezogen und
seit 1. Juli bei Ihnen versichert (Familienvertrag KV 4180 6627 03).

Unser Sohn Leonard (11) hat Diabetes Typ 1 und trägt seit 2023 eine
Insulinpumpe (Omnipod 5) mit einem Dexcom-G7-Sensor. In den USA lief das
über die Krankenversicherung meines Arbeitgebers. Die Pumpe ist jetzt drei
Jahre alt und die Pods/Sensoren gehen uns Ende August aus.

Die Diabetologin im Kinderkrankenhaus Amsterdamer Straße hat ein Rezept
und eine Verordnung ausgestellt. Brauchen wir eine Genehmigung vorab? Und
werden auch die Sensoren übernommen (ca. 260 € im Monat)?

Wir sind etwas in Eile – Leonard braucht die Sachen wirklich.

Viele Grüße
Christina Wagenknecht-Moore"""
    return M("Christina Wagenknecht-Moore <c.wagenknecht.moore@familienpost.example>",
             "Leistung Kranken <leistung-kranken@versicherer.example>",
             "Insulinpumpe / Sensoren für unseren Sohn – Genehmigung?",
             "2026-08-03 21:18", body, flowed=True, cte="8bit")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "Erstattung der Entbindungskosten in Wien mit Kaiserschnitt und Neugeborenen-Nachversicherung; Text- und HTML-Teil")
def d17_entbindung_wien():
    text = """Sehr geehrte Frau Haberl-Sandoval,

herzlichen Glückwunsch zur Geburt Ihrer Tochter Lucía!

Wir haben die Rechnungen der Privatklinik Goldenes Kreuz Wien
(Aufenthalt 02.–07.03.2026) erstattet:

  Entbindung per Sectio (Kaiserschnitt), Anästhesie   4.860,00 EUR
  Hebammenbetreuung                                     620,00 EUR
  Neugeborenen-Untersuchungen (U1/U2, Hüftsonografie)   390,00 EUR
  Summe erstattet                                      5.870,00 EUR

Lucía ist ab Geburt ohne Wartezeit und ohne Gesundheitsprüfung in Ihrem
Vertrag KV 6007 1190 24 mitversichert, da Sie die Anmeldung innerhalb von
zwei Monaten vorgenommen haben.

Mit freundlichen Grüßen
""" + SIG_KO_DE
    html = """<html><body style="font-family:Calibri,Arial,sans-serif">
<p>Sehr geehrte Frau Haberl-Sandoval,</p>
<p>herzlichen Glückwunsch zur Geburt Ihrer Tochter Lucía!</p>
<p>Wir haben die Rechnungen der Privatklinik Goldenes Kreuz Wien (Aufenthalt 02.–07.03.2026) erstattet:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><td>Entbindung per Sectio (Kaiserschnitt), Anästhesie</td><td align="right">4.860,00 EUR</td></tr>
<tr><td>Hebammenbetreuung</td><td align="right">620,00 EUR</td></tr>
<tr><td>Neugeborenen-Untersuchungen (U1/U2, Hüftsonografie)</td><td align="right">390,00 EUR</td></tr>
<tr><td><b>Summe erstattet</b></td><td align="right"><b>5.870,00 EUR</b></td></tr>
</table>
<p>Lucía ist ab Geburt ohne Wartezeit und ohne Gesundheitsprüfung in Ihrem Vertrag KV 6007 1190 24
mitversichert, da Sie die Anmeldung innerhalb von zwei Monaten vorgenommen haben.</p>
<p>Mit freundlichen Grüßen<br>Katrin Osterhoff<br>International Service Desk | Kranken</p>
</body></html>"""
    return M(KO, "Verena Haberl-Sandoval <verena.hs@wienpost.example>",
             "Ihre Rechnungen Geburt Wien – Erstattung", "2026-03-26 13:48", text, html=html,
             cte="quoted-printable")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "Kfz-Regress nach Trunkenheitsfahrt in den Niederlanden: Blutalkoholwert 1,6 Promille aus der Blutprobe und Strafbefehl des Fahrers")
def d18_regress_trunkenheit():
    body = """Sehr geehrter Herr Reinecke,

Schaden KS-A-26-01804 vom 14.02.2026, Venlo (NL), Ihr Pkw KLE-DR 518

wir haben die Ansprüche der Geschädigten aus dem Unfall in Venlo (zwei
beschädigte Fahrzeuge, eine Ampelanlage) über unseren niederländischen
Schadenregulierungsbeauftragten mit insgesamt 18.430,57 EUR reguliert.

Aus der Ermittlungsakte ergibt sich, dass die Ihnen im Krankenhaus
VieCuri entnommene Blutprobe eine Blutalkoholkonzentration von 1,6 Promille
ergab. Das Amtsgericht Kleve hat gegen Sie wegen fahrlässiger
Trunkenheit im Verkehr (§ 316 StGB) einen Strafbefehl erlassen, der
rechtskräftig ist.

Nach D.1.2 i. V. m. D.3 unserer Bedingungen (AKB) sind wir Ihnen gegenüber
wegen dieser Obliegenheitsverletzung leistungsfrei bis zu 5.000 EUR. Wir
fordern Sie auf, diesen Betrag bis zum 30.06.2026 zu erstatten. Gern
vereinbaren wir eine Ratenzahlung.

""" + SIG_SK_DE
    return M(SK, "Dirk Reinecke <dirk.reinecke@niederrhein-mail.example>",
             "Regress KS-A-26-01804", "2026-05-28 10:37", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
      "älterer Kunde mit Tippfehlern reicht Hörgeräte-Rechnung ein und nennt seine beidseitige Schwerhörigkeit")
def d19_hoergeraete():
    body = """Sehr geerhte Damen und Herren

anbei die rechnung vom hörakustiker für meine neuen hörgeräte beidseitig,
der HNO arzt Dr Pelzer hat mittelgradige schwerhörigkeit festgestellt
(Verordnung liegt bei). Kosten 4.380 euro. Meine alten waren von 2019.

versicherungsnummer weiss ich nicht genau, KV 0388 ... ich bin der
Gottfried Wennemann aus Soest, geb 1944

mfg G. Wennemann"""
    return M("Gottfried Wennemann <g.wennemann@soest-online.example>",
             "Leistung Kranken <leistung-kranken@versicherer.example>", "hörgeräte",
             "2026-06-22 16:05", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "deutscher Weiterleitungstext; erst die inline weitergeleitete englische Mail einer australischen Studentin nennt ihre Essstörung (Anorexie) und Klinikaufenthalt")
def d20_inline_fwd_anorexia():
    body = """Hallo Frau Dr. Vuković,

bitte einmal medizinisch anschauen – die Kundin fragt nach einer
stationären Behandlung. Ich habe ihr noch nicht geantwortet. Vertrag ist
ein Studententarif, stationär Mehrbettzimmer.

Danke!
Rana

---------- Weitergeleitete Nachricht ----------
Von: Chloe Brennan-Walsh <chloe.bw@unimail.example>
Datum: Mi., 14. Okt. 2026 um 22:40
Betreff: inpatient treatment
An: <international@versicherer.example>

Hi,

I'm an exchange student from Melbourne at Uni Heidelberg, insured with you
under KV-S 2014 8876 30. I've been struggling with anorexia nervosa for a
few years and it has got worse since I moved here – my BMI is now 15.8 and
my GP here (Dr Yüksel) and the outpatient clinic at the Uniklinik both say
I should be admitted to a specialised eating disorder unit for 8-12 weeks.
They suggested the Psychosomatic Clinic in Bad Dürkheim.

Will you cover this? I'm really scared about the costs.

Chloe"""
    return M(RH, MV, "WG: inpatient treatment", "2026-10-15 08:55", body)


@mail("STRICTLY_CONFIDENTIAL", "de", "doctor-to-insurer",
      "Hausarzt beantwortet Rückfrage zur Antragsprüfung Leben eines Rückkehrers: Bluthochdruck, Schlafapnoe mit CPAP, Medikation")
def d21_hausarzt_antwort():
    body = """Sehr geehrte Frau Melnyk,

auf Ihre Anfrage vom 03.02.2026 zu meinem Patienten Herrn Tobias Achenbach,
geb. 21.08.1981 (Antrag A-RL-26-00932), teile ich mit – die
Schweigepflichtentbindung lag Ihrem Schreiben bei:

1. Herr Achenbach ist seit seiner Rückkehr aus Singapur im Juni 2024 in
   meiner Behandlung.
2. Arterielle Hypertonie, Erstdiagnose 11/2024, eingestellt mit Candesartan
   8 mg, Werte zuletzt 128/82 mmHg.
3. Obstruktives Schlafapnoe-Syndrom (AHI 31/h, Schlaflabor Ev. Krankenhaus
   Hagen 02/2025), seitdem CPAP-Therapie mit guter Compliance.
4. BMI 31,4. Keine weiteren relevanten Vorerkrankungen, keine stationären
   Aufenthalte, keine psychiatrische Behandlung.

Für den Bericht berechne ich nach GOÄ Nr. 75 (Liquidation anbei per Post).

Mit freundlichen kollegialen Grüßen
Dr. med. Annegret Hülsmann
Fachärztin für Allgemeinmedizin, Hagen"""
    return M("Praxis Dr. Hülsmann <praxis@huelsmann-hagen.example>", OM,
             "Ihre Anfrage vom 03.02.2026 – Herr T. Achenbach", "2026-02-17 13:20", body)

# ---------------------------------------------------------------------------
# CONFIDENTIAL, English (part a)
# ---------------------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "green card for a British expat's trip to Serbia: name, address, plate, policy number in body and PDF; motor line, nothing health")
def c01_green_card_serbia():
    card = make_pdf("International Motor Insurance Card", [
        "# INTERNATIONAL MOTOR INSURANCE CARD (Green Card)",
        "Issued under the authority of the Deutsches Büro Grüne Karte e.V.",
        "",
        "1. Valid from 01.06.2026 to 31.12.2026",
        "2. Country / Bureau code: D / Insurer code 5794 / Number 5794-26-0118244",
        "3. Registration no.: BN-LK 482",
        "4. Category: A (car)   Make: Skoda Octavia Combi",
        "5. Territorial validity: A B BG CY CZ D DK E EST F FIN GB GR H HR I IRL IS L LT LV M MA MD MNE N NL P PL RO S SK SLO SRB TN UA AL AND AZ BIH CH MK",
        "6. Policyholder: Mr Nigel Ashcombe-Ward, Poppelsdorfer Allee 61, 53115 Bonn",
        "7. Insurer: Versicherer Allgemeine Versicherung AG, Lindenthaler Ring 40, 50931 Köln",
        "Policy: KF 22 771 4096",
    ], author="Versicherer Allgemeine Versicherung AG")
    body = """Dear Mr Ashcombe-Ward,

as requested on the phone, please find attached the green card for your
Skoda (BN-LK 482). Serbia (SRB) and North Macedonia (MK) are both on the
card, so you are covered for the whole route to Ohrid. For Albania (AL) the
card is valid too.

Please print it in colour if you can – border officials in some countries
still prefer a paper copy, although a printout on white paper is legally
fine since 2020.

Have a good trip!

""" + SIG_PL
    return M(PL, "Nigel Ashcombe-Ward <nigel.aw@bonnmail.example>",
             "Green card for your trip – BN-LK 482", "2026-05-27 10:18", body,
             atts=[A("GreenCard_BN-LK482.pdf", card)])


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "cross-border motor claim: Dutch-plated car hit the customer's parked car, nobody hurt; claim number, plates, customer's name")
def c02_dutch_car_parked():
    body = """Dear Ms Okafor-Reyes,

your claim no. KS-26-090731 – damage to your parked car K-OR 2290 on
6 March 2026, Aachener Straße, Köln

thank you for the photos and the witness details. The vehicle that hit your
car has the Dutch registration number 4-KZX-18. Via the Dutch motor bureau
we have identified the insurer (Polderzekerheid N.V.); its claims
representative in Germany is Regulierungsbüro Hansen & Partner in
Düsseldorf, who will handle your claim directly. We have forwarded your
documents to them today under their reference HP-NL-26-1177.

Because nobody was hurt and the damage (rear bumper, tailgate) is below
EUR 3,000, you can also ask us to pay under your own comprehensive cover
first – but then your no-claims class would be affected until the Dutch
insurer reimburses us. In most cases it is better to wait for Hansen &
Partner, which usually takes four to six weeks.

""" + SIG_SK_EN
    return M(SK, "Grace Okafor-Reyes <grace.or@koelnpost.example>",
             "Your claim KS-26-090731 – Dutch vehicle 4-KZX-18", "2026-03-12 15:33", body)


@mail("CONFIDENTIAL", "en", "lawyer-to-insurer",
      "UK solicitor claims for fire damage to a rented Cotswolds cottage caused by the insured family on holiday; private liability, property damage only")
def c03_cotswolds_cottage():
    body = """Dear Sirs,

Our client: Mrs Penelope Aldridge-Fane, owner of Wren Cottage, Lower
Slaughter, Gloucestershire
Your policyholder: Mr Thorsten Wiegand, Gneisenaustraße 19, 10961 Berlin
(personal liability policy PH 4410 2276 -- as stated on the booking form)
Date of incident: 29 December 2025

We are instructed in connection with damage caused at our client's holiday
cottage during your policyholder's stay between 26 December 2025 and 2
January 2026.

On 29 December candles left burning on the oak window seat in the sitting
room set fire to the curtains. Your policyholder extinguished the fire; no
one was injured. The oak floor, window seat and curtains were damaged and
the room required specialist smoke cleaning. As the property is Grade II
listed, repairs had to be carried out with matching materials.

Our client's losses are as follows:
  Restoration of oak window seat and flooring          GBP 5,420.00
  Curtains and soft furnishings                        GBP   960.00
  Smoke damage cleaning                                GBP   785.00
  Loss of letting income (3 cancelled bookings)        GBP 1,640.00
  Total                                                GBP 8,805.00

Copies of invoices and the booking agreement are enclosed. We should be
grateful for your confirmation of indemnity within 21 days.

Yours faithfully,

Hollis Barnard LLP
Solicitors · 4 Sheep Street, Stow-on-the-Wold GL54 1AA
Ref: HB/PAF/0388"""
    return M("Claims Litigation <litigation@hollisbarnard.example>",
             "Haftpflicht-Schaden <haftpflicht@versicherer.example>",
             "Wren Cottage – your policyholder Mr T. Wiegand – our ref HB/PAF/0388",
             "2026-01-22 12:47", body)


@mail("CONFIDENTIAL", "en", "customer-to-insurer",
      "American expat reports a burglary in his Berlin flat with a list of stolen items, police report number and household policy")
def c04_berlin_burglary():
    body = """Hello,

I need to report a burglary. Someone broke into our apartment (Weserstraße
211, 12047 Berlin, 3rd floor left) between 10am and 6pm on Thursday, April
16. They pried open the door – the landlord already had the lock replaced.

Stolen:
- MacBook Pro 14" (2024) – bought for $2,399 in NYC, receipt in my email
- Fujifilm X-T5 camera + 2 lenses – approx. EUR 2,600
- my wife's jewelry box: gold necklace (inherited, appraised 2019 at EUR
  1,800), 2 pairs of earrings, a Cartier-style watch (not real Cartier lol)
- EUR 300 cash from a drawer
- the spare key to our bike lock

Police came the same evening, report number (Vorgangsnummer)
260416-1812-029734, officer PK Dreyer, Polizeiabschnitt 54.

Our household insurance is policy HR 3309 1174 52 under my name. What do
you need from us? Do receipts in USD work?

Thanks,
Jordan Whitaker-Bloom
+49 176 2248 0913"""
    return M("Jordan Whitaker-Bloom <jordan.wb@protonpost.example>",
             "Schaden Sach <schaden-sach@versicherer.example>",
             "Burglary – policy HR 3309 1174 52", "2026-04-17 08:22", body)


@mail("CONFIDENTIAL", "en", "customer-to-insurer",
      "phone-style liability notice: expat's son kicked a football through the neighbour's window; names, address, policy number")
def c05_football_window():
    body = """hi
my son (8) kicked his football through the neighbours kitchen window this
afternoon, double glazing, whole pane cracked. neighbour is Herr Matuschek,
Lindenallee 14, ground floor. he says glazier wants ~450 eur. our liability
is PH 7721 0883 15 (Sørensen). what do we do, does he send you the bill?
nobody hurt, just the window.
Mette Sørensen"""
    return M("Mette Sørensen <mette.sorensen@postkasse.example>",
             "Haftpflicht-Schaden <haftpflicht@versicherer.example>",
             "broken window neighbour", "2026-06-23 17:58", body, cte="8bit")


@mail("CONFIDENTIAL", "en", "customer-to-insurer",
      "Italian tenant (non-native English) reports water damage to the flat below after a washing-machine hose burst; names, addresses, policy")
def c06_washing_machine_leak():
    body = """Good morning,

I am writing for a damage in my apartment. Yesterday evening the hose of
the washing machine was broken and water go on the floor of the bathroom
and also into the apartment under me, of Mrs. Henriette Kolb. She has now
spots on the ceiling in her bathroom and corridor and some paint is coming
off. The Hausverwaltung (Immobilien Rauschenbach, Mr. Pfeiffer) sent a
Trocknungsfirma this morning.

I have the private liability insurance with you, number PH 5528 3016 47,
and I think also household insurance (HR 5528 3016 48) for my own floor.

My address: Silvio Marchetti, Nordendstraße 22, 2. OG, 60318 Frankfurt
am Main. Phone 0151 7712 4408.

What I must do now? Mrs. Kolb asks for your contact.

Thank you and best regards
Silvio Marchetti"""
    return M("Silvio Marchetti <silvio.marchetti@posta-web.example>",
             "Schaden Sach <schaden-sach@versicherer.example>",
             "water damage apartment – PH 5528 3016 47", "2026-09-08 07:49", body)


@mail("CONFIDENTIAL", "en", "customer-to-insurer",
      "Dutch customer gives a new IBAN for the direct debit of his household policy")
def c07_new_iban_nl():
    body = """Hi,

please use my new account for the household policy HR 1906 4472 81 from
next month on:

IBAN """ + iban("NL", "RABO0312776054") + """
BIC RABONL2U
account holder: J. (Joost) Zwanenburg

The old Deutsche Bank account will be closed end of month.

Thanks,
Joost Zwanenburg"""
    return M("Joost Zwanenburg <joost.zwanenburg@kpn-post.example>", INTL,
             "new bank account", "2026-02-26 13:04", body)


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "premium refund after cancellation of a motor policy; quotes a UK sort code and account number of the customer who moved back to England")
def c08_sort_code_refund():
    body = """Dear Mrs Farrow,

thank you for your email. We have cancelled your motor policy KF 31 044 2719
(VW Polo, HH-EF 3310) with effect from 31 May 2026, the date the vehicle
was deregistered before your move back to the UK.

The unused premium for June to December is EUR 287.42. You asked us to
pay it to your UK account:

   Account name:   Eleanor J Farrow
   Sort code:      20-45-77
   Account no.:    43811296
   Bank:           Barclays, Harrogate

As this is a payment outside the SEPA scheme in GBP, our bank needs the
IBAN as well. Could you please send it (it starts with GB and contains your
sort code and account number)? Your bank will also show it on your
statements. We will transfer the money as soon as we have it.

""" + SIG_PL
    return M(PL, "Eleanor Farrow <eleanor.farrow@yorkmail.example>",
             "Refund of premium – KF 31 044 2719", "2026-06-08 14:27", body)


@mail("CONFIDENTIAL", "en", "customer-to-insurer",
      "application for a rent-deposit guarantee: Indian engineer states gross salary, employer and date of birth; income data, no health")
def c09_rent_deposit_salary():
    body = """Dear team,

I would like to apply for your rent deposit guarantee (Mietkautionsbürgschaft)
instead of paying 3 months' rent in cash. Details:

Name:                Karthik Subramanian
Date of birth:       14 August 1991
Current address:     Boardinghouse Am Hauptbahnhof, Zimmer 417, 70173 Stuttgart
New flat:            Hohenheimer Str. 88, 70184 Stuttgart, from 1 March 2026
Landlord:            Frau Dr. Elke Bräuninger
Deposit required:    EUR 4,050 (3 x cold rent EUR 1,350)
Employer:            Harcastle Robotics GmbH, permanent contract since Oct 2025
Gross salary:        EUR 78,000 p.a. (net approx. EUR 3,950 per month)
Residence permit:    EU Blue Card, valid until 09/2029

I attach nothing yet, please tell me which documents you need (salary
slips, SCHUFA?). I have only been in Germany for 5 months so the SCHUFA
score may be thin.

Best regards,
Karthik"""
    return M("Karthik Subramanian <karthik.s@mailbox.example>",
             "Kautionsservice <kaution@versicherer.example>",
             "Application rent deposit guarantee", "2026-01-29 19:15", body)


@mail("CONFIDENTIAL", "en", "customer-to-insurer",
      "American customer corrects the birth date on her household and liability policies (03/07/1985 read as 3 July instead of 7 March)")
def c10_dob_format_mixup():
    body = """Hi there,

small but annoying thing: your letter for my household + liability policy
(HR/PH 2280 6614 09) shows my date of birth as 3 July 1985. That's wrong –
I wrote 03/07/1985 on the application, which is the US format, i.e.
March 7, 1985 (1985-03-07). Please correct it – it also makes your online
portal reject me when I try to log in with my birthday.

Thanks!
Brooke Harrington-Saal
Eppendorfer Weg 190, 20253 Hamburg"""
    return M("Brooke Harrington-Saal <brooke.hs@inbox.example>", INTL,
             "wrong birthday on my policy", "2026-02-11 11:36", body)


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "travel-cancellation claim accepted because of job loss (no health reason); amount and customer's account")
def c11_cancellation_job_loss():
    body = """Dear Mr Castaño Ibáñez,

Travel cancellation claim RR-26-07712 – trip to Mexico, 14–28 May 2026

thank you for sending the termination letter from your employer dated 17
March 2026 and the cancellation invoice from the tour operator.

Your policy covers cancellation when the insured person loses a permanent
job through redundancy by the employer. We can therefore accept the claim
for you and your partner, Ms Noelia Brenner:

  Cancellation fees (tour operator, 40 %):      EUR 2,184.00
  minus excess 10 %                              EUR   218.40
  Payment                                        EUR 1,965.60

The amount will be transferred to your account
""" + iban("DE", "10010010" + "0942271130") + """ within five working days.

I hope your job search goes well.

""" + SIG_LB
    return M(LB, "Álvaro Castaño Ibáñez <alvaro.ci@correo-web.example>",
             "Your claim RR-26-07712 – cancellation Mexico", "2026-04-03 10:02", body)


@mail("CONFIDENTIAL", "en", "customer-to-insurer",
      "Norwegian customer reports baggage lost at Frankfurt: PIR reference, item list, policy number")
def c12_lost_baggage():
    body = """Hello,

My suitcase did not arrive after flight LH 863 Oslo – Frankfurt on 2 July.
Property Irregularity Report: FRALH 48812, issued at Frankfurt T1. Today is
day 9 and the airline's tracing system still says "searching".

My travel insurance with baggage cover is RG 4407 1185 (Ingrid Hovland,
I live in Mainz since 2024).

Contents (approx.):
  - grey Samsonite suitcase, 3 years old       – 240
  - suit (Hugo Boss) + 2 shirts                 – 620
  - hiking boots Scarpa                         – 210
  - toiletries, clothes for 10 days             – 450
  - gifts for my sister (Norwegian knitwear)    – 380
  Total                                          ~ EUR 1,900

I had to buy clothes for the conference, receipts about EUR 340 – these
are "delay purchases", I believe.

Med vennlig hilsen,
Ingrid Hovland"""
    return M("Ingrid Hovland <ingrid.hovland@online-post.example>",
             "Reise-Leistung <reise@versicherer.example>",
             "Lost baggage FRALH 48812", "2026-07-11 09:40", body)


@mail("CONFIDENTIAL", "en", "customer-to-insurer",
      "terse US-style mail about a rental-car excess refund after a scratch in Florida; names, booking and policy numbers, amounts")
def c13_rental_excess_florida():
    body = """Hey – got charged $1,150 by SunCoast Car Rental at Tampa airport for a
scrape on the rear door (parking garage, no other car involved). Rental
agreement TPA-7718204, car returned Oct 19. I have your rental-car-excess
cover RA 2206 8811 through my travel policy.

damage report + credit card statement attached... actually no, I'll upload
them in the app, attachments keep bouncing.

Refund to my DKB account pls, same as last time.

Ryan O'Malley-Kühn"""
    return M("Ryan O'Malley-Kuehn <ryan.omk@fastmail.example>",
             "Reise-Leistung <reise@versicherer.example>", "rental car excess FL",
             "2026-10-22 23:51", body)


@mail("CONFIDENTIAL", "en", "broker-to-insurer",
      "Norwegian broker asks for policy documents for a client's household, liability and motor policies; client name, address and policy numbers")
def c14_no_broker_documents():
    body = """Dear Henrik,

Our client Mr Lars Eide-Hoffmann (Elbchaussee 402, 22609 Hamburg), who
moved to Hamburg from Bergen last year, has appointed us as his broker for
all his non-life insurance, including the German policies he took out
directly with you:

  - Household        HR 6608 2214 77
  - Personal liab.   PH 6608 2214 78
  - Motor            KF 29 440 1187 (Tesla Model Y, HH-LE 4402)

The signed broker mandate (fullmakt / Maklervollmacht) is uploaded in your
broker portal. Could you send us copies of the current policy schedules and
the 2026 premium notices, and register us as servicing broker (our broker
number with you is 40-9921)?

Thanks in advance – and see you in Düsseldorf in June.

Vennlig hilsen / kind regards,
Ingrid Solberg
Senior Broker, Private Clients
Nordlys Forsikringsmegling AS
Dronning Eufemias gate 16, 0191 Oslo, Norway
+47 22 55 04 18"""
    return M("Ingrid Solberg <ingrid.solberg@nordlys-megling.example>", HA,
             "Client Eide-Hoffmann – documents and broker appointment", "2026-04-28 16:09",
             body)


@mail("CONFIDENTIAL", "en", "insurer-to-broker",
      "commission statement to a sole-trader broker in Ireland: her personal IBAN in the body, the CSV lists clients with household and motor policy numbers")
def c15_commission_sole_trader():
    rows = [
        ["Policy", "Line", "Client", "Premium EUR", "Rate", "Commission EUR"],
        ["HR 7710 4425 01", "Household", "Declan Murtagh", "312.40", "15%", "46.86"],
        ["PH 7710 4425 02", "Personal liability", "Declan Murtagh", "84.00", "15%", "12.60"],
        ["KF 31 118 0942", "Motor", "Saoirse Kavanagh-Beck", "1,044.00", "7%", "73.08"],
        ["HR 7712 9930 14", "Household", "Tadhg Ó Súilleabháin", "268.90", "15%", "40.34"],
        ["", "", "Total", "", "", "172.88"],
    ]
    body = """Dear Niamh,

please find attached your commission statement for Q1 2026. The total of
EUR 172.88 will be paid on 15 April to the account we have on file for you
as a sole trader:

  Niamh Costigan t/a Costigan Insurance Advisers
  IBAN """ + iban("IE", "AIBK93115212345678") + """

Please let me know if your bank details have changed; you mentioned at the
Dublin roadshow that you were thinking of incorporating.

""" + SIG_HA
    return M(HA, "Niamh Costigan <niamh@costigan-advisers.example>",
             "Commission statement Q1 2026", "2026-04-08 11:50", body,
             atts=[A("commission_Q1-2026_Costigan.csv", make_csv(rows, ","))])


@mail("CONFIDENTIAL", "en", "customer-to-insurer",
      "American couple asks legal-expenses cover for a dispute with their landlord over the deposit; names, landlord, amounts, policy")
def c16_tenancy_dispute():
    body = """Dear Sir or Madam,

we (Daniel and Priya Fairweather, Sternstraße 12, 40479 Düsseldorf) have a
legal expenses policy with you (RS 4402 7789 10, including tenancy).

We moved out of our previous apartment (Kaiserstraße 31, Düsseldorf) on
31 October 2025. The landlord, Mr. Gero Ritterbusch, still has not
returned our deposit of EUR 3,600 and now claims EUR 2,950 for "renovation"
(Schönheitsreparaturen), although the clause in our lease is, according
to the tenants' association, invalid.

We would like to hire a lawyer (Kanzlei Oberholz, who speak English) to
write to him. Could you confirm cover? Our lease, the handover protocol and
his letter are available if you need them.

Kind regards,
Daniel Fairweather"""
    return M("Daniel Fairweather <dan.fairweather@webpost.example>",
             "Rechtsschutz <rechtsschutz@versicherer.example>",
             "Request for cover – deposit dispute with landlord", "2026-01-14 20:22", body)


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "legal-expenses cover confirmed for a Spanish expat's dismissal dispute; employer, dates, salary figure, policy number")
def c17_employment_cover():
    body = """Dear Ms Ortega Lindgren,

Legal expenses insurance RS 5501 2298 67 – your dismissal by Lumenfold
Software GmbH

thank you for your call and the documents. We confirm cover for the
following:

  - out-of-court representation and, if necessary, proceedings at the
    labour court (Arbeitsgericht Berlin), first instance, against the
    ordinary dismissal dated 27 February 2026,
  - lawyer's fees according to the statutory fee scale (RVG), based on
    a quarterly salary of EUR 19,500 (your monthly gross salary
    EUR 6,500 x 3).

Please note: the action must be filed within three weeks of receiving the
dismissal, i.e. by 20 March 2026. Your lawyer, Ms Adeyemi (Kanzlei
Adeyemi Falk), can send her invoices directly to us. Your excess is EUR 150.

""" + SIG_LB
    return M(LB, "Lucía Ortega Lindgren <lucia.ortega.lindgren@mejor-mail.example>",
             "Cover confirmation – RS 5501 2298 67", "2026-03-04 12:20", body,
             cc="Kanzlei Adeyemi Falk <info@adeyemi-falk.example>")


@mail("CONFIDENTIAL", "en", "customer-to-insurer",
      "British customer claims for her dog's cruciate-ligament surgery under pet insurance; animal health only, owner named")
def c18_pet_cruciate():
    vet = make_pdf("Tierarztrechnung", [
        "# Tierklinik am Stadtwald",
        "Kerpener Straße 200, 50937 Köln (fiktiv)",
        "Rechnung 26-11832 vom 09.05.2026",
        "Tierhalterin: Ms Harriet Blackwood, Zülpicher Str. 77, 50674 Köln",
        "Patient: Biscuit, Hund, Labrador Retriever, männlich, 6 Jahre, Chip 276098106644102",
        "Diagnose: Kreuzbandriss rechts hinten",
        "| GOT-Nr. | Leistung | Betrag |",
        "| 1 | Allgemeine Untersuchung | 23,62 EUR |",
        "| - | Röntgen Knie 2 Ebenen | 98,40 EUR |",
        "| - | TPLO-Operation inkl. Implantat | 2.410,00 EUR |",
        "| - | Narkose, Infusion, stationär 1 Tag | 386,20 EUR |",
        "Gesamt: 2.918,22 EUR",
    ], author="Tierklinik am Stadtwald")
    body = """Hello,

Biscuit (our Labrador) had his cruciate ligament operated on last week –
invoice attached. He's back home, grumpy in his cone. Pet health policy
TK 2209 3318, owner Harriet Blackwood.

Could you reimburse to the usual account? Many thanks!
Harriet"""
    return M("Harriet Blackwood <harriet.blackwood@postbox.example>",
             "Tier-Leistung <tier@versicherer.example>",
             "Biscuit – TPLO invoice", "2026-05-12 19:31", body,
             atts=[A("Tierklinik_26-11832.pdf", vet)])


@mail("CONFIDENTIAL", "en", "customer-to-insurer",
      "Danish customer reports his e-bike stolen at Hamburg station; frame number, police report, policy number")
def c19_ebike_stolen():
    body = """Hej,

My e-bike was stolen yesterday from the bike racks at Hamburg-Altona station
between 7:40 and 18:15, locked with an Abus frame lock + chain (the chain
was cut, the pieces were left).

Bike: Riese & Müller Charger4 GT, bought 04/2024 for EUR 5,290
Frame no.: WRM-C4-2203-881467
Police report: Polizeikommissariat 21, Vorgangsnummer 260311-1047-5520

The bike is insured under my household insurance with the bicycle
extension, policy HR 8823 0176 44 (Rasmus Kjærgaard, Große Bergstraße 118,
22767 Hamburg).

The original invoice and the lock's receipt I can scan. Please tell me the
next steps.

Mvh
Rasmus Kjærgaard"""
    return M("Rasmus Kjærgaard <rasmus.kjaergaard@mail.example>",
             "Schaden Sach <schaden-sach@versicherer.example>",
             "Stolen e-bike – HR 8823 0176 44", "2026-03-12 07:15", body,
             charset="iso-8859-1")


@mail("CONFIDENTIAL", "en", "customer-to-insurer",
      "customer cancels household insurance because she is moving to Sweden; new address in Uppsala, policy number")
def c20_moving_sweden():
    body = """Dear Sir/Madam,

I am moving back to Sweden at the end of August and would like to cancel my
household insurance, policy HR 4471 9902 36, with effect from 31 August
2026. My flat in Göttingen (Herzberger Landstraße 45) will be handed back
to the landlord on 29 August.

My new address from 1 September:
Sofia Engström
Svartbäcksgatan 27 B
753 32 Uppsala
Sweden

Any refund can go to my German account which I will keep open for a while.

Thank you for the good service over the years!

Best regards,
Sofia Engström"""
    return M("Sofia Engström <sofia.engstrom@postlada.example>", INTL,
             "Cancellation – moving to Sweden", "2026-07-20 10:10", body,
             cte="quoted-printable")

# ---------------------------------------------------------------------------
# CONFIDENTIAL, English (part b)
# ---------------------------------------------------------------------------
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "reply to a customer who moved back to Texas: quotes his US routing and account number for a liability premium refund")
def c21_us_routing_refund():
    body = """Dear Mr Delacroix-Hahn,

thank you for your reply. We will refund the unused premium of EUR 61.25
for your personal liability policy PH 3014 7728 90, cancelled as of 30 April
2026, by international transfer to the account you gave us. Please note
that your US bank may charge an incoming wire fee.

Kind regards,
""" + SIG_PL + """

> From: Marcus Delacroix-Hahn <marcus.dh@txmail.example>
> Sent: Thursday, May 7, 2026 4:12 PM
> To: International Service Desk
> Subject: Re: refund
>
> Hi Paula, as discussed here are my US bank details, I closed the
> Commerzbank account when I left Munich:
> Bank: Lone Star Federal Credit Union, Austin TX
> Routing (ABA): 314977405
> Account: 8802 1147 63 (checking)
> Name on account: Marcus A. Delacroix-Hahn
> Address: 4410 Avenue F, Austin, TX 78751
> Thanks! Marcus"""
    return M(PL, "Marcus Delacroix-Hahn <marcus.dh@txmail.example>",
             "RE: refund", "2026-05-08 09:44", body)


@mail("CONFIDENTIAL", "en", "customer-to-insurer",
      "phone-style: customer lost his green card on holiday in Croatia; plate number and policy, no health")
def c22_green_card_lost():
    body = """hi, we're in Split (Croatia) and I can't find the green card anymore, prob
left it at the hotel in Slovenia. do i even need it here? police stopped
us at a check yesterday and were ok with the car papers. plate K-RM 3391,
policy KF 27 661 0480, Ruben Meijer-Albrecht. if u can email a new one pls
do, we drive back via Bosnia on friday

sent from phone, sorry for typos"""
    return M("Ruben Meijer-Albrecht <rubenma@icloud-mail.example>", INTL,
             "green card lost", "2026-08-04 20:33", body)


@mail("CONFIDENTIAL", "en", "customer-to-insurer",
      "British customer imports a right-hand-drive car and asks for an eVB number; VIN, UK registration, address, date of birth")
def c23_import_uk_car():
    body = """Good afternoon,

I have brought my car over from the UK and need to register it in Germany.
The Zulassungsstelle says I first need an "eVB-Nummer" from an insurer.

Car: 2021 Mazda MX-5 RF, right-hand drive
UK registration: LD21 XVP
VIN: JMZNDAH3500452271
Current UK insurer: will cancel once German plates are issued

Me: Simon Thackeray, born 22/11/1979, Südstraße 8, 48153 Münster, UK
driving licence (will exchange it). 14 years no claims in the UK – does that
count for the German SF class?

I'd like full comprehensive cover (Vollkasko). Can you send me an eVB and a
quote?

Thanks,
Simon"""
    return M("Simon Thackeray <simon.thackeray@britmail.example>", INTL,
             "eVB number for imported UK car", "2026-09-01 14:47", body)


@mail("CONFIDENTIAL", "en", "company-to-insurer",
      "Swedish-owned company reports an accident of a fleet car in Denmark driven by a named employee; material damage only")
def c24_fleet_accident_denmark():
    body = """Dear claims team,

Fleet policy FL 0092 7730 – Nordhavn Logistics GmbH, Hamburg

Vehicle: Volvo XC60, HH-NL 4471
Driver: Mr Anders Lykke Dahl (sales manager, employee no. 2207)
Date/place: 18 February 2026, approx. 16:30, E45 near Kolding, Denmark

Our driver braked in slow traffic and was hit from behind by a Danish
delivery van (reg. CX 44 918, insurer Nordkyst Forsikring A/S). No one was
injured. The Volvo was drivable; rear bumper, tailgate and tow bar are
damaged. The Danish police did not attend; both drivers signed the European
Accident Statement (copy attached in our fleet portal upload).

Please recover the costs from the Danish insurer via the green card system.
The car is booked in at Volvo Car Hamburg-Nord for an estimate on 24 Feb.

Best regards
Kristina Åberg
Fleet & Facilities Manager
Nordhavn Logistics GmbH (a Nordhavn Group company)
Am Sandtorkai 48, 20457 Hamburg"""
    return M("Kristina Åberg <kristina.aberg@nordhavn-logistics.example>",
             "Kfz-Schaden <kfz-schaden@versicherer.example>",
             "Fleet claim HH-NL 4471 – Denmark 18/02", "2026-02-19 09:05", body)


@mail("CONFIDENTIAL", "en", "lawyer-to-insurer",
      "Spanish lawyer (non-native English) about a collision of the insured's car with a taxi in Málaga; friendly accident report, material damage only")
def c25_malaga_taxi():
    body = """Dear Madam, dear Sir,

I am the lawyer of Mr. Antonio Jesús Moreno Vílchez, taxi driver in Málaga
(licence 1187, vehicle 4471 KTR). On 2 August 2026 at the roundabout of
Avenida de Andalucía your insured, Mrs. Petra Lindholm-Fuchs (German
vehicle M-PL 2026, your policy KF 44 902 1187 according to the green card
she showed), entered the roundabout without give way and collided with the
left side of the taxi.

Both drivers signed the "parte amistoso" (European accident statement),
your insured marked box 17 ("was entering a roundabout"). Nobody was
injured, only damages in the vehicles.

My client claims:
  - repair of the taxi, workshop Talleres Guadalmedina, EUR 3,218.50
  - loss of earnings, 9 days not working x EUR 145 = EUR 1,305.00

Please contact me or your representative in Spain. I attach in the next
email the parte amistoso and the workshop invoice, because files are big.

Atentamente,
Rocío Alcázar Ruiz
Abogada – Bufete Alcázar Ruiz
Calle Larios 9, 3º, 29005 Málaga"""
    return M("Rocío Alcázar Ruiz <ralcazar@bufete-alcazar.example>",
             "Kfz-Schaden <kfz-schaden@versicherer.example>",
             "Accident Málaga 02/08/2026 – M-PL 2026 – taxi 4471 KTR", "2026-08-17 12:39", body)


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "proof of personal liability insurance for a new landlord: PDF with name, address, policy number and sum insured")
def c26_liability_certificate():
    cert = make_pdf("Confirmation of insurance", [
        "# Confirmation of Insurance / Versicherungsbestätigung",
        "Versicherer Allgemeine Versicherung AG",
        "",
        "We confirm that",
        "Ms Yuki Tanabe-Roth, Weidenweg 14, 04317 Leipzig",
        "has personal liability insurance with us under policy PH 9014 3372 08.",
        "Cover includes tenant's liability for damage to the rented property (Mietsachschäden).",
        "Sum insured: EUR 50,000,000 lump sum for personal injury and property damage.",
        "Period: since 01.01.2024, renewing annually; premiums paid to date.",
        "",
        "Köln, 3 February 2026",
    ], author="Versicherer Allgemeine Versicherung AG")
    body = """Dear Ms Tanabe-Roth,

as requested, attached is the confirmation of your personal liability
insurance for your new landlord (German/English). It includes the tenant's
liability cover he asked about.

""" + SIG_PL
    return M(PL, "Yuki Tanabe-Roth <yuki.tr@mail.example>",
             "Confirmation of liability insurance", "2026-02-03 16:02", body,
             atts=[A("Confirmation_PH_9014_3372_08.pdf", cert)])


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "premium reminder for a household policy: returned direct debit, amount, fee and masked IBAN of a named customer")
def c27_returned_debit():
    body = """Dear Mr Adeyemi-Brandt,

Household insurance HR 2207 5512 90 – returned direct debit

the direct debit of EUR 146.80 for your annual household premium, due on
1 October 2026, was returned by your bank (reason: insufficient funds,
account DE…3391). Our bank charged us a return fee of EUR 3.50.

Please transfer EUR 150.30 by 30 October 2026 to

  Versicherer Allgemeine Versicherung AG
  IBAN """ + iban("DE", "37040044" + "0661100300") + """
  Reference: HR 2207 5512 90

If the amount is not received in time, we will have to send you a formal
reminder under section 38 of the German Insurance Contract Act (VVG); cover
would be suspended if payment is still not made after that.

If you would prefer to pay in instalments, just reply to this email.

Kind regards,
Premium Services | Property & Casualty
Versicherer Allgemeine Versicherung AG"""
    return M("Premium Services <beitrag-sach@versicherer.example>",
             "Emeka Adeyemi-Brandt <emeka.ab@postfach.example>",
             "Household insurance HR 2207 5512 90 – payment reminder",
             "2026-10-12 08:30", body)


@mail("CONFIDENTIAL", "en", "customer-to-insurer",
      "teenager's broken smartphone screen under the electronics insurance; IMEI, policy, parent named")
def c28_phone_screen():
    body = """Hi

my daughter dropped her phone (iPhone 15, 128GB) on the school stairs and the
display is completely cracked, touch doesn't work on the lower half. It's
insured under our electronics cover ELK 6601 2290 (policyholder: Tamara
Okonjo-Fischer).

IMEI: 35 291611 448920 7
Bought 11/2024, EUR 849

Can we just take it to the Apple store for repair and send you the bill?

Thanks
Tamara"""
    return M("Tamara Okonjo-Fischer <tamara.of@heimpost.example>",
             "Schaden Sach <schaden-sach@versicherer.example>",
             "broken phone screen", "2026-11-10 16:44", body)


@mail("CONFIDENTIAL", "en", "prospect-to-insurer",
      "prospect asks for a household and liability quote with address and birth given as 'born in March '85'; personal data, no contract yet")
def c29_quote_request():
    body = """Hi,

I just moved to Leipzig for a postdoc and my landlord says I should get
"Hausrat" and "Haftpflicht". Could you send me a quote?

- Name: Tomasz Wierzbicki
- born in March '85 (12.03.1985 if you need the exact date)
- flat: Kochstraße 31, 04275 Leipzig, 2 rooms, 58 m², 2nd floor
- single, no kids, no dog, I cycle a lot
- contents value maybe EUR 15,000 (mostly bike + laptop + books)
- I'd like the bike included, it's worth ~EUR 2,200

Salary is a postdoc TV-L E13 if that matters for anything.

Thanks,
Tomasz"""
    return M("Tomasz Wierzbicki <t.wierzbicki@uni-mail.example>",
             "Vertrieb Online <angebot@versicherer.example>",
             "quote household + liability", "2026-10-02 09:12", body)


@mail("CONFIDENTIAL", "en", "customer-to-insurer",
      "child scratched a UK tourist's hire car in a supermarket car park; names, plates, policy; no injury")
def c30_child_scratch_car():
    body = """Dear Sir or Madam,

I need to report a small liability claim. On Saturday 12 September at the
Kaufland car park in Rostock-Lütten Klein, my son Finn (7) ran his scooter
along the side of a parked car and left a long scratch on both doors. The
owner was there – a British tourist, Mr Callum Rees from Swansea – and we
exchanged details. It's a hire car (Sixt, plate HRO-SX 7714), so the rental
company will probably send a bill.

Our personal liability policy: PH 1130 8847 22 (Jörg and Emily Ladewig).
Mr Rees's email: callum.rees@welshpost.example, mobile +44 7700 900 642.

I told Mr Rees that our insurance would be in touch. Is that correct?

Kind regards,
Emily Ladewig"""
    return M("Emily Ladewig <emily.ladewig@ostsee-mail.example>",
             "Haftpflicht-Schaden <haftpflicht@versicherer.example>",
             "Scratched car – PH 1130 8847 22", "2026-09-13 13:26", body)


@mail("CONFIDENTIAL", "en", "insurer-to-company",
      "French speeding notice for a fleet car: company asked to confirm the named driver from its logbook; administrative offence, plate, fleet policy")
def c31_french_speeding():
    body = """Dear Ms Åberg,

Fleet policy FL 0092 7730 – Nordhavn Logistics GmbH
Vehicle HH-NL 4409 (Volvo V90)

we have received a notice of offence ("avis de contravention") from the
French ANTAI, sent to us as the registered keeper's insurer by mistake:
speed 117 km/h where 90 km/h is permitted, A26 near Reims, 21 March 2026,
15:42. Fine EUR 135.

According to your fleet logbook, which you shared with us for the claim in
February, the car was driven that week by Mr Jesper Holm (regional sales).
As the company is the registered keeper, you need to either pay the fine
or designate the driver on www.antai.gouv.fr within 45 days of the notice
(by 19 May 2026). We have forwarded the original notice to you by post.

This has no effect on your fleet insurance; we just wanted you to have it
in time.

""" + SIG_SK_EN
    return M(SK, "Kristina Åberg <kristina.aberg@nordhavn-logistics.example>",
             "French speeding notice – HH-NL 4409", "2026-04-09 10:55", body)


@mail("CONFIDENTIAL", "en", "customer-to-insurer",
      "Irish customer reports a cracked ceramic hob under household glass cover; name, address, policy")
def c32_ceramic_hob():
    body = """Hello there,

A glass jar fell off the shelf onto our ceramic hob last night and the hob
has a crack right across it, from the front left ring to the back. It's a
Bosch built-in hob, 4 years old. Obviously we're not using it now.

Policy: household with glass cover, HR 6640 0215 39, Ciarán and Maike
Dunphy, Am Weiher 6, 65207 Wiesbaden.

Can we go ahead and order a replacement, or do you need to send someone
first? The kitchen shop quoted EUR 689 incl. fitting.

Thanks a mill,
Ciarán"""
    return M("Ciarán Dunphy <ciaran.dunphy@wiesbaden-post.example>",
             "Schaden Sach <schaden-sach@versicherer.example>",
             "Cracked hob – glass cover", "2026-11-17 08:12", body)


@mail("CONFIDENTIAL", "en", "customer-to-insurer",
      "family moving to Singapore sends the inventory XLSX for relocation-goods insurance; names, addresses and item values")
def c33_relocation_inventory():
    rows = [["No.", "Room", "Item", "Qty", "Value EUR"],
            [1, "Living", "Sofa, 3-seater (BoConcept)", 1, 2400],
            [2, "Living", "Piano, Yamaha U1 upright", 1, 6800],
            [3, "Living", "TV 65\" + sound bar", 1, 1700],
            [4, "Kitchen", "Dishes, glassware, cutlery (boxes)", 14, 1900],
            [5, "Study", "Desk + office chair", 1, 1150],
            [6, "Study", "Books (boxes)", 22, 1100],
            [7, "Bedroom", "Bed frame + mattress 180x200", 1, 2100],
            [8, "Bedroom", "Clothing (boxes)", 18, 5400],
            [9, "Kids", "Bunk bed, toys, bikes", 1, 2300],
            [10, "Garage", "Road bike Canyon Ultimate", 1, 3200],
            ["", "", "Total", "", 28050]]
    x = make_xlsx([("Inventory", rows)], title="Inventory Lau family", author="M. Lau")
    body = """Dear Mr Nowicki,

as discussed, here is our inventory for the transport insurance (relocation
from Hamburg to Singapore). Packing by Schäfer Umzüge on 9–10 July, vessel
departure Bremerhaven 14 July, estimated arrival 18 August.

Old address: Michael and Sandra Lau, Isestraße 93, 22149 Hamburg
New address: 41 Jalan Kembangan #03-07, Singapore 419133

The total declared value is EUR 28,050. Please send the offer to this
address.

Best regards,
Michael Lau"""
    return M("Michael Lau <michael.lau@lau-family.example>", MN,
             "Relocation insurance – inventory", "2026-06-15 21:10", body,
             atts=[A("Inventory_Lau_relocation.xlsx", x)])


@mail("CONFIDENTIAL", "en", "broker-to-insurer",
      "UK broker's body is harmless; the XLSX lists expat employees with dates of birth, addresses and household policy numbers for renewal")
def c34_broker_household_list():
    rows = [["Name", "DOB", "Address", "Policy", "Sum insured EUR", "Renewal"],
            ["Alistair Fairbrother", "1976-11-03", "Feuerbacher Heide 12, 70192 Stuttgart", "HR 5501 7720 01", 85000, "2026-07-01"],
            ["Kenji Nakamura", "1986-07-12", "Reinsburgstr. 140, 70197 Stuttgart", "HR 5501 7720 02", 60000, "2026-07-01"],
            ["Harriet Pemberton", "1969-01-28", "Im Asemwald 32, 70599 Stuttgart", "HR 5501 7720 03", 120000, "2026-07-01"],
            ["Samuel Oduya", "1991-02-09", "Schwabstr. 55, 70197 Stuttgart", "HR 5501 7720 04", 40000, "2026-07-01"]]
    x = make_xlsx([("Household", rows)], title="Harcastle expat household", author="O. Pennington")
    body = """Henrik,

attached the list for the Harcastle expat household block – same four
people as last year, sums insured updated. Please confirm renewal terms.

Cheers,
Oliver

Oliver Pennington ACII
Whitcombe & Hale Insurance Brokers Ltd"""
    return M("Oliver Pennington <oliver.pennington@whitcombe-hale.example>", HA,
             "Harcastle household block – renewal list", "2026-05-20 17:02", body,
             atts=[A("Harcastle_household_2026.xlsx", x)])


@mail("CONFIDENTIAL", "en", "customer-to-insurer",
      "portal login problem: customer writes her policy number and date of birth in ISO format; no health line")
def c35_portal_login():
    body = """Hello,

I'm trying to register for your customer portal but it keeps saying
"data do not match". I'm entering:

policy number: HR 4418 2206 71
date of birth: 1985-03-07 (also tried 07.03.1985)
postcode: 81543

Name: Olga Petrenko-Mayr

What am I doing wrong? I just want to download my household policy.

Thanks,
Olga"""
    return M("Olga Petrenko-Mayr <olga.pm@bayernpost.example>",
             "Portal Support <portal-support@versicherer.example>",
             "cannot register in portal", "2026-01-12 18:41", body)


@mail("CONFIDENTIAL", "en", "customer-to-insurer",
      "Polish customer (non-native English) asks to add his partner to the liability policy; her full name and date of birth")
def c36_add_partner():
    body = """Good day,

I want to add my girlfriend to my private liability insurance, we live
together since 1 May in my flat (Bockenheimer Landstraße 101, 60325
Frankfurt). We are not married.

Her data:
Name: Zuzanna Malinowska
Birthday: 14 Nov 1990
Nationality: Polish, living in Germany since 2021

My policy: PH 2290 4417 63 (Paweł Grabowski).

Is it more expensive? How much is the Beitrag then? Please tell me what I
must sign.

Regards
Paweł Grabowski"""
    return M("Pawel Grabowski <pawel.grabowski@poczta-web.example>", INTL,
             "add partner to liability insurance", "2026-05-04 07:37", body)


@mail("CONFIDENTIAL", "en", "customer-to-insurer",
      "Dutch private yacht owner's renewal with hull value, berth and home address; natural person, non-personal line")
def c37_yacht_renewal():
    body = """Dear Mr Aalders,

The renewal notice for my yacht insurance (YA 0330 1177, "Zeearend", Hallberg-
Rassy 40, built 2009) arrived. A few changes for 2026:

1. Hull value: please increase to EUR 265,000 (new sails and electronics,
   invoices available).
2. Winter berth from October: Marina Wendtorf near Kiel instead of
   Heiligenhafen. Summer sailing area unchanged: Baltic incl. Gulf of Bothnia.
3. Additional skipper: my son Bram van der Hoeven (32, RYA Yachtmaster).

Home address unchanged: Oude Delft 180, 2611 HG Delft, Netherlands.

With kind regards,
Gerrit van der Hoeven"""
    return M("Gerrit van der Hoeven <g.vanderhoeven@zeilpost.example>", HA,
             "Renewal yacht policy YA 0330 1177 – changes", "2026-02-23 08:56", body)


@mail("CONFIDENTIAL", "en", "insurer-to-insurer",
      "recovery request to an Irish motor insurer for an accident in Germany with an Irish-plated car; our customer's name and costs, no injuries")
def c38_irish_recovery():
    body = """Dear Mr Brady,

Your insured vehicle: Irish registration 221-D-40817 (Toyota Corolla)
Your policyholder: Mr Fergal Kinsella
Our insured: Mrs Anja Leutheusser, vehicle EF-AL 612
Accident: 7 July 2026, Erfurt, Juri-Gagarin-Ring, rear-end collision
Our claim no.: KS-26-140377

Your policyholder drove into the rear of our insured's vehicle at a red
light. He admitted liability on site in writing (statement enclosed); the
police recorded the accident under no. 0811-26-04419. No one was injured.

We have indemnified our insured under her comprehensive cover and claim
recovery from you of:

  Repair costs (invoice Autohaus Steigerwald)   EUR 4,312.77
  Expert report                                 EUR   618.40
  Loss of use, 6 days                           EUR   258.00
  Total                                         EUR 5,189.17

Please confirm within 30 days. If you prefer, your German claims
representative may settle on your behalf.

""" + SIG_SK_EN
    return M(SK, "Declan Brady <dbrady@shamrock-motor-insurance.example>",
             "Recovery – 221-D-40817 / our claim KS-26-140377", "2026-08-24 11:20", body)


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "HTML-only household policy schedule for a new expat customer: table with name, date of birth, address, sum insured and masked IBAN")
def c39_html_policy_schedule():
    html = """<!DOCTYPE html>
<html><body style="font-family:Verdana,sans-serif;font-size:12px">
<h2 style="color:#1b4f72">Welcome to Versicherer – your household insurance</h2>
<p>Dear Mr Haugland,</p>
<p>thank you for choosing us. Below is a summary of your new policy. The full policy
documents are available in your customer portal.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th align="left">Policyholder</th><td>Eirik Haugland</td></tr>
<tr><th align="left">Date of birth</th><td>19 June 1988</td></tr>
<tr><th align="left">Insured address</th><td>Holzmarktstraße 66, 10179 Berlin</td></tr>
<tr><th align="left">Policy number</th><td>HR 9940 2231 05</td></tr>
<tr><th align="left">Start</th><td>1 December 2026</td></tr>
<tr><th align="left">Sum insured</th><td>EUR 55,000 (no underinsurance waiver)</td></tr>
<tr><th align="left">Options</th><td>Bicycle theft 24h (EUR 3,000), glass</td></tr>
<tr><th align="left">Annual premium</th><td>EUR 148.20</td></tr>
<tr><th align="left">Direct debit</th><td>DE** **** **** **** **71 40</td></tr>
</table>
<p>Kind regards,<br>Your International Service Desk</p>
</body></html>"""
    return M("Versicherer Service <noreply-service@versicherer.example>",
             "Eirik Haugland <eirik.haugland@nordmail.example>",
             "Your new household insurance – policy summary", "2026-11-24 07:15", None,
             html=html)

# ---------------------------------------------------------------------------
# CONFIDENTIAL, German
# ---------------------------------------------------------------------------
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "Kfz-Sachschaden mit polnischem Lkw, Regulierung über das Deutsche Büro Grüne Karte; Name, Kennzeichen, Schadennummer, niemand verletzt")
def e01_polnischer_lkw():
    body = """Sehr geehrter Herr Kowalczyk-Brandt,

Ihr Schaden KS-26-044819 vom 19.02.2026, A 2 bei Bad Eilsen

der Lkw, der beim Einscheren Ihren Außenspiegel und die Fahrertür
beschädigt hat, ist in Polen zugelassen (PO 7K221, Auflieger PO 3318X).
Zuständig für die Regulierung in Deutschland ist der vom Deutschen Büro
Grüne Karte benannte Schadenregulierer, die Fa. Ostkreuz Claims Services
GmbH in Hamburg. Wir haben Ihre Unterlagen (Fotos, Kostenvoranschlag über
2.874,31 EUR, Zeugenangaben) heute dorthin weitergeleitet; Aktenzeichen dort:
OCS-PL-26-0931.

Da niemand verletzt wurde und der Fahrer den Schaden eingeräumt hat, sehen
wir keine Schwierigkeiten. Sollte die Regulierung länger als acht Wochen
dauern, melden Sie sich gern, dann prüfen wir eine Vorleistung aus Ihrer
Vollkasko (ohne Rückstufung, wenn der Regress erfolgreich ist).

""" + SIG_SK_DE
    return M(SK, "Marcin Kowalczyk-Brandt <m.kowalczyk-brandt@weserpost.example>",
             "Ihr Schaden KS-26-044819 – polnischer Lkw", "2026-03-03 11:07", body)


@mail("CONFIDENTIAL", "de", "customer-to-insurer",
      "Einbruch in Kellerabteil, zwei Fahrräder gestohlen; Name, Adresse, Polizeiaktenzeichen, Hausratvertrag")
def e02_kellereinbruch():
    body = """Guten Tag,

in der Nacht vom 4. auf den 5. März wurde in unserem Mehrfamilienhaus in
die Kellerabteile eingebrochen. Aus unserem Abteil (Nr. 7) wurden zwei
Fahrräder gestohlen:

- Cube Kathmandu Hybrid, Rahmennr. WCU2231087745, Kaufpreis 2.499 € (2023)
- Kinderrad Puky 20 Zoll, ca. 320 €

Das Vorhängeschloss wurde aufgebrochen. Anzeige bei der Polizei Leipzig,
Tagebuchnummer 2026-031142.

Hausrat mit Fahrradklausel: HR 5509 1882 16
Anschrift: Familie Nguyen-Bauer, Zschochersche Str. 40, 04229 Leipzig

Welche Unterlagen brauchen Sie?

Viele Grüße
Thanh Nguyen-Bauer"""
    return M("Thanh Nguyen-Bauer <thanh.nb@leipzig-mail.example>",
             "Schaden Sach <schaden-sach@versicherer.example>",
             "Einbruch Keller – Fahrräder", "2026-03-05 12:30", body)


@mail("CONFIDENTIAL", "de", "customer-to-insurer",
      "Kundin teilt neue Bankverbindung (IBAN) für ihre Kfz- und Hausratverträge mit")
def e03_neue_iban():
    body = """Sehr geehrte Damen und Herren,

bitte buchen Sie die Beiträge für meine Verträge

  KF 18 330 7741 (Kfz)
  HR 1803 3077 42 (Hausrat)

ab sofort von meinem neuen Konto ab:

  Kontoinhaberin: Dorothea Lehmkuhl
  IBAN: """ + iban("DE", "28050100" + "0301447281", group=False) + """
  Sparkasse Oldenburg

Ein SEPA-Mandat unterschreibe ich gern, falls nötig.

Mit freundlichen Grüßen
Dorothea Lehmkuhl
Bloherfelder Str. 12, 26129 Oldenburg"""
    return M("Dorothea Lehmkuhl <d.lehmkuhl@oldenburg-post.example>",
             "Beitragsservice Sach <beitrag-sach@versicherer.example>",
             "Neue Bankverbindung", "2026-01-08 09:51", body)


@mail("CONFIDENTIAL", "de", "customer-to-insurer",
      "Rückkehrer aus der Schweiz will sein Auto mit Schweizer Kennzeichen ummelden; FIN, Kennzeichen, Name, Adresse, eVB-Anfrage")
def e04_ummeldung_schweiz():
    body = """Hallo,

nach sechs Jahren in Zürich ziehen wir zum 1. Mai zurück nach Konstanz.
Unser Auto ist noch in der Schweiz zugelassen (ZH 418 229, Audi A4 Avant,
FIN WAUZZZF45MA017762, EZ 03/2021) und soll in Deutschland zugelassen
werden.

Ich bräuchte eine eVB-Nummer und ein Angebot für Haftpflicht + Vollkasko.
Meine Schweizer Versicherung (Helvetia-Alpina) bestätigt 11 schadenfreie
Jahre – wird das angerechnet?

Halter: Benjamin Rüegg-Hoffmann, geb. 02.09.1983
neue Adresse: Seestraße 31, 78464 Konstanz

Danke und Grüße
B. Rüegg-Hoffmann"""
    return M("Benjamin Rüegg-Hoffmann <b.rueegg@bluewin-mail.example>",
             "Kfz-Vertrag <kfz-vertrag@versicherer.example>",
             "Ummeldung Auto aus der Schweiz – eVB", "2026-04-06 20:14", body)


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "Haftpflicht-Regulierung eines Wasserschadens in der Mietwohnung; Namen von Versicherter und Geschädigter, Beträge, Vertragsnummer")
def e05_wasserschaden_regulierung():
    body = """Sehr geehrte Frau Cerny,

Ihr Haftpflichtschaden PH-S-26-07731 – Wasserschaden in der Wohnung von
Herrn Lothar Kleinschmidt, Wallstraße 9, 55122 Mainz

der Sachverständige hat den Schaden an Decke und Wänden in der Wohnung
unter Ihnen begutachtet. Wir übernehmen

  Malerarbeiten (Angebot Fa. Heiser)             2.184,50 EUR
  Trocknung (Fa. Aquadry, 14 Tage)                 966,00 EUR
  Reinigung Teppichboden                           210,00 EUR

und zahlen direkt an Herrn Kleinschmidt bzw. die Firmen. Ihre
Selbstbeteiligung von 150 EUR bitten wir an uns zu überweisen; eine
Zahlungsaufforderung folgt separat.

Der Schaden an Ihrer eigenen Waschmaschine ist leider über die
Haftpflicht nicht versichert.

""" + SIG_MN_DE
    return M(MN, "Jana Cerny <jana.cerny@mainz-web.example>",
             "Ihr Schaden PH-S-26-07731", "2026-09-29 14:12", body)


@mail("CONFIDENTIAL", "de", "customer-to-insurer",
      "Verkehrsrechtsschutz: Streit mit einer Werkstatt in Österreich über eine Reparaturrechnung; Namen, Beträge, Vertrag")
def e06_rechtsschutz_werkstatt():
    body = """Sehr geehrte Damen und Herren,

ich bitte um Deckungszusage aus meiner Verkehrsrechtsschutzversicherung
RS 6620 1104 58.

Im Skiurlaub ist mein Auto (M-KB 4410) in Zell am See liegen geblieben. Die
Werkstatt Autohaus Pinzgauer GmbH hat ohne Rücksprache die komplette
Kupplung und das Zweimassenschwungrad getauscht und 3.980 EUR berechnet,
obwohl ich am Telefon nur einer Fehlerdiagnose zugestimmt hatte. Ich habe
unter Vorbehalt bezahlt, um weiterfahren zu können.

Ich möchte über einen Anwalt in Salzburg (Mag. Pichler) einen Teil der
Rechnung zurückfordern. Deckt die Versicherung auch Anwälte in Österreich?

Mit freundlichen Grüßen
Konstantin Bader
Lindwurmstr. 88, 80337 München"""
    return M("Konstantin Bader <k.bader@muc-mail.example>",
             "Rechtsschutz <rechtsschutz@versicherer.example>",
             "Deckungsanfrage RS 6620 1104 58 – Werkstatt Österreich", "2026-02-24 17:05", body)


@mail("CONFIDENTIAL", "de", "internal",
      "interne Prüfung einer Mietkautionsbürgschaft mit Nettoeinkommen, Arbeitgeber und Geburtsdatum des Antragstellers")
def e07_kaution_pruefung():
    body = """Hallo Frau Brenner,

Kautionsantrag K-26-01184 (Subramanian, Karthik, geb. 14.08.1991):

- Nettoeinkommen lt. Gehaltsabrechnungen Nov–Jan: 3.942 / 3.951 / 3.948 EUR
- Arbeitgeber Harcastle Robotics GmbH, unbefristet seit 01.10.2025,
  Probezeit bis 31.03.2026
- Bürgschaftssumme 4.050 EUR = 1,03 Nettomonatsgehälter
- Auskunftei: keine Negativmerkmale, aber erst 5 Monate Historie
- Aufenthaltstitel Blaue Karte EU bis 09/2029

Empfehlung: Annahme, Jahresprämie 4,5 % = 182,25 EUR. Wegen Probezeit
ggf. Mitverpflichtung durch Arbeitgeber anfragen? Ich halte das nicht für
nötig.

Bitte Freigabe (über 4.000 EUR = Vier-Augen).

Gruß
Philipp Scharnweber
Kautionsservice"""
    return M("Philipp Scharnweber <p.scharnweber@versicherer.example>",
             "Ulrike Brenner <u.brenner@versicherer.example>",
             "Freigabe K-26-01184", "2026-02-05 10:48", body)


@mail("CONFIDENTIAL", "de", "broker-to-insurer",
      "Maklerin schickt Bestandsübertragung; der Text ist harmlos, die ODS-Datei listet Kunden mit Anschrift, Geburtsdatum und Hausrat-/Wohngebäude-Vertragsnummern")
def e08_makler_ods():
    rows = [["Kunde", "Geburtsdatum", "Anschrift", "Sparte", "Vertragsnr."],
            ["Eilers, Hinrich", "11.02.1958", "Dorfstr. 4, 25899 Niebüll", "Wohngebäude", "WG 3302 1185 40"],
            ["Eilers, Hinrich", "11.02.1958", "Dorfstr. 4, 25899 Niebüll", "Hausrat", "HR 3302 1185 41"],
            ["Jessen, Maren", "30.06.1971", "Süderstr. 22, 25813 Husum", "Hausrat", "HR 3302 2290 07"],
            ["Petersen-Hald, Ove", "17.04.1980", "Am Deich 9, 25924 Emmelsbüll", "Wohngebäude", "WG 3302 4471 12"],
            ["Thomsen, Kirsten", "05.12.1966", "Osterstr. 61, 25821 Bredstedt", "Glas", "GL 3302 5518 03"]]
    ods = make_ods([("Bestand", rows)])
    body = """Moin Herr Aalders,

wie besprochen die Liste der Verträge, die vom Kollegen Carstensen (Ruhestand)
zu uns übergehen. Die Maklervollmachten liegen im Portal.

Schöne Grüße aus Nordfriesland
Ilka Brodersen
Brodersen Versicherungsmakler e.K., Niebüll"""
    return M("Ilka Brodersen <ilka@brodersen-makler.example>", HA,
             "Bestandsübertragung Carstensen", "2026-06-02 15:40", body,
             atts=[A("Bestand_Carstensen.ods", ods)])


@mail("CONFIDENTIAL", "de", "customer-to-insurer",
      "Tierhalterhaftpflicht: Hund hat das Fahrrad einer niederländischen Touristin umgerissen, nur Sachschaden; Namen, Vertrag")
def e09_hund_fahrrad():
    body = """Hallo,

kurze Schadenmeldung zur Hundehaftpflicht TH 2207 4410 (Hund "Bruno",
Berner Sennenhund):

Gestern am Zwischenahner Meer ist Bruno an der Leine plötzlich auf eine
Ente zugesprungen und hat dabei das abgestellte Rennrad einer Touristin
aus Groningen umgerissen. Schaltwerk und Lenkerband kaputt, Kostenvoranschlag
laut ihr ca. 380 EUR. Der Frau ist nichts passiert.

Name der Geschädigten: Marieke Dijkstra, Tel. +31 6 1188 4022.

Viele Grüße
Heiko Janssen-Wübbena
Bad Zwischenahn"""
    return M("Heiko Janssen-Wuebbena <heiko.jw@ammerland-mail.example>",
             "Haftpflicht-Schaden <haftpflicht@versicherer.example>",
             "Schaden Hund Bruno", "2026-07-06 08:15", body)


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "Kfz-Beitragsrechnung mit SF-Klasse, Kennzeichen, Fahrzeug und Abbuchung; Name, Vertrag")
def e10_kfz_beitragsrechnung():
    body = """Sehr geehrte Frau Alinejad,

Ihre Kfz-Versicherung KF 40 772 1093 – Beitragsrechnung 2026

Fahrzeug: Hyundai Kona Elektro, Kennzeichen F-SA 2209
Haftpflicht     SF 12 (35 %)     312,48 EUR
Vollkasko       SF 9 (38 %)      406,21 EUR, SB 300 EUR
Schutzbrief                       14,90 EUR
Jahresbeitrag 2026               733,59 EUR

Der Beitrag wird am 02.01.2026 von Ihrem Konto DE…5509 abgebucht.

Gegenüber dem Vorjahr hat sich Ihr Beitrag trotz besserer SF-Klasse um
3,1 % erhöht, weil die Typklasse Ihres Fahrzeugs in der Vollkasko
gestiegen ist. Sie haben deshalb ein Sonderkündigungsrecht bis zum
31.01.2026.

Mit freundlichen Grüßen
Kfz-Vertragsservice
Versicherer Allgemeine Versicherung AG"""
    return M("Kfz-Vertragsservice <kfz-vertrag@versicherer.example>",
             "Samira Alinejad <samira.alinejad@mainpost-web.example>",
             "Beitragsrechnung 2026 – KF 40 772 1093", "2026-01-02 06:30", body)


@mail("CONFIDENTIAL", "de", "customer-to-insurer",
      "Kündigung der Hausratversicherung wegen Wegzug nach Portugal; neue Anschrift, Vertragsnummer")
def e11_kuendigung_portugal():
    body = """Sehr geehrte Damen und Herren,

hiermit kündige ich meine Hausratversicherung HR 0915 3328 70 zum
30.09.2026, da ich meinen Wohnsitz nach Portugal verlege und die Wohnung
in Freiburg aufgebe (Umzug am 27.09.).

Neue Anschrift ab 01.10.2026:
Ulrike Haselbach
Rua da Boavista 212, 2º Esq.
4050-102 Porto, Portugal

Bitte bestätigen Sie mir die Kündigung per E-Mail. Die private
Haftpflicht (PH 0915 3328 71) soll weiterlaufen - geht das mit
ausländischem Wohnsitz?

Mit freundlichen Grüßen
Ulrike Haselbach"""
    return M("Ulrike Haselbach <u.haselbach@breisgau-mail.example>", INTL,
             "Kündigung Hausrat – Umzug nach Portugal", "2026-08-10 19:02", body,
             charset="iso-8859-1", cte="quoted-printable")


@mail("CONFIDENTIAL", "de", "insurer-to-insurer",
      "Regressanfrage an einen österreichischen Versicherer wegen Parkhausschaden in Kitzbühel; Namen, Kennzeichen, Beträge")
def e12_regress_oesterreich():
    body = """Sehr geehrte Damen und Herren,

Ihr Versicherungsnehmer: Herr Mag. Florian Unterberger, Kennzeichen KB-418 FU
Unser Versicherungsnehmer: Herr Gernot Vahlkamp, Kennzeichen GT-GV 77
Schadentag: 27.12.2025, Parkhaus Hahnenkamm, Kitzbühel
Unser Zeichen: KS-A-25-21933

Ihr Versicherungsnehmer hat beim Ausparken das Fahrzeug unseres
Versicherungsnehmers an der Beifahrerseite beschädigt und den Schaden
gegenüber dem Parkhauspersonal eingeräumt (Bestätigung anbei). Personen
wurden nicht verletzt.

Wir haben den Schaden aus der Vollkaskoversicherung reguliert und machen
den übergegangenen Anspruch (§ 86 VVG) geltend:

  Reparaturkosten lt. Rechnung    2.946,12 EUR
  Wertminderung                      250,00 EUR
  Summe                            3.196,12 EUR

Wir bitten um Zahlung bis 31.03.2026 auf unser Konto
""" + iban("DE", "37040044" + "0661100400") + """ unter Angabe unseres Zeichens.

""" + SIG_SK_DE
    return M(SK, "Schaden Kfz <kfz.schaden@alpenland-versicherung.example>",
             "Regress KS-A-25-21933 – Parkhaus Kitzbühel", "2026-02-16 13:29", body)


@mail("CONFIDENTIAL", "de", "insurer-to-claimant",
      "Antwort an einen Geschädigten: Bestätigung, dass der Unfallgegner bei uns versichert ist, mit Name, Kennzeichen und Schadennummer; kein Personenschaden")
def e13_antwort_geschaedigter():
    body = """Sehr geehrter Herr Oyelaran,

Ihr Schreiben vom 14.10.2026 – Unfall vom 11.10.2026 in Köln-Ehrenfeld

wir bestätigen, dass das Fahrzeug mit dem Kennzeichen K-WH 8813
(Halterin: Frau Waltraud Hempel) zum Unfallzeitpunkt bei uns
haftpflichtversichert war. Wir haben den Schaden unter der Nummer
KS-26-188204 angelegt.

Nach Angaben unserer Versicherungsnehmerin ist sie beim Rückwärtsausparken
gegen Ihr stehendes Fahrzeug gestoßen. Ihre Reparaturrechnung (Werkstatt
Autoservice Venloer Straße) über 1.688,20 EUR werden wir nach Eingang
prüfen und dann direkt an die Werkstatt zahlen.

Verletzt wurde nach beiderseitigen Angaben niemand.

""" + SIG_SK_DE
    return M(SK, "Adewale Oyelaran <a.oyelaran@ehrenfeld-post.example>",
             "Ihr Schaden vom 11.10.2026 – unser Zeichen KS-26-188204", "2026-10-16 10:20",
             body)


@mail("CONFIDENTIAL", "de", "customer-to-insurer",
      "Handy-Schaden unter der Elektronikversicherung mit IMEI, Name und Vertrag; kurz und mit Tippfehlern")
def e14_handy_display():
    body = """hallo, mein handy ist ins waschbecken gefallen und geht nciht mehr an.
Samsung Galaxy S24, IMEI 35 887112 604417 9, gekauft 03/2025. Elektronik-
versicherung ELK 4470 9912. kann ich es zum reparieren bringen oder gibts
direkt ein neues?
lg Melanie Sturzenegger"""
    return M("Melanie Sturzenegger <mel.sturz@mailbox.example>",
             "Schaden Sach <schaden-sach@versicherer.example>", "handy kaputt",
             "2026-05-30 22:08", body)


@mail("CONFIDENTIAL", "de", "customer-to-insurer",
      "Reisegepäck in Barcelona gestohlen: spanische Anzeige (denuncia), Gegenstände, Werte, Vertrag")
def e15_gepaeck_barcelona():
    body = """Guten Tag,

während unserer Städtereise wurde am 22.04. in der Metro (Linie 3, Station
Liceu) der Rucksack meines Mannes gestohlen. Wir haben Anzeige bei den
Mossos d'Esquadra erstattet (Denuncia Nr. BCN-2604-118320), Kopie anbei
als Foto.

Inhalt:
- Kamera Sony Alpha 6400 mit Objektiv (2022, 1.050 €)
- Sonnenbrille Ray-Ban (160 €)
- Powerbank, Ladekabel (60 €)
- Geldbörse mit ca. 120 € Bargeld (weiß, dass Bargeld evtl. nicht versichert ist)
- Personalausweis (Ersatz kostet 37 €)

Reisegepäckversicherung: RG 7730 1182 (Ehepaar Lorenz-Aydın).

Viele Grüße
Jasmin Lorenz-Aydın"""
    return M("Jasmin Lorenz-Aydin <jasmin.la@web-postfach.example>",
             "Reise-Leistung <reise@versicherer.example>",
             "Diebstahl Rucksack Barcelona – RG 7730 1182", "2026-04-26 17:49", body)


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "Wohngebäude-Sturmschaden: Regulierung nach Gutachten und Auszahlung auf IBAN des Kunden")
def e16_sturmschaden():
    body = """Sehr geehrter Herr Brinkhege,

Wohngebäudeversicherung WG 2201 6680 14 – Sturmschaden vom 16.02.2026

nach dem Bericht unseres Sachverständigen, Herrn Dipl.-Ing. Tewes, hat der
Sturm "Hertha" am 16.02. an Ihrem Haus Am Mühlenbach 12, 49143 Bissendorf,
rund 40 Dachziegel gelöst und die Dachrinne auf der Westseite abgerissen.

Wir erstatten:
  Dachdeckerarbeiten (Rechnung Fa. Heemann)   3.412,60 EUR
  Dachrinne, Fallrohr                           688,00 EUR
  Notabdeckung                                  245,00 EUR
  Summe                                       4.345,60 EUR

Der Betrag wird auf Ihr Konto """ + iban("DE", "26550105" + "0004417721") + """ überwiesen.

""" + SIG_MN_DE
    return M(MN, "Wilfried Brinkhege <w.brinkhege@osnabrueck-net.example>",
             "Ihr Sturmschaden – Abrechnung", "2026-03-18 15:01", body)


@mail("CONFIDENTIAL", "de", "customer-to-insurer",
      "Glasbruch am Wintergarten; Name, Adresse, Vertrag, Kostenangebot")
def e17_glasbruch_wintergarten():
    body = """Sehr geehrte Damen und Herren,

beim letzten Hagel (Pfingstmontag) ist eine Dachscheibe unseres Wintergartens
gesprungen (Isolierglas 120 x 80 cm). Die Glaserei Schöneich hat ein
Angebot über 864 EUR inkl. Montage gemacht.

Glasversicherung GL 3317 0426 55, Versicherungsort: Rosenweg 17, 79238
Ehrenkirchen. Fotos kann ich schicken.

Freundliche Grüße
Hildegard und Pascal Moreau-Zimmer"""
    return M("Pascal Moreau-Zimmer <pascal.mz@baden-mail.example>",
             "Schaden Sach <schaden-sach@versicherer.example>",
             "Glasbruch Wintergarten", "2026-05-27 11:40", body)


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "Übertragung der SF-Klasse vom Vater auf die Tochter mit deren Geburtsdatum, Führerscheindatum und Kennzeichen")
def e18_sf_uebertragung():
    body = """Sehr geehrter Herr Oberländer,

vielen Dank für die unterschriebene Übertragungserklärung.

Wir übertragen den Schadenfreiheitsrabatt Ihres Zweitwagens (bisher
KF 12 009 4471, SF 7) auf Ihre Tochter, Frau Lea Oberländer, geb.
28.04.2003, Führerschein seit 30.05.2021. Da Ihre Tochter den Führerschein
erst seit knapp fünf Jahren besitzt, kann sie höchstens SF 5 übernehmen;
die übrigen Jahre verfallen.

Neuer Vertrag: KF 12 118 0093, Versicherungsnehmerin Lea Oberländer,
VW up!, Kennzeichen WÜ-LO 303, Beginn 01.04.2026.

Die Beitragsrechnung erhält Ihre Tochter separat an ihre Anschrift in
Würzburg (Sanderring 4).

""" + SIG_SK_DE
    return M(SK, "Gerd Oberländer <gerd.oberlaender@franken-mail.example>",
             "SF-Übertragung auf Ihre Tochter", "2026-03-25 09:18", body,
             cc="Lea Oberländer <lea.oberlaender@studi-post.example>")


@mail("CONFIDENTIAL", "de", "internal",
      "Telefonnotiz zu einem Kfz-Unfall in Frankreich mit Constat amiable; Name, Kennzeichen, französischer Unfallgegner, kein Personenschaden")
def e19_telefonnotiz_frankreich():
    body = """Telefonnotiz 03.07.2026, 14:20 – bitte Schaden anlegen

Anruferin: Frau Sigrid Kallenbach, VN KF 05 441 8820, Tel. 0170 2281 447
Fzg: SB-SK 1960 (Peugeot 3008)

- Unfall heute 11:30 in Metz, Kreisverkehr Place de la République
- frz. Unfallgegner fuhr ihr beim Einfahren in die Seite (Kennz. GK-441-RT,
  Versicherer "Mutuelle Lorraine Auto"), Fahrer Herr Thibault Maréchal
- Constat amiable beidseitig ausgefüllt, Gegner hat Feld 17 angekreuzt
- niemand verletzt, Fahrzeug fahrbereit, Tür hinten rechts eingedrückt
- Kundin schickt Foto vom Constat per Mail

Hinweis an Kundin gegeben: Regulierung über frz. Versicherer bzw. dessen
Regulierungsbeauftragten in D (Besucherschutz).

Gruß
Tim Vogelpohl, Kfz-Schaden Telefonie"""
    return M("Tim Vogelpohl <t.vogelpohl@versicherer.example>",
             "Kfz-Schaden <kfz-schaden@versicherer.example>",
             "Tel.-Notiz Kallenbach – Unfall Metz", "2026-07-03 14:31", body)


@mail("CONFIDENTIAL", "de", "customer-to-insurer",
      "Einzelunternehmer (Malermeister) meldet Betriebshaftpflichtschaden beim Kunden; Steuernummer und Name der natürlichen Person")
def e20_maler_betriebshaftpflicht():
    body = """Sehr geehrte Damen und Herren,

ich bin selbstständiger Malermeister (Einzelunternehmen, Steuernummer
218/5127/0448) und habe bei Ihnen die Betriebshaftpflicht BH 1102 7745 30.

Bei Arbeiten im Treppenhaus Hohe Straße 14 in Bremen ist meinem Gesellen
gestern ein Farbeimer umgekippt; ein Läufer aus Sisal und die Eichenstufen
im 1. OG sind mit Dispersionsfarbe verschmutzt. Eigentümerin ist die
Hausverwaltung Hanse-Immo GmbH, Ansprechpartnerin Frau Voß.

Verletzt wurde niemand. Ein Parkettleger kommt am Montag und macht einen
Kostenvoranschlag.

Mit freundlichen Grüßen
Malermeister Rüdiger Stackmann
Am Wall 88, 28195 Bremen"""
    return M("Malerbetrieb Stackmann <info@maler-stackmann.example>",
             "Haftpflicht-Schaden <haftpflicht@versicherer.example>",
             "Schadenmeldung BH 1102 7745 30", "2026-10-23 07:55", body)


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "Bestätigung der Vertragsänderung Hausrat nach Umzug von London nach Köln; Name, neue Anschrift, Versicherungssumme, Vertragsnummer")
def e21_umzug_london_koeln():
    body = """Sehr geehrte Frau Achterberg-Lowe,

willkommen zurück in Deutschland! Wir haben Ihre Hausratversicherung
HR 4471 0098 21 an Ihre neue Wohnung angepasst:

  Versicherungsort: Brüsseler Straße 41, 50674 Köln (ab 15.06.2026)
  Wohnfläche: 96 m²
  Versicherungssumme: 62.400 EUR (650 EUR/m², Unterversicherungsverzicht)
  Neuer Jahresbeitrag: 171,60 EUR (Tarifzone 4)

Die Versicherung für Ihre Londoner Wohnung (Zusatzvereinbarung
"Hausrat im Ausland") endet zum 14.06.2026; den anteiligen Beitrag
verrechnen wir mit der nächsten Fälligkeit.

Mit freundlichen Grüßen
""" + SIG_PL.replace("Best regards,", "Freundliche Grüße")
    return M(PL, "Johanna Achterberg-Lowe <johanna.al@mailhaus.example>",
             "Ihre Hausratversicherung – neue Anschrift", "2026-06-11 12:44", body)

# ---------------------------------------------------------------------------
# NORMAL, English (part a)
# ---------------------------------------------------------------------------
@mail("NORMAL", "en", "newsletter",
      "trap: customer newsletter on travel health (vaccinations, malaria tablets, EHIC, hospital deposits) addressed to no one in particular")
def n01_newsletter_travel_health():
    text = """YOUR SUMMER TRAVEL HEALTH CHECKLIST
Versicherer Newsletter – June 2026

1. Vaccinations: check 6–8 weeks before you travel. Yellow fever is
   mandatory for some countries in Africa and South America; hepatitis A
   and typhoid are recommended for many destinations. Your doctor or a
   travel clinic can advise.

2. Malaria: if you travel to a risk area, ask about prophylaxis tablets
   and pack a mosquito repellent with at least 30 % DEET or icaridin.

3. Medication: carry regular medicines in your hand luggage, in the
   original packaging, with a doctor's note in English.

4. In Europe: your health insurance card works in public hospitals in the
   EU, but private clinics in tourist areas may ask for a deposit. Call
   our 24/7 assistance line before you pay large amounts – we can often
   issue a guarantee of payment directly.

5. Outside Europe: hospital costs in the US or Thailand can quickly reach
   five figures. Check that your travel health cover includes
   repatriation.

Safe travels!
Your Versicherer team

You receive this newsletter because you subscribed at versicherer.example.
Unsubscribe: https://versicherer.example/newsletter/unsubscribe"""
    html = """<html><body style="font-family:Arial,sans-serif;max-width:640px">
<h1 style="color:#0b5394">Your summer travel health checklist</h1>
<p><i>Versicherer Newsletter – June 2026</i></p>
<ol>
<li><b>Vaccinations:</b> check 6–8 weeks before you travel. Yellow fever is mandatory for some countries in Africa and South America; hepatitis A and typhoid are recommended for many destinations.</li>
<li><b>Malaria:</b> if you travel to a risk area, ask about prophylaxis tablets and pack a repellent with at least 30&nbsp;% DEET or icaridin.</li>
<li><b>Medication:</b> carry regular medicines in your hand luggage, in the original packaging, with a doctor's note in English.</li>
<li><b>In Europe:</b> your health insurance card works in public hospitals in the EU, but private clinics in tourist areas may ask for a deposit. Call our 24/7 assistance line before you pay large amounts.</li>
<li><b>Outside Europe:</b> hospital costs in the US or Thailand can quickly reach five figures. Check that your travel health cover includes repatriation.</li>
</ol>
<p>Safe travels!<br>Your Versicherer team</p>
<p style="font-size:10px;color:#888">You receive this newsletter because you subscribed at versicherer.example.
<a href="https://versicherer.example/newsletter/unsubscribe">Unsubscribe</a></p>
</body></html>"""
    return M("Versicherer Newsletter <newsletter@versicherer.example>",
             "newsletter-en@lists.versicherer.example",
             "Your summer travel health checklist", "2026-06-04 07:00", text, html=html,
             headers=[("List-Unsubscribe", "<https://versicherer.example/newsletter/unsubscribe>"),
                      ("Precedence", "bulk")])


@mail("NORMAL", "en", "insurer-to-prospect",
      "trap: product brochure PDF for an expat health plan (outpatient, dental, maternity, pre-existing conditions) sent to a prospect who gave no personal data")
def n02_expat_brochure():
    pdf = make_pdf("International Health Plan", [
        "# International Health Plan (IHP) - for expats living in Germany",
        "Comprehensive private health insurance that meets the German mandate for health cover.",
        "## What is covered",
        "Outpatient: GP and specialist visits, diagnostics, medication, physiotherapy (80-100 %).",
        "Inpatient: hospital stays, surgery, private or semi-private room depending on the tariff.",
        "Dental: check-ups 100 %, fillings 90 %, crowns, bridges and implants 60-80 %.",
        "Maternity: prenatal care, delivery, midwife; newborns can be added without health questions.",
        "Mental health: psychotherapy up to 50 sessions per year after approval.",
        "Worldwide: emergency treatment during trips up to 8 weeks, repatriation included.",
        "## Good to know",
        "Pre-existing conditions are assessed individually; a premium loading or exclusion may apply.",
        "Premiums depend on age at entry and tariff; example: age 30, IHP Comfort, approx. EUR 420/month.",
        "## Contact",
        "International Service Desk, +49 221 5503-4410, international@versicherer.example",
    ], author="Versicherer Krankenversicherung AG")
    body = """Hello,

thanks for your call this morning. As promised, attached is our brochure
for the International Health Plan. For a personal quote we would need your
date of birth and a few health questions – you can fill them in online at
versicherer.example/ihp or send them to us, whichever you prefer.

""" + SIG_KO_EN
    return M(KO, "j.morales.prospect@mailbox.example",
             "International Health Plan – brochure", "2026-01-15 11:20", body,
             atts=[A("IHP_brochure_2026_EN.pdf", pdf)])


@mail("NORMAL", "en", "internal",
      "trap: internal FAQ update for the service desk (original invoices, guarantee of payment, medical reports in foreign languages), no customer")
def n03_faq_update():
    body = """Hi all,

three new FAQ answers are live in the knowledge base (EN + DE). Please use
them instead of writing your own wording:

Q: Do I need to send original invoices?
A: No. A clear scan or photo of the invoice is sufficient. Please keep the
originals for 12 months in case we ask for them.

Q: What is a guarantee of payment (GOP)?
A: A written confirmation from us to a hospital abroad that we will pay the
costs of medically necessary treatment directly. It saves you from paying a
deposit. Call the assistance line as soon as possible after admission.

Q: My doctor's report is in Spanish/Thai/Turkish – do I need a translation?
A: Not usually. We have medical translators for the common languages. Only
for rare languages we may ask for an English summary from the hospital.

Feedback to me or to Paula.

""" + SIG_KO_EN
    return M(KO, "International Desk Team <intl-team@versicherer.example>",
             "KB: 3 new FAQ answers (invoices, GOP, translations)", "2026-02-02 09:05", body)


@mail("NORMAL", "en", "internal",
      "trap: travel-security advice for staff attending a conference in Bangkok (dengue, air quality, recommended hospitals), no individual's data")
def n04_travel_security_bangkok():
    body = """Dear colleagues travelling to the ASIA Health Insurance Forum in Bangkok
(10–12 November),

a few practical points from Corporate Security:

* Dengue fever cases in Bangkok are above the seasonal average this year.
  Use repellent also during the day, especially at dusk and dawn.
* Air quality (PM2.5) can be poor in November; if you have respiratory
  conditions, consider bringing FFP2 masks.
* Tap water is not drinkable. Ice in hotels and restaurants is generally
  safe.
* In a medical emergency call our own assistance line (+49 221 5503-9111)
  – yes, we are our own customers on business trips – or go directly to
  one of the international hospitals listed on the travel page of the
  intranet.
* Register your trip in the travel-tracking tool so we can reach you.

The Foreign Office advice for Thailand is unchanged (no travel warning).

Corporate Security | Business Travel
Versicherer Versicherungsgruppe"""
    return M("Corporate Security <security-travel@versicherer.example>",
             "Bangkok Forum travellers <bkk-forum-2026@versicherer.example>",
             "Travel advice – Bangkok, 10–12 Nov", "2026-10-27 13:00", body)


@mail("NORMAL", "en", "insurer-to-press",
      "trap: press release with health-claims and expat-segment figures; aggregated business data only")
def n05_press_release_q1():
    body = """PRESS RELEASE – for immediate publication

Versicherer Group: strong first quarter, rising health-care costs

Cologne, 7 May 2026 – The Versicherer Group increased gross written premiums
by 4.8 % to EUR 1.92 billion in the first quarter of 2026. In private health
insurance, benefits paid rose by 6.1 %, driven by higher hospital costs and
the growing use of new drugs such as GLP-1 agonists. The number of people
insured under the International Health Plan for expats grew by 11 % to
around 38,000.

"International professionals and students increasingly choose private
health cover when they move to Germany," said CEO Dr. Friederike Aumann.
"Our English-language service desk now handles more than 9,000 enquiries
a month."

In property and casualty, the combined ratio improved to 94.2 % (Q1 2025:
97.0 %) thanks to a mild winter with few storm claims.

Press contact:
""" + SIG_GW
    return M(GW, "Press list EN <press-en@lists.versicherer.example>",
             "Press release: Versicherer Group Q1 2026", "2026-05-07 07:30", body,
             headers=[("Precedence", "bulk")])


@mail("NORMAL", "en", "consultancy-to-insurer",
      "trap: market report PDF on the German expat health-insurance market (premium increases, loss ratios), no persons")
def n06_market_report():
    pdf = make_pdf("Expat Health Insurance in Germany 2026", [
        "# Expat Health Insurance in Germany - Market Brief 2026",
        "Lindqvist & Harrow Actuarial Consulting (fictitious)",
        "## Key findings",
        "- An estimated 410,000 foreign nationals hold private comprehensive health insurance in Germany.",
        "- Average premium increase for expat tariffs in 2026: 7.4 % (range 3-14 %).",
        "- Loss ratios for tariffs sold via international brokers are 6-9 points above domestic business.",
        "- Fastest-growing claim categories: mental health (+18 %), maternity (+9 %), oncology drugs (+12 %).",
        "- Students: 62 % of non-EU students are in statutory insurance, 38 % in private student tariffs.",
        "## Outlook",
        "We expect further consolidation among niche expat insurers and rising demand for English-language service.",
    ], author="Lindqvist & Harrow")
    body = """Dear Carsten,

as a subscriber to our market service, please find attached our brief on
the expat health market in Germany. The full data pack (Excel) is in the
client area.

Best regards,
Eleanor Harrow FIA
Partner, Lindqvist & Harrow Actuarial Consulting, London"""
    return M("Eleanor Harrow <e.harrow@lh-actuarial.example>", CV,
             "Market brief: Expat health insurance in Germany 2026", "2026-03-30 08:15",
             body, atts=[A("LH_Expat_Health_DE_2026.pdf", pdf)])


@mail("NORMAL", "en", "event-to-insurer",
      "trap: conference invitation with sessions on mental health, GLP-1 costs and medical tourism; ICS attached")
def n07_conference_invite():
    ics = make_ics("ihbs-2026-ams@ihbs-events.example", "20260923T090000",
                   "20260924T173000", "International Health Benefits Summit 2026",
                   "Beurs van Berlage, Amsterdam",
                   "Two days on global employee health: mental health claims, GLP-1 cost "
                   "trends, medical tourism, cross-border group schemes.",
                   "events@ihbs-events.example")
    body = """Dear insurance professional,

join 400 benefits leaders at the International Health Benefits Summit in
Amsterdam, 23–24 September 2026.

Highlights:
  • "The mental health claims wave – what insurers are seeing"
  • GLP-1 weight-loss drugs: who pays, and for how long?
  • Medical tourism and cross-border care in the EU
  • Panel: group income protection for remote workers

Early-bird rate EUR 1,190 until 30 June. Add the dates to your calendar
with the attached invite.

IHBS Events B.V. · Keizersgracht 310 · Amsterdam
Unsubscribe | Privacy"""
    return M("IHBS Summit <events@ihbs-events.example>", AD,
             "Invitation: International Health Benefits Summit, Amsterdam",
             "2026-04-21 10:00", body, atts=[A("IHBS2026.ics", ics, ctype="text/calendar")])


@mail("NORMAL", "en", "insurer-to-reinsurer",
      "trap: aggregated expat claims statistics by ICD chapter for the reinsurer (XLSX), small cells merged, no individuals")
def n08_icd_chapter_stats():
    rows = [["ICD-10 chapter", "Description", "Claims Q1", "Claims Q2", "Paid EUR Q1", "Paid EUR Q2"],
            ["II", "Neoplasms", 412, 438, 1912400, 2044100],
            ["V", "Mental and behavioural disorders", 1108, 1187, 1233800, 1310450],
            ["IX", "Circulatory system", 690, 702, 2105300, 1988720],
            ["XI", "Digestive system", 1502, 1466, 1410900, 1367210],
            ["XIII", "Musculoskeletal system", 2311, 2390, 1744020, 1806330],
            ["XV", "Pregnancy, childbirth", 388, 401, 1620440, 1702900],
            ["XIX", "Injury, poisoning", 1276, 1490, 1833110, 2214800],
            ["other", "All other chapters (merged, <50 claims each)", 3210, 3344, 2877600, 2912450]]
    x = make_xlsx([("By ICD chapter", rows)], title="IHP claims by ICD chapter H1 2026",
                  author="C. Vogelsang")
    body = """Dear Fiona,

as agreed in the treaty meeting, attached are the H1 2026 claims figures
for the International Health Plan portfolio by ICD-10 chapter. Chapters
with fewer than 50 claims are merged into "other" as usual.

""" + SIG_CV
    return M(CV, "Fiona Calloway <fiona.calloway@thamesbridge-re.example>",
             "IHP portfolio – H1 2026 claims by ICD chapter", "2026-07-28 14:10", body,
             atts=[A("IHP_H1-2026_ICD_chapters.xlsx", x)])


@mail("NORMAL", "en", "internal",
      "trap: guarantee-of-payment template DOCX with placeholders [PATIENT NAME], [DOB], [DIAGNOSIS]; no real case")
def n09_gop_template():
    doc = make_docx([
        "# GUARANTEE OF PAYMENT - TEMPLATE v3.2",
        "To: [HOSPITAL NAME], [ADDRESS], [COUNTRY]",
        "Our case reference: [CASE NO.]     Date: [DATE]",
        "Patient: [PATIENT NAME]     Date of birth: [DOB]",
        "Policy: [POLICY NO.]",
        "Diagnosis as reported by the hospital: [DIAGNOSIS] ([ICD-10])",
        "Procedure authorised: [PROCEDURE]",
        "We guarantee payment of medically necessary treatment costs up to [AMOUNT] [CURRENCY]. "
        "Non-medical items are not covered.",
        "Please send the itemised invoice and the discharge report to assistance@versicherer.example.",
        "[NAME], Case Manager",
    ], title="GOP template v3.2", author="Assistance")
    body = """Team,

updated GOP template attached (v3.2). Changes: new field for the ICD code,
standard sentence on companion costs removed (now a separate letter), new
24/7 number in the footer. Please delete v3.1 from your desktops.

""" + SIG_JB_EN
    return M(JB, "Assistance Team <assistance-team@versicherer.example>",
             "GOP template v3.2", "2026-01-19 16:40", body,
             atts=[A("GOP_template_v3.2.docx", doc)])


@mail("NORMAL", "en", "internal",
      "trap: IT ticket about OCR failing on Spanish hospital invoices; the sample is a synthetic test invoice with a fictitious patient")
def n10_ocr_ticket():
    sample = make_pdf("Factura de prueba", [
        "# FACTURA DE PRUEBA / TEST INVOICE - NOT A REAL DOCUMENT",
        "Clínica Ejemplo S.L., Calle Ficticia 1, 00000 Pruebas",
        "Paciente: PACIENTE FICTICIO, TEST   DOB 01/01/1900",
        "Diagnóstico: TEST-DIAGNOSIS-001",
        "| Concepto | Importe |",
        "| Consulta | 1.234,56 EUR |",
        "| Radiografía | 99,00 EUR |",
        "Total: 1.333,56 EUR",
    ], author="QA")
    body = """Ticket INC-2026-118834 – OCR misreads amounts on Spanish invoices

Component: inbound claims scanning (vendor module "DocReader" 7.4)
Reported by: International Service Desk

Amounts with a decimal comma AND a thousands dot (1.234,56) are read as
1.23456 on invoices from Spanish clinics. Accents in clinic names break the
provider matching (Clínica -> Cl?nica).

Attached a synthetic test invoice built by QA (no real patient data) that
reproduces both issues. Please do NOT attach production documents to this
ticket – use the secure evidence store if you need real cases.

Priority: P3 (workaround: manual correction)
Assigned to: Claims Platform team

""" + SIG_FW
    return M(FW, "Claims Platform <claims-platform@versicherer.example>",
             "INC-2026-118834 OCR: Spanish invoice amounts + accents", "2026-03-10 10:22",
             body, atts=[A("test_invoice_ES_synthetic.pdf", sample)])


@mail("NORMAL", "en", "supplier-to-insurer",
      "trap: translation agency offers medical translation (discharge letters, pathology reports) with rates; no patient data")
def n11_translation_offer():
    body = """Dear Mr Ohrt,

thank you for your enquiry. We are pleased to offer medical translations
for your claims department:

  Languages: ES, IT, PT, TR, PL, TH, AR <-> DE/EN
  Document types: discharge letters, operation reports, pathology and
  radiology reports, invoices, prescriptions
  Translators: native speakers with medical background, ISO 17100
  Rate: EUR 1.65 per standard line (55 characters), express +50 %
  Turnaround: 48 h for up to 3 pages
  Data protection: EU-hosted portal, DPA (Art. 28 GDPR) available

We would be happy to do a free test translation of an anonymised report.

Kind regards,
Beatriz Nunes-Hartl
Key Account Manager
Polyglot Medica GmbH · Hamburg"""
    return M("Beatriz Nunes-Hartl <b.nunes-hartl@polyglot-medica.example>", NO,
             "Offer: medical translations for claims", "2026-02-16 15:30", body)


@mail("NORMAL", "en", "supplier-to-insurer",
      "trap: order confirmation for first-aid kits, AED pads and burn dressings for the office; no persons")
def n12_first_aid_order():
    body = """Order confirmation SO-26-07418

Customer: Versicherer Versicherungsgruppe, Facility Management, Köln

  Item                                           Qty   Unit EUR   Total EUR
  First-aid kit DIN 13157, wall-mounted            24      38.90      933.60
  Refill set DIN 13157                             40      17.50      700.00
  AED electrode pads, adult (Philips HS1 type)     12      49.00      588.00
  AED pads, paediatric                              4      79.00      316.00
  Burn dressings gel 10x10 cm                      60       4.20      252.00
  Eye wash station, 500 ml                         10      12.80      128.00
                                                            Net    2,917.60
                                                        VAT 19 %     554.34
                                                           Total   3,471.94

Delivery: week 11, to loading bay Lindenthaler Ring 40.
Payment: 30 days net to our account at ABN AMRO, IBAN NL91 ABNA 0417 1643 00.

SafeWork Supplies B.V. · Eindhoven · KvK 40238871"""
    return M("SafeWork Supplies <orders@safework-supplies.example>", NO,
             "Order confirmation SO-26-07418", "2026-03-02 11:58", body)


@mail("NORMAL", "en", "bank-to-insurer",
      "trap: bank newsletter on SEPA Verification of Payee and IBAN-name checks; generic, no customer account")
def n13_bank_vop_newsletter():
    body = """Corporate Banking Update – Verification of Payee (VoP)

Dear client,

since 9 October 2025 all euro-area banks must check, before a SEPA credit
transfer is executed, whether the payee's name matches the IBAN. For bulk
payments (e.g. claims or refund runs) you can opt out per file, but we
recommend using the new pre-check API:

  • Match / close match / no match results within 2 seconds
  • Close-match suggestions ("Did you mean …?") for typos in names
  • Batch pre-check for up to 50,000 payees per file

Typical reasons for "no match" in insurance payment runs: maiden names,
double surnames, joint accounts, payments to foreign accounts in the name
of a relative. We will host a webinar on 18 February.

Your Corporate Banking team
Rheinische Handelsbank AG (fictitious)"""
    return M("Corporate Banking <corporate-news@rheinische-handelsbank.example>",
             "Treasury <treasury@versicherer.example>",
             "VoP: what changes for your payment runs", "2026-01-27 08:00", body)


@mail("NORMAL", "en", "internal",
      "trap: API test cases use published example IBANs (GB82 WEST…, DE89 3704…) and a fictitious test person; no real data")
def n14_api_test_cases():
    csvtext = make_csv([
        ["case", "name", "iban", "expected"],
        ["TC-01", "Jane Testperson (fictitious)", "GB82WEST12345698765432", "valid"],
        ["TC-02", "Jane Testperson (fictitious)", "DE89370400440532013000", "valid"],
        ["TC-03", "John Sample (fictitious)", "DE89370400440532013001", "checksum error"],
        ["TC-04", "John Sample (fictitious)", "NL91ABNA0417164300", "valid"],
        ["TC-05", "-", "", "missing"],
    ], ",")
    body = """Hi team,

for the refund-API regression suite I've added five IBAN test cases (CSV
attached). All IBANs are the published example numbers from the
ISO 13616 / bank documentation; names are fictitious. Please don't use
real customer accounts in the test environment – the DPO asked again.

Merge request !4412.

""" + SIG_FW
    return M(FW, "Refund API devs <refund-api-dev@versicherer.example>",
             "Test cases for IBAN validation (refund API)", "2026-05-13 17:26", body,
             atts=[A("iban_testcases.csv", csvtext, ctype="text/csv")])


@mail("NORMAL", "en", "internal",
      "trap: data-protection quiz for the service desk with fictitious examples ('Mr Example has diabetes'); no real person")
def n15_dp_quiz():
    body = """Dear International Desk,

as part of this year's data-protection training, please complete the short
quiz below by 31 March (answers to me, anonymous evaluation).

Which of the following are health data under Art. 9 GDPR?
  a) "Mr Example (fictitious) takes insulin twice a day"
  b) The premium of a dental tariff in the product brochure
  c) An invoice from a physiotherapist naming the patient
  d) The number of claims in the "maternity" category in 2025
  e) A customer's note "I can't come to the phone, I'm at my oncologist's"

Which channel may you use to send a medical report to a customer who has
not given consent to unencrypted mail?
  a) normal email   b) portal mailbox   c) WhatsApp   d) post

Solutions and explanations will follow in April's team meeting.

""" + SIG_IH
    return M(IH, "International Desk Team <intl-team@versicherer.example>",
             "Data protection quiz 2026 – International Desk", "2026-03-09 09:30", body)


@mail("NORMAL", "en", "internal",
      "trap: DPO guideline on handling foreign medical reports and diagnoses by e-mail; general rules, no case")
def n16_dp_guideline():
    body = """Guideline: handling medical documents from abroad (update 2026)

1. Medical reports, invoices with diagnoses, and anything about a
   customer's health are strictly confidential. Send them only via the
   portal mailbox or encrypted (S/MIME), unless the customer has given
   written consent to unencrypted mail.
2. Hospitals and assistance partners abroad: use the partner's secure
   channel or our portal; never forward a diagnosis to a general hospital
   address without checking it.
3. Translations: use only the contracted agency (DPA in place). No free
   online translation tools for medical text.
4. Do not paste diagnoses or ICD codes into subject lines.
5. Phone notes: record only what is necessary for the case.

Questions: datenschutz@versicherer.example

""" + SIG_IH
    return M(IH, "All claims staff <claims-all@versicherer.example>",
             "Guideline: medical documents from abroad (2026)", "2026-01-21 12:00", body)


@mail("NORMAL", "en", "auto-reply",
      "trap: out-of-office reply of the medical advisor pointing urgent medical cases to a colleague; no reason, no patient")
def n17_ooo_medical_advisor():
    body = """Thank you for your message. I am out of the office until 24 August 2026
and will not be reading emails.

For urgent medical questions on claims or assistance cases please contact
Dr. Henning Marx (h.marx@versicherer.example, +49 221 5503-4490). For
everything else your message will be dealt with after my return.

Vielen Dank für Ihre Nachricht. Ich bin bis 24.08.2026 nicht im Büro.
In dringenden medizinischen Fragen wenden Sie sich bitte an Dr. Henning Marx.

Dr. med. Mirela Vuković
Beratungsärztin / Medical Advisor"""
    return M(MV, "Rana Haddad <r.haddad@versicherer.example>",
             "Automatic reply: Bitte um Prüfung – Rechnung Lissabon", "2026-08-10 11:03",
             body, headers=[("Auto-Submitted", "auto-replied"),
                            ("X-Auto-Response-Suppress", "All")])


@mail("NORMAL", "en", "insurer-to-jobboard",
      "trap: job advertisement for a medical case manager with nursing background; no applicant data")
def n18_job_ad():
    body = """Job posting – please publish on your portal until 31 July

MEDICAL CASE MANAGER (m/f/d) – International Assistance
Versicherer Krankenversicherung AG, Cologne – full time, hybrid

Your tasks
• Coordinate hospital stays and repatriations of our customers worldwide
• Talk to treating doctors and hospitals abroad, issue guarantees of payment
• Review medical reports and invoices together with our medical advisors

Your profile
• Qualified nurse, paramedic or medical assistant with 3+ years' experience
• Fluent English and German; Spanish, Turkish or Arabic a plus
• Willing to work in a 24/7 rota (on-call from home)

We offer a permanent contract, 30 days' leave, company health plan,
Deutschlandticket.

Apply at karriere.versicherer.example, ref. MCM-2026-07.

Thea Kronberg
Talent Acquisition"""
    return M(TK, "Postings <postings@healthjobs-board.example>",
             "New posting: Medical Case Manager (MCM-2026-07)", "2026-06-30 10:45", body)


@mail("NORMAL", "en", "insurer-to-reinsurer",
      "trap: treaty renewal discussion with aggregate loss ratios and disability incidence; no insured named")
def n19_treaty_renewal():
    body = """Dear Fiona, dear James,

ahead of our renewal meeting on 14 October, a few headline numbers for the
Life/Disability quota share:

  - Disability incidence 2025: 2.9 per mille insured (2024: 3.1)
  - Top causes of new disability claims: mental disorders 34 %,
    musculoskeletal 22 %, cancer 15 %, neurological 9 %
  - Loss ratio ceded business 2025: 71 % (2024: 76 %)
  - Average claim age 49; average reserve per claim EUR 188k

We would like to discuss raising the retention from EUR 250k to EUR 300k
and a profit commission of 20 % above a 70 % loss ratio.

""" + SIG_CV
    return M(CV, "Fiona Calloway <fiona.calloway@thamesbridge-re.example>",
             "Renewal 2027 – Life/Disability QS – headline figures", "2026-09-29 16:05",
             body, cc="James Okoro <james.okoro@thamesbridge-re.example>")


@mail("NORMAL", "en", "internal",
      "trap: anonymised training case study (a policyholder in her forties, knee injury abroad) that identifies no one")
def n20_case_study():
    body = """Training case for Thursday's onboarding session (fictional, based on
typical cases – do not try to find it in the system):

A policyholder in her forties, insured under an expat tariff, injures her
knee skiing in Austria. She is treated in a local clinic, pays EUR 2,300
by card and flies home. Six weeks later she sends photos of the invoices
and an MRI report in German.

Questions for the group:
 1. Which parts are travel cover and which are the regular health tariff?
 2. What do you check on the invoice (GOÄ vs. Austrian private tariff)?
 3. When do you involve the medical advisor?
 4. How do you send her the settlement – and which channel may you use?

Solutions in the trainer notes on the team drive.

Paula"""
    return M(PL, "New starters Q3 <onboarding-q3@versicherer.example>",
             "Onboarding Thursday – case study", "2026-07-21 15:15", body)


@mail("NORMAL", "en", "internal",
      "trap: English–German glossary of medical and claims terms (XLSX) for the service desk")
def n21_glossary():
    rows = [["English", "German", "Note"],
            ["discharge letter", "Entlassungsbrief / Arztbrief", ""],
            ["guarantee of payment", "Kostenübernahmeerklärung", "GOP"],
            ["pre-existing condition", "Vorerkrankung", ""],
            ["outpatient / inpatient", "ambulant / stationär", ""],
            ["sick note (UK: fit note)", "Arbeitsunfähigkeitsbescheinigung", ""],
            ["co-payment / deductible", "Selbstbeteiligung", ""],
            ["prescription", "Rezept / Verordnung", ""],
            ["repatriation", "Rücktransport", ""],
            ["long-term care grade", "Pflegegrad", "1-5"],
            ["occupational disability", "Berufsunfähigkeit (BU)", ""]]
    x = make_xlsx([("Glossary", rows)], title="EN-DE glossary", author="K. Osterhoff")
    body = """Hi team – the updated glossary (v5) is attached. Please add new terms in the
"Note" column and send it back to me by Friday.
Katrin"""
    return M(KO, "International Desk Team <intl-team@versicherer.example>",
             "Glossary EN-DE v5", "2026-04-15 14:02", body,
             atts=[A("Glossary_EN-DE_v5.xlsx", x)])


@mail("NORMAL", "en", "partner-to-insurer",
      "trap: assistance partner's list of direct-billing hospitals abroad (CSV) — institutions only")
def n22_hospital_network():
    csvtext = make_csv([
        ["country", "city", "hospital", "direct billing", "24h intl desk"],
        ["ES", "Marbella", "Hospital Costa Serena", "yes", "+34 952 555 100"],
        ["ES", "Palma", "Clínica Son Llàtzer Nord", "yes", "+34 971 555 200"],
        ["TH", "Bangkok", "Bangkok Riverside International Hospital", "yes", "+66 2 118 4000"],
        ["TH", "Koh Samui", "Samui Bay Clinic", "no", "+66 77 555 300"],
        ["US", "Orlando", "St. Brendan's Medical Center", "via PPO", "+1 407 555 0100"],
        ["AE", "Dubai", "Al Noor Heart Hospital", "yes", "+971 4 555 0190"],
    ], ",")
    body = """Dear partners,

attached the updated list of hospitals in our network that accept direct
billing for your members (status 1 May 2026). Changes: two new hospitals in
Dubai and Palma; Samui Bay Clinic no longer accepts GOPs.

Meridian Medical Assistance – Network Management"""
    return M("Network Management <network@meridian-assist.example>", ASSIST,
             "Network update May 2026 – direct billing hospitals", "2026-05-04 16:20", body,
             atts=[A("network_direct_billing_2026-05.csv", csvtext, ctype="text/csv")])


@mail("NORMAL", "en", "partner-to-insurer",
      "trap: assistance partner's monthly SLA report (case counts, repatriations, response times) without any case details")
def n23_sla_report():
    body = """Monthly service report – September 2026
Meridian Medical Assistance for Versicherer Krankenversicherung AG

  New cases opened                         312
    of which inpatient                      87
    outpatient / advice only               225
  Guarantees of payment issued             101
  Repatriations                             14 (air ambulance 3, stretcher on
                                                 scheduled flight 6, seated w/ escort 5)
  Average call answer time                 18 s (SLA 30 s)
  GOP within 4 h of hospital request       96.0 % (SLA 95 %)
  Complaints                                 2 (both closed)

Top countries: Spain, Turkey, USA, Thailand, Italy.
Cost containment savings on US bills: 41 % of billed charges.

Dana Whitfield-Ruiz, on behalf of Account Management"""
    return M("Account Management <accounts@meridian-assist.example>", JB,
             "Service report September 2026", "2026-10-05 12:00", body)


@mail("NORMAL", "en", "insurer-to-customer",
      "portal notification that a secure message is waiting; deliberately no content, no line of business")
def n24_portal_notification():
    body = """Hello,

you have received a new secure message in your Versicherer mailbox.

To read it, log in at https://secure.versicherer.example with your e-mail
address and password. For security reasons the content is not included
in this notification.

This is an automatic notification – please do not reply to this e-mail.

Versicherer Secure Mail"""
    return M("Versicherer Secure Mail <securemail@versicherer.example>",
             "l.ferreira-holm@mailbox.example", "You have a new secure message",
             "2026-06-17 13:04", body)


@mail("NORMAL", "en", "insurer-to-broker",
      "one-time password for a new broker-portal user; a credential but no personal data of any customer")
def n25_broker_otp():
    body = """Dear user,

a broker portal account has been created for you by your firm administrator
(partner firm Whitcombe & Hale Insurance Brokers Ltd).

Your user name: o.pennington.whb
Your one-time password: Qv7#pL2m-Xe9T

The one-time password is valid for 72 hours. At first login you will be
asked to choose a new password and a security question.

Login: https://broker.versicherer.example

Versicherer Broker Portal"""
    return M("Broker Portal <no-reply-broker@versicherer.example>",
             "Oliver Pennington <oliver.pennington@whitcombe-hale.example>",
             "Your broker portal access", "2026-01-09 10:31", body)


@mail("NORMAL", "en", "internal",
      "trap: company doctor's flu-vaccination offer for staff in English; no individual's health")
def n26_flu_vaccination():
    body = """Dear colleagues,

the occupational health service offers free flu vaccinations again this
year:

  When:   20 October – 7 November, Mon–Thu 09:00–12:00
  Where:  Health room, building B, ground floor
  Vaccine: quadrivalent, 2026/27 season

Please bring your vaccination record if you have one. Book a slot in the
intranet calendar – walk-ins possible if slots are free. People with an
allergy to chicken egg protein should talk to the company doctor first.

Stay healthy!
Occupational Health Service | Betriebsärztlicher Dienst"""
    return M("Betriebsärztlicher Dienst <betriebsarzt@versicherer.example>",
             "All staff Cologne <staff-koeln@versicherer.example>",
             "Flu vaccination 2026 – book your slot", "2026-10-08 08:45", body)

# ---------------------------------------------------------------------------
# NORMAL, English (part b)
# ---------------------------------------------------------------------------
@mail("NORMAL", "en", "insurer-to-broker",
      "trap: blank medical-expenses claim form (PDF) sent to a broker firm's general mailbox; empty fields only")
def n27_blank_claim_form():
    form = make_pdf("Medical expenses claim form", [
        "# Medical Expenses Claim Form - International Health Plan",
        "Please complete in block capitals and attach copies of all invoices.",
        "1. Policy number: ______________________",
        "2. Insured person (name): ______________________   Date of birth: ___/___/______",
        "3. Treatment abroad?  [ ] yes  [ ] no     Country: ____________",
        "4. Diagnosis / reason for treatment (or attach doctor's report): ______________________",
        "5. Accident?  [ ] yes  [ ] no   If yes, date and circumstances: ______________________",
        "6. Bank account for reimbursement: IBAN ______________________  BIC ___________",
        "7. Other insurance (e.g. statutory, travel policy): ______________________",
        "Signature: ____________________   Date: ____________",
        "Data protection notice: see www.versicherer.example/privacy",
    ], author="Versicherer Krankenversicherung AG")
    body = """Dear colleagues,

as requested, attached is the current claim form for the International
Health Plan (blank, fillable on screen). Your clients can also submit
invoices directly in our app without a form.

""" + SIG_HA
    return M(HA, "Service <service@corrib-benefits.example>",
             "Claim form IHP (blank)", "2026-02-09 14:55", body,
             atts=[A("IHP_claim_form_blank.pdf", form)])


@mail("NORMAL", "en", "internal",
      "trap: colleague shares an article on dental-tourism prices (implants in Hungary vs Germany); no customer")
def n28_dental_tourism_article():
    body = """FYI – interesting piece, relevant for our dental tariffs:

"Dental tourism: implants in Budapest cost 40–60 % less than in Germany"
(Health Economics Weekly, 3 Aug 2026)

Key numbers from the article:
 - single implant incl. crown: Budapest EUR 1,200–1,600; Germany EUR 2,800–3,600
 - 30 % of patients need follow-up work at home within 2 years
 - complication rates similar when clinics are accredited

Maybe worth a paragraph in our next customer newsletter on what we pay for
treatment abroad (GOZ comparison, treatment plan in advance).

Rana"""
    return M(RH, "Leistung Zahn <leistung-zahn@versicherer.example>",
             "Article: dental tourism prices", "2026-08-05 12:18", body)


@mail("NORMAL", "en", "internal",
      "trap: monthly exchange-rate table for reimbursing foreign invoices (EUR/THB/USD/GBP/AED); no invoices, no persons")
def n29_exchange_rates():
    body = """Exchange rates for claims settlement – October 2026
(ECB reference rate of 30 September 2026, to be used for all invoices
dated in October unless the customer proves a different rate with a card
statement)

  1 EUR =   1.1684 USD
  1 EUR =   0.8612 GBP
  1 EUR =  38.9100 THB
  1 EUR =   4.2912 AED
  1 EUR =  37.4410 TRY
  1 EUR =   1.6905 CAD
  1 EUR =  11.4730 SEK

Card fees up to 2 % are reimbursed with the invoice amount.

Finance – Claims Payments"""
    return M("Claims Payments <claims-payments@versicherer.example>",
             "All claims staff <claims-all@versicherer.example>",
             "FX rates October 2026", "2026-10-01 07:45", body)


@mail("NORMAL", "en", "internal",
      "trap: HR statistics on sick-leave rates per department (aggregates over large teams), no employee named")
def n30_sickleave_stats():
    body = """Hi Katrin,

you asked for the absence figures for your area for the quality meeting.
These are department-level aggregates from the HR dashboard (minimum group
size 20, so no conclusions about individuals are possible):

                              headcount   sick-leave rate 2025   2024
  International Service Desk      46            5.8 %            6.4 %
  Claims Health (domestic)       212            6.9 %            7.1 %
  Assistance & Travel Health      38            4.9 %            5.2 %
  Company average               3,410            6.2 %            6.5 %

Please do not break this down further by team or shift.

Best,
Thea Kronberg
HR Business Partner"""
    return M(TK, KO, "Absence figures for your quality meeting", "2026-02-13 11:30", body)


@mail("NORMAL", "en", "internal",
      "S/MIME certificate renewal for the international service desk mailbox; IT only")
def n31_smime_renewal():
    body = """Hi Katrin,

the S/MIME certificate of international@versicherer.example expires on
28 February. I have requested the new one (RSA 3072, valid 2 years); it
will be rolled out via the gateway on 20 February at 18:00. Customers who
have our old certificate will still be able to send to us for 30 days.

Nothing to do for your team, except: if anyone complains that encrypted
mail cannot be opened after the 20th, please forward the ticket to me.

""" + SIG_FW
    return M(FW, KO, "S/MIME certificate renewal – international@", "2026-02-06 15:22", body)


@mail("NORMAL", "en", "broker-to-insurer",
      "UK broker's IT asks about TLS enforcement and the domain certificate for encrypted exchange; no customer data")
def n32_broker_tls_request():
    body = """Hello,

we are setting up encrypted e-mail with our main insurers. Could you tell us:

1. Do you enforce TLS 1.2+ for inbound mail from whitcombe-hale.example, or
   can we ask you to add us to your forced-TLS partner list?
2. Do you support gateway-to-gateway S/MIME with a domain certificate? If
   so, please send us your domain certificate (public key only) and the
   fingerprint through a second channel.
3. What is the maximum attachment size for your secure portal?

Our MX is mx1.whitcombe-hale.example (Microsoft 365 with a Mimecast relay).

Thanks,
Priyanka Desai
IT Infrastructure
Whitcombe & Hale Insurance Brokers Ltd"""
    return M("Priyanka Desai <it@whitcombe-hale.example>",
             "Mail Security <mailsecurity@versicherer.example>",
             "TLS / domain certificate for encrypted mail", "2026-03-17 11:04", body)


@mail("NORMAL", "en", "internal",
      "trap: marketing copy for an international-students health-insurance campaign (prices, coverage claims); no persons")
def n33_student_campaign():
    body = """Hi all,

draft copy for the autumn campaign "Study in Germany – stay healthy" is
below. Comments by Wednesday please; legal has already seen it.

HEADLINE: Health insurance for international students from EUR 139 a month*
SUB: Accepted by all German universities. English-speaking service. Cancel
     any time when you switch to statutory insurance.

• Doctor visits, hospital, medication – covered
• Psychotherapy covered from day one
• Dental check-ups and emergency dental care
• Your certificate for enrolment in 24 hours

*STUDENT-CARE EU, age 18–29, monthly premium incl. long-term care insurance.

Landing page: versicherer.example/students
Channels: Instagram, university newsletters, DAAD-style fairs in Delhi,
Lagos, Jakarta (virtual).

""" + SIG_SG
    return M(SG, "Campaign team <campaign-students@versicherer.example>",
             "Draft copy – Study in Germany campaign", "2026-07-06 09:37", body)


@mail("NORMAL", "en", "internal",
      "trap: NPS survey results with anonymised customer verbatims about slow physio reimbursement; no respondent identifiable")
def n34_nps_results():
    body = """NPS results Q2 2026 – International customers

Responses: 1,284 (response rate 14 %)
NPS: +31 (Q1: +27)

Top positive themes: fast reimbursement via app, friendly English service,
certificate for university issued quickly.
Top negative themes: waiting time on the phone on Mondays, letters only in
German, slow reimbursement of physiotherapy invoices.

Selected verbatims (anonymised, no customer IDs stored in the tool):
 - "The reimbursement of my physio took almost 5 weeks."
 - "Great that I can write in English and get an answer in English."
 - "Why do I get paper letters in German when I asked for English?"
 - "Hospital in Spain was paid directly, no stress at all."

Full dashboard: intranet > CX > International.

Customer Experience Analytics"""
    return M("CX Analytics <cx-analytics@versicherer.example>",
             "International Desk Team <intl-team@versicherer.example>",
             "NPS Q2 2026 – International", "2026-07-14 10:00", body)


@mail("NORMAL", "en", "university-to-insurer",
      "trap: university international office asks for a general info session on German health insurance for incoming students")
def n35_university_info_session():
    body = """Dear Sir or Madam,

every October we welcome about 600 new international students at the
University of Applied Sciences Rhein-Sieg (fictitious). Many of them are
confused about the German health insurance system (statutory vs private,
exemption, what is covered, what to do when they are ill).

Would someone from your International Service Desk be willing to give a
45-minute talk in English at our orientation week on 6 October 2026 (online
or on campus)? We ask all insurers to keep it neutral and non-commercial.

Kind regards,
Dr. Leonie Abendroth-Mensah
International Office – Welcome Centre"""
    return M("Welcome Centre <welcome@hs-rheinsieg.example>", INTL,
             "Orientation week – talk on health insurance?", "2026-06-18 13:50", body)


@mail("NORMAL", "en", "insurer-to-press",
      "trap: spokesperson answers a journalist's questions on expat premiums and mental-health claims in general terms; no customer")
def n36_press_answer():
    body = """Dear Mr Calder,

thank you for your questions for your article on health insurance for
foreign professionals in Germany. Our answers (may be quoted as "a
spokesperson for the Versicherer Group"):

1. Premiums in our expat tariffs rose by 5.9 % on average in 2026; in
   individual tariffs increases are higher because claims for outpatient
   psychotherapy and maternity have grown faster than expected.
2. We do not reject applicants because of nationality. Pre-existing
   conditions are assessed individually, as for every applicant.
3. About two thirds of our expat customers choose an English-language
   policy and correspondence.

We cannot comment on individual cases.

Best regards,
""" + SIG_GW
    return M(GW, "Alasdair Calder <a.calder@financial-courier.example>",
             "RE: Questions – expat health insurance", "2026-09-10 17:12", body)


@mail("NORMAL", "en", "internal",
      "trap: memo on ICD-10-CM FY2026 code changes relevant to US hospital bills; coding rules only")
def n37_icd10cm_memo():
    body = """Memo – ICD-10-CM FY 2026 update (effective 1 October 2025)

Relevant for checking US hospital bills:

- New codes for social determinants (Z59.x subcodes) – no effect on
  reimbursement under our tariffs.
- Expanded codes for hypertensive crisis (I16.x) and for
  appendicitis with/without perforation (K35.2x–K35.8x): check that the
  billed DRG matches the code.
- Dengue (A97.x) codes now distinguish warning signs and severe dengue.
- Remember: ICD-10-CM (US) differs from ICD-10-GM (Germany); our system
  maps CM codes on import, but unmapped codes go to the manual queue.

Training slides in the assistance folder.

""" + SIG_MV
    return M(MV, "Assistance Team <assistance-team@versicherer.example>",
             "Memo: ICD-10-CM FY2026 changes for US bills", "2026-01-13 13:35", body)


@mail("NORMAL", "en", "internal",
      "trap: fraud-awareness bulletin describing typical fake foreign hospital invoices; no suspect or customer named")
def n38_fraud_bulletin():
    body = """FRAUD AWARENESS BULLETIN 2/2026 – Foreign medical invoices

Patterns seen in the market over the last six months:

• Invoices from "clinics" in tourist resorts with round amounts and no
  itemisation, often for gastroenteritis or "fever", 2–4 days' stay.
• The same invoice layout reused with different patient names; fonts
  changing within a document.
• Bank details for payment to a private individual's account.
• Hospital letterheads with mobile phone numbers only.

What to do: do not pay directly; ask the assistance partner to verify the
provider; forward suspicious cases to the Special Investigations Unit
(siu@versicherer.example). Never accuse the customer in writing.

Special Investigations Unit"""
    return M("Special Investigations Unit <siu@versicherer.example>",
             "All claims staff <claims-all@versicherer.example>",
             "Fraud bulletin 2/2026 – foreign invoices", "2026-05-25 09:10", body)


@mail("NORMAL", "en", "supplier-to-insurer",
      "trap: claims-software vendor's demo invitation with a fictitious sample claim ('John Q. Sample', fake diagnosis code)")
def n39_vendor_demo():
    body = """Hi Florian,

great to meet you at the conference. As promised, here's what we'd show in
a 60-minute demo of ClaimPilot Health:

  1. Intake: an invoice from a US hospital is uploaded, OCR'd and mapped
     (our demo case: "John Q. Sample", DOB 01/01/1970, fictitious, with a
     dummy diagnosis code XXX.0)
  2. Automatic CPT/ICD plausibility check against your tariff rules
  3. Fraud score and routing to the medical advisor queue
  4. Settlement letter in EN/DE

We'd use only synthetic data in the demo. Would 12 or 19 March work for you?

Cheers,
Brandon Ilesanmi
Solutions Engineer, ClaimPilot Software Ltd, Manchester"""
    return M("Brandon Ilesanmi <brandon.i@claimpilot.example>", FW,
             "ClaimPilot demo – proposed agenda", "2026-02-27 16:48", body)


@mail("NORMAL", "en", "insurer-to-supplier",
      "trap: translation job for policy wording on pre-existing conditions and waiting periods (DOCX); general terms only")
def n40_policy_wording_translation():
    doc = make_docx([
        "# IHP General Terms 2027 - sections for translation (DE > EN)",
        "§ 3 Wartezeiten: Die allgemeine Wartezeit beträgt drei Monate. Sie entfällt bei Unfällen.",
        "§ 3 Abs. 3: Für Entbindung, Psychotherapie, Zahnersatz und Kieferorthopädie beträgt die besondere Wartezeit acht Monate.",
        "§ 5 Vorerkrankungen: Erkrankungen, die vor Versicherungsbeginn bekannt waren und bei Antragstellung angegeben wurden, "
        "sind mitversichert, soweit kein Leistungsausschluss vereinbart wurde.",
        "§ 6 Auslandsaufenthalt: Bei vorübergehendem Aufenthalt im Ausland besteht Versicherungsschutz für bis zu acht Wochen.",
    ], title="IHP AVB 2027 extract", author="Product Management Health")
    body = """Dear Ms Nunes-Hartl,

please translate the attached extract of our 2027 policy wording into
British English (approx. 1,100 words). Terminology: please use our
glossary from last year (e.g. "waiting period", "pre-existing condition",
"benefit exclusion"). Delivery by 30 September.

PO number will follow from procurement.

""" + SIG_KO_EN
    return M(KO, "Beatriz Nunes-Hartl <b.nunes-hartl@polyglot-medica.example>",
             "Translation job: IHP General Terms 2027 (extract)", "2026-09-14 10:48", body,
             cc=NO, atts=[A("IHP_AVB_2027_extract_DE.docx", doc)])


@mail("NORMAL", "en", "insurer-to-broker",
      "trap: generic answer to a broker on green-card countries and cross-border motor rules; no client named")
def n41_green_card_faq():
    body = """Hi Siobhán,

general answer to your question from the broker call, so you can pass it on
to all your clients driving German-registered cars:

• Within the EU/EEA, Switzerland, Serbia, Andorra and Bosnia-Herzegovina
  (and a few others) no green card is required – the registration plate
  counts as proof of insurance.
• For Albania, Moldova, Montenegro, North Macedonia, Türkiye, Morocco,
  Tunisia, Ukraine, Azerbaijan and Iran the green card is still needed.
• Clients can download the green card in our customer portal or ask the
  service desk by e-mail; the card is valid as a printout.
• UK: no green card needed since 2021, but clients should carry their
  policy documents.

Kind regards,
""" + SIG_HA.replace("Best regards\n", "")
    return M(HA, "Siobhán Ní Bhriain <siobhan@corrib-benefits.example>",
             "Green card – which countries?", "2026-05-15 09:42", body)


@mail("NORMAL", "en", "newsletter",
      "trap: broker newsletter launching a group income-protection product with a rate table by age band; no insured persons")
def n42_broker_newsletter_gip():
    text = """BROKER NEWS – International | October 2026

NEW: Group Income Protection "GIP Flex" for SMEs with 5–250 employees

• Monthly benefit up to 70 % of salary, deferred period 13 or 26 weeks
• No medical underwriting for schemes with 10+ employees (free cover limit
  EUR 4,000/month)
• Rehabilitation support and mental-health helpline included
• English policy documents, claims handling in English

Indicative rates per EUR 1,000 monthly benefit (deferred period 13 weeks):
  age 20–29   EUR 2.10
  age 30–39   EUR 3.40
  age 40–49   EUR 5.90
  age 50–59   EUR 9.80
  age 60–66   EUR 14.20

Webinar for brokers: 3 November, 11:00 CET. Register via the broker portal.

International Broker Relations – Henrik Aalders and team"""
    html = "<html><body><pre style=\"font-family:Consolas,monospace\">" + \
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + \
        "</pre></body></html>"
    return M("Broker News <broker-news@versicherer.example>",
             "broker-news-intl@lists.versicherer.example",
             "Broker News: GIP Flex – new group income protection", "2026-10-15 08:00",
             text, html=html, headers=[("Precedence", "bulk")])


@mail("NORMAL", "en", "newsletter",
      "trap: webinar invitation for corporate HR managers on mental health in the workplace; HTML-only, no individual")
def n43_webinar_mental_health():
    html = """<html><body style="font-family:Georgia,serif">
<h2>Webinar: Mental health at work – what employers can do</h2>
<p>Dear HR professional,</p>
<p>burnout, anxiety and depression are now the most common reasons for long-term absence in
German companies. In this 60-minute webinar our occupational psychologist and a group
income protection underwriter explain:</p>
<ul>
<li>early warning signs and how managers can react</li>
<li>the return-to-work process after long absence</li>
<li>what employee assistance programmes and group cover can add</li>
</ul>
<p><b>Date:</b> 19 November 2026, 10:00–11:00 CET, in English<br>
<b>Registration:</b> <a href="https://versicherer.example/webinars/mental-health">versicherer.example/webinars</a></p>
<p>Versicherer Group Business</p>
<p style="font-size:10px">You are receiving this because your company has a group contract with us.
<a href="https://versicherer.example/unsubscribe">Unsubscribe</a></p>
</body></html>"""
    return M("Versicherer Group Business <group-business@versicherer.example>",
             "hr-contacts@lists.versicherer.example",
             "Webinar invitation: Mental health at work", "2026-10-28 09:00", None,
             html=html, headers=[("Precedence", "bulk")])


@mail("NORMAL", "en", "internal",
      "lunch & learn invitation on UK motor claims with ICS; organisational only")
def n44_lunch_learn():
    ics = make_ics("ll-ukmotor-20260611@versicherer.example", "20260611T123000",
                   "20260611T133000", "Lunch & Learn: UK motor claims after Brexit",
                   "Room Rhein 2.14 + Teams",
                   "Svenja Kolbe explains claims with UK vehicles and UK claimants. Sandwiches provided.",
                   "s.kolbe@versicherer.example",
                   ["intl-team@versicherer.example", "kfz-schaden@versicherer.example"])
    body = """Hi everyone,

next Lunch & Learn: "UK motor claims after Brexit" – who pays, which
bureau, and what to do with solicitors' letters. 11 June, 12:30, Rhein
2.14 or Teams. Sandwiches on us. Invite attached.

Svenja"""
    return M(SK, "International Desk Team <intl-team@versicherer.example>",
             "Lunch & Learn 11 June – UK motor claims", "2026-06-01 10:15", body,
             cc="Kfz-Schaden <kfz-schaden@versicherer.example>",
             atts=[A("LunchLearn_UKmotor.ics", ics, ctype="text/calendar")])


@mail("NORMAL", "en", "insurer-to-reinsurer",
      "meeting scheduling with the reinsurer (ICS), agenda items only")
def n45_reinsurer_meeting():
    ics = make_ics("tre-renewal-20261014@versicherer.example", "20261014T100000",
                   "20261014T153000", "Renewal meeting Life/Disability QS 2027",
                   "Versicherer, Lindenthaler Ring 40, Köln - Room Dom 5.01",
                   "Agenda: 1. Portfolio development 2. Claims experience 3. Retention 4. Profit commission 5. AOB",
                   "c.vogelsang@versicherer.example",
                   ["fiona.calloway@thamesbridge-re.example", "james.okoro@thamesbridge-re.example"])
    body = """Dear Fiona, dear James,

please find the invitation for our renewal meeting on 14 October in
Cologne. Lunch will be provided; I have booked the hotel rooms at the
Mercure Severinshof as discussed.

""" + SIG_CV
    return M(CV, "Fiona Calloway <fiona.calloway@thamesbridge-re.example>",
             "Invitation: Renewal meeting 14 October", "2026-09-02 11:11", body,
             cc="James Okoro <james.okoro@thamesbridge-re.example>",
             atts=[A("renewal_meeting.ics", ics, ctype="text/calendar")])


@mail("NORMAL", "en", "insurer-to-broker",
      "trap: notice of the insurer's own new corporate bank account (valid IBAN of a company), sent to all brokers")
def n46_own_bank_details():
    body = """Dear partners,

please note that from 1 July 2026 premiums for policies you collect on our
behalf (broker collection) must be paid to our new account:

  Account holder: Versicherer Allgemeine Versicherung AG
  Bank:           Rheinische Handelsbank AG, Köln
  IBAN:           """ + iban("DE", "37050198" + "1930077700") + """
  BIC:            RHHBDEKKXXX

The old account will remain open until 31 December 2026; payments
received there will be forwarded automatically.

""" + SIG_HA
    return M(HA, "broker-partners-intl@lists.versicherer.example",
             "New bank account for broker collection from 1 July", "2026-06-12 09:00", body,
             headers=[("Precedence", "bulk")])


@mail("NORMAL", "en", "broker-to-insurer",
      "trap: UK broker limited company sends its corporate bank details for commission; company account, no natural person's data")
def n47_broker_company_bank():
    body = """Dear Henrik,

please update our details for commission payments with effect from the
next statement:

  Account name: Whitcombe & Hale Insurance Brokers Ltd (office account –
                please do not pay commission into our client money account)
  Bank:         Thames Mercantile Bank plc, London
  Sort code:    40-11-62
  Account:      71203348
  IBAN:         """ + iban("GB", "TMBK40116271203348") + """

A signed letter on company letterhead follows by post.

Kind regards,
Accounts Department
Whitcombe & Hale Insurance Brokers Ltd
Registered in England and Wales No. 04417820"""
    return M("Accounts <accounts@whitcombe-hale.example>", HA,
             "Change of bank details – commission payments", "2026-08-19 15:36", body)


@mail("NORMAL", "en", "internal",
      "trap: checklist for the service desk on what to do when a policyholder dies abroad; generic process, no case")
def n48_death_abroad_checklist():
    body = """Checklist – policyholder dies abroad (version 2026)

1. Express condolences; ask who the caller is and whether they are the
   beneficiary / next of kin.
2. Travel health: if the person had travel cover, the repatriation of
   mortal remains is covered (up to EUR 15,000). Hand over to Assistance
   immediately.
3. Life policies: note policy number; tell the caller we need the death
   certificate (international format or with translation), proof of
   identity of the beneficiary, and the policy document if available.
4. Health policy: ends on the day of death; premiums paid in advance are
   refunded to the estate.
5. Never discuss the cause of death over the phone with anyone who is not
   the beneficiary or the executor.

Questions → Leben Service / Assistance.

""" + SIG_KO_EN
    return M(KO, "International Desk Team <intl-team@versicherer.example>",
             "Checklist: death of a policyholder abroad", "2026-03-19 12:40", body)


@mail("NORMAL", "en", "hospital-to-insurer",
      "trap: hospital marketing from its international-patient department (services, languages, direct billing); no patient")
def n49_hospital_marketing():
    body = """Dear partners,

Hospital Costa Serena in Marbella is pleased to present its expanded
International Patient Department:

• 24/7 multilingual coordinators (EN, DE, NL, FR, SV, RU, AR)
• Direct billing with more than 60 international insurers and
  assistance companies
• Emergency department, ICU, cardiology, trauma and orthopaedics, maternity
• Average response time to GOP requests: under 60 minutes
• New: hyperbaric chamber for diving accidents

We would welcome a visit from your assistance team. Our brochure and
the 2026 price list are available on request.

Warm regards,
Sofía Benjumea
Director, International Patient Department
Hospital Costa Serena, Marbella"""
    return M("Sofía Benjumea <s.benjumea@costaserena-hospital.example>", ASSIST,
             "Hospital Costa Serena – International Patient Department", "2026-04-08 12:00",
             body)


@mail("NORMAL", "en", "supplier-to-insurer",
      "trap: air-ambulance price list 2026 (per flight hour, medical crew, incubator); no patient")
def n50_air_ambulance_prices():
    xl = make_xlsx([("Prices 2026", [
        ["Service", "Unit", "EUR"],
        ["Learjet 45 air ambulance, intensive-care configured", "per flight hour", 5900],
        ["Medical crew (doctor + paramedic)", "per mission", 2400],
        ["Incubator for neonatal transport", "per mission", 1800],
        ["Stretcher on scheduled flight incl. nurse escort", "Europe, flat", 7400],
        ["Ground ambulance transfer", "per transfer", 450],
        ["Waiting time", "per hour", 310]])], title="Price list 2026", author="AeroLevante")
    body = """Dear Mr Brettschneider,

attached our price list for 2026. Prices are unchanged except for the
medical crew (+4 %). Framework agreement terms apply.

Marta Vidal
Operations, AeroLevante Medevac S.L., Alicante"""
    return M("Marta Vidal <ops@aerolevante-medevac.example>", JB,
             "Price list 2026", "2026-01-07 10:30", body,
             atts=[A("AeroLevante_prices_2026.xlsx", xl)])


@mail("NORMAL", "en", "insurer-to-broker",
      "announcement of a broker-portal maintenance window; no data")
def n51_portal_maintenance():
    body = """Dear broker partners,

our broker portal and the BiPRO interface will be unavailable on

  Saturday, 21 March 2026, 20:00 – Sunday, 22 March 2026, 06:00 CET

due to a scheduled upgrade. Documents sent to your electronic broker post
during this time will be delivered after the maintenance.

Thank you for your understanding.
Versicherer Broker Portal Team"""
    return M("Broker Portal <no-reply-broker@versicherer.example>",
             "broker-partners-intl@lists.versicherer.example",
             "Planned maintenance: 21–22 March", "2026-03-13 16:00", body,
             headers=[("Precedence", "bulk")])


@mail("NORMAL", "en", "broker-to-insurer",
      "broker's general question whether non-residents can buy household cover; no client named")
def n52_broker_general_question():
    body = """Hi Henrik,

quick general question: we have several clients (US and UK nationals) who
own or rent a second home in Germany but are not resident there. Can they
take out your household and personal liability cover with a foreign
correspondence address, or do you need a German Meldeadresse? And can the
premium be paid from a non-SEPA account?

No specific case yet – just want to know before we start marketing it.

Thanks,
Dana Kowalczyk
Bayard Global Benefits LLC, Chicago"""
    return M("Dana Kowalczyk <dkowalczyk@bayard-benefits.example>", HA,
             "Non-resident clients – household cover?", "2026-11-03 15:02", body)

# ---------------------------------------------------------------------------
# NORMAL, German
# ---------------------------------------------------------------------------
@mail("NORMAL", "de", "internal",
      "trap: neue englische Textbausteine für Leistungsabrechnungen (DOCX) mit Platzhaltern für Name, Diagnose und Betrag")
def o01_textbausteine_en():
    doc = make_docx([
        "# Textbausteine Englisch - Leistungsabrechnung (Stand 03/2026)",
        "TB-EN-01 Erstattung vollständig:",
        "Dear «Anrede» «Nachname», we have reimbursed the invoice from «Leistungserbringer» dated «Datum» in full (EUR «Betrag»).",
        "TB-EN-02 Teilerstattung Höchstsatz:",
        "The invoice exceeds the maximum rate of the German fee schedule (GOÄ). We have reimbursed EUR «Betrag» of EUR «Rechnungsbetrag».",
        "TB-EN-03 Rückfrage Diagnose:",
        "The invoice does not state a diagnosis. Please ask «Leistungserbringer» to add the diagnosis (e.g. «Diagnose» or ICD code).",
        "TB-EN-04 Vorerkrankung:",
        "According to your application, treatment of «Erkrankung» is excluded from cover. We are therefore unable to reimburse this invoice.",
    ], title="Textbausteine EN", author="Leistung Kranken")
    body = """Liebe Kolleginnen und Kollegen,

ab sofort stehen im Korrespondenzsystem vier neue englische Textbausteine
für Abrechnungsschreiben zur Verfügung (Übersicht als Word-Datei anbei).
Die Platzhalter «…» werden automatisch befüllt – bitte nicht von Hand
überschreiben. Die Übersetzung hat Polyglot Medica geprüft.

""" + SIG_RH
    return M(RH, "Leistung Kranken Team <leistung-kranken-team@versicherer.example>",
             "Neue englische Textbausteine Abrechnung", "2026-03-16 08:40", body,
             atts=[A("Textbausteine_EN_2026-03.docx", doc)])


@mail("NORMAL", "de", "newsletter",
      "trap: Kunden-Newsletter zur Auslandsreisekrankenversicherung (Rücktransport, Vorerkrankungen, Reiseapotheke), HTML-only")
def o02_newsletter_reisekranken():
    html = """<html><body style="font-family:Arial,sans-serif;max-width:620px">
<h1 style="color:#7a1f1f">Gut versichert in den Urlaub</h1>
<p>Liebe Leserinnen und Leser,</p>
<p>die gesetzliche Krankenkasse zahlt im Ausland oft nur einen Teil – und einen Rücktransport nie.
Darauf sollten Sie achten:</p>
<ul>
<li><b>Rücktransport</b> muss „medizinisch sinnvoll und vertretbar“ versichert sein, nicht nur „medizinisch notwendig“.</li>
<li><b>Vorerkrankungen:</b> Akute Verschlechterungen bekannter Erkrankungen sind bei uns mitversichert.</li>
<li><b>Reiseapotheke:</b> Schmerzmittel, Mittel gegen Durchfall, Pflaster, Sonnenschutz – und Ihre Dauermedikamente in ausreichender Menge.</li>
<li><b>Notruf:</b> Unsere Assistance erreichen Sie rund um die Uhr unter +49 221 5503-9111.</li>
</ul>
<p>Ihre Versicherer Krankenversicherung</p>
<p style="font-size:10px;color:#888">Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben.
<a href="https://versicherer.example/newsletter/abmelden">Abmelden</a></p>
</body></html>"""
    return M("Versicherer Newsletter <newsletter@versicherer.example>",
             "newsletter-de@lists.versicherer.example",
             "Gut versichert in den Urlaub – Ihre Checkliste", "2026-06-25 07:00", None,
             html=html, headers=[("Precedence", "bulk")])


@mail("NORMAL", "de", "internal",
      "trap: Quartalsstatistik Auslandsleistungen nach Ländern (XLSX) – nur Fallzahlen und Beträge")
def o03_statistik_ausland():
    rows = [["Land", "Fälle Q1", "davon stationär", "Leistung EUR", "Rücktransporte"],
            ["Spanien", 1844, 212, 2411830, 9],
            ["Türkei", 1120, 98, 980410, 4],
            ["Italien", 906, 77, 870220, 3],
            ["USA", 311, 61, 3120950, 2],
            ["Thailand", 402, 48, 612300, 3],
            ["Österreich", 1502, 133, 1398770, 6],
            ["übrige", 3290, 240, 2870500, 7]]
    x = make_xlsx([("Q1 2026", rows)], title="Auslandsleistungen Q1 2026", author="Controlling")
    body = """Hallo zusammen,

anbei die Auslandsleistungen Q1/2026 nach Ländern. Auffällig: USA mit 4 %
der Fälle, aber 25 % der Leistungen. Details gern im Jour fixe.

Grüße
Controlling Kranken"""
    return M("Controlling Kranken <controlling-kranken@versicherer.example>",
             "Leitung Leistung <leitung-leistung@versicherer.example>",
             "Statistik Auslandsleistungen Q1/2026", "2026-04-20 09:15", body,
             atts=[A("Auslandsleistungen_Q1_2026.xlsx", x)])


@mail("NORMAL", "de", "internal",
      "trap: IT-Ticket zu Umlaut-/Zeichensatzfehlern bei englischen Arztberichten in der Eingangsverarbeitung; keine echten Dokumente")
def o04_it_ticket_encoding():
    body = """Ticket INC-2026-120947 – Zeichensatzfehler Posteingang

Seit dem Update der Eingangsverarbeitung am 02.04. werden in per Mail
eingehenden Arztberichten (PDF und DOCX, v. a. aus GB/IE) Sonderzeichen
falsch dargestellt: "Â°" statt "°", "â€™" statt Apostroph. Betrifft auch
Dosierungsangaben ("5Â mg"). Ursache vermutlich: Windows-1252-Anhänge
werden als UTF-8 gelesen.

Reproduziert mit den Testdokumenten aus dem QA-Ordner (synthetisch).
Bitte KEINE Kundendokumente an dieses Ticket hängen.

Priorität: P2 – fachliche Prüfung der Berichte erschwert.

""" + SIG_FW
    return M(FW, "Eingangsverarbeitung <input-management@versicherer.example>",
             "INC-2026-120947 Zeichensatz bei Arztberichten (EN)", "2026-04-07 11:40", body)


@mail("NORMAL", "de", "internal",
      "trap: Einkauf bestellt Blutdruckmessgeräte und Hautscreening-Termine für den Gesundheitstag; keine Personen")
def o05_einkauf_gesundheitstag():
    body = """Hallo Frau Jaschke,

für den Gesundheitstag am 17. September habe ich bestellt bzw. gebucht:

- 6 Blutdruckmessgeräte (Oberarm, validiert) für die Mitmach-Station
- Hautscreening-Mobil der Dermatologie Rhein (09–15 Uhr, 48 Termine à 7 Min.)
- Rückenschule mit Physio-Team (3 Slots)
- Obst und Smoothies für 400 Personen

Die Termine für das Hautscreening vergibt der Betriebsärztliche Dienst
direkt; wir bekommen keine Namenslisten.

""" + SIG_NO
    return M(NO, "Sandra Jaschke <s.jaschke@versicherer.example>",
             "Gesundheitstag 17.09. – Bestellungen", "2026-08-27 14:25", body)


@mail("NORMAL", "de", "internal",
      "trap: Programm des Gesundheitstags für Mitarbeitende (Grippeimpfung, Darmkrebsvorsorge-Vortrag, Rückenschule)")
def o06_gesundheitstag_programm():
    body = """Liebe Kolleginnen und Kollegen,

am Donnerstag, 17. September, ist wieder Gesundheitstag im Foyer Haus A:

09:00  Rückenschule am Arbeitsplatz (Physio-Team Rhein)
10:30  Vortrag: Darmkrebsvorsorge – was ab 50 sinnvoll ist
12:00  Gesund essen in der Kantine: mediterraner Tag
13:30  Stressbewältigung & Achtsamkeit (Workshop, 20 Plätze)
ganztägig: Blutdruck messen, Hautscreening (Anmeldung), Beratung zur
Grippeimpfung durch den Betriebsärztlichen Dienst

Alle Angebote sind freiwillig und vertraulich; Ergebnisse erhalten nur Sie.

Ihr Team Betriebliches Gesundheitsmanagement"""
    return M("BGM <bgm@versicherer.example>", "Alle Mitarbeitenden <alle@versicherer.example>",
             "Gesundheitstag am 17. September", "2026-09-07 08:00", body)


@mail("NORMAL", "de", "association-to-insurer",
      "trap: Verbandsrundschreiben zur Beitragsentwicklung in der PKV und zu Arzneimittelkosten; Marktdaten ohne Personen")
def o07_verband_rundschreiben():
    body = """Rundschreiben 14/2026 – Leistungsausgaben und Beitragsanpassungen

Sehr geehrte Damen und Herren,

nach der Branchenstatistik sind die Leistungsausgaben der PKV-Unternehmen
im Jahr 2025 um 7,2 % gestiegen. Wesentliche Treiber:

  – Krankenhausleistungen +8,9 % (Tarifsteigerungen, Pflegebudget)
  – Arzneimittel +11,4 % (u. a. Onkologika, GLP-1-Analoga)
  – Psychotherapie +13,0 %

Für 2027 rechnen die Mitgliedsunternehmen mit Beitragsanpassungen in
vielen Tarifen. Eine Sprachregelung für Kundenanfragen stellen wir bis
Ende September zur Verfügung.

Mit freundlichen Grüßen
Verband der Privatversicherer Rheinland e.V. (fiktiv)"""
    return M("Verband Rheinland <rundschreiben@verband-pv-rheinland.example>",
             "Vorstandsbüro <vorstandsbuero@versicherer.example>",
             "Rundschreiben 14/2026 – Leistungsausgaben", "2026-08-12 10:00", body)


@mail("NORMAL", "de", "internal",
      "trap: Einladung zur Datenschutzschulung 'Gesundheitsdaten im E-Mail-Verkehr' mit Terminen; keine Fälle")
def o08_datenschutzschulung():
    body = """Liebe Kolleginnen und Kollegen aus Leistung und Service,

die Pflichtschulung "Gesundheitsdaten im E-Mail-Verkehr – international"
findet in diesem Jahr an folgenden Terminen statt (je 90 Minuten, Teams):

  Di 10.03.  10:00   Deutsch
  Do 12.03.  14:00   Englisch
  Mi 18.03.  09:00   Deutsch

Themen: Was sind Gesundheitsdaten (Art. 9 DSGVO, § 203 StGB)? Wann
Portal, wann verschlüsselte Mail? Einwilligung in unverschlüsselte
Kommunikation. Umgang mit Anfragen von Angehörigen und Maklern.

Bitte melden Sie sich im Lernportal an.

""" + SIG_IH
    return M(IH, "Leistung und Service <leistung-service-alle@versicherer.example>",
             "Pflichtschulung Gesundheitsdaten – Termine März", "2026-02-20 13:00", body)


@mail("NORMAL", "de", "insurer-to-jobboard",
      "trap: Stellenanzeige Sachbearbeitung Leistung Ausland mit Englisch; keine Bewerberdaten")
def o09_stellenanzeige():
    body = """Bitte folgende Anzeige ab 01.09. für 6 Wochen veröffentlichen:

Sachbearbeiter (m/w/d) Leistung Kranken – Schwerpunkt Ausland
Köln, Vollzeit/Teilzeit

Ihre Aufgaben: Prüfung und Abrechnung von Arzt-, Zahnarzt- und
Krankenhausrechnungen aus dem Ausland, Korrespondenz auf Deutsch und
Englisch, Zusammenarbeit mit Beratungsärzten und Assistance.
Ihr Profil: Ausbildung als Kaufmann/-frau für Versicherungen und Finanzen
oder Medizinische/r Fachangestellte/r, sehr gutes Englisch.

Referenz: LK-AUS-2026-09

Thea Kronberg, Talent Acquisition"""
    return M(TK, "Anzeigen <anzeigen@jobportal-rheinland.example>",
             "Anzeigenauftrag LK-AUS-2026-09", "2026-08-24 10:20", body)


@mail("NORMAL", "de", "insurer-to-press",
      "trap: Pressemitteilung zur Kooperation mit einem Assistance-Dienstleister (Rücktransporte, Krankenhausnetz)")
def o10_pressemitteilung():
    body = """PRESSEMITTEILUNG

Versicherer baut weltweite Notfallhilfe aus

Köln, 2. März 2026 – Die Versicherer Krankenversicherung AG arbeitet ab
April mit der Meridian Medical Assistance, Inc. (Miami) zusammen. Kunden
mit Auslandsreisekrankenschutz erhalten damit Zugang zu mehr als 4.000
Kliniken mit Direktabrechnung in 120 Ländern. Rücktransporte organisiert
weiterhin das eigene Assistance-Team in Köln.

"Wer im Urlaub ins Krankenhaus muss, soll sich um nichts kümmern
müssen", sagt Vorstand Ole Schimanski.

Pressekontakt:
""" + SIG_GW
    return M(GW, "Presseverteiler <presse-de@lists.versicherer.example>",
             "PM: Versicherer baut weltweite Notfallhilfe aus", "2026-03-02 07:30", body,
             headers=[("Precedence", "bulk")])


@mail("NORMAL", "de", "internal",
      "trap: Protokoll des Arbeitskreises Auslandsleistungen mit Fallzahlen und Prozessthemen; keine Einzelfälle")
def o11_protokoll_ak():
    body = """Protokoll AK Auslandsleistungen – 21.05.2026
Teilnehmende: Leistung Kranken, Assistance, Beratungsärztlicher Dienst,
International Service Desk, IT (Claims Platform)

TOP 1 Fallzahlen Q1: +9 % ggü. Vorjahr, Anteil USA-Rechnungen stabil.
TOP 2 Kostenübernahmen: Ziel 95 % in 4 h erreicht (96 %).
TOP 3 Übersetzungen: Neuer Rahmenvertrag Polyglot Medica ab 01.06.
TOP 4 OCR spanischer Rechnungen: Fix für Dezimalkomma im Juni-Release.
TOP 5 Datenschutz: Diagnosen gehören nicht in Betreffzeilen (Hinweis DSB).
TOP 6 Verschiedenes: Schulung ICD-10-CM für neue Kolleg:innen im Juli.

Nächster Termin: 17.09.2026

Protokoll: J. Brettschneider"""
    return M(JB, "AK Auslandsleistungen <ak-ausland@versicherer.example>",
             "Protokoll AK Auslandsleistungen 21.05.", "2026-05-22 12:05", body)


@mail("NORMAL", "de", "internal",
      "Raumbuchung für einen Workshop; rein organisatorisch")
def o12_raumbuchung():
    body = """Hallo Facility-Team,

für den Workshop "Englische Korrespondenz" brauche ich am 23.04. von 9 bis
16 Uhr einen Raum für 14 Personen mit Beamer und Flipchart, gern Rhein
2.14. Mittagessen bestellen wir selbst.

Danke!
Katrin Osterhoff"""
    return M(KO, "Facility <facility@versicherer.example>", "Raum 23.04. für 14 Pers.",
             "2026-04-01 15:33", body)


@mail("NORMAL", "de", "internal",
      "Anfrage der IT an die Mail-Security: Partnerdomain für erzwungenes TLS eintragen; keine Personendaten")
def o13_tls_partnerdomain():
    inner = M("Priyanka Desai <it@whitcombe-hale.example>", HA,
              "RE: TLS / domain certificate for encrypted mail", "2026-03-17 17:40",
              """Hi Henrik,

thanks for the quick call. To confirm the technical details for your mail
team:

  Domain:        whitcombe-hale.example
  Inbound MX:    mx1.whitcombe-hale.example, mx2.whitcombe-hale.example
  Outbound IPs:  see SPF record (include:_spf.whitcombe-hale.example)
  TLS:           1.2 and 1.3, certificate from a public CA

We'd be happy to test on Thursday afternoon.

Best,
Priyanka Desai
IT Infrastructure, Whitcombe & Hale Insurance Brokers Ltd""")
    body = """Hallo Florian,

bitte die Domain whitcombe-hale.example in die Liste der Partnerdomains mit
erzwungenem TLS (mind. 1.2) aufnehmen. Die Makler-IT hat angefragt, die
technischen Angaben stehen in der angehängten Mail. Den
Domänenzertifikats-Austausch für S/MIME-Gateway-zu-Gateway klären wir
separat, Fingerprint kommt per Telefon.

Danke
Henrik"""
    return M(HA, FW, "Forced TLS für whitcombe-hale.example", "2026-03-18 09:12", body,
             atts=[inner])


@mail("NORMAL", "de", "internal",
      "trap: Testdaten für die Abrechnungsstrecke mit fiktiver Testperson und veröffentlichten Beispiel-IBANs (ODS)")
def o14_testdaten():
    rows = [["Testfall", "Name", "Geburtsdatum", "IBAN", "Diagnose", "Erwartung"],
            ["T-01", "Erika Probe (fiktiv)", "01.01.1950", "DE89370400440532013000", "Z00.0 (Test)", "Erstattung"],
            ["T-02", "Otto Test (fiktiv)", "31.12.1999", "DE89370400440532013000", "J06.9 (Test)", "Erstattung"],
            ["T-03", "Otto Test (fiktiv)", "31.12.1999", "DE00370400440532013000", "-", "IBAN ungültig"]]
    ods = make_ods([("Testfaelle", rows)])
    body = """Hi zusammen,

Testfälle für den Regressionstest der Abrechnungsstrecke anbei. Alle
Personen sind erfunden, die IBAN ist die veröffentlichte Beispiel-IBAN
der Banken-Doku. Bitte nur in T1/T2 verwenden.

""" + SIG_FW
    return M(FW, "Claims Platform <claims-platform@versicherer.example>",
             "Testfälle Abrechnung Sprint 26-09", "2026-04-29 16:50", body,
             atts=[A("Testfaelle_Abrechnung.ods", ods)])


@mail("NORMAL", "de", "internal",
      "trap: Bearbeitungshinweis zu Auslandsrechnungen (Währung, Kreditkartengebühren, Übersetzung), keine Fälle")
def o15_bearbeitungshinweis():
    body = """Bearbeitungshinweis 04/2026 – Rechnungen in Fremdwährung

1. Umrechnung mit dem EZB-Referenzkurs des Rechnungsdatums (Tabelle im
   Intranet), es sei denn, der Kunde weist einen Kreditkartenkurs nach.
2. Auslandseinsatzgebühren der Karte bis 2 % werden mit erstattet.
3. Rechnungen in EN/ES/IT/FR/TR werden ohne Übersetzung bearbeitet;
   andere Sprachen über Polyglot Medica (Auftrag im System).
4. Bei US-Rechnungen > 10.000 USD immer Meridian zur Kostenprüfung
   einschalten.

Gültig ab 01.04.2026.
Fachbereich Leistung Kranken"""
    return M("Fachbereich Leistung <fachbereich-leistung@versicherer.example>",
             "Leistung Kranken Team <leistung-kranken-team@versicherer.example>",
             "Bearbeitungshinweis 04/2026 Fremdwährung", "2026-03-27 10:30", body)


@mail("NORMAL", "de", "internal",
      "trap: Hinweis auf den OPS-/ICD-10-GM-Katalog 2026 und Änderungen im Prüfsystem; nur Kodierregeln")
def o16_ops_katalog():
    body = """Liebe Kolleg:innen,

mit dem Januar-Release sind im Prüfsystem die Kataloge ICD-10-GM 2026 und
OPS 2026 hinterlegt. Relevante Änderungen:

- neue Kodes für Long-COVID-Folgezustände (U09.9 präzisiert),
- OPS 5-470 (Appendektomie): neue Unterteilung laparoskopisch/offen,
- Zusatzkennzeichen G/V/Z/A weiterhin Pflicht bei ambulanten Rechnungen.

Ausländische Rechnungen mit ICD-10-CM werden beim Import automatisch
gemappt; unklare Fälle landen in der Klärungsqueue.

""" + SIG_MV
    return M(MV, "Leistung Kranken Team <leistung-kranken-team@versicherer.example>",
             "ICD-10-GM/OPS 2026 im Prüfsystem", "2026-01-05 09:00", body)


@mail("NORMAL", "de", "internal",
      "Urlaubsplanung im Team mit Namen der Kolleginnen, ohne Gründe oder Gesundheitsangaben")
def o17_urlaubsplanung():
    body = """Hallo zusammen,

Urlaubsplanung Sommer – Stand heute:

  KW 29–30  Paula
  KW 31–32  Katrin
  KW 33     Jonas (nur Assistance-Rufbereitschaft betroffen)
  KW 34–35  Henrik

Bitte prüft, ob die Vertretungen passen, und tragt euch bis Freitag im
Teamkalender ein. Englisch-Abdeckung in KW 31/32 ist knapp – wer kann
tauschen?

Katrin"""
    return M(KO, "International Desk Team <intl-team@versicherer.example>",
             "Urlaubsplanung Sommer", "2026-05-11 08:52", body)


@mail("NORMAL", "de", "internal",
      "trap: Vorlage für ein Ablehnungsschreiben Reisekranken mit «Platzhaltern» für Name, Diagnose, Reiseland")
def o18_vorlage_ablehnung():
    body = """Hallo Team,

bitte ab sofort diese Vorlage für Ablehnungen wegen vorbekannter
Behandlungsbedürftigkeit verwenden (Freigabe Recht liegt vor):

----
Sehr geehrte(r) «Anrede» «Nachname»,

Sie haben uns die Rechnung von «Leistungserbringer» aus «Reiseland» über
«Betrag» eingereicht. Die Behandlung wegen «Diagnose» war nach den
vorliegenden Unterlagen bereits vor Reiseantritt am «Reisebeginn» geplant.
Nach § «Paragraf» der Versicherungsbedingungen besteht hierfür kein
Versicherungsschutz.
----

Ablehnungen immer über Portal-Postfach versenden, nie per normaler Mail.

""" + SIG_RH
    return M(RH, "Reise-Leistung Team <reise-team@versicherer.example>",
             "Vorlage Ablehnung Reisekranken (vorbekannte Erkrankung)", "2026-06-08 13:14",
             body)


@mail("NORMAL", "de", "insurer-to-broker",
      "Ankündigung einer Portal-Wartung an Makler, deutsch; keine Daten")
def o19_portal_wartung_de():
    body = """Sehr geehrte Vertriebspartner,

am Samstag, 24. Oktober 2026, ist das Maklerportal zwischen 18 und 23 Uhr
wegen Wartungsarbeiten nicht erreichbar. Elektronische Vermittlerpost wird
in dieser Zeit zwischengespeichert und danach zugestellt. Der Abruf über
Ihr Maklerverwaltungsprogramm (BiPRO) ist ebenfalls unterbrochen.

Ihr Team Maklerportal"""
    return M("Maklerportal <no-reply-broker@versicherer.example>",
             "makler-de@lists.versicherer.example", "Wartung Maklerportal am 24.10.",
             "2026-10-16 15:00", body, headers=[("Precedence", "bulk")])


@mail("NORMAL", "de", "insurer-to-reinsurer",
      "trap: anonymisierte Großschadenübersicht Reisekranken (Land, Monat, Diagnosegruppe grob, Betrag); keine Person bestimmbar")
def o20_grossschaeden_anonym():
    body = """Sehr geehrte Frau Calloway,

wie vereinbart die anonymisierte Übersicht der Großschäden > 50.000 EUR in
der Reisekrankenversicherung für H1/2026 (ohne Namen, Alter nur in
10-Jahres-Bändern, Diagnosen nur als Kapitel):

  Monat  Land   Altersband  ICD-Kapitel         Betrag EUR
  Jan    USA    60–69       Kreislauf           212.400
  Feb    USA    30–39       Verdauung            61.800
  Mär    TH     50–59       Infektionen          58.300
  Apr    USA    40–49       Verletzungen        144.900
  Mai    ES     70–79       Kreislauf (Transp.)  73.100
  Jun    AE     50–59       Kreislauf            88.650

""" + SIG_CV.replace("Kind regards", "Mit freundlichen Grüßen")
    return M(CV, "Fiona Calloway <fiona.calloway@thamesbridge-re.example>",
             "Großschäden Reisekranken H1/2026 (anonymisiert)", "2026-07-30 10:40", body)


@mail("NORMAL", "de", "insurer-to-prospect",
      "trap: allgemeine Antwort an eine Interessentin zur Auslandskrankenversicherung für Au-pairs (Vorerkrankungen, Zahnbehandlung); keine Gesundheits- oder Vertragsdaten")
def o21_aupair_anfrage():
    body = """Sehr geehrte Frau Brandstätter,

vielen Dank für Ihre Anfrage zu einer Auslandskrankenversicherung für ein
Au-pair-Jahr in den USA.

Unser Tarif "Work & Travel" gilt bis zu 24 Monate und umfasst ambulante und
stationäre Behandlung, schmerzstillende Zahnbehandlung und Rücktransport.
Viele US-Gastfamilien bzw. Agenturen verlangen eine Deckungssumme von
mindestens 100.000 USD pro Krankheitsfall – diese erfüllen wir.

Bekannte Vorerkrankungen sind bei Langzeitreisen grundsätzlich nur für
akute, unvorhersehbare Verschlechterungen versichert. Den Antrag kann Ihre
Tochter online stellen; bitte beachten Sie die Gesundheitsfragen.

Beitrag: 59 EUR monatlich bis 29 Jahre.

Mit freundlichen Grüßen
""" + SIG_KO_DE
    return M(KO, "Gabriele Brandstätter <g.brandstaetter@mailbox.example>",
             "Ihre Anfrage: Auslandskrankenversicherung Au-pair", "2026-05-06 11:22", body)


@mail("NORMAL", "de", "internal",
      "Einladung zum Sommerfest der Abteilung; organisatorisch")
def o22_sommerfest():
    body = """Liebe Kolleginnen und Kollegen,

unser Sommerfest findet am Freitag, 3. Juli, ab 16 Uhr auf der Dachterrasse
statt. Es gibt Grillgut (auch vegetarisch/vegan), Getränke und ab 18 Uhr
Musik. Partner und Kinder sind herzlich willkommen.

Bitte bis 24. Juni im Doodle eintragen, damit wir planen können.

Euer Orga-Team International & Assistance"""
    return M(JB, "International & Assistance <intl-assistance-alle@versicherer.example>",
             "Sommerfest am 3. Juli", "2026-06-10 12:30", body)


@mail("NORMAL", "de", "supplier-to-insurer",
      "trap: Angebot eines Dienstleisters zur Aktenvernichtung medizinischer Unterlagen (DIN 66399); keine Personendaten")
def o23_aktenvernichtung():
    body = """Sehr geehrter Herr Ohrt,

gern bieten wir Ihnen die datenschutzkonforme Vernichtung von Akten mit
Gesundheitsdaten (Arztberichte, Rechnungen, Gutachten) an:

- Sicherheitsstufe P-4 / Schutzklasse 3 nach DIN 66399
- 40 verschließbare Sicherheitsbehälter à 240 l, Leerung 14-täglich
- Vernichtung im geschlossenen Fahrzeug vor Ort, Vernichtungsprotokoll
- Preis: 9,80 EUR je Behälterleerung, Miete Behälter 3,50 EUR/Monat

Ein Auftragsverarbeitungsvertrag nach Art. 28 DSGVO liegt bei.

Mit freundlichen Grüßen
Carola Wendt
AktenSicher Rheinland GmbH"""
    return M("Carola Wendt <c.wendt@aktensicher-rheinland.example>", NO,
             "Angebot Aktenvernichtung Gesundheitsdaten", "2026-02-03 14:00", body)


@mail("NORMAL", "de", "internal",
      "trap: Beschwerdestatistik des International Service Desk nach Themen (Erstattung Physiotherapie, Zahn, Wartezeit); aggregiert")
def o24_beschwerdestatistik():
    body = """Beschwerden International Service Desk – 1. Halbjahr 2026

  Thema                                   Anzahl   Vorjahr
  Dauer der Erstattung (v. a. Physio)        41       52
  Ablehnung Zahnersatz / Höchstsätze         18       15
  Telefonische Erreichbarkeit                27       33
  Schreiben nur auf Deutsch                  22       29
  Beitragsanpassung                          35       12
  Sonstiges                                  19       21
  Summe                                     162      162

BaFin-Beschwerden: 2 (Vorjahr 3), Ombudsmann: 4 (Vorjahr 6).

Qualitätsmanagement Kundenservice"""
    return M("Qualitätsmanagement <qm-service@versicherer.example>", KO,
             "Beschwerdestatistik H1/2026 International", "2026-07-08 09:40", body)


@mail("NORMAL", "de", "newsletter",
      "trap: Intranet-Newsletter mit Artikel zur Reiseapotheke und Impfungen für Dienstreisen; keine Person")
def o25_intranet_reiseapotheke():
    body = """INTRANET-NEWS | KW 26

Dienstreise in die Tropen? Das gehört in die Reiseapotheke

Unser Betriebsarzt empfiehlt für Dienstreisen außerhalb Europas: Mittel
gegen Durchfall und Elektrolyte, ein fiebersenkendes Schmerzmittel,
Desinfektionsmittel, Pflaster, Mückenschutz, Sonnencreme – und Ihre
persönlichen Dauermedikamente mit ärztlicher Bescheinigung auf Englisch.
Reiseimpfungen (z. B. Hepatitis A, Gelbfieber) übernimmt der Arbeitgeber
bei dienstlicher Veranlassung; Termine über den Betriebsärztlichen Dienst.

Weitere Themen: Kantinenplan, neue Fahrradstellplätze, Betriebsratswahl."""
    return M("Intranet-Redaktion <intranet@versicherer.example>",
             "Alle Mitarbeitenden <alle@versicherer.example>",
             "Intranet-News KW 26", "2026-06-22 07:30", body)


@mail("NORMAL", "de", "internal",
      "Umzug des Funktionspostfachs international@ auf den neuen Mailserver; nur IT")
def o26_mailbox_umzug():
    body = """Hallo Katrin,

das Funktionspostfach international@versicherer.example wird am
Mittwoch, 15.07., zwischen 19 und 21 Uhr auf den neuen Mailcluster
migriert. Eingehende Mails werden in dieser Zeit gepuffert, es geht nichts
verloren. Regeln und Ordner bleiben erhalten; die Stellvertreterrechte
prüfen wir am Donnerstagmorgen gemeinsam.

""" + SIG_FW
    return M(FW, KO, "Migration Postfach international@ am 15.07.", "2026-07-09 16:10", body)


@mail("NORMAL", "de", "association-to-insurer",
      "trap: Rundschreiben zu Änderungen im Grüne-Karte-System (Länderliste, Papierform); keine Fahrzeuge oder Personen")
def o27_gruene_karte_rundschreiben():
    body = """Rundschreiben Kfz 07/2026 – Grüne Karte

1. Ab 1. Juli 2026 stellt das Büro in Aserbaidschan nur noch elektronische
   Grüne Karten aus; deutsche Karten bleiben dort gültig.
2. Die Ukraine ist weiterhin im Geltungsbereich; Kunden sollten aber die
   Reisehinweise des Auswärtigen Amts beachten.
3. Ausdruck auf weißem Papier ist in allen Mitgliedsstaaten zulässig.

Musterschreiben für Kundenanfragen im Mitgliederbereich.

Deutsches Büro Grüne Karte – Mitgliederservice (Weiterleitung über den
Verband)"""
    return M("Verband Rheinland <rundschreiben@verband-pv-rheinland.example>",
             "Kfz-Vertrag <kfz-vertrag@versicherer.example>",
             "Rundschreiben Kfz 07/2026 Grüne Karte", "2026-06-29 11:00", body)


@mail("NORMAL", "de", "insurer-to-broker",
      "Terminvereinbarung mit einem Maklerpool (ICS); keine Kundendaten")
def o28_termin_maklerpool():
    ics = make_ics("pool-20260915@versicherer.example", "20260915T140000",
                   "20260915T160000", "Jahresgespräch Maklerpool Rhein-Ruhr",
                   "Versicherer, Raum Dom 5.01", "Themen: Produktneuheiten 2027, Portal, Courtage",
                   "h.aalders@versicherer.example", ["vorstand@maklerpool-rheinruhr.example"])
    body = """Sehr geehrter Herr Thelen,

wie besprochen sende ich Ihnen die Einladung zu unserem Jahresgespräch am
15. September. Parkplätze sind reserviert.

Viele Grüße
Henrik Aalders"""
    return M(HA, "Bernd Thelen <vorstand@maklerpool-rheinruhr.example>",
             "Einladung Jahresgespräch 15.09.", "2026-08-31 10:05", body,
             atts=[A("Jahresgespraech_2026.ics", ics, ctype="text/calendar")])


# ===========================================================================
# build and check
# ===========================================================================
def ordered():
    order = list(range(len(MAILS)))
    random.Random(SEED).shuffle(order)
    return [MAILS[i] for i in order]


def build(outdir):
    mdir = os.path.join(outdir, "mails")
    os.makedirs(mdir, exist_ok=True)
    rows = []
    mapping = []
    for n, m in enumerate(ordered(), 1):
        fname = "d%s-%04d.eml" % (NN, n)
        msg = m["fn"]()
        _fix_boundaries(msg, m["key"])
        data = msg.as_bytes(policy=SMTP)
        with open(os.path.join(mdir, fname), "wb") as f:
            f.write(data)
        rows.append((fname, m["label"], m["lang"], m["kind"], m["reason"]))
        mapping.append((fname, m["key"]))
    with open(os.path.join(outdir, "labels.tsv"), "w", encoding="utf-8",
              newline="\n") as f:
        f.write("file\tlabel\tlang\tkind\treason\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    return mapping


def _check_attachment(name, data, ctype, stats, where):
    ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if ext == "xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(io.BytesIO(data))
        assert wb.sheetnames, where
        stats["xlsx"] += 1
    elif ext == "docx":
        import docx
        d = docx.Document(io.BytesIO(data))
        assert any(p.text.strip() for p in d.paragraphs) or d.tables, where
        stats["docx"] += 1
    elif ext in ("ods", "odt"):
        from odf.opendocument import load
        load(io.BytesIO(data))
        stats[ext] += 1
    elif ext == "pdf":
        from pypdf import PdfReader
        r = PdfReader(io.BytesIO(data))
        txt = "".join(p.extract_text() or "" for p in r.pages)
        assert txt.strip(), "empty PDF text " + where
        stats["pdf"] += 1
    elif ext == "zip":
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None, where
        stats["zip"] += 1
        for info in z.infolist():
            _check_attachment(info.filename, z.read(info.filename), None, stats,
                              where + "!" + info.filename)
    elif ext == "ics":
        s = data.decode("utf-8")
        assert "BEGIN:VCALENDAR" in s and "END:VCALENDAR" in s, where
        stats["ics"] += 1
    elif ext == "csv":
        stats["csv"] += 1
    elif ext == "txt":
        stats["txt"] += 1
    else:
        stats[ext or ctype] += 1


def _check_msg(msg, where, stats, mids, top):
    assert not msg.defects, (where, msg.defects)
    mid = msg["Message-ID"]
    assert mid, where + " no Message-ID"
    assert mid not in mids, where + " duplicate Message-ID " + mid
    mids.add(mid)
    d = msg["Date"]
    assert d and " 2026 " in d, where + " date"
    skip = _inside_rfc822(msg)
    for part in msg.walk():
        if id(part) in skip:
            continue
        assert not part.defects, (where, part.defects)
        ct = part.get_content_type()
        if part is not msg and ct == "message/rfc822":
            inner = part.get_payload()[0]
            stats["forwarded mail"] += 1
            _check_msg(inner, where + "/rfc822", stats, mids, False)
            continue
        if part.is_multipart():
            continue
        fn = part.get_filename()
        payload = part.get_payload(decode=True)
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset() or "us-ascii"
            payload.decode(cs)  # strict
        if fn:
            _check_attachment(fn, payload, ct, stats, where + ":" + fn)


def _inside_rfc822(msg):
    """parts that belong to attached messages (walk() descends into them)."""
    inner = set()
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            for p in part.get_payload()[0].walk():
                inner.add(id(p))
    return inner


def check():
    with tempfile.TemporaryDirectory() as tmp:
        build(tmp)
        a = sorted(os.listdir(os.path.join(tmp, "mails")))
        b = sorted(os.listdir(os.path.join(HERE, "mails")))
        assert a == b, "file list differs from a fresh build"
        assert len(a) == 200, len(a)
        for f in a:
            x = open(os.path.join(tmp, "mails", f), "rb").read()
            y = open(os.path.join(HERE, "mails", f), "rb").read()
            assert x == y, f + " differs from a fresh build"
        x = open(os.path.join(tmp, "labels.tsv"), "rb").read()
        y = open(os.path.join(HERE, "labels.tsv"), "rb").read()
        assert x == y, "labels.tsv differs from a fresh build"
    mids = set()
    stats = Counter()
    toplevel = Counter()
    charsets = Counter()
    ctes = Counter()
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    assert len(rows) == 200
    assert [r["file"] for r in rows] == ["d%s-%04d.eml" % (NN, i) for i in range(1, 201)]
    for r in rows:
        path = os.path.join(HERE, "mails", r["file"])
        data = open(path, "rb").read()
        assert re.search(rb"(?<!\r)\n", data) is None, r["file"] + " bare LF"
        msg = message_from_bytes(data, policy=email_policy.default)
        toplevel[msg.get_content_type()] += 1
        for part in msg.walk():
            if part.get_content_maintype() == "text" and not part.get_filename():
                charsets[part.get_content_charset()] += 1
                ctes[part.get("Content-Transfer-Encoding", "7bit")] += 1
        _check_msg(msg, r["file"], stats, mids, True)
        assert r["label"] in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")
        assert r["lang"] in ("de", "en")
        if r["reason"].startswith("trap:"):
            assert r["label"] == "NORMAL", r["file"] + " trap on non-NORMAL"
    labels = Counter(r["label"] for r in rows)
    assert labels == {"NORMAL": 80, "CONFIDENTIAL": 60, "STRICTLY_CONFIDENTIAL": 60}, labels
    traps = sum(1 for r in rows if r["reason"].startswith("trap:"))
    assert traps >= 40, traps
    langs = Counter(r["lang"] for r in rows)
    print("mails: %d, traps: %d" % (len(rows), traps))
    print("labels:", dict(labels))
    print("languages:", dict(langs))
    xt = Counter((r["label"], r["lang"]) for r in rows)
    for lab in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"):
        print("  %-22s de %3d  en %3d" % (lab, xt[(lab, "de")], xt[(lab, "en")]))
    print("kinds:")
    kinds = Counter((r["kind"], r["label"]) for r in rows)
    for k in sorted({r["kind"] for r in rows}):
        print("  %-28s N %2d  C %2d  S %2d" % (k, kinds[(k, "NORMAL")],
              kinds[(k, "CONFIDENTIAL")], kinds[(k, "STRICTLY_CONFIDENTIAL")]))
    print("top-level types:", dict(toplevel))
    print("text charsets:", dict(charsets))
    print("text transfer encodings:", dict(ctes))
    print("attachments:", dict(stats))
    print("check OK")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--check", action="store_true")
    ap.add_argument("--map", action="store_true", help="print file -> mail key")
    a = ap.parse_args()
    keys = [m["key"] for m in MAILS]
    assert len(keys) == len(set(keys)), "duplicate mail key"
    if a.check:
        check()
        return
    mapping = build(HERE)
    if a.map:
        for f, k in mapping:
            print(f, k)
    print("wrote %d mails" % len(mapping))


if __name__ == "__main__":
    main()
