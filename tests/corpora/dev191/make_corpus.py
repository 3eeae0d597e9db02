#!/usr/bin/env python3
"""Generator for the Siegel writer corpus dev191 (file prefix d191-).

Python standard library only. Every mail below is written on its own; the
helpers at the top only assemble MIME structure, office files, PDFs and ZIPs.

    python3 make_corpus.py           # writes mails/ and labels.tsv
    python3 make_corpus.py --check   # rebuilds into a temp dir, compares, parses
"""
import csv
import datetime
import hashlib
import io
import os
import re
import sys
import tempfile
import textwrap
import zipfile
import zlib
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime
from xml.etree import ElementTree as ET
from xml.sax.saxutils import escape as xesc

PREFIX = "d191-"
HERE = os.path.dirname(os.path.abspath(__file__))
POL = policy.SMTP
LABELS = ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")

# ---------------------------------------------------------------- registry
MAILS = []


def mail(label, lang, kind, reason):
    assert label in LABELS and lang in ("de", "en"), (label, lang)
    assert "\t" not in reason and "\n" not in reason

    def deco(fn):
        MAILS.append((label, lang, kind, reason, fn))
        return fn
    return deco


# ---------------------------------------------------------------- dates, ids
def dt(s):
    """'2026-03-10 09:14' (local German time) -> RFC 5322 date."""
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    d = datetime.datetime.strptime(s, fmt)
    summer = datetime.datetime(2026, 3, 29, 2) <= d < datetime.datetime(2026, 10, 25, 3)
    tz = datetime.timezone(datetime.timedelta(hours=2 if summer else 1))
    return format_datetime(d.replace(tzinfo=tz))


def gdate(s, lang="de"):
    """Outlook-style 'Gesendet:' line for quoted history."""
    fmt = "%Y-%m-%d %H:%M"
    d = datetime.datetime.strptime(s, fmt)
    if lang == "de":
        wd = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"][d.weekday()]
        mo = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
              "September", "Oktober", "November", "Dezember"][d.month - 1]
        return f"{wd}, {d.day}. {mo} {d.year} {d:%H:%M}"
    wd = d.strftime("%A")
    mo = d.strftime("%B")
    return f"{wd}, {mo} {d.day}, {d.year} {d.hour % 12 or 12}:{d:%M} {'AM' if d.hour < 12 else 'PM'}"


def mid(n, date, host="mail.weserbogen.example"):
    h = hashlib.sha1(f"{n}/{date}".encode()).hexdigest()
    stamp = re.sub(r"\D", "", date)
    return f"<{stamp}.{h[:12].upper()}@{host}>"


# ---------------------------------------------------------------- quoting
def outlook(frm, sent, to, subject, body, lang="de", cc=None):
    if lang == "de":
        head = ["-----Ursprüngliche Nachricht-----", f"Von: {frm}", f"Gesendet: {gdate(sent, 'de')}",
                f"An: {to}"]
        if cc:
            head.append(f"Cc: {cc}")
        head.append(f"Betreff: {subject}")
    else:
        head = ["From: " + frm, f"Sent: {gdate(sent, 'en')}", f"To: {to}"]
        if cc:
            head.append(f"Cc: {cc}")
        head.append(f"Subject: {subject}")
    return "\n".join(head) + "\n\n" + body


def gt(body):
    out = []
    for line in body.split("\n"):
        out.append(">" + ("" if line.startswith(">") or not line else " ") + line)
    return "\n".join(out)


# ---------------------------------------------------------------- message
def new(frm, to, subject, date, body=None, html=None, cc=None, reply_to=None,
        charset="utf-8", cte=None, flowed=False, irt=None, refs=None,
        mailer="Microsoft Outlook 16.0", headers=(), lang=None, msgid=None):
    m = EmailMessage(policy=POL)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = dt(date)
    m["Message-ID"] = msgid or "@@MSGID@@"
    if irt:
        m["In-Reply-To"] = irt
        m["References"] = refs or irt
    if mailer:
        if mailer.startswith("Mozilla") or mailer.startswith("Thunderbird"):
            m["User-Agent"] = mailer
        else:
            m["X-Mailer"] = mailer
    if lang:
        m["Content-Language"] = lang
    for k, v in headers:
        m[k] = v
    if body is not None:
        m.set_content(body, charset=charset, cte=cte)
        if flowed:
            m.set_param("format", "flowed")
        if html is not None:
            m.add_alternative(html, subtype="html", charset=charset, cte=cte)
    elif html is not None:
        m.set_content(html, subtype="html", charset=charset, cte=cte)
    m._d191_date = date
    return m


def ics_fold(text):
    """Fold iCalendar content lines to 75 octets (RFC 5545, 3.1)."""
    out = []
    for line in text.split("\r\n"):
        parts, cur = [], ""
        for ch in line:
            limit = 75 if not parts else 74
            if len((cur + ch).encode("utf-8")) > limit:
                parts.append(cur)
                cur = ch
            else:
                cur += ch
        parts.append(cur)
        out.append("\r\n ".join(parts))
    return "\r\n".join(out)


def att(m, data, filename, ctype=None, charset="utf-8", params=None, inline=False):
    """Attach a file. str data -> text part, bytes -> base64, EmailMessage -> rfc822."""
    if isinstance(data, str) and filename and filename.endswith(".ics"):
        data = ics_fold(data)
    if isinstance(data, EmailMessage):
        m.add_attachment(data, filename=filename) if filename else m.add_attachment(data)
        return m
    if ctype is None:
        ext = filename.rsplit(".", 1)[-1].lower()
        ctype = {
            "pdf": "application/pdf", "zip": "application/zip", "csv": "text/csv",
            "ics": "text/calendar", "txt": "text/plain",
            "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "odt": "application/vnd.oasis.opendocument.text",
            "ods": "application/vnd.oasis.opendocument.spreadsheet",
        }[ext]
    maintype, subtype = ctype.split("/")
    disp = "inline" if inline else "attachment"
    if isinstance(data, str):
        assert maintype == "text"
        m.add_attachment(data, subtype=subtype, charset=charset, filename=filename,
                         params=params or {}, disposition=disp)
    else:
        m.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename,
                         params=params or {}, disposition=disp)
    return m


def rfc822(frm, to, subject, date, body, msgid, cc=None, mailer=None, charset="utf-8"):
    inner = EmailMessage(policy=POL)
    inner["From"] = frm
    inner["To"] = to
    if cc:
        inner["Cc"] = cc
    inner["Subject"] = subject
    inner["Date"] = dt(date)
    inner["Message-ID"] = msgid
    if mailer:
        inner["X-Mailer"] = mailer
    inner.set_content(body, charset=charset, cte="8bit" if charset == "utf-8" else "quoted-printable")
    return inner


# ---------------------------------------------------------------- office files
def _zip(members, when=(2026, 1, 1, 8, 0, 0), first_stored=None):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members:
            if isinstance(data, str):
                data = data.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_STORED if name == first_stored else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o100644 << 16
            zi.create_system = 0
            z.writestr(zi, data)
    return buf.getvalue()


def zipfile_bytes(members, when=(2026, 1, 1, 8, 0, 0)):
    return _zip(members, when)


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def xlsx(sheets, creator="Weserbogen", when=(2026, 1, 1, 8, 0, 0), created="2026-01-01T08:00:00Z"):
    """sheets: list of (name, rows); a cell is str, int or float (None = empty)."""
    ct = [XML, '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
          '<Default Extension="xml" ContentType="application/xml"/>',
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>',
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
    for i in range(len(sheets)):
        ct.append(f'<Override PartName="/xl/worksheets/sheet{i+1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
    ct.append("</Types>")
    rels = (XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    wb = [XML, '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>']
    wbr = [XML, '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">']
    members = []
    for i, (name, rows) in enumerate(sheets):
        wb.append(f'<sheet name="{xesc(name)}" sheetId="{i+1}" r:id="rId{i+1}"/>')
        wbr.append(f'<Relationship Id="rId{i+1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{i+1}.xml"/>')
        sx = [XML, '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>']
        for r, row in enumerate(rows):
            sx.append(f'<row r="{r+1}">')
            st = ' s="1"' if r == 0 else ""
            for c, v in enumerate(row):
                ref = f"{_col(c)}{r+1}"
                if v is None or v == "":
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    sx.append(f'<c r="{ref}"{st}><v>{v}</v></c>')
                else:
                    sx.append(f'<c r="{ref}" t="inlineStr"{st}><is><t xml:space="preserve">{xesc(str(v))}</t></is></c>')
            sx.append("</row>")
        sx.append("</sheetData></worksheet>")
        members.append((f"xl/worksheets/sheet{i+1}.xml", "".join(sx)))
    wb.append("</sheets></workbook>")
    wbr.append(f'<Relationship Id="rId{len(sheets)+1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>')
    wbr.append("</Relationships>")
    styles = (XML + '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
              '</styleSheet>')
    core = _core(creator, created)
    return _zip([("[Content_Types].xml", "".join(ct)), ("_rels/.rels", rels),
                 ("docProps/core.xml", core),
                 ("xl/workbook.xml", "".join(wb)), ("xl/_rels/workbook.xml.rels", "".join(wbr)),
                 ("xl/styles.xml", styles)] + members, when)


def _core(creator, created):
    return (XML + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:creator>{xesc(creator)}</dc:creator><cp:lastModifiedBy>{xesc(creator)}</cp:lastModifiedBy>'
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{created}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{created}</dcterms:modified>'
            '</cp:coreProperties>')


def docx(blocks, creator="Weserbogen", when=(2026, 1, 1, 8, 0, 0), created="2026-01-01T08:00:00Z"):
    """blocks: str (paragraph), ('h', text) bold heading, ('table', rows)."""
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    body = []

    def para(text, bold=False):
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        runs = []
        for k, line in enumerate(text.split("\n")):
            if k:
                runs.append("<w:br/>")
            runs.append(f'<w:t xml:space="preserve">{xesc(line)}</w:t>')
        return f"<w:p><w:r>{rpr}{''.join(runs)}</w:r></w:p>"
    for b in blocks:
        if isinstance(b, str):
            body.append(para(b))
        elif b[0] == "h":
            body.append(para(b[1], True))
        elif b[0] == "table":
            t = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>']
            for row in b[1]:
                t.append("<w:tr>")
                for cell in row:
                    t.append(f"<w:tc>{para(str(cell))}</w:tc>")
                t.append("</w:tr>")
            t.append("</w:tbl>")
            body.append("".join(t))
    doc = (XML + f"<w:document {W}><w:body>" + "".join(body) +
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    ct = (XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>')
    rels = (XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels),
                 ("docProps/core.xml", _core(creator, created)), ("word/document.xml", doc)], when)


ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/"')


def _odf(mimetype, body, creator, created, when):
    content = (XML + f'<office:document-content {ODF_NS} office:version="1.2"><office:body>'
               + body + "</office:body></office:document-content>")
    meta = (XML + f'<office:document-meta {ODF_NS} office:version="1.2"><office:meta>'
            f"<meta:initial-creator>{xesc(creator)}</meta:initial-creator>"
            f"<meta:creation-date>{created}</meta:creation-date>"
            "<meta:generator>LibreOffice/7.6</meta:generator></office:meta></office:document-meta>")
    manifest = (XML + '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mimetype}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                "</manifest:manifest>")
    return _zip([("mimetype", mimetype), ("content.xml", content), ("meta.xml", meta),
                 ("META-INF/manifest.xml", manifest)], when, first_stored="mimetype")


def odt(blocks, creator="Weserbogen", when=(2026, 1, 1, 8, 0, 0), created="2026-01-01T08:00:00"):
    out = ["<office:text>"]
    for b in blocks:
        if isinstance(b, str):
            out.append("<text:p>" + "<text:line-break/>".join(xesc(x) for x in b.split("\n")) + "</text:p>")
        elif b[0] == "h":
            out.append(f'<text:h text:outline-level="1">{xesc(b[1])}</text:h>')
        elif b[0] == "table":
            out.append('<table:table table:name="Tabelle1">')
            out.append(f'<table:table-column table:number-columns-repeated="{max(len(r) for r in b[1])}"/>')
            for row in b[1]:
                out.append("<table:table-row>" + "".join(
                    f'<table:table-cell office:value-type="string"><text:p>{xesc(str(c))}</text:p></table:table-cell>'
                    for c in row) + "</table:table-row>")
            out.append("</table:table>")
    out.append("</office:text>")
    return _odf("application/vnd.oasis.opendocument.text", "".join(out), creator, created, when)


def ods(sheets, creator="Weserbogen", when=(2026, 1, 1, 8, 0, 0), created="2026-01-01T08:00:00"):
    out = ["<office:spreadsheet>"]
    for name, rows in sheets:
        out.append(f'<table:table table:name="{xesc(name)}">')
        for row in rows:
            cells = []
            for c in row:
                if isinstance(c, (int, float)):
                    cells.append(f'<table:table-cell office:value-type="float" office:value="{c}"><text:p>{c}</text:p></table:table-cell>')
                elif c is None or c == "":
                    cells.append("<table:table-cell/>")
                else:
                    cells.append(f'<table:table-cell office:value-type="string"><text:p>{xesc(str(c))}</text:p></table:table-cell>')
            out.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
        out.append("</table:table>")
    out.append("</office:spreadsheet>")
    return _odf("application/vnd.oasis.opendocument.spreadsheet", "".join(out), creator, created, when)


# ---------------------------------------------------------------- PDF
def _pdfstr(s):
    out = []
    for b in s.encode("cp1252"):
        if b in (0x28, 0x29, 0x5C):
            out.append("\\" + chr(b))
        elif b < 32 or b > 126:
            out.append("\\%03o" % b)
        else:
            out.append(chr(b))
    return "(" + "".join(out) + ")"


def pdf(lines, title="Dokument", author="Weserbogen", date="20260101080000", compress=True, width=92):
    """lines: str or ('B', str) for bold; long lines are wrapped. A4, Helvetica."""
    flat = []
    for ln in lines:
        bold = isinstance(ln, tuple)
        text = ln[1] if bold else ln
        parts = textwrap.wrap(text, width) or [""]
        flat += [(bold, p) for p in parts]
    pages = [flat[i:i + 56] for i in range(0, len(flat), 56)] or [[]]
    objs = {}
    objs[1] = "<< /Type /Catalog /Pages 2 0 R >>"
    objs[3] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    objs[5] = (f"<< /Title {_pdfstr(title)} /Author {_pdfstr(author)} /Producer (Weserbogen DocGen 4.2) "
               f"/CreationDate (D:{date}+01'00') /ModDate (D:{date}+01'00') >>")
    kids = []
    n = 6
    streams = {}
    for pg in pages:
        ops = ["BT", "/F1 10 Tf", "13 TL", "56 790 Td"]
        cur = None
        for bold, text in pg:
            f = "/F2" if bold else "/F1"
            if f != cur:
                ops.append(f"{f} 10 Tf")
                cur = f
            ops.append(_pdfstr(text) + " Tj T*")
        ops.append("ET")
        raw = ("\n".join(ops) + "\n").encode("latin-1")
        page_id, cont_id = n, n + 1
        n += 2
        kids.append(page_id)
        objs[page_id] = (f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                         f"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents {cont_id} 0 R >>")
        streams[cont_id] = zlib.compress(raw, 9) if compress else raw
    objs[2] = f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>"
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for i in range(1, n):
        offs[i] = out.tell()
        if i in streams:
            data = streams[i]
            filt = " /Filter /FlateDecode" if compress else ""
            out.write(f"{i} 0 obj\n<< /Length {len(data)}{filt} >>\nstream\n".encode())
            out.write(data)
            out.write(b"\nendstream\nendobj\n")
        else:
            out.write(f"{i} 0 obj\n{objs[i]}\nendobj\n".encode("latin-1"))
    xref = out.tell()
    out.write(f"xref\n0 {n}\n0000000000 65535 f \n".encode())
    for i in range(1, n):
        out.write(f"{offs[i]:010d} 00000 n \n".encode())
    out.write(f"trailer\n<< /Size {n} /Root 1 0 R /Info 5 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode())
    return out.getvalue()


def pdf_text(data):
    """Tiny text extractor for the PDFs above (used by --check)."""
    text = []
    for m in re.finditer(rb"<<([^>]*?)>>\s*stream\r?\n", data):
        start = m.end()
        length = int(re.search(rb"/Length (\d+)", m.group(1)).group(1))
        raw = data[start:start + length]
        if b"FlateDecode" in m.group(1):
            raw = zlib.decompress(raw)
        for s in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", raw):
            t = re.sub(rb"\\([0-7]{3})", lambda x: bytes([int(x.group(1), 8)]), s.group(1))
            t = re.sub(rb"\\(.)", rb"\1", t)
            text.append(t.decode("cp1252"))
    return "\n".join(text)


# ---------------------------------------------------------------- world
D = "weserbogen.example"

STAFF = {
    "brueggemann": ("Annika Brüggemann", "annika.brueggemann",
                    "Annika Brüggemann\nMitgliederservice Kranken | Beiträge & Verträge\nTelefon 0571 9480-2214", "kv"),
    "reckefuss": ("Tobias Reckefuß", "tobias.reckefuss",
                  "Tobias Reckefuß\nLeistungsabteilung Kranken | ambulante Leistungen\nTelefon 0571 9480-2310 | Fax 0571 9480-2399", "kv"),
    "osterkamp": ("Dr. med. Helene Osterkamp", "helene.osterkamp",
                  "Dr. med. Helene Osterkamp\nBeratungsärztin | Leistungsabteilung Kranken\nTelefon 0571 9480-2390", "kv"),
    "yildiz": ("Serkan Yıldız", "serkan.yildiz",
               "Serkan Yıldız\nKostenzusagen stationär & Hilfsmittel\nTelefon 0571 9480-2345", "kv"),
    "vogt": ("Marlene Vogt", "marlene.vogt",
             "Marlene Vogt\nTarifberatung Kranken (§ 204 VVG)\nTelefon 0571 9480-2260", "kv"),
    "tiemeyer": ("Jonas Tiemeyer", "jonas.tiemeyer",
                 "Jonas Tiemeyer\nForderungsmanagement\nTelefon 0571 9480-2470", "kv"),
    "whitfield": ("Claire Whitfield", "claire.whitfield",
                  "Claire Whitfield\nInternational Member Services\nPhone +49 571 9480-2288", "kv_en"),
    "brinkmann": ("Jan-Philipp Brinkmann", "jan-philipp.brinkmann",
                  "Jan-Philipp Brinkmann\nAntrags- und Risikoprüfung Kranken\nTelefon 0571 9480-2520", "kv"),
    "stallmann": ("Henrik Stallmann", "henrik.stallmann",
                  "Henrik Stallmann\nKraftfahrt-Schaden\nTelefon 0571 9480-3120", "ag"),
    "oevermann": ("Birte Oevermann", "birte.oevermann",
                  "Birte Oevermann\nSachschaden Privatkunden\nTelefon 0571 9480-3215", "ag"),
    "hollmann": ("Kai-Uwe Hollmann", "kai-uwe.hollmann",
                 "Kai-Uwe Hollmann\nHaftpflicht- und Gewerbeschaden\nTelefon 0571 9480-3340 | Mobil 0160 7721934", "ag"),
    "finke": ("Dagmar Finke", "dagmar.finke",
              "Dagmar Finke\nVertragsservice Leben\nTelefon 0571 9480-4105", "lv"),
    "pohlmann": ("Lukas Pohlmann", "lukas.pohlmann",
                 "Lukas Pohlmann\nLeistung BU & Unfall\nTelefon 0571 9480-4160", "lv"),
    "schoening": ("Ingrid Schöning", "ingrid.schoening",
                  "Ingrid Schöning\nDatenschutzbeauftragte der Weserbogen Versicherungsgruppe\nTelefon 0571 9480-1090 | datenschutz@weserbogen.example", "grp"),
    "nolting": ("Felix Nolting", "felix.nolting",
                "Felix Nolting\nIT-Service-Desk\n0571 9480-1500 | https://servicedesk.weserbogen.example", "grp"),
    "lahrmann": ("Petra Lahrmann", "petra.lahrmann",
                 "Petra Lahrmann\nPersonalabteilung\nTelefon 0571 9480-1210", "grp"),
    "gruenewald": ("Oliver Grünewald", "oliver.gruenewald",
                   "Oliver Grünewald\nMaklerbetreuung Nord-West\nTelefon 0571 9480-5020 | Mobil 0171 3308812", "grp"),
    "kasper": ("Miriam Kasper", "miriam.kasper",
               "Miriam Kasper\nAktuariat Kranken\nTelefon 0571 9480-6030", "grp"),
    "ebbinghaus": ("Sven Ebbinghaus", "sven.ebbinghaus",
                   "Sven Ebbinghaus\nFacility Management\nTelefon 0571 9480-1720", "grp"),
    "thorne": ("Rebecca Thorne", "rebecca.thorne",
               "Rebecca Thorne\nGroup Reinsurance & Finance\nPhone +49 571 9480-6110", "grp_en"),
    "woestmann": ("Nadine Wöstmann", "nadine.woestmann",
                  "Nadine Wöstmann\nUnternehmenskommunikation\nTelefon 0571 9480-1030 | presse@weserbogen.example", "grp"),
    "aksoy": ("Mehmet Aksoy", "mehmet.aksoy",
              "Mehmet Aksoy\nFirmenkunden bKV & bAV\nTelefon 0571 9480-5140", "grp"),
    "heitmeier": ("Laura Heitmeier", "laura.heitmeier",
                  "Laura Heitmeier\nBeschwerdemanagement\nTelefon 0571 9480-1150", "grp"),
    "ahlert": ("Stefan Ahlert", "stefan.ahlert",
               "Stefan Ahlert\nTeamleitung Leistungscontrolling Kranken\nTelefon 0571 9480-2305", "kv"),
    "natarajan": ("Priya Natarajan", "priya.natarajan",
                  "Priya Natarajan\nProduct Owner Member App\nPhone +49 571 9480-1544", "grp_en"),
    "kortemeier": ("Sina Kortemeier", "sina.kortemeier",
                   "Sina Kortemeier\nRechtsschutz-Schadenservice\nTelefon 0571 9480-3410", "ag"),
    "auffenberg": ("Kerstin Auffenberg", "kerstin.auffenberg",
                   "Kerstin Auffenberg\nFinanzen | Zahlungsverkehr\nTelefon 0571 9480-6210", "grp"),
    "steinmeier": ("Janine Steinmeier", "janine.steinmeier",
                   "Janine Steinmeier\nAnwendungsentwicklung | Test & Qualität\nTelefon 0571 9480-1562", "grp"),
    "droege": ("Martin Dröge", "martin.droege",
               "Martin Dröge\nLeiter Mitgliederservice Kranken\nTelefon 0571 9480-2200", "kv"),
}

FOOT = {
    "kv": ("Weserbogen Krankenversicherung a.G. | Weserbogenallee 12 | 32423 Minden\n"
           "Sitz Minden | Amtsgericht Bad Oeynhausen VR 3318\n"
           "Vorstand: Dr. Gesa Wendland (Vors.), Matthias Kröger, Ulrike Sandmeier\n"
           "Vorsitzender des Aufsichtsrats: Prof. Dr. Bernd Lüking"),
    "kv_en": ("Weserbogen Krankenversicherung a.G. (mutual health insurer)\n"
              "Weserbogenallee 12 | 32423 Minden | Germany\n"
              "Registered office Minden | Local court Bad Oeynhausen VR 3318\n"
              "Board: Dr. Gesa Wendland (chair), Matthias Kröger, Ulrike Sandmeier"),
    "lv": ("Weserbogen Lebensversicherung AG | Weserbogenallee 12 | 32423 Minden\n"
           "Sitz Minden | Amtsgericht Bad Oeynhausen HRB 9140\n"
           "Vorstand: Dr. Gesa Wendland (Vors.), Reinhard Ostermeyer"),
    "ag": ("Weserbogen Allgemeine Versicherung AG | Weserbogenallee 12 | 32423 Minden\n"
           "Sitz Minden | Amtsgericht Bad Oeynhausen HRB 9127\n"
           "Vorstand: Matthias Kröger (Vors.), Cornelia Haase"),
    "grp": "Weserbogen Versicherungsgruppe | Weserbogenallee 12 | 32423 Minden | www.weserbogen.example",
    "grp_en": "Weserbogen Insurance Group | Weserbogenallee 12 | 32423 Minden | Germany | www.weserbogen.example",
}

DISCLAIMER = ("Diese E-Mail enthält möglicherweise vertrauliche Informationen. Wenn Sie nicht der "
              "richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie diese E-Mail.")
DISCLAIMER_EN = ("This e-mail may contain confidential information. If you are not the intended "
                 "recipient, please notify the sender and delete this e-mail.")

# the Allgemeine, the Leben and the group's English footer carry the disclaimer
FOOT["ag"] += "\n\n" + DISCLAIMER
FOOT["lv"] += "\n\n" + DISCLAIMER
FOOT["grp_en"] += "\n\n" + DISCLAIMER_EN


def addr(key):
    name, local, _, _ = STAFF[key]
    return f"{name} <{local}@{D}>"


def sig(key, footer=True, disclaimer=False):
    name, local, block, foot = STAFF[key]
    s = "\n\n-- \n" + block + f"\n{local}@{D}"
    if footer:
        s += "\n\n" + FOOT[foot]
    if disclaimer:
        s += "\n\n" + (DISCLAIMER_EN if foot.endswith("_en") else DISCLAIMER)
    return s + "\n"


def sig_html(key):
    name, local, block, foot = STAFF[key]
    lines = block.split("\n") + [f"{local}@{D}"]
    return ('<p style="font-size:9pt;color:#444">' + "<br>".join(xesc(x) for x in lines) + "</p>"
            '<p style="font-size:8pt;color:#888">' + "<br>".join(xesc(x) for x in FOOT[foot].split("\n")) + "</p>")

# ---------------------------------------------------------------- build
def finalize(m, n):
    if m["Message-ID"] == "@@MSGID@@":
        m.replace_header("Message-ID", mid(n, m._d191_date))
    ua = (m["X-Mailer"] or m["User-Agent"] or "")
    k = 0
    for part in m.walk():
        if part is not m and "MIME-Version" in part and part.get_content_maintype() != "message":
            del part["MIME-Version"]
        if part.get_content_maintype() == "multipart":
            h = hashlib.sha1(f"d191/{n}/{k}".encode()).hexdigest()
            if "Outlook" in ua:
                b = f"_00{k}_{h[:28].upper()}_"
            elif "Thunderbird" in ua:
                b = f"------------{h[:24]}"
            else:
                b = f"=_Part_{n}_{k}.{int(h[:10], 16)}"
            part.set_boundary(b)
            k += 1
    return m


def build(outdir):
    os.makedirs(os.path.join(outdir, "mails"), exist_ok=True)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for n, (label, lang, kind, reason, fn) in enumerate(MAILS, 1):
        m = finalize(fn(), n)
        fname = f"{PREFIX}{n:04d}.eml"
        with open(os.path.join(outdir, "mails", fname), "wb") as f:
            f.write(m.as_bytes(policy=POL))
        rows.append("\t".join((fname, label, lang, kind, reason)))
    with open(os.path.join(outdir, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")


# ---------------------------------------------------------------- check
IBAN_LEN = {"DE": 22, "AT": 20, "NL": 18, "GB": 22, "FR": 27, "ES": 24, "CH": 21, "BE": 16, "PL": 28}
IBAN_RE = re.compile(r"\b(DE|AT|NL|GB|FR|ES|BE|PL)(\d{2}) ?((?:[A-Z0-9]{4} ?){2,6}[A-Z0-9]{1,4})")
INVALID_IBAN_OK = set()   # filled in below if a mail carries a deliberate typo


def iban_ok(s):
    s = s.replace(" ", "")
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1


def office_text(data, ext, where):
    z = zipfile.ZipFile(io.BytesIO(data))
    assert z.testzip() is None, where
    names = z.namelist()
    need = {"xlsx": ["[Content_Types].xml", "xl/workbook.xml"], "docx": ["[Content_Types].xml", "word/document.xml"],
            "odt": ["mimetype", "content.xml"], "ods": ["mimetype", "content.xml"]}[ext]
    for n in need:
        assert n in names, (where, n)
    if ext in ("odt", "ods"):
        assert names[0] == "mimetype", where
    text = []
    for n in names:
        if n.endswith(".xml") or n.endswith(".rels"):
            root = ET.fromstring(z.read(n))
            if n in ("xl/worksheets/sheet1.xml", "word/document.xml", "content.xml") or n.startswith("xl/worksheets/"):
                text.append(" ".join(t.strip() for t in root.itertext() if t.strip()))
    t = "\n".join(text)
    assert t.strip(), ("empty office file", where)
    return t


def file_text(data, fname, where, stats):
    ext = fname.rsplit(".", 1)[-1].lower()
    stats[ext] = stats.get(ext, 0) + 1
    if ext in ("xlsx", "docx", "odt", "ods"):
        return office_text(data, ext, where)
    if ext == "pdf":
        assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF"), where
        sx = int(re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data).group(1))
        assert data[sx:sx + 4] == b"xref", (where, "startxref")
        first, count = map(int, re.match(rb"xref\s+(\d+) (\d+)\s+", data[sx:]).groups())
        table = data[sx:].split(b"\n")[2:2 + count]
        for i, row in enumerate(table[1:], 1):
            off = int(row[:10])
            assert data[off:].startswith(f"{i} 0 obj".encode()), (where, "xref offset", i)
        t = pdf_text(data)
        assert t.strip(), ("PDF without text layer", where)
        return t
    if ext == "zip":
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None, where
        out = []
        for n in z.namelist():
            out.append(file_text(z.read(n), n, where + "/" + n, stats))
        return "\n".join(out)
    if ext in ("csv", "txt", "ics"):
        for enc in ("utf-8", "cp1252"):
            try:
                t = data.decode(enc)
                break
            except UnicodeDecodeError:
                continue
        if ext == "ics":
            assert "BEGIN:VCALENDAR" in t and "END:VCALENDAR" in t, where
        return t
    raise AssertionError(("unknown attachment type", where, fname))


HOST_RE = re.compile(r"(?:[\w.+-]+@|https?://|\bwww\.)([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")


def check_mail(path, stats):
    raw = open(path, "rb").read()
    where = os.path.basename(path)
    assert re.search(rb"(?<!\r)\n", raw) is None, (where, "bare LF")
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    texts = []
    for k in ("From", "To", "Cc", "Reply-To", "Subject"):
        if msg[k]:
            texts.append(str(msg[k]))
    assert msg["Message-ID"] and msg["Date"], where
    assert msg["Date"].datetime.year == 2026, where
    assert msg["From"].addresses[0].domain.endswith(D), (where, "From outside the insurer")
    top = msg.get_content_type()
    stats["top:" + top] = stats.get("top:" + top, 0) + 1
    for part in msg.walk():
        assert not part.defects, (where, part.get_content_type(), part.defects)
        ctype = part.get_content_type()
        if part.get_content_maintype() in ("multipart", "message"):
            if ctype == "message/rfc822":
                stats["eml"] = stats.get("eml", 0) + 1
                inner = part.get_payload()[0]
                for k in ("From", "To", "Subject"):
                    texts.append(str(inner[k]))
            continue
        fname = part.get_filename()
        payload = part.get_payload(decode=True)
        cs = part.get_content_charset()
        if fname:
            if part.get_content_maintype() == "text":
                payload.decode(cs or "us-ascii")
            texts.append(file_text(payload, fname, where + ":" + fname, stats))
        elif part.get_content_maintype() == "text":
            t = payload.decode(cs or "us-ascii")   # strict
            if ctype == "text/calendar":
                assert "BEGIN:VCALENDAR" in t and "END:VCALENDAR" in t, where
            stats["cs:" + (cs or "us-ascii")] = stats.get("cs:" + (cs or "us-ascii"), 0) + 1
            texts.append(t)
        else:
            raise AssertionError((where, "unnamed non-text part", ctype))
    alltext = "\n".join(texts)
    for h in HOST_RE.findall(alltext):
        assert h.lower().endswith(".example") or h.lower() in ("example",), (where, "host", h)
    for m in IBAN_RE.finditer(alltext):
        if m.group(3).startswith("ZZZ"):      # SEPA creditor identifier, not an IBAN
            continue
        cc = m.group(1)
        s = (m.group(1) + m.group(2) + m.group(3)).replace(" ", "")[:IBAN_LEN[cc]]
        if s in INVALID_IBAN_OK:
            continue
        assert len(s) == IBAN_LEN[cc] and iban_ok(s), (where, "bad IBAN", s)
    return msg


def check():
    with tempfile.TemporaryDirectory() as tmp:
        build(tmp)
        for sub in ("labels.tsv",):
            a = open(os.path.join(tmp, sub), "rb").read()
            b = open(os.path.join(HERE, sub), "rb").read()
            assert a == b, f"{sub} differs from a fresh build"
        fresh = sorted(os.listdir(os.path.join(tmp, "mails")))
        have = sorted(os.listdir(os.path.join(HERE, "mails")))
        assert fresh == have, "mail file list differs"
        for f in fresh:
            a = open(os.path.join(tmp, "mails", f), "rb").read()
            b = open(os.path.join(HERE, "mails", f), "rb").read()
            assert a == b, f"{f} differs from a fresh build"
    rows = list(csv.reader(open(os.path.join(HERE, "labels.tsv"), encoding="utf-8"), delimiter="\t",
                           quoting=csv.QUOTE_NONE))
    assert rows[0] == ["file", "label", "lang", "kind", "reason"], rows[0]
    rows = rows[1:]
    assert len(rows) == len(MAILS) == 150, len(rows)
    stats, ids = {}, set()
    table = {}
    kinds = {}
    for r in rows:
        assert len(r) == 5 and r[1] in LABELS and r[2] in ("de", "en") and r[4].strip(), r
        msg = check_mail(os.path.join(HERE, "mails", r[0]), stats)
        assert msg["Message-ID"] not in ids, r[0]
        ids.add(msg["Message-ID"])
        table[(r[1], r[2])] = table.get((r[1], r[2]), 0) + 1
        kinds.setdefault(r[3], {}).setdefault(r[1], 0)
        kinds[r[3]][r[1]] += 1
    traps = sum(1 for r in rows if r[1] == "NORMAL" and r[4].startswith("trap:"))
    print("label                    de   en  total")
    for lab in LABELS:
        de, en = table.get((lab, "de"), 0), table.get((lab, "en"), 0)
        print(f"{lab:22s} {de:4d} {en:4d} {de+en:6d}")
    de = sum(v for (l, g), v in table.items() if g == "de")
    print(f"{'total':22s} {de:4d} {len(rows)-de:4d} {len(rows):6d}   traps: {traps}")
    print("kinds:")
    for k in sorted(kinds):
        print(f"  {k:28s} " + "  ".join(f"{l[:6]}={kinds[k].get(l, 0)}" for l in LABELS))
    print("formats:", ", ".join(f"{k}={v}" for k, v in sorted(stats.items())))
    print("OK: byte-identical rebuild, all mails parse without defects")


def main():
    if "--check" in sys.argv:
        check()
    else:
        build(HERE)
        print(f"wrote {len(MAILS)} mails")



# ================================================================ MAILS

# ---- 0001
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "reply to a named member about his own health-insurance premium increase (tariffs, new premium, member number); no illness named, personal line")
def _():
    quoted = outlook("Wilfried Kötter <w.koetter@mailbox-west.example>", "2026-01-08 19:42",
                     "mitgliederservice@weserbogen.example", "Beitragserhöhung ???",
                     """\
Sehr geehrte Damen und Herren,

heute kam Ihr Schreiben zur Beitragsanpassung. Mein Beitrag steigt ab 1.1. um 48,17 Euro im Monat. Das sind fast 10 Prozent! Ich bin seit 1998 bei Ihnen und habe kaum etwas eingereicht. Wie kann das sein? Und gibt es eine Möglichkeit, das zu reduzieren, ohne dass ich schlechter versichert bin?

Mit freundlichen Grüßen
W. Kötter
Mitgl.-Nr. 41 183 027""")
    body = """\
Sehr geehrter Herr Kötter,

vielen Dank für Ihre Nachricht. Ich kann Ihren Ärger über den höheren Beitrag gut verstehen und erkläre Ihnen gern, wie er zustande kommt.

Ihr Vertrag (Mitgliedsnummer 41 183 027) besteht aus den Tarifen WB Komfort 2 (ambulant/stationär), WB Zahn 80 und der Pflegepflichtversicherung. Angepasst wurde zum 01.01.2026 nur der Tarif WB Komfort 2: In diesem Tarif sind die Leistungsausgaben aller Versicherten deutlich stärker gestiegen als kalkuliert. Das Gesetz verpflichtet uns dann, die Beiträge zu überprüfen; ein unabhängiger Treuhänder hat der Anpassung zugestimmt. Mit Ihren persönlichen Einreichungen hat das nichts zu tun – die Anpassung gilt für alle Versicherten des Tarifs gleichermaßen.

Ihr Monatsbeitrag setzt sich jetzt so zusammen:

  WB Komfort 2            512,40 EUR  (bisher 464,23 EUR)
  WB Zahn 80               38,90 EUR  (unverändert)
  Pflegepflichtversicherung 61,27 EUR (unverändert)
  Gesamt                   612,57 EUR

Zur Frage, wie Sie den Beitrag senken können: Sie haben nach § 204 VVG das Recht, in einen anderen Tarif unserer Gesellschaft mit gleichartigem Versicherungsschutz zu wechseln, ohne Ihre Alterungsrückstellung zu verlieren. Denkbar wäre auch ein höherer jährlicher Selbstbehalt in Ihrem bisherigen Tarif. Meine Kollegin Marlene Vogt aus der Tarifberatung rechnet Ihnen gern zwei, drei Varianten durch – sagen Sie mir einfach kurz Bescheid, ob wir Sie dafür anrufen dürfen und unter welcher Nummer.

Mit freundlichen Grüßen
Annika Brüggemann
""" + sig("brueggemann") + "\n" + quoted + "\n"
    return new(addr("brueggemann"), "Wilfried Kötter <w.koetter@mailbox-west.example>",
               "AW: Beitragserhöhung ???", "2026-01-09 10:31", body,
               irt="<4e1c2a07-91b3-4c7e-8f0a-2b9d13f7c611@mailbox-west.example>", lang="de-DE")


# ---- 0002
@mail("NORMAL", "de", "internal",
      "trap: monthly reimbursement statistics of the health claims department, only counts and sums per invoice type, no person")
def _():
    rows = [["Belegart", "Anzahl Belege", "eingereicht EUR", "erstattet EUR", "Erstattungsquote", "Ø Bearbeitungstage"],
            ["Arztrechnungen ambulant (GOÄ)", 18422, 3902114.55, 3511903.10, "90,0 %", 3.1],
            ["Zahnarztrechnungen (GOZ)", 6120, 2488730.20, 1876015.44, "75,4 %", 4.6],
            ["Heilpraktiker (GebüH)", 1307, 141288.00, 88417.35, "62,6 %", 5.2],
            ["Arznei- und Verbandmittel", 9874, 1120455.91, 1098007.27, "98,0 %", 1.4],
            ["Heilmittel (Physio, Logo, Ergo)", 3391, 402566.12, 331208.70, "82,3 %", 3.9],
            ["Hilfsmittel", 418, 266907.40, 214330.81, "80,3 %", 7.8],
            ["Krankenhaus (Direktabrechnung)", 712, 5814002.66, 5790110.02, "99,6 %", 6.0],
            ["Summe", 40244, 14136064.84, 12909992.69, "91,3 %", 3.4]]
    kanal = [["Eingangskanal", "Belege", "Anteil"],
             ["Mitglieder-App (Foto-Upload)", 22905, "56,9 %"],
             ["Post / Scanstraße", 12077, "30,0 %"],
             ["Mitgliederportal", 4468, "11,1 %"],
             ["Fax", 794, "2,0 %"]]
    x = xlsx([("Leistungen März 2026", rows), ("Eingangskanäle", kanal)], creator="Stefan Ahlert",
             when=(2026, 4, 7, 8, 12, 40), created="2026-04-07T06:12:40Z")
    body = """\
Hallo zusammen,

anbei die Monatsauswertung Leistung Kranken für März 2026.

Kurz die Auffälligkeiten:
- Belegeingang +7 % ggü. Februar, vor allem Zahn (Jahresanfang, neue Heil- und Kostenpläne).
- Bearbeitungszeit Hilfsmittel immer noch bei fast 8 Tagen – liegt an den Rückfragen zu Kostenvoranschlägen, Serkan und ich schauen uns das im April an.
- Fax ist auf 2 % gefallen. Wenn das so bleibt, können wir das Faxgerät wie geplant zum 30.06. abschalten.

Die Erstattungsquote Heilpraktiker ist erwartungsgemäß niedrig (Tarifgrenzen). Einzelfälle bitte nicht in dieser Runde diskutieren, sondern im Teamtermin.

Viele Grüße
Stefan
""" + sig("ahlert", footer=False)
    m = new(addr("ahlert"),
            f"Leistung-Kranken-Teamleitungen <tl-leistung-kranken@{D}>",
            "Monatsauswertung Leistungen Kranken 03/2026", "2026-04-07 08:15", body,
            cc=addr("droege"))
    return att(m, x, "Leistungsstatistik_KV_2026-03.xlsx")


# ---- 0003
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "motor claim of a named policyholder (claim no., plate, repair costs); explicitly nobody injured")
def _():
    body = """\
Sehr geehrte Frau Hasenkamp,

vielen Dank für Ihre Schadenmeldung vom Montag. Wir haben den Vorgang unter der Schadennummer KS-2026-0041877 angelegt.

Zum Ablauf, wie Sie ihn geschildert haben: Am 02.02.2026 gegen 7:40 Uhr sind Sie mit Ihrem VW Golf (MI-HK 418) an der Ampel Ringstraße/Portastraße auf das vor Ihnen stehende Fahrzeug aufgefahren. Verletzt wurde nach Ihren Angaben niemand, die Polizei wurde nicht gerufen.

Für Ihren Vertrag KF 7720 3391 bedeutet das:
- Den Schaden am gegnerischen Fahrzeug regulieren wir über Ihre Kfz-Haftpflichtversicherung direkt mit dem Halter bzw. dessen Versicherer.
- Ihren eigenen Schaden (Frontschürze, Scheinwerfer rechts, Kühlergrill) übernimmt Ihre Vollkasko abzüglich der vereinbarten Selbstbeteiligung von 300 EUR. Ein Kostenvoranschlag der Werkstatt genügt, solange er unter 2.500 EUR liegt.
- Ihr Schadenfreiheitsrabatt wird zum 01.01.2027 zurückgestuft (von SF 14 auf SF 8 in der Haftpflicht). Sie können die Rückstufung vermeiden, indem Sie uns die Haftpflichtentschädigung innerhalb von sechs Monaten nach unserer Abrechnung erstatten. Wir schreiben Sie dazu rechtzeitig an.

Bitte schicken Sie uns noch den Kostenvoranschlag und zwei, drei Fotos vom Schaden. Sie können beides einfach auf diese E-Mail antworten.

Freundliche Grüße aus Minden
Henrik Stallmann
""" + sig("stallmann")
    return new(addr("stallmann"), "Kerstin Hasenkamp <kerstin.hasenkamp@webpost.example>",
               "Ihr Schaden vom 02.02.2026 – Schadennummer KS-2026-0041877", "2026-02-04 14:06", body)


# ---- 0004
@mail("NORMAL", "en", "internal",
      "trap: IT ticket about reimbursement uploads failing in the member app; only a test account, no member data")
def _():
    body = """\
Hi Felix,

raising this as P2 as discussed on the phone.

Since the app release 5.14 on Monday, uploads of invoices ("Rechnung einreichen") fail for PDFs larger than ~10 MB. The app shows "Upload fehlgeschlagen (Code 413)" and the document never reaches the claims inbox. Photos (JPEG) work fine.

Steps to reproduce:
1. Log in with the test member TEST-KV-0009 (password in the test vault, not here)
2. Leistungen > Rechnung einreichen > Datei auswählen
3. Pick any PDF > 10 MB, e.g. the 40-page sample "Musterrechnung_Krankenhaus_lang.pdf" from the test share
4. Submit -> 413

The reverse proxy in front of upload.app.weserbogen.example probably still has the old body size limit – we raised it to 25 MB in the API gateway last sprint but I can't see the proxy config.

Member complaints so far: 6 through the hotline, no names needed for the ticket I think. Hotline has a workaround script (send as photos instead).

Thanks,
Priya
""" + sig("natarajan", footer=False)
    return new(addr("natarajan"), addr("nolting"),
               "[INC-2026-11873] App: PDF invoice upload fails with 413 since 5.14", "2026-03-11 09:52", body,
               cc=f"app-team@{D}", lang="en-GB")


# ---- 0005
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "cost approval for a named member's dental treatment plan: implants at teeth 36 and 46, GOZ amounts, reimbursement")
def _():
    body = """\
Sehr geehrte Frau Dr. Heidbrink,

wir haben den Heil- und Kostenplan Ihrer Zahnärztin, Frau Dr. Kuhlmann-Reese, vom 19.01.2026 geprüft und können Ihnen heute folgende Zusage geben:

Geplante Behandlung:
- Implantate regio 36 und 46 (GOZ 9010, je einschließlich Implantatbett-Aufbereitung)
- Knochenaufbau regio 36 (GOZ 9100)
- implantatgetragene Kronen 36 und 46 (GOZ 2200 i. V. m. 2210)
Voraussichtliche Gesamtkosten laut Plan: 7.846,30 EUR (Honorar 5.112,80 EUR, Material- und Laborkosten 2.733,50 EUR)

Ihr Tarif WB Zahn 80 erstattet Zahnersatz und Implantate zu 80 %. Auf Basis des Plans erstatten wir daher voraussichtlich 6.277,04 EUR. Der Steigerungsfaktor 3,2 bei GOZ 9010 ist mit der Begründung im Plan (erschwerte Knochenverhältnisse) nachvollziehbar und wird berücksichtigt.

Die Zusage gilt für eine Behandlung, die bis zum 31.12.2026 begonnen wird. Bitte reichen Sie nach Abschluss die Rechnung zusammen mit dem Laborbeleg ein – am einfachsten über die Weserbogen-App. Abweichungen von mehr als 15 % gegenüber dem Plan prüfen wir dann noch einmal.

Freundliche Grüße

i. A. Tobias Reckefuß
""" + sig("reckefuss")
    return new(addr("reckefuss"), "Dr. Almut Heidbrink <almut.heidbrink@posteo-mail.example>",
               "Ihr Heil- und Kostenplan vom 19.01.2026 – Mitgliedsnummer 40 771 652", "2026-01-28 11:20", body)


# ---- 0006
@mail("NORMAL", "de", "newsletter",
      "trap: HTML-only member newsletter explaining premium adjustments and the tariff-change right in general terms, no member data")
def _():
    html = """\
<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Weserbogen Mitgliederbrief</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#1d2b36;background:#f3f5f7">
<table width="640" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#0b4f6c;color:#fff;padding:18px 24px;font-size:20px">Mitgliederbrief Januar 2026</td></tr>
<tr><td style="padding:20px 24px">
<h2 style="color:#0b4f6c">Beitragsanpassung 2026: Fragen und Antworten</h2>
<p>Liebe Mitglieder,</p>
<p>viele von Ihnen haben in den letzten Wochen Post zur Beitragsentwicklung erhalten. Wir möchten offen erklären, warum Beiträge in der privaten Krankenversicherung steigen können – und was Sie selbst tun können.</p>
<h3>Warum passen sich Beiträge an?</h3>
<p>Beiträge dürfen nur angepasst werden, wenn die tatsächlichen Leistungsausgaben eines Tarifs um mehr als einen gesetzlich festgelegten Schwellenwert von der Kalkulation abweichen (der sogenannte auslösende Faktor). Medizinischer Fortschritt, höhere Preise im Gesundheitswesen und eine längere Lebenserwartung sind die Hauptgründe. Jede Anpassung wird von einem unabhängigen mathematischen Treuhänder geprüft.</p>
<h3>Spielt es eine Rolle, ob ich viele Rechnungen einreiche?</h3>
<p>Nein. Eine Anpassung betrifft immer alle Versicherten eines Tarifs. Ihre persönlichen Einreichungen haben keinen Einfluss auf Ihren Beitrag – wohl aber auf eine mögliche Beitragsrückerstattung.</p>
<h3>Kann ich meinen Beitrag senken?</h3>
<ul>
<li>Tarifwechsel nach § 204 VVG in einen gleichartigen Tarif – Ihre Alterungsrückstellungen bleiben erhalten.</li>
<li>Höherer Selbstbehalt im bestehenden Tarif.</li>
<li>Verzicht auf einzelne Zusatzbausteine, etwa Einbettzimmer.</li>
</ul>
<p>Unsere Tarifberatung rechnet Ihnen gerne kostenlos Alternativen aus: <a href="https://www.weserbogen.example/tarifwechsel">www.weserbogen.example/tarifwechsel</a> oder Telefon 0571 9480-2260.</p>
<h3>Beitragsrückerstattung für 2025</h3>
<p>Wer im Kalenderjahr 2025 keine Leistungen in Anspruch genommen hat, erhält je nach Tarif bis zu drei Monatsbeiträge zurück. Die Auszahlung erfolgt automatisch im Juli 2026.</p>
<p style="font-size:12px;color:#667">Sie erhalten diesen Mitgliederbrief, weil Sie ihn in Ihrem Mitgliederportal abonniert haben. <a href="https://portal.weserbogen.example/newsletter/abmelden">Abmelden</a></p>
</td></tr>
<tr><td style="background:#e8eef2;padding:12px 24px;font-size:11px;color:#556">Weserbogen Krankenversicherung a.G. · Weserbogenallee 12 · 32423 Minden · Amtsgericht Bad Oeynhausen VR 3318</td></tr>
</table>
</body></html>
"""
    return new(f"Weserbogen Mitgliederbrief <newsletter@{D}>", f"mitglieder-newsletter@lists.{D}",
               "Mitgliederbrief: Beitragsanpassung 2026 – Ihre Fragen, unsere Antworten", "2026-01-02 07:00",
               html=html, mailer="Weserbogen Mailer 3.1", cte="quoted-printable")


# ---- 0007
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "household contents policy of a named customer: new IBAN for the direct debit, policy number, premium")
def _():
    body = """\
Dear Mr O'Donnell,

thank you for your e-mail of 16 February and for sending the signed SEPA mandate.

We have changed the direct debit for your household contents insurance (policy HR 5583 1024, address Am Bültenweg 9, 33615 Bielefeld) to your new account:

  Account holder: Thomas O'Donnell
  IBAN: DE24 3601 0043 7565 0134 08
  Mandate reference: WBA-HR55831024-03

The annual premium of EUR 187.60 for the period starting 1 April 2026 will be collected from this account on or shortly after 1 April. Your old account will not be debited again.

One more point from your message: yes, your new bicycle is covered against theft under this policy up to EUR 1,500 as long as it is locked. If it is worth more, we can add our e-bike extension – just let me know the purchase price.

Kind regards
Birte Oevermann
""" + sig("oevermann")
    return new(addr("oevermann"), "Thomas O'Donnell <tom.odonnell@fastmail-post.example>",
               "RE: New bank account for my contents insurance", "2026-02-18 10:02", body, lang="en-GB",
               irt="<CAF8x1p0=kq2@mail.fastmail-post.example>")


# ---- 0008
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "certificate of health cover for a named member's residence permit: birth date, member number, tariff, start date; no illness but personal line")
def _():
    text = """\
Dear Ms Ferreira Gómez,

as requested, please find below the confirmation of your health insurance cover for the Ausländerbehörde (immigration office) in Bielefeld. A signed PDF version is waiting for you in your member portal as well.

----------------------------------------------------------------
CONFIRMATION OF HEALTH INSURANCE COVER / VERSICHERUNGSBESTÄTIGUNG

Insured person: Ana Lucía Ferreira Gómez
Date of birth: 14 May 1991
Member number: 40 902 118
Insured since: 1 October 2025, no fixed end date
Tariffs: WB Global Komfort (outpatient, inpatient, dental), WB Pflege (compulsory long-term care insurance)
Area of cover: worldwide, including Germany without restriction
Annual deductible: EUR 600

The cover corresponds in scope to the benefits of the German statutory health insurance and fulfils the requirements of § 193 (3) VVG. There are no exclusions in this contract.
----------------------------------------------------------------

If the office asks for the German original with a stamp, just reply to this e-mail and we will post it to you.

Kind regards
Claire Whitfield
""" + sig("whitfield")
    html = """\
<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:11pt">
<p>Dear Ms Ferreira Gómez,</p>
<p>as requested, please find below the confirmation of your health insurance cover for the Ausländerbehörde (immigration office) in Bielefeld. A signed PDF version is waiting for you in your member portal as well.</p>
<table border="1" cellpadding="6" cellspacing="0" style="border-collapse:collapse;font-size:10pt">
<tr><th colspan="2" style="background:#dde8ee">CONFIRMATION OF HEALTH INSURANCE COVER / VERSICHERUNGSBESTÄTIGUNG</th></tr>
<tr><td>Insured person</td><td>Ana Lucía Ferreira Gómez</td></tr>
<tr><td>Date of birth</td><td>14 May 1991</td></tr>
<tr><td>Member number</td><td>40 902 118</td></tr>
<tr><td>Insured since</td><td>1 October 2025, no fixed end date</td></tr>
<tr><td>Tariffs</td><td>WB Global Komfort (outpatient, inpatient, dental), WB Pflege (compulsory long-term care insurance)</td></tr>
<tr><td>Area of cover</td><td>worldwide, including Germany without restriction</td></tr>
<tr><td>Annual deductible</td><td>EUR 600</td></tr>
</table>
<p>The cover corresponds in scope to the benefits of the German statutory health insurance and fulfils the requirements of § 193 (3) VVG. There are no exclusions in this contract.</p>
<p>If the office asks for the German original with a stamp, just reply to this e-mail and we will post it to you.</p>
<p>Kind regards<br>Claire Whitfield</p>
""" + sig_html("whitfield") + "</body></html>\n"
    return new(addr("whitfield"), "Ana Lucía Ferreira Gómez <analu.ferreira@correo-mail.example>",
               "Confirmation of health insurance for your residence permit", "2026-02-23 15:47", text, html=html,
               cte="quoted-printable", lang="en-GB")


# ---- 0009
@mail("NORMAL", "de", "internal",
      "trap: job advert for a health-claims assessor (GOÄ/GOZ, medical terminology), no person concerned")
def _():
    body = """\
Liebe Kolleginnen und Kollegen,

wir suchen Verstärkung und freuen uns über interne Bewerbungen und Empfehlungen aus Ihrem Umfeld:

Sachbearbeiterin / Sachbearbeiter Leistungsprüfung Kranken (m/w/d)
Standort Minden, Vollzeit oder Teilzeit (mind. 30 Std.), unbefristet

Ihre Aufgaben
• Prüfung und Abrechnung von Arzt-, Zahnarzt- und Krankenhausrechnungen nach GOÄ, GOZ und Tarifbedingungen
• Bearbeitung von Heil- und Kostenplänen und Kostenvoranschlägen für Hilfsmittel
• telefonische und schriftliche Beratung unserer Mitglieder zu Erstattungsfragen
• Zusammenarbeit mit unseren Beratungsärztinnen und -zahnärzten

Ihr Profil
• abgeschlossene Ausbildung als Kauffrau/Kaufmann für Versicherungen und Finanzanlagen oder als Medizinische/r bzw. Zahnmedizinische/r Fachangestellte/r
• sicherer Umgang mit medizinischer Terminologie, Kenntnisse der Gebührenordnungen sind ein Plus
• Freude am Kontakt mit Menschen, auch wenn es mal schwierig wird

Wir bieten
• Vergütung nach Tarifvertrag für das private Versicherungsgewerbe, 38-Stunden-Woche, 30 Tage Urlaub
• mobiles Arbeiten bis zu 60 %
• strukturierte Einarbeitung mit Patin bzw. Paten im Team

Bewerbungen bitte bis zum 15.03.2026 über das Bewerberportal: https://karriere.weserbogen.example/stellen/2026-014
Fragen beantworte ich gerne.

Viele Grüße
Petra Lahrmann
""" + sig("lahrmann", footer=False)
    return new(addr("lahrmann"), f"Alle Mitarbeitenden <alle@{D}>",
               "Stellenausschreibung intern: Leistungsprüfung Kranken (m/w/d)", "2026-02-16 08:30", body)


# ---- 0010
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "payment reminder for a named member's health insurance premiums: arrears, late-payment surcharges, warning that benefits will be suspended (emergency tariff)")
def _():
    body = """\
Sehr geehrter Herr Krämer-Albers,

leider konnten wir für Ihre Krankenversicherung (Mitgliedsnummer 42 310 554) die Beiträge für November und Dezember 2025 sowie Januar 2026 nicht einziehen. Die Lastschriften wurden von Ihrer Bank jeweils mangels Deckung zurückgegeben.

Offen sind derzeit:

  Beiträge 11/2025 bis 01/2026 (3 x 389,44 EUR)   1.168,32 EUR
  Säumniszuschläge nach § 193 Abs. 6 VVG              23,36 EUR
  Rücklastschriftgebühren Ihrer Bank                   9,00 EUR
  Gesamt                                            1.200,68 EUR

Wir wissen, dass es Phasen gibt, in denen das Geld knapp ist. Bitte sprechen Sie uns deshalb an, bevor sich der Rückstand weiter erhöht. Eine Ratenzahlung ist in vielen Fällen möglich, z. B. in sechs Monatsraten zusätzlich zum laufenden Beitrag.

Bitte beachten Sie: Ist der Rückstand zwei Monate nach dieser Mahnung nicht ausgeglichen, sind wir gesetzlich verpflichtet, Sie ein zweites Mal zu mahnen. Bleibt der Rückstand auch danach bestehen, ruht Ihr Vertrag und Sie werden im sogenannten Notlagentarif versichert. Sie haben dann nur noch Anspruch auf Leistungen bei akuten Erkrankungen und Schmerzzuständen sowie bei Schwangerschaft und Mutterschaft. Das Ruhen tritt nicht ein, wenn Sie hilfebedürftig im Sinne des SGB II oder SGB XII sind oder werden – eine entsprechende Bescheinigung des Jobcenters oder Sozialamts können Sie uns jederzeit schicken.

Bitte überweisen Sie den offenen Betrag bis zum 20.02.2026 auf unser Konto bei der Bastau-Sparkasse, IBAN DE44 4905 0101 8028 1906 87, Verwendungszweck 42310554 Rückstand, oder rufen Sie mich an.

Mit freundlichen Grüßen
Jonas Tiemeyer
""" + sig("tiemeyer")
    return new(addr("tiemeyer"), "Dennis Krämer-Albers <d.kraemer-albers@t-net.example>",
               "Zahlungserinnerung zu Ihrer Krankenversicherung – Rückstand 1.200,68 EUR", "2026-02-05 09:12", body)


# ---- 0011
@mail("CONFIDENTIAL", "de", "internal",
      "HR instruction to payroll with a named employee's old and new gross salary")
def _():
    body = """\
Hallo Herr Brandt,

bitte folgende Änderung zum 01.04.2026 in der Abrechnung berücksichtigen:

Jessica Wortmann, Personalnummer 20417, Mitgliederservice Kranken
- Höhergruppierung von Tarifgruppe 6 in Tarifgruppe 7 (Beginn Berufsjahr 5)
- Monatsgehalt brutto bisher 3.982,00 EUR, neu 4.318,00 EUR
- Verantwortungszulage Teamkoordination 150,00 EUR brutto monatlich, befristet bis 31.03.2027
- VL und Jobrad bleiben unverändert

Die unterschriebene Änderungsvereinbarung liegt in der Personalakte (Papier), Scan folgt über das DMS.

Danke und viele Grüße
Petra Lahrmann
""" + sig("lahrmann", footer=False)
    return new(addr("lahrmann"), f"Ralf Brandt <ralf.brandt@{D}>",
               "Gehaltsänderung 04/2026 – PNr. 20417", "2026-03-17 13:48", body)


# ---- 0012
@mail("NORMAL", "de", "internal",
      "trap: minutes of the trustee meeting on premium adjustments, only tariff-level aggregates (trigger factors, average increase, RfB limitation)")
def _():
    d = docx([
        ("h", "Ergebnisprotokoll – Abstimmung mit dem mathematischen Treuhänder"),
        "Beitragsanpassung zum 01.01.2027, Termin vom 12.05.2026, 10:00–13:30 Uhr, Besprechungsraum 4.02",
        "Teilnehmende: Dr. Konrad Mehlis (Treuhänder), Miriam Kasper, Dr. Holger Pietsch (Verantwortlicher Aktuar), Matthias Kröger (Vorstand, ab TOP 3)",
        ("h", "TOP 1 – Auslösende Faktoren"),
        ("table", [["Tarif", "AF Leistungen", "AF Sterbewahrsch.", "Schwelle", "Anpassung ausgelöst"],
                   ["WB Komfort 2", "1,112", "0,987", "1,05 / 1,05", "ja"],
                   ["WB Premium 1", "1,064", "0,991", "1,05 / 1,05", "ja"],
                   ["WB Basis Plus", "1,031", "0,985", "1,05 / 1,05", "nein"],
                   ["WB Zahn 80", "0,962", "–", "1,05", "nein"],
                   ["KT 43", "1,097", "0,990", "1,05 / 1,05", "ja"]]),
        "Der Treuhänder bestätigt die Herleitung der Faktoren aus den Grundkopfschäden der Beobachtungsjahre 2023–2025. Für KT 43 wird die Abgrenzung der Leistungsdauern noch einmal plausibilisiert (Auftrag Aktuariat, bis 26.05.).",
        ("h", "TOP 2 – Rechnungszins und Sicherheitszuschlag"),
        "Rechnungszins bleibt bei 2,5 % (AUZ-Verfahren, Ergebnis 2,61 %). Sicherheitszuschlag unverändert 7 %.",
        ("h", "TOP 3 – Limitierung"),
        "Für die Limitierung stehen aus der RfB 4,1 Mio. EUR zur Verfügung. Vorschlag: vorrangige Limitierung für Versicherte ab 65 Jahren in WB Komfort 2 und WB Premium 1. Durchschnittliche Anpassung nach Limitierung: WB Komfort 2 +8,9 %, WB Premium 1 +5,2 %, KT 43 +6,0 %.",
        ("h", "TOP 4 – Weiteres Vorgehen"),
        "Finale Unterlagen an den Treuhänder bis 15.06.2026. Zustimmungserklärung erwartet Ende Juli. Kommunikationskonzept (Mitgliederbrief, Hotline-Leitfaden) durch Unternehmenskommunikation bis 31.08.",
        "Protokoll: Miriam Kasper",
    ], creator="Miriam Kasper", when=(2026, 5, 13, 9, 40, 0), created="2026-05-13T07:40:00Z")
    body = """\
Liebe Teilnehmende,

anbei das Ergebnisprotokoll von gestern. Bitte Korrekturen bis Freitag an mich, danach geht es an Herrn Dr. Mehlis zur Gegenzeichnung.

Viele Grüße
Miriam Kasper
""" + sig("kasper", footer=False)
    m = new(addr("kasper"), f"Dr. Holger Pietsch <holger.pietsch@{D}>, Matthias Kröger <matthias.kroeger@{D}>",
            "Protokoll Treuhänder-Termin 12.05. (BAP 2027)", "2026-05-13 09:44", body)
    return att(m, d, "Protokoll_Treuhaender_BAP2027_2026-05-12.docx")


# ---- 0013
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
      "medical adviser asks an orthopaedist for a report on a named member: birth date, herniated disc M51.2, MRI, physiotherapy")
def _():
    body = """\
Sehr geehrter Herr Kollege Vennemann,

Ihr Patient, unser Mitglied

  Herr Gerhard Lohmeier, geb. 03.07.1958, Mitgliedsnummer 40 118 903,

hat bei uns Rechnungen Ihrer Praxis aus dem Zeitraum Oktober 2025 bis Januar 2026 eingereicht, unter anderem für ein MRT der Lendenwirbelsäule, drei periradikuläre Therapien (abgerechnet als GOÄ 2599, s. u.) und Verordnungen über insgesamt 24 Einheiten Krankengymnastik am Gerät. Als Diagnose ist M51.2 (sonstige näher bezeichnete Bandscheibenverlagerung) angegeben.

Um die Erstattung abschließend beurteilen zu können, bitte ich Sie um einen kurzen Befundbericht mit
1. dem MRT-Befund vom 14.10.2025,
2. den bisherigen Therapieschritten und dem Verlauf der Beschwerden,
3. der Begründung für die Fortsetzung der Physiotherapie über 18 Einheiten hinaus.

Zur Abrechnung der Infiltrationen: Auf den Rechnungen ist die GOÄ-Ziffer 2599 angegeben; vermutlich ist eine analoge Berechnung gemeint. Bitte nennen Sie mir in dem Bericht die zugrunde gelegte Leistung.

Eine Schweigepflichtentbindung von Herrn Lohmeier vom 02.02.2026 liegt uns vor und kann Ihnen auf Wunsch gefaxt werden. Für den Bericht vergüten wir nach GOÄ Nr. 75.

Mit freundlichen, kollegialen Grüßen
Dr. med. Helene Osterkamp
""" + sig("osterkamp")
    return new(addr("osterkamp"), "Praxis Dr. Vennemann <praxis@ortho-vennemann.example>",
               "Anfrage Befundbericht – Ihr Patient Gerhard Lohmeier", "2026-02-10 16:22", body)


# ---- 0014
@mail("NORMAL", "en", "insurer-to-partner",
      "trap: quarterly bordereau summary to the reinsurer, premiums and claims by tariff and age band only, large claims as counts")
def _():
    rows = [
        "quarter;treaty;tariff_group;age_band;lives;earned_premium_eur;claims_paid_eur;claims_count",
        "2025Q4;QS-KV-2024;Komfort;0-20;3120;1404210.00;812044.18;9873",
        "2025Q4;QS-KV-2024;Komfort;21-40;8844;6902315.40;4010926.55;24118",
        "2025Q4;QS-KV-2024;Komfort;41-60;10212;11220480.12;8772003.90;31556",
        "2025Q4;QS-KV-2024;Komfort;61+;5530;8040117.66;9116382.07;28902",
        "2025Q4;QS-KV-2024;Premium;0-20;690;402118.00;190337.52;2204",
        "2025Q4;QS-KV-2024;Premium;21-40;1904;1932700.80;1004822.16;5913",
        "2025Q4;QS-KV-2024;Premium;41-60;2611;3688204.11;2901550.03;8742",
        "2025Q4;QS-KV-2024;Premium;61+;1377;2502948.30;2744108.89;7430",
        "2025Q4;QS-KV-2024;Global;all;1068;1511204.00;973220.44;3017",
        "",
        "large_claims_over_eur_100k;14",
        "large_claims_over_eur_250k;3",
        "largest_single_claim_band;500k-750k",
    ]
    csvdata = "\r\n".join(rows) + "\r\n"
    body = """\
Dear Fiona,

please find attached the Q4 2025 bordereau summary for the health quota share (QS-KV-2024). As agreed in the treaty, we report at tariff group and age band level only; individual large losses are reported as counts and bands.

Headline figures for the quarter:
- earned premium EUR 37.6m (+6.8 % vs Q4 2024)
- claims paid EUR 30.5m, loss ratio 81.1 %
- 14 claims above EUR 100k, 3 above EUR 250k (all inpatient; oncology and cardiology as in previous quarters)

The Global group (expat members) is still small and volatile, so please read its loss ratio with care.

Our ceded account statement will follow from Finance by 20 February. Happy to have a call next week if you have questions before your reserving committee.

Best regards
Rebecca
""" + sig("thorne")
    m = new(addr("thorne"), "Fiona Aldridge <f.aldridge@nordkap-re.example>",
            "QS-KV-2024 – bordereau summary Q4 2025", "2026-02-09 11:05", body,
            cc=addr("kasper"), lang="en-GB")
    return att(m, csvdata, "QS-KV-2024_bordereau_2025Q4.csv")


# ---- 0015
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "household burglary claim of a named customer: claim and policy numbers, stolen items with values, police file number")
def _():
    body = """\
Guten Tag Frau Schwarze,

Ihre Stehlgutliste und die Bestätigung der Anzeige sind bei uns angekommen, danke dafür.

Schadennummer: HS-2026-0007312
Hausratversicherung: HR 4410 8826
Versicherungsort: Kuhlenstraße 31, 32427 Minden
Polizei Minden, Tagebuchnummer 0213-26-004417

Nach Ihrer Liste wurden gestohlen:
  Notebook (gekauft 2024, Rechnung liegt vor)        1.149,00 EUR
  Spielkonsole mit zwei Controllern                    519,00 EUR
  Goldkette und zwei Ringe (Erbstücke)             ca. 2.400,00 EUR
  Bargeld                                              280,00 EUR

Bargeld ist in Ihrem Tarif bis 1.500 EUR mitversichert, Schmuck außerhalb eines Tresors bis 20 % der Versicherungssumme – beides passt. Für den Schmuck hätten wir gern Fotos oder eine Schätzung eines Juweliers, sofern vorhanden. Falls es keine Belege gibt, melde ich mich noch einmal telefonisch, dann finden wir eine Lösung.

Die Reparatur der aufgehebelten Terrassentür läuft über Ihren Vermieter bzw. dessen Gebäudeversicherung, das müssen Sie nicht bei uns einreichen.

Viele Grüße
Birte Oevermann
""" + sig("oevermann")
    return new(addr("oevermann"), "Melanie Schwarze <melanie.schwarze@gmx-mail.example>",
               "Einbruch Kuhlenstraße – Ihre Unterlagen / HS-2026-0007312", "2026-01-21 11:37", body)


# ---- 0016
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "body harmless; the XLSX attachment lists named members in the emergency tariff (member no., arrears, date benefits suspended, welfare note)")
def _():
    rows = [["Mitgliedsnr.", "Name", "Vorname", "Rückstand EUR", "2. Mahnung", "Ruhen seit", "Tarif vor Ruhen", "Hinweis"],
            ["41 902 337", "Pawlak", "Dariusz", 4188.40, "12.09.2025", "01.11.2025", "WB Basis Plus", "Ratenplan abgelehnt"],
            ["42 005 118", "Steinkühler", "Mareike", 2974.12, "03.10.2025", "01.12.2025", "WB Komfort 2", ""],
            ["40 447 806", "Redeker", "Holger", 9120.66, "28.04.2025", "01.07.2025", "WB Premium 1", "Insolvenzverfahren AG Minden 8 IN 112/25"],
            ["42 310 901", "Albayrak", "Cem", 1560.00, "14.11.2025", "01.01.2026", "WB Komfort 2", "Bescheid Jobcenter angefordert"],
            ["41 177 260", "Nieländer", "Ute", 3311.75, "20.10.2025", "01.12.2025", "WB Basis Plus", ""],
            ["40 862 514", "Schomburg", "Lars", 6202.90, "01.07.2025", "01.09.2025", "WB Komfort 2", "Teilzahlung 500 EUR 02/2026"]]
    x = xlsx([("Q1 2026", rows)], creator="Jonas Tiemeyer", when=(2026, 3, 30, 15, 2, 0), created="2026-03-30T13:02:00Z")
    body = """\
Hallo Martin,

anbei wie jedes Quartal die Liste zur Freigabe. Sechs Fälle, zwei davon neu seit Januar. Die Fälle mit Vermerk prüfe ich nächste Woche noch einmal auf Rückstufung.

Bitte bis Freitag kurz Rückmeldung, dann geht die Meldung an das Rechnungswesen.

Gruß
Jonas
""" + sig("tiemeyer", footer=False)
    m = new(addr("tiemeyer"), addr("droege"), "Quartalsliste Q1 zur Freigabe", "2026-03-30 15:05", body)
    return att(m, x, "Liste_Q1_2026.xlsx")


# ---- 0017
@mail("NORMAL", "de", "internal",
      "trap: facility notice about water damage in the archive room holding claims files and a shredding appointment; no person data")
def _():
    body = """\
Hallo in die Runde,

kurze Info zum Stand im Untergeschoss:

In der Nacht auf Montag ist im Raum U1.14 (Archiv Leistungsakten Kranken, Jahrgänge 2016–2018) ein Heizungsrohr undicht gewesen. Betroffen sind nach erster Sichtung die Regale 7 bis 11, insgesamt ca. 60 Archivkartons. Die Kartons stehen jetzt zum Trocknen in U1.09; der Raum ist abgeschlossen, Schlüssel nur bei mir und beim Pförtner.

Was jetzt passiert:
- Trocknung U1.14 mit Bautrocknern, voraussichtlich bis 06.03.
- Die Jahrgänge 2016 und 2017 haben ohnehin ihre Aufbewahrungsfrist erreicht. Frau Schöning hat der vorgezogenen Vernichtung zugestimmt; Aktenwolf holt die Kartons am 10.03. in verplombten Containern ab (Sicherheitsstufe P-4).
- Für 2018 klärt das Team Leistungscontrolling, ob die Kartons nachgescannt werden müssen.

Bitte bis zum Abschluss nichts aus U1.09 entnehmen. Bei Fragen einfach anrufen.

Gruß
Sven Ebbinghaus
""" + sig("ebbinghaus", footer=False)
    return new(addr("ebbinghaus"),
               f"{addr('droege')}, {addr('ahlert')}, {addr('schoening')}",
               "Wasserschaden U1.14 Archiv – Stand und nächste Schritte", "2026-02-24 12:10", body)


# ---- 0018
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "reimbursement statement for a named member's physiotherapy and lymph drainage, partial rejection above the tariff's maximum rates")
def _():
    body = """\
Dear Mr Okafor,

we have processed the invoices from Physiotherapie Wesertor that you uploaded on 3 March (treatment period 12 January to 20 February 2026, prescription by Dr. Sandra Meyerholz).

                                         invoiced   reimbursable   paid
12 x physiotherapy (KG)                   372.00       312.00       312.00
6 x manual lymph drainage, 45 min         318.00       264.60       264.60
6 x hot roll / heat therapy                72.00        50.40        50.40
total                                     762.00       627.00       627.00

EUR 627.00 will be transferred to your account ending in ...4191 within the next three working days.

Why not the full amount? Your tariff WB Global Komfort reimburses remedies (Heilmittel) up to the maximum rates listed in the tariff's schedule of remedies. The practice charges somewhat more than these rates; the difference of EUR 135.00 cannot be reimbursed. This is common with private practices in Germany, and many practices will agree to charge the schedule rates if you ask them before the next prescription – a printable copy of the schedule is in the member portal under "Documents".

If you would like us to look at the decision again, just reply with the reason and we will review it.

Kind regards
Claire Whitfield
""" + sig("whitfield")
    return new(addr("whitfield"), "Daniel Okafor <daniel.okafor@mailbox-west.example>",
               "Your claim 2026-KL-318840 – physiotherapy invoices", "2026-03-06 10:48", body, lang="en-GB")


# ---- 0019
@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "commission statement for a sole-trader broker (natural person) with his IBAN and tax number; contracts only summed per line")
def _():
    body = """\
Sehr geehrter Herr Lampe,

Ihre Courtageabrechnung für Februar 2026 steht im Maklerportal zum Download bereit. Hier die Eckdaten vorab:

  Vermittlernummer        7 30 214
  Abrechnungszeitraum     01.02.–28.02.2026
  Abschlusscourtage       2.914,60 EUR   (11 Neuverträge: 7 Sach/Haftpflicht, 3 Kfz, 1 Kranken)
  Bestandscourtage        1.188,22 EUR
  Stornohaftung             -146,80 EUR
  Auszahlungsbetrag       3.956,02 EUR

Die Auszahlung erfolgt am 06.03.2026 auf Ihr bei uns hinterlegtes Konto:
  Gerd Lampe, Limberg-Volksbank
  IBAN DE31 4906 0127 8579 3767 68

Steuernummer laut Stammdaten: 335/5021/1874. Die Courtage ist nach § 4 Nr. 11 UStG umsatzsteuerfrei.

Bitte prüfen Sie kurz, ob die Bankverbindung noch aktuell ist – Sie hatten im Januar einen Kontowechsel angekündigt. Änderungen bitte schriftlich mit Unterschrift (Scan genügt).

Mit freundlichen Grüßen
Oliver Grünewald
""" + sig("gruenewald")
    return new(addr("gruenewald"), "Versicherungsmakler Gerd Lampe e.K. <g.lampe@lampe-makler.example>",
               "Courtageabrechnung 02/2026 – Vermittlernr. 7 30 214", "2026-03-03 09:18", body)


# ---- 0020
@mail("NORMAL", "en", "internal",
      "trap: data-protection quiz about which mails need encryption; only fictitious example persons, no real data")
def _():
    body = """\
Hello everyone,

as promised at the team meeting, here is this quarter's short privacy quiz for the International Member Services and Underwriting teams. Answers by Friday, please – the three fastest correct answers get a coffee voucher.

All names below are made up. Please don't "improve" the examples with real cases when you discuss them.

1. A mail to "Max Mustermann (fictitious)" confirms his new address for his motor policy. Which protection level applies?
   a) none  b) confidential  c) strictly confidential

2. A mail to the same person lists the hospital he stayed in and the dates. Which level?

3. Is the sentence "the member's claim was paid" health information?

4. A broker asks by mail whether "Erika Musterfrau (fictitious)" is still insured with us in the health line. May we answer by unencrypted mail if she has consented to TLS?

5. You forward a quarterly statistic "claims paid by age band" to the reinsurer. Which level?

6. True or false: if a member writes to us unencrypted about her diagnosis, we may reply unencrypted with the same content.

7. Where do you report a mail that went to the wrong recipient? (Hint: within the hour, not next week.)

Model answers and the explanation will go out next Monday. If anything is unclear, come by my office (1.18) or call.

Best wishes
Ingrid
""" + sig("schoening", footer=False)
    return new(addr("schoening"), f"IMS-Team <ims-team@{D}>, Underwriting KV <underwriting-kv@{D}>",
               "Privacy quiz Q1 – 7 questions, 5 minutes", "2026-03-02 10:00", body, lang="en-GB")


# ---- 0021
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
      "certificate for the employer's contribution: a named employee's private health and care premiums and member number (personal line, no illness)")
def _():
    body = """\
Sehr geehrte Frau Rehkopf,

auf Wunsch Ihres Mitarbeiters, Herrn Marco Dierkes, erhalten Sie die Bescheinigung für den Arbeitgeberzuschuss nach § 257 SGB V und § 61 SGB XI. Herr Dierkes hat uns am 09.01.2026 schriftlich gebeten, Ihnen die Angaben direkt zu übermitteln.

Bescheinigung für das Kalenderjahr 2026

Versicherte Person: Marco Dierkes
Mitgliedsnummer: 41 650 208
Versicherungsbeginn: 01.07.2019

Monatsbeitrag Krankenversicherung (zuschussfähige Tarife WB Komfort 2, KT 43)   498,12 EUR
davon Anteil für Leistungen der Basisabsicherung                                 441,30 EUR
Monatsbeitrag Pflegepflichtversicherung                                           58,90 EUR

Mitversicherte Angehörige: keine

Der Versicherungsschutz entspricht den Voraussetzungen des § 257 Abs. 2a SGB V. Die Bescheinigung gilt bis zu einer Beitragsänderung; über Änderungen informieren wir Herrn Dierkes, der sie dann an Sie weitergibt.

Mit freundlichen Grüßen
Annika Brüggemann
""" + sig("brueggemann")
    return new(addr("brueggemann"), "Sandra Rehkopf <personal@holtkamp-metallbau.example>",
               "Bescheinigung Arbeitgeberzuschuss 2026 – Herr Dierkes", "2026-01-14 14:25", body)


# ---- 0022
@mail("NORMAL", "de", "insurer-to-customer",
      "trap: prospect asked about dental supplementary cover; generic tariff information and age-band prices, no contract or health data")
def _():
    body = """\
Sehr geehrte Frau Teckemeyer,

vielen Dank für Ihr Interesse an unseren Zahnzusatztarifen und Ihre Anfrage über unsere Website.

Kurz zu den drei Varianten:

  WB Zahn 60   60 % für Zahnersatz und Implantate, 100 % Prophylaxe bis 120 EUR/Jahr
  WB Zahn 80   80 % für Zahnersatz und Implantate, 100 % Prophylaxe bis 200 EUR/Jahr, Kieferorthopädie für Kinder
  WB Zahn 100  100 % Zahnersatz inkl. Implantate (bis 3,5-facher Satz), Prophylaxe unbegrenzt

Monatsbeiträge nach Eintrittsalter (Beispiele):

              21–30 J.   31–40 J.   41–50 J.   51–60 J.
  Zahn 60      9,80       13,40      18,90      24,60 EUR
  Zahn 80     14,20       19,70      27,30      35,80 EUR
  Zahn 100    21,50       28,90      39,40      52,10 EUR

In den ersten vier Jahren gelten Leistungsstaffeln (z. B. in Jahr 1 höchstens 1.000 EUR für Zahnersatz). Eine Wartezeit gibt es nicht. Im Antrag fragen wir nach fehlenden Zähnen und laufenden Behandlungen – bereits angeratene Behandlungen sind nicht versichert.

Alle Bedingungen finden Sie unter https://www.weserbogen.example/zahn. Wenn Sie möchten, rufe ich Sie gern an, dann schauen wir gemeinsam, welcher Tarif zu Ihnen passt. Ihre Daten aus dem Kontaktformular verwenden wir nur für diese Anfrage.

Freundliche Grüße
Ihr Vertriebsservice der Weserbogen Krankenversicherung
Telefon 0571 9480-2000
""" + "\n" + FOOT["kv"] + "\n"
    return new(f"Weserbogen Vertriebsservice <vertriebsservice@{D}>",
               "Yvonne Teckemeyer <y.teckemeyer@webpost.example>",
               "Ihre Anfrage zu unseren Zahnzusatztarifen", "2026-02-12 16:40", body)


# ---- 0023
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "travel cancellation claim of a named customer after redundancy (no health content): policy and claim numbers, refund to his IBAN")
def _():
    body = """\
Dear Mr Clarke,

thank you for sending the termination letter from your employer and the cancellation invoice from the tour operator.

We can confirm cover under your annual travel cancellation policy RR 2209 4471: the unexpected termination of your employment by the employer for operational reasons ("betriebsbedingte Kündigung") is an insured event under section 2.1 (f) of the conditions.

Claim number: RR-2026-0198
Trip: Toronto / Banff, 14–30 April 2026, 2 travellers
Cancellation fee charged (60 %): EUR 2,340.00
Deductible (20 % as agreed in your policy): EUR 468.00
Payment: EUR 1,872.00

We will transfer the amount to the account you gave us:
Sebastian Clarke, IBAN DE58 2004 1133 5021 3736 45

Please allow three to five working days. I'm sorry the trip didn't work out – I hope you can make it next year.

Kind regards
Birte Oevermann
""" + sig("oevermann")
    return new(addr("oevermann"), "Sebastian Clarke <seb.clarke@northmail.example>",
               "Your travel cancellation claim RR-2026-0198", "2026-03-24 13:55", body, lang="en-GB")


# ---- 0024
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "tariff-change offer (§ 204 VVG) for a named member: current and alternative tariffs with her premiums and deductibles; no illness named")
def _():
    body = """\
Sehr geehrte Frau Uphoff,

wie am Telefon besprochen, schicke ich Ihnen die Vergleichsrechnung für einen Tarifwechsel nach § 204 VVG. Grundlage ist Ihr heutiges Alter (67 Jahre) und Ihr Vertrag mit der Mitgliedsnummer 40 229 541.

Ihr heutiger Schutz
  WB Premium 1, Selbstbehalt 300 EUR, Einbettzimmer, Chefarzt    798,50 EUR/Monat

Variante A: WB Komfort 2, Selbstbehalt 300 EUR
  Zweibettzimmer, Chefarzt, Zahn 80 %                            612,40 EUR/Monat
  Ersparnis 186,10 EUR/Monat

Variante B: WB Premium 1, Selbstbehalt 1.200 EUR
  Leistungen wie heute                                           689,90 EUR/Monat
  Ersparnis 108,60 EUR/Monat (abzüglich höherer Eigenanteil von max. 900 EUR/Jahr)

Variante C: Standardtarif
  Leistungen in etwa wie gesetzliche Krankenversicherung         412,77 EUR/Monat
  Ersparnis 385,73 EUR/Monat

Wichtig für Ihre Entscheidung:
- Bei allen Varianten bleiben Ihre Alterungsrückstellungen vollständig erhalten.
- Für A, B und C ist keine neue Gesundheitsprüfung nötig, weil die Leistungen nicht höher sind als heute.
- Ein Wechsel in Variante C ist endgültiger als die anderen: Eine spätere Rückkehr in einen Tarif mit höheren Leistungen wäre nur mit Gesundheitsprüfung möglich.
- Der Wechsel ist zum Ersten jedes Monats möglich, frühestens zum 01.04.2026.

Lassen Sie sich ruhig Zeit und sprechen Sie gern auch mit Ihrem Sohn darüber, wie Sie erwähnt hatten. Sie erreichen mich direkt unter der Durchwahl unten.

Mit freundlichen Grüßen
Marlene Vogt
""" + sig("vogt")
    return new(addr("vogt"), "Renate Uphoff <renate.uphoff@t-net.example>",
               "Ihre Tarifwechsel-Berechnung (Mitgliedsnummer 40 229 541)", "2026-03-05 11:02", body)


# ---- 0025
@mail("NORMAL", "de", "internal",
      "trap: staff flu-vaccination campaign with dates, rooms and vaccine type; nobody's health data")
def _():
    body = """\
Liebe Kolleginnen und Kollegen,

auch in diesem Herbst bietet der betriebsärztliche Dienst (Dr. Rüter, Arbeitsmedizin Porta) eine kostenlose Grippeschutzimpfung an.

Termine:
  Di, 13.10.2026, 8:30–12:00 Uhr   Sanitätsraum EG, Haus A
  Do, 15.10.2026, 13:00–16:00 Uhr  Sanitätsraum EG, Haus A
  Mo, 19.10.2026, 8:30–11:00 Uhr   Besprechungsraum 2.11, Haus C (Außenstelle Bünde per Shuttle)

Verimpft wird ein tetravalenter Impfstoff der aktuellen Saison. Bitte bringen Sie Ihren Impfpass mit, falls vorhanden. Eine Anmeldung ist nicht nötig, die Wartezeit beträgt meist nur wenige Minuten.

Die Impfung ist freiwillig. Ob Sie teilnehmen, wird nicht erfasst und nicht an die Personalabteilung gemeldet – der Aufklärungsbogen bleibt bei der Betriebsärztin.

Viele Grüße
Petra Lahrmann
""" + sig("lahrmann", footer=False)
    return new(addr("lahrmann"), f"Alle Mitarbeitenden <alle@{D}>",
               "Grippeschutzimpfung 2026 – Termine im Oktober", "2026-09-28 09:00", body)


# ---- 0026
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "storm damage to a named customer's house: buildings policy and claim numbers, insured address, appraiser appointment (ICS)")
def _():
    ics = "\r\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Weserbogen//Schadentermine//DE", "METHOD:REQUEST",
        "BEGIN:VEVENT", "UID:gs-2026-0015520-besichtigung@weserbogen.example",
        "DTSTAMP:20260219T081500Z", "DTSTART;TZID=Europe/Berlin:20260226T100000",
        "DTEND;TZID=Europe/Berlin:20260226T113000",
        "SUMMARY:Besichtigung Sturmschaden Bökamp (GS-2026-0015520)",
        "LOCATION:Im Dorfe 14\\, 32479 Hille",
        "DESCRIPTION:Sachverständiger Ralf Kleine-Wilde besichtigt Dach und Carport. Bitte Zugang zum Dachboden ermöglichen.",
        "ORGANIZER;CN=Birte Oevermann:mailto:birte.oevermann@weserbogen.example",
        "ATTENDEE;CN=Friedhelm Bökamp;RSVP=TRUE:mailto:f.boekamp@t-net.example",
        "END:VEVENT", "END:VCALENDAR"]) + "\r\n"
    body = """\
Sehr geehrter Herr Bökamp,

danke für die Fotos vom Dach. Der Schaden durch das Sturmtief am 17.02. ist über Ihre Wohngebäudeversicherung WG 3018 5527 versichert; wir führen ihn unter der Schadennummer GS-2026-0015520.

Weil neben den Dachziegeln auch das Carport-Dach betroffen ist und der Dachdecker bereits gut 9.000 EUR veranschlagt, schauen wir uns das vor Ort an. Herr Ralf Kleine-Wilde vom Sachverständigenbüro Kleine-Wilde kommt am

  Donnerstag, 26.02.2026, 10:00 Uhr, Im Dorfe 14 in Hille.

Den Termin habe ich Ihnen als Kalendereintrag angehängt. Falls er nicht passt, melden Sie sich bitte direkt bei Herrn Kleine-Wilde (0571 3884120).

Die Notabdeckung mit Planen durfte der Dachdecker selbstverständlich schon machen – diese Kosten übernehmen wir ebenfalls, bitte Rechnung aufheben.

Freundliche Grüße
Birte Oevermann
""" + sig("oevermann")
    m = new(addr("oevermann"), "Friedhelm Bökamp <f.boekamp@t-net.example>",
            "Sturmschaden Im Dorfe 14 – Besichtigungstermin", "2026-02-19 09:15", body)
    return att(m, ics, "Besichtigung_26-02-2026.ics", params={"method": "REQUEST"})


# ---- 0027
@mail("NORMAL", "de", "internal",
      "trap: IT change freeze during the premium-adjustment print run; volumes and batch times only")
def _():
    body = """\
Moin zusammen,

zur Planung: Für den Beitragsanpassungslauf BAP 2027 gilt ein Change Freeze für alle Systeme der Bestandsführung Kranken, das Druck-Output-Management und die Schnittstelle zum Druckhaus.

Zeitraum: Mo 16.11.2026, 06:00 Uhr bis Fr 20.11.2026, 18:00 Uhr

Ablauf (Stand heute):
  16.11. 20:00  Batch BAP-NEUBER (Neuberechnung, ca. 118.000 Verträge, Laufzeit ~6 h)
  17.11. 08:00  Plausiprüfung durch Aktuariat / Fachbereich
  17.11. 14:00  Freigabe und Erzeugung der Nachträge (PDF, ca. 240.000 Seiten)
  18.11. 07:00  Übergabe an Druckhaus Bastau per SFTP, Druck und Kuvertierung bis 20.11.
  ab 23.11.     Versand

In dieser Woche bitte keine Deployments, keine Datenbank-Wartung und keine Zertifikatswechsel auf den betroffenen Systemen. Notfall-Changes nur nach Freigabe durch mich oder Frau Lindemann (CAB).

Die Change-Kalender-Einträge folgen.

Gruß
Felix
""" + sig("nolting", footer=False)
    return new(addr("nolting"), f"IT-Betrieb <it-betrieb@{D}>",
               "Change Freeze KW 47: Beitragsanpassungslauf BAP 2027", "2026-09-07 10:21", body,
               cc=f"{addr('droege')}, {addr('kasper')}")


# ---- 0028
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "cost approval for a named expat member's knee arthroscopy in Dubai: diagnosis, procedure, hospital estimate, guarantee of payment")
def _():
    body = """\
Dear Mr Hale,

thank you for sending the treatment plan from Al Noor Specialist Hospital. I'm glad to confirm that we will cover the planned procedure.

Procedure: arthroscopic partial meniscectomy, right knee (degenerative tear of the medial meniscus, ICD-10 M23.2)
Surgeon: Dr. Farid Haddad, orthopaedics
Admission: 9 March 2026, day case or one night
Estimate: AED 38,500 (approx. EUR 9,640) incl. surgeon, anaesthesia, theatre, implants and one follow-up visit
Your tariff: WB Global Komfort, EUR 600 annual deductible (EUR 212.40 already used in 2026)

We have sent a guarantee of payment directly to the hospital's insurance desk today, so you will not need to pay up front apart from your remaining deductible of EUR 387.60, which the hospital may collect at discharge.

Physiotherapy after the operation is covered as well – up to 12 sessions without further approval. If your surgeon recommends more, just send us the prescription.

Wishing you a smooth operation and a quick recovery.

Kind regards
Claire Whitfield
""" + sig("whitfield")
    return new(addr("whitfield"), "Jonathan Hale <jon.hale@gulfmail.example>",
               "Cost approval – knee arthroscopy at Al Noor Specialist Hospital (member 41 877 023)",
               "2026-02-27 08:34", body, lang="en-GB")


# ---- 0029
@mail("NORMAL", "en", "newsletter",
      "trap: HTML-only expat newsletter with general tips on submitting medical invoices from abroad; no member data")
def _():
    html = """\
<html><head><meta charset="utf-8"><title>Weserbogen Global – Member Update</title></head>
<body style="margin:0;background:#eef2f5;font-family:Helvetica,Arial,sans-serif">
<div style="max-width:620px;margin:0 auto;background:#fff">
<div style="background:#0b4f6c;color:#fff;padding:20px;font-size:22px">Weserbogen Global · Member Update · Spring 2026</div>
<div style="padding:20px;font-size:14px;line-height:1.5;color:#222">
<h2 style="margin-top:0">Claiming from abroad: five things that speed up your reimbursement</h2>
<ol>
<li><b>Itemised invoices.</b> We need the date of treatment, the provider, each service with its price, and the diagnosis as written by the doctor. A card payment slip alone is not enough.</li>
<li><b>Any language, any currency.</b> You don't need translations for invoices in English, French or Spanish. For other languages a short summary helps. We convert at the ECB rate of the treatment date.</li>
<li><b>Prescriptions with the invoice.</b> For medicines, physiotherapy and aids, upload the doctor's prescription together with the receipt.</li>
<li><b>Planned hospital stays.</b> Please contact us at least five working days before a planned admission. We can usually arrange direct billing so you don't pay up front.</li>
<li><b>Emergencies.</b> Our 24/7 assistance line is printed on the back of your member card: +49 571 9480-2999.</li>
</ol>
<h3>New: claim status in the app</h3>
<p>Since version 5.14 the Weserbogen app shows the status of every submitted invoice. Update through your app store.</p>
<h3>Your privacy</h3>
<p>Please don't send invoices or medical reports by ordinary e-mail. Use the app or the secure member portal at <a href="https://portal.weserbogen.example">portal.weserbogen.example</a> – both are encrypted end to end.</p>
<p style="color:#777;font-size:12px">You receive this update because you are registered for Weserbogen Global newsletters. <a href="https://portal.weserbogen.example/newsletter/unsubscribe">Unsubscribe</a></p>
</div>
<div style="background:#dfe7ec;padding:12px 20px;font-size:11px;color:#555">Weserbogen Krankenversicherung a.G. · Weserbogenallee 12 · 32423 Minden · Germany</div>
</div></body></html>
"""
    return new(f"Weserbogen Global <global-news@{D}>", f"global-members@lists.{D}",
               "Member Update: claiming from abroad made easier", "2026-04-15 07:30", html=html,
               mailer="Weserbogen Mailer 3.1", cte="quoted-printable")


# ---- 0030
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "premium refund to a named member because she claimed no benefits in 2025 (claims behaviour of a health contract), amount and account")
def _():
    body = """\
Liebe Frau Lüttmann,

gute Nachrichten: Sie haben für das Kalenderjahr 2025 keine Leistungen aus Ihrer Krankenversicherung in Anspruch genommen. Dafür erhalten Sie eine erfolgsabhängige Beitragsrückerstattung.

  Mitgliedsnummer:            42 118 470
  Tarif:                      WB Komfort 2
  Monatsbeitrag 2025:         390,60 EUR
  Rückerstattung (3 Beiträge): 1.171,80 EUR
  Auszahlung:                 voraussichtlich am 15.07.2026 auf Ihr Beitragskonto (IBAN endet auf 3163)

Ein Hinweis, weil Sie im Januar gefragt hatten, ob sich das Einreichen kleiner Rechnungen lohnt: Sie können Rechnungen aus 2026 noch bis zum 30.06.2027 einreichen. Wenn Ihre Rechnungen im Jahr zusammen unter der Rückerstattung bleiben, ist es oft günstiger, sie selbst zu zahlen. Vorsorgeuntersuchungen dürfen Sie übrigens einreichen, ohne den Anspruch auf die Rückerstattung zu verlieren.

Die Rückerstattung ist steuerlich eine Minderung Ihrer Vorsorgeaufwendungen; wir melden sie wie vorgeschrieben an das Finanzamt.

Herzliche Grüße
Annika Brüggemann
""" + sig("brueggemann")
    return new(addr("brueggemann"), "Svenja Lüttmann <svenja.luettmann@mailbox-west.example>",
               "Ihre Beitragsrückerstattung für 2025", "2026-06-02 10:05", body)


# ---- 0031
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "motor own-damage claim abroad for a named customer: plate, policy and claim numbers, repair costs; no one injured")
def _():
    body = """\
Dear Ms Whitaker,

thanks for reporting the damage to your car in Utrecht. I've registered the claim as follows:

Claim number: KS-2026-0052290
Policy: KF 9014 2287 (comprehensive, excess EUR 500)
Vehicle: Skoda Octavia Combi, MI-WH 77
Date and place: 14 March 2026, parking garage Jaarbeurs, Utrecht (NL)
What happened: the car was scratched along the whole driver's side and the mirror was broken while parked; the person responsible is unknown. Nobody was injured.

Because the person responsible is unknown, this is a case for your comprehensive cover (Vollkasko). Your no-claims class will be downgraded from SF 9 to SF 4 from 1 January 2027 unless the damage turns out to be cheaper to pay yourself – we'll show you both numbers once we have the estimate.

Next steps:
1. Please send us the police report from the Dutch police (the "proces-verbaal" number is enough if you don't have the document).
2. Get a repair estimate from a garage of your choice, or use one of our partner garages (list at www.weserbogen.example/partnerwerkstatt) – then we pay the garage directly and you only pay the excess.

Kind regards
Henrik Stallmann
""" + sig("stallmann")
    return new(addr("stallmann"), "Hannah Whitaker <hannah.whitaker@northmail.example>",
               "Your claim KS-2026-0052290 – damage in Utrecht", "2026-03-17 12:44", body, lang="en-GB")


# ---- 0032
@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: print order to the print shop for premium-adjustment letters; volumes, deadlines and a template PDF with placeholders only")
def _():
    p = pdf([
        ("B", "MUSTER – Beitragsanpassung zum 01.01.2027 (Druckvorlage BAP27-A, Version 3)"),
        "",
        "«Anrede» «Titel» «Vorname» «Nachname»",
        "«Straße» «Hausnummer»",
        "«PLZ» «Ort»",
        "",
        "Mitgliedsnummer: «Mitgliedsnummer»                                  Minden, im November 2026",
        "",
        ("B", "Ihre Beiträge ab dem 1. Januar 2027"),
        "",
        "«Briefanrede»,",
        "",
        "die Leistungsausgaben in einigen unserer Tarife sind stärker gestiegen als kalkuliert. Wir sind deshalb "
        "gesetzlich verpflichtet, die Beiträge dieser Tarife zu überprüfen und anzupassen. Ein unabhängiger "
        "Treuhänder hat der Anpassung zugestimmt. Die Gründe erläutern wir auf Seite 2.",
        "",
        "Tarif                  Beitrag bisher     Beitrag ab 01.01.2027     Veränderung",
        "«Tarif_1»              «Beitrag_alt_1»    «Beitrag_neu_1»           «Diff_1»",
        "«Tarif_2»              «Beitrag_alt_2»    «Beitrag_neu_2»           «Diff_2»",
        "Gesamt                 «Summe_alt»        «Summe_neu»               «Summe_Diff»",
        "",
        "Sie haben das Recht, in einen anderen Tarif mit gleichartigem Versicherungsschutz zu wechseln "
        "(§ 204 VVG). Unsere Tarifberatung erreichen Sie unter 0571 9480-2260.",
        "",
        "Mit freundlichen Grüßen",
        "Weserbogen Krankenversicherung a.G.",
        "",
        "[Textbaustein B1 nur bei Limitierung aus RfB – Steuerzeichen LIM=1]",
        "[Textbaustein B4 Sonderkündigungsrecht – immer]",
    ], title="Druckvorlage BAP27-A Muster", author="Martin Dröge", date="20260915101500")
    body = """\
Sehr geehrter Herr Kemena,

wie telefonisch angekündigt, hier die Eckdaten für den Druckauftrag Beitragsanpassung BAP 2027:

- Auflage ca. 118.400 Anschreiben, davon ca. 9.500 mit Beiblatt Limitierung
- Umfang 4 Seiten + Beiblatt Tarifwechsel (2 Seiten), Duplex, s/w, Logo in Sonderfarbe wie 2025
- Datenanlieferung per SFTP am 18.11.2026 bis 07:00 Uhr (PDF-Sammeldatei mit Steuerzeichen, Format wie Vorjahr)
- Postauflieferung Infopost ab 23.11., spätestens 27.11.
- Rücksendungen (unzustellbar) bitte wieder an unser Postfach 1240, 32402 Minden

Anbei die freigegebene Druckvorlage als Muster mit Platzhaltern, damit Ihre Vorstufe Satzspiegel und Adressfenster prüfen kann. Echtdaten bekommen Sie wie immer erst über den SFTP-Kanal.

Das Angebot vom 02.09. (Nr. 26-1187) nehmen wir an. Bitte bestätigen Sie kurz den Termin.

Mit freundlichen Grüßen
Martin Dröge
""" + sig("droege")
    m = new(addr("droege"), "Jens Kemena <auftrag@druckhaus-bastau.example>",
            "Druckauftrag BAP 2027 – Eckdaten und Muster", "2026-09-15 10:31", body)
    return att(m, p, "BAP27-A_Druckvorlage_Muster.pdf")


# ---- 0033
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "complaints forwards a named member's mail (quoted) about rejected naturopath invoices for her migraine: acupuncture, autologous blood therapy")
def _():
    quoted = outlook("Gisela Meyer-Tönsing <g.meyer-toensing@gmx-mail.example>", "2026-03-09 21:17",
                     "beschwerde@weserbogen.example", "Beschwerde Ablehnung Heilpraktiker",
                     """\
Sehr geehrte Damen und Herren,

ich bin seit 22 jahren Mitglied (Nr. 40 552 918) und jetzt das. Sie lehnen die Rechnungen meiner Heilpraktikerin Frau Stühmeier über 1.240 Euro ab, weil "die Leistungen nicht im Gebührenverzeichnis stehen" bzw. "medizinisch nicht notwendig" seien.

Ich habe seit über zehn Jahren chronische Migräne, nehme Triptane und war bei drei Neurolgen. Erst die Akupunktur und die Eigenbluttherapie bei Frau Stühmeier haben die Anfälle von 8 auf 3 im Monat gesenkt! Das kann ich mit meinem Kopfschmerztagebuch belegen. Mein Neurologe Dr. Pahl hält es ebenfalls für sinnvoll.

Ich erwarte, dass Sie das noch einmal prüfen, sonst wende ich mich an den Ombudsmann.

Gisela Meyer-Tönsing""")
    body = """\
Hallo Tobias,

bitte einmal Stellungnahme zu der Beschwerde unten bis 20.03. – Eingangsbestätigung ist raus. Mich interessiert vor allem, ob die Ablehnung der Eigenbluttherapie auf der Tarifgrenze oder auf der medizinischen Notwendigkeit beruht; im Ablehnungsschreiben steht beides durcheinander. Wenn Frau Dr. Osterkamp drauf schauen soll, gerne direkt weitergeben.

Danke dir
Laura
""" + sig("heitmeier", footer=False) + "\n" + quoted + "\n"
    return new(addr("heitmeier"), addr("reckefuss"), "WG: Beschwerde Ablehnung Heilpraktiker – BM-2026-0311",
               "2026-03-10 08:52", body)


# ---- 0034
@mail("NORMAL", "en", "insurer-to-customer",
      "trap: automated portal registration mail with a one-time password; generic greeting, no contract or person data")
def _():
    body = """\
Hello,

you have started the registration for the Weserbogen customer portal.

Your one-time password: 7KQ4-TR29-WX3M

Enter it at https://portal.weserbogen.example/register within the next 72 hours. You will then choose your own password and a security question.

Didn't request this? Then you can ignore this e-mail – no account will be created.

We will never ask you for your password by e-mail or telephone.

Your Weserbogen team

This is an automatically generated message. Replies to this address are not read.
Weserbogen Versicherungsgruppe | Weserbogenallee 12 | 32423 Minden | Germany
"""
    return new(f"Weserbogen Portal <noreply@portal.{D}>", "rk.schellenberg@quickpost.example",
               "Your registration: one-time password", "2026-01-19 18:02:41", body, mailer=None,
               msgid=None)


# ---- 0035
@mail("CONFIDENTIAL", "de", "insurer-to-company",
      "fleet policy: XLSX attachment lists the company's named drivers with birth dates and licence dates; body only asks to check the list")
def _():
    rows = [["Personalnr.", "Name", "Vorname", "Geburtsdatum", "Führerschein seit", "Klassen", "Fahrzeug (Kennz.)"],
            ["0114", "Drögemeier", "Frank", "22.08.1968", "1987", "B, C, CE", "MI-DR 101"],
            ["0231", "Kasprzak", "Tomasz", "09.02.1979", "1998", "B, C, CE", "MI-DR 104"],
            ["0302", "Heuer", "Annelie", "30.11.1985", "2004", "B, C1", "MI-DR 212"],
            ["0317", "Brockmann", "Jannik", "17.06.2001", "2019", "B, C, CE", "MI-DR 105"],
            ["0320", "Yilmaz", "Okan", "04.04.1993", "2012", "B, C, CE", "MI-DR 107"],
            ["0341", "Rempel", "Viktor", "13.12.1972", "1991", "B, C, CE", "MI-DR 110"],
            ["0355", "Strathmann", "Leonie", "01.03.2004", "2022", "B", "MI-DR 215"]]
    x = xlsx([("Fahrer 2026", rows)], creator="Tanja Kiel", when=(2026, 1, 26, 14, 5, 0), created="2026-01-26T13:05:00Z")
    body = """\
Sehr geehrte Frau Kiel,

anbei die Fahrerliste zu Ihrem Flottenvertrag FL 3307 0112, so wie sie bei uns für die Beitragsberechnung 2026 hinterlegt ist. Ich habe die Einträge aus Ihrer Meldung vom 26.01. eingepflegt.

Bitte schauen Sie noch einmal drüber: Bei zwei Fahrern unter 23 Jahren greift der Zuschlag "junge Fahrer" (+12 % auf das jeweilige Fahrzeug). Falls Frau Strathmann nur den Transporter MI-DR 215 fährt und nicht die Sattelzüge, ist das so korrekt.

Eine Rückmeldung bis Monatsende reicht.

Mit freundlichen Grüßen
Kai-Uwe Hollmann
""" + sig("hollmann")
    m = new(addr("hollmann"), "Tanja Kiel <t.kiel@spedition-droegemeier.example>",
            "Flotte FL 3307 0112 – Fahrerliste zur Kontrolle", "2026-02-02 10:12", body)
    return att(m, x, "FL33070112_Fahrerliste_2026.xlsx")


# ---- 0036
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "daily sickness allowance for a named member: certified unfit for work since January, days paid, certificate requirements")
def _():
    body = """\
Dear Mr Moriarty,

thank you for the updated certificate of incapacity for work from Dr. Brinkhoff dated 27 February.

We have paid your daily sickness allowance (tariff KT 43, EUR 150 per day) for the period 24 February to 9 March 2026:

  14 days x EUR 150.00 = EUR 2,100.00, transferred today

Since you have been unable to work since 12 January 2026, benefits started on day 43, i.e. on 24 February. Please keep sending a follow-up certificate every 14 days (a photo in the app is fine) as long as you are on sick leave.

Because the incapacity now lasts longer than eight weeks, we would like to ask Dr. Brinkhoff for a short report on the expected duration. That's standard for self-employed members and doesn't mean we doubt anything. Could you sign the release form ("Schweigepflichtentbindung") in your member portal so that we may contact him? Alternatively, you can ask him for the report yourself and send it to us.

Get well soon.

Kind regards
Claire Whitfield
""" + sig("whitfield")
    return new(addr("whitfield"), "Aidan Moriarty <aidan@moriarty-it.example>",
               "Daily sickness allowance – payment 24 Feb to 9 Mar", "2026-03-10 16:05", body, lang="en-IE")


# ---- 0037
@mail("NORMAL", "de", "insurer-to-broker",
      "trap: broker information on a new health tariff generation: general underwriting guidelines, commission rates, no client data")
def _():
    body = """\
Liebe Maklerpartnerinnen und Maklerpartner,

zum 01.07.2026 führen wir die neue Tarifgeneration WB Komfort 3 ein. Das Wichtigste für Ihre Beratung in Kürze:

Leistungen
• ambulant 100 % bis zum 3,5-fachen GOÄ-Satz, Heilpraktiker bis 1.200 EUR/Jahr
• stationär Zweibettzimmer und Chefarzt, optional Einbettzimmer (+9 %)
• Zahn 90 % Behandlung, 75 % Zahnersatz; Staffel in den ersten vier Jahren
• Selbstbehaltstufen 0 / 600 / 1.200 / 2.400 EUR

Annahmerichtlinien (unverändert gegenüber WB Komfort 2)
• Gesundheitsfragen: ambulant 3 Jahre, stationär 5 Jahre, Zahn: fehlende Zähne und angeratene Behandlungen
• BMI-Grenzen und Risikozuschläge nach unserem Annahmeleitfaden (Version 11/2025 im Maklerportal)
• anonyme Risikovoranfrage über das Maklerportal, Antwort in der Regel binnen zwei Arbeitstagen

Vergütung
• Abschlusscourtage 7,5 Monatsbeiträge, Haftungszeit 5 Jahre
• Bestandscourtage 1,5 % ab dem 2. Versicherungsjahr

Die Tarifrechner sind ab 15.06. freigeschaltet. Am 23.06. stellen wir den Tarif in einem Webinar vor (Einladung folgt separat).

Beste Grüße aus Minden
Oliver Grünewald
""" + sig("gruenewald")
    return new(addr("gruenewald"), f"Maklerinfo Nord-West <maklerinfo-nw@lists.{D}>",
               "Maklerinfo 06/2026: neue Tarifgeneration WB Komfort 3", "2026-05-28 08:00", body)


# ---- 0038
@mail("CONFIDENTIAL", "de", "internal",
      "sender-marked [vertraulich]: garnishment order against a named employee's wages (creditor, amount owed, dependants)")
def _():
    body = """\
Hallo Herr Brandt,

heute ist per Post ein Pfändungs- und Überweisungsbeschluss eingegangen, den Sie bitte ab der Abrechnung März berücksichtigen:

Schuldner: Nico Stratmann, PNr. 18822 (IT-Betrieb)
Gericht: Amtsgericht Herford, Az. 14 M 2231/26, zugestellt am 09.03.2026
Gläubigerin: Autohaus Wiehen GmbH, vertreten durch Inkasso Lippe-Weser GmbH
Forderung: 6.412,90 EUR zzgl. Zinsen und Kosten
Unterhaltspflichten laut Personalakte: 1 Kind

Der pfändbare Betrag ergibt sich aus der Tabelle zu § 850c ZPO. Die Drittschuldnererklärung muss binnen zwei Wochen ab Zustellung raus, also bis 23.03. – den Entwurf schicke ich Ihnen morgen.

Herr Stratmann weiß Bescheid, ich habe heute mit ihm gesprochen. Bitte den Vorgang nur in der geschützten Personalakte ablegen, nicht im allgemeinen Abrechnungsordner.

Danke
Petra Lahrmann
""" + sig("lahrmann", footer=False)
    return new(addr("lahrmann"), f"Ralf Brandt <ralf.brandt@{D}>",
               "[vertraulich] Pfändungs- und Überweisungsbeschluss – PNr. 18822", "2026-03-11 15:20", body)


# ---- 0039
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "newborn daughter added to a named member's health insurance: birth date, child's tariffs and premium (birth data, personal line)")
def _():
    body = """\
Sehr geehrter Herr Eikmeier,

herzlichen Glückwunsch zur Geburt Ihrer Tochter! Wir haben Lina ab ihrem Geburtstag, dem 04.03.2026, in Ihren Vertrag aufgenommen.

Weil Sie Lina innerhalb von zwei Monaten nach der Geburt angemeldet haben, gilt die Kindernachversicherung: ohne Gesundheitsprüfung, ohne Risikozuschläge und ohne Wartezeiten – und zwar in den Tarifen, die auch Sie haben.

  Versicherte Person:  Lina Eikmeier, geb. 04.03.2026
  Mitgliedsnummer:     41 902 660-02 (Ihr Vertrag 41 902 660)
  Tarife:              WB Komfort 2 (Kindertarif), WB Zahn 80, Pflegepflichtversicherung
  Monatsbeitrag:       148,32 EUR (Komfort 2: 121,90 / Zahn 80: 9,60 / PPV: 16,82)

Der Beitrag wird ab April zusammen mit Ihrem Beitrag abgebucht; für März berechnen wir den anteiligen Beitrag ab dem 04.03. (134,01 EUR). Die Versicherungskarte für Lina kommt in den nächsten Tagen per Post.

Rechnungen aus der Klinik und von der Hebamme für Lina können Sie ab sofort unter ihrer eigenen Nummer einreichen. Rechnungen für die Entbindung selbst reichen Sie bitte wie gewohnt unter der Mitgliedsnummer Ihrer Frau bei ihrer Krankenkasse bzw. Versicherung ein.

Alles Gute für Sie drei!
Annika Brüggemann
""" + sig("brueggemann")
    return new(addr("brueggemann"), "Timo Eikmeier <timo.eikmeier@webpost.example>",
               "Aufnahme Ihrer Tochter Lina in die Krankenversicherung", "2026-03-19 11:27", body)


# ---- 0040
@mail("NORMAL", "en", "internal",
      "trap: actuarial per-capita claim cost table by age band and sex for tariff calculation; aggregate only")
def _():
    lines = ["age_band;sex;exposure_years;per_capita_outpatient;per_capita_inpatient;per_capita_dental;per_capita_total"]
    data = [("0-9", "m", 4210.5, 612.40, 318.22, 88.10), ("0-9", "f", 4015.0, 588.91, 296.40, 84.35),
            ("10-19", "m", 3980.2, 402.77, 201.58, 311.90), ("10-19", "f", 3902.8, 455.32, 188.06, 344.71),
            ("20-29", "m", 5120.7, 470.15, 388.41, 162.03), ("20-29", "f", 5655.1, 812.66, 702.13, 190.48),
            ("30-39", "m", 8840.3, 698.22, 540.90, 241.77), ("30-39", "f", 8212.6, 1104.38, 911.25, 262.40),
            ("40-49", "m", 10011.9, 1008.64, 902.31, 333.58), ("40-49", "f", 9380.4, 1302.19, 955.72, 349.91),
            ("50-59", "m", 11290.0, 1611.02, 1870.55, 412.88), ("50-59", "f", 10122.7, 1704.66, 1522.39, 398.02),
            ("60-69", "m", 8044.8, 2490.71, 3602.18, 455.60), ("60-69", "f", 7311.5, 2388.04, 2870.66, 430.11),
            ("70+", "m", 4112.6, 3702.33, 6904.12, 388.45), ("70+", "f", 4930.2, 3511.90, 6120.47, 365.28)]
    for a, s, e, o, i, d in data:
        lines.append(f"{a};{s};{e:.1f};{o:.2f};{i:.2f};{d:.2f};{o+i+d:.2f}")
    csvdata = "\r\n".join(lines) + "\r\n"
    body = """\
Hi Rebecca,

as requested for the group solvency model: per-capita claim costs (Kopfschäden) 2025 for the comprehensive tariffs, by 10-year age band and sex, exposure in years. Amounts in EUR per insured year, claims paid incl. IBNR estimate as of 31 January.

Two caveats:
- 70+ is one band because the cells above 80 are too small to be stable.
- The female 20-39 bands include maternity costs, as always – please don't compare them 1:1 with the market tables.

The same data in the German format (with the smoothed curves) is on the actuarial share under /KV/Kopfschaeden/2025/.

Cheers
Miriam
""" + sig("kasper", footer=False)
    m = new(addr("kasper"), addr("thorne"), "Per-capita claim costs 2025 for the solvency model",
            "2026-02-20 14:38", body, lang="en-GB")
    return att(m, csvdata, "kopfschaeden_2025_komfort_premium.csv")


# ---- 0041
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "dog owner's liability claim of a named customer: policy and claim numbers, damage to neighbour's fence paid; nobody hurt")
def _():
    body = """\
Dear Mrs Brandt-Lacey,

thank you for the photos and the invoice from the gardener.

Your dog owner's liability policy (HH 2030 7712) covers the damage that Bruno caused to your neighbour's property on 28 January: the wooden fence panel and the flower bed. Nobody was hurt, and we have no reason to doubt your description.

Claim number: HP-2026-0024118
Damage: fence panel incl. installation EUR 412.00, replanting EUR 228.50
Total paid: EUR 640.50

As agreed with you, we will pay the amount directly to Mr and Mrs Hüsemann, your neighbours; they have given us their bank details. There is no excess in your policy, and this claim will not change your premium.

Kind regards
Kai-Uwe Hollmann
""" + sig("hollmann")
    return new(addr("hollmann"), "Olivia Brandt-Lacey <olivia.bl@quickpost.example>",
               "Claim HP-2026-0024118 – your neighbour's fence", "2026-02-11 09:41", body, lang="en-GB")


# ---- 0042
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-hospital",
      "cost-coverage declaration to a hospital for a named member: birth date, planned hip replacement (M16.1), elective services; PDF attached")
def _():
    p = pdf([
        ("B", "Weserbogen Krankenversicherung a.G. – Kostenübernahmeerklärung"),
        "",
        "An: Klinikum am Lindenbrink, Patientenaufnahme / Kostensicherung, Lindenbrink 3, 32425 Minden",
        "Datum: 05.03.2026                                Unser Zeichen: KÜ-2026-003318 / SY",
        "",
        ("B", "Patientin"),
        "Hildegard Vossmeyer, geb. 11.09.1949, Wiesenweg 7, 32457 Porta Westfalica",
        "Mitgliedsnummer 40 031 772, Tarife WB Premium 1 (Einbettzimmer, Chefarzt), PVN",
        "",
        ("B", "Behandlung"),
        "Geplante stationäre Aufnahme am 16.03.2026, Orthopädie, Implantation einer Hüft-Totalendoprothese links",
        "Einweisungsdiagnose: M16.1 G (sonstige primäre Koxarthrose)",
        "Voraussichtliche Verweildauer: 6 Tage",
        "",
        ("B", "Erklärung"),
        "Wir übernehmen die allgemeinen Krankenhausleistungen nach DRG sowie die Wahlleistungen Einbettzimmer "
        "und wahlärztliche Leistungen (Chefarzt Prof. Dr. Ansgar Thies) im Rahmen der tariflichen Bestimmungen "
        "und der Gebührenordnung für Ärzte. Die Abrechnung der allgemeinen Krankenhausleistungen und der "
        "Unterkunft erfolgt direkt mit uns (Klinik-Card-Verfahren).",
        "",
        "Die Kostenübernahme gilt für den oben genannten Aufenthalt und erlischt, wenn die Aufnahme nicht bis "
        "zum 30.04.2026 erfolgt. Anschlussheilbehandlung bitte gesondert beantragen.",
        "",
        "Minden, 05.03.2026",
        "i. A. Serkan Yildiz, Kostenzusagen stationär & Hilfsmittel",
    ], title="Kostenübernahmeerklärung KÜ-2026-003318", author="Serkan Yildiz", date="20260305091000")
    body = """\
Sehr geehrte Damen und Herren,

anbei die Kostenübernahmeerklärung für Frau Hildegard Vossmeyer (Aufnahme 16.03.2026, Hüft-TEP links). Die Rechnungsanschrift für die Direktabrechnung ist unverändert.

Bitte senden Sie uns nach der Entlassung den Kurzbericht mit, falls eine Anschlussheilbehandlung geplant ist – dann können wir die Zusage dafür ohne Verzögerung erteilen.

Mit freundlichen Grüßen
Serkan Yıldız
""" + sig("yildiz")
    m = new(addr("yildiz"), "Kostensicherung Klinikum am Lindenbrink <kostensicherung@klinikum-lindenbrink.example>",
            "Kostenübernahme KÜ-2026-003318 – Vossmeyer, Hildegard", "2026-03-05 09:14", body)
    return att(m, p, "KUE-2026-003318.pdf")


# ---- 0043
@mail("NORMAL", "de", "insurer-to-partner",
      "trap: answer to an insurers' working group survey on the emergency tariff with year-end counts and averages only")
def _():
    body = """\
Sehr geehrte Frau Dr. Imholte,

gern beteiligen wir uns an der Umfrage der Arbeitsgemeinschaft zum Notlagentarif. Unsere Zahlen (Weserbogen Krankenversicherung a.G., nur Vollversicherung):

                                          31.12.2023   31.12.2024   31.12.2025
Versicherte im Notlagentarif                    412          455          498
davon Rückkehr in Normaltarif im Jahr            61           58           73
durchschnittlicher Rückstand (EUR)            3.410        3.655        3.872
Anteil mit Ratenvereinbarung                    22 %         24 %         27 %
Anteil mit Nachweis Hilfebedürftigkeit
(Ruhen nicht eingetreten)                         –            9 %         11 %

Anmerkungen:
- 2023 haben wir die Hilfebedürftigkeit noch nicht gesondert erfasst.
- Die Rückkehrquote ist 2025 gestiegen, seit wir vor dem Ruhen telefonisch nachfassen.

Einzelfälle oder personenbezogene Angaben geben wir wie besprochen nicht weiter. Für Rückfragen stehe ich gern zur Verfügung.

Mit freundlichen Grüßen
Martin Dröge
""" + sig("droege")
    return new(addr("droege"), "Dr. Friederike Imholte <f.imholte@arge-pkv-nordwest.example>",
               "Umfrage Notlagentarif – Zahlen Weserbogen", "2026-02-26 13:30", body)


# ---- 0044
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "instalment plan for a named expat member's health insurance arrears: amounts, dates, consequence of default")
def _():
    body = """\
Dear Mr Menon,

thank you for calling us yesterday. As agreed, here is the written confirmation of your instalment plan.

Member number: 42 077 315
Outstanding premiums (December 2025 to February 2026): EUR 2,046.60
Late-payment surcharges: waived as a gesture of goodwill

Plan: 6 instalments of EUR 341.10, due on the 15th of each month from 15 April to 15 September 2026, in addition to your regular monthly premium of EUR 682.20.

Both amounts will be collected by direct debit from your account with Sparrenburg Bank in Bielefeld. Please make sure the account is covered on the 1st (premium) and the 15th (instalment).

Important: if an instalment cannot be collected, the plan ends and the remaining amount becomes due at once. Under German law (§ 193 (6) VVG) we would then have to send a formal reminder, and continued arrears could lead to your cover being reduced to the emergency tariff. Please call me before that happens – we can usually find a solution.

Your cover remains fully in force during the plan.

Kind regards
Claire Whitfield
""" + sig("whitfield")
    return new(addr("whitfield"), "Ravi Menon <ravi.menon@northmail.example>",
               "Your instalment plan – member 42 077 315", "2026-03-26 14:12", body, lang="en-GB")


# ---- 0045
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "legal-expenses cover confirmation for a named customer's tenancy dispute: policy and claim numbers, lawyer, excess")
def _():
    body = """\
Sehr geehrte Frau Wienkemeier,

Sie haben uns den Streit mit Ihrer Vermieterin über die Nebenkostenabrechnung 2024 gemeldet. Gern bestätigen wir Ihnen Versicherungsschutz aus Ihrer Rechtsschutzversicherung RS 6621 0093 (Baustein Wohnungs- und Grundstücks-Rechtsschutz für Mieter).

  Schadennummer:        RS-2026-0031174
  Gegnerin:             Grundbesitz Kampmann GbR, Minden
  Streitgegenstand:     Nachforderung Nebenkosten 2024 über 1.386,44 EUR
  Deckung:              außergerichtliche und gerichtliche Interessenwahrnehmung in erster Instanz
  Selbstbeteiligung:    150 EUR

Sie haben Rechtsanwältin Dr. Insa Bahlmann (Kanzlei Reuter & Bahlmann, Bielefeld) beauftragt. Die Kanzlei kann ihre Kostennote direkt an uns schicken; bitte geben Sie dort die Schadennummer an. Die Selbstbeteiligung ziehen wir von der ersten Zahlung ab – Sie müssen also nichts tun.

Sollte es zu einem Gerichtsverfahren kommen, bitten wir um kurze Nachricht vor Klageerhebung.

Mit freundlichen Grüßen
Sina Kortemeier
""" + sig("kortemeier")
    return new(addr("kortemeier"), "Beate Wienkemeier <beate.wienkemeier@gmx-mail.example>",
               "Deckungszusage Rechtsschutz RS-2026-0031174", "2026-04-08 10:50", body)


# ---- 0046
@mail("NORMAL", "en", "internal",
      "trap: security warning about phishing mails promising a reimbursement and asking for bank details; no real person or account")
def _():
    text = """\
Dear colleagues,

since this morning several members and at least three colleagues have received phishing e-mails that look like they come from us:

  From: "Weserbogen Leistungsservice" <service@weserbogen-erstattung.example>
  Subject: Ihre Erstattung über 412,80 EUR ist bereit
  "Please confirm your bank details within 24 hours to receive your reimbursement."

The link leads to a fake login page. Our real mails never ask members to confirm bank details or passwords via a link.

What to do:
- Don't click the link and don't open the attachment "Erstattung.html".
- Forward the mail as an attachment to phishing@weserbogen.example, then delete it.
- If you clicked or entered anything: call the service desk immediately, 0571 9480-1500.

Member hotline: the script "Phishing Erstattung" is live in the knowledge base. Please tell callers that no data of theirs has leaked; the senders use addresses bought from elsewhere.

Thanks for staying alert!
Felix
""" + sig("nolting", footer=False)
    html = """\
<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear colleagues,</p>
<p>since this morning several members and at least three colleagues have received <b>phishing e-mails</b> that look like they come from us:</p>
<blockquote style="border-left:3px solid #c00;padding-left:8px;color:#333">
From: "Weserbogen Leistungsservice" &lt;service@weserbogen-erstattung.example&gt;<br>
Subject: Ihre Erstattung über 412,80 EUR ist bereit<br>
"Please confirm your bank details within 24 hours to receive your reimbursement."
</blockquote>
<p>The link leads to a fake login page. Our real mails never ask members to confirm bank details or passwords via a link.</p>
<p><b>What to do:</b></p>
<ul>
<li>Don't click the link and don't open the attachment "Erstattung.html".</li>
<li>Forward the mail as an attachment to <a href="mailto:phishing@weserbogen.example">phishing@weserbogen.example</a>, then delete it.</li>
<li>If you clicked or entered anything: call the service desk immediately, 0571 9480-1500.</li>
</ul>
<p>Member hotline: the script "Phishing Erstattung" is live in the knowledge base. Please tell callers that no data of theirs has leaked; the senders use addresses bought from elsewhere.</p>
<p>Thanks for staying alert!<br>Felix</p>
""" + sig_html("nolting") + "</body></html>\n"
    return new(addr("nolting"), f"Alle Mitarbeitenden <alle@{D}>",
               "Security warning: fake reimbursement mails in circulation", "2026-04-21 11:02", text, html=html,
               cte="quoted-printable", lang="en-GB", headers=[("Importance", "high")])


# ---- 0047
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "sender-marked [streng vertraulich]; body names only a member number, the DOCX gives the medical adviser's opinion on psychotherapy (F33.1)")
def _():
    d = docx([
        ("h", "Beratungsärztliche Stellungnahme"),
        "Mitglied: Sarah Kirchhoff, geb. 21.05.1988, Mitgliedsnummer 41 338 760, Tarif WB Komfort 2",
        "Antrag vom 12.02.2026 auf Fortführung einer ambulanten Psychotherapie (Verhaltenstherapie), Therapeutin: Dipl.-Psych. Corinna Lammers, Bad Oeynhausen",
        ("h", "Vorliegende Unterlagen"),
        "Bericht der Therapeutin vom 09.02.2026; Erstantrag vom 04.2025 mit 25 genehmigten Sitzungen; Rechnungen 05/2025–01/2026 (24 Sitzungen abgerechnet).",
        ("h", "Diagnose laut Bericht"),
        "F33.1 G – rezidivierende depressive Störung, gegenwärtig mittelgradige Episode; Z56 (Belastung am Arbeitsplatz) als Kontextfaktor.",
        ("h", "Beurteilung"),
        "Der Bericht beschreibt eine deutliche Besserung (BDI-II von 31 auf 17), aber noch keine Remission. Ein Rückfall im Herbst 2025 nach Arbeitsplatzwechsel ist nachvollziehbar dokumentiert. Die beantragte Verlängerung um 20 Sitzungen ist medizinisch notwendig; Behandlungsziele (Rückfallprophylaxe, Wiederaufnahme der Vollzeittätigkeit) sind konkret benannt.",
        ("h", "Empfehlung"),
        "Genehmigung von 20 weiteren Sitzungen (Tarifgrenze 50 Sitzungen/Jahr wird eingehalten). Erneute Vorlage bei Antrag über insgesamt 60 Sitzungen hinaus.",
        "Minden, 24.02.2026 – Dr. med. H. Osterkamp",
    ], creator="Helene Osterkamp", when=(2026, 2, 24, 15, 30, 0), created="2026-02-24T14:30:00Z")
    body = """\
Hallo Herr Reckefuß,

meine Stellungnahme zu Mitgl.-Nr. 41 338 760 anbei. Kurz: befürwortet, Sie können den Bescheid rausschicken.

Gruß
H. Osterkamp
""" + sig("osterkamp", footer=False)
    m = new(addr("osterkamp"), addr("reckefuss"), "[streng vertraulich] Stellungnahme 41 338 760",
            "2026-02-24 15:34", body)
    return att(m, d, "Stellungnahme_41338760.docx")


# ---- 0048
@mail("CONFIDENTIAL", "en", "insurer-to-supplier",
      "monthly payroll changes sent to the payroll provider: ZIP with a CSV of named employees' gross salaries and a new hire's IBAN")
def _():
    rows = [
        "personnel_no;surname;first_name;change_type;valid_from;gross_monthly_eur;iban;tax_class;note",
        "20417;Wortmann;Jessica;regrading;2026-04-01;4318.00;;;incl. allowance see line below",
        "20417;Wortmann;Jessica;allowance;2026-04-01;150.00;;;fixed-term until 2027-03-31",
        "20588;Husemann;Björn;new hire;2026-04-01;3640.00;DE02490700280367466848;1;probation 6 months",
        "20589;Celik;Ayşe;new hire;2026-04-01;3920.00;DE81490601278621057641;4;part-time 30h, amount pro rata",
        "19870;Tegeler;Klaus;leaver;2026-03-31;;;;final settlement incl. 4 days holiday",
        "18822;Stratmann;Nico;garnishment;2026-03-01;;;;see separate letter AG Herford 14 M 2231/26",
    ]
    z = zipfile_bytes([("Payroll_changes_2026-03/changes_2026-03.csv", ("\r\n".join(rows) + "\r\n").encode("utf-8")),
                       ("Payroll_changes_2026-03/readme.txt",
                        "Weserbogen payroll changes March 2026\r\nCreated by P. Lahrmann, 2026-03-20\r\nEncoding UTF-8, separator ';'\r\n".encode())],
                      when=(2026, 3, 20, 16, 40, 0))
    body = """\
Hi Aoife,

attached are the payroll changes for the March run (one regrading, two new hires, one leaver, one garnishment). The password for the ZIP comes by text message as usual.

Please note the garnishment for personnel no. 18822 – the court order was sent to you by registered post on Monday.

Deadline for your test payroll is 25 March.

Thanks and best regards
Petra
""" + sig("lahrmann", footer=False)
    m = new(addr("lahrmann"), "Aoife Brennan <a.brennan@payaxis-services.example>",
            "Weserbogen – payroll changes 03/2026", "2026-03-20 16:44", body, lang="en-GB")
    return att(m, z, "Payroll_changes_2026-03.zip")


# ---- 0049
@mail("NORMAL", "de", "internal",
      "trap: training invitation (ICS) on the reformed medical fee schedule GOÄ for claims staff; no person concerned")
def _():
    ics = "\r\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0", "METHOD:REQUEST",
        "BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time",
        "BEGIN:STANDARD", "DTSTART:16011028T030000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
        "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "END:STANDARD",
        "BEGIN:DAYLIGHT", "DTSTART:16010325T020000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
        "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "END:DAYLIGHT", "END:VTIMEZONE",
        "BEGIN:VEVENT", "UID:040000008200E00074C5B7101A82E0080000000061A3F2D0C1A9DC01",
        "DTSTAMP:20260415T091200Z",
        "DTSTART;TZID=W. Europe Standard Time:20260512T090000",
        "DTEND;TZID=W. Europe Standard Time:20260512T123000",
        "SUMMARY;LANGUAGE=de-DE:Schulung: Neue GOÄ – was ändert sich in der Leistungsprüfung?",
        "LOCATION;LANGUAGE=de-DE:Schulungsraum 0.12 / Teams",
        "ORGANIZER;CN=Stefan Ahlert:mailto:stefan.ahlert@weserbogen.example",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Leistung Kranken ambulant:mailto:leistung-ambulant@weserbogen.example",
        "ATTENDEE;ROLE=OPT-PARTICIPANT;RSVP=TRUE;CN=Helene Osterkamp:mailto:helene.osterkamp@weserbogen.example",
        "DESCRIPTION;LANGUAGE=de-DE:Agenda: Struktur der neuen Gebührenordnung\\, Wegfall der Steigerungsfaktoren\\, Analogbewertungen\\, Übergangsregeln für Behandlungen über den Stichtag\\, Auswirkungen auf Tarife mit Höchstsatz-Begrenzung. Bitte Laptop mitbringen (Übungsfälle im Testsystem).",
        "END:VEVENT", "END:VCALENDAR"]) + "\r\n"
    body = """\
Hallo zusammen,

wie im Teammeeting angekündigt: Wir schauen uns gemeinsam an, was die neue GOÄ für unsere tägliche Prüfung bedeutet. Die Übungsfälle sind fiktiv und liegen im Testsystem, bitte keine echten Vorgänge mitbringen.

Termin siehe Einladung. Wer nicht vor Ort sein kann, wählt sich über Teams ein.

Viele Grüße
Stefan
""" + sig("ahlert", footer=False)
    m = new(addr("ahlert"), f"Leistung Kranken ambulant <leistung-ambulant@{D}>",
            "Einladung: Schulung Neue GOÄ – 12.05., 9:00 Uhr", "2026-04-15 11:12", body, cc=addr("osterkamp"))
    return att(m, ics, "invite.ics", params={"method": "REQUEST"})


# ---- 0050
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "confirmation of a higher deductible in a named member's health tariff: member number, old and new premium (personal line, no illness)")
def _():
    body = """\
Dear Ms Solberg,

we have changed your annual deductible as you requested on 2 March.

Member number: 41 660 294
Tariff: WB Global Komfort
Deductible: EUR 1,500 per calendar year (previously EUR 600)
Effective: 1 April 2026
Monthly premium: EUR 402.30 (previously EUR 471.90)

For 2026 the new deductible applies pro rata: for January to March the old deductible of EUR 600 counts for 3/12 (EUR 150), from April the new one for 9/12 (EUR 1,125), i.e. EUR 1,275 in total for this year.

Please note that a later reduction of the deductible would mean more cover and therefore requires health questions again. The amended policy schedule is available in your member portal.

Kind regards
Claire Whitfield
""" + sig("whitfield")
    return new(addr("whitfield"), "Ingrid Solberg <ingrid.solberg@fjordpost.example>",
               "Your deductible change from 1 April 2026", "2026-03-12 09:26", body, lang="en-GB")


# ---- 0051
@mail("NORMAL", "de", "insurer-to-customer",
      "trap: HTML-only portal notification 'new message in your mailbox' without name, content or contract data")
def _():
    html = """\
<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px;color:#1d2b36">
<table width="560" cellpadding="0" cellspacing="0" style="border:1px solid #d5dde3">
<tr><td style="background:#0b4f6c;padding:14px 20px;color:#fff;font-size:18px">Weserbogen Mitgliederportal</td></tr>
<tr><td style="padding:20px">
<p>Guten Tag,</p>
<p>in Ihrem persönlichen Postfach liegt eine neue Nachricht für Sie.</p>
<p style="text-align:center;margin:28px 0"><a href="https://portal.weserbogen.example/postfach" style="background:#0b4f6c;color:#fff;padding:10px 22px;text-decoration:none;border-radius:3px">Zum Postfach</a></p>
<p>Aus Sicherheitsgründen steht der Inhalt nur im Portal zur Verfügung. Bitte melden Sie sich wie gewohnt mit Ihrer Kennung an.</p>
<p style="font-size:12px;color:#6b7780">Diese Benachrichtigung wurde automatisch erzeugt. Bitte antworten Sie nicht auf diese E-Mail.</p>
</td></tr>
<tr><td style="background:#eef2f5;padding:10px 20px;font-size:11px;color:#6b7780">Weserbogen Krankenversicherung a.G. · Weserbogenallee 12 · 32423 Minden</td></tr>
</table>
</body></html>
"""
    return new(f"Weserbogen Mitgliederportal <benachrichtigung@portal.{D}>", "k.laumann@t-net.example",
               "Neue Nachricht in Ihrem Postfach", "2026-03-03 06:15:09", html=html, mailer=None)


# ---- 0052
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "new SEPA debit mandate for a named customer's motor policy: full IBAN, account holder, policy number")
def _():
    body = """\
Guten Tag Herr Niemeyer,

Ihr neues SEPA-Lastschriftmandat ist angekommen und eingerichtet.

  Vertrag:            KF 6630 0481 (Pkw MI-JN 2209)
  Kontoinhaber:       Jens Niemeyer
  Bank:               Bastau-Sparkasse
  IBAN:               DE66490501015415194688
  Mandatsreferenz:    WBA-KF66300481-02
  erste Abbuchung:    01.05.2026, Halbjahresbeitrag 263,14 EUR

Gläubiger-Identifikationsnummer der Weserbogen Allgemeine: DE32ZZZ00000918274

Schöne Grüße
Henrik Stallmann
""" + sig("stallmann")
    return new(addr("stallmann"), "Jens Niemeyer <jens.niemeyer@webpost.example>",
               "Lastschriftmandat für Ihren Kfz-Vertrag", "2026-04-14 08:59", body)


# ---- 0053
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
      "underwriting decision on a broker's client's health application: risk surcharge for hypertension, exclusion for knee, client named with birth date")
def _():
    body = """\
Hallo Herr Uhlmann,

zum Antrag Ihres Kunden auf Krankenvollversicherung haben wir die Risikoprüfung abgeschlossen:

  Antragsteller: Philipp Sandkühler, geb. 07.10.1984
  Antrag vom:    26.01.2026, Antragsnummer A-KV-2026-01487
  Tarife:        WB Komfort 2, Selbstbehalt 600 EUR, KT 43 (100 EUR/Tag), WB Zahn 80

Ergebnis:
1. Für die im Antrag angegebene arterielle Hypertonie (seit 2022 medikamentös eingestellt, Ramipril 5 mg, Werte laut Hausarztbericht im Zielbereich) erheben wir einen Risikozuschlag von 15 % auf WB Komfort 2 und KT 43.
2. Für das rechte Kniegelenk vereinbaren wir einen Leistungsausschluss (Zustand nach vorderer Kreuzbandruptur 2019, Meniskusteilresektion). Der Ausschluss kann auf Antrag nach drei beschwerdefreien Jahren überprüft werden.
3. WB Zahn 80 nehmen wir ohne Einschränkung an.

Monatsbeitrag mit Zuschlag: 587,66 EUR (ohne Zuschlag wären es 531,40 EUR).

Das Annahmeangebot liegt in Ihrem Maklerpostfach; Herr Sandkühler muss es binnen vier Wochen unterschreiben. Bei Fragen zum Ausschluss rufen Sie mich gern an.

Viele Grüße
Jan-Philipp Brinkmann
""" + sig("brinkmann")
    return new(addr("brinkmann"), "Bastian Uhlmann <b.uhlmann@finanzkontor-ravensberg.example>",
               "Risikoprüfung A-KV-2026-01487 – Annahme mit Zuschlag/Ausschluss", "2026-02-13 15:40", body)


# ---- 0054
@mail("NORMAL", "en", "internal",
      "farewell drinks for a colleague who retires; names a colleague but nothing confidential")
def _():
    body = """\
Hi all,

after 31 years with Weserbogen, Gordon McAllister from Group Reinsurance is retiring at the end of April. Many of you worked with him on the treaty renewals – and probably learned the correct pronunciation of "Oeynhausen" from him.

We'll say goodbye with drinks and snacks on

  Thursday, 23 April, from 4 pm, roof terrace (canteen if it rains)

If you'd like to contribute to a gift, there's an envelope on my desk (room 3.07) until 20 April. Gordon has hinted that he likes Scottish whisky and bad puns, in that order.

See you there!
Rebecca
""" + sig("thorne", footer=False)
    return new(addr("thorne"), f"Group Finance & Reinsurance <gfr@{D}>, Aktuariat <aktuariat@{D}>",
               "Farewell drinks for Gordon – 23 April", "2026-04-09 12:15", body, lang="en-GB")


# ---- 0055
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "pet surgery insurance claim of a named customer: policy and claim numbers, vet invoice for the dog (animal health is not human health)")
def _():
    body = """\
Hallo Frau Grotjohann,

die Rechnung der Tierklinik am Wiehenkamm über die Kreuzbandoperation von Ihrer Hündin Frieda ist geprüft.

  Tier-OP-Versicherung: TO 1192 3307
  Schadennummer: TS-2026-0008841
  Rechnungsbetrag: 2.684,30 EUR (Operation TPLO hinten links, Narkose, zwei Tage stationär, Nachkontrolle)
  Erstattung: 2.684,30 EUR abzüglich 250 EUR Selbstbeteiligung = 2.434,30 EUR

Die Physiotherapie für Frieda ist in Ihrem Tarif leider nicht enthalten, die Nachkontrollen innerhalb von 30 Tagen nach der OP dagegen schon – reichen Sie die Rechnung dafür einfach nach.

Das Geld überweisen wir in den nächsten Tagen auf Ihr Beitragskonto. Gute Besserung an Frieda!

Viele Grüße
Birte Oevermann
""" + sig("oevermann")
    return new(addr("oevermann"), "Claudia Grotjohann <c.grotjohann@mailbox-west.example>",
               "Erstattung OP Frieda – TS-2026-0008841", "2026-05-06 14:03", body)


# ---- 0056
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "termination of a named member's private health insurance because of statutory insurance obligation: dates, member number, proof required")
def _():
    body = """\
Sehr geehrter Herr Fenske,

wir bestätigen den Eingang Ihrer Kündigung vom 02.04.2026. Sie werden ab dem 01.04.2026 als Arbeitnehmer in der gesetzlichen Krankenversicherung versicherungspflichtig, weil Ihr Gehalt unter die Jahresarbeitsentgeltgrenze fällt.

Damit wir Ihren Vertrag (Mitgliedsnummer 40 775 102, Tarife WB Komfort 2, KT 43, WB Zahn 80 und Pflegepflichtversicherung) rückwirkend zum 01.04.2026 beenden können, benötigen wir noch die Mitgliedsbescheinigung Ihrer Krankenkasse. Die Frist dafür beträgt drei Monate ab Beginn der Versicherungspflicht, also bis zum 30.06.2026. Geht der Nachweis später ein, endet der Vertrag erst zum Ende des Monats, in dem er uns vorliegt.

Zwei Hinweise, bevor Sie sich endgültig entscheiden:
- Ihren Zahntarif WB Zahn 80 können Sie als Zusatzversicherung behalten. Der Beitrag bleibt dann unverändert bei 38,90 EUR.
- Mit einer Anwartschaftsversicherung sichern Sie sich das Recht, später ohne neue Gesundheitsprüfung zurückzukehren, etwa wenn Sie wieder über der Grenze verdienen. Die kleine Anwartschaft kostet in Ihrem Fall 41,60 EUR im Monat.

Bitte teilen Sie uns mit, ob Sie eine der beiden Möglichkeiten nutzen möchten. Ohne Rückmeldung beenden wir alle Tarife.

Mit freundlichen Grüßen
Annika Brüggemann
""" + sig("brueggemann")
    return new(addr("brueggemann"), "Christoph Fenske <christoph.fenske@gmx-mail.example>",
               "Ihre Kündigung wegen Versicherungspflicht – Mitgliedsnummer 40 775 102", "2026-04-07 13:16", body)


# ---- 0057
@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: purchase order for first-aid kits, AED pads and a blood-pressure monitor for the company's own premises")
def _():
    body = """\
Guten Tag Frau Lohrmann,

wir bestellen gemäß Ihrem Angebot Nr. MB-2026-4471 vom 03.03.2026:

  Pos. 1   12 x Erste-Hilfe-Koffer DIN 13157, wandmontierbar         à 48,90 EUR
  Pos. 2   20 x Nachfüllset DIN 13157                               à 19,50 EUR
  Pos. 3    4 x Elektrodenpads Erwachsene für AED Typ "CardioSafe 3" à 64,00 EUR
  Pos. 4    1 x Oberarm-Blutdruckmessgerät für den Sanitätsraum     à 89,00 EUR
  Pos. 5    2 x Augenspülflasche 500 ml                             à  7,80 EUR

Lieferanschrift: Weserbogen Versicherungsgruppe, Warenannahme Tor 2, Weserbogenallee 12, 32423 Minden
Rechnungsanschrift: wie oben, z. Hd. Kreditorenbuchhaltung, Bestellnummer 4500218876 bitte angeben

Lieferung bitte bis Ende März. Die Pads ersetzen die im Juni ablaufenden Sets in Haus A und Haus C.

Mit freundlichen Grüßen
Sven Ebbinghaus
""" + sig("ebbinghaus")
    return new(addr("ebbinghaus"), "Medibox Erste Hilfe Versand <bestellung@medibox-versand.example>",
               "Bestellung 4500218876 – Erste-Hilfe-Material", "2026-03-09 10:40", body)


# ---- 0058
@mail("CONFIDENTIAL", "en", "internal",
      "internal forward of a broker's request: a named prospect's birth date, address and household sums insured for a contents quote")
def _():
    quoted = outlook("Duncan Feeney <d.feeney@harbourline-brokers.example>", "2026-01-29 17:55",
                     "maklerservice@weserbogen.example", "Quote request – contents insurance",
                     """\
Hello,

could you please quote household contents cover for a client of ours who is moving to Germany with his family in March:

Name: Mr Callum Ritchie
Date of birth: 02/08/1981
New address from 1 March: Königswall 18, 33602 Bielefeld (3rd floor flat, 112 sqm)
Sum insured: EUR 85,000, incl. bicycles (2 x EUR 1,200)
Previous insurer (UK): no claims in the last 5 years

He'd like the policy to start on 1 March. Many thanks!

Duncan Feeney
Harbour Line Brokers Ltd""", lang="en")
    body = """\
Birte,

one for you – English-speaking broker, new prospect. Could you send him a quote directly, cc me? He's not set up in the broker portal yet, I'm on it.

Thanks
Oliver
""" + sig("gruenewald", footer=False) + "\n" + quoted + "\n"
    return new(addr("gruenewald"), addr("oevermann"), "FW: Quote request – contents insurance",
               "2026-01-30 08:21", body, lang="en-GB")


# ---- 0059
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
      "assistance company handles the medical evacuation of a named member from Thailand: fractures, hospital, flight details")
def _():
    body = """\
Dear GlobeAssist team,

please find our instruction for case GA-26-07731 below.

Member: Mr Stefan Wöhrmann, born 19 June 1976, member no. 41 420 887, tariff WB Global Komfort incl. repatriation
Current location: Bangkok Riverside Medical Centre, ward 7B, since 1 April 2026
Medical situation according to the treating physician (Dr. Kittisak, report of 3 April): scooter accident on Koh Samui on 31 March; closed fracture of the left femoral shaft, treated with intramedullary nail on 1 April; two rib fractures on the left, no pneumothorax. Stable, mobilised with walker. Fit to fly from 7 April with a stretcher or business-class seat with leg rest, medical escort recommended.

Our approval:
- repatriation to Germany on a scheduled flight, business class with extra seat, medical escort (nurse), on or after 7 April
- ground transport hospital – BKK airport and Frankfurt – Klinikum am Lindenbrink, Minden (bed confirmed for 8 April)
- hospital costs Bangkok: direct billing up to THB 1,250,000; please send the final invoice to us

Wife (Mrs Anja Wöhrmann, +49 170 4418 223) is on site and should travel on the same flight; her ticket is covered under the policy.

Please confirm the flight as soon as it is booked.

Kind regards
Claire Whitfield
""" + sig("whitfield")
    return new(addr("whitfield"), "GlobeAssist Operations <ops@globeassist.example>",
               "GA-26-07731 – repatriation approval Wöhrmann", "2026-04-04 10:05", body, lang="en-GB",
               cc=addr("yildiz"))


# ---- 0060
@mail("NORMAL", "de", "internal",
      "trap: ODS complaint statistics by category (reimbursement, premium adjustment, cost approval) with counts only")
def _():
    o = ods([("Beschwerden Q1 2026", [
        ["Kategorie", "Januar", "Februar", "März", "Q1 gesamt", "davon berechtigt", "Ø Tage bis Antwort"],
        ["Erstattung ambulant / Zahn", 41, 37, 44, 122, 38, 6.2],
        ["Beitragsanpassung / Beitragshöhe", 96, 33, 12, 141, 4, 4.1],
        ["Kostenzusage stationär / Hilfsmittel", 9, 11, 8, 28, 11, 8.9],
        ["Krankentagegeld", 6, 5, 7, 18, 3, 11.4],
        ["Mahnung / Forderungsmanagement", 12, 10, 9, 31, 6, 5.0],
        ["Erreichbarkeit / Service", 22, 19, 15, 56, 29, 2.8],
        ["Datenschutz", 2, 1, 3, 6, 1, 9.7],
        ["Summe", 188, 116, 98, 402, 92, 5.3]]),
        ("Ombudsmann", [["Verfahren Ombudsmann PKV", "Q1 2026"], ["eingegangen", 7], ["abgeschlossen", 5],
                        ["davon zugunsten Mitglied", 1]])],
        creator="Laura Heitmeier", when=(2026, 4, 8, 9, 0, 0), created="2026-04-08T09:00:00")
    body = """\
Hallo Martin, hallo Stefan,

anbei die Beschwerdestatistik Q1 für den Qualitätsbericht. Erwartungsgemäß dominiert im Januar die Beitragsanpassung; bis März ist das fast ganz abgeflaut. Bei den Erstattungsbeschwerden sind knapp ein Drittel berechtigt – meist Fehler bei Analogziffern. Vielleicht ein Thema für die GOÄ-Schulung im Mai?

Die Ombudsmann-Fälle sind nur als Zahl drin, Details wie immer im Beschwerdetool.

Viele Grüße
Laura
""" + sig("heitmeier", footer=False)
    m = new(addr("heitmeier"), f"{addr('droege')}, {addr('ahlert')}", "Beschwerdestatistik Q1/2026",
            "2026-04-08 09:12", body)
    return att(m, o, "Beschwerdestatistik_Q1_2026.ods")


# ---- 0061
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "reimbursement statement for a named member as PDF: GP and dermatologist fees, lab, pantoprazole from the pharmacy, deductible")
def _():
    p = pdf([
        ("B", "Weserbogen Krankenversicherung a.G. – Leistungsabrechnung"),
        "Abrechnungsnummer 2026-LA-0418822 vom 12.03.2026",
        "Mitglied: Marion Tönsmeier, Mitgliedsnummer 42 004 137, Tarif WB Komfort 2 (Selbstbehalt 600 EUR)",
        "",
        ("B", "Eingereichte Belege"),
        "1) Dr. med. Kerstin Fahrenkamp, Allgemeinmedizin, Rechnung vom 06.02.2026",
        "   GOÄ 1 Beratung (2,3-fach), GOÄ 5 symptombezogene Untersuchung, GOÄ 250 Blutentnahme,",
        "   GOÄ 3550 kleines Blutbild, GOÄ 3585.H1 TSH, GOÄ 3592.H1 fT4",
        "   Diagnosen laut Rechnung: K21.9 gastroösophageale Refluxkrankheit, E03.9 V.a. Hypothyreose",
        "   Rechnungsbetrag 118,62 EUR    erstattungsfähig 118,62 EUR",
        "2) Hautarztpraxis Dr. Yilmaz-Brenner, Rechnung vom 13.02.2026",
        "   Hautkrebs-Screening mit Auflichtmikroskopie, GOÄ 750, GOÄ 612",
        "   Diagnose laut Rechnung: D22.5 Melanozytärer Nävus des Rumpfes (Kontrolle)",
        "   Rechnungsbetrag 96,15 EUR     erstattungsfähig 96,15 EUR",
        "3) Lindenbrink-Apotheke Minden, Beleg vom 07.02.2026",
        "   Pantoprazol 40 mg, 100 Tabletten (PZN 12345678, Rezept Dr. Fahrenkamp)",
        "   Betrag 38,47 EUR              erstattungsfähig 38,47 EUR",
        "",
        ("B", "Berechnung"),
        "Summe erstattungsfähig                                         253,24 EUR",
        "Verrechnung mit Selbstbehalt 2026 (bisher verbraucht: 412,10 EUR)   -187,90 EUR",
        "Auszahlungsbetrag                                                65,34 EUR",
        "",
        "Der Selbstbehalt für 2026 ist damit vollständig erreicht. Weitere Rechnungen aus 2026 erstatten wir "
        "ohne Abzug. Die Auszahlung erfolgt auf das Konto mit der IBAN DE30 **** **** **** **46 09.",
        "",
        "Hinweis: Wenn Sie Beitragsrückerstattung erwarten, können Sie diese Abrechnung binnen 6 Monaten "
        "zurücknehmen lassen; der Betrag wäre dann zurückzuzahlen.",
    ], title="Leistungsabrechnung 2026-LA-0418822", author="Weserbogen Krankenversicherung", date="20260312141000")
    body = """\
Sehr geehrte Frau Tönsmeier,

wie am Telefon gewünscht schicke ich Ihnen die Leistungsabrechnung vom 12.03. noch einmal per E-Mail, weil der Brief bei Ihnen nicht angekommen ist. Sie finden sie im Anhang.

Freundliche Grüße
Tobias Reckefuß
""" + sig("reckefuss")
    m = new(addr("reckefuss"), "Marion Tönsmeier <marion.toensmeier@t-net.example>",
            "Ihre Abrechnung vom 12.03.2026", "2026-03-18 10:22", body)
    return att(m, p, "Leistungsabrechnung_2026-LA-0418822.pdf")


# ---- 0062
@mail("NORMAL", "en", "insurer-to-partner",
      "trap: renewal talks with the medical assistance provider; case statistics (repatriations, response times) and fees, no member named")
def _():
    body = """\
Dear Marc,

thanks for the draft renewal for 2027–2029. Before our meeting on 2 June, a few points from our side:

1. Volumes. According to your own annual report, you handled 212 cases for Weserbogen Global members in 2025 (2024: 187), of which 18 were repatriations and 4 air ambulance flights. That's a modest increase, so we don't see the basis for raising the per-member fee from EUR 1.85 to EUR 2.30 per month.

2. Service levels. Average first response time was 11 minutes, which is fine. But 9 of the 212 cases had a cost guarantee issued later than 24 hours after the hospital's request – the contract says 4 hours for emergencies. We'd like a service credit mechanism for that in the new contract.

3. Data protection. Please update annex 4 (technical and organisational measures) and confirm in writing that all medical data of our members is processed in the EU, including your Bangkok and Dubai desks' access.

4. Reporting. Quarterly reporting stays aggregated (counts by country, case type and cost band). For individual cases we continue to use the secure case portal only, not e-mail.

Looking forward to the meeting.

Kind regards
Claire Whitfield
""" + sig("whitfield")
    return new(addr("whitfield"), "Marc Delorme <m.delorme@globeassist.example>",
               "Renewal 2027–2029 – our comments", "2026-05-19 15:30", body, cc=addr("thorne"), lang="en-GB")


# ---- 0063
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "personal liability claim of a named customer (burst washing-machine hose, damage to rented flat and neighbour's ceiling); no injury")
def _():
    body = """\
Moin Herr Rosenbaum,

danke für den Rückruf heute Morgen. Ich fasse kurz zusammen, was wir besprochen haben:

Ihre Privathaftpflichtversicherung PH 8813 0025 übernimmt den Schaden vom 23.03., Schadennummer HP-2026-0031902. Der Zulaufschlauch Ihrer Waschmaschine ist geplatzt; das Wasser ist durch den Boden Ihrer Mietwohnung (Wilhelmstraße 22, 2. OG) in die Wohnung von Familie Gerdes im 1. OG gelaufen. Verletzt wurde niemand.

- Schaden an Ihrer Mietwohnung (Laminat im Bad und Flur): ist als Mietsachschaden mitversichert, Höchstbetrag 500.000 EUR.
- Schaden bei Familie Gerdes (Decke und Tapete im Schlafzimmer): übernehmen wir ebenfalls. Die Möbel der Familie laufen über deren eigene Hausratversicherung, die sich ggf. bei uns meldet.
- Ihre eigene Waschmaschine ist kein Haftpflichtschaden – das wäre ein Fall für Ihre Hausratversicherung, die Sie allerdings nicht bei uns haben.

Die Trocknungsfirma hat Ihr Vermieter schon beauftragt; die Rechnung soll direkt an uns gehen. Sobald der Kostenvoranschlag für Boden und Decke da ist, melde ich mich.

Beste Grüße
Kai-Uwe Hollmann
""" + sig("hollmann")
    return new(addr("hollmann"), "Malte Rosenbaum <malte.rosenbaum@quickpost.example>",
               "Wasserschaden Wilhelmstraße 22 – HP-2026-0031902", "2026-03-25 11:48", body)


# ---- 0064
@mail("NORMAL", "de", "internal",
      "trap: ODT template of a second payment reminder for the health line with «placeholders», sent to legal for review; no real member")
def _():
    o = odt([
        ("h", "Vorlage KV-MAHN-2 – Zweite Mahnung nach § 193 Abs. 6 VVG (Entwurf 04/2026)"),
        "«Anrede» «Vorname» «Nachname»\n«Straße»\n«PLZ» «Ort»",
        "Mitgliedsnummer: «Mitgliedsnummer»",
        "Zweite Mahnung – Ihr Versicherungsschutz ist gefährdet",
        "«Briefanrede»,",
        "trotz unserer Mahnung vom «Datum_Mahnung_1» sind folgende Beträge noch offen:",
        ("table", [["Position", "Betrag"], ["Beiträge «Zeitraum»", "«Betrag_Beitraege»"],
                   ["Säumniszuschläge", "«Betrag_Saeumnis»"], ["Gesamt", "«Betrag_Gesamt»"]]),
        "Ist der Rückstand einschließlich der Säumniszuschläge einen Monat nach Zugang dieser Mahnung höher als "
        "ein Monatsbeitrag, ruht Ihr Vertrag ab dem ersten Tag des Folgemonats. Sie sind dann im Notlagentarif "
        "versichert und haben nur noch Anspruch auf Leistungen, die zur Behandlung akuter Erkrankungen und "
        "Schmerzzustände sowie bei Schwangerschaft und Mutterschaft erforderlich sind.",
        "Das Ruhen tritt nicht ein, wenn Sie hilfebedürftig im Sinne des SGB II oder SGB XII sind oder werden. "
        "Bitte senden Sie uns in diesem Fall eine Bescheinigung des zuständigen Trägers.",
        "[Baustein R1 – Ratenzahlungsangebot, nur wenn Steuerzeichen RATE=J]",
        "Mit freundlichen Grüßen\nWeserbogen Krankenversicherung a.G.\nForderungsmanagement",
    ], creator="Jonas Tiemeyer", when=(2026, 4, 20, 11, 0, 0), created="2026-04-20T11:00:00")
    body = """\
Hallo Frau Dr. Wellmann,

wie im Jour fixe besprochen, anbei die überarbeitete Vorlage für die zweite Mahnstufe Kranken. Geändert habe ich:
- die Formulierung zum Ruhen (jetzt näher am Gesetzeswortlaut, Hinweis des Ombudsmanns aus 2025),
- den Hinweis auf die Hilfebedürftigkeit nach oben gezogen,
- das Ratenangebot als optionalen Baustein.

Könnten Sie bis Ende des Monats drüberschauen? Die Vorlage soll mit dem Release am 01.06. in die Korrespondenzsoftware.

Danke und Gruß
Jonas Tiemeyer
""" + sig("tiemeyer", footer=False)
    m = new(addr("tiemeyer"), f"Dr. Katrin Wellmann <katrin.wellmann@{D}>",
            "Bitte um Prüfung: Vorlage KV-MAHN-2 (2. Mahnung)", "2026-04-20 11:06", body,
            mailer="Mozilla Thunderbird 128.9.0", cte="8bit", flowed=True)
    return att(m, o, "KV-MAHN-2_Entwurf_2026-04.odt")


# ---- 0065
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "named member's health insurance converted to a dormant policy during a posting abroad: member number, dates, premium (personal line, no illness)")
def _():
    body = """\
Dear Mr Kruse,

congratulations on your posting to Singapore! As discussed, we will put your German health insurance on hold while you are abroad instead of cancelling it.

Member number: 40 993 216
Current tariffs: WB Komfort 2 (deductible EUR 600), KT 43, compulsory long-term care insurance
From 1 May 2026 to 30 April 2029: "große Anwartschaftsversicherung" (full dormant policy)
Monthly premium during that time: EUR 128.40 (instead of EUR 561.70)

What this means for you:
- Your ageing reserves continue to build up, so your premium after your return is calculated as if you had stayed insured.
- When you come back, your full cover resumes without new health questions – please tell us within three months of your return to Germany. If you return earlier than planned, the dormant policy simply ends earlier.
- While the policy is dormant there is no cover in Germany or abroad. Your employer's international plan will cover you in Singapore; please make sure it starts on 1 May as well.

The compulsory long-term care insurance can also be put on hold for the period abroad because you will no longer live in Germany; I have included it in the calculation above.

Safe travels and all the best for the new job!

Kind regards
Claire Whitfield
""" + sig("whitfield")
    return new(addr("whitfield"), "Daniel Kruse <daniel.kruse@northmail.example>",
               "Your health insurance while you are in Singapore", "2026-04-16 17:08", body, lang="en-GB")


# ---- 0066
@mail("CONFIDENTIAL", "en", "insurer-to-applicant",
      "body harmless; the attached DOCX contract offer names the applicant with her annual salary, start date and home address")
def _():
    d = docx([
        ("h", "Employment Contract – Offer"),
        "between Weserbogen Versicherungsgruppe, Weserbogenallee 12, 32423 Minden (\"the employer\")",
        "and Dr. Marta Kowalczyk, Am Sparrenberg 4, 33602 Bielefeld (\"the employee\")",
        ("h", "§ 1 Position and start"),
        "The employee will be employed as Senior Data Scientist in the department Actuarial & Analytics from 1 June 2026. The probationary period is six months.",
        ("h", "§ 2 Remuneration"),
        "Annual gross salary: EUR 78,500, paid in 13 instalments (12 monthly salaries plus one in November). In addition, a variable bonus of up to 10 % of the annual salary according to the group's bonus policy. Company pension: employer contribution of 4 % of the salary into the group's pension fund.",
        ("h", "§ 3 Working time and place"),
        "38 hours per week, mobile working up to 60 % by agreement.",
        ("h", "§ 4 Holidays"),
        "30 working days per calendar year.",
        "This offer is valid until 15 May 2026. Please sign both copies and return one to the HR department.",
        "Minden, 6 May 2026 – Petra Lahrmann, HR",
    ], creator="Petra Lahrmann", when=(2026, 5, 6, 10, 0, 0), created="2026-05-06T08:00:00Z")
    body = """\
Dear Dr Kowalczyk,

thank you again for the good conversations last week. As promised, please find attached our contract offer. If you have any questions, I'm happy to go through it with you by phone.

We would be very pleased to welcome you to the team.

Kind regards
Petra Lahrmann
""" + sig("lahrmann")
    m = new(addr("lahrmann"), "Marta Kowalczyk <marta.kowalczyk@quickpost.example>",
            "Your contract offer – Senior Data Scientist", "2026-05-06 10:14", body, lang="en-GB")
    return att(m, d, "Offer_Kowalczyk_Senior_Data_Scientist.docx")


# ---- 0067
@mail("NORMAL", "de", "internal",
      "trap: data-protection guidance on sending medical reports and invoices by e-mail; rules only, no case")
def _():
    body = """\
Liebe Kolleginnen und Kollegen der Leistungsabteilung,

in den letzten Wochen kamen mehrere Fragen, wie wir Arztberichte, Rechnungen und Leistungsbescheide per E-Mail verschicken dürfen. Hier die Regeln noch einmal kompakt:

1. Gesundheitsdaten (Diagnosen, Befunde, Rechnungen, Leistungsabrechnungen, Kostenzusagen) verlassen das Haus grundsätzlich über das Gateway mit Verschlüsselung. Das Gateway erkennt die meisten Inhalte selbst; wer unsicher ist, setzt im Betreff [streng vertraulich].
2. Schickt ein Mitglied uns unverschlüsselt einen Befund, heißt das nicht, dass wir unverschlüsselt antworten dürfen. Ausnahme nur mit schriftlicher Einwilligung zur Übertragung per TLS, die im Bestand hinterlegt ist.
3. Ärztinnen, Ärzte und Kliniken: bevorzugt über das Klinikportal oder mit Domänenzertifikat. Befundanfragen an Praxen ohne Zertifikat gehen per Post oder Fax (solange wir es noch haben).
4. Keine Gesundheitsdaten in den Betreff. "Ihre Anfrage vom 12.03." ist ein guter Betreff, "Ihre Knie-OP" nicht.
5. Intern: Weiterleitungen nur an die, die den Fall bearbeiten. Sammelverteiler sind tabu.

Fehlversand bitte sofort (nicht erst am nächsten Tag) an datenschutz@weserbogen.example melden – wir haben 72 Stunden für eine eventuelle Meldung an die Aufsichtsbehörde.

Die vollständige Richtlinie "E-Mail und Gesundheitsdaten" (Version 3.2) steht im Intranet.

Viele Grüße
Ingrid Schöning
""" + sig("schoening", footer=False)
    return new(addr("schoening"), f"Leistungsabteilung Kranken <leistung-kranken@{D}>",
               "Datenschutz-Hinweis: Arztberichte und Rechnungen per E-Mail", "2026-03-16 09:05", body)


# ---- 0068
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "cost approval for a named member's hearing aids: bilateral hearing loss, acoustician's estimate, tariff limit")
def _():
    body = """\
Sehr geehrter Herr Klocke,

vielen Dank für den Kostenvoranschlag von Hörakustik am Wesertor vom 24.04.2026 und die Verordnung Ihres HNO-Arztes Dr. Pöppelmann.

Laut Verordnung liegt bei Ihnen eine beidseitige Innenohrschwerhörigkeit vor (H90.3), eine Versorgung mit zwei Hinter-dem-Ohr-Geräten ist angezeigt. Der Kostenvoranschlag beläuft sich auf 4.980,00 EUR für beide Geräte einschließlich Anpassung und Zubehör.

Ihr Tarif WB Komfort 2 erstattet Hörgeräte mit bis zu 1.500 EUR je Ohr innerhalb von fünf Jahren. Wir sagen Ihnen daher eine Erstattung von

  3.000,00 EUR

zu. Den Restbetrag von 1.980,00 EUR tragen Sie selbst. Ihr Akustiker bietet laut Kostenvoranschlag auch ein Modell der mittleren Preisklasse für 3.240 EUR an; damit läge Ihr Eigenanteil bei 240 EUR. Die Wahl liegt natürlich ganz bei Ihnen.

Die nächste Versorgung wäre ab Mai 2031 wieder erstattungsfähig. Batterien und Reparaturen nach Ablauf der Herstellergarantie erstatten wir zusätzlich bis 100 EUR im Jahr.

Bitte reichen Sie nach der Anpassung die Rechnung ein.

Mit freundlichen Grüßen
Serkan Yıldız
""" + sig("yildiz")
    return new(addr("yildiz"), "Heinz-Dieter Klocke <hd.klocke@t-net.example>",
               "Ihr Kostenvoranschlag vom 24.04.2026 – Zusage", "2026-04-30 10:33", body)


# ---- 0069
@mail("NORMAL", "en", "insurer-to-supplier",
      "trap: OCR test set for the scanning vendor, ZIP with a synthetic invoice PDF for 'Erika Musterfrau (fictitious)' and ground-truth CSV")
def _():
    inv = pdf([
        ("B", "TESTDOKUMENT – KEINE ECHTDATEN"),
        "Praxis Dr. med. Muster, Musterweg 1, 12345 Musterstadt",
        "Patientin: Erika Musterfrau (fiktiv), Beispielstraße 2, 12345 Musterstadt",
        "Rechnung Nr. TEST-0001 vom 01.02.2026",
        "",
        "Datum       GOÄ-Nr.   Leistung                                   Faktor    Betrag",
        "15.01.2026  1         Beratung                                   2,3       10,72 EUR",
        "15.01.2026  5         Symptombezogene Untersuchung               2,3       10,72 EUR",
        "15.01.2026  250       Blutentnahme                               1,8        4,20 EUR",
        "Diagnose: J06.9 (Testwert)",
        "Summe                                                                      25,64 EUR",
        "",
        "Bankverbindung Testbank: IBAN DE02 1203 0000 0000 2020 51 (öffentliches Beispiel)",
    ], title="TEST-0001 synthetic invoice", author="Weserbogen QA", date="20260205090000")
    truth = ("doc_id;field;expected\r\n"
             "TEST-0001;patient_name;Erika Musterfrau (fiktiv)\r\n"
             "TEST-0001;invoice_date;2026-02-01\r\n"
             "TEST-0001;positions;1|5|250\r\n"
             "TEST-0001;diagnosis;J06.9\r\n"
             "TEST-0001;total_eur;25.64\r\n"
             "TEST-0001;iban;DE02120300000000202051\r\n")
    z = zipfile_bytes([("ocr-testset-v2/TEST-0001.pdf", inv),
                       ("ocr-testset-v2/ground_truth.csv", truth.encode("utf-8")),
                       ("ocr-testset-v2/README.txt",
                        b"Synthetic test documents for OCR acceptance. All persons and numbers are fictitious.\r\n"
                        b"IBAN DE02120300000000202051 is a published example account.\r\n")],
                      when=(2026, 2, 5, 9, 5, 0))
    body = """\
Hi Joost,

as agreed in the kick-off, here is version 2 of our OCR acceptance test set. For now it contains only one synthetic invoice (doctor's invoice, GOÄ format) plus the ground truth; the remaining 49 documents follow next week once our QA has checked that none of them contains real data.

Everything is fictitious: "Erika Musterfrau" is our standard test person, and the bank details are a published example account.

Acceptance criteria from the SOW, just to have it in one place:
- field-level accuracy >= 98 % for invoice date, total, GOÄ/GOZ positions
- >= 95 % for diagnosis codes
- no manual correction needed for more than 5 % of documents

Please don't use the test set for training your models.

Best regards
Stefan
""" + sig("ahlert", footer=False)
    m = new(addr("ahlert"), "Joost Verhoeven <j.verhoeven@scanpoint-docs.example>",
            "OCR acceptance test set v2", "2026-02-05 09:18", body, lang="en-GB")
    return att(m, z, "ocr-testset-v2.zip")


# ---- 0070
@mail("CONFIDENTIAL", "de", "internal",
      "body harmless; the forwarded customer mail (message/rfc822) asks for a refund of a double-debited contents premium to his IBAN")
def _():
    inner = rfc822("Rüdiger Plöger <r.ploeger@mailbox-west.example>", "hausrat@weserbogen.example",
                   "doppelte Abbuchung!!", "2026-01-07 20:03", """\
Guten Abend,

Sie haben den Jahresbeitrag für meine Hausratversicherung HR 3307 1188 zweimal abgebucht, einmal am 02.01. und nochmal am 05.01., jeweils 214,60 €. Bitte überweisen sie mir das zuviel abgebuchte geld zurück auf mein Konto DE10 3601 0043 1365 3248 14 (Rüdiger Plöger). Eine Rücklastschrift will ich nicht machen, damit es kein Durcheinander gibt.

Mfg
R. Plöger
Hahler Straße 140, 32427 Minden""", "<5f0e22c1-8a7d-4b07-b1d2-7e6c49aa0c3b@mailbox-west.example>")
    body = """\
Hallo liebe Beitragsbuchhaltung,

bitte einmal die doppelte Abbuchung prüfen und erstatten, Details in der angehängten Mail des Kunden. Laut Bestand ist der zweite Einzug ein Fehler aus dem Nachlauf vom 05.01. – betrifft vermutlich noch mehr Verträge, Felix vom Service-Desk weiß Bescheid.

Danke!
Birte
""" + sig("oevermann", footer=False)
    m = new(addr("oevermann"), f"Beitragsbuchhaltung Allgemeine <beitragsbuchhaltung-ag@{D}>",
            "WG: doppelte Abbuchung!!", "2026-01-08 08:40", body)
    return att(m, inner, None)


# ---- 0071
@mail("NORMAL", "de", "internal",
      "trap: draft press release on the premium refund and average premium adjustment; company-level figures only")
def _():
    body = """\
Liebe Frau Dr. Wendland, lieber Herr Kröger,

anbei im Text der Entwurf für die Pressemitteilung am 01.07. Die Zahlen hat Frau Kasper geprüft. Ich bräuchte Ihr Okay bis Freitag, insbesondere zum Zitat.

-------------------------------------------------------------
ENTWURF – Sperrfrist 01.07.2026, 10:00 Uhr

Weserbogen Krankenversicherung zahlt 14,2 Millionen Euro an ihre Mitglieder zurück

Minden. Die Weserbogen Krankenversicherung a.G. erstattet in diesem Sommer 14,2 Millionen Euro an Mitglieder, die im Jahr 2025 keine Leistungen in Anspruch genommen haben. Rund 41.300 Versicherte erhalten je nach Tarif bis zu drei Monatsbeiträge zurück, im Durchschnitt 344 Euro.

"Als Versicherungsverein auf Gegenseitigkeit gehören wir unseren Mitgliedern. Überschüsse fließen deshalb an sie zurück – als Beitragsrückerstattung und zur Begrenzung künftiger Beitragsanpassungen", sagt Dr. Gesa Wendland, Vorstandsvorsitzende.

Zum 01.01.2027 werden die Beiträge in drei von elf Vollversicherungstarifen angepasst, im Durchschnitt über alle Vollversicherten um 6,1 Prozent. Für Versicherte ab 65 Jahren setzt die Weserbogen 4,1 Millionen Euro aus der Rückstellung für Beitragsrückerstattung ein, um die Anpassung zu begrenzen.

Über die Weserbogen: Die Weserbogen Krankenversicherung a.G. mit Sitz in Minden versichert rund 162.000 Menschen in der Voll- und Zusatzversicherung. Sie gehört zur Weserbogen Versicherungsgruppe.

Pressekontakt: Nadine Wöstmann, presse@weserbogen.example
-------------------------------------------------------------

Viele Grüße
Nadine Wöstmann
""" + sig("woestmann", footer=False)
    return new(addr("woestmann"), f"Dr. Gesa Wendland <gesa.wendland@{D}>, Matthias Kröger <matthias.kroeger@{D}>",
               "Entwurf PM Beitragsrückerstattung – bitte Freigabe bis Fr", "2026-06-22 16:10", body, cc=addr("kasper"))


# ---- 0072
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "annual premium certificate for a named member's tax return (PDF): tax ID, health and care premiums, premium refund received")
def _():
    p = pdf([
        ("B", "Weserbogen Krankenversicherung a.G."),
        ("B", "Bescheinigung über Beiträge zur Kranken- und Pflegeversicherung 2025"),
        "(§ 10 Abs. 1 Nr. 3 EStG) – Certificate of health and long-term care premiums 2025",
        "",
        "Versicherungsnehmerin / policyholder: Charlotte Dubois, Sudbrackstraße 61, 33611 Bielefeld",
        "Mitgliedsnummer / member number: 41 204 559",
        "Steuerliche Identifikationsnummer / tax ID: 57 812 394 016",
        "",
        "Gezahlte Beiträge 2025 / premiums paid 2025:",
        "  Krankenversicherung, Basisabsicherung (WB Komfort 2, anteilig)      4.412,16 EUR",
        "  Krankenversicherung, Wahlleistungen/Zusatz (WB Komfort 2, anteilig)  502,44 EUR",
        "  Krankentagegeld KT 43                                                 418,80 EUR",
        "  Pflegepflichtversicherung                                             706,20 EUR",
        "",
        "Erstattete Beiträge 2025 (Beitragsrückerstattung für 2024) / refunds:  -1.060,20 EUR",
        "",
        "Die Daten wurden elektronisch an die Finanzverwaltung übermittelt (eDaten-Meldung vom 12.02.2026).",
        "The data has been transmitted electronically to the tax authorities.",
        "",
        "Minden, 12.02.2026 – maschinell erstellt, ohne Unterschrift gültig",
    ], title="Beitragsbescheinigung 2025 41204559", author="Weserbogen Krankenversicherung", date="20260212060000")
    body = """\
Dear Ms Dubois,

as requested, attached is the certificate of your 2025 health and long-term care premiums for your German tax return. The same figures have already been sent electronically to the tax office, so your tax adviser can simply compare them with the pre-filled data ("vorausgefüllte Steuererklärung").

The line "Erstattete Beiträge" is the premium refund for 2024 that you received in July 2025; it reduces the deductible amount.

Kind regards
Claire Whitfield
""" + sig("whitfield")
    m = new(addr("whitfield"), "Charlotte Dubois <charlotte.dubois@correo-mail.example>",
            "Your premium certificate 2025 for the tax return", "2026-02-17 11:11", body, lang="en-GB")
    return att(m, p, "Beitragsbescheinigung_2025_41204559.pdf")


# ---- 0073
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "returned direct debit for a named customer's motor premium: his Dutch IBAN, policy number, amount and bank fee")
def _():
    body = """\
Dear Mr van Dijk,

unfortunately your bank returned our direct debit for the half-yearly premium of your motor insurance.

Policy: KF 8820 6613 (VW Transporter, MI-JD 660)
Amount: EUR 311.20, due 1 April 2026
Your account: NL88 INGB 0007 7193 45
Return reason given by the bank: MD01 – "no valid mandate"

It looks as if your bank has not registered the mandate you gave us in February. Could you please either
- transfer the amount of EUR 311.20 to our account at Limberg-Volksbank, IBAN DE02 4906 0127 0241 0416 59, reference KF88206613, or
- confirm the mandate with ING (in the ING app under "Incasso's") and tell us, so we can debit again?

We have waived the bank's return fee of EUR 3.50 this time. Your cover is not affected as long as the premium arrives by 30 April.

Kind regards
Your Weserbogen premium service
Beitragsservice Allgemeine | Phone +49 571 9480-3000

""" + FOOT["ag"] + "\n"
    return new(f"Weserbogen Beitragsservice <beitragsservice-allgemeine@{D}>",
               "Jeroen van Dijk <jeroen.vandijk@polder-post.example>",
               "Returned direct debit – motor policy KF 8820 6613", "2026-04-09 09:37", body, lang="en-GB")


# ---- 0074
@mail("NORMAL", "en", "insurer-to-partner",
      "trap: key financial figures of the group for the rating agency (premiums, solvency ratio, benefit ratio); company-level only")
def _():
    body = """\
Dear Mr Okonjo,

in preparation for the annual review meeting on 18 May, please find below the preliminary key figures for FY 2025 (HGB, unaudited, EUR m unless stated otherwise). The audited financial statements will follow once the supervisory board has approved them on 6 May.

                                         2025      2024
Gross written premiums, group           1,118.4   1,052.9
  health (Weserbogen Kranken)             702.6     661.0
  life (Weserbogen Leben)                 238.1     236.4
  P&C (Weserbogen Allgemeine)             177.7     155.5
Benefit ratio health (%)                   82.7      81.9
Provision for premium refunds, health     214.3     198.0
Combined ratio P&C, net (%)                94.1      97.8
Net investment return (%)                   2.9       2.6
Solvency II ratio, group (%)                214       203

A few comments:
- The health premium growth comes roughly half from the premium adjustment 2025 and half from new business in supplementary tariffs.
- The P&C combined ratio improved despite two storm events in February and October 2025; the motor line was repriced in 2024.
- The solvency ratio is without transitional measures.

Our CFO, Ms Haase, and I look forward to meeting you.

Kind regards
Rebecca Thorne
""" + sig("thorne")
    return new(addr("thorne"), "Samuel Okonjo <s.okonjo@meridian-ratings.example>",
               "Weserbogen – preliminary key figures FY 2025", "2026-04-24 10:20", body,
               cc=f"Cornelia Haase <cornelia.haase@{D}>", lang="en-GB")


# ---- 0075
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "short mobile reply; the quoted request names a member in chemotherapy for breast cancer asking to defer her health premiums")
def _():
    quoted = gt("""\
Am 23.03.2026 um 14:51 schrieb Jonas Tiemeyer <jonas.tiemeyer@weserbogen.example>:

Hallo Martin,

kurze Freigabe nötig, weil über meiner Grenze: Frau Ilka Bredemeier (Mitgl.-Nr. 41 288 305, WB Komfort 2 + KT 43) bittet um Stundung der Beiträge März bis Juni, insgesamt 4 x 514,80 EUR.

Hintergrund laut ihrem Schreiben: Mammakarzinom, seit Januar Chemotherapie, danach OP geplant. Sie ist selbständige Friseurmeisterin, der Salon ist zu. Das Krankentagegeld läuft seit 12.03. (Tag 43), reicht aber mit den Fixkosten nicht. Bisher nie im Rückstand.

Vorschlag: Stundung bis 30.06., keine Säumniszuschläge, danach Ratenplan über 6 Monate.

Gruß
Jonas""")
    body = """\
Ok, so machen. Bitte auch ohne Säumniszuschläge und mit einem netten Brief. Gute Besserung von uns allen wünschen.

M.

Von meinem iPhone gesendet

""" + quoted + "\n"
    return new(f"Martin Dröge <martin.droege@{D}>", addr("tiemeyer"), "Re: Stundung Bredemeier – Freigabe",
               "2026-03-23 15:07", body, mailer="iPhone Mail (22D82)",
               irt="<202603231451.7C0D2AA19B30@mail.weserbogen.example>")


# ---- 0076
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "e-bike theft claim under a named customer's contents policy: frame number, purchase price, police file, compensation")
def _():
    body = """\
Liebe Frau Husmann,

Ihr E-Bike ist leider bis heute nicht wieder aufgetaucht – die Polizei hat uns mitgeteilt, dass das Verfahren eingestellt wurde. Damit können wir den Schaden jetzt abschließend regulieren.

  Hausratversicherung mit Fahrradklausel: HR 2290 4418
  Schadennummer: HS-2026-0019475
  Fahrrad: Weserrad Trekking E7, Rahmennummer WRX22K0419387, gekauft 06/2024 für 3.499,00 EUR
  Diebstahl: 14.05.2026, Fahrradparkhaus am Bahnhof Minden, mit Rahmenschloss und Kettenschloss gesichert
  Polizei Minden, Vorgangsnummer 0213-26-018833

Entschädigung: Neuwert 3.499,00 EUR, begrenzt auf die vereinbarte Versicherungssumme für Fahrräder von 3.000,00 EUR.

Wir überweisen 3.000,00 EUR in den nächsten Tagen auf Ihr bekanntes Konto. Falls das Rad doch noch gefunden wird, melden Sie sich bitte – dann können Sie wählen, ob Sie es gegen Rückzahlung der Entschädigung zurückhaben möchten.

Übrigens: Für ein neues Rad über 3.000 EUR lohnt sich die Erhöhung der Fahrradsumme, das kostet in Ihrem Tarif 1,80 EUR im Monat je 500 EUR.

Herzliche Grüße
Birte Oevermann
""" + sig("oevermann")
    return new(addr("oevermann"), "Annette Husmann <annette.husmann@webpost.example>",
               "Ihr gestohlenes E-Bike – Regulierung HS-2026-0019475", "2026-06-17 14:28", body)


# ---- 0077
@mail("NORMAL", "en", "internal",
      "trap: office-move instructions (crates for member files to be locked); no person data")
def _():
    body = """\
Hello IMS team,

your move from Haus A, 2nd floor, to Haus B, 3rd floor (rooms 3.21–3.26) is scheduled for Friday, 29 May.

Before you leave on Thursday:
- Pack your desk into the blue crates (labelled with your new room number; labels are on the trolley by the lift).
- Member files and anything with customer data go into the grey crates with seals only. Seal them yourself and write the seal number on the move list. Nothing with customer data in the blue crates, please – the movers are external.
- Unplug your docking station, but leave monitors and cables where they are; IT sets up the new desks over the weekend.
- Empty the fridge. Seriously.

On Monday, 1 June, everything should be in place by 8 am. If something is missing, call me (ext. 1720) rather than the movers.

Thanks
Sven
""" + sig("ebbinghaus", footer=False)
    return new(addr("ebbinghaus"), f"IMS-Team <ims-team@{D}>", "Office move Friday 29 May – what you need to do",
               "2026-05-20 13:40", body, lang="en-GB")


# ---- 0078
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "letter to the son of a deceased member: date of death, end of her health insurance, premium refund, invoices before death")
def _():
    body = """\
Sehr geehrter Herr Wilkening,

mein herzliches Beileid zum Tod Ihrer Mutter. Vielen Dank, dass Sie uns so schnell informiert und die Sterbeurkunde geschickt haben.

Die Krankenversicherung und die Pflegepflichtversicherung von Frau Elfriede Wilkening (Mitgliedsnummer 40 008 914) enden mit dem Todestag, dem 02.05.2026. Das müssen Sie nicht gesondert kündigen.

Was jetzt noch zu regeln ist:

1. Beitrag Mai: Wir haben den vollen Mai-Beitrag von 688,30 EUR am 01.05. abgebucht. Den Anteil ab dem 03.05. (29 Tage, 643,89 EUR) erstatten wir. Bitte teilen Sie uns mit, auf welches Konto – das Konto Ihrer Mutter ist laut Bank inzwischen gesperrt. Wir benötigen dafür einen Erbschein oder eine Vollmacht über den Tod hinaus.

2. Rechnungen: Rechnungen für Behandlungen bis zum 02.05. (zum Beispiel vom Pflegedienst, der Hausärztin oder aus dem Krankenhaus) können die Erben noch einreichen. Wenn die Rechnungen noch nicht bezahlt sind, können wir auch direkt an die Rechnungssteller zahlen.

3. Pflegegeld: Das Pflegegeld für Mai (Pflegegrad 3) zahlen wir anteilig bis zum 02.05. an die Erben.

Lassen Sie sich mit allem Zeit. Wenn Sie Fragen haben, rufen Sie mich gern direkt an.

Mit freundlichen Grüßen
Annika Brüggemann
""" + sig("brueggemann")
    return new(addr("brueggemann"), "Thorsten Wilkening <t.wilkening@gmx-mail.example>",
               "Vertrag Ihrer Mutter – Mitgliedsnummer 40 008 914", "2026-05-12 11:55", body)


# ---- 0079
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "buildings insurance for a named private landlord with his declared annual rental income and insured address")
def _():
    body = """\
Dear Mr Pennington,

thank you for completing the questionnaire for your apartment building in Minden. Here is your updated cover, effective 1 July 2026:

Policy: WG 4471 0938 (buildings insurance, landlord)
Insured building: Marienstraße 57, 32427 Minden, 6 flats, built 1962, roof renewed 2019
Sum insured: value 1914 of 38,400 Mark (rebuilding value)
Perils: fire, storm/hail, burst pipes, natural hazards incl. flood
Loss of rent cover: up to 24 months, based on your declared annual net rent of EUR 43,200
Annual premium: EUR 2,418.60 incl. insurance tax

Since you mentioned that one flat is vacant until September, please note that a vacancy of more than 6 months has to be reported to us; below that, cover continues without change.

The policy documents are on their way by post. If you'd like us to debit the premium, just send us a SEPA mandate – the form is in the customer portal.

Kind regards
Birte Oevermann
""" + sig("oevermann")
    return new(addr("oevermann"), "Graham Pennington <g.pennington@northmail.example>",
               "Your buildings insurance Marienstraße 57 – new cover from 1 July", "2026-06-11 10:03", body,
               lang="en-GB")


# ---- 0080
@mail("NORMAL", "de", "insurer-to-company",
      "trap: company health insurance (bKV) offer for a firm; prices per employee and product rules, no employee data")
def _():
    body = """\
Sehr geehrte Frau Sandvall,

vielen Dank für das freundliche Gespräch am Dienstag. Wie versprochen, hier unser Angebot für eine betriebliche Krankenversicherung für die Lindqvist Nordic Logistics GmbH:

Tarif WB Firma Budget 600
- Gesundheitsbudget 600 EUR je Mitarbeitendem und Kalenderjahr, frei einsetzbar für Zahnbehandlung und -ersatz, Sehhilfen, Vorsorge, Heilpraktiker, Arznei- und Heilmittel
- keine Gesundheitsprüfung, keine Wartezeiten, auch laufende Behandlungen sind mitversichert
- Familienangehörige können zu Sonderkonditionen mitversichert werden (Beitrag trägt der Mitarbeitende)

Beitrag: 23,40 EUR pro Mitarbeitendem und Monat, bei 140 Mitarbeitenden also 3.276,00 EUR monatlich. Der Beitrag ist als Sachbezug bis 50 EUR im Monat steuer- und sozialversicherungsfrei, wenn der Arbeitgeber ihn zusätzlich zum Gehalt zahlt.

Voraussetzung: Alle festangestellten Mitarbeitenden werden versichert (Auszubildende optional), Mindestgröße 10 Personen.

Für die Anmeldung brauchen wir später nur eine Liste mit Namen, Geburtsdatum und Eintrittsdatum – die schicken Sie bitte nicht per E-Mail, sondern über unser Firmenkundenportal, das wir für Sie einrichten.

Ich freue mich auf Ihre Rückmeldung.

Mit freundlichen Grüßen
Mehmet Aksoy
""" + sig("aksoy")
    return new(addr("aksoy"), "Maja Sandvall <maja.sandvall@lindqvist-logistics.example>",
               "Angebot betriebliche Krankenversicherung", "2026-03-27 15:15", body)


# ---- 0081
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "change of beneficiary in a named customer's term life policy: new beneficiary, sum insured (life line)")
def _():
    body = """\
Dear Mr Whitmore,

we have received your signed request of 20 April and changed the beneficiary of your term life insurance.

Policy: LV 7730 1142 (term life, sum insured EUR 250,000, term until 1 September 2041)
Insured person and policyholder: Alan Whitmore
Beneficiary until now: Ms Sophie Whitmore (revocable)
New beneficiary from 22 April 2026: Ms Jana Reuter, born 3 March 1986 (revocable)

Because the beneficiary designation is revocable, you can change it again at any time by written notice. If you ever want to make it irrevocable – banks sometimes ask for that when a policy secures a loan – please talk to us first, as you could then no longer change it without Ms Reuter's consent.

The updated policy schedule is enclosed in your customer portal. Please keep it with your policy documents.

Kind regards
Dagmar Finke
""" + sig("finke")
    return new(addr("finke"), "Alan Whitmore <alan.whitmore@fastmail-post.example>",
               "Change of beneficiary – policy LV 7730 1142", "2026-04-22 14:50", body, lang="en-GB")


# ---- 0082
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "electronic insurance confirmation (eVB) for a named customer's new car: eVB number, vehicle, policy start")
def _():
    body = """\
Hallo Frau Sudbrack,

hier ist Ihre eVB-Nummer für die Zulassung Ihres neuen Autos:

  eVB-Nummer: A7K3QX9

  Halterin: Lea Sudbrack, Königstraße 88, 32427 Minden
  Fahrzeug: Opel Corsa Electric, Erstzulassung 03/2023, FIN W0VFPZKXZP4118273
  Versicherungsbeginn: mit dem Tag der Zulassung, frühestens 20.04.2026
  Umfang: Haftpflicht und Teilkasko (SB 150 EUR), Schadenfreiheitsklasse SF 3 aus Ihrem bisherigen Vertrag KF 5527 1190

Die eVB ist 6 Monate gültig. Die Zulassungsstelle meldet uns das Kennzeichen automatisch, Sie müssen nichts weiter tun. Ihren bisherigen Vertrag für den Polo stellen wir auf das neue Fahrzeug um, sobald die Abmeldung bei uns eingeht.

Gute Fahrt!
Henrik Stallmann
""" + sig("stallmann")
    return new(addr("stallmann"), "Lea Sudbrack <lea.sudbrack@quickpost.example>",
               "Ihre eVB-Nummer für den Corsa", "2026-04-17 16:21", body)


# ---- 0083
@mail("NORMAL", "de", "internal",
      "trap: staff health day invitation (back screening, blood pressure, blood sugar) with ICS; results stay with the participant, no person data")
def _():
    ics = "\r\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Weserbogen//Personal//DE", "METHOD:PUBLISH",
        "BEGIN:VEVENT", "UID:gesundheitstag-2026@weserbogen.example", "DTSTAMP:20260512T070000Z",
        "DTSTART;TZID=Europe/Berlin:20260610T090000", "DTEND;TZID=Europe/Berlin:20260610T150000",
        "SUMMARY:Gesundheitstag 2026", "LOCATION:Foyer und Kantine Haus A",
        "DESCRIPTION:Rückenscreening\\, Blutdruck- und Blutzuckermessung\\, Sehtest\\, Ergonomie-Beratung am Bildschirmarbeitsplatz\\, Vortrag 'Gesund schlafen' um 12:15 Uhr.",
        "TRANSP:TRANSPARENT", "END:VEVENT", "END:VCALENDAR"]) + "\r\n"
    body = """\
Liebe Kolleginnen und Kollegen,

am 10. Juni findet wieder unser Gesundheitstag statt – diesmal mit neuen Stationen:

- Rückenscreening mit Haltungsanalyse (Physiotherapie am Wesertor)
- Blutdruck- und Blutzuckermessung (Betriebsärztin Dr. Rüter)
- Sehtest und Beratung zur Bildschirmarbeitsplatzbrille
- Ergonomie-Check am Arbeitsplatz (Anmeldung über das Intranet)
- 12:15 Uhr Vortrag "Gesund schlafen" in der Kantine

Alle Messergebnisse bekommen nur Sie selbst ausgehändigt. Es werden keine Namen notiert, und niemand aus dem Haus erfährt Ihre Werte.

Die Teilnahme gilt als Arbeitszeit. Einen Kalendereintrag finden Sie im Anhang.

Viele Grüße
Petra Lahrmann
""" + sig("lahrmann", footer=False)
    m = new(addr("lahrmann"), f"Alle Mitarbeitenden <alle@{D}>", "Gesundheitstag am 10. Juni",
            "2026-05-12 09:00", body)
    return att(m, ics, "Gesundheitstag_2026.ics")


# ---- 0084
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
      "body harmless; the CSV confirms named employees with birth dates and insured numbers in the company dental health plan (personal line)")
def _():
    rows = ["Personalnr;Name;Vorname;Geburtsdatum;Versichertennr;Tarif;Beginn;Status",
            "1007;Holtkamp;Reinhard;11.03.1961;46 300 101-01;WB Firma Zahn;01.04.2026;aktiv",
            "1012;Dierkes;Marco;28.09.1987;46 300 101-02;WB Firma Zahn;01.04.2026;aktiv",
            "1019;Schäfer;Nadine;02.12.1990;46 300 101-03;WB Firma Zahn;01.04.2026;aktiv",
            "1023;Korkmaz;Emre;17.07.1995;46 300 101-04;WB Firma Zahn;01.04.2026;aktiv",
            "1031;Lübbert;Heike;05.05.1972;46 300 101-05;WB Firma Zahn;01.04.2026;aktiv",
            "1036;Wojcik;Pawel;23.01.1983;46 300 101-06;WB Firma Zahn;01.04.2026;aktiv",
            "1040;Rehkopf;Sandra;14.08.1979;46 300 101-07;WB Firma Zahn;01.04.2026;aktiv",
            "1044;Tegtmeier;Jan;30.06.2003;46 300 101-08;WB Firma Zahn;01.04.2026;Azubi, optional",
            "1047;Bartels;Ingo;09.10.1968;46 300 101-09;WB Firma Zahn;15.04.2026;Eintritt 15.04."]
    body = """\
Sehr geehrte Frau Rehkopf,

anbei die Bestätigungsliste zum Gruppenvertrag 46 300 101 zum Abgleich mit Ihrer Personalliste. Die Versicherungskarten gehen diese Woche direkt an die Privatanschriften.

Mit freundlichen Grüßen
Mehmet Aksoy
""" + sig("aksoy")
    m = new(addr("aksoy"), "Sandra Rehkopf <personal@holtkamp-metallbau.example>",
            "Gruppenvertrag 46 300 101 – Bestätigungsliste", "2026-04-02 11:45", body)
    return att(m, "\r\n".join(rows) + "\r\n", "Bestaetigung_46300101_2026-04.csv", charset="utf-8")


# ---- 0085
@mail("CONFIDENTIAL", "en", "internal",
      "internal referral of a named customer's motor theft claim to the special investigations unit: plate, VIN, purchase price, suspicious facts (no conviction)")
def _():
    body = """\
Hi Owen,

I'd like to refer a theft claim to SIU. Facts so far:

Claim: KS-2026-0061533, comprehensive policy KF 9920 1147
Policyholder: Kevin Schröer, Hausberger Straße 12, 32457 Porta Westfalica
Vehicle: BMW 530d Touring, MI-KS 530, VIN WBAJS71090B552781, bought 2 April 2026 for EUR 41,900 (private sale, cash)
Reported stolen: 16 April 2026 from the street outside his home

What made me stop:
- the policy started on 3 April, the theft was reported 13 days later
- he could only hand in one key; says the second key "was never handed over" by the seller, but the purchase contract lists 2 keys
- a car with the same colour, equipment and mileage was offered on a Polish classifieds site on 19 April (screenshot in the file)
- the seller named in the contract can't be reached at the given address

None of this proves anything, and Mr Schröer has been polite and cooperative. I'd just like SIU to check the seller and the listing before we pay. I've told him that theft claims usually take 4–6 weeks.

Thanks
Henrik
""" + sig("stallmann", footer=False)
    return new(addr("stallmann"), f"Owen Price <owen.price@{D}>", "SIU referral – KS-2026-0061533",
               "2026-04-28 09:14", body, lang="en-GB")


# ---- 0086
@mail("NORMAL", "en", "insurer-to-partner",
      "trap: auditors' request list for the year-end audit (claims reserves, premium adjustments, sampling method); no samples or personal data yet")
def _():
    body = """\
Dear Katharina,

thank you for the PBC list for the 2025 audit. We've gone through it and have the following comments:

Item 14 (claims reserves health, IBNR): the run-off triangles by treatment year will be in the data room by 27 February.
Item 17 (premium adjustment 2026): trustee approval letters and the actuarial documentation for WB Komfort 2 and KT 43 are ready; the letters to members are standard templates, we'll upload one blank template per tariff.
Item 21 (claims sample, 40 items): please send us the random seed and selection criteria; we will draw the sample ourselves and provide the files in the data room, not by e-mail. The files contain health data, so only the two members of your team named in the engagement letter will get access, and access is logged.
Item 30 (bank confirmations): requested from all five banks on 12 February.

Could we also agree on a date for the interim closing meeting? I'd suggest the week of 23 March.

Kind regards
Rebecca Thorne
""" + sig("thorne")
    return new(addr("thorne"), "Katharina Vennekamp <k.vennekamp@hallstroem-audit.example>",
               "PBC list FY 2025 – our comments", "2026-02-13 10:40", body, lang="en-GB")


# ---- 0087
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "disability (BU) claim of a named insured: the attached PDF questionnaire is pre-filled with her herniated disc, incapacity and doctors")
def _():
    p = pdf([
        ("B", "Weserbogen Lebensversicherung AG – Fragebogen zur Berufsunfähigkeit (Teil A, vorausgefüllt)"),
        "Leistungsfall BU-2026-0117 / Vertrag LV 5508 2214 (SBU, vereinbarte Rente 1.500 EUR monatlich)",
        "",
        ("B", "1. Angaben zur versicherten Person"),
        "Name: Nadine Esch    Geburtsdatum: 19.04.1980    Anschrift: Ulmenweg 3, 32312 Lübbecke",
        "Zuletzt ausgeübter Beruf: Altenpflegerin, Vollzeit (38,5 Std.), Seniorenzentrum Am Wiehen",
        "",
        ("B", "2. Angaben zur Erkrankung (laut Ihrer Meldung vom 21.01.2026)"),
        "Erkrankung: Bandscheibenvorfall L5/S1 mit Ausstrahlung ins linke Bein, Operation (Nukleotomie) am 08.12.2025",
        "Arbeitsunfähig seit: 03.11.2025",
        "Behandelnde Ärzte: Dr. med. Jörg Vennemann (Orthopädie), Klinikum am Lindenbrink (Neurochirurgie),",
        "Dr. med. Kerstin Fahrenkamp (Hausärztin)",
        "Reha: Anschlussheilbehandlung Wiehengebirgsklinik 05.01.–26.01.2026",
        "",
        ("B", "3. Bitte noch ergänzen"),
        "a) Beschreibung eines typischen Arbeitstages mit Zeitanteilen (Heben/Lagern, Grundpflege, Dokumentation)",
        "b) Welche Tätigkeiten können Sie derzeit nicht oder nur eingeschränkt ausüben?",
        "c) Weitere Ärzte und Therapeuten der letzten fünf Jahre",
        "d) Schweigepflichtentbindung (Formular S1, Einzelermächtigung je Arzt möglich)",
        "",
        "Bitte senden Sie den Fragebogen unterschrieben an uns zurück. Die Angaben werden ausschließlich zur "
        "Prüfung des Leistungsanspruchs verwendet.",
    ], title="BU-2026-0117 Fragebogen", author="Weserbogen Lebensversicherung", date="20260204100000")
    body = """\
Sehr geehrte Frau Esch,

vielen Dank für Ihre Meldung. Wir haben Ihren Antrag auf Leistungen aus Ihrer Berufsunfähigkeitsversicherung unter der Nummer BU-2026-0117 angelegt.

Damit wir zügig entscheiden können, habe ich den Fragebogen mit den Angaben aus Ihrer Meldung vorausgefüllt. Bitte prüfen Sie ihn, ergänzen Sie die offenen Punkte unter 3 und schicken Sie ihn unterschrieben zurück – gern als Scan.

Die Arztberichte fordern wir dann mit Ihrer Einwilligung selbst an; Kosten entstehen Ihnen dadurch nicht.

Mit freundlichen Grüßen
Lukas Pohlmann
""" + sig("pohlmann")
    m = new(addr("pohlmann"), "Nadine Esch <nadine.esch@webpost.example>",
            "Ihr Leistungsantrag BU-2026-0117 – Fragebogen", "2026-02-04 10:12", body)
    return att(m, p, "BU-2026-0117_Fragebogen_Teil_A.pdf")


# ---- 0088
@mail("CONFIDENTIAL", "de", "insurer-to-partner",
      "request to a previous motor insurer to confirm a named customer's no-claims class: birth date, previous policy and plate")
def _():
    body = """\
Sehr geehrte Damen und Herren,

Herr Ole Petersen hat bei uns zum 01.03.2026 eine Kfz-Versicherung abgeschlossen und uns mit der Übertragung seines Schadenfreiheitsrabatts beauftragt. Bitte bestätigen Sie uns den Schadenverlauf des Vorvertrags.

  Versicherungsnehmer: Ole Petersen, geb. 12.02.1990
  Anschrift: Deichstraße 7, 32469 Petershagen
  Ihr Vertrag: KH-4471-998203 (Pkw, Kennzeichen MI-OP 90)
  Vertragsende bei Ihnen: 28.02.2026
  Unser Vertrag: KF 1120 8874
  angegebene SF-Klasse Haftpflicht/Vollkasko: SF 12 / SF 10, keine Schäden 2023–2025

Die Bescheinigung gern über das GDV-Verfahren oder an diese Adresse. Vielen Dank!

Mit freundlichen Grüßen
Henrik Stallmann
""" + sig("stallmann")
    return new(addr("stallmann"), "Vertragsservice Kraftfahrt <kraftfahrt@hansekontor-versicherung.example>",
               "SF-Anfrage Ole Petersen – Ihr Vertrag KH-4471-998203", "2026-03-04 10:58", body)


# ---- 0089
@mail("NORMAL", "de", "insurer-to-partner",
      "trap: talks with the house bank about direct-debit return rates and fees; monthly aggregates and the company's own account only")
def _():
    body = """\
Sehr geehrter Herr Niederbröker,

vielen Dank für das Gespräch letzte Woche. Wie vereinbart, hier unsere Zahlen zum Lastschrifteinzug über das Konto der Weserbogen Krankenversicherung a.G. (IBAN DE44 4905 0101 8028 1906 87):

                     Lastschriften   Rückgaben   Quote
  Oktober 2025            148.220        1.318   0,89 %
  November 2025           147.905        1.402   0,95 %
  Dezember 2025           148.611        1.710   1,15 %
  Januar 2026             151.880        2.214   1,46 %
  Februar 2026            151.402        1.366   0,90 %

Der Anstieg im Januar hängt erwartungsgemäß mit der Beitragsanpassung zusammen (Widersprüche und geänderte Beträge). Den größten Teil der Rückgaben machen MD06 (Widerspruch) und AM04 (Deckung) aus.

Bei diesen Volumina halten wir das Entgelt von 3,50 EUR je Rückgabe für nicht mehr marktgerecht. Wir würden gern über 2,20 EUR sprechen, ebenso über eine Umstellung der Rückgabe-Avise von PDF auf camt.054.

Ich freue mich auf Ihren Vorschlag.

Mit freundlichen Grüßen
Kerstin Auffenberg
""" + sig("auffenberg")
    return new(addr("auffenberg"), "Frank Niederbröker <frank.niederbroeker@bastau-sparkasse.example>",
               "Lastschriftrückgaben – Zahlen und Konditionen", "2026-03-12 14:31", body)


# ---- 0090
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "surrender value quote for a named customer's endowment life policy: values, tax note, alternatives (life line)")
def _():
    body = """\
Dear Mrs MacLeod,

as requested on the phone, here is the surrender value of your endowment policy.

Policy: LV 6612 0387 (endowment, start 1 June 2009, maturity 1 June 2034)
Sum insured on maturity: EUR 60,000 plus bonuses
Surrender value as of 1 June 2026: EUR 38,412.55
  of which guaranteed: EUR 33,980.10
  bonuses and participation in valuation reserves: EUR 4,432.45
Premiums paid until then: EUR 35,910.00

Tax: because the policy started after 2004, the difference between surrender value and premiums paid (EUR 2,502.55) is taxable. Because the policy has run for more than 12 years and you are over 62, only half of it is taxed at your personal rate. We will deduct withholding tax unless you send us a certificate of exemption (Freistellungsauftrag).

Before you decide, two alternatives:
- Paid-up policy: you stop paying premiums, the policy continues with a reduced maturity benefit of about EUR 44,600 in 2034.
- Policy loan: up to EUR 30,000 against the policy at 4.2 % interest; the policy continues unchanged.

Surrendering now would mean losing the final bonus of currently about EUR 5,100. I'd be happy to go through the options with you.

Kind regards
Dagmar Finke
""" + sig("finke")
    return new(addr("finke"), "Fiona MacLeod <fiona.macleod@fastmail-post.example>",
               "Surrender value of your policy LV 6612 0387", "2026-05-04 11:37", body, lang="en-GB")


# ---- 0091
@mail("NORMAL", "de", "internal",
      "trap: work instruction (DOCX) for cost approvals of medical aids: thresholds, reviewers, process; no case data")
def _():
    d = docx([
        ("h", "Arbeitsanweisung AA-KV-17: Kostenzusagen für Hilfsmittel"),
        "Gültig ab 01.05.2026 | Version 4.0 | Verantwortlich: Teamleitung Kostenzusagen stationär & Hilfsmittel",
        ("h", "1. Geltungsbereich"),
        "Diese Anweisung gilt für alle Anträge auf Kostenzusage für Hilfsmittel in der Krankheitskostenvollversicherung (Tarifgenerationen Komfort, Premium, Basis Plus, Global). Pflegehilfsmittel der PPV regelt AA-PV-03.",
        ("h", "2. Wertgrenzen und Zuständigkeiten"),
        ("table", [["Kostenvoranschlag", "Prüfung durch", "Beratungsarzt", "Freigabe"],
                   ["bis 1.000 EUR", "Sachbearbeitung", "nein", "Sachbearbeitung"],
                   ["1.000 bis 5.000 EUR", "Sachbearbeitung", "bei Zweifeln an der Notwendigkeit", "Sachbearbeitung"],
                   ["5.000 bis 15.000 EUR", "Spezialist/in", "ja", "Teamleitung"],
                   ["über 15.000 EUR", "Spezialist/in", "ja, ggf. externes Gutachten", "Abteilungsleitung"]]),
        ("h", "3. Ablauf"),
        "3.1 Eingang prüfen: ärztliche Verordnung mit Diagnose, Kostenvoranschlag mit Hilfsmittelnummer, bei Wiederversorgung Alter des Vorgängerhilfsmittels.\n3.2 Tarif prüfen: Ist das Hilfsmittel im abschließenden Katalog enthalten? Gibt es Höchstbeträge oder Zeiträume (z. B. Hörgeräte 5 Jahre, Sehhilfen 2 Jahre)?\n3.3 Preis prüfen: Vergleich mit Referenzpreisen der Preisdatenbank; bei Abweichung über 20 % zweites Angebot anfordern oder Versorgung über Vertragspartner anbieten.\n3.4 Zusage schreiben: Textbausteine HM-01 bis HM-09. Betrag, Gültigkeit (6 Monate) und Eigenanteil immer ausdrücklich nennen.",
        ("h", "4. Fristen"),
        "Entscheidung binnen 10 Arbeitstagen nach Vollständigkeit der Unterlagen. Bei Ablehnung oder Teilablehnung immer mit Begründung und Hinweis auf den Ombudsmann.",
        ("h", "5. Datenschutz"),
        "Verordnungen und Kostenvoranschläge enthalten Gesundheitsdaten. Rückfragen bei Leistungserbringern nur mit Schweigepflichtentbindung; Versand nur verschlüsselt oder über das Partnerportal.",
    ], creator="Serkan Yildiz", when=(2026, 4, 27, 8, 30, 0), created="2026-04-27T06:30:00Z")
    body = """\
Hallo zusammen,

anbei die überarbeitete Arbeitsanweisung für die Hilfsmittel-Zusagen, gültig ab 01.05. Neu sind vor allem die Wertgrenzen in Abschnitt 2 (bisher 3.000 / 10.000 EUR) und der Preisvergleich in 3.3.

Bitte lest sie bis zur Teambesprechung am Mittwoch. Fragen gern vorher an mich.

Grüße
Serkan
""" + sig("yildiz", footer=False)
    m = new(addr("yildiz"), f"Team Kostenzusagen <kostenzusagen@{D}>", "Neue AA-KV-17 Hilfsmittel ab 01.05.",
            "2026-04-27 08:41", body)
    return att(m, d, "AA-KV-17_Hilfsmittel_v4.0.docx")


# ---- 0092
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "cyber insurance claim of a named sole trader (ransomware): policy and claim numbers, incident costs, business interruption; no health")
def _():
    body = """\
Dear Ms Adeyemi,

I'm sorry to hear about the ransomware attack on your studio. Here's a summary of where we stand.

Policy: CY 0318 5540 (cyber insurance for freelancers), policyholder Funmi Adeyemi, graphic design, Obermarktstraße 9, 32423 Minden
Claim number: CY-2026-0009
Incident: encryption of the office NAS and two laptops, discovered on 9 March 2026 at 8:15 am, ransom note demanding 0.4 BTC

What we have already arranged:
- Our incident response partner (Cyberwache OWL) connected remotely at 10:30 am and isolated the devices. Their cost is covered in full.
- Backups from 6 March on your external drive are clean; restoration started this afternoon.
- Please do not pay the ransom. The policy does not require it, and restoration looks feasible.

What we need from you:
1. A list of client projects that were delayed, with the invoice amounts you expected in March – for the business interruption cover (up to EUR 25,000, waiting period 12 hours).
2. A short written statement whether client personal data was on the NAS. If yes, Cyberwache will help you decide whether you need to notify the data protection authority within 72 hours (deadline: 12 March, 8 am).

I'll call you tomorrow at 9.

Kind regards
Kai-Uwe Hollmann
""" + sig("hollmann")
    return new(addr("hollmann"), "Funmi Adeyemi <studio@adeyemi-design.example>",
               "Your cyber claim CY-2026-0009 – next steps", "2026-03-09 17:22", body, lang="en-GB")


# ---- 0093
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "motor liability claim with a named injured third party: whiplash, sick leave, physiotherapy, pain-and-suffering reserve (health data outside the personal lines)")
def _():
    body = """\
Hallo Kai-Uwe,

ich gebe dir den Personenschaden aus KS-2026-0038120 zur weiteren Bearbeitung, weil die Anwältin der Geschädigten jetzt Schmerzensgeld fordert.

Unser VN: Thomas Redeker, KF 4410 2296, Auffahrunfall am 27.02.2026 auf der B 61 in Bad Oeynhausen, Haftung 100 % bei uns.

Geschädigte: Frau Yasemin Öztürk, geb. 08.11.1994, Beifahrerin im vorausfahrenden Fahrzeug
- Diagnose laut Durchgangsarztbericht Kurpark-Klinikum Bad Oeynhausen vom 27.02.: HWS-Distorsion (S13.4), Prellung linke Schulter
- arbeitsunfähig 27.02.–27.03.2026 (Verkäuferin, Lohnfortzahlung durch den Arbeitgeber, Regress folgt vermutlich)
- 12 x Physiotherapie verordnet, läuft noch
- Forderung der Kanzlei Reuter & Bahlmann: Schmerzensgeld 3.500 EUR, Haushaltsführungsschaden 1.120 EUR, Fahrtkosten

Mein Vorschlag für die Reserve: Schmerzensgeld 2.000 EUR, HHF nach Vorlage der Nachweise, Verdienstausfall-Regress AG ca. 2.400 EUR. Der Sachschaden ist bereits abgerechnet.

Akte liegt digital im Schadensystem, Ordner "Personenschaden".

Danke
Henrik
""" + sig("stallmann", footer=False)
    return new(addr("stallmann"), addr("hollmann"), "Übergabe Personenschaden KS-2026-0038120",
               "2026-04-01 10:06", body)


# ---- 0094
@mail("NORMAL", "de", "insurer-to-customer",
      "trap: HTML-only automatic acknowledgement of a contact form with a ticket number, no content, no contract data")
def _():
    html = """\
<html><head><meta charset="utf-8"></head>
<body style="font-family:Verdana,Arial,sans-serif;font-size:13px;color:#222">
<p>Guten Tag,</p>
<p>vielen Dank für Ihre Nachricht über unser Kontaktformular. Wir haben sie unter der Vorgangsnummer <b>KF-260414-8837</b> erhalten und melden uns in der Regel innerhalb von zwei Arbeitstagen.</p>
<p>Bitte haben Sie Verständnis dafür, dass wir Ihnen aus Datenschutzgründen keine Inhalte Ihrer Anfrage per E-Mail bestätigen. Unterlagen wie Rechnungen oder Arztberichte laden Sie bitte in der Weserbogen-App oder im Mitgliederportal hoch.</p>
<p>Freundliche Grüße<br>Ihr Kundenservice der Weserbogen Versicherungsgruppe</p>
<hr style="border:none;border-top:1px solid #ccc">
<p style="font-size:11px;color:#777">Diese E-Mail wurde automatisch versendet. Antworten an diese Adresse werden nicht gelesen.<br>
Weserbogen Versicherungsgruppe · Weserbogenallee 12 · 32423 Minden · <a href="https://www.weserbogen.example/kontakt">www.weserbogen.example/kontakt</a></p>
</body></html>
"""
    return new(f"Weserbogen Kundenservice <noreply@{D}>", "sabine.rethemeier@quickpost.example",
               "Ihre Nachricht ist bei uns eingegangen (KF-260414-8837)", "2026-04-14 19:22:07", html=html,
               mailer=None, charset="utf-8")


# ---- 0095
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "payment reminder for a named customer's household contents premium (non-personal line): policy number, arrears, loss of cover warning")
def _():
    body = """\
Sehr geehrter Herr Kleinschmidt,

für Ihre Hausratversicherung HR 5120 3374 ist der Jahresbeitrag 2026 noch offen:

  Jahresbeitrag ab 01.02.2026     176,40 EUR
  Mahnkosten                        2,50 EUR
  offen                           178,90 EUR

Die Lastschrift vom 02.02. wurde von Ihrer Bank nicht eingelöst. Bitte überweisen Sie den Betrag innerhalb von zwei Wochen nach Zugang dieser Mahnung auf das unten angegebene Konto.

Wichtig: Zahlen Sie nicht innerhalb dieser Frist, besteht für Versicherungsfälle nach Fristablauf kein Versicherungsschutz (§ 38 VVG). Außerdem können wir den Vertrag dann kündigen.

Zahlungsempfänger: Weserbogen Allgemeine Versicherung AG
IBAN: DE02 4906 0127 0241 0416 59
Verwendungszweck: HR51203374 / Mahnung 1

Falls Sie inzwischen gezahlt haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.

Mit freundlichen Grüßen
Ihr Beitragsservice Allgemeine
Telefon 0571 9480-3000

""" + FOOT["ag"] + "\n"
    return new(f"Weserbogen Beitragsservice <beitragsservice-allgemeine@{D}>",
               "Uwe Kleinschmidt <uwe.kleinschmidt@t-net.example>",
               "Zahlungserinnerung Hausratversicherung HR 5120 3374", "2026-02-23 07:45", body,
               charset="iso-8859-1", cte="quoted-printable", mailer="Weserbogen Korrespondenz 7.2")


# ---- 0096
@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "underwriting discussion about a named expat applicant with type 2 diabetes (E11.9), HbA1c, medication and proposed surcharge")
def _():
    quoted = gt("""\
On 2026-05-07 16:02, Jan-Philipp Brinkmann wrote:
> Claire, can you get the HbA1c history for Mr Balogun? Without it I'd have to decline.""")
    body = """\
Hi Jan-Philipp,

I have the documents now. Summary for the file:

Applicant: Olumide Balogun, born 30 September 1979, application A-KV-2026-02210, WB Global Komfort, start 1 June 2026, relocating from Lagos to Düsseldorf with his employer
Declared: type 2 diabetes since 2021 (E11.9), metformin 1000 mg twice daily, no insulin
HbA1c: 6.9 % (11/2024), 6.7 % (05/2025), 6.6 % (03/2026) – report from his GP in Lagos, translated
No known eye, kidney or nerve complications; annual eye check 01/2026 without findings
BMI 29

He'd really like to have the cover settled before he moves. Based on our guidelines I'd suggest acceptance with a 35 % surcharge on the inpatient and outpatient parts and no exclusion. Do you agree? If yes, I'll call him tomorrow before the written offer goes out.

Thanks
Claire

""" + sig("whitfield", footer=False) + "\n" + quoted + "\n"
    return new(addr("whitfield"), addr("brinkmann"), "RE: A-KV-2026-02210 Balogun – HbA1c",
               "2026-05-11 09:48", body, lang="en-GB")


# ---- 0097
@mail("NORMAL", "en", "insurer-to-supplier",
      "trap: translation order for the English version of the health tariff conditions; terminology notes only")
def _():
    body = """\
Dear Ms Harding,

please find below our order for the translation of the general terms and conditions (AVB) for our expat tariff WB Global Komfort into English. The German source (42 pages, Word) has been uploaded to your portal.

Scope: AVB Part I (MB/KK 2009 with our amendments), Part II (tariff WB Global Komfort), schedule of remedies (Heilmittelverzeichnis), schedule of aids (Hilfsmittelkatalog)
Deadline: 15 June 2026
Quote: 4-2026-188 of 24 April, accepted

Terminology notes:
- "Versicherungsnehmer" = policyholder; "versicherte Person" = insured person (not "the insured")
- "Selbstbehalt" = deductible (not "excess", that's for our P&C products)
- "Alterungsrückstellung" = ageing reserve
- "Beitragsrückerstattung" = premium refund
- "Notlagentarif" = emergency tariff – please keep the German term in brackets on first use
- diagnosis and procedure names in the schedules: please use the English ICD-10/ICD-10-GM wording, not a free translation

Please note the translation is for information only; the German text remains legally binding, which the cover page should say.

Kind regards
Claire Whitfield
""" + sig("whitfield")
    return new(addr("whitfield"), "Joanna Harding <projects@lingua-nord.example>",
               "Order: translation AVB WB Global Komfort (4-2026-188)", "2026-04-28 12:02", body, lang="en-GB")


# ---- 0098
@mail("CONFIDENTIAL", "de", "internal",
      "CSV (windows-1252) of returned motor and household debits with named customers, policy numbers, amounts and return reasons")
def _():
    rows = ["Vertrag;Sparte;Versicherungsnehmer;Fällig;Betrag;Rückgabegrund;Rückgabedatum;Maßnahme",
            "KF 6630 0481;Kfz;Niemeyer, Jens;01.05.2026;263,14;AC04 Konto erloschen;06.05.2026;neues Mandat liegt vor",
            "KF 8820 6613;Kfz;van Dijk, Jeroen;01.04.2026;311,20;MD01 kein Mandat;07.04.2026;Anschreiben 09.04.",
            "HR 5120 3374;Hausrat;Kleinschmidt, Uwe;01.02.2026;176,40;AM04 keine Deckung;06.02.2026;Mahnung 1 am 23.02.",
            "WG 3018 5527;Wohngebäude;Bökamp, Friedhelm;01.05.2026;684,90;MD06 Widerspruch;08.05.2026;Rückruf VN",
            "PH 2207 4419;Haftpflicht;Tegeler, Birgit;01.05.2026;71,88;AM04 keine Deckung;06.05.2026;Mahnung 1",
            "KF 4102 7730;Kfz;Szymanski, Marek;01.05.2026;402,15;MS03 sonstige Gründe;07.05.2026;Klärung Bank",
            "HR 6690 1123;Hausrat;Löwe, Gerda;01.05.2026;98,20;AC04 Konto erloschen;06.05.2026;Erben anschreiben"]
    csvdata = "\r\n".join(rows) + "\r\n"
    body = """\
Hallo Birte, hallo Henrik,

hier die Rücklastschriften der Allgemeine aus dem Mai-Lauf, soweit sie noch nicht von selbst erledigt sind. Die letzte Spalte ist mein Stand. Bei Frau Löwe ist der Vertrag nach dem Todesfall noch nicht beendet – Birte, kannst du das übernehmen?

Gruß
Kerstin
""" + sig("auffenberg", footer=False)
    m = new(addr("auffenberg"), f"{addr('oevermann')}, {addr('stallmann')}", "Rücklastschriften Mai – offene Fälle",
            "2026-05-11 13:20", body)
    return att(m, csvdata, "Ruecklastschriften_2026-05.csv", ctype="text/csv", charset="windows-1252")


# ---- 0099
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-assessor",
      "dental review order to an external assessor: ZIP with a named member's treatment plan (PDF) and invoice positions (CSV)")
def _():
    plan = pdf([
        ("B", "Heil- und Kostenplan (Abschrift) – Zahnarztpraxis Dr. Sabine Kuhlmann-Reese, Minden"),
        "Patient: Frank Möllenbrock, geb. 15.01.1966, Mitgliedsnummer 40 661 290",
        "Datum des Plans: 02.03.2026",
        "",
        "Befund: 14, 15, 24 fehlend; 16, 26 tief zerstört; generalisierte Parodontitis Stadium III, Grad B",
        "Planung: Extraktion 16, 26; Sinuslift rechts und links; Implantate 14, 16, 24, 26;",
        "         Brücke 14–16 und 24–26 implantatgetragen, Vollkeramik",
        "",
        "GOZ 9010 (4x, Faktor 3,5), GOZ 9120 (2x), GOZ 9100 (2x), GOZ 2200 (4x), GOZ 5070 (2x), Material/Labor",
        "Honorar geschätzt: 14.920,00 EUR    Material und Labor geschätzt: 8.115,00 EUR",
        "Gesamt: 23.035,00 EUR",
    ], title="HKP Möllenbrock 2026-03-02", author="Weserbogen Leistung Kranken", date="20260309080000")
    csvdata = ("Position;GOZ;Anzahl;Faktor;Betrag_EUR;Hinweis_Weserbogen\r\n"
               "1;9010;4;3,5;3.122,44;Faktor 3,5 ohne Begründung je Zahn\r\n"
               "2;9120;2;2,3;1.150,82;Sinuslift beidseitig – Indikation prüfen\r\n"
               "3;9100;2;3,5;1.418,70;\r\n"
               "4;2200;4;2,3;1.016,08;\r\n"
               "5;5070;2;2,3;412,18;\r\n"
               "6;PAR-Vorbehandlung;;;;nicht dokumentiert – vor Implantation erforderlich?\r\n")
    z = zipfile_bytes([("WB-GA-2026-0044/HKP_Moellenbrock.pdf", plan),
                       ("WB-GA-2026-0044/Positionen.csv", csvdata.encode("utf-8"))], when=(2026, 3, 9, 8, 10, 0))
    body = """\
Sehr geehrter Herr Dr. Aumann,

wir bitten Sie um ein zahnmedizinisches Gutachten zum beigefügten Heil- und Kostenplan (Auftrag WB-GA-2026-0044). Das ZIP-Passwort erhalten Sie wie vereinbart telefonisch.

Fragestellung:
1. Ist die geplante Versorgung medizinisch notwendig, insbesondere der beidseitige Sinuslift?
2. Ist eine abgeschlossene Parodontitistherapie vor Implantation erforderlich und ausreichend dokumentiert?
3. Sind die Steigerungsfaktoren von 3,5 nachvollziehbar?

Die Schweigepflichtentbindung des Mitglieds liegt vor. Honorar nach Rahmenvertrag, Pauschale B.

Mit freundlichen Grüßen
Tobias Reckefuß
""" + sig("reckefuss")
    m = new(addr("reckefuss"), "Dr. Ferdinand Aumann <gutachten@zahngutachten-aumann.example>",
            "Gutachtenauftrag WB-GA-2026-0044", "2026-03-09 08:22", body)
    return att(m, z, "WB-GA-2026-0044.zip")


# ---- 0100
@mail("NORMAL", "de", "internal",
      "staff anniversaries announcement with names and years of service; nothing confidential")
def _():
    body = """\
Liebe Kolleginnen und Kollegen,

im zweiten Quartal feiern diese Kolleginnen und Kollegen ein Dienstjubiläum – herzlichen Glückwunsch und danke für die Treue!

40 Jahre
  Hannelore Rüsing, Poststelle

25 Jahre
  Martin Dröge, Mitgliederservice Kranken
  Birgit Kottmeier, Rechnungswesen

10 Jahre
  Serkan Yıldız, Kostenzusagen
  Janine Steinmeier, Anwendungsentwicklung
  Dr. Holger Pietsch, Aktuariat

Die Jubiläumsfeier mit dem Vorstand findet am 2. Juli um 15 Uhr im Casino statt; die Jubilarinnen und Jubilare erhalten eine gesonderte Einladung.

Viele Grüße
Petra Lahrmann
""" + sig("lahrmann", footer=False)
    return new(addr("lahrmann"), f"Alle Mitarbeitenden <alle@{D}>", "Dienstjubiläen im 2. Quartal",
               "2026-04-01 09:30", body)


# ---- 0101
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "pet health claim of a named customer (cat dental surgery): policy and claim numbers, vet invoice, partial payment; animal, not human health")
def _():
    body = """\
Dear Ms Frost,

thank you for sending Miso's invoice from Tierarztpraxis Rodenbeck.

Policy: TK 5501 2280 (pet health, cat), claim TS-2026-0012207
Invoice of 22 April 2026: EUR 486.20
  general anaesthesia, dental X-rays, extraction of two teeth, scaling, pain relief

Your tariff "Katze Basis" covers surgery under general anaesthesia, but dental treatment only after an accident. The extraction was needed because of resorptive lesions, not an accident, so we can only pay the parts that the conditions allow: anaesthesia and pain relief, EUR 168.40, less your excess of EUR 50 = EUR 118.40.

I know that's less than you hoped. If dental care is important to you for the future, our "Katze Plus" tariff includes dental treatment up to EUR 300 a year; switching is possible from the next policy anniversary (1 August), with a waiting period of three months for dental.

The payment goes to your account ending 3163 in the next few days.

Kind regards
Birte Oevermann
""" + sig("oevermann")
    return new(addr("oevermann"), "Eleanor Frost <eleanor.frost@fjordpost.example>",
               "Miso's dental treatment – claim TS-2026-0012207", "2026-04-29 15:51", body, lang="en-GB")


# ---- 0102
@mail("NORMAL", "en", "insurer-to-partner",
      "trap: framework agreement for direct billing with a foreign hospital: invoice requirements, rates, payment terms; no patient")
def _():
    body = """\
Dear Ms Rahman,

following our call, here are the main points for the direct billing agreement between Al Noor Specialist Hospital and Weserbogen Krankenversicherung. Our legal team will turn them into the contract.

1. Scope: inpatient and day-case treatment of Weserbogen Global members with a valid guarantee of payment (GOP). Outpatient visits are billed to the member, not to us.
2. GOP: requested by the hospital at least 48 hours before planned admissions, within 12 hours after emergency admissions, through the Weserbogen provider portal.
3. Prices: your 2026 international price list, with a discount of 12 % on room, nursing and theatre charges; implants at invoice cost plus max. 15 %.
4. Invoices: itemised, in English, in AED, with the ICD-10 diagnosis and the procedure codes (CPT or ACHI), discharge summary attached. Invoices go through the provider portal only – please don't e-mail medical documents.
5. Payment: within 30 days of a complete invoice, by bank transfer to the hospital's account in Dubai. Members' deductibles and non-covered items are collected by the hospital from the member at discharge.
6. Audit: we may review up to 5 % of invoices per year with medical records, on site or through the portal.

Could you send us your 2026 price list and the hospital's licence details? Then our legal team can prepare the draft for June.

Kind regards
Claire Whitfield
""" + sig("whitfield")
    return new(addr("whitfield"), "Nadia Rahman <payer.relations@alnoor-hospital.example>",
               "Direct billing agreement – key points", "2026-05-06 10:18", body, lang="en-GB")


# ---- 0103
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "occupational reintegration (BEM) of a named employee: weeks of sick leave, knee operation and rehab, graduated return plan")
def _():
    body = """\
Hallo Herr Schnittker,

Frau Katja Homeier aus Ihrem Team war in den letzten zwölf Monaten mehr als sechs Wochen arbeitsunfähig. Wir haben ihr deshalb ein Betriebliches Eingliederungsmanagement angeboten; sie hat zugestimmt und möchte ausdrücklich, dass Sie als Teamleiter am Gespräch teilnehmen.

Was Frau Homeier uns selbst mitgeteilt hat und was Sie wissen dürfen:
- Sie hatte im Februar eine Knieoperation und war anschließend drei Wochen in der Reha.
- Ihr Hausarzt empfiehlt eine stufenweise Wiedereingliederung: ab 18.05. vier Stunden täglich, ab 01.06. sechs Stunden, ab 15.06. wieder Vollzeit.
- Längeres Stehen und Treppen sind vorerst schwierig; der Arbeitsplatz im 2. OG ist über den Aufzug erreichbar, das passt.

Termin für das BEM-Gespräch: Di, 12.05., 10:00 Uhr, Raum 1.04 (Personal), Teilnehmende: Frau Homeier, Frau Dr. Rüter (Betriebsärztin), Herr Tönnies (Betriebsrat), Sie und ich.

Bitte behandeln Sie diese Informationen vertraulich und legen Sie nichts davon in Teamordnern ab. Die BEM-Akte wird getrennt von der Personalakte geführt.

Viele Grüße
Petra Lahrmann
""" + sig("lahrmann", footer=False)
    return new(addr("lahrmann"), f"Daniel Schnittker <daniel.schnittker@{D}>", "BEM-Gespräch Frau Homeier – 12.05.",
               "2026-05-05 14:02", body)


# ---- 0104
@mail("NORMAL", "de", "insurer-to-broker",
      "trap: invitation (ICS) to a broker forum on tariff changes (§ 204 VVG), premium adjustments and risk pre-checks; no client data")
def _():
    ics = "\r\n".join([
        "BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Weserbogen//Maklerbetreuung//DE", "METHOD:PUBLISH",
        "BEGIN:VEVENT", "UID:maklerforum-2026-09-17@weserbogen.example", "DTSTAMP:20260701T080000Z",
        "DTSTART;TZID=Europe/Berlin:20260917T093000", "DTEND;TZID=Europe/Berlin:20260917T163000",
        "SUMMARY:Weserbogen Maklerforum 2026", "LOCATION:Tagungszentrum Weserufer\\, Weserpromenade 3\\, 32423 Minden",
        "DESCRIPTION:Tarifwechsel nach § 204 VVG in der Beratung\\; Beitragsanpassung 2027 verständlich erklären\\; anonyme Risikovoranfrage im Maklerportal\\; bKV für kleine Betriebe. Anmeldung: https://makler.weserbogen.example/forum",
        "END:VEVENT", "END:VCALENDAR"]) + "\r\n"
    body = """\
Liebe Maklerpartnerinnen und Maklerpartner,

merken Sie sich bitte schon den 17. September vor: Unser Maklerforum 2026 findet wieder in Minden statt.

Programm
09:30  Begrüßung und Marktüberblick PKV (Matthias Kröger, Vorstand)
10:15  Tarifwechsel nach § 204 VVG – wann er sich für Ihre Kunden lohnt und wie Sie ihn haftungssicher begleiten (Marlene Vogt)
11:30  Beitragsanpassung 2027: Was wir Ihren Kunden schreiben und was Sie antworten können
13:30  Die anonyme Risikovoranfrage im Maklerportal – Praxis und Tipps aus der Antragsprüfung (Jan-Philipp Brinkmann)
14:45  bKV für kleine Betriebe ab 10 Mitarbeitenden (Mehmet Aksoy)
16:00  Get-together

Die Teilnahme ist kostenfrei und wird mit 5 Stunden Weiterbildungszeit nach IDD bestätigt. Anmeldung über das Maklerportal; den Kalendereintrag finden Sie im Anhang.

Beste Grüße
Oliver Grünewald
""" + sig("gruenewald")
    m = new(addr("gruenewald"), f"Maklerinfo Nord-West <maklerinfo-nw@lists.{D}>",
            "Save the Date: Maklerforum am 17.09.2026", "2026-07-01 10:00", body)
    return att(m, ics, "Maklerforum_2026.ics")


# ---- 0105
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "confirmation that a named customer's motor policy ends after the car was sold: policy, plate, refund to his IBAN")
def _():
    body = """\
Guten Tag Herr Krieger,

danke für die Kopie des Kaufvertrags. Ihr Kfz-Vertrag KF 3306 5518 für den Seat Leon (MI-DK 318) ist mit dem Verkauf am 30.04.2026 auf den Käufer übergegangen. Sie haben uns mitgeteilt, dass der Käufer das Fahrzeug am 04.05. auf sich umgemeldet hat; damit endet der Vertrag für Sie zum 04.05.2026.

Für die Zeit vom 05.05. bis 31.12.2026 zahlen wir Ihnen den zu viel gezahlten Beitrag zurück: 287,33 EUR. Die Überweisung geht an

  Dominik Krieger
  IBAN DE73 4805 0161 2022 5205 57

Ihr Schadenfreiheitsrabatt (SF 7) bleibt bei uns sieben Jahre gespeichert. Wenn Sie wieder ein Auto anmelden, nennen Sie einfach die alte Vertragsnummer.

Freundliche Grüße
Henrik Stallmann
""" + sig("stallmann")
    return new(addr("stallmann"), "Dominik Krieger <d.krieger@gmx-mail.example>",
               "Ihr Kfz-Vertrag KF 3306 5518 – Beendigung nach Verkauf", "2026-05-08 12:17", body)


# ---- 0106
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "accident insurance invalidity payment to a named insured: wrist fracture, permanent impairment rating, amount (accident line)")
def _():
    body = """\
Dear Ms Bennett,

we have received the final medical report from Dr. Wiebke Haarmann (hand surgery) of 28 April 2026 and can now settle your claim under your accident insurance.

Policy: UV 3308 1175, sum insured for invalidity EUR 100,000, progression 225 %
Accident: fall on black ice on 12 January 2026, Markt, Minden
Injury: fracture of the right distal radius, treated with plate osteosynthesis on 13 January 2026
Permanent impairment: restricted wrist movement and grip strength; rated at 2/10 of the value of the hand

Calculation according to the limb table (Gliedertaxe):
  hand = 55 % → 2/10 of 55 % = 11 % invalidity
  11 % of EUR 100,000 = EUR 11,000
  progression applies only above 25 % invalidity, so no increase

Payment: EUR 11,000, plus the hospital daily allowance already paid (EUR 60 x 2 days) – no further deductions.

Under the policy terms, both you and we may have the degree of invalidity re-assessed up to three years after the accident. If your wrist gets worse, please let us know.

I wish you all the best for your recovery.

Kind regards
Lukas Pohlmann
""" + sig("pohlmann")
    return new(addr("pohlmann"), "Laura Bennett <laura.bennett@quickpost.example>",
               "Your accident claim – invalidity benefit", "2026-05-13 11:30", body, lang="en-GB")


# ---- 0107
@mail("NORMAL", "en", "internal",
      "trap: summary of a data-protection impact assessment for moving the claims archive to a cloud provider; categories and measures only")
def _():
    body = """\
Dear Mr Lindemann, dear project team,

here is the summary of the DPIA for project "Archiv 2027" (migration of the health claims archive to the cloud storage of Datenwerk Ostwestfalen). The full document (v0.9) is in the project room.

Processing: long-term storage of scanned claims documents (invoices, prescriptions, medical reports, cost approvals) and correspondence of the health insurer, about 38 million pages, retention up to 10 years after contract end.

Categories of data: identification and contract data; bank data; health data (Art. 9 GDPR) incl. diagnoses; data of third parties (doctors, relatives). Data subjects: members, co-insured persons, providers.

Main risks and our rating:
- unauthorised access by provider staff: high → customer-managed keys, encryption at rest, no provider access to plaintext
- loss of availability: medium → second region, quarterly restore test
- transfer outside the EU by sub-processors: high → contractual ban, audit right, EU-only support
- over-long retention: medium → automatic deletion jobs per document class

Residual risk after measures: acceptable. Consultation of the supervisory authority is not required in my view, but I recommend informing the works council.

Open points before sign-off: final list of sub-processors, the key escrow concept, and the test report of the deletion jobs.

Best regards
Ingrid Schöning
""" + sig("schoening", footer=False)
    return new(addr("schoening"), f"Jörg Lindemann <joerg.lindemann@{D}>", "DPIA Archiv 2027 – summary",
               "2026-06-03 16:45", body, cc=f"projekt-archiv2027@{D}", lang="en-GB")


# ---- 0108
@mail("CONFIDENTIAL", "en", "internal",
      "travel expense reimbursement to a named employee's private bank account (full IBAN, amounts)")
def _():
    body = """\
Hi Tomás,

your expense report RK-2026-0412 (trip to the Cloud Summit in Amsterdam, 14–16 April) has been approved and paid:

  train Minden – Amsterdam and back           EUR 218.40
  hotel, 2 nights                               EUR 384.00
  per diem 3 days (NL rates)                    EUR 159.00
  conference dinner (not reimbursable, private) EUR   0.00
  total                                         EUR 761.40

Transfer to your private account: DE08 4306 0967 0713 9853 73, value date 30 April.

One thing for next time: the hotel invoice has to be made out to Weserbogen Versicherungsgruppe, not to you personally, otherwise we can't reclaim the VAT. No need to correct this one.

Best
Kerstin
""" + sig("auffenberg", footer=False)
    return new(addr("auffenberg"), f"Tomás Ribeiro <tomas.ribeiro@{D}>", "Your expense report RK-2026-0412",
               "2026-04-29 10:55", body, lang="en-GB")


# ---- 0109
@mail("NORMAL", "de", "internal",
      "trap: XLSX statistics of daily sickness allowance durations by ICD chapter, aggregated with small cells merged")
def _():
    rows = [["ICD-10-Kapitel", "Bezeichnung", "Leistungsfälle 2025", "Ø Leistungsdauer (Tage)", "Leistung gesamt EUR", "Anteil"],
            ["V (F00–F99)", "Psychische und Verhaltensstörungen", 214, 118.4, 2911804, "31,6 %"],
            ["XIII (M00–M99)", "Muskel-Skelett-System", 268, 61.2, 1712330, "18,6 %"],
            ["II (C00–D48)", "Neubildungen", 71, 146.9, 1398117, "15,2 %"],
            ["XIX (S00–T98)", "Verletzungen, Vergiftungen", 190, 44.7, 1004412, "10,9 %"],
            ["IX (I00–I99)", "Kreislaufsystem", 48, 73.0, 412776, "4,5 %"],
            ["sonstige", "übrige Kapitel, zusammengefasst (Zellen < 20 Fälle)", 233, 39.5, 1776804, "19,3 %"],
            ["Summe", "", 1024, 73.1, 9216243, "100,0 %"]]
    x = xlsx([("KT 2025 nach Kapitel", rows)], creator="Miriam Kasper", when=(2026, 3, 3, 11, 0, 0), created="2026-03-03T10:00:00Z")
    body = """\
Hallo Martin,

wie gewünscht die Auswertung Krankentagegeld 2025 nach Diagnosekapiteln für die Vorstandsvorlage zur KT-Anpassung. Kapitel mit weniger als 20 Leistungsfällen habe ich unter "sonstige" zusammengefasst, damit keine Rückschlüsse auf Einzelfälle möglich sind.

Auffällig ist wie im Markt der weitere Anstieg bei Kapitel V: Anteil an der Leistung 31,6 % (2024: 27,9 %), durchschnittliche Dauer fast vier Monate. Das erklärt den größten Teil des auslösenden Faktors 1,097 beim KT 43.

Viele Grüße
Miriam
""" + sig("kasper", footer=False)
    m = new(addr("kasper"), addr("droege"), "KT-Auswertung 2025 nach Diagnosekapiteln", "2026-03-03 11:04", body)
    return att(m, x, "KT_Leistungsdauer_2025_Kapitel.xlsx")


# ---- 0110
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "named member returns from the emergency tariff to her normal health tariff after paying arrears: member number, dates, premium")
def _():
    body = """\
Sehr geehrte Frau Steinkühler,

vielen Dank – Ihre Zahlung über 2.974,12 EUR ist am 22.04.2026 bei uns eingegangen. Damit sind alle rückständigen Beiträge, Säumniszuschläge und Kosten ausgeglichen.

Das bedeutet für Ihren Vertrag (Mitgliedsnummer 42 005 118):

- Das Ruhen Ihrer Krankenversicherung endet. Ab dem 01.05.2026 sind Sie wieder in Ihrem bisherigen Tarif WB Komfort 2 mit Selbstbehalt 600 EUR versichert, mit vollem Leistungsumfang.
- Eine neue Gesundheitsprüfung findet nicht statt. Der Beitrag richtet sich nach Ihrem heutigen Alter und dem Tarif: 432,18 EUR monatlich, Pflegepflichtversicherung 54,30 EUR.
- Für die Zeit im Notlagentarif (01.12.2025 bis 30.04.2026) bleibt es bei den eingeschränkten Leistungen. Rechnungen aus dieser Zeit für akute Behandlungen erstatten wir wie gewohnt.
- Der erste Beitrag im Normaltarif wird am 01.05. abgebucht. Das Lastschriftmandat ist wieder aktiv.

Es freut mich, dass es geklappt hat. Wenn es künftig einmal eng werden sollte, rufen Sie bitte frühzeitig an – eine Stundung oder Ratenzahlung ist fast immer möglich.

Mit freundlichen Grüßen
Jonas Tiemeyer
""" + sig("tiemeyer")
    return new(addr("tiemeyer"), "Mareike Steinkühler <m.steinkuehler@webpost.example>",
               "Ihr Vertrag ist ab 01.05.2026 wieder im Normaltarif", "2026-04-24 10:40", body)


# ---- 0111
@mail("NORMAL", "de", "internal",
      "rotation plan of apprentices across departments; names of colleagues and periods only")
def _():
    body = """\
Liebe Ausbildungsbeauftragte,

hier der Rotationsplan für das Ausbildungsjahr 2026/27 (Kaufleute für Versicherungen und Finanzanlagen). Änderungen bitte bis 30.06. an mich.

                 08–10/2026           11/2026–01/2027      02–04/2027          05–07/2027
Lena Meinert     Mitgliederservice KV Kfz-Schaden          Maklerbetreuung     Leistung Kranken
Jonas Prüßner    Sachschaden          Mitgliederservice KV Leistung Kranken    Vertrieb
Aylin Kaya       Leistung Kranken     Vertragsservice Leben Beitragsservice    Firmenkunden bKV
Tim Oberschelp   Beitragsservice      Leistung Kranken     Sachschaden         Mitgliederservice KV
Mara Hölscher    Vertrieb             Firmenkunden bKV     Mitgliederservice KV Kfz-Schaden
Finn Rodenbeck   Kfz-Schaden          Sachschaden          Vertrieb            Vertragsservice Leben

Berufsschule (Berufskolleg Minden-Nord) wie gewohnt montags und mittwochs, Blockunterricht im Februar.

Hinweis für die Abteilungen Leistung Kranken und Mitgliederservice KV: Die Azubis arbeiten dort nur mit Testfällen und im Vier-Augen-Prinzip; eine Einweisung in die Schweigepflicht machen wir am ersten Tag.

Viele Grüße
Petra Lahrmann
""" + sig("lahrmann", footer=False)
    return new(addr("lahrmann"), f"Ausbildungsbeauftragte <ausbildung@{D}>", "Rotationsplan Azubis 2026/27",
               "2026-06-15 08:50", body)


# ---- 0112
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "electronics insurance claim of a named customer (smartphone display): policy and claim numbers, repair cost, excess")
def _():
    body = """\
Hallo Herr Brüning,

kurze Rückmeldung zu Ihrem Handy: Der Displayschaden ist über Ihre Elektronikversicherung EL 7712 0045 versichert (Schadennummer ES-2026-0040311).

Unser Reparaturpartner Handydoktor Minden (Bäckerstraße 40) tauscht das Display für 189,00 EUR. Sie zahlen dort nur Ihre Selbstbeteiligung von 50,00 EUR, den Rest rechnet die Werkstatt direkt mit uns ab. Bringen Sie bitte diese E-Mail oder die Schadennummer mit – und sichern Sie vorher Ihre Daten.

Wenn Sie lieber zu einer anderen Werkstatt gehen möchten, geht das auch; dann erstatten wir die Rechnung bis 189 EUR abzüglich Selbstbeteiligung.

Viele Grüße
Birte Oevermann
""" + sig("oevermann")
    return new(addr("oevermann"), "Jannis Brüning <jannis.bruening@quickpost.example>",
               "Display kaputt – so geht's weiter (ES-2026-0040311)", "2026-05-26 09:08", body)


# ---- 0113
@mail("NORMAL", "en", "newsletter",
      "trap: newsletter (text and HTML) about travel vaccinations and malaria prophylaxis in expat tariffs; general information only")
def _():
    text = """\
Weserbogen Global – Health Abroad, June 2026

Travel vaccinations: what your tariff covers

Summer travel season is coming. A quick reminder of what WB Global Komfort and WB Global Premium pay for:

* Vaccinations recommended by the German Standing Committee on Vaccination (STIKO) or by the WHO for your destination – e.g. hepatitis A and B, typhoid, rabies, Japanese encephalitis, yellow fever – are covered at 100 %, including the consultation.
* Malaria prophylaxis prescribed by a doctor is covered as a medicine.
* Travel medicine consultations are covered once per trip.
* Certificates (e.g. the yellow fever certificate) are not covered, as they are administrative fees.

Tip: Many travel clinics need 4–6 weeks for a full vaccination schedule. Plan early, especially for rabies and Japanese encephalitis.

You can submit vaccination invoices like any other invoice in the Weserbogen app.

Safe travels!
Your Weserbogen Global team

Weserbogen Krankenversicherung a.G. | Weserbogenallee 12 | 32423 Minden | Germany
Unsubscribe: https://portal.weserbogen.example/newsletter/unsubscribe
"""
    html = """\
<html><body style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222;max-width:600px">
<p style="background:#0b4f6c;color:#fff;padding:14px;font-size:18px">Weserbogen Global – Health Abroad, June 2026</p>
<h2>Travel vaccinations: what your tariff covers</h2>
<p>Summer travel season is coming. A quick reminder of what WB Global Komfort and WB Global Premium pay for:</p>
<ul>
<li>Vaccinations recommended by the German Standing Committee on Vaccination (STIKO) or by the WHO for your destination – e.g. hepatitis A and B, typhoid, rabies, Japanese encephalitis, yellow fever – are covered at 100 %, including the consultation.</li>
<li>Malaria prophylaxis prescribed by a doctor is covered as a medicine.</li>
<li>Travel medicine consultations are covered once per trip.</li>
<li>Certificates (e.g. the yellow fever certificate) are not covered, as they are administrative fees.</li>
</ul>
<p><b>Tip:</b> Many travel clinics need 4–6 weeks for a full vaccination schedule. Plan early, especially for rabies and Japanese encephalitis.</p>
<p>You can submit vaccination invoices like any other invoice in the Weserbogen app.</p>
<p>Safe travels!<br>Your Weserbogen Global team</p>
<p style="font-size:11px;color:#777">Weserbogen Krankenversicherung a.G. · Weserbogenallee 12 · 32423 Minden · Germany<br>
<a href="https://portal.weserbogen.example/newsletter/unsubscribe">Unsubscribe</a></p>
</body></html>
"""
    return new(f"Weserbogen Global <global-news@{D}>", f"global-members@lists.{D}",
               "Health Abroad: travel vaccinations – what's covered", "2026-06-04 07:30", text, html=html,
               mailer="Weserbogen Mailer 3.1", cte="quoted-printable")


# ---- 0114
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "long-term care: named member assessed at care level 3, care allowance and daily care benefit amounts")
def _():
    body = """\
Dear Mrs Hollis,

the assessment of your care needs by the medical service for private long-term care insurance took place at your home on 7 April. We have now received the report and are happy to tell you the result:

Care level: 3 (Pflegegrad 3), effective from 1 March 2026 (the month of your application)
Main reasons according to the report: considerably impaired mobility after your stroke in January, and help needed with washing, dressing and preparing meals

Your benefits from 1 March 2026:
- Compulsory long-term care insurance (PPV): care allowance of EUR 599 per month, as long as you are cared for at home by your daughter; alternatively, benefits in kind for a nursing service up to EUR 1,497 per month
- Your supplementary care tariff PT 60: daily care benefit of EUR 60, i.e. EUR 1,800 for a 30-day month, paid regardless of actual costs

The back payments for March and April (EUR 1,198 and EUR 3,660) will be transferred within the week. From May, payments will arrive at the beginning of each month.

Your daughter, Ms Rachel Hollis, is entitled to a free care course and to pension contributions paid by us while she cares for you at least 10 hours a week. I've enclosed the form for that in your portal.

With best wishes
Claire Whitfield
""" + sig("whitfield")
    return new(addr("whitfield"), "Margaret Hollis <m.hollis@fastmail-post.example>",
               "Result of your care assessment", "2026-04-21 14:44", body, lang="en-GB",
               cc="Rachel Hollis <rachel.hollis@northmail.example>")


# ---- 0115
@mail("CONFIDENTIAL", "de", "insurer-to-company",
      "cargo claim of a company client with a named contact person: policy and claim numbers, damaged goods, surveyor")
def _():
    body = """\
Sehr geehrte Frau Riesmeier,

vielen Dank für die Schadenmeldung und die Fotos. Wir haben den Schaden aufgenommen:

  Versicherungsnehmerin: Wesertal Möbelwerkstätten GmbH
  Transportversicherung (Generalpolice): TV 4410 0087
  Schadennummer: TR-2026-0003
  Sendung: 14 Kolli Massivholzmöbel, Lieferschein 26-0412, Lkw der Spedition Heitbrink von Minden nach Linz (AT)
  Schaden: 5 Kolli mit Wasserschaden (Plane undicht), Warenwert laut Rechnung 18.430,00 EUR

Nächste Schritte:
1. Die Havariekommissarin Frau Mag. Eder (Linz) besichtigt die Ware am Montag beim Empfänger. Bitte sorgen Sie dafür, dass die beschädigten Möbel bis dahin nicht entsorgt werden.
2. Bitte machen Sie gegenüber der Spedition schriftlich Vorbehalt geltend (CMR Art. 30) – falls noch nicht geschehen, heute noch. Eine Vorlage hänge ich gern an, wenn Sie möchten.
3. Schicken Sie uns Handelsrechnung, CMR-Frachtbrief mit Vermerk des Empfängers und die Korrespondenz mit der Spedition.

Die Regressforderung gegen den Frachtführer übernehmen wir nach der Regulierung.

Mit freundlichen Grüßen
Kai-Uwe Hollmann
""" + sig("hollmann")
    return new(addr("hollmann"), "Anke Riesmeier <a.riesmeier@wesertal-moebel.example>",
               "Transportschaden Linz – TR-2026-0003", "2026-06-05 11:26", body)


# ---- 0116
@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: shredding order for old claims files (security level P-4, destruction certificate); no person data")
def _():
    body = """\
Guten Tag Herr Wolf,

wir beauftragen Sie gemäß Rahmenvertrag mit der Vernichtung folgender Bestände:

  Inhalt: Leistungsakten Krankenversicherung, Jahrgänge 2014 und 2015 (Aufbewahrungsfrist abgelaufen)
  Menge: ca. 40 Sicherheitsbehälter à 240 l
  Schutzklasse 3, Sicherheitsstufe P-4 nach DIN 66399
  Abholung: Mi, 24.06.2026, ab 7:30 Uhr, Warenannahme Tor 2, Ansprechpartner vor Ort: ich (Mobil 0151 2290 4471)

Bitte wie immer:
- verplombte Behälter, Plombennummern auf dem Übergabeprotokoll
- Transport direkt ins Werk, keine Zwischenlagerung
- Vernichtungsprotokoll mit Datum und Behälternummern innerhalb von 5 Arbeitstagen an mich und an datenschutz@weserbogen.example

Vielen Dank und freundliche Grüße
Sven Ebbinghaus
""" + sig("ebbinghaus")
    return new(addr("ebbinghaus"), "Andreas Wolf <auftrag@aktenwolf-entsorgung.example>",
               "Vernichtungsauftrag Leistungsakten 2014/2015 – Abholung 24.06.", "2026-06-10 09:45", body)


# ---- 0117
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "annual statement of a named customer's motor premiums for his tax return (text and HTML): policy, plate, amounts")
def _():
    text = """\
Dear Mr Walsh,

as requested, here is the statement of the motor insurance premiums you paid in 2025, for your German tax return (Anlage Vorsorgeaufwand, line "Kfz-Haftpflicht").

Policyholder: Conor Walsh, Simeonstraße 3, 32423 Minden
Policy: KF 5590 7713, vehicle Ford Focus, MI-CW 259
Period: 1 January – 31 December 2025

  Motor third-party liability (tax-deductible)   EUR 412.30
  Comprehensive cover (not deductible)           EUR 288.40
  Total paid                                     EUR 700.70

Please note that only the third-party liability part can be claimed. If you use the car for business, your tax adviser may treat it differently.

Kind regards
Your Weserbogen premium service
"""
    html = """\
<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear Mr Walsh,</p>
<p>as requested, here is the statement of the motor insurance premiums you paid in 2025, for your German tax return (Anlage Vorsorgeaufwand, line "Kfz-Haftpflicht").</p>
<table cellpadding="4" style="border-collapse:collapse;font-size:13px">
<tr><td>Policyholder</td><td>Conor Walsh, Simeonstraße 3, 32423 Minden</td></tr>
<tr><td>Policy</td><td>KF 5590 7713, vehicle Ford Focus, MI-CW 259</td></tr>
<tr><td>Period</td><td>1 January – 31 December 2025</td></tr>
<tr><td>Motor third-party liability (tax-deductible)</td><td align="right">EUR 412.30</td></tr>
<tr><td>Comprehensive cover (not deductible)</td><td align="right">EUR 288.40</td></tr>
<tr><td><b>Total paid</b></td><td align="right"><b>EUR 700.70</b></td></tr>
</table>
<p>Please note that only the third-party liability part can be claimed. If you use the car for business, your tax adviser may treat it differently.</p>
<p>Kind regards<br>Your Weserbogen premium service</p>
</body></html>
"""
    return new(f"Weserbogen Beitragsservice <beitragsservice-allgemeine@{D}>", "Conor Walsh <conor.walsh@polder-post.example>",
               "Your motor premiums 2025 – statement for the tax return", "2026-03-02 10:31", text, html=html,
               mailer="Weserbogen Korrespondenz 7.2", lang="en-GB")


# ---- 0118
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
      "query to a dentist about fee factors on a named member's invoice: root canal and filling positions by tooth, consent on file")
def _():
    body = """\
Sehr geehrte Frau Dr. Kuhlmann-Reese,

Ihre Patientin Frau Dr. Almut Heidbrink (Mitgliedsnummer 40 771 652) hat uns Ihre Rechnung Nr. 2026-0611 vom 14.05.2026 eingereicht. Eine Schweigepflichtentbindung für Rückfragen bei Ihrer Praxis liegt uns vor.

Zu folgenden Positionen bitten wir um eine Begründung nach § 10 Abs. 3 GOZ, da der Schwellenwert überschritten ist und die Rechnung nur "erhöhter Zeitaufwand" nennt:

  Zahn 27: GOZ 2410 (Aufbereitung, 3 Kanäle), Faktor 3,5
  Zahn 27: GOZ 2440 (Wurzelkanalfüllung, 3 Kanäle), Faktor 3,5
  Zahn 25: GOZ 2120 (Kompositfüllung mehrflächig), Faktor 3,0

Hilfreich wäre eine kurze patientenbezogene Begründung, etwa zu Kanalanatomie, Obliterationen oder zur Zahl der Sitzungen. Der übrige Teil der Rechnung ist bereits erstattet.

Gern können Sie die Begründung über das Praxisportal hochladen; eine Mitteilung per Fax an 0571 9480-2399 ist ebenfalls möglich.

Mit freundlichen Grüßen
Tobias Reckefuß
""" + sig("reckefuss")
    return new(addr("reckefuss"), "Zahnarztpraxis Dr. Kuhlmann-Reese <info@zahnarzt-kuhlmann-reese.example>",
               "Rückfrage zu Rechnung 2026-0611 – Frau Dr. Heidbrink", "2026-05-27 15:02", body)


# ---- 0119
@mail("NORMAL", "en", "insurer-to-partner",
      "trap: exchange of S/MIME domain certificates with the assistance company; fingerprints and validity only")
def _():
    body = """\
Hi Marcel,

our domain certificate for weserbogen.example will be renewed on 30 June. From that date our gateway signs and encrypts with the new certificate:

  Subject: CN=weserbogen.example, O=Weserbogen Versicherungsgruppe, C=DE
  Issuer: CN=Example Trust S/MIME CA 3
  Valid: 2026-06-30 to 2028-06-29
  SHA-256 fingerprint: 4E:19:A2:7C:0B:D3:55:8F:61:E2:9A:4D:C7:30:BB:12:95:6F:0E:84:D1:2A:73:C9:58:E6:01:3F:AE:47:B8:2D

Please import it on your side before 30 June (the .cer file is on our public key server at https://keys.weserbogen.example/domain/2026.cer). The old certificate stays valid until 15 July, so there's an overlap of two weeks.

Could you also send me your current certificate? The one we have for globeassist.example expires on 12 August.

Once both sides are set, could we do a test exchange on 1 July around 10 am? A mail with "Test" in the body is enough – please no real case data in the test.

Thanks
Felix
""" + sig("nolting", footer=False)
    return new(addr("nolting"), "Marcel Fontaine <it-security@globeassist.example>",
               "Domain certificate renewal 30 June – please import", "2026-06-16 11:20", body, lang="en-GB")


# ---- 0120
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "base64-encoded body: a named customer's contents policy moved to his new address with new floor space, sum insured and premium")
def _():
    body = """\
Guten Tag Herr Wehmeier,

vielen Dank für Ihre Umzugsmitteilung. Wir haben Ihre Hausratversicherung HR 7781 0020 auf die neue Wohnung umgestellt:

  neue Anschrift ab 01.06.2026: Stiftsallee 19, 32425 Minden
  Wohnfläche: 94 qm (bisher 68 qm)
  Versicherungssumme: 61.100 EUR (650 EUR je qm, Unterversicherungsverzicht)
  neuer Jahresbeitrag: 163,70 EUR (bisher 118,40 EUR), anteilig ab 01.06.

Während des Umzugs waren beide Wohnungen bis zu zwei Monate gleichzeitig versichert – falls in der alten Wohnung in der Blumenstraße noch etwas passiert, melden Sie sich bitte bei uns.

Den Nachtrag zum Versicherungsschein schicken wir Ihnen per Post. Den Mehrbeitrag für dieses Jahr (26,43 EUR) buchen wir am 01.07. von Ihrem Konto ab.

Freundliche Grüße
Birte Oevermann
""" + sig("oevermann")
    return new(addr("oevermann"), "Patrick Wehmeier <p.wehmeier@gmx-mail.example>",
               "Ihre neue Wohnung – Hausratversicherung HR 7781 0020", "2026-05-29 13:14", body,
               cte="base64")


# ---- 0121
@mail("NORMAL", "de", "internal",
      "trap: test cases for the premium calculation with fictitious persons (Max Mustermann), birth dates and a published example IBAN")
def _():
    rows = ["Testfall;Person;Geburtsdatum;Tarif;Selbstbehalt;Beitrag_alt;Beitrag_neu_erwartet;IBAN;Bemerkung",
            "BAP27-001;Max Mustermann (fiktiv);01.01.1980;WB Komfort 2;600;431,20;469,58;DE89 3704 0044 0532 0130 00;Standardfall",
            "BAP27-002;Erika Musterfrau (fiktiv);12.08.1964;WB Komfort 2;0;598,40;651,66;DE89 3704 0044 0532 0130 00;ohne SB",
            "BAP27-003;Erika Musterfrau (fiktiv);12.08.1959;WB Premium 1;300;802,10;843,79;DE89 3704 0044 0532 0130 00;Limitierung ab 65 nicht aktiv",
            "BAP27-004;Max Mustermann jun. (fiktiv);01.01.1956;WB Premium 1;300;911,55;941,85;DE89 3704 0044 0532 0130 00;Limitierung ab 65 aktiv",
            "BAP27-005;Testperson Notlage (fiktiv);30.06.1975;Notlagentarif;0;112,40;112,40;;keine Anpassung im NLT",
            "BAP27-006;Testperson KT (fiktiv);15.03.1988;KT 43 (100 EUR);0;48,30;51,20;;KT separat"]
    body = """\
Hallo zusammen,

für die Abnahme der neuen Beitragsberechnung (BAP 2027) habe ich die ersten sechs Testfälle ins Testsystem T2 eingespielt. Die Datei hängt an, damit ihr die erwarteten Werte gegen eure Nachrechnung prüfen könnt.

Wie immer: alles fiktive Personen aus unserem Testdatenkatalog, die IBAN ist die öffentliche Beispiel-IBAN. Bitte keine Echtdaten ins T2 kopieren, auch nicht "nur kurz zum Vergleichen".

Auffällig bisher: BAP27-004 rechnet die Limitierung doppelt (Differenz 3,12 EUR). Ticket ist angelegt (DEV-4471).

Viele Grüße
Janine
""" + sig("steinmeier", footer=False)
    m = new(addr("steinmeier"), f"{addr('kasper')}, {addr('brueggemann')}", "Testfälle BAP 2027 – Runde 1",
            "2026-08-20 10:15", body)
    return att(m, "\r\n".join(rows) + "\r\n", "Testfaelle_BAP27_Runde1.csv")


# ---- 0122
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "HTML-only mail; the table names a co-insured child's ear infection (H66.9), clinic visits and antibiotic with reimbursed amounts")
def _():
    html = """\
<html><head><meta charset="utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt;color:#1f1f1f">
<p>Dear Ms Andersson,</p>
<p>your claim 2026-KL-402217 has been settled. Please find the details below.</p>
<table border="1" cellspacing="0" cellpadding="5" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#e3ecf1"><th>Insured person</th><th>Date</th><th>Provider</th><th>Service / diagnosis</th><th>Invoiced</th><th>Reimbursed</th></tr>
<tr><td>Elias Andersson (co-insured, member 41 770 305-02)</td><td>03/05/2026</td><td>Södermalm Family Clinic, Stockholm</td><td>GP consultation, acute otitis media right ear (H66.9)</td><td>SEK 1,400 (EUR 123.10)</td><td>EUR 123.10</td></tr>
<tr><td>Elias Andersson</td><td>03/05/2026</td><td>Apoteket Ringen, Stockholm</td><td>Amoxicillin oral suspension 50 mg/ml, 100 ml; ibuprofen syrup</td><td>SEK 245 (EUR 21.54)</td><td>EUR 21.54</td></tr>
<tr><td>Elias Andersson</td><td>12/05/2026</td><td>Södermalm Family Clinic, Stockholm</td><td>follow-up, otoscopy, hearing test</td><td>SEK 900 (EUR 79.14)</td><td>EUR 79.14</td></tr>
<tr><td colspan="4"><b>Total</b> (exchange rate ECB of the treatment date)</td><td>EUR 223.78</td><td><b>EUR 223.78</b></td></tr>
</table>
<p>The amount will reach your account within three working days. Children's treatment is not subject to a deductible in your tariff.</p>
<p>We hope Elias is feeling better.</p>
<p>Kind regards<br>Claire Whitfield</p>
""" + sig_html("whitfield") + "</body></html>\n"
    return new(addr("whitfield"), "Sofia Andersson <sofia.andersson@fjordpost.example>",
               "Claim 2026-KL-402217 settled", "2026-05-19 09:12", html=html, lang="en-GB")


# ---- 0123
@mail("CONFIDENTIAL", "en", "insurer-to-assessor",
      "instruction of a loss adjuster for flood damage at named customers' house: address, buildings policy and claim numbers; nobody hurt")
def _():
    body = """\
Dear Peter,

please survey the following flood loss for us:

Claim: GS-2026-0044718
Policyholders: Mr Andrew and Mrs Katrin Harwood
Risk address: Lange Straße 88, 32602 Vlotho (detached house, built 1978, basement partly used as office)
Policy: WG 6604 1170, buildings incl. natural hazards (flood), sum insured value 1914 of 31,200 Mark, excess EUR 1,000
Event: Weser flood of 8–10 June 2026, water 60 cm high in the basement for about 36 hours; nobody was hurt
Reported damage: heating system (oil tank floated, small oil leak), screed and plaster in the basement, doors, electrical installation

What we need:
1. Scope and cost of drying and reinstatement, separately for the heating/oil contamination
2. Whether the basement office was built with permission (it affects the insured living space)
3. Whether the oil tank was secured against floating as required by the water authority

The contents are insured elsewhere. Please contact Mr Harwood directly on 0176 5521 0439; he speaks English and German. Mrs Harwood is abroad until 20 June.

Your fee according to our framework agreement. First report within 10 working days, please.

Kind regards
Birte Oevermann
""" + sig("oevermann")
    return new(addr("oevermann"), "Peter Lowe <p.lowe@northbridge-adjusting.example>",
               "Instruction GS-2026-0044718 – flood Vlotho", "2026-06-12 08:37", body, lang="en-GB")


# ---- 0124
@mail("NORMAL", "de", "internal",
      "trap: results of the benefits committee on goodwill rules (late invoices, naturopath limits) with aggregate goodwill statistics")
def _():
    body = """\
Liebe Mitglieder des Leistungsausschusses,

hier die Ergebnisse unserer Sitzung vom 19.05. in Kurzform:

1. Kulanzstatistik 2025
   312 Kulanzentscheidungen mit insgesamt 184.270 EUR (2024: 287 / 166.900 EUR). Häufigste Anlässe: verspätet eingereichte Rechnungen (41 %), Überschreitung von Höchstsätzen bei Heilmitteln (22 %), Hilfsmittel außerhalb des Katalogs (14 %).

2. Kulanzrichtlinie 2026 – beschlossene Änderungen
   a) Rechnungen, die später als drei Jahre nach Behandlung eingereicht werden: Kulanz bis 500 EUR je Mitglied und Jahr durch die Sachbearbeitung, darüber Teamleitung.
   b) Heilpraktiker: keine Kulanz über die Tarifgrenze hinaus; stattdessen aktiver Hinweis auf den Tarifwechsel in WB Komfort 3.
   c) Hilfsmittel außerhalb des Katalogs: Einzelfallprüfung durch Beratungsarzt bleibt; neue Obergrenze 2.000 EUR.

3. Beschwerden und Ombudsmann
   Die Empfehlung des Ombudsmanns aus 2025 zur Begründung von Teilablehnungen wird mit den neuen Textbausteinen umgesetzt (siehe AA-KV-17).

Die Richtlinie tritt am 01.07.2026 in Kraft. Das vollständige Protokoll liegt im Gremienordner.

Viele Grüße
Martin Dröge
""" + sig("droege", footer=False)
    return new(addr("droege"), f"Leistungsausschuss KV <leistungsausschuss-kv@{D}>",
               "Ergebnisse Leistungsausschuss 19.05. / Kulanzrichtlinie 2026", "2026-05-21 16:02", body)


# ---- 0125
@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "portfolio transfer to a broker: a named customer's motor, contents and liability contracts with numbers, premiums and renewal dates")
def _():
    body = """\
Hallo Frau Petersen,

die Maklervollmacht von Herrn Björn Tiedemann vom 08.04.2026 liegt uns vor. Wir haben die Verträge ab dem 01.05.2026 in Ihren Bestand übertragen:

  Vertrag        Sparte                 Jahresbeitrag   Hauptfälligkeit   Zahlweise
  KF 2219 0873   Kfz (MI-BT 612)        612,40 EUR      01.01.            halbjährlich
  HR 3390 1156   Hausrat                142,80 EUR      01.07.            jährlich
  PH 4471 2209   Privathaftpflicht       68,90 EUR      01.07.            jährlich

Die Bestandscourtage läuft ab Mai über Ihre Vermittlernummer 7 41 026. Offene Schäden gibt es keine; 2025 war ein Kfz-Schaden (Wildunfall, Teilkasko), der ist abgeschlossen.

Weitere Verträge von Herrn Tiedemann bei uns sind von der Vollmacht nicht umfasst – falls er das wünscht, bräuchten wir eine gesonderte Vollmacht.

Beste Grüße
Oliver Grünewald
""" + sig("gruenewald")
    return new(addr("gruenewald"), "Sabine Petersen <s.petersen@assekuranz-nordlicht.example>",
               "Bestandsübertragung Tiedemann ab 01.05.2026", "2026-04-23 15:48", body)


# ---- 0126
@mail("NORMAL", "en", "insurer-to-partner",
      "trap: answer to a journalist about average premium adjustments and reasons (text and HTML); company-level figures only")
def _():
    text = """\
Dear Ms Calloway,

thank you for your questions for your article on premium trends in German private health insurance. Here are our answers – you may quote me by name.

1. How many of your members are affected by the 2027 adjustment?
About 118,000 members in full cover, in three of our eleven comprehensive tariffs. Supplementary tariffs (dental, hospital) are not affected.

2. How large is the increase?
On average 6.1 % across all full-cover members. In the most affected tariff the average is 8.9 % after we used EUR 4.1 million from our premium refund reserves to limit the increase for members aged 65 and over.

3. Why?
Mainly because hospital and outpatient costs have risen faster than assumed, and because new treatments – for example in oncology and cardiology – are more expensive. By law, we may only adjust premiums when these costs deviate from our calculation by a fixed threshold, and an independent trustee must agree.

4. What can members do?
Every member may switch to another of our tariffs with equivalent cover without losing their ageing reserves. Our tariff advisers calculate options free of charge.

Kind regards
Nadine Wöstmann
"""
    html = """\
<html><body style="font-family:Arial,sans-serif;font-size:10.5pt">
<p>Dear Ms Calloway,</p>
<p>thank you for your questions for your article on premium trends in German private health insurance. Here are our answers – you may quote me by name.</p>
<p><b>1. How many of your members are affected by the 2027 adjustment?</b><br>About 118,000 members in full cover, in three of our eleven comprehensive tariffs. Supplementary tariffs (dental, hospital) are not affected.</p>
<p><b>2. How large is the increase?</b><br>On average 6.1 % across all full-cover members. In the most affected tariff the average is 8.9 % after we used EUR 4.1 million from our premium refund reserves to limit the increase for members aged 65 and over.</p>
<p><b>3. Why?</b><br>Mainly because hospital and outpatient costs have risen faster than assumed, and because new treatments – for example in oncology and cardiology – are more expensive. By law, we may only adjust premiums when these costs deviate from our calculation by a fixed threshold, and an independent trustee must agree.</p>
<p><b>4. What can members do?</b><br>Every member may switch to another of our tariffs with equivalent cover without losing their ageing reserves. Our tariff advisers calculate options free of charge.</p>
<p>Kind regards<br>Nadine Wöstmann</p>
""" + sig_html("woestmann") + "</body></html>\n"
    return new(addr("woestmann"), "Rachel Calloway <r.calloway@healthpolicy-weekly.example>",
               "Re: Questions on premium adjustments 2027", "2026-09-30 12:05", text + sig("woestmann"),
               html=html, lang="en-GB", irt="<a91c0e2f-77d1-4f58-9c55-0b6b8f2d1e44@healthpolicy-weekly.example>")


# ---- 0127
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "travel interruption claim because the customer's named father had a heart attack: hospital stay, medical certificate, refund")
def _():
    body = """\
Liebe Frau Teichmann,

es tut mir leid, dass Ihr Urlaub auf Mallorca so enden musste. Ich hoffe, Ihrem Vater geht es inzwischen besser.

Zu Ihrer Reiseabbruchversicherung RA 5530 2291 (Schadennummer RR-2026-0377):

Ihr Vater, Herr Werner Lammering, wurde laut dem Attest der Klinik Elsetal in Herford am 02.08.2026 mit einem Herzinfarkt (Hinterwandinfarkt, Stent-Implantation am selben Tag) stationär aufgenommen. Als Elternteil gehört er zu den Risikopersonen nach Ziffer 3.2 der Bedingungen; die unerwartete schwere Erkrankung ist damit ein versichertes Ereignis.

Wir erstatten:
  Mehrkosten Rückflug Palma – Paderborn am 03.08. für 2 Personen   486,00 EUR
  nicht genutzte Hotelnächte 03.08.–09.08. (anteiliger Reisepreis) 1.032,00 EUR
  Taxi zum Flughafen Palma                                            38,50 EUR
  abzüglich Selbstbeteiligung                                        -100,00 EUR
  Auszahlung                                                        1.456,50 EUR

Die Überweisung geht in den nächsten Tagen auf Ihr Konto. Die Entlassungsunterlagen Ihres Vaters brauchen wir nicht mehr; das Attest reicht uns.

Alles Gute für Ihre Familie
Birte Oevermann
""" + sig("oevermann")
    return new(addr("oevermann"), "Jasmin Teichmann <jasmin.teichmann@webpost.example>",
               "Ihr Reiseabbruch – Schadennummer RR-2026-0377", "2026-08-18 10:26", body)


# ---- 0128
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "builder's liability policy issued to a named private builder: PDF schedule with his address, building project, building sum, premium")
def _():
    p = pdf([
        ("B", "Weserbogen Allgemeine Versicherung AG – Versicherungsschein"),
        "Bauherrenhaftpflichtversicherung Nr. BH 0712 4418",
        "",
        "Versicherungsnehmer: Sebastian Ruhe, Kampstraße 21, 32423 Minden",
        "Bauvorhaben: Neubau Einfamilienhaus mit Garage, Grundstück Am Ziegelkamp 9, 32469 Petershagen (Flurstück 114/3)",
        "Bauausführung: durch Fachfirmen (Generalunternehmer Hausbau Wiehen GmbH), Eigenleistungen bis 20.000 EUR mitversichert",
        "Bausumme: 420.000 EUR",
        "",
        "Versicherungsbeginn: 01.06.2026, Versicherungsdauer: bis zur Bauabnahme, höchstens 24 Monate",
        "Deckungssummen: 10.000.000 EUR pauschal für Personen-, Sach- und Vermögensschäden",
        "Selbstbeteiligung: keine",
        "",
        "Beitrag (Einmalbeitrag für die gesamte Bauzeit): 159,02 EUR zzgl. 19 % Versicherungsteuer 30,22 EUR",
        "Zu zahlen: 189,24 EUR, fällig am 01.06.2026 per Lastschrift",
        "",
        "Es gelten die Allgemeinen Versicherungsbedingungen für die Haftpflichtversicherung (AHB 2024) und die",
        "Besonderen Bedingungen Bauherrenhaftpflicht (BB-BH 2024).",
        "",
        "Minden, 27.05.2026",
    ], title="Versicherungsschein BH 0712 4418", author="Weserbogen Allgemeine", date="20260527120000")
    body = """\
Guten Tag Herr Ruhe,

anbei Ihr Versicherungsschein für die Bauherrenhaftpflicht. Damit sind Sie ab dem Baubeginn am 01.06. abgesichert – auch für Schäden, die durch Ihre Eigenleistungen entstehen.

Tipp: Für den Rohbau empfehle ich Ihnen zusätzlich eine Bauleistungsversicherung und für die Zeit ab Fertigstellung eine Feuerrohbauversicherung, die später beitragsfrei in die Wohngebäudeversicherung übergeht. Möchten Sie dazu ein Angebot?

Viele Grüße
Kai-Uwe Hollmann
""" + sig("hollmann")
    m = new(addr("hollmann"), "Sebastian Ruhe <sebastian.ruhe@t-net.example>",
            "Ihr Versicherungsschein Bauherrenhaftpflicht", "2026-05-27 12:09", body)
    return att(m, p, "Versicherungsschein_BH07124418.pdf")


# ---- 0129
@mail("NORMAL", "de", "internal",
      "trap: notice that the claims fax number is switched off and invoices come via app/portal/post; windows-1252, no person data")
def _():
    body = """\
Liebe Kolleginnen und Kollegen der Leistung Kranken und des Mitgliederservice,

wie angekündigt schalten wir die Faxnummer 0571 9480-2399 zum 30.06.2026 ab. Der Faxanteil am Belegeingang liegt nur noch bei knapp 2 %.

Ab 01.07. gilt:
- Rechnungen, Rezepte und Kostenvoranschläge bitte nur noch per Weserbogen-App, Mitgliederportal oder Post.
- Arztpraxen und Kliniken nutzen das Partnerportal; wer das nicht kann, schickt per Post.
- Eingehende Faxe an die alte Nummer bekommen eine automatische Ansage mit den Alternativen.

Bitte verwendet in Schreiben ab sofort den Textbaustein ALLG-14 ("So reichen Sie Belege ein") statt der alten Faxnummer. Die Signaturvorlagen passt die IT bis 26.06. an.

Gruß
Stefan
""" + sig("ahlert", footer=False)
    return new(addr("ahlert"), f"Leistung Kranken <leistung-kranken@{D}>, Mitgliederservice KV <mitgliederservice-intern@{D}>",
               "Fax 2399 wird am 30.06. abgeschaltet", "2026-06-08 09:20", body,
               charset="windows-1252", cte="quoted-printable")


# ---- 0130
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-lawyer",
      "personal liability claim: a named child's dog-bite injury (forearm wound, stitches, possible scar revision) and pain-and-suffering offer")
def _():
    body = """\
Dear Ms Whitcombe,

thank you for your letter of 2 July on behalf of Mr and Mrs Grant.

Our policyholder, Mr Heiko Rahe (private liability insurance PH 6120 8831, including dog owner's liability), has confirmed that his dog bit your clients' son Oliver Grant, aged 7, on 21 June 2026 in a park near the Weser promenade in Minden. We accept liability in full.

According to the medical documents you sent:
- Klinikum am Lindenbrink, emergency department, 21 June: bite wound to the left forearm, 4 cm, wound care and 6 stitches, tetanus booster, antibiotic prophylaxis
- follow-up with the family's GP in Cheltenham on 3 July: wound healed, visible scar; the GP mentions a possible scar revision when Oliver is older
- short-term anxiety around dogs, for which no treatment has been necessary so far

Our offer, in full and final settlement of the claims known today, but expressly excluding the costs of any future scar revision:
- pain and suffering: EUR 2,500
- medical costs not covered by the family's travel insurance: EUR 184.60 (as invoiced)
- your reasonable legal fees according to the German fee scale

If a scar revision becomes necessary, we will cover it under this claim (HP-2026-0052210) without limitation in time, on presentation of the medical recommendation.

Kind regards
Kai-Uwe Hollmann
""" + sig("hollmann")
    return new(addr("hollmann"), "Eleanor Whitcombe <e.whitcombe@whitcombe-solicitors.example>",
               "Your clients Mr and Mrs Grant – claim HP-2026-0052210", "2026-07-09 14:35", body, lang="en-GB")


# ---- 0131
@mail("NORMAL", "en", "insurer-to-supplier",
      "trap: scheduling a vendor demo (ICS) of AI-based medical invoice checking, synthetic documents only")
def _():
    ics = "\r\n".join([
        "BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0", "METHOD:REQUEST",
        "BEGIN:VEVENT", "UID:040000008200E00074C5B7101A82E00800000000F0C2D91B33BDDC01",
        "DTSTAMP:20260702T131500Z",
        "DTSTART:20260714T120000Z", "DTEND:20260714T133000Z",
        "SUMMARY;LANGUAGE=en-GB:ClaimSense demo – automated invoice checking (GOÄ/GOZ)",
        "LOCATION;LANGUAGE=en-GB:Teams meeting",
        "ORGANIZER;CN=Stefan Ahlert:mailto:stefan.ahlert@weserbogen.example",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Lena Hartung:mailto:lena.hartung@claimsense.example",
        "ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE;CN=Priya Natarajan:mailto:priya.natarajan@weserbogen.example",
        "ATTENDEE;ROLE=OPT-PARTICIPANT;RSVP=TRUE;CN=Ingrid Schöning:mailto:ingrid.schoening@weserbogen.example",
        "DESCRIPTION;LANGUAGE=en-GB:Demo of rule and ML based plausibility checks for doctors' and dentists' invoices. ClaimSense uses its own synthetic invoices\\; no Weserbogen documents will be shared.",
        "END:VEVENT", "END:VCALENDAR"]) + "\r\n"
    body = """\
Hi Lena,

thanks for your quick reply. Here's the invitation for 14 July, 2 pm our time. We'd like to see in particular:

- how your engine handles analogue GOÄ positions and fee factors above the threshold
- what explanation a claims handler sees when an invoice is flagged
- how you would integrate with our claims system (REST, batch?)

Please use your own synthetic invoices for the demo. At this stage we won't share any documents of ours, and our DPO will join for the last 20 minutes to ask about hosting and data flows.

Best regards
Stefan
""" + sig("ahlert", footer=False)
    m = new(addr("ahlert"), "Lena Hartung <lena.hartung@claimsense.example>",
            "Demo 14 July – automated invoice checking", "2026-07-02 15:15", body,
            cc=f"{addr('natarajan')}, {addr('schoening')}", lang="en-GB")
    return att(m, ics, "invite.ics", params={"method": "REQUEST"})


# ---- 0132
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "rent deposit guarantee for a named tenant: her net monthly income from the payslip, guarantee amount, premium")
def _():
    body = """\
Hallo Frau Hagedorn,

vielen Dank für die Gehaltsabrechnungen. Wir können Ihnen die Mietkautionsbürgschaft jetzt zusagen:

  Bürgschaftsnummer: MK 2026 0418
  Mieterin: Lisa Hagedorn
  Vermieter: Wohnungsbau Weserbogen eG, Wohnung Bastaustraße 12, 2. OG links
  Kautionsbetrag: 2.850,00 EUR
  geprüftes Nettoeinkommen: 2.140 EUR monatlich (unbefristet beschäftigt seit 2022)
  Jahresbeitrag: 156,75 EUR (5,5 % der Kaution), erstmals fällig zum Mietbeginn 01.07.2026

Die Bürgschaftsurkunde schicken wir Ihrem Vermieter direkt zu, sobald Sie uns den unterschriebenen Mietvertrag (Seite mit Kautionsregelung genügt) geschickt haben.

Wenn der Vermieter später einmal Geld aus der Bürgschaft fordert, zahlen wir zunächst an ihn und holen uns den Betrag dann von Ihnen zurück – das ist der Unterschied zu einer Versicherung. Sie müssen also nicht befürchten, dass das Geld "weg" ist, aber auch nicht, dass Sie etwas geschenkt bekommen.

Viele Grüße
Birte Oevermann
""" + sig("oevermann")
    return new(addr("oevermann"), "Lisa Hagedorn <lisa.hagedorn@quickpost.example>",
               "Ihre Mietkautionsbürgschaft – Zusage", "2026-06-19 11:44", body)


# ---- 0133
@mail("NORMAL", "de", "internal",
      "holiday cover plan for the premium team; colleagues' names and dates only, no reasons")
def _():
    body = """\
Hallo Team Beiträge,

hier der Vertretungsplan für die Osterwoche. Bitte tragt euch bis Freitag in den Hotline-Plan ein, wenn ihr noch Tage tauschen wollt.

  30.03.–02.04.   Annika (ich)    → Vertretung Jessica
  30.03.–31.03.   Thorsten        → Vertretung Melanie
  01.04.–10.04.   Melanie         → Vertretung Thorsten (ab 01.04.), dann Jessica
  07.04.–10.04.   Jessica         → Vertretung Annika

Hotline ist Gründonnerstag bis 16 Uhr besetzt, Karsamstag geschlossen.

Offene Wiedervorlagen bitte vor dem Urlaub in den Teamkorb legen, nicht im persönlichen Postfach liegen lassen.

Frohe Ostern schon mal!
Annika
""" + sig("brueggemann", footer=False)
    return new(addr("brueggemann"), f"Team Beiträge KV <team-beitraege-kv@{D}>", "Vertretung Ostern",
               "2026-03-18 16:30", body)


# ---- 0134
@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "body only says 'final invoice attached'; the forwarded hospital mail (message/rfc822) lists a named member's femur fracture surgery and costs")
def _():
    inner = rfc822("International Patient Office <intl@riverside-medical.example>", "claims-intl@weserbogen.example",
                   "Final invoice – Mr Stefan Woehrmann – GA-26-07731", "2026-04-14 11:20", """\
Dear Sir or Madam,

please find the final invoice details for your member below. The itemised invoice and the discharge summary have been uploaded to your provider portal.

Patient: Mr Stefan Woehrmann, DOB 19/06/1976, HN 2026-041187
Admission: 01/04/2026 (emergency, via ER)    Discharge: 07/04/2026
Diagnoses: S72.30 closed fracture of shaft of left femur; S22.42 fractures of two ribs, left
Procedures: closed reduction and intramedullary nailing, left femur (01/04/2026); chest X-ray and CT; physiotherapy days 3-6

Room (private, 6 nights)              THB 162,000
Surgeon and anaesthetist              THB 298,500
Operating theatre and implants        THB 412,750
Medication, lab and imaging           THB 131,420
Physiotherapy                          THB 18,000
Total                               THB 1,022,670

Guarantee of payment GA-26-07731 (limit THB 1,250,000) applies. Payment to our account as stated on the invoice within 30 days.

Kind regards
Ms Pimchanok S.
International Patient Office
Bangkok Riverside Medical Centre""", "<20260414112011.4471@riverside-medical.example>")
    body = """\
Hi Serkan,

final invoice for GA-26-07731 attached – well within the guarantee. Can you check it against the GOP and release the payment? The repatriation costs come separately from GlobeAssist.

Thanks
Claire
""" + sig("whitfield", footer=False)
    m = new(addr("whitfield"), addr("yildiz"), "FW: Final invoice GA-26-07731", "2026-04-14 13:02", body, lang="en-GB")
    return att(m, inner, None)


# ---- 0135
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "short reply; the quoted customer mail gives her UK IBAN and the garage's repair cost for her motor claim")
def _():
    quoted = gt("""\
On 2 Apr 2026, at 19:44, Hannah Whitaker <hannah.whitaker@northmail.example> wrote:

Hi Mr Stallmann,

the police report number is 2026-088731 (Politie Utrecht). The garage (Autohaus Porta) quotes EUR 2,186.40 for the paint job and mirror, so I think it's better to claim than to pay myself, as you showed me.

Please pay to my UK account, I still use it for most things:
Hannah Whitaker, Barclays, IBAN GB26 BARC 2003 5571 8844 20

Many thanks,
Hannah""")
    body = """\
Dear Ms Whitaker,

thank you – all received. We will pay EUR 1,686.40 (EUR 2,186.40 less your excess of EUR 500) to your account within the next few days. Please note that your bank may charge a fee for an incoming euro payment.

Kind regards
Henrik Stallmann
""" + sig("stallmann") + "\n" + quoted + "\n"
    return new(addr("stallmann"), "Hannah Whitaker <hannah.whitaker@northmail.example>",
               "Re: Your claim KS-2026-0052290 – damage in Utrecht", "2026-04-03 08:55", body, lang="en-GB",
               irt="<C4B2E1F0-77A2-4D9B-9E31-5A0F2B8C6D17@northmail.example>")


# ---- 0136
@mail("NORMAL", "en", "internal",
      "trap: member app KPIs for cost approvals and reimbursements (turnaround times, volumes); aggregates only")
def _():
    body = """\
Hi all,

here are the member app KPIs for Q2 2026, as discussed in the steering committee:

Reimbursements
- invoices submitted via app: 71,480 (Q1: 64,210), share of all invoices 58.7 %
- median time from upload to payment: 3.1 days (target 4)
- share processed without manual touch ("dark processing"): 38 % (Q1: 33 %)

Cost approvals
- requests started in the app: 2,914 (dental treatment plans 61 %, aids 22 %, inpatient 17 %)
- median turnaround: 3.2 working days; 90th percentile 9 days – the long tail is almost entirely aids with missing estimates
- 14 % of requests needed a follow-up question to the member

App ratings: 4.3 (iOS), 4.1 (Android). The top complaint is still the PDF upload limit, fixed with 5.16.

Next quarter we'll add the status "waiting for documents" so members can see why an approval is on hold.

Best
Priya
""" + sig("natarajan", footer=False)
    return new(addr("natarajan"), f"{addr('droege')}, {addr('ahlert')}, {addr('yildiz')}",
               "Member app KPIs Q2 2026", "2026-07-07 09:40", body, lang="en-GB")


# ---- 0137
@mail("NORMAL", "de", "insurer-to-partner",
      "trap: renewal of the framework agreement with an external dental assessor: fees, deadlines, confidentiality rules; no case")
def _():
    body = """\
Sehr geehrter Herr Dr. Aumann,

unser Rahmenvertrag über zahnmedizinische Gutachten läuft zum 31.12.2026 aus. Wir möchten ihn gern um drei Jahre verlängern und schlagen folgende Anpassungen vor:

1. Pauschalen
   A (Aktenlage, einfacher HKP):              95 EUR (bisher 85 EUR)
   B (Aktenlage, umfangreicher HKP/Implantate): 180 EUR (bisher 160 EUR)
   C (mit Untersuchung des Mitglieds):         260 EUR (bisher 240 EUR)

2. Fristen: Gutachten nach Aktenlage binnen 10 Arbeitstagen, mit Untersuchung binnen 20 Arbeitstagen.

3. Übermittlung: Aufträge und Unterlagen künftig ausschließlich über das Gutachterportal statt per verschlüsseltem ZIP. Die Zugänge richten wir im Oktober ein.

4. Verschwiegenheit: Die Verpflichtung nach § 203 StGB als mitwirkende Person und die Löschfristen (6 Monate nach Abschluss) bleiben unverändert; neu ist nur der Verweis auf das Portal.

Den Vertragsentwurf schicke ich Ihnen gern per Post. Passt Ihnen ein kurzes Telefonat in der nächsten Woche?

Mit freundlichen Grüßen
Tobias Reckefuß
""" + sig("reckefuss")
    return new(addr("reckefuss"), "Dr. Ferdinand Aumann <gutachten@zahngutachten-aumann.example>",
               "Verlängerung Rahmenvertrag Gutachten 2027–2029", "2026-09-02 10:10", body)


# ---- 0138
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "tariff advice for a named elderly member with low pension: basic tariff versus standard tariff, his income, premiums")
def _():
    body = """\
Sehr geehrter Herr Albers,

Sie hatten uns geschrieben, dass Ihnen der Beitrag von 812,60 EUR bei einer Rente von 1.180 EUR netto nicht mehr möglich ist. Ich habe mir Ihren Vertrag (Mitgliedsnummer 40 117 843) angesehen und zwei Wege gefunden, die Ihren Beitrag deutlich senken, ohne dass Sie den Versicherungsschutz verlieren.

1. Standardtarif
   Leistungen etwa wie in der gesetzlichen Krankenversicherung, Arzthonorare bis zum 1,8-fachen Satz.
   Ihr Beitrag: 468,30 EUR (Krankenversicherung) + 61,27 EUR (Pflege) = 529,57 EUR
   Voraussetzung ist erfüllt: Sie sind über 65 und seit mehr als zehn Jahren bei uns versichert.

2. Basistarif
   Leistungen wie in der gesetzlichen Krankenversicherung. Der Beitrag ist gesetzlich auf den Höchstbeitrag der GKV begrenzt; in Ihrem Fall liegt er mit Ihren Alterungsrückstellungen bei 598,10 EUR.
   Wenn Sie durch den Beitrag hilfebedürftig würden (Bescheid des Sozialamts), halbiert sich der Beitrag, und das Sozialamt kann den Rest übernehmen.

Bei Ihrer Rente ist der Standardtarif nach meiner Rechnung die bessere Wahl. Sie brauchen dafür keine Gesundheitsprüfung, und der Wechsel ist zum 01.10.2026 möglich.

Wenn Sie einverstanden sind, genügt ein kurzes unterschriebenes Schreiben. Gern komme ich auch mit den Unterlagen zu einem Termin in unsere Geschäftsstelle in der Bäckerstraße – rufen Sie mich einfach an.

Mit freundlichen Grüßen
Marlene Vogt
""" + sig("vogt")
    return new(addr("vogt"), "Günter Albers <g.albers@t-net.example>",
               "Ihr Beitrag – zwei Möglichkeiten zur Entlastung", "2026-08-27 14:18", body)


# ---- 0139
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "buildings premium invoice to a named customer after he revoked the direct debit: policy, amount, his IBAN and the insurer's account")
def _():
    body = """\
Sehr geehrter Herr Bökamp,

Sie haben der Lastschrift für den Jahresbeitrag Ihrer Wohngebäudeversicherung WG 3018 5527 widersprochen; die Bank hat uns den Betrag am 08.05. zurückbelastet. Vermutlich hängt das mit dem Sturmschaden zusammen – Sie hatten am Telefon erwähnt, dass Sie eine Verrechnung mit der Entschädigung erwartet hatten.

Zur Klarstellung: Die Entschädigung für das Dach (9.214,60 EUR) haben wir am 20.03. vollständig an Sie überwiesen, auf Ihr Konto

  IBAN DE81 4909 2650 3653 5432 91

Der Jahresbeitrag 2026/27 ist davon unabhängig und noch offen:

  Wohngebäudeversicherung, Zeitraum 01.05.2026–30.04.2027   684,90 EUR

Bitte überweisen Sie den Betrag bis zum 05.06. auf unser Konto bei der Limberg-Volksbank, IBAN DE02 4906 0127 0241 0416 59, Verwendungszweck WG30185527. Ihr Lastschriftmandat bleibt für die Folgejahre bestehen, es sei denn, Sie teilen uns etwas anderes mit.

Mit freundlichen Grüßen
Ihr Beitragsservice Allgemeine
Telefon 0571 9480-3000

""" + FOOT["ag"] + "\n"
    return new(f"Weserbogen Beitragsservice <beitragsservice-allgemeine@{D}>",
               "Friedhelm Bökamp <f.boekamp@t-net.example>",
               "Wohngebäudeversicherung WG 3018 5527 – Beitrag 2026/27", "2026-05-15 08:12", body,
               mailer="Weserbogen Korrespondenz 7.2")


# ---- 0140
@mail("NORMAL", "en", "insurer-to-partner",
      "short mobile reply agreeing on a call time with the reinsurer")
def _():
    quoted = gt("""\
On 18 Feb 2026, at 17:12, Fiona Aldridge <f.aldridge@nordkap-re.example> wrote:

Rebecca – thanks for the Q4 summary. Could we have 30 min next week before our reserving committee? Tue 10:30 CET or Wed 14:00 CET?

Fiona""")
    body = """\
Tue 10:30 works. I'll send a Teams link tomorrow.

R.

Sent from my iPhone

""" + quoted + "\n"
    return new(f"Rebecca Thorne <rebecca.thorne@{D}>", "Fiona Aldridge <f.aldridge@nordkap-re.example>",
               "Re: QS-KV-2024 – call next week?", "2026-02-18 18:03", body, mailer="iPhone Mail (22D82)",
               irt="<DB8P190MB0611A3C2F0D1E4B5@DB8P190MB0611.eurprd01.prod.nordkap-re.example>")


# ---- 0141
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "seasonal plate for a named customer's motorcycle: policy, plate, season, premium")
def _():
    body = """\
Hi Mr Nowicki,

done – your motorcycle is now insured with a seasonal plate:

Policy: KR 0417 3320
Vehicle: Kawasaki Z900, MI-MN 77, season April to October (plate suffix 04-10)
Cover: third-party liability and partial comprehensive (excess EUR 150)
No-claims class: SF 5
Premium for the season: EUR 218.60, debited on 1 April

Outside the season you may keep the bike in a garage or on private ground; partial comprehensive (theft, fire, storm) continues all year. Please don't ride it on public roads between November and March – there's no liability cover then.

Enjoy the riding season!

Henrik Stallmann
""" + sig("stallmann")
    return new(addr("stallmann"), "Marek Nowicki <marek.nowicki@quickpost.example>",
               "Your motorcycle – seasonal plate from April", "2026-03-20 11:15", body, lang="en-GB")


# ---- 0142
@mail("NORMAL", "de", "internal",
      "trap: forwarded association newsletter (message/rfc822) on dental fee schedule changes and analogue fees; no person")
def _():
    inner = rfc822("ARGE PKV Nordwest – Newsletter <newsletter@arge-pkv-nordwest.example>",
                   "leistung-kranken@weserbogen.example", "Newsletter Leistung 05/2026: GOZ, Analogbewertung, DiGA",
                   "2026-05-14 07:00", """\
ARGE PKV Nordwest – Newsletter Leistung 05/2026

1. GOZ-Punktwert: weiter keine Anpassung
Der Punktwert der GOZ liegt seit 1988 unverändert bei 5,62421 Cent. Die Zahnärzteschaft fordert erneut eine Anhebung; das Bundesgesundheitsministerium hat für 2026 keinen Entwurf angekündigt. Für die Leistungsprüfung bleibt es damit bei der bisherigen Praxis, Steigerungen über den 2,3-fachen Satz nur mit nachvollziehbarer Begründung zu erstatten.

2. Analogbewertungen in der Implantologie
Die Arbeitsgruppe Zahn hat ihre Übersicht der häufigsten Analogpositionen (u. a. für digitale Abformung und Navigationsschablonen) aktualisiert. Die Liste steht im Mitgliederbereich zum Download.

3. Digitale Gesundheitsanwendungen (DiGA)
Immer mehr Mitglieder reichen Rechnungen für DiGA ein. Die Arbeitsgruppe empfiehlt, DiGA mit BfArM-Listung wie Arzneimittel zu behandeln, sofern der Tarif keine abweichende Regelung enthält. Ein Musterbaustein für die AVB folgt im Herbst.

4. Termine
Arbeitskreis Leistungsprüfung Zahn: 23.06.2026, Hannover
Fachtagung PKV-Leistungsmanagement: 08./09.10.2026, Münster

Sie erhalten diesen Newsletter als Mitgliedsunternehmen der ARGE PKV Nordwest.""", "<nl-2026-05.1184@arge-pkv-nordwest.example>")
    body = """\
Moin zusammen,

zur Info der aktuelle ARGE-Newsletter. Punkt 3 (DiGA) betrifft uns direkt – bis die AVB angepasst sind, bitte DiGA-Rechnungen wie Arzneimittel prüfen und bei Zweifeln an mich geben.

Gruß
Tobias
""" + sig("reckefuss", footer=False)
    m = new(addr("reckefuss"), f"Leistung Kranken ambulant <leistung-ambulant@{D}>",
            "WG: Newsletter Leistung 05/2026: GOZ, Analogbewertung, DiGA", "2026-05-14 09:31", body)
    return att(m, inner, None)


# ---- 0143
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "named member's student health tariff ends after graduation: member number, new tariff and premium, statutory insurance option (no illness)")
def _():
    body = """\
Dear Mr Mensah,

congratulations on finishing your master's degree! Your student tariff WB Ausbildung ends on 30 September 2026, because you told us you will graduate in September. Here are your options:

Member number: 42 260 719
Current: WB Ausbildung, EUR 112.40 per month (incl. compulsory long-term care insurance)

Option 1 – stay with us:
We switch you to WB Komfort 2 with a deductible of EUR 600 from 1 October 2026, without new health questions, because you are changing within 6 months after the end of your studies. Premium: EUR 298.70 per month plus EUR 27.90 for long-term care insurance.

Option 2 – statutory health insurance:
If you start employment with a salary below the threshold (EUR 77,400 a year in 2026), you will automatically be insured with a statutory fund (Krankenkasse). Your contract with us then ends as soon as you send us the fund's membership certificate. You may keep a small dormant policy with us (EUR 9.80 per month) to come back later without health questions.

Please let us know by 15 September which option you choose. If we don't hear from you, we will use option 1 so that you're never without cover.

Kind regards
Claire Whitfield
""" + sig("whitfield")
    return new(addr("whitfield"), "Kwame Mensah <kwame.mensah@uni-mail.example>",
               "Your health insurance after graduation", "2026-07-28 10:50", body, lang="en-GB")


# ---- 0144
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "payment to a named third-party claimant for damage to her parked car caused by our policyholder: her IBAN, amounts; no one injured")
def _():
    body = """\
Sehr geehrte Frau Gieseking,

unser Versicherungsnehmer hat am 11.05.2026 beim Ausparken auf dem Parkplatz des Einkaufszentrums in Minden Ihren geparkten Wagen beschädigt. Er hat den Schaden sofort gemeldet und seine Schuld eingeräumt. Verletzt wurde niemand.

Wir regulieren den Schaden an Ihrem Fahrzeug (Hyundai i20, MI-RG 318) aus der Kfz-Haftpflichtversicherung unseres Kunden, Schadennummer KS-2026-0071042:

  Reparaturkosten laut Gutachten (brutto)          1.894,20 EUR
  Wertminderung                                       150,00 EUR
  Gutachterkosten (Kfz-Sachverständiger Lüker)        249,20 EUR
  Auslagenpauschale                                    25,00 EUR
  Gesamt                                            2.318,40 EUR

Die Gutachterkosten zahlen wir direkt an das Sachverständigenbüro. Den Betrag von 2.069,20 EUR überweisen wir auf Ihr Konto

  Renate Gieseking, IBAN DE63 2004 1133 3700 8164 28

Eine Nutzungsausfallentschädigung steht Ihnen zu, wenn Sie das Auto während der Reparatur nicht nutzen können. Schicken Sie uns dafür bitte die Reparaturbestätigung der Werkstatt mit den Standtagen.

Mit freundlichen Grüßen
Henrik Stallmann
""" + sig("stallmann")
    return new(addr("stallmann"), "Renate Gieseking <renate.gieseking@gmx-mail.example>",
               "Ihr Fahrzeugschaden vom 11.05.2026 – KS-2026-0071042", "2026-05-28 10:02", body)


# ---- 0145
@mail("NORMAL", "en", "insurer-to-broker",
      "maintenance notice for the broker portal (text and HTML); no client data")
def _():
    text = """\
Dear partners,

our broker portal will be unavailable for planned maintenance on

  Saturday, 13 June 2026, 6:00 am to 2:00 pm (CEST)

During this time, the BiPRO interface for your broker management software will not deliver documents either. Documents created during the maintenance window will be delivered automatically afterwards – you don't need to request them again.

After the update you will be asked to confirm your two-factor authentication once. Firm administrators will find a new menu item "User overview" to see all users of their firm and their last login.

Thank you for your understanding.

Kind regards
Oliver Grünewald
""" + sig("gruenewald")
    html = """\
<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear partners,</p>
<p>our broker portal will be unavailable for planned maintenance on</p>
<p style="font-size:15px"><b>Saturday, 13 June 2026, 6:00 am to 2:00 pm (CEST)</b></p>
<p>During this time, the BiPRO interface for your broker management software will not deliver documents either. Documents created during the maintenance window will be delivered automatically afterwards – you don't need to request them again.</p>
<p>After the update you will be asked to confirm your two-factor authentication once. Firm administrators will find a new menu item <i>User overview</i> to see all users of their firm and their last login.</p>
<p>Thank you for your understanding.</p>
<p>Kind regards<br>Oliver Grünewald</p>
""" + sig_html("gruenewald") + "</body></html>\n"
    return new(addr("gruenewald"), f"International broker partners <broker-intl@lists.{D}>",
               "Broker portal maintenance – Saturday 13 June", "2026-06-08 14:00", text, html=html, lang="en-GB")


# ---- 0146
@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: complaint to the print shop about misprinted premium letters; counts and batch numbers only, no names")
def _():
    body = """\
Sehr geehrter Herr Kemena,

leider müssen wir einen Fehler aus dem BAP-Druck reklamieren.

In der Tranche 14 (Sendungsnummern 0884001 bis 0890000) sind nach unseren Rückläufern und Hotline-Anrufen 312 Anschreiben betroffen, bei denen nach Seite 2 ein falscher Seitenumbruch gesetzt wurde: Die Tabelle mit den neuen Beiträgen ist auf Seite 3 gerutscht und dort von der Rückseite des Beiblatts überdruckt. Die Briefe sind lesbar, aber die Beitragstabelle nicht vollständig.

Nach unserer Prüfung der Druckdatei lag der Fehler nicht in den angelieferten Daten (Steuerzeichen korrekt), sondern in der Umschaltung auf das Beiblatt-Fach. Bitte prüfen Sie das an Ihrer Kuvertierlinie 2.

Wir bitten um:
1. Nachdruck der 312 Anschreiben aus der Originaldatei (die Sendungsnummern schicken wir Ihnen über SFTP, nicht per E-Mail),
2. Versand mit einem kurzen Begleitzettel "Korrigierte Fassung" (Text kommt von uns),
3. Ihre Stellungnahme bis Freitag, wie viele Briefe der Tranche insgesamt betroffen sein können.

Die Kosten für Nachdruck und Porto gehen bitte zu Ihren Lasten.

Mit freundlichen Grüßen
Martin Dröge
""" + sig("droege")
    return new(addr("droege"), "Jens Kemena <auftrag@druckhaus-bastau.example>",
               "Reklamation BAP 2027 – Tranche 14, 312 Anschreiben", "2026-11-30 11:48", body)


# ---- 0147
@mail("CONFIDENTIAL", "en", "insurer-to-broker",
      "XLSX portfolio list for a broker firm: named clients' household and motor contracts with numbers, premiums and renewal dates")
def _():
    rows = [["Client", "Policy", "Line", "Annual premium EUR", "Renewal", "Payment", "Open claims"],
            ["Ritchie, Callum", "HR 8801 2245", "Household contents", 231.60, "01.03.", "annual", "no"],
            ["Ritchie, Callum", "PH 8801 2246", "Personal liability", 74.40, "01.03.", "annual", "no"],
            ["Delaney, Siobhan", "KF 7412 0098", "Motor (MI-SD 44)", 688.20, "01.01.", "half-yearly", "yes (1)"],
            ["Delaney, Siobhan", "HR 7412 0099", "Household contents", 129.90, "01.01.", "annual", "no"],
            ["Hargreaves, Paul", "WG 6230 1184", "Buildings", 912.75, "01.10.", "annual", "no"],
            ["Okoro, Chidi", "KF 5530 6127", "Motor (MI-CO 300)", 544.10, "01.01.", "monthly", "no"],
            ["Lindgren, Maja", "RS 6690 2014", "Legal expenses", 286.80, "01.05.", "annual", "no"]]
    x = xlsx([("Portfolio 06-2026", rows)], creator="Oliver Gruenewald", when=(2026, 6, 22, 9, 0, 0), created="2026-06-22T07:00:00Z")
    body = """\
Dear Duncan,

as requested, attached is the current list of your clients' contracts with us (P&C only – the list doesn't include health or life contracts, which we report separately through the portal).

One claim is open (Ms Delaney, motor, glass damage) – it should be closed by the end of the month.

Your portal access is active now, so from July you'll find the list there and can export it yourself.

Best regards
Oliver
""" + sig("gruenewald")
    m = new(addr("gruenewald"), "Duncan Feeney <d.feeney@harbourline-brokers.example>",
            "Your portfolio list – June 2026", "2026-06-22 09:05", body, lang="en-GB")
    return att(m, x, "HarbourLine_Portfolio_2026-06.xlsx")


# ---- 0148
@mail("NORMAL", "en", "internal",
      "trap: anonymised training case about a cost approval abroad (age band, procedure, costs) with no identifying details")
def _():
    body = """\
Dear IMS colleagues,

for Thursday's case review, here is the anonymised case we'll discuss. Details that could identify the member (name, dates, exact place, member number, employer) have been removed or changed.

Case 7: planned knee surgery abroad
- Member in their fifties, expat tariff, deductible EUR 600, insured for several years
- Treating hospital in the Gulf region requests a guarantee of payment for an arthroscopic meniscus operation, estimate approx. EUR 9,500
- The request arrives on a Friday afternoon with admission planned for Monday
- The hospital sends the MRI report by ordinary e-mail to our team mailbox

Questions for discussion:
1. What do we need before we can issue the guarantee, and what can be clarified afterwards?
2. Is the estimate reasonable? Where would you look for reference prices?
3. How do we answer the hospital's e-mail with the MRI report – and what do we tell them for the future?
4. Would your answer change if the member asks us to send the approval to a private Gmail address?

Please don't bring real cases to the session; if a real case comes to mind, talk to me afterwards.

Best regards
Helene Osterkamp
""" + sig("osterkamp", footer=False)
    return new(addr("osterkamp"), f"IMS-Team <ims-team@{D}>", "Case review Thursday – case 7 (anonymised)",
               "2026-06-23 08:30", body, lang="en-GB")


# ---- 0149
@mail("CONFIDENTIAL", "de", "internal",
      "applicant's current salary, salary expectation and notice period passed from HR to the hiring manager")
def _():
    body = """\
Hallo Herr Dröge,

zu Ihrem Favoriten für die Teamleitung Beiträge: Ich habe gestern mit Herrn Lars Ottensmeier telefoniert.

- derzeitiges Jahresgehalt bei seinem jetzigen Arbeitgeber: 57.500 EUR brutto plus ca. 3.000 EUR variabel
- Gehaltsvorstellung: 62.000 EUR fix
- Kündigungsfrist: drei Monate zum Quartalsende, frühester Eintritt also 01.01.2027
- Dienstwagen hat er derzeit nicht und erwartet auch keinen

Unser Band für die Position liegt bei 56.000 bis 64.000 EUR; 62.000 EUR wären vertretbar, liegen aber über Frau Wortmanns künftigem Gehalt als stellvertretender Teamleitung – bitte beim Angebot berücksichtigen.

Wenn Sie einverstanden sind, bereite ich das Angebot für 60.500 EUR plus Zielvereinbarung vor.

Viele Grüße
Petra Lahrmann
""" + sig("lahrmann", footer=False)
    return new(addr("lahrmann"), addr("droege"), "Bewerbung Teamleitung Beiträge – Gehalt Herr Ottensmeier",
               "2026-09-10 17:05", body)


# ---- 0150
@mail("NORMAL", "de", "insurer-to-broker",
      "trap: automated mail with a one-time password for a new broker firm administrator account; no client or contract data")
def _():
    body = """\
Guten Tag,

für Ihre Firma wurde im Weserbogen Maklerportal ein Zugang als Makleradministrator eingerichtet.

Ihre Benutzerkennung: VP-7-41-026-ADM
Ihr Einmal-Passwort: hT4r-9QzL-2wKe

Bitte melden Sie sich innerhalb von 7 Tagen unter https://makler.weserbogen.example an. Sie werden dann aufgefordert, ein eigenes Passwort zu vergeben, eine Sicherheitsfrage zu hinterlegen und die Zwei-Faktor-Anmeldung einzurichten.

Als Makleradministrator können Sie weitere Benutzer Ihrer Firma anlegen und deren Bestandsrechte verwalten.

Haben Sie diesen Zugang nicht beantragt? Dann wenden Sie sich bitte an Ihre Maklerbetreuung.

Diese E-Mail wurde automatisch erstellt.
Weserbogen Versicherungsgruppe | Maklerportal | Weserbogenallee 12 | 32423 Minden
"""
    return new(f"Weserbogen Maklerportal <noreply@makler.{D}>", "s.petersen@assekuranz-nordlicht.example",
               "Ihr Zugang zum Weserbogen Maklerportal", "2026-04-20 07:12:55", body, mailer=None)


if __name__ == "__main__":
    main()
