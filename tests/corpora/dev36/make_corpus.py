#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator for the Siegel development corpus dev36.

All 200 mails are written out below (section MAILS), each on its own.
Fictitious insurer: Auenkamp Versicherungen, Osnabrück (auenkamp.example).

    python make_corpus.py          # writes mails/ and labels.tsv
    python make_corpus.py --check  # rebuilds in memory, compares, parses, opens attachments, prints stats
"""
import csv
import datetime
import hashlib
import io
import os
import random
import re
import struct
import sys
import textwrap
import zipfile
import zlib
from email import message_from_bytes
from email.message import EmailMessage
from email.policy import SMTP, default as DEFAULT_POLICY
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
NN = 36
PREFIX = "d36"
FIXED = datetime.datetime(2026, 1, 5, 8, 0, 0, tzinfo=datetime.timezone.utc)
ZIPTIME = (2026, 1, 5, 8, 0, 0)

# ---------------------------------------------------------------------------
# registry
# ---------------------------------------------------------------------------
MAILS = []
_STATE = {"seq": 0, "sub": 0}
LABELS = ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")


def mail(label, lang, kind, reason):
    assert label in LABELS, label
    assert lang in ("de", "en"), lang
    assert "\t" not in reason and "\n" not in reason

    def deco(fn):
        MAILS.append({"label": label, "lang": lang, "kind": kind,
                      "reason": reason, "fn": fn, "seq": len(MAILS) + 1})
        return fn
    return deco


# ---------------------------------------------------------------------------
# dates, ids
# ---------------------------------------------------------------------------
def _tz_for(dt):
    # CET/CEST 2026: summer time from 29 Mar 2026 02:00 to 25 Oct 2026 03:00
    start = datetime.datetime(2026, 3, 29, 2, 0)
    end = datetime.datetime(2026, 10, 25, 3, 0)
    off = 2 if start <= dt < end else 1
    return datetime.timezone(datetime.timedelta(hours=off))


def parse_local(s):
    dt = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    assert dt.year == 2026
    sec = int(hashlib.md5(s.encode()).hexdigest(), 16) % 60
    dt = dt.replace(second=sec)
    return dt.replace(tzinfo=_tz_for(dt))


def rfcdate(s):
    return format_datetime(parse_local(s))


def _msgid(date, frm):
    dom = re.search(r"@([A-Za-z0-9.\-]+)", frm).group(1)
    _STATE["sub"] += 1
    dt = parse_local(date)
    h = hashlib.sha1(f"{NN}/{_STATE['seq']}/{_STATE['sub']}/{date}".encode()).hexdigest()[:10].upper()
    return f"<{dt.strftime('%Y%m%d%H%M%S')}.{h}.{_STATE['seq']:03d}{_STATE['sub']}@{dom}>"


# ---------------------------------------------------------------------------
# message builders
# ---------------------------------------------------------------------------
def clean(body):
    """Dedent a triple-quoted body, strip the first newline, keep trailing newline."""
    body = textwrap.dedent(body)
    if body.startswith("\n"):
        body = body[1:]
    body = body.rstrip() + "\n"
    return body


def head(frm, to, subject, date, cc=None, reply_to=None, in_reply_to=None,
         references=None, headers=(), msgid=None):
    m = EmailMessage(policy=SMTP)
    m["From"] = frm
    m["To"] = to if isinstance(to, str) else ", ".join(to)
    if cc:
        m["Cc"] = cc if isinstance(cc, str) else ", ".join(cc)
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = rfcdate(date)
    m["Message-ID"] = msgid or _msgid(date, frm)
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = references or in_reply_to
    for k, v in headers:
        m[k] = v
    return m


def _cte_for(body, charset, cte):
    if cte == "7bit":
        try:
            body.encode("ascii")
        except UnicodeEncodeError:
            return "quoted-printable"
    if cte:
        return cte
    try:
        body.encode("ascii")
        return "7bit"
    except UnicodeEncodeError:
        return "quoted-printable"


_LATIN1_FIX = {"€": "EUR", "–": "-", "—": "-", "„": '"', "“": '"', "”": '"', "‚": "'", "‘": "'", "’": "'",
               "…": "...", "→": "->"}


def fit(body, charset):
    """What an old mail client does when it must write ISO-8859-1: replace what the charset lacks."""
    if charset.lower() in ("iso-8859-1", "latin-1", "latin1"):
        for a, b in _LATIN1_FIX.items():
            body = body.replace(a, b)
    body.encode(charset)  # must fit now
    return body


def set_text(m, body, charset="utf-8", cte=None, subtype="plain", flowed=False):
    body = clean(body) if subtype == "plain" else body
    body = fit(body, charset)
    cte = _cte_for(body, charset, cte)
    params = {"format": "flowed"} if flowed else None
    if params:
        m.set_content(body, subtype=subtype, charset=charset, cte=cte, params=params)
    else:
        m.set_content(body, subtype=subtype, charset=charset, cte=cte)
    return m


def plain(frm, to, subject, date, body, charset="utf-8", cte=None, flowed=False, **kw):
    m = head(frm, to, subject, date, **kw)
    return set_text(m, body, charset, cte, flowed=flowed)


def html_only(frm, to, subject, date, html, charset="utf-8", cte=None, **kw):
    m = head(frm, to, subject, date, **kw)
    html = fit(html, charset)
    cte = _cte_for(html, charset, cte)
    m.set_content(html, subtype="html", charset=charset, cte=cte)
    return m


def alt(frm, to, subject, date, body, html, charset="utf-8", cte=None, hcte=None, **kw):
    m = head(frm, to, subject, date, **kw)
    set_text(m, body, charset, cte)
    html = fit(html, charset)
    m.add_alternative(html, subtype="html", charset=charset, cte=_cte_for(html, charset, hcte or cte))
    return m


def _html_from_text(body):
    import html as _h
    body = clean(body)
    out, para, quote = [], [], []

    def flush_para():
        if para:
            out.append("<p class=MsoNormal>" + "<br>\n".join(_h.escape(x) for x in para) + "</p>")
            para.clear()

    def flush_quote():
        if quote:
            out.append('<blockquote style="border-left:solid #1F5C45 1.5pt;padding-left:6pt;margin-left:4pt;color:#444">'
                       + "<br>\n".join(_h.escape(x) for x in quote) + "</blockquote>")
            quote.clear()
    for line in body.split("\n"):
        if line.startswith(">"):
            flush_para()
            quote.append(line[1:].lstrip())
            continue
        flush_quote()
        if line.strip() == "":
            flush_para()
        else:
            para.append(line)
    flush_para()
    flush_quote()
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head><meta http-equiv="Content-Type" '
            'content="text/html; charset=utf-8"><style>p.MsoNormal{margin:0cm 0cm 8pt 0cm;font-size:11pt;'
            'font-family:"Calibri",sans-serif}</style></head>\n<body lang=DE><div class=WordSection1>\n'
            + "\n".join(out) + "\n</div></body></html>\n")


def outlook(frm, to, subject, date, body, charset="utf-8", cte=None, **kw):
    """multipart/alternative as Outlook sends it: the text part plus an HTML rendering of the same text."""
    return alt(frm, to, subject, date, body, _html_from_text(body), charset=charset, cte=cte, **kw)


def attach(m, att):
    """att: (data, mime, filename) | (str_data, mime, filename, charset) | EmailMessage."""
    if isinstance(att, EmailMessage):
        m.add_attachment(att)
        return m
    data, mime, filename = att[0], att[1], att[2]
    maintype, subtype = mime.split("/")
    if isinstance(data, str):
        charset = att[3] if len(att) > 3 else "utf-8"
        cte = att[4] if len(att) > 4 else _cte_for(data, charset, None)
        m.add_attachment(data, subtype=subtype, charset=charset, cte=cte, filename=filename)
    else:
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return m


def with_atts(m, *atts):
    for a in atts:
        attach(m, a)
    return m


def fwd(frm, to, subject, date, body, charset="utf-8", cte=None, atts=(), **kw):
    """A message used as message/rfc822 attachment (or just a plain mail with attachments)."""
    m = plain(frm, to, subject, date, body, charset=charset, cte=cte, **kw)
    for a in atts:
        attach(m, a)
    return m


def finalize(m, seq):
    i = 0
    for part in m.walk():
        if part.is_multipart() and part.get_content_maintype() == "multipart":
            i += 1
            h = hashlib.sha1(f"{NN}-{seq}-{i}".encode()).hexdigest()[:16]
            part.set_boundary(f"----=_Part_{NN}{seq:03d}_{i}.{h}")
    if "MIME-Version" not in m:
        m["MIME-Version"] = "1.0"
    return m.as_bytes(policy=SMTP)


# ---------------------------------------------------------------------------
# attachment builders (deterministic)
# ---------------------------------------------------------------------------
_ISO = "2026-01-05T08:00:00Z"


def normzip(data):
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename in ("docProps/core.xml", "meta.xml"):
                t = content.decode("utf-8")
                t = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(</dcterms:\2>)", r"\g<1>" + _ISO + r"\3", t)
                t = re.sub(r"(<meta:creation-date>)[^<]*(</meta:creation-date>)", r"\g<1>2026-01-05T08:00:00\2", t)
                t = re.sub(r"(<dc:date>)[^<]*(</dc:date>)", r"\g<1>2026-01-05T08:00:00\2", t)
                t = re.sub(r"(<cp:lastPrinted>)[^<]*(</cp:lastPrinted>)", r"\g<1>" + _ISO + r"\2", t)
                content = t.encode("utf-8")
            zi = zipfile.ZipInfo(info.filename, date_time=ZIPTIME)
            zi.compress_type = info.compress_type
            zi.external_attr = 0o644 << 16
            dst.writestr(zi, content)
    return out.getvalue()


def mkzip(members):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=ZIPTIME)
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return out.getvalue()


_PDF_MAP = {"€": "EUR", "–": "-", "—": "-", "„": '"', "“": '"', "”": '"', "‚": "'",
            "‘": "'", "’": "'", "…": "...", "•": "-", "ı": "i", "ş": "s", "ğ": "g",
            "Ş": "S", "İ": "I", "ł": "l", "ń": "n", "ć": "c", "ż": "z", "ś": "s",
            "→": "->", "≥": ">=", "≤": "<=", "×": "x", "\u00a0": " ", "‑": "-"}


def _pdftxt(s):
    for a, b in _PDF_MAP.items():
        s = s.replace(a, b)
    return s.encode("latin-1", "replace").decode("latin-1")


def pdf(lines, title="Dokument", author="Auenkamp Versicherungen"):
    """lines: strings; '# ' heading, '## ' subheading, '| a | b |' table row, '' blank."""
    from fpdf import FPDF
    p = FPDF(format="A4")
    p.set_creation_date(FIXED)
    p.set_title(_pdftxt(title))
    p.set_author(_pdftxt(author))
    p.set_creator("Auenkamp DocServer 7.4")
    p.set_margins(20, 18, 20)
    p.add_page()
    for line in lines:
        if line.startswith("# "):
            p.set_font("Helvetica", "B", 13)
            p.multi_cell(0, 7, _pdftxt(line[2:]), new_x="LMARGIN", new_y="NEXT")
            p.ln(1)
        elif line.startswith("## "):
            p.set_font("Helvetica", "B", 10.5)
            p.multi_cell(0, 6, _pdftxt(line[3:]), new_x="LMARGIN", new_y="NEXT")
        elif line.startswith("|"):
            cells = [c.strip() for c in line.strip().strip("|").split("|")]
            p.set_font("Helvetica", "", 8.5)
            w = (p.w - p.l_margin - p.r_margin) / len(cells)
            for c in cells:
                p.cell(w, 5.5, _pdftxt(c), border=1)
            p.ln(5.5)
        elif line == "":
            p.ln(3)
        else:
            p.set_font("Helvetica", "", 10)
            p.multi_cell(0, 5, _pdftxt(line), new_x="LMARGIN", new_y="NEXT")
    return bytes(p.output())


def xlsx(sheets, creator="Auenkamp"):
    """sheets: list of (name, rows)."""
    import openpyxl
    from openpyxl.styles import Font
    wb = openpyxl.Workbook()
    first = True
    for name, rows in sheets:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = name
        for r in rows:
            ws.append(list(r))
        for c in ws[1]:
            c.font = Font(bold=True)
    wb.properties.creator = creator
    wb.properties.lastModifiedBy = creator
    wb.properties.created = FIXED.replace(tzinfo=None)
    wb.properties.modified = FIXED.replace(tzinfo=None)
    bio = io.BytesIO()
    wb.save(bio)
    return normzip(bio.getvalue())


def docx(blocks, author="Auenkamp"):
    """blocks: strings ('# ' heading 1, '## ' heading 2) or ('table', rows)."""
    import docx as _docx
    d = _docx.Document()
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, v in enumerate(r):
                    t.cell(i, j).text = str(v)
        elif b.startswith("# "):
            d.add_heading(b[2:], level=1)
        elif b.startswith("## "):
            d.add_heading(b[3:], level=2)
        else:
            d.add_paragraph(b)
    cp = d.core_properties
    cp.author = author
    cp.last_modified_by = author
    cp.created = FIXED.replace(tzinfo=None)
    cp.modified = FIXED.replace(tzinfo=None)
    cp.last_printed = FIXED.replace(tzinfo=None)
    cp.revision = 1
    bio = io.BytesIO()
    d.save(bio)
    return normzip(bio.getvalue())


_ODF_WARM = []


def _odf_warmup():
    """odfpy collects namespace declarations in module state; write throwaway documents once so
    every real document of a run (and of every rerun) gets the same declarations."""
    if _ODF_WARM:
        return
    _ODF_WARM.append(1)
    from odf.opendocument import OpenDocumentSpreadsheet, OpenDocumentText
    from odf.table import Table, TableRow, TableCell
    from odf.text import P, H
    for _ in range(2):
        d1 = OpenDocumentSpreadsheet()
        t = Table(name="w")
        tr = TableRow()
        tc = TableCell(valuetype="float", value=1)
        tc.addElement(P(text="1"))
        tr.addElement(tc)
        t.addElement(tr)
        d1.spreadsheet.addElement(t)
        d1.write(io.BytesIO())
        d2 = OpenDocumentText()
        d2.text.addElement(H(outlinelevel=1, text="w"))
        d2.text.addElement(P(text="w"))
        d2.write(io.BytesIO())


def ods(sheets):
    _odf_warmup()
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableRow, TableCell
    from odf.text import P
    doc = OpenDocumentSpreadsheet()
    for name, rows in sheets:
        t = Table(name=name)
        for r in rows:
            tr = TableRow()
            for v in r:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    tc = TableCell(valuetype="float", value=v)
                else:
                    tc = TableCell(valuetype="string")
                tc.addElement(P(text=str(v)))
                tr.addElement(tc)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    bio = io.BytesIO()
    doc.write(bio)
    return normzip(bio.getvalue())


def odt(paras):
    _odf_warmup()
    from odf.opendocument import OpenDocumentText
    from odf.text import P, H
    doc = OpenDocumentText()
    for p in paras:
        if p.startswith("# "):
            doc.text.addElement(H(outlinelevel=1, text=p[2:]))
        else:
            doc.text.addElement(P(text=p))
    bio = io.BytesIO()
    doc.write(bio)
    return normzip(bio.getvalue())


def csvtext(rows, sep=";"):
    out = io.StringIO()
    w = csv.writer(out, delimiter=sep, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return out.getvalue()


def ics(uid, start, end, summary, location, description, organizer):
    def esc(s):
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    lines = [
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Auenkamp//Terminplaner 3.1//DE", "METHOD:REQUEST",
        "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20260105T080000Z",
        f"DTSTART;TZID=Europe/Berlin:{start}", f"DTEND;TZID=Europe/Berlin:{end}",
        f"SUMMARY:{esc(summary)}", f"LOCATION:{esc(location)}", f"DESCRIPTION:{esc(description)}",
        f"ORGANIZER:mailto:{organizer}", "END:VEVENT", "END:VCALENDAR", ""]

    def fold(line):  # RFC 5545 3.1: fold at 75 octets (here: 73 characters, umlauts counted once)
        parts = [line[:73]]
        rest = line[73:]
        while rest:
            parts.append(" " + rest[:72])
            rest = rest[72:]
        return "\r\n".join(parts)
    return "\r\n".join(fold(l) for l in lines)


def png(w, h, seed, kind="gradient"):
    rnd = random.Random(seed)
    base = [rnd.randrange(40, 220) for _ in range(3)]
    raw = bytearray()
    for y in range(h):
        raw.append(0)
        for x in range(w):
            if kind == "scan":  # greyish paper with faint noise, no text
                g = 236 + rnd.randrange(-6, 7)
                raw += bytes((g, g, g - 3))
            else:
                raw += bytes(((base[0] + x) % 256, (base[1] + y) % 256, (base[2] + (x ^ y)) % 256))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(bytes(raw), 9)) + chunk(b"IEND", b""))


# ---------------------------------------------------------------------------
# people, signatures, footers
# ---------------------------------------------------------------------------
D = "auenkamp.example"

FOOT_LEBEN = """
--
Auenkamp Lebensversicherung a.G. · Am Auenkamp 1 · 49090 Osnabrück
Telefon 0541 77064-0 · Telefax 0541 77064-199 · www.auenkamp.example
Sitz Osnabrück · Amtsgericht Osnabrück HRB 20417
Vorstand: Dr. Henrike Voßkamp (Vorsitzende), Malte Overbeck, Sibel Karakaya
Vorsitzender des Aufsichtsrats: Prof. Dr. Gerd Ahlers

Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der
richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie
diese E-Mail. Das unerlaubte Kopieren oder Weitergeben ist nicht gestattet."""

FOOT_ALLG = """
--
Auenkamp Allgemeine Versicherung AG · Am Auenkamp 1 · 49090 Osnabrück
Telefon 0541 77064-0 · www.auenkamp.example
Sitz Osnabrück · Amtsgericht Osnabrück HRB 20533
Vorstand: Dr. Henrike Voßkamp (Vorsitzende), Malte Overbeck, Jörg Meinders
Vorsitzender des Aufsichtsrats: Prof. Dr. Gerd Ahlers"""

FOOT_EN = """
--
Auenkamp Lebensversicherung a.G. (Auenkamp Life, mutual insurance association)
Am Auenkamp 1, 49090 Osnabrück, Germany · phone +49 541 77064-0
Registered office Osnabrück · Local court Osnabrück HRB 20417
Management board: Dr. Henrike Voßkamp (Chair), Malte Overbeck, Sibel Karakaya

This e-mail may contain confidential information. If you are not the intended
recipient, please notify the sender and delete this e-mail."""

FOOT_PK = """
--
Auenkamp Pensionskasse VVaG · Am Auenkamp 1 · 49090 Osnabrück
Sitz Osnabrück · Amtsgericht Osnabrück HRB 20611
Vorstand: Malte Overbeck, Dr. Till Rohlfing"""


def sig(name, role, ext, mail_addr=None, dept=None, foot=FOOT_LEBEN, mobile=None):
    s = f"\nMit freundlichen Grüßen\n\n{name}\n{role}\n"
    if dept:
        s += dept + "\n"
    s += f"Telefon 0541 77064-{ext}\n"
    if mobile:
        s += f"Mobil {mobile}\n"
    if mail_addr:
        s += f"{mail_addr}\n"
    return s + foot


def sig_en(name, role, ext, foot=FOOT_EN):
    return f"\nKind regards\n\n{name}\n{role}\nPhone +49 541 77064-{ext}\n" + foot


PROEBSTING = "Jana Pröbsting <jana.proebsting@auenkamp.example>"
HOERNSCHEMEYER = "Tobias Hörnschemeyer <tobias.hoernschemeyer@auenkamp.example>"
NIEMEYER = "Frauke Niemeyer-Lutz <frauke.niemeyer-lutz@auenkamp.example>"
KESSEL = "Dr. Arnd Kessel <arnd.kessel@auenkamp.example>"
BRANDTNER = "Olga Brandtner <olga.brandtner@auenkamp.example>"
AYDIN = "Kemal Aydın <kemal.aydin@auenkamp.example>"
SCHOPPMEYER = "Marit Schoppmeyer <marit.schoppmeyer@auenkamp.example>"
BREDEMEIER = "Nils Bredemeier <nils.bredemeier@auenkamp.example>"
LUEDEKE = "Henrik Lüdeke <henrik.luedeke@auenkamp.example>"
WELLMANN = "Sabine Wellmann <sabine.wellmann@auenkamp.example>"
OSTENDORF = "Piet Ostendorf <piet.ostendorf@auenkamp.example>"
KAMPMANN = "Laura Kampmann <laura.kampmann@auenkamp.example>"
TOENNIES = "Ricarda Tönnies <ricarda.toennies@auenkamp.example>"
VAHRENHOLT = "Björn Vahrenholt <bjoern.vahrenholt@auenkamp.example>"
AHLERT = "Gesine Ahlert <gesine.ahlert@auenkamp.example>"
DEMIRTAS = "Yusuf Demirtaş <yusuf.demirtas@auenkamp.example>"
WHITFIELD = "Claire Whitfield <claire.whitfield@auenkamp.example>"
FOCKE = "Mareike Focke <mareike.focke@auenkamp.example>"
OBERMOELLER = "Jens Obermöller <jens.obermoeller@auenkamp.example>"
WUEBBELING = "Carsten Wübbeling <carsten.wuebbeling@auenkamp.example>"
ROSENDAHL = "Ilka Rosendahl <ilka.rosendahl@auenkamp.example>"
KRUSE = "Dennis Kruse <dennis.kruse@auenkamp.example>"

S_PROEBSTING = sig("Jana Pröbsting", "Vertragsservice Leben", "312")
S_HOERNSCHEMEYER = sig("Tobias Hörnschemeyer", "Leistung Leben | Todesfall und Ablauf", "341")
S_NIEMEYER = sig("Frauke Niemeyer-Lutz", "Leistungsprüfung Berufsunfähigkeit", "356")
S_KESSEL = sig("Dr. med. Arnd Kessel", "Gesellschaftsarzt | Ärztlicher Dienst", "390")
S_BRANDTNER = sig("Olga Brandtner", "Rentenservice", "327")
S_AYDIN = sig("Kemal Aydın", "Betriebliche Altersversorgung | Firmenkundenservice", "460", mobile="0160 4471902")
S_SCHOPPMEYER = sig("Marit Schoppmeyer", "Unfall-Leistung", "512", foot=FOOT_ALLG)
S_BREDEMEIER = sig("Nils Bredemeier", "Pflegerente und Leistung", "365")
S_LUEDEKE = sig("Henrik Lüdeke", "Maklerbetreuung Leben / bAV", "280", mobile="0171 2093557")
S_WELLMANN = sig("Sabine Wellmann", "Datenschutzbeauftragte der Auenkamp-Gruppe", "150")
S_OSTENDORF = sig("Piet Ostendorf", "Aktuariat Leben", "402")
S_KAMPMANN = sig("Laura Kampmann", "Auenkamp Akademie", "177")
S_TOENNIES = sig("Ricarda Tönnies", "Kfz-Schaden", "611", foot=FOOT_ALLG)
S_VAHRENHOLT = sig("Björn Vahrenholt", "Sachschaden Privatkunden", "634", foot=FOOT_ALLG)
S_AHLERT = sig("Gesine Ahlert", "Recht | Nachlass, Pfändungen, Abtretungen", "215")
S_DEMIRTAS = sig("Yusuf Demirtaş", "IT-Anwendungsbetreuung Leben", "731")
S_FOCKE = sig("Mareike Focke", "Personalabteilung", "120")
S_OBERMOELLER = sig("Jens Obermöller", "Finanzbuchhaltung | Zahlungsverkehr", "440")
S_WUEBBELING = sig("Carsten Wübbeling", "Kundenservice Sach", "620", foot=FOOT_ALLG)
S_ROSENDAHL = sig("Ilka Rosendahl", "Risikoprüfung Leben", "371")
S_KRUSE = sig("Dennis Kruse", "Unternehmenskommunikation", "190")
S_WHITFIELD = sig_en("Claire Whitfield", "International Desk", "288")
S_WHITFIELD_DE = sig("Claire Whitfield", "International Desk", "288")

# ===========================================================================
# MAILS
# ===========================================================================
def iban(country, bban, grouped=True):
    """ISO 7064 mod 97-10 check digits for an invented BBAN."""
    num = "".join(str(int(c, 36)) for c in (bban + country + "00"))
    s = f"{country}{98 - int(num) % 97:02d}{bban}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4)) if grouped else s


# the insurer's own premium accounts (company accounts, not personal data)
AUENKAMP_IBAN_ALLG = iban("DE", "26540077" + "0500310000")
AUENKAMP_IBAN_LEBEN = iban("DE", "26540077" + "0500320000")

# ---------------------------------------------------------------------------
# Part 1: life, pension, BU — contract business of named persons (mostly STRICTLY)
# ---------------------------------------------------------------------------

@mail("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
      "surrender-value request for a named customer's endowment life policy; no medical word")
def _():
    return plain("Heike Brüggemann <heike.brueggemann@mailbox.example>", "leben-service@auenkamp.example",
                 "Rückkaufswert meiner Lebensversicherung L-0412-887135", "2026-01-12 19:41", """
Sehr geehrte Damen und Herren,

ich habe bei Ihnen seit 2004 eine Kapitallebensversicherung (Vertragsnummer
L-0412-887135). Wir wollen unser Bad renovieren und ich überlege, den Vertrag
zu kündigen oder teilweise auszuzahlen.

Können Sie mir bitte mitteilen,
- wie hoch der Rückkaufswert zum 01.03.2026 wäre,
- ob eine Teilauszahlung möglich ist und was dann mit der Todesfallsumme passiert,
- und ob Steuern anfallen (der Vertrag läuft ja schon über 20 Jahre).

Eine Antwort per E-Mail reicht mir, gern auch an diese Adresse.

Vielen Dank und freundliche Grüße
Heike Brüggemann
Lindenstraße 14, 49324 Melle
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "surrender values of a named customer's life policy in an HTML table; no medical word")
def _():
    text = """
Sehr geehrter Herr Tepe,

vielen Dank für Ihre Anfrage vom 20.01.2026. Für Ihre Rentenversicherung mit
Kapitalwahlrecht R-0420-551208 haben wir die Werte zu den gewünschten
Stichtagen berechnet:

Stichtag      Rückkaufswert   Beitragsfreie Rente   Überschussguthaben
01.03.2026    41.208,77 €     188,40 € mtl.         3.917,02 €
01.07.2026    41.955,10 €     191,62 € mtl.         3.990,55 €
01.01.2027    43.102,36 €     196,15 € mtl.         4.102,88 €

Bitte beachten Sie: Bei einer Kündigung vor dem vereinbarten Rentenbeginn
(01.09.2031) entfällt der Anspruch auf die lebenslange Rente. Eine
Beitragsfreistellung wäre eine Alternative.

Sprechen Sie mich gern an.
""" + S_PROEBSTING
    html = """<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Sehr geehrter Herr Tepe,</p>
<p>vielen Dank für Ihre Anfrage vom 20.01.2026. Für Ihre Rentenversicherung mit
Kapitalwahlrecht <b>R-0420-551208</b> haben wir die Werte zu den gewünschten Stichtagen berechnet:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#dfe9e2"><th>Stichtag</th><th>Rückkaufswert</th><th>Beitragsfreie Rente</th><th>Überschussguthaben</th></tr>
<tr><td>01.03.2026</td><td align="right">41.208,77 €</td><td align="right">188,40 € mtl.</td><td align="right">3.917,02 €</td></tr>
<tr><td>01.07.2026</td><td align="right">41.955,10 €</td><td align="right">191,62 € mtl.</td><td align="right">3.990,55 €</td></tr>
<tr><td>01.01.2027</td><td align="right">43.102,36 €</td><td align="right">196,15 € mtl.</td><td align="right">4.102,88 €</td></tr>
</table>
<p>Bitte beachten Sie: Bei einer Kündigung vor dem vereinbarten Rentenbeginn (01.09.2031) entfällt der
Anspruch auf die lebenslange Rente. Eine Beitragsfreistellung wäre eine Alternative.</p>
<p>Sprechen Sie mich gern an.</p>
<p>Mit freundlichen Grüßen<br>Jana Pröbsting<br>Vertragsservice Leben<br>Telefon 0541 77064-312</p>
<p style="font-size:8pt;color:#666">Auenkamp Lebensversicherung a.G. · Am Auenkamp 1 · 49090 Osnabrück · Amtsgericht Osnabrück HRB 20417</p>
</body></html>
"""
    return alt(PROEBSTING, "Reinhard Tepe <r.tepe@tepe-online.example>",
               "Ihre Anfrage: Rückkaufswerte R-0420-551208", "2026-01-23 10:05", text, html)


@mail("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
      "beneficiary change on a life policy from ex-wife to new partner, partner's birth date as *dd.mm.yyyy")
def _():
    return plain("Marco Lüken <marco.lueken@web-post.example>", "leben-service@auenkamp.example",
                 "Änderung Bezugsrecht Vertrag L-0409-310442", "2026-02-03 21:17", """
Hallo,

nach meiner Scheidung (rechtskräftig seit November) möchte ich das Bezugsrecht
für den Todesfall in meiner Risikolebensversicherung L-0409-310442 ändern.

Bisher steht da noch meine Ex-Frau Sandra Lüken drin. Neue Bezugsberechtigte
soll meine Lebensgefährtin sein:

Katharina Oelgemöller, *17.08.1988
Am Schölerberg 7, 49082 Osnabrück

Das Bezugsrecht soll widerruflich bleiben. Brauchen Sie dafür ein Formular mit
Unterschrift oder reicht diese Mail? Die Beiträge laufen unverändert weiter
vom gleichen Konto.

Gruß
Marco Lüken
""", charset="iso-8859-1")


@mail("STRICTLY_CONFIDENTIAL", "de", "broker-to-insurer",
      "broker asks for a premium holiday on a named client's BU policy during parental leave; no medical word")
def _():
    return plain("Annika Wübbels <a.wuebbels@vorsorgewerk-emsland.example>", "makler@auenkamp.example",
                 "Beitragspause BU-0417-220981 / Kundin Sarah Hilmes", "2026-02-09 08:52", """
Guten Morgen Herr Lüdeke,

unsere gemeinsame Kundin Frau Sarah Hilmes (BU-0417-220981, BU-Rente 1.800 €)
geht ab 01.04.2026 für zwölf Monate in Elternzeit und hat in der Zeit kein
Einkommen außer Elterngeld. Sie möchte den Schutz unbedingt behalten.

Welche Möglichkeiten bietet der Tarif BU-Plus 2019?
1. Stundung der Beiträge für 12 Monate (ohne Zinsen?)
2. Beitragsfreistellung mit Wiederinkraftsetzung ohne erneute Gesundheitsprüfung?

Bitte kurze Rückmeldung, welche Variante Sie empfehlen und welches Formular
Frau Hilmes unterschreiben muss. Die Vollmacht liegt Ihnen vor.

Viele Grüße aus Lingen

Annika Wübbels
Vorsorgewerk Emsland GmbH – unabhängige Versicherungsmakler
Marktplatz 3 · 49808 Lingen (Ems)
Tel. 0591 91288-14
Registergericht Osnabrück HRB 212904 · Geschäftsführer: Annika Wübbels, Stefan Kloppenborg
IHK-Registrierungsnummer D-E7KQ-4TR2N-31
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "harmless body; the attached PDF is the dynamic-increase notice of a named customer's pension policy")
def _():
    m = plain("Auenkamp Vertragsservice <leben-service@auenkamp.example>",
              "Thorsten Kamphus <t.kamphus@freenet-mail.example>",
              "Ihre Post von Auenkamp", "2026-03-02 06:30", """
Guten Tag,

im Anhang finden Sie ein Schreiben zu Ihrem Vertrag. Bitte lesen Sie es in
Ruhe durch. Wenn Sie Fragen haben, antworten Sie einfach auf diese E-Mail.

Ihr Auenkamp Vertragsservice
""" + FOOT_LEBEN)
    p = pdf([
        "# Mitteilung über die planmäßige Erhöhung (Dynamik)",
        "Auenkamp Lebensversicherung a.G. - Am Auenkamp 1 - 49090 Osnabrück",
        "",
        "Herrn Thorsten Kamphus",
        "Bramscher Straße 201",
        "49088 Osnabrück",
        "",
        "Osnabrück, 02.03.2026",
        "Vertrag: R-0420-330871 - Private Rentenversicherung Tarif RV-Flex",
        "",
        "Sehr geehrter Herr Kamphus,",
        "wie vereinbart erhöhen sich Beitrag und Leistungen Ihres Vertrags zum 01.05.2026:",
        "| | bisher | ab 01.05.2026 |",
        "| Monatsbeitrag | 150,00 EUR | 157,50 EUR |",
        "| garantierte Monatsrente | 412,36 EUR | 428,90 EUR |",
        "| Beitragsrückgewähr im Todesfall | ja | ja |",
        "",
        "Sie können der Erhöhung bis zum 30.04.2026 widersprechen. Haben Sie zweimal in Folge "
        "widersprochen, erlischt das Recht auf weitere Erhöhungen.",
        "",
        "Mit freundlichen Grüßen",
        "Ihre Auenkamp Lebensversicherung a.G.",
    ], title="Dynamikmitteilung R-0420-330871")
    return with_atts(m, (p, "application/pdf", "Dynamikmitteilung_R-0420-330871.pdf"))


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "body only says 'appointment attached'; the ICS names the BU claimant, the expert and the vertebral fracture")
def _():
    m = plain(NIEMEYER, "Sven Brockschmidt <sven.brockschmidt@online-mail.example>",
              "Ihr Termin", "2026-04-08 12:12", """
Guten Tag Herr Brockschmidt,

wie heute am Telefon besprochen, schicke ich Ihnen den Termin als
Kalendereintrag. Die Fahrtkosten erstatten wir Ihnen, bitte heben Sie die
Belege auf.
""" + S_NIEMEYER)
    c = ics("begutachtung-s2026bu001022@auenkamp.example", "20260428T100000", "20260428T120000",
            "Begutachtung BU – Herr Sven Brockschmidt (S-2026-BU-001022)",
            "Gutachtenpraxis Dr. med. Hauke Witte, Unfallchirurgie, Lotter Straße 30, 49078 Osnabrück",
            "Orthopädisch-unfallchirurgisches Gutachten zur Berufsunfähigkeit als Dachdecker nach Sturz vom Gerüst "
            "am 09.01.2026 (Fraktur BWK 12, Kyphoplastie, anhaltende Belastungsschmerzen).\n"
            "Bitte mitbringen: MRT-Bilder auf CD, Entlassungsbericht Klinikum, aktuelle Medikamentenliste.",
            "frauke.niemeyer-lutz@auenkamp.example")
    return with_atts(m, (c, "text/calendar", "Termin_Begutachtung.ics", "utf-8", "quoted-printable"))


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "new bank account for the pension payments of a named annuitant, full IBAN; no medical word")
def _():
    return plain(BRANDTNER, "Gisela Hartke <gisela.hartke@t-post.example>",
                 "AW: Neue Bankverbindung für meine Rente", "2026-01-28 11:26", f"""
Sehr geehrte Frau Hartke,

vielen Dank für Ihre Nachricht. Wir haben die neue Bankverbindung für Ihre
Rentenzahlung aus dem Vertrag R-0398-004127 gespeichert:

Kontoinhaberin: Gisela Hartke
IBAN: {iban('DE', '28250110' + '0004417825')}
Bank: Sparkasse Emsland-Süd (fiktiv)

Die Umstellung gilt ab der Zahlung zum 01.03.2026. Die Februar-Rente
(612,48 €) geht noch auf das bisherige Konto bei der Postbank. Bitte lösen Sie
das alte Konto erst danach auf.

Ihre Rentenbezugsmitteilung an das Finanzamt ändert sich durch den Kontowechsel
nicht.
""" + S_BRANDTNER + """

-----Ursprüngliche Nachricht-----
Von: Gisela Hartke <gisela.hartke@t-post.example>
Gesendet: Montag, 26. Januar 2026 16:03
An: rentenservice@auenkamp.example
Betreff: Neue Bankverbindung für meine Rente

Guten Tag, ich habe jetzt ein Konto bei der Sparkasse, bitte die Rente ab März
dorthin überweisen. IBAN schicke ich mit. Gisela Hartke
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
      "son reports father's death for his life policy, death certificate as image scan; no cause of death")
def _():
    m = plain("Jan-Hendrik Stüve <jh.stueve@posteo-mail.example>", "leistung-leben@auenkamp.example",
              "Sterbefall Heinrich Stüve – Lebensversicherung", "2026-02-16 09:48", """
Sehr geehrte Damen und Herren,

leider muss ich Ihnen mitteilen, dass mein Vater, Heinrich Stüve, am
11.02.2026 verstorben ist. Er hatte bei Ihnen eine Lebensversicherung, die
Nummer auf dem letzten Schreiben lautet L-0388-201566. Soweit ich weiß, sind
meine Mutter und ich als Bezugsberechtigte eingetragen.

Anbei schicke ich Ihnen einen Scan der Sterbeurkunde. Das Original kann ich
gern per Post nachreichen. Welche Unterlagen brauchen Sie noch? Ein Erbschein
ist beantragt, dauert aber beim Amtsgericht wohl ein paar Wochen.

Vielen Dank für Ihre Hilfe.

Jan-Hendrik Stüve
Kirchstraße 2a, 49593 Bersenbrück
Tel. 05439 60218
""")
    return with_atts(m, (png(220, 300, "stueve-sterbeurkunde", "scan"), "image/png", "Sterbeurkunde_Scan.png"))


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "death claim on a life policy: needs doctor's certificate on cause of death because death occurred within waiting period")
def _():
    return outlook(HOERNSCHEMEYER, "Jan-Hendrik Stüve <jh.stueve@posteo-mail.example>",
                 "AW: Sterbefall Heinrich Stüve – Lebensversicherung", "2026-02-19 14:02", """
Sehr geehrter Herr Stüve,

zunächst unser aufrichtiges Beileid zum Tod Ihres Vaters.

Den Leistungsfall zur Lebensversicherung L-0388-201566 haben wir unter der
Nummer S-2026-LE-004481 angelegt. Bezugsberechtigt sind laut Vertrag Ihre
Mutter, Frau Roswitha Stüve, zu 60 % und Sie zu 40 %. Einen Erbschein
benötigen wir daher nicht.

Für die Auszahlung brauchen wir noch:
1. die Sterbeurkunde im Original oder als beglaubigte Kopie,
2. das Original des Versicherungsscheins (falls nicht auffindbar, eine kurze
   Verlusterklärung),
3. von beiden Bezugsberechtigten die Bankverbindung und eine Kopie des
   Personalausweises,
4. da der Vertrag im Jahr 2024 wieder in Kraft gesetzt wurde, zusätzlich das
   beiliegende Formular "Ärztliche Bescheinigung zur Todesursache", das der
   Hausarzt Ihres Vaters ausfüllen sollte. Die Kosten übernehmen wir.

Die Versicherungssumme beträgt 25.000 € zuzüglich Überschussbeteiligung.
""" + S_HOERNSCHEMEYER)


@mail("STRICTLY_CONFIDENTIAL", "de", "lawyer-to-insurer",
      "estate lawyer contests a life-policy beneficiary designation for named heirs; no medical word")
def _():
    return plain("RAin Dr. Miriam Tiemeyer <tiemeyer@rahe-tiemeyer.example>", "recht@auenkamp.example",
                 "Nachlass Werner Grothaus † / Ihre LV-Nr. L-0401-774310 – unser Az. 26/0117", "2026-03-05 15:30", """
Sehr geehrte Damen und Herren,

wir vertreten die Erbengemeinschaft nach dem am 02.01.2026 verstorbenen
Herrn Werner Grothaus, zuletzt wohnhaft Hauptstraße 40, 49565 Bramsche,
bestehend aus seinen Kindern Elke Grothaus-Meier und Frank Grothaus.
Vollmachten liegen an.

Nach unseren Informationen ist in der oben genannten Lebensversicherung seit
2019 Frau Brigitte Lammers als widerruflich Bezugsberechtigte eingetragen.
Unsere Mandanten haben das Schenkungsangebot, das in der Bezugsrechtseinräumung
liegt, gegenüber Frau Lammers mit Schreiben vom heutigen Tag widerrufen, bevor
ihr die Annahme zugegangen ist.

Wir bitten Sie daher,
1. die Versicherungsleistung bis zur Klärung nicht an Frau Lammers auszuzahlen,
2. uns die Höhe der fälligen Leistung mitzuteilen und
3. uns eine Kopie der Bezugsrechtsverfügung vom 14.06.2019 zu übersenden.

Hilfsweise regen wir die Hinterlegung beim Amtsgericht an.

Mit freundlichen Grüßen

Dr. Miriam Tiemeyer
Rechtsanwältin, Fachanwältin für Erbrecht

Rahe & Tiemeyer Rechtsanwälte PartG mbB
Johannisstraße 61 · 49074 Osnabrück
Telefon 0541 33509-0 · Partnerschaftsregister AG Hannover PR 201177
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "court-to-insurer",
      "family court requests pension-splitting information on a named spouse's private pension and bAV contracts")
def _():
    m = plain("Amtsgericht Osnabrück – Familiengericht <poststelle.fam@ag-osnabrueck.example>",
              "versorgungsausgleich@auenkamp.example",
              "Auskunftsersuchen Versorgungsausgleich – 18 F 412/25", "2026-01-20 09:00", """
Amtsgericht Osnabrück
- Familiengericht -
Geschäftsnummer: 18 F 412/25

In der Familiensache
Ehescheidung Schwegmann ./. Schwegmann

werden Sie gebeten, gemäß § 220 FamFG Auskunft über die in der Ehezeit
erworbenen Anrechte des Antragsgegners zu erteilen:

Herr Ralf Schwegmann, geboren am 04.09.1979
wohnhaft Am Kirchenfeld 8, 49143 Bissendorf
Ehezeit: 01.05.2008 bis 31.10.2025

Nach den Angaben des Antragsgegners bestehen bei Ihnen
- eine private Rentenversicherung (Nr. R-0415-090355) und
- eine Direktversicherung über den Arbeitgeber Hüsing Metallbau GmbH (Nr. DV-0431-772015).

Bitte verwenden Sie die beigefügten Formblätter V10 und teilen Sie den
Ehezeitanteil, den Ausgleichswert und den korrespondierenden Kapitalwert mit.
Frist: 6 Wochen.

Auf Anordnung
Brinkmann, Justizfachangestellte

Dieses Schreiben wurde elektronisch erstellt und ist ohne Unterschrift gültig.
""")
    f = docx([
        "# Formblatt V10 – Auskunft des Versorgungsträgers",
        "Geschäftsnummer: 18 F 412/25",
        "Versorgungsträger: ______________________",
        ("table", [["Feld", "Angabe"], ["Name der ausgleichspflichtigen Person", "Ralf Schwegmann"],
                   ["Geburtsdatum", "04.09.1979"], ["Ehezeit", "01.05.2008 - 31.10.2025"],
                   ["Ehezeitanteil (Kapitalwert)", ""], ["Vorgeschlagener Ausgleichswert", ""],
                   ["Teilungskosten", ""]]),
        "Ort, Datum, Unterschrift des Versorgungsträgers",
    ], author="AG Osnabrück")
    return with_atts(m, (f, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                         "Formblatt_V10_18F412-25.docx"))


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-court",
      "pension-splitting answer to the family court: accrued values of a named person's pension contracts, in the PDF")
def _():
    m = plain(AHLERT, "Amtsgericht Osnabrück – Familiengericht <poststelle.fam@ag-osnabrueck.example>",
              "18 F 412/25 – Auskunft Auenkamp Lebensversicherung", "2026-02-24 13:44", """
Sehr geehrte Damen und Herren,

in der Familiensache 18 F 412/25 übersenden wir anliegend unsere Auskunft zu
den beiden Anrechten des Antragsgegners. Wir schlagen für beide Anrechte die
interne Teilung vor. Die Teilungskosten haben wir pauschal mit 250 € je
Anrecht angesetzt.

Für Rückfragen stehe ich Ihnen gern zur Verfügung.
""" + S_AHLERT)
    p = pdf([
        "# Auskunft zum Versorgungsausgleich (§ 220 FamFG)",
        "Geschäftsnummer 18 F 412/25 - Ehesache Schwegmann ./. Schwegmann",
        "Ausgleichspflichtige Person: Ralf Schwegmann, geb. 04.09.1979",
        "Ehezeit: 01.05.2008 bis 31.10.2025",
        "",
        "## Anrecht 1: Private Rentenversicherung R-0415-090355",
        "| Position | Wert |",
        "| Kapitalwert zum Ende der Ehezeit | 38.771,40 EUR |",
        "| davon Ehezeitanteil | 31.904,12 EUR |",
        "| Ausgleichswert (1/2 abzgl. Teilungskosten) | 15.827,06 EUR |",
        "",
        "## Anrecht 2: Direktversicherung DV-0431-772015 (Arbeitgeber Hüsing Metallbau GmbH)",
        "| Position | Wert |",
        "| Kapitalwert zum Ende der Ehezeit | 22.410,88 EUR |",
        "| davon Ehezeitanteil | 22.410,88 EUR |",
        "| Ausgleichswert | 11.080,44 EUR |",
        "",
        "Wir schlagen die interne Teilung vor (§ 10 VersAusglG). Die ausgleichsberechtigte Person "
        "erhält ein eigenständiges Anrecht in einem Tarif RV-Flex 2026.",
        "",
        "Osnabrück, 24.02.2026 - Auenkamp Lebensversicherung a.G., Recht",
    ], title="Auskunft VA 18 F 412/25")
    return with_atts(m, (p, "application/pdf", "VA-Auskunft_18F412-25.pdf"))


@mail("STRICTLY_CONFIDENTIAL", "de", "taxoffice-to-insurer",
      "tax office asks for pension payments (Leibrente) of a named taxpayer with tax ID; no medical word")
def _():
    return plain("Finanzamt Osnabrück-Land <poststelle.2368@finanzamt-nds.example>", "rentenservice@auenkamp.example",
                 "Auskunftsersuchen nach § 93 AO – StNr. 66/148/30922", "2026-04-07 10:15", """
Finanzamt Osnabrück-Land
Hannoversche Straße 12, 49084 Osnabrück

Steuernummer: 66/148/30922
Steuerpflichtiger: Herr Bernd Wiethölter, Ringstraße 5, 49176 Hilter
Identifikationsnummer: 47 119 803 562

Sehr geehrte Damen und Herren,

im Rahmen der Veranlagung 2024 benötige ich Auskunft über Zahlungen an den
oben genannten Steuerpflichtigen. Nach den vorliegenden Rentenbezugsmitteilungen
zahlen Sie ihm eine Leibrente aus einer privaten Rentenversicherung. Der
Steuerpflichtige hat eine Kapitalabfindung im Jahr 2024 erklärt, die aus den
Mitteilungen nicht hervorgeht.

Bitte teilen Sie mir bis zum 08.05.2026 mit:
1. Beginn und Höhe der laufenden Rente im Jahr 2024,
2. Datum und Betrag einer etwaigen Teilkapitalauszahlung,
3. ob es sich um einen Vertrag mit Vertragsbeginn vor dem 01.01.2005 handelt.

Ich weise darauf hin, dass Sie nach § 93 AO zur Auskunft verpflichtet sind.

Im Auftrag
Koopmann
Veranlagungsstelle 3, Durchwahl 0541 9392-317
""", charset="iso-8859-1")


@mail("STRICTLY_CONFIDENTIAL", "de", "company-to-insurer",
      "employer's one-line mail; XLSX attachment lists employees' salary-conversion bAV enrolments with birth dates and gross salaries")
def _():
    m = plain("Petra Rohlfs <p.rohlfs@huesing-metallbau.example>", "bav@auenkamp.example",
              "Neuanmeldungen Mai", "2026-04-22 13:05", """
Hallo Herr Aydın,

anbei die Neuanmeldungen zur Entgeltumwandlung ab 01.05.

Gruß
Petra Rohlfs
Lohnbuchhaltung
Hüsing Metallbau GmbH · Gewerbering 12 · 49143 Bissendorf
""")
    x = xlsx([("Neuanmeldungen", [
        ["Pers.-Nr.", "Name", "Vorname", "geb.", "Eintritt", "Brutto mtl.", "Umwandlung mtl.", "AG-Zuschuss 15 %", "Tarif"],
        [1187, "Kösters", "Lukas", "1999-03-14", "2026-02-01", 3150.00, 120.00, 18.00, "DV-Klassik"],
        [1190, "Yıldız", "Merve", "2001-11-02", "2026-03-01", 2780.00, 80.00, 12.00, "DV-Klassik"],
        [1042, "Heitmann", "Jörg", "1975-06-29", "2011-08-15", 4420.00, 302.00, 45.30, "DV-Fonds"],
        [1193, "Pöppelmann", "Lea", "2004-09-21", "2026-04-01", 1240.00, 50.00, 7.50, "DV-Klassik"],
    ])], creator="Rohlfs")
    return with_atts(m, (x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                         "Entgeltumwandlung_Neuanmeldungen_2026-05.xlsx"))


@mail("STRICTLY_CONFIDENTIAL", "de", "company-to-insurer",
      "employer reports a leaving employee and asks to transfer his direct-insurance bAV contract to him; no medical word")
def _():
    return plain("Stefanie Kuhlmann <personal@kuhlmann-logistik.example>", "bav@auenkamp.example",
                 "Austritt Herr Ahrens – Direktversicherung DV-0431-440918", "2026-05-06 11:38", """
Sehr geehrter Herr Aydin,

unser Mitarbeiter Herr Timo Ahrens scheidet zum 30.06.2026 aus unserem
Unternehmen aus (Eigenkündigung). Für ihn besteht bei Ihnen die
Direktversicherung DV-0431-440918 aus Entgeltumwandlung, der Arbeitgeberzuschuss
wurde seit 2022 gezahlt.

Herr Ahrens möchte den Vertrag privat weiterführen. Bitte übertragen Sie die
Versicherungsnehmereigenschaft zum 01.07.2026 auf ihn. Seine private Anschrift:
Schützenstraße 33, 49477 Ibbenbüren.

Die letzte Beitragszahlung durch uns erfolgt mit der Juni-Abrechnung. Bitte
schicken Sie uns die Bestätigung für die Personalakte.

Mit freundlichen Grüßen
Stefanie Kuhlmann
Personal
Kuhlmann Logistik GmbH & Co. KG · Industriestraße 7 · 49479 Ibbenbüren
""", charset="windows-1252", cte="quoted-printable")


@mail("STRICTLY_CONFIDENTIAL", "de", "company-to-insurer",
      "employer says a named employee draws sickness benefit so bAV salary conversion stops; indirect health fact")
def _():
    return plain("Petra Rohlfs <p.rohlfs@huesing-metallbau.example>", "bav@auenkamp.example",
                 "Beitragsfreistellung Heitmann", "2026-03-11 08:20", """
Hallo Herr Aydın,

bei Herrn Jörg Heitmann (Pers.-Nr. 1042, Vertrag DV-0431-205117) läuft seit
dem 19.01. keine Lohnfortzahlung mehr, er bekommt Krankengeld von der Kasse.
Damit fällt die Entgeltumwandlung ab Februar weg, wir haben die Beiträge
gestoppt.

Bitte den Vertrag beitragsfrei stellen, bis er wieder da ist. Wann das sein
wird, wissen wir nicht. Müssen wir sonst noch etwas melden?

Gruß
Petra Rohlfs
Lohnbuchhaltung
Hüsing Metallbau GmbH
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
      "BU claim notice: roofer cannot work since an accident; indirect health facts, no diagnosis")
def _():
    return plain("Sven Brockschmidt <sven.brockschmidt@online-mail.example>", "leistung-leben@auenkamp.example",
                 "Berufsunfähigkeit – was muss ich tun?", "2026-02-26 22:04", """
Guten Abend,

ich bin Dachdecker und habe bei Ihnen eine Berufsunfähigkeitsversicherung
(BU-0417-301774). Am 9. Januar bin ich auf einer Baustelle in Wallenhorst vom
Gerüst gefallen. Seit dem Unfall kann ich nicht mehr arbeiten, ich komme keine
Leiter mehr hoch und kann nichts Schweres tragen. Mein Chef hat mir schon
gesagt, dass er mich so nicht mehr einsetzen kann.

Wie läuft das jetzt ab? Muss ich ein Formular ausfüllen? Ich bin noch bis
Ende März krankgeschrieben, danach weiß ich nicht weiter.

Mit freundlichen Grüßen
Sven Brockschmidt
Tel. 0160 90211437
""", charset="iso-8859-1", cte="8bit")


@mail("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
      "wife reports husband cannot work since an accident, accident policy; indirect health fact")
def _():
    return plain("Birgit Hollenberg <b.hollenberg@mail-osna.example>", "unfall@auenkamp.example",
                 "Unfallversicherung meines Mannes", "2026-01-08 17:55", """
Sehr geehrte Damen und Herren,

mein Mann Klaus Hollenberg hat bei Ihnen eine Unfallversicherung
(U 77 304 118). Er ist am 27.12. beim Holzmachen im Garten mit der Hand in die
Säge gekommen. Seit dem Unfall kann er nicht mehr arbeiten und wir wissen
nicht, ob er seinen Beruf als Tischler je wieder machen kann.

Er selbst kann gerade nicht schreiben, deshalb schreibe ich. Was brauchen Sie
von uns? Bekommt man da schon etwas, bevor alles klar ist?

Freundliche Grüße
Birgit Hollenberg
Feldweg 3, 49191 Belm
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "BU claim assessment to the company physician with ICD-10 codes and medication of a named claimant")
def _():
    return plain(NIEMEYER, KESSEL, "Bitte um ärztliche Stellungnahme – BU-Fall S-2026-BU-000873 (Meyer zu Hage)",
                 "2026-03-24 15:10", """
Hallo Arnd,

kannst du dir bitte den Fall Anja Meyer zu Hage ansehen (BU-0417-060521,
Lehrerin, 100 % Deputat, BU-Rente 2.100 €)?

Vorliegend:
- Befundbericht Dr. Overesch vom 02.03.: F33.1 G (rezidivierende depressive
  Störung, mittelgradig), F41.1 G; AU seit 04.11.2025
- Entlassungsbericht Psychosomatische Klinik Bad Iburg (Aufenthalt
  13.01.–24.02.2026): "Entlassung arbeitsunfähig", Sertralin 100 mg, Empfehlung
  stufenweise Wiedereingliederung frühestens in 3 Monaten
- eigene Angaben der Kundin zur Tätigkeit: ca. 60 % Unterricht, Rest
  Korrekturen, Elterngespräche, Konferenzen

Frage: Ist eine BU von mindestens 50 % für voraussichtlich sechs Monate
plausibel, oder sollen wir ein psychiatrisches Gutachten beauftragen? Die
Kundin hat gebeten, nicht begutachtet zu werden, wenn es sich vermeiden lässt.

Danke und Gruß
Frauke
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "doctor-to-insurer",
      "GP's findings report for a BU claim only in the PDF; body just references the patient")
def _():
    m = plain("Praxis Dr. Katrin Overesch <praxis@overesch-allgemeinmedizin.example>",
              "leistung-leben@auenkamp.example",
              "Befundbericht Ihre Anforderung vom 12.02.2026", "2026-03-02 18:22", """
Sehr geehrte Damen und Herren,

anbei der angeforderte Befundbericht zu unserer Patientin Frau Meyer zu Hage.
Die Schweigepflichtentbindung lag Ihrer Anforderung bei. Die Rechnung nach
GOÄ geht separat per Post.

Mit freundlichen Grüßen
i. A. Sandra Kemper, MFA
Praxis Dr. med. Katrin Overesch, Fachärztin für Allgemeinmedizin
Große Straße 22, 49134 Wallenhorst
""")
    p = pdf([
        "# Ärztlicher Befundbericht",
        "Patientin: Anja Meyer zu Hage, geb. 22.05.1981",
        "Auftraggeber: Auenkamp Lebensversicherung a.G., Vorgang S-2026-BU-000873",
        "",
        "Diagnosen: F33.1 G rezidivierende depressive Störung, gegenwärtig mittelgradig; "
        "F41.1 G generalisierte Angststörung; R53 Erschöpfung",
        "Behandlung in unserer Praxis seit 2015, Arbeitsunfähigkeit seit 04.11.2025.",
        "Medikation: Sertralin 100 mg 1-0-0, Zopiclon 3,75 mg bei Bedarf.",
        "Stationäre Behandlung 13.01. bis 24.02.2026 in der Psychosomatischen Klinik Bad Iburg.",
        "Beurteilung: Derzeit keine Belastbarkeit für Unterrichtstätigkeit. Prognose offen, "
        "frühestens in drei Monaten Wiedereingliederung denkbar.",
        "",
        "Wallenhorst, 28.02.2026 - Dr. med. K. Overesch",
    ], title="Befundbericht", author="Praxis Dr. Overesch")
    return with_atts(m, (p, "application/pdf", "Befundbericht_MeyerzuHage.pdf"))


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
      "insurer requests an orthopaedic report for a named BU claimant, with consent reference and questions")
def _():
    return plain(NIEMEYER, "Orthopädie Dr. Yılmaz <info@ortho-yilmaz.example>",
                 "Anforderung Befundbericht – Herr Sven Brockschmidt, geb. 30.07.1986", "2026-03-16 09:31", """
Sehr geehrter Herr Dr. Yılmaz,

Ihr Patient Herr Sven Brockschmidt, geb. 30.07.1986, hat bei uns Leistungen aus
seiner Berufsunfähigkeitsversicherung beantragt (Vorgang S-2026-BU-001022).
Eine Schweigepflichtentbindungserklärung für Ihre Praxis liegt uns vor; eine
Kopie hängen wir auf Wunsch gern an.

Wir bitten um einen Befundbericht zu folgenden Fragen:
1. Welche Verletzungen wurden nach dem Sturz vom 09.01.2026 festgestellt
   (Diagnosen, ggf. ICD-10)?
2. Welche Behandlungen erfolgten bisher, welche sind geplant?
3. Welche Funktionseinschränkungen bestehen aktuell (Heben, Tragen, Steigen,
   Überkopfarbeiten)?
4. Wie schätzen Sie die Prognose für eine Tätigkeit als Dachdecker ein?

Für den Bericht vergüten wir 60 € zzgl. Porto. Bitte senden Sie ihn an
leistung-leben@auenkamp.example (SecurePost) oder per Post.
""" + S_NIEMEYER)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "accident-insurance disability payout: thumb function loss per Gliedertaxe for a named insured")
def _():
    return outlook(SCHOPPMEYER, "Klaus Hollenberg <k.hollenberg@mail-osna.example>",
                 "Ihre Unfallversicherung U 77 304 118 – Invaliditätsleistung", "2026-06-15 10:40", """
Sehr geehrter Herr Hollenberg,

das Gutachten von Herrn Prof. Dr. Wessels (Handchirurgie, Klinikum Osnabrück)
liegt uns jetzt vor. Danach besteht nach der Verletzung vom 27.12.2025 eine
dauerhafte Beeinträchtigung der rechten Hand:

- Teilverlust des Endglieds am rechten Zeigefinger: 5/10 Fingerwert
- Bewegungseinschränkung des rechten Daumens: 3/10 Daumenwert

Nach der Gliedertaxe Ihrer Bedingungen (AUB 2014) ergibt das:
Zeigefinger 10 % × 5/10 = 5,0 %
Daumen 20 % × 3/10 = 6,0 %
Invaliditätsgrad gesamt: 11,0 %

Bei einer Grundsumme von 120.000 € und der vereinbarten Progression 350 %
(unterhalb 25 % ohne Wirkung) zahlen wir 13.200 € auf Ihr bekanntes Konto.
Die bereits gezahlten Krankenhaustagegelder (9 Tage à 30 €) bleiben davon
unberührt.

Sie und wir können den Invaliditätsgrad bis zu drei Jahre nach dem Unfall
jährlich neu bemessen lassen.
""" + S_SCHOPPMEYER)
# ---------------------------------------------------------------------------
# Part 2: care, critical illness, funeral, Riester/Rürup, underwriting, third parties (STRICTLY, de)
# ---------------------------------------------------------------------------

@mail("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
      "daughter applies for care-pension benefits for her mother with care level 3")
def _():
    return plain("Martina Sudhoff <martina.sudhoff@familie-sudhoff.example>", "pflege@auenkamp.example",
                 "Pflegerente für meine Mutter Hildegard Sudhoff (PR-0433-01877)", "2026-02-12 20:30", """
Sehr geehrte Damen und Herren,

meine Mutter, Frau Hildegard Sudhoff, hat bei Ihnen seit 2012 eine
Pflegerentenversicherung (PR-0433-01877). Ich habe eine notarielle
Vorsorgevollmacht und kümmere mich um ihre Angelegenheiten.

Der Medizinische Dienst war im Dezember bei ihr, seit dem Bescheid der
Pflegekasse vom 28.01.2026 hat sie Pflegegrad 3. Sie lebt noch in ihrer
Wohnung in Georgsmarienhütte, ein ambulanter Dienst kommt morgens und abends,
den Rest machen mein Bruder und ich.

Ich möchte hiermit die Pflegerente beantragen. Den Bescheid der Pflegekasse
und das Gutachten des Medizinischen Dienstes kann ich Ihnen schicken, sagen
Sie mir bitte, ob Kopien reichen. Die Vollmacht hänge ich als PDF an, sobald
ich sie eingescannt habe.

Mit freundlichen Grüßen
Martina Sudhoff
Eichendorffweg 12, 49124 Georgsmarienhütte
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
      "critical-illness claim after a heart attack with hospital stay and stent")
def _():
    return plain("Rüdiger Schlömer <rschloemer@kabelmail.example>", "leistung-leben@auenkamp.example",
                 "Leistungsantrag Schwere-Krankheiten-Vorsorge SK-0440-00912", "2026-04-14 08:03", """
Sehr geehrte Damen und Herren,

ich hatte am 21.03.2026 einen Herzinfarkt und lag bis 30.03. im Marienhospital
Osnabrück. Dort wurde ein Stent gesetzt, danach war ich drei Wochen in der
Reha in Bad Rothenfelde (bis gestern).

Ich habe bei Ihnen die Schwere-Krankheiten-Vorsorge SK-0440-00912 mit
80.000 € Versicherungssumme. Laut Bedingungen ist ein Herzinfarkt versichert.
Was brauchen Sie von mir? Den Entlassungsbrief vom Krankenhaus habe ich, das
EKG und die Laborwerte (Troponin) stehen da auch drin.

Mit freundlichen Grüßen
Rüdiger Schlömer
Nordring 81, 49078 Osnabrück
""", flowed=True, cte="8bit")


@mail("STRICTLY_CONFIDENTIAL", "de", "company-to-insurer",
      "funeral home asks for direct payment of a deceased's funeral-cover sum assigned to it; no medical word")
def _():
    m = plain("Bestattungshaus Wellenbrock <info@bestattungen-wellenbrock.example>", "leistung-leben@auenkamp.example",
              "Sterbegeldversicherung Frau Anneliese Bruns – Abtretung", "2026-03-09 12:14", """
Sehr geehrte Damen und Herren,

am 06.03.2026 ist Frau Anneliese Bruns, geb. Töbelmann, zuletzt wohnhaft
Seniorenwohnanlage Am Kirchplatz, 49196 Bad Laer, verstorben. Frau Bruns hatte
bei Ihnen die Sterbegeldversicherung SG-0608-33017 über 6.000 €.

Frau Bruns hat die Ansprüche aus dieser Versicherung bereits 2021 im Rahmen
ihres Bestattungsvorsorgevertrags an uns abgetreten. Die Abtretungsanzeige
wurde Ihnen damals übersandt (Ihr Bestätigungsschreiben vom 19.05.2021 liegt
uns vor).

Wir bitten um Auszahlung auf unser Geschäftskonto. Sterbeurkunde und unsere
Rechnung hängen an, ein Überschuss wird mit den Angehörigen abgerechnet.

Mit freundlichen Grüßen
Hanna Wellenbrock
Bestattungshaus Wellenbrock e.K. · Glandorfer Straße 4 · 49196 Bad Laer
Tel. 05424 8021
""")
    inv = pdf([
        "# Rechnung Nr. 2026-041",
        "Bestattungshaus Wellenbrock e.K. - Glandorfer Straße 4 - 49196 Bad Laer",
        "Bestattung: Frau Anneliese Bruns, verstorben am 06.03.2026",
        "Auftraggeber: Herr Gerd Bruns (Sohn), Auf dem Brink 9, 49196 Bad Laer",
        "| Leistung | Betrag |",
        "| Überführung und hygienische Versorgung | 640,00 EUR |",
        "| Sarg Eiche, Ausstattung | 1.480,00 EUR |",
        "| Trauerfeier, Dekoration | 920,00 EUR |",
        "| Gebühren Friedhof Bad Laer (verauslagt) | 1.755,00 EUR |",
        "| Summe | 4.795,00 EUR |",
        "Die Rechnung wird über die abgetretene Sterbegeldversicherung SG-0608-33017 beglichen.",
    ], title="Rechnung 2026-041", author="Bestattungshaus Wellenbrock")
    return with_atts(m, (png(200, 280, "bruns-urkunde", "scan"), "image/png", "Sterbeurkunde_Bruns.png"),
                     (inv, "application/pdf", "Rechnung_2026-041.pdf"))


@mail("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
      "elderly customer wants to raise her funeral-cover sum and asks whether health questions apply; her age and contract, no health fact")
def _():
    return plain("Elfriede Pohlmann <elfriede.pohlmann@t-post.example>", "leben-service@auenkamp.example",
                 "Erhöhung Sterbegeld", "2026-01-15 10:21", """
Sehr geehrte Damen und Herren

meine Enkelin hilft mir beim Schreiben. Ich habe bei ihnen die
Sterbegeldversicherung SG-0608-12840 über 5000 Euro seit 2009. Die
Beerdigungen sind aber so teuer geworden, ich möchte auf 8000 Euro erhöhen.

Geht das noch mit 81 Jahren ? Muss ich dann wieder Fragen zur Gesundheit
beantworten oder zum Arzt ? Was kostet das im Monat mehr ?

Bitte schreiben sie mir lieber einen Brief, meine Adresse ist Mühlenweg 6,
49152 Bad Essen.

Mit freundlichen Grüßen
Elfriede Pohlmann
""", charset="windows-1252", cte="8bit")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "Riester allowance claw-back for a named customer with children's names and birth dates; no medical word")
def _():
    return outlook(BRANDTNER, "Nadine Wesselmann <nadine.wesselmann@mailhaus.example>",
                 "Ihr Riester-Vertrag RZ-0425-118430 – Rückforderung Kinderzulage durch die ZfA",
                 "2026-05-19 09:12", """
Sehr geehrte Frau Wesselmann,

die Zentrale Zulagenstelle für Altersvermögen (ZfA) hat uns mitgeteilt, dass
für das Beitragsjahr 2023 die Kinderzulage für Ihren Sohn Leon Wesselmann
(geb. 03.02.2004) zu Unrecht gewährt wurde. Nach den Daten der Familienkasse
wurde für Leon ab August 2023 kein Kindergeld mehr gezahlt; zulageberechtigt
war für 2023 daher nur Ihre Tochter Mia (geb. 11.07.2009).

Die ZfA fordert 300,00 € zurück. Wir haben den Betrag Ihrem Altersvorsorgevertrag
am 15.05.2026 belastet. Ihr Guthaben beträgt danach 21.884,17 €.

Wenn Sie mit der Entscheidung nicht einverstanden sind, können Sie innerhalb
eines Jahres nach Erhalt dieses Schreibens über uns eine Festsetzung bei der
ZfA beantragen.

Ihr Dauerzulageantrag bleibt bestehen. Bitte teilen Sie uns Änderungen bei
den Kindern, beim Einkommen oder beim Familienstand immer gleich mit.
""" + S_BRANDTNER)


@mail("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
      "short request for the annual tax certificate of a named customer's basic pension (Rürup) contract")
def _():
    return plain("Dr. Holger Eilers <h.eilers@eilers-stb.example>", "leben-service@auenkamp.example",
                 "Bescheinigung Basisrente 2025", "2026-02-02 07:46", """
Guten Morgen,

für meine Steuererklärung 2025 fehlt mir noch die Beitragsbescheinigung zu
meiner Basisrente BR-0427-003318. Die Beiträge 2025 waren 12 × 850 € plus eine
Sonderzahlung von 6.000 € im Dezember. Können Sie mir die Bescheinigung bitte
per Post schicken? Die Daten gehen ja ohnehin elektronisch ans Finanzamt.

Danke und Gruß
Holger Eilers
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "system-to-customer",
      "HTML-only dunning notice (§ 38 VVG) for a named customer's BU premium arrears; no medical word")
def _():
    html = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Zahlungserinnerung</title></head>
<body style="font-family:Verdana,sans-serif;font-size:13px;color:#222">
<table width="600" cellpadding="0" cellspacing="0"><tr><td style="background:#1f5c45;color:#fff;padding:12px">
<b>Auenkamp Versicherungen</b></td></tr>
<tr><td style="padding:16px">
<p>Sehr geehrter Herr Uphoff,</p>
<p>für Ihre Berufsunfähigkeitsversicherung <b>BU-0417-271906</b> sind folgende Beiträge offen:</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
<tr><th>Fälligkeit</th><th>Beitrag</th><th>Mahnkosten</th></tr>
<tr><td>01.03.2026</td><td>97,40 €</td><td>–</td></tr>
<tr><td>01.04.2026</td><td>97,40 €</td><td>5,00 €</td></tr>
<tr><td><b>Summe</b></td><td colspan="2"><b>199,80 €</b></td></tr>
</table>
<p><b>Wichtig:</b> Zahlen Sie den Betrag bitte bis zum <b>12.05.2026</b>. Tritt danach ein Versicherungsfall ein,
sind wir nach § 38 VVG leistungsfrei. Außerdem können wir den Vertrag fristlos kündigen.</p>
<p>Die Lastschrift von Ihrem Konto bei der Volksbank wurde zweimal zurückgegeben (Grund: Widerspruch).
Bitte überweisen Sie auf unser Beitragskonto und geben Sie als Verwendungszweck BU-0417-271906 an.</p>
<p>Ihre Auenkamp Lebensversicherung a.G.</p>
</td></tr>
<tr><td style="font-size:10px;color:#777;padding:8px">Auenkamp Lebensversicherung a.G. · Amtsgericht Osnabrück HRB 20417 ·
Diese Nachricht wurde automatisch erstellt.</td></tr></table>
</body></html>
"""
    return html_only("Auenkamp Beitragsservice <noreply-beitrag@auenkamp.example>",
                     "Mirko Uphoff <mirko.uphoff@freemail-nord.example>",
                     "Zahlungserinnerung – bitte beachten", "2026-04-27 05:10", html)


@mail("STRICTLY_CONFIDENTIAL", "de", "broker-to-insurer",
      "BU application with health answers (back pain, physiotherapy, allergy) for a named applicant")
def _():
    return plain("Dirk Lüttmann <dirk@finanzkontor-luettmann.example>", "antrag-leben@auenkamp.example",
                 "Voranfrage BU – Herr Philipp Rensing", "2026-01-27 16:40", """
Moin Frau Rosendahl,

ich bitte um eine anonyme... nein, leider nicht anonym, der Kunde möchte es
gleich richtig machen: Risikovoranfrage für

Philipp Rensing, geb. 08.12.1992, Elektroniker für Betriebstechnik (Meister),
80 % Büro, 20 % Baustelle, Nichtraucher, 1,84 m / 86 kg
gewünschte BU-Rente 2.000 €, Endalter 67, Tarif BU-Plus 2026

Gesundheitsfragen (5 Jahre ambulant, 10 Jahre stationär):
- 2023: Rückenbeschwerden LWS nach Umzug, 6× Physiotherapie, seitdem
  beschwerdefrei, keine Bildgebung
- Heuschnupfen (Gräser), Cetirizin bei Bedarf im Sommer
- 2019: Arthroskopie rechtes Knie (Meniskus), keine Folgen
- sonst nichts, keine psychischen Behandlungen

Arztbericht Physio kann nachgereicht werden. Was meinen Sie: normal oder mit
Klausel?

Beste Grüße
Dirk Lüttmann

Finanzkontor Lüttmann e.K. – Versicherungsmakler
Inhaber: Dirk Lüttmann · Neuer Graben 20 · 49074 Osnabrück
Tel. 0541 2009188 · Registergericht Osnabrück HRA 202551
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
      "underwriting result for a named BU applicant: exclusion clause for the spine")
def _():
    return outlook(ROSENDAHL, "Dirk Lüttmann <dirk@finanzkontor-luettmann.example>",
                 "AW: Voranfrage BU – Herr Philipp Rensing", "2026-01-29 11:02", """
Moin Herr Lüttmann,

danke für die vollständigen Angaben. Für Herrn Rensing können wir den
BU-Plus 2026 wie gewünscht annehmen, allerdings nur mit folgender
Leistungsausschlussklausel:

"Ausgeschlossen sind Berufsunfähigkeiten, die ganz oder teilweise verursacht
sind durch Erkrankungen oder Veränderungen der Lendenwirbelsäule
einschließlich Bandscheiben und deren Folgen."

Die Klausel überprüfen wir auf Antrag, wenn er drei Jahre beschwerdefrei und
ohne Behandlung war. Knie und Heuschnupfen sind ohne Bedeutung.

Alternativ: normale Annahme, wenn ein aktueller orthopädischer Befund mit
unauffälliger Beweglichkeit der LWS vorgelegt wird.
""" + S_ROSENDAHL)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
      "one-liner; the quoted offer below holds a risk surcharge for a named applicant because of BMI and blood pressure")
def _():
    return plain(LUEDEKE, "Sven Brinkhege <s.brinkhege@brinkhege-partner.example>",
                 "WG: Angebot Risikoleben Frau Stefanie Börger", "2026-03-03 17:25", """
Hallo Herr Brinkhege, siehe unten – bitte mit der Kundin besprechen und kurz Bescheid geben.

Gruß Henrik Lüdeke

-------- Weitergeleitete Nachricht --------
Betreff: Angebot Risikoleben Frau Stefanie Börger
Datum: Tue, 3 Mar 2026 16:58:41 +0100
Von: Ilka Rosendahl <ilka.rosendahl@auenkamp.example>
An: Henrik Lüdeke <henrik.luedeke@auenkamp.example>

Henrik,

für Frau Börger (geb. 1984, Antrag vom 20.02., Todesfallsumme 300.000 €
fallend, Laufzeit 25 Jahre, Absicherung Baufinanzierung) können wir nur mit
Risikozuschlag annehmen:

- BMI 34,6 (1,68 m / 97,6 kg)
- Blutdruck laut Hausarzt 158/98 unter Candesartan 8 mg
- HbA1c 6,1 % (Prädiabetes), bisher keine Medikation

Zuschlag 75 % auf den Risikobeitrag, Beitrag dann 41,90 € statt 24,10 €
monatlich. Bei einem BMI unter 30 und normalem Blutdruck nach 2 Jahren prüfen
wir den Zuschlag gern neu.

Ilka
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "service agent forwards a customer's policy-loan request as attached message; harmless body")
def _():
    inner = fwd("Walter Plogmann <walter.plogmann@heimnetz-post.example>", "leben-service@auenkamp.example",
                "Darlehen auf meine Lebensversicherung", "2026-02-20 18:44", """
Guten Tag,

ich habe eine Kapitallebensversicherung bei Ihnen, L-0402-556712, Ablauf 2031.
Mein Sohn macht sich selbständig und ich möchte ihm 15.000 Euro geben, den
Vertrag aber nicht kündigen. Die Bank sagt, Sie geben Policendarlehen.
Zu welchem Zins, und wie wird das zurückgezahlt? Kann ich das Darlehen einfach
mit der Ablaufleistung verrechnen lassen?

Mit freundlichen Grüßen
Walter Plogmann
Weserstraße 17, 49545 Tecklenburg
""")
    m = plain(PROEBSTING, HOERNSCHEMEYER, "WG: Darlehen auf meine Lebensversicherung", "2026-02-23 08:31", """
Hi Tobias,

zuständig seid ihr (Policendarlehen läuft bei euch über die Auszahlungsstrecke,
oder?). Bitte übernehmen, Original hängt an.

Danke, Jana
""")
    return with_atts(m, inner)


@mail("STRICTLY_CONFIDENTIAL", "de", "bank-to-insurer",
      "bank notifies security assignment of a named customer's life policy for a building loan; no medical word")
def _():
    return plain("Volksbank Hasetal eG – Kreditservice <kreditservice@vb-hasetal.example>", "recht@auenkamp.example",
                 "Abtretungsanzeige – Versicherungsnummer L-0405-118902", "2026-04-02 14:17", """
Sehr geehrte Damen und Herren,

hiermit zeigen wir Ihnen an, dass Ihr Versicherungsnehmer

Herr Markus Rottinghaus, Haselünner Straße 60, 49624 Löningen

sämtliche gegenwärtigen und künftigen Rechte und Ansprüche aus der bei Ihnen
bestehenden Lebensversicherung Nr. L-0405-118902 (versicherte Person: Markus
Rottinghaus) zur Sicherung unseres Darlehens Nr. 7310044-02 über 180.000 € an
uns abgetreten hat. Die Abtretungsvereinbarung vom 25.03.2026 liegt in Kopie bei.

Wir bitten um
- Bestätigung der Abtretung und Vormerkung in Ihren Unterlagen,
- Mitteilung des aktuellen Rückkaufswerts und der Versicherungssumme,
- Nachricht, falls Beiträge nicht gezahlt werden oder der Vertrag gekündigt werden soll.

Mit freundlichen Grüßen
Volksbank Hasetal eG
Kreditservice – i. A. Frerichs
Lange Straße 31 · 49624 Löningen · Genossenschaftsregister AG Oldenburg GnR 100771
""", charset="iso-8859-1")


@mail("STRICTLY_CONFIDENTIAL", "de", "court-to-insurer",
      "garnishment order on a named debtor's life-insurance claims, third-party debtor declaration requested")
def _():
    return plain("Amtsgericht Lingen – Vollstreckungsgericht <vollstreckung@ag-lingen.example>", "recht@auenkamp.example",
                 "Pfändungs- und Überweisungsbeschluss 9 M 1186/26 – Drittschuldnererklärung", "2026-03-27 10:44", """
Amtsgericht Lingen (Ems)
Vollstreckungsgericht
Az.: 9 M 1186/26

Pfändungs- und Überweisungsbeschluss

In der Zwangsvollstreckungssache
Autohaus Terhorst GmbH, Lingen – Gläubigerin –
gegen
Herrn Andreas Büscher, geb. 19.10.1977, Meppener Straße 144, 49808 Lingen – Schuldner –

wegen einer Forderung von 14.216,38 € nebst Zinsen und Kosten

werden die angeblichen Ansprüche des Schuldners gegen die Drittschuldnerin
Auenkamp Lebensversicherung a.G. aus dem Lebensversicherungsvertrag
Nr. L-0399-870145 auf Zahlung der Versicherungssumme, des Rückkaufswerts und
der Überschussbeteiligung sowie das Recht zur Kündigung des Vertrags
gepfändet und der Gläubigerin zur Einziehung überwiesen.

Die Drittschuldnerin wird aufgefordert, binnen zwei Wochen nach Zustellung
die Erklärung nach § 840 ZPO abzugeben.

Lingen, 24.03.2026
Rechtspflegerin Hense

Die förmliche Zustellung erfolgt zusätzlich durch den Gerichtsvollzieher.
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "lawyer-to-insurer",
      "insolvency administrator terminates a debtor's life policy; ZIP with court order and appointment certificate")
def _():
    m = plain("Kanzlei Dr. Ostermann – Insolvenzverwaltung <insolvenz@ostermann-iv.example>", "recht@auenkamp.example",
              "Insolvenzverfahren Nicole Brink – 7 IN 88/26 – Kündigung LV L-0410-220733", "2026-05-12 12:00", """
Sehr geehrte Damen und Herren,

mit Beschluss des Amtsgerichts Osnabrück vom 04.05.2026 (7 IN 88/26) wurde
über das Vermögen von Frau Nicole Brink, Kolpingstraße 9, 49074 Osnabrück,
das Insolvenzverfahren eröffnet und ich zur Insolvenzverwalterin bestellt.

Zur Masse gehört die bei Ihnen bestehende Lebensversicherung L-0410-220733.
Ein unwiderrufliches Bezugsrecht besteht nach den Unterlagen der Schuldnerin
nicht. Hiermit kündige ich den Vertrag zum nächstmöglichen Zeitpunkt und bitte
um Auszahlung des Rückkaufswerts auf das Anderkonto (Angaben im Anhang).

Eröffnungsbeschluss und Bestallungsurkunde finden Sie im ZIP-Archiv.

Mit freundlichen Grüßen
Dr. Jutta Ostermann
Rechtsanwältin, Insolvenzverwalterin
Kanzlei Dr. Ostermann · Lotter Straße 49 · 49078 Osnabrück
""")
    beschluss = pdf([
        "# Amtsgericht Osnabrück - Insolvenzgericht",
        "Az.: 7 IN 88/26",
        "Beschluss",
        "In dem Insolvenzeröffnungsverfahren über das Vermögen der Frau Nicole Brink, geb. 30.01.1983, "
        "Kolpingstraße 9, 49074 Osnabrück, wird am 04.05.2026, 11:30 Uhr, das Insolvenzverfahren eröffnet.",
        "Zur Insolvenzverwalterin wird Rechtsanwältin Dr. Jutta Ostermann, Lotter Straße 49, 49078 Osnabrück, bestellt.",
    ], title="Eroeffnungsbeschluss 7 IN 88/26", author="AG Osnabrueck")
    bestallung = pdf([
        "# Bestallungsurkunde",
        "Frau Rechtsanwältin Dr. Jutta Ostermann ist im Insolvenzverfahren 7 IN 88/26 (Nicole Brink) "
        "zur Insolvenzverwalterin bestellt.",
        f"Anderkonto: {iban('DE', '26520051' + '0088261403')} - Kontoinhaber: RAin Dr. Ostermann, Anderkonto IV Brink",
    ], title="Bestallungsurkunde", author="AG Osnabrueck")
    z = mkzip([("7IN88-26_Eroeffnungsbeschluss.pdf", beschluss), ("7IN88-26_Bestallung.pdf", bestallung)])
    return with_atts(m, (z, "application/zip", "Unterlagen_7IN88-26.zip"))


@mail("STRICTLY_CONFIDENTIAL", "de", "authority-to-insurer",
      "job centre asks for the surrender value of a named benefits applicant's life and pension contracts")
def _():
    return plain("Jobcenter Landkreis Osnabrück <jc-osnabrueck.leistung@jobcenter-ge.example>", "leben-service@auenkamp.example",
                 "Anfrage nach § 60 SGB II – BG-Nr. 25204//0018831", "2026-02-05 13:30", """
Sehr geehrte Damen und Herren,

Herr Oliver Niehaus, geb. 14.04.1970, wohnhaft Wiesenstraße 22, 49201
Dissen aTW, hat bei uns Leistungen nach dem SGB II (Bürgergeld) beantragt.
Nach seinen Angaben bestehen bei Ihnen:

- eine Kapitallebensversicherung (Nr. nicht bekannt)
- eine Rentenversicherung, abgeschlossen ca. 2008

Zur Prüfung der Vermögensverhältnisse bitten wir um Mitteilung der
Rückkaufswerte zum 01.02.2026, der eingezahlten Beiträge sowie ob ein
Verwertungsausschluss (§ 168 Abs. 3 VVG) vereinbart ist. Eine
Einverständniserklärung des Antragstellers ist beigefügt (Anlage bleibt in
der Akte, Kopie auf Anforderung).

Bitte antworten Sie bis zum 26.02.2026.

Mit freundlichen Grüßen
Im Auftrag
Schulte-Bockholt
Team Leistung 3
""", cte="base64")


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "internal: stop pension payments of a named annuitant after a death match and reclaim overpayment")
def _():
    return plain(BRANDTNER, OBERMOELLER, "Rentenzahlung stoppen + Rückruf – R-0391-007764 Dirks", "2026-03-04 09:05", """
Hallo Jens,

laut Meldedatenabgleich ist Herr Erwin Dirks (R-0391-007764) am 12.02.2026
verstorben. Die Rentenzahlung zum 01.03. (734,12 €) ist leider schon
rausgegangen. Kannst du bitte

1. den Dauerauftrag ab April sperren (ist im System gesetzt, aber der Lauf
   für April wird schon am 25.03. gebildet),
2. für die März-Rente einen Rückruf bei der Sparkasse Osnabrück anstoßen
   (Konto DE.. endet auf 4431, Kontoinhaber Erwin und Hilde Dirks)?

Garantiezeit ist abgelaufen, Hinterbliebenenrente ist nicht vereinbart. Die
Witwe schreibe ich heute noch an.

Danke!
Olga
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "pension fund sends bookkeeping an ODS of pensioners with monthly pensions; names only in the attachment")
def _():
    m = plain("Auenkamp Pensionskasse – Rentenlauf <rentenlauf-pk@auenkamp.example>", OBERMOELLER,
              "Rentenlauf Juni – Änderungsliste", "2026-05-26 06:02", """
Automatisch erzeugt: Änderungsliste zum Rentenlauf 06/2026 im Anhang
(Zugänge, Abgänge, Anpassungen). Bitte bis 28.05. freigeben.

Auenkamp Pensionskasse VVaG – Verarbeitung PK-RENTE
""" + FOOT_PK)
    o = ods([("Änderungen 06-2026", [
        ["Vorgang", "PK-Nr.", "Name", "Vorname", "Rentenart", "Rente alt", "Rente neu", "ab"],
        ["Zugang", "PK 2019/04471", "Haskamp", "Ursula", "Altersrente", 0, 318.44, "2026-06-01"],
        ["Zugang", "PK 2007/01126", "Bergmann", "Ewald", "Altersrente", 0, 602.17, "2026-06-01"],
        ["Abgang", "PK 1998/00731", "Lührmann", "Herta", "Witwenrente", 211.80, 0, "2026-06-01"],
        ["Anpassung", "PK 2002/00318", "Tegeler", "Wilfried", "Erwerbsminderungsrente", 455.03, 459.58, "2026-06-01"],
        ["Zugang", "PK 2011/02290", "Kroll", "Dieter", "Witwerrente", 0, 143.62, "2026-06-01"],
    ])])
    return with_atts(m, (o, "application/vnd.oasis.opendocument.spreadsheet", "Rentenlauf_2026-06_Aenderungen.ods"))


@mail("STRICTLY_CONFIDENTIAL", "de", "lawyer-to-insurer",
      "motor liability claim: lawyer of an injured passenger claims pain and suffering for whiplash and a broken wrist")
def _():
    return plain("Rechtsanwalt Jörn Albers <kanzlei@albers-verkehrsrecht.example>", "schaden-kfz@auenkamp.example",
                 "Ihr VN Kai Tiemann, OS-KT 418 – Schaden KS-26-0193348 – Personenschaden", "2026-02-18 11:11", """
Sehr geehrte Damen und Herren,

wir zeigen an, dass wir Frau Jessica Lampe, Rheiner Landstraße 150, 49078
Osnabrück, vertreten. Unsere Mandantin saß am 31.01.2026 als Beifahrerin im
Fahrzeug Ihres Versicherungsnehmers, als dieser auf der B68 bei Bramsche auf
einen abbiegenden Transporter auffuhr. Die Haftung dem Grunde nach ist
unstreitig.

Unsere Mandantin erlitt eine HWS-Distorsion Grad II sowie eine distale
Radiusfraktur links, die am 01.02.2026 im Klinikum Osnabrück operativ mit
Plattenosteosynthese versorgt wurde. Sie war bis zum 15.03.2026
arbeitsunfähig und befindet sich weiterhin in ergotherapeutischer Behandlung.

Wir machen geltend:
- Schmerzensgeld, Vorstellung mindestens 6.500 €
- Verdienstausfall (Nettolohndifferenz, Aufstellung folgt)
- Haushaltsführungsschaden 6 Wochen
- Zuzahlungen und Fahrtkosten 318,40 €

Wir bitten um Regulierung bis zum 10.03.2026.

Mit freundlichen Grüßen
Jörn Albers
Rechtsanwalt, Fachanwalt für Verkehrsrecht
Albers Verkehrsrecht · Möserstraße 3 · 49074 Osnabrück
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "customer-to-insurer",
      "private liability: insured's dog bit a neighbour's child, stitches in A&E — health data in a non-personal line")
def _():
    return plain("Tanja Meinke <tanja.meinke@kabelmail.example>", "schaden@auenkamp.example",
                 "Hundebiss – Tierhalterhaftpflicht TH 55-301288", "2026-05-03 19:02", """
Hallo,

unser Hund (Labrador, Bruno) hat heute Nachmittag den Sohn unserer Nachbarn,
Finn Schomaker, 7 Jahre, in den Unterarm gebissen. Die Kinder haben im Garten
gespielt, was genau passiert ist, wissen wir nicht.

Die Mutter ist mit ihm in die Notaufnahme vom Kinderhospital gefahren, die
Wunde wurde mit vier Stichen genäht, er hat eine Tetanusspritze und Antibiotikum
bekommen. Finn hat jetzt wohl auch Angst vor Hunden.

Die Familie Schomaker (Im Lohfeld 12, 49134 Wallenhorst) will die Kosten und
eventuell Schmerzensgeld geltend machen. Wir haben bei Ihnen die
Tierhalterhaftpflicht TH 55-301288. Bitte melden Sie sich bei uns, was wir
jetzt tun sollen.

Tanja Meinke
Im Lohfeld 14, 49134 Wallenhorst
0152 24471108
""")


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "pension fund tells a former employee the vested bAV entitlement after leaving the employer; no medical word")
def _():
    return plain("Auenkamp Pensionskasse <pensionskasse@auenkamp.example>", "Ursula Feldkamp <ursula.feldkamp@mein-postfach.example>",
                 "Ihre unverfallbare Anwartschaft – PK 2014/03308", "2026-06-02 10:30", """
Sehr geehrte Frau Feldkamp,

Ihr Arbeitgeber, die Stadtwerke Melle GmbH, hat uns Ihr Ausscheiden zum
31.05.2026 gemeldet. Ihre Anwartschaft bei der Auenkamp Pensionskasse ist
gesetzlich unverfallbar und bleibt Ihnen erhalten.

Stand Ihrer Versorgung (PK 2014/03308):
- Eintritt: 01.04.2014
- erworbene Altersrente ab 67: 214,60 € monatlich
- davon aus Arbeitgeberbeiträgen: 131,20 €, aus Entgeltumwandlung: 83,40 €
- Hinterbliebenenschutz: 60 % Witwen-/Witwerrente

Sie haben jetzt drei Möglichkeiten:
1. Sie lassen die Anwartschaft beitragsfrei stehen.
2. Sie führen die Versorgung mit eigenen Beiträgen fort.
3. Ihr neuer Arbeitgeber übernimmt die Versorgung (Übertragung nach § 4 BetrAVG).

Bitte teilen Sie uns Ihre Entscheidung bis zum 31.08.2026 mit.

Mit freundlichen Grüßen
Auenkamp Pensionskasse VVaG – Mitgliederservice
Telefon 0541 77064-470
""" + FOOT_PK)
# ---------------------------------------------------------------------------
# Part 3: STRICTLY, English
# ---------------------------------------------------------------------------

@mail("STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
      "expat asks to surrender his endowment policy before moving back to the UK; contract number, no medical word")
def _():
    return plain("Gareth Pryce <gareth.pryce@pryce-family.example>", "international@auenkamp.example",
                 "Cashing in my policy before I move back to Cardiff", "2026-03-12 20:15", """
Hello,

I have had an endowment policy with you since I started working in Osnabrück
in 2011 (policy L-0407-612930, the paperwork is all in German, so apologies if
I get the terms wrong). My contract here ends in July and my family and I are
moving back to Wales.

Could you please tell me:

1. What would I get if I cancel the policy now (the "Rückkaufswert", I think)?
2. Can you pay it into a UK bank account, or does it have to be a German one?
3. Is there any German tax deducted, and do I need a form for HMRC?

Alternatively, can I just keep the policy running from the UK and pay the
premiums from my UK account?

Many thanks,
Gareth Pryce
Lotter Straße 88, 49078 Osnabrück
""")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "confirmation of a beneficiary change on a named customer's term life policy; new beneficiary with DOB")
def _():
    return outlook(WHITFIELD, "Priya Raman <priya.raman@mailcloud.example>",
                 "Your term life policy L-0409-887201 – beneficiary change confirmed", "2026-02-11 15:20", """
Dear Ms Raman,

thank you for your signed form, which we received on 9 February 2026.

We have changed the death benefit beneficiary of your term life policy
L-0409-887201 with effect from that date:

  previous beneficiary:  "the spouse of the insured person at the time of death"
  new beneficiary:       Arjun Raman, born 2 October 2015 (son), revocable, 100 %

Please note that as Arjun is a minor, any payment would be made to his legal
representatives on his behalf. If you would prefer the benefit to be held in
trust until he turns 18, please let me know and I will send you the relevant
form (only available in German, but I am happy to explain it).

Your premium (EUR 18.40 per month) and the sum insured (EUR 250,000) are
unchanged.
""" + S_WHITFIELD)


@mail("STRICTLY_CONFIDENTIAL", "en", "lawyer-to-insurer",
      "UK probate solicitors notify the death of a named policyholder and ask for the death benefit; no cause of death")
def _():
    return plain("Hollis & Crane Solicitors <probate@holliscrane.example>", "international@auenkamp.example",
                 "Estate of the late Margaret Ellen Doyle – policy L-0396-300417", "2026-04-09 11:48", """
Dear Sirs,

ESTATE OF THE LATE MARGARET ELLEN DOYLE (DECEASED 14 MARCH 2026)
YOUR POLICY NUMBER: L-0396-300417

We act for the executors of the above named, Mr Patrick Doyle and
Mrs Fiona Carr, who were appointed under the deceased's will dated
3 June 2019. Mrs Doyle lived in Osnabrück between 1994 and 2012 and took out
the above life assurance policy during that time. Her last address was
12 Willow Close, Harrogate HG2 0PL.

We should be grateful if you would:

  (a) confirm the sum assured and any bonuses payable on death;
  (b) let us know whether a beneficiary was nominated under the policy, or
      whether the proceeds fall into the estate;
  (c) send us your claim form and a list of the documents you require.

We enclose a certified copy of the death certificate by post. A Grant of
Probate has been applied for and we will forward a sealed copy on receipt.

Yours faithfully

Hollis & Crane LLP
Private Client Department – ref. PD/DOY/0311
14 Station Parade, Harrogate HG1 1TS
Authorised and regulated by the Solicitors Regulation Authority (SRA No. 880142)
""")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-lawyer",
      "reply to probate solicitors: named beneficiaries, amount payable; quoted request below")
def _():
    return plain(WHITFIELD, "Hollis & Crane Solicitors <probate@holliscrane.example>",
                 "RE: Estate of the late Margaret Ellen Doyle – policy L-0396-300417", "2026-04-15 09:37", """
Dear Sirs,

your ref. PD/DOY/0311 – our claim ref. S-2026-LE-006130

Thank you for your letter. I can confirm the following:

(a) The sum assured is EUR 40,000. Terminal bonus and accumulated profit
    participation amount to EUR 11,382.57 as at 14 March 2026.
(b) A revocable beneficiary nomination was made on 2 May 2008 in favour of
    "my children in equal shares". According to our file these are
    Patrick Doyle and Fiona Carr (née Doyle). The proceeds therefore do not
    fall into the estate and a Grant of Probate is not required.
(c) We require from each beneficiary: the claim form (attached to my next
    e-mail), a copy of a passport and bank details. We also need the
    death certificate as a certified copy; an apostille is not necessary
    for UK certificates.

As the policy has been running for more than three years, we do not need
any information about the cause of death.
""" + S_WHITFIELD + """

From: Hollis & Crane Solicitors <probate@holliscrane.example>
Sent: Thursday, 9 April 2026 11:48
To: international@auenkamp.example
Subject: Estate of the late Margaret Ellen Doyle – policy L-0396-300417

> ESTATE OF THE LATE MARGARET ELLEN DOYLE (DECEASED 14 MARCH 2026)
> We act for the executors of the above named, Mr Patrick Doyle and
> Mrs Fiona Carr ...
""")


@mail("STRICTLY_CONFIDENTIAL", "en", "broker-to-insurer",
      "broker's short cover mail; XLSX lists joiners and leavers of a group life scheme with DOB and salaries")
def _():
    m = plain("Tom Ashby <tom.ashby@northbridge-benefits.example>", "bav@auenkamp.example",
              "Q2 member movements – Vantrel Systems GmbH group life", "2026-04-01 10:02", """
Hi Kemal,

Please find attached the Q2 movements file for the Vantrel Systems group life
and income protection scheme (contract GL-0450-0031). Four joiners, two
leavers, one salary change. Let me know if anything is missing.

Cheers,
Tom

Tom Ashby | Senior Consultant, Employee Benefits
NorthBridge Benefits Ltd | 21 Albion Street, Leeds LS1 5ES
Registered in England and Wales No. 09911824
""", cte="7bit")
    x = xlsx([("Movements", [
        ["Type", "Employee ID", "Surname", "First name", "DOB", "Effective", "Annual salary EUR", "Life cover x salary"],
        ["Joiner", "VS-0412", "Okafor", "Chidi", "1990-05-17", "2026-04-01", 72000, 3],
        ["Joiner", "VS-0413", "Brandt", "Melanie", "1986-12-03", "2026-04-01", 64500, 3],
        ["Joiner", "VS-0415", "Novak", "Petra", "1994-02-28", "2026-05-01", 58000, 3],
        ["Joiner", "VS-0418", "Haddad", "Samir", "1979-08-09", "2026-06-01", 91000, 3],
        ["Leaver", "VS-0107", "Lindqvist", "Erik", "1971-01-30", "2026-04-30", 104000, 3],
        ["Leaver", "VS-0288", "Meyer", "Jonas", "1996-07-14", "2026-05-31", 55000, 3],
        ["Salary change", "VS-0021", "Whitaker", "Helen", "1968-11-22", "2026-04-01", 118000, 3],
    ])], creator="T. Ashby")
    return with_atts(m, (x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                         "GL-0450-0031_Q2_movements.xlsx"))


@mail("STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
      "employee asks what happens to his company pension (direct insurance) when transferred to the US; no medical word")
def _():
    return plain("Daniel Whitcombe <dwhitcombe@fastmail-us.example>", "bav@auenkamp.example",
                 "Company pension (Direktversicherung) – moving to the US", "2026-05-20 23:12", """
Hi,

I work for Hollister Analytics GmbH in Münster and have a Direktversicherung
with you through my employer (DV-0431-903361, salary sacrifice of EUR 250 per
month since 2019, plus the employer top-up). In September I will be
transferred to our headquarters in Austin, Texas, on a US contract.

My HR department says they cannot continue the payments once I am on the US
payroll. What are my options?

- Can I pay the premiums myself from a US account?
- Can I take the money out now, and how much would that be?
- If I leave it, will I get the pension paid to the US when I retire?

Thanks a lot,
Daniel Whitcombe
""", cte="7bit")


@mail("STRICTLY_CONFIDENTIAL", "en", "reinsurer-to-insurer",
      "reinsurer's facultative underwriting opinion on a named applicant with lab values and cardiac history")
def _():
    return plain("Dr. Eleanor Marsh <e.marsh@helvetia-re-fac.example>", ROSENDAHL,
                 "Fac request 26-0142 – Hartmut Vinke – our opinion", "2026-03-20 14:51", """
Dear Ilka,

thank you for submitting the facultative case 26-0142, Mr Hartmut Vinke,
DOB 11/06/1969, term life EUR 1,800,000 (business loan protection), 15 years.

Our assessment based on the APS from Dr. Feldmann and the exam results of
2 March:

  - BMI 31.2, BP 146/92 (treated, ramipril 5 mg)
  - Total cholesterol 262 mg/dl, LDL 181, HDL 38 – on no statin
  - HbA1c 5.9 %
  - Coronary angiography 2022 after atypical chest pain: 40 % stenosis RCA,
    no intervention; stress echo 2025 negative
  - ex-smoker since 2021 (20 pack-years)

Offer: +100 % EM on the full sum for the first 5 years, reducing to +75 %
thereafter, subject to a statin being started within 6 months. Without the
angiography we would have been at +50 %.

We would be happy to take 70 % of the risk in excess of your retention.

Best regards
Eleanor

Dr. Eleanor Marsh | Chief Medical Officer, Life & Health Facultative
Helvetia Re Facultative Services AG (fictitious) | Zurich
""")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-reinsurer",
      "large death claim notification to the reinsurer: named insured, age, cause of death pending toxicology")
def _():
    return plain(HOERNSCHEMEYER, "claims.life@nordic-re.example",
                 "Claim advice – treaty QS-L-2019 – policy L-0411-004582", "2026-05-07 16:05", """
Dear colleagues,

under the quota share treaty QS-L-2019 we advise the following claim:

  Insured:          Matthias Eggersmann, male, 44 years
  Policy:           L-0411-004582, term life, sum assured EUR 1,200,000
  Start of cover:   01.02.2024 (within the 3-year contestability period)
  Date of death:    26.04.2026, found at home
  Cause of death:   not yet established; the public prosecutor ordered an
                    autopsy, toxicology results are pending
  Your share:       EUR 840,000 (70 %)

Given the short duration and the circumstances, we have requested the
medical records of the last five years and the investigation file. We will
not make any payment before the cause of death is known and will keep you
informed.

Best regards

Tobias Hörnschemeyer
Life Claims | Auenkamp Lebensversicherung a.G.
Phone +49 541 77064-341
""" + FOOT_EN)


@mail("STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
      "ski accident in Austria, insured cannot use left hand since the crash; indirect health fact, accident policy")
def _():
    return plain("Liam O'Connell <liam.oconnell@quickmail.example>", "unfall@auenkamp.example",
                 "Accident on holiday – policy U 77 309 645", "2026-02-24 18:20", """
Hi there,

I was skiing in Ischgl last week (16 Feb) and collided with another skier.
Since the crash I can't use my left hand properly – I can't grip anything and
the fingers are numb most of the time. I was seen at the local clinic and
then again here in Germany.

I have an accident policy with you (U 77 309 645, through my employer's
broker I think). Do I need to report this now, even though I don't know yet
how bad it is? Someone told me there is a deadline.

I'm an IT consultant, so typing is most of my job.

Liam O'Connell
+49 176 30441287
""")


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "premium holiday granted on a named customer's private pension plan after job loss; no medical word")
def _():
    return outlook(WHITFIELD, "Marta Kowalczyk <marta.kowalczyk@postbox-eu.example>",
                 "Your pension plan R-0420-772340 – premium holiday approved", "2026-01-30 11:55", """
Dear Ms Kowalczyk,

I am sorry to hear that you lost your job at the end of last year.

As requested, we have suspended the premiums for your private pension plan
R-0420-772340 for six months, from 1 February to 31 July 2026. During this
period:

  * your guaranteed pension is reduced only by the premiums not paid
    (from EUR 398.20 to approx. EUR 381.60 per month at age 67);
  * the surrender value continues to earn profit participation;
  * the death benefit (return of premiums) stays in place.

From 1 August 2026 the monthly premium of EUR 120.00 will again be collected
from your account ending in ...0876. If you need a longer break, just let me
know before the end of June; the contract allows up to 24 months in total.
""" + S_WHITFIELD)


@mail("STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
      "one-line refusal of the indexation; the quoted insurer notice shows the named customer's BU premium and benefit")
def _():
    return plain("Hannah Weller <hannah.weller@mailbox-uk.example>", WHITFIELD,
                 "Re: Annual increase of your income protection policy", "2026-04-03 07:40", """
No thanks, please don't increase it this year.
Hannah

On 31 Mar 2026, at 10:14, Claire Whitfield <claire.whitfield@auenkamp.example> wrote:

> Dear Ms Weller,
>
> your disability income protection policy BU-0417-640019 includes an
> annual increase of 3 %. On 1 May 2026 your monthly premium will rise from
> EUR 64.30 to EUR 66.95 and your insured disability pension from
> EUR 1,500.00 to EUR 1,545.00 per month, without new health questions.
>
> If you do not want the increase, please tell us by 30 April 2026.
>
> Kind regards
> Claire Whitfield
> International Desk
""", cte="7bit")


@mail("STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
      "wife files a critical-illness claim: husband diagnosed with colon cancer, surgery and chemotherapy")
def _():
    return plain("Sarah Bennett-Kuhl <sarah.bk@homemail.example>", "international@auenkamp.example",
                 "Critical illness claim for my husband", "2026-03-30 13:07", """
Dear Sir or Madam,

my husband, Michael Kuhl, has a critical illness policy with you
(SK-0440-01377). In February he was diagnosed with colon cancer (stage II)
after a colonoscopy at the Franziskus-Hospital. He had surgery on 4 March and
starts chemotherapy next week.

Michael has asked me to deal with the paperwork while he is in treatment. I
have his written authority and can send it. Which documents do you need – the
pathology report, the discharge letter? Everything we have is in German,
which is fine.

Thank you,
Sarah Bennett-Kuhl
Sonnenhügel 4, 49088 Osnabrück
""")


@mail("STRICTLY_CONFIDENTIAL", "en", "system-to-customer",
      "HTML-only pension payment advice of a named expat annuitant with gross pension and tax deduction")
def _():
    html = """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear Mr Fairbairn,</p>
<p>your pension payment for <b>June 2026</b> from contract <b>R-0394-115207</b> has been made:</p>
<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse;min-width:380px">
<tr style="background:#eef3f0"><td>Guaranteed pension</td><td align="right">EUR 845.12</td></tr>
<tr><td>Bonus pension (profit participation)</td><td align="right">EUR 61.40</td></tr>
<tr><td><b>Gross pension</b></td><td align="right"><b>EUR 906.52</b></td></tr>
<tr><td>German income tax withheld (limited tax liability)</td><td align="right">EUR 0.00</td></tr>
<tr><td>Paid to account GB** **** **** 2219 on</td><td align="right">01.06.2026</td></tr>
</table>
<p>The pension will be reported to the German tax authorities (Rentenbezugsmitteilung) as every year.
Please confirm once a year that you are alive (life certificate) – the next form will be sent in October.</p>
<p>Auenkamp Life – Pension Service<br>This message was generated automatically. Please do not reply.</p>
<p style="font-size:10px;color:#888">Auenkamp Lebensversicherung a.G. · Local court Osnabrück HRB 20417</p>
</body></html>
"""
    return html_only("Auenkamp Pension Service <noreply-rente@auenkamp.example>",
                     "Alistair Fairbairn <a.fairbairn@scotmail.example>",
                     "Your pension payment – June 2026", "2026-06-01 04:30", html, cte="7bit")


@mail("STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
      "travel cancellation because of the insured's pneumonia, hospital stay — health data in travel insurance")
def _():
    return plain("Rebecca Hollis <rebecca.hollis@mailspring.example>", "reise@auenkamp.example",
                 "Trip cancellation claim – policy RR 58-220917", "2026-01-22 12:33", """
Hello,

I have to cancel our trip to Lanzarote (flight 31 January, hotel until
14 February, booking no. TUX-55821, total EUR 3,480 for two people).

I was admitted to the Klinikum Osnabrück on 17 January with pneumonia and am
still on IV antibiotics; the doctors say I will not be fit to fly before the
middle of February. My partner Joshua Reed, who is also insured under our
cancellation policy RR 58-220917, will not travel alone.

The tour operator charges 80 % cancellation fees. I have asked the hospital
for a certificate. Please let me know what else you need.

Regards,
Rebecca Hollis
""")


@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "international desk tells BU claims that a named claimant said on the phone he is in a clinic in Spain; indirect")
def _():
    return plain(WHITFIELD, NIEMEYER, "Mr Sánchez Ortega – BU claim – phone call today", "2026-04-21 16:48", """
Hi Frauke,

quick note for the file S-2026-BU-001415 (Javier Sánchez Ortega,
BU-0417-557820), as you asked me to try to reach him:

He called back this afternoon. He has been staying in a clinic near Valencia
since the beginning of April, "for a few weeks, to get his head right", as he
put it, and his sister is taking care of his mail in Osnabrück. He did not
want to say more on the phone and asked whether we could send the
questionnaire in Spanish or English. He also said his employer has now
terminated his contract.

I told him we need the name of the clinic and a release for the doctors
there. He will send both by e-mail. Shall I prepare the English version of
the questionnaire?

Thanks,
Claire
""")


@mail("STRICTLY_CONFIDENTIAL", "en", "company-to-insurer",
      "employer notifies a group income protection claim: named employee absent since January, doctor expects six months")
def _():
    return plain("Ingrid Smulders <hr.de@vandermolen-logistics.example>", "bav@auenkamp.example",
                 "Group income protection – notification of absence (GIP-0452-0007)", "2026-03-02 09:25", """
Dear Mr Aydın,

under our group income protection policy GIP-0452-0007 we would like to
notify a potential claim:

  Employee:        Robert Kleinschmidt, warehouse team leader, Osnabrück site
  Employee no.:    DE-20417
  Absent since:    14 January 2026
  Statutory sick pay (Lohnfortzahlung) ended: 24 February 2026

His GP has told him to expect to be off work for at least six months, and he
has given us permission to pass this on. Waiting period under the policy is
13 weeks, so benefits would start mid-April.

Could you send us the claim forms for employer and employee? He is happy to
fill in his part in German.

Kind regards
Ingrid Smulders
HR Business Partner Germany
Van der Molen Logistics GmbH · Hafenstraße 40 · 49090 Osnabrück
""", cte="base64")


@mail("STRICTLY_CONFIDENTIAL", "en", "customer-to-insurer",
      "daughter in Ireland asks about care-pension payments for her mother now living in a care home")
def _():
    return plain("Aisling Byrne <aisling.byrne@eirmail.example>", "pflege@auenkamp.example",
                 "My mother Gertrud Byrne – care pension PR-0433-02214", "2026-05-27 21:40", """
Dear Mr Bredemeier,

thank you for your letter of 18 May. My mother, Gertrud Byrne, moved into the
Haus Sonnenwinkel care home in Bramsche on 2 May. She has been at care level 4
since March and she can no longer manage her own post, which is why I am
writing from Dublin. The power of attorney should be on file with you since
last year.

Two questions:
1. Does the care pension increase now that she is in residential care, or is
   it only based on the care level?
2. Can the payments go directly to the care home's account from June? They
   have sent me their bank details.

Many thanks for your patience with all of this.

Aisling Byrne
""")


@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "one-line internal forward; the attached customer mail asks about a BU claim after a burn-out diagnosis")
def _():
    inner = fwd("Kevin Hartley <kevin.hartley@webmail-de.example>", "international@auenkamp.example",
                "Status of my disability claim?", "2026-06-08 08:15", """
Hello,

I sent the forms for my disability claim (BU-0417-702288) on 20 April and
have not heard anything since. My psychiatrist has confirmed the burn-out
diagnosis and that I will not be able to return to my job as a project
manager in the foreseeable future. My sick pay from the health insurer ends
in July and I am getting really worried about money.

Could you please let me know where things stand?

Kevin Hartley
""", cte="7bit")
    m = plain(WHITFIELD, NIEMEYER, "FW: Status of my disability claim?", "2026-06-08 09:02", """
Frauke – see attached, could you give me a status I can pass on? Thanks, Claire
""", cte="7bit")
    return with_atts(m, inner)
# ---------------------------------------------------------------------------
# Part 4: CONFIDENTIAL, German (non-personal lines, heirs, brokers, staff, authorities)
# ---------------------------------------------------------------------------

@mail("CONFIDENTIAL", "de", "customer-to-insurer",
      "motor claim of a named policyholder with plate number; parking damage, nobody hurt")
def _():
    return plain("Lars Böckmann <lars.boeckmann@web-post.example>", "schaden-kfz@auenkamp.example",
                 "Parkschaden OS-LB 2207", "2026-01-19 13:48", """
Hallo,

beim Ausparken auf dem Parkplatz vom Kaufland in Osnabrück-Hellern bin ich
heute gegen 12:30 Uhr mit meinem Golf (OS-LB 2207, Vertrag K 61-448201-B)
gegen einen geparkten Opel Corsa gekommen. Kennzeichen des Opel: ST-RM 880,
Halterin Frau Rita Mersch, wir haben Daten ausgetauscht. Verletzt wurde
niemand, an ihrem Wagen ist die hintere Stoßstange eingedrückt, bei mir nur
Kratzer.

Frau Mersch wird sich bei Ihnen melden. Fotos kann ich schicken.

Gruß
Lars Böckmann
Hellerner Straße 33, 49078 Osnabrück
""")


@mail("CONFIDENTIAL", "de", "customer-to-insurer",
      "no-claims class transfer from father to daughter with both names and the daughter's birth date")
def _():
    return plain("Hermann Diekmann <hermann.diekmann@t-post.example>", "kfz@auenkamp.example",
                 "Übertragung Schadenfreiheitsrabatt auf meine Tochter", "2026-02-09 10:02", """
Sehr geehrte Damen und Herren,

ich bin jetzt 78 und fahre kein Auto mehr. Meinen Vertrag K 61-102877-A
(SF 35) möchte ich auf meine Tochter übertragen:

Sabine Diekmann-Walter, geboren 12.06.1975
Bergstraße 9, 49219 Glandorf

Sie hat seit 2019 einen eigenen Wagen bei der HUK (SF 6) und fährt meinen
Wagen seit Jahren regelmäßig mit. Das Fahrzeug (Passat, OS-HD 78) habe ich
ihr geschenkt, die Ummeldung ist zum 01.03. geplant. Das Formular zur
Übertragung haben wir beide unterschrieben, ich schicke es per Post.

Mit freundlichen Grüßen
Hermann Diekmann
""", charset="iso-8859-1")


@mail("CONFIDENTIAL", "de", "customer-to-insurer",
      "household burglary claim: stolen items, values and home address of a named policyholder")
def _():
    return plain("Melanie Fortmann <mfortmann@mail-osna.example>", "schaden@auenkamp.example",
                 "Einbruch in unsere Wohnung – Hausrat H 52-113877", "2026-03-23 07:58", """
Guten Morgen,

in der Nacht von Samstag auf Sonntag (21./22.03.) wurde in unsere Wohnung in
der Iburger Straße 118, 49082 Osnabrück, eingebrochen, während wir bei
meinen Eltern waren. Die Terrassentür wurde aufgehebelt. Die Polizei war da,
Tagebuchnummer 260322-0417-021.

Gestohlen wurden nach jetzigem Stand:
- Laptop MacBook Air (2024), ca. 1.300 €
- Spielkonsole mit 2 Controllern, ca. 550 €
- Schmuckkästchen mit Goldkette und Ohrringen (Erbstück, Wert unbekannt)
- Bargeld ca. 400 € aus der Küchenschublade
- Fahrradschlüssel und Zweitschlüssel vom Auto

Die Tür muss ersetzt werden, der Schreiner kommt am Mittwoch. Was brauchen
Sie noch von uns? Eine Stehlgutliste bei der Polizei reichen wir heute ein.

Viele Grüße
Melanie Fortmann
""")


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "water-damage settlement for a named homeowner with payout amount and full IBAN")
def _():
    return outlook(VAHRENHOLT, "Gerd und Ilse Stallkamp <stallkamp.gerd@kabelmail.example>",
                 "Leitungswasserschaden WG 54-200913 – Abrechnung", "2026-02-17 14:40", f"""
Sehr geehrte Eheleute Stallkamp,

wir haben den Leitungswasserschaden vom 14.01.2026 in Ihrem Haus
Am Vogelsang 5, 49163 Bohmte, abschließend geprüft.

Erstattung:
Leckageortung (Fa. Trockenbau Kuhlmann)      612,00 €
Rohrreparatur und Estrichöffnung            1.148,70 €
Trocknung 21 Tage inkl. Strom               2.310,00 €
Bodenbelag Flur (Zeitwert 60 %)               987,60 €
abzgl. Selbstbeteiligung                    - 250,00 €
Zahlbetrag                                  4.808,30 €

Wir überweisen den Betrag in den nächsten Tagen auf Ihr Konto
{iban('DE', '26550105' + '0151700448')} (Kontoinhaber Gerd Stallkamp).

Den Kostenvoranschlag für die Malerarbeiten reichen Sie bitte nach, sobald er
vorliegt.
""" + S_VAHRENHOLT)


@mail("CONFIDENTIAL", "de", "customer-to-insurer",
      "private liability claim: named policyholder's son broke a classmate's smartphone; names and contract")
def _():
    return plain("Christian Lammerding <c.lammerding@familie-lammerding.example>", "schaden@auenkamp.example",
                 "Schadenmeldung Privathaftpflicht PH 53-209911", "2026-04-29 21:10", """
Hallo zusammen,

unser Sohn Jonas (13) hat heute in der großen Pause auf dem Schulhof am
Gymnasium Carolinum beim Fußballspielen das Handy eines Mitschülers
(Ben Höffmann, 8b) getroffen, das auf einer Bank lag. Das Display ist
gesplittert, das Gerät geht noch an, Touch funktioniert nicht mehr.

Es ist ein iPhone 14, ca. zwei Jahre alt. Die Eltern von Ben (Familie
Höffmann, Rehmstraße 40, Osnabrück) haben einen Kostenvoranschlag über
289 € für das Display von einem Reparaturshop.

Wir sind bei Ihnen privathaftpflichtversichert (Familientarif). Wie gehen
wir vor? Sollen die Höffmanns sich direkt bei Ihnen melden?

Viele Grüße
Christian Lammerding
""", flowed=True, cte="8bit")


@mail("CONFIDENTIAL", "de", "lawyer-to-insurer",
      "legal-expenses cover request: employment dismissal case with the named client's gross salary")
def _():
    return plain("RA Daniel Kortkamp <kortkamp@arbeitsrecht-kortkamp.example>", "rechtsschutz@auenkamp.example",
                 "Deckungsanfrage – Ihre VN Frau Simone Kreyenhagen, RS 57-044815", "2026-03-10 16:22", """
Sehr geehrte Damen und Herren,

Ihre Versicherungsnehmerin, Frau Simone Kreyenhagen, Vogelsang 44, 49143
Bissendorf, hat uns mit der Wahrnehmung ihrer Interessen beauftragt.

Der Arbeitgeber, die Brandes Spedition GmbH, hat das seit 2012 bestehende
Arbeitsverhältnis mit Schreiben vom 02.03.2026 betriebsbedingt zum 30.06.2026
gekündigt. Eine Sozialauswahl ist nach unserer Einschätzung nicht erfolgt;
zwei jüngere Kollegen ohne Unterhaltspflichten wurden weiterbeschäftigt.

Wir bitten um Deckungszusage für:
- Kündigungsschutzklage vor dem Arbeitsgericht Osnabrück (Frist 23.03.2026)
- außergerichtliche Vergleichsverhandlungen

Streitwert: drei Bruttomonatsgehälter à 3.840 € = 11.520 €.

Kündigungsschreiben und Arbeitsvertrag senden wir auf Wunsch.

Mit freundlichen Grüßen
Daniel Kortkamp
Rechtsanwalt, Fachanwalt für Arbeitsrecht
Kanzlei Kortkamp · Martinistraße 12 · 49080 Osnabrück
""")


@mail("CONFIDENTIAL", "de", "heir-to-insurer",
      "son cancels his late mother's household and liability contracts and gives his address; fact of death, no cause, no personal line")
def _():
    return plain("Frank Rethemeier <frank.rethemeier@mailhaus.example>", "kundenservice@auenkamp.example",
                 "Kündigung Verträge meiner verstorbenen Mutter", "2026-01-26 12:00", """
Sehr geehrte Damen und Herren,

meine Mutter, Frau Ingrid Rethemeier, Ahornweg 3, 49170 Hagen a.T.W.,
ist am 04.01.2026 verstorben. Ich bin Alleinerbe (Erbschein beantragt).

Bei Ihnen hatte sie eine Hausratversicherung (H 52-087741) und eine
Privathaftpflicht (PH 53-087742). Die Wohnung wird zum 31.03. aufgelöst.
Bitte kündigen Sie beide Verträge zum 31.03.2026 und erstatten Sie zu viel
gezahlte Beiträge auf mein Konto bei der Sparkasse Osnabrück, die IBAN
schicke ich Ihnen, sobald Sie mir sagen, wohin.

Kopie der Sterbeurkunde liegt bei (Post).

Mit freundlichen Grüßen
Frank Rethemeier
Bergstraße 71, 58095 Hagen
""")


@mail("CONFIDENTIAL", "de", "insurer-to-lawyer",
      "answer to an estate lawyer: the named deceased held only household and liability contracts; quoted request below")
def _():
    return plain(AHLERT, "RA Thomas Surmann <surmann@notariat-surmann.example>",
                 "AW: Nachlass Heinz Overbeck – Ihr Zeichen 19/26 S", "2026-05-14 10:12", """
Sehr geehrter Herr Surmann,

für den am 20.03.2026 verstorbenen Herrn Heinz Overbeck bestanden bei der
Auenkamp-Gruppe zum Todestag folgende Verträge:

- Hausratversicherung H 52-301455 (Beitrag jährlich 142,80 €, bezahlt bis 31.12.2026)
- Privathaftpflichtversicherung PH 53-301456 (Beitrag jährlich 68,40 €, bezahlt bis 31.12.2026)

Weitere Verträge, insbesondere bei unserer Lebensversicherung, haben wir zu
Herrn Overbeck nicht gefunden. Die beiden Sachverträge enden nicht
automatisch; sie können von den Erben zum Monatsende gekündigt werden. Die
anteiligen Beiträge erstatten wir dann an das von Ihnen genannte Nachlasskonto.
""" + S_AHLERT + """

-----Ursprüngliche Nachricht-----
Von: RA Thomas Surmann <surmann@notariat-surmann.example>
Gesendet: Donnerstag, 7. Mai 2026 15:20
An: recht@auenkamp.example
Betreff: Nachlass Heinz Overbeck – Ihr Zeichen 19/26 S

Sehr geehrte Damen und Herren, als Nachlasspfleger für den unbekannten Erben
des am 20.03.2026 verstorbenen Heinz Overbeck, geb. 02.11.1949, zuletzt
Schlossstraße 12, 49080 Osnabrück, bitte ich um Auskunft, ob und welche
Lebens-, Unfall- oder Sachversicherungen bei Ihnen bestanden.
Bestellungsbeschluss des AG Osnabrück (NR 44/26) anbei.
""")


@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "commission statement of a sole-trader broker: his income and IBAN, totals only, in the XLSX")
def _():
    m = plain("Auenkamp Provisionsabrechnung <provision@auenkamp.example>", "Dirk Lüttmann <dirk@finanzkontor-luettmann.example>",
              "Provisionsabrechnung 03/2026 – VM 30-4417", "2026-04-08 06:45", """
Sehr geehrter Herr Lüttmann,

anbei Ihre Provisionsabrechnung für März 2026. Die Auszahlung erfolgt am
10.04.2026. Die Einzelaufstellung Ihrer Verträge finden Sie wie gewohnt in der
elektronischen Vermittlerpost.

Ihre Auenkamp Vertriebsabrechnung
""" + FOOT_LEBEN)
    x = xlsx([("Abrechnung 03-2026", [
        ["Position", "Betrag EUR"],
        ["Vermittler", "Finanzkontor Lüttmann e.K., Inh. Dirk Lüttmann, VM 30-4417"],
        ["Abschlussprovision Sach", 1284.55],
        ["Bestandsprovision Sach", 612.10],
        ["Abschlussprovision Leben/bAV (Summe)", 6890.00],
        ["Stornoreserve-Einbehalt 10 %", -689.00],
        ["Rückbelastungen (Storno)", -412.35],
        ["Auszahlung", 7685.30],
        ["Bankverbindung", iban("DE", "26550105" + "1200773014")],
        ["Steuernummer", "66/217/41182 (umsatzsteuerfrei nach § 4 Nr. 11 UStG)"],
    ])], creator="Auenkamp Vertriebsabrechnung")
    return with_atts(m, (x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                         "Provision_VM30-4417_2026-03.xlsx"))


@mail("CONFIDENTIAL", "de", "broker-to-insurer",
      "sole-trader broker changes the bank account for his commission; IBAN of a natural person")
def _():
    return plain("Ralf Twelbeck <ralf@twelbeck-versicherungen.example>", "vertriebsservice@auenkamp.example",
                 "Neue Bankverbindung Provision VM 30-5102", "2026-06-10 09:19", f"""
Moin,

bitte ab sofort meine Provisionen auf das neue Geschäftskonto überweisen:

Kontoinhaber: Ralf Twelbeck
IBAN {iban('DE', '28069956' + '0045521800', grouped=False)}
BIC GENODEF1QUA

Das alte Konto bei der Deutschen Bank wird Ende Juli geschlossen. Eine
Bestätigung wäre nett.

Gruß
Ralf Twelbeck
Versicherungsvertreter (Einzelunternehmer) · Lange Straße 7 · 49610 Quakenbrück
""")


@mail("CONFIDENTIAL", "de", "internal",
      "HR sends an employee her salary-increase letter as DOCX; salary of a named person")
def _():
    m = plain(FOCKE, "Lena Ostholt <lena.ostholt@auenkamp.example>",
              "Ihre Gehaltsanpassung zum 01.04.2026", "2026-03-25 15:05", """
Liebe Frau Ostholt,

wie im Jahresgespräch besprochen, finden Sie anbei das Schreiben zu Ihrer
Gehaltsanpassung. Das unterschriebene Original liegt ab morgen in Ihrem
Fach, bitte geben Sie uns ein gegengezeichnetes Exemplar zurück.

Herzliche Grüße
Mareike Focke
Personalabteilung
""")
    d = docx([
        "Auenkamp Lebensversicherung a.G. – Personalabteilung",
        "Frau Lena Ostholt, Personalnummer 40317, Abteilung Vertragsservice Leben",
        "# Anpassung Ihrer Vergütung",
        "Sehr geehrte Frau Ostholt,",
        "mit Wirkung zum 01.04.2026 werden Sie in die Tarifgruppe VII, 3. Berufsjahr "
        "(Tarifvertrag private Versicherungswirtschaft) eingruppiert.",
        ("table", [["", "bisher", "neu"], ["Monatsgehalt brutto", "4.118,00 €", "4.392,00 €"],
                   ["Leistungszulage", "150,00 €", "220,00 €"], ["Jahresbrutto (13,5 Gehälter)", "57.618,00 €", "62.262,00 €"]]),
        "Alle übrigen Bestimmungen Ihres Arbeitsvertrags bleiben unverändert.",
        "Osnabrück, 25.03.2026 – Mareike Focke, Personalabteilung",
    ], author="Mareike Focke")
    return with_atts(m, (d, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                         "Gehaltsanpassung_Ostholt_2026-04.docx"))


@mail("CONFIDENTIAL", "de", "applicant-to-insurer",
      "job application with CV PDF: birth date, address, current salary and expectation of a named applicant")
def _():
    m = plain("Jonas Schwertmann <jonas.schwertmann@bewerbermail.example>", "bewerbung@auenkamp.example",
              "Bewerbung als Sachbearbeiter Vertragsservice Leben (Kennziffer 2026-014)", "2026-02-14 11:30", """
Sehr geehrte Frau Focke,

hiermit bewerbe ich mich auf die ausgeschriebene Stelle als Sachbearbeiter
Vertragsservice Leben. Derzeit arbeite ich als Kaufmann für Versicherungen
und Finanzen bei einem Versicherungsmakler in Münster.

Meinen Lebenslauf und die Zeugnisse finden Sie im Anhang. Meine
Kündigungsfrist beträgt drei Monate zum Quartalsende, meine
Gehaltsvorstellung liegt bei 52.000 € brutto im Jahr.

Über eine Einladung zum Gespräch freue ich mich.

Mit freundlichen Grüßen
Jonas Schwertmann
""")
    cv = pdf([
        "# Lebenslauf",
        "Jonas Schwertmann",
        "Hammer Straße 140, 48153 Münster - Telefon 0176 55102947",
        "Geboren am 27.09.1996 in Rheine, ledig",
        "",
        "## Berufserfahrung",
        "seit 08/2019  Kaufmann für Versicherungen und Finanzen, Kleine-Brockhoff Versicherungsmakler GmbH, Münster",
        "              derzeitiges Bruttojahresgehalt 44.800 EUR",
        "08/2016-07/2019  Ausbildung Kaufmann für Versicherungen und Finanzen, ebenda",
        "## Weiterbildung",
        "2023  Geprüfter Fachwirt für Versicherungen und Finanzen (IHK)",
        "## Sprachen",
        "Englisch (B2), Niederländisch (Grundkenntnisse)",
    ], title="Lebenslauf Jonas Schwertmann", author="Jonas Schwertmann")
    return with_atts(m, (cv, "application/pdf", "Lebenslauf_Schwertmann.pdf"))


@mail("CONFIDENTIAL", "de", "taxoffice-to-insurer",
      "tax office garnishes the commission claims of a named tied agent for tax debts")
def _():
    return plain("Finanzamt Bersenbrück – Vollstreckungsstelle <vollstreckung.2320@finanzamt-nds.example>",
                 "recht@auenkamp.example",
                 "Pfändungs- und Einziehungsverfügung – Vollstreckungsschuldner Uwe Gösling", "2026-04-16 09:50", """
Finanzamt Bersenbrück – Vollstreckungsstelle
Steuernummer des Vollstreckungsschuldners: 64/120/08814

Pfändungs- und Einziehungsverfügung (§ 309 AO)

Vollstreckungsschuldner: Herr Uwe Gösling, Versicherungsvertreter,
Bahnhofstraße 18, 49593 Bersenbrück

Rückständige Beträge: Einkommensteuer 2023 und 2024, Umsatzsteuer-
Vorauszahlungen, Säumniszuschläge und Kosten, insgesamt 23.408,90 €.

Gepfändet werden alle gegenwärtigen und künftigen Ansprüche des
Vollstreckungsschuldners gegen Sie aus dem Vertretervertrag, insbesondere auf
Abschluss- und Bestandsprovisionen, Provisionsvorschüsse und den
Ausgleichsanspruch nach § 89b HGB. Ihnen wird verboten, an den
Vollstreckungsschuldner zu zahlen.

Bitte geben Sie innerhalb von zwei Wochen die Drittschuldnererklärung ab.

Im Auftrag
Wiebking, Vollziehungsbeamtin
""")


@mail("CONFIDENTIAL", "de", "court-to-insurer",
      "regional court: traffic-accident suit against a named policyholder, property damage only")
def _():
    return plain("Landgericht Münster <poststelle@lg-muenster.example>", "schaden-kfz@auenkamp.example",
                 "12 O 219/26 – Klageschrift zur Stellungnahme", "2026-05-05 08:40", """
Landgericht Münster
12. Zivilkammer
Az.: 12 O 219/26

In dem Rechtsstreit
Steffen Rahmann, Gievenbecker Weg 12, 48161 Münster – Kläger –
gegen
1. Jürgen Vosskötter, Mettinger Straße 3, 49479 Ibbenbüren – Beklagter zu 1 –
2. Auenkamp Allgemeine Versicherung AG – Beklagte zu 2 –

wegen Schadensersatz aus Verkehrsunfall vom 14.11.2025 (A1, Anschlussstelle
Münster-Nord)

wird die anliegende Klageschrift zugestellt. Streitwert: 9.840,00 € (Reparatur-
kosten laut Gutachten, Wertminderung, Nutzungsausfall, Kostenpauschale).
Personenschäden werden nicht geltend gemacht.

Die Beklagten werden aufgefordert, innerhalb von zwei Wochen anzuzeigen, ob sie
sich gegen die Klage verteidigen wollen, und binnen weiterer zwei Wochen zu
erwidern.

Hinweis: Die Klageschrift wird zusätzlich förmlich zugestellt.
""")


@mail("CONFIDENTIAL", "de", "customer-to-insurer",
      "eVB request for a new car with name, birth date, address and driving licence date")
def _():
    return plain("Vanessa Brinker <vanessa.brinker@studimail.example>", "kfz@auenkamp.example",
                 "eVB-Nummer für mein erstes Auto", "2026-03-02 17:34", """
Hallo,

ich brauche eine eVB für mein erstes eigenes Auto, Zulassung am Freitag.

Name: Vanessa Brinker
geb. 19.04.2005
Adresse: Rosenplatz 8, 49074 Osnabrück
Führerschein seit 05/2023 (begleitetes Fahren ab 17)
Fahrzeug: VW Polo 1.0, EZ 2017, gebraucht gekauft, HSN/TSN 0603/BKW
Garage: nein, Laternenparker
km im Jahr: ca. 8.000

Meine Eltern sind bei Ihnen versichert (Vertrag K 61-334018-A, Familie
Brinker), kann ich da einen Zweitwagenrabatt bekommen?

LG Vanessa
""")


@mail("CONFIDENTIAL", "de", "customer-to-insurer",
      "change of address of a named customer with customer number and two non-personal-line contracts")
def _():
    return plain("Thomas Jasper <t.jasper@kabelmail.example>", "kundenservice@auenkamp.example",
                 "Umzug – neue Anschrift KD 7731-0042", "2026-04-01 19:27", """
Guten Abend,

wir sind umgezogen. Bitte ändern Sie für alle Verträge unter meiner
Kundennummer KD 7731-0042 (Hausrat und Kfz) die Anschrift:

alt: Johannisstraße 104, 49074 Osnabrück
neu: Zum Sportplatz 11, 49134 Wallenhorst

Die neue Wohnung hat 94 m² statt 71 m², bitte passen Sie die Hausrat-
versicherung an, damit wir nicht unterversichert sind. Das Auto steht jetzt
in einer Garage.

Danke!
Thomas Jasper
""", charset="windows-1252", cte="quoted-printable")


@mail("CONFIDENTIAL", "de", "customer-to-insurer",
      "new direct-debit account for a named customer's motor contract, full IBAN")
def _():
    return plain("Sevgi Arslan <sevgi.arslan@mailhaus.example>", "kundenservice@auenkamp.example",
                 "Neue Bankverbindung Kfz-Vertrag", "2026-02-25 12:51", f"""
Hallo,

bitte buchen Sie den Beitrag für meine Kfz-Versicherung K 61-775102-C ab
sofort von meinem neuen Konto ab:

Sevgi Arslan
{iban('DE', '29050101' + '0040119927')}
Sparkasse Osnabrück

Das SEPA-Mandat kann ich gern unterschreiben, wenn Sie es mir schicken.

Viele Grüße
Sevgi Arslan
""")


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "reminder for a returned motor premium direct debit of a named customer, amounts and masked IBAN")
def _():
    return plain("Auenkamp Beitragsservice <beitragsservice@auenkamp.example>",
                 "Patrick Große Kracht <p.grossekracht@mail-osna.example>",
                 "Rücklastschrift – Ihre Kfz-Versicherung K 61-509334-A", "2026-05-08 08:00", f"""
Sehr geehrter Herr Große Kracht,

die Lastschrift über 312,44 € für das Halbjahr 01.05.–31.10.2026 Ihrer
Kfz-Versicherung (Fahrzeug OS-PG 901) konnte nicht eingelöst werden.
Ihre Bank hat als Grund "Konto erloschen" angegeben (IBAN DE71 **** **** **** **32 17).

Bitte überweisen Sie 312,44 € zuzüglich 3,50 € Rücklastschriftgebühr bis zum
22.05.2026 auf unser Konto bei der Commerzbank Osnabrück
(IBAN {AUENKAMP_IBAN_ALLG}, Verwendungszweck K 61-509334-A).

Ohne Zahlung verlieren Sie den Versicherungsschutz. Wir müssten das
Fahrzeug dann der Zulassungsstelle melden (§ 25 FZV).

Mit freundlichen Grüßen
Ihr Auenkamp Beitragsservice
""" + FOOT_ALLG)


@mail("CONFIDENTIAL", "de", "insurer-to-assessor",
      "flood claim of a named homeowner: assessor assignment with address and contract")
def _():
    return plain(VAHRENHOLT, "Sachverständigenbüro Hüsemann <auftrag@sv-huesemann.example>",
                 "Gutachterauftrag Elementarschaden WG 54-410782 – Fam. Wessels, Bramsche", "2026-01-09 08:15", """
Hallo Herr Hüsemann,

bitte übernehmen Sie folgenden Auftrag:

Versicherungsnehmer: Egon und Petra Wessels
Risikoort: Am Mühlenbach 14, 49565 Bramsche (Ortsteil Achmer)
Vertrag: Wohngebäude WG 54-410782 inkl. Elementar, SB 1.000 €
Schadentag: 26.12.2025 (Hochwasser der Hase, Keller ca. 1,10 m unter Wasser)
Telefon VN: 05461 88214 (Herr Wessels, ab 16 Uhr)

Zu begutachten: Heizungsanlage (Öl, Baujahr 2011), Estrich und Putz Keller,
Elektroverteilung. Der Öltank ist laut VN dicht geblieben. Bitte prüfen Sie
auch, ob eine Rückstausicherung eingebaut war.

Gutachten bitte bis 31.01. an mich.
""" + S_VAHRENHOLT)


@mail("CONFIDENTIAL", "de", "customer-to-insurer",
      "stolen luggage claim in Lisbon under travel baggage insurance; named traveller, no health content")
def _():
    return plain("Kathrin Menke <kathrin.menke@reise-post.example>", "reise@auenkamp.example",
                 "Diebstahl Reisegepäck Lissabon – RG 58-114520", "2026-05-18 10:47", """
Hallo,

auf unserer Städtereise nach Lissabon wurde mir am 15.05. in der
Straßenbahn Linie 28 der Rucksack gestohlen. Anzeige bei der PSP (Polizei)
habe ich gemacht, Protokoll auf Portugiesisch liegt vor.

Im Rucksack waren:
- Kamera Sony Alpha 6400 mit Objektiv (gekauft 2022 für 1.049 €)
- Sonnenbrille Ray-Ban (ca. 150 €)
- Geldbörse mit 120 € und Ausweis (neuer Ausweis kostet 37 €)
- Powerbank, Kopfhörer (ca. 200 €)

Wir sind über Ihre Reisegepäckversicherung RG 58-114520 versichert
(Jahresvertrag, ich und mein Mann Sebastian Menke).

Was muss ich einreichen?

Liebe Grüße
Kathrin Menke
""")


@mail("CONFIDENTIAL", "de", "customer-to-insurer",
      "animal-owner liability: named customer's dog damaged a neighbour's fence, property only")
def _():
    return plain("Werner Hünefeld <w.huenefeld@landpost.example>", "schaden@auenkamp.example",
                 "Schaden durch Hund – TH 55-118090", "2026-02-02 08:05", """
Guten Tag,

unser Schäferhund Rocky hat sich am Wochenende unter dem Zaun durchgegraben
und beim Nachbarn (Herr Johannes Pickert, Dorfstraße 21, 49219 Glandorf)
den Jägerzaun auf ca. 8 m umgerissen und ein Beet zerwühlt. Menschen und
andere Tiere kamen nicht zu Schaden.

Herr Pickert hat ein Angebot vom Zaunbauer über 1.240 € bekommen. Bitte
melden Sie sich bei ihm oder bei mir, Tel. 05426 3309.

Mit freundlichem Gruß
Werner Hünefeld
Dorfstraße 23, 49219 Glandorf
""", charset="iso-8859-1", cte="quoted-printable")
# ---------------------------------------------------------------------------
# Part 5: CONFIDENTIAL, German (continued)
# ---------------------------------------------------------------------------

@mail("CONFIDENTIAL", "de", "customer-to-insurer",
      "e-bike theft under household insurance: named customer, frame number, police reference")
def _():
    return plain("Jörg Strotmann <joerg.strotmann@radpost.example>", "schaden@auenkamp.example",
                 "E-Bike gestohlen", "2026-04-20 07:22", """
Moin,

mein E-Bike wurde gestern zwischen 18 und 22 Uhr vor dem Kino Cinema-Arthouse
in der Erich-Maria-Remarque-Ring-Straße gestohlen, obwohl es mit einem
Faltschloss (Abus Bordo) an einen Fahrradbügel angeschlossen war.

Rad: Kalkhoff Endeavour 5.B, gekauft 03/2024 für 3.299 €
Rahmennummer: WAL24K118830C
Anzeige: Polizeiinspektion Osnabrück, Vorgangsnr. 260419-1822-034

Ich habe die Fahrradklausel in meiner Hausratversicherung H 52-220460
(bis 5.000 €). Kaufbeleg und Schlossrechnung schicke ich als Foto.

Gruß
Jörg Strotmann
Lortzingstraße 6, 49074 Osnabrück
""")


@mail("CONFIDENTIAL", "de", "customer-to-insurer",
      "deer collision under partial casco: named customer, plate, hunter's certificate; nobody hurt")
def _():
    return plain("Anke Niehoff <anke.niehoff@landpost.example>", "schaden-kfz@auenkamp.example",
                 "Wildunfall gestern Abend", "2026-11-12 07:41", """
Guten Morgen,

ich hatte gestern um ca. 18:15 Uhr auf der K 150 zwischen Hilter und
Borgloh einen Wildunfall mit einem Reh. Mir ist nichts passiert, das Tier ist
tot. Am Auto (Skoda Octavia, OS-AN 612, Teilkasko bei Ihnen, K 61-603119-B)
sind Stoßstange, Kühlergrill und ein Scheinwerfer kaputt.

Der Jagdpächter, Herr Wilhelm Schröer, war da und hat mir die
Wildunfallbescheinigung ausgestellt. Das Auto ist noch fahrbereit, der
Scheinwerfer geht nicht. Kann ich es zu meiner Werkstatt (Autohaus Brörmann,
Hilter) bringen?

Anke Niehoff
Tel. 0170 3381209
""")


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "harmless body; the PDF is a motor insurance confirmation with name, birth date, address and plate")
def _():
    m = plain(WUEBBELING, "Oleksandr Kravets <o.kravets@mailwerk.example>",
              "Ihre angeforderte Bescheinigung", "2026-03-31 14:06", """
Sehr geehrter Herr Kravets,

wie telefonisch besprochen erhalten Sie die gewünschte Bescheinigung für
Ihren neuen Arbeitgeber im Anhang.
""" + S_WUEBBELING)
    p = pdf([
        "# Versicherungsbestätigung Kraftfahrtversicherung",
        "Auenkamp Allgemeine Versicherung AG - Am Auenkamp 1 - 49090 Osnabrück",
        "",
        "Versicherungsnehmer: Oleksandr Kravets, geb. 08.02.1988",
        "Anschrift: Sutthauser Straße 211, 49080 Osnabrück",
        "Vertrag: K 61-870422-A seit 01.09.2023",
        "Fahrzeug: Ford Focus Turnier, amtl. Kennzeichen OS-OK 388",
        "Umfang: Kfz-Haftpflicht, Vollkasko (SB 500 EUR), Teilkasko (SB 150 EUR)",
        "Schadenfreiheitsklasse Haftpflicht: SF 3 (Beitragssatz 60 %)",
        "Schadenfreier Verlauf seit Vertragsbeginn: ja",
        "",
        "Diese Bestätigung dient zur Vorlage beim Arbeitgeber (Dienstwagenregelung).",
        "Osnabrück, 31.03.2026",
    ], title="Versicherungsbestaetigung K 61-870422-A", author="Auenkamp Allgemeine")
    return with_atts(m, (p, "application/pdf", "Bestaetigung_K61-870422-A.pdf"))


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "household claim settlement table in text and HTML: items, values and payout for a named customer")
def _():
    text = """
Sehr geehrte Frau Fortmann,

zu Ihrem Einbruchschaden vom 21./22.03.2026 (Schaden HS-26-0033107) haben
wir Folgendes abgerechnet:

Gegenstand                          angemeldet   erstattet
Laptop MacBook Air 2024             1.300,00 €   1.249,00 € (Neuwert lt. Händler)
Spielkonsole mit Controllern          550,00 €     520,00 €
Schmuck (Goldkette, Ohrringe)       2.400,00 €   2.400,00 € (Wertgutachten)
Bargeld                               400,00 €     400,00 € (Grenze 1.500 €)
Terrassentür (Gebäudeschaden)       1.890,00 €       0,00 € (Vermieter/Wohngebäude)
Schlossaustausch Wohnungstür          310,00 €     310,00 €
Summe                                            4.879,00 €

Die Terrassentür gehört zum Gebäude; bitte wenden Sie sich dafür an Ihren
Vermieter. Die Zahlung geht heute an Sie raus.
""" + S_VAHRENHOLT
    html = """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Sehr geehrte Frau Fortmann,</p>
<p>zu Ihrem Einbruchschaden vom 21./22.03.2026 (Schaden <b>HS-26-0033107</b>) haben wir Folgendes abgerechnet:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#e8e8e8"><th>Gegenstand</th><th>angemeldet</th><th>erstattet</th><th>Bemerkung</th></tr>
<tr><td>Laptop MacBook Air 2024</td><td>1.300,00 €</td><td>1.249,00 €</td><td>Neuwert lt. Händler</td></tr>
<tr><td>Spielkonsole mit Controllern</td><td>550,00 €</td><td>520,00 €</td><td></td></tr>
<tr><td>Schmuck (Goldkette, Ohrringe)</td><td>2.400,00 €</td><td>2.400,00 €</td><td>Wertgutachten</td></tr>
<tr><td>Bargeld</td><td>400,00 €</td><td>400,00 €</td><td>Grenze 1.500 €</td></tr>
<tr><td>Terrassentür</td><td>1.890,00 €</td><td>0,00 €</td><td>Gebäudeschaden – Vermieter</td></tr>
<tr><td>Schlossaustausch Wohnungstür</td><td>310,00 €</td><td>310,00 €</td><td></td></tr>
<tr><td colspan="2"><b>Summe</b></td><td><b>4.879,00 €</b></td><td></td></tr>
</table>
<p>Die Terrassentür gehört zum Gebäude; bitte wenden Sie sich dafür an Ihren Vermieter. Die Zahlung geht heute an Sie raus.</p>
<p>Mit freundlichen Grüßen<br>Björn Vahrenholt<br>Sachschaden Privatkunden · Telefon 0541 77064-634</p>
</body></html>
"""
    return alt(VAHRENHOLT, "Melanie Fortmann <mfortmann@mail-osna.example>",
               "Abrechnung Ihres Einbruchschadens HS-26-0033107", "2026-04-13 11:20", text, html)


@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "broker portfolio list of motor and household clients with birth dates and addresses, only in a windows-1252 CSV")
def _():
    m = plain("Auenkamp Vermittlerservice <vermittlerservice@auenkamp.example>",
              "Sven Brinkhege <s.brinkhege@brinkhege-partner.example>",
              "Bestandsliste Sach Q1/2026", "2026-04-04 07:00", """
Sehr geehrter Herr Brinkhege,

wie angefordert erhalten Sie Ihre Bestandsliste Sach (Stand 31.03.2026) als
CSV-Datei für den Import in Ihr Maklerverwaltungsprogramm.

Ihr Auenkamp Vermittlerservice
""" + FOOT_ALLG)
    rows = [["Vertrag", "Sparte", "Name", "Vorname", "Geburtsdatum", "Straße", "PLZ", "Ort", "Jahresbeitrag"],
            ["K 61-220190-A", "Kfz", "Bäumer", "Günter", "03.03.1958", "Kampstraße 2", "49565", "Bramsche", "612,40"],
            ["H 52-330871", "Hausrat", "Fröhling", "Małgorzata".replace("ł", "l"), "21.09.1983", "Lindenallee 19", "49074", "Osnabrück", "118,20"],
            ["PH 53-330872", "Privathaftpflicht", "Fröhling", "Malgorzata", "21.09.1983", "Lindenallee 19", "49074", "Osnabrück", "72,00"],
            ["WG 54-118034", "Wohngebäude", "Többen", "Reinhold", "30.06.1966", "Heideweg 40", "49584", "Fürstenau", "1.044,90"],
            ["K 61-440318-B", "Kfz", "Schürmann", "Jörg", "17.12.1990", "Ölmühlenweg 5", "49179", "Ostercappeln", "488,10"]]
    return with_atts(m, (csvtext(rows).encode("cp1252"), "application/vnd.ms-excel", "Bestand_Sach_2026Q1.csv"))


@mail("CONFIDENTIAL", "de", "internal",
      "onboarding a new tied agent: birth date, tax ID and private IBAN of a named person")
def _():
    return plain("Vertriebsdirektion Nord <vd-nord@auenkamp.example>", "vertriebsservice@auenkamp.example",
                 "Neuanlage Vertreter – Frau Carina Lübbering ab 01.07.", "2026-06-12 13:37", f"""
Hallo Vertriebsservice,

bitte legt zum 01.07.2026 folgende neue Ausschließlichkeitsvertreterin an:

Carina Lübbering, geb. 24.01.1991
Agentur: Auenkamp Generalagentur Lübbering, Marktstraße 3, 49584 Fürstenau
Privatanschrift: Kirchweg 7, 49584 Fürstenau
Steuer-ID: 58 204 117 390 (umsatzsteuerfrei, § 4 Nr. 11 UStG)
Konto für Provision: {iban('DE', '28069994' + '0031778800')}
IHK-Registrierung: beantragt, Sachkunde (IHK) vom 15.05.2026 liegt vor
Vertreternummer: bitte vergeben (Bezirk 30)

Vertrag und Führungszeugnis gehen per Hauspost an euch. Sie übernimmt den
Bestand von Herrn Kottmann (Ruhestand 30.06.).

Danke und viele Grüße
Marcel Beermann
Vertriebsdirektion Nord
""")


@mail("CONFIDENTIAL", "de", "customer-to-insurer",
      "rent-deposit guarantee application: named tenant's net income, employer and landlord")
def _():
    return plain("Tobias Wöstmann <tobias.woestmann@mein-postfach.example>", "mietkaution@auenkamp.example",
                 "Antrag Mietkautionsbürgschaft", "2026-01-06 20:12", """
Hallo,

ich möchte statt Barkaution eine Mietkautionsbürgschaft bei Ihnen abschließen.

Mieter: Tobias Wöstmann
Neue Wohnung: Hasestraße 61, 2. OG links, 49074 Osnabrück, Einzug 01.02.2026
Vermieter: Grundstücksgesellschaft Hasetor GbR, vertreten durch Herrn Eckhard Stühmer
Kaution: 2.460 € (3 Nettokaltmieten)
Arbeitgeber: Kreisverwaltung Osnabrück, unbefristet seit 2021
Nettoeinkommen: 2.870 € monatlich, Gehaltsnachweise der letzten drei Monate
habe ich eingescannt

Reicht Ihnen das so oder brauchen Sie noch eine Schufa-Auskunft?

Gruß
Tobias Wöstmann
""")


@mail("CONFIDENTIAL", "de", "company-to-insurer",
      "glass repair company submits a windscreen invoice for a named customer's car with plate and contract")
def _():
    return plain("Scheibenprofi Osnabrück <abrechnung@scheibenprofi-os.example>", "schaden-kfz@auenkamp.example",
                 "Rechnung 26-0712 – Steinschlag OS-MR 4410 – K 61-228713-A", "2026-06-03 16:00", """
Sehr geehrte Damen und Herren,

für Ihre Versicherungsnehmerin Frau Martina Remme, Bürgerpark 3, 49084
Osnabrück, haben wir am 02.06.2026 die Frontscheibe des Fahrzeugs
VW Tiguan, OS-MR 4410, ersetzt (Steinschlag im Sichtfeld, Reparatur nicht
möglich). Die Abtretungserklärung der Kundin liegt vor.

Frontscheibe inkl. Kamerakalibrierung   1.126,40 €
abzgl. Selbstbeteiligung Teilkasko       - 150,00 €
an uns zu zahlen                           976,40 €

Die SB von 150 € haben wir der Kundin direkt berechnet.

Mit freundlichen Grüßen
Scheibenprofi Osnabrück GmbH · Pagenstecherstraße 88 · 49090 Osnabrück
Amtsgericht Osnabrück HRB 207713
""", charset="windows-1252", cte="8bit")


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "legal-expenses cover confirmation for a named tenant's rent dispute, landlord and amount")
def _():
    return outlook("Auenkamp Rechtsschutz <rechtsschutz@auenkamp.example>", "Nicole Hagedorn <nicole.hagedorn@kabelmail.example>",
                 "Deckungszusage – Ihr Rechtsschutzfall RS-26-01188", "2026-03-19 12:30", """
Sehr geehrte Frau Hagedorn,

für Ihre Auseinandersetzung mit Ihrem Vermieter, Herrn Volker Baumhöfener,
wegen der Nebenkostenabrechnung 2024 (Nachforderung 1.486,20 €) und der
angekündigten Mieterhöhung für die Wohnung Lohstraße 17, 49074 Osnabrück,
erteilen wir Ihnen Deckungszusage für die außergerichtliche Vertretung durch
Rechtsanwältin Claudia Westerhoff.

Versicherungsschutz besteht aus Ihrem Vertrag RS 57-090412
(Privat-, Berufs- und Wohnungsrechtsschutz). Ihre Selbstbeteiligung beträgt
250 €. Für ein gerichtliches Verfahren melden Sie sich bitte vorab erneut.

Mit freundlichen Grüßen
Ihre Auenkamp Rechtsschutz-Schadenabteilung
""" + FOOT_ALLG)


@mail("CONFIDENTIAL", "de", "customer-to-insurer",
      "sole-trader baker's business-interruption claim (BU = Betriebsunterbrechung) with turnover figures; no health")
def _():
    return plain("Bäckerei Hüggelmeyer <info@baeckerei-hueggelmeyer.example>", "gewerbe-schaden@auenkamp.example",
                 "BU-Schaden nach Ofenbrand – Vertrag GI 59-007215", "2026-02-20 05:58", """
Guten Morgen Herr Vahrenholt,

wie am Telefon besprochen, hier meine Zahlen für den Betriebsunterbrechungs-
schaden. Nach dem Brand im Backofen am 03.02. konnten wir vom 03.02. bis
einschließlich 16.02. nicht backen, nur Kaffee und zugekaufte Ware.

Umsatz Februar 2025 (gleicher Zeitraum): 18.940 €
Umsatz 03.–16.02.2026: 2.210 €
Löhne liefen weiter (3 Verkäuferinnen, 1 Geselle): 7.480 €

Den Gewinn 2025 laut vorläufiger BWA (ca. 61.000 €) kann Ihnen mein
Steuerberater, Herr Dr. Eilers, bestätigen. Ich bin Einzelunternehmerin.

Viele Grüße
Maria Hüggelmeyer
Bäckerei Hüggelmeyer e.K. · Dorfstraße 2 · 49196 Bad Laer
""")


@mail("CONFIDENTIAL", "de", "internal",
      "internal complaint case about a named customer's motor premium increase with plate and premium figures")
def _():
    return plain("Beschwerdemanagement <beschwerde@auenkamp.example>", TOENNIES,
                 "Beschwerde B-2026-0219 – Herr Kerkhoff, Kfz-Beitrag", "2026-01-14 10:44", """
Hallo Ricarda,

Herr Bernhard Kerkhoff (K 61-119404-A, OS-BK 55) beschwert sich schriftlich
über die Beitragserhöhung von 498,30 € auf 701,90 € zum 01.01. Er droht mit
Kündigung und mit der BaFin.

Ursache laut System: Regionalklasse Osnabrück-Land gestiegen, Typklasse VK
von 19 auf 22, dazu der Kaskoschaden vom August (Rückstufung SF 12 → SF 8).
Das hat er offenbar nicht zusammengebracht.

Kannst du ihm bis Ende nächster Woche antworten? Er ist seit 1996 Kunde,
bitte ein Kulanzgespräch anbieten (Rabattretter wäre möglich gewesen).

Danke
Hilke
Beschwerdemanagement
""")


@mail("CONFIDENTIAL", "de", "company-to-insurer",
      "debt collector reports on a named debtor's unpaid household premiums with address and amount")
def _():
    return plain("Creditreform-Partner Nordwest Inkasso <service@nw-inkasso.example>", "forderungsmanagement@auenkamp.example",
                 "Sachstand Ihr Az. F-26-0407 / Schuldner Dominik Vornholt", "2026-06-18 14:22", """
Sehr geehrte Damen und Herren,

zu Ihrer Forderung gegen Herrn Dominik Vornholt, zuletzt Wittekindstraße 8,
49134 Wallenhorst (offene Beiträge Hausrat H 52-402277 und Privathaftpflicht
PH 53-402278 für 2025, Hauptforderung 231,60 €), teilen wir mit:

Der Schuldner ist laut Einwohnermeldeamt nach Bremen verzogen, neue
Anschrift: Am Wall 130, 28195 Bremen. Ein Ratenzahlungsangebot über 40 € mtl.
liegt vor. Wir empfehlen die Annahme.

Bitte teilen Sie uns Ihre Entscheidung mit.

Mit freundlichen Grüßen
Nordwest Inkasso GmbH · Sachbearbeitung Team 4 · i. A. Becker
""", cte="base64")


@mail("CONFIDENTIAL", "de", "system-to-internal",
      "daily returned-debit report: UTF-8 CSV with names, contract numbers and IBANs of non-personal-line customers")
def _():
    m = plain("Zahlungsverkehr Batch <batch-zv@auenkamp.example>", "beitragsservice@auenkamp.example",
              "[ZV] Rücklastschriften 2026-05-07 – Allgemeine", "2026-05-07 06:12", """
Automatischer Bericht ZV-RLS-ALLG
Datum: 07.05.2026
Anzahl Rücklastschriften: 4
Summe: 1.077,02 EUR

Details siehe Anhang. Weiterbearbeitung im Mahnlauf am 08.05.2026.
""", cte="7bit")
    rows = [["Vertrag", "Name", "IBAN", "Betrag", "Rückgabegrund"],
            ["K 61-509334-A", "Patrick Große Kracht", iban("DE", "26550105" + "0730013217", False), "312.44", "AC04 Konto erloschen"],
            ["H 52-118440", "Svetlana Ohlmeyer", iban("DE", "28069956" + "0002211808", False), "96.30", "MD06 Widerspruch"],
            ["K 61-662091-B", "Heiner Voss", iban("DE", "26650001" + "0012770431", False), "541.08", "AM04 Deckung"],
            ["WG 54-031877", "Brunhilde Krämer", iban("DE", "26520051" + "0190288004", False), "127.20", "AM04 Deckung"]]
    return with_atts(m, (csvtext(rows, sep=","), "text/csv", "RLS_ALLG_20260507.csv", "utf-8", "base64"))


@mail("CONFIDENTIAL", "de", "customer-to-insurer",
      "GDPR access request of a named customer with birth date, address and customer number")
def _():
    return plain("Ralph Meyerrose <ralph.meyerrose@privat-mail.example>", "datenschutz@auenkamp.example",
                 "Auskunftsersuchen nach Art. 15 DSGVO", "2026-02-27 22:30", """
Sehr geehrte Damen und Herren,

gemäß Art. 15 DSGVO verlange ich Auskunft darüber, welche personenbezogenen
Daten Sie über mich gespeichert haben, zu welchem Zweck, an wen Sie diese
weitergegeben haben (insbesondere an Auskunfteien und das HIS) und wie lange
Sie sie speichern.

Zu meiner Identifizierung:
Ralph Meyerrose, geboren am 09.11.1969
Schinkelstraße 45, 49080 Osnabrück (bis 2022: Natruper Straße 9)
Kundennummer KD 7731-8850 (Kfz, Wohngebäude)

Bitte senden Sie mir die Auskunft binnen eines Monats als PDF an diese
E-Mail-Adresse.

Mit freundlichen Grüßen
Ralph Meyerrose
""")


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "erasure request answered: named former motor customer, retention periods for his ended contract")
def _():
    return outlook(WELLMANN, "Arne Klostermann <arne.klostermann@mailbox-nord.example>",
                 "Ihr Löschantrag vom 02.06.2026", "2026-06-16 11:00", """
Sehr geehrter Herr Klostermann,

Sie haben uns gebeten, alle Ihre Daten zu löschen. Ihre Kfz-Versicherung
K 61-207718-A endete zum 31.12.2025 nach Verkauf des Fahrzeugs OS-AK 303.

Wir haben Ihre Daten für Werbezwecke und Ihr Kundenkonto im Online-Portal
heute gelöscht. Folgende Daten müssen wir noch aufbewahren:
- Vertrags- und Beitragsdaten bis 31.12.2035 (§ 257 HGB, § 147 AO),
- Daten zum Schadenfall vom 12.07.2024 bis zum Ablauf der Verjährung.

Diese Daten sind gesperrt und werden nur noch für diese Zwecke verwendet.
Nach Ablauf der Fristen löschen wir sie automatisch.
""" + S_WELLMANN)


@mail("CONFIDENTIAL", "de", "company-to-insurer",
      "roofing contractor sends a storm-damage offer for a named homeowner's house with address and contract")
def _():
    m = plain("Dachdeckerei Kröger <angebote@dach-kroeger.example>", "schaden@auenkamp.example",
              "Angebot Sturmschaden – Objekt Lindemann, Belm", "2026-02-23 15:18", """
Sehr geehrte Damen und Herren,

im Auftrag Ihres Versicherungsnehmers Herrn Klaus-Dieter Lindemann,
Haster Weg 20, 49191 Belm (Wohngebäude WG 54-087302), übersenden wir unser
Angebot zur Beseitigung des Sturmschadens vom 19.02.2026 (Orkan "Yanna").

Notsicherung mit Plane ist bereits erfolgt (Rechnung folgt).

Mit freundlichen Grüßen
Dachdeckerei Kröger GmbH
""")
    d = docx([
        "# Angebot Nr. A-26-0088",
        "Bauvorhaben: Wohnhaus Lindemann, Haster Weg 20, 49191 Belm",
        ("table", [["Pos.", "Leistung", "Menge", "Betrag"],
                   ["1", "Gerüst stellen", "psch.", "980,00 €"],
                   ["2", "Betondachsteine ersetzen", "34 m²", "2.210,00 €"],
                   ["3", "Firstziegel neu verlegen", "11 m", "715,00 €"],
                   ["4", "Dachrinne Nordseite erneuern", "9 m", "486,00 €"],
                   ["", "Summe netto", "", "4.391,00 €"]]),
        "Zzgl. 19 % MwSt. Gültig 4 Wochen.",
    ], author="Dachdeckerei Kroeger")
    return with_atts(m, (d, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                         "Angebot_A-26-0088_Lindemann.docx"))


@mail("CONFIDENTIAL", "de", "customer-to-insurer",
      "named customer reports the sale of his car with the buyer's name; motor contract")
def _():
    return plain("Günther Ruwe <g.ruwe@t-post.example>", "kfz@auenkamp.example",
                 "Fahrzeug verkauft", "2026-05-26 18:40", """
Hallo, ich habe meinen Wagen (Mazda 3, OS-GR 1952, Vertrag K 61-338017-A)
heute an Herrn Mehmet Çelik aus Hasbergen verkauft, Übergabe 16:30 Uhr,
Kaufvertrag liegt vor. Er meldet das Auto diese Woche auf sich um. Bitte den
Vertrag beenden und den Restbeitrag erstatten. Der Schadenfreiheitsrabatt
soll für meinen nächsten Wagen gespeichert werden, den kaufe ich im Herbst.

Günther Ruwe
""", charset="iso-8859-1")


@mail("CONFIDENTIAL", "de", "internal",
      "one-line internal forward; the attached customer mail is about a stolen bike under household cover with address")
def _():
    inner = fwd("Heike Stertmann <heike.stertmann@familienpost.example>", "kundenservice@auenkamp.example",
                "Fahrrad aus Keller gestohlen", "2026-03-30 09:15", """
Guten Tag,

aus unserem gemeinschaftlichen Fahrradkeller (Mehrfamilienhaus
Blumenhaller Weg 77, 49080 Osnabrück) wurden am Wochenende zwei Fahrräder
gestohlen, meins und das von meiner Tochter Lisa. Der Keller war
abgeschlossen, die Tür wurde aufgebrochen. Sind die Räder über unsere
Hausratversicherung H 52-190032 versichert? Die Rechnungen habe ich noch.

Heike Stertmann
""")
    m = plain(WUEBBELING, VAHRENHOLT, "WG: Fahrrad aus Keller gestohlen", "2026-03-30 10:01", """
Björn, Schaden für dich (Einbruchdiebstahl aus Gemeinschaftskeller, nicht Fahrradklausel). Gruß Carsten
""")
    return with_atts(m, inner)


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "one-word reply; the quoted customer mail below contains a named customer's IBAN for a refund")
def _():
    return plain(WUEBBELING, "Sabrina Kötter <sabrina.koetter@postfach-os.example>",
                 "AW: Erstattung Beitrag Glasversicherung", "2026-01-21 15:45", f"""
Erledigt, die Erstattung ist angewiesen.

Carsten Wübbeling
Kundenservice Sach · Telefon 0541 77064-620

Am 20.01.2026 um 18:02 schrieb Sabrina Kötter:
> Hallo Herr Wübbeling,
> wie besprochen habe ich die Glasversicherung GL 56-044105 zum 31.12.
> gekündigt, Sie hatten aber noch den Jahresbeitrag für 2026 (49,90 €)
> abgebucht. Bitte auf mein Konto zurück:
> Sabrina Kötter, {iban('DE', '26550105' + '0154023381')}
> Danke!
> Sabrina Kötter, Johannistorwall 12, 49074 Osnabrück
""")


@mail("CONFIDENTIAL", "de", "thirdparty-to-insurer",
      "accident opponent claims repair costs from the insurer's policyholder, gives his own IBAN; nobody hurt")
def _():
    return plain("Michael Terbrack <michael.terbrack@kfz-freunde.example>", "schaden-kfz@auenkamp.example",
                 "Unfall am 09.03. mit Ihrem Versicherungsnehmer OS-JV 77", "2026-03-12 13:20", f"""
Sehr geehrte Damen und Herren,

am 09.03.2026 gegen 7:40 Uhr ist mir Ihr Versicherungsnehmer, Herr Jan
Vehring (Fahrzeug OS-JV 77), an der Ampel Pagenstecherstraße/Römereschstraße
hinten aufgefahren. Er hat die Schuld sofort zugegeben. Verletzt wurde
niemand, die Polizei war nicht da.

Die Werkstatt (Autohaus Tiemann, Osnabrück) hat die Reparaturkosten auf
2.318,55 € netto geschätzt (Heckklappe, Stoßfänger, Parksensoren). Ich
rechne fiktiv ab und bitte um Überweisung auf mein Konto:

Michael Terbrack
IBAN {iban('DE', '26590025' + '0081106633')}

Dazu 25 € Unkostenpauschale. Gutachten und Fotos schicke ich gern.

Mit freundlichen Grüßen
Michael Terbrack
Pommernstraße 12, 49090 Osnabrück
""")


@mail("CONFIDENTIAL", "de", "assessor-to-insurer",
      "sole-trader jeweller's valuation of a named customer's stolen jewellery as ODT; body harmless")
def _():
    m = plain("Goldschmiede Kleine-Wächter <kontakt@goldschmiede-kw.example>", "schaden@auenkamp.example",
              "Wertgutachten wie besprochen", "2026-04-07 11:03", """
Guten Tag Herr Vahrenholt,

anbei das Wertgutachten. Rechnung folgt per Post.

Freundliche Grüße
Sonja Kleine-Wächter
Goldschmiedemeisterin, öffentlich bestellte und vereidigte Sachverständige
Goldschmiede Kleine-Wächter · Krahnstraße 31 · 49074 Osnabrück
""")
    o = odt([
        "# Wertgutachten Schmuck",
        "Auftraggeber: Auenkamp Allgemeine Versicherung AG, Schaden HS-26-0033107",
        "Eigentümerin: Frau Melanie Fortmann, Iburger Straße 118, 49082 Osnabrück",
        "Begutachtet nach Fotos und Kaufbelegen (Original nicht vorhanden, Diebstahl am 21./22.03.2026).",
        "1. Collier, 585er Gelbgold, Ankermuster, 45 cm, ca. 9,8 g – Wiederbeschaffungswert 1.450,00 EUR",
        "2. Ohrstecker, 585er Gelbgold mit Süßwasserperle 7 mm (Paar) – Wiederbeschaffungswert 390,00 EUR",
        "3. Creolen, 750er Gelbgold, Ø 18 mm (Paar) – Wiederbeschaffungswert 560,00 EUR",
        "Gesamt: 2.400,00 EUR",
        "Osnabrück, 06.04.2026 – S. Kleine-Wächter",
    ])
    return with_atts(m, (o, "application/vnd.oasis.opendocument.text", "Wertgutachten_HS-26-0033107.odt"))
# ---------------------------------------------------------------------------
# Part 6: CONFIDENTIAL, English
# ---------------------------------------------------------------------------

@mail("CONFIDENTIAL", "en", "customer-to-insurer",
      "expat asks to have his UK no-claims years recognised for his German motor contract; name, plate, address")
def _():
    return plain("Oliver Spencer <oliver.spencer@spencermail.example>", "kfz@auenkamp.example",
                 "No-claims discount from my UK insurer", "2026-01-13 09:03", """
Good morning,

I moved to Osnabrück from Bristol in December and insured my car with you
(Toyota Corolla, OS-OS 214, contract K 61-901733-A). I was placed in the
starting class because I could not prove my driving history.

I now have the no-claims discount letter from my previous insurer (Admiral)
confirming 9 years without a claim, policy holder Oliver James Spencer,
14 Cotham Road, Bristol BS6. Can you upgrade my class retrospectively from
1 January? I'm happy to send the letter as a PDF.

Best regards,
Oliver Spencer
Kollegienwall 22, 49074 Osnabrück
""", cte="7bit")


@mail("CONFIDENTIAL", "en", "customer-to-insurer",
      "expat reports a move: old and new address, household contract and new living space")
def _():
    return plain("Mei Lin Chen <meilin.chen@inbox-asia.example>", "kundenservice@auenkamp.example",
                 "Change of address – household insurance H 52-507781", "2026-06-22 19:05", """
Hello,

I moved to a new flat on 15 June. Please update my household insurance
H 52-507781:

old address: Martinistraße 58, 49078 Osnabrück (52 m2)
new address: Katharinenstraße 19, 49078 Osnabrück (68 m2, 3rd floor)

My bicycle is now kept in a locked basement room. Does my premium change?
Please send the new policy document by e-mail.

Thank you,
Mei Lin Chen
""")


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "liability insurance certificate for a named student with date of birth and address, in the PDF")
def _():
    m = plain(WHITFIELD, "Tomás Ferreira <tomas.ferreira@uni-mail.example>",
              "Your certificate of insurance for the student residence", "2026-02-05 10:40", """
Dear Mr Ferreira,

as requested, please find attached the confirmation of your personal
liability insurance for the Studentenwerk. You can upload it to the housing
portal directly.
""" + S_WHITFIELD)
    p = pdf([
        "# Confirmation of insurance / Versicherungsbestätigung",
        "Auenkamp Allgemeine Versicherung AG, Am Auenkamp 1, 49090 Osnabrück",
        "",
        "Policyholder: Tomás Ferreira, born 30 May 2003",
        "Address: Studentenwohnheim Westerberg, Albrechtstraße 28, Room 214, 49076 Osnabrück",
        "Contract: PH 53-612044, personal liability insurance (single), since 01.02.2026",
        "Sum insured: EUR 50,000,000 flat rate for personal injury and property damage",
        "Damage to rented rooms and furniture is covered up to EUR 500,000.",
        "",
        "Osnabrück, 5 February 2026",
    ], title="Certificate PH 53-612044", author="Auenkamp Allgemeine")
    return with_atts(m, (p, "application/pdf", "Certificate_PH53-612044.pdf"))


@mail("CONFIDENTIAL", "en", "customer-to-insurer",
      "rental-car excess claim after a scrape in Sicily; named customer, booking and amounts, nobody hurt")
def _():
    return plain("Jasmine Carter <jasmine.carter@mailbox-uk.example>", "reise@auenkamp.example",
                 "Rental car excess reimbursement – policy MS 58-330911", "2026-06-09 14:14", """
Hi,

on 28 May, while parking in Cefalù, I scraped the rental car (Fiat 500,
Sicily by Car, agreement SBC-7741903) against a bollard. No one was hurt.
The rental company charged my credit card EUR 850 for the damage (the full
excess).

I bought your rental car excess cover MS 58-330911 together with the trip.
Attached I will send the damage report, the invoice and my credit card
statement. Please reimburse to my German account – the details are in my
customer profile.

Thanks,
Jasmine Carter
""", cte="7bit")


@mail("CONFIDENTIAL", "en", "customer-to-insurer",
      "GDPR access request with date of birth, passport number and address of a named person")
def _():
    return plain("Viktor Halvorsen <viktor.halvorsen@nordpost.example>", "datenschutz@auenkamp.example",
                 "Subject access request (Art. 15 GDPR)", "2026-03-14 16:26", """
Dear Data Protection Officer,

I hereby request a copy of all personal data you hold about me (Art. 15 GDPR),
including the source of the data, the recipients and any automated decisions
(scoring) made about me.

For identification:
  Name: Viktor Halvorsen
  Date of birth: 21 July 1984
  Passport no.: N 40182259 (Norway)
  Address: Lotter Kirchweg 3, 49078 Osnabrück
  Contracts: motor insurance, since 2023

Please reply within one month.

Viktor Halvorsen
""", cte="7bit")


@mail("CONFIDENTIAL", "en", "supplier-to-insurer",
      "freelance translator (sole trader) invoices the insurer, with personal IBAN and tax number")
def _():
    m = plain("Helen Ashworth <helen@ashworth-translations.example>", "kreditoren@auenkamp.example",
              "Invoice 2026-031 – translation of policy conditions", "2026-05-29 17:00", """
Dear Accounts Payable team,

please find attached my invoice 2026-031 for the translation of the English
policy conditions (order PO-4500219834, requested by Claire Whitfield).

Kind regards
Helen Ashworth
""", cte="7bit")
    p = pdf([
        "# Invoice 2026-031",
        "Helen Ashworth - Certified Translator (sole trader)",
        "Heger-Tor-Wall 7, 49074 Osnabrück",
        "Tax no. 65/219/70331 - VAT ID DE 318 204 771",
        "",
        "To: Auenkamp Lebensversicherung a.G., Accounts Payable, PO-4500219834",
        "| Item | Quantity | Amount |",
        "| Translation DE>EN, general conditions pension plan | 14,220 words | 1,990.80 EUR |",
        "| Proofreading | 4 h | 260.00 EUR |",
        "| VAT 19 % | | 427.65 EUR |",
        "| Total | | 2,678.45 EUR |",
        f"Please pay within 14 days to: Helen Ashworth, IBAN {iban('DE', '26550105' + '0158809912')}",
    ], title="Invoice 2026-031", author="Helen Ashworth")
    return with_atts(m, (p, "application/pdf", "Invoice_2026-031_Ashworth.pdf"))


@mail("CONFIDENTIAL", "en", "applicant-to-insurer",
      "actuarial job application: named applicant's current salary, expectation and date of birth")
def _():
    return plain("Rahul Mehta <rahul.mehta@careermail.example>", "bewerbung@auenkamp.example",
                 "Application – Actuary Life (f/m/d), ref. 2026-021", "2026-03-08 12:48", """
Dear Ms Focke,

I would like to apply for the position of Actuary Life (ref. 2026-021).
I am a Fellow of the Institute and Faculty of Actuaries and have worked for
six years in pricing and reserving for a UK life insurer; since 2024 I have
been based in Düsseldorf with a reinsurance broker. My German is at B2 level
and improving.

Some practical details, as your advert asked for them:
  - date of birth: 2 February 1991
  - current salary: EUR 86,000 p.a. plus 10 % bonus
  - salary expectation: EUR 92,000 p.a.
  - notice period: 3 months to the end of a month

CV and certificates follow in a separate e-mail because of the file size.

Kind regards,
Rahul Mehta
Kaiserswerther Straße 201, 40474 Düsseldorf
""", cte="7bit")


@mail("CONFIDENTIAL", "en", "customer-to-insurer",
      "delayed baggage claim: named traveller's emergency purchases under baggage insurance")
def _():
    return plain("Chloe Dubois-Smith <chloe.ds@travelmail.example>", "reise@auenkamp.example",
                 "Delayed suitcase – emergency purchases", "2026-04-16 08:55", """
Hello,

my suitcase did not arrive with me in Toronto on 10 April (Lufthansa LH470,
file reference YYZLH40817) and was delivered only on 13 April. I had to buy
clothes and toiletries for EUR 286.40 in total; receipts are attached as
photos.

I'm insured under my annual travel insurance RG 58-441208 (baggage delay
cover up to EUR 500). Please transfer the money to my account as before.

Best,
Chloe Dubois-Smith
""")


@mail("CONFIDENTIAL", "en", "internal",
      "HR letter to an incoming expat employee: salary, relocation allowance and housing of a named person")
def _():
    return plain(FOCKE, "Samuel Okonkwo <samuel.okonkwo@auenkamp.example>",
                 "Your relocation package – summary", "2026-01-29 13:12", """
Dear Samuel,

welcome again to Auenkamp! As promised, here is a short summary of what we
agreed for your move from Lagos to Osnabrück:

  - annual base salary: EUR 78,500 (13.5 monthly payments), from 1 March 2026
  - relocation allowance: EUR 6,000 (gross, paid with the March salary)
  - temporary apartment Lortzingstraße 14 for 3 months, rent paid by us
  - German course: 120 lessons at the Volkshochschule, paid by us
  - tax advice for the first tax return (Dr. Eilers & Partner)

Your tax ID will be sent to you by the Bundeszentralamt für Steuern after you
register at the Bürgeramt. Please bring the letter to us as soon as you have it.

Best wishes
Mareike Focke
HR department, Auenkamp Group
""", cte="7bit")


@mail("CONFIDENTIAL", "en", "customer-to-insurer",
      "named customer dented a parked car; plate numbers and contract, nobody hurt")
def _():
    return plain("Ethan Walsh <ethan.walsh@walshmail.example>", "schaden-kfz@auenkamp.example",
                 "I hit a parked car this morning", "2026-05-11 09:31", """
Hi,

this morning at about 8.10 am I reversed out of my driveway (Weidenweg 4,
Georgsmarienhütte) and hit the neighbour's parked car, a grey Audi A4,
OS-KH 3300, owner Mr Karl Hemsath. Nobody was hurt, it's only a dent in the
rear door and a broken tail light.

My car is a Seat Leon, OS-EW 81, insured with you (K 61-771302-B). Mr Hemsath
will take his car to a garage for a quote. Is there anything I have to do?

Thanks,
Ethan Walsh
""", cte="7bit")


@mail("CONFIDENTIAL", "en", "insurer-to-landlord",
      "confirms to a landlord that a named tenant holds personal liability cover; contract and address")
def _():
    return outlook(WHITFIELD, "Hausverwaltung Brockmann <info@hv-brockmann.example>",
                 "Confirmation of liability insurance – tenant Ms Anouk de Vries", "2026-03-26 11:47", """
Dear Mr Brockmann,

with the consent of our customer, Ms Anouk de Vries, we confirm that she has
personal liability insurance with us (contract PH 53-488120, since
15 March 2026), which includes damage to rented property up to EUR 500,000.

The insured address is Redlingerstraße 9, flat 4, 49074 Osnabrück.
""" + S_WHITFIELD)


@mail("CONFIDENTIAL", "en", "customer-to-insurer",
      "electronics insurance claim: named customer's laptop dropped, serial number, purchase price")
def _():
    return plain("Noah Fischer-Grant <noah.fg@devmail.example>", "schaden@auenkamp.example",
                 "Claim: laptop dropped (electronics insurance EV 56-770014)", "2026-02-27 14:21", """
Hello,

I dropped my laptop at the train station in Bremen yesterday; the screen is
cracked and the hinge is broken. It's a Lenovo ThinkPad X1 Carbon Gen 11,
serial number PF4KQ21Z, bought on 12 October 2024 for EUR 1,899 at
Cyberport. I have the receipt.

I'm insured under your electronics policy EV 56-770014. A repair shop in
Osnabrück (PC-Doktor, Johannisstraße) estimates EUR 640 for the repair.
Can I go ahead?

Noah Fischer-Grant
Sedanstraße 41, 49076 Osnabrück
""", cte="7bit")


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "household premium invoice in text and HTML: name, address, contract, SEPA mandate and masked IBAN")
def _():
    text = """
Dear Mr Petrov,

your annual premium invoice for 2026/27:

  Contract:          H 52-604417 (household contents, flat rate EUR 65,000)
  Insured address:   Mindener Straße 305, 49084 Osnabrück
  Period:            01.07.2026 - 30.06.2027
  Premium:           EUR 132.60 (incl. 19 % insurance tax)
  Direct debit on:   01.07.2026 from DE12 **** **** **** **77 09
  Mandate ref.:      AUE-H52604417-01  Creditor ID: DE98ZZZ09999999999

Kind regards
Auenkamp Customer Service
"""
    html = """<html><body style="font-family:Arial;font-size:10pt">
<p>Dear Mr Petrov,</p><p>your annual premium invoice for 2026/27:</p>
<table cellpadding="4" style="border:1px solid #aaa">
<tr><td>Contract</td><td>H 52-604417 (household contents, flat rate EUR 65,000)</td></tr>
<tr><td>Insured address</td><td>Mindener Straße 305, 49084 Osnabrück</td></tr>
<tr><td>Period</td><td>01.07.2026 – 30.06.2027</td></tr>
<tr><td>Premium</td><td>EUR 132.60 (incl. 19 % insurance tax)</td></tr>
<tr><td>Direct debit on</td><td>01.07.2026 from DE12 **** **** **** **77 09</td></tr>
<tr><td>Mandate ref.</td><td>AUE-H52604417-01 · Creditor ID DE98ZZZ09999999999</td></tr>
</table><p>Kind regards<br>Auenkamp Customer Service</p></body></html>
"""
    return alt("Auenkamp Customer Service <kundenservice@auenkamp.example>", "Dimitar Petrov <d.petrov@balkanmail.example>",
               "Premium invoice 2026/27 – household insurance", "2026-06-01 06:00", text, html)


@mail("CONFIDENTIAL", "en", "internal",
      "short internal forward; the attached mail of a named customer reports a motor claim with plates, no injuries")
def _():
    inner = fwd("Grace Mbeki <grace.mbeki@mailzone.example>", "international@auenkamp.example",
                "Car accident at roundabout – who pays?", "2026-01-16 20:48", """
Hello,

today at the Neumarkt roundabout a van (OS-TR 719, company "Trockenbau
Rehkämper") drove into the side of my car. Nobody was injured. The driver
says I didn't give way, but I was already in the roundabout. There is a
witness, Mrs Ute Feldmann, who gave me her number.

My car: Renault Clio, OS-GM 2024, policy K 61-880316-A.
Should I claim from his insurance or from you?

Grace Mbeki
""", cte="7bit")
    m = plain(WHITFIELD, TOENNIES, "FW: Car accident at roundabout – who pays?", "2026-01-19 08:40", """
Hi Ricarda, a motor one for you – disputed liability, customer writes in English. Thanks! Claire
""", cte="7bit")
    return with_atts(m, inner)


@mail("CONFIDENTIAL", "en", "customer-to-insurer",
      "ZIP with photos and a CSV list of water-damaged items of a named customer's household claim")
def _():
    m = plain("Isabel Moreno <isabel.moreno@correo-eu.example>", "schaden@auenkamp.example",
              "Water damage – photos and list (H 52-330219)", "2026-04-24 22:05", """
Hello Mr Vahrenholt,

as discussed on the phone, here are the photos and the list of the damaged
items from the burst pipe in the flat upstairs (my flat: Hansastraße 30,
49090 Osnabrück). All in one zip file.

Best regards,
Isabel Moreno
""")
    items = csvtext([["item", "bought", "price EUR", "state"],
                     ["sofa, 3-seater, grey", "2022", "1290", "soaked, mould smell"],
                     ["rug 200x300", "2021", "340", "stained"],
                     ["bookcase (IKEA Billy) x2", "2019", "138", "swollen chipboard"],
                     ["books approx. 60", "various", "600", "wet"],
                     ["laptop bag and documents", "2023", "85", "wet"]], sep=",")
    z = mkzip([("IMG_4101.png", png(96, 72, "moreno-1")), ("IMG_4102.png", png(96, 72, "moreno-2")),
               ("IMG_4107.png", png(96, 72, "moreno-3")), ("damaged_items_Moreno.csv", items.encode("utf-8"))])
    return with_atts(m, (z, "application/zip", "water_damage_Moreno.zip"))


@mail("CONFIDENTIAL", "en", "heir-to-insurer",
      "daughter abroad cancels her late mother's motor and household contracts and gives her own IBAN; no cause of death")
def _():
    return plain("Laura Whitmore <laura.whitmore@canadamail.example>", "kundenservice@auenkamp.example",
                 "My late mother Renate Whitmore – cancellation of her policies", "2026-02-20 02:17", f"""
Dear Sir or Madam,

I am writing from Vancouver. My mother, Renate Whitmore, passed away in
Osnabrück on 30 January 2026. I am her only child and heir.

She had two policies with you that I know of: car insurance K 61-300587-A
(the car has been sold) and household insurance H 52-300588 for her flat at
Kurt-Schumacher-Damm 12, 49078 Osnabrück, which will be cleared by the end of
March.

Please cancel both policies and refund any premiums to my account:
Laura Whitmore, {iban('DE', '26550105' + '0159330117')} (I kept my German account).

I can send you a scan of the death certificate and the certificate of
inheritance.

Yours sincerely,
Laura Whitmore
""")


@mail("CONFIDENTIAL", "en", "customer-to-insurer",
      "named customer's dog injured another dog: vet bill for the other dog under animal-owner liability (animal health)")
def _():
    return plain("Patrick Nolan <patrick.nolan@irishpost.example>", "schaden@auenkamp.example",
                 "My dog bit another dog – TH 55-200771", "2026-05-30 18:12", """
Hello,

yesterday evening in the Schlosspark my dog Murphy (a terrier) got into a
fight with a spaniel and bit it on the ear. The owner, Mrs Sandra Wiebrock,
took her dog to the vet, who stitched the ear; the bill is EUR 312.50. No
people were involved.

I have dog owner's liability with you (TH 55-200771). Mrs Wiebrock will send
you the vet's invoice. Her address is Lotter Straße 15, Osnabrück.

Regards,
Patrick Nolan
""", cte="7bit")


@mail("CONFIDENTIAL", "en", "customer-to-insurer",
      "freelance web developer (sole trader) applies for cyber cover with her turnover and address")
def _():
    return plain("Zoe Albrecht-Kane <zoe@zak-webstudio.example>", "gewerbe@auenkamp.example",
                 "Quote for cyber insurance – freelancer", "2026-03-03 11:58", """
Hi,

I'm a freelance web developer (sole trader, no employees) and would like a
quote for your cyber insurance for small businesses.

  Name: Zoe Albrecht-Kane, trading as ZAK Webstudio
  Address: Buersche Straße 2, 49074 Osnabrück
  Turnover 2025: EUR 94,300; expected 2026: EUR 110,000
  Clients: about 25 small businesses, I host 18 websites on a rented server
  Previous incidents: one phishing attempt in 2024, no loss

Could you also tell me whether my existing professional indemnity with
another insurer overlaps with your cover?

Thanks,
Zoe
""", cte="7bit")
# ---------------------------------------------------------------------------
# Part 7: NORMAL, German — traps about the personal lines without an identifiable person
# ---------------------------------------------------------------------------

@mail("NORMAL", "de", "insurer-to-broker",
      "trap: BU tariff sheet PDF with premiums by entry age and occupation class, no person")
def _():
    m = plain(LUEDEKE, "verteiler-makler-nord@auenkamp.example",
              "Tarifblatt BU-Plus 2026 – gültig ab 01.02.", "2026-01-30 12:10", """
Liebe Maklerpartnerinnen und Maklerpartner,

anbei das aktualisierte Tarifblatt für die BU-Plus 2026. Die Beiträge in den
Berufsklassen 1+ und 1 sinken im Schnitt um 4 %, Klasse 3 und 4 bleiben
unverändert. Neu: Nachversicherung ohne Gesundheitsprüfung auch bei
Gehaltssprung über 10 %.

Die Rechenbeispiele gelten für Nichtraucher, Endalter 67, BU-Rente 1.000 €.
""" + S_LUEDEKE)
    rows = ["| Eintrittsalter | BK 1+ | BK 1 | BK 2 | BK 3 | BK 4 |",
            "| 20 | 28,40 | 33,10 | 47,90 | 71,30 | 104,80 |",
            "| 25 | 31,20 | 36,40 | 52,60 | 78,20 | 115,10 |",
            "| 30 | 35,80 | 41,70 | 60,30 | 89,60 | 131,90 |",
            "| 35 | 41,90 | 48,90 | 70,80 | 105,00 | 154,60 |",
            "| 40 | 49,10 | 57,30 | 82,90 | 123,10 | 181,20 |",
            "| 45 | 55,70 | 65,00 | 94,10 | 139,70 | 205,70 |"]
    p = pdf(["# Tarifblatt BU-Plus 2026 (Tarif BUP26)",
             "Monatliche Zahlbeiträge in EUR je 1.000 EUR BU-Rente, Nichtraucher, Endalter 67, "
             "Leistungsdynamik 0 %, Beitragsdynamik 0 %",
             ""] + rows + ["",
             "Raucherzuschlag: 25 % auf den Risikobeitrag. Berufsklasse gemäß Berufsgruppenverzeichnis 2026.",
             "Nur für Vermittler. Keine Verwendung gegenüber Endkunden ohne Angebot aus dem Tarifrechner."],
            title="Tarifblatt BU-Plus 2026", author="Auenkamp Produktmanagement")
    return with_atts(m, (p, "application/pdf", "Tarifblatt_BU-Plus_2026.pdf"))


@mail("NORMAL", "de", "internal",
      "trap: actuarial mortality table excerpt (qx by age and sex) as XLSX, no person")
def _():
    m = plain(OSTENDORF, "Produktentwicklung Leben <pe-leben@auenkamp.example>",
              "Sterbetafel-Auszug für Sterbegeld-Neukalkulation", "2026-02-18 16:35", """
Hallo zusammen,

für die Neukalkulation des Sterbegeldtarifs habe ich euch den Auszug aus der
DAV 2008 T (Aggregattafel, mit Sicherheitsabschlägen) für die Alter 40 bis 85
angehängt, daneben unsere eigene Bestandstafel 2020–2024 (Beobachtungsjahre
fünf, ca. 41.000 Verträge). Die Bestandssterblichkeit liegt ab 70 bei ca.
88 % der Tafel, darunter ist die Datenbasis zu dünn.

Bitte noch nicht an den Vertrieb geben.

Piet
""" + S_OSTENDORF)
    rows = [["Alter", "qx Männer DAV 2008 T", "qx Frauen DAV 2008 T", "qx Bestand M", "qx Bestand F"]]
    qm, qf = 0.00197, 0.00118
    for age in range(40, 86, 5):
        rows.append([age, round(qm, 5), round(qf, 5), round(qm * 0.91, 5), round(qf * 0.86, 5)])
        qm *= 1.55
        qf *= 1.57
    x = xlsx([("Auszug", rows), ("Hinweise", [["Quelle"], ["DAV 2008 T, eigene Auswertung Aktuariat Leben"],
                                              ["Keine personenbezogenen Daten, Verdichtung je Alter"]])],
             creator="P. Ostendorf")
    return with_atts(m, (x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                         "Sterbetafel_Auszug_40-85.xlsx"))


@mail("NORMAL", "de", "analyst-to-insurer",
      "trap: analyst newsletter on BU claim acceptance rates and causes, market aggregates only (HTML only)")
def _():
    html = """<html><body style="font-family:Georgia,serif;max-width:640px">
<h2 style="color:#083d5c">Biometrie-Monitor 1/2026: BU-Leistungsquoten im Markt</h2>
<p>Liebe Leserinnen und Leser,</p>
<p>unsere Auswertung von 38 Lebensversicherern (Leistungsjahr 2025) zeigt: Die Anerkennungsquote
bei Berufsunfähigkeitsanträgen liegt im Markt bei <b>78,6 %</b> (Vorjahr 77,9 %). Die mittlere
Bearbeitungsdauer sank auf 4,1 Monate.</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
<tr><th>Ursache der anerkannten Fälle</th><th>Anteil 2025</th><th>Anteil 2020</th></tr>
<tr><td>Psychische Erkrankungen</td><td>37,2 %</td><td>31,9 %</td></tr>
<tr><td>Erkrankungen des Skeletts und Bewegungsapparats</td><td>20,4 %</td><td>22,8 %</td></tr>
<tr><td>Krebs und andere bösartige Geschwulste</td><td>15,1 %</td><td>16,0 %</td></tr>
<tr><td>Unfälle</td><td>7,3 %</td><td>8,1 %</td></tr>
<tr><td>Herz- und Gefäßerkrankungen</td><td>6,2 %</td><td>7,0 %</td></tr>
<tr><td>Sonstige (u. a. Post-COVID, neurologisch)</td><td>13,8 %</td><td>14,2 %</td></tr>
</table>
<p>Auffällig: Der Anteil von Long-/Post-COVID als Hauptursache stagniert bei 2,4 %.</p>
<p>Die vollständige Studie (82 Seiten) erhalten Abonnenten im Kundenbereich.</p>
<p style="font-size:11px;color:#777">Versicherungsanalyse Weser-Ems GmbH · Theaterwall 4 · 26122 Oldenburg ·
Abmeldung: antworten Sie mit "Abmelden".</p>
</body></html>
"""
    return html_only("Biometrie-Monitor <newsletter@va-weser-ems.example>", "produktmanagement@auenkamp.example",
                     "Biometrie-Monitor 1/2026: Psychische Erkrankungen bleiben BU-Ursache Nr. 1", "2026-02-04 07:00", html)


@mail("NORMAL", "de", "internal",
      "trap: training DOCX with a BU claim case study about a fictitious 'Max Mustermann', diagnoses invented")
def _():
    m = plain(KAMPMANN, "Leistung BU Team <leistung-bu@auenkamp.example>",
              "Schulung 'Leistungsprüfung BU kompakt' – Unterlagen", "2026-03-06 13:15", """
Liebe Kolleginnen und Kollegen,

für die Schulung am 17.03. (Raum Hase 2, 9–12 Uhr) findet ihr die
Fallstudie im Anhang. Bitte vorher einmal durchlesen. Alle Personen und
Daten sind frei erfunden.

Viele Grüße
Laura
""" + S_KAMPMANN)
    d = docx([
        "# Fallstudie 3: Der Lagerist mit dem Bandscheibenvorfall",
        "Achtung: fiktiver Schulungsfall – alle Angaben erfunden.",
        "Versicherte Person: Max Mustermann (fiktiv), 44 Jahre, Lagerist, BU-Rente 1.200 EUR, Tarif BU-Plus 2019.",
        "Sachverhalt: Herr Mustermann meldet nach einem Bandscheibenvorfall L5/S1 (M51.1) eine Berufsunfähigkeit. "
        "Er ist seit 7 Monaten arbeitsunfähig, eine Operation ist erfolgt.",
        "## Aufgaben",
        "1. Welche Unterlagen fordern Sie an?",
        "2. Wie ermitteln Sie die konkrete Ausgestaltung der zuletzt ausgeübten Tätigkeit?",
        "3. Prüfen Sie die Frage der Umorganisation bzw. der konkreten Verweisung.",
        ("table", [["Tätigkeit", "Anteil", "noch möglich?"],
                   ["Kommissionieren, Heben bis 25 kg", "55 %", "?"],
                   ["Staplerfahren", "25 %", "?"],
                   ["Warenannahme am PC", "20 %", "?"]]),
        "Lösungsskizze folgt nach der Schulung.",
    ], author="Auenkamp Akademie")
    return with_atts(m, (d, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                         "Fallstudie_03_BU_Lagerist_fiktiv.docx"))


@mail("NORMAL", "de", "internal",
      "trap: summary of a supervisory circular on pension funds and interest reserve, no person")
def _():
    return plain(OSTENDORF, "Vorstand Leben <vorstand-leben@auenkamp.example>",
                 "Kurzfassung: BaFin-Rundschreiben zu Pensionskassen und ZZR", "2026-01-22 18:02", """
Sehr geehrte Frau Dr. Voßkamp, sehr geehrter Herr Overbeck,

kurz zusammengefasst, was das neue Rundschreiben (Entwurf, Konsultation bis
27.02.) für unsere Pensionskasse und die Lebensversicherung bedeutet:

1. Zinszusatzreserve: Die Referenzzinsmethode bleibt; die Korridormethode
   wird verbindlich. Für uns bedeutet das 2026 eine Auflösung von ca. 14 Mio. €
   ZZR im LV-Bestand und eine weitere Zuführung von ca. 1,2 Mio. € in der PK.
2. Sanierungsklauseln: Pensionskassen müssen Leistungskürzungen in den
   AVB transparenter beschreiben. Unsere AVB 2012 und 2019 sind betroffen.
3. Stresstest: zusätzlicher Biometrieschock "Langlebigkeit +15 %".

Auswirkungen auf die Mitglieder der PK sehe ich kurzfristig nicht. Ich bereite
bis zur Vorstandssitzung am 05.02. eine Stellungnahme vor.

Viele Grüße
Piet Ostendorf
Verantwortlicher Aktuar
""")


@mail("NORMAL", "de", "insurer-to-broker",
      "trap: product comparison of term-life tariffs in an HTML table, example customer is generic")
def _():
    text = """
Hallo zusammen,

ihr fragt oft, wo wir bei der Risikolebensversicherung im Markt stehen.
Hier der Vergleich aus dem aktuellen Vergleichsrechner (Stand 01.03.2026),
Modellkunde: 35 Jahre, Nichtraucher, 250.000 € konstant, 20 Jahre.

Anbieter               Monatsbeitrag  Nachversicherung  Sofortleistung bei schwerer Krankheit
Auenkamp RL-Premium      14,90 €       ja (ohne GP)      ja
Mitbewerber A            13,70 €       ja                nein
Mitbewerber B            16,20 €       ja (ohne GP)      ja
Mitbewerber C            12,95 €       nein              nein

Argument für uns: vorgezogene Leistung bei Diagnose einer tödlichen
Erkrankung mit Lebenserwartung unter 12 Monaten.
""" + S_LUEDEKE
    html = """<html><body style="font-family:Arial;font-size:10pt"><p>Hallo zusammen,</p>
<p>ihr fragt oft, wo wir bei der Risikolebensversicherung im Markt stehen. Hier der Vergleich aus dem aktuellen
Vergleichsrechner (Stand 01.03.2026), Modellkunde: 35 Jahre, Nichtraucher, 250.000 € konstant, 20 Jahre.</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Anbieter</th><th>Monatsbeitrag</th><th>Nachversicherung</th><th>Sofortleistung bei schwerer Krankheit</th></tr>
<tr><td><b>Auenkamp RL-Premium</b></td><td>14,90 €</td><td>ja (ohne GP)</td><td>ja</td></tr>
<tr><td>Mitbewerber A</td><td>13,70 €</td><td>ja</td><td>nein</td></tr>
<tr><td>Mitbewerber B</td><td>16,20 €</td><td>ja (ohne GP)</td><td>ja</td></tr>
<tr><td>Mitbewerber C</td><td>12,95 €</td><td>nein</td><td>nein</td></tr>
</table>
<p>Argument für uns: vorgezogene Leistung bei Diagnose einer tödlichen Erkrankung mit Lebenserwartung unter 12 Monaten.</p>
<p>Mit freundlichen Grüßen<br>Henrik Lüdeke<br>Maklerbetreuung Leben / bAV</p></body></html>
"""
    return alt(LUEDEKE, "verteiler-makler-nord@auenkamp.example", "Marktvergleich Risikoleben März 2026",
               "2026-03-09 10:30", text, html)


@mail("NORMAL", "de", "association-to-insurer",
      "trap: association circular on new model accident conditions (disability table, care benefits), no person")
def _():
    return plain("Verband der Versicherer Nordwest – Rundschreiben <rundschreiben@vvnw.example>",
                 "recht@auenkamp.example",
                 "Rundschreiben 07/2026 – Unverbindliche Musterbedingungen Unfall 2026", "2026-04-15 11:00", """
Rundschreiben 07/2026 · Sparte Unfall · Verteiler: Rechtsabteilungen, Produktmanagement Unfall

Sehr geehrte Damen und Herren,

der Ausschuss Unfallversicherung hat die unverbindlichen Musterbedingungen
überarbeitet. Wesentliche Änderungen gegenüber der Fassung 2020:

- Gliedertaxe: Der Verlust eines Auges wird mit 50 % (bisher 50 %), der
  Verlust des Gehörs auf einem Ohr mit 30 % (bisher 30 %) bewertet; neu
  ist eine eigene Position für den Verlust der Stimme (40 %).
- Psychische Reaktionen: Leistungsausschluss bleibt, Klarstellung zur
  posttraumatischen Belastungsstörung nach organischer Verletzung.
- Infektionen durch Zeckenstich (Borreliose, FSME) gelten als Unfall.
- Frist für die ärztliche Feststellung der Invalidität: 21 statt 15 Monate.

Die Synopse und die Begründung finden Sie im Mitgliederbereich.

Mit freundlichen Grüßen
Verband der Versicherer Nordwest e. V. – Abteilung Personenversicherung
""", charset="iso-8859-1", cte="quoted-printable")


@mail("NORMAL", "de", "internal",
      "trap: memo on the maximum technical interest rate and its effect on new life/pension tariffs")
def _():
    return outlook(OSTENDORF, "Führungskreis Leben <fk-leben@auenkamp.example>",
                 "Höchstrechnungszins ab 01.01.2027 – Folgen für unsere Tarife", "2026-05-28 09:00", """
Liebe Kolleginnen und Kollegen,

das BMF hat den Entwurf zur Anhebung des Höchstrechnungszinses auf 1,25 %
ab 01.01.2027 veröffentlicht. Für uns heißt das:

- Neue Tarifgeneration 2027 für Rentenversicherung, Basisrente, Riester
  und Direktversicherung (Sterbegeld und BU: Rechnungszins ohne Einfluss auf
  die Marktposition, trotzdem neu kalkulieren).
- Garantierente in der RV-Flex steigt beim Modellfall (30 J., 100 € mtl.)
  um ca. 9 %.
- Rückkaufswerte im Altbestand ändern sich nicht.

Zeitplan: Kalkulation bis 31.07., Vertriebsschulung September,
Systemumstellung 01.12. Details in der Sitzung am 04.06.

Piet
""")


@mail("NORMAL", "de", "insurer-to-broker",
      "trap: blank consent/confidentiality-release form for health data as PDF, no person filled in")
def _():
    m = plain(LUEDEKE, "Sven Brinkhege <s.brinkhege@brinkhege-partner.example>",
              "AW: Formular Schweigepflichtentbindung", "2026-02-26 14:12", """
Hallo Herr Brinkhege,

hier das aktuelle Formular (Stand 01/2026) als Blankovorlage. Bitte immer
diese Fassung verwenden, die alten Versionen von 2018 akzeptieren wir für
neue Anträge nicht mehr.

Gruß
Henrik Lüdeke
""")
    p = pdf([
        "# Einwilligungs- und Schweigepflichtentbindungserklärung",
        "zur Erhebung und Verwendung von Gesundheitsdaten (Muster des GDV, angepasst)",
        "",
        "Versicherte Person: ____________________________   geb. am: ____________",
        "Antrag/Vertrag Nr.: ____________________________",
        "",
        "1. Erhebung, Speicherung und Nutzung der von Ihnen mitgeteilten Gesundheitsdaten durch die "
        "Auenkamp Lebensversicherung a.G.",
        "2. Abfrage von Gesundheitsdaten bei Dritten (Ärzte, Krankenhäuser, Pflegeeinrichtungen, "
        "Pflegepersonen, andere Versicherer, Behörden) zur Risikobeurteilung und zur Leistungsprüfung",
        "   [ ] Ich willige ein, dass ... (Variante A: generelle Einwilligung)",
        "   [ ] Ich möchte im Einzelfall informiert werden ... (Variante B)",
        "3. Weitergabe an Rückversicherer, Dienstleister, Vermittler",
        "",
        "Ort, Datum, Unterschrift der versicherten Person: ________________________",
    ], title="Schweigepflichtentbindung Muster 01-2026", author="Auenkamp Recht")
    return with_atts(m, (p, "application/pdf", "Schweigepflichtentbindung_Blanko_2026-01.pdf"))


@mail("NORMAL", "de", "internal",
      "trap: rejection-letter template for BU claims with «placeholders», no real claimant")
def _():
    m = plain(NIEMEYER, "Leistung BU Team <leistung-bu@auenkamp.example>",
              "Neue Textvorlage: Ablehnung mangels bedingungsgemäßer BU", "2026-04-09 11:27", """
Hallo ihr,

nach der Abstimmung mit Recht gibt es eine neue Vorlage für Ablehnungen
(Grad unter 50 %). Bitte ab Montag nur noch diese verwenden, die alte
T-BU-14 ist im Textsystem gesperrt. Platzhalter in «» füllt die
Korrespondenz-Software automatisch.

Frauke
""")
    d = docx([
        "T-BU-14a Ablehnung – BU-Grad unter 50 %",
        "«Anrede» «Titel» «Nachname»",
        "«Straße» · «PLZ» «Ort»",
        "Ihre Berufsunfähigkeitsversicherung «Vertragsnummer» – Leistungsantrag vom «Antragsdatum»",
        "«Anrede_Brief»,",
        "wir haben Ihren Antrag sorgfältig geprüft und die uns vorliegenden ärztlichen Unterlagen ausgewertet "
        "(«Liste_Unterlagen»). Danach sind Sie in Ihrem zuletzt ausgeübten Beruf als «Beruf» zu «BU_Grad» % "
        "beeinträchtigt. Eine bedingungsgemäße Berufsunfähigkeit setzt einen Grad von mindestens 50 % voraus.",
        "Wir können Ihnen deshalb leider keine Leistungen zahlen.",
        "Sie können sich an den Versicherungsombudsmann wenden oder Klage erheben (§ 215 VVG).",
        "«Unterschrift_Sachbearbeiter»",
    ], author="Leistung BU")
    return with_atts(m, (d, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                         "T-BU-14a_Ablehnung_Grad_unter_50.docx"))


@mail("NORMAL", "de", "internal",
      "trap: aggregated care-pension claim statistics by care level and age band (ODS), no person")
def _():
    m = plain(BREDEMEIER, "Produktgremium Pflege <gremium-pflege@auenkamp.example>",
              "Leistungsstatistik Pflegerente 2025", "2026-02-10 15:00", """
Hallo zusammen,

für die Sitzung am Donnerstag die Leistungsstatistik 2025 der Pflegerente.
Zellen mit weniger als 5 Fällen habe ich zusammengefasst. Auffällig ist der
Anstieg bei Pflegegrad 2 (Demenz als häufigster Auslöser laut MD-Gutachten).

Nils
""" + S_BREDEMEIER)
    o = ods([("Leistungsfälle 2025", [
        ["Altersband", "PG 1", "PG 2", "PG 3", "PG 4", "PG 5", "Summe"],
        ["unter 60", 0, 6, 5, 5, 5, 21],
        ["60-69", 7, 18, 11, 6, 5, 47],
        ["70-79", 12, 41, 29, 14, 6, 102],
        ["80+", 9, 57, 48, 31, 17, 162],
        ["Summe", 28, 122, 93, 56, 33, 332],
    ]), ("Hinweis", [["Zellen < 5 mit Nachbarzelle verdichtet; keine Einzelfalldaten."]])])
    return with_atts(m, (o, "application/vnd.oasis.opendocument.spreadsheet", "Pflegerente_Leistungen_2025.ods"))


@mail("NORMAL", "de", "internal",
      "trap: IT ticket about wrong surrender values for a tariff generation, only test contracts")
def _():
    return plain("Jira Leben <jira-noreply@auenkamp.example>", DEMIRTAS,
                 "[LEBEN-4471] Rückkaufswert Tarifgeneration 2012 falsch nach Release 26.1", "2026-01-14 08:22", """
LEBEN-4471: Rückkaufswert Tarifgeneration 2012 falsch nach Release 26.1
Priorität: Hoch · Komponente: Bestandsführung / Werteberechnung
Gemeldet von: Jana Pröbsting

Beschreibung:
Seit dem Release 26.1 liefert die Rückkaufswertberechnung für Verträge der
Tarifgeneration 2012 (Rechnungszins 1,75 %) zu niedrige Werte, der
Stornoabzug wird doppelt angesetzt. Nachgestellt auf der Testumgebung T2 mit
den Testverträgen TEST-L-2012-0001 bis -0005 (synthetische Daten).

Erwartet (TEST-L-2012-0003, Stichtag 01.02.2026): 12.408,15 €
Ist:                                               11.790,02 €

Auswirkung: Auskünfte an Kunden seit 12.01. möglicherweise zu niedrig. Der
Fachbereich bittet um Liste der betroffenen Auskünfte (nur Anzahl, keine
Kundendaten im Ticket).

-- 
Diese Nachricht wurde von Jira gesendet. Antworten Sie nicht auf diese E-Mail.
""", cte="quoted-printable")


@mail("NORMAL", "de", "internal",
      "trap: synthetic test data for the pension payment run with published example IBANs, marked fictitious")
def _():
    m = plain(DEMIRTAS, "Test Rentenzahlung <test-rente@auenkamp.example>",
              "Testdaten Rentenzahlungslauf T2 (synthetisch)", "2026-03-17 17:48", """
Hallo Testteam,

anbei die Testdaten für den Rentenzahlungslauf auf T2. Alle Personen sind
erfunden, die IBANs sind die veröffentlichten Beispiel-IBANs aus der
Dokumentation der Bundesbank bzw. unseres Zahlungsdienstleisters und zeigen
auf kein echtes Konto. Bitte keine Produktionsdaten in T2 kopieren!

Gruß
Yusuf
""" + S_DEMIRTAS)
    rows = [["Testfall", "Name", "Vorname", "geb.", "Vertrag", "Rente", "IBAN", "Hinweis"],
            ["TF-01", "Testperson", "Eins", "01.01.1950", "TEST-R-0001", "512,00", "DE02120300000000202051", "Standardfall"],
            ["TF-02", "Testperson", "Zwei", "29.02.1952", "TEST-R-0002", "1.018,44", "DE02500105170137075030", "Schaltjahr"],
            ["TF-03", "Mustermann", "Erika (fiktiv)", "12.08.1964", "TEST-R-0003", "0,01", "DE02100100109307118603", "Minimalrente"],
            ["TF-04", "Testperson", "Vier", "31.12.1940", "TEST-R-0004", "2.400,00", "DE02300209000106531065", "Sterbefall-Simulation"]]
    return with_atts(m, (csvtext(rows), "text/csv", "Testdaten_Rentenlauf_T2.csv", "utf-8", "quoted-printable"))


@mail("NORMAL", "de", "insurer-to-public",
      "trap: job advertisement for a BU claims handler mentioning medical knowledge, no applicant")
def _():
    text = """
Wir suchen dich: Sachbearbeiter:in Leistung Berufsunfähigkeit (m/w/d)
Standort Osnabrück, Vollzeit oder Teilzeit (ab 30 Std.), unbefristet

Deine Aufgaben
- Du prüfst Leistungsanträge aus der Berufsunfähigkeits- und
  Erwerbsunfähigkeitsversicherung.
- Du wertest ärztliche Befundberichte, Gutachten und Reha-Entlassungsberichte
  aus – unterstützt von unserem Ärztlichen Dienst.
- Du führst Gespräche mit Kundinnen und Kunden in einer oft schwierigen
  Lebenslage, telefonisch und persönlich.

Dein Profil
- Ausbildung als Kaufmann/-frau für Versicherungen und Finanzen oder
  medizinische Ausbildung (z. B. MFA, Gesundheits- und Krankenpflege)
- medizinisches Grundverständnis, Freude an komplexen Fällen
- Einfühlungsvermögen und klare Sprache

Wir bieten: Tarifvertrag private Versicherungswirtschaft, 38-Stunden-Woche,
Mobiles Arbeiten bis 60 %, Betriebsrente, JobRad, Kantine.

Bewerbung bis 15.03.2026 an bewerbung@auenkamp.example, Kennziffer 2026-017.
Auenkamp Versicherungen · Am Auenkamp 1 · 49090 Osnabrück
"""
    html = "<html><body>" + "".join(
        f"<p>{l}</p>" if l and not l.startswith("- ") else (f"<li>{l[2:]}</li>" if l else "")
        for l in clean(text).split("\n")) + "</body></html>\n"
    return alt("Auenkamp Karriere <karriere@auenkamp.example>", "jobboerse@stellenportal-nord.example",
               "Stellenanzeige 2026-017 zur Veröffentlichung", "2026-02-13 09:45", text, html)


@mail("NORMAL", "de", "insurer-to-company",
      "trap: invitation to a bAV conference with ICS; programme on salary conversion, disability and care, no person")
def _():
    m = plain(AYDIN, "personal-verteiler-firmenkunden@auenkamp.example",
              "Einladung: Auenkamp Fachtag bAV 2026 am 23. September", "2026-06-04 10:10", """
Sehr geehrte Damen und Herren,

wir laden Sie herzlich zum Auenkamp Fachtag bAV 2026 ein.

Mittwoch, 23. September 2026, 9:30–16:00 Uhr
Schloss Osnabrück, Aula

Programm
- Entgeltumwandlung und Arbeitgeberzuschuss: was Betriebsprüfer 2026 prüfen
- Berufsunfähigkeit in der bAV: Gruppenverträge ohne Gesundheitsprüfung
- Pflegevorsorge als Benefit – Erfahrungen eines Mittelständlers
- Rechtsprechung: Informationspflichten beim Ausscheiden von Mitarbeitenden

Die Teilnahme ist kostenfrei. Ein Kalendereintrag hängt an. Bitte melden Sie
sich bis 31.08. an.
""" + S_AYDIN)
    c = ics("fachtag-bav-2026@auenkamp.example", "20260923T093000", "20260923T160000",
            "Auenkamp Fachtag bAV 2026", "Schloss Osnabrück, Aula, Neuer Graben 29, 49074 Osnabrück",
            "Vorträge zu Entgeltumwandlung, BU in der bAV, Pflegevorsorge, Rechtsprechung.\nAnmeldung: bav@auenkamp.example",
            "bav@auenkamp.example")
    return with_atts(m, (c, "text/calendar", "Fachtag_bAV_2026.ics", "utf-8", "quoted-printable"))


@mail("NORMAL", "de", "internal",
      "trap: data-protection minutes about handling health data in claims mail, no person discussed")
def _():
    return plain(WELLMANN, "Datenschutz-Koordinatoren <dsk@auenkamp.example>",
                 "Protokoll Datenschutz-Jour-fixe 11.03.2026", "2026-03-12 12:40", """
Protokoll Datenschutz-Jour-fixe vom 11.03.2026, 10:00–11:15 Uhr
Teilnehmende: S. Wellmann (DSB), Y. Demirtaş (IT), F. Niemeyer-Lutz (Leistung BU),
T. Hörnschemeyer (Leistung Leben), M. Schoppmeyer (Unfall), K. Aydın (bAV)

TOP 1 Versand von Gesundheitsdaten per E-Mail
- Ärztliche Unterlagen, Befundberichte und Gutachten gehen nach außen nur
  über SecurePost oder verschlüsselt. Ausnahme: Kunde hat schriftlich in den
  Versand per TLS eingewilligt (Einwilligung im Bestandssystem vermerkt).
- Auch Mails ohne Diagnose, aber mit Bezug auf einen Leben-, BU- oder
  Unfallvertrag einer Person gelten als streng vertraulich.

TOP 2 bAV-Listen von Arbeitgebern
- Arbeitgeber schicken Entgeltumwandlungslisten weiter unverschlüsselt.
  Aktion K. Aydın: Rundschreiben an Firmenkunden mit Hinweis auf das
  Upload-Portal (bis 30.04.).

TOP 3 Löschkonzept Leistungsakten
- Sterbefallakten: 10 Jahre nach Auszahlung; BU-Akten: 10 Jahre nach
  Leistungsende. Umsetzung im Archivsystem Q3.

Nächster Termin: 08.04.2026
""")


@mail("NORMAL", "de", "insurer-to-public",
      "trap: FAQ reply about paying premiums, with the insurer's own company bank account only")
def _():
    return plain("Auenkamp Kundenservice <kundenservice@auenkamp.example>", "anfrage@webformular.auenkamp.example",
                 "Textbaustein FAQ: Wie kann ich meinen Beitrag überweisen?", "2026-01-20 14:30", f"""
FAQ-Textbaustein (freigegeben durch Marketing am 19.01.2026)

Frage: Ich möchte meinen Beitrag nicht per Lastschrift zahlen. Wie kann ich
überweisen?

Antwort: Sie können Ihren Beitrag jederzeit auf eines unserer Beitragskonten
überweisen. Bitte geben Sie als Verwendungszweck immer Ihre Vertragsnummer an.

Lebens-, Renten-, BU- und Sterbegeldversicherungen:
Auenkamp Lebensversicherung a.G., IBAN {AUENKAMP_IBAN_LEBEN}

Sach-, Haftpflicht-, Kfz-, Unfall- und Rechtsschutzversicherungen:
Auenkamp Allgemeine Versicherung AG, IBAN {AUENKAMP_IBAN_ALLG}

Bei Zahlungsschwierigkeiten melden Sie sich bitte frühzeitig – bei Lebens-
und Rentenversicherungen ist oft eine Beitragspause möglich.
""")


@mail("NORMAL", "de", "insurer-to-broker",
      "trap: broker newsletter about a new care-pension product with lump sum at care level 2; generic")
def _():
    text = """
Auenkamp Maklerpost 04/2026

NEU: Pflegerente Plus mit Einmalleistung
Ab 01.05. zahlt die Pflegerente Plus bei erstmaliger Feststellung eines
Pflegegrads 2 oder höher eine Einmalleistung in Höhe von sechs Monatsrenten –
zusätzlich zur laufenden Rente. Die Gesundheitsfragen wurden auf fünf Fragen
reduziert (keine Frage mehr nach Bluthochdruck ohne Folgeschäden).

Beispiel: Kundin 55 Jahre, 1.500 € Pflegerente ab PG 4, 60 % ab PG 3,
Einmalleistung 9.000 €: Monatsbeitrag 61,80 €.

Termine
- 12.05. Webinar "Pflegelücke verständlich erklären", 10 Uhr
- 19.05. Vor-Ort-Schulung Lingen

Ihr Team Maklerbetreuung Leben
Abmelden: maklerpost-abmelden@auenkamp.example
"""
    html = """<html><body style="font-family:Arial;font-size:10pt;color:#1a1a1a">
<h2 style="color:#1f5c45">Auenkamp Maklerpost 04/2026</h2>
<h3>NEU: Pflegerente Plus mit Einmalleistung</h3>
<p>Ab 01.05. zahlt die Pflegerente Plus bei erstmaliger Feststellung eines Pflegegrads 2 oder höher eine
Einmalleistung in Höhe von sechs Monatsrenten – zusätzlich zur laufenden Rente. Die Gesundheitsfragen wurden auf
fünf Fragen reduziert (keine Frage mehr nach Bluthochdruck ohne Folgeschäden).</p>
<p><i>Beispiel:</i> Kundin 55 Jahre, 1.500 € Pflegerente ab PG 4, 60 % ab PG 3, Einmalleistung 9.000 €:
Monatsbeitrag 61,80 €.</p>
<h3>Termine</h3><ul><li>12.05. Webinar „Pflegelücke verständlich erklären“, 10 Uhr</li>
<li>19.05. Vor-Ort-Schulung Lingen</li></ul>
<p>Ihr Team Maklerbetreuung Leben<br><a href="mailto:maklerpost-abmelden@auenkamp.example">Abmelden</a></p>
</body></html>
"""
    return alt("Auenkamp Maklerpost <maklerpost@auenkamp.example>", "maklerpost-verteiler@auenkamp.example",
               "Maklerpost 04/2026: Pflegerente Plus mit Einmalleistung", "2026-04-23 07:30", text, html)


@mail("NORMAL", "de", "insurer-to-press",
      "trap: press release on profit participation for life and pension policies, figures only")
def _():
    return plain(KRUSE, "presseverteiler@auenkamp.example",
                 "Pressemitteilung: Auenkamp Leben hält laufende Verzinsung 2026 bei 3,1 %", "2026-01-08 10:00", """
PRESSEMITTEILUNG

Auenkamp Leben hält laufende Verzinsung 2026 bei 3,1 Prozent

Osnabrück, 8. Januar 2026 – Die Auenkamp Lebensversicherung a.G. lässt ihre
Kundinnen und Kunden auch 2026 stabil am Erfolg teilhaben. Die laufende
Verzinsung für klassische Renten- und Lebensversicherungen bleibt bei
3,1 Prozent, die Gesamtverzinsung inklusive Schlussüberschuss und
Bewertungsreserven liegt bei 3,6 Prozent.

Für Rentnerinnen und Rentner steigen die Überschussrenten zum 1. Juli um
durchschnittlich 1,4 Prozent. In der Berufsunfähigkeitsversicherung bleibt
die Beitragsverrechnung unverändert.

"Als Gegenseitigkeitsverein gehört unser Ergebnis unseren Mitgliedern",
sagt die Vorstandsvorsitzende Dr. Henrike Voßkamp.

Über Auenkamp: Die Auenkamp-Gruppe mit Sitz in Osnabrück betreut rund
410.000 Kundinnen und Kunden in Nordwestdeutschland.

Pressekontakt: Dennis Kruse, Telefon 0541 77064-190, presse@auenkamp.example
""")


@mail("NORMAL", "de", "internal",
      "trap: accident-insurance statistics by disability-table position in an XLSX, aggregates only")
def _():
    m = plain(SCHOPPMEYER, "Produktmanagement Unfall <pm-unfall@auenkamp.example>",
              "Auswertung Invaliditätsleistungen 2023–2025 nach Gliedertaxe", "2026-03-30 15:20", """
Hallo,

wie gewünscht die Auswertung der Invaliditätsleistungen nach
Gliedertaxe-Positionen für die Überarbeitung der Tarife. Einzelfälle sind
nicht enthalten; Positionen mit weniger als 10 Fällen sind unter
"Sonstige" zusammengefasst.

Marit
""" + S_SCHOPPMEYER)
    x = xlsx([("Gliedertaxe", [
        ["Position", "Fälle 2023-2025", "Ø Invaliditätsgrad %", "Ø Leistung EUR", "Anteil Progression"],
        ["Hand/Finger", 214, 8.4, 11820, 0.06],
        ["Fuß/Zehen", 96, 9.1, 12990, 0.08],
        ["Arm im Schultergelenk", 71, 21.7, 41200, 0.38],
        ["Bein über Mitte Oberschenkel", 38, 24.9, 52650, 0.45],
        ["Wirbelsäule (außerhalb Gliedertaxe)", 122, 12.0, 18400, 0.15],
        ["Auge", 14, 30.1, 60320, 0.57],
        ["Sonstige", 29, 15.5, 24410, 0.21],
    ])], creator="M. Schoppmeyer")
    return with_atts(m, (x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                         "Invaliditaet_Gliedertaxe_2023-2025.xlsx"))


@mail("NORMAL", "de", "insurer-to-reinsurer",
      "trap: reinsurance treaty renewal for the BU portfolio with aggregate loss ratios and incidence, no person")
def _():
    return plain(OSTENDORF, "Markus Degenhardt <m.degenhardt@nordic-re.example>",
                 "Erneuerung QS-BU 2027 – Portfoliodaten", "2026-06-19 11:45", """
Hallo Herr Degenhardt,

für die Erneuerung des Quotenvertrags BU zum 01.01.2027 vorab die
Eckdaten, die Sie angefragt hatten:

- Bestand 31.12.2025: 63.420 Verträge, versicherte Jahresrente 1,21 Mrd. €
- Neuzugänge BU 2025: 612 anerkannte Fälle (Inzidenz 0,97 ‰)
- Leistungsbarwert laufender Fälle: 318 Mio. €
- Schadenquote 2021–2025: 71 % / 74 % / 79 % / 77 % / 81 %
- Anteil psychischer Ursachen an Neuzugängen: 39 %
- Reaktivierungen 2025: 74

Die Bordereaux mit Einzelfällen erhalten Sie wie vertraglich vereinbart
pseudonymisiert über den Datenraum, nicht per Mail.

Beste Grüße
Piet Ostendorf
""")


@mail("NORMAL", "de", "internal",
      "trap: training quiz on guaranteed insurability options in BU and life, no person")
def _():
    return plain(KAMPMANN, "Azubis 2025 <azubis-2025@auenkamp.example>",
                 "Quiz zur Nachversicherungsgarantie – bis Freitag", "2026-05-04 08:15", """
Hallo ihr Lieben,

kleines Quiz zur Vorbereitung auf die Zwischenprüfung. Antworten bitte bis
Freitag an mich, die Auflösung gibt es im Seminar.

1. Bei welchen Ereignissen kann die BU-Rente im BU-Plus 2026 ohne erneute
   Gesundheitsprüfung erhöht werden? (mind. vier nennen)
2. Bis zu welchem Alter ist die Nachversicherung möglich?
3. Ein Kunde ist bereits berufsunfähig. Kann er die Nachversicherungsgarantie
   noch nutzen? Begründe.
4. Welche Frist gilt nach der Geburt eines Kindes?
5. Richtig oder falsch: Bei der Risikolebensversicherung gibt es eine
   Nachversicherung bei Kauf einer Immobilie.

Viel Erfolg!
Laura
""")


@mail("NORMAL", "de", "internal",
      "trap: anonymised case for a claims conference (age band, occupation, diagnosis group), no identifying detail")
def _():
    return plain(NIEMEYER, "Leistungskonferenz Leben <leistungskonferenz@auenkamp.example>",
                 "Fall für die Leistungskonferenz am 28.04. (anonymisiert)", "2026-04-22 17:05", """
Hallo zusammen,

für die Konferenz ein grundsätzlicher Fall, anonymisiert:

- versicherte Person: Altersband 45–54, handwerklicher Beruf, Vollzeit
- Ursache: Erkrankung des Bewegungsapparats, zwei Operationen
- strittig: Verweisung auf eine Tätigkeit als Bauleiter, die die Person vor
  zehn Jahren für zwei Jahre ausgeübt hat
- Bedingungswerk: BU 2015 mit konkreter Verweisung

Frage an die Runde: Prägt eine frühere Tätigkeit die "bisherige
Lebensstellung", wenn sie nur kurz und lange zurück liegt? Die Rechtsprechung
ist nicht einheitlich. Die Akte bringe ich nicht mit, es geht um die Linie.

Frauke
""")


@mail("NORMAL", "de", "internal",
      "trap: sales statistics of new life/pension/BU business per region, no person")
def _():
    text = """
Neugeschäft Leben Januar–April 2026 (Beitragssumme in Mio. €)

Region          Rente   BU    Risiko  bAV   Sterbegeld  Summe   Plan
Osnabrück       41,2    18,4  6,1     22,8  1,9         90,4    94,0
Emsland         28,7    11,9  4,4     15,1  2,6         62,7    58,5
Münsterland     33,0    15,2  5,0     19,7  1,2         74,1    80,0
Oldenburg       19,8     8,3  3,1      9,4  0,8         41,4    43,0
Gesamt         122,7    53,8 18,6     67,0  6,5        268,6   275,5

Auffällig: bAV im Emsland deutlich über Plan (zwei Gruppenverträge).
"""
    html = """<html><body style="font-family:Arial;font-size:10pt"><p><b>Neugeschäft Leben Januar–April 2026</b> (Beitragssumme in Mio. €)</p>
<table border="1" cellpadding="3" cellspacing="0">
<tr><th>Region</th><th>Rente</th><th>BU</th><th>Risiko</th><th>bAV</th><th>Sterbegeld</th><th>Summe</th><th>Plan</th></tr>
<tr><td>Osnabrück</td><td>41,2</td><td>18,4</td><td>6,1</td><td>22,8</td><td>1,9</td><td>90,4</td><td>94,0</td></tr>
<tr><td>Emsland</td><td>28,7</td><td>11,9</td><td>4,4</td><td>15,1</td><td>2,6</td><td>62,7</td><td>58,5</td></tr>
<tr><td>Münsterland</td><td>33,0</td><td>15,2</td><td>5,0</td><td>19,7</td><td>1,2</td><td>74,1</td><td>80,0</td></tr>
<tr><td>Oldenburg</td><td>19,8</td><td>8,3</td><td>3,1</td><td>9,4</td><td>0,8</td><td>41,4</td><td>43,0</td></tr>
<tr><td><b>Gesamt</b></td><td>122,7</td><td>53,8</td><td>18,6</td><td>67,0</td><td>6,5</td><td><b>268,6</b></td><td>275,5</td></tr>
</table><p>Auffällig: bAV im Emsland deutlich über Plan (zwei Gruppenverträge).</p></body></html>
"""
    return alt("Vertriebscontrolling <vertriebscontrolling@auenkamp.example>", "fk-vertrieb@auenkamp.example",
               "Neugeschäft Leben 01–04/2026", "2026-05-06 08:05", text, html, charset="iso-8859-1")


@mail("NORMAL", "de", "system-to-customer",
      "portal notification without content: a new secure message is waiting")
def _():
    return plain("Auenkamp SecurePost <noreply-securepost@auenkamp.example>", "h.schomaker@familienpost.example",
                 "Sie haben eine neue Nachricht in Ihrem Auenkamp SecurePost-Postfach", "2026-05-06 14:02", """
Guten Tag,

für Sie liegt eine neue vertrauliche Nachricht im Auenkamp SecurePost-
Postfach bereit.

Bitte melden Sie sich unter https://securepost.auenkamp.example an, um die
Nachricht zu lesen. Die Nachricht wird nach 90 Tagen automatisch gelöscht.

Aus Sicherheitsgründen enthält diese Benachrichtigung keine Inhalte.

Ihre Auenkamp Versicherungen
""")


@mail("NORMAL", "de", "system-to-customer",
      "one-time password for a new portal account, no personal data")
def _():
    return plain("Auenkamp SecurePost <noreply-securepost@auenkamp.example>", "m.terbrack@kfz-freunde.example",
                 "Ihr Einmal-Passwort für Auenkamp SecurePost", "2026-03-13 09:11", """
Guten Tag,

für Ihre E-Mail-Adresse wurde ein Postfach bei Auenkamp SecurePost
eingerichtet. Ihr Einmal-Passwort lautet:

    Kq7#vR2m-Tx

Den Link zur Registrierung erhalten Sie in einer separaten E-Mail. Das
Passwort ist 7 Tage gültig und kann nur einmal verwendet werden.

Haben Sie kein Postfach angefordert? Dann ignorieren Sie diese E-Mail.
""", cte="quoted-printable")


@mail("NORMAL", "de", "system-to-external",
      "trap: out-of-office of the life claims desk mentioning death and BU claims generically")
def _():
    return plain(HOERNSCHEMEYER, "RA Thomas Surmann <surmann@notariat-surmann.example>",
                 "Abwesenheitsnotiz: Ihre Nachricht vom 11.05.2026", "2026-05-11 07:59", """
Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 22.05.2026 nicht
im Büro und habe keinen Zugriff auf meine E-Mails.

In dringenden Leistungsfällen (Todesfall, Ablauf, Berufsunfähigkeit) wenden
Sie sich bitte an leistung-leben@auenkamp.example oder telefonisch an
0541 77064-340. Ihre Nachricht wird nicht weitergeleitet.

Tobias Hörnschemeyer
Leistung Leben | Auenkamp Lebensversicherung a.G.
""", headers=(("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")))


@mail("NORMAL", "de", "internal",
      "trap: occupational-health flu-vaccination offer for all staff, no individual health data")
def _():
    return plain("Betriebsärztlicher Dienst <betriebsarzt@auenkamp.example>", "alle-mitarbeitenden@auenkamp.example",
                 "Grippeschutzimpfung 2026 – Termine im Haus", "2026-10-05 11:30", """
Liebe Kolleginnen und Kollegen,

auch in diesem Jahr bieten wir die Grippeschutzimpfung im Haus an:

  Dienstag, 20.10., 8–12 Uhr, Raum Hase 1 (EG)
  Donnerstag, 22.10., 13–16 Uhr, Raum Hase 1 (EG)

Geimpft wird mit dem aktuellen quadrivalenten Impfstoff. Bitte bringt euren
Impfpass mit (falls vorhanden). Wer eine Allergie gegen Hühnereiweiß hat oder
akut fiebrig erkrankt ist, spricht bitte vorher kurz mit uns.

Eine Anmeldung ist nicht nötig. Die Impfung ist freiwillig und kostenlos,
eine Dokumentation geht nicht an die Personalabteilung.

Euer Betriebsärztlicher Dienst
Dr. med. Ute Rahenbrock, Fachärztin für Arbeitsmedizin
""")
# ---------------------------------------------------------------------------
# Part 8: NORMAL, German (continued)
# ---------------------------------------------------------------------------

@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: purchase order for shredding life and BU claim files, no file content or person")
def _():
    return plain("Einkauf Auenkamp <einkauf@auenkamp.example>", "auftrag@aktenvernichtung-nordwest.example",
                 "Bestellung 4500220417 – Vernichtung Leistungsakten Leben (Schutzklasse 3)", "2026-02-06 10:50", """
Sehr geehrte Damen und Herren,

hiermit bestellen wir gemäß Rahmenvertrag RV-2024-017:

Pos. 1  Abholung und Vernichtung von 38 Sicherheitsbehältern à 240 l
        (Leistungsakten Leben, BU und Unfall mit Ablauf der Aufbewahrungsfrist)
        Sicherheitsstufe P-4, Schutzklasse 3 nach DIN 66399
Pos. 2  Vernichtungsprotokoll mit Behälternummern
Pos. 3  Begleitung durch unsere Mitarbeiterin der Poststelle bis zum Fahrzeug

Termin: Freitag, 20.02.2026, ab 7:00 Uhr, Anlieferung Rampe Nord.
Die Akten enthalten Gesundheitsdaten; wir bitten daher um Vernichtung noch am
selben Tag und um einen Nachweis zur Verpflichtung Ihrer Fahrer auf
Vertraulichkeit (§ 203 StGB).

Mit freundlichen Grüßen
Einkauf Auenkamp Versicherungen · Rechnungsanschrift: Am Auenkamp 1, 49090 Osnabrück
""")


@mail("NORMAL", "de", "internal",
      "trap: marketing copy review for a funeral-cover flyer (death, bereavement, health questions), no person")
def _():
    return plain("Marketing Auenkamp <marketing@auenkamp.example>", PROEBSTING,
                 "Bitte fachlich prüfen: Flyer Sterbegeld 'Damit nichts offen bleibt'", "2026-03-26 14:44", """
Hallo Jana,

kannst du bitte den Flyertext fachlich gegenlesen? Druck ist am 10.04.

---
Damit nichts offen bleibt.
Die Auenkamp Sterbegeldversicherung.

Eine würdevolle Beerdigung kostet heute schnell 7.000 Euro und mehr. Mit
unserer Sterbegeldversicherung sorgen Sie vor – und Ihre Liebsten müssen sich
im Trauerfall nicht auch noch um Geld kümmern.

- Aufnahme von 40 bis 85 Jahren
- keine Gesundheitsfragen, keine ärztliche Untersuchung
- volle Leistung nach 24 Monaten, bei Unfalltod sofort doppelte Leistung
- Beiträge ab 9,80 € im Monat (Beispiel: 60 Jahre, 5.000 € Versicherungssumme)
---

Frage: Stimmt "doppelte Leistung bei Unfalltod" noch für den neuen Tarif?
Und dürfen wir "keine Gesundheitsfragen" so stehen lassen?

Danke!
Sophie
Marketing & Kommunikation
""")


@mail("NORMAL", "de", "insurer-to-broker",
      "trap: comparison of BU clauses (abstract referral, forecast period, follow-up review), generic")
def _():
    m = plain(LUEDEKE, "Annika Wübbels <a.wuebbels@vorsorgewerk-emsland.example>",
              "Klauselvergleich BU – wie besprochen", "2026-02-19 16:10", """
Hallo Frau Wübbels,

wie auf der Veranstaltung in Lingen versprochen, der Klauselvergleich
unserer drei BU-Bedingungsgenerationen. Gern auch für Ihre
Beratungsdokumentation verwenden.

Viele Grüße
Henrik Lüdeke
""")
    d = docx([
        "# Klauselvergleich Berufsunfähigkeit – Auenkamp BU 2015 / 2019 / 2026",
        ("table", [["Klausel", "BU 2015", "BU-Plus 2019", "BU-Plus 2026"],
                   ["Abstrakte Verweisung", "nein", "nein", "nein"],
                   ["Prognosezeitraum", "6 Monate", "6 Monate", "6 Monate"],
                   ["Rückwirkende Leistung bei verspäteter Meldung", "3 Jahre", "unbegrenzt", "unbegrenzt"],
                   ["Arbeitsunfähigkeitsklausel", "nein", "6 Monate Leistung", "18 Monate Leistung"],
                   ["Pflegeklausel", "ab 3 Pflegepunkten", "ab PG 2", "ab PG 2"],
                   ["Nachprüfung", "jährlich", "jährlich", "alle 2 Jahre"],
                   ["Umorganisation Selbständige", "bis 20 % Einkommensverlust", "bis 20 %", "nur mit zumutbarem Kapitaleinsatz"]]),
        "Stand 02/2026. Maßgeblich sind allein die Bedingungen im Versicherungsschein.",
    ], author="Maklerbetreuung Leben")
    return with_atts(m, (d, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                         "Klauselvergleich_BU_2015-2026.docx"))


@mail("NORMAL", "de", "internal",
      "trap: table of taxable income shares of life annuities by age (§ 22 EStG) for the service team")
def _():
    return plain(BRANDTNER, "Rentenservice <rentenservice@auenkamp.example>",
                 "Spickzettel Ertragsanteil – für Kundenanfragen", "2026-01-27 09:40", """
Hallo Team,

weil im Moment viele Rentnerinnen und Rentner wegen der
Rentenbezugsmitteilungen anrufen, hier noch mal die wichtigsten
Ertragsanteile für private Leibrenten (§ 22 Nr. 1 Satz 3 a bb EStG):

Alter bei Rentenbeginn   Ertragsanteil
60                       22 %
62                       21 %
63                       20 %
65                       18 %
67                       17 %
70                       15 %
75                       11 %

Basisrenten und Direktversicherungen werden anders besteuert (Kohorte bzw.
voll nachgelagert). Bei Fragen zur individuellen Steuer bitte immer an einen
Steuerberater oder Lohnsteuerhilfeverein verweisen, keine Steuerberatung!

Olga
""", charset="windows-1252", cte="quoted-printable")


@mail("NORMAL", "de", "insurer-to-company",
      "trap: pension fund informs an employer about new contribution rates; company data only")
def _():
    return outlook("Auenkamp Pensionskasse <pensionskasse@auenkamp.example>", "personal@kuhlmann-logistik.example",
                 "Beitragssätze 2027 für Ihre Mitarbeiterversorgung (Firmennummer PK-F-0318)", "2026-06-24 10:00", """
Sehr geehrte Damen und Herren,

die Mitgliederversammlung der Auenkamp Pensionskasse hat am 18.06.2026 die
Beitragssätze für 2027 beschlossen. Für Ihr Unternehmen (Kuhlmann Logistik
GmbH & Co. KG, Firmennummer PK-F-0318) gilt ab 01.01.2027:

- Arbeitgeberbeitrag: 2,0 % der Bruttolohnsumme der Versorgungsberechtigten
  (bisher 1,8 %)
- Umlage für die Insolvenzsicherung: unverändert
- Mindestbeitrag je Mitarbeitendem: 25 € monatlich

Eine Einzelaufstellung je Mitarbeiter erhalten Sie wie gewohnt im Dezember
über unser Firmenkundenportal, nicht per E-Mail.

Mit freundlichen Grüßen
Auenkamp Pensionskasse VVaG – Firmenkundenservice
""" + FOOT_PK)


@mail("NORMAL", "de", "company-to-insurer",
      "trap: employer asks for a group bAV/BU offer for 40 staff with only aggregate age and salary data")
def _():
    return plain("Matthias Gerdes <m.gerdes@gerdes-elektro.example>", "bav@auenkamp.example",
                 "Angebot betriebliche Altersversorgung + BU für unsere Belegschaft", "2026-04-28 15:02", """
Guten Tag Herr Aydın,

wir sind ein Elektrobetrieb mit 40 Beschäftigten (34 gewerblich, 6 Büro) und
möchten ab 2027 eine betriebliche Altersversorgung mit Arbeitgeberzuschuss
anbieten, gern kombiniert mit einer Berufsunfähigkeitsabsicherung ohne
Gesundheitsfragen.

Eckdaten:
- Durchschnittsalter 38 Jahre (jüngste Mitarbeiterin 19, ältester 61)
- Bruttolohnsumme ca. 1,9 Mio. € im Jahr
- Wunsch: 50 € Arbeitgeberbeitrag pro Kopf, Entgeltumwandlung freiwillig

Können Sie uns ein Angebot machen und es in einer Betriebsversammlung
vorstellen? Namen und Daten der Mitarbeiter geben wir erst heraus, wenn wir
uns entschieden haben.

Freundliche Grüße
Matthias Gerdes
Geschäftsführer, Gerdes Elektrotechnik GmbH, Fürstenau
""")


@mail("NORMAL", "de", "insurer-to-company",
      "trap (grey): group accident policy renewal for a company with headcount only; named HR contact is not an insured person")
def _():
    return outlook(SCHOPPMEYER, "Frau Janine Kröner <j.kroener@holzbau-meinert.example>",
                 "Gruppenunfallversicherung GU 77 900 214 – Verlängerung 2027", "2026-06-26 13:30", """
Sehr geehrte Frau Kröner,

Ihre Gruppenunfallversicherung für die Holzbau Meinert GmbH läuft zum
31.12.2026 aus. Für die Verlängerung haben wir Ihre Meldung vom 10.06.
berücksichtigt:

- versicherter Personenkreis: alle Arbeitnehmer (namentlich nicht benannt)
- Anzahl: 52 (Vorjahr 47), davon 41 gewerblich
- Invaliditätsgrundsumme 100.000 €, Progression 225 %, Todesfall 20.000 €
- Schadenquote 2022–2025: 38 %

Der Jahresbeitrag steigt wegen der höheren Kopfzahl von 6.721 € auf 7.436 €
(Beitragssatz unverändert). Bitte bestätigen Sie die Verlängerung bis zum
30.09.2026.
""" + S_SCHOPPMEYER)


@mail("NORMAL", "de", "internal",
      "trap: update of the BU occupation-class directory with example jobs, no person")
def _():
    m = plain("Produktmanagement Leben <pm-leben@auenkamp.example>", "risikopruefung@auenkamp.example",
              "Berufsgruppenverzeichnis 2026 – Änderungsliste", "2026-01-16 12:00", """
Hallo Risikoprüfung,

zum 01.02. wird das Berufsgruppenverzeichnis aktualisiert. 37 Berufe wechseln
die Klasse, die wichtigsten stehen in der Tabelle im Anhang (CSV für den
Import in den Tarifrechner). Bitte laufende Anträge noch nach altem Stand
einstufen.

Produktmanagement Leben
""")
    rows = [["Beruf", "BK alt", "BK neu", "Grund"],
            ["Pflegefachkraft (stationär)", "3", "2", "Schadenerfahrung 2019-2025"],
            ["Physiotherapeut:in", "2", "1", "Schadenerfahrung"],
            ["Dachdecker:in (Meister, >= 20 % Büro)", "4", "3", "neue Differenzierung"],
            ["Lehrer:in (Sekundarstufe)", "1", "1+", "Marktanpassung"],
            ["Rettungssanitäter:in", "3", "3", "unverändert, Zuschlag entfällt"],
            ["Softwareentwickler:in", "1+", "1+", "unverändert"]]
    return with_atts(m, (csvtext(rows).encode("cp1252"), "text/csv", "BGV_2026_Aenderungen.csv"))


@mail("NORMAL", "de", "academy-to-insurer",
      "trap: webinar invitation on Long COVID and mental illness in disability claims, no person")
def _():
    return plain("Akademie Personenversicherung <webinare@akademie-pv.example>", "leistung-bu@auenkamp.example",
                 "Webinar: Post-COVID, Fatigue und psychische Erkrankungen in der BU-Leistungsprüfung", "2026-05-12 08:00", """
Webinar für Leistungsprüfer:innen und Gesellschaftsärzt:innen

Donnerstag, 11. Juni 2026, 14:00–16:30 Uhr (online)

Inhalte
- Post-COVID-Syndrom (U09.9) und ME/CFS (G93.3): Diagnostik, Verlauf, Prognose
- Fatigue objektivieren: welche Befunde sind belastbar?
- Depression und Burn-out: Abgrenzung, Leitlinien, typische Unterlagen
- Fallbeispiele aus der Praxis (anonymisiert)

Referentin: Dr. med. Friederike Hansing, Fachärztin für Neurologie und
Psychiatrie, Sozialmedizin

Teilnahmegebühr: 190 € zzgl. MwSt., 2 Weiterbildungsstunden (IDD)
Anmeldung: https://akademie-pv.example/webinare/bu-2026-06

Akademie Personenversicherung GmbH · Kaiserstraße 15 · 50667 Köln
""", cte="base64")


@mail("NORMAL", "de", "internal",
      "trap: customer-satisfaction survey results for life claims, aggregated percentages only")
def _():
    return plain("Qualitätsmanagement <qm@auenkamp.example>", "fk-leben@auenkamp.example",
                 "Kundenbefragung Leistungsfall Leben 2025 – Ergebnisse", "2026-02-25 10:20", """
Liebe Führungskräfte Leben,

die Ergebnisse der Befragung nach abgeschlossenem Leistungsfall 2025 liegen
vor (n = 1.184, Rücklauf 23 %):

                                    Todesfall   BU     Ablauf   Rente
Gesamtzufriedenheit (Top-2)         84 %        61 %   91 %     88 %
"Ich wurde einfühlsam behandelt"    89 %        58 %   –        –
Bearbeitungsdauer angemessen        77 %        42 %   93 %     85 %
Weiterempfehlung (NPS)              +31         −8     +47      +39

Häufigste Freitext-Themen BU: Dauer der Prüfung, Anzahl der angeforderten
Arztberichte, "fühlte mich wie ein Simulant behandelt". Freitexte wurden vor
der Auswertung anonymisiert.

Wir stellen die Ergebnisse in der FK-Runde am 04.03. vor.

Qualitätsmanagement
""")


@mail("NORMAL", "de", "insurer-to-broker",
      "trap: screenshot from the tariff calculator and a model calculation for a generic 35-year-old clerk")
def _():
    m = plain(LUEDEKE, "Dirk Lüttmann <dirk@finanzkontor-luettmann.example>",
              "Tarifrechner – neue Maske BU", "2026-03-20 11:11", """
Moin Herr Lüttmann,

Sie hatten gefragt, wo im neuen Tarifrechner die Option "Arbeitsunfähigkeits-
klausel" sitzt: zweiter Reiter, ganz unten (siehe Screenshot).

Rechenbeispiel zum Ausprobieren: 35 Jahre, Bürokaufmann, 1.500 € BU-Rente,
Endalter 67, mit AU-Klausel → 61,40 € mtl. Zahlbeitrag; ohne 57,10 €.

Viele Grüße
Henrik Lüdeke
""")
    return with_atts(m, (png(160, 100, "tarifrechner-screenshot"), "image/png", "Screenshot_Tarifrechner.png"))


@mail("NORMAL", "de", "internal",
      "trap: complaint statistics reported to the supervisor, by line and reason, no person")
def _():
    m = plain("Beschwerdemanagement <beschwerde@auenkamp.example>", "compliance@auenkamp.example",
              "Beschwerdestatistik 2025 für die BaFin-Meldung", "2026-03-02 16:00", """
Hallo Compliance,

anbei die Beschwerdestatistik 2025 im Format der BaFin-Meldung.

Hilke
Beschwerdemanagement
""")
    x = xlsx([("2025", [
        ["Sparte", "Beschwerden", "davon Leistung", "davon Vertrag", "davon Vertrieb", "Ombudsmann"],
        ["Leben (Kapital/Rente)", 214, 61, 120, 33, 9],
        ["Berufsunfähigkeit", 97, 81, 12, 4, 14],
        ["Pensionskasse/bAV", 41, 8, 29, 4, 2],
        ["Unfall", 63, 49, 10, 4, 5],
        ["Kfz", 402, 188, 201, 13, 21],
        ["Sach/Haftpflicht", 277, 191, 74, 12, 11],
    ])], creator="Beschwerdemanagement")
    return with_atts(m, (x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                         "Beschwerdestatistik_2025.xlsx"))


@mail("NORMAL", "de", "insurer-to-public",
      "trap: blank consumer template for cancelling a life insurance with blanks, no person")
def _():
    return plain("Auenkamp Kundenservice <kundenservice@auenkamp.example>", "anfrage@webformular.auenkamp.example",
                 "Textbaustein: Muster für die Kündigung einer Lebensversicherung", "2026-02-09 13:00", """
Textbaustein für Webformular-Antworten (Stand 02/2026)

Sie möchten Ihre Lebens- oder Rentenversicherung kündigen? Dafür reicht ein
formloses Schreiben. Sie können dieses Muster verwenden:

------------------------------------------------------------
[Vorname Name]
[Straße, PLZ Ort]

An die Auenkamp Lebensversicherung a.G., Am Auenkamp 1, 49090 Osnabrück

Kündigung meiner Versicherung Nr. [Vertragsnummer]

Hiermit kündige ich den oben genannten Vertrag zum nächstmöglichen
Zeitpunkt. Bitte überweisen Sie den Rückkaufswert auf mein Konto
IBAN [_________________________].

[Ort, Datum, Unterschrift]
------------------------------------------------------------

Bevor Sie kündigen: Eine Beitragsfreistellung oder Beitragspause ist oft
günstiger. Rufen Sie uns gern an: 0541 77064-0.
""")


@mail("NORMAL", "de", "internal",
      "trap: farewell of a retiring colleague ('now you are a pensioner yourself'), no health or contract data")
def _():
    return plain("Bereichsleitung Leben <bl-leben@auenkamp.example>", "bereich-leben@auenkamp.example",
                 "Abschied in den Ruhestand: Werner Thye", "2026-06-23 12:00", """
Liebe Kolleginnen und Kollegen,

nach 41 Jahren bei Auenkamp verabschiedet sich unser Kollege Werner Thye
zum 30. Juni in den Ruhestand. Werner hat 1985 als Auszubildender angefangen,
die Rentenauszahlung aufgebaut und zuletzt viele von uns in die Geheimnisse
der Tarifgenerationen der 90er eingeweiht.

Wir verabschieden ihn am Montag, 29. Juni, ab 15 Uhr in der Kantine mit
Kaffee und Kuchen. Wer sich an einem Geschenk beteiligen möchte: Umschlag
liegt bei Anke im Sekretariat.

Lieber Werner, genieß den Ruhestand – und jetzt bist du selbst Rentner!

Herzliche Grüße
Carola Vennemann
Bereichsleiterin Leben
""")


@mail("NORMAL", "de", "internal",
      "trap: ODT minutes of the care product committee (care levels, dementia, pricing), no person")
def _():
    m = plain(BREDEMEIER, "Produktgremium Pflege <gremium-pflege@auenkamp.example>",
              "Protokoll Produktgremium Pflege 12.02.2026", "2026-02-16 09:12", """
Hallo zusammen,

anbei das Protokoll unserer Sitzung vom 12.02. Ergänzungen bitte bis Freitag.

Nils
""")
    o = odt([
        "# Protokoll Produktgremium Pflege – 12.02.2026",
        "Teilnehmende: N. Bredemeier, P. Ostendorf, I. Rosendahl, H. Lüdeke, Marketing (S. Albers)",
        "TOP 1: Leistungsstatistik 2025 – Anstieg Pflegegrad 2; Demenz ist häufigster Auslöser laut MD-Gutachten. "
        "Keine Einzelfälle besprochen.",
        "TOP 2: Pflegerente Plus – Einmalleistung ab PG 2 beschlossen (sechs Monatsrenten). Kalkulation: +6,5 % Beitrag.",
        "TOP 3: Gesundheitsfragen – Frage nach Bluthochdruck ohne Folgeschäden entfällt; Frage nach Demenz-"
        "Vorabklärung (Gedächtnissprechstunde) bleibt.",
        "TOP 4: Vertrieb – Schulungen im Mai, Maklerpost 04/2026.",
        "Nächste Sitzung: 14.05.2026",
    ])
    return with_atts(m, (o, "application/vnd.oasis.opendocument.text", "Protokoll_PG_Pflege_2026-02-12.odt"))


@mail("NORMAL", "de", "internal",
      "trap: lapse-rate analysis by product and contract year, aggregates only")
def _():
    return plain(OSTENDORF, "Controlling Leben <controlling-leben@auenkamp.example>",
                 "Stornoanalyse 2025 – erste Ergebnisse", "2026-03-11 17:20", """
Hallo Controlling,

erste Ergebnisse der Stornoanalyse 2025 (Stornoquote nach laufendem Beitrag):

Produkt               Jahr 1   Jahr 2   Jahr 3-5   ab Jahr 6
RV-Flex               6,8 %    5,1 %    3,9 %      2,4 %
BU-Plus               7,9 %    5,6 %    3,1 %      1,8 %
Risikoleben           9,4 %    7,2 %    4,4 %      2,9 %
Sterbegeld            3,1 %    2,0 %    1,5 %      1,2 %
Direktversicherung    4,2 %    3,3 %    2,6 %      1,9 %

Haupttreiber bleiben Beitragsfreistellungen nach Jobwechsel (bAV) und
Kündigungen wegen Zahlungsschwierigkeiten (RV). Beitragspausen wurden 2025
in 1.310 Fällen genutzt, davon wurden 82 % anschließend fortgeführt.

Details und Kohortengrafiken folgen im Bericht.
Piet
""")


@mail("NORMAL", "de", "system-to-broker",
      "notification of new electronic broker post without content")
def _():
    return plain("Auenkamp Vermittlerpost <noreply-vermittlerpost@auenkamp.example>",
                 "Annika Wübbels <a.wuebbels@vorsorgewerk-emsland.example>",
                 "Neue Dokumente in Ihrer Vermittlerpost (3)", "2026-04-14 06:00", """
Sehr geehrte Frau Wübbels,

in der elektronischen Vermittlerpost Ihrer Firma Vorsorgewerk Emsland GmbH
(Vertragspartner VP-3118) liegen 3 neue Dokumente bereit.

Sie können die Dokumente im Maklerportal unter https://makler.auenkamp.example
abrufen oder über Ihr Maklerverwaltungsprogramm (BiPRO) herunterladen.

Diese Nachricht wurde automatisch erstellt.
""")


@mail("NORMAL", "de", "internal",
      "IT maintenance window for the life claims system, no data")
def _():
    return plain("IT-Betrieb <it-betrieb@auenkamp.example>", "alle-leben@auenkamp.example",
                 "Wartungsfenster LEBEN-L3 am Samstag 07.03. 06:00–14:00", "2026-03-03 15:15", """
Hallo zusammen,

am Samstag, 07.03.2026, 06:00–14:00 Uhr, ist das Leistungssystem LEBEN-L3
wegen eines Datenbank-Upgrades nicht verfügbar. Betroffen sind auch die
Rentenzahlungsvorbereitung und die Schnittstelle zum Archiv.

Die Auszahlungsläufe sind nicht betroffen (laufen Freitagabend vorgezogen).
Bitte am Freitag bis 18 Uhr alle offenen Vorgänge speichern.

Bei Problemen am Montag: Hotline 0541 77064-700.

Euer IT-Betrieb
""", cte="8bit")


@mail("NORMAL", "de", "internal",
      "trap: case-law digest on BU follow-up reviews and life beneficiary disputes; parties anonymised")
def _():
    return plain(AHLERT, "Leistung Leben <leistung-leben@auenkamp.example>",
                 "Rechtsprechungsübersicht 1. Quartal 2026", "2026-04-10 12:30", """
Hallo zusammen,

die wichtigsten Entscheidungen aus dem 1. Quartal für unsere Arbeit:

1. BGH, Urteil vom 14.01.2026 – IV ZR 71/24
   Nachprüfung in der BU: Der Versicherer muss die Veränderung gegenüber dem
   Zustand bei Anerkenntnis konkret darlegen; ein Verweis auf eine
   "gebesserte psychische Verfassung" ohne Vergleich der Befunde genügt nicht.

2. OLG Celle, Beschluss vom 03.02.2026 – 8 U 212/25
   Bezugsrecht "die Ehefrau": Maßgeblich ist die Ehefrau zum Zeitpunkt der
   Einräumung, wenn keine Auslegung zugunsten der späteren Ehefrau möglich ist.

3. OLG Hamm, Urteil vom 27.02.2026 – 20 U 88/25
   Unfallversicherung: Die ärztliche Invaliditätsfeststellung muss die
   dauerhafte Beeinträchtigung und die Ursache benennen; ein Arztbrief mit
   "weiterhin Beschwerden" reicht nicht.

Kläger und Beklagte sind in den veröffentlichten Fassungen anonymisiert.
Volltexte liegen im Wiki (Recht > Rechtsprechung).

Gesine
""")


@mail("NORMAL", "de", "insurer-to-company",
      "trap: draft cooperation agreement with a funeral-provision trust company; no individual customers")
def _():
    m = plain(LUEDEKE, "Vertrieb Deutsche Bestattungsvorsorge Treuhand <kooperation@bestattungs-treuhand.example>",
              "Kooperationsvereinbarung Sterbegeld – Entwurf v3", "2026-05-15 11:40", """
Sehr geehrte Frau Dr. Lenz,

anbei der Entwurf v3 der Kooperationsvereinbarung mit unseren Anmerkungen
(Änderungsmodus). Offene Punkte sind vor allem die Abtretung an das
Bestattungsinstitut und der Datenaustausch im Sterbefall – hier möchten wir
keine Listen per E-Mail, sondern nur den Weg über das Portal.
""" + S_LUEDEKE)
    d = docx([
        "# Kooperationsvereinbarung (Entwurf v3)",
        "zwischen der Auenkamp Lebensversicherung a.G. und der Deutsche Bestattungsvorsorge Treuhand AG",
        "§ 1 Gegenstand: Vermittlung von Sterbegeldversicherungen an Kundinnen und Kunden der Treuhand.",
        "§ 2 Abtretung: Die versicherte Person kann die Ansprüche zur Sicherung der Bestattungskosten an das "
        "beauftragte Bestattungsinstitut abtreten. Die Abtretung wird dem Versicherer schriftlich angezeigt.",
        "§ 3 Leistungsfall: Im Sterbefall übermittelt das Bestattungsinstitut Sterbeurkunde und Rechnung über "
        "das Portal. Ein Nachweis der Todesursache ist nach Ablauf der Wartezeit nicht erforderlich.",
        "§ 4 Vergütung: 3 % der Beitragssumme, höchstens 450 EUR je Vertrag.",
        "§ 5 Datenschutz: Auftragsverarbeitung ausgeschlossen; jede Partei ist eigener Verantwortlicher.",
    ], author="Auenkamp Vertrieb Leben")
    return with_atts(m, (d, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                         "Kooperation_Sterbegeld_Entwurf_v3.docx"))


@mail("NORMAL", "de", "internal",
      "room booking and lunch for a workshop, no personal data")
def _():
    return plain(ROSENDAHL, "Empfang <empfang@auenkamp.example>",
                 "Raum + Mittagessen für Workshop am 19.03.", "2026-03-10 10:05", """
Hallo Empfang,

für den Workshop "Annahmerichtlinien 2027" am Donnerstag, 19.03., brauchen
wir bitte:

- Raum Hase 3, 9:00–16:00 Uhr, U-Form für 14 Personen
- Beamer, Flipchart, Moderationskoffer
- Mittagessen aus der Kantine für 14 Personen um 12:30 Uhr (3× vegetarisch,
  1× vegan)
- Kaffee/Tee/Wasser ganztägig

Kostenstelle 4120. Danke!

Ilka Rosendahl
Risikoprüfung Leben
""")


@mail("NORMAL", "de", "supplier-to-insurer",
      "trap: print shop invoice for funeral-cover and care flyers with the print shop's company IBAN")
def _():
    m = plain("Druckhaus Hasetal GmbH <rechnung@druckhaus-hasetal.example>", "kreditoren@auenkamp.example",
              "Rechnung RE-26-1187 – Flyer Sterbegeld / Pflegerente", "2026-04-17 13:00", """
Sehr geehrte Damen und Herren,

anbei unsere Rechnung RE-26-1187 zur Bestellung 4500220982.

Mit freundlichen Grüßen
Buchhaltung Druckhaus Hasetal GmbH
""")
    p = pdf([
        "# Rechnung RE-26-1187",
        "Druckhaus Hasetal GmbH - Industriestraße 14 - 49624 Löningen - HRB 110427 AG Oldenburg",
        "An: Auenkamp Versicherungen, Kreditorenbuchhaltung, Am Auenkamp 1, 49090 Osnabrück",
        "Bestellung 4500220982 vom 02.04.2026",
        "| Pos. | Artikel | Menge | Betrag |",
        "| 1 | Flyer Sterbegeld 'Damit nichts offen bleibt', DIN lang | 20.000 | 1.180,00 EUR |",
        "| 2 | Flyer Pflegerente Plus, DIN lang | 15.000 | 945,00 EUR |",
        "| | MwSt. 19 % | | 403,75 EUR |",
        "| | Gesamt | | 2.528,75 EUR |",
        f"Zahlbar bis 17.05.2026 auf: Druckhaus Hasetal GmbH, IBAN {iban('DE', '28066620' + '0512300410')}",
    ], title="Rechnung RE-26-1187", author="Druckhaus Hasetal GmbH")
    return with_atts(m, (p, "application/pdf", "RE-26-1187.pdf"))


@mail("NORMAL", "de", "internal",
      "change request for the website pension calculator texts, no customer data")
def _():
    return plain("Online-Redaktion <online@auenkamp.example>", DEMIRTAS,
                 "Rentenrechner Website – Textänderungen zum 01.07.", "2026-06-08 14:25", """
Hallo Yusuf,

für den Rentenrechner auf www.auenkamp.example/rente bitte zum 01.07.
folgende Änderungen einspielen:

1. Hinweistext unter dem Ergebnis: "Die Berechnung ist unverbindlich und
   ersetzt keine Beratung" → fett.
2. Voreinstellung Rentenbeginn: 67 statt 65.
3. Neues Feld "Beitragsdynamik" (0 / 3 / 5 %), Standard 0 %.
4. Der Button "Angebot anfordern" führt künftig auf das Formular mit
   SecurePost-Hinweis.

Freigabe durch Produktmanagement liegt vor (Ticket WEB-882).

Danke, Kathi
Online-Redaktion
""")


@mail("NORMAL", "de", "insurer-to-press",
      "trap: answer to a journalist with aggregate BU claim figures and general statements, no person")
def _():
    return outlook(KRUSE, "Lea Brüning <l.bruening@noz-redaktion.example>",
                 "AW: Anfrage BU-Leistungen für Ihren Artikel", "2026-05-21 15:50", """
Liebe Frau Brüning,

danke für Ihre Anfrage. Gern die Zahlen für Ihren Artikel, zitierbar als
"Auenkamp Leben":

- 2025 haben wir 1.031 Leistungsanträge in der BU abschließend entschieden,
  79 % wurden anerkannt.
- Die häufigste Ursache sind psychische Erkrankungen (39 %), gefolgt von
  Rücken- und Gelenkerkrankungen (21 %) und Krebs (14 %).
- Die durchschnittliche Bearbeitungsdauer lag bei 3,7 Monaten.
- Aktuell zahlen wir an rund 4.900 Menschen eine BU-Rente.

Einzelfälle können wir aus Datenschutzgründen nicht kommentieren. Für ein
Hintergrundgespräch mit unserer Leiterin Leistung stehe ich gern zur
Verfügung.

Viele Grüße
Dennis Kruse
Unternehmenskommunikation
""")


@mail("NORMAL", "de", "internal",
      "trap: IT ticket about illegible scans of death certificates in the mailroom, no document content")
def _():
    return plain("Poststelle Leben <poststelle-leben@auenkamp.example>", "it-hotline@auenkamp.example",
                 "Scanner Poststelle 2 – Sterbeurkunden und Arztberichte unleserlich", "2026-01-30 11:05", """
Hallo IT-Hotline,

seit dem Update gestern scannt der Kofax-Scanner in der Poststelle 2
(Gerät PS2-SCAN-03) alle farbigen Dokumente viel zu hell. Betroffen sind vor
allem Sterbeurkunden (grauer Sicherheitsdruck) und Arztberichte mit
Stempeln – die landen nur als fast weiße Seiten in der E-Akte.

Wir haben die betroffenen Stapel von heute Vormittag zurückgelegt und
scannen sie neu, sobald das behoben ist. Könnt ihr bitte das Farbprofil
zurücksetzen? Ticket bitte an Gruppe "Input-Management".

Danke
Poststelle Leben, Durchwahl -233
""")


@mail("NORMAL", "de", "system-to-external",
      "automatic certificate reply to a certificate request, no content")
def _():
    m = plain("Auenkamp Zertifikatsdienst <zertifikat@auenkamp.example>", "kanzlei@albers-verkehrsrecht.example",
              "Re: [ZERTIFIKAT] – Ihr angefordertes Zertifikat", "2026-02-18 11:20", """
Guten Tag,

Sie haben das S/MIME-Zertifikat für die Adresse
schaden-kfz@auenkamp.example angefordert. Im Anhang finden Sie das
Zertifikat. Bitte importieren Sie es in Ihr E-Mail-Programm; danach können
Sie uns verschlüsselte Nachrichten senden.

Fingerprint (SHA-256):
4F:21:9A:0C:7E:33:B1:58:D2:60:AE:91:4C:0B:77:E5:
12:9F:C3:6A:08:D4:5E:B7:21:90:3D:F6:AA:1C:62:0E

Diese Nachricht wurde automatisch erstellt.
""")
    cert = ("-----BEGIN CERTIFICATE-----\r\n"
            "MIIBszCCAVmgAwIBAgIUSGllciBzdGVodCBrZWluIGVjaHRlcyBaZXJ0aWZpa2F0MAoGCCqGSM49\r\n"
            "BAMCMC4xLDAqBgNVBAMMI0F1ZW5rYW1wIERlbW8gQ0EgKGZpa3RpdiwgbnVyIFRlc3QpMB4XDTI2\r\n"
            "MDEwNTA4MDAwMFoXDTI4MDEwNTA4MDAwMFowJzElMCMGA1UEAwwcc2NoYWRlbi1rZnpAYXVlbmth\r\n"
            "bXAuZXhhbXBsZTAKBggqhkjOPQQDAgNIADBFAiEA\r\n"
            "-----END CERTIFICATE-----\r\n")
    return with_atts(m, (cert.encode("ascii"), "application/x-pem-file", "schaden-kfz_auenkamp.pem"))


@mail("NORMAL", "de", "internal",
      "registration for an actuarial conference and hotel block, no personal data beyond names of staff")
def _():
    return plain("Sekretariat Aktuariat <sek-aktuariat@auenkamp.example>", OSTENDORF,
                 "DAV-Jahrestagung Mai – Hotelkontingent", "2026-02-03 09:30", """
Hallo Piet,

für die Jahrestagung in Leipzig (06.–08.05.) habe ich drei Plätze gebucht
(du, Frau Dr. Hellweg und Herr Reckers) und Zimmer im Kontingent des
Hotels am Augustusplatz reserviert (05.–08.05., Einzelzimmer).

Stornierung kostenfrei bis 31.03. Bahntickets buche ich, sobald die
Zugbindung feststeht.

Gruß
Anke
""")


@mail("NORMAL", "de", "internal",
      "trap: notice to service staff about the new policy-loan interest rate, generic")
def _():
    return outlook(HOERNSCHEMEYER, "Vertragsservice Leben <vertragsservice-leben@auenkamp.example>",
                 "Neuer Zinssatz Policendarlehen ab 01.04.2026", "2026-03-19 13:55", """
Hallo Vertragsservice,

ab 01.04.2026 gilt für neue Policendarlehen ein Zinssatz von 4,25 % p. a.
(bisher 4,75 %). Bestehende Darlehen behalten ihren Zins bis zum Ende der
Zinsbindung.

Zur Erinnerung die Regeln:
- höchstens 80 % des Rückkaufswerts, mindestens 1.000 €
- nur bei Kapitallebens- und Rentenversicherungen mit Rückkaufswert,
  nicht bei BU, Risikoleben, Riester und Basisrente
- Rückzahlung jederzeit, sonst Verrechnung mit der Ablauf- oder Todesfallleistung
- bei abgetretenen oder verpfändeten Verträgen nur mit Zustimmung des
  Gläubigers

Die Textbausteine im Korrespondenzsystem sind angepasst.

Tobias
""")
# ---------------------------------------------------------------------------
# Part 9: NORMAL, English
# ---------------------------------------------------------------------------

@mail("NORMAL", "en", "reinsurer-to-insurer",
      "trap: reinsurer newsletter on mortality improvement and excess deaths, population data only")
def _():
    return plain("Nordic Re Life Insights <insights@nordic-re.example>", OSTENDORF,
                 "Life Insights 02/2026: Mortality improvement is back – but not for everyone", "2026-03-04 07:15", """
LIFE INSIGHTS 02/2026

Mortality improvement is back – but not for everyone

After three years of excess mortality, population data for Germany, the
Netherlands and the Nordic countries show a return to annual mortality
improvements of 1.2-1.8 % for ages 60-85 in 2025. The picture is uneven:

  * Men aged 45-64 in the lowest income quintile show no improvement at all.
  * Deaths from cardiovascular disease fell by 4 %, cancer mortality by 1.5 %.
  * Dementia is now the leading cause of death for women over 85.

What this means for you: for annuity portfolios, we recommend keeping the
longevity trend assumptions of your 2024 review; for term life, the
post-pandemic loading can be released gradually.

Join our webinar on 26 March (registration link on our client portal).

Nordic Re Life & Health Research | Stockholm
You receive this newsletter as a client contact. Unsubscribe: reply "STOP".
""", cte="7bit")


@mail("NORMAL", "en", "consultant-to-insurer",
      "trap: market study PDF on the European pension gap with income and savings statistics, no person")
def _():
    m = plain("Sophie Marchetti <s.marchetti@meridian-consult.example>", "produktmanagement@auenkamp.example",
              "Study: The European Pension Gap 2026 (executive summary)", "2026-02-12 10:30", """
Dear colleagues,

as promised at the Cologne conference, attached is the executive summary of
our study "The European Pension Gap 2026". The full report is available to
participating insurers.

Best regards
Sophie Marchetti
Principal, Meridian Insurance Consulting
""", cte="7bit")
    p = pdf([
        "# The European Pension Gap 2026 - Executive Summary",
        "Meridian Insurance Consulting, February 2026",
        "",
        "Survey of 12,400 employees aged 25-60 in six countries; results weighted by age, sex and income.",
        "| Country | Median gross income EUR | Private/occupational coverage | Average gap per month EUR |",
        "| Germany | 45,300 | 54 % | 610 |",
        "| Netherlands | 48,900 | 88 % | 240 |",
        "| Italy | 31,200 | 29 % | 720 |",
        "| Poland | 19,800 | 21 % | 380 |",
        "",
        "Key findings: women face a 31 % larger gap than men; part-time work and career breaks for "
        "childcare and care of relatives are the main drivers. Only 18 % of respondents with a "
        "disability income policy know their insured benefit.",
    ], title="European Pension Gap 2026", author="Meridian Insurance Consulting")
    return with_atts(m, (p, "application/pdf", "Meridian_PensionGap2026_ExecSummary.pdf"))


@mail("NORMAL", "en", "internal",
      "trap: summary of a European supervisory consultation on occupational pension stress tests, no person")
def _():
    return plain(OSTENDORF, "Claire Whitfield <claire.whitfield@auenkamp.example>",
                 "EIOPA consultation – IORP stress test 2026 (short summary for the board pack)", "2026-04-20 17:40", """
Hi Claire,

could you put this into the English board pack for the Dutch guests?

Summary: EIOPA consultation on the 2026 IORP stress test
  - Scenario: interest rates -150 bp, equities -35 %, plus a longevity shock
    of +20 % on life expectancy at 65.
  - Applies to IORPs with more than EUR 500m in assets; our Pensionskasse is
    just above the threshold.
  - Reporting: aggregated balance sheet only, no member-level data.
  - Deadline for comments: 15 June 2026.

Our preliminary view: the longevity shock is harsh but manageable; we would
breach the regulatory funding threshold only in the combined scenario.

Thanks, Piet
""", cte="7bit")


@mail("NORMAL", "en", "internal",
      "trap: underwriting training PDF with BMI and blood-pressure rating tables, no applicant")
def _():
    m = plain(ROSENDAHL, "Underwriting trainees <uw-trainees@auenkamp.example>",
              "Underwriting basics – module 2 handout", "2026-01-21 09:00", """
Hi all,

here is the handout for module 2 (build and blood pressure). We'll go through
the examples on Thursday. Please note the tables are simplified for training
and are not our current manual.

Ilka
""", cte="7bit")
    p = pdf([
        "# Underwriting Basics - Module 2: Build and Blood Pressure",
        "Training material - simplified tables, not for live cases",
        "## Build (BMI) - term life, ages 18-60",
        "| BMI | Rating |",
        "| 17.5 - 32.0 | standard |",
        "| 32.1 - 35.0 | +25 % to +50 % |",
        "| 35.1 - 40.0 | +75 % to +150 % |",
        "| over 40 | individual consideration / decline |",
        "## Blood pressure (treated, well controlled)",
        "| Systolic/Diastolic | Rating |",
        "| up to 140/90 | standard |",
        "| 141-155 / 91-95 | +25 % |",
        "| 156-170 / 96-100 | +50 % to +75 % |",
        "Exercise: A 40-year-old applicant (fictitious) has a BMI of 33.4 and treated BP of 148/92. Rate the case.",
    ], title="UW Basics Module 2", author="Auenkamp Risk Assessment")
    return with_atts(m, (p, "application/pdf", "UW_Basics_Module2_Build_BP.pdf"))


@mail("NORMAL", "en", "internal",
      "trap: critical-illness product comparison UK vs Germany in text and HTML table, covered conditions only")
def _():
    text = """
Hi Henrik,

as discussed, a quick comparison of our Schwere-Krankheiten-Vorsorge with a
typical UK critical illness plan (from the ABI model wording):

Condition                    Auenkamp SK-2024      Typical UK CI plan
Cancer                       yes (excl. early)     yes (excl. less advanced)
Heart attack                 yes                   yes (specified severity)
Stroke                       yes                   yes (permanent symptoms)
Multiple sclerosis           yes                   yes
Dementia / Alzheimer's       yes (from age 50)     yes (before age 65)
Loss of independence         yes                   some providers
Children's cover             yes, 25 %             usually yes, 25 %

Main difference: UK plans pay a lump sum only; we offer an optional
monthly annuity. Happy to present this at the broker event.
""" + S_WHITFIELD
    html = """<html><body style="font-family:Arial;font-size:10pt"><p>Hi Henrik,</p>
<p>as discussed, a quick comparison of our Schwere-Krankheiten-Vorsorge with a typical UK critical illness plan:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Condition</th><th>Auenkamp SK-2024</th><th>Typical UK CI plan</th></tr>
<tr><td>Cancer</td><td>yes (excl. early)</td><td>yes (excl. less advanced)</td></tr>
<tr><td>Heart attack</td><td>yes</td><td>yes (specified severity)</td></tr>
<tr><td>Stroke</td><td>yes</td><td>yes (permanent symptoms)</td></tr>
<tr><td>Multiple sclerosis</td><td>yes</td><td>yes</td></tr>
<tr><td>Dementia / Alzheimer's</td><td>yes (from age 50)</td><td>yes (before age 65)</td></tr>
<tr><td>Loss of independence</td><td>yes</td><td>some providers</td></tr>
<tr><td>Children's cover</td><td>yes, 25 %</td><td>usually yes, 25 %</td></tr>
</table><p>Main difference: UK plans pay a lump sum only; we offer an optional monthly annuity.</p>
<p>Kind regards<br>Claire Whitfield<br>International Desk</p></body></html>
"""
    return alt(WHITFIELD, LUEDEKE, "CI comparison UK / DE", "2026-02-27 12:12", text, html)


@mail("NORMAL", "en", "internal",
      "trap: API test cases with synthetic persons, published example IBANs and fake birth dates, marked synthetic")
def _():
    m = plain(DEMIRTAS, "Broker API team <broker-api@auenkamp.example>",
              "Test cases for the BiPRO pension quote service", "2026-05-05 16:02", """
Hi team,

attached are the test cases for the new pension quote endpoint. All persons
are synthetic ("Jane Doe", "John Q. Public"), and the IBANs are the published
example IBANs from the ECBS/SWIFT registry documentation. Please use only
these in the shared test environment.

Yusuf
""", cte="7bit")
    js = """{
  "_comment": "SYNTHETIC TEST DATA - no real persons",
  "cases": [
    {"id": "PQ-001", "name": "Jane Doe (synthetic)", "dob": "1980-01-01", "premium": 100.0,
     "iban": "GB82WEST12345698765432", "expected_status": "QUOTED"},
    {"id": "PQ-002", "name": "John Q. Public (synthetic)", "dob": "1970-12-31", "premium": 0.0,
     "iban": "DE89370400440532013000", "expected_status": "REJECTED_MIN_PREMIUM"},
    {"id": "PQ-003", "name": "Max Mustermann (fiktiv)", "dob": "1964-08-12", "premium": 250.0,
     "iban": "NL91ABNA0417164300", "expected_status": "QUOTED"}
  ]
}
"""
    return with_atts(m, (js.encode("utf-8"), "application/json", "pension_quote_testcases.json"))


@mail("NORMAL", "en", "insurer-to-public",
      "trap: job advert for a medical underwriter (physician) mentioning diagnoses and medical reports, no applicant")
def _():
    return plain("Auenkamp Careers <karriere@auenkamp.example>", "jobs@medicaljobs-europe.example",
                 "Job posting: Medical Underwriter / Company Physician (f/m/d), Osnabrück", "2026-03-16 10:00", """
Please publish the following advert for 6 weeks.

Medical Underwriter / Company Physician (f/m/d)
Auenkamp Life, Osnabrück, Germany - full time or 30+ hours

What you will do
- assess complex life, disability and critical illness applications,
  including cardiology, oncology and psychiatric histories
- advise our claims team on disability claims and follow-up reviews
- develop our underwriting manual together with our reinsurers

What you bring
- licence to practise medicine in Germany (Approbation), ideally a
  specialisation in internal medicine, general medicine or social medicine
- good written English and German (C1)

We offer: no night shifts, hybrid work, company pension, 30 days' leave.

Contact: Mareike Focke, HR, karriere@auenkamp.example, ref. 2026-024
""", cte="7bit")


@mail("NORMAL", "en", "event-to-insurer",
      "trap: conference invitation with ICS on longevity and morbidity risk, no person")
def _():
    m = plain("Longevity Risk Summit <events@longevity-summit.example>", OSTENDORF,
              "Your invitation: Longevity & Morbidity Risk Summit, Amsterdam, 8-9 October 2026", "2026-06-15 09:00", """
Dear Mr Ostendorf,

we are delighted to invite you to the Longevity & Morbidity Risk Summit 2026.

Highlights:
  - GLP-1 drugs and the future of obesity-related mortality
  - Disability incidence after the pandemic: what the claims data say
  - Pricing long-term care in an ageing Europe

Venue: Hotel Okura, Amsterdam. A calendar entry is attached.

Kind regards
The Summit Team
""", cte="7bit")
    c = ics("lrs-2026@longevity-summit.example", "20261008T090000", "20261009T170000",
            "Longevity & Morbidity Risk Summit 2026", "Hotel Okura, Ferdinand Bolstraat 333, Amsterdam",
            "Two-day conference for actuaries, underwriters and CMOs.", "events@longevity-summit.example")
    return with_atts(m, (c, "text/calendar", "LRS2026.ics", "utf-8", "7bit"))


@mail("NORMAL", "en", "reinsurer-to-insurer",
      "trap: draft treaty wording DOCX with definitions of total permanent disability and terminal illness, no person")
def _():
    m = plain("Markus Degenhardt <m.degenhardt@nordic-re.example>", OSTENDORF,
              "Draft wording QS-BU 2027 – definitions", "2026-06-25 14:30", """
Hi Piet,

please find the draft definitions for the renewed treaty. Clause 4.3
(follow-up reviews) is new; our legal team would like your comments by
10 July.

Best
Markus
""", cte="7bit")
    d = docx([
        "# Quota Share Treaty QS-BU 2027 - Article 4 Definitions (draft)",
        "4.1 'Disability' means that the insured person is, as a result of illness, bodily injury or loss of "
        "strength, expected to be unable to perform their last occupation to an extent of at least 50 % for a "
        "period of at least six months.",
        "4.2 'Terminal Illness' means an illness which, in the opinion of an attending consultant and the "
        "Reassurer's CMO, is expected to lead to death within 12 months.",
        "4.3 'Follow-up Review' means the Cedant's reassessment of an accepted claim; the Cedant shall share "
        "aggregated outcomes quarterly.",
        "4.4 No personal data of insured persons shall be transmitted except in pseudonymised bordereaux via the "
        "secure data room.",
    ], author="Nordic Re Legal")
    return with_atts(m, (d, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                         "QS-BU-2027_Art4_Definitions_draft.docx"))


@mail("NORMAL", "en", "supplier-to-insurer",
      "trap: IT vendor incident report about the claims portal upload of medical documents, no data exposed")
def _():
    return plain("Service Desk – CloudDoc Solutions <servicedesk@clouddoc-solutions.example>", DEMIRTAS,
                 "Incident INC-20260409-117 resolved – document upload in claims portal", "2026-04-09 19:30", """
Incident INC-20260409-117 - RESOLVED

Summary: Between 13:05 and 16:40 CEST, uploads of PDF files larger than
10 MB (e.g. scanned medical reports, discharge letters) to the Auenkamp
claims portal failed with HTTP 413. Smaller files and all other functions
were not affected.

Root cause: a proxy configuration change reduced the request size limit.
Impact: 37 failed upload attempts; users saw an error and could retry.
No data was lost, accessed or disclosed. No personal data is contained in
this report.

Fix: limit restored to 50 MB at 16:40; monitoring alert added.

CloudDoc Solutions GmbH | Service Desk 24/7 | +49 40 5550 1900
""", cte="7bit")


@mail("NORMAL", "en", "system-to-external",
      "out-of-office reply of the international desk, no content")
def _():
    return plain(WHITFIELD, "Hollis & Crane Solicitors <probate@holliscrane.example>",
                 "Automatic reply: your message", "2026-05-25 08:01", """
Thank you for your e-mail. I am out of the office until 1 June 2026 with
limited access to e-mail.

For urgent matters please contact international@auenkamp.example or call
+49 541 77064-289. Your message will not be forwarded.

Claire Whitfield
International Desk, Auenkamp Versicherungen
""", cte="7bit", headers=(("Auto-Submitted", "auto-replied"),))


@mail("NORMAL", "en", "system-to-customer",
      "portal registration link mail in English, no personal data")
def _():
    return plain("Auenkamp SecurePost <noreply-securepost@auenkamp.example>", "liam.oconnell@quickmail.example",
                 "Complete your Auenkamp SecurePost registration", "2026-02-25 09:40", """
Hello,

a secure mailbox has been set up for your e-mail address at Auenkamp
SecurePost. To complete your registration, open this link within 7 days:

https://securepost.auenkamp.example/register?t=6f1c0e2b9a7d4a51

You will need the one-time password from our separate e-mail. After logging
in, please choose a new password and a security question.

If you did not expect this message, you can ignore it.

Auenkamp SecurePost
""", cte="7bit")


@mail("NORMAL", "en", "reinsurer-to-insurer",
      "trap: reinsurer's aggregated market claims statistics by cause of death and disability (XLSX)")
def _():
    m = plain("Dr. Eleanor Marsh <e.marsh@helvetia-re-fac.example>", ROSENDAHL,
              "Market claims statistics 2025 – causes of death and disability", "2026-05-19 10:10", """
Dear Ilka,

as requested for your underwriting guideline review, our market statistics
for the German-speaking cedants (18 companies, 2025). Aggregated, no
individual claims.

Best regards
Eleanor
""", cte="7bit")
    x = xlsx([("Death claims", [["Cause", "Share 2025", "Share 2021-2024"],
                                ["Cancer", 0.38, 0.36], ["Cardiovascular", 0.22, 0.21],
                                ["External causes (accident, suicide)", 0.14, 0.15],
                                ["Respiratory incl. COVID-19", 0.06, 0.11], ["Other", 0.20, 0.17]]),
              ("Disability claims", [["Cause", "Share 2025"], ["Mental disorders", 0.36],
                                     ["Musculoskeletal", 0.22], ["Neoplasms", 0.15],
                                     ["Nervous system", 0.09], ["Other", 0.18]])], creator="Helvetia Re Fac")
    return with_atts(m, (x, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                         "Market_claims_causes_2025.xlsx"))


@mail("NORMAL", "en", "supplier-to-insurer",
      "trap: actuarial consultancy invoice with the consultancy's company IBAN")
def _():
    return plain("Billing – Harrow Actuarial Partners <billing@harrow-actuarial.example>", "kreditoren@auenkamp.example",
                 "Invoice HAP-2026-0419 – longevity assumption review", "2026-04-30 12:00", f"""
Dear Sir or Madam,

please find below our invoice for the longevity assumption review of your
annuity portfolio (engagement letter of 12 January 2026).

Invoice no.:   HAP-2026-0419
Services:      review of base table and trend, report dated 24 April 2026
Fee:           EUR 38,500.00 (reverse charge, VAT to be accounted for by the recipient)
Payable to:    Harrow Actuarial Partners LLP, IBAN {iban('GB', 'HAPB' + '40512266817430')}
Due date:      30 May 2026

Harrow Actuarial Partners LLP | 3 Finsbury Square, London EC2A 1AE
Registered in England and Wales OC412290
""", cte="7bit")


@mail("NORMAL", "en", "insurer-to-press",
      "trap: answer to a trade journalist on company-pension take-up and disability add-ons, aggregates only")
def _():
    return outlook(KRUSE, "Owen Price <owen.price@pensions-weekly.example>",
                 "RE: Question on occupational pensions in Germany", "2026-06-11 16:20", """
Dear Mr Price,

thanks for your questions. Happy to give you our figures for your piece:

  - In 2025, 61 % of employees at our corporate clients took part in salary
    conversion, up from 55 % in 2022.
  - Where employers add 20 % instead of the statutory 15 %, take-up rises to
    around 70 %.
  - Around one in five new group contracts now includes a disability pension
    without individual health questions.

We cannot comment on individual employers or members, but I can arrange a
call with our head of occupational pensions if that helps.

Best regards
Dennis Kruse
Corporate Communications, Auenkamp
""", cte="7bit")


@mail("NORMAL", "en", "internal",
      "trap: data-retention policy for life and disability claim files (medical reports, death certificates), no person")
def _():
    return plain(WELLMANN, "International Desk <international@auenkamp.example>",
                 "Retention rules for claim files – English version for your team", "2026-01-26 14:05", """
Dear Claire,

as requested, the English version of our retention rules for the files your
team handles:

  Document type                         Retention
  Death certificates, certificates of   10 years after final payment
  inheritance
  Medical reports, discharge letters,   10 years after the end of benefit
  expert opinions (disability)          payments
  Declined applications incl. health    3 years after the decision
  questionnaires
  Correspondence without health data    6 years (§ 257 HGB)

Medical documents must never be stored in personal drives or mailboxes;
please move them to the e-file and delete the mail. Health data leaves the
house only via SecurePost or encrypted mail.

Best regards
Sabine Wellmann
Data Protection Officer
""", cte="7bit")


@mail("NORMAL", "en", "reinsurer-to-insurer",
      "trap: underwriting manual update on diabetes ratings (HbA1c bands), no applicant")
def _():
    return plain("Manual Updates – Nordic Re <uw-manual@nordic-re.example>", "risikopruefung@auenkamp.example",
                 "Underwriting manual update 2026.2 – Diabetes mellitus type 2", "2026-05-08 06:30", """
Underwriting Manual Update 2026.2

Chapter 7.2 Diabetes mellitus type 2 (E11) - revised ratings

  HbA1c (mmol/mol / %)      no complications      with microalbuminuria
  up to 53 / 7.0            +25                   +75
  54-64 / 7.1-8.0           +50                   +100
  65-75 / 8.1-9.0           +100                  +175
  over 75 / 9.0             postpone              decline

New: applicants on GLP-1 receptor agonists with documented weight loss of
at least 10 % can be rated one band better after 12 months of treatment.

Effective for new business from 1 July 2026. Please update your rule engine.
""", cte="quoted-printable")


@mail("NORMAL", "en", "insurer-to-public",
      "trap: glossary for expat customers explaining pension, surrender value and beneficiary terms, generic")
def _():
    return plain(WHITFIELD, "webteam@auenkamp.example",
                 "Glossary for the English website – life and pensions", "2026-02-02 11:25", """
Hi web team,

here is the glossary for the new English pages. Please publish under
/en/glossary.

Beitragsfreistellung - premium suspension: you stop paying, the policy
  continues with reduced benefits.
Bezugsrecht - beneficiary nomination: who receives the money if the insured
  person dies. "Widerruflich" (revocable) means you can change it at any time.
Dynamik - automatic annual increase of premium and benefit; you may refuse it.
Rückkaufswert - surrender value: what you get if you cancel the policy.
Rentenbezugsmitteilung - the annual report of pension payments we send to
  the German tax authorities.
Versorgungsausgleich - pension splitting on divorce, decided by the family
  court.

Thanks!
Claire
""", cte="7bit")


@mail("NORMAL", "en", "internal",
      "meeting scheduling with a reinsurer visit, no personal data")
def _():
    return plain(OSTENDORF, "Claire Whitfield <claire.whitfield@auenkamp.example>",
                 "Nordic Re visit – agenda and room", "2026-06-01 10:44", """
Hi Claire,

Markus Degenhardt and two colleagues from Nordic Re will visit us on
Tuesday 16 June from 10:00 to 15:00. Could you book Hase 3 and lunch for six
people? Agenda: treaty renewal QS-BU 2027, data room, claims workshop.

They will arrive by train at 9:42, so a taxi from the station would be nice.

Thanks, Piet
""", cte="7bit")


@mail("NORMAL", "en", "agency-to-insurer",
      "trap: ZIP of campaign images for a critical-illness campaign; pictures only, no person data")
def _():
    m = plain("Studio Brightwater <hello@studio-brightwater.example>", "marketing@auenkamp.example",
              "Campaign 'Life after diagnosis' – image selection round 2", "2026-03-24 18:00", """
Hi marketing team,

attached are the six image options for the critical illness campaign
"Life after diagnosis" (stock images, licensed; models signed releases).
The headline options are in the deck we sent on Friday.

Cheers
Studio Brightwater
""", cte="7bit")
    z = mkzip([(f"CI_campaign_option_{i}.png", png(120, 80, f"campaign-{i}")) for i in range(1, 7)])
    return with_atts(m, (z, "application/zip", "CI_campaign_images_round2.zip"))


@mail("NORMAL", "en", "consultant-to-insurer",
      "trap: employee-benefits market survey results (HTML only), aggregated percentages only")
def _():
    html = """<html><body style="font-family:Helvetica,Arial;font-size:13px">
<h3>Employee Benefits Barometer Germany 2026 – key results</h3>
<p>Online survey of 640 HR managers, January 2026.</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
<tr><th>Benefit offered</th><th>2026</th><th>2023</th></tr>
<tr><td>Occupational pension with employer top-up above 15 %</td><td>48 %</td><td>39 %</td></tr>
<tr><td>Group disability income cover</td><td>22 %</td><td>14 %</td></tr>
<tr><td>Company health insurance (bKV)</td><td>31 %</td><td>19 %</td></tr>
<tr><td>Long-term care cover</td><td>7 %</td><td>4 %</td></tr>
<tr><td>Group accident insurance</td><td>53 %</td><td>51 %</td></tr>
</table>
<p>Top reason for introducing new benefits: recruiting (71 %). Top obstacle: administrative burden (58 %).</p>
<p>NorthBridge Benefits Ltd – Research</p>
</body></html>
"""
    return html_only("NorthBridge Research <research@northbridge-benefits.example>", AYDIN,
                     "Employee Benefits Barometer Germany 2026", "2026-03-05 08:30", html, cte="7bit")


@mail("NORMAL", "en", "system-to-internal",
      "notice that a domain certificate expires soon, no personal data")
def _():
    return plain("PKI Monitor <pki-monitor@auenkamp.example>", "it-security@auenkamp.example",
                 "[PKI] Domain certificate auenkamp.example expires in 30 days", "2026-04-06 03:00", """
PKI Monitor - expiry warning

Certificate:   S/MIME domain certificate for auenkamp.example
Serial:        5A:91:0C:E2:44:7B:13:8F
Issuer:        Auenkamp Demo Issuing CA (fictitious)
Valid until:   06.05.2026 23:59:59 CEST
Used by:       mail gateway gw1/gw2 (gateway-to-gateway encryption with 14 partner domains)

Action required: request renewal and publish the new certificate in the
directory before 29.04.2026 so that partner gateways can fetch it in time.
""", cte="7bit")


@mail("NORMAL", "en", "internal",
      "trap: draft English privacy notice for life and disability applicants about health data processing, generic")
def _():
    m = plain(WELLMANN, WHITFIELD, "Draft: privacy notice for applicants (English)", "2026-03-31 15:35", """
Dear Claire,

attached is the draft English privacy notice for life, disability and
critical illness applicants. Please check the language; the legal content
has been approved.

Sabine
""", cte="7bit")
    o = odt([
        "# Privacy notice for applicants - life, disability and critical illness insurance",
        "Controller: Auenkamp Lebensversicherung a.G., Am Auenkamp 1, 49090 Osnabrück.",
        "Which data we process: identification and contact data, occupation and income, and health data "
        "(answers to health questions, medical reports with your consent).",
        "Legal basis: Art. 6(1)(b) GDPR for the contract; Art. 9(2)(a) GDPR (your explicit consent) for health data.",
        "Recipients: reinsurers, medical experts, IT service providers bound by confidentiality (§ 203 StGB).",
        "Retention: applications that are declined are deleted after three years.",
        "Your rights: access, rectification, erasure, restriction, objection, data portability, complaint to "
        "the supervisory authority (Landesbeauftragte für den Datenschutz Niedersachsen).",
    ])
    return with_atts(m, (o, "application/vnd.oasis.opendocument.text", "Privacy_notice_applicants_EN_draft.odt"))


@mail("NORMAL", "en", "internal",
      "trap: sample English policy wording for the funeral plan (death benefit, waiting period, accidental death)")
def _():
    return plain(WHITFIELD, PROEBSTING, "Funeral plan – sample wording EN for review", "2026-04-28 11:00", """
Hi Jana,

could you check my translation of the key clauses of the funeral plan
conditions against the German original? Only the sample wording, no policy.

  Section 2 - Benefit on death
  We pay the sum insured when the insured person dies. If death occurs in
  the first 24 months, we pay the premiums paid so far, unless death is
  caused by an accident; in that case we pay the full sum insured at once.

  Section 5 - Assignment
  You may assign the benefit to a funeral director. The assignment is only
  effective once we have received written notice.

  Section 7 - Documents required
  Death certificate; invoice of the funeral director if the benefit has
  been assigned; proof of identity of the recipient.

Thanks a lot!
Claire
""", cte="7bit")


# ===========================================================================
# build and check
# ===========================================================================
def build():
    order = list(range(len(MAILS)))
    random.Random(NN).shuffle(order)
    files, rows = {}, []
    for pos, idx in enumerate(order, 1):
        spec = MAILS[idx]
        _STATE["seq"], _STATE["sub"] = spec["seq"], 0
        m = spec["fn"]()
        data = finalize(m, spec["seq"])
        name = f"{PREFIX}-{pos:04d}.eml"
        files[name] = data
        rows.append((name, spec["label"], spec["lang"], spec["kind"], spec["reason"]))
    tsv = "file\tlabel\tlang\tkind\treason\n" + "".join("\t".join(r) + "\n" for r in rows)
    return files, rows, tsv.encode("utf-8")


def write():
    files, rows, tsv = build()
    md = os.path.join(HERE, "mails")
    os.makedirs(md, exist_ok=True)
    for f in os.listdir(md):
        if f.endswith(".eml") and f not in files:
            os.remove(os.path.join(md, f))
    for name, data in files.items():
        with open(os.path.join(md, name), "wb") as fh:
            fh.write(data)
    with open(os.path.join(HERE, "labels.tsv"), "wb") as fh:
        fh.write(tsv)
    print(f"wrote {len(files)} mails and labels.tsv")


def _check_png(data):
    assert data[:8] == b"\x89PNG\r\n\x1a\n", "png signature"
    pos = 8
    seen = []
    while pos < len(data):
        ln = struct.unpack(">I", data[pos:pos + 4])[0]
        t = data[pos + 4:pos + 8]
        d = data[pos + 8:pos + 8 + ln]
        crc = struct.unpack(">I", data[pos + 8 + ln:pos + 12 + ln])[0]
        assert zlib.crc32(t + d) & 0xFFFFFFFF == crc, "png crc"
        seen.append(t)
        pos += 12 + ln
    assert seen[0] == b"IHDR" and seen[-1] == b"IEND"


def _check_blob(name, data, stats, where):
    low = name.lower()
    ext = low.rsplit(".", 1)[-1] if "." in low else ""
    stats[ext] = stats.get(ext, 0) + 1
    if ext == "xlsx":
        import openpyxl
        wb = openpyxl.load_workbook(io.BytesIO(data))
        assert any(ws.max_row > 0 for ws in wb.worksheets), where
    elif ext == "docx":
        import docx as _docx
        d = _docx.Document(io.BytesIO(data))
        assert d.paragraphs or d.tables, where
    elif ext in ("ods", "odt"):
        from odf.opendocument import load
        load(io.BytesIO(data))
    elif ext == "pdf":
        from pypdf import PdfReader
        r = PdfReader(io.BytesIO(data))
        txt = "".join(p.extract_text() or "" for p in r.pages)
        assert txt.strip(), f"{where}: pdf without text layer"
    elif ext == "zip":
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None, where
        for info in z.infolist():
            assert info.date_time == ZIPTIME, where
            _check_blob(info.filename, z.read(info.filename), stats, where + "!" + info.filename)
    elif ext == "png":
        _check_png(data)
    elif ext == "ics":
        t = data.decode("utf-8")
        assert t.startswith("BEGIN:VCALENDAR") and "END:VCALENDAR" in t, where
    elif ext == "csv":
        for enc in ("utf-8", "cp1252"):
            try:
                data.decode(enc)
                break
            except UnicodeDecodeError:
                continue
        else:
            raise AssertionError(where + ": csv charset")
    elif ext == "eml":
        _check_msg(message_from_bytes(data, policy=DEFAULT_POLICY), where, {}, set())
    elif ext in ("txt", "log"):
        data.decode("utf-8")


def _check_msg(msg, where, stats, ids):
    for part in msg.walk():
        assert not part.defects, f"{where}: defects {part.defects}"
        ct = part.get_content_type()
        if ct == "message/rfc822":
            stats.setdefault("_types", {})
            stats["_types"][ct] = stats["_types"].get(ct, 0) + 1
            continue
        if part.is_multipart():
            continue
        stats.setdefault("_types", {})
        stats["_types"][ct] = stats["_types"].get(ct, 0) + 1
        cte = part.get("Content-Transfer-Encoding", "7bit").lower()
        stats.setdefault("_cte", {})
        stats["_cte"][cte] = stats["_cte"].get(cte, 0) + 1
        fn = part.get_filename()
        if part.get_content_maintype() == "text" and not fn:
            cs = part.get_content_charset() or "us-ascii"
            stats.setdefault("_cs", {})
            stats["_cs"][cs] = stats["_cs"].get(cs, 0) + 1
            part.get_content()  # decodes with declared charset, raises on error
        if fn:
            payload = part.get_payload(decode=True)
            stats.setdefault("_att", {})
            _check_blob(fn, payload, stats["_att"], where + ":" + fn)


def check():
    files, rows, tsv = build()
    files2, rows2, tsv2 = build()
    assert files == files2 and tsv == tsv2, "build is not deterministic"
    md = os.path.join(HERE, "mails")
    ok = True
    for name, data in files.items():
        p = os.path.join(md, name)
        if not os.path.exists(p) or open(p, "rb").read() != data:
            print("DIFFERS:", name)
            ok = False
    if open(os.path.join(HERE, "labels.tsv"), "rb").read() != tsv:
        print("DIFFERS: labels.tsv")
        ok = False
    extra = sorted(set(os.listdir(md)) - set(files))
    if extra:
        print("EXTRA FILES:", extra)
        ok = False
    stats = {}
    ids = set()
    top = {}
    atts_mails = 0
    for name, data in sorted(files.items()):
        assert not re.search(rb"(?<!\r)\n", data), f"{name}: bare LF"
        assert all(len(l) <= 998 for l in data.split(b"\r\n")), f"{name}: line too long"
        msg = message_from_bytes(data, policy=DEFAULT_POLICY)
        mid = msg["Message-ID"]
        assert mid and mid not in ids, f"{name}: message-id"
        ids.add(mid)
        assert " 2026 " in msg["Date"], name
        assert msg["From"] and msg["To"] and msg["Subject"] is not None, name
        top[msg.get_content_type()] = top.get(msg.get_content_type(), 0) + 1
        before = sum(stats.get("_att", {}).values())
        _check_msg(msg, name, stats, ids)
        if sum(stats.get("_att", {}).values()) > before:
            atts_mails += 1
    # statistics
    from collections import Counter
    lab = Counter(r[1] for r in rows)
    lang = Counter(r[2] for r in rows)
    print("mails:", len(rows))
    print("labels:", dict(lab))
    print("languages:", dict(lang))
    for l in LABELS:
        print(f"  {l:22s} de={sum(1 for r in rows if r[1]==l and r[2]=='de'):3d} "
              f"en={sum(1 for r in rows if r[1]==l and r[2]=='en'):3d}")
    traps = sum(1 for r in rows if r[1] == "NORMAL" and r[4].startswith("trap:"))
    print("traps among NORMAL:", traps)
    print("kinds:")
    for k, n in sorted(Counter(r[3] for r in rows).items(), key=lambda x: (-x[1], x[0])):
        per = Counter(r[1] for r in rows if r[3] == k)
        print(f"  {k:32s} {n:3d}  N={per['NORMAL']} C={per['CONFIDENTIAL']} S={per['STRICTLY_CONFIDENTIAL']}")
    print("top-level types:", top)
    print("leaf part types:", stats.get("_types"))
    print("body charsets:", stats.get("_cs"))
    print("transfer encodings:", stats.get("_cte"))
    print(f"mails with attachments: {atts_mails}; attachment files (incl. ZIP members):", stats.get("_att"))
    assert lab["NORMAL"] == 80 and lab["CONFIDENTIAL"] == 60 and lab["STRICTLY_CONFIDENTIAL"] == 60, lab
    assert traps >= 40
    print("CHECK OK" if ok else "CHECK FAILED: files differ from generator")
    return ok


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    write()
