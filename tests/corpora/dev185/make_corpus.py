#!/usr/bin/env python3
"""Generator for the Siegel writer corpus dev185 (prefix d185-).

150 fictitious outgoing e-mails of the invented Auerhahn Versicherungsgruppe
(Wetzlar, domain auerhahn.example), each labelled NORMAL, CONFIDENTIAL or
STRICTLY_CONFIDENTIAL.  Standard library only, deterministic.

    python3 make_corpus.py           # writes mails/ and labels.tsv
    python3 make_corpus.py --check   # rebuilds in a temp folder, compares bytes, parses
"""
import sys, os, io, re, zipfile, zlib, hashlib, tempfile, textwrap, datetime, filecmp
import email
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from xml.sax.saxutils import escape as xesc
import xml.etree.ElementTree as ET

PREFIX = "d185-"
HERE = os.path.dirname(os.path.abspath(__file__))
SMTP = policy.SMTP

# ---------------------------------------------------------------- helpers

def IB(cc, bban, grouped=True):
    """IBAN with ISO 7064 mod-97 check digits."""
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    chk = 98 - int(num) % 97
    iban = f"{cc}{chk:02d}{bban}"
    if grouped:
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return iban

def _tz(dt):
    # central European time; summer time 29 Mar - 25 Oct 2026
    summer = datetime.datetime(2026, 3, 29, 2) <= dt < datetime.datetime(2026, 10, 25, 3)
    return datetime.timezone(datetime.timedelta(hours=2 if summer else 1))

def when(s):
    dt = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    return dt.replace(tzinfo=_tz(dt))

def mid(seed, host="mail.auerhahn.example"):
    h = hashlib.sha1(seed.encode()).hexdigest().upper()
    return f"<{h[:8]}.{h[8:14]}.{h[14:18]}@{host}>"

CUR = {}

def new(frm, to, subj, date, cc=None, irt=None, refs=None, extra=None, agent=None):
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subj
    m["Date"] = format_datetime(when(date))
    m["Message-ID"] = mid(CUR["name"] + subj)
    if irt:
        m["In-Reply-To"] = irt
        m["References"] = refs or irt
    if agent:
        m["User-Agent" if "Thunderbird" in agent else "X-Mailer"] = agent
    for k, v in (extra or {}).items():
        m[k] = v
    return m

def body(m, text, charset="utf-8", cte=None, flowed=False):
    params = {"format": "flowed"} if flowed else None
    m.set_content(text, subtype="plain", charset=charset, cte=cte, params=params)
    return m

def html_only(m, html, cte="quoted-printable"):
    m.set_content(html, subtype="html", charset="utf-8", cte=cte)
    return m

def alt(m, text, html):
    m.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable")
    m.add_alternative(html, subtype="html", charset="utf-8", cte="quoted-printable")
    return m

MT = {
    "pdf": ("application", "pdf"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "odt": ("application", "vnd.oasis.opendocument.text"),
    "ods": ("application", "vnd.oasis.opendocument.spreadsheet"),
    "zip": ("application", "zip"),
    "bin": ("application", "octet-stream"),
}

def att(m, filename, data, kind=None, params=None):
    ext = kind or filename.rsplit(".", 1)[-1].lower()
    if ext in ("csv", "txt", "ics"):
        sub = {"csv": "csv", "txt": "plain", "ics": "calendar"}[ext]
        if isinstance(data, str):
            m.add_attachment(data, subtype=sub, filename=filename, charset="utf-8",
                             cte="quoted-printable", params=params)
        else:
            m.add_attachment(data, "text", sub, filename=filename, params=params)
        return m
    if ext == "eml":
        m.add_attachment(data, filename=filename)
        return m
    maintype, subtype = MT[ext]
    m.add_attachment(data, maintype, subtype, filename=filename, params=params)
    return m

def fwd_msg(frm, to, subj, date, text, seed_host="mail.example", cc=None, html=None, charset="utf-8"):
    """A complete message to be forwarded as message/rfc822."""
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subj
    m["Date"] = format_datetime(when(date))
    m["Message-ID"] = mid(CUR["name"] + "inner" + subj, seed_host)
    if html:
        m.set_content(text, charset=charset, cte="quoted-printable")
        m.add_alternative(html, subtype="html", cte="quoted-printable")
    else:
        m.set_content(text, charset=charset, cte="quoted-printable")
    return m

def finish(m):
    n = 0
    for part in m.walk():
        if part.get_content_maintype() == "multipart":
            n += 1
            h = hashlib.md5((CUR["name"] + str(n)).encode()).hexdigest()[:16]
            part.set_boundary(f"----=_AH_{n:02d}_{h}")
    return m.as_bytes(policy=SMTP)

# ------------------------------------------------------------- documents

def _zip(members, dt):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data, *rest in members:
            zi = zipfile.ZipInfo(name, date_time=dt)
            zi.compress_type = zipfile.ZIP_STORED if rest and rest[0] == "stored" else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            z.writestr(zi, data.encode("utf-8") if isinstance(data, str) else data)
    return buf.getvalue()

def _dt(date):
    d = datetime.datetime.strptime(date, "%Y-%m-%d %H:%M")
    return (d.year, d.month, d.day, d.hour, d.minute, 0)

def zipfile_of(members, date):
    """members: list of (name, bytes)"""
    return _zip([(n, d) for n, d in members], _dt(date))

def _core(author, title, date):
    iso = date.replace(" ", "T") + ":00Z"
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{xesc(title)}</dc:title><dc:creator>{xesc(author)}</dc:creator>'
            f'<cp:lastModifiedBy>{xesc(author)}</cp:lastModifiedBy>'
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{iso}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{iso}</dcterms:modified>'
            '</cp:coreProperties>')

def _colname(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s

def xlsx(sheets, author, title, date):
    """sheets: list of (name, rows); cells str or number (None = empty)."""
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
    wb_sheets, wb_rels, parts = [], [], []
    for i, (name, rows) in enumerate(sheets, 1):
        ct.append(f'<Override PartName="/xl/worksheets/sheet{i}.xml" '
                  'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
        wb_sheets.append(f'<sheet name="{xesc(name)}" sheetId="{i}" r:id="rId{i}"/>')
        wb_rels.append(f'<Relationship Id="rId{i}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i}.xml"/>')
        x = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
        for r, row in enumerate(rows, 1):
            x.append(f'<row r="{r}">')
            for c, v in enumerate(row):
                ref = f"{_colname(c)}{r}"
                if v is None or v == "":
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    x.append(f'<c r="{ref}"><v>{v}</v></c>')
                else:
                    x.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{xesc(str(v))}</t></is></c>')
            x.append('</row>')
        x.append('</sheetData></worksheet>')
        parts.append((f"xl/worksheets/sheet{i}.xml", "".join(x)))
    ct.append('</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets>' + "".join(wb_sheets) + '</sheets></workbook>')
    wbr = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
           + "".join(wb_rels) + '</Relationships>')
    members = [("[Content_Types].xml", "".join(ct)), ("_rels/.rels", rels),
               ("docProps/core.xml", _core(author, title, date)),
               ("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", wbr)] + parts
    return _zip(members, _dt(date))

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

def _wp(text, bold=False, size=None):
    rpr = ""
    if bold or size:
        rpr = "<w:rPr>" + ("<w:b/>" if bold else "") + (f'<w:sz w:val="{size}"/>' if size else "") + "</w:rPr>"
    return f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{xesc(text)}</w:t></w:r></w:p>'

def docx(blocks, author, title, date):
    """blocks: str (paragraph), ('h', str), ('b', str) or ('table', rows)."""
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(_wp(b))
        elif b[0] == "h":
            out.append(_wp(b[1], bold=True, size=28))
        elif b[0] == "b":
            out.append(_wp(b[1], bold=True))
        elif b[0] == "table":
            t = ['<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>'
                 + "".join(f'<w:{s} w:val="single" w:sz="4" w:space="0" w:color="auto"/>'
                           for s in ("top", "left", "bottom", "right", "insideH", "insideV"))
                 + '</w:tblBorders></w:tblPr>']
            for row in b[1]:
                t.append("<w:tr>" + "".join(f"<w:tc>{_wp(str(c))}</w:tc>" for c in row) + "</w:tr>")
            t.append("</w:tbl>")
            out.append("".join(t))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<w:document {W}><w:body>' + "".join(out) +
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels),
                 ("docProps/core.xml", _core(author, title, date)), ("word/document.xml", doc)], _dt(date))

ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/"')

def _odf(mimetype, inner, author, title, date):
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mimetype}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               f'<office:document-content {ODF_NS} office:version="1.2"><office:body>{inner}</office:body></office:document-content>')
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<office:document-meta {ODF_NS} office:version="1.2"><office:meta>'
            f'<dc:title>{xesc(title)}</dc:title><dc:creator>{xesc(author)}</dc:creator>'
            f'<meta:creation-date>{date.replace(" ", "T")}:00</meta:creation-date>'
            '</office:meta></office:document-meta>')
    return _zip([("mimetype", mimetype, "stored"), ("META-INF/manifest.xml", manifest),
                 ("content.xml", content), ("meta.xml", meta)], _dt(date))

def odt(blocks, author, title, date):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(f"<text:p>{xesc(b)}</text:p>")
        elif b[0] in ("h", "b"):
            out.append(f'<text:h text:outline-level="{1 if b[0] == "h" else 2}">{xesc(b[1])}</text:h>')
        elif b[0] == "table":
            ncol = max(len(r) for r in b[1])
            t = [f'<table:table table:name="Tabelle1"><table:table-column table:number-columns-repeated="{ncol}"/>']
            for row in b[1]:
                t.append("<table:table-row>" + "".join(
                    f'<table:table-cell office:value-type="string"><text:p>{xesc(str(c))}</text:p></table:table-cell>'
                    for c in row) + "</table:table-row>")
            t.append("</table:table>")
            out.append("".join(t))
    return _odf("application/vnd.oasis.opendocument.text",
                "<office:text>" + "".join(out) + "</office:text>", author, title, date)

def ods(sheets, author, title, date):
    out = []
    for name, rows in sheets:
        t = [f'<table:table table:name="{xesc(name)}">']
        for row in rows:
            cells = []
            for v in row:
                if v is None or v == "":
                    cells.append("<table:table-cell/>")
                elif isinstance(v, (int, float)):
                    cells.append(f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>')
                else:
                    cells.append(f'<table:table-cell office:value-type="string"><text:p>{xesc(str(v))}</text:p></table:table-cell>')
            t.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
        t.append("</table:table>")
        out.append("".join(t))
    return _odf("application/vnd.oasis.opendocument.spreadsheet",
                "<office:spreadsheet>" + "".join(out) + "</office:spreadsheet>", author, title, date)

def _pdfstr(s):
    b = s.encode("cp1252", errors="replace")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

def pdf(lines, author, title, date, width=92):
    """lines: str or ('h', str); wrapped, paginated A4, Helvetica (WinAnsi)."""
    flat = []
    for ln in lines:
        if isinstance(ln, tuple):
            flat.append(("F2", 12, ln[1]))
        elif ln == "":
            flat.append(("F1", 10, ""))
        else:
            for w in textwrap.wrap(ln, width) or [""]:
                flat.append(("F1", 10, w))
    pages, cur, y = [], [], 800
    for f, sz, t in flat:
        if y < 60:
            pages.append(cur); cur, y = [], 800
        cur.append((f, sz, t, y))
        y -= 15 if f == "F2" else 13
    pages.append(cur)
    objs = {}
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    kids, n = [], 5
    for pg in pages:
        stream = b"".join(b"BT /%s %d Tf 56 %d Td (%s) Tj ET\n" % (f.encode(), sz, y, _pdfstr(t)) for f, sz, t, y in pg)
        comp = zlib.compress(stream, 6)
        objs[n] = b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(comp) + comp + b"\nendstream"
        objs[n + 1] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
                       b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> >>" % n)
        kids.append(n + 1)
        n += 2
    objs[2] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    d = datetime.datetime.strptime(date, "%Y-%m-%d %H:%M")
    off = "+02'00'" if _tz(d).utcoffset(None).seconds == 7200 else "+01'00'"
    pdate = d.strftime("D:%Y%m%d%H%M00") + off
    objs[n] = (b"<< /Title (%s) /Author (%s) /Producer (Auerhahn DMS 4.2) /CreationDate (%s) >>"
               % (_pdfstr(title), _pdfstr(author), pdate.encode()))
    info = n
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for k in sorted(objs):
        offs[k] = len(out)
        out += b"%d 0 obj\n" % k + objs[k] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (info + 1)
    for k in range(1, info + 1):
        out += b"%010d 00000 n \n" % offs[k]
    fid = hashlib.md5(bytes(out)).hexdigest().encode()
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
            % (info + 1, info, fid, fid, xref))
    return bytes(out)

def ics(uid, start, end, summary, location, organizer, attendees, description="", method="REQUEST"):
    def t(s):
        return datetime.datetime.strptime(s, "%Y-%m-%d %H:%M").strftime("%Y%m%dT%H%M00")
    desc = description.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Auerhahn Versicherungsgruppe//Kalender//DE",
             f"METHOD:{method}", "BEGIN:VTIMEZONE", "TZID:Europe/Berlin",
             "BEGIN:STANDARD", "DTSTART:19701025T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
             "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
             "BEGIN:DAYLIGHT", "DTSTART:19700329T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
             "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT", "END:VTIMEZONE",
             "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{t(start)[:8]}T070000Z",
             f"DTSTART;TZID=Europe/Berlin:{t(start)}", f"DTEND;TZID=Europe/Berlin:{t(end)}",
             f"SUMMARY:{summary}", f"LOCATION:{location}", f"ORGANIZER;CN={organizer[0]}:mailto:{organizer[1]}"]
    for cn, addr in attendees:
        lines.append(f"ATTENDEE;CN={cn};ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{addr}")
    if desc:
        lines.append(f"DESCRIPTION:{desc}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    folded = []
    for ln in lines:
        while len(ln.encode()) > 74:
            cut = 74
            while len(ln[:cut].encode()) > 74:
                cut -= 1
            folded.append(ln[:cut]); ln = " " + ln[cut:]
        folded.append(ln)
    return "\r\n".join(folded) + "\r\n"

def csv_text(rows, sep=";"):
    out = []
    for r in rows:
        cells = []
        for c in r:
            c = "" if c is None else str(c)
            if sep in c or '"' in c or "\n" in c:
                c = '"' + c.replace('"', '""') + '"'
            cells.append(c)
        out.append(sep.join(cells))
    return "\r\n".join(out) + "\r\n"

def quote(text, prefix="> "):
    return "\n".join((prefix + ln).rstrip() if ln else prefix.rstrip() for ln in text.strip("\n").split("\n"))

# ------------------------------------------------------------- registry

MAILS = []

def mail(label, lang, kind, reason):
    assert label in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"), label
    assert lang in ("de", "en", "mixed"), lang
    assert "\t" not in reason and "\n" not in reason
    def deco(fn):
        MAILS.append((label, lang, kind, reason, fn))
        return fn
    return deco

# ------------------------------------------------------------- the world
# Auerhahn Versicherungsgruppe, Am Auerhahnhof 3, 35578 Wetzlar.  All invented.

D = "auerhahn.example"

FOOT_AG = """--
Auerhahn Versicherung AG · Am Auerhahnhof 3 · 35578 Wetzlar
Vorstand: Dr. Corinna Fenske (Vors.), Matthias Liebscher, Rahel Oyelaran
Aufsichtsratsvorsitzender: Burkhard Tessmer · Sitz Wetzlar · AG Wetzlar HRB 7351"""

FOOT_KV = """--
Auerhahn Krankenversicherung AG · Am Auerhahnhof 3 · 35578 Wetzlar
Vorstand: Dr. Corinna Fenske (Vors.), Dr. Jens-Uwe Pabst · AG Wetzlar HRB 7352"""

FOOT_LV = """--
Auerhahn Lebensversicherung AG · Am Auerhahnhof 3 · 35578 Wetzlar
Vorstand: Dr. Corinna Fenske (Vors.), Rahel Oyelaran · AG Wetzlar HRB 7353"""

FOOT_EN = """--
Auerhahn Versicherung AG, Am Auerhahnhof 3, 35578 Wetzlar, Germany
Registered at Amtsgericht Wetzlar, HRB 7351. Management board: Dr. Corinna Fenske
(chair), Matthias Liebscher, Rahel Oyelaran."""

STAFF = {
    # key: (display name, address local part)
    "vollrath": ("Dr. Henrike Vollrath", "henrike.vollrath"),
    "struebing": ("Malte Strübing", "malte.struebing"),
    "karakaya": ("Ayşe Karakaya", "ayse.karakaya"),
    "eckerlein": ("Jonas Eckerlein", "jonas.eckerlein"),
    "raman": ("Priya Raman", "priya.raman"),
    "hahnemann": ("Tobias Hahnemann", "tobias.hahnemann"),
    "wohlfahrt": ("Gesine Wohlfahrt", "gesine.wohlfahrt"),
    "anstaett": ("Dr. med. Ruprecht Anstätt", "ruprecht.anstaett"),
    "quast": ("Benedikt Quast", "benedikt.quast"),
    "oberdoerfer": ("Marlene Oberdörfer", "marlene.oberdoerfer"),
    "yildiz": ("Cem Yıldız", "cem.yildiz"),
    "treibel": ("Franziska Treibel", "franziska.treibel"),
    "brandhuber": ("Oliver Brandhuber", "oliver.brandhuber"),
    "amelung": ("Kerstin Amelung", "datenschutz"),
    "nyberg": ("Lasse Nyberg", "lasse.nyberg"),
    "pfeil": ("Annika Pfeil", "annika.pfeil"),
    "thorwarth": ("Wiebke Thorwarth", "wiebke.thorwarth"),
    "goebel": ("Rainer Göbel", "rainer.goebel"),
    "laurent": ("Sophie Laurent", "sophie.laurent"),
    "mertins": ("Helga Mertins", "helga.mertins"),
    "demirci": ("Yusuf Demirci", "yusuf.demirci"),
    "marquardt": ("Lena Marquardt", "lena.marquardt"),
    "wippermann": ("Carsten Wippermann", "carsten.wippermann"),
    "sauerwein": ("Ingrid Sauerwein", "ingrid.sauerwein"),
    "hofstaetter": ("Mareike Hofstätter", "mareike.hofstaetter"),
    "adebayo": ("Felix Adebayo", "felix.adebayo"),
}

def A(key):
    name, local = STAFF[key]
    return f"{name} <{local}@{D}>"

def ADDR(key):
    return f"{STAFF[key][1]}@{D}"

SIG = {
    "vollrath": """Mit freundlichen Grüßen

Dr. Henrike Vollrath
Leiterin Underwriting Firmenkunden Sach / Technische Versicherung
Auerhahn Versicherung AG
Telefon 06441 7700-4120 · henrike.vollrath@auerhahn.example""",
    "vollrath_en": """Kind regards

Dr. Henrike Vollrath
Head of Commercial Property & Engineering Underwriting
Auerhahn Versicherung AG
+49 6441 7700-4120""",
    "struebing": """Viele Grüße
Malte Strübing
Underwriting Kfz-Flotten
Auerhahn Versicherung AG · Tel. 06441 7700-4188""",
    "struebing_en": """Best regards
Malte Strübing
Fleet Underwriting, Auerhahn Versicherung AG
+49 6441 7700-4188""",
    "karakaya": """Freundliche Grüße

Ayşe Karakaya
Firmenkunden Personenversicherung (Gruppenunfall · bAV · bKV)
Auerhahn Versicherungsgruppe
Tel. 06441 7700-4236 · Fax 06441 7700-4299""",
    "karakaya_en": """Kind regards

Ayşe Karakaya
Group Benefits (group accident, occupational pensions, company health)
Auerhahn Versicherungsgruppe · +49 6441 7700-4236""",
    "eckerlein": """Mit freundlichen Grüßen
Jonas Eckerlein
Schadenmanagement Gewerbe & Industrie
Auerhahn Versicherung AG
Tel. 06441 7700-4310 | Mobil 0171 5530 284""",
    "eckerlein_en": """Best regards
Jonas Eckerlein
Commercial & Industrial Claims
Auerhahn Versicherung AG | +49 6441 7700-4310""",
    "raman": """Best regards,
Priya Raman
International Client Services
Auerhahn Versicherung AG, Wetzlar
T +49 6441 7700-4405""",
    "hahnemann": """Mit freundlichen Grüßen

Tobias Hahnemann
Underwriting Haftpflicht · D&O · Financial Lines
Auerhahn Versicherung AG
Tel. 06441 7700-4150""",
    "hahnemann_en": """Kind regards

Tobias Hahnemann
Liability, D&O and Financial Lines Underwriting
Auerhahn Versicherung AG · +49 6441 7700-4150""",
    "wohlfahrt": """Mit freundlichen Grüßen
Ihre Auerhahn Krankenversicherung AG

Gesine Wohlfahrt
Leistungsabteilung Krankenversicherung
Telefon 06441 7700-2214""",
    "wohlfahrt_en": """Kind regards
Auerhahn Krankenversicherung AG

Gesine Wohlfahrt
Health Claims
+49 6441 7700-2214""",
    "anstaett": """Dr. med. R. Anstätt
Gesellschaftsarzt
Auerhahn Versicherungsgruppe · Tel. -2900""",
    "quast": """Mit freundlichen Grüßen

Benedikt Quast
Leistung Leben & Berufsunfähigkeit
Auerhahn Lebensversicherung AG
Telefon 06441 7700-3120""",
    "quast_en": """Yours sincerely

Benedikt Quast
Life & Disability Claims
Auerhahn Lebensversicherung AG
+49 6441 7700-3120""",
    "oberdoerfer": """Freundliche Grüße
Marlene Oberdörfer
Kfz-Schaden Privatkunden
Auerhahn Versicherung AG · 06441 7700-1540""",
    "oberdoerfer_en": """Kind regards
Marlene Oberdörfer
Motor Claims
Auerhahn Versicherung AG · +49 6441 7700-1540""",
    "yildiz": """Viele Grüße
Cem Yıldız
Kundenservice Auerhahn
06441 7700-0 (Mo-Fr 8-20 Uhr)""",
    "yildiz_en": """Best wishes
Cem Yıldız
Auerhahn Customer Service
+49 6441 7700-0 (Mon-Fri 8am-8pm)""",
    "treibel": """Mit freundlichen Grüßen

Franziska Treibel
Rechtsschutz-Schaden
Auerhahn Versicherung AG
Tel. 06441 7700-1710""",
    "brandhuber": """Best regards
Oliver Brandhuber
Travel & Assistance
Auerhahn Versicherung AG · 24h line +49 6441 7700-7777""",
    "brandhuber_de": """Viele Grüße
Oliver Brandhuber
Reise & Assistance
Auerhahn Versicherung AG · 24-h-Notruf 06441 7700-7777""",
    "amelung": """Kerstin Amelung
Datenschutzbeauftragte der Auerhahn Versicherungsgruppe
datenschutz@auerhahn.example · Tel. 06441 7700-1099""",
    "nyberg": """Lasse Nyberg
IT Service Desk · Auerhahn Versicherungsgruppe
Ext. 5000 · servicedesk.auerhahn.example""",
    "pfeil": """Annika Pfeil
Unternehmenskommunikation
Auerhahn Versicherungsgruppe
Tel. 06441 7700-1020 · presse@auerhahn.example""",
    "thorwarth": """Mit freundlichen Grüßen
Wiebke Thorwarth
Zentraleinkauf
Auerhahn Versicherungsgruppe · Tel. 06441 7700-1260""",
    "goebel": """Beste Grüße
Rainer Göbel
Maklerbetreuung Mittelhessen
Auerhahn Versicherungsgruppe · Mobil 0160 9112 4470""",
    "laurent": """Best regards,
Sophie Laurent
Reinsurance & Retrocession
Auerhahn Versicherungsgruppe, Wetzlar
+49 6441 7700-1810""",
    "mertins": """Freundliche Grüße
Helga Mertins
Personalabteilung
Auerhahn Versicherungsgruppe""",
    "demirci": """Mit freundlichen Grüßen

Yusuf Demirci
Leistung Pflege
Auerhahn Krankenversicherung AG
Telefon 06441 7700-2460""",
    "marquardt": """Mit freundlichen Grüßen
Lena Marquardt
bAV-Service
Auerhahn Lebensversicherung AG · 06441 7700-3350""",
    "wippermann": """Freundliche Grüße
Carsten Wippermann
Sach-Schaden Privat (Hausrat / Wohngebäude / Glas)
Auerhahn Versicherung AG · 06441 7700-1620""",
    "wippermann_en": """Kind regards
Carsten Wippermann
Home & Contents Claims
Auerhahn Versicherung AG · +49 6441 7700-1620""",
    "sauerwein": """Mit freundlichen Grüßen

Ingrid Sauerwein
Unfall-Leistung
Auerhahn Versicherung AG
Telefon 06441 7700-1830""",
    "sauerwein_en": """Kind regards

Ingrid Sauerwein
Accident Claims
Auerhahn Versicherung AG · +49 6441 7700-1830""",
    "hofstaetter": """Mareike Hofstätter
Konzerncontrolling / Statistik
Auerhahn Versicherungsgruppe · -1190""",
    "adebayo": """Felix Adebayo
Compliance | AML & Sanctions
Auerhahn Versicherungsgruppe
+49 6441 7700-1077""",
}

# ================================================================= MAILS
# Each function builds one mail; order = file number.

@mail("CONFIDENTIAL", "de", "insurer-to-company",
      "fleet driver list: named Brennecke employees as co-insured drivers of company cars, their birth dates in the XLSX; no health data")
def _():
    date = "2026-01-12 10:41"
    m = new(A("struebing"), "Petra Hallmann <p.hallmann@brennecke-stanz.example>",
            "Fahrerkreis Dienstwagen – Ihre Liste mit unseren Anmerkungen", date,
            cc="Ulrich Brennecke <u.brennecke@brennecke-stanz.example>")
    body(m, f"""Hallo Frau Hallmann,

danke für die schnelle Rückmeldung. Ich habe Ihre Fahrerliste in unsere Vorlage
übernommen und zwei Punkte gelb markiert:

- bei Herrn Pietsch fehlt das Datum der Fahrerlaubnis Klasse B,
- Frau Grünewald ist erst seit 2025 im Besitz des Führerscheins; für den
  vereinbarten Fahrerkreis "ab 23 Jahre, mind. 3 Jahre Führerschein" müsste
  sie entweder herausgenommen oder der Fahrerkreis auf "beliebige Fahrer"
  geöffnet werden (Mehrbeitrag ca. 6 % auf die sieben Poolfahrzeuge).

Bitte geben Sie mir bis Ende nächster Woche Bescheid, welche Variante Sie
möchten, dann stelle ich den Nachtrag zum 01.02. aus.

{SIG['struebing']}
""")
    rows = [["Flottenvertrag FK-2026-00418 – Brennecke Stanztechnik GmbH – Fahrerkreis Stand 12.01.2026"],
            [],
            ["Nr.", "Name", "Vorname", "Geburtsdatum", "Führerschein seit", "Fahrzeug / Pool", "Anmerkung"],
            [1, "Brennecke", "Ulrich", "17.04.1966", "1984", "LDK-BS 100 (GF)", ""],
            [2, "Hallmann", "Petra", "02.09.1978", "1996", "Pool", ""],
            [3, "Lutz", "Jörg", "23.11.1971", "1990", "LDK-BS 214", ""],
            [4, "Pietsch", "Andreas", "08.06.1989", "", "Pool", "Datum Fahrerlaubnis fehlt"],
            [5, "Grünewald", "Lea", "30.01.2003", "2025", "Pool", "< 3 Jahre Führerschein"],
            [6, "Yilmaz", "Serkan", "14.12.1985", "2004", "LDK-BS 231 (Vertrieb)", ""],
            [7, "Obermaier", "Christina", "26.03.1992", "2010", "LDK-BS 232 (Vertrieb)", ""],
            [8, "Kühn", "Matthias", "05.07.1969", "1987", "Pool / Transporter", ""],
            [9, "Demir", "Aylin", "19.10.1994", "2013", "Pool", ""]]
    att(m, "Fahrerkreis_Brennecke_2026-01-12.xlsx",
        xlsx([("Fahrerkreis", rows)], "Malte Strübing", "Fahrerkreis Brennecke", date))
    return m


@mail("NORMAL", "en", "internal",
      "trap: IT ticket about a scanner jamming on stacks of 'Arztrechnungen'; device and queue only, no person's documents or data")
def _():
    m = new(A("nyberg"), f"Leistung KV Teamleitung <leistung-kv-tl@{D}>",
            "[INC-0048817] Scanner Leistungseingang 2.OG – paper jams", "2026-01-13 08:17",
            extra={"X-Ticket-ID": "INC-0048817", "Auto-Submitted": "auto-generated"})
    body(m, f"""Hello team,

ticket INC-0048817 ("Scanner jams with Arztrechnungen, thin paper") has been
updated.

Status: In progress
Device: Kodak-type high-volume scanner, asset no. AH-SCN-0207, room 2.114

Findings of the on-site technician yesterday:
- separation roller worn (approx. 410,000 sheets), replacement part ordered
- the jams happen mainly with mixed stacks: thin carbonless invoice copies
  from doctors' practices together with stapled pharmacy receipts
- feeder guide was set to A4 only; small receipts slip sideways

Workaround until the roller arrives (expected Thursday):
1. pre-sort small receipts into the carrier sleeves (box in the cupboard next to the device)
2. max. 50 sheets per batch
3. please do not use the "auto-rotate" profile, it doubles the processing time

The batches that failed yesterday were re-queued automatically; nothing was
lost, the document management system shows them as "Rescan erforderlich" in
the queue.

I'll update the ticket once the part is installed.

{SIG['nyberg']}
""")
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "PKV reimbursement statement for the addressee: GOÄ items, physiotherapy and a named medicine, partly declined")
def _():
    m = new(A("wohlfahrt"), "Bernd Kalbfleisch <bernd.kalbfleisch@netpost.example>",
            "Ihre Leistungsabrechnung vom 14.01.2026 – Vertrag KV 31-884 207", "2026-01-14 11:02")
    body(m, f"""Sehr geehrter Herr Kalbfleisch,

wir haben Ihre eingereichten Belege geprüft. Die Abrechnung im Überblick:

Beleg                                   Rechnungsbetrag   erstattet
Dr. Seibold, Orthopädie, 03.12.2025         212,46 EUR   212,46 EUR
  (GOÄ 1, 5, 3306, 5030 – Röntgen LWS)
Physiotherapie Lahnblick, 6 x KG             168,00 EUR   151,20 EUR
  (über dem erstattungsfähigen Satz Ihres Tarifs)
Apotheke am Dom, Ibuprofen 800 mg, 50 St.     18,73 EUR    18,73 EUR
Rückenbandage (ohne Verordnung)               49,90 EUR     0,00 EUR
                                           -----------------------------
                                             449,09 EUR   382,39 EUR

Die Rückenbandage können wir leider nicht erstatten, weil keine ärztliche
Verordnung vorliegt. Wenn Dr. Seibold Ihnen die Bandage nachträglich
verordnet, reichen Sie die Verordnung gern nach – dann prüfen wir neu.

Der Betrag von 382,39 EUR wird in den nächsten Tagen auf Ihr bekanntes Konto
überwiesen. Ihr Selbstbehalt für 2026 ist damit zu 382,39 EUR von 600,00 EUR
verbraucht – eine Erstattung erfolgt also erst ab dem Erreichen der Grenze;
die Beträge oben sind zunächst auf den Selbstbehalt angerechnet.

{SIG['wohlfahrt']}

{FOOT_KV}
""", cte="quoted-printable")
    return m


@mail("NORMAL", "en", "insurer-to-broker",
      "D&O market update for brokers: rates, capacity, claims trends in aggregate; no insured company or person named")
def _():
    m = new(A("hahnemann"), "Harcourt Beale Financial Lines <finlines@harcourtbeale.example>",
            "Auerhahn D&O – market note Q1 2026 and our appetite", "2026-01-15 16:30")
    text = f"""Dear colleagues,

ahead of the 1 April renewal season a short note on where we stand in D&O.

Rates
- Listed companies: flat to -5 % on primary layers, excess layers -5 to -10 %.
- Private GmbHs up to EUR 250m turnover: flat; we will not follow further
  reductions below our technical rate.
- Insolvency-exposed sectors (automotive suppliers, construction, retail):
  +5 to +15 %, subject to current financials.

Capacity
- Primary up to EUR 15m per risk, excess up to EUR 10m.
- Side A DIC up to EUR 5m.

Claims trends (German market, aggregate)
- Insolvency administrators' claims under § 15b InsO remain the largest
  driver by amount.
- Cyber-related D&O allegations still rare, but first notifications in 2025.
- Average defence costs per notified matter up roughly 12 % year on year.

What we need for a quote
- completed proposal form (2026 version, attached to the online portal)
- last two annual reports, current interim figures
- organigram with subsidiaries and ownership percentages

Happy to discuss individual risks on a call.

{SIG['hahnemann_en']}
"""
    html = f"""<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Dear colleagues,</p>
<p>ahead of the 1&nbsp;April renewal season a short note on where we stand in D&amp;O.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#e8e0d0"><th>Segment</th><th>Rate direction</th><th>Capacity</th></tr>
<tr><td>Listed companies, primary</td><td>flat to &minus;5&nbsp;%</td><td>up to EUR 15m</td></tr>
<tr><td>Listed companies, excess</td><td>&minus;5 to &minus;10&nbsp;%</td><td>up to EUR 10m</td></tr>
<tr><td>Private GmbH &le; EUR 250m turnover</td><td>flat</td><td>up to EUR 15m</td></tr>
<tr><td>Insolvency-exposed sectors</td><td>+5 to +15&nbsp;%</td><td>case by case</td></tr>
<tr><td>Side A DIC</td><td>flat</td><td>up to EUR 5m</td></tr>
</table>
<p><b>Claims trends (German market, aggregate):</b> insolvency administrators' claims under &sect;&nbsp;15b InsO remain
the largest driver by amount; first cyber-related D&amp;O allegations in 2025; average defence costs per notified
matter up roughly 12&nbsp;% year on year.</p>
<p><b>What we need for a quote:</b> completed proposal form (2026 version), last two annual reports, current interim
figures, organigram with subsidiaries and ownership percentages.</p>
<p>Happy to discuss individual risks on a call.</p>
<p>Kind regards<br>Tobias Hahnemann<br>Liability, D&amp;O and Financial Lines Underwriting<br>Auerhahn Versicherung AG</p>
</body></html>"""
    return alt(m, text, html)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
      "group accident claim of a named Brennecke employee: fall from a ladder, wrist fracture S62.50, hospital; reply quoting HR's accident report")
def _():
    m = new(A("karakaya"), "Petra Hallmann <p.hallmann@brennecke-stanz.example>",
            "AW: Unfallmeldung Gruppenunfall – Herr Matthias Kühn", "2026-01-19 14:55",
            irt="<9a1c7e02-55b1@brennecke-stanz.example>")
    body(m, f"""Guten Tag Frau Hallmann,

vielen Dank für die Meldung. Wir haben den Unfall unter der Schadennummer
GU-26-00071 zur Gruppenunfallversicherung FK-2019-00233 angelegt.

Damit wir die Leistung prüfen können, benötigen wir von Herrn Kühn selbst
(nicht über die Firma):

1. die unterschriebene Schweigepflichtentbindung (Formular liegt ihm per
   Post vor),
2. den Durchgangsarztbericht bzw. den Entlassungsbericht der Kreisklinik
   Solmsbach,
3. eine Kopie des Röntgenbefunds des Handgelenks.

Ein Krankenhaustagegeld ist in Ihrem Vertrag für die Gefahrengruppe A
mitversichert; für die drei stationären Tage zahlen wir 3 x 50 EUR. Ob eine
Invaliditätsleistung in Betracht kommt, lässt sich frühestens nach Abschluss
der Behandlung beurteilen – bei einer distalen Radiusfraktur meist nach
6 bis 12 Monaten.

Bitte haben Sie Verständnis, dass wir medizinische Einzelheiten künftig nur
noch direkt mit Herrn Kühn besprechen.

{SIG['karakaya']}

-----Ursprüngliche Nachricht-----
Von: Petra Hallmann <p.hallmann@brennecke-stanz.example>
Gesendet: Freitag, 16. Januar 2026 09:12
An: Karakaya, Ayşe
Betreff: Unfallmeldung Gruppenunfall – Herr Matthias Kühn

Sehr geehrte Frau Karakaya,

unser Mitarbeiter Matthias Kühn (Lager/Versand, geb. 05.07.1969) ist am
Mittwoch, 14.01., gegen 7:40 Uhr im Hochregallager von einer Anlegeleiter
gestürzt (ca. 1,5 m). Diagnose laut Klinik: Fraktur des rechten Handgelenks
(S62.50), wurde am 15.01. operiert, Entlassung voraussichtlich morgen.
Die BG-Meldung ist raus. Bitte teilen Sie mir mit, was Sie noch brauchen.

Mit freundlichen Grüßen
Petra Hallmann
Personal / Lohnbuchhaltung
Brennecke Stanztechnik GmbH · Industriestraße 22 · 35606 Solms
""")
    return m


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "household contents claim of a named student: e-bike theft, claim number, frame number, IBAN for payout; no health data")
def _():
    iban = IB("DE", "533500000410772315")
    m = new(A("wippermann"), "Tomasz Wrobel <t.wrobel@uni-mail.example>",
            "Re: stolen e-bike – claim H-26-01877", "2026-01-20 09:26",
            irt="<CAJx7y2pQ@uni-mail.example>")
    body(m, f"""Dear Mr Wrobel,

thank you for sending the police report (Polizeistation Gießen-Nord,
reference 0318/26/011472) and the purchase invoice.

I can confirm the following for your household contents policy HR 40-117 359:

- E-bike "Stadtrad Pro 7", frame no. WBK2284061Q, bought 11/2023 for EUR 2,349
- theft from the locked bicycle room of your building on 8 January 2026
- replacement value less the agreed deduction for age: EUR 1,880.00

We will transfer EUR 1,880.00 to the account you gave us:
{iban} (account holder: Tomasz Wrobel)

If the bike is found, please let us know straight away; in that case you can
choose between keeping the payment and returning the bike to us, or repaying
the amount and keeping the bike.

{SIG['wippermann_en']}
""", flowed=False)
    return m


@mail("NORMAL", "de", "insurer-to-company",
      "risk survey appointment (ICS) at a stamping plant; only company, site and business contacts, no personal or contract-person data")
def _():
    date = "2026-01-21 13:05"
    m = new(A("vollrath"), "Jörg Lutz <j.lutz@brennecke-stanz.example>",
            "Besichtigungstermin Werk Solms – Feuer/BU-Risikoanalyse", date,
            cc=f"Sachverständigenbüro Vennemann <buero@sv-vennemann.example>, {A('eckerlein')}")
    body(m, f"""Sehr geehrter Herr Lutz,

wie telefonisch besprochen bestätige ich den Besichtigungstermin für Ihr Werk
in der Industriestraße 22 in Solms am Dienstag, 10. Februar, 9:00 Uhr. Die
Einladung liegt als Kalenderdatei bei.

Wir möchten uns insbesondere ansehen:
- die neue Pressenhalle 3 mit der Hydraulikanlage (Ölmengen, Auffangwannen),
- das Lager für Stahlcoils und die Brandabschnittsbildung zur Halle 2,
- die Sprinklerzentrale und das letzte VdS-Prüfprotokoll,
- Ihr Konzept für den Ausfall der Transferpresse (Betriebsunterbrechung).

Bitte halten Sie, wenn möglich, die Feuerwehrpläne und die aktuelle
Anlagenliste bereit. Herr Vennemann begleitet uns als technischer
Sachverständiger; Dauer ca. drei Stunden inkl. Abschlussbesprechung.

{SIG['vollrath']}

{FOOT_AG}
""")
    att(m, "Besichtigung_Brennecke_Werk_Solms.ics",
        ics("bes-brennecke-20260210@auerhahn.example", "2026-02-10 09:00", "2026-02-10 12:00",
            "Risikobesichtigung Feuer/BU Brennecke Stanztechnik, Werk Solms",
            "Industriestraße 22\\, 35606 Solms",
            ("Dr. Henrike Vollrath", ADDR("vollrath")),
            [("Jörg Lutz", "j.lutz@brennecke-stanz.example"),
             ("Ralf Vennemann", "buero@sv-vennemann.example"),
             ("Jonas Eckerlein", ADDR("eckerlein"))],
            "Rundgang Pressenhalle 3, Coil-Lager, Sprinklerzentrale. Abschlussbesprechung im Besprechungsraum EG."),
        params={"method": "REQUEST"})
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
      "request to a GP for a medical report on a named BU claimant (back pain, psychotherapy), with consent reference")
def _():
    m = new(A("quast"), "Praxis Dr. Eschenbach <praxis@hausarzt-eschenbach.example>",
            "Anforderung Befundbericht – Frau Dagmar Stöhr, geb. 11.03.1975", "2026-01-22 10:15")
    body(m, f"""Sehr geehrte Frau Dr. Eschenbach,

Ihre Patientin Frau Dagmar Stöhr, geb. 11.03.1975, wohnhaft Lahnstraße 8,
35578 Wetzlar, hat bei uns Leistungen aus ihrer Berufsunfähigkeits-
versicherung (LV-5520 1193) beantragt. Sie gibt an, seit Juni 2025 wegen
chronischer Rückenschmerzen mit Ausstrahlung ins linke Bein und einer
begleitenden depressiven Episode in Ihrer Behandlung zu sein und ihren Beruf
als Altenpflegerin nicht mehr ausüben zu können.

Eine Schweigepflichtentbindung vom 09.01.2026 liegt uns vor; eine Kopie
senden wir Ihnen auf Wunsch gern zu.

Wir bitten Sie um einen Befundbericht mit folgenden Angaben:
1. Diagnosen (möglichst mit ICD-10) und Datum der Erstdiagnose,
2. bisherige Behandlung, Medikation, Überweisungen (Orthopädie, Psychotherapie),
3. Arbeitsunfähigkeitszeiten seit 2024,
4. Ihre Einschätzung der Belastbarkeit für Heben, Tragen und Schichtdienst.

Für den Bericht vergüten wir 60,00 EUR zzgl. Porto nach Rechnung. Bitte
senden Sie den Bericht per Post oder über unser Arztportal
(https://sichere-post.auerhahn.example/arzt) – nicht per unverschlüsselter
E-Mail.

{SIG['quast']}

{FOOT_LV}
""")
    return m


@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: purchase order for first-aid kits, AED pads and eye-wash stations for the insurer's offices; supplier is a company")
def _():
    m = new(A("thorwarth"), "Bestellannahme ErsteHilfe Direkt <auftrag@erstehilfe-direkt.example>",
            "Bestellung 4500018822 – Erste-Hilfe-Material Standorte Wetzlar und Gießen", "2026-01-23 08:49")
    body(m, f"""Sehr geehrte Damen und Herren,

hiermit bestellen wir gemäß Rahmenvertrag RV-2024-117:

Pos  Menge  Artikel                                           EP netto
10   24     Verbandkasten DIN 13157, Wandhalterung              38,90
20   6      Nachfüllset DIN 13157                               21,40
30   4      Elektrodenpads Erwachsene für AED (Typ PAD-A)       64,00
40   2      Elektrodenpads Kinder für AED (Typ PAD-K)           71,50
50   3      Augenspülstation 2 x 500 ml                         42,80
60   10     Kühlkompressen, Einweg, 20er-Pack                   12,60
70   1      Brandwunden-Set (Kantine)                           29,95

Lieferadresse: Auerhahn Versicherungsgruppe, Warenannahme Tor 2,
Am Auerhahnhof 3, 35578 Wetzlar. Positionen 10 und 20 bitte zu 8/2
auf Gießen (Bahnhofstraße 51, Empfang) aufteilen.

Liefertermin: KW 6. Bitte die Bestellnummer auf Lieferschein und
Rechnung angeben; Rechnungen bitte ausschließlich an
rechnungseingang@auerhahn.example.

{SIG['thorwarth']}
""")
    return m


@mail("CONFIDENTIAL", "en", "company",
      "client's D&O claim notification forwarded internally: shareholders accuse the named CFO (insured person) of breach of duty; no health or criminal data")
def _():
    date = "2026-01-26 17:20"
    m = new(A("raman"), A("hahnemann"),
            "FW: Notification of circumstances – Kaltenbrunn Brauerei AG – D&O policy FL-2025-00912", date)
    body(m, f"""Tobias,

forwarding the notification we received this afternoon from Kaltenbrunn's
general counsel (their UK bondholder side writes in English). I've opened
it as circumstance FL-C-26-0009. The shareholder letter they mention is
attached as PDF.

Can you take a look at the prior-knowledge question before I acknowledge?
The letter refers to a board meeting in September 2025, our policy incepted
1 October 2025.

Priya

-----Original Message-----
From: Dr. Ansgar Feldhaus <a.feldhaus@kaltenbrunn-brauerei.example>
Sent: Monday, January 26, 2026 3:02 PM
To: Raman, Priya
Subject: Notification of circumstances – D&O policy FL-2025-00912

Dear Ms Raman,

on behalf of Kaltenbrunn Brauerei AG we hereby notify circumstances which may
give rise to a claim under the above policy.

By letter of 19 January 2026 the shareholder association "Aktionärsgemeinschaft
Kaltenbrunn e.V." demanded that the supervisory board assert damage claims
against our CFO, Mr Henning Zastrow, in connection with the currency hedging
losses of financial year 2024/25 (approx. EUR 3.4m). It is alleged that the
hedging exceeded the limits approved by the board.

Mr Zastrow rejects the allegations. No claim has been filed in court so far.
We would ask you to confirm cover for legal advice for Mr Zastrow.

Kind regards
Dr. Ansgar Feldhaus
General Counsel, Kaltenbrunn Brauerei AG
""")
    att(m, "Schreiben_Aktionaersgemeinschaft_2026-01-19.pdf",
        pdf([("h", "Aktionärsgemeinschaft Kaltenbrunn e.V."),
             "Postfach 11 07, 35390 Gießen",
             "",
             "An den Aufsichtsrat der Kaltenbrunn Brauerei AG",
             "z. Hd. des Vorsitzenden",
             "",
             "Gießen, 19. Januar 2026",
             "",
             ("h", "Geltendmachung von Schadensersatzansprüchen gegen Herrn Henning Zastrow (Finanzvorstand)"),
             "",
             "Sehr geehrte Damen und Herren,",
             "nach den im Geschäftsbericht 2024/25 veröffentlichten Zahlen sind der Gesellschaft aus "
             "Devisentermingeschäften Verluste von rund 3,4 Mio. EUR entstanden. Nach unseren Informationen "
             "überschritten die Geschäfte die vom Vorstand beschlossenen Sicherungslimits deutlich.",
             "Wir fordern den Aufsichtsrat auf, gemäß § 93 Abs. 2 AktG i. V. m. § 111 AktG Ansprüche gegen den "
             "verantwortlichen Finanzvorstand, Herrn Henning Zastrow, zu prüfen und innerhalb von sechs Wochen "
             "über das Ergebnis zu berichten. Andernfalls behalten wir uns vor, ein Klagezulassungsverfahren "
             "nach § 148 AktG zu beantragen.",
             "",
             "Mit freundlichen Grüßen",
             "Der Vorstand der Aktionärsgemeinschaft Kaltenbrunn e.V."],
            "Aktionärsgemeinschaft Kaltenbrunn", "Schreiben an den Aufsichtsrat", "2026-01-19 10:00"))
    return m


@mail("NORMAL", "de", "newsletter",
      "trap: customer newsletter on long-term care (care grades, statistics, costs of a care home); no individual")
def _():
    m = new(f"Auerhahn Kundenbrief <newsletter@{D}>", "undisclosed-recipients:;",
            "Pflege: Was kostet ein Heimplatz 2026? – Ihr Auerhahn-Kundenbrief Januar", "2026-01-27 07:00",
            extra={"List-Unsubscribe": f"<https://www.{D}/newsletter/abmelden>",
                   "Precedence": "bulk"})
    text = """Ihr Auerhahn-Kundenbrief – Januar 2026

PFLEGE: WAS KOSTET EIN HEIMPLATZ 2026?

Der durchschnittliche Eigenanteil im ersten Jahr im Pflegeheim lag in Hessen
zuletzt bei rund 2.950 EUR im Monat – trotz der Zuschläge der Pflegekasse.
Die gesetzliche Pflegeversicherung ist eine Teilkasko: Sie zahlt je nach
Pflegegrad einen festen Betrag, den Rest tragen Pflegebedürftige selbst.

Die fünf Pflegegrade auf einen Blick
  Pflegegrad 1 – geringe Beeinträchtigung der Selbstständigkeit
  Pflegegrad 2 – erhebliche Beeinträchtigung
  Pflegegrad 3 – schwere Beeinträchtigung
  Pflegegrad 4 – schwerste Beeinträchtigung
  Pflegegrad 5 – schwerste Beeinträchtigung mit besonderen Anforderungen

Wussten Sie schon? Rund vier von fünf Pflegebedürftigen werden zu Hause
versorgt, meist von Angehörigen. Das Pflegetagegeld unseres Tarifs PT-Flex
zahlt ab Pflegegrad 2 einen festen Tagessatz – egal, ob ambulant oder
stationär, und ohne Kostennachweis.

Jetzt Beitrag berechnen: https://www.auerhahn.example/pflege

Außerdem in diesem Kundenbrief:
- Zahnreinigung: Was unsere Zahnzusatztarife 2026 übernehmen
- Glatteis vor der Haustür: Wer haftet?
- Neue Servicezeiten an Feiertagen

Sie erhalten diesen Kundenbrief, weil Sie ihn abonniert haben.
Abmelden: https://www.auerhahn.example/newsletter/abmelden
"""
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Georgia,serif;max-width:640px">
<h1 style="color:#5a3e1b">Pflege: Was kostet ein Heimplatz 2026?</h1>
<p>Der durchschnittliche Eigenanteil im ersten Jahr im Pflegeheim lag in Hessen zuletzt bei rund
<b>2.950&nbsp;EUR im Monat</b> &ndash; trotz der Zuschl&auml;ge der Pflegekasse. Die gesetzliche
Pflegeversicherung ist eine Teilkasko.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th>Pflegegrad</th><th>Beeintr&auml;chtigung der Selbstst&auml;ndigkeit</th></tr>
<tr><td>1</td><td>gering</td></tr><tr><td>2</td><td>erheblich</td></tr>
<tr><td>3</td><td>schwer</td></tr><tr><td>4</td><td>schwerste</td></tr>
<tr><td>5</td><td>schwerste, mit besonderen Anforderungen an die pflegerische Versorgung</td></tr>
</table>
<p><i>Wussten Sie schon?</i> Rund vier von f&uuml;nf Pflegebed&uuml;rftigen werden zu Hause versorgt.
Das Pflegetagegeld unseres Tarifs <b>PT-Flex</b> zahlt ab Pflegegrad&nbsp;2 einen festen Tagessatz.</p>
<p><a href="https://www.auerhahn.example/pflege">Jetzt Beitrag berechnen</a></p>
<hr><p style="font-size:8pt">Sie erhalten diesen Kundenbrief, weil Sie ihn abonniert haben.
<a href="https://www.auerhahn.example/newsletter/abmelden">Abmelden</a></p>
</body></html>"""
    return alt(m, text, html)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
      "body harmless; XLSX lists named employees with birth dates, salaries and pension contributions for direct-insurance bAV (life line)")
def _():
    date = "2026-01-28 15:12"
    m = new(A("marquardt"), "Jana Wilke <jana.wilke@talsperre-software.example>",
            "Beitragsliste Direktversicherung – Stand Februar", date)
    body(m, f"""Hallo Frau Wilke,

anbei wie besprochen die aktualisierte Beitragsliste für den Gruppenvertrag
zum 01.02.2026. Die drei Neueintritte aus Ihrer Mail vom 22.01. sind
eingearbeitet. Bitte prüfen Sie die Spalte "Entgeltumwandlung" gegen Ihre
Lohnabrechnung; Abweichungen bitte bis zum 05.02. an mich.

{SIG['marquardt']}
""")
    rows = [["Gruppenvertrag bAV GV-LV-3318 – Talsperre Software GmbH – Beitragsliste ab 01.02.2026"],
            ["Personalnr.", "Name", "Vorname", "Geb.-Datum", "Eintritt", "Bruttojahresgehalt", "Entgeltumwandlung mtl.", "AG-Zuschuss 15 %", "Beitrag mtl."],
            ["T-0112", "Reusch", "Nadine", "1981-05-04", "2019-04-01", 118000, 302.00, 45.30, 347.30],
            ["T-0131", "Wendt", "Kilian", "1990-08-21", "2020-01-01", 76500, 150.00, 22.50, 172.50],
            ["T-0177", "Abramowicz", "Paula", "1996-02-10", "2022-09-01", 58200, 100.00, 15.00, 115.00],
            ["T-0184", "Fuchs", "Heiko", "1973-12-01", "2023-03-01", 92400, 250.00, 37.50, 287.50],
            ["T-0203", "Nakamura", "Ren", "1994-06-17", "2026-01-15", 67000, 120.00, 18.00, 138.00],
            ["T-0204", "Lindqvist", "Malin", "1999-11-05", "2026-01-15", 52000, 80.00, 12.00, 92.00],
            ["T-0205", "Okafor", "Daniel", "1987-04-29", "2026-02-01", 84000, 200.00, 30.00, 230.00]]
    att(m, "GV-LV-3318_Beitragsliste_2026-02.xlsx",
        xlsx([("Beitragsliste", rows)], "Lena Marquardt", "Beitragsliste Direktversicherung", date))
    return m


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "motor: transfer of no-claims class from a relative, named customer with birth date, plate and policy number")
def _():
    m = new(A("oberdoerfer"), "Lukas Dreisbach <lukas.dreisbach@webpost.example>",
            "Übertragung Schadenfreiheitsrabatt – Ihr Vertrag KF 77 410 882 3", "2026-01-29 12:40")
    body(m, f"""Hallo Herr Dreisbach,

die Übertragung des Schadenfreiheitsrabatts von Ihrem Großvater, Herrn
Erwin Dreisbach, auf Ihren Vertrag ist durch. Zur Bestätigung die Daten, die
wir gespeichert haben:

Versicherungsnehmer:  Lukas Dreisbach, geb. 03.08.2001
Anschrift:            Hauptstraße 41a, 35633 Lahnau
Fahrzeug:             VW Polo, amtl. Kennzeichen WZ-LD 381
Vertrag:              KF 77 410 882 3
SF-Klasse bisher:     SF 1/2   -> neu ab 01.02.2026: SF 9

Berücksichtigt werden durften nur die Jahre, die Sie selbst schon einen
Führerschein haben (seit 2019); die weiteren schadenfreien Jahre Ihres
Großvaters verfallen damit. Der neue Jahresbeitrag beträgt 512,30 EUR statt
1.088,70 EUR, die Differenz für Februar bis Dezember schreiben wir Ihrem
Beitragskonto gut.

Der Nachtrag kommt in den nächsten Tagen per Post.

{SIG['oberdoerfer']}
""", cte="8bit")
    return m


@mail("NORMAL", "de", "insurer-to-company",
      "trap: company health insurance (bKV) offer for 85 employees with budget tariff, prices per head; no employee named")
def _():
    date = "2026-02-02 09:30"
    m = new(A("karakaya"), "Jana Wilke <jana.wilke@talsperre-software.example>",
            "Ihr Angebot betriebliche Krankenversicherung (Budgettarif)", date,
            cc="Dr. Nadine Reusch <nadine.reusch@talsperre-software.example>")
    body(m, f"""Sehr geehrte Frau Wilke,

anbei unser Angebot für eine betriebliche Krankenversicherung für Ihre
derzeit 85 Mitarbeitenden. Kurz zusammengefasst:

- Budgettarif "bKV Budget 900": jede versicherte Person hat ein
  Jahresbudget von 900 EUR für Zahnbehandlung, Sehhilfen, Heilpraktiker,
  Vorsorgeuntersuchungen und Arzneimittel.
- Keine Gesundheitsprüfung, keine Wartezeiten bei Abschluss für die gesamte
  Belegschaft; Neueintritte ebenfalls ohne Gesundheitsfragen.
- Beitrag 34,90 EUR je Person und Monat, unabhängig vom Alter.
- Familienangehörige können zu eigenen Lasten zu denselben Bedingungen
  mitversichert werden.

Bei 85 Personen ergibt sich ein Monatsbeitrag von 2.966,50 EUR. Der
Arbeitgeberbeitrag ist als Sachbezug bis 50 EUR monatlich steuerfrei, sofern
die übrigen Voraussetzungen erfüllt sind – bitte lassen Sie das von Ihrer
Steuerberatung bestätigen.

Das Angebot gilt bis 31.03.2026. Ich stelle es Ihnen gern auch in Ihrer
Betriebsversammlung vor.

{SIG['karakaya']}
""")
    att(m, "Angebot_bKV_Talsperre_Software.pdf",
        pdf([("h", "Angebot betriebliche Krankenversicherung"),
             "Auerhahn Krankenversicherung AG · Firmenkunden",
             "Versicherungsnehmer: Talsperre Software GmbH, Am Wehr 5, 35037 Marburg",
             "Angebotsnummer: BKV-A-2026-0142 · gültig bis 31.03.2026",
             "",
             ("h", "Leistungen"),
             "Tarif bKV Budget 900: Jahresbudget 900 EUR je versicherte Person für Zahnbehandlung und "
             "Zahnersatz, professionelle Zahnreinigung, Sehhilfen und Augenlaser, Heilpraktikerleistungen "
             "nach GebüH, Vorsorgeuntersuchungen über den gesetzlichen Umfang hinaus sowie verordnete "
             "Arznei- und Verbandmittel.",
             "Aufnahme ohne Gesundheitsprüfung und ohne Wartezeiten für alle zum Stichtag beschäftigten "
             "Mitarbeitenden sowie für spätere Neueintritte.",
             "",
             ("h", "Beitrag"),
             "Kollektiv: 85 Personen x 34,90 EUR = 2.966,50 EUR monatlich (Stand Angebot)",
             "Familienangehörige (optional, Eigenbeitrag): 34,90 EUR je Person",
             "",
             ("h", "Hinweise"),
             "Es gelten die Allgemeinen Versicherungsbedingungen bKV 2026 sowie die Tarifbedingungen "
             "Budget 900. Leistungsabrechnungen erfolgen ausschließlich zwischen Versicherer und versicherter "
             "Person; der Arbeitgeber erhält keine Informationen über Leistungsfälle einzelner Personen."],
            "Ayşe Karakaya", "Angebot bKV Talsperre Software", date))
    return m


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "travel health claim: named traveller hospitalised in Faro with appendicitis, surgery, guarantee of payment, repatriation plan")
def _():
    m = new(A("brandhuber"), "Miriam Achterberg <miriam.achterberg@postbox.example>",
            "Your husband's hospital stay in Faro – case TA-26-00314", "2026-02-03 21:48",
            cc="Atlasmed Assistance Lisbon <ops@atlasmed.example>")
    body(m, f"""Dear Mrs Achterberg,

thank you for your call this evening. As promised, a short written summary:

- Your husband, Mr Sven Achterberg (travel health policy RK 12-440 918), was
  admitted to Hospital Particular do Algarve, Faro, on 3 February with acute
  appendicitis and had a laparoscopic appendectomy this afternoon.
- We have sent the hospital a guarantee of payment up to EUR 12,000; you do
  not need to pay anything on site. Please do not sign any private payment
  agreement.
- Our partner Atlasmed (in copy) will call the treating surgeon tomorrow
  morning. Depending on the course, discharge is expected in 2 to 3 days.
  Flying is usually possible 7 to 10 days after this operation; we will
  rebook your return flights accordingly and cover the additional hotel
  nights under the policy.

If there is any change, e.g. fever or complications, please call our 24-hour
line straight away: +49 6441 7700-7777, case number TA-26-00314.

Get well soon to your husband.

{SIG['brandhuber']}
""")
    return m


@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "sole-trader painter (natural person) via broker: liability renewal with turnover, his private IBAN for direct debit and policy number")
def _():
    iban = IB("DE", "513500250002281904")
    m = new(A("goebel"), "Hartmut Zeilinger <info@zeilinger-versicherungen.example>",
            "Malerbetrieb Sandrock – Verlängerung BHV und neues Lastschriftmandat", "2026-02-04 11:18")
    body(m, f"""Moin Hartmut,

kurze Rückmeldung zu Herrn Sandrock:

Die Betriebshaftpflicht BH-20-771 045 (Malerbetrieb Uwe Sandrock e.K.,
Lindenweg 3, 35641 Schöffengrund) verlängern wir zum 01.03. zu den alten
Konditionen. Grundlage ist sein gemeldeter Jahresumsatz 2025 von
214.000 EUR und zwei Gesellen; damit bleibt er in der Beitragsstufe II
(1.146,00 EUR zzgl. VersSt).

Das neue SEPA-Mandat haben wir eingepflegt:
Kontoinhaber Uwe Sandrock, {iban}, Volksbank Mittelhessen.
Die erste Abbuchung über das neue Konto erfolgt zum 01.03.

Eine Bitte: Er hatte am Telefon erwähnt, dass er jetzt auch Fassaden-
dämmung (WDVS) anbietet. Das ist in seinem Vertrag bisher nicht
eingeschlossen – lass uns da vor der Saison noch einmal drüber sprechen.

{SIG['goebel']}
""")
    return m


@mail("NORMAL", "de", "internal",
      "trap: data-protection jour fixe minutes (DOCX) on how health data may be mailed; rules and tasks only, no individual's data")
def _():
    date = "2026-02-05 16:44"
    m = new(A("amelung"), f"DS-Koordinatoren <ds-koordinatoren@{D}>",
            "Protokoll Jour fixe Datenschutz 04.02.2026", date)
    body(m, f"""Liebe Kolleginnen und Kollegen,

anbei das Protokoll unseres Jour fixe von gestern. Bitte besonders auf
TOP 3 achten: Ab 01.03. werden Mails mit Gesundheitsdaten ohne
Einwilligung in den TLS-Versand nur noch über das Portal zugestellt.

Korrekturen bitte bis Freitag an mich.

{SIG['amelung']}
""")
    att(m, "Protokoll_JF_Datenschutz_2026-02-04.docx",
        docx([("h", "Protokoll Jour fixe Datenschutz"),
              "Datum: 04.02.2026, 14:00–15:30 Uhr, Raum 1.08 / Teams",
              "Teilnehmende: K. Amelung (Leitung), G. Wohlfahrt (Leistung KV), B. Quast (Leben/BU), "
              "A. Karakaya (Firmenkunden PV), L. Nyberg (IT), C. Yıldız (Kundenservice)",
              ("b", "TOP 1 – Auskunftsersuchen 2025"),
              "Im Jahr 2025 gingen 212 Auskunftsersuchen nach Art. 15 DSGVO ein (2024: 187). Die "
              "durchschnittliche Bearbeitungszeit lag bei 17 Tagen. Keine Fristüberschreitung.",
              ("b", "TOP 2 – Gesundheitsdaten in Firmenkundenverträgen"),
              "In der Gruppenunfall- und bKV-Sachbearbeitung werden Diagnosen gelegentlich von der "
              "Personalabteilung des Arbeitgebers gemeldet. Festlegung: Medizinische Rückfragen gehen "
              "ausschließlich an die versicherte Person; an den Arbeitgeber nur Schadennummer und "
              "Stand der Bearbeitung. Frau Karakaya passt die Textbausteine an.",
              ("b", "TOP 3 – Versand von Gesundheitsdaten per E-Mail"),
              "Ab 01.03.2026 werden ausgehende Mails, die Gesundheitsdaten enthalten, ohne vorliegende "
              "Kundeneinwilligung automatisch über das SecureMail-Portal zugestellt. Die Empfänger "
              "erhalten eine Benachrichtigung ohne Inhalt.",
              ("b", "TOP 4 – Schulung"),
              "Pflichtschulung 2026 (E-Learning, 45 Minuten) bis 30.04. für alle Beschäftigten.",
              ("table", [["Nr.", "Aufgabe", "Verantwortlich", "Termin"],
                         ["1", "Textbausteine Gruppenunfall anpassen", "A. Karakaya", "28.02."],
                         ["2", "Portal-Regel im Gateway testen", "L. Nyberg", "20.02."],
                         ["3", "Info an Kundenservice", "C. Yıldız", "27.02."]])],
             "Kerstin Amelung", "Protokoll JF Datenschutz", date))
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
      "fleet accident of a named nursing-service employee with whiplash injury and ambulance; injured driver's health data")
def _():
    m = new(A("eckerlein"), "Sabine Orthwein <s.orthwein@nordlicht-pflege.example>",
            "Unfall Dienstfahrzeug GI-NL 27 am 04.02. – Ihre Mitarbeiterin Frau Bayraktar", "2026-02-06 10:05")
    body(m, f"""Guten Morgen Frau Orthwein,

danke für die Unfallmeldung und die Fotos. Zum Stand:

Schaden-Nr. KF-G-26-01133, Flottenvertrag FK-2021-00087
Fahrzeug: Dacia Sandero, GI-NL 27
Unfallort: Kreuzung Grünberger Str./Ringallee, Gießen, 04.02.2026, ca. 7:15 Uhr

Nach der Polizeimeldung hat der Unfallgegner die Vorfahrt missachtet; wir
werden die Reparaturkosten daher bei dessen Haftpflichtversicherer geltend
machen. Ihre Vollkasko springt nur ein, falls dort nicht gezahlt wird.

Zu Ihrer Mitarbeiterin, Frau Elif Bayraktar: Sie schreiben, dass sie mit
dem Rettungswagen ins Universitätsklinikum gebracht wurde, eine
Halswirbelsäulenverzerrung (Schleudertrauma) festgestellt wurde und sie für
voraussichtlich zwei Wochen krankgeschrieben ist. Für ihre eigenen
Ansprüche (Schmerzensgeld, Verdienstausfall) ist ebenfalls der
gegnerische Versicherer zuständig; zusätzlich besteht über Ihre
Gruppenunfallversicherung Schutz. Bitte geben Sie Frau Bayraktar unsere
Kontaktdaten – die medizinischen Unterlagen soll sie uns bitte selbst
schicken.

Ein Ersatzfahrzeug ist über die Mietwagenpauschale Ihres Vertrags für bis
zu 14 Tage abgedeckt.

{SIG['eckerlein']}
""")
    return m


@mail("NORMAL", "en", "insurer-to-company",
      "fire at a client's warehouse: loss adjuster, business-interruption estimate, nobody injured; company-only data")
def _():
    m = new(A("eckerlein"), "Graham Pellew <graham.pellew@tidewater-components.example>",
            "Fire at Herborn warehouse – next steps and BI estimate", "2026-02-09 18:02",
            cc=f"{A('raman')}, Vennemann Loss Adjusting <buero@sv-vennemann.example>")
    body(m, f"""Dear Graham,

thanks for walking us round the site this afternoon. A summary of what we
agreed:

1. Claim number PR-26-00204 under the property and business interruption
   policy FK-2022-00510 (Tidewater Components GmbH, Herborn plant).
2. Cause: according to the fire brigade, the fire started at the charging
   station for forklift batteries in hall B around 02:30 on Saturday. The
   building was empty; nobody was injured. The public prosecutor's
   fire investigator has released the site.
3. Damage: roof and racking in hall B, approx. 1,200 pallet spaces, stock of
   finished sealing components. First rough estimate for buildings and
   contents: EUR 2.1-2.6m.
4. Business interruption: your team will relocate picking to the external
   warehouse in Dillenburg from Wednesday. Your estimate of extra costs of
   EUR 45,000 per week for 10-14 weeks seems plausible; please keep all
   invoices separate under a cost centre for the claim.
5. Mr Vennemann will start the stock count with your controller tomorrow,
   9 am. An advance payment of EUR 500,000 can be released once we have the
   preliminary stock valuation.

Please send me the fire brigade report and the last maintenance record of
the charging station when you have them.

{SIG['eckerlein_en']}

{FOOT_EN}
""")
    return m


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "legal-expenses cover confirmation for a named tenant in a rent-increase dispute, policy and claim numbers, lawyer named")
def _():
    m = new(A("treibel"), "Gabriele Hofacker <g.hofacker@mailbox.example>",
            "Deckungszusage Mietrechtsstreit – Ihr Zeichen: Mieterhöhung Goethestraße", "2026-02-10 14:20",
            cc="Kanzlei Rothkegel & Aydın <kanzlei@rothkegel-aydin.example>")
    body(m, f"""Sehr geehrte Frau Hofacker,

für die Auseinandersetzung mit Ihrer Vermieterin, der Lahnpark Wohnbau GmbH,
wegen der Mieterhöhung für Ihre Wohnung in der Goethestraße 17, 35390
Gießen, erteilen wir Ihnen Deckungszusage aus Ihrer Rechtsschutz-
versicherung RS 60-213 884 (Baustein Wohnungs- und Grundstücks-Rechtsschutz).

Schaden-Nr.: RS-26-00977
Umfang: außergerichtliche Tätigkeit sowie erste Instanz vor dem Amtsgericht
Gießen, Selbstbeteiligung 150 EUR.

Ihre Anwältin, Frau Rechtsanwältin Aydın, erhält diese Zusage in Kopie. Sie
kann ihre Vorschussrechnung direkt an uns richten.

{SIG['treibel']}

{FOOT_AG}
""")
    return m


@mail("NORMAL", "de", "internal",
      "trap: training handout (PDF) on group accident benefits with invalidity tables and a fictitious worked example; nobody real")
def _():
    date = "2026-02-11 12:10"
    m = new(A("karakaya"), f"Team Firmenkunden PV <fk-pv@{D}>",
            "Schulungsunterlage Gruppenunfall – Gliedertaxe & Progression (für Donnerstag)", date)
    body(m, f"""Hallo zusammen,

für unsere Schulung am Donnerstag (14 Uhr, Raum 3.02) hier vorab das Handout.
Das Rechenbeispiel ist frei erfunden – bitte keine echten Fälle aus dem
Bestand in die Übungen mitbringen, wir nehmen nur anonymisierte Fälle.

Gruß
Ayşe
""")
    att(m, "Handout_Gruppenunfall_Gliedertaxe.pdf",
        pdf([("h", "Gruppenunfallversicherung – Invaliditätsleistung"),
             "Interne Schulung Firmenkunden Personenversicherung, Februar 2026",
             "",
             ("h", "1. Gliedertaxe (Auszug AUB 2026 Firmen)"),
             "Arm 70 % · Arm bis oberhalb des Ellenbogengelenks 65 % · Hand 55 % · Daumen 20 % · Zeigefinger 10 % · "
             "Bein über der Mitte des Oberschenkels 70 % · Fuß 40 % · große Zehe 5 % · Auge 50 % · Gehör auf einem Ohr 30 %.",
             "Bei Teilverlust oder Funktionsbeeinträchtigung wird der entsprechende Teil des Prozentsatzes angesetzt, "
             "z. B. 3/10 Handwert = 16,5 %.",
             "",
             ("h", "2. Progression 225 %"),
             "Bis 25 % Invalidität: einfache Leistung. 26–50 %: zusätzlich der doppelte Betrag des 25 % übersteigenden Teils. "
             "Über 50 %: zusätzlich der dreifache Betrag des 50 % übersteigenden Teils.",
             "",
             ("h", "3. Rechenbeispiel (fiktiv)"),
             "Versicherte Person „Beschäftigter B“ (Gefahrengruppe B), Grundsumme 100.000 EUR, Progression 225 %.",
             "Folge: Funktionsbeeinträchtigung des rechten Beins 4/10 Beinwert = 28 %.",
             "Leistung: 25 % x 100.000 = 25.000 EUR + 3 % x 2 x 100.000 = 6.000 EUR, gesamt 31.000 EUR.",
             "",
             ("h", "4. Typische Fehler"),
             "– Vorinvalidität vergessen (Abzug nach Ziffer 2.1.2.2.3).",
             "– Mitwirkung von Krankheiten nicht geprüft (ab 25 % Mitwirkungsanteil Kürzung).",
             "– Fristen: Invalidität innerhalb von 15 Monaten eingetreten und ärztlich festgestellt."],
            "Ayşe Karakaya", "Schulung Gruppenunfall", date))
    return m


@mail("CONFIDENTIAL", "de", "insurer-to-company",
      "fleet motor claim: named employee driver scraped a parked private car, third party and plates named, nobody hurt")
def _():
    m = new(A("struebing"), "Dennis Kowalczyk <fuhrpark@vogtsberg-logistik.example>",
            "AW: Parkschaden Rangierhof – LM-VL 418 / Schaden KF-G-26-01207", "2026-02-12 09:37",
            irt="<000401dc9bc2$aa8e1f30$@vogtsberg-logistik.example>")
    body(m, f"""Hallo Herr Kowalczyk,

danke, die Unterlagen sind vollständig. Ich habe den Schaden an die
Kollegen in der Regulierung gegeben; die Haftpflicht zahlt den Schaden der
Geschädigten direkt.

Kurz zur Info für Ihre Akte:
- Fahrer: Herr Bogdan Ilie, beim Zurücksetzen mit dem Sattelzug LM-VL 418
  auf dem Rangierhof gegen den geparkten Pkw gestoßen
- Geschädigte: Frau Renate Scholl, Pkw LM-RS 2204 (Heckklappe, Stoßfänger)
- Niemand verletzt, Polizei nicht hinzugezogen, Schuldanerkenntnis vor Ort
  von Herrn Ilie unterschrieben

Da der Schaden unter Ihrem Selbstbehalt von 1.000 EUR liegen dürfte
(Kostenvoranschlag 860 EUR), überlegen Sie bitte, ob Sie ihn selbst
übernehmen möchten – dann bleibt die Schadenquote für die Verlängerung
sauber. Kurze Info genügt.

{SIG['struebing']}

Von: Dennis Kowalczyk
Gesendet: Mittwoch, 11. Februar 2026 16:20
An: Strübing, Malte
Betreff: Parkschaden Rangierhof – LM-VL 418

Hallo Herr Strübing, anbei Schadenanzeige, Fotos und das unterschriebene
Schuldanerkenntnis von unserem Fahrer. Die Dame hat ihre Daten auf dem
Formular eingetragen. Gruß D. Kowalczyk
""")
    return m


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-company",
      "HR asks about a named employee's declined dental claim under company health insurance; reply confirms she is insured and claimed (health line)")
def _():
    m = new(A("karakaya"), "Fiona Ashcombe <fiona.ashcombe@tidewater-components.example>",
            "RE: bKV – query from an employee (Ms Hartung)", "2026-02-13 11:44",
            irt="<LO2P265MB31A4@tidewater-components.example>")
    body(m, f"""Dear Fiona,

thank you for your message. I understand that Ms Carina Hartung approached
you about the decision on her dental claim under your company health plan
(group contract bKV-GV-0471).

Please understand that we cannot discuss the medical details or the reasons
for the decision with the employer – the plan is set up so that claims are
handled only between us and the insured employee. We have written to Ms
Hartung directly today and explained the decision; she is welcome to call
me or to ask her dentist to send us the treatment plan again with the
missing tooth chart, after which we will review it.

For your own information: the decision has no effect on her membership in
the plan or on your premium.

{SIG['karakaya_en']}

-----Original Message-----
From: Fiona Ashcombe
Sent: 12 February 2026 17:05
To: Karakaya, Ayşe
Subject: bKV – query from an employee (Ms Hartung)

Hi Ayşe, one of our team in Herborn, Carina Hartung (quality lab), came to
see me quite upset: she says her crown was refused although the brochure
says dental is covered. Could you check what went wrong? Happy to forward
anything you need. Thanks, Fiona
""")
    return m


@mail("NORMAL", "en", "newsletter",
      "trap: travel newsletter about vaccinations, travel pharmacy and hospital costs abroad; general advice only")
def _():
    m = new(f"Auerhahn Travel <travel-news@{D}>", "undisclosed-recipients:;",
            "Before you go: vaccinations, travel pharmacy and what a hospital night costs abroad",
            "2026-02-16 07:30", extra={"Precedence": "bulk",
                                      "List-Unsubscribe": f"<mailto:unsubscribe@{D}?subject=travel>"})
    text = """AUERHAHN TRAVEL NOTES – February 2026

1. Check your vaccinations six weeks before departure
Many destinations in South-East Asia and Latin America recommend hepatitis A,
typhoid and, for rural areas, Japanese encephalitis or yellow fever. Ask your
GP or a travel medicine clinic early – some courses need several doses.

2. A small travel pharmacy
Plasters, a disinfectant, painkillers/antipyretics, oral rehydration salts,
something against diarrhoea and insect repellent with DEET or icaridin. Keep
prescription medicines in your hand luggage with a copy of the prescription.

3. What a night in hospital costs
Typical daily rates in private hospitals we saw in 2025 claims (averages):
  USA                       EUR 4,900
  Thailand (Bangkok)        EUR 1,150
  Spain / Portugal          EUR   900
  Turkey (Antalya)          EUR   750
Statutory health insurance pays only within the EU and only at local public
rates – a travel health policy closes the gap and covers repatriation.

4. Save the 24-hour number
+49 6441 7700-7777 – our assistance team speaks German, English, Turkish and
Portuguese.

Unsubscribe: reply with "unsubscribe" or write to unsubscribe@auerhahn.example
"""
    html = """<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<h2>Auerhahn Travel Notes &ndash; February 2026</h2>
<h3>1. Check your vaccinations six weeks before departure</h3>
<p>Many destinations in South-East Asia and Latin America recommend hepatitis&nbsp;A, typhoid and, for rural areas,
Japanese encephalitis or yellow fever.</p>
<h3>2. A small travel pharmacy</h3>
<ul><li>plasters, disinfectant</li><li>painkillers / antipyretics</li><li>oral rehydration salts</li>
<li>insect repellent (DEET or icaridin)</li></ul>
<h3>3. What a night in hospital costs</h3>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Country</th><th>Average daily rate, private hospital (2025 claims)</th></tr>
<tr><td>USA</td><td align="right">EUR 4,900</td></tr>
<tr><td>Thailand (Bangkok)</td><td align="right">EUR 1,150</td></tr>
<tr><td>Spain / Portugal</td><td align="right">EUR 900</td></tr>
<tr><td>Turkey (Antalya)</td><td align="right">EUR 750</td></tr></table>
<h3>4. Save the 24-hour number</h3><p><b>+49 6441 7700-7777</b></p>
</body></html>"""
    return alt(m, text, html)


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "travel baggage-delay claim of a named expat: flight, items bought, IBAN; no health content")
def _():
    iban = IB("NL", "INGB0006631982", grouped=False)
    m = new(A("brandhuber"), "Rohan Mehta <rohan.mehta@fastmail.example>",
            "Baggage delay – claim RG-26-00588", "2026-02-17 15:05")
    body(m, f"""Dear Mr Mehta,

we have now received the Property Irregularity Report from the airline
(file FRA LH 71843) and your receipts. Your suitcase arrived in Frankfurt
two days after you, so the baggage delay cover of your annual travel policy
RJ 58-003 117 applies.

Reimbursed (max. EUR 300 per trip for essential purchases):
  toiletries, Drogeriemarkt Frankfurt, 09/02      EUR  38.45
  2 shirts, underwear, Galeria Frankfurt, 09/02   EUR 127.80
  phone charger, airport shop, 08/02              EUR  24.99
                                                  ----------
                                                  EUR 191.24

The laptop bag you bought is not an essential item, so I could not include
it – sorry.

Payment goes to the Dutch account you gave us, {iban}, within three
working days.

{SIG['brandhuber']}
""")
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-hospital",
      "cost-coverage confirmation to a hospital for a named PKV patient: inpatient stay, ICD-10 diagnosis, planned surgery, room option")
def _():
    m = new(f"Auerhahn KV Krankenhausabrechnung <kh-abrechnung@{D}>",
            "Patientenaufnahme Kreisklinik Solmsbach <aufnahme@kreisklinik-solmsbach.example>",
            "Kostenübernahmeerklärung – Patient Herr Friedhelm Auel, geb. 22.09.1958", "2026-02-18 08:22")
    body(m, f"""Sehr geehrte Damen und Herren,

für Ihren Patienten

  Herrn Friedhelm Auel, geb. 22.09.1958
  Versicherungsnummer KV 31-102 566, Tarif Vollversicherung AH-Komfort

übernehmen wir die Kosten der stationären Behandlung ab dem 23.02.2026
(geplante Aufnahme) in Höhe der allgemeinen Krankenhausleistungen nach
KHEntgG sowie die Wahlleistungen Unterkunft (Zweibettzimmer) und
Chefarztbehandlung.

Angegebene Diagnose: M17.1 (primäre Gonarthrose, einseitig), geplanter
Eingriff: Implantation einer Knie-Totalendoprothese links (OPS 5-822.g1).
Voraussichtliche Verweildauer: 7 Tage, anschließend Anschlussheilbehandlung.

Bitte rechnen Sie direkt mit uns ab (Direktabrechnung über den
elektronischen Datenaustausch). Für die Anschlussheilbehandlung wird eine
gesonderte Kostenzusage benötigt.

Mit freundlichen Grüßen
i. A. Gesine Wohlfahrt
Leistungsabteilung Krankenversicherung – Krankenhausabrechnung

{FOOT_KV}
""")
    return m


@mail("NORMAL", "de", "internal",
      "trap: internal job advert for a medical assistant in claims; profile and benefits only, no applicant")
def _():
    m = new(A("mertins"), f"Alle Beschäftigten <alle@{D}>",
            "Interne Stellenausschreibung: Medizinische/r Fachangestellte/r (m/w/d) Leistungsprüfung KV",
            "2026-02-19 10:00")
    body(m, f"""Liebe Kolleginnen und Kollegen,

für die Leistungsabteilung Krankenversicherung suchen wir zum nächstmöglichen
Zeitpunkt eine/n

  Medizinische/n Fachangestellte/n oder Gesundheits- und
  Krankenpfleger/in (m/w/d) für die Leistungsprüfung – Vollzeit oder
  Teilzeit (mind. 30 Std.)

Ihre Aufgaben
- Prüfung von Arzt-, Zahnarzt- und Krankenhausrechnungen nach GOÄ/GOZ/KHEntgG
- medizinische Vorprüfung von Heil- und Kostenplänen und Hilfsmittelanträgen
- Rücksprache mit Praxen, Kliniken und unserem Gesellschaftsarzt

Ihr Profil
- abgeschlossene Ausbildung als MFA, ZFA oder Pflegefachkraft
- Kenntnisse der Gebührenordnungen und der ICD-10-GM
- Freude an Kundenkontakt und sorgfältiges Arbeiten

Wir bieten mobiles Arbeiten bis 60 %, eine Einarbeitung im Tandem und die
Teilnahme am Gesundheitsprogramm "Auerhahn aktiv".

Interne Bewerbungen bitte bis 06.03.2026 an bewerbung@auerhahn.example,
Kennziffer 2026-017. Fragen beantwortet Ihnen gern Frau Wohlfahrt.

{SIG['mertins']}
""")
    return m


@mail("CONFIDENTIAL", "de", "insurer-to-company",
      "company legal-expenses: dismissal dispute with a named employee, his salary and severance figures; no health data")
def _():
    m = new(A("treibel"), "Ulrich Brennecke <u.brennecke@brennecke-stanz.example>",
            "Firmen-Rechtsschutz – Kündigungsschutzklage Herr Pietsch (RS-26-01140)", "2026-02-20 13:31")
    body(m, f"""Sehr geehrter Herr Brennecke,

zur Kündigungsschutzklage Ihres ehemaligen Mitarbeiters, Herrn Andreas
Pietsch, vor dem Arbeitsgericht Gießen (Az. 4 Ca 118/26) erteilen wir
Deckungszusage aus Ihrer Firmen-Rechtsschutzversicherung RS-F 08-500 122
(Arbeits-Rechtsschutz für den Arbeitgeber).

Zu Ihrer Frage nach dem Kostenrisiko: Bei einem Bruttomonatsgehalt von
Herrn Pietsch von 4.350 EUR ergibt sich ein Streitwert von drei
Monatsgehältern, also 13.050 EUR. In der ersten Instanz trägt im
Arbeitsrecht jede Seite ihre Anwaltskosten selbst; für Ihre Seite rechnen
wir mit rund 2.600 EUR, die wir abzüglich Ihrer Selbstbeteiligung von
500 EUR übernehmen.

Der im Gütetermin diskutierte Vergleich (Abfindung 0,5 Monatsgehälter pro
Beschäftigungsjahr, bei neun Jahren also 19.575 EUR) ist von der
Rechtsschutzversicherung nicht umfasst – die Abfindung selbst zahlen Sie.

Ihre Anwälte, Rothkegel & Aydın, können direkt mit uns abrechnen.

{SIG['treibel']}
""")
    return m


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-company",
      "D&O: public prosecutor's investigation against a named former CFO (criminal data); defence-cost advance under Side A/B")
def _():
    m = new(A("hahnemann"), "Dr. Birgit Oelschläger <b.oelschlaeger@wendelin-mb.example>",
            "D&O FL-2023-00417 – investigation against Mr Kessler – defence costs", "2026-02-23 17:45",
            cc="Harcourt Beale Financial Lines <finlines@harcourtbeale.example>")
    body(m, f"""Dear Dr Oelschläger,

thank you for the copy of the search order and the letter of the Frankfurt
public prosecutor's office (case 7610 Js 20344/25). As discussed, I
summarise our position under the D&O policy FL-2023-00417 of Wendelin
Maschinenbau AG:

1. The investigation concerns your former CFO, Mr Gregor Kessler, on
   suspicion of breach of trust (Untreue, s. 266 German Criminal Code) and
   false accounting in connection with the 2023 acquisition of the Polish
   subsidiary. Mr Kessler is an insured person under the policy.
2. The policy covers defence costs in criminal proceedings against insured
   persons, subject to the policy's fraud exclusion, which applies only
   after a final judgment or admission. We therefore confirm an advance of
   defence costs to Mr Kessler's criminal defence counsel, initially up to
   EUR 150,000, at hourly rates up to EUR 450.
3. Should the allegations be confirmed by a final judgment, we reserve the
   right to reclaim the advanced costs from Mr Kessler.
4. Any damage claim of the company against Mr Kessler would be a separate
   matter (Side B); please keep us informed of any decision of the
   supervisory board.

Please note that this correspondence contains information on criminal
proceedings concerning an individual. We will send further documents only
through our secure portal.

{SIG['hahnemann_en']}

{FOOT_EN}
""")
    return m


@mail("NORMAL", "de", "insurer-to-company",
      "fleet quotation for a logistics company: vehicle types, counts and premiums in XLSX; company vehicles only, no driver named")
def _():
    date = "2026-02-24 16:12"
    m = new(A("struebing"), "Dennis Kowalczyk <fuhrpark@vogtsberg-logistik.example>",
            "Angebot Flottenverlängerung 2026/27", date,
            cc="Carsten Vogtsberg <c.vogtsberg@vogtsberg-logistik.example>")
    body(m, f"""Hallo Herr Kowalczyk,

wie angekündigt das Angebot zur Verlängerung Ihres Flottenvertrags zum
01.04.2026. Die Details stehen in der Tabelle; die wichtigsten Punkte:

- Schadenquote der letzten drei Jahre 61 % (Vorjahr 74 %) – danke für die
  Einführung der Rangierkameras, das sieht man deutlich.
- Stückprämie Sattelzugmaschinen -4 %, Transporter unverändert.
- Neu: die sechs E-Transporter für die Stadtlogistik; für die Akkus
  empfehlen wir die Allgefahrendeckung (Zuschlag 38 EUR/Jahr je Fahrzeug).
- Selbstbehalt Vollkasko bleibt bei 1.000 EUR.

Gesamtbeitrag netto 198.640 EUR (Vorjahr 204.115 EUR).

Wenn Sie einverstanden sind, reicht eine kurze Zusage per Mail.

{SIG['struebing']}
""")
    rows = [["Vogtsberg Logistik GmbH & Co. KG – Flottenangebot 01.04.2026–31.03.2027"],
            [],
            ["Fahrzeuggruppe", "Anzahl", "Deckung", "SB VK", "Stückprämie netto", "Summe netto"],
            ["Sattelzugmaschine", 42, "KH + VK", 1000, 2980.00, 125160.00],
            ["Auflieger/Trailer", 57, "KH + TK", 500, 310.00, 17670.00],
            ["Transporter bis 3,5 t (Diesel)", 31, "KH + VK", 1000, 1240.00, 38440.00],
            ["E-Transporter bis 3,5 t", 6, "KH + VK + Akku", 1000, 1418.00, 8508.00],
            ["Pkw Pool / Vertrieb", 11, "KH + VK", 500, 806.00, 8866.00],
            [],
            ["Gesamt", 147, "", "", "", 198644.00],
            ["Rundung/Kollektivnachlass", "", "", "", "", -4.00],
            ["Gesamtbeitrag netto", "", "", "", "", 198640.00]]
    att(m, "Flottenangebot_Vogtsberg_2026.xlsx",
        xlsx([("Angebot", rows)], "Malte Strübing", "Flottenangebot Vogtsberg", date))
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "long-term care: care grade 3 decision for the addressee's mother with assessment findings (dementia, mobility), care allowance")
def _():
    m = new(A("demirci"), "Carola Hinkelmann <carola.hinkelmann@t-mail.example>",
            "Pflegetagegeld für Ihre Mutter, Frau Hedwig Hinkelmann – Pflegegrad 3", "2026-02-25 11:08")
    body(m, f"""Sehr geehrte Frau Hinkelmann,

vielen Dank für Ihren Anruf und die Vollmacht Ihrer Mutter, die uns seit
dem 12.02. vorliegt.

Das Gutachten des medizinischen Dienstes vom 18.02.2026 hat bei Ihrer
Mutter, Frau Hedwig Hinkelmann (Pflegetagegeldversicherung PT 22-071 348),
Pflegegrad 3 festgestellt (47,5 Gesamtpunkte). Als wesentliche Gründe werden
die fortschreitende Alzheimer-Demenz mit nächtlicher Unruhe sowie die
deutlich eingeschränkte Mobilität nach dem Oberschenkelhalsbruch im
Herbst genannt.

Aus dem Tarif PT-Flex zahlen wir ab dem 01.02.2026 für Pflegegrad 3
ein Pflegetagegeld von 40 EUR täglich, also für Februar 1.120 EUR. Die
Zahlung erfolgt monatlich im Voraus auf das Konto Ihrer Mutter; die
Beitragszahlung entfällt ab Pflegegrad 3.

Sollte sich der Zustand Ihrer Mutter verändern, z. B. bei einem Umzug in
ein Pflegeheim, informieren Sie uns bitte.

{SIG['demirci']}

{FOOT_KV}
""")
    return m


@mail("NORMAL", "en", "insurer-to-broker",
      "trap: group accident quotation for a multinational based on headcount per country and risk class (XLSX); no employee identifiable")
def _():
    date = "2026-02-26 10:20"
    m = new(A("raman"), "Meridian Benefits Consulting <benefits@meridian-benefits.example>",
            "Tidewater Components – group accident quote Germany/Austria", date)
    body(m, f"""Dear Jakob,

please find attached our quotation for the group accident programme of
Tidewater Components for the German and Austrian entities, based on the
census you sent on 20 February (headcount by entity and risk class only –
we do not need names for the quote).

Highlights
- 24-hour cover, worldwide
- sum insured death EUR 50,000, invalidity EUR 150,000 with 225 % progression
- hospital daily benefit EUR 30 for risk class B (production)
- no medical underwriting for groups above 20 insured persons
- annual premium EUR 48,912, adjusted yearly on the declared headcount

The quote is valid until 31 May 2026. I'll be in Cologne on 12 March if you
want to go through it together.

{SIG['raman']}
""")
    rows = [["Tidewater Components – Group accident quotation GU-Q-2026-0088"],
            ["Entity", "Country", "Risk class A (office)", "Risk class B (production)", "Premium A p.p.", "Premium B p.p.", "Annual premium"],
            ["Tidewater Components GmbH, Herborn", "DE", 64, 212, 96.00, 168.00, 41760.00],
            ["Tidewater Vertrieb GmbH, Frankfurt", "DE", 19, 0, 96.00, 168.00, 1824.00],
            ["Tidewater Components Austria GmbH, Linz", "AT", 12, 26, 102.00, 158.70, 5350.20],
            [],
            ["Total", "", 95, 238, "", "", 48934.20],
            ["Rounding / group discount", "", "", "", "", "", -22.20],
            ["Annual premium (excl. insurance tax)", "", "", "", "", "", 48912.00]]
    att(m, "GU-Q-2026-0088_Tidewater.xlsx",
        xlsx([("Quote", rows), ("Benefits", [["Benefit", "Sum insured"], ["Death", 50000],
                                             ["Invalidity (progression 225 %)", 150000],
                                             ["Hospital daily benefit (class B)", 30],
                                             ["Cosmetic surgery", 10000], ["Rescue costs", 25000]])],
             "Priya Raman", "Group accident quotation Tidewater", date))
    return m


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "buildings insurance storm claim of a named homeowner: address, policy and claim numbers, roofer invoice; no health data")
def _():
    m = new(A("wippermann"), "Horst und Edeltraud Pfannmüller <pfannmueller.hue@t-mail.example>",
            "Sturmschaden vom 15.02. – Ihr Wohngebäude Am Kirchberg 6", "2026-02-27 14:47")
    body(m, f"""Sehr geehrte Frau Pfannmüller, sehr geehrter Herr Pfannmüller,

danke für die Fotos und die Rechnung der Dachdeckerei Lotz. Ihren
Sturmschaden vom 15.02.2026 (Schaden-Nr. WG-26-02214, Wohngebäude-
versicherung WG 15-330 671, Am Kirchberg 6, 35625 Hüttenberg) regulieren
wir wie folgt:

Notabdeckung Dach am 15.02.                 486,00 EUR
Erneuerung 22 Dachziegel, 3 m Firstziegel  1.912,40 EUR
Reparatur Dachrinne Nordseite                218,00 EUR
                                          ------------
                                           2.616,40 EUR

Ein Abzug erfolgt nicht, der Betrag wird in den nächsten Tagen auf Ihr
bei uns hinterlegtes Konto überwiesen. Die umgestürzte Fichte im Garten
ist leider nicht versichert (Bäume sind nur bei Schäden am Gebäude
mitversichert) – die Entsorgung müssen Sie selbst übernehmen.

{SIG['wippermann']}
""")
    return m


@mail("NORMAL", "en", "insurer-to-partner",
      "trap: reinsurer gets disability incidence by diagnosis group, age band and year (XLSX); aggregated, small cells merged")
def _():
    date = "2026-03-02 09:05"
    m = new(A("laurent"), "Lars Ødegaard <lars.odegaard@skagerrak-re.example>",
            "BU experience study 2021-2025 – incidence by cause (aggregated)", date,
            cc=A("hofstaetter"))
    body(m, f"""Dear Lars,

as agreed for the treaty review, attached the aggregated disability
incidence of our BU portfolio 2021-2025, split by main diagnosis group, age
band and calendar year. Cells with fewer than 10 claims are merged into
"other", so no individual claim can be traced.

Main observations (Mareike will comment in detail on our call):
- mental and behavioural disorders (ICD chapter F) remain the largest
  cause, 36 % of new claims in 2025 (2021: 31 %);
- musculoskeletal (chapter M) slightly decreasing, 21 %;
- neoplasms stable around 15 %;
- overall incidence 2025 at 2.61 per mille, 94 % of the expected basis.

Exposure is in policy years; amounts are not included in this file.

{SIG['laurent']}
""")
    rows = [["Cause (ICD-10 chapter)", "Age band", "2021", "2022", "2023", "2024", "2025"],
            ["F Mental/behavioural", "< 40", 58, 61, 70, 73, 79],
            ["F Mental/behavioural", "40-54", 91, 95, 101, 108, 112],
            ["F Mental/behavioural", "55+", 37, 40, 39, 44, 46],
            ["M Musculoskeletal", "< 40", 19, 17, 18, 16, 15],
            ["M Musculoskeletal", "40-54", 63, 60, 58, 57, 55],
            ["M Musculoskeletal", "55+", 49, 51, 48, 47, 44],
            ["C/D Neoplasms", "all ages", 72, 75, 77, 76, 79],
            ["I Circulatory", "all ages", 31, 30, 33, 29, 31],
            ["G Nervous system", "all ages", 24, 26, 25, 27, 28],
            ["Other (merged cells)", "all ages", 44, 41, 46, 49, 50],
            [],
            ["Exposure (policy years)", "", 176400, 181950, 188020, 193110, 198240]]
    att(m, "BU_incidence_2021-2025_aggregated.xlsx",
        xlsx([("Incidence", rows)], "Mareike Hofstätter", "BU experience study", date))
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
      "body harmless; PDF settles group accident invalidity benefit for a named employee with injury, degree of invalidity and medical report")
def _():
    date = "2026-03-03 10:40"
    m = new(A("karakaya"), "Sabine Orthwein <s.orthwein@nordlicht-pflege.example>",
            "Abrechnung GU-25-00811 – Auszahlung über Versicherungsnehmer", date)
    body(m, f"""Sehr geehrte Frau Orthwein,

anbei unsere Abrechnung zum Schaden GU-25-00811. Da in Ihrem Vertrag die
Auszahlung über den Versicherungsnehmer vereinbart ist, überweisen wir den
Betrag an Sie mit der Bitte um Weiterleitung. Die Zustimmung der
versicherten Person liegt uns vor.

{SIG['karakaya']}
""")
    att(m, "Abrechnung_GU-25-00811.pdf",
        pdf([("h", "Gruppenunfallversicherung FK-2021-00088 – Leistungsabrechnung"),
             "Versicherungsnehmer: Nordlicht Ambulante Pflege GmbH, Marburger Straße 90, 35390 Gießen",
             "Versicherte Person: Frau Monika Lauterbach, geb. 07.05.1970, Pflegefachkraft",
             "Unfalltag: 14.01.2025 – Sturz auf vereister Treppe bei einem Patientenbesuch",
             "",
             ("h", "Medizinische Feststellungen"),
             "Laut Gutachten Dr. med. I. Seibold vom 10.02.2026: Zustand nach operativ versorgter "
             "Sprunggelenksfraktur rechts (Weber C, S82.6), verbliebene Bewegungseinschränkung im oberen "
             "Sprunggelenk, belastungsabhängige Schmerzen, Gehstrecke ca. 2 km.",
             "Invaliditätsgrad: 3/10 Fußwert (Fuß 40 %) = 12 %.",
             "Mitwirkung von Krankheiten oder Gebrechen: keine.",
             "",
             ("h", "Leistung"),
             "Invaliditätsgrundsumme 120.000 EUR x 12 % = 14.400,00 EUR",
             "Krankenhaustagegeld 6 Tage x 40 EUR = 240,00 EUR (bereits gezahlt am 20.02.2025)",
             "Auszahlungsbetrag: 14.400,00 EUR",
             "",
             "Die Erstfeststellung kann innerhalb von drei Jahren nach dem Unfall von beiden Seiten "
             "neu bemessen werden."],
            "Ayşe Karakaya", "Leistungsabrechnung GU-25-00811", date))
    return m


@mail("CONFIDENTIAL", "en", "insurer-to-company",
      "relocation-goods transport insurance for a named expatriate employee: home addresses, moving dates, declared value of his household goods")
def _():
    m = new(A("raman"), "Fiona Ashcombe <fiona.ashcombe@tidewater-components.example>",
            "Household goods cover for Mr Okonjo's move Bristol - Herborn", "2026-03-04 14:26")
    body(m, f"""Dear Fiona,

cover for the relocation of your engineer, Mr Chidi Okonjo, is in place
under your open transport policy TR-2020-00144:

Route:        12 Clifton Vale Close, Bristol BS8 (UK) -> Am Hasenberg 9,
              35745 Herborn
Carrier:      Hartley & Sons Removals Ltd (sea/road, door to door)
Loading:      23 March 2026, delivery expected 27 March 2026
Insured value: GBP 46,500 as per the valued inventory signed by
              Mr Okonjo (incl. piano GBP 6,000, declared separately)
Deductible:   GBP 250; glass and china only if packed by the carrier

Please make sure Mr Okonjo notes any visible damage on the delivery
receipt and informs us within 7 days; he can contact me directly.

{SIG['raman']}
""")
    return m


@mail("NORMAL", "en", "insurer-to-customer",
      "portal registration mail with activation link only; no contract, no personal data beyond the address")
def _():
    m = new(f"Auerhahn SecureMail <no-reply@{D}>", "d.whitcombe@mailhub.example",
            "Activate your Auerhahn secure mailbox", "2026-03-05 08:02",
            extra={"Auto-Submitted": "auto-generated"})
    body(m, """Hello,

a secure mailbox has been set up for this e-mail address. Messages from
Auerhahn that need protection are delivered there instead of by normal
e-mail.

To activate the mailbox, open the link below within 14 days and choose a
password. You will need the one-time password we sent you by post.

  https://sichere-post.auerhahn.example/activate?t=7QK3-MW9D-2XPA

You will be asked to set a security question for password resets.

If you did not expect this message, you can ignore it; the link expires
automatically.

This message was generated automatically. Please do not reply.
Auerhahn Versicherungsgruppe, Am Auerhahnhof 3, 35578 Wetzlar, Germany
""", cte="7bit")
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "life insurance: confirmation of beneficiary change for the named policyholder (life line, beneficiaries named with birth dates)")
def _():
    m = new(A("quast"), "Annegret Wiesenthal <a.wiesenthal@posteo-mail.example>",
            "Ihre Änderung des Bezugsrechts – Lebensversicherung LV-4471 0822", "2026-03-06 09:51")
    body(m, f"""Sehr geehrte Frau Wiesenthal,

Ihre Änderung des Bezugsrechts vom 27.02.2026 haben wir erhalten und zum
02.03.2026 wirksam gespeichert.

Kapitallebensversicherung LV-4471 0822, versicherte Person: Annegret
Wiesenthal, Ablauf 01.12.2034

Bezugsberechtigt im Todesfall (widerruflich):
  zu 50 %  Jonas Wiesenthal, geb. 14.06.1996
  zu 50 %  Clara Wiesenthal, geb. 02.10.1999
bisher:    Ehemann Dieter Wiesenthal (verstorben 2025)

Bezugsberechtigt im Erlebensfall: Sie selbst (unverändert).

Sie können das Bezugsrecht jederzeit wieder ändern. Bitte bewahren Sie
diese Bestätigung bei Ihren Unterlagen auf; den Nachtrag zum
Versicherungsschein schicken wir Ihnen zusätzlich per Post.

{SIG['quast']}

{FOOT_LV}
""")
    return m


@mail("NORMAL", "de", "internal",
      "out-of-office auto-reply of a claims handler with deputies; no case or person data")
def _():
    m = new(A("eckerlein"), f"{A('vollrath')}",
            "Abwesenheitsnotiz: AW: Besichtigung Werk Solms – Protokoll", "2026-03-09 07:58",
            extra={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"})
    body(m, f"""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 20.03.2026 nicht im Büro und lese meine Mails
nicht. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Schadenfällen wenden Sie sich bitte an
- Großschäden Industrie: Frau Dr. Henrike Vollrath, Tel. 06441 7700-4120
- Gewerbe-Schäden allgemein: schaden-gewerbe@auerhahn.example,
  Tel. 06441 7700-4300

Ab 23.03. bin ich wieder für Sie da.

Jonas Eckerlein
Schadenmanagement Gewerbe & Industrie
""", cte="quoted-printable")
    return m


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "private liability claim of a named customer (friend's laptop knocked off a table), policy number, third party named; nobody hurt")
def _():
    m = new(A("yildiz"), "Hannah Greenwood <hannah.greenwood@inbox.example>",
            "Your liability claim PH-26-00903 – damaged laptop", "2026-03-10 16:34")
    body(m, f"""Dear Ms Greenwood,

thank you for reporting the incident at your flat on 28 February, when you
accidentally knocked your friend Ms Léa Moreau's laptop off the table.

Your personal liability policy PH 19-662 104 covers the damage. We have
received the repair quote (display and hinge, EUR 412.00) and will pay
Ms Moreau directly once she sends us her bank details. I have written to
her at the address you gave us (Frankfurter Str. 120, Gießen).

As the laptop is three years old, we may apply a small deduction for age if
a repair turns out to be uneconomic; for the repair itself there is no
deduction.

Nobody needs to do anything else at the moment.

{SIG['yildiz_en']}
""")
    return m


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "occupational disability claim accepted for the addressee: recurrent depressive disorder F33.1, psychiatric report, monthly benefit")
def _():
    m = new(A("quast"), "Daniel Whitcombe <d.whitcombe@mailhub.example>",
            "Decision on your disability claim – policy LV-6120 4487", "2026-03-11 10:12")
    body(m, f"""Dear Mr Whitcombe,

we have completed the assessment of your claim for occupational disability
benefits and I am glad to tell you that we accept the claim.

Basis of our decision
- Report of Dr. med. Konstantin Alberts, psychiatrist, of 24 February 2026:
  recurrent depressive disorder, current episode moderate (ICD-10 F33.1),
  with marked impairment of concentration and resilience;
- reports of your treating psychotherapist and of the day clinic
  (October to December 2025);
- your last occupation as a project manager in software implementation
  with frequent travel and responsibility for budgets.

Dr Alberts considers you unable to work more than 50 % in this occupation
for at least six months. Under your policy this constitutes occupational
disability from 1 October 2025.

Benefits
- monthly disability annuity EUR 2,150, backdated to 1 October 2025
  (arrears for six months: EUR 12,900)
- waiver of premium from the same date; premiums paid since then will be
  refunded (EUR 631.44)

We will review the situation in about 12 months and will write to you in
good time beforehand. In the meantime, please let us know if you take up
work again.

I wish you all the best for your recovery.

{SIG['quast_en']}

{FOOT_LV}
""")
    return m


@mail("NORMAL", "de", "insurer-to-company",
      "trap: water damage in a day-clinic building (operating theatre ceiling, sterilisation room); building and equipment of a company only, no patient")
def _():
    m = new(A("eckerlein"), "Verwaltung Praxisklinik am Eisenmarkt <verwaltung@praxisklinik-eisenmarkt.example>",
            "Leitungswasserschaden OP-Trakt – Termin Trocknungsfirma und Gutachter", "2026-03-12 08:47")
    body(m, f"""Sehr geehrter Herr Matuschek,

danke für Ihren Anruf gestern Abend. Zusammenfassung und nächste Schritte
zum Leitungswasserschaden in Ihrer Praxisklinik (Gebäude- und
Inhaltsversicherung FK-2018-00377, Schaden-Nr. PR-26-00451):

Ursache: geplatzte Warmwasserleitung im Technikschacht zwischen 1. OG
(OP 2) und EG (Sterilgutaufbereitung). Das Wasser ist durch die
Zwischendecke in den Aufbereitungsraum gelaufen.

Betroffen nach Ihrer Schilderung:
- abgehängte Decke und Beleuchtung OP 2, Bodenbelag im Flur
- Reinigungs- und Desinfektionsgerät sowie ein Dampfsterilisator
  (Wasser im Gehäuse; Hersteller-Service kommt Freitag)
- Lager Einmalmaterial (Abdecktücher, Kittel), ca. 40 Kartons

Der Trocknungsbetrieb Aquatec ist für heute 14 Uhr beauftragt, unser
Gutachter Herr Vennemann kommt morgen um 10 Uhr. Bitte heben Sie
beschädigtes Material bis zur Besichtigung auf und fotografieren Sie alles.

Zum Ertragsausfall: Dass Sie die Eingriffe dieser Woche in OP 1 verlegen
und die Sterilgutaufbereitung extern vergeben, ist sinnvoll; die
Mehrkosten sind über die Betriebsunterbrechung mitversichert. Bitte
sammeln Sie die Rechnungen des externen Dienstleisters gesondert.

{SIG['eckerlein']}

{FOOT_AG}
""")
    return m


@mail("CONFIDENTIAL", "mixed", "insurer-to-customer",
      "English mail quoting the German motor letter: eVB number, new plate, VIN and policy number of a named customer; no health data")
def _():
    m = new(A("yildiz"), "Aoife Brennan <aoife.brennan@lahn-mail.example>",
            "Re: letter about my car insurance – what does it mean?", "2026-03-13 13:22",
            irt="<2c0e11@lahn-mail.example>")
    body(m, f"""Dear Ms Brennan,

of course – here is what our letter says, in short:

- Your registration confirmation code ("eVB-Nummer") is A7K92QF. You give
  this code to the registration office (Zulassungsstelle) when you register
  the car; it proves that the car is insured.
- The registration office has now registered your Škoda Fabia with the
  plate WZ-AB 612, and we have received the notice. Your policy number is
  KF 77 532 018 6.
- The premium for the first year is EUR 688.20, collected from your account
  on 1 April.

You don't need to do anything else. Your original message and our letter are
below for reference.

{SIG['yildiz_en']}

> Hi, I got this letter and my German is not good enough. Is there anything
> I have to do? Thanks, Aoife Brennan
>
> ---- quoted letter of 06.03.2026 ----
> Sehr geehrte Frau Brennan,
> die Zulassungsstelle des Lahn-Dill-Kreises hat uns die Zulassung Ihres
> Fahrzeugs Škoda Fabia, FIN TMBEJ6NJ4RZ012377, amtliches Kennzeichen
> WZ-AB 612, mitgeteilt. Ihre Versicherungsbestätigung (eVB) A7K92QF ist
> damit verbraucht. Ihr Vertrag KF 77 532 018 6 beginnt am 04.03.2026.
> Der Jahresbeitrag beträgt 688,20 EUR und wird am 01.04. abgebucht.
""")
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
      "fidelity insurance: named warehouse employee, criminal complaint for theft (criminal data), amounts embezzled")
def _():
    m = new(A("hahnemann"), "Kerstin Hainbuch <k.hainbuch@hainbuch-elektro.example>",
            "Vertrauensschadenversicherung VS-2022-00061 – Fall Lager Ehringshausen", "2026-03-16 15:30")
    body(m, f"""Sehr geehrte Frau Hainbuch,

vielen Dank für die Unterlagen zum Schadenfall in Ihrem Lager in
Ehringshausen (Schaden-Nr. VS-26-00012).

Nach Ihrem Bericht und dem Zwischenbericht der internen Revision hat Ihr
Lagerleiter, Herr Marco Gerlach, zwischen April 2024 und Januar 2026
wiederholt Kupferkabel und Installationsmaterial über fingierte
Retourenbuchungen ausgebucht und an einen Abnehmer verkauft. Der
dokumentierte Warenwert beträgt derzeit 86.430 EUR. Sie haben am
09.03.2026 Strafanzeige bei der Staatsanwaltschaft Limburg erstattet
(Az. 3 Js 4021/26) und Herrn Gerlach fristlos gekündigt.

Zur Versicherung:
1. Der Schaden fällt grundsätzlich unter die Vertrauensschaden-
   versicherung (vorsätzliche unerlaubte Handlung einer Vertrauensperson).
2. Bitte übersenden Sie uns die Ermittlungsakte, sobald Ihr Anwalt
   Akteneinsicht erhalten hat, sowie die Inventurdifferenzen 2024/2025.
3. Ihre Schadenersatzansprüche gegen Herrn Gerlach gehen in Höhe unserer
   Zahlung auf uns über; bitte treffen Sie keine Vereinbarung mit ihm
   ohne Rücksprache.

Wir melden uns nach Durchsicht der Unterlagen mit einer Deckungs-
entscheidung.

{SIG['hahnemann']}
""")
    return m


@mail("NORMAL", "de", "insurer-to-company",
      "D&O renewal: request for annual report and blank proposal questionnaire (DOCX); company data only")
def _():
    date = "2026-03-17 11:05"
    m = new(A("hahnemann"), "Dr. Nadine Reusch <nadine.reusch@talsperre-software.example>",
            "Verlängerung D&O zum 01.05.2026 – Unterlagen", date)
    body(m, f"""Sehr geehrte Frau Dr. Reusch,

Ihre D&O-Versicherung läuft zum 01.05.2026 ab. Für das Verlängerungsangebot
benötigen wir:

1. den Jahresabschluss 2025 (sobald testiert, vorab gern die vorläufigen
   Zahlen),
2. den ausgefüllten Fragebogen (anbei, bitte nur die geänderten Punkte
   ausfüllen),
3. Informationen zur geplanten Finanzierungsrunde, die Sie im Herbst
   erwähnt hatten (Höhe, Investoren, Sitz im Beirat?).

Bei unveränderter Risikolage gehen wir von einer Prolongation zu den
bisherigen Bedingungen aus (Versicherungssumme 5 Mio. EUR).

{SIG['hahnemann']}
""")
    att(m, "Fragebogen_DO_Verlaengerung_2026.docx",
        docx([("h", "Fragebogen zur Verlängerung der D&O-Versicherung"),
              "Versicherungsnehmer: Talsperre Software GmbH · Vertrag FL-2024-00231",
              ("b", "1. Unternehmensdaten"),
              ("table", [["Frage", "Antwort"],
                         ["Umsatz Geschäftsjahr 2025 (EUR)", ""],
                         ["Bilanzsumme 2025 (EUR)", ""],
                         ["Eigenkapitalquote (%)", ""],
                         ["Anzahl Mitarbeitende", ""],
                         ["Neue Tochtergesellschaften / Beteiligungen > 50 %", ""]]),
              ("b", "2. Finanzierung und Gesellschafter"),
              "Sind Finanzierungsrunden, Börsengänge oder Anteilsverkäufe geplant? Wenn ja, bitte beschreiben.",
              ("b", "3. Schäden und Umstände"),
              "Sind Ihnen Umstände bekannt, die zu einer Inanspruchnahme von Organmitgliedern führen könnten?",
              ("b", "4. Erklärung"),
              "Die Angaben sind nach bestem Wissen vollständig und richtig.",
              "Ort, Datum, Unterschrift der Geschäftsführung: ______________________"],
             "Tobias Hahnemann", "Fragebogen D&O", date))
    return m


@mail("CONFIDENTIAL", "de", "broker",
      "broker's mail forwarded internally: named customer's new IBAN and address for motor and household contracts")
def _():
    iban = IB("DE", "515500350014402873")
    m = new(A("goebel"), f"Bestandsverwaltung Privat <bestand-privat@{D}>",
            "WG: Bankverbindung + Adressänderung Kunde Ferhat Aslan", "2026-03-18 09:14")
    body(m, f"""Hallo zusammen,

bitte für beide Verträge umstellen, Mandat liegt im Maklerportal.

Danke & Gruß
Rainer

---------- Weitergeleitete Nachricht ----------
Von: Svenja Lindqvist <s.lindqvist@lindqvist-partner.example>
Datum: 17.03.2026, 18:02
Betreff: Bankverbindung + Adressänderung Kunde Ferhat Aslan
An: Göbel, Rainer

Hallo Rainer,

unser gemeinsamer Kunde Ferhat Aslan ist umgezogen und hat die Bank
gewechselt. Bitte für seine Kfz-Versicherung KF 77 298 440 1 und die
Hausrat HR 40-209 115 ändern:

neue Anschrift: Schanzenfeldstraße 12, 35578 Wetzlar (ab 01.03.2026)
neues Konto:    {iban}, Sparkasse Wetzlar
Kontoinhaber:   Ferhat Aslan

Die Wohnfläche ist jetzt 78 statt 64 qm – bitte Hausrat-Versicherungssumme
auf 58.500 EUR anpassen (Unterversicherungsverzicht).

Viele Grüße
Svenja Lindqvist
Lindqvist & Partner Versicherungsmakler GmbH
""")
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "daily sickness allowance for the addressee: sick notes with diagnosis (lumbar disc herniation M51.1), payments and a medical review")
def _():
    m = new(A("wohlfahrt"), "Michael Rudolph <m.rudolph@freenet-mail.example>",
            "Krankentagegeld – Ihre Arbeitsunfähigkeit seit 19.01.2026", "2026-03-19 11:30")
    body(m, f"""Sehr geehrter Herr Rudolph,

vielen Dank für die Folgebescheinigungen Ihres Orthopäden. Wir zahlen
Ihnen aus Ihrer Krankentagegeldversicherung (KT 31-449 020, Tagessatz
120 EUR, Karenz 42 Tage) ab dem 02.03.2026:

  02.03.–15.03.2026   14 Tage x 120 EUR = 1.680,00 EUR
  16.03.–29.03.2026   14 Tage x 120 EUR = 1.680,00 EUR (Bescheinigung bis 29.03.)

Auf den Bescheinigungen ist als Diagnose ein Bandscheibenvorfall der
Lendenwirbelsäule mit Nervenwurzelreizung (M51.1) angegeben, die
Behandlung erfolgt konservativ mit Physiotherapie und Schmerzmedikation.

Da die Arbeitsunfähigkeit nun länger als acht Wochen andauert, möchten wir
– wie in den Bedingungen vorgesehen – eine Untersuchung durch einen von
uns beauftragten Arzt durchführen lassen. Wir schlagen Dr. med. Ulrike
Kestner, Gießen, vor; die Praxis meldet sich mit einem Terminvorschlag bei
Ihnen. Die Kosten tragen wir.

{SIG['wohlfahrt']}

{FOOT_KV}
""")
    return m


@mail("NORMAL", "en", "internal",
      "IT change notice: TLS certificate renewal of the mail gateway and portal; technical only")
def _():
    m = new(A("nyberg"), f"IT Change Advisory Board <cab@{D}>",
            "CHG-2026-0312: renewal of TLS certificates mx1/mx2 and sichere-post – Sat 28 March", "2026-03-20 14:00",
            cc=A("amelung"))
    body(m, f"""Hi all,

for approval in Tuesday's CAB:

Change:   CHG-2026-0312 (standard change, low risk)
Window:   Saturday, 28 March 2026, 06:00-07:00
Systems:  mx1.auerhahn.example, mx2.auerhahn.example (SMTP, STARTTLS)
          sichere-post.auerhahn.example (portal, HTTPS)

What happens
- new certificates from our CA provider, RSA 3072 / ECDSA P-256 dual,
  valid until April 2027; old certificates expire 12 April 2026
- MTA-STS policy id updated, TLSA records (DANE) published 48 h in advance
  with both the old and the new key (3 1 1)
- S/MIME domain certificate for gateway-to-gateway encryption is NOT part
  of this change (runs until November)

Impact
- SMTP: short reconnects, queued mail is retried, no loss expected
- Portal: logged-in users may need to log in again

Rollback: previous certificates stay on disk and can be reactivated within
5 minutes.

{SIG['nyberg']}
""")
    return m


@mail("CONFIDENTIAL", "de", "insurer-to-company",
      "burglary at a bakery run by a sole proprietor (natural person): stolen cash, policy and claim data, her IBAN")
def _():
    iban = IB("DE", "513500250200117648")
    m = new(A("eckerlein"), "Bäckerei Thamm <info@baeckerei-thamm.example>",
            "Einbruch in Ihre Filiale Braunfels – Schaden PR-26-00532", "2026-03-23 12:16")
    body(m, f"""Sehr geehrte Frau Thamm,

vielen Dank für die Unterlagen zum Einbruch in der Nacht zum 17.03. in Ihre
Filiale in Braunfels, Marktplatz 4.

Ihre Inhaltsversicherung (Versicherungsnehmerin: Anneliese Thamm e.K.,
Vertrag GI-14-220 318) deckt:

- Reparatur der Eingangstür und des Schlosses laut Rechnung der
  Schreinerei Heil: 1.364,20 EUR
- entwendetes Bargeld aus der Ladenkasse: 412,50 EUR (Kassenbericht vom
  16.03. liegt vor; Bargeld außerhalb eines Tresors ist bis 500 EUR
  mitversichert)
- beschädigte Kasse (Ersatz eines gleichwertigen Geräts): 789,00 EUR

Gesamt 2.565,70 EUR abzüglich Selbstbeteiligung 250 EUR = 2.315,70 EUR.

Wir überweisen auf Ihr Geschäftskonto {iban}. Das Aktenzeichen der
Polizei (Braunfels, 0412/26) haben wir notiert.

{SIG['eckerlein']}
""")
    return m


@mail("NORMAL", "de", "insurer-to-partner",
      "trap: press release on a new accident tariff with statistics on leisure accidents; no person")
def _():
    m = new(A("pfeil"), "Redaktion Wirtschaft Mittelhessen <wirtschaft@mittelhessen-anzeiger.example>",
            "Pressemitteilung: Auerhahn startet Unfallversicherung „Aktiv 60+“", "2026-03-24 10:00")
    body(m, f"""Sehr geehrte Damen und Herren,

anbei unsere heutige Pressemitteilung mit der Bitte um Berücksichtigung.

-----
PRESSEMITTEILUNG

Wetzlar, 24. März 2026 – Die Auerhahn Versicherung AG bringt zum 1. April
eine Unfallversicherung speziell für Menschen ab 60 auf den Markt. Der
Tarif "Aktiv 60+" kombiniert eine Invaliditätsleistung mit Hilfe im
Alltag nach einem Unfall: Einkaufs- und Fahrdienst, Haushaltshilfe und
Hausnotruf für bis zu sechs Monate.

"Drei von vier Unfällen älterer Menschen passieren im Haushalt oder in der
Freizeit, und dort greift die gesetzliche Unfallversicherung nicht", sagt
Matthias Liebscher, Vorstand der Auerhahn Versicherung AG. "Nach einem
Oberschenkelhalsbruch ist oft nicht die Geldleistung das Problem, sondern
die Frage, wer in den ersten Wochen einkauft."

Laut Unfallstatistik verletzen sich in Deutschland jährlich rund 2,2
Millionen Menschen über 60 bei Heim- und Freizeitunfällen; Stürze sind
mit Abstand die häufigste Ursache.

Der Tarif ist ohne Gesundheitsfragen bis zum Alter von 80 Jahren
abschließbar; der Beitrag beginnt bei 9,80 EUR im Monat.

Pressekontakt: Annika Pfeil, presse@auerhahn.example, 06441 7700-1020
-----

{SIG['pfeil']}
""")
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "medical officer's underwriting opinion on a named applicant with diabetes, HbA1c values and retinopathy; decision on loading")
def _():
    m = new(A("anstaett"), f"Antragsprüfung Leben <antrag-leben@{D}>",
            "AW: Votum Antrag A-LV-26-03318 (Frau Tamara Vogel)", "2026-03-25 16:02",
            irt="<A-LV-26-03318.voting@mail.auerhahn.example>")
    body(m, f"""Votum zu A-LV-26-03318, Risikolebensversicherung 300.000 EUR, 25 Jahre,
Antragstellerin Frau Tamara Vogel, geb. 19.08.1984:

Befunde (Arztbericht Dr. Lenz vom 03.03., Laborwerte vom 20.02.):
- Diabetes mellitus Typ 1 seit dem 14. Lebensjahr (E10.30), Insulinpumpe
- HbA1c 7,4 % (Vorjahr 7,8 %), keine schweren Hypoglykämien in den
  letzten 24 Monaten
- beginnende nicht-proliferative diabetische Retinopathie beidseits,
  lasertherapiebedürftig bisher nicht
- Nierenfunktion normal, keine Mikroalbuminurie
- RR 128/80, BMI 23

Votum: annehmbar mit Risikozuschlag +75 % auf den Todesfallbeitrag.
Bei HbA1c dauerhaft < 7,0 % und stabilem Augenbefund kann nach drei Jahren
auf Antrag eine Reduzierung geprüft werden. Eine BU-Zusatzversicherung
würde ich nur mit Ausschluss für Augenerkrankungen zeichnen.

{SIG['anstaett']}

-----Ursprüngliche Nachricht-----
Von: Antragsprüfung Leben
Gesendet: Montag, 23. März 2026 11:40
An: Anstätt, Ruprecht
Betreff: Votum Antrag A-LV-26-03318 (Frau Tamara Vogel)

Hallo Herr Dr. Anstätt, bitte um Votum, Unterlagen in der eAkte. Danke!
""")
    return m


@mail("NORMAL", "en", "insurer-to-company",
      "cyber claim debrief with a printing company after ransomware; forensic findings and costs; company systems only, no personal data affected")
def _():
    m = new(A("hahnemann"), "Moritz Lahnstein <it@lahnmuehle-druck.example>",
            "Cyber claim CY-26-00047 – debrief and open items", "2026-03-26 17:10",
            cc="Pegnitz IT Forensics <incident@pegnitz-it.example>")
    body(m, f"""Dear Mr Lahnstein,

thank you for the constructive debrief call today with your team and the
forensic experts. Summary of the key points, in English as requested for
your group auditors:

Incident
- Initial access on 2 March via a VPN account of a former service
  provider without multi-factor authentication.
- Encryption of the production file servers and the prepress system on
  5 March; backups offline and intact; no ransom paid.
- Forensic report (final version 24 March): no evidence of data
  exfiltration; the affected servers held print templates and production
  data only. Your HR and payroll systems run at an external provider and
  were not affected. No notification to the data protection authority was
  required.

Costs so far (policy CY-2024-00018)
  forensics and incident response          EUR  38,400
  restore and overtime of your IT staff    EUR  21,750
  business interruption (6 days, est.)     EUR  94,000
  deductible                              -EUR  10,000

Open items
1. Business interruption calculation by your controller (gross profit
   method), due 15 April.
2. Evidence that MFA is now enforced on all remote accesses – this is a
   condition for the renewal.

{SIG['hahnemann_en']}
""")
    return m


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "pet health claim: vet invoice for a named customer's dog (animal health), policy and payment; no human health data")
def _():
    m = new(A("yildiz"), "Charlotte Dunmore <c.dunmore@mailhub.example>",
            "Your claim for Bella – vet invoice of 3 March", "2026-03-27 11:25")
    body(m, f"""Dear Ms Dunmore,

we have reimbursed the invoice of Tierarztpraxis Dr. Roos for your dog
Bella (Labrador, pet health policy TK 05-118 227):

  general anaesthesia and removal of a swallowed sock (gastrotomy)  EUR 1,486.30
  two follow-up visits, antibiotics                                 EUR   142.60
                                                                    ----------
  total                                                             EUR 1,628.90
  less 20 % co-payment                                             -EUR   325.78
  payment                                                           EUR 1,303.12

The payment will reach your account in the next few days. We hope Bella is
doing well again!

{SIG['yildiz_en']}
""")
    return m


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "life insurance death claim: named deceased insured person, cause of death (myocardial infarction), payout to the named widow")
def _():
    m = new(A("quast"), "Margaret Holloway <margaret.holloway@postbox.example>",
            "Life insurance of your late husband – payment of the death benefit", "2026-03-30 09:40")
    body(m, f"""Dear Mrs Holloway,

please accept our sincere condolences on the death of your husband,
Mr Peter Holloway.

We have received the death certificate, the certificate of inheritance and
the medical certificate of cause of death (acute myocardial infarction on
2 March 2026, Universitätsklinikum Gießen). As the policy has been in force
for more than three years, no further medical enquiries are needed.

Term life policy LV-3308 7714
  sum insured on death        EUR 180,000.00
  surplus participation       EUR   4,216.80
  total                       EUR 184,216.80

You are the named beneficiary. The amount will be transferred to the
account you gave us within five working days; we will send you a written
statement for your tax advisor.

If you need anything else, please call me directly.

{SIG['quast_en']}

{FOOT_LV}
""")
    return m


@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: order for locked shredding bins for medical files and a destruction certificate; logistics only")
def _():
    m = new(A("thorwarth"), "Datenvernichtung Mittelhessen <auftrag@dvm-akten.example>",
            "Auftrag: Sicherheitsbehälter Leistungsabteilung KV / Leben, Schutzklasse 3", "2026-03-31 08:55")
    body(m, f"""Guten Tag Herr Kraus,

wie besprochen beauftragen wir Sie ab 01.05.2026:

- 14 verschließbare Sicherheitsbehälter 240 l für die Leistungsabteilungen
  Kranken (2. OG) und Leben/BU (3. OG) am Standort Wetzlar,
- Leerung 14-täglich, Vernichtung nach DIN 66399, Sicherheitsstufe P-4,
  Schutzklasse 3 (besonders schutzbedürftige Daten, u. a. Arztberichte und
  Gutachten),
- Vernichtungsprotokoll je Leerung,
- zusätzlich einmalige Räumung des Altarchivs im UG (ca. 90 Archivkartons
  Leistungsakten der Jahre 2012–2015) im Mai.

Die Auftragsverarbeitungsvereinbarung haben wir gegengezeichnet zurück-
geschickt. Zugang zum Gebäude nur in Begleitung unseres Hausdienstes.

{SIG['thorwarth']}
""")
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
      "commercial liability: named customer slipped in a supermarket, hip fracture and hospital stay; her claim for damages")
def _():
    m = new(A("eckerlein"), "Frischemarkt Ruppel KG <marktleitung@ruppel-frischemarkt.example>",
            "Sturz einer Kundin am 02.03. – Haftpflichtschaden BH-26-00318", "2026-04-01 13:44")
    body(m, f"""Sehr geehrter Herr Ruppel,

zum Sturz der Kundin in Ihrem Markt in Leun haben wir inzwischen das
Anspruchsschreiben ihres Anwalts erhalten.

Geschädigte: Frau Irmgard Stiehl, 81 Jahre, Leun
Hergang laut Anwalt: Ausrutschen auf verschüttetem Joghurt im Kühlregal-
gang gegen 10:30 Uhr
Verletzungen: Oberschenkelhalsfraktur rechts, operative Versorgung mit
Hüftprothese im Klinikum Wetzlar, anschließend drei Wochen geriatrische
Reha; sie ist nach Angaben des Anwalts derzeit auf einen Rollator
angewiesen.
Forderung: Schmerzensgeld 25.000 EUR, Haushaltsführungsschaden, Zuzahlungen

Damit wir die Haftung beurteilen können, brauchen wir von Ihnen bis
15.04.:
1. den Reinigungsplan und die Kontrollliste für den 02.03.,
2. die Namen der Mitarbeitenden, die an dem Tag Dienst hatten,
3. falls vorhanden, die Aufzeichnung der Videoüberwachung (bitte nicht
   löschen).

Bitte geben Sie gegenüber Frau Stiehl oder ihrem Anwalt keine
Erklärungen ab; die Korrespondenz übernehmen wir.

{SIG['eckerlein']}
""")
    return m


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "motor total loss: named customer, VIN, plate, valuation and payout to his IBAN; nobody hurt")
def _():
    iban = IB("DE", "500105175409321188")
    m = new(A("oberdoerfer"), "Nikolai Petrenko <n.petrenko@mailhub.example>",
            "Total loss settlement – your Toyota Auris, claim KS-26-00741", "2026-04-02 15:50")
    body(m, f"""Dear Mr Petrenko,

the assessor's report on your Toyota Auris (plate GI-NP 77, VIN
SB1ZS3JE50E441902) confirms a total loss after the hailstorm of 18 March:

  replacement value (incl. VAT)        EUR 11,400.00
  residual value (best offer)          EUR  2,150.00
  deductible (comprehensive)           EUR    300.00
                                       -------------
  payment                              EUR  8,950.00

The buyer of the wreck, Autoverwertung Hoss GmbH, will collect the car
from the workshop within a week; please leave the registration document
part II and the second key at the workshop.

We will transfer EUR 8,950.00 to {iban}. Nobody was hurt, so the claim
is closed with this payment; your no-claims class is not affected by a
hail claim.

{SIG['oberdoerfer_en']}
""")
    return m


@mail("NORMAL", "de", "internal",
      "trap: statistics on daily sickness allowance claims by industry and duration (CSV); aggregated, no person")
def _():
    date = "2026-04-06 10:30"
    m = new(A("hofstaetter"), f"{A('wohlfahrt')}, {A('karakaya')}",
            "KTG-Leistungsfälle Q1/2026 nach Branche", date)
    body(m, f"""Hallo Gesine, hallo Ayşe,

hier die Auswertung für das Quartalsreporting. Zahlen aus dem DWH-Abzug
vom 03.04., nur abgeschlossene und laufende Leistungsfälle mit Beginn in
Q1. Auffällig: Handwerk Bau mit deutlich längerer Dauer (Rücken,
Unfälle), IT/Büro mit mehr psychischen Diagnosen als im Vorjahr.

Zellen < 5 Fälle habe ich unter "sonstige" zusammengefasst.

Gruß
Mareike

{SIG['hofstaetter']}
""")
    rows = [["Branche", "Leistungsfaelle", "Anteil Diagnosegruppe F (%)", "Anteil M (%)", "Anteil Unfall (%)", "Dauer Median (Tage)", "Leistung gesamt EUR"],
            ["Handwerk Bau", 118, 9, 44, 27, 61, "812.400"],
            ["Handwerk Ausbau", 74, 11, 39, 22, 48, "391.050"],
            ["Gesundheitswesen (Praxen)", 63, 24, 28, 6, 39, "356.700"],
            ["IT / Buero", 57, 41, 19, 4, 52, "448.120"],
            ["Handel / Gastronomie", 49, 18, 31, 12, 37, "187.600"],
            ["Freie Berufe", 41, 29, 22, 7, 44, "301.880"],
            ["sonstige", 22, 20, 30, 15, 40, "98.300"]]
    att(m, "KTG_Q1_2026_Branche.csv", csv_text(rows).encode("cp1252"),
        params={"charset": "windows-1252"})
    return m


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker",
      "group life: death of a named employee of a client, cause of death (suicide), claim documents and beneficiaries")
def _():
    m = new(A("raman"), "James Thackeray <j.thackeray@harcourtbeale.example>",
            "Group life GL-2022-00019 (Tidewater) – death of Mr Armin Roth", "2026-04-07 12:05")
    body(m, f"""Dear James,

thank you for notifying us of the death of Mr Armin Roth (born 3 November
1979, production planner at the Herborn plant), who was insured under the
group life scheme of Tidewater Components GmbH (GL-2022-00019). Please pass
our condolences to the family and to the team in Herborn.

The death certificate states suicide as the cause of death (10 March 2026).
Under the scheme rules there is no suicide exclusion after the member has
been insured for three years; Mr Roth joined the scheme in 2019, so the
benefit is payable in full:

  2 x annual base salary (EUR 61,800)  = EUR 123,600

Beneficiaries according to the nomination form on file: his wife, Mrs Katja
Roth (60 %), and his daughter, Emilia Roth (40 %, minor – payment into a
blocked account in her name or to the guardian with court approval).

No certificate of inheritance is needed. What we still need is the
original nomination form or a certified copy, Mrs Roth's ID and bank
details, and the guardianship documents for Emilia.

Please treat this with care; I'd suggest we send all documents via the
secure portal.

{SIG['raman']}
""")
    return m


@mail("NORMAL", "de", "insurer-to-broker",
      "broker information on new fleet conditions and no-claims tables; product terms only")
def _():
    m = new(A("goebel"), "Svenja Lindqvist <s.lindqvist@lindqvist-partner.example>",
            "Neue Flottenbedingungen ab 01.05. – was sich für Ihre Kunden ändert", "2026-04-08 09:18",
            cc=A("struebing"))
    text = f"""Hallo Svenja,

wie auf dem Maklertag angekündigt, hier die Änderungen in der Kfz-Flotte ab
01.05.2026 im Überblick – für alle Verträge ab 5 Fahrzeugen:

- Flotten-Einstufung statt SF-Klassen ab 15 Fahrzeugen: Beitrag nach
  Schadenquote der letzten 3 Jahre (Tabelle unten).
- Neu mitversichert: Ladekabel und Wallbox am Betriebsgelände bis 5.000 EUR.
- Rabattschutz nur noch für Flotten bis 14 Fahrzeuge.
- Fahrerschutz als Baustein, 24 EUR je Fahrzeug und Jahr.

Schadenquote 3 Jahre    Beitragsfaktor
  bis 40 %                 0,85
  40-60 %                  0,95
  60-80 %                  1,00
  80-100 %                 1,15
  über 100 %               individuell

Die neuen AKB-Flotte und die Tarifübersicht findest du im Maklerportal
unter Downloads > Kfz.

{SIG['goebel']}
"""
    html = """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Hallo Svenja,</p>
<p>wie auf dem Maklertag angek&uuml;ndigt, hier die &Auml;nderungen in der Kfz-Flotte ab 01.05.2026 im &Uuml;berblick &ndash;
f&uuml;r alle Vertr&auml;ge ab 5&nbsp;Fahrzeugen:</p>
<ul><li>Flotten-Einstufung statt SF-Klassen ab 15 Fahrzeugen</li>
<li>Neu mitversichert: Ladekabel und Wallbox am Betriebsgel&auml;nde bis 5.000&nbsp;EUR</li>
<li>Rabattschutz nur noch f&uuml;r Flotten bis 14 Fahrzeuge</li>
<li>Fahrerschutz als Baustein, 24&nbsp;EUR je Fahrzeug und Jahr</li></ul>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Schadenquote 3&nbsp;Jahre</th><th>Beitragsfaktor</th></tr>
<tr><td>bis 40&nbsp;%</td><td>0,85</td></tr><tr><td>40&ndash;60&nbsp;%</td><td>0,95</td></tr>
<tr><td>60&ndash;80&nbsp;%</td><td>1,00</td></tr><tr><td>80&ndash;100&nbsp;%</td><td>1,15</td></tr>
<tr><td>&uuml;ber 100&nbsp;%</td><td>individuell</td></tr></table>
<p>Beste Gr&uuml;&szlig;e<br>Rainer G&ouml;bel<br>Maklerbetreuung Mittelhessen</p></body></html>"""
    return alt(m, text, html)


@mail("CONFIDENTIAL", "en", "insurer-to-broker",
      "D&O proposal review: board members named with birth dates and nationalities (XLSX) as insured persons; no health or criminal data")
def _():
    date = "2026-04-09 14:02"
    m = new(A("hahnemann"), "James Thackeray <j.thackeray@harcourtbeale.example>",
            "Greifenstein Solar – D&O proposal, questions on the board list", date)
    body(m, f"""Dear James,

thanks for the proposal documents for Greifenstein Solar GmbH. Before we can
quote, two questions on the list of directors and officers you attached
(I've returned it with my comments in column G):

1. Mr Ruben van Dijk is listed as managing director of the Dutch
   subsidiary – is he also a member of the German advisory board? That
   matters for the outside directorship extension.
2. The list shows Mrs Ines Baumgartner as joining 1 June 2026. Please
   confirm whether cover should start on signing or on 1 June.

The XLSX contains personal data of the individuals, so please don't
circulate it further than needed.

{SIG['hahnemann_en']}
""")
    rows = [["Greifenstein Solar GmbH – directors and officers (proposal 03/2026)"],
            ["Name", "Function", "Entity", "Date of birth", "Nationality", "Since", "Auerhahn comment"],
            ["Dr. Wolfram Greifenstein", "Managing director (CEO)", "Greifenstein Solar GmbH", "1968-02-14", "DE", "2011", ""],
            ["Sevgi Arslan-Mohr", "Managing director (CFO)", "Greifenstein Solar GmbH", "1979-09-30", "DE", "2019", ""],
            ["Ruben van Dijk", "Directeur", "Greifenstein Solar B.V.", "1983-06-02", "NL", "2022", "also advisory board DE?"],
            ["Prof. Dr. Karl-Heinz Abt", "Chair of advisory board", "Greifenstein Solar GmbH", "1955-11-21", "DE", "2015", ""],
            ["Ines Baumgartner", "Managing director (COO)", "Greifenstein Solar GmbH", "1986-03-08", "AT", "01.06.2026", "cover start?"]]
    att(m, "Greifenstein_DO_board_list_AH-comments.xlsx",
        xlsx([("Board", rows)], "Tobias Hahnemann", "D&O board list", date))
    return m


@mail("NORMAL", "de", "insurer-to-customer",
      "trap: prospect asks about dental supplementary insurance; generic tariff information, no contract or health data of the person")
def _():
    m = new(A("yildiz"), "sandra.moeller84@netpost.example",
            "AW: Frage zu Zahnzusatzversicherung", "2026-04-10 10:37",
            irt="<5f2a8c@netpost.example>")
    body(m, f"""Hallo Frau Möller,

danke für Ihre Anfrage über unsere Website. Gern ein kurzer Überblick über
unsere Zahnzusatztarife:

ZahnPlus 70 – 70 % Erstattung für Zahnersatz (Implantate, Kronen, Brücken)
inklusive Kassenleistung, Zahnreinigung bis 150 EUR im Jahr.
ZahnPlus 90 – 90 % Erstattung, zusätzlich Kieferorthopädie für Kinder bis 18
(bei KIG 1–2) und Inlays.

In den ersten vier Jahren gibt es Höchstbeträge (z. B. 1.000 / 2.000 /
3.000 / 4.000 EUR bei ZahnPlus 90). Bereits angeratene oder laufende
Behandlungen sind nicht versichert – deshalb fragen wir im Antrag nach
fehlenden Zähnen und geplanten Behandlungen.

Die Beiträge hängen vom Eintrittsalter ab; mit unserem Rechner auf
https://www.auerhahn.example/zahn können Sie das in zwei Minuten
ausprobieren. Wenn Sie lieber persönlich beraten werden möchten, rufen Sie
uns einfach an.

{SIG['yildiz']}

> Hallo, ich überlege eine Zahnzusatzversicherung abzuschließen. Was ist
> der Unterschied zwischen Ihren Tarifen und ab wann zahlt die? LG S. Möller
""")
    return m


@mail("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-customer",
      "English reply quoting a German dental treatment plan for the addressee: implant at tooth 36, bone graft, GOZ items and costs")
def _():
    m = new(A("wohlfahrt"), "Liam O'Sullivan <liam.osullivan@mailhub.example>",
            "Re: Heil- und Kostenplan Dr. Pohl – implant tooth 36", "2026-04-13 11:15",
            irt="<CAE4h1bQ9@mailhub.example>")
    body(m, f"""Dear Mr O'Sullivan,

we have checked the treatment plan of your dentist, Dr. Pohl, for the
implant in your lower left jaw (tooth 36). Under your dental plan
ZahnPlus 90 (policy KV 31-907 551) we will reimburse 90 % of the eligible
costs, i.e. about EUR 3,150 of the estimated EUR 3,500. As you are in the
third policy year, the cap of EUR 3,000 applies, so our payment will be
limited to EUR 3,000.

The bone graft (sinus lift is not needed; the plan mentions a lateral
augmentation) is included. Please send us the final invoice after the
treatment.

The relevant part of the plan, for your reference:

> Heil- und Kostenplan Teil 2 (GOZ), Patient: Liam O'Sullivan
> Befund: 36 fehlt (Extraktion 11/2025 nach Wurzelfraktur), horizontaler
> Knochendefizit regio 36
> 9010  Implantatinsertion regio 36                    1x   320,78 EUR
> 9100  Knochenaufbau (laterale Augmentation)          1x   398,61 EUR
> 2200  Implantatgetragene Krone 36 (Vollkeramik)      1x   284,66 EUR
> Material- und Laborkosten (geschätzt)                    1.580,00 EUR
> Gesamt geschätzt                                         3.500,00 EUR

{SIG['wohlfahrt_en']}
""")
    return m


@mail("NORMAL", "en", "insurer-to-partner",
      "auditors' IT control request and answer plan; process and control descriptions only")
def _():
    m = new(A("nyberg"), "Brandt Oswald Audit Team <it-audit@bo-wp.example>",
            "Year-end audit 2025 – IT general controls: documents provided", "2026-04-14 16:40",
            cc=A("amelung"))
    body(m, f"""Dear Ms Oswald,

as requested in your PBC list of 30 March, the following documents are now
in the audit data room (folder "ITGC 2025"):

ITGC-01  user access review Q4 2025 for the claims systems (summary and
         sign-off, no user lists – please request the lists on site)
ITGC-02  change management: list of production changes 2025 with CAB
         approvals (347 changes, sample of 25 with full evidence)
ITGC-03  backup and restore tests for core systems, incl. the mail gateway
ITGC-04  privileged access: procedure and the half-yearly recertification
ITGC-05  incident statistics 2025 (23 security incidents, none reportable)

Two items are still open and will follow by 24 April:
- SOC 2 report of our data centre provider (bridge letter requested)
- evidence of the annual penetration test of the customer portal

For the walkthrough of the mail encryption gateway I'd suggest 28 April,
10:00, in Wetzlar.

{SIG['nyberg']}
""")
    return m


@mail("CONFIDENTIAL", "de", "internal",
      "internal dunning list (CSV) of overdue motor/household premiums with names, policy numbers and amounts; non-personal lines only")
def _():
    date = "2026-04-15 07:45"
    m = new(f"Inkasso-Batch <inkasso-batch@{D}>", f"Forderungsmanagement <forderungsmanagement@{D}>",
            "Mahnlauf 2026-04 Stufe 2 – Sach/Kfz – 6 Fälle zur manuellen Prüfung", date,
            extra={"Auto-Submitted": "auto-generated"})
    body(m, """Mahnlauf vom 15.04.2026, Stufe 2 (qualifizierte Mahnung nach § 38 VVG)

Für die folgenden Fälle ist eine manuelle Prüfung erforderlich (Vermerk
Ratenvereinbarung oder Zahlungseingang nach Stichtag). Details in der
Anlage. Nach Prüfung bitte in der Anwendung "Inkasso" freigeben.

Dieser Bericht wurde automatisch erzeugt.
""", cte="8bit")
    rows = [["Vertrag", "Sparte", "VN Name", "VN Vorname", "PLZ Ort", "Rueckstand EUR", "faellig seit", "Vermerk"],
            ["KF 77 118 340 2", "Kfz", "Schäfer", "Dominik", "35576 Wetzlar", "412,80", "01.02.2026", "Ratenvereinbarung 3x"],
            ["KF 77 402 991 7", "Kfz", "Kurz", "Melanie", "35390 Gießen", "238,14", "01.03.2026", "Zahlung 11.04. ohne Zuordnung"],
            ["HR 40-097 552", "Hausrat", "Ostrowski", "Jan", "35683 Dillenburg", "96,40", "01.01.2026", ""],
            ["WG 15-288 004", "Wohngebäude", "Beck", "Karl-Otto", "35614 Aßlar", "1.104,00", "01.01.2026", "Widerspruch Beitragsanpassung"],
            ["PH 19-510 776", "Privathaftpflicht", "Nguyen", "Thi Lan", "35578 Wetzlar", "71,90", "01.02.2026", ""],
            ["KF 77 220 615 0", "Kfz", "Ramadani", "Arben", "35745 Herborn", "655,30", "01.03.2026", "Fahrzeug abgemeldet?"]]
    att(m, "mahnlauf_2026-04_stufe2_pruefung.csv", csv_text(rows).encode("cp1252"),
        params={"charset": "windows-1252"})
    return m


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "private accident insurance: named child's fall from a climbing frame, concussion and forearm fracture, hospital days, benefits")
def _():
    m = new(A("sauerwein"), "Rachel Ferreira-Kemp <rachel.fk@inbox.example>",
            "Your claim for Noah – accident of 21 March", "2026-04-16 13:20")
    body(m, f"""Dear Mrs Ferreira-Kemp,

thank you for sending the discharge letter from the children's hospital in
Gießen. I hope Noah is feeling better.

From the documents: Noah (born 2019) fell from the climbing frame at his
kindergarten on 21 March, suffered a concussion and a fracture of the left
forearm (both bones, treated with elastic nails under general anaesthesia)
and stayed in hospital for four nights.

Under your family accident policy UV 88-301 264 we pay now:

  hospital daily benefit, 4 days x EUR 50     EUR 200.00
  immediate benefit for fractures             EUR 500.00
                                              ----------
                                              EUR 700.00

The nails are usually removed after a few months. Whether any permanent
impairment remains can only be assessed later; children's fractures
usually heal completely. We will contact you again in about a year, or
earlier if the doctors see any lasting restriction.

Please note that the kindergarten accident is also covered by the
statutory accident insurance (Unfallkasse Hessen); our benefits are paid in
addition.

{SIG['sauerwein_en']}
""")
    return m


@mail("NORMAL", "de", "internal",
      "underwriting committee minutes (DOCX) on accepting a chemical plant's property risk; company data and sums insured only")
def _():
    date = "2026-04-17 15:20"
    m = new(A("vollrath"), f"Zeichnungsausschuss Firmenkunden <zeichnungsausschuss@{D}>",
            "Protokoll Zeichnungsausschuss 16.04. – Risiko Lahnchemie Aßlar", date)
    body(m, f"""Liebe Mitglieder des Zeichnungsausschusses,

anbei das Protokoll der Sitzung von gestern. Das Risiko Lahnchemie ist mit
Auflagen angenommen; die Rückversicherungsfrage (fakultative Abgabe 40 %)
klärt Frau Laurent bis Ende April.

{SIG['vollrath']}
""")
    att(m, "Protokoll_ZA_2026-04-16_Lahnchemie.docx",
        docx([("h", "Zeichnungsausschuss Firmenkunden – Protokoll"),
              "Sitzung vom 16.04.2026, 10:00–11:15 Uhr · Vorsitz: Dr. H. Vollrath",
              ("b", "Risiko: Lahnchemie GmbH, Werk Aßlar – Feuer / Betriebsunterbrechung"),
              ("table", [["Position", "Wert"],
                         ["Versicherungssumme Gebäude", "38.500.000 EUR"],
                         ["Versicherungssumme technische/kaufmännische Betriebseinrichtung", "52.000.000 EUR"],
                         ["Vorräte", "11.000.000 EUR"],
                         ["Betriebsunterbrechung (Haftzeit 18 Monate)", "64.000.000 EUR"],
                         ["PML (Szenario Brand Abfüllhalle)", "41.000.000 EUR"],
                         ["Beitrag netto (Angebot)", "312.400 EUR"]]),
              ("b", "Diskussion"),
              "Besonderes Risiko ist die Lagerung entzündbarer Lösemittel (ca. 180 t) in Halle 4. Die "
              "Sprinkleranlage entspricht nicht vollständig den aktuellen VdS-Richtlinien; eine Nachrüstung "
              "der Schaumlöschanlage ist für Q3/2026 zugesagt.",
              ("b", "Beschluss"),
              "Annahme mit Auflagen: (1) Nachrüstung Schaumlöschanlage bis 30.09.2026, (2) Selbstbehalt "
              "250.000 EUR je Schaden, (3) fakultative Rückversicherung 40 %. Einstimmig.",
              ("b", "Nächste Sitzung"),
              "21.05.2026"],
             "Dr. Henrike Vollrath", "Protokoll Zeichnungsausschuss", date))
    return m


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "legal expenses: cover for a named customer's administrative speeding fine (Ordnungswidrigkeit), points and fine; not a criminal case")
def _():
    m = new(A("treibel"), "Patrick Ebersbach <patrick.ebersbach@webpost.example>",
            "Ihr Bußgeldverfahren – Deckungszusage Verkehrs-Rechtsschutz", "2026-04-20 10:48")
    body(m, f"""Hallo Herr Ebersbach,

für Ihren Einspruch gegen den Bußgeldbescheid des Regierungspräsidiums
Kassel vom 02.04.2026 (Az. 7.3-OW 1188432/26) erteilen wir Deckungszusage
aus Ihrem Verkehrs-Rechtsschutz RS 60-384 109.

Zum Vorwurf: Überschreitung der zulässigen Höchstgeschwindigkeit
außerorts um 32 km/h auf der B 49 bei Solms am 14.02.2026, Regelbuße
240 EUR, ein Punkt im Fahreignungsregister, ein Monat Fahrverbot.

Versichert sind die Anwaltsgebühren, die Kosten eines Sachverständigen
zur Überprüfung der Messung und die Gerichtskosten. Das Bußgeld selbst
ist nicht versichert. Ihre Selbstbeteiligung beträgt 150 EUR.

Die Schadennummer für Ihren Anwalt: RS-26-02291.

{SIG['treibel']}
""")
    return m


@mail("NORMAL", "en", "insurer-to-company",
      "trap: go-live instructions for the employer portal of a company health plan; process only, explicitly no claims data to employer")
def _():
    m = new(A("karakaya"), "Fiona Ashcombe <fiona.ashcombe@tidewater-components.example>",
            "Employer portal for your company health plan – go-live 1 May", "2026-04-21 09:30")
    body(m, f"""Dear Fiona,

the employer portal for your company health plan goes live on 1 May. What
you and your HR team can do there:

- register joiners and leavers (we need only name, date of entry/exit and
  personnel number; no health questions for your employees),
- download the monthly premium statement,
- order information flyers and the plan brochure in German and English.

What you will not see: any claims, treatments or reimbursements of your
employees. Employees submit their invoices via our app or by post; all
communication about claims is between them and us only.

Access: I have created two accounts (you and Mr Pellew). The one-time
passwords will be sent by post to your office address; the login page is
https://firmen.auerhahn.example. Please activate the accounts within four
weeks.

A 30-minute online introduction is planned for 28 April at 2 pm; I'll
send the invitation separately.

{SIG['karakaya_en']}
""")
    return m


@mail("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-customer",
      "English mail quoting a German rehab clinic letter: the addressee's cardiac rehab after bypass surgery, dates and cost approval")
def _():
    m = new(A("wohlfahrt"), "Graham Ellery <g.ellery@postbox.example>",
            "Your cardiac rehabilitation – cost approval", "2026-04-22 14:05")
    body(m, f"""Dear Mr Ellery,

good news: we approve the costs of your inpatient cardiac rehabilitation
at the Rehaklinik Taunusblick, Bad Nauheim, from 4 May 2026 for three
weeks, under your full health cover (policy KV 31-662 093), at the
clinic's private rates.

As the clinic's letter is in German, here is the relevant part with a
short translation:

> Sehr geehrter Herr Ellery, nach Ihrer aortokoronaren Bypass-Operation
> (3-fach-Bypass) am 08.04.2026 im Kerckhoff-Klinikum bestätigen wir
> Ihnen die Aufnahme zur kardiologischen Anschlussheilbehandlung am
> 04.05.2026. Bitte bringen Sie Ihren aktuellen Medikationsplan
> (u. a. ASS 100, Atorvastatin 40 mg, Bisoprolol 2,5 mg) und den
> Entlassungsbrief mit.

(In short: admission on 4 May after your triple bypass operation of 8 April;
please bring your current medication plan and the discharge letter.)

Travel costs to the clinic are not covered by your tariff. The clinic will
bill us directly; you only pay for extras such as telephone or a single
room surcharge.

Wishing you a good recovery.

{SIG['wohlfahrt_en']}
""")
    return m


@mail("NORMAL", "en", "internal",
      "trap: staff health day (skin screening, blood-pressure checks, flu vaccination info) with ICS; health words but no individual's data")
def _():
    date = "2026-04-23 11:00"
    m = new(A("mertins"), f"All staff Wetzlar <alle-wetzlar@{D}>",
            "Save the date: staff health day with skin screening and flu vaccination preview", date)
    body(m, f"""Dear colleagues,

our staff health day takes place on Wednesday, 20 May, in the canteen
(10:00-15:00). Please find a calendar entry attached.

- Skin cancer screening by the company doctor (10-minute slots, booking
  via the intranet from 4 May)
- Blood pressure and blood sugar checks by the staff nurse
- Back school taster sessions every hour
- Information stand on this autumn's flu vaccination (vaccine ordered for
  250 colleagues; vaccination dates in October)

All examinations are voluntary and confidential; results are given only
to you, not to HR or your manager.

Best wishes
Helga Mertins
Human Resources
""")
    att(m, "Gesundheitstag_20-05-2026.ics",
        ics("gesundheitstag-2026@auerhahn.example", "2026-05-20 10:00", "2026-05-20 15:00",
            "Staff health day / Gesundheitstag", "Kantine\\, Am Auerhahnhof 3\\, Wetzlar",
            ("Helga Mertins", ADDR("mertins")), [],
            "Skin screening, blood pressure checks, back school, flu vaccination info.", method="PUBLISH"),
        params={"method": "PUBLISH"})
    return m


@mail("CONFIDENTIAL", "en", "insurer-to-company",
      "fleet claims report (XLSX) for a UK-owned client listing claims per vehicle with the named employee drivers; no injuries")
def _():
    date = "2026-04-24 10:10"
    m = new(A("struebing"), "Graham Pellew <graham.pellew@tidewater-components.example>",
            "Fleet claims report 2025/26 for your renewal meeting", date)
    body(m, f"""Dear Graham,

as requested for your meeting with the parent company's insurance
committee, attached the claims report for the German fleet
(FK-2022-00512) for the last policy year. All claims were property damage
only; none involved injuries.

Loss ratio 2025/26: 58 % (EUR 41,870 claims incurred / EUR 72,190
premium). Three of the eleven claims were parking or manoeuvring damage by
the same two pool cars – you might want to look at reversing sensors.

As the report lists your employees as drivers, please share it only with
those who need it.

{SIG['struebing_en']}
""")
    rows = [["Claim no.", "Date", "Vehicle", "Driver", "Type", "Incurred EUR", "Status"],
            ["KF-G-25-04410", "2025-05-07", "LDK-TC 12", "Stefan Böhm", "parking damage (own fault)", 1840.00, "closed"],
            ["KF-G-25-05122", "2025-06-19", "LDK-TC 30", "Julia Marx", "windscreen", 912.50, "closed"],
            ["KF-G-25-06871", "2025-08-02", "LDK-TC 12", "Stefan Böhm", "manoeuvring, third-party car", 2215.00, "closed"],
            ["KF-G-25-07390", "2025-09-15", "LDK-TC 44", "Thomas Engel", "rear-end collision (third party at fault)", 0.00, "recovered"],
            ["KF-G-25-08018", "2025-10-03", "LDK-TC 31", "Aleksandra Nowak", "deer collision", 4380.00, "closed"],
            ["KF-G-25-09102", "2025-11-21", "LDK-TC 30", "Julia Marx", "parking damage (own fault)", 1260.00, "closed"],
            ["KF-G-26-00214", "2026-01-09", "LDK-TC 51", "Graham Pellew", "hail", 6890.00, "closed"],
            ["KF-G-26-00871", "2026-02-02", "LDK-TC 12", "Kerem Aydın", "manoeuvring, loading dock", 3120.00, "closed"],
            ["KF-G-26-01377", "2026-03-11", "LDK-TC 20", "Nina Fromm", "collision at junction (own fault)", 14875.00, "open"],
            ["KF-G-26-01502", "2026-03-19", "LDK-TC 44", "Thomas Engel", "vandalism", 2410.00, "closed"],
            ["KF-G-26-01688", "2026-03-30", "LDK-TC 31", "Aleksandra Nowak", "windscreen", 3967.50, "closed"]]
    att(m, "Tidewater_fleet_claims_2025-26.xlsx",
        xlsx([("Claims", rows)], "Malte Strübing", "Fleet claims report Tidewater", date))
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-therapist",
      "query to a physiotherapy practice about a named patient's prescription (frequency, diagnosis, manual lymph drainage)")
def _():
    m = new(A("wohlfahrt"), "Physiotherapie Lahnblick <info@physio-lahnblick.example>",
            "Rückfrage zu Ihrer Rechnung Nr. 2026-0418 – Patientin Frau Sibylle Korte", "2026-04-27 09:12")
    body(m, f"""Sehr geehrte Damen und Herren,

zu Ihrer Rechnung Nr. 2026-0418 vom 14.04.2026 für unsere Versicherte
Frau Sibylle Korte (KV 31-553 710) haben wir eine Rückfrage.

Abgerechnet sind 10 x manuelle Lymphdrainage 60 Minuten und 10 x
Kompressionsbandagierung. Auf der ärztlichen Verordnung von Dr. Haas
(Gynäkologie) vom 02.03.2026 sind jedoch "MLD 45 Min., 2 x wöchentlich"
bei Lymphödem des rechten Arms nach Brustkrebsoperation (Z. n.
Mastektomie rechts, C50.9) verordnet.

Bitte teilen Sie uns mit, ob eine geänderte Verordnung über 60 Minuten
vorliegt; in diesem Fall senden Sie uns bitte eine Kopie. Andernfalls
können wir nur 45 Minuten erstatten.

Wir bitten um Ihre Antwort über unser Leistungserbringer-Portal oder per
Post, nicht per unverschlüsselter E-Mail.

{SIG['wohlfahrt']}
""")
    return m


@mail("NORMAL", "mixed", "internal",
      "English note forwarding a German summary of a supervisory circular on e-mail encryption; regulatory text only")
def _():
    m = new(A("amelung"), f"{A('raman')}, {A('laurent')}, {A('adebayo')}",
            "FYI: BaFin circular on outsourcing/e-mail – German summary below", "2026-04-28 08:35")
    body(m, f"""Dear Priya, Sophie, Felix,

since you asked at the management meeting: below is the German summary I
sent to the department heads. In short, the supervisor expects encrypted
transport for all external mail with customer data, end-to-end or portal
delivery for health data unless the customer has consented otherwise, and
a documented exception process. Nothing changes for our current setup, but
we will have to show the audit log of exceptions at the next inspection.

Happy to explain over coffee.

Kerstin

---- Zusammenfassung für die Bereichsleitungen ----

Die Aufsicht hat ihre Erwartungen an die elektronische Kommunikation mit
Kunden und Vermittlern konkretisiert:

1. Transportverschlüsselung (TLS) ist Mindeststandard für jede externe
   Mail mit personenbezogenen Daten; unverschlüsselter Versand ist nur für
   Inhalte ohne schutzbedürftige Daten zulässig.
2. Besondere Kategorien (insbesondere Gesundheitsdaten) sind Ende-zu-Ende
   zu verschlüsseln oder über ein Portal bereitzustellen, sofern keine
   ausdrückliche Einwilligung in den TLS-Versand vorliegt.
3. Ausnahmen sind zu begründen, zu protokollieren und regelmäßig zu
   überprüfen.
4. Bei Auslagerung des Mail-Gateways gelten die Anforderungen an
   wesentliche Auslagerungen.

{SIG['amelung']}
""")
    return m


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "travel rental-car excess refund for a named tourist: rental agreement, damage, payout to his IBAN; no health data")
def _():
    iban = IB("GB", "NWBK60161331926819", grouped=True)
    m = new(A("brandhuber"), "Callum Fraser <callum.fraser@highland-mail.example>",
            "Rental car excess – refund of EUR 850", "2026-04-29 16:22")
    body(m, f"""Dear Mr Fraser,

thank you for the documents. Your rental car excess insurance (travel
policy RJ 58-114 902) refunds the excess the rental company kept after the
damage to the rear bumper during your trip to the Black Forest:

  rental agreement:  Autoverleih Süd, Freiburg, no. FR-88120, 4-11 April 2026
  damage:            rear bumper scratched in a car park (report signed on return)
  excess charged:    EUR 850.00 (credit card statement provided)

We will transfer EUR 850.00 to your UK account {iban}
within five working days. Please allow a few more days for the
international transfer.

{SIG['brandhuber']}
""")
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
      "key-person life insurance for a company: underwriting result on the named managing director with hypertension and sleep apnoea")
def _():
    m = new(A("karakaya"), "Carsten Vogtsberg <c.vogtsberg@vogtsberg-logistik.example>",
            "Keyman-Versicherung für Herrn Carsten Vogtsberg – Ergebnis der Risikoprüfung", "2026-04-30 12:30")
    body(m, f"""Sehr geehrter Herr Vogtsberg,

für die Keyman-Risikolebensversicherung, die die Vogtsberg Logistik GmbH &
Co. KG als Versicherungsnehmerin und Bezugsberechtigte auf Ihr Leben
abschließen möchte (Versicherungssumme 1,5 Mio. EUR, Laufzeit 10 Jahre),
liegt das Ergebnis unserer Risikoprüfung vor.

Sie haben uns – wie für die Firma vereinbart – mit separater Erklärung
erlaubt, das Ergebnis auch an die Gesellschaft zu senden. Deshalb erhalten
Sie diese Mail an Ihre Firmenadresse:

Aufgrund der Angaben Ihres Hausarztes (medikamentös eingestellter
Bluthochdruck, obstruktive Schlafapnoe mit CPAP-Therapie seit 2023) und
der Ergebnisse der ärztlichen Untersuchung vom 14.04. (BMI 33, Belastungs-
EKG unauffällig) können wir den Vertrag mit einem Zuschlag von 50 % auf
den Risikobeitrag annehmen. Der Jahresbeitrag beträgt damit 6.847,50 EUR.

Wenn Sie einverstanden sind, senden wir die Police an die Gesellschaft.

{SIG['karakaya']}

{FOOT_LV}
""")
    return m


@mail("NORMAL", "de", "insurer-to-company",
      "green-card request for a logistics company's trucks driving to Poland; company vehicles and routes only")
def _():
    m = new(A("struebing"), "Dennis Kowalczyk <fuhrpark@vogtsberg-logistik.example>",
            "AW: Grüne Karte Polen-Touren ab Mai", "2026-05-04 08:40",
            irt="<000a01dcd9e1$2c@vogtsberg-logistik.example>")
    body(m, f"""Hallo Herr Kowalczyk,

kein Problem: Für Polen brauchen Sie keine Grüne Karte mehr – das
amtliche Kennzeichen gilt in allen EU-Staaten als Versicherungsnachweis.
Trotzdem empfehle ich, die internationale Versicherungskarte mitzuführen,
weil sie die Unfallaufnahme vor Ort beschleunigt.

Ich habe Ihnen für die acht Sattelzugmaschinen der Polen-Linie die
Karten neu erstellt (gültig bis 31.03.2027); sie gehen heute per Post an
Ihre Disposition. Für die Touren nach Belarus/Ukraine gilt unser
Versicherungsschutz nicht – da müssten Sie an der Grenze eine
Grenzversicherung abschließen.

Außerdem: Die Fahrer sollten den Europäischen Unfallbericht in deutscher
und polnischer Fassung im Fahrzeug haben; die Vordrucke lege ich bei.

{SIG['struebing']}

> Hallo Herr Strübing, ab Mai fahren wir mit 8 Zügen regelmäßig nach
> Posen und Breslau. Brauchen wir grüne Karten? Gruß Kowalczyk
""")
    return m


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "household burglary: named customer's stolen-items list in ODT with serial numbers and values, police file number; no health data")
def _():
    date = "2026-05-05 14:10"
    m = new(A("wippermann"), "Jutta Borngräber <jutta.borngraeber@t-mail.example>",
            "Ihr Einbruchschaden HR-26-03372 – Stehlgutliste zur Unterschrift", date)
    body(m, f"""Sehr geehrte Frau Borngräber,

anbei die Stehlgutliste, wie wir sie nach unserem Telefonat
zusammengestellt haben. Bitte prüfen Sie sie, unterschreiben Sie sie und
reichen Sie eine Kopie auch bei der Polizei ein (Tagebuch-Nr. 0577/26,
Polizeistation Wetzlar) – das ist für die Fahndung nach dem Schmuck
wichtig.

Sobald die unterschriebene Liste da ist, zahlen wir; bei Schmuck
außerhalb eines Tresors gilt die Entschädigungsgrenze von 20.000 EUR.

{SIG['wippermann']}
""")
    att(m, "Stehlgutliste_HR-26-03372.odt",
        odt([("h", "Stehlgutliste"),
             "Versicherungsnehmerin: Jutta Borngräber, Brühlsbachstraße 27, 35578 Wetzlar",
             "Hausratversicherung HR 40-155 903 · Schaden HR-26-03372 · Tattag: 30.04.2026",
             ("table", [["Nr.", "Gegenstand", "Kennzeichnung / Seriennr.", "Anschaffung", "Wert EUR"],
                        ["1", "Notebook", "SN 5CD2318KQ7", "2023", "1.250"],
                        ["2", "Damenuhr Gold", "Gehäuse-Nr. 41 772 019", "2008 (Geschenk)", "3.900"],
                        ["3", "Perlenkette, 2-reihig", "–", "Erbstück", "2.400 (Gutachten 2019)"],
                        ["4", "Ehering Weißgold", "Gravur „G. 12.6.1987“", "1987", "650"],
                        ["5", "Bargeld", "–", "–", "380"],
                        ["6", "Spielkonsole mit 2 Controllern", "SN E72519XQ", "2024", "520"]]),
             "Gesamt: 9.100 EUR",
             "",
             "Ich versichere, dass die Angaben vollständig und richtig sind.",
             "Wetzlar, den ____________  Unterschrift: ____________________"],
            "Carsten Wippermann", "Stehlgutliste", date))
    return m


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "expat health insurance: the addressee's pregnancy, due date, gynaecologist, planned delivery hospital and maternity benefits")
def _():
    m = new(A("wohlfahrt"), "Yuki Tanabe-Moreau <yuki.tm@mailhub.example>",
            "Maternity cover – your questions", "2026-05-06 10:25")
    body(m, f"""Dear Ms Tanabe-Moreau,

congratulations on your pregnancy! To your questions about your
international health policy KV 31-980 414:

1. Waiting period: the 8-month waiting period for maternity has been
   completed, so the pregnancy and delivery are covered.
2. Antenatal care: check-ups, ultrasound and the first-trimester screening
   at your gynaecologist, Dr. Neumeier in Frankfurt, are reimbursed in full
   under the GOÄ. The non-invasive prenatal test (NIPT) is covered if
   medically indicated; your doctor's referral mentions increased risk
   due to age, which is sufficient.
3. Delivery: for the planned delivery at the Bürgerhospital Frankfurt
   around the due date of 14 October, we cover the hospital costs and the
   obstetrician's fees; the midwife's home visits after the birth are also
   covered.
4. Your baby can be insured from birth without health questions if you
   register the child with us within two months.

Please send invoices via the app as usual.

{SIG['wohlfahrt_en']}
""")
    return m


@mail("NORMAL", "en", "newsletter",
      "trap: HTML newsletter for corporate clients on heat stress and workplace accidents; prevention advice and aggregate figures")
def _():
    html = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Auerhahn Business Brief</title></head>
<body style="margin:0;font-family:Helvetica,Arial,sans-serif;color:#222">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="background:#5a3e1b;color:#fff;padding:16px">
<b>AUERHAHN BUSINESS BRIEF</b> &middot; May 2026</td></tr>
<tr><td style="padding:16px">
<h2>Heat at work: more accidents, more errors</h2>
<p>Workplace accidents rise noticeably on days above 30&nbsp;&deg;C. In our group accident portfolio, claims reported
for June to August were 14&nbsp;% higher than the monthly average in 2025 &ndash; mainly falls, cuts and
accidents with forklifts.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#eee"><th>Measure</th><th>Effect</th></tr>
<tr><td>Shift start moved earlier in summer</td><td>fewer accidents in the afternoon</td></tr>
<tr><td>Free drinks at the workstation</td><td>less fatigue, fewer circulatory problems</td></tr>
<tr><td>Shading of south-facing halls</td><td>2&ndash;4&nbsp;&deg;C lower indoor temperature</td></tr>
<tr><td>First aiders trained for heat exhaustion</td><td>faster help in emergencies</td></tr>
</table>
<h3>Webinar</h3>
<p>&ldquo;Heat protection plan in 60 minutes&rdquo; &ndash; 11 June, 10:00. Register at
<a href="https://www.auerhahn.example/business/webinar">auerhahn.example/business/webinar</a>.</p>
<p style="font-size:11px;color:#777">You receive this brief as a contact person of an Auerhahn business customer.
<a href="https://www.auerhahn.example/business/unsubscribe">Unsubscribe</a>.<br>
Auerhahn Versicherung AG, Am Auerhahnhof 3, 35578 Wetzlar</p>
</td></tr></table></body></html>"""
    m = new(f"Auerhahn Business Brief <business-brief@{D}>", "undisclosed-recipients:;",
            "Heat at work: more accidents, more errors – Auerhahn Business Brief May 2026", "2026-05-07 07:15",
            extra={"Precedence": "bulk"})
    return html_only(m, html)


@mail("CONFIDENTIAL", "de", "insurer-to-company",
      "surety (bond) line for a roofing business run by a sole trader: his private income, assets and tax figures; no health data")
def _():
    m = new(A("hahnemann"), "Dachdeckerei Rupprecht <buero@dach-rupprecht.example>",
            "Kautionsversicherung – Bonitätsprüfung abgeschlossen", "2026-05-08 11:50")
    body(m, f"""Sehr geehrter Herr Rupprecht,

vielen Dank für die Unterlagen. Wir haben die Bonitätsprüfung für Ihren
Avalrahmen abgeschlossen. Da Sie Ihren Betrieb als Einzelunternehmer
führen (Dachdeckerei Jens Rupprecht e.K.), haben wir neben den
Betriebszahlen auch Ihre persönlichen Verhältnisse berücksichtigt:

- Gewinn aus Gewerbebetrieb laut Einkommensteuerbescheid 2024:
  96.420 EUR (2023: 88.150 EUR)
- Eigenkapital lt. Bilanz 31.12.2025: 142.000 EUR
- Grundbesitz: selbst genutztes Einfamilienhaus in Greifenstein,
  Restschuld 118.000 EUR (Angabe Ihrer Bank)
- keine negativen Einträge bei der Auskunftei

Wir können Ihnen einen Avalrahmen von 150.000 EUR einräumen
(Vertragserfüllungs- und Gewährleistungsbürgschaften, Einzelaval bis
40.000 EUR), Avalprovision 1,2 % p. a. Eine persönliche Mithaftung Ihrer
Ehefrau ist nicht erforderlich.

Die Rahmenvereinbarung schicken wir Ihnen zur Unterschrift per Post.

{SIG['hahnemann']}
""")
    return m


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "policy loan on the addressee's endowment life insurance (life line) with surrender value and interest; no medical word")
def _():
    m = new(A("quast"), "Thomas Kilbride <t.kilbride@inbox.example>",
            "Your policy loan request – endowment policy LV-2217 5530", "2026-05-11 09:05")
    body(m, f"""Dear Mr Kilbride,

thank you for your request of 4 May. We can grant a policy loan on your
endowment policy LV-2217 5530 as follows:

  current surrender value            EUR 38,716.40
  maximum loan (80 %)                EUR 30,973.12
  requested amount                   EUR 25,000.00
  interest rate                      4.25 % p.a., payable quarterly
  repayment                          any time, in full or in part;
                                     at the latest at maturity (1 July 2034)

The loan does not affect the insurance cover. If it is not repaid by
maturity, the outstanding amount plus interest will be deducted from the
maturity benefit.

Please sign the enclosed loan agreement and return it to us. The amount
will be paid to your account within five working days after receipt.

{SIG['quast_en']}

{FOOT_LV}
""")
    return m


@mail("NORMAL", "de", "internal",
      "trap: anonymised case study on a disability claim (age band, occupation group, diagnosis group) for team training; not identifiable")
def _():
    m = new(A("quast"), f"Team Leistung BU <leistung-bu@{D}>",
            "Fallbesprechung Mittwoch – anonymisierter Fall 2026/04", "2026-05-12 16:18")
    body(m, f"""Hallo zusammen,

für die Fallbesprechung am Mittwoch hier der anonymisierte Fall. Bitte
nicht versuchen, ihn im Bestand zu suchen – es geht um die Methode, nicht
um die Person. Alter und Beruf sind bewusst vergröbert, Daten verschoben.

Fall 2026/04
- versicherte Person, Altersgruppe 45–50, Beruf: Fachkraft im
  Sozialwesen (Büro- und Außendienstanteil)
- Antrag auf BU-Leistung wegen einer psychischen Erkrankung
  (Diagnosegruppe F3), ambulant und teilstationär behandelt
- Gutachten: Leistungsfähigkeit im zuletzt ausgeübten Beruf 40 %,
  Prognose offen
- Frage: Wie gehen wir mit der Tätigkeitsbeschreibung um, wenn der
  Arbeitgeber sie anders schildert als die versicherte Person?

Diskussionspunkte
1. Welche Unterlagen brauchen wir vom Arbeitgeber, welche nicht?
2. Befristetes Anerkenntnis – wann sinnvoll, wie begründen?
3. Wie formulieren wir die Entscheidung verständlich?

Bis Mittwoch
Benedikt
""")
    return m


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "glass breakage claim of a named customer: policy, address, invoice of glazier; no health data")
def _():
    m = new(A("wippermann"), "Werner Schnabel <w.schnabel@netpost.example>",
            "Glasbruch Terrassentür – wird übernommen", "2026-05-12 17:40")
    body(m, f"""Hallo Herr Schnabel,

kurz und gut: Die Rechnung der Glaserei Nickel über 684,50 EUR für die
Isolierglasscheibe Ihrer Terrassentür (Gartenweg 3, 35606 Solms) ist aus
Ihrer Glasversicherung GL 07-441 209 gedeckt. Wir überweisen direkt an die
Glaserei, Sie müssen nichts weiter tun.

Schaden-Nr.: GL-26-00588

{SIG['wippermann']}
""", flowed=True, cte="8bit")
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "customer",
      "customer's own mail forwarded internally: hearing aids for her husband, ENT prescription and audiogram result, invoice amount")
def _():
    m = new(A("yildiz"), f"Leistung KV Hilfsmittel <leistung-hilfsmittel@{D}>",
            "WG: Hörgeräte meines Mannes – Erstattung?", "2026-05-13 10:02")
    body(m, f"""Hallo Kolleginnen und Kollegen,

Frau Ullrich hat uns über das Kontaktformular geschrieben; Kostenvoranschlag
und Verordnung hat sie per Post geschickt (Scan folgt aus dem
Posteingang). Bitte übernehmen, sie wünscht einen Rückruf.

Danke
Cem

-------- Weitergeleitete Nachricht --------
Betreff: Hörgeräte meines Mannes - Erstattung?
Datum: Mon, 11 May 2026 21:47:12 +0200
Von: Brigitte Ullrich <b.ullrich@t-mail.example>
An: service@auerhahn.example

Guten Abend,

mein Mann Gerhard Ullrich (Vertrag KV 31-220 914) braucht neue Hörgeräte.
Der HNO-Arzt Dr. Baltes hat eine beidseitige Schwerhörigkeit festgestellt
(an Taubheit grenzend links, mittelgradig rechts, sagt er) und Hörgeräte
verordnet. Der Akustiker hat ein Angebot über 4.860 Euro gemacht für zwei
Geräte mit Akku. Die alten Geräte sind von 2019.

Zahlen Sie das ganz oder nur einen Teil? Er ist jetzt 78 und ohne Geräte
versteht er am Telefon gar nichts mehr, deshalb schreibe ich für ihn.

Mit freundlichen Grüßen
Brigitte Ullrich
""", charset="iso-8859-1", cte="quoted-printable")
    return m


@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: question to an assessor firm about its invoice; firm's business IBAN and order numbers only")
def _():
    firm_iban = IB("DE", "513500250000842211")
    m = new(A("eckerlein"), "Sachverständigenbüro Vennemann <buero@sv-vennemann.example>",
            "Ihre Sammelrechnung April 2026 – zwei Rückfragen", "2026-05-14 14:12")
    body(m, f"""Hallo Herr Vennemann,

danke für die Sammelrechnung Nr. SV-2026-0412 über 14.877,60 EUR.
Zwei Rückfragen, bevor ich sie freigebe:

1. Position 7 (Auftrag PR-26-00451, Praxisklinik) enthält 6,5 Stunden
   Fahrzeit – laut Rahmenvertrag rechnen wir Fahrzeiten im Umkreis von
   50 km pauschal ab. Bitte korrigieren.
2. Die Bankverbindung auf der Rechnung ({firm_iban}) weicht von der im
   Lieferantenstamm ab. Haben Sie die Bank gewechselt? Dann brauche ich die
   Änderung bitte einmal schriftlich auf Ihrem Briefbogen, unser
   Zahlungsverkehr lässt Kontoänderungen sonst nicht durch.

Die übrigen Positionen sind in Ordnung.

{SIG['eckerlein']}
""")
    return m


@mail("NORMAL", "en", "internal",
      "trap: claims KPI dashboard (settlement times, complaint rates in health and disability); aggregates only")
def _():
    m = new(A("hofstaetter"), f"Claims management board <claims-board@{D}>",
            "Claims KPI dashboard – April 2026", "2026-05-15 08:00")
    text = f"""Claims KPI dashboard – April 2026 (all entities)

Line                     new claims   median days to settle   complaint rate
Health (outpatient)        41,218            4                    0.08 %
Health (hospital)           2,904            9                    0.21 %
Long-term care                188           23                    0.53 %
Disability (BU)                71           96                    2.8 %
Group accident                 54           31                    0.0 %
Motor                       3,317           12                    0.31 %
Commercial property           142           38                    0.7 %

Highlights
- Health outpatient: 78 % of invoices processed fully automatically
  (target 75 %).
- Disability: median above target (90 days) because of waiting times for
  psychiatric reports; two new external assessors contracted in May.
- Commercial property: one large loss (warehouse fire, Feb) still open.

Dashboard in Power BI: https://bi.auerhahn.example/claims-kpi

{SIG['hofstaetter']}
"""
    html = """<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:10pt">
<h3>Claims KPI dashboard &ndash; April 2026</h3>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#dfe7ef"><th>Line</th><th>New claims</th><th>Median days to settle</th><th>Complaint rate</th></tr>
<tr><td>Health (outpatient)</td><td align="right">41,218</td><td align="right">4</td><td align="right">0.08&nbsp;%</td></tr>
<tr><td>Health (hospital)</td><td align="right">2,904</td><td align="right">9</td><td align="right">0.21&nbsp;%</td></tr>
<tr><td>Long-term care</td><td align="right">188</td><td align="right">23</td><td align="right">0.53&nbsp;%</td></tr>
<tr style="background:#fde"><td>Disability (BU)</td><td align="right">71</td><td align="right">96</td><td align="right">2.8&nbsp;%</td></tr>
<tr><td>Group accident</td><td align="right">54</td><td align="right">31</td><td align="right">0.0&nbsp;%</td></tr>
<tr><td>Motor</td><td align="right">3,317</td><td align="right">12</td><td align="right">0.31&nbsp;%</td></tr>
<tr><td>Commercial property</td><td align="right">142</td><td align="right">38</td><td align="right">0.7&nbsp;%</td></tr>
</table>
<p>Health outpatient: 78&nbsp;% straight-through processing (target 75&nbsp;%). Disability: waiting times for
psychiatric reports; two new external assessors contracted in May.</p></body></html>"""
    return alt(m, text, html)


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "body harmless; PDF household policy schedule with the named policyholder's birth date, address, sums insured and masked IBAN")
def _():
    date = "2026-05-18 12:00"
    m = new(f"Auerhahn Kundenservice <service@{D}>", "Ewa Zielinska <ewa.zielinska@inbox.example>",
            "Your documents", date)
    body(m, """Hello,

as requested, please find your documents attached.

Kind regards
Auerhahn Customer Service
""")
    att(m, "Policy_schedule_HR_40-318_662.pdf",
        pdf([("h", "Auerhahn Versicherung AG – Household contents insurance"),
             "Policy schedule (English convenience translation; the German version is binding)",
             "",
             "Policyholder: Ewa Zielinska, born 27 September 1990",
             "Insured address: Nauborner Straße 44, 2nd floor right, 35578 Wetzlar",
             "Policy number: HR 40-318 662 · Start: 1 June 2026 · Renewal: yearly",
             "",
             ("h", "Cover"),
             "Sum insured: EUR 52,000 (living space 65 sqm, waiver of underinsurance)",
             "Included: fire, burglary, water, storm/hail, bicycle theft up to EUR 1,500, "
             "valuables up to 20 % of the sum insured",
             "Deductible: EUR 150",
             "",
             ("h", "Premium"),
             "Annual premium EUR 138.70 incl. 19 % insurance tax, paid by SEPA direct debit",
             "Account: DE** **** **** **** **55 17 (mandate ref. AH-HR-4031866)",
             "",
             "Wetzlar, 18 May 2026"],
            "Auerhahn Versicherung AG", "Policy schedule HR 40-318 662", date))
    return m


@mail("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-company",
      "English mail quoting the German statutory accident insurer's letter on a named employee's workplace accident (amputation of fingertip)")
def _():
    m = new(A("karakaya"), "Fiona Ashcombe <fiona.ashcombe@tidewater-components.example>",
            "RE: Letter from the Berufsgenossenschaft – what does it mean for group accident?", "2026-05-19 15:37",
            irt="<LO2P265MB55C1@tidewater-components.example>")
    body(m, f"""Dear Fiona,

the letter is from the statutory accident insurer (Berufsgenossenschaft
Holz und Metall). It confirms that Mr Oleksandr Hrytsenko's accident at the
press line on 9 April is recognised as a workplace accident and that they
pay his treatment and sick pay. It does not affect your company's group
accident policy, which pays in addition.

For our group accident claim GU-26-00288 I will need from Mr Hrytsenko
himself the consent form and the final medical report – please do not
send us his medical documents via HR.

The key sentence, in German and in English:

> Der Arbeitsunfall vom 09.04.2026 wird anerkannt. Als Gesundheitsschaden
> wird festgestellt: Teilamputation des Endglieds des rechten Zeigefingers
> (S68.1) mit Nagelverlust. Die Heilbehandlung erfolgt zu unseren Lasten.

("The accident is recognised. Injury: partial amputation of the tip of the
right index finger with loss of the nail. Treatment is paid by the BG.")

Under your group policy, the loss of the tip of an index finger is
typically assessed at a fraction of the finger value (10 %); a payment of
a few thousand euros is likely once healing is complete.

{SIG['karakaya_en']}
""")
    return m


@mail("NORMAL", "de", "insurer-to-company",
      "trap: group accident annual adjustment: headcount per risk class declared by the employer (ODS); no employee named")
def _():
    date = "2026-05-20 10:05"
    m = new(A("karakaya"), "Petra Hallmann <p.hallmann@brennecke-stanz.example>",
            "Gruppenunfall FK-2019-00233 – Jahresmeldung Beschäftigtenzahlen", date)
    body(m, f"""Hallo Frau Hallmann,

zur jährlichen Beitragsanpassung Ihrer Gruppenunfallversicherung bitte ich
Sie, die Tabelle im Anhang bis 15.06. mit den Beschäftigtenzahlen zum
Stichtag 30.06. zu ergänzen. Wir brauchen nur die Anzahl je
Gefahrengruppe – keine Namen und keine Gehälter.

Die Vorjahreszahlen sind schon eingetragen.

{SIG['karakaya']}
""")
    att(m, "Jahresmeldung_GU_Brennecke_2026.ods",
        ods([("Meldung", [["Gruppenunfallversicherung FK-2019-00233 – Brennecke Stanztechnik GmbH"],
                          ["Gefahrengruppe", "Beschreibung", "Anzahl 30.06.2025", "Anzahl 30.06.2026", "Beitrag je Person EUR"],
                          ["A", "kaufmännisch / Verwaltung", 38, "", 88],
                          ["B", "Produktion / Lager / Versand", 141, "", 164],
                          ["Azubi", "Auszubildende (alle Bereiche)", 12, "", 52],
                          [],
                          ["Summe", "", 191, "", ""]])],
            "Ayşe Karakaya", "Jahresmeldung Gruppenunfall", date))
    return m


@mail("CONFIDENTIAL", "de", "insurer-to-company",
      "commercial liability: car-wash damaged a named private customer's car (plate, claim number); nobody hurt")
def _():
    m = new(A("eckerlein"), "Lahnauen Autowaschpark GmbH <info@lahnauen-waschpark.example>",
            "Schaden BH-26-00402 – beschädigter Außenspiegel, Kundin Frau Tietze", "2026-05-21 11:28")
    body(m, f"""Guten Tag Frau Berger,

zum Schaden aus Ihrer Waschstraße vom 12.05. (Betriebshaftpflicht
BH-2017-00903):

Geschädigte Kundin: Frau Jasmin Tietze, Pkw Opel Corsa, WZ-JT 804
Schaden: abgerissener Außenspiegel rechts, Kratzer an der Tür
Kostenvoranschlag Autohaus Krebs: 612,40 EUR

Ihre Videoaufzeichnung zeigt, dass die Seitenbürste den Spiegel erfasst
hat, obwohl er eingeklappt war. Wir übernehmen den Schaden daher und
regulieren direkt mit Frau Tietze. Verletzt wurde niemand.

Bitte prüfen Sie trotzdem die Einstellung der Seitenbürste; es ist der
dritte Spiegelschaden in diesem Jahr.

{SIG['eckerlein']}
""")
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "legal expenses for a medical-malpractice dispute: named customer's failed hip surgery, nerve damage, expert opinion")
def _():
    m = new(A("treibel"), "Hans-Peter Koslowski <hp.koslowski@netpost.example>",
            "Arzthaftung – Deckungszusage für das Gutachterverfahren", "2026-05-22 09:44",
            cc="Kanzlei Rothkegel & Aydın <kanzlei@rothkegel-aydin.example>")
    body(m, f"""Sehr geehrter Herr Koslowski,

für Ihre Ansprüche gegen die Orthopädische Klinik Lahnhöhe wegen der
Hüftoperation vom 17.09.2025 erteilen wir Deckungszusage aus Ihrer
Rechtsschutzversicherung RS 60-118 457 (Schaden-Nr. RS-26-03160) –
zunächst für die außergerichtliche Vertretung und das Verfahren vor der
Gutachterkommission der Landesärztekammer.

Nach dem Schreiben Ihres Anwalts wurde bei der Implantation der
Hüftprothese rechts der Nervus ischiadicus verletzt; seitdem besteht eine
Fußheberschwäche, Sie sind auf eine Peronaeusschiene angewiesen und
befinden sich in neurologischer Behandlung. Ihr Anwalt hält einen
Behandlungsfehler für wahrscheinlich.

Für ein Privatgutachten übernehmen wir bis zu 2.500 EUR, wenn Ihr Anwalt es
für erforderlich hält. Die Selbstbeteiligung beträgt 300 EUR.

{SIG['treibel']}
""")
    return m


@mail("NORMAL", "de", "insurer-to-partner",
      "trap: framework agreement with a hospital group on direct billing and electronic cost approvals; process only, no patient")
def _():
    m = new(A("wohlfahrt"), "Geschäftsführung Klinikverbund Mittelhessen <gf@klinikverbund-mh.example>",
            "Rahmenvereinbarung Direktabrechnung – Entwurf v3", "2026-05-25 13:30",
            cc=f"{A('amelung')}")
    body(m, f"""Sehr geehrter Herr Dr. Lorenz,

anbei die Punkte, die wir in Version 3 der Rahmenvereinbarung gegenüber
Ihrem Entwurf geändert haben:

§ 3 Kostenübernahme: Anfragen nur noch elektronisch über die Schnittstelle;
    Antwort bei planbaren Aufnahmen innerhalb von zwei Arbeitstagen, bei
    Notfällen entfällt die Anfrage.
§ 5 Abrechnung: Rechnungen über den Datenaustausch nach § 301-Format;
    Zahlung innerhalb von 21 Tagen.
§ 7 Wahlleistungen: Zweibettzimmer-Zuschlag gemäß Ihrer Preisliste 2026,
    Anpassung jährlich mit Ankündigung bis 30.09.
§ 9 Datenschutz: Übermittlung medizinischer Unterlagen nur auf
    Anforderung und nur im erforderlichen Umfang; keine Übersendung
    vollständiger Patientenakten per E-Mail.
§ 12 Laufzeit: 3 Jahre, Verlängerung um jeweils ein Jahr.

Unsere Datenschutzbeauftragte, Frau Amelung (in Kopie), hat § 9 bereits
freigegeben. Ich schlage ein Telefonat in der KW 23 vor.

{SIG['wohlfahrt']}
""")
    return m


@mail("CONFIDENTIAL", "de", "lawyer",
      "lawyer's fee note quoted internally for a named customer's neighbour dispute under legal expenses; amounts and file numbers")
def _():
    m = new(A("treibel"), f"Rechtsschutz Zahlungsfreigabe <rs-freigabe@{D}>",
            "Freigabe Kostennote RA Aydın – RS-26-01720 (Nachbarstreit Brückner)", "2026-05-26 15:18")
    body(m, f"""Hallo,

bitte die folgende Kostennote freigeben; Gegenstandswert geprüft,
Deckung liegt vor (Nachbarschaftsstreit Hecke/Grenzbepflanzung,
Außergerichtliche Einigung erzielt).

Gruß
Franziska Treibel

--- Text der Kostennote (aus dem Anhang übernommen) ---

Rothkegel & Aydın Rechtsanwälte · Kornmarkt 7 · 35578 Wetzlar

In Sachen Brückner, Klaus ./. Eheleute Seifried
Ihr Versicherungsnehmer: Klaus Brückner, Im Wiesengrund 14, 35614 Aßlar
Ihre Schaden-Nr.: RS-26-01720, Versicherungsschein RS 60-275 031

Gegenstandswert: 4.000 EUR
1,3 Geschäftsgebühr Nr. 2300 VV RVG       417,30 EUR
1,5 Einigungsgebühr Nr. 1000 VV RVG       481,50 EUR
Auslagenpauschale Nr. 7002 VV RVG          20,00 EUR
Zwischensumme                             918,80 EUR
19 % USt.                                 174,57 EUR
Gesamt                                  1.093,37 EUR
abzgl. Selbstbeteiligung des VN           150,00 EUR
Zahlbetrag                                943,37 EUR

Zahlbar auf das Kanzleikonto wie bekannt.
""")
    return m


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-doctor",
      "assistance asks a treating doctor abroad whether a named patient with pneumonia and COPD is fit to fly, oxygen need")
def _():
    m = new(A("brandhuber"), "Dr. Ana Rodrigues <ana.rodrigues@clinica-mar-azul.example>",
            "Fit to fly – your patient Mr Hermann Walther (case TA-26-01122)", "2026-05-27 19:05",
            cc="Atlasmed Assistance Lisbon <ops@atlasmed.example>")
    body(m, f"""Dear Dr Rodrigues,

thank you for your phone update this afternoon on our insured, Mr Hermann
Walther (born 2 February 1949), who has been treated at your clinic since
22 May for community-acquired pneumonia on the background of known COPD
(GOLD 3).

To plan his repatriation to Germany we would be grateful for a short
written medical report answering:

1. current oxygen saturation at rest and on exertion, and whether he
   needs supplemental oxygen (flow rate);
2. the antibiotic therapy and whether it can be continued orally;
3. whether he can walk to the aircraft seat or needs a wheelchair
   (WCHS/WCHC);
4. your assessment of fitness to fly on a scheduled flight with
   medical escort, and the earliest date.

Our medical team is available 24/7 on +49 6441 7700-7777 for a
doctor-to-doctor call. Please send the report via our partner Atlasmed
(in copy).

{SIG['brandhuber']}
""")
    return m


@mail("NORMAL", "en", "insurer-to-customer",
      "HTML-only notification that a secure message is waiting in the portal; no content")
def _():
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#333">
<table width="560" cellpadding="16" style="border:1px solid #ddd">
<tr><td style="background:#5a3e1b;color:#fff;font-size:18px">Auerhahn SecureMail</td></tr>
<tr><td>
<p>Hello,</p>
<p>you have received a new secure message from Auerhahn Versicherungsgruppe.</p>
<p>For your protection, the content is not sent by normal e-mail. Please log in to your secure mailbox to read it:</p>
<p style="text-align:center"><a href="https://sichere-post.auerhahn.example/inbox"
 style="background:#5a3e1b;color:#fff;padding:10px 20px;text-decoration:none">Open secure mailbox</a></p>
<p>The message will be available for 90 days.</p>
<p style="font-size:11px;color:#888">This notification was sent automatically. Please do not reply.
If you have forgotten your password, use the "Forgot password" link and answer your security question.</p>
</td></tr></table></body></html>"""
    m = new(f"Auerhahn SecureMail <no-reply@{D}>", "margaret.holloway@postbox.example",
            "New secure message from Auerhahn", "2026-05-28 09:31", extra={"Auto-Submitted": "auto-generated"})
    return html_only(m, html)


@mail("CONFIDENTIAL", "en", "insurer-to-company",
      "office fire: compensation for named employees' personal belongings under the company's contents policy, amounts per person")
def _():
    m = new(A("eckerlein"), "Graham Pellew <graham.pellew@tidewater-components.example>",
            "Herborn fire – employees' personal belongings", "2026-05-29 11:02")
    body(m, f"""Dear Graham,

following up on the warehouse fire claim PR-26-00204: your policy includes
employees' personal belongings kept at the workplace (up to EUR 2,000 per
person). We have checked the lists your team leaders collected and will
pay as follows:

  Dariusz Wróbel    work boots, jacket, bicycle (charging area)  EUR 1,180.00
  Melanie Brandt    jacket, handbag with purse                   EUR   340.00
  Kai-Uwe Henning   tools (own), radio                            EUR   910.00
  Ayla Sarıkaya     bicycle helmet, rain gear                     EUR   145.00
                                                                  -----------
                                                                  EUR 2,575.00

As agreed, we pay the total to Tidewater Components GmbH, and your payroll
passes the amounts on to the employees. Please ask them not to submit the
same items to their own household insurers.

{SIG['eckerlein_en']}
""")
    return m


@mail("NORMAL", "en", "internal",
      "trap: staff running club announcement mentioning knee injuries, warm-up advice and a charity run for a children's hospice; no individual's health")
def _():
    m = new(A("nyberg"), f"Auerhahn Running Club <laufgruppe@{D}>",
            "Running club: new season, warm-up tips and the hospice charity run", "2026-06-01 12:30")
    body(m, f"""Hi runners,

the summer season starts next Tuesday, 18:00, meeting point as always at
the back entrance (car park P2). Two groups: 5 km easy and 10 km tempo along
the Lahn.

After last season's knee and ankle complaints in the tempo group, our
physio-trained colleague from the health management team will do a 10-minute
warm-up with us on the first three evenings. General advice:
- build up distance slowly, no more than 10 % per week
- replace shoes after roughly 800 km
- listen to your body – if something hurts, skip a session

Charity run: on 5 July we join the "Lahnlauf" in Gießen; all entry fees
and our sponsor's donation (EUR 10 per kilometre run by the team) go to the
children's hospice in Marburg. Sign up in the intranet list by 20 June.

See you on Tuesday!
Lasse (and the organising team)
""")
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
      "occupational pension (life line): pension equalisation on the divorce of a named employee, values of his entitlement and his ex-wife's share")
def _():
    m = new(A("marquardt"), "Meridian Benefits Consulting <benefits@meridian-benefits.example>",
            "Versorgungsausgleich – Herr Kilian Wendt (Talsperre Software, GV-LV-3318)", "2026-06-02 14:40")
    body(m, f"""Hallo Herr Reinhold,

wie telefonisch besprochen, kurz zum Stand des Versorgungsausgleichs bei
Herrn Kilian Wendt (Direktversicherung im Gruppenvertrag GV-LV-3318 der
Talsperre Software GmbH):

- Das Familiengericht Marburg (Az. 72 F 411/25) hat uns zur Auskunft
  aufgefordert. Ehezeit: 01.06.2019 bis 30.11.2025.
- Ehezeitanteil des Anrechts (Kapitalwert): 14.862,30 EUR
- vorgeschlagener Ausgleichswert: 7.231,15 EUR (hälftig abzgl. Teilungs-
  kosten von 200 EUR, je zur Hälfte)
- Wir schlagen die interne Teilung vor: Frau Lisa Wendt, geb. Brandl,
  erhält ein eigenes Anrecht in unserem Tarif, ohne Gesundheitsprüfung.

Der Arbeitgeber muss nichts veranlassen; die Beitragszahlung für Herrn
Wendt läuft unverändert weiter. Ich wollte Sie nur informieren, weil
Herr Wendt bei Ihnen nachgefragt hatte – bitte geben Sie die Zahlen nicht
an die Personalabteilung weiter.

{SIG['marquardt']}
""")
    return m


@mail("NORMAL", "en", "insurer-to-broker",
      "boiler inspection report summary (PDF) for a commercial client's plant; technical findings, company-only")
def _():
    date = "2026-06-03 10:15"
    m = new(A("vollrath"), "Svenja Lindqvist <s.lindqvist@lindqvist-partner.example>",
            "Kaltenbrunn Brauerei – engineering inspection report boilers/brewhouse", date)
    body(m, f"""Dear Ms Lindqvist,

as your client's insurance is handled partly by the group's UK office, I
attach the English summary of our engineering inspection at Kaltenbrunn
Brauerei (machinery breakdown policy TV-2021-00330). Two recommendations
are conditions for the renewal; the rest are advisory.

{SIG['vollrath_en']}
""")
    att(m, "Kaltenbrunn_engineering_inspection_2026-05.pdf",
        pdf([("h", "Engineering inspection – summary"),
             "Insured: Kaltenbrunn Brauerei AG, Brauhausstraße 1, 35647 Waldsolms",
             "Policy: machinery breakdown TV-2021-00330 · Inspection date: 21 May 2026",
             "Inspector: R. Vennemann (Sachverständigenbüro Vennemann)",
             "",
             ("h", "Findings"),
             "1. Steam boiler 2 (8 t/h, year 2004): wall thickness of the flame tube within limits; "
             "burner management system outdated, spare parts no longer available. CONDITION: replace burner "
             "control by 31 March 2027.",
             "2. Brewhouse: agitator gearbox of the mash tun shows increased vibration (6.8 mm/s). "
             "CONDITION: oil analysis and vibration monitoring every 3 months.",
             "3. Bottling line: good maintenance standard, spare parts stock adequate.",
             "4. Refrigeration (ammonia): leak detection tested, documentation complete.",
             "",
             ("h", "Risk assessment"),
             "Overall: good. Estimated maximum loss machinery breakdown: EUR 4.2m (boiler house incl. "
             "interruption of the brewhouse for 10 weeks)."],
            "Dr. Henrike Vollrath", "Engineering inspection Kaltenbrunn", date))
    return m


@mail("CONFIDENTIAL", "mixed", "insurer-to-customer",
      "English reply quoting the customer's German bank-change form: new IBAN, account holder and contracts of a named customer")
def _():
    iban = IB("DE", "520604100008847120")
    m = new(A("yildiz"), "Sean McAllister <sean.mcallister@lahn-mail.example>",
            "Re: Änderung Bankverbindung / change of bank details", "2026-06-04 10:44",
            irt="<b8c2d1aa@lahn-mail.example>")
    body(m, f"""Dear Mr McAllister,

thank you – your new bank details are saved for both contracts. From the
next due date (1 July) we will collect the premiums from the new account.
The old mandate has been cancelled.

Here is what we saved, taken from the form you sent us:

> Änderung der Bankverbindung
> Versicherungsnehmer: Sean McAllister, Bergstraße 5, 35578 Wetzlar
> Verträge: Kfz KF 77 603 114 9, Privathaftpflicht PH 19-704 338
> Neue IBAN: {iban}
> Kontoinhaber: Sean McAllister und Niamh McAllister
> Datum/Unterschrift: 01.06.2026, S. McAllister

If anything is wrong, just reply to this mail.

{SIG['yildiz_en']}
""")
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "long-term care: approval of a care bed and walker for the addressee, care grade and Parkinson's disease mentioned")
def _():
    m = new(A("demirci"), "Walter Eisenhuth <w.eisenhuth@t-mail.example>",
            "Ihre Pflegehilfsmittel – Pflegebett und Rollator genehmigt", "2026-06-05 09:20")
    body(m, f"""Sehr geehrter Herr Eisenhuth,

Ihre Anträge auf Pflegehilfsmittel aus Ihrer privaten Pflegepflicht-
versicherung (PPV 41-203 775) haben wir genehmigt:

- elektrisch verstellbares Pflegebett mit Seitengittern (leihweise über
  das Sanitätshaus Rhön-Vital, Lieferung und Aufbau inklusive),
- Leichtgewicht-Rollator mit Sitzfläche (Eigenanteil 10 %, max. 25 EUR).

Grundlage ist das Pflegegutachten vom 12.05.2026 (Pflegegrad 2), das bei
Ihnen eine Parkinson-Erkrankung mit Gangunsicherheit und Stürzen in den
letzten Monaten beschreibt, sowie die Verordnung Ihres Neurologen.

Das Sanitätshaus meldet sich wegen eines Liefertermins bei Ihnen. Für den
Umbau des Badezimmers (bodengleiche Dusche) können Sie einen Zuschuss für
wohnumfeldverbessernde Maßnahmen von bis zu 4.180 EUR beantragen – das
Formular schicke ich Ihnen gern zu.

{SIG['demirci']}

{FOOT_KV}
""")
    return m


@mail("NORMAL", "de", "insurer-to-partner",
      "trap: answer to a consumer advice centre about general terms of a disability product; no customer concerned")
def _():
    m = new(A("quast"), "Verbraucherzentrale Hessen – Team Versicherungen <versicherungen@vz-hessen.example>",
            "Ihre Anfrage zu § 7 unserer BU-Bedingungen (Nachprüfung)", "2026-06-08 15:00")
    body(m, f"""Sehr geehrte Frau Dr. Hagedorn,

vielen Dank für Ihre Anfrage vom 26.05. Sie fragen allgemein, ob wir im
Nachprüfungsverfahren nach § 7 unserer BU-Bedingungen (Stand 2023) auf
einen anderen Beruf verweisen, den die versicherte Person nach Eintritt
der Berufsunfähigkeit neu erlernt hat.

Antwort: Eine konkrete Verweisung ist nur möglich, wenn die versicherte
Person tatsächlich eine andere Tätigkeit ausübt, die ihrer bisherigen
Lebensstellung entspricht. Eine abstrakte Verweisung schließen unsere
Bedingungen seit 2012 aus. Eine Umschulung allein führt nicht zum Ende
der Leistung; erst die Aufnahme einer entsprechenden Tätigkeit.

Für Ihre Beratungspraxis haben wir die Bedingungen der Tarifgenerationen
2012, 2018 und 2023 als PDF auf unserer Website veröffentlicht:
https://www.auerhahn.example/bedingungen/bu

Für Rückfragen stehe ich gern zur Verfügung.

{SIG['quast']}
""")
    return m


@mail("CONFIDENTIAL", "de", "customer",
      "customer's mail attached as message/rfc822 (windows-1252): change of address and new car, named person, plate and policy; no health data")
def _():
    inner = fwd_msg("Dieter Wollenhaupt <d.wollenhaupt@netpost.example>", f"service@{D}",
                    "Umzug und neues Auto", "2026-06-08 22:14",
                    """Sehr geehrte Damen und Herren,

ich bin zum 1.6. umgezogen, neue Adresse: Am Lindenbaum 9, 35625 Hüttenberg.
Außerdem habe ich mein Auto gewechselt, der alte Golf (WZ-DW 55) ist
verkauft, der neue ist ein Seat Leon, FIN VSSZZZKLZRR104417, Kennzeichen
bleibt gleich. Bitte ändern Sie das in meiner Kfz-Versicherung KF 77 390 211 5
und in der Hausrat HR 40-260 480. Geb.-Datum falls Sie es brauchen:
23.02.1962.

Mit freundlichen Grüßen
Dieter Wollenhaupt
""", seed_host="netpost.example", charset="windows-1252")
    m = new(A("yildiz"), f"Bestandsverwaltung Privat <bestand-privat@{D}>",
            "WG: Umzug und neues Auto – Herr Wollenhaupt", "2026-06-09 08:12")
    body(m, """Hallo zusammen,

bitte Adresse und Fahrzeugwechsel erfassen (Mail im Anhang). Für den
Fahrzeugwechsel brauchen wir noch die Zulassungsbescheinigung Teil I, die
fordere ich an.

Danke!
Cem
""")
    att(m, "Umzug und neues Auto.eml", inner)
    return m


@mail("NORMAL", "de", "internal",
      "trap: data-protection quiz on what counts as health data, with fictitious 'Erika Musterfrau' examples")
def _():
    m = new(A("amelung"), f"Alle Beschäftigten <alle@{D}>",
            "Datenschutz-Quiz: Ist das ein Gesundheitsdatum? (5 Minuten)", "2026-06-10 09:00")
    body(m, f"""Liebe Kolleginnen und Kollegen,

testen Sie Ihr Wissen – die Auflösung steht unten. Alle Beispiele sind
erfunden, "Erika Musterfrau" gibt es nicht.

1. "Erika Musterfrau hat eine Brille mit -3,5 Dioptrien."
2. "Erika Musterfrau ist bei uns hausratversichert."
3. "Erika Musterfrau hat ihren Termin wegen eines Zahnarztbesuchs verschoben."
4. "Die Krankenquote in Abteilung X lag im Mai bei 6,2 %."
5. "Erika Musterfrau, geb. 01.01.1970, IBAN DE02 1203 0000 0000 2020 51"
6. "Der Hund von Erika Musterfrau wurde am Knie operiert."

Auflösung
1. Ja – Sehhilfe einer identifizierbaren Person = Gesundheitsdatum.
2. Nein – aber vertraulich: Die Tatsache, dass eine Person versichert ist.
3. Ja – auch ein Arzttermin verrät etwas über die Gesundheit.
4. Nein, solange die Abteilung groß genug ist und niemand erkennbar wird.
5. Nein – aber vertraulich (Geburtsdatum, Bankdaten). Die IBAN ist übrigens
   eine veröffentlichte Beispiel-IBAN.
6. Nein, Tiergesundheit ist kein Gesundheitsdatum im Sinne der DSGVO –
   aber die Tierkrankenversicherung der Halterin ist vertraulich.

Fragen? Schreiben Sie mir.

{SIG['amelung']}
""")
    return m


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "private accident insurance: dog bite injury to the addressee's hand, tendon surgery and scarring, benefits and medical documents requested")
def _():
    m = new(A("sauerwein"), "Fenna de Vries <fenna.devries@mailhub.example>",
            "Accident claim UV-26-00911 – dog bite of 2 May", "2026-06-11 14:08")
    body(m, f"""Dear Ms de Vries,

thank you for reporting your accident. I'm sorry to hear about the bite.

According to the report of the hand surgery department of the university
hospital, a neighbour's dog bit you in the left hand on 2 May; the flexor
tendon of the ring finger was injured and repaired surgically the same day,
and the wound became infected, which required a second operation and
intravenous antibiotics. You were in hospital for six days.

Under your accident policy UV 88-455 130 we pay now:
  hospital daily benefit  6 days x EUR 40     EUR 240.00
  recovery benefit                            EUR 240.00

Possible permanent impairment (finger mobility, scarring) will be assessed
once treatment is complete, at the latest 15 months after the accident.
Please send us the report of your hand therapist at the end of the therapy.

Note: the dog owner's liability insurer is liable for your damages
(including compensation for pain and suffering); our benefits are paid
independently of that.

{SIG['sauerwein_en']}
""")
    return m


@mail("NORMAL", "en", "insurer-to-company",
      "certificate of liability insurance (PDF) for a construction company's tender; company, limits and policy period only")
def _():
    date = "2026-06-12 08:30"
    m = new(A("hahnemann"), "Eberlein Hoch- und Tiefbau GmbH <ausschreibungen@eberlein-bau.example>",
            "Certificate of insurance for tender ref. NL-2026-RWS-114", date)
    body(m, f"""Dear Ms Eberlein,

as requested, the English certificate of insurance for your tender with the
Dutch road authority is attached. It confirms the general liability cover
of Eberlein Hoch- und Tiefbau GmbH with the limits required in the tender
documents.

{SIG['hahnemann_en']}
""")
    att(m, "Certificate_of_Insurance_Eberlein_2026.pdf",
        pdf([("h", "CERTIFICATE OF INSURANCE"),
             "Auerhahn Versicherung AG, Am Auerhahnhof 3, 35578 Wetzlar, Germany",
             "",
             "We hereby confirm that the following insurance is in force:",
             "",
             "Insured: Eberlein Hoch- und Tiefbau GmbH, Industriepark 12, 35745 Herborn, Germany",
             "Policy: General and products liability, policy no. BH-2015-00644",
             "Period: 1 January 2026 to 1 January 2027 (annual renewal)",
             "Territorial scope: European Union, Switzerland, United Kingdom",
             "Limits: EUR 10,000,000 per occurrence for bodily injury and property damage combined, "
             "aggregate EUR 20,000,000 per year; environmental liability EUR 5,000,000; damage to "
             "underground utilities EUR 2,500,000.",
             "Deductible: EUR 2,500 per occurrence (property damage only)",
             "Additional insured: the contracting authority, as far as required by the contract",
             "",
             "This certificate is issued for information only and does not amend, extend or alter the "
             "cover provided by the policy.",
             "",
             "Wetzlar, 12 June 2026 · Auerhahn Versicherung AG"],
            "Tobias Hahnemann", "Certificate of insurance", date))
    return m


@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "fleet renewal via broker: claims history per named nursing-service driver (no injuries), who caused how many claims")
def _():
    m = new(A("struebing"), "Svenja Lindqvist <s.lindqvist@lindqvist-partner.example>",
            "Nordlicht Pflege – Flottenverlängerung, Schadenhäufung bei drei Fahrerinnen", "2026-06-15 11:11")
    body(m, f"""Hallo Frau Lindqvist,

zur Verlängerung der Flotte Ihrer Kundin Nordlicht Ambulante Pflege GmbH
(FK-2021-00087, 34 Kleinwagen) vorab: Die Schadenquote liegt bei 97 %. Fast
die Hälfte des Schadenaufwands entfällt auf drei Fahrerinnen:

  Frau Nadine Kellermann   5 Schäden (Rangieren, Parkschäden), 7.420 EUR
  Frau Olga Sommer         3 Schäden (2 x Auffahren), 9.880 EUR
  Frau Birgit Roos         3 Schäden (Parkschäden, Tor), 3.210 EUR

Verletzt wurde bei keinem dieser Schäden jemand.

Wir könnten die Flotte ohne Beitragserhöhung verlängern, wenn Nordlicht
für diese Fahrerinnen ein Fahrsicherheitstraining nachweist (Kosten
übernehmen wir zu 50 %) und den Selbstbehalt in der Vollkasko auf 500 EUR
anhebt. Andernfalls wären es +18 %.

Bitte besprechen Sie das mit der Geschäftsführung – die Namen bitte nur
an Frau Orthwein weitergeben, nicht in der Belegschaft.

{SIG['struebing']}
""")
    return m


@mail("NORMAL", "en", "insurer-to-partner",
      "property cat treaty renewal information to a reinsurer: exposure and loss figures of the portfolio, no individual risk or person")
def _():
    m = new(A("laurent"), "Lars Ødegaard <lars.odegaard@skagerrak-re.example>",
            "Property cat XL 2027 – renewal submission, first figures", "2026-06-16 17:22")
    body(m, f"""Dear Lars,

ahead of the full submission in August, the first figures for the property
catastrophe excess of loss programme 2027:

Portfolio (as at 31 May 2026)
- total sums insured EUR 94.1bn (private property 71 %, commercial 29 %)
- 412,000 risks, 96 % in Hesse, Rhineland-Palatinate, Thuringia
- natural hazards (flood) take-up 61 % of buildings policies

Modelled losses (vendor model, incl. 10 % loading)
- 1-in-200 windstorm EUR 318m, 1-in-200 flood EUR 244m
- 1-in-200 combined EUR 402m

Historical events (gross, indexed)
- storm "Sabine" 2020: EUR 41m
- flash floods July 2021: EUR 67m
- hail June 2025: EUR 23m

Proposed structure unchanged: retention EUR 25m, four layers up to
EUR 425m, one reinstatement each.

Full exposure data (CRESTA level) will follow via the data room.

{SIG['laurent']}
""")
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
      "body harmless; CSV enrols named employees and family members with birth dates into company health insurance (health line)")
def _():
    date = "2026-06-17 13:45"
    m = new(A("karakaya"), "Jana Wilke <jana.wilke@talsperre-software.example>",
            "bKV Talsperre – Ihre Anmeldeliste Juli: Rückfragen in der Datei", date)
    body(m, f"""Hallo Frau Wilke,

Ihre Anmeldeliste zum 01.07. habe ich verarbeitet. Zwei Zeilen konnte ich
nicht übernehmen, die Gründe stehen in der letzten Spalte – bitte
ergänzen und die Datei zurückschicken.

{SIG['karakaya']}
""")
    rows = [["Personalnr", "Name", "Vorname", "Geburtsdatum", "Rolle", "Tarif", "Beginn", "Status / Rueckfrage"],
            ["T-0203", "Nakamura", "Ren", "17.06.1994", "Mitarbeiter", "bKV Budget 900", "01.07.2026", "angemeldet"],
            ["T-0203", "Nakamura", "Haruto", "02.03.2023", "Kind (Eigenbeitrag)", "bKV Budget 900", "01.07.2026", "angemeldet"],
            ["T-0204", "Lindqvist", "Malin", "05.11.1999", "Mitarbeiterin", "bKV Budget 900", "01.07.2026", "angemeldet"],
            ["T-0205", "Okafor", "Daniel", "29.04.1987", "Mitarbeiter", "bKV Budget 900", "01.07.2026", "angemeldet"],
            ["T-0205", "Okafor", "Grace", "11.08.1989", "Ehepartnerin (Eigenbeitrag)", "bKV Budget 900", "01.07.2026", "Gesundheitsfragen fuer Angehoerige fehlen"],
            ["T-0209", "Schmid", "Anton", "", "Mitarbeiter", "bKV Budget 900", "01.07.2026", "Geburtsdatum fehlt"]]
    att(m, "bKV_Anmeldung_2026-07_Talsperre.csv", csv_text(rows))
    return m


@mail("NORMAL", "de", "internal",
      "trap: ICD-10-GM 2027 update notes for claims staff (new and changed codes); classification only, no patient")
def _():
    m = new(A("anstaett"), f"Leistung KV <leistung-kv@{D}>, Leistung BU <leistung-bu@{D}>",
            "ICD-10-GM 2027 – Vorabfassung: was sich für die Leistungsprüfung ändert", "2026-06-18 12:02")
    body(m, f"""Liebe Kolleginnen und Kollegen,

das BfArM hat die Vorabfassung der ICD-10-GM 2027 veröffentlicht. Für
unsere Arbeit relevant:

- Long COVID: zusätzliche Differenzierung unter U09.9 wird über neue
  Zusatzkennzeichen abgebildet; bitte bei BU-Anträgen genau auf die
  begleitenden Schlüssel achten (z. B. G93.3 für Fatigue-Syndrom).
- Adipositas (E66.-): neue fünfte Stellen nach BMI-Klasse; in der
  Risikoprüfung bitte weiterhin den gemessenen BMI verwenden, nicht den
  Kode.
- Neue Kodes für Komplikationen nach GLP-1-Therapie sind nicht
  vorgesehen; Nebenwirkungen bleiben unter T88.7.
- Zusatzkennzeichen G/V/Z/A unverändert; "Z" (Zustand nach) wird
  weiterhin häufig fehlerhaft verwendet – im Zweifel Rückfrage bei der
  Praxis.

Die Textbausteine für die Rückfragen an Praxen passe ich bis Oktober an.
Die Umstellung im Leistungssystem erfolgt zum 01.01.2027.

{SIG['anstaett']}
""")
    return m


@mail("CONFIDENTIAL", "en", "insurer-to-partner",
      "motor subrogation to another insurer: named third-party driver, plates, claim amounts; property damage only")
def _():
    m = new(A("oberdoerfer"), "Claims Recovery Nordsee Assekuranz <regress@nordsee-assekuranz.example>",
            "Recovery KF-G-26-00871 / your ref. 4410-26-118833", "2026-06-19 10:30")
    body(m, f"""Dear colleagues,

regarding the collision of 2 February 2026 at the loading dock in Herborn:

Your policyholder, Mr Jan-Hendrik Thamsen, driving the truck HH-JT 4412,
reversed into our insured vehicle LDK-TC 12 (Tidewater Components GmbH),
which was parked in the marked loading zone. Your policyholder admitted
liability at the scene; the police report (Herborn, 0211/26) confirms this.

Our payments to date (comprehensive cover of our policyholder):
  repair (invoice Autohaus Seibert)    EUR 3,120.00
  loss of use, 4 days                  EUR   236.00
  assessor's fee                       EUR   412.50
                                       ------------
                                       EUR 3,768.50

We ask you to reimburse EUR 3,768.50 within 30 days. There were no
injuries.

{SIG['oberdoerfer_en']}
""")
    return m


@mail("NORMAL", "mixed", "insurer-to-company",
      "trap: English HR director gets the German plan rules of a company pension scheme explained; general scheme terms, no employee")
def _():
    m = new(A("marquardt"), "Fiona Ashcombe <fiona.ashcombe@tidewater-components.example>",
            "Your question on the German pension plan rules (Versorgungsordnung)", "2026-06-22 09:55",
            cc=A("raman"))
    body(m, f"""Dear Ms Ashcombe,

Priya asked me to explain the main clauses of your German pension plan
rules for your UK board paper. The plan is a direct insurance scheme
(Direktversicherung) via salary sacrifice with an employer top-up.

Key clauses (German original, then English):

> § 3 Beitrag: Die Mitarbeitenden können bis zu 8 % der
> Beitragsbemessungsgrenze der gesetzlichen Rentenversicherung (West)
> steuerfrei umwandeln. Der Arbeitgeber zahlt einen Zuschuss von 15 % des
> umgewandelten Betrags.

Employees may convert up to 8 % of the statutory pension contribution
ceiling tax-free; the employer adds 15 % of the converted amount (this
15 % is mandatory by law where the employer saves social security
contributions).

> § 5 Unverfallbarkeit: Anwartschaften aus Entgeltumwandlung sind sofort
> unverfallbar.

Entitlements from salary sacrifice vest immediately – employees keep them
when they leave.

> § 7 Leistungen: Altersrente ab Vollendung des 67. Lebensjahres,
> wahlweise Kapitalabfindung; Hinterbliebenenrente 60 %.

Retirement pension from age 67, optional lump sum; 60 % survivor's pension.

Let me know if the board needs figures; I can provide anonymised totals.

{SIG['marquardt']}
""")
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-assessor",
      "ZIP to a psychiatric assessor with a named BU claimant's files: discharge letter (PDF), questions (DOCX), index; diagnoses inside")
def _():
    date = "2026-06-23 14:20"
    arzt = pdf([("h", "Tagesklinik für Psychiatrie und Psychotherapie Lahnhöhe"),
                "Entlassungsbericht",
                "Patientin: Dagmar Stöhr, geb. 11.03.1975",
                "Behandlungszeitraum: 06.10.2025 – 28.11.2025 (teilstationär)",
                "",
                ("h", "Diagnosen"),
                "F33.1 Rezidivierende depressive Störung, gegenwärtig mittelgradige Episode",
                "M54.4 Lumboischialgie links",
                "",
                ("h", "Verlauf"),
                "Aufnahme bei zunehmender Antriebsminderung, Schlafstörungen und Grübelneigung vor dem "
                "Hintergrund chronischer Rückenschmerzen. Unter Sertralin 100 mg und Gruppentherapie "
                "leichte Besserung. Bei Entlassung weiterhin eingeschränkte Belastbarkeit; Empfehlung "
                "ambulante Psychotherapie und stufenweise Wiedereingliederung frühestens in drei Monaten.",
                "",
                "Dr. med. S. Albrecht, Oberärztin"],
               "Tagesklinik Lahnhöhe", "Entlassungsbericht", "2025-11-28 12:00")
    fragen = docx([("h", "Gutachtenauftrag BU – Fragen an den Sachverständigen"),
                   "Versicherte Person: Dagmar Stöhr, geb. 11.03.1975 · Vertrag LV-5520 1193",
                   "Zuletzt ausgeübter Beruf: Altenpflegerin (Vollzeit, Schichtdienst)",
                   "1. Welche Erkrankungen liegen vor (ICD-10)?",
                   "2. Seit wann und in welchem Ausmaß ist die Leistungsfähigkeit im zuletzt ausgeübten Beruf eingeschränkt?",
                   "3. Ist mit einer Besserung innerhalb von sechs Monaten zu rechnen?",
                   "4. Sind die Beschwerden konsistent mit den Befunden der behandelnden Ärzte?"],
                  "Benedikt Quast", "Gutachtenauftrag", date)
    index = ("Akte LV-5520 1193 / Stöhr, Dagmar – Unterlagen für Gutachten Dr. Alberts\r\n"
             "01_Entlassungsbericht_Tagesklinik.pdf\r\n02_Gutachtenauftrag_Fragen.docx\r\n"
             "Befundbericht Dr. Eschenbach folgt per Post.\r\n")
    z = zipfile_of([("Stoehr_LV-5520-1193/00_Inhalt.txt", index.encode("utf-8")),
                    ("Stoehr_LV-5520-1193/01_Entlassungsbericht_Tagesklinik.pdf", arzt),
                    ("Stoehr_LV-5520-1193/02_Gutachtenauftrag_Fragen.docx", fragen)], date)
    m = new(A("quast"), "Dr. med. Konstantin Alberts <praxis@gutachten-alberts.example>",
            "Gutachtenauftrag LV-5520 1193 – Unterlagen", date)
    body(m, f"""Sehr geehrter Herr Dr. Alberts,

wie telefonisch vereinbart erhalten Sie die Unterlagen zum Gutachtenauftrag
als ZIP-Datei. Das Kennwort teile ich Ihnen telefonisch mit.

Um einen Untersuchungstermin bitten wir innerhalb der nächsten vier
Wochen; die versicherte Person ist informiert.

{SIG['quast']}
""")
    att(m, "LV-5520-1193_Unterlagen.zip", z)
    return m


@mail("NORMAL", "de", "insurer-to-company",
      "trap: invitation (ICS) of HR contacts of corporate clients to a workplace-health conference; programme only")
def _():
    date = "2026-06-24 10:00"
    m = new(A("karakaya"), "undisclosed-recipients:;",
            "Einladung: Auerhahn Forum Betriebliches Gesundheitsmanagement am 17. September", date,
            extra={"Precedence": "bulk"})
    body(m, f"""Sehr geehrte Damen und Herren,

als Ansprechpartnerinnen und Ansprechpartner unserer Firmenkunden laden wir
Sie herzlich zum Auerhahn Forum Betriebliches Gesundheitsmanagement ein:

Donnerstag, 17. September 2026, 9:30–15:30 Uhr
Auerhahn Tagungszentrum, Am Auerhahnhof 3, Wetzlar

Programm
- Psychische Belastungen am Arbeitsplatz: Was die Gefährdungsbeurteilung
  leisten kann (Prof. Dr. Marion Keil, Hochschule Mittelhessen)
- bKV in der Praxis: Nutzungsquoten und Erfahrungen aus 120 Unternehmen
- Rückkehr nach langer Krankheit: BEM ohne Datenpannen
- Workshop: Hitzeschutz in Produktion und Lager

Die Teilnahme ist kostenfrei. Bitte melden Sie sich bis 31.08. über
https://www.auerhahn.example/forum-bgm an; eine Kalenderdatei liegt bei.

{SIG['karakaya']}
""")
    att(m, "Auerhahn_Forum_BGM_2026.ics",
        ics("forum-bgm-2026@auerhahn.example", "2026-09-17 09:30", "2026-09-17 15:30",
            "Auerhahn Forum Betriebliches Gesundheitsmanagement",
            "Auerhahn Tagungszentrum\\, Am Auerhahnhof 3\\, 35578 Wetzlar",
            ("Ayşe Karakaya", ADDR("karakaya")), [],
            "Vorträge zu psychischen Belastungen, bKV, BEM und Hitzeschutz. Anmeldung bis 31.08.",
            method="PUBLISH"),
        params={"method": "PUBLISH"})
    return m


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "dog owner's liability: named customer's dog injured another dog (animal health), vet bill of the other owner; no human injury")
def _():
    m = new(A("yildiz"), "Simone Brückel <simone.brueckel@webpost.example>",
            "Ihr Haftpflichtschaden TH-26-00219 – Beißerei auf der Hundewiese", "2026-06-25 16:05")
    body(m, f"""Hallo Frau Brückel,

zur Beißerei vom 07.06. auf der Hundewiese an der Lahn: Ihre
Tierhalterhaftpflicht TH 03-188 560 übernimmt die Tierarztrechnung für den
Hund von Herrn Volker Lenz (Beagle "Otto"):

  Wundversorgung unter Sedierung, Naht, Antibiotikum   486,20 EUR
  Kontrolle und Fädenziehen                              58,90 EUR
                                                       ----------
                                                        545,10 EUR

Wir zahlen direkt an Herrn Lenz. Menschen wurden nach Ihrer und seiner
Schilderung nicht verletzt.

Ihre Selbstbeteiligung von 150 EUR verrechnen wir mit dem nächsten
Beitrag, falls Sie nichts anderes wünschen.

{SIG['yildiz']}
""")
    return m


@mail("NORMAL", "en", "internal",
      "trap: security warning about phishing mails with fake 'medical report' and 'claim documents' attachments; no real case")
def _():
    m = new(A("nyberg"), f"All staff <alle@{D}>",
            "Security alert: phishing with fake medical reports and claim documents", "2026-06-26 11:45")
    body(m, f"""Dear colleagues,

since yesterday we have been seeing a wave of phishing mails aimed at
insurers. Typical features:

- subject like "Arztbericht zu Ihrem Leistungsfall", "Medical report –
  urgent" or "Nachreichung Unterlagen Schaden"
- sender addresses that look like doctors' practices or law firms, but
  with odd domains
- attachment "Befund_2026.zip" or an HTML file that asks you to log in
  with your Auerhahn password to "view the secure document"

The gateway has blocked most of them, but some got through. Please:
1. do not open the attachments or enter your password,
2. use the "Report phishing" button in Outlook,
3. if you already clicked, call the Service Desk immediately (ext. 5000).

Real medical reports from doctors reach us via the doctors' portal or by
post – never as a ZIP asking for your password.

{SIG['nyberg']}
""")
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "health insurance premium arrears of the named policyholder (health line, PKV emergency tariff threatened); no medical word")
def _():
    m = new(f"Auerhahn KV Beitragsservice <beitragsservice-kv@{D}>", "Sven Lautenschläger <s.lautenschlaeger@freenet-mail.example>",
            "Beitragsrückstand in Ihrer Krankenversicherung KV 31-771 026 – bitte melden Sie sich", "2026-06-29 08:40")
    body(m, f"""Sehr geehrter Herr Lautenschläger,

in Ihrer Krankheitskostenvollversicherung KV 31-771 026 sind die Beiträge
für April, Mai und Juni 2026 offen (3 x 612,84 EUR = 1.838,52 EUR zzgl.
Säumniszuschlag 18,00 EUR).

Bitte nehmen Sie diese Nachricht ernst: Bleibt der Rückstand bestehen,
müssen wir nach § 193 VVG das Ruhen Ihrer Leistungen feststellen. Sie
wären dann im Notlagentarif versichert, der nur noch akute Behandlungen
abdeckt.

Wir bieten Ihnen gern eine Ratenzahlung an – z. B. 6 Raten à 309,42 EUR
zusätzlich zum laufenden Beitrag. Rufen Sie uns an oder antworten Sie auf
diese Mail. Wenn Sie Bürgergeld beziehen oder hilfebedürftig werden,
können wir die Situation ebenfalls anders lösen; bitte sprechen Sie uns
darauf an.

Mit freundlichen Grüßen
Beitragsservice Krankenversicherung

{FOOT_KV}
""")
    return m


@mail("CONFIDENTIAL", "mixed", "insurer-to-company",
      "English mail to a UK fleet manager quoting a German police accident report naming an employee driver and a third party; no injuries")
def _():
    m = new(A("struebing"), "Graham Pellew <graham.pellew@tidewater-components.example>",
            "Police report on the collision of 11 March (LDK-TC 20)", "2026-06-30 13:15")
    body(m, f"""Dear Graham,

we have now received the police report on the collision of 11 March (claim
KF-G-26-01377). The relevant part, with my translation:

> Verkehrsunfallanzeige PSt Herborn, Tgb.-Nr. 0318/26
> Beteiligter 1: Fahrerin Nina Fromm, Pkw LDK-TC 20 (Halter: Tidewater
> Components GmbH), befuhr die Hauptstraße und bog nach links in die
> Walkmühlstraße ab, ohne den Gegenverkehr zu beachten.
> Beteiligter 2: Fahrer Günter Hainz, Pkw LDK-GH 81.
> Personen wurden nicht verletzt. Gegen Beteiligte 1 wurde ein
> Verwarnungsgeld in Höhe von 35 EUR erhoben.

(Your employee Ms Fromm turned left without giving way to oncoming traffic;
the other driver is Mr Hainz. Nobody was injured. The police issued a
EUR 35 caution fine to Ms Fromm.)

So the claim is at your fault: we pay Mr Hainz's car from your liability
cover and your own car from the comprehensive cover (deductible EUR 500).
Total incurred is currently EUR 14,875.

{SIG['struebing_en']}
""")
    return m


@mail("NORMAL", "de", "insurer-to-broker",
      "trap: commission statement for a broker GmbH as ZIP with CSV: company bank account, policy counts; no customer names")
def _():
    date = "2026-07-01 07:30"
    firm_iban = IB("DE", "500400000620114580")
    rows = [["Abrechnungsmonat", "Sparte", "Anzahl Vertraege", "Bewertungssumme EUR", "Courtagesatz", "Courtage EUR"],
            ["2026-06", "Kfz privat", 412, "218.440,00", "6,0 %", "13.106,40"],
            ["2026-06", "Hausrat/Wohngebaeude", 288, "96.120,00", "15,0 %", "14.418,00"],
            ["2026-06", "Gewerbe Sach", 37, "142.800,00", "12,5 %", "17.850,00"],
            ["2026-06", "Firmen-Flotte", 9, "311.000,00", "4,0 %", "12.440,00"],
            ["2026-06", "Stornoreserve", "", "", "", "-2.895,72"],
            ["", "Summe", "", "", "", "54.918,68"]]
    summary = (f"Courtageabrechnung 2026-06\r\nVermittler: Lindqvist & Partner Versicherungsmakler GmbH, VM-Nr. 88-0412\r\n"
               f"Auszahlung am 03.07.2026 auf Konto {firm_iban} (Lindqvist & Partner Versicherungsmakler GmbH)\r\n")
    z = zipfile_of([("Courtage_2026-06_VM88-0412.csv", csv_text(rows).encode("cp1252")),
                    ("Zusammenfassung.txt", summary.encode("cp1252"))], date)
    m = new(f"Auerhahn Vermittlerabrechnung <vermittlerabrechnung@{D}>",
            "Buchhaltung Lindqvist & Partner <buchhaltung@lindqvist-partner.example>",
            "Courtageabrechnung Juni 2026 – VM-Nr. 88-0412", date,
            extra={"Auto-Submitted": "auto-generated"})
    body(m, """Sehr geehrte Damen und Herren,

anbei erhalten Sie Ihre Courtageabrechnung für Juni 2026 als ZIP-Archiv
(CSV und Zusammenfassung). Die Einzelnachweise je Vertrag stehen wie
gewohnt im Maklerportal unter "Elektronische Vermittlerpost".

Diese Nachricht wurde automatisch erstellt.
Auerhahn Versicherungsgruppe – Vermittlerabrechnung
""")
    att(m, "Courtage_2026-06_VM88-0412.zip", z)
    return m


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "critical illness payout: addressee's breast cancer diagnosis (C50.4), histology, surgery and chemotherapy plan")
def _():
    m = new(A("quast"), "Joanna Whitfield <joanna.whitfield@inbox.example>",
            "Critical illness claim – payment confirmed", "2026-07-02 11:20")
    body(m, f"""Dear Ms Whitfield,

I am writing to confirm that we accept your critical illness claim under
policy LV-7041 2296.

The histology report of 9 June 2026 (Brustzentrum Gießen) confirms an
invasive ductal carcinoma of the upper outer quadrant of the left breast
(ICD-10 C50.4), 2.1 cm, hormone-receptor positive, without lymph node
involvement. Breast-conserving surgery took place on 16 June; your
oncologist's letter describes adjuvant chemotherapy followed by radiation
and endocrine therapy.

This meets the definition of "cancer" in your policy conditions. We will
pay the full sum insured of EUR 75,000 to your account within five
working days. The policy ends with this payment; no further premiums are
due.

We wish you strength and all the best for your treatment.

{SIG['quast_en']}

{FOOT_LV}
""")
    return m


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "private cyber / online fraud claim of a named customer: fake online shop, bank account and amounts; no health data")
def _():
    m = new(A("yildiz"), "Ralf Eichelmann <ralf.eichelmann@webpost.example>",
            "Ihr Schaden aus dem Internet-Schutzbrief – gefälschter Online-Shop", "2026-07-03 14:44")
    body(m, f"""Hallo Herr Eichelmann,

Ihr Schaden ist aus dem Internet-Schutzbrief Ihrer Hausratversicherung
(HR 40-338 017, Schaden-Nr. CY-P-26-00132) gedeckt:

- Sie haben am 14.06. bei dem Shop "gartentechnik-discount24" einen
  Rasenmähroboter für 879 EUR per Vorkasse bezahlt; die Ware kam nie an,
  der Shop ist inzwischen offline.
- Ihre Bank (Volksbank Mittelhessen) konnte die Überweisung nicht mehr
  zurückholen.
- Die Anzeige bei der Onlinewache der Polizei Hessen liegt vor
  (Vorgangsnummer ONW-2026-144802).

Wir erstatten 879 EUR abzüglich 100 EUR Selbstbeteiligung = 779 EUR auf
Ihr Konto, von dem der Beitrag abgebucht wird.

Tipp für die Zukunft: Vor dem Kauf im Impressum nach einer Anschrift und
Handelsregisternummer schauen und bei unbekannten Shops nie per Vorkasse
zahlen.

{SIG['yildiz']}
""")
    return m


@mail("NORMAL", "de", "insurer-to-company",
      "cargo insurance: request for annual turnover declaration of a logistics company; company figures only")
def _():
    m = new(A("hahnemann"), "Buchhaltung Vogtsberg Logistik <buchhaltung@vogtsberg-logistik.example>",
            "Verkehrshaftungsversicherung – Umsatzmeldung 2025/26", "2026-07-06 09:00",
            cc="Dennis Kowalczyk <fuhrpark@vogtsberg-logistik.example>")
    body(m, f"""Sehr geehrte Damen und Herren,

Ihre Verkehrshaftungsversicherung (VH-2019-00071) wird nach dem
Frachtumsatz abgerechnet. Für die Abrechnung des Versicherungsjahres
01.07.2025–30.06.2026 bitten wir bis 31.07. um Meldung:

1. Frachtumsatz gesamt (netto), davon
   a) innerdeutsch,
   b) grenzüberschreitend EU,
   c) Drittländer (UK, Schweiz, Norwegen),
2. Umsatz aus Lagerei (Lager Limburg und Hadamar),
3. Anteil Kühltransporte (wegen des Temperaturrisikos).

Vorauszahlung bisher: 64.200 EUR (auf Basis 41,2 Mio. EUR Umsatz).
Mehr- oder Minderbeitrag verrechnen wir mit der nächsten Rechnung.

Ein Formular ist nicht nötig; eine formlose Aufstellung mit Unterschrift
der Geschäftsführung genügt.

{SIG['hahnemann']}
""")
    return m


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-company",
      "group income protection: named employee's return to work after spinal surgery, phased reintegration and benefit reduction")
def _():
    m = new(A("raman"), "Fiona Ashcombe <fiona.ashcombe@tidewater-components.example>",
            "Group income protection – Mr Stefan Böhm's phased return", "2026-07-07 16:50")
    body(m, f"""Dear Fiona,

good news on Mr Stefan Böhm (group income protection GIP-2022-00004):
following the spinal fusion after his fall in January and the
rehabilitation in May, his orthopaedic surgeon and the company doctor
support a phased return to work from 20 July, and Mr Böhm has agreed that
we may share the plan with you:

  weeks 1-2   4 hours a day, office tasks only, no lifting over 5 kg
  weeks 3-4   6 hours a day
  from week 5 full time, lifting limit 10 kg until review in October

During the phased return we will continue to pay a partial benefit
(difference to his pre-incapacity salary, max. 75 %). Please send us the
actual hours worked each month.

Could you also check whether a height-adjustable desk is available for
him? We can contribute up to EUR 800 under the rehabilitation clause.

{SIG['raman']}
""")
    return m


@mail("NORMAL", "en", "insurer-to-partner",
      "trap: quarterly SLA review with the assistance partner; counts of repatriations and hospital cases, response times, no patient")
def _():
    m = new(A("brandhuber"), "Atlasmed Assistance Lisbon <ops@atlasmed.example>",
            "Q2 2026 service review – figures and two action points", "2026-07-08 10:30")
    body(m, f"""Dear Marta, dear João,

thank you for the Q2 report. Our view of the key figures:

                                  Q2 2026    target
cases opened                        1,284
  of which hospital admissions        211
  repatriations (all types)            38
    of which air ambulance              4
calls answered within 20 s           93 %      90 %
guarantee of payment within 4 h      88 %      95 %
complaints                              6

Action points
1. Guarantees of payment: the 88 % is below target, mostly at weekends in
   Spain and Turkey. Please propose a weekend staffing plan by 31 July.
2. Case reports: in a few files the medical updates were sent to us by
   normal e-mail. Please use only the secure case platform for any
   medical information, as agreed in the data processing agreement.

Otherwise a good quarter – the feedback from our customers on your
Portuguese and Turkish teams is excellent.

{SIG['brandhuber']}
""")
    return m


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "yacht hull insurance of a named owner: boat, berth, value, policy; no health data")
def _():
    m = new(A("hahnemann"), "Henrik Aaberg <h.aaberg@sailmail.example>",
            "Your yacht insurance – change of berth and season extension", "2026-07-09 12:12")
    body(m, f"""Dear Mr Aaberg,

thank you for letting us know about the move. We have updated your yacht
hull and liability policy YA 02-077 418 as follows:

  vessel:        "Solveig", Hallberg-Rassy 342, built 2009, hull no. HRY34217A909
  agreed value:  EUR 118,000 (unchanged)
  new berth:     Marina Heiligenhafen, pier C, berth 27 (from 15 July 2026)
  navigation:    Baltic Sea incl. Kattegat and Oslofjord, extended season
                 1 March - 30 November
  additional premium for the extended season: EUR 96.40

Please note that the winter storage must again be on land or in a
heated hall; cover for storage in the water over winter is not included.

{SIG['hahnemann_en']}
""")
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-pharmacy",
      "query to a pharmacy about a named insured's prescription (expensive biologic for rheumatoid arthritis, PZN, dose)")
def _():
    m = new(A("wohlfahrt"), "Lahn-Apotheke Gießen <rezepte@lahn-apotheke.example>",
            "Rückfrage Rezeptabrechnung – Versicherte Frau Christiane Moog", "2026-07-10 09:40")
    body(m, f"""Sehr geehrte Damen und Herren,

zu der bei uns eingereichten Rechnung über Arzneimittel für unsere
Versicherte Frau Christiane Moog (KV 31-390 448) haben wir eine Rückfrage:

Abgegeben wurde am 30.06.2026 Adalimumab 40 mg, 6 Fertigpens
(PZN 16889310), 4.812,36 EUR, verordnet von Dr. Ruhl (Rheumatologie) bei
rheumatoider Arthritis. Auf der Verordnung ist "aut idem" nicht
ausgeschlossen; nach unserer Kenntnis wären Biosimilars deutlich
günstiger verfügbar gewesen.

Könnten Sie uns kurz mitteilen, ob ein Austausch aus pharmazeutischen
Gründen nicht möglich war? Die Erstattung an Frau Moog erfolgt in jedem
Fall; es geht uns um die künftige Versorgung.

Antwort bitte über unser Leistungserbringer-Portal.

{SIG['wohlfahrt']}
""")
    return m


@mail("NORMAL", "de", "internal",
      "trap: fire drill notice listing colleagues as first aiders and fire wardens in their roles; organisational only")
def _():
    m = new(f"Hausdienst / Arbeitssicherheit <arbeitssicherheit@{D}>", f"Alle Beschäftigten Wetzlar <alle-wetzlar@{D}>",
            "Räumungsübung am Donnerstag, 16.07., vormittags", "2026-07-13 08:00")
    body(m, f"""Liebe Kolleginnen und Kollegen,

am Donnerstag, 16.07., findet zwischen 9 und 12 Uhr eine unangekündigte
Räumungsübung statt. Bitte verlassen Sie beim Alarm das Gebäude über die
gekennzeichneten Fluchtwege und gehen Sie zum Sammelplatz P2.

Ihre Ansprechpersonen auf den Etagen:

Etage   Brandschutzhelfer/in        Ersthelfer/in
EG      Frank Ott                   Selin Aksoy
1. OG   Marlene Oberdörfer          Tobias Hahnemann
2. OG   Gesine Wohlfahrt            Cem Yıldız
3. OG   Benedikt Quast              Lena Marquardt
4. OG   Malte Strübing              Ayşe Karakaya

Kolleginnen und Kollegen, die beim Verlassen des Gebäudes Hilfe brauchen,
sind mit den Brandschutzhelfern ihrer Etage bereits abgestimmt. Wer neu
Unterstützung braucht, meldet sich bitte vertraulich bei der
Arbeitssicherheit.

Besucher bitte mitnehmen. Aufzüge nicht benutzen.

Arbeitssicherheit / Hausdienst
""")
    return m


@mail("CONFIDENTIAL", "de", "insurer-to-company",
      "electronics insurance for a dental practice owned by a named dentist (sole proprietor, natural person): devices and her contract; no patient")
def _():
    m = new(A("vollrath"), "Zahnarztpraxis Dr. Lindemann <praxis@zahnarzt-lindemann.example>",
            "Elektronikversicherung Ihrer Praxis – Nachtrag neue Geräte", "2026-07-14 15:05")
    body(m, f"""Sehr geehrte Frau Dr. Lindemann,

wie gewünscht nehmen wir die neuen Geräte in Ihre Elektronikversicherung
EL-2016-00288 (Versicherungsnehmerin: Dr. med. dent. Oksana Lindemann,
Praxis Bahnhofstraße 17, 35576 Wetzlar) auf:

  DVT-Röntgengerät (digitale Volumentomographie), Bj. 2026   98.500 EUR
  Intraoralscanner mit Laptop                                  24.900 EUR
  Behandlungseinheit 3 (Ersatz der Einheit von 2012)           46.200 EUR

Neue Versicherungssumme: 412.600 EUR, Jahresbeitrag 2.846,90 EUR zzgl.
VersSt (bisher 2.106,40 EUR). Der Nachtrag gilt ab Lieferung (20.07.).

Eine Bitte: Für das DVT benötigen wir den Nachweis über den
Wartungsvertrag mit dem Hersteller; sonst gilt ein erhöhter Selbstbehalt
von 2.500 EUR für Röhrendefekte.

{SIG['vollrath']}
""")
    return m


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-company",
      "HTML-only status table of open group accident claims with named employees, injuries and hospital days, sent to the employer")
def _():
    html = """<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Dear Mr Pellew,</p>
<p>as requested for your H&amp;S committee, the status of the open group accident claims (policy GU-2022-00091).
Mr Hrytsenko and Mr Böhm have consented to the employer being informed; for the third case we show only the status.</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#e8e0d0"><th>Claim</th><th>Employee</th><th>Accident</th><th>Injury</th><th>Hospital days</th><th>Status</th></tr>
<tr><td>GU-26-00288</td><td>Oleksandr Hrytsenko</td><td>09.04.2026, press line</td>
<td>partial amputation tip of right index finger</td><td>2</td><td>awaiting final medical report</td></tr>
<tr><td>GU-26-00102</td><td>Stefan B&ouml;hm</td><td>27.01.2026, fall on stairs, car park</td>
<td>vertebral fracture L1, spinal fusion</td><td>11</td><td>invalidity assessment after 12 months</td></tr>
<tr><td>GU-26-00377</td><td>(no consent &ndash; not shown)</td><td>05/2026</td><td>&ndash;</td><td>&ndash;</td><td>in progress</td></tr>
</table>
<p>Please keep this overview within the committee.</p>
<p>Kind regards<br>Ay&#351;e Karakaya<br>Group Benefits, Auerhahn Versicherungsgruppe</p>
</body></html>"""
    m = new(A("karakaya"), "Graham Pellew <graham.pellew@tidewater-components.example>",
            "Open group accident claims – status for the H&S committee", "2026-07-15 17:30")
    return html_only(m, html)


@mail("NORMAL", "en", "insurer-to-company",
      "explanation of D&O Side A/B/C cover to a new CFO; generic, no person's claim or data")
def _():
    m = new(A("hahnemann"), "Sevgi Arslan-Mohr <s.arslan-mohr@greifenstein-solar.example>",
            "D&O explained in one page – as promised", "2026-07-16 10:25")
    body(m, f"""Dear Ms Arslan-Mohr,

as promised after our meeting, here is the one-page explanation of how a
D&O policy works – feel free to use it for your advisory board.

Side A – the individual
Covers directors and officers personally when the company cannot or may
not indemnify them, e.g. in insolvency. Pays defence costs and damages.

Side B – company reimbursement
Reimburses the company when it has indemnified a director for a claim.
In Germany less relevant, because companies rarely indemnify their
managing directors.

Side C – entity cover
Covers claims against the company itself, usually only for securities
claims of listed companies. Not part of your policy.

Typical German situation
Most claims are "internal": the company (or its insolvency administrator)
claims damages from its own managing director. The D&O insurer then
defends the director and, if the claim is justified, pays the company.

Important terms to check: the retention for managing directors, the
definition of "claim", the run-off period after leaving the company, and
the prior-knowledge exclusion.

{SIG['hahnemann_en']}
""")
    return m


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "trip cancellation because of the named customer's job loss: booking, employer's notice, refund; no health content")
def _():
    m = new(A("brandhuber"), "Katrin Seelbach <katrin.seelbach@webpost.example>",
            "Reiserücktritt wegen Arbeitsplatzverlust – Erstattung", "2026-07-17 11:55")
    body(m, f"""Hallo Frau Seelbach,

wir haben Ihre Unterlagen geprüft – die Stornokosten sind versichert.

Reise:            Pauschalreise Kreta, 08.–22.08.2026, 2 Personen,
                  Reiseveranstalter Sonnenstrand Reisen, Buchung SR-7710294
Grund:            betriebsbedingte Kündigung durch Ihren Arbeitgeber,
                  die Druckerei Lahnmühle, zum 31.08.2026 (Schreiben vom 29.06.)
Stornokosten:     1.884,00 EUR (40 %)
Selbstbehalt:     20 % = 376,80 EUR
Erstattung:       1.507,20 EUR

Der Betrag wird auf Ihr Konto überwiesen, von dem Sie den Beitrag für
die Reiseversicherung RJ 58-207 663 zahlen. Versichert ist auch Ihr
Mitreisender, Herr Timo Seelbach, dessen Anteil in der Summe enthalten ist.

Alles Gute für die Stellensuche!

{SIG['brandhuber_de']}
""")
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
      "recourse after a motor accident: injured named cyclist's injuries and medical costs, letter to the opposing lawyer")
def _():
    m = new(A("oberdoerfer"), "Rechtsanwalt Dr. Fabian Gerhold <kanzlei@gerhold-verkehrsrecht.example>",
            "Ihr Mandant Herr Lorenz Pfeiffer – Unfall vom 04.05.2026 – unser Zeichen KS-26-01855", "2026-07-20 14:02")
    body(m, f"""Sehr geehrter Herr Dr. Gerhold,

in der Unfallsache Ihres Mandanten, Herrn Lorenz Pfeiffer, gegen unseren
Versicherungsnehmer (Kfz-Haftpflicht KF 77 455 930 2) haben wir die
Unterlagen geprüft.

Die Haftung unseres Versicherungsnehmers dem Grunde nach (Abbiegen ohne
Beachtung des Radfahrers) ist unstreitig. Zur Höhe:

- Verletzungen laut Entlassungsbericht des Klinikums Wetzlar:
  Schlüsselbeinfraktur links (operativ mit Platte versorgt),
  Prellungen der linken Hüfte, Schürfwunden; stationär 05.–09.05.2026,
  anschließend 6 Wochen Physiotherapie.
- Arbeitsunfähigkeit als Dachdecker bis 30.06.2026.
- Verdienstausfall: Die Lohnersatzleistung der Krankenkasse ist
  anzurechnen; bitte übersenden Sie die Bescheinigung über das
  Krankengeld.

Wir bieten zur Abgeltung des Schmerzensgeldes 6.500 EUR an. Die
Materialentfernung ist in dem Betrag berücksichtigt; sollte ein
Dauerschaden der Schulter verbleiben, behalten wir uns eine erneute
Prüfung vor.

{SIG['oberdoerfer']}
""")
    return m


@mail("NORMAL", "de", "internal",
      "trap: DOCX letter template for declining daily sickness allowance with «placeholders» only; no real person")
def _():
    date = "2026-07-21 13:15"
    m = new(A("wohlfahrt"), f"Textbausteine-Redaktion <textbausteine@{D}>",
            "Neue Vorlage KTG-Ablehnung (Berufsunfähigkeit statt Arbeitsunfähigkeit) – bitte freigeben", date)
    body(m, f"""Hallo zusammen,

anbei die überarbeitete Vorlage für die Ablehnung von Krankentagegeld,
wenn Berufsunfähigkeit im Sinne der KTG-Bedingungen eingetreten ist. Ich
habe die Formulierungen nach dem Verständlichkeits-Check vereinfacht und
den Hinweis auf die Beratung durch die Verbraucherzentrale ergänzt.

Die Platzhalter sind in «» gesetzt. Bitte bis Ende Juli freigeben.

Gesine
""")
    att(m, "Vorlage_KTG_Ablehnung_BU_v4.docx",
        docx(["«Anrede» «Vorname» «Nachname»",
              "«Straße» «Hausnummer»",
              "«PLZ» «Ort»",
              "",
              ("b", "Ihre Krankentagegeldversicherung «Vertragsnummer» – Ende der Leistungspflicht"),
              "«Briefanrede»,",
              "nach dem Gutachten von «Gutachter» vom «Datum_Gutachten» sind Sie in Ihrem zuletzt ausgeübten "
              "Beruf als «Beruf» auf nicht absehbare Zeit zu mehr als 50 % erwerbsunfähig. Das ist nach "
              "unseren Bedingungen keine Arbeitsunfähigkeit mehr, sondern Berufsunfähigkeit.",
              "Unsere Leistungspflicht endet deshalb «Datum_Ende», spätestens drei Monate nach Feststellung "
              "der Berufsunfähigkeit (§ 15 Abs. 1 b MB/KT).",
              "Wenn Sie mit dieser Entscheidung nicht einverstanden sind, können Sie uns innerhalb von "
              "«Frist» schreiben. Sie können sich auch an den Ombudsmann Private Kranken- und "
              "Pflegeversicherung oder an eine Verbraucherzentrale wenden.",
              "«Grußformel»",
              "«Sachbearbeiter»"],
             "Gesine Wohlfahrt", "Vorlage KTG Ablehnung", date))
    return m


@mail("CONFIDENTIAL", "en", "insurer-to-company",
      "D&O confirmation of cover addressed to a named new managing director at his private address; his status as insured person")
def _():
    m = new(A("hahnemann"), "Ruben van Dijk <ruben.vandijk@greifenstein-solar.example>",
            "Confirmation of D&O cover – your appointment as managing director", "2026-07-22 09:20",
            cc="Sevgi Arslan-Mohr <s.arslan-mohr@greifenstein-solar.example>")
    body(m, f"""Dear Mr van Dijk,

as requested by the company, we confirm that you are an insured person
under the D&O policy FL-2026-00177 of Greifenstein Solar GmbH since your
appointment as managing director of Greifenstein Solar GmbH on 1 July 2026
(in addition to your existing role at Greifenstein Solar B.V.).

Limit of indemnity:      EUR 10,000,000 per claim and year (shared)
Retention (§ 93 AktG analogue): none – the policy has no personal retention
Run-off cover:           10 years after leaving office

For your records, we have your correspondence address as:
Van Hogendorplaan 41, 2012 Haarlem, Netherlands.

If you would like an English version of the full policy wording, please
let me know.

{SIG['hahnemann_en']}
""")
    return m


@mail("NORMAL", "de", "newsletter",
      "trap: general newsletter explaining premium adjustments in private health insurance (medical inflation, averages); no individual")
def _():
    m = new(f"Auerhahn Kundenbrief <newsletter@{D}>", "undisclosed-recipients:;",
            "Warum steigen Beiträge in der Krankenversicherung? – Ihr Auerhahn-Kundenbrief Juli",
            "2026-07-23 07:00", extra={"Precedence": "bulk",
                                      "List-Unsubscribe": f"<https://www.{D}/newsletter/abmelden>"})
    body(m, """Ihr Auerhahn-Kundenbrief – Juli 2026

WARUM STEIGEN BEITRÄGE IN DER KRANKENVERSICHERUNG?

Private Krankenversicherer dürfen Beiträge nur anpassen, wenn die
Leistungsausgaben oder die Lebenserwartung um mehr als einen festgelegten
Schwellenwert von der Kalkulation abweichen. Ein unabhängiger Treuhänder
prüft jede Anpassung.

Die wichtigsten Treiber 2026
- Krankenhauskosten: +6,8 % je Fall gegenüber dem Vorjahr
- neue Arzneimittel, vor allem in der Krebstherapie und bei
  Autoimmunerkrankungen
- mehr ambulante Operationen und Psychotherapie

Was wir für Sie tun
- Mittel aus der Rückstellung für Beitragsrückerstattung dämpfen die
  Anpassung; im Durchschnitt um 2,1 Prozentpunkte.
- Ab 60 stehen Ihnen Beitragsentlastungstarife offen.
- Ein Tarifwechsel innerhalb der Auerhahn ist jederzeit ohne Verlust
  Ihrer Alterungsrückstellung möglich – wir beraten Sie gern.

Ihre persönliche Information zur Beitragsanpassung erhalten Sie – falls
Ihr Tarif betroffen ist – im November per Post.

Abmelden: https://www.auerhahn.example/newsletter/abmelden
""", cte="quoted-printable")
    return m


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "base64-encoded body: hospital daily benefit for the addressee's stay after a gallbladder operation, dates and amounts")
def _():
    m = new(A("wohlfahrt"), "Agnieszka Brandt-Kowal <a.brandtkowal@inbox.example>",
            "Hospital daily benefit – your stay at Klinikum Wetzlar", "2026-07-24 10:10",
            agent="Auerhahn Korrespondenz 3.1")
    body(m, f"""Dear Ms Brandt-Kowal,

thank you for sending the hospital confirmation. Under your hospital daily
benefit tariff KHT 50 (policy KV 31-812 339) we pay for your stay at
Klinikum Wetzlar from 6 to 10 July 2026 (laparoscopic removal of the
gallbladder because of gallstones with inflammation):

  5 days x EUR 50            EUR 250.00
  surgery lump sum           EUR 150.00
                             ----------
                             EUR 400.00

The amount will be transferred to your account in the next days. The
hospital bill itself is settled directly between the hospital and your
statutory health insurer.

Get well soon!

{SIG['wohlfahrt_en']}
""", cte="base64")
    return m


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "motor: new vehicle on the named customer's contract, insurance confirmation as ODT with VIN, plate, birth date")
def _():
    date = "2026-07-27 11:30"
    m = new(A("oberdoerfer"), "Jessica Heinemeyer <jessica.heinemeyer@t-mail.example>",
            "Fahrzeugwechsel – Ihre neue Versicherungsbestätigung", date)
    body(m, f"""Hallo Frau Heinemeyer,

der Fahrzeugwechsel ist erledigt. Die Bestätigung für Ihre Unterlagen
finden Sie im Anhang; die Police kommt zusätzlich per Post.

{SIG['oberdoerfer']}
""")
    att(m, "Versicherungsbestaetigung_KF_77_618_204_3.odt",
        odt([("h", "Bestätigung Fahrzeugwechsel"),
             "Versicherungsnehmerin: Jessica Heinemeyer, geb. 09.12.1993, Schulstraße 2, 35644 Hohenahr",
             "Vertrag: KF 77 618 204 3 · gültig ab 25.07.2026",
             ("table", [["", "bisher", "neu"],
                        ["Fahrzeug", "Kia Picanto", "Hyundai i20 Hybrid"],
                        ["FIN", "KNABE511AHT442891", "NLHBN51GBRZ228374"],
                        ["Kennzeichen", "LDK-JH 93", "LDK-JH 93"],
                        ["Typklasse KH/VK", "15 / 17", "17 / 20"],
                        ["SF-Klasse KH/VK", "SF 6 / SF 6", "SF 6 / SF 6"],
                        ["Jahresbeitrag", "598,40 EUR", "702,10 EUR"]]),
             "Der Mehrbeitrag für 2026 wird anteilig zum 01.08. abgebucht."],
            "Marlene Oberdörfer", "Bestätigung Fahrzeugwechsel", date))
    return m


@mail("NORMAL", "en", "insurer-to-company",
      "flood-zone assessment of a UK-owned client's German sites (ODS); addresses of business premises and hazard classes only")
def _():
    date = "2026-07-28 15:45"
    m = new(A("vollrath"), "Graham Pellew <graham.pellew@tidewater-components.example>",
            "Natural hazards: flood zoning of your German sites", date)
    body(m, f"""Dear Graham,

your group risk engineers asked for the flood exposure of the German
sites. Attached is our assessment based on the national flood zoning
system (hazard classes 1 = low to 4 = high) and our own site visits.

In short: Herborn is fine (class 1), but the Dillenburg external warehouse
you used after the fire lies in class 3 close to the Dill. If you plan to
keep stock there permanently, please let us know – we would recommend
raised racking and a flood plan, and natural hazards cover for that site
would need a separate deductible.

{SIG['vollrath_en']}
""")
    att(m, "Tidewater_DE_flood_zoning_2026.ods",
        ods([("Sites", [["Site", "Address", "Use", "Flood hazard class", "Heavy-rain risk", "Recommendation"],
                        ["Herborn plant", "Walkmühlstraße 30, 35745 Herborn", "production, offices", 1, "medium", "check backflow valves"],
                        ["Herborn hall B (rebuilt)", "Walkmühlstraße 30, 35745 Herborn", "warehouse", 1, "medium", "none"],
                        ["Dillenburg external warehouse", "Am Dillufer 4, 35683 Dillenburg", "warehouse (temporary)", 3, "high", "raised racking, flood plan, separate deductible"],
                        ["Frankfurt sales office", "Mainzer Landstraße 180, 60327 Frankfurt", "offices (rented floor)", 1, "low", "none"]])],
            "Dr. Henrike Vollrath", "Flood zoning Tidewater", date))
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "doctor",
      "doctor's report on a named BU recipient attached as message/rfc822 and forwarded internally: psychotherapy progress, medication, work capacity")
def _():
    inner = fwd_msg("Dipl.-Psych. Dr. Hanna Weigel <praxis@psychotherapie-weigel.example>", ADDR("quast"),
                    "Befundbericht Herr Daniel Whitcombe (Ihr Zeichen LV-6120 4487)", "2026-07-29 17:40",
                    """Sehr geehrter Herr Quast,

wie angefordert mein Bericht im Rahmen der Nachprüfung (Schweigepflicht-
entbindung liegt Ihnen vor):

Herr Whitcombe befindet sich seit November 2025 in wöchentlicher
Verhaltenstherapie (bisher 32 Sitzungen) wegen einer rezidivierenden
depressiven Störung (F33.1). Unter der Kombination mit Escitalopram 15 mg
(Verordnung Dr. Alberts) hat sich die Stimmung deutlich stabilisiert;
Schlaf und Antrieb sind weitgehend normalisiert. Konzentration und
Belastbarkeit sind bei längeren Anforderungen noch eingeschränkt.

Eine stufenweise Wiedereingliederung mit 4 Stunden täglich halte ich ab
Oktober für realistisch; eine volle Belastbarkeit in seiner bisherigen
Tätigkeit mit viel Reisetätigkeit erwarte ich nicht vor Frühjahr 2027.

Mit freundlichen Grüßen
Dr. Hanna Weigel
Psychologische Psychotherapeutin
""", seed_host="psychotherapie-weigel.example")
    m = new(A("quast"), f"{A('anstaett')}",
            "WG: Befundbericht Herr Daniel Whitcombe – bitte um kurze Einschätzung Nachprüfung", "2026-07-30 08:25")
    body(m, """Hallo Herr Dr. Anstätt,

anbei der Bericht der Therapeutin zur Nachprüfung LV-6120 4487. Reicht
Ihnen das für ein Votum zur weiteren Leistung bis Frühjahr 2027 oder
sollen wir ein neues Gutachten beauftragen?

Danke und Gruß
Benedikt Quast
""")
    att(m, "Befundbericht Whitcombe.eml", inner)
    return m


@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "commission statement of a sole-trader broker (natural person) with his IBAN, tax number and earnings")
def _():
    iban = IB("DE", "513900000019073345")
    m = new(f"Auerhahn Vermittlerabrechnung <vermittlerabrechnung@{D}>",
            "Hartmut Zeilinger <info@zeilinger-versicherungen.example>",
            "Ihre Provisionsabrechnung Juli 2026 und Jahresübersicht für die Steuer", "2026-08-03 07:30")
    body(m, f"""Sehr geehrter Herr Zeilinger,

Ihre Provisionsabrechnung für Juli 2026:

Vermittler:        Versicherungsbüro Hartmut Zeilinger e.K., VM-Nr. 88-0177
Steuernummer:      020 811 40337 (Finanzamt Gießen)
Abschlussprovision    3.412,60 EUR
Bestandsprovision     1.188,20 EUR
Stornohaftung          -214,90 EUR
Auszahlung            4.385,90 EUR  auf {iban}

Jahresübersicht 01.01.–31.07.2026 (für Ihre Steuerberatung):
Provisionserlöse gesamt 31.904,55 EUR, davon umsatzsteuerfrei nach § 4
Nr. 11 UStG 31.904,55 EUR.

Die Einzelnachweise finden Sie im Maklerportal.

Rainer Göbel lässt grüßen und meldet sich wegen des Termins im
September.

Auerhahn Versicherungsgruppe – Vermittlerabrechnung
""")
    return m


@mail("NORMAL", "en", "internal",
      "trap: sickness absence rate per department for HR reporting; aggregated, small departments merged")
def _():
    m = new(A("mertins"), f"Executive board office <vorstandsbuero@{D}>",
            "HR report H1 2026: sickness absence by department", "2026-08-04 12:00",
            cc=A("hofstaetter"))
    body(m, f"""Dear colleagues,

for the board meeting, the sickness absence rates for H1 2026 (sick days
as a share of working days). Departments with fewer than 15 staff are
grouped so that no individual can be identified.

Department                        staff   H1 2026   H1 2025
Claims health & care                 96     6.9 %     7.4 %
Life & disability                    41     5.8 %     6.1 %
Commercial lines                     58     4.2 %     4.0 %
Motor & property private             83     6.1 %     6.6 %
Customer service                     72     8.3 %     7.9 %
IT                                   64     3.9 %     4.3 %
Other (staff units, grouped)         57     4.4 %     4.8 %
Total                               471     5.9 %     6.2 %

Long-term cases (> 6 weeks) are included; the reintegration management
(BEM) offered 19 talks in H1, 14 were accepted.

Customer service remains the highest; we'll present the measures from the
employee survey (workload, noise) in September.

Best regards
Helga Mertins
""")
    return m


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "professional indemnity of a self-employed tax adviser (natural person): her fee income, staff, policy and premium")
def _():
    m = new(A("hahnemann"), "Steuerberaterin Mechthild Ahrend <kanzlei@stb-ahrend.example>",
            "Vermögensschadenhaftpflicht – Beitragsneuberechnung 2026", "2026-08-05 10:48")
    body(m, f"""Sehr geehrte Frau Ahrend,

vielen Dank für Ihre Angaben zur Beitragsneuberechnung Ihrer
Berufshaftpflichtversicherung (VH-STB-0413, Versicherungsnehmerin:
Mechthild Ahrend, Steuerberaterin, Einzelkanzlei Kornblumenweg 8,
35619 Braunfels).

Grundlage:
- Honorarumsatz 2025: 286.400 EUR (2024: 259.800 EUR)
- Ihr Gewinn laut Ihrer Angabe: 131.900 EUR
- zwei angestellte Steuerfachangestellte, eine Auszubildende
- Tätigkeit als Insolvenzverwalterin: keine

Die Versicherungssumme von 1 Mio. EUR je Schadenfall (vierfach maximiert)
bleibt; der Jahresbeitrag erhöht sich wegen des Umsatzes von 1.486 EUR
auf 1.612 EUR zzgl. VersSt. Die Bescheinigung für die Steuerberaterkammer
senden wir Ihnen nach Zahlungseingang.

{SIG['hahnemann']}
""")
    return m


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
      "employer asks about a named plant manager's disability claim under direct insurance; reply confirms the claim is being assessed (life/BU)")
def _():
    m = new(A("marquardt"), "Ulrich Brennecke <u.brennecke@brennecke-stanz.example>",
            "AW: BU-Antrag Herr Lutz – Stand?", "2026-08-06 14:30",
            irt="<e2f1a6b3@brennecke-stanz.example>")
    body(m, f"""Sehr geehrter Herr Brennecke,

Sie fragen nach dem Stand des Leistungsantrags von Herrn Jörg Lutz aus
der Direktversicherung mit Berufsunfähigkeits-Zusatzversicherung (Ihr
Gruppenvertrag GV-LV-2907).

Ich kann Ihnen Folgendes sagen, weil Herr Lutz uns dafür ausdrücklich
von der Schweigepflicht Ihnen gegenüber entbunden hat: Der Antrag vom
02.06.2026 liegt vor und wird geprüft; die ärztlichen Unterlagen sind
angefordert, eine Entscheidung erwarten wir im Oktober. Über
medizinische Einzelheiten sprechen wir nur mit Herrn Lutz selbst.

Für Ihre Lohnbuchhaltung wichtig: Sollte die BU anerkannt werden,
übernehmen wir rückwirkend die Beiträge zur Direktversicherung; die
Entgeltumwandlung kann dann eingestellt werden. Bis dahin bitte die
Beiträge wie bisher weiterzahlen.

{SIG['marquardt']}

-----Ursprüngliche Nachricht-----
Von: Ulrich Brennecke
Gesendet: Dienstag, 4. August 2026 18:02
Betreff: BU-Antrag Herr Lutz – Stand?

Frau Marquardt, unser Werksleiter Herr Lutz ist seit Monaten krank und
hat wohl BU beantragt. Wissen Sie schon etwas? Ich muss die Stelle
planen. Gruß U. Brennecke
""")
    return m


@mail("NORMAL", "mixed", "internal",
      "trap: gateway test data ZIP with synthetic 'Max Mustermann (fiktiv)' cases and published example IBANs; English mail, German test plan")
def _():
    date = "2026-08-07 16:05"
    testcases = csv_text([
        ["id", "beschreibung", "inhalt", "erwartet"],
        ["TC-01", "Beispiel-IBAN im Text", "Max Mustermann (fiktiv), IBAN DE89 3704 0044 0532 0130 00", "Testfall Bankdaten"],
        ["TC-02", "Geburtsdatum neben Name", "Erika Musterfrau (fiktiv), geb. 01.01.1970", "Testfall Geburtsdatum"],
        ["TC-03", "Diagnose ohne Person", "Produktinfo: Leistungen bei Diabetes (E11)", "kein Personenbezug"],
        ["TC-04", "Betreff-Tag", "[vertraulich] Testmail ohne Inhalt", "Markierung durch Absender"],
        ["TC-05", "leere Mail", "", "normal"]])
    plan = ("Testplan Gateway-Klassifikation (Auszug)\r\n"
            "Alle Testdaten sind synthetisch. Es werden ausschließlich fiktive Personen\r\n"
            "(Max Mustermann, Erika Musterfrau) und veröffentlichte Beispiel-IBANs verwendet.\r\n"
            "Testumgebung: mx-test.auerhahn.example, Versand nur an test-postfach@auerhahn.example\r\n")
    z = zipfile_of([("gateway-tests/testfaelle.csv", testcases.encode("utf-8")),
                    ("gateway-tests/testplan.txt", plan.encode("utf-8"))], date)
    m = new(A("nyberg"), f"Gateway test team <gateway-test@{D}>",
            "Test data for the gateway regression run (synthetic only)", date, cc=A("amelung"))
    body(m, f"""Hi all,

attached the test package for next week's regression run of the mail
gateway classification. Everything in it is synthetic – fictitious
"Max Mustermann" / "Erika Musterfrau" and the published example IBAN, so
no production data. Kerstin has checked the package.

From the German test plan:

> Alle Testdaten sind synthetisch. Es werden ausschließlich fiktive
> Personen (Max Mustermann, Erika Musterfrau) und veröffentlichte
> Beispiel-IBANs verwendet.

Please only send test mails to the test mailbox on mx-test.

{SIG['nyberg']}
""")
    att(m, "gateway-tests_2026-08.zip", z)
    return m


@mail("CONFIDENTIAL", "en", "internal",
      "sanctions/KYC screening of a new commercial client's beneficial owners (CSV): names, birth dates, nationalities, shareholdings")
def _():
    date = "2026-08-10 11:35"
    m = new(A("adebayo"), A("vollrath"),
            "KYC – Lahnchemie GmbH: beneficial owners screened, no hits", date)
    body(m, f"""Henrike,

screening for the new client Lahnchemie GmbH is done. All three beneficial
owners (> 25 %) and the managing directors were checked against the EU, UN
and US consolidated lists and our PEP database – no hits. Details in the
attached CSV for the file. You can go ahead with the policy.

One remark: Mr Petrosyan holds his stake via a Cypriot holding; I have
filed the transparency register extract.

{SIG['adebayo']}
""")
    rows = [["name", "role", "date_of_birth", "nationality", "share_%", "via", "sanctions_hit", "pep"],
            ["Dr. Konrad Lahn", "UBO, shareholder", "1957-03-22", "DE", "38", "direct", "no", "no"],
            ["Susanne Lahn-Imhof", "UBO, managing director", "1984-10-05", "DE", "31", "direct", "no", "no"],
            ["Armen Petrosyan", "UBO", "1971-07-19", "AM/CY", "26", "Araxes Holdings Ltd (CY)", "no", "no"],
            ["Jürgen Stallmann", "managing director", "1969-01-30", "DE", "0", "", "no", "no"]]
    att(m, "KYC_Lahnchemie_2026-08-10.csv", csv_text(rows, sep=","))
    return m


@mail("NORMAL", "de", "insurer-to-partner",
      "trap: answers to an insurers' association survey on care-insurance claims (aggregated counts by care grade)")
def _():
    m = new(A("demirci"), "Statistik Versichererverband <statistik@versichererverband.example>",
            "Erhebung Pflegeversicherung 2025 – Meldung Auerhahn Krankenversicherung AG", "2026-08-11 09:12",
            cc=A("hofstaetter"))
    body(m, f"""Sehr geehrte Damen und Herren,

für die jährliche Erhebung zur privaten Pflegeversicherung melden wir für
die Auerhahn Krankenversicherung AG (Unternehmensnummer 4127) zum
Stichtag 31.12.2025:

Pflegegrad   Leistungsempfänger   davon ambulant   davon stationär
1                   412                 398                14
2                   986                 861               125
3                   743                 571               172
4                   388                 231               157
5                   164                  79                85
gesamt            2.693               2.140               553

Leistungsausgaben PPV 2025: 38,7 Mio. EUR
Pflegetagegeld (Zusatzversicherung) 2025: 6,2 Mio. EUR, 1.018 Leistungsfälle

Die Daten stammen aus unserem Bestandsführungssystem; Einzelfälle werden
nicht übermittelt.

{SIG['demirci']}
""")
    return m


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "fertility treatment (IVF) reimbursement for the addressee and her partner: cycles, diagnosis of tubal infertility, costs")
def _():
    m = new(A("wohlfahrt"), "Laura Castellano <laura.castellano@mailhub.example>",
            "Your IVF treatment – cost approval for three cycles", "2026-08-12 15:35")
    body(m, f"""Dear Ms Castellano,

we have reviewed the treatment plan of the Kinderwunschzentrum Mittelhessen
for you and your partner, Mr Marco Castellano.

The plan describes infertility due to bilateral tubal occlusion after a
pelvic infection (N97.1), with normal sperm analysis of your partner, and
recommends in-vitro fertilisation (IVF) without ICSI.

Under your full health cover (policy KV 31-705 882) we approve the costs
of up to three IVF cycles including hormone stimulation, egg retrieval,
laboratory work and embryo transfer. As the medical cause lies with you,
the costs attributable to your partner (sperm preparation) are also
covered under your policy.

Estimated costs per cycle according to the plan: EUR 4,350 incl. medication.
Please send the invoices after each cycle. Cryopreservation of surplus
embryos is not covered by your tariff.

We wish you both all the best.

{SIG['wohlfahrt_en']}
""")
    return m


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "builder's liability for a named private couple: plot, building project; the IBAN they gave is invalid (deliberate typo)")
def _():
    bad = "DE06 5139 0000 0071 2404 66"
    m = new(A("yildiz"), "Nils und Merle Oppermann <oppermann.bau@webpost.example>",
            "Ihre Bauherrenhaftpflicht – Police und eine Rückfrage zur IBAN", "2026-08-13 13:00")
    body(m, f"""Hallo Frau Oppermann, hallo Herr Oppermann,

Ihre Bauherrenhaftpflicht für den Neubau Ihres Einfamilienhauses ist
policiert:

Versicherungsnehmer: Nils und Merle Oppermann
Bauvorhaben:         Einfamilienhaus, Flurstück 214/3, Am Sonnenhang 11,
                     35644 Hohenahr-Erda
Bausumme:            480.000 EUR (Eigenleistungen bis 20.000 EUR mitversichert)
Vertrag:             BH-P 09-112 458, Laufzeit bis Bauende, max. 2 Jahre
Einmalbeitrag:       168,00 EUR

Eine Rückfrage: Die IBAN im Antrag ({bad}) ist leider
ungültig – vermutlich ein Zahlendreher. Bitte schicken Sie uns die
richtige IBAN, damit wir den Beitrag abbuchen können; der Schutz besteht
bereits ab Baubeginn am 01.09.

{SIG['yildiz']}
""")
    return m


@mail("NORMAL", "en", "insurer-to-broker",
      "fleet telematics pilot results in aggregate (accidents per million km, harsh braking); no driver or vehicle identified")
def _():
    m = new(A("struebing"), "Meridian Benefits Consulting <benefits@meridian-benefits.example>",
            "Telematics pilot for commercial fleets – results after 12 months", "2026-08-14 10:00",
            cc=A("goebel"))
    body(m, f"""Dear Jakob,

as you asked for material for your fleet clients' day, here are the
aggregated results of our telematics pilot (9 fleets, 412 vehicles, 12
months). Individual driver scores stay with the fleet operators; we only
received fleet-level averages.

                                  before pilot   during pilot
claims per 1 m km                      4.8            3.6
harsh braking events per 100 km        2.1            1.3
speeding share of distance             7.9 %          4.4 %
average claim cost                 EUR 3,240      EUR 2,980

Fleets that discussed the scores monthly with their drivers achieved about
twice the improvement of fleets that only installed the boxes.

From 2027 we will offer a premium discount of up to 10 % for fleets that
share fleet-level telematics data. Works council approval and a clear rule
that individual data are not used for performance evaluation are
preconditions.

{SIG['struebing_en']}
""")
    return m


# ================================================================= build / check

def build(outdir):
    mdir = os.path.join(outdir, "mails")
    os.makedirs(mdir, exist_ok=True)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for i, (label, lang, kind, reason, fn) in enumerate(MAILS, 1):
        name = f"{PREFIX}{i:04d}.eml"
        CUR["name"] = name
        data = finish(fn())
        with open(os.path.join(mdir, name), "wb") as f:
            f.write(data)
        rows.append(f"{name}\t{label}\t{lang}\t{kind}\t{reason}")
    with open(os.path.join(outdir, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")
    return len(MAILS)

IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,4})?)\b")

def _iban_ok(s):
    s = s.replace(" ", "")
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1

def _check_payload(name, fname, ctype, data, problems, stats):
    ext = (fname or "").rsplit(".", 1)[-1].lower()
    stats[ext] = stats.get(ext, 0) + 1
    if ext in ("xlsx", "docx", "odt", "ods", "zip"):
        z = zipfile.ZipFile(io.BytesIO(data))
        if z.testzip() is not None:
            problems.append(f"{name}: bad zip member in {fname}")
        for info in z.infolist():
            inner = z.read(info.filename)
            if ext != "zip" and info.filename.endswith((".xml", ".rels")):
                ET.fromstring(inner)
            if ext == "zip":
                _check_payload(name, info.filename, None, inner, problems, stats)
        if ext in ("odt", "ods") and z.infolist()[0].filename != "mimetype":
            problems.append(f"{name}: mimetype not first in {fname}")
    elif ext == "pdf" or data[:5] == b"%PDF-":
        if not data.startswith(b"%PDF-") or not data.rstrip().endswith(b"%%EOF"):
            problems.append(f"{name}: broken PDF {fname}")
        texts = [zlib.decompress(s) for s in re.findall(rb"stream\n(.*?)\nendstream", data, re.S)]
        if not any(b"Tj" in t for t in texts):
            problems.append(f"{name}: PDF without text {fname}")
    elif ext == "ics":
        t = data.decode("utf-8")
        if "BEGIN:VCALENDAR" not in t or "END:VCALENDAR" not in t:
            problems.append(f"{name}: bad ICS {fname}")

def _check_msg(name, msg, problems, stats, texts):
    for part in msg.walk():
        if part.defects:
            problems.append(f"{name}: defects {part.defects}")
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        if ct == "message/rfc822":
            continue
        fn = part.get_filename()
        if part.get_content_maintype() == "text":
            t = part.get_content()
            texts.append(t)
            if fn:
                _check_payload(name, fn, ct, t.encode("utf-8"), problems, stats)
        else:
            data = part.get_content()
            _check_payload(name, fn, ct, data, problems, stats)

def check():
    import collections
    problems = []
    with tempfile.TemporaryDirectory() as tmp:
        n = build(tmp)
        ours = sorted(os.listdir(os.path.join(HERE, "mails"))) if os.path.isdir(os.path.join(HERE, "mails")) else []
        theirs = sorted(os.listdir(os.path.join(tmp, "mails")))
        if ours != theirs:
            problems.append(f"file lists differ: {len(ours)} in folder vs {len(theirs)} rebuilt")
        for fn in theirs:
            a = os.path.join(tmp, "mails", fn)
            b = os.path.join(HERE, "mails", fn)
            if not os.path.exists(b) or open(a, "rb").read() != open(b, "rb").read():
                problems.append(f"{fn}: not byte-identical to rebuild")
        la, lb = os.path.join(tmp, "labels.tsv"), os.path.join(HERE, "labels.tsv")
        if not os.path.exists(lb) or open(la, "rb").read() != open(lb, "rb").read():
            problems.append("labels.tsv: not byte-identical to rebuild")
    mids = set()
    stats = {}
    count = collections.Counter()
    for i, (label, lang, kind, reason, fn) in enumerate(MAILS, 1):
        name = f"{PREFIX}{i:04d}.eml"
        count[(label, lang)] += 1
        path = os.path.join(HERE, "mails", name)
        if not os.path.exists(path):
            continue
        raw = open(path, "rb").read()
        if b"\n" in raw.replace(b"\r\n", b"") or b"\r" in raw.replace(b"\r\n", b""):
            problems.append(f"{name}: bare LF/CR")
        msg = email.message_from_bytes(raw, policy=policy.default)
        if msg["Message-ID"] in mids:
            problems.append(f"{name}: duplicate Message-ID")
        mids.add(msg["Message-ID"])
        if not msg["Date"] or msg["Date"].datetime.year != 2026:
            problems.append(f"{name}: date not in 2026")
        if not str(msg["From"].addresses[0].domain).endswith(D):
            problems.append(f"{name}: not sent from {D}")
        for h in ("From", "To", "Cc", "Reply-To"):
            for a in (msg[h].addresses if msg[h] else ()):
                if a.domain and not a.domain.endswith(".example"):
                    problems.append(f"{name}: host {a.domain} not .example")
        texts = []
        _check_msg(name, msg, problems, stats, texts)
        for t in texts:
            for host in re.findall(r"(?:https?://|@)([A-Za-z0-9.-]+\.[A-Za-z]{2,})", t):
                if not host.endswith(".example"):
                    problems.append(f"{name}: host {host} not .example")
            for ib in IBAN_RE.findall(t):
                if re.match(r"^(DE|AT|CH|NL|FR|GB|PT|ES|IT|BE|LU|PL)\d\d", ib) and not _iban_ok(ib) \
                        and ib.replace(" ", "") not in DELIBERATE_BAD_IBANS:
                    problems.append(f"{name}: IBAN {ib} fails mod-97")
    for p in problems:
        print("PROBLEM:", p)
    labs = collections.Counter(l for l, _ in count.elements())
    print(f"{len(MAILS)} mails; labels:", dict(sorted(labs.items())))
    for lab in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"):
        print(f"  {lab:22s}", {lg: count[(lab, lg)] for lg in ("de", "en", "mixed")})
    print("attachments:", dict(sorted(stats.items())))
    if problems:
        print(f"CHECK FAILED ({len(problems)} problems)")
        return 1
    print("CHECK OK: byte-identical rebuild, every mail parses without defects")
    return 0

DELIBERATE_BAD_IBANS = {"DE06513900000071240466"}  # customer typo in the builder's-liability mail

if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    n = build(HERE)
    print(f"wrote {n} mails and labels.tsv to {HERE}")
