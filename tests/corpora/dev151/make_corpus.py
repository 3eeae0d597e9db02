#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Siegel independent evaluation corpus dev151 (file prefix d151-).

150 fictitious outgoing e-mails of the invented "Auenwald Versicherungen"
(domain auenwald-versicherung.example), labelled NORMAL / CONFIDENTIAL /
STRICTLY_CONFIDENTIAL.  Standard library only.

    python3 make_corpus.py           # writes mails/ and labels.tsv
    python3 make_corpus.py --check   # rebuilds in memory, compares, parses, opens everything
"""
import base64
import csv
import datetime as _dt
import email
import email.policy
import email.utils
import hashlib
import html.parser
import io
import os
import quopri
import re
import sys
import zipfile
import zlib
from email.header import Header
from xml.etree import ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "d151-"
DOM = "auenwald-versicherung.example"
CRLF = b"\r\n"
ALLOWED_CHARSETS = {"utf-8", "iso-8859-1", "windows-1252", "us-ascii"}

# ---------------------------------------------------------------- IBAN helpers


def iban(country, bban, grouped=True):
    """Return a mod-97-valid IBAN for the given BBAN."""
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s)
    check = 98 - int(num) % 97
    raw = "%s%02d%s" % (country, check, bban)
    if not grouped:
        return raw
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def iban_ok(raw):
    raw = raw.replace(" ", "").upper()
    s = raw[4:] + raw[:4]
    try:
        return int("".join(str(int(c, 36)) for c in s)) % 97 == 1
    except ValueError:
        return False


# ---------------------------------------------------------------- MIME parts


class Part:
    def __init__(self, headers, body=b"", children=None, boundary=None, preamble=None):
        self.headers = headers          # list of (name, value) - value already encoded ASCII
        self.body = body                # bytes, CRLF line ends
        self.children = children        # list of Part for multiparts
        self.boundary = boundary
        self.preamble = preamble

    def to_bytes(self):
        out = []
        for name, value in self.headers:
            out.append(("%s: %s" % (name, value)).encode("ascii") + CRLF)
        out.append(CRLF)
        if self.children is None:
            out.append(self.body)
        else:
            b = self.boundary.encode("ascii")
            if self.preamble:
                out.append(self.preamble.encode("ascii") + CRLF)
            for ch in self.children:
                out.append(b"--" + b + CRLF)
                chb = ch.to_bytes()
                if not chb.endswith(CRLF):
                    chb += CRLF
                out.append(chb)
            out.append(b"--" + b + b"--" + CRLF)
        return b"".join(out)


def crlf(text):
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\n", "\r\n")


def enc_body(data, cte):
    """data: bytes with LF line ends. returns CRLF bytes encoded with cte."""
    if cte == "base64":
        e = base64.encodebytes(data).replace(b"\n", b"\r\n")
        return e
    if cte == "quoted-printable":
        e = quopri.encodestring(data, quotetabs=False)
        e = e.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        if not e.endswith(CRLF):
            e += CRLF
        return e
    # 7bit / 8bit
    e = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    if not e.endswith(CRLF):
        e += CRLF
    if cte == "7bit":
        e.decode("ascii")
    return e


def hval(s):
    """Encode an unstructured header value (RFC 2047 when needed, folded)."""
    try:
        s.encode("ascii")
        if len(s) < 70:
            return s
        return Header(s, "us-ascii", maxlinelen=76).encode(linesep="\r\n")
    except UnicodeEncodeError:
        return Header(s, "utf-8", maxlinelen=76).encode(linesep="\r\n")


def addr(a):
    """a: 'Name <x@y>' or ('Name','x@y') or 'x@y'."""
    if isinstance(a, tuple):
        name, ad = a
    else:
        name, ad = email.utils.parseaddr(a)
    if not name:
        return ad
    try:
        name.encode("ascii")
        return email.utils.formataddr((name, ad))
    except UnicodeEncodeError:
        return email.utils.formataddr((name, ad), charset="utf-8")


def addrlist(lst):
    if isinstance(lst, (str, tuple)):
        lst = [lst]
    parts = [addr(a) for a in lst]
    return ",\r\n ".join(parts)


def text(body, subtype="plain", charset="utf-8", cte=None, flowed=False, filename=None,
         disposition=None, extra=None):
    body = body.replace("\r\n", "\n")
    data = body.encode(charset)
    if cte == "base64":
        data = data.replace(b"\n", b"\r\n")
    if cte is None:
        try:
            data.decode("ascii")
            cte = "7bit"
        except UnicodeDecodeError:
            cte = "quoted-printable"
        if max(len(l) for l in data.split(b"\n")) > 900:
            cte = "quoted-printable"
    ct = 'text/%s; charset="%s"' % (subtype, charset)
    if flowed:
        ct += "; format=flowed"
    if filename:
        ct += '; name="%s"' % filename
    h = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if filename or disposition:
        h.append(("Content-Disposition", disp(disposition or "attachment", filename)))
    if extra:
        h.extend(extra)
    return Part(h, enc_body(data, cte))


def disp(kind, filename):
    if not filename:
        return kind
    try:
        filename.encode("ascii")
        return '%s; filename="%s"' % (kind, filename)
    except UnicodeEncodeError:
        q = "".join(c if c.isalnum() and c.isascii() or c in "-._" else "%%%02X" % b
                    for c in filename for b in c.encode("utf-8"))
        # the join above repeats multibyte chars; build properly
        q = ""
        for c in filename:
            if c.isascii() and (c.isalnum() or c in "-._"):
                q += c
            else:
                q += "".join("%%%02X" % b for b in c.encode("utf-8"))
        return "%s; filename*=utf-8''%s" % (kind, q)


def binary(data, ctype, filename, disposition="attachment", cte="base64"):
    name = filename
    try:
        name.encode("ascii")
        ct = '%s; name="%s"' % (ctype, name)
    except UnicodeEncodeError:
        ct = '%s; name="%s"' % (ctype, Header(name, "utf-8").encode())
    h = [("Content-Type", ct), ("Content-Transfer-Encoding", cte),
         ("Content-Disposition", disp(disposition, filename))]
    return Part(h, enc_body(data, cte))


def multi(subtype, children, boundary, preamble=None, extra=None):
    h = [("Content-Type", 'multipart/%s;\r\n boundary="%s"' % (subtype, boundary))]
    if extra:
        h.extend(extra)
    return Part(h, children=children, boundary=boundary, preamble=preamble)


def rfc822(msgbytes, filename=None):
    try:
        msgbytes.decode("ascii")
        cte = "7bit"
    except UnicodeDecodeError:
        cte = "8bit"
    h = [("Content-Type", "message/rfc822"), ("Content-Transfer-Encoding", cte)]
    if filename:
        h.append(("Content-Disposition", disp("attachment", filename)))
    else:
        h.append(("Content-Disposition", "inline"))
    return Part(h, msgbytes if msgbytes.endswith(CRLF) else msgbytes + CRLF)


# ---------------------------------------------------------------- dates / ids


def tz_for(d):
    # CET/CEST 2026: summer time 29 March 01:00 UTC .. 25 October 01:00 UTC
    if _dt.datetime(2026, 3, 29, 2) <= d < _dt.datetime(2026, 10, 25, 3):
        return _dt.timezone(_dt.timedelta(hours=2))
    return _dt.timezone(_dt.timedelta(hours=1))


def mkdate(s):
    """s: 'YYYY-MM-DD HH:MM[:SS]' local German time"""
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    d = _dt.datetime.strptime(s, fmt)
    return d.replace(tzinfo=tz_for(d))


def fmtdate(d):
    return email.utils.format_datetime(d)


# ---------------------------------------------------------------- documents


def _zip(members, date_time=(2026, 1, 2, 9, 0, 0), stored_first=False):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for i, m in enumerate(members):
            name, data = m[0], m[1]
            dt = m[2] if len(m) > 2 else date_time
            zi = zipfile.ZipInfo(name, date_time=dt)
            zi.compress_type = zipfile.ZIP_STORED if (stored_first and i == 0) else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            if isinstance(data, str):
                data = data.encode("utf-8")
            z.writestr(zi, data)
    return buf.getvalue()


def zipfile_bytes(members, date_time=(2026, 1, 2, 9, 0, 0)):
    return _zip(members, date_time)


def xesc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def _pdf_str(s):
    b = s.encode("cp1252", errors="replace")
    out = []
    for c in b:
        if c in (0x28, 0x29, 0x5C):
            out.append("\\" + chr(c))
        elif 32 <= c < 127:
            out.append(chr(c))
        else:
            out.append("\\%03o" % c)
    return "(" + "".join(out) + ")"


def _wrap(line, width=92):
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


def pdf(pages, title="Dokument", author="Auenwald Versicherungen AG", date="20260105090000",
        compress=True):
    """pages: list of pages, each a list of lines. A line starting with '# ' is bold 13pt."""
    if pages and isinstance(pages[0], str):
        pages = [pages]
    objs = []

    def add(o):
        objs.append(o)
        return len(objs)

    cat = add(None)
    pgs = add(None)
    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    kids = []
    for lines in pages:
        ops = ["BT", "/F1 10 Tf", "14 TL", "56 790 Td"]
        for line in lines:
            if line.startswith("# "):
                ops.append("/F2 13 Tf")
                for l in _wrap(line[2:], 70):
                    ops.append(_pdf_str(l) + " Tj T*")
                ops.append("/F1 10 Tf")
            else:
                for l in _wrap(line):
                    ops.append(_pdf_str(l) + " Tj T*")
        ops.append("ET")
        raw = ("\n".join(ops) + "\n").encode("latin-1")
        if compress:
            data = zlib.compress(raw, 9)
            cs = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(data) + data + b"\nendstream")
        else:
            cs = add(b"<< /Length %d >>\nstream\n" % len(raw) + raw + b"\nendstream")
        pg = add(("<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>"
                  % (pgs, f1, f2, cs)).encode("ascii"))
        kids.append(pg)
    objs[cat - 1] = ("<< /Type /Catalog /Pages %d 0 R >>" % pgs).encode("ascii")
    objs[pgs - 1] = ("<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % k for k in kids), len(kids))).encode("ascii")
    info = add(("<< /Title %s /Author %s /Producer (Auenwald DokGen 3.2) /CreationDate (D:%s+01'00') >>"
                % (_pdf_str(title), _pdf_str(author), date)).encode("latin-1"))
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(out.tell())
        out.write(b"%d 0 obj\n" % i + o + b"\nendobj\n")
    x = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1))
    for o in offs:
        out.write(b"%010d 00000 n \n" % o)
    fid = hashlib.md5(title.encode("utf-8") + date.encode()).hexdigest().upper()
    out.write(("trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
               % (len(objs) + 1, cat, info, fid, fid, x)).encode("ascii"))
    return out.getvalue()


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _core(title, author, created):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified>'
            '</cp:coreProperties>' % (xesc(title), xesc(author), created, created))


def docx(blocks, title="Dokument", author="Auenwald Versicherungen AG", created="2026-01-05T09:00:00Z"):
    """blocks: str paragraph | ('h', text) | ('table', rows)"""
    body = []

    def para(t, bold=False):
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return '<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, xesc(t))

    for b in blocks:
        if isinstance(b, str):
            body.append(para(b))
        elif b[0] == "h":
            body.append('<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:rPr><w:b/></w:rPr>'
                        '<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xesc(b[1]))
        elif b[0] == "table":
            rows = []
            for r in b[1]:
                cells = "".join('<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>%s</w:tc>'
                                % para(str(c)) for c in r)
                rows.append("<w:tr>%s</w:tr>" % cells)
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>%s</w:tbl>'
                        % "".join(rows))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="%s"><w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>'
           % (W_NS, "".join(body)))
    ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
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
    return _zip([("[Content_Types].xml", ctypes), ("_rels/.rels", rels),
                 ("word/document.xml", doc), ("docProps/core.xml", _core(title, author, created))],
                date_time=(1980, 1, 1, 0, 0, 0))


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets, title="Tabelle", author="Auenwald Versicherungen AG", created="2026-01-05T09:00:00Z"):
    """sheets: list of (name, rows); cell: str | int | float | None"""
    sheet_xml = []
    for name, rows in sheets:
        rx = []
        for ri, row in enumerate(rows, 1):
            cells = []
            for ci, v in enumerate(row):
                ref = "%s%d" % (_col(ci), ri)
                if v is None or v == "":
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<c r="%s"><v>%s</v></c>' % (ref, repr(v) if isinstance(v, float) else v))
                else:
                    cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, xesc(str(v))))
            rx.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
        sheet_xml.append('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                         '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                         '<sheetData>%s</sheetData></worksheet>' % "".join(rx))
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>%s</sheets></workbook>'
          % "".join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (xesc(n), i, i)
                    for i, (n, _) in enumerate(sheets, 1)))
    n = len(sheets)
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s'
              '<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
              '</Relationships>'
              % ("".join('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i, i)
                         for i in range(1, n + 1)), n + 1))
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
              '</styleSheet>')
    ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
              '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
              '%s<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>'
              % "".join('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % i
                        for i in range(1, n + 1)))
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    members = [("[Content_Types].xml", ctypes), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
               ("xl/_rels/workbook.xml.rels", wbrels), ("xl/styles.xml", styles)]
    for i, sx in enumerate(sheet_xml, 1):
        members.append(("xl/worksheets/sheet%d.xml" % i, sx))
    members.append(("docProps/core.xml", _core(title, author, created)))
    return _zip(members, date_time=(1980, 1, 1, 0, 0, 0))


ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" '
          'xmlns:office_ns="urn:oasis:names:tc:opendocument:xmlns:office:1.0"')


def _odf(mimetype, body_xml, title, created):
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<office:document-content %s office:version="1.2"><office:body>%s</office:body></office:document-content>'
               % (ODF_NS.replace(' xmlns:office_ns="urn:oasis:names:tc:opendocument:xmlns:office:1.0"', ''), body_xml))
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
            'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'office:version="1.2"><office:meta><dc:title>%s</dc:title><meta:creation-date>%s</meta:creation-date>'
            '<meta:generator>LibreOffice/7.6</meta:generator></office:meta></office:document-meta>' % (xesc(title), created))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:version="1.2" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mimetype)
    return _zip([("mimetype", mimetype), ("META-INF/manifest.xml", manifest),
                 ("content.xml", content), ("meta.xml", meta)],
                date_time=(2026, 1, 5, 9, 0, 0), stored_first=True)


def odt(blocks, title="Dokument", created="2026-01-05T09:00:00"):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append("<text:p>%s</text:p>" % xesc(b))
        elif b[0] == "h":
            out.append('<text:h text:outline-level="1">%s</text:h>' % xesc(b[1]))
        elif b[0] == "table":
            rows = "".join("<table:table-row>%s</table:table-row>" %
                           "".join("<table:table-cell><text:p>%s</text:p></table:table-cell>" % xesc(str(c)) for c in r)
                           for r in b[1])
            out.append('<table:table table:name="T1">%s</table:table>' % rows)
    return _odf("application/vnd.oasis.opendocument.text",
                "<office:text>%s</office:text>" % "".join(out), title, created)


def ods(sheets, title="Tabelle", created="2026-01-05T09:00:00"):
    tabs = []
    for name, rows in sheets:
        rx = []
        for r in rows:
            cells = []
            for v in r:
                if v is None or v == "":
                    cells.append("<table:table-cell/>")
                elif isinstance(v, (int, float)):
                    cells.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (v, v))
                else:
                    cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % xesc(str(v)))
            rx.append("<table:table-row>%s</table:table-row>" % "".join(cells))
        tabs.append('<table:table table:name="%s">%s</table:table>' % (xesc(name), "".join(rx)))
    return _odf("application/vnd.oasis.opendocument.spreadsheet",
                "<office:spreadsheet>%s</office:spreadsheet>" % "".join(tabs), title, created)


def csvdata(rows, charset="utf-8", delim=";"):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delim, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue().encode(charset)


def ics(uid, start, end, summary, location="", description="", organizer=None, attendees=(), stamp="20260105T080000Z"):
    def fold(line):
        b = line.encode("utf-8")
        if len(b) <= 74:
            return line
        out, cur = [], ""
        for ch in line:
            if len((cur + ch).encode("utf-8")) > 73:
                out.append(cur)
                cur = ch
            else:
                cur += ch
        out.append(cur)
        return "\r\n ".join(out)

    def esc(s):
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")

    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Auenwald Versicherungen//Kalender 2026//DE",
             "METHOD:REQUEST", "BEGIN:VTIMEZONE", "TZID:Europe/Berlin",
             "BEGIN:STANDARD", "DTSTART:19701025T030000", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100",
             "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD",
             "BEGIN:DAYLIGHT", "DTSTART:19700329T020000", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200",
             "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT", "END:VTIMEZONE",
             "BEGIN:VEVENT", "UID:%s" % uid, "DTSTAMP:%s" % stamp,
             "DTSTART;TZID=Europe/Berlin:%s" % start, "DTEND;TZID=Europe/Berlin:%s" % end,
             "SUMMARY:%s" % esc(summary)]
    if location:
        lines.append("LOCATION:%s" % esc(location))
    if description:
        lines.append("DESCRIPTION:%s" % esc(description))
    if organizer:
        lines.append("ORGANIZER;CN=%s:mailto:%s" % organizer)
    for cn, ad in attendees:
        lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s" % (cn, ad))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    return ("\r\n".join(fold(l) for l in lines) + "\r\n").encode("utf-8")


# attachment shorthands --------------------------------------------------------
CT = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "zip": "application/zip",
}


def att(filename, data, ctype=None):
    ext = filename.rsplit(".", 1)[-1].lower()
    return binary(data, ctype or CT.get(ext, "application/octet-stream"), filename)


def att_csv(filename, rows, charset="utf-8", ctype="text/csv", delim=";"):
    data = csvdata(rows, charset, delim)
    return binary(data, "%s; charset=%s" % (ctype, charset) if ctype.startswith("text/") else ctype,
                  filename, cte="base64" if charset != "us-ascii" else "7bit") if False else \
        Part([("Content-Type", '%s; charset="%s"; name="%s"' % (ctype, charset, filename)),
              ("Content-Transfer-Encoding", "base64"),
              ("Content-Disposition", disp("attachment", filename))], enc_body(data, "base64"))


def att_ics(filename, data):
    return Part([("Content-Type", 'text/calendar; charset="utf-8"; method=REQUEST; name="%s"' % filename),
                 ("Content-Transfer-Encoding", "base64"),
                 ("Content-Disposition", disp("attachment", filename))], enc_body(data, "base64"))


def att_html(filename, html_text, charset="utf-8"):
    data = html_text.encode(charset)
    return Part([("Content-Type", 'text/html; charset="%s"; name="%s"' % (charset, filename)),
                 ("Content-Transfer-Encoding", "quoted-printable"),
                 ("Content-Disposition", disp("attachment", filename))], enc_body(data, "quoted-printable"))


# ---------------------------------------------------------------- mail registry

MAILS = []
MAILERS = [
    "Microsoft Outlook 16.0",
    "Microsoft Outlook 16.0",
    "Microsoft Outlook 16.0",
    None,
]


class Mail:
    pass


def mail(label, lang, kind, reason, *, frm, to, subject, date, body=None, html=None, cc=None,
         charset="utf-8", cte=None, atts=(), flowed=False, extra=(), mailer="outlook",
         reply_to=None, in_reply_to=None, html_charset=None, html_cte=None, preamble=True,
         lang_header=True):
    m = Mail()
    m.label, m.lang, m.kind, m.reason = label, lang, kind, reason
    m.kw = dict(frm=frm, to=to, subject=subject, date=date, body=body, html=html, cc=cc,
                charset=charset, cte=cte, atts=atts, flowed=flowed, extra=extra, mailer=mailer,
                reply_to=reply_to, in_reply_to=in_reply_to, html_charset=html_charset,
                html_cte=html_cte, preamble=preamble, lang_header=lang_header)
    MAILS.append(m)
    return m


def build_inner(frm, to, subject, date, body, charset="utf-8", cte=None, cc=None, msgid=None):
    """A simple message used as message/rfc822 attachment (written by someone else)."""
    d = mkdate(date)
    h = [("From", addrlist(frm)), ("To", addrlist(to))]
    if cc:
        h.append(("Cc", addrlist(cc)))
    h += [("Subject", hval(subject)), ("Date", fmtdate(d))]
    if msgid:
        h.append(("Message-ID", msgid))
    h.append(("MIME-Version", "1.0"))
    p = text(body, charset=charset, cte=cte)
    return Part(h + p.headers, p.body).to_bytes()


def build(n, m):
    k = m.kw
    d = mkdate(k["date"])
    fid = "%s%04d" % (PREFIX, n)
    hsh = hashlib.sha1(fid.encode()).hexdigest()
    msgid = "<%s.%s.%s@%s>" % (d.strftime("%Y%m%d%H%M%S"), hsh[:6].upper(), hsh[6:14], "mail." + DOM)
    boundary_base = "----=_Part_%s_%s" % (hsh[14:22], hsh[22:30])
    h = [("From", addrlist(k["frm"])), ("To", addrlist(k["to"]))]
    if k["cc"]:
        h.append(("Cc", addrlist(k["cc"])))
    if k["reply_to"]:
        h.append(("Reply-To", addrlist(k["reply_to"])))
    h += [("Subject", hval(k["subject"])), ("Date", fmtdate(d)), ("Message-ID", msgid)]
    if k["in_reply_to"]:
        h.append(("In-Reply-To", k["in_reply_to"]))
        h.append(("References", k["in_reply_to"]))
    if k["mailer"] == "outlook":
        h.append(("X-Mailer", "Microsoft Outlook 16.0"))
    elif k["mailer"]:
        h.append(("User-Agent", k["mailer"]))
    if k["lang_header"] and m.lang in ("de", "en"):
        h.append(("Content-Language", "de-DE" if m.lang == "de" else "en-GB"))
    for e in k["extra"]:
        h.append((e[0], hval(e[1])))
    h.append(("MIME-Version", "1.0"))

    bcount = [0]

    def bnd():
        bcount[0] += 1
        return "%s.%d" % (boundary_base, bcount[0])

    parts_main = None
    if k["body"] is not None and k["html"] is not None:
        parts_main = multi("alternative", [
            text(k["body"], charset=k["charset"], cte=k["cte"], flowed=k["flowed"]),
            text(k["html"], "html", charset=k["html_charset"] or k["charset"], cte=k["html_cte"] or "quoted-printable")],
            bnd())
    elif k["html"] is not None:
        parts_main = text(k["html"], "html", charset=k["html_charset"] or k["charset"], cte=k["html_cte"] or k["cte"] or "quoted-printable")
    elif k["body"] is not None:
        parts_main = text(k["body"], charset=k["charset"], cte=k["cte"], flowed=k["flowed"])
    atts = [a() if callable(a) else a for a in k["atts"]]
    if atts:
        children = ([parts_main] if parts_main is not None else []) + atts
        top = multi("mixed", children, bnd(),
                    preamble="This is a multi-part message in MIME format." if k["preamble"] else None)
    else:
        top = parts_main
    msg = Part(h + top.headers, top.body, top.children, top.boundary, top.preamble)
    return msg.to_bytes()


# =============================================================================
# the invented world
# =============================================================================
# Auenwald Versicherungen AG, Auenwaldring 12, 34119 Kassel (all invented)


def S(local):
    return "%s@%s" % (local, DOM)


ST = {  # staff: key -> (display name, address)
    "marquardt": ("Dr. Helene Marquardt", S("helene.marquardt")),
    "kranich": ("Tobias Kranich", S("tobias.kranich")),
    "oltmanns": ("Sabine Oltmanns", S("sabine.oltmanns")),
    "weyer": ("Jan-Philipp Weyer", S("jan-philipp.weyer")),
    "aydin": ("Merve Aydın", S("merve.aydin")),
    "brenner": ("Lukas Brenner", S("lukas.brenner")),
    "vogelsang": ("Katrin Vogelsang", S("katrin.vogelsang")),
    "pohl": ("Dr. med. Ansgar Pohl", S("ansgar.pohl")),
    "schreiber": ("Fiona Schreiber", S("fiona.schreiber")),
    "toedt": ("Rainer Tödt", S("rainer.toedt")),
    "kluge": ("Nadine Kluge", S("nadine.kluge")),
    "haas": ("Oliver Haas", S("oliver.haas")),
    "berisha": ("Claudia Berisha", S("claudia.berisha")),
    "okafor": ("Daniel Okafor", S("daniel.okafor")),
    "lindqvist": ("Sarah Lindqvist", S("sarah.lindqvist")),
    "roloff": ("Bettina Roloff", S("datenschutz")),
    "engstfeld": ("Pia Engstfeld", S("pia.engstfeld")),
    "sauer": ("Henrik Sauer", S("henrik.sauer")),
    "wendland": ("Gesa Wendland", S("gesa.wendland")),
    "yilmaz": ("Emre Yılmaz", S("emre.yilmaz")),
    "petersen": ("Maike Petersen", S("maike.petersen")),
    "gruber": ("Stefan Gruber", S("stefan.gruber")),
}


def F(key):
    return ST[key]


# team mailboxes
REGRESS = ("Auenwald Regress", S("regress"))
RS_SCHADEN = ("Auenwald Rechtsschutz-Schadenservice", S("rechtsschutz-schaden"))
BESCHWERDE = ("Auenwald Beschwerdemanagement", S("beschwerde"))
KV_LEISTUNG = ("Auenwald Krankenversicherung Leistung", S("kv-leistung"))
NEWS = ("Auenwald Versicherungen", S("newsletter"))
NOREPLY = ("Auenwald Versicherungen", S("no-reply"))
SERVICE = ("Auenwald Kundenservice", S("service"))

ADDR_DE = "Auenwald Versicherungen AG · Auenwaldring 12 · 34119 Kassel"

SIG = {
    "marquardt": """Mit freundlichen Grüßen

Dr. Helene Marquardt
Leiterin Regress & Forderungsmanagement
Auenwald Versicherungen AG
Auenwaldring 12, 34119 Kassel
Telefon +49 561 7788-4410
helene.marquardt@auenwald-versicherung.example""",
    "kranich": """Viele Grüße
Tobias Kranich
Regress Kfz / Teilungsabkommen
Auenwald Versicherungen AG | Tel. 0561 7788-4423""",
    "oltmanns": """Freundliche Grüße

Sabine Oltmanns
Rechtsschutz-Schadenservice
Auenwald Versicherungen AG
Auenwaldring 12 · 34119 Kassel
Tel. 0561 7788-5120 · Fax 0561 7788-5199
rechtsschutz-schaden@auenwald-versicherung.example""",
    "weyer": """Mit freundlichen Grüßen

Jan-Philipp Weyer
Syndikusrechtsanwalt
Recht & Prozessführung
Auenwald Versicherungen AG
Auenwaldring 12, 34119 Kassel
T +49 561 7788-3002""",
    "aydin": """Mit freundlichen Grüßen

Merve Aydın
Beschwerdemanagement / Ombudsfälle
Auenwald Versicherungen AG
Telefon 0561 7788-2090
beschwerde@auenwald-versicherung.example""",
    "brenner": """Gruß
Lukas Brenner
Kfz-Schaden, Team Nord
Auenwald Versicherungen AG, Tel. 0561 7788-6231""",
    "vogelsang": """Mit freundlichen Grüßen

Katrin Vogelsang
Leistungsabteilung Krankenversicherung
Auenwald Krankenversicherung a.G.
Auenwaldring 12, 34119 Kassel
Telefon 0561 7788-7310""",
    "pohl": """Mit kollegialen Grüßen

Dr. med. Ansgar Pohl
Gesellschaftsarzt Leben / BU
Auenwald Lebensversicherung AG
Telefon 0561 7788-7901""",
    "schreiber": """Beste Grüße
Fiona Schreiber
Maklerbetreuung Region Mitte
Auenwald Versicherungen AG
Mobil +49 170 5550188""",
    "toedt": """Mit freundlichen Grüßen

Rainer Tödt
Schaden Sach/Gebäude
Auenwald Versicherungen AG
Tel. 0561 7788-6402""",
    "kluge": """Viele Grüße
Nadine Kluge
Personalabteilung / HR Services
Auenwald Versicherungen AG, Durchwahl -1140""",
    "haas": """Oliver Haas
IT-Servicedesk | Durchwahl -1999
Auenwald Versicherungen AG""",
    "berisha": """Freundliche Grüße

Claudia Berisha
Einkauf & Dienstleistersteuerung
Auenwald Versicherungen AG
Auenwaldring 12, 34119 Kassel
Tel. 0561 7788-1230""",
    "okafor": """Kind regards

Daniel Okafor
International Claims & Recoveries
Auenwald Versicherungen AG
Auenwaldring 12, 34119 Kassel, Germany
Phone +49 561 7788-4470""",
    "lindqvist": """Best regards,
Sarah Lindqvist
Reinsurance & Large Loss Management
Auenwald Versicherungen AG | +49 561 7788-4601""",
    "roloff": """Bettina Roloff
Datenschutzbeauftragte
Auenwald Versicherungen AG
datenschutz@auenwald-versicherung.example""",
    "engstfeld": """Mit freundlichen Grüßen / Kind regards

Pia Engstfeld
Reiseversicherung Leistung
Auenwald Versicherungen AG
Tel. +49 561 7788-7455""",
    "sauer": """Mit freundlichen Grüßen

Henrik Sauer
Leistung Leben / Berufsunfähigkeit
Auenwald Lebensversicherung AG
Telefon 0561 7788-7820""",
    "wendland": """Herzliche Grüße
Gesa Wendland
Unternehmenskommunikation
Auenwald Versicherungen AG""",
    "yilmaz": """Viele Grüße
Emre Yılmaz
Haftpflicht-Schaden / Regress
Auenwald Versicherungen AG · Tel. 0561 7788-6510""",
    "petersen": """Mit freundlichen Grüßen

Maike Petersen
Firmenkunden Schaden
Auenwald Versicherungen AG
Auenwaldring 12, 34119 Kassel
Tel. 0561 7788-6620""",
    "gruber": """Best regards
Stefan Gruber
Group Legal / Recht & Prozessführung
Auenwald Versicherungen AG, Kassel""",
}

DISC_DE = """--
Auenwald Versicherungen AG · Sitz Kassel · Amtsgericht Kassel HRB 99817
Vorstand: Dr. Konrad Feldhaus (Vors.), Ines Morgenroth, Timo Rasch
Vorsitzender des Aufsichtsrats: Prof. Dr. Walter Dannhauer

Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen.
Wenn Sie nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten
haben, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail.
Das unerlaubte Kopieren sowie die unbefugte Weitergabe dieser Mail ist nicht
gestattet."""

DISC_EN = """--
Auenwald Versicherungen AG, registered office Kassel, Germany, HRB 99817
This e-mail may contain confidential and/or privileged information. If you are
not the intended recipient, please notify the sender immediately and delete
this e-mail. Any unauthorised copying, disclosure or distribution is prohibited."""

DISC_BI = DISC_DE + "\n\n" + DISC_EN.split("\n", 2)[2]

# invented bank data ------------------------------------------------------------
IB_AUENWALD = iban("DE", "52050000" + "0061004417")          # insurer's own account
IB_KANZLEI_BRANDT = iban("DE", "52040021" + "0812334400")    # law firm (partnership)
IB_PFEIFFER = iban("DE", "52060410" + "0004711093")
IB_HOLZAPFEL = iban("DE", "52050353" + "0198337201")
IB_KRAUSE_RS = iban("DE", "37070024" + "0562219800")
IB_NOWAK = iban("DE", "44010046" + "0730455612")
IB_DEMIR = iban("DE", "52069519" + "0003377190")
IB_WOLTERS = iban("DE", "25050180" + "0901277352")
IB_AT_GRABNER = iban("AT", "20111" + "82934410672")
IB_GB_KENDRICK = iban("GB", "NWBK" + "60161331926819")
IB_NL_VANDERMEER = iban("NL", "INGB" + "0654219837")
IB_SEIDEL = iban("DE", "52040021" + "0914420011")
IB_INKASSO = iban("DE", "52050000" + "0077123400")
IB_BRAUER = iban("DE", "10020500" + "0001934455")
IB_WEBER_MAKLER = iban("DE", "52070024" + "0044210987")
IB_SCHEFFLER = iban("DE", "76050101" + "0043121876")
IB_OSEI = iban("DE", "12030000" + "1020443377")
IB_LUEBKE = iban("DE", "50010517" + "5407324931")


# =============================================================================
# MAILS
# =============================================================================

# ---- 0001
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
     "Regress § 86 VVG der PKV gegen Radfahrer: Verletzungen (distale Radiusfraktur S52.5) und Behandlungskosten der Versicherten, Aufstellung als XLSX",
     frm=F("marquardt"), to=("RA Dr. Frank Oehlmann", "f.oehlmann@oehlmann-ra.example"),
     subject="Ihr Az. 114/26 FO – Regress Auenwald Kranken ./. Ihren Mandanten Herrn Bastian Reuss",
     date="2026-01-07 10:14",
     body="""Sehr geehrter Herr Dr. Oehlmann,

wir nehmen Bezug auf Ihr Schreiben vom 19.12.2025 und machen für unsere Versicherungsnehmerin
Frau Renate Gellermann, geb. 03.05.1958, Kassel, die nach § 86 VVG auf uns übergegangenen
Ansprüche aus dem Unfall vom 14.10.2025 (Fulda-Radweg, Höhe Wolfsanger) geltend.

Ihr Mandant hat Frau Gellermann beim Überholen gestreift; sie stürzte auf die rechte Hand.
Im Klinikum Auental wurde eine distale Radiusfraktur rechts (ICD-10 S52.5) festgestellt und
am 15.10.2025 mit einer palmaren Plattenosteosynthese versorgt. Es folgten 18 Einheiten
Physiotherapie und eine Handtherapie.

Unsere Aufwendungen belaufen sich bislang auf 9.847,36 EUR; die Einzelaufstellung mit
Rechnungsdaten liegt bei. Die Haftung dem Grunde nach ist nach der Ermittlungsakte
(Az. 3410 Js 21877/25) nicht ernsthaft bestreitbar.

Wir bitten um Zahlung bis zum 06.02.2026 auf unser Konto bei der Landesbank Hessen-Thüringen,
IBAN """ + IB_AUENWALD + """, Verwendungszweck „RG-KV-2025-03318“.

Für Rückfragen stehe ich gern zur Verfügung.

""" + SIG["marquardt"] + "\n\n" + DISC_DE,
     atts=[lambda: att("Leistungsaufstellung_RG-KV-2025-03318.xlsx", xlsx([("Leistungen", [
         ["Regressakte", "RG-KV-2025-03318", "", "", ""],
         ["Versicherte", "Renate Gellermann, geb. 03.05.1958", "", "", ""],
         ["Datum", "Leistungserbringer", "Leistung", "Diagnose", "Betrag EUR"],
         ["15.10.2025", "Klinikum Auental, Unfallchirurgie", "stationär 4 Tage, OPS 5-794.k6", "S52.5", 6412.80],
         ["21.10.2025", "Dr. med. Lars Hoppe, Chirurgie", "Nachsorge, Röntgen", "S52.5", 186.44],
         ["03.11.2025", "Physio am Park GbR", "KG 12x", "S52.5", 412.20],
         ["17.11.2025", "Handtherapie Kessler", "Ergotherapie 6x", "S52.5", 298.50],
         ["02.12.2025", "Apotheke am Königstor", "Ibuprofen 600, Orthese", "S52.5", 94.72],
         ["09.12.2025", "Klinikum Auental", "Metallentfernung geplant (Kostenvoranschlag)", "Z47.0", 2442.70],
         ["", "", "", "Summe", 9847.36]])], title="Leistungsaufstellung"))])

# ---- 0002
mail("NORMAL", "de", "internal",
     "trap: Regress-Quartalszahlen nur aggregiert, Wörter wie Heilbehandlungskosten, § 116 SGB X, IBAN-Prüfung ohne Personenbezug",
     frm=F("marquardt"), to=[("Team Regress", S("team-regress"))], cc=[F("weyer")],
     subject="Regress Q4/2025 – Zahlen und Schwerpunkte für Januar",
     date="2026-01-08 08:02",
     body="""Liebes Team,

kurz die Zahlen aus dem Controlling für Q4/2025, bevor wir am Dienstag drüber reden:

  Eingänge aus Regress gesamt        4,82 Mio. EUR  (Q3: 4,31)
  davon Kfz / Teilungsabkommen       2,17 Mio.
  davon Sach (LW, Feuer)             1,36 Mio.
  davon KV (Heilbehandlungskosten)   0,94 Mio.
  davon Haftpflicht/Sonstiges        0,35 Mio.
  Quote realisiert / gefordert       61 %   (Ziel 2026: 65 %)
  offene Akten > 24 Monate           212

Auffällig: Bei den KV-Regressen gegen Kfz-Haftpflichtversicherer bleiben viele Akten hängen,
weil die Gegenseite auf Abstimmung mit den Sozialversicherungsträgern nach § 116 SGB X wartet.
Jan-Philipp prüft, ob wir das mit einem Musterschreiben beschleunigen.

Außerdem: Bitte bei Zahlungsaufforderungen ab sofort immer die IBAN aus dem Kontenstamm
kopieren und nicht abtippen – wir hatten im Dezember zwei Rückläufer wegen Zahlendrehern.

Schwerpunkte Januar:
- Verjährung zum 31.12. ist durch, Danke an alle fürs Durchziehen!
- Altakten-Bereinigung: alles ohne Bewegung seit 2022 bitte auf Abschreibung prüfen
- Schulung „Regress bei Radunfällen“ am 22.01., Einladung folgt

Viele Grüße
Helene""")

# ---- 0003
mail("CONFIDENTIAL", "en", "insurer-to-insurer",
     "subrogation against UK motor insurer: our insured named with plate, claim number and repair costs; nobody injured",
     frm=F("okafor"), to=("Claims Recoveries", "recoveries@caledonianshield.example"),
     subject="Subrogated claim – your policyholder Mr Gavin Tierney / our ref. KR-2025-118204",
     date="2026-01-09 14:37", mailer=None,
     body="""Dear Sir or Madam,

We insure the vehicle of Mr Jörg Pfeiffer, Kassel (VW Touran, registration KS-JP 448), which
was damaged on 28 November 2025 at the junction Wilhelmshöher Allee / Kölnische Straße,
Kassel, when your policyholder Mr Gavin Tierney, driving a hire car with UK plates
(LK71 XRW), failed to give way. The police attended; no one was injured.

We have indemnified our insured under his comprehensive cover and hereby claim the
subrogated amount of EUR 6,318.90 (repair costs EUR 5,402.30, towing EUR 386.60, assessor's
fee EUR 530.00), less nothing, as liability is clear from the police report.

Please find our recovery statement attached. We would be grateful for payment within
30 days to our account (Auenwald Versicherungen AG, IBAN """ + IB_AUENWALD + """,
BIC HELADEF1KAS), quoting KR-2025-118204.

If you are not the correct office for European hire cars, please forward this letter or let
us know the responsible green-card correspondent.

""" + SIG["okafor"] + "\n\n" + DISC_EN,
     atts=[lambda: att("Recovery_statement_KR-2025-118204.pdf", pdf([[
         "# Recovery statement / Regressforderung",
         "Auenwald Versicherungen AG - International Claims & Recoveries",
         "Our reference: KR-2025-118204        Date: 09 January 2026",
         "",
         "Our insured: Mr Jörg Pfeiffer, Heckerstraße 41, 34121 Kassel, Germany",
         "Vehicle: VW Touran 1.5 TSI, registration KS-JP 448, VIN WVGZZZ1TZPW018233",
         "Third party: Mr Gavin Tierney, hire car LK71 XRW (UK), insurer Caledonian Shield plc",
         "Date and place of loss: 28/11/2025, Wilhelmshöher Allee / Kölnische Straße, Kassel",
         "",
         "Repair costs (Autohaus Bremer GmbH, invoice 2025-4471)      EUR 5,402.30",
         "Towing (Abschleppdienst Fuchs)                              EUR   386.60",
         "Assessor's fee (Ingenieurbüro Kessler)                      EUR   530.00",
         "Total claimed                                               EUR 6,318.90",
         "",
         "No personal injury was reported by either party.",
     ]], title="Recovery statement KR-2025-118204"))])

# ---- 0004
mail("NORMAL", "en", "newsletter",
     "trap: legal newsletter on court rulings, anonymised claimants, words like expert opinion, medical evidence, lawyer fees",
     frm=NEWS, to=("Partners & brokers", "partner-news@auenwald-versicherung.example"),
     subject="Auenwald Legal Update 1/2026: lawyers' fees, expert opinions and the ombudsman",
     date="2026-01-12 07:30", mailer=None,
     extra=[("List-Unsubscribe", "<https://news.auenwald-versicherung.example/unsubscribe>"),
            ("Precedence", "bulk")],
     body="""AUENWALD LEGAL UPDATE 1/2026
===========================

1. Federal Court: lawyers' fees in legal expenses insurance
A claimant (name withheld in the published judgment) argued that his legal expenses insurer
had to pay a fee agreement above the statutory scale. The court disagreed: cover is limited
to the statutory fees unless the policy says otherwise. What this means for our customers:
nothing changes - our ARB 2024 already cover statutory fees only.

2. Expert opinions in motor claims
Courts keep confirming that an injured party may instruct an independent assessor once the
damage clearly exceeds the petty-damage limit (about EUR 750). We will publish a short
checklist for brokers in February.

3. Medical evidence in disability claims
Several rulings deal with how insurers must weigh treating doctors' reports against
independent medical opinions. Our claims team has updated its internal guideline; no
customer data is part of this newsletter.

4. Ombudsman statistics
The insurance ombudsman received slightly fewer complaints about legal expenses insurance
in 2025. Our own complaint rate stayed below the market average.

Read online: https://news.auenwald-versicherung.example/legal/2026-01
Unsubscribe: https://news.auenwald-versicherung.example/unsubscribe

Auenwald Versicherungen AG, Auenwaldring 12, 34119 Kassel, Germany""",
     html="""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Auenwald Legal Update 1/2026</title></head>
<body style="font-family:Arial,sans-serif;color:#1b2a3a">
<table width="600" cellpadding="12" style="border-collapse:collapse">
<tr><td style="background:#1d5c3b;color:#fff"><h1 style="margin:0;font-size:22px">Auenwald Legal Update 1/2026</h1></td></tr>
<tr><td><h2 style="font-size:16px">1. Federal Court: lawyers' fees in legal expenses insurance</h2>
<p>A claimant (name withheld in the published judgment) argued that his legal expenses insurer had to pay a fee agreement above the statutory scale. The court disagreed: cover is limited to the statutory fees unless the policy says otherwise. <b>What this means for our customers:</b> nothing changes - our ARB 2024 already cover statutory fees only.</p>
<h2 style="font-size:16px">2. Expert opinions in motor claims</h2>
<p>Courts keep confirming that an injured party may instruct an independent assessor once the damage clearly exceeds the petty-damage limit (about EUR&nbsp;750). We will publish a short checklist for brokers in February.</p>
<h2 style="font-size:16px">3. Medical evidence in disability claims</h2>
<p>Several rulings deal with how insurers must weigh treating doctors' reports against independent medical opinions. Our claims team has updated its internal guideline; no customer data is part of this newsletter.</p>
<h2 style="font-size:16px">4. Ombudsman statistics</h2>
<p>The insurance ombudsman received slightly fewer complaints about legal expenses insurance in 2025. Our own complaint rate stayed below the market average.</p>
<p><a href="https://news.auenwald-versicherung.example/legal/2026-01">Read online</a> &middot; <a href="https://news.auenwald-versicherung.example/unsubscribe">Unsubscribe</a></p></td></tr>
<tr><td style="font-size:11px;color:#667">Auenwald Versicherungen AG, Auenwaldring 12, 34119 Kassel, Germany</td></tr>
</table></body></html>""")

# ---- 0005
mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "Rechtsschutz-Deckungszusage Kündigungsschutzklage: Kunde mit Vertragsnummer, Bruttomonatsgehalt als Streitwertbasis",
     frm=RS_SCHADEN, to=("Marco Lindemann", "marco.lindemann@webpost.example"),
     subject="Ihre Rechtsschutzversicherung RS-4471-0923 – Deckungszusage Arbeitsrecht",
     date="2026-01-13 11:20",
     body="""Sehr geehrter Herr Lindemann,

vielen Dank für Ihre Nachricht vom 9. Januar und die Kopie des Kündigungsschreibens Ihres
Arbeitgebers, der Nordhessische Verpackungswerke GmbH, vom 30.12.2025.

Für die Kündigungsschutzklage vor dem Arbeitsgericht Kassel erteilen wir Ihnen aus Ihrem
Vertrag RS-4471-0923 (Privat-, Berufs- und Verkehrsrechtsschutz, Selbstbeteiligung 150 EUR)
Deckungszusage für die erste Instanz.

Den Gegenstandswert haben wir nach Ihren Angaben mit dem Vierteljahresverdienst angesetzt:
3 x 4.250,00 EUR brutto = 12.750,00 EUR. Sollten Sie zusätzlich Zeugnis- oder
Vergütungsansprüche geltend machen, melden Sie sich bitte vorher bei uns.

Ihr Anwalt, Herr RA Sven Tiedemann, kann seine Kostennote direkt an uns richten
(Schadennummer RS-S-2026-00417). Bitte beachten Sie die Klagefrist von drei Wochen ab
Zugang der Kündigung.

""" + SIG["oltmanns"] + "\n\n" + DISC_DE)

# ---- 0006
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
     "Strafrechtsschutz: Ermittlungsverfahren wegen fahrlässiger Körperverletzung gegen Versicherten (Straftat + Verletzung des Geschädigten)",
     frm=F("oltmanns"), to=("Kanzlei Brandt & Oyelaran", "kanzlei@brandt-oyelaran.example"),
     subject="AW: Deckungsanfrage Strafverteidigung – Herr Tim Scheffler, RS-S-2026-00452",
     date="2026-01-14 16:48",
     body="""Sehr geehrte Frau Rechtsanwältin Oyelaran,

zu Ihrer Deckungsanfrage für Herrn Tim Scheffler (VN-Nr. RS-5120-3381):

Nach der Ladung der Polizeidirektion Nordhessen wird gegen Ihren Mandanten wegen
fahrlässiger Körperverletzung (§ 229 StGB) ermittelt. Er soll am 02.01.2026 in Baunatal
beim Abbiegen eine Fußgängerin erfasst haben, die laut Anzeige eine Beckenprellung und
eine Gehirnerschütterung erlitt.

Aus dem Verkehrs-Rechtsschutz besteht Versicherungsschutz für die Verteidigung im
Ermittlungsverfahren (§ 2 i) ARB). Wir sagen die gesetzlichen Gebühren nach RVG zu,
Grundgebühr und Verfahrensgebühr. Eine Verurteilung wegen Vorsatz würde die Deckung
rückwirkend entfallen lassen; darauf weisen wir rein vorsorglich hin.

Bitte senden Sie uns nach Akteneinsicht eine kurze Einschätzung.

""" + SIG["oltmanns"] + """

-----Ursprüngliche Nachricht-----
Von: Kanzlei Brandt & Oyelaran <kanzlei@brandt-oyelaran.example>
Gesendet: Dienstag, 13. Januar 2026 09:12
An: rechtsschutz-schaden@auenwald-versicherung.example
Betreff: Deckungsanfrage Strafverteidigung

Sehr geehrte Damen und Herren,
wir zeigen die Verteidigung von Herrn Tim Scheffler an und bitten um Deckungszusage.
Ladung als Beschuldigter liegt bei.
Mit freundlichen Grüßen
Adaeze Oyelaran, Rechtsanwältin""")

# ---- 0007
mail("NORMAL", "de", "insurer-to-supplier",
     "trap: Aktenvernichtung von Prozess- und Gutachtenakten, Wörter Arztberichte/Gerichtsakten ohne Personenbezug; iso-8859-1",
     frm=F("berisha"), to=("Secura Aktenvernichtung GmbH", "dispo@secura-akten.example"),
     subject="Abholung Datenträger/Akten KW 4 – Standort Kassel",
     date="2026-01-15 09:05", charset="iso-8859-1", cte="quoted-printable",
     body="""Guten Morgen Frau Lüders,

wie telefonisch besprochen brauchen wir für KW 4 eine zusätzliche Abholung:

- 14 Sicherheitsbehälter 240 l (Altakten Recht & Prozessführung, abgeschlossene
  Gerichtsverfahren bis 2015, Gutachten, Schriftsätze)
- 6 Behälter aus der Leistungsabteilung Kranken (Arztberichte, Rechnungskopien,
  Aufbewahrungsfrist abgelaufen)
- 1 Gitterbox mit Festplatten aus dem Druckerpool (Schutzklasse 3, H-4 nach DIN 66399)

Abholung bitte Dienstag, 20.01., ab 7:30 Uhr an Rampe 2, Ansprechpartner vor Ort ist
Herr Kowalski vom Hausdienst (Tel. 0561 7788-1002). Vernichtungsprotokoll wie immer an
einkauf@auenwald-versicherung.example.

Bestellnummer: BE-2026-0088

""" + SIG["berisha"])

# ---- 0008
mail("CONFIDENTIAL", "mixed", "insurer-to-lawyer",
     "recourse against Dutch carrier for warehouse damage: insured company with named contact, claim number, claim amount; no health data",
     frm=F("petersen"), to=("mr. Joost van Dijk", "j.vandijk@vandijk-advocaten.example"), cc=[F("okafor")],
     subject="Recourse Spedition Gerlach GmbH ./. Transportbedrijf Hoekstra B.V. – our claim FK-2025-7731",
     date="2026-01-16 12:31",
     body="""Dear Mr van Dijk,

further to our call, please find below the facts for the recourse action in the Netherlands.
Our colleague Daniel Okafor is in copy.

Our policyholder Spedition Gerlach GmbH (contact: Mr Uwe Gerlach, managing director,
phone +49 561 5550 2231) had its warehouse gate and two racking units destroyed on
5 November 2025 when a lorry of Transportbedrijf Hoekstra B.V. (NL plate 92-BKR-4)
reversed into the building in Lohfelden. Nobody was hurt.

We paid EUR 48,760.00 under the commercial property policy FP-2207-115 and claim this
amount from Hoekstra and its motor liability insurer. The assessor's report (Dipl.-Ing.
Kessler) and our payment confirmation will follow by secure mail.

Unten noch der interne Vermerk, den ich der Vollständigkeit halber mitschicke:

> Vermerk FK-2025-7731 (M. Petersen, 12.01.2026): Herr Gerlach bestätigt telefonisch,
> dass der Fahrer vor Ort die Schuld eingeräumt hat. Fotos vom Rolltor liegen vor.
> Hoekstra-Versicherer lt. Grüner Karte: Noordzee Verzekeringen N.V.
> Selbstbehalt des VN 2.500 EUR – bitte im Regress mit geltend machen (Quotenvorrecht).

Could you let us know your fee estimate for a pre-litigation demand?

""" + SIG["petersen"] + "\n\n" + DISC_BI)

# ---- 0009
mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "travel health claim: appendicitis and hospital stay in Portugal, customer told about ombudsman route; health data of addressee",
     frm=F("engstfeld"), to=("Hannah Kowalski", "hannah.kowalski@mailbox.example"),
     subject="Your complaint about travel claim RV-2025-33015 (Hospital da Luz Faro)",
     date="2026-01-19 15:02",
     body="""Dear Ms Kowalski,

thank you for your e-mail of 12 January. I am sorry that our first decision on your travel
health claim caused frustration, and I have now reviewed the file again.

You were admitted to Hospital Particular do Algarve in Faro on 27 September 2025 with acute
appendicitis and underwent a laparoscopic appendectomy on the same day. The hospital
invoice of EUR 8,940.00 is covered in full under your annual travel policy RV-JA-71-2284.
We had only queried the two extra nights (30 Sept - 2 Oct) because the discharge letter did
not give a medical reason. The follow-up note from Dr. Sousa, which you sent on 12 January,
confirms a wound infection treated with antibiotics, so those nights are covered as well.

We will therefore pay a further EUR 1,480.00 to the hospital directly this week and
reimburse your pharmacy receipts of EUR 63.15 to your account.

If you are still not satisfied with our decision, you may contact the insurance ombudsman
(Ombudsstelle Versicherung e.V., www.ombudsstelle-versicherung.example); the procedure is free
of charge for you. Of course you can also simply reply to me.

""" + SIG["engstfeld"] + "\n\n" + DISC_EN)

# ---- 0010
mail("NORMAL", "de", "insurer-to-ombudsman",
     "trap: Jahresstatistik Beschwerden an die Ombudsstelle, nur Sparten- und Fallzahlen (ODS), Wörter Kranken/BU ohne Personen",
     frm=F("aydin"), to=("Ombudsstelle Versicherung e.V. – Geschäftsstelle", "geschaeftsstelle@ombudsstelle-versicherung.example"),
     subject="Jahresmeldung 2025 – Auenwald Versicherungen",
     date="2026-01-20 10:40",
     body="""Sehr geehrte Damen und Herren,

anbei wie jedes Jahr unsere Meldung der Beschwerdeverfahren 2025 in der vereinbarten
Gliederung (Sparte, Anzahl, Ausgang). Die Krankenversicherung ist wie besprochen nicht
enthalten, da sie über die PKV-Schlichtungsstelle läuft.

Für das Jahresgespräch im März schlage ich den 17. oder 19.03. vor.

""" + SIG["aydin"],
     atts=[lambda: att("Ombudsmeldung_2025_Auenwald.ods", ods([("2025", [
         ["Sparte", "Beschwerden", "davon abgeholfen", "Vergleich", "zurückgewiesen", "unzulässig"],
         ["Kfz", 41, 12, 9, 17, 3],
         ["Rechtsschutz", 58, 20, 11, 22, 5],
         ["Hausrat/Wohngebäude", 33, 14, 4, 13, 2],
         ["Haftpflicht", 19, 5, 3, 10, 1],
         ["Leben/BU", 27, 6, 5, 14, 2],
         ["Unfall", 9, 2, 1, 6, 0],
         ["Reise", 12, 7, 1, 4, 0],
         ["Summe", 199, 66, 34, 86, 13]])], title="Ombudsmeldung 2025"))])

# ---- 0011
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-ombudsman",
     "Stellungnahme im Ombudsverfahren BU: Beschwerdeführerin mit Name, Vertrag; PDF nennt depressive Episode F32.1 und Gutachten",
     frm=F("aydin"), to=("Ombudsstelle Versicherung e.V.", "verfahren@ombudsstelle-versicherung.example"),
     subject="Beschwerde Frau Carola Heinemeyer, Ihr Az. 2025-BU-08812 – Stellungnahme",
     date="2026-01-21 13:55",
     body="""Sehr geehrte Frau Dr. Albrecht,

zur Beschwerde von Frau Carola Heinemeyer gegen unsere Leistungsablehnung in der
Berufsunfähigkeitsversicherung (Vertrag LV-BU-3390127) übersenden wir fristgerecht unsere
Stellungnahme nebst Anlagenverzeichnis.

Die Leistungsakte einschließlich der ärztlichen Unterlagen stellen wir Ihnen gern über
unser SecureMail-Portal zur Verfügung, sobald Sie uns die Schweigepflichtentbindung der
Beschwerdeführerin übermitteln.

""" + SIG["aydin"] + "\n\n" + DISC_DE,
     atts=[lambda: att("Stellungnahme_2025-BU-08812.pdf", pdf([[
         "# Stellungnahme der Auenwald Lebensversicherung AG",
         "Ombudsverfahren Az. 2025-BU-08812 - Beschwerdeführerin: Frau Carola Heinemeyer, geb. 22.07.1979",
         "Vertrag LV-BU-3390127, versicherter Beruf: Grundschullehrerin, BU-Rente 1.450 EUR monatlich",
         "",
         "1. Sachverhalt",
         "Frau Heinemeyer beantragte am 04.03.2025 Leistungen wegen einer mittelgradigen depressiven Episode",
         "(ICD-10 F32.1) mit Arbeitsunfähigkeit seit 11.11.2024. Behandelnde Ärztin: Dr. med. Petra Lenz, Psychiatrie.",
         "2. Begutachtung",
         "Das Gutachten von Prof. Dr. med. Reinhard Albers vom 18.08.2025 stellt eine Besserung unter",
         "Sertralin 100 mg und Verhaltenstherapie fest; die Leistungsfähigkeit im Beruf sei zu mehr als 50 % gegeben.",
         "3. Bewertung",
         "Eine bedingungsgemäße Berufsunfähigkeit von mindestens 50 % über sechs Monate ist nicht belegt.",
         "Wir bieten gleichwohl kulanzweise eine befristete Leistung für 6 Monate an (Vergleichsvorschlag).",
         "",
         "Kassel, 21.01.2026 - Auenwald Lebensversicherung AG, Beschwerdemanagement",
     ]], title="Stellungnahme 2025-BU-08812"))])

# ---- 0012
mail("NORMAL", "en", "internal",
     "trap: IT migration of the legal-matter system; words case files, claimant names, medical reports, no person concerned; us-ascii",
     frm=F("haas"), to=[("Legal & Recoveries users", S("lextrack-users"))],
     subject="LexTrack migration this weekend - read-only from Friday 16:00",
     date="2026-01-22 11:03", charset="us-ascii", mailer="Microsoft Outlook 16.0",
     body="""Hi all,

a quick reminder: LexTrack (our matter management for litigation, recoveries and ombudsman
cases) moves to the new platform this weekend.

- Friday 23 Jan, 16:00: LexTrack becomes read-only
- Saturday/Sunday: migration of all case files, deadlines and document links
- Monday 26 Jan, 07:00: new URL https://lextrack.intra.auenwald-versicherung.example

What you need to know:
* Claimant names and court reference numbers are migrated as they are. Please do not
  create test cases with real claimant names in the training environment.
* Attachments (pleadings, expert opinions, medical reports) stay in the DMS; LexTrack only
  stores links, so nothing gets copied.
* Court deadlines entered after Friday 16:00 must go on the paper deadline list at the
  secretariat and be entered on Monday.

Questions -> servicedesk, ticket category "LexTrack".

Thanks,
""" + SIG["haas"])

# ---- 0013
mail("CONFIDENTIAL", "de", "insurer-to-expert",
     "Gutachtenauftrag Kfz-Schaden: Halterin mit Name, Telefon, Kennzeichen, Schadennummer; keine Verletzung",
     frm=F("brenner"), to=("Ingenieurbüro Kessler", "auftrag@kessler-gutachten.example"),
     subject="Gutachtenauftrag KS-2026-004127 / HR-AK 219",
     date="2026-01-23 08:47",
     body="""Hallo Herr Kessler,

bitte Haftpflichtgutachten (Gegnerfahrzeug, Regress wahrscheinlich):

Schaden-Nr.:    KS-2026-004127
Anspruchst.:    Frau Svenja Möllring, Tel. 0176 5550 3391
Fahrzeug:       Skoda Octavia Combi, HR-AK 219, EZ 03/2021
Besichtigung:   bei der Halterin, Am Rain 7, 34582 Borken (Hessen), werktags ab 16 Uhr
Schadenbild:    Heckschaden nach Auffahrunfall 19.01., unser VN ist aufgefahren
Personenschaden: keiner

Bitte Restwert mit ermitteln, das Fahrzeug hat schon 148 tkm. Frau Möllring ist informiert
und erwartet Ihren Anruf.

""" + SIG["brenner"])

# ---- 0014
mail("NORMAL", "de", "insurer-to-lawyer",
     "grey: Rahmenvereinbarung mit Kanzlei (Partnerschaftsgesellschaft), Kanzlei-IBAN und Honorarsätze, keine natürliche Person als Betroffener; trap",
     frm=F("weyer"), to=("Seidel Fuchs Rechtsanwälte PartG mbB", "sekretariat@seidel-fuchs-recht.example"),
     subject="Rahmenvereinbarung Regressmandate 2026 – Gegenzeichnung",
     date="2026-01-26 17:22",
     body="""Sehr geehrter Herr Kollege Seidel,

vielen Dank für die konstruktiven Gespräche. Ich fasse die Eckpunkte der Rahmenvereinbarung
für Regress- und Passivmandate 2026 zusammen, die unterschriebene Fassung kommt per Post:

1. Vergütung nach RVG, bei Regressen unter 5.000 EUR pauschal 390 EUR netto je Akte
2. Reisekosten nur nach vorheriger Freigabe
3. Berichtspflicht: Erstbericht binnen 14 Tagen, danach quartalsweise über LexTrack-Export
4. Zahlung auf das Kanzleikonto bei der Commerzbank, IBAN """ + IB_SEIDEL + """
   (bitte bestätigen Sie die Bankverbindung noch einmal schriftlich – wir prüfen wegen
   der aktuellen Betrugsfälle jede Änderung telefonisch)
5. Datenschutz: Auftragsverarbeitung liegt nicht vor (eigene Verantwortlichkeit der
   Kanzlei), Mandantendaten nur über unser SecureMail-Portal

Laufzeit 01.02.2026 bis 31.01.2027.

""" + SIG["weyer"] + "\n\n" + DISC_DE)

# ---- 0015
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
     "Body harmlos ('Entwurf anbei'); DOCX-Klageerwiderung: Rücktritt/Anfechtung Lebensversicherung wegen verschwiegener Hypertonie und Diabetes – nur im Anhang",
     frm=F("weyer"), to=("RA Dr. Miriam Fuchs", "m.fuchs@seidel-fuchs-recht.example"),
     subject="LG Kassel 4 O 1187/25 – Entwurf Klageerwiderung",
     date="2026-01-27 19:05",
     body="""Liebe Frau Dr. Fuchs,

anbei mein Entwurf der Klageerwiderung mit der Bitte um kritische Durchsicht. Die Frist
läuft am 09.02. ab; wenn Sie bis Mittwoch kommentieren könnten, wäre das prima.

Beste Grüße
Jan-Philipp Weyer

--
Gesendet von unterwegs""", mailer=None,
     atts=[lambda: att("Klageerwiderung_4O1187-25_Entwurf_v2.docx", docx([
         ("h", "Landgericht Kassel – 4 O 1187/25"),
         "In dem Rechtsstreit Gisela Brauer ./. Auenwald Lebensversicherung AG",
         "beantragen wir, die Klage abzuweisen.",
         ("h", "I. Sachverhalt"),
         "Der verstorbene Versicherte, Herr Dieter Brauer (geb. 11.02.1961, verstorben 02.06.2025), schloss am 01.04.2023 eine Risikolebensversicherung über 150.000 EUR ab. Die Gesundheitsfrage 3 (Bluthochdruck, Diabetes) verneinte er.",
         "Aus den Unterlagen der Hausärztin Dr. Anke Sommer ergibt sich eine seit 2019 behandelte arterielle Hypertonie (I10.90) und ein Diabetes mellitus Typ 2 (E11.9) unter Metformin 1000 mg.",
         "Todesursache laut Leichenschauschein: akuter Myokardinfarkt (I21.9).",
         ("h", "II. Rechtliche Würdigung"),
         "Die Beklagte hat wirksam die Anfechtung wegen arglistiger Täuschung (§ 22 VVG, § 123 BGB) erklärt; hilfsweise ist sie nach § 19 Abs. 2 VVG zurückgetreten.",
         ("table", [["Anlage", "Inhalt"], ["B1", "Antrag vom 01.04.2023"], ["B2", "Befundbericht Dr. Sommer"], ["B3", "Leichenschauschein"]]),
     ], title="Klageerwiderung Entwurf", author="Weyer, Jan-Philipp"))])

# ---- 0016
mail("CONFIDENTIAL", "en", "insurer-to-broker",
     "recovery result for commercial fire client with named risk manager and amounts; company policyholder with contact person",
     frm=F("lindqvist"), to=("Alistair Pryce", "a.pryce@thornbury-brokers.example"),
     subject="RE: Harwell Components fire – recovery from electrical contractor",
     date="2026-01-28 10:12", mailer=None,
     body="""Hi Alistair,

good news on the Harwell Components GmbH file (our claim FK-2024-5520, policy FP-1980-022):
the liability insurer of Elektro Wendisch KG has accepted 70 % liability for the fire in
the Hann. Münden plant and will pay EUR 1,134,000 within four weeks. The remaining 30 %
reflects the missing thermographic inspection on the client's side, which our expert
could not rule out as a contributing cause.

From the recovery, the client's uninsured losses (deductible EUR 50,000 and the BI waiting
period) will be paid out first, as agreed. Could you let Ms Ruth Ebeling (their risk
manager) know? I'd rather you brief her before our formal letter arrives.

Sarah

> From: Alistair Pryce <a.pryce@thornbury-brokers.example>
> Sent: 27 January 2026 17:40
> Any news on Harwell? Ruth Ebeling is chasing me every week. Thx, A.

""" + SIG["lindqvist"])

# ---- 0017
mail("NORMAL", "en", "insurer-to-partner",
     "trap: recovery statistics per line for reinsurer as XLSX, aggregated amounts only, words subrogation, personal injury, medical",
     frm=F("lindqvist"), to=("Treaty Claims", "treaty.claims@meridian-re.example"),
     subject="Auenwald - recoveries 2025 by line (treaty reporting)",
     date="2026-01-29 09:20",
     body="""Dear colleagues,

as agreed in the treaty wording, here are our 2025 recoveries (subrogation, contribution and
sharing agreements) by line and size band. Figures are gross, in EUR thousand, no
individual claims are identifiable. Personal injury recoveries include medical costs
recovered by our health insurer.

Happy to discuss on the quarterly call.

""" + SIG["lindqvist"],
     atts=[lambda: att("Recoveries_2025_by_line.xlsx", xlsx([
         ("By line", [["Line", "Claims paid (kEUR)", "Recovered (kEUR)", "Rate", "Open files"],
                      ["Motor own damage", 41250, 7310, 0.177, 1204],
                      ["Property (fire, water)", 38760, 5120, 0.132, 488],
                      ["General liability", 12400, 960, 0.077, 131],
                      ["Health (medical costs, sec. 86 VVG)", 96100, 3880, 0.04, 602],
                      ["Accident", 8300, 410, 0.049, 77],
                      ["Commercial property", 22950, 2740, 0.119, 66]]),
         ("Size bands", [["Band", "Files", "Recovered (kEUR)"],
                         ["< 5k", 3120, 4210], ["5k-50k", 890, 8740], ["50k-500k", 61, 4730], ["> 500k", 4, 2740]])],
         title="Recoveries 2025"))])

# ---- 0018
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "Unfallversicherung: Invaliditätsleistung nach Knieverletzung (Gliedertaxe), Hinweis auf Regress gegen Schädiger; Gesundheitsdaten des Adressaten",
     frm=F("sauer"), to=("Werner Holzapfel", "w.holzapfel@kabelmail.example"),
     subject="Ihre Unfallversicherung UV-2201-5567 – Invaliditätsleistung",
     date="2026-02-02 14:30",
     body="""Sehr geehrter Herr Holzapfel,

das Gutachten von Dr. med. Jürgen Pantel vom 12.01.2026 liegt uns vor. Danach besteht nach
dem Sturz auf der vereisten Treppe Ihres Vermieters am 08.02.2025 eine dauerhafte
Funktionsbeeinträchtigung des linken Kniegelenks (Zustand nach Tibiakopffraktur, Bewegungs-
einschränkung Streckung/Beugung 0-5-100) von 3/10 Beinwert unterhalb der Mitte des
Oberschenkels.

Nach der Gliedertaxe ergibt sich ein Invaliditätsgrad von 18 % (60 % x 3/10). Bei einer
Grundsumme von 100.000 EUR und Progression 225 % zahlen wir Ihnen 18.000,00 EUR auf Ihr
Konto """ + IB_HOLZAPFEL + """.

Wir prüfen außerdem, ob wir Ansprüche gegen Ihren Vermieter wegen der Verletzung der
Räum- und Streupflicht geltend machen. Bitte teilen Sie uns dazu den Namen seiner
Haftpflichtversicherung mit, falls Sie ihn kennen. Ihre eigenen Schmerzensgeldansprüche
sind davon nicht betroffen.

""" + SIG["sauer"] + "\n\n" + DISC_DE)

# ---- 0019
mail("NORMAL", "de", "auto-reply",
     "trap: Abwesenheitsnotiz mit 'Gerichtstermin' und Vertretung, keine Personendaten; windows-1252",
     frm=F("weyer"), to=("Kanzlei Brandt & Oyelaran", "kanzlei@brandt-oyelaran.example"),
     subject="Automatische Antwort: Termin OLG Frankfurt – Terminsvertretung?",
     date="2026-02-03 07:12", charset="windows-1252", cte="quoted-printable", mailer=None,
     extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
     body="""Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Donnerstag, 5. Februar, wegen auswärtiger Gerichtstermine nur
eingeschränkt erreichbar. Ihre E-Mail wird nicht weitergeleitet.

In dringenden Fällen (Fristsachen, Zustellungen) wenden Sie sich bitte an
recht@auenwald-versicherung.example oder an Frau Sabine Oltmanns, Tel. 0561 7788-5120.

Mit freundlichen Grüßen
Jan-Philipp Weyer – Recht & Prozessführung""")

# ---- 0020
mail("CONFIDENTIAL", "de", "insurer-to-company",
     "Regress Leitungswasserschaden gegen Mieterin: Mieterin und Eigentümer namentlich, Schadennummer, Schadenhöhe; base64-Body",
     frm=F("toedt"), to=("Hausverwaltung Lenz GmbH", "info@hv-lenz.example"),
     subject="Leitungswasserschaden Goethestr. 88, Kassel – Schaden WG-2025-22871",
     date="2026-02-04 11:45", cte="base64",
     body="""Sehr geehrte Damen und Herren,

Ihr Auftraggeber, Herr Ewald Nowak, ist bei uns mit dem Mehrfamilienhaus Goethestraße 88
in 34119 Kassel wohngebäudeversichert. Für den Leitungswasserschaden vom 17.11.2025 haben
wir bisher 14.296,50 EUR gezahlt (Trocknung, Estrich, Malerarbeiten in den Wohnungen
1. OG links und EG links).

Nach dem Bericht des Installateurs ist der Schaden durch einen unsachgemäß selbst
angeschlossenen Waschmaschinenzulauf in der Wohnung von Frau Daniela Kurz (2. OG links)
entstanden. Wir prüfen einen Regress gegen Frau Kurz bzw. ihre Privathaftpflichtversicherung.

Bitte teilen Sie uns mit:
1. ob Frau Kurz Ihnen eine Privathaftpflichtversicherung nachgewiesen hat (Gesellschaft,
   Versicherungsnummer),
2. ihre aktuelle Anschrift, falls sie inzwischen ausgezogen ist,
3. ob im Mietvertrag ein Regressverzicht vereinbart ist.

Schaden-Nr. bitte immer angeben: WG-2025-22871.

""" + SIG["toedt"] + "\n\n" + DISC_DE)

# ---- 0021
mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-doctor",
     "request for medical report to treating doctor in Mallorca: patient named, fracture and concussion, travel health claim",
     frm=F("engstfeld"), to=("Dr. Lucía Ferrer Vidal", "consulta@ferrer-traumatologia.example"),
     subject="Patient Mr Konstantin Wolters, DOB 14/09/1966 - request for medical report",
     date="2026-02-05 09:58",
     body="""Dear Dr Ferrer,

we are the travel health insurer of your patient Mr Konstantin Wolters, date of birth
14 September 1966, who was treated in your practice in Palma from 22 to 29 January 2026
after a scooter accident (fracture of the left clavicle, suspected concussion).

To settle your invoice no. 2026/0147 (EUR 2,315.00) and to examine a possible recovery
against the rental company, we kindly ask for a short medical report covering:

  - diagnoses and date of first treatment,
  - whether alcohol or medication played a role according to your findings,
  - whether the patient was fit to fly on 30 January.

Mr Wolters' signed consent to release medical information is attached to our portal
message; please upload the report there or reply to this e-mail, which is sent via our
secure channel.

""" + SIG["engstfeld"] + "\n\n" + DISC_EN)

# ---- 0022
mail("NORMAL", "mixed", "internal",
     "trap: process mail about ombudsman/Schlichtungsstelle deadlines, German and English, no case details; 8bit format=flowed",
     frm=F("aydin"), to=[("Beschwerdemanagement", S("beschwerde-team")), F("okafor")],
     subject="Neuer Ablauf Ombudsfälle / new workflow for ombudsman cases",
     date="2026-02-06 13:13", cte="8bit", flowed=True, mailer="Mozilla Thunderbird 128.6",
     body="""Hallo zusammen, hi Daniel,

ab 1. März gilt für Ombuds- und Schlichtungsfälle:

1. Eingang wird am selben Tag in LexTrack angelegt (Kategorie OMB).
2. Fachbereich bekommt 10 Arbeitstage für den Entwurf der Stellungnahme.
3. Freigabe durch mich oder Jan-Philipp, Versand nur über das Portal der Ombudsstelle.
4. Wenn wir abhelfen: Kunde bekommt zuerst unseren Brief, dann die Ombudsstelle.

Daniel, for the English-speaking customers (mainly expats in travel and health) please use
the new template "OMB_EN_v3" - it explains the German ombudsman procedure in plain English.
The template has placeholders only, please don't save filled-in copies in the team folder.

Danke & thanks!
Merve""")

# ---- 0023
mail("CONFIDENTIAL", "de", "insurer-to-lawyer",
     "Prüfung einer RVG-Kostennote im Mietrechtsstreit: Mandant namentlich, Rechtsschutzvertrag, Streitwert aus Monatsmiete",
     frm=F("oltmanns"), to=("RA Holger Wiegand", "kanzlei@ra-wiegand.example"),
     subject="AW: Kostennote Nr. 2026-031 / Ihr Mandant Herr Yusuf Demir",
     date="2026-02-09 15:26",
     body="""Sehr geehrter Herr Wiegand,

danke für die Kostennote. Wir regulieren wie folgt:

Gegenstandswert Räumungsklage: 12 x 870,00 EUR Nettokaltmiete = 10.440,00 EUR (nicht, wie
angesetzt, inklusive Nebenkosten). Daraus:
  1,3 Verfahrensgebühr   865,80 EUR
  1,2 Terminsgebühr      799,20 EUR
  Auslagenpauschale       20,00 EUR
  19 % USt               320,15 EUR
  Summe                2.005,15 EUR
abzgl. Selbstbeteiligung Ihres Mandanten (RS-3310-0815) 250,00 EUR = 1.755,15 EUR.

Die Zahlung wird heute angewiesen. Die Selbstbeteiligung fordern Sie bitte direkt bei
Herrn Demir an.

""" + SIG["oltmanns"] + """

Von: RA Holger Wiegand <kanzlei@ra-wiegand.example>
Gesendet: Freitag, 6. Februar 2026 10:03
An: Rechtsschutz-Schadenservice
Betreff: Kostennote Nr. 2026-031 / Ihr Mandant Herr Yusuf Demir

Sehr geehrte Damen und Herren,
in der Räumungssache Vermieterin Ilse Rothe ./. Demir, AG Kassel 451 C 2290/25, überreiche
ich meine Kostennote über 2.211,04 EUR mit der Bitte um Ausgleich.
Mit freundlichen Grüßen
Wiegand, Rechtsanwalt""")

# ---- 0024
mail("STRICTLY_CONFIDENTIAL", "de", "internal",
     "interne Weiterleitung eines Entlassberichts als angehängte E-Mail (message/rfc822) für KV-Regress nach Hundebiss; Diagnosen nur im Anhang",
     frm=F("vogelsang"), to=[F("marquardt")],
     subject="WG: Entlassbericht – bitte Regress Hundehalter prüfen (KV 77120394)",
     date="2026-02-10 10:01",
     body="""Hallo Frau Dr. Marquardt,

anbei die Mail der Klinik mit dem Entlassbericht. Der Halter des Hundes ist namentlich
bekannt (siehe Polizeibericht in der Akte), Tierhalterhaftpflicht laut Versicherter bei
der Nordlicht. Könnten Sie das übernehmen?

Gruß
Katrin Vogelsang""",
     atts=[lambda: rfc822(build_inner(
         ("Sekretariat Chirurgie, Klinikum Auental", "sekretariat.chirurgie@klinikum-auental.example"),
         F("vogelsang"),
         "Entlassbericht Frau Aylin Yıldız, geb. 30.06.1994",
         "2026-02-09 16:20",
         """Sehr geehrte Frau Vogelsang,

wie angefordert der Kurzbericht:

Patientin: Aylin Yıldız, geb. 30.06.1994, KV-Nr. 77120394
Aufnahme: 31.01.2026, Entlassung: 05.02.2026
Diagnosen: Hundebissverletzung rechter Unterarm mit Sehnenbeteiligung (S56.1, W54.0),
Wundinfektion (T79.3)
Therapie: chirurgische Wundrevision, Sehnennaht, i.v. Antibiose (Ampicillin/Sulbactam)
Weiteres Vorgehen: Handtherapie, Wiedervorstellung in 2 Wochen

Mit freundlichen Grüßen
Sekretariat Prof. Dr. Hagen, Klinik für Unfall- und Handchirurgie""",
         msgid="<a81c2.20260209@klinikum-auental.example>"), "Entlassbericht_Yildiz.eml")])

# ---- 0025
mail("NORMAL", "en", "insurer-to-supplier",
     "trap: framework contract with a translation agency for court documents and medical expert reports, no case content",
     frm=F("berisha"), to=("Polyglott Fachübersetzungen GmbH", "projects@polyglott-uebersetzung.example"),
     subject="Framework agreement 2026 - legal and medical translations",
     date="2026-02-11 12:00",
     body="""Dear Ms Harker,

thank you for your revised offer. We accept it with the following points:

- Legal translations (statements of claim, judgments, settlement agreements) DE<>EN, DE<>NL,
  DE<>ES: EUR 1.65 per standard line, certified translations EUR 2.10
- Medical translations (expert opinions, hospital reports) only by translators with a
  medical background, same rates plus 10 %
- Turnaround 5 working days, urgent 48 h (+30 %)
- Files are exchanged only through our secure portal; your staff sign our confidentiality
  undertaking (template attached to the contract)

Purchase order and contract will follow from our procurement system this week.

""" + SIG["berisha"])


# ---- 0026
mail("NORMAL", "de", "insurer-to-customer",
     "trap: Interessent fragt nach Rechtsschutz; allgemeine Produktinfo mit Scheidung, Kündigung, Anwaltskosten, kein Vertrag, keine persönlichen Daten",
     frm=SERVICE, to=("Lea Brandis", "lea.brandis@posteo-mail.example"),
     subject="AW: Was zahlt eine Rechtsschutzversicherung eigentlich?",
     date="2026-02-12 16:05",
     body="""Hallo Frau Brandis,

danke für Ihre Frage über unser Kontaktformular. Gern ein kurzer Überblick:

Unser Rechtsschutz „AuenRecht Komfort“ übernimmt Anwalts- und Gerichtskosten, Kosten für
gerichtlich bestellte Sachverständige und Zeugen sowie die Kosten der Gegenseite, wenn Sie
einen Prozess verlieren. Versichert werden können z. B. Arbeitsrecht (etwa bei einer
Kündigung), Mietrecht, Verkehrsrecht und Vertragsrecht.

Nicht versichert sind zum Beispiel Scheidungen selbst – hier zahlen wir nur eine
Erstberatung beim Anwalt bis 250 EUR. Für die meisten Bereiche gilt eine Wartezeit von
drei Monaten; Streitigkeiten, die schon vorher begonnen haben, sind nicht versichert.

Eine Übersicht mit Beispielrechnungen finden Sie unter
https://www.auenwald-versicherung.example/rechtsschutz. Wenn Sie möchten, ruft Sie eine
Kollegin aus dem Vertrieb zurück – antworten Sie einfach auf diese Mail mit einer
Wunschzeit.

Freundliche Grüße
Ihr Auenwald Kundenservice
Telefon 0561 7788-0""")

# ---- 0027
mail("CONFIDENTIAL", "de", "insurer-to-insurer",
     "Teilungsabkommen-Abrechnung mit anderem Kfz-Versicherer: CSV mit Namen der Versicherungsnehmer, Kennzeichen, Schadennummern (windows-1252)",
     frm=F("kranich"), to=("Nordlicht Allgemeine – TA-Abrechnung", "ta-abrechnung@nordlicht-versicherung.example"),
     subject="Teilungsabkommen Kfz – Sammelanforderung Januar 2026",
     date="2026-02-13 09:33",
     body="""Sehr geehrte Kolleginnen und Kollegen,

anbei unsere Sammelanforderung nach dem Teilungsabkommen für Januar 2026 (7 Fälle,
Gesamtforderung 31.842,17 EUR, Quote 50 % nach Ziff. 3 TA). Die Liste enthält wie gewohnt
Ihre Versicherungsnehmer, deren Kennzeichen und unsere Schadennummern.

Ausgleich bitte gesammelt auf unser Konto unter Angabe „TA-NL-2026-01“.

""" + SIG["kranich"],
     atts=[lambda: att_csv("TA_Nordlicht_2026-01.csv", [
         ["Unsere SchadenNr", "Schadentag", "Ihr VN", "Kennzeichen", "Aufwand EUR", "Quote", "Forderung EUR"],
         ["KS-2025-118877", "02.12.2025", "Günther Pfaff", "KS-GP 310", "4.210,40", "50%", "2.105,20"],
         ["KS-2025-119402", "05.12.2025", "Monika Strüber", "HR-MS 77", "8.904,00", "50%", "4.452,00"],
         ["KS-2025-120015", "11.12.2025", "Heiko Brandau", "ESW-HB 12", "12.377,64", "50%", "6.188,82"],
         ["KS-2026-000118", "03.01.2026", "Nadja Özkan", "KS-NÖ 902", "3.120,00", "50%", "1.560,00"],
         ["KS-2026-000934", "09.01.2026", "Ralf Mäusezahl", "WIZ-RM 5", "19.843,90", "50%", "9.921,95"],
         ["KS-2026-001206", "14.01.2026", "Jana Kröger", "KB-JK 1404", "6.208,80", "50%", "3.104,40"],
         ["KS-2026-001733", "21.01.2026", "Björn Tessmer", "KS-BT 66", "9.019,60", "50%", "4.509,80"],
     ], charset="windows-1252", ctype="application/vnd.ms-excel")])

# ---- 0028
mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-lawyer",
     "health insurer's subrogated claim via UK solicitors: named insured, whiplash and herniated disc, treatment costs",
     frm=F("okafor"), to=("Whitcombe Hale LLP – Mr Oliver Hale", "o.hale@whitcombe-hale.example"),
     subject="Our insured Ms Sabine Krause – subrogated medical costs v. Mr Neil Chapman (your ref OH/2291)",
     date="2026-02-16 11:11",
     body="""Dear Mr Hale,

thank you for agreeing to act for us in the recovery against Mr Neil Chapman and his motor
insurer. As discussed, our claim concerns the medical costs we paid as private health
insurer of Ms Sabine Krause (born 02/11/1984) after the collision in Göttingen on
7 August 2025, for which Mr Chapman's liability is admitted.

Ms Krause suffered a whiplash injury (S13.4) and, according to the MRI of 29 August 2025,
a herniated disc at C5/C6 (M50.1) with radiating pain into the right arm. She was treated
conservatively: 24 physiotherapy sessions, two CT-guided periradicular injections and a
three-week outpatient rehabilitation programme.

Costs paid so far: EUR 11,204.58. We expect further costs of about EUR 2,500 in 2026.
The causation question (pre-existing degeneration) will probably be raised by the other
side; our medical adviser Dr Pohl is preparing a short note on this.

Please treat the enclosed documents in the portal as confidential medical records.

""" + SIG["okafor"] + "\n\n" + DISC_EN)

# ---- 0029
mail("NORMAL", "de", "internal",
     "trap: Schulungseinladung 'Regress bei Radunfällen' mit ICS; Wörter Unfallchirurgie, Gutachten, Schmerzensgeld ohne Fall",
     frm=F("marquardt"), to=[("Team Regress", S("team-regress")), ("Team KV-Leistung", S("kv-leistung-team"))],
     subject="Einladung: Schulung „Regress bei Radunfällen“ am 26.02.",
     date="2026-02-16 15:40",
     body="""Hallo zusammen,

wie angekündigt die Einladung zur internen Schulung. Inhalte:

- Haftungsquoten bei Rad-/Pedelec-Unfällen (aktuelle OLG-Rechtsprechung)
- Mitverschulden ohne Helm – wann ja, wann nein
- Was ein unfallchirurgisches Gutachten für den Regress leisten muss
- Zusammenspiel mit Schmerzensgeldansprüchen der Versicherten und § 116 SGB X
- Praxisfälle (anonymisiert)

Referentin: RAin Dr. Miriam Fuchs (Seidel Fuchs). Raum 4.12 oder Teams.

Gruß
Helene""",
     atts=[lambda: att_ics("Schulung_Regress_Radunfaelle.ics", ics(
         "schulung-regress-rad-20260226@auenwald-versicherung.example", "20260226T130000", "20260226T163000",
         "Schulung: Regress bei Radunfällen", "Raum 4.12 / Microsoft Teams",
         "Interne Schulung Regress und KV-Leistung. Praxisfälle anonymisiert.",
         organizer=("Dr. Helene Marquardt", S("helene.marquardt")),
         attendees=[("Team Regress", S("team-regress")), ("Team KV-Leistung", S("kv-leistung-team"))]))])

# ---- 0030
mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "Kfz-Haftpflicht: VN wird als Zeuge geladen, Gegner klagt; Name, Kennzeichen, Aktenzeichen, kein Personenschaden",
     frm=F("brenner"), to=("Irene Sattler", "irene.sattler@t-mail.example"),
     subject="Ihr Kfz-Haftpflichtschaden KS-2025-097712 – Klage der Gegenseite",
     date="2026-02-17 10:20",
     body="""Sehr geehrte Frau Sattler,

der Halter des anderen Fahrzeugs (Parkplatzunfall am 04.10.2025, Kaufland-Parkplatz
Vellmar) hat wie befürchtet Klage beim Amtsgericht Kassel erhoben, Az. 435 C 318/26. Er
verlangt 3.872,00 EUR Reparaturkosten und Nutzungsausfall. Verletzt wurde niemand.

Als Ihr Kfz-Haftpflichtversicherer führen wir den Prozess für Sie und tragen die Kosten;
wir haben die Kanzlei Seidel Fuchs beauftragt. Sie selbst sind ebenfalls verklagt (das ist
bei Verkehrsunfällen üblich) – bitte unternehmen Sie nichts, insbesondere kein eigenes
Anerkenntnis.

Wahrscheinlich werden Sie als Partei angehört. Bitte notieren Sie sich alles, woran Sie
sich zum Ausparken mit Ihrem Fiat 500 (KS-IS 1208) noch erinnern, und schicken Sie uns
Fotos, falls Sie welche gemacht haben.

""" + SIG["brenner"] + "\n\n" + DISC_DE)

# ---- 0031
mail("NORMAL", "en", "insurer-to-partner",
     "trap: contact update to a European claims-representative network, generic process for recoveries, no case data",
     frm=F("okafor"), to=("EuroClaims Network – Coordination", "coordination@euroclaims-network.example"),
     subject="Auenwald contacts 2026 for recoveries and green card claims",
     date="2026-02-18 08:55", charset="us-ascii", cte="7bit", mailer=None,
     body="""Dear colleagues,

please update your directory for Auenwald Versicherungen AG (Germany):

Recoveries against foreign motor insurers:   recoveries@auenwald-versicherung.example
Claims representative matters (4th MID):     intl-claims@auenwald-versicherung.example
Large losses / reinsurance:                  Sarah Lindqvist, +49 561 7788-4601
Legal / litigation abroad:                   Stefan Gruber, Group Legal

Personal data of claimants should no longer be sent to personal mailboxes. Please use
our secure portal (portal.auenwald-versicherung.example); if your company runs its own
S/MIME gateway, we can set up domain encryption - just send us your domain certificate.

Thank you and best regards,
Daniel Okafor
International Claims & Recoveries""")

# ---- 0032
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-expert",
     "Gutachtenauftrag an medizinischen Sachverständigen (BU): Versicherter mit Geburtsdatum, Diagnosen; Fragenkatalog als ODT",
     frm=F("pohl"), to=("Prof. Dr. med. Reinhard Albers", "sekretariat@gutachten-albers.example"),
     subject="Gutachtenauftrag BU – Herr Mirko Stahlberg, geb. 19.03.1975",
     date="2026-02-19 13:37",
     body="""Sehr geehrter Herr Kollege Albers,

wir bitten Sie um ein neurologisch-orthopädisches Zusatzgutachten in der BU-Leistungssache
Herr Mirko Stahlberg, geb. 19.03.1975, Vertrag LV-BU-2811406, zuletzt tätig als
Elektroinstallateur.

Bekannt sind ein lumbaler Bandscheibenvorfall L4/5 (M51.1) mit Operation im Juli 2025 und
eine anhaltende Fußheberschwäche links. Strittig ist, ob Herr Stahlberg Überkopfarbeiten und
das Tragen von Lasten über 15 kg dauerhaft nicht mehr leisten kann. Der Versicherte hat
der Untersuchung zugestimmt; die Schweigepflichtentbindung liegt vor.

Unseren Fragenkatalog finden Sie in der Anlage, die Akte stellen wir Ihnen über das Portal
bereit. Honorar nach JVEG bzw. Ihrem Angebot vom 02.02.2026.

""" + SIG["pohl"] + "\n\n" + DISC_DE,
     atts=[lambda: att("Fragenkatalog_Stahlberg_LV-BU-2811406.odt", odt([
         ("h", "Fragenkatalog zum Gutachtenauftrag"),
         "Versicherter: Mirko Stahlberg, geb. 19.03.1975 – Vertrag LV-BU-2811406",
         "1. Welche Gesundheitsstörungen liegen vor (bitte mit ICD-10-Codes)?",
         "2. Seit wann bestehen die Einschränkungen nach dem Bandscheibenvorfall L4/5 und der OP vom 14.07.2025?",
         "3. Kann der Versicherte Tätigkeiten als Elektroinstallateur (Überkopfarbeit, Lasten > 15 kg, Leitern) ausüben? Zu wie viel Prozent?",
         "4. Ist mit einer Besserung innerhalb von 6 Monaten zu rechnen (Reha, Physiotherapie)?",
         "5. Liegen Hinweise auf Aggravation vor?",
     ], title="Fragenkatalog Gutachten"))])

# ---- 0033
mail("NORMAL", "de", "insurer-to-broker",
     "trap: Maklerinfo zu neuen Rechtsschutz-Bedingungen; 'Kündigung wegen Krankheit', 'Scheidung', 'Strafverfahren' nur als Leistungsbeispiele",
     frm=F("schreiber"), to=("Maklerbüro Hentschel GmbH", "info@hentschel-makler.example"),
     subject="Neu ab 1.4.: ARB 2026 – was sich für Ihre Kunden ändert",
     date="2026-02-20 11:50",
     body="""Hallo Herr Hentschel, hallo Team,

vorab die wichtigsten Änderungen der ARB 2026, die Unterlagen kommen über die Vermittlerpost:

* Arbeitsrecht: Streit um eine Kündigung wegen Krankheit oder um ein betriebliches
  Eingliederungsmanagement ist jetzt ohne Wartezeit versichert, wenn der Vertrag
  ein Jahr ununterbrochen bestand.
* Familienrecht: Erstberatung bei Scheidung bis 500 EUR (bisher 250 EUR).
* Straf-Rechtsschutz: Verteidigung bei Vorwurf eines Verkehrsvergehens bleibt
  versichert; bei Vorsatz-Vorwurf weiterhin nur bis zur Einstellung/Freispruch.
* Mediation und Ombudsverfahren: volle Kostenübernahme, kein Anrechnen der SB.
* Online-Rechtsberatung durch unsere Partnerkanzleien: unbegrenzt.

Bestandskunden können per Nachtrag umstellen, ohne neue Wartezeit. Ein Webinar dazu gibt es
am 10.03. um 10 Uhr – Anmeldung unter https://makler.auenwald-versicherung.example/webinare.

""" + SIG["schreiber"])

# ---- 0034
mail("CONFIDENTIAL", "en", "insurer-to-customer",
     "legal expenses claim declined (waiting period) for tenancy dispute of expat customer; name, policy number, landlord dispute",
     frm=F("oltmanns"), to=("Rahul Mehta", "rahul.mehta@inboxly.example"),
     subject="Your legal expenses policy RS-6204-1178 - tenancy dispute with your landlord",
     date="2026-02-23 14:14",
     body="""Dear Mr Mehta,

thank you for sending us the letter from your landlord, Mr Klaus-Dieter Vogt, about the
deduction of EUR 1,870 from your rent deposit for your former flat in Kassel-Wehlheiden.

Unfortunately we cannot cover this dispute. Your policy RS-6204-1178 started on
1 December 2025, and tenancy disputes have a waiting period of three months (section 4 of
your ARB). The dispute began on 15 January 2026, when you received the deposit statement,
which is within the waiting period.

We know this is not the answer you were hoping for. Two things may still help you:
- Your local tenants' association (Mieterverein) offers advice for a small annual fee.
- You may ask our partner law firms for a first telephone consultation free of charge
  (0800 555 0199); this service is not subject to the waiting period.

If you disagree with our decision, you can ask for a review by an independent lawyer under
section 3a ARB (Stichentscheid) or contact the insurance ombudsman.

""" + SIG["oltmanns"] + "\n\n" + DISC_EN)

# ---- 0035
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-authority",
     "Akteneinsichtsgesuch bei der Staatsanwaltschaft wegen Brandstiftung: Beschuldigter namentlich (Strafverfahren), Regressprüfung Feuer",
     frm=F("toedt"), to=("Staatsanwaltschaft Kassel – Geschäftsstelle", "poststelle@sta-kassel.justiz.example"),
     subject="Akteneinsicht gem. § 475 StPO – Ermittlungsverfahren 3420 Js 1190/26 gegen Herrn Pascal Ritter",
     date="2026-02-24 09:07",
     body="""Sehr geehrte Damen und Herren,

wir sind Gebäudeversicherer des Anwesens Brückenstraße 3, 34281 Gudensberg (Eigentümerin:
Frau Hildegard Baumann). Bei dem Brand vom 28.01.2026 ist ein Sachschaden von voraussichtlich
rund 410.000 EUR entstanden.

Nach Presseberichten und der Mitteilung der Polizei wird gegen den Mieter des Erdgeschosses,
Herrn Pascal Ritter, wegen des Verdachts der vorsätzlichen Brandstiftung ermittelt.

Wir beantragen gemäß § 475 StPO Akteneinsicht, hilfsweise Auskunft aus den Akten. Unser
berechtigtes Interesse ergibt sich aus dem gesetzlichen Forderungsübergang nach § 86 VVG:
wir prüfen Regressansprüche gegen den Beschuldigten. Insbesondere benötigen wir den
Brandursachenbericht des LKA und die Vernehmungsprotokolle.

Die Auslagenpauschale übernehmen wir. Gern können Sie uns die Akte auch elektronisch über
unser Postfach zur Verfügung stellen.

""" + SIG["toedt"] + "\n\n" + DISC_DE)

# ---- 0036
mail("NORMAL", "en", "insurer-to-supplier",
     "trap: assessor network onboarding, company bank details of a B.V. and fee schedule, words expert report, injury photos, no person",
     frm=F("berisha"), to=("ClaimSight Experts B.V.", "onboarding@claimsight.example"),
     subject="Supplier onboarding - ClaimSight Experts B.V.",
     date="2026-02-24 16:40",
     body="""Dear Mr de Graaf,

welcome to the Auenwald assessor network. To complete your supplier record we have:

  Company:        ClaimSight Experts B.V., Utrecht
  VAT ID:         NL859112403B01
  Bank account:   """ + iban("NL", "RABO" + "0318842291") + """ (company account, confirmed by phone on 23 Feb)
  Fee schedule:   motor damage report EUR 395, desktop review EUR 140, photos/video
                  inspection EUR 95

A few rules for reports you send us:
- Photos of vehicles are fine; photos showing injured persons or medical documents must
  never be part of a damage report - if you get them from a claimant, return them.
- Reports are uploaded to our portal; please no e-mail attachments with claimant data.
- Invoices quote our claim number and go to invoices@auenwald-versicherung.example.

""" + SIG["berisha"].replace("Freundliche Grüße", "Kind regards"))

# ---- 0037
mail("CONFIDENTIAL", "de", "insurer-to-lawyer",
     "Mandat Regress gegen Dachdeckerbetrieb nach Brand: Versicherte Eheleute namentlich, Anschrift, Schadenhöhe; PDF Mandatsunterlagen",
     frm=F("yilmaz"), to=("Kanzlei Brandt & Oyelaran – RA Thomas Brandt", "t.brandt@brandt-oyelaran.example"),
     subject="Mandat: Regress Brandschaden Familie Aumüller ./. Bedachungen Krollmann GmbH",
     date="2026-02-25 12:12",
     body="""Sehr geehrter Herr Brandt,

wir beauftragen Sie mit der außergerichtlichen und ggf. gerichtlichen Geltendmachung unserer
übergegangenen Ansprüche aus dem Brandschaden im Wohnhaus der Eheleute Petra und Rüdiger
Aumüller, Lindenweg 14, 34246 Vellmar (Wohngebäude WG-7720-0419, Hausrat HR-7720-0420).

Beim Schweißen von Bitumenbahnen hat ein Mitarbeiter der Bedachungen Krollmann GmbH am
12.09.2025 die Dachdämmung in Brand gesetzt. Wir haben 187.430,20 EUR (Gebäude) und
22.918,00 EUR (Hausrat) gezahlt. Der Betriebshaftpflichtversicherer der Firma lehnt unter
Hinweis auf ein angebliches Mitverschulden der Bauherren ab.

Die Mandatsunterlagen (Zahlungsübersicht, Brandursachengutachten Dr. Ing. Vollrath, Korrespondenz)
finden Sie in der Anlage bzw. im Portal.

""" + SIG["yilmaz"] + "\n\n" + DISC_DE,
     atts=[lambda: att("Mandatsuebersicht_Aumueller_Krollmann.pdf", pdf([[
         "# Mandatsübersicht Regress – Schaden WG-2025-18804",
         "Versicherungsnehmer: Petra und Rüdiger Aumüller, Lindenweg 14, 34246 Vellmar",
         "Verträge: Wohngebäude WG-7720-0419, Hausrat HR-7720-0420",
         "Schädiger: Bedachungen Krollmann GmbH, Kasseler Str. 120, 34225 Baunatal",
         "Haftpflichtversicherer Schädiger: Drei Eichen Versicherung AG, Schaden 88-211-4420",
         "",
         "Zahlungen Gebäude:  187.430,20 EUR",
         "Zahlungen Hausrat:   22.918,00 EUR",
         "Selbstbeteiligung VN (Quotenvorrecht):  500,00 EUR",
         "Verjährung: 31.12.2028",
     ]], title="Mandatsübersicht"))])

# ---- 0038
mail("STRICTLY_CONFIDENTIAL", "en", "internal",
     "HTML-only large-loss note with table: accident victim with spinal cord injury (tetraplegia), care costs, recovery against tortfeasor",
     frm=F("lindqvist"), to=[F("marquardt"), F("gruber")], cc=[F("pohl")],
     subject="Large loss notification UV-2025-0091 - recovery prospects",
     date="2026-02-26 18:02", mailer="Microsoft Outlook 16.0",
     html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Helene, Stefan,</p>
<p>before I notify the accident XL reinsurers tomorrow, please check the recovery part of the summary below. Ansgar, medical part OK?</p>
<table border="1" cellpadding="4" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#dfe9e1"><th>Item</th><th>Details</th></tr>
<tr><td>Claim</td><td>UV-2025-0091 / group accident policy Kühl &amp; Partner Bau GmbH</td></tr>
<tr><td>Injured person</td><td>Mr Lars Eggert, born 08/05/1990, site foreman</td></tr>
<tr><td>Event</td><td>Fall from scaffolding on 17/11/2025 after a scaffold board broke (scaffold supplied by Gerüstbau Voss KG)</td></tr>
<tr><td>Injuries</td><td>Fracture of C6 with incomplete tetraplegia (S14.12), ASIA C; ventilated for 9 days</td></tr>
<tr><td>Current status</td><td>Inpatient rehabilitation, spinal cord injury centre; wheelchair-dependent</td></tr>
<tr><td>Reserve</td><td>EUR 1.6m (disability 100 %, progression 350 %, care annuity)</td></tr>
<tr><td>Recovery</td><td>Against Gerüstbau Voss KG and its liability insurer; expert report on the scaffold board expected in April</td></tr>
</table>
<p>Sarah</p>
</body></html>""")

# ---- 0039
mail("NORMAL", "en", "insurer-to-customer",
     "trap: portal notification 'new secure message', no content, words claim, documents, confidential",
     frm=NOREPLY, to=("m.ashworth@fastmail-uk.example"),
     subject="You have a new secure message from Auenwald Versicherungen",
     date="2026-02-27 08:00", mailer=None, charset="us-ascii", cte="7bit",
     extra=[("Auto-Submitted", "auto-generated")],
     body="""Hello,

a new message has been deposited for you in the Auenwald secure mailbox.

For your protection, confidential content such as claim documents, medical reports or
bank details is never sent by ordinary e-mail. Please log in to read the message:

    https://portal.auenwald-versicherung.example/login

The message will be kept for 90 days. If you have not registered yet, you will receive a
separate e-mail with a one-time password.

This is an automatic notification. Please do not reply to this e-mail.

Auenwald Versicherungen AG, Auenwaldring 12, 34119 Kassel, Germany""")

# ---- 0040
mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "Privathaftpflicht: Kaskoversicherer des Nachbarn nimmt VN in Regress; Name, Vertragsnummer, Schadenhergang Sachschaden; utf-8 8bit",
     frm=F("yilmaz"), to=("Jürgen Lübke", "juergen.luebke@gmx-post.example"),
     subject="Ihre Privathaftpflicht PH-1170-3344 – Regressforderung der Drei Eichen",
     date="2026-03-02 10:48", cte="8bit",
     body="""Sehr geehrter Herr Lübke,

die Drei Eichen Versicherung AG hat als Kaskoversicherer Ihres Nachbarn, Herrn Dieter Weinreich,
dessen Schaden am Pkw bezahlt und fordert nun 2.940,00 EUR von Ihnen zurück (§ 86 VVG).
Hintergrund ist der umgestürzte Baum aus Ihrem Garten beim Sturm am 11.01.2026.

Wir haben die Forderung als Ihr Privathaftpflichtversicherer geprüft. Ein Baum, der gesund
ist und regelmäßig kontrolliert wurde, begründet bei Orkanböen in der Regel keine Haftung.
Bitte schicken Sie uns deshalb:

 - Fotos vom Baum bzw. Stumpf,
 - Rechnungen oder Belege über Baumpflege/Kontrollen der letzten Jahre.

Bis dahin weisen wir die Forderung vorsorglich zurück. Sie brauchen der Drei Eichen nicht
selbst zu antworten – wir übernehmen die Korrespondenz.

""" + SIG["yilmaz"])

# ---- 0041
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-hospital",
     "KV-Anfrage an Krankenhaus zum Unfallhergang für möglichen Regress: Patient namentlich, Aufenthalt, Diagnose Polytrauma",
     frm=KV_LEISTUNG, to=("Klinikum Auental – Patientenverwaltung", "patientenverwaltung@klinikum-auental.example"),
     subject="Patient Sebastian Osei, geb. 27.01.1988 – Unfallfragebogen / Rechnung 2026-118830",
     date="2026-03-03 14:22",
     body="""Sehr geehrte Damen und Herren,

für unseren Versicherten Herrn Sebastian Osei, geb. 27.01.1988 (KV-Nr. 77310288), liegt uns
Ihre Rechnung Nr. 2026-118830 über 38.417,92 EUR für den stationären Aufenthalt vom
14.02. bis 28.02.2026 vor (DRG W61B, Polytrauma nach Verkehrsunfall).

Da ein Fremdverschulden in Betracht kommt, bitten wir um Übersendung
  - der Notaufnahme-Dokumentation mit Angaben zum Unfallhergang,
  - des Entlassberichts,
  - einer Angabe, ob ein Blutalkoholwert bestimmt wurde.

Eine Schweigepflichtentbindung des Versicherten liegt bei (Scan im Portal). Die Rechnung
begleichen wir unabhängig davon fristgerecht.

""" + SIG["vogelsang"] + "\n\n" + DISC_DE)

# ---- 0042
mail("NORMAL", "mixed", "internal",
     "trap: data-protection reminder in German and English about ombudsman files and private mail, no case data",
     frm=F("roloff"), to=[("Alle Mitarbeitenden Schaden/Leistung", S("alle-schaden"))],
     subject="Datenschutz-Hinweis: Beschwerde- und Prozessakten nicht an private Adressen / no private e-mail",
     date="2026-03-04 08:30",
     body="""Liebe Kolleginnen und Kollegen,

in den letzten Wochen sind zweimal Unterlagen aus Beschwerde- und Prozessakten an private
E-Mail-Adressen von Mitarbeitenden weitergeleitet worden, „um zu Hause weiterzuarbeiten“.
Das ist ein Datenschutzverstoß, auch wenn es gut gemeint ist: Gutachten, Arztberichte,
Schriftsätze und Kontoverbindungen von Kundinnen und Kunden gehören ausschließlich in unsere
Systeme.

Bitte nutzen Sie für Homeoffice den VPN-Zugang und LexTrack.

Dear colleagues (English summary for our international claims team):
never forward complaint files, court documents, expert opinions or medical reports to
private e-mail accounts. Use VPN and LexTrack when working from home. If it has already
happened, tell me - we will sort it out together, no blame.

Danke / thank you,
""" + SIG["roloff"])

# ---- 0043
mail("CONFIDENTIAL", "mixed", "insurer-to-lawyer",
     "Mietwagenschaden in Tirol, Regress gegen britischen Fahrer; Kunde namentlich mit österreichischer IBAN für Erstattung SB; deutscher Text mit englischem Zitat",
     frm=F("kranich"), to=("Mag. Verena Pichler", "pichler@pichler-anwaelte.example"),
     subject="Regress Mietwagen Innsbruck – Herr Florian Grabner / Schaden KS-2026-002210",
     date="2026-03-05 11:30",
     body="""Sehr geehrte Frau Mag. Pichler,

der britische Haftpflichtversicherer hat sich endlich gemeldet, siehe unten. Der Fahrer
bestreitet nichts, man will aber den Mietwagen-Selbstbehalt unseres Kunden nicht zahlen.

Zur Erinnerung: Unser Kunde Herr Florian Grabner (Schaden KS-2026-002210, Vertrag
Mietwagen-Zusatzdeckung MZ-4410-020) hat den Selbstbehalt von 1.200 EUR an Alpenmobil
Autovermietung gezahlt; wir haben ihn ihm erstattet. Sollten Sie den Betrag direkt beim
Schädiger beitreiben, überweisen Sie bitte einen etwaigen Überschuss an Herrn Grabner,
IBAN """ + IB_AT_GRABNER + """.

> From: Recoveries Team <recoveries@caledonianshield.example>
> Date: 3 March 2026
> Subject: Your ref KS-2026-002210
>
> We confirm that our insured, Mr Daniel Pike, accepts responsibility for the collision
> in Innsbruck on 14/02/2026. However, we do not consider the rental excess of Mr Grabner
> recoverable, as it is a contractual cost under his rental agreement. We offer
> EUR 3,870.00 for the vehicle damage in full and final settlement.

Ich halte das Angebot hinsichtlich des Fahrzeugschadens für akzeptabel, den Selbstbehalt
sollten wir aber nach österreichischem Recht weiter verfolgen. Ihre Einschätzung?

""" + SIG["kranich"])

# ---- 0044
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "Lebensversicherung Todesfallleistung an Witwe: Todesursache, Sterbeurkunde, Erbschein; personal line + health data",
     frm=F("sauer"), to=("Gisela Osterkamp", "gisela.osterkamp@freemail.example"),
     subject="Lebensversicherung LV-1998-07712 Ihres verstorbenen Mannes",
     date="2026-03-06 10:05",
     body="""Sehr geehrte Frau Osterkamp,

zunächst möchten wir Ihnen unser aufrichtiges Beileid zum Tod Ihres Mannes, Herrn Heinrich
Osterkamp, aussprechen.

Die Sterbeurkunde und die ärztliche Bescheinigung über die Todesursache (metastasiertes
Pankreaskarzinom, Erstdiagnose April 2025) haben wir erhalten. Da der Vertrag LV-1998-07712
seit über 25 Jahren besteht, ist keine weitere Prüfung der Gesundheitsangaben erforderlich.

Die Todesfallleistung beträgt 64.812,40 EUR einschließlich Überschussbeteiligung. Sie sind
als Bezugsberechtigte eingetragen; ein Erbschein ist daher nicht nötig. Bitte teilen Sie uns
noch Ihre Bankverbindung mit – am einfachsten über das beiliegende Formular im Portal oder
per Post, nicht per unverschlüsselter E-Mail.

Wenn Sie Fragen haben, rufen Sie mich gern direkt an.

""" + SIG["sauer"] + "\n\n" + DISC_DE)

# ---- 0045
mail("NORMAL", "de", "insurer-to-authority",
     "trap: Anfrage an Gerichtsverwaltung zu Videoverhandlungen und Dateiformaten, Wörter Schriftsätze, Gutachten; keine Verfahrensdaten",
     frm=F("weyer"), to=("Landgericht Kassel – Verwaltung", "verwaltung@lg-kassel.justiz.example"),
     subject="Technische Fragen zu Videoverhandlungen nach § 128a ZPO",
     date="2026-03-09 09:40", charset="iso-8859-1", cte="quoted-printable",
     body="""Sehr geehrte Damen und Herren,

unser Haus ist an zahlreichen Zivilverfahren vor Ihrem Gericht beteiligt, überwiegend in
Versicherungs-, Regress- und Verkehrssachen. Wir würden künftig gern häufiger per Video an
Verhandlungen teilnehmen und haben dazu zwei allgemeine Fragen:

1. Welche Videokonferenzsoftware wird von den Zivilkammern eingesetzt, und gibt es einen
   Testtermin für Parteivertreter?
2. Können Sachverständige, die für uns ein Privatgutachten erstellt haben, aus unseren
   Räumen zugeschaltet werden, oder ist dafür stets ein eigener Antrag erforderlich?

Für eine kurze Rückmeldung oder die Nennung einer Ansprechperson wären wir dankbar.

""" + SIG["weyer"])

# ---- 0046
mail("CONFIDENTIAL", "en", "insurer-to-company",
     "instruction to Dutch collection agency to recover from a private tortfeasor: name, home address, amount, our insured named",
     frm=F("okafor"), to=("Incasso Vermeer B.V.", "intake@incasso-vermeer.example"),
     subject="New instruction: recovery EUR 4,716.30 – debtor Mr Sander van der Meer, Rotterdam",
     date="2026-03-10 13:50",
     body="""Dear Ms Bakker,

please open a new file under our framework agreement:

Creditor:        Auenwald Versicherungen AG (subrogated insurer)
Our reference:   KR-2025-121930
Debtor:          Mr Sander van der Meer, Bergweg 221-B, 3036 BH Rotterdam
Amount:          EUR 4,716.30 plus statutory interest from 15 December 2025
Basis:           damage to the car of our insured Ms Katharina Mertens (KS-KM 814)
                 on 30 October 2025 in Kassel; Mr van der Meer was uninsured at the time
                 (rental scooter without valid cover), liability acknowledged in writing
                 on 12 November 2025, no payment since.

He offered instalments by phone in January but never confirmed. We would accept 6 monthly
instalments. Please do not start court proceedings without our approval.

""" + SIG["okafor"])

# ---- 0047
mail("NORMAL", "en", "insurer-to-broker",
     "trap: webinar invitation about waivers of subrogation in commercial leases with ICS; words recourse, tenants, fire damage, no case",
     frm=F("schreiber"), to=("Thornbury Brokers Ltd", "events@thornbury-brokers.example"),
     subject="Webinar invitation: waivers of subrogation in German commercial leases (24 March)",
     date="2026-03-11 15:15",
     body="""Dear colleagues,

many of your clients lease warehouses and offices in Germany. After a fire or water damage,
the question is always: can the landlord's property insurer take recourse against the
tenant? Our one-hour webinar covers:

- the German Federal Court's case law on tenants and the building insurer
- waiver of subrogation clauses in our commercial property wording
- what brokers should check in a lease before renewal

Speakers: Stefan Gruber (Group Legal) and Fiona Schreiber (broker relations).
Calendar invitation attached; the dial-in link follows one day before.

""" + SIG["schreiber"].replace("Beste Grüße", "Best wishes"),
     atts=[lambda: att_ics("Webinar_Subrogation_Waivers.ics", ics(
         "webinar-subrogation-20260324@auenwald-versicherung.example", "20260324T110000", "20260324T120000",
         "Webinar: Waivers of subrogation in German commercial leases", "Online (link follows)",
         "Auenwald broker webinar. No client data required.",
         organizer=("Fiona Schreiber", S("fiona.schreiber"))))])

# ---- 0048
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
     "KV-Regress wegen ärztlichen Behandlungsfehlers: Patientin namentlich, Diagnose, MD-Gutachten, Folgebehandlungen",
     frm=F("marquardt"), to=("RA Dr. Frank Oehlmann", "f.oehlmann@oehlmann-ra.example"),
     subject="Neues Mandat: Arzthaftung – Regress Auenwald Kranken ./. Dr. med. Volker Sanders",
     date="2026-03-12 16:30",
     body="""Sehr geehrter Herr Dr. Oehlmann,

nachdem wir im Fall Reuss schnell zu einer Einigung gekommen sind, möchten wir Sie mit einem
Arzthaftungsregress beauftragen.

Unsere Versicherte, Frau Marion Scholz-Albrecht (geb. 15.12.1969), wurde am 20.05.2024 von
dem Orthopäden Dr. med. Volker Sanders in dessen Praxisklinik am rechten Knie arthroskopiert.
Postoperativ entwickelte sich eine Gelenkinfektion (T84.5), die zu spät erkannt wurde; es
folgten drei Revisionsoperationen und schließlich eine Knietotalendoprothese im März 2025.

Das Gutachten des Medizinischen Dienstes vom 19.01.2026 bejaht einen Befunderhebungsfehler
(keine Punktion trotz Fieber und CRP 180 mg/l am 3. postoperativen Tag). Unsere Aufwendungen
für die Folgebehandlungen betragen bisher 61.208,77 EUR.

Die Patientin verfolgt eigene Schmerzensgeldansprüche über Kanzlei Wiegand; bitte stimmen
Sie sich mit dem Kollegen ab. Unterlagen erhalten Sie über das Portal.

""" + SIG["marquardt"] + "\n\n" + DISC_DE)

# ---- 0049
mail("NORMAL", "de", "auto-reply",
     "trap: automatische Eingangsbestätigung des Beschwerdepostfachs, keine Kundendaten, Wörter Beschwerde/Ombudsmann/Gesundheitsdaten",
     frm=BESCHWERDE, to=("k.reinhold@webpost.example"),
     subject="Ihre Nachricht an das Beschwerdemanagement ist eingegangen",
     date="2026-03-13 21:47", mailer=None,
     extra=[("Auto-Submitted", "auto-replied")],
     body="""Guten Tag,

vielen Dank für Ihre Nachricht an unser Beschwerdemanagement. Wir haben sie erhalten und
melden uns innerhalb von fünf Arbeitstagen bei Ihnen.

Bitte senden Sie uns Gesundheitsdaten, Arztberichte oder Kontoverbindungen nicht per
normaler E-Mail, sondern über unser SecureMail-Portal:
https://portal.auenwald-versicherung.example

Falls Sie mit unserer Antwort nicht zufrieden sind, können Sie sich kostenfrei an den
Versicherungsombudsmann oder – in der Kranken- und Pflegeversicherung – an den
PKV-Ombudsmann wenden. Die Kontaktdaten nennen wir Ihnen in unserem Antwortschreiben.

Diese Nachricht wurde automatisch erstellt.

Auenwald Versicherungen AG · Beschwerdemanagement · Auenwaldring 12 · 34119 Kassel""")

# ---- 0050
mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "Verkehrs-Rechtsschutz für Bußgeldverfahren (Geschwindigkeitsüberschreitung, Ordnungswidrigkeit) eines namentlich genannten VN",
     frm=F("oltmanns"), to=("Dennis Wolf", "dennis.wolf@mailbox-de.example"),
     subject="RS-Schaden RS-S-2026-00921 – Bußgeldbescheid vom 20.02.2026",
     date="2026-03-16 12:03",
     body="""Hallo Herr Wolf,

danke für Ihren Anruf heute Vormittag. Wie besprochen bestätigen wir Ihnen Versicherungsschutz
aus Ihrem Verkehrs-Rechtsschutz (RS-7723-5508) für den Einspruch gegen den Bußgeldbescheid des
Regierungspräsidiums Kassel (Az. 812.445.776.1): 31 km/h zu schnell außerorts auf der B 83,
Bußgeld 260 EUR, 1 Punkt, 1 Monat Fahrverbot.

Übernommen werden die Kosten Ihres Anwalts und ggf. ein Sachverständigengutachten zur
Messung (das lohnt sich bei dem verwendeten Messgerät oft). Ihre Selbstbeteiligung von
150 EUR fällt nur an, wenn es nicht bei der Beratung bleibt.

Sie können sich an jede Kanzlei wenden. Wenn Sie eine Empfehlung möchten: unsere Partnerkanzlei
Brandt & Oyelaran hat viel Erfahrung mit Messverfahren.

""" + SIG["oltmanns"])


# ---- 0051
mail("NORMAL", "de", "internal",
     "trap: interne Stellenausschreibung Syndikusrechtsanwalt Regress; Wörter Arzthaftung, Personenschäden, Gehalt ohne Person",
     frm=F("kluge"), to=[("Alle Mitarbeitenden", S("alle"))],
     subject="Interne Ausschreibung: Syndikusrechtsanwalt/-anwältin (m/w/d) Regress Personenschaden",
     date="2026-03-17 08:15",
     body="""Liebe Kolleginnen und Kollegen,

für den Bereich Regress & Forderungsmanagement suchen wir ab sofort eine/n

   Syndikusrechtsanwalt/-anwältin (m/w/d) – Schwerpunkt Personenschaden

Ihre Aufgaben:
- Regress der Kranken- und Unfallversicherung nach § 86 VVG, inkl. Arzthaftungsfälle
- Steuerung externer Kanzleien und medizinischer Sachverständiger
- Prozessführung in ausgewählten Verfahren vor Land- und Oberlandesgerichten
- Abstimmung mit Sozialversicherungsträgern (§ 116 SGB X)

Ihr Profil: zwei juristische Staatsexamen, Erfahrung im Personenschadenrecht, Freude am
Verhandeln. Die Stelle ist nach Tarifgruppe VIII eingruppiert, Teilzeit ist möglich.

Bewerbungen bitte bis 06.04. über das Mitarbeiterportal. Fragen beantworten Dr. Helene
Marquardt und ich gern.

""" + SIG["kluge"])

# ---- 0052
mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "Erstattung des Selbstbehalts nach erfolgreichem Kasko-Regress (Quotenvorrecht): Kundin namentlich, Vertrag, IBAN",
     frm=F("kranich"), to=("Elif Demir", "elif.demir@web-post.example"),
     subject="Gute Nachricht: Erstattung Ihrer Selbstbeteiligung – Schaden KS-2025-104455",
     date="2026-03-18 11:02",
     body="""Sehr geehrte Frau Demir,

wir konnten die Kosten für den Schaden an Ihrem Peugeot 208 (KS-ED 3105) vom 22.08.2025 beim
Haftpflichtversicherer des Unfallgegners vollständig zurückholen.

Deshalb erstatten wir Ihnen Ihre Selbstbeteiligung aus der Vollkasko (Vertrag KF-5530-7712)
in Höhe von 300,00 EUR sowie den Nutzungsausfall für 6 Tage (6 x 43 EUR = 258,00 EUR),
den wir für Sie mit eingefordert hatten. Die 558,00 EUR überweisen wir in den nächsten Tagen
auf Ihr Konto """ + IB_DEMIR + """.

Ihr Schadenfreiheitsrabatt wird wieder auf SF 9 zurückgestuft – die Rückstufung nach dem
Schaden entfällt. Eine neue Beitragsrechnung erhalten Sie mit der Post.

""" + SIG["kranich"])

# ---- 0053
mail("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-lawyer",
     "cross-border injury recourse with Dutch lawyer: insured named, fractures and brain injury, German internal note plus English letter",
     frm=F("marquardt"), to=("mr. Joost van Dijk", "j.vandijk@vandijk-advocaten.example"),
     subject="Personal injury recovery – Herr Matthias Kühn / accident A1 near Enschede",
     date="2026-03-19 14:45",
     body="""Dear Mr van Dijk,

after the good cooperation in the Gerlach file, we would like to instruct you again, this
time in a personal injury matter.

Our insured Mr Matthias Kühn (born 04/10/1971) was hit by a Dutch lorry on the A1 near
Enschede on 2 December 2025. He suffered a traumatic brain injury (S06.5, subdural
haematoma), fractures of the pelvis and the right femur, and spent 19 days in intensive care
at Medisch Spectrum Twente before transfer to Kassel. We are his private health insurer and
his accident insurer. Our outlay so far: EUR 142,380 (health) and EUR 25,000 advance
payment (accident – not recoverable, fixed-sum benefit).

Below my internal note in German for completeness; my colleague can translate if needed.

-------- Interner Vermerk --------
Kühn, Matthias – KV 77450199 / UV-3300-1290
- Neuropsychologische Reha in Bad Wildungen bis voraussichtlich Mai, danach ambulant
- Gutachten zur Prognose kognitive Einschränkungen steht aus (Prof. Albers angefragt)
- Gegnerischer Versicherer: Noordzee Verzekeringen N.V., Schaden-Nr. NZ-25-77812
- Familie (Ehefrau Sandra Kühn) hat eigene Anwältin in Kassel, RAin Yvonne Sell
----------------------------------

Could you confirm your fee arrangement and whether Dutch law applies to our recourse (our
understanding: yes, Rome II, place of accident)?

""" + SIG["marquardt"] + "\n\n" + DISC_BI)

# ---- 0054
mail("NORMAL", "en", "internal",
     "trap: litigation KPI report as HTML attachment, counts per line, win rates, no parties named",
     frm=F("gruber"), to=[F("weyer"), F("marquardt"), F("aydin")],
     subject="Litigation dashboard February 2026",
     date="2026-03-20 17:30", mailer=None,
     body="""Hi all,

attached is the February litigation dashboard (HTML, opens in any browser). Highlights:

- 312 active court cases (-4 vs January); 41 % motor, 27 % legal expenses coverage disputes
- win/settlement rate in closed cases: 78 %
- ombudsman cases: 22 open, average duration 71 days
- external counsel spend slightly above budget due to two medical malpractice recoveries

Nothing in the report identifies parties - the case list with names stays in LexTrack.

Stefan""",
     atts=[lambda: att_html("Litigation_dashboard_2026-02.html", """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Litigation dashboard 2026-02</title></head>
<body style="font-family:Arial,sans-serif">
<h1>Litigation dashboard &ndash; February 2026</h1>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Line</th><th>Active cases</th><th>New</th><th>Closed</th><th>Won / settled</th><th>Lost</th></tr>
<tr><td>Motor (liability &amp; recourse)</td><td>128</td><td>14</td><td>17</td><td>14</td><td>3</td></tr>
<tr><td>Legal expenses (coverage disputes)</td><td>84</td><td>9</td><td>8</td><td>6</td><td>2</td></tr>
<tr><td>Property</td><td>39</td><td>3</td><td>4</td><td>3</td><td>1</td></tr>
<tr><td>Life / disability</td><td>31</td><td>2</td><td>3</td><td>2</td><td>1</td></tr>
<tr><td>Health (incl. malpractice recoveries)</td><td>22</td><td>3</td><td>1</td><td>1</td><td>0</td></tr>
<tr><td>Other</td><td>8</td><td>0</td><td>1</td><td>1</td><td>0</td></tr>
</table>
<p>Ombudsman: 22 open, 9 received, 11 closed (6 in our favour). External counsel spend YTD: EUR 412k (budget EUR 380k).</p>
</body></html>""")])

# ---- 0055
mail("CONFIDENTIAL", "en", "insurer-to-insurer",
     "CMR cargo recovery against French carrier: insured company with named logistics manager, consignment, amount",
     frm=F("petersen"), to=("Sinistres Transport – Assurances Lémanique", "transport@lemanique-assurances.example"),
     subject="CMR claim – Spedition Gerlach GmbH / consignment 7741-FR – our ref. TR-2026-0144",
     date="2026-03-23 10:10",
     body="""Dear Madam, dear Sir,

We are the cargo insurers of Spedition Gerlach GmbH, Lohfelden. On 4 February 2026 your
insured, Transports Marchand SARL (Lyon), carried a consignment of 22 pallets of laboratory
glassware from Lyon to Kassel (CMR note 7741-FR). On delivery, 9 pallets were crushed; the
reservation is noted on the CMR.

We have indemnified the consignee's claim and claim EUR 18,204.00 under article 23 CMR
(limited to 8.33 SDR per kg gross weight, 2,140 kg). Please find the calculation below:

  2,140 kg x 8.33 SDR = 17,826.20 SDR, converted at 1.0212 = EUR 18,204.00

For questions about the loading, please contact Mr Thomas Reinholz, logistics manager at
Gerlach (t.reinholz@spedition-gerlach.example, +49 561 5550 2240).

""" + SIG["petersen"].replace("Mit freundlichen Grüßen", "Yours faithfully") + "\n\n" + DISC_EN)

# ---- 0056
mail("NORMAL", "de", "internal",
     "trap: Musterschreiben Regress an Mieter als DOCX mit Platzhaltern «Name», «Schadennummer», keine echte Person",
     frm=F("weyer"), to=[("Team Regress", S("team-regress")), F("toedt")],
     subject="Neues Musterschreiben „Regressanhörung Mieter“ (v3) – bitte ab sofort nutzen",
     date="2026-03-24 12:34",
     body="""Hallo zusammen,

nach der BGH-Rechtsprechung zum Regressverzicht bei Mietern haben wir das Musterschreiben
überarbeitet. Wesentliche Änderungen:

- Hinweis auf den konkludenten Regressverzicht bei leichter Fahrlässigkeit
- Frist zur Stellungnahme 3 Wochen statt 2
- Bitte um Angabe der eigenen Privathaftpflicht des Mieters

Das Dokument enthält nur Platzhalter. Bitte gefüllte Fassungen ausschließlich in der Akte
speichern, nicht im Teamordner.

Jan-Philipp""",
     atts=[lambda: att("Muster_Regressanhoerung_Mieter_v3.docx", docx([
         ("h", "Regressanhörung – Muster v3 (Stand 03/2026)"),
         "«Anrede» «Vorname» «Nachname»",
         "«Straße» «Hausnummer», «PLZ» «Ort»",
         "Schaden-Nr.: «Schadennummer» – Versicherungsort: «Risikoanschrift»",
         "Sehr geehrte/r «Anrede» «Nachname»,",
         "wir sind Gebäudeversicherer Ihres Vermieters. Am «Schadendatum» ist in dem von Ihnen gemieteten Objekt ein «Schadenart»-Schaden entstanden, für den wir «Betrag» EUR gezahlt haben.",
         "Nach unseren Ermittlungen kommt als Ursache «Ursache» in Betracht. Wir geben Ihnen Gelegenheit, sich bis zum «Fristdatum» zu äußern und uns Ihre Privathaftpflichtversicherung zu benennen.",
         "Bei nur leicht fahrlässiger Verursachung verzichten wir auf einen Regress.",
         "Mit freundlichen Grüßen – «Sachbearbeiter»",
     ], title="Muster Regressanhörung Mieter", author="Weyer, Jan-Philipp"))])

# ---- 0057
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "Pflegepflichtversicherung: Streit um Pflegegrad, Gutachtenergebnis, Klage vor dem Sozialgericht; Gesundheitsdaten der Mutter des Adressaten",
     frm=F("vogelsang"), to=("Thomas Brauckmann", "t.brauckmann@familie-brauckmann.example"),
     subject="Pflegeversicherung Ihrer Mutter Frau Erika Brauckmann – Widerspruch Pflegegrad",
     date="2026-03-25 09:18",
     body="""Sehr geehrter Herr Brauckmann,

als Bevollmächtigter Ihrer Mutter, Frau Erika Brauckmann (PPV-Nr. 88210344), haben Sie
Widerspruch gegen die Einstufung in Pflegegrad 2 eingelegt.

Das Zweitgutachten vom 17.03.2026 kommt zu 41,25 gewichteten Punkten. Berücksichtigt wurden
die fortschreitende Alzheimer-Demenz (G30.1, F00.1), die nächtliche Unruhe und die
Sturzneigung nach der Hüft-TEP. Das ergibt weiterhin Pflegegrad 2; für Pflegegrad 3 wären
47,5 Punkte erforderlich. Das Gutachten liegt dieser Nachricht im Portal bei.

Wir wissen, dass die Pflege zu Hause für Sie und Ihre Familie sehr belastend ist. Wenn Sie
mit der Entscheidung nicht einverstanden sind, können Sie innerhalb eines Monats Klage beim
Sozialgericht Kassel erheben; ein Vorverfahren ist nicht mehr nötig. Alternativ beantragen
Sie bei Verschlechterung jederzeit eine Höherstufung – dann begutachten wir neu.

Unsere Pflegeberatung (Tel. 0561 7788-7350) hilft Ihnen gern auch bei der Frage nach
Verhinderungspflege und Entlastungsbetrag.

""" + SIG["vogelsang"] + "\n\n" + DISC_DE)

# ---- 0058
mail("NORMAL", "de", "insurer-to-partner",
     "trap: Protokoll Arbeitskreis Regress beim Verband, nur allgemeine Themen (Schwerstverletzte, Pflegekosten, Sozialversicherungsträger), keine Fälle",
     frm=F("marquardt"), to=("Verband der Sachversicherer – Arbeitskreis Regress", "ak-regress@vsv-verband.example"),
     subject="AK Regress – Protokollentwurf der Sitzung vom 12.03.",
     date="2026-03-26 16:50", charset="windows-1252", cte="quoted-printable",
     body="""Liebe Kolleginnen und Kollegen,

anbei im Text mein Protokollentwurf. Ergänzungen bitte bis Freitag.

TOP 1 – Regress bei Schwerstverletzten
Mehrere Häuser berichten über steigende Pflegekosten bei Querschnitts- und Hirnverletzungen.
Die Abstimmung mit den Sozialversicherungsträgern nach § 116 SGB X dauert im Mittel
14 Monate. Vorschlag: gemeinsamer Leitfaden mit der Rentenversicherung.

TOP 2 – Teilungsabkommen
Kündigungswelle bei Rad-/Pedelec-Unfällen; Quoten werden neu verhandelt.

TOP 3 – Sachverständigenkosten
Die Gerichte erkennen Privatgutachten zur Schadenhöhe zunehmend an, wenn sie vor Klage
eingeholt wurden. Diskussion, ob das für Regresse gegen Handwerker genutzt werden kann.

TOP 4 – Verschiedenes
Nächste Sitzung 18.06., Gastgeber: Nordlicht (Hannover).

Mit freundlichen Grüßen
Helene Marquardt""")

# ---- 0059
mail("CONFIDENTIAL", "de", "insurer-to-lawyer",
     "Body nur 'einverstanden'; das Zitat der Gegenanwältin nennt Versicherungsnehmer, Kennzeichen, Schadennummer und Quote (sensitiv nur im Quote)",
     frm=F("brenner"), to=("RAin Yvonne Sell", "sell@kanzlei-sell.example"),
     subject="AW: Unfall 03.11.2025 Kreuzung Holländische Str. – Vergleichsvorschlag",
     date="2026-03-27 11:26", mailer="Microsoft Outlook 16.0",
     body="""Sehr geehrte Frau Sell,

einverstanden. Wir regulieren wie von Ihnen vorgeschlagen und veranlassen die Zahlung
innerhalb von 10 Tagen.

Gruß
Lukas Brenner

Von: RAin Yvonne Sell <sell@kanzlei-sell.example>
Gesendet: Donnerstag, 26. März 2026 15:02
An: Lukas Brenner <lukas.brenner@auenwald-versicherung.example>
Betreff: Unfall 03.11.2025 Kreuzung Holländische Str. – Vergleichsvorschlag

Sehr geehrter Herr Brenner,

in der Sache meiner Mandantin Frau Annika Feldmann ./. Ihren Versicherungsnehmer Herrn
Karsten Ruhl (KS-KR 740, Ihre Schaden-Nr. KS-2025-110378) schlage ich zur Vermeidung eines
Rechtsstreits eine Haftungsquote von 70:30 zu Lasten Ihres VN vor. Das ergibt auf den
Fahrzeugschaden meiner Mandantin (7.212,00 EUR) einen Betrag von 5.048,40 EUR zzgl. meiner
Gebühren aus diesem Wert. Personenschäden werden nicht geltend gemacht.

Mit freundlichen Grüßen
Yvonne Sell
Rechtsanwältin""")

# ---- 0060
mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "reply to expat's complaint to the PKV ombudsman about IVF cost refusal: fertility treatment, diagnosis of the couple",
     frm=F("vogelsang"), to=("Chloé Martin-Hughes", "chloe.mh@inboxly.example"),
     subject="Your complaint to the PKV ombudsman – IVF treatment costs (policy KV 77612055)",
     date="2026-03-30 13:40",
     body="""Dear Ms Martin-Hughes,

the PKV ombudsman forwarded your complaint of 9 March to us. I have re-examined your claim
for the costs of the second and third IVF cycles at Kinderwunschzentrum Kassel (invoices of
EUR 6,840 and EUR 7,115).

Your tariff covers assisted reproduction if the infertility is caused by the insured person
and there is a sufficient chance of success. The centre's report confirms bilateral tubal
occlusion (N97.1) on your side, which meets the first condition. We had declined the third
cycle because of the age limit; however, you had not yet turned 40 when that cycle started on
2 February 2026, so our decision was wrong.

We will therefore reimburse both cycles in full (EUR 13,955.00). I have informed the
ombudsman that we have remedied your complaint. Please let me know whether this resolves the
matter for you; the ombudsman will close the file once you confirm.

I apologise for the inconvenience caused.

""" + SIG["vogelsang"].replace("Mit freundlichen Grüßen", "Kind regards") + "\n\n" + DISC_EN)

# ---- 0061
mail("NORMAL", "en", "insurer-to-supplier",
     "trap: renewal of a legal database subscription, words judgments, medical malpractice, personal injury tables, no person",
     frm=F("berisha"), to=("LexData Europe – Key Accounts", "accounts@lexdata-europe.example"),
     subject="Renewal 2026/27 – LexData Professional (40 seats)",
     date="2026-03-31 10:02",
     body="""Dear Mr Olsen,

we would like to renew our LexData Professional subscription for another year (40 named
users in Legal, Recoveries and Complaints).

Please include in the offer:
- the personal injury damages tables module (Schmerzensgeld tables), which our recoveries
  team uses for pain-and-suffering benchmarks,
- the medical malpractice judgments collection,
- API access for our matter management system LexTrack (judgment citations only).

Invoice address: Auenwald Versicherungen AG, Einkauf, Auenwaldring 12, 34119 Kassel,
VAT ID DE298117730. Our PO number will follow.

Kind regards
Claudia Berisha
Procurement, Auenwald Versicherungen AG""")

# ---- 0062
mail("CONFIDENTIAL", "de", "insurer-to-broker",
     "Makler fragt Stand Rechtsschutzfall Nachbarschaftsstreit; Antwort mit Kundenname, Schadennummer, Anwalt, Kosten; windows-1252",
     frm=F("oltmanns"), to=("Ingo Weber – Finanzkontor Weber", "ingo.weber@weber-finanzkontor.example"),
     subject="AW: Stand RS-Fall Ihres Kunden Gerhard Pfannkuch",
     date="2026-04-01 14:05", charset="windows-1252", cte="quoted-printable",
     body="""Hallo Herr Weber,

zum Nachbarschaftsstreit Ihres Kunden Gerhard Pfannkuch (RS-2290-1187, Schaden
RS-S-2025-03310, Grenzbebauung/Hecke):

- Deckung für die erste Instanz besteht, RA Matthias Kröger ist beauftragt.
- Das Amtsgericht Melsungen hat einen Ortstermin mit Sachverständigem angeordnet, den
  Kostenvorschuss von 1.500 EUR haben wir am 20.03. gezahlt.
- Vergleichsverhandlungen laufen; die Gegenseite (Eheleute Rausch) bietet an, die Hecke auf
  1,80 m zu kürzen.

Mehr kann ich Ihnen nicht sagen, weil Herr Pfannkuch uns gegenüber Sie nur für den Vertrag,
nicht für die Schadenakte bevollmächtigt hat. Vielleicht sprechen Sie ihn direkt an.

""" + SIG["oltmanns"])

# ---- 0063
mail("STRICTLY_CONFIDENTIAL", "de", "internal",
     "Inline-Weiterleitung einer gesellschaftsärztlichen Stellungnahme zur Kausalität (Vorschaden Schulter) für den Regress; Gesundheitsdaten im Forward",
     frm=F("marquardt"), to=[F("yilmaz")],
     subject="WG: Kausalität Schulter – Regress Henning Braun",
     date="2026-04-02 08:44",
     body="""Emre, zur Info für Deine Verhandlung mit der Drei Eichen. Das Argument mit dem
Vorschaden können wir so nicht halten, siehe Dr. Pohl. Lass uns 60 % anbieten.
H.

-------- Weitergeleitete Nachricht --------
Betreff: Kausalität Schulter – Regress Henning Braun
Datum: Wed, 1 Apr 2026 17:12:40 +0200
Von: Dr. med. Ansgar Pohl <ansgar.pohl@auenwald-versicherung.example>
An: Dr. Helene Marquardt <helene.marquardt@auenwald-versicherung.example>

Liebe Frau Marquardt,

zu Herrn Henning Braun (geb. 23.06.1963): Die MRT von 2021 zeigt bereits eine
Supraspinatussehnen-Teilruptur rechts (M75.1) und eine AC-Gelenksarthrose. Die nach dem
Auffahrunfall vom 09.09.2025 diagnostizierte komplette Ruptur mit Retraktion (S46.0) ist
nach meiner Einschätzung zu etwa 40 % auf die Vorschädigung zurückzuführen. Die OP
(Rekonstruktion 10/2025) und die Reha wären ohne Unfall mit hoher Wahrscheinlichkeit
erst später notwendig geworden.

Freundliche Grüße
A. Pohl""")

# ---- 0064
mail("NORMAL", "de", "newsletter",
     "trap: Kunden-Newsletter HTML-only zu Nachbarstreit, Mediation, Ombudsmann; Beispielpersonen fiktiv, keine echten Daten",
     frm=NEWS, to=("Newsletter-Abonnenten", "kunden-news@auenwald-versicherung.example"),
     subject="Streit mit dem Nachbarn? So hilft Ihr Rechtsschutz – Auenwald aktuell 4/2026",
     date="2026-04-03 07:00", mailer=None,
     extra=[("List-Unsubscribe", "<https://news.auenwald-versicherung.example/abmelden>"), ("Precedence", "bulk")],
     html="""<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Auenwald aktuell 4/2026</title></head>
<body style="margin:0;font-family:Verdana,Arial,sans-serif;background:#f3f5f2">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="620" cellpadding="16" style="background:#ffffff">
<tr><td style="background:#1d5c3b;color:#ffffff;font-size:20px">Auenwald aktuell &ndash; Ausgabe 4/2026</td></tr>
<tr><td>
<h2 style="color:#1d5c3b">Streit mit dem Nachbarn? Erst reden, dann klagen.</h2>
<p>Die Hecke zu hoch, der Grill zu nah, der Baum wirft Laub aufs Dach: Nachbarschaftsstreit ist der Klassiker im Rechtsschutz. Oft lässt er sich ohne Gericht lösen &ndash; mit einer <b>Mediation</b>, die wir bei &bdquo;AuenRecht Komfort&ldquo; komplett bezahlen.</p>
<p><i>Beispiel (fiktiv):</i> Familie Muster aus Musterstadt ärgert sich über die Wurzeln einer Pappel. Nach zwei Mediationsterminen einigen sich beide Seiten auf eine Wurzelsperre &ndash; Kosten für die Familie: 0&nbsp;Euro.</p>
<h2 style="color:#1d5c3b">Unzufrieden mit uns? Der Ombudsmann hilft.</h2>
<p>Wenn Sie mit einer Entscheidung von uns nicht einverstanden sind, können Sie sich kostenlos an den Versicherungsombudsmann wenden. Mehr dazu auf <a href="https://www.auenwald-versicherung.example/beschwerde">unserer Beschwerdeseite</a>.</p>
<h2 style="color:#1d5c3b">Gesundheit: Zahnzusatz jetzt ohne Wartezeit</h2>
<p>Bis 30. Juni entfallen bei Neuabschluss die Wartezeiten für Zahnersatz und Kieferorthopädie.</p>
</td></tr>
<tr><td style="font-size:11px;color:#777">Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben. <a href="https://news.auenwald-versicherung.example/abmelden">Abmelden</a><br>Auenwald Versicherungen AG, Auenwaldring 12, 34119 Kassel</td></tr>
</table></td></tr></table></body></html>""")

# ---- 0065
mail("CONFIDENTIAL", "en", "insurer-to-customer",
     "recovered stolen e-bike: customer asked to repay indemnity or hand over the bike; name, policy, frame number, amount",
     frm=F("toedt"), to=("Jonathan Reeves", "jon.reeves@fastmail-uk.example"),
     subject="Your stolen e-bike has been found – household policy HR-8812-0457",
     date="2026-04-06 15:31",
     body="""Dear Mr Reeves,

good news: the police in Kassel have informed us that your e-bike (Cube Kathmandu Hybrid,
frame number WCU2284471K) has been found in a garage during a search on 1 April. It is in
good condition apart from a missing battery.

As we paid you EUR 3,249.00 for the theft under your household contents policy HR-8812-0457
on 12 January, the bike legally belongs to us now (section 13 VHB). You have two options:

  a) you take the bike back and repay EUR 3,249.00 minus EUR 640.00 for the missing battery,
     i.e. EUR 2,609.00; or
  b) we collect the bike from the police and sell it; you keep the money already paid.

Please let us know your choice within four weeks. The police reference for collecting the
bike is 26-KS-04471.

""" + SIG["toedt"].replace("Mit freundlichen Grüßen", "Kind regards") + "\n\n" + DISC_EN)

# ---- 0066
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
     "Rechtsschutz Arbeitsrecht: krankheitsbedingte Kündigung (Migräne, Bandscheibe, AU-Zeiten) – Details nur in ZIP mit PDF und CSV",
     frm=RS_SCHADEN, to=("RA Sven Tiedemann", "tiedemann@ra-tiedemann.example"),
     subject="Deckungszusage RS-S-2026-01174 – Unterlagen",
     date="2026-04-07 10:55",
     body="""Sehr geehrter Herr Tiedemann,

anbei die Deckungszusage für die erste Instanz sowie die Unterlagen, die uns Ihre Mandantin
überlassen hat, gesammelt als ZIP-Datei.

Mit freundlichen Grüßen
Ihr Rechtsschutz-Schadenservice
Auenwald Versicherungen AG""",
     atts=[lambda: att("RS-S-2026-01174_Unterlagen.zip", zipfile_bytes([
         ("Deckungszusage_RS-S-2026-01174.pdf", pdf([[
             "# Deckungszusage Arbeitsrechtsschutz",
             "Versicherungsnehmerin: Frau Stefanie Lorenz, geb. 11.08.1982, Vertrag RS-3390-2214",
             "Gegner: Hofmann Logistik GmbH & Co. KG, Kassel",
             "Angelegenheit: Kündigungsschutzklage gegen krankheitsbedingte Kündigung vom 24.03.2026",
             "Gegenstandswert: 3 Bruttomonatsgehälter à 3.180,00 EUR = 9.540,00 EUR",
             "Zusage für die erste Instanz, Selbstbeteiligung 150 EUR.",
         ]], title="Deckungszusage RS-S-2026-01174", date="20260407105000")),
         ("AU-Zeiten_Lorenz_2024-2026.csv", csvdata([
             ["von", "bis", "Tage", "Diagnose laut AU", "Arzt"],
             ["08.01.2024", "19.01.2024", 12, "G43.0 Migräne ohne Aura", "Dr. Schubert"],
             ["04.04.2024", "26.04.2024", 23, "M51.2 Bandscheibenverlagerung", "Dr. Schubert"],
             ["11.09.2024", "13.09.2024", 3, "G43.0 Migräne", "Dr. Schubert"],
             ["02.12.2024", "31.01.2025", 61, "M51.2 / F43.2 Anpassungsstörung", "MVZ Kassel-Ost"],
             ["15.10.2025", "07.11.2025", 24, "M54.4 Lumboischialgie", "MVZ Kassel-Ost"],
         ])),
         ("Kuendigung_Hofmann_Logistik.txt", "Hofmann Logistik GmbH & Co. KG\nKündigung des Arbeitsverhältnisses mit Frau Stefanie Lorenz zum 30.06.2026 aus personenbedingten Gründen (krankheitsbedingte Fehlzeiten).\n"),
     ], date_time=(2026, 4, 7, 10, 50, 0)))])

# ---- 0067
mail("NORMAL", "de", "internal",
     "trap: Einladung Erste-Hilfe-Auffrischung für Ersthelfer; Wörter Verletzungen, Herzinfarkt, Wiederbelebung, keine Person",
     frm=F("kluge"), to=[("Ersthelferinnen und Ersthelfer", S("ersthelfer"))],
     subject="Auffrischung Erste Hilfe am 23.04. – bitte anmelden",
     date="2026-04-08 09:30", cte="8bit",
     body="""Hallo liebe Ersthelferinnen und Ersthelfer,

die Berufsgenossenschaft verlangt alle zwei Jahre eine Auffrischung. Der nächste Kurs:

  Donnerstag, 23.04.2026, 8:30–16:00 Uhr, Schulungsraum EG
  Trainer: Johanniter Kassel

Themen: Herz-Lungen-Wiederbelebung und AED, Herzinfarkt und Schlaganfall erkennen,
Verletzungen an Kopf und Wirbelsäule, stabile Seitenlage, Umgang mit Schnittverletzungen.

Bitte meldet euch bis 15.04. bei mir an (max. 16 Plätze). Die Zeit gilt als Arbeitszeit.

""" + SIG["kluge"])

# ---- 0068
mail("CONFIDENTIAL", "de", "insurer-to-company",
     "Pfändungs- und Überweisungsbeschluss an Arbeitgeber (Drittschuldner) zur Regressbeitreibung: Arbeitnehmer namentlich, Nettolohn, Forderung",
     frm=F("marquardt"), to=("Bäckerei Jungmann GmbH – Lohnbuchhaltung", "lohn@baeckerei-jungmann.example"),
     subject="Drittschuldnererklärung – PfÜB AG Kassel 640 M 1182/26 – Ihr Mitarbeiter Herr Kevin Rasch",
     date="2026-04-09 11:40",
     body="""Sehr geehrte Damen und Herren,

Ihnen wurde am 02.04.2026 der Pfändungs- und Überweisungsbeschluss des Amtsgerichts Kassel
(Az. 640 M 1182/26) zugestellt. Gläubigerin ist die Auenwald Versicherungen AG, Schuldner ist
Ihr Arbeitnehmer Herr Kevin Rasch, geb. 17.02.1997. Grundlage ist ein Vollstreckungsbescheid
über unsere Regressforderung von 6.882,15 EUR nebst Zinsen und Kosten.

Ihre Drittschuldnererklärung nach § 840 ZPO steht noch aus. Bitte teilen Sie uns mit,
  1. ob Sie die Forderung als begründet anerkennen,
  2. ob andere Gläubiger Ansprüche geltend machen,
  3. wie hoch der pfändbare Betrag nach Ihrer Berechnung ist (wir gehen bei einem
     Nettolohn von ca. 2.310 EUR und keiner Unterhaltspflicht von rund 580 EUR aus).

Die pfändbaren Beträge überweisen Sie bitte monatlich auf IBAN """ + IB_AUENWALD + """,
Verwendungszweck „RG-2024-08817 Rasch“.

""" + SIG["marquardt"] + "\n\n" + DISC_DE)

# ---- 0069
mail("NORMAL", "en", "insurer-to-press",
     "trap: answer to a journalist on subrogation after flood damage, only general statements and aggregate figures",
     frm=F("wendland"), to=("Hannah Ortlieb", "h.ortlieb@hessen-rundschau-online.example"),
     subject="RE: Press inquiry - do insurers sue municipalities after floods?",
     date="2026-04-10 14:12", mailer=None,
     body="""Dear Ms Ortlieb,

thank you for your questions. You may quote the following as a statement of Auenwald
Versicherungen:

"When a flood or sewer backflow is caused by a third party's fault - for example a
municipality that did not maintain its drainage system - the law transfers our customers'
claims to us once we have paid (section 86 of the Insurance Contract Act). We examine such
recourse claims carefully and pursue them only where there is clear evidence of fault. Our
customers are never affected by these proceedings: they keep their payment."

On your other questions: in 2025 we examined recourse in about 180 natural hazard claims and
pursued 12; we do not comment on individual cases or municipalities.

Best regards,
Gesa Wendland
Corporate Communications, Auenwald Versicherungen AG
+49 561 7788-1500""")

# ---- 0070
mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-doctor",
     "request to psychiatrist for records in disability claim: PTSD after assault (crime victim), patient named with DOB",
     frm=F("sauer"), to=("Dr. Aoife Brennan", "practice@brennan-psychiatry.example"),
     subject="Your patient Mr Liam O'Connor (DOB 05/05/1986) – disability claim LV-BU-4420981",
     date="2026-04-13 10:27",
     body="""Dear Dr Brennan,

your patient Mr Liam O'Connor, born 5 May 1986, has claimed disability benefits under his
income protection policy LV-BU-4420981 with us. He states that he has been unable to work as
a paramedic since an assault on duty in Kassel on 28 September 2025 and that you have treated
him for post-traumatic stress disorder since he moved back to Dublin in November.

With his written consent (attached in our secure portal), we would be grateful for:
- your diagnosis (ICD-10 if possible) and date of first consultation,
- current treatment (psychotherapy, medication and dosage),
- your assessment of his capacity to work as a paramedic and in other roles,
- any pre-existing mental health conditions known to you.

We will of course pay your fee for the report (up to EUR 350 without prior approval).
Please reply through the portal link we will send you separately.

""" + SIG["sauer"].replace("Mit freundlichen Grüßen", "Yours sincerely") + "\n\n" + DISC_EN)

# ---- 0071
mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "Sachverständigenverfahren nach Sturmschaden (Streit über Schadenhöhe): Kunde namentlich, Vertrag, Anschrift, Beträge; multipart/alternative",
     frm=F("toedt"), to=("Bernd Halbach", "bernd.halbach@halbach-online.example"),
     subject="Ihr Sturmschaden vom 11.01.2026 – Sachverständigenverfahren",
     date="2026-04-14 13:05",
     body="""Sehr geehrter Herr Halbach,

Sie sind mit unserer Regulierung Ihres Sturmschadens am Wohnhaus Am Sonnenhang 3, 34587
Felsberg (Wohngebäudevertrag WG-4412-9901) nicht einverstanden. Unser Gutachter hat
23.480 EUR ermittelt, Ihr Dachdecker veranschlagt 41.900 EUR.

Wie am Telefon besprochen, schlagen wir das Sachverständigenverfahren nach § 84 VVG / Ziff. 10
VGB vor:
  - Jede Seite benennt einen Sachverständigen; unser Sachverständiger ist Dipl.-Ing. Yvonne
    Strobel.
  - Beide bestimmen gemeinsam einen Obmann, falls sie sich nicht einigen.
  - Die Kosten Ihres Sachverständigen tragen Sie, die unserer Sachverständigen wir; den
    Obmann teilen wir uns.

Den Betrag von 23.480 EUR haben wir Ihnen als unstrittigen Teil bereits überwiesen. Bitte
nennen Sie uns Ihren Sachverständigen bis 05.05.2026.

""" + SIG["toedt"],
     html="""<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Sehr geehrter Herr Halbach,</p>
<p>Sie sind mit unserer Regulierung Ihres Sturmschadens am Wohnhaus Am Sonnenhang 3, 34587 Felsberg (Wohngebäudevertrag WG-4412-9901) nicht einverstanden. Unser Gutachter hat 23.480&nbsp;EUR ermittelt, Ihr Dachdecker veranschlagt 41.900&nbsp;EUR.</p>
<p>Wie am Telefon besprochen, schlagen wir das Sachverständigenverfahren nach &sect;&nbsp;84 VVG / Ziff.&nbsp;10 VGB vor:</p>
<ul><li>Jede Seite benennt einen Sachverständigen; unser Sachverständiger ist Dipl.-Ing. Yvonne Strobel.</li>
<li>Beide bestimmen gemeinsam einen Obmann, falls sie sich nicht einigen.</li>
<li>Die Kosten Ihres Sachverständigen tragen Sie, die unserer Sachverständigen wir; den Obmann teilen wir uns.</li></ul>
<p>Den Betrag von 23.480&nbsp;EUR haben wir Ihnen als unstrittigen Teil bereits überwiesen. Bitte nennen Sie uns Ihren Sachverständigen bis 05.05.2026.</p>
<p>Mit freundlichen Grüßen<br><br>Rainer Tödt<br>Schaden Sach/Gebäude<br>Auenwald Versicherungen AG<br>Tel. 0561 7788-6402</p>
</body></html>""")

# ---- 0072
mail("NORMAL", "de", "internal",
     "trap: Phishing-Warnung vor gefälschter Mail 'Amtsgericht' mit Zahlungsaufforderung und Kontonummer der Betrüger (ohne IBAN), keine echten Personen",
     frm=F("haas"), to=[("Alle Mitarbeitenden", S("alle"))],
     subject="Achtung Phishing: gefälschte Mails „Amtsgericht Kassel – Kostenrechnung“",
     date="2026-04-15 10:10",
     body="""Liebe Kolleginnen und Kollegen,

seit heute Morgen gehen Mails mit dem Betreff „Amtsgericht Kassel – Kostenrechnung zu Ihrem
Verfahren“ bei uns ein, besonders in den Postfächern von Recht, Regress und Rechtsschutz.
Angeblich sollen offene Gerichtskosten sofort gezahlt werden, der Anhang „Kostenrechnung.zip“
enthält Schadsoftware.

Erkennungsmerkmale:
- Absender endet nicht auf justiz.example, sondern auf eine ausländische Domain
- Kein Aktenzeichen im üblichen Format, dafür „Ihr Verfahren Nr. 2026/XY“
- Zahlungsziel „innerhalb 24 Stunden“

Bitte den Anhang nicht öffnen, die Mail über den Button „Phishing melden“ weiterleiten und
danach löschen. Echte Gerichtskostenrechnungen kommen bei uns über das beA/EGVP-Postfach.

""" + SIG["haas"])

# ---- 0073
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "KV-Unfallfragebogen für möglichen Regress: Body neutral, DOCX vorausgefüllt mit Diagnose (Sprunggelenksfraktur) und Behandlungen",
     frm=KV_LEISTUNG, to=("Nico Hartwig", "nico.hartwig@posteo-mail.example"),
     subject="Fragen zu Ihrem Unfall – bitte Fragebogen ausfüllen",
     date="2026-04-16 09:00",
     body="""Sehr geehrter Herr Hartwig,

bei der Prüfung Ihrer eingereichten Rechnungen haben wir festgestellt, dass die Behandlung
auf einen Unfall zurückgeht. Wenn ein anderer den Unfall verursacht hat, können wir unsere
Kosten von ihm zurückverlangen – Ihre Leistungen sind davon nicht betroffen.

Bitte füllen Sie den beigefügten Fragebogen aus und senden Sie ihn über unser Kundenportal
zurück.

Vielen Dank und gute Besserung!
Ihre Leistungsabteilung Krankenversicherung""",
     atts=[lambda: att("Unfallfragebogen_KV77290114.docx", docx([
         ("h", "Unfallfragebogen – Krankenversicherung"),
         "Versicherte Person: Nico Hartwig, geb. 02.02.2001, KV-Nr. 77290114",
         "Uns bekannte Behandlung: Sprunggelenksfraktur rechts Typ Weber B (S82.6), operative Versorgung am 21.03.2026 im Marienkrankenhaus Kassel, anschließend Physiotherapie.",
         ("table", [["Frage", "Ihre Antwort"],
                    ["Wann und wo ist der Unfall passiert?", ""],
                    ["Wie ist der Unfall passiert?", ""],
                    ["Ist eine andere Person beteiligt gewesen (Name, Anschrift)?", ""],
                    ["Wurde die Polizei hinzugezogen (Aktenzeichen)?", ""],
                    ["Handelte es sich um einen Arbeits- oder Wegeunfall?", ""]]),
         "Ort, Datum, Unterschrift",
     ], title="Unfallfragebogen"))])

# ---- 0074
mail("NORMAL", "en", "insurer-to-partner",
     "trap: sponsorship and speaker confirmation for a European subrogation conference, words personal injury, recovery, medical experts",
     frm=F("okafor"), to=("European Subrogation Forum – Organising Team", "team@subrogation-forum.example"),
     subject="ESF 2026 Vienna – speaker confirmation and sponsorship package B",
     date="2026-04-17 11:45", charset="us-ascii", cte="7bit",
     body="""Dear Ms Steiner,

I'm happy to confirm that I will speak at the European Subrogation Forum in Vienna
(16-17 September 2026) on "Cross-border personal injury recoveries: working with medical
experts in three jurisdictions". The talk will use anonymised, aggregated examples only.

Auenwald Versicherungen also takes sponsorship package B (EUR 6,500 plus VAT). Please send
the invoice to invoices@auenwald-versicherung.example with PO 4500-2026-0712.

Slides will follow by 31 August.

Kind regards
Daniel Okafor
International Claims & Recoveries, Auenwald Versicherungen AG""")

# ---- 0075
mail("CONFIDENTIAL", "en", "insurer-to-lawyer",
     "motor subrogation via Irish solicitors; ZIP with PDF claim summary and CSV of costs names our insured and her car",
     frm=F("okafor"), to=("Byrne & Nolan Solicitors", "claims@byrne-nolan.example"),
     subject="Instruction – recovery v. Mr Declan Foley (Irish-registered vehicle) – our ref KR-2026-000812",
     date="2026-04-20 16:20",
     body="""Dear Ms Nolan,

further to our telephone conversation, we instruct you to recover our outlay from Mr Declan
Foley and his motor insurer. The claim summary and a cost breakdown are in the ZIP file
attached; originals of the invoices will follow by post.

Liability is clear (rear-end collision at a red light in Kassel, police report available).
Our insured was not injured.

""" + SIG["okafor"] + "\n\n" + DISC_EN,
     atts=[lambda: att("KR-2026-000812.zip", zipfile_bytes([
         ("claim_summary_KR-2026-000812.pdf", pdf([[
             "# Claim summary KR-2026-000812",
             "Our insured: Ms Veronika Albers, Kassel - comprehensive motor policy KF-6610-2045",
             "Vehicle: BMW 118i, KS-VA 2210",
             "Third party: Mr Declan Foley, Cork, vehicle 231-C-44871 (IE)",
             "Date of loss: 19/02/2026, Kassel, Frankfurter Straße / Am Weinberg (red light, rear-end collision)",
             "No personal injury.",
             "Amount paid to our insured: EUR 7,860.45 (see cost breakdown)",
         ]], title="Claim summary KR-2026-000812", date="20260420160000")),
         ("cost_breakdown.csv", csvdata([
             ["item", "supplier", "amount_eur"],
             ["repair", "BMW Autohaus Kassel", "6790.45"],
             ["assessor", "Ingenieurbuero Kessler", "480.00"],
             ["rental car 7 days", "Alpenmobil", "590.00"],
         ], delim=";")),
     ], date_time=(2026, 4, 20, 16, 0, 0)))])


# ---- 0076
mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-company",
     "group income protection claim: employer's HR told about employee's cancer treatment and benefit start; health data of named employee",
     frm=F("sauer"), to=("Ms Tanja Ruprecht – HR", "hr@kuehl-partner-bau.example"),
     subject="Group income protection GIP-0044 – claim of your employee Mr Andrzej Nowicki",
     date="2026-04-21 09:41",
     body="""Dear Ms Ruprecht,

we have accepted the claim of your employee Mr Andrzej Nowicki (staff no. 20417) under the
group income protection policy GIP-0044. Mr Nowicki has consented to our informing you of
the following, so that payroll can be adjusted:

- Incapacity since 09/12/2025 because of treatment for colorectal cancer (surgery in
  January, adjuvant chemotherapy until about June 2026).
- Benefit: 75 % of the insured salary, i.e. EUR 2,812.50 per month from 09/03/2026
  (end of the 13-week deferred period), paid to the company as policyholder.
- We will review the claim in July, when the oncologist's follow-up report is available.

Please do not pass these details on within the company beyond what payroll needs.

""" + SIG["sauer"].replace("Mit freundlichen Grüßen", "Kind regards") + "\n\n" + DISC_EN)

# ---- 0077
mail("NORMAL", "de", "internal",
     "trap: Buchhaltung zu Gerichtskostenvorschüssen, IBAN der Landesjustizkasse (Behördenkonto) und Kassenzeichen-Format, keine Personen",
     frm=("Auenwald Finanzbuchhaltung", S("fibu")), to=[F("weyer"), F("oltmanns"), ("Team Regress", S("team-regress"))],
     subject="Gerichtskostenvorschüsse – neues Verfahren ab Mai",
     date="2026-04-22 13:13",
     body="""Hallo zusammen,

ab 1. Mai zahlen wir Gerichtskostenvorschüsse nicht mehr per Einzelüberweisung aus der
Fachabteilung, sondern gesammelt im täglichen Zahlungslauf. Bitte im Zahlungsauftrag immer
angeben:

  - Empfänger: Landesjustizkasse (Konto bleibt """ + iban("DE", "50050000" + "0001005615") + """)
  - Kassenzeichen genau wie auf der Kostenrechnung (13-stellig, ohne Leerzeichen)
  - Kostenstelle 4410 (Regress), 3002 (Recht) oder 5120 (Rechtsschutz-Leistung)

Für Rechtsschutzfälle, in denen wir Vorschüsse für Versicherte zahlen, gilt dasselbe; die
Schadennummer bitte zusätzlich ins Feld „Referenz“. Fragen gern an mich.

Viele Grüße
Jörg Adamczyk
Finanzbuchhaltung""")

# ---- 0078
mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "grey: Tierhalterhaftpflicht – Hund des VN biss Nachbarhund, Tierarztkosten und Regress der Tierkrankenversicherung; Tiergesundheit = vertraulich",
     frm=F("yilmaz"), to=("Carsten Helmbold", "c.helmbold@familienpost.example"),
     subject="Hundehalterhaftpflicht TH-2281-4410 – Forderung der Nordlicht Tierkranken",
     date="2026-04-23 15:22",
     body="""Hallo Herr Helmbold,

die Nordlicht Tierkrankenversicherung fordert von Ihnen 1.946,30 EUR. Sie hat die
Tierarztkosten für den Labrador Ihrer Nachbarin Frau Ulrike Sommer übernommen, den Ihr
Rüde „Bruno“ am 28.03. beim Spaziergang an der Fulda gebissen hat (Bisswunden an Hals
und Schulter, Wundversorgung unter Narkose in der Tierklinik Kassel).

Das ist über Ihre Hundehalterhaftpflicht bei uns versichert. Wir zahlen die Forderung, wenn
Sie uns kurz bestätigen, dass sich der Vorfall so zugetragen hat. Nach unseren Unterlagen
war Bruno angeleint, der andere Hund nicht – das kann zu einer Mithaftung führen; wir
werden deshalb nur 75 % anbieten. Sie müssen nichts weiter tun.

""" + SIG["yilmaz"])

# ---- 0079
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
     "Rechtsschutz Sozialrecht: Klage gegen Rentenversicherung wegen Erwerbsminderungsrente, Diagnosen (COPD, KHK); Stichentscheid",
     frm=F("oltmanns"), to=("RAin Doris Kleinschmidt", "info@kleinschmidt-sozialrecht.example"),
     subject="Ihre Mandantin Frau Brigitte Vahle – Deckung Sozialgerichtsklage (RS-S-2026-01388)",
     date="2026-04-24 10:31",
     body="""Sehr geehrte Frau Kleinschmidt,

für die Klage Ihrer Mandantin Frau Brigitte Vahle (Vertrag RS-1180-4471) gegen den Bescheid
der Rentenversicherung Mitte über die Ablehnung der Erwerbsminderungsrente erteilen wir
Deckungszusage für das Verfahren vor dem Sozialgericht Kassel.

Hinweis zu Ihrem Antrag auf ein Gutachten nach § 109 SGG: Nach Ihrer Schilderung leidet
Frau Vahle an einer COPD GOLD 3 (J44.1) und einer koronaren Herzkrankheit mit Stent-
Implantation 2024 (I25.1); die Rentenversicherung stützt sich auf ein Gutachten, das ihr
noch sechs Stunden leichte Tätigkeit zutraut. Die Kosten eines § 109-Gutachtens übernehmen
wir bis 3.000 EUR, wenn Sie uns vorher den Gutachter und einen Kostenvoranschlag nennen.

Die Selbstbeteiligung entfällt (Sozialgerichtsverfahren, Tarif Komfort).

""" + SIG["oltmanns"] + "\n\n" + DISC_DE)

# ---- 0080
mail("NORMAL", "en", "insurer-to-broker",
     "trap: cyber insurance incident-response panel list (law firms, forensic experts), words data breach, personal data, ransom; no client",
     frm=F("schreiber"), to=("Thornbury Brokers Ltd", "cyber@thornbury-brokers.example"),
     subject="Cyber policy 2026: updated incident response panel",
     date="2026-04-27 09:15", html_cte="quoted-printable",
     body="""Dear colleagues,

please find below the updated incident response panel for our cyber policy (wording CY 2026).
Clients may call the 24/7 hotline +49 561 7788-9111 and will be connected to:

  Breach counsel:        Seidel Fuchs Rechtsanwälte (DE), Whitcombe Hale LLP (UK)
  Forensic IT experts:   NordSec Forensics GmbH, Incidentum B.V.
  PR / crisis comms:     Kernbach Kommunikation
  Data breach notices:   handled by breach counsel, incl. notifications to supervisory
                         authorities and affected persons

Reminder: ransom payments are not covered; negotiations with threat actors are only
conducted by the panel and with our prior approval.

""" + SIG["schreiber"].replace("Beste Grüße", "Best wishes"),
     html="""<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Dear colleagues,</p>
<p>please find below the updated incident response panel for our cyber policy (wording CY&nbsp;2026). Clients may call the 24/7 hotline +49&nbsp;561&nbsp;7788-9111 and will be connected to:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Service</th><th>Panel</th></tr>
<tr><td>Breach counsel</td><td>Seidel Fuchs Rechtsanwälte (DE), Whitcombe Hale LLP (UK)</td></tr>
<tr><td>Forensic IT experts</td><td>NordSec Forensics GmbH, Incidentum B.V.</td></tr>
<tr><td>PR / crisis comms</td><td>Kernbach Kommunikation</td></tr>
<tr><td>Data breach notices</td><td>handled by breach counsel, incl. notifications to supervisory authorities and affected persons</td></tr>
</table>
<p>Reminder: ransom payments are not covered; negotiations with threat actors are only conducted by the panel and with our prior approval.</p>
<p>Best wishes<br>Fiona Schreiber<br>Maklerbetreuung Region Mitte<br>Auenwald Versicherungen AG</p>
</body></html>""")

# ---- 0081
mail("CONFIDENTIAL", "en", "insurer-to-company",
     "D&O claim notification: insolvency administrator sues named former managing director; coverage reservation; no health data",
     frm=F("gruber"), to=("Mr Henrik Lassen", "h.lassen@lassen-holding.example"),
     cc=[("Dr. Carla Weidenbach", "c.weidenbach@weidenbach-legal.example")],
     subject="D&O policy DO-2023-0117 – claim by the insolvency administrator of Lassen Solar GmbH",
     date="2026-04-28 17:05",
     body="""Dear Mr Lassen,

we acknowledge receipt of the statement of claim filed by the insolvency administrator of
Lassen Solar GmbH, Dr. Ruth Eisenhardt, against you personally as former managing director
(Regional Court Kassel, 8 O 402/26). The administrator claims EUR 1,870,000 for payments made
after the company became insolvent (section 15b InsO).

We confirm that the claim falls within the period of cover of D&O policy DO-2023-0117. We
will pay the defence costs of your counsel, Dr. Carla Weidenbach (copied), at the agreed
hourly rates, subject to a reservation of rights regarding the exclusion for knowing breach
of duty. This reservation is standard at this stage and does not mean we consider the
allegation justified.

Please do not make any admissions or settlement offers without our consent. The deadline for
the defence is 26 May 2026.

""" + SIG["gruber"] + "\n\n" + DISC_EN)

# ---- 0082
mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "accident insurance: hospital daily allowance after ski collision, ACL rupture and surgery, recovery against other skier; windows-1252 QP",
     frm=F("engstfeld"), to=("Megan O'Donnell", "megan.odonnell@inboxly.example"),
     subject="Your accident claim UV-2026-0233 – hospital allowance and the other skier",
     date="2026-04-29 11:55", charset="windows-1252", cte="quoted-printable",
     body="""Dear Ms O'Donnell,

thank you for the documents from the clinic in Innsbruck. I am glad to hear that the
operation on your right knee went well.

Based on the discharge letter (rupture of the anterior cruciate ligament and medial meniscus
tear, arthroscopic reconstruction on 9 March 2026), we pay:

  Hospital daily allowance, 6 days x €50         €300.00
  Recovery allowance (Genesungsgeld), 6 days      €300.00
  Cosmetic surgery / rescue costs                  –

The total of €600.00 will be credited to your account this week. Any claim for permanent
impairment can only be assessed after one year, so we will contact you again in spring 2027.

You told us that another skier (a Dutch citizen, details in the police report of the Tyrol
police) crashed into you. Your accident insurance is a fixed-sum cover, so we do not take
recourse - but your own claim for pain and suffering against him remains. If you have legal
expenses insurance with us, it will cover a lawyer for this.

""" + SIG["engstfeld"] + "\n\n" + DISC_EN)

# ---- 0083
mail("NORMAL", "de", "insurer-to-broker",
     "grey/trap: Makler fragt allgemein nach Gutachterkosten im Sachverständigenverfahren; Antwort abstrakt, Kunde nicht benannt",
     frm=F("schreiber"), to=("Ingo Weber – Finanzkontor Weber", "ingo.weber@weber-finanzkontor.example"),
     subject="AW: Kurze Frage Sachverständigenverfahren",
     date="2026-04-30 08:52", cte="8bit", mailer="Mozilla Thunderbird 128.6", flowed=True,
     body="""Moin Herr Weber,

ganz allgemein beantwortet, ohne den Fall Ihres Kunden zu kennen:

- Im Sachverständigenverfahren (Wohngebäude/Hausrat) trägt jede Seite die Kosten ihres
  eigenen Sachverständigen, den Obmann teilen sich beide.
- Bei Schäden über 5.000 EUR beteiligen wir uns nach unseren Bedingungen VGB 2022 an den
  Kosten des Kunden-Sachverständigen zu 50 %, max. 2.500 EUR.
- Die Rechtsschutzversicherung zahlt das nicht, weil es kein Rechtsstreit im Sinne der ARB
  ist.

Wenn Sie mir die Schadennummer nennen, schaue ich mir den konkreten Fall gern an.

Beste Grüße
Fiona Schreiber

Am 29.04.2026 um 17:03 schrieb Ingo Weber:
> Hallo Frau Schreiber, zahlt Auenwald eigentlich die Gutachterkosten, wenn ein
> Kunde das Sachverständigenverfahren will? Gruß, Weber""")

# ---- 0084
mail("CONFIDENTIAL", "de", "insurer-to-authority",
     "Vollstreckungsauftrag an Gerichtsvollzieherin gegen privaten Regressschuldner: Name, Anschrift, Geburtsdatum, Forderung; PDF",
     frm=F("marquardt"), to=("Obergerichtsvollzieherin Sandra Kempf", "kempf.gv@gv-kassel.justiz.example"),
     subject="Vollstreckungsauftrag – Schuldner Herr Maximilian Görtz, Kassel – Titel AG Hünfeld 26-4410331-0-5",
     date="2026-05-04 10:30",
     body="""Sehr geehrte Frau Kempf,

anbei erteilen wir Ihnen Vollstreckungsauftrag gegen Herrn Maximilian Görtz, geb.
30.09.1994, Wolfhager Straße 212, 34127 Kassel, aus dem Vollstreckungsbescheid des
Amtsgerichts Hünfeld (zentrales Mahngericht) Nr. 26-4410331-0-5.

Beantragt werden die gütliche Erledigung (Ratenzahlung mit Zustimmung bis 150 EUR monatlich),
die Abnahme der Vermögensauskunft und die Einholung von Drittauskünften (§ 802l ZPO).

Die Forderungsaufstellung liegt bei. Die vollstreckbare Ausfertigung geht Ihnen heute
per Post zu.

""" + SIG["marquardt"],
     atts=[lambda: att("Forderungsaufstellung_Goertz.pdf", pdf([[
         "# Forderungsaufstellung",
         "Gläubigerin: Auenwald Versicherungen AG, Auenwaldring 12, 34119 Kassel",
         "Schuldner: Maximilian Görtz, geb. 30.09.1994, Wolfhager Straße 212, 34127 Kassel",
         "Grund: Regress nach § 86 VVG – Sachschaden an Fahrzeug unserer VN am 14.06.2025 (Leistungsfreiheit wegen Fahrerflucht)",
         "",
         "Hauptforderung                          5.912,40 EUR",
         "Zinsen 5 %-Pkte über Basiszins bis 30.04.2026   318,77 EUR",
         "Kosten Mahnverfahren                      212,50 EUR",
         "Gesamt                                   6.443,67 EUR",
     ]], title="Forderungsaufstellung Görtz", date="20260504100000"))])

# ---- 0085
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
     "KV an Zahnarzt: Befundbericht nach Sturz im Linienbus für Regress gegen Verkehrsbetrieb; Zahnfrakturen der Versicherten; iso-8859-1",
     frm=KV_LEISTUNG, to=("Zahnarztpraxis Dr. Gökhan Arslan", "praxis@zahnarzt-arslan.example"),
     subject="Ihre Patientin Frau Ruth Engelhardt – Befundbericht Unfallfolgen",
     date="2026-05-05 14:40", charset="iso-8859-1", cte="quoted-printable",
     body="""Sehr geehrter Herr Dr. Arslan,

Ihre Patientin, Frau Ruth Engelhardt (geb. 12.04.1951), ist bei uns krankenversichert. Sie ist
am 17.02.2026 bei einer Vollbremsung eines Linienbusses gestürzt und hat sich dabei nach
Ihrem Heil- und Kostenplan vom 02.03.2026 Kronenfrakturen an 11 und 21 sowie eine Lockerung
der Brücke 13-15 zugezogen.

Da wir die Kosten beim Verkehrsbetrieb geltend machen wollen, bitten wir um einen kurzen
Befundbericht:
 1. Befund bei Erstvorstellung und Datum,
 2. Welche Schäden sind unfallbedingt, welche bestanden vorher (z. B. Parodontose)?
 3. Voraussichtliche Gesamtkosten der Versorgung.

Eine Schweigepflichtentbindung von Frau Engelhardt liegt uns vor; eine Kopie senden wir
Ihnen auf Wunsch. Für den Bericht vergüten wir GOÄ-Nr. 75.

Mit freundlichen Grüßen
Katrin Vogelsang
Leistungsabteilung Krankenversicherung""")

# ---- 0086
mail("NORMAL", "de", "internal",
     "trap: interner Rundbrief 'Recht aktuell' als ODT, Urteile zu Regressverzicht, Arzthaftung, Schmerzensgeld – anonymisiert",
     frm=F("weyer"), to=[("Verteiler Recht aktuell", S("recht-aktuell"))],
     subject="Recht aktuell 05/2026",
     date="2026-05-06 07:45",
     body="""Liebe Kolleginnen und Kollegen,

die Mai-Ausgabe von „Recht aktuell“ hängt an. Schwerpunkte diesmal: Regressverzicht
bei Mietern, Beweislast bei Arzthaftung und neue Schmerzensgeldbeträge bei HWS-Verletzungen.
Alle Entscheidungen sind anonymisiert veröffentlicht.

Viele Grüße
Jan-Philipp""",
     atts=[lambda: att("Recht_aktuell_2026-05.odt", odt([
         ("h", "Recht aktuell – Mai 2026"),
         ("h", "1. Regressverzicht bei Mietern"),
         "Der BGH bestätigt: Der Gebäudeversicherer kann den Mieter bei leicht fahrlässig verursachten Schäden nicht in Regress nehmen. Das gilt auch für Untermieter.",
         ("h", "2. Arzthaftung: Befunderhebungsfehler"),
         "Ein OLG hat die Beweislastumkehr bejaht, wenn trotz deutlicher Entzündungszeichen keine Punktion erfolgte. Für unsere KV-Regresse heißt das: Laborwerte früh anfordern.",
         ("h", "3. Schmerzensgeld bei HWS-Distorsion"),
         "Die Spannbreite der Gerichte liegt aktuell zwischen 500 und 2.500 EUR bei folgenlos ausgeheilten Verletzungen.",
         ("table", [["Gericht", "Thema", "Ergebnis"], ["BGH", "Regressverzicht Mieter", "bestätigt"], ["OLG", "Befunderhebungsfehler", "Beweislastumkehr"], ["LG", "HWS-Distorsion", "1.200 EUR"]]),
     ], title="Recht aktuell 05/2026"))])

# ---- 0087
mail("NORMAL", "en", "internal",
     "trap: farewell invitation for the retiring company doctor; words medical, disability claims, doctor, no health data",
     frm=F("lindqvist"), to=[("Life & Health claims", S("leben-kranken-alle")), ("Recoveries", S("team-regress"))],
     subject="Farewell drinks for Dr Pohl – Friday 29 May",
     date="2026-05-07 12:20", mailer=None,
     body="""Dear all,

after 22 years as our company doctor, Dr Ansgar Pohl retires at the end of June. Many of you
have relied on his medical opinions in countless disability, accident and recovery files -
and on his patience with our questions.

Let's say thank you: Friday 29 May, 16:30, roof terrace (rain: canteen). Drinks and snacks
are on the house. If you would like to contribute to a present (a weekend in the Rhön, he is
a passionate hiker), please see Maike in room 3.07 by 22 May.

Don't tell him about the present!

Sarah""")

# ---- 0088
mail("CONFIDENTIAL", "en", "insurer-to-insurer",
     "subrogation to Polish motor insurer for lorry that hit a house: our insured homeowners named with address, claim, amount",
     frm=F("okafor"), to=("Claims Department – Wisła Ubezpieczenia", "claims@wisla-ubezpieczenia.example"),
     subject="Recovery: your insured vehicle WGM 8812K – damage to house in Lohfelden – our ref KR-2026-001455",
     date="2026-05-08 10:05",
     body="""Dear Sir or Madam,

On 13 March 2026 a lorry registered WGM 8812K (Poland), insured with your company, left the
road in Lohfelden while manoeuvring and hit the house of our insureds, Mr and Mrs Andreas and
Kerstin Vogt, Ringstraße 47, 34253 Lohfelden. The front wall, a window and the garden wall
were damaged. No one was injured; the driver, employed by Trans-Mazur Sp. z o.o., admitted
the accident to the police.

We have paid EUR 27,645.80 under the buildings policy WG-3307-1188 and request
reimbursement of this amount. We attach nothing today; the assessor's report and invoices
are available via our secure portal upon request.

Please confirm that you have registered the claim and let us know your reference.

""" + SIG["okafor"] + "\n\n" + DISC_EN)

# ---- 0089
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
     "Vergleichsangebot im BU-Prozess an Klägeranwalt; Diagnosen (Multiple Sklerose) im Text, Rentenrückstand als XLSX",
     frm=F("weyer"), to=("RA Dr. Lutz Behrens", "behrens@behrens-versicherungsrecht.example"),
     subject="LG Kassel 5 O 77/25 – Fabian Reichert ./. Auenwald Leben – Vergleichsangebot",
     date="2026-05-11 16:16",
     body="""Sehr geehrter Herr Kollege Dr. Behrens,

im Anschluss an die Erörterung in der mündlichen Verhandlung unterbreiten wir zur Erledigung
des Rechtsstreits folgendes Angebot:

1. Die Beklagte erkennt die Berufsunfähigkeit Ihres Mandanten ab 01.11.2024 an.
2. Der Rentenrückstand (18 Monate à 1.600 EUR) und die Beitragsbefreiung werden nachgezahlt
   bzw. erstattet, Zinsen pauschal 1.200 EUR; Einzelheiten siehe Anlage.
3. Die Leistungspflicht wird bis 31.10.2027 befristet anerkannt. Danach erfolgt eine
   Nachprüfung unter Berücksichtigung des Verlaufs der schubförmigen Multiplen Sklerose
   (G35.1), insbesondere der Fatigue-Symptomatik und der Sehstörungen.
4. Kosten des Rechtsstreits gegeneinander aufgehoben.

Das Angebot halten wir bis 29.05.2026 aufrecht.

""" + SIG["weyer"] + "\n\n" + DISC_DE,
     atts=[lambda: att("Rueckstand_Reichert_LV-BU-3011782.xlsx", xlsx([("Rückstand", [
         ["Vertrag", "LV-BU-3011782", "Versicherter", "Fabian Reichert, geb. 14.01.1987"],
         ["Monat", "BU-Rente EUR", "Beitrag erstattet EUR", "Summe EUR"],
         ["11/2024–12/2024", 3200, 238.4, 3438.4],
         ["01/2025–12/2025", 19200, 1430.4, 20630.4],
         ["01/2026–04/2026", 6400, 476.8, 6876.8],
         ["Zinsen pauschal", "", "", 1200],
         ["Gesamt", 28800, 2145.6, 32145.6]])], title="Rückstand Reichert"))])

# ---- 0090
mail("NORMAL", "de", "insurer-to-customer",
     "trap: Portal-Registrierung mit Einmal-Passwort, keine Inhalte, Wörter vertraulich/Gesundheitsdaten; us-ascii ohne Umlaute",
     frm=NOREPLY, to=("ramona.kiesewetter@freemail.example"),
     subject="Ihr Zugang zum Auenwald SecureMail-Portal (1/2): Einmal-Passwort",
     date="2026-05-12 06:58", charset="us-ascii", cte="7bit", mailer=None,
     extra=[("Auto-Submitted", "auto-generated")],
     body="""Guten Tag,

fuer Sie liegt eine vertrauliche Nachricht in unserem SecureMail-Portal bereit. Wir
versenden Nachrichten mit Gesundheitsdaten, Kontoverbindungen oder Schadenunterlagen nur
verschluesselt ueber dieses Portal.

Ihr Einmal-Passwort lautet:   Kf7-Wq2-pR9x

Den Link zur Registrierung erhalten Sie in einer zweiten E-Mail. Das Einmal-Passwort ist
7 Tage gueltig. Bitte legen Sie bei der ersten Anmeldung ein eigenes Passwort und eine
Sicherheitsfrage fest.

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht darauf.

Auenwald Versicherungen AG, Auenwaldring 12, 34119 Kassel""")

# ---- 0091
mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "Rechtsschutz: Stichentscheid fällt zugunsten des Kunden aus, Deckung für Werkvertragsstreit mit Handwerker; Name, Vertrag, Streitwert; windows-1252",
     frm=F("oltmanns"), to=("Dr. Jens Uhlig", "jens.uhlig@uhlig-family.example"),
     subject="Stichentscheid – Ihr Streit mit der Firma Sanitär Mahlmann (RS-S-2026-00733)",
     date="2026-05-13 11:11", charset="windows-1252", cte="quoted-printable",
     body="""Sehr geehrter Herr Dr. Uhlig,

Ihr Anwalt, Herr RA Clemens Vogt, hat in seinem Stichentscheid vom 07.05.2026 begründet,
warum Ihre Klage gegen die Sanitär Mahlmann GmbH auf Rückzahlung von 8.740 EUR
(mangelhafte Badsanierung, Undichtigkeit der Duschtasse) hinreichende Aussicht auf Erfolg
hat. Der Stichentscheid ist für uns bindend, da er nicht offenbar von der Sach- und
Rechtslage abweicht.

Wir erteilen deshalb Deckungszusage aus Ihrem Vertrag RS-2209-3301 für die erste Instanz
einschließlich eines gerichtlichen Sachverständigengutachtens. Die Kosten des
Stichentscheids tragen wir ebenfalls.

Es tut uns leid, dass Sie auf diese Entscheidung warten mussten.

""" + SIG["oltmanns"])

# ---- 0092
mail("STRICTLY_CONFIDENTIAL", "en", "internal",
     "multipart/alternative internal request to company doctor: review of independent medical report in a recovery (amputation, phantom pain)",
     frm=F("okafor"), to=[F("pohl")],
     subject="Medical review please – recovery v. Hollandia Transport, insured Mr Piotr Zieliński",
     date="2026-05-14 15:48",
     body="""Dear Dr Pohl,

could you review the independent medical report that the Dutch motor insurer sent us? It
concerns our insured Mr Piotr Zieliński (KV 77501320, born 1979), whose left lower leg had to
be amputated below the knee after the lorry accident on the A44 in December.

The report (Dr. Jansen, Amsterdam) argues that his ongoing phantom limb pain and the
depressive symptoms are "not accident-related to the extent claimed" and that the
prosthesis upgrade (C-Leg, about EUR 38,000) is not medically necessary. I'd like to
push back before the next round of negotiations.

The report is in LexTrack under KR-2025-119980. Thanks a lot!

Daniel""",
     html="""<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Dear Dr Pohl,</p>
<p>could you review the independent medical report that the Dutch motor insurer sent us? It concerns our insured <b>Mr Piotr Zieliński</b> (KV 77501320, born 1979), whose left lower leg had to be amputated below the knee after the lorry accident on the A44 in December.</p>
<p>The report (Dr. Jansen, Amsterdam) argues that his ongoing phantom limb pain and the depressive symptoms are &quot;not accident-related to the extent claimed&quot; and that the prosthesis upgrade (C-Leg, about EUR&nbsp;38,000) is not medically necessary. I'd like to push back before the next round of negotiations.</p>
<p>The report is in LexTrack under KR-2025-119980. Thanks a lot!</p>
<p>Daniel</p></body></html>""")

# ---- 0093
mail("NORMAL", "mixed", "insurer-to-partner",
     "trap: Teilungsabkommen-Verhandlung mit Schweizer Versicherer, nur Quoten und Jahressummen, deutsch/englisch",
     frm=F("kranich"), to=("Helvetia Alpina – Regress", "regress@helvetia-alpina.example"),
     cc=[F("okafor")],
     subject="Teilungsabkommen 2027 – Vorschlag / proposal",
     date="2026-05-15 10:40",
     body="""Sehr geehrter Herr Zurbriggen,

wie besprochen unser Vorschlag für die Verlängerung des Teilungsabkommens ab 1.1.2027:

  - Quote Sachschäden: 50 % (unverändert)
  - Quote Personenschäden (Heilbehandlungskosten): 55 % statt 60 %
  - Limit je Schadenfall: 75.000 EUR (bisher 50.000)
  - Abrechnung halbjährlich, Bagatellgrenze 250 EUR

Grundlage sind die Abrechnungen 2023–2025: insgesamt 214 Fälle, Saldo zu unseren Gunsten
rund 118.000 EUR.

For your colleagues in Zurich who prefer English: we propose 50 % for property damage,
55 % for medical costs, a per-claim limit of EUR 75,000 and half-yearly settlement. Happy to
discuss in a call in June.

""" + SIG["kranich"])

# ---- 0094
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-ombudsman",
     "Stellungnahme an PKV-Ombudsmann: Krankenhaustagegeld für Aufenthalt in psychosomatischer Klinik (Burnout, Angststörung), Versicherter namentlich",
     frm=F("vogelsang"), to=("Ombudsmann Private Kranken- und Pflegeversicherung", "verfahren@pkv-ombudsmann.example"),
     subject="Ihr Az. PKV-2026-01193 – Herr Raphael Sommerfeld, Krankenhaustagegeld",
     date="2026-05-18 13:24",
     body="""Sehr geehrte Damen und Herren,

zur Beschwerde von Herrn Raphael Sommerfeld (Tarif KHT 100, Vertrag KV 77455031) nehmen wir
wie folgt Stellung:

Herr Sommerfeld war vom 12.01. bis 06.03.2026 in der Parkklinik Hohe Rhön wegen einer
schweren depressiven Episode mit Angststörung (F32.2, F41.1) bei beruflicher Überlastung.
Wir haben das Krankenhaustagegeld für die ersten 21 Tage gezahlt und danach abgelehnt, weil
die Klinik als gemischte Anstalt auch Rehabilitationsleistungen erbringt und eine vorherige
Leistungszusage nach § 4 Abs. 5 MB/KK fehlte.

Nach erneuter Prüfung der Behandlungsdokumentation räumen wir ein, dass über den gesamten
Zeitraum Akutbehandlung vorlag (tägliche ärztliche Visiten, Krisenintervention). Wir zahlen
daher die restlichen 33 Tage à 100 EUR nach und halten die Beschwerde damit für erledigt.

""" + SIG["vogelsang"] + "\n\n" + DISC_DE)

# ---- 0095
mail("CONFIDENTIAL", "de", "internal",
     "HR an Gehaltsabrechnung: Gehaltsanpassung einer namentlich genannten Mitarbeiterin mit Betrag und Personalnummer",
     frm=F("kluge"), to=[("Entgeltabrechnung", S("entgelt"))],
     subject="Gehaltsänderung zum 01.06. – Frau Sabine Oltmanns (PNr. 10552)",
     date="2026-05-19 09:02",
     body="""Hallo Frank,

bitte für die Juni-Abrechnung einpflegen:

  Mitarbeiterin:   Sabine Oltmanns, PNr. 10552, Rechtsschutz-Schadenservice
  Maßnahme:        Höhergruppierung TG VI -> TG VII nach erfolgreicher Probezeit als
                   Teamkoordinatorin
  neues Gehalt:    4.918,00 EUR brutto monatlich (bisher 4.386,00 EUR)
  Zulage:          Koordinationszulage 150,00 EUR, befristet bis 31.05.2027
  gültig ab:       01.06.2026

Die unterschriebene Vertragsänderung liegt in der Personalakte.

Danke!
""" + SIG["kluge"])

# ---- 0096
mail("NORMAL", "de", "insurer-to-supplier",
     "grey: Dolmetscherbuchung für Gerichtstermin nur mit Gericht, Saal und Sprache, keine Parteien oder Aktenzeichen",
     frm=F("berisha"), to=("Polyglott Fachübersetzungen GmbH", "dolmetschen@polyglott-uebersetzung.example"),
     subject="Bestellung Dolmetscher Polnisch – 02.06.2026, Landgericht Kassel",
     date="2026-05-20 14:50",
     body="""Hallo Frau Harker,

wir benötigen im Rahmen unseres Rahmenvertrags einen Dolmetscher Polnisch–Deutsch:

  Datum:      Dienstag, 02.06.2026, 9:30 Uhr, voraussichtlich 3 Stunden
  Ort:        Landgericht Kassel, Saal 118
  Einsatz:    Vernehmung eines Zeugen in einem Zivilverfahren (Verkehrsunfall)
  Ansprechp.: Herr Weyer (Recht), wird vor Ort sein

Die Verfahrensdaten erhält der Dolmetscher am Vortag von Herrn Weyer über das Portal.
Bestellnummer: BE-2026-0611.

""" + SIG["berisha"])

# ---- 0097
mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-hospital",
     "guarantee of payment to Spanish hospital for insured with stroke, repatriation planning; travel health",
     frm=F("engstfeld"), to=("Hospital Costa Blanca – International Patients", "international@hospital-costablanca.example"),
     subject="Guarantee of payment – patient Mr Gerd Lohmeyer, born 21/08/1948",
     date="2026-05-21 19:35",
     body="""Dear colleagues,

we confirm that Mr Gerd Lohmeyer, born 21 August 1948, is insured with us under travel health
policy RV-JA-55-0917. We issue a guarantee of payment for his inpatient treatment in your
hospital from 19 May 2026 (admission with acute ischaemic stroke, left middle cerebral artery,
thrombolysis performed) up to EUR 25,000, subject to the usual medical necessity review.

Our medical service would like to discuss repatriation to Germany with the treating
neurologist as soon as the patient is stable. Please let us know:
- current neurological status (NIHSS, swallowing, mobility),
- whether he is fit to fly in an air ambulance or with a medical escort on a scheduled flight.

Please send invoices to us directly, not to the patient or his family.

""" + SIG["engstfeld"] + "\n\n" + DISC_EN)

# ---- 0098
mail("NORMAL", "en", "auto-reply",
     "trap: automatic certificate-request answer; words certificate, confidential, encryption, no personal data",
     frm=("Auenwald Certificate Service", S("zertifikat")), to=("it-security@thornbury-brokers.example"),
     subject="Re: [ZERTIFIKAT] certificate for okafor",
     date="2026-05-22 08:01", charset="us-ascii", cte="7bit", mailer=None,
     extra=[("Auto-Submitted", "auto-replied")],
     body="""This is an automatic answer to your certificate request.

The S/MIME certificate of daniel.okafor@auenwald-versicherung.example is attached to the
signature of this message. Your mail program can store it to send encrypted, confidential
e-mail to this address.

You can also look up certificates of Auenwald employees in our public directory:
https://zertifikate.auenwald-versicherung.example

Auenwald Versicherungen AG - Certificate Service""")

# ---- 0099
mail("CONFIDENTIAL", "en", "insurer-to-broker",
     "cyber claim status for commercial client: ransomware, named CEO, forensic costs, recovery against IT service provider",
     frm=F("petersen"), to=("Alistair Pryce", "a.pryce@thornbury-brokers.example"),
     subject="Cyber claim CY-2026-0031 – Hesse Precision Tools GmbH – status and recovery",
     date="2026-05-25 12:44",
     body="""Hi Alistair,

short status on the ransomware incident at Hesse Precision Tools GmbH (policy CY-4410-0093):

- Forensics (NordSec) confirmed the entry point: an unpatched VPN appliance managed by the
  client's IT service provider, Datenwerk Nordhessen GmbH.
- Paid so far: EUR 186,300 (forensics, restoration, business interruption 9 days).
- No personal data of employees or customers was exfiltrated according to the final report,
  so no notifications were needed.
- We are preparing a recovery claim against Datenwerk and its professional indemnity insurer.

Mr Roland Hesse (CEO) asked whether the company's own deductible of EUR 25,000 will be
included in the recovery - yes, we will pursue it for them. Could you let him know?

""" + SIG["petersen"].replace("Mit freundlichen Grüßen", "Best regards") + "\n\n" + DISC_EN)

# ---- 0100
mail("NORMAL", "de", "insurer-to-authority",
     "trap: Abstimmung mit zentralem Mahngericht zur Umstellung auf elektronischen Mahnantrag, Kennziffer und Bankverbindung des Versicherers (Firmenkonto)",
     frm=F("marquardt"), to=("Zentrales Mahngericht – Service", "service@mahngericht-huenfeld.justiz.example"),
     subject="Umstellung auf EDA-Verfahren – Kennziffer Auenwald Versicherungen",
     date="2026-05-26 10:20",
     body="""Sehr geehrte Damen und Herren,

wir stellen unsere Mahnanträge aus dem Regress- und Forderungsmanagement ab Juli vollständig
auf den elektronischen Datenaustausch um (ca. 900 Anträge pro Jahr). Dazu drei Fragen:

1. Bleibt unsere Kennziffer (Antragsteller) unverändert, oder benötigen wir für das
   EDA-Verfahren eine neue?
2. Können wir die Kostenmarken weiterhin per Lastschrift von unserem Geschäftskonto
   (IBAN """ + IB_AUENWALD + """) einziehen lassen?
3. Gibt es einen Testzugang für unseren Softwaredienstleister?

Für einen kurzen Rückruf wäre ich dankbar (0561 7788-4410).

""" + SIG["marquardt"])


# ---- 0101
mail("NORMAL", "de", "internal",
     "trap: Verjährungsmonitoring als ODS nur mit Aktenanzahl und Summen je Team, Wörter Personenschaden/Arzthaftung",
     frm=F("marquardt"), to=[("Team Regress", S("team-regress"))], cc=[F("weyer")],
     subject="Verjährungsmonitoring 2026 – Stand Ende Mai",
     date="2026-05-27 08:10",
     body="""Moin,

die Übersicht zum Verjährungsmonitoring (Akten mit Verjährung zum 31.12.2026) hängt an –
nur Zahlen je Team, die Aktenliste findet ihr wie immer in LexTrack unter „Fristen“.

Bitte bis Ende Juni alle Akten über 50.000 EUR auf verjährungshemmende Maßnahmen prüfen
(Verhandlungen dokumentieren, ggf. Mahnbescheid oder Verzicht auf die Einrede).

Helene""",
     atts=[lambda: att("Verjaehrung_2026_Stand_05.ods", ods([("Teams", [
         ["Team", "Akten", "Forderung gesamt EUR", "davon > 50.000 EUR", "Verzicht Einrede liegt vor"],
         ["Kfz / Teilungsabkommen", 412, 1840200, 3, 1],
         ["Sach", 168, 2918400, 11, 4],
         ["Personenschaden KV/UV", 97, 3377100, 14, 6],
         ["Arzthaftung", 12, 1410000, 7, 2],
         ["Haftpflicht sonstige", 54, 388500, 1, 0]])], title="Verjährungsmonitoring"))])

# ---- 0102
mail("CONFIDENTIAL", "en", "insurer-to-customer",
     "legal expenses cover for a dispute with an airline over a cancelled flight: customer named, policy number, booking reference",
     frm=RS_SCHADEN, to=("Priya Raman", "priya.raman@inboxly.example"),
     subject="Legal expenses claim RS-S-2026-01562 – your dispute with SkyAtlantic Airways",
     date="2026-05-28 11:34",
     body="""Dear Ms Raman,

thank you for your call. We confirm cover under your legal expenses policy RS-8841-2290
(private and contractual disputes) for your claim against SkyAtlantic Airways for the
cancelled flight FR-SKA 2215 Frankfurt–Toronto on 3 April 2026 (booking reference QX7T4M).

Your claim: compensation of EUR 600 under the EU air passenger rights regulation plus the
extra hotel costs of EUR 184. As the amount is small, we suggest first using the free
conciliation body for public transport (söp); we pay the costs of a lawyer if the airline
does not settle within 8 weeks. No deductible applies for conciliation.

If you would like a lawyer now, please tell us the name of the firm and we will send them the
confirmation of cover directly.

Kind regards
Your legal expenses claims team
Auenwald Versicherungen AG""")

# ---- 0103
mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-lawyer",
     "settlement approval in subrogated health claim: C5/C6 disc herniation, future treatment costs of named insured; > quoted reply",
     frm=F("okafor"), to=("Whitcombe Hale LLP – Mr Oliver Hale", "o.hale@whitcombe-hale.example"),
     subject="RE: Krause v. Chapman – settlement offer",
     date="2026-05-29 16:02", mailer=None,
     body="""Dear Oliver,

thank you - we accept the offer of EUR 10,500 in full and final settlement of our subrogated
claim, on the basis set out in your e-mail. Please make sure the release is limited to our
subrogated claim; Ms Krause's own claim for pain and suffering must not be affected.

Best regards
Daniel

> On 28 May 2026, at 18:10, Oliver Hale <o.hale@whitcombe-hale.example> wrote:
>
> Daniel,
>
> Chapman's insurers have come back with EUR 10,500 against the EUR 13,704.58 claimed
> (EUR 11,204.58 paid plus EUR 2,500 estimated future physiotherapy). Their medical
> expert maintains that about 25 % of Ms Krause's symptoms at C5/C6 are due to
> pre-existing degenerative changes visible on the MRI. Dr Pohl's note rebuts this only
> partially. Given the litigation risk and costs, I recommend acceptance.
>
> Oliver Hale, Partner, Whitcombe Hale LLP""")

# ---- 0104
mail("NORMAL", "de", "insurer-to-expert",
     "trap: Einladung an Sachverständigenbüros zum Gutachtertag mit ICS; Wörter Personenschaden, Restwert, Gutachten, keine Fälle",
     frm=F("brenner"), to=[("Ingenieurbüro Kessler", "auftrag@kessler-gutachten.example"),
                           ("Sachverständigenbüro Strobel", "buero@strobel-bau.example"),
                           ("ClaimSight Experts B.V.", "onboarding@claimsight.example")],
     subject="Einladung Gutachtertag 2026 – 25. Juni in Kassel",
     date="2026-06-01 09:45",
     body="""Sehr geehrte Damen und Herren,

wir laden Sie herzlich zu unserem Gutachtertag ein:

  Donnerstag, 25. Juni 2026, 10:00–16:00 Uhr, Auenwald-Forum, Kassel

Programm:
- Restwertermittlung und Restwertbörsen – was die Gerichte akzeptieren
- Gutachten im Regress: Was wir für eine erfolgreiche Klage brauchen
- Schnittstelle zur Personenschadenregulierung (nur technische Unfallrekonstruktion)
- Digitale Auftragserteilung über unser Partnerportal

Die Kalendereinladung hängt an. Um Anmeldung bis 12.06. wird gebeten.

""" + SIG["brenner"],
     atts=[lambda: att_ics("Gutachtertag_2026.ics", ics(
         "gutachtertag-2026@auenwald-versicherung.example", "20260625T100000", "20260625T160000",
         "Auenwald Gutachtertag 2026", "Auenwald-Forum, Auenwaldring 12, 34119 Kassel",
         "Programm: Restwert, Gutachten im Regress, Partnerportal.",
         organizer=("Lukas Brenner", S("lukas.brenner"))))])

# ---- 0105
mail("CONFIDENTIAL", "de", "insurer-to-lawyer",
     "Mietwagenkosten teilweise abgelehnt: Geschädigter und eigener VN namentlich, Schadennummer, Beträge; base64-Body",
     frm=F("brenner"), to=("RA Konstantin Weiß", "weiss@kanzlei-weiss-verkehr.example"),
     subject="Ihr Mandant Herr Oguz Yavuz – Mietwagenkosten, unser Schaden KS-2026-003390",
     date="2026-06-02 13:27", cte="base64",
     body="""Sehr geehrter Herr Weiß,

in der Unfallsache Ihres Mandanten Herrn Oguz Yavuz gegen unseren Versicherungsnehmer Herrn
Friedhelm Albrecht (Unfall vom 24.04.2026, Kassel-Bettenhausen) regulieren wir die
geltend gemachten Mietwagenkosten nur teilweise:

Abgerechnet: 14 Tage Unfallersatztarif, 2.386,00 EUR
Erstattet:   11 Tage Normaltarif nach Fraunhofer/Schwacke-Mittelwert, 1.221,00 EUR

Die Reparatur hat laut Gutachten 8 Arbeitstage gedauert; eine längere Ausfallzeit ist nicht
dargelegt. Einen Aufschlag für den Unfallersatztarif erkennen wir nicht an, da Ihr Mandant
nicht dargelegt hat, dass ihm ein Normaltarif nicht zugänglich war.

Die Reparaturkosten (5.731,20 EUR) und die Kostenpauschale (25 EUR) sind bereits
ausgeglichen.

Mit freundlichen Grüßen
Lukas Brenner
Kfz-Schaden, Team Nord
Auenwald Versicherungen AG""")

# ---- 0106
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "Rechtsschutz für Arzthaftungsklage wegen Geburtsschaden des Kindes (Hypoxie, Zerebralparese); Eltern und Kind namentlich",
     frm=F("oltmanns"), to=("Familie Hoffmann-Adeyemi", "hoffmann.adeyemi@familienpost.example"),
     subject="Deckungszusage Arzthaftung – Ihr Sohn Noah (RS-S-2026-01601)",
     date="2026-06-03 10:15",
     body="""Sehr geehrte Frau Hoffmann-Adeyemi, sehr geehrter Herr Adeyemi,

wir haben Ihre Unterlagen und das Gutachten der Gutachterkommission für ärztliche
Haftpflichtfragen geprüft. Danach wurde bei der Geburt Ihres Sohnes Noah am 11.08.2024 im
Kreiskrankenhaus Wolfhagen eine Sauerstoffunterversorgung (perinatale Asphyxie) zu spät
erkannt; Noah leidet seitdem an einer spastischen Zerebralparese (G80.0).

Für die Klage gegen den Krankenhausträger und die Belegärztin erteilen wir Deckungszusage aus
Ihrem Familien-Rechtsschutz RS-4490-1166 für die erste Instanz. Übernommen werden die Kosten
Ihrer Anwältin, Frau RAin Dr. Petra Langenfeld (Fachanwältin für Medizinrecht), die Gerichts-
kosten und die Kosten gerichtlicher Sachverständiger. Den Streitwert hat Ihre Anwältin mit
750.000 EUR angegeben; bitte beachten Sie die Versicherungssumme von 1 Mio. EUR je Fall.

Wir wünschen Ihnen und Noah viel Kraft.

""" + SIG["oltmanns"] + "\n\n" + DISC_DE)

# ---- 0107
mail("NORMAL", "en", "internal",
     "trap: S/MIME certificate renewal for legal and recoveries staff; words encryption, confidential mail, lawyers, court",
     frm=F("haas"), to=[("Legal & Recoveries users", S("lextrack-users"))],
     subject="Your S/MIME certificate expires on 30 June – please renew",
     date="2026-06-04 14:00", charset="us-ascii", cte="7bit",
     body="""Hello,

the personal S/MIME certificates of most colleagues in Legal, Recoveries and Legal Expenses
expire on 30 June 2026. Without a valid certificate you cannot read encrypted mail from law
firms, courts' counterparties and experts who write to you directly.

To renew:
1. Open the self-service page https://pki.intra.auenwald-versicherung.example
2. Click "Renew personal certificate" and confirm with your smartcard PIN
3. Restart Outlook

The old certificate stays in your keystore so you can still open older encrypted mail. Please
do not delete it.

Servicedesk, ext. 1999""")

# ---- 0108
mail("CONFIDENTIAL", "mixed", "insurer-to-insurer",
     "Regress Glasbruch gegen österreichische Baufirma; VN ist Einzelunternehmerin (natürliche Person) mit Vertrag und Betrag; deutsch/englisch",
     frm=F("petersen"), to=("Donau Allgemeine Versicherung – Regress", "regress@donau-allgemeine.example"),
     subject="Regress / recovery – Glasbruch Geschäft Ute Lichtenberg, Kassel – our ref GL-2026-0418",
     date="2026-06-05 09:09",
     body="""Sehr geehrte Damen und Herren,

Ihre Versicherungsnehmerin, die Alpenbau Montage GmbH (Graz), hat bei Fassadenarbeiten am
12.05.2026 in der Friedrich-Ebert-Straße 61, Kassel, mit einem Hubsteiger die Schaufenster-
scheibe des Blumengeschäfts unserer Versicherungsnehmerin Frau Ute Lichtenberg (Einzel-
unternehmen „Blütenwerk“) zerstört.

Wir haben aus der Glasversicherung GL-2210-0033 2.987,40 EUR gezahlt (Scheibe, Notverglasung)
und machen diesen Betrag bei Ihnen geltend.

For your colleagues who handle the file in English: please reimburse EUR 2,987.40 for the
shop window of our insured, Ms Ute Lichtenberg, broken by your insured's aerial work platform
on 12 May 2026. Invoice and photos are available on request via our secure portal.

""" + SIG["petersen"])

# ---- 0109
mail("NORMAL", "de", "insurer-to-broker",
     "trap: Merkblatt für Makler zum Ombuds- und Beschwerdeverfahren als PDF, keine Kundendaten",
     frm=F("schreiber"), to=("Maklerbüro Hentschel GmbH", "info@hentschel-makler.example"),
     subject="Merkblatt: Wenn Ihre Kunden sich beschweren – Ablauf und Fristen",
     date="2026-06-08 10:30",
     body="""Hallo Herr Hentschel,

wie im Jahresgespräch zugesagt: unser Merkblatt zum Beschwerde- und Ombudsverfahren, speziell
für Vermittler. Es beschreibt, wie Sie Kunden unterstützen können, welche Fristen gelten und
wann der Versicherungsombudsmann bzw. der PKV-Ombudsmann zuständig ist.

Gern können Sie es an Ihre Mitarbeitenden weitergeben.

""" + SIG["schreiber"],
     atts=[lambda: att("Merkblatt_Beschwerde_Ombudsverfahren_Makler.pdf", pdf([[
         "# Beschwerden und Ombudsverfahren – Merkblatt für Vermittler",
         "Stand Juni 2026",
         "1. Beschwerde bei Auenwald: schriftlich, per Portal oder telefonisch. Antwort binnen 2 Wochen.",
         "2. Versicherungsombudsmann: kostenfrei für Verbraucher, bis 10.000 EUR verbindlich für uns.",
         "3. PKV-Ombudsmann: für Kranken- und Pflegeversicherung, Empfehlung nicht bindend.",
         "4. Vermittlerbeschwerden (Beratungsfehler) werden ebenfalls vom Versicherungsombudsmann behandelt.",
         "5. Bitte senden Sie Gesundheitsunterlagen Ihrer Kunden nie per normaler E-Mail, sondern über das Portal.",
         "6. Gerichtliche Schritte bleiben jederzeit möglich; die Verjährung ist während des Verfahrens gehemmt.",
     ]], title="Merkblatt Beschwerde Ombudsverfahren", date="20260601080000"))])

# ---- 0110
mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "critical illness claim declined for non-disclosure of prior anxiety treatment; customer informed of ombudsman and court route",
     frm=F("sauer"), to=("Thomas Whitaker", "t.whitaker@fastmail-uk.example"),
     subject="Your critical illness claim – policy LV-DD-5520194",
     date="2026-06-09 15:44",
     body="""Dear Mr Whitaker,

we have completed the assessment of your claim following your diagnosis of a myocardial
infarction in February 2026. I am sorry to have to tell you that we cannot pay the critical
illness benefit and that we are withdrawing from the policy.

When you applied in May 2023, you answered "no" to the question about treatment for mental
health conditions in the last five years. The records of your GP, Dr. Hartmann, show that you
were treated for generalised anxiety disorder with escitalopram from 2021 to 2022 and
attended 12 sessions of psychotherapy. Had we known this, we would have offered cover only
with an exclusion and a higher premium. Under section 19 of the Insurance Contract Act we
therefore withdraw from the contract; the premiums you paid (EUR 2,416.80) will be refunded.

I understand this decision is very disappointing. You can ask us to review it, complain to
the insurance ombudsman (free of charge) or have it examined by a court.

""" + SIG["sauer"].replace("Mit freundlichen Grüßen", "Yours sincerely") + "\n\n" + DISC_EN)

# ---- 0111
mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "Kfz-Regress gegen eigenen VN wegen Verletzung der Verwendungsklausel (gewerbliche Personenbeförderung); Name, Vertrag, Betrag",
     frm=F("kranich"), to=("Ahmad Karimi", "a.karimi@mail-point.example"),
     subject="Regress aus Ihrer Kfz-Haftpflicht KF-7715-3320 – Schaden KS-2026-001980",
     date="2026-06-10 10:52",
     body="""Sehr geehrter Herr Karimi,

wir haben den Schaden des Unfallgegners aus dem Unfall vom 07.02.2026 in Kassel-Nord mit
insgesamt 9.412,70 EUR reguliert. Dazu sind wir gegenüber dem Geschädigten verpflichtet.

Nach unseren Feststellungen haben Sie das versicherte Fahrzeug (Mercedes V-Klasse, KS-AK 909)
zum Unfallzeitpunkt für eine bezahlte Fahrt über eine Vermittlungs-App eingesetzt. Im Vertrag
ist jedoch die Verwendung „privat, ohne gewerbliche Personenbeförderung“ vereinbart (D.1.1.1
AKB). Wegen dieser Obliegenheitsverletzung sind wir Ihnen gegenüber bis zu 5.000 EUR
leistungsfrei.

Wir fordern Sie daher auf, 5.000,00 EUR bis zum 10.07.2026 zu erstatten. Gern bieten wir Ihnen
eine Ratenzahlung an. Wenn Sie mit unserer Bewertung nicht einverstanden sind, teilen Sie uns
Ihre Sicht bitte schriftlich mit.

""" + SIG["kranich"])

# ---- 0112
mail("NORMAL", "en", "newsletter",
     "trap: broker newsletter 'subrogation corner' with fictitious example person, words injured, medical costs, IBAN field explained",
     frm=NEWS, to=("Broker newsletter (EN)", "broker-news-en@auenwald-versicherung.example"),
     subject="Auenwald Broker Brief – June 2026",
     date="2026-06-11 07:15", mailer=None,
     extra=[("List-Unsubscribe", "<https://news.auenwald-versicherung.example/unsubscribe-broker>"), ("Precedence", "bulk")],
     body="""AUENWALD BROKER BRIEF - JUNE 2026

SUBROGATION CORNER
Example (fictitious): "Anna Example" is injured by a cyclist. Her health insurer pays the
hospital and physiotherapy; the cyclist's liability insurer later reimburses the insurer.
Anna keeps her own claim for pain and suffering. Your client never has to repay anything.

NEW CLAIM FORM
The new online claim form asks for the bank account (IBAN) only once and checks it
automatically. Medical documents can be uploaded securely at the end of the form.

EVENTS
Webinar "Legal expenses in employment disputes", 7 July, 10:00 CET.

Unsubscribe: https://news.auenwald-versicherung.example/unsubscribe-broker""",
     html="""<html><body style="font-family:Arial,sans-serif;max-width:640px">
<h1 style="color:#1d5c3b">Auenwald Broker Brief &ndash; June 2026</h1>
<h2>Subrogation corner</h2>
<p><i>Example (fictitious):</i> &quot;Anna Example&quot; is injured by a cyclist. Her health insurer pays the hospital and physiotherapy; the cyclist's liability insurer later reimburses the insurer. Anna keeps her own claim for pain and suffering. Your client never has to repay anything.</p>
<h2>New claim form</h2>
<p>The new online claim form asks for the bank account (IBAN) only once and checks it automatically. Medical documents can be uploaded securely at the end of the form.</p>
<h2>Events</h2>
<p>Webinar &quot;Legal expenses in employment disputes&quot;, 7 July, 10:00 CET.</p>
<p style="font-size:11px"><a href="https://news.auenwald-versicherung.example/unsubscribe-broker">Unsubscribe</a></p>
</body></html>""")

# ---- 0113
mail("STRICTLY_CONFIDENTIAL", "de", "internal",
     "Weiterleitung einer Anwaltsmail als .eml: Sorgerechtsstreit, ADHS-Diagnose und Therapie des Kindes; Body nennt nur Schadennummer",
     frm=F("oltmanns"), to=[F("weyer")],
     subject="WG: RS-S-2026-01203 – Bitte um Einschätzung Gutachterkosten",
     date="2026-06-12 11:48",
     body="""Hallo Jan-Philipp,

kannst Du kurz drüberschauen, ob wir die Kosten des Privatgutachtens übernehmen müssen?
Familienrecht ist ja eigentlich nur Beratung, aber der Anwalt argumentiert mit § 2 k ARB.
Mail hängt an.

Danke, Sabine""",
     atts=[lambda: rfc822(build_inner(
         ("RA Matthias Kröger", "kroeger@kroeger-familienrecht.example"),
         RS_SCHADEN,
         "RS-S-2026-01203 Ihr VN Herr Daniel Pape – Kostenübernahme Gutachten",
         "2026-06-11 18:02",
         """Sehr geehrte Damen und Herren,

in der Sorgerechtssache Pape ./. Pape (AG Kassel, Familiengericht, 521 F 880/26) hat das
Gericht ein familienpsychologisches Gutachten eingeholt. Dieses stützt den Antrag der Mutter
u. a. darauf, dass der Sohn Leon (8 Jahre) an einer ADHS (F90.0) leidet, die beim Vater
nicht ausreichend behandelt werde (Methylphenidat werde am Wochenende abgesetzt,
Ergotherapie-Termine versäumt).

Mein Mandant möchte dem ein eigenes Gutachten der Kinder- und Jugendpsychiaterin
Dr. Weißenborn entgegensetzen (Kosten ca. 2.800 EUR). Ich bitte um Kostenzusage.

Mit freundlichen Grüßen
Kröger, Rechtsanwalt""",
         msgid="<20260611180200.kr81@kroeger-familienrecht.example>"), "Kroeger_Gutachten_Pape.eml")])

# ---- 0114
mail("NORMAL", "de", "insurer-to-supplier",
     "trap: Bestellung beA-Kartenlesegeräte und Signaturkarten für Syndikusanwälte; Wörter Gerichte, Schriftsätze; iso-8859-1",
     frm=F("berisha"), to=("Kanzleitechnik Rhein-Main GmbH", "bestellung@kanzleitechnik-rm.example"),
     subject="Bestellung Kartenlesegeräte / Signaturkarten",
     date="2026-06-15 08:36", charset="iso-8859-1", cte="quoted-printable",
     body="""Guten Tag Herr Schäfer,

gemäß Ihrem Angebot AN-26-0441 bestellen wir:

  6 x Chipkartenleser Sicherheitsklasse 3 (für beA)      à 89,00 EUR
  6 x Signaturkarte qualifiziert, 3 Jahre                  à 69,00 EUR
  1 x Installationspauschale vor Ort                       420,00 EUR

Die Geräte sind für unsere Syndikusrechtsanwälte bestimmt, die damit Schriftsätze an die
Gerichte einreichen. Lieferung bitte an: Auenwald Versicherungen AG, Recht & Prozessführung,
z. Hd. Herrn Weyer, Auenwaldring 12, 34119 Kassel.

Bestellnummer: BE-2026-0702

Freundliche Grüße
Claudia Berisha
Einkauf & Dienstleistersteuerung""")

# ---- 0115
mail("CONFIDENTIAL", "en", "insurer-to-lawyer",
     "recovery against UK tourist for fire in holiday apartment: our insured landlord (natural person) named with policy and amount",
     frm=F("toedt"), to=("Whitcombe Hale LLP – Ms Priya Desai", "p.desai@whitcombe-hale.example"),
     subject="New instruction: fire at holiday flat Edersee – recovery v. Mr Craig Dunmore",
     date="2026-06-16 13:20",
     body="""Dear Ms Desai,

we would like to instruct your firm in a property recovery:

Our insured, Mr Wolfgang Eckhardt, lets a holiday apartment at Seeweg 12, 34516 Vöhl
(Edersee) and is insured with us under buildings and contents policy WG-8816-2210. On
21 April 2026, the guest Mr Craig Dunmore (residing in Leeds) left a disposable barbecue on
the wooden balcony; the fire destroyed the balcony and part of the roof. Nobody was injured.

We paid EUR 64,210.00 (building) and EUR 7,480.00 (loss of rent). Mr Dunmore's home insurer
in the UK is Caledonian Shield plc; they have not responded to our letter of 14 May.

Could you send a letter before action and let us know your fee estimate? Documents will be
provided through our portal.

""" + SIG["toedt"].replace("Mit freundlichen Grüßen", "Kind regards") + "\n\n" + DISC_EN)

# ---- 0116
mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-expert",
     "letter to Dutch medical expert challenging his report: amputation, phantom pain, depression of named insured",
     frm=F("pohl"), to=("Dr. Maarten Jansen", "m.jansen@jansen-medisch-advies.example"),
     cc=[F("okafor")],
     subject="Your report of 2 April 2026 on Mr Piotr Zieliński – comments of our medical adviser",
     date="2026-06-17 10:05",
     body="""Dear Dr Jansen,

thank you for your report on our insured Mr Piotr Zieliński. Allow me a few comments from our
side before the parties continue negotiations:

1. Phantom limb pain: the pain diary and the prescription of pregabalin 150 mg twice daily
   since January document persistent neuropathic pain. The literature you quote on
   spontaneous remission refers to the first six months; Mr Zieliński is now in month seven.
2. Depressive symptoms: the psychiatrist's report of 12 March (moderate depressive episode,
   F32.1) establishes a temporal link with the amputation; there is no previous history.
3. Prosthesis: a microprocessor knee is not needed after a below-knee amputation - I agree
   with you there - but the requested microprocessor ankle is justified by his work as a
   warehouse foreman on uneven ground.

I would be happy to discuss this by phone.

""" + SIG["pohl"].replace("Mit kollegialen Grüßen", "With kind regards") + "\n\n" + DISC_EN)

# ---- 0117
mail("NORMAL", "de", "internal",
     "trap: Gesundheitstag mit Blutdruckmessung, Grippeimpfung und Rückenscreening; keine Person, Betriebsarzt",
     frm=F("kluge"), to=[("Alle Mitarbeitenden", S("alle"))],
     subject="Gesundheitstag am 9. Juli – Blutdruck, Impfung, Rückencheck",
     date="2026-06-18 12:00",
     html="""<html><body style="font-family:Arial,sans-serif;font-size:10.5pt">
<p>Liebe Kolleginnen und Kollegen,</p>
<p>am <b>Donnerstag, 9. Juli</b> findet im Foyer wieder unser Gesundheitstag statt:</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th>Uhrzeit</th><th>Angebot</th><th>Wo</th></tr>
<tr><td>9–12 Uhr</td><td>Blutdruck- und Blutzuckermessung (Betriebsärztlicher Dienst)</td><td>Foyer</td></tr>
<tr><td>10–15 Uhr</td><td>Rückenscreening und ergonomische Arbeitsplatzberatung</td><td>Raum 0.12</td></tr>
<tr><td>12–14 Uhr</td><td>Vortrag &bdquo;Stress, Schlaf und Herzgesundheit&ldquo;</td><td>Forum</td></tr>
<tr><td>ab Oktober</td><td>Grippeschutzimpfung &ndash; Anmeldung heute möglich</td><td>Betriebsarzt</td></tr>
</table>
<p>Alle Ergebnisse erfahren nur Sie selbst, der Arbeitgeber erhält keine Daten.</p>
<p>Viele Grüße<br>Nadine Kluge<br>Personalabteilung / HR Services</p>
</body></html>""")

# ---- 0118
mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "Rechtsschutz: Erstberatung Scheidung für namentlich genannte Kundin, Vertrag, Kostenerstattung; keine Gesundheitsdaten",
     frm=RS_SCHADEN, to=("Melanie Sturm", "melanie.sturm@mailbox-de.example"),
     subject="Beratungsrechtsschutz Familienrecht – Ihr Vertrag RS-5501-8842",
     date="2026-06-19 09:27",
     body="""Sehr geehrte Frau Sturm,

vielen Dank für Ihren Anruf. Aus Ihrem Rechtsschutzvertrag RS-5501-8842 übernehmen wir die
Kosten einer anwaltlichen Erstberatung zu Ihrer geplanten Trennung und Scheidung bis
500 EUR (Beratungs-Rechtsschutz im Familien- und Erbrecht).

Das Scheidungsverfahren selbst, Unterhalts- und Zugewinnstreitigkeiten sind leider nicht
versichert. Die Beratung kann sich aber auf alle diese Fragen beziehen.

Bitte lassen Sie die Rechnung Ihrer Anwältin direkt an uns schicken, mit der Schadennummer
RS-S-2026-01677. Die Selbstbeteiligung entfällt bei Beratungen.

Wir wünschen Ihnen für die kommende Zeit alles Gute.

Freundliche Grüße
Ihr Rechtsschutz-Schadenservice""")

# ---- 0119
mail("NORMAL", "en", "insurer-to-partner",
     "trap: question to reinsurer on allocation of recoveries in the treaty wording, hypothetical figures only",
     frm=F("lindqvist"), to=("Treaty Claims", "treaty.claims@meridian-re.example"),
     subject="Question on clause 14 (recoveries) – property cat XL 2026",
     date="2026-06-22 10:40", charset="us-ascii", cte="7bit",
     body="""Dear colleagues,

a quick wording question before we book the first recoveries from the January storm:

Clause 14 says recoveries are applied "as if recovered prior to the loss settlement". If a
recovery of EUR 2m arrives after we have already collected the XL share for the event, do
you agree that the full amount flows back to the layers in reverse order (top layer first)?

Hypothetical example: event loss 30m, retention 10m, layers 10m xs 10m and 20m xs 20m;
recovery 2m -> reduces the first layer's share from 10m to 10m (still exhausted) and the
second layer's from 10m to 8m.

Thanks for confirming,
Sarah Lindqvist""")

# ---- 0120
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
     "Straf-Rechtsschutz abgelehnt: Trunkenheitsfahrt (§ 316 StGB, 1,4 Promille) des VN; Strafverfahren; iso-8859-1",
     frm=F("oltmanns"), to=("Kanzlei Brandt & Oyelaran", "kanzlei@brandt-oyelaran.example"),
     subject="Ihr Mandant Herr Marcel Voigt – Deckungsanfrage Strafverfahren (RS-S-2026-01702)",
     date="2026-06-23 15:58", charset="iso-8859-1", cte="quoted-printable",
     body="""Sehr geehrte Frau Oyelaran,

vielen Dank für Ihre Deckungsanfrage. Nach dem Strafbefehlsentwurf der Staatsanwaltschaft
Kassel wird Ihrem Mandanten eine vorsätzliche Trunkenheit im Verkehr (§ 316 StGB) mit einer
Blutalkoholkonzentration von 1,4 Promille am 30.05.2026 vorgeworfen; die Fahrerlaubnis wurde
vorläufig entzogen.

Für Verkehrsstraftaten, die nur vorsätzlich begangen werden können bzw. bei denen Vorsatz
vorgeworfen wird, besteht nach § 3 Abs. 3 b) ARB kein Versicherungsschutz. Wir können
deshalb keine Deckung erteilen. Sollte das Verfahren wegen fahrlässiger Begehung geführt
oder Ihr Mandant nur wegen Fahrlässigkeit verurteilt werden, übernehmen wir die Kosten
nachträglich.

Mit freundlichen Grüßen

Sabine Oltmanns
Rechtsschutz-Schadenservice
Auenwald Versicherungen AG""")

# ---- 0121
mail("NORMAL", "de", "insurer-to-customer",
     "grey: allgemeine Einladung zur Kundenbefragung ohne Vertrags- oder Schadenbezug, Wörter Schaden, Zufriedenheit",
     frm=("Auenwald Kundenbefragung", S("umfrage")), to=("k.hensel@webpost.example"),
     subject="Wie zufrieden sind Sie mit uns? 3 Minuten für Ihre Meinung",
     date="2026-06-24 10:00", mailer=None, extra=[("Precedence", "bulk")],
     body="""Guten Tag,

wir möchten besser werden – und dafür brauchen wir Ihre Meinung. Unsere kurze Umfrage dauert
etwa drei Minuten und ist anonym. Es geht um Erreichbarkeit, Verständlichkeit unserer Briefe
und darum, wie Sie uns im Schadenfall erlebt haben.

Zur Umfrage: https://umfrage.auenwald-versicherung.example/2026

Unter allen Teilnehmenden verlosen wir 20 Gutscheine für regionale Hofläden.

Vielen Dank!
Ihre Auenwald Versicherungen

Sie möchten keine Umfragen mehr erhalten? https://umfrage.auenwald-versicherung.example/abmelden""")

# ---- 0122
mail("CONFIDENTIAL", "en", "insurer-to-company",
     "vicarious-liability recovery from delivery company whose employee damaged our insured's garage; employee and insured named",
     frm=F("toedt"), to=("ParcelNow Germany GmbH – Claims", "claims.de@parcelnow.example"),
     subject="Damage caused by your driver – garage Am Hang 9, Kaufungen – our ref WG-2026-08812",
     date="2026-06-25 11:17",
     body="""Dear Sir or Madam,

On 2 June 2026 your delivery driver, Mr Jannik Brandes (van KS-PN 2207), reversed into the
garage door of our insured, Ms Claudia Friedrichs, Am Hang 9, 34260 Kaufungen. Ms Friedrichs
witnessed the incident, and Mr Brandes left his name and your company's details on a note.

We have indemnified our insured under her buildings policy WG-6620-4471 with EUR 3,318.00
(new sectional door incl. installation) and claim this amount from you as the vehicle owner
and employer. Please forward this letter to your motor liability insurer if you prefer.

Payment within 30 days, quoting WG-2026-08812, to Auenwald Versicherungen AG,
IBAN """ + IB_AUENWALD + """.

""" + SIG["toedt"].replace("Mit freundlichen Grüßen", "Yours faithfully"))

# ---- 0123
mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "HTML-only answer to expat's complaint about dental implant reimbursement with GOZ table; dental treatment of addressee",
     frm=F("vogelsang"), to=("Dr. Marcus Lindgren", "marcus.lindgren@inboxly.example"),
     subject="Your complaint – dental implants, invoice Dr. Arslan of 12 May 2026",
     date="2026-06-26 14:33",
     html="""<html><head><meta charset="utf-8"></head><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Dear Dr Lindgren,</p>
<p>thank you for your complaint about our reimbursement of the implant treatment (regions 36 and 46) by Dr. Arslan. I have reviewed the invoice line by line:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>GOZ item</th><th>Service</th><th>Invoiced</th><th>Reimbursed (80&nbsp;%)</th></tr>
<tr><td>9010</td><td>Implant placement, 2x</td><td>EUR 1,104.20</td><td>EUR 883.36</td></tr>
<tr><td>9100</td><td>Bone augmentation (sinus lift not performed)</td><td>EUR 512.00</td><td>EUR 409.60</td></tr>
<tr><td>2200</td><td>Implant crowns, 2x</td><td>EUR 1,320.40</td><td>EUR 1,056.32</td></tr>
<tr><td>&ndash;</td><td>Laboratory costs</td><td>EUR 1,648.00</td><td>EUR 1,318.40</td></tr>
</table>
<p>We had originally cut the bone augmentation, because the treatment plan did not mention it. The X-ray you sent shows insufficient bone height in region 46, so the augmentation was necessary. We will pay the additional EUR&nbsp;409.60 this week.</p>
<p>If you are still not satisfied, you can contact the PKV ombudsman free of charge.</p>
<p>Kind regards<br>Katrin Vogelsang<br>Health claims, Auenwald Krankenversicherung a.G.</p>
</body></html>""")

# ---- 0124
mail("CONFIDENTIAL", "de", "internal",
     "Ratenzahlungsvereinbarung mit Regressschuldner an Buchhaltung: Name, Nettoeinkommen, IBAN des Schuldners",
     frm=F("kranich"), to=[("Auenwald Finanzbuchhaltung", S("fibu"))],
     subject="Ratenzahlung RG-2025-11402 – bitte Lastschrift einrichten",
     date="2026-06-29 09:12",
     body="""Hallo Jörg,

mit dem Schuldner im Regress RG-2025-11402 haben wir eine Ratenzahlung vereinbart, bitte
SEPA-Lastschrift einrichten:

  Schuldner:       Herr Dominik Scheffler, Tulpenweg 3, 34346 Hann. Münden
  Restforderung:   3.960,00 EUR
  Rate:            120,00 EUR monatlich zum 15., erstmals 15.07.2026
  Konto:           """ + IB_SCHEFFLER + """ (Mandat liegt unterschrieben in der Akte)

Hintergrund für die niedrige Rate: Herr Scheffler hat uns seine Gehaltsabrechnung geschickt,
netto 1.740 EUR, zwei unterhaltsberechtigte Kinder. Bei zwei ausbleibenden Raten bitte
Info an mich, dann geht es ins gerichtliche Mahnverfahren.

Danke & Gruß
Tobias""")

# ---- 0125
mail("NORMAL", "en", "internal",
     "trap: team quiz on subrogation law with invented cases (fictitious persons), words injury, hospital, lawyer",
     frm=F("okafor"), to=[("Recoveries", S("team-regress"))],
     subject="Friday quiz: subrogation & recoveries (prize: cake)",
     date="2026-06-30 16:05",
     body="""Hi team,

as promised, this week's quiz. Answers by Friday 12:00, the best three get cake.

1. A fictitious cyclist "Max Sample" injures a pedestrian. The pedestrian's health insurer
   pays EUR 8,000 hospital costs. Under which provision does the claim pass to the insurer?
2. Our insured tenant causes a water leak by slight negligence. Can the building insurer
   take recourse against him?
3. Name two reasons why a Dutch motor insurer might apply Dutch law to our recovery.
4. What is the "Quotenvorrecht" and who benefits from it?
5. Bonus: which article of the CMR limits liability to 8.33 SDR per kilogram?

All cases are made up - no real files involved.

Daniel""")


# ---- 0126
mail("NORMAL", "de", "internal",
     "grey: Urlaubsplanung des Teams mit Kollegennamen und Zeiträumen, ohne Gründe oder Gesundheitsangaben",
     frm=F("oltmanns"), to=[("Team Rechtsschutz-Schaden", S("rs-team"))],
     subject="Urlaubsplanung Juli/August – bitte prüfen",
     date="2026-07-01 08:20", cte="8bit",
     body="""Hallo ihr Lieben,

hier der aktuelle Stand der Sommerplanung. Wir brauchen an jedem Tag mindestens drei
Leute für die Telefon-Hotline und eine Person für Fristsachen.

  KW 28–29   Tanja, Marek
  KW 30–31   Sabine (ich), Jörn
  KW 32–33   Aylin, Tanja
  KW 34      Marek, Chris
  KW 35      niemand – Puffer

Chris hat noch keinen Urlaub eingetragen, bitte bis Freitag melden. Wer tauschen möchte,
klärt das bitte direkt untereinander und sagt mir dann Bescheid.

Danke!
Sabine""")

# ---- 0127
mail("CONFIDENTIAL", "de", "insurer-to-company",
     "Regressforderung gegen Installateurmeister (Einzelunternehmer = natürliche Person) nach Leitungswasserschaden; Forderungsschreiben als DOCX",
     frm=F("toedt"), to=("Installateurmeister Rüdiger Kamphausen", "info@kamphausen-haustechnik.example"),
     subject="Regressforderung – Wasserschaden Heinrichstraße 5, Baunatal – Schaden WG-2026-03377",
     date="2026-07-02 10:44",
     body="""Sehr geehrter Herr Kamphausen,

anbei unser Forderungsschreiben zum Wasserschaden bei unserer Versicherungsnehmerin Frau
Gudrun Lenz. Bitte leiten Sie es an Ihre Betriebshaftpflichtversicherung weiter, falls Sie
das noch nicht getan haben, und nennen Sie uns deren Schadennummer.

""" + SIG["toedt"],
     atts=[lambda: att("Regressforderung_WG-2026-03377.docx", docx([
         ("h", "Regressforderung nach § 86 VVG"),
         "An: Rüdiger Kamphausen, Installateur- und Heizungsbauermeister (Einzelunternehmen), Am Bahnhof 22, 34225 Baunatal",
         "Unsere Versicherungsnehmerin: Frau Gudrun Lenz, Heinrichstraße 5, 34225 Baunatal, Wohngebäudevertrag WG-1190-6672",
         "Am 19.03.2026 trat aus einer von Ihnen am 16.03.2026 neu verpressten Verbindung im Heizungsraum Wasser aus. Nach dem Bericht des Sachverständigen Dipl.-Ing. Strobel war der Pressfitting nicht vollständig verpresst.",
         ("table", [["Position", "Betrag EUR"], ["Leckageortung", "486,00"], ["Trocknung 21 Tage", "2.940,00"], ["Estrich und Bodenbelag", "7.812,50"], ["Summe", "11.238,50"]]),
         "Wir fordern Sie auf, den Betrag von 11.238,50 EUR bis zum 31.07.2026 zu zahlen.",
     ], title="Regressforderung WG-2026-03377"))])

# ---- 0128
mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-lawyer",
     "sensitive only in the subject line: diagnosis (schizophrenia F20.0) of a named person in a life-insurance dispute; body harmless",
     frm=F("gruber"), to=("Whitcombe Hale LLP – Mr Oliver Hale", "o.hale@whitcombe-hale.example"),
     subject="Ms Ingrid Olsen – paranoid schizophrenia (F20.0) – life policy avoidance – hearing moved",
     date="2026-07-03 12:05", mailer=None,
     body="""Oliver,

the hearing has been moved to 14 July, 10:00. Everything else as discussed on the phone;
documents are in the portal.

Stefan""")

# ---- 0129
mail("NORMAL", "en", "insurer-to-supplier",
     "trap: courier booking for original court documents and expert reports, sealed boxes, no case content",
     frm=F("berisha"), to=("Blitzkurier Kassel GmbH", "orders@blitzkurier-kassel.example"),
     subject="Booking: same-day courier to Frankfurt – sealed document box",
     date="2026-07-06 09:03", charset="us-ascii", cte="7bit",
     body="""Hello,

please book a same-day courier:

  Pick-up:   today 11:30, Auenwald Versicherungen AG, Auenwaldring 12, reception
  Delivery:  by 16:00, law firm Seidel Fuchs, Frankfurt (address on the box)
  Item:      one sealed archive box (original court files and expert reports), approx. 8 kg
  Note:      hand over against signature only, no drop-off at the door

Cost centre 3002, PO BE-2026-0750.

Thanks,
Claudia Berisha, Procurement""")

# ---- 0130
mail("CONFIDENTIAL", "en", "insurer-to-customer",
     "motor: hit-and-run damage to customer's parked car, request for witnesses; name, plate, claim number",
     frm=F("brenner"), to=("Lucas Ferreira", "lucas.ferreira@mailbox.example"),
     subject="Your claim KS-2026-005510 – damage to your parked car",
     date="2026-07-07 13:38",
     body="""Dear Mr Ferreira,

thank you for reporting the damage to your Toyota Yaris (KS-LF 3380) in the car park of the
Kassel-Wilhelmshöhe station on 3 July. As the other driver left without leaving details, we
will settle the repair (estimate EUR 2,210) under your comprehensive cover, less your
deductible of EUR 300.

If the police identify the driver, we will take recourse against his insurer and refund your
deductible and the no-claims bonus. To help:
- please send us the police reference number,
- tell us if anyone saw the accident (names and phone numbers),
- check whether the car park operator has CCTV and ask them to keep the footage.

""" + SIG["brenner"].replace("Gruß", "Kind regards") + "\n\n" + DISC_EN)

# ---- 0131
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
     "KV an Versicherte: keine Abfindungserklärung ohne Rücksprache wegen Forderungsübergang; Schädel-Hirn-Trauma, Reha; base64-Body",
     frm=F("marquardt"), to=("Sandra Kühn", "sandra.kuehn@familienpost.example"),
     subject="Ihr Schmerzensgeldvergleich mit der Noordzee – bitte vorher mit uns sprechen",
     date="2026-07-08 15:15", cte="base64",
     body="""Sehr geehrte Frau Kühn,

Ihre Anwältin, Frau Sell, hat uns mitgeteilt, dass der niederländische Versicherer Ihrem Mann
einen Abfindungsvergleich über sein Schmerzensgeld angeboten hat.

Bitte achten Sie darauf, dass die Abfindungserklärung nur das Schmerzensgeld und den
Haushaltsführungsschaden Ihres Mannes erfasst. Die Kosten der Behandlung seines
Schädel-Hirn-Traumas, der Intensivbehandlung in Enschede und der neuropsychologischen Reha
in Bad Wildungen sind bereits auf uns als Krankenversicherer übergegangen; wir machen sie
selbst geltend. Eine Klausel „zur Abgeltung aller Ansprüche“ würde Ihren Mann uns gegenüber
schadensersatzpflichtig machen.

Am besten schickt Frau Sell uns den Entwurf vor der Unterschrift – wir prüfen ihn innerhalb
von zwei Arbeitstagen.

Mit freundlichen Grüßen

Dr. Helene Marquardt
Leiterin Regress & Forderungsmanagement
Auenwald Versicherungen AG""")

# ---- 0132
mail("NORMAL", "de", "insurer-to-company",
     "trap: Anforderungen an Kanzleirechnungen (XRechnung), Wörter Mandant, Schadennummer, Gebührenrechnung, keine Fälle; Kanzlei-Firmenkonto",
     frm=("Auenwald Rechnungseingang", S("rechnungseingang")), to=("Kanzlei Brandt & Oyelaran", "buchhaltung@brandt-oyelaran.example"),
     subject="Ab 01.09.: Kanzleirechnungen nur noch als XRechnung",
     date="2026-07-09 11:00",
     body="""Sehr geehrte Damen und Herren,

ab 1. September 2026 können wir Gebührenrechnungen unserer Partnerkanzleien nur noch als
XRechnung (UBL oder CII) verarbeiten. Bitte beachten Sie:

- Im Feld „Buyer reference“ steht immer unsere Schadennummer (z. B. RS-S-2026-00000) bzw.
  die Regressakte (RG-…), nicht der Name des Mandanten.
- Eine Rechnung je Akte; Sammelrechnungen nur nach Absprache.
- Ihre Bankverbindung wird aus unserem Lieferantenstamm genommen. Bei Änderungen Ihres
  Kanzleikontos (derzeit """ + IB_KANZLEI_BRANDT + """) rufen wir Sie zur Bestätigung an.

Für Fragen steht Ihnen unser Rechnungseingang unter 0561 7788-1280 zur Verfügung.

Mit freundlichen Grüßen
Rechnungseingang / Kreditoren
Auenwald Versicherungen AG""")

# ---- 0133
mail("CONFIDENTIAL", "de", "insurer-to-court",
     "Mitteilung an Amtsgericht über Vergleich im Verkehrsunfallprozess; Parteien (natürliche Personen) und Aktenzeichen",
     frm=F("weyer"), to=("Amtsgericht Kassel – Geschäftsstelle Abt. 435", "gst435@ag-kassel.justiz.example"),
     subject="435 C 318/26 – Torsten Hebestreit ./. Irene Sattler u. a. – Terminsaufhebung",
     date="2026-07-10 09:31",
     body="""Sehr geehrte Damen und Herren,

in dem Rechtsstreit Torsten Hebestreit ./. 1. Irene Sattler, 2. Auenwald Versicherungen AG
(Az. 435 C 318/26) teilen wir vorab formlos mit, dass die Parteien sich außergerichtlich
geeinigt haben: Die Beklagte zu 2) zahlt an den Kläger 2.900,00 EUR, Kosten werden
gegeneinander aufgehoben.

Die Klagerücknahme bzw. übereinstimmende Erledigungserklärungen gehen heute über das beA bzw.
durch den Klägervertreter ein. Wir regen an, den Termin am 21.07.2026 aufzuheben.

""" + SIG["weyer"])

# ---- 0134
mail("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-partner",
     "bilingual large-loss notice to reinsurer: burn injuries of named employee of a policyholder, recovery against machine maker",
     frm=F("lindqvist"), to=("Treaty Claims", "treaty.claims@meridian-re.example"),
     subject="Schadenmeldung / loss advice – Gruppenunfall GU-0712, Verbrennungen Herr Kai Moritz",
     date="2026-07-13 17:20",
     body="""Sehr geehrte Damen und Herren, dear colleagues,

hiermit melden wir vorsorglich einen Großschaden aus dem Gruppenunfallvertrag GU-0712
(Versicherungsnehmerin: Metallguss Fuldatal GmbH):

Der Mitarbeiter Herr Kai Moritz (geb. 1985) erlitt am 29.06.2026 beim Austritt von
Flüssigmetall aus einer Gießpfanne Verbrennungen 2. und 3. Grades an 28 % der
Körperoberfläche (T31.2), u. a. an beiden Händen. Er wird im Schwerbrandverletztenzentrum
Offenbach behandelt, mehrere Hauttransplantationen sind erfolgt.

English summary: an employee of our policyholder suffered 2nd/3rd degree burns on 28 % of
his body surface, including both hands, when molten metal escaped from a ladle. Reserve
EUR 650,000 (disability, progression 350 %). A recovery against the ladle manufacturer
(defective tilting mechanism) is being examined; an engineering expert has been appointed.

""" + SIG["lindqvist"] + "\n\n" + DISC_BI)

# ---- 0135
mail("NORMAL", "de", "internal",
     "trap: neue Druckregel 'Follow-me-Printing' für Gesundheitsdaten, Arztberichte, Gerichtspost – keine Person",
     frm=F("haas"), to=[("Alle Mitarbeitenden", S("alle"))],
     subject="Ab Montag: Follow-me-Printing auf allen Etagen",
     date="2026-07-14 10:25", charset="windows-1252", cte="quoted-printable",
     body="""Liebe Kolleginnen und Kollegen,

ab Montag, 20.07., werden Druckaufträge erst ausgegeben, wenn Sie sich mit Ihrem
Mitarbeiterausweis am Drucker anmelden (Follow-me-Printing).

Anlass: Im Juni lagen mehrfach Ausdrucke mit Arztberichten, Gutachten und Gerichtspost
stundenlang im Ausgabefach. Mit Follow-me-Printing passiert das nicht mehr.

Was Sie tun müssen: nichts – der neue Drucker „FollowMe“ ist automatisch eingerichtet.
Nicht abgeholte Aufträge werden nach 24 Stunden gelöscht.

IT-Servicedesk, Durchwahl -1999""")

# ---- 0136
mail("CONFIDENTIAL", "en", "insurer-to-broker",
     "XLSX overview of open recoveries for a commercial client with named contact person and claim amounts",
     frm=F("petersen"), to=("Alistair Pryce", "a.pryce@thornbury-brokers.example"),
     subject="Open recoveries – Spedition Gerlach GmbH (as requested)",
     date="2026-07-15 14:02",
     body="""Hi Alistair,

as requested for your renewal meeting, attached is the overview of open recoveries for
Spedition Gerlach GmbH. Mr Uwe Gerlach asked us to send it to you.

Best regards
Maike Petersen""",
     atts=[lambda: att("Gerlach_open_recoveries_2026-07.xlsx", xlsx([("Open recoveries", [
         ["Client", "Spedition Gerlach GmbH, contact Mr Uwe Gerlach (MD)", "", "", ""],
         ["Our ref", "Date of loss", "Opponent", "Paid EUR", "Status"],
         ["FK-2025-7731", "05.11.2025", "Transportbedrijf Hoekstra B.V.", 48760.00, "Dutch counsel instructed"],
         ["TR-2026-0144", "04.02.2026", "Transports Marchand SARL", 18204.00, "CMR claim sent"],
         ["FK-2026-1102", "22.05.2026", "Kranverleih Otte KG", 9315.50, "liability disputed"],
         ["", "", "Total", 76279.50, ""]])], title="Open recoveries Gerlach"))])

# ---- 0137
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-expert",
     "Auftrag biomechanisches Gutachten im Regress: Geschädigte mit HWS-Distorsion und Tinnitus, Geburtsdatum, Behandlungen",
     frm=F("yilmaz"), to=("Institut für Unfallanalyse Dr. Thiel", "gutachten@unfallanalyse-thiel.example"),
     subject="Gutachtenauftrag: biomechanische Analyse – Anspruchstellerin Frau Birgit Neuhaus",
     date="2026-07-16 11:09",
     body="""Sehr geehrter Herr Dr. Thiel,

wir bitten um ein interdisziplinäres (technisch-biomechanisches) Gutachten:

Unser VN ist am 14.04.2026 in Kassel mit ca. 8–10 km/h auf den stehenden Pkw von Frau Birgit
Neuhaus (geb. 07.09.1972) aufgefahren. Frau Neuhaus macht eine HWS-Distorsion Grad II
(S13.4), einen seitdem bestehenden Tinnitus links (H93.1) und Schlafstörungen geltend; sie
war 11 Wochen arbeitsunfähig und in physiotherapeutischer und HNO-ärztlicher Behandlung.
Ihr Anwalt fordert 9.500 EUR Schmerzensgeld sowie Verdienstausfall.

Fragen:
1. Welche kollisionsbedingte Geschwindigkeitsänderung (Delta-v) wirkte auf Frau Neuhaus?
2. Ist die geltend gemachte Verletzung bei dieser Belastung biomechanisch plausibel?

Die Reparaturrechnungen beider Fahrzeuge und die Fotos finden Sie im Portal.

""" + SIG["yilmaz"] + "\n\n" + DISC_DE)

# ---- 0138
mail("NORMAL", "en", "insurer-to-partner",
     "trap: partnership talks with a legal-tech company for flight-delay claims; words claims, passengers, lawyers, no data",
     frm=F("gruber"), to=("FlightRight Solutions B.V.", "partnerships@flightright-solutions.example"),
     subject="Follow-up: cooperation for air passenger claims",
     date="2026-07-17 10:30", mailer=None,
     body="""Dear Ms Verhoeven,

thank you for the presentation last week. As discussed, we could imagine offering our legal
expenses customers your service for air passenger claims as an alternative to a lawyer.

Before we go further, we need:
- your standard commission model for referred claims,
- a description of how passenger data is processed (a data processing agreement may not be
  the right instrument - our data protection officer will look at it),
- references from two other insurers.

Could we set up a call with our data protection officer, Ms Roloff, in August?

Best regards
Stefan Gruber
Group Legal, Auenwald Versicherungen AG""")

# ---- 0139
mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "Abtretungserklärung für Regress gegen Bauunternehmen als ODT, mit Name und Geburtsdatum des Kunden; Body nennt Vertrag",
     frm=F("toedt"), to=("Hartmut Seibel", "h.seibel@seibel-kassel.example"),
     subject="Wohngebäude WG-2280-3391 – Abtretungserklärung für Ihren Selbstbehalt",
     date="2026-07-20 09:49",
     body="""Sehr geehrter Herr Seibel,

wie besprochen machen wir gegen die Hochbau Grebe GmbH auch Ihren nicht versicherten Teil des
Schadens (Selbstbehalt 1.000 EUR und Mietausfall der Einliegerwohnung) geltend. Dazu brauchen
wir Ihre Abtretungserklärung.

Bitte drucken Sie das beigefügte Formular aus, unterschreiben es und schicken es uns zurück
(Post oder Scan über das Portal).

""" + SIG["toedt"],
     atts=[lambda: att("Abtretungserklaerung_Seibel.odt", odt([
         ("h", "Abtretungserklärung"),
         "Ich, Hartmut Seibel, geb. 25.11.1964, wohnhaft Wilhelmshöher Weg 17, 34128 Kassel,",
         "trete hiermit meine Ansprüche gegen die Hochbau Grebe GmbH aus dem Schaden vom 03.02.2026 (Rissbildung durch Baugrubenaushub auf dem Nachbargrundstück) in Höhe von",
         ("table", [["Selbstbehalt", "1.000,00 EUR"], ["Mietausfall Einliegerwohnung 4 Monate", "2.480,00 EUR"]]),
         "an die Auenwald Versicherungen AG ab, die sie für mich geltend macht und eingehende Beträge an mich auskehrt.",
         "Kassel, den ____________     Unterschrift ____________________",
     ], title="Abtretungserklärung"))])

# ---- 0140
mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
     "travel cancellation due to pregnancy complications (placenta praevia): health data of the addressee; windows-1252",
     frm=F("engstfeld"), to=("Olivia Brandt-Nakamura", "olivia.bn@inboxly.example"),
     subject="Trip cancellation claim RV-2026-08814 – Lisbon, September",
     date="2026-07-21 12:12", charset="windows-1252", cte="quoted-printable",
     body="""Dear Ms Brandt-Nakamura,

thank you for sending the certificate from your gynaecologist. I'm sorry to hear about the
complications.

Normal pregnancy is not an insured event for trip cancellation. However, the certificate
confirms a placenta praevia with bleeding in week 24 and a medical recommendation not to
travel - this is an unexpected serious illness within the meaning of your policy
RV-JA-88-4410. We therefore reimburse the cancellation costs:

  Flights Frankfurt–Lisbon (2 persons)       €612.40
  Hotel cancellation fee                     €480.00
  less deductible                            -€50.00
  Total                                    €1,042.40

The amount will be credited to your account within five working days. We wish you all the
best for the rest of your pregnancy.

""" + SIG["engstfeld"])

# ---- 0141
mail("NORMAL", "de", "insurer-to-broker",
     "trap: Wartungsankündigung SecureMail-Portal und Vermittlerpost, Wörter vertraulich, Gesundheitsdaten, keine Inhalte",
     frm=("Auenwald Maklerportal", S("maklerportal")), to=("Maklerverteiler Region Mitte", "makler-mitte@auenwald-versicherung.example"),
     subject="Wartung SecureMail-Portal und Vermittlerpost am 25./26.07.",
     date="2026-07-22 16:00", mailer=None, extra=[("Precedence", "bulk")],
     body="""Sehr geehrte Vertriebspartnerinnen und Vertriebspartner,

am Samstag, 25.07., 20:00 Uhr bis Sonntag, 26.07., 06:00 Uhr warten wir das SecureMail-Portal
und die elektronische Vermittlerpost. In dieser Zeit

- können Sie keine vertraulichen Nachrichten abrufen oder senden,
- holt Ihr Maklerverwaltungsprogramm keine Dokumente ab (die Abholung läuft danach automatisch
  nach),
- ist der Upload von Unterlagen mit Gesundheitsdaten Ihrer Kunden nicht möglich. Bitte weichen
  Sie nicht auf normale E-Mail aus.

Vielen Dank für Ihr Verständnis.
Ihr Team Maklerportal""")

# ---- 0142
mail("NORMAL", "en", "insurer-to-partner",
     "trap: answer to a cross-border ADR network questionnaire, aggregate complaint and ombudsman figures only",
     frm=F("aydin"), to=("FIN-NET Secretariat (questionnaire)", "survey@adr-network.example"),
     subject="Questionnaire on cross-border complaints 2025 – Auenwald Versicherungen AG",
     date="2026-07-23 11:38",
     body="""Dear Sir or Madam,

please find our answers to the questionnaire on cross-border complaints:

Q1 Number of complaints from consumers resident in another EU/EEA state (2025): 37
Q2 Of which referred to an ADR body: 9 (German insurance ombudsman 7, PKV ombudsman 2)
Q3 Main topics: travel health claims (14), motor claims abroad (11), legal expenses (6), other (6)
Q4 Languages offered in complaint handling: German, English; others via translation service
Q5 Average handling time: 19 days (internal), 74 days (ombudsman)

We do not provide case-level information in this survey.

Kind regards
Merve Aydın
Complaints Management, Auenwald Versicherungen AG""")

# ---- 0143
mail("NORMAL", "mixed", "internal",
     "trap: Panel-Review externer Kanzleien (Firmen) mit Punktwerten, deutsch/englisch, keine Mandanten",
     frm=F("weyer"), to=[F("gruber"), F("marquardt"), F("okafor")],
     subject="Kanzlei-Panel Review 2026 – scores / Bewertungen",
     date="2026-07-24 14:44",
     body="""Hallo zusammen / hi all,

hier die Zusammenfassung der Panel-Bewertung (Skala 1–5, Durchschnitt aus unseren Feedbacks):

  Kanzlei                      Qualität  Kosten  Reaktionszeit  Empfehlung
  Seidel Fuchs (DE)            4,6       3,8     4,4            bleibt Lead Counsel Regress
  Brandt & Oyelaran (DE)       4,2       4,1     4,7            bleibt, Schwerpunkt Verkehr/Straf
  Oehlmann (DE)                4,4       3,5     3,9            bleibt, Arzthaftung
  Whitcombe Hale (UK)          4,5       3,1     4,2            stays, fee cap to be renegotiated
  Van Dijk Advocaten (NL)      4,0       4,3     3,6            stays
  Byrne & Nolan (IE)           3,4       4,0     3,0            on watch list

Stefan, could you take the Whitcombe Hale fee discussion? Daniel, please give Byrne & Nolan
feedback on response times.

Danke, thanks,
Jan-Philipp""")

# ---- 0144
mail("CONFIDENTIAL", "en", "insurer-to-lawyer",
     "liability claim in Denmark against German dog owner (our insured): rental cottage damaged, no injury; name, policy, amounts",
     frm=F("yilmaz"), to=("Advokat Mette Kjær", "mk@kjaer-advokater.example"),
     subject="Claim by Nordsø Feriehuse ApS against our insured Mr Timo Brenneke – instruction",
     date="2026-07-27 10:18",
     body="""Dear Ms Kjær,

we are the liability insurer of Mr Timo Brenneke, Kassel (private and dog owner's liability,
policy PH-4402-1176). The holiday-home company Nordsø Feriehuse ApS claims DKK 48,000 from
him for damage allegedly caused by his dog to a rental cottage in Blåvand in June 2026
(chewed door frames, scratched floor, damaged sofa). No person was injured.

We consider the amount excessive: the cottage was 30 years old, and the deposit of DKK 3,000
was already retained. Please represent Mr Brenneke and us, review the claim and the photos,
and propose a settlement strategy. We will pay your fees at your usual hourly rate, up to
DKK 25,000 without further approval.

""" + SIG["yilmaz"].replace("Viele Grüße", "Kind regards") + "\n\n" + DISC_EN)

# ---- 0145
mail("STRICTLY_CONFIDENTIAL", "de", "internal",
     "HR: Einladung zum BEM-Gespräch einer namentlich genannten Mitarbeiterin mit Diagnose und Fehlzeiten an Betriebsarzt und Betriebsrat",
     frm=F("kluge"), to=[("Betriebsärztlicher Dienst", S("betriebsarzt")), ("Betriebsrat", S("betriebsrat"))],
     subject="BEM Frau Jessica Wagner (PNr. 11873) – Gesprächstermin",
     date="2026-07-28 08:40",
     body="""Liebe Kolleginnen und Kollegen,

Frau Jessica Wagner (Kundenservice, PNr. 11873) hat dem betrieblichen Eingliederungs-
management zugestimmt. Sie war in den letzten 12 Monaten an 71 Tagen arbeitsunfähig; nach
ihren eigenen Angaben wegen einer rheumatoiden Arthritis (Erstdiagnose Herbst 2025), die
inzwischen mit Methotrexat eingestellt ist.

Frau Wagner wünscht sich einen höhenverstellbaren Schreibtisch, eine spezielle Tastatur und
die Möglichkeit, an zwei Tagen pro Woche von zu Hause zu arbeiten.

Gesprächstermin: Mittwoch, 05.08., 10:00 Uhr, Raum 2.14. Bitte behandelt diese Informationen
streng vertraulich; sie gehören nicht in die Personalakte, sondern in die BEM-Akte.

""" + SIG["kluge"])

# ---- 0146
mail("NORMAL", "de", "insurer-to-authority",
     "trap: allgemeine Anfrage an Polizeipräsidium zum Verfahren für Unfallberichte/Akteneinsicht, keine konkreten Fälle",
     frm=F("brenner"), to=("Polizeipräsidium Nordhessen – Zentrale Dienste", "zentrale-dienste@polizei-nordhessen.example"),
     subject="Anfrage: Verfahren für Auskünfte aus Verkehrsunfallakten",
     date="2026-07-29 13:05",
     body="""Sehr geehrte Damen und Herren,

als Kfz-Versicherer erhalten wir Auskünfte aus Verkehrsunfallakten bislang über die
Staatsanwaltschaft oder über die Anwälte der Beteiligten. Nach unserer Information bietet
Ihr Präsidium seit diesem Jahr ein Online-Verfahren für einfache Unfallmitteilungen
(Beteiligte, Versicherer, Kennzeichen) an.

Könnten Sie uns mitteilen,
1. ob Versicherer dieses Verfahren nutzen dürfen und wie die Registrierung erfolgt,
2. welche Gebühren anfallen und
3. ob wir eine Sammelabrechnung erhalten können?

Eine allgemeine Beschreibung des Verfahrens genügt uns zunächst.

""" + SIG["brenner"])

# ---- 0147
mail("CONFIDENTIAL", "de", "insurer-to-customer",
     "Rechtsschutz: Rückforderung erstatteter Prozesskosten nach gewonnenem Prozess; Kunde namentlich; Kostenfestsetzungsbeschluss im ZIP",
     frm=RS_SCHADEN, to=("Dr. Jens Uhlig", "jens.uhlig@uhlig-family.example"),
     subject="Ihr gewonnener Prozess gegen Sanitär Mahlmann – Kostenerstattung (RS-S-2026-00733)",
     date="2026-07-30 10:02",
     body="""Sehr geehrter Herr Dr. Uhlig,

herzlichen Glückwunsch zum gewonnenen Prozess! Das Amtsgericht hat die Kosten des
Rechtsstreits vollständig der Sanitär Mahlmann GmbH auferlegt.

Da wir die Kosten Ihres Anwalts, die Gerichtskosten und den Vorschuss für den Sachverständigen
(zusammen 4.877,64 EUR) vorgestreckt haben, stehen die Erstattungsansprüche nach § 86 VVG uns
zu. Die Gegenseite zahlt nach dem Kostenfestsetzungsbeschluss (im ZIP anbei, mit unserer
Abrechnung) an Ihren Anwalt. Bitte veranlassen Sie, dass RA Vogt den Betrag an uns
weiterleitet, Verwendungszweck RS-S-2026-00733.

Ihr eigener Anspruch auf Rückzahlung der 8.740 EUR bleibt selbstverständlich bei Ihnen.

Freundliche Grüße
Ihr Rechtsschutz-Schadenservice""",
     atts=[lambda: att("RS-S-2026-00733_Kosten.zip", zipfile_bytes([
         ("Kostenfestsetzungsbeschluss_AG_Kassel_412C1190-26.pdf", pdf([[
             "# Amtsgericht Kassel – Kostenfestsetzungsbeschluss",
             "Az. 412 C 1190/26 – In dem Rechtsstreit Dr. Jens Uhlig ./. Sanitär Mahlmann GmbH",
             "werden die von der Beklagten an den Kläger zu erstattenden Kosten auf 4.877,64 EUR",
             "nebst Zinsen in Höhe von 5 Prozentpunkten über dem Basiszinssatz seit dem 02.07.2026 festgesetzt.",
         ]], title="Kostenfestsetzungsbeschluss", date="20260715090000")),
         ("Abrechnung_RS-S-2026-00733.csv", csvdata([
             ["Position", "Empfänger", "Betrag EUR"],
             ["Anwaltsgebühren 1. Instanz", "RA Clemens Vogt", "2.214,43"],
             ["Gerichtskosten", "Landesjustizkasse", "1.163,21"],
             ["Vorschuss Sachverständiger", "Landesjustizkasse", "1.500,00"],
             ["Summe", "", "4.877,64"],
         ], charset="utf-8")),
     ], date_time=(2026, 7, 30, 9, 55, 0)))])

# ---- 0148
mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-hospital",
     "dispute over private London clinic invoice for cardiac ablation of named insured; CSV of disputed items",
     frm=F("vogelsang"), to=("Harley Heart Clinic – Billing", "billing@harleyheart.example"),
     subject="Invoice HH-26-04471 – patient Mr Benedikt Hausmann, DOB 30/01/1970",
     date="2026-07-31 15:27",
     body="""Dear Sir or Madam,

we are the private health insurer of Mr Benedikt Hausmann, born 30 January 1970, who underwent
catheter ablation for atrial fibrillation (I48.1) in your clinic on 8 June 2026.

We have paid GBP 14,200 of your invoice HH-26-04471 (GBP 19,850). The disputed items are listed
in the attached file: the second consultant's fee and the three-night stay are not medically
justified according to the discharge summary, which shows an uncomplicated procedure with
discharge planned for day one. Please do not pursue the balance against Mr Hausmann while we
are discussing it with you; if you disagree, please send us the nursing notes.

""" + SIG["vogelsang"].replace("Mit freundlichen Grüßen", "Yours faithfully") + "\n\n" + DISC_EN,
     atts=[lambda: att_csv("HH-26-04471_disputed_items.csv", [
         ["item", "description", "invoiced_gbp", "paid_gbp", "reason"],
         ["1", "Ablation procedure incl. theatre", "9800", "9800", ""],
         ["2", "Consultant cardiologist fee", "2400", "2400", ""],
         ["3", "Second consultant (anaesthesia review)", "1650", "0", "not indicated for sedation case"],
         ["4", "Inpatient stay 3 nights", "4800", "1600", "1 night medically necessary"],
         ["5", "Medication and consumables", "1200", "400", "itemisation missing"],
     ], charset="us-ascii", ctype="text/csv", delim=",")])

# ---- 0149
mail("NORMAL", "de", "insurer-to-company",
     "trap: Ausschreibung Inkassodienstleistung für Regressforderungen mit DOCX-Leistungsbeschreibung, Wörter Schuldner, Pfändung, keine Personen",
     frm=F("berisha"), to=("Inkasso Merkur GmbH – Vertrieb", "vertrieb@inkasso-merkur.example"),
     subject="Ausschreibung AW-2026-014: Forderungsmanagement Regress",
     date="2026-08-03 09:30",
     body="""Sehr geehrte Damen und Herren,

wir laden Sie ein, ein Angebot für das Forderungsmanagement unserer titulierten und
nicht titulierten Regressforderungen abzugeben. Die Leistungsbeschreibung liegt bei.

Angebotsfrist: 04.09.2026, 12:00 Uhr. Fragen bitte bis 21.08. ausschließlich per E-Mail an
einkauf@auenwald-versicherung.example; Antworten erhalten alle Bieter.

""" + SIG["berisha"],
     atts=[lambda: att("Leistungsbeschreibung_AW-2026-014.docx", docx([
         ("h", "Leistungsbeschreibung Forderungsmanagement Regress"),
         "Volumen: ca. 1.400 neue Forderungen pro Jahr, durchschnittlich 3.200 EUR, überwiegend gegen Privatpersonen.",
         "Leistungen: vorgerichtliches Mahnwesen, Ratenzahlungsvereinbarungen, gerichtliches Mahnverfahren, Zwangsvollstreckung einschließlich Lohn- und Kontopfändung, Langzeitüberwachung titulierter Forderungen.",
         "Datenschutz: Schuldnerdaten werden ausschließlich über eine verschlüsselte Schnittstelle übermittelt; eine Übermittlung per E-Mail ist ausgeschlossen.",
         ("table", [["Kriterium", "Gewichtung"], ["Preis (Erfolgsprovision)", "40 %"], ["Realisierungsquote Referenzen", "30 %"], ["Datenschutz und IT-Sicherheit", "20 %"], ["Reporting", "10 %"]]),
     ], title="Leistungsbeschreibung AW-2026-014", author="Einkauf"))])

# ---- 0150
mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
     "Kundenbeschwerde als angehängte E-Mail an Prozessanwalt: Ablehnung Protonentherapie bei Prostatakarzinom; Body nur Verweis",
     frm=F("weyer"), to=("RA Dr. Frank Oehlmann", "f.oehlmann@oehlmann-ra.example"),
     subject="Drohende Klage – Beschwerde des Versicherten zur Kenntnis (KV 77188420)",
     date="2026-08-04 17:48",
     body="""Lieber Herr Dr. Oehlmann,

der Versicherte hat angekündigt zu klagen; seine Mail an unser Beschwerdemanagement hänge ich
unverändert an. Können wir morgen kurz telefonieren, ob wir die Ablehnung halten?

Beste Grüße
Jan-Philipp Weyer""",
     atts=[lambda: rfc822(build_inner(
         ("Werner Falkenhagen", "w.falkenhagen@kabelmail.example"),
         BESCHWERDE,
         "Beschwerde – Ablehnung Protonentherapie",
         "2026-08-03 21:14",
         """Sehr geehrte Damen und Herren,

ich bin seit 31 Jahren bei Ihnen krankenversichert (KV 77188420). Bei mir wurde im Mai ein
Prostatakarzinom (C61, Gleason 7b) festgestellt. Mein Urologe und das Westdeutsche
Protonentherapiezentrum empfehlen eine Protonentherapie, weil ich wegen meiner Colitis
ulcerosa ein hohes Risiko für Darmschäden bei konventioneller Bestrahlung habe.

Sie haben die Kostenübernahme (ca. 28.000 EUR) abgelehnt, weil die Therapie nicht
"medizinisch notwendig" sei. Das ist für mich nicht nachvollziehbar. Wenn Sie bis zum
15. August nicht einlenken, werde ich Klage erheben und mich an den Ombudsmann wenden.

Werner Falkenhagen, geb. 02.03.1958""",
         charset="iso-8859-1", msgid="<8c1f02aa.falkenhagen@kabelmail.example>"), "Beschwerde_Falkenhagen.eml")])


# =============================================================================
# build / write / check
# =============================================================================

EXPECTED = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}


def build_all():
    files = {}
    rows = ["file\tlabel\tlang\tkind\treason"]
    for n, m in enumerate(MAILS, 1):
        name = "%s%04d.eml" % (PREFIX, n)
        files[name] = build(n, m)
        for f in (m.label, m.lang, m.kind, m.reason):
            assert "\t" not in f and "\n" not in f, (name, f)
        rows.append("\t".join([name, m.label, m.lang, m.kind, m.reason]))
    labels = ("\n".join(rows) + "\n").encode("utf-8")
    return files, labels


def write():
    files, labels = build_all()
    mdir = os.path.join(HERE, "mails")
    os.makedirs(mdir, exist_ok=True)
    for old in os.listdir(mdir):
        if old.startswith(PREFIX) and old not in files:
            os.remove(os.path.join(mdir, old))
    for name, data in files.items():
        with open(os.path.join(mdir, name), "wb") as f:
            f.write(data)
    with open(os.path.join(HERE, "labels.tsv"), "wb") as f:
        f.write(labels)
    print("wrote %d mails" % len(files))


# ---------------------------------------------------------------- check helpers

HOST_RE = re.compile(r"(?:[\w.+-]+@|https?://|www\.)([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)")
IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?)\b", re.I)
IBAN_LEN = {"DE": 22, "AT": 20, "CH": 21, "NL": 18, "GB": 22, "FR": 27, "BE": 16, "LU": 20,
            "IT": 27, "ES": 24, "DK": 18, "PL": 28, "IE": 22, "PT": 25}


class _HP(html.parser.HTMLParser):
    def __init__(self):
        super().__init__()
        self.chunks = []

    def handle_data(self, d):
        self.chunks.append(d)


def html_text(s):
    p = _HP()
    p.feed(s)
    p.close()
    return " ".join(p.chunks)


def pdf_text(data):
    assert data.startswith(b"%PDF-"), "not a PDF"
    assert b"%%EOF" in data[-40:], "PDF without EOF"
    # xref offsets must point at objects
    sx = int(data[data.rindex(b"startxref") + 9:].split()[0])
    assert data[sx:sx + 4] == b"xref", "bad startxref"
    out = []
    for mm in re.finditer(rb"<<([^>]*?/Length (\d+)[^>]*?)>>\nstream\n", data):
        ln = int(mm.group(2))
        raw = data[mm.end():mm.end() + ln]
        if b"/FlateDecode" in mm.group(1):
            raw = zlib.decompress(raw)
        for s in re.finditer(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", raw):
            b = s.group(1)
            b = re.sub(rb"\\([0-7]{3})", lambda x: bytes([int(x.group(1), 8)]), b)
            b = re.sub(rb"\\(.)", rb"\1", b)
            out.append(b.decode("cp1252"))
    t = "\n".join(out)
    assert t.strip(), "PDF without text layer"
    return t


def xml_texts(data):
    root = ET.fromstring(data)
    return " ".join(t for t in root.itertext())


def office_text(data, ext):
    z = zipfile.ZipFile(io.BytesIO(data))
    assert z.testzip() is None
    names = z.namelist()
    if ext == "docx":
        assert "[Content_Types].xml" in names
        return xml_texts(z.read("word/document.xml"))
    if ext == "xlsx":
        assert "[Content_Types].xml" in names
        xml_texts(z.read("xl/workbook.xml"))
        return " ".join(xml_texts(z.read(n)) for n in names if n.startswith("xl/worksheets/"))
    if ext in ("odt", "ods"):
        assert names[0] == "mimetype"
        assert z.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
        mt = z.read("mimetype").decode()
        assert mt.endswith("text" if ext == "odt" else "spreadsheet"), mt
        xml_texts(z.read("META-INF/manifest.xml"))
        return xml_texts(z.read("content.xml"))
    raise ValueError(ext)


def open_file(name, data, stats, depth=0):
    """Open one attachment (or ZIP member); return its text."""
    ext = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    stats[ext] = stats.get(ext, 0) + 1
    if ext == "pdf":
        return pdf_text(data)
    if ext in ("docx", "xlsx", "odt", "ods"):
        t = office_text(data, ext)
        assert t.strip(), name
        return t
    if ext == "zip":
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None
        out = []
        for zi in z.infolist():
            if zi.is_dir():
                continue
            out.append(open_file(zi.filename, z.read(zi), stats, depth + 1))
        return "\n".join(out)
    if ext == "csv":
        for cs in ("utf-8", "windows-1252"):
            try:
                t = data.decode(cs)
                break
            except UnicodeDecodeError:
                continue
        rows = list(csv.reader(io.StringIO(t), delimiter=";"))
        assert len(rows) >= 2, name
        return t
    if ext == "ics":
        t = data.decode("utf-8")
        assert t.startswith("BEGIN:VCALENDAR") and t.rstrip().endswith("END:VCALENDAR"), name
        assert "\n" not in t.replace("\r\n", ""), name
        return t.replace("\r\n ", "")
    if ext in ("html", "htm"):
        return html_text(data.decode("utf-8"))
    if ext in ("txt", "log"):
        return data.decode("utf-8")
    if ext == "eml":
        inner = email.message_from_bytes(data, policy=email.policy.default)
        return check_msg(inner, stats, "eml:" + name)
    raise AssertionError("unknown attachment type %s" % name)


def check_msg(msg, stats, where):
    texts = []
    for part in msg.walk():
        assert not part.defects, (where, part.defects)
        ct = part.get_content_type()
        if ct == "message/rfc822":
            stats["eml"] = stats.get("eml", 0) + 1
            inner = part.get_payload(0)
            assert inner["From"] and inner["Date"], (where, "attached mail without headers")
            continue  # walk() descends into it
        if part.is_multipart():
            continue
        fn = part.get_filename()
        if ct.startswith("text/") and not fn:
            cs = part.get_content_charset()
            assert cs in ALLOWED_CHARSETS, (where, cs)
            raw = part.get_payload(decode=True)
            t = raw.decode(cs)
            stats["charset:" + cs] = stats.get("charset:" + cs, 0) + 1
            stats["cte:" + part.get("Content-Transfer-Encoding", "7bit").lower()] = \
                stats.get("cte:" + part.get("Content-Transfer-Encoding", "7bit").lower(), 0) + 1
            texts.append(html_text(t) + "\n" + t if ct == "text/html" else t)
            continue
        assert fn, (where, "attachment without filename", ct)
        data = part.get_payload(decode=True)
        assert data, (where, fn)
        texts.append(open_file(fn, data, stats))
    for hname in ("From", "To", "Cc", "Subject"):
        if msg[hname]:
            texts.append(str(msg[hname]))
    return "\n".join(texts)


def check():
    files, labels = build_all()
    ok = True
    errors = []
    mdir = os.path.join(HERE, "mails")
    on_disk = sorted(f for f in os.listdir(mdir) if f.endswith(".eml"))
    if on_disk != sorted(files):
        errors.append("file list on disk differs from generator")
    for name, data in files.items():
        p = os.path.join(mdir, name)
        if not os.path.exists(p) or open(p, "rb").read() != data:
            errors.append("%s differs from disk" % name)
    if open(os.path.join(HERE, "labels.tsv"), "rb").read() != labels:
        errors.append("labels.tsv differs")
    ids = set()
    stats = {}
    tops = {}
    n_iban = 0
    for n, (name, data) in enumerate(sorted(files.items()), 1):
        m = MAILS[n - 1]
        try:
            assert re.search(rb"(?<!\r)\n", data) is None, "bare LF"
            assert re.search(rb"\r(?!\n)", data) is None, "bare CR"
            assert max(len(l) for l in data.split(b"\r\n")) <= 998, "line > 998"
            hdr = data.split(b"\r\n\r\n", 1)[0]
            hdr.decode("ascii")
            msg = email.message_from_bytes(data, policy=email.policy.default)
            mid = msg["Message-ID"]
            assert mid and mid not in ids, "Message-ID missing/duplicate"
            ids.add(mid)
            assert mid.strip("<>").endswith(".example")
            d = email.utils.parsedate_to_datetime(msg["Date"])
            assert d.year == 2026, "date not 2026"
            frm = email.utils.getaddresses([str(msg["From"])])
            assert len(frm) == 1 and frm[0][1].lower().endswith("@" + DOM), "From not insurer"
            for hn in ("To", "Cc", "Reply-To"):
                for _, a in email.utils.getaddresses([str(x) for x in msg.get_all(hn, [])]):
                    assert a.lower().split("@")[-1].endswith(".example"), (hn, a)
            tops[msg.get_content_type()] = tops.get(msg.get_content_type(), 0) + 1
            t = check_msg(msg, stats, name)
            for h in HOST_RE.finditer(t):
                host = h.group(1).rstrip(".").lower()
                assert host.endswith(".example"), "non-.example host %s" % host
            for c in IBAN_RE.finditer(t):
                raw = c.group(1).replace(" ", "").upper()
                cc = raw[:2]
                if cc in IBAN_LEN and len(raw) == IBAN_LEN[cc]:
                    n_iban += 1
                    assert iban_ok(raw), "bad IBAN %s" % c.group(1)
            assert m.label in EXPECTED and m.lang in ("de", "en", "mixed")
        except Exception as e:  # noqa
            errors.append("%s: %r" % (name, e))
    counts = {}
    for m in MAILS:
        counts[m.label] = counts.get(m.label, 0) + 1
    if counts != EXPECTED:
        errors.append("label counts %r" % counts)
    if len(MAILS) != 150:
        errors.append("mail count %d" % len(MAILS))
    # report
    langs = {}
    for m in MAILS:
        langs[(m.label, m.lang)] = langs.get((m.label, m.lang), 0) + 1
    print("mails: %d  labels: %s" % (len(MAILS), ", ".join("%s=%d" % (k, counts.get(k, 0)) for k in EXPECTED)))
    for lab in EXPECTED:
        print("  %-22s de=%-3d en=%-3d mixed=%d" % (lab, langs.get((lab, "de"), 0), langs.get((lab, "en"), 0), langs.get((lab, "mixed"), 0)))
    print("top-level types: " + ", ".join("%s=%d" % kv for kv in sorted(tops.items())))
    print("text parts: " + ", ".join("%s=%d" % kv for kv in sorted(stats.items()) if ":" in kv[0]))
    print("attachments (incl. ZIP members): " + ", ".join("%s=%d" % kv for kv in sorted(stats.items()) if ":" not in kv[0]))
    print("IBANs validated: %d" % n_iban)
    print("unique Message-IDs: %d" % len(ids))
    if errors:
        for e in errors:
            print("ERROR", e)
        print("CHECK FAILED (%d errors)" % len(errors))
        return 1
    print("CHECK OK: byte-identical rebuild, CRLF only, no MIME defects, all attachments open, "
          "all hosts .example, all IBANs mod-97 valid, counts 60/45/45")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    write()
