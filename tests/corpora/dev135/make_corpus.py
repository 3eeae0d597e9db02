#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Independent labelled mail corpus d135 for Siegel (issue 14).

Writes mails/d135-0001.eml ... mails/d135-0150.eml and labels.tsv next to this
file.  `python3 make_corpus.py --check` rebuilds everything in memory, compares
it byte for byte with the files on disk and validates every message (MIME
defects, CRLF, line length, Message-IDs, dates, domains, charsets,
attachments, IBAN checksums, label counts) and prints the distribution tables.

Python standard library only.  Deterministic (seed 135): no clock, no
environment, fixed boundaries, fixed ZIP member times and document metadata.

Every mail below is its own hand-written function.  The shared code above the
MAILS section only builds MIME structure and file formats; the staff
signatures are shared because the same person always signs the same way.

All persons, companies, numbers and addresses are invented.  All domains end
in .example.
"""

import base64
import csv
import datetime
import email
import email.policy
import hashlib
import io
import os
import quopri
import random
import re
import sys
import textwrap
import zipfile
import zlib
from email.header import Header
from email.utils import formataddr, format_datetime, getaddresses
from html.parser import HTMLParser
from xml.sax.saxutils import escape as _xesc
import xml.etree.ElementTree as ET

PREFIX = "d135-"
SEED = 135
N_MAILS = 150
HERE = os.path.dirname(os.path.abspath(__file__))
DOM = "auenwald-versicherung.example"
WANT = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}


# ---------------------------------------------------------------------------
# small helpers used inside the mails
# ---------------------------------------------------------------------------

def iban_de(blz, konto):
    """German IBAN with correct ISO 7064 mod 97-10 check digits."""
    bban = blz + konto.zfill(10)
    assert len(bban) == 18 and bban.isdigit()
    check = 98 - int(bban + "131400") % 97
    return "DE%02d%s" % (check, bban)


def grp(iban):
    return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))


def iban_ok(s):
    s = s.replace(" ", "").upper()
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1


def dt(month, day, hour, minute, second=0):
    """Local time in Germany 2026 (CET/CEST) as aware datetime."""
    naive = datetime.datetime(2026, month, day, hour, minute, second)
    summer = datetime.datetime(2026, 3, 29, 2, 0) <= naive < datetime.datetime(2026, 10, 25, 3, 0)
    tz = datetime.timezone(datetime.timedelta(hours=2 if summer else 1))
    return naive.replace(tzinfo=tz)


def T(s):
    """Hand-written text block: drop the first newline after the opening quotes."""
    return s[1:] if s.startswith("\n") else s


def xe(s):
    return _xesc(s, {'"': "&quot;"})


def he(s):
    return _xesc(s, {'"': "&quot;"})


def wrap_text(text, width=76):
    """Wrap long lines like a mail client does, keeping '>' quote prefixes."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(("|", "+", "\t")) or "  " in line.strip():
            out.append(line)
            continue
        m = re.match(r"^((?:> ?)*)(.*)$", line)
        prefix, rest = m.group(1), m.group(2)
        w = textwrap.wrap(rest, width=width - len(prefix), break_long_words=False,
                          break_on_hyphens=False)
        out.extend(prefix + x for x in (w or [""]))
    return "\n".join(out)


def paras_html(text):
    """Plain paragraphs -> simple HTML paragraphs (used where an HTML part mirrors the text)."""
    blocks = text.strip("\n").split("\n\n")
    out = []
    for b in blocks:
        lines = [he(x) for x in b.split("\n")]
        out.append("<p>" + "<br>\n".join(lines) + "</p>")
    return "\n".join(out)


def html_doc(inner, title=None, style="font-family:Calibri,Arial,sans-serif;font-size:11pt"):
    t = "<title>%s</title>\n" % he(title) if title else ""
    return ('<!DOCTYPE html>\n<html>\n<head>\n<meta charset="utf-8">\n' + t +
            "</head>\n<body style=\"%s\">\n%s\n</body>\n</html>\n" % (style, inner))


def html_table(rows, header=True, border=1):
    out = ['<table border="%d" cellpadding="4" cellspacing="0" style="border-collapse:collapse">' % border]
    for i, r in enumerate(rows):
        tag = "th" if header and i == 0 else "td"
        out.append("<tr>" + "".join("<%s>%s</%s>" % (tag, he(str(c)), tag) for c in r) + "</tr>")
    out.append("</table>")
    return "\n".join(out)


def text_table(rows):
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    out = []
    for j, r in enumerate(rows):
        out.append("  ".join(str(c).ljust(widths[i]) for i, c in enumerate(r)).rstrip())
        if j == 0:
            out.append("  ".join("-" * w for w in widths))
    return "\n".join(out)


# ---------------------------------------------------------------------------
# file formats (standard library only)
# ---------------------------------------------------------------------------

ZIP_TIME = (2026, 1, 2, 8, 0, 0)


def zip_bytes(members, stored_first=False, when=ZIP_TIME):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for i, (name, data) in enumerate(members):
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.compress_type = zipfile.ZIP_STORED if (stored_first and i == 0) else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            if isinstance(data, str):
                data = data.encode("utf-8")
            z.writestr(zi, data)
    return buf.getvalue()


def _pdf_str(s):
    b = s.encode("cp1252")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + b + b")"


def pdf(lines, title="Dokument", author="Auenwald Versicherungen", compress=False,
        created="20260105090000+01'00'"):
    """Minimal valid PDF 1.4, Helvetica/WinAnsi, real text layer, correct xref."""
    wrapped = []
    for ln in lines:
        if ln == "":
            wrapped.append("")
            continue
        wrapped.extend(textwrap.wrap(ln, 92, break_long_words=True) or [""])
    pages = [wrapped[i:i + 56] for i in range(0, len(wrapped), 56)] or [[""]]
    n_pages = len(pages)
    # object numbers: 1 catalog, 2 pages, 3 font, 4 bold font, 5 info, then page/content pairs
    objs = {}
    kids = []
    for i, pl in enumerate(pages):
        pno, cno = 6 + 2 * i, 7 + 2 * i
        kids.append(pno)
        ops = [b"BT", b"/F1 10 Tf", b"14 TL", b"56 790 Td"]
        first = True
        for ln in pl:
            if first and i == 0 and ln:
                ops.append(b"/F2 12 Tf " + _pdf_str(ln) + b" Tj T* /F1 10 Tf")
            else:
                ops.append(_pdf_str(ln) + b" Tj T*")
            first = False
        ops.append(b"ET")
        stream = b"\n".join(ops) + b"\n"
        if compress:
            data = zlib.compress(stream, 9)
            objs[cno] = (b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data)) + data + b"\nendstream"
        else:
            body = stream.rstrip(b"\n")
            objs[cno] = (b"<< /Length %d >>\nstream\n" % len(body)) + body + b"\nendstream"
        objs[pno] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                     b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % cno)
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % n_pages
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    objs[5] = (b"<< /Title " + _pdf_str(title) + b" /Author " + _pdf_str(author) +
               b" /Producer (Auenwald DMS 7.2) /CreationDate (D:" + created.encode() + b") >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for num in sorted(objs):
        offsets[num] = len(out)
        out += b"%d 0 obj\n" % num + objs[num] + b"\nendobj\n"
    xref = len(out)
    size = max(objs) + 1
    out += b"xref\n0 %d\n" % size
    out += b"0000000000 65535 f \n"
    for num in range(1, size):
        out += b"%010d 00000 n \n" % offsets[num]
    out += b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref)
    return bytes(out)


CORE_XML = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>{title}</dc:title><dc:creator>{author}</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">{when}</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">{when}</dcterms:modified>'
            '</cp:coreProperties>')


def docx(blocks, title="Dokument", author="Auenwald Versicherungen", when="2026-01-05T09:00:00Z"):
    """blocks: list of str (paragraph), ('h', str) heading, ('b', str) bold paragraph,
    ('table', rows)."""
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    def para(text, bold=False, size=None):
        rpr = ""
        if bold or size:
            rpr = "<w:rPr>%s%s</w:rPr>" % ("<w:b/>" if bold else "", '<w:sz w:val="%d"/>' % size if size else "")
        return '<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, xe(text))

    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append(para(b))
        elif b[0] == "h":
            body.append(para(b[1], bold=True, size=28))
        elif b[0] == "b":
            body.append(para(b[1], bold=True))
        elif b[0] == "table":
            rows = b[1]
            ncol = len(rows[0])
            t = ['<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>'
                 '<w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/>'
                 '<w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/>'
                 '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/>'
                 '</w:tblBorders></w:tblPr><w:tblGrid>' + '<w:gridCol w:w="%d"/>' % (9000 // ncol) * ncol + '</w:tblGrid>']
            for r in rows:
                t.append("<w:tr>" + "".join("<w:tc>%s</w:tc>" % para(str(c)) for c in r) + "</w:tr>")
            t.append("</w:tbl>")
            body.append("".join(t))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="%s"><w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
           '</w:sectPr></w:body></w:document>' % (W, "".join(body)))
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
    core = CORE_XML.format(title=xe(title), author=xe(author), when=when)
    return zip_bytes([("[Content_Types].xml", ct), ("_rels/.rels", rels),
                      ("word/document.xml", doc), ("docProps/core.xml", core)])


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets, title="Tabelle", author="Auenwald Versicherungen", when="2026-01-05T09:00:00Z"):
    """sheets: list of (name, rows); numbers stay numbers, everything else inline strings."""
    S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    members = []
    wb_sheets, wb_rels, overrides = [], [], []
    sheet_files = []
    for idx, (name, rows) in enumerate(sheets, 1):
        xr = []
        for ri, row in enumerate(rows, 1):
            cells = []
            for ci, v in enumerate(row):
                ref = "%s%d" % (_col(ci), ri)
                if v is None or v == "":
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<c r="%s"><v>%s</v></c>' % (ref, repr(v) if isinstance(v, float) else v))
                else:
                    cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, xe(str(v))))
            xr.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
        sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                     '<worksheet xmlns="%s"><sheetData>%s</sheetData></worksheet>' % (S, "".join(xr)))
        sheet_files.append(("xl/worksheets/sheet%d.xml" % idx, sheet_xml))
        wb_sheets.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (xe(name), idx, idx))
        wb_rels.append('<Relationship Id="rId%d" Type="%s/worksheet" Target="worksheets/sheet%d.xml"/>' % (idx, R, idx))
        overrides.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % idx)
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="%s" xmlns:r="%s"><sheets>%s</sheets></workbook>' % (S, R, "".join(wb_sheets)))
    wbr = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>' % "".join(wb_rels))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          + "".join(overrides) +
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="%s/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>' % R)
    core = CORE_XML.format(title=xe(title), author=xe(author), when=when)
    members = [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
               ("xl/_rels/workbook.xml.rels", wbr)] + sheet_files + [("docProps/core.xml", core)]
    return zip_bytes(members)


ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/"')


def _odf(mimetype, body_xml, title, author, when):
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s office:version="1.2">'
               '<office:body>%s</office:body></office:document-content>' % (ODF_NS, body_xml))
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta %s office:version="1.2"><office:meta>'
            '<dc:title>%s</dc:title><meta:initial-creator>%s</meta:initial-creator>'
            '<meta:creation-date>%s</meta:creation-date><meta:generator>LibreOffice/7.6</meta:generator>'
            '</office:meta></office:document-meta>' % (ODF_NS, xe(title), xe(author), when))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mimetype)
    return zip_bytes([("mimetype", mimetype), ("META-INF/manifest.xml", manifest),
                      ("content.xml", content), ("meta.xml", meta)], stored_first=True)


def odt(blocks, title="Dokument", author="Auenwald Versicherungen", when="2026-01-05T09:00:00"):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append("<text:p>%s</text:p>" % xe(b))
        elif b[0] == "h":
            out.append('<text:h text:outline-level="1">%s</text:h>' % xe(b[1]))
        elif b[0] == "b":
            out.append("<text:p>%s</text:p>" % xe(b[1]))
        elif b[0] == "table":
            rows = b[1]
            t = ['<table:table table:name="Tabelle1"><table:table-column table:number-columns-repeated="%d"/>' % len(rows[0])]
            for r in rows:
                t.append("<table:table-row>" + "".join(
                    '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % xe(str(c))
                    for c in r) + "</table:table-row>")
            t.append("</table:table>")
            out.append("".join(t))
    return _odf("application/vnd.oasis.opendocument.text",
                "<office:text>%s</office:text>" % "".join(out), title, author, when)


def ods(sheets, title="Tabelle", author="Auenwald Versicherungen", when="2026-01-05T09:00:00"):
    out = []
    for name, rows in sheets:
        t = ['<table:table table:name="%s">' % xe(name)]
        for r in rows:
            cells = []
            for v in r:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (v, v))
                elif v is None or v == "":
                    cells.append("<table:table-cell/>")
                else:
                    cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % xe(str(v)))
            t.append("<table:table-row>%s</table:table-row>" % "".join(cells))
        t.append("</table:table>")
        out.append("".join(t))
    return _odf("application/vnd.oasis.opendocument.spreadsheet",
                "<office:spreadsheet>%s</office:spreadsheet>" % "".join(out), title, author, when)


def csv_text(rows, delimiter=";"):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


def ics(uid, start, end, summary, location="", description="", organizer=None, attendees=(),
        method="REQUEST"):
    def f(d):
        return d.astimezone(datetime.timezone.utc).strftime("%Y%m%dT%H%M%SZ")

    def esc(s):
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")

    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Auenwald Versicherungen//Kalender 3.1//DE",
             "METHOD:%s" % method, "BEGIN:VEVENT", "UID:%s" % uid, "DTSTAMP:%s" % f(start - datetime.timedelta(days=7)),
             "DTSTART:%s" % f(start), "DTEND:%s" % f(end), "SUMMARY:%s" % esc(summary)]
    if location:
        lines.append("LOCATION:%s" % esc(location))
    if description:
        lines.append("DESCRIPTION:%s" % esc(description))
    if organizer:
        lines.append("ORGANIZER;CN=%s:mailto:%s" % (organizer[0], organizer[1]))
    for a in attendees:
        lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT:mailto:%s" % (a[0], a[1]))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    folded = []
    for ln in lines:
        b = ln
        first = True
        while len(b.encode("utf-8")) > 73:
            cut = 73 if first else 72
            while len(b[:cut].encode("utf-8")) > (73 if first else 72):
                cut -= 1
            folded.append(("" if first else " ") + b[:cut])
            b = b[cut:]
            first = False
        folded.append(("" if first else " ") + b)
    return "\r\n".join(folded) + "\r\n"


# ---------------------------------------------------------------------------
# MIME building (hand-rolled so charsets and transfer encodings are exact)
# ---------------------------------------------------------------------------

def _param(name, value):
    try:
        value.encode("ascii")
        return '%s="%s"' % (name, value.replace('"', "'"))
    except UnicodeEncodeError:
        from urllib.parse import quote
        return "%s*=utf-8''%s" % (name, quote(value, safe=""))


def _crlf(b):
    return b.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")


def _check_lines(b, where):
    for ln in b.split(b"\r\n"):
        if len(ln) > 998:
            raise ValueError("line longer than 998 bytes in %s" % where)


class Text:
    def __init__(self, text, subtype="plain", charset="utf-8", cte="quoted-printable",
                 flowed=False, filename=None, disposition=None, wrap=None, lang=None):
        self.text, self.subtype, self.charset, self.cte = text, subtype, charset, cte
        self.flowed, self.filename, self.disposition, self.lang = flowed, filename, disposition, lang
        if wrap is None:
            wrap = cte in ("7bit", "8bit") and subtype == "plain" and not filename
        self.wrap = wrap

    def render(self, rng):
        t = self.text.replace("\r\n", "\n")
        if self.wrap:
            t = wrap_text(t)
        if not t.endswith("\n"):
            t += "\n"
        raw = t.encode(self.charset)  # strict: fails if the text does not fit the charset
        ct = 'text/%s; charset="%s"' % (self.subtype, self.charset)
        if self.flowed:
            ct += "; format=flowed"
        if self.filename:
            ct += "; " + _param("name", self.filename)
        hdr = ["Content-Type: " + ct, "Content-Transfer-Encoding: " + self.cte]
        if self.disposition or self.filename:
            d = self.disposition or "attachment"
            if self.filename:
                d += "; " + _param("filename", self.filename)
            hdr.append("Content-Disposition: " + d)
        if self.lang:
            hdr.append("Content-Language: " + self.lang)
        if self.cte == "7bit":
            if any(c > 127 for c in raw):
                raise ValueError("non-ASCII in 7bit part")
            body = _crlf(raw)
        elif self.cte == "8bit":
            body = _crlf(raw)
        elif self.cte == "quoted-printable":
            body = _crlf(quopri.encodestring(raw))
        elif self.cte == "base64":
            body = _crlf(base64.encodebytes(_crlf(raw)))
        else:
            raise ValueError(self.cte)
        _check_lines(body, "text part")
        return hdr, body


class Att:
    """Binary attachment, base64."""

    def __init__(self, data, ctype, filename, disposition="attachment", extra=None):
        self.data, self.ctype, self.filename, self.disposition = data, ctype, filename, disposition
        self.extra = extra or []

    def render(self, rng):
        hdr = ["Content-Type: %s; %s" % (self.ctype, _param("name", self.filename)),
               "Content-Transfer-Encoding: base64",
               "Content-Disposition: %s; %s" % (self.disposition, _param("filename", self.filename))] + self.extra
        return hdr, _crlf(base64.encodebytes(self.data))


class Rfc822:
    def __init__(self, msg_bytes, filename=None):
        self.msg, self.filename = msg_bytes, filename

    def render(self, rng):
        cte = "7bit" if all(c < 128 for c in self.msg) else "8bit"
        hdr = ["Content-Type: message/rfc822", "Content-Transfer-Encoding: " + cte]
        if self.filename:
            hdr.append("Content-Disposition: attachment; " + _param("filename", self.filename))
        else:
            hdr.append("Content-Disposition: inline")
        body = self.msg if self.msg.endswith(b"\r\n") else self.msg + b"\r\n"
        return hdr, body


class Multi:
    def __init__(self, subtype, parts, preamble=None):
        self.subtype, self.parts, self.preamble = subtype, parts, preamble

    def render(self, rng):
        boundary = "----=_Part_%d_%08x.%010d" % (rng.randint(100, 999), rng.getrandbits(32), rng.getrandbits(30))
        hdr = ['Content-Type: multipart/%s;\r\n boundary="%s"' % (self.subtype, boundary)]
        out = bytearray()
        if self.preamble:
            out += self.preamble.encode("ascii") + b"\r\n"
        for p in self.parts:
            ph, pb = p.render(rng)
            out += b"\r\n--" + boundary.encode() + b"\r\n" if out else b"--" + boundary.encode() + b"\r\n"
            out += "\r\n".join(ph).encode("ascii") + b"\r\n\r\n" + pb
            if not pb.endswith(b"\r\n"):
                out += b"\r\n"
        out += b"\r\n--" + boundary.encode() + b"--\r\n"
        return hdr, bytes(out)


def Alt(*parts):
    return Multi("alternative", list(parts))


def Mixed(*parts):
    return Multi("mixed", list(parts))


def Related(*parts):
    return Multi("related", list(parts))


def _addr(a):
    if isinstance(a, P):
        a = a.a
    if isinstance(a, str):
        return a
    name, addr = a
    if not name:
        return addr
    return formataddr((name, addr), charset="utf-8")


def _addr_list(lst):
    items = [_addr(a) for a in lst]
    line = ", ".join(items)
    if len(line) < 70:
        return line
    return ",\r\n ".join(items)


def _subject(s):
    try:
        s.encode("ascii")
        if len("Subject: " + s) <= 78:
            return s
        return Header(s, "us-ascii", header_name="Subject").encode(linesep="\r\n")
    except UnicodeEncodeError:
        return Header(s, "utf-8", header_name="Subject").encode(linesep="\r\n")


def msg_id(key, when, domain=DOM):
    h = hashlib.sha1(("%d:%s" % (SEED, key)).encode()).hexdigest()
    return "<%s.%s@%s>" % (when.strftime("%Y%m%d%H%M%S"), h[:14], domain)


def build_message(frm, to, subject, date, body, cc=(), reply_to=None, in_reply_to=None,
                  references=None, headers=(), key=None, mid=None, mid_domain=DOM):
    rng = random.Random("%d/%s/%s" % (SEED, key or subject, date.isoformat()))
    h = ["From: " + _addr(frm)]
    if to:
        h.append("To: " + _addr_list(to))
    if cc:
        h.append("Cc: " + _addr_list(cc))
    if reply_to:
        h.append("Reply-To: " + _addr(reply_to))
    h.append("Subject: " + _subject(subject))
    h.append("Date: " + format_datetime(date))
    h.append("Message-ID: " + (mid or msg_id(key or subject, date, mid_domain)))
    if in_reply_to:
        h.append("In-Reply-To: " + in_reply_to)
        h.append("References: " + (references or in_reply_to))
    for k, v in headers:
        h.append("%s: %s" % (k, v))
    h.append("MIME-Version: 1.0")
    ph, pb = body.render(rng)
    raw = "\r\n".join(h + ph).encode("ascii") + b"\r\n\r\n" + pb
    _check_lines(raw, key or subject)
    return raw


def inner(frm, to, subject, date, body, cc=(), headers=(), domain=None, key=None):
    """A message written by someone else (forwarded as message/rfc822)."""
    d = domain or (frm[1] if isinstance(frm, tuple) else frm).split("@")[1]
    return build_message(frm, to, subject, date, body, cc=cc, headers=headers,
                         key="inner:" + (key or subject), mid_domain=d)


PDF_CT = "application/pdf"
DOCX_CT = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX_CT = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
ODT_CT = "application/vnd.oasis.opendocument.text"
ODS_CT = "application/vnd.oasis.opendocument.spreadsheet"
ZIP_CT = "application/zip"

OUTLOOK = [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "de-DE")]
OUTLOOK_EN = [("X-Mailer", "Microsoft Outlook 16.0"), ("Content-Language", "en-GB")]
TBIRD = [("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0)\r\n Gecko/20100101 Thunderbird/115.9.0")]


# ---------------------------------------------------------------------------
# the invented world: staff, signatures, footers
# ---------------------------------------------------------------------------

FOOTER_DE = "\n" + T("""
--
Auenwald Lebensversicherung AG · Auenwald Allgemeine Versicherung AG
Auenwaldallee 1-5 · 34117 Kassel · www.auenwald-versicherung.example
Vorsitzender des Aufsichtsrats: Dr. Reinhard Tiedemann
Vorstand: Claudia Ebersbach (Vors.), Dr. Mathias Quast, Serkan Yilmaz
Sitz Kassel · Amtsgericht Kassel HRB 99135 (Leben), HRB 99136 (Allg.)
Diese Nachricht kann vertrauliche Informationen enthalten. Wenn Sie
nicht der richtige Adressat sind, informieren Sie bitte den Absender
und löschen Sie die Nachricht.
""")

FOOTER_EN = "\n" + T("""
--
Auenwald Lebensversicherung AG / Auenwald Allgemeine Versicherung AG
Auenwaldallee 1-5, 34117 Kassel, Germany
www.auenwald-versicherung.example
Registered office Kassel, Local Court Kassel HRB 99135 / HRB 99136
Management Board: Claudia Ebersbach (Chair), Dr. Mathias Quast,
Serkan Yilmaz
This e-mail may contain confidential information. If you are not the
intended recipient, please notify the sender and delete this e-mail.
""")


class P:
    def __init__(self, name, local, de, en=None):
        self.name, self.addr = name, local + "@" + DOM
        self.de, self.en = de, en or de

    @property
    def a(self):
        return (self.name, self.addr)


STAFF = {
    "vossberg": P("Dr. Katrin Voßberg", "katrin.vossberg", T("""
Mit freundlichen Grüßen

Dr. Katrin Voßberg
Leistungsprüfung Berufsunfähigkeit
Auenwald Lebensversicherung AG
Telefon 0561 7013-4412
"""), T("""
Kind regards

Dr Katrin Voßberg
Disability Claims
Auenwald Lebensversicherung AG
Phone +49 561 7013-4412
""")),
    "renner": P("Tobias Renner", "tobias.renner", T("""
Viele Grüße
Tobias Renner

Leistung Leben / Todesfall
Auenwald Lebensversicherung AG
Tel. 0561 7013-4230, Fax 0561 7013-4299
"""), T("""
Best regards
Tobias Renner

Life Claims
Auenwald Lebensversicherung AG
Tel. +49 561 7013-4230
""")),
    "okafor": P("Miriam Okafor", "miriam.okafor", T("""
Freundliche Grüße

Miriam Okafor
Risikoprüfung Leben/BU
Auenwald Lebensversicherung AG
Tel. 0561 7013-3318
"""), T("""
Kind regards

Miriam Okafor
Life & Disability Underwriting
Auenwald Lebensversicherung AG
Tel. +49 561 7013-3318
""")),
    "laub": P("Dr. med. Henning Laub", "henning.laub", T("""
Mit kollegialen Grüßen

Dr. med. Henning Laub
Gesellschaftsarzt / Ärztlicher Dienst
Auenwald Versicherungen
Tel. 0561 7013-3300
"""), T("""
Kind regards

Dr Henning Laub, MD
Chief Medical Officer
Auenwald Versicherungen
Tel. +49 561 7013-3300
""")),
    "graebner": P("Stefan Gräbner", "stefan.graebner", T("""
Mit freundlichen Grüßen

Stefan Gräbner
Leistung Unfallversicherung
Auenwald Allgemeine Versicherung AG
Tel. 0561 7013-5120
"""), T("""
Kind regards

Stefan Gräbner
Accident Claims
Auenwald Allgemeine Versicherung AG
Tel. +49 561 7013-5120
""")),
    "demir": P("Aylin Demir", "aylin.demir", T("""
Herzliche Grüße

Aylin Demir
Pflegeleistungen
Auenwald Lebensversicherung AG
Tel. 0561 7013-4680
"""), T("""
Kind regards

Aylin Demir
Long-term Care Benefits
Auenwald Lebensversicherung AG
Tel. +49 561 7013-4680
""")),
    "hollmann": P("Jana Hollmann", "jana.hollmann", T("""
Freundliche Grüße aus Kassel

Jana Hollmann
Vertragsservice Leben
Auenwald Lebensversicherung AG
Tel. 0561 7013-2210
"""), T("""
Kind regards from Kassel

Jana Hollmann
Policy Services Life
Auenwald Lebensversicherung AG
Tel. +49 561 7013-2210
""")),
    "kowalczyk": P("Peter Kowalczyk", "peter.kowalczyk", T("""
Mit freundlichen Grüßen
Peter Kowalczyk
Beitragsinkasso
Auenwald Versicherungen, Tel. 0561 7013-2650
""")),
    "siebert": P("Frank Siebert", "frank.siebert", T("""
Beste Grüße
Frank Siebert
Maklerbetreuung Nord
Auenwald Versicherungen
Mobil 0171 5550 1938
"""), T("""
Best
Frank Siebert
Broker Relations North
Auenwald Versicherungen
Mobile +49 171 5550 1938
""")),
    "marquardt": P("Lena Marquardt", "lena.marquardt", T("""
Viele Grüße
Lena Marquardt
Key Account Management Makler
Auenwald Versicherungen
Tel. 0561 7013-1177
"""), T("""
Best regards
Lena Marquardt
Key Account Management, Brokers
Auenwald Versicherungen
Tel. +49 561 7013-1177
""")),
    "uhlig": P("Ralf Uhlig", "ralf.uhlig", T("""
Mit freundlichen Grüßen

Ralf Uhlig
Schaden Sach / Haftpflicht
Auenwald Allgemeine Versicherung AG
Tel. 0561 7013-5540
"""), T("""
Kind regards

Ralf Uhlig
Property & Liability Claims
Auenwald Allgemeine Versicherung AG
Tel. +49 561 7013-5540
""")),
    "koehler": P("Sabine Köhler", "sabine.koehler", T("""
Freundliche Grüße
Sabine Köhler
Kundenservice Sach
Auenwald Allgemeine Versicherung AG
Tel. 0561 7013-2000
"""), T("""
Kind regards
Sabine Köhler
Customer Service Property
Auenwald Allgemeine Versicherung AG
Tel. +49 561 7013-2000
""")),
    "brueckner": P("Nadine Brückner", "nadine.brueckner", T("""
Viele Grüße
Nadine Brückner
Personalabteilung / HR
Auenwald Versicherungen
Tel. 0561 7013-1050
"""), T("""
Best regards
Nadine Brückner
Human Resources
Auenwald Versicherungen
Tel. +49 561 7013-1050
""")),
    "feld": P("Jonas Feld", "jonas.feld", T("""
Gruß
Jonas Feld
IT-Service Fachanwendungen
Durchwahl -6123
"""), T("""
Cheers
Jonas Feld
IT Service, Business Applications
ext. -6123
""")),
    "marx": P("Dr. Elena Marx", "elena.marx", T("""
Mit freundlichen Grüßen

Dr. Elena Marx
Datenschutzbeauftragte
Auenwald Versicherungen
datenschutz@auenwald-versicherung.example
"""), T("""
Kind regards

Dr Elena Marx
Data Protection Officer
Auenwald Versicherungen
datenschutz@auenwald-versicherung.example
""")),
    "wendt": P("Carla Wendt", "carla.wendt", T("""
Viele Grüße
Carla Wendt
Unternehmenskommunikation
Auenwald Versicherungen
presse@auenwald-versicherung.example
"""), T("""
Best regards
Carla Wendt
Corporate Communications
Auenwald Versicherungen
presse@auenwald-versicherung.example
""")),
    "lenz": P("Marco Lenz", "marco.lenz", T("""
Gruß
Marco Lenz
Einkauf & Facility Management
Auenwald Versicherungen
Tel. 0561 7013-1400
"""), T("""
Regards
Marco Lenz
Procurement & Facility Management
Auenwald Versicherungen
""")),
    "arnold": P("Dr. Felix Arnold", "felix.arnold", T("""
Beste Grüße
Felix Arnold
Aktuariat Leben
"""), T("""
Best
Felix Arnold
Life Actuarial
""")),
    "petersen": P("Johanna Petersen", "johanna.petersen", T("""
Mit freundlichen Grüßen

Johanna Petersen
Syndikusrechtsanwältin
Recht & Compliance
Auenwald Versicherungen
"""), T("""
Kind regards

Johanna Petersen
In-house Counsel, Legal & Compliance
Auenwald Versicherungen
""")),
    "grant": P("Oliver Grant", "oliver.grant", T("""
Viele Grüße
Oliver Grant
International Client Services
"""), T("""
Kind regards,
Oliver Grant
International Client Services
Auenwald Lebensversicherung AG
Tel. +49 561 7013-7700
""")),
    "nair": P("Priya Nair", "priya.nair", T("""
Viele Grüße
Priya Nair
Rückversicherung Leben
"""), T("""
Best regards,
Priya Nair
Life Reinsurance
Auenwald Lebensversicherung AG
Tel. +49 561 7013-3390
""")),
    "whitfield": P("Hannah Whitfield", "hannah.whitfield", T("""
Viele Grüße
Hannah Whitfield
Firmenkunden Vorsorge
"""), T("""
Kind regards,
Hannah Whitfield
Group Benefits - Corporate Clients
Auenwald Versicherungen
Tel. +49 561 7013-7740
""")),
    "scholz": P("Ben Scholz", "ben.scholz", T("""
Grüße
Ben Scholz
Antragsbearbeitung Leben
Auenwald Lebensversicherung AG
Tel. 0561 7013-3120
"""), T("""
Regards
Ben Scholz
New Business Life
Auenwald Lebensversicherung AG
""")),
    "yildiz": P("Derya Yıldız", "derya.yildiz", T("""
Freundliche Grüße

Derya Yıldız
Reha- und Fallmanagement
Auenwald Versicherungen
Tel. 0561 7013-5188
"""), T("""
Kind regards

Derya Yıldız
Rehabilitation & Case Management
Auenwald Versicherungen
""")),
}


def S(key):
    return STAFF[key]


FN_ADDR = {
    "service": ("Auenwald Kundenservice", "service@" + DOM),
    "noreply": ("Auenwald SecureMail", "noreply@" + DOM),
    "portal": ("Auenwald Kundenportal", "portal@" + DOM),
    "bu": ("Auenwald Leistung BU", "leistung-bu@" + DOM),
    "unfall": ("Auenwald Unfall-Leistung", "unfall-leistung@" + DOM),
    "pflege": ("Auenwald Pflegeleistungen", "pflege@" + DOM),
    "makler": ("Auenwald Maklerservice", "maklerservice@" + DOM),
    "news": ("Auenwald Newsletter", "newsletter@" + DOM),
    "presse": ("Auenwald Presse", "presse@" + DOM),
    "jobs": ("Auenwald Karriere", "karriere@" + DOM),
    "intl": ("Auenwald International Client Services", "international@" + DOM),
}


# ---------------------------------------------------------------------------
# registry
# ---------------------------------------------------------------------------

MAILS = []


def mail(fn):
    MAILS.append(fn)
    return fn


class M:
    def __init__(self, label, lang, kind, reason, frm, to, subject, date, body, **kw):
        assert label in WANT, label
        assert lang in ("de", "en", "mixed"), lang
        assert "\t" not in reason and "\n" not in reason
        self.label, self.lang, self.kind, self.reason = label, lang, kind, reason
        self.frm, self.to, self.subject, self.date, self.body, self.kw = frm, to, subject, date, body, kw


# ===========================================================================
# MAILS
# ===========================================================================

# ---------------------------------------------------------------------------
# STRICTLY_CONFIDENTIAL, German
# ---------------------------------------------------------------------------

@mail
def bu_antrag_rueckfrage_wirbelsaeule():
    s = S("okafor")
    body = T("""
Sehr geehrter Herr Wiesner,

vielen Dank für Ihren Antrag auf eine selbständige Berufsunfähigkeitsversicherung (Antrag Nr. A-BU-2026-011873, BU-Rente 1.800 € monatlich, Endalter 67).

Bei der Prüfung Ihrer Gesundheitsangaben haben sich noch zwei Rückfragen ergeben:

1. Zu Frage 3 (Behandlungen in den letzten 5 Jahren) haben Sie angegeben: "Rückenschmerzen 2024, 6x Physiotherapie, Orthopäde". Bitte teilen Sie uns mit, ob eine bildgebende Untersuchung (MRT/CT) gemacht wurde und welche Diagnose der Orthopäde gestellt hat. Bestehen heute noch Beschwerden?

2. Zu Frage 5 (Arbeitsunfähigkeit über 2 Wochen): Wie lange waren Sie 2024 krankgeschrieben und mit welcher Diagnose?

Am einfachsten füllen Sie den beigefügten Zusatzfragebogen "Wirbelsäule" aus und senden ihn unterschrieben an uns zurück – gern als Scan über unser SecureMail-Portal. Alternativ kann uns auch Ihr Orthopäde einen kurzen Befundbericht schicken; die Kosten dafür übernehmen wir.

Sobald die Unterlagen da sind, entscheiden wir in der Regel innerhalb von 10 Arbeitstagen.

""") + s.de + FOOTER_DE
    form = docx([
        ("h", "Zusatzfragebogen Wirbelsäule"),
        "Antrag Nr. A-BU-2026-011873 – Antragsteller: Daniel Wiesner, geb. 27.08.1993",
        ("b", "1. Welche Beschwerden bestanden (Halswirbelsäule / Brustwirbelsäule / Lendenwirbelsäule)?"),
        "Angabe im Antrag: Lendenwirbelsäule, Schmerzen mit Ausstrahlung ins rechte Bein (Frühjahr 2024)",
        ("b", "2. Wurde eine Diagnose gestellt? (z. B. Lumbago, Bandscheibenvorwölbung, Bandscheibenvorfall)"),
        "__________________________________________",
        ("b", "3. Behandlungen"),
        ("table", [["Zeitraum", "Behandler", "Art der Behandlung", "Anzahl"],
                   ["03/2024 – 05/2024", "Dr. med. R. Kessler, Orthopädie, Kassel", "Physiotherapie / Krankengymnastik", "6"],
                   ["", "", "", ""]]),
        ("b", "4. Arbeitsunfähigkeit wegen dieser Beschwerden (von – bis)"),
        "__________________________________________",
        ("b", "5. Sind Sie heute beschwerdefrei? Seit wann?"),
        "__________________________________________",
        "Ort, Datum, Unterschrift: ____________________",
    ], title="Zusatzfragebogen Wirbelsäule", author="Miriam Okafor")
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "BU application: underwriter follows up answered health questions (back pain, physiotherapy, sick leave); questionnaire pre-filled with name and birth date",
             s.a, [("Daniel Wiesner", "daniel.wiesner@webpost.example")],
             "Ihr BU-Antrag A-BU-2026-011873 – Rückfragen zu den Gesundheitsangaben",
             dt(1, 13, 10, 42),
             Mixed(Text(body), Att(form, DOCX_CT, "Zusatzfragebogen_Wirbelsaeule_Wiesner.docx")),
             headers=OUTLOOK)


@mail
def bu_annahme_ausschluss_makler():
    s = S("okafor")
    body = T("""
Hallo Herr Hoffmann,

die Risikoprüfung für Ihre Kundin ist abgeschlossen. Wir können den BU-Antrag von Frau Sophie Albrecht (Antrag A-BU-2026-010244) annehmen, allerdings nur mit einer Ausschlussklausel für die Wirbelsäule – der Befundbericht der Orthopädin zeigt einen Bandscheibenvorfall L4/L5 aus dem letzten Jahr, der konservativ behandelt wurde. Ein Zuschlag allein reicht uns da leider nicht.

Den Nachtrag mit dem genauen Wortlaut der Klausel finden Sie im Anhang. Bitte lassen Sie ihn von Frau Albrecht gegenzeichnen; die Annahmefrist läuft bis 27.02.2026.

Wenn die Kundin in drei Jahren beschwerdefrei ist, prüfen wir auf Antrag gern, ob die Klausel entfallen kann.

""") + s.de + FOOTER_DE
    doc = pdf([
        "Nachtrag zum Antrag A-BU-2026-010244 - Besondere Vereinbarung (Leistungsausschluss)",
        "",
        "Versicherte Person: Sophie Albrecht, geb. 11.02.1990",
        "Tarif: BU Komfort 2026, BU-Rente 2.100,00 EUR monatlich, Endalter 67",
        "Vermittler: Versicherungsmakler Jens Hoffmann e.K., Vermittlernummer 40-7718",
        "",
        "Abweichend von den Allgemeinen Bedingungen gilt: Eine Berufsunfaehigkeit, die ganz oder",
        "teilweise verursacht ist durch Erkrankungen oder Verletzungen der Wirbelsaeule einschliesslich",
        "der Bandscheiben (u. a. M51.1, M51.2, M54.4, M54.5) sowie deren Folgen, ist vom",
        "Versicherungsschutz ausgeschlossen.",
        "",
        "Grundlage: Befundbericht Dr. med. Ines Wolter, Orthopaedie, vom 19.01.2026",
        "(MRT LWS 08/2025: mediolateraler Bandscheibenvorfall L4/L5 rechts, konservative Therapie).",
        "",
        "Die Klausel kann auf Antrag nach drei beschwerde- und behandlungsfreien Jahren ueberprueft werden.",
        "",
        "Kassel, 06.02.2026                       Einverstanden: ______________________ (Sophie Albrecht)",
    ], title="Nachtrag Leistungsausschluss A-BU-2026-010244", author="Risikopruefung Leben/BU")
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
             "underwriting decision to broker: BU accepted with spine exclusion, herniated disc named in body; PDF endorsement with ICD codes and birth date",
             s.a, [("Jens Hoffmann", "hoffmann@makler-hoffmann.example")],
             "AW: Antrag Albrecht – Annahme mit Ausschlussklausel",
             dt(2, 6, 14, 5),
             Mixed(Text(body), Att(doc, PDF_CT, "Nachtrag_Ausschluss_A-BU-2026-010244.pdf")),
             headers=OUTLOOK, in_reply_to="<7f2c1a90.4418@makler-hoffmann.example>")


@mail
def rlv_untersuchungsauftrag_praxis():
    s = S("scholz")
    body = T("""
Sehr geehrte Frau Dr. Sommer,
sehr geehrtes Praxisteam,

für eine Risikolebensversicherung über 450.000 € benötigen wir eine ärztliche Untersuchung unseres Antragstellers

  Herr Marcel Brandt, geb. 17.09.1978
  Lindenweg 12, 34131 Kassel

Herr Brandt hat Ihre Praxis als Untersuchungsstelle angegeben und wird sich zur Terminvereinbarung bei Ihnen melden. Eine Schweigepflichtentbindung und die Einwilligung in die Blutuntersuchung liegen uns vor.

Umfang:
- Ärztliches Zeugnis (Formular LV 12, liegt bei)
- Ruhe-EKG
- Labor nüchtern: Blutbild, HbA1c, Gesamtcholesterin/HDL/LDL, Triglyceride, GOT, GPT, Gamma-GT, Kreatinin
- Urinstatus

Die Vergütung erfolgt nach GOÄ; bitte stellen Sie die Rechnung direkt an uns unter Angabe der Antragsnummer LV-A-2026-003391.

Die Ergebnisse senden Sie bitte nicht per normaler E-Mail, sondern über unser SecureMail-Portal oder per Post an den Ärztlichen Dienst.

""") + s.de + FOOTER_DE
    form = docx([
        ("h", "Untersuchungsauftrag Lebensversicherung"),
        "Antragsnummer: LV-A-2026-003391",
        "Zu untersuchende Person: Marcel Brandt, geb. 17.09.1978",
        "Versicherungssumme: 450.000 EUR, Risikolebensversicherung, Laufzeit 25 Jahre",
        ("b", "Untersuchungsumfang"),
        ("table", [["Leistung", "erforderlich", "GOÄ-Nr. (Anhalt)"],
                   ["Ärztliches Zeugnis LV 12 mit körperlicher Untersuchung", "ja", "8, 70"],
                   ["Ruhe-EKG", "ja", "651"],
                   ["Blutentnahme und Laborprofil nüchtern", "ja", "250, Labor nach Abschnitt M"],
                   ["Urinstatus", "ja", "3511"],
                   ["Belastungs-EKG", "nein", "-"]]),
        "Besondere Hinweise: Antragsteller gibt an, Blutdruck werde seit 2023 medikamentös behandelt (Candesartan 8 mg). Bitte Blutdruck zweimal messen und beide Werte angeben.",
        "Rechnung an: Auenwald Lebensversicherung AG, Ärztlicher Dienst, Auenwaldallee 1-5, 34117 Kassel",
    ], title="Untersuchungsauftrag LV-A-2026-003391", author="Ben Scholz")
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
             "medical examination arranged for a term-life applicant (name, birth date, address, lab profile); attachment adds his blood-pressure medication",
             s.a, [("Praxis Dr. med. Anja Sommer", "praxis@dr-sommer-kassel.example")],
             "Untersuchungsauftrag Lebensversicherung – Herr Marcel Brandt",
             dt(1, 20, 8, 51),
             Mixed(Text(body), Att(form, DOCX_CT, "Untersuchungsauftrag_LV-A-2026-003391.docx")),
             headers=OUTLOOK)


@mail
def arztbericht_bandscheibe_weiterleitung():
    s = S("vossberg")
    body = T("""
Hallo Henning,

kannst Du Dir den Bericht bitte bis Freitag ansehen? Ich bin unsicher, ob die 50 % bei einem Kfz-Mechatroniker schon erreicht sind, oder ob wir ein orthopädisches Gutachten brauchen. Leistungsfall BU 7730 5512 08 (Herr Kemal Arslan).

Danke & Gruß
Katrin

-----Ursprüngliche Nachricht-----
Von: Orthopädische Gemeinschaftspraxis Dr. Fiedler & Dr. Nguyen <info@ortho-fiedler-nguyen.example>
Gesendet: Dienstag, 10. Februar 2026 16:22
An: leistung-bu@auenwald-versicherung.example
Betreff: Befundbericht Kemal Arslan, geb. 03.05.1981 – Ihr Zeichen BU 7730 5512 08

Sehr geehrte Damen und Herren,

auf Ihre Anfrage vom 28.01.2026 und mit Schweigepflichtentbindung des Patienten berichten wir:

Diagnosen:
- Bandscheibenvorfall L5/S1 links mit Wurzelreizung S1 (M51.1 G)
- Chronisches Lumbalsyndrom (M54.5 G)
- Adipositas Grad I (E66.0 G)

Anamnese: Herr Arslan ist seit 02.10.2025 durchgehend arbeitsunfähig. Schmerzen lumbal mit Ausstrahlung in das linke Bein bis zum Fuß, Taubheitsgefühl am Fußaußenrand. Heben über 10 kg nicht möglich, längeres Stehen und Arbeiten in Zwangshaltung (Überkopf, gebückt) verstärken die Beschwerden deutlich.

Befund: Lasègue links bei 40° positiv, ASR links abgeschwächt. MRT vom 14.10.2025 bestätigt den Vorfall mit Kontakt zur Nervenwurzel S1 links.

Therapie: Physiotherapie, Ibuprofen 600 mg bei Bedarf, zweimalige periradikuläre Infiltration, stationäre Reha wurde beantragt. Eine operative Versorgung lehnt der Patient derzeit ab.

Beurteilung: Die zuletzt ausgeübte Tätigkeit als Kfz-Mechatroniker ist nach unserer Einschätzung auf absehbare Zeit nicht in einem Umfang von mehr als 3 Stunden täglich möglich.

Mit freundlichen Grüßen
Dr. med. Bernd Fiedler
Facharzt für Orthopädie und Unfallchirurgie

""")
    return M("STRICTLY_CONFIDENTIAL", "de", "doctor",
             "orthopaedist's report (diagnoses with ICD codes, MRT, incapacity for work) quoted in an internal forward to the chief medical officer",
             s.a, [S("laub").a],
             "WG: Befundbericht Kemal Arslan, geb. 03.05.1981 – Ihr Zeichen BU 7730 5512 08",
             dt(2, 11, 9, 3),
             Text(body, charset="windows-1252"),
             headers=OUTLOOK)


@mail
def unfall_invaliditaet_abrechnung_daumen():
    s = S("graebner")
    body = T("""
Sehr geehrte Frau Lindqvist,

wir haben die Prüfung Ihres Unfalls vom 21.06.2025 abgeschlossen und freuen uns, Ihnen die Invaliditätsleistung aus Ihrer Unfallversicherung UV-66 120 884 mitteilen zu können.

Nach dem Gutachten von Herrn Dr. Pahl vom 19.01.2026 ist die Gebrauchsfähigkeit Ihres linken Daumens nach der Sehnenverletzung dauerhaft um 4/10 beeinträchtigt. Nach der Gliedertaxe beträgt der Invaliditätsgrad für den Verlust eines Daumens 20 %; daraus ergibt sich ein Invaliditätsgrad von 8 %.

Bei einer Grundsumme von 100.000 EUR und 8 % Invalidität zahlen wir Ihnen 8.000 EUR. Die Progression Ihres Tarifs greift erst ab 25 % Invalidität.

Den Betrag überweisen wir in den nächsten Tagen auf Ihr bekanntes Konto. Die genaue Abrechnung finden Sie im Anhang.

Gute Besserung weiterhin!

""") + s.de + FOOTER_DE
    doc = pdf([
        "Leistungsabrechnung Unfallversicherung",
        "",
        "Versicherungsnehmerin / versicherte Person: Petra Lindqvist, Am Kupferberg 9, 34246 Vellmar",
        "Vertrag: UV-66 120 884    Schaden-Nr.: U-2025-07741    Unfalltag: 21.06.2025",
        "Unfallhergang: Schnittverletzung beim Gartenarbeiten, Durchtrennung der langen Daumenbeugesehne links",
        "",
        "Ärztliche Feststellung der Invalidität: Gutachten Dr. med. Lars Pahl (Handchirurgie) vom 19.01.2026",
        "Dauerhafte Beeintraechtigung: Daumen links 4/10",
        "",
        "Gliedertaxe Daumen                            20,0 %",
        "Anteil 4/10                                     8,0 %",
        "Invaliditaetsgrad gesamt                       8,0 %",
        "Grundsumme                               100.000,00 EUR",
        "Invaliditaetsleistung (ohne Progression)    8.000,00 EUR",
        "bereits gezahlt (Vorschuss 10/2025)         -2.000,00 EUR",
        "Auszahlungsbetrag                           6.000,00 EUR",
        "",
        "Zahlung an: Petra Lindqvist, IBAN " + grp(iban_de("52060410", "4711093025")),
    ], title="Leistungsabrechnung UV-66 120 884", author="Leistung Unfallversicherung", compress=True)
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "accident insurance disability benefit: tendon injury, assessor's report, invalidity degree and payout; PDF statement with IBAN",
             s.a, [("Petra Lindqvist", "petra.lindqvist@hessennet.example")],
             "Ihre Unfallversicherung UV-66 120 884 – Invaliditätsleistung",
             dt(2, 2, 11, 17),
             Mixed(Text(body, charset="iso-8859-1"),
                   Att(doc, PDF_CT, "Leistungsabrechnung_U-2025-07741.pdf")),
             headers=OUTLOOK)


@mail
def pflegetagegeld_pflegegrad3():
    s = S("demir")
    body = T("""
Sehr geehrte Frau Rosenthal,

vielen Dank für die Zusendung des Bescheids Ihrer Pflegekasse und des Gutachtens des Medizinischen Dienstes vom 04.02.2026.

Danach ist bei Ihnen seit dem 01.01.2026 Pflegegrad 3 festgestellt. Aus Ihrer Pflegetagegeldversicherung PT 553 0817 zahlen wir ab diesem Tag 60 % des vereinbarten Pflegetagegelds von 60 €, also 36 € täglich. Für Januar und Februar überweisen wir rückwirkend 2.124 €, danach jeweils zum Monatsersten.

Ab Pflegegrad 3 sind Sie zudem von der Beitragszahlung befreit – die Lastschrift für März wird bereits nicht mehr eingezogen.

Eine Bitte hätten wir noch: Sollte sich der Pflegegrad ändern oder sollten Sie in eine stationäre Einrichtung umziehen, geben Sie uns bitte kurz Bescheid.

Alles Gute für Sie – und richten Sie Ihrem Sohn unsere Grüße aus, er hat uns bei den Unterlagen sehr geholfen.

""") + s.de + FOOTER_DE
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "long-term care insurance: care level 3 per medical service report, daily care allowance paid, premium waiver",
             s.a, [("Irmgard Rosenthal", "i.rosenthal@funkpost.example")],
             "Ihr Pflegetagegeld – Leistungszusage ab 01.01.2026",
             dt(2, 12, 13, 30),
             Text(body, charset="windows-1252"),
             headers=OUTLOOK)


@mail
def todesfall_rlv_witwe():
    s = S("renner")
    ib = iban_de("52050353", "0127745613")
    body = T("""
Sehr geehrte Frau Kranz,

zunächst möchte ich Ihnen im Namen der Auenwald Lebensversicherung mein aufrichtiges Beileid zum Tod Ihres Mannes aussprechen.

Zur Risikolebensversicherung L-2023-0048213 von Herrn Thomas Kranz sind Sie als Bezugsberechtigte eingetragen. Die Versicherungssumme beträgt 250.000 €.

Da der Vertrag erst seit April 2023 besteht, benötigen wir neben der Sterbeurkunde noch eine ärztliche Bescheinigung über die Todesursache. Das Formular dafür habe ich Ihnen am Telefon beschrieben; der Hausarzt Ihres Mannes oder das Klinikum kann es ausfüllen. Aus Ihrem Anruf habe ich notiert, dass Ihr Mann nach dem Herzinfarkt am 30.01. nicht mehr aus dem Koma erwacht ist – wenn uns die Bescheinigung das bestätigt, sind keine weiteren Ermittlungen nötig.

Die Auszahlung erfolgt dann auf das von Ihnen genannte Konto:
Kontoinhaberin Melanie Kranz, IBAN %s (Kasseler Sparkasse)

Ich melde mich, sobald alles da ist. Sie erreichen mich direkt unter der unten stehenden Nummer.

""" % grp(ib)) + s.de + FOOTER_DE
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "life claim: death of the insured (heart attack, coma) to the widow as beneficiary, sum insured, payout IBAN",
             s.a, [("Melanie Kranz", "melanie.kranz@mailhaus.example")],
             "Ihr Anruf vom 09.02. – Risikolebensversicherung L-2023-0048213",
             dt(2, 10, 15, 48),
             Text(body, cte="8bit", flowed=True),
             headers=TBIRD)


@mail
def bezugsrecht_aenderung_lebenspartnerin():
    s = S("hollmann")
    body = T("""
Sehr geehrter Herr Aksoy,

Ihre Änderung des Bezugsrechts ist bei uns eingegangen und umgesetzt. Den Nachtrag zu Ihrem Vertrag finden Sie im Anhang; bitte bewahren Sie ihn bei Ihren Vertragsunterlagen auf.

Kurz zur Erklärung: Das neue Bezugsrecht ist widerruflich. Sie können es also jederzeit wieder ändern, ohne dass die Bezugsberechtigte zustimmen muss.

""") + s.de + FOOTER_DE
    doc = pdf([
        "Nachtrag Nr. 3 zur Lebensversicherung L-2016-0091177",
        "",
        "Versicherungsnehmer und versicherte Person: Yusuf Aksoy, geb. 22.10.1984",
        "Tarif: Kapitallebensversicherung mit Todesfallschutz, Versicherungssumme 80.000 EUR",
        "",
        "Bezugsrecht im Todesfall ab 16.02.2026 (widerruflich):",
        "Lea Baumann, geb. 02.12.1991, Lebensgefährtin des Versicherungsnehmers - 100 %",
        "",
        "Bisheriges Bezugsrecht (Elif Aksoy, geschiedene Ehefrau) ist mit Zugang der Erklärung",
        "vom 12.02.2026 erloschen.",
        "",
        "Bezugsrecht im Erlebensfall: unverändert Versicherungsnehmer.",
        "",
        "Kassel, 16.02.2026   Auenwald Lebensversicherung AG",
    ], title="Nachtrag Bezugsrecht L-2016-0091177", author="Vertragsservice Leben")
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "grey: life policy of a named person: beneficiary change to partner (birth dates, divorce) - no health word, strict because life contract",
             s.a, [("Yusuf Aksoy", "yusuf.aksoy@netzpost.example")],
             "Ihre Lebensversicherung – Änderung des Bezugsrechts",
             dt(2, 16, 10, 2),
             Mixed(Text(body), Att(doc, PDF_CT, "Nachtrag_3_L-2016-0091177.pdf")),
             headers=OUTLOOK)


@mail
def bu_beitragsstundung_elternzeit():
    s = S("hollmann")
    body = T("""
Guten Tag Frau Vogt,

danke für Ihre Nachricht und herzlichen Glückwunsch zum Nachwuchs!

Für Ihre Berufsunfähigkeitsversicherung BU 4410 2870 33 gibt es während der Elternzeit zwei Möglichkeiten:

a) Stundung der Beiträge bis zu 24 Monate. Der volle Schutz (BU-Rente 1.500 €) bleibt bestehen, die gestundeten Beiträge (derzeit 71,38 € monatlich) zahlen Sie danach in Raten oder einmalig nach.

b) Beitragsfreistellung. Sie zahlen nichts, die BU-Rente sinkt dann aber auf 212 € monatlich. Innerhalb von 24 Monaten können Sie ohne neue Gesundheitsprüfung wieder auf den alten Schutz zurückgehen.

Aus meiner Sicht ist a) für Sie die bessere Lösung. Geben Sie mir einfach kurz Bescheid, dann richte ich das ab 01.04.2026 ein.

""") + s.de + FOOTER_DE
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "grey: BU contract of named customer: premium deferral or paid-up option during parental leave (also implies birth of a child) - strict because personal line",
             s.a, [("Carina Vogt", "carina.vogt@posteingang.example")],
             "AW: Beiträge BU während Elternzeit",
             dt(3, 4, 9, 15),
             Text(body),
             headers=OUTLOOK, in_reply_to="<CAF3k2x9=vogt.0303@posteingang.example>")


@mail
def bu_nachpruefung_html():
    s = S("vossberg")
    html = html_doc(T("""
<p>Sehr geehrter Herr Piontek,</p>
<p>Sie erhalten seit dem 01.09.2024 aus Ihrer Berufsunfähigkeitsversicherung <b>BU 2208 7714 90</b> eine monatliche Rente von 1.250&nbsp;€. Wie in den Bedingungen vorgesehen, prüfen wir in regelmäßigen Abständen, ob die Berufsunfähigkeit fortbesteht (Nachprüfung nach § 174 VVG).</p>
<p>Bitte senden Sie uns bis zum <b>31.03.2026</b>:</p>
<ul>
<li>einen aktuellen Befundbericht Ihres behandelnden Psychiaters (Dr. Oberländer) zur rezidivierenden depressiven Störung, derzeit schwere Episode (F33.2),</li>
<li>den Entlassungsbericht der psychosomatischen Reha in der Klinik am Kurpark, Bad Wildungen (Aufenthalt 11/2025),</li>
<li>eine Aufstellung Ihrer aktuellen Medikation,</li>
<li>Angaben zu einer eventuellen beruflichen Tätigkeit seit 2024.</li>
</ul>
<p>Die Kosten für die Befundberichte übernehmen wir. Die Rentenzahlung läuft während der Nachprüfung selbstverständlich weiter.</p>
<p>Bitte schicken Sie die Unterlagen über unser SecureMail-Portal (<a href="https://securemail.auenwald-versicherung.example">securemail.auenwald-versicherung.example</a>) oder per Post.</p>
<p>Mit freundlichen Grüßen<br>
Dr. Katrin Voßberg<br>
Leistungsprüfung Berufsunfähigkeit<br>
Auenwald Lebensversicherung AG · Telefon 0561 7013-4412</p>
"""), title="Nachprüfung BU")
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "HTML-only: BU follow-up review asks for psychiatric report (F33.2) and rehab discharge letter of a named pensioner",
             s.a, [("Ralf Piontek", "r.piontek@kabelmail.example")],
             "Nachprüfung Ihrer Berufsunfähigkeitsrente",
             dt(2, 24, 8, 30),
             Text(html, subtype="html"),
             headers=OUTLOOK)


@mail
def unfall_reha_intern_sprunggelenk():
    s = S("graebner")
    text = T("""
Hi Derya,

neuer Fall für Dich, wenn Du Kapazität hast:

UV-71 004 219, Frau Merle Jansen (41), Sturz von der Leiter am 26.01.
OP am 27.01. im Klinikum Nordstadt: bimalleoläre Sprunggelenksfraktur rechts, Plattenosteosynthese. Sie ist Erzieherin, aktuell 6 Wochen Teilbelastung an Unterarmstützen. Die Klinik schreibt was von verzögerter Wundheilung (Raucherin).

Vertrag hat Reha-Management und Invaliditätssumme 150.000 mit 350 % Progression – ich würde gern früh steuern. Kannst Du Kontakt aufnehmen? Telefonnummer steht in der Akte.

Danke!
Stefan
""")
    html = html_doc("<p>Hi Derya,</p>\n<p>neuer Fall für Dich, wenn Du Kapazität hast:</p>\n"
                    "<p><b>UV-71 004 219, Frau Merle Jansen (41)</b>, Sturz von der Leiter am 26.01.<br>\n"
                    "OP am 27.01. im Klinikum Nordstadt: bimalleoläre Sprunggelenksfraktur rechts, Plattenosteosynthese. "
                    "Sie ist Erzieherin, aktuell 6 Wochen Teilbelastung an Unterarmstützen. Die Klinik schreibt was von "
                    "verzögerter Wundheilung (Raucherin).</p>\n"
                    "<p>Vertrag hat Reha-Management und Invaliditätssumme 150.000 mit 350 % Progression – ich würde gern "
                    "früh steuern. Kannst Du Kontakt aufnehmen? Telefonnummer steht in der Akte.</p>\n<p>Danke!<br>Stefan</p>")
    return M("STRICTLY_CONFIDENTIAL", "de", "internal",
             "internal accident-claim handover: ICD S82.6 in subject, fracture, surgery, smoker, for rehab management",
             s.a, [S("yildiz").a],
             "Reha-Management? UV-71 004 219 Jansen – S82.6",
             dt(2, 3, 16, 41),
             Alt(Text(text), Text(html, subtype="html")),
             headers=OUTLOOK)


@mail
def unfall_krankenhaustagegeld_tabelle():
    s = S("graebner")
    rows = [["Leistungsart", "Zeitraum", "Tage", "Satz", "Betrag"],
            ["Krankenhaustagegeld", "03.02.–14.02.2026", "12", "50,00 €", "600,00 €"],
            ["Genesungsgeld", "15.02.–26.02.2026", "12", "25,00 €", "300,00 €"],
            ["Kosmetische Operation", "–", "–", "–", "0,00 €"],
            ["Summe", "", "", "", "900,00 €"]]
    intro = T("""
Sehr geehrter Herr Morawietz,

nach Ihrem Unfall mit dem Motorroller und dem stationären Aufenthalt im Klinikum Kassel (Unterschenkelfraktur links, Marknagelung am 03.02.2026) haben wir die Leistungen aus Ihrer Unfallversicherung UV-58 330 102 wie folgt abgerechnet:
""")
    outro = T("""
Der Betrag wird in den nächsten 3 Bankarbeitstagen auf Ihr Konto überwiesen.

Für eine mögliche Invaliditätsleistung melden wir uns wieder, sobald die Behandlung abgeschlossen ist – spätestens zur ärztlichen Feststellung innerhalb von 15 Monaten nach dem Unfall.

""") + s.de
    text = intro + "\n" + text_table(rows) + "\n\n" + outro + FOOTER_DE
    html = html_doc(paras_html(intro) + "\n" + html_table(rows) + "\n" + paras_html(outro) +
                    "<p style=\"font-size:8pt;color:#666\">" + he(FOOTER_DE).replace("\n", "<br>\n") + "</p>")
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "accident insurance: hospital cash and convalescence benefit for a lower-leg fracture, payment table in text and HTML",
             s.a, [("Kevin Morawietz", "kevin.morawietz@webpost.example")],
             "Abrechnung Krankenhaustagegeld und Genesungsgeld",
             dt(3, 2, 10, 55),
             Alt(Text(text), Text(html, subtype="html")),
             headers=OUTLOOK)


@mail
def bu_leistungsantrag_zitat_depression():
    s = S("vossberg")
    body = T("""
Sehr geehrte Frau Klee,

vielen Dank für Ihre Nachricht. Ja, Sie können den Leistungsantrag auch jetzt schon stellen – es müssen keine sechs Monate Krankschreibung abgewartet werden. Die Formulare habe ich Ihnen heute per Post geschickt; Sie können sie alternativ im Kundenportal herunterladen.

Bitte füllen Sie insbesondere den Fragebogen zur beruflichen Tätigkeit sorgfältig aus, mit einer typischen Arbeitswoche. Das ist für die Prüfung oft wichtiger als man denkt.

Mit freundlichen Grüßen
Katrin Voßberg

Am 18.02.2026 um 21:47 schrieb Sandra Klee:
> Sehr geehrte Damen und Herren,
>
> ich bin seit Oktober krankgeschrieben, meine Hausärztin und die Psychiaterin sagen es ist eine mittelgradige depressive Episode und ein Burnout. Ich mache seit Dezember eine Verhaltenstherapie und nehme Sertralin. An Arbeiten ist im Moment garnicht zu denken, ich schaffe kaum den Haushalt.
>
> Zahlt meine BU (Vertrag BU 6120 9947 15) schon jetzt oder muss ich erst 6 Monate krank sein? Mein Krankengeld läuft ja noch.
>
> Vielen Dank und freundliche Grüße
> Sandra Klee
""")
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "reply body only says forms are on the way; the quoted customer mail states depression, burnout, psychotherapy, sertraline and the BU contract",
             s.a, [("Sandra Klee", "sandra.klee@mailhaus.example")],
             "Re: Frage zu meiner BU",
             dt(2, 19, 11, 20),
             Text(body, cte="8bit", flowed=True),
             headers=TBIRD, in_reply_to="<8e1b9c44-klee@mailhaus.example>")


@mail
def gutachten_auftrag_neurologie():
    s = S("vossberg")
    body = T("""
Sehr geehrter Herr Prof. Dr. Eickhoff,

wie telefonisch besprochen beauftragen wir Sie mit einem neurologischen Gutachten im Rahmen einer Berufsunfähigkeitsprüfung.

Versicherter: Herr Matthias Gerlach, geb. 30.07.1970, Leipziger Straße 88, 34123 Kassel
Unser Zeichen: BU 9051 3370 41
Beruf: Elektromeister mit Montagetätigkeit (ca. 70 % Baustelle)

Herr Gerlach erlitt am 08.09.2025 einen ischämischen Schlaganfall im Versorgungsgebiet der A. cerebri media links (I63.5). Nach der Anschlussheilbehandlung bestehen laut Hausarzt eine leichte Hemiparese rechts, Wortfindungsstörungen und eine erhöhte Ermüdbarkeit.

Den Fragenkatalog und die Auflistung der Ihnen übermittelten Unterlagen finden Sie im Anhang. Die Akte (Entlassungsberichte, Reha-Bericht, Tätigkeitsbeschreibung) stellen wir Ihnen über das SecureMail-Portal bereit. Herr Gerlach ist informiert und wird sich wegen eines Termins bei Ihnen melden.

Honorar nach JVEG bzw. unserer Rahmenvereinbarung, Fertigstellung möglichst bis 30.04.2026.

""") + s.de + FOOTER_DE
    doc = odt([
        ("h", "Gutachtenauftrag – Fragenkatalog"),
        "Versicherter: Matthias Gerlach, geb. 30.07.1970 – Zeichen BU 9051 3370 41",
        "Diagnose laut Entlassungsbericht Klinikum Kassel: ischämischer Mediainfarkt links (I63.5), arterielle Hypertonie (I10.90)",
        ("b", "Fragen an den Sachverständigen"),
        "1. Welche Gesundheitsstörungen liegen auf neurologischem Fachgebiet vor?",
        "2. Welche Funktionseinschränkungen ergeben sich daraus (Motorik rechts, Sprache, Belastbarkeit, Konzentration)?",
        "3. In welchem zeitlichen Umfang kann Herr Gerlach seine zuletzt ausgeübte Tätigkeit als Elektromeister (siehe Tätigkeitsbeschreibung) noch ausüben?",
        "4. Seit wann besteht dieser Zustand, und ist er voraussichtlich dauerhaft (mindestens 6 Monate)?",
        "5. Sind Besserungen durch weitere Therapie zu erwarten (Ergotherapie, Logopädie)?",
        ("b", "Übermittelte Unterlagen"),
        ("table", [["Nr.", "Dokument", "Datum"],
                   ["1", "Entlassungsbericht Stroke Unit, Klinikum Kassel", "19.09.2025"],
                   ["2", "Bericht Anschlussheilbehandlung, Neurologische Reha Bad Emstal", "31.10.2025"],
                   ["3", "Befundbericht Hausarzt Dr. Wenzel", "12.01.2026"],
                   ["4", "Tätigkeitsbeschreibung des Versicherten", "05.01.2026"]]),
    ], title="Gutachtenauftrag BU 9051 3370 41", author="Dr. Katrin Voßberg")
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-assessor",
             "assessment order to a neurologist for a BU claim: stroke (I63.5), deficits, birth date; ODT question catalogue with diagnoses",
             s.a, [("Prof. Dr. Wolfram Eickhoff", "gutachten@neuro-eickhoff.example")],
             "Gutachtenauftrag BU – Herr Matthias Gerlach",
             dt(3, 9, 14, 12),
             Mixed(Text(body), Att(doc, ODT_CT, "Gutachtenauftrag_Gerlach.odt")),
             headers=OUTLOOK)


@mail
def akteneinsicht_anwaeltin_zip():
    s = S("petersen")
    body = T("""
Sehr geehrte Frau Dr. Roth,

in der Angelegenheit Ihres Mandanten (Ihr Az. 17/26 R) erhalten Sie anbei wie erbeten die Unterlagen aus unserer Akte als ZIP-Datei. Eine Vollmacht Ihres Mandanten liegt uns vor.

Für Rückfragen stehe ich gern zur Verfügung.

""") + s.de + FOOTER_DE
    letter = pdf([
        "Leistungsentscheidung - Berufsunfähigkeitsversicherung BU 3370 1185 62",
        "",
        "Versicherungsnehmer: Herr Norbert Weidemann, geb. 14.11.1975, Hofgeismar",
        "",
        "Sehr geehrter Herr Weidemann,",
        "wir haben Ihren Antrag auf Leistungen wegen Berufsunfähigkeit geprüft. Dabei hat sich ergeben,",
        "dass Sie bei Antragstellung im Mai 2023 die Frage nach Herz-/Kreislauferkrankungen verneint haben,",
        "obwohl seit 2021 ein paroxysmales Vorhofflimmern (I48.0) bekannt war und zweimal eine",
        "Kardioversion durchgeführt wurde (Arztbrief Kardiologie Dr. Haase vom 02.03.2022).",
        "",
        "Bei Kenntnis dieser Umstände hätten wir den Vertrag nur mit Ausschluss von Herz-/Kreislauf-",
        "erkrankungen angenommen. Die jetzt geltend gemachte Berufsunfähigkeit beruht auf einer",
        "Herzinsuffizienz NYHA III. Wir machen daher von unserem Recht zur Vertragsanpassung (§ 19 Abs. 4",
        "VVG) rückwirkend Gebrauch; für den eingetretenen Versicherungsfall besteht kein Leistungsanspruch.",
        "",
        "Kassel, 20.01.2026",
    ], title="Leistungsentscheidung BU 3370 1185 62", author="Leistungsprüfung BU")
    pay = csv_text([["Datum", "Buchung", "Betrag_EUR", "Vertrag"],
                    ["01.06.2023", "Beitrag", "-96,12", "BU 3370 1185 62"],
                    ["01.07.2023", "Beitrag", "-96,12", "BU 3370 1185 62"],
                    ["01.12.2025", "Beitrag", "-96,12", "BU 3370 1185 62"],
                    ["20.01.2026", "Leistungsantrag abgelehnt", "0,00", "BU 3370 1185 62"]])
    z = zip_bytes([("Akte_Weidemann/01_Leistungsentscheidung_2026-01-20.pdf", letter),
                   ("Akte_Weidemann/02_Beitragskonto.csv", pay.encode("utf-8"))])
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
             "body harmless (file reference only); ZIP holds BU denial letter with undisclosed atrial fibrillation (I48.0), heart failure and birth date",
             s.a, [("Dr. Sabine Roth", "roth@kanzlei-roth-partner.example")],
             "Ihr Az. 17/26 R – angeforderte Unterlagen",
             dt(2, 25, 17, 5),
             Mixed(Text(body), Att(z, ZIP_CT, "Unterlagen_17-26R.zip")),
             headers=OUTLOOK)


@mail
def pflegedienst_abrechnung_csv():
    s = S("demir")
    body = T("""
Sehr geehrte Frau Lorenz,

anbei die Übersicht der Rechnungen des Pflegedienstes Sonnenhof, die wir für unsere Versicherte Frau Hildegard Maas (Pflegezusatzversicherung PZ 201 8840) im Januar erstattet haben. Frau Maas hat uns die Abtretung an Ihren Dienst unterschrieben, daher geht die Zahlung direkt an Sie.

Zwei Positionen konnten wir nicht übernehmen (siehe Spalte Bemerkung): die hauswirtschaftliche Versorgung übersteigt den tariflichen Anteil, und die Wundversorgung ist Leistung der Krankenkasse (Behandlungspflege).

""") + s.de + FOOTER_DE
    rows = [["Datum", "Leistung", "Pflegegrad", "Rechnungsbetrag", "erstattet", "Bemerkung"],
            ["02.01.2026", "Große Grundpflege (LK 2)", "2", "38,54", "38,54", ""],
            ["05.01.2026", "Große Grundpflege (LK 2)", "2", "38,54", "38,54", ""],
            ["09.01.2026", "Hilfe bei Ausscheidungen (LK 4)", "2", "14,20", "14,20", ""],
            ["12.01.2026", "Hauswirtschaftliche Versorgung", "2", "62,00", "31,00", "Tarifanteil 50 %"],
            ["19.01.2026", "Wundversorgung Unterschenkel (Ulcus cruris)", "2", "22,80", "0,00", "Behandlungspflege SGB V"],
            ["26.01.2026", "Große Grundpflege (LK 2)", "2", "38,54", "38,54", ""],
            ["Summe", "", "", "214,62", "160,82", ""]]
    csvdata = csv_text([["Versicherte: Hildegard Maas", "PZ 201 8840"]] + rows)
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
             "care insurance reimbursement to a home-care service: named insured, care level 2, leg ulcer wound care in CSV (windows-1252)",
             s.a, [("Pflegedienst Sonnenhof – Abrechnung", "abrechnung@pflegedienst-sonnenhof.example")],
             "Erstattung Januar 2026 – Frau Maas",
             dt(2, 9, 12, 4),
             Mixed(Text(body), Text(csvdata, subtype="csv", charset="windows-1252", cte="quoted-printable",
                                    filename="Erstattung_Maas_2026-01.csv")),
             headers=OUTLOOK)


@mail
def lv_mahnung_paragraf38():
    s = S("kowalczyk")
    body = T("""
Sehr geehrter Herr Brenneis,

leider sind die Beiträge zu Ihrer Lebensversicherung L-2011-0022874 für Dezember 2025, Januar und Februar 2026 trotz unserer Erinnerung vom 15.01.2026 nicht bei uns eingegangen. Die Lastschriften wurden von Ihrer Bank mit dem Vermerk "Konto erloschen" zurückgegeben.

Offener Betrag: 3 x 87,40 EUR = 262,20 EUR zzgl. Rücklastschriftgebühren 9,00 EUR.

Wir bestimmen Ihnen hiermit gemäß § 38 VVG eine Zahlungsfrist von zwei Wochen ab Zugang dieser Nachricht. Tritt nach Ablauf der Frist ein Versicherungsfall ein und sind Sie mit der Zahlung noch in Verzug, sind wir von der Leistung frei. Außerdem können wir den Vertrag dann ohne Einhaltung einer Frist kündigen; er würde in eine beitragsfreie Versicherung umgewandelt.

Falls Sie gerade finanziell in einer schwierigen Lage sind, rufen Sie mich bitte an. Eine Stundung oder Beitragspause ist oft möglich.

Das rechtlich verbindliche Schreiben geht Ihnen zusätzlich per Einschreiben zu.

""") + s.de + FOOTER_DE
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "grey: premium arrears and § 38 VVG warning for a named customer's life policy - no health content, strict because life line",
             s.a, [("Oliver Brenneis", "o.brenneis@funkpost.example")],
             "Zahlungsrückstand Lebensversicherung L-2011-0022874 – Fristsetzung",
             dt(3, 3, 8, 12),
             Text(body, charset="iso-8859-1"),
             headers=OUTLOOK)


@mail
def bu_entscheidungsvermerk_intern():
    s = S("vossberg")
    body = T("""
Vermerk Leistungsentscheidung – zur Freigabe (Betrag > 50 TEUR Barwert)

Vertrag: BU 5583 0021 77, VN/VP Jennifer Hartung, geb. 09.01.1988
Beruf: Rettungssanitäterin (Vollzeit, Schichtdienst)
BU-Rente: 2.000 EUR mtl. + Beitragsbefreiung, Dynamik 3 %

Sachverhalt: Einsatz am 14.06.2025 (Verkehrsunfall mit zwei getöteten Kindern), danach Albträume, Flashbacks, Vermeidungsverhalten. AU seit 01.07.2025. Diagnose laut Bericht der Traumaambulanz Kassel: Posttraumatische Belastungsstörung (F43.1 G), begleitend mittelgradige depressive Episode (F32.1 G). Traumatherapie (EMDR) seit 09/2025, Prognose offen.

Bewertung: Tätigkeit als Rettungssanitäterin derzeit zu 100 % nicht ausübbar. Gutachten Dr. Laub (Aktenlage) bestätigt BU von mind. 50 % für voraussichtlich mindestens 6 Monate.

Vorschlag: Befristetes Anerkenntnis nach § 173 Abs. 2 VVG bis 31.12.2027, Leistung rückwirkend ab 01.07.2025. Nachzahlung 16.000 EUR + Beitragsrückerstattung 8 x 64,10 EUR.

Bitte um Freigabe im Vier-Augen-Prinzip.

K. Voßberg, 12.03.2026
""") + "\n" + s.de
    return M("STRICTLY_CONFIDENTIAL", "de", "internal",
             "internal BU decision memo: PTSD (F43.1) and depression of a named paramedic, therapy, recognition and back payment",
             s.a, [("Team BU-Leistung Freigabe", "bu-freigabe@" + DOM)],
             "Freigabe Anerkenntnis BU 5583 0021 77",
             dt(3, 12, 15, 22),
             Text(body, cte="8bit"),
             headers=OUTLOOK)


@mail
def bav_direktversicherung_austritt_firma():
    s = S("hollmann")
    body = T("""
Sehr geehrte Frau Rupp,

vielen Dank für die Austrittsmeldung. Für die ehemalige Mitarbeiterin

Frau Natalia Sokolova, geb. 09.06.1987
Direktversicherung L-B-2019-0330415 (Gruppenvertrag GV 0815, Keller Metallbau GmbH)
Austritt zum 31.01.2026

teilen wir Ihnen folgenden Stand mit:

- Die Anwartschaft ist gesetzlich unverfallbar; die versicherungsvertragliche Lösung (§ 2 Abs. 2 BetrAVG) haben Sie mit der Meldung gewählt.
- Wert der Versicherung zum 31.01.2026: 14.382,17 EUR (davon Arbeitgeberanteil 4.210,00 EUR).
- Beitragsrückstände bestehen nicht.

Frau Sokolova hat ein Jahr Zeit, eine Übertragung auf den Vertrag ihres neuen Arbeitgebers zu verlangen (Portabilität). Alternativ kann sie den Vertrag privat weiterführen. Wir schreiben ihr dazu direkt.

Bitte übersenden Sie uns noch die Bestätigung über die Entgeltumwandlung für 2025 (Beiträge 2.640 EUR), damit die Bescheinigung nach § 22 EStG stimmt.

""") + s.de + FOOTER_DE
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
             "grey: bAV direct insurance (life line) of a named former employee with birth date, policy value and salary conversion, sent to the employer's HR",
             s.a, [("Tanja Rupp", "t.rupp@keller-metallbau.example")],
             "Austritt Frau Sokolova – Direktversicherung L-B-2019-0330415",
             dt(2, 5, 11, 38),
             Text(body),
             headers=OUTLOOK)


@mail
def subject_tag_streng_vertraulich_rueckruf():
    s = S("vossberg")
    body = T("""
Sehr geehrter Herr Fink,

ich habe Sie heute leider telefonisch nicht erreicht. Bitte rufen Sie mich zurück – ich bin bis 16 Uhr unter 0561 7013-4412 erreichbar, morgen ab 8 Uhr.

""") + s.de
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "grey: explicit sender marking [streng vertraulich] in the subject; body is only a call-back request",
             s.a, [("Andreas Fink", "andreas.fink@webpost.example")],
             "[streng vertraulich] Ihr Anruf vom Dienstag",
             dt(3, 18, 13, 6),
             Text(body),
             headers=OUTLOOK)


@mail
def reha_dienstleister_sht():
    s = S("yildiz")
    text = T("""
Sehr geehrter Herr Böhme,

wir möchten Sie mit dem Reha-Management für folgenden Fall beauftragen:

Versicherter: Jonas Pfeiffer, 34 Jahre, Baunatal
Vertrag: Unfallversicherung UV-80 211 576 (Tarif Premium mit Reha-Management)
Unfall: 22.12.2025, Motorradunfall auf der B 83

Verletzungen laut Entlassungsbericht der BG-Unfallklinik: mittelschweres Schädel-Hirn-Trauma mit Kontusionsblutung frontal rechts, Claviculafraktur links (operativ versorgt). Derzeit in der neurologischen Frührehabilitation (Phase C), Entlassung nach Hause voraussichtlich Ende März.

Herr Pfeiffer ist Industriemechaniker. Er und seine Ehefrau wünschen Unterstützung bei der Organisation der ambulanten Weiterbehandlung (Neuropsychologie, Ergotherapie) und bei der Rückkehr an den Arbeitsplatz. Die Einwilligung und Schweigepflichtentbindung liegen uns vor und gehen Ihnen über das Portal zu.

Budget für die erste Phase: 3.500 EUR. Bitte senden Sie uns nach dem Erstgespräch Ihren Reha-Plan.

""") + s.de + FOOTER_DE
    html = html_doc(paras_html(text))
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-supplier",
             "rehab-management order to a service provider: traumatic brain injury and fracture of a named accident-insurance customer",
             s.a, [("Christian Böhme", "c.boehme@rehaplan-mitte.example")],
             "Auftrag Reha-Management – Herr Jonas Pfeiffer (UV-80 211 576)",
             dt(3, 6, 9, 44),
             Alt(Text(text), Text(html, subtype="html")),
             headers=OUTLOOK)


@mail
def hausarzt_befundbericht_anforderung():
    s = S("vossberg")
    body = T("""
Sehr geehrter Herr Kollege Dr. Hahn,

Ihre Patientin

Frau Beate Scholl, geb. 21.03.1969, wohnhaft Friedenstraße 4, 34260 Kaufungen

hat bei uns Leistungen aus ihrer Berufsunfähigkeitsversicherung beantragt. Sie gibt an, wegen einer rheumatoiden Arthritis mit Befall beider Hände seit Mai 2025 nicht mehr als Zahnmedizinische Fachangestellte arbeiten zu können.

Wir bitten Sie um einen formlosen Befundbericht mit Diagnosen, Behandlungsverlauf seit 2023, aktueller Medikation und Ihrer Einschätzung der Funktionseinschränkungen der Hände. Die Schweigepflichtentbindungserklärung von Frau Scholl liegt bei.

Für den Bericht vergüten wir die GOÄ-Nr. 75 zum 2,3-fachen Satz zuzüglich Porto. Bitte senden Sie den Bericht und die Rechnung unter Angabe unseres Zeichens BU 1170 6649 02 an uns.

Herzlichen Dank für Ihre Unterstützung.

""") + s.de + FOOTER_DE
    consent = pdf([
        "Schweigepflichtentbindungserklärung für Leistungsprüfung (Einzelfall)",
        "",
        "Ich, Beate Scholl, geb. 21.03.1969, entbinde",
        "   Dr. med. Thomas Hahn, Facharzt für Allgemeinmedizin, Kaufungen",
        "   Dr. med. Regina Sauer, Rheumatologie, Kassel",
        "   das Klinikum Kassel (Rheumatologische Tagesklinik)",
        "von der Schweigepflicht gegenüber der Auenwald Lebensversicherung AG, soweit es um die Prüfung",
        "meiner Leistungsansprüche aus der BU-Versicherung BU 1170 6649 02 geht.",
        "",
        "Die Erklärung gilt für Unterlagen der Jahre 2023 bis heute.",
        "",
        "Kaufungen, 26.02.2026        gez. Beate Scholl",
    ], title="Schweigepflichtentbindung Scholl", author="Scan Posteingang", compress=True)
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
             "request for a GP report: named BU claimant with birth date and rheumatoid arthritis; signed confidentiality release as PDF",
             s.a, [("Dr. med. Thomas Hahn", "praxis@hausarzt-hahn.example")],
             "Anforderung Befundbericht – Frau Beate Scholl",
             dt(3, 2, 15, 0),
             Mixed(Text(body), Att(consent, PDF_CT, "Schweigepflichtentbindung_Scholl.pdf")),
             headers=OUTLOOK)


@mail
def rentenversicherung_ablauf_kapital():
    s = S("hollmann")
    body = T("""
Sehr geehrter Herr Ostertag,

Ihre private Rentenversicherung R-2001-0007742 erreicht am 01.05.2026 den vereinbarten Rentenbeginn. Sie haben folgende Wahl:

1. lebenslange Rente: garantiert 412,86 € monatlich, voraussichtlich inkl. Überschüssen 468,30 €
2. Kapitalabfindung: 118.904,55 € (inkl. Schlussüberschuss, Stand heute)
3. Kombination: 50 % Kapital, 50 % Rente

Das Kapitalwahlrecht müssen Sie spätestens bis 01.04.2026 ausüben. Bei der Kapitalauszahlung ist der Ertragsanteil steuerpflichtig; da der Vertrag vor 2005 abgeschlossen wurde und länger als 12 Jahre lief, bleibt die Auszahlung nach altem Recht steuerfrei.

Für die Auszahlung benötigen wir Ihre steuerliche Identifikationsnummer. Sie haben uns am Telefon 47 512 883 096 genannt – bitte prüfen Sie die Zahl auf Ihrem Steuerbescheid, eine Ziffer war schwer zu verstehen.

""") + s.de + FOOTER_DE
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "grey: private pension (life line) maturity of a named customer: annuity vs lump sum amounts and tax ID - no health, strict as life contract",
             s.a, [("Manfred Ostertag", "manfred.ostertag@kabelmail.example")],
             "Rentenbeginn 01.05.2026 – Ihr Kapitalwahlrecht",
             dt(2, 18, 10, 10),
             Text(body),
             headers=OUTLOOK)


@mail
def makler_voranfrage_asthma_weiterleitung():
    s = S("okafor")
    body = T("""
Henning, hast Du kurz 5 Minuten? Makler will bis morgen ne Tendenz. Ich würde normal annehmen wenn die letzten 2 Jahre kein Notfall/keine Klinik, aber das Kortison irritiert mich.

Miriam

-----Ursprüngliche Nachricht-----
Von: Dennis Kruse <kruse@finanzkontor-weser.example>
Gesendet: Montag, 23. Februar 2026 17:58
An: Okafor, Miriam <miriam.okafor@auenwald-versicherung.example>
Betreff: Voranfrage BU Brandner

Hallo Frau Okafor,

ich hab einen jungen Kunden, der eine BU über 2.000 € möchte:

Lukas Brandner, geb. 03.04.1990, Softwareentwickler, Nichtraucher
Vorerkrankung: Asthma bronchiale seit Kindheit, Salbutamol bei Bedarf (ca. 1x/Monat), seit 2023 zusätzlich Budesonid/Formoterol als Dauertherapie. Letzte Lungenfunktion 11/2025 o.B. laut Kunde. Kein Krankenhaus, keine AU wegen Asthma in den letzten 5 Jahren.
Sonst: Heuschnupfen.

Geht das normal oder mit Zuschlag? Ausschluss wäre für ihn ein No-Go.

Danke & Gruß
Dennis Kruse
Finanzkontor Weser – unabhängige Versicherungsmakler
""")
    return M("STRICTLY_CONFIDENTIAL", "de", "broker",
             "broker's named risk pre-inquiry (birth date, asthma, inhaled cortisone) forwarded internally to the chief medical officer",
             s.a, [S("laub").a],
             "WG: Voranfrage BU Brandner",
             dt(2, 24, 8, 7),
             Text(body),
             headers=OUTLOOK)


@mail
def kinderunfall_zahnschaden():
    s = S("graebner")
    text = T("""
Liebe Familie Nowak,

danke für die Unterlagen zum Fahrradsturz von Leon am 07.02.2026.

Laut Bericht der Kinderzahnärztin Dr. Akbari sind die Zähne 11 und 21 (obere mittlere Schneidezähne) frakturiert; Zahn 21 musste wurzelbehandelt werden. Da Leon erst 8 ist, wird eine endgültige Versorgung mit Krone erst nach Abschluss des Wachstums möglich sein – bis dahin werden die Zähne mit Kunststoff aufgebaut.

Aus der Kinder-Unfallversicherung KU-12 778 040 übernehmen wir:
- die Kosten der provisorischen Versorgung, soweit die Krankenkasse nicht zahlt (Rechnung über 486,20 € liegt vor),
- später den Zahnersatz bis zur Höhe von 5.000 € (Unfallbedingter Zahnersatz, Ziffer 7.2 der Bedingungen).

Bitte heben Sie den Heil- und Kostenplan für die spätere Krone gut auf und schicken Sie ihn uns, sobald er erstellt wird – auch wenn das erst in ein paar Jahren ist. Der Anspruch bleibt erhalten.

Gute Besserung an Leon!

""") + s.de + FOOTER_DE
    html = html_doc(paras_html(text).replace("<p>- ", "<p>&bull; "))
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "child accident insurance: named 8-year-old's fractured incisors, root canal treatment, cost coverage",
             s.a, [("Agnieszka und Marek Nowak", "familie.nowak@netzpost.example")],
             "Leons Unfall vom 07.02. – Kostenübernahme Zahnbehandlung",
             dt(2, 27, 14, 26),
             Alt(Text(text), Text(html, subtype="html")),
             headers=OUTLOOK)


@mail
def pflege_widerspruch_betreuerin_base64():
    s = S("demir")
    body = T("""
Sehr geehrte Frau Wolff,

wir haben Ihren Widerspruch für Ihre Mutter, Frau Erika Wolff (Pflegezusatzversicherung PZ 188 2093), erhalten. Als gerichtlich bestellte Betreuerin sind Sie berechtigt, für Ihre Mutter zu handeln – die Kopie des Betreuerausweises liegt uns vor.

Sie schreiben, dass sich die Demenz Ihrer Mutter seit dem Gutachten im Herbst deutlich verschlechtert hat: nächtliche Unruhe, Weglauftendenz, sie erkennt die Enkel nicht mehr und braucht inzwischen Hilfe beim Essen. Das nehmen wir ernst.

Unsere Leistung richtet sich nach dem Pflegegrad, den die Pflegekasse feststellt (derzeit Pflegegrad 3). Wir empfehlen daher, bei der Pflegekasse einen Antrag auf Höherstufung zu stellen. Sobald der neue Bescheid vorliegt, passen wir das Pflegemonatsgeld rückwirkend ab Antragsdatum an – bei Pflegegrad 4 wären das 1.200 € statt 750 € im Monat.

Wenn Sie Hilfe beim Antrag brauchen, vermitteln wir Ihnen gern eine kostenlose Pflegeberatung.

""") + s.de + FOOTER_DE
    return M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
             "base64 body: care insurance objection by a legal guardian, mother's dementia symptoms, care level and benefit amounts",
             s.a, [("Katharina Wolff", "katharina.wolff@posteingang.example")],
             "Ihr Widerspruch vom 02.03.2026",
             dt(3, 10, 10, 33),
             Text(body, cte="base64"),
             headers=[("X-Mailer", "Auenwald Korrespondenz 4.2")])

# ---------------------------------------------------------------------------
# STRICTLY_CONFIDENTIAL, English and mixed
# ---------------------------------------------------------------------------

@mail
def expat_exam_requisition_dubai():
    s = S("grant")
    body = T("""
Dear Dr Haddad,

Thank you for agreeing to carry out the insurance medical for our applicant. Details below; the signed consent and authorisation form is in the attached requisition.

Applicant: Mr James O'Connell
Date of birth: 14/02/1981
Passport: IE P4418207
Product: Term life, sum assured EUR 1,200,000, term 20 years
Our reference: LV-A-2026-004120

Requirements:
- Full medical examination report (our form ME-1)
- Resting ECG with tracing
- Blood profile, fasting: FBC, HbA1c, lipid profile, liver function (AST, ALT, GGT), renal function, PSA, HIV 1/2 and hepatitis B/C serology (consent given)
- Urinalysis with cotinine

The applicant disclosed treated hypertension (amlodipine 5 mg) and a knee arthroscopy in 2019. Please record three blood pressure readings.

Please return the results through our secure portal, not by ordinary e-mail. Your invoice (flat fee AED 1,450 as agreed) can go to the address on the requisition.

""") + s.en + FOOTER_EN.replace("·", "-")
    req = pdf([
        "Medical Examination Requisition - Auenwald Lebensversicherung AG",
        "",
        "Reference: LV-A-2026-004120         Date: 26 January 2026",
        "Examiner: Gulf Medical Centre, Dr Farah Haddad, Jumeirah, Dubai",
        "",
        "Applicant: James O'Connell, born 14 February 1981, Irish national, resident in Dubai",
        "Occupation: Project director (construction), office-based with site visits",
        "Cover applied for: Term life EUR 1,200,000 / 20 years",
        "",
        "Tests: ME-1 examination, resting ECG, fasting bloods (FBC, HbA1c, lipids, LFT, U&E, PSA,",
        "HIV 1/2, HBsAg, anti-HCV), urinalysis incl. cotinine",
        "",
        "Disclosed: essential hypertension since 2022, amlodipine 5 mg daily; right knee arthroscopy 2019",
        "",
        "Applicant consent: I consent to the examination and tests listed above and to the",
        "results being passed to Auenwald Lebensversicherung AG and its reinsurers.",
        "Signed: J. O'Connell, 24/01/2026",
    ], title="Requisition LV-A-2026-004120", author="International Client Services")
    return M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-doctor",
             "insurance medical arranged at a Dubai clinic: applicant name, DOB, passport, hypertension medication, HIV test consent; PDF requisition",
             s.a, [("Dr Farah Haddad", "insurance.medicals@gulfmedical-centre.example")],
             "Insurance medical - Mr James O'Connell (ref. LV-A-2026-004120)",
             dt(1, 26, 9, 12),
             Mixed(Text(body, charset="us-ascii", cte="7bit"),
                   Att(req, PDF_CT, "Requisition_LV-A-2026-004120.pdf")),
             headers=OUTLOOK_EN)


@mail
def reinsurer_facultative_mi():
    s = S("nair")
    body = T("""
Dear Martin,

Please find attached a facultative submission for a life and critical illness case above our retention.

Life assured: Mr Stefan Hartkopf, DOB 05/11/1969, non-smoker, managing director
Cover: Term life EUR 2,500,000 / 15 years + CI EUR 500,000
Our retention: EUR 750,000 life, EUR 150,000 CI

Medical summary: anterior STEMI in March 2022, single-vessel PCI with drug-eluting stent (LAD), LVEF 50 % at last echo (11/2025), no angina since, stress ECG negative to 12 METs. On aspirin, atorvastatin 40 mg, bisoprolol 2.5 mg, ramipril 5 mg. LDL 64 mg/dl. BMI 26.

Our own view: life +100 %, CI declined for heart attack / coronary artery disease, other CI conditions standard. We would appreciate your terms for the surplus by 20 February if possible - the broker is pushing.

Full underwriting summary and the cardiology letter (translated) are in the spreadsheet.

""") + s.en + FOOTER_EN
    wb = xlsx([
        ("Summary", [
            ["Field", "Value"],
            ["Case", "LV-A-2026-002871"],
            ["Life assured", "Stefan Hartkopf"],
            ["Date of birth", "1969-11-05"],
            ["Sum assured life (EUR)", 2500000],
            ["Sum assured CI (EUR)", 500000],
            ["Ceded life (EUR)", 1750000],
            ["Ceded CI (EUR)", 350000],
            ["Proposed rating life", "+100 %"],
            ["Proposed CI terms", "exclusion MI/CAD"],
        ]),
        ("Medical", [
            ["Date", "Source", "Finding"],
            ["2022-03-14", "Hospital discharge", "Anterior STEMI, PCI LAD with DES, peak troponin high"],
            ["2022-06-01", "Cardiac rehab", "Completed, good exercise tolerance"],
            ["2025-11-20", "Echo", "LVEF 50 %, mild anterior hypokinesia"],
            ["2025-11-20", "Stress ECG", "Negative, 12 METs, no arrhythmia"],
            ["2026-01-15", "Lab", "LDL 64 mg/dl, HbA1c 5.6 %"],
            ["2026-01-15", "Medication", "ASS 100, atorvastatin 40, bisoprolol 2.5, ramipril 5"],
        ]),
    ], title="Fac submission LV-A-2026-002871", author="Priya Nair")
    return M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
             "facultative reinsurance submission: named life assured with DOB, myocardial infarction, stent, medication; XLSX medical summary",
             s.a, [("Martin Ellison", "martin.ellison@nordbridge-re.example")],
             "Fac submission - Hartkopf - Life EUR 2.5m + CI",
             dt(2, 10, 11, 2),
             Mixed(Text(body), Att(wb, XLSX_CT, "Fac_LV-A-2026-002871.xlsx")),
             headers=OUTLOOK_EN)


@mail
def aps_uk_gp_forward():
    s = S("okafor")
    body = T("""
Henning,

APS from the UK GP for Pryce came in. Thyroid looks fine to me, anxiety was 2019 and resolved - I'd go standard unless you see something. Can you initial?

Thanks
Miriam

From: Dr Helen Marsh <h.marsh@riverside-surgery.example>
Sent: 03 March 2026 14:10
To: underwriting@auenwald-versicherung.example
Subject: Attending Physician Statement - Ms Charlotte Pryce, DOB 22/06/1986

Dear Sir or Madam,

Re: Ms Charlotte Pryce, 41 Queen's Road, Bristol. Your ref. BU-A-2026-009933.

I confirm the patient's consent to release this information.

1. Current conditions: primary hypothyroidism diagnosed 2017, stable on levothyroxine 100 mcg daily. TSH 1.9 mU/l (January 2026).
2. Past history: generalised anxiety, 2019, treated with CBT (8 sessions) and sertraline 50 mg for 7 months, discharged from treatment January 2020. No recurrence. No time off work since.
3. Appendicectomy 2004.
4. No alcohol or substance misuse recorded. Non-smoker. BMI 23.
5. No referrals pending.

Yours faithfully,
Dr Helen Marsh MBChB MRCGP
Riverside Surgery, Bristol
""")
    return M("STRICTLY_CONFIDENTIAL", "en", "doctor",
             "UK GP's attending physician statement (hypothyroidism, past anxiety with sertraline) quoted in an internal underwriting forward",
             s.a, [S("laub").a],
             "FW: Attending Physician Statement - Ms Charlotte Pryce, DOB 22/06/1986",
             dt(3, 4, 8, 40),
             Text(body, charset="us-ascii", cte="7bit"),
             headers=OUTLOOK_EN)


@mail
def group_accident_hr_wrist():
    s = S("whitfield")
    text = T("""
Dear Claire,

Thank you for reporting the accident of your employee Mr Tomasz Wróbel under the group accident policy GUV-2020-0417 (Brightwater Logistics GmbH).

According to the accident report and the hospital letter he fell from a loading ramp on 12 January and fractured his right wrist (distal radius fracture), which was operated on the same day at Klinikum Nordstadt. He was an in-patient for four days.

Under your policy we will pay
- hospital daily benefit: 4 days x EUR 40 = EUR 160
- recovery benefit: 4 days x EUR 40 = EUR 160
directly to Mr Wróbel, as he asked us to. Any permanent impairment can only be assessed once treatment is finished; we will contact him directly about that in about a year.

Please note: for data protection reasons we will not send you further medical details. If he agrees, he can of course share them with you himself.

""") + s.en + FOOTER_EN
    html = html_doc(paras_html(text))
    return M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-company",
             "group accident policy: named employee's wrist fracture, surgery and hospital benefit, written to the employer's HR",
             s.a, [("Claire Duval", "c.duval@brightwater-logistics.example")],
             "Group accident policy GUV-2020-0417 - accident of 12 January",
             dt(1, 29, 13, 50),
             Alt(Text(text), Text(html, subtype="html")),
             headers=OUTLOOK_EN)


@mail
def death_claim_beneficiary_canada():
    s = S("renner")
    body = T("""
Dear Mrs Haverford,

Thank you for informing us of the death of your mother, Mrs Gisela Haverford (née Brunner), on 2 February 2026 in Hamilton, Ontario. Please accept our sincere condolences.

You are named as the sole beneficiary of her life policy L-2024-0110382 (sum assured EUR 60,000). As the policy started less than three years ago, we need a few more documents than usual before we can pay:

1. a certified copy of the death certificate (an English or French certificate is fine, no translation needed),
2. a medical certificate stating the cause of death - your mother's family doctor or the hospital can complete our form "Medical Certificate of Death", attached to our letter by post,
3. the completed claimant's statement with your bank details; for a Canadian account please give the SWIFT/BIC and full account number,
4. a copy of your passport.

You mentioned on the phone that your mother had been treated for pancreatic cancer since last summer. That will be covered by the medical certificate; we may then ask her doctors whether the illness was known when she applied in 2024. This is a routine check and not a sign that we doubt your claim.

""") + s.en + FOOTER_EN
    return M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "life death claim to the beneficiary: deceased named with maiden name, pancreatic cancer, contestability check, payout requirements",
             s.a, [("Linda Haverford", "linda.haverford@northmail.example")],
             "Life policy L-2024-0110382 - your claim",
             dt(2, 13, 16, 15),
             Text(body),
             headers=OUTLOOK_EN)


@mail
def ip_claim_decision_solicitor():
    s = S("vossberg")
    body = T("""
Dear Mr Holt,

Re: your client Mr Gareth Llewellyn - disability policy BU 8802 1146 27

Thank you for your letter of 12 February. Please find attached our decision letter of today, which has also been sent to your client.

In short: the independent assessment by Dr Ruth Adeyemi (internal medicine) confirms chronic fatigue syndrome (ME/CFS, G93.3), but on the basis of the activity diary and the functional capacity evaluation she concludes that your client can currently carry out about 60 % of his last occupation as an accountant (home-office, flexible hours). The policy threshold of 50 % disability is therefore not reached.

We appreciate that your client sees this differently. We have offered a further assessment in six months, and your client may also ask the ombudsman to review the decision, free of charge.

""") + s.en + FOOTER_EN
    letter = pdf([
        "Decision on your claim for disability benefit",
        "",
        "Policyholder / insured person: Gareth Llewellyn, date of birth 30 August 1979",
        "Policy: BU 8802 1146 27 (disability pension EUR 2,400 per month)",
        "",
        "Dear Mr Llewellyn,",
        "we have completed the assessment of your claim dated 4 September 2025.",
        "",
        "Medical findings: chronic fatigue syndrome (G93.3) since an Epstein-Barr virus infection",
        "in 2024; post-exertional malaise; sleep disturbance. No psychiatric comorbidity.",
        "Functional capacity evaluation (9 December 2025): sedentary work possible for about",
        "5 hours per day with breaks.",
        "",
        "Result: degree of occupational disability 40 %. The contractual threshold of 50 % is not met,",
        "so no benefit is payable at present. We will pay for a re-assessment in September 2026.",
        "",
        "Kassel, 23 February 2026",
    ], title="Decision BU 8802 1146 27", author="Disability Claims")
    return M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-lawyer",
             "disability claim decision to the claimant's solicitor: ME/CFS (G93.3), assessor's findings, degree of disability; PDF decision with DOB",
             s.a, [("Adrian Holt", "a.holt@holt-finch.example")],
             "Your client Mr Llewellyn - our decision",
             dt(2, 23, 15, 31),
             Mixed(Text(body), Att(letter, PDF_CT, "Decision_BU_8802_1146_27.pdf")),
             headers=OUTLOOK_EN)


@mail
def care_allowance_dementia_son():
    s = S("demir")
    body = T("""
Dear Mr Berger,

Thank you for your e-mail. I am sorry to hear about your mother's diagnosis.

To answer your questions: the care insurance of your mother (PZ 330 1186) pays the monthly care benefit once the statutory care insurer has granted a care level. A diagnosis alone is not enough. Please ask her statutory care fund for an assessment as soon as possible; we can pay from the date of that application.

As you hold a power of attorney, you can send us the decision on her behalf. Please include a copy of the power of attorney with it.

Kind regards
Aylin Demir
Long-term Care Benefits

-----Original Message-----
From: Daniel Berger <daniel.berger@inbox-uk.example>
Sent: Tuesday, March 10, 2026 7:02 PM
To: pflege@auenwald-versicherung.example
Subject: My mother Ingrid Berger - care insurance

Hello,

my mother Ingrid Berger (born 1949) has a care policy with you. Last week the memory clinic diagnosed Alzheimer's disease, early to moderate stage. She is still living alone in Goettingen but forgets to eat and has left the stove on twice. I live in Leeds and can only visit once a month. We are now looking at a day care centre and a nursing service.

Does her policy pay anything now? Sorry for writing in English, my German is rusty.

Best regards,
Daniel Berger
""")
    return M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "care insurance reply to the son holding power of attorney; quoted mail states the mother's Alzheimer's diagnosis and her care situation",
             s.a, [("Daniel Berger", "daniel.berger@inbox-uk.example")],
             "RE: My mother Ingrid Berger - care insurance",
             dt(3, 11, 10, 5),
             Text(body, charset="us-ascii", cte="7bit"),
             headers=OUTLOOK_EN, in_reply_to="<DB7P190MB0412.berger@inbox-uk.example>")


@mail
def smoker_reclassification_premium():
    s = S("hollmann")
    body = T("""
Dear Mr Sullivan,

Thank you for letting us know that you have been smoking again since last year (about 10 cigarettes a day). We appreciate your honesty.

As agreed on the phone, we have changed your term life policy L-2021-0067205 from the non-smoker to the smoker rate with effect from 1 April 2026. The cover stays the same (EUR 300,000 until 2046).

Monthly premium until 31 March 2026: €38.20
Monthly premium from 1 April 2026: €61.75

If you stop smoking for at least 12 months, you can ask us to switch back to the non-smoker rate. We will then ask you to confirm this and may request a cotinine test.

The new policy schedule will follow by post.

""") + s.en + FOOTER_EN
    return M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "life policy change of a named customer: smoker status (health-related) and new premium",
             s.a, [("Patrick Sullivan", "patrick.sullivan@mailbox.example")],
             "Your life policy L-2021-0067205 - new premium from 1 April",
             dt(3, 16, 12, 0),
             Text(body),
             headers=OUTLOOK_EN)


@mail
def uw_case_notes_bmi_internal():
    s = S("okafor")
    body = T("""
Hi all,

for Thursday's case round, Gallagher (BU-A-2026-012270, BU EUR 2,000 + term life 200k):

- Aoife Gallagher, 36, physiotheraptist, Dublin office referal
- BMI 34.6 (168 cm / 97.6 kg)
- BP at exam 152/96 and 148/94, on ramipril 5 mg since 2024
- HbA1c 5.9 % (prediabetic range), lipids ok
- knee: meniscus repair left 2021, full recovery

My proposal: life +50 %, BU +75 % with no exclusion. Alternative would be BU standard plus exclusion for the knee, but with the BP and weight I don't think the knee is the real risk. Opinions?

Miriam
""")
    return M("STRICTLY_CONFIDENTIAL", "en", "internal",
             "internal underwriting case notes: named applicant's BMI, blood pressure, medication, HbA1c and proposed ratings",
             s.a, [("Underwriting Life & BU", "uw-team@" + DOM)],
             "Case round Thu - Gallagher",
             dt(3, 17, 17, 12),
             Text(body, charset="us-ascii", cte="7bit"),
             headers=OUTLOOK_EN)


@mail
def forwarded_customer_discharge_rfc822():
    s = S("graebner")
    orig_text = T("""
Hello,

please find below the discharge summary from the hospital. I tore my ACL skiing in Austria on 31 January (accident policy UV-61 880 305). The operation was done on 6 February in Kassel.

---
Discharge summary, Department of Orthopaedics and Trauma Surgery
Patient: Raj Malhotra, born 19/03/1987
Diagnosis: Rupture of the anterior cruciate ligament, left knee (S83.53), medial meniscus tear
Procedure: arthroscopic ACL reconstruction with semitendinosus graft, partial meniscectomy
Course: uneventful. Discharged 08/02/2026 on crutches, partial weight bearing 20 kg for 2 weeks, brace 0-90 degrees.
Medication: ibuprofen 600 mg up to three times a day, enoxaparin 40 mg s.c. for 14 days.
Follow-up: physiotherapy 3x weekly, clinic review in 6 weeks.
---

Can you tell me what I can claim? I will be off work for at least 8 weeks.

Thanks,
Raj Malhotra
""")
    orig = inner(("Raj Malhotra", "raj.malhotra@mailbox.example"),
                 [("Auenwald Unfall-Leistung", "unfall-leistung@" + DOM)],
                 "Accident claim - knee operation", dt(2, 9, 21, 33),
                 Text(orig_text, charset="us-ascii", cte="7bit"))
    body = T("""
Derya,

see the attached mail from Mr Malhotra. ACL reconstruction, off work 8+ weeks, he is a warehouse supervisor. Policy includes rehab management - could you call him this week? I'll pay the hospital cash in the meantime.

Stefan
""")
    return M("STRICTLY_CONFIDENTIAL", "en", "customer",
             "customer's mail forwarded as message/rfc822: hospital discharge summary with ACL rupture (S83.53), surgery and medication",
             s.a, [S("yildiz").a],
             "FW: Accident claim - knee operation",
             dt(2, 10, 8, 20),
             Mixed(Text(body, charset="us-ascii", cte="7bit"), Rfc822(orig, "Accident claim - knee operation.eml")),
             headers=OUTLOOK_EN)


@mail
def hospital_cash_statement_html_only():
    rows = [["Benefit", "Period", "Days", "Rate", "Amount"],
            ["Hospital daily benefit", "14-18 Feb 2026", "5", "EUR 75.00", "EUR 375.00"],
            ["Recovery benefit", "19-23 Feb 2026", "5", "EUR 75.00", "EUR 375.00"],
            ["Total", "", "", "", "EUR 750.00"]]
    html = html_doc(T("""
<p>Dear Ms Carter,</p>
<p>we have settled your claim under accident policy <b>UV-64 902 118</b> for your stay at St. Elisabeth Hospital, Kassel, after the cycling accident on 14 February 2026 (concussion and fractured collarbone, treated conservatively).</p>
""") + html_table(rows) + T("""
<p>The amount will be transferred to your account ending in 4471 within three working days.</p>
<p>If you have lasting problems after the injury, for example with your shoulder, please let us know within 15 months of the accident so that we can check a disability benefit.</p>
<p>Kind regards<br>Accident Claims Team<br>Auenwald Allgemeine Versicherung AG</p>
<p style="font-size:8pt;color:#777">Auenwald Allgemeine Versicherung AG, Auenwaldallee 1-5, 34117 Kassel, Germany. Local Court Kassel HRB 99136.</p>
"""), title="Claim settlement")
    return M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "HTML-only base64 statement: accident hospital benefit with concussion and fractured collarbone, payment table",
             FN_ADDR["unfall"], [("Emily Carter", "emily.carter@northmail.example")],
             "Claim settlement - accident of 14 February",
             dt(2, 26, 9, 0),
             Text(html, subtype="html", cte="base64"),
             headers=[("X-Mailer", "Auenwald Korrespondenz 4.2")])


@mail
def group_life_beneficiaries_csv():
    s = S("whitfield")
    body = T("""
Dear Mr Lindqvist,

as requested, attached is the current list of beneficiary nominations under your group life scheme GL-2022-0031 (Nordlicht Software GmbH), as at 28 February 2026.

Two employees (rows 4 and 7) have not yet nominated anyone - in that case the benefit would go to the estate. Perhaps you could remind them; the form is on the intranet page we set up for you.

Please keep the list within HR.

""") + s.en + FOOTER_EN
    rows = [["employee_no", "name", "date_of_birth", "cover_EUR", "beneficiary", "relationship", "share"],
            ["1004", "Johanna Albers", "1985-03-12", "150000", "Tim Albers", "spouse", "100%"],
            ["1011", "Marek Novak", "1979-09-30", "180000", "Lucie Novak; Tomas Novak", "children", "50%/50%"],
            ["1017", "Aisha Rahman", "1992-01-08", "120000", "", "", ""],
            ["1023", "Erik Sandberg", "1988-07-21", "150000", "Maja Holm", "partner", "100%"],
            ["1031", "Paolo Greco", "1975-11-02", "210000", "Giulia Greco", "spouse", "100%"],
            ["1036", "Nina Weber", "1995-04-17", "120000", "", "", ""],
            ["1040", "Samuel Osei", "1983-12-25", "150000", "Akua Osei", "spouse", "100%"]]
    return M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-company",
             "group life (personal line) beneficiary list for an employer: employees' names, birth dates, cover and beneficiaries in CSV",
             s.a, [("Henrik Lindqvist", "hr@nordlicht-software.example")],
             "Group life GL-2022-0031 - beneficiary nominations",
             dt(3, 2, 14, 44),
             Mixed(Text(body), Text(csv_text(rows, delimiter=";"), subtype="csv", charset="utf-8",
                                    cte="base64", filename="GL-2022-0031_beneficiaries.csv")),
             headers=OUTLOOK_EN)


@mail
def paramedical_exam_appointment_ics():
    s = S("scholz")
    body = T("""
Dear Ms Bennett,

as discussed, a nurse from our examination partner MedExam Services will visit you at home for the paramedical examination for your life insurance application (LV-A-2026-005518):

Date: Tuesday, 24 March 2026, 7:30 am
Address: Wilhelmshöher Allee 210, 34119 Kassel

Please note:
- Please do not eat for 8 hours before the visit (water is fine), because a fasting blood sample will be taken.
- Have a list of your current medication ready - you mentioned the contraceptive pill and an inhaler for exercise-induced asthma.
- Please have your ID card or passport ready.

The visit takes about 30 minutes. A calendar entry is attached.

""") + s.en + FOOTER_EN
    cal = ics("lv-a-2026-005518-exam@" + DOM, dt(3, 24, 7, 30), dt(3, 24, 8, 0),
              "Paramedical examination (life insurance application)",
              location="Wilhelmshöher Allee 210, 34119 Kassel",
              description="Nurse visit by MedExam Services. Fasting blood sample - no food 8 hours before. Bring ID and medication list.",
              organizer=("Ben Scholz", S("scholz").addr),
              attendees=[("Olivia Bennett", "olivia.bennett@mailbox.example")])
    return M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-applicant",
             "life application of a named person: paramedical exam at home, fasting blood test, her medication and asthma; ICS invite",
             s.a, [("Olivia Bennett", "olivia.bennett@mailbox.example")],
             "Your medical examination on 24 March",
             dt(3, 13, 11, 25),
             Mixed(Text(body), Text(cal, subtype="calendar", charset="utf-8", cte="quoted-printable",
                                    filename="medical_exam.ics")),
             headers=OUTLOOK_EN)


@mail
def ms_claim_ack_base64():
    body = T("""
Dear Mr Osei,

Thank you for your claim for disability benefit under policy BU 4470 9125 63, which we received on 9 March 2026.

We have noted that your neurologist confirmed relapsing-remitting multiple sclerosis (G35.1) in November 2025 and that you have been unable to work as a bus driver since then, mainly because of visual disturbances and fatigue.

Your claim is being handled by Dr Katrin Vossberg. She will contact you within the next two weeks. In the meantime, please send us the reports of your neurologist and the MRI findings, if you have them.

Kind regards
Disability Claims Team
Auenwald Lebensversicherung AG
""") + FOOTER_EN
    return M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
             "subject says only 'Your documents'; base64 body confirms a disability claim for multiple sclerosis (G35.1) of a named bus driver",
             FN_ADDR["bu"], [("Kwame Osei", "kwame.osei@mailbox.example")],
             "Your documents",
             dt(3, 12, 9, 48),
             Text(body, cte="base64"),
             headers=[("X-Mailer", "Auenwald Korrespondenz 4.2")])


@mail
def surveillance_instruction_investigator():
    s = S("graebner")
    body = T("""
Dear Mr Dunmore,

Following our call, we instruct Clearview Investigations to carry out a discreet observation in the following accident claim:

Claimant: Mr Victor Lindgren, born 11.04.1976
Address: Brüder-Grimm-Straße 31, 34246 Vellmar
Policy: UV-70 447 912, claim U-2025-05518
Claimed: 70 % permanent impairment after a lumbar spine fracture (L1) in a fall from a scaffold in May 2025. He reports that he cannot walk more than 200 m, cannot lift anything and is unable to drive.

We have received an anonymous tip that he plays tennis twice a week and works on a building site. Please observe on up to 4 days in March, in public places only, and document activities that contradict the stated restrictions. Please observe the legal limits strictly (no recording in private areas, proportionality).

Budget: EUR 4,800 including report. Please send your report via our secure portal only.

""") + s.en + FOOTER_EN
    return M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-supplier",
             "surveillance order to an investigator: named accident claimant with DOB and address, spinal fracture and claimed impairment",
             s.a, [("Paul Dunmore", "p.dunmore@clearview-investigations.example")],
             "Instruction - claim U-2025-05518",
             dt(3, 5, 13, 14),
             Text(body),
             headers=OUTLOOK_EN)


@mail
def suicide_clause_estate_lawyer():
    s = S("petersen")
    body = T("""
Dear Ms Stone,

Re: Estate of the late Mr Adrian Kessler - life policy L-2019-0052306

Thank you for your letter of 2 March on behalf of the executors.

We can confirm that the police report and the coroner's findings you sent state suicide as the cause of death on 17 January 2026. Under § 161 of the German Insurance Contract Act, the insurer is released from liability for suicide only if it occurs within three years of the conclusion of the contract. Mr Kessler's policy was taken out on 1 October 2019, so the waiting period had long expired.

We will therefore pay the full death benefit of EUR 175,000 to the named beneficiary, Ms Sarah Kessler, as soon as we have her bank details. The executors do not need to take any further action.

Please pass on our condolences to the family.

""") + s.en + FOOTER_EN
    return M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-lawyer",
             "life death claim: cause of death (suicide) of a named insured, three-year clause, payment to named beneficiary - to estate lawyer",
             s.a, [("Rebecca Stone", "r.stone@stone-legal.example")],
             "Estate of Mr Adrian Kessler - policy L-2019-0052306",
             dt(3, 9, 16, 2),
             Text(body),
             headers=OUTLOOK_EN)


@mail
def mallorca_doctor_mixed():
    s = S("graebner")
    body = T("""
Dear Dr Ferrer,

Our policyholder, Mrs Heike Brandl (born 08/05/1972), was treated at your clinic after an accident on 16 February 2026 (fall on a hiking trail near Sóller). She has authorised you to share her medical information with us; the signed authorisation is attached to my previous e-mail.

Could you please send us:
1. the medical report with diagnosis and treatment (as far as we understand: tibial plateau fracture, right, treated surgically on 17 February),
2. the final invoice of the clinic, so that we can settle it directly with you.

English or Spanish is fine.

Thank you in advance and kind regards
Stefan Gräbner
Accident Claims, Auenwald Allgemeine Versicherung AG

-----Ursprüngliche Nachricht-----
Von: Yıldız, Derya
Gesendet: Donnerstag, 19. Februar 2026 10:02
An: Gräbner, Stefan
Betreff: Brandl UV-62 155 730 – Mallorca

Stefan, Tochter von Frau Brandl hat angerufen: Tibiakopffraktur rechts, OP am 17.02. in der Clínica Son Verí in Palma, Rücktransport evtl. nächste Woche liegend. Die Klinik will eine Kostenübernahme, sonst keine Entlassung. Kannst Du bitte direkt mit Dr. Ferrer schreiben? Ansprechpartner dort spricht Englisch.
Danke, Derya
""")
    return M("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-doctor",
             "English request to a Spanish clinic for a medical report of a named accident victim (DOB, tibial plateau fracture); German internal note quoted",
             s.a, [("Dr. Miguel Ferrer", "m.ferrer@clinica-sonveri.example")],
             "Mrs Heike Brandl - accident of 16 February 2026",
             dt(2, 19, 10, 48),
             Text(body),
             headers=OUTLOOK_EN)


@mail
def longcovid_report_mixed():
    s = S("vossberg")
    body = T("""
Henning,

anbei der englische Bericht aus Utrecht zu Herrn de Vries (BU 6630 2289 14). Kurz meine Punkte:
- Diagnose U09.9 (Post-COVID) plus PEM, Fatigue-Score hoch – passt zur Schilderung im Leistungsantrag.
- Kein neuropsych. Testbefund beigefügt, nur Fragebögen. Brauchen wir den?
- Er ist Projektleiter im Außendienst (60 % Reisetätigkeit). Ich sehe BU > 50 % eher als plausibel.

Deine Einschätzung bis Mittwoch wäre super.
Katrin

---------- Forwarded message ---------
From: Dr. Anouk Visser <a.visser@postcovid-utrecht.example>
Date: Mon, 2 Mar 2026 at 11:15
Subject: Medical report - Mr Pieter de Vries, DOB 17-08-1983
To: <leistung-bu@auenwald-versicherung.example>

Dear colleagues,

At the request of our patient Mr Pieter de Vries we provide the following report.

Diagnosis: Post-COVID-19 condition (U09.9) following SARS-CoV-2 infection in October 2024, with post-exertional malaise, cognitive dysfunction ("brain fog") and orthostatic intolerance (POTS criteria met on active standing test, HR increase 34 bpm).

Course: Since January 2025 the patient has been unable to work more than 2 hours per day. Pacing strategies and low-dose ivabradine gave partial improvement of palpitations. Graded exercise was discontinued after deterioration.

Assessment: At present the patient is not able to sustain full-time cognitive work or travel. Prognosis is uncertain; improvement within the next 12 months is possible but not likely to exceed 50 % capacity.

Kind regards,
Dr. Anouk Visser, internist
Post-COVID Outpatient Clinic Utrecht
""")
    return M("STRICTLY_CONFIDENTIAL", "mixed", "doctor",
             "German internal comments above a forwarded English specialist report: Long COVID (U09.9), POTS, work capacity of a named BU claimant",
             s.a, [S("laub").a],
             "WG: Medical report - Mr Pieter de Vries, DOB 17-08-1983",
             dt(3, 3, 7, 58),
             Text(body, cte="8bit", flowed=True),
             headers=TBIRD)


@mail
def broker_postponement_lymphoma_mixed():
    s = S("okafor")
    text = T("""
Hallo Frau Mitchell,

kurze Rückmeldung zum BU-Antrag von Herrn Connor Walsh (A-BU-2026-008815) – below in English for your client, as you asked.

Wir müssen den Antrag leider zurückstellen. Nach dem Arztbericht der Onkologie wurde bei Herrn Walsh im Juni 2025 ein Hodgkin-Lymphom (Stadium IIA) diagnostiziert; die Chemotherapie (ABVD, 4 Zyklen) endete im Dezember 2025. Vor Ablauf von 12 Monaten nach Therapieende können wir keine Entscheidung treffen.

English summary for Mr Walsh:
We are sorry, but we have to postpone the application. Following your treatment for Hodgkin lymphoma, which ended in December 2025, we can review the application again from January 2027, provided the follow-up scans remain clear. We will then need the latest oncology report. This is not a final decline.

Viele Grüße / kind regards
Miriam Okafor
Risikoprüfung Leben/BU
""") + FOOTER_DE
    html = html_doc(paras_html(text))
    return M("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-broker",
             "bilingual underwriting decision to a broker: named applicant postponed after Hodgkin lymphoma and chemotherapy",
             s.a, [("Sarah Mitchell", "s.mitchell@thames-main-finanz.example")],
             "BU-Antrag Walsh – Zurückstellung / postponement",
             dt(3, 19, 11, 11),
             Alt(Text(text), Text(html, subtype="html")),
             headers=OUTLOOK)

# ---------------------------------------------------------------------------
# CONFIDENTIAL, German
# ---------------------------------------------------------------------------

THIEL = P("Marion Thiel", "marion.thiel", T("""
Mit freundlichen Grüßen

Marion Thiel
Rechtsschutz-Schaden
Auenwald Allgemeine Versicherung AG
Tel. 0561 7013-5710
"""), T("""
Kind regards

Marion Thiel
Legal Expenses Claims
Auenwald Allgemeine Versicherung AG
Tel. +49 561 7013-5710
"""))


@mail
def hausrat_einbruch_stehlgutliste():
    s = S("uhlig")
    body = T("""
Sehr geehrter Herr Strauß,

wir bestätigen den Eingang Ihrer Schadenmeldung zum Einbruch in Ihre Wohnung in der Goethestraße 41, 34119 Kassel, am 14.02.2026.

Schaden-Nr.: S-2026-004 1187
Vertrag: Hausratversicherung HR-3 448 120
Polizeiliches Aktenzeichen: 0214-26-117734 (Polizeirevier Mitte)

Damit wir den Schaden schnell regulieren können, benötigen wir noch:
- die Stehlgutliste, die Sie bei der Polizei eingereicht haben (Kopie genügt),
- Kaufbelege oder Fotos zu den gestohlenen Gegenständen, insbesondere Laptop, Kamera und Schmuck,
- einen Kostenvoranschlag für die Reparatur der Wohnungstür, falls Ihr Vermieter diese nicht selbst übernimmt.

Für den Schmuck gilt in Ihrem Tarif eine Entschädigungsgrenze von 20 % der Versicherungssumme außerhalb eines Tresors – bei 65.000 € also höchstens 13.000 €.

""") + s.de + FOOTER_DE
    return M("CONFIDENTIAL", "de", "insurer-to-customer",
             "household burglary claim of a named customer: address, claim and policy numbers, police reference",
             s.a, [("Florian Strauß", "florian.strauss@webpost.example")],
             "Ihre Schadenmeldung S-2026-004 1187 – Einbruchdiebstahl",
             dt(2, 16, 10, 22),
             Text(body),
             headers=OUTLOOK)


@mail
def phv_smartphone_nachbarin():
    s = S("uhlig")
    ib = iban_de("50050201", "1204778350")
    body = T("""
Sehr geehrte Frau Schöne,

zu dem Schaden aus Ihrer Privathaftpflichtversicherung PH-2 907 611 (Schaden-Nr. S-2026-002 0931): Sie haben beim Umzug am 24.01. das Smartphone Ihrer Nachbarin, Frau Katja Reimers, vom Treppengeländer gestoßen.

Wir haben den Schaden nach Zeitwert reguliert. Das Gerät war 14 Monate alt; wir zahlen 379,00 € direkt an Frau Reimers auf ihr Konto %s. Eine Selbstbeteiligung ist in Ihrem Vertrag nicht vereinbart.

Damit ist der Fall für Sie erledigt. Ihr Vertrag bleibt unverändert.

""" % grp(ib)) + s.de + FOOTER_DE
    return M("CONFIDENTIAL", "de", "insurer-to-customer",
             "private liability claim: named customer and named third party with IBAN; property damage only",
             s.a, [("Mira Schöne", "mira.schoene@hessennet.example")],
             "Ihr Haftpflichtschaden vom 24.01.2026",
             dt(2, 4, 14, 35),
             Text(body),
             headers=OUTLOOK)


@mail
def sepa_mandat_wohngebaeude():
    s = S("kowalczyk")
    ib = iban_de("52050353", "0001187744")
    body = T("""
Sehr geehrter Herr Hallmann,

vielen Dank für die Erteilung des SEPA-Lastschriftmandats. Wir haben Ihre neue Bankverbindung für die Wohngebäudeversicherung WG-4 771 203 (Risikoort Am Schäferberg 14, 34212 Melsungen) gespeichert:

Kontoinhaber: Dieter Hallmann
IBAN: %s
Mandatsreferenz: WG4771203-0002
Gläubiger-Identifikationsnummer: DE71ZZZ00000998877

Der nächste Jahresbeitrag von 684,30 EUR wird am 01.04.2026 eingezogen. Die Vorabinformation (Pre-Notification) gilt mit dieser Nachricht als erteilt.

""" % grp(ib)) + s.de + FOOTER_DE
    return M("CONFIDENTIAL", "de", "insurer-to-customer",
             "SEPA mandate confirmation for a buildings policy: named customer, full IBAN, insured address",
             s.a, [("Dieter Hallmann", "d.hallmann@kabelmail.example")],
             "Bestätigung SEPA-Lastschriftmandat",
             dt(3, 5, 8, 3),
             Text(body, charset="iso-8859-1"),
             headers=OUTLOOK)


@mail
def kfz_evb_neuwagen():
    s = S("koehler")
    body = T("""
Hallo Frau Maier,

wie gewünscht hier Ihre elektronische Versicherungsbestätigung für die Zulassung Ihres neuen Fahrzeugs:

eVB-Nummer: A7K3M9P
Fahrzeug: VW ID.3 Pro, FIN WVWZZZE1ZPP041877
Halterin: Larissa Maier, Fuldatalstraße 7, 34125 Kassel
Tarif: Kfz-Haftpflicht + Vollkasko 300 € SB, SF 7 (übernommen aus Vertrag KF-9 204 113)

Die eVB ist 6 Monate gültig. Das Kennzeichen tragen wir nach der Zulassung automatisch ein, dafür müssen Sie nichts tun.

Gute Fahrt!

""") + s.de + FOOTER_DE
    return M("CONFIDENTIAL", "de", "insurer-to-customer",
             "motor: eVB number, VIN, address and no-claims class of a named customer",
             s.a, [("Larissa Maier", "larissa.maier@funkpost.example")],
             "Ihre eVB-Nummer für die Zulassung",
             dt(1, 22, 9, 18),
             Text(body),
             headers=OUTLOOK)


@mail
def provisionsabrechnung_einzelmakler_xlsx():
    s = S("marquardt")
    ib = iban_de("52060410", "0007731002")
    body = T("""
Hallo Herr Hoffmann,

anbei Ihre Provisionsabrechnung für das 1. Quartal 2026. Die Auszahlung von 18.412,66 € erfolgt zum 15.04.2026 auf Ihr hinterlegtes Konto

Versicherungsmakler Jens Hoffmann e.K., IBAN %s

Ihre Steuernummer 026 812 30417 ist für die Gutschriftsabrechnung hinterlegt; die Provisionen sind nach § 4 Nr. 11 UStG umsatzsteuerfrei.

In der Übersicht sind nur die Summen je Sparte ausgewiesen. Die Einzelnachweise je Vertrag finden Sie wie gewohnt in der Elektronischen Vermittlerpost.

""" % grp(ib)) + s.de + FOOTER_DE
    wb = xlsx([("Q1 2026", [
        ["Provisionsabrechnung Q1 2026", "", "", ""],
        ["Vermittler", "Versicherungsmakler Jens Hoffmann e.K.", "Vermittlernr.", "40-7718"],
        ["", "", "", ""],
        ["Sparte", "Abschlussprovision EUR", "Bestandsprovision EUR", "Stornoreserve EUR"],
        ["Leben/Rente", 9840.00, 1212.40, -984.00],
        ["Berufsunfähigkeit", 6120.00, 402.10, -612.00],
        ["Unfall", 780.00, 311.76, 0],
        ["Sach/Haftpflicht", 644.00, 698.40, 0],
        ["Summe", 17384.00, 2624.66, -1596.00],
        ["Auszahlung", 18412.66, "", ""],
    ])], title="Provisionsabrechnung Q1 2026", author="Provisionsabrechnung")
    return M("CONFIDENTIAL", "de", "insurer-to-broker",
             "grey: commission statement for a sole-trader broker (natural person): income, IBAN, tax number; totals per line only, no customers",
             s.a, [("Jens Hoffmann", "hoffmann@makler-hoffmann.example")],
             "Provisionsabrechnung Q1/2026",
             dt(4, 8, 16, 20),
             Mixed(Text(body), Att(wb, XLSX_CT, "Provision_Q1-2026_40-7718.xlsx")),
             headers=OUTLOOK)


@mail
def gehaltsanpassung_mitarbeiter():
    s = S("brueckner")
    body = T("""
Hallo Timo,

wie im Jahresgespräch mit Frau Engel besprochen, hier die schriftliche Bestätigung vorab (das unterschriebene Schreiben kommt per Hauspost):

Ab 01.04.2026 wirst Du in Tarifgruppe 6, Stufe 3 eingruppiert. Dein monatliches Bruttogehalt steigt damit von 4.415 € auf 4.860 €. Die Zulage für die Teamkoordination (180 € brutto) bleibt unverändert bestehen.

Glückwunsch – verdient!

Bei Fragen zur Abrechnung melde Dich gern bei mir.

""") + s.de
    return M("CONFIDENTIAL", "de", "internal",
             "HR to an employee: salary increase with old and new gross salary (income)",
             s.a, [("Timo Lange", "timo.lange@" + DOM)],
             "Deine Gehaltsanpassung ab April",
             dt(3, 20, 11, 47),
             Text(body),
             headers=OUTLOOK)


@mail
def bewerbung_einladung_gehaltswunsch():
    s = S("brueckner")
    body = T("""
Sehr geehrte Frau Özdemir,

vielen Dank für Ihre Bewerbung als Sachbearbeiterin Vertragsservice (Kennziffer 2026-014). Ihre Unterlagen haben uns gefallen, und wir laden Sie gern zu einem Gespräch ein:

Donnerstag, 5. März 2026, 10:00 Uhr
Auenwaldallee 3, Raum 2.14 (Empfang im Foyer)

Gesprächspartner sind Frau Hollmann (Teamleitung) und ich.

Zu Ihrem Gehaltswunsch von 52.000 € brutto jährlich: Die Stelle ist in Tarifgruppe 5 eingruppiert, das entspricht bei Ihrer Berufserfahrung etwa 49.800 € plus 13. Gehalt und Sonderzahlung. Darüber können wir im Gespräch gern sprechen.

Eine Kalendereinladung liegt bei. Bitte bestätigen Sie uns kurz den Termin.

""") + s.de + FOOTER_DE
    cal = ics("bewerbung-2026-014-oezdemir@" + DOM, dt(3, 5, 10, 0), dt(3, 5, 11, 0),
              "Vorstellungsgespräch Auenwald Versicherungen",
              location="Auenwaldallee 3, Raum 2.14, 34117 Kassel",
              organizer=("Nadine Brückner", S("brueckner").addr),
              attendees=[("Jasmin Özdemir", "jasmin.oezdemir@mailhaus.example")])
    return M("CONFIDENTIAL", "de", "insurer-to-applicant",
             "job applicant: interview invitation quoting her salary expectation and the offered salary (income)",
             s.a, [("Jasmin Özdemir", "jasmin.oezdemir@mailhaus.example")],
             "Einladung zum Vorstellungsgespräch – Kennziffer 2026-014",
             dt(2, 20, 13, 12),
             Mixed(Text(body), Text(cal, subtype="calendar", charset="utf-8", cte="8bit",
                                    filename="Vorstellungsgespraech.ics")),
             headers=OUTLOOK)


@mail
def adressaenderung_geburtsdatum():
    s = S("koehler")
    body = T("""
Sehr geehrter Herr Kaltenbach,

Ihre neue Anschrift haben wir zum 01.03.2026 für alle Ihre Verträge übernommen:

Bernd Kaltenbach, geb. 12.05.1979
Kundennummer K-2004-118 553
neu: Brunnenweg 3a, 37213 Witzenhausen
bisher: Weserstraße 19, 34125 Kassel

Sie müssen nichts weiter tun. Bitte denken Sie daran, auch Ihrer Bank und dem Einwohnermeldeamt Bescheid zu geben, falls noch nicht geschehen.

""") + s.de + FOOTER_DE
    return M("CONFIDENTIAL", "de", "insurer-to-customer",
             "grey: address change of a named customer with birth date and customer number; no line of business named, so confidential not strict",
             FN_ADDR["service"], [("Bernd Kaltenbach", "bernd.kaltenbach@netzpost.example")],
             "Ihre Adressänderung",
             dt(2, 27, 8, 58),
             Text(body),
             headers=OUTLOOK)


@mail
def rechtsschutz_deckungszusage_arbeitsrecht_odt():
    s = THIEL
    body = T("""
Sehr geehrter Herr Rechtsanwalt Lorenz,

in der Sache Ihrer Mandantin Frau Nicole Baum ./. Hansa Logistik Nordhessen GmbH erteilen wir für die Kündigungsschutzklage vor dem Arbeitsgericht Kassel Deckungszusage für die erste Instanz. Die schriftliche Deckungszusage mit den Einzelheiten liegt bei.

""") + s.de + FOOTER_DE
    doc = odt([
        ("h", "Deckungszusage Rechtsschutz"),
        "Versicherungsnehmerin: Nicole Baum, Querallee 12, 34119 Kassel",
        "Vertrag: RS-7 330 018 (Privat-, Berufs- und Verkehrsrechtsschutz), Schaden-Nr. RS-2026-00377",
        "Gegner: Hansa Logistik Nordhessen GmbH",
        "Gegenstand: Kündigungsschutzklage gegen die ordentliche Kündigung vom 30.01.2026 zum 31.03.2026",
        ("b", "Umfang"),
        "Gebühren des Rechtsanwalts nach RVG für das Verfahren vor dem Arbeitsgericht Kassel (1. Instanz). Selbstbeteiligung 150 EUR.",
        "Gegenstandswert: drei Bruttomonatsgehälter, laut Mandantin je 3.900 EUR, somit 11.700 EUR.",
        "Bitte beachten Sie, dass in der ersten Instanz vor dem Arbeitsgericht keine Erstattung der Gegenkosten erfolgt (§ 12a ArbGG).",
        "Kassel, 09.02.2026",
    ], title="Deckungszusage RS-2026-00377", author="Marion Thiel")
    return M("CONFIDENTIAL", "de", "insurer-to-lawyer",
             "legal expenses cover for a named client's dismissal suit; ODT states her monthly gross salary and address",
             s.a, [("RA Kai Lorenz", "kanzlei@ra-lorenz-kassel.example")],
             "Deckungszusage – Baum ./. Hansa Logistik Nordhessen GmbH",
             dt(2, 9, 16, 3),
             Mixed(Text(body), Att(doc, ODT_CT, "Deckungszusage_RS-2026-00377.odt")),
             headers=OUTLOOK)


@mail
def leitungswasser_gutachter_termin():
    s = S("uhlig")
    body = T("""
Hallo Herr Klaas,

wie telefonisch besprochen, bitte einmal den Leitungswasserschaden bei unseren Versicherungsnehmern ansehen:

Eheleute Jörg und Sabine Eckhardt
Im Kirschgarten 22, 34225 Baunatal
Tel. 0561 5550 7781 (Frau Eckhardt, ab 14 Uhr)
Vertrag WG-4 802 117, Schaden-Nr. S-2026-003 3390

Bruch einer Warmwasserleitung im Estrich des Badezimmers im OG, Wasser bis in die Küche darunter. Trocknungsfirma ist seit 02.03. vor Ort. Fragen: Ursache, Schadenhöhe Gebäude, Angemessenheit der Trocknungskosten (Angebot 4.870 € liegt vor).

Termin am 12.03. um 14:30 ist mit Frau Eckhardt abgestimmt, Einladung anbei.

""") + s.de + FOOTER_DE
    cal = ics("s-2026-0033390-ortstermin@" + DOM, dt(3, 12, 14, 30), dt(3, 12, 16, 0),
              "Ortstermin Leitungswasserschaden Eckhardt (S-2026-003 3390)",
              location="Im Kirschgarten 22, 34225 Baunatal",
              organizer=("Ralf Uhlig", S("uhlig").addr),
              attendees=[("Harald Klaas", "buero@sv-klaas.example")])
    return M("CONFIDENTIAL", "de", "insurer-to-assessor",
             "buildings water-damage claim to a loss adjuster: named policyholders, address, phone, claim number; ICS",
             s.a, [("Harald Klaas", "buero@sv-klaas.example")],
             "Ortstermin 12.03. – Leitungswasser Eckhardt, Baunatal",
             dt(3, 4, 15, 10),
             Mixed(Text(body), Text(cal, subtype="calendar", charset="utf-8", cte="7bit",
                                    filename="Ortstermin_Eckhardt.ics")),
             headers=OUTLOOK)


@mail
def tierhalter_hundebiss_tierarzt():
    s = S("uhlig")
    ib = iban_de("52050353", "0220193405")
    body = T("""
Sehr geehrte Frau Reuter,

wir sind der Tierhalterhaftpflichtversicherer von Herrn Ludwig Brand, dessen Schäferhund am 28.01.2026 im Fuldapark Ihre Hündin Emma gebissen hat. Herr Brand hat den Vorfall gemeldet und seine Verantwortung nicht bestritten.

Die Tierarztrechnung der Tierklinik Kassel-Ost über 612,40 € (Wundversorgung unter Narkose, Antibiotikum, zwei Kontrollen) übernehmen wir vollständig. Die Zahlung geht an Ihr angegebenes Konto %s.

Sollten noch Folgekosten entstehen, reichen Sie die Rechnung bitte unter unserer Schadennummer S-2026-001 8852 ein.

""" % grp(ib)) + s.de + FOOTER_DE
    return M("CONFIDENTIAL", "de", "insurer-to-claimant",
             "grey: animal-holder liability claim - dog's vet treatment (animal health, not human), named third party and customer, IBAN",
             s.a, [("Anja Reuter", "anja.reuter@posteingang.example")],
             "Schadennummer S-2026-001 8852 – Tierarztkosten",
             dt(2, 17, 9, 40),
             Text(body),
             headers=OUTLOOK)


@mail
def drittschuldnererklaerung_pdf():
    s = S("petersen")
    body = T("""
Sehr geehrte Damen und Herren,

in der Zwangsvollstreckungssache Inkasso Weser GmbH ./. Sven Mahler erhalten Sie anbei unsere Drittschuldnererklärung nach § 840 ZPO zum Pfändungs- und Überweisungsbeschluss des Amtsgerichts Kassel vom 03.02.2026 (Az. 650 M 1182/26), zugestellt am 09.02.2026.

Das Original geht Ihnen zusätzlich per Post zu.

""") + s.de + FOOTER_DE
    doc = pdf([
        "Drittschuldnererklärung gemäß § 840 ZPO",
        "",
        "Gläubigerin: Inkasso Weser GmbH, vertreten durch RAe Meyer & Dorn, Bremen",
        "Schuldner: Sven Mahler, geb. 04.08.1984, Wolfhager Straße 140, 34127 Kassel",
        "Drittschuldnerin: Auenwald Allgemeine Versicherung AG",
        "PfÜB AG Kassel, Az. 650 M 1182/26, zugestellt am 09.02.2026",
        "",
        "1. Die Forderung wird nicht als begründet anerkannt; Zahlungsbereitschaft besteht nicht.",
        "2. Der Schuldner unterhält bei uns eine Hausratversicherung (HR-3 112 906) und eine",
        "   Privathaftpflichtversicherung (PH-2 440 581). Fällige Ansprüche des Schuldners gegen uns",
        "   bestehen zum Zeitpunkt der Zustellung nicht; künftige Entschädigungsleistungen aus der",
        "   Hausratversicherung werden von der Pfändung erfasst.",
        "3. Andere Personen machen keine Ansprüche geltend.",
        "4. Eine Pfändung wegen anderer Forderungen liegt vor: Finanzamt Kassel, 11.12.2025.",
        "",
        "Kassel, 18.02.2026          Auenwald Allgemeine Versicherung AG - Recht & Compliance",
    ], title="Drittschuldnererklärung 650 M 1182/26", author="Recht & Compliance")
    return M("CONFIDENTIAL", "de", "insurer-to-lawyer",
             "garnishment: third-party debtor statement naming the debtor with birth date, his non-life policies and another tax seizure (PDF)",
             s.a, [("RAe Meyer & Dorn", "zwangsvollstreckung@meyer-dorn.example")],
             "Drittschuldnererklärung – 650 M 1182/26 – Mahler",
             dt(2, 18, 12, 30),
             Mixed(Text(body), Att(doc, PDF_CT, "Drittschuldnererklaerung_650M1182-26.pdf")),
             headers=OUTLOOK)


@mail
def courtage_rueckforderung_storno():
    s = S("marquardt")
    ib_auen = iban_de("52040021", "0322000100")
    body = T("""
Hallo Frau Kühn,

im Februar sind zwei von Ihnen vermittelte Verträge (beide Sparte Sach, Kombi Hausrat/Glas) innerhalb der Haftungszeit storniert worden. Aus der Stornohaftung ergibt sich eine Rückforderung von 1.248,00 €.

Wir verrechnen den Betrag mit Ihrer Provision für März. Da Ihr Provisionsguthaben für März voraussichtlich nur 530 € beträgt, bitten wir um Überweisung des Restbetrags von 718,00 € bis 31.03.2026 auf unser Konto

Auenwald Allgemeine Versicherung AG, IBAN %s, Verwendungszweck: Storno Vermittler 40-9902

Alternativ können wir auch eine Ratenzahlung über drei Monate vereinbaren – geben Sie mir einfach Bescheid.

""" % grp(ib_auen)) + s.de + FOOTER_DE
    return M("CONFIDENTIAL", "de", "insurer-to-broker",
             "commission clawback of a sole-trader broker: her expected commission and debt (income); only the insurer's own IBAN",
             s.a, [("Martina Kühn", "info@versicherungen-kuehn.example")],
             "Stornohaftung – Rückforderung Provision",
             dt(3, 6, 10, 41),
             Text(body),
             headers=OUTLOOK)


@mail
def glasbruch_ceranfeld_iban():
    s = S("koehler")
    ib = iban_de("52060410", "0003310877")
    body = T("""
Sehr geehrter Herr Wendler,

die Rechnung für das neue Ceranfeld haben wir erhalten. Aus Ihrer Glasversicherung GL-1 550 284 erstatten wir die Kosten von 540,00 € abzüglich 0 € Selbstbeteiligung.

Die Überweisung geht heute raus auf:
Paul Wendler, IBAN %s

Ihr Beitrag ändert sich durch diesen Schaden nicht.

""" % grp(ib)) + s.de + FOOTER_DE
    return M("CONFIDENTIAL", "de", "insurer-to-customer",
             "glass insurance refund to a named customer with IBAN and policy number (windows-1252, 8bit)",
             s.a, [("Paul Wendler", "paul.wendler@funkpost.example")],
             "Erstattung Glasbruch – Ceranfeld",
             dt(1, 28, 11, 6),
             Text(body, charset="windows-1252", cte="8bit"),
             headers=OUTLOOK)


@mail
def ebike_diebstahl_rahmennummer():
    s = S("uhlig")
    text = T("""
Sehr geehrte Frau Lindner,

es tut uns leid, dass Ihr E-Bike gestohlen wurde. Ihre Meldung haben wir unter der Schadennummer S-2026-002 7716 (Hausrat HR-3 871 440 mit Fahrradbaustein) aufgenommen.

Ihre Angaben:
Fahrrad: Riese & Müller Charger4 GT, Rahmennummer WRM 2231 88A7
Kaufdatum / Preis: 14.05.2024, 5.899 €
Tatort / -zeit: Fahrradabstellanlage Bahnhof Wilhelmshöhe, 03.03.2026 zwischen 7:15 und 18:40 Uhr
Anzeige: Bundespolizei, Tagebuchnummer 0303-26-4471

Bitte schicken Sie uns noch den Kaufbeleg und die Rechnung bzw. ein Foto des Schlosses (Rahmen- oder Bügelschloss?). Nach Ablauf von vier Wochen ohne Wiederauffinden zahlen wir den Neuwert des Fahrrads abzüglich des vereinbarten Selbstbehalts von 150 €.

""") + s.de + FOOTER_DE
    html = html_doc(paras_html(text))
    return M("CONFIDENTIAL", "de", "insurer-to-customer",
             "bicycle theft under household policy: named customer, frame number, police reference, purchase price",
             s.a, [("Eva Lindner", "eva.lindner@mailhaus.example")],
             "Diebstahl Ihres E-Bikes – Schadennummer S-2026-002 7716",
             dt(3, 5, 16, 27),
             Alt(Text(text), Text(html, subtype="html")),
             headers=OUTLOOK)


@mail
def reisegepaeck_koffer_verloren():
    s = S("koehler")
    body = T("""
Guten Tag Herr Jankowski,

zu Ihrem verlorenen Koffer (Flug Frankfurt–Lissabon am 22.02.2026, PIR-Nummer LIS-TP 48812): Die Fluggesellschaft hat den Koffer nach 21 Tagen als endgültig verloren erklärt und Ihnen 650 € gezahlt.

Aus Ihrer Reisegepäckversicherung RG-5 220 913 erstatten wir den darüber hinausgehenden Zeitwert. Nach Ihrer Aufstellung ergibt sich ein Zeitwert von 1.140 €; abzüglich der Leistung der Airline zahlen wir 490 €.

Die Notkäufe am Urlaubsort (Kleidung, Kulturbeutel, 182,30 €) sind darin bereits enthalten.

Wir überweisen auf das Konto, von dem auch der Beitrag abgebucht wird (endend auf 0931).

""") + s.de + FOOTER_DE
    return M("CONFIDENTIAL", "de", "insurer-to-customer",
             "travel baggage claim of a named customer: flight, claim reference, amounts (no health content)",
             s.a, [("Moritz Jankowski", "moritz.jankowski@webpost.example")],
             "Ihr Reisegepäckschaden – Abrechnung",
             dt(3, 19, 14, 3),
             Text(body, charset="windows-1252"),
             headers=OUTLOOK)


@mail
def betriebshaftpflicht_baeckerei_tor():
    s = S("uhlig")
    body = T("""
Sehr geehrter Herr Sauer,

zum Schaden aus Ihrer Betriebshaftpflichtversicherung BH-8 013 772 (Bäckerei Sauer GmbH): Ihr Fahrer hat am 11.02.2026 beim Rangieren mit dem Lieferwagen (KS-BS 417) das Hoftor Ihres Nachbarn, Herrn Werner Ostheim, Mittelgasse 8 in Fuldabrück, beschädigt. Verletzt wurde niemand.

Der Schaden am Tor ist allerdings ein Kfz-Haftpflichtschaden, weil er beim Gebrauch des Fahrzeugs entstanden ist. Wir haben die Meldung deshalb intern an unsere Kfz-Schadenabteilung (Vertrag KF-9 661 004) weitergegeben; Sie müssen nichts weiter tun. Herr Ostheim erhält von dort eine Nachricht.

Ihr Schadenfreiheitsrabatt in der Kfz-Versicherung wird durch die Zahlung belastet, es sei denn, Sie erstatten uns den Betrag (Kostenvoranschlag: 1.870 €) innerhalb von sechs Monaten.

""") + s.de + FOOTER_DE
    return M("CONFIDENTIAL", "de", "insurer-to-company",
             "grey: company as policyholder with named managing director; named neighbour and address, vehicle plate; nobody hurt",
             s.a, [("Thomas Sauer", "t.sauer@baeckerei-sauer.example")],
             "Schaden Hoftor Ostheim – Zuständigkeit Kfz-Haftpflicht",
             dt(2, 19, 13, 52),
             Text(body),
             headers=OUTLOOK)


@mail
def ruecklastschriften_liste_zip():
    s = S("kowalczyk")
    body = T("""
Hallo zusammen,

anbei die Rücklastschriften Sach/HUK aus dem Februar-Lauf, 11 Fälle. Bitte wie üblich: erste Erinnerung raus, bei "Konto erloschen" telefonisch nachfassen. Die drei mit Widerspruch (Rückgabegrund MD06) bitte an mich, die klär ich selbst.

Die CSV ist im ZIP, weil das Mailsystem die Datei sonst als Makro-Verdacht rausfiltert.

Peter
""")
    rows = [["Vertrag", "Name", "IBAN", "Betrag", "Grund"],
            ["HR-3 114 207", "Sommer, Kathrin", iban_de("52050353", "0114477201"), "14,90", "AC04 Konto erloschen"],
            ["PH-2 338 910", "Yilmaz, Hakan", iban_de("52060410", "0002281940"), "6,95", "AM04 Deckung"],
            ["WG-4 602 555", "Reinecke, Ulrike", iban_de("50010517", "5431778290"), "412,80", "MD06 Widerspruch"],
            ["HR-3 907 004", "Baranowski, Piotr", iban_de("52040021", "0451177300"), "11,20", "AM04 Deckung"],
            ["KF-9 330 188", "Hesse, Carsten", iban_de("52050353", "0203300118"), "61,37", "MD06 Widerspruch"],
            ["PH-2 771 002", "Leitner, Sarah", iban_de("50050201", "0601188122"), "6,95", "AC04 Konto erloschen"],
            ["HR-3 118 650", "Winter, Gerd", iban_de("52060410", "0007700451"), "23,10", "AM04 Deckung"],
            ["GL-1 220 871", "Adamczyk, Ewa", iban_de("52050353", "0118822003"), "4,50", "MS03 sonstige"],
            ["WG-4 113 094", "Fröhlich, Dirk", iban_de("52040021", "0337788100"), "188,40", "MD06 Widerspruch"],
            ["PH-2 550 447", "Nguyen, Thi Lan", iban_de("50010517", "5522119030"), "6,95", "AM04 Deckung"],
            ["HR-3 660 213", "Krämer, Heinz", iban_de("52050353", "0008899123"), "19,80", "AC04 Konto erloschen"]]
    z = zip_bytes([("Ruecklastschriften_2026-02.csv", csv_text(rows).encode("cp1252"))])
    return M("CONFIDENTIAL", "de", "internal",
             "internal: list of returned direct debits (names, IBANs, non-life policy numbers, amounts) as CSV inside a ZIP",
             s.a, [("Team Inkasso", "inkasso-team@" + DOM)],
             "Rücklastschriften Sach Feb.",
             dt(3, 3, 7, 49),
             Mixed(Text(body), Att(z, ZIP_CT, "RLS_2026-02.zip")),
             headers=OUTLOOK)


@mail
def mietkaution_buergschaft_vermieter():
    s = S("koehler")
    body = T("""
Sehr geehrte Frau Engelhardt,

wie von Ihrem Mieter gewünscht, übersenden wir Ihnen die Bürgschaftsurkunde über die Mietkaution für die Wohnung Friedrich-Ebert-Straße 77, 3. OG links, 34119 Kassel.

Mieter: Herr Amir Haddadi
Bürgschaftsbetrag: 2.340,00 €
Bürgschaftsnummer: MK-6 004 118

Die Urkunde ist selbstschuldnerisch und unbefristet. Im Original geht sie Ihnen per Post zu.

""") + s.de + FOOTER_DE
    doc = pdf([
        "Mietkautionsbürgschaft Nr. MK-6 004 118",
        "",
        "Bürgin: Auenwald Allgemeine Versicherung AG, Auenwaldallee 1-5, 34117 Kassel",
        "Vermieterin: Hausverwaltung Lindenhof, Inh. Gabriele Engelhardt, Kassel",
        "Mieter: Amir Haddadi, geb. 27.03.1994",
        "Mietobjekt: Friedrich-Ebert-Straße 77, 3. OG links, 34119 Kassel",
        "",
        "Die Bürgin übernimmt gegenüber der Vermieterin die selbstschuldnerische Bürgschaft",
        "unter Verzicht auf die Einrede der Vorausklage bis zum Höchstbetrag von 2.340,00 EUR",
        "für alle Ansprüche aus dem Mietverhältnis vom 01.03.2026.",
        "",
        "Kassel, 24.02.2026",
    ], title="Bürgschaft MK-6 004 118", author="Kautionsversicherung")
    return M("CONFIDENTIAL", "de", "insurer-to-company",
             "rent deposit guarantee to a letting agency: named tenant, flat, amount; PDF adds his birth date",
             s.a, [("Gabriele Engelhardt", "verwaltung@hv-lindenhof.example")],
             "Mietkautionsbürgschaft Haddadi – Friedrich-Ebert-Straße 77",
             dt(2, 24, 10, 15),
             Mixed(Text(body), Att(doc, PDF_CT, "Buergschaft_MK-6004118.pdf")),
             headers=OUTLOOK)


@mail
def maklervollmacht_bestandsuebertragung():
    s = S("siebert")
    body = T("""
Moin Herr Kruse,

die Maklervollmacht von Frau Simone Ebert (Kundennummer K-2011-440 176) ist eingegangen und erfasst. Folgende Verträge haben wir Ihrem Bestand zugeordnet:

  HR-3 501 877   Hausrat, VS 48.000 €, Beitrag 9,80 €/Monat
  PH-2 118 440   Privathaftpflicht Single, Beitrag 4,95 €/Monat
  KF-9 774 201   Kfz KS-SE 220, SF 12

Die Bestandsprovision läuft ab 01.03.2026 auf Ihre Vermittlernummer. Die Verträge sind ab morgen in Ihrer Bestandsübersicht im Maklerportal sichtbar.

""") + s.de + FOOTER_DE
    return M("CONFIDENTIAL", "de", "insurer-to-broker",
             "broker mandate: named customer's non-life contracts (household, liability, motor plate) transferred to broker",
             s.a, [("Dennis Kruse", "kruse@finanzkontor-weser.example")],
             "Maklervollmacht Ebert – Bestandsübertragung",
             dt(2, 26, 9, 31),
             Text(body),
             headers=OUTLOOK)


@mail
def elementar_angebot_html_only():
    html = html_doc(T("""
<p>Sehr geehrter Herr Pfister,</p>
<p>vielen Dank für Ihr Interesse an einer Erweiterung Ihrer Wohngebäudeversicherung <b>WG-4 330 912</b> um Elementarschäden (Überschwemmung, Starkregen, Rückstau, Erdrutsch, Schneedruck).</p>
<p>Für Ihr Gebäude <b>Am Mühlbach 7, 34286 Spangenberg</b> (Baujahr 1968, Wohnfläche 142&nbsp;m²) gilt nach dem Zonierungssystem die Gefährdungsklasse 2. Wir bieten Ihnen an:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><th>Baustein</th><th>Selbstbehalt</th><th>Mehrbeitrag jährlich</th></tr>
<tr><td>Elementar Basis</td><td>1.000 €</td><td>118,40 €</td></tr>
<tr><td>Elementar Plus (inkl. Rückstau)</td><td>500 €</td><td>176,90 €</td></tr>
</table>
<p>Ihr bisheriger Jahresbeitrag beträgt 731,20 €. Der Einschluss ist zur nächsten Hauptfälligkeit am 01.05.2026 oder sofort möglich.</p>
<p>Wenn Sie einverstanden sind, antworten Sie einfach auf diese Mail mit „Elementar Basis“ oder „Elementar Plus“.</p>
<p>Freundliche Grüße<br>Sabine Köhler<br>Kundenservice Sach<br>Auenwald Allgemeine Versicherung AG</p>
"""), title="Angebot Elementarschaden")
    return M("CONFIDENTIAL", "de", "insurer-to-customer",
             "HTML-only offer: named customer's buildings policy, insured address, current premium and flood zone",
             S("koehler").a, [("Georg Pfister", "georg.pfister@kabelmail.example")],
             "Ihr Angebot: Elementarschutz für Ihr Haus",
             dt(3, 16, 15, 40),
             Text(html, subtype="html", cte="quoted-printable"),
             headers=OUTLOOK)


@mail
def berufshaftpflicht_architektin_ods():
    s = S("siebert")
    body = T("""
Hallo Frau Brandes,

wie besprochen habe ich den Beitrag für Ihre Berufshaftpflicht als freie Architektin neu berechnet. Grundlage ist Ihr Honorarumsatz 2025 von 186.000 € netto laut Ihrer Meldung (2024 waren es 142.000 €).

Die Deckungssummen bleiben bei 3 Mio. € Personen- und 1 Mio. € Sonstige Schäden. Durch den höheren Umsatz steigt der Jahresbeitrag auf 3.412,80 € (bisher 2.790,40 €). Die Rechnung finden Sie in der Tabelle.

Falls der Umsatz 2026 wieder niedriger wird, melden Sie ihn einfach im Januar, dann passen wir rückwirkend an.

""") + s.de + FOOTER_DE
    sheet = ods([("Beitragsberechnung", [
        ["Berufshaftpflicht Architekten – Vertrag BHV-8 220 314", ""],
        ["Versicherungsnehmerin", "Dipl.-Ing. Ute Brandes, Architektin, Melsungen"],
        ["Honorarumsatz 2025 (netto)", 186000],
        ["Beitragssatz Promille", 16.2],
        ["Grundbeitrag", 3013.20],
        ["Zuschlag Objektüberwachung", 180.00],
        ["Versicherungsteuer 19 %", 219.60],
        ["Jahresbeitrag 2026", 3412.80],
    ])], title="Beitragsberechnung BHV-8 220 314", author="Frank Siebert")
    return M("CONFIDENTIAL", "de", "insurer-to-customer",
             "grey: professional liability of a freelance architect (natural person): business turnover used as income figure; ODS calculation",
             s.a, [("Ute Brandes", "buero@architektin-brandes.example")],
             "Berufshaftpflicht – Beitrag auf Basis Umsatz 2025",
             dt(1, 30, 12, 18),
             Mixed(Text(body), Att(sheet, ODS_CT, "Beitrag_BHV-8220314.ods")),
             headers=OUTLOOK)


@mail
def hausrat_kuendigung_umzug_pdf():
    s = S("koehler")
    ib = iban_de("50010517", "5920113847")
    body = T("""
Sehr geehrte Frau Sommerfeld,

Ihre Kündigung der Hausratversicherung HR-3 270 664 wegen des Zusammenzugs mit Ihrem Partner bestätigen wir zum 31.03.2026. Da Ihr Partner bereits eine Hausratversicherung bei einem anderen Versicherer hat, ist die Sonderkündigung in Ordnung.

Den zu viel gezahlten Beitrag von 23,18 € erstatten wir auf Ihr Konto %s.

Die Bestätigung für Ihre Unterlagen hängt an.

""" % grp(ib)) + s.de + FOOTER_DE
    doc = pdf([
        "Kündigungsbestätigung",
        "",
        "Versicherungsnehmerin: Greta Sommerfeld, Kölnische Straße 102, 34119 Kassel",
        "Vertrag: Hausratversicherung HR-3 270 664",
        "Vertragsende: 31.03.2026 (Kündigung wegen Haushaltszusammenlegung)",
        "Beitragserstattung: 23,18 EUR auf IBAN " + grp(ib),
        "",
        "Kassel, 11.03.2026    Auenwald Allgemeine Versicherung AG",
    ], title="Kündigungsbestätigung HR-3 270 664", author="Kundenservice Sach", compress=True)
    return M("CONFIDENTIAL", "de", "insurer-to-customer",
             "household policy cancellation with refund to IBAN, in body and PDF",
             s.a, [("Greta Sommerfeld", "greta.sommerfeld@netzpost.example")],
             "Kündigungsbestätigung Hausratversicherung",
             dt(3, 11, 9, 5),
             Mixed(Text(body), Att(doc, PDF_CT, "Kuendigungsbestaetigung_HR-3270664.pdf")),
             headers=OUTLOOK)


@mail
def subject_tag_vertraulich_unterlagen():
    s = S("koehler")
    body = T("""
Hallo Herr Sandmann,

wie besprochen habe ich die Unterlagen in Ihr Postfach im Kundenportal gelegt. Sie bekommen dazu gleich noch eine separate Benachrichtigung.

Schönes Wochenende!

""") + s.de
    return M("CONFIDENTIAL", "de", "insurer-to-customer",
             "grey: explicit sender marking [vertraulich] in the subject; body itself harmless",
             s.a, [("Heiko Sandmann", "heiko.sandmann@hessennet.example")],
             "[vertraulich] Unterlagen zu Ihrem Anliegen",
             dt(3, 20, 14, 50),
             Text(body, cte="8bit"),
             headers=OUTLOOK)


@mail
def arbeitsvertrag_entwurf_docx():
    s = S("brueckner")
    body = T("""
Hallo Herr Wiegand,

schön, dass es geklappt hat! Anbei der Entwurf Ihres Arbeitsvertrags zum Durchlesen. Wenn alles passt, schicke ich Ihnen zwei Originale per Post zur Unterschrift.

Bitte bringen Sie am ersten Tag Ihre Steuer-ID, die Sozialversicherungsnummer und die Bankverbindung mit – oder schicken Sie mir diese über das Bewerberportal, nicht per E-Mail.

""") + s.de + FOOTER_DE
    doc = docx([
        ("h", "Arbeitsvertrag (Entwurf)"),
        "zwischen Auenwald Versicherungen (Auenwald Allgemeine Versicherung AG), Auenwaldallee 1-5, 34117 Kassel",
        "und Herrn Lars Wiegand, geb. 19.10.1990, Tischbeinstraße 18, 34121 Kassel",
        ("b", "§ 1 Beginn und Tätigkeit"),
        "Das Arbeitsverhältnis beginnt am 01.05.2026. Herr Wiegand wird als Referent IT-Sicherheit eingestellt.",
        ("b", "§ 2 Probezeit"),
        "Die ersten sechs Monate gelten als Probezeit.",
        ("b", "§ 3 Vergütung"),
        "Herr Wiegand erhält ein Jahresbruttogehalt von 62.400 EUR, zahlbar in 12 Monatsraten zu je 5.200 EUR, sowie eine variable Vergütung von bis zu 8 % nach Zielvereinbarung.",
        ("b", "§ 4 Arbeitszeit"),
        "Die regelmäßige wöchentliche Arbeitszeit beträgt 38 Stunden. Mobiles Arbeiten bis zu 3 Tage pro Woche.",
        ("b", "§ 5 Urlaub"),
        "30 Arbeitstage pro Kalenderjahr.",
    ], title="Arbeitsvertrag Wiegand (Entwurf)", author="Nadine Brückner")
    return M("CONFIDENTIAL", "de", "insurer-to-applicant",
             "employment contract draft for a new hire: birth date, home address and salary only in the DOCX",
             s.a, [("Lars Wiegand", "lars.wiegand@posteingang.example")],
             "Ihr Vertragsentwurf",
             dt(3, 23, 17, 2),
             Mixed(Text(body), Att(doc, DOCX_CT, "Arbeitsvertrag_Entwurf_Wiegand.docx")),
             headers=OUTLOOK)


@mail
def zahlungserinnerung_hausrat():
    s = S("kowalczyk")
    ib_auen = iban_de("52040021", "0322000100")
    body = T("""
Sehr geehrte Frau Petrović,

bei der Durchsicht unserer Konten ist uns aufgefallen, dass die Beiträge für Ihre Hausratversicherung HR-3 640 119 für Januar und Februar 2026 (je 14,90 €) noch offen sind. Sicher ist das nur ein Versehen.

Bitte überweisen Sie 29,80 € bis zum 20.03.2026 auf unser Konto:
Auenwald Allgemeine Versicherung AG
IBAN %s
Verwendungszweck: HR-3 640 119 Petrović

Oder erteilen Sie uns einfach ein SEPA-Mandat, dann kümmern wir uns automatisch um alles.

Falls Sie inzwischen bezahlt haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.

""" % grp(ib_auen)) + s.de + FOOTER_DE
    return M("CONFIDENTIAL", "de", "insurer-to-customer",
             "payment reminder: named customer's household policy and arrears; the IBAN is the insurer's own",
             s.a, [("Ivana Petrović", "ivana.petrovic@mailhaus.example")],
             "Zahlungserinnerung – Hausratversicherung HR-3 640 119",
             dt(3, 6, 8, 0),
             Text(body),
             headers=OUTLOOK)

# ---------------------------------------------------------------------------
# CONFIDENTIAL, English and mixed
# ---------------------------------------------------------------------------

@mail
def expat_burglary_contents():
    s = S("uhlig")
    body = T("""
Dear Mr Whitaker,

Thank you for reporting the burglary at your flat, Lessingstrasse 12, 34119 Kassel, on the evening of 7 March 2026.

Claim number: S-2026-003 9015
Policy: home contents HR-3 905 227
Police reference: 0307-26-123988

To settle the claim we need:
1. the list of stolen items you gave to the police,
2. receipts, bank statements or photos for the laptop (MacBook Pro, bought 2024) and the two watches,
3. a quote or invoice for repairing the balcony door.

Your sum insured is EUR 55,000, so the watches are covered up to the valuables limit of EUR 11,000 even though they were not in a safe.

You can send the documents by reply; large files can be uploaded to our customer portal.

""") + s.en + FOOTER_EN
    return M("CONFIDENTIAL", "en", "insurer-to-customer",
             "home contents burglary claim of a named expat: address, claim and policy numbers, police reference",
             s.a, [("Thomas Whitaker", "t.whitaker@mailbox.example")],
             "Your claim S-2026-003 9015 - burglary",
             dt(3, 9, 10, 12),
             Text(body, charset="us-ascii", cte="7bit"),
             headers=OUTLOOK_EN)


@mail
def windscreen_motor_claim():
    s = S("koehler")
    body = T("""
Hi Ms Lima,

no problem - a stone chip that has turned into a crack is covered by your partial cover (Teilkasko) under policy KF-9 517 330.

Vehicle: Skoda Octavia Combi, registration KS-AL 214
Excess: EUR 150

The quickest way is our partner workshop Glas-Express Kassel (Sandershäuser Str. 44). They bill us directly, so you only pay the EUR 150 excess there. If you use a different workshop, please send us the invoice and we will reimburse the amount minus the excess.

Your no-claims class is not affected by glass claims.

""") + s.en + FOOTER_EN
    return M("CONFIDENTIAL", "en", "insurer-to-customer",
             "motor glass claim: named customer, policy number, registration plate",
             s.a, [("Ana Lima", "ana.lima@northmail.example")],
             "RE: crack in windscreen",
             dt(1, 19, 12, 44),
             Text(body),
             headers=OUTLOOK_EN, in_reply_to="<BY5PR11MB.lima.0119@northmail.example>")


@mail
def liability_football_window():
    s = S("uhlig")
    body = T("""
Dear Mr and Mrs Okonkwo,

Thank you for reporting that your son broke the living-room window of your neighbour, Mr Frank Heller (Am Rain 6, Lohfelden), while playing football on 21 February. Good to hear that nobody was hurt.

As your son is nine years old, he is legally responsible for the damage, and your family liability policy PH-2 660 381 covers it. We have paid the glazier's invoice of EUR 410.00 directly to Mr Heller.

The claim (S-2026-002 4419) is now closed. There is no excess and your premium does not change.

""") + s.en + FOOTER_EN
    return M("CONFIDENTIAL", "en", "insurer-to-customer",
             "family liability claim: named customers and neighbour with address, policy and claim number; nobody hurt",
             s.a, [("Chidi and Ngozi Okonkwo", "okonkwo.family@mailbox.example")],
             "Your liability claim S-2026-002 4419",
             dt(3, 2, 16, 8),
             Text(body),
             headers=OUTLOOK_EN)


@mail
def offer_letter_data_scientist_pdf():
    s = S("brueckner")
    body = T("""
Dear Sofia,

It was a pleasure talking to you last week. I am delighted to send you our offer for the position of Data Scientist in our Actuarial Analytics team. The offer letter is attached; the key points:

- Start date: 1 June 2026
- Annual gross salary: EUR 71,000, paid in 12 instalments, plus a variable bonus of up to 10 %
- 30 days' holiday, 38-hour week, up to 3 days remote work

Please let me know by 31 March whether you accept. If you have questions about relocation to Kassel, we are happy to help.

""") + s.en + FOOTER_EN
    doc = pdf([
        "Offer of employment",
        "",
        "Ms Sofia Marchetti, Via Zamboni 18, 40126 Bologna, Italy",
        "",
        "Position: Data Scientist, Actuarial Analytics",
        "Start: 1 June 2026; probation period 6 months",
        "Salary: EUR 71,000 gross per year (EUR 5,916.67 per month)",
        "Variable remuneration: up to 10 % of annual salary depending on targets",
        "Relocation allowance: EUR 3,000 gross, one-off",
        "",
        "This offer is valid until 31 March 2026.",
        "Kassel, 16 March 2026 - Nadine Brückner, Human Resources",
    ], title="Offer of employment - Marchetti", author="Human Resources")
    return M("CONFIDENTIAL", "en", "insurer-to-applicant",
             "job offer to a named applicant with salary, bonus and home address (income)",
             s.a, [("Sofia Marchetti", "sofia.marchetti@posta-it.example")],
             "Your offer - Data Scientist",
             dt(3, 16, 17, 30),
             Mixed(Text(body), Att(doc, PDF_CT, "Offer_Marchetti.pdf")),
             headers=OUTLOOK_EN)


@mail
def uk_broker_commission_remittance():
    s = S("marquardt")
    ib = iban_de("70070010", "0933771200")
    body = T("""
Dear Graham,

Your commission for February 2026 has been released today.

Amount: EUR 2,846.30
Paid to: Graham Pike (trading as Pike Financial Planning), IBAN %s
Value date: 6 March 2026

The statement with the breakdown is in your broker mailbox. As you are registered as a sole trader with a German tax number (143/218/40096), commission remains exempt from VAT.

""" % grp(ib)) + s.en + FOOTER_EN
    return M("CONFIDENTIAL", "en", "insurer-to-broker",
             "grey: commission remittance to a sole-trader broker (natural person): income, IBAN and tax number",
             s.a, [("Graham Pike", "graham@pike-planning.example")],
             "Commission February 2026 - remittance",
             dt(3, 5, 15, 2),
             Text(body),
             headers=OUTLOOK_EN)


@mail
def travel_baggage_delay():
    s = S("koehler")
    body = T("""
Dear Ms Tanaka,

Your suitcase arrived in Osaka three days late (baggage delay report KIX-LH 30712), and you had to buy clothes and toiletries in the meantime.

Under your travel baggage policy RG-5 118 024 we reimburse emergency purchases caused by delay up to EUR 500. From your receipts (in yen, converted at the rate on the purchase dates) we have calculated EUR 286.45 and will transfer this to your account ending in 7702.

Please keep the original receipts for six months in case the airline asks for them.

""") + s.en + FOOTER_EN
    return M("CONFIDENTIAL", "en", "insurer-to-customer",
             "travel baggage delay claim of a named customer with policy number and amounts; no health content",
             s.a, [("Yuki Tanaka", "yuki.tanaka@mailbox.example")],
             "Baggage delay - reimbursement",
             dt(2, 12, 10, 50),
             Text(body),
             headers=OUTLOOK_EN)


@mail
def tenancy_legal_expenses_cover():
    s = THIEL
    body = T("""
Dear Ms Clarke,

Re: Mr Henrik Aalto v. Wohnbau Nordhessen eG - return of rent deposit

We confirm cover under Mr Aalto's legal expenses policy RS-7 442 105 (tenancy module) for the out-of-court representation and, if necessary, proceedings at the Local Court Kassel, first instance. The amount in dispute is EUR 2,760 (deposit plus interest). The excess of EUR 150 applies.

Please send us your fee notes according to the German Lawyers' Fees Act (RVG) under our claim number RS-2026-00512.

""") + s.en + FOOTER_EN
    return M("CONFIDENTIAL", "en", "insurer-to-lawyer",
             "legal expenses cover confirmation for a named customer's tenancy dispute, policy and amount",
             s.a, [("Fiona Clarke", "f.clarke@clarke-legal.example")],
             "Cover confirmation - Aalto v. Wohnbau Nordhessen",
             dt(2, 3, 11, 28),
             Text(body),
             headers=OUTLOOK_EN)


@mail
def direct_debit_mandate_home():
    ib = iban_de("50010517", "5500987123")
    body = T("""
Dear Mr Brooks,

We have received your new direct debit mandate and updated the bank details for your buildings insurance WG-4 990 016:

Account holder: Ethan Brooks
IBAN: %s
Mandate reference: WG4990016-0003

From 1 April 2026 the quarterly premium of EUR 178.40 will be collected from this account. Your old account will no longer be used.

Kind regards
Peter Kowalczyk
Premium Collection
Auenwald Versicherungen, Tel. +49 561 7013-2650
""" % ib) + FOOTER_EN
    return M("CONFIDENTIAL", "en", "insurer-to-customer",
             "direct debit change for a buildings policy: named customer and ungrouped full IBAN",
             S("kowalczyk").a, [("Ethan Brooks", "ethan.brooks@inbox-uk.example")],
             "New bank details confirmed",
             dt(3, 18, 9, 12),
             Text(body, charset="us-ascii", cte="7bit"),
             headers=OUTLOOK_EN)


@mail
def dno_insured_persons_schedule():
    s = S("whitfield")
    text = T("""
Dear Ms Brandt,

As requested, please find attached the updated schedule of insured persons under the D&O policy DO-2025-0088 of Halvorsen Maritime GmbH, following the appointment of Ms Ingrid Solberg as second managing director on 1 February 2026.

Insured persons (managing directors):
- Mr Lars Halvorsen, born 02/09/1966
- Ms Ingrid Solberg, born 14/12/1978

Limit of indemnity remains EUR 5 million per year; the premium does not change.

""") + s.en + FOOTER_EN
    html = html_doc(paras_html(text))
    sched = html_doc("<h2>Schedule of insured persons - D&amp;O policy DO-2025-0088</h2>\n" +
                     html_table([["Name", "Function", "Date of birth", "Insured since"],
                                 ["Lars Halvorsen", "Managing director", "1966-09-02", "2025-01-01"],
                                 ["Ingrid Solberg", "Managing director", "1978-12-14", "2026-02-01"],
                                 ["Supervisory board (as a body)", "-", "-", "2025-01-01"]]) +
                     "\n<p>Policyholder: Halvorsen Maritime GmbH, Am Hafen 4, Hann. Münden</p>", title="Schedule DO-2025-0088")
    return M("CONFIDENTIAL", "en", "insurer-to-company",
             "grey: company D&O policy, but the schedule names two managing directors with dates of birth (HTML attachment)",
             s.a, [("Karin Brandt", "k.brandt@halvorsen-maritime.example")],
             "D&O policy DO-2025-0088 - updated schedule",
             dt(2, 11, 14, 20),
             Mixed(Alt(Text(text), Text(html, subtype="html")),
                   Text(sched, subtype="html", charset="utf-8", cte="base64", filename="Schedule_DO-2025-0088.html")),
             headers=OUTLOOK_EN)


@mail
def relocation_cancellation_refund():
    s = S("koehler")
    ib = iban_de("52060410", "0001554872")
    body = T("""
Dear Ms Martin,

Thank you for letting us know that you are moving back to France. As your household is moving abroad, your home contents policy HR-3 480 551 ends on the day you move out, 31 March 2026.

We will refund the premium paid for April to June, EUR 31.40, to your account %s.

Your new address for any remaining correspondence: 12 rue Paul Bert, 69003 Lyon, France.

Bon voyage and all the best for your move!

""" % grp(ib)) + s.en + FOOTER_EN
    return M("CONFIDENTIAL", "en", "insurer-to-customer",
             "home contents policy ends on moving abroad: named customer, new address, refund IBAN",
             s.a, [("Chloé Martin", "chloe.martin@courriel-fr.example")],
             "Your home contents policy - move to Lyon",
             dt(3, 13, 10, 2),
             Text(body),
             headers=OUTLOOK_EN)


@mail
def marketing_agency_renewal_list_xlsx():
    s = S("wendt")
    body = T("""
Hi Tom,

Here is the target list for the home insurance renewal mailing (wave 2). 8 records as a test batch for the template check; the full file (approx. 14,000 records) will come via SFTP once the data processing agreement amendment is signed.

Please use only the columns salutation, name and email for personalisation. Date of birth is only there for the age split (under/over 60) - please don't print it anywhere.

""") + s.en + FOOTER_EN
    wb = xlsx([("wave2_test", [
        ["customer_no", "salutation", "first_name", "last_name", "email", "date_of_birth", "product", "renewal"],
        ["K-2013-220418", "Frau", "Heike", "Grünewald", "heike.gruenewald@webpost.example", "1961-04-02", "Hausrat", "2026-05-01"],
        ["K-2016-118034", "Herr", "Oliver", "Bach", "o.bach@kabelmail.example", "1984-10-19", "Wohngebäude", "2026-05-01"],
        ["K-2009-004771", "Frau", "Ingrid", "Kolb", "ingrid.kolb@funkpost.example", "1952-01-30", "Hausrat", "2026-05-01"],
        ["K-2020-331190", "Herr", "Mehmet", "Kaya", "mehmet.kaya@mailhaus.example", "1990-07-07", "Hausrat", "2026-05-01"],
        ["K-2018-227450", "Frau", "Julia", "Seidel", "julia.seidel@netzpost.example", "1987-03-25", "Wohngebäude", "2026-05-01"],
        ["K-2011-090832", "Herr", "Walter", "Eggers", "w.eggers@hessennet.example", "1948-11-11", "Wohngebäude", "2026-05-01"],
        ["K-2022-410006", "Frau", "Lina", "Hofmann", "lina.hofmann@posteingang.example", "1996-06-14", "Hausrat", "2026-05-01"],
        ["K-2015-160277", "Herr", "Stefan", "Roth", "stefan.roth@webpost.example", "1973-09-08", "Hausrat", "2026-05-01"],
    ])], title="Renewal wave 2 test batch", author="Carla Wendt")
    return M("CONFIDENTIAL", "en", "insurer-to-supplier",
             "customer list for a mailing agency: names, e-mails, dates of birth and non-life products in XLSX",
             s.a, [("Tom Haywood", "tom.haywood@brightside-direct.example")],
             "Renewal mailing wave 2 - test batch",
             dt(3, 10, 12, 37),
             Mixed(Text(body), Att(wb, XLSX_CT, "renewal_wave2_test.xlsx")),
             headers=OUTLOOK_EN)


@mail
def proof_of_liability_landlord_pdf():
    s = S("koehler")
    body = T("""
Dear Mr Rossi,

as requested, attached is a confirmation of your personal liability insurance for your new landlord. It confirms that the policy includes damage to rented property.

""") + s.en + FOOTER_EN
    doc = pdf([
        "Confirmation of insurance / Versicherungsbestätigung",
        "",
        "We confirm that Mr Mateo Rossi, Kurfürstenstraße 9, 34117 Kassel,",
        "holds a personal liability insurance with us:",
        "",
        "Policy number: PH-2 812 066",
        "Cover: EUR 20,000,000 lump sum for personal injury and property damage",
        "Includes: damage to rented residential premises (Mietsachschäden) up to EUR 1,000,000",
        "Period: from 01.02.2025, renewing annually; premium paid until 31.01.2027",
        "",
        "Kassel, 23 January 2026 - Auenwald Allgemeine Versicherung AG",
    ], title="Confirmation PH-2 812 066", author="Customer Service Property")
    return M("CONFIDENTIAL", "en", "insurer-to-customer",
             "proof of liability insurance of a named customer for a landlord (fact of being insured, address, policy number)",
             s.a, [("Mateo Rossi", "mateo.rossi@mailbox.example")],
             "Confirmation of liability insurance for your landlord",
             dt(1, 23, 11, 9),
             Mixed(Text(body), Att(doc, PDF_CT, "Confirmation_PH-2812066.pdf")),
             headers=OUTLOOK_EN)


@mail
def date_of_birth_correction():
    body = T("""
Dear Ms Kowalski,

Thank you for pointing out the mistake. We had recorded your date of birth with day and month swapped. It has now been corrected:

Customer number: K-2025-301 882
Date of birth (old): 03.07.1988
Date of birth (new): 07.03.1988

All documents issued from today onwards will show the correct date. You don't need to do anything else.

Kind regards
Customer Service
Auenwald Versicherungen
""") + FOOTER_EN
    return M("CONFIDENTIAL", "en", "insurer-to-customer",
             "grey: correction of a named customer's date of birth; no line of business named, so confidential",
             FN_ADDR["service"], [("Hanna Kowalski", "hanna.kowalski@northmail.example")],
             "Your customer data - correction",
             dt(2, 2, 15, 3),
             Text(body, charset="us-ascii", cte="7bit"),
             headers=OUTLOOK_EN)


@mail
def cyber_offer_sole_trader_docx():
    s = S("siebert")
    body = T("""
Hi Jonas,

thanks for the call. Attached is our cyber offer for your photography business. I based it on your turnover of EUR 94,000 in 2025, as you told me. If the figure changes significantly, let me know, the premium is turnover-based.

Also: please make sure you have offline backups of the client galleries - that's the one question the underwriters always ask.

""") + s.en + FOOTER_EN
    doc = docx([
        ("h", "Cyber insurance offer"),
        "Prospective policyholder: Jonas Eriksen, photographer (sole trader), Kölnische Straße 51, 34117 Kassel",
        "Annual turnover 2025: EUR 94,000",
        ("table", [["Cover", "Limit", "Excess"],
                   ["Data restoration and IT forensics", "EUR 250,000", "EUR 500"],
                   ["Business interruption (12 hours waiting period)", "EUR 100,000", "12 h"],
                   ["Liability for data breaches", "EUR 500,000", "EUR 500"],
                   ["Cyber extortion", "EUR 50,000", "EUR 500"]]),
        "Annual premium: EUR 612.00 incl. 19 % insurance tax",
        "Valid until 30 April 2026.",
    ], title="Cyber offer Eriksen", author="Frank Siebert")
    return M("CONFIDENTIAL", "en", "insurer-to-customer",
             "grey: cyber offer for a sole trader (natural person): his business turnover and address in body and DOCX",
             s.a, [("Jonas Eriksen", "studio@eriksen-foto.example")],
             "Cyber offer for your studio",
             dt(3, 25, 14, 14),
             Mixed(Text(body), Att(doc, DOCX_CT, "Cyber_Offer_Eriksen.docx")),
             headers=OUTLOOK_EN)


@mail
def pet_vet_bill_cruciate():
    s = S("koehler")
    body = T("""
Dear Ms Finch,

We are glad Biscuit is recovering well after the operation.

Under your dog health insurance TK-8 044 570 we have reimbursed the invoice of the Small Animal Clinic Kassel-West dated 4 March 2026 for the cruciate ligament surgery (TPLO) on the right hind leg:

Invoice amount: EUR 1,850.00
Reimbursement (80 %): EUR 1,480.00

The amount will be credited to your account within three working days. The follow-up physiotherapy is covered as well - just send us the invoices.

""") + s.en + FOOTER_EN
    return M("CONFIDENTIAL", "en", "insurer-to-customer",
             "grey: pet health insurance - dog's surgery (animal, not human health), named customer, policy and amounts",
             s.a, [("Laura Finch", "laura.finch@inbox-uk.example")],
             "Biscuit - vet invoice reimbursed",
             dt(3, 12, 13, 18),
             Text(body),
             headers=OUTLOOK_EN)


@mail
def rental_car_excess_refund():
    s = S("uhlig")
    body = T("""
Dear Mr Park,

Your rental car excess claim has been approved. The rental company charged EUR 1,100 excess for the scratch to the rear bumper of the car you rented in Porto (rental agreement 55810237, 12-19 February 2026).

Under your rental car excess policy MS-3 220 917 we refund the full EUR 1,100. Please allow three working days for the transfer to the account you gave us.

""") + s.en + FOOTER_EN
    return M("CONFIDENTIAL", "en", "insurer-to-customer",
             "rental car excess claim of a named customer: policy, rental agreement, amount",
             s.a, [("Daniel Park", "daniel.park@mailbox.example")],
             "Rental car excess claim - approved",
             dt(3, 4, 11, 56),
             Text(body),
             headers=OUTLOOK_EN)


@mail
def salary_confirmation_bank_pdf():
    s = S("brueckner")
    body = T("""
Dear Mr Lund,

At the request of our employee Mr Kenji Watanabe and with his written consent, please find attached the salary confirmation for his mortgage application.

""") + s.en + FOOTER_EN
    doc = pdf([
        "Salary confirmation",
        "",
        "We confirm that Mr Kenji Watanabe, born 28 May 1985, has been employed by",
        "Auenwald Versicherungen (Auenwald Lebensversicherung AG) since 1 September 2019",
        "in a permanent, full-time position as Senior IT Architect. He is not under notice.",
        "",
        "Monthly gross salary: EUR 5,950.00 (13 salaries per year)",
        "Net salary January 2026: EUR 3,612.44",
        "",
        "This confirmation is issued at the employee's request for presentation to",
        "Hanseatic Home Loans AG.",
        "",
        "Kassel, 27 February 2026 - Human Resources",
    ], title="Salary confirmation Watanabe", author="Human Resources")
    return M("CONFIDENTIAL", "en", "insurer-to-partner",
             "salary confirmation for a named employee sent to a mortgage bank: birth date and income only in the PDF",
             s.a, [("Jonas Lund", "j.lund@hanseatic-homeloans.example")],
             "Salary confirmation - Mr Watanabe",
             dt(2, 27, 11, 44),
             Mixed(Text(body), Att(doc, PDF_CT, "Salary_confirmation_Watanabe.pdf")),
             headers=OUTLOOK_EN)


@mail
def household_water_damage_mixed():
    s = S("uhlig")
    body = T("""
Dear Mr O'Brien,

no worries, I'm happy to continue in English. To summarise my letter below: your washing machine hose burst on 2 March and water got into the flat below. The damage to your own furniture is covered by your home contents insurance; the damage in the flat below (Mrs Kessler's ceiling) is a matter for your personal liability insurance, which you also have with us. We will handle both.

What I still need: photos of the damaged furniture and the invoice for the new hose, if you have one.

Kind regards
Ralf Uhlig

-----Ursprüngliche Nachricht-----
Von: Uhlig, Ralf
Gesendet: Mittwoch, 4. März 2026 09:12
An: 'Liam O'Brien'
Betreff: Ihr Leitungswasserschaden – Schaden-Nr. S-2026-003 1178

Sehr geehrter Herr O'Brien,

vielen Dank für Ihre Meldung. Wir haben den Schaden unter der Nummer S-2026-003 1178 aufgenommen (Hausrat HR-3 771 490, Privathaftpflicht PH-2 771 491, Wohnung Frankfurter Straße 215, 2. OG, 34121 Kassel).

Bitte senden Sie uns Fotos der beschädigten Möbel und, sofern vorhanden, die Rechnung für den neuen Zulaufschlauch. Den Schaden in der Wohnung von Frau Kessler im 1. OG prüfen wir über Ihre Privathaftpflichtversicherung.

Mit freundlichen Grüßen
Ralf Uhlig
""")
    return M("CONFIDENTIAL", "mixed", "insurer-to-customer",
             "English reply above a quoted German letter: named customer's water-damage claim, policy numbers, address, neighbour",
             s.a, [("Liam O'Brien", "liam.obrien@inbox-uk.example")],
             "AW: Ihr Leitungswasserschaden – Schaden-Nr. S-2026-003 1178",
             dt(3, 5, 14, 31),
             Text(body),
             headers=OUTLOOK_EN)


@mail
def broker_takeover_rfc822_mixed():
    s = S("siebert")
    orig = inner(("Martin Fischer-Wood", "m.fischer-wood@webpost.example"),
                 [("Auenwald Kundenservice", "service@" + DOM)],
                 "Maklerwechsel / change of broker", dt(2, 20, 19, 48),
                 Text(T("""
Sehr geehrte Damen und Herren,

hiermit teilen wir mit, dass ab sofort Anglo-German Insurance Brokers (Ms Rachel Evans) unsere Verträge betreut:

Kfz-Versicherung KF-9 118 023 (KS-FW 88)
Hausratversicherung HR-3 601 774
Wohngebäudeversicherung WG-4 220 915, Heckershäuser Str. 5, 34314 Espenau

Die unterschriebene Maklervollmacht hat Frau Evans.

Mit freundlichen Grüßen / kind regards
Martin und Emily Fischer-Wood
""")))
    body = T("""
Dear Rachel,

welcome aboard - we have received the broker mandate and your clients' own notice (attached for your files). The three contracts of Mr and Mrs Fischer-Wood are now assigned to your agency number 41-2290; you'll see them in the broker portal from tomorrow.

Kurz noch auf Deutsch für Ihre Innendienst-Kollegin: Die Bestandsprovision läuft ab 01.03.2026, die Kfz-Hauptfälligkeit ist der 01.01.

Best
Frank
""") + FOOTER_EN
    return M("CONFIDENTIAL", "mixed", "insurer-to-broker",
             "bilingual broker takeover; the customers' own mail (message/rfc822) lists their motor, household and buildings policies, plate and address",
             s.a, [("Rachel Evans", "r.evans@anglo-german-brokers.example")],
             "Broker mandate Fischer-Wood / Bestandsübertragung",
             dt(2, 23, 9, 22),
             Mixed(Text(body), Rfc822(orig, "Maklerwechsel Fischer-Wood.eml")),
             headers=OUTLOOK_EN)

# ---------------------------------------------------------------------------
# NORMAL, German (traps and ordinary service mail)
# ---------------------------------------------------------------------------

@mail
def newsletter_makler_bu_komfort():
    text = T("""
Auenwald Makler-News 02/2026
============================

BU Komfort 2026: mehr Flexibilität für junge Kunden
---------------------------------------------------
Ab 1. April 2026 gelten für die selbständige Berufsunfähigkeitsversicherung neue Nachversicherungsgarantien: Erhöhung der BU-Rente ohne erneute Gesundheitsprüfung bei Heirat, Geburt eines Kindes, Immobilienkauf oder Gehaltssprung um mindestens 10 %. Neu ist der Anlass "Wechsel in die Selbständigkeit".

Zahlen aus dem Leistungsbereich 2025
------------------------------------
- Psychische Erkrankungen bleiben mit 36 % die häufigste Ursache für BU-Leistungen,
- gefolgt von Erkrankungen des Bewegungsapparats (21 %) und Krebserkrankungen (16 %).
- 78 % aller Leistungsfälle wurden innerhalb von 90 Tagen nach Vollständigkeit der Unterlagen entschieden.

Webinar-Tipp
------------
"Gesundheitsfragen sauber beantworten – vorvertragliche Anzeigepflicht in der Praxis", 14. April 2026, 10:00 Uhr. Anmeldung im Maklerportal.

Sie erhalten diesen Newsletter, weil Sie als Vertriebspartner bei uns registriert sind. Abmelden: https://makler.auenwald-versicherung.example/newsletter/abmelden

Auenwald Versicherungen · Auenwaldallee 1-5 · 34117 Kassel
""")
    html = html_doc(T("""
<table width="100%" cellpadding="0" cellspacing="0"><tr><td style="background:#0b4f3a;color:#fff;padding:16px">
<h1 style="margin:0;font-size:20pt">Auenwald Makler-News 02/2026</h1></td></tr></table>
<h2>BU Komfort 2026: mehr Flexibilität für junge Kunden</h2>
<p>Ab 1. April 2026 gelten für die selbständige Berufsunfähigkeitsversicherung neue Nachversicherungsgarantien: Erhöhung der BU-Rente <b>ohne erneute Gesundheitsprüfung</b> bei Heirat, Geburt eines Kindes, Immobilienkauf oder Gehaltssprung um mindestens 10&nbsp;%. Neu ist der Anlass „Wechsel in die Selbständigkeit“.</p>
<h2>Zahlen aus dem Leistungsbereich 2025</h2>
<ul>
<li>Psychische Erkrankungen bleiben mit 36&nbsp;% die häufigste Ursache für BU-Leistungen,</li>
<li>gefolgt von Erkrankungen des Bewegungsapparats (21&nbsp;%) und Krebserkrankungen (16&nbsp;%).</li>
<li>78&nbsp;% aller Leistungsfälle wurden innerhalb von 90 Tagen nach Vollständigkeit der Unterlagen entschieden.</li>
</ul>
<h2>Webinar-Tipp</h2>
<p>„Gesundheitsfragen sauber beantworten – vorvertragliche Anzeigepflicht in der Praxis“, 14. April 2026, 10:00 Uhr. Anmeldung im <a href="https://makler.auenwald-versicherung.example/webinare">Maklerportal</a>.</p>
<p style="font-size:8pt;color:#777">Sie erhalten diesen Newsletter, weil Sie als Vertriebspartner bei uns registriert sind. <a href="https://makler.auenwald-versicherung.example/newsletter/abmelden">Abmelden</a><br>
Auenwald Versicherungen · Auenwaldallee 1-5 · 34117 Kassel</p>
"""), title="Makler-News 02/2026")
    return M("NORMAL", "de", "newsletter",
             "trap: broker newsletter with BU product news and aggregated claim causes (psychiatric, cancer percentages), no person",
             FN_ADDR["news"], [("Auenwald Vertriebspartner", "makler-news@" + DOM)],
             "Makler-News 02/2026: BU Komfort, Leistungszahlen, Webinar",
             dt(3, 10, 7, 0),
             Alt(Text(text), Text(html, subtype="html")),
             headers=[("List-Unsubscribe", "<https://makler.auenwald-versicherung.example/newsletter/abmelden>"),
                      ("Precedence", "bulk")])


@mail
def portal_benachrichtigung_neue_nachricht():
    text = T("""
Guten Tag,

in Ihrem Postfach im Auenwald SecureMail-Portal liegt eine neue Nachricht für Sie.

Bitte melden Sie sich an, um sie zu lesen:
https://securemail.auenwald-versicherung.example

Die Nachricht wird 90 Tage nach Eingang automatisch gelöscht. Sie können sie vorher herunterladen.

Dies ist eine automatisch erzeugte Benachrichtigung. Bitte antworten Sie nicht auf diese E-Mail.

Auenwald Versicherungen
""")
    html = html_doc(T("""
<p>Guten Tag,</p>
<p>in Ihrem Postfach im <b>Auenwald SecureMail-Portal</b> liegt eine neue Nachricht für Sie.</p>
<p><a href="https://securemail.auenwald-versicherung.example" style="background:#0b4f3a;color:#fff;padding:8px 14px;text-decoration:none">Zum Postfach</a></p>
<p>Die Nachricht wird 90 Tage nach Eingang automatisch gelöscht. Sie können sie vorher herunterladen.</p>
<p style="font-size:9pt;color:#666">Dies ist eine automatisch erzeugte Benachrichtigung. Bitte antworten Sie nicht auf diese E-Mail.</p>
"""))
    return M("NORMAL", "de", "insurer-to-customer",
             "portal notification mail without content",
             FN_ADDR["noreply"], ["k.hesselbach@webpost.example"],
             "Neue Nachricht in Ihrem SecureMail-Postfach",
             dt(2, 6, 14, 10),
             Alt(Text(text), Text(html, subtype="html")),
             headers=[("Auto-Submitted", "auto-generated")])


@mail
def einmalpasswort_registrierung():
    text = T("""
Auenwald SecureMail - Ihr Einmal-Passwort

Guten Tag,

fuer Ihre Adresse wurde ein Postfach im Auenwald SecureMail-Portal eingerichtet.

Ihr Einmal-Passwort lautet:   kT7#qW2m-Rx

Den Link zur Registrierung erhalten Sie in einer separaten E-Mail. Das Einmal-Passwort ist 7 Tage gueltig. Bei der ersten Anmeldung vergeben Sie ein eigenes Passwort und eine Sicherheitsfrage.

Falls Sie diese E-Mail nicht erwartet haben, koennen Sie sie ignorieren.

Auenwald Versicherungen - Auenwaldallee 1-5 - 34117 Kassel
""")
    return M("NORMAL", "de", "insurer-to-customer",
             "portal registration: one-time password mail, no personal or contract data",
             FN_ADDR["noreply"], ["m.rehberg@funkpost.example"],
             "Auenwald SecureMail: Ihr Einmal-Passwort",
             dt(1, 15, 11, 2),
             Text(text, charset="us-ascii", cte="7bit", wrap=False),
             headers=[("Auto-Submitted", "auto-generated")])


@mail
def protokoll_durchlaufzeiten_bu_docx():
    s = S("vossberg")
    body = T("""
Hallo zusammen,

anbei das Protokoll unserer Teamrunde vom Dienstag. Bitte bis Freitag Ergänzungen an mich, dann geht es an die Bereichsleitung.

Wichtigster Punkt: Der Rückstand bei den Erstprüfungen ist von 212 auf 148 Vorgänge gesunken. Danke an alle!

Katrin
""")
    doc = docx([
        ("h", "Protokoll Teamrunde Leistung BU – 17.03.2026"),
        "Teilnehmende: K. Voßberg (Leitung), H. Laub (Ärztl. Dienst), 7 Sachbearbeiter/innen; Protokoll: S. Meinhardt",
        ("b", "1. Durchlaufzeiten"),
        ("table", [["Kennzahl", "Q4/2025", "Feb 2026", "Ziel"],
                   ["Erstprüfung bis Anforderung Unterlagen (Tage, Median)", "9", "6", "5"],
                   ["Entscheidung nach Vollständigkeit (Tage, Median)", "41", "34", "30"],
                   ["Offene Erstprüfungen", "212", "148", "< 100"],
                   ["Anteil Fälle mit Gutachten", "23 %", "21 %", "-"]]),
        ("b", "2. Befundberichte"),
        "Rücklaufquote bei Arztanfragen nach 4 Wochen nur 58 %. Maßnahme: automatische Erinnerung nach 21 Tagen, Hinweis auf Honorar nach GOÄ Nr. 75 im Anschreiben.",
        ("b", "3. Psychische Erkrankungen"),
        "Fallzahl weiter steigend. Schulung zu Leitlinien Depression/Burnout mit Dr. Laub am 21.04.; Teilnahme für alle Pflicht.",
        ("b", "4. Verschiedenes"),
        "Umzug ins 3. OG im Mai. Keine Einzelfälle besprochen – Fallbesprechungen weiterhin nur in der Fallkonferenz.",
    ], title="Protokoll Teamrunde BU 17.03.2026", author="S. Meinhardt")
    return M("NORMAL", "de", "internal",
             "trap: team minutes about BU claim throughput, medical-report return rate and psychiatric case trend; no individual case",
             s.a, [("Team Leistung BU", "team-leistung-bu@" + DOM)],
             "Protokoll Teamrunde 17.03.",
             dt(3, 19, 16, 2),
             Mixed(Text(body), Att(doc, DOCX_CT, "Protokoll_Teamrunde_BU_2026-03-17.docx")),
             headers=OUTLOOK)


@mail
def unfallstatistik_verband_xlsx():
    s = S("arnold")
    body = T("""
Sehr geehrte Frau Dr. Seifert,

wie angefragt erhalten Sie unsere Zulieferung zur Verbandsstatistik Unfallversicherung 2025. Die Zahlen sind auf Bestandsebene aggregiert; Zellen mit weniger als 10 Fällen haben wir wie vereinbart mit der Nachbarklasse zusammengefasst.

Auffällig ist der weitere Anstieg der E-Bike-Unfälle (+18 % ggü. 2024), vor allem in der Altersgruppe 60+.

""") + s.de + FOOTER_DE
    wb = xlsx([
        ("Unfallursachen 2025", [
            ["Ursache", "Fälle", "Anteil", "Ø Invaliditätsgrad", "Leistung gesamt TEUR"],
            ["Sturz im häuslichen Bereich", 1842, 0.31, 0.112, 14210],
            ["Sport und Freizeit", 1208, 0.20, 0.085, 7630],
            ["Radfahren / E-Bike", 876, 0.15, 0.131, 8904],
            ["Verkehr (Kfz, Fußgänger)", 611, 0.10, 0.174, 9880],
            ["Arbeit und Beruf (außerhalb GUV)", 402, 0.07, 0.096, 2610],
            ["Sonstige / unbekannt", 1011, 0.17, 0.071, 4020],
        ]),
        ("Altersgruppen", [
            ["Altersgruppe", "Fälle", "davon Invalidität"],
            ["0-17", 688, 74],
            ["18-39", 1390, 201],
            ["40-59", 1966, 388],
            ["60+", 1906, 512],
        ]),
    ], title="Verbandsstatistik UV 2025", author="Aktuariat")
    return M("NORMAL", "de", "insurer-to-partner",
             "trap: aggregated accident statistics (causes, invalidity degrees, age bands) for an industry association; small cells merged",
             s.a, [("Dr. Maren Seifert", "statistik@fachverband-personenversicherung.example")],
             "Zulieferung Verbandsstatistik Unfall 2025",
             dt(3, 13, 13, 40),
             Mixed(Text(body), Att(wb, XLSX_CT, "Auenwald_UV-Statistik_2025.xlsx")),
             headers=OUTLOOK)


@mail
def stellenanzeige_gesellschaftsarzt_html():
    html = html_doc(T("""
<h1>Gesellschaftsarzt / Gesellschaftsärztin (m/w/d) Leben &amp; BU</h1>
<p><b>Kassel · Vollzeit oder Teilzeit (ab 30 Std.) · unbefristet</b></p>
<p>Die Auenwald Versicherungen schützen über 600.000 Kundinnen und Kunden. Für unseren Ärztlichen Dienst suchen wir Verstärkung.</p>
<h2>Ihre Aufgaben</h2>
<ul>
<li>Medizinische Beurteilung von Anträgen in der Lebens- und Berufsunfähigkeitsversicherung</li>
<li>Stellungnahmen in Leistungsfällen, insbesondere bei orthopädischen, psychischen und onkologischen Erkrankungen</li>
<li>Weiterentwicklung unserer Annahmerichtlinien gemeinsam mit dem Rückversicherer</li>
<li>Schulung der Risikoprüfung und Leistungsbearbeitung</li>
</ul>
<h2>Ihr Profil</h2>
<ul>
<li>Approbation und Facharzt für Innere Medizin, Allgemeinmedizin, Orthopädie oder Psychiatrie</li>
<li>Mehrjährige klinische Erfahrung, gern auch sozialmedizinische Kenntnisse</li>
<li>Freude an schriftlicher Argumentation</li>
</ul>
<h2>Wir bieten</h2>
<p>Keine Nacht- und Wochenenddienste, 30 Tage Urlaub, mobiles Arbeiten, betriebliche Altersversorgung, Jobrad.</p>
<p>Bewerbung bitte über <a href="https://karriere.auenwald-versicherung.example/stellen/2026-021">karriere.auenwald-versicherung.example</a> (Kennziffer 2026-021).</p>
"""), title="Stellenanzeige 2026-021")
    return M("NORMAL", "de", "insurer-to-partner",
             "trap: HTML-only job advert for a company doctor with medical vocabulary, sent to a job board",
             FN_ADDR["jobs"], [("Anzeigenannahme Ärzteportal", "anzeigen@aerzte-stellenmarkt.example")],
             "Anzeigenauftrag: Gesellschaftsarzt (m/w/d) – Kennziffer 2026-021",
             dt(2, 9, 10, 30),
             Text(html, subtype="html"),
             headers=OUTLOOK)


@mail
def blanko_schweigepflichtentbindung_makler():
    s = S("siebert")
    body = T("""
Liebe Vertriebspartner,

ab 1. März gilt eine überarbeitete Fassung unserer Schweigepflichtentbindungserklärung für Anträge in Leben, BU und Pflege. Die alte Version (Stand 05/2018) nehmen wir noch bis 30.06.2026 an.

Die neue Vorlage hängt als Word-Datei an – bitte nicht verändern, nur ausdrucken bzw. im Antragsprozess verwenden.

""") + s.de + FOOTER_DE
    doc = docx([
        ("h", "Einwilligung und Schweigepflichtentbindung (Stand 03/2026)"),
        "Antragsteller/in: ______________________   geb. am: ____________",
        ("b", "1. Erhebung von Gesundheitsdaten bei Dritten"),
        "Ich willige ein, dass die Auenwald Lebensversicherung AG zur Beurteilung der zu versichernden Risiken und zur Prüfung der Leistungspflicht meine Gesundheitsdaten bei Ärzten, Pflegepersonen sowie bei Bediensteten von Krankenhäusern, sonstigen Krankenanstalten, Pflegeheimen, Personenversicherern, gesetzlichen Krankenkassen, Berufsgenossenschaften und Behörden erhebt ...",
        "[ ] Ich möchte in jedem Einzelfall vorher informiert werden und entscheide selbst.",
        "[ ] Ich willige generell ein.",
        ("b", "2. Weitergabe an Rückversicherer und Dienstleister"),
        "...",
        "Ort, Datum: ____________   Unterschrift: ____________",
    ], title="Schweigepflichtentbindung 03-2026", author="Recht & Compliance")
    return M("NORMAL", "de", "insurer-to-broker",
             "trap: blank consent / confidentiality-release form with placeholders sent to all brokers",
             s.a, [("Vertriebspartner Nord", "vertriebspartner-nord@" + DOM)],
             "Neue Schweigepflichtentbindungserklärung ab 01.03.2026",
             dt(2, 20, 9, 0),
             Mixed(Text(body), Att(doc, DOCX_CT, "Schweigepflichtentbindung_Vorlage_2026-03.docx")),
             headers=OUTLOOK)


@mail
def textbaustein_anerkenntnis_platzhalter():
    s = S("vossberg")
    body = T("""
Hallo Team,

der neue Textbaustein "Anerkenntnis befristet" ist ab sofort im Korrespondenzsystem (Baustein BU-A-07). Bitte den alten BU-A-03 nicht mehr verwenden, der hatte noch den falschen Paragraphen.

Zur Kontrolle hier der Wortlaut mit Platzhaltern:

---8<---
«Anrede» «Nachname»,

wir haben Ihren Antrag auf Leistungen aus der Berufsunfähigkeitsversicherung «Vertragsnummer» geprüft. Aufgrund der ärztlichen Unterlagen zu «Diagnose_Klartext» erkennen wir unsere Leistungspflicht ab dem «Leistungsbeginn» an.

Da sich Ihr Gesundheitszustand nach Einschätzung der behandelnden Ärzte noch verbessern kann, ist das Anerkenntnis gemäß § 173 Abs. 2 VVG befristet bis zum «Befristungsende». Wir zahlen Ihnen eine monatliche Rente von «BU_Rente» € und befreien Sie von der Beitragszahlung.
---8<---

Danke!
Katrin
""")
    return M("NORMAL", "de", "internal",
             "trap: letter template with «placeholders» for diagnosis and pension; no real person",
             s.a, [("Team Leistung BU", "team-leistung-bu@" + DOM)],
             "Neuer Textbaustein BU-A-07 (Anerkenntnis befristet)",
             dt(1, 27, 13, 37),
             Text(body, cte="8bit"),
             headers=OUTLOOK)


@mail
def wasserschaden_zahnarztpraxis_gebaeude():
    s = S("lenz")
    body = T("""
Hallo Herr Dietz,

kurze Info und Auftrag: In unserem Gebäude Auenwaldallee 3 ist heute Nacht im 1. OG eine Zuleitung in der Teeküche geplatzt. Das Wasser ist durch die Decke in die vermietete Zahnarztpraxis im EG gelaufen (Behandlungsraum 2 und Steri-Raum).

Die Praxis hat Behandlungsraum 2 gesperrt, der Betrieb läuft mit einem Raum weiter. Die Praxisinhaberin meldet ihre eigenen Geräteschäden bei ihrem Inventarversicherer.

Bitte heute noch:
- Leckortung und Reparatur der Zuleitung im 1. OG
- Trocknungsgeräte für die Decke im EG (Zugang über den Hintereingang, Schlüssel beim Empfang)
- Fotos für unsere Gebäudeversicherung

Rechnung bitte an Auenwald Versicherungen, Facility Management, Kostenstelle 4410.

""") + s.de
    return M("NORMAL", "de", "insurer-to-supplier",
             "trap: water damage in a dental practice in the insurer's own building; words like Behandlungsraum, Steri, no patient or person data",
             s.a, [("Haustechnik Dietz GmbH", "auftrag@haustechnik-dietz.example")],
             "EILT: Wasserschaden Auenwaldallee 3 – Zahnarztpraxis EG",
             dt(2, 13, 6, 52),
             Text(body, charset="iso-8859-1"),
             headers=OUTLOOK)


@mail
def bestellung_verbandkaesten_aed_pdf():
    s = S("lenz")
    body = T("""
Guten Tag Frau Pohl,

anbei unsere Bestellung für den Jahresaustausch Erste Hilfe. Bitte liefern Sie an den Wareneingang Auenwaldallee 5 (Mo–Fr 7–15 Uhr).

Die Wartung der drei Defibrillatoren (Foyer Haus 1, Kantine, Haus 3 EG) bitte mit dem Hausmeister, Herrn Kuhn, abstimmen.

""") + s.de
    doc = pdf([
        "Bestellung Nr. 4500218834",
        "",
        "Lieferant: MediSafe Erste Hilfe GmbH, Göttingen, Kundennr. 77120",
        "Besteller: Auenwald Versicherungen, Einkauf, Auenwaldallee 1-5, 34117 Kassel",
        "",
        "Pos  Menge  Artikel                                            Einzelpreis   Gesamt",
        "10   24     Verbandkasten DIN 13157, Wandhalterung              38,90 EUR     933,60 EUR",
        "20   6      Nachfüllset DIN 13157                               19,50 EUR     117,00 EUR",
        "30   6      AED-Elektroden Erwachsene (Typ P-210)               54,00 EUR     324,00 EUR",
        "40   3      AED-Akku Ersatz                                    189,00 EUR     567,00 EUR",
        "50   3      Wartung AED inkl. Prüfprotokoll (MPBetreibV)        95,00 EUR     285,00 EUR",
        "60   10     Augenspülflasche 500 ml                              6,80 EUR      68,00 EUR",
        "",
        "Summe netto 2.294,60 EUR zzgl. USt. Zahlungsziel 30 Tage netto.",
        "Lieferung bis 20.03.2026.",
    ], title="Bestellung 4500218834", author="Einkauf")
    return M("NORMAL", "de", "insurer-to-supplier",
             "trap: purchase order for first-aid kits and defibrillator pads; medical products, no person",
             s.a, [("Kerstin Pohl", "vertrieb@medisafe-erstehilfe.example")],
             "Bestellung 4500218834 – Erste-Hilfe-Material und AED-Wartung",
             dt(2, 26, 10, 4),
             Mixed(Text(body), Att(doc, PDF_CT, "Bestellung_4500218834.pdf")),
             headers=OUTLOOK)


@mail
def abwesenheit_leistung_leben():
    body = T("""
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 20.03.2026 nicht im Büro und kann Ihre E-Mail erst danach lesen. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Leistungsangelegenheiten wenden Sie sich bitte an leistung-leben@auenwald-versicherung.example oder an unsere Servicenummer 0561 7013-4200 (Mo–Fr 8–18 Uhr).

Bitte senden Sie uns Gesundheitsunterlagen nicht per normaler E-Mail, sondern über unser SecureMail-Portal.

Tobias Renner
Leistung Leben / Todesfall
""")
    return M("NORMAL", "de", "insurer-to-customer",
             "trap: out-of-office auto-reply of a life-claims handler mentioning health documents in general",
             S("renner").a, ["h.kuster@mailhaus.example"],
             "Automatische Antwort: Unterlagen",
             dt(3, 16, 8, 12),
             Text(body, cte="8bit"),
             headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")] + OUTLOOK)


@mail
def prospekt_pflegezusatz_interessentin():
    s = S("demir")
    body = T("""
Sehr geehrte Frau Brunner,

vielen Dank für Ihr Interesse an unserer Pflegezusatzversicherung. Gern schicke ich Ihnen unsere Produktinformation mit; dort finden Sie die Leistungen je Pflegegrad und Beispielbeiträge für verschiedene Eintrittsalter.

Kurz zusammengefasst:
- Pflegemonatsgeld frei wählbar zwischen 300 € und 3.000 € bei Pflegegrad 5,
- Leistung ambulant und stationär gleich hoch,
- Beitragsbefreiung ab Pflegegrad 2.

Für ein persönliches Angebot brauchen wir Ihr Geburtsdatum und müssten einige Gesundheitsfragen stellen. Das machen wir gern telefonisch oder in unserer Geschäftsstelle – schicken Sie uns bitte keine Gesundheitsangaben per E-Mail.

""") + s.de + FOOTER_DE
    doc = pdf([
        "Produktinformation Auenwald PflegeSchutz",
        "",
        "Leistung in % des vereinbarten Pflegemonatsgelds:",
        "Pflegegrad 1: 10 %   Pflegegrad 2: 30 %   Pflegegrad 3: 50 %   Pflegegrad 4: 80 %   Pflegegrad 5: 100 %",
        "",
        "Beispielbeiträge für 1.500 EUR Pflegemonatsgeld bei Pflegegrad 5 (monatlich):",
        "Eintrittsalter 30: 14,80 EUR   40: 23,40 EUR   50: 39,10 EUR   60: 71,60 EUR",
        "",
        "Wartezeit: keine. Leistung weltweit. Beitragsbefreiung ab Pflegegrad 2.",
        "Gesundheitsprüfung: vereinfachte Gesundheitsfragen (5 Fragen).",
        "",
        "Diese Produktinformation ersetzt nicht die Versicherungsbedingungen.",
    ], title="Produktinformation PflegeSchutz", author="Marketing")
    return M("NORMAL", "de", "insurer-to-customer",
             "grey: prospect asked for care-insurance information; generic product answer and brochure, no birth date, health or contract data",
             s.a, [("Helga Brunner", "helga.brunner@hessennet.example")],
             "Ihre Anfrage zur Pflegezusatzversicherung",
             dt(1, 21, 15, 12),
             Mixed(Text(body), Att(doc, PDF_CT, "Produktinformation_PflegeSchutz.pdf")),
             headers=OUTLOOK)


@mail
def webinar_gesundheitsfragen_ics():
    s = S("marquardt")
    body = T("""
Liebe Vertriebspartnerinnen und Vertriebspartner,

herzliche Einladung zu unserem Webinar

"Gesundheitsfragen richtig stellen – vorvertragliche Anzeigepflicht nach § 19 VVG"
Dienstag, 14. April 2026, 10:00–11:00 Uhr

Dr. Henning Laub (Gesellschaftsarzt) und Miriam Okafor (Risikoprüfung) zeigen an anonymisierten Beispielen, welche Angaben bei Rückenbeschwerden, Psychotherapie, Allergien und Bluthochdruck wirklich nötig sind – und warum "nur Kontrolluntersuchung" manchmal doch angegeben werden muss.

Die Teilnahme wird mit 1 Stunde Weiterbildungszeit (IDD) bestätigt. Die Einwahl finden Sie in der Kalendereinladung.

""") + s.de + FOOTER_DE
    cal = ics("webinar-2026-04-14-gesundheitsfragen@" + DOM, dt(4, 14, 10, 0), dt(4, 14, 11, 0),
              "Webinar: Gesundheitsfragen richtig stellen (IDD 60 Min.)",
              location="Online: https://webinar.auenwald-versicherung.example/gf-0414",
              description="Referenten: Dr. Henning Laub, Miriam Okafor. Anonymisierte Fallbeispiele.",
              organizer=("Lena Marquardt", S("marquardt").addr))
    return M("NORMAL", "de", "insurer-to-broker",
             "trap: webinar invitation about health questions (back pain, psychotherapy, hypertension) in general; ICS",
             s.a, [("Vertriebspartner", "vertriebspartner@" + DOM)],
             "Einladung Webinar 14.04.: Gesundheitsfragen richtig stellen",
             dt(3, 17, 9, 30),
             Mixed(Text(body), Text(cal, subtype="calendar", charset="utf-8", cte="quoted-printable",
                                    filename="Webinar_Gesundheitsfragen.ics")),
             headers=OUTLOOK)


@mail
def it_ticket_scanstrasse_arztberichte():
    s = S("feld")
    body = T("""
Moin,

Ticket INC-2026-018842: Die Scan-Straße im Posteingang (Klassifizierung "Arztbericht/Befund") hängt seit ca. 6:40 Uhr. Die Dokumente werden gescannt, aber nicht den Leistungsakten zugeordnet, sondern landen im Fehlerkorb.

Workaroud bis zum Fix: Die Kolleginnen im Posteingang ordnen Arztberichte bitte manuell zu und setzen das Eingangsdatum von Hand (nicht das Scandatum!). Sonst laufen die Fristen falsch.

Der Hersteller ist informiert, Update kommt voraussichtlich heute Mittag. Ich melde mich.

""") + s.de
    return M("NORMAL", "de", "internal",
             "trap: IT incident about the scanning line for doctors' reports; process only, no document content",
             s.a, [("Posteingang Leistung", "posteingang-leistung@" + DOM), ("IT-Service", "it-service@" + DOM)],
             "INC-2026-018842 Scan-Straße Arztberichte – Fehlerkorb",
             dt(2, 17, 8, 15),
             Text(body, cte="8bit", flowed=True),
             headers=TBIRD)


@mail
def datenschutz_faq_gesundheitsdaten():
    s = S("marx")
    text = T("""
Liebe Kolleginnen und Kollegen,

immer wieder erreichen uns Fragen, wie wir mit Gesundheitsdaten per E-Mail umgehen. Hier die wichtigsten Antworten:

1. Dürfen Diagnosen per E-Mail an Kunden gehen?
Nur verschlüsselt. Das Gateway erkennt solche Mails in der Regel selbst. Wenn Sie sicher gehen wollen, setzen Sie [streng vertraulich] in den Betreff.

2. Was zählt als Gesundheitsdatum?
Alles, was etwas über den körperlichen oder geistigen Zustand einer bestimmten Person aussagt: Diagnosen und ICD-Codes, Befunde, Medikamente, Krankenhausaufenthalte, Pflegegrad, BU-Grad, auch "ist seit drei Monaten krankgeschrieben". Und: Jede Mail zu einem konkreten Leben-, BU-, Unfall- oder Pflegevertrag behandeln wir wie Gesundheitsdaten.

3. Und Statistiken?
Zahlen ohne Personenbezug ("36 % der BU-Fälle sind psychisch bedingt") sind unkritisch – solange keine kleinen Gruppen einzelne Personen erkennbar machen.

4. Darf ich einem Arzt eine Anfrage zu einem Patienten mailen?
Nur mit vorliegender Schweigepflichtentbindung und nur verschlüsselt oder über das Portal.

Bei Fragen: datenschutz@auenwald-versicherung.example

""") + s.de
    html = html_doc(paras_html(text))
    return M("NORMAL", "de", "internal",
             "trap: data-protection FAQ about health data in mail (diagnoses, ICD, care level named as concepts), no person",
             s.a, [("Alle Mitarbeitenden", "alle@" + DOM)],
             "Datenschutz-FAQ: Gesundheitsdaten in E-Mails",
             dt(1, 14, 12, 0),
             Alt(Text(text), Text(html, subtype="html")),
             headers=OUTLOOK)


@mail
def pressemitteilung_bu_leistungen_html():
    html = html_doc(T("""
<p><b>PRESSEMITTEILUNG</b> – Kassel, 24. März 2026</p>
<h1>Auenwald zahlt 2025 über 212 Millionen Euro an BU-Renten</h1>
<p>Die Auenwald Lebensversicherung AG hat im Geschäftsjahr 2025 rund 212 Mio. Euro an Renten aus der Berufsunfähigkeitsversicherung ausgezahlt – 7 Prozent mehr als im Vorjahr. Insgesamt erhielten zum Jahresende 14.380 Kundinnen und Kunden eine BU-Rente.</p>
<p>„Psychische Erkrankungen sind mit 36 Prozent weiterhin die häufigste Ursache, gefolgt von Erkrankungen des Bewegungsapparats mit 21 Prozent und Krebs mit 16 Prozent“, sagt Vorstand Dr. Mathias Quast. „Besonders freut uns, dass wir 78 Prozent der Leistungsanträge innerhalb von drei Monaten nach Eingang der Unterlagen entscheiden konnten.“</p>
<p>Die Anerkennungsquote lag bei 79 Prozent. Bei abgelehnten Anträgen war der häufigste Grund, dass die Berufsunfähigkeit unter 50 Prozent lag.</p>
<p><b>Pressekontakt:</b> Carla Wendt, Unternehmenskommunikation, presse@auenwald-versicherung.example</p>
"""), title="Pressemitteilung BU-Leistungen 2025")
    return M("NORMAL", "de", "insurer-to-partner",
             "trap: HTML-only press release with aggregated BU benefit figures and causes of disability",
             FN_ADDR["presse"], [("Redaktionen Finanzen", "presseverteiler@" + DOM)],
             "PM: Auenwald zahlt 2025 über 212 Mio. Euro an BU-Renten",
             dt(3, 24, 10, 0),
             Text(html, subtype="html", charset="utf-8", cte="8bit"),
             headers=[("Precedence", "bulk")] + OUTLOOK)


@mail
def rundschreiben_neue_gesundheitsfragen_pdf():
    s = S("marquardt")
    body = T("""
Liebe Vertriebspartner,

zum 01.07.2026 stellen wir die Gesundheitsfragen in den Anträgen Leben, BU und Pflege um. Die wichtigsten Änderungen:

- Abfragezeitraum ambulante Behandlungen: 3 statt 5 Jahre,
- psychotherapeutische Behandlungen: 5 statt 10 Jahre, Beratungsgespräche ohne Diagnose müssen nicht mehr angegeben werden,
- Ausnahmekatalog für Bagatellen (z. B. Erkältungen, Vorsorgeuntersuchungen ohne Befund, Sehschwäche bis 6 Dioptrien).

Den vollständigen Fragenkatalog finden Sie im Anhang. Anträge mit dem alten Fragenkatalog nehmen wir bis 31.08.2026 an.

""") + s.de + FOOTER_DE
    doc = pdf([
        "Rundschreiben V-07/2026: Neue Gesundheitsfragen ab 01.07.2026",
        "",
        "Frage 1: Wurden Sie in den letzten 3 Jahren ambulant untersucht, beraten oder behandelt?",
        "         Ausgenommen: Erkältungen, Impfungen, Vorsorge ohne Befund, Schwangerschaft ohne Komplikation.",
        "Frage 2: Wurden Sie in den letzten 5 Jahren stationär behandelt oder operiert?",
        "Frage 3: Wurden Sie in den letzten 5 Jahren psychotherapeutisch behandelt?",
        "Frage 4: Bestehen derzeit Krankheiten, Beschwerden oder Behinderungen (GdB)?",
        "Frage 5: Wurde Ihnen jemals HIV positiv bescheinigt?",
        "Frage 6: Nehmen Sie regelmäßig Medikamente ein?",
        "",
        "Angaben sind mit Diagnose, Zeitraum und Behandler zu machen.",
    ], title="Rundschreiben V-07/2026", author="Vertrieb")
    return M("NORMAL", "de", "insurer-to-broker",
             "trap: broker circular listing the new health questions of the application form (generic questions only)",
             s.a, [("Vertriebspartner", "vertriebspartner@" + DOM)],
             "Rundschreiben V-07/2026: Neue Gesundheitsfragen",
             dt(3, 2, 8, 45),
             Mixed(Text(body), Att(doc, PDF_CT, "Rundschreiben_V-07-2026.pdf")),
             headers=OUTLOOK)


@mail
def fallstudie_anonym_risikopruefung_odt():
    s = S("laub")
    body = T("""
Liebe Kolleginnen und Kollegen der Risikoprüfung,

für die Schulung am Donnerstag anbei eine anonymisierte Fallstudie. Sie beruht lose auf einem echten Antrag, Alter, Beruf und Details sind verändert. Bitte bis Donnerstag eine eigene Einschätzung (Annahme / Zuschlag / Ausschluss / Ablehnung) mit kurzer Begründung vorbereiten.

""") + s.de
    doc = odt([
        ("h", "Fallstudie 3: Dachdecker mit Schulterbeschwerden"),
        "Antragsteller: männlich, Anfang 40, Dachdecker (Vorarbeiter), Nichtraucher, BMI 27",
        "Beantragt: BU-Rente 1.500 EUR, Endalter 65",
        "Angaben: Vor 2 Jahren Schulterschmerzen rechts, MRT: Teilruptur der Supraspinatussehne, 12x Physiotherapie, 3 Wochen AU. Seitdem beschwerdefrei, volle Arbeitsfähigkeit.",
        ("b", "Fragen"),
        "1. Welche Zusatzinformationen fordern Sie an?",
        "2. Wie bewerten Sie das Risiko im Hinblick auf die körperlich schwere Tätigkeit?",
        "3. Formulieren Sie ggf. eine Ausschlussklausel.",
        ("b", "Hinweis"),
        "Der Fall ist anonymisiert. Rückschlüsse auf echte Personen sind nicht möglich und nicht beabsichtigt.",
    ], title="Fallstudie 3", author="Dr. Henning Laub")
    return M("NORMAL", "de", "internal",
             "trap: anonymised underwriting case study (no name, altered details) for training",
             s.a, [("Risikoprüfung Leben/BU", "risikopruefung@" + DOM)],
             "Schulung Do: Fallstudie 3",
             dt(3, 23, 14, 5),
             Mixed(Text(body), Att(doc, ODT_CT, "Fallstudie_3_Dachdecker.odt")),
             headers=OUTLOOK)


@mail
def gesundheitstag_grippeimpfung():
    s = S("brueckner")
    text = T("""
Liebe Kolleginnen und Kollegen,

am Mittwoch, 15. April 2026, findet unser Gesundheitstag im Foyer von Haus 1 statt. Programm:

- 9–12 Uhr: Grippeschutzimpfung durch unsere Betriebsärztin Dr. Rahn (bitte Impfpass mitbringen, Anmeldung über das Intranet)
- ganztägig: Blutdruck- und Blutzuckermessung, Venen-Check
- 13 Uhr: Vortrag "Rücken im Büro" mit Übungen
- 14:30 Uhr: Rauchfrei-Kurs – Infoveranstaltung
- Obstkorb und Smoothie-Bar der Kantine

Alle Angebote sind freiwillig und vertraulich; Ergebnisse erhalten nur Sie selbst.

""") + s.de
    html = html_doc(paras_html(text))
    return M("NORMAL", "de", "internal",
             "trap: staff health day announcement (flu vaccination, blood pressure checks); nobody's health data",
             s.a, [("Alle Mitarbeitenden", "alle@" + DOM)],
             "Gesundheitstag am 15. April – mit Grippeimpfung",
             dt(3, 30, 9, 0),
             Alt(Text(text), Text(html, subtype="html")),
             headers=OUTLOOK)


@mail
def zertifikat_antwort_details():
    details = T("""
Zertifikatsdetails
==================
Inhaber (E-Mail):     leistung-bu@auenwald-versicherung.example
Aussteller:           Auenwald S/MIME Issuing CA 2026
Seriennummer:         42:4e:64:61:75:77:61:6c:64
Gueltig ab:           01.01.2026
Gueltig bis:          01.01.2028
Schluessel:           RSA 3072 Bit
Verwendung:           E-Mail-Schutz (Signatur, Verschluesselung)
SHA-256-Fingerabdruck:
  7A:19:C4:02:5E:88:B1:3F:60:D2:94:AE:0C:71:3B:5D:
  E8:21:46:9F:AA:07:C3:58:12:BE:F0:66:4D:93:85:1C

Download PEM/DER/vCard: https://zertifikate.auenwald-versicherung.example/leistung-bu
""")
    body = T("""
Guten Tag,

Sie haben das Zertifikat für die Adresse leistung-bu@auenwald-versicherung.example angefordert. Diese Antwort ist mit dem angeforderten Zertifikat signiert; Ihr Mailprogramm übernimmt es in der Regel automatisch. Die Details zum Abgleich finden Sie in der angehängten Textdatei.

Zertifikate aller Adressen finden Sie auch im Verzeichnis: https://zertifikate.auenwald-versicherung.example

Dies ist eine automatisch erzeugte Antwort.
""")
    return M("NORMAL", "de", "insurer-to-customer",
             "automatic certificate-request answer with certificate details as a text attachment; no personal data",
             FN_ADDR["noreply"], ["it-sicherheit@kanzlei-roth-partner.example"],
             "[ZERTIFIKAT] leistung-bu@auenwald-versicherung.example",
             dt(1, 16, 10, 1),
             Mixed(Text(body), Text(details, subtype="plain", charset="us-ascii", cte="7bit",
                                    filename="Zertifikatsdetails_leistung-bu.txt")),
             headers=[("Auto-Submitted", "auto-replied")])


@mail
def aktenvernichtung_leistungsakten():
    s = S("lenz")
    body = T("""
Sehr geehrter Herr Yavuz,

wir beauftragen Sie gemäß Rahmenvertrag vom 01.01.2025 mit der Vernichtung von Papierakten aus der Leistungsabteilung Leben/BU, deren Aufbewahrungsfrist abgelaufen ist:

- ca. 140 Archivkartons (Leistungsakten mit Arztberichten, Gutachten, Abrechnungen, Jahrgänge bis 2014),
- Schutzklasse 3, Sicherheitsstufe P-4 nach DIN 66399,
- Abholung in verschlossenen Sicherheitsbehältern, Vernichtung am selben Tag,
- Vernichtungsprotokoll mit Behälternummern an den Datenschutz (datenschutz@auenwald-versicherung.example).

Abholtermin: Montag, 23.03.2026, ab 7:30 Uhr, Rampe Haus 3. Bitte zwei Personen einplanen, die Kartons stehen im UG.

""") + s.de + FOOTER_DE
    return M("NORMAL", "de", "insurer-to-supplier",
             "trap: shredding order for old claims files containing medical reports; no file content or person",
             s.a, [("Emre Yavuz", "disposition@secushred-nordhessen.example")],
             "Auftrag Aktenvernichtung Leistungsakten – 23.03.2026",
             dt(3, 9, 11, 21),
             Text(body),
             headers=OUTLOOK)


@mail
def goae_hinweis_befundberichte():
    s = S("laub")
    body = T("""
Liebe Kolleginnen und Kollegen in der Leistungsbearbeitung,

in letzter Zeit kommen vermehrt Arztrechnungen für Befundberichte mit dem 3,5-fachen Steigerungssatz. Zur Einordnung:

GOÄ Nr. 75 (ausführlicher schriftlicher Krankheits- und Befundbericht): 130 Punkte
  1,0-fach 7,58 EUR / 2,3-fach 17,43 EUR / 3,5-fach 26,52 EUR
GOÄ Nr. 80 (schriftliche gutachtliche Äußerung): 300 Punkte
  2,3-fach 40,22 EUR
GOÄ Nr. 85 (schriftliche gutachtliche Äußerung mit besonders hohem Aufwand): 500 Punkte je angefangene Stunde

Wir übernehmen bei Befundberichten nach unserer Anforderung grundsätzlich den 2,3-fachen Satz der Nr. 75 plus Porto. Höhere Faktoren nur mit schriftlicher Begründung des Arztes - bitte nicht einfach durchwinken. Bei umfangreichen Anfragen mit Fragenkatalog ist Nr. 80 angemessen.

Bei Unklarheiten gern bei mir melden.

""") + s.de
    return M("NORMAL", "de", "internal",
             "trap: fee-schedule (GOÄ) guidance for doctors' report invoices, no patient or doctor case (iso-8859-1)",
             s.a, [("Leistung Leben/BU/Unfall", "leistung-alle@" + DOM)],
             "Hinweis: GOÄ-Faktoren bei Befundberichten",
             dt(2, 23, 10, 18),
             Text(body, charset="iso-8859-1", cte="quoted-printable"),
             headers=OUTLOOK)


@mail
def aktuariat_sterbetafel_xlsx():
    s = S("arnold")
    body = T("""
Liebe Frau Ebersbach, lieber Herr Dr. Quast,

wie in der Vorstandssitzung angekündigt, anbei die Auswirkungsrechnung der neuen Sterbetafel-Generation auf den Bestand Risikoleben und Rente. Kurzfassung:

- Risikoleben: Sterblichkeit im Bestand 8–12 % unter Tafel, Spielraum für Beitragssenkung im Neugeschäft ca. 4 %,
- Rentenversicherung: zusätzlicher Reservebedarf (Zinszusatzreserve unberücksichtigt) ca. 38 Mio. EUR, verteilt auf 5 Jahre,
- Rechnungszins im Neugeschäft bleibt bei 1,0 %.

Details in der Tabelle. Keine Einzelvertragsdaten – alles auf Kollektivebene.

""") + s.de
    wb = xlsx([
        ("Sterblichkeit", [
            ["Alter", "q_x Tafel Männer", "q_x Bestand Männer", "q_x Tafel Frauen", "q_x Bestand Frauen", "A/E"],
            [30, 0.00071, 0.00062, 0.00029, 0.00026, 0.88],
            [40, 0.00142, 0.00124, 0.00077, 0.00068, 0.88],
            [50, 0.00391, 0.00352, 0.00218, 0.00196, 0.90],
            [60, 0.00951, 0.00874, 0.00533, 0.00491, 0.92],
            [70, 0.02301, 0.02140, 0.01386, 0.01275, 0.93],
        ]),
        ("Reserve", [
            ["Bestand", "Verträge", "Reserve alt Mio EUR", "Reserve neu Mio EUR", "Delta"],
            ["Rente aufgeschoben", 48210, 2210.4, 2238.1, 27.7],
            ["Rente laufend", 9120, 804.6, 815.0, 10.4],
            ["Risikoleben", 61880, 92.3, 90.1, -2.2],
        ]),
    ], title="Auswirkung Sterbetafel", author="Aktuariat Leben")
    return M("NORMAL", "de", "internal",
             "trap: actuarial mortality and reserve analysis on portfolio level (q_x by age, A/E), no individual contract",
             s.a, [("Claudia Ebersbach", "claudia.ebersbach@" + DOM), ("Dr. Mathias Quast", "mathias.quast@" + DOM)],
             "Auswirkungsrechnung Sterbetafel – Unterlage zur Vorstandssitzung",
             dt(2, 4, 18, 2),
             Mixed(Text(body), Att(wb, XLSX_CT, "Auswirkung_Sterbetafel_2026.xlsx")),
             headers=OUTLOOK)


@mail
def makler_frage_dauer_bu_pruefung():
    s = S("siebert")
    body = T("""
Hallo Herr Kruse,

zu Ihrer allgemeinen Frage, wie lange eine BU-Leistungsprüfung bei uns dauert und was Ihre Kunden vorbereiten können:

- Im Durchschnitt entscheiden wir 34 Tage, nachdem alle Unterlagen vollständig sind.
- Am meisten Zeit kostet meist der Rücklauf der Arztberichte. Es hilft, wenn der Kunde seine Ärzte vorab informiert, dass eine Anfrage kommt.
- Der Fragebogen zur beruflichen Tätigkeit sollte eine realistische Arbeitswoche beschreiben, mit Anteilen in Prozent (Büro, Außendienst, körperliche Arbeit).
- Kunden können jederzeit den Stand im Kundenportal sehen.

Wenn Sie einen konkreten Fall haben, schicken Sie mir die Vertragsnummer bitte über das Maklerportal, nicht per Mail.

""") + s.de + FOOTER_DE
    return M("NORMAL", "de", "insurer-to-broker",
             "general answer to a broker about BU claim duration and documents; no customer or contract",
             s.a, [("Dennis Kruse", "kruse@finanzkontor-weser.example")],
             "AW: Frage zur Dauer BU-Leistungsprüfung",
             dt(1, 29, 16, 33),
             Text(body),
             headers=OUTLOOK)


@mail
def maklerforum_einladung_ics():
    s = S("marquardt")
    body = T("""
Liebe Partnerinnen und Partner,

wir laden Sie herzlich zum Auenwald Maklerforum 2026 ein:

Donnerstag, 7. Mai 2026, 10:00–16:30 Uhr
Kongress Palais Kassel

Programm:
- Pflegereform 2026 – was bedeutet sie für die private Vorsorge?
- BU für Schüler und Studierende: neue Tarife
- Digitaler Antrag: Gesundheitsfragen im Maklerportal, elektronische Unterschrift
- Podium: "Biometrie verkaufen in Zeiten knapper Budgets"
- ab 16:30 Uhr Get-together

Anmeldung bis 15. April über das Maklerportal. Die Kalendereinladung liegt bei.

""") + s.de + FOOTER_DE
    cal = ics("maklerforum-2026@" + DOM, dt(5, 7, 10, 0), dt(5, 7, 16, 30),
              "Auenwald Maklerforum 2026", location="Kongress Palais Kassel",
              description="Programm und Anmeldung im Maklerportal.",
              organizer=("Lena Marquardt", S("marquardt").addr))
    return M("NORMAL", "de", "insurer-to-broker",
             "event invitation for brokers (care reform, BU, health questions as agenda topics); ICS",
             s.a, [("Vertriebspartner", "vertriebspartner@" + DOM)],
             "Einladung: Auenwald Maklerforum am 7. Mai 2026",
             dt(3, 3, 10, 0),
             Mixed(Text(body), Text(cal, subtype="calendar", charset="utf-8", cte="quoted-printable",
                                    filename="Maklerforum_2026.ics")),
             headers=OUTLOOK)


@mail
def kollege_faellt_aus():
    body = T("""
Hi zusammen,

Kai fällt heute und morgen aus. Bitte seinen Postkorb Todesfall A–K unter euch aufteilen: Jana A–E, Murat F–K. Fristsachen bite zuerst.

Danke!
Tobias
""")
    return M("NORMAL", "de", "internal",
             "organisational: colleague absent without a reason, mailbox redistribution",
             S("renner").a, [("Team Leistung Leben", "team-leistung-leben@" + DOM)],
             "Vertretung Postkorb Kai",
             dt(2, 24, 7, 31),
             Text(body, cte="8bit"),
             headers=OUTLOOK)


@mail
def infoblatt_nach_unfall_pdf():
    s = S("graebner")
    body = T("""
Liebe Vertriebspartner,

viele Kunden wissen nicht, welche Fristen in der Unfallversicherung gelten. Wir haben deshalb ein einseitiges Infoblatt "Was tun nach einem Unfall?" erstellt, das Sie gern an Ihre Kunden weitergeben können (ohne Kundendaten, zum Ausdrucken oder Weiterleiten).

""") + s.de + FOOTER_DE
    doc = pdf([
        "Was tun nach einem Unfall? - Ihre Unfallversicherung bei Auenwald",
        "",
        "1. Sofort: Ärztliche Hilfe in Anspruch nehmen und den Anweisungen des Arztes folgen.",
        "2. Unfall unverzüglich melden: online, telefonisch 0561 7013-5100 oder über Ihren Vermittler.",
        "3. Fristen bei Invalidität:",
        "   - Die Invalidität muss innerhalb von 15 Monaten nach dem Unfall eingetreten sein,",
        "   - von einem Arzt schriftlich festgestellt und",
        "   - innerhalb von 15 Monaten bei uns geltend gemacht werden.",
        "4. Krankenhaustagegeld: Entlassungsbericht oder Aufenthaltsbestätigung einreichen.",
        "5. Bewahren Sie alle Rechnungen auf (z. B. für kosmetische Operationen, Bergungskosten).",
        "",
        "Gesundheitsunterlagen senden Sie bitte über unser SecureMail-Portal oder per Post.",
    ], title="Infoblatt nach dem Unfall", author="Leistung Unfall")
    return M("NORMAL", "de", "insurer-to-broker",
             "trap: generic customer info sheet on accident-claim deadlines for brokers (PDF), no person",
             s.a, [("Vertriebspartner", "vertriebspartner@" + DOM)],
             "Infoblatt für Ihre Kunden: Was tun nach einem Unfall?",
             dt(2, 16, 14, 0),
             Mixed(Text(body), Att(doc, PDF_CT, "Infoblatt_Was_tun_nach_einem_Unfall.pdf")),
             headers=OUTLOOK)


@mail
def meldefrist_aufsicht_erinnerung():
    s = S("petersen")
    body = T("""
Liebe Kolleginnen und Kollegen,

zur Erinnerung: Die Jahresmeldungen an die Aufsicht für das Geschäftsjahr 2025 sind bis 30.04.2026 einzureichen. Bitte liefern Sie Ihre Zulieferungen (Beschwerdestatistik, Vermittlerregister-Abgleich, Bestandsdaten Leben) bis spätestens 10.04. an das Meldewesen.

Rückfragen gern an mich oder an Herrn Brehm.

""") + s.de
    return M("NORMAL", "de", "internal",
             "organisational reminder about regulatory reporting deadlines; no data",
             s.a, [("Bereichsleitungen", "bereichsleitungen@" + DOM)],
             "Erinnerung: Meldefristen Aufsicht GJ 2025",
             dt(3, 25, 8, 20),
             Text(body),
             headers=OUTLOOK)


@mail
def loeschkonzept_leistungsakten_ods():
    s = S("marx")
    body = T("""
Hallo Herr Feld, hallo Frau Voßberg,

anbei die abgestimmte Fassung der Löschfristen für die Leistungsakten Leben/BU/Unfall/Pflege als Tabelle. Bitte prüfen Sie, ob das neue Archivsystem die Fristen so abbilden kann, insbesondere die unterschiedlichen Fristbeginne (Vertragsende vs. Leistungsende).

Gesundheitsdaten aus abgelehnten Anträgen löschen wir künftig nach 3 Jahren statt nach 5 Jahren.

""") + s.de
    sheet = ods([("Löschfristen", [
        ["Dokumentart", "Beispiele", "Frist", "Fristbeginn", "Rechtsgrundlage"],
        ["Antrag mit Gesundheitsangaben (angenommen)", "Antrag, Arztberichte, Untersuchungsbefunde", "10 Jahre", "Vertragsende", "§ 257 HGB, § 147 AO, Verjährung"],
        ["Antrag mit Gesundheitsangaben (abgelehnt)", "Antrag, Arztberichte", "3 Jahre", "Ablehnung", "Verjährung § 195 BGB"],
        ["Leistungsakte BU", "Gutachten, Befundberichte, Tätigkeitsbeschreibung", "10 Jahre", "Leistungsende", "§ 257 HGB"],
        ["Leistungsakte Unfall", "Unfallanzeige, Arztberichte, Invaliditätsgutachten", "10 Jahre", "Abschluss Schaden", "§ 257 HGB"],
        ["Pflegegutachten", "MD-Gutachten, Bescheide", "10 Jahre", "Leistungsende", "§ 257 HGB"],
        ["Korrespondenz ohne Buchungsbezug", "E-Mails, Notizen", "6 Jahre", "Ende des Jahres", "§ 257 HGB"],
    ])], title="Löschfristen Leistungsakten", author="Datenschutz")
    return M("NORMAL", "de", "internal",
             "trap: deletion/retention schedule for claims files with health data (document types only); ODS",
             s.a, [S("feld").a, S("vossberg").a],
             "Löschkonzept Leistungsakten – finale Fassung",
             dt(1, 26, 15, 15),
             Mixed(Text(body), Att(sheet, ODS_CT, "Loeschfristen_Leistungsakten.ods")),
             headers=OUTLOOK)


@mail
def testdaten_fiktiv_csv():
    s = S("feld")
    test_iban = iban_de("99999999", "1234567890")
    body = T("""
Hi Testteam,

für den Regressionstest des neuen Leistungssystems (Release 4.3) hier die synthetischen Testfälle. Alle Personen sind frei erfunden, die IBAN ist eine Test-IBAN mit nicht existierender BLZ 999 999 99. Bitte NICHT mit Produktivdaten mischen.

Testziel: Plausibilitätsprüfung ICD-Code vs. Leistungsart, Zahlungslauf, Korrespondenz.

""") + s.de
    rows = [["testfall", "name", "geburtsdatum", "vertrag", "sparte", "icd", "leistung", "iban"],
            ["TF-001", "Max Mustermann (fiktiv)", "01.01.1970", "TEST-BU-0001", "BU", "M54.5", "BU-Rente 1000,00", test_iban],
            ["TF-002", "Erika Musterfrau (fiktiv)", "12.08.1964", "TEST-PT-0002", "Pflege", "F03", "Pflegegeld PG3", test_iban],
            ["TF-003", "Hans Beispiel (fiktiv)", "31.12.1999", "TEST-UV-0003", "Unfall", "S82.6", "KHT 5 Tage", test_iban],
            ["TF-004", "Testperson Ungültig (fiktiv)", "30.02.1980", "TEST-BU-0004", "BU", "XYZ", "Fehlerfall erwartet", ""]]
    return M("NORMAL", "de", "internal",
             "trap: synthetic test cases with ICD codes, birth dates and an IBAN for a system test; grey: persons marked fictitious, IBAN has a non-existent bank code",
             s.a, [("Testteam Leistungssystem", "test-leistung@" + DOM)],
             "Testdaten Release 4.3 (synthetisch)",
             dt(2, 5, 9, 50),
             Mixed(Text(body), Text(csv_text(rows, delimiter=";"), subtype="csv", charset="utf-8",
                                    cte="quoted-printable", filename="testfaelle_rel43.csv")),
             headers=OUTLOOK)


@mail
def umzug_abteilung_leistung_leben():
    s = S("lenz")
    body = T("""
Hallo zusammen,

der Umzug der Abteilung Leistung Leben ins 3. OG von Haus 1 findet am Freitag, 8. Mai, statt.

- Umzugskartons stehen ab 27.04. im Flur 2. OG, bitte beschriften (Name, neue Raumnummer).
- Akten im Rollregal werden von der Umzugsfirma verplombt transportiert, bitte nicht selbst ausräumen.
- PCs und Telefone baut die IT am Freitag ab und am Montag bis 9 Uhr wieder auf.

Raumplan hängt am Schwarzen Brett und im Intranet.

""") + s.de
    return M("NORMAL", "de", "internal",
             "organisational: department move, no personal data",
             s.a, [("Leistung Leben", "team-leistung-leben@" + DOM)],
             "Umzug Leistung Leben ins 3. OG am 8. Mai",
             dt(4, 14, 11, 0),
             Text(body, charset="windows-1252", cte="8bit"),
             headers=OUTLOOK)


@mail
def kundenmagazin_winter_unfall():
    text = T("""
Auenwald Kundenbrief Winter 2026

Sicher durch Eis und Schnee
Jeden Winter steigen die Unfallzahlen: Stürze auf Glatteis, Ski- und Rodelunfälle. Unsere Tipps: Schuhe mit gutem Profil, Streusplitt vor der Haustür, Helm auf der Piste.

Gut zu wissen: Ihre private Unfallversicherung gilt weltweit, rund um die Uhr – auch im Skiurlaub. Bergungskosten per Hubschrauber sind bis 10.000 € mitversichert.

Erkältet? So kommen Sie gesund durch den Winter
Viel trinken, ausreichend schlafen, regelmäßig lüften. Und: Die Grippeschutzimpfung wird von der Ständigen Impfkommission für alle ab 60 empfohlen.

Pflege: Was tun, wenn Eltern Hilfe brauchen?
Ein neuer Ratgeber in unserem Kundenportal erklärt Schritt für Schritt, wie man einen Pflegegrad beantragt.

Sie möchten diesen Kundenbrief nicht mehr erhalten? Abmelden: https://www.auenwald-versicherung.example/kundenbrief/abmelden
""")
    html = html_doc(T("""
<h1 style="color:#0b4f3a">Auenwald Kundenbrief Winter 2026</h1>
<h2>Sicher durch Eis und Schnee</h2>
<p>Jeden Winter steigen die Unfallzahlen: Stürze auf Glatteis, Ski- und Rodelunfälle. Unsere Tipps: Schuhe mit gutem Profil, Streusplitt vor der Haustür, Helm auf der Piste.</p>
<p><b>Gut zu wissen:</b> Ihre private Unfallversicherung gilt weltweit, rund um die Uhr – auch im Skiurlaub. Bergungskosten per Hubschrauber sind bis 10.000&nbsp;€ mitversichert.</p>
<h2>Erkältet? So kommen Sie gesund durch den Winter</h2>
<p>Viel trinken, ausreichend schlafen, regelmäßig lüften. Und: Die Grippeschutzimpfung wird von der Ständigen Impfkommission für alle ab 60 empfohlen.</p>
<h2>Pflege: Was tun, wenn Eltern Hilfe brauchen?</h2>
<p>Ein neuer Ratgeber in unserem <a href="https://kundenportal.auenwald-versicherung.example/ratgeber/pflege">Kundenportal</a> erklärt Schritt für Schritt, wie man einen Pflegegrad beantragt.</p>
<p style="font-size:8pt"><a href="https://www.auenwald-versicherung.example/kundenbrief/abmelden">Abmelden</a></p>
"""), title="Kundenbrief Winter 2026")
    return M("NORMAL", "de", "newsletter",
             "trap: customer newsletter with accident, flu-vaccination and care-level tips; generic, no person",
             FN_ADDR["news"], [("Auenwald Kundenbrief", "kundenbrief@" + DOM)],
             "Ihr Kundenbrief Winter 2026: Sicher durch Eis und Schnee",
             dt(1, 12, 7, 30),
             Alt(Text(text), Text(html, subtype="html")),
             headers=[("Precedence", "bulk"),
                      ("List-Unsubscribe", "<https://www.auenwald-versicherung.example/kundenbrief/abmelden>")])


@mail
def newsletter_double_optin():
    body = T("""
Hallo,

bitte bestätigen Sie Ihre Anmeldung zum Auenwald Kundenbrief:

https://www.auenwald-versicherung.example/kundenbrief/bestaetigen?t=8f2c91d04ab7

Wenn Sie sich nicht angemeldet haben, ignorieren Sie diese E-Mail einfach. Ohne Bestätigung schicken wir Ihnen nichts.

Ihr Auenwald-Team
""")
    return M("NORMAL", "de", "insurer-to-customer",
             "newsletter double opt-in confirmation; no personal data beyond the address",
             FN_ADDR["news"], ["sommer.lisa@posteingang.example"],
             "Bitte bestätigen Sie Ihre Anmeldung",
             dt(2, 14, 20, 3),
             Text(body, cte="8bit"),
             headers=[("Auto-Submitted", "auto-generated")])


@mail
def kontaktformular_eingangsbestaetigung():
    body = T("""
Guten Tag,

vielen Dank für Ihre Nachricht über unser Kontaktformular. Wir haben sie unter der Vorgangsnummer 2026-03-118842 erfasst und melden uns innerhalb von zwei Werktagen.

Bitte geben Sie bei Rückfragen die Vorgangsnummer an.

Hinweis: Bitte senden Sie uns keine Gesundheitsdaten oder Bankverbindungen über das Kontaktformular oder per unverschlüsselter E-Mail. Nutzen Sie dafür unser SecureMail-Portal.

Freundliche Grüße
Ihr Auenwald Kundenservice
""")
    return M("NORMAL", "de", "insurer-to-customer",
             "trap: automatic acknowledgement of a contact-form message with a ticket number and a generic hint about health data",
             FN_ADDR["service"], ["w.brandstetter@kabelmail.example"],
             "Ihre Anfrage 2026-03-118842",
             dt(3, 21, 22, 41),
             Text(body, charset="iso-8859-1", cte="8bit"),
             headers=[("Auto-Submitted", "auto-replied")])

# ---------------------------------------------------------------------------
# NORMAL, English and mixed
# ---------------------------------------------------------------------------

@mail
def reinsurer_quarterly_claims_csv():
    s = S("nair")
    body = T("""
Dear Martin,

Please find attached the Q4 2025 claims summary for the quota share treaty QS-L-2019 (term life and disability). As agreed in the treaty, figures are aggregated by cause and quarter; no individual claim data. Cells with fewer than five claims are merged into "other".

Headlines: 61 death claims (Q3: 58), 212 new disability claims (Q3: 197). Mental disorders account for 37 % of new disability claims, cancer for 41 % of death claims.

The individual large-claim notifications (above EUR 500k) have been sent separately via the secure portal as usual.

""") + s.en + FOOTER_EN
    rows = [["quarter", "line", "cause_group", "claims", "paid_EUR", "ceded_EUR"],
            ["2025Q4", "term_life", "neoplasms", "25", "3410000", "1705000"],
            ["2025Q4", "term_life", "circulatory", "17", "2280000", "1140000"],
            ["2025Q4", "term_life", "external_causes", "9", "1150000", "575000"],
            ["2025Q4", "term_life", "other", "10", "980000", "490000"],
            ["2025Q4", "disability", "mental_behavioural", "78", "1872000", "936000"],
            ["2025Q4", "disability", "musculoskeletal", "46", "1104000", "552000"],
            ["2025Q4", "disability", "neoplasms", "33", "792000", "396000"],
            ["2025Q4", "disability", "nervous_system", "21", "504000", "252000"],
            ["2025Q4", "disability", "other", "34", "816000", "408000"]]
    return M("NORMAL", "en", "insurer-to-partner",
             "trap: aggregated reinsurance claims summary by cause group (cancer, mental disorders), small cells merged; CSV",
             s.a, [("Martin Ellison", "martin.ellison@nordbridge-re.example")],
             "QS-L-2019 - Q4 2025 claims summary",
             dt(2, 20, 10, 17),
             Mixed(Text(body), Text(csv_text(rows, delimiter=","), subtype="csv", charset="us-ascii",
                                    cte="7bit", filename="QS-L-2019_2025Q4_summary.csv")),
             headers=OUTLOOK_EN)


@mail
def expat_newsletter_income_protection():
    text = T("""
Auenwald International - Newsletter for expats, spring 2026

Income protection in Germany: what you should know
If illness or an accident stops you from working, the German state disability pension is often low, and many expats have not paid into the system long enough to receive it at all. Private occupational disability insurance (Berufsunfaehigkeitsversicherung, "BU") pays a monthly benefit if you can no longer work in your profession at least 50 %.

Three tips:
1. Apply while you are young and healthy - the health questions get harder with every diagnosis.
2. Answer the health questions completely. Incomplete answers are the most common reason for disputes later.
3. Check whether your cover continues if you move to another country.

Did you know? Mental health conditions are now the most common reason for disability claims in Germany, ahead of back problems and cancer.

Unsubscribe: https://international.auenwald-versicherung.example/newsletter/unsubscribe
""")
    html = html_doc(T("""
<h1>Auenwald International</h1><p><i>Newsletter for expats, spring 2026</i></p>
<h2>Income protection in Germany: what you should know</h2>
<p>If illness or an accident stops you from working, the German state disability pension is often low, and many expats have not paid into the system long enough to receive it at all. Private occupational disability insurance (<i>Berufsunfähigkeitsversicherung</i>, "BU") pays a monthly benefit if you can no longer work in your profession at least 50&nbsp;%.</p>
<ol><li>Apply while you are young and healthy - the health questions get harder with every diagnosis.</li>
<li>Answer the health questions completely. Incomplete answers are the most common reason for disputes later.</li>
<li>Check whether your cover continues if you move to another country.</li></ol>
<p><b>Did you know?</b> Mental health conditions are now the most common reason for disability claims in Germany, ahead of back problems and cancer.</p>
<p style="font-size:8pt"><a href="https://international.auenwald-versicherung.example/newsletter/unsubscribe">Unsubscribe</a></p>
"""), title="Auenwald International newsletter")
    return M("NORMAL", "en", "newsletter",
             "trap: expat newsletter about disability insurance and health questions in general",
             FN_ADDR["intl"], [("Auenwald International subscribers", "intl-newsletter@" + DOM)],
             "Income protection in Germany - what expats should know",
             dt(3, 18, 8, 0),
             Alt(Text(text, charset="us-ascii", cte="7bit"), Text(html, subtype="html")),
             headers=[("Precedence", "bulk"),
                      ("List-Unsubscribe", "<https://international.auenwald-versicherung.example/newsletter/unsubscribe>")])


@mail
def job_ad_medical_underwriter_html():
    html = html_doc(T("""
<h1>Senior Medical Underwriter (f/m/d) - Life &amp; Disability</h1>
<p>Kassel or remote within Germany &middot; full-time &middot; permanent</p>
<p>Our international team assesses life, critical illness and disability applications from clients in more than 40 countries.</p>
<h2>What you will do</h2>
<ul>
<li>Assess complex medical cases: cardiovascular disease, diabetes, cancer history, mental health</li>
<li>Interpret attending physician statements, lab results, ECGs and imaging reports</li>
<li>Work with our Chief Medical Officer and reinsurance partners on ratings</li>
<li>Coach junior underwriters</li>
</ul>
<h2>What you bring</h2>
<ul>
<li>Nursing, paramedic or medical degree, or 5+ years in medical underwriting</li>
<li>Fluent English; German is a plus</li>
</ul>
<p>Apply at <a href="https://karriere.auenwald-versicherung.example/jobs/2026-033">karriere.auenwald-versicherung.example/jobs/2026-033</a>.</p>
"""), title="Job 2026-033")
    return M("NORMAL", "en", "insurer-to-partner",
             "trap: HTML-only job advert for a medical underwriter with disease vocabulary, to a job board",
             FN_ADDR["jobs"], [("Job Board Ads", "ads@insurancejobs-europe.example")],
             "Job posting order: Senior Medical Underwriter (ref. 2026-033)",
             dt(2, 25, 9, 15),
             Text(html, subtype="html", charset="utf-8", cte="quoted-printable"),
             headers=OUTLOOK_EN)


@mail
def paramedical_network_rate_card_pdf():
    s = S("scholz")
    body = T("""
Dear Ms Okoye,

Thank you for the proposed rate card for 2026-2027. We can accept it with one change: the home-visit surcharge for fasting blood samples before 8 am should stay at EUR 15, as in the current agreement.

Please send us the signed version. The attached PDF is our marked-up copy.

""") + s.en + FOOTER_EN
    doc = pdf([
        "MedExam Services Europe - Rate card 2026-2027 (draft, marked up by Auenwald)",
        "",
        "Service                                              Fee (EUR)",
        "Paramedical examination incl. height, weight, BP x3       85.00",
        "Resting ECG (12-lead) with tracing                        48.00",
        "Blood sample and shipping to lab                          22.00",
        "Lab profile A (FBC, lipids, HbA1c, LFT, renal)            64.00",
        "Lab profile B (A + PSA, HIV 1/2, hepatitis serology)       96.00",
        "Urinalysis with cotinine                                  18.00",
        "Home visit surcharge                                      25.00",
        "Early fasting visit before 8 am surcharge                 15.00  (draft: 20.00 - not agreed)",
        "",
        "Turnaround: results within 5 working days via secure upload.",
    ], title="Rate card 2026-2027", author="New Business Life")
    return M("NORMAL", "en", "insurer-to-supplier",
             "trap: rate card for paramedical exams (ECG, HIV test, lab profiles) - prices only, no applicant",
             s.a, [("Grace Okoye", "contracts@medexam-services.example")],
             "Rate card 2026-2027 - our comments",
             dt(1, 28, 14, 2),
             Mixed(Text(body), Att(doc, PDF_CT, "RateCard_2026-2027_markup.pdf")),
             headers=OUTLOOK_EN)


@mail
def webinar_mental_health_trends_ics():
    s = S("laub")
    body = T("""
Dear colleagues,

Following our discussion at the last medical committee, I am pleased to invite you to a joint webinar:

"Mental health in disability claims - trends 2020-2025 and what they mean for underwriting"
Wednesday, 22 April 2026, 15:00-16:30 CEST

Speakers: Dr Henning Laub (Auenwald), Dr Nadia Perera (Nordbridge Re, Medical Research)
Topics: incidence by age and occupation, return-to-work rates after depression and burnout, long COVID overlaps, underwriting of past psychotherapy.

All data are aggregated portfolio figures. The dial-in is in the calendar invitation.

""") + s.en + FOOTER_EN
    cal = ics("webinar-mh-2026-04-22@" + DOM, dt(4, 22, 15, 0), dt(4, 22, 16, 30),
              "Webinar: Mental health in disability claims - trends 2020-2025",
              location="https://webinar.auenwald-versicherung.example/mh-0422",
              organizer=("Dr Henning Laub", S("laub").addr),
              attendees=[("Dr Nadia Perera", "n.perera@nordbridge-re.example"),
                         ("Martin Ellison", "martin.ellison@nordbridge-re.example")])
    return M("NORMAL", "en", "insurer-to-partner",
             "trap: webinar invitation on mental-health claim trends with aggregated data only; ICS",
             s.a, [("Dr Nadia Perera", "n.perera@nordbridge-re.example"), ("Martin Ellison", "martin.ellison@nordbridge-re.example")],
             "Invitation: webinar on mental health in disability claims, 22 April",
             dt(3, 27, 11, 40),
             Mixed(Text(body), Text(cal, subtype="calendar", charset="utf-8", cte="7bit",
                                    filename="invite.ics")),
             headers=OUTLOOK_EN)


@mail
def portal_notification_en_html_only():
    html = html_doc(T("""
<p>Hello,</p>
<p>A new message is waiting for you in your <b>Auenwald SecureMail mailbox</b>.</p>
<p><a href="https://securemail.auenwald-versicherung.example/?lang=en">Log in to read it</a></p>
<p>For your security, this notification does not contain the message itself. Messages are deleted automatically after 90 days; you can download them before then.</p>
<p style="font-size:9pt;color:#666">This is an automatic notification. Please do not reply.<br>Auenwald Versicherungen, Auenwaldallee 1-5, 34117 Kassel, Germany</p>
"""), title="New secure message").replace('charset="utf-8"', 'charset="us-ascii"')
    return M("NORMAL", "en", "insurer-to-customer",
             "HTML-only portal notification without content",
             FN_ADDR["noreply"], ["kwame.osei@mailbox.example"],
             "You have a new secure message",
             dt(3, 12, 9, 49),
             Text(html, subtype="html", charset="us-ascii", cte="7bit"),
             headers=[("Auto-Submitted", "auto-generated")])


@mail
def out_of_office_international():
    body = T("""
Thank you for your e-mail. I am out of the office until 6 April 2026 with limited access to e-mail.

For urgent matters regarding your policy, please contact our International Client Services team at international@auenwald-versicherung.example or +49 561 7013-7700 (Mon-Fri, 8 am - 6 pm CET).

Please do not send medical documents by ordinary e-mail; use our secure portal instead.

Oliver Grant
""")
    return M("NORMAL", "en", "insurer-to-customer",
             "trap: out-of-office auto-reply mentioning medical documents in general",
             S("grant").a, ["a.fontaine@mailbox.example"],
             "Automatic reply: Hello Oliver",
             dt(3, 30, 10, 7),
             Text(body, charset="us-ascii", cte="7bit"),
             headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")] + OUTLOOK_EN)


@mail
def blank_aps_form_clinic_network():
    s = S("okafor")
    body = T("""
Dear Mr Schultz,

As discussed, attached is our blank Attending Physician Statement form (version 2026). Please make it available to your network doctors. When we request an APS for a specific patient, we will send the form pre-filled with our reference and the signed authorisation via the secure portal.

""") + s.en + FOOTER_EN
    doc = pdf([
        "Attending Physician Statement (APS) - form version 2026",
        "",
        "Patient name: ____________________   Date of birth: ____________   Our ref.: ________",
        "",
        "1. Diagnoses (with ICD-10 codes) and date of first diagnosis:",
        "   ______________________________________________________________",
        "2. Current treatment and medication (name, dose, since):",
        "   ______________________________________________________________",
        "3. Hospital stays in the last 5 years:",
        "4. Results of relevant examinations (lab, ECG, imaging) - please attach copies:",
        "5. Prognosis / fitness for work:",
        "",
        "Physician: ____________________   Stamp / signature: ____________________",
        "Fee: flat EUR 45 per completed statement (GOÄ no. 80 equivalent).",
    ], title="APS form 2026", author="Life & Disability Underwriting")
    return M("NORMAL", "en", "insurer-to-doctor",
             "trap: blank attending physician statement form (placeholders only) sent to a clinic network",
             s.a, [("Michael Schultz", "admin@medinet-nordhessen.example")],
             "Blank APS form 2026 for your network",
             dt(2, 3, 15, 25),
             Mixed(Text(body), Att(doc, PDF_CT, "APS_form_2026_blank.pdf")),
             headers=OUTLOOK_EN)


@mail
def incident_postmortem_claims_workflow():
    s = S("feld")
    body = T("""
Hi all,

short post-incident summary for INC-2026-020117 (claims workflow outage, 24 February):

What happened: After the database patch on Monday night, the claims workflow system (life, disability, accident) could not open case files between 07:05 and 10:40. Incoming mail and scanned documents were queued, nothing was lost.

Impact: about 310 cases could not be processed during the outage. Statutory deadlines were not affected; the 14 payment runs scheduled for that morning were executed at 11:30 instead.

Root cause: a changed index on the document table; the application timed out on large case files (files with many medical reports).

Actions:
1. Rollback of the index (done).
2. Load test with large case files before each patch (owner: Jonas).
3. Monitoring alert on case-file open time > 5 s (owner: ops).

No personal data was exposed.

""") + s.en
    return M("NORMAL", "en", "internal",
             "trap: IT incident summary about the claims system (medical reports mentioned as file type), no case data",
             s.a, [("IT Service", "it-service@" + DOM), ("Claims managers", "claims-managers@" + DOM)],
             "Post-incident summary INC-2026-020117 (claims workflow outage)",
             dt(2, 26, 17, 19),
             Text(body, charset="us-ascii", cte="7bit"),
             headers=OUTLOOK_EN)


@mail
def rating_manual_update_diabetes():
    s = S("okafor")
    body = T("""
Hi team,

Nordbridge Re has released version 11 of the underwriting manual. The changes that matter most for us:

Type 2 diabetes (non-insulin), age 40-59 at entry:
  HbA1c < 7.0 %, no complications: life +50 % (was +75 %), disability +75 %
  HbA1c 7.0-8.0 %: life +100 %, disability +150 % or decline if BMI > 35
  with microalbuminuria: individual consideration

Treated hypertension, well controlled (< 140/90 on up to 2 drugs): standard (unchanged)

Past depression, single episode, fully recovered > 2 years, no time off > 6 months: disability standard (was exclusion)

The manual is in the underwriting SharePoint. Existing open cases: apply the new version from 1 April.

Miriam
""")
    return M("NORMAL", "en", "internal",
             "trap: summary of rating-manual changes (diabetes, hypertension, depression ratings) without any applicant",
             s.a, [("Underwriting Life & BU", "uw-team@" + DOM)],
             "Rating manual v11 - key changes",
             dt(3, 20, 8, 55),
             Text(body, charset="us-ascii", cte="7bit"),
             headers=OUTLOOK_EN)


@mail
def press_inquiry_disability_statistics():
    s = S("wendt")
    body = T("""
Dear Ms Adebayo,

thank you for your questions for your article on income protection. Here are our answers; you are welcome to quote them as "a spokesperson for Auenwald".

1. How many disability claims did you receive in 2025?
About 2,950 new claims; 79 % of decided claims were accepted.

2. What are the main causes?
Mental disorders (36 %), musculoskeletal conditions (21 %), cancer (16 %), nervous system (9 %), cardiovascular (6 %).

3. How long does a decision take?
Median 34 days once all documents are in. The biggest delay is usually waiting for medical reports.

4. Do you see long COVID claims?
Yes, but so far at a low level: below 2 % of new claims in 2025.

We cannot comment on individual cases.

""") + s.en + FOOTER_EN
    return M("NORMAL", "en", "insurer-to-partner",
             "trap: press answers with aggregated disability claim statistics and causes",
             s.a, [("Funmi Adebayo", "f.adebayo@ledger-news.example")],
             "RE: Your questions on disability claims",
             dt(3, 11, 16, 44),
             Text(body),
             headers=OUTLOOK_EN, in_reply_to="<a91fe2.adebayo@ledger-news.example>")


@mail
def occupational_health_service_contract():
    s = S("lenz")
    body = T("""
Dear Mr Hargreaves,

we would like to extend the occupational health services agreement for our staff (approx. 1,450 employees, Kassel) for 2026-2028 on the following basis:

- company doctor on site 2 days per month,
- eye tests for screen workers (G37) and workplace ergonomics checks,
- seasonal flu vaccinations for staff who want them (approx. 400 doses),
- first-aider training for 60 employees per year.

The fee structure from your offer of 12 January is fine for us. Please send the contract for signature; individual medical results remain with your doctors and are not passed on to us, as before.

""") + s.en
    return M("NORMAL", "en", "insurer-to-supplier",
             "trap: occupational health service contract (vaccinations, eye tests) for staff in general; no individual results",
             s.a, [("Paul Hargreaves", "p.hargreaves@workwell-oh.example")],
             "Occupational health services 2026-2028",
             dt(1, 20, 13, 3),
             Text(body, charset="us-ascii", cte="7bit"),
             headers=OUTLOOK_EN)


@mail
def mortality_experience_study_xlsx():
    s = S("arnold")
    body = T("""
Dear Nadia,

as promised, our mortality experience for the term life portfolio 2021-2025, by age band and sex. Exposure in life years, actual deaths and expected deaths on the treaty basis. Bands with fewer than 10 deaths are combined.

Overall A/E is 0.86 for men and 0.91 for women. Smokers are still too thin for a separate split - let's discuss in May.

""") + s.en + FOOTER_EN
    wb = xlsx([("Experience 2021-2025", [
        ["Age band", "Sex", "Exposure (life years)", "Actual deaths", "Expected deaths", "A/E"],
        ["20-39", "M", 188420, 41, 52.3, 0.78],
        ["20-39", "F", 171005, 22, 24.9, 0.88],
        ["40-49", "M", 142310, 97, 110.6, 0.88],
        ["40-49", "F", 121884, 58, 62.1, 0.93],
        ["50-59", "M", 98720, 211, 242.0, 0.87],
        ["50-59", "F", 80115, 109, 118.4, 0.92],
        ["60+", "M+F", 31250, 168, 188.7, 0.89],
    ])], title="Mortality experience 2021-2025", author="Life Actuarial")
    return M("NORMAL", "en", "insurer-to-partner",
             "trap: aggregated mortality experience study (A/E by age band and sex), no individual data",
             s.a, [("Dr Nadia Perera", "n.perera@nordbridge-re.example")],
             "Mortality experience term life 2021-2025",
             dt(4, 2, 10, 10),
             Mixed(Text(body), Att(wb, XLSX_CT, "Mortality_experience_2021-2025.xlsx")),
             headers=OUTLOOK_EN)


@mail
def ropa_health_data_docx():
    s = S("marx")
    body = T("""
Dear Thomas,

for the group-wide review, attached is the excerpt from our record of processing activities for the processing "benefit assessment in disability and accident insurance". It includes the special categories (health data), recipients and retention periods.

Let me know if your template needs anything else.

""") + s.en
    doc = docx([
        ("h", "Record of processing activities - excerpt"),
        ("table", [["Field", "Entry"],
                   ["Processing", "Benefit assessment in disability (BU) and accident insurance"],
                   ["Controller", "Auenwald Lebensversicherung AG / Auenwald Allgemeine Versicherung AG"],
                   ["Purposes", "Assessment and payment of claims; fraud prevention"],
                   ["Data subjects", "Insured persons, claimants, beneficiaries"],
                   ["Categories of data", "Identification and contract data; bank details; health data (Art. 9 GDPR): diagnoses, medical reports, expert opinions"],
                   ["Recipients", "Medical experts, rehabilitation providers, reinsurers, lawyers, courts"],
                   ["Legal basis", "Art. 6(1)(b), Art. 9(2)(a) and (f) GDPR; § 213 VVG"],
                   ["Retention", "10 years after end of benefit payments"],
                   ["Technical measures", "Encryption in transit (secure mail gateway, portal), role-based access"]]),
    ], title="RoPA excerpt - benefit assessment", author="Data Protection")
    return M("NORMAL", "en", "internal",
             "trap: record-of-processing excerpt describing health-data processing in general; no data subject",
             s.a, [("Thomas Berglund", "thomas.berglund@" + DOM)],
             "RoPA excerpt - benefit assessment BU/accident",
             dt(2, 12, 9, 27),
             Mixed(Text(body), Att(doc, DOCX_CT, "RoPA_excerpt_benefit_assessment.docx")),
             headers=OUTLOOK_EN)


@mail
def conference_hotel_booking():
    s = S("laub")
    body = T("""
Dear reservations team,

I would like to book a single room for the International Medical Underwriting Conference:

Guest: Dr Henning Laub
Arrival: Tuesday, 19 May 2026
Departure: Friday, 22 May 2026 (3 nights)
Rate: conference rate "IMUC26"
Invoice to: Auenwald Versicherungen, Auenwaldallee 1-5, 34117 Kassel, Germany, VAT ID DE 813 204 577

Please confirm by e-mail. Payment will be made by company credit card on arrival.

""") + s.en
    return M("NORMAL", "en", "insurer-to-supplier",
             "ordinary hotel booking of a staff member for a conference; company invoice details only",
             s.a, [("Reservations", "reservations@harbourside-hotel-dublin.example")],
             "Booking request - IMUC 2026, 19-22 May",
             dt(3, 6, 12, 12),
             Text(body),
             headers=OUTLOOK_EN)


@mail
def prospect_diving_accident_question():
    s = S("graebner")
    body = T("""
Dear Mr Adler,

thanks for your question. Yes - our private accident insurance covers diving accidents for recreational divers, including typical diving injuries such as decompression sickness and barotrauma, which many other policies exclude. Dives deeper than 40 m and commercial diving are not covered.

Rescue and recovery costs abroad are covered up to EUR 10,000, and there is no surcharge for divers.

If you would like an offer, you can calculate it online or call me. We only need your date of birth and occupation for the premium; there are no health questions in our standard accident insurance.

""") + s.en + FOOTER_EN
    return M("NORMAL", "en", "insurer-to-customer",
             "grey: prospect's general question about diving accidents answered with product information; no data about him",
             s.a, [("Ben Adler", "ben.adler@mailbox.example")],
             "RE: Accident insurance for scuba divers?",
             dt(2, 18, 15, 37),
             Text(body),
             headers=OUTLOOK_EN, in_reply_to="<20260217.adler.q@mailbox.example>")


@mail
def smime_domain_certificate_partner():
    s = S("feld")
    body = T("""
Hi Lukas,

to switch our mail traffic with nordbridge-re.example to gateway-to-gateway encryption, we need your domain certificate. Ours is available here:

https://zertifikate.auenwald-versicherung.example/domain/auenwald-versicherung.example

Fingerprint (SHA-256) for verification by phone:
3C:0B:91:7E:44:A2:D8:15:6F:C9:20:B7:13:8E:55:F1:
A4:62:0D:9B:37:EE:C0:28:71:4A:9F:06:BD:83:52:E9

Can you send us your certificate (PEM is fine) and the issuing CA? We would like to go live on 1 March; until then TLS stays enforced for your domain.

""") + s.en
    return M("NORMAL", "en", "insurer-to-partner",
             "IT exchange of domain certificates with a reinsurer; technical only",
             s.a, [("Lukas Brenner", "pki@nordbridge-re.example")],
             "Domain certificate exchange (S/MIME gateway)",
             dt(2, 10, 16, 1),
             Text(body, charset="us-ascii", cte="7bit"),
             headers=OUTLOOK_EN)


@mail
def claims_committee_minutes():
    s = S("renner")
    body = T("""
Claims Committee Life/Disability - minutes of 4 March 2026
Present: T. Renner (chair), K. Vossberg, H. Laub, J. Petersen, P. Nair

1. Statistics February: 248 new disability claims, 231 decisions (acceptance rate 77 %), 19 death claims. Backlog down to 148.
2. Authority limits: decisions with a present value above EUR 250k go to the committee; proposal to raise to EUR 300k - agreed, effective 1 April.
3. Ombudsman: 4 new complaints (all disability), 2 decided in our favour.
4. Reinsurance: large-claim notification process unchanged.
5. Training: mental-health guideline update on 21 April.

Individual cases were discussed in closed session and are recorded in the case files only.

Next meeting: 1 April 2026.

""") + s.en
    return M("NORMAL", "en", "internal",
             "trap: claims committee minutes with aggregate figures and governance; individual cases explicitly excluded",
             s.a, [("Claims Committee", "claims-committee@" + DOM)],
             "Minutes Claims Committee 4 March",
             dt(3, 5, 17, 40),
             Text(body),
             headers=OUTLOOK_EN)


@mail
def ltc_product_info_html_attachment():
    s = S("grant")
    body = T("""
Dear Rachel,

several of your expat clients asked about long-term care cover. Attached is our English product overview of the care add-on as an HTML page - you can forward it as it is or put it on your website.

""") + s.en + FOOTER_EN
    page = html_doc(T("""
<h1>Auenwald CareGuard - long-term care add-on</h1>
<p>The statutory long-term care insurance in Germany covers only part of the costs of care. CareGuard pays a monthly amount on top, freely usable, from care level 1.</p>
<table border="1" cellpadding="4" cellspacing="0"><tr><th>Care level</th><th>Benefit (% of insured amount)</th></tr>
<tr><td>1</td><td>10 %</td></tr><tr><td>2</td><td>30 %</td></tr><tr><td>3</td><td>50 %</td></tr><tr><td>4</td><td>80 %</td></tr><tr><td>5</td><td>100 %</td></tr></table>
<p>Typical reasons for needing care are dementia, stroke and frailty in old age - but accidents and illness can also make younger people dependent on care.</p>
<p>Entry age 18-70. Simplified health questions. Premium waiver from care level 2.</p>
"""), title="CareGuard product overview")
    return M("NORMAL", "en", "insurer-to-broker",
             "trap: long-term care product overview (dementia, stroke as general causes) as HTML attachment to a broker",
             s.a, [("Rachel Evans", "r.evans@anglo-german-brokers.example")],
             "Long-term care add-on - English product overview",
             dt(2, 17, 11, 48),
             Mixed(Text(body), Text(page, subtype="html", charset="utf-8", cte="quoted-printable",
                                    filename="CareGuard_overview.html")),
             headers=OUTLOOK_EN)


@mail
def fire_drill_announcement():
    s = S("lenz")
    body = T("""
Hi everyone,

there will be an unannounced... well, now announced fire drill in building 1 on Thursday morning. When the alarm sounds, please leave the building by the nearest staircase (no lifts) and go to assembly point B in the car park.

Fire wardens, please check your floors and report to me at the assembly point.

Colleagues with reduced mobility: please tell me in advance, we will assign a buddy.

Thanks!
Marco
""")
    return M("NORMAL", "en", "internal",
             "organisational fire-drill announcement; nobody's health data",
             s.a, [("All staff building 1", "haus1@" + DOM)],
             "Fire drill on Thursday",
             dt(4, 20, 12, 0),
             Text(body, charset="us-ascii", cte="7bit"),
             headers=OUTLOOK_EN)


@mail
def build_table_bmi_brokers():
    s = S("okafor")
    rows = [["BMI", "Age 18-39", "Age 40-59", "Age 60+"],
            ["below 17", "individual", "individual", "individual"],
            ["17 - 30", "standard", "standard", "standard"],
            ["30.1 - 33", "standard", "+25 %", "+25 %"],
            ["33.1 - 36", "+50 %", "+50 %", "+75 %"],
            ["36.1 - 40", "+100 %", "+100 %", "decline"],
            ["above 40", "decline", "decline", "decline"]]
    intro = T("""
Dear partners,

from 1 April 2026 the following build table applies to new term life applications (disability in brackets: one step higher). Your clients can check in advance where they stand.
""")
    outro = T("""
Additional medical findings (blood pressure, lipids, HbA1c) can change the rating.

""") + s.en
    text = intro + "\n" + text_table(rows) + "\n\n" + outro + FOOTER_EN
    html = html_doc(paras_html(intro) + "\n" + html_table(rows) + "\n" + paras_html(outro))
    return M("NORMAL", "en", "insurer-to-broker",
             "trap: generic BMI build table with ratings for brokers, no applicant",
             s.a, [("International brokers", "intl-brokers@" + DOM)],
             "New build table (BMI) from 1 April",
             dt(3, 24, 14, 33),
             Alt(Text(text), Text(html, subtype="html")),
             headers=OUTLOOK_EN)


@mail
def survey_results_vendor_ods():
    s = S("wendt")
    body = T("""
Hi Sanjay,

thanks for the great workshop. As input for the final report, attached are our internal aggregates from the claims satisfaction survey (Q4 2025). They differ slightly from your raw-data totals because we excluded 38 incomplete responses.

Interesting: satisfaction after a disability claim is much lower when the claim took more than 90 days, regardless of the outcome.

""") + s.en
    sheet = ods([("Claims survey Q4 2025", [
        ["Segment", "Responses", "NPS", "Satisfied (%)", "Top complaint"],
        ["Death claims (beneficiaries)", 74, 31, 84, "Documents requested twice"],
        ["Disability - decided < 90 days", 212, 18, 71, "Medical questionnaire too long"],
        ["Disability - decided > 90 days", 139, -22, 44, "Duration"],
        ["Accident - hospital benefit", 301, 42, 88, "-"],
        ["Accident - permanent impairment", 96, 5, 61, "Assessment by expert"],
        ["Long-term care", 58, 27, 79, "Waiting for care level decision"],
    ])], title="Claims survey aggregates", author="Corporate Communications")
    return M("NORMAL", "en", "insurer-to-supplier",
             "trap: aggregated claims-satisfaction survey results by segment (disability, accident, care), no respondent; ODS",
             s.a, [("Sanjay Kapoor", "s.kapoor@pulse-research.example")],
             "Claims survey Q4 - our aggregates",
             dt(1, 30, 10, 22),
             Mixed(Text(body), Att(sheet, ODS_CT, "Claims_survey_Q4-2025_aggregates.ods")),
             headers=OUTLOOK_EN)


@mail
def claims_app_spanish_office_mixed():
    s = S("feld")
    orig = inner(S("feld").a, [("Alle Mitarbeitenden", "alle@" + DOM)],
                 "Neue Leistungs-App ab 1. März", dt(2, 16, 9, 0),
                 Text(T("""
Liebe Kolleginnen und Kollegen,

ab 1. März können Kundinnen und Kunden Krankenhaustagegeld, Unfallmeldungen und Belege zur Pflegeversicherung direkt in der neuen Auenwald-App einreichen. Die Dokumente landen automatisch im Posteingang der Fachabteilung.

Schulungstermine finden Sie im Intranet.

Jonas Feld, IT-Service
"""), lang="de"), key="app-announcement-de")
    body = T("""
Hola Lucía,

below the English summary of the attached German announcement, for your team in Palma:

From 1 March, customers can submit hospital-cash claims, accident reports and care-insurance receipts directly in the new Auenwald app. Documents go automatically to the relevant department's inbox. For Spanish-speaking customers the app is available in Spanish from April.

Kurz auf Deutsch für Dein Archiv: Die Schulung für Euer Büro machen wir per Video am 26.02., 10 Uhr.

Saludos
Jonas
""")
    return M("NORMAL", "mixed", "internal",
             "English/German internal memo about a claims app, with the German announcement forwarded as message/rfc822; no person data",
             s.a, [("Lucía Ortega", "lucia.ortega@" + DOM)],
             "New claims app - info for the Palma office / Info für Palma",
             dt(2, 16, 11, 30),
             Mixed(Text(body), Rfc822(orig, "Neue Leistungs-App ab 1. März.eml")),
             headers=OUTLOOK_EN)


@mail
def expat_newsletter_bilingual_mixed():
    text = T("""
Auenwald International – Newsletter März / March 2026

DE: Pflegepflichtversicherung – was Expats wissen sollten
Wer in Deutschland krankenversichert ist, ist automatisch auch pflegeversichert. Die gesetzliche Pflegeversicherung deckt aber nur einen Teil der Kosten. Ein Pflegeplatz kostet im Schnitt über 2.500 € Eigenanteil im Monat.

EN: Long-term care insurance - what expats should know
If you have health insurance in Germany, you automatically have long-term care insurance too. But statutory care insurance only covers part of the costs. A place in a care home costs on average more than EUR 2,500 a month out of pocket.

Mehr / more: https://international.auenwald-versicherung.example/care
""")
    html = html_doc(T("""
<h1>Auenwald International – Newsletter März / March 2026</h1>
<h2>DE: Pflegepflichtversicherung – was Expats wissen sollten</h2>
<p>Wer in Deutschland krankenversichert ist, ist automatisch auch pflegeversichert. Die gesetzliche Pflegeversicherung deckt aber nur einen Teil der Kosten. Ein Pflegeplatz kostet im Schnitt über 2.500&nbsp;€ Eigenanteil im Monat.</p>
<h2>EN: Long-term care insurance - what expats should know</h2>
<p>If you have health insurance in Germany, you automatically have long-term care insurance too. But statutory care insurance only covers part of the costs. A place in a care home costs on average more than EUR 2,500 a month out of pocket.</p>
<p><a href="https://international.auenwald-versicherung.example/care">Mehr / more</a></p>
"""), title="Newsletter March 2026")
    return M("NORMAL", "mixed", "newsletter",
             "trap: bilingual expat newsletter about long-term care costs; general information",
             FN_ADDR["intl"], [("Auenwald International subscribers", "intl-newsletter@" + DOM)],
             "Pflegeversicherung / Long-term care – Newsletter März 2026",
             dt(3, 4, 8, 0),
             Alt(Text(text, charset="windows-1252", cte="quoted-printable"), Text(html, subtype="html")),
             headers=[("Precedence", "bulk")])


@mail
def treaty_renewal_call_mixed():
    s = S("nair")
    body = T("""
Dear Martin, dear Nadia,

as agreed, here is the invitation for our treaty renewal call (QS-L-2019, renewal 1 July 2026). Agenda: retention levels, profit commission, the new disability product, data exchange via the secure portal.

Liebe Kolleginnen und Kollegen aus Aktuariat und Risikoprüfung: Bitte bis 8. April Eure Punkte an mich, damit wir vorab eine gemeinsame Linie haben.

Best regards / viele Grüße
Priya
""")
    cal = ics("treaty-renewal-qs-l-2019@" + DOM, dt(4, 15, 14, 0), dt(4, 15, 15, 30),
              "Treaty renewal call QS-L-2019 / Vertragserneuerung",
              location="Video call - link follows",
              organizer=("Priya Nair", S("nair").addr),
              attendees=[("Martin Ellison", "martin.ellison@nordbridge-re.example"),
                         ("Dr Nadia Perera", "n.perera@nordbridge-re.example"),
                         ("Dr. Felix Arnold", S("arnold").addr), ("Miriam Okafor", S("okafor").addr)])
    return M("NORMAL", "mixed", "insurer-to-partner",
             "bilingual meeting invitation for a reinsurance treaty renewal; ICS, no personal data",
             s.a, [("Martin Ellison", "martin.ellison@nordbridge-re.example"), ("Dr Nadia Perera", "n.perera@nordbridge-re.example")],
             "Treaty renewal call 15 April / Vertragserneuerung QS-L-2019",
             dt(3, 26, 9, 5),
             Mixed(Text(body), Text(cal, subtype="calendar", charset="utf-8", cte="quoted-printable",
                                    filename="treaty_renewal_call.ics")),
             cc=[S("arnold").a, S("okafor").a],
             headers=OUTLOOK_EN)


@mail
def anonymous_risk_preinquiry_mixed():
    s = S("okafor")
    body = T("""
Hallo Frau Mitchell,

zu Ihrer anonymen Risikovoranfrage (Kunde, 38, Ingenieur mit Bürotätigkeit, Diabetes Typ 1 seit 2010, Insulinpumpe, HbA1c zuletzt 6,9 %, keine Folgeerkrankungen):

Tendenz BU: Annahme mit Zuschlag ca. 50 %, ohne Ausschluss, sofern sich die Angaben mit den Arztberichten decken. Risikoleben: Zuschlag 75-100 %.

Short version in English for your client: disability cover looks possible with a loading of about 50 % and no exclusion; term life with a loading of 75-100 %. This is a non-binding indication based on anonymous information.

Bitte stellen Sie den Antrag dann mit den vollständigen Gesundheitsangaben und den Laborbefunden der letzten 12 Monate.

""") + s.de
    return M("NORMAL", "mixed", "insurer-to-broker",
             "trap: answer to a risk pre-inquiry with age, diabetes type 1 and HbA1c; grey: anonymous, no name or other identifier, so no identifiable person",
             s.a, [("Sarah Mitchell", "s.mitchell@thames-main-finanz.example")],
             "AW: Anonyme Voranfrage BU/RLV – Diabetes Typ 1",
             dt(1, 22, 16, 50),
             Text(body),
             headers=OUTLOOK)


# ===========================================================================
# generation
# ===========================================================================

def ordered():
    fns = list(MAILS)
    names = [f.__name__ for f in fns]
    assert len(set(names)) == len(names), "duplicate mail function names"
    assert len(fns) == N_MAILS, "expected %d mails, have %d" % (N_MAILS, len(fns))
    random.Random(SEED).shuffle(fns)
    return fns


def generate():
    files = {}
    rows = ["file\tlabel\tlang\tkind\treason"]
    meta = {}
    for i, fn in enumerate(ordered(), 1):
        m = fn()
        name = "%s%04d.eml" % (PREFIX, i)
        raw = build_message(m.frm, m.to, m.subject, m.date, m.body, key=fn.__name__, **m.kw)
        files[name] = raw
        rows.append("\t".join([name, m.label, m.lang, m.kind, m.reason]))
        meta[name] = (m.label, m.lang, m.kind, fn.__name__)
    labels = ("\n".join(rows) + "\n").encode("utf-8")
    return files, labels, meta


def write():
    files, labels, _ = generate()
    mdir = os.path.join(HERE, "mails")
    os.makedirs(mdir, exist_ok=True)
    for old in os.listdir(mdir):
        if old.startswith(PREFIX) and old.endswith(".eml") and old not in files:
            os.remove(os.path.join(mdir, old))
    for name, raw in files.items():
        with open(os.path.join(mdir, name), "wb") as f:
            f.write(raw)
    with open(os.path.join(HERE, "labels.tsv"), "wb") as f:
        f.write(labels)
    print("wrote %d mails and labels.tsv" % len(files))


# ===========================================================================
# check
# ===========================================================================

ADDR_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
URL_RE = re.compile(r"(?:https?://|(?<![A-Za-z0-9.])www\.)([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)", re.I)
IBAN_RE = re.compile(r"(?<![A-Za-z0-9])DE\d{2}(?: ?\d{4}){4} ?\d{2}(?![0-9])")


class _HTMLText(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []

    def handle_data(self, d):
        self.parts.append(d)

    def handle_starttag(self, tag, attrs):
        for k, v in attrs:
            if k in ("href", "src") and v:
                self.parts.append(" " + v + " ")


def html_text(s):
    p = _HTMLText()
    p.feed(s)
    p.close()
    return " ".join(p.parts)


def _pdf_strings(stream):
    out, i, n = [], 0, len(stream)
    while i < n:
        if stream[i:i + 1] == b"(":
            depth, j, buf = 1, i + 1, bytearray()
            while j < n and depth:
                c = stream[j:j + 1]
                if c == b"\\":
                    nxt = stream[j + 1:j + 2]
                    buf += {b"n": b"\n", b"r": b"\r", b"t": b"\t"}.get(nxt, nxt)
                    j += 2
                    continue
                if c == b"(":
                    depth += 1
                elif c == b")":
                    depth -= 1
                    if depth == 0:
                        break
                buf += c
                j += 1
            out.append(bytes(buf).decode("cp1252"))
            i = j + 1
        else:
            i += 1
    return out


def pdf_text(data):
    assert data.startswith(b"%PDF-1."), "no PDF header"
    m = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data)
    assert m, "no startxref/%%EOF"
    xref = int(m.group(1))
    assert data[xref:xref + 4] == b"xref", "startxref does not point to xref"
    hm = re.match(rb"xref\s+0 (\d+)\s*\n", data[xref:])
    count = int(hm.group(1))
    pos = xref + hm.end()
    for num in range(count):
        entry = data[pos + 20 * num: pos + 20 * num + 20]
        off, kind = int(entry[:10]), entry[17:18]
        if kind == b"n":
            assert data.startswith(b"%d 0 obj" % num, off), "xref offset wrong for object %d" % num
    assert b"/Root" in data[xref:], "no /Root in trailer"
    texts = []
    for sm in re.finditer(rb"<< /Length (\d+)( /Filter /FlateDecode)? >>\nstream\n", data):
        ln = int(sm.group(1))
        s = data[sm.end():sm.end() + ln]
        if sm.group(2):
            s = zlib.decompress(s)
        assert data[sm.end() + ln:sm.end() + ln + 12].lstrip(b"\n").startswith(b"endstream"), "bad stream length"
        texts.extend(_pdf_strings(s))
    txt = "\n".join(texts)
    assert txt.strip(), "PDF has no text layer"
    return txt


def _xml_text(data):
    root = ET.fromstring(data)
    return " ".join(t for t in root.itertext())


def office_text(data, ext):
    z = zipfile.ZipFile(io.BytesIO(data))
    assert z.testzip() is None, "corrupt ZIP member"
    names = z.namelist()
    for n in names:
        if n.endswith(".xml") or n.endswith(".rels"):
            ET.fromstring(z.read(n))
    if ext == "docx":
        assert "[Content_Types].xml" in names and "word/document.xml" in names
        return _xml_text(z.read("word/document.xml"))
    if ext == "xlsx":
        assert "[Content_Types].xml" in names and "xl/workbook.xml" in names
        return " ".join(_xml_text(z.read(n)) for n in names if n.startswith("xl/worksheets/"))
    if ext in ("odt", "ods"):
        assert names[0] == "mimetype" and z.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
        mt = z.read("mimetype").decode()
        assert mt == {"odt": "application/vnd.oasis.opendocument.text",
                      "ods": "application/vnd.oasis.opendocument.spreadsheet"}[ext]
        assert "META-INF/manifest.xml" in names
        return _xml_text(z.read("content.xml"))
    raise ValueError(ext)


def ics_check(text):
    assert text.startswith("BEGIN:VCALENDAR\r\n") and text.rstrip("\r\n").endswith("END:VCALENDAR")
    assert "BEGIN:VEVENT" in text and "END:VEVENT" in text
    for ln in text.split("\r\n"):
        assert len(ln.encode("utf-8")) <= 75, "ICS line too long"
        if ln.startswith(("DTSTART", "DTEND")):
            assert ln.split(":", 1)[1].startswith("2026"), "ICS date not in 2026"


def file_text(data, filename, stats, where):
    """Open an attachment by its type, return its text for further checks."""
    ext = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    stats.setdefault("att", {}).setdefault(ext, 0)
    stats["att"][ext] += 1
    if ext == "pdf":
        return pdf_text(data)
    if ext in ("docx", "xlsx", "odt", "ods"):
        return office_text(data, ext)
    if ext == "zip":
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None
        out = []
        for n in z.namelist():
            if n.endswith("/"):
                continue
            out.append(file_text(z.read(n), n, stats, where + "/" + n))
        return "\n".join(out)
    if ext in ("csv", "txt", "ics", "html", "htm", "pem"):
        for enc in ("utf-8", "cp1252"):
            try:
                t = data.decode(enc)
                break
            except UnicodeDecodeError:
                continue
        if ext == "csv":
            list(csv.reader(io.StringIO(t), delimiter=";"))
        if ext == "ics":
            ics_check(t)
            t = t.replace("\r\n ", "")  # unfold
        if ext in ("html", "htm"):
            t = html_text(t)
        return t
    raise AssertionError("%s: unknown attachment type %s" % (where, filename))


def check_message(raw, where, ids, stats, top=True):
    errs = []
    msg = email.message_from_bytes(raw, policy=email.policy.default)
    old = email.message_from_bytes(raw, policy=email.policy.compat32)
    for part in old.walk():
        if part.defects:
            errs.append("%s: compat32 defects %r" % (where, part.defects))
    texts = []
    for part in msg.walk():
        if part.defects:
            errs.append("%s: defects %r" % (where, part.defects))
        for k, v in part.items():
            if getattr(v, "defects", None):
                errs.append("%s: header %s defects %r" % (where, k, v.defects))
    # header checks for this message level
    mid = msg["Message-ID"]
    if not mid:
        errs.append("%s: no Message-ID" % where)
    elif str(mid) in ids:
        errs.append("%s: duplicate Message-ID %s" % (where, mid))
    else:
        ids.add(str(mid))
    d = msg["Date"]
    if not d or d.datetime.year != 2026:
        errs.append("%s: date not in 2026: %s" % (where, d))
    for h in ("From", "To", "Cc", "Reply-To"):
        for v in msg.get_all(h, []):
            for a in v.addresses:
                if not a.domain.endswith(".example"):
                    errs.append("%s: %s domain %s" % (where, h, a.domain))
                if top and h == "From" and a.domain != DOM:
                    errs.append("%s: not sent from the insurer's domain" % where)
            texts.append(str(v))
    texts.append(str(msg["Subject"] or ""))
    if top:
        stats.setdefault("top", {}).setdefault(msg.get_content_type(), 0)
        stats["top"][msg.get_content_type()] += 1
    # parts
    todo = [msg]
    while todo:
        part = todo.pop(0)
        ctype = part.get_content_type()
        if ctype == "message/rfc822":
            inner_msg = part.get_payload()[0]
            stats.setdefault("att", {}).setdefault("eml", 0)
            stats["att"]["eml"] += 1
            e, t = check_message(inner_msg.as_bytes(policy=email.policy.compat32.clone(linesep="\r\n")),
                                 where + "/rfc822", ids, stats, top=False)
            errs.extend(e)
            texts.append(t)
            continue
        if part.is_multipart():
            todo.extend(part.get_payload())
            continue
        cte = (part.get("Content-Transfer-Encoding") or "7bit").lower()
        stats.setdefault("cte", {}).setdefault(cte, 0)
        stats["cte"][cte] += 1
        payload = part.get_payload(decode=True)
        filename = part.get_filename()
        if cte == "7bit" and any(c > 127 for c in part.get_payload().encode("utf-8", "surrogateescape")):
            errs.append("%s: 8-bit data in 7bit part" % where)
        try:
            if part.get_content_maintype() == "text":
                cs = part.get_content_charset()
                if not cs:
                    errs.append("%s: text part without charset" % where)
                    continue
                stats.setdefault("charset", {}).setdefault(cs, 0)
                stats["charset"][cs] += 1
                t = payload.decode(cs)  # strict
                if filename:
                    texts.append(file_text(payload, filename, stats, where))
                elif ctype == "text/html":
                    texts.append(html_text(t))
                else:
                    texts.append(t)
            else:
                if not filename:
                    errs.append("%s: non-text part without filename" % where)
                    continue
                texts.append(file_text(payload, filename, stats, where))
        except Exception as ex:  # noqa
            errs.append("%s: part %s %s fails: %r" % (where, ctype, filename, ex))
    return errs, "\n".join(texts)


def check():
    files, labels, meta = generate()
    errs = []
    mdir = os.path.join(HERE, "mails")
    on_disk = sorted(x for x in os.listdir(mdir) if x.endswith(".eml"))
    if on_disk != sorted(files):
        errs.append("mails/ does not hold exactly the generated files")
    for name, raw in files.items():
        p = os.path.join(mdir, name)
        if not os.path.exists(p) or open(p, "rb").read() != raw:
            errs.append("%s: differs from rebuild" % name)
    if open(os.path.join(HERE, "labels.tsv"), "rb").read() != labels:
        errs.append("labels.tsv differs from rebuild")
    # second rebuild in the same process must be identical too
    files2, labels2, _ = generate()
    if files2 != files or labels2 != labels:
        errs.append("generator is not deterministic")
    ids = set()
    stats = {}
    n_att_mails = 0
    n_ibans = 0
    for name in sorted(files):
        raw = files[name]
        if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
            errs.append("%s: bare LF or CR" % name)
        for ln in raw.split(b"\r\n"):
            if len(ln) > 998:
                errs.append("%s: line > 998 bytes" % name)
                break
        e, text = check_message(raw, name, ids, stats)
        errs.extend(e)
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        if any(p.get_filename() or p.get_content_type() == "message/rfc822" for p in msg.walk()):
            n_att_mails += 1
        for dom in ADDR_RE.findall(text) + URL_RE.findall(text):
            if not dom.lower().endswith(".example"):
                errs.append("%s: domain %s does not end in .example" % (name, dom))
        for ib in IBAN_RE.findall(text):
            n_ibans += 1
            if not iban_ok(ib):
                errs.append("%s: IBAN %s fails mod 97" % (name, ib))
    # labels
    rows = [r.split("\t") for r in labels.decode("utf-8").rstrip("\n").split("\n")]
    if rows[0] != ["file", "label", "lang", "kind", "reason"]:
        errs.append("labels.tsv header wrong")
    rows = rows[1:]
    if len(rows) != N_MAILS:
        errs.append("labels.tsv has %d rows" % len(rows))
    cnt = {}
    for r in rows:
        if len(r) != 5 or not r[4].strip():
            errs.append("bad labels row %r" % r[:1])
        cnt[r[1]] = cnt.get(r[1], 0) + 1
    if cnt != WANT:
        errs.append("label counts %r != %r" % (cnt, WANT))
    # report
    print("mails: %d, Message-IDs: %d (incl. forwarded), mails with attachments: %d, German IBANs checked: %d"
          % (len(files), len(ids), n_att_mails, n_ibans))
    print()
    print("label x lang")
    langs = ["de", "en", "mixed"]
    print("  %-22s %4s %4s %6s %6s" % ("label", *langs, "total"))
    for lab in WANT:
        c = [sum(1 for r in rows if r[1] == lab and r[2] == l) for l in langs]
        print("  %-22s %4d %4d %6d %6d" % (lab, *c, sum(c)))
    c = [sum(1 for r in rows if r[2] == l) for l in langs]
    print("  %-22s %4d %4d %6d %6d" % ("total", *c, sum(c)))
    print()
    print("kind x label")
    kinds = sorted(set(r[3] for r in rows), key=lambda k: (-sum(1 for r in rows if r[3] == k), k))
    print("  %-26s %4s %6s %4s %4s" % ("kind", "n", "NORMAL", "CONF", "STR"))
    for k in kinds:
        c = [sum(1 for r in rows if r[3] == k and r[1] == lab) for lab in WANT]
        print("  %-26s %4d %6d %4d %4d" % (k, sum(c), *c))
    print()
    print("traps (NORMAL with 'trap:'): %d, grey decisions ('grey:'): %d"
          % (sum(1 for r in rows if r[1] == "NORMAL" and "trap:" in r[4]),
             sum(1 for r in rows if "grey:" in r[4])))
    for key, title in (("top", "top-level content types"), ("charset", "charsets of text parts"),
                       ("cte", "transfer encodings of leaf parts"), ("att", "attachments by type (ZIP members and forwarded mails included)")):
        print(title + ": " + ", ".join("%s %d" % (k, v) for k, v in sorted(stats.get(key, {}).items(), key=lambda x: (-x[1], x[0]))))
    print()
    if errs:
        for e in errs:
            print("ERROR", e)
        print("CHECK FAILED: %d problem(s)" % len(errs))
        return 1
    print("CHECK OK")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    write()
