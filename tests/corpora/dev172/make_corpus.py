#!/usr/bin/env python3
# SPDX-License-Identifier: AGPL-3.0-or-later
"""dev172 – independent, fictitious evaluation mail corpus for Siegel (issue 14).

Writes mails/d172-0001.eml … mails/d172-0150.eml and labels.tsv deterministically.

    python3 make_corpus.py           # (re)write mails/ and labels.tsv
    python3 make_corpus.py --check   # rebuild in memory, compare byte for byte, verify

Standard library only. Every attachment (PDF, DOCX, XLSX, ODT, ODS, ZIP, CSV,
ICS, HTML, message/rfc822) is built by hand below.
"""
import csv
import datetime
import hashlib
import io
import os
import re
import sys
import zipfile
import zlib
import xml.dom.minidom
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "d172-"
DOM = "mainstern.example"

# --------------------------------------------------------------------------
# IBANs (ISO 13616 / ISO 7064 mod 97-10), computed so every one is valid
# --------------------------------------------------------------------------
IBAN_LEN = {"DE": 22, "AT": 20, "CH": 21, "NL": 18, "GB": 22, "FR": 27,
            "LU": 20, "IT": 27, "ES": 24, "BE": 16, "PL": 28, "DK": 18, "IE": 22}


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban(country, bban):
    cd = 98 - _iban_num(bban + country + "00") % 97
    return f"{country}{cd:02d}{bban}"


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if len(s) != IBAN_LEN.get(s[:2], -1):
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


_TOKEN = re.compile(r"\[\[(IBAN|IBANRAW|IBANLOW) ([A-Z]{2}) ([0-9A-Z]+)\]\]")


def fill(text):
    """Replace [[IBAN DE <bban>]] tokens by valid IBANs (grouped/raw/lower)."""
    def rep(m):
        kind, cc, bban = m.groups()
        v = iban(cc, bban)
        assert len(v) == IBAN_LEN[cc], f"IBAN length {v}"
        if kind == "IBAN":
            return group4(v)
        if kind == "IBANLOW":
            return group4(v).lower()
        return v
    return _TOKEN.sub(rep, text)


# --------------------------------------------------------------------------
# fixed times
# --------------------------------------------------------------------------
def when(month, day, hh=9, mm=0):
    off = 2 if 4 <= month <= 10 else 1
    tz = datetime.timezone(datetime.timedelta(hours=off))
    return datetime.datetime(2026, month, day, hh, mm, 0, tzinfo=tz)


def zdate(dt):
    return (dt.year, dt.month, dt.day, dt.hour, dt.minute, 0)


# --------------------------------------------------------------------------
# ZIP helper (deterministic member times and order)
# --------------------------------------------------------------------------
def make_zip(members, dt=(2026, 1, 2, 8, 0, 0), stored_first=None):
    """members: list of (name, bytes). ODF 'mimetype' is stored uncompressed."""
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=dt)
            zi.create_system = 0
            zi.external_attr = 0o644 << 16
            if name == "mimetype" or name == stored_first:
                zi.compress_type = zipfile.ZIP_STORED
            else:
                zi.compress_type = zipfile.ZIP_DEFLATED
            if isinstance(data, str):
                data = data.encode("utf-8")
            z.writestr(zi, data)
    return bio.getvalue()


def xesc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
             .replace('"', "&quot;"))


# --------------------------------------------------------------------------
# PDF with a real text layer (Helvetica, WinAnsiEncoding)
# --------------------------------------------------------------------------
def _pdf_str(s):
    b = s.encode("cp1252", errors="replace")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + b + b")"


def _wrap(line, width):
    if len(line) <= width:
        return [line]
    out, cur = [], ""
    for w in line.split(" "):
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    out.append(cur)
    return out


def make_pdf(text, title="", size=10, compress=True, dt=(2026, 1, 2, 8, 0, 0),
             author="Mainstern Versicherung AG"):
    text = fill(text)
    width = int(95 * 10 / size)
    lead = size * 1.35
    per_page = int(740 / lead)
    lines = []
    for ln in text.split("\n"):
        lines.extend(_wrap(ln, width))
    pages = [lines[i:i + per_page] for i in range(0, max(len(lines), 1), per_page)]
    objs = {}
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[3] = (b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica "
               b"/Encoding /WinAnsiEncoding >>")
    d = "D:%04d%02d%02d%02d%02d%02d+01'00'" % dt
    objs[4] = (b"<< /Title " + _pdf_str(title) + b" /Author " + _pdf_str(author) +
               b" /Producer (Mainstern Druckstrasse 4.2) /CreationDate (" +
               d.encode() + b") /ModDate (" + d.encode() + b") >>")
    kids = []
    n = 5
    for pg in pages:
        content = [b"BT", b"/F1 %d Tf" % size, b"%.2f TL" % lead, b"50 800 Td"]
        for ln in pg:
            content.append(_pdf_str(ln) + b" Tj T*")
        content.append(b"ET")
        raw = b"\n".join(content)
        if compress:
            data = zlib.compress(raw, 9)
            objs[n + 1] = (b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data)
                           + data + b"\nendstream")
        else:
            objs[n + 1] = b"<< /Length %d >>\nstream\n" % len(raw) + raw + b"\nendstream"
        objs[n] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                   b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % (n + 1))
        kids.append(n)
        n += 2
    objs[2] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) +
               b"] /Count %d >>" % len(kids))
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for i in sorted(objs):
        offs[i] = len(out)
        out += b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n" % (len(objs) + 1)
    out += b"0000000000 65535 f \n"
    for i in sorted(objs):
        out += b"%010d 00000 n \n" % offs[i]
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info 4 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, xref))
    return bytes(out)


def pdf_text(data):
    """Minimal extractor used by --check: verifies xref offsets, returns text."""
    m = re.search(rb"startxref\s+(\d+)", data)
    assert m, "no startxref"
    xref = int(m.group(1))
    assert data[xref:xref + 4] == b"xref", "startxref does not point at xref"
    head = re.match(rb"xref\s+0 (\d+)\s+", data[xref:])
    cnt = int(head.group(1))
    pos = xref + head.end()
    for i in range(cnt):
        entry = data[pos + 20 * i: pos + 20 * i + 20]
        off = int(entry[:10])
        if entry[17:18] == b"n":
            assert data[off:].startswith(b"%d 0 obj" % i), f"xref entry {i} wrong"
    text = []
    for sm in re.finditer(rb"<< /Length (\d+)( /Filter /FlateDecode)? >>\nstream\n", data):
        ln = int(sm.group(1))
        raw = data[sm.end():sm.end() + ln]
        if sm.group(2):
            raw = zlib.decompress(raw)
        for t in re.finditer(rb"\(((?:\\.|[^\\)])*)\) Tj", raw):
            s = re.sub(rb"\\(.)", rb"\1", t.group(1))
            text.append(s.decode("cp1252"))
    return "\n".join(text)


# --------------------------------------------------------------------------
# Office Open XML: DOCX and XLSX
# --------------------------------------------------------------------------
def _core(title, author, dt):
    iso = "%04d-%02d-%02dT%02d:%02d:%02dZ" % dt
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{xesc(title)}</dc:title><dc:creator>{xesc(author)}</dc:creator>'
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{iso}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{iso}</dcterms:modified>'
            '</cp:coreProperties>')


def make_docx(blocks, title="", author="Mainstern Versicherung AG", dt=(2026, 1, 2, 8, 0, 0)):
    """blocks: str (paragraph; '# ' prefix = bold heading) or list of rows (table)."""
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = []
    for b in blocks:
        if isinstance(b, list):
            rows = []
            for r in b:
                cells = "".join(
                    f'<w:tc><w:tcPr><w:tcW w:w="2400" w:type="dxa"/></w:tcPr><w:p><w:r><w:t xml:space="preserve">{xesc(fill(str(c)))}</w:t></w:r></w:p></w:tc>'
                    for c in r)
                rows.append(f"<w:tr>{cells}</w:tr>")
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
                        + "".join(rows) + "</w:tbl>")
        else:
            b = fill(b)
            if b.startswith("# "):
                body.append(f'<w:p><w:r><w:rPr><w:b/><w:sz w:val="28"/></w:rPr><w:t xml:space="preserve">{xesc(b[2:])}</w:t></w:r></w:p>')
            else:
                body.append(f'<w:p><w:r><w:t xml:space="preserve">{xesc(b)}</w:t></w:r></w:p>')
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<w:document xmlns:w="{W}"><w:body>' + "".join(body) +
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
    return make_zip([("[Content_Types].xml", ct), ("_rels/.rels", rels),
                     ("word/document.xml", doc), ("docProps/core.xml", _core(title, author, dt))], dt=dt)


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def make_xlsx(sheets, title="", author="Mainstern Versicherung AG", dt=(2026, 1, 2, 8, 0, 0)):
    """sheets: list of (name, rows); numbers (int/float) become numeric cells."""
    S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    members = []
    wb_sheets, wb_rels, ct_over = [], [], []
    for si, (name, rows) in enumerate(sheets, 1):
        xr = []
        for ri, row in enumerate(rows, 1):
            cells = []
            for ci, v in enumerate(row):
                ref = f"{_col(ci)}{ri}"
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append(f'<c r="{ref}"><v>{v}</v></c>')
                elif v is None or v == "":
                    continue
                else:
                    cells.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{xesc(fill(str(v)))}</t></is></c>')
            xr.append(f'<row r="{ri}">' + "".join(cells) + "</row>")
        members.append((f"xl/worksheets/sheet{si}.xml",
                        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                        f'<worksheet xmlns="{S}"><sheetData>' + "".join(xr) + "</sheetData></worksheet>"))
        wb_sheets.append(f'<sheet name="{xesc(name)}" sheetId="{si}" r:id="rId{si}"/>')
        wb_rels.append(f'<Relationship Id="rId{si}" Type="{R}/worksheet" Target="worksheets/sheet{si}.xml"/>')
        ct_over.append(f'<Override PartName="/xl/worksheets/sheet{si}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
    n = len(sheets) + 1
    wb_rels.append(f'<Relationship Id="rId{n}" Type="{R}/styles" Target="styles.xml"/>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          f'<workbook xmlns="{S}" xmlns:r="{R}"><sheets>' + "".join(wb_sheets) + "</sheets></workbook>")
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              f'<styleSheet xmlns="{S}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="1"><fill><patternFill patternType="none"/></fill></fills>'
              '<borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs>'
              '<cellXfs count="1"><xf xfId="0"/></cellXfs></styleSheet>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          + "".join(ct_over) + "</Types>")
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rId1" Type="{R}/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              + "".join(wb_rels) + "</Relationships>")
    return make_zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                     ("xl/_rels/workbook.xml.rels", wbrels), ("xl/styles.xml", styles)] + members +
                    [("docProps/core.xml", _core(title, author, dt))], dt=dt)


# --------------------------------------------------------------------------
# OpenDocument: ODT and ODS
# --------------------------------------------------------------------------
_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2"')


def _odf(mime, content_body, title, author, dt):
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               f'<office:document-content {_ODF_NS}><office:body>{content_body}</office:body></office:document-content>')
    iso = "%04d-%02d-%02dT%02d:%02d:%02d" % dt
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<office:document-meta {_ODF_NS}><office:meta><dc:title>{xesc(title)}</dc:title>'
            f'<dc:creator>{xesc(author)}</dc:creator><meta:creation-date>{iso}</meta:creation-date>'
            '</office:meta></office:document-meta>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                f'<manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="{mime}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    return make_zip([("mimetype", mime), ("content.xml", content), ("meta.xml", meta),
                     ("META-INF/manifest.xml", manifest)], dt=dt)


def make_odt(paras, title="", author="Mainstern Versicherung AG", dt=(2026, 1, 2, 8, 0, 0)):
    body = "".join(
        (f"<text:h text:outline-level=\"1\">{xesc(fill(p[2:]))}</text:h>" if p.startswith("# ")
         else f"<text:p>{xesc(fill(p))}</text:p>") for p in paras)
    return _odf("application/vnd.oasis.opendocument.text", f"<office:text>{body}</office:text>",
                title, author, dt)


def make_ods(sheets, title="", author="Mainstern Versicherung AG", dt=(2026, 1, 2, 8, 0, 0)):
    tabs = []
    for name, rows in sheets:
        xr = []
        for row in rows:
            cells = []
            for v in row:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append(f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>')
                else:
                    cells.append(f'<table:table-cell office:value-type="string"><text:p>{xesc(fill(str(v)))}</text:p></table:table-cell>')
            xr.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
        tabs.append(f'<table:table table:name="{xesc(name)}">' + "".join(xr) + "</table:table>")
    return _odf("application/vnd.oasis.opendocument.spreadsheet",
                "<office:spreadsheet>" + "".join(tabs) + "</office:spreadsheet>", title, author, dt)


def make_csv(rows, delim=";"):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delim, lineterminator="\r\n")
    for r in rows:
        w.writerow([fill(str(c)) for c in r])
    return s.getvalue()


def make_ics(uid, start, end, summary, location="", description="", organizer="", attendees=(),
             stamp="20260102T080000Z"):
    def esc(t):
        return fill(t).replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")

    def fold(line):
        b = line.encode("utf-8")
        if len(b) <= 75:
            return line
        out, cur = [], ""
        for ch in line:
            if len((cur + ch).encode("utf-8")) > 74:
                out.append(cur)
                cur = " " + ch
            else:
                cur += ch
        out.append(cur)
        return "\r\n".join(out)
    L = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Mainstern Versicherung//Kalender 7.1//DE",
         "METHOD:REQUEST", "BEGIN:VEVENT", f"UID:{uid}", f"DTSTAMP:{stamp}",
         f"DTSTART;TZID=Europe/Berlin:{start}", f"DTEND;TZID=Europe/Berlin:{end}",
         f"SUMMARY:{esc(summary)}"]
    if location:
        L.append(f"LOCATION:{esc(location)}")
    if description:
        L.append(f"DESCRIPTION:{esc(description)}")
    if organizer:
        L.append(f"ORGANIZER:mailto:{organizer}")
    for a in attendees:
        L.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT:mailto:{a}")
    L += ["END:VEVENT", "END:VCALENDAR"]
    return "\r\n".join(fold(x) for x in L) + "\r\n"


# --------------------------------------------------------------------------
# attachments and mails
# --------------------------------------------------------------------------
class Att:
    """An attachment. kind: pdf docx xlsx odt ods zip csv ics html txt eml bin."""

    def __init__(self, filename, data, mime, charset=None, inline=False):
        self.filename, self.data, self.mime, self.charset, self.inline = filename, data, mime, charset, inline


MIME = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "zip": "application/zip",
}


def A(filename, data, mime=None, charset=None):
    if mime is None:
        ext = filename.rsplit(".", 1)[-1].lower()
        mime = MIME.get(ext) or {"csv": "text/csv", "ics": "text/calendar", "html": "text/html",
                                 "htm": "text/html", "txt": "text/plain"}.get(ext, "application/octet-stream")
    if isinstance(data, str) and mime.startswith("text/"):
        data = fill(data)
    return Att(filename, data, mime, charset)


MAILS = []


def mail(label, lang, kind, reason, **kw):
    assert label in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"), label
    assert lang in ("de", "en", "mixed"), lang
    MAILS.append(dict(label=label, lang=lang, kind=kind, reason=reason, **kw))


def _text_part(msg, text, subtype, charset, cte):
    kw = {"subtype": subtype, "charset": charset}
    if cte:
        kw["cte"] = cte
    msg.set_content(fill(text), **kw)


def _addr_fix(v):
    """Quote display names that contain RFC 5322 specials (e.g. 'Dr. X')."""
    def rep(mm):
        name = mm.group(1).strip()
        if name and not name.startswith('"') and re.search(r'[.,;:()@\[\]]', name):
            name = '"' + name + '"'
        return (name + " " if name else "") + "<" + mm.group(2) + ">"
    return re.sub(r'([^<>,]*?)\s*<([^>]+)>', rep, v)


def build_message(n, m, inner=False):
    """Build an EmailMessage from a mail dict. n: number (for ids/boundaries)."""
    msg = EmailMessage()
    msg["From"] = _addr_fix(m["frm"])
    msg["To"] = _addr_fix(m["to"])
    if m.get("cc"):
        msg["Cc"] = _addr_fix(m["cc"])
    msg["Subject"] = fill(m["subject"])
    msg["Date"] = format_datetime(m["date"])
    msg["Message-ID"] = m.get("msgid") or f"<{PREFIX}{n:04d}.{hashlib.sha1(m['subject'].encode()).hexdigest()[:10]}@mail.{DOM}>"
    for k, v in m.get("headers", ()):
        msg[k] = v
    cs = m.get("charset", "utf-8")
    cte = m.get("cte")
    body, html = m.get("body"), m.get("html")
    if body is not None and html is not None:
        _text_part(msg, body, "plain", cs, cte)
        msg.add_alternative(fill(html), subtype="html", charset=cs,
                            cte=m.get("html_cte", "quoted-printable"))
    elif html is not None:
        _text_part(msg, html, "html", cs, cte)
    else:
        _text_part(msg, body, "plain", cs, cte)
    for a in m.get("atts", ()):
        if isinstance(a, dict):          # attached mail
            im = build_message(n, a, inner=True)
            msg.add_attachment(im, filename=a.get("filename", "Weitergeleitet.eml"))
            continue
        mt, st = a.mime.split("/")
        if isinstance(a.data, str):
            msg.add_attachment(a.data, subtype=st, charset=a.charset or "utf-8",
                               filename=a.filename,
                               cte="quoted-printable" if (a.charset or "utf-8") != "us-ascii" else "7bit")
        else:
            msg.add_attachment(a.data, maintype=mt, subtype=st, filename=a.filename)
    return msg


def set_boundaries(msg, n):
    k = 0
    roots = {id(msg)}
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            roots.add(id(part.get_payload(0)))
        if id(part) not in roots and "MIME-Version" in part:
            del part["MIME-Version"]
        if part.get_content_maintype() == "multipart":
            k += 1
            part.set_boundary(f"----=_Part_{n:04d}_{k:02d}.mainstern")


def render(n, m):
    msg = build_message(n, m)
    set_boundaries(msg, n)
    return msg.as_bytes(policy=policy.SMTP)


# --------------------------------------------------------------------------
# the invented world: staff signatures and footers
# --------------------------------------------------------------------------
FOOT_DE = """--
Mainstern Versicherung AG · Kaiserleistraße 40 · 63067 Offenbach am Main
Vorstand: Dr. Henrike Solms (Vors.), Matthias Eckhoff, Petra Lindqvist
Vorsitzender des Aufsichtsrats: Prof. Dr. Carsten Weißgerber
Sitz Offenbach am Main · Amtsgericht Offenbach HRB 48213
www.mainstern.example

Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen
enthalten. Wenn Sie nicht der richtige Adressat sind oder diese E-Mail
irrtümlich erhalten haben, informieren Sie bitte sofort den Absender und
vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte
Weitergabe dieser E-Mail sind nicht gestattet."""

FOOT_EN = """--
Mainstern Versicherung AG | Kaiserleistrasse 40 | 63067 Offenbach am Main | Germany
Management Board: Dr. Henrike Solms (Chair), Matthias Eckhoff, Petra Lindqvist
Registered office Offenbach am Main | Local Court Offenbach HRB 48213
www.mainstern.example

This e-mail may contain confidential and/or privileged information. If you
are not the intended recipient (or have received this e-mail in error)
please notify the sender immediately and destroy this e-mail. Any
unauthorised copying, disclosure or distribution is strictly forbidden."""

S = {
    "oberle": "Katrin Oberle\nKoordinationsstelle Barrierefreie Kommunikation\nMainstern Versicherung AG\nTel. 069 204417-310 · Fax 069 204417-399\nbarrierefrei@mainstern.example",
    "oberle_en": "Katrin Oberle\nAccessible Communication Desk\nMainstern Versicherung AG\nPhone +49 69 204417-310\naccessibility@mainstern.example",
    "wedekind": "Mit freundlichen Grüßen\nJonas Wedekind\nLeistungsabteilung Krankenversicherung\nMainstern Krankenversicherung AG\nTelefon 069 204417-520",
    "achterberg": "Dr. med. Sabine Achterberg\nGesellschaftsärztin · Risikoprüfung/Leistung Personenversicherung\nMainstern Versicherung AG",
    "aydin": "Viele Grüße\nMurat Aydın\nKraftfahrt-Schaden\nMainstern Allgemeine Versicherung AG\nTel. 069 204417-640",
    "brandstaetter": "Freundliche Grüße\nHelga Brandstätter\nSachschaden Privatkunden (Hausrat/Wohngebäude)\nMainstern Allgemeine Versicherung AG",
    "feldkamp": "Mit freundlichen Grüßen\n\nTobias Feldkamp\nLeistung Leben / Berufsunfähigkeit\nMainstern Lebensversicherung AG\nTel. 069 204417-710",
    "hoffmeister": "Beste Grüße\nLena Hoffmeister\nMaklerbetreuung Region Süd-West\nMainstern Versicherung AG\nMobil 0171 5550 2231",
    "oneill": "Kind regards,\nPatrick O'Neill\nInternational Health Service (Expat)\nMainstern Krankenversicherung AG\nPhone +49 69 204417-560",
    "roettgers": "Anja Röttgers\nDatenschutzbeauftragte\nMainstern Versicherungsgruppe\ndatenschutz@mainstern.example",
    "sauerbier": "Gruß\nFelix\n--\nFelix Sauerbier · IT Kundenportal · Raum 4.117 · -833",
    "castellano": "Viele Grüße\nMiriam Castellano\nPersonalabteilung / HR Business Partner\nMainstern Versicherung AG",
    "quast": "Mit freundlichen Grüßen\nBernd Quast\nRechtsschutz-Schaden\nMainstern Rechtsschutzversicherung AG",
    "lichtenberg": "Mit freundlichen Grüßen\nYvonne Lichtenberg\nLeistung Unfallversicherung\nMainstern Versicherung AG\nTel. 069 204417-730",
    "thalmann": "Mit besten Grüßen\nSven Thalmann\nFirmenkunden Komposit\nMainstern Allgemeine Versicherung AG",
    "markowski": "Best regards / Viele Grüße\nInes Markowski\nReiseversicherung Leistung\nMainstern Versicherung AG",
    "dubois": "Best regards,\nClaire Dubois\nReinsurance & Partner Relations\nMainstern Versicherung AG",
    "petersen": "Gruß\nOle Petersen\nEinkauf / Zentrale Dienste",
    "vogt": "Rainer Vogt\nVertrauensperson der schwerbehinderten Menschen (SBV)\nMainstern Versicherung AG · Haus B, Raum 0.08",
    "neubauer": "Julia Neubauer\nUnternehmenskommunikation",
    "kowalczyk": "Freundliche Grüße\nDennis Kowalczyk\nHaftpflicht-Schaden Privat\nMainstern Allgemeine Versicherung AG",
    "demir": "Mit freundlichen Grüßen\nGül Demir\nPflegeversicherung Leistung\nMainstern Krankenversicherung AG\nTel. 069 204417-580",
}


def O(local, name):
    return f"{name} <{local}@{DOM}>"


ST = {
    "oberle": O("katrin.oberle", "Katrin Oberle"), "barrierefrei": O("barrierefrei", "Mainstern Barrierefrei-Service"),
    "wedekind": O("jonas.wedekind", "Jonas Wedekind"), "achterberg": O("sabine.achterberg", "Dr. Sabine Achterberg"),
    "aydin": O("murat.aydin", "Murat Aydın"), "brandstaetter": O("helga.brandstaetter", "Helga Brandstätter"),
    "feldkamp": O("tobias.feldkamp", "Tobias Feldkamp"), "hoffmeister": O("lena.hoffmeister", "Lena Hoffmeister"),
    "oneill": O("patrick.oneill", "Patrick O'Neill"), "roettgers": O("anja.roettgers", "Anja Röttgers"),
    "sauerbier": O("felix.sauerbier", "Felix Sauerbier"), "castellano": O("miriam.castellano", "Miriam Castellano"),
    "quast": O("bernd.quast", "Bernd Quast"), "lichtenberg": O("yvonne.lichtenberg", "Yvonne Lichtenberg"),
    "thalmann": O("sven.thalmann", "Sven Thalmann"), "markowski": O("ines.markowski", "Ines Markowski"),
    "dubois": O("claire.dubois", "Claire Dubois"), "petersen": O("ole.petersen", "Ole Petersen"),
    "vogt": O("rainer.vogt", "Rainer Vogt"), "neubauer": O("julia.neubauer", "Julia Neubauer"),
    "kowalczyk": O("dennis.kowalczyk", "Dennis Kowalczyk"), "demir": O("guel.demir", "Gül Demir"),
    "service": O("service", "Mainstern Kundenservice"), "noreply": O("noreply", "Mainstern Versicherung"),
    "newsletter": O("newsletter", "Mainstern Newsletter"), "kranken": O("leistung-kranken", "Mainstern Leistung Kranken"),
    "makler": O("maklerservice", "Mainstern Maklerservice"), "einkauf": O("einkauf", "Mainstern Einkauf"),
    "personal": O("personal", "Mainstern Personalabteilung"), "datenschutz": O("datenschutz", "Mainstern Datenschutz"),
    "accessibility": O("accessibility", "Mainstern Accessible Communication"),
}
ALL_STAFF = f"alle-mitarbeitenden@{DOM}"

# ==========================================================================
# MAILS
# ==========================================================================
# ---- 0001 -----------------------------------------------------------------
mail("NORMAL", "de", "internal",
     "trap: new internal workflow for large-print/Braille/DGS requests; words blind, deaf, Sehbehinderung but no person",
     frm=ST["oberle"], to=f"kundenservice-team@{DOM}", cc=ST["roettgers"],
     subject="Neuer Ablauf: Anfragen zu Großdruck, Braille und Gebärdensprache ab 1. Februar",
     date=when(1, 12, 8, 41),
     body="""Liebe Kolleginnen und Kollegen,

ab dem 1. Februar laufen alle Anfragen nach barrierefreien Unterlagen zentral
über unser Funktionspostfach barrierefrei@mainstern.example. Bitte leitet
solche Wünsche nicht mehr selbst an die Druckerei weiter.

Was darunter fällt:
  * Großdruck (mind. 16 pt, serifenlos, kontrastreich)
  * Brailleschrift (Punktschrift, Kurzschrift oder Vollschrift)
  * barrierefreie PDF (PDF/UA, getaggt, für Screenreader)
  * Leichte Sprache (über Klartext Leicht, Vorlauf ca. 10 Arbeitstage)
  * Gebärdensprachdolmetschung (DGS) für Termine vor Ort oder per Video

Was ihr im Ticket bitte NICHT eintragt: Gründe, Diagnosen oder Angaben zu
einer Sehbehinderung, Hörbehinderung o. Ä. Es reicht das gewünschte Format.
Frau Röttgers hat das so freigegeben; Details stehen im Wiki unter
"Kundenservice > Barrierefreiheit > Ablauf 2026".

Bei Fragen bin ich ab Montag wieder erreichbar.

Danke euch!
""" + S["oberle"])

# ---- 0002 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "blind customer named with his health-insurance policy; his full blindness (Erblindung) quoted from his letter",
     frm=ST["barrierefrei"], to="Günther Hallmann <g.hallmann@fernpost.example>",
     subject="Ihre Krankenversicherung KV 3-208-114572 – Unterlagen künftig in Punktschrift",
     date=when(1, 14, 10, 5), cte="quoted-printable",
     body="""Sehr geehrter Herr Hallmann,

vielen Dank für Ihren Brief vom 7. Januar. Sie schreiben, dass Sie seit Ihrer
vollständigen Erblindung im vergangenen Herbst die Leistungsabrechnungen zu
Ihrer Krankenversicherung nicht mehr selbst lesen können und Ihre Nachbarin
Ihnen bisher vorlesen musste.

Wir haben in Ihrem Vertrag KV 3-208-114572 Folgendes hinterlegt:

  1. Alle Briefe erhalten Sie ab sofort zusätzlich in Punktschrift
     (Vollschrift, wie von Ihnen gewünscht).
  2. Die Leistungsabrechnungen senden wir außerdem als barrierefreie PDF
     an diese E-Mail-Adresse. Die Dateien sind für Screenreader getaggt.
  3. Telefonisch erreichen Sie Ihre persönliche Ansprechpartnerin,
     Frau Oberle, direkt unter 069 204417-310.

Die Abrechnung zu Ihren Augenarzt- und Klinikrechnungen aus Dezember folgt in
der nächsten Woche in beiden Formaten.

Mit freundlichen Grüßen

""" + S["oberle"] + "\n\n" + FOOT_DE)

# ---- 0003 -----------------------------------------------------------------
mail("CONFIDENTIAL", "en", "insurer-to-customer",
     "grey: large-print motor claim letter (PDF only) with claim no., plate and address; large print asked for without any reason -> no health data",
     frm=ST["aydin"], to="Marion Feuerstein <marion.feuerstein@netzpost.example>",
     subject="Your claim S-2026-0041877 – letter in large print",
     date=when(1, 20, 14, 22), charset="us-ascii",
     body="""Dear Ms Feuerstein,

as requested on the phone, please find our letter about your claim
attached in large print (18 pt). A paper copy in the same size is on its
way to you.

If anything is unclear, just reply to this e-mail.

Kind regards
Murat Aydin
Motor Claims
Mainstern Allgemeine Versicherung AG
""",
     atts=[A("Claim_S-2026-0041877_large_print.pdf", make_pdf("""Mainstern Allgemeine Versicherung AG
Motor Claims, Kaiserleistrasse 40, 63067 Offenbach

Ms Marion Feuerstein
Am Lindenhain 7
64287 Darmstadt

20 January 2026

Claim number: S-2026-0041877
Motor policy: KH-7730145-2
Vehicle: DA-MF 218 (Skoda Fabia)

Dear Ms Feuerstein,

thank you for reporting the parking damage of
12 January 2026 at the Luisencenter car park.

We accept the claim under your comprehensive
cover. The repair costs of EUR 1,384.50 less your
excess of EUR 300.00 will be paid to the garage
Autohaus Brenner directly.

Nobody was hurt.

Yours sincerely
Murat Aydin""", title="Claim letter large print", size=18, dt=(2026, 1, 20, 14, 0, 0)))])

# ---- 0004 -----------------------------------------------------------------
mail("NORMAL", "en", "newsletter",
     "trap: customer newsletter about relay service, sign language video calls and large print; hearing/visual impairment in general terms only",
     frm=ST["newsletter"], to="subscribers@lists.mainstern.example",
     subject="Mainstern News – Talking to us, your way: relay calls, sign language and large print",
     date=when(1, 22, 7, 30),
     headers=[("List-Unsubscribe", "<https://www.mainstern.example/newsletter/unsubscribe>"),
              ("Precedence", "bulk")],
     body="""MAINSTERN NEWS · January 2026

Talking to us, your way

Not everyone can pick up the phone. From February, customers who are deaf,
hard of hearing or speech impaired can reach our service desk through a
video relay service with German Sign Language (DGS) interpreters, Monday to
Friday 8:00-18:00.

Also new:
- Every letter is available in large print (16 or 18 pt) on request.
- Policy documents in Braille - just tell us once, we remember it.
- Our customer portal was audited against WCAG 2.1 AA.

Read more: https://www.mainstern.example/barrierefrei

You receive this newsletter because you subscribed at www.mainstern.example.
Unsubscribe: https://www.mainstern.example/newsletter/unsubscribe
""",
     html="""<html><body style="font-family:Arial,sans-serif;font-size:16px">
<h1 style="color:#003a70">Talking to us, your way</h1>
<p>Not everyone can pick up the phone. From February, customers who are deaf,
hard of hearing or speech impaired can reach our service desk through a
<strong>video relay service</strong> with German Sign Language (DGS) interpreters,
Monday to Friday 8:00&ndash;18:00.</p>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<caption>What you can ask for</caption>
<tr><th scope="col">Format</th><th scope="col">How to order</th></tr>
<tr><td>Large print (16/18 pt)</td><td>Phone, e-mail or portal</td></tr>
<tr><td>Braille</td><td>Once &ndash; we store your preference</td></tr>
<tr><td>Easy Read (Leichte Sprache)</td><td>Selected letters and product sheets</td></tr>
</table>
<p><a href="https://www.mainstern.example/barrierefrei">Read more</a></p>
<p style="font-size:12px">Unsubscribe: <a href="https://www.mainstern.example/newsletter/unsubscribe">here</a></p>
</body></html>""")

# ---- 0005 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-guardian",
     "care-level decision (Pflegegrad 3, dementia) for a named person under legal guardianship; details only in the DOCX",
     frm=ST["demir"], to="Claudia Vennemann <c.vennemann@betreuungsverein-mainbogen.example>",
     subject="Ihr Schreiben vom 09.01. – Herr Kessler, PT-551-20917",
     date=when(1, 23, 11, 48),
     body="""Sehr geehrte Frau Vennemann,

anbei wie besprochen unser Bescheid. Ihre Bestellungsurkunde des
Betreuungsgerichts liegt uns vor, wir haben Sie als Empfängerin für alle
Schreiben eingetragen.

""" + S["demir"],
     atts=[A("Bescheid_Kessler_PT-551-20917.docx", make_docx([
         "# Bescheid über Leistungen der privaten Pflegepflichtversicherung",
         "Versicherte Person: Tim Kessler, geb. 03.05.1958, Wohnstift am Buchrain, Zimmer 214, 63073 Offenbach",
         "Vertragsnummer: PT-551-20917",
         "Vertreten durch: Claudia Vennemann, Berufsbetreuerin (Betreuungsverein Mainbogen e.V.), Aufgabenkreise Gesundheitssorge, Vermögenssorge, Behördenangelegenheiten",
         "Sehr geehrte Frau Vennemann,",
         "nach dem Gutachten der MEDICPROOF GmbH vom 14.01.2026 liegen bei Herrn Kessler erhebliche Beeinträchtigungen der Selbständigkeit vor (Alzheimer-Demenz, ICD-10 G30.1, F00.1; Gesamtpunktwert 58,75).",
         "Wir stufen Herrn Kessler daher ab dem 01.12.2025 in den Pflegegrad 3 ein.",
         [["Leistung", "monatlich", "ab"], ["Pflegesachleistung (Heim)", "1.319,00 EUR", "01.12.2025"], ["Entlastungsbetrag", "131,00 EUR", "01.12.2025"]],
         "Die Zahlung erfolgt auf das Betreuungskonto [[IBAN DE 501900005830117700]].",
         "Mit freundlichen Grüßen, Gül Demir"], title="Bescheid Pflegegrad", dt=(2026, 1, 23, 11, 0, 0)))])

# ---- 0006 -----------------------------------------------------------------
mail("NORMAL", "de", "insurer-to-supplier",
     "trap: framework price list for DGS interpreters (Gehörlose, Hörgeschädigte as target group), company bank data only",
     frm=ST["petersen"], to="Angebote GebärdenWerk <angebote@gebaerdenwerk.example>",
     subject="Rahmenvertrag Gebärdensprachdolmetschen 2026 – Preisblatt zur Gegenzeichnung",
     date=when(1, 26, 15, 2),
     body="""Hallo Frau Dreesen,

anbei das abgestimmte Preisblatt zum Rahmenvertrag für 2026. Zwei Punkte habe
ich gegenüber Ihrem Entwurf angepasst:

- Fahrtzeiten werden nach JVEG-Sätzen abgerechnet, nicht pauschal.
- Bei Einsätzen über 60 Minuten sind immer zwei Dolmetschende einzuplanen
  (das hatten Sie selbst empfohlen, steht jetzt auch so drin).

Zahlung weiterhin auf Ihr Geschäftskonto bei der Frankfurter Volksbank,
Rechnungen bitte an rechnungseingang@mainstern.example.

Wenn das so passt, bitte unterschrieben zurück.

""" + S["petersen"] + "\n\n" + FOOT_DE,
     atts=[A("Preisblatt_DGS_2026.xlsx", make_xlsx([
         ("Preise 2026", [["Leistung", "Einheit", "Preis netto EUR"],
                          ["Dolmetschen vor Ort (DGS/Deutsch)", "je angefangene Stunde", 85],
                          ["Ferndolmetschen per Video", "je 15 Min.", 21.25],
                          ["Schriftdolmetschen (für schwerhörige Personen)", "je Stunde", 78],
                          ["Fahrtzeit", "je Stunde", 42.5],
                          ["Ausfallgebühr < 48 h", "pauschal", 120]]),
         ("Stammdaten", [["Auftragnehmer", "GebärdenWerk Dolmetschdienste GmbH"],
                         ["Anschrift", "Hanauer Landstraße 131, 60314 Frankfurt am Main"],
                         ["IBAN", "[[IBAN DE 501900000071234502]]"],
                         ["USt-IdNr.", "DE318774205"]])], title="Preisblatt DGS 2026", dt=(2026, 1, 26, 14, 0, 0)))])

# ---- 0007 -----------------------------------------------------------------
mail("CONFIDENTIAL", "de", "insurer-to-guardian",
     "grey: daughter holding a power of attorney handles her mother's household bicycle-theft claim; name, address, claim and policy no., no health reason stated",
     frm=ST["brandstaetter"], to="Sabine Nowak <sabine.nowak@mailpost.example>",
     subject="AW: Fahrraddiebstahl meiner Mutter – Schaden HR-2026-0007731",
     date=when(1, 27, 9, 15),
     body="""Sehr geehrte Frau Nowak,

danke für die Kopie der Vorsorgevollmacht Ihrer Mutter, Frau Renate Nowak.
Wir haben Sie für die Hausratversicherung HR 55 601 283 als bevollmächtigte
Ansprechpartnerin eingetragen und schreiben ab jetzt direkt an Sie.

Zum Schaden HR-2026-0007731 (E-Bike, Kellerraum Goethestraße 12, 63225 Langen):
Es fehlt nur noch die Bescheinigung der Polizei über die Anzeige. Das
Aktenzeichen haben Sie uns genannt (ST/0049213/2026), die Bescheinigung selbst
bekommen Sie bei der Polizeistation Langen.

""" + S["brandstaetter"] + """

-----Ursprüngliche Nachricht-----
Von: Sabine Nowak <sabine.nowak@mailpost.example>
Gesendet: Freitag, 23. Januar 2026 18:02
An: service@mainstern.example
Betreff: Fahrraddiebstahl meiner Mutter

Guten Tag,
ich kümmere mich um die Angelegenheiten meiner Mutter Renate Nowak (Hausrat
HR 55 601 283). Aus dem Keller wurde ihr E-Bike gestohlen. Vollmacht hängt an.
Bitte schreiben Sie mir, nicht ihr, sie kommt mit E-Mails nicht zurecht.
Gruß S. Nowak
""")

# ---- 0008 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-doctor",
     "hearing-aid cost query to an ENT practice for a named expat patient with ICD H90.3",
     frm=ST["oneill"], to="Dr. Hannah Lorentz <praxis@hno-lorentz.example>",
     subject="Patient Aidan Whelan – hearing aid cost estimate",
     date=when(1, 28, 13, 37), charset="us-ascii",
     body="""Dear Dr Lorentz,

we have received the cost estimate of 19 January for bilateral hearing aids
for your patient Aidan Whelan (born 11/02/1979), insured with us under
expat health plan IH-900-22815.

Your audiogram shows bilateral sensorineural hearing loss (H90.3) with a
mean loss of about 55 dB. Before we can confirm the reimbursement of EUR
4,120.00 we need:

1. the ENT prescription (Verordnung) with the diagnosis,
2. the comparison offer with a no-co-payment device, and
3. confirmation whether a tinnitus masker is part of the fitting.

Mr Whelan has asked us to communicate with him in writing only; please
tell him we will reply to him by e-mail as well.

""" + S["oneill"] + "\n\n" + FOOT_EN)

# ---- 0009 -----------------------------------------------------------------
mail("NORMAL", "de", "internal",
     "trap: announcement of the SBV election; schwerbehinderte Beschäftigte, Gleichstellung, GdB in general terms",
     frm=ST["vogt"], to=ALL_STAFF,
     subject="Wahlausschreiben: Wahl der Schwerbehindertenvertretung 2026",
     date=when(2, 2, 7, 55), charset="iso-8859-1", cte="quoted-printable",
     body="""Liebe Kolleginnen und Kollegen,

der Wahlvorstand gibt bekannt: Die Wahl der Vertrauensperson der
schwerbehinderten Menschen und ihrer Stellvertretungen findet am

    Dienstag, 17. März 2026, 9:00 bis 15:00 Uhr, Kantine Haus A

statt. Wahlberechtigt sind alle schwerbehinderten Beschäftigten (GdB ab 50)
und alle gleichgestellten Beschäftigten (GdB 30 oder 40 mit Gleichstellung
durch die Agentur für Arbeit). Wählbar sind alle Beschäftigten, die seit
mindestens sechs Monaten im Betrieb sind - unabhängig von einer Behinderung.

Die Wählerliste liegt ab 16. Februar im Büro der SBV (Haus B, Raum 0.08) aus
und kann nur dort eingesehen werden. Wahlvorschläge bitte bis 3. März.

Briefwahl ist möglich, bitte formlos beim Wahlvorstand beantragen.

Für den Wahlvorstand
Rainer Vogt""")

# ---- 0010 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "de", "internal",
     "HR mail on a named employee's severe disability (GdB 50, Merkzeichen G), extra leave and workplace adaptation",
     frm=ST["castellano"], to=ST["vogt"], cc="Bernhard Ilić <bernhard.ilic@mainstern.example>",
     subject="Frau Yıldız – Schwerbehindertenausweis, Zusatzurlaub und Arbeitsplatz",
     date=when(2, 3, 16, 20),
     body="""Hallo Rainer, hallo Bernhard,

Frau Derya Yıldız (Personalnummer 104877, Team Antragsbearbeitung Sach) hat
uns heute ihren Schwerbehindertenausweis vorgelegt: GdB 50, Merkzeichen G,
gültig ab 12.01.2026, unbefristet. Hintergrund ist nach ihrer Auskunft die
Multiple Sklerose, die seit 2023 bekannt ist.

Folgendes habe ich veranlasst:
- Zusatzurlaub 5 Tage nach § 208 SGB IX, anteilig für 2026 voll
- Meldung im Anzeigeverfahren für die Ausgleichsabgabe
- Parkplatz in der Tiefgarage Haus A (Nähe Aufzug), Schlüssel bei der Pforte

Offen: Sie wünscht sich einen höhenverstellbaren Tisch und zwei
Homeoffice-Tage mehr wegen der Fatigue. Bernhard, kannst du das mit dem
Integrationsfachdienst klären? Rainer, sie ist einverstanden, dass du am
Gespräch teilnimmst.

Bitte nicht weiterleiten, gehört in die Personalakte (Teil B, gesondert).

""" + S["castellano"])

# ---- 0011 -----------------------------------------------------------------
mail("NORMAL", "en", "insurer-to-partner",
     "trap: scope of a WCAG 2.1 AA / BITV audit of the customer portal with a kickoff ICS; screen readers, blind testers, no customer data",
     frm=ST["sauerbier"], to="Maren Holt <m.holt@zugangplus.example>", cc=ST["oberle"],
     subject="Portal accessibility audit – scope and kickoff",
     date=when(2, 4, 11, 3),
     body="""Hi Maren,

thanks for the call. To sum up the scope we agreed on:

* sicher.mainstern.example (customer portal): login, password reset with
  security question, inbox, reading a secure message, reply, download
* claim upload form (motor and household)
* the notification mail template ("you have a new secure message")

Test setup: NVDA + Firefox, JAWS + Edge, VoiceOver on iOS, plus 200 % zoom
and Windows high contrast. You mentioned that two of your testers are blind
and one uses switch access - great, please include the password reset.

We will provide three synthetic test accounts (no real customer data). The
invite for the kickoff is attached.

Cheers
Felix

--
Felix Sauerbier · IT Customer Portal · Mainstern Versicherung AG
""",
     atts=[A("kickoff_audit.ics", make_ics("audit-kickoff-20260211@mainstern.example",
                                          "20260211T100000", "20260211T113000",
                                          "Kickoff accessibility audit portal (WCAG 2.1 AA)",
                                          "Teams / Mainstern Haus A, Raum 2.04",
                                          "Scope: login, reset, inbox, upload. Test accounts: test-a11y-01..03.",
                                          "felix.sauerbier@mainstern.example",
                                          ["m.holt@zugangplus.example", "katrin.oberle@mainstern.example"]))])

# ---- 0012 -----------------------------------------------------------------
mail("CONFIDENTIAL", "en", "insurer-to-broker",
     "household renewal for a named client of an English-speaking broker: date of birth, address, policy number, premium",
     frm=ST["hoffmeister"], to="Gareth Pryce <g.pryce@harbourside-brokers.example>",
     subject="RE: Renewal HR 55 880 412 – Mr & Mrs Castellanos",
     date=when(2, 5, 9, 50),
     body="""Hi Gareth,

renewal terms for your clients are ready:

Policyholder: Mateo Castellanos, DOB 14 Aug 1987
Co-insured: Lucía Castellanos
Risk address: Schaumainkai 88, 60596 Frankfurt am Main
Policy: HR 55 880 412 (household contents, sum insured EUR 85,000)
New annual premium: EUR 312.40 (was EUR 298.10), bicycle extension kept

The increase is purely index-linked, no claims loading. Let me know by
20 Feb whether they want the higher excess option.

Best, Lena

> From: Gareth Pryce
> Sent: 03 February 2026 16:12
> Could you send me the renewal figures for the Castellanos household policy?
> They moved within Frankfurt last year, new address should be on file.

""" + FOOT_EN)

# ---- 0013 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "accident-insurance payout letter in Leichte Sprache to a named customer with a learning disability, copy to his guardian; injury described",
     frm=ST["lichtenberg"], to="Dominik Laub <dominik.laub@mainwerkstaetten.example>",
     cc="Peter Roos <roos@betreuungsverein-mainbogen.example>",
     subject="Ihr Unfall – wir zahlen Geld",
     date=when(2, 6, 10, 30),
     body="""Hallo Herr Laub,

Sie hatten einen Unfall.
Das war am 14. November 2025.
Sie sind in der Werkstatt auf der Treppe gestürzt.
Ihr Arm war gebrochen.

Sie haben bei uns eine Unfall-Versicherung.
Die Nummer ist: UV-2209-41178.

Wir haben alles geprüft.
Wir zahlen Ihnen Geld.
Sie bekommen 2.500 Euro.

Das Geld kommt auf Ihr Konto.
Das dauert ungefähr 5 Tage.

Ihr Betreuer ist Herr Roos.
Herr Roos bekommt diesen Brief auch.
Er kann Ihnen alles erklären.

Haben Sie Fragen?
Dann rufen Sie mich an.
Meine Telefon-Nummer ist: 069 204417-730.

Viele Grüße
Yvonne Lichtenberg

(Dieser Brief ist in Leichter Sprache. Den ausführlichen Bescheid
in Standardsprache hat Herr Roos mit der Post bekommen.)""")

# ---- 0014 -----------------------------------------------------------------
mail("NORMAL", "de", "insurer-to-supplier",
     "trap: translation order for a household product sheet into Leichte Sprache; ODT with generic text (Menschen mit Lernschwierigkeiten)",
     frm=ST["neubauer"], to="Auftrag Klartext Leicht <auftrag@klartext-leicht.example>",
     subject="Auftrag 2026-03: Produktblatt Hausrat in Leichter Sprache",
     date=when(2, 9, 14, 11),
     body="""Hallo Herr Bahr,

wie telefonisch besprochen schicke ich Ihnen den Ausgangstext für das
Produktblatt Hausrat (Tarif Hausrat Komfort 2026). Bitte wie beim letzten Mal
mit Prüfgruppe (Menschen mit Lernschwierigkeiten) und Gütesiegel.

Umfang ca. 1.800 Wörter, Liefertermin wäre der 6. März. Bestellnummer aus
dem Einkauf: BE-2026-00314.

Danke und viele Grüße
""" + S["neubauer"],
     atts=[A("Produktblatt_Hausrat_Komfort_Ausgangstext.odt", make_odt([
         "# Hausrat Komfort 2026 – Produktinformationsblatt",
         "Die Hausratversicherung ersetzt Ihren Hausrat, wenn er durch Feuer, Leitungswasser, Sturm, Hagel oder Einbruchdiebstahl beschädigt oder zerstört wird.",
         "Versichert sind alle Gegenstände, die dem Haushalt zum Gebrauch oder Verbrauch dienen, auch Hilfsmittel wie Rollstühle, Hörgeräte oder Blindenstöcke.",
         "Nicht versichert sind Kraftfahrzeuge und deren Teile.",
         "Die Versicherungssumme sollte dem Neuwert Ihres Hausrats entsprechen (Faustregel: 650 Euro je Quadratmeter Wohnfläche).",
         "Selbstbehalt: wahlweise 0, 150 oder 300 Euro.",
     ], title="PIB Hausrat Komfort", dt=(2026, 2, 9, 13, 0, 0)))])

# ---- 0015 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-customer",
     "expat customer's electric wheelchair (Elektrorollstuhl) reimbursement; paraplegia and Hilfsmittel in English with German terms",
     frm=ST["oneill"], to="Rebecca Thornton <rthornton@inbox.example>",
     subject="Ihr Hilfsmittelantrag / your wheelchair claim – IH-900-31407",
     date=when(2, 10, 8, 12),
     body="""Dear Ms Thornton,

thank you for sending the Kostenvoranschlag from Sanitätshaus Reuter for
your new Elektrorollstuhl (model Levara E6, EUR 11,870.00).

Good news: under your expat plan IH-900-31407 the Hilfsmittel benefit covers
80 % of the cost for wheelchairs needed because of a permanent disability.
The Verordnung from Dr. Kaya (incomplete paraplegia, ICD G82.02) is
sufficient, we do not need another medical report.

Erstattung / reimbursement: EUR 9,496.00
Eigenanteil / your share:   EUR 2,374.00

We can pay the Sanitätshaus directly (Direktabrechnung) if you sign the
attached Abtretungserklärung - please reply with a scan or photo, that is
fine.

As you asked, we will keep writing in English. Our German letters will
follow by post because the Bescheid must be issued in German.

""" + S["oneill"] + "\n\n" + FOOT_EN)

# ---- 0016 -----------------------------------------------------------------
mail("CONFIDENTIAL", "de", "insurer-to-company",
     "commercial liability renewal for a sheltered workshop with named managing contact, turnover and policy number; no data about the disabled workers",
     frm=ST["thalmann"], to="Gerlinde Hübsch <g.huebsch@mainwerkstaetten.example>",
     subject="Betriebshaftpflicht BH-301-77204 – Verlängerung 2026/2027",
     date=when(2, 11, 12, 4),
     body="""Sehr geehrte Frau Hübsch,

zur Verlängerung Ihrer Betriebshaftpflicht BH-301-77204 der Mainwerkstätten
gGmbH (Werkstatt für Menschen mit Behinderung, drei Betriebsstätten in
Offenbach, Obertshausen und Dietzenbach) haben wir Ihre Angaben übernommen:

  Beschäftigte Werkstattbeschäftigte:  412
  Fachpersonal:                        96
  Umsatz Eigenprodukte 2025:           3,8 Mio. EUR
  Versicherungssumme:                  10 Mio. EUR pauschal

Neu eingeschlossen ist wie gewünscht das Bearbeitungsrisiko für die
Montagearbeiten bei Kunden (Lohnfertigung Kabelbäume). Der Beitrag steigt
dadurch um 640 EUR netto auf 7.920 EUR zzgl. VersSt.

Das Angebot ist bis 31. März gültig.

""" + S["thalmann"] + "\n\n" + FOOT_DE)

# ---- 0017 -----------------------------------------------------------------
mail("NORMAL", "en", "internal",
     "trap: IT ticket about missing form labels for screen readers in the portal; blind users in general, test account only",
     frm=ST["sauerbier"], to=f"portal-dev@{DOM}",
     subject="[PORTAL-2231] Screen reader: password reset fields have no labels",
     date=when(2, 12, 15, 47), charset="us-ascii",
     body="""Ticket PORTAL-2231 | Priority: High | Component: reset-flow

Steps:
1. Open https://sicher.mainstern.example/reset with NVDA 2025.4 + Firefox
2. Tab to the security question field
3. NVDA reads "edit, blank" - no label, no description

Expected: "Answer to your security question, required"

Same for the one-time password field on /activate. A blind user has no
way to know what to type. Reported by the accessibility desk after a
customer call (no customer data in this ticket, reproduced with
test-a11y-02).

Fix proposal: <label for=...> plus aria-describedby for the hint text.
Please also check the error message - it is only shown in red, not
announced (needs role="alert").

-- Felix
""")

# ---- 0018 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-hospital",
     "cost-coverage confirmation for a named deaf patient's inpatient stay with DGS interpreter; diagnosis and OPS only in the PDF",
     frm=ST["kranken"], to="Patientenaufnahme Klinikum Taunusblick <aufnahme@klinikum-taunusblick.example>",
     subject="Kostenübernahmeerklärung – Aufnahme 23.02.2026",
     date=when(2, 13, 9, 2),
     body="""Sehr geehrte Damen und Herren,

anbei die Kostenübernahmeerklärung für die geplante Aufnahme am 23.02.2026.
Bitte beachten Sie den Hinweis zur Kommunikation auf Seite 1.

Mit freundlichen Grüßen
Leistungsabteilung Krankenversicherung
Mainstern Krankenversicherung AG
""",
     atts=[A("KUE_2026-02-13_Fenske.pdf", make_pdf("""Mainstern Krankenversicherung AG - Kostenuebernahmeerklaerung

An: Klinikum Taunusblick, Patientenaufnahme, Am Hohen Weg 2, 61440 Oberursel

Patient: Lukas Fenske, geb. 22.09.1991
Versicherungsnummer: KV 3-114-990265, Tarif KS2 (Zweibettzimmer, Chefarzt)
Aufnahme: 23.02.2026, geplante Verweildauer 5 Tage
Einweisungsdiagnose: Cholesteatom rechts (H71), geplante Tympanoplastik (OPS 5-195.9)

Wir uebernehmen die allgemeinen Krankenhausleistungen sowie die Wahlleistungen
Unterkunft (Zweibettzimmer) und aerztliche Wahlleistungen im tariflichen Umfang.

Wichtiger Hinweis zur Kommunikation:
Herr Fenske ist von Geburt an gehoerlos und kommuniziert in Deutscher
Gebaerdensprache (DGS). Fuer Aufklaerungsgespraech, Visite und Entlassgespraech
stellen wir auf unsere Kosten Dolmetschende der GebaerdenWerk GmbH.
Bitte stimmen Sie die Termine mit GebaerdenWerk ab (Tel. 069 2240 7781).

Offenbach, 13.02.2026
Leistungsabteilung Krankenversicherung""", title="Kostenuebernahme", dt=(2026, 2, 13, 9, 0, 0)))])

# ---- 0019 -----------------------------------------------------------------
mail("NORMAL", "de", "insurer-to-customer",
     "grey: prospect asks whether terms exist in Braille; a format wish without a stated reason is not treated as health data (same rule as d172-0003), no contract",
     frm=ST["barrierefrei"], to="Friedhelm Aust <f.aust@t-netz.example>",
     subject="AW: Gibt es Ihre Versicherungsbedingungen auch in Blindenschrift?",
     date=when(2, 16, 11, 22),
     body="""Sehr geehrter Herr Aust,

ja, das geht. Unsere Allgemeinen Versicherungsbedingungen und
Produktinformationsblätter gibt es auf Wunsch in Punktschrift (Voll- oder
Kurzschrift), in Großdruck und als barrierefreie PDF. Für Interessenten
ist das kostenlos und unverbindlich.

Für welche Versicherung interessieren Sie sich? Dann schicken wir Ihnen die
Unterlagen per Post; der Versand als "Blindensendung" dauert meist drei bis
vier Tage.

Freundliche Grüße
Ihr Team Barrierefreie Kommunikation
Mainstern Versicherung AG

> Guten Tag, ich überlege, meine Hausratversicherung zu wechseln. Gibt es
> Ihre Versicherungsbedingungen auch in Blindenschrift?
> Mit freundlichen Grüßen
> Friedhelm Aust
""")

# ---- 0020 -----------------------------------------------------------------
mail("CONFIDENTIAL", "en", "insurer-to-customer",
     "grey: travel baggage claim (no medical content) for a named customer who asks for e-mail instead of phone without giving a reason",
     frm=ST["markowski"], to="Sinéad Kearney <sinead.kearney@freemail.example>",
     subject="Baggage claim RG-2026-01188 – documents received",
     date=when(2, 17, 16, 5),
     body="""Dear Ms Kearney,

we have your baggage claim for the suitcase lost on flight FR 1683
Frankfurt-Dublin on 6 February (travel policy RV-6620-1175).

Received: property irregularity report, receipts for replacement clothing
(EUR 318.60). Still missing: the airline's final answer about the
compensation they paid you.

Of course we will only contact you by e-mail, as you asked - I have put a
note on the file so nobody calls you.

""" + S["markowski"] + """

-----Original Message-----
From: Sinéad Kearney
Sent: 16 February 2026 21:40
To: reise-leistung@mainstern.example
Subject: Baggage claim

Please do not ring me, I can't do phone calls. E-mail only please.
Attached the PIR and receipts. Policy RV-6620-1175.
Sinéad
""")

# ---- 0021 -----------------------------------------------------------------
mail("NORMAL", "de", "insurer-to-customer",
     "trap: out-of-office auto-reply of the accessibility desk mentioning Gebärdensprache and Hörbehinderung in general",
     frm=ST["oberle"], to="Heike Brunner <heike.brunner@netzpost.example>",
     subject="Abwesenheitsnotiz: Re: Ihre Anfrage vom 16.02.",
     date=when(2, 18, 7, 1), charset="iso-8859-1",
     headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
     body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 27. Februar nicht im Büro. Ihre E-Mail wird nicht
weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an barrierefrei@mainstern.example
oder an meine Kollegin Petra Wiesner, Tel. 069 204417-311.

Für Kundinnen und Kunden mit Hörbehinderung: Sie erreichen uns auch per
Video in Deutscher Gebärdensprache über https://www.mainstern.example/dgs
(Mo-Fr 8-18 Uhr).

Katrin Oberle""")

# ---- 0022 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "short harmless reply; the quoted customer mail names her multiple sclerosis and visual problems with health policy number",
     frm=ST["wedekind"], to="Ilse Marquardt <ilse.marquardt@mailpost.example>",
     subject="AW: Schrift zu klein",
     date=when(2, 19, 13, 44),
     body="""Liebe Frau Marquardt,

danke für den Hinweis, ist erledigt. Ab der nächsten Abrechnung kommt alles
in 16 Punkt.

""" + S["wedekind"] + """

Von: Ilse Marquardt <ilse.marquardt@mailpost.example>
Gesendet: Mittwoch, 18. Februar 2026 20:13
An: leistung-kranken@mainstern.example
Betreff: Schrift zu klein

Sehr geehrte Damen und Herren,
seit meinem letzten MS-Schub sehe ich auf dem linken Auge fast nichts mehr
(Sehnerventzündung, sagt der Neurologe) und ihre Abrechnungen sind in so
kleiner Schrift gedruckt das ich sie nicht lesen kann. Können Sie das
größer machen? Meine Versicherungsnummer ist KV 3-301-447812.
Danke
Ilse Marquardt
""")

# ---- 0023 -----------------------------------------------------------------
mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "motor premium refund to a named customer's IBAN after selling the car; windows-1252 body",
     frm=ST["service"], to="Wolfgang Scharf <w.scharf@t-netz.example>",
     subject="Beitragserstattung Kfz-Vertrag KH-7711803-0",
     date=when(2, 20, 10, 10), charset="windows-1252", cte="quoted-printable",
     body="""Sehr geehrter Herr Scharf,

Ihr Fahrzeug OF-WS 66 wurde zum 31.01.2026 abgemeldet. Ihr Vertrag
KH-7711803-0 endet damit zum selben Tag.

Für die Zeit vom 01.02. bis 31.12.2026 erstatten wir Ihnen 412,77 €.
Der Betrag geht in den nächsten Tagen auf Ihr Konto

    IBAN [[IBAN DE 500500001920440711]]
    Kontoinhaber: Wolfgang Scharf

Ihren Schadenfreiheitsrabatt (SF 14) heben wir sieben Jahre für Sie auf.

Mit freundlichen Grüßen
Ihr Mainstern Kundenservice

""" + FOOT_DE)

# ---- 0024 -----------------------------------------------------------------
mail("NORMAL", "en", "insurer-to-partner",
     "trap: aggregated disability-income claim statistics by cause for the reinsurer (XLSX); mental disorders, cancer, no individuals",
     frm=ST["dubois"], to="Johan Lindgren <johan.lindgren@nordicre.example>",
     subject="Disability income portfolio – 2025 incidence by cause",
     date=when(2, 23, 11, 30),
     body="""Dear Johan,

as agreed for the treaty review, attached is the 2025 incidence of new
disability income (BU) claims by main cause, on portfolio level only.
Cells below 5 claims have been merged into "other".

Key points:
- mental and behavioural disorders remain the largest group (33.8 %)
- musculoskeletal 21.4 %, cancer 17.9 %
- overall incidence 2.41 per mille exposure, slightly below 2024

Happy to walk you through it on the 5th.

""" + S["dubois"] + "\n\n" + FOOT_EN,
     atts=[A("BU_incidence_by_cause_2025.xlsx", make_xlsx([
         ("Incidence 2025", [["Main cause (ICD chapter)", "New claims", "Share %", "per mille exposure"],
                             ["F - Mental and behavioural disorders", 412, 33.8, 0.81],
                             ["M - Musculoskeletal system", 261, 21.4, 0.52],
                             ["C/D - Neoplasms", 218, 17.9, 0.43],
                             ["G - Nervous system", 97, 8.0, 0.19],
                             ["I - Circulatory system", 88, 7.2, 0.17],
                             ["S/T - Injuries (accidents)", 79, 6.5, 0.16],
                             ["Other (merged, cells < 5)", 64, 5.2, 0.13],
                             ["Total", 1219, 100.0, 2.41]]),
         ("Notes", [["Source: Mainstern Lebensversicherung AG, claims system, extract 2026-01-31"],
                    ["Exposure: 505,800 policy years; no personal data included"]])],
         title="BU incidence 2025", dt=(2026, 2, 23, 10, 0, 0)))])

# ---- 0025 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
     "legal-expenses cover for a named customer's social-court action over his degree of disability (GdB) and Merkzeichen aG",
     frm=ST["quast"], to="RAin Thu Nguyen <nguyen@albers-nguyen.example>",
     subject="Deckungszusage RS-4402-17756 / Ihr Mandant Herr Brückner ./. Land Hessen",
     date=when(2, 24, 14, 18),
     body="""Sehr geehrte Frau Rechtsanwältin Nguyen,

in der Sozialrechtssache Ihres Mandanten Herrn Karl-Heinz Brückner gegen das
Land Hessen (Versorgungsamt Frankfurt) erteilen wir Deckungszusage für die
Klage vor dem Sozialgericht Frankfurt am Main.

Streitgegenstand nach Ihrem Schreiben: Feststellung eines GdB von 80 statt
60 sowie des Merkzeichens aG (außergewöhnliche Gehbehinderung) nach der
Unterschenkelamputation links im Juni 2025 und der diabetischen
Polyneuropathie.

Versicherungsschein: RS-4402-17756 (Privat-Rechtsschutz mit Sozialgerichts-
Rechtsschutz), Selbstbeteiligung 150 EUR. Die Vorinstanz (Widerspruch) ist
nach unseren Bedingungen nicht versichert.

Bitte senden Sie uns die Kostennote nach Abschluss der Instanz.

""" + S["quast"] + "\n\n" + FOOT_DE)

# ---- 0026 -----------------------------------------------------------------
mail("NORMAL", "de", "internal",
     "trap: DPO guidance on requests by carers, guardians and relatives plus a blank power-of-attorney template with placeholders",
     frm=ST["roettgers"], to=f"fuehrungskraefte-kundenservice@{DOM}",
     subject="Leitfaden: Wer darf für Kundinnen und Kunden mit uns sprechen? (Betreuung, Vollmacht, Angehörige)",
     date=when(2, 25, 8, 20),
     body="""Liebe Führungskräfte,

in den letzten Wochen gab es mehrere Rückfragen, ob Angehörige, Pflegekräfte
oder Betreuerinnen Auskunft zu Verträgen bekommen dürfen. Kurzfassung:

1. Rechtliche Betreuung: Auskunft nur im Rahmen der Aufgabenkreise aus der
   Bestellungsurkunde (z. B. Gesundheitssorge, Vermögenssorge). Kopie der
   Urkunde zur Akte, Ablauf der Betreuung als Wiedervorlage.
2. Vorsorgevollmacht: Kopie genügt; bei Gesundheitsdaten muss die Vollmacht
   Gesundheitsangelegenheiten ausdrücklich umfassen.
3. Ehegattennotvertretungsrecht (§ 1358 BGB): nur Gesundheitssorge, max.
   sechs Monate, ärztliche Bestätigung nötig.
4. Angehörige ohne Vollmacht: keine Auskunft, auch nicht "nur kurz".
5. Gebärdensprachdolmetschende und Assistenzen sind keine Dritten, wenn die
   Kundin selbst anwesend ist und zustimmt.

Anbei die neue Vorlage "Vollmacht zur Auskunft" mit Platzhaltern.

""" + S["roettgers"],
     atts=[A("Vorlage_Vollmacht_Auskunft_v3.docx", make_docx([
         "# Vollmacht zur Auskunft gegenüber der Mainstern Versicherung",
         "Ich, «Vorname» «Nachname», geboren am «TT.MM.JJJJ», wohnhaft «Anschrift»,",
         "bevollmächtige «Name der bevollmächtigten Person», «Anschrift», mich gegenüber der Mainstern Versicherung AG und ihren Tochtergesellschaften zu vertreten.",
         "Die Vollmacht gilt für folgende Verträge: «Vertragsnummer(n)»",
         "☐ auch für Gesundheitsdaten (Kranken-, Pflege-, Unfall-, Lebens- und BU-Versicherung)",
         "☐ nur für Sach-, Haftpflicht-, Kfz- und Rechtsschutzversicherungen",
         "Ort, Datum, Unterschrift: ______________________",
     ], title="Vorlage Vollmacht Auskunft v3", dt=(2026, 2, 24, 17, 0, 0)))])

# ---- 0027 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "private-liability claim caused by a named customer's guide dog; reveals her blindness",
     frm=ST["kowalczyk"], to="Joanna Kwiatkowska <j.kwiatkowska@webpost.example>",
     subject="Your liability claim PH-2026-0113 – the neighbour's fence",
     date=when(2, 26, 15, 33), charset="us-ascii",
     body="""Dear Ms Kwiatkowska,

thank you for your call and the photos your neighbour Mr Heinemann sent.
Your private liability policy PH-6610-02871 includes dogs kept as
assistance animals, so the damage your guide dog Bruno caused to the
garden fence (Birkenweg 4, 63150 Heusenstamm) is covered.

Because you are blind and cannot check the quote yourself, I have read the
carpenter's estimate (EUR 640.00) and find it reasonable. We will pay Mr
Heinemann directly once he confirms his bank details.

I have also saved your wish to receive our letters as accessible PDF
attachments (no scans) - future letters will come that way.

Kind regards
Dennis Kowalczyk
Private Liability Claims
Mainstern Allgemeine Versicherung AG
""")

# ---- 0028 -----------------------------------------------------------------
mail("NORMAL", "mixed", "internal",
     "trap: German/English release note for the portal's accessibility fixes; high contrast, Screenreader, no person",
     frm=ST["sauerbier"], to=f"it-release@{DOM}", cc=ST["oberle"],
     subject="Release Portal 7.4 / Barrierefreiheit – go-live Freitag",
     date=when(3, 2, 17, 5),
     body="""Hi zusammen,

Release 7.4 geht Freitag 18:00 live. Changelog in short:

- PORTAL-2231 fixed: labels for Sicherheitsfrage and Einmal-Passwort, errors
  now announced via role=alert (Screenreader tested with NVDA/JAWS)
- PORTAL-2240: focus order in the upload dialog
- PORTAL-2244: Kontrast der Buttons jetzt 7:1 (vorher 3,2:1)
- PORTAL-2250: new "Einfache Ansicht" toggle - bigger font, no animations
- Benachrichtigungsmail: plain text part added, the HTML part has lang="de"

Known issue: VoiceOver on iOS 18 reads the date column twice. Ticket open,
not a blocker according to ZugangPlus.

Rollback plan as usual. Bitte keine Deployments am Freitagnachmittag außer
diesem :-)

Felix
""")

# ---- 0029 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-guardian",
     "daughter caring for her mother: home assessment for care level with dementia and hearing loss; details in the ICS description",
     frm=ST["demir"], to="Martina Eichler <martina.eichler@fernpost.example>",
     subject="Termin Begutachtung Ihrer Mutter",
     date=when(3, 3, 9, 41),
     body="""Sehr geehrte Frau Eichler,

wie telefonisch vereinbart kommt die Gutachterin am Donnerstag zu Ihrer
Mutter nach Hause. Den Termin finden Sie im Anhang zum Eintragen in Ihren
Kalender.

""" + S["demir"],
     atts=[A("Begutachtung_Eichler.ics", make_ics(
         "begutachtung-pt55132077@mainstern.example", "20260312T140000", "20260312T153000",
         "Pflegebegutachtung Frau Hildegard Eichler (PT-551-32077)",
         "Rosenstraße 19, 63263 Neu-Isenburg",
         "Gutachterin: Frau Dr. Wenzel (MEDICPROOF). Höherstufungsantrag von Pflegegrad 2 auf 3 wegen fortschreitender "
         "vaskulärer Demenz. Frau Eichler ist stark schwerhörig (Hörgeräte beidseits) - bitte langsam und deutlich sprechen, "
         "Tochter Martina Eichler (pflegende Angehörige, Vollmacht liegt vor) ist anwesend. Pflegetagebuch und Medikamentenplan bereithalten.",
         "guel.demir@mainstern.example", ["martina.eichler@fernpost.example"]))])

# ---- 0030 -----------------------------------------------------------------
mail("CONFIDENTIAL", "de", "insurer-to-broker",
     "commission statement for a sole-trader broker with his personal IBAN and tax number (natural person's bank and tax data)",
     frm=ST["makler"], to="Holger Timm <holger@timm-finanz.example>",
     subject="Provisionsabrechnung Januar 2026 – Vermittlernummer 40-1187",
     date=when(3, 4, 6, 30),
     body="""Guten Tag Herr Timm,

Ihre Provisionsabrechnung für Januar 2026 steht in der elektronischen
Vermittlerpost bereit. Zusammenfassung:

  Abschlussprovision Sach      1.204,60 EUR
  Bestandsprovision            2.377,15 EUR
  Stornoreserve Einbehalt       -180,00 EUR
  ---------------------------------------
  Auszahlung                   3.401,75 EUR

Auszahlung am 06.03.2026 auf Ihr Konto [[IBAN DE 500105175407324944]]
Steuernummer laut Stammdaten: 035 812 40019 (Finanzamt Offenbach-Stadt)

Bitte prüfen Sie Ihre Stammdaten, falls sich etwas geändert hat.

Ihr Maklerservice
Mainstern Versicherung AG
""")
# ---- 0031 -----------------------------------------------------------------
mail("NORMAL", "en", "insurer-to-partner",
     "trap: minutes of an industry working group on accessible policy documents (PDF); disability, Braille, cognitive impairment in general only",
     frm=ST["oberle"], to="Accessible Insurance Working Group <ag-barrierefrei@versicherungsforum.example>",
     subject="Minutes – working group 'Accessible policy documents', meeting 4",
     date=when(3, 5, 12, 10),
     body="""Dear colleagues,

attached are the minutes of our fourth meeting (hosted by Mainstern in
Offenbach). Please send corrections by 19 March; afterwards they go to the
association's website.

Thanks again to the two self-advocates from the Blind and Partially Sighted
Association who tested the draft templates with us - their feedback on the
table layout was the most useful part of the day.

""" + S["oberle_en"],
     atts=[A("WG_accessible_documents_minutes_04.pdf", make_pdf("""Working group "Accessible policy documents" - Minutes of meeting 4
Date: 3 March 2026, 10:00-15:30, Mainstern Versicherung AG, Offenbach
Participants: 11 insurers, 2 self-advocacy organisations, 1 auditor (ZugangPlus)

1. European Accessibility Act (EAA)
   Since 28 June 2025 consumer banking and e-commerce services must be accessible.
   Insurance contracts concluded online fall under e-commerce. Members agree to
   apply EN 301 549 to online sales journeys and customer portals.

2. Document formats
   - Tagged PDF/UA as standard for all letters generated by print streams
   - Large print on request: 16 pt minimum, left-aligned, no justified text
   - Braille: short form (Kurzschrift) as default, full form on request
   - Easy-to-read summaries for product information sheets (cognitive impairment,
     low literacy, non-native speakers)

3. Results of the user test
   Testers with visual impairment could not find the premium in 4 of 6 templates.
   Tables without header cells were read as one long line.

4. Next meeting: 16 June 2026, hosted by the association in Berlin.""",
         title="Minutes WG accessible documents 4", dt=(2026, 3, 5, 11, 0, 0)))])

# ---- 0032 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "HTML-only disability-income (BU) benefit letter for a named autistic customer with depression diagnosis and payment table",
     frm=ST["feldkamp"], to="Daniel Okafor <daniel.okafor@webpost.example>",
     subject="Your disability income claim – decision",
     date=when(3, 6, 10, 0),
     html="""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Decision</title></head>
<body style="font-family:Verdana,sans-serif;font-size:15px;line-height:1.5">
<p>Dear Mr Okafor,</p>
<p>You told us that you prefer clear, written information without phone calls.
So this letter has short sections.</p>
<h2>1. Our decision</h2>
<p>We accept your claim for disability income under policy <b>LV-8830-55102</b>.</p>
<h2>2. Why</h2>
<p>The report of Dr. Marlene Sommer (psychiatry) of 12 February 2026 confirms a
recurrent depressive disorder, currently severe (F33.2), in addition to your known
autism spectrum condition (F84.5). You cannot work as a software tester for more than
three hours a day. Your policy pays from a 50 % degree of disability.</p>
<h2>3. What we pay</h2>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th scope="col">Item</th><th scope="col">Amount</th></tr>
<tr><td>Monthly disability income</td><td>EUR 1,850.00</td></tr>
<tr><td>Back payment Sep 2025 &ndash; Feb 2026</td><td>EUR 11,100.00</td></tr>
<tr><td>Premium waiver</td><td>from 1 September 2025</td></tr>
</table>
<h2>4. What happens next</h2>
<p>We will review the claim in 12 months. We will write to you four weeks before. Nobody
will call you.</p>
<p>Kind regards,<br>Tobias Feldkamp<br>Life &amp; Disability Claims, Mainstern Lebensversicherung AG</p>
</body></html>""")

# ---- 0033 -----------------------------------------------------------------
mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "grey: buildings insurance sum increase for a barrier-free conversion (ramp, level shower) of named owners; no person's impairment stated",
     frm=ST["brandstaetter"], to="Eheleute Krämer <kraemer.familie@netzpost.example>",
     subject="Wohngebäude WG 20 448 617 – Umbau und Versicherungssumme",
     date=when(3, 9, 14, 40),
     body="""Sehr geehrte Frau Krämer, sehr geehrter Herr Krämer,

danke für Ihre Nachricht zum geplanten Umbau Ihres Hauses in der
Feldbergstraße 3, 61191 Rosbach. Sie planen laut Kostenvoranschlag:

  - Rampe zum Hauseingang und Terrassentür (12.400 EUR)
  - bodengleiche Dusche und unterfahrbares Waschbecken im EG (18.900 EUR)
  - Türverbreiterungen auf 90 cm (6.300 EUR)

Solche Umbauten erhöhen den Gebäudewert. Wir passen die Versicherungssumme
Wert 1914 entsprechend an; der Jahresbeitrag steigt ab 01.05.2026 um
38,20 EUR auf 684,50 EUR. Während der Bauphase besteht weiterhin voller
Versicherungsschutz, eine Bauleistungsversicherung brauchen Sie bei dieser
Größenordnung nicht.

""" + S["brandstaetter"])

# ---- 0034 -----------------------------------------------------------------
mail("NORMAL", "de", "internal",
     "trap: facility notice about an induction loop for hearing-aid users in the meeting room; no person",
     frm=O("facility", "Facility Management"), to=ALL_STAFF,
     subject="Neu im Konferenzraum Main (Haus A, 5. OG): induktive Höranlage",
     date=when(3, 10, 8, 5), charset="iso-8859-1",
     body="""Liebe Kolleginnen und Kollegen,

im Konferenzraum "Main" ist seit heute eine induktive Höranlage
(Ringschleife nach DIN EN 60118-4) eingebaut. Wer ein Hörgerät oder
Cochlea-Implantat mit T-Spule trägt, kann damit Vorträge direkt über das
Hörgerät hören. Das Schild mit dem durchgestrichenen Ohr hängt neben der Tür.

Bitte immer das Raummikrofon benutzen, auch wenn ihr "eh laut genug"
sprecht - die Anlage überträgt nur, was ins Mikrofon geht.

Eine mobile Anlage für andere Räume kann über das Ticketsystem (Kategorie
"Veranstaltungstechnik") ausgeliehen werden.

Euer Facility Management""")

# ---- 0035 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-guardian",
     "life-insurance beneficiary change requested by a legal guardian; named person with intellectual disability, court approval needed",
     frm=ST["feldkamp"], to="Peter Roos <roos@betreuungsverein-mainbogen.example>",
     subject="LV-5501-20388 – Änderung Bezugsrecht für Herrn Schuster",
     date=when(3, 11, 11, 12),
     body="""Sehr geehrter Herr Roos,

Sie möchten als rechtlicher Betreuer von Herrn Jannik Schuster (geb.
19.07.1984) das Bezugsrecht der Risikolebensversicherung LV-5501-20388 von
seiner verstorbenen Mutter auf seine Schwester, Frau Nadine Schuster,
ändern.

Zwei Punkte dazu:

1. Ihr Aufgabenkreis laut Bestellungsurkunde (AG Offenbach, 3 XVII 412/21)
   umfasst die Vermögenssorge. Das genügt grundsätzlich.
2. Herr Schuster ist nach dem Gutachten in der Betreuungsakte wegen seiner
   geistigen Behinderung geschäftsunfähig. Die Änderung des Bezugsrechts
   hat Schenkungscharakter; wir benötigen daher die Genehmigung des
   Betreuungsgerichts.

Sobald der Beschluss vorliegt, setzen wir die Änderung um. Die
Todesfallsumme beträgt unverändert 60.000 EUR.

""" + S["feldkamp"] + "\n\n" + FOOT_DE)

# ---- 0036 -----------------------------------------------------------------
mail("CONFIDENTIAL", "en", "insurer-to-customer",
     "motor policy for a named young driver with date of birth, plate and no-claims class; iso-8859-1",
     frm=ST["service"], to="Tomasz Wilk <tomasz.wilk@freemail.example>",
     subject="Your new motor policy KH-7790214-6",
     date=when(3, 12, 9, 25), charset="iso-8859-1", cte="quoted-printable",
     body="""Dear Mr Wilk,

welcome to Mainstern! Your motor policy is active:

  Policy number:     KH-7790214-6
  Policyholder:      Tomasz Wilk, born 02.10.2005
  Vehicle:           VW Polo 1.0, OF-TW 512, first registration 2019
  Cover:             third-party liability + partial cover (Teilkasko, EUR 150 excess)
  No-claims class:   SF ½ (first car, accompanied driving at 17)
  Annual premium:    EUR 1,086.40, paid monthly

The policy schedule will reach you by post within a week. Please keep the
eVB number 7K3QZ9P in case the registration office asks again.

Drive safely!
Your Mainstern Customer Service
""")

# ---- 0037 -----------------------------------------------------------------
mail("NORMAL", "en", "insurer-to-broker",
     "trap: broker product mail about a long-term-care supplement (Pflege, dementia, care level in general); no client",
     frm=ST["makler"], to="Harbourside Brokers Team <team@harbourside-brokers.example>",
     subject="New: Pflege Plus 2026 – care top-up for your clients",
     date=when(3, 13, 13, 0),
     body="""Dear partners,

from 1 April you can offer "Pflege Plus 2026", our long-term care
supplement (Pflegetagegeld):

* daily allowance up to EUR 150, paid from care level 1
* 100 % of the allowance in care levels 4 and 5, also for home care
* dementia covered from day one - no waiting period
* simplified health questions (4 questions) up to age 65
* premium waiver from care level 3

Selling points for clients who care for relatives themselves: the
allowance is paid without receipts, so it can finance a carer, respite care
or home adaptations.

Rates, application forms and the product sheet in English are in the
broker portal under "Products > Health > Care".

Your Mainstern Broker Service
""")

# ---- 0038 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
     "request to an ophthalmologist for a report on a named customer's visual acuity for a BU claim; questionnaire PDF",
     frm=ST["feldkamp"], to="Augenarztpraxis Dr. Reinhold <info@augen-reinhold.example>",
     subject="Befundbericht angefordert – Frau Vanessa Hirt, geb. 08.04.1976",
     date=when(3, 16, 15, 15),
     body="""Sehr geehrter Herr Dr. Reinhold,

Ihre Patientin Frau Vanessa Hirt hat bei uns Leistungen aus ihrer
Berufsunfähigkeitsversicherung beantragt (retinitis pigmentosa, Beruf:
Zahntechnikerin). Eine Schweigepflichtentbindung liegt bei.

Bitte beantworten Sie die Fragen im beigefügten Formular. Für den Bericht
vergüten wir 85 EUR (GOÄ Nr. 75 analog), bitte mit Rechnung.

""" + S["feldkamp"] + "\n\n" + FOOT_DE,
     atts=[A("Fragebogen_Augenarzt_Hirt.pdf", make_pdf("""Mainstern Lebensversicherung AG - Aerztlicher Fragebogen Augenheilkunde

Versicherte Person: Vanessa Hirt, geb. 08.04.1976, Schaden-Nr. BU-2026-00218
Vertrag: LV-8810-40912 (Selbstaendige Berufsunfaehigkeitsversicherung)

1. Seit wann behandeln Sie die Patientin? Diagnose(n) mit ICD-10 (z. B. H35.5)?
2. Bestkorrigierter Visus rechts / links (Fern und Nah):
3. Gesichtsfeld (Goldmann III/4): verbleibender Radius in Grad
4. Bestehen Blendempfindlichkeit, Nachtblindheit, gestoertes Farbsehen?
5. Kann die Patientin Arbeiten mit Lupenbrille / unter dem Mikroskop
   (Zahntechnik, Feinarbeit) noch mehr als 3 Stunden taeglich ausueben?
6. Ist eine Besserung zu erwarten? Prognose?

Schweigepflichtentbindung vom 02.03.2026 liegt vor (Anlage).""", title="Fragebogen Augenheilkunde",
         dt=(2026, 3, 16, 15, 0, 0)))])

# ---- 0039 -----------------------------------------------------------------
mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "legal-expenses cover confirmation in a tenancy dispute for a named customer; no health content",
     frm=ST["quast"], to="Jana Petrović <jana.petrovic@mailpost.example>",
     subject="Deckungszusage Mietrecht – Ihr Zeichen: Nebenkosten 2024",
     date=when(3, 17, 10, 55),
     body="""Sehr geehrte Frau Petrović,

für Ihren Streit mit Ihrer Vermieterin, der Wohnbau Dreieich GmbH, über die
Nebenkostenabrechnung 2024 (Nachforderung 1.412,80 EUR) bestätigen wir
Versicherungsschutz aus Ihrem Rechtsschutzvertrag RS-4402-30951
(Wohnungs-Rechtsschutz Mieter, Selbstbeteiligung 250 EUR).

Die Deckung gilt zunächst für die außergerichtliche Tätigkeit Ihres
Anwalts, Herrn RA Simon Albers. Vor einer Klage melden Sie sich bitte
noch einmal bei uns.

Schadennummer: RS-2026-04417

""" + S["quast"])

# ---- 0040 -----------------------------------------------------------------
mail("NORMAL", "de", "insurer-to-supplier",
     "trap: monthly Braille/large-print print order with job numbers and page counts only (CSV windows-1252); no names",
     frm=ST["einkauf"], to="Auftragsannahme Punktschrift Druckhaus <auftrag@punktdruck.example>",
     subject="Druckauftrag März: Punktschrift und Großdruck (Sammelauftrag 2026-03)",
     date=when(3, 18, 7, 45),
     body="""Guten Morgen Frau Lenz,

anbei der Sammelauftrag für März. Die Dateien liegen wie gewohnt auf dem
SFTP (Ordner /out/2026-03), Zuordnung über die Jobnummer. Adressetiketten
drucken wir selbst, Sie bekommen nur die Inhalte.

Bitte wieder als "Blindensendung" frankieren, wo Punktschrift drin ist.

Danke!
Zentraler Einkauf
Mainstern Versicherung AG
""",
     atts=[A("Sammelauftrag_2026-03.csv", make_csv([
         ["Jobnummer", "Format", "Seiten", "Exemplare", "Bindung", "Bemerkung"],
         ["PD-26-0301", "Punktschrift Kurzschrift", 14, 1, "Spirale", "AVB Hausrat"],
         ["PD-26-0302", "Punktschrift Vollschrift", 6, 1, "geheftet", "Jahresmitteilung"],
         ["PD-26-0303", "Großdruck 18 pt", 9, 1, "geheftet", ""],
         ["PD-26-0304", "Großdruck 16 pt", 22, 2, "Ringbuch", "Vertragsunterlagen, doppelseitig"],
         ["PD-26-0305", "Punktschrift Kurzschrift", 31, 1, "Spirale", "Bedingungen Unfall, Schwellpapier für Grafik S. 4"],
         ["PD-26-0306", "Großdruck 16 pt", 3, 1, "lose", "Beitragsrechnung"],
     ]), charset="windows-1252", mime="application/vnd.ms-excel")])

# ---- 0041 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "en", "doctor",
     "harmless forwarding note; the attached .eml is a psychiatrist's report on a named expat (PTSD, medication) with his sign-language needs",
     frm=ST["oneill"], to=ST["achterberg"],
     subject="FW: Report Mr Sandoval – please review",
     date=when(3, 19, 16, 30),
     body="""Sabine,

report from the psychiatrist attached as mail. Can you have a look before
Friday? I think we need the full treatment plan before approving the
clinic stay.

Thanks
Patrick
""",
     atts=[dict(frm="Dr. Ruth Abendroth <r.abendroth@psychiatrie-westend.example>",
                to="patrick.oneill@mainstern.example",
                subject="Report Mr Sandoval / IH-900-40266",
                date=when(3, 18, 18, 2), filename="Report Mr Sandoval.eml",
                msgid="<7e1c@psychiatrie-westend.example>",
                body="""Dear Mr O'Neill,

as requested, my report on Mr Javier Sandoval (born 30 May 1983), who has
been in my care since November 2025.

Diagnosis: post-traumatic stress disorder (F43.1) after a workplace
accident in Madrid, moderate depressive episode (F32.1).
Medication: sertraline 100 mg daily, prazosin 2 mg at night.

Mr Sandoval has been profoundly deaf since childhood and communicates in
Spanish Sign Language (LSE); therapy sessions need an LSE interpreter,
which has limited progress. I recommend an eight-week inpatient stay at
the Klinik am Hainberg, which offers therapy in sign language.

Kind regards
Dr. Ruth Abendroth
Psychiatrie Westend, Frankfurt
""")])

# ---- 0042 -----------------------------------------------------------------
mail("CONFIDENTIAL", "de", "insurer-to-company",
     "fleet renewal for a logistics company; driver list XLSX with named drivers and birth dates",
     frm=ST["thalmann"], to="Fuhrpark Hafenkran Logistik <fuhrpark@hafenkran-logistik.example>",
     cc="Rüdiger Stamm <r.stamm@hafenkran-logistik.example>",
     subject="Flotte FL-118-2203 – Fahrerliste für die Verlängerung",
     date=when(3, 20, 11, 8),
     body="""Hallo Herr Stamm,

für die Verlängerung der Flottenversicherung (38 Fahrzeuge) brauchen wir
die aktualisierte Fahrerliste. Ich habe Ihnen die Liste vom letzten Jahr
angehängt - bitte Zu- und Abgänge markieren und zurückschicken.

Wichtig sind uns die Fahrer unter 23 Jahren wegen des Zuschlags.

""" + S["thalmann"],
     atts=[A("Fahrerliste_FL-118-2203_Stand2025.xlsx", make_xlsx([
         ("Fahrer", [["Personalnr.", "Name", "Vorname", "Geburtsdatum", "Führerschein seit", "Klasse"],
                     ["HK-0112", "Bergmann", "Sven", "12.06.1979", "1997", "CE"],
                     ["HK-0145", "Özkan", "Mehmet", "03.11.1988", "2006", "CE"],
                     ["HK-0201", "Lehmann", "Kai", "27.02.2003", "2021", "C"],
                     ["HK-0207", "Wojcik", "Pawel", "15.09.1991", "2010", "CE"],
                     ["HK-0230", "Schreiner", "Lea", "08.01.2004", "2022", "B"],
                     ["HK-0233", "Fischer", "Thomas", "21.12.1968", "1986", "CE"]])],
         title="Fahrerliste", dt=(2026, 3, 20, 10, 0, 0)))])

# ---- 0043 -----------------------------------------------------------------
mail("NORMAL", "de", "newsletter",
     "trap: HTML-only broker newsletter on advising clients with disabilities (Vorerkrankungen, Behinderung, Betreuung in general)",
     frm=ST["makler"], to="maklernews@lists.mainstern.example",
     subject="Maklerbrief 03/2026: Inklusive Beratung – Kundinnen und Kunden mit Behinderung",
     date=when(3, 23, 6, 0),
     headers=[("List-Unsubscribe", "<https://makler.mainstern.example/abmelden>"), ("Precedence", "bulk")],
     html="""<html><head><meta charset="utf-8"></head><body style="font-family:Arial;font-size:15px">
<h1>Maklerbrief 03/2026</h1>
<h2>Inklusive Beratung: worauf es ankommt</h2>
<p>Rund 7,9 Millionen Menschen in Deutschland leben mit einer schweren Behinderung.
Viele von ihnen fühlen sich bei Versicherungen schlecht beraten. Drei Tipps aus unserem
Webinar mit der Koordinationsstelle Barrierefreie Kommunikation:</p>
<ol>
<li><b>Fragen Sie, nicht vermuten Sie.</b> Nicht jede Behinderung ist eine Vorerkrankung im Sinne
der Gesundheitsfragen &ndash; und nicht jede Vorerkrankung schließt Versicherungsschutz aus.</li>
<li><b>Betreuung ist nicht gleich Geschäftsunfähigkeit.</b> Prüfen Sie den Aufgabenkreis; viele
Betreute schließen Verträge selbst ab.</li>
<li><b>Formate anbieten:</b> Großdruck, Punktschrift, Leichte Sprache und DGS-Dolmetschen
übernehmen wir auch für Beratungstermine Ihrer Kundschaft.</li>
</ol>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Produkt</th><th>Besonderheit für Menschen mit Behinderung</th></tr>
<tr><td>Unfall Plus</td><td>keine Ausschlüsse wegen Behinderung, Hilfsmittel-Baustein</td></tr>
<tr><td>Hausrat Komfort</td><td>Hilfsmittel (Rollstuhl, Hörgeräte) bis 10.000 EUR mitversichert</td></tr>
<tr><td>Privathaftpflicht</td><td>Assistenzhunde ohne Mehrbeitrag</td></tr>
</table>
<p><a href="https://makler.mainstern.example/webinare">Aufzeichnung des Webinars</a> &middot;
<a href="https://makler.mainstern.example/abmelden">Abmelden</a></p>
</body></html>""")

# ---- 0044 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "hearing-aid reimbursement statement for a named customer with diagnosis; body base64-encoded",
     frm=ST["kranken"], to="Erwin Stöckl <erwin.stoeckl@t-netz.example>",
     subject="Leistungsabrechnung Nr. 2026-118734",
     date=when(3, 24, 9, 30), cte="base64",
     body="""Sehr geehrter Herr Stöckl,

wir haben Ihre Rechnung der Hörakustik Lindner vom 02.03.2026 geprüft.

Vertrag:        KV 3-117-602254, Tarif AMB 80
Diagnose lt. Verordnung: beidseitige Schallempfindungsschwerhörigkeit (H90.3)
Hilfsmittel:    2 Hinter-dem-Ohr-Hörgeräte, Batterien, Anpassung

Rechnungsbetrag:           3.680,00 EUR
erstattungsfähig (Tarif):  3.000,00 EUR (Höchstbetrag Hörgeräte je 5 Jahre)
davon 80 %:                2.400,00 EUR

Den Betrag überweisen wir auf Ihr bekanntes Konto.

Unser Tipp: Ihr Tarif erstattet auch die Reparaturpauschale und die
Nachanpassung innerhalb von sechs Jahren.

""" + S["wedekind"])

# ---- 0045 -----------------------------------------------------------------
mail("NORMAL", "en", "internal",
     "trap: job advert with the usual equal-opportunity line for severely disabled applicants; no person",
     frm=ST["personal"], to=f"intranet-jobs@{DOM}",
     subject="Job posting for approval: Claims Handler Expat Health (m/f/d)",
     date=when(3, 25, 14, 2), charset="us-ascii",
     body="""Hi team,

please publish the following on the careers page and the intranet from
Monday:

------------------------------------------------------------------
Claims Handler International Health (m/f/d), full or part time, Offenbach

Your tasks: assess medical invoices from 40 countries, talk to hospitals
abroad, support our expat customers in English and German.

Your profile: training as an insurance clerk or medical assistant,
good knowledge of medical terminology and ICD-10, fluent English.

We value diversity. Applications from people with disabilities are very
welcome; severely disabled applicants with equal qualifications are given
preference. Our building is step-free, and we provide sign language
interpreters for interviews on request.

Apply by 30 April: https://karriere.mainstern.example/jobs/4471
------------------------------------------------------------------

Thanks,
HR Recruiting
""")

# ---- 0046 -----------------------------------------------------------------
mail("CONFIDENTIAL", "en", "insurer-to-customer",
     "legal-expenses cover for a named customer's dismissal case, with his gross salary; no health data",
     frm=ST["quast"], to="Arjun Mehta <arjun.mehta@inbox.example>",
     subject="Employment dispute – cover confirmed (RS-2026-05120)",
     date=when(3, 26, 10, 40),
     body="""Dear Mr Mehta,

we confirm cover under your legal expenses policy RS-4402-48819 (employment
module) for your action against the termination by Falkenstein Software GmbH
dated 9 March 2026.

Your lawyer gave us your gross monthly salary of EUR 6,250, so the court
value is three months' pay, EUR 18,750. Based on this we will pay the
lawyer's fees for the first instance at the labour court in Offenbach
(Arbeitsgericht). Please note: in labour court cases each side pays its own
lawyer in the first instance, even if you win - this is why the cover
matters.

Excess: EUR 150.

Kind regards
Bernd Quast
Legal Expenses Claims
Mainstern Rechtsschutzversicherung AG
""")

# ---- 0047 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-guardian",
     "reply to a guardian about a named ward's accident insurance; epilepsy and seizure-related fall in quoted text",
     frm=ST["lichtenberg"], to="Anette Gruber <gruber@betreuungsbuero-gruber.example>",
     subject="AW: Unfall meines Betreuten Herrn Maik Winter – UV-2209-60552",
     date=when(3, 27, 12, 22),
     body="""Sehr geehrte Frau Gruber,

vielen Dank. Damit wir Ihnen Auskunft geben dürfen, brauchen wir noch eine
Kopie Ihres Betreuerausweises; aus Ihrer Nachricht geht nicht hervor, ob
die Gesundheitssorge zu Ihren Aufgabenkreisen gehört.

Zur Sache vorab: Unfälle infolge von Krampfanfällen sind in der
Unfallversicherung von Herrn Winter nach Ziffer 5.1.1 der Bedingungen
ausgeschlossen, es sei denn, der Anfall wurde durch ein Unfallereignis
verursacht. Wir müssen den Arztbericht abwarten.

""" + S["lichtenberg"] + """

> Sehr geehrte Damen und Herren,
> ich bin die rechtliche Betreuerin von Herrn Maik Winter (geb. 30.10.1990).
> Herr Winter hat eine Epilepsie und ist am 11.03. bei einem Anfall in der
> Wohngruppe gestürzt, dabei hat er sich das Jochbein gebrochen. Er lag drei
> Tage im Klinikum Hanau. Zahlt die Unfallversicherung?
> Mit freundlichen Grüßen
> Anette Gruber, Berufsbetreuerin
""")

# ---- 0048 -----------------------------------------------------------------
mail("NORMAL", "de", "insurer-to-authority",
     "trap: DPO's answer to the supervisory authority's general question on storing accessibility preferences (Art. 9 DSGVO); no individual",
     frm=ST["datenschutz"], to="Referat 23 <referat23@datenschutz-aufsicht.example>",
     subject="Ihr Az. 23.4-1187/2026 – Speicherung von Kommunikationspräferenzen",
     date=when(3, 30, 15, 0),
     body="""Sehr geehrte Frau Dr. Köster,

zu Ihrer allgemeinen Anfrage vom 12. März nehmen wir wie folgt Stellung.

1. Wir speichern im Kundenstamm nur das gewünschte Format
   (Großdruck 16/18 pt, Punktschrift, Leichte Sprache, barrierefreie PDF,
   Kontakt nur schriftlich, DGS-Dolmetschung). Ein Grund - etwa eine
   Sehbehinderung oder Gehörlosigkeit - wird nicht erfasst.
2. Wir haben geprüft, ob schon die Formatwahl ein Gesundheitsdatum im Sinne
   von Art. 9 DSGVO ist. Da der Rückschluss auf eine Behinderung naheliegt,
   behandeln wir das Merkmal vorsorglich wie ein besonderes Datum:
   Zugriff nur für Kundenservice und Druckstraße, keine Auswertung zu
   Werbezwecken, Löschung mit dem Vertrag.
3. Die Datenschutz-Folgenabschätzung liegt bei und ist seit Januar 2026 in
   Kraft.

Für Rückfragen stehe ich gern zur Verfügung.

""" + S["roettgers"] + "\n\n" + FOOT_DE)

# ---- 0049 -----------------------------------------------------------------
mail("CONFIDENTIAL", "mixed", "insurer-to-customer",
     "expat household contents policy on moving to Germany; named customer, new address, policy no.; English with German terms",
     frm=ST["service"], to="Chloé Martin-Baker <chloe.mb@webpost.example>",
     subject="Ihre Hausratversicherung / your contents insurance – HR 55 912 006",
     date=when(3, 31, 9, 12),
     body="""Dear Ms Martin-Baker,

willkommen in Deutschland! As discussed on the phone, here is a summary
of your new Hausratversicherung:

  Versicherungsnehmerin: Chloé Martin-Baker
  Risikoort / address:   Berger Straße 214, 60385 Frankfurt am Main, 3. OG links
  Wohnfläche:            78 m²
  Versicherungssumme:    EUR 50,700 (Unterversicherungsverzicht)
  Beginn / start:        01.04.2026
  Vertragsnummer:        HR 55 912 006

"Fahrraddiebstahl" (bicycle theft) is included up to EUR 1,500, also when
the bike is locked outside your flat. "Elementarschäden" (flood) is not
included - let me know if you want it.

Mit freundlichen Grüßen / kind regards
Your Mainstern Customer Service
""")

# ---- 0050 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "travel cancellation paid because of a named customer's pneumonia and hospital stay",
     frm=ST["markowski"], to="Oliver Grant <oliver.grant@freemail.example>",
     subject="Trip cancellation RG-2026-01431 – payment",
     date=when(4, 1, 11, 11),
     body="""Dear Mr Grant,

we have checked the certificate from Dr. Falk (Sachsenhausen) and the
discharge letter from the Bürgerhospital: you were admitted with
community-acquired pneumonia (J18.9) on 17 March and stayed until 23 March,
so you could not start your trip to Lisbon on 19 March.

Your annual travel policy RV-6620-2948 covers the cancellation costs:

  Flights (TAP, non-refundable)   EUR   412.00
  Hotel (4 nights)                EUR   536.00
  less excess                     EUR  - 50.00
  ----------------------------------------
  Payment                         EUR   898.00

We'll transfer the amount to your account within five working days.
Get well soon!

""" + S["markowski"])

# ---- 0051 -----------------------------------------------------------------
mail("NORMAL", "de", "internal",
     "trap: training invitation on writing letters in plain/easy language (ICS); cognitive disabilities in general",
     frm=ST["oberle"], to=f"kundenservice-team@{DOM}, leistung-kranken@{DOM}",
     subject="Einladung: Workshop \"Briefe in Leichter und Einfacher Sprache\"",
     date=when(4, 2, 13, 30),
     body="""Hallo zusammen,

viele unserer Briefe sind für Menschen mit Lernschwierigkeiten, mit
Demenz oder mit wenig Deutschkenntnissen kaum verständlich. Deshalb gibt es
einen halbtägigen Workshop mit Klartext Leicht:

  - Unterschied Leichte Sprache / Einfache Sprache
  - typische Stolperstellen in unseren Schreiben (Passiv, Fachwörter,
    Verneinungen, "Versicherungsnehmer")
  - Übung: Ablehnungsschreiben umschreiben (anonymisierte Beispiele)

Termin im Anhang. Plätze: 16, bitte kurz zusagen.

Katrin
""",
     atts=[A("Workshop_Leichte_Sprache.ics", make_ics("ws-ls-20260421@mainstern.example",
                                                    "20260421T090000", "20260421T130000",
                                                    "Workshop Briefe in Leichter und Einfacher Sprache",
                                                    "Haus A, Raum 2.04 (induktive Höranlage vorhanden)",
                                                    "Referentin: Kirsten Bahr, Klartext Leicht. Bitte ein eigenes Schreiben mitbringen (anonymisiert!).",
                                                    "katrin.oberle@mainstern.example"))])

# ---- 0052 -----------------------------------------------------------------
mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "eVB confirmation for registering a car with the named customer's birth date and address",
     frm=ST["noreply"], to="Franziska Ehrlich <f.ehrlich@netzpost.example>",
     subject="Ihre eVB-Nummer für die Zulassung",
     date=when(4, 3, 18, 52), charset="iso-8859-1",
     body="""Guten Tag Frau Ehrlich,

hier ist Ihre elektronische Versicherungsbestätigung (eVB) für die
Zulassung Ihres Fahrzeugs:

    eVB-Nummer: Q4T8M2A

Versicherungsnehmerin: Franziska Ehrlich, geb. 17.01.1995
Anschrift: Kirchgasse 5, 63128 Dietzenbach
Fahrzeug: Opel Corsa-e, FIN W0V7H9EH4P4012377
Gültig bis: 03.05.2026

Die eVB-Nummer geben Sie bei der Zulassungsstelle an. Danach erhalten Sie
Ihren Versicherungsschein automatisch.

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.
Mainstern Allgemeine Versicherung AG""")

# ---- 0053 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "dental supplementary insurance reimbursement with tooth numbers, crown and GOZ positions for a named customer; windows-1252",
     frm=ST["kranken"], to="Yusuf Arslan <yusuf.arslan@mailpost.example>",
     subject="Erstattung Zahnersatz – Rechnung Zahnarztpraxis Dr. Peters",
     date=when(4, 6, 10, 2), charset="windows-1252", cte="quoted-printable",
     body="""Sehr geehrter Herr Arslan,

zu Ihrer Zahnzusatzversicherung ZZ-7701-3318 haben wir die Rechnung der
Zahnarztpraxis Dr. Peters vom 24.03.2026 abgerechnet:

  Zahn 36: Vollkeramikkrone (GOZ 2210), Aufbaufüllung (GOZ 2180)
  Zahn 37: Wurzelkanalbehandlung (GOZ 2410, 2440), Teilkrone
  Rechnungsbetrag                          2.214,37 €
  Festzuschuss gesetzliche Kasse            -612,40 €
  Restbetrag                               1.601,97 €
  Erstattung 90 % nach Tarif ZahnPlus      1.441,77 €

Die Zahlung erfolgt auf Ihr Konto [[IBAN DE 370400440532013000]].

""" + S["wedekind"])

# ---- 0054 -----------------------------------------------------------------
mail("NORMAL", "en", "insurer-to-partner",
     "trap: direct-billing framework with a hospital group: patients, diagnosis codes, DRG in general; no patient",
     frm=ST["dubois"], to="Dr. Frank Seidler <f.seidler@taunus-kliniken.example>",
     subject="Direct billing agreement 2026 – open points",
     date=when(4, 7, 14, 50),
     body="""Dear Dr Seidler,

thank you for the revised draft. Three open points from our side:

1. Electronic invoices: we can accept the DRG data set (Section 301 format)
   including diagnoses and procedures only through the secure channel, not
   as PDF by e-mail.
2. Interpreters: your hospitals will book sign language and spoken-language
   interpreters for our insured patients; we reimburse at the agreed rates
   without prior approval up to EUR 600 per stay.
3. Accessibility: please name one contact per hospital for patients who
   need easy-read information or assistance - we will add them to our
   customer information.

Could we sign at the meeting on 22 April?

""" + S["dubois"] + "\n\n" + FOOT_EN)

# ---- 0055 -----------------------------------------------------------------
mail("CONFIDENTIAL", "en", "insurer-to-broker",
     "property quote for a sole-trader bakery owner (natural person) with her date of birth and annual turnover",
     frm=ST["thalmann"], to="Gareth Pryce <g.pryce@harbourside-brokers.example>",
     subject="Quote – bakery contents & business interruption, Ms Aylin Demirel",
     date=when(4, 8, 9, 5), charset="us-ascii",
     body="""Hi Gareth,

quote for your client as requested:

Insured: Aylin Demirel, sole trader, trading as "Backstube Demirel"
DOB: 22 March 1984
Premises: Waldstrasse 61, 63065 Offenbach
Turnover 2025: EUR 412,000

Contents (ovens, cold room, fittings): EUR 180,000
Business interruption: 12 months, EUR 160,000
Annual premium: EUR 2,418.00 plus insurance tax

Valid for 30 days. Cold-room spoilage is included up to EUR 10,000.

Cheers
Sven Thalmann
Commercial Lines, Mainstern Allgemeine Versicherung AG
""")

# ---- 0056 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "de", "internal",
     "underwriting note on a named applicant with cerebral palsy for accident insurance; medical risk assessment",
     frm=ST["achterberg"], to=f"antrag-unfall@{DOM}",
     subject="Votum Antrag UV-A-2026-07712 (Frau Lisa Brandl)",
     date=when(4, 9, 16, 12),
     body="""Hallo Antragsteam,

mein Votum zum Antrag von Frau Lisa Brandl (geb. 04.02.2001), Unfall Plus,
Grundsumme 100.000 EUR, Progression 350 %:

Angaben: infantile Zerebralparese (G80.1, spastische Diplegie), GdB 70,
geht mit Unterarmstützen, nutzt für längere Strecken einen Rollstuhl.
Keine Anfälle, keine Medikation außer Botulinumtoxin-Injektionen
halbjährlich. Studentin, Bürotätigkeit angestrebt.

Bewertung: Das Unfallrisiko ist leicht erhöht (Sturzneigung), aber
tarifierbar. Vorschlag: Annahme zu Normalbeitrag; Vorinvalidität an
beiden Beinen wird nach Ziffer 2.1.2.2.3 AUB bei Leistung abgezogen.
Kein Ausschluss, kein Zuschlag - ein Zuschlag wäre hier nach § 20 AGG
kaum begründbar.

Gruß
""" + S["achterberg"])

# ---- 0057 -----------------------------------------------------------------
mail("NORMAL", "de", "insurer-to-customer",
     "trap: portal notification without content ('vertrauliche Nachricht', 'Gesundheitsdaten' in boilerplate); HTML alternative",
     frm=ST["noreply"], to="r.hofmann-saleh@fernpost.example",
     subject="Neue Nachricht in Ihrem Mainstern-Postfach",
     date=when(4, 10, 6, 17),
     body="""Guten Tag,

in Ihrem persönlichen Postfach im Mainstern Kundenportal liegt eine neue
Nachricht für Sie.

Aus Gründen des Datenschutzes enthält diese E-Mail keine Inhalte.
Vertrauliche Informationen, zum Beispiel Gesundheitsdaten, versenden wir
ausschließlich verschlüsselt über das Portal.

Zum Postfach: https://sicher.mainstern.example/postfach

Sie nutzen einen Screenreader oder brauchen größere Schrift? Unter
"Einstellungen > Darstellung" können Sie die Einfache Ansicht einschalten.

Ihre Mainstern Versicherung
""",
     html="""<html lang="de"><body style="font-family:Arial;font-size:16px">
<p>Guten Tag,</p>
<p>in Ihrem persönlichen Postfach im Mainstern Kundenportal liegt eine neue Nachricht für Sie.</p>
<p>Aus Gründen des Datenschutzes enthält diese E-Mail keine Inhalte. Vertrauliche Informationen,
zum Beispiel Gesundheitsdaten, versenden wir ausschließlich verschlüsselt über das Portal.</p>
<p><a href="https://sicher.mainstern.example/postfach" style="font-size:18px">Zum Postfach</a></p>
<p>Sie nutzen einen Screenreader oder brauchen größere Schrift? Unter &bdquo;Einstellungen &gt; Darstellung&ldquo;
können Sie die Einfache Ansicht einschalten.</p>
</body></html>""")

# ---- 0058 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "hospital daily benefit for a named customer's stroke rehabilitation, wife as carer in Cc",
     frm=ST["kranken"], to="Robert Hughes <r.hughes@inbox.example>", cc="Margaret Hughes <m.hughes@inbox.example>",
     subject="Hospital daily benefit – stay at Reha-Zentrum Vogelsberg",
     date=when(4, 13, 10, 20),
     body="""Dear Mr Hughes, dear Mrs Hughes,

Mrs Hughes kindly sent us the discharge report, as Mr Hughes still has
difficulty writing with his right hand. We have copied her as agreed.

After the ischaemic stroke on 2 February (I63.5), Mr Hughes was treated in
Klinikum Offenbach until 12 February and then in neurological rehabilitation
(phase C) at Reha-Zentrum Vogelsberg until 27 March.

Under policy KV 3-450-881902 (hospital daily benefit EUR 60/day, doubled for
rehabilitation after stroke) we pay:

  Acute hospital, 10 days x EUR 60      EUR   600.00
  Rehabilitation, 43 days x EUR 120     EUR 5,160.00
  Total                                 EUR 5,760.00

If Mr Hughes needs help at home now, please ask us about the care allowance;
Mrs Hughes can apply on his behalf with a power of attorney.

With best wishes for his recovery
Jonas Wedekind
Health Claims, Mainstern Krankenversicherung AG
""")

# ---- 0059 -----------------------------------------------------------------
mail("NORMAL", "de", "insurer-to-supplier",
     "trap: order of magnifiers and a portable hearing loop for the customer centre counters; Sehbehinderung/Schwerhörigkeit generic",
     frm=ST["petersen"], to="Vertrieb Optik Sehwerk <vertrieb@sehwerk-hilfsmittel.example>",
     subject="Bestellung Kundencenter: Lupen und mobile Höranlage",
     date=when(4, 14, 11, 44),
     body="""Guten Tag Herr Kaiser,

für unsere drei Kundencenter bestellen wir gemäß Angebot AN-26-0419:

  6 x LED-Standlupe 3,5-fach "Visolux"           à 89,00 EUR
  3 x Leselupe mit Griff, 4-fach                  à 34,50 EUR
  3 x mobile Induktionsanlage (Tresenschleife)    à 412,00 EUR
  3 x Hinweisschild "Höranlage vorhanden"         à 12,90 EUR

Lieferung an: Mainstern Versicherung AG, Warenannahme, Kaiserleistraße 40,
63067 Offenbach. Bestellnummer BE-2026-00477, Rechnung bitte mit dieser
Nummer.

Hintergrund: Kundinnen und Kunden mit Sehbehinderung oder Schwerhörigkeit
sollen am Tresen ohne Hilfe lesen und verstehen können.

""" + S["petersen"])

# ---- 0060 -----------------------------------------------------------------
mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "water-damage household claim payment to a named customer with address and IBAN",
     frm=ST["brandstaetter"], to="Lothar Kienzle <lothar.kienzle@t-netz.example>",
     subject="Leitungswasserschaden HR-2026-0009154 – Abrechnung",
     date=when(4, 15, 15, 30),
     body="""Sehr geehrter Herr Kienzle,

für den Leitungswasserschaden vom 28.03.2026 in Ihrer Wohnung
Ludwigstraße 44, 63067 Offenbach, rechnen wir wie folgt ab:

  Laminat Wohnzimmer (Neuwert)        1.920,00 EUR
  Sofa, Teppich                       1.340,00 EUR
  Trocknungsgeräte (Strom)              118,40 EUR
  abzgl. Selbstbehalt                  -150,00 EUR
  -----------------------------------------------
  Zahlung                             3.228,40 EUR

Überweisung auf [[IBAN DE 430700240061125502]], Kontoinhaber Lothar Kienzle.
Den Gebäudeschaden (Estrich) reguliert der Gebäudeversicherer Ihres
Vermieters.

""" + S["brandstaetter"])
# ---- 0061 -----------------------------------------------------------------
mail("NORMAL", "de", "internal",
     "trap: company inclusion agreement (Inklusionsvereinbarung) signed; schwerbehinderte Beschäftigte, BEM, Hilfsmittel in general terms (ODT)",
     frm=ST["vogt"], to=ALL_STAFF, cc=ST["castellano"],
     subject="Inklusionsvereinbarung 2026–2029 unterschrieben",
     date=when(4, 16, 12, 0),
     body="""Liebe Kolleginnen und Kollegen,

gestern haben Vorstand, Betriebsrat und Schwerbehindertenvertretung die neue
Inklusionsvereinbarung unterschrieben. Die wichtigsten Punkte stehen in der
Zusammenfassung im Anhang, der volle Text ist im Intranet.

Wer Fragen zu Arbeitsplatzanpassung, Gleichstellung oder zum BEM hat: Meine
Sprechstunde ist dienstags 10-12 Uhr, alles bleibt vertraulich.

Herzliche Grüße
""" + S["vogt"],
     atts=[A("Inklusionsvereinbarung_Zusammenfassung.odt", make_odt([
         "# Inklusionsvereinbarung Mainstern Versicherung AG 2026–2029 – Zusammenfassung",
         "Ziel: Beschäftigungsquote schwerbehinderter Menschen von 5,4 % auf mindestens 6 % erhöhen.",
         "Ausbildung: jährlich mindestens zwei Ausbildungsplätze für junge Menschen mit Behinderung, in Kooperation mit dem Berufsbildungswerk.",
         "Arbeitsplätze: Budget von 80.000 EUR jährlich für technische Hilfsmittel (Braillezeilen, Vergrößerungssoftware, höhenverstellbare Tische), zusätzlich zu Leistungen des Integrationsamts.",
         "Betriebliches Eingliederungsmanagement (BEM): Beteiligung der SBV auf Wunsch der Beschäftigten; Daten aus dem BEM werden getrennt von der Personalakte geführt.",
         "Barrierefreiheit: alle Intranetseiten und internen Anwendungen bis Ende 2027 nach BITV 2.0.",
     ], title="Inklusionsvereinbarung Zusammenfassung", dt=(2026, 4, 16, 11, 0, 0)))])

# ---- 0062 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "reimbursement of a Braille display and screen-reader licence as medical aid for a named blind customer; positions in an ODS",
     frm=ST["wedekind"], to="Günther Hallmann <g.hallmann@fernpost.example>",
     subject="Ihre Braillezeile – Abrechnung zu KV 3-208-114572",
     date=when(4, 17, 9, 35),
     body="""Sehr geehrter Herr Hallmann,

gute Nachricht: Wir übernehmen die Braillezeile als Hilfsmittel. Die
Aufstellung finden Sie in der Tabelle im Anhang (ODS, lässt sich mit
LibreOffice und Ihrem Screenreader lesen). Die Punktschrift-Fassung dieses
Schreibens ist mit der Post unterwegs.

""" + S["wedekind"],
     atts=[A("Abrechnung_Hilfsmittel_Hallmann.ods", make_ods([
         ("Abrechnung", [["Position", "Rechnungsbetrag EUR", "erstattet EUR", "Hinweis"],
                         ["Braillezeile 40 Module (Focus 40 Blue)", 4890.0, 4890.0, "Hilfsmittel bei Blindheit (H54.0), Tarif KOMFORT 100 %"],
                         ["Screenreader-Lizenz JAWS Home", 1120.0, 0.0, "Software, kein Hilfsmittel nach Tarif"],
                         ["Einweisung 3 Std.", 240.0, 240.0, ""],
                         ["Summe", 6250.0, 5130.0, ""]]),
         ("Vertrag", [["Versicherter", "Günther Hallmann"], ["Vertrag", "KV 3-208-114572"], ["Rechnung", "Blista-Technik Marburg, RE-26-1184"]])],
         title="Abrechnung Hilfsmittel", dt=(2026, 4, 17, 9, 0, 0)))])

# ---- 0063 -----------------------------------------------------------------
mail("CONFIDENTIAL", "en", "insurer-to-customer",
     "grey: pet health claim (dog's cruciate ligament surgery) for a named customer; animal health is not human health",
     frm=ST["service"], to="Emily Carver <emily.carver@freemail.example>",
     subject="Pet health claim for Luna – settled",
     date=when(4, 20, 13, 13),
     body="""Dear Ms Carver,

we have settled the vet invoice of Tierklinik Hofheim for Luna (Labrador,
5 years) under your pet health policy TK-3301-0871:

  cruciate ligament surgery (TPLO), left hind leg   EUR 2,940.50
  follow-up, physiotherapy (4 sessions)             EUR   312.00
  reimbursed (80 %, GOT up to 2x rate)              EUR 2,602.00

Payment goes to the account ending in ...4471. Give Luna a pat from us!

Best wishes
Your Mainstern Customer Service
""")

# ---- 0064 -----------------------------------------------------------------
mail("NORMAL", "en", "insurer-to-partner",
     "trap: answer to a deaf association's general question on booking interpreters; deaf, hard of hearing in general, no member named",
     frm=ST["accessibility"], to="Deaf Community Rhein-Main <info@gehoerlosenverband-rm.example>",
     subject="RE: Sign language interpreters for appointments with Mainstern",
     date=when(4, 21, 10, 48),
     body="""Dear Mr Albrecht,

thank you for asking on behalf of your members. In short:

- Any customer can ask for a DGS interpreter for an appointment with us
  (claims adjuster visit, advice at a customer centre, medical examination
  that we commission). We book and pay the interpreter.
- For phone matters, customers can use our video relay service without
  prior registration: https://www.mainstern.example/dgs
- Written communication only (no phone calls) can be set as a preference
  in the customer portal.
- Members don't have to tell us why they need an interpreter.

We would be happy to present this at your members' meeting in June.

Kind regards
""" + S["oberle_en"])

# ---- 0065 -----------------------------------------------------------------
mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "motor third-party claim with the injured party's name and plate, 'niemand wurde verletzt'",
     frm=ST["aydin"], to="Kerstin Vogel <kerstin.vogel@mailpost.example>",
     subject="Ihr Schaden KH-2026-0019388 – Auffahrunfall Frankfurter Ring",
     date=when(4, 22, 16, 1),
     body="""Hallo Frau Vogel,

danke für die Schadenmeldung und die Fotos. Kurze Zusammenfassung:

Am 17.04.2026 sind Sie mit Ihrem Fahrzeug OF-KV 903 auf dem Frankfurter
Ring in Offenbach auf den Wagen von Herrn Ralf Dengler (F-RD 4412)
aufgefahren. Niemand wurde verletzt, die Polizei war nicht vor Ort.

Wir regulieren den Schaden von Herrn Dengler direkt aus Ihrer
Kfz-Haftpflicht (KH-7702268-1). Ihr Vertrag wird dadurch im nächsten Jahr
von SF 9 auf SF 4 zurückgestuft. Sie können den Schaden innerhalb von
sechs Monaten selbst zahlen, um die Rückstufung zu vermeiden - wir sagen
Ihnen den Betrag, sobald das Gutachten da ist.

""" + S["aydin"])

# ---- 0066 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-guardian",
     "respite-care reimbursement to a carer son for his named mother with care level 4 (Parkinson); windows-1252",
     frm=ST["demir"], to="Stefan Hoppe <stefan.hoppe@netzpost.example>",
     subject="Verhinderungspflege für Ihre Mutter – Erstattung",
     date=when(4, 23, 14, 9), charset="windows-1252", cte="quoted-printable",
     body="""Sehr geehrter Herr Hoppe,

Sie haben Ihre Mutter, Frau Gisela Hoppe (Pflegegrad 4, Parkinson-Krankheit
im fortgeschrittenen Stadium), während Ihres Urlaubs vom 23.03. bis
06.04.2026 durch den Pflegedienst Sonnenhof versorgen lassen.

Aus der Pflegeversicherung PT-551-18844 erstatten wir die Kosten der
Verhinderungspflege:

  Rechnung Pflegedienst Sonnenhof     1.812,40 €
  erstattet                           1.812,40 €
  verbleibendes Budget 2026           1.726,60 €

Das Pflegegeld läuft während der Verhinderungspflege zur Hälfte weiter;
das haben wir bereits berücksichtigt. Die Zahlung geht auf das Konto Ihrer
Mutter.

Danke, dass Sie Ihre Vollmacht aktualisiert haben.

""" + S["demir"])

# ---- 0067 -----------------------------------------------------------------
mail("NORMAL", "de", "insurer-to-supplier",
     "trap: data-processing agreement annex for a video-interpreting platform lists 'Gesundheitsdaten' as data category (PDF); no data subject",
     frm=ST["datenschutz"], to="Legal Signvid <legal@signvid.example>",
     subject="AVV Videodolmetschplattform – Anlage 1 abgestimmt",
     date=when(4, 24, 11, 15),
     body="""Sehr geehrte Frau Olsen,

anbei Anlage 1 zum Auftragsverarbeitungsvertrag in der mit unserer
Rechtsabteilung abgestimmten Fassung. Änderungen gegenüber Ihrem Entwurf:
Speicherung von Aufzeichnungen ist ausgeschlossen; Unterauftragnehmer nur
in der EU.

Bitte senden Sie uns den unterschriebenen Vertrag bis 15. Mai.

""" + S["roettgers"],
     atts=[A("AVV_Anlage1_Signvid.pdf", make_pdf("""Anlage 1 zum Auftragsverarbeitungsvertrag (Art. 28 DSGVO)
zwischen Mainstern Versicherung AG (Verantwortlicher) und Signvid GmbH (Auftragsverarbeiter)

1. Gegenstand: Bereitstellung einer Videodolmetschplattform fuer Telefonate
   zwischen Kundinnen und Kunden, die gehoerlos oder hoerbehindert sind,
   und dem Kundenservice (DGS und Schriftdolmetschen).

2. Kategorien betroffener Personen: Kundinnen und Kunden, Interessenten,
   Mitarbeitende des Kundenservice, Dolmetschende.

3. Kategorien personenbezogener Daten: Name, Vertragsnummer, Gesprächsinhalte;
   besondere Kategorien nach Art. 9 DSGVO (Gesundheitsdaten), soweit sie im
   Gespraech genannt werden oder sich aus der Nutzung des Dienstes ergeben.

4. Dauer: keine Speicherung von Bild, Ton oder Transkript; Verbindungsdaten
   30 Tage.

5. Technische und organisatorische Massnahmen: Ende-zu-Ende-Verschluesselung
   (SRTP), Rechenzentrum Frankfurt, ISO 27001.""", title="AVV Anlage 1", dt=(2026, 4, 24, 10, 0, 0)))])

# ---- 0068 -----------------------------------------------------------------
mail("CONFIDENTIAL", "de", "insurer-to-company",
     "D&O policy for a GmbH naming the insured managing directors; no health data",
     frm=ST["thalmann"], to="Dr. Ansgar Moll <a.moll@moll-medtech.example>",
     subject="D&O-Versicherung DO-88-1406 – versicherte Personen 2026",
     date=when(4, 27, 10, 0),
     body="""Sehr geehrter Herr Dr. Moll,

zur Verlängerung Ihrer D&O-Versicherung DO-88-1406 (Moll Medizintechnik
GmbH, Hanau) bestätigen wir die versicherten Organmitglieder:

  - Dr. Ansgar Moll, Geschäftsführer (seit 2011)
  - Birgit Moll-Hennig, Geschäftsführerin (seit 2019)
  - Carsten Rieß, Prokurist
  - Beirat: Prof. Dr. Jens Kahlert, Sabine Otte

Deckungssumme 5 Mio. EUR, Selbstbehalt nach § 93 Abs. 2 AktG nicht
vereinbart (GmbH). Jahresbeitrag 9.870 EUR netto.

Bitte teilen Sie uns Änderungen im Kreis der Organmitglieder mit.

""" + S["thalmann"] + "\n\n" + FOOT_DE)

# ---- 0069 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-hospital",
     "guarantee of payment to a hospital abroad for a named travelling customer with a hip fracture",
     frm=ST["markowski"], to="Billing Department <billing@royal-coast-hospital.example>",
     subject="Guarantee of payment – Mrs Ingrid Wallner, DOB 19/06/1948",
     date=when(4, 28, 2, 40), charset="us-ascii",
     body="""Dear colleagues,

Mainstern Versicherung AG guarantees payment of the medically necessary
inpatient treatment of

  Patient:  Mrs Ingrid Wallner, born 19/06/1948
  Policy:   travel health RK-4180-77031
  Admitted: 27 April 2026, Royal Coast Hospital, Brighton
  Reason:   closed fracture of the femoral neck, right (S72.0),
            after a fall at the hotel

up to GBP 25,000 for treatment including hemiarthroplasty. Please send
the final invoice with diagnosis and procedure codes to this address.

Mrs Wallner uses a hearing aid and reportedly lost it in the fall; please
make sure she is informed in writing. Her son, Mr Florian Wallner, will
arrive tomorrow. We are planning her repatriation once she is fit to fly.

Ines Markowski
Travel Claims / Assistance, Mainstern Versicherung AG
Emergency line +49 69 204417-999 (24/7)
""")

# ---- 0070 -----------------------------------------------------------------
mail("NORMAL", "en", "internal",
     "trap: Q1 complaints report with accessibility categories, aggregated (XLSX); no customers",
     frm=ST["oberle"], to=f"management-customer-service@{DOM}",
     subject="Q1 2026 – complaints about accessibility (summary)",
     date=when(4, 29, 8, 30),
     body="""Hello all,

short summary for the steering meeting:

- 61 complaints with an accessibility component in Q1 (Q4 2025: 84)
- top topic still "letter not readable" (small print, scanned PDFs)
- phone-only processes (e.g. claim reporting) down from 19 to 7 after the
  relay service went live
- average time to fulfil a large-print request: 3.1 days (target 5)

Details by category and channel in the attached file. All figures are
counts only, no customer details.

Katrin
""",
     atts=[A("Q1-2026_accessibility_complaints.xlsx", make_xlsx([
         ("By category", [["Category", "Q4 2025", "Q1 2026"],
                          ["Letter not readable (print size, scan)", 29, 22],
                          ["Phone-only process", 19, 7],
                          ["Portal not usable with screen reader", 14, 11],
                          ["No interpreter offered", 8, 6],
                          ["Language too complicated", 9, 10],
                          ["Other", 5, 5],
                          ["Total", 84, 61]]),
         ("By channel", [["Channel", "Q1 2026"], ["Letter", 18], ["E-mail", 25], ["Phone/relay", 12], ["Broker", 6]])],
         title="Accessibility complaints Q1 2026", dt=(2026, 4, 29, 8, 0, 0)))])

# ---- 0071 -----------------------------------------------------------------
mail("CONFIDENTIAL", "en", "insurer-to-customer",
     "confirmation of a new SEPA mandate with the named customer's new IBAN for liability and household policies",
     frm=ST["service"], to="Niamh Doyle <niamh.doyle@webpost.example>",
     subject="Your new bank details – SEPA mandate confirmed",
     date=when(4, 30, 12, 25),
     body="""Dear Ms Doyle,

we have updated your bank details for the following policies:

  PH-6610-11982   private liability
  HR 55 930 771   household contents

New account: [[IBAN DE 120300000001020304]] (account holder: Niamh Doyle)
Old account: DE89 **** **** **** **43 00 (no longer used)

Mandate reference: MS-SEPA-2026-0418832
Creditor ID: DE98ZZZ09999999999

The next direct debit (EUR 18.40) will be on 1 June 2026.

Your Mainstern Customer Service
""")

# ---- 0072 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "harmless body 'Anbei unser Schreiben'; psychotherapy approval with anxiety diagnosis for a named customer only in a PDF inside a ZIP",
     frm=ST["kranken"], to="Tobias Reinartz <tobias.reinartz@t-netz.example>",
     subject="Ihr Antrag vom 14.04.2026",
     date=when(5, 4, 10, 15),
     body="""Guten Tag Herr Reinartz,

anbei unser Schreiben zu Ihrem Antrag. Sie hatten um eine gepackte Datei
gebeten, weil Ihr Vorleseprogramm mehrere Anhänge schlecht verarbeitet.

Freundliche Grüße
Mainstern Krankenversicherung AG
""",
     atts=[A("Schreiben_2026-05-04.zip", make_zip([
         ("Schreiben_Reinartz.pdf", make_pdf("""Mainstern Krankenversicherung AG
Herrn Tobias Reinartz, Am Wasserturm 9, 63165 Muehlheim

Ihr Vertrag KV 3-260-731004 - Kostenzusage ambulante Psychotherapie

Sehr geehrter Herr Reinartz,

wir uebernehmen die Kosten fuer eine Verhaltenstherapie bei
Frau Dipl.-Psych. Ute Marschall wegen generalisierter Angststoerung (F41.1)
und sozialer Phobie (F40.1):

- 25 Sitzungen Langzeittherapie, GOP 870 zum 2,3-fachen Satz
- Verlaengerung nach Bericht der Therapeutin moeglich

Frau Marschall bietet die Sitzungen auf Ihren Wunsch auch per Video an.
Dies ist in Ihrem Tarif gleichgestellt.

Mit freundlichen Gruessen
Jonas Wedekind""", title="Kostenzusage Psychotherapie", dt=(2026, 5, 4, 10, 0, 0))),
         ("Lesehinweis.txt", "Das Schreiben liegt als barrierefreie PDF-Datei bei (getaggt, Lesereihenfolge geprüft).\r\n"),
     ], dt=(2026, 5, 4, 10, 10, 0)))])

# ---- 0073 -----------------------------------------------------------------
mail("NORMAL", "de", "newsletter",
     "trap: customer newsletter with tips for family carers (Pflegegrad, Demenz, Entlastungsbetrag) in general",
     frm=ST["newsletter"], to="kundennews@lists.mainstern.example",
     subject="Pflege zu Hause: 5 Dinge, die pflegende Angehörige wissen sollten",
     date=when(5, 5, 7, 0),
     headers=[("List-Unsubscribe", "<https://www.mainstern.example/newsletter/abmelden>"), ("Precedence", "bulk")],
     body="""Mainstern Newsletter Mai 2026

Pflege zu Hause: 5 Dinge, die pflegende Angehörige wissen sollten

1. Pflegegrad beantragen - lieber früh. Auch bei beginnender Demenz kann
   schon Pflegegrad 1 oder 2 möglich sein.
2. Entlastungsbetrag nutzen: 131 Euro im Monat für Haushaltshilfe oder
   Betreuungsangebote, nicht genutzte Beträge verfallen erst am 30.06. des
   Folgejahres.
3. Verhinderungspflege: Wenn Sie Urlaub brauchen oder selbst krank sind.
4. Vollmacht rechtzeitig regeln - ohne Vorsorgevollmacht darf Ihnen
   niemand Auskunft geben, auch wir nicht.
5. Rentenpunkte: Wer mindestens zehn Stunden pro Woche pflegt, kann
   Rentenansprüche erwerben.

Mehr dazu: https://www.mainstern.example/pflege-zu-hause

Abmelden: https://www.mainstern.example/newsletter/abmelden
""",
     html="""<html lang="de"><body style="font-family:Arial;font-size:16px;max-width:640px">
<h1>Pflege zu Hause</h1><p><b>5 Dinge, die pflegende Angehörige wissen sollten</b></p>
<ol><li>Pflegegrad beantragen &ndash; lieber früh. Auch bei beginnender Demenz kann schon Pflegegrad 1 oder 2 möglich sein.</li>
<li>Entlastungsbetrag nutzen: 131&nbsp;Euro im Monat.</li>
<li>Verhinderungspflege: Wenn Sie Urlaub brauchen oder selbst krank sind.</li>
<li>Vollmacht rechtzeitig regeln.</li>
<li>Rentenpunkte für Pflegende.</li></ol>
<p><a href="https://www.mainstern.example/pflege-zu-hause">Mehr dazu</a> |
<a href="https://www.mainstern.example/newsletter/abmelden">Abmelden</a></p></body></html>""")

# ---- 0074 -----------------------------------------------------------------
mail("CONFIDENTIAL", "de", "insurer-to-guardian",
     "grey: professional guardian (property matters only) handles a named ward's private-liability claim; no health information stated",
     frm=ST["kowalczyk"], to="Claudia Vennemann <c.vennemann@betreuungsverein-mainbogen.example>",
     subject="PH-2026-0298 – Herr Oliver Brandt, Schaden Mietwohnung",
     date=when(5, 6, 9, 58),
     body="""Sehr geehrte Frau Vennemann,

vielen Dank für die Kopie des Betreuerausweises (Aufgabenkreis
Vermögenssorge und Wohnungsangelegenheiten). Damit können wir den
Haftpflichtschaden Ihres Betreuten, Herrn Oliver Brandt, mit Ihnen
abwickeln.

Schaden: beschädigte Küchenarbeitsplatte in der Mietwohnung
Sprendlinger Landstraße 70, 63069 Offenbach, Vermieter Herr Udo Kessel.
Privathaftpflicht: PH-6610-20577.

Mietsachschäden sind bis 50.000 EUR versichert. Wir zahlen den Zeitwert
(Platte 6 Jahre alt): 480 EUR abzüglich 150 EUR Selbstbeteiligung an den
Vermieter. Bitte geben Sie Herrn Kessel Bescheid.

""" + S["kowalczyk"])

# ---- 0075 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "care allowance letter for a named customer with ALS who communicates via eye-tracking speech computer",
     frm=ST["demir"], to="Mark Ellison <mark.ellison@inbox.example>",
     subject="Care allowance – care level 5 confirmed",
     date=when(5, 7, 13, 3),
     body="""Dear Mr Ellison,

thank you for your e-mail, which your assistant told us you wrote with
your eye-tracking device. We are glad that written contact works well for
you; we will not call.

The assessment of 28 April confirms care level 5 because of the
progression of your amyotrophic lateral sclerosis (G12.2). From 1 April
2026 your long-term care policy PT-551-40381 pays:

  care allowance (home care by your wife and assistants)  EUR 990.00 / month
  supplementary daily care allowance (Pflege Plus)        EUR 150.00 / day
  home adaptation grant (ceiling lift, bathroom)          up to EUR 4,180

The speech computer itself is a medical aid under your health policy; please
send the prescription to our health claims team and we will process it
straight away.

""" + S["demir"].replace("Mit freundlichen Grüßen", "Kind regards"))

# ---- 0076 -----------------------------------------------------------------
mail("NORMAL", "en", "insurer-to-partner",
     "trap: press release draft about an accessibility award sent to the PR agency; disability statistics in general",
     frm=ST["neubauer"], to="Tanja Ruhl <t.ruhl@wortlaut-pr.example>",
     subject="Draft press release – 'Inclusion Award 2026'",
     date=when(5, 8, 15, 40),
     body="""Hi Tanja,

here is our draft for the award press release. Could you polish the English
version and check the quote with the jury before Tuesday?

---
Offenbach, 12 May 2026 - Mainstern Versicherung receives the "Inclusion
Award 2026" of the insurance association in the category "Customer
Communication". The jury highlighted the video relay service with sign
language interpreters, letters in Braille and large print, and the new
easy-read product sheets.

"One in ten of our customers has a recognised disability. They have the
same right to understand their insurance as everybody else," says board
member Petra Lindqvist.

Since January, more than 1,400 customers have asked for an accessible
format. Around 9 % of all calls to the service desk now come via relay.
---

Thanks!
Julia

Julia Neubauer | Corporate Communications | Mainstern Versicherung AG
""")

# ---- 0077 -----------------------------------------------------------------
mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "traffic legal-expenses cover for a named customer's speeding fine (administrative offence, not criminal)",
     frm=ST["quast"], to="Marco Lindner <marco.lindner@freemail.example>",
     subject="Bußgeldverfahren – Kostenzusage RS-2026-06012",
     date=when(5, 11, 11, 30),
     body="""Hallo Herr Lindner,

für Ihren Einspruch gegen den Bußgeldbescheid der Stadt Frankfurt vom
22.04.2026 (Geschwindigkeitsüberschreitung um 31 km/h innerorts, 260 EUR,
2 Punkte, 1 Monat Fahrverbot) übernehmen wir die Kosten Ihres Anwalts und
eines Sachverständigen für die Messung, Verkehrs-Rechtsschutz RS-4402-52240.

Ihr Anwalt kann sich direkt bei uns melden.

""" + S["quast"])

# ---- 0078 -----------------------------------------------------------------
mail("NORMAL", "de", "internal",
     "trap: accessibility test of letter templates with fictitious persons and placeholder diagnoses (DOCX)",
     frm=ST["sauerbier"], to=f"vorlagen-team@{DOM}", cc=ST["oberle"],
     subject="Test Briefvorlagen PDF/UA – Testfälle (fiktiv!)",
     date=when(5, 12, 14, 20),
     body="""Hi,

für den PDF/UA-Test der neuen Briefvorlagen habe ich Testfälle gebaut. Alle
Personen sind erfunden ("Max Mustermann (fiktiv)" usw.), Diagnosen und
Nummern sind Platzhalter aus dem Testkatalog. Bitte NICHT mit echten Daten
testen - die Testumgebung ist nicht freigegeben.

Ergebnis bisher: Tabellen in der Leistungsabrechnung haben jetzt
Kopfzellen, Lesereihenfolge ok, Alternativtext beim Logo fehlt noch.

Felix
""",
     atts=[A("Testfaelle_Vorlagen_PDFUA.docx", make_docx([
         "# Testfälle Briefvorlagen (fiktive Daten, Testkatalog TK-07)",
         [["Testfall", "Person", "Vorlage", "Inhalt (Platzhalter)"],
          ["T-01", "Max Mustermann (fiktiv)", "Leistungsabrechnung KV", "«Diagnose» = Testdiagnose A00.0-TEST"],
          ["T-02", "Erika Musterfrau (fiktiv)", "Pflegebescheid", "«Pflegegrad» = 9 (ungültiger Testwert)"],
          ["T-03", "Test Person Drei (fiktiv)", "Großdruck 18 pt", "«Betrag» = 0,00 EUR"],
          ["T-04", "Max Mustermann (fiktiv)", "Leichte Sprache Unfall", "«Verletzung» = Platzhalter"]],
         "Erwartung: Screenreader liest Tabellen zeilenweise mit Spaltenköpfen vor; keine Silbentrennung im Großdruck.",
     ], title="Testfälle PDF/UA", dt=(2026, 5, 12, 14, 0, 0)))])

# ---- 0079 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
     "query to a neurologist about a named patient's MS relapse therapy invoice (GOÄ, cortisone pulse therapy)",
     frm=ST["wedekind"], to="Praxis Dr. Elif Kaya <praxis@neuro-kaya.example>",
     subject="Rückfrage Rechnung Nr. 2026-0412 – Patientin Ilse Marquardt",
     date=when(5, 13, 10, 40),
     body="""Sehr geehrte Frau Dr. Kaya,

Ihre Patientin Frau Ilse Marquardt (KV 3-301-447812) hat uns Ihre Rechnung
vom 20.04.2026 eingereicht. Eine Schweigepflichtentbindung liegt vor.

Zu zwei Positionen bitten wir um Erläuterung:

  - GOÄ 272 (Infusion) 5x am 02.-06.03.2026: Wir gehen von einer
    Kortison-Stoßtherapie (Methylprednisolon 1.000 mg) beim Schub der
    bekannten schubförmigen MS (G35.10) mit Optikusneuritis aus - ist das
    richtig?
  - GOÄ 1256 (Visusprüfung) zum 3,5-fachen Satz: Bitte begründen Sie die
    Überschreitung des Schwellenwerts.

Die Patientin hat uns gebeten, ihr Schreiben in Großdruck zu senden; bitte
berücksichtigen Sie das ggf. auch bei Ihrer Korrespondenz.

""" + S["wedekind"])

# ---- 0080 -----------------------------------------------------------------
mail("CONFIDENTIAL", "en", "insurer-to-broker",
     "broker asks for status of a named client's motor claim; reply with claim no., plate, repair cost",
     frm=ST["aydin"], to="Gareth Pryce <g.pryce@harbourside-brokers.example>",
     subject="RE: Status claim KH-2026-0021770 – Mr Haddad",
     date=when(5, 14, 17, 12),
     body="""Hi Gareth,

status for your client Mr Samir Haddad (policy KH-7740011-3, F-SH 207):

- hail damage of 3 May, comprehensive cover
- assessor's report received 12 May: EUR 3,870 repair (paintless dent
  repair), no total loss
- payment to Karosserie Lenz after repair invoice; Mr Haddad pays his
  EUR 300 excess to the garage

Nothing missing from his side.

Cheers
Murat

> Hi Murat, any news on Mr Haddad's hail claim? He's getting impatient.
> Gareth
""")

# ---- 0081 -----------------------------------------------------------------
mail("NORMAL", "de", "insurer-to-partner",
     "trap: offer of a talk to an association of blind and partially sighted people; no member data",
     frm=ST["oberle"], to="Vorstand BSV Offenbach <vorstand@bsv-offenbach.example>",
     subject="Vortrag \"Versicherungen verständlich\" bei Ihrem Mitgliedertreffen",
     date=when(5, 15, 9, 0),
     body="""Sehr geehrte Frau Thiel,

vielen Dank für die Einladung! Gern stelle ich am 18. Juni bei Ihrem
Mitgliedertreffen vor, wie blinde und sehbehinderte Menschen Unterlagen bei
uns in Punktschrift, Großdruck oder als barrierefreie PDF bekommen. Ich
bringe Muster in Kurz- und Vollschrift mit.

Wichtig vorab: Es geht nicht um Produktwerbung; Einzelfragen zu Verträgen
beantworte ich gern im Anschluss unter vier Augen.

Brauchen Sie von uns noch Material vorab, z. B. eine Kurzfassung als
DAISY-Hörbuch?

Mit freundlichen Grüßen
""" + S["oberle"])

# ---- 0082 -----------------------------------------------------------------
mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "private-liability claim: named customer's child broke a neighbour's window; names, address, claim no.",
     frm=ST["kowalczyk"], to="Familie Szymański <a.szymanski@mailpost.example>",
     subject="Ihr Haftpflichtschaden PH-2026-0344 – Fensterscheibe",
     date=when(5, 18, 11, 41),
     body="""Sehr geehrte Frau Szymańska,

Ihr Sohn Leon (9 Jahre) hat beim Fußballspielen die Terrassentür Ihrer
Nachbarn, Familie Albrecht, Am Rosenhang 12, 63303 Dreieich, beschädigt.

Kinder unter sieben Jahren haften nicht; Leon ist aber neun. Ihre
Familienhaftpflicht PH-6610-31045 zahlt die Reparatur der Isolierglasscheibe
(Kostenvoranschlag Glaserei Wendt: 890,00 EUR) direkt an Familie Albrecht.
Eine Selbstbeteiligung ist in Ihrem Vertrag nicht vereinbart.

Niemand wurde verletzt - zum Glück.

""" + S["kowalczyk"])

# ---- 0083 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-guardian",
     "son abroad with power of attorney for his mother with dementia: care allowance and Pflegegrad; English and German",
     frm=ST["demir"], to="Daniel Roth <daniel.roth@webpost.example>",
     subject="Ihre Mutter Frau Erika Roth – Pflegegeld / care allowance",
     date=when(5, 19, 15, 5),
     body="""Dear Mr Roth,

thank you for your e-mail from London and for the copy of the
Vorsorgevollmacht. I will answer in English as you asked, with the German
terms in brackets.

Your mother, Frau Erika Roth, has been assessed at care level 3
(Pflegegrad 3). The report mentions moderate Alzheimer's dementia
(Alzheimer-Demenz, G30.1) and a fall risk.

Her care allowance (Pflegegeld) of EUR 599 per month will be paid to her
account from 1 May 2026. The neighbour who helps her every day can be paid
from the "Entlastungsbetrag" (EUR 131/month) if she is registered as a
Nachbarschaftshelferin in Hessen - I have attached nothing, but the form
is on our website.

Bei Fragen erreichen Sie mich auch per E-Mail. Wir rufen nicht in London an,
wie gewünscht.

""" + S["demir"])

# ---- 0084 -----------------------------------------------------------------
mail("NORMAL", "en", "internal",
     "trap: management note on European Accessibility Act compliance status; no person",
     frm=ST["dubois"], to=f"vorstand-buero@{DOM}", cc=ST["sauerbier"],
     subject="EAA compliance – status for the board meeting",
     date=when(5, 20, 8, 15), charset="us-ascii",
     body="""Dear all,

status of the European Accessibility Act (BFSG in German law) for the
board pack:

Online sales (motor, household, travel):   compliant, audit 02/2026
Customer portal:                            compliant after release 7.4
Broker portal:                              not in scope (B2B), voluntary plan 2027
App:                                        2 open findings (focus order, captions
                                            in tutorial videos), fix planned Q3
Accessibility statement:                    published, feedback mechanism live

Risk: market surveillance authority may request documentation from June.
We keep the audit reports and the conformity statement in the compliance
folder.

Best regards,
Claire
""")

# ---- 0085 -----------------------------------------------------------------
mail("CONFIDENTIAL", "en", "insurer-to-customer",
     "rental-car excess claim for a named customer with booking reference and amount; no health content",
     frm=ST["markowski"], to="Hannah Leclerc <hannah.leclerc@freemail.example>",
     subject="Rental excess claim RG-2026-01702",
     date=when(5, 21, 10, 33),
     body="""Dear Ms Leclerc,

your rental car in Mallorca (booking AV-88217, Seat Ibiza, 2-9 May) was
scratched in a car park, and the rental company charged EUR 650 from your
credit card.

Under your rental car excess cover RV-6620-3390 we reimburse the full
EUR 650 once we have:

  1. the damage report signed at return, and
  2. the credit card statement showing the charge.

You can upload both at https://sicher.mainstern.example/upload with the
claim number RG-2026-01702.

""" + S["markowski"])

# ---- 0086 -----------------------------------------------------------------
mail("NORMAL", "mixed", "insurer-to-supplier",
     "trap: translation order (German/English) for general terms into English and Easy English; no person",
     frm=ST["einkauf"], to="Projects Lingua Bridge <projects@linguabridge.example>",
     subject="Auftrag / order: AVB Unfall Plus – English + Easy English",
     date=when(5, 22, 12, 12),
     body="""Hello Ms Ferreira,

wir bestellen gemäß Ihrem Angebot 26-0871:

1. Translation of our general terms "Unfall Plus 2026" (AUB, 14,200 words)
   into English - legal translation, four-eyes principle.
2. An "Easy English" summary (ca. 1,200 words) for customers with learning
   disabilities or low literacy - please use your usual test readers.

Liefertermin / deadline: 30 June 2026
Bestellnummer / PO: BE-2026-00612
Rechnungsanschrift: Mainstern Versicherung AG, Kreditorenbuchhaltung,
Kaiserleistraße 40, 63067 Offenbach

Danke / thanks!
Zentraler Einkauf
""")

# ---- 0087 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-guardian",
     "short reply; the quoted mail of a mother names her son's autism and ADHD therapy (occupational therapy invoices)",
     frm=ST["kranken"], to="Melanie Kurz <melanie.kurz@t-netz.example>",
     subject="AW: Rechnungen Ergotherapie Finn",
     date=when(5, 25, 13, 0),
     body="""Guten Tag Frau Kurz,

vielen Dank, die Rechnungen sind vollständig angekommen. Die Erstattung
erhalten Sie in etwa zehn Tagen.

Freundliche Grüße
Leistungsabteilung Krankenversicherung

-----Ursprüngliche Nachricht-----
Von: Melanie Kurz <melanie.kurz@t-netz.example>
Gesendet: Samstag, 23. Mai 2026 21:47
An: leistung-kranken@mainstern.example
Betreff: Rechnungen Ergotherapie Finn

Hallo,
anbei die Rechnungen der Ergotherapiepraxis Brandt für unseren Sohn Finn
Kurz (7 Jahre, mitversichert bei mir, KV 3-288-019934). Finn hat eine
Autismus-Spektrum-Störung und ADHS, die Verordnung vom Kinderarzt
(F84.0, F90.0) hatte ich im Februar schon geschickt. Es sind 12 Termine
Januar bis April.
Viele Grüße
Melanie Kurz
""")

# ---- 0088 -----------------------------------------------------------------
mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "HTML-only buildings-insurance premium invoice with named customer, risk address and IBAN in a table",
     frm=ST["noreply"], to="Herbert Maurer <h.maurer@netzpost.example>",
     subject="Beitragsrechnung 2026/2027 Wohngebäudeversicherung",
     date=when(5, 26, 5, 30),
     html="""<html lang="de"><head><meta charset="utf-8"></head>
<body style="font-family:Arial,sans-serif;font-size:14px">
<p>Sehr geehrter Herr Maurer,</p>
<p>Ihre Beitragsrechnung für das Versicherungsjahr 01.07.2026 bis 30.06.2027:</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th align="left">Vertrag</th><td>WG 20 512 339</td></tr>
<tr><th align="left">Versichertes Gebäude</th><td>Hainbuchenweg 8, 63110 Rodgau</td></tr>
<tr><th align="left">Jahresbeitrag inkl. 19 % VersSt</th><td>1.048,37 EUR</td></tr>
<tr><th align="left">Abbuchung am</th><td>01.07.2026</td></tr>
<tr><th align="left">Konto</th><td>[[IBANRAW DE 260700240021000777]]</td></tr>
<tr><th align="left">Mandatsreferenz</th><td>MS-SEPA-2019-0077314</td></tr>
</table>
<p>Der Beitrag ist wegen der Anpassung an den Baupreisindex um 7,1&nbsp;% gestiegen.</p>
<p>Ihre Mainstern Versicherung</p>
</body></html>""")

# ---- 0089 -----------------------------------------------------------------
mail("NORMAL", "de", "internal",
     "trap: aggregated satisfaction survey of customers using accessible formats (ODS); Blindheit, Gehörlosigkeit as categories only",
     frm=ST["oberle"], to=f"kundenservice-leitung@{DOM}",
     subject="Auswertung Kundenbefragung barrierefreie Kommunikation",
     date=when(5, 27, 16, 10),
     body="""Hallo zusammen,

die Auswertung der Befragung (n = 312, anonym, freiwillige Angaben zur
Art der Einschränkung) liegt als Tabelle bei. Gruppen unter 10 Antworten
sind zusammengefasst.

Kurz: Punktschrift und Relay-Dienst kommen sehr gut an, Leichte Sprache
wird gelobt, aber kaum bekannt. Die Zufriedenheit mit dem Portal ist bei
Screenreader-Nutzenden deutlich niedriger.

Gruß
Katrin
""",
     atts=[A("Befragung_2026_Auswertung.ods", make_ods([
         ("Zufriedenheit", [["Gruppe (Selbstangabe)", "Antworten", "Zufriedenheit gesamt (1-5)", "Portal (1-5)"],
                            ["blind / stark sehbehindert", 88, 4.3, 3.1],
                            ["sehbehindert (Großdruck)", 97, 4.5, 3.9],
                            ["gehörlos / schwerhörig", 64, 4.2, 4.0],
                            ["Lernschwierigkeiten", 23, 4.6, 3.5],
                            ["sonstige / keine Angabe (zusammengefasst)", 40, 4.0, 3.8]]),
         ("Bekanntheit", [["Angebot", "bekannt %"], ["Punktschrift", 71], ["Großdruck", 83], ["Relay/DGS-Video", 58], ["Leichte Sprache", 19]])],
         title="Befragung 2026", dt=(2026, 5, 27, 15, 0, 0)))])

# ---- 0090 -----------------------------------------------------------------
mail("NORMAL", "en", "insurer-to-customer",
     "trap: general answer to a prospect whether mobility aids and hearing aids are covered under household insurance; nobody's impairment mentioned",
     frm=ST["service"], to="Paul Whitmore <paul.whitmore@inbox.example>",
     subject="RE: Are mobility aids covered by household insurance?",
     date=when(5, 28, 11, 20), charset="us-ascii",
     body="""Dear Mr Whitmore,

thanks for your question. Yes - under our household insurance "Hausrat
Komfort", aids such as wheelchairs, walkers, hearing aids and Braille
devices count as household contents. They are covered against fire, water,
storm and burglary up to EUR 10,000, also when you take them outside the
home (e.g. a wheelchair stolen in front of a shop).

You can get a quote at https://www.mainstern.example/hausrat or from any
of our brokers.

Best regards,
Your Mainstern Customer Service

> Hello, before I sign up: does your home contents cover include mobility
> aids and hearing aids? Thanks, Paul Whitmore
""")
# ---- 0091 -----------------------------------------------------------------
mail("NORMAL", "de", "internal",
     "trap: maintenance notice: upload of 'Arztrechnungen' and 'Pflegenachweise' unavailable; no person",
     frm=O("it-betrieb", "IT-Betrieb"), to=f"kundenservice-team@{DOM}, leistung-kranken@{DOM}",
     subject="Wartung Kundenportal Sa 06.06. 20–24 Uhr: kein Upload von Arztrechnungen",
     date=when(6, 1, 9, 5), charset="iso-8859-1",
     body="""Hallo zusammen,

am Samstag, 06.06.2026, von 20:00 bis 24:00 Uhr wird das Kundenportal
gewartet. In dieser Zeit:

  - kein Upload von Arztrechnungen, Rezepten und Pflegenachweisen
  - Postfach nur lesend
  - Relay-/Videodolmetschdienst nicht betroffen (läuft beim Dienstleister)

Bitte Kundinnen und Kunden, die anrufen, auf Sonntag vertrösten. Die
Störungsmeldung auf der Startseite schalten wir ab Freitag.

Euer IT-Betrieb""")

# ---- 0092 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "pre-approval of a cochlear implant operation for a named expat with profound hearing loss; sent in writing because she cannot use the phone",
     frm=ST["oneill"], to="Saanvi Rao <saanvi.rao@webpost.example>",
     subject="Pre-approval: cochlear implant surgery (IH-900-51233)",
     date=when(6, 2, 14, 45),
     body="""Dear Ms Rao,

as agreed, I am writing instead of calling.

We approve the cochlear implant surgery on your left ear at the
Universitätsklinikum Frankfurt (HNO), planned for 7 July 2026:

  Diagnosis (from Prof. Weil's report): profound sensorineural hearing
  loss left (H90.4), progressive since 2023; hearing aids no longer help.
  Covered: surgery and implant (DRG D01B), 4 days inpatient,
  speech processor, and the first year of rehabilitation (audiotherapy,
  fitting sessions).
  Your share: none - your plan pays 100 % inpatient.

The clinic will bill us directly. During rehabilitation you can bring an
interpreter or a speech-to-text service; we cover that too.

""" + S["oneill"] + "\n\n" + FOOT_EN)

# ---- 0093 -----------------------------------------------------------------
mail("CONFIDENTIAL", "de", "insurer-to-broker",
     "buildings quote for a named broker client with birth date and risk address in a PDF",
     frm=ST["hoffmeister"], to="Thomas Brenner <t.brenner@brenner-makler.example>",
     subject="Angebot Wohngebäude – Ihr Kunde Herr Ahrens",
     date=when(6, 3, 10, 22),
     body="""Hallo Herr Brenner,

anbei das Angebot für Ihren Kunden. Die Photovoltaikanlage ist wie
gewünscht über die Elektronikklausel eingeschlossen.

""" + S["hoffmeister"],
     atts=[A("Angebot_WG_Ahrens.pdf", make_pdf("""Mainstern Allgemeine Versicherung AG - Angebot Wohngebaeudeversicherung

Vermittler: Makler Kontor Brenner & Soehne GmbH, Vermittlernr. 40-0932
Antragsteller: Jens Ahrens, geb. 11.12.1972
Risikoort: Am Muehlgraben 23, 63500 Seligenstadt
Baujahr 1998, Wohnflaeche 164 m2, Einfamilienhaus, massiv, Ziegeldach

Versicherungssumme Wert 1914: 28.400 Mark
Gefahren: Feuer, Leitungswasser, Sturm/Hagel, Elementar (ZUeRS-Zone 1)
Photovoltaik 9,8 kWp ueber Elektronikklausel
Selbstbehalt 500 EUR
Jahresbeitrag: 1.186,20 EUR inkl. VersSt

Gueltig bis 03.07.2026""", title="Angebot WG Ahrens", dt=(2026, 6, 3, 10, 0, 0)))])

# ---- 0094 -----------------------------------------------------------------
mail("NORMAL", "en", "insurer-to-supplier",
     "trap: invoice query to the video relay provider with an HTML usage report; call minutes per month, no callers",
     frm=ST["oberle"], to="Billing Signvid <billing@signvid.example>",
     subject="Invoice 2026-05 – minutes don't match our report",
     date=when(6, 4, 11, 0),
     body="""Hello,

your May invoice (SV-2026-0511) lists 3,412 relay minutes. Our own usage
report (attached, exported from your dashboard) shows 3,214 minutes. The
difference seems to be the test calls on 12 May during the release.

Could you please check and send a corrected invoice?

Thanks
""" + S["oberle_en"],
     atts=[A("relay_usage_2026-05.html", """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Relay usage May 2026</title></head>
<body>
<h1>Signvid dashboard export – customer: Mainstern Versicherung AG</h1>
<table border="1">
<thead><tr><th>Week</th><th>Calls</th><th>Minutes DGS</th><th>Minutes speech-to-text</th></tr></thead>
<tbody>
<tr><td>2026-W19</td><td>121</td><td>702</td><td>88</td></tr>
<tr><td>2026-W20</td><td>138</td><td>811</td><td>95</td></tr>
<tr><td>2026-W21</td><td>117</td><td>655</td><td>71</td></tr>
<tr><td>2026-W22</td><td>129</td><td>720</td><td>72</td></tr>
<tr><th>Total</th><td>505</td><td>2888</td><td>326</td></tr>
</tbody></table>
<p>Test calls (flagged): 198 minutes, not included.</p>
</body></html>
""", mime="text/html")])

# ---- 0095 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "accident-insurance disability payment for a named customer who lost most sight in one eye; calculation in an HTML attachment",
     frm=ST["lichtenberg"], to="Andreas Pohl <andreas.pohl@fernpost.example>",
     subject="Ihre Invaliditätsleistung – Unfall vom 09.09.2025",
     date=when(6, 5, 10, 10),
     body="""Sehr geehrter Herr Pohl,

das augenärztliche Gutachten liegt uns vor. Wir zahlen Ihnen eine
Invaliditätsleistung; die Berechnung finden Sie im Anhang (barrierefreie
HTML-Datei, wie von Ihnen gewünscht - Sie können die Schrift im Browser
beliebig vergrößern).

""" + S["lichtenberg"],
     atts=[A("Berechnung_Invaliditaet_Pohl.html", """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Berechnung Invaliditätsleistung</title>
<style>body{font-size:1.4em;font-family:Arial,sans-serif;line-height:1.6}</style></head>
<body>
<h1>Berechnung der Invaliditätsleistung</h1>
<p>Versicherte Person: Andreas Pohl · Vertrag UV-2209-33015 · Schaden UV-2025-08814</p>
<p>Unfall: 09.09.2025, Holzsplitter beim Spalten von Brennholz, perforierende Verletzung des rechten Auges (S05.6),
zwei Operationen (Vitrektomie), verbleibender Visus rechts 0,05.</p>
<table border="1">
<caption>Berechnung</caption>
<tr><th scope="row">Gliedertaxe: Verlust der Sehfähigkeit eines Auges</th><td>50 %</td></tr>
<tr><th scope="row">Teilverlust (Visus 0,05) laut Gutachten</th><td>9/10 davon = 45 %</td></tr>
<tr><th scope="row">Grundsumme</th><td>150.000 EUR</td></tr>
<tr><th scope="row">Leistung ohne Progression</th><td>67.500 EUR</td></tr>
<tr><th scope="row">mit Progression 225 % (über 25 %)</th><td>90.000 EUR</td></tr>
</table>
<p>Die Auszahlung erfolgt innerhalb von 14 Tagen.</p>
</body></html>
""", mime="text/html")])

# ---- 0096 -----------------------------------------------------------------
mail("CONFIDENTIAL", "en", "insurer-to-company",
     "cargo claim for a company with a named contact person and consignment details",
     frm=ST["thalmann"], to="Ruth Ambrose <r.ambrose@northgate-trading.example>",
     subject="Cargo claim TR-2026-0391 – water damage, container MSKU 7712049",
     date=when(6, 8, 13, 15), charset="us-ascii",
     body="""Dear Ms Ambrose,

we have opened a claim under open cargo policy TR-77-0419 (Northgate
Trading Ltd, German branch) for the consignment of 240 office chairs,
container MSKU 7712049, Shanghai - Hamburg, arrived 28 May with water
ingress.

Our surveyor, Mr Gerd Falkenhain (Hamburg), will inspect the goods at
your warehouse in Obertshausen on 11 June at 10:00. Please keep the
damaged chairs and the packaging until then, and send us the bill of
lading and the commercial invoice (USD 38,400).

Kind regards
Sven Thalmann
Commercial Lines, Mainstern Allgemeine Versicherung AG
""")

# ---- 0097 -----------------------------------------------------------------
mail("NORMAL", "de", "insurer-to-customer",
     "trap: newsletter unsubscribe confirmation mentioning that health data is never used for advertising; no contract",
     frm=ST["newsletter"], to="Birgit Sander <birgit.sander@netzpost.example>",
     subject="Abmeldung bestätigt",
     date=when(6, 9, 20, 31), charset="us-ascii",
     body="""Guten Tag,

Sie haben sich vom Mainstern Newsletter abgemeldet. Sie erhalten ab sofort
keine Werbe-E-Mails mehr von uns.

Gut zu wissen: Fuer Werbung verwenden wir niemals Gesundheitsdaten oder
Angaben zu Behinderungen, und wir geben Ihre E-Mail-Adresse nicht weiter.

Sie moechten den Newsletter doch wieder? https://www.mainstern.example/newsletter

Ihre Mainstern Versicherung
""")

# ---- 0098 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "de", "internal",
     "BEM invitation for a named employee after 8 weeks of sickness absence with herniated disc; internal HR",
     frm=ST["castellano"], to="Nicole Haberland <nicole.haberland@mainstern.example>",
     cc=ST["vogt"],
     subject="Einladung zum BEM-Gespräch (vertraulich)",
     date=when(6, 10, 10, 0),
     body="""Liebe Frau Haberland,

Sie waren in den letzten zwölf Monaten mehr als sechs Wochen
arbeitsunfähig. Deshalb bieten wir Ihnen ein Betriebliches
Eingliederungsmanagement (BEM) an. Die Teilnahme ist freiwillig.

Sie hatten mir beim Rückkehrgespräch erzählt, dass der Bandscheibenvorfall
(L5/S1) operiert wurde und Sie noch in der ambulanten Reha sind. Im BEM
können wir z. B. besprechen:

  - stufenweise Wiedereingliederung nach dem Hamburger Modell
  - einen Steh-Sitz-Arbeitsplatz
  - ergonomische Beratung durch den Betriebsarzt

Auf Ihren Wunsch ist Herr Vogt (SBV) dabei; er ist in CC, weil Sie mir
gesagt haben, dass Sie einen Antrag auf Feststellung der Schwerbehinderung
gestellt haben.

Vorschlag: Donnerstag, 18. Juni, 14 Uhr, Raum 1.12 (Haus B).

""" + S["castellano"])

# ---- 0099 -----------------------------------------------------------------
mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "partial-cover deer collision claim with named customer, plate and bank details; windows-1252",
     frm=ST["aydin"], to="Günter Pfeifer <g.pfeifer@t-netz.example>",
     subject="Wildunfall vom 05.06. – Schaden KT-2026-0022981",
     date=when(6, 11, 8, 50), charset="windows-1252", cte="quoted-printable",
     body="""Guten Morgen Herr Pfeifer,

danke für die Wildunfallbescheinigung des Jagdpächters. Ihr Schaden am
Fahrzeug OF-GP 1955 (Zusammenstoß mit einem Reh, L3117 bei Heusenstamm)
ist über Ihre Teilkasko KH-7730577-4 versichert, SF-Einstufung bleibt
unverändert.

Werkstattrechnung Autohaus Kreuzer:   2.742,18 €
Selbstbeteiligung Teilkasko:           -150,00 €
Auszahlung:                           2.592,18 €

Wir zahlen auf Ihr Konto [[IBAN DE 690500000123456785]].
Gute Fahrt weiterhin!

""" + S["aydin"].replace("ı", "i"))

# ---- 0100 -----------------------------------------------------------------
mail("NORMAL", "en", "newsletter",
     "trap: app release newsletter (English) about dark mode, larger text, voice control; no person",
     frm=ST["newsletter"], to="app-news@lists.mainstern.example",
     subject="Mainstern App 5.0: larger text, VoiceOver support and photo claims",
     date=when(6, 12, 7, 0),
     headers=[("List-Unsubscribe", "<https://www.mainstern.example/newsletter/unsubscribe>")],
     body="""MAINSTERN APP 5.0 - WHAT'S NEW

* Larger text: the app now follows your phone's text size up to 310 %.
* Screen readers: all buttons have labels for VoiceOver and TalkBack.
* Voice control: "Report a claim" works with Siri Shortcuts.
* Photo claims for motor and household: take a photo, we do the rest.
* Medical invoices: scan receipts and see the status of your refund.

Update now in the App Store or Google Play.

Questions or feedback about accessibility? Write to
accessibility@mainstern.example - we read every message.

Unsubscribe: https://www.mainstern.example/newsletter/unsubscribe
""")

# ---- 0101 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-guardian",
     "insulin pump approval for a named child with type 1 diabetes, written to the English-speaking parents with German terms",
     frm=ST["wedekind"], to="Sarah and James Whitfield <whitfield.family@inbox.example>",
     subject="Insulinpumpe für Emma / insulin pump for Emma – Kostenzusage",
     date=when(6, 15, 12, 5),
     body="""Dear Mr and Mrs Whitfield,

good news for Emma: we approve the insulin pump (Insulinpumpe) and the
continuous glucose monitoring system (CGM) requested by the
Kinderdiabetologie at Clementine Kinderhospital.

  Versicherte Person / insured:  Emma Whitfield, born 03.08.2018
  Vertrag / policy:             KV 3-302-118845 (Kindertarif KiPlus)
  Diagnose / diagnosis:          Diabetes mellitus Typ 1 (E10.90)
  Kostenzusage / approved:       pump EUR 4,650.00; CGM sensors EUR 280/month

Please ask the Sanitätshaus to send the invoice directly to us
(Direktabrechnung). Die Zusage gilt für vier Jahre.

Emma's school asked for a letter confirming the pump is medically
necessary - we are happy to write one; just tell us the address.

""" + S["wedekind"])

# ---- 0102 -----------------------------------------------------------------
mail("CONFIDENTIAL", "en", "insurer-to-customer",
     "legal-expenses cover for a named customer's consumer dispute with a kitchen supplier; amounts only",
     frm=ST["quast"], to="Lars Eriksen <lars.eriksen@freemail.example>",
     subject="Your claim RS-2026-07133 – dispute with Küchenwelt Hanau",
     date=when(6, 16, 15, 0),
     body="""Dear Mr Eriksen,

we confirm cover under your legal expenses policy RS-4402-61277 (private
module) for your dispute with Küchenwelt Hanau GmbH about the defective
kitchen installed in March (contract value EUR 14,980).

You may instruct a lawyer of your choice. If you don't know one, our
partner network can recommend a consumer-law specialist in Hanau; the
first consultation is free for you either way.

Excess: EUR 250. Court value estimated at EUR 6,200 (cost of repair).

Kind regards
Bernd Quast
Legal Expenses Claims, Mainstern Rechtsschutzversicherung AG
""")

# ---- 0103 -----------------------------------------------------------------
mail("NORMAL", "de", "insurer-to-authority",
     "trap: accessibility conformity documentation for the market surveillance authority in a nested ZIP; test findings, no person",
     frm=ST["dubois"], to="Marktüberwachung Barrierefreiheit <poststelle@mlbf-marktueberwachung.example>",
     subject="Ihr Az. MLBF-2026-0441 – Unterlagen Konformität Online-Abschlussstrecke",
     date=when(6, 17, 11, 11),
     body="""Sehr geehrte Damen und Herren,

wie angefordert übersenden wir die Unterlagen zur Barrierefreiheit unserer
Online-Abschlussstrecken (Kfz, Hausrat, Reise) nach BFSG:

  - Konformitätserklärung und Barrierefreiheitserklärung
  - Prüfbericht der ZugangPlus Prüfstelle (EN 301 549, Februar 2026)
  - Liste der offenen Befunde mit Umsetzungsplan (CSV)

Die Dateien sind als ZIP gepackt; der Prüfbericht liegt als weiteres ZIP
mit Anlagen bei.

Mit freundlichen Grüßen
Claire Dubois
Regulatory & Partner Relations
Mainstern Versicherung AG
""",
     atts=[A("MLBF-2026-0441_Unterlagen.zip", make_zip([
         ("Konformitaetserklaerung.pdf", make_pdf("""Konformitaetserklaerung nach § 14 BFSG
Dienstleistung: Online-Abschluss von Versicherungsvertraegen (Kfz, Hausrat, Reise)
Anbieter: Mainstern Versicherung AG, Kaiserleistrasse 40, 63067 Offenbach
Angewandte Norm: EN 301 549 V3.2.1 (WCAG 2.1 Stufe AA)
Ergebnis: konform mit Ausnahme der in Anlage 3 genannten Befunde.""",
                                                 title="Konformitaetserklaerung", dt=(2026, 6, 17, 10, 0, 0))),
         ("Offene_Befunde.csv", make_csv([
             ["Befund", "Kriterium", "Seite", "Schwere", "behoben bis"],
             ["B-07", "1.4.3 Kontrast", "Tarifrechner Reise, Schritt 2", "mittel", "2026-07-31"],
             ["B-11", "2.4.3 Fokusreihenfolge", "Hausrat, Schritt 4", "gering", "2026-07-31"],
             ["B-14", "1.2.2 Untertitel", "Erklärvideo Kfz", "mittel", "2026-09-30"]])),
         ("Pruefbericht_ZugangPlus.zip", make_zip([
             ("Pruefbericht_EN301549.pdf", make_pdf("""ZugangPlus Pruefstelle - Pruefbericht EN 301 549
Pruefgegenstand: www.mainstern.example/abschluss (Kfz, Hausrat, Reise)
Pruefzeitraum: 02.02.-20.02.2026
Methode: manuelle Pruefung mit NVDA, JAWS, VoiceOver, Zoom 400 %,
Tests mit 3 Personen mit Sehbehinderung und 1 Person mit motorischer Einschraenkung.
Ergebnis: 47 von 50 Pruefschritten erfuellt.""", title="Pruefbericht", dt=(2026, 2, 27, 9, 0, 0))),
             ("Anlagen/Testprotokoll.txt", "Testprotokoll: Schritt 1-50, Details siehe Bericht. Keine personenbezogenen Daten der Testpersonen.\r\n"),
         ], dt=(2026, 2, 27, 9, 30, 0))),
     ], dt=(2026, 6, 17, 11, 0, 0)))])

# ---- 0104 -----------------------------------------------------------------
mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "burglary claim with the named customer's list of stolen items (CSV) and police reference",
     frm=ST["brandstaetter"], to="Carina Wolf <carina.wolf@mailpost.example>",
     subject="Einbruch 12.06.2026 – Ihre Stehlgutliste HR-2026-0011402",
     date=when(6, 18, 14, 30),
     body="""Sehr geehrte Frau Wolf,

anbei Ihre Stehlgutliste, so wie wir sie aus Ihren Angaben übernommen
haben. Bitte prüfen Sie die Liste und reichen Sie sie auch bei der Polizei
ein (Tagebuchnummer 0714/26/2211, Polizeirevier Offenbach-Nord).

Versicherungsnehmerin: Carina Wolf, Bieberer Straße 177, 63071 Offenbach
Hausrat: HR 55 640 219

""" + S["brandstaetter"],
     atts=[A("Stehlgutliste_HR-2026-0011402.csv", make_csv([
         ["Nr", "Gegenstand", "Anschaffung", "Neuwert EUR", "Beleg"],
         [1, "Laptop Lenovo ThinkPad T14", "2024", "1.349,00", "ja"],
         [2, "Goldkette mit Anhänger (Erbstück)", "unbekannt", "1.800,00", "Foto"],
         [3, "Spielekonsole mit 2 Controllern", "2023", "549,00", "ja"],
         [4, "Bargeld", "-", "300,00", "nein"],
         [5, "Armbanduhr Junghans", "2019", "690,00", "ja"],
     ]), charset="utf-8")])

# ---- 0105 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-lawyer",
     "dog-bite personal-injury claim: injuries of a named child described, to the claimant's lawyer",
     frm=ST["kowalczyk"], to="Fiona McAllister <f.mcallister@mcallister-law.example>",
     subject="Your client Noah Becker / our insured Mr Falk – PH-2026-0401",
     date=when(6, 19, 16, 40),
     body="""Dear Ms McAllister,

thank you for your letter of 12 June on behalf of the Becker family.

Our policyholder, Mr Dietmar Falk, does not dispute that his dog bit your
client's son, Noah Becker (6), in the playground on 30 May 2026. We have
the reports from the paediatric surgery at Sana Klinikum Offenbach:

  - bite wounds on the left forearm and cheek, sutured under general
    anaesthesia; 2 nights inpatient
  - follow-up for scarring; a plastic surgeon will assess in 6 months
  - the child psychologist reports sleep problems and fear of dogs

We offer an interim payment of EUR 3,000 towards pain and suffering
(Schmerzensgeld) and will cover treatment costs not paid by the family's
health insurer. A final assessment should wait for the scar review.

Kind regards
Dennis Kowalczyk
Liability Claims, Mainstern Allgemeine Versicherung AG
""")

# ---- 0106 -----------------------------------------------------------------
mail("NORMAL", "de", "internal",
     "trap: hotline roster with named staff and their DGS skills; no customer, no health data",
     frm=ST["oberle"], to=f"kundenservice-team@{DOM}",
     subject="Dienstplan Juli – Hotline und DGS-Videoschicht",
     date=when(6, 22, 15, 20),
     body="""Hallo Team,

hier der Plan für Juli. Neu: Die DGS-Videoschicht besetzen wir jetzt auch
selbst, nicht nur über Signvid, weil drei von euch den Kurs DGS A2
abgeschlossen haben - herzlichen Glückwunsch!

  KW 27  Hotline: Wiesner, Okonkwo, Seidel    DGS-Video: Lüders
  KW 28  Hotline: Braun, Lüders, Okonkwo      DGS-Video: Yilmaz
  KW 29  Hotline: Wiesner, Seidel, Braun      DGS-Video: Hartmann
  KW 30  Hotline: Yilmaz, Hartmann, Seidel    DGS-Video: Lüders
  KW 31  Hotline: Okonkwo, Braun, Wiesner     DGS-Video: Yilmaz

Tauschwünsche bitte direkt untereinander und mir kurz Bescheid geben.

Katrin
""")

# ---- 0107 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
     "group accident insurance of a sheltered workshop: XLSX with named insured workers, birth dates and a disability-related note",
     frm=ST["thalmann"], to="Gerlinde Hübsch <g.huebsch@mainwerkstaetten.example>",
     subject="Gruppenunfall GU-300-1183 – Mitarbeiterliste zur Prüfung",
     date=when(6, 23, 10, 5),
     body="""Sehr geehrte Frau Hübsch,

für die Gruppenunfallversicherung GU-300-1183 schicke ich Ihnen unsere
Bestandsliste mit den Zu- und Abgängen aus dem ersten Halbjahr. Bitte prüfen
Sie die markierten Zeilen. Die Liste enthält Angaben, die Sie uns zu
Vorerkrankungen gemacht haben - bitte nur an die zuständige Stelle
weitergeben.

""" + S["thalmann"],
     atts=[A("GU-300-1183_Bestand_2026-06.xlsx", make_xlsx([
         ("Bestand", [["Nr.", "Name", "Vorname", "Geburtsdatum", "Betriebsstätte", "Zugang/Abgang", "Hinweis"],
                      [1, "Laub", "Dominik", "14.02.1995", "Offenbach", "", "Unfall 11/2025 reguliert"],
                      [2, "Schuster", "Jannik", "19.07.1984", "Offenbach", "", ""],
                      [3, "Rahimi", "Sara", "02.11.2000", "Dietzenbach", "Zugang 01.03.2026", "Epilepsie - Anfallsklausel beachten"],
                      [4, "Köhler", "Marvin", "29.05.1998", "Obertshausen", "", "Rollstuhlnutzer, Vorinvalidität Beine"],
                      [5, "Bauer", "Renate", "08.08.1967", "Offenbach", "Abgang 30.04.2026", "Rente"]]),
         ("Tarif", [["Grundsumme Invalidität", "30.000 EUR"], ["Todesfall", "10.000 EUR"], ["Beitrag je Person", "96 EUR"]])],
         title="Bestand GU-300-1183", dt=(2026, 6, 23, 9, 0, 0)))])

# ---- 0108 -----------------------------------------------------------------
mail("NORMAL", "en", "insurer-to-partner",
     "trap: treaty wording discussion on pre-existing disability clauses in accident insurance; no person",
     frm=ST["dubois"], to="Johan Lindgren <johan.lindgren@nordicre.example>",
     subject="Accident quota share 2027 – pre-existing disability clause",
     date=when(6, 24, 9, 40),
     body="""Dear Johan,

one point for the 2027 renewal of the accident quota share:

Since 2026 our accident products no longer exclude persons with
disabilities or in need of care (we dropped the old "not insurable
persons" clause in line with the AGG). Pre-existing impairments are only
taken into account by deducting the prior invalidity degree at the time of
a claim.

Could you confirm that the treaty follows the original wording here, and
that your pricing assumptions for the 2027 year do not include a loading
for this change? Our portfolio data so far shows no measurable effect on
claims frequency (figures to follow in the bordereau).

""" + S["dubois"] + "\n\n" + FOOT_EN)

# ---- 0109 -----------------------------------------------------------------
mail("CONFIDENTIAL", "mixed", "insurer-to-broker",
     "motor policy change for a named client of an English broker with birth date and plate; English/German mix",
     frm=ST["hoffmeister"], to="Gareth Pryce <g.pryce@harbourside-brokers.example>",
     subject="AW: Fahrerwechsel / additional driver – KH-7751902-8",
     date=when(6, 25, 17, 2),
     body="""Hi Gareth,

erledigt / done:

Vertrag KH-7751902-8 (Tesla Model 3, F-LK 8821), Versicherungsnehmerin
Laura Kingsley. Zusätzlicher Fahrer ab 01.07.2026:

  Oliver Kingsley, geb. 14.03.2007 (novice driver, licence since 04/2025)

Der Fahrerkreis ändert sich von "nur VN und Partner" auf "beliebige Fahrer
ab 18", surcharge EUR 412.60 per year. New schedule follows by post.

VG / best
Lena

> Lena, could you add Laura's son as driver from July? He just passed
> his test. Thanks, Gareth
""")

# ---- 0110 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "daily sickness allowance for a named customer with burnout/depression; iso-8859-1, base64",
     frm=ST["kranken"], to="Sebastian Krull <s.krull@fernpost.example>",
     subject="Ihr Krankentagegeld ab 43. Tag",
     date=when(6, 26, 9, 15), charset="iso-8859-1", cte="base64",
     body="""Sehr geehrter Herr Krull,

Sie sind seit dem 04.05.2026 arbeitsunfähig. Laut den Bescheinigungen
Ihrer Psychiaterin liegt eine mittelgradige depressive Episode (F32.1)
mit Erschöpfungssyndrom vor.

Aus Ihrem Krankentagegeldtarif KT 43 (Vertrag KV 3-118-559320) zahlen wir
ab dem 43. Tag, also ab 15.06.2026, täglich 180,00 EUR.

Bitte senden Sie uns weiterhin alle zwei Wochen eine Folgebescheinigung.
Bei Wiedereingliederung nach dem Hamburger Modell zahlen wir anteilig weiter.

""" + S["wedekind"])

# ---- 0111 -----------------------------------------------------------------
mail("NORMAL", "de", "insurer-to-customer",
     "trap: answer to a website visitor's complaint about poor colour contrast; no contract or health data",
     frm=ST["barrierefrei"], to="Reinhard Falk <reinhard.falk@t-netz.example>",
     subject="AW: Ihre Webseite ist kaum lesbar",
     date=when(6, 29, 11, 0),
     body="""Sehr geehrter Herr Falk,

danke für Ihre deutliche Rückmeldung. Sie haben recht: Der hellgraue Text
auf weißem Grund in unserem Tarifrechner Reise erfüllt die Kontrastvorgabe
nicht (Befund B-07 aus unserem letzten Prüfbericht). Die Korrektur ist für
Ende Juli geplant.

Bis dahin können Sie in Ihrem Browser mit Strg und + vergrößern oder den
Hochkontrastmodus nutzen; die Seite bleibt dabei bedienbar.

Mit freundlichen Grüßen
Ihr Team Barrierefreie Kommunikation

> Grau auf weiß, wer soll das lesen? Ich bin 71 und brauche keine
> Designerseite, sondern eine lesbare. R. Falk
""")

# ---- 0112 -----------------------------------------------------------------
mail("CONFIDENTIAL", "en", "insurer-to-customer",
     "trip cancellation due to an airline strike (no health reason) with payment to the named customer's IBAN",
     frm=ST["markowski"], to="Katie Brennan <katie.brennan@webpost.example>",
     subject="Trip cancellation RG-2026-02011 – strike, payment",
     date=when(6, 30, 14, 14),
     body="""Dear Ms Brennan,

the cancellation of your package holiday to Crete (travel 20-27 June) was
caused by the air traffic controllers' strike and the tour operator did
not refund the hotel part. Your travel policy RV-6620-4021 includes
"cancellation due to strike" as an optional module, which you had chosen.

We reimburse EUR 1,137.00 to [[IBAN IE AIBK93115212345678]] (account holder
Katie Brennan) within five working days.

""" + S["markowski"])

# ---- 0113 -----------------------------------------------------------------
mail("NORMAL", "de", "insurer-to-supplier",
     "trap: large-print template proof with fictitious sample person, sent as application/octet-stream PDF",
     frm=ST["oberle"], to="Frau Lenz <lenz@punktdruck.example>",
     subject="Korrekturabzug Großdruckvorlage Jahresmitteilung",
     date=when(7, 1, 10, 30),
     body="""Hallo Frau Lenz,

anbei unser Korrekturabzug der neuen Großdruckvorlage (18 pt). Die
Musterdaten sind erfunden. Bitte prüfen Sie, ob der Zeilenabstand auf Ihrer
Maschine passt und die Tabelle nicht umbricht.

Viele Grüße
Katrin Oberle
""",
     atts=[A("Korrekturabzug_Grossdruck_Jahresmitteilung.pdf", make_pdf("""MUSTER - KORREKTURABZUG - KEINE ECHTEN DATEN

Mainstern Versicherung AG
Frau Erika Musterfrau (fiktiv)
Musterweg 1
12345 Musterstadt

Ihre Jahresmitteilung 2026

Vertrag: 00-000-000000 (Muster)
Beitrag 2026: 000,00 Euro
Beitrag 2027: 000,00 Euro

Schriftgroesse 18 Punkt, Arial,
linksbuendig, Zeilenabstand 1,5.""", title="Korrekturabzug Grossdruck", size=18, dt=(2026, 7, 1, 10, 0, 0)),
         mime="application/octet-stream")])

# ---- 0114 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "life insurance death benefit to a named beneficiary with the insured's cause of death",
     frm=ST["feldkamp"], to="Rachel Stein <rachel.stein@inbox.example>",
     subject="Death benefit – policy LV-5501-44180 (Mr David Stein)",
     date=when(7, 2, 11, 50),
     body="""Dear Ms Stein,

please accept our sincere condolences on the death of your father,
Mr David Stein.

We have received the death certificate and the physician's statement. Mr
Stein died on 4 June 2026 at the hospice in Langen from metastatic
pancreatic cancer (C25.0). As the policy started in 2009, no exclusion
period applies.

You are the named beneficiary under term life policy LV-5501-44180. We
will pay the death benefit of EUR 120,000 plus surplus participation of
EUR 3,418.22 to the account you gave us. The tax certificate for the
inheritance tax office follows by post.

If there is anything else we can do, please write to me directly.

With kind regards
Tobias Feldkamp
Life Claims, Mainstern Lebensversicherung AG
""")

# ---- 0115 -----------------------------------------------------------------
mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "neighbour-law legal-expenses case (overhanging tree) with named customer and neighbour",
     frm=ST["quast"], to="Ulrike Brandes <ulrike.brandes@netzpost.example>",
     subject="Ihr Nachbarstreit – Rechtsschutz RS-2026-07408",
     date=when(7, 3, 9, 0),
     body="""Guten Tag Frau Brandes,

Ihr Nachbar, Herr Norbert Gies (Am Forsthaus 6, 63322 Rödermark), weigert
sich, die überhängenden Äste seiner Kiefer zurückzuschneiden. Der Streit
ist über den Baustein "Grundstückseigentum und Miete" Ihres Rechtsschutzes
RS-4402-40115 versichert.

In Hessen ist vor einer Klage ein Schlichtungsverfahren vor der
Schiedsperson vorgeschrieben; die Kosten dafür übernehmen wir auch.

""" + S["quast"])

# ---- 0116 -----------------------------------------------------------------
mail("NORMAL", "en", "internal",
     "trap: data-protection e-learning reminder with quiz questions about health data and guardians; fictitious examples",
     frm=ST["datenschutz"], to=ALL_STAFF,
     subject="Reminder: data protection e-learning due 31 July",
     date=when(7, 6, 8, 0), charset="us-ascii",
     body="""Dear colleagues,

the annual data protection e-learning is due by 31 July. It takes about 25
minutes. This year's new questions include:

  Q7  A caller says she is the daughter of a customer with dementia and
      asks about the care allowance. What do you need before answering?
  Q8  Is "customer wants letters in Braille" health data?
  Q12 You receive a diagnosis (e.g. "F32.1") by unencrypted e-mail from a
      customer. May you reply with the diagnosis in the text?

All cases are fictitious. Start here: https://lernen.mainstern.example/dsgvo-2026

Thank you!
Data Protection Office
""")

# ---- 0117 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-hospital",
     "request to a rehab clinic for a named patient's discharge report after hip replacement",
     frm=ST["kranken"], to="Patientenverwaltung Reha-Zentrum Vogelsberg <verwaltung@reha-vogelsberg.example>",
     subject="Anforderung Entlassungsbericht – Frau Hannelore Sturm",
     date=when(7, 7, 13, 25),
     body="""Sehr geehrte Damen und Herren,

für die Abrechnung der Anschlussheilbehandlung von Frau Hannelore Sturm,
geb. 21.01.1951 (KV 3-077-310228), vom 02.06. bis 23.06.2026 nach
Hüft-TEP links (Coxarthrose, M16.1) benötigen wir den ärztlichen
Entlassungsbericht.

Frau Sturm hat uns mitgeteilt, dass sie wegen ihrer Makuladegeneration
Unterlagen nur in Großdruck lesen kann; falls Sie ihr eine Kopie schicken,
bitte in mindestens 16 Punkt.

Eine Schweigepflichtentbindung liegt bei.

Mit freundlichen Grüßen
Leistungsabteilung Krankenversicherung
""")

# ---- 0118 -----------------------------------------------------------------
mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "second car for a named couple with both birth dates and no-claims transfer",
     frm=ST["service"], to="Nadine und Timo Graf <graf.nt@mailpost.example>",
     subject="Zweitwagen – Angebot mit SF-Übertragung",
     date=when(7, 8, 16, 45),
     body="""Hallo Frau Graf, hallo Herr Graf,

wie telefonisch besprochen unser Angebot für den Zweitwagen:

  Versicherungsnehmer: Timo Graf, geb. 05.06.1989
  Fahrerin: Nadine Graf, geb. 22.09.1990
  Fahrzeug: Fiat 500, Erstzulassung 2021
  Einstufung: SF 3 (Zweitwagenregelung, da Erstwagen KH-7760044-2 in SF 12)
  Vollkasko 300 EUR / Teilkasko 150 EUR
  Jahresbeitrag: 724,80 EUR

Für die Zulassung schicken wir Ihnen die eVB-Nummer, sobald Sie zusagen.

Ihr Mainstern Kundenservice
""")

# ---- 0119 -----------------------------------------------------------------
mail("NORMAL", "de", "internal",
     "trap: summer party invitation with DGS interpreters and step-free access; nobody's disability named",
     frm=O("betriebsrat", "Betriebsrat Mainstern"), to=ALL_STAFF,
     subject="Sommerfest am 17. Juli – Anmeldung",
     date=when(7, 9, 12, 0), charset="windows-1252",
     body="""Liebe Kolleginnen und Kollegen,

am Freitag, 17. Juli, ab 15 Uhr feiern wir im Innenhof Haus A!

  - Grill, vegetarische und vegane Küche
  - Band "Die Schadenfreudigen" ab 18 Uhr
  - Kinderbetreuung bis 20 Uhr

Alle Reden (versprochen: kurz) werden in Deutsche Gebärdensprache
gedolmetscht und live untertitelt. Der Innenhof ist stufenlos erreichbar,
ein Ruheraum ist in Raum 0.10 eingerichtet.

Anmeldung bis 10. Juli im Intranet.

Euer Betriebsrat""")

# ---- 0120 -----------------------------------------------------------------
mail("CONFIDENTIAL", "en", "insurer-to-customer",
     "private cyber/identity-theft claim for a named customer with fraudulent bank transactions",
     frm=ST["service"], to="Ahmed Karimi <ahmed.karimi@freemail.example>",
     subject="Identity theft claim CY-2026-0117",
     date=when(7, 10, 10, 5),
     body="""Dear Mr Karimi,

we are sorry to hear about the misuse of your online banking. Under your
private cyber policy CY-1120-0389 we cover:

  - fraudulent transfers not refunded by your bank: so far EUR 2,380
    (three transfers on 2 July to an account in Lithuania)
  - costs of the credit agency check (SCHUFA) and new ID documents
  - up to 5 hours of legal advice

Please send us the bank's written rejection of the refund and the police
report (reference 2026-0702-5531). Your bank account at Sparkasse
Offenbach has been blocked and replaced - we don't need the new number
until we pay.

Your Mainstern Customer Service
""")
# ---- 0121 -----------------------------------------------------------------
mail("NORMAL", "de", "internal",
     "trap: forwarded supplier mail (.eml) about a Braille embosser outage delaying 'Blindensendungen'; no customer",
     frm=ST["oberle"], to=f"kundenservice-team@{DOM}",
     subject="WG: Ausfall Punktschriftdrucker – Lieferverzug bis 24.07.",
     date=when(7, 13, 8, 25),
     body="""Hallo zusammen,

zur Info (Mail der Druckerei hängt an): Punktschrift-Aufträge verzögern
sich bis etwa 24. Juli. Wenn Kundinnen oder Kunden nachfragen, bitte
anbieten, das Dokument vorab als barrierefreie PDF per Portal zu schicken.
Großdruck ist nicht betroffen.

Katrin
""",
     atts=[dict(frm="Annette Lenz <lenz@punktdruck.example>", to="barrierefrei@mainstern.example",
                subject="Ausfall Punktschriftdrucker", date=when(7, 10, 16, 2),
                msgid="<20260710160200.4471@punktdruck.example>", filename="Ausfall Punktschriftdrucker.eml",
                body="""Sehr geehrte Frau Oberle,

leider ist unser großer Punktschriftdrucker (Index Everest-D V5) seit
gestern defekt; das Ersatzteil kommt aus Schweden. Alle offenen Jobs ab
PD-26-0701 verzögern sich um etwa zehn Tage. Großdruck läuft normal.

Wir bitten um Entschuldigung.

Annette Lenz
Punktschrift Druckhaus Leipzig GmbH
""")])

# ---- 0122 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "en", "customer",
     "inline forward of a customer's own mail naming his bipolar disorder and asking for written-only contact",
     frm=ST["oneill"], to=ST["achterberg"],
     subject="FW: Please stop calling me",
     date=when(7, 14, 12, 40),
     body="""Sabine, FYI - please make sure the underwriting team doesn't call him
either. I have set "written contact only" on the file.

Patrick

---------- Forwarded message ----------
From: Julian Hartley <julian.hartley@webpost.example>
Date: Mon, 13 Jul 2026 22:14
Subject: Please stop calling me
To: international-health@mainstern.example

Hello,

I have bipolar disorder (currently stable on lithium, but phone calls
from unknown numbers make me very anxious). Three different people from
your company called me last week about my claim IH-900-60014 for the
hospital stay in May. Please only write to me. I will answer, I promise,
it just takes me a day or two.

Thank you for understanding.
Julian Hartley
""")

# ---- 0123 -----------------------------------------------------------------
mail("CONFIDENTIAL", "de", "broker",
     "forwarded broker mail with a portfolio transfer list (named clients, addresses, household/liability policy numbers) in XLSX",
     frm=ST["hoffmeister"], to=f"bestandsuebertragung@{DOM}",
     subject="WG: Bestandsübertragung Timm -> Brenner (Sparte Sach)",
     date=when(7, 15, 10, 0),
     body="""Hallo Kollegen,

bitte die Übertragung wie unten gewünscht vorbereiten. Liste hängt an.

Danke, Lena

-----Ursprüngliche Nachricht-----
Von: Holger Timm <holger@timm-finanz.example>
Gesendet: Dienstag, 14. Juli 2026 17:20
An: Lena Hoffmeister <lena.hoffmeister@mainstern.example>
Betreff: Bestandsübertragung

Hallo Frau Hoffmeister,
wie besprochen gebe ich zum 01.10. meinen Sach-Bestand an das Makler
Kontor Brenner ab (ich gehe in Rente). Anbei die Liste, die Kunden sind
informiert und einverstanden.
Gruß Holger Timm
""",
     atts=[A("Bestand_Timm_Sach.xlsx", make_xlsx([
         ("Bestand", [["Kunde", "Anschrift", "Vertrag", "Sparte", "Jahresbeitrag EUR"],
                      ["Ewald Kühn", "Hauptstraße 3, 63322 Rödermark", "HR 55 220 871", "Hausrat", 188.4],
                      ["Ewald Kühn", "Hauptstraße 3, 63322 Rödermark", "PH-6610-08812", "Privathaftpflicht", 71.9],
                      ["Monika Albers", "Lindenweg 17, 63303 Dreieich", "WG 20 118 004", "Wohngebäude", 912.0],
                      ["Serkan Tekin", "Frankfurter Str. 88, 63067 Offenbach", "HR 55 601 992", "Hausrat", 142.3],
                      ["Petra und Uwe Lang", "Am Bach 2, 63110 Rodgau", "WG 20 309 551", "Wohngebäude", 1104.6]])],
         title="Bestand Timm Sach", dt=(2026, 7, 14, 17, 0, 0)))])

# ---- 0124 -----------------------------------------------------------------
mail("NORMAL", "en", "insurer-to-partner",
     "trap: conference invitation (ICS) to a panel on insurance and disability; no person's data",
     frm=ST["oberle"], to="Programme Committee <programme@inclusion-summit.example>",
     subject="Panel confirmation – 'Insurance for everyone' (Inclusion Summit 2026)",
     date=when(7, 16, 14, 15),
     body="""Dear programme committee,

I am happy to confirm my participation in the panel "Insurance for
everyone: disability, underwriting and communication" on 24 September.

For the session please provide live captioning and International Sign
interpretation as announced - two of our co-panellists asked for it in the
preparatory call. My slides will be sent in advance as accessible PDF.

The calendar entry is attached for your records.

""" + S["oberle_en"],
     atts=[A("Inclusion_Summit_panel.ics", make_ics("panel-insurance-everyone@inclusion-summit.example",
                                                  "20260924T140000", "20260924T151500",
                                                  "Inclusion Summit: Panel 'Insurance for everyone'",
                                                  "Kap Europa, Osloer Straße 5, 60327 Frankfurt am Main, Hall 3",
                                                  "Panel with Katrin Oberle (Mainstern), captioning + International Sign.",
                                                  "programme@inclusion-summit.example",
                                                  ["katrin.oberle@mainstern.example"]))])

# ---- 0125 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "maternity benefits for a named deaf customer incl. interpreter for antenatal classes; table in both text and HTML part",
     frm=ST["oneill"], to="Leonie Baptiste <leonie.baptiste@inbox.example>",
     subject="Your pregnancy – what your plan covers",
     date=when(7, 17, 9, 55),
     body="""Dear Ms Baptiste,

congratulations on your pregnancy! As you asked by e-mail, here is an
overview of what your expat plan IH-900-58802 covers. Your due date
according to Dr. Nkemelu is 14 December 2026.

Benefit                                   Covered
-------------------------------------------------------------------
Antenatal check-ups and ultrasound        100 %
Non-invasive prenatal test (NIPT)         100 % (age 38, medically indicated)
Antenatal classes                         up to EUR 300
DGS interpreter for classes and birth     100 %, we book via GebärdenWerk
Hospital birth, private room              100 %
Midwife home visits after birth           100 %

Because you are deaf, please tell the hospital early that an interpreter
should be present at the birth; we will confirm the costs to them in
writing.

""" + S["oneill"],
     html="""<html lang="en"><body style="font-family:Arial;font-size:15px">
<p>Dear Ms Baptiste,</p>
<p>congratulations on your pregnancy! As you asked by e-mail, here is an overview of what your expat
plan <b>IH-900-58802</b> covers. Your due date according to Dr. Nkemelu is 14 December 2026.</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th scope="col">Benefit</th><th scope="col">Covered</th></tr>
<tr><td>Antenatal check-ups and ultrasound</td><td>100 %</td></tr>
<tr><td>Non-invasive prenatal test (NIPT)</td><td>100 % (age 38, medically indicated)</td></tr>
<tr><td>Antenatal classes</td><td>up to EUR 300</td></tr>
<tr><td>DGS interpreter for classes and birth</td><td>100 %, we book via Geb&auml;rdenWerk</td></tr>
<tr><td>Hospital birth, private room</td><td>100 %</td></tr>
<tr><td>Midwife home visits after birth</td><td>100 %</td></tr>
</table>
<p>Because you are deaf, please tell the hospital early that an interpreter should be present at the birth;
we will confirm the costs to them in writing.</p>
<p>Kind regards,<br>Patrick O'Neill<br>International Health Service (Expat)</p>
</body></html>""")

# ---- 0126 -----------------------------------------------------------------
mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "motor type-class change notice to a named customer with plate and premium; multipart/alternative",
     frm=ST["noreply"], to="Jürgen Albrecht <j.albrecht@fernpost.example>",
     subject="Neue Typklassen 2027 für Ihr Fahrzeug OF-JA 77",
     date=when(8, 3, 6, 0),
     body="""Guten Tag Herr Albrecht,

der GDV hat die Typklassen für 2027 neu berechnet. Für Ihren VW Tiguan
(OF-JA 77, Vertrag KH-7719930-5) ändern sich die Klassen:

  Haftpflicht:  18 -> 19
  Vollkasko:    22 -> 22
  Teilkasko:    24 -> 23

Ihr Beitrag ab 01.01.2027: 946,12 EUR (bisher 921,40 EUR).

Sie haben ein Sonderkündigungsrecht bis vier Wochen nach Zugang dieser
Mitteilung.

Ihre Mainstern Versicherung
""",
     html="""<html lang="de"><body style="font-family:Arial;font-size:14px">
<p>Guten Tag Herr Albrecht,</p>
<p>der GDV hat die Typklassen für 2027 neu berechnet. Für Ihren VW Tiguan (OF-JA 77, Vertrag KH-7719930-5)
ändern sich die Klassen:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Sparte</th><th>2026</th><th>2027</th></tr>
<tr><td>Haftpflicht</td><td>18</td><td>19</td></tr>
<tr><td>Vollkasko</td><td>22</td><td>22</td></tr>
<tr><td>Teilkasko</td><td>24</td><td>23</td></tr>
</table>
<p>Ihr Beitrag ab 01.01.2027: <b>946,12&nbsp;EUR</b> (bisher 921,40&nbsp;EUR).</p>
<p>Sie haben ein Sonderkündigungsrecht bis vier Wochen nach Zugang dieser Mitteilung.</p>
</body></html>""")

# ---- 0127 -----------------------------------------------------------------
mail("NORMAL", "mixed", "internal",
     "trap: bilingual onboarding note for an intern (accessible toilets, quiet room, Nachteilsausgleich policy in general)",
     frm=ST["castellano"], to=f"team-international-health@{DOM}",
     subject="Onboarding Praktikantin / intern starting Monday",
     date=when(8, 5, 15, 30),
     body="""Hallo zusammen / hi all,

am Montag startet unsere Praktikantin Zoe Miller (Master Health Economics,
Maastricht) für sechs Monate im Team International Health. She speaks
English and some German - please use English in meetings when she's there.

Checklist for Monday:
  - Laptop + badge: IT-Service, Raum 0.14, 8:30
  - Rundgang: Kantine, Ruheraum (0.10), barrierefreie WCs in jedem Stockwerk
    neben den Aufzügen
  - Pflichtschulungen Datenschutz + Informationssicherheit in Woche 1

Reminder for all new colleagues: Wer wegen einer Behinderung oder
chronischen Erkrankung Unterstützung braucht (Nachteilsausgleich,
Hilfsmittel), meldet sich vertraulich bei der SBV oder bei mir - das gilt
auch für Praktikant*innen.

Danke!
Miriam
""")

# ---- 0128 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-therapist",
     "query to a speech therapist about a named customer's aphasia therapy invoice after stroke",
     frm=ST["kranken"], to="Logopädie am Marktplatz <praxis@logo-marktplatz.example>",
     subject="Rechnung 26-311 – Herr Robert Hughes, Sprachtherapie",
     date=when(8, 6, 10, 45),
     body="""Sehr geehrte Frau Wendel,

Ihr Patient Herr Robert Hughes (KV 3-450-881902) hat uns Ihre Rechnung
über 20 Einheiten Sprachtherapie (Juni/Juli 2026) eingereicht.

Die Verordnung von Dr. Brandau nennt eine Broca-Aphasie und Dysarthrie
nach Hirninfarkt (I69.3, R47.0). Die Therapie in englischer Sprache ist
medizinisch begründet, weil Herr Hughes seine Muttersprache besser
wiederfindet - dem folgen wir.

Offen ist nur: Positionen 7-10 sind als Hausbesuch abgerechnet. Bitte
bestätigen Sie kurz, dass Herr Hughes die Praxis in diesem Zeitraum nicht
aufsuchen konnte (z. B. wegen der Halbseitenlähmung).

Mit freundlichen Grüßen
Leistungsabteilung Krankenversicherung
""")

# ---- 0129 -----------------------------------------------------------------
mail("NORMAL", "en", "insurer-to-customer",
     "trap: HTML-only answer with the accessibility statement and feedback options; no contract, no impairment named",
     frm=ST["accessibility"], to="Vera Lindqvist-Obi <vera.lo@freemail.example>",
     subject="Our accessibility statement and how to report barriers",
     date=when(8, 7, 11, 10),
     html="""<html lang="en"><head><meta charset="utf-8"></head><body style="font-family:Arial;font-size:16px">
<p>Dear Ms Lindqvist-Obi,</p>
<p>thank you for your interest. Our accessibility statement is published at
<a href="https://www.mainstern.example/accessibility-statement">www.mainstern.example/accessibility-statement</a>.</p>
<h2>How to report a barrier</h2>
<ul>
<li>Form: <a href="https://www.mainstern.example/feedback-a11y">feedback form</a> (works with screen readers and keyboard)</li>
<li>E-mail: accessibility@mainstern.example</li>
<li>Video relay in German Sign Language: Mon&ndash;Fri 8&ndash;18</li>
</ul>
<p>We answer within 14 days. If you are not satisfied, you can contact the arbitration board
(Schlichtungsstelle BGG).</p>
<p>Kind regards,<br>Accessible Communication Desk, Mainstern Versicherung AG</p>
</body></html>""")

# ---- 0130 -----------------------------------------------------------------
mail("CONFIDENTIAL", "en", "insurer-to-customer",
     "liability claim for damage to a rented holiday flat with the named customer's policy and claim number; iso-8859-1",
     frm=ST["kowalczyk"], to="Matthew Collins <m.collins@webpost.example>",
     subject="Claim PH-2026-0512 – holiday flat in Binz",
     date=when(8, 10, 14, 0), charset="iso-8859-1", cte="quoted-printable",
     body="""Dear Mr Collins,

the owner of the holiday flat in Binz (Rügen), Mrs Schröder, has sent us
her invoice for the damaged glass-ceramic hob (EUR 780.00). Your private
liability policy PH-6610-41120 covers damage to rented holiday homes.

As the hob was 7 years old, we pay the current value: EUR 390.00, less
your excess of EUR 150.00 - so EUR 240.00 goes to Mrs Schröder. You pay
the rest only if she insists on the full new price; we will defend you
against that.

Kind regards
Dennis Kowalczyk
Liability Claims, Mainstern Allgemeine Versicherung AG
""")

# ---- 0131 -----------------------------------------------------------------
mail("NORMAL", "de", "insurer-to-supplier",
     "trap: order for tactile floor plans and guidance strips for blind visitors at the customer centre; no person",
     frm=ST["petersen"], to="Atelier Tastbar <info@tastbar-modelle.example>",
     subject="Auftrag: Tastplan Kundencenter Offenbach",
     date=when(8, 11, 9, 20),
     body="""Hallo Herr Okafor,

wir nehmen Ihr Angebot 2026-118 an:

  1 Tastplan Erdgeschoss Kundencenter (Aluminium, Brailleschrift und
    erhabene Großschrift), Wandmontage neben dem Eingang
  24 m Bodenleitsystem (Rippenplatten) vom Eingang zum Empfang und zum
    Aufzug
  Montage am 28.09.2026 vor Öffnung (7-9 Uhr)

Vorher bitte einmal mit unserer Ansprechperson aus dem Blinden- und
Sehbehindertenverein den Entwurf testen, wie besprochen.

Bestellnummer BE-2026-00889.

""" + S["petersen"])

# ---- 0132 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "disability-income follow-up review for a named teacher with severe hearing loss; questionnaire in an ODT",
     frm=ST["feldkamp"], to="Fergus Doherty <fergus.doherty@inbox.example>",
     subject="Review of your disability income benefit – LV-8830-61774",
     date=when(8, 12, 10, 30),
     body="""Dear Mr Doherty,

every two years we review disability income benefits. Please fill in the
attached questionnaire (ODT, works with any word processor) and send it
back by 30 September. As you asked, we will not phone you.

""" + S["feldkamp"].replace("Mit freundlichen Grüßen", "Kind regards"),
     atts=[A("Review_questionnaire_Doherty.odt", make_odt([
         "# Follow-up review – disability income",
         "Insured person: Fergus Doherty, born 17 January 1972. Policy LV-8830-61774. Benefit since 01.03.2024.",
         "Reason for benefit: bilateral sudden sensorineural hearing loss with severe tinnitus (H91.2, H93.1); unable to work as a secondary school teacher.",
         "1. Has your hearing changed since the last review? Please enclose the latest audiogram.",
         "2. Have you received a cochlear implant or new hearing aids?",
         "3. Are you working now, in any job? If yes: employer, hours per week, income.",
         "4. Names of doctors you have seen in the last 24 months.",
     ], title="Review questionnaire", dt=(2026, 8, 12, 10, 0, 0)))])

# ---- 0133 -----------------------------------------------------------------
mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "premium arrears reminder for a named customer's household policy with amount and bank data; windows-1252",
     frm=ST["service"], to="Dragan Marković <dragan.markovic@t-netz.example>",
     subject="Zahlungserinnerung Hausrat HR 55 770 315",
     date=when(8, 17, 7, 15), charset="windows-1252", cte="quoted-printable",
     body="""Sehr geehrter Herr Markovic,

leider konnten wir den Beitrag für Ihre Hausratversicherung HR 55 770 315
am 01.08.2026 nicht abbuchen; Ihre Bank hat die Lastschrift zurückgegeben
(Grund: Konto erloschen).

Offener Betrag:          164,30 €
Rücklastschriftgebühr:     3,00 €
Gesamt:                  167,30 €

Bitte überweisen Sie den Betrag bis 31.08.2026 auf unser Konto bei der
Landesbank Hessen-Thüringen, IBAN [[IBAN DE 500500000001234567]],
Verwendungszweck HR 55 770 315, oder teilen Sie uns Ihre neue Bankverbindung
mit.

Ihr Mainstern Kundenservice
""")

# ---- 0134 -----------------------------------------------------------------
mail("NORMAL", "en", "newsletter",
     "trap: broker newsletter in English with aggregated care and disability-income figures; no individual",
     frm=ST["makler"], to="broker-news-en@lists.mainstern.example",
     subject="Broker Update Q3/2026 – care, disability income, accessible advice",
     date=when(8, 20, 6, 30),
     headers=[("List-Unsubscribe", "<https://makler.mainstern.example/unsubscribe>"), ("Precedence", "bulk")],
     body="""BROKER UPDATE Q3/2026

1. Pflege Plus: 3,940 new policies since April; 61 % sold with the
   dementia option. Average entry age 47.
2. Disability income: acceptance rate at normal terms 78 %; most common
   exclusions still back and knee. Mental health questions now limited to
   5 years.
3. Accessible advice: your clients can bring a sign language interpreter
   or ask for documents in Braille or large print - at our cost. Use form
   "A11Y-01" in the broker portal.

Webinar "Advising clients with disabilities", 15 October, 10:00:
https://makler.mainstern.example/webinare

Unsubscribe: https://makler.mainstern.example/unsubscribe
""",
     html="""<html lang="en"><body style="font-family:Arial;font-size:15px">
<h1>Broker Update Q3/2026</h1>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th>Topic</th><th>Figure</th></tr>
<tr><td>Pflege Plus new policies since April</td><td>3,940 (61&nbsp;% with dementia option)</td></tr>
<tr><td>Disability income, acceptance at normal terms</td><td>78&nbsp;%</td></tr>
<tr><td>Accessible advice requests via brokers</td><td>212</td></tr>
</table>
<p>Webinar &ldquo;Advising clients with disabilities&rdquo;, 15 October, 10:00 &ndash;
<a href="https://makler.mainstern.example/webinare">register</a></p>
<p><a href="https://makler.mainstern.example/unsubscribe">Unsubscribe</a></p>
</body></html>""")

# ---- 0135 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-assessor",
     "commissioning a medical expert report on a named accident victim with traumatic brain injury; appointment ICS",
     frm=ST["lichtenberg"], to="Prof. Dr. Gregor Hein <gutachten@neuro-gutachten-hein.example>",
     subject="Expert opinion – Mr Callum Reid, accident 14.11.2025 (UV-2025-11902)",
     date=when(8, 24, 13, 5),
     body="""Dear Professor Hein,

we would like to commission a neurological expert opinion on permanent
impairment for our insured, Mr Callum Reid (born 09/05/1990), policy
UV-2209-70331.

Mr Reid suffered a traumatic brain injury (S06.5, acute subdural
haematoma) in a cycling accident on 14 November 2025, with craniotomy at
Klinikum Offenbach. Remaining issues according to the rehab report:
concentration and memory deficits, fatigue, word-finding problems.

Please assess the degree of invalidity per the Gliedertaxe-independent
criteria (section 2.1.2.2.2 AUB). Mr Reid's partner, Ms Aileen Reid, will
accompany him because he gets tired quickly; please plan breaks.

The proposed appointment is attached. Fee according to our framework
agreement (JVEG M3).

Kind regards
Yvonne Lichtenberg
Accident Claims, Mainstern Versicherung AG
""",
     atts=[A("Appointment_Reid_Hein.ics", make_ics("gutachten-uv202511902@mainstern.example",
                                                  "20260915T090000", "20260915T123000",
                                                  "Expert examination Callum Reid (UV-2025-11902)",
                                                  "Praxis Prof. Hein, Theaterplatz 4, 63065 Offenbach",
                                                  "Neurological examination after TBI; please allow breaks (fatigue). Partner accompanies.",
                                                  "yvonne.lichtenberg@mainstern.example",
                                                  ["gutachten@neuro-gutachten-hein.example"]))])

# ---- 0136 -----------------------------------------------------------------
mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "legal-expenses advice cover in an inheritance matter for a named customer (family names, estate value)",
     frm=ST["quast"], to="Ingrid Hammerschmidt <i.hammerschmidt@mailpost.example>",
     subject="Erbrechtliche Beratung – RS-2026-08115",
     date=when(9, 1, 11, 35),
     body="""Sehr geehrte Frau Hammerschmidt,

Ihr Bruder, Herr Klaus Hammerschmidt, verlangt nach dem Tod Ihrer Eltern
die Hälfte des Hauses in Mühlheim, obwohl Sie laut Testament Alleinerbin
sind (Nachlasswert laut Ihren Angaben ca. 410.000 EUR).

Im Erbrecht übernimmt Ihr Rechtsschutz RS-4402-12274 die Kosten einer
anwaltlichen Beratung (nicht der Vertretung), bis 250 EUR je Fall. Wenn Sie
einen Anwalt suchen, nennen wir Ihnen gern jemanden aus unserem Netzwerk.

""" + S["quast"])

# ---- 0137 -----------------------------------------------------------------
mail("NORMAL", "de", "insurer-to-customer",
     "trap: one-time password mail for the portal ('Zugangsdaten', 'vertraulich'); no content data",
     frm=ST["noreply"], to="k.ostrowski@netzpost.example",
     subject="Ihr Einmal-Passwort für das Mainstern Kundenportal",
     date=when(9, 2, 19, 4), charset="us-ascii",
     body="""Guten Tag,

Ihr Einmal-Passwort fuer die erste Anmeldung lautet:

    7Hq-29x-PLm

Es ist 72 Stunden gueltig. Bitte behandeln Sie es vertraulich und geben
Sie es nicht weiter - auch nicht an unsere Mitarbeitenden.

Zur Anmeldung: https://sicher.mainstern.example/aktivieren

Sie nutzen einen Screenreader? Das Passwort steht auch im Betreff der
naechsten SMS, buchstabiert: sieben, gross H, klein q, Bindestrich,
zwei, neun, x, Bindestrich, gross P, klein l, klein m.

Ihre Mainstern Versicherung
""")

# ---- 0138 -----------------------------------------------------------------
mail("CONFIDENTIAL", "en", "insurer-to-company",
     "machinery-breakdown claim for a company crane with a named site manager; no injuries",
     frm=ST["thalmann"], to="Rüdiger Stamm <r.stamm@hafenkran-logistik.example>",
     subject="Machinery breakdown – mobile crane LTM 1090, claim TV-2026-0077",
     date=when(9, 3, 16, 20),
     body="""Dear Mr Stamm,

thank you for reporting the gearbox failure of your mobile crane (Liebherr
LTM 1090, serial 091 447) at the site in Hanau on 28 August. Nobody was
hurt.

Under machinery breakdown policy TV-55-0218 the repair by Liebherr service
(estimate EUR 46,300) is covered less the excess of EUR 2,500. Please
don't start the repair before our engineer, Mr Halvorsen, has inspected
the gearbox - he can come on Monday.

Rental of a replacement crane is not covered under this policy (no
business interruption module).

Best regards
Sven Thalmann
Commercial Lines
""")

# ---- 0139 -----------------------------------------------------------------
mail("NORMAL", "de", "internal",
     "trap: SBV annual report with aggregated employment quota and budget (DOCX); no individual employee",
     frm=ST["vogt"], to=f"vorstand-buero@{DOM}", cc=ST["castellano"],
     subject="Tätigkeitsbericht der SBV 2025/2026",
     date=when(9, 7, 9, 10),
     body="""Sehr geehrte Damen und Herren,

anbei der Tätigkeitsbericht der Schwerbehindertenvertretung für die
Betriebsversammlung am 24. September. Alle Zahlen sind zusammengefasst;
Einzelfälle sind nicht enthalten.

Mit freundlichen Grüßen
""" + S["vogt"],
     atts=[A("SBV_Taetigkeitsbericht_2025-2026.docx", make_docx([
         "# Tätigkeitsbericht der Schwerbehindertenvertretung 2025/2026",
         "Beschäftigte insgesamt: 2.184; davon schwerbehindert oder gleichgestellt: 121 (Quote 5,5 %, Vorjahr 5,2 %).",
         [["Thema", "Anzahl 2025/2026"], ["Beratungsgespräche", 164], ["BEM-Verfahren mit SBV-Beteiligung", 27],
          ["Anträge auf Gleichstellung begleitet", 9], ["Arbeitsplatzanpassungen (Hilfsmittel)", 18]],
         "Schwerpunkte: Umsetzung der Inklusionsvereinbarung, barrierefreie Intranet-Anwendungen, mobile Arbeit als Nachteilsausgleich.",
         "Ausblick: Wahl der SBV im März 2026 ist abgeschlossen; neue Stellvertretung im Team Leistung.",
     ], title="SBV Tätigkeitsbericht", dt=(2026, 9, 7, 9, 0, 0)))])

# ---- 0140 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "home emergency call system approved for a named elderly customer after falls due to dizziness; care level",
     frm=ST["demir"], to="Elfriede Borowski <e.borowski@t-netz.example>",
     cc="Manfred Seidel <m.seidel@fernpost.example>",
     subject="Ihr Hausnotruf ist genehmigt",
     date=when(9, 9, 10, 0),
     body="""Liebe Frau Borowski,

Ihr Hausnotruf ist genehmigt.

  - Sie haben Pflegegrad 2.
  - Sie sind seit dem Frühjahr zweimal gestürzt, wegen Ihres Schwindels
    (Ihre Hausärztin schreibt: Morbus Menière).
  - Sie leben allein.

Deshalb zahlen wir den Hausnotruf der Johanniter: 25,50 Euro im Monat,
ab 1. Oktober, aus Ihrer Pflegeversicherung PT-551-29803.

Ihr Nachbar, Herr Seidel, bekommt diese E-Mail auch. Sie haben ihm eine
Vollmacht gegeben. Er hat den Schlüssel für den Notfall.

Haben Sie Fragen? Rufen Sie mich gern an: 069 204417-580.

""" + S["demir"])

# ---- 0141 -----------------------------------------------------------------
mail("NORMAL", "en", "insurer-to-broker",
     "trap: instructions for brokers on uploading health questionnaires securely; no client",
     frm=ST["makler"], to="Gareth Pryce <g.pryce@harbourside-brokers.example>",
     subject="How to send us health questionnaires – please no plain e-mail",
     date=when(9, 14, 12, 12), charset="us-ascii",
     body="""Hi Gareth,

a quick reminder for your team, as we received two health questionnaires
as plain e-mail attachments last month:

- Health questionnaires, medical reports and anything about a client's
  health or disability go through the broker portal ("Upload > Underwriting")
  or by S/MIME-encrypted mail only.
- Our certificate is available at https://www.mainstern.example/smime
- If you use your MVP, the BiPRO upload works too.

Plain e-mail is fine for quotes on property and motor without personal
health information.

Thanks!
Mainstern Broker Service
""")

# ---- 0142 -----------------------------------------------------------------
mail("CONFIDENTIAL", "en", "insurer-to-customer",
     "cancellation confirmation of a named customer's motor policy with end date and refund",
     frm=ST["service"], to="Jonathan Price <j.price@freemail.example>",
     subject="Confirmation: your motor policy KH-7733508-9 ends on 30 September",
     date=when(9, 15, 15, 5),
     body="""Dear Mr Price,

we confirm the cancellation of your motor policy KH-7733508-9 (BMW 118i,
OF-JP 404) as of 30 September 2026 because you are moving back to the UK.

Premium paid until 31 December will be refunded pro rata: EUR 186.90 to
your account ending in ...2207.

Your no-claims history (SF 6) can be confirmed to a UK insurer in English
on request - just write to us.

All the best for your move!
Your Mainstern Customer Service
""")

# ---- 0143 -----------------------------------------------------------------
mail("NORMAL", "de", "insurer-to-partner",
     "trap: info evening for legal guardians about insurance topics (Betreuung, Haftpflicht, Pflege) in general",
     frm=ST["oberle"], to="Betreuungsverein Mainbogen <info@betreuungsverein-mainbogen.example>",
     subject="Infoabend für ehrenamtliche Betreuerinnen und Betreuer – Terminvorschlag",
     date=when(9, 16, 14, 50),
     body="""Liebe Frau Vennemann,

wie besprochen würden wir gern einen Infoabend für Ihre ehrenamtlichen
Betreuerinnen und Betreuer anbieten. Themenvorschläge:

  - Welche Versicherungen brauchen betreute Menschen wirklich?
  - Haftpflicht für Menschen mit geistiger Behinderung (Deliktunfähigkeit)
  - Pflegeversicherung: Anträge, Begutachtung, Widerspruch
  - Wann braucht es die Genehmigung des Betreuungsgerichts?

Termin: Mittwoch, 21. Oktober, 18 Uhr, in Ihren Räumen oder bei uns
(Haus A, barrierefrei). Kein Verkauf, keine Beratung zu Einzelfällen an
dem Abend.

Herzliche Grüße
""" + S["oberle"])

# ---- 0144 -----------------------------------------------------------------
mail("CONFIDENTIAL", "de", "lawyer",
     "forwarded lawyer's letter (.eml) in a named customer's tenancy eviction case; no health data",
     frm=ST["quast"], to=f"rechtsschutz-schaden@{DOM}",
     subject="WG: Räumungsklage Kaya ./. Hausverwaltung Main-Immobilien – Deckungsanfrage",
     date=when(9, 21, 9, 30),
     body="""Zur Akte RS-2026-08840, bitte Deckung prüfen (Wohnungs-Rechtsschutz
RS-4402-90012, VN Frau Songül Kaya). Schreiben der Anwältin hängt an.

BQ
""",
     atts=[dict(frm="RA Simon Albers <albers@albers-nguyen.example>", to="rechtsschutz@mainstern.example",
                subject="Deckungsanfrage Songül Kaya", date=when(9, 18, 17, 45),
                msgid="<b81f2a@albers-nguyen.example>", filename="Deckungsanfrage Kaya.eml",
                body="""Sehr geehrte Damen und Herren,

wir vertreten Ihre Versicherungsnehmerin Frau Songül Kaya, Friedhofstraße
21, 63065 Offenbach (Ihr Vertrag RS-4402-90012).

Die Hausverwaltung Main-Immobilien GmbH hat Räumungsklage beim
Amtsgericht Offenbach erhoben (Az. 37 C 1188/26) wegen angeblicher
Mietrückstände von 2.940 EUR. Unsere Mandantin bestreitet die Rückstände;
die Miete war wegen Schimmels berechtigt gemindert.

Wir bitten um Deckungszusage für die erste Instanz. Streitwert:
Jahreskaltmiete 9.360 EUR.

Mit freundlichen Grüßen
Simon Albers
Rechtsanwalt
""")])

# ---- 0145 -----------------------------------------------------------------
mail("NORMAL", "en", "internal",
     "trap: English out-of-office reply mentioning medical emergencies abroad and the assistance line; no person",
     frm=ST["oneill"], to=ST["dubois"],
     subject="Automatic reply: Treaty figures expat health",
     date=when(9, 22, 8, 0), charset="us-ascii",
     headers=[("Auto-Submitted", "auto-replied")],
     body="""Thank you for your message. I am out of the office until 5 October
with limited access to e-mail.

For claims and cost approvals please write to
international-health@mainstern.example.

Medical emergency abroad? Our assistance line is available 24/7 at
+49 69 204417-999 (also via text relay for deaf and hard-of-hearing
customers).

Patrick O'Neill
""")

# ---- 0146 -----------------------------------------------------------------
mail("CONFIDENTIAL", "de", "company",
     "forwarded company mail reporting a fleet claim with the named driver; explicitly no injuries",
     frm=ST["aydin"], to=f"kfz-flotte@{DOM}",
     subject="WG: Schadenmeldung LKW OF-HK 318 – Rangierschaden Lager Obertshausen",
     date=when(9, 24, 13, 0),
     body="""Bitte anlegen unter Flotte FL-118-2203, Haftpflicht. Gegner ist die
Spedition Vollmer, Rampe beschädigt.

Murat

-----Ursprüngliche Nachricht-----
Von: Fuhrpark Hafenkran Logistik <fuhrpark@hafenkran-logistik.example>
Gesendet: Mittwoch, 23. September 2026 15:48
An: Murat Aydın <murat.aydin@mainstern.example>
Betreff: Schadenmeldung LKW OF-HK 318

Hallo Herr Aydın,

unser Fahrer Pawel Wojcik (Personalnr. HK-0207) hat heute um 11:20 beim
Rangieren am Lager der Spedition Vollmer, Industriestraße 9, 63179
Obertshausen, mit dem Auflieger die Laderampe beschädigt. Es wurde
niemand verletzt. Fotos und Unfallbericht folgen.

Gruß
Rüdiger Stamm
Fuhrparkleitung
""")

# ---- 0147 -----------------------------------------------------------------
mail("NORMAL", "de", "insurer-to-customer",
     "grey: product information in Leichte Sprache sent to a named prospect; format wish only, no reason, no contract, no health data",
     frm=ST["barrierefrei"], to="Kevin Hartung <kevin.hartung@mailpost.example>",
     subject="Haftpflicht-Versicherung in Leichter Sprache",
     date=when(10, 1, 10, 20),
     body="""Hallo Herr Hartung,

Sie wollten wissen:
Was ist eine Haftpflicht-Versicherung?
Hier ist die Antwort in Leichter Sprache.

Manchmal macht man etwas kaputt.
Zum Beispiel: Sie stoßen aus Versehen eine Vase um.
Die Vase gehört einer anderen Person.
Dann müssen Sie die Vase bezahlen.
Das kann sehr teuer sein.

Mit einer Haftpflicht-Versicherung zahlen wir.
Sie zahlen uns jeden Monat einen kleinen Betrag.
Bei uns sind das 6 Euro im Monat.

Möchten Sie mehr wissen?
Dann schreiben Sie uns.
Oder rufen Sie an: 069 204417-310.

Viele Grüße
Ihr Team Barrierefreie Kommunikation
""")

# ---- 0148 -----------------------------------------------------------------
mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "underwriting decision on a named applicant's long-term-care supplement: postponed because of recent MS diagnosis",
     frm=ST["achterberg"], to="Charlotte Evans <charlotte.evans@webpost.example>",
     subject="Your application for Pflege Plus – our decision",
     date=when(10, 6, 11, 15),
     body="""Dear Ms Evans,

thank you for your application for our long-term care supplement
"Pflege Plus" of 14 September and for answering the health questions so
openly.

You told us that multiple sclerosis (relapsing-remitting) was diagnosed in
March 2026 and that you are starting treatment with ocrelizumab. At this
early stage we cannot yet assess how the disease will develop. We
therefore have to postpone the decision by two years. We are sorry.

This does not affect your existing health insurance with us. You can apply
again from October 2028; we will remind you if you wish. You may also ask
an independent broker whether other insurers accept applications earlier.

Kind regards
Dr. med. Sabine Achterberg
Chief Medical Officer, Underwriting
Mainstern Versicherung AG
""")

# ---- 0149 -----------------------------------------------------------------
mail("NORMAL", "mixed", "insurer-to-partner",
     "trap: German/English mail to the relay provider about adding International Sign and Lautsprachbegleitende Gebärden; no caller",
     frm=ST["oberle"], to="Account Management Signvid <accounts@signvid.example>",
     subject="Erweiterung Vertrag / contract extension: International Sign + LBG",
     date=when(10, 12, 14, 0),
     body="""Hello Mr Sørensen,

kurze Anfrage für 2027 / a quick request for 2027:

1. Could you add International Sign (IS) for our expat customers? We see
   around 10-15 requests per quarter.
2. Bieten Sie auch Lautsprachbegleitende Gebärden (LBG) an? Manche
   spätertaubte Kundinnen und Kunden bevorzugen das gegenüber DGS.
3. Schriftdolmetschen in English - possible?

Bitte schicken Sie uns ein Angebot bis Ende November; der bestehende
Vertrag läuft bis 31.12.2026.

Best regards / viele Grüße
Katrin Oberle
""")

# ---- 0150 -----------------------------------------------------------------
mail("NORMAL", "de", "internal",
     "trap: year-end thank-you with aggregated figures on accessible formats (Punktschrift, Großdruck, DGS); no person",
     frm=ST["oberle"], to=f"kundenservice-team@{DOM}, leistung-kranken@{DOM}, einkauf@{DOM}",
     subject="Danke für 2026 – Barrierefreie Kommunikation in Zahlen",
     date=when(12, 18, 16, 0),
     body="""Liebe Kolleginnen und Kollegen,

bevor alle in die Feiertage gehen, ein paar Zahlen aus 2026:

  Großdruck-Sendungen:            3.812
  Punktschrift-Sendungen:           944
  Leichte-Sprache-Briefe:           217
  DGS-Videotelefonate:            6.120 (davon 1.380 mit eigenen Leuten)
  Dolmetscheinsätze vor Ort:        162
  Beschwerden wegen Barrieren:  von 84 (Q4/2025) auf 29 (Q4/2026)

Das ist euer Verdienst - danke für eure Geduld, eure Nachfragen und dafür,
dass niemand mehr "das geht technisch nicht" sagt.

Schöne Feiertage!
Katrin
""")

# ==========================================================================
# build / check
# ==========================================================================
def labels_tsv():
    out = io.StringIO()
    out.write("file\tlabel\tlang\tkind\treason\n")
    for i, m in enumerate(MAILS, 1):
        r = m["reason"]
        assert "\t" not in r and "\n" not in r
        out.write(f"{PREFIX}{i:04d}.eml\t{m['label']}\t{m['lang']}\t{m['kind']}\t{r}\n")
    return out.getvalue().encode("utf-8")


def build_all():
    return {f"{PREFIX}{i:04d}.eml": render(i, m) for i, m in enumerate(MAILS, 1)}


ALLOWED_CS = {"utf-8", "iso-8859-1", "windows-1252", "us-ascii"}
EMAIL_RE = re.compile(r"[A-Za-z0-9._%+'-]+@([A-Za-z0-9.-]+[A-Za-z0-9])")
URL_RE = re.compile(r"(?:https?://|www\.)([A-Za-z0-9.-]+[A-Za-z0-9])", re.I)
IBAN_RE = re.compile(r"\b(DE|AT|CH|NL|GB|FR|LU|IT|ES|BE|PL|DK|IE)(\d{2})((?: ?[A-Z0-9]{4}){2,6}(?: ?[A-Z0-9]{1,4})?)\b")


def _xml_text(b):
    dom = xml.dom.minidom.parseString(b)
    out = []

    def rec(nd):
        for c in nd.childNodes:
            if c.nodeType == c.TEXT_NODE:
                out.append(c.data)
            else:
                rec(c)
            if c.nodeType == c.ELEMENT_NODE and c.tagName in ("w:p", "text:p", "text:h", "row", "c", "table:table-cell"):
                out.append("\n" if c.tagName in ("w:p", "text:p", "text:h", "row") else " ")
    rec(dom)
    return "".join(out)


def open_attachment(name, data, stats, depth=0):
    """Open an attachment, return its text. Raises on any problem."""
    low = name.lower()
    ext = low.rsplit(".", 1)[-1] if "." in low else ""
    stats[ext] = stats.get(ext, 0) + 1
    if ext == "pdf" or data[:5] == b"%PDF-":
        t = pdf_text(data)
        assert t.strip(), f"{name}: empty PDF text layer"
        return t
    if ext in ("zip", "docx", "xlsx", "odt", "ods"):
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None, f"{name}: bad zip member"
        names = z.namelist()
        texts = []
        if ext == "docx":
            assert "word/document.xml" in names and "[Content_Types].xml" in names
        if ext == "xlsx":
            assert "xl/workbook.xml" in names and "[Content_Types].xml" in names
        if ext in ("odt", "ods"):
            assert names[0] == "mimetype" and z.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
            mt = z.read("mimetype").decode()
            assert mt.endswith("text" if ext == "odt" else "spreadsheet"), mt
        for nm in names:
            b = z.read(nm)
            if nm.endswith(".xml") or nm.endswith(".rels"):
                t = _xml_text(b)
                if ext != "zip":
                    texts.append(t)
                else:
                    texts.append(t)
            elif ext == "zip":
                texts.append(open_attachment(nm, b, stats, depth + 1))
        t = "\n".join(texts)
        if ext != "zip":
            assert t.strip(), f"{name}: no text"
        return t
    if ext == "eml":
        inner = BytesParser(policy=policy.default).parsebytes(data)
        return "\n".join(check_message(inner, stats, name)[0])
    if ext in ("csv", "txt", "ics", "html", "htm"):
        t = data.decode("utf-8") if isinstance(data, bytes) else data
        if ext == "ics":
            assert "BEGIN:VCALENDAR" in t and "END:VCALENDAR" in t
        return t
    raise AssertionError(f"unknown attachment type {name}")


def check_message(msg, stats, where):
    texts, charsets = [], []
    for part in msg.walk():
        assert not part.defects, f"{where}: defects {part.defects}"
        for k, v in part.items():
            if getattr(v, "defects", None):
                raise AssertionError(f"{where}: header {k} defects {v.defects}")
            texts.append(str(v))
        ct = part.get_content_type()
        if ct == "message/rfc822":
            stats["att"]["eml"] = stats["att"].get("eml", 0) + 1
        if part.is_multipart():
            continue
        fn = part.get_filename()
        if ct.startswith("text/"):
            cs = part.get_content_charset()
            assert cs in ALLOWED_CS, f"{where}: charset {cs}"
            charsets.append(cs)
            t = part.get_content()
            if fn:
                t2 = open_attachment(fn, t, stats["att"])
                texts.append(t2)
            else:
                texts.append(t)
        else:
            data = part.get_content()
            assert fn, f"{where}: attachment without filename"
            texts.append(open_attachment(fn, data, stats["att"]))
    return texts, charsets


def check():
    built = build_all()
    problems = 0
    # files on disk identical
    for fn, data in built.items():
        p = os.path.join(HERE, "mails", fn)
        with open(p, "rb") as f:
            if f.read() != data:
                print("DIFFERS:", fn)
                problems += 1
    extra = set(os.listdir(os.path.join(HERE, "mails"))) - set(built)
    assert not extra, f"extra files {extra}"
    with open(os.path.join(HERE, "labels.tsv"), "rb") as f:
        assert f.read() == labels_tsv(), "labels.tsv differs"
    # second build is identical (determinism)
    assert build_all() == built, "build not deterministic"
    ids = set()
    stats = {"att": {}}
    counts, langs, kinds, tops, cs_all, ctes = {}, {}, {}, {}, {}, {}
    n_iban = 0
    for i, (fn, data) in enumerate(built.items(), 1):
        m = MAILS[i - 1]
        assert b"\n" not in data.replace(b"\r\n", b""), f"{fn}: bare LF"
        assert b"\r" not in data.replace(b"\r\n", b""), f"{fn}: bare CR"
        msg = BytesParser(policy=policy.default).parsebytes(data)
        mid = msg["Message-ID"]
        assert mid not in ids, f"{fn}: duplicate Message-ID"
        ids.add(mid)
        assert msg["Date"].datetime.year == 2026, fn
        texts, charsets = check_message(msg, stats, fn)
        for cs in charsets:
            cs_all[cs] = cs_all.get(cs, 0) + 1
        for part in msg.walk():
            if not part.is_multipart():
                c = part.get("Content-Transfer-Encoding", "7bit").lower()
                ctes[c] = ctes.get(c, 0) + 1
        blob = "\n".join(texts)
        for h in EMAIL_RE.findall(blob) + URL_RE.findall(blob):
            assert h.lower().endswith(".example"), f"{fn}: host {h}"
        assert msg["From"].addresses[0].domain == DOM, f"{fn}: not sent from {DOM}"
        for mm in IBAN_RE.finditer(blob):
            cand = (mm.group(1) + mm.group(2) + mm.group(3)).replace(" ", "")
            cand = cand[:IBAN_LEN[mm.group(1)]]
            if cand[4:7] == "ZZZ":      # SEPA creditor identifier, not an IBAN
                continue
            assert iban_ok(cand), f"{fn}: invalid IBAN {cand}"
            n_iban += 1
        counts[m["label"]] = counts.get(m["label"], 0) + 1
        langs[(m["label"], m["lang"])] = langs.get((m["label"], m["lang"]), 0) + 1
        kinds[(m["kind"], m["label"])] = kinds.get((m["kind"], m["label"]), 0) + 1
        tops[msg.get_content_type()] = tops.get(msg.get_content_type(), 0) + 1
    L = ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")
    print(f"{len(built)} mails, {len(ids)} unique Message-IDs, all CRLF, no MIME defects, "
          f"all attachments opened, {n_iban} IBANs valid, all hosts .example")
    print("label counts:", ", ".join(f"{k} {counts.get(k, 0)}" for k in L))
    print("label x lang:")
    for lab in L:
        print(f"  {lab:22s}", "  ".join(f"{lg} {langs.get((lab, lg), 0):3d}" for lg in ("de", "en", "mixed")))
    tl = {lg: sum(v for (l, g), v in langs.items() if g == lg) for lg in ("de", "en", "mixed")}
    print("  total                 ", "  ".join(f"{lg} {tl[lg]:3d} ({100 * tl[lg] / len(built):.0f} %)" for lg in tl))
    print("kind (N/C/S):")
    for k in sorted({k for k, _ in kinds}):
        print(f"  {k:28s}", "/".join(str(kinds.get((k, lab), 0)) for lab in L))
    print("top-level types:", ", ".join(f"{k} {v}" for k, v in sorted(tops.items())))
    print("text charsets:", ", ".join(f"{k} {v}" for k, v in sorted(cs_all.items())))
    print("transfer encodings:", ", ".join(f"{k} {v}" for k, v in sorted(ctes.items())))
    print("attachments (incl. ZIP members):", ", ".join(f"{k} {v}" for k, v in sorted(stats["att"].items())))
    if counts != {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}:
        print("FAILED: label counts must be 60/45/45")
        problems += 1
    if problems:
        print(f"FAILED: {problems} problem(s)")
        return 1
    print("CHECK OK")
    return 0


def main():
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    built = build_all()
    d = os.path.join(HERE, "mails")
    os.makedirs(d, exist_ok=True)
    for fn in os.listdir(d):
        if fn.startswith(PREFIX) and fn not in built:
            os.remove(os.path.join(d, fn))
    for fn, data in built.items():
        with open(os.path.join(d, fn), "wb") as f:
            f.write(data)
    with open(os.path.join(HERE, "labels.tsv"), "wb") as f:
        f.write(labels_tsv())
    print(f"wrote {len(built)} mails and labels.tsv")


if __name__ == "__main__":
    main()
