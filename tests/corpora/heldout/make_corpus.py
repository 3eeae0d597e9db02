#!/usr/bin/env python3
"""Build the Siegel held-out mail corpus.

Writes mails/NNNN.eml and labels.tsv next to this script from the mail texts in
content/batch*.py.  Deterministic: fixed dates, Message-IDs, MIME boundaries,
document timestamps and ZIP entry times, so a re-run reproduces every byte.

Needs (only for attachments): openpyxl, python-docx, odfpy, fpdf2, Pillow.
Run:  /work/corpora/.venv-heldout/bin/python make_corpus.py
"""
import csv
import datetime as dt
import hashlib
import importlib
import io
import os
import random
import re
import sys
import zipfile
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from content import common  # noqa: E402

FIXED = dt.datetime(2026, 1, 2, 8, 0, 0)
ZIP_TIME = (2026, 1, 2, 8, 0, 0)


def h(*parts):
    return hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()


# ---------------------------------------------------------------- dates
def berlin(naive):
    """Attach the Europe/Berlin offset of 2026 (DST 29 Mar - 25 Oct)."""
    dst = dt.datetime(2026, 3, 29, 2) <= naive < dt.datetime(2026, 10, 25, 3)
    return naive.replace(tzinfo=dt.timezone(dt.timedelta(hours=2 if dst else 1)))


_MON = {m: i + 1 for i, m in enumerate(
    ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "dezember"])}
_MON.update({m: i + 1 for i, m in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"])})
_MON.update({m[:3]: v for m, v in list(_MON.items()) if len(m) > 3})
_MONRE = "|".join(sorted(_MON, key=len, reverse=True))
_DATE_RES = [
    (re.compile(r"\b(\d{1,2})\.(\d{1,2})\.2026\b"), "dm"),
    (re.compile(r"\b2026-(\d{2})-(\d{2})\b"), "md"),
    (re.compile(r"\b(\d{1,2})/(\d{1,2})/2026\b"), "dm"),
    (re.compile(r"\b(\d{1,2})\.? (" + _MONRE + r")\.? 2026\b", re.I), "dM"),
    (re.compile(r"\b(" + _MONRE + r")\.? (\d{1,2}),? 2026\b", re.I), "Md"),
]
_PAST_PRE = ("vom ", "dated ", "since ", "seit ", "sent: ", "gesendet: ", "date: ", "received ", "eingegangen ",
             "letter of ", "mail of ", "invoice of ", "message of ", "schreiben vom", "unfall vom",
             "admitted on ", "passed away on ", "verstorben am ", "zur welt", "unfalltag: ", "datum: ")
_FUT_PRE = ("bis ", "bis zum ", "by ", "until ", "ab ", "ab dem ", "from ", "beginn", "geplant", "planned ",
            "expected ", "termin", "spätestens ", "before ", "deadline", "valid until ", "gültig bis ",
            "starts on ", "op-termin", "entbindungstermin")


def _content_dates(spec):
    """(lower, upper) bound for the sending day from dates mentioned in the text."""
    texts = [spec.get("body") or "", re.sub(r"<[^>]+>", " ", spec.get("html") or "")]
    lows, ups = [], []
    for a in spec.get("att", []):
        if a["type"] == "eml" and a["mail"].get("date"):
            lows.append(dt.datetime.strptime(a["mail"]["date"][:10], "%Y-%m-%d").date())
    for text in texts:
        low = text.lower()
        for rx, kind in _DATE_RES:
            for m in rx.finditer(text):
                try:
                    if kind == "dm":
                        d = dt.date(2026, int(m.group(2)), int(m.group(1)))
                    elif kind == "md":
                        d = dt.date(2026, int(m.group(1)), int(m.group(2)))
                    elif kind == "dM":
                        d = dt.date(2026, _MON[m.group(2).lower()], int(m.group(1)))
                    else:
                        d = dt.date(2026, _MON[m.group(1).lower()], int(m.group(2)))
                except (ValueError, KeyError):
                    continue
                pre = low[max(0, m.start() - 40):m.start()]
                post = low[m.end():m.end() + 30]
                if re.search(r"\d[\d.]*\s*(bis|to|until|-|–)\s*$", pre):
                    lows.append(d)   # end of a period that is mentioned as a fact
                    continue
                if re.search(r"(^|\n)\s*(due )?date:[^\n]*$", pre) and not re.search(r"(from|von):", low[max(0, m.start() - 250):m.start()]):
                    ups.append(d)    # 'Date: ...' of an event, not of a quoted mail
                    continue
                if "schrieb" in post or "wrote" in post or any(pre.rstrip(" ,").endswith(k.strip()) or pre.endswith(k) for k in _PAST_PRE) \
                        or re.search(r"(sent|gesendet|date):[^\n]*$", pre):
                    lows.append(d)
                elif any(pre.endswith(k) or pre.rstrip().endswith(k.strip()) for k in _FUT_PRE):
                    ups.append(d)
    return (max(lows) if lows else None), (min(ups) if ups else None)


DATE_NOTES = []


def default_date(spec, key):
    d = parse_date(None, key)
    lo, hi = _content_dates(spec)
    day = d.date()
    r = random.Random(h("shift", key))
    new = day
    if lo and day <= lo:
        new = lo + dt.timedelta(days=r.choice([0, 1, 1, 2, 3, 5]))
        if new == lo and lo.weekday() >= 5:
            new = lo + dt.timedelta(days=1)
    if hi and new > hi:
        cand = hi - dt.timedelta(days=r.randint(2, 12))
        new = cand if not lo or cand > lo else (lo + dt.timedelta(days=1) if lo < hi else lo)
    if lo and hi and lo > hi:
        DATE_NOTES.append("%s: content dates conflict low=%s high=%s" % (key, lo, hi))
    if new != day:
        while new.weekday() >= 5 and (not hi or new < hi):
            new += dt.timedelta(days=1)
        if new.year != 2026:
            new = dt.date(2026, 1, 5)
        DATE_NOTES.append("%s: %s -> %s (low=%s high=%s)" % (key, day, new, lo, hi))
        d = berlin(dt.datetime(new.year, new.month, new.day, d.hour, d.minute, d.second))
    return d


def parse_date(s, key):
    if s:
        for fmt in ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d"):
            try:
                d = dt.datetime.strptime(s, fmt)
                break
            except ValueError:
                continue
        else:
            raise ValueError("bad date %r" % s)
        if fmt == "%Y-%m-%d":
            r = random.Random(h("time", key))
            d = d.replace(hour=r.randint(7, 18), minute=r.randint(0, 59))
        if d.second == 0:
            d = d.replace(second=random.Random(h("sec", key)).randint(0, 59))
        return berlin(d)
    r = random.Random(h("date", key))
    while True:
        day = dt.date(2026, 1, 5) + dt.timedelta(days=r.randint(0, 170))
        if day.weekday() < 5 or r.random() < 0.08:
            break
    d = dt.datetime(day.year, day.month, day.day, r.randint(7, 18), r.randint(0, 59), r.randint(0, 59))
    return berlin(d)


# ---------------------------------------------------------------- zip helpers
def normalize_zip(data, text_fix=None):
    """Rewrite a zip with fixed entry times (keeps order and compression)."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            raw = src.read(info.filename)
            if text_fix:
                raw = text_fix(info.filename, raw)
            ni = zipfile.ZipInfo(info.filename, date_time=ZIP_TIME)
            ni.compress_type = info.compress_type
            ni.external_attr = 0o644 << 16
            ni.create_system = 0
            dst.writestr(ni, raw)
    return out.getvalue()


def fix_meta(name, raw):
    if name in ("docProps/core.xml", "meta.xml"):
        s = raw.decode("utf-8")
        s = re.sub(r"(<dcterms:(created|modified)[^>]*>)[^<]*(<)", r"\g<1>2026-01-02T08:00:00Z\3", s)
        s = re.sub(r"(<meta:creation-date>)[^<]*(<)", r"\g<1>2026-01-02T08:00:00\2", s)
        s = re.sub(r"(<dc:date>)[^<]*(<)", r"\g<1>2026-01-02T08:00:00\2", s)
        return s.encode("utf-8")
    return raw


# ---------------------------------------------------------------- attachment builders
def build_csv(a):
    rows = a["rows"]
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=a.get("delim", ";"), lineterminator="\r\n",
                   quoting=csv.QUOTE_MINIMAL)
    for r in rows:
        w.writerow(r)
    text = buf.getvalue()
    enc = a.get("enc", "utf-8")
    data = text.encode(enc)
    if a.get("bom"):
        data = b"\xef\xbb\xbf" + data
    sub = "tab-separated-values" if a.get("delim") == "\t" else "csv"
    return data, "text", sub, {"charset": {"cp1252": "windows-1252", "latin-1": "iso-8859-1"}.get(enc, enc)}


def build_xlsx(a):
    from openpyxl import Workbook
    from openpyxl.styles import Font
    wb = Workbook()
    first = True
    for sheet, rows in a["sheets"]:
        ws = wb.active if first else wb.create_sheet()
        first = False
        ws.title = sheet
        for i, r in enumerate(rows):
            ws.append(list(r))
            if i == 0 and a.get("header", True):
                for c in ws[1]:
                    c.font = Font(bold=True)
    wb.properties.creator = a.get("author", "Sachbearbeitung")
    wb.properties.created = FIXED
    wb.properties.modified = FIXED
    buf = io.BytesIO()
    wb.save(buf)
    return normalize_zip(buf.getvalue(), fix_meta), "application", \
        "vnd.openxmlformats-officedocument.spreadsheetml.sheet", {}


def build_ods(a):
    from odf.opendocument import OpenDocumentSpreadsheet
    from odf.table import Table, TableRow, TableCell
    from odf.text import P
    doc = OpenDocumentSpreadsheet()
    for sheet, rows in a["sheets"]:
        t = Table(name=sheet)
        for r in rows:
            tr = TableRow()
            for v in r:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    tc = TableCell(valuetype="float", value=v)
                    tc.addElement(P(text=str(v)))
                else:
                    tc = TableCell(valuetype="string")
                    tc.addElement(P(text=str(v)))
                tr.addElement(tc)
            t.addElement(tr)
        doc.spreadsheet.addElement(t)
    buf = io.BytesIO()
    doc.write(buf)
    return normalize_zip(buf.getvalue(), fix_meta), "application", \
        "vnd.oasis.opendocument.spreadsheet", {}


def build_docx(a):
    import docx
    d = docx.Document()
    for b in a["blocks"]:
        if isinstance(b, str):
            d.add_paragraph(b)
        elif b[0] == "h":
            d.add_heading(b[1], level=b[2] if len(b) > 2 else 1)
        elif b[0] == "table":
            rows = b[1]
            t = d.add_table(rows=len(rows), cols=max(len(r) for r in rows))
            t.style = "Table Grid"
            for i, r in enumerate(rows):
                for j, v in enumerate(r):
                    t.cell(i, j).text = str(v)
    cp = d.core_properties
    cp.author = a.get("author", "")
    cp.title = a.get("title", "")
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_printed = FIXED
    cp.revision = 1
    buf = io.BytesIO()
    d.save(buf)
    return normalize_zip(buf.getvalue(), fix_meta), "application", \
        "vnd.openxmlformats-officedocument.wordprocessingml.document", {}


def build_odt(a):
    from odf.opendocument import OpenDocumentText
    from odf.text import P, H
    from odf.table import Table, TableRow, TableCell, TableColumn
    doc = OpenDocumentText()
    for b in a["blocks"]:
        if isinstance(b, str):
            for line in b.split("\n"):
                doc.text.addElement(P(text=line))
        elif b[0] == "h":
            doc.text.addElement(H(outlinelevel=b[2] if len(b) > 2 else 1, text=b[1]))
        elif b[0] == "table":
            rows = b[1]
            t = Table()
            t.addElement(TableColumn(numbercolumnsrepeated=max(len(r) for r in rows)))
            for r in rows:
                tr = TableRow()
                for v in r:
                    tc = TableCell()
                    tc.addElement(P(text=str(v)))
                    tr.addElement(tc)
                t.addElement(tr)
            doc.text.addElement(t)
    buf = io.BytesIO()
    doc.write(buf)
    return normalize_zip(buf.getvalue(), fix_meta), "application", \
        "vnd.oasis.opendocument.text", {}


_PDF_MAP = str.maketrans({"€": "EUR", "–": "-", "—": "-", "„": '"', "“": '"', "”": '"',
                          "‚": "'", "‘": "'", "’": "'", "…": "...", "•": "-", "→": "->",
                          "≤": "<=", "≥": ">=", "\u00a0": " ", "\u202f": " "})


def _pdf_txt(s):
    s = str(s).translate(_PDF_MAP)
    return s.encode("latin-1", "replace").decode("latin-1")


def build_pdf(a):
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.set_creation_date(dt.datetime(2026, 1, 2, 8, 0, 0, tzinfo=dt.timezone.utc))
    pdf.set_producer(a.get("producer", "Lindenhof Dokumentenservice 4.2"))
    if a.get("title"):
        pdf.set_title(_pdf_txt(a["title"]))
    pdf.set_author(_pdf_txt(a.get("author", "")))
    pdf.set_margins(18, 18, 18)
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    width = pdf.w - 36
    for b in a["blocks"]:
        if isinstance(b, str):
            pdf.set_font("Helvetica", size=10)
            pdf.multi_cell(width, 5, _pdf_txt(b), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif b[0] == "h":
            pdf.set_font("Helvetica", "B", 13 if (len(b) < 3 or b[2] == 1) else 11)
            pdf.multi_cell(width, 7, _pdf_txt(b[1]), new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif b[0] == "table":
            rows = b[1]
            ncol = max(len(r) for r in rows)
            lens = [max(len(_pdf_txt(r[j])) if j < len(r) else 0 for r in rows) + 2 for j in range(ncol)]
            tot = float(sum(lens))
            widths = [width * l / tot for l in lens]
            size = 9 if ncol <= 5 else 7
            for i, r in enumerate(rows):
                pdf.set_font("Helvetica", "B" if i == 0 else "", size)
                for j in range(ncol):
                    v = _pdf_txt(r[j]) if j < len(r) else ""
                    pdf.cell(widths[j], 5.5, v, border=1)
                pdf.ln(5.5)
            pdf.ln(3)
    data = bytes(pdf.output())
    return data, "application", "pdf", {}


def _ics_esc(s):
    return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _ics_fold(line):
    out, cur = [], ""
    for ch in line:
        if len((cur + ch).encode("utf-8")) > 74:
            out.append(cur)
            cur = " " + ch
        else:
            cur += ch
    out.append(cur)
    return "\r\n".join(out)


def build_ics(a):
    method = a.get("method", "REQUEST")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Lindenhof//Kalender 16.0//DE", "VERSION:2.0",
             "METHOD:" + method, "BEGIN:VTIMEZONE", "TZID:Europe/Berlin",
             "BEGIN:STANDARD", "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
             "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "END:STANDARD",
             "BEGIN:DAYLIGHT", "DTSTART:19700329T020000", "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
             "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "END:DAYLIGHT", "END:VTIMEZONE",
             "BEGIN:VEVENT",
             "UID:" + a.get("uid", h("uid", a["summary"], a["start"])[:32] + "@versicherer.example"),
             "DTSTAMP:20260102T080000Z",
             "DTSTART;TZID=Europe/Berlin:" + a["start"],
             "DTEND;TZID=Europe/Berlin:" + a["end"],
             "SUMMARY:" + _ics_esc(a["summary"])]
    if a.get("location"):
        lines.append("LOCATION:" + _ics_esc(a["location"]))
    if a.get("description"):
        lines.append("DESCRIPTION:" + _ics_esc(a["description"]))
    if a.get("organizer"):
        cn, mail = a["organizer"]
        lines.append('ORGANIZER;CN="%s":mailto:%s' % (cn, mail))
    for cn, mail in a.get("attendees", []):
        lines.append('ATTENDEE;CN="%s";ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:%s'
                     % (cn, mail))
    lines += ["SEQUENCE:0", "STATUS:CONFIRMED", "TRANSP:OPAQUE", "END:VEVENT", "END:VCALENDAR"]
    text = "\r\n".join(_ics_fold(l) for l in lines) + "\r\n"
    return text.encode("utf-8"), "text", "calendar", {"charset": "utf-8", "method": method}


def build_image(a):
    from PIL import Image, ImageDraw
    r = random.Random(h("img", a["name"]))
    w, hgt = a.get("size", (160, 90))
    img = Image.new("RGB", (w, hgt), a.get("bg", (240, 240, 235)))
    d = ImageDraw.Draw(img)
    for _ in range(a.get("shapes", 6)):
        x0, y0 = r.randint(0, w - 10), r.randint(0, hgt - 10)
        x1, y1 = min(w - 1, x0 + r.randint(8, w // 2)), min(hgt - 1, y0 + r.randint(6, hgt // 2))
        col = (r.randint(20, 220), r.randint(20, 220), r.randint(20, 220))
        d.rectangle([x0, y0, x1, y1], fill=col)
    if a.get("label"):
        d.text((6, hgt - 16), a["label"], fill=(30, 30, 30))
    buf = io.BytesIO()
    if a["type"] == "jpg":
        img.save(buf, "JPEG", quality=80)
        return buf.getvalue(), "image", "jpeg", {}
    img.save(buf, "PNG")
    return buf.getvalue(), "image", "png", {}


def build_txt(a):
    enc = a.get("enc", "utf-8")
    return a["text"].replace("\n", "\r\n").encode(enc), "text", a.get("subtype", "plain"), {"charset": enc}


def build_zip(a):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for sub in a["items"]:
            data, _, _, _ = build_attachment(sub)
            ni = zipfile.ZipInfo(sub["name"], date_time=ZIP_TIME)
            ni.compress_type = zipfile.ZIP_DEFLATED
            ni.external_attr = 0o644 << 16
            ni.create_system = 0
            if any(ord(c) > 127 for c in sub["name"]):
                ni.flag_bits |= 0x800
            z.writestr(ni, data)
    return out.getvalue(), "application", "zip", {}


BUILDERS = {"csv": build_csv, "xlsx": build_xlsx, "ods": build_ods, "docx": build_docx,
            "odt": build_odt, "pdf": build_pdf, "ics": build_ics, "png": build_image,
            "jpg": build_image, "txt": build_txt, "zip": build_zip}


def build_attachment(a):
    return BUILDERS[a["type"]](a)


# ---------------------------------------------------------------- message builder
_UA = {
    "versicherer.example": ["Microsoft Outlook 16.0", None, "Microsoft Outlook 16.0", None],
}
_UA_OTHER = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0",
             "Apple Mail (2.3826.300.87.4.3)", None, "Microsoft Outlook 16.0", None,
             "Mozilla/5.0 (X11; Linux x86_64; rv:115.0) Gecko/20100101 Thunderbird/115.18.0",
             "Roundcube Webmail/1.6.9", None, "iPhone Mail (21E236)"]


def domain_of(addr):
    m = re.search(r"@([A-Za-z0-9.\-]+)", addr)
    return m.group(1).lower() if m else "versicherer.example"


def choose_encoding(spec, key, text):
    r = random.Random(h("enc", key))
    charset = spec.get("charset")
    cte = spec.get("cte")
    if not charset:
        x = r.random()
        charset = "iso-8859-1" if x < 0.11 else ("windows-1252" if x < 0.17 else "utf-8")
    try:
        text.encode(charset)
    except UnicodeEncodeError:
        charset = "windows-1252" if charset == "iso-8859-1" else "utf-8"
        try:
            text.encode(charset)
        except UnicodeEncodeError:
            charset = "utf-8"
    if not cte:
        ascii_only = all(ord(c) < 128 for c in text)
        longest = max((len(l) for l in text.split("\n")), default=0)
        y = r.random()
        if ascii_only and longest < 990:
            cte = "7bit" if y < 0.85 else "quoted-printable"
        else:
            cte = "8bit" if y < 0.45 else ("quoted-printable" if y < 0.85 else "base64")
        if cte in ("7bit", "8bit") and longest >= 990:
            cte = "quoted-printable"
    return charset, cte


def boundary_for(key, n):
    x = h("bnd", key, n)
    style = int(x[0], 16) % 4
    if style == 0:
        return "_%03d_%s_" % (n, x[1:33].upper())
    if style == 1:
        return "------------%s" % x[1:25]
    if style == 2:
        return "Apple-Mail=_%s-%s-%s" % (x[1:9].upper(), x[9:13].upper(), x[13:25].upper())
    return "=_siegel_%s_%d" % (x[1:17], n)


def text_from_html(html):
    """Plain-text alternative as a mail client would derive it from the HTML part."""
    import html as _h
    t = re.sub(r"(?is)<(head|style|script)[^>]*>.*?</\1>", "", html)
    t = re.sub(r"\s*\n\s*", " ", t)
    t = re.sub(r"(?i)<br\s*/?>", "\n", t)
    t = re.sub(r"(?i)</(p|h\d|ol|ul|table|div)>", "\n\n", t)
    t = re.sub(r"(?i)</(li|tr)>", "\n", t)
    t = re.sub(r"(?i)<li[^>]*>", "- ", t)
    t = re.sub(r"(?i)</t[dh]>", "\t", t)
    t = re.sub(r"<[^>]+>", "", t)
    t = _h.unescape(t)
    lines = [re.sub(r"[ \t]+$", "", re.sub(r"^[ \t]+", "", l)) for l in t.split("\n")]
    out, blank = [], False
    for l in lines:
        if not l.strip():
            if not blank and out:
                out.append("")
            blank = True
        else:
            out.append(l)
            blank = False
    return "\n".join(out).strip() + "\n"


def html_from_text(text):
    """HTML alternative in the style of Outlook for a plain-text body."""
    import html as _h
    paras = re.split(r"\n\s*\n", text.strip("\n"))
    body = []
    for para in paras:
        lines = para.split("\n")
        if all(l.startswith(">") for l in lines):
            inner = "<br>\n".join(_h.escape(l[1:].lstrip(), quote=False) for l in lines)
            body.append('<blockquote style="border-left:2px solid #1F4E79;padding-left:6pt;margin-left:4pt">%s</blockquote>' % inner)
        else:
            body.append('<p class="MsoNormal">%s</p>' % "<br>\n".join(_h.escape(l, quote=False) for l in lines))
    return ('<html xmlns:o="urn:schemas-microsoft-com:office:office">\n<head>\n'
            '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
            '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n</head>\n'
            '<body lang="DE" style="word-wrap:break-word">\n<div class="WordSection1">\n%s\n</div>\n</body>\n</html>\n'
            % "\n".join(body))


def build_message(spec, key, top=True):
    msg = EmailMessage(policy=policy.SMTP)
    date = parse_date(spec["date"], key) if spec.get("date") else default_date(spec, key)
    msg["From"] = spec["frm"]
    to = spec["to"]
    msg["To"] = ", ".join(to) if isinstance(to, (list, tuple)) else to
    if spec.get("cc"):
        cc = spec["cc"]
        msg["Cc"] = ", ".join(cc) if isinstance(cc, (list, tuple)) else cc
    if spec.get("reply_to"):
        msg["Reply-To"] = spec["reply_to"]
    msg["Subject"] = spec["subject"]
    msg["Date"] = format_datetime(date)
    dom = domain_of(spec["frm"])
    mid = spec.get("message_id") or "<%s.%s@%s>" % (h("mid", key)[:20].upper(), h("mid2", key)[:8], dom)
    msg["Message-ID"] = mid
    if spec.get("in_reply_to"):
        msg["In-Reply-To"] = spec["in_reply_to"]
        msg["References"] = spec["in_reply_to"]
    ua_pool = _UA.get(dom, _UA_OTHER)
    ua = ua_pool[int(h("ua", key)[:4], 16) % len(ua_pool)]
    if ua:
        msg["X-Mailer" if "Outlook" in ua else "User-Agent"] = ua
    for k, v in spec.get("headers", {}).items():
        msg[k] = v
    msg["MIME-Version"] = "1.0"

    body, html = spec.get("body"), spec.get("html")
    hv = int(h("alt", key)[:4], 16) % 100
    if html is not None and body is None and not spec.get("html_only") and hv < 55:
        body = text_from_html(html)
    elif body is not None and html is None and top and dom == "versicherer.example" \
            and not spec.get("plain_only") and hv < 22:
        html = html_from_text(body)
    if body is not None:
        cs, cte = choose_encoding(spec, key, body)
        msg.set_content(body, charset=cs, cte=cte)
        if html is not None:
            cs2, cte2 = choose_encoding(spec, key + "html", html)
            msg.add_alternative(html, subtype="html", charset=cs2,
                                cte="quoted-printable" if cte2 in ("7bit", "8bit") and len(html) > 400 else cte2)
    elif html is not None:
        cs, cte = choose_encoding(spec, key, html)
        msg.set_content(html, subtype="html", charset=cs, cte=cte)
    else:
        raise ValueError("mail without body: " + key)
    if spec.get("lang") and int(h("cl", key)[:2], 16) % 3 == 0:
        msg["Content-Language"] = {"de": "de-DE", "en": "en-GB" if int(h("cl2", key)[:2], 16) % 2 else "en-US"}[spec["lang"]]

    types = []
    for a in spec.get("att", []):
        t = a["type"]
        types.append(t)
        if t == "eml":
            inner = build_message(a["mail"], key + "/inner" + str(len(types)), top=False)
            msg.add_attachment(inner, filename=a.get("name"))
            types += ["eml>" + x for x in inner._siegel_types]
            continue
        if t == "zip":
            types += ["zip>" + s["type"] for s in a["items"]]
        data, mt, st, params = build_attachment(a)
        charset = params.pop("charset", None)
        kw = dict(maintype=mt, subtype=st, filename=a["name"])
        if a.get("inline"):
            kw["disposition"] = "inline"
        if mt == "text":
            kw["cte"] = a.get("cte", "base64")
            if charset:
                params["charset"] = charset
        if params:
            kw["params"] = params
        msg.add_attachment(data, **kw)
    # deterministic boundaries; no MIME-Version on sub-parts
    n = 0
    roots = {id(msg)}
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            roots.add(id(part.get_payload(0)))
    for part in msg.walk():
        if id(part) not in roots and "MIME-Version" in part:
            del part["MIME-Version"]
        if part.get_content_maintype() == "multipart":
            n += 1
            part.set_boundary(boundary_for(key, n))
    msg._siegel_types = types
    return msg


def main():
    common.MAILS.clear()
    names = sorted(f[:-3] for f in os.listdir(os.path.join(HERE, "content"))
                   if f.startswith("batch") and f.endswith(".py"))
    for n in names:
        importlib.import_module("content." + n)
    mails = list(common.MAILS)
    # stable shuffle so that batches do not cluster in file order
    order = sorted(range(len(mails)), key=lambda i: h("order", mails[i]["_src"], mails[i]["subject"], i))
    outdir = os.path.join(HERE, "mails")
    os.makedirs(outdir, exist_ok=True)
    for f in os.listdir(outdir):
        if f.endswith(".eml"):
            os.remove(os.path.join(outdir, f))
    rows = ["file\tlabel\tlang\tkind\treason"]
    stats = {"label": {}, "lang": {}, "kind": {}, "att": {}, "label_lang": {}, "att_mails": 0,
             "html": 0, "charset": {}, "cte": {}}
    mids = set()
    for num, i in enumerate(order, 1):
        spec = mails[i]
        fname = "%04d.eml" % num
        key = "%s|%s|%d" % (spec["_src"], spec["subject"], spec["_n"])
        msg = build_message(spec, key)
        if msg["Message-ID"] in mids:
            raise SystemExit("duplicate Message-ID " + msg["Message-ID"])
        mids.add(msg["Message-ID"])
        data = msg.as_bytes(policy=policy.SMTP)
        with open(os.path.join(outdir, fname), "wb") as fh:
            fh.write(data)
        for fld in ("label", "lang", "kind", "reason"):
            if "\t" in spec[fld] or "\n" in spec[fld]:
                raise SystemExit("tab/newline in %s of %s" % (fld, key))
        rows.append("\t".join([fname, spec["label"], spec["lang"], spec["kind"], spec["reason"]]))
        s = stats
        s["label"][spec["label"]] = s["label"].get(spec["label"], 0) + 1
        s["lang"][spec["lang"]] = s["lang"].get(spec["lang"], 0) + 1
        ll = spec["label"] + "/" + spec["lang"]
        s["label_lang"][ll] = s["label_lang"].get(ll, 0) + 1
        s["kind"][spec["kind"]] = s["kind"].get(spec["kind"], 0) + 1
        if msg._siegel_types:
            s["att_mails"] += 1
        for t in sorted(set(msg._siegel_types)):
            s["att"][t] = s["att"].get(t, 0) + 1
        if any(p.get_content_type() == "text/html" for p in msg.walk()):
            s["html"] += 1
        s.setdefault("top", {})
        s["top"][msg.get_content_type()] = s["top"].get(msg.get_content_type(), 0) + 1
        for part in msg.walk():
            if part.get_content_maintype() == "text" and not part.get_filename():
                c = part.get_content_charset()
                s["charset"][c] = s["charset"].get(c, 0) + 1
                e = part.get("Content-Transfer-Encoding", "7bit").lower()
                s["cte"][e] = s["cte"].get(e, 0) + 1
    with open(os.path.join(HERE, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(rows) + "\n")
    if "--dates" in sys.argv:
        print("\n".join(DATE_NOTES))
    if "--stats" in sys.argv:
        import json
        print(json.dumps(stats, indent=1, sort_keys=True, ensure_ascii=False))
    print("wrote %d mails" % len(mails))


if __name__ == "__main__":
    main()
