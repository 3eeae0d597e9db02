#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Siegel independent mail corpus dev207 (prefix d207-).

150 hand-written, fictitious e-mails of the Auenwald Versicherungsgruppe
(domain auenwald-versicherung.example), each labelled NORMAL, CONFIDENTIAL or
STRICTLY_CONFIDENTIAL.

Python standard library only.  Office files are ZIPs of hand-written XML,
PDFs are built by hand (Helvetica, WinAnsiEncoding, FlateDecode streams).
Everything is deterministic: a rerun gives byte-identical files.

    python3 make_corpus.py           # writes mails/ and labels.tsv
    python3 make_corpus.py --check   # rebuilds in a temp dir, compares, parses

The helper code (MIME assembly, file formats, signatures, footers) comes first;
every mail is written on its own in the section MAILS further down.
"""

import csv
import email
import email.policy
import email.utils
import io
import os
import re
import sys
import tempfile
import unicodedata
import xml.etree.ElementTree as ET
import zipfile
import zlib
from datetime import datetime, timedelta, timezone
from email.generator import BytesGenerator
from email.message import EmailMessage, MIMEPart

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "d207-"
POLICY = email.policy.SMTP
DOM = "auenwald-versicherung.example"

# ---------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------

def D(s):
    """'2026-03-04 09:12 +0100' -> RFC 5322 date string."""
    stamp, off = s.rsplit(" ", 1)
    sign = 1 if off[0] == "+" else -1
    tz = timezone(sign * timedelta(hours=int(off[1:3]), minutes=int(off[3:5])))
    dt = datetime.strptime(stamp, "%Y-%m-%d %H:%M").replace(tzinfo=tz)
    return email.utils.format_datetime(dt)


# ---------------------------------------------------------------------------
# text helpers
# ---------------------------------------------------------------------------

def flow(text, width=76):
    """Encode text as format=flowed (RFC 3676): long lines get soft breaks."""
    out = []
    for line in text.split("\n"):
        if line.startswith(">"):
            out.append(line)
            continue
        if line.startswith(" ") or line.startswith("From "):
            line = " " + line
        if line == "-- ":
            out.append(line)
            continue
        while len(line) > width:
            cut = line.rfind(" ", 0, width)
            if cut <= 0:
                break
            out.append(line[:cut + 1])
            line = line[cut + 1:]
        out.append(line.rstrip(" ") if not line.endswith(" ") else line.rstrip(" "))
    return "\n".join(out)


def quote(text, prefix="> "):
    """Quote a text with '> ' the way mail clients do."""
    res = []
    for line in text.split("\n"):
        if line.startswith(">"):
            res.append(">" + line)
        elif line:
            res.append(prefix + line)
        else:
            res.append(">")
    return "\n".join(res)


def pdf_safe(s):
    """Make a string encodable in WinAnsi (cp1252)."""
    out = []
    for ch in s:
        try:
            ch.encode("cp1252")
            out.append(ch)
        except UnicodeEncodeError:
            base = unicodedata.normalize("NFKD", ch)
            base = "".join(c for c in base if not unicodedata.combining(c))
            try:
                base.encode("cp1252")
                out.append(base)
            except UnicodeEncodeError:
                out.append("?")
    return "".join(out)


# ---------------------------------------------------------------------------
# MIME assembly
# ---------------------------------------------------------------------------

def _text_part(text, subtype="plain", charset="utf-8", cte="quoted-printable", flowed=False):
    p = MIMEPart(policy=POLICY)
    if flowed:
        text = flow(text)
    if not text.endswith("\n"):
        text += "\n"
    p.set_content(text, subtype=subtype, charset=charset, cte=cte)
    if flowed:
        p.set_param("format", "flowed")
    if "Content-Disposition" in p:
        del p["Content-Disposition"]
    return p


def att(filename, data, ctype, charset=None, cte=None, inline=False):
    """An attachment part.  data: bytes, or str for text types (then charset)."""
    maintype, subtype = ctype.split("/")
    p = MIMEPart(policy=POLICY)
    if isinstance(data, str) and maintype != "text":
        data = data.encode(charset or "utf-8")
    if isinstance(data, str):
        if data and not data.endswith("\n"):
            data += "\n"
        p.set_content(data, subtype=subtype, charset=charset or "utf-8",
                      cte=cte or "quoted-printable")
    else:
        p.set_content(data, maintype=maintype, subtype=subtype, cte=cte or "base64")
    p.add_header("Content-Disposition", "inline" if inline else "attachment")
    p.set_param("filename", filename, header="Content-Disposition")
    if maintype != "message":
        p.set_param("name", filename)
    return p


def fwd(inner, filename=None):
    """A forwarded mail as message/rfc822 attachment."""
    p = MIMEPart(policy=POLICY)
    p.set_content(inner)
    p.add_header("Content-Disposition", "attachment")
    if filename:
        p.set_param("filename", filename, header="Content-Disposition")
    return p


def mail(headers, body=None, *, charset="utf-8", cte="quoted-printable", flowed=False,
         html=None, html_charset=None, html_cte=None, parts=()):
    """Assemble one message.

    headers: list of (name, value) in the order they appear.
    body:    plain text (None for an HTML-only mail).
    html:    HTML text (multipart/alternative with body, or text/html alone).
    parts:   attachments (MIMEPart from att()/fwd()).
    """
    final = EmailMessage(policy=POLICY)
    for k, v in headers:
        final[k] = v
    if body is not None:
        text = flow(body) if flowed else body
        if not text.endswith("\n"):
            text += "\n"
        final.set_content(text, subtype="plain", charset=charset, cte=cte)
        if flowed:
            final.set_param("format", "flowed")
        if html is not None:
            final.add_alternative(html if html.endswith("\n") else html + "\n", subtype="html",
                                  charset=html_charset or charset, cte=html_cte or cte)
    else:
        final.set_content(html if html.endswith("\n") else html + "\n", subtype="html",
                          charset=html_charset or charset, cte=html_cte or cte)
    if parts:
        final.make_mixed()
        for p in parts:
            final.attach(p)
    _fix_boundaries(final, headers)
    return final


def _fix_boundaries(msg, headers):
    mid = dict((k.lower(), v) for k, v in headers).get("message-id", "x")
    seed = zlib.crc32(mid.encode("utf-8")) & 0xFFFFFFFF
    n = 0
    for part in msg.walk():
        if part.get_content_maintype() == "multipart":
            n += 1
            part.set_boundary("----=_Part_%08X_%d.%d" % (seed, n, 1772000000 + n * 7))


def to_bytes(msg):
    buf = io.BytesIO()
    BytesGenerator(buf, policy=POLICY, mangle_from_=False).flatten(msg)
    return buf.getvalue()


# ---------------------------------------------------------------------------
# ZIP, office files, PDF, ICS
# ---------------------------------------------------------------------------

def mkzip(members, when=(2026, 1, 5, 8, 0, 0), store_first=False):
    """members: list of (name, bytes|str).  Fixed times and attributes."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for i, (name, data) in enumerate(members):
            if isinstance(data, str):
                data = data.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.create_system = 0
            zi.external_attr = 0
            if store_first and i == 0:
                zi.compress_type = zipfile.ZIP_STORED
            else:
                zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def _x(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets, creator="Auenwald", created="2026-01-05T08:00:00Z", when=None):
    """sheets: list of (name, rows); first row bold.  str -> inline string."""
    ws_xml = []
    for _name, rows in sheets:
        rx = []
        for r, row in enumerate(rows, 1):
            cells = []
            for c, v in enumerate(row):
                if v is None or v == "":
                    continue
                ref = "%s%d" % (_col(c), r)
                st = ' s="1"' if r == 1 else ""
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<c r="%s"%s><v>%s</v></c>' % (ref, st, repr(v) if isinstance(v, float) else v))
                else:
                    cells.append('<c r="%s"%s t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, st, _x(v)))
            rx.append('<row r="%d">%s</row>' % (r, "".join(cells)))
        ws_xml.append(
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            '<sheetData>%s</sheetData></worksheet>' % "".join(rx))
    n = len(sheets)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          + "".join('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % (i + 1) for i in range(n))
          + '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>'
          + "".join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (_x(nm), i + 1, i + 1) for i, (nm, _r) in enumerate(sheets))
          + '</sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              + "".join('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i + 1, i + 1) for i in range(n))
              + '<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' % (n + 1)
              + '</Relationships>')
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
              '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
              '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
              '</styleSheet>')
    members = [("[Content_Types].xml", ct), ("_rels/.rels", rels),
               ("docProps/core.xml", _core(creator, created)),
               ("docProps/app.xml", _app("Microsoft Excel")),
               ("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", wbrels),
               ("xl/styles.xml", styles)]
    members += [("xl/worksheets/sheet%d.xml" % (i + 1), w) for i, w in enumerate(ws_xml)]
    return mkzip(members, when=when or _when(created))


def _when(iso):
    d = datetime.strptime(iso[:19], "%Y-%m-%dT%H:%M:%S")
    return (d.year, d.month, d.day, d.hour, d.minute, d.second)


def _core(creator, created):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified>'
            '</cp:coreProperties>' % (_x(creator), _x(creator), created, created))


def _app(app):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
            '<Application>%s</Application></Properties>' % app)


def _run(text, bold=False, size=None):
    rpr = ""
    if bold or size:
        rpr = "<w:rPr>%s%s</w:rPr>" % ("<w:b/>" if bold else "", '<w:sz w:val="%d"/>' % size if size else "")
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, _x(text))


def docx(blocks, creator="Auenwald", created="2026-01-05T08:00:00Z"):
    """blocks: str (paragraph), ('b', str) bold, ('h', str) heading,
    ('table', rows) table with header row."""
    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append("<w:p>%s</w:p>" % (_run(b) if b else ""))
        elif b[0] == "b":
            body.append("<w:p>%s</w:p>" % _run(b[1], bold=True))
        elif b[0] == "h":
            body.append("<w:p>%s</w:p>" % _run(b[1], bold=True, size=28))
        elif b[0] == "table":
            rows = []
            for i, row in enumerate(b[1]):
                cells = "".join('<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr><w:p>%s</w:p></w:tc>' % _run(str(c), bold=(i == 0)) for c in row)
                rows.append("<w:tr>%s</w:tr>" % cells)
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                        '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/>'
                        '<w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/>'
                        '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders>'
                        '</w:tblPr>%s</w:tbl><w:p/>' % "".join(rows))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
           '<w:pgMar w:top="1417" w:right="1417" w:bottom="1134" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/>'
           '</w:sectPr></w:body></w:document>' % "".join(body))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '</Relationships>')
    return mkzip([("[Content_Types].xml", ct), ("_rels/.rels", rels),
                  ("docProps/core.xml", _core(creator, created)),
                  ("docProps/app.xml", _app("Microsoft Office Word")),
                  ("word/document.xml", doc)], when=_when(created))


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
           'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"')


def _odf(mimetype, body_xml, creator, created):
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<office:document-content %s><office:automatic-styles>'
               '<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
               '</office:automatic-styles><office:body>%s</office:body></office:document-content>' % (_ODF_NS, body_xml))
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-meta %s><office:meta><meta:generator>LibreOffice/7.6</meta:generator>'
            '<meta:initial-creator>%s</meta:initial-creator><dc:creator>%s</dc:creator>'
            '<meta:creation-date>%s</meta:creation-date><dc:date>%s</dc:date></office:meta></office:document-meta>'
            % (_ODF_NS, _x(creator), _x(creator), created[:19], created[:19]))
    styles = ('<?xml version="1.0" encoding="UTF-8"?>\n'
              '<office:document-styles %s><office:styles/></office:document-styles>' % _ODF_NS)
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mimetype)
    return mkzip([("mimetype", mimetype), ("content.xml", content), ("styles.xml", styles),
                  ("meta.xml", meta), ("META-INF/manifest.xml", manifest)],
                 when=_when(created), store_first=True)


def odt(blocks, creator="Auenwald", created="2026-01-05T08:00:00Z"):
    """blocks as for docx()."""
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append("<text:p>%s</text:p>" % _x(b))
        elif b[0] in ("b", "h"):
            out.append('<text:p><text:span text:style-name="B">%s</text:span></text:p>' % _x(b[1]))
        elif b[0] == "table":
            ncol = max(len(r) for r in b[1])
            rows = "".join("<table:table-row>%s</table:table-row>" % "".join(
                '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % _x(c) for c in r)
                for r in b[1])
            out.append('<table:table table:name="Tabelle%d"><table:table-column table:number-columns-repeated="%d"/>%s</table:table>'
                       % (len(out) + 1, ncol, rows))
    return _odf("application/vnd.oasis.opendocument.text",
                "<office:text>%s</office:text>" % "".join(out), creator, created)


def ods(sheets, creator="Auenwald", created="2026-01-05T08:00:00Z"):
    tabs = []
    for name, rows in sheets:
        rx = []
        for row in rows:
            cells = []
            for v in row:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (v, v))
                elif v is None or v == "":
                    cells.append("<table:table-cell/>")
                else:
                    cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % _x(v))
            rx.append("<table:table-row>%s</table:table-row>" % "".join(cells))
        tabs.append('<table:table table:name="%s">%s</table:table>' % (_x(name), "".join(rx)))
    return _odf("application/vnd.oasis.opendocument.spreadsheet",
                "<office:spreadsheet>%s</office:spreadsheet>" % "".join(tabs), creator, created)


def _pdfstr(s):
    b = pdf_safe(s).encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def pdf(lines, title="", author="Auenwald Versicherungsgruppe", date="20260105080000+01'00'",
        producer="Auenwald DocGen 3.1"):
    """lines: str, or (size, bold, text), or '' for a blank line, or '\\f' for a page break."""
    pages, cur, y = [], [], 800.0
    for ln in lines:
        if ln == "\f":
            pages.append(cur)
            cur, y = [], 800.0
            continue
        size, bold, text = (10, False, ln) if isinstance(ln, str) else ln
        lead = size * 1.4
        if y - lead < 50:
            pages.append(cur)
            cur, y = [], 800.0
        y -= lead
        if text:
            cur.append(b"BT /%s %d Tf 56 %.1f Td (%s) Tj ET" % (
                b"F2" if bold else b"F1", size, y, _pdfstr(text)))
    pages.append(cur)
    objs = {}
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    objs[5] = (b"<< /Title (" + _pdfstr(title) + b") /Author (" + _pdfstr(author) + b") /Producer ("
               + _pdfstr(producer) + b") /CreationDate (D:" + date.encode() + b") /ModDate (D:" + date.encode() + b") >>")
    kids = []
    n = 6
    for pg in pages:
        stream = zlib.compress(b"\n".join(pg) + b"\n", 9)
        objs[n] = (b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream)) + stream + b"\nendstream"
        objs[n + 1] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % n)
        kids.append(n + 1)
        n += 2
    objs[2] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for i in sorted(objs):
        offs[i] = out.tell()
        out.write(b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n")
    xref = out.tell()
    size = max(objs) + 1
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % size)
    for i in range(1, size):
        out.write(b"%010d 00000 n \n" % offs[i])
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (size, xref))
    return out.getvalue()


def ics(text):
    """Calendar text; lines joined with CRLF as RFC 5545 wants."""
    return "\r\n".join(text.strip("\n").split("\n")) + "\r\n"


# ---------------------------------------------------------------------------
# the company: signatures and footers (the only shared text)
# ---------------------------------------------------------------------------

ADDR = "Auenwaldplatz 1 · 34117 Kassel"

FOOT_KV = ("Auenwald Krankenversicherung a.G. · Sitz Kassel · Amtsgericht Kassel HRB 17735\n"
           "Vorstand: Dr. Ruth Hellwege (Vors.), Carsten Mählmann, Nadine Oettinger\n"
           "Vorsitzender des Aufsichtsrats: Prof. Dr. Wolfram Iske")
FOOT_LV = ("Auenwald Lebensversicherung AG · Sitz Kassel · Amtsgericht Kassel HRB 17736\n"
           "Vorstand: Dr. Ruth Hellwege (Vors.), Jörg Tiedemann · Aufsichtsrat: Prof. Dr. Wolfram Iske (Vors.)")
FOOT_AV = ("Auenwald Allgemeine Versicherung AG · Sitz Kassel · Amtsgericht Kassel HRB 17737\n"
           "Vorstand: Carsten Mählmann (Vors.), Bettina Gräfe · Aufsichtsrat: Prof. Dr. Wolfram Iske (Vors.)")
FOOT_EN = ("Auenwald Versicherungsgruppe | Auenwaldplatz 1 | 34117 Kassel | Germany\n"
           "Auenwald Krankenversicherung a.G. (HRB 17735), Auenwald Lebensversicherung AG (HRB 17736),\n"
           "Auenwald Allgemeine Versicherung AG (HRB 17737), all registered at Amtsgericht Kassel.")
DISCL_DE = ("Diese E-Mail kann vertrauliche und/oder rechtlich geschützte Informationen enthalten. "
            "Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, "
            "informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte "
            "Kopieren sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet.")
DISCL_EN = ("This e-mail may contain confidential and/or privileged information. If you are not the "
            "intended recipient, please notify the sender immediately and delete this e-mail. Any "
            "unauthorised copying, disclosure or distribution of its content is prohibited.")

SIG = {
    "weidemann": "Mit freundlichen Grüßen\nJonas Weidemann\n\nLeistungsservice ambulant\nAuenwald Krankenversicherung a.G.\n"
                 + ADDR + "\nTelefon 0561 7093-2214 · Fax 0561 7093-2299\njonas.weidemann@" + DOM,
    "arslan": "Melike Arslan\nKostenzusagen und stationäre Leistungen | Hospital Cost Approvals\nAuenwald Krankenversicherung a.G.\n"
              "Tel. +49 561 7093-2231\nmelike.arslan@" + DOM,
    "trautwein": "Viele Grüße\nSabine Trautwein\nArznei- und Hilfsmittel\nAuenwald Krankenversicherung a.G.\n"
                 "Tel. 0561 7093-2247",
    "oberlaender": "Dr. Katrin Oberländer\nLeiterin Leistung Krankenversicherung\nAuenwald Krankenversicherung a.G.\n"
                   + ADDR + "\nT +49 561 7093-2200 | M +49 170 5528140",
    "vogelsang": "Dr. med. Henrik Vogelsang\nBeratungsarzt | Medical Adviser\nAuenwald Krankenversicherung a.G.\n"
                 "Tel. +49 561 7093-2260",
    "kuehnel": "Freundliche Grüße\n\nPetra Kühnel\nBeitrag und Tarif | Premiums & Tariffs\nAuenwald Krankenversicherung a.G.\n"
               + ADDR + "\nTelefon 0561 7093-2310\npetra.kuehnel@" + DOM,
    "brandhorst": "Timo Brandhorst\nKundenservice\nAuenwald Versicherungsgruppe\nTel. 0561 7093-1000 (Mo-Fr 8-18 Uhr)\n"
                  "https://www.auenwald-versicherung.example/kontakt",
    "hoffmeister": "Mit freundlichen Grüßen / Kind regards\n\nLena Hoffmeister\nKraftfahrt-Schaden | Motor Claims\n"
                   "Auenwald Allgemeine Versicherung AG\nTel. +49 561 7093-3120",
    "pellegrini": "Marco Pellegrini\nSchaden Sach/Haftpflicht | Property & Liability Claims\nAuenwald Allgemeine Versicherung AG\n"
                  "Tel. +49 561 7093-3150 | marco.pellegrini@" + DOM,
    "lassahn": "Friederike Lassahn\nRechtsschutz-Schaden | Legal Expenses Claims\nAuenwald Allgemeine Versicherung AG\n"
               "Tel. 0561 7093-3180",
    "rademacher": "Oliver Rademacher\nLeistung Leben und Berufsunfähigkeit | Life & Disability Claims\n"
                  "Auenwald Lebensversicherung AG\n" + ADDR + "\nTel. +49 561 7093-4120",
    "dogan": "Freundliche Grüße\nAylin Doğan\nPflegeversicherung\nAuenwald Krankenversicherung a.G.\nTel. 0561 7093-2280",
    "schrader": "Benedikt Schrader\nUnfall-Leistung | Accident Claims\nAuenwald Allgemeine Versicherung AG\nTel. +49 561 7093-3240",
    "whitmore": "Best regards / Viele Grüße\nClaire Whitmore\nInternational Health Desk\nAuenwald Krankenversicherung a.G.\n"
                "Phone +49 561 7093-2290 · claire.whitmore@" + DOM,
    "stein": "Niklas Stein\nIT-Betrieb Mail & Collaboration\nAuenwald Versicherungsgruppe\nDurchwahl -5512",
    "marquardt": "Ute Marquardt\nDatenschutzbeauftragte | Data Protection Officer\nAuenwald Versicherungsgruppe\n"
                 + ADDR + "\ndatenschutz@" + DOM,
    "riedel": "Beste Grüße\nHannes Riedel\nMaklerbetreuung | Broker Services\nAuenwald Versicherungsgruppe\nTel. 0561 7093-1400\n"
              "Maklerportal: https://makler.auenwald-versicherung.example",
    "pfeiffer": "Johanna Pfeiffer\nPressesprecherin | Head of Press\nAuenwald Versicherungsgruppe\nT +49 561 7093-1090\n"
                "presse@" + DOM,
    "gerstenberg": "Ralf Gerstenberg\nEinkauf und Dienstleistersteuerung\nAuenwald Versicherungsgruppe\nTel. 0561 7093-5230",
    "koch": "Svenja Koch\nPersonalservice | HR Services\nAuenwald Versicherungsgruppe\nTel. 0561 7093-5100",
    "okafor": "Daniel Okafor\nFirmenkunden Underwriting | Commercial Lines\nAuenwald Allgemeine Versicherung AG\n"
              "Phone +49 561 7093-3400 | Mobile +49 151 22849017",
    "lindqvist": "Kind regards / Freundliche Grüße\nEmma Lindqvist\nReiseversicherung | Travel Insurance\n"
                 "Auenwald Allgemeine Versicherung AG\nTel. +49 561 7093-3300",
    "ebeling": "Matthias Ebeling\nAktuariat Kranken | Health Actuarial\nTel. -2410",
    "sommerfeld": "Greta Sommerfeld\nBetriebliche Altersversorgung | Group Pensions\nAuenwald Lebensversicherung AG\n"
                  "Tel. +49 561 7093-4300",
}


def A(key):
    """Mail address of a staff member."""
    return {
        "weidemann": "Jonas Weidemann <jonas.weidemann@%s>",
        "arslan": "Melike Arslan <melike.arslan@%s>",
        "trautwein": "Sabine Trautwein <sabine.trautwein@%s>",
        "oberlaender": "\"Dr. Katrin Oberländer\" <katrin.oberlaender@%s>",
        "vogelsang": "\"Dr. med. Henrik Vogelsang\" <henrik.vogelsang@%s>",
        "kuehnel": "Petra Kühnel <petra.kuehnel@%s>",
        "brandhorst": "Timo Brandhorst <timo.brandhorst@%s>",
        "hoffmeister": "Lena Hoffmeister <lena.hoffmeister@%s>",
        "pellegrini": "Marco Pellegrini <marco.pellegrini@%s>",
        "lassahn": "Friederike Lassahn <friederike.lassahn@%s>",
        "rademacher": "Oliver Rademacher <oliver.rademacher@%s>",
        "dogan": "Aylin Doğan <aylin.dogan@%s>",
        "schrader": "Benedikt Schrader <benedikt.schrader@%s>",
        "whitmore": "Claire Whitmore <claire.whitmore@%s>",
        "stein": "Niklas Stein <niklas.stein@%s>",
        "marquardt": "Ute Marquardt <ute.marquardt@%s>",
        "riedel": "Hannes Riedel <hannes.riedel@%s>",
        "pfeiffer": "Johanna Pfeiffer <johanna.pfeiffer@%s>",
        "gerstenberg": "Ralf Gerstenberg <ralf.gerstenberg@%s>",
        "koch": "Svenja Koch <svenja.koch@%s>",
        "okafor": "Daniel Okafor <daniel.okafor@%s>",
        "lindqvist": "Emma Lindqvist <emma.lindqvist@%s>",
        "ebeling": "Matthias Ebeling <matthias.ebeling@%s>",
        "sommerfeld": "Greta Sommerfeld <greta.sommerfeld@%s>",
    }[key] % DOM


OUTLOOK = "Microsoft Outlook 16.0"
TBIRD = "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0"
IPHONE = "iPhone Mail (22D72)"
KLEO = "KLEO Leistungssystem 4.8 (Auenwald)"


def MID(s):
    return "<%s>" % s


# ---------------------------------------------------------------------------
# registry of mails
# ---------------------------------------------------------------------------

MAILS = []


def M(no, label, lang, kind, reason):
    def deco(fn):
        MAILS.append((no, label, lang, kind, reason, fn))
        return fn
    return deco


# ===========================================================================
# MAILS
# ===========================================================================

@M(1, "NORMAL", "de", "internal",
   "trap: IT ticket about OCR of GOÄ invoices and the 'Diagnose' field; no patient, no member")
def m001():
    body = """Hallo zusammen,

kurzer Zwischenstand zum Ticket INC-2026-01877 (Scanstraße Leistung ambulant):

Seit dem Update der Erkennungssoftware am Montag werden bei ca. 6 % der
eingescannten Arztrechnungen die GOÄ-Ziffern nicht mehr sauber ausgelesen.
Betroffen sind vor allem Rechnungen von Verrechnungsstellen, die die Ziffer
und den Steigerungsfaktor in einer Spalte drucken ("5 2,3"). Das Feld
"Diagnose" wird dann leer übergeben, und die Belege landen in der
manuellen Nachbearbeitung statt in der Dunkelverarbeitung.

Was wir bisher wissen:
- nur Rechnungen im Querformat betroffen
- Zahnarztrechnungen (GOZ) laufen normal durch
- Apothekenquittungen ebenfalls unauffällig

Workaround bis zum Fix: Belege aus dem Korb "OCR-Fehler GOÄ" bitte nicht
einzeln neu scannen, sondern über die Funktion "Erneut klassifizieren"
schicken. Der Hersteller hat einen Patch für Donnerstag zugesagt, wir
testen ihn zuerst auf der Abnahmeumgebung mit den Dummy-Belegen.

Ich melde mich, sobald es Neuigkeiten gibt.

Gruß
Niklas

-- 
""" + SIG["stein"]
    return mail([
        ("From", A("stein")),
        ("To", "Leistung ambulant Team <team-leistung-ambulant@%s>" % DOM),
        ("Cc", A("oberlaender")),
        ("Subject", "INC-2026-01877 Scanstraße: GOÄ-Ziffern werden nicht erkannt"),
        ("Date", D("2026-01-14 10:42 +0100")),
        ("Message-ID", MID("5c1a9e20-8f3b-4b7e-9d1c-1877a0b1c2d3@" + DOM)),
        ("User-Agent", TBIRD),
        ("Content-Language", "de-DE"),
    ], body, cte="8bit", flowed=True)


@M(2, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "health reimbursement statement for a named member: dermatologist invoice with psoriasis diagnosis L40.0, GOÄ items, prescription")
def m002():
    body = """Sehr geehrter Herr Brüggemann,

vielen Dank für die Rechnungen, die Sie uns am 2. Februar über die
Auenwald-App eingereicht haben. Wir haben sie zu Ihrem Vertrag
KV 40-2231187 (Tarif AK 300, Versicherungsnummer 118 442 907-01)
wie folgt abgerechnet:

1) Dr. med. Annette Quast, Fachärztin für Dermatologie, Rechnung vom 14.01.2026
   Diagnose laut Rechnung: L40.0 Psoriasis vulgaris
   GOÄ 1   Beratung                    2,3-fach      10,72 EUR
   GOÄ 5   symptombez. Untersuchung    2,3-fach      10,72 EUR
   GOÄ 750 Auflichtmikroskopie          2,3-fach      16,09 EUR
   GOÄ 567 Phototherapie (6x)           1,8-fach      75,54 EUR
   Rechnungsbetrag                                   113,07 EUR
   erstattungsfähig                                  113,07 EUR

2) Löwen-Apotheke am Königsplatz, Quittung vom 16.01.2026
   Calcipotriol/Betamethason Gel 60 g (Privatrezept Dr. Quast)
   Betrag                                             99,33 EUR
   erstattungsfähig                                   99,33 EUR

Summe erstattungsfähig                               212,40 EUR
davon auf den Selbstbehalt 2026 angerechnet          212,40 EUR
Auszahlung                                             0,00 EUR

Ihr jährlicher Selbstbehalt beträgt 300,00 EUR. Mit dieser Abrechnung sind
davon 212,40 EUR verbraucht; ab weiteren 87,60 EUR erstatten wir wieder
in voller Höhe. Bitte reichen Sie deshalb auch kleinere Belege ein, damit
wir den Selbstbehalt korrekt fortschreiben können. Eine mögliche
Beitragsrückerstattung für 2026 bleibt davon unberührt, solange keine
Auszahlung erfolgt ist.

Haben Sie Fragen zur Abrechnung? Dann antworten Sie einfach auf diese
E-Mail.

""" + SIG["weidemann"] + "\n\n" + FOOT_KV
    return mail([
        ("From", A("weidemann")),
        ("To", "Wolfgang Brüggemann <w.brueggemann@posteo-mail.example>"),
        ("Subject", "Ihre Leistungsabrechnung vom 05.02.2026 - KV 40-2231187"),
        ("Date", D("2026-02-05 14:08 +0100")),
        ("Message-ID", MID("AM9PR07MB7731E2C0F4A7D2B1C4E5A1F2B@AM9PR07MB7731.eurprd07.mail.auenwald-versicherung.example")),
        ("X-Mailer", OUTLOOK),
        ("Content-Language", "de-DE"),
    ], body)


@M(3, "CONFIDENTIAL", "en", "insurer-to-customer",
   "motor windscreen claim of a named customer: policy and claim number, plate, payment; nobody hurt, no health data")
def m003():
    body = """Dear Mr Kowalczyk,

thank you for your call this morning. I have opened the claim for the
cracked windscreen on your Skoda Octavia, registration KS-RK 418.

Claim number:   KF-26-0031942
Policy number:  AK 7104 558 213 (comprehensive, excess EUR 150)
Date of loss:   27 January 2026, stone chip on the A7 near Kassel-Nord

You can go directly to our partner Glasklar Autoglas in Kassel-Bettenhausen
(Leipziger Strasse 212); they will bill us directly, so you only pay the
excess of EUR 150 on site. If you prefer a workshop of your own choice,
please send me the invoice and we will reimburse the amount minus the
excess to the account we have on file for your premiums.

A windscreen claim does not affect your no-claims class.

""" + SIG["hoffmeister"] + "\n\n" + FOOT_EN
    return mail([
        ("From", A("hoffmeister")),
        ("To", "Radoslaw Kowalczyk <r.kowalczyk@mailbox-one.example>"),
        ("Subject", "Your windscreen claim KF-26-0031942"),
        ("Date", D("2026-01-28 11:20 +0100")),
        ("Message-ID", MID("20260128112031.4F2A1C@mail.auenwald-versicherung.example")),
        ("X-Mailer", OUTLOOK),
    ], body)


@M(4, "NORMAL", "en", "newsletter",
   "trap: health newsletter (dental tariff, uploading doctors' invoices, flu vaccination) to a mailing list; no person's data")
def m004():
    text = """AUENWALD HEALTH NEWS - February 2026

1. New: dental top-up DentaPlus 90
From 1 April 2026 our members can add DentaPlus 90 to their health plan:
90 % for implants, crowns and inlays, 100 % for professional teeth cleaning
up to EUR 200 a year. No waiting period for accidents.

2. Send in your doctors' invoices in 30 seconds
Take a photo of the invoice or pharmacy receipt in the Auenwald app and
press "Submit". 78 % of all receipts are now paid within five working days.
Tip: one invoice per photo, and please keep the originals for six months.

3. Flu season is not over
It is not too late for the flu jab. Vaccinations recommended by the
STIKO are covered in all our comprehensive tariffs without excess.

4. Questions about your tariff?
Our service team is there for you Monday to Friday, 8 am to 6 pm:
+49 561 7093-1000.

You receive this newsletter because you subscribed at
https://www.auenwald-versicherung.example/newsletter.
Unsubscribe: https://www.auenwald-versicherung.example/newsletter/abmelden?l=en
""" + "\n" + FOOT_EN
    html = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Auenwald Health News</title></head>
<body style="font-family:Arial,Helvetica,sans-serif;color:#1d2b36;max-width:640px">
<h1 style="color:#2f6b3a">Auenwald Health News &ndash; February 2026</h1>
<h2>1. New: dental top-up DentaPlus&nbsp;90</h2>
<p>From 1 April 2026 our members can add DentaPlus&nbsp;90 to their health plan:
90&nbsp;% for implants, crowns and inlays, 100&nbsp;% for professional teeth cleaning
up to EUR&nbsp;200 a year. No waiting period for accidents.</p>
<h2>2. Send in your doctors' invoices in 30 seconds</h2>
<p>Take a photo of the invoice or pharmacy receipt in the Auenwald app and press
<b>Submit</b>. 78&nbsp;% of all receipts are now paid within five working days.<br>
Tip: one invoice per photo, and please keep the originals for six months.</p>
<h2>3. Flu season is not over</h2>
<p>It is not too late for the flu jab. Vaccinations recommended by the STIKO are
covered in all our comprehensive tariffs without excess.</p>
<h2>4. Questions about your tariff?</h2>
<p>Our service team is there for you Monday to Friday, 8&nbsp;am to 6&nbsp;pm:
+49&nbsp;561&nbsp;7093-1000.</p>
<hr>
<p style="font-size:11px;color:#667">You receive this newsletter because you subscribed at
<a href="https://www.auenwald-versicherung.example/newsletter">www.auenwald-versicherung.example/newsletter</a>.
<a href="https://www.auenwald-versicherung.example/newsletter/abmelden?l=en">Unsubscribe</a><br>
Auenwald Versicherungsgruppe &middot; Auenwaldplatz 1 &middot; 34117 Kassel &middot; Germany</p>
</body></html>"""
    return mail([
        ("From", "Auenwald Health News <newsletter@%s>" % DOM),
        ("To", "health-news-en@lists.auenwald-versicherung.example"),
        ("Subject", "Auenwald Health News: DentaPlus 90, invoices by app, flu jab"),
        ("Date", D("2026-02-10 07:30 +0100")),
        ("Message-ID", MID("nl-2026-02-en.77310@lists.auenwald-versicherung.example")),
        ("List-Unsubscribe", "<https://www.auenwald-versicherung.example/newsletter/abmelden?l=en>"),
        ("Precedence", "bulk"),
    ], text, html=html)


@M(5, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-hospital",
   "cost approval to a hospital for a named patient with birth date: hip replacement M16.1, OPS code; PDF declaration attached")
def m005():
    body = """Sehr geehrte Damen und Herren,

zu Ihrer Anfrage vom 20.02.2026 (Ihr Zeichen PA-2026-11873) erhalten Sie
anbei unsere Kostenübernahmeerklärung für

  Frau Renate Hollweg, geb. 03.09.1958
  Versicherungsnummer 204 117 355-02

für die geplante stationäre Aufnahme am 16.03.2026 zur Implantation einer
Hüft-Totalendoprothese rechts (Diagnose M16.1, OPS 5-820.00).

Die Kostenübernahme umfasst die allgemeinen Krankenhausleistungen sowie die
Wahlleistungen Zweibettzimmer und privatärztliche Behandlung. Eine
Direktabrechnung mit uns ist möglich; bitte senden Sie die Rechnung unter
Angabe unserer Leistungsfallnummer L-2026-0418832 an die unten genannte
Adresse bzw. elektronisch über das Klinikportal.

Eine sich anschließende Anschlussheilbehandlung ist nicht Gegenstand dieser
Erklärung und bedarf eines gesonderten Antrags.

Mit freundlichen Grüßen

""" + SIG["arslan"] + "\n\n" + FOOT_KV
    pdf_lines = [
        (14, True, "Kostenübernahmeerklärung"),
        "",
        "Auenwald Krankenversicherung a.G. · Auenwaldplatz 1 · 34117 Kassel",
        "",
        "An: Klinikum Sankt Ansgar Kassel, Patientenverwaltung, Ansgarstraße 40, 34121 Kassel",
        "Ihr Zeichen: PA-2026-11873          Unser Zeichen: L-2026-0418832",
        "Datum: 24.02.2026",
        "",
        (11, True, "Versicherte Person"),
        "Name: Hollweg, Renate",
        "Geburtsdatum: 03.09.1958",
        "Versicherungsnummer: 204 117 355-02",
        "Tarife: KS2 (Zweibettzimmer, Chefarzt), KV-Basis 1200",
        "",
        (11, True, "Behandlung"),
        "Geplante Aufnahme: 16.03.2026, voraussichtliche Verweildauer 8 Tage",
        "Aufnahmediagnose: M16.1 Sonstige primäre Koxarthrose, rechts",
        "Geplanter Eingriff: OPS 5-820.00 Implantation einer Endoprothese am Hüftgelenk",
        "",
        (11, True, "Umfang der Kostenübernahme"),
        "- allgemeine Krankenhausleistungen nach KHEntgG (DRG I47C)",
        "- Wahlleistung Unterkunft Zweibettzimmer",
        "- Wahlleistung privatärztliche Behandlung (Chefarzt)",
        "Nicht umfasst: Einbettzimmerzuschlag, Telefon/TV, Begleitperson.",
        "",
        "Diese Erklärung gilt vorbehaltlich des Versicherungsschutzes am Behandlungstag",
        "und der medizinischen Notwendigkeit. Sie ist bis 30.06.2026 gültig.",
        "",
        "Auenwald Krankenversicherung a.G.",
        "Kostenzusagen und stationäre Leistungen, i. A. Melike Arslan",
    ]
    return mail([
        ("From", A("arslan")),
        ("To", "Patientenverwaltung Klinikum Sankt Ansgar <patientenverwaltung@st-ansgar-klinikum.example>"),
        ("Subject", "Kostenübernahme Hollweg, Renate - Ihr Zeichen PA-2026-11873"),
        ("Date", D("2026-02-24 09:51 +0100")),
        ("Message-ID", MID("DB8PR07MB6410B7A2C1D9E4F5A6B7C8D9E@DB8PR07MB6410.eurprd07.mail.auenwald-versicherung.example")),
        ("X-Mailer", OUTLOOK),
    ], body, parts=[att("KUE_L-2026-0418832_Hollweg.pdf",
                        pdf(pdf_lines, title="Kostenübernahmeerklärung L-2026-0418832",
                            date="20260224094800+01'00'"), "application/pdf")])


@M(6, "CONFIDENTIAL", "de", "insurer-to-customer",
   "household water-damage claim: named customer, claim number, address and IBAN for payment (quoted customer mail with typos)")
def m006():
    quoted = """Hallo Herr Pellegrini,

wie besprochen die Fotos von dem Wasserschaden sind jetz alle hochgeladen.
Die Waschmaschine ist am 3.2. ausgelaufen, Laminat im Flur und im
Kinderzimmer ist hin und der Unterschrank in der Küche hat sich
aufgequollen. Der Handwerker (Fa. Bodenwerk Fischer) kommt naechste Woche
fürs Angebot.

Kann das Geld auf unser neues Konto? Das alte bei der Sparkasse haben wir
gekündigt.
IBAN DE82 7695 2848 0375 5253 44, Kontoinhaber Sandra + Michael Eckhardt

Danke und lg
Sandra Eckhardt
Am Rübenfeld 7, 34253 Lohfelden"""
    body = """Sehr geehrte Frau Eckhardt,

danke für die Fotos und die neue Bankverbindung. Ich habe die IBAN für die
Schadenzahlung hinterlegt. Sobald das Angebot von Bodenwerk Fischer
vorliegt, prüfe ich es kurzfristig; bei einem Betrag bis 2.500 EUR ist in
der Regel kein Sachverständiger nötig.

Ihre Schadennummer lautet HR-26-0007741 (Hausratversicherung
Vertrag 31 775 204). Bitte geben Sie sie bei allen Nachfragen an.

Den Schaden am Laminat melden Sie bitte zusätzlich Ihrem Vermieter, da
fest verlegte Bodenbeläge in einer Mietwohnung in der Regel über die
Wohngebäudeversicherung des Eigentümers laufen.

Mit freundlichen Grüßen

""" + SIG["pellegrini"] + "\n\n" + FOOT_AV + "\n\n" + "Am 06.02.2026 um 19:12 schrieb Sandra Eckhardt:\n" + quote(quoted)
    return mail([
        ("From", A("pellegrini")),
        ("To", "Sandra Eckhardt <sandra.eckhardt@webpost.example>"),
        ("Subject", "AW: Wasserschaden Waschmaschine - Fotos"),
        ("Date", D("2026-02-09 08:37 +0100")),
        ("Message-ID", MID("0a7c3e19-2b64-4c0d-bd11-hr260007741@" + DOM)),
        ("In-Reply-To", MID("f3e1d2c0-5517-4e0a-9b88-ee2606@webpost.example")),
        ("References", MID("f3e1d2c0-5517-4e0a-9b88-ee2606@webpost.example")),
        ("X-Mailer", OUTLOOK),
    ], body, charset="iso-8859-1", cte="quoted-printable")


@M(7, "NORMAL", "en", "internal",
   "trap: actuarial premium-adjustment trigger analysis per tariff and age band (aggregates, claims ratios); no individual")
def m007():
    rows = [["Tariff", "Age band", "Insured (count)", "Claims 2025 (EUR)", "Expected claims (EUR)", "Trigger factor", "Threshold", "Adjustment"],
            ["AK 300", "21-35", 4120, 3911200, 3720400, 1.051, 1.05, "yes"],
            ["AK 300", "36-50", 6985, 9418300, 8934000, 1.054, 1.05, "yes"],
            ["AK 300", "51-65", 5210, 12077900, 11642000, 1.037, 1.05, "no"],
            ["AK 300", "66+", 2144, 8390100, 7712400, 1.088, 1.05, "yes"],
            ["KS2", "all", 12870, 15220400, 14988100, 1.015, 1.05, "no"],
            ["ZP 90", "all", 9402, 3410200, 2890400, 1.180, 1.05, "yes"],
            ["PT 30 (care)", "all", 3388, 410900, 402200, 1.022, 1.05, "no"]]
    body = """Hi Katrin, hi Petra,

attached is the trigger analysis for the 2027 premium review (Auslösender
Faktor Versicherungsleistungen, figures as of 31 Dec 2025, not yet signed
off by the responsible actuary).

Headline:
- AK 300 trips the 5 % threshold in three of four age bands; the 66+ band
  is driven by oncology and cardiology (see sheet "Drivers").
- DentaPlus/ZP 90 is at 1.18 - implants and orthodontics for adults are
  well above what we priced in 2023.
- KS2 and care stay below threshold, no adjustment.

The trustee (Treuhänder) meeting is on 12 March; I need your comments on the
wording of the member letter by 4 March at the latest.

Cheers,
Matthias

""" + SIG["ebeling"]
    drivers = [["Tariff", "Benefit area", "Share of claims growth"],
               ["AK 300", "Oncology drugs (outpatient)", "31 %"],
               ["AK 300", "Cardiology / catheter procedures", "18 %"],
               ["AK 300", "Psychotherapy", "12 %"],
               ["ZP 90", "Implants", "44 %"],
               ["ZP 90", "Adult orthodontics (aligners)", "29 %"]]
    return mail([
        ("From", A("ebeling")),
        ("To", A("oberlaender") + ", " + A("kuehnel")),
        ("Subject", "BAP 2027 - trigger analysis per tariff (draft)"),
        ("Date", D("2026-02-18 16:55 +0100")),
        ("Message-ID", MID("VI1PR07MB5522C3F1E1A2B3C4D5E6F7A8B@VI1PR07MB5522.eurprd07.mail.auenwald-versicherung.example")),
        ("X-Mailer", OUTLOOK),
        ("Content-Language", "en-GB"),
    ], body, parts=[att("BAP2027_Trigger_Entwurf_v3.xlsx",
                        xlsx([("Trigger", rows), ("Drivers", drivers)], creator="Matthias Ebeling",
                             created="2026-02-18T15:40:00Z"),
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])


@M(8, "NORMAL", "de", "insurer-to-doctor",
   "trap: general information to a GP practice about direct billing, assignment and the invoice upload portal; no patient named")
def m008():
    body = """Sehr geehrte Frau Dr. Sokolova,
sehr geehrtes Praxisteam,

vielen Dank für Ihren Anruf am Dienstag. Gern fasse ich zusammen, wie Sie
Rechnungen für Patientinnen und Patienten, die bei uns privat versichert
sind, direkt mit uns abrechnen können:

1. Abtretung: Die Patientin oder der Patient unterschreibt bei Ihnen die
   Abtretungserklärung (Vordruck KV-117, abrufbar unter
   https://www.auenwald-versicherung.example/aerzte/formulare). Ohne
   Abtretung zahlen wir ausschließlich an die versicherte Person.

2. Einreichung: Rechnung und Abtretung laden Sie im Ärzteportal unter
   https://aerzte.auenwald-versicherung.example hoch. Die Zugangsdaten
   schicken wir Ihnen per Post an die Praxisadresse.

3. Rückfragen zu GOÄ-Ziffern oder Steigerungsfaktoren über dem
   Schwellenwert klären wir direkt mit Ihnen; die Begründung sollte wie
   gewohnt auf der Rechnung stehen.

4. Zahlungsziel: In der Regel zahlen wir innerhalb von zehn Arbeitstagen
   nach vollständigem Eingang.

Bitte schicken Sie uns keine Befunde oder Arztbriefe per unverschlüsselter
E-Mail; das Portal ist dafür der sichere Weg.

""" + SIG["weidemann"] + "\n\n" + FOOT_KV
    return mail([
        ("From", A("weidemann")),
        ("To", "\"Praxis Dr. Sokolova\" <praxis@dr-sokolova-kassel.example>"),
        ("Subject", "Direktabrechnung mit der Auenwald Krankenversicherung"),
        ("Date", D("2026-01-22 15:03 +0100")),
        ("Message-ID", MID("AM9PR07MB7731A1B2C3D4E5F60718293AB@AM9PR07MB7731.eurprd07.mail.auenwald-versicherung.example")),
        ("X-Mailer", OUTLOOK),
    ], body)


@M(9, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "pharmacy receipt query to a named member: insulin glargine prescription missing (diabetes medication)")
def m009():
    body = """Guten Tag Herr Kranich,

bei Ihrer Einreichung vom 21.01.2026 liegt uns die Quittung der
Löwen-Apotheke über 3 x Insulin glargin 100 E/ml Fertigpen (PZN 17730214)
und 2 x Pen-Kanülen vor, aber leider nicht die Verordnung Ihres Arztes.

Für die Erstattung brauchen wir eine Kopie des Rezepts (Vorder- und
Rückseite mit Apothekenstempel). Ein Foto über die App reicht aus.
Die Blutzuckerteststreifen aus derselben Einreichung haben wir bereits
erstattet (46,80 EUR).

""" + SIG["trautwein"] + "\n\nVersicherungsnummer 131 208 664-01 / Beleg 2026-01-21-004"
    return mail([
        ("From", A("trautwein")),
        ("To", "Detlef Kranich <detlef.kranich@t-netz.example>"),
        ("Subject", "Rezept fehlt - Ihre Apothekenquittung vom 19.01."),
        ("Date", D("2026-01-26 10:14 +0100")),
        ("Message-ID", MID("000001dc8e1a$7f21a3c0$6d64eb40$@auenwald-versicherung.example")),
        ("X-Mailer", "Microsoft Outlook 16.0"),
        ("Thread-Index", "AdyOGn8hmxXq4k2eRTy9ZnqTcJaLsA=="),
    ], body, charset="windows-1252", cte="8bit")


@M(10, "CONFIDENTIAL", "de", "insurer-to-broker",
   "commission statement for a sole-trader broker: his IBAN and tax number, CSV with named customers' property/motor contracts")
def m010():
    body = """Hallo Herr Yilmaz,

anbei die Courtageabrechnung für Januar 2026. Die Auszahlung von
1.284,17 EUR geht am 10.02. auf Ihr Konto
DE91 3214 6839 4587 1647 20 (Finanzberatung Kemal Yilmaz).

Wie gewünscht haben wir Ihre neue Steuernummer 026 812 40317 hinterlegt; die
Umsatzsteuer weisen wir weiterhin nicht aus (Versicherungsvermittlung nach
§ 4 Nr. 11 UStG steuerfrei).

Der Storno-Abzug bei Frau Petrović betrifft die Kfz-Versicherung, die zum
31.12. wegen Fahrzeugverkaufs aufgehoben wurde.

""" + SIG["riedel"] + "\n\n" + FOOT_AV
    csv_text = """Vermittlernr;Abrechnungsmonat;Versicherungsnehmer;Vertragsnr;Sparte;Beginn;Jahresbeitrag;Courtagesatz;Courtage
40-7781;2026-01;Hartmann, Ingo;31 778 102;Hausrat;01.01.2026;186,40;20,0%;37,28
40-7781;2026-01;Hartmann, Ingo;AK 7104 602 118;Kfz-Haftpflicht/VK;01.01.2026;912,55;8,0%;73,00
40-7781;2026-01;Petrovic, Jelena;AK 7103 977 540;Kfz-Haftpflicht;01.01.2025;-640,20;8,0%;-51,22
40-7781;2026-01;Schiller Bau GmbH;GW 88 410 233;Gewerbe-Inhalt;01.01.2026;4.870,00;15,0%;730,50
40-7781;2026-01;Özdemir, Serkan;PH 22 014 876;Privathaftpflicht;15.01.2026;89,90;25,0%;22,48
40-7781;2026-01;Özdemir, Serkan;WG 55 301 902;Wohngebäude;15.01.2026;1.576,30;30,0%;472,89
;;;;;;;Summe;1.284,93
;;;;;;;Rundung/Gebühr;-0,76
;;;;;;;Auszahlung;1.284,17
"""
    return mail([
        ("From", A("riedel")),
        ("To", "Kemal Yilmaz <info@yilmaz-finanz.example>"),
        ("Subject", "Courtageabrechnung 01/2026 - Vermittlernr. 40-7781"),
        ("Date", D("2026-02-06 12:31 +0100")),
        ("Message-ID", MID("courtage-2026-01-40-7781@makler.auenwald-versicherung.example")),
        ("X-Mailer", OUTLOOK),
    ], body, parts=[att("Courtage_2026-01_40-7781.csv", csv_text, "text/csv", charset="windows-1252")])

@M(11, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
   "expat member's hospital claim in Spain: appendicitis K35.8, surgery, itemised claim lines in a CSV attachment")
def m011():
    body = """Dear Mr Donnelly,

we have now settled the invoice of Clínica Mar Azul, Málaga, for your
emergency admission from 2 to 5 January 2026.

  Member no.:        INT-55 208 143
  Claim reference:   IHD-2026-00317
  Diagnosis:         K35.8 acute appendicitis
  Procedure:         laparoscopic appendectomy
  Invoice total:     EUR 7,864.20
  Reimbursed:        EUR 7,864.20 (100 %, plan GlobalCare Premium)
  Paid to:           Clínica Mar Azul directly (guarantee of payment of 2 Jan)

The itemised breakdown is attached. You do not need to do anything else; the
clinic has confirmed that no amount is outstanding on your side. The taxi
fare of EUR 38.00 from the hotel to the clinic is not covered under your
plan (ground ambulance only).

I hope you are feeling better.

""" + SIG["whitmore"] + "\n\n" + FOOT_EN
    csv_text = """line,date,code,description,qty,unit_eur,amount_eur,covered_eur
1,2026-01-02,URG-01,Emergency department assessment,1,310.00,310.00,310.00
2,2026-01-02,LAB-12,Blood count and CRP,1,86.40,86.40,86.40
3,2026-01-02,RAD-04,Abdominal ultrasound,1,145.00,145.00,145.00
4,2026-01-02,QX-231,Laparoscopic appendectomy (surgeon),1,2450.00,2450.00,2450.00
5,2026-01-02,ANE-02,General anaesthesia,1,890.00,890.00,890.00
6,2026-01-02,QUI-01,Operating theatre,1,1650.00,1650.00,1650.00
7,2026-01-03,HAB-IND,Private room per night,3,540.00,1620.00,1620.00
8,2026-01-05,FAR-09,Antibiotics (amoxicillin/clavulanate) and analgesics,1,212.80,212.80,212.80
9,2026-01-05,HIS-01,Histopathology,1,500.00,500.00,500.00
,,,,,,7864.20,7864.20
"""
    return mail([
        ("From", A("whitmore")),
        ("To", "Kieran Donnelly <kieran.donnelly@inbox-mail.example>"),
        ("Subject", "Your claim IHD-2026-00317 - Clínica Mar Azul"),
        ("Date", D("2026-01-20 13:44 +0100")),
        ("Message-ID", MID("CH2PR07MB6622A9F0C1B2D3E4F5061728A@CH2PR07MB6622.eurprd07.mail.auenwald-versicherung.example")),
        ("X-Mailer", OUTLOOK),
        ("Content-Language", "en-GB"),
    ], body, parts=[att("IHD-2026-00317_breakdown.csv", csv_text, "text/csv", charset="utf-8", cte="7bit")])


@M(12, "CONFIDENTIAL", "en", "insurer-to-customer",
   "travel baggage claim (suitcase stolen in Lisbon) of a named customer with policy and claim numbers; no health content")
def m012():
    body = """Dear Ms Hendricks,

thank you for your e-mail and the police report from Lisbon (PSP Lisboa,
report no. 0417/26/LX). I have registered the theft of your suitcase
under claim number RG-26-002186, travel policy no. 8812-440-17.

To settle the claim I still need:
- receipts or bank statements for the items listed (the camera and the
  leather jacket in particular), or at least photos showing them;
- the confirmation from the airline that the suitcase was not in their
  custody at the time (you mentioned it was taken from the hotel lobby,
  so a short statement from Hotel Miradouro will do instead).

Your policy covers baggage up to EUR 2,000, valuables up to 50 % of that
amount. Please upload the documents at
https://www.auenwald-versicherung.example/schaden/upload with your claim
number.

""" + SIG["lindqvist"] + "\n\n" + FOOT_EN
    return mail([
        ("From", A("lindqvist")),
        ("To", "Sophie Hendricks <sophie.hendricks@northmail.example>"),
        ("Subject", "RE: Stolen suitcase Lisbon - claim RG-26-002186"),
        ("Date", D("2026-03-03 09:05 +0100")),
        ("Message-ID", MID("DU2PR07MB8123C77A1E2F3A4B5C6D7E8F9@DU2PR07MB8123.eurprd07.mail.auenwald-versicherung.example")),
        ("In-Reply-To", MID("CAH+7xq0Lh2bVq@mail.northmail.example")),
        ("X-Mailer", OUTLOOK),
    ], body)


@M(13, "NORMAL", "en", "insurer-to-partner",
   "trap: disability (BU) claims incidence by ICD-10 chapter for the reinsurer, aggregated with small cells merged; no person")
def m013():
    rows = [["ICD-10 chapter", "Description", "New BU claims 2023", "2024", "2025", "Share 2025"],
            ["F", "Mental and behavioural disorders", 118, 131, 142, "37.7 %"],
            ["M", "Musculoskeletal system", 71, 66, 74, "19.6 %"],
            ["C/D", "Neoplasms", 52, 55, 58, "15.4 %"],
            ["I", "Circulatory system", 24, 21, 27, "7.2 %"],
            ["G", "Nervous system", 19, 22, 23, "6.1 %"],
            ["S/T", "Injuries", 17, 18, 16, "4.2 %"],
            ["other", "all other chapters (cells < 10 merged)", 33, 35, 37, "9.8 %"],
            ["total", "", 334, 348, 377, "100 %"]]
    body = """Dear Mr Ahlgren,

as agreed in our treaty meeting on 28 January, please find attached the
incidence statistics for our individual disability portfolio (quota share
treaty BU-QS-2019), years 2023 to 2025.

A few remarks:
- Counts are new accepted claims by main diagnosis at acceptance, ICD-10
  chapter level only. Chapters with fewer than 10 claims in any year are
  merged into "other".
- The rise in chapter F continues; roughly half of these cases are
  depressive episodes and burnout-related adjustment disorders, most of
  them in insured persons under 45.
- Exposure grew by 4.1 % in 2025, so the incidence rate per 1,000 insured
  rose only moderately (from 2.91 to 3.02).

Happy to go through the figures in a call; our actuarial team can join.

Kind regards

""" + SIG["rademacher"] + "\n\n" + FOOT_EN
    return mail([
        ("From", A("rademacher")),
        ("To", "Henrik Ahlgren <h.ahlgren@baltica-re.example>"),
        ("Cc", A("ebeling")),
        ("Subject", "BU-QS-2019 - incidence by ICD chapter 2023-2025"),
        ("Date", D("2026-02-12 11:16 +0100")),
        ("Message-ID", MID("PA4PR07MB7420F4A1B2C3D4E5F6A7B8C9D@PA4PR07MB7420.eurprd07.mail.auenwald-versicherung.example")),
        ("X-Mailer", OUTLOOK),
    ], body, parts=[att("BU_incidence_ICD_2023-2025.xlsx",
                        xlsx([("Incidence", rows)], creator="Oliver Rademacher", created="2026-02-11T17:02:00Z"),
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])


@M(14, "NORMAL", "de", "insurer-to-supplier",
   "trap: purchase order for secure shredding containers for files with health data (DIN 66399); no person's data")
def m014():
    body = """Sehr geehrter Herr Brückner,

wie telefonisch besprochen bestellen wir hiermit:

Pos. 1  12 x Sicherheitsbehälter 240 l, abschließbar, grau
        Standort: Gebäude B, 2. und 3. OG (Leistung Kranken und Pflege)
Pos. 2  Abholung und Vernichtung 14-täglich, Sicherheitsstufe P-4 /
        Schutzklasse 3 nach DIN 66399
Pos. 3  Vernichtungsprotokoll je Abholung (PDF an einkauf@)

Hintergrund: In beiden Etagen werden Papierbelege (Arztrechnungen,
Rezepte, Krankenhausberichte) nach dem Scannen noch sechs Wochen
aufbewahrt und dann vernichtet. Die bisherigen Behälter im Erdgeschoss
bleiben unverändert.

Bitte bestätigen Sie den Auftrag unter unserer Bestellnummer
BE-2026-00412 und nennen Sie uns den ersten Abholtermin. Der
Auftragsverarbeitungsvertrag vom 14.05.2024 gilt weiter.

Mit freundlichen Grüßen

""" + SIG["gerstenberg"] + "\n\n" + DISCL_DE
    return mail([
        ("From", A("gerstenberg")),
        ("To", "Thomas Brückner <t.brueckner@shredwerk.example>"),
        ("Cc", "einkauf@" + DOM),
        ("Subject", "Bestellung BE-2026-00412 Sicherheitsbehälter Gebäude B"),
        ("Date", D("2026-01-19 08:58 +0100")),
        ("Message-ID", MID("be-2026-00412.1@einkauf.auenwald-versicherung.example")),
        ("X-Mailer", OUTLOOK),
    ], body)


@M(15, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
   "harmless body; attached PDF is a named member's health-insurance premium adjustment notice with tariffs and new premium")
def m015():
    body = """Dear Dr Harrington,

as requested on the phone, please find attached an English courtesy
translation of our letter of 20 February 2026. The German original
remains the legally binding version.

If you have any questions, please do not hesitate to contact me.

""" + SIG["kuehnel"] + "\n\n" + FOOT_EN
    lines = [
        (14, True, "Notice of premium adjustment as of 1 April 2026"),
        "(courtesy translation - the German original of 20 February 2026 is binding)",
        "",
        "Dr Alistair Harrington",
        "Wilhelmshöher Allee 251",
        "34131 Kassel",
        "",
        "Policy KV 40-3318802 · Member no. 152 609 771-01",
        "",
        "Dear Dr Harrington,",
        "",
        "the benefits we pay for our members have risen more than calculated. By law we must",
        "then review our premiums (section 155 VAG). An independent trustee has confirmed the",
        "new premiums. From 1 April 2026 your monthly premium changes as follows:",
        "",
        (10, True, "Tariff                         old premium     new premium"),
        "AK 300 (outpatient, EUR 300 excess)     318.44 EUR      351.90 EUR",
        "KS2 (inpatient, semi-private room)      142.10 EUR      142.10 EUR",
        "ZP 90 (dental)                           41.75 EUR       49.20 EUR",
        "PT 30 (daily sickness allowance)         58.30 EUR       58.30 EUR",
        "PPV (long-term care, statutory)          54.62 EUR       54.62 EUR",
        (10, True, "Total                                   615.21 EUR      656.12 EUR"),
        "",
        "Your employer's contribution is not included. Please forward this notice to your",
        "employer's payroll department.",
        "",
        "Options: you may switch to another tariff of equal type (section 204 VVG), raise your",
        "excess, or end the tariffs affected within two months of receiving this notice.",
        "",
        "Auenwald Krankenversicherung a.G., Premiums & Tariffs",
    ]
    return mail([
        ("From", A("kuehnel")),
        ("To", "Alistair Harrington <a.harrington@harrington-family.example>"),
        ("Subject", "Translation of our letter of 20 February"),
        ("Date", D("2026-03-02 10:27 +0100")),
        ("Message-ID", MID("AS8PR07MB9191B1C2D3E4F5A6B7C8D9E0F@AS8PR07MB9191.eurprd07.mail.auenwald-versicherung.example")),
        ("X-Mailer", OUTLOOK),
    ], body, parts=[att("Premium_adjustment_2026-04_translation.pdf",
                        pdf(lines, title="Notice of premium adjustment", date="20260302101500+01'00'"),
                        "application/pdf")])


@M(16, "CONFIDENTIAL", "de", "insurer-to-customer",
   "legal-expenses cover for a named customer's unfair-dismissal suit, with his gross monthly salary and employer; no health")
def m016():
    body = """Sehr geehrter Herr Lohmann,

für die Kündigungsschutzklage gegen Ihre Arbeitgeberin, die
Fuldatal Logistik GmbH, erteilen wir Ihnen Deckungszusage aus Ihrem
Rechtsschutzvertrag RS 61 007 438 (Arbeits-Rechtsschutz, Selbstbeteiligung
150 EUR).

Schadennummer: RS-26-011902
Rechtsgebiet:  Arbeitsrecht, betriebsbedingte Kündigung vom 30.01.2026
Gegenstandswert: 13.050,00 EUR (drei Bruttomonatsgehälter à 4.350,00 EUR)
Rechtsanwältin: Dr. Miriam Abendroth, Kanzlei Reuter Abendroth, Kassel

Die Deckung umfasst die erste Instanz vor dem Arbeitsgericht Kassel
einschließlich eines Vergleichs. Bitte beachten Sie, dass im
Arbeitsgerichtsverfahren erster Instanz jede Partei ihre Anwaltskosten
selbst trägt; diese übernehmen wir abzüglich der Selbstbeteiligung.

Ihre Anwältin kann die Kostennote direkt bei uns einreichen.

Mit freundlichen Grüßen

""" + SIG["lassahn"] + "\n\n" + FOOT_AV
    return mail([
        ("From", A("lassahn")),
        ("To", "Steffen Lohmann <steffen.lohmann@freemail-hessen.example>"),
        ("Cc", "Kanzlei Reuter Abendroth <kanzlei@reuter-abendroth.example>"),
        ("Subject", "Deckungszusage RS-26-011902 - Kündigungsschutzklage"),
        ("Date", D("2026-02-11 15:40 +0100")),
        ("Message-ID", MID("rs-26-011902.dz@schaden.auenwald-versicherung.example")),
        ("X-Mailer", OUTLOOK),
    ], body)


@M(17, "NORMAL", "de", "insurer-to-partner",
   "out-of-office auto-reply of a claims clerk to a doctors' billing office; no case content")
def m017():
    body = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 20.02.2026 nicht im Büro und kann Ihre E-Mail
erst danach bearbeiten. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an leistung@auenwald-versicherung.example
oder telefonisch an 0561 7093-2200.

Mit freundlichen Grüßen
Jonas Weidemann"""
    return mail([
        ("From", A("weidemann")),
        ("To", "Abrechnung PVS Nordhessen <abrechnung@pvs-nordhessen.example>"),
        ("Subject", "Automatische Antwort: Sammelrückfrage Februar"),
        ("Date", D("2026-02-13 07:12 +0100")),
        ("Message-ID", MID("ooo.7c22b1@AM9PR07MB7731.eurprd07.mail.auenwald-versicherung.example")),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-Mailer", OUTLOOK),
    ], body)


@M(18, "STRICTLY_CONFIDENTIAL", "de", "customer",
   "short internal forward; the attached customer mail describes her son's speech disorder (F80.1) and speech therapy")
def m018():
    inner_body = """Sehr geehrte Damen und Herren,

mein Sohn Leon (7 Jahre, mitversichert bei mir, Vers.Nr 140 553 219-03)
soll laut Kinderarzt Dr. Petersen Logopädie bekommen, 20 Einheiten erstmal.
Diagnose auf der Verordnung steht F80.1 expressive Sprachstörung. Er
spricht halt immer noch viele Laute falsch und in der Schule hänseln sie
ihn schon.

Jetzt meine Frage: zahlen Sie das komplett oder nur teilweise? Die Praxis
Klangbrücke hat gesagt privat kostet eine Sitzung 62 Euro. Ich hab im Tarif
nachgeguckt aber da steht nur "Heilmittel gemäß Verzeichnis" und damit kann
ich nix anfangen.

Ich hab letzte Woche schon zwei mal angerufen aber keiner konnte mir das
sagen. Wäre nett wenn Sie schnell antworten, wir haben den ersten Termin
am 2.3.

Mit freundlichen Grüßen
Nadine Schwarzkopf
Goethestr. 18
34119 Kassel

Von meinem Samsung Galaxy Smartphone gesendet."""
    inner = mail([
        ("From", "Nadine Schwarzkopf <nadine.schwarzkopf85@webpost.example>"),
        ("To", "service@" + DOM),
        ("Subject", "Logopädie für meinen Sohn"),
        ("Date", D("2026-02-19 21:47 +0100")),
        ("Message-ID", MID("7fd3a4c1-9e02-41b8-a3f4-0c4b8a1e33d9@webpost.example")),
    ], inner_body, cte="8bit")
    body = """Hallo Jonas,

kannst du das bitte übernehmen? Die Kundin hat schon zweimal angerufen und
ist ziemlich genervt. Ich habe ihr gesagt, dass sich heute noch jemand
meldet.

Danke dir!
Timo

""" + SIG["brandhorst"]
    return mail([
        ("From", A("brandhorst")),
        ("To", A("weidemann")),
        ("Subject", "WG: Logopädie für meinen Sohn"),
        ("Date", D("2026-02-20 08:16 +0100")),
        ("Message-ID", MID("DB9PR07MB8844E1F2A3B4C5D6E7F8091A2@DB9PR07MB8844.eurprd07.mail.auenwald-versicherung.example")),
        ("X-Mailer", OUTLOOK),
    ], body, parts=[fwd(inner)])


@M(19, "CONFIDENTIAL", "de", "insurer-to-customer",
   "motor no-claims class transfer: named customer, two different birth-date formats, previous insurer, plate")
def m019():
    body = """Sehr geehrter Herr Aydın,

vielen Dank für Ihren Antrag auf Kfz-Versicherung für Ihren VW Golf
(Kennzeichen KS-AY 2207). Bei der Übernahme Ihrer Schadenfreiheitsklasse
von Ihrem bisherigen Versicherer ist uns eine Abweichung aufgefallen:

  In Ihrem Antrag:                   Geburtsdatum 12.07.1991
  In der Meldung des Vorversicherers: Geburtsdatum 1991-12-07

Der Vorversicherer (Nordlicht Versicherung, Vertrag NL-KH-4471023)
bestätigt SF 9 in der Haftpflicht und SF 7 in der Vollkasko. Damit wir
den Vertrag AK 7104 731 556 mit den richtigen Klassen policieren können,
bestätigen Sie uns bitte kurz Ihr Geburtsdatum, am einfachsten als
Antwort auf diese E-Mail. Falls der Fehler beim Vorversicherer liegt,
kümmern wir uns um die Korrektur.

""" + SIG["hoffmeister"] + "\n\n" + FOOT_AV
    return mail([
        ("From", A("hoffmeister")),
        ("To", "Emre Aydın <emre.aydin@kabelpost.example>"),
        ("Subject", "Ihr Kfz-Antrag - Rückfrage zur SF-Klasse"),
        ("Date", D("2026-01-09 13:02 +0100")),
        ("Message-ID", MID("kfz-ant-7104731556.1@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body)


@M(20, "NORMAL", "de", "internal",
   "trap: data-protection quiz (DOCX) about health data, ICD codes and § 203 StGB with a made-up 'Max Mustermann'; no real person")
def m020():
    blocks = [
        ("h", "Datenschutz-Quiz 2026 – Leistungsabteilungen Kranken, Pflege, Leben"),
        "Bitte bis 27.03.2026 im Lernportal beantworten. Dauer etwa 10 Minuten.",
        "",
        ("b", "1. Dürfen Diagnosen in der Betreffzeile einer E-Mail stehen?"),
        "a) ja, wenn die E-Mail an den Versicherten selbst geht   b) nein   c) nur als ICD-Code",
        ("b", "2. Ein Arzt ruft an und fragt nach dem Leistungsstand seines Patienten. Was tun Sie?"),
        "a) Auskunft geben   b) nur mit Schweigepflichtentbindung bzw. Abtretung   c) an den Vorgesetzten verweisen",
        ("b", "3. Welche Angaben sind Gesundheitsdaten nach Art. 9 DSGVO?"),
        "a) 'Max Mustermann (fiktiv), Diagnose J45.0'   b) die Tarifbezeichnung 'AK 300'   c) die Anzahl aller Leistungsfälle 2025",
        ("b", "4. Wer unterliegt § 203 StGB?"),
        "a) nur Ärztinnen und Ärzte   b) auch Mitarbeitende einer privaten Kranken-, Unfall- und Lebensversicherung   c) niemand im Innendienst",
        ("b", "5. Eine Kundin schickt ungefragt einen Arztbrief per E-Mail. Wie antworten Sie?"),
        "a) mit vollem Zitat   b) ohne Zitat, Hinweis auf das SecureMail-Portal   c) gar nicht",
        "",
        ("table", [["Frage", "richtige Antwort"], ["1", "b"], ["2", "b"], ["3", "a"], ["4", "b"], ["5", "b"]]),
        "",
        "Die Lösungen werden erst nach Abgabe im Lernportal angezeigt. Diese Datei bitte nicht an Teilnehmende weitergeben.",
    ]
    body = """Liebe Führungskräfte,

anbei das Quiz für die diesjährige Datenschutzunterweisung zur
Information vorab, inklusive Lösungsblatt auf der letzten Seite. Bitte
leitet das Dokument nicht an eure Teams weiter; das Quiz wird ab
Montag über das Lernportal freigeschaltet.

Rückmeldungen zu missverständlichen Formulierungen gern bis Freitag an
mich.

Viele Grüße
Ute

""" + SIG["marquardt"]
    return mail([
        ("From", A("marquardt")),
        ("To", "Fuehrungskraefte Leistung <fk-leistung@%s>" % DOM),
        ("Subject", "Datenschutzunterweisung 2026 - Quiz zur Ansicht"),
        ("Date", D("2026-03-05 17:21 +0100")),
        ("Message-ID", MID("0d0c3a51-dsq-2026@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body, parts=[att("Quiz_Datenschutz_2026_mit_Loesungen.docx",
                        docx(blocks, creator="Ute Marquardt", created="2026-03-05T16:10:00Z"),
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])

@M(21, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-pharmacy",
   "query to a pharmacy about a named member's narcotics prescription (methylphenidate, BtM) and the receipt amount")
def m021():
    body = """Sehr geehrte Frau Apothekerin Lenz,

unser Mitglied Frau Carina Wehrheim (Versicherungsnummer 127 334 081-01)
hat uns Ihre Quittung vom 04.03.2026 über

  Methylphenidat retard 36 mg, 30 Tabletten (BtM-Rezept Nr. 38 117 204)

zur Erstattung eingereicht. Die Quittung weist 214,60 EUR aus, der
Apothekenverkaufspreis dieser Packung liegt nach unserer Preisdatenbank
bei 117,35 EUR. Könnte es sein, dass auf der Quittung zwei Abgaben
zusammengefasst sind (z. B. eine Teilmenge vom Februar)?

Frau Wehrheim hat uns für Rückfragen bei Ihnen ausdrücklich von der
Schweigepflicht entbunden; die Erklärung kann ich Ihnen gern faxen.
Eine kurze Bestätigung oder korrigierte Quittung per Fax an
0561 7093-2299 würde genügen.

""" + SIG["trautwein"] + "\n\n" + FOOT_KV
    return mail([
        ("From", A("trautwein")),
        ("To", "Löwen-Apotheke am Königsplatz <info@loewen-apotheke-ks.example>"),
        ("Subject", "Rückfrage Quittung vom 04.03.2026 - Ihre Kundin Frau Wehrheim"),
        ("Date", D("2026-03-10 11:02 +0100")),
        ("Message-ID", MID("000201dcb0f2$a1c4e210$e54ea630$@auenwald-versicherung.example")),
        ("X-Mailer", "Microsoft Outlook 16.0"),
    ], body)


@M(22, "NORMAL", "en", "insurer-to-press",
   "trap: press answer on average health-insurance premium increases and claims drivers (oncology, psychotherapy); aggregates only")
def m022():
    body = """Dear Ms Okonkwo,

thank you for your questions for the Health Insurance Review. Here are our
answers; you may quote me by name.

1. By how much will premiums rise in 2026?
On average, premiums in our comprehensive health plans rise by 7.8 % as of
1 April 2026. About 38 % of our members see no change at all; for about
9 % the increase is above 15 %.

2. What drives the increase?
Mainly medical progress and higher prices: outpatient cancer drugs,
cardiac catheter procedures and a strong rise in psychotherapy sessions.
Hospital costs rose by 6.1 % per insured person in 2025.

3. What can members do?
Every member can switch to another of our tariffs without a new health
check for the same benefits, raise the excess, or drop optional
benefits. We write to every affected member with concrete options.

Best regards

""" + SIG["pfeiffer"] + "\n\n" + FOOT_EN
    return mail([
        ("From", A("pfeiffer")),
        ("To", "Grace Okonkwo <g.okonkwo@health-insurance-review.example>"),
        ("Subject", "RE: Query - premium rises in German private health insurance"),
        ("Date", D("2026-02-26 16:12 +0100")),
        ("Message-ID", MID("press-2026-0226-hir@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body)


@M(23, "CONFIDENTIAL", "en", "insurer-to-customer",
   "buildings insurance renewal for a named private landlord: insured address, policy number, sum insured, premium")
def m023():
    body = """Dear Mr Fairbairn,

your buildings insurance for the two-family house at Ludwig-Mond-Strasse
88, 34121 Kassel, renews on 1 April 2026.

  Policy number:     WG 55 412 087
  Sum insured:       value 1914 index (Wert 1914) 31,200 Mark
  Cover:             fire, water, storm/hail, natural hazards
  Annual premium:    EUR 1,482.60 (2025: EUR 1,396.10)

The increase follows the construction cost index (+6.2 %); your terms
remain unchanged. As you told us that the top flat has been vacant since
January, please let us know if it will stay empty for more than 60 days,
because vacancy has to be reported under the policy conditions.

The premium will be collected by direct debit as usual.

Kind regards

""" + SIG["pellegrini"] + "\n\n" + FOOT_EN
    return mail([
        ("From", A("pellegrini")),
        ("To", "Ian Fairbairn <ian.fairbairn@highland-post.example>"),
        ("Subject", "Renewal of your buildings insurance WG 55 412 087"),
        ("Date", D("2026-02-16 10:31 +0100")),
        ("Message-ID", MID("wg55412087-renewal-2026@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body)


@M(24, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "out-of-office reply that quotes the member's incoming mail in full: chemotherapy, oncologist, cost approval for a wig")
def m024():
    original = """Sehr geehrte Frau Arslan,

ich beginne am 23.03. mit der Chemotherapie (6 Zyklen, Onkologische
Praxis am Park, Dr. Reinhold). Die Ärztin hat mir eine Perücke verordnet
und gesagt, ich soll mir vorher eine Kostenzusage holen. Das Angebot vom
Zweithaar-Studio Helene über 680 EUR hänge ich an. Zahlen Sie das?

Viele Grüße
Monika Tessmer
Vers.-Nr. 163 902 114-01"""
    body = """Guten Tag,

vielen Dank für Ihre Nachricht. Ich bin vom 16.03. bis 27.03.2026 im
Urlaub. Ihre E-Mail wird in dieser Zeit nicht gelesen. Bitte wenden Sie
sich an kostenzusage@auenwald-versicherung.example oder an
0561 7093-2230.

Melike Arslan
Auenwald Krankenversicherung a.G.

-----Ursprüngliche Nachricht-----
Von: Monika Tessmer <m.tessmer@kabelpost.example>
Gesendet: Montag, 16. März 2026 08:03
An: Melike Arslan <melike.arslan@auenwald-versicherung.example>
Betreff: Perücke Kostenzusage

""" + original
    return mail([
        ("From", A("arslan")),
        ("To", "Monika Tessmer <m.tessmer@kabelpost.example>"),
        ("Subject", "Automatische Antwort: Perücke Kostenzusage"),
        ("Date", D("2026-03-16 08:03 +0100")),
        ("Message-ID", MID("ooo.41ad02@DB8PR07MB6410.eurprd07.mail.auenwald-versicherung.example")),
        ("In-Reply-To", MID("a1f0-77e3-tessmer-0316@kabelpost.example")),
        ("Auto-Submitted", "auto-replied"),
        ("X-Mailer", OUTLOOK),
    ], body)


@M(25, "NORMAL", "de", "insurer-to-customer",
   "trap: answer to a prospect about the dental supplement tariff (benefits, waiting times) - generic product information, no contract or health data")
def m025():
    body = """Sehr geehrter Herr Nowak,

vielen Dank für Ihr Interesse an unserer Zahnzusatzversicherung. Gern
beantworte ich Ihre Fragen:

- DentaPlus 90 erstattet 90 % für Zahnersatz (Kronen, Brücken, Implantate)
  und Inlays, 100 % für zwei professionelle Zahnreinigungen im Jahr.
- Wartezeiten gibt es nicht; in den ersten vier Jahren sind die Leistungen
  für Zahnersatz begrenzt (1.000 / 2.000 / 3.000 / 4.000 EUR).
- Bereits geplante oder angeratene Behandlungen sind nicht versichert.
- Der Beitrag richtet sich nach dem Eintrittsalter; für 40 Jahre sind es
  derzeit 34,90 EUR im Monat.

Den Antrag können Sie online unter
https://www.auenwald-versicherung.example/zahn abschließen. Dort stellen wir
Ihnen auch die Gesundheitsfragen (fehlende Zähne, laufende Behandlungen).

Mit freundlichen Grüßen

""" + SIG["brandhorst"]
    return mail([
        ("From", A("brandhorst")),
        ("To", "Pawel Nowak <pawel.nowak@kabelpost.example>"),
        ("Subject", "AW: Frage Zahnzusatz"),
        ("Date", D("2026-01-30 12:48 +0100")),
        ("Message-ID", MID("svc-20260130-8842@" + DOM)),
        ("In-Reply-To", MID("CAB7x1qN0w@kabelpost.example")),
        ("X-Mailer", OUTLOOK),
    ], body, charset="iso-8859-1", cte="8bit")


@M(26, "CONFIDENTIAL", "en", "insurer-to-customer",
   "private liability claim: named customer broke a friend's laptop; policy, claim number, third party named; no injury")
def m026():
    body = """Hi Ms Lindberg,

thanks for the quick reply. So to sum up what you wrote: on 14 February
your coffee mug tipped over the laptop of your colleague Mr Jonah Weiss
during a workshop at his flat, and the laptop no longer starts.

I have opened claim PH-26-004519 under your personal liability policy
PH 22 019 330. Mr Weiss can send us the repair estimate or, if the device
cannot be repaired, the original invoice (bought 2023, so we will deduct
for age). Please give him my e-mail address.

Nobody was hurt, so nothing else is needed from you at the moment.

Best,
Marco

""" + SIG["pellegrini"]
    return mail([
        ("From", A("pellegrini")),
        ("To", "Ingrid Lindberg <ingrid.lindberg@northmail.example>"),
        ("Subject", "RE: coffee + laptop :("),
        ("Date", D("2026-02-17 14:22 +0100")),
        ("Message-ID", MID("ph-26-004519.2@" + DOM)),
        ("In-Reply-To", MID("CAK9-lindberg-0216@northmail.example")),
        ("X-Mailer", OUTLOOK),
    ], body, charset="us-ascii", cte="7bit")


@M(27, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-doctor",
   "medical adviser asks a London clinic for the MRI report of a named member (meniscus tear) before approving arthroscopy")
def m027():
    body = """Dear Mr Prakash,

thank you for the pre-authorisation request for our member

  Ms Charlotte Beaumont, DOB 22/06/1984
  Auenwald member no. INT-55 301 776

for a right knee arthroscopy with partial meniscectomy (planned 8 April
2026, The Marylebone Knee Clinic).

Before we can confirm cover I need the MRI report of 17 March referred
to in your letter (suspected complex tear of the medial meniscus,
S83.2) and the physiotherapy notes since January, as the claim form
states six weeks of conservative treatment without improvement.

Please send the documents via our secure portal
https://secure.auenwald-versicherung.example (reference IHD-2026-00588) or
by fax to +49 561 7093-2298. We will decide within two working days of
receipt.

Yours sincerely

""" + SIG["vogelsang"] + "\n\n" + FOOT_EN
    return mail([
        ("From", A("vogelsang")),
        ("To", "Anil Prakash <a.prakash@marylebone-knee.example>"),
        ("Cc", A("whitmore")),
        ("Subject", "Pre-authorisation IHD-2026-00588 - request for MRI report"),
        ("Date", D("2026-03-24 09:18 +0100")),
        ("Message-ID", MID("ihd-2026-00588.req1@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body)


@M(28, "NORMAL", "en", "internal",
   "calendar invitation (ICS) for the international desk's weekly meeting; agenda mentions claims backlog only in numbers")
def m028():
    cal = ics("""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E0080000000010F2A1B3C4D5E6F70000000000000000
DTSTAMP:20260105T091500Z
DTSTART;TZID=W. Europe Standard Time:20260112T093000
DTEND;TZID=W. Europe Standard Time:20260112T101500
RRULE:FREQ=WEEKLY;BYDAY=MO;UNTIL=20260629T080000Z
SUMMARY:International Health Desk - weekly
LOCATION:B 3.14 / Teams
ORGANIZER;CN=Claire Whitmore:mailto:claire.whitmore@auenwald-versicherung.example
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Melike Arslan:mailto:melike.arslan@auenwald-versicherung.example
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Henrik Vogelsang:mailto:henrik.vogelsang@auenwald-versicherung.example
ATTENDEE;ROLE=OPT-PARTICIPANT;CN=Katrin Oberlaender:mailto:katrin.oberlaender@auenwald-versicherung.example
DESCRIPTION:Backlog\\, guarantees of payment\\, assistance partner topics.
END:VEVENT
END:VCALENDAR""")
    body = """Hi all,

from next Monday we move the desk meeting to 9:30 so that Henrik can join
after his morning rounds of pre-authorisations. Standing agenda:

1. backlog (open claims > 10 days, currently 41)
2. guarantees of payment issued last week
3. GlobalCare Assist topics
4. AOB

Claire

""" + SIG["whitmore"]
    p = att("invite.ics", cal, "text/calendar", charset="utf-8", cte="7bit")
    p.set_param("method", "REQUEST")
    return mail([
        ("From", A("whitmore")),
        ("To", A("arslan") + ", " + A("vogelsang")),
        ("Cc", A("oberlaender")),
        ("Subject", "International Health Desk - weekly (new time)"),
        ("Date", D("2026-01-05 10:15 +0100")),
        ("Message-ID", MID("ihd-weekly-2026@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body, parts=[p])


@M(29, "NORMAL", "en", "internal",
   "IT notice about renewing the gateway's S/MIME domain certificates; technical only")
def m029():
    body = """Hi team,

reminder: the S/MIME domain certificates for auenwald-versicherung.example
and the sub-domain for our hospital partners expire on 31 March 2026.

Plan:
- 03 Mar  new CSRs generated on the gateway HSM (done by me)
- 05 Mar  certificates issued by our CA provider
- 10 Mar  new certificates published in the LDAP directory and sent to
          the 14 partner domains that use gateway-to-gateway encryption
- 24 Mar  switch-over, old certificates kept for decryption until 2027

Partners who still pin the old fingerprint will get a notification mail
from the gateway; nothing is needed from the business teams.

Fingerprint of the new root (SHA-256):
3B:7A:11:9C:E4:05:D2:6F:80:A9:2C:41:7E:55:B0:13:9D:C6:28:F1:0A:74:3E:62:99:C8:15:AF:40:D7:6B:2E

Niklas

""" + SIG["stein"]
    return mail([
        ("From", A("stein")),
        ("To", "it-betrieb@" + DOM),
        ("Subject", "S/MIME domain certificates - renewal March 2026"),
        ("Date", D("2026-02-27 08:44 +0100")),
        ("Message-ID", MID("b7e0c2d4-it-smime-2026@" + DOM)),
        ("User-Agent", TBIRD),
    ], body, charset="us-ascii", cte="7bit")


@M(30, "CONFIDENTIAL", "de", "insurer-to-customer",
   "SEPA mandate confirmation for a named customer's household and liability policies: IBAN, mandate reference (HTML and text)")
def m030():
    text = """Guten Tag Frau Reinecke,

wir bestätigen Ihnen das neue SEPA-Lastschriftmandat:

Zahlungsempfänger:   Auenwald Allgemeine Versicherung AG
Gläubiger-ID:        DE71ZZZ00000417739
Mandatsreferenz:     AV-31779012-0003
Kontoinhaberin:      Jutta Reinecke
IBAN:                DE46 3004 3207 3616 1666 69
Verträge:            Hausrat 31 779 012, Privathaftpflicht PH 22 014 655
Erster Einzug:       01.04.2026

Die Beiträge werden jeweils zum Ersten eines Monats eingezogen.

Ihr Kundenservice der Auenwald Versicherungsgruppe
"""
    html = """<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">
<p>Guten Tag Frau Reinecke,</p>
<p>wir bestätigen Ihnen das neue SEPA-Lastschriftmandat:</p>
<table cellpadding="4" style="border-collapse:collapse">
<tr><td>Zahlungsempfänger</td><td>Auenwald Allgemeine Versicherung AG</td></tr>
<tr><td>Gläubiger-ID</td><td>DE71ZZZ00000417739</td></tr>
<tr><td>Mandatsreferenz</td><td>AV-31779012-0003</td></tr>
<tr><td>Kontoinhaberin</td><td>Jutta Reinecke</td></tr>
<tr><td>IBAN</td><td><b>DE46 3004 3207 3616 1666 69</b></td></tr>
<tr><td>Verträge</td><td>Hausrat 31 779 012, Privathaftpflicht PH 22 014 655</td></tr>
<tr><td>Erster Einzug</td><td>01.04.2026</td></tr>
</table>
<p>Die Beiträge werden jeweils zum Ersten eines Monats eingezogen.</p>
<p>Ihr Kundenservice der Auenwald Versicherungsgruppe</p>
</body></html>"""
    return mail([
        ("From", "Auenwald Kundenservice <service@%s>" % DOM),
        ("To", "Jutta Reinecke <jutta.reinecke@webpost.example>"),
        ("Subject", "Bestätigung Ihres SEPA-Lastschriftmandats"),
        ("Date", D("2026-03-12 06:30 +0100")),
        ("Message-ID", MID("sepa-AV-31779012-0003@service.auenwald-versicherung.example")),
        ("X-Mailer", "Auenwald Kundenkommunikation 2.3"),
    ], text, html=html)


@M(31, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
   "query to an orthopaedic practice about factor 3.5 on a named patient's GOÄ invoice; lumbar disc diagnosis M51.2")
def m031():
    body = """Sehr geehrte Damen und Herren,

zu Ihrer Rechnung Nr. 2026-00871 vom 11.02.2026 für unseren Versicherten

  Herrn Gerd Wilmsmeier, geb. 1962-05-30, Vers.-Nr. 109 877 402-01

haben wir eine Rückfrage. Abgerechnet sind u. a.

  GOÄ 255  Injektion intraartikulär/perineural  3,5-fach (3 x)
  GOÄ 5    Untersuchung                           3,5-fach

bei der Diagnose M51.2 Lumbaler Bandscheibenvorfall mit Lumboischialgie.
Für Steigerungsfaktoren über dem Schwellenwert von 2,3 verlangt § 12
Abs. 3 GOÄ eine auf den einzelnen Fall bezogene, verständliche
Begründung. Die Angabe "erhöhter Zeitaufwand" reicht dafür nach unserer
Auffassung nicht aus.

Bitte ergänzen Sie die Begründung (z. B. besondere Schwierigkeit der
Injektion, Zahl der Segmente) oder korrigieren Sie die Rechnung. Herr
Wilmsmeier hat die Abtretung an Sie unterschrieben; wir zahlen den
unstreitigen Betrag von 286,43 EUR bereits heute an Sie aus.

""" + SIG["weidemann"] + "\n\n" + FOOT_KV
    return mail([
        ("From", A("weidemann")),
        ("To", "Orthopädie Lammert & Voss <abrechnung@ortho-lammert-voss.example>"),
        ("Subject", "Rechnung 2026-00871 - Begründung Steigerungsfaktor"),
        ("Date", D("2026-02-23 11:39 +0100")),
        ("Message-ID", MID("AM9PR07MB7731D4E5F6A7B8C9D0E1F2A3B@AM9PR07MB7731.eurprd07.mail.auenwald-versicherung.example")),
        ("X-Mailer", OUTLOOK),
    ], body)


@M(32, "NORMAL", "de", "insurer-to-supplier",
   "trap: order of first-aid kits, AED pads and a defibrillator for the offices; medical vocabulary, no person")
def m032():
    body = """Hallo Frau Demir,

bitte liefern Sie uns zum 15.04.2026 an die Poststelle, Auenwaldplatz 1:

 20 x Betriebsverbandkasten DIN 13157, Art.-Nr. VK-13157-W
  4 x Ersatzelektroden-Set Erwachsene für AED LifeGuard 3, Art.-Nr. LG3-PAD-A
  2 x Kinderelektroden LifeGuard 3, Art.-Nr. LG3-PAD-K
  1 x AED LifeGuard 3 inkl. Wandkasten mit Alarm (für Gebäude C)
 10 x Augenspülflasche 500 ml
  6 x Kältesofortkompresse

Rahmenvertrag RV-2024-118, Kostenstelle 5230. Die bisherigen
Elektroden laufen im Mai ab; bitte die Altgeräte-Pads wieder mitnehmen.

Danke und Gruß

""" + SIG["gerstenberg"]
    return mail([
        ("From", A("gerstenberg")),
        ("To", "Selin Demir <bestellung@medi-betriebsbedarf.example>"),
        ("Subject", "Bestellung Erste Hilfe / AED - RV-2024-118"),
        ("Date", D("2026-03-18 14:05 +0100")),
        ("Message-ID", MID("be-2026-00533.1@einkauf.auenwald-versicherung.example")),
        ("X-Mailer", OUTLOOK),
    ], body, charset="windows-1252", cte="quoted-printable")


@M(33, "CONFIDENTIAL", "en", "insurer-to-company",
   "D&O renewal for a company: named insured directors, limits, premium, a pending claim notice; no health")
def m033():
    body = """Dear Ms Varga,

please find below our renewal terms for the D&O policy of Nordhessen
Solar Systems GmbH (policy DO 90 118 204), period 1 May 2026 to
30 April 2027.

Insured persons (as per your schedule): managing directors Dr. Ralf
Himmelreich and Katja Sundermann, supervisory board members Prof. Dr.
Ines Wolter, Jochen Klapproth and Mehmet Aslan.

  Limit of indemnity:   EUR 5,000,000 per claim and year
  Retention:            none for insured persons (company: EUR 25,000)
  Annual premium:       EUR 18,450.00 plus insurance tax (2025: 16,900.00)

The increase reflects the notice of circumstances of November 2025 (the
former supplier's letter of claim against Mr Himmelreich regarding the
cancelled inverter contract). We keep that notice open under reference
DO-26-000118.

Please confirm by 15 April. Happy to discuss on the phone.

Kind regards
Daniel Okafor

""" + SIG["okafor"] + "\n\n" + FOOT_EN
    return mail([
        ("From", A("okafor")),
        ("To", "Eszter Varga <e.varga@nh-solarsystems.example>"),
        ("Subject", "D&O renewal 2026/27 - DO 90 118 204"),
        ("Date", D("2026-03-20 17:26 +0100")),
        ("Message-ID", MID("do90118204-renewal@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body)


@M(34, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-relative",
   "care insurance: care grade 3 decision for a named mother, sent to her daughter (legal carer); assessment summary PDF with dementia diagnosis")
def m034():
    body = """Sehr geehrte Frau Kessler,

vielen Dank für Ihre Geduld. Das Gutachten zur Pflegebedürftigkeit Ihrer
Mutter, Frau Hildegard Kessler, liegt uns jetzt vor. Wir haben Pflegegrad 3
ab dem Antragsmonat Januar 2026 anerkannt.

Das bedeutet für Ihre Mutter ab 01.01.2026:
- Pflegegeld 599 EUR monatlich, solange Sie und Ihr Bruder die Pflege
  übernehmen, oder
- Pflegesachleistungen bis 1.497 EUR, wenn der Pflegedienst Lebensbogen
  einspringt (auch kombiniert möglich),
- Entlastungsbetrag 131 EUR monatlich.

Die Nachzahlung für Januar bis März überweisen wir in den nächsten Tagen
auf das Konto Ihrer Mutter. Den Bescheid und eine Zusammenfassung des
Gutachtens hänge ich an; das vollständige Gutachten senden wir Ihnen als
Betreuerin per Post.

""" + SIG["dogan"] + "\n\n" + FOOT_KV
    lines = [
        (13, True, "Bescheid über Leistungen der privaten Pflegepflichtversicherung"),
        "",
        "Versicherte Person: Hildegard Kessler, geb. 11.11.1939, Vers.-Nr. 088 412 339-01",
        "Betreuerin: Anja Kessler (Betreuerausweis AG Kassel 2 XVII 118/25)",
        "",
        (11, True, "Ergebnis der Begutachtung vom 24.02.2026 (Hausbesuch)"),
        "Pflegegrad: 3 (gewichtete Gesamtpunkte: 57,5)",
        "Modul 1 Mobilität: 5,0   Modul 2/3 kognitive Fähigkeiten/Verhalten: 11,25",
        "Modul 4 Selbstversorgung: 30,0   Modul 5 Umgang mit krankheitsbedingten Anforderungen: 5,0",
        "Modul 6 Gestaltung des Alltagslebens: 6,25",
        "",
        "Pflegebegründende Diagnosen: F01.3 gemischte kortikale und subkortikale vaskuläre Demenz,",
        "I69.4 Folgen eines Hirninfarkts, M80.08 Osteoporose mit Wirbelkörperfraktur",
        "",
        "Empfehlungen: Rollator, Toilettensitzerhöhung, Hausnotruf; Wiederholungsbegutachtung nicht",
        "vor 2028.",
        "",
        "Leistungsbeginn: 01.01.2026",
        "Auenwald Krankenversicherung a.G. - Pflegeversicherung",
    ]
    return mail([
        ("From", A("dogan")),
        ("To", "Anja Kessler <anja.kessler@posteo-mail.example>"),
        ("Subject", "Pflegegrad Ihrer Mutter - Bescheid"),
        ("Date", D("2026-03-06 13:57 +0100")),
        ("Message-ID", MID("ppv-088412339-bescheid@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body, parts=[att("Bescheid_Pflegegrad_Kessler.pdf",
                        pdf(lines, title="Bescheid Pflegegrad", date="20260306134000+01'00'"),
                        "application/pdf")])


@M(35, "NORMAL", "de", "internal",
   "trap: GOÄ old/new comparison table (ODS) for claims staff with item numbers, fees and medical procedures; no patient")
def m035():
    rows = [["GOÄ alt", "Leistung (Kurztext)", "Punkte", "Einfachsatz EUR", "GOÄ neu (Entwurf)", "Bemerkung"],
            ["1", "Beratung", 80, 4.66, "A 101", "zeitbasiert, 5 Min."],
            ["3", "eingehende Beratung", 150, 8.74, "A 102", "ab 10 Min."],
            ["5", "symptombezogene Untersuchung", 80, 4.66, "B 201", ""],
            ["7", "vollständige Untersuchung Organsystem", 160, 9.33, "B 202", ""],
            ["250", "Blutentnahme", 40, 2.33, "C 110", "nicht neben Laborpauschale"],
            ["410", "Ultraschall eines Organs", 200, 11.66, "D 410", ""],
            ["651", "EKG", 253, 14.75, "E 651", ""],
            ["861", "Psychotherapie (Einzel) 50 Min.", 690, 40.22, "P 861", "Gutachterverfahren bleibt"]]
    body = """Hallo zusammen,

wie im Jour fixe versprochen: die Gegenüberstellung der häufigsten
GOÄ-Ziffern aus unseren ambulanten Rechnungen mit den Positionen des
aktuellen Entwurfs der neuen GOÄ. Grundlage sind die Top 40 Ziffern nach
Häufigkeit 2025.

Wichtig: Der Entwurf ist nicht in Kraft. Bitte nicht danach abrechnen
und Kunden gegenüber keine Aussagen zu künftigen Beträgen machen.

Gruß
Katrin

""" + SIG["oberlaender"]
    return mail([
        ("From", A("oberlaender")),
        ("To", "team-leistung-ambulant@" + DOM),
        ("Subject", "GOÄ alt/neu - Gegenüberstellung Top-Ziffern"),
        ("Date", D("2026-01-27 12:10 +0100")),
        ("Message-ID", MID("goae-vergleich-2026@" + DOM)),
        ("User-Agent", TBIRD),
    ], body, cte="8bit", flowed=True, parts=[att("GOAE_alt_neu_Top40.ods",
                        ods([("Top40", rows)], creator="Katrin Oberländer", created="2026-01-27T11:05:00Z"),
                        "application/vnd.oasis.opendocument.spreadsheet")])

@M(36, "CONFIDENTIAL", "de", "insurer-to-customer",
   "pet health insurance: vet invoice for a named customer's dog (cruciate ligament); animal health is not personal health, contract and payment data remain")
def m036():
    body = """Hallo Herr Brandt,

gute Nachrichten für Balu: Die Rechnung der Tierklinik Fuldaaue vom
02.03.2026 über 2.318,44 EUR (Operation Kreuzbandriss hinten links, TPLO,
zwei Nächte stationär) ist erstattet. Nach Abzug der Selbstbeteiligung
von 20 % überweisen wir 1.854,75 EUR auf Ihr bekanntes Konto.

Vertrag: Hunde-OP-Versicherung TK 66 105 342
Schaden-Nr.: TK-26-000382

Die Physiotherapie nach der OP ist im OP-Tarif für 8 Wochen mitversichert;
reichen Sie die Rechnungen einfach gesammelt ein.

Gute Besserung an Balu!

""" + SIG["brandhorst"]
    return mail([
        ("From", A("brandhorst")),
        ("To", "Jannik Brandt <jannik.brandt@kabelpost.example>"),
        ("Subject", "AW: Rechnung Tierklinik - Balu"),
        ("Date", D("2026-03-13 15:48 +0100")),
        ("Message-ID", MID("tk-26-000382.3@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body)


@M(37, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-relative",
   "life insurance death claim to the widow: deceased policyholder, sum assured, request for a medical certificate of the cause of death")
def m037():
    body = """Dear Mrs Whitfield,

please accept my sincere condolences on the death of your husband,
Mr Graham Whitfield.

I confirm that we received your notification and the death certificate.
Your husband held term life policy LV 7731902-K with a sum assured of
EUR 250,000; you are the named beneficiary.

Because the policy started on 1 September 2023, i.e. less than three years
before his death on 2 March 2026, the policy conditions require us to
check the health questions answered at application. I therefore need:

1. the medical certificate on the cause of death (the form is enclosed
   with the letter I sent by post today - his GP or the hospital can
   complete it), and
2. your consent to ask the doctors who treated him in the five years
   before the application (form "Schweigepflichtentbindung nach Tod",
   also enclosed).

I know this is a lot to ask at such a time. If you prefer, your husband's
GP can send the certificate to me directly. Once the documents are in, we
will decide within two weeks. The payment will be made to the account
you name in the claim form.

With kind regards

""" + SIG["rademacher"] + "\n\n" + FOOT_EN
    return mail([
        ("From", A("rademacher")),
        ("To", "Margaret Whitfield <m.whitfield@highland-post.example>"),
        ("Subject", "Policy LV 7731902-K - your husband's life insurance"),
        ("Date", D("2026-03-11 10:05 +0100")),
        ("Message-ID", MID("lv7731902k.claim.1@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body)


@M(38, "NORMAL", "en", "insurer-to-partner",
   "trap: framework agreement on direct billing with a hospital group (DRG, per-diem rates, invoice format); no patient")
def m038():
    body = """Dear Dr Falkenberg,

thank you for the constructive meeting on Tuesday. As agreed, here is our
summary of the open points for the direct billing framework agreement
between Auenwald Krankenversicherung and the Ansgar Kliniken group
(5 hospitals):

1. Scope: general hospital services under the DRG system and elective
   services (single/double room, chief physician) for our members with
   a valid cost approval.
2. Room rates 2026: single room EUR 148, double room EUR 64 per day, as
   in the PKV association's recommendation; no surcharge for comfort
   rooms without a separate agreement.
3. Invoices: electronic only (DTA XML 2.1), within 14 days of discharge;
   discharge letter only on request of our medical adviser.
4. Payment: within 21 days of receipt of a complete invoice.
5. Term: 1 July 2026, two years, then yearly.

Our legal team will send the draft contract by 20 March. Please let me know
if the summary is correct.

Kind regards

""" + SIG["oberlaender"] + "\n\n" + FOOT_EN
    return mail([
        ("From", A("oberlaender")),
        ("To", "\"Dr. Till Falkenberg\" <t.falkenberg@ansgar-kliniken.example>"),
        ("Subject", "Direct billing framework agreement - summary of 3 March"),
        ("Date", D("2026-03-05 09:30 +0100")),
        ("Message-ID", MID("rv-ansgar-2026-summary@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body)


@M(39, "NORMAL", "de", "internal",
   "trap: blank release-from-confidentiality form template (DOCX) with placeholders and example diagnoses fields empty")
def m039():
    blocks = [
        ("h", "Erklärung zur Entbindung von der Schweigepflicht (§ 213 VVG)"),
        "Versicherte Person: «Vorname» «Nachname», geb. «Geburtsdatum»",
        "Versicherungsnummer: «VersNr»",
        "",
        "Ich entbinde die nachstehend genannten Ärztinnen und Ärzte, Zahnärzte, Psychotherapeuten, "
        "Krankenhäuser und Pflegeeinrichtungen von ihrer Schweigepflicht, soweit die "
        "Auenwald Krankenversicherung a.G. Angaben über meine Gesundheit zur Prüfung des "
        "Leistungsfalls «Leistungsfallnummer» benötigt.",
        "",
        ("table", [["Name / Einrichtung", "Anschrift", "Behandlungszeitraum"],
                   ["«Arzt1»", "«Adresse1»", "«von» – «bis»"],
                   ["«Arzt2»", "«Adresse2»", "«von» – «bis»"]]),
        "",
        "Die Erklärung kann ich jederzeit widerrufen.",
        "",
        "Ort, Datum: ____________________   Unterschrift: ______________________",
    ]
    body = """Hallo Jonas, hallo Melike,

hier die überarbeitete Vorlage SE-Leistung 04/2026 mit den neuen
Serienbrief-Feldern. Bitte ab sofort nur noch diese Fassung aus dem
Vorlagenverzeichnis verwenden; die alte (03/2023) nennt noch § 203 statt
§ 213 VVG in der Überschrift.

Gruß, Ute

""" + SIG["marquardt"]
    return mail([
        ("From", A("marquardt")),
        ("To", A("weidemann") + ", " + A("arslan")),
        ("Subject", "Neue Vorlage Schweigepflichtentbindung (SE-Leistung 04/2026)"),
        ("Date", D("2026-04-01 09:12 +0200")),
        ("Message-ID", MID("vorlage-se-0426@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body, parts=[att("SE-Leistung_04-2026_Vorlage.docx",
                        docx(blocks, creator="Ute Marquardt", created="2026-03-31T14:20:00Z"),
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])


@M(40, "CONFIDENTIAL", "en", "insurer-to-customer",
   "cyber insurance claim of a sole-trader photographer (ransomware): named insured, policy, claim number, turnover figure")
def m040():
    body = """Dear Mr Halvorsen,

I am sorry to hear about the ransomware attack on your studio network.
Here is what happens next under your cyber policy CY 17 440 915:

1. Our incident response partner (SecureNorth Forensics, +49 561 7093-3999,
   24/7) will contact you within the hour. Please do NOT pay the ransom
   and do not switch off the NAS.
2. Business interruption: your policy covers loss of gross profit for up
   to 90 days. In your proposal you stated an annual turnover of
   EUR 142,000 for 2025; we will need your 2025 profit and loss statement
   from your tax adviser.
3. If customer photos or addresses were affected, you may have to notify
   the data protection authority within 72 hours. The forensics team will
   help you decide.

Claim number: CY-26-000073. Please keep a simple log of everything you do.

""" + SIG["okafor"] + "\n\n" + FOOT_EN
    return mail([
        ("From", A("okafor")),
        ("To", "Erik Halvorsen <studio@halvorsen-photo.example>"),
        ("Subject", "Your cyber claim CY-26-000073 - next steps"),
        ("Date", D("2026-04-07 07:52 +0200")),
        ("Message-ID", MID("cy-26-000073.1@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body, charset="us-ascii", cte="7bit")


@M(41, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "disability (BU) claim: named insured, burnout/adjustment disorder F43.2, treating psychiatrist, questionnaire request")
def m041():
    body = """Sehr geehrte Frau Gießler,

vielen Dank für Ihre Leistungsmeldung zur Berufsunfähigkeitsversicherung
BV 4410 2287 (Auenwald Lebensversicherung AG). Sie schreiben, dass Sie seit
dem 12.01.2026 wegen einer Anpassungsstörung (F43.2) arbeitsunfähig sind
und Ihre Tätigkeit als Teamleiterin im Vertrieb voraussichtlich nicht
wieder aufnehmen können.

Damit wir Ihren Anspruch prüfen können, benötigen wir:

1. den Fragebogen zur Berufsunfähigkeit (Teil A: Ihre Tätigkeit,
   Teil B: gesundheitliche Beschwerden), den wir Ihnen heute per Post
   geschickt haben,
2. die Schweigepflichtentbindung für Ihren behandelnden Psychiater
   Herrn Dr. Kuhlmann und Ihre Hausärztin,
3. den Entlassungsbericht der Tagesklinik, sobald er vorliegt,
4. eine Stellenbeschreibung Ihres Arbeitgebers.

Die Beiträge für Ihren Vertrag können Sie auf Antrag für die Dauer der
Prüfung zinslos stunden lassen. Sprechen Sie mich gern an; ich bin Ihr
fester Ansprechpartner für diesen Leistungsfall (BU-26-00214).

Mit freundlichen Grüßen

""" + SIG["rademacher"] + "\n\n" + FOOT_LV
    return mail([
        ("From", A("rademacher")),
        ("To", "Tanja Gießler <tanja.giessler@freemail-hessen.example>"),
        ("Subject", "Ihre Leistungsmeldung BU-26-00214"),
        ("Date", D("2026-02-04 14:40 +0100")),
        ("Message-ID", MID("bu-26-00214.1@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body)


@M(42, "NORMAL", "en", "insurer-to-customer",
   "trap: portal notification 'you have a new secure message' without any content")
def m042():
    body = """Hello,

you have received a new secure message from Auenwald Versicherungsgruppe
in your SecureMail portal mailbox.

To read it, please log in at:
https://securemail.auenwald-versicherung.example/

For your protection this notification does not contain the message
itself. We will never ask you for your password by e-mail.

This is an automatically generated message. Please do not reply.

Auenwald Versicherungsgruppe | SecureMail
"""
    return mail([
        ("From", "Auenwald SecureMail <noreply-securemail@%s>" % DOM),
        ("To", "a.harrington@harrington-family.example"),
        ("Subject", "New secure message in your SecureMail mailbox"),
        ("Date", D("2026-03-02 10:31 +0100")),
        ("Message-ID", MID("notify.8c1e22f0a3@securemail.auenwald-versicherung.example")),
        ("Auto-Submitted", "auto-generated"),
    ], body, charset="us-ascii", cte="7bit")


@M(43, "CONFIDENTIAL", "de", "insurer-to-authority",
   "notice to the vehicle registration office that a named owner's motor liability cover has ended (plate, VIN, policy)")
def m043():
    body = """Anzeige nach § 25 Abs. 1 FZV - Nichtbestehen der Haftpflichtversicherung

Sehr geehrte Damen und Herren,

für das nachstehende Fahrzeug besteht seit dem 01.03.2026 kein
Versicherungsschutz mehr (Vertragsbeendigung wegen Nichtzahlung des
Folgebeitrags, § 38 VVG):

  Halter:                 Dennis Ruppel, Hafenstraße 9, 34125 Kassel
  Amtliches Kennzeichen:  KS-DR 771
  FIN:                    WVWZZZAUZKP041233
  Versicherungsschein:    AK 7103 880 149
  eVB-Nummer:             K7R4M2Q
  Ende der Haftung:       01.03.2026, 00:00 Uhr

Eine Kopie dieser Anzeige erhält der Halter nicht.

Mit freundlichen Grüßen
i. A. Lena Hoffmeister
Auenwald Allgemeine Versicherung AG, Kraftfahrt
Versicherer-Nr. 5512
"""
    return mail([
        ("From", "Auenwald Kraftfahrt <kraftfahrt@%s>" % DOM),
        ("To", "Zulassungsstelle Stadt Kassel <kfz-zulassung@stadt-kassel.example>"),
        ("Subject", "Anzeige § 25 FZV - KS-DR 771"),
        ("Date", D("2026-03-03 06:12 +0100")),
        ("Message-ID", MID("fzv25.ak7103880149@kraftfahrt.auenwald-versicherung.example")),
        ("X-Mailer", "Auenwald KFZ-Bestand 7.1"),
    ], body, charset="iso-8859-1", cte="quoted-printable")


@M(44, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "accident insurance: invalidity benefit after a named customer's fall, ankle fracture S82.6, limb-table degree and payment")
def m044():
    body = """Sehr geehrter Herr Tiedtke,

das Gutachten von Herrn Dr. Markwart vom 18.03.2026 zu den Folgen Ihres
Sturzes von der Leiter am 07.04.2025 liegt uns vor. Der Gutachter stellt
nach der Sprunggelenksfraktur rechts (S82.6, operativ versorgt) eine
dauerhafte Funktionsbeeinträchtigung des Fußes von 3/10 Fußwert fest.

Berechnung der Invaliditätsleistung (Unfallversicherung UV 33 019 774):

  Gliedertaxe Fuß:                        45 %
  davon 3/10:                             13,5 % Invaliditätsgrad
  Grundsumme:                        120.000,00 EUR
  Progression 225 % (bis 25 % linear):  16.200,00 EUR

Wir zahlen 16.200,00 EUR in den nächsten Tagen auf Ihr Konto. Das
bereits gezahlte Krankenhaustagegeld (6 Tage x 50 EUR) wird nicht
angerechnet.

Sie können innerhalb von drei Jahren nach dem Unfall eine
Neubemessung verlangen, falls sich der Zustand verschlechtert.

""" + SIG["schrader"] + "\n\n" + FOOT_AV
    return mail([
        ("From", A("schrader")),
        ("To", "Uwe Tiedtke <uwe.tiedtke@t-netz.example>"),
        ("Subject", "Ihre Invaliditätsleistung - Unfall vom 07.04.2025"),
        ("Date", D("2026-03-27 11:25 +0100")),
        ("Message-ID", MID("uv33019774-inv@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body)


@M(45, "NORMAL", "de", "insurer-to-customer",
   "portal registration confirmation (no password, no contract data)")
def m045():
    body = """Guten Tag,

Ihre Registrierung für das Auenwald-Kundenportal ist fast abgeschlossen.

Bitte bestätigen Sie Ihre E-Mail-Adresse innerhalb von 48 Stunden über
diesen Link:
https://mein.auenwald-versicherung.example/registrierung/bestaetigen?t=Qm9YtB3xkP0w

Ihr Initialpasswort erhalten Sie aus Sicherheitsgründen per Post.

Falls Sie sich nicht registriert haben, ignorieren Sie diese E-Mail bitte.

Ihre Auenwald Versicherungsgruppe
(Diese E-Mail wurde automatisch erstellt.)
"""
    return mail([
        ("From", "Auenwald Kundenportal <noreply@%s>" % DOM),
        ("To", "bjoern.hass@webpost.example"),
        ("Subject", "Bitte bestätigen Sie Ihre E-Mail-Adresse"),
        ("Date", D("2026-01-11 19:03 +0100")),
        ("Message-ID", MID("reg.5f2e90b1@mein.auenwald-versicherung.example")),
        ("Auto-Submitted", "auto-generated"),
    ], body, charset="utf-8", cte="base64")


@M(46, "NORMAL", "de", "internal",
   "trap: sickness absence rate per department (aggregated HR KPI); no employee named")
def m046():
    body = """Liebe Bereichsleitungen,

anbei wie jedes Quartal die Fehlzeitenquote (Krankheitstage je
Soll-Arbeitstag) für Q4/2025. Abteilungen unter 10 Beschäftigten sind
zusammengefasst, damit keine Rückschlüsse auf Einzelne möglich sind.

  Bereich                      Q3/2025   Q4/2025
  Leistung Kranken/Pflege        6,1 %     7,4 %
  Leben/BU                       4,8 %     5,2 %
  Schaden Sach/Kfz               5,5 %     6,9 %
  Kundenservice                  7,9 %     8,3 %
  IT                             3,2 %     4,0 %
  Stab/Verwaltung (zusammengef.) 4,1 %     4,6 %
  Gesamt                         5,6 %     6,5 %

Der Anstieg im Winter entspricht dem Vorjahr (Erkältungs- und
Grippewelle). Das BGM-Team bietet ab März wieder Rückenkurse und die
Grippeimpfung im Herbst an.

Viele Grüße
Svenja Koch

""" + SIG["koch"]
    return mail([
        ("From", A("koch")),
        ("To", "bereichsleitungen@" + DOM),
        ("Subject", "Fehlzeitenquote Q4/2025"),
        ("Date", D("2026-01-21 09:40 +0100")),
        ("Message-ID", MID("hr-fzq-q4-2025@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body, charset="windows-1252", cte="quoted-printable")


@M(47, "CONFIDENTIAL", "de", "broker",
   "forwarded broker mail with a named client's household insurance application data: birth date, address, previous claims, IBAN")
def m047():
    broker_text = """Hallo Herr Riedel,

für meine Kundin brauche ich bitte kurzfristig ein Angebot Hausrat mit
Fahrradbaustein, sie zieht zum 01.05. um:

Name: Franziska Albrecht
Geb.: 17.02.1993
Neue Anschrift: Kölnische Straße 140, 34119 Kassel, 3. OG, 78 qm
Vorversicherung: Westfalia Sach, 2 Schäden in 5 Jahren (Fahrraddiebstahl 2023,
Leitungswasser 2024)
E-Bike: Kalkhoff, Kaufpreis 3.400 EUR, Rahmennr. WAK83721094
Zahlung: jährlich per Lastschrift, IBAN DE23 4270 2762 8782 9327 14

Schaffen Sie das bis Freitag?

Grüße aus Baunatal
Sven Lutz
Finanzkontor Behrens & Lutz GmbH
Marktplatz 3, 34225 Baunatal"""
    body = """Hallo Bianca,

kannst du Frau Albrecht bitte rechnen (Hausrat Komfort + Fahrrad 3.500)?
Die beiden Vorschäden bitte beachten, ggf. mit SB 250. Der Makler möchte
das Angebot bis Freitag.

Danke!
Hannes

""" + SIG["riedel"] + """

-----Ursprüngliche Nachricht-----
Von: Sven Lutz <lutz@behrens-lutz.example>
Gesendet: Dienstag, 14. April 2026 16:22
An: Hannes Riedel <hannes.riedel@auenwald-versicherung.example>
Betreff: Angebot Hausrat Albrecht

""" + broker_text
    return mail([
        ("From", A("riedel")),
        ("To", "Bianca Sauer <bianca.sauer@%s>" % DOM),
        ("Subject", "WG: Angebot Hausrat Albrecht"),
        ("Date", D("2026-04-15 08:05 +0200")),
        ("Message-ID", MID("AM6PR07MB5120A7B8C9D0E1F2A3B4C5D6E@AM6PR07MB5120.eurprd07.mail.auenwald-versicherung.example")),
        ("X-Mailer", OUTLOOK),
    ], body)


@M(48, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
   "travel cancellation because the customer's daughter has chickenpox (B01.9): request for a medical certificate")
def m048():
    body = """Dear Mrs Novak,

I am sorry that your family had to cancel the trip to Mallorca. Thank you
for the cancellation invoice of SunWay Reisen (EUR 1,964.00).

You wrote that your daughter Mila (6) fell ill with chickenpox on
29 March, two days before departure. To settle the claim under your travel
cancellation policy RR-4417-2209 I need an "attestation of unexpected
serious illness" from her paediatrician. The form is here:
https://www.auenwald-versicherung.example/reise/attest

The doctor only needs to confirm the date of diagnosis (chickenpox,
ICD B01.9) and that travelling was not possible. The cost of the
certificate (usually EUR 15 to 25) is also covered.

Claim number: RR-26-001274.

""" + SIG["lindqvist"] + "\n\n" + FOOT_EN
    return mail([
        ("From", A("lindqvist")),
        ("To", "Katarina Novak <katarina.novak@inbox-mail.example>"),
        ("Subject", "Cancellation Mallorca - claim RR-26-001274"),
        ("Date", D("2026-04-02 12:14 +0200")),
        ("Message-ID", MID("rr-26-001274.1@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body)


@M(49, "NORMAL", "en", "internal",
   "trap: job advertisement draft for a medical claims assessor with nursing background; no applicant data")
def m049():
    body = """Hi Svenja,

here is the English version of the job ad for the international desk, as
discussed. Please check the salary range wording with the works council.

---
Medical Claims Assessor (m/f/d), International Health Desk, Kassel

You will review invoices, hospital reports and treatment plans from
members living abroad, check medical necessity together with our medical
advisers, and issue guarantees of payment to hospitals worldwide.

You bring:
- a qualification as registered nurse, medical assistant or similar and
  at least three years' experience in a hospital or a health insurer;
- good knowledge of ICD-10, ideally of DRG and of GOÄ/GOZ;
- fluent English and German; Spanish or French is a plus.

We offer 38.5 hours, up to three days of home office, a salary of
EUR 52,000 to 61,000 a year depending on experience, and a company pension.
---

Claire

""" + SIG["whitmore"]
    return mail([
        ("From", A("whitmore")),
        ("To", A("koch")),
        ("Subject", "Job ad Medical Claims Assessor - EN version"),
        ("Date", D("2026-02-02 15:15 +0100")),
        ("Message-ID", MID("jobad-mca-en@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body)


@M(50, "CONFIDENTIAL", "en", "internal",
   "HR mail about a named employee's salary adjustment (current and new gross salary); no health data")
def m050():
    body = """Hi Daniel,

following your request and the approval of the head of Commercial Lines,
here are the details for the salary adjustment of Ms Priya Raman
(personnel no. 40718), effective 1 April 2026:

  Current gross annual salary:  EUR 58,400 (tariff group 7, level 3)
  New gross annual salary:      EUR 63,900 (tariff group 8, level 1)
  Additional allowance:         EUR 150 per month (underwriting licence)

Please inform her in your next one-to-one; the letter will follow from
HR by internal mail. Do not forward this mail.

Thanks,
Svenja

""" + SIG["koch"]
    return mail([
        ("From", A("koch")),
        ("To", A("okafor")),
        ("Subject", "Salary adjustment P. Raman"),
        ("Date", D("2026-03-16 12:02 +0100")),
        ("Message-ID", MID("hr-40718-sal-2026@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body)


@M(51, "STRICTLY_CONFIDENTIAL", "de", "internal",
   "HR to a team lead about a named employee's six weeks of sickness and the BEM procedure (health information of staff)")
def m051():
    body = """Hallo Herr Brenner,

Frau Daniela Vössing aus Ihrem Team ist seit dem 19.01.2026 ununterbrochen
arbeitsunfähig; die aktuelle Folgebescheinigung geht bis 13.03.2026.
Damit sind die sechs Wochen nach § 167 Abs. 2 SGB IX überschritten, und
wir müssen ihr ein betriebliches Eingliederungsmanagement anbieten.

Frau Vössing hat mir am Telefon erzählt, dass es sich um die Folgen ihrer
Knieoperation handelt und eine Reha in Bad Wildungen geplant ist. Bitte
behandeln Sie das vertraulich und sprechen Sie sie im Team nicht darauf an.

Das Einladungsschreiben zum BEM geht morgen an sie raus. Falls sie
zustimmt, würde ich Sie zum Erstgespräch hinzuziehen (Thema: stufenweise
Wiedereingliederung, Arbeitsplatz höhenverstellbar).

Viele Grüße
Svenja Koch

""" + SIG["koch"]
    return mail([
        ("From", A("koch")),
        ("To", "Markus Brenner <markus.brenner@%s>" % DOM),
        ("Subject", "BEM Frau Vössing"),
        ("Date", D("2026-03-04 16:31 +0100")),
        ("Message-ID", MID("hr-bem-2026-007@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body)


@M(52, "NORMAL", "de", "insurer-to-press",
   "trap: press release about the invoice-upload app (doctors' invoices, prescriptions, reimbursement times); no person")
def m052():
    body = """Pressemitteilung

Arztrechnung fotografieren, Geld in fünf Tagen: Auenwald Krankenversicherung
baut digitale Rechnungseinreichung aus

Kassel, 14. April 2026. Die Auenwald Krankenversicherung a.G. hat 2025
erstmals mehr als die Hälfte aller Arztrechnungen, Rezepte und
Krankenhausrechnungen digital erhalten. Über die Auenwald-App reichten
Versicherte 1,38 Millionen Belege ein, 41 Prozent mehr als im Vorjahr.
78 Prozent davon wurden innerhalb von fünf Arbeitstagen erstattet.

"Niemand soll für seine Gesundheit lange in Vorleistung gehen", sagt
Dr. Katrin Oberländer, Leiterin Leistung Krankenversicherung. Ab Mai
können auch Heil- und Kostenpläne von Zahnärzten per App zur Prüfung
eingereicht werden; eine Zusage soll dann binnen 48 Stunden vorliegen.

Über Auenwald: Die Auenwald Versicherungsgruppe mit Sitz in Kassel
versichert rund 410.000 Menschen in der Kranken-, Lebens-, Sach- und
Unfallversicherung.

Pressekontakt: Johanna Pfeiffer, presse@auenwald-versicherung.example,
Telefon 0561 7093-1090
"""
    return mail([
        ("From", A("pfeiffer")),
        ("Bcc", "presseverteiler@lists.auenwald-versicherung.example"),
        ("To", "presse@" + DOM),
        ("Subject", "PM: Arztrechnung fotografieren, Geld in fünf Tagen"),
        ("Date", D("2026-04-14 10:00 +0200")),
        ("Message-ID", MID("pm-2026-07@presse.auenwald-versicherung.example")),
        ("X-Mailer", OUTLOOK),
    ], body)


@M(53, "CONFIDENTIAL", "de", "insurer-to-customer",
   "legal expenses cover for a tenancy dispute: named customer, landlord named, rent amounts, claim number")
def m053():
    body = """Sehr geehrte Frau Oguntoye,

für Ihre Auseinandersetzung mit Ihrer Vermieterin, der
Hausverwaltung Krone & Partner, wegen der Mieterhöhung von 720 EUR auf
828 EUR kalt bestätigen wir Kostenschutz aus Ihrem Rechtsschutzvertrag
RS 61 014 207 (Baustein Wohnungs- und Grundstücks-Rechtsschutz für
Mieter).

Schadennummer: RS-26-013388

Gedeckt ist zunächst die außergerichtliche Tätigkeit eines Anwalts. Wenn
Sie keinen Anwalt kennen, nennen wir Ihnen gern eine Kanzlei in Ihrer
Nähe. Da Sie zugleich Mitglied im Mieterverein sind, prüfen Sie bitte,
ob der Verein die Beratung übernimmt; dann brauchen Sie uns
erst für ein mögliches Gerichtsverfahren.

Mit freundlichen Grüßen

""" + SIG["lassahn"] + "\n\n" + FOOT_AV
    return mail([
        ("From", A("lassahn")),
        ("To", "Adaeze Oguntoye <adaeze.oguntoye@webpost.example>"),
        ("Subject", "Kostenschutz Mieterhöhung - RS-26-013388"),
        ("Date", D("2026-04-08 13:17 +0200")),
        ("Message-ID", MID("rs-26-013388.1@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body, charset="iso-8859-1", cte="8bit")


@M(54, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "HTML-only reimbursement of a named member's dental invoice: GOZ table with implant, bone graft, periodontitis treatment")
def m054():
    html = """<!DOCTYPE html>
<html><head><meta charset="utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Sehr geehrte Frau Lammers,</p>
<p>die Rechnung der Zahnarztpraxis Dr. Felix Arnold vom 27.02.2026 haben wir zu Ihrem Tarif
ZP&nbsp;90 (Versicherungsnummer 171&nbsp;045&nbsp;288-01) wie folgt erstattet:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#e8efe9"><th>GOZ</th><th>Leistung</th><th>Zahn</th><th>Betrag</th><th>erstattet</th></tr>
<tr><td>9010</td><td>Implantat inseriert</td><td>36</td><td>412,34&nbsp;&euro;</td><td>371,11&nbsp;&euro;</td></tr>
<tr><td>9100</td><td>Augmentation (Knochenaufbau)</td><td>36</td><td>396,52&nbsp;&euro;</td><td>356,87&nbsp;&euro;</td></tr>
<tr><td>4070</td><td>Parodontitistherapie, geschlossen</td><td>14&ndash;17</td><td>88,56&nbsp;&euro;</td><td>79,70&nbsp;&euro;</td></tr>
<tr><td>0090</td><td>Infiltrationsanästhesie</td><td>36</td><td>15,36&nbsp;&euro;</td><td>13,82&nbsp;&euro;</td></tr>
<tr><td>&ndash;</td><td>Material/Implantat (Beleg Dentallabor)</td><td></td><td>690,00&nbsp;&euro;</td><td>621,00&nbsp;&euro;</td></tr>
<tr><td colspan="3"><b>Summe</b></td><td><b>1.602,78&nbsp;&euro;</b></td><td><b>1.442,50&nbsp;&euro;</b></td></tr>
</table>
<p>Die Begrenzung im zweiten Versicherungsjahr (2.000&nbsp;&euro;) ist damit zu 1.442,50&nbsp;&euro; ausgeschöpft.
Die Krone auf dem Implantat reichen Sie bitte nach Eingliederung ein; wir empfehlen vorher
einen Heil- und Kostenplan.</p>
<p>Mit freundlichen Grüßen<br>Jonas Weidemann<br>Leistungsservice ambulant<br>
Auenwald Krankenversicherung a.G.</p>
</body></html>"""
    return mail([
        ("From", A("weidemann")),
        ("To", "Bettina Lammers <bettina.lammers@t-netz.example>"),
        ("Subject", "Erstattung Zahnarztrechnung vom 27.02.2026"),
        ("Date", D("2026-03-09 16:02 +0100")),
        ("Message-ID", MID("AM9PR07MB7731F0A1B2C3D4E5F6A7B8C9D@AM9PR07MB7731.eurprd07.mail.auenwald-versicherung.example")),
        ("X-Mailer", OUTLOOK),
    ], None, html=html)


@M(55, "NORMAL", "en", "insurer-to-supplier",
   "trap: synthetic OCR test set for a scanning vendor (ZIP with a sample invoice PDF for the fictitious 'Erika Mustermann' with ICD code)")
def m055():
    sample = pdf([
        (12, True, "Dr. med. Beispiel - Praxis für Allgemeinmedizin (TESTDOKUMENT)"),
        "Musterweg 1, 12345 Musterstadt",
        "",
        "Patientin: Erika Mustermann (fiktiv), geb. 01.01.1970",
        "Rechnung Nr. TEST-0001 vom 02.01.2026",
        "Diagnose: J06.9 Akute Infektion der oberen Atemwege (Beispiel)",
        "",
        "Datum       GOÄ   Leistung                         Faktor   Betrag",
        "02.01.2026  1     Beratung                          2,3     10,72 EUR",
        "02.01.2026  5     Symptombezogene Untersuchung      2,3     10,72 EUR",
        "02.01.2026  250   Blutentnahme                      1,8      4,20 EUR",
        "Summe                                                        25,64 EUR",
        "",
        "SYNTHETISCHES TESTDOKUMENT - KEINE ECHTE PERSON",
    ], title="OCR test invoice TEST-0001", date="20260108100000+01'00'")
    truth = """file,field,expected
TEST-0001.pdf,invoice_no,TEST-0001
TEST-0001.pdf,patient,Erika Mustermann (fiktiv)
TEST-0001.pdf,dob,01.01.1970
TEST-0001.pdf,diagnosis,J06.9
TEST-0001.pdf,goae_items,1;5;250
TEST-0001.pdf,total,25.64
"""
    readme = """Synthetic OCR test set v1 (Auenwald, January 2026)
All documents are invented. Names follow the German placeholder
convention (Erika Mustermann, Max Mustermann). No real patient data.
"""
    z = mkzip([("README.txt", readme), ("TEST-0001.pdf", sample), ("ground_truth.csv", truth)],
              when=(2026, 1, 8, 10, 0, 0))
    body = """Hello Mr de Vries,

as agreed, attached is the first synthetic test set for the new GOÄ
recognition model (one invoice plus ground truth; the remaining 199
follow via your SFTP once the folder is set up). All documents are
generated by us and contain placeholder persons only - please do not
request real invoices from the claims department for testing.

Acceptance criterion stays as in the SOW: 98.5 % field accuracy on
invoice number, GOÄ items, factor and total.

Best regards,
Niklas

""" + SIG["stein"]
    return mail([
        ("From", A("stein")),
        ("To", "Pieter de Vries <p.devries@docuflux.example>"),
        ("Subject", "OCR test set v1 (synthetic) - GOÄ model"),
        ("Date", D("2026-01-08 10:22 +0100")),
        ("Message-ID", MID("ocr-testset-v1@" + DOM)),
        ("User-Agent", TBIRD),
    ], body, cte="8bit", flowed=True, parts=[att("ocr_testset_v1.zip", z, "application/zip")])

@M(56, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker",
   "harmless body; XLSX lists the broker's named clients with health-insurance tariffs and their old and new premiums")
def m056():
    rows = [["Client", "Member no.", "Plan", "Premium 2025 (EUR/month)", "Premium from 01/04/2026", "Change"],
            ["Bergström, Nils", "INT-55 118 402", "GlobalCare Premium", 486.20, 529.90, "+9.0 %"],
            ["Chatterjee, Ananya", "INT-55 140 877", "GlobalCare Standard", 311.40, 311.40, "0.0 %"],
            ["Chatterjee, Rohan (child)", "INT-55 140 877-03", "GlobalCare Standard", 98.60, 98.60, "0.0 %"],
            ["Moreau, Julien", "INT-55 162 019", "GlobalCare Premium + Dental", 574.10, 640.35, "+11.5 %"],
            ["O'Sullivan, Aoife", "INT-55 171 330", "GlobalCare Premium", 402.75, 438.80, "+9.0 %"],
            ["Takahashi, Ren", "INT-55 188 946", "GlobalCare Standard", 287.90, 301.50, "+4.7 %"]]
    body = """Hi Rebecca,

as promised, the overview for your book with us ahead of the April
premium review. Members receive their individual letters this week, so
you may get questions.

Let me know if anything looks odd.

Cheers,
Hannes

""" + SIG["riedel"]
    return mail([
        ("From", A("riedel")),
        ("To", "Rebecca Thornton <r.thornton@harbourlane.example>"),
        ("Subject", "Your clients - premium review April 2026"),
        ("Date", D("2026-02-24 17:40 +0100")),
        ("Message-ID", MID("hl-bap-2026@makler.auenwald-versicherung.example")),
        ("X-Mailer", OUTLOOK),
    ], body, parts=[att("HarbourLane_BAP_2026.xlsx",
                        xlsx([("Clients", rows)], creator="Hannes Riedel", created="2026-02-24T16:30:00Z"),
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])


@M(57, "NORMAL", "de", "internal",
   "trap: statistics of tariff switches under § 204 VVG per tariff (counts and average savings); no member")
def m057():
    body = """Hallo Petra,

die Auswertung Tarifwechsel nach § 204 VVG für 2025 (Stand 31.12.):

  Ausgangstarif   Zieltarif       Anzahl   Ø Ersparnis/Monat   davon mit Risikozuschlag
  AK 300          AK 600             412        48,20 EUR                 3 %
  AK 300          AK 1200            188        91,70 EUR                 5 %
  AK 150          AK 300             236        37,40 EUR                 2 %
  KS1             KS2                 97        62,10 EUR                 0 %
  Standardtarif   -                   41       121,80 EUR                 -

Die Wechsel mit Risikozuschlag betreffen fast ausschließlich Mehrleistungen
(z. B. Wechsel in einen Tarif mit Heilpraktikerleistungen). Für die
Beitragsanpassung 2027 würde ich die Textbausteine zum Tarifwechsel im
Anschreiben gern wieder prominenter platzieren.

Gruß
Matthias

""" + SIG["ebeling"]
    return mail([
        ("From", A("ebeling")),
        ("To", A("kuehnel")),
        ("Subject", "Tarifwechsel 2025 - Auswertung"),
        ("Date", D("2026-01-16 11:47 +0100")),
        ("Message-ID", MID("akt-tw-2025@" + DOM)),
        ("User-Agent", TBIRD),
    ], body, cte="8bit")


@M(58, "CONFIDENTIAL", "en", "insurer-to-customer",
   "travel cancellation because of a named customer's redundancy (job loss): employer letter, policy and claim number; no health")
def m058():
    body = """Dear Mr Adeyemi,

thank you for sending the termination letter from Kasselwerk Maschinenbau
dated 27 February 2026. Involuntary job loss is an insured reason under
your annual travel cancellation policy RR-4419-0388, so we will pay the
cancellation fees for the Canada trip:

  Air Canada tickets (2 persons):    EUR 1,140.00
  Cabin rental Tofino (deposit):     EUR   620.00
  Excess (20 %):                    -EUR   352.00
  Payment:                           EUR 1,408.00

Claim number RR-26-000911. The amount will be transferred within five
working days to the account you gave in the claim form.

I hope you find a new position soon.

""" + SIG["lindqvist"] + "\n\n" + FOOT_EN
    return mail([
        ("From", A("lindqvist")),
        ("To", "Tunde Adeyemi <tunde.adeyemi@kabelpost.example>"),
        ("Subject", "Claim RR-26-000911 - settlement"),
        ("Date", D("2026-03-19 10:58 +0100")),
        ("Message-ID", MID("rr-26-000911.2@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body)


@M(59, "NORMAL", "de", "insurer-to-broker",
   "trap: broker information about the new daily sickness allowance tariff (income rules, waiting days); generic, no client")
def m059():
    body = """Liebe Vertriebspartnerinnen und Vertriebspartner,

ab 1. Mai 2026 bieten wir das neue Krankentagegeld KT Flex an. Das
Wichtigste in Kürze:

* Karenzzeiten 22, 29, 43 oder 92 Tage, für Selbstständige auch ab dem
  8. Tag.
* Versicherbar sind bis zu 100 % des Nettoeinkommens, höchstens
  520 EUR täglich; bei Angestellten rechnen wir mit dem Nettoeinkommen
  der letzten 12 Monate.
* Leistung bei Arbeitsunfähigkeit wegen Krankheit oder Unfall; bei
  psychischen Erkrankungen ohne Begrenzung der Leistungsdauer.
* Vereinfachte Gesundheitsprüfung bis 100 EUR Tagessatz (sieben Fragen).

Die Produktunterlagen, den Tarifrechner und die Antragsstrecke finden Sie
im Maklerportal unter Produkte > Kranken > KT Flex. Ein Webinar bieten
wir am 28.04. um 10 Uhr an.

""" + SIG["riedel"] + "\n\n" + FOOT_KV
    return mail([
        ("From", "Auenwald Maklerbetreuung <makler@%s>" % DOM),
        ("To", "makler-info@lists.auenwald-versicherung.example"),
        ("Subject", "Neu ab Mai: Krankentagegeld KT Flex"),
        ("Date", D("2026-04-09 08:00 +0200")),
        ("Message-ID", MID("makler-info-2026-09@lists.auenwald-versicherung.example")),
        ("Precedence", "bulk"),
    ], body)


@M(60, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "daily sickness allowance payment for a named member: certified incapacity periods, daily rate from net income, payment")
def m060():
    body = """Sehr geehrter Herr Brockmann,

für Ihre Arbeitsunfähigkeit zahlen wir Krankentagegeld wie folgt:

  Vertrag:               KT 43 (Karenzzeit 42 Tage), Vers.-Nr. 118 902 655-01
  Tagessatz:             145,00 EUR (versichertes Nettoeinkommen 4.410 EUR/Monat)
  AU laut Bescheinigungen: 09.01.2026 bis 20.03.2026
  Leistungsbeginn:       ab 43. Tag = 20.02.2026
  Leistungstage:         29
  Auszahlung:            4.205,00 EUR

Die Zahlung geht heute an Ihr Konto bei der Volksbank Kassel Göttingen.
Bitte schicken Sie uns weiterhin die Folgebescheinigungen Ihres Arztes
spätestens alle 14 Tage; die Diagnose muss darauf nicht vermerkt sein.

Dauert die Arbeitsunfähigkeit über den 30.04. hinaus an, möchte unser
Beratungsarzt mit Ihrem Arzt sprechen. Wir melden uns dazu rechtzeitig.

""" + SIG["weidemann"] + "\n\n" + FOOT_KV
    return mail([
        ("From", A("weidemann")),
        ("To", "Frank Brockmann <frank.brockmann@freemail-hessen.example>"),
        ("Subject", "Krankentagegeld - Abrechnung bis 20.03.2026"),
        ("Date", D("2026-03-23 13:30 +0100")),
        ("Message-ID", MID("kt-118902655-0323@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body, charset="windows-1252", cte="quoted-printable")


@M(61, "CONFIDENTIAL", "de", "insurer-to-lawyer",
   "legal expenses cover for a named customer's speeding-fine appeal (administrative offence, not a crime); case and claim data")
def m061():
    body = """Sehr geehrter Herr Rechtsanwalt Reuter,

in der Bußgeldsache Ihres Mandanten, Herrn Volker Stamm
(Rechtsschutzvertrag RS 61 002 719, Verkehrs-Rechtsschutz), erteilen wir
Kostenschutz für den Einspruch gegen den Bußgeldbescheid des
Regierungspräsidiums Kassel vom 02.03.2026
(Az. 7.2-OWi-26-118443): Geschwindigkeitsüberschreitung außerorts um
31 km/h, 260 EUR Geldbuße, 2 Punkte, 1 Monat Fahrverbot.

Schadennummer: RS-26-012640

Die Deckung umfasst das Verfahren vor der Verwaltungsbehörde und das
gerichtliche Verfahren erster Instanz einschließlich eines
Sachverständigengutachtens zur Messung (Messgerät PoliScan FM1). Bitte
reichen Sie Ihre Kostennote unter der Schadennummer ein.

Mit freundlichen Grüßen

""" + SIG["lassahn"] + "\n\n" + FOOT_AV
    return mail([
        ("From", A("lassahn")),
        ("To", "RA Jens Reuter <reuter@reuter-abendroth.example>"),
        ("Subject", "RS-26-012640 Stamm ./. RP Kassel - Deckungszusage"),
        ("Date", D("2026-03-17 09:44 +0100")),
        ("Message-ID", MID("rs-26-012640.dz@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body)


@M(62, "NORMAL", "en", "newsletter",
   "trap: travel-health newsletter (vaccinations, malaria prophylaxis, travel pharmacy, emergency number); no person")
def m062():
    text = """TRAVEL WELL - Auenwald travel health tips for summer 2026

Vaccinations: check your tetanus, diphtheria and polio boosters six weeks
before you travel. Hepatitis A is recommended for most destinations
outside Northern Europe.

Malaria: for high-risk areas, ask your doctor about prophylaxis (e.g.
atovaquone/proguanil). Our travel health insurance reimburses prescribed
prophylaxis up to EUR 100 per trip.

Travel pharmacy: pain relief, plasters, oral rehydration salts, sun cream
and enough of your regular medicines for the whole trip plus three days.

Emergency abroad? Call our assistance partner 24/7: +49 561 7093-3999.
Keep your insurance card in your wallet, not in your suitcase.

Safe travels!
Your Auenwald travel team

Unsubscribe: https://www.auenwald-versicherung.example/newsletter/abmelden?l=en&t=travel
"""
    return mail([
        ("From", "Auenwald Travel <newsletter@%s>" % DOM),
        ("To", "travel-news-en@lists.auenwald-versicherung.example"),
        ("Subject", "Travel well: vaccinations, malaria, travel pharmacy"),
        ("Date", D("2026-05-28 07:30 +0200")),
        ("Message-ID", MID("nl-2026-05-travel-en.1022@lists.auenwald-versicherung.example")),
        ("Precedence", "bulk"),
        ("List-Unsubscribe", "<https://www.auenwald-versicherung.example/newsletter/abmelden?l=en&t=travel>"),
    ], text, charset="us-ascii", cte="7bit")


@M(63, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "body only says 'your certificate for the tax office'; PDF is a named member's health and care premium certificate with tax ID")
def m063():
    body = """Guten Tag Frau Sander,

wie gewünscht senden wir Ihnen die Bescheinigung für das Finanzamt noch
einmal als PDF. Die Daten haben wir auch elektronisch an die
Finanzverwaltung übermittelt.

Freundliche Grüße
Ihr Kundenservice

""" + SIG["brandhorst"]
    lines = [
        (13, True, "Bescheinigung über Beiträge zur Kranken- und Pflegeversicherung 2025"),
        "(§ 10 Abs. 1 Nr. 3 EStG - elektronisch übermittelt nach § 10 Abs. 2a EStG)",
        "",
        "Versicherungsnehmerin: Carola Sander, Weserstraße 31, 34125 Kassel",
        "Geburtsdatum: 25.08.1979        Steuer-ID: 47 118 902 356",
        "Versicherungsnummer: 144 208 731-01",
        "",
        (10, True, "Beiträge 2025                                        EUR"),
        "Krankenversicherung Basisabsicherung (AK 300, KS2 anteilig)   5.214,36",
        "Pflegepflichtversicherung                                       655,44",
        "Wahlleistungen / Zusatztarife (ZP 90, KS2 Anteil)              1.118,88",
        "Beitragsrückerstattung 2025 (erstattet im Juli)                -640,00",
        "Arbeitgeberzuschuss: nicht bekannt",
        "",
        "Mitversicherte Person: Lina Sander (Kind), Beiträge Basisabsicherung 1.101,60 EUR",
        "",
        "Auenwald Krankenversicherung a.G., Kassel, 12.01.2026",
        "Diese Bescheinigung wurde maschinell erstellt und ist ohne Unterschrift gültig.",
    ]
    return mail([
        ("From", "Auenwald Kundenservice <service@%s>" % DOM),
        ("To", "Carola Sander <carola.sander@webpost.example>"),
        ("Subject", "Ihre Bescheinigung für das Finanzamt"),
        ("Date", D("2026-02-27 14:12 +0100")),
        ("Message-ID", MID("svc-20260227-1193@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body, parts=[att("Beitragsbescheinigung_2025.pdf",
                        pdf(lines, title="Beitragsbescheinigung 2025", date="20260112060000+01'00'"),
                        "application/pdf")])


@M(64, "NORMAL", "de", "internal",
   "trap: anonymised training case (age band, breast cancer diagnosis, hospital stay) with no name, number or date that identifies anyone")
def m064():
    body = """Hallo zusammen,

für die Schulung der neuen Kolleginnen am Donnerstag habe ich den
Übungsfall "Stationär 3" aktualisiert. Alle Angaben sind verfremdet,
Namen und Nummern gibt es im Fall nicht.

Fall: Versicherte, Altersgruppe 50-59, Tarif mit Zweibettzimmer.
Diagnose C50.9 (bösartige Neubildung der Brustdrüse), brusterhaltende
Operation, 5 Tage stationär, danach ambulante Strahlentherapie.
Eingereicht werden: Krankenhausrechnung (DRG J25Z), Wahlleistungsrechnung
des Chefarztes, Rechnung der Radiologie, Perückenverordnung.

Aufgaben:
1. Welche Belege gehören zur Kostenzusage, welche nicht?
2. Wie wird die Chefarztrechnung nach § 6a GOÄ gemindert?
3. Ist die Perücke ein erstattungsfähiges Hilfsmittel im Tarif AK 300?

Lösungen bringe ich ausgedruckt mit.

Viele Grüße
Melike

""" + SIG["arslan"]
    return mail([
        ("From", A("arslan")),
        ("To", "einarbeitung-leistung@" + DOM),
        ("Subject", "Übungsfall Stationär 3 für Donnerstag"),
        ("Date", D("2026-04-20 15:36 +0200")),
        ("Message-ID", MID("schulung-stat3@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body)


@M(65, "CONFIDENTIAL", "de", "insurer-to-customer",
   "motor total-loss settlement for a named customer: valuation PDF, plate, VIN, payment to IBAN; nobody injured")
def m065():
    body = """Sehr geehrte Frau Scholz,

anbei die Abrechnung Ihres Totalschadens (Schaden KF-26-0040377, Unfall
vom 21.03.2026 in Vellmar, keine Verletzten). Wir überweisen
9.350,00 EUR auf Ihr Konto DE12 6391 2280 3255 4019 37.

Das Fahrzeug können Sie an den Restwertaufkäufer übergeben, der sich
bei Ihnen meldet; bitte vergessen Sie die Abmeldung nicht.

""" + SIG["hoffmeister"] + "\n\n" + FOOT_AV
    lines = [
        (13, True, "Abrechnung Kaskoschaden KF-26-0040377"),
        "",
        "Versicherungsnehmerin: Miriam Scholz, Am Warteberg 12, 34128 Kassel",
        "Vertrag: AK 7104 218 930 (Vollkasko, SB 300 EUR)",
        "Fahrzeug: Opel Corsa F, KS-MS 904, FIN W0V9D6EK1L4291870, EZ 06/2021",
        "",
        "Wiederbeschaffungswert (Gutachten Ing.-Büro Tamm, 25.03.2026)    12.400,00 EUR",
        "abzüglich Restwert (höchstes Angebot)                            -2.750,00 EUR",
        "abzüglich Selbstbeteiligung                                        -300,00 EUR",
        "Gutachterkosten (direkt an Gutachter)                                 0,00 EUR",
        (10, True, "Auszahlung                                                       9.350,00 EUR"),
        "",
        "Zahlung an: Miriam Scholz, IBAN DE12 6391 2280 3255 4019 37",
        "Kassel, 31.03.2026",
    ]
    return mail([
        ("From", A("hoffmeister")),
        ("To", "Miriam Scholz <miriam.scholz@t-netz.example>"),
        ("Subject", "Abrechnung Totalschaden KF-26-0040377"),
        ("Date", D("2026-03-31 15:20 +0200")),
        ("Message-ID", MID("kf-26-0040377.abr@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body, parts=[att("Abrechnung_KF-26-0040377.pdf",
                        pdf(lines, title="Abrechnung KF-26-0040377", date="20260331150500+02'00'"),
                        "application/pdf")])


@M(66, "NORMAL", "de", "insurer-to-authority",
   "trap: DPO's answer to the supervisory authority with statistics on data breaches and access requests; no data subject named")
def m066():
    body = """Sehr geehrte Frau Dr. Hagedorn,

zu Ihrer Umfrage vom 10.02.2026 unter den Versicherungsunternehmen in
Hessen übermitteln wir die erbetenen Zahlen für 2025:

1. Meldungen nach Art. 33 DSGVO: 7 (davon 5 Fehlversand von
   Leistungsabrechnungen an falsche Empfänger, 1 verlorener
   Postsack mit Arztrechnungen beim Scandienstleister, 1 Phishing)
2. Benachrichtigungen Betroffener nach Art. 34 DSGVO: 2
3. Auskunftsersuchen nach Art. 15 DSGVO: 1.214, Bearbeitungsdauer im
   Mittel 11 Tage
4. Anteil verschlüsselt versandter E-Mails mit Gesundheitsdaten: 97,8 %
   (Gateway-Statistik), der Rest über Portal bzw. Post

Für Rückfragen stehe ich gern zur Verfügung.

Mit freundlichen Grüßen

""" + SIG["marquardt"]
    return mail([
        ("From", A("marquardt")),
        ("To", "\"Dr. Sabine Hagedorn\" <poststelle@datenschutz-aufsicht.example>"),
        ("Subject", "Ihre Umfrage Az. DS-2026-0118 - Auenwald Versicherungsgruppe"),
        ("Date", D("2026-03-09 10:20 +0100")),
        ("Message-ID", MID("dsb-lfd-umfrage-2026@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body)


@M(67, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-hospital",
   "guarantee of payment to a Dublin hospital for a named expat member's cardiac catheterisation (unstable angina I20.0)")
def m067():
    body = """Dear Ms Gallagher,

further to your request of this morning, Auenwald Krankenversicherung
guarantees payment for the following admission:

  Patient:            Mr Declan Murphy, date of birth 04 July 1961
  Member no.:         INT-55 214 908 (GlobalCare Premium)
  Admission:          19 April 2026, emergency, St Brendan's Private Hospital
  Diagnosis:          I20.0 unstable angina
  Procedure:          coronary angiography, PCI with stent if indicated
  Accommodation:      private room
  Guarantee limit:    EUR 25,000 (initial); extension on request with an
                      updated medical report

Please send the final invoice and the discharge summary to
claims-international@auenwald-versicherung.example quoting IHD-2026-00712,
or by fax to +49 561 7093-2298.

Kind regards

""" + SIG["whitmore"] + "\n\n" + FOOT_EN
    return mail([
        ("From", A("whitmore")),
        ("To", "Orla Gallagher <admissions@stbrendans-hospital.example>"),
        ("Subject", "Guarantee of payment - Murphy, Declan - IHD-2026-00712"),
        ("Date", D("2026-04-19 11:47 +0200")),
        ("Message-ID", MID("ihd-2026-00712.gop@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body)


@M(68, "CONFIDENTIAL", "en", "insurer-to-customer",
   "e-bike theft claim: named customer, frame number, policy and claim number, purchase price")
def m068():
    body = """Hello Mr Castellano,

I received your theft report for the e-bike (police case no.
KS-26-118774). To settle the claim under your household policy with bike
cover (HR 31 782 660) I need:

- the purchase invoice of the Riese & Müller Charger4 (you mentioned
  EUR 5,299 in May 2024),
- both keys of the frame lock (we send you a prepaid envelope),
- confirmation that the bike was locked to a fixed object; you wrote it
  was in the bike room of your building at Friedrich-Ebert-Strasse 77,
  so that is fine.

Frame number as per your report: WRM5518473CH. Claim number FA-26-003392.

Best regards
Marco Pellegrini

""" + SIG["pellegrini"]
    return mail([
        ("From", A("pellegrini")),
        ("To", "Luca Castellano <luca.castellano@inbox-mail.example>"),
        ("Subject", "E-bike theft - claim FA-26-003392"),
        ("Date", D("2026-05-06 09:11 +0200")),
        ("Message-ID", MID("fa-26-003392.1@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body)


@M(69, "NORMAL", "en", "insurer-to-partner",
   "trap: monthly SLA report with the assistance partner (repatriations, hospital admissions, response times) in aggregate")
def m069():
    html = """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Dear Marta,</p>
<p>here are our figures for March 2026 ahead of Thursday's service review:</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#dde7f0"><th>KPI</th><th>Target</th><th>March 2026</th></tr>
<tr><td>Calls answered within 20 s</td><td>90 %</td><td>93.4 %</td></tr>
<tr><td>Guarantees of payment issued within 4 h</td><td>95 %</td><td>88.1 %</td></tr>
<tr><td>Hospital admissions abroad handled</td><td>&ndash;</td><td>214</td></tr>
<tr><td>Medical repatriations (air ambulance / scheduled flight)</td><td>&ndash;</td><td>6 / 17</td></tr>
<tr><td>Complaints</td><td>&lt; 5</td><td>3</td></tr>
</table>
<p>The guarantee KPI missed target because of the Easter weekend peak (Spain, Austria ski
injuries). Could you bring a proposal for weekend staffing?</p>
<p>Best regards,<br>Claire Whitmore<br>International Health Desk<br>Auenwald Krankenversicherung a.G.</p>
</body></html>"""
    text = """Dear Marta,

here are our figures for March 2026 ahead of Thursday's service review:

KPI                                              Target   March 2026
Calls answered within 20 s                       90 %     93.4 %
Guarantees of payment issued within 4 h          95 %     88.1 %
Hospital admissions abroad handled               -        214
Medical repatriations (air ambulance / flight)   -        6 / 17
Complaints                                       < 5      3

The guarantee KPI missed target because of the Easter weekend peak (Spain,
Austria ski injuries). Could you bring a proposal for weekend staffing?

""" + SIG["whitmore"]
    return mail([
        ("From", A("whitmore")),
        ("To", "Marta Solís <m.solis@globalcare-assist.example>"),
        ("Subject", "SLA figures March 2026"),
        ("Date", D("2026-04-07 16:40 +0200")),
        ("Message-ID", MID("gca-sla-2026-03@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], text, html=html)


@M(70, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "rejection letter to a named member: naturopath's acupuncture for migraine (G43.0) not covered in her tariff")
def m070():
    body = """Sehr geehrte Frau Pohlmann,

vielen Dank für die Einreichung der Rechnung von Heilpraktikerin
Sieglinde Vahrenholt vom 03.03.2026 über 540,00 EUR (8 Sitzungen
Akupunktur und Schröpfen, Diagnose laut Rechnung: Migräne ohne Aura,
G43.0).

Leider können wir diese Rechnung nicht erstatten. Ihr Tarif AK 600
umfasst Behandlungen durch Heilpraktiker nicht (Tarifbedingungen
Teil II, Nr. 2.4). Akupunktur erstatten wir, wenn sie von einer Ärztin
oder einem Arzt erbracht und nach GOÄ abgerechnet wird; für Migräne gilt
das bis zu 10 Sitzungen im Kalenderjahr.

Falls Ihnen Heilpraktikerleistungen wichtig sind: Mit dem Zusatztarif
NH 80 wären diese künftig zu 80 % bis 1.000 EUR im Jahr versichert.
Sprechen Sie mich gern an.

""" + SIG["weidemann"] + "\n\n" + FOOT_KV
    return mail([
        ("From", A("weidemann")),
        ("To", "Heike Pohlmann <heike.pohlmann@kabelpost.example>"),
        ("Subject", "Ihre Einreichung vom 05.03.2026 - Heilpraktikerrechnung"),
        ("Date", D("2026-03-12 10:40 +0100")),
        ("Message-ID", MID("AM9PR07MB7731B2C3D4E5F6A7B8C9D0E1F@AM9PR07MB7731.eurprd07.mail.auenwald-versicherung.example")),
        ("X-Mailer", OUTLOOK),
    ], body, charset="iso-8859-1", cte="quoted-printable")


@M(71, "NORMAL", "de", "internal",
   "staff outing announcement (organisational, no personal data)")
def m071():
    body = """Hallo ihr Lieben,

unser Abteilungsausflug steht: Freitag, 19. Juni, Wanderung am
Edersee mit Schifffahrt und anschließendem Grillen am Bootshaus. Abfahrt
8:30 Uhr mit dem Bus am Haupteingang, Rückkehr gegen 19 Uhr.

Bitte tragt euch bis 29. Mai in die Liste im Teams-Kanal ein und schreibt
dazu, ob ihr vegetarisch/vegan esst. Wer nicht wandern mag, kann direkt
zum Schiff kommen.

Der Tag zählt als Arbeitszeit (7,7 Std.).

Freu mich!
Katrin

""" + SIG["oberlaender"]
    return mail([
        ("From", A("oberlaender")),
        ("To", "leistung-kranken-alle@" + DOM),
        ("Subject", "Abteilungsausflug 19. Juni - Edersee"),
        ("Date", D("2026-05-11 12:03 +0200")),
        ("Message-ID", MID("ausflug-2026@" + DOM)),
        ("User-Agent", TBIRD),
    ], body, cte="8bit", flowed=True)


@M(72, "CONFIDENTIAL", "de", "insurer-to-assessor",
   "assignment of a building-damage assessor with the named owner's address, policy and claim number; ICS appointment")
def m072():
    cal = ics("""BEGIN:VCALENDAR
PRODID:-//Auenwald//Schaden 5.2//DE
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:wg-26-002914-besichtigung@auenwald-versicherung.example
DTSTAMP:20260210T081500Z
DTSTART:20260213T090000Z
DTEND:20260213T103000Z
SUMMARY:Besichtigung WG-26-002914 (Sturmschaden Dach)
LOCATION:Lindenallee 4\\, 34317 Habichtswald
ORGANIZER;CN=Marco Pellegrini:mailto:marco.pellegrini@auenwald-versicherung.example
ATTENDEE;CN=Bernd Tamm:mailto:gutachten@ib-tamm.example
DESCRIPTION:Eigentümer Klaus und Ingrid Wendland\\, Tel. 05606 88213. Vertrag WG 55 390 118.
END:VEVENT
END:VCALENDAR""")
    body = """Hallo Herr Tamm,

bitte übernehmen Sie die Besichtigung zum Sturmschaden vom 06.02.2026:

  Schaden-Nr.:   WG-26-002914
  Vertrag:       WG 55 390 118 (Wohngebäude, gleitender Neuwert)
  Eigentümer:    Klaus und Ingrid Wendland
  Objekt:        Lindenallee 4, 34317 Habichtswald (EFH, Bj. 1978)
  Schaden:       ca. 40 m² Dacheindeckung abgedeckt, Wassereintritt DG

Termin mit den Eigentümern ist abgestimmt (Einladung anbei). Die
Notabdeckung hat der Dachdecker bereits erledigt; die Rechnung dafür
prüfen Sie bitte mit.

Danke und Gruß

""" + SIG["pellegrini"]
    p = att("Besichtigung_WG-26-002914.ics", cal, "text/calendar", charset="utf-8", cte="quoted-printable")
    p.set_param("method", "REQUEST")
    return mail([
        ("From", A("pellegrini")),
        ("To", "Ingenieurbüro Tamm <gutachten@ib-tamm.example>"),
        ("Subject", "Auftrag Besichtigung WG-26-002914"),
        ("Date", D("2026-02-10 09:15 +0100")),
        ("Message-ID", MID("wg-26-002914.auftrag@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body, parts=[p])


@M(73, "STRICTLY_CONFIDENTIAL", "de", "internal",
   "medical adviser's internal opinion on a named member's psychotherapy extension (recurrent depression F33.1), with quoted request")
def m073():
    question = """Hallo Henrik,

kannst du dir bitte den Verlängerungsantrag von Frau Zehnpfennig
(Vers.-Nr. 150 776 203-01) anschauen? Dipl.-Psych. Haferkamp beantragt
nach 60 Stunden Verhaltenstherapie weitere 20 Stunden. Tarif AK 300 sieht
bis 50 Sitzungen im Jahr vor, danach nur mit Begründung.

Danke
Jonas"""
    body = """Hallo Jonas,

ich habe den Bericht gelesen. Diagnose F33.1 (rezidivierende depressive
Störung, gegenwärtig mittelgradig), zweiter Rückfall nach
Arbeitsplatzverlust, Suizidalität verneint, deutliche Besserung im
BDI-II von 31 auf 19 Punkte. Die Verlängerung um 20 Stunden ist aus
meiner Sicht medizinisch notwendig und gut begründet; ein Ende der
Behandlung jetzt würde das Rückfallrisiko erhöhen.

Empfehlung: 20 Stunden bewilligen, danach Abschlussbericht anfordern.
Eine medikamentöse Mitbehandlung (Sertralin) läuft über den Hausarzt.

Gruß
Henrik

""" + SIG["vogelsang"] + """

-----Ursprüngliche Nachricht-----
Von: Jonas Weidemann <jonas.weidemann@auenwald-versicherung.example>
Gesendet: Mittwoch, 22. April 2026 09:14
An: Dr. med. Henrik Vogelsang <henrik.vogelsang@auenwald-versicherung.example>
Betreff: Verlängerung PT Zehnpfennig

""" + question
    return mail([
        ("From", A("vogelsang")),
        ("To", A("weidemann")),
        ("Subject", "AW: Verlängerung PT Zehnpfennig"),
        ("Date", D("2026-04-22 14:51 +0200")),
        ("Message-ID", MID("DB6PR07MB3012C1D2E3F4A5B6C7D8E9F0A@DB6PR07MB3012.eurprd07.mail.auenwald-versicherung.example")),
        ("In-Reply-To", MID("AM9PR07MB7731PT-zehnpfennig@AM9PR07MB7731.eurprd07.mail.auenwald-versicherung.example")),
        ("X-Mailer", OUTLOOK),
    ], body)


@M(74, "NORMAL", "de", "internal",
   "trap: IT outage notice for the health claims system (claims backlog, payment run postponed); no case data")
def m074():
    body = """*** Störungsmeldung ***

System:      KLEO Leistungssystem (Produktion)
Beginn:      Dienstag, 05.05.2026, 07:40 Uhr
Auswirkung:  Leistungsfälle Kranken/Pflege können nicht geöffnet oder
             abgeschlossen werden; die Dunkelverarbeitung der
             Arztrechnungen steht. Der Zahllauf von 12 Uhr wird auf
             16 Uhr verschoben.
Ursache:     Datenbank-Cluster nach Patch nicht vollständig gestartet
Status:      Hersteller-Support eingebunden, nächste Info 09:30 Uhr

Bitte keine Tickets zur selben Störung mehr aufmachen.
Telefonische Auskünfte an Versicherte zu Erstattungen sind bis auf
Weiteres nicht möglich; bitte auf Rückruf vertrösten.

IT-Betrieb, Durchwahl -5500
"""
    return mail([
        ("From", "IT-Betrieb Störungsmeldung <it-stoerung@%s>" % DOM),
        ("To", "alle-leistung@" + DOM),
        ("Subject", "STÖRUNG: KLEO Leistungssystem nicht verfügbar"),
        ("Date", D("2026-05-05 07:52 +0200")),
        ("Message-ID", MID("stoerung-2026-0505-1@it.auenwald-versicherung.example")),
        ("Importance", "high"),
        ("X-Priority", "1"),
    ], body, charset="iso-8859-1", cte="quoted-printable")


@M(75, "CONFIDENTIAL", "de", "insurer-to-customer",
   "cancellation confirmation of a named customer's household and liability policies with end date and refund")
def m075():
    body = """Sehr geehrter Herr Jankowski,

wir bestätigen die Kündigung Ihrer Verträge zum 01.06.2026:

  Hausratversicherung          31 770 455
  Privathaftpflichtversicherung PH 22 009 861

Grund laut Ihrem Schreiben: Umzug zu Ihrer Partnerin nach Erfurt, deren
Verträge weitergeführt werden. Den im Voraus gezahlten Beitrag für Juni
bis Dezember (98,35 EUR) erstatten wir auf Ihr Konto, von dem wir bisher
abgebucht haben.

Wir bedauern, Sie als Kunden zu verlieren, und wünschen Ihnen alles Gute
für den Umzug.

Mit freundlichen Grüßen
Ihr Kundenservice

""" + SIG["brandhorst"]
    return mail([
        ("From", A("brandhorst")),
        ("To", "Piotr Jankowski <p.jankowski@webpost.example>"),
        ("Subject", "Kündigungsbestätigung"),
        ("Date", D("2026-04-27 11:08 +0200")),
        ("Message-ID", MID("svc-20260427-0412@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body, charset="iso-8859-1", cte="8bit")

@M(76, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
   "cost approval for a named member's physiotherapy after ACL reconstruction (S83.5), number of sessions and rates")
def m076():
    body = """Dear Mr Whelan,

good news: we approve the physiotherapy prescribed by Dr. Lammert after
your ACL reconstruction of the left knee (S83.5, surgery on 2 March 2026):

  Approved:     24 sessions of physiotherapy (KG-Gerät / medical
                training therapy) and 10 sessions of manual lymph drainage
  Period:       until 31 July 2026
  Reimbursed:   100 % up to the rates in our list of remedies
                (physio EUR 38.50, MTT EUR 52.00, lymph drainage EUR 41.00)
  Reference:    KZ-2026-01433, member no. 158 330 902-01

Please send the physio invoices with the prescription as usual. If the
practice charges more than the list rates, the difference is yours to
pay, so it is worth asking beforehand.

All the best for the recovery,

""" + SIG["arslan"] + "\n\n" + FOOT_EN
    return mail([
        ("From", A("arslan")),
        ("To", "Conor Whelan <conor.whelan@northmail.example>"),
        ("Subject", "RE: physio after knee surgery - approval"),
        ("Date", D("2026-03-10 12:26 +0100")),
        ("Message-ID", MID("kz-2026-01433.1@" + DOM)),
        ("In-Reply-To", MID("CAM0whelan8812@mail.northmail.example")),
        ("X-Mailer", OUTLOOK),
    ], body)


@M(77, "NORMAL", "en", "insurer-to-supplier",
   "trap: print-shop order for 48,000 premium-adjustment letters (envelopes, inserts, dates); no member data in the mail")
def m077():
    body = """Dear Mr Kaminski,

as discussed, here is our order for the premium adjustment mailing 2026:

  Order no.:          BE-2026-00271
  Quantity:           48,000 letters, 4 to 8 pages, duplex, plus insert
                      "Your options for a tariff switch" (leaflet 6 pp.)
  Envelopes:          C4 window, Auenwald green, "Important information
                      about your health insurance"
  Print data:         PDF/VDP files via SFTP from 9 March, 06:00
  Postal hand-over:   from 16 March, final batch 20 March at the latest

As in previous years, the print files contain members' names and addresses
and must be deleted 14 days after hand-over (see data processing agreement
of 2024, annex 3). Please send us the deletion certificate.

Best regards

""" + SIG["gerstenberg"]
    return mail([
        ("From", A("gerstenberg")),
        ("To", "Tomasz Kaminski <t.kaminski@printhaus-nord.example>"),
        ("Subject", "Order BE-2026-00271 premium adjustment mailing"),
        ("Date", D("2026-02-20 13:33 +0100")),
        ("Message-ID", MID("be-2026-00271@einkauf.auenwald-versicherung.example")),
        ("X-Mailer", OUTLOOK),
    ], body, charset="us-ascii", cte="7bit")


@M(78, "CONFIDENTIAL", "en", "insurer-to-broker",
   "cargo claim of a broker's corporate client with named contact, policy, claim number, loss amount; commercial contract data")
def m078():
    body = """Hi Rebecca,

update on the cargo claim of your client Hessen Feinmechanik GmbH
(open cover OC 80 221 517, claim CG-26-000215):

- Consignment: 14 pallets of precision bearings, Kassel to Gdynia,
  truck of Transport Wisła Sp. z o.o., B/L-CMR no. 4417/26.
- Damage: water ingress, 6 pallets corroded; surveyor's estimate
  EUR 84,300.
- We accept liability in principle; the deductible is EUR 2,500.
- Recourse against the carrier is limited under CMR (8.33 SDR/kg); we
  will handle that ourselves.

Could you ask Mr Brandl (their logistics manager) for the commercial
invoices of the damaged pallets? Then we can pay within two weeks.

Cheers,
Daniel

""" + SIG["okafor"]
    return mail([
        ("From", A("okafor")),
        ("To", "Rebecca Thornton <r.thornton@harbourlane.example>"),
        ("Subject", "CG-26-000215 Hessen Feinmechanik - status"),
        ("Date", D("2026-05-12 10:14 +0200")),
        ("Message-ID", MID("cg-26-000215.4@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body)


@M(79, "NORMAL", "de", "insurer-to-doctor",
   "trap: invitation (ICS) to a forum for doctors' practices about digital billing, GOÄ and cost approvals; no patient")
def m079():
    cal = ics("""BEGIN:VCALENDAR
PRODID:-//Auenwald//Veranstaltungen//DE
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:aerzteforum-2026-06@auenwald-versicherung.example
DTSTAMP:20260505T080000Z
DTSTART:20260617T160000Z
DTEND:20260617T183000Z
SUMMARY:Auenwald Ärzteforum 2026: Digitale Abrechnung
LOCATION:Auenwald Forum\\, Auenwaldplatz 1\\, 34117 Kassel
DESCRIPTION:Ärzteportal\\, Direktabrechnung\\, Kostenzusagen\\, neue GOÄ. Anmeldung: aerzteforum@auenwald-versicherung.example
END:VEVENT
END:VCALENDAR""")
    body = """Sehr geehrte Damen und Herren,

zum Auenwald Ärzteforum laden wir Praxisinhaberinnen, Praxisinhaber und
Praxisteams aus Nordhessen herzlich ein:

Mittwoch, 17. Juni 2026, 18:00 bis 20:30 Uhr, Auenwald Forum Kassel

- Ärzteportal: Rechnungen und Abtretungen hochladen, Status abfragen
- Kostenzusagen für Hilfsmittel und Psychotherapie: was wir brauchen
- Die neue GOÄ: Stand des Verfahrens
- Imbiss und Austausch

Die Veranstaltung ist als Fortbildung bei der Landesärztekammer
beantragt (3 Punkte). Anmeldung bitte bis 5. Juni an
aerzteforum@auenwald-versicherung.example.

Mit freundlichen Grüßen

""" + SIG["oberlaender"] + "\n\n" + FOOT_KV
    p = att("Aerzteforum_2026.ics", cal, "text/calendar", charset="utf-8", cte="8bit")
    p.set_param("method", "PUBLISH")
    return mail([
        ("From", "Auenwald Ärzteforum <aerzteforum@%s>" % DOM),
        ("To", "aerzteverteiler-nordhessen@lists.auenwald-versicherung.example"),
        ("Subject", "Einladung Auenwald Ärzteforum am 17. Juni 2026"),
        ("Date", D("2026-05-05 10:00 +0200")),
        ("Message-ID", MID("aerzteforum-2026-einladung@lists.auenwald-versicherung.example")),
        ("Precedence", "bulk"),
    ], body, parts=[p])


@M(80, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
   "dog-owner liability claim with personal injury: bite wounds of a named child, hospital treatment, scar, pain and suffering")
def m080():
    body = """Sehr geehrte Frau Rechtsanwältin Dr. Abendroth,

in der Sache Ihrer Mandantin, der minderjährigen Emilia Frings, gegen
unseren Versicherungsnehmer Herrn Rüdiger Haas (Hundehalterhaftpflicht
TH 24 007 318, Schaden TH-26-000448) nehmen wir wie folgt Stellung:

Die Haftung unseres Versicherungsnehmers aus § 833 BGB für den Biss
seines Hundes am 14.02.2026 ist dem Grunde nach unstreitig.

Nach dem Entlassungsbericht des Klinikums Sankt Ansgar erlitt Emilia
Bisswunden am linken Unterarm (S51.8) und an der Wange (S01.4), die
operativ versorgt wurden (3 Tage stationär). Nach dem Attest der
Kinderchirurgie vom 20.04.2026 verbleibt eine 4 cm lange Narbe an der
Wange; eine Narbenkorrektur ist frühestens in zwei Jahren möglich.
Eine kinderpsychologische Behandlung wegen Angst vor Hunden läuft.

Wir bieten ein Schmerzensgeld von 6.500 EUR sowie die Übernahme der
Zuzahlungen und Fahrtkosten (412,80 EUR) an, unter Vorbehalt künftiger
Ansprüche für die Narbenkorrektur.

Mit freundlichen Grüßen

""" + SIG["pellegrini"] + "\n\n" + FOOT_AV
    return mail([
        ("From", A("pellegrini")),
        ("To", "\"RAin Dr. Miriam Abendroth\" <abendroth@reuter-abendroth.example>"),
        ("Subject", "TH-26-000448 Frings ./. Haas - Regulierungsangebot"),
        ("Date", D("2026-05-04 14:09 +0200")),
        ("Message-ID", MID("th-26-000448.ra2@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body)


@M(81, "NORMAL", "de", "internal",
   "trap: draft data-protection impact assessment (ODT) for the prescription-upload app: categories of health data, risks; no person")
def m081():
    blocks = [
        ("h", "Datenschutz-Folgenabschätzung (Art. 35 DSGVO) – Entwurf v0.3"),
        ("b", "Verarbeitung: Einreichung von Rezepten und Apothekenquittungen per Auenwald-App"),
        "",
        ("b", "1. Beschreibung"),
        "Versicherte fotografieren Rezepte und Quittungen; die App überträgt die Bilder verschlüsselt "
        "an KLEO. Eine Texterkennung liest Pharmazentralnummer (PZN), Wirkstoff, Menge und Betrag aus.",
        ("b", "2. Kategorien personenbezogener Daten"),
        "Stammdaten, Versicherungsnummer, Gesundheitsdaten (Arzneimittel lassen Rückschlüsse auf "
        "Erkrankungen zu, z. B. Insulin, Antidepressiva, HIV-Medikation), Bankverbindung.",
        ("b", "3. Risiken"),
        ("table", [["Risiko", "Eintritt", "Schwere", "Maßnahme"],
                   ["Fotos verbleiben in der Galerie des Handys", "hoch", "hoch", "Aufnahme nur in der App, keine Galerie-Speicherung"],
                   ["Fehlzuordnung zu anderem Versicherten", "gering", "hoch", "Abgleich Versicherungsnummer + Geburtsdatum"],
                   ["Zugriff durch OCR-Dienstleister", "mittel", "hoch", "AVV, Verarbeitung nur in EU, Löschung nach 30 Tagen"]]),
        "",
        "Offene Punkte: Stellungnahme IT-Sicherheit, Konsultation Betriebsrat.",
    ]
    body = """Hallo Niklas, hallo Sabine,

anbei der Entwurf der DSFA für die Rezept-Einreichung per App. Bitte
ergänzt bis 8. Mai eure Punkte direkt im Dokument (Änderungen
nachverfolgen). Insbesondere Abschnitt 3 braucht noch die technischen
Details zur Löschung auf dem Endgerät.

Gruß
Ute

""" + SIG["marquardt"]
    return mail([
        ("From", A("marquardt")),
        ("To", A("stein") + ", " + A("trautwein")),
        ("Subject", "DSFA Rezept-Upload - Entwurf v0.3"),
        ("Date", D("2026-04-24 11:45 +0200")),
        ("Message-ID", MID("dsfa-rezept-v03@" + DOM)),
        ("User-Agent", TBIRD),
    ], body, cte="8bit", flowed=True, parts=[att("DSFA_Rezeptupload_v0.3.odt",
                        odt(blocks, creator="Ute Marquardt", created="2026-04-24T09:30:00Z"),
                        "application/vnd.oasis.opendocument.text")])


@M(82, "CONFIDENTIAL", "de", "insurer-to-customer",
   "buildings insurance premium invoice for a named customer: insured property, policy number, amount, direct debit IBAN")
def m082():
    body = """Guten Tag Frau Dreyer,

hier Ihre Beitragsrechnung für die Wohngebäudeversicherung:

Versicherungsschein:  WG 55 377 604
Objekt:               Zum Feldlager 15, 34128 Kassel
Zeitraum:             01.07.2026 - 30.06.2027
Jahresbeitrag:        1.164,90 EUR (inkl. 19 % Versicherungsteuer)

Der Betrag wird am 01.07.2026 von Ihrem Konto
DE84 4446 6889 6867 4116 09 abgebucht (Mandatsreferenz AV-55377604-0001).

Sie möchten lieber monatlich zahlen? Das ist ohne Aufschlag möglich -
ein kurzer Anruf genügt.

Ihr Kundenservice der Auenwald Versicherungsgruppe

""" + FOOT_AV
    return mail([
        ("From", "Auenwald Kundenservice <service@%s>" % DOM),
        ("To", "Renate Dreyer <renate.dreyer@posteo-mail.example>"),
        ("Subject", "Ihre Beitragsrechnung Wohngebäude 2026/27"),
        ("Date", D("2026-06-02 05:45 +0200")),
        ("Message-ID", MID("brech-WG55377604-2026@service.auenwald-versicherung.example")),
        ("X-Mailer", "Auenwald Kundenkommunikation 2.3"),
    ], body, charset="utf-8", cte="base64")


@M(83, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
   "motor liability claim with a named injured third party (whiplash S13.4, physiotherapy); medical report requested")
def m083():
    body = """Dear Mr Pemberton,

thank you for your call. Our policyholder has admitted liability for the
rear-end collision on 9 April 2026 at the Holländischer Platz junction
in Kassel, in which your rental car was hit.

I am sorry to hear that you were injured. You told me that the emergency
department of Klinikum Sankt Ansgar diagnosed a whiplash injury (neck
sprain, S13.4) and that your GP in Leeds has prescribed six weeks of
physiotherapy.

To assess your claim for medical costs, loss of earnings and pain and
suffering, please send us:
- the emergency department report from Kassel,
- a short report from your GP with the diagnosis and the expected duration
  of treatment (we reimburse the fee for the report),
- the physiotherapy invoices,
- proof of any loss of earnings from your employer.

Claim number: KH-26-0051208 (motor third-party liability).

""" + SIG["hoffmeister"] + "\n\n" + FOOT_EN
    return mail([
        ("From", A("hoffmeister")),
        ("To", "Stuart Pemberton <stuart.pemberton@yorkshire-mail.example>"),
        ("Subject", "Collision 9 April 2026 - your claim KH-26-0051208"),
        ("Date", D("2026-04-16 14:35 +0200")),
        ("Message-ID", MID("kh-26-0051208.1@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body)


@M(84, "NORMAL", "en", "internal",
   "trap: HTML-only board KPI report on health-claims turnaround times, approval rates and complaints; aggregates only")
def m084():
    html = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Claims KPI Q1 2026</title></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:10pt">
<p>Dear Board members,</p>
<p>please find the health claims KPIs for Q1 2026 below. Details in the board pack (section 4).</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#2f6b3a;color:#fff"><th>KPI</th><th>Q1 2025</th><th>Q1 2026</th><th>Target</th></tr>
<tr><td>Receipts processed (outpatient, dental, pharmacy)</td><td>392,118</td><td>431,806</td><td>&ndash;</td></tr>
<tr><td>Share processed without manual touch</td><td>54 %</td><td>61 %</td><td>65 %</td></tr>
<tr><td>Average days to reimbursement</td><td>7.9</td><td>6.2</td><td>&le; 7</td></tr>
<tr><td>Hospital cost approvals issued</td><td>6,214</td><td>6,488</td><td>&ndash;</td></tr>
<tr><td>Psychotherapy approvals (share of requests)</td><td>91 %</td><td>93 %</td><td>&ndash;</td></tr>
<tr><td>Complaints about reimbursement decisions</td><td>212</td><td>187</td><td>&lt; 200</td></tr>
<tr><td>Ombudsman cases</td><td>9</td><td>6</td><td>&ndash;</td></tr>
</table>
<p>Main driver of the improvement is the new OCR model for GO&Auml; invoices (live since February).</p>
<p>Kind regards<br>Katrin Oberl&auml;nder<br>Head of Health Claims</p>
</body></html>"""
    return mail([
        ("From", A("oberlaender")),
        ("To", "vorstand@" + DOM),
        ("Cc", "vorstandsbuero@" + DOM),
        ("Subject", "Health claims KPIs Q1 2026"),
        ("Date", D("2026-04-13 08:20 +0200")),
        ("Message-ID", MID("kpi-q1-2026-health@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], None, html=html)


@M(85, "CONFIDENTIAL", "de", "internal",
   "internal XLSX list of named motor customers in premium arrears with amounts, dunning level and IBANs")
def m085():
    rows = [["Vertrag", "Versicherungsnehmer", "Rückstand EUR", "Mahnstufe", "Fälligkeit", "IBAN (letzter Einzug)", "Rücklastschrift-Grund"],
            ["AK 7103 880 149", "Ruppel, Dennis", 412.66, "3 (§ 38 VVG)", "01.01.2026", "DE80 7293 5903 9358 1746 26", "MD06"],
            ["AK 7104 102 774", "Schäfer, Monique", 187.20, 2, "01.02.2026", "DE41 2680 0895 5399 5909 06", "AC04"],
            ["AK 7104 331 085", "Grünwald, Paul", 96.30, 1, "01.03.2026", "DE49 4477 2084 7008 4225 29", "AM04"],
            ["AK 7104 558 901", "Tekin, Baran", 640.00, 2, "01.02.2026", "DE47 4467 1837 7385 8008 94", "MS03"],
            ["AK 7104 610 337", "Wolff, Annegret", 55.10, 1, "01.03.2026", "DE22 4904 2960 3214 5034 51", "AM04"]]
    body = """Hallo Lena,

anbei die aktuelle Rückstandsliste Kraftfahrt (Stand heute 6 Uhr). Bei
Herrn Ruppel ist die Anzeige an die Zulassungsstelle raus; bei Herrn Tekin
bitte vor der qualifizierten Mahnung noch einmal anrufen, er hat
angekündigt, dass sich die Bankverbindung ändert.

Gruß
Forderungsmanagement

Auenwald Allgemeine Versicherung AG
Inkasso / Forderungsmanagement, Durchwahl -3700
"""
    return mail([
        ("From", "Forderungsmanagement <inkasso@%s>" % DOM),
        ("To", A("hoffmeister")),
        ("Subject", "Rückstandsliste Kraftfahrt KW 11"),
        ("Date", D("2026-03-09 07:10 +0100")),
        ("Message-ID", MID("inkasso-kfz-kw11@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body, parts=[att("Rueckstand_KFZ_KW11.xlsx",
                        xlsx([("KW11", rows)], creator="Inkasso", created="2026-03-09T05:00:00Z"),
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])


@M(86, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
   "short reply to a named member about reimbursing glasses: prescription strength (myopia -6.5 dpt) and optician invoice")
def m086():
    body = """Hi Ms Kaur,

yes, we cover the new glasses: your tariff pays up to EUR 300 every two
years for lenses and frames if the prescription changed by at least
0.5 dpt. Your optometrist's prescription shows -6.50/-6.25 (was -5.75/-5.75
in 2024), so that's fine.

Just upload the optician's invoice with the prescription and I'll pay
it right away.

Best, Jonas
(member no. 166 204 519-01)

""" + SIG["weidemann"]
    return mail([
        ("From", A("weidemann")),
        ("To", "Simran Kaur <simran.kaur@inbox-mail.example>"),
        ("Subject", "RE: new glasses covered?"),
        ("Date", D("2026-05-19 17:02 +0200")),
        ("Message-ID", MID("BDD0E1F2-77A1-4C3D-9B1E-KAUR0519@auenwald-versicherung.example")),
        ("In-Reply-To", MID("kaur.glasses.0519@inbox-mail.example")),
        ("X-Mailer", IPHONE),
    ], body)


@M(87, "NORMAL", "de", "insurer-to-pharmacy",
   "trap: framework agreement with a pharmacy on direct billing of high-priced drugs (oncology, biologics); no patient")
def m087():
    body = """Sehr geehrter Herr Dr. Lenz,

vielen Dank für das Gespräch zur Direktabrechnung hochpreisiger
Arzneimittel. Wie besprochen schlagen wir folgende Eckpunkte vor:

1. Gilt für Arzneimittel ab einem Apothekenverkaufspreis von 1.000 EUR je
   Packung (z. B. orale Onkologika, Biologika, MS-Therapeutika).
2. Voraussetzung: unterschriebene Abtretung der versicherten Person und
   Kostenzusage von uns (Bearbeitung binnen 24 Stunden).
3. Abrechnung elektronisch über das Apothekenportal, Zahlung binnen
   10 Tagen.
4. Keine Weitergabe von Diagnosen an uns; die Verordnung reicht.

Den Vertragsentwurf schickt Ihnen unsere Rechtsabteilung bis Ende Mai.

Mit freundlichen Grüßen

""" + SIG["trautwein"] + "\n\n" + FOOT_KV
    return mail([
        ("From", A("trautwein")),
        ("To", "\"Dr. Martin Lenz\" <info@loewen-apotheke-ks.example>"),
        ("Subject", "Direktabrechnung Hochpreiser - Eckpunkte"),
        ("Date", D("2026-05-13 09:36 +0200")),
        ("Message-ID", MID("apo-hochpreiser-rv@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body)


@M(88, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-care-service",
   "query to a home-care service about a named insured person's care-grade-4 invoice (care services, wound care)")
def m088():
    body = """Sehr geehrte Frau Martens,

zu Ihrer Rechnung Nr. LB-2026-0318 für April 2026 über Pflegesachleistungen
für Herrn Heinrich Stöckl (Pflegegrad 4, Versicherungsnummer
072 558 104-01) habe ich zwei Rückfragen:

1. Abgerechnet sind 62 x Leistungskomplex 3 (große Körperpflege) bei
   30 Tagen. Laut Pflegevertrag sind zwei Einsätze täglich vereinbart;
   bitte bestätigen Sie die beiden Zusatzeinsätze am 11. und 12.04.
2. Die Wundversorgung des Dekubitus am Steißbein (Position "häusliche
   Krankenpflege") ist keine Leistung der Pflegeversicherung. Bitte
   rechnen Sie diese gesondert mit der Verordnung über die
   Krankenversicherung ab.

Den unstreitigen Betrag von 1.612,00 EUR (Höchstbetrag Pflegegrad 4:
1.859 EUR) zahlen wir vorab.

""" + SIG["dogan"] + "\n\n" + FOOT_KV
    return mail([
        ("From", A("dogan")),
        ("To", "Pflegedienst Lebensbogen <abrechnung@lebensbogen-pflege.example>"),
        ("Subject", "Rechnung LB-2026-0318 - Herr Stöckl"),
        ("Date", D("2026-05-08 10:21 +0200")),
        ("Message-ID", MID("ppv-072558104-0508@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body, cte="8bit")


@M(89, "NORMAL", "de", "internal",
   "trap: ICD-10 chapter glossary for new claims staff (code ranges, typical diagnoses); no patient")
def m089():
    body = """Hallo ihr Neuen,

wie versprochen die Spickliste zu den ICD-10-GM-Kapiteln, die euch in
den Rechnungen am häufigsten begegnen:

  A00-B99  Infektionen (z. B. B01 Windpocken)
  C00-D48  Neubildungen (C = bösartig, D = gutartig/unsicher)
  E00-E90  Stoffwechsel (E11 Typ-2-Diabetes, E78 Fettstoffwechsel)
  F00-F99  Psychische Störungen (F32/F33 Depression, F43 Belastungsreaktion)
  I00-I99  Kreislauf (I10 Hypertonie, I20 Angina pectoris)
  J00-J99  Atmungssystem (J06 Infekt obere Atemwege, J45 Asthma)
  K00-K93  Verdauung inkl. Zähne (K02 Karies, K35 Appendizitis)
  M00-M99  Muskel-Skelett (M51 Bandscheibe, M54 Rückenschmerz)
  S00-T98  Verletzungen

Zusatzkennzeichen: G = gesichert, V = Verdacht, Z = Zustand nach,
A = ausgeschlossen; Seitenangabe R/L/B.

Bei Fragen einfach melden.
Jonas

""" + SIG["weidemann"]
    return mail([
        ("From", A("weidemann")),
        ("To", "einarbeitung-leistung@" + DOM),
        ("Subject", "Spickliste ICD-10-Kapitel"),
        ("Date", D("2026-04-21 16:05 +0200")),
        ("Message-ID", MID("icd-spick-2026@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body, charset="iso-8859-1", cte="quoted-printable")


@M(90, "CONFIDENTIAL", "en", "insurer-to-customer",
   "confirmation of tenant's liability insurance for a named student, with rental address and policy number, for her landlord")
def m090():
    body = """Dear Ms Moreno,

as requested, here is the confirmation for your landlord:

  CONFIRMATION OF INSURANCE
  Auenwald Allgemeine Versicherung AG confirms that

  Ms Lucía Moreno Ruiz
  Mönchebergstrasse 21, flat 3.04, 34125 Kassel

  holds a private liability insurance including tenant's liability
  for damage to rented property (policy PH 22 031 447), valid since
  1 October 2025, sum insured EUR 10,000,000.
  The premium has been paid.

You can forward this e-mail to the housing office of the student
residence. A signed PDF version is available in your customer portal.

Kind regards
Timo Brandhorst

""" + SIG["brandhorst"]
    return mail([
        ("From", A("brandhorst")),
        ("To", "Lucía Moreno Ruiz <lucia.moreno@uni-mail.example>"),
        ("Subject", "Confirmation of insurance - PH 22 031 447"),
        ("Date", D("2026-05-21 11:44 +0200")),
        ("Message-ID", MID("svc-20260521-0877@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body)


@M(91, "NORMAL", "en", "insurer-to-partner",
   "trap: hospital price benchmark with the insurers' association (average DRG prices, room rates); aggregates only")
def m091():
    body = """Dear Mr Brandauer,

for the association's working group on hospital prices, please find our
2025 figures (private patients, Hesse, general hospitals):

  Average base rate billed (Landesbasisfallwert):  EUR 4,318
  Share of stays with elective services:           71 %
  Average chief-physician fee per stay:            EUR 1,482
  Double room surcharge (median per day):          EUR 66
  Single room surcharge (median per day):          EUR 152
  Most frequent DRGs: I47C (hip), G67B (gastroenteritis), F62C (heart
  failure), O60D (birth), I68D (back pain, conservative)

We would support a joint recommendation to cap comfort-room surcharges
for rooms without the agreed minimum features.

Kind regards

""" + SIG["oberlaender"] + "\n\n" + FOOT_EN
    return mail([
        ("From", A("oberlaender")),
        ("To", "Georg Brandauer <g.brandauer@pkv-arbeitskreis.example>"),
        ("Subject", "WG hospital prices - Auenwald figures 2025"),
        ("Date", D("2026-05-26 13:12 +0200")),
        ("Message-ID", MID("ak-khpreise-2025@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body)


@M(92, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-relative",
   "query to a named member for the hospital discharge report; her quoted mail describes a stroke and aphasia")
def m092():
    quoted = """Hello,

my mother-in-law asked me to write because she can't type at the moment.
Mrs Ingeborg Falk (member 098 331 207-01) was in the Fuldatal hospital
from 2 to 16 May after a stroke. She now has trouble speaking (aphasia)
and her right hand is weak. The hospital bill came directly to her, over
EUR 11,000! Can you pay it to the hospital directly? I attach the bill.

Also the neurologist says she should go to rehab in Bad Zwesten. Do we
need to ask you first?

Thank you
Rachel Falk (daughter-in-law)"""
    body = """Dear Ms Falk,

thank you for writing on behalf of your mother-in-law. We will pay the
hospital directly; she does not need to transfer anything.

For the invoice and for the rehabilitation we still need the discharge
report (Entlassungsbrief) of Kreiskrankenhaus Fuldatal. Could you upload
it in the app or send a copy by post? The rehab clinic will usually
request our cost approval themselves; please give them our reference
L-2026-0533190.

Please also ask Mrs Falk to sign the enclosed short authorisation so that
we may correspond with you about her claims.

Best wishes for her recovery,

""" + SIG["arslan"] + "\n\nOn 18 May 2026, at 20:41, Rachel Falk wrote:\n" + quote(quoted)
    return mail([
        ("From", A("arslan")),
        ("To", "Rachel Falk <rachel.falk@northmail.example>"),
        ("Subject", "RE: hospital bill Ingeborg Falk"),
        ("Date", D("2026-05-19 09:48 +0200")),
        ("Message-ID", MID("l-2026-0533190.1@" + DOM)),
        ("In-Reply-To", MID("falk-0518-2041@northmail.example")),
        ("X-Mailer", OUTLOOK),
    ], body)


@M(93, "CONFIDENTIAL", "de", "insurer-to-customer",
   "one-line reply 'done'; the quoted customer mail under it holds his new IBAN and motor policy number")
def m093():
    quoted = """Hallo Frau Hoffmeister,

bitte ab sofort die Kfz-Versicherung (AK 7104 402 668, KS-TH 314) von
meinem neuen Konto abbuchen:
DE14 7072 5521 6509 4761 01, Kreissparkasse Schwalm-Eder
Kontoinhaber: Tobias Hüttenrauch

Danke!
T. Hüttenrauch"""
    body = """Danke, ist erledigt. Ab dem nächsten Einzug am 1. buchen wir vom neuen
Konto ab.

Gruß
Lena Hoffmeister

Am 28.05.2026 um 07:55 schrieb Tobias Hüttenrauch:
""" + quote(quoted)
    return mail([
        ("From", A("hoffmeister")),
        ("To", "Tobias Hüttenrauch <t.huettenrauch@kabelpost.example>"),
        ("Subject", "Re: neue Bankverbindung"),
        ("Date", D("2026-05-28 10:02 +0200")),
        ("Message-ID", MID("3e0c6a2b-hr-bank@" + DOM)),
        ("In-Reply-To", MID("huettenrauch-bank-0528@kabelpost.example")),
        ("User-Agent", TBIRD),
    ], body, cte="8bit", flowed=True)


@M(94, "NORMAL", "de", "insurer-to-supplier",
   "trap: order of blood-pressure monitors and body-fat scales for the staff health day; no person")
def m094():
    body = """Hallo Herr Kühn,

für unseren Gesundheitstag am 24.09. bestellen wir zur Miete:

  6 x Oberarm-Blutdruckmessgerät (klinisch validiert)
  2 x Körperanalysewaage
  1 x Lungenfunktions-Screening-Gerät inkl. 200 Einmal-Mundstücke
  1 x Venenscanner

Lieferung am 23.09. bis 14 Uhr an die Poststelle, Abholung am 25.09.
Die Messungen macht der betriebsärztliche Dienst; Ergebnisse bleiben
bei den Mitarbeitenden, wir erfassen nichts.

Bestellnummer BE-2026-00877, Kostenstelle 5100 (BGM).

Danke und Gruß

""" + SIG["gerstenberg"]
    return mail([
        ("From", A("gerstenberg")),
        ("To", "Medizintechnik Kühn <vermietung@medtech-kuehn.example>"),
        ("Subject", "BE-2026-00877 Mietgeräte Gesundheitstag"),
        ("Date", D("2026-08-27 10:30 +0200")),
        ("Message-ID", MID("be-2026-00877@einkauf.auenwald-versicherung.example")),
        ("X-Mailer", OUTLOOK),
    ], body)


@M(95, "STRICTLY_CONFIDENTIAL", "en", "internal",
   "fraud-unit note naming a practice and three named patients with billed treatments and diagnoses")
def m095():
    body = """Hi Katrin,

short update on the suspicious billing pattern at Praxis Dr. Eduard
Lindemann (general practice, Baunatal), case SIU-2026-014:

Since October 2025 the practice billed GOÄ 30 (homoeopathic initial
history, 900 points) for 41 of our members, each at the maximum factor,
although the practice website does not mention homoeopathy. We called
three members (with their consent):

- Mr Horst Baier (member 101 207 884-01): says he only had a flu
  vaccination on 12 Nov 2025; billed GOÄ 30, 3, 5 with J10.1.
- Mrs Ulla Krämer (member 133 918 402-01): treated for hypertension (I10),
  never had a homoeopathic consultation.
- Mr Sven Ostrowski (member 147 552 019-02): had a sick note for back
  pain (M54.5), two visits instead of the five billed.

Proposal: stop automatic payment for invoices of this practice, request
patient files for a sample of 10, and inform the association's
anti-fraud office. Legal has been copied.

Best regards,
Sabine

""" + SIG["trautwein"]
    return mail([
        ("From", A("trautwein")),
        ("To", A("oberlaender")),
        ("Cc", "recht@" + DOM),
        ("Subject", "SIU-2026-014 - billing pattern Dr. Lindemann"),
        ("Date", D("2026-05-15 15:27 +0200")),
        ("Message-ID", MID("siu-2026-014.3@" + DOM)),
        ("X-Mailer", OUTLOOK),
        ("Sensitivity", "Company-Confidential"),
    ], body)


@M(96, "NORMAL", "de", "internal",
   "trap: invitation to the staff health day (flu vaccination by the company doctor, blood-pressure checks); no person")
def m096():
    html = """<html><body style="font-family:Arial,sans-serif">
<h2 style="color:#2f6b3a">Gesundheitstag am 24. September</h2>
<p>Liebe Kolleginnen und Kollegen,</p>
<p>unser Gesundheitstag findet am <b>Donnerstag, 24.09.2026, von 9 bis 15 Uhr</b> im Foyer von Gebäude A statt.</p>
<ul>
<li>Grippeschutzimpfung durch den betriebsärztlichen Dienst (bitte Impfpass mitbringen)</li>
<li>Blutdruck- und Blutzuckermessung, Lungenfunktionstest</li>
<li>Rückenfit-Kurzkurs und ergonomische Arbeitsplatzberatung</li>
<li>Vortrag 12 Uhr: &bdquo;Schlaf und Stress&ldquo;</li>
</ul>
<p>Alle Messergebnisse bekommt ihr ausschließlich selbst; der Arbeitgeber erfährt nichts.
Anmeldung zur Impfung bis 17.09. im Intranet.</p>
<p>Euer BGM-Team</p>
</body></html>"""
    return mail([
        ("From", "BGM-Team <bgm@%s>" % DOM),
        ("To", "alle-mitarbeitenden@" + DOM),
        ("Subject", "Gesundheitstag 24.09. - Grippeimpfung & Checks"),
        ("Date", D("2026-09-01 09:00 +0200")),
        ("Message-ID", MID("bgm-gt-2026@" + DOM)),
    ], None, html=html)


@M(97, "CONFIDENTIAL", "en", "insurer-to-partner",
   "request to a previous motor insurer for a named driver's claims history (birth date, policy, no-claims class)")
def m097():
    body = """Dear colleagues,

our new customer has applied for motor insurance and transfer of his
no-claims history:

  Name:                Mr Jakob Lindner
  Date of birth:       1988-03-14
  Your policy no.:     VH-KFZ-2207-118845 (ended 31 March 2026)
  Vehicle:             BMW 320d, VIN WBA8E1106K7A55208

Please confirm the no-claims classes for third-party liability and
comprehensive and list any claims in the last five years (date, amount
reserved/paid). The request is made with the customer's consent as
per the application.

Thank you.

""" + SIG["hoffmeister"]
    return mail([
        ("From", A("hoffmeister")),
        ("To", "SF-Auskunft Vorsicht Versicherung <sf-auskunft@vorsicht-versicherung.example>"),
        ("Subject", "SF transfer request - Lindner, Jakob - VH-KFZ-2207-118845"),
        ("Date", D("2026-04-02 08:40 +0200")),
        ("Message-ID", MID("sf-anfrage-7104812207@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body)


@M(98, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "life insurance beneficiary change for a named policyholder (new partner as beneficiary); personal line, no medical word")
def m098():
    body = """Sehr geehrte Frau Dietz,

wir haben Ihre Änderung des Bezugsrechts zur Risikolebensversicherung
LV 7729 118-R erhalten und umgesetzt:

  Versicherte Person:      Sandra Dietz
  Versicherungssumme:      180.000 EUR, Ablauf 01.02.2044
  Bezugsberechtigt im Todesfall bisher: Thomas Dietz (geschiedener Ehemann)
  Bezugsberechtigt ab 15.06.2026:       Marcel Obermann, geb. 09.10.1980
  Art des Bezugsrechts:    widerruflich

Den Nachtrag zum Versicherungsschein schicken wir Ihnen per Post. Bitte
bewahren Sie ihn bei Ihren Unterlagen auf.

""" + SIG["rademacher"] + "\n\n" + FOOT_LV
    return mail([
        ("From", A("rademacher")),
        ("To", "Sandra Dietz <sandra.dietz@freemail-hessen.example>"),
        ("Subject", "Änderung Bezugsrecht LV 7729 118-R"),
        ("Date", D("2026-06-15 11:55 +0200")),
        ("Message-ID", MID("lv7729118r.bzr@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body)


@M(99, "NORMAL", "en", "insurer-to-customer",
   "trap: answer to a prospect about travel health insurance for Canada (generic cover, prices); no contract, no health data")
def m099():
    body = """Dear Mr Brennan,

thanks for your question. For a four-week trip to Canada our annual
travel health insurance TravelCare is the right product:

- covers medically necessary treatment abroad, hospital stays and
  medically sensible repatriation, without a cap;
- trips of up to 56 days each, unlimited number of trips per year;
- EUR 14.90 per year for individuals up to 64, EUR 34.90 for families;
- pre-existing conditions are covered if the trip was not made for
  treatment.

You can buy it online at https://www.auenwald-versicherung.example/reise
in five minutes, also on the day of departure.

Kind regards

""" + SIG["lindqvist"]
    return mail([
        ("From", A("lindqvist")),
        ("To", "Aidan Brennan <aidan.brennan@inbox-mail.example>"),
        ("Subject", "RE: health insurance for Canada trip"),
        ("Date", D("2026-06-09 14:18 +0200")),
        ("Message-ID", MID("reise-anfr-0609-brennan@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body)


@M(100, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "company pension (direct life insurance) of a named employee leaving his employer: contract value, salary conversion, options")
def m100():
    body = """Sehr geehrter Herr Kleinschmidt,

Ihr Arbeitgeber, die Werner Elektrotechnik GmbH, hat uns mitgeteilt,
dass Sie zum 30.06.2026 ausscheiden. Zu Ihrer Direktversicherung
DV 5120 338-B (Auenwald Lebensversicherung AG) haben Sie folgende
Möglichkeiten:

1. Fortführung mit eigenen Beiträgen (derzeit 248 EUR monatlich aus
   Entgeltumwandlung, davon 15 % Arbeitgeberzuschuss),
2. Übertragung zu Ihrem neuen Arbeitgeber (§ 4 BetrAVG),
3. Beitragsfreistellung.

Stand Ihres Vertrags zum 01.06.2026:
  Versicherte Person:        Stefan Kleinschmidt, geb. 22.01.1984
  Garantierte Altersrente:   312,40 EUR monatlich ab 01.02.2051
  Vertragsguthaben:          21.884,17 EUR
  Unverfallbar:              ja

Bitte teilen Sie uns Ihre Entscheidung innerhalb von drei Monaten mit.

""" + SIG["sommerfeld"] + "\n\n" + FOOT_LV
    return mail([
        ("From", A("sommerfeld")),
        ("To", "Stefan Kleinschmidt <stefan.kleinschmidt@t-netz.example>"),
        ("Subject", "Ihre Direktversicherung DV 5120 338-B - Ausscheiden"),
        ("Date", D("2026-06-03 10:11 +0200")),
        ("Message-ID", MID("dv5120338b.aus@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body)

@M(101, "NORMAL", "de", "internal",
   "trap: schedule for the 2027 premium and tariff letters (print dates, trustee, hotline staffing); no member")
def m101():
    body = """Hallo zusammen,

hier der Zeitplan für die Beitragsanpassung zum 01.01.2027. Bitte in
euren Teamkalendern vormerken.

  15.09.  Zustimmung Treuhänder zu den neuen Beiträgen (AK 300, ZP 90)
  22.09.  Freigabe der Textbausteine (Kühnel/Marquardt/Recht)
  29.09.  Datenabzug KLEO für den Druck (ca. 51.000 Anschreiben)
  06.10.  Probedruck, Sichtprüfung von 200 Musterbriefen
  13.-24.10. Versand
  ab 14.10. Hotline-Verstärkung: 12 zusätzliche Plätze, Skript folgt

Neu in diesem Jahr: Die Tarifbezeichnungen werden vereinheitlicht
(AK 300 heißt ab 2027 "Auenwald Ambulant 300"). Das betrifft auch die
Beitragsbescheinigungen und den Versicherungsschein-Nachtrag.

Viele Grüße
Petra

""" + SIG["kuehnel"]
    return mail([
        ("From", A("kuehnel")),
        ("To", "beitrag-tarif@" + DOM),
        ("Cc", A("oberlaender") + ", " + A("marquardt")),
        ("Subject", "Zeitplan Beitragsanpassung 01/2027"),
        ("Date", D("2026-07-07 09:12 +0200")),
        ("Message-ID", MID("bap-2027-zeitplan@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body)


@M(102, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-company",
   "group income-protection list for an employer: named employees with birth dates, salaries and one on long-term sickness with claim")
def m102():
    rows = [["Employee", "Date of birth", "Annual salary (EUR)", "Insured benefit (EUR/month)", "Status", "Note"],
            ["Andersen, Mette", "1979-04-02", 74000, 3700, "active", ""],
            ["Baumgart, Felix", "1991-11-19", 58500, 2925, "active", ""],
            ["Coelho, Rita", "1986-07-08", 66200, 3310, "claim in payment", "since 01/2026, claim BU-26-00077"],
            ["Dahlke, Simon", "1995-02-27", 49800, 2490, "active", ""],
            ["Eriksen, Lars", "1973-09-30", 91000, 4550, "active", "benefit capped at 60 %"]]
    body = """Dear Ms Berger,

attached is the updated member list for the group income protection
scheme of Nordlicht Software GmbH (group contract GBU 7700-014) as of
1 July 2026, with the salaries you reported in June.

Please note for Ms Coelho: her disability benefit is in payment since
January (the contribution waiver applies); please keep her on the list
but do not deduct contributions from her salary.

The new entrant Mr Dahlke needs no health questions because he joined
within the first three months of employment.

""" + SIG["sommerfeld"] + "\n\n" + FOOT_EN
    return mail([
        ("From", A("sommerfeld")),
        ("To", "Hanna Berger <hr@nordlicht-software.example>"),
        ("Subject", "GBU 7700-014 member list July 2026"),
        ("Date", D("2026-07-02 12:40 +0200")),
        ("Message-ID", MID("gbu7700014-0726@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body, parts=[att("GBU_7700-014_members_2026-07.xlsx",
                        xlsx([("Members", rows)], creator="Greta Sommerfeld", created="2026-07-02T10:15:00Z"),
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")])


@M(103, "CONFIDENTIAL", "de", "insurer-to-customer",
   "harmless body; the ODT is a named customer's legal-expenses policy schedule with her spouse's birth date and bank data")
def m103():
    blocks = [
        ("h", "Versicherungsschein Rechtsschutz RS 61 019 882"),
        "Auenwald Allgemeine Versicherung AG, Auenwaldplatz 1, 34117 Kassel",
        "",
        "Versicherungsnehmerin: Claudia Heberling, geb. 30.11.1982",
        "Mitversichert: Ehepartner Jörg Heberling, geb. 14.03.1979; Kinder bis 25 Jahre",
        "Anschrift: Am Hange 6, 34270 Schauenburg",
        "",
        ("table", [["Baustein", "Selbstbeteiligung", "Jahresbeitrag"],
                   ["Privat- und Berufs-Rechtsschutz", "250 EUR", "248,40 EUR"],
                   ["Verkehrs-Rechtsschutz", "250 EUR", "96,10 EUR"],
                   ["Wohnungs-Rechtsschutz (Eigentümer)", "250 EUR", "118,80 EUR"]]),
        "",
        "Beginn: 01.08.2026, 00:00 Uhr; Ablauf: 01.08.2027, 00:00 Uhr, mit stillschweigender Verlängerung.",
        "Wartezeit: 3 Monate (außer Verkehr und Schadenersatz).",
        "Zahlung: jährlich per SEPA-Lastschrift von IBAN DE58 8129 4940 6576 6738 01.",
    ]
    body = """Sehr geehrte Frau Heberling,

anbei erhalten Sie Ihren Versicherungsschein. Bitte prüfen Sie die
Angaben und bewahren Sie das Dokument gut auf.

Mit freundlichen Grüßen
Ihr Kundenservice

""" + SIG["brandhorst"]
    return mail([
        ("From", A("brandhorst")),
        ("To", "Claudia Heberling <claudia.heberling@webpost.example>"),
        ("Subject", "Ihr Versicherungsschein"),
        ("Date", D("2026-07-24 14:26 +0200")),
        ("Message-ID", MID("svc-20260724-0319@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body, parts=[att("Versicherungsschein_RS.odt",
                        odt(blocks, creator="Auenwald DocGen", created="2026-07-24T12:00:00Z"),
                        "application/vnd.oasis.opendocument.text")])


@M(104, "NORMAL", "en", "insurer-to-customer",
   "bilingual out-of-office reply of the international desk; no case content")
def m104():
    body = """Thank you for your e-mail. I am out of the office until 17 August
2026 with limited access to e-mail. For urgent matters, especially
guarantees of payment for hospital admissions abroad, please contact
our 24/7 assistance line: +49 561 7093-3999.

Vielen Dank für Ihre Nachricht. Ich bin bis 17. August 2026 nicht im
Büro. In dringenden Fällen wenden Sie sich bitte an unsere
24-Stunden-Hotline: +49 561 7093-3999.

Claire Whitmore
International Health Desk"""
    return mail([
        ("From", A("whitmore")),
        ("To", "Felipe Arriaga <f.arriaga@inbox-mail.example>"),
        ("Subject", "Automatic reply: question"),
        ("Date", D("2026-08-03 18:22 +0200")),
        ("Message-ID", MID("ooo.9f1c77@CH2PR07MB6622.eurprd07.mail.auenwald-versicherung.example")),
        ("Auto-Submitted", "auto-replied"),
        ("X-Auto-Response-Suppress", "All"),
        ("X-Mailer", OUTLOOK),
    ], body)


@M(105, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "tariff-switch offer (§ 204 VVG) for a named member with a risk surcharge for an existing condition; ODT attachment")
def m105():
    blocks = [
        ("h", "Ihr Angebot zum Tarifwechsel"),
        "Versicherte Person: Andreas Mertens, geb. 07.05.1968, Vers.-Nr. 119 330 476-01",
        "",
        ("table", [["", "bisher", "Angebot"],
                   ["Tarif", "AK 300 / KS2", "AK 600 / KS2 / NH 80"],
                   ["Selbstbehalt", "300 EUR", "600 EUR"],
                   ["Monatsbeitrag", "612,44 EUR", "548,90 EUR"],
                   ["Risikozuschlag", "-", "18,20 EUR (nur Mehrleistung NH 80)"]]),
        "",
        "Begründung des Risikozuschlags: Für die Mehrleistung Heilpraktiker (NH 80) berücksichtigen wir "
        "die bekannte chronische Erkrankung (Morbus Crohn, K50.9) mit laufender Behandlung. Für die "
        "bisherigen Leistungen gilt kein Zuschlag; Ihre Alterungsrückstellung wird voll angerechnet.",
        "",
        "Sie können den Zuschlag vermeiden, indem Sie auf NH 80 verzichten (Beitrag dann 530,70 EUR).",
        "Das Angebot gilt bis 30.09.2026.",
    ]
    body = """Sehr geehrter Herr Mertens,

wie telefonisch besprochen erhalten Sie anbei unser Angebot zum
Tarifwechsel nach § 204 VVG. Wenn Sie einverstanden sind, unterschreiben
Sie bitte die letzte Seite und schicken sie uns zurück; der Wechsel
erfolgt dann zum Ersten des Folgemonats.

""" + SIG["kuehnel"] + "\n\n" + FOOT_KV
    return mail([
        ("From", A("kuehnel")),
        ("To", "Andreas Mertens <a.mertens@kabelpost.example>"),
        ("Subject", "Ihr Angebot zum Tarifwechsel"),
        ("Date", D("2026-08-12 15:03 +0200")),
        ("Message-ID", MID("tw-119330476-angebot@" + DOM)),
        ("User-Agent", TBIRD),
    ], body, cte="8bit", parts=[att("Angebot_Tarifwechsel_Mertens.odt",
                        odt(blocks, creator="Petra Kühnel", created="2026-08-12T12:40:00Z"),
                        "application/vnd.oasis.opendocument.text")])


@M(106, "CONFIDENTIAL", "de", "insurer-to-supplier",
   "ZIP to the scanning provider with a CSV of misrouted letters: named customers, addresses, motor and household claim numbers")
def m106():
    csv_text = """Scan-ID;Eingang;Absender;Anschrift;Vertrag/Schaden;Dokumentart;falsch zugeordnet an;richtig
SC-26-0881402;03.08.2026;Kurt Hessler;Brüder-Grimm-Platz 2, 34117 Kassel;KF-26-0062110;Kostenvoranschlag;Hausrat;Kfz-Schaden
SC-26-0881417;03.08.2026;Yasemin Kaya;Am Fasanenhof 19, 34125 Kassel;HR-26-0010284;Einbruch-Liste;Rechtsschutz;Hausrat
SC-26-0881533;04.08.2026;Dorothea Engel;Hauptstraße 8, 34298 Helsa;AK 7104 771 020;Kündigung;Leben;Kfz-Bestand
SC-26-0881590;04.08.2026;Ralf Petersen;Ihringshäuser Str. 44, 34125 Kassel;WG-26-003318;Handwerkerrechnung;Kfz-Schaden;Wohngebäude
"""
    z = mkzip([("Fehlzuordnungen_KW32.csv", csv_text.encode("cp1252"))], when=(2026, 8, 6, 16, 5, 0))
    body = """Hallo Herr de Vries,

in KW 32 wurden vier Sachschaden-Belege falsch klassifiziert (Liste im
ZIP, Kennwort wie vereinbart telefonisch). Bitte prüfen Sie, ob das an
den neuen Trennblättern liegt, und korrigieren Sie die Zuordnung in
Ihrem System; wir haben die Belege intern bereits umgehängt.

Bitte löschen Sie die Liste nach der Analyse.

Gruß

""" + SIG["gerstenberg"]
    return mail([
        ("From", A("gerstenberg")),
        ("To", "Pieter de Vries <p.devries@docuflux.example>"),
        ("Subject", "Fehlzuordnungen KW 32 - Sach/Kfz"),
        ("Date", D("2026-08-06 16:10 +0200")),
        ("Message-ID", MID("docuflux-kw32-fehler@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body, parts=[att("Fehlzuordnungen_KW32.zip", z, "application/zip")])


@M(107, "NORMAL", "de", "insurer-to-broker",
   "trap: commission summary to a broker GmbH with the firm's IBAN and tax number; company data, no client named")
def m107():
    body = """Sehr geehrte Damen und Herren,

die Courtage für Juli 2026 beträgt für Ihre Gesellschaft insgesamt
14.882,36 EUR (Sparten Sach 6.104,20 EUR, Kfz 2.318,90 EUR, Kranken
4.911,06 EUR, Leben 1.548,20 EUR). Die Einzelaufstellung finden Sie wie
gewohnt im Maklerportal unter Abrechnungen.

Zahlung am 10.08.2026 an:
Finanzkontor Behrens & Lutz GmbH
IBAN DE10 6373 5111 6948 6746 20
USt-IdNr. DE318447902, Amtsgericht Kassel HRB 20114

Mit freundlichen Grüßen
Auenwald Maklerbetreuung

""" + SIG["riedel"]
    return mail([
        ("From", "Auenwald Maklerbetreuung <makler@%s>" % DOM),
        ("To", "buchhaltung@behrens-lutz.example"),
        ("Subject", "Courtage 07/2026 - Vermittlernr. 40-3310"),
        ("Date", D("2026-08-05 06:30 +0200")),
        ("Message-ID", MID("courtage-2026-07-40-3310@makler.auenwald-versicherung.example")),
        ("X-Mailer", "Auenwald Provisionssystem 5.0"),
    ], body, charset="iso-8859-1", cte="quoted-printable")


@M(108, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
   "harmless body answering an access request; the ZIP holds a PDF and CSV of the member's claims history with diagnoses and drugs")
def m108():
    claims_csv = """date;provider;type;diagnosis;item;amount_eur;reimbursed_eur
2025-02-11;Dr. Annika Rau (GP);outpatient;J45.0 allergic asthma;GOÄ 1, 5, 605;64.31;64.31
2025-02-11;Adler-Apotheke Kassel;pharmacy;;budesonide/formoterol inhaler;58.42;58.42
2025-06-03;Dr. Annika Rau (GP);outpatient;J45.0;GOÄ 1, 605, 605a;51.87;51.87
2025-09-22;HNO-Praxis Wendt;outpatient;J30.1 hay fever;GOÄ 1, 1415, 385;118.26;118.26
2025-11-14;Zahnarztpraxis Dr. Felix Arnold;dental;;GOZ 1040 professional cleaning;112.40;112.40
2026-01-20;Adler-Apotheke Kassel;pharmacy;;montelukast 10 mg;27.80;27.80
"""
    report = pdf([
        (13, True, "Access request Art. 15 GDPR - copy of your data"),
        "Data subject: Ms Freya Lindgren, DOB 14/03/1990, member no. 171 880 245-01",
        "Contracts: AK 300, KS2, ZP 90 (since 01/10/2023)",
        "",
        (11, True, "Categories of data we hold"),
        "Master data, contract and premium data, bank data (IBAN ending 4412),",
        "claims data including diagnoses and prescribed medicines (see claims_history.csv),",
        "correspondence (14 letters, 9 e-mails), recorded consents.",
        "",
        (11, True, "Recipients"),
        "DocuFlux GmbH (scanning, processor), Printhaus Nord (print, processor),",
        "no transfers outside the EU.",
        "",
        "Retention: claims data 10 years after the end of the contract (§ 257 HGB, § 147 AO).",
    ], title="Art. 15 GDPR copy", date="20260818100000+02'00'")
    z = mkzip([("Art15_copy_Lindgren.pdf", report), ("claims_history.csv", claims_csv)],
              when=(2026, 8, 18, 10, 2, 0))
    body = """Dear Ms Lindgren,

thank you for your request of 4 August 2026. Please find attached the
copy of your data. The password for the ZIP file will reach you by
text message.

If you have any questions, please contact me.

Kind regards

""" + SIG["marquardt"]
    return mail([
        ("From", A("marquardt")),
        ("To", "Freya Lindgren <freya.lindgren@northmail.example>"),
        ("Subject", "Your request of 4 August 2026"),
        ("Date", D("2026-08-18 10:20 +0200")),
        ("Message-ID", MID("dsb-art15-2026-0388@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body, parts=[att("Art15_Lindgren.zip", z, "application/zip")])


@M(109, "CONFIDENTIAL", "en", "insurer-to-customer",
   "yacht hull claim of a named owner: boat name, berth, policy and claim number, surveyor; nobody hurt")
def m109():
    body = """Dear Mr Haugland,

thank you for reporting the grounding of your sailing yacht "Solveig"
(Hallberg-Rassy 37, hull no. HRS37-0418) near Marstal on 30 July. I am
glad nobody was hurt.

  Policy:   YA 12 880 416 (hull and liability, agreed value EUR 185,000)
  Claim:    YA-26-000064
  Excess:   EUR 1,000

Our surveyor Mr Ole Kristensen (Danish Marine Survey) will inspect the
yacht at Marstal Havn on 6 August. Please do not start repairs on the
keel before the survey; the lift-out itself is covered.

Kind regards
Daniel Okafor

""" + SIG["okafor"] + "\n\n" + FOOT_EN
    return mail([
        ("From", A("okafor")),
        ("To", "Eirik Haugland <eirik.haugland@fjordpost.example>"),
        ("Subject", "Grounding of SY Solveig - claim YA-26-000064"),
        ("Date", D("2026-08-01 11:06 +0200")),
        ("Message-ID", MID("ya-26-000064.1@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body)


@M(110, "NORMAL", "de", "insurer-to-supplier",
   "trap: payment advice to a supplier GmbH with the insurer's and the supplier's company IBANs; no natural person's data")
def m110():
    body = """Zahlungsavis

Sehr geehrte Damen und Herren,

wir haben heute folgende Rechnungen beglichen:

  Rechnung      Datum        Betrag
  DF-26-1140    30.06.2026   18.412,50 EUR
  DF-26-1187    15.07.2026    4.860,00 EUR
  Summe                      23.272,50 EUR

Auftraggeber: Auenwald Versicherungsgruppe, IBAN DE37 3356 6355 5971 6769 47
Empfänger:    DocuFlux GmbH, IBAN DE87 7506 6823 9419 7343 74
Verwendungszweck: ZA-2026-08-1471

Bei Rückfragen wenden Sie sich bitte an kreditoren@auenwald-versicherung.example.

Auenwald Versicherungsgruppe - Kreditorenbuchhaltung
"""
    return mail([
        ("From", "Kreditorenbuchhaltung <kreditoren@%s>" % DOM),
        ("To", "buchhaltung@docuflux.example"),
        ("Subject", "Zahlungsavis ZA-2026-08-1471"),
        ("Date", D("2026-08-14 05:10 +0200")),
        ("Message-ID", MID("za-2026-08-1471@fibu.auenwald-versicherung.example")),
        ("X-Mailer", "SAP Business Workplace"),
    ], body, charset="iso-8859-1", cte="base64")


@M(111, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
   "child accident insurance: named child's forearm fracture (S52.5) on a trampoline, hospital days, benefit payment")
def m111():
    body = """Dear Mrs Okoro,

I hope Tobi is doing well with his cast. Here is the settlement for his
accident on 12 July (fall from the trampoline, fracture of the left
forearm, S52.5, closed reduction under anaesthesia at Klinikum Sankt
Ansgar):

  Children's accident policy:   KU 33 120 587
  Hospital daily allowance:     2 days x EUR 30     =  EUR  60.00
  Fracture benefit (lump sum):                         EUR 500.00
  Cosmetic surgery / rehab:     not needed
  Total payment:                                       EUR 560.00

If the doctors find at the follow-up in October that the growth plate
was affected, please let us know: a permanent impairment would be
assessed separately within three years of the accident.

Best regards

""" + SIG["schrader"] + "\n\n" + FOOT_EN
    return mail([
        ("From", A("schrader")),
        ("To", "Chiamaka Okoro <chiamaka.okoro@inbox-mail.example>"),
        ("Subject", "Tobi's accident on 12 July - settlement"),
        ("Date", D("2026-08-04 13:13 +0200")),
        ("Message-ID", MID("ku33120587.abr@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body)


@M(112, "NORMAL", "en", "insurer-to-partner",
   "trap: API test cases for a broker-software vendor with the published example IBAN and a placeholder customer 'Max Mustermann'")
def m112():
    body = """Hi Jana,

for your BiPRO 430 integration tests against our staging system, please
use only these test cases (no production data):

TC-01  Document list for partner firm 40-9999 (test firm)
TC-02  Policy schedule for "Max Mustermann (test)", born 01.01.1970,
       policy TEST-KV-0000001, payment IBAN DE89 3704 0044 0532 0130 00
       (the public example IBAN - will never be debited)
TC-03  Notification "new document" with empty payload
TC-04  Error case: expired token -> HTTP 401

Endpoint: https://api-staging.auenwald-versicherung.example/bipro/430
Client certificate: the test certificate we sent on 10 June.

Please report deviations in the joint ticket MVP-INT-77.

Niklas

""" + SIG["stein"]
    return mail([
        ("From", A("stein")),
        ("To", "Jana Vollmer <j.vollmer@maklersoft.example>"),
        ("Subject", "BiPRO 430 staging - test cases"),
        ("Date", D("2026-06-16 11:02 +0200")),
        ("Message-ID", MID("bipro430-tc@" + DOM)),
        ("User-Agent", TBIRD),
    ], body, charset="us-ascii", cte="7bit")


@M(113, "CONFIDENTIAL", "de", "insurer-to-customer",
   "new dog-owner liability policy for a named customer: birth date, address, dog's chip number, premium")
def m113():
    body = """Hallo Frau Weißbach,

herzlich willkommen bei der Auenwald! Ihre Hundehalterhaftpflicht ist
abgeschlossen:

  Versicherungsnehmerin:  Kerstin Weißbach, geb. 1987-09-14
  Anschrift:              Heckershäuser Straße 3, 34314 Espenau
  Vertrag:                TH 24 011 905
  Hund:                   Labrador-Mischling "Frieda", Chip 276098106544817
  Deckungssumme:          15 Mio. EUR pauschal, ohne Selbstbeteiligung
  Beitrag:                74,80 EUR jährlich, Beginn 01.09.2026

Den Versicherungsschein finden Sie in Ihrem Kundenportal. Viel Freude
mit Frieda!

""" + SIG["brandhorst"]
    return mail([
        ("From", A("brandhorst")),
        ("To", "Kerstin Weißbach <k.weissbach@webpost.example>"),
        ("Subject", "Willkommen - Ihre Hundehalterhaftpflicht TH 24 011 905"),
        ("Date", D("2026-08-21 16:40 +0200")),
        ("Message-ID", MID("th24011905.welcome@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body)


@M(114, "NORMAL", "de", "internal",
   "trap: DPO reminder with example subject lines containing diagnoses (fictitious) that must not be sent unencrypted")
def m114():
    body = """Liebe Kolleginnen und Kollegen,

in den letzten Wochen sind wieder E-Mails mit Gesundheitsangaben im
Betreff unverschlüsselt an externe Empfänger gegangen. Zur Erinnerung:

Nicht erlaubt sind Betreffzeilen wie
  "Ihre Chemotherapie - Kostenzusage"
  "Rechnung Psychotherapie F32.1"
  "Reha nach Bandscheiben-OP"
(alle Beispiele frei erfunden).

Besser: "Ihr Leistungsfall L-2026-..." oder "Ihre Anfrage vom ...".
Der Inhalt gehört über das SecureMail-Portal oder verschlüsselt
versendet; das Gateway erledigt das automatisch, wenn ihr im Betreff
[streng vertraulich] voranstellt.

Danke fürs Mitmachen!
Ute Marquardt

""" + SIG["marquardt"]
    return mail([
        ("From", A("marquardt")),
        ("To", "alle-mitarbeitenden@" + DOM),
        ("Subject", "Erinnerung: keine Gesundheitsangaben im Betreff"),
        ("Date", D("2026-06-23 08:15 +0200")),
        ("Message-ID", MID("dsb-erinnerung-betreff@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body, charset="windows-1252", cte="quoted-printable")


@M(115, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
   "medical adviser asks a psychotherapist for a report on a named patient's therapy (anxiety disorder F41.1), session count")
def m115():
    body = """Sehr geehrter Herr Haferkamp,

für Ihre Patientin, unsere Versicherte Frau Jasmin Albers
(geb. 19.02.1996, Vers.-Nr. 175 402 813-01), liegt uns Ihr Antrag auf
Umwandlung der Kurzzeittherapie in eine Langzeittherapie vor (bisher
24 Sitzungen Verhaltenstherapie, Diagnose F41.1 generalisierte
Angststörung).

Für die Entscheidung bitte ich Sie um einen kurzen Bericht:
- aktueller Befund und bisheriger Verlauf,
- Behandlungsziele und geplante Stundenzahl,
- Begleitmedikation, falls vorhanden.

Die Patientin hat eine Schweigepflichtentbindung unterschrieben. Den
Bericht senden Sie bitte im verschlossenen Umschlag "Beratungsarzt -
persönlich" oder über das Ärzteportal. Für den Bericht erstatten wir
GOÄ 85 (Gutachten) zum 2,3-fachen Satz.

Mit freundlichen kollegialen Grüßen

""" + SIG["vogelsang"] + "\n\n" + FOOT_KV
    return mail([
        ("From", A("vogelsang")),
        ("To", "\"Dipl.-Psych. Bernd Haferkamp\" <praxis@haferkamp-psychotherapie.example>"),
        ("Subject", "Bitte um Bericht - Ihre Patientin Frau Albers"),
        ("Date", D("2026-06-29 10:48 +0200")),
        ("Message-ID", MID("ba-bericht-175402813@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body)


@M(116, "CONFIDENTIAL", "de", "insurer-to-broker",
   "buildings insurance quote for a broker's named client couple with birth dates, address and previous insurer")
def m116():
    body = """Hallo Herr Lutz,

anbei die Eckdaten des Angebots für Ihre Kunden:

  Antragsteller:  Dr. Florian und Svenja Reinhardt
                  geb. 02.12.1976 / 21.05.1981
  Objekt:         Im Druseltal 27, 34131 Kassel (EFH, Bj. 1964, 186 m² Wfl.)
  Vorversicherer: Hansa Sach, Vertrag endet 30.09.2026, 1 Schaden 2023
                  (Leitungswasser 3.870 EUR)
  Deckung:        gleitender Neuwert, Elementar inkl. Rückstau, SB 500 EUR
  Jahresbeitrag:  1.698,40 EUR inkl. VSt.

Angebotsnummer AN-WG-26-14471, gültig bis 31.08.2026. Die
Elementardeckung setzt eine Rückstausicherung voraus - bitte bei den
Kunden nachfragen.

""" + SIG["riedel"]
    return mail([
        ("From", A("riedel")),
        ("To", "Sven Lutz <lutz@behrens-lutz.example>"),
        ("Subject", "Angebot Wohngebäude Reinhardt - AN-WG-26-14471"),
        ("Date", D("2026-07-30 14:02 +0200")),
        ("Message-ID", MID("an-wg-26-14471@makler.auenwald-versicherung.example")),
        ("X-Mailer", OUTLOOK),
    ], body)


@M(117, "NORMAL", "en", "internal",
   "employee engagement survey results by division (aggregated), no individual")
def m117():
    body = """Dear colleagues,

thank you to the 1,146 of you (78 %) who took part in this year's
engagement survey. Some headline results:

  "I would recommend Auenwald as an employer"      71 % agree (2025: 66 %)
  "I have the tools I need to do my job well"      58 % agree (2025: 49 %)
  "My workload is manageable"                      47 % agree (2025: 45 %)

Strongest improvement: IT and Health Claims. Biggest concern: workload in
customer service. Results per division (minimum group size 10) are on the
intranet; the action plans will be discussed in the team meetings in
October.

Svenja Koch, on behalf of HR

""" + SIG["koch"]
    return mail([
        ("From", A("koch")),
        ("To", "alle-mitarbeitenden@" + DOM),
        ("Subject", "Engagement survey 2026 - first results"),
        ("Date", D("2026-09-15 12:00 +0200")),
        ("Message-ID", MID("hr-survey-2026@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body)


@M(118, "STRICTLY_CONFIDENTIAL", "de", "customer",
   "inline forward of a member's mail about her child's ADHD diagnosis and medication; forwarding note harmless")
def m118():
    original = """Sehr geehrte Damen und Herren,

bei unserem Sohn Maximilian (9) wurde im Juni ADHS festgestellt
(Kinder- und Jugendpsychiater Dr. Ohlendorf). Er bekommt seit Juli
Medikinet retard 10 mg, jetzt 20 mg. Die Apotheke sagt, das ist ein
Betäubungsmittel und ich muss das Rezept jedesmal neu holen.

1. Zahlen Sie das Medikament komplett? Die Quittungen vom Juli und
August (je 38,49 EUR) hab ich schon über die App geschickt, aber
noch nix bekommen.
2. Die Ergotherapie (Verordnung 10x) - muss ich die vorher genehmigen
lassen?

Danke
Melanie Rosenthal
Vers.-Nr. 160 227 934, Maximilian ist -02"""
    body = """Hallo Sabine,

die Frage zum Medikament ist bei dir richtig, die Ergotherapie kläre ich
mit Jonas. Kannst du der Kundin direkt antworten?

Danke, Timo

""" + SIG["brandhorst"] + """

________________________________
Von: Melanie Rosenthal <m.rosenthal@posteo-mail.example>
Gesendet: Sonntag, 6. September 2026 20:14
An: service@auenwald-versicherung.example
Betreff: Medikament und Ergotherapie für meinen Sohn

""" + original
    return mail([
        ("From", A("brandhorst")),
        ("To", A("trautwein")),
        ("Subject", "WG: Medikament und Ergotherapie für meinen Sohn"),
        ("Date", D("2026-09-07 08:41 +0200")),
        ("Message-ID", MID("DB9PR07MB8844C3D4E5F6A7B8C9D0E1F2A@DB9PR07MB8844.eurprd07.mail.auenwald-versicherung.example")),
        ("X-Mailer", OUTLOOK),
    ], body)


@M(119, "CONFIDENTIAL", "en", "internal",
   "internal underwriting note on a rent-deposit guarantee for a named sole trader: income, tax return figures, credit score")
def m119():
    body = """Hi Anja,

can you approve the rent deposit guarantee for Mr Oskar Lindahl (sole
trader, carpentry workshop "Holzwerk Lindahl")?

  Guarantee amount:     EUR 4,200 (3 months' rent, flat Wilhelmshoeher
                        Allee 190, 34119 Kassel)
  Income (tax return 2025): profit EUR 46,380; 2024: EUR 41,920
  Credit agency score:  97.1 % (low risk), no negative entries
  Existing contracts:   commercial liability BH 44 102 337, household
                        HR 31 781 905

My recommendation: approve at the standard fee of 4.9 % p.a.

Thanks,
Daniel

""" + SIG["okafor"]
    return mail([
        ("From", A("okafor")),
        ("To", "Anja Petersen <anja.petersen@%s>" % DOM),
        ("Subject", "Rent deposit guarantee Lindahl - approval needed"),
        ("Date", D("2026-09-10 09:27 +0200")),
        ("Message-ID", MID("mkb-lindahl-0910@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body, charset="us-ascii", cte="7bit")


@M(120, "NORMAL", "de", "internal",
   "birthday lunch invitation naming a colleague (organisational, no sensitive data)")
def m120():
    body = """Hallo ihr,

Melike hat am Freitag Geburtstag! Wir wollen sie um 12:30 Uhr in die
Pizzeria Da Gino entführen. Wer dabei ist, bitte bis Donnerstag kurz
Bescheid geben, ich reserviere dann.

Für das Geschenk geht ein Umschlag rum (liegt bei mir im Büro, 3.11).

Gruß
Jonas"""
    return mail([
        ("From", A("weidemann")),
        ("To", "leistung-kranken-alle@" + DOM),
        ("Bcc", A("oberlaender")),
        ("Subject", "Freitag Mittag - psst!"),
        ("Date", D("2026-09-22 13:47 +0200")),
        ("Message-ID", MID("AM9PR07MB7731GEB0922@AM9PR07MB7731.eurprd07.mail.auenwald-versicherung.example")),
        ("X-Mailer", OUTLOOK),
    ], body)


@M(121, "STRICTLY_CONFIDENTIAL", "en", "doctor",
   "forwarded (message/rfc822) clinic report from Dubai on a named member's type 2 diabetes, HbA1c and insulin start")
def m121():
    inner_body = """Dear Auenwald Medical Team,

RE: Mr Rajiv Menon, DOB 03/10/1975, your member INT-55 240 117

Mr Menon attended our diabetes clinic on 14 September 2026. He has known
type 2 diabetes mellitus (E11.9) since 2019, previously on metformin
1000 mg twice daily and empagliflozin 10 mg. His HbA1c has risen to
9.4 % (previously 7.8 %) despite good adherence.

We recommend starting basal insulin (insulin glargine 10 units at night,
titrated) and a structured diabetes education programme (4 sessions).
Retinal screening showed no retinopathy. Kidney function is normal
(eGFR 88).

Please confirm cover for the insulin, the glucose sensor (FreeStyle-type
CGM, 2 sensors per month) and the education sessions.

Kind regards
Dr. Leila Haddad
Consultant Endocrinologist
Al Noor Medical Centre, Dubai"""
    inner = mail([
        ("From", "\"Dr. Leila Haddad\" <l.haddad@alnoor-medical.example>"),
        ("To", "claims-international@" + DOM),
        ("Subject", "Medical report - Mr Rajiv Menon"),
        ("Date", D("2026-09-15 10:03 +0400")),
        ("Message-ID", MID("AN-2026-09-15-3381@alnoor-medical.example")),
    ], inner_body, charset="us-ascii", cte="7bit")
    body = """Henrik,

report from Dubai attached - the clinic asks for cover of insulin, CGM
and diabetes education for Mr Menon. CGM is not in his plan's list of
aids; could you give me your view on medical necessity?

Thanks
Claire

""" + SIG["whitmore"]
    return mail([
        ("From", A("whitmore")),
        ("To", A("vogelsang")),
        ("Subject", "FW: Medical report - Mr Rajiv Menon"),
        ("Date", D("2026-09-15 09:12 +0200")),
        ("Message-ID", MID("CH2PR07MB6622FW-menon@CH2PR07MB6622.eurprd07.mail.auenwald-versicherung.example")),
        ("X-Mailer", OUTLOOK),
    ], body, parts=[fwd(inner, "Medical report - Mr Rajiv Menon.eml")])


@M(122, "CONFIDENTIAL", "de", "company",
   "forwarded property-management mail about water damage in a named tenant's flat: address, tenant, policy of the landlord")
def m122():
    company_text = """Sehr geehrte Damen und Herren,

in unserem Objekt Frankfurter Straße 118, 34121 Kassel (Ihr Vertrag
Wohngebäude WG 55 402 119, Eigentümergemeinschaft Frankfurter Str. 118)
ist am 14.09. ein Leitungswasserschaden aufgetreten. Ursache: Bruch der
Steigleitung im Bad der Wohnung 2. OG links, Mieter Herr Gregor Wieland.
Die Wohnung darunter (Mieterin Frau Elke Baumann) hat Feuchtigkeit an der
Decke.

Die Trocknung durch die Fa. TrockenTec läuft seit gestern. Herr Wieland
wohnt vorübergehend bei Verwandten; bitte teilen Sie uns mit, ob die
Hotelkosten (falls nötig) übernommen werden.

Mit freundlichen Grüßen
Petra Rottmann
Immobilienverwaltung Rottmann & Söhne GmbH"""
    body = """Marco, zur Info - Schaden ist angelegt als WG-26-004107. Die Verwalterin
fragt nach Hotelkosten für den Mieter (Mietausfall ist versichert,
Hotelkosten des Mieters nicht, oder?).

Timo

-----Original Message-----
From: Petra Rottmann <verwaltung@rottmann-immobilien.example>
Sent: Tuesday, September 15, 2026 4:52 PM
To: service@auenwald-versicherung.example
Subject: Schadenmeldung Frankfurter Str. 118

""" + company_text
    return mail([
        ("From", A("brandhorst")),
        ("To", A("pellegrini")),
        ("Subject", "FW: Schadenmeldung Frankfurter Str. 118"),
        ("Date", D("2026-09-16 08:03 +0200")),
        ("Message-ID", MID("DB9PR07MB8844WG264107@DB9PR07MB8844.eurprd07.mail.auenwald-versicherung.example")),
        ("X-Mailer", OUTLOOK),
    ], body, charset="windows-1252", cte="quoted-printable")


@M(123, "NORMAL", "en", "insurer-to-hospital",
   "trap: technical answer to a hospital about the electronic invoice format (DTA XML, DRG fields, diagnosis codes); no patient")
def m123():
    body = """Dear Mr Feeney,

thanks for your question about electronic invoices. We accept hospital
invoices for our members in the following formats:

- DTA XML 2.1 (German private health insurance standard), with the
  fields <hauptdiagnose>, <nebendiagnosen>, <ops>, <drg> and
  <wahlleistungen> filled in;
- for hospitals outside Germany: PDF plus a CSV line list (date, code,
  description, amount); ICD-10 codes are required for the main
  diagnosis.

Transport: SFTP to sftp.auenwald-versicherung.example (key-based), or the
hospital portal. Please do not send invoices by unencrypted e-mail.

Our test environment is open for you from 1 October; I will send the
access details separately.

Kind regards

""" + SIG["whitmore"]
    return mail([
        ("From", A("whitmore")),
        ("To", "Brian Feeney <b.feeney@stbrendans-hospital.example>"),
        ("Subject", "RE: e-invoicing with Auenwald"),
        ("Date", D("2026-09-24 15:36 +0200")),
        ("Message-ID", MID("einv-stbrendans@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body)


@M(124, "STRICTLY_CONFIDENTIAL", "de", "hospital",
   "inline forward of a hospital's admission notice for a named member: emergency admission, myocardial infarction I21.4")
def m124():
    hospital_text = """Aufnahmeanzeige / Antrag auf Kostenübernahme

Patient:        Herr Bernhard Eichler, geb. 28.06.1957
Versicherung:   Auenwald Krankenversicherung a.G., Vers.-Nr. 061 904 228-01
Aufnahme:       26.09.2026, 03:12 Uhr, Notaufnahme
Diagnose:       I21.4 akuter subendokardialer Myokardinfarkt (NSTEMI)
Geplant:        Herzkatheter, ggf. PCI; voraussichtliche Verweildauer 5 Tage
Wahlleistungen: Zweibettzimmer, Chefarzt (Wahlleistungsvereinbarung liegt vor)

Kreiskrankenhaus Fuldatal, Patientenaufnahme
Tel. 05661 7330-100"""
    body = """Hallo Henrik,

Notaufnahme vom Wochenende, Herr Eichler, KS2 Zweibettzimmer. Die
Kostenzusage habe ich schon raus; nur zur Info, falls sich nach dem
Katheter eine Bypass-OP ergibt (dann bitte Verlegung beachten).

Melike

""" + SIG["arslan"] + """

Von: Patientenaufnahme KKH Fuldatal <aufnahme@kkh-fuldatal.example>
Gesendet: Samstag, 26. September 2026 07:40
An: kostenzusage@auenwald-versicherung.example
Betreff: Aufnahmeanzeige Eichler, Bernhard

""" + hospital_text
    return mail([
        ("From", A("arslan")),
        ("To", A("vogelsang")),
        ("Subject", "WG: Aufnahmeanzeige Eichler, Bernhard"),
        ("Date", D("2026-09-28 08:22 +0200")),
        ("Message-ID", MID("DB8PR07MB6410WG-eichler@DB8PR07MB6410.eurprd07.mail.auenwald-versicherung.example")),
        ("X-Mailer", OUTLOOK),
    ], body)


@M(125, "NORMAL", "de", "newsletter",
   "trap: HTML health newsletter on skin-cancer screening and check-ups with tariff benefits; no person")
def m125():
    html = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Auenwald Gesundheitsbrief</title></head>
<body style="font-family:Georgia,serif;color:#222;max-width:620px">
<h1 style="color:#2f6b3a">Auenwald Gesundheitsbrief &ndash; Juli 2026</h1>
<h2>Hautkrebs-Screening: alle zwei Jahre ab 35</h2>
<p>Schwarzer und weißer Hautkrebs gehören zu den häufigsten Krebserkrankungen. Beim Screening untersucht
Ihre Hautärztin die gesamte Haut, auf Wunsch mit Auflichtmikroskopie. <b>In allen Vollversicherungstarifen
erstatten wir das Screening ohne Selbstbehalt.</b></p>
<h2>Check-up, Darmkrebsvorsorge, Impfungen</h2>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr><th>Vorsorge</th><th>ab Alter</th><th>Erstattung</th></tr>
<tr><td>Gesundheits-Check-up</td><td>18</td><td>100&nbsp;%</td></tr>
<tr><td>Darmspiegelung</td><td>50</td><td>100&nbsp;%</td></tr>
<tr><td>Mammographie-Screening</td><td>50</td><td>100&nbsp;%</td></tr>
<tr><td>Impfungen nach STIKO</td><td>&ndash;</td><td>100&nbsp;%</td></tr>
</table>
<p>Die Rechnungen reichen Sie wie gewohnt per App ein. Vorsorgerechnungen gefährden Ihre Beitragsrückerstattung nicht.</p>
<p style="font-size:11px;color:#666">Abmelden: <a href="https://www.auenwald-versicherung.example/newsletter/abmelden?l=de">hier klicken</a>
&middot; Auenwald Krankenversicherung a.G., Auenwaldplatz 1, 34117 Kassel</p>
</body></html>"""
    return mail([
        ("From", "Auenwald Gesundheitsbrief <newsletter@%s>" % DOM),
        ("To", "gesundheitsbrief@lists.auenwald-versicherung.example"),
        ("Subject", "Hautkrebs-Screening & Vorsorge: was wir zahlen"),
        ("Date", D("2026-07-15 07:30 +0200")),
        ("Message-ID", MID("nl-2026-07-de.2210@lists.auenwald-versicherung.example")),
        ("Precedence", "bulk"),
        ("List-Unsubscribe", "<https://www.auenwald-versicherung.example/newsletter/abmelden?l=de>"),
    ], None, html=html)

@M(126, "CONFIDENTIAL", "de", "insurer-to-customer",
   "short mobile reply confirming a named customer's glass-breakage claim payment with claim number")
def m126():
    body = """Hallo Herr Kuhlmann,

ja, die Glasbruch-Sache (Schaden GL-26-001853, Ceranfeld) ist
reguliert, die 312,40 EUR gehen morgen raus auf Ihr Konto.

VG Marco

Von meinem iPhone gesendet"""
    return mail([
        ("From", A("pellegrini")),
        ("To", "Dirk Kuhlmann <dirk.kuhlmann@t-netz.example>"),
        ("Subject", "Re: Ceranfeld - schon bezahlt?"),
        ("Date", D("2026-09-29 19:48 +0200")),
        ("Message-ID", MID("6C1F2E0A-31D4-4B9A-8E11-GL261853@auenwald-versicherung.example")),
        ("In-Reply-To", MID("kuhlmann-ceran-0929@t-netz.example")),
        ("X-Mailer", IPHONE),
    ], body, cte="8bit", flowed=True)


@M(127, "NORMAL", "en", "internal",
   "trap: invitation (ICS) to a claims-fraud workshop with fraud patterns and GOÄ examples; no case or person")
def m127():
    cal = ics("""BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E008000000002077F1C0D1E2F3A4000000000000000
DTSTAMP:20260930T120000Z
DTSTART;TZID=W. Europe Standard Time:20261020T130000
DTEND;TZID=W. Europe Standard Time:20261020T163000
SUMMARY:Workshop: billing fraud in health claims
LOCATION:Auenwald Forum\\, room 2
ORGANIZER;CN=Sabine Trautwein:mailto:sabine.trautwein@auenwald-versicherung.example
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Team Leistung ambulant:mailto:team-leistung-ambulant@auenwald-versicherung.example
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=International Health Desk:mailto:ihd@auenwald-versicherung.example
DESCRIPTION:Patterns: upcoding of GOÄ factors\\, phantom treatments\\, duplicate pharmacy receipts\\, forged prescriptions. Exercises with anonymised cases.
END:VEVENT
END:VCALENDAR""")
    body = """Hello all,

please join our workshop on billing fraud on 20 October, 1 to 4:30 pm.
We will look at typical patterns (upcoding of GOÄ factors, treatments
that never happened, duplicate pharmacy receipts, forged prescriptions
for expensive drugs) and practise with anonymised cases. The
association's anti-fraud office will present its 2025 figures.

Sabine

""" + SIG["trautwein"]
    p = att("invite.ics", cal, "text/calendar", charset="utf-8", cte="quoted-printable")
    p.set_param("method", "REQUEST")
    return mail([
        ("From", A("trautwein")),
        ("To", "team-leistung-ambulant@%s, ihd@%s" % (DOM, DOM)),
        ("Subject", "Workshop: billing fraud in health claims (20 Oct)"),
        ("Date", D("2026-09-30 14:00 +0200")),
        ("Message-ID", MID("siu-workshop-2026@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body, parts=[p])


@M(128, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
   "base64-encoded body: hearing-aid reimbursement for a named member with bilateral hearing loss (H90.3) and audiogram")
def m128():
    body = """Dear Mr Sutherland,

thank you for sending the cost estimate of Hörwerk Kassel for two
behind-the-ear hearing aids (EUR 4,980.00 for the pair).

Your ENT specialist's prescription confirms bilateral sensorineural
hearing loss (H90.3) with a hearing loss of 45 to 60 dB in the speech
range, so hearing aids on both sides are medically necessary.

Under your tariff AK 600 we reimburse hearing aids at 80 % up to
EUR 1,500 per ear every five years, i.e. EUR 3,000 for the pair. The
remaining EUR 1,980.00 would be your share. Ask the acoustician whether
a model closer to our limit would suit you as well.

Member no. 112 409 658-01, reference KZ-2026-04119.

""" + SIG["trautwein"]
    return mail([
        ("From", A("trautwein")),
        ("To", "Malcolm Sutherland <m.sutherland@highland-post.example>"),
        ("Subject", "Your cost estimate of 2 October"),
        ("Date", D("2026-10-06 11:30 +0200")),
        ("Message-ID", MID("kz-2026-04119.1@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body, cte="base64")


@M(129, "NORMAL", "de", "insurer-to-partner",
   "trap: statistics submission (CSV) to the insurers' association: benefits by type, counts of insured by age band; aggregates")
def m129():
    csv_text = """Berichtsjahr;Leistungsart;Anzahl Belege;Leistungen EUR
2025;Arzt ambulant;812440;98412300
2025;Zahn;211380;41118900
2025;Arznei- und Verbandmittel;690115;52307700
2025;Heilmittel;98410;9810400
2025;Hilfsmittel;21377;8421900
2025;Krankenhaus allgemein;14220;88106300
2025;Krankenhaus Wahlleistungen;10112;21554800
2025;Psychotherapie;38915;7120600
"""
    body = """Sehr geehrte Damen und Herren,

anbei unsere Meldung zur Leistungsstatistik 2025 (Formular LS-2025,
Teil B) im vereinbarten CSV-Format. Teil A (Versichertenbestand nach
Altersgruppen) haben wir bereits am 10.03. über das Meldeportal
übermittelt.

Rückfragen bitte an Herrn Ebeling, Aktuariat (Durchwahl -2410).

Mit freundlichen Grüßen

""" + SIG["ebeling"] + "\n\n" + FOOT_KV
    return mail([
        ("From", A("ebeling")),
        ("To", "statistik@pkv-arbeitskreis.example"),
        ("Subject", "Leistungsstatistik 2025 Teil B - Auenwald Krankenversicherung a.G."),
        ("Date", D("2026-03-24 10:12 +0100")),
        ("Message-ID", MID("ls-2025-teilb@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body, parts=[att("LS-2025_TeilB_Auenwald.csv", csv_text, "text/csv", charset="windows-1252", cte="quoted-printable")])


@M(130, "CONFIDENTIAL", "en", "insurer-to-customer",
   "legal-expenses cover for a named customer's neighbour dispute (hedge, boundary), neighbour named; no health")
def m130():
    body = """Dear Mr Whitaker,

thank you for your e-mail about the dispute with your neighbour,
Mr Horst Gebauer, over the laurel hedge on your common boundary at
Am Sonnenhang 12, Fuldabrück.

Your legal expenses policy RS 61 020 551 includes neighbour disputes
(property and tenancy module). As required by Hessian law, a conciliation
procedure before the local arbitrator (Schiedsperson) must come first;
we cover its fees and the fees of a lawyer for it.

  Claim number:     RS-26-016720
  Excess:           EUR 150
  Cover:            out-of-court and conciliation procedure; court
                    proceedings subject to a further request

If you need a lawyer, we can recommend one who speaks English.

""" + SIG["lassahn"] + "\n\n" + FOOT_EN
    return mail([
        ("From", A("lassahn")),
        ("To", "Geoffrey Whitaker <g.whitaker@yorkshire-mail.example>"),
        ("Subject", "Your neighbour dispute - claim RS-26-016720"),
        ("Date", D("2026-10-08 10:09 +0200")),
        ("Message-ID", MID("rs-26-016720.1@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body)


@M(131, "STRICTLY_CONFIDENTIAL", "de", "internal",
   "explicit sender marking [streng vertraulich] on an internal board memo (no personal data) - marking decides")
def m131():
    body = """Liebe Vorstandsmitglieder,

vorab die Eckpunkte für die Sitzung am Donnerstag:

1. Prüfung einer Bestandsübertragung der Sparte Tierkranken an einen
   Spezialversicherer (ca. 18.000 Verträge), Zeitplan 2027.
2. Zusammenlegung der Standorte Fulda und Kassel; betroffen sind
   rund 60 Arbeitsplätze, Gespräche mit dem Betriebsrat noch nicht
   begonnen.
3. Budget IT 2027: +12 % für Leistungssystem KLEO 5.

Bitte den Inhalt bis zur Beschlussfassung nicht weitergeben.

Mit freundlichen Grüßen
Vorstandsbüro
"""
    return mail([
        ("From", "Vorstandsbüro <vorstandsbuero@%s>" % DOM),
        ("To", "vorstand@" + DOM),
        ("Subject", "[streng vertraulich] Eckpunkte Vorstandssitzung 15.10."),
        ("Date", D("2026-10-12 17:05 +0200")),
        ("Message-ID", MID("vb-2026-10-15-eckpunkte@" + DOM)),
        ("X-Mailer", OUTLOOK),
        ("Sensitivity", "Company-Confidential"),
    ], body)


@M(132, "NORMAL", "de", "insurer-to-lawyer",
   "trap: framework fee agreement with a law firm for legal-expenses claims (fee rates, invoice rules); no client")
def m132():
    body = """Sehr geehrte Frau Dr. Abendroth,
sehr geehrter Herr Reuter,

wie besprochen fassen wir die Eckpunkte der Rahmenvereinbarung für
Mandate aus unserer Rechtsschutzversicherung zusammen:

- Abrechnung nach RVG; Erstberatung pauschal 190 EUR netto,
- Deckungsanfragen ausschließlich über das Anwaltsportal,
- Kostennoten elektronisch, Zahlung binnen 14 Tagen,
- telefonische Erreichbarkeit für Versicherte innerhalb von 48 Stunden,
- Laufzeit ab 01.01.2027 für zwei Jahre.

Den Vertragsentwurf erhalten Sie Anfang November. Mandantenbezogene
Daten enthält die Vereinbarung selbstverständlich nicht.

Mit freundlichen Grüßen

""" + SIG["lassahn"] + "\n\n" + FOOT_AV
    return mail([
        ("From", A("lassahn")),
        ("To", "Kanzlei Reuter Abendroth <kanzlei@reuter-abendroth.example>"),
        ("Subject", "Rahmenvereinbarung Rechtsschutz-Mandate 2027"),
        ("Date", D("2026-10-14 12:44 +0200")),
        ("Message-ID", MID("rv-kanzlei-2027@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body)


@M(133, "CONFIDENTIAL", "de", "insurer-to-customer",
   "motor premium invoice after a type-class change: named customer, plate, policy, masked IBAN")
def m133():
    body = """Sehr geehrte Frau Lehnhardt,

zum 01.01.2027 ändern sich die Typklassen für Ihr Fahrzeug
(Mazda CX-5, KS-EL 2026). Ihr neuer Beitrag:

  Vertrag:           AK 7104 905 213
  Haftpflicht:       Typklasse 17 (bisher 16), SF 14
  Vollkasko:         Typklasse 22 (bisher 24), SF 11
  Jahresbeitrag:     784,20 EUR (bisher 769,90 EUR)

Die Abbuchung erfolgt am 01.01.2027 vom Konto DE** **** **** **** **71 37.

Sie können den Vertrag innerhalb eines Monats nach Zugang dieser
Mitteilung kündigen, wenn sich der Beitrag erhöht.

Mit freundlichen Grüßen
Auenwald Allgemeine Versicherung AG - Kraftfahrt

""" + FOOT_AV
    return mail([
        ("From", "Auenwald Kraftfahrt <kraftfahrt@%s>" % DOM),
        ("To", "Eva Lehnhardt <eva.lehnhardt@posteo-mail.example>"),
        ("Subject", "Ihr Kfz-Beitrag 2027"),
        ("Date", D("2026-10-20 05:30 +0200")),
        ("Message-ID", MID("kfz-bei-2027-7104905213@kraftfahrt.auenwald-versicherung.example")),
        ("X-Mailer", "Auenwald KFZ-Bestand 7.1"),
    ], body, charset="iso-8859-1", cte="quoted-printable")


@M(134, "NORMAL", "en", "insurer-to-supplier",
   "trap: translation order for a template rejection letter with «placeholders» for diagnosis and tariff; no real person")
def m134():
    doc = docx([
        ("h", "Vorlage LA-07: Ablehnung wegen fehlender medizinischer Notwendigkeit"),
        "Sehr geehrte(r) «Anrede» «Nachname»,",
        "",
        "zu Ihrem Antrag vom «Antragsdatum» auf Kostenübernahme für «Behandlung» (Diagnose «ICD_Code» "
        "«Diagnose_Text») haben wir das Gutachten unseres Beratungsarztes eingeholt.",
        "Danach ist die Behandlung medizinisch nicht notwendig im Sinne von § 192 Abs. 1 VVG, weil «Begruendung».",
        "Ihr Tarif «Tarif» sieht eine Erstattung daher nicht vor.",
        "",
        "Sie können diese Entscheidung durch den PKV-Ombudsmann überprüfen lassen.",
        "",
        "Mit freundlichen Grüßen",
        "«Sachbearbeiter»",
    ], creator="Katrin Oberländer", created="2026-10-21T09:00:00Z")
    body = """Dear Ms Fontaine,

please translate the attached template letter into English (UK) and
French for our international members. The words in «guillemets» are
mail-merge fields and must stay unchanged.

Delivery by 4 November, as DOCX. Purchase order BE-2026-01142, rate
as per our framework contract.

Best regards

""" + SIG["oberlaender"]
    return mail([
        ("From", A("oberlaender")),
        ("To", "Amélie Fontaine <projects@lingua-bridge.example>"),
        ("Subject", "Translation request - template LA-07 (EN, FR)"),
        ("Date", D("2026-10-21 09:40 +0200")),
        ("Message-ID", MID("be-2026-01142@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body, parts=[att("Vorlage_LA-07_Ablehnung.docx", doc,
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])


@M(135, "CONFIDENTIAL", "en", "insurer-to-customer",
   "rental-car excess claim of a named customer after a parking damage abroad; policy, claim number, rental agreement; no injury")
def m135():
    body = """Dear Ms Dubois,

we have reimbursed the excess that the rental company in Lyon charged
to your credit card:

  Rental excess policy:    RX 9904 118
  Rental agreement:        EUR-LY-88120475 (Renault Clio, 3-9 Oct 2026)
  Damage:                  scratch on the rear bumper while parked
  Excess charged:          EUR 850.00
  Reimbursed:              EUR 850.00, claim RX-26-000412

The transfer will reach your account in two to three days. Nobody was
hurt and no other vehicle was involved, so no further documents are
needed.

""" + SIG["lindqvist"] + "\n\n" + FOOT_EN
    return mail([
        ("From", A("lindqvist")),
        ("To", "Claire Dubois <claire.dubois@inbox-mail.example>"),
        ("Subject", "Claim RX-26-000412 - excess reimbursed"),
        ("Date", D("2026-10-16 16:22 +0200")),
        ("Message-ID", MID("rx-26-000412.2@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body)


@M(136, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "health premium arrears of a named member: amount owed, suspension of benefits and emergency tariff; no medical word")
def m136():
    body = """Sehr geehrter Herr Sorge,

trotz unserer Mahnungen vom 12.08. und 14.09.2026 sind für Ihre
Krankenversicherung KV 40-2208815 noch Beiträge offen:

  Rückstand Juli bis Oktober 2026:   4 x 487,30 EUR = 1.949,20 EUR
  Säumniszuschläge:                                       58,40 EUR
  Gesamt:                                              2.007,60 EUR

Da der Rückstand zwei Monatsbeiträge übersteigt, ruht Ihr Vertrag ab dem
01.11.2026 nach § 193 Abs. 6 VVG. Sie werden dann im Notlagentarif
geführt (Beitrag etwa 118 EUR monatlich); erstattet werden nur noch
Aufwendungen bei akuten Erkrankungen und Schmerzzuständen sowie bei
Schwangerschaft.

Sobald alle Rückstände bezahlt sind, wird der Vertrag im bisherigen Tarif
fortgesetzt. Gern vereinbaren wir eine Ratenzahlung - rufen Sie mich an.

""" + SIG["kuehnel"] + "\n\n" + FOOT_KV
    return mail([
        ("From", A("kuehnel")),
        ("To", "Matthias Sorge <m.sorge@freemail-hessen.example>"),
        ("Subject", "Beitragsrückstand KV 40-2208815"),
        ("Date", D("2026-10-19 14:01 +0200")),
        ("Message-ID", MID("kv402208815-rueckstand@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body)


@M(137, "NORMAL", "de", "internal",
   "trap: template for premium-adjustment letters (DOCX) with «placeholders» for name, tariff and premium; no member")
def m137():
    doc = docx([
        ("h", "Musterbrief BAP-2027-01: Beitragsanpassung zum 01.01.2027"),
        "«Anrede» «Vorname» «Nachname»",
        "«Strasse» «Hausnummer», «PLZ» «Ort»",
        "",
        "Versicherungsnummer: «VersNr»",
        "",
        "«Briefanrede»,",
        "die Leistungen für unsere Versicherten sind stärker gestiegen als kalkuliert. "
        "Deshalb passen wir zum 01.01.2027 die Beiträge in folgenden Tarifen an:",
        ("table", [["Tarif", "bisher", "neu"],
                   ["«Tarif1»", "«Beitrag1_alt»", "«Beitrag1_neu»"],
                   ["«Tarif2»", "«Beitrag2_alt»", "«Beitrag2_neu»"],
                   ["Gesamt", "«Summe_alt»", "«Summe_neu»"]]),
        "",
        "«Textbaustein_Tarifwechsel»",
        "«Textbaustein_Beitragsentlastung»",
    ], creator="Petra Kühnel", created="2026-08-28T08:00:00Z")
    body = """Hallo Ute,

anbei der Musterbrief für die BAP 2027 mit allen Serienbrief-Feldern.
Bitte schau dir die Datenschutzhinweise im Textbaustein unten noch an,
bevor wir das an die Druckerei geben.

Danke!
Petra

""" + SIG["kuehnel"]
    return mail([
        ("From", A("kuehnel")),
        ("To", A("marquardt")),
        ("Subject", "Musterbrief BAP 2027 zur Prüfung"),
        ("Date", D("2026-08-28 09:15 +0200")),
        ("Message-ID", MID("bap-2027-musterbrief@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body, parts=[att("Musterbrief_BAP-2027-01.docx", doc,
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document")])


@M(138, "CONFIDENTIAL", "en", "insurer-to-customer",
   "smartphone insurance claim of a named customer: device IMEI, policy, claim number, repair cost")
def m138():
    body = """Hi Mr Ferreira,

your screen repair is approved:

  Electronics policy:   EL 6602 441
  Device:               Pixel 8, IMEI 353918104477215
  Damage:               cracked display (dropped on 24 Oct)
  Repair:               EUR 219.00 at PhoneFix Kassel, paid by us directly
  Your excess:          EUR 50.00, payable at the shop
  Claim:                EL-26-002207

Just take the phone and this e-mail to the shop.

Best regards
Timo Brandhorst

""" + SIG["brandhorst"]
    return mail([
        ("From", A("brandhorst")),
        ("To", "Rui Ferreira <rui.ferreira@inbox-mail.example>"),
        ("Subject", "Screen repair approved - EL-26-002207"),
        ("Date", D("2026-10-26 10:40 +0100")),
        ("Message-ID", MID("el-26-002207.1@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body, charset="us-ascii", cte="7bit")


@M(139, "NORMAL", "de", "internal",
   "IT notice about the domain certificate of a hospital partner (gateway-to-gateway encryption); technical only")
def m139():
    body = """Hallo Melike, hallo Claire,

zur Info: Das Domänenzertifikat des Klinikums Sankt Ansgar
(st-ansgar-klinikum.example) läuft am 31.10.2026 ab. Das Klinikum hat
ein neues Zertifikat angekündigt, es liegt uns aber noch nicht vor.

Was das für euch heißt: Falls das neue Zertifikat bis dahin nicht
eingespielt ist, stellt das Gateway Mails an das Klinikum ab 01.11.
automatisch über das SecureMail-Portal zu (das Klinikum bekommt dann
eine Benachrichtigung). Ihr müsst nichts ändern.

Ich melde mich, sobald das neue Zertifikat da ist.

Niklas

""" + SIG["stein"]
    return mail([
        ("From", A("stein")),
        ("To", A("arslan") + ", " + A("whitmore")),
        ("Subject", "Domänenzertifikat St. Ansgar läuft ab"),
        ("Date", D("2026-10-22 15:17 +0200")),
        ("Message-ID", MID("it-domcert-ansgar@" + DOM)),
        ("User-Agent", TBIRD),
    ], body, cte="8bit", flowed=True)


@M(140, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
   "polite short reply; the quoted member mail below describes her high-risk pregnancy, bleeding and hospital admission")
def m140():
    quoted = """Dear Ms Arslan,

I am in week 29 of my pregnancy and was admitted to Klinikum Sankt Ansgar
last night because of bleeding (placenta praevia, they say). The doctors
want to keep me until the birth, maybe by caesarean in week 34-36. I have
the semi-private room option - is a longer stay like this covered, and do
I need to send you anything now? My husband will bring the papers.

Member no. 177 301 446-01

Thank you,
Naomi Achterberg"""
    body = """Dear Ms Achterberg,

thank you, we have received your message and will get back to you
tomorrow morning. Please don't worry about the paperwork now.

Best wishes

""" + SIG["arslan"] + "\n\n-----Original Message-----\nFrom: Naomi Achterberg <naomi.achterberg@northmail.example>\nSent: Wednesday, November 4, 2026 07:02\nTo: Melike Arslan\nSubject: hospital stay\n\n" + quote(quoted)
    return mail([
        ("From", A("arslan")),
        ("To", "Naomi Achterberg <naomi.achterberg@northmail.example>"),
        ("Subject", "RE: hospital stay"),
        ("Date", D("2026-11-04 08:12 +0100")),
        ("Message-ID", MID("DB8PR07MB6410RE-achterberg@DB8PR07MB6410.eurprd07.mail.auenwald-versicherung.example")),
        ("In-Reply-To", MID("achterberg-1104-0702@northmail.example")),
        ("X-Mailer", OUTLOOK),
    ], body)


@M(141, "CONFIDENTIAL", "de", "insurer-to-customer",
   "HTML-only welcome mail to the customer portal with a table of the named customer's motor and household contracts")
def m141():
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Hallo Herr Vogt,</p>
<p>willkommen im Auenwald-Kundenportal! Diese Verträge haben wir Ihrem Zugang zugeordnet:</p>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#e8efe9"><th>Sparte</th><th>Vertragsnummer</th><th>Beitrag</th><th>Hinweis</th></tr>
<tr><td>Kfz (Skoda Superb, KS-JV 88)</td><td>AK 7104 662 180</td><td>612,40 &euro; jährlich</td><td>SF 18</td></tr>
<tr><td>Hausrat</td><td>31 788 042</td><td>142,80 &euro; jährlich</td><td>Versicherungsort Kirchweg 33, 34119 Kassel</td></tr>
<tr><td>Privathaftpflicht</td><td>PH 22 027 715</td><td>79,90 &euro; jährlich</td><td>Familie</td></tr>
</table>
<p>Fehlt ein Vertrag? Dann schreiben Sie uns über das Kontaktformular im Portal.</p>
<p>Ihr Auenwald-Kundenservice</p>
</body></html>"""
    return mail([
        ("From", "Auenwald Kundenportal <noreply@%s>" % DOM),
        ("To", "Jörg Vogt <joerg.vogt@kabelpost.example>"),
        ("Subject", "Ihre Verträge im Kundenportal"),
        ("Date", D("2026-11-02 18:05 +0100")),
        ("Message-ID", MID("portal-welcome.77a1c0@mein.auenwald-versicherung.example")),
        ("Auto-Submitted", "auto-generated"),
    ], None, html=html)


@M(142, "NORMAL", "en", "insurer-to-partner",
   "trap: answer to a rating agency questionnaire (combined ratio, solvency, claims ratio in health); company figures only")
def m142():
    body = """Dear Mr Whitcombe,

please find our answers to your annual questionnaire below (figures
for financial year 2025, audited):

  Gross written premiums (group):       EUR 1,482 m
  Health: benefit ratio                 81.4 %
  Health: cost ratio (admin/acquisition) 2.1 % / 6.8 %
  Property & casualty: combined ratio   94.7 %
  Life: net interest yield              2.9 %
  Solvency II ratio (group):            241 %

The SFCR is published on our website from 8 April. We are happy to
arrange a management call in May.

Kind regards

""" + SIG["ebeling"] + "\n\n" + FOOT_EN
    return mail([
        ("From", A("ebeling")),
        ("To", "Adrian Whitcombe <a.whitcombe@meridian-ratings.example>"),
        ("Subject", "Annual questionnaire 2026 - Auenwald group"),
        ("Date", D("2026-04-02 13:20 +0200")),
        ("Message-ID", MID("rating-2026-q@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body, charset="us-ascii", cte="7bit")


@M(143, "CONFIDENTIAL", "de", "internal",
   "explicit sender marking [vertraulich] on an internal draft press statement (no personal data) - marking decides")
def m143():
    body = """Hallo Katrin, hallo Petra,

hier mein Entwurf für das Statement zur Beitragsanpassung 2027. Bitte
noch nicht extern verwenden, die Zahlen sind erst nach der
Treuhänderzustimmung final.

"Die Beiträge in der Krankenvollversicherung der Auenwald steigen zum
1. Januar 2027 im Durchschnitt um 6,4 Prozent. Rund 40 Prozent unserer
Versicherten sind nicht betroffen. Wer seinen Beitrag senken möchte, kann
ohne neue Gesundheitsprüfung in einen Tarif mit höherem Selbstbehalt
wechseln."

Feedback bitte bis morgen 12 Uhr.

Johanna

""" + SIG["pfeiffer"]
    return mail([
        ("From", A("pfeiffer")),
        ("To", A("oberlaender") + ", " + A("kuehnel")),
        ("Subject", "[vertraulich] Entwurf Statement BAP 2027"),
        ("Date", D("2026-09-17 16:48 +0200")),
        ("Message-ID", MID("presse-bap2027-entwurf@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body)


@M(144, "NORMAL", "en", "internal",
   "trap: note on the ICD-11 transition for claims systems with code examples; no patient")
def m144():
    body = """Hi all,

a short heads-up on ICD-11, as several of you asked after the
association's webinar:

- Germany will keep ICD-10-GM for billing for the next years; no date has
  been set for ICD-11 in outpatient or hospital invoices.
- Invoices from abroad may already carry ICD-11 codes (e.g. 5A11 for
  type 2 diabetes, 6A70 for a single depressive episode, BA41 for acute
  myocardial infarction). KLEO cannot read them yet.
- Until the mapping table is integrated (planned Q2/2027), please enter
  the ICD-10 equivalent manually; the mapping list from WHO is linked on
  the intranet page "ICD-11".

Questions to me or Henrik.

Claire

""" + SIG["whitmore"]
    return mail([
        ("From", A("whitmore")),
        ("To", "ihd@%s" % DOM),
        ("Cc", A("vogelsang")),
        ("Subject", "ICD-11 - what it means for us"),
        ("Date", D("2026-11-05 11:11 +0100")),
        ("Message-ID", MID("icd11-note@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body)


@M(145, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
   "orthodontic treatment plan approval for a named child: KIG grade 4, treatment costs and reimbursement")
def m145():
    body = """Sehr geehrte Familie Ramdani,

den kieferorthopädischen Behandlungsplan von Dr. Uta Sennewald vom
15.10.2026 für Ihre Tochter Yasmina (mitversichert,
Vers.-Nr. 158 774 302-03) haben wir geprüft.

  Befund laut Plan:   Distalbiss mit vergrößertem Overjet 7 mm
                      (KIG D4), Engstand im Oberkiefer
  Behandlung:         festsitzende Multibracket-Apparatur, ca. 3 Jahre
  Geplante Kosten:    5.840,00 EUR (Honorar) + 1.320,00 EUR (Labor/Material)
  Zusage:             80 % = 5.728,00 EUR, verteilt auf die Quartale
                      der Behandlung

Die Zusage gilt für die geplante Behandlung; Mehrkosten (z. B. für
Keramikbrackets) sind nicht enthalten. Bitte reichen Sie die
Quartalsrechnungen wie gewohnt ein.

""" + SIG["weidemann"] + "\n\n" + FOOT_KV
    return mail([
        ("From", A("weidemann")),
        ("To", "Familie Ramdani <ramdani.familie@webpost.example>"),
        ("Subject", "Ihr Behandlungsplan vom 15.10.2026 - Zusage"),
        ("Date", D("2026-11-09 14:46 +0100")),
        ("Message-ID", MID("AM9PR07MB7731KFO-ramdani@AM9PR07MB7731.eurprd07.mail.auenwald-versicherung.example")),
        ("X-Mailer", OUTLOOK),
    ], body, charset="windows-1252", cte="8bit")


@M(146, "NORMAL", "de", "internal",
   "holiday cover plan naming colleagues and absence days only (organisational, no reason for absence)")
def m146():
    body = """Hallo Team,

der Vertretungsplan für die Weihnachtszeit steht:

  21.-23.12.  Jonas (ambulant), Melike (stationär), Sabine (Arznei)
  28.-30.12.  Aylin (Pflege + stationär), Jonas (ambulant)
  02.01.      Melike, Sabine

Eilfälle (Kostenzusagen Krankenhaus, Ausland) bitte immer an das
Funktionspostfach kostenzusage@, das ist durchgehend besetzt.

Danke euch und schon mal schöne Feiertage!
Katrin

""" + SIG["oberlaender"]
    return mail([
        ("From", A("oberlaender")),
        ("To", "leistung-kranken-alle@" + DOM),
        ("Subject", "Vertretungsplan Weihnachten/Neujahr"),
        ("Date", D("2026-11-23 10:05 +0100")),
        ("Message-ID", MID("vertretung-xmas-2026@" + DOM)),
        ("User-Agent", TBIRD),
    ], body, charset="iso-8859-1", cte="8bit")


@M(147, "CONFIDENTIAL", "en", "insurer-to-customer",
   "commercial contents insurance for a sole-trader bakery: owner named, turnover, business interruption sum; no health")
def m147():
    body = """Dear Ms Castro,

thank you for the documents for your bakery "Brotzeit Castro" (sole
proprietorship, Friedrich-Ebert-Strasse 140, 34119 Kassel). Based on
your figures we propose:

  Contents (ovens, fittings, stock):      EUR 165,000
  Business interruption (12 months):      EUR 310,000, based on your
                                          2025 turnover of EUR 428,600
                                          and gross profit of EUR 297,300
  Glass (shop window):                    included
  Annual premium:                         EUR 1,946.30 incl. tax
  Offer no.:                              AN-GI-26-03318

Please sign and return the proposal form; cover can start on 1 December.

Kind regards
Daniel Okafor

""" + SIG["okafor"] + "\n\n" + FOOT_EN
    return mail([
        ("From", A("okafor")),
        ("To", "Inés Castro <ines@brotzeit-castro.example>"),
        ("Subject", "Your business insurance offer AN-GI-26-03318"),
        ("Date", D("2026-11-12 12:12 +0100")),
        ("Message-ID", MID("an-gi-26-03318@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body)


@M(148, "NORMAL", "de", "internal",
   "first-aid course registration listing staff names (organisational); first-aid vocabulary only")
def m148():
    body = """Hallo zusammen,

für den Ersthelfer-Grundkurs am 03.12. (8:30-16:00 Uhr, Raum A 0.12,
Durchführung DRK Kassel) sind angemeldet:

  Leistung Kranken:   Jonas Weidemann, Sabine Trautwein
  Schaden:            Marco Pellegrini
  Kundenservice:      Timo Brandhorst
  IT:                 Niklas Stein

Die Kursgebühr übernimmt die Berufsgenossenschaft. Bitte bequeme
Kleidung mitbringen; es wird Herz-Lungen-Wiederbelebung und der Umgang
mit dem AED geübt.

Viele Grüße
Svenja

""" + SIG["koch"]
    return mail([
        ("From", A("koch")),
        ("To", "ersthelfer-kurs@" + DOM),
        ("Subject", "Ersthelfer-Grundkurs 03.12. - Teilnehmende"),
        ("Date", D("2026-11-18 13:33 +0100")),
        ("Message-ID", MID("hr-eh-kurs-1203@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body)


@M(149, "CONFIDENTIAL", "de", "insurer-to-customer",
   "base64 body: natural-hazard (flood) claim of a named homeowner with address, claim number and IBAN for payment")
def m149():
    body = """Sehr geehrter Herr Grebe,

nach dem Starkregen vom 12.11.2026 hat Ihr Keller in der Fuldastraße 61,
34233 Fuldatal, unter Wasser gestanden. Der Schaden ist über den
Baustein Elementar Ihrer Wohngebäudeversicherung WG 55 418 330 gedeckt.

Als Abschlag für Trocknung und Heizungsreparatur überweisen wir heute
6.000,00 EUR auf das von Ihnen genannte Konto
DE58 6521 4105 8395 2251 84. Die Selbstbeteiligung (500 EUR) ziehen wir
von der Schlusszahlung ab.

Schaden-Nr.: WG-26-005512

Mit freundlichen Grüßen

""" + SIG["pellegrini"] + "\n\n" + FOOT_AV
    return mail([
        ("From", A("pellegrini")),
        ("To", "Heinz Grebe <heinz.grebe@t-netz.example>"),
        ("Subject", "Abschlagszahlung WG-26-005512"),
        ("Date", D("2026-11-20 11:38 +0100")),
        ("Message-ID", MID("wg-26-005512.abschlag@" + DOM)),
        ("X-Mailer", OUTLOOK),
    ], body, charset="iso-8859-1", cte="base64")


@M(150, "CONFIDENTIAL", "de", "broker",
   "forwarded broker mail (message/rfc822) with a named client's new bank details and motor contract; no health")
def m150():
    broker_body = """Hallo Herr Riedel,

mein Kunde Herr Nils Ebert (Kfz-Vertrag AK 7104 377 601, Kennzeichen
HR-NE 55) hat eine neue Bankverbindung. Bitte ab Dezember von diesem
Konto abbuchen:

Kontoinhaber: Nils Ebert
IBAN: DE54 2714 4146 7741 1748 59
BIC: AWVLDE21XXX

Das unterschriebene SEPA-Mandat liegt mir vor und geht per Post raus.

Danke und Gruß
Kemal Yilmaz
Finanzberatung Kemal Yilmaz"""
    inner = mail([
        ("From", "Kemal Yilmaz <info@yilmaz-finanz.example>"),
        ("To", A("riedel")),
        ("Subject", "Neue Bankverbindung Ebert"),
        ("Date", D("2026-11-24 17:22 +0100")),
        ("Message-ID", MID("yf-2026-11-24-ebert@yilmaz-finanz.example")),
    ], broker_body, charset="iso-8859-1", cte="quoted-printable")
    body = """Hallo Kraftfahrt-Team,

bitte die Bankverbindung im Vertrag umstellen, Mail des Maklers anbei.

Danke
Hannes

""" + SIG["riedel"]
    return mail([
        ("From", A("riedel")),
        ("To", "Auenwald Kraftfahrt <kraftfahrt@%s>" % DOM),
        ("Subject", "WG: Neue Bankverbindung Ebert"),
        ("Date", D("2026-11-25 08:30 +0100")),
        ("Message-ID", MID("AM6PR07MB5120FW-ebert@AM6PR07MB5120.eurprd07.mail.auenwald-versicherung.example")),
        ("X-Mailer", OUTLOOK),
    ], body, parts=[fwd(inner, "Neue Bankverbindung Ebert.eml")])


# ===========================================================================
# end of MAILS
# ===========================================================================

LABELS = ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")

# IBAN-shaped strings that are wrong on purpose (a customer's typo)
INVALID_IBAN_OK = set()


def build(outdir):
    mdir = os.path.join(outdir, "mails")
    os.makedirs(mdir, exist_ok=True)
    rows = []
    seen = set()
    for no, label, lang, kind, reason, fn in sorted(MAILS, key=lambda m: m[0]):
        if no in seen:
            raise SystemExit("duplicate mail number %d" % no)
        seen.add(no)
        name = "%s%04d.eml" % (PREFIX, no)
        data = to_bytes(fn())
        with open(os.path.join(mdir, name), "wb") as f:
            f.write(data)
        rows.append((name, label, lang, kind, reason))
    with open(os.path.join(outdir, "labels.tsv"), "w", encoding="utf-8", newline="") as f:
        f.write("file\tlabel\tlang\tkind\treason\n")
        for r in rows:
            for v in r:
                if "\t" in v or "\n" in v:
                    raise SystemExit("tab/newline in labels row %r" % (r,))
            f.write("\t".join(r) + "\n")
    return rows


# --------------------------------------------------------------------------- check

_IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)\b")
_HOST_RE = re.compile(r"(?:https?://|www\.|@)([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9-]+)+)")
_IBAN_LEN = {"DE": 22, "AT": 20, "GB": 22, "IE": 22, "ES": 24, "NL": 18, "FR": 27, "CH": 21, "IT": 27, "PL": 28}


def _iban_ok(s):
    s = s.replace(" ", "")
    if _IBAN_LEN.get(s[:2]) != len(s):
        return None  # not an IBAN shape we know: ignore
    n = int("".join(str(int(c, 36)) for c in s[4:] + s[:4]))
    return n % 97 == 1


def _pdf_text(data):
    if not data.startswith(b"%PDF-"):
        raise ValueError("not a PDF")
    text = []
    for m in re.finditer(rb"/FlateDecode >>\nstream\n(.*?)\nendstream", data, re.S):
        raw = zlib.decompress(m.group(1))
        for t in re.finditer(rb"\(((?:\\.|[^\\)])*)\) Tj", raw):
            text.append(re.sub(rb"\\(.)", rb"\1", t.group(1)).decode("cp1252"))
    if not "".join(text).strip():
        raise ValueError("PDF without text layer")
    return "\n".join(text)


def _check_zip(name, data, texts, depth=0):
    z = zipfile.ZipFile(io.BytesIO(data))
    bad = z.testzip()
    if bad:
        raise ValueError("%s: bad member %s" % (name, bad))
    low = name.lower()
    names = z.namelist()
    if low.endswith((".odt", ".ods")):
        if names[0] != "mimetype" or z.getinfo("mimetype").compress_type != zipfile.ZIP_STORED:
            raise ValueError("%s: mimetype must be first and stored" % name)
    if low.endswith(".xlsx") and "xl/workbook.xml" not in names:
        raise ValueError("%s: no workbook" % name)
    if low.endswith(".docx") and "word/document.xml" not in names:
        raise ValueError("%s: no document" % name)
    if low.endswith((".odt", ".ods")) and "content.xml" not in names:
        raise ValueError("%s: no content.xml" % name)
    for m in names:
        blob = z.read(m)
        ml = m.lower()
        if ml.endswith((".xml", ".rels")):
            root = ET.fromstring(blob)
            texts.append(" ".join(t for t in root.itertext()))
        elif ml.endswith(".pdf"):
            texts.append(_pdf_text(blob))
        elif ml.endswith((".xlsx", ".docx", ".odt", ".ods", ".zip")):
            _check_zip(m, blob, texts, depth + 1)
        elif ml.endswith(".eml"):
            inner = email.message_from_bytes(blob, policy=email.policy.default)
            _check_msg(inner, texts, m)
        elif ml.endswith((".csv", ".tsv", ".txt", ".log")):
            try:
                texts.append(blob.decode("utf-8"))
            except UnicodeDecodeError:
                texts.append(blob.decode("cp1252"))
        elif ml.endswith(".ics"):
            s = blob.decode("utf-8")
            if "BEGIN:VCALENDAR" not in s or "END:VCALENDAR" not in s:
                raise ValueError("%s: not a calendar" % m)
            texts.append(s)


def _check_msg(msg, texts, where):
    for part in msg.walk():
        if part.defects:
            raise ValueError("%s: MIME defects %r" % (where, part.defects))
        for k, v in part.items():
            if getattr(v, "defects", None):
                raise ValueError("%s: header defects in %s: %r" % (where, k, v.defects))
            texts.append(str(v))
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        fname = (part.get_filename() or "").lower()
        payload = part.get_payload(decode=True)
        if ctype.startswith("text/"):
            cs = part.get_content_charset() or "us-ascii"
            s = payload.decode(cs)  # strict
            texts.append(s)
            if ctype == "text/calendar" or fname.endswith(".ics"):
                if "BEGIN:VCALENDAR" not in s or "END:VCALENDAR" not in s:
                    raise ValueError("%s: ICS without VCALENDAR" % where)
        elif ctype == "application/pdf" or fname.endswith(".pdf"):
            texts.append(_pdf_text(payload))
        elif fname.endswith((".xlsx", ".docx", ".odt", ".ods", ".zip")):
            _check_zip(fname, payload, texts)
        elif fname.endswith(".csv") or fname.endswith(".tsv"):
            texts.append(payload.decode(part.get_param("charset") or "utf-8"))


def check():
    failures = []
    with tempfile.TemporaryDirectory() as tmp:
        rows = build(tmp)
        # 1. byte-identical to the files on disk
        for name, *_ in rows:
            a = open(os.path.join(tmp, "mails", name), "rb").read()
            try:
                b = open(os.path.join(HERE, "mails", name), "rb").read()
            except FileNotFoundError:
                failures.append("%s missing on disk" % name)
                continue
            if a != b:
                failures.append("%s differs from rebuild" % name)
        on_disk = sorted(os.listdir(os.path.join(HERE, "mails")))
        if on_disk != sorted(r[0] for r in rows):
            failures.append("mails/ holds other files than the generator makes")
        if open(os.path.join(tmp, "labels.tsv"), "rb").read() != open(os.path.join(HERE, "labels.tsv"), "rb").read():
            failures.append("labels.tsv differs from rebuild")
        # 2. every mail parses cleanly
        mids = set()
        for name, label, lang, kind, reason in rows:
            raw = open(os.path.join(tmp, "mails", name), "rb").read()
            try:
                if re.search(rb"(?<!\r)\n", raw) or re.search(rb"\r(?!\n)", raw):
                    raise ValueError("bare LF or CR")
                if any(len(line) > 998 for line in raw.split(b"\r\n")):
                    raise ValueError("line longer than 998 octets")
                if label not in LABELS or lang not in ("de", "en") or not kind or not reason:
                    raise ValueError("bad labels row")
                if label == "NORMAL" and not reason:
                    raise ValueError("no reason")
                msg = email.message_from_bytes(raw, policy=email.policy.default)
                mid = msg["Message-ID"]
                if not mid or mid in mids:
                    raise ValueError("missing or duplicate Message-ID")
                mids.add(mid)
                if msg["Date"].datetime.year != 2026:
                    raise ValueError("date not in 2026")
                if not msg["From"].addresses[0].domain == DOM:
                    raise ValueError("sender not from %s" % DOM)
                texts = []
                _check_msg(msg, texts, name)
                alltext = "\n".join(texts)
                for h in _HOST_RE.findall(alltext):
                    h = h.rstrip(".").lower()
                    if not h.endswith(".example"):
                        raise ValueError("host not under .example: %s" % h)
                for ib in _IBAN_RE.findall(alltext):
                    ok = _iban_ok(ib)
                    if ok is False and ib.replace(" ", "") not in INVALID_IBAN_OK:
                        raise ValueError("invalid IBAN %s" % ib)
            except Exception as e:  # noqa: BLE001
                failures.append("%s: %s: %s" % (name, type(e).__name__, e))
    # 3. statistics
    from collections import Counter
    lab = Counter(r[1] for r in rows)
    lng = Counter(r[2] for r in rows)
    print("mails:", len(rows))
    for l in LABELS:
        print("  %-22s %3d  de %3d  en %3d" % (l, lab[l], sum(1 for r in rows if r[1] == l and r[2] == "de"),
                                             sum(1 for r in rows if r[1] == l and r[2] == "en")))
    print("  de %d, en %d" % (lng["de"], lng["en"]))
    if len(rows) != 150:
        failures.append("expected 150 mails, have %d" % len(rows))
    if failures:
        print("FAILURES:")
        for f in failures:
            print("  " + f)
        return 1
    print("all checks pass")
    return 0


def main():
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    rows = build(HERE)
    print("wrote %d mails and labels.tsv" % len(rows))


if __name__ == "__main__":
    main()
