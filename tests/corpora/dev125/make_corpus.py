#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Siegel test corpus dev125 -- legal expenses insurance (Rechtsschutz).

150 hand-written e-mails sent out (or forwarded) by staff of the invented
"Schildwacht Rechtsschutzversicherung AG" (Hannover), domain schildwacht-rs.example.

    python make_corpus.py          writes mails/d125-0001.eml ... d125-0150.eml and labels.tsv
    python make_corpus.py --check  re-parses every mail, validates labels, counts,
                                   attachments, IBAN checksums, domains and checks that
                                   a rebuild is byte-identical
    python make_corpus.py --stats  prints the distribution tables used in README.md

Standard library only, deterministic (fixed dates, boundaries, Message-IDs, ZIP
timestamps), no network.  Seed/number of this corpus: 125.  Everything in here is
invented: insurer, people, addresses, contract and claim numbers, IBANs.
"""

import base64
import csv
import datetime
import hashlib
import io
import os
import quopri
import re
import sys
import tempfile
import zipfile
import zlib
from email import policy
from email.header import Header
from email.parser import BytesParser
from email.utils import formataddr, encode_rfc2231

NN = "125"
SEED = 125
DOM = "schildwacht-rs.example"
HERE = os.path.dirname(os.path.abspath(__file__))

LABELS = ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")
LANGS = ("de", "en", "mixed")
TARGET = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}

# IBANs in the corpus that are deliberately wrong (customer typo) -- see README
INVALID_IBANS_ON_PURPOSE = {"DE58510744720019297998"}
# published example IBAN used in a NORMAL test-data mail
PUBLISHED_EXAMPLE_IBANS = {"DE89370400440532013000"}

MAILS = []


def mail(label, lang, kind, reason):
    """Register one hand-written mail function with its label row."""
    assert label in LABELS and lang in LANGS
    assert "\t" not in reason and "\n" not in reason

    def deco(fn):
        MAILS.append((fn, label, lang, kind, reason))
        return fn
    return deco


# ---------------------------------------------------------------- addresses

def a(name, addr):
    """Display name + address; non-ASCII names become RFC 2047 words."""
    if not name:
        return addr
    return formataddr((name, addr), charset="utf-8")


def staff(name, local):
    return a(name, local + "@" + DOM)


# ---------------------------------------------------------------- dates

def _tz_for(dt):
    # CET / CEST 2024-2026 (last Sunday of March / October)
    y = dt.year
    start = max(datetime.date(y, 3, d) for d in range(25, 32)
                if datetime.date(y, 3, d).weekday() == 6)
    end = max(datetime.date(y, 10, d) for d in range(25, 32)
              if datetime.date(y, 10, d).weekday() == 6)
    return "+0200" if start <= dt.date() < end else "+0100"


def date(s):
    """'2025-03-14 09:12' or '2025-03-14 09:12:33' -> RFC 5322 date string."""
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    dt = datetime.datetime.strptime(s, fmt)
    days = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug",
              "Sep", "Oct", "Nov", "Dec")
    return "%s, %d %s %d %02d:%02d:%02d %s" % (
        days[dt.weekday()], dt.day, months[dt.month - 1], dt.year,
        dt.hour, dt.minute, dt.second, _tz_for(dt))


def mid(n, style=0, dom=DOM):
    h = hashlib.sha1(("dev%s-%03d-%d" % (NN, n, SEED)).encode()).hexdigest()
    if style == 1:      # Outlook/Exchange-like
        return "<%s%s@%s>" % (h[:8].upper(), h[8:24].upper(), dom)
    if style == 2:      # Thunderbird-like
        return "<%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:24], dom)
    return "<%s.%s@%s>" % (h[:12], h[12:20], dom)


# ---------------------------------------------------------------- MIME parts

class Part:
    def __init__(self, headers, body=b"", parts=None, boundary=None,
                 preamble=None):
        self.headers = list(headers)
        self.body = body
        self.parts = parts
        self.boundary = boundary
        self.preamble = preamble

    def render(self):
        out = []
        for k, v in self.headers:
            out.append(("%s: %s\n" % (k, v)).encode("ascii"))
        out.append(b"\n")
        if self.parts is None:
            body = self.body
            if body and not body.endswith(b"\n"):
                body += b"\n"
            out.append(body)
        else:
            if self.preamble:
                out.append(self.preamble.encode("ascii") + b"\n")
            for p in self.parts:
                out.append(b"--" + self.boundary.encode("ascii") + b"\n")
                out.append(p.render())
            out.append(b"--" + self.boundary.encode("ascii") + b"--\n")
        return b"".join(out)


def _norm(s):
    s = s.replace("\r\n", "\n")
    if s.startswith("\n"):
        s = s[1:]
    return s


def _encode_body(data, cte):
    if cte == "base64":
        return base64.encodebytes(data)
    if cte == "quoted-printable":
        return quopri.encodestring(data)
    if cte in ("7bit", "8bit"):
        if cte == "7bit":
            data.decode("ascii")
        for line in data.split(b"\n"):
            assert len(line) < 990, "line too long for %s" % cte
        return data
    raise ValueError(cte)


def text(body, subtype="plain", charset="utf-8", cte="quoted-printable",
         flowed=False, disposition=None):
    body = _norm(body)
    data = body.encode(charset)
    ct = "text/%s; charset=%s" % (subtype, charset if charset != "utf-8" else "UTF-8")
    if flowed:
        ct = "text/%s; charset=%s; format=flowed" % (subtype, charset)
    hs = [("Content-Type", ct), ("Content-Transfer-Encoding", cte)]
    if disposition:
        hs.append(("Content-Disposition", disposition))
    return Part(hs, _encode_body(data, cte))


def html(body, charset="utf-8", cte="quoted-printable"):
    return text(body, "html", charset, cte)


def _fname_params(filename):
    try:
        filename.encode("ascii")
        return 'name="%s"' % filename, 'filename="%s"' % filename
    except UnicodeEncodeError:
        enc = encode_rfc2231(filename, "utf-8")
        return "name*=%s" % enc, "filename*=%s" % enc


def attach(data, ctype, filename, cte="base64", inline=False, charset=None):
    if isinstance(data, str):
        data = data.encode(charset or "utf-8")
    np, fp = _fname_params(filename)
    ct = ctype
    if charset:
        ct += "; charset=%s" % charset
    hs = [("Content-Type", "%s; %s" % (ct, np)),
          ("Content-Disposition", "%s; %s" % ("inline" if inline else "attachment", fp)),
          ("Content-Transfer-Encoding", cte)]
    return Part(hs, _encode_body(data, cte))


def rfc822(msg_bytes, filename=None):
    hs = [("Content-Type", "message/rfc822")]
    if filename:
        hs.append(("Content-Disposition", 'attachment; filename="%s"' % filename))
    else:
        hs.append(("Content-Disposition", "inline"))
    return Part(hs, msg_bytes)


def multi(subtype, parts, boundary, preamble=None):
    return Part([("Content-Type", 'multipart/%s; boundary="%s"' % (subtype, boundary))],
                parts=parts, boundary=boundary, preamble=preamble)


def _h(v):
    try:
        v.encode("ascii")
        return v
    except UnicodeEncodeError:
        return Header(v, "utf-8", maxlinelen=76,
                      header_name="Subject").encode(linesep="\n")


def msg(n, frm, to, subject, when, body, cc=None, reply_to=None,
        in_reply_to=None, extra=(), mid_style=0, mid_dom=DOM, mime_version=True):
    """Serialise a whole message; returns bytes."""
    hs = [("From", frm), ("To", to if isinstance(to, str) else ",\n ".join(to))]
    if cc:
        hs.append(("Cc", cc if isinstance(cc, str) else ",\n ".join(cc)))
    if reply_to:
        hs.append(("Reply-To", reply_to))
    hs.append(("Subject", _h(subject)))
    hs.append(("Date", date(when)))
    hs.append(("Message-ID", mid(n, mid_style, mid_dom)))
    if in_reply_to:
        hs.append(("In-Reply-To", in_reply_to))
        hs.append(("References", in_reply_to))
    for k, v in extra:
        hs.append((k, _h(v)))
    if mime_version:
        hs.append(("MIME-Version", "1.0"))
    top = Part(hs + body.headers, body.body, body.parts, body.boundary, body.preamble)
    return top.render()


def inner(frm, to, subject, when, body_text, msgid, charset="utf-8",
          cte="quoted-printable", cc=None):
    """A complete message used as message/rfc822 attachment (an earlier mail)."""
    b = text(body_text, charset=charset, cte=cte)
    hs = [("From", frm), ("To", to)]
    if cc:
        hs.append(("Cc", cc))
    hs += [("Subject", _h(subject)), ("Date", date(when)),
           ("Message-ID", msgid), ("MIME-Version", "1.0")]
    return Part(hs + b.headers, b.body).render()


# ---------------------------------------------------------------- documents

ZIP_TIME = (2025, 1, 2, 8, 0, 0)


def zipbytes(members, stored_first=None, when=ZIP_TIME):
    """members: list of (name, bytes|str).  Deterministic ZIP."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members:
            if isinstance(data, str):
                data = data.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            if name == stored_first:
                zi.compress_type = zipfile.ZIP_STORED
            else:
                zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def _pdf_str(s):
    b = s.encode("cp1252", "replace")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + b + b")"


def pdf(lines, title=None, compress=False, author="Schildwacht Rechtsschutzversicherung AG",
        created="20250102080000+01'00'"):
    """Minimal valid PDF (Helvetica, WinAnsi).  lines: list of str; a line
    starting with '#' is printed bold.  55 lines per page."""
    per_page = 55
    pages = [lines[i:i + per_page] for i in range(0, max(len(lines), 1), per_page)] or [[]]
    objs = {}
    n_pages = len(pages)
    # 1 catalog, 2 pages, 3 font, 4 bold font, 5 info, then page/content pairs
    kids = []
    for i, pl in enumerate(pages):
        pobj, cobj = 6 + 2 * i, 7 + 2 * i
        kids.append(pobj)
        ops = [b"BT", b"/F1 10 Tf", b"13 TL", b"56 790 Td"]
        for ln in pl:
            if ln.startswith("#"):
                ops.append(b"/F2 11 Tf " + _pdf_str(ln.lstrip("# ")) + b" Tj T* /F1 10 Tf")
            else:
                ops.append(_pdf_str(ln) + b" Tj T*")
        ops.append(b"ET")
        stream = b"\n".join(ops) + b"\n"
        if compress:
            stream = zlib.compress(stream, 9)
            objs[cobj] = (b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream)
                          + stream + b"\nendstream")
        else:
            objs[cobj] = (b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream")
        objs[pobj] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                      b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> "
                      b"/Contents %d 0 R >>" % cobj)
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[2] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids)
               + b"] /Count %d >>" % n_pages)
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    info = b"<< /Producer (dev125 minimal PDF writer) /Author " + _pdf_str(author)
    if title:
        info += b" /Title " + _pdf_str(title)
    info += b" /CreationDate (D:" + created.encode("ascii") + b") >>"
    objs[5] = info
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for num in sorted(objs):
        offsets[num] = out.tell()
        out.write(b"%d 0 obj\n" % num + objs[num] + b"\nendobj\n")
    xref = out.tell()
    size = max(objs) + 1
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % size)
    for num in range(1, size):
        out.write(b"%010d 00000 n \n" % offsets[num])
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (size, xref))
    return out.getvalue()


def _x(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


def docx(items, title="", author="Schildwacht Rechtsschutzversicherung AG"):
    """items: str (paragraph), ('h', str) heading, ('b', str) bold paragraph,
    ('table', [[cell, ...], ...])."""
    W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    body = []

    def run(t, bold=False):
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, _x(t))
    for it in items:
        if isinstance(it, str):
            body.append("<w:p>%s</w:p>" % run(it))
        elif it[0] == "h":
            body.append('<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr>%s</w:p>' % run(it[1], True))
        elif it[0] == "b":
            body.append("<w:p>%s</w:p>" % run(it[1], True))
        elif it[0] == "table":
            rows = []
            for r in it[1]:
                cells = "".join("<w:tc><w:p>%s</w:p></w:tc>" % run(str(c)) for c in r)
                rows.append("<w:tr>%s</w:tr>" % cells)
            body.append('<w:tbl><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4"/>'
                        '<w:bottom w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/>'
                        '<w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>%s</w:tbl>'
                        % "".join(rows))
    document = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                '<w:document xmlns:w="%s"><w:body>%s<w:sectPr/></w:body></w:document>'
                % (W, "".join(body)))
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
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2025-01-02T08:00:00Z</dcterms:created>'
            '</cp:coreProperties>' % (_x(title), _x(author)))
    return zipbytes([("[Content_Types].xml", ct), ("_rels/.rels", rels),
                     ("docProps/core.xml", core), ("word/document.xml", document)])


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets):
    """sheets: list of (name, rows); cells str/int/float/None."""
    wb_sheets, rels, overrides, files = [], [], [], []
    for i, (name, rows) in enumerate(sheets, 1):
        wb_sheets.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (_x(name), i, i))
        rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i, i))
        overrides.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % i)
        xr = []
        for r, row in enumerate(rows, 1):
            cells = []
            for c, v in enumerate(row):
                ref = "%s%d" % (_col(c), r)
                if v is None or v == "":
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<c r="%s"><v>%s</v></c>' % (ref, repr(v)))
                else:
                    cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _x(str(v))))
            xr.append('<row r="%d">%s</row>' % (r, "".join(cells)))
        files.append(("xl/worksheets/sheet%d.xml" % i,
                      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                      '<sheetData>%s</sheetData></worksheet>' % "".join(xr)))
    n = len(sheets)
    rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' % (n + 1))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          + "".join(overrides) + '</Types>')
    root_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                 '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
                 '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
                 '</Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<sheets>%s</sheets></workbook>' % "".join(wb_sheets))
    wb_rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
               + "".join(rels) + '</Relationships>')
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
              '</styleSheet>')
    return zipbytes([("[Content_Types].xml", ct), ("_rels/.rels", root_rels),
                     ("xl/workbook.xml", wb), ("xl/_rels/workbook.xml.rels", wb_rels),
                     ("xl/styles.xml", styles)] + files)


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
           'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
           'xmlns:office-version="1.2"')


def _odf(mimetype, body_xml):
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<office:document-content %s office:version="1.2"><office:body>%s'
               '</office:body></office:document-content>'
               % (_ODF_NS.replace(' xmlns:office-version="1.2"', ""), body_xml))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mimetype)
    return zipbytes([("mimetype", mimetype), ("META-INF/manifest.xml", manifest),
                     ("content.xml", content)], stored_first="mimetype")


def odt(paragraphs):
    ps = []
    for p in paragraphs:
        if isinstance(p, tuple) and p[0] == "h":
            ps.append('<text:h text:outline-level="1">%s</text:h>' % _x(p[1]))
        else:
            ps.append("<text:p>%s</text:p>" % _x(p))
    return _odf("application/vnd.oasis.opendocument.text",
                "<office:text>%s</office:text>" % "".join(ps))


def ods(sheets):
    tabs = []
    for name, rows in sheets:
        trs = []
        for row in rows:
            cells = []
            for v in row:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (v, v))
                else:
                    cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % _x("" if v is None else str(v)))
            trs.append("<table:table-row>%s</table:table-row>" % "".join(cells))
        tabs.append('<table:table table:name="%s">%s</table:table>' % (_x(name), "".join(trs)))
    return _odf("application/vnd.oasis.opendocument.spreadsheet",
                "<office:spreadsheet>%s</office:spreadsheet>" % "".join(tabs))


def png(width, height, lines=()):
    """Greyscale PNG that looks like a scanned note: off-white paper with dark
    'handwriting' strokes.  lines: list of (y, x0, x1) strokes.  No text inside."""
    import struct
    rows = []
    for y in range(height):
        row = bytearray([0])                       # filter type 0
        for x in range(width):
            v = 236 + ((x * 7 + y * 13) % 9)       # paper texture
            for (ly, x0, x1) in lines:
                if x0 <= x <= x1 and abs(y - ly - ((x // 6) % 3)) <= 1:
                    v = 40 + (x % 23)
            row.append(v)
        rows.append(bytes(row))
    raw = zlib.compress(b"".join(rows), 9)

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", raw)
            + chunk(b"IEND", b""))


def ics(lines):
    """lines without line ends; CRLF as RFC 5545 wants."""
    return ("\r\n".join(lines) + "\r\n").encode("utf-8")


def csvbytes(rows, encoding="utf-8", delimiter=";"):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue().encode(encoding)


CT_PDF = "application/pdf"
CT_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
CT_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CT_ODT = "application/vnd.oasis.opendocument.text"
CT_ODS = "application/vnd.oasis.opendocument.spreadsheet"
CT_ZIP = "application/zip"

# Signatures used by several people (people write their own, these are the
# company footers that the mail gateway appends).
FOOT_DE = """--
Schildwacht Rechtsschutzversicherung AG
Am Schiffgraben 61 | 30175 Hannover
Telefon 0511 9744-0 | www.schildwacht-rs.example
Vorstand: Dr. Ulrike Harms (Vors.), Cem Aydin, Bernd Vosskamp
Vorsitzender des Aufsichtsrats: Prof. Dr. Joachim Sell
Sitz Hannover, Amtsgericht Hannover HRB 700125"""

FOOT_EN = """--
Schildwacht Rechtsschutzversicherung AG (Schildwacht Legal Expenses Insurance)
Am Schiffgraben 61, 30175 Hannover, Germany
Phone +49 511 9744-0 | www.schildwacht-rs.example
Registered office Hannover, Local Court of Hannover HRB 700125"""

DISCLAIMER_DE = """Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der
richtige Adressat sind, informieren Sie bitte sofort den Absender und
vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte
Weitergabe dieser Mail ist nicht gestattet."""

DISCLAIMER_EN = """This e-mail may contain confidential information. If you are not the intended
recipient, please notify the sender immediately and delete this message."""


# ================================================================ the mails

@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "cover granted for an unfair-dismissal suit: named customer, policy and claim number, employer and salary band; no health or criminal data")
def m001():
    body = """Sehr geehrter Herr Nowicki,

vielen Dank für Ihren Anruf heute Vormittag und die nachgereichte Kündigung
Ihres Arbeitgebers, der Lindholm Logistik GmbH, vom 27.01.2025.

Wir bestätigen Ihnen gern Versicherungsschutz für die außergerichtliche und
gerichtliche Interessenwahrnehmung im Arbeitsrecht (Kündigungsschutzklage,
1. Instanz vor dem Arbeitsgericht Hannover).

  Versicherungsschein-Nr.:  62-418337-7  (Privat- und Berufs-Rechtsschutz)
  Schadennummer:            S-2025-014732
  Selbstbeteiligung:        150,00 EUR
  Gegenstandswert (vorl.):  Vierteljahresverdienst, lt. Ihren Angaben ca. 11.400 EUR

Bitte denken Sie an die Frist: Die Klage muss innerhalb von drei Wochen
nach Zugang der Kündigung beim Arbeitsgericht eingehen (§ 4 KSchG). Sie
haben Herrn Rechtsanwalt Dr. Faber benannt – wir schicken ihm die
Deckungszusage direkt, sobald er sich bei uns meldet.

Bitte beachten Sie: In der ersten Instanz vor dem Arbeitsgericht trägt jede
Partei ihre Anwaltskosten selbst (§ 12a ArbGG). Das ist bei Ihnen
versichert, die Kosten der Gegenseite bekommen Sie aber auch im Erfolgsfall
nicht erstattet.

Für Rückfragen erreichen Sie mich direkt unter 0511 9744-318.

Mit freundlichen Grüßen

Jens Raabe
Leistungsabteilung Arbeits-Rechtsschutz

""" + FOOT_DE
    return msg(1, staff("Jens Raabe", "jens.raabe"),
               a("Dariusz Nowicki", "d.nowicki@posteo-mail.example"),
               "Ihre Schadennummer S-2025-014732 – Deckungszusage Arbeitsrecht",
               "2025-01-30 11:42", text(body), mid_style=1)


@mail("NORMAL", "de", "internal",
      "trap: summary of the 2025 policy-wording changes (waiting periods, dismissal, illness-related exclusions) with no person")
def m002():
    body = """Hallo zusammen,

kurz vor dem Teammeeting am Donnerstag die wichtigsten Änderungen der
ARB 2025 (gelten für Neuverträge ab 01.04.2025, Bestand bleibt auf ARB 2021
bis zur Umstellung):

1. Wartezeit
   - weiterhin 3 Monate für Arbeits-, Miet- und Vertragsrecht
   - NEU: keine Wartezeit mehr für Sozialgerichts-Rechtsschutz, wenn
     der Versicherungsfall ein Unfall ist
2. Kündigungsschutz
   - Aufhebungsvertrag: Beratung bis 1.000 EUR jetzt im Basistarif
3. Ausschlüsse
   - Streitigkeiten aus Kapitalanlagen bleiben ausgeschlossen
   - NEU klargestellt: Streit mit der eigenen Krankenversicherung über
     Kostenerstattung fällt unter Versicherungsvertrags-RS, nicht unter
     Sozial-RS (das war in der Praxis immer wieder strittig)
4. Straf-RS
   - Vorsatzvorwurf: Rückforderung nach rechtskräftiger Verurteilung
     wie bisher, Formulierung in § 2 i ARB vereinfacht
5. Selbstbeteiligung
   - Wahl zwischen 0 / 150 / 300 / 500 EUR, schadenfreie Jahre
     reduzieren die SB um 50 EUR pro Jahr bis 0

Die Synopse (alt/neu) liegt im Teams-Kanal "Bedingungen", Ordner 2025.
Bitte bis Donnerstag einmal durchlesen, Rückfragen gern gesammelt an mich.

Viele Grüße
Henrike

--
Dr. Henrike Wolters
Leiterin Leistung Rechtsschutz
Schildwacht Rechtsschutzversicherung AG
Tel. 0511 9744-300
"""
    return msg(2, staff("Dr. Henrike Wolters", "henrike.wolters"),
               a("Team Leistung", "leistung-rs@" + DOM),
               "ARB 2025 – was sich für uns in der Leistung ändert",
               "2025-02-11 08:05", text(body, charset="utf-8", cte="8bit", flowed=False),
               mid_style=2, extra=[("User-Agent", "Mozilla Thunderbird 128.6.0")])


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "expat customer dismissed while on sick leave for burnout: diagnosis and incapacity certificate of a named person")
def m003():
    body = """Dear Mr Whitfield,

Thank you for your e-mail of 3 March and for sending the termination letter
and the certificates of incapacity for work from Dr Albrecht.

We have reviewed your request under your policy RS-71-905112 (private,
professional and traffic legal expenses cover). As you explained, your
employer, Brightwater Analytics GmbH in Hamburg, terminated your contract
on 28 February 2025 while you were on sick leave following the burnout
diagnosis (F43.2 adjustment disorder) made in January.

We are pleased to confirm cover for:

  - legal advice and representation by a lawyer of your choice,
  - an action for protection against unfair dismissal before the
    Labour Court (Arbeitsgericht) Hamburg, first instance,
  - your deductible of EUR 250 applies once per case.

Claim reference: S-2025-022981

Please note the three-week deadline for filing the action (section 4 of
the Dismissal Protection Act). The deadline started when you received the
letter, so your lawyer must file by 21 March 2025 at the latest.

Being ill at the time of a dismissal does not by itself make the dismissal
invalid in Germany, but your lawyer will look at whether the employer
considered your illness and whether the works council was heard. If you
would like a recommendation, our partner firm Brandt & Özdemir in Hamburg
has English-speaking employment lawyers.

Kind regards

Greta Holthusen
International Claims Desk

""" + FOOT_EN
    return msg(3, staff("Greta Holthusen", "greta.holthusen"),
               a("Oliver Whitfield", "oliver.whitfield@mailbox-uk.example"),
               "Your claim S-2025-022981 - cover confirmation (employment)",
               "2025-03-05 15:27", text(body),
               in_reply_to="<CAF9x2k1-whitfield-0303@mailbox-uk.example>")


@mail("NORMAL", "en", "newsletter",
      "trap: HTML-only customer newsletter on tenancy disputes with aggregate figures and no identifiable person")
def m004():
    body = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Schildwacht Legal Insights - March 2025</title></head>
<body style="font-family:Arial,sans-serif;color:#1d2a36;max-width:640px">
<h1 style="color:#0b4f6c">Legal Insights &ndash; March 2025</h1>
<p>Dear customer,</p>
<p>Disputes with landlords are still the number one reason our English-speaking
customers call us. Here are five things worth knowing before you sign a lease
in Germany.</p>
<ol>
<li><b>Deposit:</b> at most three months' net rent, payable in three instalments.</li>
<li><b>Rent brake:</b> in many cities a new rent may exceed the local reference rent by 10&nbsp;% at most.</li>
<li><b>Service charges:</b> the annual statement must reach you within 12 months after the end of the billing period.</li>
<li><b>Owner's own use:</b> notice periods grow with the length of your tenancy &ndash; 3, 6 or 9 months.</li>
<li><b>Defects:</b> report mould or heating failures in writing and keep a copy.</li>
</ol>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>Tenancy cases 2024</th><th>Share</th></tr>
<tr><td>Service-charge statements</td><td>31&nbsp;%</td></tr>
<tr><td>Deposit not returned</td><td>24&nbsp;%</td></tr>
<tr><td>Defects and rent reduction</td><td>19&nbsp;%</td></tr>
<tr><td>Notice for owner's own use</td><td>11&nbsp;%</td></tr>
<tr><td>Other</td><td>15&nbsp;%</td></tr>
</table>
<p>Questions about your own cover? Call our legal helpline on +49 511 9744-500
(Mon&ndash;Fri 8 am&ndash;8 pm) or write to
<a href="mailto:international@schildwacht-rs.example">international@schildwacht-rs.example</a>.</p>
<p style="font-size:11px;color:#667">You receive this newsletter because you subscribed on
www.schildwacht-rs.example. <a href="https://www.schildwacht-rs.example/newsletter/unsubscribe">Unsubscribe</a>.
Schildwacht Rechtsschutzversicherung AG, Am Schiffgraben 61, 30175 Hannover.</p>
</body></html>
"""
    return msg(4, staff("Schildwacht Legal Insights", "newsletter"),
               a("", "undisclosed-recipients:;"),
               "Legal Insights March 2025: 5 things to know about your lease",
               "2025-03-12 07:00", html(body),
               extra=[("List-Unsubscribe", "<https://www.schildwacht-rs.example/newsletter/unsubscribe>"),
                      ("Precedence", "bulk")])


@mail("CONFIDENTIAL", "de", "lawyer",
      "lawyer's cover request forwarded internally: client name, employer, gross monthly salary, dismissal; nothing health-related")
def m005():
    body = """Jens, kannst du das übernehmen? Ist der Fall Nowicki, Schadennummer
steht unten. Zusage an den Kunden ist raus, Anwalt will sie schriftlich.
Danke! Petra

-------- Weitergeleitete Nachricht --------
Betreff: Deckungsanfrage Nowicki ./. Lindholm Logistik GmbH
Datum: Mon, 3 Feb 2025 09:12:40 +0100
Von: Kanzlei Dr. Faber <kanzlei@faber-arbeitsrecht.example>
An: service@schildwacht-rs.example

Sehr geehrte Damen und Herren,

in vorbezeichneter Angelegenheit zeigen wir an, dass uns Herr Dariusz
Nowicki, Wunstorfer Straße 114, 30453 Hannover, mit der Wahrnehmung
seiner rechtlichen Interessen beauftragt hat. Vollmacht anbei.

Ihr VN ist seit 01.09.2016 bei der Lindholm Logistik GmbH als
Disponent beschäftigt, zuletzt zu einem Bruttomonatsgehalt von
3.800,00 EUR. Die Arbeitgeberin hat das Arbeitsverhältnis mit Schreiben
vom 27.01.2025, zugegangen am 28.01.2025, ordentlich betriebsbedingt zum
31.05.2025 gekündigt. Eine Sozialauswahl ist nach unserer Einschätzung
nicht ordnungsgemäß erfolgt.

Wir bitten um Deckungszusage für die Erhebung der Kündigungsschutzklage
vor dem Arbeitsgericht Hannover. Gegenstandswert: 11.400,00 EUR
(3 x 3.800,00 EUR).

Versicherungsschein-Nr.: 62-418337-7
Ihr Zeichen: S-2025-014732

Mit freundlichen kollegialen Grüßen

Dr. Clemens Faber
Rechtsanwalt | Fachanwalt für Arbeitsrecht
Kanzlei Dr. Faber, Lister Meile 22, 30161 Hannover
"""
    return msg(5, staff("Petra Sönksen", "petra.soenksen"),
               staff("Jens Raabe", "jens.raabe"),
               "WG: Deckungsanfrage Nowicki ./. Lindholm Logistik GmbH",
               "2025-02-03 10:01", text(body), mid_style=1,
               extra=[("X-MS-Has-Attach", ""), ("Thread-Topic", "Deckungsanfrage Nowicki ./. Lindholm Logistik GmbH")])


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
      "cover for defence in criminal investigation (negligent bodily harm in road traffic) of a named customer; injury of the other party; letter also as PDF")
def m006():
    body = """Sehr geehrter Herr Kollege Pohlmann,

anbei unsere Deckungszusage im Ermittlungsverfahren gegen Ihre Mandantin
Frau Svenja Kortmann (Az. StA Braunschweig 402 Js 18834/25).

Die Zusage umfasst das Ermittlungsverfahren und ein ggf. anschließendes
Verfahren vor dem Amtsgericht. Einzelheiten im angehängten Schreiben.

Mit freundlichen Grüßen
Tobias Lenz
Verkehrs-Rechtsschutz / Straf-RS

""" + FOOT_DE + "\n\n" + DISCLAIMER_DE
    letter = [
        "# Schildwacht Rechtsschutzversicherung AG",
        "Am Schiffgraben 61, 30175 Hannover",
        "",
        "Rechtsanwaltskanzlei Pohlmann",
        "Herrn RA Jürgen Pohlmann",
        "Bohlweg 9",
        "38100 Braunschweig",
        "",
        "Hannover, 14.04.2025",
        "",
        "# Deckungszusage",
        "Versicherungsnehmerin: Svenja Kortmann, Wolfenbüttel",
        "Versicherungsschein-Nr.: 62-550219-3 (Verkehrs-Rechtsschutz)",
        "Schadennummer: S-2025-031207",
        "Ihr Aktenzeichen: 88/25 P",
        "",
        "Sehr geehrter Herr Rechtsanwalt Pohlmann,",
        "",
        "gegen Ihre Mandantin wird wegen des Vorwurfs der fahrlässigen Körperverletzung",
        "(§ 229 StGB) ermittelt. Nach Ihrer Schilderung soll sie am 22.03.2025 in",
        "Braunschweig beim Abbiegen einen Radfahrer übersehen haben; dieser erlitt",
        "eine Unterarmfraktur und wurde im Städtischen Klinikum ambulant versorgt.",
        "",
        "Wir sagen Versicherungsschutz im Straf-Rechtsschutz für Verkehrsdelikte zu:",
        "  - Verteidigung im Ermittlungsverfahren (Grundgebühr Nr. 4100, Verfahrens-",
        "    gebühr Nr. 4104 VV RVG, jeweils Mittelgebühr),",
        "  - Akteneinsicht, Auslagen nach Nr. 7000 ff. VV RVG,",
        "  - ein Verfahren vor dem Amtsgericht im Falle der Anklage.",
        "",
        "Bei fahrlässig begangenen Verkehrsstraftaten besteht Versicherungsschutz",
        "unabhängig vom Ausgang des Verfahrens. Eine Einstellung nach § 153a StPO",
        "steht der Leistung nicht entgegen; die Geldauflage selbst ist nicht versichert.",
        "",
        "Selbstbeteiligung: keine (Verkehrs-RS, Tarif Komfort).",
        "",
        "Mit freundlichen Grüßen",
        "Tobias Lenz",
    ]
    return msg(6, staff("Tobias Lenz", "tobias.lenz"),
               a("RA Jürgen Pohlmann", "pohlmann@verkehrsrecht-pohlmann.example"),
               "Ihr Az. 88/25 P – Kortmann – Deckungszusage Straf-RS",
               "2025-04-14 13:20",
               multi("mixed", [text(body),
                               attach(pdf(letter, title="Deckungszusage S-2025-031207"),
                                      CT_PDF, "Deckungszusage_S-2025-031207.pdf")],
                     "----=_Part_6_125.1744629600000"))


@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: purchase order for legal commentaries (criminal law, social code, family law) with an order form PDF; only company data")
def m007():
    body = """Sehr geehrte Frau Ahlers,

wie telefonisch besprochen bestellen wir für unsere Leistungsabteilung die
folgenden Titel (Bestellung Nr. EK-2025-0117, Kostenstelle 4310):

  Pos  Menge  Titel                                              Einzelpreis
  1    4      Grüneberg, BGB, 84. Aufl. 2025                       139,00 EUR
  2    3      Gerold/Schmidt, RVG, 27. Aufl.                       169,00 EUR
  3    2      Schaub, Arbeitsrechts-Handbuch, 21. Aufl.            199,00 EUR
  4    2      Fischer, StGB mit Nebengesetzen, 72. Aufl.           119,00 EUR
  5    2      Knickrehm/Roßbach/Waltermann, Kommentar z. Sozialrecht 229,00 EUR
  6    1      Schmidt-Futterer, Mietrecht, 16. Aufl.               279,00 EUR
  7    1      Harbauer, Rechtsschutzversicherung, 10. Aufl.        189,00 EUR

Lieferung bitte an: Schildwacht Rechtsschutzversicherung AG, Poststelle,
Am Schiffgraben 61, 30175 Hannover, z. Hd. Frau Dr. Wolters.
Rechnung bitte elektronisch (XRechnung oder PDF) an kreditoren@schildwacht-rs.example.

Das unterschriebene Bestellformular hängt an.

Freundliche Grüße
Katharina Baltruschat
Einkauf / Zentrale Dienste
Tel. 0511 9744-161
"""
    order = [
        "# Bestellung EK-2025-0117",
        "Besteller: Schildwacht Rechtsschutzversicherung AG, Einkauf",
        "Lieferant: Fachbuchhandlung Ahlers & Rode KG, Hannover",
        "Kundennummer beim Lieferanten: 40 2271",
        "Datum: 06.02.2025",
        "",
        "Pos. 1  4 x Grüneberg, BGB, 84. Aufl.             556,00 EUR",
        "Pos. 2  3 x Gerold/Schmidt, RVG, 27. Aufl.          507,00 EUR",
        "Pos. 3  2 x Schaub, Arbeitsrechts-Handbuch          398,00 EUR",
        "Pos. 4  2 x Fischer, StGB                           238,00 EUR",
        "Pos. 5  2 x Kommentar zum Sozialrecht               458,00 EUR",
        "Pos. 6  1 x Schmidt-Futterer, Mietrecht             279,00 EUR",
        "Pos. 7  1 x Harbauer, Rechtsschutzversicherung      189,00 EUR",
        "",
        "Summe (Buchpreisbindung, inkl. 7 % USt.)         2.625,00 EUR",
        "",
        "Zahlungsziel 30 Tage netto. Es gelten unsere Einkaufsbedingungen (Stand 2024).",
        "gez. K. Baltruschat",
    ]
    return msg(7, staff("Katharina Baltruschat", "katharina.baltruschat"),
               a("Marion Ahlers", "bestellung@ahlers-rode-fachbuch.example"),
               "Bestellung EK-2025-0117 Fachliteratur Leistungsabteilung",
               "2025-02-06 14:48",
               multi("mixed", [text(body, charset="iso-8859-1"),
                               attach(pdf(order, title="Bestellung EK-2025-0117", compress=True),
                                      CT_PDF, "Bestellung_EK-2025-0117.pdf")],
                     "=_b7c1e0a5125_="))


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "rent-increase dispute: named customer, home address, policy number, rent figures; no special categories")
def m008():
    body = """Dear Ms Castellanos,

thank you for forwarding your landlord's letter of 10 February in which he
asks you to agree to a rent increase for your flat at Körnerstraße 17,
3rd floor left, 04107 Leipzig, from EUR 742 to EUR 851 net per month.

Your policy 64-207733-1 includes tenancy legal expenses cover (residential
property, tenant) since 1 July 2022, so the waiting period has long
expired. We confirm cover for an initial consultation with a local tenancy
lawyer and, if necessary, for representation out of court.

  Claim number:   S-2025-019554
  Deductible:     EUR 150

A few points the lawyer will probably check:
  * whether the increase respects the 15 % cap in Leipzig within three years,
  * whether the landlord refers to the current local rent index (Mietspiegel),
  * your deadline: you have until the end of the second month after receipt
    to agree or refuse, i.e. until 30 April 2025.

If your landlord sues for consent, please let us know straight away so that
we can extend the cover to court proceedings.

Best regards,
Daniel Okafor
International Claims Desk
+49 511 9744-512

""" + FOOT_EN
    return msg(8, staff("Daniel Okafor", "daniel.okafor"),
               a("Lucía Castellanos", "lucia.castellanos@correo-web.example"),
               "Claim S-2025-019554 - your rent increase / cover confirmed",
               "2025-02-19 09:31", text(body), mid_style=1)


@mail("STRICTLY_CONFIDENTIAL", "de", "customer",
      "customer's mail forwarded to the social-law team: reduced-earning-capacity pension refused, herniated disc and depression of a named person")
def m009():
    body = """Hallo Ramona,

die Kundin hat über das Kontaktformular geschrieben, ist eindeutig was für
euch (Sozialgericht). Vertrag habe ich geprüft: 62-301845-0, Sozial-RS
ist drin, Beginn 2019. Kannst du sie zurückrufen? Sie hat um Rückruf
nachmittags gebten.

Gruß Petra

> Von: Brigitte Hallmann <b.hallmann@web-post.example>
> Gesendet: Dienstag, 18. März 2025 22:47
> An: service@schildwacht-rs.example
> Betreff: Widerspruch Rente abgelehnt was nun
>
> Guten Tag,
>
> ich bin bei Ihnen seit Jahren versichert (Vertrag 62-301845-0) und brauche
> jetzt Hilfe. Die Deutsche Rentenversicherung hat meinen Widerspruch gegen
> die Ablehnung der Erwerbsminderungsrente zurückgewiesen, der Bescheid ist
> vom 11.03.2025. Ich habe seit 2022 zwei Bandscheibenvorfälle (L4/L5 und
> L5/S1) und bin wegen einer mittelgradigen Depression seit einem Jahr in
> Behandlung bei Frau Dr. Meinecke. Ich kann keine 3 Stunden am Tag mehr
> arbeiten, das sagen auch meine Ärzte, aber der Gutachter der DRV hat mich
> nur 20 Minuten gesehen.
>
> Ich will jetzt klagen. Zahlen Sie den Anwalt? Die Frist ist ein Monat
> hab ich gelesen.
>
> Mit freundlichen Grüßen
> Brigitte Hallmann
> Am Lindenhof 3, 31137 Hildesheim
> Tel. 05121 884 301
"""
    return msg(9, staff("Petra Sönksen", "petra.soenksen"),
               staff("Ramona Eickhoff", "ramona.eickhoff"),
               "WG: Widerspruch Rente abgelehnt was nun",
               "2025-03-19 08:14", text(body, charset="iso-8859-1"), mid_style=1)


@mail("NORMAL", "de", "internal",
      "trap: out-of-office reply mentioning claims, court deadlines and the criminal-law desk without any person's data")
def m010():
    body = """Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 25.04.2025 nicht im Büro und habe keinen Zugriff
auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Leistungsfällen (z. B. laufende Klagefristen, Haftsachen,
Termine zur Hauptverhandlung) wenden Sie sich bitte an meinen Vertreter
Herrn Benedikt Kurz, benedikt.kurz@schildwacht-rs.example,
Tel. 0511 9744-344, oder an das Teampostfach straf-rs@schildwacht-rs.example.

Thank you for your message. I am out of the office until 25 April 2025.
For urgent matters please contact benedikt.kurz@schildwacht-rs.example.

Tobias Lenz
"""
    return msg(10, staff("Tobias Lenz", "tobias.lenz"),
               staff("Aylin Kaya", "aylin.kaya"),
               "Automatische Antwort: Kostennote Az. 88/25 P",
               "2025-04-16 10:02", text(body, cte="quoted-printable"),
               mid_style=1,
               extra=[("Auto-Submitted", "auto-replied"),
                      ("X-Auto-Response-Suppress", "All")])


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "administrative speeding fine with one-month driving ban for a named customer, plate number and policy (text + HTML)")
def m011():
    plain = """Guten Tag Herr Steinmeyer,

Sie haben uns den Anhörungsbogen der Bußgeldstelle des Landkreises Celle
geschickt. Danach sollen Sie am 07.02.2025 auf der B 3 bei Garßen mit
Ihrem Pkw (amtl. Kennzeichen CE-HS 412) außerorts 27 km/h zu schnell
gefahren sein. Im Raum stehen 150 EUR Bußgeld, 1 Punkt in Flensburg und
ein Monat Fahrverbot.

Wir übernehmen die Kosten für einen Anwalt im Bußgeldverfahren
(Verkehrs-Rechtsschutz, Vertrag 63-118902-4, Schadennummer S-2025-016640),
auch für ein etwaiges Sachverständigengutachten zur Messung. Eine
Selbstbeteiligung fällt nicht an.

Das Bußgeld selbst können wir leider nicht übernehmen.

Viele Grüße aus Hannover
Tobias Lenz
Verkehrs-Rechtsschutz
"""
    htmlpart = """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Guten Tag Herr Steinmeyer,</p>
<p>Sie haben uns den Anh&ouml;rungsbogen der Bu&szlig;geldstelle des Landkreises Celle
geschickt. Danach sollen Sie am 07.02.2025 auf der B&nbsp;3 bei Gar&szlig;en mit
Ihrem Pkw (amtl. Kennzeichen <b>CE-HS 412</b>) au&szlig;erorts 27&nbsp;km/h zu schnell
gefahren sein. Im Raum stehen 150&nbsp;EUR Bu&szlig;geld, 1 Punkt in Flensburg und
ein Monat Fahrverbot.</p>
<p>Wir &uuml;bernehmen die Kosten f&uuml;r einen Anwalt im Bu&szlig;geldverfahren
(Verkehrs-Rechtsschutz, Vertrag <b>63-118902-4</b>, Schadennummer <b>S-2025-016640</b>),
auch f&uuml;r ein etwaiges Sachverst&auml;ndigengutachten zur Messung. Eine
Selbstbeteiligung f&auml;llt nicht an.</p>
<p>Das Bu&szlig;geld selbst k&ouml;nnen wir leider nicht &uuml;bernehmen.</p>
<p>Viele Gr&uuml;&szlig;e aus Hannover<br>Tobias Lenz<br>Verkehrs-Rechtsschutz</p>
</body></html>
"""
    return msg(11, staff("Tobias Lenz", "tobias.lenz"),
               a("Hendrik Steinmeyer", "h.steinmeyer@celle-net.example"),
               "Bußgeldverfahren – Kostenübernahme",
               "2025-02-20 16:03",
               multi("alternative", [text(plain), html(htmlpart)],
                     "_000_AM0PR01MB125_"))


@mail("NORMAL", "en", "internal",
      "trap: quarterly KPI workbook (claims by practice area incl. criminal and social-court cover) aggregated, no persons")
def m012():
    body = """Hi all,

attached the Q1 2025 KPI pack for the management meeting on Tuesday.
Headlines:

 - new claims +6.8 % vs. Q1 2024, driven by employment (+14 %)
 - average cost per closed claim EUR 1,412 (Q1 2024: EUR 1,356)
 - social-court claims stable, criminal defence slightly down
 - cover decisions within 2 working days: 91.3 % (target 90 %)

Sheet 2 has the breakdown by practice area, sheet 3 the handling times.
Numbers are from the DWH snapshot of 3 April, not yet reconciled with
Finance, so please don't forward outside the management circle.

Cheers,
Ole

Ole Kjellberg
Controlling & Reinsurance
"""
    wb = xlsx([
        ("Summary", [["KPI", "Q1 2024", "Q1 2025", "Change"],
                     ["New claims", 18344, 19592, "6.8%"],
                     ["Closed claims", 17102, 17788, "4.0%"],
                     ["Avg. cost per closed claim (EUR)", 1356, 1412, "4.1%"],
                     ["Cover decision <= 2 working days", "88.9%", "91.3%", "+2.4 pp"],
                     ["Complaints", 212, 198, "-6.6%"]]),
        ("By practice area", [["Practice area", "New claims", "Share", "Avg. cost EUR"],
                              ["Employment", 5231, "26.7%", 1788],
                              ["Tenancy / property", 3917, "20.0%", 1103],
                              ["Traffic (incl. fines)", 4402, "22.5%", 864],
                              ["Contract & consumer", 3386, "17.3%", 1290],
                              ["Family & inheritance (advice)", 1021, "5.2%", 396],
                              ["Social court", 804, "4.1%", 2215],
                              ["Criminal defence", 512, "2.6%", 2870],
                              ["Tax", 319, "1.6%", 1975]]),
        ("Handling times", [["Step", "Median days", "P90 days"],
                            ["Receipt to cover decision", 1, 4],
                            ["Fee note receipt to payment", 6, 15],
                            ["Recourse (cost orders) to collection", 38, 121]]),
    ])
    return msg(12, staff("Ole Kjellberg", "ole.kjellberg"),
               [staff("Dr. Henrike Wolters", "henrike.wolters"),
                staff("Bernd Vosskamp", "bernd.vosskamp")],
               "Q1 2025 KPI pack – legal expenses",
               "2025-04-04 17:40",
               multi("mixed", [text(body, charset="us-ascii", cte="7bit"),
                               attach(wb, CT_XLSX, "KPI_Q1_2025_RS.xlsx")],
                     "------------KPI125Q1BOUNDARY"), mid_style=2)


@mail("STRICTLY_CONFIDENTIAL", "en", "lawyer",
      "forwarded message/rfc822 from a UK law firm: named client dismissed while pregnant (maternity protection), due date; body says only 'please check'")
def m013():
    inner_body = """Dear Sirs,

We act for Mrs Amelia Hargreaves-Roth, who holds legal expenses insurance
with you under policy RS-71-884210 (employment cover included).

Our client is employed by Nordlicht Media GmbH, Cologne, as a senior
designer (gross salary EUR 5,150 per month). On 2 April 2025 she informed
her employer in writing that she is pregnant, expected due date
19 September 2025, and provided the midwife's confirmation. On 9 April
2025 the employer gave notice of termination "during the probationary
period".

Under section 17 of the German Maternity Protection Act a dismissal during
pregnancy is void without the prior approval of the competent authority,
which was neither sought nor granted. Our German correspondent firm,
Hellweg Partners in Cologne, will file an action before the Labour Court
Cologne within the three-week period.

We kindly request confirmation of cover for the action and for our
advisory work in coordinating with German counsel.

Yours faithfully,

Rebecca Lomax
Partner, Lomax Whitcombe LLP
12 Finsbury Row, London
"""
    fwd = inner(a("Rebecca Lomax", "r.lomax@lomax-whitcombe.example"),
                "claims@schildwacht-rs.example",
                "Mrs A. Hargreaves-Roth / Nordlicht Media GmbH - request for cover",
                "2025-04-11 16:05", inner_body,
                "<LW-2025-0411-0087@lomax-whitcombe.example>")
    body = """Greta,

please check - UK firm, client in Cologne. Cover for their own advisory
fees is the question, German counsel is fine. Claim not opened yet.

Thanks
Daniel
"""
    return msg(13, staff("Daniel Okafor", "daniel.okafor"),
               staff("Greta Holthusen", "greta.holthusen"),
               "Fwd: Mrs A. Hargreaves-Roth / Nordlicht Media GmbH - request for cover",
               "2025-04-14 08:55",
               multi("mixed", [text(body, charset="us-ascii", cte="7bit"),
                               rfc822(fwd, "request_for_cover.eml")],
                     "==fwd125_013=="))


@mail("CONFIDENTIAL", "de", "insurer-to-lawyer",
      "fee-note review with client name, claim number and dispute value; employment settlement, no health data")
def m014():
    body = """Sehr geehrter Herr Dr. Faber,

vielen Dank für Ihre Kostennote Nr. 2025-0412 vom 02.06.2025 in Sachen
Nowicki ./. Lindholm Logistik GmbH (unser Zeichen S-2025-014732).

Wir haben die Abrechnung geprüft und kommen zu folgendem Ergebnis:

  Gegenstandswert: 11.400,00 EUR (Vierteljahresverdienst)
  zzgl. Vergleichsmehrwert Zeugnis: 3.800,00 EUR -> gesamt 15.200,00 EUR

  Position                            Ihre Note    anerkannt
  1,3 Verfahrensgebühr Nr. 3100 VV      933,40 EUR    933,40 EUR
  1,2 Terminsgebühr Nr. 3104 VV         861,60 EUR    861,60 EUR
  1,5 Einigungsgebühr Nr. 1000 VV     1.077,00 EUR       0,00 EUR
  1,0 Einigungsgebühr Nr. 1003 VV            -         718,00 EUR
  Pauschale Nr. 7002 VV                  20,00 EUR     20,00 EUR
  Zwischensumme                       2.892,00 EUR  2.533,00 EUR
  19 % USt. Nr. 7008 VV                 549,48 EUR    481,27 EUR
  Gesamt                              3.441,48 EUR  3.014,27 EUR

Begründung: Der Vergleich wurde im anhängigen Kündigungsschutzverfahren
geschlossen. Für den mitverglichenen, nicht anhängigen Zeugnisanspruch
kann zwar eine 1,5-Gebühr aus dem Mehrwert anfallen, Sie haben aber die
1,5-Gebühr aus dem Gesamtwert angesetzt. Wir bitten um eine korrigierte
Kostennote mit gesonderter Berechnung nach § 15 Abs. 3 RVG; bis dahin
zahlen wir den unstreitigen Betrag von 3.014,27 EUR abzüglich der
Selbstbeteiligung des Mandanten (150,00 EUR), also 2.864,27 EUR.

Mit freundlichen Grüßen

Aylin Kaya
Kosten- und Gebührenprüfung
Tel. 0511 9744-377
"""
    return msg(14, staff("Aylin Kaya", "aylin.kaya"),
               a("Kanzlei Dr. Faber", "kanzlei@faber-arbeitsrecht.example"),
               "Ihre Kostennote 2025-0412 – Nowicki – unser Zeichen S-2025-014732",
               "2025-06-10 11:15", text(body, charset="windows-1252"), mid_style=1)


@mail("NORMAL", "de", "internal",
      "trap: data-protection meeting minutes (DOCX) on handling criminal and health data in claims; no identifiable person")
def m015():
    body = """Liebe Kolleginnen und Kollegen,

anbei das Protokoll unseres Datenschutz-Jour-fixe vom 20.02.2025. Die
Maßnahmen mit Termin sind fett markiert. Bitte Ergänzungen bis Freitag.

Beste Grüße
Mats Oberländer
Datenschutzbeauftragter
"""
    doc = docx([
        ("h", "Protokoll Datenschutz-Jour-fixe Leistung Rechtsschutz – 20.02.2025"),
        "Teilnehmende: Datenschutzbeauftragter, Leitung Leistung, Teamleitungen Arbeits-, Straf- und Sozial-RS, IT-Sicherheit",
        ("b", "TOP 1 – Daten nach Art. 10 DSGVO im Straf-Rechtsschutz"),
        "Anklageschriften, Strafbefehle und Urteile werden bislang teilweise als Anhang an unverschlüsselte Mails an Kanzleien geschickt. "
        "Beschluss: Versand nur noch über das SecureMail-Portal oder S/MIME. Verantwortlich: Teamleitung Straf-RS, Termin 31.03.2025.",
        ("b", "TOP 2 – Gesundheitsdaten im Sozialgerichts-Rechtsschutz"),
        "Ärztliche Gutachten und Befundberichte sind besondere Kategorien nach Art. 9 DSGVO. Die Schadenakte bekommt das Merkmal „Gesundheitsdaten“, "
        "damit der Mailversand automatisch verschlüsselt wird. Verantwortlich: IT / Fachbereich, Termin 30.04.2025.",
        ("b", "TOP 3 – Löschfristen"),
        "Schadenakten: 10 Jahre nach Abschluss (steuerliche Aufbewahrung der Zahlungsbelege), Korrespondenz ohne Zahlungsbezug 6 Jahre. "
        "Das Löschkonzept wird bis Q3 angepasst.",
        ("b", "TOP 4 – Auskunftsersuchen"),
        "2024 gingen 37 Auskunftsersuchen nach Art. 15 DSGVO ein, alle fristgerecht beantwortet. Durchschnittliche Bearbeitungsdauer 11 Tage.",
        ("b", "TOP 5 – Verschiedenes"),
        "Schulung „Gesundheitsdaten und Strafsachen im Mailverkehr“ für alle Sachbearbeitenden im 2. Quartal (Organisation: Personalentwicklung).",
        ("table", [["Maßnahme", "Verantwortlich", "Termin"],
                   ["Versand Strafsachen nur verschlüsselt", "TL Straf-RS", "31.03.2025"],
                   ["Merkmal Gesundheitsdaten im Schadensystem", "IT / Fachbereich", "30.04.2025"],
                   ["Löschkonzept überarbeiten", "DSB", "30.09.2025"]]),
    ], title="Protokoll DS-Jour-fixe 20.02.2025")
    return msg(15, staff("Mats Oberländer", "mats.oberlaender"),
               a("Verteiler DS-Jour-fixe", "ds-jourfixe@" + DOM),
               "Protokoll Datenschutz-Jour-fixe 20.02.2025",
               "2025-02-24 09:40",
               multi("mixed", [text(body),
                               attach(doc, CT_DOCX, "Protokoll_DS-Jourfixe_2025-02-20.docx")],
                     "b1_7f3c9a125_015"))

@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "custody dispute: cover for family-law advice; the named child's ADHD diagnosis and therapy are discussed")
def m016():
    body = """Dear Mr Varga,

thank you for your call on Monday and for the documents from the youth
welfare office (Jugendamt) in Munich.

As discussed, family law disputes are covered under your policy
RS-71-640023 only as legal advice ("Beratungsrechtsschutz"): we pay for
an advisory consultation with a German family lawyer, up to EUR 500 per
case, but not for the court proceedings about custody themselves.

I understand that the mother wants to change the residence of your son
Noah (9) to Vienna and argues that his ADHD treatment at the Kinderzentrum
can be continued there, while you think the change of therapist and school
would harm him. These are exactly the questions an experienced family
lawyer should look at with you before the hearing on 12 June.

  Claim number:      S-2025-027716
  Covered:           one advisory consultation, max. EUR 500 incl. VAT
  Deductible:        none for advice

Please send us the lawyer's invoice once you have had the consultation;
we will reimburse you directly. If you do not know a family lawyer who
works in English, our hotline can give you two or three names.

Kind regards

Greta Holthusen
International Claims Desk
Schildwacht Rechtsschutzversicherung AG
"""
    return msg(16, staff("Greta Holthusen", "greta.holthusen"),
               a("Tamás Varga", "tamas.varga@freemail-hu.example"),
               "RE: custody - what does my insurance cover?",
               "2025-05-07 12:10", text(body),
               in_reply_to="<e81c2a.varga@freemail-hu.example>", mid_style=1)


@mail("NORMAL", "mixed", "internal",
      "trap: broker's general product question (English) with German internal note; no customer, only tariff features")
def m017():
    body = """Hi Nils,

kannst du dem Kollegen von Ashdown antworten? Er hat keinen konkreten
Kunden, will nur wissen, ob unser Tarif "Komfort" für Expats taugt.
Ich hab ihm die Kurzfassung geschickt, er will's von dir als
Maklerbetreuer nochmal schriftlich. Englisch bitte 🙂

LG Petra

---------- Forwarded message ---------
From: Adrian Pike <a.pike@ashdown-brokers.example>
Date: Tue, 13 May 2025 at 10:22
Subject: Question re your "Komfort" legal expenses tariff

Hello,

we have a growing number of international clients relocating to Germany
(mainly Frankfurt and Munich) and are looking for a legal expenses
product we can recommend. Could you tell me:

 1. Is there cover for employment disputes from day one, or is there a
    waiting period?
 2. Does the policy pay for lawyers who advise in English?
 3. Is tenancy cover included for tenants, and what about disputes with
    the previous landlord abroad?
 4. Can clients choose their own lawyer?

No specific client yet, just want to know before I present the product
at our relocation seminar in June.

Thanks and regards,
Adrian Pike
Ashdown International Brokers, Frankfurt branch
"""
    return msg(17, staff("Petra Sönksen", "petra.soenksen"),
               staff("Nils Harmsen", "nils.harmsen"),
               "WG: Question re your \"Komfort\" legal expenses tariff",
               "2025-05-13 11:05", text(body, cte="8bit"), mid_style=2)


@mail("NORMAL", "de", "insurer-to-customer",
      "trap: reply to a prospect (landlord) with generic product information and a price-list PDF; no contract, no personal data beyond name")
def m018():
    body = """Sehr geehrte Frau Grotefend,

vielen Dank für Ihr Interesse an unserem Vermieter-Rechtsschutz. Gern
beantworte ich Ihre Fragen aus dem Kontaktformular:

- Versichert ist jede vermietete Wohneinheit einzeln; Sie können also
  auch nur eine von mehreren Wohnungen versichern. Eine selbstgenutzte
  Wohnung sichern Sie über den Privat-Rechtsschutz ab.
- Typische Fälle sind Mietrückstände, Räumung, Streit über Schönheits-
  reparaturen und Nebenkostenabrechnungen.
- Die Wartezeit beträgt drei Monate. Streitigkeiten, die vorher
  angefangen haben (z. B. ein Mieter zahlt schon jetzt nicht), sind nicht
  versichert.
- Mietausfall selbst ist keine Leistung der Rechtsschutzversicherung,
  dafür gibt es eine Mietausfallversicherung.

Die Beiträge finden Sie in der angehängten Übersicht. Wenn Sie möchten,
rufe ich Sie gern an oder schicke Ihnen ein persönliches Angebot – dafür
brauche ich dann die Anzahl der Einheiten und die Jahresbruttomiete.

Freundliche Grüße

Carina Pöhlmann
Vertrieb Direkt / Antragsbearbeitung
Tel. 0511 9744-220

""" + FOOT_DE
    prices = [
        "# Vermieter-Rechtsschutz – Beitragsübersicht (Stand 01.01.2025)",
        "",
        "Jahresbeitrag je Wohneinheit, inkl. 19 % Versicherungsteuer",
        "",
        "Tarif         SB 0 EUR    SB 150 EUR   SB 300 EUR",
        "Basis          118,80       96,60        84,00",
        "Komfort        142,20      118,80       103,20",
        "Premium        179,40      151,20       131,40",
        "",
        "Gewerbeeinheiten: Zuschlag 60 %. Ab 5 Einheiten 10 % Mengenrabatt.",
        "Versicherungssumme: Basis 500.000 EUR, Komfort 1 Mio. EUR, Premium unbegrenzt.",
        "Mediation: in allen Tarifen ohne Anrechnung auf die Schadenfreiheit.",
        "",
        "Dies ist eine unverbindliche Übersicht. Maßgeblich sind die ARB 2025 und",
        "das Produktinformationsblatt.",
    ]
    return msg(18, staff("Carina Pöhlmann", "carina.poehlmann"),
               a("Inga Grotefend", "inga.grotefend@mailfach.example"),
               "Ihre Anfrage Vermieter-Rechtsschutz",
               "2025-03-03 15:55",
               multi("mixed", [text(body),
                               attach(pdf(prices, title="Beitragsuebersicht Vermieter-RS 2025"),
                                      CT_PDF, "Beitragsübersicht_Vermieter-RS_2025.pdf")],
                     "----_NextPart_018_125"))


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "harmless body; the ODT letter holds the social-court cover decision with degree of disability and diagnoses of the named customer")
def m019():
    body = """Dear Ms Delacroix,

please find attached our letter of today regarding your claim
S-2025-024410.

If you have any questions, just reply to this e-mail or call me on
+49 511 9744-515.

Kind regards
Daniel Okafor
International Claims Desk
"""
    letter = odt([
        ("h", "Cover decision – claim S-2025-024410"),
        "Schildwacht Rechtsschutzversicherung AG, Am Schiffgraben 61, 30175 Hannover",
        "Ms Claire Delacroix, Hansastraße 40, 20149 Hamburg",
        "Policy RS-71-733518 – private and social-court legal expenses cover",
        "Hannover, 23 April 2025",
        "Dear Ms Delacroix,",
        "The pension office (Versorgungsamt) Hamburg assessed your degree of disability (Grad der Behinderung, GdB) at 30 "
        "instead of the 50 you applied for. Your application was based on the multiple sclerosis diagnosed in 2023 (G35.1, relapsing-remitting) "
        "and on fatigue and reduced walking distance described by your neurologist.",
        "Objection procedure (Widerspruch): under § 2 f ARB 2021 legal expenses cover before the social courts starts only with the court action. "
        "We therefore cannot pay for a lawyer in the objection procedure. Many social associations (e.g. VdK, SoVD) help their members with objections at low cost.",
        "Court action: if the objection is rejected, we will cover an action before the Social Court (Sozialgericht) Hamburg, including the costs of a "
        "medical expert appointed at your request under § 109 SGG, once you send us the objection decision.",
        "Deductible: EUR 150.",
        "Kind regards,",
        "Daniel Okafor",
    ])
    return msg(19, staff("Daniel Okafor", "daniel.okafor"),
               a("Claire Delacroix", "claire.delacroix@boite-mail.example"),
               "Your claim S-2025-024410",
               "2025-04-23 10:44",
               multi("mixed", [text(body, charset="us-ascii", cte="7bit"),
                               attach(letter, CT_ODT, "Cover_decision_S-2025-024410.odt")],
                     "=-=-=ODT019=-=-="))


@mail("NORMAL", "en", "insurer-to-partner",
      "trap: quarterly bordereau to the reinsurer with aggregates per line and large-loss bands, no persons")
def m020():
    body = """Dear Henrik,

please find attached the Q4 2024 bordereau for the quota share treaty
(QS 2024, 30 % ceded). As agreed in the treaty, individual claims are
only reported above EUR 50,000 gross and without policyholder data; this
quarter there were two such claims (bands only, see file).

Totals Q4 2024 (gross, 100 %):

  earned premium       EUR 41,882,310
  paid claims          EUR 24,117,904
  change in reserves   EUR  2,904,551
  ceded share (30 %)   EUR  8,106,737 (claims incl. reserves)

Please confirm receipt. The cash call for the account will follow from our
Finance team by 15 February.

Best regards,
Ole Kjellberg
Controlling & Reinsurance
Schildwacht Rechtsschutzversicherung AG
"""
    rows = [["line", "quarter", "earned_premium_eur", "paid_claims_eur", "reserve_change_eur", "claims_count"],
            ["private_employment", "2024Q4", "12410220", "7930112", "811004", "4981"],
            ["traffic", "2024Q4", "10902771", "4418920", "320110", "4477"],
            ["tenancy_property", "2024Q4", "7714009", "4010377", "402887", "3702"],
            ["contract_consumer", "2024Q4", "5120480", "3822310", "551230", "3190"],
            ["commercial_sme", "2024Q4", "4033880", "2705113", "604882", "918"],
            ["special_criminal", "2024Q4", "1700950", "1231072", "214438", "96"],
            ["LARGE_LOSS_BAND", "2024Q4", "", "50000-100000", "", "1"],
            ["LARGE_LOSS_BAND", "2024Q4", "", "100000-250000", "", "1"]]
    return msg(20, staff("Ole Kjellberg", "ole.kjellberg"),
               a("Henrik Aalund", "henrik.aalund@nordic-re.example"),
               "QS 2024 - bordereau Q4 2024",
               "2025-01-31 12:00",
               multi("mixed", [text(body, charset="us-ascii", cte="7bit"),
                               attach(csvbytes(rows, delimiter=","), "text/csv",
                                      "bordereau_QS2024_Q4.csv", charset="utf-8")],
                     "Apple-Mail=_5E2A-125-020"))


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "cover refused because the tenancy dispute started before the policy: named customer, policy dates, landlord, address")
def m021():
    body = """Sehr geehrte Frau Yilmaz,

wir haben Ihre Unterlagen zum Streit mit Ihrer Vermieterin, der Wohnbau
Ricklingen eG, über die Rückzahlung der Nebenkostenvorauszahlungen für die
Wohnung Göttinger Chaussee 88, 30459 Hannover, geprüft.

Leider können wir Ihnen für diesen Fall keinen Versicherungsschutz geben.

Ihr Rechtsschutzvertrag (Vers.-Nr. 64-552190-8) hat am 01.10.2024
begonnen. Für Wohnungs-Rechtsschutz gilt eine Wartezeit von drei Monaten,
also bis 31.12.2024. Der Rechtsschutzfall ist der Zeitpunkt, zu dem die
Gegenseite erstmals gegen Rechtspflichten verstoßen haben soll (§ 4 Abs. 1
c ARB). Nach Ihrer eigenen Darstellung und dem Schreiben der Vermieterin
vom 14.08.2024 hat die Vermieterin schon im Sommer 2024 die Auszahlung des
Guthabens aus der Abrechnung 2023 (412,60 EUR) verweigert. Dieser
Verstoß liegt vor Vertragsbeginn.

Schadennummer zu Ihrer Information: S-2025-011209 (abgelehnt).

Wenn Sie mit unserer Entscheidung nicht einverstanden sind, können Sie
sich an unser Beschwerdemanagement oder an den Versicherungsombudsmann
wenden. Außerdem haben Sie das Recht, das Stichentscheidverfahren nach
§ 3a ARB zu verlangen - die Einzelheiten stehen in den Bedingungen.

Mit freundlichen Grüßen

Yusuf Demirtas
Wohnungs- und Grundstücks-Rechtsschutz

""" + FOOT_DE
    return msg(21, staff("Yusuf Demirtas", "yusuf.demirtas"),
               a("Elif Yilmaz", "elif.yilmaz@hannover-mail.example"),
               "Ihre Anfrage Nebenkosten – leider keine Deckung",
               "2025-01-22 09:18", text(body, charset="iso-8859-1"), mid_style=1)


@mail("NORMAL", "de", "internal",
      "trap: IT ticket (with TXT quota report) about the cover-request mailbox being full of large scans (court files, medical reports) without naming anyone")
def m022():
    body = """Ticket INC-2025-04417 – Status: In Bearbeitung
Priorität: 2 (hoch)
Kategorie: E-Mail / Postfächer
Gemeldet von: Team Kundenservice
Bearbeiter: Florian Dreesen

Beschreibung
------------
Das Funktionspostfach deckungsanfragen@schildwacht-rs.example hat 49,6 von
50 GB belegt. Seit heute früh bekommen Absender ab und zu NDRs ("mailbox
full"). Ursache: viele sehr große Scans von Kanzleien (Gerichtsakten,
Gutachten, Arztberichte bei Sozialgerichtssachen), oft 30-80 MB pro Mail.

Maßnahmen
---------
1. Postfach-Quota temporär auf 75 GB erhöht (erledigt, 08:40 Uhr).
2. Archivierungsregel "Anhänge > 10 MB nach Import ins Schadensystem
   nach 14 Tagen ins Archiv" – Freigabe durch Fachbereich nötig.
3. Kanzleien sollen große Akten übers SecureMail-Portal schicken
   (Upload bis 500 MB). Textbaustein dafür bitte vom Fachbereich.

Bitte an: Dr. Wolters (Freigabe Punkt 2), Marketing (Textbaustein)

Viele Grüße
Florian Dreesen
IT-Servicedesk, Tel. -199
"""
    return msg(22, staff("IT-Servicedesk", "it-servicedesk"),
               [staff("Dr. Henrike Wolters", "henrike.wolters"),
                staff("Petra Sönksen", "petra.soenksen")],
               "[INC-2025-04417] Postfach deckungsanfragen@ fast voll",
               "2025-03-26 09:02",
               multi("mixed", [text(body, charset="utf-8", cte="8bit"),
                               attach(QUOTA_REPORT_022, "text/plain", "mailbox_quota_report.txt",
                                      cte="quoted-printable", charset="us-ascii")],
                     "=_ticket_022_="),
               extra=[("X-Ticket-ID", "INC-2025-04417")])


QUOTA_REPORT_022 = """Exchange mailbox statistics - 2025-03-26 08:30 CET
Mailbox                                   ItemCount  TotalSize(GB)  Quota(GB)
deckungsanfragen@schildwacht-rs.example     184,212          49.61      50.00
service@schildwacht-rs.example               96,448          31.02      50.00
international@schildwacht-rs.example         22,905          11.87      50.00
kosten@schildwacht-rs.example               141,377          38.44      50.00

Largest folders (deckungsanfragen):
  Posteingang/Kanzleien          121,004 items   37.9 GB
  Posteingang/Sozialgericht       18,220 items    6.4 GB
  Posteingang/Sonstiges           44,988 items    5.3 GB
Attachments > 25 MB: 1,132 (mostly scanned PDF court files)
"""


@mail("STRICTLY_CONFIDENTIAL", "de", "lawyer",
      "criminal charge (fraud) against a named customer: defence counsel's cover request quoted inline; criminal-offence data")
def m023():
    body = """Benedikt,

Anfrage Ivanov zu Herrn Sandkühler, siehe unten. Vorwurf ist Betrug,
also Vorsatztat – nach § 2 i bb ARB nur, wenn nicht rechtskräftig wegen
Vorsatz verurteilt wird. Der VN hat Spezial-Straf-RS nicht, nur
Privat-RS Komfort. Ich würde vorläufig zusagen mit Rückforderungs-
vorbehalt. Siehst du das auch so?

Gruß
Jens

----- Ursprüngliche Nachricht -----
Von: RA Konstantin Ivanov <ivanov@strafverteidigung-ivanov.example>
Gesendet: Donnerstag, 8. Mai 2025 17:31
An: deckungsanfragen@schildwacht-rs.example
Betreff: Deckungsanfrage Strafsache – Mandant Lars Sandkühler, VS 62-774105-2

Sehr geehrte Damen und Herren,

ich verteidige Herrn Lars Sandkühler, geb. 03.11.1979, wohnhaft
Eichendorffweg 6, 30916 Isernhagen. Gegen ihn hat die Staatsanwaltschaft
Hannover am 29.04.2025 Anklage zum Schöffengericht erhoben
(Az. 1521 Js 60127/24). Vorgeworfen wird ihm gewerbsmäßiger Betrug in
14 Fällen (§ 263 Abs. 1, Abs. 3 Nr. 1 StGB) im Zusammenhang mit dem
Verkauf von Fahrzeugteilen über eine Online-Plattform; Schaden laut
Anklage 23.640 EUR.

Mein Mandant bestreitet die Vorwürfe. Ich bitte um Deckungszusage für
die Verteidigung im Zwischen- und Hauptverfahren sowie um Zusage für
ein Privatgutachten zur Auswertung der Plattformdaten.

Mit freundlichen Grüßen
Ivanov
Rechtsanwalt, Fachanwalt für Strafrecht
Georgstraße 14, 30159 Hannover
"""
    return msg(23, staff("Jens Raabe", "jens.raabe"),
               staff("Benedikt Kurz", "benedikt.kurz"),
               "WG: Deckungsanfrage Strafsache – Mandant Lars Sandkühler, VS 62-774105-2",
               "2025-05-09 08:37", text(body), mid_style=1)


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "traffic accident in Austria, property damage only ('nobody was hurt'); named customer, plate, claim and policy numbers")
def m024():
    body = """Dear Mr Andersson,

we were sorry to hear about the collision on 29 June at the roundabout
near Kufstein. Good to know that nobody was hurt.

We have opened claim S-2025-036652 under your traffic legal expenses
cover (policy 63-290671-5, vehicle Volvo V60, plate H-EA 7719) and confirm
cover for claiming your damages against the other driver's insurer in
Austria:

  - repair costs according to the estimate (EUR 6,480.20),
  - loss of use for 9 days,
  - towing and the expert report (Gutachten),
  - lawyer's fees in Austria according to the Austrian tariff (RATG).

You do not have to find a lawyer in Austria yourself. Our correspondent
firm Dr. Pichler & Partner in Innsbruck will contact you within two
working days; they work in English and German. Alternatively you may
appoint a lawyer of your choice.

Please send us the European Accident Statement and the photos you
mentioned on the phone.

Best regards,
Tobias Lenz
Traffic Legal Expenses
"""
    return msg(24, staff("Tobias Lenz", "tobias.lenz"),
               a("Erik Andersson", "erik.andersson@nordpost.example"),
               "Your accident near Kufstein - claim S-2025-036652",
               "2025-07-02 10:20", text(body, charset="us-ascii", cte="7bit"))


@mail("NORMAL", "de", "newsletter",
      "trap: broker newsletter (text + HTML) on the new tariff with premium examples for fictitious model customers")
def m025():
    plain = """Schildwacht Maklerinfo 02/2025

Liebe Vertriebspartnerinnen und Vertriebspartner,

ab 1. April gibt es unseren Rechtsschutz "Premium 2025". Die wichtigsten
Neuerungen auf einen Blick:

* Sozialgerichts-Rechtsschutz ohne Wartezeit bei Unfällen
* Beratung bei Aufhebungsverträgen bis 1.000 EUR
* Opfer-Rechtsschutz inkl. Nebenklage bei Gewaltdelikten
* Daten-Rechtsschutz (Identitätsmissbrauch, Hate Speech)

Beispielbeiträge (Modellkunden, Familie, SB 150 EUR, monatlich):
  Privat + Beruf + Verkehr + Wohnen        38,90 EUR
  dto. ohne Verkehr                         27,40 EUR
  Single, alle Bausteine                    31,20 EUR

Webinar "Premium 2025 in 30 Minuten": 27.03.2025, 10:00 Uhr
Anmeldung: www.schildwacht-rs.example/makler/webinare

Courtage: wie bisher 20 % laufend, Bestandspflege 2 %.

Ihr Maklerbetreuungsteam
Nils Harmsen und Team

Abmeldung: www.schildwacht-rs.example/makler/newsletter
"""
    htmlpart = """<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<h2 style="color:#7a1f2b">Schildwacht Maklerinfo 02/2025</h2>
<p>Liebe Vertriebspartnerinnen und Vertriebspartner,</p>
<p>ab 1. April gibt es unseren Rechtsschutz <b>&bdquo;Premium 2025&ldquo;</b>. Die wichtigsten Neuerungen:</p>
<ul>
<li>Sozialgerichts-Rechtsschutz ohne Wartezeit bei Unf&auml;llen</li>
<li>Beratung bei Aufhebungsvertr&auml;gen bis 1.000&nbsp;EUR</li>
<li>Opfer-Rechtsschutz inkl. Nebenklage bei Gewaltdelikten</li>
<li>Daten-Rechtsschutz (Identit&auml;tsmissbrauch, Hate Speech)</li>
</ul>
<table border="1" cellspacing="0" cellpadding="4">
<tr><th>Modellkunde (SB 150 EUR)</th><th>Monatsbeitrag</th></tr>
<tr><td>Familie: Privat + Beruf + Verkehr + Wohnen</td><td>38,90 EUR</td></tr>
<tr><td>Familie ohne Verkehr</td><td>27,40 EUR</td></tr>
<tr><td>Single, alle Bausteine</td><td>31,20 EUR</td></tr>
</table>
<p>Webinar &bdquo;Premium 2025 in 30 Minuten&ldquo;: 27.03.2025, 10:00 Uhr &ndash;
<a href="https://www.schildwacht-rs.example/makler/webinare">Anmeldung</a></p>
<p>Courtage: wie bisher 20&nbsp;% laufend, Bestandspflege 2&nbsp;%.</p>
<p>Ihr Maklerbetreuungsteam<br>Nils Harmsen und Team</p>
<p style="font-size:10px"><a href="https://www.schildwacht-rs.example/makler/newsletter">Abmelden</a></p>
</body></html>
"""
    return msg(25, staff("Schildwacht Maklerbetreuung", "makler"),
               a("Vertriebspartner", "maklerinfo-verteiler@" + DOM),
               "Maklerinfo 02/2025: Premium 2025 – das ist neu",
               "2025-03-10 06:30",
               multi("alternative", [text(plain), html(htmlpart)], "--==_mimepart_makler0225"),
               extra=[("Precedence", "bulk")])


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "illness-related dismissal after a heart attack of the named customer; cover granted")
def m026():
    body = """Sehr geehrter Herr Baumgart,

Ihre Ehefrau hat uns gestern in Ihrem Auftrag angerufen – zunächst
einmal alles Gute für Ihre weitere Genesung.

Wir haben den Fall unter der Schadennummer S-2025-033018 angelegt
(Vertrag 62-119460-6, Privat-, Berufs- und Verkehrs-Rechtsschutz).

Nach den Unterlagen hat Ihr Arbeitgeber, die Hermsdorf Maschinenbau GmbH,
das Arbeitsverhältnis am 10.06.2025 „aus personenbedingten Gründen“ zum
30.09.2025 gekündigt. Hintergrund sind die Fehlzeiten nach Ihrem
Herzinfarkt im Oktober 2024, der anschließenden Bypass-Operation und der
Anschlussheilbehandlung in Bad Nauheim. Ihr Kardiologe hält Sie ab
August wieder für arbeitsfähig, mit Einschränkungen bei schwerem Heben.

Für die Kündigungsschutzklage besteht Versicherungsschutz. Bei einer
krankheitsbedingten Kündigung kommt es unter anderem auf die
Zukunftsprognose an – das ärztliche Attest Ihres Kardiologen wird für
Ihren Anwalt daher wichtig sein.

Selbstbeteiligung: 150 EUR. Frist für die Klage: drei Wochen ab Zugang
der Kündigung, also bis spätestens 01.07.2025.

Mit freundlichen Grüßen
Jens Raabe
"""
    return msg(26, staff("Jens Raabe", "jens.raabe"),
               a("Frank Baumgart", "frank.baumgart@t-mail.example"),
               "Kündigung Hermsdorf Maschinenbau – Deckungszusage",
               "2025-06-13 14:05", text(body, charset="utf-8", cte="base64"), mid_style=1)


@mail("NORMAL", "en", "internal",
      "trap: data-protection quiz answers using fictitious example persons (criminal records, health data) for staff training")
def m027():
    body = """Hi everyone,

thanks for taking part in last week's data protection quiz. Here are the
answers with short explanations. All people in the questions are made up.

Q1. A lawyer sends us the indictment against "Mr X" (fictitious) for
    drink-driving. Which category?
    -> Data on criminal offences (Art. 10 GDPR). Treat like special
       category data: encrypted channel only.

Q2. A customer's unfair-dismissal claim mentions her salary. Category?
    -> Personal data (confidential), not a special category. TLS is
       fine, plain mail is not.

Q3. A social-court claim refers to a "degree of disability of 50".
    -> Health data (Art. 9 GDPR). Strictly confidential.

Q4. The monthly KPI report shows 512 criminal-defence claims.
    -> No personal data. Normal mail is fine.

Q5. A template "Dear <<Name>>, your claim <<Number>> ..." without any
    filled-in values.
    -> No personal data.

Q6. A customer tells us he is a member of a trade union and the union
    lawyer refused to help.
    -> Trade-union membership is a special category (Art. 9). Strictly
       confidential.

Average score was 4.3 out of 6. The most common mistake was Q6.

Best,
Lena

Lena Brüggemann
Training & Development
"""
    return msg(27, staff("Lena Brüggemann", "lena.brueggemann"),
               a("All claims staff", "leistung-rs@" + DOM),
               "Data protection quiz - answers",
               "2025-05-20 13:12", text(body))


@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "reply to a broker: cover granted for a named customer's neighbour dispute, policy and claim numbers, address")
def m028():
    body = """Hallo Herr Brinkmann,

kurze Rückmeldung zu Ihrer Anfrage von heute Morgen für Ihre Kundin Frau
Annegret Seidel (Vertrag 64-308841-3):

Die Deckungszusage für den Nachbarschaftsstreit mit den Eigentümern des
Grundstücks Am Kiefernwald 12 ist heute raus (Schadennummer
S-2025-020871). Versichert ist die Durchsetzung des Anspruchs auf
Rückschnitt der Thujahecke an der Grundstücksgrenze Am Kiefernwald 10,
31535 Neustadt a. Rbge., zunächst außergerichtlich. Vorher muss nach dem
niedersächsischen Schlichtungsgesetz die Schiedsperson angerufen werden –
diese Kosten übernehmen wir ebenfalls.

Selbstbeteiligung 300 EUR, wie im Vertrag vereinbart.

Beste Grüße aus der Maklerbetreuung
Nils Harmsen
Tel. 0511 9744-260 | mobil 0171 5550 2601
"""
    return msg(28, staff("Nils Harmsen", "nils.harmsen"),
               a("Jörg Brinkmann", "j.brinkmann@brinkmann-versicherungsmakler.example"),
               "AW: Frau Seidel – Hecke Nachbar – Deckung?",
               "2025-02-26 16:22", text(body),
               in_reply_to="<0a9d3b11-seidel@brinkmann-versicherungsmakler.example>", mid_style=1)


@mail("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-lawyer",
      "English mail with German legal terms to an Italian firm: named cyclist's injuries (collarbone fracture, surgery) in a damages claim")
def m029():
    body = """Gentile Avvocato Ferri, dear Mr Ferri,

thank you for your letter of 18 August on behalf of our policyholder
Mr Matthias Gerdes (Vers.-Nr. 62-612093-1, Schaden-Nr. S-2025-041906).

We confirm Deckungsschutz (cover) under the Schadenersatz-Rechtsschutz
for the claim against the driver of the vehicle with Italian plate
GE 418 KP and his motor insurer for the accident on 9 August 2025 in
Riva del Garda:

  - Schmerzensgeld (damages for pain and suffering) for the fracture of
    the right collarbone (Klavikulafraktur), the plate osteosynthesis at
    the Ospedale di Arco on 10 August and the follow-up physiotherapy,
  - Verdienstausfall (loss of earnings) during his incapacity for work
    (arbeitsunfähig until at least 30 September),
  - damage to the bicycle and equipment.

Fees: we pay your fees according to the Italian parameters (D.M. 55/2014)
up to the level of the German RVG for a comparable Gegenstandswert,
§ 5 Abs. 1 a ARB. Please send us your fee estimate (preventivo) before
you start court proceedings.

The medical records you asked for (Entlassungsbericht, Röntgenbefund)
will be sent to you by Mr Gerdes directly.

Mit freundlichen Grüßen / distinti saluti
Tobias Lenz
Verkehrs-Rechtsschutz / International
"""
    return msg(29, staff("Tobias Lenz", "tobias.lenz"),
               a("Avv. Stefano Ferri", "s.ferri@studiolegale-ferri.example"),
               "Gerdes ./. Allianza Assicurazioni – Deckungszusage / confirmation of cover",
               "2025-08-21 11:48", text(body))


@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: framework contract with a telephone-mediation provider; hourly rates, company bank account, case volumes only")
def m030():
    body = """Sehr geehrter Herr Dr. Kessler,

anbei wie besprochen unsere Anmerkungen zum Entwurf des Rahmenvertrags
"Telefonische Mediation 2025-2027". Zusammengefasst:

§ 3 Vergütung
  - Pauschale je Mediation bis 3 Sitzungen à 60 Min.: 390,00 EUR netto
  - jede weitere Sitzung: 120,00 EUR netto
  - Abbruch nach Erstgespräch: 95,00 EUR netto
§ 4 Volumen
  - Planung 1.800 Mediationen p. a. (Schwerpunkte Nachbarschaft,
    Familie/Erbe, Arbeitsplatzkonflikte); keine Mindestabnahme
§ 6 Datenschutz
  - Auftragsverarbeitungsvertrag als Anlage 3; Gesprächsnotizen der
    Mediatoren bleiben beim Dienstleister und werden uns nicht übermittelt.
§ 9 Zahlung
  - monatliche Sammelrechnung, Zahlung innerhalb 14 Tagen auf Ihr
    Geschäftskonto bei der Sparkasse Elbe-Weser,
    IBAN DE43 2571 7923 7055 2428 71, Kontoinhaber: Konsens Mediation GmbH

Wenn Sie einverstanden sind, lassen wir den Vertrag von unserer
Rechtsabteilung finalisieren und schicken ihn zur Unterschrift.

Mit freundlichen Grüßen
Katharina Baltruschat
Einkauf / Zentrale Dienste
"""
    return msg(30, staff("Katharina Baltruschat", "katharina.baltruschat"),
               a("Dr. Moritz Kessler", "m.kessler@konsens-mediation.example"),
               "Rahmenvertrag Telefon-Mediation – unsere Anmerkungen",
               "2025-01-17 10:30", text(body, charset="windows-1252"), mid_style=1)

@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "settlement of an employment case: severance amount, salary and cost refund for a named customer; quoted customer question and court-record PDF")
def m031():
    body = """Hallo Frau Engelke,

> ist das jetzt alles erledigt oder muss ich noch was zahlen? Der Anwalt
> sagt die Abfindung kommt im Juli. Und was ist mit meiner Selbst-
> beteiligung von 150 Euro?

ja, von unserer Seite ist alles erledigt. Kurz zusammengefasst:

Im Kündigungsschutzverfahren gegen die Bäckerei Harms & Söhne OHG haben
Sie am 15.05.2025 vor dem Arbeitsgericht Hildesheim einen Vergleich
geschlossen:
  - Beendigung zum 30.06.2025,
  - Abfindung 9.600,00 EUR brutto (0,5 Monatsgehälter x 8 Jahre bei
    2.400,00 EUR brutto),
  - wohlwollendes Zeugnis mit der Note "gut".

Die Kostennote Ihres Anwalts (3.102,83 EUR) haben wir am 04.06.2025
bezahlt, abzüglich Ihrer Selbstbeteiligung. Die 150 EUR zahlen Sie also
direkt an die Kanzlei, falls noch nicht geschehen. Eine Erstattung der
Selbstbeteiligung aus der Abfindung gibt es leider nicht.

Die Abfindung zahlt Ihr früherer Arbeitgeber direkt an Sie. Bitte denken
Sie daran, dass sie einkommensteuerpflichtig ist.

Ihre Schadennummer S-2025-017305 schließen wir damit ab.

Viele Grüße
Jens Raabe
Leistung Arbeits-RS

""" + FOOT_DE
    return msg(31, staff("Jens Raabe", "jens.raabe"),
               a("Sabine Engelke", "sabine.engelke@gmx-post.example"),
               "AW: Vergleich Arbeitsgericht – noch offene Kosten?",
               "2025-06-05 09:47",
               multi("mixed", [text(body),
                               attach(pdf(["# Arbeitsgericht Hildesheim – Sitzungsprotokoll (Auszug)",
                                           "Az. 3 Ca 118/25 – öffentliche Sitzung vom 15.05.2025",
                                           "In dem Rechtsstreit Sabine Engelke ./. Bäckerei Harms & Söhne OHG",
                                           "",
                                           "# Vergleich",
                                           "1. Das Arbeitsverhältnis endet aufgrund ordentlicher arbeitgeberseitiger",
                                           "   Kündigung aus betriebsbedingten Gründen mit Ablauf des 30.06.2025.",
                                           "2. Die Beklagte zahlt an die Klägerin eine Abfindung entsprechend",
                                           "   §§ 9, 10 KSchG in Höhe von 9.600,00 EUR brutto, fällig mit Beendigung.",
                                           "3. Die Beklagte erteilt ein wohlwollendes qualifiziertes Zeugnis mit der",
                                           "   Gesamtnote gut.",
                                           "4. Damit sind alle Ansprüche aus dem Arbeitsverhältnis erledigt.",
                                           "5. Die Kosten werden gegeneinander aufgehoben.",
                                           "",
                                           "vorgelesen und genehmigt"], title="Protokoll 3 Ca 118/25"),
                                      CT_PDF, "Protokoll_Vergleich_3Ca118-25.pdf")],
                     "----=_Part_031_vergleich"),
               in_reply_to="<20250604211532.engelke@gmx-post.example>", mid_style=1)


@mail("NORMAL", "en", "insurer-to-partner",
      "trap: annual complaint statistics to the insurance ombudsman, aggregates by practice area only")
def m032():
    body = """Dear Ms Lindqvist,

as requested for your annual report, please find below our figures for
proceedings before the Ombudsman in 2024. All figures refer to legal
expenses insurance only and contain no individual case data.

  Complaints received by the Ombudsman about us          146
  - inadmissible / withdrawn                               31
  - decided in favour of the insurer                       58
  - settled / remedied by the insurer                      49
  - recommendation or decision against the insurer          8

  Top reasons                                    share
  Refusal due to prior knowledge / waiting period  34 %
  Fee disputes (lawyers' invoices)                 22 %
  Lack of prospect of success (s. 3a ARB)           17 %
  Exclusions (building works, capital investment)  15 %
  Processing time                                  12 %

Our average response time to the Ombudsman was 19 calendar days.

Please let me know if you need the figures in your Excel template.

Kind regards,
Sophie Wendt
Corporate Communications & Complaints Management
Schildwacht Rechtsschutzversicherung AG
"""
    return msg(32, staff("Sophie Wendt", "sophie.wendt"),
               a("Karin Lindqvist", "statistik@versicherungsombudsmann-verein.example"),
               "Figures 2024 for your annual report",
               "2025-02-14 11:03", text(body, charset="us-ascii", cte="7bit"))


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "body harmless; only the subject (name, care level, Alzheimer's dementia) and the file name of a scanned note (PNG, no text) are sensitive")
def m033():
    body = """Hallo Henrike,

kannst du bitte bis Freitag draufschauen? Akte ist im System, das
Gutachten ist Dokument 14. Meine handschriftliche Notiz vom
Telefonat mit der Anwältin hängt als Scan an.

Ich tendiere eher zur Zusage, will aber den Stichentscheid vermeiden.

Danke dir!
Ramona

--
Ramona Eickhoff
Sozialrechtsschutz, Tel. -356
"""
    strokes = [(30 + 22 * k, 24 + (k * 37) % 60, 300 - (k * 53) % 120) for k in range(11)]
    note = png(360, 280, strokes)
    return msg(33, staff("Ramona Eickhoff", "ramona.eickhoff"),
               staff("Dr. Henrike Wolters", "henrike.wolters"),
               "Zweitmeinung Lüdecke – Pflegegrad 3 statt 2 (Alzheimer-Demenz) – Zusage oder Ablehnung?",
               "2025-05-26 15:40",
               multi("mixed", [text(body),
                               attach(note, "image/png", "Notiz_Luedecke_MD-Gutachten_42,5Punkte_Demenz.png")],
                     "----=_Part_033_scan"))


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "unpaid-overtime claim: named customer's salary, hours and employer; cover granted with deductible")
def m034():
    body = """Hello Ms Nakamura,

thanks for the spreadsheet with your overtime records - very helpful.

Summary as we understand it:
  - employer: Kestrel Software Solutions GmbH, Berlin
  - your gross salary: EUR 68,400 per year, 40-hour week
  - claimed: 312 hours of overtime between April 2024 and March 2025,
    EUR 10,263 gross (EUR 32.89 per hour)
  - the employer says overtime is "covered by the salary" under clause
    4.3 of your contract

We confirm cover under policy 62-844702-6 (claim S-2025-021488) for a
lawyer to assert the claim, first out of court and then, if necessary,
before the Labour Court Berlin. Your deductible is EUR 150.

One practical point: in Germany the employee normally has to prove when
the overtime was worked and that the employer ordered or accepted it.
Your records are a good start; e-mails or tickets showing late work would
help too. Many contracts also have a cut-off clause (Ausschlussfrist) of
three months - please show clause 11 of your contract to your lawyer
straight away.

Best wishes,
Daniel Okafor
International Claims Desk
"""
    return msg(34, staff("Daniel Okafor", "daniel.okafor"),
               a("Yui Nakamura", "yui.nakamura@quickmail.example"),
               "Re: overtime claim - cover",
               "2025-04-08 17:02", text(body, charset="us-ascii", cte="7bit"),
               in_reply_to="<CAKr9-nakamura-0407@quickmail.example>", mid_style=2)


@mail("NORMAL", "de", "internal",
      "trap: first-aid course and company-doctor flu-vaccination dates for staff; health words but nobody identifiable")
def m035():
    body = """Liebe Kolleginnen und Kollegen,

zwei Termine aus dem Arbeitsschutz:

1) Erste-Hilfe-Grundkurs für Ersthelferinnen und Ersthelfer
   Di 14.10.2025, 8:30-16:30 Uhr, Schulungsraum EG (9 UE)
   Inhalte: Herz-Lungen-Wiederbelebung, AED, stabile Seitenlage,
   Schlaganfall erkennen, Wundversorgung
   Wir brauchen pro Etage mindestens zwei Ersthelfer - aktuell fehlen
   welche im 3. und 5. OG. Anmeldung über das Intranet.

2) Grippeschutzimpfung durch den betriebsärztlichen Dienst
   Do 23.10. und Fr 24.10.2025, jeweils 9-12 Uhr, Raum 1.04
   Die Impfung ist freiwillig und kostenlos. Bitte Impfpass mitbringen.
   Termine über das Buchungstool, Stichwort "Grippe 2025".

Fragen gern an mich.

Viele Grüße
Birte Osterloh
Arbeitssicherheit / Gesundheitsmanagement
"""
    return msg(35, staff("Birte Osterloh", "birte.osterloh"),
               a("Alle Mitarbeitenden Hannover", "alle-hannover@" + DOM),
               "Erste-Hilfe-Kurs und Grippeimpfung im Oktober",
               "2025-09-15 08:00", text(body, charset="iso-8859-1", cte="quoted-printable"))


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "victim legal protection: named customer injured in an assault (cheekbone fracture, trauma therapy), joining criminal proceedings as co-plaintiff")
def m036():
    body = """Sehr geehrte Frau Okonkwo-Brandes,

es tut uns sehr leid, was Ihnen am 4. Juli in der Limmerstraße passiert
ist.

Sie haben Opfer-Rechtsschutz in Ihrem Vertrag 62-930118-2. Wir bestätigen
Ihnen deshalb Versicherungsschutz für:

1. die Nebenklage im Strafverfahren gegen den Tatverdächtigen
   (Staatsanwaltschaft Hannover, Az. 3541 Js 40288/25) wegen gefährlicher
   Körperverletzung, einschließlich Akteneinsicht durch Ihre Anwältin;
2. die Geltendmachung von Schmerzensgeld und Schadensersatz gegen den
   Täter (Jochbeinfraktur links, operative Versorgung im KRH Siloah,
   Behandlung der posttraumatischen Belastungsreaktion bei Ihrer
   Therapeutin);
3. die Beratung zu Ansprüchen nach dem Sozialen Entschädigungsrecht
   (SGB XIV).

Schadennummer: S-2025-038810. Eine Selbstbeteiligung fällt im Opfer-
Rechtsschutz nicht an.

Ihre Anwältin, Frau Rechtsanwältin Dombrowski, hat sich bereits gemeldet;
wir schicken ihr die Zusage parallel.

Wenn Sie zusätzlich Unterstützung brauchen: Der Opferhilfeverein in
Hannover bietet kostenlose psychosoziale Prozessbegleitung an.

Mit freundlichen Grüßen
Benedikt Kurz
Straf- und Opfer-Rechtsschutz
"""
    return msg(36, staff("Benedikt Kurz", "benedikt.kurz"),
               a("Adaeze Okonkwo-Brandes", "adaeze.ob@mailbox-hannover.example"),
               "Ihr Opfer-Rechtsschutz – Zusage",
               "2025-07-16 11:25", text(body), mid_style=1)


@mail("CONFIDENTIAL", "de", "lawyer",
      "lawyer reports an eviction suit for rent arrears against the named customer: arrears, address, court file; forwarded, scanned complaint as application/octet-stream PDF")
def m037():
    body = """Yusuf, zu deiner Akte. Klage ist zugestellt, die Anwältin will
Zusage für die Verteidigung. Mietrückstand ist aus 2025, Vertrag läuft
seit 2021 – passt aus meiner sicht. Gruß Carina

Anfang der weitergeleiteten Nachricht:

Von: "RAin Hanna Westphal" <westphal@mietrecht-westphal.example>
Betreff: Räumungsklage Wohnbau Linden GmbH ./. Kowalczyk – AG Hannover 545 C 2210/25
Datum: 2. Juni 2025 um 14:19:52 MESZ
An: deckungsanfragen@schildwacht-rs.example

Sehr geehrte Damen und Herren,

wir vertreten Ihren Versicherungsnehmer, Herrn Piotr Kowalczyk,
Fössestraße 71, 30451 Hannover (Vers.-Nr. 64-771025-0).

Die Vermieterin hat am 13.05.2025 wegen Zahlungsverzugs fristlos und
hilfsweise ordentlich gekündigt und Räumungsklage erhoben. Behauptet
wird ein Rückstand von 2.460,00 EUR (Miete Februar bis April 2025 à
820,00 EUR). Unser Mandant hat die Miete ab Februar wegen Ausfall der
Heizung und Warmwasserversorgung (Dezember bis März) um 50 % gemindert
und den Rest unter Vorbehalt gezahlt. Der tatsächliche Rückstand beträgt
nach unserer Berechnung allenfalls 1.230,00 EUR; der Mandant wird diesen
Betrag innerhalb der Schonfrist des § 569 Abs. 3 Nr. 2 BGB ausgleichen.

Streitwert der Räumungsklage: Jahresnettomiete 8.640,00 EUR.

Wir bitten um Deckungszusage für die Verteidigung gegen die Räumungsklage
in erster Instanz.

Mit freundlichen Grüßen
Westphal
Rechtsanwältin
"""
    return msg(37, staff("Carina Pöhlmann", "carina.poehlmann"),
               staff("Yusuf Demirtas", "yusuf.demirtas"),
               "WG: Räumungsklage Wohnbau Linden GmbH ./. Kowalczyk – AG Hannover 545 C 2210/25",
               "2025-06-02 15:03",
               multi("mixed", [text(body, cte="8bit"),
                               attach(pdf(["Amtsgericht Hannover – 545 C 2210/25",
                                           "Klage der Wohnbau Linden GmbH gegen Herrn Piotr Kowalczyk,",
                                           "Fössestraße 71, 30451 Hannover",
                                           "wegen Räumung und Zahlung",
                                           "",
                                           "Anträge:",
                                           "1. Der Beklagte wird verurteilt, die Wohnung Fössestraße 71, 2. OG rechts,",
                                           "   bestehend aus 3 Zimmern, Küche, Bad, zu räumen und herauszugeben.",
                                           "2. Der Beklagte wird verurteilt, an die Klägerin 2.460,00 EUR nebst Zinsen",
                                           "   zu zahlen.",
                                           "",
                                           "[Seite 1 von 7 – eingescannt]"], compress=True,
                                          author="Scan-Station 3.OG", created="20250602141900+02'00'"),
                                      "application/octet-stream", "Scan_20250602_1419.pdf")],
                     "Apple-Mail=_037_7C2E"),
               mid_style=2,
               extra=[("X-Mailer", "Apple Mail (2.3826.400.131.1.6)")])


@mail("NORMAL", "en", "newsletter",
      "trap: external legal-publisher newsletter on a Federal Labour Court ruling about sick notes; parties anonymised in the public judgment")
def m038():
    body = """Jens, Ramona - FYI, relevant for the sick-note discussions we keep having
with lawyers. /Henrike

-----Original Message-----
From: German Employment Law Digest <digest@labourlaw-digest.example>
Sent: Thursday, 10 April 2025 06:00
To: henrike.wolters@schildwacht-rs.example
Subject: GELD Weekly #14/2025: Probative value of sick notes after notice

GERMAN EMPLOYMENT LAW DIGEST - Weekly 14/2025

1. Federal Labour Court: sick note issued right after resignation
   The Federal Labour Court (BAG, 5 AZR 284/24) confirmed that the
   probative value of a medical certificate of incapacity can be shaken
   if the employee falls ill exactly on the day of giving notice and the
   certificate covers exactly the notice period. The employer then only
   has to show circumstances raising serious doubts; the employee must
   prove the illness in detail. The plaintiff, a commercial employee, lost
   her claim to continued remuneration for 14 days.

2. Reform of the Whistleblower Protection Act - draft published

3. Statistics: labour courts received 182,000 new cases in 2024 (+3 %)

You are receiving this digest because you subscribed at
www.labourlaw-digest.example. Manage your subscription at
https://www.labourlaw-digest.example/account
"""
    return msg(38, staff("Dr. Henrike Wolters", "henrike.wolters"),
               [staff("Jens Raabe", "jens.raabe"), staff("Ramona Eickhoff", "ramona.eickhoff")],
               "FW: GELD Weekly #14/2025: Probative value of sick notes after notice",
               "2025-04-10 07:48", text(body, charset="us-ascii", cte="7bit"), mid_style=1)


@mail("STRICTLY_CONFIDENTIAL", "en", "customer",
      "named customer's own account of being accused of shoplifting (criminal investigation), forwarded with an internal note on the intent exclusion")
def m039():
    body = """Benedikt,

English-speaking customer, criminal matter - see below. Shoplifting is
an intentional offence; there is no cover under § 2 i ARB for theft, not
even provisionally, because it can only be committed intentionally.
Could you write the rejection? I would suggest we add the hint about
free legal aid (Beratungshilfe). Thank you!

Greta

-----Original Message-----
From: Mateo Ruiz Calderón <mateo.ruiz@correo-web.example>
Sent: Sunday, 15 June 2025 21:14
To: international@schildwacht-rs.example
Subject: Police letter - do you cover a lawyer??

Hi,

my policy is 62-905517-8. Yesterday I got a letter from the police
(Polizeiinspektion Göttingen) that I am "Beschuldigter" for theft in a
supermarket on 31 May. They say I put a bottle of whisky (EUR 34.99) in
my backpack and did not pay. I really forgot it in the bag, I paid the
other things, the receipt is attached. They want me to come for a
hearing on 26 June.

I am a student here and I am afraid this could affect my residence
permit. Will you pay for a laywer? Please answer quickly.

Mateo Ruiz Calderón
Weender Landstraße 59, 37075 Göttingen
"""
    return msg(39, staff("Greta Holthusen", "greta.holthusen"),
               staff("Benedikt Kurz", "benedikt.kurz"),
               "FW: Police letter - do you cover a lawyer??",
               "2025-06-16 09:05", text(body), mid_style=1)


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "cover for a service-charge dispute (text + HTML with a table): named customer, address, amounts, policy and claim numbers")
def m040():
    plain = """Guten Tag Frau und Herr Lammers,

vielen Dank für die Nebenkostenabrechnung 2024 Ihrer Vermieterin.

Wir übernehmen die Kosten für die außergerichtliche Prüfung und
Vertretung durch einen Anwalt Ihrer Wahl.

  Vertrag:            64-402266-1 (Wohnungs-Rechtsschutz Mieter)
  Schadennummer:      S-2025-028803
  Mietobjekt:         Podbielskistraße 201, 30177 Hannover
  Nachforderung lt. Abrechnung: 1.486,22 EUR
  Selbstbeteiligung:  150,00 EUR

Auffällig sind die Positionen "Hausmeister" (+62 % gegenüber 2023) und
"Verwaltungskosten" (nicht umlagefähig). Ihr Anwalt wird Belegeinsicht
verlangen.

Freundliche Grüße
Yusuf Demirtas
Wohnungs- und Grundstücks-Rechtsschutz
"""
    htmlpart = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial;font-size:10pt">
<p>Guten Tag Frau und Herr Lammers,</p>
<p>vielen Dank f&uuml;r die Nebenkostenabrechnung 2024 Ihrer Vermieterin.</p>
<p>Wir &uuml;bernehmen die Kosten f&uuml;r die au&szlig;ergerichtliche Pr&uuml;fung und
Vertretung durch einen Anwalt Ihrer Wahl.</p>
<table style="border-collapse:collapse" border="1" cellpadding="3">
<tr><td>Vertrag</td><td>64-402266-1 (Wohnungs-Rechtsschutz Mieter)</td></tr>
<tr><td>Schadennummer</td><td>S-2025-028803</td></tr>
<tr><td>Mietobjekt</td><td>Podbielskistra&szlig;e 201, 30177 Hannover</td></tr>
<tr><td>Nachforderung lt. Abrechnung</td><td>1.486,22 EUR</td></tr>
<tr><td>Selbstbeteiligung</td><td>150,00 EUR</td></tr>
</table>
<p>Auff&auml;llig sind die Positionen &bdquo;Hausmeister&ldquo; (+62&nbsp;% gegen&uuml;ber 2023) und
&bdquo;Verwaltungskosten&ldquo; (nicht umlagef&auml;hig). Ihr Anwalt wird Belegeinsicht verlangen.</p>
<p>Freundliche Gr&uuml;&szlig;e<br>Yusuf Demirtas<br>Wohnungs- und Grundst&uuml;cks-Rechtsschutz</p>
</body></html>
"""
    return msg(40, staff("Yusuf Demirtas", "yusuf.demirtas"),
               a("Familie Lammers", "lammers.familie@webpost.example"),
               "Nebenkostenabrechnung 2024 – wir übernehmen die Prüfung",
               "2025-05-22 10:12",
               multi("alternative", [text(plain), html(htmlpart)], "_alt_040_schildwacht_"),
               mid_style=1)


@mail("NORMAL", "de", "internal",
      "trap: minutes of a claims meeting with anonymised case patterns (Fall A/B/C, age bands) and statistics; no identifiable person")
def m041():
    body = """Protokoll Fallbesprechung Leistung Arbeits-/Sozial-RS, 03.07.2025
Teilnehmer: HW, JR, RE, AK, BK (Gast)

1. Anonymisierte Fälle (für die Schulungsunterlage freigegeben)

   Fall A: Arbeitnehmerin, 40-49 J., Kündigung in der Probezeit,
   Behauptung einer Schwangerschaft erst nach Zugang der Kündigung.
   -> Deckung ja, § 17 MuSchG greift auch bei nachträglicher Mitteilung
      innerhalb von 2 Wochen. Lernpunkt: Fristen aus dem Gesetz, nicht
      aus dem Bauch.

   Fall B: Arbeitnehmer, 50-59 J., Sozialgericht, Streit um
   Erwerbsminderungsrente. Anwalt beantragt Gutachten nach § 109 SGG.
   -> Kosten für das Gutachten sind versichert (§ 5 Abs. 1 d ARB), aber
      nur ein Gutachten pro Instanz.

   Fall C: Arbeitnehmer, 30-39 J., Abmahnung wegen privater Internet-
   nutzung, außergerichtlich. -> Deckung ja, aber Hinweis auf
   Kostenminderungsobliegenheit (erst Gegendarstellung).

2. Zahlen Q2
   - Ablehnungsquote Arbeits-RS: 7,9 % (Q1: 8,4 %)
   - Stichentscheide beantragt: 4, davon 1 zugunsten VN
   - Durchschnittliche Zeit bis Deckungszusage: 1,6 Arbeitstage

3. Sonstiges
   - Urlaubsvertretung August: Liste im Teamkalender
   - Nächste Fallbesprechung: 04.09.2025

Protokoll: AK
"""
    return msg(41, staff("Aylin Kaya", "aylin.kaya"),
               a("Team Leistung", "leistung-rs@" + DOM),
               "Protokoll Fallbesprechung 03.07.",
               "2025-07-03 16:30", text(body, charset="utf-8", cte="8bit", flowed=True), mid_style=2)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
      "dismissal of a severely disabled employee (degree of disability 60) without integration-office consent: named client, disability data")
def m042():
    body = """Sehr geehrte Frau Kollegin Schüttler,

in Sachen Ihres Mandanten Herrn Wolfgang Pieper ./. Stadtwerke
Nienburg GmbH (unser Zeichen S-2025-030477, Vers.-Nr. 62-226390-4)
bestätigen wir Versicherungsschutz für die Kündigungsschutzklage vor dem
Arbeitsgericht Nienburg.

Nach Ihrer Darstellung ist Herr Pieper seit 2019 schwerbehindert mit
einem GdB von 60 (Hörschädigung beidseits, Tinnitus), der Arbeitgeberin
war das bekannt. Die Zustimmung des Integrationsamts nach § 168 SGB IX
wurde vor Ausspruch der Kündigung vom 02.06.2025 nicht eingeholt, die
Schwerbehindertenvertretung wurde nicht beteiligt.

Die Zusage umfasst auch ein ggf. erforderliches Verfahren vor dem
Verwaltungsgericht gegen eine nachträglich erteilte Zustimmung des
Integrationsamts; hierfür bitten wir aber um gesonderte Mitteilung.

Gegenstandswert: 3 x 4.120,00 EUR = 12.360,00 EUR.
Selbstbeteiligung des Mandanten: 150,00 EUR.

Mit freundlichen Grüßen
Jens Raabe
Leistung Arbeits-Rechtsschutz

""" + FOOT_DE
    return msg(42, staff("Jens Raabe", "jens.raabe"),
               a("RAin Miriam Schüttler", "kanzlei@schuettler-recht.example"),
               "Pieper ./. Stadtwerke Nienburg – Deckungszusage",
               "2025-06-11 10:58", text(body, charset="iso-8859-1"), mid_style=1)


@mail("CONFIDENTIAL", "en", "insurer-to-lawyer",
      "fee query to a London firm: named client, claim number, hourly billing in GBP capped at German statutory fees; contract dispute")
def m043():
    body = """Dear Mr Ashworth,

Re: Mr Callum Fraser / Heidmark Solar GmbH - your invoice LW/2291/25
Our ref: S-2025-018870, policy RS-71-402917

Thank you for your invoice of GBP 4,860.00 (10.8 hours at GBP 450.00)
for advising Mr Fraser on his dispute with Heidmark Solar GmbH about the
defective photovoltaic installation on his house in Lüneburg.

Under our terms (ARB, section 5(1)(b)) we reimburse the fees of a lawyer
abroad up to the amount a lawyer at the place of the competent German
court would receive under the German statutory fee scale (RVG). The
value in dispute is EUR 21,300. Out-of-court representation with a 1.3
business fee would be:

  1.3 business fee (No. 2300 VV RVG), value EUR 21,300   EUR 1,068.60
  flat rate for post and telecoms (No. 7002)             EUR    20.00
  Total (net)                                            EUR 1,088.60

We will therefore pay EUR 1,088.60 plus VAT where applicable. Any fees
above this amount are for Mr Fraser's account, unless you agreed
otherwise with him. We have informed him separately.

Payment will be made to your client account upon receipt of an invoice
addressed to Mr Fraser with our reference.

Yours sincerely,

Aylin Kaya
Fee Review
"""
    return msg(43, staff("Aylin Kaya", "aylin.kaya"),
               a("Jonathan Ashworth", "j.ashworth@ashworth-legal.example"),
               "Your invoice LW/2291/25 - Fraser - our ref S-2025-018870",
               "2025-03-28 13:37", text(body), mid_style=1)


@mail("NORMAL", "en", "insurer-to-customer",
      "trap: portal notification 'you have a new secure message' without any content or reference")
def m044():
    body = """Hello,

you have received a new message in your Schildwacht secure mailbox.

For your protection the content is not sent by e-mail. Please log in at
https://securemail.schildwacht-rs.example to read it.

If you have not registered yet, you will find the registration link in
the letter we sent you by post.

This message was generated automatically - please do not reply.

Schildwacht Rechtsschutzversicherung AG
SecureMail service
"""
    return msg(44, staff("Schildwacht SecureMail", "noreply-securemail"),
               "fiona.mcbride@inbox-scot.example",
               "You have a new secure message",
               "2025-08-04 07:15:22", text(body, charset="us-ascii", cte="7bit"),
               extra=[("Auto-Submitted", "auto-generated")])


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "confirmation of a SEPA direct-debit mandate: named customer, IBAN, policy number and premium")
def m045():
    body = """Sehr geehrter Herr Tiedemann,

vielen Dank für Ihr neues SEPA-Lastschriftmandat. Wir haben die Änderung
zum 01.03.2025 in Ihrem Vertrag gespeichert.

Versicherungsnehmer:   Markus Tiedemann
Vertrag:               62-358014-9 (Rechtsschutz Privat/Beruf/Verkehr)
Kontoinhaber:          Markus Tiedemann
IBAN:                  DE64 6054 0195 2241 7602 53
Mandatsreferenz:       SRS-62358014-0003
Gläubiger-ID:          DE98ZZZ09999125001
Beitrag:               31,40 EUR monatlich, Abbuchung jeweils zum 1.

Die bisherige Bankverbindung (IBAN endet auf ...7718) wird nicht mehr
belastet.

Bitte prüfen Sie die Angaben. Falls etwas nicht stimmt, antworten Sie
einfach auf diese Mail.

Freundliche Grüße
Ihr Kundenservice
Petra Sönksen
"""
    return msg(45, staff("Petra Sönksen", "petra.soenksen"),
               a("Markus Tiedemann", "m.tiedemann@mailfach.example"),
               "Bestätigung Ihres SEPA-Lastschriftmandats",
               "2025-02-21 12:40", text(body, charset="windows-1252"), mid_style=1)

@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-assessor",
      "commissioning a medical expert opinion on prospects in a malpractice claim: named patient, surgery, complications (PDF order)")
def m046():
    body = """Sehr geehrter Herr Prof. Dr. Heinemeyer,

wie telefonisch vereinbart beauftragen wir Sie mit einer kurzen
gutachterlichen Stellungnahme zu den Erfolgsaussichten einer Arzthaftungs-
klage. Den Auftrag mit den Fragen finden Sie im Anhang, die
Behandlungsunterlagen (Krankenakte, OP-Bericht, Entlassungsbrief, MRT)
stellen wir Ihnen über unser SecureMail-Portal bereit.

Honorar: wie besprochen pauschal 1.400,00 EUR zzgl. USt.
Erledigung bitte bis 31.10.2025.

Mit freundlichen Grüßen
Dr. Henrike Wolters
Leiterin Leistung
"""
    order = [
        "# Gutachtenauftrag – Erfolgsaussichten Arzthaftung",
        "Auftraggeber: Schildwacht Rechtsschutzversicherung AG, Leistung",
        "Schadennummer: S-2025-035129    Versicherungsnehmerin: Monika Reichelt, geb. 17.02.1966",
        "",
        "# Sachverhalt (nach Darstellung der Anwältin der VN)",
        "Am 14.01.2025 wurde bei der VN in der Orthopädischen Klinik Lindenau eine",
        "Hüft-TEP links implantiert (Coxarthrose, M16.1). Postoperativ zeigte sich eine",
        "Läsion des N. ischiadicus mit Fußheberschwäche (Peroneusparese, Kraftgrad 2/5).",
        "Die VN trägt seither eine Peroneusschiene. Eine Aufklärung über das Risiko einer",
        "Nervenschädigung soll nur formularmäßig am Vorabend erfolgt sein.",
        "",
        "# Fragen",
        "1. Entsprach die Operation dem fachärztlichen Standard (Zugangsweg, Lagerung,",
        "   Hakenposition)? Gibt es Hinweise auf einen Behandlungsfehler?",
        "2. Ist die Nervenläsion eine typische, aufklärungspflichtige Komplikation?",
        "3. War die Aufklärung nach Zeitpunkt und Inhalt ausreichend (§ 630e BGB)?",
        "4. Wie beurteilen Sie die Prognose der Parese?",
        "",
        "Die Stellungnahme dient allein unserer Entscheidung über die Deckung nach",
        "§ 3a ARB (hinreichende Erfolgsaussicht). Bitte nicht an Dritte weitergeben.",
        "",
        "Hannover, 22.09.2025",
        "Dr. Henrike Wolters",
    ]
    return msg(46, staff("Dr. Henrike Wolters", "henrike.wolters"),
               a("Prof. Dr. Arnd Heinemeyer", "sekretariat@gutachten-heinemeyer.example"),
               "Gutachtenauftrag S-2025-035129",
               "2025-09-22 13:02",
               multi("mixed", [text(body),
                               attach(pdf(order, title="Gutachtenauftrag S-2025-035129", compress=True),
                                      CT_PDF, "Gutachtenauftrag_S-2025-035129.pdf")],
                     "----=_Part_046_Schildwacht"))


@mail("NORMAL", "de", "insurer-to-broker",
      "trap: commission statement totals for a broker firm (GmbH), company bank account; no customer data")
def m047():
    body = """Sehr geehrte Damen und Herren,

die Courtageabrechnung für das 1. Quartal 2025 steht ab sofort im
Maklerportal unter "Abrechnungen" zum Download bereit.

Zusammenfassung:
  Vertragspartner:           Brinkmann Versicherungsmakler GmbH
  Vermittlernummer:          VM-30-1187
  Abschlusscourtage:          4.812,60 EUR
  Bestandscourtage:           2.037,15 EUR
  Stornohaftung (Rückbel.):    -318,40 EUR
  Auszahlungsbetrag:          6.531,35 EUR

Die Überweisung erfolgt am 15.04.2025 auf das hinterlegte Geschäftskonto
der Brinkmann Versicherungsmakler GmbH (IBAN endet auf ...2871).

Die Einzelaufstellung mit den Verträgen finden Sie ausschließlich im
Portal.

Mit freundlichen Grüßen
Provisionsabrechnung
Schildwacht Rechtsschutzversicherung AG
"""
    return msg(47, staff("Provisionsabrechnung", "provision"),
               a("Brinkmann Versicherungsmakler GmbH", "buchhaltung@brinkmann-versicherungsmakler.example"),
               "Courtageabrechnung Q1/2025 – VM-30-1187",
               "2025-04-09 06:45", text(body, charset="utf-8", cte="quoted-printable"))


@mail("CONFIDENTIAL", "de", "internal",
      "internal recourse note: costs to recover from the opponent after a won court case for a named customer (cost order, amounts)")
def m048():
    body = """Hallo Hauke,

bitte übernimm den Regress im Fall S-2024-088217 (VN: Carsten Wöhler,
Vertrag 62-507733-0).

Stand:
- Urteil AG Peine vom 19.02.2025 (Az. 4 C 388/24) im Streit mit der
  Autohaus Fricke KG über die Rückabwicklung des Gebrauchtwagenkaufs
  (VW Golf, FIN WVWZZZAUZLW012588). Klage voll stattgegeben, Kosten
  trägt die Beklagte.
- Kostenfestsetzungsbeschluss vom 18.03.2025: 2.914,37 EUR nebst
  5 %-Punkten über Basiszins seit 24.02.2025 zugunsten des VN.
- Wir haben gezahlt: Anwalt 2.914,37 EUR + Gerichtskosten 1.002,00 EUR
  (die GK kommen über die Gerichtskasse zurück, Antrag ist gestellt).
- Nach § 86 VVG ist der Erstattungsanspruch auf uns übergegangen. Der
  Anwalt des VN (RA Henning Scholz, Peine) soll den Betrag an uns
  weiterleiten, bisher ist nichts gekommen.

Bitte Zahlungseingang überwachen und ggf. Vollstreckung anstoßen.

Danke und Gruß
Tobias
"""
    return msg(48, staff("Tobias Lenz", "tobias.lenz"),
               staff("Hauke Rethmeier", "hauke.rethmeier"),
               "Regress S-2024-088217 Wöhler – KFB liegt vor",
               "2025-03-24 10:21", text(body), mid_style=1)


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "divorce with domestic violence: named customer, protection order under the Violence Protection Act, injuries documented by a hospital")
def m049():
    body = """Dear Ms Haddad,

thank you for trusting us with this. I am sorry for what you have been
through.

I have checked your policy 62-691244-7 and can confirm:

1. Protection order (Gewaltschutzgesetz)
   The application to the Family Court Hannover for a protection order
   and the allocation of the flat (Wohnungszuweisung) is covered as part
   of your family-law cover. Your lawyer, Ms Schüttler, has already filed
   the urgent application on 2 September. The injuries documented at the
   emergency department of the Nordstadt hospital on 30 August
   (bruising of the neck and forearms, a cracked rib) will support the
   application.

2. Divorce
   The divorce itself is only covered as legal advice (up to EUR 500).
   For the court proceedings you can apply for legal aid
   (Verfahrenskostenhilfe); Ms Schüttler can help you with the form.

3. Criminal proceedings against your husband
   If you want to join the criminal proceedings as co-plaintiff
   (Nebenklage), this is covered by your victim protection module.

Claim number: S-2025-043361. No deductible applies.

If you do not want us to write to this e-mail address any more, or if
someone else has access to it, please tell us and we will only write to
you by post to the address you gave us.

With kind regards,
Greta Holthusen
International Claims Desk
"""
    return msg(49, staff("Greta Holthusen", "greta.holthusen"),
               a("Rania Haddad", "rania.h@safe-inbox.example"),
               "Your cover - family court and protection order",
               "2025-09-04 16:48", text(body))


@mail("NORMAL", "de", "insurer-to-customer",
      "trap: automated one-time password for the portal registration; only an e-mail address, no contract data")
def m050():
    body = """Guten Tag,

Sie haben soeben die Registrierung für das Schildwacht Kundenportal
gestartet.

Ihr Einmal-Passwort lautet:

    7K4-PQ9-2XM

Es ist 15 Minuten gültig und kann nur einmal verwendet werden. Geben Sie
es auf der Registrierungsseite ein und vergeben Sie danach ein eigenes
Passwort.

Sie haben keine Registrierung gestartet? Dann ignorieren Sie diese
E-Mail bitte. Wir fragen Sie niemals per E-Mail oder Telefon nach Ihrem
Passwort.

Ihr Schildwacht Kundenportal
https://kundenportal.schildwacht-rs.example

(Diese Nachricht wurde automatisch erstellt.)
"""
    return msg(50, staff("Schildwacht Kundenportal", "noreply-portal"),
               "k.hoffmeister@mailfach.example",
               "Ihr Einmal-Passwort für das Kundenportal",
               "2025-05-03 19:22:41", text(body, charset="utf-8", cte="base64"),
               extra=[("Auto-Submitted", "auto-generated")])


@mail("CONFIDENTIAL", "de", "broker",
      "broker's request forwarded: add traffic cover for a named customer with birth date, address, vehicle and previous insurer")
def m051():
    body = """Carina, bitte Nachtrag erfassen, Antrag unten vom Makler. VU-Wechsel
mit Vorvertrag, Vorschäden laut Makler keine. Danke, Nils

-------- Original-Nachricht --------
Betreff: Nachtrag Verkehrs-RS Kundin Jansen
Datum: 2025-03-17 11:02
Von: Tanja Wiegmann <t.wiegmann@wiegmann-finanz.example>
An: Nils Harmsen <nils.harmsen@schildwacht-rs.example>

Hallo Herr Harmsen,

für meine Kundin bitte den Baustein Verkehrs-Rechtsschutz zum
bestehenden Vertrag einschließen:

Versicherungsnehmerin: Lea Jansen, geb. 21.08.1991
Anschrift:             Hauptstraße 27a, 31655 Stadthagen
Vertrag:               62-477309-5 (Privat/Beruf, SB 150)
Beginn Nachtrag:       01.04.2025
Fahrzeug:              Skoda Octavia Combi, SHG-LJ 91
Vorversicherung:       Rechtsschutz Verkehr bei der Konkordia Direkt,
                       gekündigt zum 31.03.2025, schadenfrei seit 2019

Bitte Nachtrag und neue Beitragsrechnung an mich in Kopie.

Viele Grüße
Tanja Wiegmann
Wiegmann Finanz- und Versicherungsmakler e.K.
"""
    return msg(51, staff("Nils Harmsen", "nils.harmsen"),
               staff("Carina Pöhlmann", "carina.poehlmann"),
               "WG: Nachtrag Verkehrs-RS Kundin Jansen",
               "2025-03-17 11:40", text(body, charset="iso-8859-1", cte="8bit"), mid_style=2)


@mail("NORMAL", "en", "internal",
      "trap: IT rollout notice for the new document management with file categories like 'criminal' and 'health-related'; no case data")
def m052():
    body = """Dear colleagues,

the new document management system "AKTEplus" goes live on Monday,
8 September 2025. What changes for you:

* Incoming mail from the scanning centre is classified automatically
  into the new document categories:
    01 Cover request          07 Court decision
    02 Cover decision         08 Medical report / expert opinion
    03 Correspondence lawyer  09 Criminal file (indictment, penalty order)
    04 Fee note               10 Settlement
    05 Power of attorney      11 Payment / recourse
    06 Court filing           12 Other
* Categories 08 and 09 are flagged "special data" and can only be
  e-mailed via the SecureMail gateway. The "send as attachment" button is
  disabled for them.
* Old files stay in the legacy archive (read-only) until 2027.

Training sessions (45 min, Teams): 1, 2 and 3 September, 10:00 and 14:00.
Please book a slot in the learning portal.

Questions: it-servicedesk@schildwacht-rs.example, ext. 199.

Florian Dreesen
IT Application Management
"""
    return msg(52, staff("Florian Dreesen", "florian.dreesen"),
               a("All staff", "alle-hannover@" + DOM),
               "AKTEplus go-live on 8 September - what you need to know",
               "2025-08-25 14:00", text(body, charset="us-ascii", cte="7bit"), mid_style=2)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "social-court action over sickness benefit: named customer's recurrent depression (F33.1) and incapacity for work")
def m053():
    body = """Guten Tag Herr Kuhlmann,

Ihre Unterlagen zum Streit mit Ihrer Krankenkasse sind vollständig. Wir
haben Folgendes verstanden:

- Sie sind seit dem 19.08.2024 arbeitsunfähig wegen einer rezidivierenden
  depressiven Störung, gegenwärtig mittelgradige Episode (F33.1).
- Die Krankenkasse hat das Krankengeld zum 31.01.2025 eingestellt, weil
  der Medizinische Dienst Sie nach Aktenlage ab Februar wieder für
  arbeitsfähig hält.
- Ihr Psychiater, Herr Dr. Ostendorf, und die Tagesklinik, in der Sie
  von März bis Mai behandelt wurden, sehen das anders.
- Der Widerspruchsbescheid vom 28.05.2025 liegt vor.

Für die Klage vor dem Sozialgericht Hannover besteht Versicherungsschutz
(Vertrag 62-613380-2, Schadennummer S-2025-034402). Das Widerspruchs-
verfahren war leider nicht versichert.

Klagefrist: ein Monat nach Zugang des Widerspruchsbescheids. Bitte geben
Sie Ihrem Anwalt den Bescheid möglichst sofort.

Eine Selbstbeteiligung fällt in Ihrem Tarif nicht an.

Freundliche Grüße und alles Gute
Ramona Eickhoff
Sozialrechtsschutz
"""
    return msg(53, staff("Ramona Eickhoff", "ramona.eickhoff"),
               a("Jörn Kuhlmann", "joern.kuhlmann@nordpost.example"),
               "Ihre Klage gegen die Krankenkasse – Kostenzusage",
               "2025-06-03 09:11", text(body), mid_style=1)


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "deposit-refund dispute: named customer, former address, landlord, amounts, policy and claim number")
def m054():
    body = """Hi Mr O'Sullivan,

thanks for your quick reply and the photos of the handover.

Good news: your tenancy cover (policy 64-615592-4) applies. We have
opened claim S-2025-031990 for your claim against your former landlord,
Mr Reinhold Abeking, for the refund of the rent deposit of EUR 2,400 for
the flat at Wrangelstraße 12, 10997 Berlin, which you moved out of on
31 January 2025.

The landlord has kept the whole deposit, saying the wooden floor needs
to be sanded. The handover protocol you signed together does not mention
any damage, which helps.

Next steps:
1. Choose a lawyer in Berlin (or we suggest one - just reply).
2. The lawyer will first send a letter of demand with a deadline.
3. If the landlord does not pay, cover extends to a claim before the
   local court (Amtsgericht Kreuzberg).

Deductible: EUR 150.

Regards,
Daniel Okafor
"""
    return msg(54, staff("Daniel Okafor", "daniel.okafor"),
               a("Cian O'Sullivan", "cian.osullivan@eiremail.example"),
               "RE: deposit not returned - claim S-2025-031990",
               "2025-06-24 08:53", text(body),
               in_reply_to="<DB9PR-cos-0623@eiremail.example>", mid_style=1)


@mail("NORMAL", "de", "insurer-to-partner",
      "trap: submission to the insurers' association statistics (XLSX) with claim frequencies per area, no persons")
def m055():
    body = """Sehr geehrte Frau Dr. Rautenberg,

anbei unsere Meldung zur Verbandsstatistik Rechtsschutz für das
Geschäftsjahr 2024 (Meldebogen RS-3, Version 2025).

Hinweis zu Zeile 14 ("Sozialgerichtsverfahren"): Seit 2024 zählen wir
Klagen gegen Pflegekassen dort mit, bisher unter "Sonstige". Die
Vorjahreszahl haben wir zur Vergleichbarkeit angepasst.

Für Rückfragen stehe ich gern zur Verfügung.

Mit freundlichen Grüßen
Ole Kjellberg
Controlling & Rückversicherung
Schildwacht Rechtsschutzversicherung AG
"""
    wb = xlsx([("RS-3 2024", [
        ["Meldebogen RS-3", "Geschäftsjahr 2024", "Unternehmen: Schildwacht Rechtsschutzversicherung AG", ""],
        ["Zeile", "Rechtsgebiet", "Schadenfälle", "Schadenhäufigkeit je 1.000 Risiken"],
        [10, "Arbeitsrecht", 20418, 61.2],
        [11, "Wohnungs- und Grundstücksrecht", 15102, 45.3],
        [12, "Verkehrsrecht (Schadenersatz)", 9814, 29.4],
        [13, "Ordnungswidrigkeiten Verkehr", 8010, 24.0],
        [14, "Sozialgerichtsverfahren", 3211, 9.6],
        [15, "Strafverfahren", 2004, 6.0],
        [16, "Vertrags- und Sachenrecht", 13390, 40.1],
        [17, "Familien- und Erbrecht (Beratung)", 4288, 12.9],
        [18, "Steuerrecht", 1276, 3.8],
        [19, "Sonstige", 2117, 6.3],
        ["", "Summe", 79630, 238.6],
    ])])
    return msg(55, staff("Ole Kjellberg", "ole.kjellberg"),
               a("Dr. Silke Rautenberg", "statistik@versicherer-verband.example"),
               "Verbandsstatistik RS-3 für 2024",
               "2025-03-31 15:30",
               multi("mixed", [text(body), attach(wb, CT_XLSX, "RS-3_2024_Schildwacht.xlsx")],
                     "==_RS3_2024_125_=="), mid_style=1)


@mail("STRICTLY_CONFIDENTIAL", "de", "lawyer",
      "drink-driving prosecution (§ 316 StGB, 1.3 per mille, licence withdrawn) of a named customer; lawyer's request in a DOCX attachment, body harmless")
def m056():
    body = """Hallo Tobias,

Anfrage von RA Pohlmann im Anhang (er schickt neuerdings alles als Word-
Datei). Schadennummer habe ich angelegt: S-2025-040017.

Grüße
Petra
"""
    doc = docx([
        ("b", "Rechtsanwaltskanzlei Pohlmann · Bohlweg 9 · 38100 Braunschweig"),
        "Schildwacht Rechtsschutzversicherung AG, Leistungsabteilung",
        "Braunschweig, 20.08.2025",
        ("b", "Deckungsanfrage – Ihr VN Herr Kai-Uwe Brettschneider, VS-Nr. 63-401876-1"),
        "Sehr geehrte Damen und Herren,",
        "wir zeigen die Verteidigung Ihres Versicherungsnehmers an. Ihm wird vorgeworfen, am 26.07.2025 gegen 01:40 Uhr "
        "in Salzgitter-Lebenstedt mit seinem Pkw gefahren zu sein, obwohl er infolge Alkoholgenusses fahruntüchtig war "
        "(fahrlässige Trunkenheit im Verkehr, § 316 Abs. 2 StGB). Die Blutprobe ergab eine BAK von 1,31 Promille. "
        "Der Führerschein wurde beschlagnahmt, die vorläufige Entziehung der Fahrerlaubnis nach § 111a StPO ist beantragt.",
        "Der Mandant räumt die Fahrt ein, bestreitet aber die Verwertbarkeit der Blutprobe, weil kein richterlicher "
        "Beschluss eingeholt und der Messvorgang nicht ordnungsgemäß dokumentiert wurde.",
        "Da der Vorwurf auf Fahrlässigkeit lautet, bitten wir um Deckungszusage für das Ermittlungsverfahren und ein "
        "etwaiges gerichtliches Verfahren sowie für ein verkehrsmedizinisches Privatgutachten (Rückrechnung, Nachtrunk).",
        "Mit freundlichen Grüßen",
        "Pohlmann, Rechtsanwalt",
    ], title="Deckungsanfrage Brettschneider")
    return msg(56, staff("Petra Sönksen", "petra.soenksen"),
               staff("Tobias Lenz", "tobias.lenz"),
               "WG: Deckungsanfrage (Word)",
               "2025-08-21 08:26",
               multi("mixed", [text(body), attach(doc, CT_DOCX, "Deckungsanfrage_20082025.docx")],
                     "------=_NextPart_000_0056_01DC1234.125ABCDE"), mid_style=1)


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "inheritance advice cover (compulsory portion): named customer, deceased father, estate value, siblings; no cause of death")
def m057():
    body = """Sehr geehrte Frau Albers,

vielen Dank für Ihren Anruf. Zunächst unser herzliches Beileid zum Tod
Ihres Vaters.

Sie möchten wissen, ob und in welcher Höhe Ihnen ein Pflichtteil
zusteht, nachdem Ihr Vater, Herr Heinrich Albers (zuletzt wohnhaft in
Bückeburg), in seinem Testament vom 2019 Ihren Bruder als Alleinerben
eingesetzt hat. Der Nachlass besteht nach Ihren Angaben im Wesentlichen
aus dem Einfamilienhaus (geschätzt 310.000 EUR) und einem Sparguthaben
von ca. 45.000 EUR.

Erbrechtliche Streitigkeiten sind in Ihrem Vertrag 62-744051-3 als
Beratungs-Rechtsschutz versichert:

  - eine Erstberatung bei einer Anwältin/einem Anwalt Ihrer Wahl,
  - Kosten bis 250 EUR je Rechtsschutzfall (Tarif Basis),
  - keine Selbstbeteiligung.

Die Geltendmachung des Pflichtteils gegenüber Ihrem Bruder (Auskunft,
Wertermittlung, Klage) ist leider nicht versichert. Alternativ können wir
Ihnen eine Mediation anbieten, falls Sie und Ihr Bruder sich einigen
möchten – die Kosten dafür übernehmen wir vollständig.

Schadennummer: S-2025-025530

Mit freundlichen Grüßen
Marlene Thiessen
Familien- und Erbrecht
"""
    return msg(57, staff("Marlene Thiessen", "marlene.thiessen"),
               a("Ute Albers", "ute.albers@schaumburg-mail.example"),
               "Ihre Frage zum Pflichtteil – Beratungsrechtsschutz",
               "2025-04-29 11:34", text(body, charset="windows-1252"), mid_style=1)


@mail("NORMAL", "en", "insurer-to-supplier",
      "trap: translation purchase order for policy wordings and product sheets; only company data")
def m058():
    body = """Dear Ms Brennan,

following your quote no. Q-25-0412 of 4 March, we are pleased to place
the following order:

  PO number:     EK-2025-0188
  Service:       translation German > English (UK)
  Documents:     ARB 2025 policy wording (approx. 21,400 words)
                 product information sheets "Basis", "Komfort",
                 "Premium" (3 x approx. 1,100 words)
                 glossary update (approx. 250 terms)
  Rate:          EUR 0.14 per source word, glossary flat EUR 300
  Delivery:      DOCX with tracked changes, by 11 April 2025
  Invoice to:    Schildwacht Rechtsschutzversicherung AG, Accounts Payable,
                 Am Schiffgraben 61, 30175 Hannover, quoting the PO number

Please use the terminology of our existing glossary, in particular
"legal expenses insurance" (not "legal protection insurance") and
"waiting period" for "Wartezeit".

Our confidentiality terms and the NDA signed in 2023 apply.

Kind regards,
Katharina Baltruschat
Purchasing
"""
    return msg(58, staff("Katharina Baltruschat", "katharina.baltruschat"),
               a("Siobhan Brennan", "projects@lexica-translations.example"),
               "Purchase order EK-2025-0188 - translation ARB 2025",
               "2025-03-06 09:14", text(body, charset="us-ascii", cte="7bit"))


@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "internal question on special criminal cover for a named managing director accused of breach of trust (§ 266 StGB); corporate policy")
def m059():
    body = """Benedikt,

quick question before I reply to the broker (Ashdown, Frankfurt).

Policyholder: Vantria Components GmbH, Offenbach, corporate special
criminal legal expenses policy SSR-80-011902 (insured persons: managing
directors and authorised officers).

Insured person concerned: Mr Dr. Florian Mertens, managing director.
The public prosecutor in Darmstadt has opened an investigation against
him for breach of trust (Untreue, § 266 StGB) in connection with
consulting fees of about EUR 410,000 paid to a company owned by his
brother-in-law. The premises were searched on 2 July, his laptop was
seized. The company itself (new majority shareholder) seems to support
the investigation.

My questions:
1. The policyholder is the company, but the company now has a conflict
   of interest. Can we still pay Mr Mertens' defence counsel directly?
2. The fee agreement of his counsel is EUR 450/hour. Our wording allows
   agreed fees up to EUR 350/hour - correct?
3. Do we need the company's consent to disclose the status to him?

Thanks,
Greta
"""
    return msg(59, staff("Greta Holthusen", "greta.holthusen"),
               staff("Benedikt Kurz", "benedikt.kurz"),
               "Special criminal cover - Vantria / Dr. Mertens - conflict with policyholder?",
               "2025-07-08 12:20", text(body), mid_style=1)


@mail("NORMAL", "de", "internal",
      "trap: training invitation (ICS) on the 2025 lawyers' fee reform; no persons beyond the trainer")
def m060():
    body = """Liebe Kolleginnen und Kollegen aus Leistung und Kostenprüfung,

zum 01.06.2025 sind die Gebühren nach dem RVG gestiegen (Kosten- und
Betreuervergütungsrechtsänderungsgesetz 2025). Was ändert sich für die
Prüfung von Kostennoten? Wann gilt altes, wann neues Recht (§ 60 RVG)?

Dazu lade ich zu einer 90-minütigen Schulung ein:

  Mittwoch, 18.06.2025, 14:00–15:30 Uhr
  Raum 4.12 "Leine" und per Teams
  Referentin: Aylin Kaya, Kostenprüfung

Die Einladung hängt als Kalendereintrag an.

Viele Grüße
Lena Brüggemann
Personalentwicklung
"""
    cal = ics([
        "BEGIN:VCALENDAR",
        "PRODID:-//Schildwacht RS//Kalender 1.0//DE",
        "VERSION:2.0",
        "METHOD:REQUEST",
        "BEGIN:VEVENT",
        "UID:rvg-schulung-20250618@schildwacht-rs.example",
        "DTSTAMP:20250602T080000Z",
        "DTSTART;TZID=Europe/Berlin:20250618T140000",
        "DTEND;TZID=Europe/Berlin:20250618T153000",
        "SUMMARY:Schulung RVG 2025 – neue Gebühren in der Kostenprüfung",
        "LOCATION:Raum 4.12 Leine / Microsoft Teams",
        "ORGANIZER;CN=Lena Brüggemann:mailto:lena.brueggemann@schildwacht-rs.example",
        "DESCRIPTION:Überblick über die Gebührenerhöhung zum 01.06.2025\\, Übergangs",
        " recht nach § 60 RVG\\, Beispiele aus der Kostenprüfung.",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    return msg(60, staff("Lena Brüggemann", "lena.brueggemann"),
               a("Leistung und Kostenprüfung", "leistung-rs@" + DOM),
               "Einladung: Schulung RVG 2025 (18.06., 14 Uhr)",
               "2025-06-02 10:00",
               multi("mixed", [text(body),
                               attach(cal, "text/calendar; method=REQUEST", "einladung.ics", charset="UTF-8")],
                     "_cal_060_rvg_"), mid_style=1)

@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "change of lawyer: costs of the second lawyer not covered; named customer, claim and policy numbers, landlord dispute")
def m061():
    body = """Dear Dr. Petrović,

you asked whether we will pay for a second lawyer after you ended the
mandate with Ms Westphal in your dispute with your landlord about the
terrace renovation (claim S-2025-012644, policy 64-238810-7).

I am afraid we can only pay for one lawyer per case. Ms Westphal has
already earned her fees for the out-of-court representation (1.3
business fee from a value of EUR 6,200, i.e. EUR 579.80 plus expenses
and VAT = EUR 713.76), and we have paid her invoice. If a new lawyer
takes over, the same fee arises again; under section 5(1)(a) ARB we do
not cover the additional costs caused by a change of lawyer unless the
change was necessary for reasons you are not responsible for (e.g. the
lawyer gave up her practice or fell ill).

You wrote that you were unhappy with how slowly Ms Westphal worked. I
understand this, but unfortunately it does not make the change necessary
in the sense of our terms.

Of course you are free to instruct Mr Brandt; in that case his fees for
the out-of-court stage are for your own account. Should the landlord
sue, the court proceedings are covered again in full (minus your
deductible), regardless of which lawyer represents you.

Kind regards,
Yusuf Demirtas
Residential & Property Legal Expenses
"""
    return msg(61, staff("Yusuf Demirtas", "yusuf.demirtas"),
               a("Dr. Jelena Petrović", "j.petrovic@uni-mail.example"),
               "Your question: change of lawyer (claim S-2025-012644)",
               "2025-03-14 14:26", text(body), mid_style=1)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "warning letter over absences: named customer's migraine attacks and doctor's notes are the subject")
def m062():
    body = """Hallo Frau Siebert,

danke für den Scan der Abmahnung. Ich habe mir das angesehen.

Ihr Arbeitgeber (Praxisgemeinschaft am Aegi – Sie arbeiten dort als
Empfangskraft) mahnt Sie ab, weil Sie sich im März und April viermal
kurzfristig morgens krankgemeldet haben. Sie schreiben, dass das jeweils
Migräneattacken mit Erbrechen waren und Sie für alle Tage eine
Arbeitsunfähigkeitsbescheinigung Ihrer Neurologin vorgelegt haben.

Eine Abmahnung wegen krankheitsbedingter Fehlzeiten ist in der Regel
unwirksam – Krankheit ist kein Fehlverhalten. Anders wäre es nur, wenn
Sie die Krankmeldung zu spät abgegeben hätten.

Versicherungsschutz (Vertrag 62-552871-4, Schadennummer S-2025-023311):
Wir übernehmen die Kosten für einen Anwalt, der die Entfernung der
Abmahnung aus Ihrer Personalakte verlangt – zunächst außergerichtlich,
Gegenstandswert üblicherweise ein Bruttomonatsgehalt. Selbstbeteiligung
150 EUR.

Tipp: Vor einer Klage nur wegen der Abmahnung überlegen Sie bitte mit
Ihrem Anwalt, ob sich das lohnt – manchmal reicht eine Gegendarstellung
zur Personalakte.

Freundliche Grüße
Jens Raabe
"""
    return msg(62, staff("Jens Raabe", "jens.raabe"),
               a("Nadine Siebert", "nadine.siebert@webpost.example"),
               "AW: Abmahnung – zahlt die Versicherung?",
               "2025-04-25 10:07", text(body, charset="windows-1252"),
               in_reply_to="<f2a9c7e1-0424-siebert@webpost.example>", mid_style=1)


@mail("NORMAL", "en", "newsletter",
      "trap: customer newsletter (text + HTML) on flight delays and passenger rights; generic, no persons")
def m063():
    plain = """SCHILDWACHT LEGAL INSIGHTS - Summer special

Flight delayed? Know your rights.

Under EU Regulation 261/2004 you can claim compensation of EUR 250,
400 or 600 per passenger, depending on the distance, if your flight
arrives more than three hours late - unless the airline can prove
"extraordinary circumstances" such as a storm or an air traffic control
strike.

Three tips:
  1. Ask at the gate for the reason of the delay in writing.
  2. Keep boarding passes and receipts for meals and hotels.
  3. Claim directly from the airline first; if it refuses, your
     contract legal expenses cover pays for a lawyer.

Did you know? In 2024, 18 % of our contract law claims were about
travel - most of them flight delays and cancelled package holidays.

Enjoy your summer!
Your Schildwacht team

Unsubscribe: https://www.schildwacht-rs.example/newsletter/unsubscribe
"""
    htmlpart = """<html><body style="font-family:Georgia,serif;max-width:600px">
<p style="font-size:11px;color:#888">SCHILDWACHT LEGAL INSIGHTS &middot; Summer special</p>
<h1 style="font-size:22px">Flight delayed? Know your rights.</h1>
<p>Under EU Regulation 261/2004 you can claim compensation of <b>EUR 250, 400 or 600</b> per passenger,
depending on the distance, if your flight arrives more than three hours late &ndash; unless the airline
can prove &ldquo;extraordinary circumstances&rdquo; such as a storm or an air traffic control strike.</p>
<h2 style="font-size:16px">Three tips</h2>
<ol><li>Ask at the gate for the reason of the delay in writing.</li>
<li>Keep boarding passes and receipts for meals and hotels.</li>
<li>Claim directly from the airline first; if it refuses, your contract legal expenses cover pays for a lawyer.</li></ol>
<p style="background:#eef5f9;padding:8px"><i>Did you know?</i> In 2024, 18&nbsp;% of our contract law claims were about
travel &ndash; most of them flight delays and cancelled package holidays.</p>
<p>Enjoy your summer!<br>Your Schildwacht team</p>
<p style="font-size:10px"><a href="https://www.schildwacht-rs.example/newsletter/unsubscribe">Unsubscribe</a></p>
</body></html>
"""
    return msg(63, staff("Schildwacht Legal Insights", "newsletter"),
               a("", "undisclosed-recipients:;"),
               "Flight delayed? Know your rights",
               "2025-07-01 07:00",
               multi("alternative", [text(plain, charset="us-ascii", cte="7bit"), html(htmlpart)],
                     "=_summer25_alt_063"),
               extra=[("Precedence", "bulk"),
                      ("List-Unsubscribe", "<https://www.schildwacht-rs.example/newsletter/unsubscribe>")])


@mail("CONFIDENTIAL", "en", "lawyer",
      "lawyer's advance-fee request forwarded with the fee-note PDF: named client, employer, salary-based dispute value")
def m064():
    body = """Aylin,

advance request from Hellweg Partners for Mrs Hargreaves-Roth, see
attached note. Cover for the Labour Court action was confirmed on 15
April (S-2025-026204). Could you check the figures and release the
advance? They calculate on the new fee table, but the mandate is from
April - old table I think.

Thanks,
Greta

-----Original Message-----
From: Hellweg Partners Billing <billing@hellweg-partners.example>
Sent: Wednesday, 4 June 2025 09:40
To: claims@schildwacht-rs.example
Subject: Advance payment - Hargreaves-Roth ./. Nordlicht Media GmbH - your ref. S-2025-026204

Dear Sir or Madam,

please find attached our request for an advance on fees (Vorschuss,
section 9 RVG) in the above matter. Kindly transfer the amount to our
client account stated in the note.

Kind regards
Billing Department, Hellweg Partners Rechtsanwälte PartG mbB
"""
    note = [
        "# Hellweg Partners Rechtsanwälte PartG mbB",
        "Kaiser-Wilhelm-Ring 18, 50672 Köln",
        "",
        "Schildwacht Rechtsschutzversicherung AG, 30175 Hannover",
        "Your ref.: S-2025-026204 / Client: Mrs Amelia Hargreaves-Roth",
        "Matter: Hargreaves-Roth ./. Nordlicht Media GmbH, ArbG Köln 12 Ca 2281/25",
        "",
        "# Vorschussanforderung / advance fee note no. V-2025-1187",
        "Gegenstandswert: 15.450,00 EUR (3 x 5.150,00 EUR gross monthly salary)",
        "",
        "1,3 Verfahrensgebühr Nr. 3100 VV RVG            1.010,10 EUR",
        "1,2 Terminsgebühr Nr. 3104 VV RVG                 932,40 EUR",
        "Pauschale Nr. 7002 VV RVG                          20,00 EUR",
        "Zwischensumme                                   1.962,50 EUR",
        "19 % USt. Nr. 7008 VV RVG                         372,88 EUR",
        "Vorschuss gesamt                                2.335,38 EUR",
        "",
        "Payment to: Hellweg Partners PartG mbB, Kanzleianderkonto",
        "IBAN DE83 6443 1401 6493 1894 24",
        "Reference: V-2025-1187 Hargreaves-Roth",
        "",
        "Köln, 03.06.2025",
    ]
    return msg(64, staff("Greta Holthusen", "greta.holthusen"),
               staff("Aylin Kaya", "aylin.kaya"),
               "FW: Advance payment - Hargreaves-Roth ./. Nordlicht Media GmbH - your ref. S-2025-026204",
               "2025-06-04 11:12",
               multi("mixed", [text(body),
                               attach(pdf(note, title="Vorschuss V-2025-1187", author="Hellweg Partners"),
                                      CT_PDF, "V-2025-1187.pdf")],
                     "_004_AM6PR-064-hellweg_"), mid_style=1)


@mail("NORMAL", "de", "internal",
      "trap: fictitious training case study (burnout, dismissal, Pflegegrad) explicitly marked as invented")
def m065():
    body = """Liebe Alle,

für die Einarbeitung der neuen Kolleginnen im Oktober habe ich die
Fallstudie "Deckungsprüfung Schritt für Schritt" überarbeitet. Der Fall
ist komplett erfunden, Namen und Zahlen sind frei gewählt – bitte
trotzdem Feedback, ob er realistisch wirkt.

--- FALLSTUDIE (fiktiv) ---

Frau Erika Musterfrau (fiktiv), 52, Sachbearbeiterin, Vertrag
"00-000000-0", ruft an: Ihr Arbeitgeber habe ihr nach langer
Krankheit (Burnout, Reha) gekündigt. Außerdem streite sie mit der
Pflegekasse über den Pflegegrad ihrer Mutter.

Aufgaben:
 a) Welche Rechtsschutzfälle liegen vor? (Arbeitsrecht; Sozialrecht –
    aber ist die VN überhaupt selbst Beteiligte im Pflegekassen-Streit?)
 b) Wann ist jeweils der Rechtsschutzfall eingetreten (§ 4 ARB)?
 c) Welche Wartezeiten gelten?
 d) Welche Daten sind besonders schützenswert und wie dürfen Sie die
    Deckungszusage verschicken?

Lösungshinweise stehen im separaten Dokument (nur für Trainer).

--- ENDE ---

Danke!
Lena
"""
    return msg(65, staff("Lena Brüggemann", "lena.brueggemann"),
               [staff("Jens Raabe", "jens.raabe"), staff("Ramona Eickhoff", "ramona.eickhoff")],
               "Fallstudie Einarbeitung – bitte kurz drüberschauen",
               "2025-09-10 13:50", text(body, cte="8bit"), mid_style=2)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "social-court cover for the 'G' mark on the disability card: named customer's walking impairment after a stroke")
def m066():
    body = """Sehr geehrter Herr Grabowski,

Ihr Sohn hat uns in Ihrem Auftrag den Widerspruchsbescheid des
Niedersächsischen Landesamts für Soziales, Jugend und Familie vom
07.07.2025 geschickt.

Das Amt hat Ihren GdB zwar auf 70 erhöht, das Merkzeichen "G"
(erhebliche Beeinträchtigung der Bewegungsfähigkeit im Straßenverkehr)
aber abgelehnt. Nach dem Schlaganfall im November 2024 haben Sie eine
Halbseitenschwäche rechts und können laut Ihrer Neurologin nur etwa 400
Meter mit Rollator gehen.

Für die Klage vor dem Sozialgericht Oldenburg besteht Versicherungsschutz
(Vertrag 62-198832-0, Schadennummer S-2025-039184). Die Kosten eines
Gutachtens nach § 109 SGG übernehmen wir ebenfalls, falls Ihr Anwalt ein
solches beantragt.

Die Klagefrist endet einen Monat nach Zugang des Bescheids. Bitte leiten
Sie die Unterlagen daher gleich an Ihren Anwalt weiter.

Mit freundlichen Grüßen
Ramona Eickhoff
Sozialrechtsschutz

""" + FOOT_DE
    return msg(66, staff("Ramona Eickhoff", "ramona.eickhoff"),
               a("Zbigniew Grabowski", "familie.grabowski@ol-mail.example"),
               "Merkzeichen G – Kostenzusage Klage",
               "2025-07-15 09:30", text(body), mid_style=1)


@mail("CONFIDENTIAL", "de", "insurer-to-lawyer",
      "divorce advice cover with both spouses' incomes and the family home; named client; no special categories")
def m067():
    body = """Sehr geehrte Frau Rechtsanwältin Schüttler,

in Sachen Ihrer Mandantin Frau Katrin Vogelsang (Vertrag 62-381190-8,
unser Zeichen S-2025-027035) bestätigen wir Beratungs-Rechtsschutz im
Familienrecht:

  - eine Erstberatung zu Trennung, Scheidung, Trennungs- und
    Kindesunterhalt sowie Zugewinn- und Versorgungsausgleich,
  - Gebühr nach Nr. 2102 VV RVG, höchstens 250,00 EUR zzgl. USt.
    (Verbraucher-Erstberatung), Tarif Komfort.

Die Vertretung im Scheidungsverfahren selbst ist nicht versichert.

Zu Ihrer Information, da Sie danach gefragt hatten: Nach den uns von der
Mandantin gemachten Angaben verdient sie 2.850 EUR netto (Teilzeit, 30
Std.), ihr Ehemann ca. 5.400 EUR netto; die gemeinsame Doppelhaushälfte
in Garbsen ist mit rund 180.000 EUR finanziert. Diese Angaben haben wir
nicht geprüft.

Mit freundlichen Grüßen
Marlene Thiessen
Familien- und Erbrecht
"""
    return msg(67, staff("Marlene Thiessen", "marlene.thiessen"),
               a("RAin Miriam Schüttler", "kanzlei@schuettler-recht.example"),
               "Vogelsang – Beratungsrechtsschutz Familienrecht",
               "2025-05-16 12:19", text(body, charset="windows-1252", cte="quoted-printable"), mid_style=1)


@mail("NORMAL", "en", "insurer-to-partner",
      "trap: statement to a journalist on rising employment disputes with aggregate figures only")
def m068():
    body = """Dear Ms Forsyth,

thank you for your enquiry for your article on legal disputes in
Germany. Please find our statement below; you may quote it attributed to
Dr. Henrike Wolters, Head of Claims.

"We are seeing a clear rise in employment disputes: in the first half
of 2025 our customers reported 14 per cent more employment cases than a
year earlier. Most of them concern dismissals for operational reasons in
industry and logistics, but we also see more conflicts about working
from home and about overtime. Disputes about sick pay and long-term
illness have increased as well, by about 9 per cent. In four out of five
dismissal cases the parties settle, usually with a severance payment."

Background figures (H1 2025, all customers, no individual data):
  - new employment claims: 10,612
  - share settled in court: 63 %
  - average duration of a dismissal case: 4.1 months

If you need a photo of Dr. Wolters, please let me know.

Best regards,
Sophie Wendt
Press Office
Schildwacht Rechtsschutzversicherung AG
presse@schildwacht-rs.example | +49 511 9744-120
"""
    return msg(68, staff("Sophie Wendt", "sophie.wendt"),
               a("Alison Forsyth", "a.forsyth@european-business-review.example"),
               "Statement - employment disputes in Germany",
               "2025-07-23 16:10", text(body, charset="us-ascii", cte="7bit"))


@mail("STRICTLY_CONFIDENTIAL", "en", "lawyer",
      "discrimination claim: named client not hired because she wears a headscarf (religion); lawyer's request quoted in reply")
def m069():
    body = """Dear Ms Aydın-Kraus,

thank you - cover is confirmed for your client's claim under the
General Equal Treatment Act (claim S-2025-030012, policy 62-820013-9),
including the two-month deadline letter and, if necessary, an action
before the Labour Court Frankfurt.

Gegenstandswert for the fee calculation: we accept three monthly
salaries of the advertised position (3 x EUR 3,900).

Kind regards,
Jens Raabe

> -----Original Message-----
> From: Selin Aydın-Kraus <s.aydin-kraus@kanzlei-aydin-kraus.example>
> Sent: Monday, 16 June 2025 10:02
> To: claims@schildwacht-rs.example
> Subject: Ms Nour El-Masri - AGG claim - request for cover
>
> Dear Sir or Madam,
>
> I represent Ms Nour El-Masri, your policyholder (policy 62-820013-9).
> Ms El-Masri applied for a position as a customer advisor with
> Mainbrücke Optik GmbH in Frankfurt. After the interview on 21 May
> 2025 the store manager told her that she would be hired "if she took
> off her headscarf at work, because customers expect a neutral
> appearance". She declined, as she wears the headscarf for religious
> reasons as a practising Muslim. On 28 May she received a rejection.
>
> We intend to claim compensation under sections 15(2) and 22 AGG
> (discrimination on grounds of religion). The deadline under section
> 15(4) AGG expires on 28 July 2025.
>
> We would be grateful for confirmation of cover.
>
> Kind regards
> Selin Aydın-Kraus, Rechtsanwältin
"""
    return msg(69, staff("Jens Raabe", "jens.raabe"),
               a("Selin Aydın-Kraus", "s.aydin-kraus@kanzlei-aydin-kraus.example"),
               "RE: Ms Nour El-Masri - AGG claim - request for cover",
               "2025-06-17 08:41", text(body),
               in_reply_to="<AM0P-0616-elmasri@kanzlei-aydin-kraus.example>", mid_style=1)


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "termination of the policy after two claims within twelve months: named customer, policy number, claim list, refund")
def m070():
    body = """Sehr geehrter Herr Rosenthal,

wir haben in den letzten zwölf Monaten zwei Rechtsschutzfälle aus Ihrem
Vertrag 62-905880-1 bearbeitet und bezahlt:

  S-2024-091207  Streit mit Bauträger (Vertragsrecht)    8.912,40 EUR
  S-2025-013560  Nachbarschaftsstreit (Grundstücksrecht)  3.207,18 EUR

Nach § 13 Abs. 2 ARB 2021 kann der Versicherer den Vertrag kündigen,
wenn er für mindestens zwei innerhalb von zwölf Monaten eingetretene
Rechtsschutzfälle seine Leistungspflicht bejaht hat.

Von diesem Recht machen wir Gebrauch und kündigen Ihren Vertrag mit
einer Frist von einem Monat zum 31.05.2025. Für die genannten Fälle
bleibt der Versicherungsschutz selbstverständlich bestehen.

Den zu viel gezahlten Beitrag für Juni bis Dezember (229,60 EUR)
überweisen wir Ihnen auf Ihr bekanntes Konto.

Diese E-Mail ist eine Vorab-Information; die Kündigung erhalten Sie
zusätzlich per Einschreiben.

Mit freundlichen Grüßen
Carina Pöhlmann
Vertragsverwaltung
"""
    return msg(70, staff("Carina Pöhlmann", "carina.poehlmann"),
               a("Andreas Rosenthal", "a.rosenthal@posteo-mail.example"),
               "Ihr Vertrag 62-905880-1 – Kündigung nach Rechtsschutzfällen",
               "2025-04-28 15:15", text(body), mid_style=1)


@mail("NORMAL", "de", "internal",
      "trap: text template for cover refusals with «placeholders» and diagnosis/criminal examples in brackets; no real person")
def m071():
    body = """Hallo Team,

der überarbeitete Textbaustein TB-17 "Ablehnung Vorvertraglichkeit" ist
im Textsystem freigegeben. Zum Nachlesen hier der Wortlaut:

-----------------------------------------------------------------
Sehr geehrte(r) «Anrede» «Nachname»,

wir haben Ihre Anfrage vom «Datum_Anfrage» zu «Kurzbeschreibung,
z. B. 'Streit mit Ihrem Arbeitgeber über die Kündigung' oder 'Klage
gegen die Rentenversicherung wegen Erwerbsminderungsrente'» geprüft.

Leider können wir keinen Versicherungsschutz bieten. Ihr Vertrag
«Vertragsnummer» besteht seit dem «Vertragsbeginn». Nach Ihren Angaben
hat «Gegner» bereits am «Datum_Verstoß» «Verstoß» – also vor
Vertragsbeginn bzw. innerhalb der Wartezeit von «Wartezeit» Monaten.

[Nur bei Sozial-RS einfügen: Bitte beachten Sie, dass medizinische
Unterlagen von uns nicht benötigt werden und Sie uns keine Befunde
schicken müssen.]

[Nur bei Straf-RS einfügen: Diese Entscheidung betrifft nicht die Frage,
ob der Vorwurf zutrifft.]

Schadennummer: «Schadennummer»
-----------------------------------------------------------------

Neu sind die beiden eckigen Hinweise – die Sozial-RS-Kollegen hatten
darum gebeten, weil Kunden uns sonst ungefragt Arztberichte schicken.

Viele Grüße
Henrike
"""
    return msg(71, staff("Dr. Henrike Wolters", "henrike.wolters"),
               a("Team Leistung", "leistung-rs@" + DOM),
               "TB-17 Ablehnung Vorvertraglichkeit – neue Fassung freigegeben",
               "2025-02-18 09:25", text(body), mid_style=2)


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "harmless body; the XLSX sample list for the quality check names customers with criminal charges (offence, file numbers)")
def m072():
    body = """Hallo Benedikt,

wie besprochen die Stichprobe für die QS-Prüfung Q2 (5 Akten Straf-RS,
zufällig gezogen). Bitte bis 15.08. prüfen, Ergebnis in Spalte H.

Danke
Aylin
"""
    wb = xlsx([("Stichprobe Q2", [
        ["Lfd.", "Schadennr.", "VN", "Vorwurf", "Az. StA/Gericht", "Stand", "Zusage", "Prüfergebnis"],
        [1, "S-2025-019017", "Kai Brandhorst", "Unerlaubtes Entfernen vom Unfallort (§ 142 StGB)", "StA Hannover 1101 Js 2381/25", "eingestellt § 153a StPO", "ja", ""],
        [2, "S-2025-022504", "Jasmin Okoye", "Fahrlässige Körperverletzung (§ 229 StGB)", "AG Celle 14 Cs 88/25", "Strafbefehl 40 TS", "ja", ""],
        [3, "S-2025-024180", "Ralf Neuhaus", "Nötigung im Straßenverkehr (§ 240 StGB)", "StA Verden 512 Js 6610/25", "laufend", "ja, vorläufig", ""],
        [4, "S-2025-027733", "Tim Gehrke", "Trunkenheit im Verkehr (§ 316 StGB)", "AG Hameln 9 Ds 41/25", "Urteil: Geldstrafe, Sperrfrist 9 Mon.", "ja", ""],
        [5, "S-2025-029901", "Svetlana Morozova", "Urkundenfälschung (§ 267 StGB)", "StA Hildesheim 22 Js 1933/25", "Anklage", "abgelehnt (Vorsatz)", ""],
    ])])
    return msg(72, staff("Aylin Kaya", "aylin.kaya"),
               staff("Benedikt Kurz", "benedikt.kurz"),
               "QS-Stichprobe Q2",
               "2025-07-28 11:02",
               multi("mixed", [text(body), attach(wb, CT_XLSX, "QS_Stichprobe_Q2_2025.xlsx")],
                     "------------QS072Q2"), mid_style=1)


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "used-car dispute with a dealer: named customer, VIN, purchase price, policy and claim numbers")
def m073():
    body = """Dear Mr Kowalski-Lee,

we have reviewed your documents regarding the BMW 320d you bought on
3 May 2025 from Autohaus Segelke GmbH in Bremen.

  Vehicle:          BMW 320d Touring, VIN WBA8E11060K125733
  Purchase price:   EUR 21,990
  Defect reported:  gearbox slipping, diagnosis by an independent
                    garage on 2 June (repair estimate EUR 4,380)
  Policy:           63-560217-8 (vehicle contract legal expenses)
  Claim number:     S-2025-033804

The dealer refuses to repair because the car was sold "as seen". Within
the first 12 months after delivery the law presumes that a defect
already existed at the time of sale if the buyer is a consumer (section
477 BGB), and a dealer cannot exclude the warranty towards consumers.

We therefore confirm cover for a lawyer to demand repair (Nacherfüllung)
and, if the dealer refuses again, to withdraw from the contract. Costs
for an independent expert opinion are covered if the lawyer considers
it necessary. Deductible: EUR 150.

Best regards,
Tobias Lenz
"""
    return msg(73, staff("Tobias Lenz", "tobias.lenz"),
               a("Marek Kowalski-Lee", "marek.kl@inbox-mail.example"),
               "Your BMW - claim S-2025-033804 - cover confirmed",
               "2025-06-06 12:48", text(body))


@mail("NORMAL", "de", "newsletter",
      "trap: legal publisher newsletter on the new child-maintenance table (amounts by income band and age), forwarded; no person")
def m074():
    body = """Zur Info für die Beratungsfälle Familienrecht – neue Tabelle gilt ab 1.1.
Marlene

---------- Weitergeleitete Nachricht ----------
Von: Familienrecht kompakt <redaktion@familienrecht-kompakt.example>
Datum: Mo., 16. Dez. 2024 um 07:00
Betreff: Düsseldorfer Tabelle 2025 veröffentlicht

FAMILIENRECHT KOMPAKT – Ausgabe 50/2024

Düsseldorfer Tabelle 2025: Bedarfssätze steigen nur in den Altersstufen

Das OLG Düsseldorf hat die neue Tabelle veröffentlicht. Die Bedarfssätze
der 1. Einkommensgruppe (bis 2.100 EUR netto) betragen ab 01.01.2025:

  0-5 Jahre     482 EUR
  6-11 Jahre    554 EUR
  12-17 Jahre   649 EUR
  ab 18 Jahre   693 EUR

Der Selbstbehalt des erwerbstätigen Unterhaltspflichtigen gegenüber
minderjährigen Kindern bleibt bei 1.450 EUR. Das Kindergeld steigt auf
255 EUR; es wird bei minderjährigen Kindern zur Hälfte angerechnet.

Weitere Themen:
- BGH zum Wechselmodell: Unterhaltsberechnung bei 50:50-Betreuung
- Checkliste Versorgungsausgleich

Abbestellen: https://www.familienrecht-kompakt.example/abmelden
"""
    return msg(74, staff("Marlene Thiessen", "marlene.thiessen"),
               a("Team Familie/Erbe", "team-familie@" + DOM),
               "WG: Düsseldorfer Tabelle 2025 veröffentlicht",
               "2024-12-16 08:21", text(body, charset="windows-1252", cte="8bit"), mid_style=2)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "contract dispute with a home-care service: the named customer's mother has care level 4 and dementia; bedsores alleged")
def m075():
    body = """Sehr geehrte Frau Dierks,

Sie streiten mit dem ambulanten Pflegedienst "Pflege zu Hause Sonnenhof
GmbH" über die Abrechnung für die Versorgung Ihrer Mutter, Frau Hedwig
Dierks, für die Sie Betreuerin sind.

Nach Ihrer Schilderung hat Ihre Mutter Pflegegrad 4 bei fortgeschrittener
Demenz. Der Pflegedienst hat für Mai und Juni 2025 Leistungen berechnet
(Wundversorgung, Lagerung), die nach Ihren Beobachtungen nicht erbracht
wurden; in dieser Zeit hat sich bei Ihrer Mutter ein Druckgeschwür am
Steißbein entwickelt, das inzwischen im Krankenhaus behandelt wird. Der
Pflegedienst verlangt 1.842,50 EUR Eigenanteil und hat den Vertrag
gekündigt.

Versicherungsschutz besteht für Sie als Versicherungsnehmerin, soweit Sie
eigene Ansprüche haben (Vertrag 62-442905-6). Da Sie den Pflegevertrag
als Betreuerin im Namen Ihrer Mutter geschlossen haben, ist
Vertragspartnerin Ihre Mutter – sie ist in Ihrem Vertrag als im Haushalt
lebende Angehörige mitversichert. Wir bestätigen daher Deckung für die
Abwehr der Forderung und für Schadensersatzansprüche Ihrer Mutter.

Schadennummer: S-2025-037702. Selbstbeteiligung 150 EUR.

Mit freundlichen Grüßen
Marlene Thiessen
"""
    return msg(75, staff("Marlene Thiessen", "marlene.thiessen"),
               a("Gesine Dierks", "gesine.dierks@mailfach.example"),
               "Pflegedienst Sonnenhof – Deckungszusage",
               "2025-07-09 14:37", text(body), mid_style=1)

@mail("CONFIDENTIAL", "mixed", "insurer-to-customer",
      "bilingual German/English letter on a tenancy repair dispute: named customer, address, rent reduction amounts, policy and claim numbers")
def m076():
    body = """Sehr geehrte Frau Lindgren-Weber, dear Ms Lindgren-Weber,

(English version below)

Ihr Vermieter hat auf Ihre Mängelanzeige wegen der defekten
Fenster im Schlafzimmer und Bad Ihrer Wohnung in der Hildesheimer Straße
230, 30519 Hannover, nicht reagiert. Sie möchten die Miete von 960 EUR
ab August um 15 % (144 EUR) mindern.

Wir übernehmen die Kosten für anwaltliche Beratung und außergerichtliche
Vertretung (Vertrag 64-118430-2, Schadennummer S-2025-036118).
Selbstbeteiligung: 150 EUR.

Bitte mindern Sie nicht eigenmächtig mehr, als Ihr Anwalt empfiehlt –
bei zu hoher Minderung droht im schlimmsten Fall eine Kündigung wegen
Zahlungsverzugs.

---

Your landlord has not responded to your notice of defects regarding the
broken windows in the bedroom and bathroom of your flat at Hildesheimer
Straße 230, 30519 Hannover. You would like to reduce the rent of EUR 960
by 15 % (EUR 144) from August.

We will cover the costs of legal advice and out-of-court representation
(policy 64-118430-2, claim S-2025-036118). Deductible: EUR 150.

Please do not reduce the rent by more than your lawyer recommends - in
the worst case an excessive reduction can lead to termination for
arrears.

Mit freundlichen Grüßen / Kind regards
Yusuf Demirtas
"""
    return msg(76, staff("Yusuf Demirtas", "yusuf.demirtas"),
               a("Annika Lindgren-Weber", "annika.lw@nordpost.example"),
               "Mietminderung / rent reduction – S-2025-036118",
               "2025-07-29 10:05", text(body), mid_style=1)


@mail("NORMAL", "en", "internal",
      "trap: English out-of-office of the international desk mentioning claims, medical reports and court deadlines generically")
def m077():
    body = """Thank you for your e-mail.

I am on annual leave until Monday, 1 September 2025, with no access to
e-mail.

For new claims, cover requests and lawyers' invoices please write to
international@schildwacht-rs.example - the team will reply within two
working days. Please do not send medical reports or court documents to
my personal address; use our secure upload at
https://securemail.schildwacht-rs.example instead.

Urgent court deadlines: +49 511 9744-500.

Best regards,
Greta Holthusen
International Claims Desk
"""
    return msg(77, staff("Greta Holthusen", "greta.holthusen"),
               a("Rebecca Lomax", "r.lomax@lomax-whitcombe.example"),
               "Out of Office: RE: hearing date",
               "2025-08-18 09:44:03", text(body, charset="us-ascii", cte="7bit"),
               mid_style=1, extra=[("Auto-Submitted", "auto-replied")])


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "social-court appeal for a reduced-earning-capacity pension: named customer's long-COVID / ME-CFS diagnosis and rehab")
def m078():
    body = """Dear Mr Brannigan,

thank you for your patience. We have now received the rejection of your
objection from the German Pension Insurance (Deutsche Rentenversicherung
Nord) dated 2 October 2025.

As you told us, you have been unable to work as a bus driver since
your COVID-19 infection in December 2023. Your doctors diagnosed
post-COVID syndrome with myalgic encephalomyelitis / chronic fatigue
syndrome (G93.3, U09.9) and you completed a six-week rehabilitation in
Heringsdorf in 2024 without lasting improvement. The pension insurance
relies on a report saying you can still work six hours a day in light
jobs.

We confirm cover for an action before the Social Court Lübeck (claim
S-2025-044716, policy 62-736601-3):

  - your lawyer's fees (framework fees under No. 3102 VV RVG),
  - a medical expert opinion by a doctor of your choice under section
    109 of the Social Courts Act, if your lawyer applies for one.

Deadline: one month after you received the decision. If you have not yet
chosen a lawyer, we can recommend one who specialises in social law and
speaks English.

Kind regards,
Ramona Eickhoff
Social Law Legal Expenses
"""
    return msg(78, staff("Ramona Eickhoff", "ramona.eickhoff"),
               a("Declan Brannigan", "d.brannigan@eiremail.example"),
               "Your pension claim - cover for the Social Court",
               "2025-10-08 10:40", text(body), mid_style=1)


@mail("CONFIDENTIAL", "de", "lawyer",
      "lawyer's settlement proposal in a boundary-tree dispute forwarded: named customer and neighbours, addresses, cost split")
def m079():
    body = """Nils, FYI für Herrn Brinkmann (Makler von Frau Seidel) – die
Anwältin schlägt einen Vergleich vor. Kosten 50/50 ist aus meiner Sicht
okay, ich gebe frei. Gruß Yusuf

> Von: RAin Dorothea Kranz <kranz@kanzlei-kranz.example>
> Datum: 24.04.2025, 16:02
> Betreff: Seidel ./. Eheleute Hollmann – Vergleichsvorschlag
>
> Sehr geehrte Damen und Herren,
>
> in der Sache Ihrer VN Annegret Seidel (Ihr Zeichen S-2025-020871)
> gegen die Eheleute Uwe und Marion Hollmann, Am Kiefernwald 12, hat
> die Schiedsperson folgenden Vergleich vorgeschlagen:
>
> 1. Die Eheleute Hollmann kürzen die Thujahecke bis zum 31.10.2025 auf
>    eine Höhe von 2,00 m und halten sie künftig auf dieser Höhe.
> 2. Frau Seidel verzichtet auf Beseitigung der Hecke.
> 3. Die Kosten des Schlichtungsverfahrens (75,00 EUR) und die
>    außergerichtlichen Anwaltskosten trägt jede Seite zur Hälfte bzw.
>    selbst.
>
> Frau Seidel ist einverstanden. Wir bitten um Zustimmung zur
> Kostenregelung; unsere Kostennote (Geschäftsgebühr 1,3 aus 4.000 EUR
> zzgl. Einigungsgebühr 1,5) folgt.
>
> Mit freundlichen Grüßen
> Kranz, Rechtsanwältin
"""
    return msg(79, staff("Yusuf Demirtas", "yusuf.demirtas"),
               staff("Nils Harmsen", "nils.harmsen"),
               "WG: Seidel ./. Eheleute Hollmann – Vergleichsvorschlag",
               "2025-04-25 08:12", text(body), mid_style=1)


@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: order to destroy archived criminal-defence and social-court claim files (security level P-5) with a CSV box list; only box counts, no names")
def m080():
    body = """Sehr geehrter Herr Quast,

wir beauftragen Sie gemäß Rahmenvertrag vom 12.03.2021 mit der
Vernichtung folgender Altakten:

  Bestand:      Schadenakten Straf- und Sozial-Rechtsschutz,
                Abschlussjahre 2012 bis 2014 (Aufbewahrungsfrist
                abgelaufen, Freigabe durch DSB liegt vor)
  Menge:        184 Archivkartons (je ca. 12 kg)
  Standort:     Archiv UG 2, Regale 41 bis 47
  Sicherheitsstufe: P-5 nach DIN 66399 (enthält Gesundheitsdaten und
                Daten über Strafverfahren)
  Abholung:     Dienstag, 11.11.2025, ab 7:30 Uhr, Zufahrt Hof,
                Ansprechpartner vor Ort: Herr Ewert (Haustechnik)

Wir benötigen ein Vernichtungsprotokoll mit Kartonanzahl, Gewicht und
Datum sowie die Bestätigung, dass der Transport in verplombten Behältern
erfolgt.

Bestellnummer für Ihre Rechnung: EK-2025-0631.

Mit freundlichen Grüßen
Katharina Baltruschat
Einkauf / Zentrale Dienste
"""
    return msg(80, staff("Katharina Baltruschat", "katharina.baltruschat"),
               a("Gerd Quast", "auftrag@aktenvernichtung-quast.example"),
               "Auftrag Aktenvernichtung EK-2025-0631",
               "2025-10-27 11:30",
               multi("mixed", [text(body, charset="iso-8859-1", cte="quoted-printable"),
                               attach(csvbytes([["Regal", "Karton von", "Karton bis", "Anzahl", "Inhalt", "Abschlussjahr"],
                                                ["41", "A-2012-001", "A-2012-028", "28", "Straf-RS Schadenakten", "2012"],
                                                ["42", "A-2012-029", "A-2012-051", "23", "Sozial-RS Schadenakten", "2012"],
                                                ["43", "A-2013-001", "A-2013-031", "31", "Straf-RS Schadenakten", "2013"],
                                                ["44", "A-2013-032", "A-2013-055", "24", "Sozial-RS Schadenakten", "2013"],
                                                ["45", "A-2014-001", "A-2014-027", "27", "Straf-RS Schadenakten", "2014"],
                                                ["46", "A-2014-028", "A-2014-053", "26", "Sozial-RS Schadenakten", "2014"],
                                                ["47", "A-2014-054", "A-2014-078", "25", "Straf-/Sozial-RS gemischt, Übergröße", "2014"]],
                                               encoding="cp1252"),
                                      "text/csv", "Kartonliste_EK-2025-0631.csv", charset="windows-1252")],
                     "=_aktenvernichtung_080"), mid_style=1)


@mail("STRICTLY_CONFIDENTIAL", "de", "lawyer",
      "dismissal of a works-council member who is a named trade-union member (IG Metall); lawyer's request inline; union membership is Art. 9 data")
def m081():
    body = """Hallo Jens,

Anfrage unten – bitte Subsidiarität prüfen: Der VN ist Gewerkschafts-
mitglied, die IG Metall gewährt an sich Rechtsschutz. Nach § 3 Abs. 2 g
ARB sind wir nachrangig? Aus meiner Sicht nein, das ist keine
Subsidiaritätsklausel, sondern nur eine Obliegenheit zur Kostenminderung.
Bitte einmal drüberschauen.

Aylin

-------- Weitergeleitete Nachricht --------
Von: Kanzlei Brandt & Özdemir <arbeitsrecht@brandt-oezdemir.example>
Datum: 14.08.2025 11:18
Betreff: Deckungsanfrage Heuer ./. Kranbau Weserbergland GmbH

Sehr geehrte Damen und Herren,

wir vertreten Herrn Stefan Heuer, Vers.-Nr. 62-339018-7. Herr Heuer ist
seit 2011 bei der Kranbau Weserbergland GmbH beschäftigt, seit 2022
Mitglied des Betriebsrats und Vertrauensmann der IG Metall im Betrieb.

Die Arbeitgeberin beabsichtigt eine außerordentliche Kündigung wegen
angeblichen Arbeitszeitbetrugs und hat beim Arbeitsgericht Hameln die
Ersetzung der Zustimmung des Betriebsrats nach § 103 BetrVG beantragt
(Az. 2 BV 7/25). Herr Heuer ist in diesem Verfahren Beteiligter.

Die IG Metall hat Rechtsschutz abgelehnt, weil der zuständige
Gewerkschaftssekretär zugleich als Zeuge benannt ist. Wir bitten daher
um Deckungszusage für die Vertretung im Beschlussverfahren.

Mit freundlichen Grüßen
Dr. Lukas Brandt
Rechtsanwalt
"""
    return msg(81, staff("Aylin Kaya", "aylin.kaya"),
               staff("Jens Raabe", "jens.raabe"),
               "WG: Deckungsanfrage Heuer ./. Kranbau Weserbergland GmbH",
               "2025-08-14 13:30", text(body), mid_style=1)


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "vehicle contract cover for a garage-bill dispute: named customer, plate number, repair amounts, claim number")
def m082():
    body = """Moin Herr Petersen,

zu Ihrem Streit mit der Kfz-Werkstatt Haake & Söhne in Buxtehude:

Die Werkstatt hat für die Reparatur der Kupplung an Ihrem Ford Transit
(STD-JP 228) 3.214,90 EUR berechnet, obwohl im Kostenvoranschlag
2.450,00 EUR standen. Eine Überschreitung um mehr als 15-20 % muss die
Werkstatt Ihnen vorher anzeigen (§ 650 BGB). Das ist nach Ihrer
Schilderung nicht passiert.

Ihr Fahrzeug-Vertrags-Rechtsschutz (Vertrag 63-270519-2) greift. Wir
übernehmen die Anwaltskosten für die Abwehr des Mehrbetrags; die
Werkstatt hält das Fahrzeug zurück, deshalb kann es sinnvoll sein, den
vollen Betrag unter Vorbehalt zu zahlen und den Differenzbetrag
zurückzufordern. Besprechen Sie das bitte mit Ihrem Anwalt.

Schadennummer: S-2025-028140, keine Selbstbeteiligung (Verkehrs-RS).

Schöne Grüße aus Hannover
Tobias Lenz
"""
    return msg(82, staff("Tobias Lenz", "tobias.lenz"),
               a("Jan Petersen", "jan.petersen@elbe-mail.example"),
               "Werkstattrechnung Haake – Kostenübernahme",
               "2025-05-27 13:10", text(body, charset="utf-8", cte="8bit"), mid_style=2)


@mail("NORMAL", "en", "insurer-to-broker",
      "trap: webinar invitation for brokers (ICS) on selling criminal-defence and social-court cover; no customer data")
def m083():
    body = """Dear partners,

many of your clients ask whether legal expenses insurance pays for a
criminal defence lawyer or for disputes with the pension insurance.
In our next English-language webinar we explain:

  - what private criminal defence cover includes (and why intentional
    offences are different),
  - special criminal cover for managing directors,
  - social-court cover: disability, pensions, long-term care,
  - typical objections and how to answer them.

Date:      Thursday, 25 September 2025, 11:00-11:45 CEST
Speaker:   Benedikt Kurz, Head of Criminal & Victim Legal Expenses
Platform:  Teams - the link is in the attached calendar invitation

The webinar counts as 45 minutes of training time under the IDD.

Kind regards,
Nils Harmsen
Broker Relations
"""
    cal = ics([
        "BEGIN:VCALENDAR",
        "PRODID:-//Schildwacht RS//Broker Webinars//EN",
        "VERSION:2.0",
        "METHOD:PUBLISH",
        "BEGIN:VEVENT",
        "UID:webinar-20250925-criminal-social@schildwacht-rs.example",
        "DTSTAMP:20250901T070000Z",
        "DTSTART:20250925T090000Z",
        "DTEND:20250925T094500Z",
        "SUMMARY:Broker webinar: criminal defence & social-court cover",
        "LOCATION:https://meet.schildwacht-rs.example/webinar/2509-crim",
        "DESCRIPTION:45 min IDD training. Speaker: Benedikt Kurz.",
        "END:VEVENT",
        "END:VCALENDAR",
    ])
    return msg(83, staff("Nils Harmsen", "nils.harmsen"),
               a("Broker partners", "broker-partners@" + DOM),
               "Webinar invitation: criminal defence & social-court cover (25 Sept)",
               "2025-09-01 09:00",
               multi("mixed", [text(body, charset="us-ascii", cte="7bit"),
                               attach(cal, "text/calendar", "webinar_2025-09-25.ics", charset="UTF-8")],
                     "=_webinar_083_"))


@mail("STRICTLY_CONFIDENTIAL", "en", "customer",
      "customer's own mail quoted: employer disclosed his HIV status to colleagues; forwarded for a cover decision")
def m084():
    body = """Hi Jens,

could you take this one? Employment + data protection, customer writes
in English. Policy checked: 62-488120-5, Privat/Beruf since 2020.
He asks for a call back only on his mobile, not at work.

Daniel

---- Original message ----
From: Samuel Adeyemi <sam.adeyemi@fastmail-box.example>
Date: 2 September 2025 22:51
To: international@schildwacht-rs.example
Subject: Need help urgently - employer told my colleagues

Hello,

I work as a warehouse team leader for Polaris Fulfilment GmbH in
Laatzen. In July I had to give a blood sample for an occupational health
check. Somehow my line manager found out that I am HIV positive (I am on
treatment, my viral load is undetectable and my doctor confirmed there
is no risk for anyone at work). He told at least two colleagues, and
since then people avoid me and I was moved to the night shift without
explanation.

I want to make them stop this and I think I should get compensation. Is
this covered by my insurance? Please call me on my mobile
0176 5550 8812, not at the office.

Samuel Adeyemi
"""
    return msg(84, staff("Daniel Okafor", "daniel.okafor"),
               staff("Jens Raabe", "jens.raabe"),
               "FW: Need help urgently - employer told my colleagues",
               "2025-09-03 08:22", text(body), mid_style=1)


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "tax legal expenses: named customer's income, tax assessment and home-office deduction; cover for the fiscal-court action")
def m085():
    body = """Sehr geehrte Frau Dr. Hagedorn,

das Finanzamt Hannover-Land I hat Ihren Einspruch gegen den
Einkommensteuerbescheid 2023 mit Einspruchsentscheidung vom 02.06.2025
zurückgewiesen (Steuernummer 24/133/05917).

Streitig ist der Abzug der Kosten für Ihr häusliches Arbeitszimmer
(1.260 EUR Jahrespauschale) und der doppelten Haushaltsführung in
Berlin (11.850 EUR). Bei einem zu versteuernden Einkommen von rund
96.400 EUR ergibt sich eine Steuerdifferenz von ca. 5.180 EUR.

Steuer-Rechtsschutz vor Gerichten ist in Ihrem Vertrag 62-614470-9
eingeschlossen. Wir übernehmen die Kosten für die Klage vor dem
Niedersächsischen Finanzgericht (Steuerberater oder Rechtsanwalt Ihrer
Wahl), einschließlich des Gerichtskostenvorschusses.

Das Einspruchsverfahren selbst war nach den Bedingungen nicht versichert.

Schadennummer: S-2025-031522. Selbstbeteiligung: 300 EUR.

Mit freundlichen Grüßen
Carina Pöhlmann
(in Vertretung für Frau Thiessen)
"""
    return msg(85, staff("Carina Pöhlmann", "carina.poehlmann"),
               a("Dr. Friederike Hagedorn", "f.hagedorn@praxis-post.example"),
               "Klage Finanzgericht – Kostenzusage",
               "2025-06-18 10:50", text(body), mid_style=1)


@mail("NORMAL", "de", "internal",
      "trap: department meeting minutes with staffing ('fällt länger aus', no reason), workload and backlog numbers")
def m086():
    body = """Protokoll Abteilungsrunde Leistung RS – 08.09.2025

1. Personal
   - Frau Neumann (Kostenprüfung) fällt voraussichtlich bis Ende Oktober
     aus. Vertretung: Aylin übernimmt Posteingang A-K, Hauke L-Z.
   - Zwei Neueinstellungen zum 01.10. (Volljuristin, Rechtsfachwirt),
     Einarbeitung durch Lena und Jens.
   - Betriebsausflug 26.09.: bitte bis 15.09. im Intranet anmelden.

2. Rückstände
   - Offene Deckungsanfragen > 5 Tage: 143 (Vorwoche 188)
   - Offene Kostennoten > 14 Tage: 412 (Ziel < 300)
   - Ursache Kostennoten: Umstellung RVG-Tabelle, viele Rückfragen zur
     Übergangsregelung.

3. AKTEplus
   - Go-live hat funktioniert, Fehler bitte weiter als Ticket melden.
   - Kategorie "Ärztliche Unterlagen" wird vom Scan-Dienstleister noch
     zu selten erkannt -> IT klärt mit Dienstleister.

4. Nächste Runde: 06.10.2025

gez. Dr. H. Wolters
"""
    return msg(86, staff("Dr. Henrike Wolters", "henrike.wolters"),
               a("Abteilung Leistung", "leistung-rs@" + DOM),
               "Protokoll Abteilungsrunde 08.09.",
               "2025-09-08 17:05", text(body, charset="windows-1252", cte="8bit"), mid_style=1)


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "rear-end collision: named customer's whiplash injury (S13.4), physiotherapy and damages for pain and suffering")
def m087():
    body = """Dear Ms Moreau,

thank you for the documents about the accident on 12 March 2025 on the
Messeschnellweg, when a delivery van ran into the back of your car at
the traffic lights.

Your claim against the van driver's motor insurer (Leinetal
Versicherung) is covered by your traffic legal expenses policy
63-812290-7, claim S-2025-018245. According to the report of the A&E
department and your GP you suffered a whiplash injury (distortion of
the cervical spine, S13.4) and were unable to work for three weeks. You
are still having physiotherapy twice a week.

Your lawyer will claim:
  - damages for pain and suffering (Schmerzensgeld) - for comparable
    injuries courts usually award EUR 800 to 2,500,
  - your loss of earnings and the co-payments for physiotherapy,
  - the repair costs of your Peugeot 208 and a cost-of-use allowance.

The motor insurer will probably ask for a release of your doctors from
confidentiality. Please only sign a release limited to this accident
and discuss the wording with your lawyer first.

No deductible applies to traffic claims under your tariff.

Kind regards,
Tobias Lenz
Traffic Legal Expenses
"""
    return msg(87, staff("Tobias Lenz", "tobias.lenz"),
               a("Camille Moreau", "camille.moreau@boite-mail.example"),
               "Your accident of 12 March - claim S-2025-018245",
               "2025-03-27 15:02", text(body), mid_style=1)


@mail("CONFIDENTIAL", "en", "insurer-to-lawyer",
      "commercial-lease dispute of a sole-trader café owner (natural person): name, premises, rent, arrears, policy")
def m088():
    body = """Dear Ms Aydın-Kraus,

thank you for your request of 8 October on behalf of Mr Tomás Ferreira,
who runs the café "Pastel & Bica" as a sole trader (eingetragener
Kaufmann) at Berger Straße 112, 60316 Frankfurt am Main.

Mr Ferreira holds our business legal expenses policy for self-employed
persons (policy 66-040388-2), which includes commercial tenancy cover
for the café premises.

We confirm cover (claim S-2025-045208) for the defence against the
landlord's termination without notice of 29 September 2025. As you
describe, the landlord relies on rent arrears of EUR 7,140 (two monthly
rents of EUR 3,570 net), while Mr Ferreira withheld the rent because the
landlord had not repaired the ventilation system required for the
kitchen.

Value in dispute for eviction: annual net rent of EUR 42,840. Deductible
EUR 500 under the business tariff.

Kind regards,
Yusuf Demirtas
Property Legal Expenses
"""
    return msg(88, staff("Yusuf Demirtas", "yusuf.demirtas"),
               a("Selin Aydın-Kraus", "s.aydin-kraus@kanzlei-aydin-kraus.example"),
               "Ferreira / commercial lease Berger Straße - confirmation of cover",
               "2025-10-10 09:36", text(body), mid_style=1)


@mail("NORMAL", "mixed", "internal",
      "trap: bilingual office-move notice; mentions the room where criminal and social-court files are kept, no persons")
def m089():
    body = """Liebe Kolleginnen und Kollegen, dear colleagues,

am Wochenende 18./19. Oktober zieht die Leistung RS vom 3. in den 5. OG.

Was ihr tun müsst / what you need to do:

1. Bis Freitag, 17.10., 14 Uhr: Schreibtisch leeren, Umzugskartons
   beschriften (Name + neue Raumnummer). Labels kommen am Mittwoch.
   Clear your desk by Friday 2 pm and label your boxes (name + new room).
2. Papierakten Straf-RS und Sozial-RS (Schrank 3.12) werden NICHT von
   der Umzugsfirma transportiert, sondern von der Poststelle in
   verschlossenen Rollcontainern. Paper files of the criminal and
   social-court teams are moved separately by our mail room in locked
   trolleys - please don't pack them yourselves.
3. PCs bleiben stehen, IT baut am Montag ab 7 Uhr um. Your PCs will be
   reconnected on Monday from 7 am.

Neue Raumverteilung: siehe Plan im Intranet ("Umzug 5. OG").
New room plan: see intranet page "Umzug 5. OG".

Danke! / Thanks!
Facility Management
Ewert
"""
    return msg(89, staff("Facility Management", "facility"),
               a("Leistung RS", "leistung-rs@" + DOM),
               "Umzug 5. OG / office move 18-19 Oct",
               "2025-10-06 12:00", text(body, charset="utf-8", cte="quoted-printable"), mid_style=2)


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "body says only 'zur Akte'; the forwarded message/rfc822 from a lawyer carries a named client's incapacity certificate and diagnosis")
def m090():
    inner_body = """Sehr geehrte Frau Eickhoff,

wie gewünscht übersende ich das aktuelle Attest meines Mandanten
Herrn Jörn Kuhlmann (Ihr Zeichen S-2025-034402):

"Herr Kuhlmann, geb. 09.05.1977, befindet sich seit 19.08.2024 in meiner
fachärztlichen Behandlung wegen einer rezidivierenden depressiven
Störung, gegenwärtig mittelgradige Episode (F33.1), mit ausgeprägter
Antriebsminderung und Schlafstörungen. Er ist weiterhin arbeitsunfähig.
Medikation: Sertralin 100 mg, Mirtazapin 15 mg z. N. Eine stufenweise
Wiedereingliederung ist frühestens ab Januar 2026 vorstellbar.
Dr. med. B. Ostendorf, Facharzt für Psychiatrie und Psychotherapie"

Das Original geht dem Sozialgericht mit der Klagebegründung zu.

Mit freundlichen Grüßen
Lea Dombrowski
Rechtsanwältin, Fachanwältin für Sozialrecht
"""
    fwd = inner(a("RAin Lea Dombrowski", "dombrowski@sozialrecht-dombrowski.example"),
                a("Ramona Eickhoff", "ramona.eickhoff@" + DOM),
                "Kuhlmann ./. AOK – Attest", "2025-09-29 17:12", inner_body,
                "<20250929171205.4411@sozialrecht-dombrowski.example>")
    return msg(90, staff("Ramona Eickhoff", "ramona.eickhoff"),
               a("Posteingang Sozial-RS", "sozial-rs@" + DOM),
               "zur Akte",
               "2025-09-30 08:03",
               multi("mixed", [text("zur Akte\n\nR. Eickhoff\n", charset="us-ascii", cte="7bit"),
                               rfc822(fwd)],
                     "==akte090=="), mid_style=1)

@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "premium arrears reminder: named customer, policy, amounts, returned direct debit, masked IBAN, suspended cover")
def m091():
    body = """Sehr geehrte Frau Krüger,

leider konnten wir den Beitrag für Ihren Rechtsschutzvertrag 62-190355-1
nicht einziehen. Ihre Bank hat die Lastschrift vom 01.08.2025 mit dem
Grund "Konto erloschen" zurückgegeben.

  fälliger Beitrag August 2025      29,80 EUR
  Rücklastschriftgebühr Ihrer Bank   3,50 EUR
  offen                             33,30 EUR
  bisherige Bankverbindung          DE35 **** **** **** **99 61

Bitte überweisen Sie den Betrag bis zum 29.08.2025 auf unser Konto bei
der Nordbank Hannover, IBAN DE06 7137 4632 7148 6322 89, Verwendungszweck
"62-190355-1 Beitrag 08/25", oder teilen Sie uns eine neue
Bankverbindung mit.

Wichtig: Solange der Beitrag nicht gezahlt ist, sind wir für
Rechtsschutzfälle, die nach Ablauf dieser Frist eintreten, nach § 38 VVG
leistungsfrei. Außerdem können wir den Vertrag dann kündigen.

Wenn Sie bereits gezahlt haben, betrachten Sie diese E-Mail bitte als
gegenstandslos.

Mit freundlichen Grüßen
Beitragsservice
Schildwacht Rechtsschutzversicherung AG
"""
    return msg(91, staff("Beitragsservice", "beitragsservice"),
               a("Jessica Krüger", "jessi.krueger@mailfach.example"),
               "Zahlungserinnerung Vertrag 62-190355-1",
               "2025-08-14 06:10", text(body, charset="utf-8", cte="quoted-printable"))


@mail("NORMAL", "de", "insurer-to-partner",
      "trap: audit firm's document request list for the year-end audit (claims reserves, samples to be drawn on site), ZIP with index CSV and TXT; no personal data")
def m092():
    body = """Sehr geehrter Herr Wenzel,

vielen Dank für den Prüfungsplan. Wir bestätigen die Termine für die
Vorprüfung vom 10. bis 14.11.2025 bei uns in Hannover. Zu Ihrer
Anforderungsliste kurz der Stand:

  Nr.  Unterlage                                          Stand
  1    Schadenreserve-Ermittlung (Methodik, Chain-Ladder) liegt im Datenraum
  2    Spätschadenreserve IBNR, Abwicklungsdreiecke       liegt im Datenraum
  3    Rückversicherungsverträge 2025                     liegt im Datenraum
  4    Stichprobe Einzelschäden (n = 40)                  vor Ort, siehe unten
  5    Kostenprüfung: Prozessbeschreibung, Kontrollen     bis 31.10.
  6    IT: Berechtigungskonzept Schadensystem             bis 31.10.

Zu Nr. 4: Die Stichprobe ziehen Sie bitte vor Ort aus dem Schadensystem.
Schadenakten enthalten teilweise Gesundheitsdaten und Angaben zu
Strafverfahren; eine Übermittlung per Mail oder Datenraum ist daher nicht
vorgesehen. Einsicht erfolgt in Raum 2.08 an einem Arbeitsplatz ohne
Druck- und Exportfunktion. Ihre Prüfer unterschreiben vorab die übliche
Verschwiegenheitserklärung.

Mit freundlichen Grüßen
Ole Kjellberg
Controlling & Rückversicherung
"""
    return msg(92, staff("Ole Kjellberg", "ole.kjellberg"),
               a("Tim Wenzel", "t.wenzel@wp-nordtreu.example"),
               "Jahresabschlussprüfung 2025 – Anforderungsliste / Stand",
               "2025-10-15 14:44",
               multi("mixed", [text(body),
                               attach(zipbytes([
                                   ("Datenraum_Index/index.csv", csvbytes([
                                       ["Nr", "Dokument", "Datei", "Stand"],
                                       ["1", "Methodik Schadenreserve", "01_Reserve_Methodik_2025.pdf", "30.09.2025"],
                                       ["2", "Abwicklungsdreiecke 2015-2025", "02_Dreiecke_RS.xlsx", "30.09.2025"],
                                       ["3", "QS-Vertrag 2025 inkl. Nachtrag", "03_QS2025.pdf", "01.01.2025"],
                                       ["5", "Prozessbeschreibung Kostenprüfung", "05_Prozess_Kosten.pdf", "folgt"],
                                       ["6", "Berechtigungskonzept RS-LEIST", "06_Berechtigungen.pdf", "folgt"]])),
                                   ("Datenraum_Index/LIESMICH.txt",
                                    "Datenraum Jahresabschlussprüfung 2025\r\n"
                                    "Zugang nur für das Prüfungsteam WP Nordtreu.\r\n"
                                    "Keine Schadenakten im Datenraum - Einsicht vor Ort (Raum 2.08).\r\n")],
                                   when=(2025, 10, 15, 14, 30, 0)),
                                      CT_ZIP, "Datenraum_Index.zip")],
                     "----=_Part_092_wp"), mid_style=1)


@mail("STRICTLY_CONFIDENTIAL", "en", "lawyer",
      "tax-evasion investigation (§ 370 AO) against a named customer; defence counsel's letter forwarded in English")
def m093():
    body = """Benedikt - FYI and for decision. Tax evasion = intentional offence; the
customer has our tax cover (62-731982-0) but criminal tax proceedings
are only covered under the special criminal module, which he does not
have. I would decline, but please confirm. Greta

-----Original Message-----
From: Dr. Philippa Grant <p.grant@grant-steuerstrafrecht.example>
Sent: Friday, 19 September 2025 15:26
To: international@schildwacht-rs.example
Subject: Mr Richard Holloway - criminal tax investigation

Dear Sir or Madam,

I have been instructed by Mr Richard Holloway, Wiesbaden, who is insured
with you under policy 62-731982-0.

On 11 September 2025 the tax investigation office (Steuerfahndung)
Frankfurt informed Mr Holloway that criminal proceedings for tax evasion
under section 370 of the Fiscal Code (AO) have been opened against him
for the years 2019 to 2023. He is accused of not declaring rental income
from two flats in Manchester (approx. GBP 21,000 per year) and capital
gains from the sale of shares. The alleged tax loss is about EUR 64,000.

Mr Holloway intends to make a full disclosure, but a voluntary
disclosure (Selbstanzeige) is no longer possible after the proceedings
have been opened. I would like to ask whether his policy covers the
defence costs in the criminal tax proceedings and the related tax
assessment proceedings.

Yours faithfully,
Dr. Philippa Grant
Rechtsanwältin / Fachanwältin für Steuerrecht
"""
    return msg(93, staff("Greta Holthusen", "greta.holthusen"),
               staff("Benedikt Kurz", "benedikt.kurz"),
               "FW: Mr Richard Holloway - criminal tax investigation",
               "2025-09-22 09:15", text(body), mid_style=1)


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "mediation offer in a sibling inheritance dispute: named customer, deceased mother, estate items; no health data")
def m094():
    body = """Liebe Frau Brockmann,

wie am Telefon besprochen, hier noch einmal die Eckdaten zu unserem
Mediationsangebot.

Sie und Ihre beiden Brüder sind Miterben nach Ihrer im Februar
verstorbenen Mutter, Frau Ilse Brockmann. Streit gibt es über die
Verteilung des Hausrats, das Ferienhaus in Carolinensiel und die Frage,
ob Ihr Bruder Dieter für die Jahre, in denen er im Haus gewohnt hat,
Miete an die Erbengemeinschaft zahlen muss.

Angebot:
  - Mediation durch eine Mediatorin unserer Partnerin Konsens Mediation
    GmbH, telefonisch oder per Video, bis zu drei Sitzungen,
  - alle Miterben können teilnehmen; die Kosten übernehmen wir
    vollständig (Vertrag 62-655104-8, Schadennummer S-2025-026631),
  - die Mediation wird nicht als Rechtsschutzfall gezählt und hat keine
    Auswirkung auf Ihre Selbstbeteiligung.

Wenn Sie einverstanden sind, gebe ich Ihre Telefonnummer an Konsens
Mediation weiter; die Mediatorin meldet sich dann bei Ihnen und klärt,
ob Ihre Brüder mitmachen.

Herzliche Grüße
Marlene Thiessen
"""
    return msg(94, staff("Marlene Thiessen", "marlene.thiessen"),
               a("Heike Brockmann", "heike.brockmann@friesland-mail.example"),
               "Mediation Erbengemeinschaft – unser Angebot",
               "2025-05-05 16:20", text(body, charset="iso-8859-1", cte="quoted-printable"), mid_style=1)


@mail("NORMAL", "de", "insurer-to-customer",
      "trap: generic data-protection information sent to all customers (categories incl. health and criminal data) with no personal details")
def m095():
    plain = """Liebe Kundin, lieber Kunde,

zum 1. Oktober 2025 haben wir unsere Datenschutzhinweise aktualisiert.
Die wichtigsten Punkte in Kürze:

* Welche Daten wir verarbeiten: Vertrags- und Beitragsdaten, Angaben zu
  Ihren Rechtsschutzfällen und – soweit für die Prüfung nötig –
  besondere Kategorien wie Gesundheitsdaten (z. B. in Sozialgerichts-
  verfahren) oder Angaben zu Strafverfahren.
* Wie wir Sie schützen: E-Mails mit solchen Angaben senden wir nur noch
  verschlüsselt oder über unser SecureMail-Portal.
* Wer Daten erhält: Ihre Anwältin oder Ihr Anwalt, Mediatoren,
  Sachverständige, Rückversicherer – jeweils nur, soweit nötig.
* Ihre Rechte: Auskunft, Berichtigung, Löschung, Einschränkung,
  Widerspruch, Datenübertragbarkeit.

Die vollständigen Hinweise finden Sie unter
www.schildwacht-rs.example/datenschutz.

Unser Datenschutzbeauftragter: datenschutz@schildwacht-rs.example

Ihre Schildwacht Rechtsschutzversicherung AG
"""
    htmlpart = """<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<p>Liebe Kundin, lieber Kunde,</p>
<p>zum 1. Oktober 2025 haben wir unsere Datenschutzhinweise aktualisiert. Die wichtigsten Punkte in K&uuml;rze:</p>
<ul>
<li><b>Welche Daten wir verarbeiten:</b> Vertrags- und Beitragsdaten, Angaben zu Ihren Rechtsschutzf&auml;llen und &ndash; soweit f&uuml;r die Pr&uuml;fung n&ouml;tig &ndash; besondere Kategorien wie Gesundheitsdaten (z.&nbsp;B. in Sozialgerichtsverfahren) oder Angaben zu Strafverfahren.</li>
<li><b>Wie wir Sie sch&uuml;tzen:</b> E-Mails mit solchen Angaben senden wir nur noch verschl&uuml;sselt oder &uuml;ber unser SecureMail-Portal.</li>
<li><b>Wer Daten erh&auml;lt:</b> Ihre Anw&auml;ltin oder Ihr Anwalt, Mediatoren, Sachverst&auml;ndige, R&uuml;ckversicherer &ndash; jeweils nur, soweit n&ouml;tig.</li>
<li><b>Ihre Rechte:</b> Auskunft, Berichtigung, L&ouml;schung, Einschr&auml;nkung, Widerspruch, Daten&uuml;bertragbarkeit.</li>
</ul>
<p>Die vollst&auml;ndigen Hinweise: <a href="https://www.schildwacht-rs.example/datenschutz">www.schildwacht-rs.example/datenschutz</a></p>
<p>Unser Datenschutzbeauftragter: <a href="mailto:datenschutz@schildwacht-rs.example">datenschutz@schildwacht-rs.example</a></p>
<p>Ihre Schildwacht Rechtsschutzversicherung AG</p>
</body></html>
"""
    return msg(95, staff("Schildwacht Rechtsschutz", "kundeninfo"),
               a("", "undisclosed-recipients:;"),
               "Aktualisierte Datenschutzhinweise ab 1. Oktober 2025",
               "2025-09-16 07:30",
               multi("alternative", [text(plain), html(htmlpart)], "----=_alt095_dsinfo"),
               extra=[("Precedence", "bulk")])


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "occupational reintegration (BEM) after long illness: named customer's knee surgery, incapacity weeks and restrictions")
def m096():
    body = """Guten Tag Herr Yıldırım,

Ihr Arbeitgeber hat Sie nach mehr als sechs Wochen Arbeitsunfähigkeit
zum Gespräch über ein Betriebliches Eingliederungsmanagement (BEM)
eingeladen. Sie waren nach Ihrer Knie-OP (Kreuzbandplastik rechts)
und der anschließenden Reha insgesamt 14 Wochen krankgeschrieben; Ihr
Orthopäde hat für die Wiedereingliederung empfohlen, vorerst keine
Nachtschichten und kein Arbeiten auf Leitern.

Sie fragen, ob Sie zu dem Gespräch einen Anwalt mitnehmen können und ob
wir das bezahlen.

Das BEM ist freiwillig und noch kein Rechtsschutzfall im Sinne der
Bedingungen, weil Ihr Arbeitgeber damit noch nicht gegen Ihre Rechte
verstößt. Eine Beratung durch einen Anwalt zahlen wir deshalb erst, wenn
z. B. eine Versetzung gegen Ihren Willen, eine Abmahnung oder eine
Kündigung droht. Sie können aber ein Betriebsratsmitglied oder die
Schwerbehindertenvertretung zu dem Gespräch mitnehmen.

Wir haben Ihre Anfrage unter S-2025-040660 vermerkt (Vertrag
62-508713-3). Melden Sie sich bitte sofort, wenn sich etwas ändert.

Viele Grüße
Jens Raabe
"""
    return msg(96, staff("Jens Raabe", "jens.raabe"),
               a("Emre Yıldırım", "emre.yildirim@hannover-mail.example"),
               "BEM-Gespräch – Ihre Frage zur Kostenübernahme",
               "2025-08-28 11:11", text(body), mid_style=1)


@mail("CONFIDENTIAL", "en", "customer",
      "customer's bank details (UK IBAN) for reimbursing a lawyer's invoice, quoted in the reply; named customer and claim")
def m097():
    body = """Dear Mr Whitfield,

thank you - we have updated the payment details and will transfer the
reimbursement of EUR 612.80 (invoice of Brandt & Özdemir no. 2025-1144,
initial consultation) within the next three working days.

Best regards,
Greta Holthusen

On 4 Apr 2025, at 21:07, Oliver Whitfield <oliver.whitfield@mailbox-uk.example> wrote:

> Hi Greta,
>
> I paid the lawyer's first invoice myself, receipt attached. Could you
> please reimburse it to my UK account - I still haven't opened a
> German one:
>
> Account holder: Oliver James Whitfield
> Bank: NatWest, Guildford
> IBAN: GB78 NWBK 7210 0035 5109 31
> BIC: NWBKGB2L
>
> Claim ref S-2025-022981.
>
> Many thanks,
> Oliver
"""
    return msg(97, staff("Greta Holthusen", "greta.holthusen"),
               a("Oliver Whitfield", "oliver.whitfield@mailbox-uk.example"),
               "Re: reimbursement of lawyer's invoice - S-2025-022981",
               "2025-04-07 09:18", text(body),
               in_reply_to="<5D2F1A90-77B1-4C8E-9A01-whitfield@mailbox-uk.example>", mid_style=2)


@mail("NORMAL", "de", "internal",
      "trap: dispute-value calculator workbook with example values (salaries, rents) for training; no real persons")
def m098():
    body = """Hallo zusammen,

ich habe den Streitwertrechner aktualisiert (RVG-Tabelle alt und neu,
Übergangsrecht nach Auftragsdatum). Die Beispielzeilen sind Fantasie-
werte zum Ausprobieren; bitte keine echten Fälle in die Vorlage
speichern, sondern immer eine Kopie anlegen.

Neu:
- Blatt "Arbeitsrecht": Vierteljahresverdienst + Zeugnis + Abmahnung
- Blatt "Miete": Jahresnettomiete bei Räumung, 3,5-facher Jahresbetrag
  bei Mieterhöhung (§ 41 Abs. 5 GKG)

Gruß
Aylin
"""
    wb = xlsx([
        ("Arbeitsrecht", [["Beispiel", "Bruttomonatsgehalt", "Faktor", "Gegenstandswert"],
                          ["Kündigungsschutz (Beispiel A)", 3000, 3, 9000],
                          ["Zeugnisberichtigung (Beispiel B)", 3000, 1, 3000],
                          ["Abmahnung (Beispiel C)", 3000, 1, 3000],
                          ["Summe bei Vergleich über alles", "", "", 15000]]),
        ("Miete", [["Beispiel", "Monatsnettomiete", "Regel", "Gegenstandswert"],
                   ["Räumung (Beispiel D)", 800, "12 x Nettomiete", 9600],
                   ["Mieterhöhung 60 EUR (Beispiel E)", 60, "42 x Erhöhungsbetrag", 2520]]),
        ("RVG-Tabelle", [["Wert bis EUR", "Gebühr alt (bis 31.05.2025)", "Gebühr neu (ab 01.06.2025)"],
                         [5000, 334, 362], [10000, 614, 665], [16000, 718, 777],
                         [22000, 822, 890], [30000, 955, 1034]]),
    ])
    return msg(98, staff("Aylin Kaya", "aylin.kaya"),
               a("Kostenprüfung", "kostenpruefung@" + DOM),
               "Streitwertrechner v3 – Vorlage aktualisiert",
               "2025-06-12 09:02",
               multi("mixed", [text(body), attach(wb, CT_XLSX, "Streitwertrechner_v3_VORLAGE.xlsx")],
                     "----098-streitwert"), mid_style=1)


@mail("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-lawyer",
      "German/English mail on victim cover for a stalking case: named client's psychotherapy and anxiety disorder")
def m099():
    body = """Sehr geehrte Frau Dombrowski, dear Ms Dombrowski,

da Ihre Mandantin lieber auf Englisch korrespondiert, schreibe ich
zweisprachig und setze sie in Kopie.

Ms Ingrid Solberg (policy 62-877312-4, claim S-2025-042280) is covered
under the victim module for:

 1. the application for a protection order against her former partner
    under the Violence Protection Act (Gewaltschutzgesetz), Family Court
    Hannover,
 2. Nebenklage in the criminal proceedings for stalking (§ 238 StGB),
 3. the claim for damages, including the costs of her psychotherapy
    not paid by her health insurer. According to the certificate of
    her psychotherapist she has been treated for an anxiety disorder
    (F41.1) and sleep disturbance since the stalking began in March.

Die Kosten der Psychotherapie selbst sind keine Leistung der Rechts-
schutzversicherung; versichert ist nur die Durchsetzung des Anspruchs
gegen den Täter. Bitte teilen Sie Ihrer Mandantin das so mit.

Selbstbeteiligung: keine.

Mit freundlichen Grüßen / Kind regards
Benedikt Kurz
"""
    return msg(99, staff("Benedikt Kurz", "benedikt.kurz"),
               a("RAin Lea Dombrowski", "dombrowski@sozialrecht-dombrowski.example"),
               "Solberg – Opfer-Rechtsschutz / victim cover",
               "2025-09-12 12:00", text(body),
               cc=a("Ingrid Solberg", "ingrid.solberg@fjordpost.example"), mid_style=1)


@mail("CONFIDENTIAL", "de", "insurer-to-lawyer",
      "reclaiming an overpaid advance after the opponent paid costs: named client, court file, amounts, law-firm account")
def m100():
    body = """Sehr geehrter Herr Kollege Scholz,

in der Sache Wöhler ./. Autohaus Fricke KG (AG Peine 4 C 388/24, unser
Zeichen S-2024-088217) hat die Beklagte nach unserer Kenntnis am
11.04.2025 den festgesetzten Betrag von 2.914,37 EUR zzgl. Zinsen
(22,84 EUR) auf Ihr Kanzleikonto gezahlt.

Wir hatten Ihre Kostennote bereits am 12.12.2024 vollständig
ausgeglichen. Der Erstattungsanspruch Ihres Mandanten ist mit der
Zahlung auf uns übergegangen (§ 86 VVG, § 17 Abs. 8 ARB).

Bitte überweisen Sie 2.937,21 EUR bis zum 16.05.2025 auf unser Konto
IBAN DE06 7137 4632 7148 6322 89 (Nordbank Hannover), Verwendungszweck
"S-2024-088217 Regress".

Falls Sie den Betrag bereits an Herrn Wöhler ausgekehrt haben, teilen Sie
uns das bitte mit; wir wenden uns dann an ihn.

Mit freundlichen Grüßen
Hauke Rethmeier
Regress / Kostenfestsetzung
"""
    return msg(100, staff("Hauke Rethmeier", "hauke.rethmeier"),
               a("RA Henning Scholz", "scholz@kanzlei-scholz-peine.example"),
               "Wöhler ./. Autohaus Fricke – Erstattung an uns",
               "2025-05-02 10:31", text(body, charset="windows-1252"), mid_style=1)


@mail("NORMAL", "en", "newsletter",
      "trap: HTML-only conference invitation from an external organiser (legal tech, AI in claims handling, health-data security), forwarded")
def m101():
    body = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Helvetica,Arial,sans-serif">
<p style="color:#555;font-size:12px">Forwarded by Florian Dreesen &ndash; &bdquo;anyone interested? Budget is there for two people.&ldquo;</p>
<hr>
<div style="background:#102a43;color:#fff;padding:16px">
<h1 style="margin:0">LegalTech &amp; Insurance Summit 2025</h1>
<p style="margin:4px 0 0">Berlin &middot; 13&ndash;14 November 2025</p>
</div>
<h2>Programme highlights</h2>
<table cellpadding="6" border="0">
<tr><td><b>Day 1, 09:30</b></td><td>Keynote: Generative AI in legal expenses claims &ndash; where it helps and where it must not decide</td></tr>
<tr><td><b>Day 1, 11:00</b></td><td>Panel: Secure exchange of medical records and criminal files with law firms</td></tr>
<tr><td><b>Day 1, 14:00</b></td><td>Workshop: Automating fee-note checks under the new RVG table</td></tr>
<tr><td><b>Day 2, 10:00</b></td><td>Case study: One insurer's move to a cloud claims platform (anonymised)</td></tr>
</table>
<p>Early-bird ticket: EUR 690 (until 30 September), regular EUR 890, plus VAT.</p>
<p><a href="https://www.legaltech-summit.example/register">Register now</a> &middot;
<a href="https://www.legaltech-summit.example/privacy">Privacy</a></p>
<p style="font-size:10px;color:#888">LegalTech Events GmbH, Berlin. You receive this mail because you attended a previous event.</p>
</body></html>
"""
    return msg(101, staff("Florian Dreesen", "florian.dreesen"),
               a("IT & Claims leads", "it-leads@" + DOM),
               "FW: LegalTech & Insurance Summit 2025 - early bird ends 30 Sept",
               "2025-09-05 13:13", html(body), mid_style=1)


@mail("STRICTLY_CONFIDENTIAL", "de", "customer",
      "customer's mail forwarded: dismissal after a stay in an addiction clinic (alcohol dependence) of a named person")
def m102():
    body = """Jens, wieder einer für dich. Kunde ist ziemlich aufgelöst, bitte
heute noch anrufen. Vertrag 62-560097-2 ok, Beruf mitversichert.
LG Petra

----- Weitergeleitet von Petra Sönksen -----

Von: Holger Wittkamp <holger.wittkamp@t-mail.example>
Datum: 06.10.2025 07:58
Betreff: Kündigung nach Entzug

Sehr geehrte Damen und Herren,

ich war vom 14.07. bis 25.08.2025 zur Entwöhnungsbehandlung in der
Fachklinik Hasenheide (Alkoholabhängigkeit), das hatte ich mit meinem
Arbeitgeber abgesprochen und er wusste Bescheid. Seit 1. September
arbeite ich wieder und bin trocken, ich geh jede Woche zur
Selbsthilfegruppe.

Am Freitag habe ich die Kündigung bekommen, angeblich wegen
"Umstrukturierung", aber mein Abteilungsleiter hat zu einem Kollegen
gesagt, einen Alkoholiker behalten sie nicht. Ich bin 17 Jahre in der
Firma (Steinhuder Möbelwerke GmbH, Wunstorf).

Was kann ich tun? Ich brauche einen Anwalt.

Holger Wittkamp
Vertrag 62-560097-2
"""
    return msg(102, staff("Petra Sönksen", "petra.soenksen"),
               staff("Jens Raabe", "jens.raabe"),
               "WG: Kündigung nach Entzug",
               "2025-10-06 08:40", text(body, charset="windows-1252", cte="8bit"), mid_style=1)


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "package-holiday defects (no health content): named customers, booking number, tour operator, price reduction claim")
def m103():
    body = """Dear Mr and Mrs Fitzgerald,

we are sorry your family holiday on Crete did not go as planned.

From your documents we understand:
  - package holiday with Sonnenweg Reisen GmbH, booking no. SW-2025-0771903,
    Hotel "Aegean Bay", 12-26 July 2025, price EUR 5,368 for 2 adults and
    2 children,
  - the booked sea-view family room was not available; you were moved to
    a smaller room above the hotel's disco for the first 8 nights,
  - the pool was closed for 5 days for repairs.

Your contract legal expenses cover (policy 62-403118-7, claim
S-2025-038901) pays for a lawyer to claim a price reduction and
compensation for loss of holiday enjoyment from the tour operator. A
reduction of 20-30 % for the affected days is often accepted by the
courts in comparable cases.

Please make sure the complaint you made to the tour rep on site is in
writing, and send us or your lawyer the copy. Deductible: EUR 150.

Kind regards,
Daniel Okafor
"""
    return msg(103, staff("Daniel Okafor", "daniel.okafor"),
               a("Sean Fitzgerald", "sean.fitzgerald@eiremail.example"),
               "Your holiday complaint - claim S-2025-038901",
               "2025-08-06 14:09", text(body, charset="us-ascii", cte="7bit"), mid_style=1)


@mail("NORMAL", "de", "internal",
      "trap: bug report and server log with synthetic test data (Max Mustermann fiktiv, published example IBAN, dummy diagnosis code in a test field)")
def m104():
    body = """Hi Florian,

im Testsystem T2 (Release 25.3) stürzt die Deckungsprüfung ab, wenn im
Feld "Sonderkategorie" ein Wert gesetzt ist. Reproduzierbar mit dem
synthetischen Testfall TC-0815:

  Name:          Max Mustermann (fiktiv)
  Vertrag:       99-000001-0 (Testbestand)
  Schaden:       T-2025-000042
  IBAN:          DE89 3704 0044 0532 0130 00  (Beispiel-IBAN aus der Doku)
  Sonderkat.:    "GESUNDHEIT" / Testwert ICD "Z00.0"
  Rechtsgebiet:  Sozialrecht

Stacktrace:
  java.lang.NullPointerException: Cannot invoke
  "de.schildwacht.rs.cover.SpecialCategory.getRetentionPolicy()"
  because "cat" is null
    at de.schildwacht.rs.cover.CoverCheckService.evaluate(CoverCheckService.java:412)
    at de.schildwacht.rs.cover.CoverCheckController.check(CoverCheckController.java:88)

Ohne Sonderkategorie läuft alles. Ich vermute, der neue Wert
"GESUNDHEIT" fehlt in der Mapping-Tabelle (nur "HEALTH" ist drin).

Ticket: DEF-25-3310

Danke
Marvin (Fachtest)
"""
    return msg(104, staff("Marvin Scholle", "marvin.scholle"),
               staff("Florian Dreesen", "florian.dreesen"),
               "[DEF-25-3310] NPE in Deckungsprüfung bei Sonderkategorie (T2)",
               "2025-07-14 15:51",
               multi("mixed", [text(body, charset="utf-8", cte="8bit"),
                               attach("""2025-07-14 15:42:07,311 INFO  [T2] CoverCheckController - check TC-0815 user=mscholle
2025-07-14 15:42:07,318 DEBUG [T2] CoverCheckService - contract=99-000001-0 claim=T-2025-000042 area=SOZIAL
2025-07-14 15:42:07,319 DEBUG [T2] CoverCheckService - specialCategory=GESUNDHEIT mapping=null
2025-07-14 15:42:07,320 ERROR [T2] CoverCheckController - unexpected error
java.lang.NullPointerException: Cannot invoke "de.schildwacht.rs.cover.SpecialCategory.getRetentionPolicy()" because "cat" is null
\tat de.schildwacht.rs.cover.CoverCheckService.evaluate(CoverCheckService.java:412)
\tat de.schildwacht.rs.cover.CoverCheckController.check(CoverCheckController.java:88)
2025-07-14 15:42:09,004 INFO  [T2] CoverCheckController - check TC-0816 user=mscholle specialCategory=NONE result=OK
""", "text/plain", "t2_server_TC-0815.log", cte="7bit", charset="us-ascii")],
                     "------------DEF253310"), mid_style=2)


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "owner's-own-use notice: hardship objection based on the named customer's wife's Parkinson's disease and care needs")
def m105():
    body = """Dear Mr Lindqvist,

thank you for sending the notice of termination for owner's own use
("Eigenbedarf") which your landlord served on 30 June 2025 for the flat
at Gellertstraße 9, 30175 Hannover, where you have lived since 1998.

We confirm cover (policy 64-090217-0, claim S-2025-035870) for:

  - advice and the written objection (Widerspruch) under section 574 BGB,
  - defence against an eviction action, should the landlord sue.

Your objection will rely on hardship. You told us that your wife has
had Parkinson's disease for eleven years, now at Hoehn & Yahr stage 4,
that she depends on a wheelchair and that the flat was converted for
her (walk-in shower, stairlift paid for by her long-term care insurer,
care level 3). Her neurologist and the day-care centre are close by.
These are exactly the circumstances the courts weigh under section 574
BGB; a medical certificate describing the consequences of a move will
be important.

The objection must be sent to the landlord in writing no later than two
months before the end of the tenancy, i.e. by 31 January 2026 at the
latest - but please do not wait that long.

Kind regards,
Yusuf Demirtas
Residential & Property Legal Expenses
"""
    return msg(105, staff("Yusuf Demirtas", "yusuf.demirtas"),
               a("Bengt Lindqvist", "bengt.lindqvist@nordpost.example"),
               "Notice for owner's own use - your cover",
               "2025-07-07 11:57", text(body), mid_style=1)

@mail("CONFIDENTIAL", "en", "insurer-to-lawyer",
      "harmless body; a ZIP holds the cover letter PDF and a CSV fee schedule naming the client, employer and salary")
def m106():
    body = """Dear Mr Brandt,

as requested, attached in one file: our cover letter and the fee
schedule we apply in this matter.

Kind regards,
Daniel Okafor
International Claims Desk
"""
    letter = [
        "# Schildwacht Rechtsschutzversicherung AG",
        "Brandt & Özdemir Rechtsanwälte, Hamburg – Dr. Lukas Brandt",
        "Hannover, 17 March 2025",
        "",
        "# Confirmation of cover – claim S-2025-022981",
        "Policyholder: Mr Oliver Whitfield, policy RS-71-905112",
        "Opponent: Brightwater Analytics GmbH, Hamburg",
        "Matter: action against dismissal of 28 February 2025, Labour Court Hamburg",
        "",
        "We confirm cover for the action against dismissal, first instance.",
        "Value in dispute: three gross monthly salaries of EUR 6,250 = EUR 18,750.",
        "Deductible: EUR 250, to be collected by you from the client.",
        "Settlement: please obtain our consent before agreeing to any settlement",
        "that includes claims not covered by this confirmation.",
        "",
        "Kind regards, Daniel Okafor",
    ]
    fees = csvbytes([
        ["item", "VV RVG no.", "rate", "value_eur", "fee_eur"],
        ["procedural fee", "3100", "1.3", "18750", "1001.00"],
        ["hearing fee", "3104", "1.2", "18750", "924.00"],
        ["settlement fee (pending)", "1003", "1.0", "18750", "770.00"],
        ["post & telecoms", "7002", "", "", "20.00"],
        ["client", "Oliver Whitfield", "", "", ""],
    ], delimiter=",")
    z = zipbytes([("Whitfield_S-2025-022981/Cover_letter.pdf", pdf(letter, title="Cover S-2025-022981")),
                  ("Whitfield_S-2025-022981/fee_schedule.csv", fees)],
                 when=(2025, 3, 17, 10, 12, 0))
    return msg(106, staff("Daniel Okafor", "daniel.okafor"),
               a("Dr. Lukas Brandt", "arbeitsrecht@brandt-oezdemir.example"),
               "Documents S-2025-022981",
               "2025-03-17 10:20",
               multi("mixed", [text(body, charset="us-ascii", cte="7bit"),
                               attach(z, CT_ZIP, "S-2025-022981.zip")],
                     "Boundary_106_zip"), mid_style=1)


@mail("NORMAL", "de", "insurer-to-partner",
      "trap: notice to the house bank about the insurer's own accounts and signatories (company IBAN, staff as signatories); no customer")
def m107():
    body = """Sehr geehrte Frau Baumeister,

wir bitten um folgende Änderungen für unsere Geschäftskonten:

1. Konto Schadenzahlungen
   Kontoinhaber: Schildwacht Rechtsschutzversicherung AG
   IBAN: DE06 7137 4632 7148 6322 89
   - neue Zeichnungsberechtigung (gemeinsam zu zweien) für
     Herrn Hauke Rethmeier, Regress/Kostenfestsetzung
   - Löschung der Zeichnungsberechtigung von Frau Gudrun Peschel
     (Ruhestand zum 30.06.2025)

2. Konto Beitragseinzug
   IBAN: DE20 4506 2130 5092 4079 42
   - Erhöhung des Tageslimits für SEPA-Rücklastschriften auf
     50.000 EUR

Die unterschriebenen Formulare und die Legitimationsnachweise kommen per
Post. Der Handelsregisterauszug (HRB 700125) ist aktuell.

Mit freundlichen Grüßen
Bernd Vosskamp
Vorstand Finanzen
Schildwacht Rechtsschutzversicherung AG
"""
    return msg(107, staff("Bernd Vosskamp", "bernd.vosskamp"),
               a("Claudia Baumeister", "firmenkunden@nordbank-hannover.example"),
               "Kontoänderungen Schildwacht RS AG – Zeichnungsberechtigungen",
               "2025-06-26 16:40", text(body, charset="iso-8859-1"), mid_style=1)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "disciplinary proceedings against a named civil servant for alcohol on duty; alcohol dependence and therapy mentioned")
def m108():
    body = """Sehr geehrter Herr Oltmanns,

wir haben Ihre Anfrage zum Disziplinarverfahren geprüft.

Nach dem Schreiben der Landesschulbehörde vom 19.08.2025 wird Ihnen als
Oberstudienrat vorgeworfen, am 03.06.2025 mit Restalkohol (1,1 Promille
beim Atemtest) zum Unterricht erschienen zu sein. Sie haben uns
mitgeteilt, dass bei Ihnen eine Alkoholabhängigkeit diagnostiziert wurde
und Sie seit Juli eine ambulante Therapie bei der Suchtberatung der
Diakonie machen.

Disziplinar-Rechtsschutz ist in Ihrem Vertrag (62-271088-5, Tarif
Premium für Beamte) eingeschlossen. Wir übernehmen die Kosten für die
Verteidigung im behördlichen Disziplinarverfahren und in einem etwaigen
Verfahren vor dem Verwaltungsgericht (Disziplinarkammer).

Bitte beachten Sie: Wird Ihnen im Disziplinarverfahren ein vorsätzliches
Dienstvergehen rechtskräftig nachgewiesen, müssen Sie die von uns
gezahlten Kosten erstatten (§ 2 j ARB).

Schadennummer: S-2025-041119.

Mit freundlichen Grüßen
Benedikt Kurz
Straf- und Disziplinar-Rechtsschutz
"""
    return msg(108, staff("Benedikt Kurz", "benedikt.kurz"),
               a("Jens Oltmanns", "j.oltmanns@mailfach.example"),
               "Disziplinarverfahren – Kostenzusage",
               "2025-08-29 10:28", text(body), mid_style=1)


@mail("CONFIDENTIAL", "de", "lawyer",
      "lawyer's request for cover for a reference-correction claim: named client, employer, salary, grades; quoted in reply")
def m109():
    body = """Sehr geehrter Herr Rechtsanwalt Dr. Brandt,

Deckung ist erteilt (S-2025-037188), Gegenstandswert ein Bruttomonats-
gehalt, wie von Ihnen angesetzt. Da das Arbeitsverhältnis bereits beendet
ist, bitten wir zunächst um ein außergerichtliches Aufforderungsschreiben.

Mit freundlichen Grüßen
Jens Raabe

> Am 18.07.2025 um 09:14 schrieb Kanzlei Brandt & Özdemir:
>
> Sehr geehrte Damen und Herren,
>
> Ihre VN Frau Larissa Behrendt (Vers.-Nr. 62-410553-2) war bis
> 30.06.2025 als Teamleiterin Einkauf bei der Hafenkontor Hamburg GmbH
> beschäftigt (zuletzt 5.800,00 EUR brutto/Monat).
>
> Das Zeugnis vom 04.07.2025 bewertet Leistung und Verhalten nur mit
> "zur Zufriedenheit" (Note 3-4) und enthält den Satz "Sie war stets
> um ein gutes Verhältnis zu Kollegen bemüht". Die Mandantin hatte
> in allen Zwischenbeurteilungen "sehr gut".
>
> Wir beabsichtigen, die Berichtigung auf eine gute bis sehr gute
> Bewertung zu verlangen, und bitten um Deckungszusage.
>
> Mit freundlichen Grüßen
> Dr. Lukas Brandt
"""
    return msg(109, staff("Jens Raabe", "jens.raabe"),
               a("Kanzlei Brandt & Özdemir", "arbeitsrecht@brandt-oezdemir.example"),
               "AW: Behrendt ./. Hafenkontor Hamburg GmbH – Zeugnis",
               "2025-07-18 13:22", text(body),
               in_reply_to="<c7e1aa52-0718@brandt-oezdemir.example>", mid_style=1)


@mail("NORMAL", "en", "internal",
      "trap: customer-satisfaction survey results in aggregate (by practice area, incl. social court), no respondents identifiable")
def m110():
    body = """Hi all,

results of the H1 2025 customer satisfaction survey (n = 2,184 closed
claims, response rate 23 %):

                          Overall   Speed   Clarity   Would recommend
  Employment               1.9      2.0      2.1          82 %
  Tenancy / property       2.0      2.1      2.0          80 %
  Traffic                  1.7      1.6      1.9          88 %
  Contract & consumer      2.1      2.3      2.2          77 %
  Social court             2.4      2.8      2.3          71 %
  Criminal / victim        2.0      1.9      2.2          79 %
  (school grades, 1 = very good, 6 = insufficient)

Free-text themes (coded, not quoted to protect respondents):
  - "waiting for the cover decision" (214 mentions)
  - "friendly on the phone" (188)
  - "letters too legalistic" (131)
  - "did not understand why the objection stage is not covered" (57,
    almost all social-court customers)

Action proposed: plain-language letter for social-court objection
rejections (Ramona's team + Marketing).

Best,
Sophie
"""
    return msg(110, staff("Sophie Wendt", "sophie.wendt"),
               a("Claims leadership", "leistung-leitung@" + DOM),
               "Customer satisfaction H1 2025 - results",
               "2025-08-11 11:45", text(body, charset="us-ascii", cte="7bit"), mid_style=2)


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "harmless body; the ODS large-loss reserve list names customers in medical-malpractice and social-court cases with injuries")
def m111():
    body = """Hallo Ole,

anbei die Liste der Großschäden > 25 TEUR Reserve für den Quartals-
abschluss. Bitte nur intern verwenden – für die Rückversicherung bitte
wie immer nur die Bänder, keine Namen.

Gruß
Henrike
"""
    sheet = ods([("Großschäden Q3", [
        ["Schadennr.", "VN", "Rechtsgebiet", "Sachverhalt", "Reserve EUR"],
        ["S-2025-035129", "Monika Reichelt", "Arzthaftung", "Nervenläsion nach Hüft-TEP, Peroneusparese", 38000],
        ["S-2024-071180", "Björn Tessmer", "Arzthaftung", "Geburtsschaden Kind, Hypoxie, Zerebralparese", 96000],
        ["S-2025-044716", "Declan Brannigan", "Sozialgericht", "EM-Rente, Post-COVID/ME-CFS, Gutachten § 109 SGG", 27500],
        ["S-2025-008812", "Hafenbau Ems GmbH", "Baurecht (Firmen-RS)", "Werklohnklage, 3 Instanzen", 61000],
        ["S-2024-090044", "Natalia Wiśniewska", "Verkehr/Personenschaden", "Polytrauma nach Motorradunfall, Schmerzensgeldklage", 44800],
    ])])
    return msg(111, staff("Dr. Henrike Wolters", "henrike.wolters"),
               staff("Ole Kjellberg", "ole.kjellberg"),
               "Großschadenliste Q3",
               "2025-10-02 17:20",
               multi("mixed", [text(body), attach(sheet, CT_ODS, "Grossschaeden_Q3_2025.ods")],
                     "-----=_ods111"), mid_style=1)


@mail("NORMAL", "de", "insurer-to-customer",
      "trap: phishing warning sent to all customers (fake cover-decision mails asking for bank and health data); generic")
def m112():
    body = """Liebe Kundinnen und Kunden,

derzeit sind gefälschte E-Mails im Umlauf, die angeblich von der
Schildwacht Rechtsschutz kommen. Betreff zum Beispiel:

  "Ihre Deckungszusage liegt bereit – Bestätigung erforderlich"
  "Rückerstattung Selbstbeteiligung"

Die Mails fordern dazu auf, über einen Link Bankdaten, Ausweiskopien oder
sogar ärztliche Unterlagen "zur Prüfung Ihres Falls" hochzuladen.

Bitte beachten Sie:
- Wir fragen niemals per E-Mail nach PIN, TAN oder Passwörtern.
- Unterlagen laden Sie nur im Kundenportal unter
  https://kundenportal.schildwacht-rs.example hoch – tippen Sie die
  Adresse selbst ein.
- Echte Mails von uns enden immer auf @schildwacht-rs.example.

Wenn Sie unsicher sind, rufen Sie uns an: 0511 9744-0.

Ihre Schildwacht Rechtsschutzversicherung AG
"""
    return msg(112, staff("Schildwacht Rechtsschutz", "kundeninfo"),
               a("", "undisclosed-recipients:;"),
               "Achtung: gefälschte E-Mails im Namen der Schildwacht",
               "2025-10-20 08:00", text(body, charset="utf-8", cte="quoted-printable"),
               extra=[("Precedence", "bulk")])


@mail("NORMAL", "de", "newsletter",
      "trap: own customer newsletter on mobile-phone fines and driving bans; generic rules and fine amounts")
def m113():
    body = """SCHILDWACHT RECHT KOMPAKT - Oktober 2025

Handy am Steuer: teurer als gedacht

Wer während der Fahrt ein Handy in die Hand nimmt, zahlt 100 EUR und
bekommt einen Punkt in Flensburg. Mit Gefährdung werden 150 EUR, zwei
Punkte und ein Monat Fahrverbot fällig, mit Unfall 200 EUR.

Auch das Navi zählt: Wer es während der Fahrt bedient, riskiert
dasselbe. Erlaubt ist nur die Sprachsteuerung oder ein kurzer Blick.

Unser Tipp: Wenn Sie einen Anhörungsbogen bekommen, machen Sie zunächst
nur Angaben zur Person - nicht zur Sache. Ihr Verkehrs-Rechtsschutz
zahlt den Anwalt, der Akteneinsicht nimmt und prüft, ob das Foto
überhaupt verwertbar ist.

Zahl des Monats: 23 % aller Bußgeldverfahren unserer Kunden 2024
endeten mit einer Einstellung.

Ihr Schildwacht-Team

Newsletter abbestellen: www.schildwacht-rs.example/newsletter
"""
    return msg(113, staff("Schildwacht Recht kompakt", "newsletter"),
               a("", "undisclosed-recipients:;"),
               "Recht kompakt 10/2025: Handy am Steuer",
               "2025-10-01 07:00", text(body, charset="iso-8859-1", cte="quoted-printable"),
               extra=[("Precedence", "bulk")])


@mail("STRICTLY_CONFIDENTIAL", "en", "lawyer",
      "custody proceedings: lawyer alleges the named father's alcohol dependence and a psychiatric report; forwarded")
def m114():
    body = """Marlene, the English firm again in the Varga custody matter - they now
want cover for the court proceedings, which we do not provide (advice
only). Can you reply? The content is delicate, please use the portal.
Thanks, Greta

-----Original Message-----
From: Eleanor Price <e.price@price-family-law.example>
Sent: Tuesday, 3 June 2025 18:02
To: international@schildwacht-rs.example
Subject: Varga - custody proceedings - cover for court stage

Dear Sir/Madam,

further to our consultation with your policyholder Mr Tamás Varga
(claim S-2025-027716), we now represent him in the custody proceedings
before the Family Court Munich, hearing 12 June 2025.

The mother's lawyer has filed a statement alleging that Mr Varga is
alcohol-dependent and relies on a psychiatric report from 2021 (from
his time in Budapest) which diagnosed harmful use of alcohol (F10.1).
Mr Varga has been abstinent since 2022 and has regular liver-function
tests with his GP, which we will submit.

We would be grateful if you could extend cover to the court stage,
including an expert opinion on parenting capacity.

Kind regards,
Eleanor Price
Solicitor
"""
    return msg(114, staff("Greta Holthusen", "greta.holthusen"),
               staff("Marlene Thiessen", "marlene.thiessen"),
               "FW: Varga - custody proceedings - cover for court stage",
               "2025-06-04 08:30", text(body), mid_style=1)


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "cover declined under the building-works exclusion: named customer, plot address, builder dispute, policy")
def m115():
    body = """Dear Ms Papadopoulou,

thank you for your request regarding your dispute with Baugesellschaft
Nordheide mbH about the delays and defects in the construction of your
new house at Am Heidering 7, 21244 Buchholz in der Nordheide.

I am sorry to tell you that we cannot provide cover. Section 3(1)(d)
of our terms (ARB) excludes disputes in connection with the planning,
construction or structural alteration of a building owned or to be
acquired by the policyholder. This exclusion applies to your contract
62-290044-1 and covers the whole construction contract, including
claims for delay and the withheld instalment of EUR 38,500.

We know that this is disappointing. The exclusion exists because
building disputes are very expensive and would make legal expenses
insurance unaffordable for all customers. Specialist building-owner
legal expenses cover ("Bauherren-Rechtsschutz") would have had to be
taken out before construction began.

Reference: S-2025-029417 (declined). If you disagree, you can contact
our complaints team or the insurance ombudsman.

Kind regards,
Carina Pöhlmann
"""
    return msg(115, staff("Carina Pöhlmann", "carina.poehlmann"),
               a("Eleni Papadopoulou", "eleni.papadopoulou@hellas-post.example"),
               "Your new house - our decision",
               "2025-05-30 12:12", text(body), mid_style=1)


@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: print order for policy-wording booklets and claim forms (incl. a blank health-data consent form); only company data")
def m116():
    body = """Hallo Herr Kuhn,

anbei die Druckfreigabe für den Auftrag DR-2025-044:

  1) ARB 2025, Broschüre A5, 48 Seiten, 4/4-farbig,
     Auflage 40.000, Papier 90 g Recycling
  2) Schadenmeldung Rechtsschutz, A4, 2 Seiten, Auflage 15.000
  3) Einwilligungs- und Schweigepflichtentbindungserklärung
     (Gesundheitsdaten, Sozialgerichtsverfahren), A4, 2 Seiten,
     Auflage 8.000 – Formularstand 07/2025, bitte unbedingt die neue
     Version mit dem Hinweis auf den Widerruf verwenden

Lieferung bis KW 45 an unsere Poststelle, Anlieferung über den Hof
(Rampe, Mo–Fr 7–15 Uhr). Rechnung wie immer an kreditoren@.

Die Druckdaten liegen auf dem FTP-Server im Ordner DR-2025-044.

Viele Grüße
Katharina Baltruschat
"""
    return msg(116, staff("Katharina Baltruschat", "katharina.baltruschat"),
               a("Matthias Kuhn", "auftraege@druckhaus-leinetal.example"),
               "Druckfreigabe DR-2025-044 ARB 2025 / Formulare",
               "2025-10-13 10:05", text(body), mid_style=1)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
      "social-court case on an occupational disease (noise-induced hearing loss, BK 2301) of a named client; audiogram values")
def m117():
    body = """Sehr geehrte Frau Kollegin Dombrowski,

in der Sache Ihres Mandanten Herrn Detlef Ahrens ./. Berufsgenossenschaft
Holz und Metall (unser Zeichen S-2025-032267, Vertrag 62-118802-6)
bestätigen wir Versicherungsschutz für die Klage vor dem Sozialgericht
Braunschweig.

Sachstand nach Ihren Unterlagen: Herr Ahrens war 31 Jahre als Schlosser
in einer Gießerei tätig. Die BG hat die Lärmschwerhörigkeit als
Berufskrankheit Nr. 2301 zwar anerkannt, die Minderung der
Erwerbsfähigkeit aber nur mit 15 % bewertet, sodass keine Rente gezahlt
wird. Das Tonaudiogramm vom 04.03.2025 zeigt einen Hörverlust von
rechts 55 % und links 45 % nach Röser; zusätzlich besteht ein
dekompensierter Tinnitus, den der Gutachter der BG nicht berücksichtigt
hat.

Die Zusage umfasst auch die Kosten eines Gutachtens nach § 109 SGG durch
einen HNO-Arzt Ihrer Wahl (Kostenvorschuss bitte vorab mitteilen).

Mit freundlichen Grüßen
Ramona Eickhoff
Sozialrechtsschutz
"""
    return msg(117, staff("Ramona Eickhoff", "ramona.eickhoff"),
               a("RAin Lea Dombrowski", "dombrowski@sozialrecht-dombrowski.example"),
               "Ahrens ./. BG Holz und Metall – Deckungszusage",
               "2025-05-14 15:33", text(body, charset="windows-1252", cte="quoted-printable"), mid_style=1)


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "contractor dispute over a bathroom renovation: named customer, home address, invoice amounts, policy and claim")
def m118():
    body = """Hello Mr Nguyen,

thanks for the photos - the tiles do look uneven and the shower tray is
clearly not level.

Your dispute with Haustechnik Lehmkuhl e.K. about the renovation of the
bathroom in your flat at Rehbockstraße 4, 30167 Hannover is covered by
your private contract legal expenses cover (policy 62-715593-0, claim
S-2025-034588). Note: this is a renovation inside an existing flat, so
the building-works exclusion does not apply.

Facts as we understand them:
  - contract price EUR 14,200; you have paid EUR 9,940,
  - the contractor demands the final instalment of EUR 4,260,
  - you have set a deadline for remedying the defects until 15 July,
    which expired without result.

We recommend an independent expert report before anything else - the
costs of an expert appointed by your lawyer are covered. Deductible:
EUR 150.

Kind regards,
Daniel Okafor
"""
    return msg(118, staff("Daniel Okafor", "daniel.okafor"),
               a("Minh Nguyen", "minh.nguyen@quickmail.example"),
               "Bathroom renovation - claim S-2025-034588",
               "2025-07-21 16:45", text(body), mid_style=1)


@mail("NORMAL", "en", "insurer-to-customer",
      "trap: how to send us encrypted e-mail (S/MIME certificate fingerprint, PGP not supported); no customer data")
def m119():
    body = """Dear Sir or Madam,

thank you for asking how you can send us documents securely.

Option 1 - Secure upload (recommended)
  https://securemail.schildwacht-rs.example/upload
  No registration needed for a one-off upload; you will receive an
  upload code by text message.

Option 2 - S/MIME encrypted e-mail
  Our mail gateway accepts S/MIME messages encrypted with our domain
  certificate. You can download the certificate at
  https://www.schildwacht-rs.example/smime
    Subject:      CN=schildwacht-rs.example, O=Schildwacht
                  Rechtsschutzversicherung AG, C=DE
    Valid until:  2027-03-31
    SHA-256 fingerprint:
      4F:1C:9A:77:02:E3:5B:C8:91:0D:6E:AA:3F:44:B2:19:
      7C:60:D5:0E:88:21:F3:4A:BE:09:13:C7:5D:E2:66:A1
  Please check the fingerprint before you import the certificate.

PGP is not supported.

Please do not send medical or court documents as ordinary e-mail
attachments.

Kind regards,
Schildwacht Customer Service
"""
    return msg(119, staff("Customer Service", "service"),
               "info@quinn-consulting.example",
               "How to send us documents securely",
               "2025-05-12 10:17", text(body, charset="us-ascii", cte="7bit"), mid_style=1)


@mail("STRICTLY_CONFIDENTIAL", "en", "customer",
      "customer's mail about a disability-pension refusal during breast-cancer treatment (C50.9, chemotherapy), forwarded to the social-law team")
def m120():
    body = """Ramona,

customer in Bremen, English-speaking. Social court - see her message.
Policy 62-850234-1 (social-court cover included since 2018). Please
reply via the portal, she asked for that.

Daniel

>>> Hannah Whitcombe <hannah.whitcombe@mailbox-uk.example> 13.10.2025 19:40 >>>
Dear Schildwacht team,

I was diagnosed with breast cancer (C50.9) in February and have been
through surgery and six cycles of chemotherapy since. My oncologist
says I will need at least another year of treatment (radiotherapy and
antihormone therapy) and I am exhausted all the time.

I applied for a temporary disability pension (Erwerbsminderungsrente)
in May. The Deutsche Rentenversicherung Oldenburg-Bremen rejected it,
saying I could work six hours as soon as the chemotherapy is finished,
and my objection was rejected last week.

I would like to take this to court. Does my insurance pay for a lawyer?
I have attached the decision and the report of the oncology centre.

Thank you,
Hannah Whitcombe
Schwachhauser Heerstraße 201, 28211 Bremen
"""
    return msg(120, staff("Daniel Okafor", "daniel.okafor"),
               staff("Ramona Eickhoff", "ramona.eickhoff"),
               "FW: Disability pension rejected - can you help?",
               "2025-10-14 08:50", text(body), mid_style=1)

@mail("CONFIDENTIAL", "de", "broker",
      "broker's question about a named customer's dispute with a window fitter (existing house), quoted in the answer; policy number, amounts")
def m121():
    body = """Hallo Frau Wiegmann,

gute Nachricht: Der Austausch von Fenstern in einem bestehenden Haus
ist keine genehmigungspflichtige bauliche Veränderung, der Baurisiko-
Ausschluss greift hier also nicht. Deckung für Herrn Lüttjohann ist
erteilt, Schadennummer S-2025-039950, SB 150 EUR.

Beste Grüße
Nils Harmsen

-----Ursprüngliche Nachricht-----
Von: Tanja Wiegmann <t.wiegmann@wiegmann-finanz.example>
Gesendet: Montag, 1. September 2025 12:46
An: Nils Harmsen <nils.harmsen@schildwacht-rs.example>
Betreff: Kunde Lüttjohann – Fensterbauer

Hallo Herr Harmsen,

mein Kunde Herr Gerd Lüttjohann (Vertrag 62-350981-4) hat sich von der
Fensterbau Dreyer GmbH neue Fenster in sein Haus in Rinteln, Kirchweg
15, einbauen lassen (Auftrag 18.600 EUR). Seit dem Einbau im Juni zieht
es an vier Fenstern, eins lässt sich nicht mehr öffnen. Dreyer kommt
nicht zur Nachbesserung und will die Schlussrate von 5.580 EUR.

Ist das versichert oder ist das "Bau" und damit raus? Der Kunde ist
ziemlich sauer, er zahlt seit 2009 bei Ihnen.

Gruß
Tanja Wiegmann
"""
    return msg(121, staff("Nils Harmsen", "nils.harmsen"),
               a("Tanja Wiegmann", "t.wiegmann@wiegmann-finanz.example"),
               "AW: Kunde Lüttjohann – Fensterbauer",
               "2025-09-02 09:05", text(body, charset="windows-1252"), mid_style=1)


@mail("NORMAL", "de", "internal",
      "trap: internal audit summary on the cover-check process (findings, sample sizes, data-protection control gaps); no case data")
def m122():
    body = """Sehr geehrte Damen und Herren,

anbei die Zusammenfassung des Prüfberichts IR-2025-07 "Prozess
Deckungsprüfung Rechtsschutz". Der vollständige Bericht liegt im
Revisionsportal.

Prüfungszeitraum: 01.01.–30.06.2025, Stichprobe 120 Schadenfälle

Feststellungen:
 F1 (wesentlich)  In 9 von 120 Fällen wurden Unterlagen mit
                  Gesundheitsdaten (Sozial-RS) bzw. Angaben zu
                  Strafverfahren (Straf-RS) unverschlüsselt an Kanzleien
                  gemailt. Maßnahme: technische Durchsetzung über das
                  Mail-Gateway bis 31.12.2025.
 F2 (mittel)      Vier-Augen-Prinzip bei Zahlungen > 10.000 EUR in
                  3 Fällen nicht dokumentiert.
 F3 (gering)      Wiedervorlagen bei laufenden Klagefristen teilweise
                  ohne Fristdatum angelegt.

Positiv: Durchlaufzeiten, Begründung von Ablehnungen, Hinweise auf
Stichentscheid und Ombudsmann vollständig.

Gesamturteil: "im Wesentlichen angemessen".

Mit freundlichen Grüßen
Dr. Kerstin Vahle
Interne Revision
"""
    return msg(122, staff("Dr. Kerstin Vahle", "kerstin.vahle"),
               [staff("Dr. Ulrike Harms", "ulrike.harms"), staff("Dr. Henrike Wolters", "henrike.wolters"),
                staff("Mats Oberländer", "mats.oberlaender")],
               "Prüfbericht IR-2025-07 Deckungsprüfung – Zusammenfassung",
               "2025-09-19 14:00", text(body), mid_style=1)


@mail("NORMAL", "de", "internal",
      "trap: circular on how to handle intentional-offence accusations in criminal cover (legal rules, no case)")
def m123():
    body = """Liebe Kolleginnen und Kollegen im Straf-RS,

weil es in den letzten Wochen mehrfach Rückfragen gab, hier noch einmal
die Linie für Vorsatzvorwürfe (§ 2 i ARB 2021 / ARB 2025):

1. Verbrechen (Mindeststrafe 1 Jahr): nie versichert.
2. Vergehen, die nur vorsätzlich begangen werden können (z. B.
   Diebstahl, Betrug, Beleidigung): nicht versichert, auch nicht
   vorläufig - Ausnahme: Spezial-Straf-RS (Firmenkunden).
3. Vergehen, die vorsätzlich und fahrlässig begangen werden können
   (z. B. Körperverletzung, Trunkenheit im Verkehr): vorläufige Zusage;
   Rückforderung nur bei rechtskräftiger Verurteilung wegen Vorsatzes.
4. Einstellung nach § 153a StPO: keine Rückforderung.
5. Verkehrsstraftaten nach § 142 StGB (Unfallflucht): Sonderregel im
   Verkehrs-RS beachten, s. Arbeitsanweisung AA-ST-04.

Bitte in Zweifelsfällen immer an mich oder an Tobias (Verkehr).

Viele Grüße
Benedikt Kurz
Teamleitung Straf- und Opfer-Rechtsschutz
"""
    return msg(123, staff("Benedikt Kurz", "benedikt.kurz"),
               a("Team Straf-RS", "straf-rs@" + DOM),
               "Rundschreiben: Vorsatzvorwürfe im Straf-RS – Linie",
               "2025-06-30 15:30", text(body, charset="iso-8859-1", cte="8bit"), mid_style=1)


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "court-fee advance paid for a named customer's contract claim (base64 body): court file number, opponent, amounts")
def m124():
    body = """Sehr geehrte Frau Marquardt,

das Amtsgericht Lüneburg hat für Ihre Klage gegen die Küchenstudio
Ilmenau GmbH (Az. 13 C 412/25) einen Gerichtskostenvorschuss angefordert.

  Streitwert:              4.780,00 EUR
  3,0 Gerichtsgebühren:      507,00 EUR  (Nr. 1210 KV GKG)

Wir haben den Betrag heute direkt an die Landesjustizkasse überwiesen,
Kassenzeichen 7020 5519 8842. Ihr Anwalt erhält eine Kopie dieser
Nachricht.

Zu Ihrer Erinnerung: Es geht um die Rückzahlung der Anzahlung für die
Einbauküche, die nicht geliefert wurde (Vertrag 62-528370-1, Schaden-
nummer S-2025-035541).

Freundliche Grüße
Carina Pöhlmann
"""
    return msg(124, staff("Carina Pöhlmann", "carina.poehlmann"),
               a("Stefanie Marquardt", "s.marquardt@lg-mail.example"),
               "Gerichtskostenvorschuss AG Lüneburg – erledigt",
               "2025-07-24 11:05", text(body, charset="utf-8", cte="base64"),
               cc=a("RA Dr. Tim Oelkers", "oelkers@kanzlei-oelkers.example"), mid_style=1)


@mail("NORMAL", "en", "insurer-to-partner",
      "trap: reinsurance treaty renewal terms (quota share, commission, large-loss definitions); company data only")
def m125():
    body = """Dear Henrik, dear Marta,

following our call on Tuesday, here are the terms we would like to
propose for the renewal of the quota share treaty from 1 January 2026:

  Cession:              25 % (2025: 30 %)
  Ceding commission:    34 % flat, sliding scale 31-37 % depending on
                        the loss ratio (corridor 58-72 %)
  Profit commission:    20 %, three-year carry forward
  Event limit:          EUR 5 m per event (mass claims, e.g. diesel or
                        data-breach litigation)
  Large-loss reporting: individual claims > EUR 50,000, bands only, no
                        policyholder data (unchanged)
  Exclusions:           capital investment disputes, class actions
                        abroad (unchanged)

We would appreciate your quote by 31 October. Our board meets on
12 November.

Best regards,
Ole Kjellberg
Controlling & Reinsurance
Schildwacht Rechtsschutzversicherung AG
"""
    return msg(125, staff("Ole Kjellberg", "ole.kjellberg"),
               [a("Henrik Aalund", "henrik.aalund@nordic-re.example"),
                a("Marta Ruiz", "marta.ruiz@nordic-re.example")],
               "QS renewal 1/1/2026 - our proposed terms",
               "2025-10-09 10:30", text(body, charset="us-ascii", cte="7bit"),
               cc=staff("Bernd Vosskamp", "bernd.vosskamp"))


@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "HTML-only status table of open social-court cases with names, diagnoses, care levels and deadlines")
def m126():
    body = """<html><head><meta charset="utf-8"><style>
td,th{border:1px solid #999;padding:3px 6px;font-family:Calibri;font-size:10pt}
table{border-collapse:collapse}</style></head><body>
<p>Hallo Henrike,</p>
<p>wie gewünscht der Stand der offenen Sozialgerichtsfälle mit Frist in den
nächsten 4 Wochen:</p>
<table>
<tr><th>Schaden-Nr.</th><th>VN</th><th>Gegner</th><th>Gegenstand</th><th>Frist</th></tr>
<tr><td>S-2025-029930</td><td>Gerhard Lüdecke</td><td>Pflegekasse</td><td>PG 3 statt 2, Alzheimer-Demenz</td><td>31.10.2025 Stellungnahme</td></tr>
<tr><td>S-2025-034402</td><td>Jörn Kuhlmann</td><td>AOK</td><td>Krankengeld, rez. Depression F33.1</td><td>07.11.2025 Klagebegründung</td></tr>
<tr><td>S-2025-039184</td><td>Zbigniew Grabowski</td><td>LS Niedersachsen</td><td>Merkzeichen G, Z. n. Apoplex</td><td>14.11.2025 Gutachten § 109</td></tr>
<tr><td>S-2025-044716</td><td>Declan Brannigan</td><td>DRV Nord</td><td>EM-Rente, Post-COVID/ME-CFS</td><td>08.11.2025 Klagefrist</td></tr>
<tr><td>S-2025-032267</td><td>Detlef Ahrens</td><td>BG Holz und Metall</td><td>BK 2301, MdE 15 %</td><td>21.11.2025 Termin SG BS</td></tr>
</table>
<p>Bei Brannigan ist die Klage noch nicht eingereicht, ich hake morgen nach.</p>
<p>Gruß<br>Ramona</p>
</body></html>
"""
    return msg(126, staff("Ramona Eickhoff", "ramona.eickhoff"),
               staff("Dr. Henrike Wolters", "henrike.wolters"),
               "Fristenliste Sozial-RS",
               "2025-10-20 16:12", html(body), mid_style=1)


@mail("CONFIDENTIAL", "en", "lawyer",
      "lawyer's cover request on a non-renewed fixed-term contract: named client, employer, salary; quoted below the approval")
def m127():
    body = """Dear Mr Ashworth,

cover confirmed (claim S-2025-040412). Please note that the action must
be filed within three weeks after the agreed end of the contract
(section 17 TzBfG), i.e. by 21 August 2025.

Regards,
Jens Raabe

---- Original message ----
From: Jonathan Ashworth <j.ashworth@ashworth-legal.example>
Date: 28 July 2025 17:20
Subject: Ms Priya Raman - fixed-term contract

Dear Mr Raabe,

our client Ms Priya Raman (your policy 62-902841-0) has worked for
Elbgate Research gGmbH in Hamburg as a data scientist since 1 August
2023 under a fixed-term contract ending 31 July 2025, gross salary
EUR 5,480 per month. The employer has told her the contract will not be
renewed.

The contract was extended once in 2024 without an objective reason; the
extension changed her working hours and tasks, which in our view turned
it into a new fixed-term contract that is invalid without an objective
reason. Our German colleagues will file an action for a declaration that
the employment continues indefinitely (Entfristungsklage).

Could you please confirm cover?

Kind regards,
Jonathan Ashworth
"""
    return msg(127, staff("Jens Raabe", "jens.raabe"),
               a("Jonathan Ashworth", "j.ashworth@ashworth-legal.example"),
               "RE: Ms Priya Raman - fixed-term contract",
               "2025-07-29 09:03", text(body, charset="us-ascii", cte="7bit"), mid_style=1)


@mail("NORMAL", "de", "internal",
      "trap: maintenance window for the claims system (cover checks, fee payments, health-data flag) without any case")
def m128():
    body = """Wartungsfenster Schadensystem RS-LEIST

Wann:   Samstag, 15.11.2025, 06:00 Uhr bis Sonntag, 16.11.2025, 18:00 Uhr
Was:    Update auf Release 25.4 (u. a. neues Pflichtfeld "Sonderkategorie
        Art. 9/10 DSGVO", Korrektur der RVG-Tabelle für Aufträge ab
        01.06.2025, Performance der Kostennotenprüfung)
Folgen: - keine Deckungsprüfung und keine Zahlungsfreigaben
        - Kundenportal zeigt Wartungshinweis, Uploads werden gepuffert
        - Telefonie normal, Hotline arbeitet mit Notfallmappe (Papier)

Bitte bis Freitag 15:00 Uhr alle Zahlungen freigeben, die vor dem
Wochenende raus müssen. Laufende Klagefristen am Wochenende bitte
manuell im Teamkalender vermerken.

IT-Betrieb / Change CHG-25-1187
"""
    return msg(128, staff("IT-Betrieb", "it-betrieb"),
               a("Alle Mitarbeitenden Leistung", "leistung-rs@" + DOM),
               "Wartung RS-LEIST 15./16.11. – keine Deckungsprüfung möglich",
               "2025-11-05 12:00", text(body, charset="utf-8", cte="quoted-printable"),
               extra=[("X-Change-ID", "CHG-25-1187")])


@mail("STRICTLY_CONFIDENTIAL", "de", "lawyer",
      "workplace bullying claim: lawyer reports the named client's post-traumatic stress disorder and inpatient psychotherapy")
def m129():
    body = """Jens – Anwältin will Deckung für Schmerzensgeldklage wegen Mobbing.
Ich hab's dir reinkopiert, Anlagen (Entlassungsbericht, Gedächtnis-
protokolle) liegen in der Akte S-2025-043120. Aylin

Aus der Mail von RAin Aydın-Kraus vom 23.10.2025:

"Unsere Mandantin, Frau Daniela Reinhold (Ihr VN, Vertrag 62-611029-8),
ist seit 2016 Pflegefachkraft im Seniorenzentrum Am Mühlenteich gGmbH.
Seit dem Wechsel der Pflegedienstleitung Anfang 2024 wurde sie
systematisch herabgesetzt, vor Bewohnern angeschrien, aus Dienstplänen
gestrichen und in einer WhatsApp-Gruppe der Leitung als 'psychisch
labil' bezeichnet.

Frau Reinhold ist seit dem 12.02.2025 arbeitsunfähig. Sie war vom
03.04. bis 22.05.2025 in stationärer psychosomatischer Behandlung in
der Klinik Waldfrieden; diagnostiziert wurden eine posttraumatische
Belastungsstörung (F43.1) und eine mittelgradige depressive Episode
(F32.1). Der Entlassungsbericht liegt bei.

Wir beabsichtigen, Schmerzensgeld (mind. 15.000 EUR) und Schadensersatz
gegen die Arbeitgeberin und die Pflegedienstleiterin persönlich geltend
zu machen, und bitten um Deckungszusage."
"""
    return msg(129, staff("Aylin Kaya", "aylin.kaya"),
               staff("Jens Raabe", "jens.raabe"),
               "Mobbing Reinhold – Deckungsanfrage (bitte prüfen)",
               "2025-10-23 14:48", text(body), mid_style=1)


@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "policy change adding a spouse: names, birth dates, address, new premium and policy number")
def m130():
    body = """Dear Mr Haugen,

congratulations on your wedding! As requested, we have changed your
policy from "single" to "family" with effect from 1 June 2025.

  Policy number:        62-880463-2
  Policyholder:         Mr Lars Haugen, born 14/03/1988
  Co-insured spouse:    Ms Ingunn Haugen-Sørlie, born 02/11/1990
  Address:              Kollwitzstraße 58, 10405 Berlin
  Modules:              private, professional, traffic, residential (tenant)
  Deductible:           EUR 150
  New monthly premium:  EUR 36.20 (previously EUR 29.90)

Your wife is insured from 1 June for new legal disputes. For employment
cases, the three-month waiting period applies to her as a newly
insured person.

The updated policy schedule will be available in your customer portal
within the next few days.

Kind regards,
Carina Pöhlmann
Policy Administration
"""
    return msg(130, staff("Carina Pöhlmann", "carina.poehlmann"),
               a("Lars Haugen", "lars.haugen@fjordpost.example"),
               "Your policy 62-880463-2 - change to family cover",
               "2025-05-21 13:25", text(body), mid_style=1)


@mail("NORMAL", "en", "internal",
      "trap: data-protection FAQ draft on e-mailing criminal and health data in claims; rules only, no persons")
def m131():
    body = """Hi all,

draft of the FAQ for the intranet. Comments by Friday please.

FAQ: Sending claim documents by e-mail

Q: May I e-mail a cover decision to the customer?
A: Yes, over our gateway (TLS enforced). If the decision contains health
   data or information on criminal proceedings, it must go encrypted or
   via the SecureMail portal - unless the customer has given written
   consent to receive such data by ordinary e-mail.

Q: A lawyer asks us to e-mail the expert medical opinion. OK?
A: Only via the portal or S/MIME. Law firms usually have S/MIME
   certificates; check the directory first.

Q: What about the fact that someone is insured with us?
A: That alone is personal data (confidential). Don't mention policy or
   claim numbers in the subject line when writing to third parties.

Q: Statistics by practice area?
A: Fine as long as no cell allows conclusions on individuals (rule of
   thumb: at least 5 cases per cell).

Q: Can I forward a customer's e-mail to a colleague?
A: Internally yes, to people who work on the case.

Mats
Data Protection Officer
"""
    return msg(131, staff("Mats Oberländer", "mats.oberlaender"),
               a("DP champions", "ds-champions@" + DOM),
               "Draft FAQ - sending claim documents by e-mail",
               "2025-04-16 16:03", text(body, charset="us-ascii", cte="7bit"), mid_style=2)


@mail("NORMAL", "en", "insurer-to-broker",
      "trap: broker FAQ on status requests (client consent needed, no details of criminal or social-court matters by mail); generic")
def m132():
    body = """Dear partners,

we regularly receive status requests from brokers about their clients'
ongoing legal expenses claims. To keep within data protection law,
please note:

1. We can tell you whether cover was granted only if your client has
   signed the broker mandate with the data protection clause (version
   2023 or later). Please upload it to the broker portal once.
2. Details of the dispute - especially in criminal, disciplinary and
   social-court matters or anything involving health - are never sent to
   brokers by e-mail. Please ask your client to contact us directly, or
   use the broker portal where the cover status (granted / declined /
   pending) is visible without details.
3. Fee notes and court documents are only sent to the client and the
   client's lawyer.

Thank you for your understanding.

Kind regards,
Nils Harmsen
Broker Relations
Schildwacht Rechtsschutzversicherung AG
"""
    return msg(132, staff("Nils Harmsen", "nils.harmsen"),
               a("Broker partners", "broker-partners@" + DOM),
               "Status requests for your clients' claims - what we can share",
               "2025-02-27 10:00", text(body, charset="us-ascii", cte="7bit"))


@mail("CONFIDENTIAL", "mixed", "broker",
      "Luxembourg broker's English request with German notes; CSV attachment lists named clients with policy numbers and birth dates")
def m133():
    body = """Carina,

der Makler aus Luxemburg (Grenzgänger-Bestand) schickt seine Liste für
den Bestandsübertrag. Bitte abgleichen, ob alle Verträge bei uns
existieren und ihm zuordnen. Seine Mail unten.

Danke, Nils

-----Original Message-----
From: Luc Weber <l.weber@moselle-courtage.example>
Sent: Thursday, 20 March 2025 14:02
To: nils.harmsen@schildwacht-rs.example
Subject: portfolio transfer - cross-border clients

Hello Mr Harmsen,

as discussed, please find attached the list of our clients living in
Germany and working in Luxembourg whose legal expenses policies with
you should be transferred to our agency (broker mandates signed, copies
follow by post).

Merci et bonne journée,
Luc Weber
Moselle Courtage S.à r.l.
"""
    rows = [["Nachname", "Vorname", "Geburtsdatum", "Vertrag", "PLZ", "Ort"],
            ["Schmitt", "Pascale", "1984-06-12", "62-144802-3", "54290", "Trier"],
            ["Hoffmann", "Jean-Marc", "1979-01-30", "62-150337-9", "54439", "Saarburg"],
            ["Kremer", "Anouk", "1991-09-05", "62-171920-4", "66706", "Perl"],
            ["Wagner", "Tom", "1986-12-22", "62-208854-1", "54294", "Trier"],
            ["Fisch", "Sandrine", "1975-04-17", "62-233091-0", "54441", "Ayl"]]
    return msg(133, staff("Nils Harmsen", "nils.harmsen"),
               staff("Carina Pöhlmann", "carina.poehlmann"),
               "WG: portfolio transfer - cross-border clients",
               "2025-03-20 15:11",
               multi("mixed", [text(body),
                               attach(csvbytes(rows, encoding="cp1252"), "application/vnd.ms-excel",
                                      "clients_DE_transfer.csv")],
                     "----=_NextPart_133_lux"), mid_style=1)


@mail("NORMAL", "de", "insurer-to-customer",
      "trap: customer-survey invitation (bulk, no personal or contract data)")
def m134():
    body = """Guten Tag,

Sie haben in den letzten Monaten mit uns telefoniert oder geschrieben.
Wie zufrieden waren Sie? Ihre Meinung hilft uns, besser zu werden.

Die Umfrage dauert etwa 4 Minuten und ist anonym. Wir speichern weder
Ihren Namen noch Ihre Vertragsnummer zu den Antworten.

  Zur Umfrage: https://umfrage.schildwacht-rs.example/k25

Die Umfrage läuft bis zum 30.11.2025. Unter allen Teilnehmenden
verlosen wir fünf Gutscheine über je 50 EUR für eine Buchhandlung.

Vielen Dank!
Ihr Kundenservice der Schildwacht Rechtsschutz

Sie möchten keine Umfragen mehr erhalten? Antworten Sie einfach mit
"Abmelden".
"""
    return msg(134, staff("Schildwacht Kundenservice", "umfrage"),
               a("", "undisclosed-recipients:;"),
               "Wie zufrieden waren Sie mit uns? (4 Minuten)",
               "2025-11-03 09:00", text(body),
               extra=[("Precedence", "bulk")])


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "insurance-contract dispute with a private health insurer over IVF costs: named customer's infertility diagnosis and treatment cycles")
def m135():
    body = """Dear Ms Sandoval,

thank you for sending the rejection letter from your private health
insurer, Aurelia Krankenversicherung AG.

You and your husband have been trying to have a child for four years.
According to the fertility centre in Hamburg, the cause is a tubal
factor (N97.1) on your side; two cycles of IVF with ICSI were
recommended. The health insurer refuses to reimburse the costs of
EUR 11,640 for the first cycle because, in its view, the treatment has
insufficient prospects of success at your age.

Your policy 62-503320-7 includes insurance-contract legal expenses
cover, so a dispute with your own health insurer is covered. We confirm
cover (claim S-2025-033517) for:

  - out-of-court representation against Aurelia,
  - if necessary, an action before the competent civil court,
  - a medical expert opinion on the prospects of success of the
    treatment, if your lawyer considers it necessary.

Deductible: EUR 150.

Kind regards,
Greta Holthusen
International Claims Desk
"""
    return msg(135, staff("Greta Holthusen", "greta.holthusen"),
               a("Valeria Sandoval", "valeria.sandoval@correo-web.example"),
               "Your dispute with Aurelia - cover confirmed",
               "2025-06-20 15:06", text(body), mid_style=1)

@mail("CONFIDENTIAL", "de", "lawyer",
      "enforcement against a debtor on behalf of a named customer: title, amounts, garnishment of the debtor's account; lawyer's mail quoted")
def m136():
    body = """Hallo Hauke,

kannst du die Vollstreckungskosten freigeben? Aus meiner Sicht sind das
die ersten drei Vollstreckungsversuche (§ 5 Abs. 3 g ARB), also gedeckt.

Jens

> Von: Kanzlei Oelkers <oelkers@kanzlei-oelkers.example>
> Gesendet: Dienstag, 4. November 2025 10:12
> Betreff: Marquardt ./. Küchenstudio Ilmenau GmbH – Zwangsvollstreckung
>
> Sehr geehrte Damen und Herren,
>
> das Urteil des AG Lüneburg vom 09.10.2025 (13 C 412/25) zugunsten
> Ihrer VN Frau Stefanie Marquardt über 4.780,00 EUR nebst Zinsen ist
> rechtskräftig. Die Schuldnerin hat nicht gezahlt.
>
> Wir beabsichtigen:
> 1. Pfändungs- und Überweisungsbeschluss betreffend das Geschäftskonto
>    der Schuldnerin bei der Ilmenau Volksbank,
> 2. parallel Vollstreckungsauftrag an den Gerichtsvollzieher
>    (Vermögensauskunft),
> und bitten um Bestätigung der Kostenübernahme (Gerichtsgebühr
> Nr. 2111 KV GKG 24,00 EUR, GV-Kosten ca. 60 EUR, 0,3-Gebühren
> Nr. 3309 VV RVG).
>
> Ihr Zeichen: S-2025-035541
>
> Mit freundlichen Grüßen
> Dr. Tim Oelkers
"""
    return msg(136, staff("Jens Raabe", "jens.raabe"),
               staff("Hauke Rethmeier", "hauke.rethmeier"),
               "WG: Marquardt ./. Küchenstudio Ilmenau GmbH – Zwangsvollstreckung",
               "2025-11-04 11:20", text(body), mid_style=1)


@mail("NORMAL", "en", "insurer-to-supplier",
      "trap: purchase order for ergonomic chairs and standing desks 'for colleagues with back problems'; nobody named")
def m137():
    body = """Dear Mr Holm,

thank you for the demonstration last week. We would like to order:

  Item                                    Qty   Unit price   Total
  ErgoSit Pro 3D chair, fabric anthracite  24    EUR 489.00   EUR 11,736.00
  Lift 160 standing desk, 160 x 80 cm      12    EUR 712.00   EUR  8,544.00
  Footrest, adjustable                     10    EUR  39.90   EUR    399.00
  Delivery and assembly (flat)              1    EUR 650.00   EUR    650.00
                                                              -------------
  Total (net)                                                 EUR 21,329.00

PO number: EK-2025-0702, cost centre 4310 (Claims).

Background, in case your consultant needs it for the set-up: the chairs
are part of our occupational health programme and are meant for
colleagues with back problems who have asked for them via the company
doctor - we will tell your fitter on the day which desks to equip; no
names are needed in advance.

Delivery: week 48, 5th floor, Am Schiffgraben 61, 30175 Hannover.
Contact on site: Mr Ewert, Facility Management, +49 511 9744-105.

Kind regards,
Katharina Baltruschat
Purchasing
"""
    return msg(137, staff("Katharina Baltruschat", "katharina.baltruschat"),
               a("Kasper Holm", "orders@ergoline-office.example"),
               "PO EK-2025-0702 - chairs and standing desks",
               "2025-11-06 14:22", text(body, charset="us-ascii", cte="7bit"), mid_style=1)


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "fixed-term contract not extended after the named customer announced her pregnancy; due date and pregnancy complications")
def m138():
    body = """Liebe Frau Tegtmeyer,

danke für Ihre ausführliche Nachricht. Wir haben verstanden:

- Sie arbeiten seit 2023 befristet als Laborantin bei der Biolytix
  Diagnostics GmbH in Göttingen, der Vertrag endet am 31.12.2025.
- Ihre Vorgesetzte hatte Ihnen im Sommer die Entfristung zugesagt.
- Nachdem Sie im September Ihre Schwangerschaft mitgeteilt hatten
  (errechneter Termin 03.03.2026), wurde Ihnen erklärt, der Vertrag
  werde "aus wirtschaftlichen Gründen" nicht verlängert.
- Wegen vorzeitiger Wehen hat Ihre Frauenärztin seit Oktober ein
  Beschäftigungsverbot ausgesprochen.

Das Auslaufen einer Befristung ist grundsätzlich keine Kündigung, der
Mutterschutz verhindert es daher nicht automatisch. Wird die Verlängerung
aber gerade wegen der Schwangerschaft verweigert, kann das eine
Diskriminierung nach dem AGG sein und einen Entschädigungsanspruch
auslösen (Frist: zwei Monate, § 15 Abs. 4 AGG).

Wir übernehmen die Kosten einer Anwältin oder eines Anwalts (Vertrag
62-470125-9, Schadennummer S-2025-042903), zunächst für die
außergerichtliche Geltendmachung. Selbstbeteiligung 150 EUR.

Alles Gute für Sie und das Baby!
Jens Raabe
"""
    return msg(138, staff("Jens Raabe", "jens.raabe"),
               a("Marie Tegtmeyer", "marie.tegtmeyer@goe-mail.example"),
               "Ihre Befristung bei Biolytix – Kostenzusage",
               "2025-10-17 12:34", text(body), mid_style=1)


@mail("NORMAL", "de", "insurer-to-customer",
      "trap: answer to an anonymous contact-form question about towing costs and parking fines; general rules, no contract or person")
def m139():
    body = """Guten Tag,

vielen Dank für Ihre Frage über unser Kontaktformular. Da Sie keine
Vertragsnummer angegeben haben, kann ich Ihnen nur allgemein antworten:

1. Verwarnungsgeld fürs Falschparken: Die Rechtsschutzversicherung zahlt
   nie das Verwarnungs- oder Bußgeld selbst. Bei einem Verwarnungsgeld
   bis 55 EUR lohnt sich ein Anwalt in der Regel nicht; viele Tarife
   schließen Halt- und Parkverstöße auch ausdrücklich aus.
2. Abschleppkosten: Wenn Sie meinen, dass Ihr Auto zu Unrecht
   abgeschleppt wurde (z. B. Halteverbotsschild erst nach dem Parken
   aufgestellt), können Sie gegen den Kostenbescheid Widerspruch
   einlegen und klagen. Das ist ein Verwaltungsverfahren – ob das
   versichert ist, hängt vom Tarif ab (Verkehrs-RS "Komfort" und
   "Premium": ja).
3. Privatgrundstück: Wurde Ihr Auto von einem Supermarktparkplatz
   abgeschleppt, ist das ein zivilrechtlicher Streit – versichert im
   Verkehrs-Rechtsschutz.

Wenn Sie bei uns versichert sind, rufen Sie uns gern mit Ihrer
Vertragsnummer an: 0511 9744-0.

Freundliche Grüße
Ihr Kundenservice
Schildwacht Rechtsschutzversicherung AG
"""
    return msg(139, staff("Kundenservice", "service"),
               "parkplatzfrage@freemail-de.example",
               "Ihre Frage: Abschleppkosten / Falschparken",
               "2025-08-12 10:40", text(body, charset="windows-1252", cte="quoted-printable"), mid_style=1)


@mail("NORMAL", "de", "internal",
      "trap: DOCX template of a fee note with «placeholders» (client, court file, dispute value); no real case")
def m140():
    body = """Hallo zusammen,

für die Schulung der Neuen am 01.10. habe ich ein Muster einer
RVG-Kostennote zusammengestellt – mit Platzhaltern, damit man sieht, wo
die typischen Fehler stecken (Gebührensatz, Gegenstandswert,
Anrechnung der Geschäftsgebühr nach Vorbem. 3 Abs. 4 VV RVG).

Bitte nicht an Kanzleien weitergeben, das ist unser internes Prüfmuster.

Aylin
"""
    doc = docx([
        ("h", "Muster Kostennote (Prüfmuster, intern)"),
        "Kanzlei «Kanzleiname», «Anschrift»",
        "Mandant/in: «Vorname Nachname» – Ihr Zeichen: «Schadennummer»",
        "Sache: «Mandant» ./. «Gegner» – Gericht: «Gericht», Az. «Aktenzeichen»",
        "Gegenstandswert: «Wert» EUR (Prüfen: Vierteljahresverdienst? Jahresmiete? Mehrwert Vergleich?)",
        ("table", [["Nr. VV RVG", "Gebühr", "Satz", "Betrag"],
                   ["2300", "Geschäftsgebühr", "«1,3»", "«…»"],
                   ["Vorbem. 3 Abs. 4", "Anrechnung hälftig, max. 0,75", "«-0,65»", "«…»"],
                   ["3100", "Verfahrensgebühr", "1,3", "«…»"],
                   ["3104", "Terminsgebühr", "1,2", "«…»"],
                   ["1003", "Einigungsgebühr (anhängig)", "1,0", "«…»"],
                   ["7002", "Post- und Telekommunikationspauschale", "", "20,00"],
                   ["7008", "Umsatzsteuer 19 %", "", "«…»"]]),
        ("b", "Typische Fehler"),
        "1. Einigungsgebühr 1,5 statt 1,0 bei anhängigem Verfahren.",
        "2. Anrechnung der Geschäftsgebühr vergessen.",
        "3. Neue Gebührentabelle angewendet, obwohl der Auftrag vor dem 01.06.2025 erteilt wurde (§ 60 RVG).",
        "4. Gegenstandswert bei Kündigungsschutz aus Jahresgehalt statt Vierteljahresverdienst.",
    ], title="Muster Kostennote")
    return msg(140, staff("Aylin Kaya", "aylin.kaya"),
               a("Kostenprüfung", "kostenpruefung@" + DOM),
               "Muster Kostennote für die Schulung (mit Platzhaltern)",
               "2025-09-24 10:18",
               multi("mixed", [text(body), attach(doc, CT_DOCX, "Muster_Kostennote_Platzhalter.docx")],
                     "b2_muster140"), mid_style=1)


@mail("NORMAL", "mixed", "internal",
      "trap: bilingual holiday rota naming colleagues with leave dates only (no reasons), organisational")
def m141():
    body = """Hi team / Hallo zusammen,

Urlaubsplanung Weihnachten – bitte prüfen, ob alles stimmt.
Christmas holiday rota - please check your entries.

  Name              Urlaub / leave              Vertretung / cover
  Greta Holthusen   22.12.2025 - 02.01.2026     Daniel Okafor
  Daniel Okafor     05.01. - 09.01.2026         Greta Holthusen
  Jens Raabe        22.12. - 24.12.2025         Aylin Kaya
  Ramona Eickhoff   27.12.2025 - 06.01.2026     Jens Raabe (Fristen!)
  Yusuf Demirtas    29.12. - 31.12.2025         Carina Pöhlmann

Zwischen den Jahren ist die Hotline bis 16 Uhr besetzt.
Between Christmas and New Year the hotline closes at 4 pm.

Bitte Fristen bis 09.01. vorher im Teamkalender eintragen. Please enter
all deadlines until 9 January in the team calendar beforehand.

Danke / thanks,
Henrike
"""
    return msg(141, staff("Dr. Henrike Wolters", "henrike.wolters"),
               a("Team Leistung", "leistung-rs@" + DOM),
               "Urlaubsplanung Weihnachten / Christmas rota",
               "2025-11-10 08:30", text(body, cte="8bit"), mid_style=2)


@mail("CONFIDENTIAL", "mixed", "insurer-to-customer",
      "bilingual final cost statement after a settlement with a cost split: named customer, amounts, refund of deductible, customer's mistyped (checksum-invalid) IBAN")
def m142():
    body = """Dear Ms Castellanos, liebe Frau Castellanos,

Ihr Streit mit Ihrem Vermieter über die Mieterhöhung ist durch Vergleich
vor dem Amtsgericht Leipzig erledigt (Az. 168 C 2270/25). The settlement:
rent increases to EUR 799 instead of EUR 851; costs are split 40 % (you)
to 60 % (landlord).

Schlussabrechnung / final statement (claim S-2025-019554):

  Ihre Anwaltskosten / your lawyer's fees        1.412,39 EUR
  Gerichtskosten / court fees                       483,00 EUR
  Kostenerstattung Vermieter (60 %)                -758,23 EUR
  ---------------------------------------------------------------
  von uns getragen / paid by us                    1.137,16 EUR
  Ihre Selbstbeteiligung / your deductible          150,00 EUR

Since the landlord bears more than half of the costs, your tariff
(Komfort) provides that we also reimburse your deductible of EUR 150.

Leider ist die IBAN, die Sie uns am 12. Juni genannt haben
(DE58 5107 4472 0019 2979 98), ungültig – vermutlich ein Tippfehler in
den letzten Ziffern. The IBAN you gave us on 12 June seems to contain a
typo; please send it again and we will transfer the EUR 150 at once.

Der Fall ist damit abgeschlossen. Your claim is now closed.

Viele Grüße / kind regards
Daniel Okafor
"""
    return msg(142, staff("Daniel Okafor", "daniel.okafor"),
               a("Lucía Castellanos", "lucia.castellanos@correo-web.example"),
               "Schlussabrechnung / final statement S-2025-019554",
               "2025-09-30 14:55", text(body), mid_style=1)


@mail("NORMAL", "mixed", "newsletter",
      "trap: bilingual expat newsletter (text + HTML) with general legal tips and anonymous statistics")
def m143():
    plain = """Schildwacht Expat Letter – Herbst / Autumn 2025

DE: Neu in Deutschland? Drei Dinge, die Sie kennen sollten
EN: New to Germany? Three things you should know

1. Arbeitsvertrag / Employment contract
   DE: Probezeit max. 6 Monate, Kündigungsfrist dann 2 Wochen.
   EN: Probation max. 6 months, notice period during probation 2 weeks.

2. Mietkaution / Rent deposit
   DE: Höchstens drei Nettokaltmieten, zahlbar in drei Raten.
   EN: Max. three months' net rent, payable in three instalments.

3. Bußgeld / Traffic fines
   DE: Anhörungsbogen? Zuerst nur Angaben zur Person.
   EN: Received a hearing form? Only give your personal details first.

Zahlen / figures 2024: 38 % unserer englischsprachigen Kunden hatten
einen Mietfall, 29 % einen Arbeitsrechtsfall. 38 % of our
English-speaking customers had a tenancy case, 29 % an employment case.

Hotline (DE/EN): +49 511 9744-500
Abmelden / unsubscribe: www.schildwacht-rs.example/newsletter
"""
    htmlpart = """<html><body style="font-family:Segoe UI,Arial,sans-serif;max-width:620px">
<h2>Schildwacht Expat Letter &ndash; Herbst / Autumn 2025</h2>
<p><b>DE:</b> Neu in Deutschland? Drei Dinge, die Sie kennen sollten<br>
<b>EN:</b> New to Germany? Three things you should know</p>
<table border="1" cellpadding="5" style="border-collapse:collapse">
<tr><th></th><th>Deutsch</th><th>English</th></tr>
<tr><td>Arbeitsvertrag / Employment</td><td>Probezeit max. 6 Monate, K&uuml;ndigungsfrist dann 2 Wochen.</td><td>Probation max. 6 months, notice during probation 2 weeks.</td></tr>
<tr><td>Mietkaution / Deposit</td><td>H&ouml;chstens drei Nettokaltmieten, zahlbar in drei Raten.</td><td>Max. three months' net rent, payable in three instalments.</td></tr>
<tr><td>Bu&szlig;geld / Fines</td><td>Anh&ouml;rungsbogen? Zuerst nur Angaben zur Person.</td><td>Hearing form? Only give your personal details first.</td></tr>
</table>
<p>Zahlen / figures 2024: 38&nbsp;% Mietf&auml;lle / tenancy cases, 29&nbsp;% Arbeitsrecht / employment.</p>
<p>Hotline (DE/EN): +49 511 9744-500 &middot;
<a href="https://www.schildwacht-rs.example/newsletter">Abmelden / unsubscribe</a></p>
</body></html>
"""
    return msg(143, staff("Schildwacht Expat Letter", "newsletter"),
               a("", "undisclosed-recipients:;"),
               "Expat Letter Herbst/Autumn 2025",
               "2025-10-15 07:00",
               multi("alternative", [text(plain), html(htmlpart)], "=_expat_143_alt"),
               extra=[("Precedence", "bulk")])


@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
      "paternity challenge: DNA test result (genetic data) of the named client and child; advice cover")
def m144():
    body = """Sehr geehrte Frau Rechtsanwältin Schüttler,

in Sachen Ihres Mandanten Herrn Sven Ruhnke (Vertrag 62-318827-3,
unser Zeichen S-2025-039713) bestätigen wir Beratungs-Rechtsschutz im
Familienrecht für die Beratung über die Anfechtung der Vaterschaft für
das Kind Mila Ruhnke, geb. 2021.

Nach Ihrer Mitteilung hat ein privat in Auftrag gegebenes
Abstammungsgutachten (Labor GenoCheck, Bericht vom 28.07.2025) bei 24
untersuchten STR-Systemen in 7 Systemen Ausschlusskonstellationen ergeben;
die Vaterschaft Ihres Mandanten sei damit "praktisch ausgeschlossen".
Sie weisen zu Recht darauf hin, dass ein heimlich eingeholtes Gutachten
im Anfechtungsverfahren nach dem Gendiagnostikgesetz nicht verwertbar
ist und ein Verfahren nach § 1598a BGB vorgeschaltet werden sollte.

Versichert ist nach Ihrem Tarif die Beratung (Nr. 2102 VV RVG), nicht
das gerichtliche Anfechtungsverfahren selbst. Die Kosten des
Privatgutachtens sind nicht erstattungsfähig.

Mit freundlichen Grüßen
Marlene Thiessen
Familien- und Erbrecht
"""
    return msg(144, staff("Marlene Thiessen", "marlene.thiessen"),
               a("RAin Miriam Schüttler", "kanzlei@schuettler-recht.example"),
               "Ruhnke – Beratung Vaterschaftsanfechtung",
               "2025-08-07 09:50", text(body, charset="iso-8859-1"), mid_style=1)


@mail("NORMAL", "en", "internal",
      "trap: ODT template of an English fee agreement for foreign lawyers with placeholders; no real client")
def m145():
    body = """Hi Greta, hi Daniel,

as discussed, here is the template fee agreement for foreign law firms
(hourly rates capped at the RVG level) in ODT so you can edit it in
LibreOffice. All names are placeholders - please save a copy per case,
never overwrite the template.

Legal has approved clauses 1-5; clause 6 (data protection) still needs
Mats' OK.

Aylin
"""
    doc = odt([
        ("h", "Fee agreement – foreign counsel (TEMPLATE)"),
        "Between Schildwacht Rechtsschutzversicherung AG, Hannover (\"the Insurer\") and [LAW FIRM], [ADDRESS] (\"Counsel\")",
        "Client: [CLIENT NAME] – claim number: [S-YYYY-NNNNNN]",
        "1. Counsel will advise the Client in the matter [SHORT DESCRIPTION] under the law of [JURISDICTION].",
        "2. Hourly rate: [RATE] per hour, capped at the fees a German lawyer would receive under the RVG for the same value in dispute ([VALUE] EUR).",
        "3. Counsel will provide a cost estimate before each new stage (court proceedings, appeal).",
        "4. Invoices are addressed to the Client, quoting the claim number, and sent to the Insurer for payment.",
        "5. Fees exceeding the cap are not covered unless the Insurer has agreed in writing.",
        "6. Data protection: documents containing health data or data on criminal proceedings are exchanged only via the Insurer's secure portal. [TO BE APPROVED BY DPO]",
        "Signed: ____________________ (Insurer)    ____________________ (Counsel)",
    ])
    return msg(145, staff("Aylin Kaya", "aylin.kaya"),
               [staff("Greta Holthusen", "greta.holthusen"), staff("Daniel Okafor", "daniel.okafor")],
               "Template fee agreement foreign counsel (ODT)",
               "2025-04-03 11:40",
               multi("mixed", [text(body, charset="us-ascii", cte="7bit"),
                               attach(doc, CT_ODT, "TEMPLATE_fee_agreement_foreign_counsel.odt")],
                     "--odt145--"), mid_style=2)


@mail("NORMAL", "de", "internal",
      "trap: results of the psychological-stress risk assessment for staff, aggregated per department with small groups merged")
def m146():
    body = """Liebe Führungskräfte,

die Ergebnisse der Gefährdungsbeurteilung psychische Belastung 2025
liegen vor (Fragebogen COPSOQ, Rücklauf 71 %). Gruppen unter 10
Personen wurden zusammengefasst, Rückschlüsse auf Einzelne sind nicht
möglich.

Bereich                         Arbeitsintensität  Emotionale Anf.  Burnout-Skala
                                (0-100, höher = belastender)
Leistung Arbeits-/Sozial-RS            68               61              47
Leistung Verkehr/Straf-RS              63               55              43
Kundenservice/Hotline                  71               66              51
Kostenprüfung + Regress                59               38              39
Zentrale Bereiche (zusammengefasst)    52               34              35
Referenz Branche                       60               45              41

Auffällig: Hotline und Sozial-RS (belastende Gespräche mit Kundinnen und
Kunden in gesundheitlichen Krisen). Vorgeschlagene Maßnahmen:
Supervision alle 6 Wochen, Deeskalationstraining, Rotationsmodell
Hotline. Die Betriebsärztin bietet zusätzliche offene Sprechstunden an.

Die Ergebnisse werden am 20.11. im Arbeitsschutzausschuss besprochen.

Viele Grüße
Birte Osterloh
Arbeitssicherheit / Gesundheitsmanagement
"""
    return msg(146, staff("Birte Osterloh", "birte.osterloh"),
               a("Führungskräfte", "fuehrungskraefte@" + DOM),
               "Ergebnisse Gefährdungsbeurteilung psychische Belastung 2025",
               "2025-11-12 13:00", text(body, charset="windows-1252", cte="quoted-printable"), mid_style=1)


@mail("STRICTLY_CONFIDENTIAL", "de", "customer",
      "customer's mail on mould in the flat with her named child's asthma and a paediatrician's certificate; forwarded with internal note")
def m147():
    body = """Yusuf,

Kundin mit Schimmel-Fall, bitte übernehmen. Vertrag 64-520318-6,
Wohnungs-RS seit 2021. Sie hat das Attest vom Kinderarzt mitgeschickt,
liegt im Posteingang (nicht ins allgemeine Laufwerk!).

Carina

-------- Weitergeleitete Nachricht --------
Von: Sandra Ohlendorf <sandra.ohlendorf@mailbox-hannover.example>
Datum: 24.10.2025 21:33
Betreff: Schimmel Kinderzimmer – Vermieter reagiert nicht

Guten Abend,

in unserer Wohnung in der Davenstedter Straße 140 (Hannover-Linden)
ist seit letztem Winter Schimmel im Kinderzimmer, hinter dem Schrank
und an der Außenwand. Ich habe es dem Vermieter (Hausverwaltung Kiebitz)
im März und im Juli schriftlich gemeldet, es ist nichts passiert.

Mein Sohn Leon (6) hat seit dem Frühjahr immer wieder Atemnot, die
Kinderärztin hat im September Asthma bronchiale festgestellt und
schreibt in ihrem Attest, dass der Schimmel in der Wohnung
"wahrscheinlich mitursächlich" ist. Er muss jetzt zweimal am Tag
inhalieren.

Ich will, dass der Vermieter das endlich saniert, und ich möchte die
Miete mindern. Übernehmen Sie die Anwaltskosten?

Sandra Ohlendorf
"""
    return msg(147, staff("Carina Pöhlmann", "carina.poehlmann"),
               staff("Yusuf Demirtas", "yusuf.demirtas"),
               "WG: Schimmel Kinderzimmer – Vermieter reagiert nicht",
               "2025-10-27 08:15", text(body, charset="utf-8", cte="8bit"), mid_style=2)


@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "social-court cover for an unemployment-benefit suspension after own resignation: named customer, benefit amounts; no health data")
def m148():
    body = """Sehr geehrter Herr Albrecht,

die Agentur für Arbeit Hannover hat gegen Sie eine Sperrzeit von
12 Wochen verhängt, weil Sie Ihr Arbeitsverhältnis bei der Spedition
Leinefracht GmbH selbst gekündigt haben. Dadurch entgehen Ihnen
Arbeitslosengeld in Höhe von rund 4.870 EUR (Tagessatz 57,95 EUR x 84
Tage); außerdem verkürzt sich Ihr Anspruch um ein Viertel.

Sie haben gekündigt, weil Ihnen eine Zusage für eine neue Stelle bei
der Nordkurier Logistik vorlag, die dann kurzfristig zurückgezogen wurde.
Ob das ein "wichtiger Grund" im Sinne von § 159 SGB III ist, wird das
Sozialgericht klären müssen.

Ihr Widerspruch wurde am 30.09.2025 zurückgewiesen. Für die Klage vor
dem Sozialgericht Hannover besteht Versicherungsschutz (Vertrag
62-688091-5, Schadennummer S-2025-043877). Eine Selbstbeteiligung fällt
nicht an.

Klagefrist: ein Monat nach Zugang des Widerspruchsbescheids.

Mit freundlichen Grüßen
Ramona Eickhoff
Sozialrechtsschutz
"""
    return msg(148, staff("Ramona Eickhoff", "ramona.eickhoff"),
               a("Kevin Albrecht", "kevin.albrecht@t-mail.example"),
               "Sperrzeit Arbeitslosengeld – Kostenzusage Klage",
               "2025-10-07 10:02", text(body), mid_style=1)


@mail("NORMAL", "en", "internal",
      "trap: farewell and retirement-party mail (with ICS) for a colleague (name, years of service, party details); no sensitive data")
def m149():
    body = """Dear all,

after 34 years with Schildwacht - starting as a trainee in 1991 and
spending the last 20 years in fee review - Gudrun Peschel retired at
the end of June, and we never gave her a proper send-off. Time to fix
that!

  When:   Friday, 28 November 2025, from 4 pm
  Where:  Staff restaurant, ground floor
  What:   coffee, cake, a few speeches (short ones, promised)

Gudrun has asked for no presents; if you would like to contribute,
there is a collection for the local food bank at reception.

Please let me know by 21 November whether you are coming, so the
kitchen can plan.

Cheers,
Aylin (on behalf of the fee review team)
"""
    return msg(149, staff("Aylin Kaya", "aylin.kaya"),
               a("All staff Hannover", "alle-hannover@" + DOM),
               "Farewell for Gudrun - 28 November",
               "2025-11-14 12:05",
               multi("mixed", [text(body, charset="us-ascii", cte="7bit"),
                               attach(ics(["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
                                           "VERSION:2.0", "METHOD:PUBLISH", "BEGIN:VEVENT",
                                           "UID:farewell-peschel-20251128@schildwacht-rs.example",
                                           "DTSTAMP:20251114T110500Z",
                                           "DTSTART;TZID=W. Europe Standard Time:20251128T160000",
                                           "DTEND;TZID=W. Europe Standard Time:20251128T180000",
                                           "SUMMARY:Farewell Gudrun",
                                           "LOCATION:Staff restaurant\\, ground floor",
                                           "END:VEVENT", "END:VCALENDAR"]),
                                      "text/calendar", "Farewell_Gudrun.ics", charset="utf-8")],
                     "_000_farewell149_"), mid_style=1)


@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-lawyer",
      "medical-malpractice claim for a named child's birth injury (hypoxia, cerebral palsy); cover and expert costs")
def m150():
    body = """Dear Ms Carstens,

Re: Tessmer family / Klinikum am Weserbogen - birth injury
Our ref.: S-2024-071180, policy 62-540718-2

thank you for your detailed memorandum. We confirm cover for the claim
of our policyholder's son, Jonas Tessmer (born 11 January 2024), who is
co-insured under his father's policy, against the hospital and the
obstetrician on duty.

As we understand from the medical records, the CTG showed pathological
decelerations for more than 40 minutes before an emergency caesarean
section was performed; Jonas suffered hypoxic-ischaemic encephalopathy
(P91.6) and has since been diagnosed with spastic cerebral palsy
(G80.0). He receives physiotherapy and early intervention and has been
assigned care level 4.

Cover includes:
  - out-of-court negotiations with the hospital's liability insurer,
  - an expert opinion by an independent obstetrician (estimate
    EUR 4,500 - please send the engagement letter before instructing),
  - court proceedings at first instance before the Regional Court
    Bremen if no settlement is reached.

Given the value in dispute (you estimate EUR 850,000 including future
care costs), please coordinate any fee agreement above the RVG with us
in advance.

Kind regards,
Dr. Henrike Wolters
Head of Claims
"""
    return msg(150, staff("Dr. Henrike Wolters", "henrike.wolters"),
               a("Fiona Carstens", "f.carstens@carstens-medizinrecht.example"),
               "Tessmer / Klinikum am Weserbogen - confirmation of cover",
               "2025-11-18 15:40", text(body, charset="us-ascii", cte="7bit"), mid_style=1)


# ================================================================ build / check

def build(outdir):
    mails_dir = os.path.join(outdir, "mails")
    os.makedirs(mails_dir, exist_ok=True)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for i, (fn, label, lang, kind, reason) in enumerate(MAILS, 1):
        assert fn.__name__ == "m%03d" % i, (fn.__name__, i)
        data = fn()
        assert isinstance(data, bytes)
        name = "d%s-%04d.eml" % (NN, i)
        with open(os.path.join(mails_dir, name), "wb") as f:
            f.write(data)
        rows.append("\t".join((name, label, lang, kind, reason)))
    with open(os.path.join(outdir, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")
    return len(MAILS)


IBAN_LEN = {"DE": 22, "AT": 20, "GB": 22, "NL": 18, "CH": 21, "LU": 20, "FR": 27,
            "PL": 28, "ES": 24, "IT": 27, "BE": 16}


def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def find_ibans(t):
    found = []
    for m in re.finditer(r"\b([A-Z]{2})(\d{2})((?: ?[A-Z0-9]){10,32})", t):
        cc = m.group(1)
        if cc not in IBAN_LEN:
            continue
        raw = (m.group(1) + m.group(2) + m.group(3)).replace(" ", "")
        if len(raw) < IBAN_LEN[cc]:
            continue
        found.append(raw[:IBAN_LEN[cc]])
    return found


def pdf_check(data):
    assert data.startswith(b"%PDF-1."), "no PDF header"
    assert data.rstrip().endswith(b"%%EOF"), "no %%EOF"
    sx = int(re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data).group(1))
    assert data[sx:sx + 4] == b"xref", "startxref wrong"
    m = re.match(rb"xref\n0 (\d+)\n", data[sx:])
    n = int(m.group(1))
    pos = sx + m.end()
    for i in range(n):
        entry = data[pos + 20 * i:pos + 20 * i + 20]
        off, typ = int(entry[:10]), entry[17:18]
        if typ == b"n":
            assert data[off:off + 20].startswith(b"%d 0 obj" % i), "xref offset of obj %d" % i
    out = []
    for sm in re.finditer(rb"<< /Length (\d+)( /Filter /FlateDecode)? >>\nstream\n", data):
        ln = int(sm.group(1))
        s = data[sm.end():sm.end() + ln]
        if sm.group(2):
            s = zlib.decompress(s)
        for t in re.finditer(rb"\(((?:\\.|[^\\)])*)\)", s):
            b = re.sub(rb"\\(.)", rb"\1", t.group(1))
            out.append(b.decode("cp1252"))
    return "\n".join(out)


def _xml_text(xml_bytes):
    import xml.dom.minidom
    xml.dom.minidom.parseString(xml_bytes)          # must be well-formed
    return re.sub(r"<[^>]+>", " ", xml_bytes.decode("utf-8"))


def ooxml_check(data, kind):
    z = zipfile.ZipFile(io.BytesIO(data))
    assert z.testzip() is None
    names = z.namelist()
    need = {"docx": ["[Content_Types].xml", "word/document.xml"],
            "xlsx": ["[Content_Types].xml", "xl/workbook.xml", "xl/worksheets/sheet1.xml"],
            "odt": ["mimetype", "content.xml", "META-INF/manifest.xml"],
            "ods": ["mimetype", "content.xml", "META-INF/manifest.xml"]}[kind]
    for n in need:
        assert n in names, "%s missing %s" % (kind, n)
    if kind in ("odt", "ods"):
        assert names[0] == "mimetype"
        assert z.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
    out = []
    for n in names:
        if n.endswith(".xml") or n.endswith(".rels"):
            out.append(_xml_text(z.read(n)))
    return "\n".join(out)


def blob_text(data, filename, ctype, charset=None):
    fn = (filename or "").lower()
    ext = fn.rsplit(".", 1)[-1] if "." in fn else ""
    if ext == "pdf" or ctype == CT_PDF or data[:5] == b"%PDF-":
        return pdf_check(data)
    if ext in ("docx", "xlsx", "odt", "ods"):
        return ooxml_check(data, ext)
    if ext == "zip" or ctype == CT_ZIP:
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None
        parts = []
        for zi in z.infolist():
            assert zi.date_time == ZIP_TIME or zi.date_time[0] in (2024, 2025), zi.date_time
            if zi.is_dir():
                continue
            parts.append(blob_text(z.read(zi.filename), zi.filename, ""))
        return "\n".join(parts)
    if ext == "png" or ctype == "image/png":
        import struct
        assert data[:8] == b"\x89PNG\r\n\x1a\n", "PNG signature"
        pos, idat, kinds = 8, b"", []
        while pos < len(data):
            ln = struct.unpack(">I", data[pos:pos + 4])[0]
            t = data[pos + 4:pos + 8]
            d = data[pos + 8:pos + 8 + ln]
            crc = struct.unpack(">I", data[pos + 8 + ln:pos + 12 + ln])[0]
            assert zlib.crc32(t + d) & 0xffffffff == crc, "PNG CRC"
            kinds.append(t)
            if t == b"IDAT":
                idat += d
            pos += 12 + ln
        assert kinds[0] == b"IHDR" and kinds[-1] == b"IEND"
        w, h = struct.unpack(">II", data[16:24])
        assert len(zlib.decompress(idat)) == h * (w + 1), "PNG size"
        return ""
    if ext == "ics":
        t = data.decode("utf-8")
        assert t.startswith("BEGIN:VCALENDAR\r\n") and t.rstrip().endswith("END:VCALENDAR")
        assert "BEGIN:VEVENT" in t
        return t
    if ext == "csv":
        for enc in ([charset] if charset else []) + ["utf-8", "cp1252"]:
            try:
                t = data.decode(enc)
                break
            except (UnicodeDecodeError, LookupError, TypeError):
                continue
        rows = list(csv.reader(io.StringIO(t), delimiter=";" if t.count(";") >= t.count(",") else ","))
        assert len(rows) >= 2, "csv too short"
        return t
    if ext in ("txt", "log", "pem", "asc", "eml") or ctype.startswith("text/"):
        return data.decode(charset or "utf-8")
    raise AssertionError("unknown attachment type %r %r" % (filename, ctype))


def message_text(m, stats, depth=0):
    """Walk a parsed message, validate every part and return all its text."""
    texts = [str(m.get("Subject", ""))]
    for k in ("From", "To", "Cc", "Reply-To"):
        if m.get(k):
            texts.append(str(m.get(k)))
    texts.append(_part_text(m, stats, depth))
    return "\n".join(texts)


def _part_text(part, stats, depth):
    assert not part.defects, (part.get_content_type(), part.defects)
    ct = part.get_content_type()
    if ct == "message/rfc822":
        stats["rfc822"] = stats.get("rfc822", 0) + 1
        return message_text(part.get_content(), stats, depth + 1)
    if part.is_multipart():
        subs = part.get_payload()
        assert subs, "empty multipart"
        return "\n".join(_part_text(p, stats, depth) for p in subs)
    fn = part.get_filename()
    disp = part.get_content_disposition()
    if ct.startswith("text/") and not fn and disp != "attachment":
        t = part.get_content()
        assert t.strip(), "empty text part"
        if ct == "text/html":
            assert "<" in t and ">" in t
        return t
    data = part.get_payload(decode=True)
    assert data, "empty attachment %s" % fn
    ext = (fn or "").rsplit(".", 1)[-1].lower()
    stats["att_" + ext] = stats.get("att_" + ext, 0) + 1
    return blob_text(data, fn, ct, part.get_content_charset())


def check():
    ok = True
    problems = []
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as f:
        lines = f.read().split("\n")
    assert lines[0] == "file\tlabel\tlang\tkind\treason", "bad header"
    rows = [l.split("\t") for l in lines[1:] if l]
    if len(rows) != 150:
        problems.append("expected 150 rows, got %d" % len(rows))
    cnt = {}
    langs = {}
    for i, r in enumerate(rows, 1):
        if len(r) != 5:
            problems.append("row %d has %d fields" % (i, len(r)))
            continue
        fname, label, lang, kind, reason = r
        if fname != "d%s-%04d.eml" % (NN, i):
            problems.append("row %d file name %s" % (i, fname))
        if label not in LABELS or lang not in LANGS or not kind or not reason.strip():
            problems.append("row %d bad values" % i)
        cnt[label] = cnt.get(label, 0) + 1
        langs[lang] = langs.get(lang, 0) + 1
    if cnt != TARGET:
        problems.append("label counts %r != %r" % (cnt, TARGET))
    n = len(rows)
    if not (0.54 <= langs.get("de", 0) / n <= 0.61):
        problems.append("German share %d/%d" % (langs.get("de", 0), n))
    if not (0.34 <= langs.get("en", 0) / n <= 0.41):
        problems.append("English share %d/%d" % (langs.get("en", 0), n))
    if not (1 <= langs.get("mixed", 0) <= 12):
        problems.append("mixed count %d" % langs.get("mixed", 0))
    # parse every mail
    stats = {}
    seen_ids = set()
    bad_ibans = []
    for i, r in enumerate(rows, 1):
        path = os.path.join(HERE, "mails", r[0])
        try:
            with open(path, "rb") as f:
                raw = f.read()
            m = BytesParser(policy=policy.default).parsebytes(raw)
            for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
                assert m.get(h) is not None, "missing " + h
            assert m["From"].addresses[0].domain == DOM, "From not from insurer"
            mid_ = str(m["Message-ID"])
            assert mid_ not in seen_ids, "duplicate Message-ID"
            seen_ids.add(mid_)
            stats["top_" + m.get_content_type()] = stats.get("top_" + m.get_content_type(), 0) + 1
            t = message_text(m, stats)
            for dm in re.finditer(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)", t):
                assert dm.group(1).lower().endswith(".example"), "domain " + dm.group(1)
            for dm in re.finditer(r"(?:https?://|www\.)([\w.-]+)", t):
                d = dm.group(1).rstrip(".").lower()
                assert d.endswith(".example"), "URL domain " + d
            for ib in find_ibans(t):
                if not iban_ok(ib) and ib not in INVALID_IBANS_ON_PURPOSE:
                    bad_ibans.append((r[0], ib))
        except Exception as e:          # noqa: BLE001 - report all problems
            problems.append("%s: %s: %s" % (r[0], type(e).__name__, e))
    for b in bad_ibans:
        problems.append("invalid IBAN %s in %s" % (b[1], b[0]))
    # rebuild byte-identical
    with tempfile.TemporaryDirectory() as td:
        build(td)
        diffs = 0
        for name in sorted(os.listdir(os.path.join(td, "mails"))):
            with open(os.path.join(td, "mails", name), "rb") as f1, \
                    open(os.path.join(HERE, "mails", name), "rb") as f2:
                if f1.read() != f2.read():
                    diffs += 1
                    problems.append("rebuild differs: " + name)
        with open(os.path.join(td, "labels.tsv"), "rb") as f1, \
                open(os.path.join(HERE, "labels.tsv"), "rb") as f2:
            if f1.read() != f2.read():
                problems.append("rebuild differs: labels.tsv")
        extra = set(os.listdir(os.path.join(HERE, "mails"))) - set(os.listdir(os.path.join(td, "mails")))
        if extra:
            problems.append("stray files in mails/: %s" % sorted(extra))
    print("mails: %d  labels: %s" % (n, ", ".join("%s %d" % (k, cnt.get(k, 0)) for k in LABELS)))
    print("languages: %s" % ", ".join("%s %d" % (k, langs.get(k, 0)) for k in LANGS))
    print("top-level types: %s" % ", ".join("%s %d" % (k[4:], v) for k, v in sorted(stats.items()) if k.startswith("top_")))
    print("attachments: %s" % ", ".join("%s %d" % (k[4:] or "?", v) for k, v in sorted(stats.items()) if k.startswith("att_")))
    print("forwarded message/rfc822 parts: %d" % stats.get("rfc822", 0))
    print("rebuild byte-identical: %s" % ("yes" if not any("rebuild" in p for p in problems) else "NO"))
    if problems:
        ok = False
        for p in problems:
            print("PROBLEM:", p)
    print("CHECK %s" % ("PASSED" if ok else "FAILED"))
    return ok


def stats_tables():
    rows = []
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as f:
        for l in f.read().split("\n")[1:]:
            if l:
                rows.append(l.split("\t"))
    print("| label | de | en | mixed | total |")
    for lab in LABELS:
        c = [sum(1 for r in rows if r[1] == lab and r[2] == lg) for lg in LANGS]
        print("| %s | %d | %d | %d | %d |" % (lab, c[0], c[1], c[2], sum(c)))
    print()
    kinds = sorted(set(r[3] for r in rows), key=lambda k: -sum(1 for r in rows if r[3] == k))
    print("| kind | n | NORMAL | CONF. | STRICT |")
    for k in kinds:
        c = [sum(1 for r in rows if r[3] == k and r[1] == lab) for lab in LABELS]
        print("| %s | %d | %s |" % (k, sum(c), " | ".join(str(x) if x else "–" for x in c)))


def main():
    if "--check" in sys.argv:
        sys.exit(0 if check() else 1)
    if "--stats" in sys.argv:
        stats_tables()
        return
    n = build(HERE)
    print("wrote %d mails to %s" % (n, os.path.join(HERE, "mails")))


if __name__ == "__main__":
    main()
