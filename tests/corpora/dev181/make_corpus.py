#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator of the Siegel test corpus "dev181" (prefix d181-).

150 fictitious, hand-written e-mails of the invented insurer
"Kranichsteiner Versicherung VVaG" (Darmstadt, domain kranichsteiner.example),
each labelled NORMAL / CONFIDENTIAL / STRICTLY_CONFIDENTIAL.

Standard library only and deterministic:

    python3 make_corpus.py           # writes mails/d181-NNNN.eml and labels.tsv
    python3 make_corpus.py --check   # rebuilds in a temporary folder, compares
                                     # byte by byte, parses every mail

All persons, companies, numbers, addresses and IBANs are invented.
"""

import argparse
import datetime
import email
import hashlib
import io
import os
import re
import shutil
import sys
import tempfile
import textwrap
import zipfile
import zlib
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime

PREFIX = "d181-"
DOMAIN = "kranichsteiner.example"
HERE = os.path.dirname(os.path.abspath(__file__))

# ---------------------------------------------------------------------------
# small helpers
# ---------------------------------------------------------------------------

def iban(country, bban, group=True, lower=False):
    """Return an IBAN with correct ISO 7064 mod-97 check digits."""
    rearranged = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in rearranged)
    check = 98 - int(num) % 97
    s = "%s%02d%s" % (country, check, bban)
    if group:
        s = " ".join(s[i:i + 4] for i in range(0, len(s), 4))
    if lower:
        s = s.lower()
    return s


def iban_ok(s):
    s = s.replace(" ", "").upper()
    num = "".join(str(int(c, 36)) for c in s[4:] + s[:4])
    return int(num) % 97 == 1


def _dt(s):
    """'2026-03-02 09:14[:22]' -> aware datetime in German local time."""
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    d = datetime.datetime.strptime(s, fmt)
    if s.count(":") == 1:
        # deterministic "random" seconds
        d = d.replace(second=int(hashlib.md5(s.encode()).hexdigest()[:4], 16) % 60)
    summer = datetime.datetime(2026, 3, 29, 2, 0) <= d < datetime.datetime(2026, 10, 25, 3, 0)
    return d.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=2 if summer else 1)))


def mid(seed, host=None):
    """Deterministic Message-ID for referenced (earlier) messages."""
    h = hashlib.sha1(seed.encode("utf-8")).hexdigest()
    host = host or "mail." + DOMAIN
    return "<%s.%s@%s>" % (h[:14].upper(), h[14:22], host)


def wrap_body(text, width=72):
    """Wrap long paragraph lines like a plain-text mail client would.
    Quoted lines keep their '>' prefix, indented lines (tables) stay as they are."""
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(" ") or line.startswith("\t") or line.startswith("|"):
            out.append(line)
            continue
        prefix = ""
        rest = line
        while rest.startswith(">"):
            prefix += ">"
            rest = rest[1:]
            if rest.startswith(" "):
                prefix += " "
                rest = rest[1:]
        bullet = ""
        for b in ("- ", "* ", "• "):
            if rest.startswith(b):
                bullet = b
                break
        w = textwrap.wrap(rest, width - len(prefix), break_long_words=False,
                          break_on_hyphens=False,
                          subsequent_indent=" " * len(bullet))
        out.extend(prefix + x for x in (w or [""]))
    return "\n".join(out)


def T(s):
    """Strip the first newline of a triple-quoted literal."""
    return s[1:] if s.startswith("\n") else s


# ---------------------------------------------------------------------------
# message construction
# ---------------------------------------------------------------------------

def new(frm, to, subject, date, cc=None, reply_to=None, irt=None, refs=None,
        mailer=None, extra=None):
    m = EmailMessage(policy=policy.SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    if reply_to:
        m["Reply-To"] = reply_to
    m["Subject"] = subject
    m["Date"] = format_datetime(_dt(date))
    if irt:
        m["In-Reply-To"] = irt
        m["References"] = refs or irt
    if mailer:
        if mailer.startswith("UA:"):
            m["User-Agent"] = mailer[3:]
        else:
            m["X-Mailer"] = mailer
    for k, v in (extra or []):
        m[k] = v
    return m


OUTLOOK = "Microsoft Outlook 16.0"
TBIRD = "UA:Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.7.0"
CRM = "Kranichsteiner KundenCenter 7.3 (Korrespondenz)"
PORTAL = "Kranichsteiner SecureMail-Portal"


def body(m, text, style="wrap", charset="utf-8", flowed=False):
    """Set the plain text body.
    style: 'wrap' (wrapped at 72, 7bit/8bit), 'qp' (long lines, quoted-printable),
           'b64' (base64), 'raw' (as written)."""
    text = T(text)
    if style == "wrap":
        text = wrap_body(text)
    if flowed:
        # soft line breaks: a wrapped paragraph line ends with a space
        text = wrap_flowed(text)
    cte = {"qp": "quoted-printable", "b64": "base64"}.get(style)
    if charset != "utf-8" and cte is None:
        cte = "quoted-printable"
    m.set_content(text, subtype="plain", charset=charset, cte=cte)
    if flowed:
        m.set_param("format", "flowed")
    return m


def wrap_flowed(text, width=72):
    out = []
    for line in text.split("\n"):
        if len(line) <= width or line.startswith(">") or line.startswith(" "):
            out.append(line.rstrip(" ") if line != "-- " else line)
            continue
        w = textwrap.wrap(line, width - 1, break_long_words=False, break_on_hyphens=False)
        out.extend(x + " " for x in w[:-1])
        out.append(w[-1])
    return "\n".join(out)


def html_alt(m, plain, html, style="wrap", charset="utf-8"):
    body(m, plain, style=style, charset=charset)
    m.add_alternative(T(html), subtype="html", charset=charset,
                      cte="quoted-printable")
    return m


def html_only(m, html):
    m.set_content(T(html), subtype="html", charset="utf-8", cte="quoted-printable")
    return m


def att(m, data, filename, ctype=None, charset=None, inline=False):
    """Attach bytes (or str for text types)."""
    if ctype is None:
        ext = filename.rsplit(".", 1)[-1].lower()
        ctype = CTYPES[ext]
    maintype, subtype = ctype.split("/")
    disp = "inline" if inline else "attachment"
    if isinstance(data, EmailMessage):
        m.add_attachment(data, disposition=disp, filename=filename)
    elif isinstance(data, str):
        m.add_attachment(data, subtype=subtype, charset=charset or "utf-8",
                         disposition=disp, filename=filename,
                         cte="quoted-printable")
    else:
        m.add_attachment(data, maintype=maintype, subtype=subtype,
                         disposition=disp, filename=filename)
        if charset:
            m.get_payload()[-1].set_param("charset", charset)
    return m


CTYPES = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "csv": "text/csv",
    "ics": "text/calendar",
    "zip": "application/zip",
    "txt": "text/plain",
    "pem": "application/x-pem-file",
    "eml": "message/rfc822",
}

# ---------------------------------------------------------------------------
# attachments, standard library only
# ---------------------------------------------------------------------------

ZIP_TIME = (2026, 1, 1, 0, 0, 0)


def _zip(files, times=None, stored_first=False):
    """files: list of (name, bytes). Deterministic ZIP."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for i, (name, data) in enumerate(files):
            t = (times or {}).get(name, ZIP_TIME)
            zi = zipfile.ZipInfo(name, date_time=t)
            zi.compress_type = zipfile.ZIP_STORED if (stored_first and i == 0) else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            zi.create_system = 0
            if isinstance(data, str):
                data = data.encode("utf-8")
            z.writestr(zi, data)
    return buf.getvalue()


def zipped(files, when="2026-01-01 00:00"):
    d = _dt(when)
    t = (d.year, d.month, d.day, d.hour, d.minute, d.second - d.second % 2)
    return _zip(files, times={n: t for n, _ in files})


def _x(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;")
            .replace(">", "&gt;").replace('"', "&quot;"))


def _pdfstr(s):
    b = s.encode("cp1252", errors="replace")
    out = []
    for c in b:
        if c in (0x28, 0x29, 0x5C):
            out.append("\\" + chr(c))
        elif 32 <= c < 127:
            out.append(chr(c))
        else:
            out.append("\\%03o" % c)
    return "".join(out)


def pdf(text, title="", author="Kranichsteiner Versicherung VVaG",
        date="2026-01-01 00:00", producer="Kranichsteiner Dokumentenservice 4.2"):
    """Simple A4 PDF with a real text layer (Helvetica, WinAnsi).
    Lines starting with '# ' are set in bold."""
    lines = []
    for raw in T(text).split("\n"):
        if raw.startswith("# "):
            lines.append(("F2", raw[2:]))
            continue
        if not raw.strip():
            lines.append(("F1", ""))
            continue
        ind = len(raw) - len(raw.lstrip(" "))
        for w in textwrap.wrap(raw, 95, subsequent_indent=" " * ind,
                               drop_whitespace=False if ind else True) or [""]:
            lines.append(("F1", w.rstrip()))
    per_page = 62
    pages = [lines[i:i + per_page] for i in range(0, len(lines), per_page)] or [[]]
    objs = {}
    objs[1] = "<< /Type /Catalog /Pages 2 0 R >>"
    objs[3] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    d = _dt(date)
    off = d.utcoffset()
    hh = int(off.total_seconds() // 3600)
    pdfdate = d.strftime("D:%Y%m%d%H%M%S") + "+%02d'00'" % hh
    objs[5] = ("<< /Title (%s) /Author (%s) /Producer (%s) /CreationDate (%s) /ModDate (%s) >>"
               % (_pdfstr(title), _pdfstr(author), _pdfstr(producer), pdfdate, pdfdate))
    kids = []
    n = 6
    streams = {}
    for pg in pages:
        cs = ["BT", "/F1 10 Tf", "13 TL", "56 790 Td"]
        cur = "F1"
        for font, txt in pg:
            if font != cur:
                cs.append("/%s 10 Tf" % font)
                cur = font
            cs.append("(%s) Tj T*" % _pdfstr(txt))
        cs.append("ET")
        raw = "\n".join(cs).encode("latin-1")
        comp = zlib.compress(raw, 9)
        page_id, cont_id = n, n + 1
        n += 2
        objs[page_id] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                         "/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> "
                         "/Contents %d 0 R >>" % cont_id)
        streams[cont_id] = comp
        kids.append("%d 0 R" % page_id)
    objs[2] = "<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join(kids), len(kids))
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for i in range(1, n):
        offsets[i] = out.tell()
        if i in streams:
            out.write(("%d 0 obj\n<< /Length %d /Filter /FlateDecode >>\nstream\n"
                       % (i, len(streams[i]))).encode())
            out.write(streams[i])
            out.write(b"\nendstream\nendobj\n")
        else:
            out.write(("%d 0 obj\n%s\nendobj\n" % (i, objs[i])).encode("latin-1"))
    xref = out.tell()
    out.write(("xref\n0 %d\n0000000000 65535 f \n" % n).encode())
    for i in range(1, n):
        out.write(("%010d 00000 n \n" % offsets[i]).encode())
    fid = hashlib.md5(out.getvalue()).hexdigest()
    out.write(("trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
               % (n, fid, fid, xref)).encode())
    return out.getvalue()


def _core_xml(title, author, date):
    iso = _dt(date).astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified>'
            '</cp:coreProperties>' % (_x(title), _x(author), _x(author), iso, iso))


def docx(blocks, title="", author="", date="2026-01-01 00:00"):
    """blocks: str (paragraph), ('h', str) bold heading, ('table', rows)."""
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    parts = []

    def para(t, bold=False):
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        runs = []
        for k, seg in enumerate(t.split("\n")):
            if k:
                runs.append("<w:r><w:br/></w:r>")
            runs.append('<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (rpr, _x(seg)))
        return "<w:p>%s</w:p>" % "".join(runs)

    for b in blocks:
        if isinstance(b, tuple) and b[0] == "h":
            parts.append(para(b[1], bold=True))
        elif isinstance(b, tuple) and b[0] == "table":
            rows = []
            for r in b[1]:
                cells = "".join('<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>%s</w:tc>'
                                % para(str(c)) for c in r)
                rows.append("<w:tr>%s</w:tr>" % cells)
            border = "".join('<w:%s w:val="single" w:sz="4" w:space="0" w:color="808080"/>' % e
                             for e in ("top", "left", "bottom", "right", "insideH", "insideV"))
            parts.append('<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/><w:tblBorders>%s</w:tblBorders>'
                         '</w:tblPr>%s</w:tbl>' % (border, "".join(rows)))
        else:
            parts.append(para(b))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document %s><w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
           '<w:pgMar w:top="1417" w:right="1417" w:bottom="1134" w:left="1417" w:header="708" '
           'w:footer="708" w:gutter="0"/></w:sectPr></w:body></w:document>' % (W, "".join(parts)))
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
                 ("word/document.xml", doc), ("docProps/core.xml", _core_xml(title, author, date))])


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets, title="", author="", date="2026-01-01 00:00"):
    """sheets: list of (name, rows); first row is bold. Numbers stay numbers."""
    S = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
    R = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
    files = []
    wb_sheets, wb_rels, ct_over = [], [], []
    for k, (name, rows) in enumerate(sheets, 1):
        xr = []
        for ri, row in enumerate(rows, 1):
            cells = []
            for ci, v in enumerate(row):
                ref = "%s%d" % (_col(ci), ri)
                st = ' s="1"' if ri == 1 else ""
                if v is None or v == "":
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<c r="%s"%s><v>%s</v></c>' % (ref, st, repr(v)))
                else:
                    cells.append('<c r="%s"%s t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>'
                                 % (ref, st, _x(v)))
            xr.append('<row r="%d">%s</row>' % (ri, "".join(cells)))
        ws = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<worksheet %s %s><sheetData>%s</sheetData></worksheet>' % (S, R, "".join(xr)))
        files.append(("xl/worksheets/sheet%d.xml" % k, ws))
        wb_sheets.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (_x(name), k, k))
        wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (k, k))
        ct_over.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % k)
    n = len(sheets)
    wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' % (n + 1))
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook %s %s><sheets>%s</sheets></workbook>' % (S, R, "".join(wb_sheets)))
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<styleSheet %s><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font>'
              '<font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
              '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
              '</styleSheet>' % S)
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '%s<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>' % "".join(ct_over))
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>'
              % "".join(wb_rels))
    return _zip([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                 ("xl/_rels/workbook.xml.rels", wbrels), ("xl/styles.xml", styles)] + files
                + [("docProps/core.xml", _core_xml(title, author, date))])


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
           'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
           'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"')


def _odf(kind, body_xml, title, author, date):
    mt = "application/vnd.oasis.opendocument." + kind
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<office:document-content %s><office:automatic-styles>'
               '<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
               '</office:automatic-styles><office:body>%s</office:body></office:document-content>'
               % (_ODF_NS, body_xml))
    iso = _dt(date).strftime("%Y-%m-%dT%H:%M:%S")
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-meta %s><office:meta><dc:title>%s</dc:title><dc:creator>%s</dc:creator>'
            '<meta:creation-date>%s</meta:creation-date><dc:date>%s</dc:date>'
            '<meta:generator>LibreOffice/24.8</meta:generator></office:meta></office:document-meta>'
            % (_ODF_NS, _x(title), _x(author), iso, iso))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mt)
    return _zip([("mimetype", mt), ("META-INF/manifest.xml", manifest),
                 ("content.xml", content), ("meta.xml", meta)], stored_first=True)


def odt(blocks, title="", author="", date="2026-01-01 00:00"):
    """blocks: str paragraphs or ('h', str)."""
    ps = []
    for b in blocks:
        if isinstance(b, tuple) and b[0] == "h":
            ps.append('<text:h text:outline-level="2">%s</text:h>' % _x(b[1]))
        elif isinstance(b, tuple) and b[0] == "table":
            rows = "".join("<table:table-row>%s</table:table-row>" % "".join(
                '<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % _x(c)
                for c in r) for r in b[1])
            ncol = max(len(r) for r in b[1])
            ps.append('<table:table table:name="Tabelle%d"><table:table-column table:number-columns-repeated="%d"/>%s</table:table>'
                      % (len(ps) + 1, ncol, rows))
        else:
            ps.append("<text:p>%s</text:p>" % "<text:line-break/>".join(_x(s) for s in b.split("\n")))
    return _odf("text", "<office:text>%s</office:text>" % "".join(ps), title, author, date)


def ods(sheets, title="", author="", date="2026-01-01 00:00"):
    tabs = []
    for name, rows in sheets:
        xr = []
        for row in rows:
            cells = []
            for v in row:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>'
                                 % (repr(v), str(v).replace(".", ",")))
                elif v is None or v == "":
                    cells.append("<table:table-cell/>")
                else:
                    cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % _x(v))
            xr.append("<table:table-row>%s</table:table-row>" % "".join(cells))
        tabs.append('<table:table table:name="%s">%s</table:table>' % (_x(name), "".join(xr)))
    return _odf("spreadsheet", "<office:spreadsheet>%s</office:spreadsheet>" % "".join(tabs),
                title, author, date)


def csvtext(rows, sep=";"):
    out = []
    for r in rows:
        cells = []
        for c in r:
            c = str(c)
            if sep in c or '"' in c or "\n" in c:
                c = '"' + c.replace('"', '""') + '"'
            cells.append(c)
        out.append(sep.join(cells))
    return "\r\n".join(out) + "\r\n"


def ics(uid, start, end, summary, location="", description="", organizer=None,
        attendees=(), stamp="2026-01-01 00:00", method="REQUEST"):
    def f(s):
        return _dt(s).strftime("%Y%m%dT%H%M%S")

    def esc(s):
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
             "METHOD:" + method, "BEGIN:VEVENT", "UID:" + uid,
             "DTSTAMP:" + _dt(stamp).astimezone(datetime.timezone.utc).strftime("%Y%m%dT%H%M%SZ"),
             "DTSTART;TZID=Europe/Berlin:" + f(start), "DTEND;TZID=Europe/Berlin:" + f(end),
             "SUMMARY:" + esc(summary)]
    if location:
        lines.append("LOCATION:" + esc(location))
    if description:
        lines.append("DESCRIPTION:" + esc(description))
    if organizer:
        lines.append("ORGANIZER;CN=%s:mailto:%s" % organizer)
    for cn, addr in attendees:
        lines.append("ATTENDEE;CN=%s;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:%s" % (cn, addr))
    lines += ["END:VEVENT", "END:VCALENDAR"]
    folded = []
    for ln in lines:
        b = ln
        while len(b.encode("utf-8")) > 74:
            cut = 74
            while len(b[:cut].encode("utf-8")) > 74:
                cut -= 1
            folded.append(b[:cut])
            b = " " + b[cut:]
        folded.append(b)
    return "\r\n".join(folded) + "\r\n"


# ---------------------------------------------------------------------------
# the invented insurer: staff signatures and footers
# ---------------------------------------------------------------------------

FOOT_DE = T("""
Kranichsteiner Versicherung VVaG
Am Steinbrücker Teich 3 · 64289 Darmstadt
Telefon 06151 3907-0 · www.kranichsteiner.example
Sitz Darmstadt · Amtsgericht Darmstadt HRB 94417
Vorstand: Dr. Cornelia Staudt (Vorsitzende), Matthias Keil, Aynur Çelebi
Vorsitzender des Aufsichtsrats: Prof. Dr. Gerd Imhof""")

FOOT_EN = T("""
Kranichsteiner Versicherung VVaG (mutual insurance association)
Am Steinbrücker Teich 3 · 64289 Darmstadt · Germany
Phone +49 6151 3907-0 · www.kranichsteiner.example
Registered office: Darmstadt · Register court: Amtsgericht Darmstadt HRB 94417
Board of Management: Dr. Cornelia Staudt (Chair), Matthias Keil, Aynur Çelebi""")

STAFF = {
    # key: (name, address, German title, English title, extension)
    "vollrath": ("Henrike Vollrath", "henrike.vollrath", "Leiterin Beschwerdemanagement", "Head of Complaints Management", "2210"),
    "beckerle": ("Timo Beckerle", "timo.beckerle", "Beschwerdemanagement", "Complaints Management", "2214"),
    "korkmaz": ("Aylin Korkmaz", "aylin.korkmaz", "Kundenservice", "Customer Service", "2031"),
    "oberlaender": ("Dr. Matthias Oberländer", "matthias.oberlaender", "Datenschutzbeauftragter", "Data Protection Officer", "2900"),
    "grafenstein": ("Sina Grafenstein", "sina.grafenstein", "Datenschutzkoordination", "Data Protection Coordination", "2904"),
    "albrecht": ("Dr. med. Ruth Albrecht-Nolte", "ruth.albrecht-nolte", "Beratungsärztin", "Medical Adviser", "3120"),
    "pfeuffer": ("Jens Pfeuffer", "jens.pfeuffer", "Leistung Krankenversicherung", "Health Claims", "3141"),
    "sonntag": ("Mareike Sonntag", "mareike.sonntag", "Leistung Zusatz- und Pflegeversicherung", "Supplementary and Care Claims", "3155"),
    "kessler": ("Miriam Keßler", "miriam.kessler", "Leistung Unfallversicherung", "Accident Claims", "4150"),
    "reiss": ("Konstantin Reiß", "konstantin.reiss", "Leistungsprüfung Berufsunfähigkeit", "Disability Claims", "4120"),
    "eichhorn": ("Dagmar Eichhorn", "dagmar.eichhorn", "Vertragsservice Leben", "Life Policy Service", "4102"),
    "yildiz": ("Emre Yıldız", "emre.yildiz", "Risikoprüfung Leben/BU", "Life & Disability Underwriting", "4210"),
    "nowacki": ("Piotr Nowacki", "piotr.nowacki", "Kfz-Schaden", "Motor Claims", "5230"),
    "obermaier": ("Nadine Obermaier", "nadine.obermaier", "Kfz-Vertrag", "Motor Policies", "5105"),
    "hasselbach": ("Lena Hasselbach", "lena.hasselbach", "Sachschaden", "Property Claims", "5310"),
    "brandstaetter": ("Ole Brandstätter", "ole.brandstaetter", "Haftpflichtschaden", "Liability Claims", "5340"),
    "saalfeld": ("Benedikt Saalfeld", "benedikt.saalfeld", "Rechtsschutz-Leistung", "Legal Expenses Claims", "5410"),
    "lombardi": ("Chiara Lombardi", "chiara.lombardi", "International Client Service", "International Client Service", "6020"),
    "thornton": ("Rebecca Thornton", "rebecca.thornton", "Leiterin International Client Service", "Head of International Client Service", "6001"),
    "wassermann": ("Frederik Wassermann", "frederik.wassermann", "Firmenkunden", "Commercial Lines", "7110"),
    "tiedemann": ("Yvonne Tiedemann", "yvonne.tiedemann", "Maklerbetreuung", "Broker Relations", "7205"),
    "kuhlmann": ("Sven Kuhlmann", "sven.kuhlmann", "IT-Service-Desk", "IT Service Desk", "8800"),
    "oyelaran": ("Marcus Oyelaran", "marcus.oyelaran", "IT-Infrastruktur", "IT Infrastructure", "8840"),
    "bruegmann": ("Annette Brügmann", "annette.bruegmann", "Personal", "Human Resources", "1150"),
    "hartwig": ("Dr. Leonie Hartwig", "leonie.hartwig", "Recht & Compliance", "Legal & Compliance", "1300"),
    "quandt": ("Jasper Quandt", "jasper.quandt", "Unternehmenskommunikation", "Corporate Communications", "1400"),
    "falkenrath": ("Dr. Ingo Falkenrath", "ingo.falkenrath", "Aktuariat", "Actuarial Department", "1600"),
    "weyand": ("Clara Weyand", "clara.weyand", "Rückversicherung", "Reinsurance", "1650"),
    "mies": ("Holger Mies", "holger.mies", "Facility Management", "Facility Management", "1810"),
    "lehnert": ("Katrin Lehnert", "katrin.lehnert", "Vorstandsbüro", "Office of the Board", "1002"),
    "pahl": ("Rüdiger Pahl", "ruediger.pahl", "Beitragsinkasso", "Premium Collection", "1720"),
    "marx": ("Tobias Marx", "tobias.marx", "Einkauf", "Procurement", "1830"),
}


def who(key):
    name, local, _, _, _ = STAFF[key]
    return "%s <%s@%s>" % (name, local, DOMAIN)


def box(local, name):
    return "%s <%s@%s>" % (name, local, DOMAIN)


def sig(key, lang="de", short=False, foot=True):
    name, local, t_de, t_en, ext = STAFF[key]
    if short:
        return "\n-- \n%s\n%s\n" % (name, t_de if lang == "de" else t_en)
    if lang == "de":
        s = "\n-- \n%s\n%s\nTelefon 06151 3907-%s\n%s@%s\n" % (name, t_de, ext, local, DOMAIN)
        return s + ("\n" + FOOT_DE + "\n" if foot else "")
    s = "\n-- \n%s\n%s\nPhone +49 6151 3907-%s\n%s@%s\n" % (name, t_en, ext, local, DOMAIN)
    return s + ("\n" + FOOT_EN + "\n" if foot else "")


# ---------------------------------------------------------------------------
# registry
# ---------------------------------------------------------------------------

MAILS = []
LABELS = ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")
N, C, S = LABELS


def mail(num, label, lang, kind, reason):
    assert label in LABELS and lang in ("de", "en", "mixed"), num
    assert "\t" not in reason and "\n" not in reason, num

    def deco(fn):
        MAILS.append((num, label, lang, kind, reason, fn))
        return fn
    return deco


# ===========================================================================
# MAILS
# ===========================================================================

@mail(1, S, "de", "insurer-to-customer",
      "complaint reply to a named PKV customer: physiotherapy after knee replacement, reimbursement per session, policy number")
def _():
    m = new(who("beckerle"), "Gudrun Hellwege <g.hellwege@posteo.example>",
            "AW: Beschwerde Erstattung Krankengymnastik - Ihr Zeichen BM-2026-0187",
            "2026-02-09 10:41", irt=mid("hellwege-beschwerde", "posteo.example"), mailer=OUTLOOK)
    body(m, """
Sehr geehrte Frau Hellwege,

vielen Dank für Ihre E-Mail und Ihre Geduld. Sie haben mit Ihrer Beschwerde recht gehabt, und dafür möchte ich mich zunächst entschuldigen.

Wir haben die Abrechnungen der Praxis "Bewegungsraum Erbach" für die Zeit vom 10.11.2025 bis 23.01.2026 noch einmal vollständig geprüft. Bei der Erstattung der Krankengymnastik und der Manuellen Therapie nach Ihrer Knie-TEP links wurde versehentlich die Höchstbetragsliste aus dem Jahr 2019 zugrunde gelegt. Nach der seit 01.01.2024 gültigen Fassung Ihres Tarifs KranichVital Komfort sind je Sitzung bis zu 41,00 EUR (KG) bzw. 46,50 EUR (MT) erstattungsfähig.

Für die 18 abgerechneten Sitzungen ergibt sich daraus eine Nachzahlung von 214,20 EUR. Der Betrag wird in den nächsten drei Werktagen auf Ihr bekanntes Konto überwiesen; eine neue Leistungsabrechnung erhalten Sie per Post.

Die Verordnung Ihres Orthopäden über weitere 10 Einheiten liegt uns ebenfalls vor. Diese Rechnungen können Sie wie gewohnt einreichen, sie werden nach der aktuellen Liste abgerechnet.

Sollten Sie mit unserer Antwort nicht einverstanden sein, können Sie sich an die Ombudsstelle Private Kranken- und Pflegeversicherung wenden (www.ombudsstelle-pkv.example). Das Verfahren ist für Sie kostenfrei.

Mit freundlichen Grüßen

Timo Beckerle
Versicherungsschein-Nr. KR-20-4471853

-----Ursprüngliche Nachricht-----
Von: Gudrun Hellwege <g.hellwege@posteo.example>
Gesendet: Dienstag, 3. Februar 2026 19:12
An: beschwerde@kranichsteiner.example
Betreff: Beschwerde Erstattung Krankengymnastik

Sehr geehrte Damen und Herren,

ich bin seit 1998 bei Ihnen versichert und habe mich noch nie beschwert. Jetzt muss ich es tun. Nach meiner Knieoperation im Oktober (neues Kniegelenk links) habe ich Krankengymnastik und Manuelle Therapie verordnet bekommen, weil ich sonst nicht wieder richtig laufen lerne. Die Praxis nimmt 41,- Euro, Sie erstatten 28,40 Euro. Bei 18 Terminen ist das ein Haufen Geld für eine Rentnerin.

Auf meine Nachfrage am Telefon hieß es nur, das sei "tariflich so". In den Unterlagen, die ich 2024 bekommen habe, steht aber etwas anderes.

Ich bitte um Überprüfung und eine schriftliche Antwort.

Gudrun Hellwege
Frankfurter Straße 61a, 64711 Erbach
VS-Nr. KR-20-4471853
""" + sig("beckerle"), style="qp")
    return m


@mail(2, N, "de", "internal",
      "trap: complaint statistics per line of business and reason for the board, counts only, no person")
def _():
    m = new(who("vollrath"),
            "Dr. Cornelia Staudt <cornelia.staudt@kranichsteiner.example>, Matthias Keil <matthias.keil@kranichsteiner.example>, Aynur Çelebi <aynur.celebi@kranichsteiner.example>",
            "Beschwerdebericht 2025 und Q4 für die Vorstandssitzung am 27.01.",
            "2026-01-19 16:05", cc=who("hartwig") + ", " + who("lehnert"), mailer=OUTLOOK)
    body(m, """
Liebe Frau Dr. Staudt, lieber Herr Keil, liebe Frau Çelebi,

anbei wie jedes Jahr die Auswertung des Beschwerdemanagements für 2025 als Vorlage für die Sitzung am 27.01. Die wichtigsten Punkte vorab:

- 1.184 Beschwerden im Gesamtjahr (2024: 1.117, +6 %). Bezogen auf den Bestand sind das 2,9 Beschwerden je 1.000 Verträge.
- Größter Treiber bleibt die Krankenversicherung (412), dort vor allem Leistungsablehnungen bei ambulanten Heilmitteln und die Beitragsanpassung zum 01.01.2025. In Kfz (287) geht es fast ausschließlich um Bearbeitungsdauer, seit dem Gutachterengpass im Sommer.
- 94,1 % der Beschwerden wurden innerhalb von 14 Tagen abschließend beantwortet, Ziel waren 92 %.
- Schlichtungsverfahren: 29 bei der Versicherungs-Schlichtungsstelle, 9 bei der Ombudsstelle PKV. 11 Verfahren endeten ganz oder teilweise zugunsten der Beschwerdeführer.
- BaFin-Eingaben: 14, davon keine mit aufsichtsrechtlicher Beanstandung.
- Datenschutz (gemeinsam mit Herrn Dr. Oberländer): 63 Auskunftsersuchen nach Art. 15, 21 Löschbegehren, 2 Beschwerden bei der Aufsichtsbehörde.

Die Tabelle enthält nur Fallzahlen, keine Kundendaten. Einzelfälle stelle ich in der Sitzung gern mündlich vor.

Viele Grüße
Henrike Vollrath
""" + sig("vollrath", short=True))
    rows1 = [["Sparte", "2024", "2025", "davon berechtigt", "Ø Bearbeitungstage"],
             ["Krankenvoll", 251, 278, 96, 9.4],
             ["Krankenzusatz/Pflege", 129, 134, 41, 7.1],
             ["Leben/BU", 118, 126, 30, 12.8],
             ["Unfall", 44, 39, 12, 10.2],
             ["Kfz", 266, 287, 119, 11.6],
             ["Hausrat/Wohngebäude", 171, 163, 52, 8.3],
             ["Haftpflicht", 58, 61, 17, 7.9],
             ["Rechtsschutz", 47, 52, 14, 6.5],
             ["Reise", 21, 29, 11, 5.8],
             ["Firmenkunden", 12, 15, 4, 14.0],
             ["Summe", 1117, 1184, 396, 9.6]]
    rows2 = [["Beschwerdegrund", "Anzahl 2025", "Anteil"],
             ["Leistungsablehnung / Kürzung", 431, "36,4 %"],
             ["Bearbeitungsdauer", 318, "26,9 %"],
             ["Beitrag / Beitragsanpassung", 187, "15,8 %"],
             ["Erreichbarkeit / Service", 104, "8,8 %"],
             ["Vertragsänderung / Kündigung", 79, "6,7 %"],
             ["Datenschutz", 38, "3,2 %"],
             ["Sonstiges", 27, "2,3 %"]]
    rows3 = [["Schlichtungsstelle", "eingegangen", "erledigt", "zugunsten Kunde", "Vergleich", "zugunsten Kranichsteiner"],
             ["Versicherungs-Schlichtungsstelle e.V.", 29, 24, 5, 4, 15],
             ["Ombudsstelle PKV", 9, 8, 1, 1, 6]]
    att(m, xlsx([("Sparten", rows1), ("Gründe", rows2), ("Schlichtung", rows3)],
                title="Beschwerdebericht 2025", author="Henrike Vollrath", date="2026-01-19 15:40"),
        "Beschwerdebericht_2025_Vorstand.xlsx")
    return m


@mail(3, C, "en", "insurer-to-customer",
      "complaint reply on a motor own-damage claim: named customer, claim number, plate, payment amount; nobody hurt")
def _():
    m = new(who("lombardi"), "Alastair Pennington <a.pennington@fastmail.example>",
            "RE: Complaint - claim KF-S-2026-03317 still not settled",
            "2026-02-23 11:27", cc=who("nowacki"), irt=mid("pennington-1", "fastmail.example"), mailer=OUTLOOK)
    body(m, """
Dear Mr Pennington,

Thank you for your message of 19 February, and I am sorry that you had to write to us a second time. Three weeks without a decision on a straightforward parking damage is not the service we want to offer, and your complaint has been registered under reference BM-2026-0201.

Here is where things stand:

- The assessor's report for your Skoda Octavia (registration DA-AP 419) reached us on 20 February. The delay was on the assessor's side; the first appointment on 6 February was cancelled by the expert office without telling us.
- The repair costs are confirmed at EUR 5,162.37. After your comprehensive deductible of EUR 300.00 we are paying EUR 4,862.37 directly to Autohaus Kranz in Weiterstadt. The payment was released this morning.
- The other party (the delivery van) has been identified from the police notice you sent. We will recover the costs from their insurer ourselves, and once that succeeds your deductible will be refunded and the claim will not affect your no-claims class.

Colleague Piotr Nowacki from our motor claims team is in copy and will be your contact for the recovery.

If you are not satisfied with how we handled your complaint, you can contact the Versicherungs-Schlichtungsstelle e.V. free of charge; English-language submissions are accepted.

Kind regards,
Chiara Lombardi

-----Original Message-----
From: Alastair Pennington <a.pennington@fastmail.example>
Sent: Thursday, February 19, 2026 8:03 PM
To: service@kranichsteiner.example
Subject: Complaint - claim KF-S-2026-03317 still not settled

Hello,

my car was hit while parked on 30 January. I reported it the same day, sent photos and the police notice. Since then I have called four times and every time I was told an assessor "will be in touch". The workshop now charges me storage. This is frankly unacceptable. Please escalate.

Alastair Pennington
Heidelberger Landstraße 212, 64297 Darmstadt
""" + sig("lombardi", "en"), style="qp")
    return m


@mail(4, S, "de", "insurer-to-partner",
      "statement to the PKV ombudsman about a named complainant's psychosomatic inpatient treatment (ICD F33.2) - details in the PDF")
def _():
    m = new(who("vollrath"), "Ombudsstelle PKV - Schlichtung <schlichtung@ombudsstelle-pkv.example>",
            "Ihr Zeichen PKV-2026-00418 / Beschwerdeführer Tobias Rehkopf - unsere Stellungnahme",
            "2026-03-04 14:52", mailer=OUTLOOK)
    body(m, """
Sehr geehrte Frau Dr. Lindqvist,

in dem oben genannten Schlichtungsverfahren übersenden wir Ihnen anliegend fristgerecht unsere Stellungnahme vom heutigen Tag nebst Anlagenverzeichnis. Die Anlagen K1 bis K6 (Tarifbedingungen, Schriftwechsel, Leistungsabrechnung) gehen Ihnen zusätzlich über das Schlichtungsportal zu.

Eine Einwilligung des Beschwerdeführers in die Übermittlung der medizinischen Unterlagen an Ihre Stelle liegt uns mit der Beschwerdeschrift vor.

Mit freundlichen Grüßen

Henrike Vollrath
""" + sig("vollrath"))
    att(m, pdf("""
# Kranichsteiner Versicherung VVaG - Beschwerdemanagement
Darmstadt, 04.03.2026

Ombudsstelle Private Kranken- und Pflegeversicherung
Schlichtungsverfahren PKV-2026-00418

# Stellungnahme im Schlichtungsverfahren Tobias Rehkopf ./. Kranichsteiner Versicherung VVaG

Beschwerdeführer: Tobias Rehkopf, geb. 02.07.1984, Lindenfelser Weg 9, 64625 Bensheim
Versicherungsschein-Nr.: KR-19-3308126, Tarife KranichVital Top 100, KT 43 (Krankentagegeld ab 43. Tag)

# 1. Sachverhalt
Der Beschwerdeführer befand sich vom 03.11.2025 bis 22.12.2025 in stationärer Behandlung in der
Klinik am Felsberg, einer Privatklinik für Psychosomatik und Psychotherapie. Die Einweisung erfolgte
durch seinen behandelnden Psychiater mit der Diagnose rezidivierende depressive Störung, gegenwärtig
schwere Episode ohne psychotische Symptome (ICD-10 F33.2), nach vorausgegangener ambulanter
Psychotherapie (seit 2023) und medikamentöser Behandlung mit Sertralin 150 mg.
Die Klinik berechnete 50 Behandlungstage zu je 485,00 EUR, insgesamt 24.250,00 EUR.

# 2. Unsere Entscheidung
Die Klinik am Felsberg ist eine sogenannte gemischte Anstalt im Sinne von § 4 Abs. 5 MB/KK, da sie
auch Kur- und Erholungsaufenthalte anbietet. Nach den Tarifbedingungen ist für solche Einrichtungen
eine schriftliche Leistungszusage vor Beginn der Behandlung erforderlich. Diese wurde nicht eingeholt.
Wir haben mit Schreiben vom 14.01.2026 die Leistung daher zunächst abgelehnt.

# 3. Würdigung der Beschwerde
Der Beschwerdeführer trägt vor, er sei wegen der Schwere seiner Erkrankung (Suizidgedanken, nach
Aussage des Psychiaters akute Eigengefährdung) nicht in der Lage gewesen, vorher eine Zusage zu
beantragen. Unsere Beratungsärztin Dr. med. Albrecht-Nolte hat den Entlassungsbericht vom 23.12.2025
geprüft und bestätigt die medizinische Notwendigkeit einer stationären Behandlung dem Grunde nach.
Eine Behandlung in einem zugelassenen Krankenhaus mit psychosomatischer Abteilung wäre allerdings
ebenfalls möglich gewesen.

# 4. Vergleichsangebot
Ohne Anerkennung einer Rechtspflicht bieten wir an, die Kosten in der Höhe zu übernehmen, die bei
einer Behandlung in einem Plankrankenhaus angefallen wären (Vergleichsberechnung nach PEPP,
18.730,40 EUR), sowie das Krankentagegeld ab dem 43. Tag der Arbeitsunfähigkeit in voller Höhe.

Anlagenverzeichnis: K1 Versicherungsschein und Tarifbedingungen, K2 Schreiben vom 14.01.2026,
K3 Beschwerdeschrift vom 02.02.2026, K4 Entlassungsbericht (nur zur Einsicht der Ombudsstelle),
K5 Stellungnahme Beratungsärztin, K6 Vergleichsberechnung

Henrike Vollrath, Leiterin Beschwerdemanagement
""", title="Stellungnahme PKV-2026-00418", author="Henrike Vollrath", date="2026-03-04 14:30"),
        "Stellungnahme_PKV-2026-00418.pdf")
    return m


@mail(5, N, "en", "insurer-to-supplier",
      "trap: purchase order for defibrillators, AED pads and first-aid kits for the offices; no person's health concerned")
def _():
    m = new(who("marx"), "Orders Medisafe <orders@medisafe-supplies.example>",
            "PO 4500018832 - AEDs and first-aid equipment, delivery Darmstadt",
            "2026-01-27 09:18", cc=who("mies"), mailer=OUTLOOK)
    body(m, """
Hello Ms van Dijk,

as discussed on the phone, please find our purchase order below. Delivery to our goods receipt, not to the reception desk please.

PO number: 4500018832
Delivery address: Kranichsteiner Versicherung VVaG, Warenannahme Tor 2, Am Steinbrücker Teich 3, 64289 Darmstadt, Germany
Requested delivery: calendar week 7

  Pos  Qty  Item                                              Unit EUR   Total EUR
  10     3  AED LifePoint A3, semi-automatic, German voice     1,289.00    3,867.00
  20     6  Electrode pads adult, LifePoint A3                    54.90      329.40
  30     3  Electrode pads paediatric, LifePoint A3               61.50      184.50
  40     3  Wall cabinet with alarm, AED sign per ISO 7010       219.00      657.00
  50    12  First-aid kit DIN 13157, wall mounted                 48.70      584.40
  60     4  Eye wash station 2 x 500 ml                           36.20      144.80
  70     2  Burn dressing kit                                     29.90       59.80
                                                         Net total        5,826.90

Prices as per your quotation Q-26-0114 of 21 January, incoterm DAP. Please state the PO number on the delivery note and the invoice, and send the invoice as PDF to invoices@kranichsteiner.example. Payment 30 days net.

Our facility manager Holger Mies (in copy) will coordinate the installation and the first-aider briefing on the AEDs with your technician.

Best regards,
Tobias Marx
""" + sig("marx", "en"))
    return m


@mail(6, C, "de", "insurer-to-customer",
      "body harmless: Art. 15 data access response; birth date, IBAN, household and motor contracts, plate and claim only in the PDF")
def _():
    m = new(box("datenschutz", "Datenschutz Kranichsteiner"), "Dennis Schwarzkopf <dennis.schwarzkopf@web.example>",
            "Ihre Anfrage nach Art. 15 DSGVO - Az. DS-2026-0031",
            "2026-02-11 08:47", mailer=CRM)
    body(m, """
Sehr geehrter Herr Schwarzkopf,

mit Ihrer E-Mail vom 14. Januar 2026 haben Sie Auskunft darüber verlangt, welche personenbezogenen Daten wir über Sie verarbeiten. Nachdem Sie Ihre Identität über den Rückruf an die bei uns hinterlegte Telefonnummer bestätigt haben, erhalten Sie die Auskunft anbei als PDF-Dokument.

Das Dokument enthält
1. die bei uns gespeicherten Stammdaten,
2. die Verträge und Leistungsfälle,
3. die Zwecke und Rechtsgrundlagen der Verarbeitung,
4. die Empfänger bzw. Kategorien von Empfängern,
5. die geplanten Speicherfristen sowie
6. Hinweise zu Ihren weiteren Rechten (Berichtigung, Löschung, Einschränkung, Widerspruch, Beschwerde bei der Aufsichtsbehörde).

Eine Kopie der Gesprächsnotizen aus dem Kundenservice fügen wir auf Ihren Wunsch ebenfalls bei (Abschnitt 7).

Bei Fragen erreichen Sie unseren Datenschutzbeauftragten unter datenschutz@kranichsteiner.example oder schriftlich unter der unten genannten Anschrift, Stichwort "Datenschutz".

Mit freundlichen Grüßen
Sina Grafenstein
Datenschutzkoordination

""" + FOOT_DE)
    acct = iban("DE", "508501500018822640")
    att(m, pdf("""
# Auskunft nach Art. 15 DSGVO
Kranichsteiner Versicherung VVaG, Datenschutz, Az. DS-2026-0031, Darmstadt, 10.02.2026

# 1. Stammdaten
Name: Dennis Schwarzkopf
Geburtsdatum: 17.09.1990
Anschrift: Georg-Büchner-Straße 4, 64347 Griesheim
Telefon: 0176 55512093, E-Mail: dennis.schwarzkopf@web.example
Bankverbindung (SEPA-Lastschriftmandat vom 02.03.2021): {ACCT}, Sparkasse Darmstadt
Kundennummer: 7004 1186 22, Werbeeinwilligung: nein

# 2. Verträge und Leistungsfälle
Hausratversicherung HR-21-5517304, seit 01.04.2021, Versicherungssumme 52.000 EUR, Beitrag 118,40 EUR jährlich
  Schaden HR-S-2023-01188 vom 12.06.2023: Glasbruch Ceranfeld, Entschädigung 389,00 EUR
Kfz-Haftpflicht und Teilkasko KF-22-7703951, seit 15.08.2022, Ford Fiesta, amtl. Kennzeichen DA-DS 1709,
  Schadenfreiheitsklasse SF 4, Jahresbeitrag 486,72 EUR
  Schaden KF-S-2024-11920 vom 03.12.2024: Steinschlag Frontscheibe, Reparatur 142,80 EUR
Privathaftpflicht: Angebot vom 09.01.2025, nicht abgeschlossen (Angebotsdaten werden zum 31.12.2026 gelöscht)

# 3. Zwecke und Rechtsgrundlagen
Vertragsdurchführung und Schadenbearbeitung (Art. 6 Abs. 1 b DSGVO), gesetzliche Aufbewahrung
(Art. 6 Abs. 1 c DSGVO i.V.m. § 257 HGB, § 147 AO), Betrugsprävention (Art. 6 Abs. 1 f DSGVO).

# 4. Empfänger
Nordmeer Rück AG (Rückversicherung), Glasservice Südhessen GmbH (Schaden HR-S-2023-01188),
Druck- und Versanddienstleister PostPro Rhein-Main GmbH, Hinweis- und Informationssystem: keine Meldung.

# 5. Speicherfristen
Vertragsdaten: 10 Jahre nach Ende des Vertrags. Schadendaten: 10 Jahre nach Abschluss des Schadens.

# 6. Ihre Rechte
Berichtigung (Art. 16), Löschung (Art. 17), Einschränkung (Art. 18), Datenübertragbarkeit (Art. 20),
Widerspruch (Art. 21), Beschwerde beim Hessischen Beauftragten für Datenschutz und Informationsfreiheit.

# 7. Gesprächsnotizen Kundenservice
05.12.2024 Anruf Kunde: Frage nach Scheibenreparatur, Werkstatt genannt.
14.01.2026 E-Mail Kunde: Auskunftsersuchen, an Datenschutz weitergeleitet.
""".replace("{ACCT}", acct), title="Auskunft DS-2026-0031", author="Sina Grafenstein", date="2026-02-10 17:02"),
        "Auskunft_Art15_DS-2026-0031.pdf")
    return m


@mail(7, S, "en", "insurer-to-customer",
      "complaint outcome on a travel health claim: named customer's appendectomy in Malaga, hospital invoice items in an HTML table")
def _():
    m = new(who("lombardi"), "Fiona Gallagher <fiona.gallagher@eircom-mail.example>",
            "Your complaint BM-2026-0158 - travel insurance claim RE-S-2026-00274",
            "2026-02-17 15:33", mailer=OUTLOOK)
    plain = """
Dear Ms Gallagher,

thank you for your complaint of 2 February. I have reviewed the claim together with our medical adviser and I am glad to tell you that we are changing our decision.

Your emergency admission at Clínica Santa Marta in Málaga on 4 January with acute appendicitis and the appendectomy the next day were never in question. Our first settlement reduced the hospital invoice for the single room and did not cover the rebooking of your return flight. Your travel policy RE-26-0091437 (Premium Worldwide) does include a single room and the costs of a changed return journey when the treating doctor advises against flying as planned, which the discharge letter of 7 January clearly does.

  Item                                   Invoiced EUR   First settlement   Now paid
  Hospital stay 4-7 Jan, surgery              6,480.00           5,310.00   6,480.00
  Single room supplement (included above)            -                  -          -
  Rebooking fee return flight AGP-DUB           189.00               0.00     189.00
  Hotel for your partner, 3 nights              342.00               0.00       0.00
  Taxi hospital - hotel                           28.50              28.50      28.50

The additional amount of EUR 1,359.00 will be transferred to your account within five working days. The hotel costs of your partner are unfortunately not covered, because the policy only covers accompanying persons for minors.

I hope you are fully recovered. If you remain unhappy with our decision, you can refer the matter to the Versicherungs-Schlichtungsstelle e.V. in Berlin; the procedure is free of charge for you.

Kind regards,
Chiara Lombardi
""" + sig("lombardi", "en")
    html = """
<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear Ms Gallagher,</p>
<p>thank you for your complaint of 2 February. I have reviewed the claim together with our medical adviser and I am glad to tell you that we are changing our decision.</p>
<p>Your emergency admission at Clínica Santa Marta in Málaga on 4 January with <b>acute appendicitis</b> and the appendectomy the next day were never in question. Our first settlement reduced the hospital invoice for the single room and did not cover the rebooking of your return flight. Your travel policy RE-26-0091437 (Premium Worldwide) does include a single room and the costs of a changed return journey when the treating doctor advises against flying as planned, which the discharge letter of 7 January clearly does.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#e6eef5"><th>Item</th><th>Invoiced EUR</th><th>First settlement</th><th>Now paid</th></tr>
<tr><td>Hospital stay 4-7 Jan, surgery</td><td align="right">6,480.00</td><td align="right">5,310.00</td><td align="right">6,480.00</td></tr>
<tr><td>Rebooking fee return flight AGP-DUB</td><td align="right">189.00</td><td align="right">0.00</td><td align="right">189.00</td></tr>
<tr><td>Hotel for your partner, 3 nights</td><td align="right">342.00</td><td align="right">0.00</td><td align="right">0.00</td></tr>
<tr><td>Taxi hospital - hotel</td><td align="right">28.50</td><td align="right">28.50</td><td align="right">28.50</td></tr>
</table>
<p>The additional amount of <b>EUR 1,359.00</b> will be transferred to your account within five working days. The hotel costs of your partner are unfortunately not covered, because the policy only covers accompanying persons for minors.</p>
<p>I hope you are fully recovered. If you remain unhappy with our decision, you can refer the matter to the Versicherungs-Schlichtungsstelle e.V. in Berlin; the procedure is free of charge for you.</p>
<p>Kind regards,<br>Chiara Lombardi<br>International Client Service<br>Phone +49 6151 3907-6020</p>
</body></html>
"""
    html_alt(m, plain, html)
    return m


@mail(8, N, "de", "newsletter",
      "trap: customer newsletter about complaint channels, ombudsman and GDPR rights, generic, no person's data")
def _():
    m = new("Kranichsteiner Post <post@newsletter.kranichsteiner.example>", "m.fuchs.da@web.example",
            "Kranichsteiner Post März 2026: Ihre Rechte - und wie Sie sie nutzen",
            "2026-03-10 07:00",
            extra=[("List-Unsubscribe", "<https://newsletter.kranichsteiner.example/abmelden?k=8f21c0>"),
                   ("Precedence", "bulk")])
    plain = """
Kranichsteiner Post - März 2026

Liebe Leserinnen und Leser,

niemand beschwert sich gern, und wir hören es auch nicht gern. Trotzdem: Jede Beschwerde zeigt uns, wo wir besser werden müssen. Deshalb erklären wir in dieser Ausgabe, welche Wege Sie haben.

1. Beschwerde bei uns
Schreiben Sie an beschwerde@kranichsteiner.example, rufen Sie 06151 3907-2200 an oder schicken Sie einen Brief. Sie erhalten innerhalb von drei Werktagen eine Eingangsbestätigung und in der Regel binnen 14 Tagen eine Antwort. 2025 haben wir 94 % aller Beschwerden in dieser Zeit abgeschlossen.

2. Schlichtung
Sind Sie mit unserer Antwort nicht zufrieden, können Sie kostenfrei eine Schlichtungsstelle anrufen: für die private Kranken- und Pflegeversicherung die Ombudsstelle PKV, für alle anderen Sparten die Versicherungs-Schlichtungsstelle e.V. Der Rechtsweg bleibt Ihnen offen.

3. Aufsicht
Als Versicherer stehen wir unter der Aufsicht der Bundesanstalt für Finanzdienstleistungsaufsicht (BaFin), an die Sie sich ebenfalls wenden können.

4. Ihre Datenschutzrechte
Sie können jederzeit Auskunft über die bei uns gespeicherten Daten verlangen, unrichtige Daten berichtigen und nicht mehr benötigte Daten löschen lassen. Gesundheitsdaten aus der Kranken- oder Lebensversicherung schicken wir Ihnen dabei nur verschlüsselt oder per Post. Unser Datenschutzbeauftragter ist unter datenschutz@kranichsteiner.example erreichbar; Beschwerden nehmen auch die Datenschutzaufsichtsbehörden entgegen.

Außerdem in dieser Ausgabe: Frühjahrs-Check fürs Fahrrad, warum die Elementarversicherung auch in der Stadt Sinn ergibt, und die Termine unserer Vorsorge-Abende.

Ihr Team der Kranichsteiner Post

Sie erhalten diesen Newsletter, weil Sie ihn auf www.kranichsteiner.example abonniert haben. Abmelden: https://newsletter.kranichsteiner.example/abmelden
"""
    html = """
<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Kranichsteiner Post März 2026</title></head>
<body style="margin:0;background:#f2f4f1;font-family:Georgia,serif">
<table width="640" align="center" cellpadding="0" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#2f5d50;color:#ffffff;padding:18px 24px;font-size:22px">Kranichsteiner Post &middot; März 2026</td></tr>
<tr><td style="padding:20px 24px;font-size:15px;line-height:1.5">
<p>Liebe Leserinnen und Leser,</p>
<p>niemand beschwert sich gern, und wir hören es auch nicht gern. Trotzdem: Jede Beschwerde zeigt uns, wo wir besser werden müssen. Deshalb erklären wir in dieser Ausgabe, welche Wege Sie haben.</p>
<h3>1. Beschwerde bei uns</h3>
<p>Schreiben Sie an <a href="mailto:beschwerde@kranichsteiner.example">beschwerde@kranichsteiner.example</a>, rufen Sie 06151 3907-2200 an oder schicken Sie einen Brief. Sie erhalten innerhalb von drei Werktagen eine Eingangsbestätigung und in der Regel binnen 14 Tagen eine Antwort.</p>
<table cellpadding="6" style="border:1px solid #c9d3cc;font-size:14px"><tr><td><b>2025</b></td><td>1.184 Beschwerden</td><td>94 % in 14 Tagen beantwortet</td></tr></table>
<h3>2. Schlichtung</h3>
<p>Sind Sie mit unserer Antwort nicht zufrieden, können Sie kostenfrei eine Schlichtungsstelle anrufen: für die private Kranken- und Pflegeversicherung die Ombudsstelle PKV, für alle anderen Sparten die Versicherungs-Schlichtungsstelle e.V. Der Rechtsweg bleibt Ihnen offen.</p>
<h3>3. Aufsicht</h3>
<p>Als Versicherer stehen wir unter der Aufsicht der Bundesanstalt für Finanzdienstleistungsaufsicht (BaFin), an die Sie sich ebenfalls wenden können.</p>
<h3>4. Ihre Datenschutzrechte</h3>
<p>Sie können jederzeit Auskunft über die bei uns gespeicherten Daten verlangen, unrichtige Daten berichtigen und nicht mehr benötigte Daten löschen lassen. Gesundheitsdaten aus der Kranken- oder Lebensversicherung schicken wir Ihnen dabei nur verschlüsselt oder per Post.</p>
<p style="color:#555">Außerdem in dieser Ausgabe: Frühjahrs-Check fürs Fahrrad &middot; Elementarversicherung in der Stadt &middot; Termine der Vorsorge-Abende</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#777;background:#eef1ee">Sie erhalten diesen Newsletter, weil Sie ihn auf www.kranichsteiner.example abonniert haben. <a href="https://newsletter.kranichsteiner.example/abmelden">Abmelden</a><br>Kranichsteiner Versicherung VVaG &middot; Am Steinbrücker Teich 3 &middot; 64289 Darmstadt</td></tr>
</table></body></html>
"""
    html_alt(m, plain, html)
    return m


@mail(9, C, "de", "insurer-to-partner",
      "statement to the arbitration body on a named customer's household burglary claim (policy, address, stolen items, reduction) in the DOCX")
def _():
    m = new(who("vollrath"), "Versicherungs-Schlichtungsstelle <verfahren@schlichtung-versicherung.example>",
            "Verfahren S-2026-01733 (Dommermuth) - Stellungnahme Kranichsteiner",
            "2026-02-26 17:20", mailer=OUTLOOK)
    body(m, """
Sehr geehrter Herr Rauschenbach,

zu der uns am 05.02.2026 übermittelten Beschwerde von Herrn Karl-Heinz Dommermuth übersende ich Ihnen anliegend unsere Stellungnahme. Die dort genannten Anlagen (Schadenanzeige, polizeiliche Anzeige, Stehlgutliste, Regulierungsschreiben) reichen wir über das Verfahrensportal nach.

Für Rückfragen stehe ich Ihnen gern zur Verfügung.

Mit freundlichen Grüßen
Henrike Vollrath
""" + sig("vollrath"))
    att(m, docx([
        ("h", "Stellungnahme im Verfahren S-2026-01733"),
        "Beschwerdeführer: Karl-Heinz Dommermuth, Eberstädter Straße 27, 64319 Pfungstadt\nVersicherungsnehmer der Hausratversicherung HR-14-2290417 (Tarif Hausrat Plus, Versicherungssumme 65.000 EUR)\nSchaden HR-S-2025-08861, Schadentag 17.10.2025",
        ("h", "1. Sachverhalt"),
        "Während einer einwöchigen Urlaubsreise des Beschwerdeführers drangen unbekannte Täter in die Erdgeschosswohnung ein. Nach dem Bericht der Polizeistation Pfungstadt (Tgb.-Nr. 1187/25) wurde das auf Kipp stehende Küchenfenster zur Gartenseite aufgehebelt. Entwendet wurden nach der Stehlgutliste:",
        ("table", [["Gegenstand", "Wiederbeschaffungswert EUR"],
                   ["Notebook, Tablet, Spielkonsole", "3.120,00"],
                   ["Schmuck (Erbstücke, Goldkette, zwei Ringe)", "3.850,00"],
                   ["Bargeld (Schreibtisch)", "400,00"],
                   ["Kamera mit zwei Objektiven", "1.570,00"],
                   ["Summe", "8.940,00"]]),
        ("h", "2. Regulierung"),
        "Wir haben den Schaden mit Schreiben vom 28.11.2025 dem Grunde nach anerkannt, die Entschädigung jedoch gemäß § 81 Abs. 2 VVG um 50 % gekürzt, da das Fenster während einer mehrtägigen Abwesenheit gekippt war. Bargeld ist nach dem Tarif bis 1.500 EUR versichert und wurde berücksichtigt. Ausgezahlt wurden 4.470,00 EUR.",
        ("h", "3. Würdigung"),
        "Der Beschwerdeführer wendet ein, das Fenster sei durch einen Nachbarn zum Lüften gekippt worden, der die Blumen versorgte, und ihm selbst sei das nicht bekannt gewesen. Diesen Vortrag hatten wir bei der Regulierung nicht. Wir halten ihn für plausibel, zumal der Nachbar, Herr Ewald Stroh, dies schriftlich bestätigt hat. Eine grobe Fahrlässigkeit des Beschwerdeführers selbst ist damit zweifelhaft; eine Zurechnung des Verhaltens des Nachbarn als Repräsentant scheidet nach unserer Auffassung aus.",
        ("h", "4. Ergebnis"),
        "Wir sind bereit, die Kürzung aufzuheben und weitere 4.470,00 EUR an den Beschwerdeführer zu zahlen. Damit wäre das Verfahren aus unserer Sicht erledigt.",
        "Darmstadt, 26.02.2026\nKranichsteiner Versicherung VVaG\nHenrike Vollrath, Beschwerdemanagement",
    ], title="Stellungnahme S-2026-01733", author="Henrike Vollrath", date="2026-02-26 16:58"),
        "Stellungnahme_S-2026-01733_Dommermuth.docx")
    return m


@mail(10, S, "de", "customer",
      "customer's complaint letter to the CEO, forwarded as attached message: her mother's dementia, falls, incontinence, care grade in a care-allowance policy")
def _():
    inner = new("Brigitte Anwander <brigitte.anwander@t-online.example>",
                "cornelia.staudt@kranichsteiner.example",
                "Beschwerde - Pflegetagegeld meiner Mutter Hildegard Anwander",
                "2026-03-08 21:46", mailer="UA:Mozilla/5.0 (Macintosh; Intel Mac OS X 14.6; rv:128.0) Gecko/20100101 Thunderbird/128.6.1")
    body(inner, """
Sehr geehrte Frau Dr. Staudt,

ich wende mich direkt an Sie, weil ich bei Ihrer Leistungsabteilung nicht weiterkomme.

Meine Mutter, Hildegard Anwander, geb. 14.05.1936, ist seit 2004 bei Ihnen pflegezusatzversichert (Vertrag PZ-04-0772519). Sie hat eine fortgeschrittene Alzheimer-Demenz, ist im letzten Jahr dreimal gestürzt (zuletzt mit Oberschenkelhalsbruch im November) und ist inzwischen vollständig inkontinent. Sie kann nicht mehr allein essen und erkennt mich an vielen Tagen nicht.

Der Medizinische Dienst hat im Januar trotzdem nur Pflegegrad 3 festgestellt. Die Begutachtung dauerte 25 Minuten, meine Mutter war an dem Tag "gut drauf". Wir haben Widerspruch eingelegt. Ihre Sachbearbeiterin schreibt mir, Sie zahlen das Pflegetagegeld nach Pflegegrad 3, bis ein neues Gutachten vorliegt, und wenn der Widerspruch Erfolg hat, "rückwirkend". Das kann Monate dauern, und das Pflegeheim will jetzt Geld.

Ich finde es beschämend, wie mit einer 89-jährigen Frau umgegangen wird, die über 20 Jahre Beiträge gezahlt hat. Wenn ich bis Ende März keine vernünftige Lösung habe, wende ich mich an die BaFin und an die Presse.

Mit freundlichen Grüßen
Brigitte Anwander
(Tochter und Betreuerin, Betreuerausweis liegt Ihnen vor)
Ludwigshöhstraße 40, 64285 Darmstadt
""", style="raw", flowed=True)
    m = new(who("lehnert"), box("beschwerde", "Beschwerdemanagement"),
            "WG: Beschwerde - Pflegetagegeld meiner Mutter Hildegard Anwander",
            "2026-03-09 08:31", cc=who("vollrath") + ", " + who("sonntag"), mailer=OUTLOOK)
    body(m, """
Guten Morgen zusammen,

anbei eine Beschwerde, die gestern Abend direkt bei Frau Dr. Staudt eingegangen ist. Frau Dr. Staudt bittet um Prüfung, ob wir bis zur Entscheidung über den Widerspruch gegen das MD-Gutachten vorläufig nach dem höheren Pflegegrad leisten können, und um eine Antwort an Frau Anwander innerhalb von 10 Tagen. Bitte den Antwortentwurf vorab an das Vorstandsbüro.

Danke und viele Grüße
Katrin Lehnert
""" + sig("lehnert", short=True))
    att(m, inner, "Beschwerde - Pflegetagegeld meiner Mutter Hildegard Anwander.eml")
    return m


@mail(11, N, "de", "internal",
      "trap: training invitation on complaints and data-subject rights with calendar file, examples anonymised, nobody concerned")
def _():
    m = new(who("grafenstein"),
            "Leistung Kranken <team-leistung-kranken@kranichsteiner.example>, Kundenservice <team-kundenservice@kranichsteiner.example>, Beschwerdemanagement <beschwerde@kranichsteiner.example>",
            "Einladung: Schulung Beschwerden und Betroffenenrechte (18.03., 10-12 Uhr)",
            "2026-02-25 13:10", cc=who("vollrath"), mailer=OUTLOOK)
    body(m, """
Liebe Kolleginnen und Kollegen,

wie in der Teamleiterrunde angekündigt, bieten Henrike Vollrath und ich eine gemeinsame Schulung zu Beschwerden und Betroffenenrechten an. Anlass ist, dass Auskunfts- und Löschbegehren immer öfter zusammen mit einer Beschwerde kommen ("Ich will wissen, was Sie über mich gespeichert haben, und außerdem ...") und dann zwischen den Teams hängen bleiben.

Inhalte:
- Was ist eine Beschwerde? Erfassung im KundenCenter, Fristen, Eingangsbestätigung
- Schlichtungsstellen und BaFin: wer antwortet, was geht raus, was nicht
- Auskunft nach Art. 15 DSGVO: Monatsfrist, Identitätsprüfung, was gehört in die Kopie
- Löschung und Einschränkung: Aufbewahrungsfristen, Sperrvermerk
- Gesundheitsdaten in der Auskunft: nur verschlüsselt, nie als normale E-Mail
- Fallbeispiele (anonymisiert) aus 2025

Die Schulung ist für alle Mitarbeitenden mit Kundenkontakt in den genannten Teams verpflichtend; wer am 18.03. nicht kann, bekommt einen Nachholtermin im April. Die Einladung hängt als Kalenderdatei an.

Viele Grüße
Sina Grafenstein
""" + sig("grafenstein", short=True))
    att(m, ics("kv-schulung-20260318@kranichsteiner.example", "2026-03-18 10:00", "2026-03-18 12:00",
               "Schulung Beschwerden und Betroffenenrechte",
               location="Besprechungsraum Kranich 2 (EG) / Teams",
               description="Pflichtschulung für Kundenservice, Leistung Kranken, Beschwerdemanagement. Referentinnen: Henrike Vollrath, Sina Grafenstein.",
               organizer=("Sina Grafenstein", "sina.grafenstein@kranichsteiner.example"),
               stamp="2026-02-25 13:05"), "Schulung_Beschwerden_Betroffenenrechte.ics")
    return m


@mail(12, S, "de", "insurer-to-doctor",
      "request to an orthopaedist for a medical report on a named BU claimant (birth date, herniated disc M51.1, surgery)")
def _():
    m = new(who("reiss"), "Praxis Dr. Haub <praxis@orthopaedie-haub.example>",
            "Anforderung Befundbericht - Ihr Patient Sascha Lindemann, geb. 11.08.1979",
            "2026-01-14 10:02", mailer=OUTLOOK)
    body(m, """
Sehr geehrter Herr Dr. Haub,

Ihr Patient, Herr Sascha Lindemann, geb. 11.08.1979, wohnhaft Wormser Straße 118, 64625 Bensheim, hat bei uns Leistungen aus seiner Berufsunfähigkeitsversicherung (BU-17-0528841) beantragt. Er gibt an, seit September 2025 wegen eines Bandscheibenvorfalls L5/S1 (M51.1) mit anschließender Nukleotomie seinen Beruf als Dachdecker nicht mehr ausüben zu können.

Eine Schweigepflichtentbindung für Ihre Praxis liegt uns vor; eine Kopie senden wir Ihnen auf Wunsch gern per Fax oder Post.

Wir bitten Sie um einen Befundbericht zu folgenden Fragen:

1. Seit wann ist Herr Lindemann bei Ihnen in Behandlung, und welche Diagnosen wurden gestellt?
2. Welche Befunde (MRT, neurologischer Status) liegen vor? Bitte fügen Sie vorhandene Arztbriefe bei.
3. Wie ist der Verlauf seit der Operation am 22.09.2025? Bestehen weiterhin Ausfallerscheinungen oder Schmerzen?
4. Welche Tätigkeiten sind ihm aus Ihrer Sicht noch möglich (Heben, Tragen, Arbeiten über Kopf, auf Leitern und Dächern)?
5. Ist eine Besserung zu erwarten, und wenn ja, in welchem Zeitraum?

Für den Bericht vergüten wir Ihnen pauschal 45,00 EUR zuzüglich Kopierkosten. Bitte senden Sie ihn nicht per E-Mail, sondern per Post oder Fax (06151 3907-4199) an die unten genannte Adresse, Stichwort "BU-Leistung Lindemann".

Vielen Dank für Ihre Unterstützung.

Mit freundlichen Grüßen
Konstantin Reiß
""" + sig("reiss"))
    return m


@mail(13, C, "de", "insurer-to-customer",
      "motor policy schedule for a named private customer: birth date, VIN, plate, eVB, IBAN in the PDF, policy number in the body")
def _():
    m = new(box("kfz-vertrag", "Kranichsteiner Kfz-Vertrag"), "Melanie Oswald-Krüger <melanie.oswald@gmx.example>",
            "Ihr Versicherungsschein KF-26-8102277",
            "2026-01-08 12:15", mailer=CRM)
    body(m, """
Sehr geehrte Frau Oswald-Krüger,

vielen Dank für Ihr Vertrauen. Anbei erhalten Sie den Versicherungsschein für Ihre Kfz-Versicherung KF-26-8102277 (Haftpflicht und Vollkasko) für Ihren neuen VW ID.3.

Bitte prüfen Sie die Angaben. Die Zulassung ist mit der eVB-Nummer bereits erfolgt; die Meldung der Zulassungsstelle liegt uns vor.

Den ersten Beitrag buchen wir zum 01.02.2026 von Ihrem Konto ab.

Mit freundlichen Grüßen
Ihr Kfz-Vertragsteam
Nadine Obermaier

""" + FOOT_DE)
    acct = iban("DE", "508900000071204415")
    att(m, pdf("""
# Versicherungsschein Kfz-Versicherung
Versicherungsschein-Nr. KF-26-8102277                    Darmstadt, 08.01.2026

Versicherungsnehmerin: Melanie Oswald-Krüger, geb. 23.04.1986
Anschrift: Am Marienplatz 7, 64807 Dieburg

# Fahrzeug
Hersteller / Typ: Volkswagen ID.3 Pro S, 150 kW, Elektro
Fahrzeug-Identifizierungsnummer: WVWZZZE1ZRP041873
Amtliches Kennzeichen: DI-MO 88E, Erstzulassung 12.12.2025
eVB-Nummer: K7QX2P4
Jährliche Fahrleistung: bis 12.000 km, Abstellplatz: Garage, Fahrer: nur Versicherungsnehmerin und Ehepartner (ab 25 J.)

# Versicherungsumfang ab 15.12.2025
Kfz-Haftpflicht, Deckungssumme 100 Mio. EUR pauschal, SF 12 (35 %)           312,44 EUR
Vollkasko, Selbstbeteiligung 500 EUR, Teilkasko 150 EUR, SF 9 (40 %)        276,30 EUR
Schutzbrief Plus                                                               23,74 EUR
Jahresbeitrag inkl. 19 % Versicherungsteuer                                   612,48 EUR

# Zahlungsweise
jährlich per SEPA-Lastschrift, Mandatsreferenz KF268102277-01
Konto: {ACCT} (Volksbank Darmstadt-Südhessen), Kontoinhaberin Melanie Oswald-Krüger

Es gelten die Allgemeinen Bedingungen für die Kfz-Versicherung (AKB 2025) der Kranichsteiner Versicherung VVaG.
""".replace("{ACCT}", acct), title="Versicherungsschein KF-26-8102277", date="2026-01-08 12:10"),
        "Versicherungsschein_KF-26-8102277.pdf")
    return m


@mail(14, N, "en", "internal",
      "trap: IT ticket about the data-access export failing on health-claim documents, reproduced with a synthetic test record")
def _():
    m = new(who("kuhlmann"), "Sina Grafenstein <sina.grafenstein@kranichsteiner.example>",
            "[INC-2026-04417] DSAR export job aborts on health claim documents",
            "2026-02-05 09:48",
            cc="Core Systems Dev <dev-core@kranichsteiner.example>, " + who("oyelaran"),
            mailer="Kranichsteiner ServiceDesk (TicketFlow 11.2)")
    body(m, """
Hi Sina,

ticket INC-2026-04417 has been assigned to Core Systems Dev, priority P2. Summary of what we found so far:

Symptom
The nightly job dsar_export (collects all records of a customer for an Art. 15 request) stops with "PayloadTooLarge: 20971520 bytes exceeded" as soon as a customer has scanned documents of type LEIST_KV_BELEG (health invoices) larger than 20 MB in the archive. The job then marks the whole request as failed instead of skipping the file, so no export is created at all.

Reproduced
On the test tenant T01 with the synthetic customer "Erika Musterfrau (Testdatensatz)", customer no. 9999 0000 01, after uploading a 24 MB dummy PDF as a health invoice. Production data was not opened for the analysis.

Impact
Requests with large health documents must be compiled manually until the fix is deployed. You mentioned two such requests are currently open; please let us know if the deadline becomes critical, then we can run a patched export for them by hand.

Next steps
- Dev: stream large archive objects instead of loading them into memory (estimate 3 days)
- Ops: raise the limit temporarily to 64 MB on the batch server (change CHG-2026-0219, tonight)

Cheers,
Sven

--
Sven Kuhlmann | IT Service Desk | ext. 8800
""")
    return m


@mail(15, C, "en", "insurer-to-customer",
      "erasure request answer to a named former motor customer: old policy and claim numbers, retention until 2034, nobody injured")
def _():
    m = new(box("datenschutz", "Kranichsteiner Data Protection"), "Priya Raghunathan <priya.r@protonmail.example>",
            "Your erasure request of 2 March 2026 (ref. DS-2026-0058)",
            "2026-03-24 16:12", mailer=CRM)
    body(m, """
Dear Ms Raghunathan,

thank you for your request of 2 March 2026 to erase all personal data we hold about you, following your move to Leeds. We have completed our review and would like to explain what we have done and why some data has to be kept for now.

Erased as of today:
- your customer portal account and login history,
- your e-mail address and mobile number for marketing, and your newsletter subscription,
- the notes from our customer service calls that were not related to a contract or claim.

Kept, but restricted (no longer used for any other purpose):
- the contract data of your former motor policy KF-19-6614093 (terminated on 31 December 2024). Tax and commercial law require us to keep policy and accounting records for ten years after the end of the year in which the contract ended, in your case until 31 December 2034.
- the file on claim KF-S-2023-05517 (rear-end collision on 9 May 2023, vehicle damage only). We must keep it until the limitation periods for any recourse have expired, at the latest until 31 December 2033.

After these dates the data will be deleted automatically. Until then access is limited to our accounting and legal teams.

If you think we have not handled your request correctly, you can contact our Data Protection Officer, Dr Matthias Oberländer, at datenschutz@kranichsteiner.example, or lodge a complaint with the Hessian Commissioner for Data Protection and Freedom of Information.

Yours sincerely,
Sina Grafenstein
Data Protection Coordination

""" + FOOT_EN)
    return m


@mail(16, S, "de", "customer",
      "DPO forwards a named BU pensioner's Art. 15 request (severe depression, expert reports) inline to the disability claims team")
def _():
    m = new(who("oberlaender"), who("reiss"),
            "WG: Auskunftsersuchen nach Art. 15 DSGVO - Marco Scherer-Lutz, BU-15-0340968",
            "2026-03-06 11:19", cc=who("grafenstein"), mailer=OUTLOOK)
    body(m, """
Hallo Herr Reiß,

unten ein Auskunftsersuchen, das heute per Post kam (hier abgetippt, Original liegt bei Frau Grafenstein). Es betrifft einen Ihrer laufenden Fälle. Die Monatsfrist läuft bis 06.04.2026.

Bitte stellen Sie uns bis spätestens 23.03. zusammen:
- alle Gutachten und Arztberichte in der Leistungsakte (auch das Gutachten Dr. Pauly aus 2025),
- die Vermerke von Frau Dr. Albrecht-Nolte zur Nachprüfung,
- die Korrespondenz mit dem Arbeitgeber.

Interne Vermerke bitte nicht vorab schwärzen; wir prüfen gemeinsam, ob Rechte Dritter (Art. 15 Abs. 4) entgegenstehen. Die Auskunft geht wegen der Gesundheitsdaten ausschließlich per Einschreiben raus, nicht per Mail, auch wenn der Kunde das so wünscht.

Danke
Matthias Oberländer

----- Abschrift -----

Marco Scherer-Lutz
Obergasse 12
64367 Mühltal

Kranichsteiner Versicherung VVaG
- Datenschutzbeauftragter -

Mühltal, 02.03.2026

Auskunft nach Art. 15 DSGVO, BU-Versicherung BU-15-0340968

Sehr geehrte Damen und Herren,

ich beziehe seit Juli 2024 eine Rente aus meiner Berufsunfähigkeitsversicherung wegen einer schweren depressiven Episode mit Angststörung. Seit Januar läuft eine Nachprüfung, und Ihr Sachbearbeiter deutete am Telefon an, dass nach dem neuen Gutachten "eine Besserung dokumentiert" sei. Dieses Gutachten habe ich nie gesehen.

Ich verlange daher Auskunft über alle zu meiner Person gespeicherten Daten und eine vollständige Kopie, insbesondere:
1. aller Gutachten und ärztlichen Stellungnahmen, einschließlich des Gutachtens von Dr. Pauly (2025) und des aktuellen Gutachtens,
2. aller internen Vermerke Ihrer Beratungsärzte,
3. aller Auskünfte, die Sie bei meiner Krankenkasse, meinem Psychiater Dr. Nasri und meinem früheren Arbeitgeber eingeholt haben.

Bitte senden Sie mir die Unterlagen per E-Mail an m.scherer-lutz@gmx.example, das geht schneller.

Mit freundlichen Grüßen
Marco Scherer-Lutz
""" + sig("oberlaender", short=True))
    return m


@mail(17, N, "de", "insurer-to-partner",
      "trap: annual complaint statistics to the supervisory authority as CSV, aggregated per line and cause, no person")
def _():
    m = new(who("hartwig"), "BaFin Meldewesen VA <meldungen-va@bafin.example>",
            "Beschwerdestatistik 2025 - Kranichsteiner Versicherung VVaG, Reg.-Nr. 5417",
            "2026-02-27 10:05", cc=who("vollrath"), mailer=OUTLOOK)
    body(m, """
Sehr geehrte Damen und Herren,

anbei übersenden wir die Beschwerdestatistik der Kranichsteiner Versicherung VVaG (BaFin-Reg.-Nr. 5417) für das Geschäftsjahr 2025 im vorgegebenen CSV-Format. Die Werte sind mit dem Beschwerdebericht an den Vorstand vom 19.01.2026 abgestimmt.

Hinweise zur Datei:
- Gezählt sind Beschwerden im Sinne der Definition im Rundschreiben, also ohne reine Anfragen und ohne Widersprüche im Leistungsverfahren, die ohne Unzufriedenheitsäußerung eingehen.
- Die Sparte "Kranken" umfasst Voll-, Zusatz- und Pflegeversicherung.
- Über die Aufsichtsbehörde eingegangene Beschwerden (14) sind in Spalte 6 gesondert ausgewiesen und in der Gesamtzahl enthalten.

Für Rückfragen steht Ihnen Frau Vollrath (Leiterin Beschwerdemanagement, Tel. 06151 3907-2210) oder die Unterzeichnerin zur Verfügung.

Mit freundlichen Grüßen
Dr. Leonie Hartwig
Recht & Compliance
Telefon 06151 3907-1300

""" + FOOT_DE)
    rows = [["Reg-Nr", "Jahr", "Sparte", "Beschwerden gesamt", "davon Grund Leistung", "davon ueber Aufsicht",
             "davon Schlichtung", "abgeholfen ganz/teilweise"],
            ["5417", "2025", "Leben", 126, 71, 3, 4, 30],
            ["5417", "2025", "Kranken", 412, 264, 6, 9, 137],
            ["5417", "2025", "Unfall", 39, 27, 0, 1, 12],
            ["5417", "2025", "Kraftfahrt", 287, 102, 2, 11, 119],
            ["5417", "2025", "Sach privat", 163, 58, 1, 8, 52],
            ["5417", "2025", "Haftpflicht", 61, 22, 1, 3, 17],
            ["5417", "2025", "Rechtsschutz", 52, 31, 1, 2, 14],
            ["5417", "2025", "Sonstige (Reise, Firmen)", 44, 19, 0, 0, 15]]
    att(m, csvtext(rows), "Beschwerdestatistik_2025_5417.csv", charset="utf-8")
    return m


@mail(18, S, "en", "insurer-to-customer",
      "life insurance beneficiary change for a named customer, children's names and birth dates, policy number")
def _():
    m = new(who("eichhorn"), "Daniel Okafor <daniel.okafor@outlook.example>",
            "Change of beneficiary - term life policy LV-21-1183274",
            "2026-01-21 14:37", irt=mid("okafor-benef", "outlook.example"), mailer=OUTLOOK)
    body(m, """
Dear Mr Okafor,

we have received your signed form of 15 January 2026 and have changed the beneficiary designation of your term life insurance LV-21-1183274 (sum insured EUR 250,000, term until 1 June 2046) with effect from that date.

New revocable beneficiaries, in equal shares:
- Amara Okafor, born 3 October 2012
- Tobenna Okafor, born 27 February 2016

The previous designation in favour of Ms Julia Okafor-Brandt has been cancelled. As the children are minors, any payment would be made to their legal representative for them; you may want to consider appointing a trustee, which you can also do with the same form.

Please note that this change does not affect the assignment to Sparkasse Offenbach as security for your mortgage loan, which remains registered with priority up to EUR 180,000.

An updated policy schedule will follow by post. If any of the details above are not correct, please let us know in writing.

Kind regards,
Dagmar Eichhorn
""" + sig("eichhorn", "en"))
    return m


@mail(19, C, "de", "insurer-to-customer",
      "household claim settlement for a stolen pedelec: named customer, claim number, frame number, IBAN")
def _():
    acct = iban("DE", "508501500002417736")
    m = new(who("hasselbach"), "Lea Brenneisen <lea.brenneisen@mailbox.example>",
            "Ihr Fahrraddiebstahl vom 12.01.2026 - Schaden HR-S-2026-00419",
            "2026-02-02 13:58", mailer=TBIRD)
    body(m, """
Hallo Frau Brenneisen,

gute Nachricht: Ihr Schaden ist reguliert.

Die Kaufrechnung Ihres Pedelecs (Trekking-Pedelec, Rahmennummer WTU2241087K, gekauft am 14.06.2024 für 3.290 EUR) und die Bestätigung der Polizei Darmstadt über die Diebstahlsanzeige liegen vor. Über Ihre Fahrradklausel in der Hausratversicherung HR-23-6681020 ist das Rad zum Neuwert bis 3.000 EUR versichert, weil es zur Tatzeit (nachts, 23:40 Uhr) mit einem Bügelschloss an einem festen Fahrradständer vor dem Haus Heidelberger Straße 88 angeschlossen war.

Abrechnung:
  Neuwert vergleichbares Rad           3.310,00 EUR
  Entschädigungsgrenze Fahrradklausel  3.000,00 EUR
  Selbstbeteiligung                     -150,00 EUR
  Auszahlung                           2.850,00 EUR

Der Betrag geht heute an Ihr Konto %s (Kontoinhaberin Lea Brenneisen).

Sollte das Rad wieder auftauchen, melden Sie sich bitte bei uns. Sie können es dann gegen Rückzahlung der Entschädigung zurückbekommen oder es uns überlassen.

Viele Grüße aus Darmstadt
Lena Hasselbach
""" % acct + sig("hasselbach"), flowed=True)
    return m


@mail(20, N, "de", "internal",
      "trap: ICD-10-GM 2026 change notes and rule updates for claims staff, codes without any patient")
def _():
    m = new(who("albrecht"), "Leistung Kranken <team-leistung-kranken@kranichsteiner.example>",
            "ICD-10-GM 2026: was sich für die Leistungsprüfung ändert",
            "2026-01-12 08:15", cc=who("pfeuffer"), mailer=OUTLOOK)
    body(m, """
Liebe Kolleginnen und Kollegen,

seit dem 1. Januar gilt die ICD-10-GM Version 2026. Für unsere tägliche Arbeit sind nur wenige Punkte relevant, die ich hier kurz zusammenfasse. Die vollständige Aktualisierungsliste finden Sie im Intranet unter Leistung > Medizinische Grundlagen.

1. Neue und geänderte Schlüsselnummern
- Mehrere Kodes im Bereich der Long-/Post-COVID-Folgezustände wurden präzisiert. Rechnungen mit den alten Kodes aus 2025 sind weiter gültig, wenn das Behandlungsdatum vor dem 01.01.2026 liegt.
- Bei den Adipositas-Kodes (E66.-) wird jetzt stärker nach BMI-Klassen unterschieden; das hat Auswirkungen auf die Prüfregel "Bariatrische Operation nur mit Vorabzusage".
- Im Kapitel V (psychische Störungen) gibt es redaktionelle Änderungen, aber keine neuen Ausschlüsse für unsere Tarife.

2. Prüfregeln in LEIKA
Die IT hat die Prüfregeln R-112 (Plausibilität Diagnose/Gebührenziffer) und R-140 (Vorabzusage Adipositaschirurgie) zum 15.01. angepasst. Bis dahin bitte bei Rechnungen mit den neuen E66-Kodes die automatische Ablehnung ignorieren und manuell prüfen.

3. Zusatzkennzeichen
Die Zusatzkennzeichen für die Diagnosesicherheit (G, V, Z, A) und die Seitenlokalisation (R, L, B) bleiben unverändert. Eine Verdachtsdiagnose (V) allein begründet weiterhin keine Ablehnung.

Bei Fragen sprechen Sie mich gern an, Dienstag und Donnerstag bin ich im Haus.

Viele Grüße
Ruth Albrecht-Nolte
""" + sig("albrecht", short=True))
    return m


@mail(21, S, "mixed", "insurer-to-customer",
      "English mail to a named expat PKV customer quoting the German ombudsman recommendation on his dental implants (teeth 36, 46)")
def _():
    m = new(who("thornton"), "Maarten de Vries <maarten.devries@ziggo-mail.example>",
            "Ombudsman recommendation on your dental claim - what happens next",
            "2026-04-14 09:26", cc=who("pfeuffer"), mailer=OUTLOOK)
    body(m, """
Dear Mr de Vries,

the Ombudsstelle PKV has now issued its recommendation in your case. As agreed, I am sending you our English summary, followed by the relevant part of the ombudsman's letter in the original German.

In short: the ombudsman considers that the two implants in your lower jaw (teeth 36 and 46) were medically necessary, because the neighbouring teeth are healthy and a bridge would have meant grinding them down. He recommends that we reimburse the implants under your dental tariff KranichZahn 90 at the contractual rate. We accept this recommendation.

What this means for you:
- We will reimburse 90 % of the eligible costs of Dr. Hagedorn's invoice of 12 November 2025, i.e. EUR 4,711.50 instead of the EUR 1,870.20 paid so far. The difference of EUR 2,841.30 will be transferred this week.
- The bone augmentation (GOZ 9100) remains excluded, as the ombudsman agreed with us that it is not covered by your tariff.

Best regards,
Rebecca Thornton

--- Auszug aus dem Schreiben der Ombudsstelle PKV vom 08.04.2026, Az. PKV-2026-00197 ---

> Sehr geehrte Damen und Herren,
>
> in dem Schlichtungsverfahren des Herrn Maarten de Vries, Versicherungsnummer KR-22-5519034, gebe ich folgende Empfehlung ab:
>
> Der Beschwerdeführer hat nach Extraktion der Zähne 36 und 46 (Längsfraktur bzw. nicht erhaltungswürdiger Zahn nach Wurzelbehandlung) jeweils ein Implantat erhalten. Die Versicherung hat nur die Kosten einer fiktiven Brückenversorgung erstattet.
>
> Nach den vorgelegten Röntgenbildern und der Stellungnahme des Zahnarztes sind die Nachbarzähne 35, 37, 45 und 47 kariesfrei und nicht überkront. Die Versorgung mit Implantaten ist in dieser Situation die medizinisch gebotene Therapie; eine Beschränkung auf die Kosten einer Brücke findet in den Tarifbedingungen keine Grundlage.
>
> Ich empfehle dem Versicherer daher, die Kosten der Implantatversorgung tarifgemäß zu erstatten. Hinsichtlich des Knochenaufbaus (GOZ 9100) sehe ich keine Erstattungspflicht.
>
> Mit freundlichen Grüßen
> Ombudsmann Private Kranken- und Pflegeversicherung
""" + sig("thornton", "en"))
    return m


@mail(22, C, "de", "insurer-to-lawyer",
      "reply to a lawyer's complaint in a dog-on-dog liability claim: named insured and injured party, vet costs (animal health); no person hurt")
def _():
    m = new(who("brandstaetter"), "RAin Dr. Sabine Fleck <kanzlei@fleck-recht.example>",
            "Ihr Zeichen 26/0114 Kämmerer ./. Wenzlaff - unser Schaden PH-S-2026-00733",
            "2026-02-19 15:44", mailer=OUTLOOK)
    body(m, """
Sehr geehrte Frau Dr. Fleck,

Ihr Schreiben vom 16.02.2026, in dem Sie sich namens Ihrer Mandantin Frau Ute Kämmerer über die Dauer der Regulierung beschweren, haben wir erhalten. Die Verzögerung bedauern wir; die Schadenanzeige unseres Versicherungsnehmers ist erst am 03.02. vollständig bei uns eingegangen.

Zum Sachverhalt: Am 11.01.2026 hat der Rüde unseres Versicherungsnehmers Herrn Gerold Wenzlaff (Hundehalterhaftpflicht PH-20-3318452) im Prinz-Emil-Garten die Labradorhündin Ihrer Mandantin gebissen. Ihre Mandantin selbst wurde nach übereinstimmender Schilderung nicht verletzt.

Wir erkennen die Haftung unseres Versicherungsnehmers dem Grunde nach an (§ 833 BGB) und regulieren wie folgt:

  Tierarztkosten Tierklinik Dieburger Straße (Wundversorgung, Naht, Antibiose, Nachkontrollen)   1.486,30 EUR
  Fahrtkosten zur Tierklinik, 4 x 12 km pauschal                                                     14,40 EUR
  Rechtsanwaltskosten nach RVG (1,3 Geschäftsgebühr aus 1.500,70 EUR zzgl. Auslagen und USt.)       Zahlung nach Rechnung

Ein Anspruch auf Schmerzensgeld für Ihre Mandantin besteht nicht, da sie nicht verletzt wurde; einen "Nutzungsausfall" für die Hündin sehen wir ebenfalls nicht.

Bitte teilen Sie uns die Bankverbindung für die Zahlung mit bzw. bestätigen Sie, dass auf Ihr Kanzleikonto gezahlt werden soll.

Mit freundlichen Grüßen
Ole Brandstätter
""" + sig("brandstaetter"), style="qp")
    return m


@mail(23, N, "de", "insurer-to-customer",
      "grey zone, NORMAL: reply to a named non-customer's complaint about a cold call; no contract, no data of the listed kinds")
def _():
    m = new(who("beckerle"), "Wolfgang Peukert <w.peukert@arcor.example>",
            "Ihre Beschwerde über einen Werbeanruf vom 24.02.2026",
            "2026-02-27 11:03", irt=mid("peukert-anruf", "arcor.example"), mailer=OUTLOOK)
    body(m, """
Sehr geehrter Herr Peukert,

vielen Dank für Ihre Nachricht. Wir nehmen Beschwerden über unerlaubte Werbeanrufe sehr ernst.

Wir haben Folgendes geprüft:
- In unseren Systemen sind zu Ihrer Person weder ein Vertrag noch ein Angebot oder eine Werbeeinwilligung gespeichert. Sie sind also nicht als Kunde oder Interessent bei uns erfasst.
- Die von Ihnen genannte Rufnummer 069 9550 41xx gehört weder uns noch einem unserer Dienstleister. Wir führen keine Telefonwerbung bei Personen durch, die nicht ausdrücklich eingewilligt haben.

Es ist leider möglich, dass sich ein Anrufer fälschlich auf unseren Namen berufen hat. Wir haben den Fall an unsere Rechtsabteilung weitergegeben, die solche Vorgänge sammelt und bei der Bundesnetzagentur meldet. Wenn Sie möchten, können Sie sich auch selbst an die Bundesnetzagentur wenden.

Ihre E-Mail und diese Antwort speichern wir ausschließlich zur Bearbeitung Ihrer Beschwerde und löschen sie nach sechs Monaten.

Mit freundlichen Grüßen
Timo Beckerle
""" + sig("beckerle"))
    return m


@mail(24, S, "de", "insurer-to-lawyer",
      "accident insurance complaint via lawyer: named insured, wrist fracture, disability degree under the limb table, new assessment in the PDF")
def _():
    m = new(who("kessler"), "Kanzlei Brückner & Sayın <post@brueckner-sayin.example>",
            "Unfallversicherung UV-18-2207715 / Ihr Mandant Yusuf Demirtaş - Neubemessung Invalidität",
            "2026-03-19 16:30", mailer=OUTLOOK)
    body(m, """
Sehr geehrter Herr Rechtsanwalt Sayın,

mit Schreiben vom 02.03.2026 haben Sie namens Ihres Mandanten Beschwerde gegen unsere Invaliditätsbemessung eingelegt und das Privatgutachten von Prof. Dr. Wegener vorgelegt.

Wir haben den Fall durch einen weiteren unabhängigen Gutachter prüfen lassen. Unsere neue Entscheidung und die Berechnung finden Sie im beigefügten Schreiben. Im Ergebnis erhöhen wir den Invaliditätsgrad von 1/10 auf 2/10 Handwert und zahlen die Differenz nach.

Eine Ausfertigung geht Ihrem Mandanten zeitgleich per Post zu.

Mit freundlichen Grüßen
Miriam Keßler
""" + sig("kessler"))
    att(m, pdf("""
# Kranichsteiner Versicherung VVaG - Leistung Unfallversicherung
Darmstadt, 19.03.2026

Versicherte Person: Yusuf Demirtaş, geb. 08.12.1971, Pallaswiesenstraße 63, 64293 Darmstadt
Vertrag: UV-18-2207715, Grundsumme 100.000 EUR, Progression 350 %
Unfalltag: 14.02.2025, Sturz von der Leiter beim Heckenschneiden

# Diagnosen
distale Radiusfraktur rechts (ICD-10 S52.51 R), operative Versorgung mit winkelstabiler Plattenosteosynthese
am 15.02.2025, Klinikum Darmstadt; Metallentfernung 10.09.2025; anschließend Ergotherapie.

# Befund nach Ablauf von 12 Monaten (Gutachten Dr. Aurich vom 11.03.2026)
Beweglichkeit Handgelenk rechts: Streckung/Beugung 40-0-45 (links 60-0-70), Unterarmdrehung 80-0-70 (links 90-0-90),
grobe Kraft rechts vermindert (Jamar 28 kg gegen 44 kg links), Belastungsschmerz, keine Nervenschädigung.
Dauerhafte Beeinträchtigung: 2/10 Handwert.

# Berechnung
Gliedertaxe Hand: 55 % x 2/10 = 11 % Invaliditätsgrad
Invaliditätsleistung: 11 % von 100.000 EUR = 11.000,00 EUR (Progression greift erst ab 25 %)
bisher gezahlt (1/10 Handwert, 5,5 %): 5.500,00 EUR
Nachzahlung: 5.500,00 EUR

# Zum Privatgutachten Prof. Dr. Wegener
Der Privatgutachter nimmt 3/10 Handwert an und stützt sich dabei auf die Kraftminderung. Die Kraftminderung
ist bei der Bemessung bereits berücksichtigt; eine darüber hinausgehende Beeinträchtigung ist aus den Messwerten
nicht ableitbar. Die Kosten des Privatgutachtens übernehmen wir anteilig mit 50 % (1.150,00 EUR).

Rechtsbehelfsbelehrung: Sie können innerhalb von drei Jahren nach dem Unfall eine Neubemessung verlangen
(Nr. 9.4 AUB 2020). Daneben steht Ihnen die Versicherungs-Schlichtungsstelle e.V. offen.

Miriam Keßler
""", title="Neubemessung Invalidität UV-18-2207715", author="Miriam Keßler", date="2026-03-19 16:12"),
        "Neubemessung_Invaliditaet_Demirtas.pdf")
    return m


@mail(25, N, "en", "insurer-to-partner",
      "trap: disability incidence by cause and age band for the reinsurer (ODS), aggregated portfolio data only")
def _():
    m = new(who("weyand"), "Henrik Aalto <henrik.aalto@nordmeer-rueck.example>",
            "Disability treaty 2027 renewal - incidence data 2021-2025",
            "2026-04-21 17:02", cc=who("falkenrath"), mailer=OUTLOOK)
    body(m, """
Dear Henrik,

as requested for the renewal of the disability quota share, please find attached the incidence data of our BU portfolio for the years 2021 to 2025.

A few remarks:
- Exposure is in insured years, claims are new claims admitted in the year (not notifications).
- Causes are grouped by ICD-10 chapter of the main diagnosis. We merged chapters with fewer than 10 claims into "other" so that no single case can be identified.
- Age bands follow your template; the 60+ band is very thin and should be read with care.
- Mental disorders (chapter V) remain the largest cause at 36 % of new claims, slightly down from 38 % in 2024. Musculoskeletal is stable at 22 %.

Ingo Falkenrath will present the actuarial view in our call on 5 May. Please let me know if you need the split by occupational class as well.

Best regards,
Clara Weyand
""" + sig("weyand", "en"))
    rows1 = [["Year", "Exposure (insured years)", "New claims", "Incidence per 1,000"],
             [2021, 118420, 412, 3.48], [2022, 121870, 437, 3.59], [2023, 125310, 466, 3.72],
             [2024, 128940, 489, 3.79], [2025, 131205, 471, 3.59]]
    rows2 = [["Cause (ICD-10 chapter)", "2023", "2024", "2025", "Share 2025"],
             ["V Mental and behavioural (F)", 171, 186, 170, "36.1 %"],
             ["XIII Musculoskeletal (M)", 104, 106, 104, "22.1 %"],
             ["II Neoplasms (C, D)", 72, 76, 73, "15.5 %"],
             ["IX Circulatory (I)", 38, 41, 39, "8.3 %"],
             ["VI Nervous system (G)", 31, 30, 33, "7.0 %"],
             ["XIX Injuries (S, T)", 26, 27, 25, "5.3 %"],
             ["Other chapters merged", 24, 23, 27, "5.7 %"]]
    rows3 = [["Age band", "Exposure 2025", "New claims 2025", "Incidence per 1,000"],
             ["18-29", 19870, 21, 1.06], ["30-39", 33410, 64, 1.92], ["40-49", 36220, 127, 3.51],
             ["50-59", 34980, 219, 6.26], ["60+", 6725, 40, 5.95]]
    att(m, ods([("Incidence", rows1), ("By cause", rows2), ("By age", rows3)],
               title="BU incidence 2021-2025", author="Clara Weyand", date="2026-04-21 16:40"),
        "Kranichsteiner_BU_incidence_2021-2025.ods")
    return m


@mail(26, C, "de", "insurer-to-broker",
      "broker complaint about a buildings premium increase: named client, address, policy number, claims history (water damage)")
def _():
    m = new(who("tiedemann"), "Serkan Aydin <s.aydin@fenske-aydin.example>",
            "AW: Beschwerde Beitragserhöhung Wohngebäude Jablonski, WG-11-0458826",
            "2026-01-29 09:12", irt=mid("aydin-jablonski", "fenske-aydin.example"), mailer=OUTLOOK)
    body(m, """
Hallo Herr Aydin,

danke für Ihre Nachricht und sorry für die späte Rückmeldung, ich musste die Zahlen erst mit dem Vertrag klären.

Die Erhöhung bei Ihren Kunden Marek und Joanna Jablonski (Wohngebäude WG-11-0458826, Einfamilienhaus Am Wingertsberg 5, 64823 Groß-Umstadt) setzt sich aus zwei Teilen zusammen:

1. Anpassung an den Baupreisindex zum 01.01.2026 (gleitender Neuwert, Faktor von 23,91 auf 25,02): +4,6 %. Die betrifft alle Verträge und ist nicht verhandelbar.
2. Schadenbedingte Anpassung nach Ziffer 7 der Bedingungen: +18 %. Grund sind die beiden Leitungswasserschäden 2024 (HR-S-2024-04471, Rohrbruch Bad, 11.380 EUR) und 2025 (HR-S-2025-02205, Korrosion Heizungsverteiler, 6.940 EUR).

Zusammen steigt der Jahresbeitrag von 912,40 EUR auf 1.121,63 EUR.

Was ich anbieten kann: Wenn Ihre Kunden die Leitungswasser-Selbstbeteiligung auf 1.000 EUR erhöhen und uns die Rechnung über die Sanierung der Hausinstallation (Austausch der verzinkten Leitungen) schicken, die Herr Jablonski am Telefon erwähnt hat, nehmen wir den Schadenzuschlag auf 8 % zurück. Dann lägen wir bei rund 1.011 EUR.

Geben Sie mir kurz Bescheid, dann schicke ich den Nachtrag.

Viele Grüße
Yvonne Tiedemann

Von: Serkan Aydin <s.aydin@fenske-aydin.example>
Gesendet: Montag, 26. Januar 2026 17:48
An: makler@kranichsteiner.example
Betreff: Beschwerde Beitragserhöhung Wohngebäude Jablonski, WG-11-0458826

Hallo Frau Tiedemann,

meine Kunden Jablonski sind stinksauer, 23 % mehr Beitrag ohne Vorwarnung. Sie überlegen zu wechseln, und ehrlich gesagt hätte ich Verständnis dafür. Können Sie das bitte erklären und schauen, was geht?

Gruß
Serkan Aydin
Fenske & Aydin Versicherungsmakler GmbH
""" + sig("tiedemann"), style="qp")
    return m


@mail(27, S, "de", "insurer-to-broker",
      "reply to a broker's complaint about a declined BU application: named applicant's panic disorder (F41.0), psychotherapy, BMI")
def _():
    m = new(who("yildiz"), "Jörg Wendeborn <joerg@maklerkontor-wendeborn.example>",
            "Ihre Beschwerde zum BU-Antrag Svenja Kolbe (Antrag A-BU-2026-01187)",
            "2026-02-13 12:40", mailer=OUTLOOK)
    body(m, """
Sehr geehrter Herr Wendeborn,

Sie haben sich über unsere Ablehnung des BU-Antrags Ihrer Kundin Frau Svenja Kolbe, geb. 30.05.1993, beschwert. Da Frau Kolbe Sie mit der Vollmacht vom 20.01.2026 ausdrücklich ermächtigt hat, Auskünfte zu ihren Gesundheitsangaben zu erhalten, erläutere ich Ihnen unsere Entscheidung.

Ausschlaggebend waren zwei Punkte aus den Antragsfragen und dem Arztbericht von Frau Dipl.-Psych. Hoffmann:
1. Panikstörung (F41.0) mit ambulanter Verhaltenstherapie von März 2022 bis Juni 2024, 60 Sitzungen, zuletzt Sertralin bis Herbst 2024. Der Abschluss der Therapie liegt weniger als zwei Jahre zurück.
2. Ein BMI von 34,2 (Größe 1,68 m, Gewicht 96,5 kg) bei gleichzeitig behandelter Hypertonie.

Eine der beiden Angaben allein hätten wir mit einem Zuschlag bzw. einer Ausschlussklausel versichert. In der Kombination und für den Beruf Erzieherin mit hoher psychischer Belastung sind wir zu dem Ergebnis gekommen, das Risiko derzeit nicht zu zeichnen.

Angebot:
- Antrag mit Ausschlussklausel für psychische Erkrankungen (Angst- und depressive Störungen) und 15 % Risikozuschlag, oder
- erneute Prüfung ohne Klausel ab Juli 2026, wenn dann zwei Jahre Beschwerdefreiheit nach Therapieende durch die Therapeutin bestätigt werden.

Eine Meldung an das Hinweis- und Informationssystem (HIS) ist wegen der Ablehnung nicht erfolgt; Frau Kolbe kann also ohne Nachteil auch bei anderen Versicherern beantragen.

Mit freundlichen Grüßen
Emre Yıldız
""" + sig("yildiz"))
    return m


@mail(28, N, "en", "internal",
      "trap: minutes of the complaints review board, root causes and measures with counts only, examples anonymised")
def _():
    m = new(who("thornton"),
            "Complaints Review Board <crb@kranichsteiner.example>",
            "Minutes - Complaints Review Board, 12 February 2026",
            "2026-02-13 16:18", mailer=OUTLOOK)
    plain = """
Dear all,

please find the minutes of yesterday's Complaints Review Board below. Corrections by Wednesday, please.

Attendees: H. Vollrath (chair), R. Thornton (minutes), J. Pfeuffer, P. Nowacki, Dr. L. Hartwig, Dr. M. Oberländer, A. Korkmaz

1. January figures: 104 complaints (January 2025: 97). 71 answered within 14 days.
2. Root causes (top 5)
   Reason                                          Cases  Trend
   Physiotherapy caps applied from outdated list      17  new
   Motor assessor appointments cancelled              14  up
   Premium increase buildings (index + claims)        11  seasonal
   Hotline waiting time > 10 min                       9  stable
   Data access requests answered late                  3  new
3. Measures
   - Health claims: the outdated physiotherapy cap list was removed from LEIKA on 6 Feb; all settlements since 1 Nov 2025 will be re-run automatically (owner: J. Pfeuffer, due 27 Feb).
   - Motor: second assessor firm for southern Hesse from March (owner: P. Nowacki).
   - Data protection: DSAR export bug INC-2026-04417 being fixed; interim manual process (owner: Dr. Oberländer).
4. Case example (anonymised): a policyholder in her seventies complained about reimbursement after knee surgery; the complaint revealed the systemic cap error in item 3. Presented without name or policy number.
5. Next meeting: 12 March 2026, 14:00, room Kranich 1.

Rebecca
"""
    html = """
<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:10.5pt">
<p>Dear all,</p>
<p>please find the minutes of yesterday's Complaints Review Board below. Corrections by Wednesday, please.</p>
<p><b>Attendees:</b> H. Vollrath (chair), R. Thornton (minutes), J. Pfeuffer, P. Nowacki, Dr. L. Hartwig, Dr. M. Oberländer, A. Korkmaz</p>
<p><b>1. January figures:</b> 104 complaints (January 2025: 97). 71 answered within 14 days.</p>
<p><b>2. Root causes (top 5)</b></p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#dde6ee"><th>Reason</th><th>Cases</th><th>Trend</th></tr>
<tr><td>Physiotherapy caps applied from outdated list</td><td>17</td><td>new</td></tr>
<tr><td>Motor assessor appointments cancelled</td><td>14</td><td>up</td></tr>
<tr><td>Premium increase buildings (index + claims)</td><td>11</td><td>seasonal</td></tr>
<tr><td>Hotline waiting time &gt; 10 min</td><td>9</td><td>stable</td></tr>
<tr><td>Data access requests answered late</td><td>3</td><td>new</td></tr>
</table>
<p><b>3. Measures</b></p>
<ul>
<li>Health claims: the outdated physiotherapy cap list was removed from LEIKA on 6 Feb; all settlements since 1 Nov 2025 will be re-run automatically (owner: J. Pfeuffer, due 27 Feb).</li>
<li>Motor: second assessor firm for southern Hesse from March (owner: P. Nowacki).</li>
<li>Data protection: DSAR export bug INC-2026-04417 being fixed; interim manual process (owner: Dr. Oberländer).</li>
</ul>
<p><b>4. Case example (anonymised):</b> a policyholder in her seventies complained about reimbursement after knee surgery; the complaint revealed the systemic cap error in item 3. Presented without name or policy number.</p>
<p><b>5. Next meeting:</b> 12 March 2026, 14:00, room Kranich 1.</p>
<p>Rebecca</p>
</body></html>
"""
    html_alt(m, plain, html)
    return m


@mail(29, S, "de", "internal",
      "tagged [streng vertraulich]: case preparation on a named PKV customer's complaint about off-label immunotherapy for melanoma")
def _():
    m = new(who("pfeuffer"), who("vollrath"),
            "[streng vertraulich] Fallbesprechung Beschwerde Dr. Marquardt, KR-09-1120874",
            "2026-03-10 17:55", cc=who("albrecht"), mailer=OUTLOOK)
    body(m, """
Hallo Henrike,

für die Fallbesprechung am Donnerstag hier die Eckdaten zu Frau Dr. Ilse Marquardt (geb. 19.01.1958, KR-09-1120874, Tarif KranichVital Top 100):

- Diagnose: malignes Melanom, Stadium IV, Erstdiagnose 2023 (C43.5), Progress unter Standardtherapie im Herbst 2025.
- Der behandelnde Onkologe (Uniklinik Mainz) hat eine Kombinationstherapie verordnet, die für diese Therapielinie nicht zugelassen ist (Off-Label). Kosten pro Zyklus ca. 14.800 EUR, geplant 6 Zyklen.
- Wir haben am 20.02. abgelehnt, weil die Studienlage aus Sicht von Ruth für die konkrete Kombination nur Phase-II-Daten hergibt.
- Beschwerde der Kundin vom 02.03., sehr sachlich, mit Stellungnahme des Tumorboards und zwei Publikationen. Sie droht mit Ombudsstelle und Klage.

Meine Einschätzung: Nach der Rechtsprechung zu lebensbedrohlichen Erkrankungen (BGH, "nicht ganz entfernt liegende Aussicht auf Heilung oder Linderung") werden wir die Ablehnung kaum halten können. Ruth sieht das nach dem Tumorboard-Votum inzwischen ähnlich. Vorschlag: Kostenzusage für zunächst 3 Zyklen mit Zwischenbefund nach dem dritten.

Bitte die Unterlagen nicht ausdrucken, alles liegt in der E-Akte unter dem Vorgang.

Gruß
Jens
""" + sig("pfeuffer", short=True))
    return m


@mail(30, C, "en", "insurer-to-customer",
      "erasure request partly refused: named customer's ongoing legal-expenses case (dismissal claim), policy and case numbers")
def _():
    m = new(box("datenschutz", "Kranichsteiner Data Protection"), "Tomasz Wierzbicki <t.wierzbicki@onet-mail.example>",
            "Re: Delete my data - ref. DS-2026-0072",
            "2026-04-02 10:44", irt=mid("wierzbicki-delete", "onet-mail.example"), mailer=CRM)
    body(m, """
Dear Mr Wierzbicki,

thank you for your e-mail of 24 March in which you ask us to delete all your data and to cancel your legal expenses insurance RS-24-1107752.

We have processed the cancellation; your policy will end on 30 June 2026, the next possible date under the contract. A confirmation will follow by post.

We are not able to delete your data at this time, for the following reasons:

1. Your claim RS-L-2025-03381 (unfair dismissal proceedings against your former employer before the Labour Court Offenbach, case 4 Ca 512/25) is still open. We have confirmed cover for the second instance and are paying the fees of your lawyer, Ms Ewa Nowak. We need your data to complete this claim, even after the policy ends, because the insured event occurred during the term of the policy.
2. After the claim is closed, we are required by commercial and tax law to keep the accounting records for ten years.

What we have done: your data is no longer used for marketing, your portal account has been closed at your request, and only the legal expenses claims team can access your file.

Once the proceedings are closed, please let us know if you still want the remaining data restricted; we will then confirm the deletion dates in writing.

Yours sincerely,
Sina Grafenstein
Data Protection Coordination

> From: Tomasz Wierzbicki
> Sent: 24 March 2026 22:10
> Subject: Delete my data
>
> I want you to delete everything about me and end my insurance. I am not happy with how long everything takes.
> Tomasz Wierzbicki, Bieberer Str. 201, Offenbach

""" + FOOT_EN)
    return m


@mail(31, S, "de", "insurer-to-customer",
      "rectification (Art. 16) of a stored diagnosis for a named PKV customer: F32.1 corrected to F43.2")
def _():
    m = new(box("datenschutz", "Datenschutz Kranichsteiner"), "Nadine Eschenbach <nadine.eschenbach@posteo.example>",
            "Berichtigung Ihrer Daten - Az. DS-2026-0049",
            "2026-03-12 14:20", cc=who("pfeuffer"), mailer=CRM)
    body(m, """
Sehr geehrte Frau Eschenbach,

Sie haben uns mit Schreiben vom 26.02.2026 gebeten, eine bei uns gespeicherte Diagnose zu berichtigen, und dazu die korrigierte Rechnung Ihrer Hausärztin Dr. Kaya vom 20.02.2026 vorgelegt.

Wir haben die Berichtigung vorgenommen:

  bisher gespeichert:  F32.1 mittelgradige depressive Episode (aus Rechnung vom 14.10.2025)
  jetzt gespeichert:   F43.2 Anpassungsstörung (laut korrigierter Rechnung)

Die ursprüngliche Rechnung bleibt aus steuer- und handelsrechtlichen Gründen im Archiv, ist dort aber mit einem Berichtigungsvermerk versehen und wird für keine Auswertung mehr herangezogen.

Zu Ihrer Frage, ob die frühere Angabe Folgen hatte: Die Diagnose wurde ausschließlich zur Abrechnung der drei Gesprächstermine in Ihrer Krankenversicherung KR-23-6620915 verwendet und an niemanden weitergegeben. Auf Ihren Beitrag oder Ihren Versicherungsschutz hat sie keinen Einfluss. Sollten Sie später z. B. eine Berufsunfähigkeitsversicherung beantragen, werden dort Ihre eigenen Angaben und die Ihrer Ärzte zugrunde gelegt, nicht unsere Abrechnungsdaten.

Mit freundlichen Grüßen
Sina Grafenstein
Datenschutzkoordination

""" + FOOT_DE)
    return m


@mail(32, C, "de", "insurer-to-customer",
      "rectification of a wrongly stored birth date in a motor policy, young-driver surcharge refunded; named customer")
def _():
    m = new(who("obermaier"), "Jannik Vogelsang <jannik.vogelsang@gmx.example>",
            "AW: Falsches Geburtsdatum in meinem Kfz-Vertrag KF-24-3398120",
            "2026-01-30 10:07", irt=mid("vogelsang-gebdat", "gmx.example"), mailer=OUTLOOK)
    body(m, """
Hallo Herr Vogelsang,

Sie haben völlig recht, und danke, dass Sie so hartnäckig geblieben sind.

In Ihrem Vertrag KF-24-3398120 war als Geburtsdatum der 21.03.2004 gespeichert statt richtig 21.03.2001. Der Fehler ist bei der Übernahme des Antrags von Ihrem Vergleichsportal entstanden. Dadurch wurde seit Vertragsbeginn der Zuschlag für Fahrer unter 23 Jahren berechnet.

Ich habe das Geburtsdatum berichtigt und den Beitrag rückwirkend neu berechnet:

  Versicherungsjahr 2024/25: bisher 1.012,60 EUR, richtig 938,50 EUR
  Versicherungsjahr 2025/26: bisher   986,30 EUR, richtig 912,20 EUR
  Erstattung gesamt:                                  148,20 EUR

Die Erstattung überweisen wir auf das Konto, von dem wir den Beitrag einziehen. Der neue Versicherungsschein kommt in den nächsten Tagen per Post. Ihre Beschwerde haben wir damit als erledigt vermerkt; wenn Sie das anders sehen, melden Sie sich bitte.

Viele Grüße
Nadine Obermaier

> Am 27.01.2026 um 21:15 schrieb Jannik Vogelsang:
> Zum dritten Mal: Ich bin am 21.03.2001 geboren, nicht 2004. Im Portal steht immer noch das falsche Datum und ich zahle deswegen seit zwei Jahren zu viel. Ich will das korrigiert haben und das Geld zurück, sonst gehe ich zum Ombudsmann.
""" + sig("obermaier"))
    return m


@mail(33, N, "de", "insurer-to-supplier",
      "trap: water damage in a pharmacy unit of the insurer's own office building, drying order; medicines and fridges but no person")
def _():
    m = new(who("mies"), "Einsatzleitung TrockenTec <einsatz@trockentec-bergstrasse.example>",
            "Auftrag: Wasserschaden Geschäftsstelle Bensheim, Hauptstraße 41 (EG Apotheke)",
            "2026-01-06 07:42", cc="Geschäftsstelle Bensheim <gs-bensheim@kranichsteiner.example>", mailer=OUTLOOK)
    body(m, """
Guten Morgen Herr Kolar,

wie eben telefonisch besprochen, beauftragen wir Sie mit der Leckageortung und technischen Trocknung in unserem Gebäude Hauptstraße 41, 64625 Bensheim.

Sachstand:
- In der Nacht ist im 1. OG (unsere Geschäftsstelle, Teeküche) ein Eckventil unter der Spüle abgerissen. Das Wasser ist durch die Decke in die Apotheke im Erdgeschoss gelaufen.
- Betroffen in der Apotheke: Verkaufsraum hinten links, Rezepturraum, Lager mit Kommissionierautomat. Die Apothekerin hat die Medikamente aus den betroffenen Regalen bereits ausgeräumt; die beiden Kühlschränke für Impfstoffe und Insuline laufen und stehen trocken.
- Strom im Rezepturraum ist vorsorglich abgeschaltet. Wasser ist abgestellt, Installateur (Fa. Dietz) ist informiert.

Bitte:
1. heute Vormittag Schadenaufnahme mit Feuchtemessung Decke EG und Estrich 1. OG,
2. Trocknungskonzept mit möglichst geräuscharmen Geräten, die Apotheke bleibt geöffnet,
3. Protokoll mit Fotos an mich, die Kosten laufen über unsere eigene Gebäudeversicherung.

Schlüssel für das 1. OG liegt ab 8:30 Uhr bei der Geschäftsstelle. Die Apotheke ist ab 8:00 Uhr erreichbar.

Danke und Gruß
Holger Mies
""" + sig("mies"))
    return m


@mail(34, C, "de", "insurer-to-customer",
      "objection (Art. 21) to a HIS entry after a motor claim: named customer, VIN, claim number, assessment of the objection")
def _():
    m = new(box("datenschutz", "Datenschutz Kranichsteiner"), "Ralf Stöcklein <ralf.stoecklein@t-online.example>",
            "Ihr Widerspruch gegen die HIS-Meldung - Az. DS-2026-0044",
            "2026-02-20 09:35", mailer=CRM)
    body(m, """
Sehr geehrter Herr Stöcklein,

Sie haben mit Schreiben vom 04.02.2026 der Meldung Ihres Fahrzeugs an das Hinweis- und Informationssystem der Versicherungswirtschaft (HIS) widersprochen und die Löschung verlangt.

Zum Hintergrund: Nach dem Schaden KF-S-2025-14102 vom 22.10.2025 an Ihrem BMW 320d (Fahrzeug-Identifizierungsnummer WBA8E11040K583921, amtl. Kennzeichen DA-RS 320) haben Sie sich den Fahrzeugschaden nach Gutachten auszahlen lassen, ohne die Reparatur nachzuweisen (fiktive Abrechnung, 7.480 EUR). In solchen Fällen melden Versicherer das Fahrzeug, nicht die Person, an das HIS. So lässt sich erkennen, wenn derselbe unreparierte Schaden später noch einmal geltend gemacht wird.

Wir haben Ihren Widerspruch nach Art. 21 Abs. 1 DSGVO geprüft. Besondere Gründe aus Ihrer persönlichen Situation, die gegen die Meldung sprechen, haben Sie nicht genannt; Sie tragen vor, das Auto sei inzwischen in einer freien Werkstatt repariert worden. Das ist für uns nachvollziehbar. Wenn Sie uns die Reparaturrechnung oder ein Foto-Protokoll der Werkstatt vorlegen, ergänzen wir die Meldung um den Vermerk "repariert", so dass sie Ihnen bei einem späteren Schaden nicht schadet. Eine vollständige Löschung vor Ablauf der Frist ist nicht möglich; die Meldung wird zum Ende des vierten Jahres nach der Meldung, also am 31.12.2029, automatisch gelöscht.

Wenn Sie mit unserer Entscheidung nicht einverstanden sind, können Sie sich an den Hessischen Beauftragten für Datenschutz und Informationsfreiheit wenden.

Mit freundlichen Grüßen
Dr. Matthias Oberländer
Datenschutzbeauftragter

""" + FOOT_DE)
    return m


@mail(35, S, "en", "doctor",
      "doctor's complaint about a reduced fee factor for a named patient's Crohn's disease treatment, forwarded as attached message")
def _():
    inner = new("Dr Helen Marsh <h.marsh@fimp-frankfurt.example>", "leistung-kranken@kranichsteiner.example",
                "Reduction of fee factor - patient James Whitfield, your ref. KR-25-7741068",
                "2026-03-02 18:09", mailer="Apple Mail (2.3774)")
    body(inner, """
Dear Sir or Madam,

I am writing on behalf of my patient Mr James Whitfield (date of birth 14/06/1969), who has forwarded me your settlement of 24 February.

You have reduced the multiplier for GOÄ no. 3 (extended consultation) and no. 410/420 (abdominal ultrasound) from 3.5 to 2.3, stating that no justification was given. This is not correct. The invoice states "erhöhter Zeitaufwand bei komplexem Krankheitsbild". To be more specific, as Mr Whitfield has consented to me doing so:

- Mr Whitfield has had Crohn's disease of the terminal ileum since 2011, with a stricture and two surgical resections.
- At the consultation on 28 January he presented with a suspected new flare and a possible fistula; the examination and ultrasound took 55 minutes including the assessment of the anastomosis and of the bowel wall thickness.
- We discussed the switch of his biologic therapy from adalimumab to ustekinumab, including the risks, in English, which he needs as a non-native German speaker.

This clearly justifies a factor above the threshold. I would ask you to reimburse the invoice in full. The difference for my patient is EUR 187.62.

Yours faithfully,
Dr Helen Marsh
Specialist in Internal Medicine and Gastroenterology
Frankfurt International Medical Practice, Schillerstraße 18, 60313 Frankfurt am Main
""")
    m = new(who("thornton"), who("lombardi"),
            "FW: Reduction of fee factor - patient James Whitfield",
            "2026-03-03 08:52", cc=who("pfeuffer"), mailer=OUTLOOK)
    body(m, """
Chiara,

Dr Marsh's letter came in via the health claims mailbox, Jens forwarded it to us because the customer is one of ours (international desk). Please log it as a complaint and draft an answer with Jens. With the justification she gives now, 3.5 looks fine to me, but Jens has the final word on the GOÄ side.

Thanks,
Rebecca
""" + sig("thornton", "en", short=True))
    att(m, inner, "Reduction of fee factor - patient James Whitfield.eml")
    return m


@mail(36, C, "de", "insurer-to-customer",
      "complaint about a double direct debit: named customer, household policy, amounts, IBAN (windows-1252, quoted-printable)")
def _():
    acct = iban("DE", "508635130004417290")
    m = new(who("pahl"), "Renate Dörsam <renate.doersam@web.example>",
            "Ihre Beschwerde: doppelte Abbuchung Hausrat HR-09-3157746",
            "2026-02-04 14:26", mailer=OUTLOOK)
    body(m, """
Sehr geehrte Frau Dörsam,

Sie haben völlig zu Recht reklamiert: Am 02.02.2026 haben wir den Jahresbeitrag Ihrer Hausrat- und Glasversicherung HR-09-3157746 in Höhe von 164,30 € zweimal von Ihrem Konto %s eingezogen. Ursache war ein Fehler bei der Lastschriftdatei, der insgesamt 212 Kundinnen und Kunden betraf.

Wir haben die doppelte Buchung heute zurücküberwiesen. Der Betrag sollte in ein bis zwei Bankarbeitstagen auf Ihrem Konto gutgeschrieben sein. Falls Ihre Bank Ihnen Gebühren für eine Kontoüberziehung berechnet hat, schicken Sie uns bitte den Kontoauszug; wir erstatten diese Kosten selbstverständlich.

Bitte entschuldigen Sie die Unannehmlichkeiten.

Mit freundlichen Grüßen
Rüdiger Pahl
Beitragsinkasso
Telefon 06151 3907-1720

""" % acct + FOOT_DE, charset="windows-1252")
    return m


@mail(37, S, "de", "insurer-to-customer",
      "complaint about a PKV premium increase: named retired customer, tariffs incl. long-term care, old/new premiums in an HTML table")
def _():
    m = new(who("beckerle"), "Günther Ballweg <g.ballweg@gmx.example>",
            "Ihre Beschwerde zur Beitragsanpassung 01.01.2026 - KR-02-0991245",
            "2026-01-22 11:50", mailer=OUTLOOK)
    plain = """
Sehr geehrter Herr Ballweg,

vielen Dank für Ihr Schreiben vom 08.01.2026. Wir verstehen, dass eine Erhöhung um gut 90 EUR im Monat für Sie als Rentner eine erhebliche Belastung ist.

Warum steigt der Beitrag?
Der Beitrag in der privaten Krankenversicherung darf nur angepasst werden, wenn die tatsächlichen Leistungsausgaben eines Tarifs um mehr als den gesetzlich festgelegten Schwellenwert von den kalkulierten abweichen. Im Tarif KranichVital Komfort lagen die Ausgaben für Ihre Altersgruppe 12,4 % über der Kalkulation, vor allem wegen gestiegener Krankenhaus- und Arzneimittelkosten. Ein unabhängiger Treuhänder hat die Anpassung geprüft und ihr zugestimmt.

  Tarif                                 bisher      ab 01.01.2026
  KranichVital Komfort (Selbstbehalt 600) 587,34 EUR    668,91 EUR
  Pflegepflichtversicherung PPV           96,20 EUR    104,75 EUR
  Summe                                   683,54 EUR    773,66 EUR

Was können Sie tun?
1. Tarifwechsel nach § 204 VVG in unseren Tarif KranichVital Basis: Beitrag ca. 512 EUR, ohne neue Gesundheitsprüfung für gleiche oder geringere Leistungen. Sie verlieren u. a. die Chefarztbehandlung und das Einbettzimmer.
2. Höherer Selbstbehalt (1.200 EUR jährlich): Ersparnis ca. 54 EUR im Monat.
3. Wechsel in den Standardtarif: Beitrag höchstens in Höhe des GKV-Höchstbeitrags.

Gern rechnet Ihnen unser Tarifberater Herr Kempf die Varianten mit Ihren Vorerkrankungen und der Medikation aus; rufen Sie ihn unter 06151 3907-3010 an.

Sind Sie mit unserer Antwort nicht einverstanden, können Sie sich an die Ombudsstelle PKV wenden.

Mit freundlichen Grüßen
Timo Beckerle
""" + sig("beckerle")
    html = """
<html><body style="font-family:Arial,sans-serif;font-size:10pt">
<p>Sehr geehrter Herr Ballweg,</p>
<p>vielen Dank für Ihr Schreiben vom 08.01.2026. Wir verstehen, dass eine Erhöhung um gut 90 EUR im Monat für Sie als Rentner eine erhebliche Belastung ist.</p>
<p><b>Warum steigt der Beitrag?</b><br>Der Beitrag in der privaten Krankenversicherung darf nur angepasst werden, wenn die tatsächlichen Leistungsausgaben eines Tarifs um mehr als den gesetzlich festgelegten Schwellenwert von den kalkulierten abweichen. Im Tarif KranichVital Komfort lagen die Ausgaben für Ihre Altersgruppe 12,4&nbsp;% über der Kalkulation, vor allem wegen gestiegener Krankenhaus- und Arzneimittelkosten. Ein unabhängiger Treuhänder hat die Anpassung geprüft und ihr zugestimmt.</p>
<table border="1" cellpadding="3" cellspacing="0" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#eeeeee"><th>Tarif</th><th>bisher</th><th>ab 01.01.2026</th></tr>
<tr><td>KranichVital Komfort (Selbstbehalt 600)</td><td align="right">587,34 EUR</td><td align="right">668,91 EUR</td></tr>
<tr><td>Pflegepflichtversicherung PPV</td><td align="right">96,20 EUR</td><td align="right">104,75 EUR</td></tr>
<tr><td><b>Summe</b></td><td align="right"><b>683,54 EUR</b></td><td align="right"><b>773,66 EUR</b></td></tr>
</table>
<p><b>Was können Sie tun?</b></p>
<ol>
<li>Tarifwechsel nach &sect; 204 VVG in unseren Tarif KranichVital Basis: Beitrag ca. 512 EUR, ohne neue Gesundheitsprüfung für gleiche oder geringere Leistungen.</li>
<li>Höherer Selbstbehalt (1.200 EUR jährlich): Ersparnis ca. 54 EUR im Monat.</li>
<li>Wechsel in den Standardtarif: Beitrag höchstens in Höhe des GKV-Höchstbeitrags.</li>
</ol>
<p>Gern rechnet Ihnen unser Tarifberater Herr Kempf die Varianten mit Ihren Vorerkrankungen und der Medikation aus; rufen Sie ihn unter 06151 3907-3010 an.</p>
<p>Sind Sie mit unserer Antwort nicht einverstanden, können Sie sich an die Ombudsstelle PKV wenden.</p>
<p>Mit freundlichen Grüßen<br>Timo Beckerle<br>Beschwerdemanagement</p>
</body></html>
"""
    html_alt(m, plain, html)
    return m


@mail(38, N, "de", "insurer-to-partner",
      "trap: notice to the arbitration body about a new contact person and secure transmission channel; no case, no person's data")
def _():
    m = new(who("vollrath"), "Versicherungs-Schlichtungsstelle - Geschäftsstelle <geschaeftsstelle@schlichtung-versicherung.example>",
            "Kranichsteiner Versicherung VVaG: Ansprechpartner und sicherer Übermittlungsweg ab 01.04.2026",
            "2026-03-23 15:15", cc=who("beckerle"), mailer=OUTLOOK)
    body(m, """
Sehr geehrte Damen und Herren,

wir möchten Sie über zwei Änderungen informieren, die ab dem 1. April 2026 für alle Verfahren mit Beteiligung der Kranichsteiner Versicherung VVaG (Mitgliedsnummer 0412) gelten:

1. Ansprechpartner
Neben der Unterzeichnerin ist ab diesem Datum Herr Timo Beckerle (Telefon 06151 3907-2214) als Vertreter benannt. Das Funktionspostfach beschwerde@kranichsteiner.example bleibt unverändert.

2. Übermittlung von Unterlagen
Stellungnahmen mit personenbezogenen Anlagen übermitteln wir ab April ausschließlich über Ihr Verfahrensportal oder per S/MIME-verschlüsselter E-Mail. Unser Gateway-Zertifikat für die Domäne kranichsteiner.example können Sie unter https://www.kranichsteiner.example/zertifikate abrufen (Fingerprint SHA-256 beginnt mit 4F:9A:27:C1). Für unverschlüsselte E-Mails verwenden wir nur noch Mitteilungen ohne Fallbezug, wie diese.

Bitte aktualisieren Sie Ihre Kontaktdaten entsprechend.

Mit freundlichen Grüßen
Henrike Vollrath
""" + sig("vollrath"))
    return m


@mail(39, C, "de", "insurer-to-customer",
      "HTML-only Art. 15 response with a data table: named customer's birth date, address, IBAN, motor and liability contracts")
def _():
    acct = iban("DE", "500105175410082217")
    m = new(box("datenschutz", "Datenschutz Kranichsteiner"), "Friedhelm Rapp <friedhelm.rapp@arcor.example>",
            "Auskunft über Ihre gespeicherten Daten (Az. DS-2026-0087)",
            "2026-04-16 12:02", mailer=CRM)
    html_only(m, """
<!DOCTYPE html>
<html><head><meta charset="utf-8"></head>
<body style="font-family:Verdana,sans-serif;font-size:12px">
<p>Sehr geehrter Herr Rapp,</p>
<p>Sie haben am 28.03.2026 telefonisch und schriftlich Auskunft nach Art. 15 DSGVO verlangt und ausdrücklich um Übersendung per E-Mail gebeten. Nachfolgend erhalten Sie die Übersicht der zu Ihrer Person gespeicherten Daten. Gesundheitsdaten verarbeiten wir zu Ihrer Person nicht.</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:12px">
<tr style="background:#dfe8e3"><th colspan="2">Stammdaten</th></tr>
<tr><td>Name</td><td>Friedhelm Rapp</td></tr>
<tr><td>Geburtsdatum</td><td>04.11.1963</td></tr>
<tr><td>Anschrift</td><td>Platanenallee 22, 64832 Babenhausen</td></tr>
<tr><td>Telefon</td><td>06073 718 42 90</td></tr>
<tr><td>Bankverbindung</td><td>%s (Commerzbank), Mandat vom 11.02.2016</td></tr>
<tr style="background:#dfe8e3"><th colspan="2">Verträge</th></tr>
<tr><td>Kfz KF-16-2051783</td><td>Mercedes-Benz C 200 T, DA-FR 463, SF 25, seit 01.03.2016</td></tr>
<tr><td>Privathaftpflicht PH-16-2051790</td><td>Single-Tarif, Deckung 10 Mio. EUR, seit 01.03.2016</td></tr>
<tr style="background:#dfe8e3"><th colspan="2">Schäden</th></tr>
<tr><td>KF-S-2022-06120</td><td>Wildunfall 14.05.2022, Teilkasko, 2.310 EUR</td></tr>
<tr><td>PH-S-2024-01876</td><td>Beschädigung einer geliehenen Leiter, 95 EUR</td></tr>
<tr style="background:#dfe8e3"><th colspan="2">Empfänger</th></tr>
<tr><td>Rückversicherer</td><td>Nordmeer Rück AG, Hamburg</td></tr>
<tr><td>Dienstleister</td><td>Gutachterbüro Sandner (Schaden 2022), PostPro Rhein-Main GmbH (Druck/Versand)</td></tr>
<tr style="background:#dfe8e3"><th colspan="2">Speicherdauer</th></tr>
<tr><td>Vertrags- und Schadendaten</td><td>bis 10 Jahre nach Vertragsende bzw. Schadenabschluss</td></tr>
</table>
<p>Ihre weiteren Rechte (Berichtigung, Löschung, Einschränkung, Widerspruch, Datenübertragbarkeit) und das Beschwerderecht bei der Aufsichtsbehörde haben wir Ihnen in unserem Merkblatt bereits per Post übersandt.</p>
<p>Mit freundlichen Grüßen<br>Sina Grafenstein<br>Datenschutzkoordination<br>Kranichsteiner Versicherung VVaG &middot; Am Steinbrücker Teich 3 &middot; 64289 Darmstadt</p>
</body></html>
""" % acct)
    return m


@mail(40, S, "de", "insurer-to-customer",
      "named BU claimant revokes her consent to contact doctors; multiple sclerosis claim, consequences explained")
def _():
    m = new(who("reiss"), "Katarina Lukić <katarina.lukic@mailbox.example>",
            "Widerruf Ihrer Schweigepflichtentbindung - BU-19-0877354",
            "2026-04-09 13:33", irt=mid("lukic-widerruf", "mailbox.example"), mailer=OUTLOOK)
    body(m, """
Sehr geehrte Frau Lukić,

wir haben Ihr Schreiben vom 01.04.2026 erhalten, mit dem Sie die allgemeine Schweigepflichtentbindung aus Ihrem Leistungsantrag widerrufen. Der Widerruf ist wirksam; wir werden ab sofort keine Auskünfte mehr bei Ihren Ärzten, Kliniken oder Ihrer Krankenkasse einholen, ohne Sie vorher zu fragen.

Wir möchten Ihnen aber offen sagen, was das für Ihren Leistungsantrag wegen der Multiplen Sklerose bedeutet:

- Für die Entscheidung über die BU-Rente brauchen wir noch den Bericht Ihrer Neurologin Dr. Falk über den Verlauf seit dem Schub im Oktober 2025 und die aktuelle MRT-Auswertung.
- Ohne diese Unterlagen können wir den Anspruch nicht abschließend prüfen; die Leistung wird dann nach § 14 VVG nicht fällig. Eine Ablehnung ist das ausdrücklich nicht.

Sie haben zwei Möglichkeiten:
1. Sie erteilen uns für jede einzelne Anfrage eine gesonderte Einwilligung. Wir schicken Ihnen dann vorab, wen wir was fragen wollen, und Sie entscheiden.
2. Sie besorgen die Unterlagen selbst und reichen sie uns ein. Die Kosten für Kopien und Berichte übernehmen wir.

Ihr Hinweis, Sie wollten nicht, dass wir "alles über Ihr Privatleben" erfahren, ist berechtigt. Wir fragen nur nach Befunden, die für die Frage der Berufsunfähigkeit als Steuerfachangestellte erheblich sind.

Mit freundlichen Grüßen
Konstantin Reiß
""" + sig("reiss"))
    return m


@mail(41, N, "de", "insurer-to-customer",
      "portal one-time password mail: no contract, no personal data beyond the address (notification only)")
def _():
    m = new("Kranichsteiner Kundenportal <noreply@portal.kranichsteiner.example>", "jana.koehler88@web.example",
            "Ihr Einmal-Passwort für das Kranichsteiner Kundenportal",
            "2026-02-16 19:03", mailer=PORTAL)
    body(m, """
Guten Tag,

Sie haben soeben die Registrierung für das Kranichsteiner Kundenportal begonnen.

Ihr Einmal-Passwort: 7KQ-P29-XMD

Das Passwort ist 30 Minuten gültig und kann nur einmal verwendet werden. Geben Sie es auf der Seite https://portal.kranichsteiner.example/registrierung ein und vergeben Sie anschließend ein eigenes Passwort und Ihre Sicherheitsfrage.

Sie haben keine Registrierung gestartet? Dann ignorieren Sie diese E-Mail bitte. Ihr Konto wird ohne Bestätigung nicht angelegt.

Wir fragen Sie niemals per E-Mail oder Telefon nach Ihrem Passwort.

Ihr Kranichsteiner Kundenportal

Diese E-Mail wurde automatisch erstellt. Antworten an diese Adresse werden nicht gelesen.
""")
    return m


@mail(42, C, "en", "internal",
      "automatic DSAR deadline reminder listing open requests: named customers with motor, household, liability and legal-expenses contracts")
def _():
    m = new("Privacy Request Tracker <privacy-tracker@kranichsteiner.example>", who("grafenstein"),
            "[Reminder] 4 data subject requests due within 7 days",
            "2026-03-30 06:00", cc=who("oberlaender"), mailer="PrivTrack 5.4 notification service")
    body(m, """
Good morning Sina Grafenstein,

the following data subject requests assigned to you are due within the next 7 days.

  Ref            Type      Data subject          Received    Due         Contracts / systems             Status
  DS-2026-0063   Access    Heike Altmann         2026-03-04  2026-04-04  HR-17-4402815, PH-17-4402822    Export done, letter pending
  DS-2026-0066   Access    Nils Petersen         2026-03-06  2026-04-06  KF-23-5518730                   Waiting for motor claims
  DS-2026-0068   Erasure   Armin Hoxha           2026-03-06  2026-04-06  RS-21-0092641 (ended 2023)      Legal check
  DS-2026-0070   Objection Beate Wolff-Ranft     2026-03-09  2026-04-09  KF-19-1177346, HIS entry        Draft reply

Requests marked "Waiting" have an open task with another department. Extensions under Art. 12(3) GDPR must be communicated to the data subject before the due date.

Open the tracker: https://privtrack.intra.kranichsteiner.example/queue/sgrafenstein

This is an automated message. Do not reply.
""")
    return m


@mail(43, S, "de", "internal",
      "erasure request of a named former PKV customer: retention check of invoices, medical adviser notes and health questions in the ODT")
def _():
    m = new(who("grafenstein"), who("pfeuffer"),
            "Löschbegehren Carola Wendt (ehem. KR-16-2988041) - bitte Aufbewahrung prüfen",
            "2026-02-18 10:27", cc=who("oberlaender"), mailer=OUTLOOK)
    body(m, """
Hallo Jens,

Frau Carola Wendt ist zum 31.12.2025 aus der Krankenvollversicherung ausgeschieden (Versicherungspflicht in der GKV wegen neuer Anstellung) und verlangt jetzt die Löschung aller Daten, insbesondere ihrer "Krankengeschichte".

Ich habe in der angehängten Tabelle zusammengestellt, was wir nach meiner Einschätzung löschen können und was noch aufbewahrt werden muss. Kannst du bitte bis Ende nächster Woche prüfen, ob aus Leistungssicht noch etwas offen ist (Rückforderungen, Regress gegen Dritte, laufende Rechnungen)? Dann schreibe ich ihr.

Danke!
Sina
""" + sig("grafenstein", short=True))
    att(m, odt([
        ("h", "Löschprüfung DS-2026-0061 - Carola Wendt, geb. 27.07.1988"),
        "Vertrag: KR-16-2988041 (KranichVital Komfort, Krankentagegeld KT 43), Beginn 01.05.2016, Ende 31.12.2025",
        ("table", [
            ["Datenkategorie", "Inhalt (Beispiele)", "Vorschlag", "Frist / Grund"],
            ["Antrag mit Gesundheitsfragen 2016", "Heuschnupfen, Knie-Arthroskopie 2014", "löschen", "Vertrag beendet, keine Anfechtung mehr möglich"],
            ["Leistungsbelege 2016-2025", "Arztrechnungen, Rezepte, u. a. Schwangerschaftsvorsorge 2021, Entbindung Sectio 2021", "sperren", "10 Jahre, § 257 HGB / § 147 AO (Buchungsbelege)"],
            ["Beratungsärztliche Vermerke", "Stellungnahme Dr. Albrecht-Nolte zur Kostenzusage Psychotherapie 2023 (F41.1)", "löschen", "kein Buchungsbeleg"],
            ["Krankentagegeld-Akte 2023", "AU-Bescheinigungen, Gutachten MDK-Ersatz", "sperren", "10 Jahre ab Zahlung"],
            ["Beitragskonto", "Beitragszahlungen, Lastschriften", "sperren", "10 Jahre"],
            ["Korrespondenz Kundenservice", "Telefonnotizen, E-Mails ohne Leistungsbezug", "löschen", "-"],
            ["Werbeeinwilligung", "nicht erteilt", "-", "-"]]),
        "Offene Punkte Leistung: keine Rückforderung bekannt, Regress nein? (bitte bestätigen)",
        "Bearbeitet: S. Grafenstein, 18.02.2026",
    ], title="Löschprüfung DS-2026-0061", author="Sina Grafenstein", date="2026-02-18 10:05"),
        "Loeschpruefung_DS-2026-0061_Wendt.odt")
    return m


@mail(44, N, "de", "insurer-to-customer",
      "general answer to a named person asking how to complain; no contract, no data of the listed kinds (ISO-8859-1)")
def _():
    m = new(box("service", "Kranichsteiner Kundenservice"), "Erwin Sauerwein <erwin.sauerwein@freenet.example>",
            "AW: Wo kann man sich bei Ihnen beschweren?",
            "2026-03-17 09:58", irt=mid("sauerwein-frage", "freenet.example"), mailer=OUTLOOK)
    body(m, """
Guten Tag Herr Sauerwein,

danke für Ihre Frage. Sie können sich auf jedem Weg bei uns beschweren, der Ihnen am liebsten ist:

- per E-Mail an beschwerde@kranichsteiner.example
- telefonisch unter 06151 3907-2200 (Mo-Fr 8-18 Uhr)
- per Post: Kranichsteiner Versicherung VVaG, Beschwerdemanagement, Am Steinbrücker Teich 3, 64289 Darmstadt
- über das Kontaktformular auf www.kranichsteiner.example/beschwerde

Bitte nennen Sie uns, wenn vorhanden, Ihre Versicherungsnummer und beschreiben Sie kurz, worum es geht. Sie erhalten innerhalb von drei Werktagen eine Eingangsbestätigung.

Wenn es um einen Versicherungsvertreter geht, ist das Beschwerdemanagement ebenfalls die richtige Stelle; wir leiten den Fall dann intern weiter.

Freundliche Grüße
Aylin Korkmaz
Kundenservice

""" + FOOT_DE, charset="iso-8859-1")
    return m


@mail(45, C, "de", "customer",
      "customer's complaint about a tenant-liability settlement quoted in an internal forward: named insured, landlord, policy and claim number")
def _():
    m = new(who("korkmaz"), who("brandstaetter"),
            "WG: Mietsachschaden Ceranfeld - Beschwerde Herr Haas, PH-S-2026-00298",
            "2026-03-05 15:10", mailer=OUTLOOK)
    body(m, """
Hallo Ole,

Herr Haas hat heute zum dritten Mal angerufen und dann die Mail unten geschickt. Ich habe ihm gesagt, dass du dich bis Freitag meldest. Kannst du dir das mit dem Zeitwert bitte noch einmal ansehen? Er ist wirklich verärgert, aber höflich.

Danke
Aylin

-----Ursprüngliche Nachricht-----
Von: Dominik Haas <dominik.haas@web.example>
Gesendet: Donnerstag, 5. März 2026 14:41
An: service@kranichsteiner.example
Betreff: Mietsachschaden Ceranfeld - Beschwerde

Sehr geehrte Damen und Herren,

bei meinem Auszug aus der Wohnung Rheinstraße 96 in Darmstadt ist mir am 31.01. ein Topf auf das Ceranfeld der Einbauküche gefallen, das Glas ist gesprungen. Ich habe das sofort über meine Privathaftpflicht (PH-18-5501127) gemeldet.

Mein Vermieter, Herr Claus-Dieter Engert, verlangt 1.140 Euro für ein neues Kochfeld inkl. Einbau. Sie wollen nur 380 Euro zahlen, weil das Kochfeld 11 Jahre alt sei ("Zeitwert"). Ich verstehe nicht, wofür ich Haftpflicht zahle, wenn ich jetzt 760 Euro selbst zahlen soll. Der Vermieter behält das Geld von meiner Kaution ein.

Ich bitte um eine nochmalige Prüfung und um schriftliche Begründung.

Mit freundlichen Grüßen
Dominik Haas
neue Anschrift: Kirschenallee 8, 64293 Darmstadt
""" + sig("korkmaz", short=True), style="qp")
    return m


@mail(46, S, "en", "insurer-to-partner",
      "cross-border motor claim with an injured passenger: named third party's whiplash and sternum fracture, medical expenses, our insured named")
def _():
    m = new(who("nowacki"), "Claims Representation <greencard@liffeymutual.example>",
            "RE: Your ref. LM/GC/26/0093 - our insured Florian Bechtold, accident N11 Wicklow 28/12/2025",
            "2026-02-10 12:18", irt=mid("liffey-0093", "liffeymutual.example"), cc=who("thornton"), mailer=OUTLOOK)
    body(m, """
Dear Mr Byrne,

thank you for your letter of 5 February and please accept our apologies for the delay. Your previous two e-mails were routed to a mailbox that is no longer monitored; we have corrected this. Please use kfz-schaden@kranichsteiner.example from now on, quoting our claim number KF-S-2025-15877.

Our position:

1. Liability: Based on the Garda report and the statement of our insured, Mr Florian Bechtold (vehicle DA-FB 2210, policy KF-21-4470318), who pulled out of the lay-by into the path of your policyholder's vehicle, we accept liability in full.

2. Vehicle damage of your policyholder (Toyota Corolla, 211-WW-4083): please send us the final repair invoice; we will reimburse on that basis.

3. Injured passenger Ms Siobhan Doyle: we note from the emergency department discharge summary of St Columcille's Hospital that she sustained a whiplash injury (cervical strain) and a non-displaced fracture of the sternum, and that she has been unable to work as a care assistant since the accident. We agree to reimburse the medical expenses submitted so far, EUR 8,420.00 (emergency treatment, CT, GP visits, 12 physiotherapy sessions), and we authorise you to make an interim payment for loss of earnings of up to EUR 4,000.00 on our behalf.

4. For the assessment of general damages we need a medico-legal report after the end of her physiotherapy, expected in April according to her solicitor. Please forward it as soon as it is available, by encrypted mail or via our secure portal.

We have set a reserve of EUR 45,000 for this claim. Rebecca Thornton of our International Client Service is in copy and can help if anything needs to be discussed in English on the phone.

Kind regards,
Piotr Nowacki
""" + sig("nowacki", "en"))
    return m


@mail(47, N, "en", "internal",
      "trap: internal job advert for a complaints manager (international clients); health and travel claims mentioned, no person")
def _():
    m = new(who("bruegmann"), "Alle Mitarbeitenden <alle@kranichsteiner.example>",
            "Internal vacancy: Complaints Manager International Clients (m/f/d) - apply by 20 March",
            "2026-03-02 12:00", mailer=OUTLOOK)
    body(m, """
Liebe Kolleginnen und Kollegen, dear colleagues,

we are looking for a Complaints Manager for our international clients. As the job is mostly in English, the advert is in English too.

Complaints Manager International Clients (m/f/d)
Darmstadt, full time or at least 30 hours, permanent, pay group 9 of the collective agreement

What you will do
- handle complaints from expatriate and international clients in all lines, with a focus on health, travel and motor claims
- prepare our statements to the arbitration bodies and answer enquiries from the supervisory authority together with Legal & Compliance
- analyse root causes and present them in the Complaints Review Board
- coordinate data subject requests of international clients with our Data Protection Officer

What you bring
- training as an insurance clerk or a degree, at least three years in claims or customer service
- fluent English and German (C1), any further language welcome
- a calm voice on the phone when a customer is upset

Interested? Send your application through the internal job portal by 20 March 2026. For questions please contact Rebecca Thornton (head of International Client Service, ext. 6001) or me.

Viele Grüße / kind regards
Annette Brügmann
""" + sig("bruegmann", short=True))
    return m


@mail(48, S, "de", "insurer-to-customer",
      "reply to the daughter (legal guardian) of a named 89-year-old insured: dementia, care grade, interim care allowance")
def _():
    m = new(who("sonntag"), "Brigitte Anwander <brigitte.anwander@t-online.example>",
            "Ihre Beschwerde vom 08.03.2026 - Pflegetagegeld Hildegard Anwander, PZ-04-0772519",
            "2026-03-16 16:40", cc=box("beschwerde", "Beschwerdemanagement") + ", " + who("lehnert"),
            mailer=OUTLOOK)
    body(m, """
Sehr geehrte Frau Anwander,

Frau Dr. Staudt hat mich gebeten, Ihnen auf Ihre E-Mail vom 08.03.2026 zu antworten. Zunächst: Es tut mir leid, dass Sie sich in einer ohnehin sehr belastenden Situation auch noch mit uns auseinandersetzen mussten.

Wir haben Ihre Beschwerde zum Anlass genommen, den Fall Ihrer Mutter noch einmal vollständig anzusehen. Dabei lagen uns das Gutachten des Medizinischen Dienstes vom 19.01.2026, der Entlassungsbericht nach der Hüftoperation im November und die Pflegedokumentation des Seniorenzentrums Am Herrngarten vor, die Sie uns mit dem Widerspruch geschickt haben.

Unsere Entscheidung:
- Bis zur Entscheidung über den Widerspruch zahlen wir das Pflegetagegeld vorläufig nach Pflegegrad 4, also 75 EUR statt 50 EUR täglich, rückwirkend ab dem 01.01.2026. Die Nachzahlung für Januar bis März von 2.250,00 EUR wird am 18.03. überwiesen.
- Sollte der Widerspruch keinen Erfolg haben, werden wir den Differenzbetrag nicht zurückfordern.
- Bestätigt der Medizinische Dienst den Pflegegrad 4 oder 5, rechnen wir ab dem Tag der Antragstellung neu ab.

Aus der Pflegedokumentation geht deutlich hervor, wie viel Unterstützung Ihre Mutter inzwischen bei der Nahrungsaufnahme, bei der Kontinenz und nachts braucht. Das haben wir bei unserer Entscheidung berücksichtigt.

Für Rückfragen erreichen Sie mich direkt unter der unten genannten Nummer. Ich wünsche Ihnen und Ihrer Mutter viel Kraft.

Mit freundlichen Grüßen
Mareike Sonntag
""" + sig("sonntag"))
    return m


@mail(49, C, "mixed", "insurer-to-customer",
      "English explanation to a named customer quoting the German decision on a cellar burglary under her household policy")
def _():
    m = new(who("lombardi"), "Sanne Bakker <sanne.bakker@kpn-mail.example>",
            "Your burglary claim HR-S-2026-00677 - explanation in English",
            "2026-03-11 10:21", irt=mid("bakker-complaint", "kpn-mail.example"), mailer=OUTLOOK)
    body(m, """
Dear Ms Bakker,

you asked us to explain in English why our decision on your claim only covers part of the items stolen from your cellar storage room in Wiesbaden. I am sorry that the letter was only sent to you in German. Below is the relevant part of the decision, with my explanation after it.

> Sehr geehrte Frau Bakker,
>
> zu Ihrem Schaden vom 21.02.2026 (Einbruch in den Kellerraum Ihrer Wohnung Klarenthaler Straße 140, 65197 Wiesbaden) aus der Hausratversicherung HR-22-8804516 teilen wir Ihnen Folgendes mit:
>
> Entschädigt werden der E-Scooter (Zeitwert 420 EUR) sowie die Werkzeuge und Campingausrüstung (Neuwert 1.185 EUR). Das Rennrad ist nicht versichert, da Fahrräder nur mit der Zusatzvereinbarung Fahrrad mitversichert sind, die in Ihrem Vertrag nicht enthalten ist. Die Weinflaschen (Wert laut Ihrer Liste 960 EUR) ersetzen wir bis zur Entschädigungsgrenze für Wertsachen außerhalb von Wertschutzschränken nicht, da ...
>
> Auszahlung: 1.605,00 EUR abzüglich Selbstbeteiligung 150,00 EUR = 1.455,00 EUR.

In plain English:
- The e-scooter and the tools and camping equipment are covered: EUR 1,605 minus your deductible of EUR 150, so EUR 1,455 has been paid to your account.
- The racing bike is not covered, because bicycles are only insured with the optional bicycle cover, which your policy does not include.
- The wine: I have to correct our letter here. Wine is not a "valuable" under the policy, so the limit quoted in the letter does not apply. Wine in a locked cellar is covered like other contents. We will therefore pay a further EUR 960 once you send us the purchase receipts or photos of the collection you mentioned.

I hope this is clearer. If you are still not satisfied, please tell me and I will register your message as a formal complaint.

Kind regards,
Chiara Lombardi
""" + sig("lombardi", "en"))
    return m


@mail(50, S, "de", "hospital",
      "hospital's complaint about unpaid direct-billing invoices, quoted inline: named patients with DRG, stay dates and amounts")
def _():
    m = new(who("pfeuffer"), "Team Klinikabrechnung <team-klinik@kranichsteiner.example>",
            "WG: Mahnung Direktabrechnung - offene Rechnungen Klinikum Bergstraße",
            "2026-01-26 09:05", mailer=OUTLOOK)
    body(m, """
Moin zusammen,

bitte heute noch prüfen, warum die drei Fälle hängen. Bei Fall 2 fehlte meines Wissens der Kostenvoranschlag für das Einbettzimmer, bei den anderen beiden sehe ich keinen Grund. Das Klinikum droht ansonsten, die Direktabrechnung mit uns auszusetzen; das wäre für unsere Kunden im Kreis Bergstraße ärgerlich.

Bitte kurze Rückmeldung an mich bis 14 Uhr.

Jens

-------- Weitergeleitete Nachricht --------
Betreff: Mahnung Direktabrechnung - offene Rechnungen
Datum: Fri, 23 Jan 2026 15:47:10 +0100
Von: Patientenabrechnung Klinikum Bergstraße <abrechnung@klinikum-bergstrasse.example>
An: leistung-kranken@kranichsteiner.example

Sehr geehrte Damen und Herren,

trotz Kostenübernahmeerklärung sind die folgenden Rechnungen aus der Direktabrechnung mit Ihrem Haus seit mehr als 60 Tagen offen:

  Patient/in                 geb.        Aufenthalt               DRG    Hauptdiagnose                     Betrag EUR
  Ewald Hinkelmann           03.02.1951  14.10.-22.10.2025       F62C   Herzinsuffizienz I50.13           6.812,44
  Marion Saalbach-Kreis      22.09.1967  28.10.-31.10.2025       I68D   Lumbale Spinalkanalstenose M48.06 4.109,87
                                                                            + Wahlleistung Einbettzimmer    1.020,00
  Luca Ferrante              17.06.2009  03.11.-05.11.2025       G24C   Appendizitis K35.8                3.274,10

Gesamtbetrag: 15.216,41 EUR

Wir bitten um Ausgleich innerhalb von 14 Tagen. Andernfalls sehen wir uns gezwungen, die Teilnahme an der Direktabrechnung mit der Kranichsteiner Versicherung zu überprüfen und die Rechnungen den Patienten direkt zu stellen.

Mit freundlichen Grüßen
i. A. Petra Schick
Patientenabrechnung / Erlösmanagement
Klinikum Bergstraße gGmbH, Viernheimer Straße 2, 64646 Heppenheim
""" + sig("pfeuffer", short=True), style="qp")
    return m


@mail(51, N, "de", "insurer-to-customer",
      "out-of-office auto-reply of the head of complaints, no case details")
def _():
    m = new(who("vollrath"), "Kanzlei Reinhold Pfaff <sekretariat@pfaff-anwaelte.example>",
            "Automatische Antwort: Rückfrage zu Ihrem Schreiben vom 20.03.",
            "2026-03-30 10:14", irt=mid("pfaff-rueckfrage", "pfaff-anwaelte.example"),
            mailer=OUTLOOK, extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    body(m, """
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich 06.04.2026 nicht im Büro und lese meine E-Mails in dieser Zeit nicht. Ihre Nachricht wird nicht automatisch weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an meinen Vertreter Timo Beckerle (timo.beckerle@kranichsteiner.example, Telefon 06151 3907-2214) oder an das Funktionspostfach beschwerde@kranichsteiner.example.

Mit freundlichen Grüßen
Henrike Vollrath
Leiterin Beschwerdemanagement
""")
    return m


@mail(52, C, "de", "insurer-to-customer",
      "complaint reply on a pet surgery claim: named owner, dog's cruciate ligament surgery and vet fees (animal health), policy number")
def _():
    m = new(who("sonntag"), "Tanja Reinhardt <tanja.reinhardt@gmx.example>",
            "AW: Widerspruch Ablehnung OP Balu - Tier-OP-Versicherung TO-25-0062291",
            "2026-04-07 11:36", irt=mid("reinhardt-balu", "gmx.example"), mailer=OUTLOOK)
    body(m, """
Liebe Frau Reinhardt,

danke für Ihre ausführliche Nachricht und die Unterlagen der Tierarztpraxis. Sie hatten recht, und ich entschuldige mich für die Ablehnung.

Wir hatten die Kreuzbandoperation bei Balu zunächst abgelehnt, weil die erste Lahmheit nach unserer Akte am 28.02.2025 aufgetreten sein sollte, also noch in der Wartezeit von drei Monaten nach Vertragsbeginn (01.01.2025). Aus der Karteikarte der Praxis Dr. Brandt, die Sie jetzt geschickt haben, ergibt sich aber eindeutig: Am 28.02.2025 wurde Balu wegen einer Pfotenverletzung rechts vorne behandelt, die mit dem Knie nichts zu tun hat. Der Kreuzbandriss links hinten wurde erst am 19.11.2025 festgestellt, nach einem Sprung aus dem Auto.

Wir übernehmen daher die Kosten der TPLO-Operation vom 26.11.2025 nach Ihrem Tarif:

  Rechnung Tierklinik Rhein-Main vom 03.12.2025     3.355,62 EUR
  davon erstattungsfähig (GOT bis 3-facher Satz)    3.355,62 EUR
  Erstattung 80 %                                   2.684,50 EUR

Der Betrag wird in den nächsten Tagen überwiesen. Gute Besserung für Balu - auf dem Foto sieht er schon wieder sehr unternehmungslustig aus.

Herzliche Grüße
Mareike Sonntag
""" + sig("sonntag"), flowed=True)
    return m


@mail(53, N, "en", "internal",
      "trap: DPIA draft for a new complaints CRM, data categories incl. health data described in general, no person")
def _():
    m = new(who("oberlaender"),
            "Henrike Vollrath <henrike.vollrath@kranichsteiner.example>, Marcus Oyelaran <marcus.oyelaran@kranichsteiner.example>, Kasper Lind <kasper.lind@casewise-software.example>",
            "DPIA draft v0.3 - complaints CRM (Casewise)",
            "2026-04-23 18:22", cc=who("hartwig"), mailer=OUTLOOK)
    body(m, """
Dear all,

attached is the third draft of the data protection impact assessment for the new complaints CRM. I have written it in English so that Kasper and the Casewise team can comment directly.

Main changes since v0.2:
- Section 3: complaints in health, life and accident regularly contain health data (Art. 9 GDPR). The CRM will therefore be classified at the highest protection level, with field-level encryption for free-text and attachments.
- Section 5: hosting in the Frankfurt data centre only; support access from Copenhagen only via our jump host with four-eyes approval.
- Section 6: retention: complaint records three years after closure, unless linked to a claim file.

Open points are marked in yellow. Please comment by 30 April; I would like to present the DPIA to the board on 12 May.

Best regards,
Matthias Oberländer
""" + sig("oberlaender", "en", short=True))
    att(m, docx([
        ("h", "Data Protection Impact Assessment - Complaints CRM (Casewise) - DRAFT v0.3"),
        "Owner: Complaints Management. DPO: Dr. Matthias Oberländer. Status: draft for consultation.",
        ("h", "1. Description of the processing"),
        "Recording, routing and answering of customer complaints, ombudsman and supervisory authority cases, root-cause reporting. Around 1,200 complaints per year, about 35 % in personal lines.",
        ("h", "2. Data subjects and categories of data"),
        ("table", [["Data subjects", "Categories", "Special categories (Art. 9/10)"],
                   ["Policyholders, insured persons", "identification, contact, contract and claim data, bank data", "health data in health, life, accident complaints"],
                   ["Third parties (injured persons, relatives, guardians)", "identification, contact", "health data possible"],
                   ["Brokers, lawyers, doctors", "business contact data", "no"],
                   ["Employees", "user ID, activity log", "no"]]),
        ("h", "3. Necessity and proportionality"),
        "Legal basis Art. 6(1)(c) GDPR with the supervisory requirements on complaints handling; for health data Art. 9(2)(f) and consent where the complaint is not linked to a claim.",
        ("h", "4. Risks"),
        "R1 unauthorised access by support staff of the vendor (high); R2 health data visible in reports (medium); R3 mis-sent replies (medium); R4 retention beyond purpose (low).",
        ("h", "5. Measures"),
        "Field-level encryption, role model per line of business, anonymised reporting (no free text, cells with fewer than 5 cases merged), outgoing mail via the Siegel gateway with classification, deletion job.",
        ("h", "6. Residual risk and recommendation"),
        "[OPEN - to be completed after vendor review]",
    ], title="DPIA Complaints CRM v0.3", author="Dr. Matthias Oberländer", date="2026-04-23 18:00"),
        "DPIA_Complaints_CRM_v0.3.docx")
    return m


@mail(54, S, "mixed", "internal",
      "English internal thread quoting the German DPA letter on a named expat's complaint: group health insurance letter about psychotherapy sent to his employer")
def _():
    m = new(who("oberlaender"), who("thornton"),
            "RE: HBDI letter - Mr Iyer / group health insurance",
            "2026-04-28 14:06", cc=who("grafenstein") + ", " + who("pfeuffer"),
            irt=mid("thornton-iyer"), mailer=OUTLOOK)
    body(m, """
Hi Rebecca,

yes, this is a real problem and the authority will not let it go. In short: our settlement letter for Mr Iyer's psychotherapy sessions was sent to the HR department of his employer instead of to him, because the group contract was set up with the company address as the default mailing address for all insured employees. That is a breach of the confidentiality of health data, and we should say so openly in our statement.

What I suggest:
1. I draft the statement to the HBDI (deadline 22 May), including the fact that we had already reported the breach ourselves on 3 March.
2. You call Mr Iyer this week, apologise personally and explain what we are changing. He has asked for contact in English.
3. Jens checks all 14 group health contracts for the same address setting. I would like that done before we answer.

Matthias

-----Original Message-----
From: Rebecca Thornton
Sent: Tuesday, April 28, 2026 11:32 AM
To: Matthias Oberländer
Subject: HBDI letter - Mr Iyer / group health insurance

Matthias, Sina scanned the letter below to me because Mr Iyer is one of our international clients. My German is good enough to understand it's serious, but what exactly do they want from us, and by when?

Thanks, Rebecca

> Der Hessische Beauftragte für Datenschutz und Informationsfreiheit
> Az. HBDI-26-0311-B
>
> Beschwerde des Herrn Rajesh Iyer, Eschborn
>
> Sehr geehrte Damen und Herren,
>
> Herr Iyer hat sich bei uns darüber beschwert, dass ein Schreiben Ihres Hauses vom 24.02.2026 zur Erstattung von Psychotherapiesitzungen aus seiner betrieblichen Krankenversicherung (Gruppenvertrag GK-21-0042, versicherte Person Nr. 0042-0187) an die Personalabteilung seines Arbeitgebers, der Tessaro Systems GmbH, adressiert war und dort geöffnet wurde. Die Abrechnung enthielt Diagnoseschlüssel und die Anzahl der Sitzungen.
>
> Ich bitte Sie, bis zum 22.05.2026 zu folgenden Fragen Stellung zu nehmen:
> 1. Wie kam es zu der Fehladressierung?
> 2. Wie viele weitere versicherte Personen aus Gruppenverträgen sind betroffen?
> 3. Welche Maßnahmen haben Sie ergriffen, um eine Wiederholung zu verhindern?
> 4. Haben Sie den Vorfall nach Art. 33 DS-GVO gemeldet und den Betroffenen nach Art. 34 DS-GVO benachrichtigt?
>
> Mit freundlichen Grüßen
> Im Auftrag
> Kessler-Baum
""" + sig("oberlaender", "en", short=True))
    return m


@mail(55, N, "de", "insurer-to-partner",
      "trap: answer to a journalist with aggregated complaint and arbitration figures, no individual case")
def _():
    m = new(who("quandt"), "Laura Behrendt <l.behrendt@darmstaedter-tageskurier.example>",
            "AW: Anfrage Beschwerden und Schlichtungsverfahren",
            "2026-02-05 16:20", irt=mid("behrendt-anfrage", "darmstaedter-tageskurier.example"), mailer=OUTLOOK)
    body(m, """
Liebe Frau Behrendt,

gern beantworte ich Ihre Fragen für den Beitrag zur Serie "Ärger mit der Versicherung". Sie können die Zahlen mit Quellenangabe "Kranichsteiner Versicherung" verwenden; Zitate bitte vorab zur Freigabe.

1. Wie viele Beschwerden gingen 2025 ein?
1.184, das sind rund 2,9 je 1.000 Verträge. 2024 waren es 1.117.

2. In welchen Bereichen?
Am häufigsten in der Krankenversicherung (412), gefolgt von Kfz (287) und Hausrat/Wohngebäude (163). Die häufigsten Gründe sind Leistungsentscheidungen und Bearbeitungsdauer.

3. Wie oft landen Fälle bei der Schlichtung, und wie gehen sie aus?
2025 wurden 38 Schlichtungsverfahren eröffnet, 29 bei der Versicherungs-Schlichtungsstelle und 9 bei der Ombudsstelle PKV. In 11 Fällen haben die Kundinnen und Kunden ganz oder teilweise recht bekommen.

4. Zu Einzelfällen
Zu einzelnen Beschwerden können wir uns aus Datenschutzgründen nicht äußern, auch nicht, wenn die Betroffenen selbst an die Presse gehen. Wenn Sie einen Fall schildern möchten, bringen Sie bitte eine schriftliche Entbindung der betroffenen Person mit; dann prüfen wir, ob wir Stellung nehmen können.

Zitat (freigegeben): "Jede Beschwerde ist für uns ein kostenloser Hinweis darauf, wo wir besser werden müssen", sagt Henrike Vollrath, Leiterin des Beschwerdemanagements.

Herzliche Grüße
Jasper Quandt
""" + sig("quandt"))
    return m


@mail(56, N, "de", "insurer-to-partner",
      "grey zone, NORMAL: Art. 33 breach notification to the DPA describing a misdirected hospital-allowance letter without naming or identifying the person")
def _():
    m = new(who("oberlaender"), "HBDI Meldungen <meldung-art33@datenschutz-hessen.example>",
            "Meldung einer Verletzung des Schutzes personenbezogener Daten (Art. 33 DS-GVO) - Kranichsteiner Versicherung VVaG",
            "2026-02-10 17:48", cc=who("hartwig"), mailer=OUTLOOK)
    body(m, """
Sehr geehrte Damen und Herren,

hiermit melden wir fristgerecht innerhalb von 72 Stunden nach Kenntnis folgende Verletzung des Schutzes personenbezogener Daten. Das Online-Formular war heute Nachmittag nicht erreichbar, daher erfolgt die Meldung per E-Mail.

Verantwortlicher: Kranichsteiner Versicherung VVaG, Am Steinbrücker Teich 3, 64289 Darmstadt
Datenschutzbeauftragter: Dr. Matthias Oberländer, datenschutz@kranichsteiner.example, 06151 3907-2900

1. Art der Verletzung: Fehlversand eines Briefs (Vertraulichkeit)
2. Zeitpunkt: Versand am 30.01.2026, Kenntnis am 09.02.2026 durch Rücksendung des Empfängers
3. Betroffene Personen: 1 versicherte Person aus der Krankenversicherung
4. Betroffene Datenkategorien: Name, frühere Anschrift, Versicherungsnummer, Abrechnung eines Krankenhaustagegelds (Aufenthaltsdauer, Tagessatz, Betrag). Diagnosen waren nicht enthalten; aus dem Namen des Krankenhauses ist jedoch ein stationärer Aufenthalt erkennbar. Es handelt sich damit um Gesundheitsdaten.
5. Ursache: Die versicherte Person hatte ihre neue Anschrift im Kundenportal hinterlegt; ein Batch-Lauf zur Adressübernahme ist am 28.01. abgebrochen, so dass der Brief an die alte Anschrift ging. Der Nachmieter hat den Brief geöffnet und ungelesen (nach eigener Aussage) zurückgesandt.
6. Wahrscheinliche Folgen: gering bis mittel; der Empfänger kennt die betroffene Person nicht.
7. Maßnahmen: Adresse manuell korrigiert, Batch-Lauf repariert und um eine Abbruchmeldung ergänzt, alle am 28.-30.01. versandten Schreiben (412) auf den gleichen Fehler geprüft: kein weiterer Fall.
8. Benachrichtigung der betroffenen Person nach Art. 34: erfolgt telefonisch am 09.02. und schriftlich am 10.02.2026.

Unser internes Aktenzeichen lautet DSV-2026-004. Für Rückfragen stehe ich Ihnen gern zur Verfügung.

Mit freundlichen Grüßen
Dr. Matthias Oberländer
Datenschutzbeauftragter
""" + sig("oberlaender", short=True))
    return m


@mail(57, S, "de", "insurer-to-partner",
      "follow-up to the DPA naming the affected person of the breach: PKV number, hospital-allowance settlement after hip replacement")
def _():
    m = new(who("oberlaender"), "Frau Kessler-Baum <b.kessler-baum@datenschutz-hessen.example>",
            "AW: Ihre Meldung vom 10.02.2026 - Az. HBDI-26-0142-M / unser Zeichen DSV-2026-004",
            "2026-03-03 11:12", irt=mid("hbdi-0142-rueckfrage", "datenschutz-hessen.example"), mailer=OUTLOOK)
    body(m, """
Sehr geehrte Frau Kessler-Baum,

vielen Dank für Ihre Rückfrage vom 26.02.2026. Wie erbeten teilen wir Ihnen die Angaben zur betroffenen Person mit, die wir in der Erstmeldung bewusst weggelassen hatten:

- Betroffene Person: Frau Margarete Oppermann, geb. 09.06.1949, neue Anschrift Lindenweg 4, 68623 Lampertheim
- Vertrag: Krankenhaustagegeld KR-11-0339860
- Inhalt des fehlgeleiteten Schreibens: Abrechnung von 12 Tagen Krankenhaustagegeld à 60 EUR für den Aufenthalt im St. Marien-Krankenhaus Lampertheim vom 05.01. bis 16.01.2026 (Hüft-TEP rechts laut Einweisung; die Diagnose selbst stand nicht im Schreiben).

Zu Ihrer zweiten Frage: Frau Oppermann wurde am 09.02. telefonisch durch Herrn Jens Pfeuffer und am 10.02. schriftlich benachrichtigt. Sie hat sich für den Anruf bedankt und keine weiteren Schritte angekündigt. Eine Kopie des Benachrichtigungsschreibens fügen wir auf Wunsch gern über Ihr sicheres Kontaktformular bei.

Mit freundlichen Grüßen
Dr. Matthias Oberländer
Datenschutzbeauftragter
""" + sig("oberlaender"))
    return m


@mail(58, C, "de", "insurer-to-partner",
      "statement to the DPA on a named complainant's motor-claim mail sent to the wrong person; plate, claim number, repair costs in the DOCX")
def _():
    m = new(who("oberlaender"), "Frau Kessler-Baum <b.kessler-baum@datenschutz-hessen.example>",
            "Az. HBDI-26-0208-B, Beschwerde Bastian Krollmann - Stellungnahme",
            "2026-04-13 15:30", cc=who("nowacki"), mailer=OUTLOOK)
    body(m, """
Sehr geehrte Frau Kessler-Baum,

in der oben genannten Beschwerdesache übersende ich Ihnen anliegend unsere Stellungnahme. Herr Krollmann erhält eine Kopie.

Mit freundlichen Grüßen
Dr. Matthias Oberländer
""" + sig("oberlaender"))
    att(m, docx([
        ("h", "Stellungnahme zur Beschwerde des Herrn Bastian Krollmann, Az. HBDI-26-0208-B"),
        "Darmstadt, 13.04.2026",
        ("h", "1. Sachverhalt"),
        "Herr Bastian Krollmann, Rüsselsheimer Straße 31, 64521 Groß-Gerau, ist bei uns kfz-versichert (KF-20-3361842). Nach einem Auffahrunfall am 04.03.2026 mit seinem Opel Astra, amtl. Kennzeichen GG-BK 712, ohne Personenschaden, hat unser Sachbearbeiter am 11.03.2026 die Regulierungsmitteilung zum Schaden KF-S-2026-04012 per E-Mail versandt.",
        "Die E-Mail enthielt Name, Anschrift, Kennzeichen, Schadennummer, die Reparaturkosten (3.874,20 EUR) und die Selbstbeteiligung. Sie ging an die Adresse b.krollmann@... eines anderen Kunden mit ähnlichem Namen, weil bei der Auswahl aus dem Adressbuch der falsche Eintrag übernommen wurde.",
        ("h", "2. Bewertung"),
        "Es handelt sich um eine Verletzung der Vertraulichkeit. Besondere Kategorien personenbezogener Daten waren nicht betroffen. Der Fehlempfänger hat uns am 12.03.2026 informiert und die Löschung bestätigt. Wir haben das Risiko für Herrn Krollmann als gering eingestuft und daher keine Meldung nach Art. 33 DS-GVO vorgenommen; der Vorfall ist im Verzeichnis nach Art. 33 Abs. 5 dokumentiert (DSV-2026-009).",
        ("h", "3. Maßnahmen"),
        "Automatische Vervollständigung von Empfängeradressen im Schadensystem abgeschaltet; Regulierungsmitteilungen gehen künftig über das Kundenportal; Sensibilisierung des Teams Kfz-Schaden am 19.03.2026.",
        ("h", "4. Kontakt mit dem Beschwerdeführer"),
        "Wir haben uns bei Herrn Krollmann am 12.03.2026 telefonisch und am 13.03.2026 schriftlich entschuldigt. Er hat die Beschwerde bei Ihnen dennoch aufrechterhalten, was wir respektieren.",
        "Dr. Matthias Oberländer, Datenschutzbeauftragter",
    ], title="Stellungnahme HBDI-26-0208-B", author="Dr. Matthias Oberländer", date="2026-04-13 15:10"),
        "Stellungnahme_HBDI-26-0208-B.docx")
    return m


@mail(59, C, "de", "insurer-to-customer",
      "complaint about an unprocessed cancellation: named customer, household policy, refund, masked IBAN")
def _():
    m = new(who("korkmaz"), "Sabine Trautmann-Okoye <sabine.trautmann@icloud.example>",
            "Ihre Beschwerde: Kündigung Hausrat HR-19-4471102 nicht bearbeitet",
            "2026-01-16 13:49", irt=mid("trautmann-kuendigung", "icloud.example"), mailer=OUTLOOK)
    body(m, """
Sehr geehrte Frau Trautmann-Okoye,

Sie haben uns am 02.10.2025 mitgeteilt, dass Sie mit Ihrem Partner zusammengezogen sind und Ihre Hausratversicherung HR-19-4471102 wegen Doppelversicherung beenden möchten. Ihr Schreiben ist leider in der Posteingangsbearbeitung einem anderen Vorgang zugeordnet worden. Deshalb haben wir Ihnen im Januar noch einmal den Jahresbeitrag berechnet. Das hätte nicht passieren dürfen.

Wir haben den Vertrag jetzt rückwirkend zum 01.11.2025 beendet (Zusammenlegung der Haushalte, Ziffer 12.3 der Bedingungen) und erstatten Ihnen:

  Jahresbeitrag 2026, abgebucht am 02.01.2026     97,15 EUR
  anteiliger Beitrag 01.11.-31.12.2025            21,40 EUR
  Erstattung gesamt                              118,55 EUR

Die Gutschrift erfolgt auf Ihr Konto mit der IBAN DE** **** **** **** **71 42. Die Kündigungsbestätigung erhalten Sie parallel per Post.

Für Ihren Aufwand mit Briefen und Telefonaten schreiben wir Ihnen zusätzlich pauschal 15,00 EUR gut; dieser Betrag kommt mit gesonderter Überweisung.

Mit freundlichen Grüßen
Aylin Korkmaz
Kundenservice
""" + sig("korkmaz"))
    return m


@mail(60, S, "de", "insurer-to-customer",
      "implementation of an ombudsman recommendation: named self-employed customer's daily sickness allowance, rotator cuff rupture, back payment")
def _():
    m = new(who("pfeuffer"), "Marcel Kühn <info@kuehn-fliesen.example>",
            "Empfehlung der Ombudsstelle PKV vom 21.04.2026 - Krankentagegeld KR-17-3002641",
            "2026-04-27 10:55", cc=box("beschwerde", "Beschwerdemanagement"), mailer=OUTLOOK)
    body(m, """
Sehr geehrter Herr Kühn,

die Ombudsstelle PKV hat uns am 21.04.2026 empfohlen, Ihnen das Krankentagegeld für die Zeit vom 13.02. bis 31.03.2026 weiterzuzahlen. Wir folgen dieser Empfehlung.

Zur Erinnerung: Wir hatten die Zahlung zum 12.02.2026 eingestellt, weil unser Gutachter Sie nach der Operation der Rotatorenmanschettenruptur an der rechten Schulter (Naht am 28.10.2025) ab diesem Tag wieder für arbeitsfähig hielt. Ihr Operateur, Dr. Seidl, hat dagegen bescheinigt, dass Sie als Fliesenlegermeister mit Arbeiten über Kopf und Heben schwerer Platten bis Ende März arbeitsunfähig waren. Die Ombudsstelle hat dem behandelnden Arzt mehr Gewicht gegeben, weil unser Gutachter Sie nur einmal, drei Wochen vor dem 12.02., untersucht hatte.

Nachzahlung:
  Zeitraum 13.02.2026 bis 31.03.2026 = 47 Tage
  Krankentagegeld 120,00 EUR je Tag
  Nachzahlung 5.640,00 EUR

Die Überweisung erfolgt heute. Ab dem 01.04.2026 sind Sie nach Ihrer eigenen Mitteilung wieder voll arbeitsfähig; damit ist der Leistungsfall abgeschlossen.

Wir wünschen Ihnen weiterhin gute Genesung.

Mit freundlichen Grüßen
Jens Pfeuffer
""" + sig("pfeuffer"))
    return m


@mail(61, N, "de", "newsletter",
      "trap: dental supplementary insurance product newsletter with tariff/price table by age, no person")
def _():
    m = new("Kranichsteiner Post <post@newsletter.kranichsteiner.example>", "k.hofmann-ried@gmx.example",
            "Neu: KranichZahn 2026 - bis zu 100 % für Implantate und Zahnersatz",
            "2026-04-14 07:00",
            extra=[("List-Unsubscribe", "<https://newsletter.kranichsteiner.example/abmelden?k=2b77e1>"),
                   ("Precedence", "bulk")])
    plain = """
KranichZahn 2026 - die neuen Zahnzusatztarife

Liebe Leserinnen und Leser,

eine Krone kostet schnell 800 Euro, ein Implantat 2.500 Euro oder mehr. Die gesetzliche Krankenkasse zahlt davon nur einen Festzuschuss. Mit den neuen KranichZahn-Tarifen schließen Sie die Lücke.

Was ist neu?
- Implantate ohne Begrenzung der Anzahl (KranichZahn 90 und 100)
- professionelle Zahnreinigung bis 200 Euro im Jahr, auch zweimal
- Kieferorthopädie für Kinder bei KIG 1 und 2
- keine Wartezeit bei Unfällen

Monatsbeitrag je Tarif und Eintrittsalter:
  Alter       KranichZahn 70   KranichZahn 90   KranichZahn 100
  bis 20          8,40 EUR        11,90 EUR        14,60 EUR
  21-30          12,10 EUR        17,30 EUR        21,80 EUR
  31-40          17,50 EUR        24,90 EUR        31,20 EUR
  41-50          23,80 EUR        33,40 EUR        42,70 EUR
  51-60          31,20 EUR        44,10 EUR        55,90 EUR

Die Leistungen in den ersten vier Jahren sind begrenzt (Zahnstaffel). Laufende Behandlungen und bereits fehlende Zähne sind nicht versichert.

Jetzt online abschließen: www.kranichsteiner.example/zahn

Ihr Team der Kranichsteiner Post

Abmelden: https://newsletter.kranichsteiner.example/abmelden
"""
    html = """
<html><body style="margin:0;background:#f4f6f8;font-family:Arial,sans-serif">
<table width="620" align="center" cellpadding="0" cellspacing="0" style="background:#fff">
<tr><td style="background:#2f5d50;color:#fff;padding:20px;font-size:24px">KranichZahn 2026</td></tr>
<tr><td style="padding:20px;font-size:14px;line-height:1.5">
<p>Liebe Leserinnen und Leser,</p>
<p>eine Krone kostet schnell 800 Euro, ein Implantat 2.500 Euro oder mehr. Die gesetzliche Krankenkasse zahlt davon nur einen Festzuschuss. Mit den neuen KranichZahn-Tarifen schließen Sie die Lücke.</p>
<ul><li>Implantate ohne Begrenzung der Anzahl (KranichZahn 90 und 100)</li><li>professionelle Zahnreinigung bis 200 Euro im Jahr</li><li>Kieferorthopädie für Kinder bei KIG 1 und 2</li><li>keine Wartezeit bei Unfällen</li></ul>
<table border="1" cellpadding="5" cellspacing="0" style="border-collapse:collapse;font-size:13px">
<tr style="background:#dfe8e3"><th>Alter</th><th>KranichZahn 70</th><th>KranichZahn 90</th><th>KranichZahn 100</th></tr>
<tr><td>bis 20</td><td>8,40 EUR</td><td>11,90 EUR</td><td>14,60 EUR</td></tr>
<tr><td>21-30</td><td>12,10 EUR</td><td>17,30 EUR</td><td>21,80 EUR</td></tr>
<tr><td>31-40</td><td>17,50 EUR</td><td>24,90 EUR</td><td>31,20 EUR</td></tr>
<tr><td>41-50</td><td>23,80 EUR</td><td>33,40 EUR</td><td>42,70 EUR</td></tr>
<tr><td>51-60</td><td>31,20 EUR</td><td>44,10 EUR</td><td>55,90 EUR</td></tr>
</table>
<p style="font-size:12px;color:#666">Die Leistungen in den ersten vier Jahren sind begrenzt (Zahnstaffel). Laufende Behandlungen und bereits fehlende Zähne sind nicht versichert.</p>
<p><a href="https://www.kranichsteiner.example/zahn" style="background:#2f5d50;color:#fff;padding:8px 14px;text-decoration:none">Jetzt online abschließen</a></p>
</td></tr>
<tr><td style="padding:10px 20px;font-size:11px;color:#888">Kranichsteiner Versicherung VVaG &middot; <a href="https://newsletter.kranichsteiner.example/abmelden">Abmelden</a></td></tr>
</table></body></html>
"""
    html_alt(m, plain, html)
    return m


@mail(62, C, "de", "insurer-to-customer",
      "no-claims class transfer from father to son: both named, birth date, motor policy, plate, SF class")
def _():
    m = new(who("obermaier"), "Levent Arslan <levent.arslan@outlook.example>",
            "Übertragung Schadenfreiheitsrabatt - KF-26-1190455",
            "2026-03-02 11:26", mailer=OUTLOOK)
    body(m, """
Hallo Herr Arslan,

die Erklärung zur Übertragung des Schadenfreiheitsrabatts, die Sie und Ihr Vater, Herr Hasan Arslan, unterschrieben haben, liegt uns jetzt vollständig vor. Auch die Bestätigung des Vorversicherers Rhön-Assekuranz über den Schadenverlauf ist da.

Damit gilt für Ihren Vertrag KF-26-1190455 (Seat Leon, RÜD-LA 307) ab dem 01.03.2026:

  übernommene Schadenfreiheitsklasse:   SF 18 (vom Vertrag Ihres Vaters)
  anrechenbar für Sie nach Führerscheindauer (seit 11.05.2016): SF 9
  neue Einstufung Haftpflicht:          SF 9 (38 %)
  neue Einstufung Vollkasko:            SF 9 (41 %)

Eine Übertragung ist nur in dem Umfang möglich, in dem Sie selbst schon einen Führerschein haben. Die restlichen Jahre verfallen; Ihr Vater wird bei der Rhön-Assekuranz in SF 0 bzw. SF 1/2 eingestuft, falls er weiter ein Auto versichert.

Da Sie am 02.08.1997 geboren sind, entfällt außerdem der Zuschlag für Fahrer unter 25. Der neue Jahresbeitrag beträgt 684,20 EUR statt 1.312,90 EUR. Die Differenz für März bis Dezember wird mit der nächsten Abbuchung verrechnet.

Viele Grüße
Nadine Obermaier
""" + sig("obermaier"))
    return m


@mail(63, S, "de", "insurer-to-customer",
      "PKV claim settlement for a named customer: dermatologist, lab, isotretinoin, diagnosis L70.0 in the PDF; policy number in body")
def _():
    m = new(box("leistung-kranken", "Kranichsteiner Leistung Kranken"), "Dr. Annika Strobel <annika.strobel@posteo.example>",
            "Ihre Leistungsabrechnung Nr. 2026-118433 zu KR-21-5820377",
            "2026-02-24 06:12", mailer="Kranichsteiner Leistungssystem LEIKA 9.1 (Versand)")
    body(m, """
Sehr geehrte Frau Dr. Strobel,

wie von Ihnen im Kundenportal gewünscht, erhalten Sie Ihre Leistungsabrechnung Nr. 2026-118433 zu Ihrem Vertrag KR-21-5820377 per E-Mail. Die Abrechnung finden Sie im Anhang.

Der Erstattungsbetrag von 641,86 EUR wird innerhalb von zwei Bankarbeitstagen auf Ihr Konto überwiesen.

Ihre Kranichsteiner Leistungsabteilung

Diese E-Mail wurde automatisch erstellt.
""" + "\n" + FOOT_DE)
    att(m, pdf("""
# Leistungsabrechnung Nr. 2026-118433
Kranichsteiner Versicherung VVaG, Leistung Krankenversicherung              Darmstadt, 23.02.2026

Versicherte Person: Dr. Annika Strobel, geb. 15.11.1991
Vertrag: KR-21-5820377, Tarif KranichVital Komfort, Selbstbehalt 300 EUR (2026 verbraucht: 300,00 EUR)

# Eingereichte Belege
Nr  Rechnungssteller                       Datum       Diagnose / Leistung                       Betrag     erstattet
1   Dr. med. Paulina Wirth, Hautärztin     14.01.2026  L70.0 Acne vulgaris; GOÄ 1, 5, 612, 750  182,44     182,44
2   Labor Südhessen MVZ                    16.01.2026  Leberwerte, Blutfette, beta-HCG          96,18      96,18
3   Engel-Apotheke Darmstadt               19.01.2026  Isotretinoin 20 mg, 100 Kps.             287,52     287,52
4   Dr. med. Paulina Wirth, Hautärztin     11.02.2026  Verlaufskontrolle, GOÄ 1, 5              48,26      48,26
5   Engel-Apotheke Darmstadt               12.02.2026  Isotretinoin 20 mg, 100 Kps.             287,52     287,52
6   Kosmetikstudio Belle Peau              20.01.2026  Gesichtsbehandlung                       60,00       0,00

Summe eingereicht: 961,92 EUR
abzüglich nicht erstattungsfähig (Beleg 6: keine Heilbehandlung): 60,00 EUR
abzüglich Selbstbehalt 2026 (Rest): 260,06 EUR
Erstattungsbetrag: 641,86 EUR

Hinweis zu Beleg 6: Kosmetische Behandlungen sind nach § 1 MB/KK keine medizinisch notwendige Heilbehandlung.
Hinweis Beitragsrückerstattung: Durch die Leistungen 2026 entfällt der Anspruch auf Beitragsrückerstattung für 2026.
""", title="Leistungsabrechnung 2026-118433", date="2026-02-23 22:40",
        producer="LEIKA Druckausgabe 9.1"), "Leistungsabrechnung_2026-118433.pdf")
    return m


@mail(64, N, "en", "internal",
      "trap: actuarial assumptions (mortality, morbidity, lapse) for the embedded value, portfolio aggregates in XLSX")
def _():
    m = new(who("falkenrath"),
            "Matthias Keil <matthias.keil@kranichsteiner.example>, Clara Weyand <clara.weyand@kranichsteiner.example>",
            "EV 2025 - proposed best-estimate assumptions (life, BU, health)",
            "2026-02-12 19:40", cc="Aktuariat <aktuariat@kranichsteiner.example>", mailer=OUTLOOK)
    body(m, """
Matthias, Clara,

attached are the proposed best-estimate assumptions for the embedded value at year-end 2025. As agreed with the auditors, the working papers are in English this year.

Headlines:
- Mortality (term life): our experience is at 71 % of DAV 2008 T for non-smokers, 84 % for smokers. I propose to move from 75 % to 72 % / 85 %.
- Disability incidence (BU): stable overall, but mental disorders continue to drive new claims in the 40-49 band. Proposed 92 % of DAV 1997 I, unchanged.
- Health (PKV): claims inflation 5.1 % for 2025, proposal 4.5 % long-term, with a 6.0 % sensitivity.
- Lapse: slight increase in year 1-3 for term life after the premium comparison portals changed their ranking in 2025.

All figures are portfolio aggregates; no policy-level data in the file. Reviewer sign-off is planned for 20 February.

Ingo
""" + sig("falkenrath", "en", short=True))
    rows1 = [["Assumption", "Segment", "Basis", "YE 2024", "YE 2025 proposed", "Experience 2021-2025"],
             ["Mortality", "Term life, non-smoker", "% of DAV 2008 T", 0.75, 0.72, 0.71],
             ["Mortality", "Term life, smoker", "% of DAV 2008 T", 0.86, 0.85, 0.84],
             ["Mortality", "Annuities", "% of DAV 2004 R", 1.0, 0.98, 0.97],
             ["Disability incidence", "BU all", "% of DAV 1997 I", 0.92, 0.92, 0.915],
             ["Disability termination", "BU all", "% of DAV 1997 TI", 1.05, 1.07, 1.08],
             ["Claims inflation", "PKV comprehensive", "p.a.", 0.04, 0.045, 0.051],
             ["Claims inflation", "Dental supplementary", "p.a.", 0.035, 0.035, 0.033]]
    rows2 = [["Policy year", "Term life 2024", "Term life 2025 proposed", "Endowment", "BU"],
             [1, 0.082, 0.089, 0.041, 0.058], [2, 0.071, 0.076, 0.038, 0.052], [3, 0.061, 0.064, 0.034, 0.047],
             [4, 0.052, 0.052, 0.031, 0.041], [5, 0.047, 0.047, 0.029, 0.036], ["6+", 0.038, 0.038, 0.024, 0.03]]
    att(m, xlsx([("Best estimate", rows1), ("Lapse", rows2)], title="EV 2025 assumptions",
                 author="Dr. Ingo Falkenrath", date="2026-02-12 19:20"), "EV2025_assumptions_v2.xlsx")
    return m


@mail(65, C, "en", "insurer-to-customer",
      "buildings premium invoice with SEPA direct debit: named customer, insured address, policy number, IBAN")
def _():
    acct = iban("DE", "500400000612807715")
    m = new(box("inkasso", "Kranichsteiner Premium Collection"), "Oliver Grant <oliver.grant@btinternet.example>",
            "Premium notice 2026 - buildings insurance WG-19-2267041",
            "2026-03-18 05:30", mailer=CRM)
    body(m, """
Dear Mr Grant,

as requested, here is your premium notice in English. The German original has been sent to you by post.

Policy: buildings insurance WG-19-2267041
Insured property: detached house, Tannenwaldweg 17, 61350 Bad Homburg v. d. Höhe
Cover: fire, storm/hail, burst pipes, natural hazards (Elementar), sum insured "Wert 1914" 31,400 Marks, index 25.02

Period 1 April 2026 to 31 March 2027
  Net premium                       EUR   683.47
  Insurance tax (19 % / 22 % fire)  EUR   136.71
  Total                             EUR   820.18

The amount will be collected by SEPA direct debit on or after 1 April 2026 from your account
  IBAN {IBAN}
  Account holder: Oliver and Hannah Grant
  Mandate reference WG192267041-02, creditor ID DE35KVA00000231557

If you would like to change the payment to monthly instalments (no surcharge for direct debit), just reply to this e-mail.

Kind regards,
Kranichsteiner Premium Collection

""".replace("{IBAN}", acct) + FOOT_EN)
    return m


@mail(66, S, "en", "insurer-to-customer",
      "dental treatment plan approval for a named expat: root canal, crowns, teeth 16 and 26, costs and reimbursement")
def _():
    m = new(who("lombardi"), "Mei Lin Chen <meilin.chen@hotmail.example>",
            "Your dental treatment plan - approval (policy KR-24-9102588)",
            "2026-04-08 14:41", mailer=OUTLOOK)
    body(m, """
Dear Ms Chen,

we have reviewed the treatment plan (Heil- und Kostenplan) of your dentist, Dr. Sven Olbrich, dated 30 March 2026, and are pleased to confirm the following under your tariff KranichZahn 90 (policy KR-24-9102588):

  Tooth  Treatment                                         Estimated EUR   We reimburse
  16     Root canal treatment, 3 canals, with microscope         812.40        731.16 (90 %)
  16     Full ceramic crown after root canal                    1,146.80      1,032.12 (90 %)
  26     Replacement of old metal-ceramic crown (fracture)     1,098.50        988.65 (90 %)
         Lab costs (estimate)                                     620.00        558.00 (90 %)
         Total                                                  3,677.70      3,309.93

Please note:
- The amounts are based on the estimate; we will reimburse on the basis of the final invoice, up to the approved amounts plus 10 %.
- As your policy started on 1 May 2024, you are in the third policy year. The limit for dental prosthetics in years 1-3 is EUR 4,000 in total; you have used EUR 410 so far, so the approved amount fits within the limit.
- Please send us the invoice and the lab invoice together after the treatment.

If you have any questions, please call me.

Kind regards,
Chiara Lombardi
""" + sig("lombardi", "en"))
    return m


@mail(67, N, "de", "internal",
      "trap: flu vaccination offer for staff by the company doctor with calendar file; no individual health data")
def _():
    m = new(who("bruegmann"), "Alle Mitarbeitenden <alle@kranichsteiner.example>",
            "Grippeschutzimpfung 2026 im Haus - bitte Termin buchen",
            "2026-09-28 09:00", mailer=OUTLOOK)
    body(m, """
Liebe Kolleginnen und Kollegen,

auch in diesem Jahr bietet unsere Betriebsärztin Dr. med. Sabine Ortwein in Zusammenarbeit mit dem Arbeitsmedizinischen Dienst Südhessen die Grippeschutzimpfung im Haus an. Die Impfung ist freiwillig und für Sie kostenlos.

Termine:
- Dienstag, 13. Oktober, 9-12 Uhr, Gesundheitsraum EG (Raum 0.14)
- Donnerstag, 15. Oktober, 13-16 Uhr, Gesundheitsraum EG
- Mittwoch, 21. Oktober, 9-12 Uhr, Geschäftsstelle Bensheim

Bitte buchen Sie einen 10-Minuten-Slot über das Buchungstool im Intranet (Personal > Gesundheit). Bringen Sie, wenn vorhanden, Ihren Impfpass mit. Ob Sie geimpft wurden, erfährt die Personalabteilung nicht; wir erhalten von der Betriebsärztin nur die Gesamtzahl für die Abrechnung.

Eine Kalendereinladung für den ersten Termin hängt an, damit Sie ihn sich vormerken können.

Bleiben Sie gesund!
Annette Brügmann
Personal
""" + sig("bruegmann", short=True))
    att(m, ics("grippe-20261013@kranichsteiner.example", "2026-10-13 09:00", "2026-10-13 12:00",
               "Grippeschutzimpfung im Haus (Buchung über Intranet)", location="Gesundheitsraum EG, Raum 0.14",
               description="Freiwillige Grippeschutzimpfung durch die Betriebsärztin. Bitte Slot im Intranet buchen.",
               organizer=("Annette Brügmann", "annette.bruegmann@kranichsteiner.example"),
               stamp="2026-09-28 08:55", method="PUBLISH"), "Grippeschutzimpfung_2026.ics")
    return m


@mail(68, N, "en", "internal",
      "trap: IT ticket about the mailroom scanner for incoming health claims; backlog numbers, no document content")
def _():
    m = new(who("kuhlmann"), "Posteingang <team-posteingang@kranichsteiner.example>",
            "[INC-2026-05120] High-volume scanner mailroom - jams and backlog",
            "2026-03-09 08:03", cc=who("pfeuffer") + ", " + who("oyelaran"), mailer="Kranichsteiner ServiceDesk (TicketFlow 11.2)")
    body(m, """
Hello mailroom team,

we have taken over your call from this morning as INC-2026-05120 (P2).

What we know:
- Scanner SC-02 (the large one used for incoming doctors' and hospital invoices) jams every 20-30 sheets since the weekend. Error E-417 "separation roller worn".
- Backlog reported by you: approx. 3,400 pages, mostly health claims, plus two trays of motor claims.
- SC-01 is working but too slow for the volume (about 40 pages per minute instead of 120).

What we are doing:
1. Service technician of the vendor is booked for today, 13:00. Replacement rollers are on his van according to the hotline.
2. Until then, please prioritise envelopes marked "Krankenhaus" and "Eilt" on SC-01. The claims team (Jens in copy) agreed that invoices can wait one day.
3. Do not use the office copiers for claims documents; they store scans on the internal disk.

We will update this ticket at 15:00.

Regards,
Sven Kuhlmann
IT Service Desk, ext. 8800
""")
    return m


@mail(69, C, "de", "insurer-to-broker",
      "confirmation to a broker that a named client holds an active private liability policy (policy number, cover, household members)")
def _():
    m = new(who("tiedemann"), "Derya Kaya <d.kaya@kaya-partner-makler.example>",
            "AW: Bestätigung Privathaftpflicht Herr Benedikt Sommer",
            "2026-01-13 14:02", irt=mid("kaya-sommer", "kaya-partner-makler.example"), mailer=OUTLOOK)
    body(m, """
Hallo Frau Kaya,

gern bestätige ich Ihnen für Ihren Kunden:

Herr Benedikt Sommer, Kiesstraße 54, 64283 Darmstadt, ist bei uns privathaftpflichtversichert.
- Vertrag PH-22-7730018, Tarif Privathaftpflicht Komfort (Familie)
- Beginn 01.07.2022, ungekündigt, Beitrag bezahlt bis 30.06.2026
- Deckungssumme 15 Mio. EUR pauschal für Personen- und Sachschäden
- Mietsachschäden an Wohnräumen bis 1 Mio. EUR mitversichert
- mitversichert: Ehefrau Carina Sommer, Sohn Finn

Eine formale Versicherungsbestätigung als PDF für den Vermieter habe ich Ihnen ins Maklerpostfach gestellt.

Viele Grüße
Yvonne Tiedemann
""" + sig("tiedemann"))
    return m


@mail(70, S, "de", "insurer-to-hospital",
      "cost coverage declaration for a named patient's planned disc surgery (M51.2, OPS), elective services, birth date")
def _():
    m = new(box("klinikabrechnung", "Kranichsteiner Klinikabrechnung"), "Patientenaufnahme Klinik am Oberfeld <aufnahme@klinik-oberfeld.example>",
            "Kostenübernahmeerklärung - Horst Vogt, geb. 12.04.1961, Aufnahme 09.02.2026",
            "2026-02-03 11:17", mailer=OUTLOOK)
    body(m, """
Sehr geehrte Damen und Herren,

für unseren Versicherten

  Horst Vogt, geb. 12.04.1961
  Schloßgartenstraße 19, 64372 Ober-Ramstadt
  Versicherungsnummer KR-98-0071654, Tarif KranichVital Top 100 (Ein-/Zweibettzimmer, privatärztliche Behandlung)

übernehmen wir im Rahmen der Direktabrechnung die Kosten der stationären Behandlung ab 09.02.2026 wie folgt:

- Diagnose laut Einweisung: Bandscheibenverlagerung lumbal L4/5 mit Radikulopathie (M51.2)
- geplanter Eingriff: mikrochirurgische Sekundärdekompression, OPS 5-831.2
- allgemeine Krankenhausleistungen nach DRG (voraussichtlich I09), zunächst für 6 Tage
- Wahlleistung Unterkunft: Zweibettzimmer
- Wahlleistung ärztliche Behandlung: Chefarzt Dr. Mertens, Abrechnung nach GOÄ bis zum 2,3-fachen bzw. 1,8-fachen Satz (technische Leistungen)

Nicht übernommen werden Telefon-, Fernseh- und Begleitpersonenkosten. Eine Verlängerung über den 15.02.2026 hinaus bitten wir mit kurzer medizinischer Begründung zu beantragen.

Die Rechnungen senden Sie bitte über das DTA-Verfahren oder per Post an die unten genannte Anschrift.

Mit freundlichen Grüßen
i. A. Jens Pfeuffer
Leistung Krankenversicherung / Klinikabrechnung
Telefon 06151 3907-3141

""" + FOOT_DE)
    return m


@mail(71, N, "mixed", "insurer-to-customer",
      "bilingual German/English portal notification of a new secure message, no content")
def _():
    m = new("Kranichsteiner SecureMail <noreply@portal.kranichsteiner.example>", "h.tanaka@nifty-mail.example",
            "Neue Nachricht in Ihrem Postfach / New message in your mailbox",
            "2026-04-20 15:31", mailer=PORTAL)
    plain = """
Guten Tag,

in Ihrem Postfach im Kranichsteiner Kundenportal liegt eine neue Nachricht für Sie bereit.

Bitte melden Sie sich unter https://portal.kranichsteiner.example an, um die Nachricht zu lesen. Aus Sicherheitsgründen senden wir den Inhalt nicht per E-Mail.

-----

Hello,

a new message is waiting for you in your Kranichsteiner customer portal mailbox.

Please log in at https://portal.kranichsteiner.example to read it. For security reasons we do not send the content by e-mail.

Kranichsteiner Versicherung VVaG
Diese E-Mail wurde automatisch erstellt. / This is an automated e-mail.
"""
    html = """
<html><body style="font-family:Arial,sans-serif;font-size:14px;color:#222">
<table width="560" cellpadding="16" style="border:1px solid #c9d3cc">
<tr><td style="background:#2f5d50;color:#fff;font-size:18px">Kranichsteiner Kundenportal</td></tr>
<tr><td>
<p>Guten Tag,</p>
<p>in Ihrem Postfach im Kranichsteiner Kundenportal liegt eine neue Nachricht für Sie bereit. Bitte melden Sie sich an, um die Nachricht zu lesen. Aus Sicherheitsgründen senden wir den Inhalt nicht per E-Mail.</p>
<hr>
<p>Hello,</p>
<p>a new message is waiting for you in your Kranichsteiner customer portal mailbox. Please log in to read it. For security reasons we do not send the content by e-mail.</p>
<p><a href="https://portal.kranichsteiner.example" style="background:#2f5d50;color:#fff;padding:8px 14px;text-decoration:none">Zum Portal / Go to portal</a></p>
</td></tr></table>
</body></html>
"""
    html_alt(m, plain, html)
    return m


@mail(72, N, "en", "insurer-to-broker",
      "trap: broker product update on a new disability tariff (features, underwriting rules), no client")
def _():
    m = new(who("tiedemann"), "Broker partners (international) <broker-news-en@kranichsteiner.example>",
            "KranichBU Flex 2026 - what changes for your clients from 1 July",
            "2026-05-19 10:00", mailer=OUTLOOK,
            extra=[("Precedence", "bulk")])
    body(m, """
Dear broker partners,

for those of you who advise English-speaking clients, here is the summary of our new disability tariff KranichBU Flex 2026, available from 1 July.

What's new
- No "abstract referral": we will not refer a client to another occupation they could theoretically do.
- Sick-leave clause: benefits for up to 24 months if the client is on certified sick leave for at least 6 months, without a full disability assessment.
- Increase options without new health questions on marriage, birth of a child, salary increase of 10 % or more, and for the first time on taking up a management position.
- Simplified health questions: 5-year look-back for outpatient treatment (instead of 10), psychotherapy question limited to the last 5 years.

Underwriting
- Applications up to EUR 1,500 monthly benefit and age 40: no medical examination.
- Quick pre-check ("Risikovoranfrage") through the broker portal, answer within 48 hours, anonymous if you wish.

Training
We offer a 45-minute online session in English on 11 June, 16:00 CET. Registration via the broker portal under "Events".

Best regards,
Yvonne Tiedemann
Broker Relations
""" + sig("tiedemann", "en", short=True))
    return m


@mail(73, C, "de", "insurer-to-company",
      "fleet renewal for a company: named managing director, vehicles and drivers with birth dates in the XLSX")
def _():
    m = new(who("wassermann"), "Uwe Lindner <u.lindner@lindner-haustechnik.example>",
            "Flottenvertrag KF-F-18-0031 - Verlängerung 2026/27 und Fahrerliste",
            "2026-05-06 16:48", mailer=OUTLOOK)
    body(m, """
Sehr geehrter Herr Lindner,

wie besprochen erhalten Sie anbei die aktualisierte Fahrzeug- und Fahrerliste für Ihren Flottenvertrag KF-F-18-0031 zur Verlängerung ab 01.07.2026.

Eckdaten des Angebots:
- 14 Fahrzeuge (11 Transporter, 3 Pkw), Haftpflicht und Vollkasko mit 1.000 EUR Selbstbeteiligung
- Schadenquote der letzten drei Jahre: 54 %, daher Beitrag unverändert bei 21.860 EUR netto
- Fahrerkreis: benannte Fahrer laut Liste; für Fahrer unter 23 Jahren gilt eine Selbstbeteiligung von 2.500 EUR

Bitte prüfen Sie die Liste. Zwei Fahrer sind neu (Zeile 12 und 13), dafür haben wir noch keine Führerscheinkopie. Der Auszubildende in Zeile 14 ist noch nicht als Fahrer freigegeben.

Mit freundlichen Grüßen
Frederik Wassermann
Firmenkunden
""" + sig("wassermann"))
    rows = [["Nr", "Kennzeichen", "Fahrzeug", "Erstzulassung", "Fahrer", "geb.", "Führerschein seit"],
            [1, "DA-LH 101", "VW Crafter Kasten", "03/2022", "Uwe Lindner", "17.02.1968", "1986"],
            [2, "DA-LH 102", "VW Crafter Kasten", "03/2022", "Matthias Brehm", "08.09.1979", "1997"],
            [3, "DA-LH 103", "Ford Transit Custom", "11/2021", "Ali Yilmaz", "22.01.1985", "2003"],
            [4, "DA-LH 104", "Ford Transit Custom", "11/2021", "Stefan Kohlmeier", "30.06.1990", "2008"],
            [5, "DA-LH 105", "Mercedes Sprinter", "06/2023", "Dariusz Wojcik", "14.12.1976", "1995"],
            [6, "DA-LH 106", "Mercedes Sprinter", "06/2023", "Tim Reichert", "02.03.1998", "2016"],
            [7, "DA-LH 107", "Renault Trafic", "02/2020", "Jürgen Pappert", "19.10.1964", "1982"],
            [8, "DA-LH 108", "Renault Trafic", "02/2020", "Kevin Schmitt", "11.04.2001", "2019"],
            [9, "DA-LH 109", "VW Caddy", "09/2024", "Nadine Lindner", "25.05.1971", "1989"],
            [10, "DA-LH 110", "VW Caddy", "09/2024", "Erik Hahn", "07.07.1994", "2012"],
            [11, "DA-LH 111", "VW ID.Buzz Cargo", "01/2025", "Marco Feth", "28.11.1987", "2005"],
            [12, "DA-LH 201", "Skoda Octavia Combi", "04/2023", "Julian Kraus (neu)", "13.08.2003", "2021"],
            [13, "DA-LH 202", "Skoda Octavia Combi", "04/2023", "Sandra Ewald (neu)", "04.02.1983", "2001"],
            [14, "DA-LH 203", "BMW 520d Touring", "10/2024", "Leon Lindner (Azubi)", "21.09.2006", "2024"]]
    att(m, xlsx([("Fahrzeuge und Fahrer", rows)], title="Fahrerliste KF-F-18-0031",
                 author="Frederik Wassermann", date="2026-05-06 16:30"), "Fahrerliste_KF-F-18-0031_2026.xlsx")
    return m


@mail(74, S, "de", "internal",
      "underwriting of a named BU applicant: BMI, hypertension on ramipril, tinnitus, decision with exclusion")
def _():
    m = new(who("yildiz"), who("albrecht"),
            "Risikoprüfung BU-Antrag Philipp Morawietz (A-BU-2026-01402) - bitte kurz drüberschauen",
            "2026-03-26 13:04", mailer=OUTLOOK)
    body(m, """
Hallo Ruth,

kannst du dir bitte bis morgen den Antrag von Herrn Philipp Morawietz ansehen? Softwareentwickler, geb. 05.10.1991, beantragt 2.200 EUR BU-Rente bis 67.

Angaben aus dem Antrag und dem Hausarztbericht:
- 1,82 m, 104 kg (BMI 31,4)
- arterielle Hypertonie seit 2023, eingestellt mit Ramipril 5 mg, letzte Werte 132/84
- Tinnitus rechts nach Hörsturz 2021, keine Hörminderung mehr, keine AU seitdem
- Vater mit Herzinfarkt mit 58
- Psyche: nichts, Rücken: 2019 einmal Physiotherapie wegen Verspannungen (6 x KG)

Mein Vorschlag:
- Annahme mit 25 % Risikozuschlag wegen BMI und Hypertonie
- Ausschluss Erkrankungen des Innenohrs / Tinnitus
- Physio 2019 ohne Folgen, nicht relevant

Passt das aus deiner Sicht? Insbesondere frage ich mich, ob der Zuschlag bei gut eingestelltem Blutdruck nicht auch 15 % sein kann - der Makler drängt ein wenig.

Danke dir
Emre
""" + sig("yildiz", short=True))
    return m


@mail(75, N, "de", "internal",
      "trap: internal job advert for a medical adviser in health claims; medical vocabulary, no person")
def _():
    m = new(who("bruegmann"), "Alle Mitarbeitenden <alle@kranichsteiner.example>",
            "Interne Stellenausschreibung: Beratungsärztin / Beratungsarzt (m/w/d) Leistung Kranken",
            "2026-01-23 12:00", mailer=OUTLOOK)
    body(m, """
Liebe Kolleginnen und Kollegen,

wir suchen zum nächstmöglichen Zeitpunkt eine Beratungsärztin oder einen Beratungsarzt (m/w/d) in Teilzeit (20-30 Stunden) für die Leistungsabteilung Krankenversicherung. Die Stelle wird auch extern ausgeschrieben; Hinweise auf geeignete Personen aus Ihrem Umfeld nehmen wir gern entgegen.

Ihre Aufgaben
- medizinische Beurteilung von Leistungsanträgen, insbesondere Krankenhausbehandlung, Psychotherapie, Hilfsmittel und Arzneimittel außerhalb der Zulassung
- Stellungnahmen in Beschwerde- und Schlichtungsverfahren
- Schulung der Leistungsprüferinnen und -prüfer zu medizinischen Grundlagen, ICD- und OPS-Kodierung, GOÄ
- Mitarbeit bei Gesundheitsprogrammen (z. B. Rückenprogramm, Diabetes-Coaching)

Ihr Profil
- Approbation und Facharztanerkennung, idealerweise Innere Medizin, Allgemeinmedizin oder Orthopädie
- mindestens fünf Jahre klinische Erfahrung
- Freude an klaren, verständlichen Texten

Wir bieten eine Stelle ohne Nacht- und Wochenenddienste, mobiles Arbeiten an zwei Tagen pro Woche und eine Vergütung außertariflich.

Ansprechpartnerin für Rückfragen: Dr. med. Ruth Albrecht-Nolte (Durchwahl 3120).

Viele Grüße
Annette Brügmann
""" + sig("bruegmann", short=True))
    return m


@mail(76, N, "en", "internal",
      "minutes of the claims portal relaunch project: milestones and open issues, no customer data")
def _():
    m = new(who("oyelaran"),
            "Portal Relaunch Core Team <portal-relaunch@kranichsteiner.example>",
            "Minutes - Claims portal relaunch, steering meeting #7 (4 May)",
            "2026-05-05 09:12", mailer=OUTLOOK)
    body(m, """
Hi all,

minutes from yesterday's steering meeting. Shout if I missed something.

Status
- Sprint 14 closed, 31 of 34 story points delivered. Upload of photos for motor claims is live on staging.
- Accessibility audit (BITV) passed with 6 minor findings, all scheduled for sprint 15.
- Load test with 2,000 concurrent users OK; the document preview service is the bottleneck at 95th percentile 2.8 s.

Decisions
1. Health invoice upload will go live with the second release (September), not in July. Reason: virus scanning and OCR for multi-page PDFs not stable yet.
2. Notification mails stay content-free ("you have a new message"), in line with the data protection concept.
3. The old portal will be switched off on 30 November; customers get two reminder mails in October.

Open issues
- ISSUE-88: session timeout too short for older users filling in long forms (owner: UX, due 15 May)
- ISSUE-91: brokers cannot yet see claims of their clients in the new portal; needs portfolio rights from the broker module (owner: Marcus)
- ISSUE-93: English translation of the claim forms is still partly machine translated (owner: International Client Service)

Next steering meeting: 1 June, 10:00.

Marcus
""" + sig("oyelaran", "en", short=True))
    return m


@mail(77, C, "de", "internal",
      "HR letter to a named employee about promotion and new monthly salary, in the DOCX and the body")
def _():
    m = new(who("bruegmann"), "Selin Öztürk <selin.oeztuerk@kranichsteiner.example>",
            "Ihre Höhergruppierung zum 01.04.2026",
            "2026-03-20 14:15", cc=who("obermaier"), mailer=OUTLOOK)
    body(m, """
Liebe Frau Öztürk,

herzlichen Glückwunsch! Wie Frau Obermaier Ihnen schon persönlich gesagt hat, übernehmen Sie ab dem 1. April die Aufgaben einer Spezialistin Kfz-Vertrag (Flotten- und Sonderrisiken).

Damit verbunden ist eine Höhergruppierung von Tarifgruppe 6 in Tarifgruppe 7 (Berufsjahr 6). Ihr neues monatliches Bruttogehalt beträgt 4.318,00 EUR (bisher 3.874,00 EUR) zuzüglich der tariflichen Sonderzahlungen. Die Änderungsvereinbarung hängt an; bitte unterschreiben Sie sie und geben Sie ein Exemplar bis zum 27.03. in der Personalabteilung ab.

Viele Grüße
Annette Brügmann
""" + sig("bruegmann", short=True))
    att(m, docx([
        ("h", "Änderungsvereinbarung zum Arbeitsvertrag"),
        "zwischen der Kranichsteiner Versicherung VVaG, Am Steinbrücker Teich 3, 64289 Darmstadt\nund\nFrau Selin Öztürk, geb. 18.12.1993, Personalnummer 40871, Alicenstraße 12, 64293 Darmstadt",
        "1. Frau Öztürk übernimmt mit Wirkung zum 01.04.2026 die Tätigkeit einer Spezialistin Kfz-Vertrag (Flotten- und Sonderrisiken) in der Abteilung Kfz-Vertrag.",
        "2. Die Vergütung richtet sich ab diesem Zeitpunkt nach Tarifgruppe 7, Berufsjahr 6 des Tarifvertrags für das private Versicherungsgewerbe. Das monatliche Bruttogehalt beträgt 4.318,00 EUR.",
        ("table", [["", "bisher", "ab 01.04.2026"],
                   ["Tarifgruppe / Berufsjahr", "TG 6 / BJ 6", "TG 7 / BJ 6"],
                   ["Monatsgehalt brutto", "3.874,00 EUR", "4.318,00 EUR"],
                   ["vermögenswirksame Leistungen", "40,00 EUR", "40,00 EUR"]]),
        "3. Alle übrigen Bestimmungen des Arbeitsvertrags vom 01.09.2020 bleiben unverändert.",
        "Darmstadt, 20.03.2026\n\n____________________________          ____________________________\nKranichsteiner Versicherung VVaG          Selin Öztürk",
    ], title="Änderungsvereinbarung Öztürk", author="Annette Brügmann", date="2026-03-20 14:00"),
        "Aenderungsvereinbarung_Oeztuerk_2026-04.docx")
    return m


@mail(78, S, "en", "insurer-to-customer",
      "daily sickness allowance: request for a follow-up sick note from a named customer with exhaustion syndrome, payments so far")
def _():
    m = new(who("pfeuffer"), "Thomas Kerrigan <tom.kerrigan@gmail.example>",
            "Daily sickness allowance KR-20-6617302 - follow-up certificate needed",
            "2026-05-12 09:30", mailer=OUTLOOK)
    body(m, """
Dear Mr Kerrigan,

I am writing in English as you requested on the phone.

We have paid your daily sickness allowance of EUR 180 per day since 18 March 2026, i.e. from the 15th day of your incapacity for work, based on the certificates of Dr. Anja Petersen (diagnosis: exhaustion syndrome with sleep disorder). The last certificate we have covers the period until 10 May 2026.

To continue the payments, we need:
1. a follow-up certificate of incapacity for work from 11 May 2026, and
2. as your incapacity has now lasted more than eight weeks, a short report from your doctor on the treatment so far (e.g. psychotherapy, medication) and the expected duration. We will reimburse the fee of the report up to EUR 40.

Please send the documents by post or upload them in the customer portal under "Submit documents" - not by ordinary e-mail, as they contain health data.

Payments so far:
  18 March - 10 May 2026: 54 days x EUR 180.00 = EUR 9,720.00

I wish you a good recovery.

Kind regards,
Jens Pfeuffer
""" + sig("pfeuffer", "en"))
    return m


@mail(79, N, "de", "insurer-to-partner",
      "questionnaire of the insurers' association on cyber incidents in members' own IT, aggregated counts")
def _():
    m = new(who("oyelaran"), "Arbeitskreis IT-Sicherheit VMV <ak-itsec@vmv-verband.example>",
            "Umfrage IT-Sicherheitsvorfälle 2025 - Rückmeldung Kranichsteiner (Mitglied 118)",
            "2026-02-02 17:35", cc=who("hartwig"), mailer=OUTLOOK)
    body(m, """
Sehr geehrte Frau Dr. Weißenborn,

anbei unsere Antworten auf die jährliche Umfrage des Arbeitskreises. Die Freitextfelder sind bewusst knapp gehalten; Details gern im nächsten Treffen.

1. Anzahl gemeldeter Phishing-Mails durch Mitarbeitende: 2.914 (2024: 2.301)
2. Anteil Klicks bei internen Phishing-Simulationen: 4,1 % (2024: 6,8 %)
3. Erfolgreiche Kompromittierungen von Benutzerkonten: 2, beide ohne Datenabfluss, Passwort-Reset innerhalb von 40 Minuten
4. Ransomware-Vorfälle: 0
5. DDoS auf das Kundenportal: 3, maximale Dauer 22 Minuten
6. Meldungen an das BSI / die Aufsicht nach DORA: 0 schwerwiegende IKT-Vorfälle
7. Fehlversand von E-Mails mit personenbezogenen Daten: 7 (intern dokumentiert, 1 Meldung an die Datenschutzaufsicht)
8. Verschlüsselung ausgehender E-Mails: seit Q3 2025 automatische Klassifizierung und Verschlüsselung über ein Secure-Mail-Gateway

Mit freundlichen Grüßen
Marcus Oyelaran
IT-Infrastruktur
""" + sig("oyelaran"))
    return m


@mail(80, N, "en", "internal",
      "summer party invitation to all staff with calendar file")
def _():
    m = new(who("quandt"), "Alle Mitarbeitenden <alle@kranichsteiner.example>",
            "Save the date: Kranichsteiner summer party on 26 June",
            "2026-05-21 11:30", mailer=OUTLOOK)
    body(m, """
Dear colleagues,

as many of our new colleagues in IT and at the International Desk do not (yet) speak German, this year's invitation comes in English. Die deutsche Fassung steht im Intranet.

When: Friday, 26 June 2026, from 16:00
Where: the lawn behind building B (if it rains: staff restaurant and foyer)

What to expect:
- barbecue (including vegetarian and vegan options) and drinks
- the traditional tug of war between Claims and Sales - Claims have won three years in a row
- live music by "The Premium Adjusters" from 19:00
- a kids' corner with face painting until 19:00, families are welcome

Please register via the intranet by 12 June so that our caterer can plan. If you have food allergies, you can note them anonymously in the form; only the caterer gets the total numbers.

See you there!
Jasper Quandt
Corporate Communications
""" + sig("quandt", "en", short=True))
    att(m, ics("sommerfest-2026@kranichsteiner.example", "2026-06-26 16:00", "2026-06-26 23:00",
               "Kranichsteiner summer party / Sommerfest", location="Lawn behind building B, Am Steinbrücker Teich 3, Darmstadt",
               organizer=("Jasper Quandt", "jasper.quandt@kranichsteiner.example"),
               stamp="2026-05-21 11:25", method="PUBLISH"), "summer_party_2026.ics")
    return m


@mail(81, C, "en", "insurer-to-customer",
      "legal expenses cover confirmation for a named tenant's eviction dispute: policy, claim, landlord, rent, lawyer")
def _():
    m = new(who("saalfeld"), "Hannah Schofield <hannah.schofield@gmx-uk.example>",
            "Cover confirmation - tenancy dispute, claim RS-L-2026-00812",
            "2026-03-27 12:06", cc="RAin Katrin Ohlmeier <ohlmeier@mietrecht-darmstadt.example>", mailer=OUTLOOK)
    body(m, """
Dear Ms Schofield,

thank you for sending the termination letter of your landlord, Mr Dieter Habermehl, dated 12 March 2026. He terminates your tenancy of the flat at Wilhelminenstraße 37, 64283 Darmstadt, as of 31 December 2026 for personal use by his nephew.

We confirm cover under your legal expenses policy RS-23-4418805 (private, occupational and tenancy module) for:
- out-of-court representation by your lawyer, Ms Katrin Ohlmeier (in copy), and
- if the landlord sues for eviction, the proceedings at first instance before the Amtsgericht Darmstadt.

Value in dispute: 12 months' net rent (12 x EUR 1,150.00 = EUR 13,800.00). Your deductible of EUR 250.00 applies once per claim.

Please note that the cover does not include the costs of a move or of a new flat, and that any settlement that includes a moving allowance must be agreed with us in advance if it also settles costs.

Ms Ohlmeier can send her invoices directly to us, quoting claim number RS-L-2026-00812.

Kind regards,
Benedikt Saalfeld
""" + sig("saalfeld", "en"))
    return m


@mail(82, N, "en", "insurer-to-partner",
      "trap: API test cases for a broker-software vendor with fictitious persons and the published example IBAN, marked as fictitious")
def _():
    m = new(who("oyelaran"), "Pavel Novák <pavel.novak@maklersoft-dev.example>",
            "BiPRO 430 test set v3 - fictitious test customers",
            "2026-01-20 15:55", mailer=OUTLOOK)
    body(m, """
Hi Pavel,

here is the updated test set for the broker-post interface. All persons, policies and bank details in the file are fictitious. The IBAN is the well-known example IBAN from the standard documentation, it belongs to nobody. Please do not replace them with real data in your test environment either.

Changes against v2:
- cases T-07 to T-09 for the new document types "Beitragsanpassung" and "Leistungsabrechnung" (dummy PDFs only)
- birth dates now all on 01.01. so that nobody accidentally uses real ones
- case T-10 tests the rejection when the broker has no portfolio rights

Our test endpoint stays https://bipro-test.kranichsteiner.example/430. Client certificates for the test environment expire on 31 March; new ones will follow by separate mail.

Best,
Marcus
""" + sig("oyelaran", "en", short=True))
    rows = [["case", "customer_name", "birth_date", "policy_no", "line", "iban", "document_type", "expected_result"],
            ["T-01", "Max Mustermann (fictitious)", "1980-01-01", "TEST-KF-0000001", "motor", "DE89 3704 0044 0532 0130 00", "Versicherungsschein", "delivered"],
            ["T-02", "Erika Musterfrau (fictitious)", "1975-01-01", "TEST-HR-0000002", "household", "DE89 3704 0044 0532 0130 00", "Beitragsrechnung", "delivered"],
            ["T-03", "Testfirma Beispiel GmbH (fictitious)", "", "TEST-FK-0000003", "commercial", "", "Nachtrag", "delivered"],
            ["T-07", "Max Mustermann (fictitious)", "1980-01-01", "TEST-KR-0000007", "health", "", "Beitragsanpassung", "delivered, flag=secure"],
            ["T-08", "Erika Musterfrau (fictitious)", "1975-01-01", "TEST-KR-0000008", "health", "", "Leistungsabrechnung", "delivered, flag=secure"],
            ["T-09", "Hans Beispiel (fictitious)", "1990-01-01", "TEST-LV-0000009", "life", "", "Standmitteilung", "delivered, flag=secure"],
            ["T-10", "Max Mustermann (fictitious)", "1980-01-01", "TEST-KF-0000010", "motor", "", "Versicherungsschein", "rejected: no portfolio rights"]]
    att(m, csvtext(rows, sep=","), "bipro430_testset_v3.csv")
    return m


@mail(83, S, "de", "insurer-to-customer",
      "short reply whose quoted customer mail holds the health data: named insured's hospital stay for pneumonia, hospital allowance policy")
def _():
    m = new(who("sonntag"), "Klaus-Peter Wendel <kp.wendel@t-online.example>",
            "AW: Krankenhausaufenthalt März - Bescheinigung",
            "2026-03-20 08:44", irt=mid("wendel-kh", "t-online.example"), mailer=OUTLOOK)
    body(m, """
Guten Morgen Herr Wendel,

vielen Dank, die Bescheinigung reicht uns so aus. Der Betrag ist heute angewiesen.

Gute Erholung weiterhin!
Mareike Sonntag

-----Ursprüngliche Nachricht-----
Von: Klaus-Peter Wendel <kp.wendel@t-online.example>
Gesendet: Mittwoch, 18. März 2026 17:22
An: leistung-zusatz@kranichsteiner.example
Betreff: Krankenhausaufenthalt März - Bescheinigung

Sehr geehrte Damen und Herren,

ich war vom 02.03. bis 13.03.2026 im Klinikum Darmstadt, zuerst auf der Intensivstation, wegen einer schweren Lungenentzündung (beidseitig). Anbei die Aufenthaltsbescheinigung des Krankenhauses. Bitte zahlen Sie das Krankenhaustagegeld aus meinem Vertrag KZ-12-4410389 (50 Euro pro Tag) auf das bekannte Konto.

Mit freundlichen Grüßen
Klaus-Peter Wendel
Am Kavalleriesand 3, 64295 Darmstadt
""" + sig("sonntag"), style="qp")
    return m


@mail(84, N, "de", "internal",
      "trap: anonymised training case study on sick pay vs. disability (age band, profession, diagnosis), no identifiable person, in ODT")
def _():
    m = new(who("albrecht"), "Leistung Kranken <team-leistung-kranken@kranichsteiner.example>, " + who("reiss"),
            "Fallstudie für die Schulung am 14.04.: Krankentagegeld oder BU?",
            "2026-04-07 16:25", mailer=OUTLOOK)
    body(m, """
Liebe Kolleginnen und Kollegen,

für unsere gemeinsame Schulung Kranken/BU am 14.04. habe ich eine Fallstudie vorbereitet. Sie beruht lose auf mehreren Fällen der letzten Jahre, ist aber so verfremdet und zusammengesetzt, dass kein realer Fall dahintersteht. Bitte trotzdem nicht nach außen geben.

Bitte lest die Fallstudie vorab und überlegt euch zu den Fragen am Ende eine Antwort. Wir diskutieren sie in Kleingruppen.

Viele Grüße
Ruth
""" + sig("albrecht", short=True))
    att(m, odt([
        ("h", "Fallstudie 3: Krankentagegeld oder Berufsunfähigkeit?"),
        "Die Versicherte ist Ende 30 und arbeitet als angestellte Physiotherapeutin in einer Praxis. Sie hat eine Krankenvollversicherung mit Krankentagegeld ab dem 43. Tag und eine Berufsunfähigkeitsversicherung bei uns.",
        "Nach einem lumbalen Bandscheibenvorfall (M51.1) mit Fußheberschwäche wird sie operiert. Die Arbeitsunfähigkeit dauert inzwischen sieben Monate. Der Operateur hält eine Rückkehr in die Physiotherapie mit Patientenlagerung und Heben für dauerhaft ausgeschlossen; eine Tätigkeit in der Praxisverwaltung wäre möglich.",
        "Die Leistungsabteilung Kranken stellt die Zahlung des Krankentagegelds ein, weil nach § 15 MB/KT bei Berufsunfähigkeit kein Krankentagegeld mehr gezahlt wird. Die BU-Abteilung hat noch nicht entschieden.",
        ("h", "Fragen"),
        "1. Ist die Einstellung des Krankentagegelds zu diesem Zeitpunkt richtig?\n2. Was passiert, wenn die BU-Abteilung später zu dem Ergebnis kommt, dass keine Berufsunfähigkeit vorliegt?\n3. Wie müssen die beiden Abteilungen zusammenarbeiten, damit keine Versorgungslücke entsteht?\n4. Welche Rolle spielt die Verweisung auf die Praxisverwaltung?",
        ("h", "Hinweis"),
        "Alle Angaben sind fiktiv bzw. zusammengesetzt. Alter nur als Altersgruppe, keine Namen, keine Vertragsnummern.",
    ], title="Fallstudie 3 KT oder BU", author="Dr. med. Ruth Albrecht-Nolte", date="2026-04-07 16:00"),
        "Fallstudie_3_KT_oder_BU.odt")
    return m


@mail(85, C, "de", "insurer-to-assessor",
      "order to a motor assessor: named claimant and our named insured, plates, address, claim number; no injuries")
def _():
    m = new(who("nowacki"), "Sachverständigenbüro Sandner <auftrag@sv-sandner.example>",
            "Gutachtenauftrag KF-S-2026-05530 - Haftpflichtschaden Beltz",
            "2026-04-15 10:40", mailer=OUTLOOK)
    body(m, """
Sehr geehrte Damen und Herren,

bitte erstellen Sie ein Schadengutachten zu folgendem Haftpflichtschaden:

Schadennummer: KF-S-2026-05530
Schadentag: 10.04.2026, Parkplatz Einkaufszentrum Weiterstadt
Unser Versicherungsnehmer: Moritz Eckert, Vertrag KF-23-7765104, Pkw Audi A4, DA-ME 904
Anspruchstellerin: Ingrid Beltz, Hessenring 15, 64347 Griesheim, Telefon 06155 60 33 81
Geschädigtes Fahrzeug: VW Golf VIII, DA-IB 55, beschädigt hinten links (Stoßfänger, Seitenwand) beim Ausparken unseres VN
Personenschaden: keiner

Die Anspruchstellerin ist mit einer Besichtigung einverstanden; das Fahrzeug steht fahrbereit an ihrer Wohnanschrift. Bitte stimmen Sie den Termin direkt mit ihr ab. Ein Kostenvoranschlag des Autohauses über 2.870 EUR liegt vor und wird Ihnen nachgereicht.

Bitte prüfen Sie auch, ob Vorschäden im Bereich der Seitenwand erkennbar sind. Honorar nach BVSK-Tabelle.

Mit freundlichen Grüßen
Piotr Nowacki
""" + sig("nowacki"))
    return m


@mail(86, S, "de", "company",
      "employer's list of employees joining the company pension (life): names, birth dates, salaries, conversion amounts, forwarded with XLSX")
def _():
    m = new(who("wassermann"), who("eichhorn"),
            "WG: Neuanmeldungen Direktversicherung Brenner Feinmechanik - Gruppenvertrag BAV-GR-2019-014",
            "2026-01-07 14:22", mailer=OUTLOOK)
    body(m, """
Hallo Frau Eichhorn,

bitte die fünf Neuanmeldungen zum 01.02.2026 policieren. Die Entgeltumwandlungsvereinbarungen liegen laut Frau Hauck im Original vor und kommen per Post.

Danke
Frederik Wassermann

-----Ursprüngliche Nachricht-----
Von: Carmen Hauck <c.hauck@brenner-feinmechanik.example>
Gesendet: Mittwoch, 7. Januar 2026 11:03
An: Frederik Wassermann
Betreff: Neuanmeldungen Direktversicherung

Hallo Herr Wassermann,

anbei wie besprochen die Liste der Mitarbeitenden, die ab Februar an der Entgeltumwandlung teilnehmen. Der Arbeitgeberzuschuss von 15 % ist in der letzten Spalte schon eingerechnet. Herr Quast möchte zusätzlich die BU-Zusatzversicherung, seine Gesundheitsfragen schickt er Ihnen selbst.

Viele Grüße
Carmen Hauck
Personalabteilung
Brenner Feinmechanik GmbH, Im Tiefen See 9, 64293 Darmstadt
""" + sig("wassermann", short=True), style="qp")
    rows = [["Personalnr", "Name", "Vorname", "geb.", "Eintritt", "Bruttogehalt mtl. EUR", "Umwandlung mtl. EUR", "AG-Zuschuss EUR", "Beitrag gesamt EUR", "BUZ"],
            ["1042", "Quast", "Henning", "11.03.1990", "01.09.2015", 4620, 200, 30, 230, "ja"],
            ["1187", "Marinović", "Ana", "29.07.1996", "01.04.2021", 3480, 100, 15, 115, "nein"],
            ["1203", "Schuch", "Dennis", "03.12.1988", "15.06.2022", 5110, 250, 37.5, 287.5, "nein"],
            ["1219", "Dönmez", "Ebru", "17.05.2000", "01.08.2023", 2960, 80, 12, 92, "nein"],
            ["1225", "Lehr", "Christoph", "22.10.1979", "01.01.2024", 6240, 320, 48, 368, "nein"]]
    att(m, xlsx([("Neuanmeldungen 02-2026", rows)], title="Neuanmeldungen Direktversicherung",
                 author="Carmen Hauck", date="2026-01-07 10:55"), "Neuanmeldungen_DV_Brenner_2026-02.xlsx")
    return m


@mail(87, N, "en", "insurer-to-customer",
      "generic answer to a prospect's question about travel health cover for Canada; no contract, no personal data")
def _():
    m = new(who("lombardi"), "Ethan Brooks <ethan.brooks@proton.example>",
            "RE: Travel health insurance for Canada - question",
            "2026-05-27 13:15", irt=mid("brooks-canada", "proton.example"), mailer=OUTLOOK)
    body(m, """
Dear Mr Brooks,

thank you for your interest. Here are the answers to your questions:

1. Does the annual travel health policy cover trips to Canada?
Yes. KranichReise Welt covers trips worldwide including the USA and Canada, each trip up to 56 days. For longer stays we offer KranichReise Long Stay (up to 12 months).

2. Are pre-existing conditions covered?
Acute and unexpected treatment is covered. Treatment that was the reason for the trip, or that you knew before departure would be necessary, is not covered. For a chronic condition that is stable, emergencies abroad are covered.

3. What does it cost?
Annual cover for one person up to age 64 costs EUR 24.90 per year, for families EUR 49.90. There is no deductible.

4. Hospital bills in Canada can be very high. Do I have to pay them myself first?
No. Our 24/7 assistance partner arranges direct payment with the hospital if the bill is expected to exceed EUR 500.

You can take out the policy online at www.kranichsteiner.example/travel, or I can send you an application form. Please do not send us any health information by e-mail at this stage; it is not needed for this product.

Kind regards,
Chiara Lombardi
""" + sig("lombardi", "en"))
    return m


@mail(88, C, "en", "insurer-to-assessor",
      "instruction to a cargo surveyor: insured company with named logistics manager, policy, consignment, damage")
def _():
    m = new(who("wassermann"), "Baltic Marine Surveyors <claims@balticsurveyors.example>",
            "Survey request - cargo damage, policy TR-22-0050817, consignee Poznań",
            "2026-02-16 09:58", mailer=OUTLOOK)
    body(m, """
Dear Mr Kowalczyk,

we kindly ask you to attend a survey on our behalf:

Assured: Odenwald Präzisionsteile GmbH, Industriestraße 22, 64720 Michelstadt, Germany
Open cargo policy: TR-22-0050817 (all risks, ICC A equivalent)
Contact at assured: Mr Rainer Götz, logistics manager, phone +49 6061 9270-140, r.goetz@odenwald-praezision.example
Consignment: 2 wooden crates, CNC spindle units type SP-40, invoice value EUR 86,400, gross weight 1,760 kg
Carrier: Spedition Hahnen GmbH, truck WM-HS 448, CMR no. 2026-00391
Consignee: Metalpol Sp. z o.o., ul. Przemysłowa 18, 61-579 Poznań
Delivery: 13 February 2026. Consignee noted on the CMR "crate 2 broken at the bottom, possible drop"; the unit has not been unpacked.

Please
- inspect the crate and the unit together with the consignee and, if possible, the carrier,
- establish the cause and extent of the damage and whether the unit can be repaired by the manufacturer,
- secure the carrier's liability (written notice of claim within 7 days under CMR).

Your fee will be paid by us as per your standard rates. Please send your preliminary report by e-mail within 48 hours after the survey.

Kind regards,
Frederik Wassermann
Commercial Lines
""" + sig("wassermann", "en"))
    return m


@mail(89, N, "en", "internal",
      "IT maintenance announcement for the secure-mail gateway; no personal data")
def _():
    m = new(who("oyelaran"), "Alle Mitarbeitenden <alle@kranichsteiner.example>",
            "Planned maintenance: secure mail gateway, Saturday 14 March, 22:00-02:00",
            "2026-03-10 15:00", mailer=OUTLOOK)
    body(m, """
Dear colleagues, liebe Kolleginnen und Kollegen,

on Saturday, 14 March, from 22:00 to about 02:00 we will upgrade our secure mail gateway and renew the domain certificates.

What this means for you:
- Outgoing e-mails sent during this time are queued and delivered after the maintenance. Nothing gets lost.
- Customers and brokers cannot log in to the secure mail portal during the maintenance.
- Incoming mail is not affected.

After the upgrade the gateway will also check the sensitivity of outgoing mails more accurately, especially attachments. If you notice that a mail was encrypted or sent to the portal although you did not expect it, please open a ticket with the service desk (ext. 8800) and do not forward the mail by other means.

Thank you for your understanding.

Marcus Oyelaran
IT Infrastructure
""" + sig("oyelaran", "en", short=True))
    return m


@mail(90, S, "en", "doctor",
      "British GP's letter about a named German traveller's leg cellulitis and antibiotics, forwarded for a travel health claim")
def _():
    m = new(who("lombardi"), box("leistung-reise", "Travel Claims Team"),
            "FW: Patient Reinhard Töpfer - consultation 2 May, St Ives",
            "2026-05-11 10:05", mailer=OUTLOOK)
    body(m, """
Hi team,

below the GP's letter for the travel health claim RE-S-2026-00611 (Mr Töpfer, policy RE-25-3306214). The invoice of GBP 185 is already in the claim file. With this letter the claim is complete from my point of view; the antibiotics were prescribed by the GP, so the pharmacy receipt (GBP 14.60) is covered as well. Can you settle it this week?

Thanks,
Chiara

---------- Forwarded message ---------
From: Trenwith Surgery <reception@trenwith-surgery.example>
Date: Fri, 8 May 2026 at 16:12
Subject: Patient Reinhard Töpfer - consultation 2 May, St Ives
To: <chiara.lombardi@kranichsteiner.example>

Dear Ms Lombardi,

as requested by our patient, a German visitor, please find below a summary of his private consultation.

Patient: Reinhard Töpfer, DOB 26/01/1958, temporary address Porthminster Holiday Park, St Ives
Seen: 2 May 2026 by Dr Alison Pengelly

Presenting complaint: three days of increasing redness, swelling and pain of the left lower leg after a small abrasion on a coastal walk. Temperature 38.1 C.
Diagnosis: cellulitis of the left lower leg. No signs of DVT or abscess.
Treatment: flucloxacillin 500 mg four times daily for 7 days, leg elevation, review if not improving within 48 hours. Advised that he is fit to fly home as planned on 9 May if improving.
Follow-up: improving at telephone review on 4 May.

Fee: private consultation GBP 185.00 (paid by patient).

Kind regards,
Reception team on behalf of Dr Alison Pengelly
Trenwith Surgery, St Ives, Cornwall
""" + sig("lombardi", "en", short=True))
    return m


@mail(91, N, "de", "insurer-to-partner",
      "trap: draft framework agreement on direct billing with a hospital group (PDF), billing rules only, no patient")
def _():
    m = new(who("pfeuffer"), "Dr. Anke Roloff <a.roloff@skv-kliniken.example>",
            "Rahmenvereinbarung Direktabrechnung - Entwurf Stand 02.06.2026",
            "2026-06-02 17:10", cc=who("hartwig"), mailer=OUTLOOK)
    body(m, """
Sehr geehrte Frau Dr. Roloff,

wie in unserem Termin besprochen, erhalten Sie anbei den überarbeiteten Entwurf der Rahmenvereinbarung zur Direktabrechnung für die Häuser des Südhessischen Kliniken-Verbunds. Die Änderungen gegenüber dem Stand vom April betreffen vor allem die Zahlungsfristen (§ 5) und die Rückfragen bei Wahlleistungen (§ 6).

Frau Dr. Hartwig aus unserer Rechtsabteilung ist in Kopie; bei juristischen Fragen können Sie sich gern direkt an sie wenden.

Mit freundlichen Grüßen
Jens Pfeuffer
""" + sig("pfeuffer"))
    att(m, pdf("""
# Rahmenvereinbarung über die Direktabrechnung stationärer Krankenhausleistungen
zwischen dem Südhessischen Kliniken-Verbund gGmbH (nachfolgend "Verbund") und der Kranichsteiner Versicherung VVaG
ENTWURF - Stand 02.06.2026

# § 1 Gegenstand
Der Verbund rechnet allgemeine Krankenhausleistungen und vereinbarte Wahlleistungen für Versicherte der
Kranichsteiner Versicherung VVaG unmittelbar mit dieser ab, soweit eine Kostenübernahmeerklärung vorliegt.

# § 2 Kostenübernahmeerklärung
Die Kranichsteiner erteilt die Kostenübernahmeerklärung auf Anfrage des Krankenhauses innerhalb von zwei Werktagen,
bei Notfällen am selben Tag. Die Erklärung gilt zunächst für die Dauer der voraussichtlichen Verweildauer nach DRG.

# § 3 Datenübermittlung
Die Abrechnung erfolgt im Datenträgeraustauschverfahren (DTA) nach § 301 SGB V entsprechend. Personenbezogene Daten
werden ausschließlich verschlüsselt übermittelt; unverschlüsselte E-Mails mit Patientendaten sind unzulässig.

# § 4 Rechnungsinhalt
Die Rechnung enthält die DRG, die Haupt- und Nebendiagnosen nach ICD-10-GM, die Prozeduren nach OPS sowie die
Wahlleistungen mit Bezeichnung und Datum.

# § 5 Zahlungsfristen
Die Kranichsteiner zahlt unbeanstandete Rechnungen innerhalb von 21 Tagen nach Eingang. Beanstandungen sind innerhalb
derselben Frist unter Angabe von Gründen mitzuteilen. Bei Überschreitung werden Verzugszinsen nach § 288 BGB fällig.

# § 6 Wahlleistungen
Wahlleistungsvereinbarungen sind vor Erbringung mit dem Patienten schriftlich abzuschließen. Rückfragen zur Höhe des
Steigerungssatzes richtet die Kranichsteiner an die Abrechnungsstelle des Verbunds, nicht an den Patienten.

# § 7 Laufzeit
Die Vereinbarung tritt am 01.09.2026 in Kraft und kann mit einer Frist von sechs Monaten zum Jahresende gekündigt werden.
""", title="Rahmenvereinbarung Direktabrechnung Entwurf", author="Jens Pfeuffer", date="2026-06-02 16:50"),
        "Rahmenvereinbarung_Direktabrechnung_Entwurf_2026-06-02.pdf")
    return m


@mail(92, C, "de", "insurer-to-customer",
      "private liability claim: named customer's son kicked a ball against the neighbour's car, neighbour named, repair costs; nobody hurt")
def _():
    m = new(who("brandstaetter"), "Matthias Grünewald <matthias.gruenewald@web.example>",
            "Ihr Haftpflichtschaden PH-S-2026-01144 - Ball gegen Auto des Nachbarn",
            "2026-05-08 11:21", mailer=OUTLOOK)
    body(m, """
Sehr geehrter Herr Grünewald,

vielen Dank für die Schadenmeldung über Ihre Familien-Privathaftpflicht PH-15-2209937. Ihr Sohn Jonas (14) hat am 25.04.2026 beim Fußballspielen in der Hofeinfahrt den Ball gegen die Fahrertür des Autos Ihres Nachbarn, Herrn Werner Stumpf (Opel Corsa, DA-WS 1960), geschossen. Verletzt wurde niemand.

Wir haben den Kostenvoranschlag der Werkstatt geprüft. Die Delle in der Tür kann ohne Lackierung ausgebeult werden:

  Smart Repair Fahrertür        380,00 EUR
  zzgl. 19 % MwSt.               72,20 EUR
  gesamt                        452,20 EUR

Jonas ist mit 14 Jahren grundsätzlich selbst für den Schaden verantwortlich, und er ist über Ihren Vertrag mitversichert. Wir zahlen den Betrag direkt an Herrn Stumpf, sobald er uns seine Bankverbindung mitteilt; das Anschreiben an ihn geht heute raus. Eine Rückstufung gibt es in der Privathaftpflicht nicht.

Mit freundlichen Grüßen
Ole Brandstätter
""" + sig("brandstaetter"))
    return m


@mail(93, N, "de", "internal",
      "trap: workplace health offer (back training course) for staff, no individual health data")
def _():
    m = new(who("bruegmann"), "Alle Mitarbeitenden <alle@kranichsteiner.example>",
            "Betriebliches Gesundheitsmanagement: Rückenfit-Kurs ab 20. April",
            "2026-04-01 10:30", mailer=OUTLOOK)
    body(m, """
Liebe Kolleginnen und Kollegen,

viele von uns sitzen acht Stunden am Tag, und der Rücken meldet sich. In der Mitarbeiterbefragung 2025 haben 61 % Rückenbeschwerden als größtes Gesundheitsthema genannt. Deshalb bieten wir gemeinsam mit der Physiotherapiepraxis "Bewegt im Martinsviertel" einen Rückenfit-Kurs an:

- 8 Termine, jeweils montags 17:00-18:00 Uhr, ab 20. April
- im Bewegungsraum im UG von Gebäude B
- maximal 14 Teilnehmende pro Kurs, bei großer Nachfrage starten wir einen zweiten Kurs donnerstags
- die Kosten übernimmt die Kranichsteiner, die Teilnahme zählt zur Hälfte als Arbeitszeit

Anmeldung bis 14. April über das Intranet (Personal > Gesundheit > Kurse). Ihre Anmeldung sehen nur das BGM-Team und die Kursleitung; Angaben zu Beschwerden sind nicht erforderlich.

Bei Fragen meldet euch gern bei mir.

Viele Grüße
Annette Brügmann
""" + sig("bruegmann", short=True))
    return m


@mail(94, S, "mixed", "insurer-to-customer",
      "English letter to the named children of a deceased life insured quoting the German death certificate (cause of death: myocardial infarction)")
def _():
    m = new(who("eichhorn"), "Sarah Bauer-Whitmore <sarah.whitmore@virginmedia.example>",
            "Life insurance LV-23-0662150 of the late Mr Gerhard Bauer - documents needed",
            "2026-05-04 15:52", cc="James Bauer <james.bauer@sky-mail.example>", mailer=OUTLOOK)
    body(m, """
Dear Mrs Bauer-Whitmore, dear Mr Bauer,

please accept our sincere condolences on the death of your father, Mr Gerhard Bauer (born 9 August 1952), on 11 April 2026 in Darmstadt.

You are both named as beneficiaries in equal shares of his life insurance LV-23-0662150 (sum insured EUR 60,000). Because the policy started less than three years before his death (1 July 2023), we are required to check whether the health questions in the application were answered completely before we can pay.

The death certificate you sent contains the following entries (we quote the German original):

> Todesbescheinigung, Stadt Darmstadt, Standesamt, Reg.-Nr. 1148/2026
> Name: Bauer, Gerhard, geb. 09.08.1952
> Sterbedatum: 11.04.2026, 03:40 Uhr, Sterbeort: Klinikum Darmstadt
> Todesursache: a) kardiogener Schock, b) akuter Vorderwandinfarkt, c) koronare Dreigefäßerkrankung
> Weitere wesentliche Krankheiten: Diabetes mellitus Typ 2, arterielle Hypertonie
> Todesart: natürlicher Tod

The application of 2023 did not mention diabetes or heart disease. This does not automatically mean that anything was wrong - the diagnoses may have been made after 2023. To clarify this, we need:

1. your consent (form enclosed by post) that we may ask his general practitioner, Dr. Bernhard Klee, since when the diabetes and the heart disease were known, and
2. a copy of the certificate of inheritance or, if available, the notarised will, since you both live outside Germany.

We will do our best to complete this quickly. I will be your contact throughout.

With kind regards,
Dagmar Eichhorn
""" + sig("eichhorn", "en"))
    return m


@mail(95, N, "en", "newsletter",
      "trap: expat health plan newsletter for international clients (benefits, prices, no person)")
def _():
    m = new("Kranichsteiner International <international@newsletter.kranichsteiner.example>", "newsletter-recipient-31877@list.kranichsteiner.example",
            "Expat Health 2026: what's new in your plan",
            "2026-01-15 07:30",
            extra=[("List-Unsubscribe", "<https://newsletter.kranichsteiner.example/unsubscribe?k=31877>"),
                   ("Precedence", "bulk")])
    plain = """
Expat Health 2026 - what's new

Dear reader,

from 1 January 2026 our Expat Health plans include:

- Mental health: up to 30 psychotherapy sessions per year without prior approval (previously 20).
- Maternity: waiting period reduced from 10 to 8 months.
- Telemedicine: 24/7 video consultation in English, German, Spanish and Mandarin.
- Vaccinations: all vaccinations recommended for your country of residence, including travel vaccinations.

Monthly premiums (Expat Health Plus, worldwide excluding USA):
  Age 0-17    EUR  89
  Age 18-39   EUR 214
  Age 40-54   EUR 318
  Age 55-64   EUR 476

Tip: Submit your medical invoices in our app instead of by e-mail. It is faster and encrypted.

Kranichsteiner International Client Service
Unsubscribe: https://newsletter.kranichsteiner.example/unsubscribe
"""
    html = """
<html><body style="font-family:Helvetica,Arial,sans-serif;background:#eef2f4;margin:0">
<table width="600" align="center" style="background:#fff" cellpadding="0" cellspacing="0">
<tr><td style="padding:22px;background:#1d3f5e;color:#fff;font-size:22px">Expat Health 2026 &ndash; what's new</td></tr>
<tr><td style="padding:22px;font-size:14px;line-height:1.6">
<p>Dear reader,</p>
<p>from 1 January 2026 our Expat Health plans include:</p>
<ul>
<li><b>Mental health:</b> up to 30 psychotherapy sessions per year without prior approval (previously 20).</li>
<li><b>Maternity:</b> waiting period reduced from 10 to 8 months.</li>
<li><b>Telemedicine:</b> 24/7 video consultation in English, German, Spanish and Mandarin.</li>
<li><b>Vaccinations:</b> all vaccinations recommended for your country of residence.</li>
</ul>
<table border="1" cellspacing="0" cellpadding="6" style="border-collapse:collapse;font-size:13px">
<tr style="background:#dbe6ef"><th>Age</th><th>Expat Health Plus (monthly)</th></tr>
<tr><td>0-17</td><td>EUR 89</td></tr><tr><td>18-39</td><td>EUR 214</td></tr>
<tr><td>40-54</td><td>EUR 318</td></tr><tr><td>55-64</td><td>EUR 476</td></tr>
</table>
<p><i>Tip:</i> Submit your medical invoices in our app instead of by e-mail. It is faster and encrypted.</p>
</td></tr>
<tr><td style="padding:12px 22px;font-size:11px;color:#777">Kranichsteiner Versicherung VVaG &middot; Darmstadt &middot; <a href="https://newsletter.kranichsteiner.example/unsubscribe">Unsubscribe</a></td></tr>
</table></body></html>
"""
    html_alt(m, plain, html)
    return m


@mail(96, C, "de", "insurer-to-broker",
      "sole-trader broker's new bank account and tax number confirmed for commission payments (natural person's IBAN)")
def _():
    acct = iban("DE", "508900000082210346")
    m = new(box("provision", "Kranichsteiner Provisionsabrechnung"), "Jörg Wendeborn <joerg@maklerkontor-wendeborn.example>",
            "Änderung Ihrer Bankverbindung - Vermittlernummer 40-1173",
            "2026-02-25 10:18", cc=who("tiedemann"), mailer=OUTLOOK)
    body(m, """
Sehr geehrter Herr Wendeborn,

wir haben Ihre Mitteilung vom 20.02.2026 erhalten und die Stammdaten zu Ihrer Vermittlernummer 40-1173 (Maklerkontor Wendeborn, Inhaber Jörg Wendeborn, Einzelunternehmen) wie folgt geändert:

  neue Bankverbindung:  %s
  Kreditinstitut:       Volksbank Darmstadt-Südhessen eG
  Kontoinhaber:         Jörg Wendeborn
  gültig ab:            Provisionsabrechnung März 2026
  Steuernummer:         007 815 40112 (Finanzamt Darmstadt)
  Umsatzsteuer:         Versicherungsvermittlung nach § 4 Nr. 11 UStG steuerfrei

Die Abrechnung Februar wird noch auf das bisherige Konto überwiesen. Bitte beachten Sie, dass wir Änderungen der Bankverbindung aus Sicherheitsgründen zusätzlich telefonisch bestätigen; der Rückruf an Ihre hinterlegte Nummer ist am 24.02. erfolgt.

Mit freundlichen Grüßen
Provisionsabrechnung
Kranichsteiner Versicherung VVaG

""" % acct + FOOT_DE)
    return m


@mail(97, N, "de", "insurer-to-supplier",
      "trap: order for certified destruction of old health claim files (containers, security level), no file content")
def _():
    m = new(who("marx"), "Auftragsannahme DVRM <auftrag@datenvernichtung-rheinmain.example>",
            "Bestellung 4500019467 - Aktenvernichtung Archiv Leistung Kranken, Jahrgänge 2013-2015",
            "2026-01-29 13:40", cc=who("mies") + ", " + who("grafenstein"), mailer=OUTLOOK)
    body(m, """
Sehr geehrte Damen und Herren,

auf Grundlage Ihres Angebots AN-26-0087 bestellen wir:

Bestellnummer: 4500019467
Leistung: Abholung und Vernichtung von Papierakten nach DIN 66399, Schutzklasse 3, Sicherheitsstufe P-4
Menge: 42 verschließbare Sicherheitsbehälter à 240 l (Leistungsakten Krankenversicherung, Belegjahrgänge 2013 bis 2015, Aufbewahrungsfrist abgelaufen)
Abholung: Archiv UG Gebäude C, Am Steinbrücker Teich 3, 64289 Darmstadt, am 17.02.2026 ab 7:30 Uhr
Preis: 18,50 EUR netto je Behälter, Anfahrt pauschal 65,00 EUR netto

Bedingungen:
- Transport im verschlossenen Fahrzeug ohne Zwischenlagerung, Vernichtung am selben Tag
- Vernichtungsprotokoll mit Behälternummern und Uhrzeit
- Es gilt der bestehende Vertrag zur Auftragsverarbeitung vom 12.03.2024

Ansprechpartner vor Ort ist Herr Mies (Facility Management). Frau Grafenstein aus dem Datenschutz wird bei der Übergabe anwesend sein.

Mit freundlichen Grüßen
Tobias Marx
Einkauf
""" + sig("marx"))
    return m


@mail(98, S, "de", "internal",
      "medical adviser's opinion on a named customer's request for proton therapy of prostate cancer (C61), PSA, Gleason")
def _():
    m = new(who("albrecht"), who("pfeuffer"),
            "Stellungnahme Protonentherapie Lars Hübner, KR-14-0573328",
            "2026-05-20 12:47", mailer=OUTLOOK)
    body(m, """
Hallo Jens,

hier meine Stellungnahme zum Antrag von Herrn Lars Hübner (geb. 30.01.1960) auf Kostenübernahme einer Protonentherapie.

Befunde laut Unterlagen:
- Prostatakarzinom (C61), Erstdiagnose 03/2026, Gleason 3+4=7a, PSA 8,4 ng/ml, cT2a, keine Metastasen im PSMA-PET
- Risikogruppe: intermediär (günstig)
- Tumorboard Uniklinik Frankfurt vom 29.04.: Empfehlung Prostatektomie oder perkutane Strahlentherapie (Photonen, IMRT), alternativ Active Surveillance diskutiert

Bewertung:
Die Protonentherapie ist für das lokal begrenzte Prostatakarzinom eine anerkannte Methode, sie hat aber gegenüber der modernen Photonentherapie (IMRT/VMAT) nach aktueller Studienlage keinen belegten Vorteil bei Heilungsrate oder Nebenwirkungen. Die Kosten liegen beim Protonenzentrum bei ca. 28.000 EUR gegenüber ca. 9.500 EUR für IMRT.

Nach den Tarifbedingungen (KranichVital Komfort, § 4 Abs. 6 MB/KK) sind wir bei mehreren gleich geeigneten Methoden nicht auf die günstigste beschränkt, dürfen aber bei einem auffälligen Missverhältnis kürzen.

Empfehlung: Kostenübernahme in Höhe der IMRT-Vergleichskosten zuzüglich 20 %, also bis 11.400 EUR. Bitte dem Kunden anbieten, dass er uns die Stellungnahme des Protonenzentrums zu einem individuellen Vorteil (z. B. Vorerkrankung des Darms) schickt; dann schaue ich es mir neu an.

Ruth
""" + sig("albrecht", short=True))
    return m


@mail(99, C, "de", "insurer-to-customer",
      "natural-hazard claim after heavy rain: named customer, insured address, buildings/household policies, settlement; nobody hurt")
def _():
    m = new(who("hasselbach"), "Gisela Emmerich <gisela.emmerich@gmx.example>",
            "Ihr Elementarschaden vom 08.06.2026 - WG-S-2026-01930 / HR-S-2026-01931",
            "2026-06-19 14:08", mailer=OUTLOOK)
    body(m, """
Sehr geehrte Frau Emmerich,

nach der Besichtigung durch unseren Regulierer Herrn Böhm am 15.06. können wir Ihren Schaden durch den Starkregen vom 08.06.2026 in Ihrem Haus Nieder-Beerbacher Straße 44, 64367 Mühltal, wie folgt regulieren:

Wohngebäudeversicherung WG-07-1120436 (mit Elementardeckung):
  Trocknung Kellerräume (Rechnung TrockenTec)           2.940,00 EUR
  Erneuerung Estrich und Fliesen Waschküche             6.215,00 EUR (Kostenvoranschlag, Zahlung nach Rechnung)
  Austausch Heizungsumwälzpumpe                           612,40 EUR
  Selbstbeteiligung Elementar                            -1.000,00 EUR
  vorläufige Entschädigung                               8.767,40 EUR

Hausratversicherung HR-07-1120443 (mit Elementardeckung):
  Waschmaschine, Trockner (Zeitwert nach Alter)           780,00 EUR
  Vorräte, Gartengeräte, Kinderfahrrad                    465,00 EUR
  Entschädigung                                         1.245,00 EUR (Selbstbeteiligung bereits im Gebäude berücksichtigt)

Die Trocknungskosten und die Hausratentschädigung überweisen wir heute. Den Betrag für Estrich und Fliesen zahlen wir, sobald Sie uns die Rechnung des Handwerkers schicken.

Wir sind froh, dass bei Ihnen niemand zu Schaden gekommen ist.

Mit freundlichen Grüßen
Lena Hasselbach
""" + sig("hasselbach"))
    return m


@mail(100, N, "de", "internal",
      "draft press release on lower motor premiums for electric cars sent for approval; no personal data")
def _():
    m = new(who("quandt"),
            "Dr. Cornelia Staudt <cornelia.staudt@kranichsteiner.example>, Matthias Keil <matthias.keil@kranichsteiner.example>",
            "Freigabe bis Do 12 Uhr: PM \"Kranichsteiner senkt Kfz-Beiträge für Elektroautos\"",
            "2026-06-09 17:05", cc=who("obermaier"), mailer=OUTLOOK)
    body(m, """
Liebe Frau Dr. Staudt, lieber Herr Keil,

anbei der Entwurf der Pressemitteilung zum neuen E-Auto-Tarif. Frau Obermaier hat die Zahlen geprüft. Geplanter Versand: Montag, 15.06., 9 Uhr, an die Regionalpresse und die Fachmedien.

---

ENTWURF - Pressemitteilung

Kranichsteiner senkt Kfz-Beiträge für Elektroautos um bis zu 18 Prozent

Darmstadt, 15. Juni 2026. Die Kranichsteiner Versicherung VVaG senkt zum 1. Juli die Beiträge in der Kfz-Versicherung für rein elektrisch betriebene Pkw um durchschnittlich 12 und bis zu 18 Prozent. Grundlage ist die Auswertung von mehr als 9.000 versicherten E-Autos der Jahre 2022 bis 2025: Sie verursachen in der Haftpflicht rund ein Fünftel weniger Schadenaufwand als vergleichbare Verbrenner.

"Unsere Mitglieder sollen direkt davon profitieren, wenn ein Risiko günstiger wird", sagt Matthias Keil, Vorstand für die Schaden- und Unfallversicherung. "Als Versicherungsverein haben wir keine Aktionäre, sondern nur unsere Versicherten."

Neu im Tarif ist außerdem der Akku-Schutz: Schäden am Hochvoltakku durch Tierbiss, Kurzschluss oder Bedienfehler sind in der Vollkasko bis zum Neuwert versichert.

Über die Kranichsteiner: Die Kranichsteiner Versicherung VVaG mit Sitz in Darmstadt wurde 1897 als Brandkasse gegründet und betreut heute rund 410.000 Mitglieder in Südhessen und darüber hinaus.

Pressekontakt: Jasper Quandt, presse@kranichsteiner.example, 06151 3907-1400

---

Danke und viele Grüße
Jasper Quandt
""" + sig("quandt", short=True))
    return m


@mail(101, C, "en", "insurer-to-customer",
      "e-bike policy confirmation for a named customer: address, frame number, purchase price, premium")
def _():
    m = new(box("service", "Kranichsteiner Customer Service"), "Olivia Martins <olivia.martins@sapo-mail.example>",
            "Welcome - your e-bike insurance EB-26-0310277",
            "2026-04-29 16:44", mailer=CRM)
    body(m, """
Dear Ms Martins,

thank you for choosing Kranichsteiner. Your e-bike insurance is now in force.

Policy number: EB-26-0310277
Policyholder: Olivia Martins, Kahlertstraße 26, 64293 Darmstadt
Start: 1 May 2026, renews annually

Insured bike: e-bike (pedelec 25 km/h), trekking, frame no. WAW2608814S, battery no. BP-500-118273
Purchase date / price: 24 April 2026, EUR 4,299.00 (dealer: Zweirad Pfeiffer, Darmstadt)

Cover: theft (also of the battery), vandalism, accident damage, wear and tear of battery and motor after the 2nd year, breakdown assistance
Deductible: none
Premium: EUR 9.80 per month

Please keep the purchase invoice and take a photo of the frame number. In case of theft you need both, together with the police report.

Kind regards,
Kranichsteiner Customer Service

""" + FOOT_EN)
    return m


@mail(102, N, "en", "insurer-to-partner",
      "auditors' list of IT general control documents (access reviews, change logs), no personal data")
def _():
    m = new(who("oyelaran"), "Natalie Ruel <n.ruel@hartmann-ruel-audit.example>",
            "RE: IT general controls 2025 - PBC list status",
            "2026-01-28 11:50", irt=mid("ruel-pbc", "hartmann-ruel-audit.example"), cc=who("hartwig"), mailer=OUTLOOK)
    body(m, """
Hi Natalie,

status of the "prepared by client" list for the ITGC audit:

  No.  Item                                                        Status      Location
  1    User access review core systems (LEIKA, KundenCenter) H2     provided    data room /ITGC/01
  2    Privileged accounts list with approvals                      provided    /ITGC/02
  3    Change log production releases Jul-Dec 2025 (sample basis)   provided    /ITGC/03
  4    Backup restore test protocols Q3/Q4                          provided    /ITGC/04
  5    Joiner/mover/leaver process description and samples          in progress 6 Feb
  6    Secure mail gateway: configuration of classification rules   in progress 6 Feb
  7    Penetration test report customer portal (10/2025)            on site only (reading room)

For item 5 the samples will be pseudonymised (employee ID only); if you need names for a specific sample, we can show them on site.

For item 7 we ask you to read the report on site, as it still describes two open findings.

Best regards,
Marcus
""" + sig("oyelaran", "en", short=True))
    return m


@mail(103, S, "de", "insurer-to-therapist",
      "approval of behavioural therapy for a named patient (F32.1), number of sessions, fee factor, report requirements")
def _():
    m = new(who("pfeuffer"), "Praxis Ziegler <praxis@psychotherapie-ziegler.example>",
            "Kostenzusage Verhaltenstherapie - Ihre Patientin Jessica Brandl, geb. 02.11.1996",
            "2026-02-06 15:02", mailer=OUTLOOK)
    body(m, """
Sehr geehrte Frau Ziegler,

auf Grundlage Ihres Berichts an den Gutachter vom 20.01.2026 und mit Einverständnis Ihrer Patientin teilen wir Ihnen mit:

Versicherte: Jessica Brandl, geb. 02.11.1996, Versicherungsnummer KR-22-8810562
Diagnose laut Antrag: mittelgradige depressive Episode (F32.1), soziale Phobie (F40.1)
Behandlung: Verhaltenstherapie als Einzeltherapie

Wir übernehmen die Kosten für
- 25 Sitzungen à 50 Minuten (GOÄ 870) im Zeitraum 01.02.2026 bis 31.01.2027,
- bis zum 2,3-fachen Satz,
- zuzüglich der bereits abgerechneten 5 probatorischen Sitzungen.

Für eine Verlängerung benötigen wir rechtzeitig vor der 20. Sitzung einen kurzen Verlaufsbericht. Bitte senden Sie Berichte ausschließlich per Post in einem verschlossenen Umschlag "Beratungsarzt - persönlich" oder über unser Leistungsportal, nicht per E-Mail.

Ihre Patientin erhält eine Kopie dieser Zusage.

Mit freundlichen Grüßen
Jens Pfeuffer
""" + sig("pfeuffer"))
    return m


@mail(104, N, "de", "internal",
      "hail damage to the insurer's own pool cars in its parking deck; company-owned vehicles, no person concerned")
def _():
    m = new(who("mies"), "Fuhrpark <fuhrpark@kranichsteiner.example>",
            "Hagelschaden Parkdeck P2 vom 27.05. - betroffene Poolfahrzeuge",
            "2026-05-28 08:21", cc=who("hasselbach") + ", " + who("marx"), mailer=OUTLOOK)
    body(m, """
Guten Morgen,

der Hagel gestern Nachmittag hat auf dem offenen Oberdeck P2 ordentlich zugeschlagen. Ich habe heute früh mit Frau Hasselbach (Sachschaden) eine Runde gedreht. Betroffen sind folgende Poolfahrzeuge der Kranichsteiner:

  DA-KV 101  VW Golf Variant   Dach und Motorhaube, ca. 40 Dellen
  DA-KV 104  VW Golf Variant   Dach, leicht
  DA-KV 112  Skoda Enyaq       Dach, Heckklappe, Panoramadach gesprungen
  DA-KV 118  VW ID.3           Motorhaube, leicht
  DA-KV 120  Opel Vivaro       Dach, stark

Die Fahrzeuge auf dem überdachten Deck P1 sind unbeschädigt. Personen sind nicht zu Schaden gekommen; das Glasdach über dem Fußgängerzugang hat gehalten.

Vorschlag:
- DA-KV 112 heute aus dem Pool nehmen (Panoramadach), die anderen bleiben fahrbereit.
- Herr Marx holt zwei Angebote für Smart Repair ein; die Regulierung läuft über unsere eigene Flotten-Teilkasko.
- Für künftige Unwetterwarnungen stellen wir die Fahrzeuge auf P1 um; ich kläre mit der Pforte, wer das macht.

Gruß
Holger Mies
""" + sig("mies", short=True))
    return m


@mail(105, C, "en", "company",
      "client company's list of directors and officers with birth dates for the D&O renewal, forwarded to underwriting")
def _():
    m = new(who("wassermann"), "Underwriting Firmenkunden <uw-firmen@kranichsteiner.example>",
            "FW: D&O renewal 2026 - Helios Grid Technologies GmbH (DO-23-0007)",
            "2026-05-14 12:33", mailer=OUTLOOK)
    body(m, """
Hi team,

renewal documents for Helios Grid from their CFO below. Turnover up 38 %, one new managing director. Please rate by 22 May; I have the annual meeting with them on the 28th.

Frederik

-----Original Message-----
From: Anja Kristensen <a.kristensen@heliosgrid.example>
Sent: Wednesday, May 13, 2026 6:40 PM
To: Frederik Wassermann
Subject: D&O renewal 2026

Dear Mr Wassermann,

as requested, the information for the renewal of our D&O policy DO-23-0007:

Company: Helios Grid Technologies GmbH, Robert-Bosch-Straße 5, 64293 Darmstadt
Turnover 2025: EUR 48.7 m (2024: EUR 35.3 m), employees: 212
No claims or circumstances known.

Insured persons (management board and advisory board):
  Dr. Markus Thiele, CEO, born 14 March 1971, since 2019
  Anja Kristensen, CFO, born 2 September 1980, since 2021
  Rafael Domínguez, CTO, born 23 June 1984, appointed 1 February 2026 (new)
  Prof. Dr. Ulrike Hammerschmidt, chair of the advisory board, born 8 November 1959
  Jan-Erik Solberg, advisory board, born 30 April 1966

We would like to increase the limit from EUR 5 m to EUR 10 m. Please include the cost of a quote for this.

Best regards,
Anja Kristensen
CFO
""" + sig("wassermann", "en", short=True), style="qp")
    return m


@mail(106, S, "en", "insurer-to-customer",
      "term life application of a named applicant: required medical examination, blood tests incl. HIV and HbA1c, ECG")
def _():
    m = new(who("yildiz"), "Kwame Mensah <kwame.mensah@gmail.example>",
            "Your term life application A-LV-2026-02290 - medical examination",
            "2026-05-05 10:48", mailer=OUTLOOK)
    body(m, """
Dear Mr Mensah,

thank you for your application for term life insurance with a sum insured of EUR 400,000 over 25 years.

For sums insured above EUR 300,000 at your age (44), our underwriting rules require a medical examination. This is routine and does not mean that anything in your application gave rise to concern. Your answer about the treated high blood pressure will be assessed together with the results.

What we need:
1. a medical examination report (our form "Ärztlicher Untersuchungsbericht", enclosed by post), including blood pressure measured twice,
2. a resting ECG,
3. a blood and urine test: HbA1c, blood lipids, liver and kidney values, hepatitis B and C, and an HIV test. The HIV test is part of the standard profile for this sum insured; the result is only seen by our underwriting team and is not passed on.

You can have the examination done by your own GP, or by Dr. Claudia Weiland, Kaiserstraße 41, Frankfurt, who works with us and has English-speaking staff. We pay the fees directly.

Please ask the doctor to send the results by post to our underwriting department, not to you by e-mail.

Kind regards,
Emre Yıldız
Life & Disability Underwriting
""" + sig("yildiz", "en"))
    return m


@mail(107, N, "de", "insurer-to-company",
      "grey zone, NORMAL: commercial property quote for a limited company (not yet insured), business contact only")
def _():
    m = new(who("wassermann"), "Lea Morgenroth <lea.morgenroth@cafe-morgenrot.example>",
            "Ihr Angebot Inhaltsversicherung Café Morgenrot GmbH",
            "2026-03-13 15:37", irt=mid("morgenrot-anfrage", "cafe-morgenrot.example"), mailer=OUTLOOK)
    body(m, """
Hallo Frau Morgenroth,

danke für das nette Telefonat. Wie versprochen unser Angebot für die Café Morgenrot GmbH, Betriebsstätte Mathildenplatz 9, Darmstadt:

Kranichsteiner Gastro-Inhalt
- Versicherungssumme Inhalt (Einrichtung, Kaffeemaschinen, Vorräte): 145.000 EUR
- Gefahren: Feuer, Einbruchdiebstahl/Vandalismus, Leitungswasser, Sturm/Hagel
- Betriebsunterbrechung bis 12 Monate, Versicherungssumme 180.000 EUR
- Glasbruch für Schaufenster und Theke
- Elektronik pauschal bis 15.000 EUR, Kühlgutverderb bis 5.000 EUR
- Selbstbeteiligung 500 EUR

Jahresbeitrag: 1.642,80 EUR netto zzgl. Versicherungsteuer

Optional: Betriebshaftpflicht für Gastronomie mit 5 Mio. EUR Deckung für 498,00 EUR netto.

Das Angebot gilt bis 30.04.2026. Wenn es passt, schicke ich Ihnen den Antrag zur Unterschrift.

Viele Grüße
Frederik Wassermann
""" + sig("wassermann"))
    return m


@mail(108, N, "en", "internal",
      "IT security warning about phishing mails in the insurer's name; no personal data")
def _():
    m = new(box("it-security", "IT Security"), "Alle Mitarbeitenden <alle@kranichsteiner.example>",
            "Warning: fake \"Kranichsteiner refund\" e-mails to customers",
            "2026-04-16 11:20", mailer=OUTLOOK)
    body(m, """
Dear colleagues,

since this morning customers have been receiving fake e-mails that claim to come from Kranichsteiner. Subject: "Beitragsrückerstattung 2025 - Bestätigung erforderlich". The mails link to a fake portal at a look-alike domain and ask for bank details and the portal password.

If a customer calls or writes about it:
- Confirm that the mail is not from us. We never ask for passwords or bank details by e-mail.
- Ask them not to click the link; if they already entered data, they should change their portal password and contact their bank.
- Log the contact in KundenCenter with the category "Phishing" (no details of the bank account needed).
- Do not forward the fake mail internally as an attachment; use the "Report phishing" button instead.

We have requested the takedown of the fake site and informed the police and the supervisory authority. A notice is on our website.

IT Security
Kranichsteiner Versicherung VVaG
""")
    return m


@mail(109, C, "de", "insurer-to-customer",
      "rent deposit guarantee for a named tenant: net income checked, landlord, flat address, premium")
def _():
    m = new(box("service", "Kranichsteiner Kundenservice"), "Sebastian Nöll <sebastian.noell@posteo.example>",
            "Ihre Mietkautionsbürgschaft MK-26-0044183 ist bewilligt",
            "2026-02-09 12:55", mailer=CRM)
    body(m, """
Sehr geehrter Herr Nöll,

gute Nachricht: Ihre Mietkautionsbürgschaft ist bewilligt.

  Bürgschaftsnummer:  MK-26-0044183
  Mieter:             Sebastian Nöll, bisher Landgraf-Georg-Straße 71, 64283 Darmstadt
  Mietobjekt:         Frankfurter Straße 118, 2. OG links, 64293 Darmstadt
  Vermieter:          Bauverein Südhessen eG
  Bürgschaftsbetrag:  2.460,00 EUR (drei Nettokaltmieten)
  Beitrag:            4,9 % jährlich, 120,54 EUR, erstmals zum 01.03.2026

Für die Bonitätsprüfung haben wir Ihr Nettoeinkommen laut den letzten drei Gehaltsabrechnungen (durchschnittlich 2.948,60 EUR, Arbeitgeber: Pharmalogistik Weiterstadt GmbH, unbefristet) und die SCHUFA-Auskunft vom 04.02.2026 herangezogen. Die Gehaltsabrechnungen haben wir nach der Prüfung gelöscht.

Die Bürgschaftsurkunde senden wir dem Vermieter direkt im Original zu. Eine Kopie erhalten Sie per Post.

Mit freundlichen Grüßen
Ihr Kundenservice

""" + FOOT_DE)
    return m


@mail(110, S, "de", "insurer-to-customer",
      "annual statement of a named customer's private pension (life): birth date, guaranteed pension, surrender value in the PDF")
def _():
    m = new(box("leben", "Kranichsteiner Leben Vertragsservice"), "Elke Hartung <elke.hartung@t-online.example>",
            "Ihre jährliche Standmitteilung 2025 zur Rentenversicherung LV-08-0419277",
            "2026-03-31 05:45", mailer=CRM)
    body(m, """
Sehr geehrte Frau Hartung,

wie jedes Jahr erhalten Sie die Standmitteilung zu Ihrer privaten Rentenversicherung. Sie haben im Kundenportal den Versand per E-Mail gewählt; das Dokument finden Sie im Anhang.

Das Wichtigste in Kürze: Ihre garantierte Rente ist unverändert, die Überschussbeteiligung für 2026 beträgt 2,9 %.

Bei Fragen hilft Ihnen unser Vertragsservice Leben gern weiter.

Mit freundlichen Grüßen
Kranichsteiner Versicherung VVaG
Vertragsservice Leben

""" + FOOT_DE)
    att(m, pdf("""
# Standmitteilung zum 31.12.2025
Private Rentenversicherung KranichRente Klassik, Versicherungsschein-Nr. LV-08-0419277

Versicherungsnehmerin und versicherte Person: Elke Hartung, geb. 21.09.1966
Anschrift: Roßdörfer Straße 90, 64287 Darmstadt
Rentenbeginn: 01.10.2031 (Alter 65), Beitrag: 150,00 EUR monatlich, Beitragszahlung bis 30.09.2031

# Werte Ihres Vertrags
garantierte monatliche Altersrente ab 01.10.2031:                          412,36 EUR
mögliche Rente inkl. Überschüsse (nicht garantiert, Annahme 2,9 %):        538,20 EUR
alternativ garantierte Kapitalabfindung:                                   98.604,00 EUR
eingezahlte Beiträge bis 31.12.2025:                                       31.500,00 EUR
Rückkaufswert zum 31.12.2025:                                              34.871,55 EUR
Beitragsfreie Rente bei Beitragsfreistellung zum 01.01.2026:               297,10 EUR

# Hinterbliebenenschutz
Todesfallleistung vor Rentenbeginn: Rückgewähr der eingezahlten Beiträge
Bezugsberechtigt im Todesfall: Ehemann Rainer Hartung, geb. 04.02.1963
Rentengarantiezeit: 10 Jahre

# Kosten im Jahr 2025
Verwaltungskosten: 42,30 EUR; Abschluss- und Vertriebskosten: keine mehr (getilgt)
""", title="Standmitteilung 2025 LV-08-0419277", date="2026-03-30 23:10"),
        "Standmitteilung_2025_LV-08-0419277.pdf")
    return m


@mail(111, N, "de", "insurer-to-doctor",
      "trap: information to a medical practice about a new address and e-invoice channel for patients' invoices; no patient")
def _():
    m = new(box("leistung-kranken", "Kranichsteiner Leistung Kranken"), "Praxis Dr. med. Ursula Baier <info@praxis-baier.example>",
            "Neue Anschrift für Rechnungen und Arztberichte ab 01.07.2026",
            "2026-06-01 09:00", mailer=CRM, extra=[("Precedence", "bulk")])
    body(m, """
Sehr geehrte Frau Dr. Baier, sehr geehrtes Praxisteam,

Sie behandeln Patientinnen und Patienten, die bei der Kranichsteiner Versicherung versichert sind. Wir möchten Sie über zwei Änderungen informieren:

1. Neue Postanschrift
Ab dem 1. Juli 2026 senden Sie Rechnungen, Befundberichte und Anfragen bitte an:
Kranichsteiner Versicherung VVaG, Posteingang Leistung, Postfach 10 44 80, 64244 Darmstadt
Post an die bisherige Anschrift wird bis Jahresende nachgesendet.

2. Elektronische Rechnungen
Wenn Ihre Abrechnungsstelle E-Rechnungen im Format XRechnung/ZUGFeRD erstellt, können diese über unser Ärzteportal hochgeladen werden. Die Zugangsdaten erhalten Sie auf Anfrage. Bitte schicken Sie Arztberichte oder Rechnungen mit Patientendaten nicht per einfacher E-Mail.

An den Erstattungsregeln ändert sich nichts. Für Rückfragen erreichen Sie unsere Arztservice-Hotline unter 06151 3907-3000.

Mit freundlichen Grüßen
Leistung Krankenversicherung
Kranichsteiner Versicherung VVaG

""" + FOOT_DE)
    return m


@mail(112, C, "mixed", "internal",
      "German internal mail quoting an English hotel letter on a named customer's stolen suitcase (travel baggage claim, no health)")
def _():
    m = new(who("lombardi"), box("leistung-reise", "Team Reise-Leistung"),
            "Reisegepäck RE-S-2026-00455 Albers - Bestätigung Hotel liegt vor",
            "2026-04-22 14:10", mailer=OUTLOOK)
    body(m, """
Hallo zusammen,

für den Gepäckschaden von Herrn Dirk Albers (Reisegepäckversicherung RE-24-1167730, Diebstahl des Koffers aus dem Gepäckraum des Hotels in Dublin) ist jetzt die Bestätigung des Hotels da, siehe unten. Damit ist die Obliegenheit zur Anzeige beim Beherbergungsbetrieb erfüllt. Eine Polizeianzeige hat er zusätzlich erstattet (Garda Pearse Street, Ref. 26/44817).

Laut Liste des Kunden: Koffer 180 EUR, Kleidung 940 EUR, Kulturbeutel 85 EUR, Kopfhörer 349 EUR. Die Kopfhörer sind als Wertsache nur bis 25 % der Versicherungssumme gedeckt, das passt aber noch (VS 2.000 EUR). Bitte regulieren; Zeitwertabzug für die Kleidung nach Liste.

Danke
Chiara

> From: Front Office Manager, The Liffey Quay Hotel
> Date: 17 April 2026
> Subject: Confirmation - missing luggage, guest Mr Dirk Albers
>
> Dear Sir or Madam,
>
> We confirm that our guest Mr Dirk Albers (stay 9-12 April 2026, room 412) left a grey hard-shell suitcase in our luggage room on 12 April at 11:05 after check-out. When he returned at 16:40 the suitcase could not be found. Our CCTV shows an unknown person removing a similar suitcase at 14:52. The incident has been reported to the Garda. The hotel's liability is limited under Irish law to EUR 1,300 and we have referred the matter to our insurer.
>
> Kind regards,
> Aoife Brennan, Front Office Manager
""" + sig("lombardi", "de", short=True))
    return m


@mail(113, N, "en", "insurer-to-supplier",
      "trap: licence renewal order for OCR software used for medical invoices; page volumes, no document content")
def _():
    m = new(who("marx"), "ScanVerse Renewals <renewals@scanverse.example>",
            "Renewal order - ScanVerse Capture Enterprise, contract SV-DE-2291",
            "2026-05-26 14:30", cc=who("kuhlmann"), mailer=OUTLOOK)
    body(m, """
Dear Mr Hughes,

we confirm the renewal of our ScanVerse Capture Enterprise licence for another 24 months from 1 July 2026, based on your quotation RQ-2026-0418:

- Capture Enterprise, 2 production servers + 1 test server
- Page volume: 6 million pages per year (2025 actual: 5.2 million, of which about 80 % are doctors', hospital and pharmacy invoices for our health claims)
- Add-on "Medical Invoice Classifier" (GOÄ/GOZ position recognition), incl. the 2026 model update
- Premium support 8x5, German-speaking first-level support
Total: EUR 148,600.00 net for 24 months, payable annually in advance.

Conditions:
- Processing in our own data centre only. Your support staff may not access production documents; log files must be free of document content (as in the current DPA, annex 3).
- The annual penetration test report for the product must be provided by 31 March each year.

Please send the order confirmation to procurement@kranichsteiner.example, quoting PO 4500021183.

Kind regards,
Tobias Marx
Procurement
""" + sig("marx", "en"))
    return m


@mail(114, S, "en", "insurer-to-customer",
      "critical illness claim paid for a named customer: breast cancer (C50.4), diagnosis date, lump sum")
def _():
    m = new(who("eichhorn"), "Rachel Adeyemi <rachel.adeyemi@icloud.example>",
            "Your critical illness claim - payment confirmed (LV-CI-22-0080413)",
            "2026-03-05 11:22", mailer=OUTLOOK)
    body(m, """
Dear Ms Adeyemi,

I am glad to be able to give you a quick answer on your claim.

We have received the histology report and the letter from the breast centre at Klinikum Darmstadt. They confirm the diagnosis of invasive breast cancer (ICD-10 C50.4, upper outer quadrant, left side), first diagnosed on 9 February 2026. This is a covered critical illness under your policy LV-CI-22-0080413, and the waiting period of six months has long passed.

We will therefore pay the full sum insured of EUR 100,000.00 to your account within the next three working days. You do not need to send any further documents.

The policy continues; because of the payout the cover for cancer ends, while the cover for the other illnesses listed in your policy remains in force. Premiums are waived from 1 March 2026, as agreed in the waiver-of-premium option you chose.

I wish you strength and all the best for your treatment. If you have any questions, you can reach me directly.

Kind regards,
Dagmar Eichhorn
""" + sig("eichhorn", "en"))
    return m


@mail(115, N, "en", "internal",
      "trap: quarterly claims KPI report in an HTML table (turnaround, reopen rates per line), aggregates only")
def _():
    m = new(box("controlling", "Claims Controlling"),
            "Leitungskreis Schaden/Leistung <lk-schaden@kranichsteiner.example>",
            "Claims KPIs Q1 2026",
            "2026-04-09 08:00", mailer="Kranichsteiner Reporting Service 3.2")
    plain = """
Claims KPIs Q1 2026 (all lines)

  Line                    New claims  Closed  Median days  Reopen rate  Complaints per 1,000 claims
  Health comprehensive        61,482  60,950          3.1        0.4 %                          1.9
  Health supplementary        22,118  22,004          2.4        0.3 %                          1.4
  Disability (BU)                138     121         74.0        4.1 %                         28.9
  Accident                       412     398         21.5        2.0 %                          9.7
  Motor                        5,931   5,602         12.8        3.3 %                          8.1
  Household/buildings          3,270   3,115          9.6        2.6 %                          6.4
  Liability                    1,044   1,001         11.2        1.9 %                          5.0
  Legal expenses               1,486   1,377          4.8        1.1 %                          3.3
  Travel                         702     688          6.3        0.9 %                          5.7

Comments: motor median days improved from 16.4 in Q4 after the second assessor firm started. BU remains above the 60-day target.
"""
    html = """
<html><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p><b>Claims KPIs Q1 2026 (all lines)</b></p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#d9e2ec"><th>Line</th><th>New claims</th><th>Closed</th><th>Median days</th><th>Reopen rate</th><th>Complaints per 1,000 claims</th></tr>
<tr><td>Health comprehensive</td><td align="right">61,482</td><td align="right">60,950</td><td align="right">3.1</td><td align="right">0.4 %</td><td align="right">1.9</td></tr>
<tr><td>Health supplementary</td><td align="right">22,118</td><td align="right">22,004</td><td align="right">2.4</td><td align="right">0.3 %</td><td align="right">1.4</td></tr>
<tr><td>Disability (BU)</td><td align="right">138</td><td align="right">121</td><td align="right">74.0</td><td align="right">4.1 %</td><td align="right">28.9</td></tr>
<tr><td>Accident</td><td align="right">412</td><td align="right">398</td><td align="right">21.5</td><td align="right">2.0 %</td><td align="right">9.7</td></tr>
<tr><td>Motor</td><td align="right">5,931</td><td align="right">5,602</td><td align="right">12.8</td><td align="right">3.3 %</td><td align="right">8.1</td></tr>
<tr><td>Household/buildings</td><td align="right">3,270</td><td align="right">3,115</td><td align="right">9.6</td><td align="right">2.6 %</td><td align="right">6.4</td></tr>
<tr><td>Liability</td><td align="right">1,044</td><td align="right">1,001</td><td align="right">11.2</td><td align="right">1.9 %</td><td align="right">5.0</td></tr>
<tr><td>Legal expenses</td><td align="right">1,486</td><td align="right">1,377</td><td align="right">4.8</td><td align="right">1.1 %</td><td align="right">3.3</td></tr>
<tr><td>Travel</td><td align="right">702</td><td align="right">688</td><td align="right">6.3</td><td align="right">0.9 %</td><td align="right">5.7</td></tr>
</table>
<p>Comments: motor median days improved from 16.4 in Q4 after the second assessor firm started. BU remains above the 60-day target.</p>
</body></html>
"""
    html_alt(m, plain, html)
    return m


@mail(116, C, "de", "insurer-to-customer",
      "buildings policy passes to the named buyer of a house after sale; seller named, address, premium, cancellation right")
def _():
    m = new(who("hasselbach"), "Thanh Nguyen <thanh.nguyen@gmx.example>",
            "Übergang der Wohngebäudeversicherung WG-12-0338815 auf Sie als Erwerber",
            "2026-06-11 10:33", mailer=OUTLOOK)
    body(m, """
Sehr geehrter Herr Nguyen,

der Notar hat uns mitgeteilt, dass Sie und Ihre Ehefrau das Einfamilienhaus Hügelstraße 23, 64319 Pfungstadt, von Herrn Albrecht Seidel gekauft haben. Mit der Eintragung im Grundbuch am 02.06.2026 ist die dort bestehende Wohngebäudeversicherung WG-12-0338815 nach § 95 VVG kraft Gesetzes auf Sie übergegangen.

Der Vertrag im Überblick:
- Gefahren: Feuer, Leitungswasser, Sturm/Hagel, Elementar
- Versicherungssumme Wert 1914: 28.600 Mark (gleitender Neuwert)
- Jahresbeitrag: 794,60 EUR, fällig jeweils zum 01.10.; der Beitrag bis 30.09.2026 ist vom Verkäufer bezahlt

Ihre Möglichkeiten:
- Sie können den Vertrag innerhalb eines Monats ab heute mit sofortiger Wirkung oder zum Ende der Versicherungsperiode kündigen.
- Wenn Sie den Vertrag fortführen möchten, benötigen wir nur Ihre Bankverbindung für den Beitrag ab Oktober und das Geburtsdatum beider Eigentümer für den Vertrag.

Herr Seidel erhält eine Bestätigung über das Ende seiner Vertragsstellung.

Mit freundlichen Grüßen
Lena Hasselbach
""" + sig("hasselbach"))
    return m


@mail(117, S, "de", "insurer-to-customer",
      "liability claim: a named customer's daughter pushed a playmate off a trampoline; the named boy's forearm fracture and surgery")
def _():
    m = new(who("brandstaetter"), "Melanie Kraft <melanie.kraft@web.example>",
            "Trampolinunfall vom 16.05.2026 - Schaden PH-S-2026-01377",
            "2026-06-03 14:50", mailer=OUTLOOK)
    body(m, """
Sehr geehrte Frau Kraft,

die Eltern des verletzten Paul Lenz (7 Jahre) haben über ihren Anwalt Ansprüche geltend gemacht. Wir haben den Fall über Ihre Familien-Privathaftpflicht PH-19-6620441 aufgenommen und möchten Sie über den Stand informieren.

Was wir wissen:
Am 16.05.2026 haben Ihre Tochter Mila (8) und Paul auf dem Trampolin in Ihrem Garten gespielt. Nach Ihrer Schilderung und der der Eltern hat Mila Paul beim Springen geschubst; er fiel über den Rand auf die Terrasse. Paul hat sich dabei den linken Unterarm gebrochen (Unterarmschaftfraktur), er wurde im Kinderkrankenhaus Prinzessin Margaret am selben Abend operiert (Marknagelung) und war drei Tage stationär. Die Metallentfernung ist für den Herbst geplant.

Wie es weitergeht:
- Mila ist mit acht Jahren für den Unfall grundsätzlich selbst verantwortlich, wenn sie die Gefahr erkennen konnte. Außerdem stellt sich die Frage der Aufsichtspflicht. Für beides besteht über Ihren Vertrag Versicherungsschutz, auch für deliktsunfähige Kinder.
- Wir werden das Schmerzensgeld und den Haushaltsführungs- bzw. Betreuungsschaden der Eltern mit deren Anwalt direkt verhandeln. Die Behandlungskosten rechnet die Krankenkasse des Kindes mit uns ab.
- Bitte geben Sie gegenüber den Eltern oder deren Anwalt keine Schuldanerkenntnisse ab und leiten Sie Post von dort an uns weiter.

Wir wissen, dass so etwas unter befreundeten Familien belastend ist. Wenn Sie Fragen haben, rufen Sie mich gern an.

Mit freundlichen Grüßen
Ole Brandstätter
""" + sig("brandstaetter"))
    return m


@mail(118, N, "de", "internal",
      "trap: compliance reminder on professional secrecy (§ 203 StGB), clean desk and printing of health data; general rules")
def _():
    m = new(who("hartwig"), "Alle Mitarbeitenden <alle@kranichsteiner.example>",
            "Erinnerung: Schweigepflicht, Clean Desk und Drucken von Gesundheitsdaten",
            "2026-02-18 08:30", cc=who("oberlaender"), mailer=OUTLOOK)
    body(m, """
Liebe Kolleginnen und Kollegen,

bei der letzten Begehung durch den Datenschutz sind uns einige Dinge aufgefallen, die wir gemeinsam abstellen müssen:

1. Auf Druckern in zwei Etagen lagen Ausdrucke aus Leistungsakten, unter anderem Arztberichte, die niemand abgeholt hatte. Bitte nutzen Sie ausschließlich "Follow-Me-Printing" mit Ihrem Ausweis.
2. In mehreren Büros lagen am Abend Akten offen auf dem Schreibtisch. Bitte räumen Sie Unterlagen mit Kunden- oder Gesundheitsdaten bei Verlassen des Arbeitsplatzes in die abschließbaren Schränke.
3. Bildschirme bitte immer sperren (Windows-Taste + L), auch bei kurzer Abwesenheit.

Zur Erinnerung: Als Mitarbeitende eines Kranken- und Lebensversicherers unterliegen wir der Schweigepflicht nach § 203 StGB. Ein Verstoß kann nicht nur arbeitsrechtliche, sondern auch strafrechtliche Folgen haben. Das gilt auch gegenüber Kolleginnen und Kollegen, die mit einem Fall nichts zu tun haben, und im privaten Umfeld.

Die Online-Schulung "Datenschutz und Schweigepflicht 2026" ist ab heute freigeschaltet und bis 31.03. zu absolvieren.

Viele Grüße
Dr. Leonie Hartwig
Recht & Compliance
""" + sig("hartwig", short=True))
    return m


@mail(119, C, "en", "insurer-to-customer",
      "motor claim abroad (Innsbruck): named customer, plate, other driver and Austrian insurer; nobody injured")
def _():
    m = new(who("nowacki"), "Emily Carter <emily.carter@fastmail.example>",
            "Your accident in Innsbruck on 4 April - claim KF-S-2026-04877",
            "2026-04-10 13:17", mailer=OUTLOOK)
    body(m, """
Dear Ms Carter,

thank you for reporting the accident of 4 April 2026 in Innsbruck (Museumstraße) so quickly, and for the completed European accident report. I am glad to read that nobody was hurt.

From the report, the other driver, Mr Lukas Hofer (Austrian registration I-482KT, insured with Alpenländische Versicherung AG), drove into the back of your car (BMW 118i, DA-EC 2407) while you were waiting at the traffic light. Mr Hofer has signed the report and ticked box 8 ("was driving into the rear").

What happens now:
- As you were not at fault, your claim is against Mr Hofer's insurer. Because the accident happened abroad, you can claim through their claims representative in Germany: Alpenländische Versicherung, Schadenregulierungsbeauftragter Deutschland, Leopoldstraße 210, 80804 München. We have already sent them your claim and the accident report.
- You do not need to use your own comprehensive cover. If the other insurer has not made a reasoned offer within three months, you can also contact the German Compensation Office (Entschädigungsstelle).
- Your policy KF-21-9940177 and your no-claims class are not affected.

If you want a workshop recommendation for the repair, let me know.

Kind regards,
Piotr Nowacki
""" + sig("nowacki", "en"))
    return m


@mail(120, N, "de", "insurer-to-partner",
      "trap: wildlife collision statistics per district and month for the association (XLSX), counts only")
def _():
    m = new(box("controlling", "Schadencontrolling"), "Statistik VMV <statistik@vmv-verband.example>",
            "Wildunfallstatistik 2025 - Zulieferung Kranichsteiner (Mitglied 118)",
            "2026-03-02 10:12", mailer=OUTLOOK)
    body(m, """
Sehr geehrte Damen und Herren,

anbei unsere Zulieferung zur Wildunfallstatistik 2025 im Format der Vorjahre. Enthalten sind alle Teilkaskoschäden mit der Ursache "Zusammenstoß mit Haarwild" nach Zulassungsbezirk des Fahrzeugs und Schadenmonat. Personenbezogene Angaben oder Kennzeichen sind nicht enthalten.

Auffällig ist der Landkreis Darmstadt-Dieburg mit einem Anstieg von 14 % gegenüber 2024, vor allem im Oktober und November.

Mit freundlichen Grüßen
Schadencontrolling
Kranichsteiner Versicherung VVaG
""")
    rows1 = [["Zulassungsbezirk", "Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez", "Summe", "Ø Aufwand EUR"],
             ["Darmstadt (Stadt)", 4, 3, 5, 6, 4, 3, 2, 3, 5, 9, 8, 6, 58, 3120],
             ["Darmstadt-Dieburg", 31, 24, 29, 44, 38, 22, 19, 21, 33, 61, 57, 40, 419, 3385],
             ["Bergstraße", 22, 18, 20, 31, 27, 17, 14, 16, 24, 45, 41, 29, 304, 3290],
             ["Odenwaldkreis", 26, 21, 23, 35, 30, 19, 15, 18, 27, 52, 48, 33, 347, 3510],
             ["Groß-Gerau", 9, 7, 8, 12, 10, 6, 5, 6, 9, 16, 14, 11, 113, 3015],
             ["Offenbach (Kreis)", 7, 5, 6, 9, 8, 5, 4, 4, 7, 13, 12, 8, 88, 3180],
             ["übrige", 18, 15, 17, 25, 21, 14, 11, 13, 19, 36, 33, 23, 245, 3240]]
    rows2 = [["Wildart", "Anzahl", "Anteil"], ["Reh", 1102, "70,0 %"], ["Wildschwein", 291, "18,5 %"],
             ["Hirsch/Damwild", 64, "4,1 %"], ["Fuchs/Dachs/Hase", 117, "7,4 %"]]
    att(m, xlsx([("nach Bezirk und Monat", rows1), ("nach Wildart", rows2)], title="Wildunfallstatistik 2025",
                 author="Schadencontrolling", date="2026-03-02 09:50"), "Wildunfallstatistik_2025_Mitglied118.xlsx")
    return m


@mail(121, S, "de", "insurer-to-customer",
      "base64-encoded body: hearing aid reimbursement for a named PKV customer, both ears, tariff limit, policy number")
def _():
    m = new(who("pfeuffer"), "Irmgard Schlosser <irmgard.schlosser@t-online.example>",
            "Ihre Hörgeräte - Erstattung zu KR-95-0028831",
            "2026-05-15 09:41", mailer="Microsoft Outlook 16.0 (mobile)")
    body(m, """
Sehr geehrte Frau Schlosser,

vielen Dank für die Rechnung des Hörakustikers Klangwerk Darmstadt vom 30.04.2026 über Ihre neuen Hörgeräte für beide Ohren. Die Verordnung Ihres HNO-Arztes Dr. Eisenhauer wegen der beidseitigen Innenohrschwerhörigkeit liegt ebenfalls vor.

Ihr Tarif KranichVital Komfort erstattet Hörgeräte bis 1.500 EUR je Ohr alle fünf Jahre. Ihre letzte Versorgung war im März 2019, die Frist ist also abgelaufen.

  Rechnungsbetrag (2 Geräte inkl. Anpassung)   4.980,00 EUR
  erstattungsfähig (2 x 1.500 EUR)             3.000,00 EUR
  Erstattung                                   3.000,00 EUR

Die Batterien bzw. das Ladegerät (149 EUR) sind als Zubehör im Rechnungsbetrag enthalten und damit abgegolten.

Der Betrag wird in den nächsten Tagen überwiesen.

Mit freundlichen Grüßen
Jens Pfeuffer
""" + sig("pfeuffer"), style="b64")
    return m


@mail(122, C, "de", "insurer-to-lawyer",
      "legal expenses cover for a named customer's speeding fine and driving ban (administrative offence), policy, case number")
def _():
    m = new(who("saalfeld"), "Kanzlei für Verkehrsrecht Doll <kanzlei@verkehrsrecht-doll.example>",
            "Deckungszusage Bußgeldverfahren Felix Rauh - unser Zeichen RS-L-2026-01203",
            "2026-05-21 16:02", mailer=OUTLOOK)
    body(m, """
Sehr geehrter Herr Rechtsanwalt Doll,

für Ihren Mandanten, Herrn Felix Rauh, Bessunger Straße 140, 64285 Darmstadt, erteilen wir aus dem Verkehrs-Rechtsschutz des Vertrags RS-20-5508122 Deckungszusage für die Verteidigung im Bußgeldverfahren des Regierungspräsidiums Kassel, Az. 7.2-04.118.337.6.

Vorwurf laut Anhörungsbogen: Überschreitung der zulässigen Höchstgeschwindigkeit auf der BAB 5, Gemarkung Weiterstadt, am 18.04.2026 um 41 km/h (außerorts), Regelfolge 320 EUR Bußgeld, 2 Punkte, 1 Monat Fahrverbot.

Die Zusage umfasst:
- die gesetzlichen Gebühren nach RVG für das Verfahren vor der Verwaltungsbehörde und ggf. vor dem Amtsgericht,
- die Kosten der Einsicht in die Messdaten (Rohmessdaten, Lebensakte des Messgeräts) und eines technischen Sachverständigen, wenn Sie nach Einsicht Anhaltspunkte für Messfehler sehen; bitte stimmen Sie das Gutachten vorher mit uns ab.

Nicht versichert sind das Bußgeld selbst und die Kosten eines Verfahrens, in dem eine vorsätzliche Begehung rechtskräftig festgestellt wird.

Die Selbstbeteiligung Ihres Mandanten beträgt 150 EUR.

Mit freundlichen Grüßen
Benedikt Saalfeld
""" + sig("saalfeld"))
    return m


@mail(123, N, "mixed", "internal",
      "German/English glossary discussion for translating travel insurance conditions; terms only, no person")
def _():
    m = new(who("thornton"), who("saalfeld") + ", " + who("lombardi"),
            "AVB Reise auf Englisch - Glossar, bitte bis Freitag kommentieren",
            "2026-05-06 12:10", mailer=OUTLOOK)
    body(m, """
Hallo Benedikt, hi Chiara,

für die englische Fassung der Reisebedingungen (AVB Reise 2026) hat die Übersetzungsagentur einen Glossarentwurf geschickt. Ein paar Begriffe sind aus meiner Sicht noch nicht rund. Could you both have a look and add your comments in the third column by Friday?

  Deutsch                           Agency proposal                 My comment
  Reiserücktrittsversicherung       travel withdrawal insurance     should be "trip cancellation insurance"
  Reiseabbruchversicherung          trip termination insurance      "trip curtailment insurance" (UK) / "trip interruption" (US)?
  unerwartete schwere Erkrankung    unexpected severe illness       ok
  Obliegenheit                      obligation                      "duty of the insured person", otherwise confusing
  Selbstbeteiligung                 self-participation              "excess" (UK) or "deductible" - we use "deductible" elsewhere
  Wertsachen                        valuables                       ok
  Versicherungsfall                 insured event                   ok
  Rücktransport                     return transport                "repatriation" for medical return
  Beherbergungsbetrieb              lodging company                 "hotel or other accommodation provider"

Allgemein: Die Agentur übersetzt sehr wörtlich. Wir wollen verständliche Bedingungen, also lieber "you" und "we" statt "the policyholder" und "the insurer", wie in unseren anderen englischen Texten.

Danke! Rebecca
""" + sig("thornton", "de", short=True))
    return m


@mail(124, S, "en", "insurer-to-customer",
      "ZIP with settlement PDF and item CSV: named customer's rehabilitation after hip replacement (Z96.64), costs per item")
def _():
    m = new(who("lombardi"), "Liam O'Connor <liam.oconnor@eircom-mail.example>",
            "Settlement of your rehabilitation stay - policy KR-18-4471920",
            "2026-06-16 11:04", mailer=OUTLOOK)
    body(m, """
Dear Mr O'Connor,

please find attached the settlement of your inpatient rehabilitation at Reha-Zentrum Odenwald (28 April to 19 May 2026) as a ZIP file: the settlement letter as PDF and the list of items as CSV, as you asked for a format you can import into your own spreadsheet.

In summary, we reimburse EUR 6,114.00 of the invoiced EUR 6,741.00. The difference concerns the single-room supplement, which your tariff covers in hospital but not in rehabilitation clinics.

Kind regards,
Chiara Lombardi
""" + sig("lombardi", "en"))
    letter = pdf("""
# Settlement of inpatient rehabilitation
Kranichsteiner Versicherung VVaG - Health Claims - 15 June 2026

Insured person: Liam O'Connor, born 19 March 1957, policy KR-18-4471920, tariff KranichVital Top 100
Clinic: Reha-Zentrum Odenwald, Michelstadt
Stay: 28 April 2026 - 19 May 2026 (21 days)
Indication: follow-up rehabilitation after total hip replacement right (ICD-10 Z96.64, primary diagnosis M16.1
osteoarthritis of the hip) performed on 21 April 2026 at Klinikum Darmstadt

Invoiced: EUR 6,741.00     Reimbursed: EUR 6,114.00     Not covered: EUR 627.00 (single-room supplement)

The amount will be transferred to your account ending in 4471 within three working days.
""", title="Settlement rehabilitation KR-18-4471920", author="Chiara Lombardi", date="2026-06-15 17:20")
    items = csvtext([["date_from", "date_to", "item", "quantity", "unit_eur", "invoiced_eur", "reimbursed_eur", "note"],
                     ["2026-04-28", "2026-05-19", "Daily rate rehabilitation (orthopaedics)", 21, 267.00, 5607.00, 5607.00, ""],
                     ["2026-04-28", "2026-05-19", "Single-room supplement", 21, 29.86, 627.00, 0.00, "not covered in rehab"],
                     ["2026-04-29", "2026-05-18", "Chief physician consultation", 3, 62.00, 186.00, 186.00, ""],
                     ["2026-04-28", "2026-05-19", "Aquatic therapy hip", 12, 18.25, 219.00, 219.00, ""],
                     ["2026-05-19", "2026-05-19", "Forearm crutches (pair)", 1, 32.00, 32.00, 32.00, "medical aid"],
                     ["2026-05-19", "2026-05-19", "Raised toilet seat", 1, 70.00, 70.00, 70.00, "medical aid"]], sep=",")
    att(m, zipped([("Settlement_Rehab_KR-18-4471920.pdf", letter), ("Settlement_items.csv", items)],
                  when="2026-06-16 10:58"), "Rehab_settlement_OConnor.zip")
    return m


@mail(125, N, "de", "insurer-to-broker",
      "broker portal: new firm administrator account (user name, password comes separately), no client data")
def _():
    m = new("Kranichsteiner Maklerportal <noreply@makler.kranichsteiner.example>", "Serkan Aydin <s.aydin@fenske-aydin.example>",
            "Ihr Zugang als Makleradministrator - Fenske & Aydin Versicherungsmakler GmbH",
            "2026-02-03 09:15", mailer=PORTAL)
    body(m, """
Guten Tag Herr Aydin,

für Ihre Firma Fenske & Aydin Versicherungsmakler GmbH (Vermittlernummer 40-0882) wurde ein Zugang zum Kranichsteiner Maklerportal mit der Rolle "Makleradministrator" eingerichtet.

Ihr Benutzername: fenske-aydin.saydin

Das Initialpasswort erhalten Sie aus Sicherheitsgründen mit separater Post an die Firmenanschrift. Nach der ersten Anmeldung müssen Sie ein eigenes Passwort und eine Sicherheitsfrage festlegen.

Als Makleradministrator können Sie
- weitere Benutzer Ihrer Firma anlegen und sperren,
- Bestandsrechte für einzelne Benutzer vergeben,
- die elektronische Vermittlerpost für Ihr Maklerverwaltungsprogramm freischalten.

Fragen beantwortet Ihnen die Maklerbetreuung unter 06151 3907-7200.

Ihr Kranichsteiner Maklerportal
Diese E-Mail wurde automatisch erstellt.
""")
    return m


@mail(126, C, "en", "insurer-to-customer",
      "change of address and bank account confirmed for a named customer (new IBAN, household and liability policies), customer mail quoted")
def _():
    acct = iban("DE", "550501200200417852")
    m = new(who("korkmaz"), "Gareth Lewis <gareth.lewis@btinternet.example>",
            "RE: Moving to Mainz - new address and bank account",
            "2026-05-18 15:27", irt=mid("lewis-move", "btinternet.example"), mailer=OUTLOOK)
    body(m, """
Dear Mr Lewis,

thank you, all done. From 1 June 2026 we have recorded:

  New address:     Gaustraße 52, 55116 Mainz
  New account:     %s (Sparkasse Mainz), account holder Gareth Lewis
  Policies:        household HR-20-7719043 and personal liability PH-20-7719050

The household insurance moves with you; the new flat is covered from the day you move in, and during the move both flats are insured for up to two months. As the flat is smaller (62 instead of 78 m²), the premium goes down slightly from EUR 132.80 to EUR 121.40 per year. You will receive a new policy schedule by post.

Best wishes for the move!

Kind regards,
Aylin Korkmaz
Customer Service

> On 16 May 2026, at 21:04, Gareth Lewis wrote:
>
> Hello, we are moving on 1 June from Darmstadt (Liebfrauenstraße 9) to Gaustraße 52, 55116 Mainz. Please also take the premiums from my new account at Sparkasse Mainz from now on, the old Comdirect account will be closed. Both my policies please.
> Thanks, Gareth Lewis
""" % acct + sig("korkmaz", "en"))
    return m


@mail(127, N, "en", "insurer-to-partner",
      "exchange of S/MIME domain certificates with the reinsurer (public certificate as PEM), no personal data")
def _():
    m = new(who("oyelaran"), "PKI Team Nordmeer Rück <pki@nordmeer-rueck.example>",
            "Domain certificate kranichsteiner.example - renewal 2026",
            "2026-03-16 10:02", mailer=OUTLOOK)
    body(m, """
Hello PKI team,

our S/MIME domain certificate for gateway-to-gateway encryption has been renewed as part of the weekend maintenance. Please replace the old certificate (valid until 31 March 2026) with the attached one in your gateway.

  Subject:      CN=kranichsteiner.example, O=Kranichsteiner Versicherung VVaG, C=DE
  Issuer:       CN=Example Trust S/MIME CA 2, O=Example Trust GmbH, C=DE
  Valid:        2026-03-14 to 2028-03-13
  SHA-256:      4F:9A:27:C1:0B:3D:88:E2:17:5C:A9:60:DE:41:7F:22:90:AB:33:C8:5E:04:61:F7:12:8D:B6:9C:EE:30:57:A1

Please verify the fingerprint by phone before importing (ext. 8840). In return we would be grateful for your current certificate, as ours expires in 2027 according to our records.

Best regards,
Marcus Oyelaran
IT Infrastructure
""" + sig("oyelaran", "en", short=True))
    pem = T("""
-----BEGIN CERTIFICATE-----
MIIDxTCCAq2gAwIBAgIUKr1n3n9X0m4kZ2m5yT0bq6V7c0swDQYJKoZIhvcNAQEL
BQAwTDELMAkGA1UEBhMCREUxGjAYBgNVBAoMEUV4YW1wbGUgVHJ1c3QgR21iSDEh
MB8GA1UEAwwYRXhhbXBsZSBUcnVzdCBTL01JTUUgQ0EgMjAeFw0yNjAzMTQwMDAw
MDBaFw0yODAzMTMyMzU5NTlaMGYxCzAJBgNVBAYTAkRFMSowKAYDVQQKDCFLcmFu
aWNoc3RlaW5lciBWZXJzaWNoZXJ1bmcgVlZhRzErMCkGA1UEAwwia3JhbmljaHN0
ZWluZXIuZXhhbXBsZSAoZ2F0ZXdheSkwggEiMA0GCSqGSIb3DQEBAQUAA4IBDwAw
ggEKAoIBAQC7mU0vXk3m1pQ9dR2e7xLwq8y3Gf0sNn2k5JtR9aYbW4cH1uZp6DqE
vF2tL8oM3hK9sPq1Xy7aR4bN6cE0wT5jG2fU8iVz1nQ3lA7dK9pS4rY6mB0xC2eH
-----END CERTIFICATE-----
""")
    att(m, pem.encode("ascii"), "kranichsteiner.example_smime_2026.pem", ctype="application/x-pem-file")
    return m


@mail(128, S, "de", "insurer-to-customer",
      "criminal legal expenses cover: named customer prosecuted for negligent bodily injury after a bike accident; injured woman's hip fracture")
def _():
    m = new(who("saalfeld"), "Tobias Engel <tobias.engel@posteo.example>",
            "Strafverfahren wegen fahrlässiger Körperverletzung - Deckungszusage RS-L-2026-01077",
            "2026-05-04 11:45", mailer=OUTLOOK)
    body(m, """
Sehr geehrter Herr Engel,

Sie haben uns die Ladung der Staatsanwaltschaft Darmstadt (Az. 310 Js 14882/26) zur Beschuldigtenvernehmung übersandt. Ihnen wird vorgeworfen, am 09.03.2026 auf dem Radweg am Herrngarten mit Ihrem Fahrrad eine Fußgängerin, Frau Hedwig Marschall (82), angefahren zu haben. Frau Marschall erlitt nach der Akte einen Oberschenkelhalsbruch und wurde im Alice-Hospital operiert.

Aus Ihrem Rechtsschutzvertrag RS-17-3390416 (Privat- und Verkehrsrechtsschutz) besteht Straf-Rechtsschutz für den Vorwurf eines fahrlässigen Vergehens. Wir erteilen Deckungszusage für
- die Verteidigung im Ermittlungsverfahren durch einen Anwalt Ihrer Wahl,
- im Fall einer Anklage das Verfahren vor dem Amtsgericht in der ersten Instanz.

Wichtig:
- Bitte äußern Sie sich gegenüber der Polizei oder Staatsanwaltschaft nicht zur Sache, bevor Sie mit einem Anwalt gesprochen haben. Wenn Sie keinen kennen, nennen wir Ihnen gern eine Kanzlei für Verkehrsstrafrecht in Darmstadt.
- Die zivilrechtlichen Ansprüche von Frau Marschall (Schmerzensgeld, Behandlungskosten) sind keine Sache der Rechtsschutzversicherung, sondern Ihrer Privathaftpflicht. Sollten Sie diese nicht bei uns haben, melden Sie den Schaden bitte dort.
- Wird rechtskräftig festgestellt, dass Sie vorsätzlich gehandelt haben, entfällt der Versicherungsschutz rückwirkend.

Mit freundlichen Grüßen
Benedikt Saalfeld
""" + sig("saalfeld"))
    return m


@mail(129, N, "de", "internal",
      "trap: blood donation drive at headquarters with the Red Cross; no individual health data")
def _():
    m = new(who("bruegmann"), "Alle Mitarbeitenden <alle@kranichsteiner.example>",
            "Blutspende im Haus am 24. Juni - jetzt Termin reservieren",
            "2026-06-05 09:45", mailer=OUTLOOK)
    body(m, """
Liebe Kolleginnen und Kollegen,

im Sommer werden Blutkonserven regelmäßig knapp. Deshalb kommt der Blutspendedienst des Roten Kreuzes am Mittwoch, 24. Juni, von 12:00 bis 18:00 Uhr zu uns ins Foyer von Gebäude A.

Was Sie wissen sollten:
- Spenden kann, wer mindestens 18 Jahre alt ist und sich gesund fühlt. Ob Sie spenden dürfen, klärt das ärztliche Team vor Ort in einem vertraulichen Gespräch.
- Bitte vorher gut essen und trinken und den Personalausweis mitbringen.
- Die Spende inklusive Ruhepause dauert etwa eine Stunde und gilt als Arbeitszeit.
- Wer von uns gespendet hat, erfährt die Personalabteilung nicht. Wir bekommen vom DRK nur die Gesamtzahl.

Termine reservieren Sie direkt auf der Seite des Blutspendedienstes (Link im Intranet). Spontan vorbeikommen geht auch, dann kann es Wartezeiten geben.

Danke an alle, die mitmachen!
Annette Brügmann
""" + sig("bruegmann", short=True))
    return m


@mail(130, C, "en", "internal",
      "collections report CSV listing named customers with overdue motor premiums, policy numbers and amounts")
def _():
    m = new("Collections Reporting <reporting@kranichsteiner.example>", box("inkasso", "Beitragsinkasso"),
            "Collections report - motor, dunning level 2, as of 2026-04-15",
            "2026-04-15 06:30", cc=who("pahl"), mailer="Kranichsteiner Reporting Service 3.2")
    body(m, """
Collections report motor - dunning level 2 (qualified reminder under section 38 VVG sent, 14-day period running)

Records: 6
Total outstanding: EUR 3,402.49

The full list is attached as CSV. Cover ends for records with status "period expired" unless payment is received; please check the list before the cover suspension run tomorrow at 05:00.

This report contains personal data. Do not forward outside the collections team.
""")
    rows = [["policy_no", "customer_name", "city", "due_date", "amount_eur", "dunning_level", "period_end", "status"],
            ["KF-22-1180937", "Marco Bianchi", "Darmstadt", "2026-03-01", "412.30", "2", "2026-04-18", "period running"],
            ["KF-19-4402811", "Sandra Lützenkirchen", "Dieburg", "2026-03-01", "689.12", "2", "2026-04-16", "period running"],
            ["KF-24-0917735", "Kevin Hammann", "Griesheim", "2026-02-15", "254.88", "2", "2026-04-10", "period expired"],
            ["KF-21-6633402", "Olga Wiebe", "Pfungstadt", "2026-03-01", "533.40", "2", "2026-04-17", "period running"],
            ["KF-25-2087719", "Yusuf Aktas", "Weiterstadt", "2026-03-15", "918.60", "2", "2026-04-24", "period running"],
            ["KF-18-3371062", "Bernd Rohrbach", "Erbach", "2026-02-15", "594.19", "2", "2026-04-09", "period expired"]]
    att(m, csvtext(rows, sep=";").encode("windows-1252"), "collections_motor_L2_2026-04-15.csv",
        ctype="text/csv", charset="windows-1252")
    return m


@mail(131, S, "en", "insurer-to-customer",
      "trip cancellation due to the named customer's mother's stroke: medical certificate, hospital, reimbursement")
def _():
    m = new(who("lombardi"), "Charlotte Reid <charlotte.reid@outlook.example>",
            "Trip cancellation Lisbon - claim RE-S-2026-00528",
            "2026-04-24 10:12", mailer=OUTLOOK)
    body(m, """
Dear Ms Reid,

I am very sorry to hear about your mother's illness and hope she is recovering.

We have received the certificate from the Royal Berkshire Hospital confirming that your mother, Mrs Patricia Reid, was admitted on 8 April 2026 with an acute ischaemic stroke and that she was still in the stroke unit on 14 April, the day your trip to Lisbon was due to start. The illness of a close relative is an insured reason for cancellation under your trip cancellation policy RE-25-8820413.

Settlement:
  Package holiday Lisbon 14-21 April, cancellation fee charged by the tour operator (80 %)   EUR 1,860.00
  Deductible 20 % (policy without excess waiver)                                            EUR  -372.00
  Reimbursement                                                                             EUR 1,488.00

The amount will be transferred to your account within five working days. Your flights to the UK to visit your mother are unfortunately not covered, as they are not part of the insured trip.

Kind regards,
Chiara Lombardi
""" + sig("lombardi", "en"))
    return m


@mail(132, N, "de", "newsletter",
      "trap: generic mass notice about the insurer's own new bank account (company IBAN), no recipient-specific data")
def _():
    own = iban("DE", "508501500000777111")
    m = new(box("service", "Kranichsteiner Versicherung"), "undisclosed-recipients:;",
            "Wichtig: Neue Bankverbindung der Kranichsteiner ab 1. Juli 2026",
            "2026-06-15 07:15", extra=[("Precedence", "bulk")])
    body(m, """
Sehr geehrte Kundin, sehr geehrter Kunde,

zum 1. Juli 2026 wechseln wir unsere Hausbank für Beitragszahlungen. Für Sie ändert sich nur etwas, wenn Sie uns Beiträge selbst überweisen oder einen Dauerauftrag eingerichtet haben.

Unsere neue Bankverbindung:
  Kontoinhaber: Kranichsteiner Versicherung VVaG
  IBAN: %s
  BIC: HELADEF1DAS (Sparkasse Darmstadt)

Bitte ändern Sie Ihren Dauerauftrag bis zum 30. Juni. Zahlungen auf das bisherige Konto leiten wir bis zum 31. Dezember 2026 weiter.

Wenn Sie am Lastschriftverfahren teilnehmen, müssen Sie nichts tun. Ihr Lastschriftmandat bleibt gültig.

Achtung: Wir fordern Sie niemals per E-Mail auf, uns Ihre eigenen Bankdaten oder Passwörter zu schicken. Prüfen Sie bei Zweifeln die Bankverbindung auf www.kranichsteiner.example/bank.

Mit freundlichen Grüßen
Ihre Kranichsteiner Versicherung

""" % own + FOOT_DE)
    return m


@mail(133, C, "en", "insurer-to-customer",
      "cyber claim of a named sole trader (freelance translator): ransomware on her laptop, policy, forensics, client data notification")
def _():
    m = new(who("wassermann"), "Fatima El-Amrani <fatima@elamrani-translations.example>",
            "Your cyber claim CY-S-2026-00041 - next steps",
            "2026-05-25 13:05", mailer=OUTLOOK)
    body(m, """
Dear Ms El-Amrani,

thank you for calling our cyber hotline on Saturday. To summarise where we are:

Policy: Cyber Protect Solo CY-24-0018832 (policyholder: Fatima El-Amrani, freelance translator, Bleichstraße 4, 64283 Darmstadt)
Incident: ransomware on your work laptop, detected 23 May 2026, files encrypted, ransom note demanding 0.08 BTC

What we have arranged:
1. IT forensics: our partner SecuRhein GmbH picked up the laptop on Sunday. They will check whether data was copied before encryption. Costs are covered in full.
2. Data restoration: your cloud backup from 20 May is intact; restoring it onto a cleaned device is covered up to EUR 10,000.
3. Ransom: please do not pay it. The policy does not cover ransom payments.
4. Client data: if the forensics show that documents of your clients were accessed, you may have to notify the data protection authority within 72 hours and possibly the clients. Our partner law firm will advise you free of charge; the hotline will put you through.
5. Loss of income: you told us that you cannot work for about a week. The business interruption cover pays EUR 180 per day after a waiting period of 24 hours. Please keep a list of cancelled or delayed orders.

Your deductible is EUR 250.

Kind regards,
Frederik Wassermann
Commercial Lines
""" + sig("wassermann", "en"))
    return m


@mail(134, N, "en", "insurer-to-partner",
      "natural-catastrophe accumulation by postcode area for the reinsurer (XLSX), sums insured aggregated, no policy")
def _():
    m = new(who("weyand"), "Henrik Aalto <henrik.aalto@nordmeer-rueck.example>",
            "Nat cat accumulation as at 31.03.2026 - flood and heavy rain",
            "2026-04-30 16:40", cc=who("falkenrath"), mailer=OUTLOOK)
    body(m, """
Dear Henrik,

as agreed for the property cat treaty, here is our accumulation of sums insured for flood and heavy rain by two-digit postcode area and hazard zone (ZÜRS classes 1-4), as at 31 March 2026.

Notes:
- Buildings and contents are shown separately; commercial property is included in the buildings figures.
- Zone 4 exposure increased by 6 % after the re-zoning of the Gersprenz valley in 2025.
- Postcode areas with fewer than 50 risks are merged into "other".

The June treaty meeting can use these figures; I will send an update as at 30 June in July.

Best regards,
Clara Weyand
""" + sig("weyand", "en"))
    rows = [["Postcode area", "ZÜRS zone", "Risks buildings", "Sum insured buildings EUR m", "Risks contents", "Sum insured contents EUR m"],
            ["64", 1, 61240, 18420.5, 70115, 4210.3],
            ["64", 2, 8215, 2410.8, 9120, 538.6],
            ["64", 3, 1390, 401.2, 1502, 88.9],
            ["64", 4, 212, 58.7, 230, 13.4],
            ["63", 1, 9840, 2920.1, 11206, 661.0],
            ["63", 2, 1611, 470.3, 1780, 102.5],
            ["63", 3, 302, 84.6, 331, 19.2],
            ["65/55", 1, 7402, 2310.4, 8844, 548.7],
            ["65/55", 2, 1027, 318.9, 1190, 71.2],
            ["68/69", 1, 5118, 1580.2, 6004, 352.8],
            ["other", "1-4", 3960, 1190.7, 4412, 260.4]]
    att(m, xlsx([("Accumulation 2026-03-31", rows)], title="Nat cat accumulation", author="Clara Weyand",
                 date="2026-04-30 16:15"), "natcat_accumulation_2026-03-31.xlsx")
    return m


@mail(135, S, "de", "insurer-to-customer",
      "long-term care insurance: named care recipient with Parkinson's disease, care grade 2, bathroom conversion and care aids")
def _():
    m = new(who("sonntag"), "Roland Pieper <roland.pieper@web.example>",
            "Zuschuss Badumbau und Pflegehilfsmittel für Frau Ursula Pieper - PPV-02-1188427",
            "2026-06-08 15:20", mailer=OUTLOOK)
    body(m, """
Sehr geehrter Herr Pieper,

vielen Dank für Ihren Antrag für Ihre Frau, Ursula Pieper, die bei uns in der privaten Pflegepflichtversicherung PPV-02-1188427 versichert ist. Seit der Begutachtung im März ist bei ihr wegen der fortschreitenden Parkinson-Erkrankung der Pflegegrad 2 festgestellt.

Wir übernehmen:

1. Wohnumfeldverbessernde Maßnahme
Umbau der Badewanne zu einer bodengleichen Dusche mit Haltegriffen und Duschklappsitz laut Angebot der Firma Sanitär Ruppert vom 22.05.2026 über 8.940 EUR. Der Zuschuss beträgt je Maßnahme höchstens 4.180 EUR. Bitte reichen Sie nach Abschluss die Rechnung ein.

2. Pflegehilfsmittel zum Verbrauch
Einmalhandschuhe, Bettschutzeinlagen und Desinfektionsmittel bis 42 EUR monatlich. Sie können die Kosten monatlich einreichen oder einen Vertragspartner beauftragen, der direkt mit uns abrechnet.

3. Technische Hilfsmittel
Das beantragte Pflegebett leihen wir Ihnen über unseren Partner RehaService Südhessen; ein Mitarbeiter meldet sich zur Terminabsprache. Ein Eigenanteil fällt nicht an.

Den beantragten Treppenlift können wir erst nach einer Prüfung durch unseren Pflegeberater bewerten. Frau Weller von unserer Pflegeberatung ruft Sie in den nächsten Tagen an und kommt gern zu Ihnen nach Hause.

Mit freundlichen Grüßen
Mareike Sonntag
""" + sig("sonntag"))
    return m


@mail(136, C, "de", "insurer-to-customer",
      "hunting liability certificate for the hunting licence authority: named hunter, birth date, address, policy and limits")
def _():
    m = new(box("service", "Kranichsteiner Kundenservice"), "Wilhelm Sauer <wilhelm.sauer@jagd-mail.example>",
            "Versicherungsbestätigung Jagdhaftpflicht für die Untere Jagdbehörde",
            "2026-03-25 10:40", mailer=CRM)
    body(m, """
Sehr geehrter Herr Sauer,

wie gewünscht erhalten Sie die Versicherungsbestätigung für die Verlängerung Ihres Jagdscheins. Sie können diese E-Mail ausdrucken und der Unteren Jagdbehörde des Landkreises Darmstadt-Dieburg vorlegen; das Original geht Ihnen zusätzlich per Post zu.

VERSICHERUNGSBESTÄTIGUNG nach § 17 Abs. 1 Nr. 4 Bundesjagdgesetz

Versicherungsnehmer: Wilhelm Sauer, geb. 07.06.1958
Anschrift: Am Rödergrund 11, 64853 Otzberg
Vertrag: Jagdhaftpflichtversicherung JH-11-0082246
Versicherungszeitraum: 01.04.2026 bis 31.03.2027, Beitrag bezahlt
Deckungssummen: 10.000.000 EUR pauschal für Personen- und Sachschäden, 1.000.000 EUR für Vermögensschäden
Mitversichert: Jagdhunde (bis zu drei), Waffenbesitz, Tätigkeit als Jagdaufseher

Die Deckungssummen übersteigen die gesetzlichen Mindestsummen (500.000 EUR Personenschäden, 50.000 EUR Sachschäden).

Darmstadt, 25.03.2026
Kranichsteiner Versicherung VVaG

""" + FOOT_DE)
    return m


@mail(137, N, "en", "internal",
      "trap: migration of the claims document archive (medical records volumes, storage tiers), no document content")
def _():
    m = new(who("oyelaran"), "IT Operations <it-ops@kranichsteiner.example>",
            "Archive migration wave 3 - health and life claim documents, 13-14 June",
            "2026-06-04 18:02", cc=who("grafenstein") + ", " + who("kuhlmann"), mailer=OUTLOOK)
    body(m, """
Team,

plan for wave 3 of the archive migration (old ECM to the new object storage):

Scope
- Health claims documents 2016-2025: ~41 million objects, 96 TB (doctors' invoices, hospital letters, prescriptions)
- Life and BU claims files 2006-2025: ~3.2 million objects, 11 TB (medical reports, death certificates)
- Both classified "strictly confidential" in the records register. Encryption at rest with the HSM-backed keys, new key ring KR-ARCH-03.

Schedule
- Sat 13 June 06:00: freeze of the old archive for writes, claims teams informed (read access stays)
- Sat 06:30 - Sun 20:00: bulk copy, checksum verification per object
- Sun 21:00: switch of the document service to the new storage, smoke tests by the claims key users

Rules
- No sampling of document content for the tests. Checks are done on checksums and metadata only; the key users test with their own cases in the application.
- Logs must not contain file names, as they include customer numbers.
- Sina (data protection) signs off on the deletion of the old volumes after 30 days.

Call me if anything blocks.

Marcus
""" + sig("oyelaran", "en", short=True))
    return m


@mail(138, S, "mixed", "insurer-to-customer",
      "English explanation to a named expat quoting his German cardiology invoice: atrial fibrillation (I48.0), echo, Holter ECG")
def _():
    m = new(who("lombardi"), "Arjun Patel <arjun.patel@gmail.example>",
            "Your question about the cardiology invoice (policy KR-23-3318460)",
            "2026-05-29 11:48", irt=mid("patel-invoice", "gmail.example"), mailer=OUTLOOK)
    body(m, """
Dear Mr Patel,

you asked why the invoice of your cardiologist is so much higher than the "official" fees. Here is the invoice with my explanation below each part.

> Kardiologische Praxis am Luisenplatz - Dr. med. Frank Hollerbach
> Rechnung Nr. 2026-1182 vom 18.05.2026
> Patient: Arjun Patel, geb. 07.01.1985
> Diagnose: Vorhofflimmern, paroxysmal (I48.0), Palpitationen
>
> Datum       GOÄ   Leistung                                   Faktor   Betrag
> 05.05.2026  1     Beratung                                    2,3      10,72
> 05.05.2026  7     Untersuchung Organsystem                    2,3      21,45
> 05.05.2026  651   EKG in Ruhe                                 1,8      26,54
> 05.05.2026  424   Farbdoppler-Echokardiographie               1,8     142,72
> 05.05.2026  659   Langzeit-EKG 24 h                           1,8      44,19
> 12.05.2026  3     eingehende Beratung (Therapie, Antikoagulation) 3,5  30,60
> Summe                                                                  276,22 EUR

What this means:
- GOÄ is the official German fee schedule for private treatment. Each item has a base fee; doctors multiply it by a factor. Up to 2.3 (1.8 for technical services such as ECG and ultrasound) is normal and needs no reason.
- Item 3 on 12 May is charged at factor 3.5. This is allowed, but the doctor must give a reason on the invoice. The reason is missing. We reimburse it at 2.3 (EUR 20.11) for now; if Dr. Hollerbach adds the reason (e.g. long discussion about blood thinners), we will pay the rest.

Reimbursement: EUR 265.73 of EUR 276.22, transferred today.

Kind regards,
Chiara Lombardi
""" + sig("lombardi", "en"))
    return m


@mail(139, C, "en", "insurer-to-customer",
      "relocation goods insurance for a named customer moving to Toronto: policy PDF and valued inventory CSV in a ZIP")
def _():
    m = new(who("wassermann"), "Daniel Hoffmann-Reyes <daniel.hr@posteo.example>",
            "Your transit insurance for the move to Toronto - documents",
            "2026-06-22 17:33", mailer=OUTLOOK)
    body(m, """
Dear Mr Hoffmann-Reyes,

attached are your policy and the valued inventory as a ZIP file. Please check the inventory carefully; only items on the list with a value are insured for their full value.

The container will be loaded on 1 July in Darmstadt; cover runs from the start of packing until unpacking in Toronto, at the latest 60 days after loading.

Kind regards,
Frederik Wassermann
""" + sig("wassermann", "en"))
    policy_pdf = pdf("""
# Transit insurance for household removal - policy TR-26-0112904
Kranichsteiner Versicherung VVaG, Commercial Lines - 22 June 2026

Policyholder: Daniel Hoffmann-Reyes and Camila Reyes
Current address: Karlstraße 88, 64285 Darmstadt
New address: 41 Roxton Road, Toronto, ON M6J 2Y5, Canada
Carrier: Umzüge Krüger International GmbH, container 40' HC, sea route Hamburg - Halifax - Toronto by rail

Sum insured: EUR 68,500 according to the valued inventory (annex)
Cover: all risks incl. breakage for professionally packed goods, general average, war and strike
Deductible: EUR 300 per claim; jewellery and cash not insured
Premium: EUR 616.50 (0.9 % of sum insured), insurance tax included
""", title="Policy TR-26-0112904", author="Frederik Wassermann", date="2026-06-22 17:10")
    inventory = csvtext([["box", "content", "value_eur"],
                         ["1-12", "books, kitchenware", 2400],
                         ["13", "espresso machine", 1150],
                         ["14-18", "clothing", 3800],
                         ["19", "television 65 inch", 1700],
                         ["20", "piano (upright, packed by carrier)", 9800],
                         ["21", "road bike", 2900],
                         ["22-30", "furniture living room and bedroom", 18500],
                         ["31", "paintings (3), list with photos", 6200],
                         ["32-40", "other household goods", 22050]], sep=",")
    att(m, zipped([("Policy_TR-26-0112904.pdf", policy_pdf), ("Inventory_TR-26-0112904.csv", inventory)],
                  when="2026-06-22 17:30"), "Transit_insurance_Toronto.zip")
    return m


@mail(140, N, "mixed", "insurer-to-partner",
      "English/German exchange with the reinsurer on the pandemic exclusion wording of a treaty; contract clauses only")
def _():
    m = new(who("weyand"), "Henrik Aalto <henrik.aalto@nordmeer-rueck.example>",
            "RE: Treaty wording 2027 - communicable disease exclusion",
            "2026-06-18 11:20", irt=mid("aalto-wording"), cc=who("hartwig"), mailer=OUTLOOK)
    body(m, """
Dear Henrik,

thank you for the proposed wording. Our legal department has one concern: the German original of the health quota share, which is the binding version, currently reads

> § 9 Ausschlüsse
> (3) Nicht rückversichert sind Leistungen aus Anlass einer Pandemie im Sinne der Feststellung der Weltgesundheitsorganisation, soweit der Erstversicherer nach seinen Bedingungen selbst leistungsfrei ist.

Your English draft says "losses arising directly or indirectly out of any communicable disease". That is much broader than our § 9 (3): it would exclude any infectious disease, including ordinary flu or a hospital-acquired infection, while we as the primary insurer still have to pay these claims to our customers.

Unser Vorschlag für beide Fassungen:
"Nicht rückversichert sind Leistungen, die der Erstversicherer nach seinen Versicherungsbedingungen wegen einer Pandemie nicht schuldet." / "Excluded are benefits which the reinsured does not owe under its policy conditions by reason of a pandemic."

Dr. Hartwig is in copy and is happy to discuss this in the call on 25 June.

Best regards,
Clara Weyand
""" + sig("weyand", "en"))
    return m


@mail(141, S, "en", "insurer-to-partner",
      "facultative reinsurance submission for a named life applicant: sleep apnoea, raised liver values, BMI, sum insured")
def _():
    m = new(who("yildiz"), "Facultative Life <fac-life@nordmeer-rueck.example>",
            "Facultative submission - term life EUR 2.5 m, applicant Konrad Albers-Winter",
            "2026-06-10 14:18", cc=who("weyand"), mailer=OUTLOOK)
    body(m, """
Dear colleagues,

we would like to offer you the following risk for facultative reinsurance, as it exceeds our retention of EUR 750,000:

Applicant: Konrad Albers-Winter, born 12 December 1969, managing partner of a tax consultancy, non-smoker
Cover: term life, EUR 2,500,000, term 15 years, key person cover for the firm's partnership agreement (policyholder: Albers-Winter & Kollegen Steuerberatungsgesellschaft mbB)

Medical evidence (in our underwriting file, available to your medical officer on request via the secure portal):
- Medical examination 28 May 2026: height 1.86 m, weight 112 kg (BMI 32.4), BP 138/88
- Obstructive sleep apnoea diagnosed 2022, treated with CPAP, good compliance per sleep lab report 03/2026
- GGT 96 U/l, ALT 58 U/l (slightly raised), ultrasound: fatty liver, no cirrhosis; alcohol stated as 8-10 units per week
- HbA1c 5.9 %, lipids: LDL 162 mg/dl, untreated
- ECG and stress ECG normal
- Father died at 71 of colon cancer; no other relevant family history

Our assessment: +75 % extra mortality (BMI/liver/sleep apnoea), no exclusion. We would retain EUR 750,000 and cede EUR 1,750,000.

We would appreciate your terms by 24 June.

Kind regards,
Emre Yıldız
Life & Disability Underwriting
""" + sig("yildiz", "en"))
    return m


@mail(142, N, "en", "internal",
      "personnel announcement of a new colleague in data protection (role, start date), nothing sensitive")
def _():
    m = new(who("oberlaender"), "Alle Mitarbeitenden <alle@kranichsteiner.example>",
            "Welcome Kasia Nowak to the data protection team",
            "2026-04-01 09:05", mailer=OUTLOOK)
    body(m, """
Dear colleagues, liebe Kolleginnen und Kollegen,

I am very happy to announce that Kasia Nowak joins our data protection team today as Data Protection Specialist.

Kasia studied law in Kraków and Frankfurt and has spent the last four years in the privacy team of a bank. She will mainly look after data subject requests of our international clients and the data protection side of the new complaints CRM. She speaks Polish, English and German.

You can reach her at kasia.nowak@kranichsteiner.example or ext. 2906. Her desk is next to Sina's on the 2nd floor of building A - please drop by and say hello.

Welcome, Kasia!

Matthias Oberländer
Data Protection Officer
""" + sig("oberlaender", "en", short=True))
    return m


@mail(143, C, "en", "insurer-to-broker",
      "commercial liability quote-to-policy for a sole-trader electrician via broker: named owner, address, turnover, employees")
def _():
    m = new(who("tiedemann"), "Nathan Clarke <n.clarke@atlanticbridge-brokers.example>",
            "Business liability - Elektro Brandl (sole trader) - policy issued BH-26-0418830",
            "2026-04-23 10:26", irt=mid("clarke-brandl", "atlanticbridge-brokers.example"), mailer=OUTLOOK)
    body(m, """
Hi Nathan,

good news, underwriting has accepted the risk as quoted. The policy has been issued:

Policy: BH-26-0418830, business liability for trades
Policyholder: Stefan Brandl, trading as Elektro Brandl (sole trader, e.K.), Darmstädter Straße 77, 64404 Bickenbach
Business: electrical installation in residential and small commercial buildings, PV installation up to 30 kWp
Turnover declared for 2025: EUR 612,000; employees: 4 (incl. one apprentice)
Limits: EUR 5 m combined single limit, EUR 500,000 for pure financial loss
Extensions: damage to rented premises, key loss, work on third-party premises, product liability for PV components
Deductible: EUR 500
Annual premium: EUR 1,346.80 net plus insurance tax, start 1 May 2026

As Mr Brandl is a sole trader, the cover also includes his private use of the company van as far as liability from the business is concerned; motor liability itself remains with his motor insurer.

The policy documents are in your broker mailbox. Commission as per our agreement.

Best regards,
Yvonne Tiedemann
""" + sig("tiedemann", "en"))
    return m


@mail(144, N, "de", "internal",
      "outage of the complaints hotline telephone system; call figures only, no caller data")
def _():
    m = new(who("vollrath"), "Beschwerdemanagement <beschwerde@kranichsteiner.example>, Kundenservice <team-kundenservice@kranichsteiner.example>",
            "Störung Beschwerde-Hotline 2200 heute ab 13:40 - Umleitung eingerichtet",
            "2026-03-24 14:22", cc=who("kuhlmann"), mailer=OUTLOOK)
    body(m, """
Liebe Kolleginnen und Kollegen,

seit 13:40 Uhr ist die Beschwerde-Hotline 06151 3907-2200 gestört: Anrufer hören nach der Ansage nur noch ein Besetztzeichen. Laut IT (Ticket INC-2026-05877) liegt es an einem fehlerhaften Update der Telefonanlage beim Dienstleister.

Bis zur Behebung gilt:
- Die 2200 ist auf die allgemeine Servicenummer 2000 umgeleitet. Kundenservice: Bitte Anrufe, in denen es um eine Beschwerde geht, wie gewohnt im KundenCenter als Beschwerde erfassen und an uns routen, nicht selbst abschließen.
- Rückrufe: Nach Auswertung der Anlage haben zwischen 13:40 und 14:15 Uhr 23 Anrufer aufgelegt. Die Rufnummern bekommen wir nicht übermittelt; wir können also nicht gezielt zurückrufen.
- Auf der Website ist ein Hinweis geschaltet.

Ich melde mich, sobald die Störung behoben ist.

Viele Grüße
Henrike Vollrath
""" + sig("vollrath", short=True))
    return m


@mail(145, S, "en", "insurer-to-customer",
      "child accident insurance: named boy's collarbone fracture after a fall, hospital, immediate benefit paid to the named mother")
def _():
    m = new(who("kessler"), "Jennifer Lang <jennifer.lang@gmail.example>",
            "Noah's accident on 2 May - benefit from accident policy UV-21-6603318",
            "2026-05-13 09:55", mailer=OUTLOOK)
    body(m, """
Dear Ms Lang,

thank you for reporting Noah's accident and for sending the discharge letter from the children's hospital so quickly. I hope he is already back on the climbing frame, or at least wants to be.

According to the letter, Noah (6) fell from the climbing frame at his kindergarten on 2 May 2026 and suffered a fracture of the right collarbone (clavicle). It was treated without surgery with a figure-of-eight bandage; he stayed in hospital for one night for observation.

Under the children's accident insurance UV-21-6603318 we pay:
  Immediate benefit for a bone fracture        EUR 1,000.00
  Hospital daily allowance, 1 day x EUR 50     EUR    50.00
  Total                                        EUR 1,050.00

The amount will be transferred to your account in the next few days.

A collarbone fracture in children usually heals completely. If there should be any lasting impairment after the healing, please let us know within 15 months of the accident; we would then check a disability benefit.

Please note that the accident at kindergarten is also covered by the statutory accident insurance (Unfallkasse Hessen). Their benefits are paid in addition to ours.

Kind regards,
Miriam Keßler
Accident Claims
""" + sig("kessler", "en"))
    return m


@mail(146, C, "en", "insurer-to-customer",
      "motor premium reminder (qualified dunning, s. 38 VVG) to a named customer: policy, plate, amount, consequences")
def _():
    m = new(box("inkasso", "Kranichsteiner Premium Collection"), "Marco Bianchi <marco.bianchi@libero-mail.example>",
            "Reminder: premium for your motor insurance KF-22-1180937 is overdue",
            "2026-04-04 05:40", mailer=CRM)
    body(m, """
Dear Mr Bianchi,

we have not yet received the annual premium for your motor insurance, due on 1 March 2026. The direct debit could not be executed because the account no longer exists.

Policy: KF-22-1180937, Fiat 500X, registration DA-MB 5020
Outstanding: premium EUR 398.30 + reminder fee EUR 14.00 = EUR 412.30

IMPORTANT - legal notice under section 38 of the German Insurance Contract Act (VVG):
If you do not pay the outstanding amount within two weeks of receiving this letter, i.e. by 18 April 2026, you will have no insurance cover for any accident that happens after that date. We may also terminate the contract. Driving without motor liability insurance is a criminal offence in Germany, and we are obliged to inform the vehicle registration office.

Please transfer the amount to:
  Kranichsteiner Versicherung VVaG, IBAN """ + iban("DE", "508501500000442719") + """, reference KF-22-1180937
or give us a new direct debit mandate in the customer portal.

If you have paid in the meantime, please ignore this letter.

Kranichsteiner Premium Collection

""" + FOOT_EN)
    return m


@mail(147, N, "en", "insurer-to-supplier",
      "order to a translation agency for policy conditions and glossary; documents without personal data")
def _():
    m = new(who("thornton"), "Project Management LinguaPlus <projects@linguaplus-translations.example>",
            "Order: English translation travel insurance conditions 2026 (approx. 18,400 words)",
            "2026-05-12 15:55", cc=who("marx"), mailer=OUTLOOK)
    body(m, """
Dear Ms Okonkwo,

thank you for the quotation. We would like to place the order as follows:

Source: AVB Reise 2026 (trip cancellation, curtailment, travel health, baggage), German, 18,400 words, DOCX
Target: English (British spelling), plain-language style, "you/we"
Deadline: 12 June 2026
Glossary: our internal glossary (attached to your project portal) is binding; please mark any term where you deviate.
Price: EUR 0.19 per word as quoted, 25 % discount for repetitions, review by a second linguist included
PO: 4500021094

The documents do not contain any personal data; please nevertheless store them only in your project portal and delete them three months after delivery.

Questions on content go to me, commercial questions to our procurement, Mr Marx (in copy).

Best regards,
Rebecca Thornton
""" + sig("thornton", "en"))
    return m


@mail(148, C, "en", "insurer-to-customer",
      "yacht insurance renewal for a named owner: boat, agreed value, berth, skipper, navigation area")
def _():
    m = new(who("wassermann"), "Henrik Mørk <henrik.mork@mail-dk.example>",
            "Renewal 2026 - yacht insurance YA-19-0007712 \"Silje\"",
            "2026-02-27 12:12", mailer=OUTLOOK)
    body(m, """
Dear Mr Mørk,

your yacht insurance renews on 1 April 2026. Here are the renewal terms:

Policy: YA-19-0007712
Owner and policyholder: Henrik Mørk, Hafenstraße 3, 24159 Kiel
Vessel: sailing yacht "Silje", Hallberg-type 34 ft, built 2008, hull no. SE-HRY34118K808
Berth: Marina Kiel-Schilksee, winter storage at Bootswerft Nissen, Laboe
Agreed value: EUR 128,000 (2025: EUR 132,000, adjusted after the survey of January 2026)
Navigation area: Baltic Sea, Kattegat, Skagerrak, North Sea up to 12 nm from the coast
Skippers: policyholder and his son Lars Mørk (licence SKS, since 2021)

Premium: EUR 1,186.40 incl. insurance tax (hull all risks, liability EUR 10 m, personal effects EUR 5,000)
Deductible: EUR 500 (EUR 2,500 for total loss of the mast and rigging in races)

If you plan the trip to Norway you mentioned, please let us know the dates; the extension to the Norwegian coast costs EUR 95.

Kind regards,
Frederik Wassermann
""" + sig("wassermann", "en"))
    return m


@mail(149, N, "de", "internal",
      "trap: revised complaints handling guideline (PDF) for all staff; process rules and deadlines, no case")
def _():
    m = new(who("vollrath"), "Alle Mitarbeitenden <alle@kranichsteiner.example>",
            "Neue Beschwerdeleitlinie 4.0 - gilt ab 1. Mai",
            "2026-04-27 11:00", cc=who("hartwig"), mailer=OUTLOOK)
    body(m, """
Liebe Kolleginnen und Kollegen,

der Vorstand hat die überarbeitete Beschwerdeleitlinie (Version 4.0) beschlossen. Sie gilt ab dem 1. Mai 2026 und hängt als PDF an.

Die wichtigsten Änderungen:
- Beschwerden zu Datenschutzthemen (Auskunft, Löschung, Fehlversand) werden immer zusätzlich an den Datenschutz gemeldet.
- Eingangsbestätigung spätestens nach drei Werktagen, Zwischennachricht nach 14 Tagen, wenn noch keine Antwort möglich ist.
- Antworten auf Beschwerden mit Gesundheitsbezug gehen nur verschlüsselt oder per Post raus.
- Neu: Beschwerden von Vermittlern über Kundenfälle werden wie Kundenbeschwerden erfasst.

Bitte lesen Sie die Leitlinie und bestätigen Sie die Kenntnisnahme bis 15. Mai im Lernportal.

Viele Grüße
Henrike Vollrath
""" + sig("vollrath", short=True))
    att(m, pdf("""
# Leitlinie Beschwerdemanagement - Version 4.0
Kranichsteiner Versicherung VVaG - beschlossen vom Vorstand am 21.04.2026 - gültig ab 01.05.2026

# 1. Zweck
Diese Leitlinie regelt den Umgang mit Beschwerden von Kundinnen und Kunden, Anspruchstellern, Vermittlern und
sonstigen Dritten. Sie setzt die aufsichtsrechtlichen Anforderungen an das Beschwerdemanagement um.

# 2. Begriff der Beschwerde
Jede Äußerung der Unzufriedenheit, die sich auf ein Produkt, eine Dienstleistung oder das Verhalten der
Kranichsteiner oder ihrer Vermittler bezieht, unabhängig von Form und Adressat.

# 3. Erfassung
Jede Beschwerde wird am Tag des Eingangs im KundenCenter als Vorgang "Beschwerde" erfasst. Das gilt auch für
mündliche Beschwerden und für Beschwerden, die an den Vorstand gerichtet sind.

# 4. Fristen
Eingangsbestätigung binnen drei Werktagen. Abschließende Antwort möglichst binnen 14 Tagen, sonst
Zwischennachricht mit Angabe der voraussichtlichen Dauer. Schlichtungsstellen und Aufsicht: Fristen laut Anschreiben.

# 5. Inhalt der Antwort
Verständlich, vollständig, mit Begründung. Hinweis auf die zuständige Schlichtungsstelle und die BaFin.

# 6. Vertraulichkeit
Antworten mit Gesundheitsdaten oder Daten nach § 203 StGB werden nur verschlüsselt (Secure-Mail-Gateway,
Kundenportal) oder per Post versandt. In Berichten werden Beschwerden nur ohne Namen und Vertragsnummern dargestellt;
Gruppen mit weniger als fünf Fällen werden zusammengefasst.

# 7. Datenschutz
Beschwerden mit Datenschutzbezug werden zusätzlich dem Datenschutzbeauftragten gemeldet. Auskunfts- und
Löschbegehren werden innerhalb der Monatsfrist nach Art. 12 DSGVO beantwortet.

# 8. Auswertung
Das Beschwerdemanagement berichtet vierteljährlich an den Complaints Review Board und jährlich an den Vorstand.
""", title="Beschwerdeleitlinie 4.0", author="Henrike Vollrath", date="2026-04-22 10:00"),
        "Beschwerdeleitlinie_v4.0.pdf")
    return m


@mail(150, N, "en", "insurer-to-partner",
      "answer to a student's thesis survey on complaints handling with aggregated figures, no case or person data")
def _():
    m = new(who("beckerle"), "Lena Voigt <lena.voigt@stud.h-da.example>",
            "RE: Survey for my bachelor thesis on complaint management in insurance",
            "2026-06-24 16:05", irt=mid("voigt-survey", "stud.h-da.example"), mailer=OUTLOOK)
    body(m, """
Dear Ms Voigt,

thank you for your interest in our complaints management. I am happy to answer your questions in English as requested. Please understand that we can only share aggregated figures.

1. How many complaints do you receive per year?
1,184 in 2025, about 2.9 per 1,000 contracts.

2. Which channels do customers use?
E-mail 46 %, letter 27 %, phone 19 %, web form 6 %, social media 2 %.

3. How long does it take to answer?
94 % within 14 days; the median is 6 days.

4. What are the most common reasons?
Claims decisions (about a third), processing time, premium increases, and service/availability.

5. Do you use complaints to improve processes?
Yes. A cross-department Complaints Review Board meets monthly and looks at root causes. One example from 2026: several complaints about physiotherapy reimbursements revealed an outdated internal fee list, which we corrected for all customers.

6. Can I interview someone?
Yes, our head of complaints management, Ms Vollrath, offers a 30-minute video call. Please suggest two dates in July.

Good luck with your thesis!

Kind regards,
Timo Beckerle
Complaints Management
""" + sig("beckerle", "en"))
    return m

# ---------------------------------------------------------------------------
# build and check
# ---------------------------------------------------------------------------

def _finalize(m, num):
    if "Message-ID" not in m:
        addr = m["From"].addresses[0]
        host = addr.domain
        if host == DOMAIN:
            host = "mail." + DOMAIN
        m["Message-ID"] = mid("%s%04d" % (PREFIX, num), host)
    counter = [0]
    seed = hashlib.sha1(("%s%04d" % (PREFIX, num)).encode()).hexdigest()[:12]

    def fix(part, is_root):
        if not is_root and "MIME-Version" in part:
            del part["MIME-Version"]
        ct = part.get_content_type()
        if part.get_content_maintype() == "multipart":
            part.set_boundary("----=_Part_%s_%d" % (seed, counter[0]))
            counter[0] += 1
            for sub in part.get_payload():
                fix(sub, False)
        elif ct == "message/rfc822":
            fix(part.get_payload()[0], True)
    fix(m, True)
    return m


def build(outdir):
    mdir = os.path.join(outdir, "mails")
    os.makedirs(mdir, exist_ok=True)
    nums = sorted(x[0] for x in MAILS)
    assert nums == list(range(1, len(nums) + 1)), "numbering has gaps or duplicates"
    rows = ["file\tlabel\tlang\tkind\treason"]
    for num, label, lang, kind, reason, fn in sorted(MAILS, key=lambda x: x[0]):
        name = "%s%04d.eml" % (PREFIX, num)
        m = _finalize(fn(), num)
        data = m.as_bytes(policy=policy.SMTP)
        # Python folds a header whose value fits on a line of its own right
        # after the colon ("Subject:\r\n value"); join it back like a MUA would.
        data = re.sub(rb"(?m)^(Subject|From|To|Cc|Reply-To|In-Reply-To|References|Message-ID|X-Mailer|User-Agent|List-Unsubscribe):\r\n ", rb"\1: ", data)
        with open(os.path.join(mdir, name), "wb") as f:
            f.write(data)
        rows.append("\t".join((name, label, lang, kind, reason)))
    with open(os.path.join(outdir, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")


def _validate(path):
    """Parse one mail and open every attachment; return list of problems and info."""
    problems = []
    raw = open(path, "rb").read()
    if b"\n" in raw.replace(b"\r\n", b""):
        problems.append("bare LF")
    if b"\r" in raw.replace(b"\r\n", b""):
        problems.append("bare CR")
    msg = email.message_from_bytes(raw, policy=policy.default)
    info = {"top": msg.get_content_type(), "atts": [], "mid": msg["Message-ID"],
            "date": msg["Date"]}
    if msg["Date"].datetime.year != 2026:
        problems.append("date not in 2026")
    for h in ("From", "To", "Subject", "Date", "Message-ID"):
        if msg[h] is None:
            problems.append("missing " + h)
    if not str(msg["From"]).lower().rstrip(">").endswith("@" + DOMAIN) and \
            not str(msg["From"]).lower().rstrip(">").endswith("." + DOMAIN):
        problems.append("not sent from the insurer's domain")

    def walk(part, depth):
        for d in part.defects:
            problems.append("defect %s in %s" % (type(d).__name__, part.get_content_type()))
        ct = part.get_content_type()
        if part.is_multipart() and ct != "message/rfc822":
            for sub in part.iter_parts():
                walk(sub, depth)
            return
        if ct == "message/rfc822":
            info["atts"].append("eml")
            walk(part.get_content(), depth + 1)
            return
        fn = part.get_filename()
        if part.get_content_maintype() == "text" and not fn:
            part.get_content()  # must decode with its charset
            return
        data = part.get_payload(decode=True) if part.get_content_maintype() != "text" \
            else part.get_content().encode("utf-8")
        ext = (fn or "").rsplit(".", 1)[-1].lower()
        check_blob(ext, data, fn)

    def check_blob(ext, data, fn):
        info["atts"].append(ext)
        if ext in ("docx", "xlsx", "odt", "ods", "zip"):
            try:
                with zipfile.ZipFile(io.BytesIO(data)) as z:
                    if z.testzip() is not None:
                        problems.append("bad zip member in " + fn)
                    names = z.namelist()
                    if ext == "docx" and "word/document.xml" not in names:
                        problems.append("docx without document.xml")
                    if ext == "xlsx" and "xl/workbook.xml" not in names:
                        problems.append("xlsx without workbook")
                    if ext in ("odt", "ods"):
                        if names[0] != "mimetype":
                            problems.append("odf mimetype not first")
                    if ext == "zip":
                        for n2 in names:
                            if not n2.endswith("/"):
                                check_blob(n2.rsplit(".", 1)[-1].lower(), z.read(n2), n2)
            except zipfile.BadZipFile:
                problems.append("cannot open " + str(fn))
        elif ext == "pdf":
            if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-10:]:
                problems.append("bad pdf " + str(fn))
            if b"/FlateDecode" in data:
                seg = data.split(b"stream\n", 1)[1].split(b"\nendstream", 1)[0]
                if b"Tj" not in zlib.decompress(seg):
                    problems.append("pdf without text " + str(fn))
        elif ext == "ics":
            t = data.decode("utf-8")
            if "BEGIN:VCALENDAR" not in t or "END:VCALENDAR" not in t:
                problems.append("bad ics")

    walk(msg, 0)
    return problems, info


def check():
    ok = True
    tmp = tempfile.mkdtemp(prefix="d181-check-")
    try:
        build(tmp)
        here_mails = sorted(os.listdir(os.path.join(HERE, "mails"))) if os.path.isdir(os.path.join(HERE, "mails")) else []
        tmp_mails = sorted(os.listdir(os.path.join(tmp, "mails")))
        if here_mails != tmp_mails:
            print("FAIL: file lists differ (%d in folder, %d rebuilt)" % (len(here_mails), len(tmp_mails)))
            ok = False
        for name in tmp_mails:
            a = os.path.join(tmp, "mails", name)
            b = os.path.join(HERE, "mails", name)
            if not os.path.exists(b) or open(a, "rb").read() != open(b, "rb").read():
                print("FAIL: %s differs from the rebuilt file" % name)
                ok = False
        la = open(os.path.join(tmp, "labels.tsv"), "rb").read()
        lb_path = os.path.join(HERE, "labels.tsv")
        if not os.path.exists(lb_path) or open(lb_path, "rb").read() != la:
            print("FAIL: labels.tsv differs from the rebuilt one")
            ok = False
        mids = {}
        stats = {}
        for name in tmp_mails:
            problems, info = _validate(os.path.join(tmp, "mails", name))
            if info["mid"] in mids:
                problems.append("duplicate Message-ID with " + mids[info["mid"]])
            mids[info["mid"]] = name
            for p in problems:
                print("FAIL: %s: %s" % (name, p))
                ok = False
            stats.setdefault("top", {}).setdefault(info["top"], 0)
            stats["top"][info["top"]] += 1
            for a in info["atts"]:
                stats.setdefault("att", {}).setdefault(a, 0)
                stats["att"][a] += 1
        rows = [r.split("\t") for r in la.decode("utf-8").splitlines()[1:]]
        for r in rows:
            if len(r) != 5 or r[1] not in LABELS or r[2] not in ("de", "en", "mixed"):
                print("FAIL: bad labels row", r)
                ok = False
        table = {}
        for r in rows:
            table.setdefault(r[1], {}).setdefault(r[2], 0)
            table[r[1]][r[2]] += 1
        print("mails: %d" % len(rows))
        for lab in LABELS:
            t = table.get(lab, {})
            print("  %-22s de %3d  en %3d  mixed %3d  total %3d" % (
                lab, t.get("de", 0), t.get("en", 0), t.get("mixed", 0), sum(t.values())))
        kinds = {}
        for r in rows:
            kinds[r[3]] = kinds.get(r[3], 0) + 1
        print("kinds:", ", ".join("%s %d" % kv for kv in sorted(kinds.items(), key=lambda kv: -kv[1])))
        print("top-level types:", ", ".join("%s %d" % kv for kv in sorted(stats["top"].items())))
        print("attachments:", ", ".join("%s %d" % kv for kv in sorted(stats.get("att", {}).items())))
    finally:
        shutil.rmtree(tmp)
    print("CHECK PASSED" if ok else "CHECK FAILED")
    return ok


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true",
                    help="rebuild in a temporary folder and compare with this folder")
    a = ap.parse_args()
    if a.check:
        sys.exit(0 if check() else 1)
    build(HERE)
    print("wrote %d mails to %s" % (len(MAILS), os.path.join(HERE, "mails")))


if __name__ == "__main__":
    main()
