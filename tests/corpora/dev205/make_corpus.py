#!/usr/bin/env python3
"""Siegel independent development corpus dev205 (prefix d205-).

150 hand-written, fictitious e-mails of the fictitious insurer
"Rheinau Versicherungsgruppe" (rheinau-versicherung.example), each labelled
NORMAL / CONFIDENTIAL / STRICTLY_CONFIDENTIAL.

    python3 make_corpus.py          # writes mails/ and labels.tsv
    python3 make_corpus.py --check  # rebuilds into a temp folder, compares
                                    # byte for byte, parses and checks every mail

Python standard library only. Office files are ZIPs of hand-written XML,
PDFs are hand-built (Helvetica, WinAnsiEncoding, FlateDecode, real text layer).
Everything is deterministic: a rerun gives byte-identical files.
"""
import hashlib
import io
import os
import re
import shutil
import sys
import tempfile
import xml.etree.ElementTree as ET
import zipfile
import zlib
from email import message_from_bytes
from email import policy as _policy
from email.message import EmailMessage, MIMEPart

SMTP = _policy.SMTP
HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "d205-"
D = "rheinau-versicherung.example"
LABELS = ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")

# =====================================================================
# MIME helpers (no content here: only the mechanics of building a mail)
# =====================================================================


def _mid(n, tag, style="ol"):
    h = hashlib.sha1(("d205/%d/%s" % (n, tag)).encode()).hexdigest()
    if style == "ol":  # Outlook / Exchange
        return "<%s%s@EX01.%s>" % (h[:8].upper(), h[8:28].upper(), D)
    if style == "tb":  # Thunderbird
        return "<%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:24], D)
    if style == "sys":  # internal systems
        return "<%s.%s@noreply.%s>" % (h[:16], h[16:24], D)
    return "<%s@%s>" % (h[:24], style)


def bnd(n, i=0, style="ol"):
    h = hashlib.sha1(("bnd/%d/%d" % (n, i)).encode()).hexdigest().upper()
    if style == "ol":
        return "_%03d_%s%s_" % (i, h[:20], "EX01")
    if style == "tb":
        return "------------%s" % h[:24]
    return "=_Part_%d_%s" % (i, h[:16].lower())


def _q(addrs):
    """Quote display names that contain a period ("Dr. ...")."""
    return re.sub(r'(^|,\s*)([^",<@]*\.[^",<@]*?)\s*<', r'\1"\2" <', addrs)


def new(n, frm, to, subject, date, cc=None, irt=None, refs=None, style="ol",
        extra=()):
    m = EmailMessage(policy=SMTP)
    m["From"] = _q(frm)
    m["To"] = _q(to)
    if cc:
        m["Cc"] = _q(cc)
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = _mid(n, "main", style)
    if irt:
        m["In-Reply-To"] = irt
        m["References"] = refs or irt
    for k, v in extra:
        m[k] = v
    return m


def body(m, text, subtype="plain", charset="utf-8", cte="quoted-printable",
         flowed=False):
    m.set_content(text, subtype=subtype, charset=charset, cte=cte)
    if flowed:
        m.set_param("format", "flowed")
    return m


def part(text, subtype="plain", charset="utf-8", cte="quoted-printable",
         filename=None, flowed=False, params=None, inline=False):
    p = MIMEPart(policy=SMTP)
    kw = {}
    if filename:
        kw["disposition"] = "inline" if inline else "attachment"
        kw["filename"] = filename
    if params:
        kw["params"] = params
    p.set_content(text, subtype=subtype, charset=charset, cte=cte, **kw)
    if flowed:
        p.set_param("format", "flowed")
    return p


def att(data, ctype, filename, inline=False):
    mt, st = ctype.split("/")
    p = MIMEPart(policy=SMTP)
    p.set_content(data, mt, st, disposition="inline" if inline else "attachment",
                  filename=filename)
    return p


def fwd(inner, filename=None):
    p = MIMEPart(policy=SMTP)
    p.set_content(inner)
    if filename:
        p["Content-Disposition"] = 'attachment; filename="%s"' % filename
    return p


def multi(m, subtype, parts, boundary):
    if m is None:
        m = MIMEPart(policy=SMTP)
    else:
        m["MIME-Version"] = "1.0"
    m["Content-Type"] = 'multipart/%s; boundary="%s"' % (subtype, boundary)
    for p in parts:
        m.attach(p)
    return m


def sub(subtype, parts, boundary):
    return multi(None, subtype, parts, boundary)


def inner(frm, to, subject, date, mid, text, cc=None, charset="utf-8",
          cte="quoted-printable"):
    """A message written by somebody else, to be forwarded as message/rfc822."""
    m = EmailMessage(policy=SMTP)
    m["From"] = _q(frm)
    m["To"] = _q(to)
    if cc:
        m["Cc"] = _q(cc)
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = mid
    m.set_content(text, charset=charset, cte=cte)
    return m


def flow(text, width=72):
    """format=flowed: wrap paragraphs with trailing-space soft breaks;
    quoted ('>') and short lines are left as they are."""
    out = []
    for line in text.split("\n"):
        if line.startswith(">") or len(line) <= width or line.startswith("-- "):
            out.append(line)
            continue
        words = line.split(" ")
        cur = ""
        for w in words:
            if cur and len(cur) + 1 + len(w) > width:
                out.append(cur + " ")
                cur = w
            else:
                cur = (cur + " " + w) if cur else w
        out.append(cur)
    return "\n".join(out)


# =====================================================================
# File builders: ZIP, XLSX, DOCX, ODT, ODS, PDF (stdlib only)
# =====================================================================


def zipbytes(members, dt=(2026, 1, 5, 9, 0, 0), system=3):
    """members: list of (name, bytes) or (name, bytes, date_time)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for mem in members:
            name, data = mem[0], mem[1]
            when = mem[2] if len(mem) > 2 else dt
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.create_system = system
            zi.external_attr = (0o100644 << 16) if system == 3 else 0x20
            if name == "mimetype":
                zi.compress_type = zipfile.ZIP_STORED
            else:
                zi.compress_type = zipfile.ZIP_DEFLATED
            if isinstance(data, str):
                data = data.encode("utf-8")
            z.writestr(zi, data)
    return buf.getvalue()


def x(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;")
            .replace(">", "&gt;").replace('"', "&quot;"))


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def _core(title, creator, created, modified=None):
    modified = modified or created
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator><cp:lastModifiedBy>%s</cp:lastModifiedBy>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified>'
            '</cp:coreProperties>' % (x(title), x(creator), x(creator), created, modified))


def xlsx(sheets, title="", creator="Rheinau", created="2026-01-05T09:00:00Z",
         app="Microsoft Excel"):
    """sheets: list of (sheet name, rows); a row is a list of str/int/float/None.
    The first row is written bold (style 1)."""
    dt = tuple(int(v) for v in re.findall(r"\d+", created)[:6])
    ws_xml = []
    for si, (name, rows) in enumerate(sheets):
        rx = []
        for ri, row in enumerate(rows):
            cells = []
            for ci, v in enumerate(row):
                ref = "%s%d" % (_col(ci), ri + 1)
                st = ' s="1"' if ri == 0 else ""
                if v is None or v == "":
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<c r="%s"%s><v>%s</v></c>' % (ref, st, repr(v)))
                else:
                    cells.append('<c r="%s" t="inlineStr"%s><is><t xml:space="preserve">%s</t></is></c>'
                                 % (ref, st, x(v)))
            rx.append('<row r="%d">%s</row>' % (ri + 1, "".join(cells)))
        ws_xml.append('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                      '<sheetData>%s</sheetData></worksheet>' % "".join(rx))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          + "".join('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % (i + 1) for i in range(len(sheets)))
          + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
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
          + "".join('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (x(n), i + 1, i + 1) for i, (n, _) in enumerate(sheets))
          + '</sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              + "".join('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i + 1, i + 1) for i in range(len(sheets)))
              + '<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' % (len(sheets) + 1)
              + '</Relationships>')
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
              '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs>'
              '</styleSheet>')
    appx = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
            '<Application>%s</Application></Properties>' % x(app))
    mem = [("[Content_Types].xml", ct), ("_rels/.rels", rels),
           ("docProps/core.xml", _core(title, creator, created)),
           ("docProps/app.xml", appx), ("xl/workbook.xml", wb),
           ("xl/_rels/workbook.xml.rels", wbrels), ("xl/styles.xml", styles)]
    for i, s in enumerate(ws_xml):
        mem.append(("xl/worksheets/sheet%d.xml" % (i + 1), s))
    return zipbytes([(a, b, dt) for a, b in mem], system=0)


def docx(blocks, title="", creator="Rheinau", created="2026-01-05T09:00:00Z"):
    """blocks: str (paragraph), ('h', str) heading, ('b', str) bold paragraph,
    ('t', rows) table."""
    dt = tuple(int(v) for v in re.findall(r"\d+", created)[:6])

    def para(t, bold=False, size=None):
        rpr = ""
        if bold or size:
            rpr = "<w:rPr>%s%s</w:rPr>" % ("<w:b/>" if bold else "",
                                          '<w:sz w:val="%d"/>' % size if size else "")
        return ('<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, x(t)))

    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(para(b))
        elif b[0] == "h":
            out.append(para(b[1], True, 28))
        elif b[0] == "b":
            out.append(para(b[1], True))
        elif b[0] == "t":
            rows = []
            for r in b[1]:
                rows.append("<w:tr>%s</w:tr>" % "".join(
                    "<w:tc><w:tcPr><w:tcW w:w=\"0\" w:type=\"auto\"/></w:tcPr>%s</w:tc>" % para(str(c)) for c in r))
            out.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                       '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/>'
                       '<w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/>'
                       '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders>'
                       '</w:tblPr>%s</w:tbl>' % "".join(rows))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
           '<w:pgMar w:top="1417" w:right="1417" w:bottom="1134" w:left="1417"/></w:sectPr>'
           '</w:body></w:document>' % "".join(out))
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
    mem = [("[Content_Types].xml", ct), ("_rels/.rels", rels),
           ("docProps/core.xml", _core(title, creator, created)),
           ("word/document.xml", doc)]
    return zipbytes([(a, b, dt) for a, b in mem], system=0)


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" '
           'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
           'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"')


def _odf(kind, content_body, title, creator, created, gen):
    mt = "application/vnd.oasis.opendocument." + kind
    dt = tuple(int(v) for v in re.findall(r"\d+", created)[:6])
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s office:version="1.3">'
               '<office:automatic-styles><style:style style:name="B" style:family="text">'
               '<style:text-properties fo:font-weight="bold"/></style:style></office:automatic-styles>'
               '<office:body>%s</office:body></office:document-content>' % (_ODF_NS, content_body))
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta %s office:version="1.3"><office:meta>'
            '<meta:generator>%s</meta:generator><dc:title>%s</dc:title><meta:initial-creator>%s</meta:initial-creator>'
            '<dc:creator>%s</dc:creator><meta:creation-date>%s</meta:creation-date><dc:date>%s</dc:date>'
            '</office:meta></office:document-meta>' % (_ODF_NS, x(gen), x(title), x(creator), x(creator),
                                                        created.rstrip("Z"), created.rstrip("Z")))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">'
                '<manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mt)
    return zipbytes([("mimetype", mt, dt), ("content.xml", content, dt),
                     ("meta.xml", meta, dt), ("META-INF/manifest.xml", manifest, dt)])


def odt(blocks, title="", creator="Rheinau", created="2026-01-05T09:00:00Z",
        gen="LibreOffice/7.6"):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append("<text:p>%s</text:p>" % x(b))
        elif b[0] == "h":
            out.append('<text:h text:outline-level="1">%s</text:h>' % x(b[1]))
        elif b[0] == "b":
            out.append('<text:p><text:span text:style-name="B">%s</text:span></text:p>' % x(b[1]))
        elif b[0] == "t":
            ncol = max(len(r) for r in b[1])
            rows = "".join("<table:table-row>%s</table:table-row>" % "".join(
                "<table:table-cell office:value-type=\"string\"><text:p>%s</text:p></table:table-cell>" % x(c)
                for c in r) for r in b[1])
            out.append('<table:table table:name="Tabelle%d"><table:table-column table:number-columns-repeated="%d"/>%s</table:table>'
                       % (len(out) + 1, ncol, rows))
    return _odf("text", "<office:text>%s</office:text>" % "".join(out), title, creator, created, gen)


def ods(sheets, title="", creator="Rheinau", created="2026-01-05T09:00:00Z",
        gen="LibreOffice/7.6"):
    tabs = []
    for name, rows in sheets:
        rx = []
        for r in rows:
            cells = []
            for v in r:
                if v is None or v == "":
                    cells.append("<table:table-cell/>")
                elif isinstance(v, (int, float)):
                    cells.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>'
                                 % (repr(v), x(v)))
                else:
                    cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % x(v))
            rx.append("<table:table-row>%s</table:table-row>" % "".join(cells))
        tabs.append('<table:table table:name="%s">%s</table:table>' % (x(name), "".join(rx)))
    return _odf("spreadsheet", "<office:spreadsheet>%s</office:spreadsheet>" % "".join(tabs),
                title, creator, created, gen)


def _pdfstr(s):
    b = s.encode("cp1252")
    out = []
    for c in b:
        if c in (0x28, 0x29, 0x5C):
            out.append("\\" + chr(c))
        elif c < 32 or c > 126:
            out.append("\\%03o" % c)
        else:
            out.append(chr(c))
    return "(" + "".join(out) + ")"


def _wrap(s, width):
    if len(s) <= width:
        return [s]
    res, cur = [], ""
    for w in s.split(" "):
        if cur and len(cur) + 1 + len(w) > width:
            res.append(cur)
            cur = w
        else:
            cur = (cur + " " + w) if cur else w
    res.append(cur)
    return res


def pdf(lines, title="", author="Rheinau Versicherungsgruppe",
        date="20260105090000+01'00'", producer="Rheinau DocGen 4.2"):
    """lines: list of str. '# ' heading (bold 13pt), '* ' bold line,
    '' blank line, '---' page break. Long lines are wrapped."""
    pages, cur = [], []
    for ln in lines:
        if ln == "---":
            pages.append(cur)
            cur = []
            continue
        if ln.startswith("# "):
            cur.append(("H", ln[2:]))
        elif ln.startswith("* "):
            for w in _wrap(ln[2:], 88):
                cur.append(("B", w))
        else:
            for w in _wrap(ln, 92):
                cur.append(("N", w))
        if len(cur) >= 60:
            pages.append(cur)
            cur = []
    if cur or not pages:
        pages.append(cur)
    objs = {}
    objs[1] = "<< /Type /Catalog /Pages 2 0 R >>"
    objs[3] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    kids = []
    nxt = 5
    streams = {}
    for pg in pages:
        ops = ["BT", "/F1 10 Tf", "14 TL", "56 790 Td"]
        font = "F1"
        for kind, t in pg:
            want = "F2" if kind in ("H", "B") else "F1"
            size = 13 if kind == "H" else 10
            ops.append("/%s %d Tf" % (want, size))
            font = want
            if t:
                ops.append("%s Tj" % _pdfstr(t))
            ops.append("T*")
        ops.append("ET")
        raw = ("\n".join(ops) + "\n").encode("latin-1")
        comp = zlib.compress(raw, 9)
        pid, cid = nxt, nxt + 1
        nxt += 2
        kids.append(pid)
        objs[pid] = ("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                     "/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % cid)
        streams[cid] = comp
    objs[2] = "<< /Type /Pages /Kids [%s] /Count %d >>" % (" ".join("%d 0 R" % k for k in kids), len(kids))
    info = nxt
    objs[info] = ("<< /Title %s /Author %s /Producer %s /CreationDate (D:%s) /ModDate (D:%s) >>"
                  % (_pdfstr(title), _pdfstr(author), _pdfstr(producer), date, date))
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for i in range(1, info + 1):
        offs[i] = out.tell()
        if i in streams:
            s = streams[i]
            out.write(b"%d 0 obj\n<< /Length %d /Filter /FlateDecode >>\nstream\n" % (i, len(s)))
            out.write(s)
            out.write(b"\nendstream\nendobj\n")
        else:
            out.write(("%d 0 obj\n%s\nendobj\n" % (i, objs[i])).encode("latin-1"))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (info + 1))
    for i in range(1, info + 1):
        out.write(b"%010d 00000 n \n" % offs[i])
    fid = hashlib.md5(out.getvalue()).hexdigest()
    out.write(("trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R /ID [<%s> <%s>] >>\nstartxref\n%d\n%%%%EOF\n"
               % (info + 1, info, fid, fid, xref)).encode("latin-1"))
    return out.getvalue()


XLSX_T = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX_T = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
ODT_T = "application/vnd.oasis.opendocument.text"
ODS_T = "application/vnd.oasis.opendocument.spreadsheet"

# =====================================================================
# Staff signatures and legal footers (the only shared text)
# =====================================================================

ADDR = "Rheinau Versicherungsgruppe · Rheinauer Allee 40 · 56068 Koblenz"

FOOT_DE = """--
Rheinau Lebensversicherung AG · Rheinau Krankenversicherung AG ·
Rheinau Allgemeine Versicherung AG · Sitz Koblenz · Amtsgericht Koblenz
HRB 40112 / HRB 40113 / HRB 40114 · Vorstand: Dr. Friederike Laux (Vors.),
Matthias Oberle, Gül Aydin · Aufsichtsratsvorsitzender: Prof. Dr. Ernst Wald
Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der
richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie
diese E-Mail."""

FOOT_EN = """--
Rheinau Versicherungsgruppe, Rheinauer Allee 40, 56068 Koblenz, Germany.
Rheinau Lebensversicherung AG (HRB 40112), Rheinau Krankenversicherung AG
(HRB 40113), Rheinau Allgemeine Versicherung AG (HRB 40114), Local Court
Koblenz. This e-mail may contain confidential information. If you are not
the intended recipient, please notify the sender and delete it."""

SIG = {
    "albers": """Mit freundlichen Grüßen

Dr. med. Katrin Albers
Beratungsärztin · Leitung Risikoprüfung Leben/BU
Rheinau Lebensversicherung AG
Telefon 0261 4090-3310
katrin.albers@%s""" % D,
    "wehrmann": """Viele Grüße
Jonas Wehrmann

Jonas Wehrmann | Risikoprüfung Leben & BU
Rheinau Lebensversicherung AG
T +49 261 4090-3324 | jonas.wehrmann@%s""" % D,
    "arslan": """Freundliche Grüße

Selin Arslan
Antragsprüfung Krankenversicherung
Rheinau Krankenversicherung AG
Tel. 0261 4090-4412 · Fax 0261 4090-4499""",
    "trepte": """Beste Grüße aus Koblenz
Markus Trepte
Maklerbetreuer Nord-West
Rheinau Versicherungsgruppe
Mobil 0171 5550 2291 | markus.trepte@%s""" % D,
    "voss": """Freundliche Grüße

Anja Voss
Makler-Service / Vertriebsinnendienst
Rheinau Versicherungsgruppe
Telefon 0261 4090-2200 (Mo-Fr 8-17 Uhr)
makler-service@%s""" % D,
    "brenner": """Mit freundlichen Grüßen

Thomas Brenner
Leistungsprüfung Berufsunfähigkeit
Rheinau Lebensversicherung AG
Telefon 0261 4090-3540""",
    "lindqvist": """Freundliche Grüße
Petra Lindqvist
Leistungsabteilung Krankenversicherung
Rheinau Krankenversicherung AG
Tel. 0261 4090-4620""",
    "hartung": """Gruß
Felix Hartung
Kfz-Schaden | Rheinau Allgemeine Versicherung AG
0261 4090-5130""",
    "okafor": """Mit freundlichen Grüßen

Miriam Okafor
Sachschaden Privatkunden
Rheinau Allgemeine Versicherung AG
Telefon 0261 4090-5270 · Fax 0261 4090-5299""",
    "reimann": """Mit freundlichen Grüßen
Claudia Reimann
Haftpflicht- und Rechtsschutzschaden
Rheinau Allgemeine Versicherung AG
Tel. 0261 4090-5410""",
    "kowalski": """Daniel Kowalski
IT Operations | Mail & Messaging
Rheinau Versicherungsgruppe
-3910 (intern)""",
    "sandmann": """Dr. Henrik Sandmann
Konzerndatenschutzbeauftragter
Rheinau Versicherungsgruppe
datenschutz@%s · Tel. 0261 4090-1050""" % D,
    "fuchs": """Lea Fuchs
Pressesprecherin
Rheinau Versicherungsgruppe
Telefon +49 261 4090-1010 · presse@%s""" % D,
    "grundmann": """Mit freundlichen Grüßen
Oliver Grundmann
Zentraler Einkauf
Rheinau Versicherungsgruppe
Tel. 0261 4090-1820""",
    "marchetti": """Kind regards,
Sophie Marchetti
International Health & Travel Claims
Rheinau Krankenversicherung AG
Phone +49 261 4090 4750""",
    "adeyemi": """Best,
Ben Adeyemi
Actuarial & Reinsurance
Rheinau Lebensversicherung AG
+49 261 4090 3050""",
    "kolb": """Mit freundlichen Grüßen

Renate Kolb
Vertragsservice Leben und Vorsorge
Rheinau Lebensversicherung AG
Telefon 0261 4090-3700""",
    "dietz": """Freundliche Grüße
Karl-Heinz Dietz
Pflegeleistungen
Rheinau Krankenversicherung AG
Tel. 0261 4090-4870""",
    "eckert": """Viele Grüße
Nadine Eckert
Personal & Organisation
Rheinau Versicherungsgruppe""",
    "pohl": """Mit freundlichen Grüßen

Laura Pohl
Unfall-Leistung
Rheinau Allgemeine Versicherung AG
Telefon 0261 4090-5620""",
    "sauer": """Mit freundlichen Grüßen
Tim Sauer
Firmenkunden-Underwriting
Rheinau Allgemeine Versicherung AG
Tel. 0261 4090-5810 | tim.sauer@%s""" % D,
    "wehrmann_en": """Best regards
Jonas Wehrmann

Jonas Wehrmann | Life & Disability Underwriting
Rheinau Lebensversicherung AG
T +49 261 4090-3324 | jonas.wehrmann@%s""" % D,
    "albers_en": """Kind regards

Dr. med. Katrin Albers
Chief Medical Officer (Beratungsaerztin), Head of Life & Disability Underwriting
Rheinau Lebensversicherung AG
Phone +49 261 4090 3310""",
    "berger_en": """Kind regards

Hannah Berger
Customer Service
Rheinau Versicherungsgruppe
Service line +49 261 4090-0""",
    "trepte_en": """Best regards from Koblenz
Markus Trepte
Broker Relationship Manager
Rheinau Versicherungsgruppe
Mobile +49 171 5550 2291""",
    "voss_en": """Kind regards

Anja Voss
Broker Service Desk
Rheinau Versicherungsgruppe
Phone +49 261 4090-2200""",
    "sauer_en": """Kind regards
Tim Sauer
Commercial Underwriting
Rheinau Allgemeine Versicherung AG
Phone +49 261 4090-5810 | tim.sauer@%s""" % D,
    "reimann_en": """Kind regards
Claudia Reimann
Liability and Legal Expenses Claims
Rheinau Allgemeine Versicherung AG
Phone +49 261 4090-5410""",
    "hartung_en": """Regards
Felix Hartung
Motor Claims | Rheinau Allgemeine Versicherung AG
+49 261 4090-5130""",
    "okafor_en": """Kind regards

Miriam Okafor
Property Claims, Private Customers
Rheinau Allgemeine Versicherung AG
Phone +49 261 4090-5270""",
    "berger": """Freundliche Grüße

Hannah Berger
Kundenservice
Rheinau Versicherungsgruppe
Service-Telefon 0261 4090-0""",
}

STAFF = {
    "albers": "Dr. Katrin Albers <katrin.albers@%s>" % D,
    "wehrmann": "Jonas Wehrmann <jonas.wehrmann@%s>" % D,
    "arslan": "Selin Arslan <selin.arslan@%s>" % D,
    "trepte": "Markus Trepte <markus.trepte@%s>" % D,
    "voss": "Anja Voss <makler-service@%s>" % D,
    "brenner": "Thomas Brenner <thomas.brenner@%s>" % D,
    "lindqvist": "Petra Lindqvist <petra.lindqvist@%s>" % D,
    "hartung": "Felix Hartung <felix.hartung@%s>" % D,
    "okafor": "Miriam Okafor <miriam.okafor@%s>" % D,
    "reimann": "Claudia Reimann <claudia.reimann@%s>" % D,
    "kowalski": "Daniel Kowalski <daniel.kowalski@%s>" % D,
    "sandmann": "Dr. Henrik Sandmann <datenschutz@%s>" % D,
    "fuchs": "Lea Fuchs <presse@%s>" % D,
    "grundmann": "Oliver Grundmann <oliver.grundmann@%s>" % D,
    "marchetti": "Sophie Marchetti <sophie.marchetti@%s>" % D,
    "adeyemi": "Ben Adeyemi <ben.adeyemi@%s>" % D,
    "kolb": "Renate Kolb <renate.kolb@%s>" % D,
    "dietz": "Karl-Heinz Dietz <karl-heinz.dietz@%s>" % D,
    "eckert": "Nadine Eckert <nadine.eckert@%s>" % D,
    "pohl": "Laura Pohl <laura.pohl@%s>" % D,
    "sauer": "Tim Sauer <tim.sauer@%s>" % D,
    "berger": "Hannah Berger <kundenservice@%s>" % D,
}

_DAY = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MON = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def date(mo, d, h, mi, s=0):
    """RFC 5322 date in 2026, Central European (summer) time."""
    import datetime
    t = datetime.date(2026, mo, d)
    off = "+0200" if (3, 29) <= (mo, d) < (10, 25) else "+0100"
    return "%s, %02d %s 2026 %02d:%02d:%02d %s" % (_DAY[t.weekday()], d, _MON[mo - 1], h, mi, s, off)


MAILS = []


def mail(n, label, lang, kind, reason):
    assert label in LABELS, label
    assert lang in ("de", "en")
    assert "\t" not in reason and "\n" not in reason

    def deco(f):
        MAILS.append((n, label, lang, kind, reason, f))
        return f
    return deco


# =====================================================================
# MAILS
# =====================================================================


@mail(1, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
      "BU application of a named applicant (DOB): underwriter asks the broker for a psychotherapy questionnaire and therapist report")
def m1():
    m = new(1, STAFF["wehrmann"], "Dr. Ralf Metzger <r.metzger@absicherungshaus.example>",
            "BU-Antrag Lena Kraus, Antrag-Nr. BU-26-004318 – Rückfrage zu Gesundheitsfrage 4", date(1, 12, 9, 14, 3))
    body(m, """Hallo Herr Dr. Metzger,

vielen Dank für den Antrag Ihrer Kundin auf selbständige Berufsunfähigkeits-
versicherung (Tarif BU-Premium 26, 2.000 EUR Monatsrente, Endalter 67):

  Versicherte Person:  Lena Kraus, geb. 14.02.1991
  Beruf:               Ergotherapeutin (angestellt, 100 % Praxis)
  Antrag-Nr.:          BU-26-004318

Frau Kraus hat Gesundheitsfrage 4 (psychische Erkrankungen, Psychotherapie
in den letzten 5 Jahren) mit "ja" beantwortet und im Freitext angegeben:
"2024 ca. 12 Sitzungen Verhaltenstherapie wg. Erschöpfung nach Trennung,
seit 09/2024 beschwerdefrei, keine Medikamente".

Damit wir das abschließend einschätzen können, brauchen wir bitte noch:

1. den Zusatzfragebogen "Psychische Erkrankungen" (Formular LB 217),
   vollständig ausgefüllt und unterschrieben,
2. einen kurzen Behandlerbericht der Psychotherapeutin mit Diagnose
   (ICD-10), Anzahl der Sitzungen und Abschlussbefund,
3. die Schweigepflichtentbindung für diese Behandlerin (Anlage S1 im
   Antrag ist nur für den Hausarzt angekreuzt).

Ehrlich gesagt sieht das nach einer gut ausbehandelten Episode aus; wenn der
Bericht das bestätigt, ist eine normale Annahme realistisch. Ohne Unterlagen
kann ich aber nichts zusagen.

Frist intern: 13.02.2026, danach legen wir den Vorgang ab.

""" + SIG["wehrmann"] + "\n\n" + FOOT_DE)
    return m


@mail(2, "NORMAL", "de", "insurer-to-broker",
      "trap: new BU application form announced to all brokers; PDF is the blank health-question section, no person")
def m2():
    m = new(2, STAFF["voss"], "Makler-Service Verteiler <makler-info@%s>" % D,
            "Neue Antragsformulare BU ab 01.02.2026 – geänderte Gesundheitsfragen", date(1, 13, 8, 2))
    txt = """Sehr geehrte Damen und Herren,

zum 01.02.2026 stellen wir die Antragsformulare für unsere Berufsunfähig-
keitsversicherung (BU-Premium 26, BU-Kompakt 26, BU-Azubi) um. Die wichtigsten
Änderungen bei den Gesundheitsfragen:

- ambulante Behandlungen: Abfragezeitraum 5 statt bisher 10 Jahre
- Psychotherapie: nur noch ab 5 Sitzungen anzugeben (Bagatellgrenze)
- Rückenbeschwerden: neue Unterfrage nach Bandscheibenvorfall/OP
- Größe/Gewicht wie bisher, BMI-Grenzen siehe Annahmerichtlinien

Alte Formulare (Stand 03/2023) nehmen wir bis 31.03.2026 noch an.
Im Anhang finden Sie die neue Seite 3 (Gesundheitsfragen) als Blanko-PDF
zum Ausdrucken; im Maklerportal liegt das vollständige Formular.

Bei Fragen zur Risikoprüfung wenden Sie sich bitte an
risikopruefung@%s.

""" % D + SIG["voss"] + "\n\n" + FOOT_DE
    p = pdf(["# Antrag auf Berufsunfähigkeitsversicherung - Seite 3",
             "* Gesundheitsfragen der zu versichernden Person (Stand 02/2026)",
             "",
             "Name der zu versichernden Person: ______________________________",
             "Geburtsdatum: ____.____.________",
             "",
             "1. Größe (cm): ______   Gewicht (kg): ______",
             "2. Wurden Sie in den letzten 5 Jahren von Ärzten, Heilpraktikern oder anderen Behandlern untersucht, beraten oder behandelt? (ausgenommen Vorsorge, Impfungen, Erkältungen ohne Komplikationen)   [ ] ja  [ ] nein",
             "3. Bestehen oder bestanden in den letzten 5 Jahren Krankheiten, Störungen oder Beschwerden an: a) Herz/Kreislauf b) Atmungsorganen c) Wirbelsäule, Gelenken, Bandscheiben d) Nerven oder Psyche?   [ ] ja  [ ] nein",
             "4. Haben Sie in den letzten 5 Jahren eine Psychotherapie mit mindestens 5 Sitzungen gemacht oder wurde eine empfohlen?   [ ] ja  [ ] nein",
             "5. Sind Sie in den letzten 10 Jahren stationär behandelt oder operiert worden?   [ ] ja  [ ] nein",
             "6. Besteht eine Minderung der Erwerbsfähigkeit oder ein Grad der Behinderung?   [ ] ja  [ ] nein",
             "",
             "Bei 'ja' bitte Angaben im Beiblatt (Art der Erkrankung, Zeitraum, Behandler, Folgen).",
             "",
             "Wichtiger Hinweis zur vorvertraglichen Anzeigepflicht (§ 19 VVG): Verletzen Sie die Anzeigepflicht, kann der Versicherer vom Vertrag zurücktreten, kündigen oder den Vertrag anpassen.",
             "",
             "Formular LB 200-3 / 02.2026"],
            title="BU Antrag Seite 3 Gesundheitsfragen", date="20260112161500+01'00'")
    multi(m, "mixed", [part(txt), att(p, "application/pdf", "BU_Antrag_Seite3_Gesundheitsfragen_2026-02.pdf")], bnd(2))
    return m


@mail(3, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker",
      "anonymous pre-enquiry answered for broker reference HF-2291: age, occupation, BMI, sleep apnoea; re-identifiable by the broker, so health data")
def m3():
    m = new(3, STAFF["wehrmann"], "Emily Carter <emily.carter@harbourfinch.example>",
            "RE: Anonymous pre-enquiry - your ref HF-2291 (term life + income protection)", date(1, 14, 15, 41),
            irt="<HF2291-01@mail.harbourfinch.example>", style="ol")
    body(m, """Dear Emily,

thank you for the anonymous pre-enquiry. Based on what you sent:

  Your ref:      HF-2291
  Sex / age:     male, 41
  Occupation:    software architect, office-based, no travel to risk areas
  Height/weight: 183 cm / 104 kg (BMI 31.1)
  Medical:       obstructive sleep apnoea diagnosed 2022, CPAP nightly,
                 compliance "good" per client; blood pressure on ramipril 5 mg
  Cover wanted:  term life EUR 400,000 / 25 yrs; income protection EUR 3,000 pm

our indicative view would be:

- Term life: standard terms plus 50 % extra mortality, i.e. roughly +35 %
  on the premium. We would want a sleep-lab report not older than 12 months
  showing effective CPAP therapy (AHI under treatment).
- Income protection: acceptance with an exclusion for sleep-related
  disorders and their consequences, OR standard terms if the sleep-lab
  report is clean AND BMI is below 30 at application. Hypertension alone
  would not lead to a loading if readings are controlled.

This is not a binding offer. Please quote the reference above if your
client decides to apply; the full application must of course repeat all
health information.

""" + SIG["wehrmann_en"] + "\n\n" + FOOT_EN,
         charset="us-ascii", cte="7bit")
    return m


@mail(4, "CONFIDENTIAL", "de", "insurer-to-customer",
      "motor contract of a named customer: policy number, plate, no-claims class and premium; no health data")
def m4():
    m = new(4, STAFF["berger"], "Jörg Pfeiffer <joerg.pfeiffer@webpost.example>",
            "Ihre Kfz-Versicherung KF-7731-220418 – neue Schadenfreiheitsklasse", date(1, 15, 10, 5))
    body(m, """Guten Tag Herr Pfeiffer,

wie telefonisch besprochen, bestätige ich Ihnen die Übernahme des Schaden-
freiheitsrabatts aus Ihrem Vorvertrag bei der Moselland Versicherung.

Vertrag:            KF-7731-220418
Fahrzeug:           VW Touran 2.0 TDI, amtl. Kennzeichen KO-JP 418
Haftpflicht:        bisher SF 3 → neu SF 12 (rückwirkend ab 01.01.2026)
Vollkasko:          bisher SF 2 → neu SF 9
Neuer Jahresbeitrag: 684,12 EUR (bisher 1.139,40 EUR)

Den zu viel gezahlten Betrag von 455,28 EUR verrechnen wir mit der nächsten
Fälligkeit. Eine neue Versicherungsbestätigung erhalten Sie per Post.

""" + SIG["berger"] + "\n\n" + FOOT_DE, cte="8bit")
    return m


@mail(5, "NORMAL", "en", "internal",
      "trap: underwriting manual update with diabetes/BMI rating rules; generic tables, no person")
def m5():
    m = new(5, STAFF["adeyemi"], "UW-Team Leben <uw-leben@%s>" % D,
            "Underwriting manual v7.3 - diabetes and build tables (effective 2 Feb)", date(1, 16, 11, 30),
            cc=STAFF["albers"])
    body(m, flow("""Hi all,

the reinsurer signed off our changes to the underwriting manual, so v7.3 goes live on Monday 2 February. Summary of what changes for you:

1. Type 2 diabetes, diet or metformin only, HbA1c below 7.0 %, no complications: +25 (was +50) for term life; BU unchanged (+50 or exclusion of metabolic causes, case by case).
2. Type 1 diabetes: still referral to Dr. Albers for every case, no manual ratings.
3. Build table: BMI 30-32.9 is now standard up to age 45 if blood pressure and lipids are normal. BMI 35+ stays +50 minimum.
4. Hypertension: treated and controlled (below 140/90 on last three readings) = standard.
5. New "lifestyle credits" pilot is NOT approved, please stop quoting it to brokers.

The rating tables are in the usual SharePoint folder (UW > Manual > 7.3). The old PDF stays online until the end of February for pending cases.

Ping me if anything in the tables looks off. Katrin, I kept your comment about gestational diabetes in the footnote.

""") + "\n" + SIG["adeyemi"], cte="8bit", flowed=True)
    return m


@mail(6, "STRICTLY_CONFIDENTIAL", "de", "broker",
      "harmless cover note; the attached forwarded mail from a tied agent is a named pre-enquiry (DOB, diabetes type 1, insulin pump)")
def m6():
    inner_txt = """Hallo Frau Voss,

ich habe einen Interessenten für eine Risikolebensversicherung und eine BU
und würde gern vorab (namentlich, er ist einverstanden) anfragen:

Herr Tobias Neuhaus, geb. 03.07.1986, Elektromeister, selbständig
Diabetes mellitus Typ 1 seit dem 12. Lebensjahr, seit 2019 Insulinpumpe,
letzter HbA1c 6,9 %, keine Folgeschäden bekannt (Augen/Nieren o.B. laut
Diabetologe Dr. Weiß, Koblenz). Raucher: nein. 178 cm, 81 kg.
Gewünscht: RLV 250.000 EUR, 20 Jahre; BU 1.800 EUR mtl.

Geht das überhaupt, und wenn ja mit welchem Zuschlag? Der letzte
Versicherer hat die BU abgelehnt.

Danke & Gruß
Yusuf Demir
Generalagentur Demir – Rheinau Versicherungsgruppe
Löhrstraße 88, 56068 Koblenz · Tel. 0261 9870 455"""
    im = inner("Yusuf Demir <info@agentur-demir.example>", STAFF["voss"],
               "Voranfrage RLV + BU – Diabetes Typ 1", date(1, 16, 17, 12),
               "<20260116171201.4471@agentur-demir.example>", inner_txt)
    m = new(6, STAFF["voss"], "Risikoprüfung Leben <risikopruefung@%s>" % D,
            "WG: Voranfrage RLV + BU – Diabetes Typ 1", date(1, 19, 8, 11))
    txt = """Hallo zusammen,

anbei eine Voranfrage aus der Generalagentur Demir zur Bearbeitung. Bitte
direkt an Herrn Demir antworten, mich gern in CC.

""" + SIG["voss"]
    multi(m, "mixed", [part(txt), fwd(im, "Voranfrage RLV + BU - Diabetes Typ 1.eml")], bnd(6))
    return m


@mail(7, "CONFIDENTIAL", "de", "insurer-to-broker",
      "commission statement of a sole-trader broker: her IBAN and commission income; XLSX names motor/household customers with contract numbers")
def m7():
    m = new(7, STAFF["voss"], "Ingrid Hoffmeister <buero@hoffmeister-makler.example>",
            "Courtageabrechnung 01/2026 – Vermittlernummer 40-118-07", date(2, 3, 14, 20))
    txt = """Sehr geehrte Frau Hoffmeister,

anbei Ihre Courtageabrechnung für Januar 2026. Der Auszahlungsbetrag von
1.873,46 EUR wird am 06.02.2026 auf Ihr hinterlegtes Konto

  Kontoinhaberin: Ingrid Hoffmeister e.K.
  IBAN: DE51 6830 6437 9113 1356 13

überwiesen. Die Einzelaufstellung (Abschluss- und Bestandscourtage) finden
Sie in der Excel-Datei. Die Stornoreserve beträgt unverändert 10 %.

""" + SIG["voss"] + "\n\n" + FOOT_DE
    x_ = xlsx([("Abrechnung 01-2026", [
        ["Vertragsnr.", "Kunde", "Sparte", "Art", "Beitrag p.a. EUR", "Satz", "Courtage EUR"],
        ["KF-7731-301122", "Bernd Lützow", "Kfz", "Abschluss", 912.4, "7,5 %", 68.43],
        ["KF-7731-301187", "Svenja Marx", "Kfz", "Abschluss", 488.0, "7,5 %", 36.6],
        ["HR-5520-018845", "Familie Okonkwo", "Hausrat", "Abschluss", 214.5, "25 %", 53.63],
        ["WG-5610-004412", "Heiner und Rita Bast", "Wohngebäude", "Abschluss", 1388.0, "20 %", 277.6],
        ["PH-5530-077310", "Marco Zielinski", "Privathaftpflicht", "Abschluss", 96.9, "30 %", 29.07],
        ["RS-5810-002291", "Gabriele Imhof", "Rechtsschutz", "Abschluss", 341.2, "15 %", 51.18],
        ["diverse (142 Verträge)", "", "Sach/Kfz", "Bestand", 27451.0, "", 1564.08],
        ["Stornoreserve", "", "", "", "", "10 %", -207.13],
        ["Summe", "", "", "", "", "", 1873.46]])],
        title="Courtageabrechnung 01/2026", creator="Courtagesystem PROVIS", created="2026-02-03T13:58:00Z")
    multi(m, "mixed", [part(txt), att(x_, XLSX_T, "Courtage_40-118-07_2026-01.xlsx")], bnd(7))
    return m


@mail(8, "NORMAL", "de", "insurer-to-broker",
      "trap: broker-portal account created for a new user of a partner firm; password comes separately by SMS, no customer data")
def m8():
    m = new(8, "Rheinau Maklerportal <noreply@%s>" % D, "Kevin Schäfer <k.schaefer@finanzkontor-weser.example>",
            "Ihr Zugang zum Rheinau Maklerportal wurde eingerichtet", date(1, 20, 7, 45), style="sys",
            extra=[("Auto-Submitted", "auto-generated")])
    body(m, """Guten Tag Kevin Schäfer,

Ihr Makleradministrator bei der Finanzkontor Weser GmbH hat für Sie einen
Benutzer im Rheinau Maklerportal angelegt.

Benutzername:     FKW-kschaefer
Vertragspartner:  Finanzkontor Weser GmbH (VP 40-201-33)
Rollen:           Angebot/Antrag, Vermittlerpost lesen
Bestandsrechte:   keine (vergibt Ihr Administrator)

Ihr Einmal-Passwort erhalten Sie aus Sicherheitsgründen getrennt per SMS an
die hinterlegte Mobilnummer. Beim ersten Login müssen Sie ein eigenes
Passwort vergeben und eine Sicherheitsfrage einrichten. Das Einmal-Passwort
ist 72 Stunden gültig.

Login: https://makler.rheinau-versicherung.example

Bitte antworten Sie nicht auf diese automatisch erzeugte Nachricht. Bei
Problemen: Makler-Service, Tel. 0261 4090-2200.

Rheinau Versicherungsgruppe – Maklerportal""", cte="quoted-printable")
    return m


@mail(9, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "body says only 'attached your statement'; the PDF is a private health dental claim statement with GOZ items and tooth findings")
def m9():
    m = new(9, STAFF["lindqvist"], "Ralf Hennig <ralf.hennig@mailbox-ko.example>",
            "Ihre Leistungsabrechnung vom 21.01.2026", date(1, 21, 13, 2))
    txt = """Sehr geehrter Herr Hennig,

wie gewünscht erhalten Sie Ihre Abrechnung zusätzlich per E-Mail. Das
Original geht Ihnen mit der Post zu.

""" + SIG["lindqvist"] + "\n\n" + FOOT_DE
    p = pdf(["# Rheinau Krankenversicherung AG - Leistungsabrechnung",
             "Koblenz, 21.01.2026",
             "",
             "Herrn Ralf Hennig, Kurfürstenstraße 12, 56068 Koblenz",
             "Versicherungsnummer: 420 118 733-01   Tarif: ZahnPlus 90, AmbuFlex 300",
             "Versicherte Person: Ralf Hennig, geb. 09.05.1974",
             "",
             "* Rechnung Zahnarztpraxis Dr. Jana Roth vom 08.01.2026, Rechnungsbetrag 2.847,16 EUR",
             "",
             "GOZ 2210  Vollkrone (Zahn 36)                      1x   283,12 EUR",
             "GOZ 2197  adhäsive Befestigung                      1x    16,87 EUR",
             "GOZ 3000  Extraktion eines einwurzeligen Zahnes (45) 1x    12,94 EUR",
             "GOZ 9010  Implantatinsertion regio 45              1x   431,43 EUR",
             "Material- und Laborkosten (Zirkon, Implantat)           1.876,80 EUR",
             "sonstige Positionen                                       226,00 EUR",
             "",
             "Befund laut Heil- und Kostenplan: 36 kariös zerstört, 45 nicht erhaltungswürdig (Parodontitis, Lockerungsgrad III).",
             "",
             "erstattungsfähig: 2.847,16 EUR, Erstattungssatz ZahnPlus 90: 90 %",
             "abzüglich Begrenzung Zahnstaffel 2. Versicherungsjahr (max. 2.000,00 EUR)",
             "* Erstattung: 2.000,00 EUR",
             "",
             "Die Auszahlung erfolgt auf Ihr Konto bei der Volksbank Rhein-Lahn (IBAN endet auf ...5613).",
             "Bitte beachten Sie: die Zahnstaffel entfällt ab dem 01.04.2027."],
            title="Leistungsabrechnung", date="20260121124500+01'00'")
    multi(m, "mixed", [part(txt), att(p, "application/pdf", "Leistungsabrechnung_2026-01-21.pdf")], bnd(9))
    return m


@mail(10, "NORMAL", "de", "newsletter",
      "trap: broker newsletter with aggregated BU underwriting outcomes, health vocabulary and a table; no individual")
def m10():
    m = new(10, "Rheinau Makler-Info <newsletter@%s>" % D, "makler-info@%s" % D,
            "Makler-Info 02/2026: Annahmequoten BU, neue Psyche-Regel, Termine", date(2, 4, 6, 30), style="sys",
            extra=[("List-Unsubscribe", "<mailto:abmelden@%s?subject=makler-info>" % D), ("Precedence", "bulk")])
    txt = """Makler-Info 02/2026

1) BU-Annahme 2025 in Zahlen
Von 18.412 BU-Anträgen wurden 2025
  71,3 % zu Normalbedingungen angenommen,
  12,8 % mit Ausschlussklausel (häufigste: Wirbelsäule, Knie, Allergien),
   6,1 % mit Risikozuschlag,
   4,9 % zurückgestellt, 4,9 % abgelehnt.
Häufigste Ablehnungsgründe: laufende Psychotherapie, Bandscheibenvorfall
mit OP < 2 Jahre, Adipositas Grad III.

2) Neue Bagatellgrenze Psychotherapie ab 01.02.2026
Psychotherapien unter 5 Sitzungen müssen nicht mehr angegeben werden.

3) Termine
BU-Workshop Koblenz 05.03.2026, Webinar "Risikovoranfrage richtig stellen"
am 18.03.2026, 10 Uhr.

Abmelden: Antwort mit "abmelden" an abmelden@rheinau-versicherung.example
"""
    html = """<html><body style="font-family:Arial,sans-serif">
<h2>Makler-Info 02/2026</h2>
<h3>1) BU-Annahme 2025 in Zahlen</h3>
<p>Von 18.412 BU-Anträgen wurden 2025 wie folgt entschieden:</p>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Entscheidung</th><th>Anteil</th><th>häufigste Gründe</th></tr>
<tr><td>Normalannahme</td><td>71,3 %</td><td>&ndash;</td></tr>
<tr><td>Ausschlussklausel</td><td>12,8 %</td><td>Wirbelsäule, Knie, Allergien</td></tr>
<tr><td>Risikozuschlag</td><td>6,1 %</td><td>Übergewicht, Bluthochdruck</td></tr>
<tr><td>Zurückstellung</td><td>4,9 %</td><td>laufende Diagnostik, OP geplant</td></tr>
<tr><td>Ablehnung</td><td>4,9 %</td><td>laufende Psychotherapie, BSV mit OP &lt; 2 J., Adipositas Grad III</td></tr>
</table>
<h3>2) Neue Bagatellgrenze Psychotherapie</h3>
<p>Ab 01.02.2026 müssen Psychotherapien unter 5 Sitzungen nicht mehr angegeben werden.</p>
<h3>3) Termine</h3>
<ul><li>BU-Workshop Koblenz, 05.03.2026</li><li>Webinar &bdquo;Risikovoranfrage richtig stellen&ldquo;, 18.03.2026, 10 Uhr</li></ul>
<p style="font-size:small">Abmelden: <a href="mailto:abmelden@rheinau-versicherung.example">abmelden@rheinau-versicherung.example</a></p>
</body></html>"""
    multi(m, "alternative", [part(txt), part(html, subtype="html")], bnd(10, style="x"))
    return m


@mail(11, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
      "underwriting decision for a named PKV applicant: risk surcharge for hypertension (I10.90) and exclusion for knee joint")
def m11():
    m = new(11, STAFF["arslan"], "Sven Albrecht <s.albrecht@finanzkontor-weser.example>",
            "Antrag PKV Familie Brinkmann – Annahmeentscheidung (Antrag KV-26-11873)", date(1, 22, 11, 48),
            cc="Kevin Schäfer <k.schaefer@finanzkontor-weser.example>")
    body(m, """Sehr geehrter Herr Albrecht,

die Risikoprüfung zum Antrag KV-26-11873 ist abgeschlossen:

Dirk Brinkmann (geb. 27.10.1979), Tarif KomfortMed 1 + Stationär Premium:
  Annahme mit Risikozuschlag 18 % auf den ambulanten und stationären Teil
  wegen arterieller Hypertonie (ICD-10 I10.90), medikamentös behandelt
  (Candesartan 8 mg), Werte laut Hausarztbericht vom 09.01.2026 gut
  eingestellt. Zuschlag monatlich 61,20 EUR.

  Zusätzlich Leistungsausschluss für Erkrankungen des rechten Kniegelenks
  einschließlich Folgen der Meniskusläsion (Arthroskopie 11/2023), da
  laut Bericht weiterhin Belastungsschmerzen bestehen.

Anke Brinkmann (geb. 02.04.1981), KomfortMed 1: Annahme zu Normalbeitrag.

Jonas Brinkmann (geb. 15.08.2014), Kindertarif KM-K: Annahme zu Normal-
beitrag; die angegebene Neurodermitis im Kleinkindalter ist seit 2019
erscheinungsfrei.

Der Kunde hat ein Widerspruchsrecht gegen Zuschlag und Ausschluss; wir
prüfen den Knie-Ausschluss gern nach zwei beschwerdefreien Jahren erneut.
Die Policen gehen Ihnen über die elektronische Vermittlerpost zu, sobald
Sie uns das Einverständnis des Kunden bestätigen.

""" + SIG["arslan"] + "\n\n" + FOOT_DE, cte="8bit")
    return m


@mail(12, "CONFIDENTIAL", "en", "insurer-to-customer",
      "travel baggage claim of a named customer (policy and claim number, stolen items, IBAN); no health content")
def m12():
    m = new(12, STAFF["marchetti"], "Rachel O'Donnell <rachel.odonnell@fastmail-ie.example>",
            "Your baggage claim RT-2026-00417 - stolen suitcase in Lisbon", date(1, 23, 9, 37),
            irt="<CAH7x2kR0dNn@mail.fastmail-ie.example>")
    body(m, """Dear Ms O'Donnell,

thank you for your email and the police report from the PSP station in
Lisbon (Baixa). I have opened the claim under your travel policy:

  Policy:   RT-88120475 (Annual Travel Plus, Rheinau Allgemeine)
  Claim:    RT-2026-00417
  Incident: theft of your suitcase from the hotel lobby,
            Hotel Rossio Palace, 11 January 2026

To settle the claim we still need:
- receipts or bank statements for the laptop (MacBook Air, bought 2024)
  and the camera; for clothing a list with approximate prices is enough;
- confirmation from the hotel that the bag was handed to the concierge.

You asked us to pay to your Irish account. I have noted
IE29 AIBK 9311 5212 3456 78 (account holder Rachel O'Donnell). Please
confirm this by replying to this email - we do not change bank details
based on phone calls.

""" + SIG["marchetti"] + "\n\n" + FOOT_EN)
    return m


@mail(13, "NORMAL", "en", "internal",
      "trap: staff flu-vaccination campaign by the company doctor, health vocabulary but no individual's data")
def m13():
    m = new(13, STAFF["eckert"], "Alle Mitarbeitenden Koblenz <alle-koblenz@%s>" % D,
            "Flu vaccination at the office / Grippeimpfung im Haus - 10 and 11 February", date(1, 26, 12, 5))
    body(m, """(Deutsche Fassung unten)

Dear colleagues,

our company doctor Dr. Pia Kessler (Arbeitsmedizin Mittelrhein) will offer
free flu vaccinations on 10 and 11 February, 9:00-15:00, room E.14.

- Please book a 10-minute slot in the Intranet (Services > Health).
- Bring your vaccination card if you have one.
- If you have a fever on that day, had an allergic reaction to a vaccine
  before, or are unsure, please talk to the doctor first - she will ask
  you a few questions on site. We do not collect any health information
  in HR; the booking tool only stores your name and slot.

----

Liebe Kolleginnen und Kollegen,

unsere Betriebsärztin bietet am 10. und 11. Februar kostenlose Grippe-
impfungen an (9-15 Uhr, Raum E.14). Termine bitte im Intranet buchen.
Gesundheitsangaben klären Sie direkt mit der Ärztin, nicht mit HR.

""" + SIG["eckert"], charset="iso-8859-1")
    return m


@mail(14, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
      "request to a GP for a medical report on a named BU applicant (DOB, reported diagnoses); filled request form as PDF")
def m14():
    m = new(14, STAFF["wehrmann"], "Praxis Dr. Ulrike Brandt <praxis@praxis-brandt.example>",
            "Anforderung ärztlicher Bericht – Herr Patrick Sommer, geb. 21.11.1988", date(1, 27, 10, 22))
    txt = """Sehr geehrte Frau Dr. Brandt,

Herr Patrick Sommer hat bei uns eine Berufsunfähigkeitsversicherung
beantragt und Sie als behandelnde Hausärztin angegeben. Eine von ihm
unterschriebene Schweigepflichtentbindung liegt uns vor (Kopie anbei im
Formular).

Wir bitten um einen kurzen Bericht zu den im Antrag genannten Punkten
(Fragen im beigefügten Formular). Ihr Honorar nach GOÄ Nr. 75 zuzüglich
Porto übernehmen wir; bitte die Rechnung an uns, nicht an den Patienten.

Bitte senden Sie den Bericht per Fax (0261 4090-3399) oder über unser
sicheres Postfach, nicht als normale E-Mail.

""" + SIG["wehrmann"] + "\n\n" + FOOT_DE
    p = pdf(["# Rheinau Lebensversicherung AG - Anforderung Arztbericht",
             "Vorgang: BU-26-004702   Datum: 27.01.2026",
             "",
             "Patient: Patrick Sommer, geb. 21.11.1988, Rheinstraße 41, 56179 Vallendar",
             "Beantragt: Berufsunfähigkeitsrente 1.500 EUR monatlich (Beruf: Maschinenbautechniker)",
             "",
             "* Angaben des Antragstellers:",
             "- 2023: Lumbago, 3 Wochen arbeitsunfähig, Physiotherapie 6x",
             "- 2024: Tinnitus rechts nach Hörsturz, HNO-Behandlung, Infusionen",
             "- seit 2025: Heuschnupfen, Cetirizin bei Bedarf",
             "",
             "* Fragen an die behandelnde Ärztin:",
             "1. Welche Diagnosen (bitte mit ICD-10) haben Sie in den letzten 5 Jahren gestellt?",
             "2. Bestehen bei den Rückenbeschwerden Ausstrahlungen, neurologische Ausfälle, Bildgebung?",
             "3. Besteht der Tinnitus fort? Hörminderung? Psychische Belastung dadurch?",
             "4. Sind weitere Behandlungen geplant?",
             "",
             "Schweigepflichtentbindung: unterschrieben am 15.01.2026 (liegt im Original vor)",
             "Honorar: GOÄ Nr. 75 (Ausführlicher Befundbericht) zzgl. Porto"],
            title="Anforderung Arztbericht BU-26-004702", date="20260127101500+01'00'")
    multi(m, "mixed", [part(txt), att(p, "application/pdf", "Anforderung_Arztbericht_BU-26-004702.pdf")], bnd(14))
    return m


@mail(15, "CONFIDENTIAL", "de", "insurer-to-customer",
      "household claim for a stolen e-bike: named customer, policy and claim number, frame number, police file number")
def m15():
    m = new(15, STAFF["okafor"], "Miriam Jankowski <mjankowski@t-netz.example>",
            "AW: Fahrrad geklaut!!", date(1, 27, 14, 48), irt="<a81c2f0e-77d1@t-netz.example>", style="tb")
    body(m, flow("""Sehr geehrte Frau Jankowski,

danke für Ihre Meldung. Ich habe den Schaden unter der Nummer HR-S-2026-01933 zu Ihrer Hausratversicherung HR-5520-031176 (Klausel Fahrraddiebstahl, Entschädigungsgrenze 3.000 EUR) angelegt.

Was wir noch brauchen:
- die Kaufrechnung des E-Bikes (Cube Kathmandu Hybrid, Rahmennummer WCU2187734K laut Ihrer Mail),
- die Bestätigung der Anzeige bei der Polizei Koblenz, Tagebuchnummer 0412-26-004471,
- ein Foto des Schlüssels vom Schloss (Abus Bordo), falls noch vorhanden.

Das Rad stand laut Ihrer Schilderung im verschlossenen Fahrradkeller des Hauses Moselweißer Straße 7 – das ist versichert, auch nachts.

""") + SIG["okafor"] + """

Am 26.01.2026 um 22:13 schrieb Miriam Jankowski:
> hallo, mein e-bike ist aus dem keller geklaut worden, das schloss
> lag noch da aber durchgeschnitten. hab bei der polizei angezeigt.
> was brauchen sie von mir? vertragsnummer hab ich grad nicht, steht
> bestimmt bei ihnen. lg M. Jankowski
""", cte="8bit", flowed=True)
    return m


@mail(16, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker",
      "expat health application for a named family via a broker: child's asthma leads to an exclusion, DOBs")
def m16():
    m = new(16, STAFF["marchetti"], "Marco Rüegg <m.rueegg@alpen-expat.example>",
            "International Health application - Hayes family (your ref AE-26-118)", date(1, 28, 16, 3))
    body(m, """Dear Marco,

we have finished underwriting the Hayes family application for
GlobalCare Premium (area 2, worldwide excl. USA), start 1 March 2026:

- Daniel Hayes, DOB 19/06/1982: standard terms.
- Claire Hayes, DOB 02/12/1984: standard terms; the 2021 thyroidectomy
  for a benign nodule is covered, thyroxine replacement included.
- Noah Hayes, DOB 30/04/2017: accepted with an exclusion of asthma and
  related respiratory conditions (reported: two hospital admissions for
  acute asthma in 2024, salbutamol and budesonide inhaler). We can review
  the exclusion after 24 months without admissions, on a report from his
  paediatrician.
- Mia Hayes, DOB 08/08/2020: standard terms.

Alternatively we could cover Noah's asthma for a 35 % loading on his
premium. Please let us know which option the family prefers; we need the
signed acceptance before we issue the certificate.

""" + SIG["marchetti"] + "\n\n" + FOOT_EN)
    return m


@mail(17, "NORMAL", "en", "insurer-to-partner",
      "trap: reinsurance treaty data with BU claims incidence by ICD-10 chapter and age band; aggregates only, no individual")
def m17():
    m = new(17, STAFF["adeyemi"], "Hannah Whitfield <h.whitfield@atlanticre.example>",
            "BU quota share 2026 - incidence data by diagnosis group", date(1, 29, 9, 50))
    txt = """Hi Hannah,

as promised in Tuesday's call, attached the BU incidence data for the treaty
renewal discussion. Figures are per 1,000 insured years, portfolio
2021-2025, all ages 20-64, exposure about 412,000 policy years.

Cells with fewer than 10 claims are merged into "other" - we do not send
anything at case level. Mental disorders (ICD chapter F) are still the
largest group at 33 %, musculoskeletal (M) at 21 %, cancer (C/D) 15 %.

Happy to walk your pricing team through it next week.

""" + SIG["adeyemi"] + "\n\n" + FOOT_EN
    x_ = xlsx([("Incidence by chapter", [
        ["ICD-10 chapter", "Description", "Claims 2021-2025", "Share", "Incidence per 1,000"],
        ["F", "Mental and behavioural disorders", 412, 0.33, 1.0],
        ["M", "Musculoskeletal system", 262, 0.21, 0.64],
        ["C-D48", "Neoplasms", 187, 0.15, 0.45],
        ["I", "Circulatory system", 112, 0.09, 0.27],
        ["G", "Nervous system", 87, 0.07, 0.21],
        ["S-T", "Injuries", 75, 0.06, 0.18],
        ["other", "merged (cells < 10)", 112, 0.09, 0.27],
        ["Total", "", 1247, 1.0, 3.02]]),
        ("By age band", [
        ["Age band", "Exposure (policy years)", "Claims", "Incidence per 1,000"],
        ["20-34", 121400, 148, 1.22],
        ["35-44", 118900, 302, 2.54],
        ["45-54", 109300, 471, 4.31],
        ["55-64", 62400, 326, 5.22]])],
        title="BU incidence 2021-2025", creator="Ben Adeyemi", created="2026-01-28T17:20:00Z")
    multi(m, "mixed", [part(txt, charset="us-ascii", cte="7bit"),
                       att(x_, XLSX_T, "BU_incidence_2021-2025_treaty2026.xlsx")], bnd(17))
    return m


@mail(18, "STRICTLY_CONFIDENTIAL", "de", "internal",
      "medical officer's internal note on a named life applicant's lab values (GGT, HbA1c, liver) with a rating recommendation")
def m18():
    m = new(18, STAFF["albers"], STAFF["wehrmann"],
            "RLV-26-002215 Berger, Stefan – Laborwerte", date(1, 30, 8, 26))
    body(m, """Hallo Jonas,

ich habe mir die Laborwerte von Herrn Stefan Berger (geb. 11.03.1972,
RLV 600.000, MediCheck-Untersuchung vom 22.01.) angesehen:

  GGT 148 U/l (Norm < 60), GOT 52, GPT 71, CDT grenzwertig
  HbA1c 5,9 %, Nüchternglukose 112 mg/dl
  Triglyceride 310 mg/dl, BMI 30,4, RR 145/92

Im Fragebogen hat er "gelegentlich Alkohol, ca. 2 Gläser Wein pro Woche"
angegeben. Das passt nicht zu GGT und CDT. Fettleber ist im Sono vom
Hausarzt 2024 beschrieben (Bericht lag bei).

Mein Vorschlag: +75 % Übersterblichkeit, alternativ Zurückstellung 12
Monate und erneute Laborkontrolle. Bitte beim Makler vorsichtig nach dem
Alkoholkonsum fragen lassen – nicht unterstellen, sondern den Zusatz-
fragebogen Alkohol (LB 224) anfordern.

Gruß
Katrin""", cte="8bit")
    return m


@mail(19, "CONFIDENTIAL", "de", "insurer-to-broker",
      "buildings-insurance application status for a named customer: address, sum insured, policy number; no health data")
def m19():
    m = new(19, STAFF["okafor"], "Ingrid Hoffmeister <buero@hoffmeister-makler.example>",
            "AW: Antrag Wohngebäude Familie Bast – Stand?", date(2, 2, 11, 15),
            irt="<000c01dc93a1$5b2f1e40$118d5ac0$@hoffmeister-makler.example>")
    body(m, """Hallo Frau Hoffmeister,

der Antrag ist durch, die Police WG-5610-004412 wurde heute erstellt:

  Versicherungsnehmer: Heiner und Rita Bast
  Risikoort:           Am Weinberg 3, 56332 Dieblich
  Versicherungssumme:  Wert 1914 mit 38.200 Mark (gleitender Neuwert)
  Bausteine:           Feuer, Leitungswasser, Sturm/Hagel, Elementar
  Selbstbehalt:        500 EUR, Beginn 01.02.2026

Die Elementarzone ZÜRS 2 war unkritisch, die Vorschäden (Leitungswasser
2022, 3.100 EUR) haben wir ohne Zuschlag akzeptiert.

Die Police geht heute in Ihre Vermittlerpost.

""" + SIG["okafor"] + """

-----Ursprüngliche Nachricht-----
Von: Ingrid Hoffmeister <buero@hoffmeister-makler.example>
Gesendet: Freitag, 30. Januar 2026 16:02
An: Okafor, Miriam <miriam.okafor@rheinau-versicherung.example>
Betreff: Antrag Wohngebäude Familie Bast – Stand?

Liebe Frau Okafor,
wie ist denn der Stand beim Antrag Bast (Dieblich)? Die Kunden haben
ihren alten Vertrag zum 31.01. gekündigt und werden nervös.
Schönes Wochenende
I. Hoffmeister
""", cte="quoted-printable")
    return m


@mail(20, "NORMAL", "de", "insurer-to-supplier",
      "trap: print order for blank BU application forms with health-question pages; no person")
def m20():
    m = new(20, STAFF["grundmann"], "Auftragsannahme Druckhaus Lahnstein <auftrag@druckhaus-lahnstein.example>",
            "Bestellung 4500018231 – Antragsformulare BU (LB 200, Stand 02/2026)", date(1, 19, 13, 40))
    body(m, """Sehr geehrte Damen und Herren,

hiermit bestellen wir auf Basis Ihres Angebots AN-26-0071 vom 12.01.2026:

Pos. 1  Antrag Berufsunfähigkeit LB 200, 8 Seiten, 4/4-farbig,
        Offset 90 g, geheftet, Auflage 20.000 St.
Pos. 2  Beiblatt Gesundheitsfragen LB 200-3 (Einzelblatt, Block à 50),
        Auflage 8.000 Blöcke
Pos. 3  Zusatzfragebogen Psyche LB 217 / Rücken LB 218 / Alkohol LB 224,
        je 3.000 St., DIN A4, 1/1-farbig

Druckdaten: liegen ab 22.01. auf Ihrem SFTP (Ordner RHEINAU/2026-02).
Liefertermin: spätestens 29.01.2026, frei Haus, Lager Koblenz-Metternich,
Rampe 3, Anlieferung Mo-Fr 7-14 Uhr.

Bitte senden Sie uns vor dem Druck einen Proof von Seite 3 (Gesundheits-
fragen) – dort hat sich der Satz zur Psychotherapie geändert.

Rechnung bitte mit Bestellnummer an rechnungseingang@%s.

""" % D + SIG["grundmann"] + "\n\n" + FOOT_DE, charset="windows-1252")
    return m


@mail(21, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "life policy of a named customer: change of beneficiary to named partner; personal line, no medical word")
def m21():
    m = new(21, STAFF["kolb"], "Annette Gräf <annette.graef@posteo-mail.example>",
            "Änderung des Bezugsrechts – Ihre Lebensversicherung LV 31-0884127", date(2, 3, 9, 5))
    body(m, """Sehr geehrte Frau Gräf,

wir haben Ihre Erklärung vom 28.01.2026 erhalten und das Bezugsrecht für
den Todesfall in Ihrer kapitalbildenden Lebensversicherung LV 31-0884127
wie folgt geändert:

  bisher: Ehemann Rüdiger Gräf (widerruflich)
  neu:    Herr Lars Henning Vogt, geb. 17.09.1975, Lebensgefährte
          (widerruflich), ersatzweise Ihre Tochter Marlene Gräf

Die Änderung gilt ab Eingang Ihrer Erklärung. Die Versicherungssumme
beträgt 85.000 EUR zzgl. Überschussbeteiligung; der Rückkaufswert liegt
aktuell bei 41.316,22 EUR.

Hinweis: Ein widerrufliches Bezugsrecht können Sie jederzeit wieder
ändern. Wenn Sie es unwiderruflich gestalten möchten, schicken Sie uns
bitte eine unterschriebene Erklärung beider Seiten.

""" + SIG["kolb"] + "\n\n" + FOOT_DE)
    return m


@mail(22, "CONFIDENTIAL", "de", "insurer-to-customer",
      "legal-expenses cover confirmation for a tenancy dispute of a named customer: policy, claim number, landlord, address")
def m22():
    m = new(22, STAFF["reimann"], "Hakan Yıldız <hakan.yildiz@gmx-web.example>",
            "Deckungszusage Mietrechtsstreit – Schaden RS-26-00812", date(2, 4, 10, 18))
    body(m, """Sehr geehrter Herr Yıldız,

für die Auseinandersetzung mit Ihrem Vermieter, der Moselblick Wohnbau
GmbH, wegen der Nebenkostenabrechnung 2024 (Nachforderung 1.264,80 EUR)
und der angekündigten Mieterhöhung für die Wohnung Schlachthofstraße 19,
56073 Koblenz, erteilen wir Deckungszusage aus Ihrer Rechtsschutz-
versicherung RS-5810-019954 (Baustein Wohnungs-Rechtsschutz Mieter):

- außergerichtliche Tätigkeit Ihres Anwalts (Kanzlei Fehr & Oster),
- Selbstbeteiligung 150 EUR,
- für eine Klage bitte vorher erneut Deckung anfragen.

Schadennummer: RS-26-00812. Bitte geben Sie diese Nummer Ihrer Anwältin.

""" + SIG["reimann"] + "\n\n" + FOOT_DE, cte="8bit")
    return m


@mail(23, "NORMAL", "de", "insurer-to-broker",
      "trap: out-of-office auto-reply of an underwriter mentioning pre-enquiries and health questions; no case data")
def m23():
    m = new(23, STAFF["wehrmann"], "Sven Albrecht <s.albrecht@finanzkontor-weser.example>",
            "Automatische Antwort: Voranfrage BU – Bitte um Einschätzung", date(2, 9, 7, 2),
            extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    body(m, """Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 20.02.2026
nicht im Büro und lese meine E-Mails nicht.

Risikovoranfragen (anonym oder namentlich) und Rückfragen zu
Gesundheitsfragen in laufenden Anträgen senden Sie bitte an
risikopruefung@rheinau-versicherung.example – das Team bearbeitet sie
in meiner Abwesenheit. Bitte schicken Sie Arztberichte nicht als
normale E-Mail, sondern über das Maklerportal (Upload) oder per Fax.

Thank you for your message. I am out of the office until 20 February
2026. Please send pre-enquiries to risikopruefung@rheinau-versicherung.example.

Jonas Wehrmann""", cte="quoted-printable")
    return m


@mail(24, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker",
      "critical-illness application of a named client postponed after melanoma excision; DOB, staging, follow-up plan")
def m24():
    m = new(24, STAFF["albers"], "Emily Carter <emily.carter@harbourfinch.example>",
            "Critical illness application - Mr Oliver Grant (app. CI-26-000391) - postponement", date(2, 5, 14, 31))
    body(m, """Dear Ms Carter,

I have reviewed the medical evidence for your client Mr Oliver Grant
(DOB 03/09/1979), application CI-26-000391, sum assured EUR 150,000.

The dermatology report of 14 January 2026 confirms excision of a
malignant melanoma on the left upper back in October 2025, tumour
thickness 0.9 mm, no ulceration (pT1b), sentinel node negative. He is in
three-monthly follow-up.

Given the recent diagnosis we have to postpone the critical illness cover.
We can reconsider an application from October 2027 (two years after
excision) with a current dermatology report; at that point we would
expect to offer cover with an exclusion for melanoma and other skin
cancers for the first years.

Term life cover alone could be offered now with a temporary extra premium
of EUR 4 per mille for 5 years, if he is interested.

I am sorry not to have better news for Mr Grant. Please pass this on in
a way you find appropriate; he may also ask us for the reasons in writing.

""" + SIG["albers_en"] + "\n\n" + FOOT_EN)
    return m


@mail(25, "CONFIDENTIAL", "en", "insurer-to-customer",
      "home contents policy of an expat customer: policy number, insured address, IBAN for direct debit")
def m25():
    m = new(25, STAFF["berger"], "Priya Raman <priya.raman@inbox-mail.example>",
            "Your home contents insurance HR-5520-044871 - direct debit set up", date(2, 6, 15, 12))
    body(m, """Dear Ms Raman,

thank you for sending the SEPA mandate. Your home contents insurance is
now paid by direct debit:

  Policy:           HR-5520-044871 (Hausrat Komfort)
  Insured address:  Friedrich-Ebert-Ring 22, 3rd floor right, 56068 Koblenz
  Account holder:   Priya Raman
  IBAN:             DE69766919183126450040
  Mandate ref.:     RV-SEPA-0044871-01
  First debit:      2 March 2026, EUR 18.40 monthly

The sum insured is EUR 52,000. As you mentioned your bike is often parked
at the university, you may want to add the bicycle theft clause
(EUR 2.10 monthly) - just reply if you would like that.

""" + SIG["berger_en"] + "\n\n" + FOOT_EN)
    return m


@mail(26, "NORMAL", "en", "internal",
      "trap: IT notice about the secure-mail gateway and how to tag strictly confidential health mail; no case data")
def m26():
    m = new(26, STAFF["kowalski"], "IT-Info <it-info@%s>" % D,
            "Maintenance Sat 7 Feb: secure mail gateway / Wartung SecureMail-Gateway", date(2, 4, 16, 55))
    body(m, """Hi all,

on Saturday 7 February, 06:00-10:00, we update the secure mail gateway.
During the window outgoing mail is queued, nothing is lost.

Reminder while we are at it:
* Put [streng vertraulich] in the subject if your mail contains health
  data, diagnoses, doctors' reports or anything about a life/health/
  accident contract of a person. The gateway then uses S/MIME or the
  portal.
* [vertraulich] for bank details, dates of birth, salaries and the like.
* Please do NOT write "test", "Diagnose" or "ICD" into subjects to "see
  what happens" - the classifier logs every decision and we read them.
* Questions about tagging: Dr. Sandmann's team (datenschutz@).

Thanks,
""" + SIG["kowalski"], charset="us-ascii", cte="7bit")
    return m


@mail(27, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
      "anonymous pre-enquiry decision for an agency client (age, roofer, heart attack with stent); ODT form holds the health details")
def m27():
    m = new(27, STAFF["wehrmann"], "Agentur Beate Sommerfeld <kontakt@agentur-sommerfeld.example>",
            "Ihre anonyme Risikovoranfrage VA-26-0193 – Ergebnis", date(2, 5, 11, 20))
    txt = """Liebe Frau Sommerfeld,

zu Ihrer anonymen Risikovoranfrage VA-26-0193 (BU für Ihren Kunden,
Dachdecker) müssen wir Ihnen leider eine Absage geben. Die Gründe haben
wir im beigefügten Voranfragebogen unten eingetragen.

Eine Risikolebensversicherung wäre dagegen möglich (siehe Bogen). Bitte
beachten Sie: das Votum gilt nur für die Angaben im Bogen und 6 Monate.

""" + SIG["wehrmann"] + "\n\n" + FOOT_DE
    o = odt([("h", "Risikovoranfrage (anonym) - VA-26-0193"),
             "Vermittler: Agentur Beate Sommerfeld, Mayen (AV 30-044-12)",
             "Eingang: 29.01.2026",
             ("t", [["Angabe", "Eintrag Vermittler"],
                    ["Geschlecht / Alter", "männlich, 52 Jahre"],
                    ["Beruf", "Dachdeckermeister, 60 % körperlich auf dem Dach"],
                    ["Größe / Gewicht", "176 cm / 88 kg"],
                    ["Raucher", "ja, 15 Zigaretten/Tag (seit Infarkt reduziert)"],
                    ["Vorerkrankungen", "Hinterwandinfarkt 06/2021, 2 Stents (RCA), Reha 3 Wochen; seither ASS 100, Atorvastatin 40, Bisoprolol 2,5"],
                    ["Letzte Kontrolle", "Belastungs-EKG 11/2025 ohne Ischämiezeichen (laut Kunde)"],
                    ["Gewünschter Schutz", "BU 1.500 EUR bis 67; RLV 150.000 EUR / 15 Jahre"]]),
             ("b", "Votum Risikoprüfung (05.02.2026, JW):"),
             "BU: Ablehnung. Koronare Herzkrankheit nach Infarkt bei körperlich schwerem Beruf und fortgesetztem Nikotinkonsum; eine Ausschlussklausel ist hier nicht sinnvoll.",
             "RLV: möglich mit Zuschlag ca. +100 % bis +150 % (Nichtraucher nach 12 Monaten: Neubewertung), Voraussetzung aktueller Kardiologenbericht.",
             "Hinweis: Votum unverbindlich, gültig 6 Monate."],
            title="Voranfrage VA-26-0193", creator="Jonas Wehrmann", created="2026-02-05T10:55:00Z")
    multi(m, "mixed", [part(txt), att(o, ODT_T, "Voranfrage_VA-26-0193_Votum.odt")], bnd(27))
    return m


@mail(28, "NORMAL", "de", "insurer-to-broker",
      "trap: invitation to a BU underwriting workshop with ICS; agenda lists psychiatric conditions and back problems generically")
def m28():
    m = new(28, STAFF["trepte"], "Sven Albrecht <s.albrecht@finanzkontor-weser.example>, Ingrid Hoffmeister <buero@hoffmeister-makler.example>, Agentur Beate Sommerfeld <kontakt@agentur-sommerfeld.example>",
            "Einladung BU-Workshop 05.03.2026 in Koblenz", date(2, 9, 10, 40))
    txt = """Liebe Maklerpartnerinnen und Maklerpartner,

wie angekündigt lade ich Sie herzlich zu unserem BU-Workshop ein:

Donnerstag, 05.03.2026, 10:00-15:30 Uhr
Rheinau Versicherungsgruppe, Rheinauer Allee 40, Koblenz, Saal "Deutsches Eck"

Programm
10:00  Neue Gesundheitsfragen ab 02/2026 – was ändert sich?
11:00  Psychische Vorerkrankungen richtig erfragen (Dr. Katrin Albers)
12:30  Mittagessen
13:15  Rücken, Knie, Allergien: Ausschlussklauseln und wann sie wegfallen
14:15  Anonyme vs. namentliche Risikovoranfrage – Praxisfälle (anonymisiert)
15:15  Fragen, Ausklang

Die Veranstaltung ist mit 4 Stunden IDD-Weiterbildung anerkannt. Bitte
kurze Rückmeldung bis 25.02., ob Sie kommen. Den Kalendereintrag finden
Sie im Anhang.

""" + SIG["trepte"]
    ics = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:PUBLISH
BEGIN:VEVENT
UID:rheinau-bu-workshop-20260305@rheinau-versicherung.example
DTSTAMP:20260209T094000Z
DTSTART;TZID=Europe/Berlin:20260305T100000
DTEND;TZID=Europe/Berlin:20260305T153000
SUMMARY:BU-Workshop Rheinau (4 h IDD)
LOCATION:Rheinauer Allee 40\\, 56068 Koblenz\\, Saal Deutsches Eck
DESCRIPTION:Neue Gesundheitsfragen\\, psychische Vorerkrankungen\\, Ausschl
 ussklauseln\\, Risikovoranfragen. Anmeldung bei markus.trepte@rheinau-vers
 icherung.example
ORGANIZER;CN=Markus Trepte:mailto:markus.trepte@rheinau-versicherung.example
END:VEVENT
END:VCALENDAR
"""
    multi(m, "mixed", [part(txt), part(ics, subtype="calendar", filename="BU-Workshop_2026-03-05.ics",
                                       params={"method": "PUBLISH"})], bnd(28))
    return m


@mail(29, "CONFIDENTIAL", "de", "insurer-to-customer",
      "new bank details (IBAN) for a named customer's motor contract; windows-1252")
def m29():
    m = new(29, STAFF["berger"], "Wilfried Haas <w.haas@online-post.example>",
            "Neue Bankverbindung für Vertrag KF-7731-118802", date(2, 10, 8, 52))
    body(m, """Sehr geehrter Herr Haas,

wir haben Ihre neue Bankverbindung gespeichert. Ab der Beitragsfälligkeit
am 01.03.2026 buchen wir den Beitrag für Ihre Kfz-Versicherung
(Vertrag KF-7731-118802, Opel Astra, KO-WH 77) von diesem Konto ab:

Kontoinhaber: Wilfried Haas
IBAN: DE33 7953 9981 0879 6417 99
BIC: GENODEF1WUE
Mandatsreferenz: RV-KF-118802-02

Ihr bisheriges Konto bei der Sparkasse Koblenz verwenden wir nicht mehr.

""" + SIG["berger"] + "\n\n" + FOOT_DE, charset="windows-1252", cte="quoted-printable")
    return m


@mail(30, "STRICTLY_CONFIDENTIAL", "de", "customer",
      "staff forward a customer's own mail (typos) about her son's hospital stay, appendicitis surgery and a bill to the claims team")
def m30():
    m = new(30, STAFF["berger"], "Leistung Kranken <kranken-leistung@%s>" % D,
            "WG: Rechnung Krankenhaus Sohn", date(2, 10, 11, 3))
    body(m, """Hallo Kolleginnen,

die Kundin hat an den Kundenservice geschrieben, das gehört zu euch. Die
Rechnung hat sie per Post geschickt, ist laut Posteingang gescannt.

Gruß Hannah

-----Ursprüngliche Nachricht-----
Von: Sandra Kühnel <sandra.kuehnel@mailo.example>
Gesendet: Montag, 9. Februar 2026 21:47
An: Kundenservice <kundenservice@rheinau-versicherung.example>
Betreff: Rechnung Krankenhaus Sohn

Hallo,

mein sohn Finn (versichert bei ihnen unter 420 207 119-03, geb 2011) war
vom 26.1 bis 31.1. im Klinikum Moselufer, Blinddarm OP
(Appendizitis, war schon kurz vorm durchbruch sagen die ärtze). er hatte
zweibett zimmer und Chefarzt wie im tarif. jetzt kam die rechnung vom
chefarzt über 1.943,27 euro, die hab ich per post geschickt. Können sie
das bitte direkt bezahlen? ich hab grade nicht so viel auf dem konto und
er muss auch noch zur nachkontrolle wegen wundheilungsstörung.

Danke
Sandra Kühnel
""", cte="8bit")
    return m


@mail(31, "NORMAL", "de", "insurer-to-press",
      "trap: press answer on BU claims statistics (acceptance rate, top causes); aggregated figures only")
def m31():
    m = new(31, STAFF["fuchs"], "Jan-Ole Petersen <j.petersen@assekuranz-aktuell.example>",
            "AW: Anfrage Leistungsquote BU 2025", date(2, 11, 14, 26), irt="<f2c81@assekuranz-aktuell.example>")
    body(m, """Hallo Herr Petersen,

gern die Zahlen für Ihren Beitrag zur BU-Leistungspraxis, freigegeben
für die Veröffentlichung:

- 2025 wurden 1.318 BU-Leistungsanträge abschließend entschieden,
  davon 79 % anerkannt (2024: 77 %).
- Häufigste Ursachen der anerkannten Fälle: psychische Erkrankungen
  (34 %), Erkrankungen von Rücken und Gelenken (22 %), Krebs (16 %).
- Durchschnittliche Bearbeitungsdauer ab vollständigen Unterlagen:
  38 Tage.
- Ablehnungen wegen Verletzung der vorvertraglichen Anzeigepflicht: 3 %
  aller Entscheidungen.

Zitat gern so: "Psychische Erkrankungen sind seit Jahren die Nummer eins.
Umso wichtiger ist es, dass Gesundheitsfragen beim Antrag vollständig
beantwortet werden", sagt Thomas Brenner, Leiter der BU-Leistungsprüfung.

Zu Einzelfällen äußern wir uns grundsätzlich nicht.

""" + SIG["fuchs"] + "\n\n" + FOOT_DE)
    return m


@mail(32, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-hospital",
      "cost-coverage confirmation to a hospital for a named patient's knee replacement (M17.1), DOB, insurance number")
def m32():
    m = new(32, STAFF["lindqvist"], "Patientenaufnahme Klinikum Moselufer <aufnahme@klinikum-moselufer.example>",
            "Kostenübernahme Gisela Ritter, geb. 04.06.1958 – Aufnahme 23.02.2026", date(2, 12, 9, 44))
    body(m, """Sehr geehrte Damen und Herren,

für die geplante stationäre Behandlung unserer Versicherten

  Gisela Ritter, geb. 04.06.1958, Im Wiesengrund 5, 56218 Mülheim-Kärlich
  Versicherungsnummer 420 099 412-01, Tarif Stationär Premium (1-Bett, Chefarzt)

Aufnahme 23.02.2026, Diagnose laut Einweisung: primäre Gonarthrose links
(M17.1), geplanter Eingriff: Implantation einer Knie-Totalendoprothese
(OPS 5-822.g1), voraussichtliche Verweildauer 7 Tage,

erteilen wir Kostenübernahme für die allgemeinen Krankenhausleistungen
(DRG I44B) sowie die Wahlleistungen Einbettzimmer und Chefarztbehandlung.
Bitte rechnen Sie direkt mit uns ab (Klinik-Card liegt vor).

Eine anschließende Anschlussheilbehandlung beantragen Sie bitte gesondert
über den Sozialdienst.

""" + SIG["lindqvist"] + "\n\n" + FOOT_DE)
    return m


@mail(33, "CONFIDENTIAL", "en", "insurer-to-broker",
      "commercial fleet renewal for a company with a named contact; CSV lists vehicles, plates and named regular drivers")
def m33():
    m = new(33, STAFF["sauer"], "Emily Carter <emily.carter@harbourfinch.example>",
            "Fleet renewal 2026 - Moselle Logistics GmbH, policy FL-7790-000218", date(2, 12, 15, 8))
    txt = """Dear Emily,

please find attached the vehicle schedule for the renewal of the fleet
policy of Moselle Logistics GmbH (contact: Mr Frank Leitner, fleet
manager) as of 1 April 2026.

Loss ratio 2023-2025 was 58 %, so we can renew at +4.5 % instead of the
+9 % in the renewal notice. Two claims in 2025 (rear-end collision in
Trier, nobody injured; mirror damage in a car park) are included.

Please check the named drivers column - Mr Leitner told us two drivers
left the company. The CSV uses semicolons, as exported from our system.

""" + SIG["sauer_en"] + "\n\n" + FOOT_EN
    csv = """Pos;Kennzeichen;Fahrzeug;FIN;Erstzulassung;Fahrer (benannt);Deckung
1;KO-ML 101;Mercedes Sprinter 316;WDB9066331S772104;03/2021;Andrzej Nowak;VK 1000
2;KO-ML 102;Mercedes Sprinter 316;WDB9066331S772311;03/2021;Thomas Keil;VK 1000
3;KO-ML 115;MAN TGL 12.250;WMAN08ZZ4LY388120;09/2020;Ralf Dengler;TK 500
4;KO-ML 120;VW Crafter 35;WV1ZZZSYZN9027714;06/2022;Jessica Brandl;VK 1000
5;KO-ML 121;VW Crafter 35;WV1ZZZSYZN9029002;06/2022;Mehmet Aksoy (ausgeschieden?);VK 1000
6;KO-ML 200;Skoda Superb Combi;TMBJJ7NP9N7061128;01/2023;Frank Leitner;VK 500
7;KO-ML 201;Skoda Octavia Combi;TMBJG7NX5P1044910;02/2023;Pool;VK 500
8;KO-ML 305;Krone Anhänger;WKESD000000610441;11/2019;-;HP
"""
    multi(m, "mixed", [part(txt, charset="us-ascii", cte="7bit"),
                       part(csv, subtype="csv", charset="utf-8", cte="quoted-printable",
                            filename="FL-7790-000218_vehicles_2026.csv")], bnd(33))
    return m


@mail(34, "NORMAL", "en", "newsletter",
      "trap: HTML-only expat customer newsletter about travel vaccinations, malaria and mental health abroad; no individual")
def m34():
    m = new(34, "Rheinau International <newsletter@%s>" % D, "international-customers@%s" % D,
            "GlobalCare News - spring 2026: vaccinations, malaria, staying well abroad", date(2, 13, 7, 0), style="sys",
            extra=[("List-Unsubscribe", "<https://www.rheinau-versicherung.example/unsubscribe?l=gc>"),
                   ("Precedence", "bulk")])
    html = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>GlobalCare News</title></head>
<body style="font-family:Helvetica,Arial,sans-serif;max-width:640px">
<h1 style="color:#14506e">GlobalCare News &ndash; Spring 2026</h1>
<p>Dear GlobalCare member,</p>
<p>planning a trip during the Easter holidays? A few reminders from our medical team:</p>
<table border="0" cellpadding="6" style="border-collapse:collapse">
<tr style="background:#e4eef3"><th align="left">Destination</th><th align="left">Recommended vaccinations</th><th align="left">Covered by GlobalCare?</th></tr>
<tr><td>South-East Asia</td><td>Hepatitis A, typhoid, Japanese encephalitis (rural stays)</td><td>yes, Premium and Plus</td></tr>
<tr><td>Sub-Saharan Africa</td><td>Yellow fever, hepatitis A, meningococcal</td><td>yes, Premium and Plus</td></tr>
<tr><td>South America</td><td>Yellow fever, hepatitis A, rabies (long stays)</td><td>yes, Premium only</td></tr>
</table>
<h2>Malaria prophylaxis</h2>
<p>Atovaquone/proguanil and doxycycline are reimbursed as prescribed medication. Please speak to a travel medicine specialist at least 4 weeks before departure.</p>
<h2>Mental health abroad</h2>
<p>Loneliness and burnout are among the most common reasons expatriates contact our helpline. Up to 20 sessions of psychotherapy per year are covered in all plans &ndash; no referral needed. Call our 24/7 line +49 261 4090 4700.</p>
<p style="font-size:11px;color:#777">You receive this newsletter because you hold a GlobalCare policy. <a href="https://www.rheinau-versicherung.example/unsubscribe?l=gc">Unsubscribe</a>. Rheinau Krankenversicherung AG, Rheinauer Allee 40, 56068 Koblenz, Germany.</p>
</body></html>"""
    body(m, html, subtype="html", cte="quoted-printable")
    return m


@mail(35, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "short body; the attached PDF recognises a named customer's BU claim for recurrent depression (F33.1) with dates and amounts")
def m35():
    m = new(35, STAFF["brenner"], "Michael Stroh <michael.stroh@heimnetz.example>",
            "Ihre Leistungsentscheidung – Vertrag BU 44-0219775", date(2, 16, 10, 12))
    txt = """Sehr geehrter Herr Stroh,

anbei erhalten Sie vorab unsere Entscheidung als PDF. Das unterschriebene
Schreiben kommt in den nächsten Tagen per Post.

Für Rückfragen bin ich direkt erreichbar.

""" + SIG["brenner"] + "\n\n" + FOOT_DE
    p = pdf(["# Rheinau Lebensversicherung AG",
             "Leistungsprüfung Berufsunfähigkeit",
             "",
             "Herrn Michael Stroh",
             "Bahnhofstraße 31",
             "56410 Montabaur",
             "",
             "Koblenz, 16.02.2026",
             "Vertrag: BU 44-0219775   Leistungsfall: L-BU-2025-00981",
             "",
             "* Anerkenntnis der Leistungspflicht",
             "",
             "Sehr geehrter Herr Stroh,",
             "",
             "nach Prüfung der Unterlagen erkennen wir unsere Leistungspflicht aus Ihrer Berufsunfähigkeitsversicherung an. Grundlage sind die Berichte Ihres behandelnden Psychiaters Dr. Lukas Hoffmann vom 12.11.2025 und der Tagesklinik am Kurpark vom 20.12.2025 sowie das Gutachten von Prof. Dr. Elke Marschall vom 28.01.2026.",
             "",
             "Diagnose: rezidivierende depressive Störung, gegenwärtig mittelgradige Episode (ICD-10 F33.1), mit ausgeprägter Antriebsstörung und Konzentrationsdefiziten. Sie sind in Ihrem zuletzt ausgeübten Beruf als Vertriebsleiter zu mehr als 50 % berufsunfähig seit dem 01.09.2025.",
             "",
             "Leistungen:",
             "- monatliche BU-Rente 2.400,00 EUR ab 01.09.2025",
             "- Beitragsbefreiung ab 01.09.2025 (monatlicher Beitrag 118,40 EUR)",
             "- Nachzahlung für 09/2025 bis 02/2026: 14.400,00 EUR zzgl. erstatteter Beiträge 710,40 EUR",
             "",
             "Wir werden die Berufsunfähigkeit im Rahmen der Nachprüfung (§ 174 VVG) voraussichtlich im Frühjahr 2027 erneut prüfen.",
             "",
             "Mit freundlichen Grüßen",
             "Thomas Brenner"],
            title="Leistungsentscheidung BU 44-0219775", date="20260216093000+01'00'")
    multi(m, "mixed", [part(txt), att(p, "application/pdf", "Entscheidung_L-BU-2025-00981.pdf")], bnd(35))
    return m


@mail(36, "CONFIDENTIAL", "de", "insurer-to-broker",
      "tied agent (sole trader) gets confirmation of his new commission bank account: his own IBAN and tax number")
def m36():
    m = new(36, STAFF["voss"], "Yusuf Demir <info@agentur-demir.example>",
            "AW: Neue Bankverbindung Provisionskonto", date(2, 16, 13, 35),
            irt="<20260213090512.1182@agentur-demir.example>")
    body(m, """Hallo Herr Demir,

die neue Bankverbindung für Ihre Provisionszahlungen ist hinterlegt und
gilt ab der Abrechnung Februar (Zahltag 05.03.2026):

  Kontoinhaber: Yusuf Demir, Generalagentur
  IBAN:         DE03364246331080843528
  Steuernummer: 22/117/40816 (Finanzamt Koblenz), USt-befreit nach § 4 Nr. 11 UStG

Das alte Konto bei der Sparda-Bank ist gelöscht. Ihr unterschriebenes
Formular (VP-Stammdaten) haben wir zu den Akten genommen.

""" + SIG["voss"] + """

> Am 13.02.2026 um 09:05 schrieb Yusuf Demir <info@agentur-demir.example>:
> Hallo Frau Voss, ich habe das Geschäftskonto gewechselt, Formular
> kommt per Post. Bitte ab sofort auf die neue IBAN zahlen.
> Gruß Y. Demir
""", cte="8bit")
    return m


@mail(37, "NORMAL", "de", "internal",
      "trap: data-protection memo with a fictitious example person (Max Mustermann, fiktiv, DOB, diabetes) showing what not to mail")
def m37():
    m = new(37, STAFF["sandmann"], "Führungskräfte <fuehrungskraefte@%s>" % D,
            "Datenschutz-Kurzinfo 1/2026: Gesundheitsdaten in E-Mails", date(2, 17, 9, 0))
    body(m, """Liebe Führungskräfte,

bitte geben Sie diese Kurzinfo an Ihre Teams weiter.

1. Gesundheitsdaten (Diagnosen, Befunde, Arztberichte, aber auch die
   bloße Tatsache einer BU- oder Krankenversicherung einer bestimmten
   Person) sind besondere Kategorien nach Art. 9 DSGVO und unterliegen
   zusätzlich § 203 StGB.

2. Beispiel, wie es NICHT geht (fiktiv):
     "Betreff: Max Mustermann, geb. 01.01.1970 – Diabetes Typ 2, HbA1c 8,1"
   Schon der Betreff enthält Name, Geburtsdatum und Diagnose.
   Richtig: Betreff neutral ("Antrag BU-26-xxxxx"), Inhalt nur
   verschlüsselt oder über das Portal, Kennzeichnung [streng vertraulich].

3. Bei Risikovoranfragen von Maklern gilt: auch eine "anonyme"
   Voranfrage mit Alter, Beruf und Diagnose ist für den Makler jederzeit
   zuzuordnen. Behandeln Sie die Antwort wie einen namentlichen Vorgang.

4. Weiterleitungen an private Postfächer sind unzulässig.

Fragen gern an uns.

""" + SIG["sandmann"])
    return m


@mail(38, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "international health claim of a named customer in Dubai: gastroenteritis consultation, lab tests, medication, reimbursement")
def m38():
    m = new(38, STAFF["marchetti"], "Omar Haddad <omar.haddad@desertmail.example>",
            "Claim GC-26-03318 - outpatient treatment Dubai, 2 February", date(2, 18, 11, 22))
    body(m, """Dear Mr Haddad,

we have processed the invoices you uploaded for your treatment at the
Al Safa Family Clinic, Dubai, on 2 February 2026:

  Policy:       GC-PR-0088213 (GlobalCare Premium, area 1)
  Claim:        GC-26-03318
  Diagnosis:    acute gastroenteritis (A09.9) with dehydration

  Consultation general practitioner     AED   450.00
  Stool culture and blood count         AED   620.00
  IV rehydration (1 l Ringer)           AED   380.00
  Medication (ondansetron, ORS)         AED    96.50
  Total                                 AED 1,546.50  = EUR 389.71

Reimbursement: EUR 389.71 (no deductible on outpatient claims in your
plan). Payment to your account ending ...0040 within 3 working days.

Get well soon.

""" + SIG["marchetti"] + "\n\n" + FOOT_EN, charset="us-ascii", cte="7bit")
    return m


@mail(39, "CONFIDENTIAL", "de", "insurer-to-authority",
      "answer to police about a stolen car: named policyholder, plate, VIN, policy and claim number; no health data")
def m39():
    m = new(39, STAFF["hartung"], "Polizeiinspektion Koblenz 1 – Kriminaldauerdienst <pi.koblenz1@polizei-rlp.example>",
            "Ihr Az. 0412-26-003127 – Diebstahl Pkw KO-SL 2210", date(2, 18, 14, 5))
    body(m, """Sehr geehrte Damen und Herren,

zu Ihrer Anfrage vom 16.02.2026 teilen wir mit:

Das Fahrzeug Audi Q5 2.0 TFSI, FIN WAUZZZFY3L2041877, amtl. Kennzeichen
KO-SL 2210, ist bei uns unter Vertrag KF-7731-090316 teilkaskoversichert.
Versicherungsnehmerin ist Frau Sabine Lenz, Eltzerhofstraße 6,
56068 Koblenz. Der Diebstahl wurde uns am 14.02.2026 gemeldet
(Schaden-Nr. K-26-004410). Beide Originalschlüssel liegen uns vor.

Sollte das Fahrzeug aufgefunden werden, bitten wir um kurze Nachricht
an diese Adresse, damit wir die Abwicklung stoppen können.

""" + SIG["hartung"] + "\n\n" + FOOT_DE, charset="iso-8859-1", cte="quoted-printable")
    return m


@mail(40, "NORMAL", "de", "insurer-to-broker",
      "trap: broker's general question how ADHD is underwritten in BU, answered generically; no client named or described")
def m40():
    m = new(40, STAFF["wehrmann"], "Sven Albrecht <s.albrecht@finanzkontor-weser.example>",
            "AW: Allgemeine Frage: ADHS in der BU", date(2, 19, 16, 12), irt="<7731aa0e@finanzkontor-weser.example>")
    body(m, """Hallo Herr Albrecht,

gern allgemein, ohne konkreten Fall:

- ADHS im Kindesalter, Medikation vor mehr als 5 Jahren beendet, keine
  weiteren Behandlungen: in der Regel Normalannahme.
- ADHS im Erwachsenenalter mit stabiler Medikation (z. B. Methylphenidat),
  Berufsausbildung/Studium abgeschlossen, keine Begleiterkrankung:
  meist Annahme, ggf. mit Zuschlag.
- ADHS mit Begleitdiagnosen (Depression, Sucht) oder laufender
  Psychotherapie: Einzelfall, häufig Zurückstellung.

Für eine belastbare Aussage zu einem konkreten Kunden nutzen Sie bitte
das Formular zur Risikovoranfrage und den Zusatzbogen Psyche.

""" + SIG["wehrmann"] + """

> Am 19.02.2026 um 14:40 schrieb Sven Albrecht:
> Hallo Herr Wehrmann, ich habe in letzter Zeit öfter junge Kunden mit
> ADHS (meist Diagnose in der Schulzeit). Wie gehen Sie da grundsätzlich
> vor? Lohnt sich eine Voranfrage, oder ist das bei Ihnen ein K.O.?
> Danke, S. Albrecht
""", cte="8bit")
    return m


@mail(41, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
      "harmless reply ('danke, ist angekommen'); the quoted history holds a named applicant's migraine history, medication and sick days")
def m41():
    m = new(41, STAFF["wehrmann"], "Ingrid Hoffmeister <buero@hoffmeister-makler.example>",
            "AW: AW: BU-Antrag Weber – Nachreichung", date(2, 20, 8, 3),
            irt="<000a01dca1c2$44e1f8b0$cea5ea10$@hoffmeister-makler.example>")
    body(m, """Danke, ist angekommen. Ich melde mich, sobald die Entscheidung steht.

""" + SIG["wehrmann"] + """

-----Ursprüngliche Nachricht-----
Von: Ingrid Hoffmeister <buero@hoffmeister-makler.example>
Gesendet: Donnerstag, 19. Februar 2026 17:26
An: Wehrmann, Jonas <jonas.wehrmann@rheinau-versicherung.example>
Betreff: AW: BU-Antrag Weber – Nachreichung

Hallo Herr Wehrmann,

anbei wie gewünscht die Angaben von Frau Weber zum Zusatzfragebogen
Kopfschmerz (Original kommt per Post):

Johanna Weber, geb. 30.07.1993, Antrag BU-26-005127
- Migräne mit Aura seit ca. 2015, 2-3 Attacken im Monat
- Akutmedikation Sumatriptan 50 mg, seit 2024 Prophylaxe mit
  Metoprolol 47,5 mg
- Arbeitsunfähigkeit wegen Migräne 2025: 9 Tage, 2024: 14 Tage
- MRT Schädel 2019 unauffällig, Neurologin Dr. Sievers, Andernach

Viele Grüße
Ingrid Hoffmeister
Maklerbüro Ingrid Hoffmeister e.K.

-----Ursprüngliche Nachricht-----
Von: Wehrmann, Jonas
Gesendet: Mittwoch, 18. Februar 2026 10:12
Betreff: BU-Antrag Weber – Nachreichung

Hallo Frau Hoffmeister, für den Antrag Weber fehlt noch der
Zusatzfragebogen Kopfschmerz (LB 221). Danke!
""")
    return m


@mail(42, "CONFIDENTIAL", "en", "insurer-to-customer",
      "private liability claim: named customer's dog damaged the neighbour's fence; claim number, neighbour's name; nobody hurt")
def m42():
    m = new(42, STAFF["reimann"], "Greg Whitman <greg.whitman@mailpost-us.example>",
            "RE: dog damaged neighbors fence - claim PH-26-01207", date(2, 20, 10, 41),
            irt="<CAKs8zQ2@mail.mailpost-us.example>")
    body(m, flow("""Dear Mr Whitman,

thanks for the photos. Your private liability policy PH-5530-061824 includes damage caused by your dog (dog owner's liability, Hundehalter-Haftpflicht), so we will pay the neighbour directly.

Claim number: PH-26-01207
Damaged party: Mr Heinz Lambert, Am Sonnenhang 14, 56130 Bad Ems
Damage: wooden garden fence, approx. 4 m, and a flower bed; no person or animal was hurt.

Please ask Mr Lambert to send us the craftsman's quote (or invoice) with the claim number. We will not deduct anything for the age of the fence if it is under 5 years old.

""") + SIG["reimann_en"] + "\n\n" + FOOT_EN, cte="8bit", flowed=True)
    return m


@mail(43, "NORMAL", "en", "insurer-to-supplier",
      "trap: purchase order for AED pads, first-aid kits and a blood-pressure monitor for the office; no person")
def m43():
    m = new(43, STAFF["grundmann"], "Orders MedSupply Europe <orders@medsupply-eu.example>",
            "PO 4500018377 - AED pads and first-aid material", date(2, 23, 9, 15))
    body(m, """Dear MedSupply team,

please deliver against our framework contract RV-2024-117:

  Item  Qty  Description                                    Unit EUR
  1      6   AED electrode pads adult (HeartStart HS1)         39.90
  2      2   AED electrode pads infant/child                   89.00
  3     12   First-aid kit DIN 13157, wall-mounted             44.50
  4      1   Upper-arm blood pressure monitor, validated       71.00
  5     40   Disposable gloves nitrile M (box of 100)           6.20

Delivery to: Rheinau Versicherungsgruppe, Goods-in, Rheinauer Allee 40,
56068 Koblenz, attn. Facility Management (Mr Ulrich Bach).

Please invoice with PO number to rechnungseingang@rheinau-versicherung.example.

Regards,
Oliver Grundmann
Central Procurement, Rheinau Versicherungsgruppe
""", charset="us-ascii", cte="7bit")
    return m


@mail(44, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-care-service",
      "to a home-care service: named insured person with care level 3, care services approved and billing rules")
def m44():
    m = new(44, STAFF["dietz"], "Ambulanter Pflegedienst Rhein-Lahn <abrechnung@pflegedienst-rheinlahn.example>",
            "Pflegesachleistung Herr Erwin Maurer, geb. 12.01.1939 – Pflegegrad 3", date(2, 23, 13, 50))
    body(m, """Sehr geehrte Frau Kessler,

wie telefonisch besprochen: Für unseren Versicherten

  Herrn Erwin Maurer, geb. 12.01.1939, Lahnstraße 44, 56130 Bad Ems
  Pflegepflichtversicherung Nr. PV 77-310 518

ist laut Gutachten des Medizinischen Dienstes (MEDICPROOF) vom 05.02.2026
seit dem 01.01.2026 der Pflegegrad 3 festgestellt (vorher 2). Grund der
Höherstufung sind die fortschreitende Parkinson-Erkrankung und zwei Stürze
im Dezember.

Sie können ab Januar Pflegesachleistungen bis 1.497 EUR monatlich direkt
mit uns abrechnen; Herr Maurer hat die Abtretung unterschrieben. Die
Kombination mit anteiligem Pflegegeld ist beantragt; den Leistungsnachweis
bitte wie bisher monatlich mit Handzeichen.

""" + SIG["dietz"] + "\n\n" + FOOT_DE)
    return m


@mail(45, "CONFIDENTIAL", "de", "insurer-to-customer",
      "storm damage to a named customer's roof: claim number, address, assessor appointment as ICS; no health data")
def m45():
    m = new(45, STAFF["okafor"], "Dieter und Marion Kessler <dm.kessler@familienpost.example>",
            "Sturmschaden Dach – Gutachtertermin am 27.02.2026", date(2, 24, 11, 2))
    txt = """Sehr geehrte Familie Kessler,

zu Ihrem Sturmschaden vom 17.02.2026 (Sturmtief "Ylenia II", Schaden-Nr.
WG-S-2026-00788, Wohngebäudeversicherung WG-5610-002977) kommt unser
Sachverständiger Herr Bernd Rupp vom Ingenieurbüro Rupp & Partner am

  Freitag, 27.02.2026, 10:00 Uhr
  Burgstraße 17, 56170 Bendorf

Bitte sorgen Sie dafür, dass der Dachboden zugänglich ist. Die Notab-
deckung durch den Dachdecker (Rechnung bitte aufheben) ist versichert.

Einen Kalendereintrag habe ich angehängt.

""" + SIG["okafor"] + "\n\n" + FOOT_DE
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Rheinau Versicherungsgruppe//Schadenplaner 3.1//DE
METHOD:REQUEST
BEGIN:VEVENT
UID:WG-S-2026-00788-termin1@rheinau-versicherung.example
DTSTAMP:20260224T100200Z
DTSTART;TZID=Europe/Berlin:20260227T100000
DTEND;TZID=Europe/Berlin:20260227T113000
SUMMARY:Gutachtertermin Sturmschaden WG-S-2026-00788
LOCATION:Burgstraße 17\\, 56170 Bendorf
DESCRIPTION:Besichtigung Dach und Dachboden durch Sachverständigen Bernd Ru
 pp. Versicherungsnehmer: Dieter und Marion Kessler.
ORGANIZER;CN=Miriam Okafor:mailto:miriam.okafor@rheinau-versicherung.example
ATTENDEE;CN=Dieter Kessler;RSVP=TRUE:mailto:dm.kessler@familienpost.example
END:VEVENT
END:VCALENDAR
"""
    multi(m, "mixed", [part(txt), part(ics, subtype="calendar", filename="Gutachtertermin.ics",
                                       params={"method": "REQUEST"})], bnd(45))
    return m


@mail(46, "NORMAL", "en", "internal",
      "trap: monthly underwriting statistics (applications, surcharges, exclusions, declines by reason) as XLSX; aggregates only")
def m46():
    m = new(46, STAFF["adeyemi"], "UW-Team Leben <uw-leben@%s>" % D,
            "UW dashboard January 2026", date(2, 24, 17, 40), cc=STAFF["albers"])
    txt = """Hi team,

January numbers attached. Headlines: 1,612 BU applications (+9 % yoy),
standard acceptance 70.4 %, exclusions 13.9 %. Declines up slightly,
mostly ongoing psychotherapy and recent disc surgery. Median time to
decision 6 working days, 11 for cases with GP reports.

No case-level data in the file, as usual.

""" + SIG["adeyemi"]
    x_ = xlsx([("Jan 2026", [
        ["Product", "Applications", "Standard", "Loading", "Exclusion", "Postponed", "Declined", "Median days"],
        ["BU-Premium 26", 1204, 842, 77, 171, 52, 62, 6],
        ["BU-Kompakt 26", 408, 293, 21, 53, 19, 22, 5],
        ["Term life", 933, 801, 88, 0, 21, 23, 4],
        ["Critical illness", 121, 84, 9, 14, 8, 6, 9]]),
        ("Decline reasons", [
        ["Reason", "Count"],
        ["ongoing psychotherapy / psychiatric treatment", 31],
        ["disc surgery < 2 years", 17],
        ["BMI > 40", 12],
        ["coronary heart disease", 9],
        ["other (merged, n<5 each)", 44]])],
        title="UW dashboard 2026-01", creator="Ben Adeyemi", created="2026-02-24T16:30:00Z")
    multi(m, "mixed", [part(txt, charset="us-ascii", cte="7bit"), att(x_, XLSX_T, "UW_dashboard_2026-01.xlsx")], bnd(46))
    return m


@mail(47, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
      "PKV dental application: named applicant's missing teeth, planned implant and periodontitis treatment; underwriter asks for dental chart")
def m47():
    m = new(47, STAFF["arslan"], "Kevin Schäfer <k.schaefer@finanzkontor-weser.example>",
            "Antrag Zahnzusatz Tamara Ilić – fehlende Angaben Zahnstatus", date(2, 25, 9, 31))
    body(m, """Sehr geehrter Herr Schäfer,

beim Antrag auf ZahnPlus 90 für Frau Tamara Ilić (geb. 18.05.1985,
Antrag KV-26-13306) sind die Gesundheitsfragen zum Gebiss unvollständig:

- Frage 2 "fehlende, nicht ersetzte Zähne": angegeben ist "1 Zahn",
  aber nicht welcher. Bitte Zahn-Nr. nachreichen.
- Frage 3 "angeratene/geplante Behandlungen": im Freitext steht
  "Implantat beraten". Ist ein Heil- und Kostenplan bereits erstellt?
  Eine bereits angeratene Behandlung ist nicht versicherbar.
- Frage 4 "Parodontitisbehandlung in den letzten 3 Jahren": "ja, 2024".
  Bitte den aktuellen Parodontalstatus (PSI-Code) des Zahnarztes.

Am einfachsten: der Zahnarzt füllt unseren Zahnbefundbogen (KV 310) aus.
Ohne diese Angaben können wir nur mit Ausschluss des fehlenden Zahns und
aller Parodontitisfolgen annehmen.

""" + SIG["arslan"] + "\n\n" + FOOT_DE)
    return m


@mail(48, "CONFIDENTIAL", "de", "insurer-to-broker",
      "portfolio transfer to a broker GmbH: ZIP with a CSV of named motor/household customers, addresses, contract numbers and DOBs")
def m48():
    m = new(48, STAFF["voss"], "Sven Albrecht <s.albrecht@finanzkontor-weser.example>",
            "Bestandsübertragung Agentur Lorenz → Finanzkontor Weser (Sach/Kfz)", date(2, 25, 15, 17))
    txt = """Sehr geehrter Herr Albrecht,

die Kunden der aufgelösten Agentur Lorenz haben der Übertragung auf Ihre
Betreuung zugestimmt bzw. nicht widersprochen. Anbei die Liste der
übertragenen Sach- und Kfz-Verträge (ZIP, Passwort erhalten Sie wie
vereinbart telefonisch – die Datei ist aus technischen Gründen leider
noch unverschlüsselt, bitte sofort in Ihr MVP übernehmen und löschen).

Leben/Kranken folgt gesondert über die Vermittlerpost.

""" + SIG["voss"] + "\n\n" + FOOT_DE
    csv = """Vertragsnr;Sparte;Name;Vorname;Geburtsdatum;Straße;PLZ;Ort;Jahresbeitrag
KF-7731-044120;Kfz;Lorenz;Martin;1968-03-14;Kirchstr. 4;56218;Mülheim-Kärlich;744,10
KF-7731-051877;Kfz;Schwab;Elke;1990-11-02;Am Hang 12;56567;Neuwied;512,60
HR-5520-009981;Hausrat;Petrovic;Ana;1979-06-23;Bergstr. 2a;56170;Bendorf;176,40
PH-5530-020044;Haftpflicht;Krüger;Hans-Peter;1955-09-30;Rosenweg 8;56182;Urbar;84,90
WG-5610-001520;Wohngebäude;Krüger;Hans-Peter;1955-09-30;Rosenweg 8;56182;Urbar;1.102,00
RS-5810-006613;Rechtsschutz;Nguyen;Thi Lan;1987-01-19;Hauptstr. 77;56575;Weißenthurm;298,80
"""
    readme = """Bestandsliste Agentur Lorenz (AV 30-019-04)
Stand: 25.02.2026
Zeichensatz: Windows-1252, Trennzeichen Semikolon
Nur Sach/Kfz. Leben/Kranken: separate Lieferung.
"""
    z = zipbytes([("Bestand_Lorenz_Sach_Kfz.csv", csv.encode("cp1252"), (2026, 2, 25, 14, 58, 0)),
                  ("LIESMICH.txt", readme.encode("cp1252"), (2026, 2, 25, 14, 58, 0))], system=0)
    multi(m, "mixed", [part(txt), att(z, "application/zip", "Bestand_Lorenz_Sach_Kfz.zip")], bnd(48))
    return m


@mail(49, "NORMAL", "en", "insurer-to-broker",
      "trap: commission terms for a broker Ltd with the company's bank account and product rates; no natural person's data")
def m49():
    m = new(49, STAFF["voss"], "Accounts Harbour & Finch <accounts@harbourfinch.example>",
            "Commission terms 2026 and payment details", date(2, 26, 10, 8), cc="Emily Carter <emily.carter@harbourfinch.example>")
    body(m, """Dear Accounts team,

as agreed with Emily, the commission terms from 1 March 2026:

  Term life (Risiko-LV)         45 per mille of total premium, max. 2.5 %
                                of sum assured
  Income protection (BU)        40 per mille of total premium
  International health          15 % of first-year premium, 5 % renewal
  Travel (annual)               20 %

Payment monthly to the company account you gave us:
  Harbour & Finch Insurance Brokers Ltd
  GB29 NWBK 6016 1331 9268 19 (NatWest, London)

Statements are available in the broker portal under "Vermittlerpost".
Our VAT ID for your records: DE 814 492 771.

""" + SIG["voss_en"] + "\n\n" + FOOT_EN, charset="us-ascii", cte="7bit")
    return m


@mail(50, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
      "facultative reinsurance submission: named applicant, DOB, income and medical summary (cardiomyopathy screening) in PDF")
def m50():
    m = new(50, STAFF["adeyemi"], "Facultative Desk Atlantic Re <fac.life@atlanticre.example>",
            "Fac submission RL-26-000877 - term life EUR 3.5m", date(2, 26, 16, 45))
    txt = """Dear colleagues,

please find attached our facultative submission for a term life case
above our retention (EUR 1m). We would like to cede EUR 2.5m.
Medical summary by our CMO, Dr. Albers, is in the PDF; the full file can
be made available via the secure exchange.

Indicative decision on our side: standard rates. We would appreciate your
terms by 6 March.

""" + SIG["adeyemi"] + "\n\n" + FOOT_EN
    p = pdf(["# Facultative Submission - Life",
             "Cedent: Rheinau Lebensversicherung AG   Ref.: RL-26-000877   Date: 26 Feb 2026",
             "",
             "* Life assured",
             "Name: Dr. Konstantin Reiter   DOB: 22 Aug 1977   Sex: male   Non-smoker",
             "Occupation: orthopaedic surgeon, partner in private clinic",
             "Annual earned income (2024 tax return): EUR 486,000",
             "Purpose: partnership protection and mortgage (EUR 2.1m)",
             "",
             "* Cover",
             "Term life, level sum assured EUR 3,500,000, term 20 years",
             "Retention Rheinau: EUR 1,000,000; facultative cession requested: EUR 2,500,000",
             "",
             "* Medical summary (Dr. K. Albers)",
             "Height 188 cm, weight 86 kg, BP 128/82. Lab and ECG at MediCheck 12 Feb 2026 unremarkable.",
             "Family history: brother (now 44) diagnosed with hypertrophic cardiomyopathy in 2023. Life assured underwent cardiology screening 2023 and 2025: echocardiography normal, septum 10 mm, cardiac MRI 2025 without fibrosis. Genetic test: not performed (by choice).",
             "Past history: knee arthroscopy 2015, no sequelae. No medication.",
             "Assessment: standard rates recommended; family history noted, screening reassuring.",
             "",
             "Attachments available on request: MediCheck report, cardiology reports 2023/2025, financial questionnaire."],
            title="Fac submission RL-26-000877", date="20260226163000+01'00'")
    multi(m, "mixed", [part(txt, charset="us-ascii", cte="7bit"),
                       att(p, "application/pdf", "FAC_RL-26-000877.pdf")], bnd(50))
    return m


@mail(51, "CONFIDENTIAL", "de", "insurer-to-customer",
      "motor application of a named customer missing a signature; DOB, address, vehicle and prior insurer")
def m51():
    m = new(51, STAFF["berger"], "Lukas Brandtner <lukas.brandtner@studimail.example>",
            "Ihr Kfz-Antrag vom 25.02.2026 – Unterschrift fehlt", date(2, 27, 8, 40))
    body(m, """Hallo Herr Brandtner,

danke für Ihren Antrag auf Kfz-Versicherung. Leider fehlt auf Seite 4
die Unterschrift. Bitte prüfen Sie die Angaben und senden Sie uns die
unterschriebene Seite zurück (Foto oder Scan genügt):

  Antragsteller:   Lukas Brandtner, geb. 06.08.2003
  Anschrift:       Weißer Gasse 9, 56068 Koblenz
  Fahrzeug:        Seat Ibiza 1.0 TSI, Erstzulassung 04/2019, HSN/TSN 7593/ACV
  Kennzeichen:     KO-LB 603 (Wunschkennzeichen reserviert)
  Vorversicherer:  keiner (Ersteinstufung SF ½ über Zweitwagenregelung
                   Ihrer Mutter, Vertrag KF-7731-077102)
  Fahrer:          nur Versicherungsnehmer, 18.000 km/Jahr

Bis zur Rücksendung gilt die vorläufige Deckung (eVB R7K4M2X) weiter.

""" + SIG["berger"] + "\n\n" + FOOT_DE)
    return m


@mail(52, "NORMAL", "de", "insurer-to-broker",
      "trap: premium adjustment announcement for PKV tariffs with a model customer aged 35 (no real person)")
def m52():
    m = new(52, STAFF["voss"], "Makler-Service Verteiler <makler-info@%s>" % D,
            "Beitragsanpassung KV zum 01.04.2026 – Informationen für Vermittler", date(3, 2, 7, 30))
    body(m, """Sehr geehrte Vermittlerinnen und Vermittler,

zum 01.04.2026 passen wir die Beiträge einiger Krankheitskosten-Tarife an.
Ihre Kundinnen und Kunden erhalten die Mitteilung Ende Februar per Post.
Damit Sie auf Rückfragen vorbereitet sind:

Tarif               auslösender Faktor   Veränderung Ø
KomfortMed 1        Leistungsausgaben    +6,8 %
KomfortMed 2        Leistungsausgaben    +4,1 %
Stationär Premium   Sterbewahrscheinl.   +2,9 %
AmbuFlex 300        keine Anpassung         –

Rechenbeispiel (Modellkunde, 35 Jahre bei Eintritt, KomfortMed 1 +
Stationär Premium, ohne Zuschläge): bisher 512,40 EUR, neu 541,10 EUR.

Gründe sind vor allem gestiegene Kosten für ambulante Operationen,
Arzneimittel (Biologika) und Psychotherapie. Tarifwechselberatung nach
§ 204 VVG bieten wir kostenlos an; Anfragen bitte über das Maklerportal.

""" + SIG["voss"] + "\n\n" + FOOT_DE, cte="8bit")
    return m


@mail(53, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "accident insurance disability benefit for a named customer: fractured wrist, limb-table degree, medical report")
def m53():
    m = new(53, STAFF["pohl"], "Renate Oberhausen <r.oberhausen@webpost-de.example>",
            "Invaliditätsleistung aus Ihrem Unfall vom 14.01.2025 – UV 60-112 408", date(3, 3, 14, 12))
    body(m, """Sehr geehrte Frau Oberhausen,

das unfallchirurgische Gutachten von Dr. Matthias Kern (BG Unfallklinik
Ludwigshafen) vom 10.02.2026 liegt uns vor. Danach verbleibt nach Ihrem
Sturz auf Glatteis und der distalen Radiusfraktur rechts (S52.51) mit
operativer Versorgung (Plattenosteosynthese) eine dauerhafte
Funktionsbeeinträchtigung der rechten Hand:

  Beweglichkeit Handgelenk eingeschränkt, Kraftminderung,
  Belastungsschmerz; Invaliditätsgrad nach Gliedertaxe: 3/10 Handwert

Berechnung (Unfallversicherung UV 60-112 408, Progression 350 %):
  Grundsumme 80.000 EUR × Handwert 55 % × 3/10 = 16,5 % Invalidität
  Leistung: 13.200,00 EUR (Progression greift erst ab 25 %)

Die bereits gezahlte Vorschusszahlung von 3.000 EUR ziehen wir ab; wir
überweisen 10.200,00 EUR auf Ihr bekanntes Konto. Sie und wir können den
Invaliditätsgrad bis 3 Jahre nach dem Unfall neu bemessen lassen.

""" + SIG["pohl"] + "\n\n" + FOOT_DE)
    return m


@mail(54, "CONFIDENTIAL", "en", "insurer-to-customer",
      "trip cancellation because of job loss (no health content): named customer, policy, claim, booking costs")
def m54():
    m = new(54, STAFF["marchetti"], "Tomasz Wójcik <t.wojcik@postbox-pl.example>",
            "Trip cancellation claim RT-2026-00892 - accepted", date(3, 3, 16, 20))
    body(m, """Dear Mr Wójcik,

thank you for the termination letter from your employer (Kessler
Maschinenbau GmbH, notice of redundancy dated 5 February 2026, effective
31 March) and the cancellation invoice from the tour operator.

Your policy RT-88120991 (annual travel cancellation, family) covers
cancellation due to unexpected redundancy. We will reimburse:

  Booking:                Mallorca, 4-18 April 2026, 2 adults 1 child
  Cancellation fee (50%): EUR 1,684.00
  Deductible:             EUR   100.00
  Payment:                EUR 1,584.00

Payment goes to the account from your claim form this week:
DE25 5342 8647 1539 0273 31 (account holder Tomasz Wójcik).

""" + SIG["marchetti"] + "\n\n" + FOOT_EN)
    return m


@mail(55, "NORMAL", "en", "internal",
      "trap: invitation to the weekly underwriting jour fixe with anonymised case discussion (ICS); no identifiable case")
def m55():
    m = new(55, STAFF["albers"], "UW-Team Leben <uw-leben@%s>" % D,
            "UW jour fixe - anonymised case review (every Wednesday)", date(3, 4, 8, 5))
    txt = """Hi all,

from 11 March we meet every Wednesday 13:30-14:15 (room 3.21 or Teams)
to review difficult cases. Rules:

- Cases are presented anonymised: age band, occupation group, diagnosis
  group, decision options. No names, no application numbers, no dates of
  birth on the slides.
- If you need case-level discussion, do it in the file, not in the
  meeting chat.

First topics: long COVID / post-viral fatigue in BU, and how we handle
ADHD medication in young applicants.

Katrin"""
    ics = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000UWJF2026
DTSTAMP:20260304T070500Z
DTSTART;TZID=W. Europe Standard Time:20260311T133000
DTEND;TZID=W. Europe Standard Time:20260311T141500
RRULE:FREQ=WEEKLY;BYDAY=WE
SUMMARY:UW jour fixe (anonymised case review)
LOCATION:Room 3.21 / Microsoft Teams
ORGANIZER;CN=Dr. Katrin Albers:mailto:katrin.albers@rheinau-versicherung.example
ATTENDEE;ROLE=REQ-PARTICIPANT;CN=UW-Team Leben:mailto:uw-leben@rheinau-versicherung.example
END:VEVENT
END:VCALENDAR
"""
    multi(m, "mixed", [part(txt, charset="us-ascii", cte="7bit"),
                       part(ics, subtype="calendar", filename="invite.ics", params={"method": "REQUEST"})], bnd(55))
    return m


@mail(56, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-relative",
      "death claim under a life policy to the widow: cause of death (pancreatic cancer), documents needed, sums")
def m56():
    m = new(56, STAFF["kolb"], "Monika Feld <monika.feld@familie-feld.example>",
            "Lebensversicherung Ihres verstorbenen Mannes – LV 31-0571936", date(3, 4, 10, 30))
    body(m, """Sehr geehrte Frau Feld,

zunächst möchten wir Ihnen unser aufrichtiges Beileid zum Tod Ihres
Mannes, Herrn Gerhard Feld (geb. 19.02.1961, verstorben am 21.02.2026),
aussprechen.

Sie sind in seiner Lebensversicherung LV 31-0571936 als Bezugsberechtigte
eingetragen. Die Versicherungssumme beträgt 60.000 EUR zuzüglich
Überschussbeteiligung (derzeit 7.412,38 EUR).

Sie haben uns mitgeteilt, dass Ihr Mann an den Folgen einer Bauch-
speicheldrüsenkrebserkrankung verstorben ist, die im Herbst 2025
festgestellt wurde. Da der Vertrag bereits seit 1998 besteht, brauchen
wir keine weiteren ärztlichen Unterlagen. Bitte senden Sie uns nur noch:

- die Sterbeurkunde (Kopie genügt),
- den Versicherungsschein im Original oder eine Verlusterklärung,
- Ihre Bankverbindung mit dem beiliegenden Formular.

Die Auszahlung erfolgt in der Regel innerhalb von zwei Wochen nach
Eingang der Unterlagen.

""" + SIG["kolb"] + "\n\n" + FOOT_DE)
    return m


@mail(57, "CONFIDENTIAL", "de", "insurer-to-customer",
      "lost-key claim under private liability: named customer, landlord, lock replacement costs, claim number; iso-8859-1")
def m57():
    m = new(57, STAFF["reimann"], "Björn Schmitz <bjoern.schmitz@kabelmail.example>",
            "AW: Schlüssel verloren – Schließanlage", date(3, 5, 9, 12), irt="<3f1b@kabelmail.example>")
    body(m, """Hallo Herr Schmitz,

der Verlust des Generalschlüssels ist über Ihre Privathaftpflicht
(PH-5530-044290, Baustein Schlüsselverlust bis 50.000 EUR) versichert.
Ich habe den Schaden unter PH-26-01588 angelegt.

Ihre Vermieterin, Frau Elfriede Conrad (Hausverwaltung Conrad,
Mainzer Straße 40, Koblenz), möchte die Schließanlage komplett tauschen
lassen. Bitte schicken Sie mir:

- den Kostenvoranschlag des Schlüsseldienstes (laut Ihnen ca. 2.300 EUR),
- den Mietvertrag, Seite mit der Schlüsselübergabe.

Eine Selbstbeteiligung von 150 EUR ist vereinbart.

""" + SIG["reimann"] + """

> Ich habe am Samstag meinen Schlüsselbund in der Altstadt verloren, da
> war auch der Generalschlüssel für das ganze Haus dran. Die Vermieterin
> sagt jetzt die ganze Schließanlage muss raus. Zahlt das die
> Versicherung?? Gruß Björn Schmitz
""", charset="iso-8859-1", cte="8bit")
    return m


@mail(58, "NORMAL", "de", "insurer-to-authority",
      "trap: filing notice of aggregated supervisory statistics (claims, health costs) to the regulator; company data only")
def m58():
    m = new(58, STAFF["adeyemi"], "Meldewesen Versicherungsaufsicht <meldungen@finanzaufsicht.example>",
            "Einreichung Nachweisung 2025 – Rheinau Krankenversicherung AG (Reg.-Nr. 4119)", date(3, 5, 15, 0))
    body(m, """Sehr geehrte Damen und Herren,

die Rheinau Krankenversicherung AG (Register-Nr. 4119) hat heute über die
MVP-Plattform folgende Unterlagen für das Geschäftsjahr 2025 eingereicht:

- Nachweisung 200/201 (Versicherungsbestand nach Tarifgruppen),
- Nachweisung 231 (Leistungsausgaben nach Leistungsbereichen: ambulant,
  stationär, Zahn, Arzneimittel, Psychotherapie),
- Statistik Pflegepflichtversicherung (Leistungsempfänger nach
  Pflegegraden 1-5, aggregiert).

Übertragungsprotokoll: MVP-2026-0305-4119-07, Prüfsumme OK.

Ansprechpartner für Rückfragen ist der Unterzeichner.

Mit freundlichen Grüßen
Ben Adeyemi
Aktuariat und Rückversicherung
Rheinau Lebensversicherung AG / Rheinau Krankenversicherung AG
Telefon 0261 4090-3050

""" + FOOT_DE)
    return m


@mail(59, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
      "short cover note; the DOCX is a postponement decision for a named BU applicant after lumbar disc surgery")
def m59():
    m = new(59, STAFF["wehrmann"], "Dr. Ralf Metzger <r.metzger@absicherungshaus.example>",
            "BU-26-005560 – Entscheidung", date(3, 6, 11, 44))
    txt = """Hallo Herr Dr. Metzger,

anbei unsere Entscheidung zum Antrag BU-26-005560 als Word-Datei, wie
von Ihnen für Ihr MVP gewünscht.

""" + SIG["wehrmann"] + "\n\n" + FOOT_DE
    d = docx([("h", "Rheinau Lebensversicherung AG – Risikoprüfung"),
              "Koblenz, 06.03.2026",
              "Vermittler: Absicherungshaus Pfalz GmbH, Dr. Ralf Metzger (VP 40-233-81)",
              ("b", "Antrag BU-26-005560 – Zurückstellung"),
              ("t", [["Versicherte Person", "Florian Becker, geb. 02.12.1990"],
                     ["Beruf", "Kfz-Mechatroniker"],
                     ["Beantragt", "BU-Premium 26, 1.800 EUR mtl., Endalter 65"],
                     ["Entscheidung", "Zurückstellung bis 01/2027"]]),
              "Begründung: Laut Bericht der Orthopädischen Klinik Koblenz vom 19.02.2026 erfolgte am 04.11.2025 eine mikrochirurgische Nukleotomie L5/S1 links bei Bandscheibenvorfall mit Fußheberschwäche (M51.1). Die Reha ist abgeschlossen, es besteht noch eine leichte Sensibilitätsstörung am linken Fuß; der Kunde arbeitet seit 01/2026 wieder voll.",
              "Bei körperlich belastendem Beruf ist eine Einschätzung frühestens 12 Monate nach der Operation möglich. Dann ist – bei Beschwerdefreiheit – eine Annahme mit Ausschluss von Erkrankungen der Lendenwirbelsäule zu erwarten.",
              "Hinweis: Eine Risikolebensversicherung ist ohne Einschränkung möglich.",
              "Jonas Wehrmann, Risikoprüfung Leben & BU"],
             title="Entscheidung BU-26-005560", creator="Jonas Wehrmann", created="2026-03-06T10:40:00Z")
    multi(m, "mixed", [part(txt), att(d, DOCX_T, "BU-26-005560_Zurueckstellung.docx")], bnd(59))
    return m


@mail(60, "CONFIDENTIAL", "de", "insurer-to-broker",
      "household policy schedule PDF for a named customer (address, sum insured, bank, DOB) sent to the broker; body harmless")
def m60():
    m = new(60, STAFF["berger"], "Kevin Schäfer <k.schaefer@finanzkontor-weser.example>",
            "AW: Bitte Kopie Versicherungsschein Hausrat", date(3, 6, 13, 3),
            irt="<d4e6@finanzkontor-weser.example>")
    txt = """Hallo Herr Schäfer,

gern, die Kopie hängt an.

""" + SIG["berger"] + "\n\n" + FOOT_DE
    p = pdf(["# Rheinau Allgemeine Versicherung AG",
             "* Versicherungsschein Hausratversicherung (Kopie)",
             "",
             "Versicherungsschein-Nr.: HR-5520-027733   Ausfertigung vom 06.03.2026",
             "Versicherungsnehmer: Carsten Wolff, geb. 12.04.1984",
             "Anschrift / Versicherungsort: Schenkendorfstraße 21, 56068 Koblenz (3-Zimmer-Wohnung, 86 m²)",
             "Vermittler: Finanzkontor Weser GmbH, VP 40-201-33",
             "",
             "Tarif: Hausrat Komfort 2024, Versicherungssumme 55.000 EUR (Unterversicherungsverzicht)",
             "Einschlüsse: Fahrraddiebstahl bis 2.000 EUR, Überspannung, grobe Fahrlässigkeit",
             "Selbstbeteiligung: 150 EUR",
             "Beginn: 01.05.2023, Ablauf 01.05.2026, Verlängerung jährlich",
             "Jahresbeitrag: 192,60 EUR, Zahlweise jährlich per SEPA-Lastschrift",
             "Bankverbindung: IBAN DE33 3726 0090 7526 7319 98, Kontoinhaber Carsten Wolff",
             "",
             "Es gelten die VHB 2024 sowie die Klauseln HR 01-07."],
            title="Versicherungsschein HR-5520-027733", date="20260306125500+01'00'")
    multi(m, "mixed", [part(txt), att(p, "application/pdf", "VS_HR-5520-027733_Kopie.pdf")], bnd(60))
    return m


@mail(61, "NORMAL", "en", "internal",
      "trap: actuarial note on mortality table update and smoker loadings; population statistics, no person")
def m61():
    m = new(61, STAFF["adeyemi"], "Actuarial Life <aktuariat-leben@%s>" % D,
            "Mortality basis 2026: DAV 2008 T vs own experience", date(3, 9, 9, 25), cc=STAFF["albers"])
    body(m, flow("""Hi,

short summary of the experience study (term life, 2019-2025, 2.1m exposure years) before Thursday:

- Actual/expected deaths against DAV 2008 T (select): 63 % for non-smokers, 88 % for smokers. The smoker/non-smoker spread we price (factor 2.1) is still adequate.
- Causes of death in the portfolio (all claims, n = 1,984): cancer 41 %, cardiovascular 22 %, accidents 9 %, suicide 6 %, other 22 %. COVID-19 has dropped below 1 % since 2024.
- For sums insured above EUR 1m the A/E is 48 %, which supports keeping the medical limits where they are.

I suggest we do not change the basis for 2026 but take the 3 % smoker discount off the table. Numbers in the usual workbook.

""") + SIG["adeyemi"], charset="us-ascii", cte="7bit", flowed=True)
    return m


@mail(62, "STRICTLY_CONFIDENTIAL", "en", "doctor",
      "short internal forward; the attached message from a Spanish hospital doctor is a discharge summary for a named expat patient")
def m62():
    it = """Dear Rheinau claims team,

as requested by the patient, please find below the discharge summary for
your insured member.

Patient: Ms Hanna Eriksson, DOB 11/10/1990, policy GC-PR-0091410
Admitted: 23/02/2026 via emergency department
Discharged: 27/02/2026

Diagnosis: acute pyelonephritis right (N10) with sepsis; E. coli in blood
cultures, sensitive to ceftriaxone. No renal abscess on ultrasound.
Treatment: IV ceftriaxone 2 g daily, fluids; switched to oral cefuroxime
500 mg bid for 10 days on discharge.
Follow-up: GP in 1 week, urine culture after antibiotics.

The final invoice (EUR 6,212.40) will be sent by our billing department.

Dr. Alejandro Ruiz Sánchez
Medicina Interna, Hospital Costa Blanca, Alicante"""
    im = inner("Dr. Alejandro Ruiz Sanchez <a.ruiz@hospitalcostablanca.example>",
               "claims.international@%s" % D, "Discharge summary - Hanna Eriksson",
               date(2, 27, 18, 4), "<HCB.20260227.180401.77@hospitalcostablanca.example>", it)
    m = new(62, STAFF["marchetti"], "Petra Lindqvist <petra.lindqvist@%s>" % D,
            "FW: Discharge summary (for GC-26-03922)", date(3, 9, 10, 2))
    txt = """Petra,

the hospital sent this to the international claims box, the invoice is
going directly to you as it is a direct billing case. Can you match it?

Thanks
Sophie"""
    multi(m, "mixed", [part(txt, charset="us-ascii", cte="7bit"), fwd(im)], bnd(62))
    return m


@mail(63, "CONFIDENTIAL", "de", "insurer-to-customer",
      "legal-expenses cover for a named customer's speeding fine (administrative offence): fine amount, points, file numbers")
def m63():
    m = new(63, STAFF["reimann"], "Nicole Faber <nicole.faber@ko-mail.example>",
            "Deckungszusage Bußgeldverfahren – RS-26-01044", date(3, 10, 10, 55))
    body(m, """Sehr geehrte Frau Faber,

für Ihre Verteidigung im Bußgeldverfahren erteilen wir Deckungszusage aus
Ihrem Verkehrs-Rechtsschutz (RS-5810-022716):

  Vorwurf:     Geschwindigkeitsüberschreitung außerorts um 31 km/h
               (B 9, Höhe Spay, 12.01.2026, Kennzeichen KO-NF 88)
  Bescheid:    Zentrale Bußgeldstelle Speyer, Az. 500.26.017733.4,
               Geldbuße 150 EUR, 1 Punkt, 1 Monat Fahrverbot
  Anwalt:      Kanzlei Dr. Stein & Kollegen, Koblenz

Versichert sind die Anwaltskosten, Gerichtskosten und ein
Sachverständigengutachten zur Messung; die Geldbuße selbst nicht.

""" + SIG["reimann"] + "\n\n" + FOOT_DE)
    return m


@mail(64, "NORMAL", "de", "insurer-to-broker",
      "trap: reminder about the annual IDD training obligation and a list of courses (health questions, BU claims); no personal data")
def m64():
    m = new(64, STAFF["trepte"], "Sven Albrecht <s.albrecht@finanzkontor-weser.example>",
            "IDD-Weiterbildung 2026 – unsere Angebote", date(3, 10, 14, 33))
    body(m, flow("""Hallo Herr Albrecht,

wie besprochen hier die Übersicht unserer kostenlosen Weiterbildungen 2026 (jeweils anerkannt nach gut beraten):

- 18.03. Webinar "Risikovoranfrage richtig stellen" (1,5 h)
- 15.04. Webinar "Gesundheitsfragen in der PKV: typische Fehler" (1,5 h)
- 06.05. Präsenz Koblenz "BU-Leistungsfall: was passiert nach dem Antrag?" (4 h)
- 10.06. Webinar "Pflegezusatz und Pflegegrade" (2 h)

Die 15 Stunden pro Jahr sind für jeden Mitarbeiter Ihres Hauses, der in der Vermittlung tätig ist, Pflicht – die Nachweise prüft die IHK stichprobenartig. Anmeldung über das Maklerportal, Bereich Akademie.

Gruß nach Bremen!

""") + SIG["trepte"], cte="8bit", flowed=True)
    return m


@mail(65, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "premium arrears in a named customer's private health insurance (personal line): amounts, emergency tariff warning")
def m65():
    m = new(65, STAFF["lindqvist"], "Andreas Kolbe <a.kolbe@privatpost.example>",
            "Beitragsrückstand Krankenversicherung 420 155 902 – Mahnung", date(3, 11, 8, 0))
    body(m, """Sehr geehrter Herr Kolbe,

für Ihre Krankheitskostenversicherung 420 155 902 (KomfortMed 1,
Stationär Premium, Krankentagegeld ab 43. Tag) sind folgende Beiträge
offen:

  01/2026   634,80 EUR
  02/2026   634,80 EUR
  03/2026   634,80 EUR
  Säumniszuschlag  19,04 EUR
  Summe   1.923,44 EUR

Die Lastschrift wurde dreimal von Ihrer Bank zurückgegeben. Bitte
überweisen Sie den Betrag bis zum 25.03.2026. Bleibt der Rückstand
bestehen, ruht der Vertrag nach § 193 Abs. 6 VVG und Sie werden in den
Notlagentarif umgestellt; dann sind nur noch Leistungen bei akuten
Erkrankungen und Schmerzzuständen versichert.

Wenn Sie in finanziellen Schwierigkeiten sind, rufen Sie mich bitte an –
wir finden oft eine Ratenlösung.

""" + SIG["lindqvist"] + "\n\n" + FOOT_DE)
    return m


@mail(66, "CONFIDENTIAL", "en", "internal",
      "internal motor claim note in English about a collision with a Dutch driver: names, plates, claim number, nobody hurt")
def m66():
    m = new(66, STAFF["hartung"], "Sophie Marchetti <sophie.marchetti@%s>" % D,
            "K-26-005107 - Dutch third party, can you help with the call?", date(3, 11, 11, 48))
    body(m, """Hi Sophie,

could you call the Dutch driver with me tomorrow? My Dutch is zero and his
German is not much better. Facts so far:

- Our customer: Mr Rainer Stumpf, policy KF-7731-140552, VW Passat
  KO-RS 911
- Third party: Mr Joost van Dijk, NL plate 47-TRF-9, Toyota RAV4,
  insurer Noordzee Verzekeringen, policy NZ-88412097
- 6 March, roundabout Koblenz-Luetzel, our customer entered without
  giving way. Only sheet metal damage, nobody was hurt, police not called.
- Van Dijk claims EUR 4,800 repair plus a rental car for 9 days.

Would 10:00 work?

Felix
""", charset="us-ascii", cte="7bit")
    return m


@mail(67, "NORMAL", "de", "newsletter",
      "trap: customer newsletter on home care with care-level benefit table and dementia tips; no individual")
def m67():
    m = new(67, "Rheinau Kundenbrief <newsletter@%s>" % D, "kundenbrief@%s" % D,
            "Kundenbrief März 2026: Pflege zu Hause – was steht Ihnen zu?", date(3, 12, 6, 45), style="sys",
            extra=[("List-Unsubscribe", "<mailto:abmelden@%s?subject=kundenbrief>" % D), ("Precedence", "bulk")])
    txt = """Kundenbrief März 2026 – Pflege zu Hause

Die Leistungen der Pflegeversicherung 2026 auf einen Blick:

Pflegegrad   Pflegegeld   Pflegesachleistung
1            –            –  (Entlastungsbetrag 131 EUR)
2            347 EUR      796 EUR
3            599 EUR      1.497 EUR
4            800 EUR      1.859 EUR
5            990 EUR      2.299 EUR

Tipp: Bei Demenz lohnt sich eine Pflegeberatung – unsere Pflegeberater
kommen kostenlos zu Ihnen nach Hause. Termin: 0261 4090-4800.

Mit dem Rheinau PflegeTagegeld sichern Sie die Lücke zwischen
Pflegekosten und gesetzlicher Leistung ab.

Abmelden: abmelden@rheinau-versicherung.example"""
    html = """<html><body style="font-family:Georgia,serif;color:#222">
<h1>Pflege zu Hause &ndash; was steht Ihnen zu?</h1>
<p>Die Leistungen der Pflegeversicherung 2026 auf einen Blick:</p>
<table border="1" cellpadding="5" cellspacing="0">
<tr><th>Pflegegrad</th><th>Pflegegeld</th><th>Pflegesachleistung</th></tr>
<tr><td>1</td><td>&ndash;</td><td>&ndash; (Entlastungsbetrag 131 EUR)</td></tr>
<tr><td>2</td><td>347 EUR</td><td>796 EUR</td></tr>
<tr><td>3</td><td>599 EUR</td><td>1.497 EUR</td></tr>
<tr><td>4</td><td>800 EUR</td><td>1.859 EUR</td></tr>
<tr><td>5</td><td>990 EUR</td><td>2.299 EUR</td></tr>
</table>
<p><b>Tipp:</b> Bei Demenz lohnt sich eine Pflegeberatung &ndash; unsere Pflegeberater kommen kostenlos zu Ihnen nach Hause. Termin: 0261 4090-4800.</p>
<p>Mit dem Rheinau PflegeTagegeld sichern Sie die Lücke zwischen Pflegekosten und gesetzlicher Leistung ab.</p>
<p><small><a href="mailto:abmelden@rheinau-versicherung.example">Abmelden</a></small></p>
</body></html>"""
    multi(m, "alternative", [part(txt, charset="windows-1252"), part(html, subtype="html", charset="windows-1252")],
          bnd(67, style="x"))
    return m


@mail(68, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
      "term-life application above medical limit: named applicant needs a medical examination and lab tests; DOB, sum insured")
def m68():
    m = new(68, STAFF["wehrmann"], "Sven Albrecht <s.albrecht@finanzkontor-weser.example>",
            "RLV-26-002961 Herr Jens Thielemann – ärztliche Untersuchung erforderlich", date(3, 12, 10, 20))
    body(m, """Hallo Herr Albrecht,

beim Antrag von Herrn Jens Thielemann (geb. 25.01.1969) auf eine
Risikolebensversicherung über 750.000 EUR liegen wir über der Grenze für
die vereinfachte Prüfung. Wir brauchen daher:

- ärztliche Untersuchung mit Ruhe-EKG,
- Labor: Blutbild, Leber- und Nierenwerte, HbA1c, Lipide, HIV/Hepatitis-
  Serologie (mit Einwilligung, Formular LB 240),
- Urinstatus, Blutdruck dreimal gemessen.

Die Untersuchung übernimmt unser Partner MediCheck; die Kosten tragen wir.
Herr Thielemann kann unter 0261 9099 300 einen Termin in Koblenz oder
Neuwied vereinbaren (Stichwort "Rheinau RLV-26-002961").

Zu seiner Angabe "Gicht, Allopurinol 300 mg" bitte zusätzlich den letzten
Harnsäurewert vom Hausarzt.

""" + SIG["wehrmann"] + "\n\n" + FOOT_DE)
    return m


@mail(69, "CONFIDENTIAL", "en", "insurer-to-broker",
      "motor claims history of a named client for the broker: policy, no-claims class, claims with dates and amounts; nobody injured")
def m69():
    m = new(69, STAFF["hartung"], "Emily Carter <emily.carter@harbourfinch.example>",
            "RE: Claims history - Mr David Okoro", date(3, 13, 9, 12), irt="<HF-ML-5561@mail.harbourfinch.example>")
    body(m, """Hi Emily,

here's the claims history you asked for (client consent is on file):

  Policyholder:  David Okoro
  Policy:        KF-7731-120448, since 01/2021, BMW 320d KO-DO 32
  No-claims:     liability SF 4, comprehensive SF 3 (as of 01/2026)

  Date        Type               Paid EUR   Status
  2023-06-14  liability (parking)  1,912.00 closed
  2024-11-02  glass (windscreen)     684.50 closed, no SF effect
  2025-08-21  comprehensive, hail  3,240.00 closed

No open claims. Nobody was injured in any of these.

""" + SIG["hartung_en"] + "\n\n" + FOOT_EN, charset="us-ascii", cte="7bit")
    return m


@mail(70, "NORMAL", "en", "insurer-to-customer",
      "trap: prospect asks about disability cover; generic product answer explaining health questions, no contract or health data")
def m70():
    m = new(70, STAFF["berger"], "Alex Morgan <alex.morgan@freelance-mail.example>",
            "RE: Income protection for freelancers?", date(3, 13, 14, 40), irt="<b1c3@freelance-mail.example>")
    body(m, """Dear Alex Morgan,

thanks for your interest. Yes, our income protection (BU-Premium 26) is
available for self-employed people. A few general points:

- You can insure up to about 70 % of your net income, minimum EUR 500 a
  month.
- The application contains health questions for the last 5 years
  (outpatient) and 10 years (inpatient). Typical topics are back
  problems, mental health, allergies and height/weight.
- If you are unsure whether a condition is a problem, an independent
  broker can send us an anonymous pre-enquiry first - that way nothing
  is stored under your name.

The product brochure is on our website:
https://www.rheinau-versicherung.example/bu

We do not give individual advice by email; please use a broker or book
a call with our sales team.

""" + SIG["berger_en"] + "\n\n" + FOOT_EN, charset="us-ascii", cte="7bit")
    return m


@mail(71, "STRICTLY_CONFIDENTIAL", "de", "internal",
      "internal BU claims case conference minutes (DOCX) on a named claimant: diagnoses, expert opinions, decision options")
def m71():
    m = new(71, STAFF["brenner"], "Dr. Katrin Albers <katrin.albers@%s>" % D,
            "Protokoll Fallkonferenz 12.03. – L-BU-2025-01244", date(3, 13, 16, 5))
    txt = """Hallo Katrin,

anbei das Protokoll von heute, bitte kurz gegenlesen, bevor es in die
Akte geht.

Danke
Thomas"""
    d = docx([("h", "Fallkonferenz BU-Leistung"),
              "Datum: 12.03.2026, Teilnehmer: Dr. K. Albers, T. Brenner, S. Roth (Recht)",
              ("t", [["Leistungsfall", "L-BU-2025-01244"],
                     ["Versicherte", "Nadine Hoppe, geb. 08.03.1982, Pflegefachkraft"],
                     ["Vertrag", "BU 44-0307761, Rente 1.600 EUR, Beginn 2017"],
                     ["Angemeldet", "08/2025, Long-COVID / Post-COVID-Syndrom (U09.9), Fatigue, Belastungsintoleranz"]]),
              ("b", "Sachstand"),
              "Hausärztin bescheinigt AU seit 03/2025. Reha-Entlassungsbericht (Klinik Bad Hönningen, 11/2025): deutliche Fatigue, 6-Minuten-Gehtest 310 m, PEM nach leichter Belastung. Neurologisches Gutachten (Dr. Falk, 02/2026): Leistungsvermögen als Pflegekraft unter 3 Stunden, keine Hinweise auf Aggravation. Depressive Begleitsymptomatik (F32.1) diskutiert, nicht führend.",
              ("b", "Ergebnis"),
              "BU in der konkreten Tätigkeit > 50 % ist belegt. Anerkenntnis ab 03/2025, befristet auf 12 Monate (zulässig nach AVB § 6 Abs. 4), da Besserung nicht ausgeschlossen. Wiedervorlage 02/2027 mit aktuellem Befund.",
              "Recht: keine Einwände gegen Befristung, Begründung im Schreiben ausführlich darlegen.",
              "Protokoll: T. Brenner"],
             title="Fallkonferenz L-BU-2025-01244", creator="Thomas Brenner", created="2026-03-13T15:50:00Z")
    multi(m, "mixed", [part(txt, cte="8bit"), att(d, DOCX_T, "Protokoll_Fallkonferenz_2026-03-12.docx")], bnd(71))
    return m


@mail(72, "CONFIDENTIAL", "de", "insurer-to-customer",
      "total-loss settlement for a named customer's car: valuation, residual value buyer, payout IBAN; no injury")
def m72():
    m = new(72, STAFF["hartung"], "Sevgi Aydemir <sevgi.aydemir@kabelpost.example>",
            "Totalschaden Ford Focus KO-SA 1207 – Abrechnung", date(3, 16, 12, 10))
    body(m, """Hallo Frau Aydemir,

das Gutachten (DEKRA, 11.03.2026) bestätigt den wirtschaftlichen
Totalschaden Ihres Ford Focus nach dem Auffahrunfall vom 02.03.2026
(Schaden K-26-004877, Vollkasko KF-7731-099318). Es wurde niemand
verletzt.

  Wiederbeschaffungswert   11.900,00 EUR
  Restwert (Angebot Autoverwertung Kreuter, Andernach)  2.150,00 EUR
  Selbstbeteiligung           500,00 EUR
  Auszahlung                9.250,00 EUR

Die Auszahlung geht auf das von Ihnen genannte Konto
DE07 1081 8239 6581 5083 71 (Kontoinhaberin Sevgi Aydemir). Das
Restwertangebot ist bis 30.03.2026 bindend.

""" + SIG["hartung"] + "\n\n" + FOOT_DE, cte="8bit")
    return m


@mail(73, "NORMAL", "de", "insurer-to-supplier",
      "trap: order for certified destruction of medical-file archive boxes (DIN 66399); no individual")
def m73():
    m = new(73, STAFF["grundmann"], "Disposition Aktenschutz Mittelrhein <dispo@aktenschutz-mr.example>",
            "Abholung Archivboxen Leistungsakten KV – Auftrag 4500018502", date(3, 16, 15, 30))
    body(m, """Sehr geehrte Damen und Herren,

bitte holen Sie am 24.03.2026 ab 8 Uhr im Archiv Koblenz-Metternich
(Zufahrt Gewerbestraße 12, Tor 2) folgende Behälter zur Vernichtung ab:

- 38 Archivboxen Leistungsakten Krankenversicherung, Aufbewahrungsfrist
  abgelaufen (Jahrgänge bis 2014), Inhalt u. a. Arztrechnungen,
  Krankenhausberichte, Heil- und Kostenpläne
- 6 Sicherheitsbehälter 240 l aus den Büros der BU-Leistung

Vernichtung nach DIN 66399, Schutzklasse 3, Sicherheitsstufe P-4, mit
Vernichtungsprotokoll. Ein Mitarbeiter unseres Datenschutzes begleitet
die Übergabe.

""" + SIG["grundmann"] + "\n\n" + FOOT_DE, charset="windows-1252", cte="8bit")
    return m


@mail(74, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker",
      "income-protection acceptance with a lumbar-spine exclusion clause for a named client; DOB, MRI findings")
def m74():
    m = new(74, STAFF["wehrmann"], "Emily Carter <emily.carter@harbourfinch.example>",
            "Income protection BU-26-006014 - Ms Laura Fitzgerald - offer with exclusion", date(3, 17, 10, 0))
    body(m, """Dear Emily,

we can offer income protection to Ms Laura Fitzgerald (DOB 14/03/1987,
physiotherapist, application BU-26-006014) on the following terms:

  Benefit:   EUR 2,100 per month to age 67
  Premium:   standard, EUR 96.40 per month
  Exclusion: "No benefit is payable for disability caused by diseases
             or disorders of the lumbar spine, including intervertebral
             disc disease, and their consequences."

Reason: the MRI of 2024 shows a disc protrusion L4/5 and she had
physiotherapy and two sick-leave periods (3 and 5 weeks) in 2024/2025.
If she has no treatment for the lumbar spine for 3 years, she can ask us
to review the clause.

Please send us her signed acceptance of the exclusion within 4 weeks.

""" + SIG["wehrmann_en"] + "\n\n" + FOOT_EN)
    return m


@mail(75, "CONFIDENTIAL", "de", "insurer-to-customer",
      "water-damage claim: the attached PDF is a tradesman's invoice for a named customer's flat with claim number")
def m75():
    m = new(75, STAFF["okafor"], "Paul Reinartz <paul.reinartz@web-post.example>",
            "Ihr Leitungswasserschaden LW-2026-00341 – Rechnung geprüft", date(3, 17, 13, 45))
    txt = """Sehr geehrter Herr Reinartz,

wir haben die Rechnung der Firma Trocknungstechnik Heyer geprüft und
übernehmen sie vollständig (siehe Prüfvermerk im Anhang). Die Zahlung
geht direkt an die Firma.

""" + SIG["okafor"] + "\n\n" + FOOT_DE
    p = pdf(["# Trocknungstechnik Heyer GmbH",
             "Industriestraße 8, 56218 Mülheim-Kärlich",
             "",
             "Rechnung Nr. 2026-0418   Datum: 12.03.2026",
             "Kunde: Paul Reinartz, Hohenzollernstraße 101, 56068 Koblenz, EG links",
             "Schaden-Nr. Rheinau: LW-2026-00341 (Wohngebäude/Hausrat)",
             "",
             "Leckageortung Heizungsrohr Küche (Thermografie, Druckprüfung)   1 pausch.   420,00",
             "Öffnen und Verschließen Estrich, 0,5 m²                          1 pausch.   310,00",
             "Trocknungsgeräte 3 Stück, 14 Tage                              42 Gerätetage  756,00",
             "Stromkosten Trocknung (Zähler)                                  318 kWh      127,20",
             "Netto 1.613,20 EUR   USt 19 % 306,51 EUR   * Gesamt 1.919,71 EUR",
             "",
             "Prüfvermerk Rheinau (17.03.2026, MO): sachlich und rechnerisch richtig, Zahlung an Firma."],
            title="Rechnung 2026-0418", author="Trocknungstechnik Heyer GmbH", date="20260312080000+01'00'",
            producer="Lexware Rechnung 2025")
    multi(m, "mixed", [part(txt), att(p, "application/pdf", "RE_2026-0418_Heyer_gepr.pdf")], bnd(75))
    return m


@mail(76, "NORMAL", "en", "internal",
      "trap: IT ticket about the PDF export of doctors' reports hanging in the claims system; technical only, no patient data")
def m76():
    m = new(76, "IT Service Desk <servicedesk@%s>" % D, "Daniel Kowalski <daniel.kowalski@%s>" % D,
            "[INC0048817] Claims system: export of 'Arztberichte' to PDF hangs", date(3, 18, 8, 14), style="sys",
            extra=[("X-Ticket-ID", "INC0048817")])
    body(m, """Incident INC0048817 has been assigned to you.

Priority:   P2 (high) - affects BU and health claims teams
Caller:     Thomas Brenner (BU claims)
Category:   Application > LEIKA (claims system) > Document export
Opened:     2026-03-18 08:11

Description (from caller):
"Since this morning the button 'Arztberichte als PDF exportieren' in
LEIKA spins forever for every case I try, also for colleagues in health
claims. Smaller documents work, anything with scanned reports over ~5 MB
does not. Error in the browser console: 504 Gateway Timeout
/api/docs/export?format=pdf."

Work notes:
08:13 SD: reproduced with a test case (TEST-BU-0001), same 504 after 60s.
          Probably the new proxy timeout from yesterday's change CHG0012291.

SLA: response 1h, resolution 8h.

-- 
Rheinau IT Service Desk | ext. 3900 | https://servicedesk.rheinau-versicherung.example
""", charset="us-ascii", cte="7bit")
    return m


@mail(77, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "harmless body; the PDF is the annual statement of a named customer's private pension (life insurer): values, DOB, beneficiary")
def m77():
    m = new(77, STAFF["kolb"], "Elisabeth Maas <elisabeth.maas@t-post.example>",
            "Ihre jährliche Standmitteilung", date(3, 18, 9, 30))
    txt = """Sehr geehrte Frau Maas,

wie gewünscht senden wir Ihnen die Standmitteilung zusätzlich als PDF.

""" + SIG["kolb"] + "\n\n" + FOOT_DE
    p = pdf(["# Rheinau Lebensversicherung AG",
             "* Jährliche Mitteilung über den Stand Ihrer Versicherung (§ 155 VVG)",
             "",
             "Versicherungsnehmerin und versicherte Person: Elisabeth Maas, geb. 27.06.1966",
             "Vertrag: RV 52-0448120   Tarif: Privatrente Klassik (fondsgebundene Überschussverwendung)",
             "Stichtag: 01.03.2026",
             "",
             "Rentenbeginn: 01.07.2033   Garantierte Monatsrente: 412,18 EUR",
             "Mögliche Monatsrente inkl. Überschüsse (nicht garantiert): 531,90 EUR",
             "Kapitalabfindungsbetrag zum Rentenbeginn (Prognose): 148.300 EUR",
             "Eingezahlte Beiträge bisher: 68.400,00 EUR",
             "Rückkaufswert zum Stichtag: 71.226,14 EUR",
             "Beitragsfreie Rente: 298,04 EUR",
             "",
             "Todesfallleistung vor Rentenbeginn: Rückzahlung der Beiträge an: Thomas Maas (Ehemann)",
             "Rentengarantiezeit: 10 Jahre",
             "",
             "Überschussbeteiligung 2026: laufende Verzinsung 2,55 %, Schlussüberschussanteil 0,40 %."],
            title="Standmitteilung RV 52-0448120", date="20260301060000+01'00'")
    multi(m, "mixed", [part(txt), att(p, "application/pdf", "Standmitteilung_2026.pdf")], bnd(77))
    return m


@mail(78, "CONFIDENTIAL", "en", "insurer-to-partner",
      "recourse letter to a Dutch motor insurer: named drivers, plates, policy numbers, repair costs; no injuries")
def m78():
    m = new(78, STAFF["hartung"], "Claims Noordzee Verzekeringen <claims@noordzee-verzekeringen.example>",
            "Your policy NZ-88412097 / our claim K-26-005107 - settlement proposal", date(3, 19, 10, 35))
    body(m, """Dear colleagues,

regarding the collision of 6 March 2026 in Koblenz between your
policyholder Mr Joost van Dijk (Toyota RAV4, NL 47-TRF-9) and our
policyholder Mr Rainer Stumpf (VW Passat, KO-RS 911):

Our policyholder accepts liability (failure to give way at a roundabout).
We have received Mr van Dijk's claim directly and propose:

  repair costs per estimate Autoschade Venlo     EUR 4,612.30
  loss of use / rental 6 days (not 9)            EUR   390.00
  general expenses                               EUR    25.00
  total                                          EUR 5,027.30

There were no personal injuries. If your policyholder agrees, we pay to
the account he gave us. Please confirm that you will not make a separate
claim under the Green Card system.

""" + SIG["hartung_en"] + "\n\n" + FOOT_EN, charset="us-ascii", cte="7bit")
    return m


@mail(79, "NORMAL", "en", "insurer-to-press",
      "trap: press release on a new critical-illness product listing covered illnesses and statistics; no person")
def m79():
    m = new(79, STAFF["fuchs"], "Newsdesk Assekuranz Aktuell <newsdesk@assekuranz-aktuell.example>, International Desk Insurance Weekly <desk@insuranceweekly.example>",
            "Press release: Rheinau launches critical illness cover 'Schwere Krankheiten Plus'", date(3, 19, 11, 0))
    body(m, """PRESS RELEASE - for immediate release

Koblenz, 19 March 2026 - Rheinau Lebensversicherung AG today launches
"Schwere Krankheiten Plus", a critical illness policy paying a lump sum of
up to EUR 500,000 on diagnosis of one of 55 defined conditions, among them
cancer, heart attack, stroke, multiple sclerosis, Parkinson's disease,
kidney failure and loss of sight or hearing.

"One in two people in Germany will be diagnosed with cancer during their
lifetime. Most survive - but the months after the diagnosis are a
financial shock," said Dr. Friederike Laux, CEO.

Key facts:
- entry age 18-60, cover to age 75
- simplified health questions for sums up to EUR 100,000
- 50 % partial benefit for early-stage cancer (carcinoma in situ)
- second medical opinion service included

Media contact: Lea Fuchs, +49 261 4090-1010, presse@rheinau-versicherung.example

About Rheinau: Rheinau Versicherungsgruppe, Koblenz, insures 1.9 million
customers in life, health and property & casualty.
""", charset="us-ascii", cte="7bit")
    return m


@mail(80, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
      "body only says 'Unterlagen anbei'; the ZIP holds a named applicant's application PDF and a completed medical questionnaire (asthma, allergies)")
def m80():
    m = new(80, STAFF["voss"], "Agentur Beate Sommerfeld <kontakt@agentur-sommerfeld.example>",
            "AW: Antragskopie", date(3, 20, 9, 2), irt="<1a2b3c@agentur-sommerfeld.example>")
    txt = """Liebe Frau Sommerfeld,

Unterlagen anbei.

""" + SIG["voss"]
    ap = pdf(["# Antrag Berufsunfähigkeitsversicherung - Kopie",
              "Antrag-Nr. BU-26-003911, eingegangen 09.01.2026, Vermittler AV 30-044-12 (Sommerfeld)",
              "",
              "Versicherte Person: Kathrin Ludwig, geb. 04.09.1995, Industriekauffrau",
              "Anschrift: Marktplatz 3, 56727 Mayen",
              "BU-Rente: 1.200 EUR, Endalter 67, Beitrag 61,84 EUR mtl.",
              "",
              "* Gesundheitsfragen (Auszug)",
              "Frage 2 (ambulante Behandlungen 5 J.): ja - siehe Beiblatt",
              "Frage 3b (Atmungsorgane): ja - Asthma bronchiale, allergisch",
              "Frage 5 (stationär 10 J.): nein",
              "Größe/Gewicht: 168 cm / 61 kg"],
             title="Antragskopie BU-26-003911", date="20260109110000+01'00'")
    fb = """Zusatzfragebogen Atemwegserkrankungen (LB 219) - BU-26-003911
Name: Kathrin Ludwig, geb. 04.09.1995

1. Diagnose: allergisches Asthma bronchiale (J45.0), Heuschnupfen (Birke, Gräser)
2. Seit wann: Kindheit, aktuell leichtgradig
3. Medikamente: Budesonid/Formoterol 160/4,5 bei Bedarf, Cetirizin saisonal
4. Krankenhausaufenthalte wegen Asthma: keine
5. Arbeitsunfähigkeit letzte 3 Jahre: 2023 eine Woche (Bronchitis)
6. Lungenfunktion zuletzt: 11/2025 FEV1 94 % Soll (Pneumologe Dr. Kaya, Mayen)
7. Hyposensibilisierung: 2019-2022 abgeschlossen

Unterschrift liegt im Original vor.
"""
    z = zipbytes([("BU-26-003911_Antrag.pdf", ap, (2026, 3, 20, 8, 55, 10)),
                  ("BU-26-003911_Fragebogen_Atemwege.txt", fb.encode("utf-8"), (2026, 3, 20, 8, 55, 12))], system=0)
    multi(m, "mixed", [part(txt), att(z, "application/zip", "Antragskopie_BU-26-003911.zip")], bnd(80))
    return m


@mail(81, "CONFIDENTIAL", "de", "insurer-to-customer",
      "eVB number for a named customer's new car with vehicle data and address; no health data")
def m81():
    m = new(81, STAFF["berger"], "Frank Weidenbach <frank.weidenbach@posteingang.example>",
            "Ihre eVB-Nummer für die Zulassung", date(3, 20, 11, 17))
    body(m, """Guten Tag Herr Weidenbach,

hier Ihre elektronische Versicherungsbestätigung (eVB) für die Zulassung
Ihres neuen Fahrzeugs:

  eVB-Nummer:   K9P3WX7
  Halter/VN:    Frank Weidenbach, Lindenallee 12, 56179 Vallendar
  Fahrzeug:     Škoda Enyaq 85, Erstzulassung (neu)
  Gültig bis:   19.09.2026
  Vertrag:      KF-7731-151190 (Übernahme SF 18 vom Vorfahrzeug KO-FW 1)

Die Zulassungsstelle meldet uns das neue Kennzeichen automatisch.

""" + SIG["berger"] + "\n\n" + FOOT_DE)
    return m


@mail(82, "NORMAL", "de", "insurer-to-broker",
      "trap: notification mail 'new document in your electronic broker post', no content or customer data")
def m82():
    m = new(82, "Rheinau Vermittlerpost <noreply@%s>" % D, "Finanzkontor Weser GmbH <post@finanzkontor-weser.example>",
            "Neue Dokumente in Ihrer elektronischen Vermittlerpost (3)", date(3, 23, 6, 2), style="sys",
            extra=[("Auto-Submitted", "auto-generated")])
    body(m, """Guten Tag,

für Ihren Vertragspartner Finanzkontor Weser GmbH (VP 40-201-33) sind
3 neue Dokumente in der elektronischen Vermittlerpost eingegangen
(Kategorien: Police, Leistungsmitteilung, Courtage).

Aus Datenschutzgründen enthält diese Benachrichtigung keine Inhalte.
Sie finden die Dokumente im Maklerportal unter "Vermittlerpost" oder
rufen sie über Ihr Maklerverwaltungsprogramm (BiPRO 430) ab.

https://makler.rheinau-versicherung.example/post

Diese Nachricht wurde automatisch erstellt.
""", cte="quoted-printable")
    return m


@mail(83, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
      "child accident insurance: named child with epilepsy accepted with exclusion of seizure-related accidents; DOB")
def m83():
    m = new(83, STAFF["pohl"], "Agentur Beate Sommerfeld <kontakt@agentur-sommerfeld.example>",
            "Kinderunfall Emil Graf – Antrag UV-26-01877", date(3, 23, 10, 48))
    body(m, """Liebe Frau Sommerfeld,

den Antrag auf Kinder-Unfallversicherung für Emil Graf (geb. 15.05.2018)
können wir annehmen, allerdings mit einer besonderen Vereinbarung:

Emil hat laut Angabe der Eltern eine fokale Epilepsie (seit 2023,
Levetiracetam, letzter Anfall 08/2025). Unfälle, die durch einen
epileptischen Anfall verursacht werden, sind bereits nach unseren AUB
ausgeschlossen (Ziff. 5.1.1). Wir vereinbaren zusätzlich, dass die
Invaliditätsleistung bei Schäden an Gehirn und Nervensystem nur
gezahlt wird, wenn der Unfall nachweislich nicht mit der Epilepsie
zusammenhängt.

Alle anderen Unfälle (Sport, Schule, Freizeit) sind normal versichert.
Bitte lassen Sie die Eltern die besondere Vereinbarung unterschreiben.

""" + SIG["pohl"] + "\n\n" + FOOT_DE)
    return m


@mail(84, "CONFIDENTIAL", "de", "insurer-to-customer",
      "commercial liability quote for a sole-trader painter: turnover, payroll and his personal details (income of a natural person)")
def m84():
    m = new(84, STAFF["sauer"], "Malerbetrieb Reuter <info@maler-reuter.example>",
            "Angebot Betriebshaftpflicht – Malerbetrieb Stefan Reuter", date(3, 24, 14, 5))
    body(m, """Sehr geehrter Herr Reuter,

vielen Dank für Ihre Angaben. Auf dieser Basis unser Angebot:

  Versicherungsnehmer:  Stefan Reuter, Malermeister (Einzelunternehmen)
                        Gewerbestraße 4, 56626 Andernach
  Umsatz 2025 (netto):  384.000 EUR
  Lohnsumme 2025:       142.500 EUR (3 Gesellen, 1 Azubi)
  Deckung:              5 Mio. EUR pauschal Personen-/Sach-/Vermögen
  Einschlüsse:          Bearbeitungsschäden, Schlüsselverlust,
                        Mietsachschäden an Gebäuden
  Selbstbeteiligung:    250 EUR
  Jahresbeitrag:        1.318,40 EUR inkl. Versicherungsteuer

Ihre Angabe zum Vorschaden (2024, Farbschaden an einem Parkett,
2.800 EUR) ist berücksichtigt. Das Angebot gilt bis 30.04.2026.

""" + SIG["sauer"] + "\n\n" + FOOT_DE, cte="8bit")
    return m


@mail(85, "NORMAL", "en", "internal",
      "trap: training PDF with anonymised underwriting case studies (age bands, diagnoses, decisions), not traceable to anyone")
def m85():
    m = new(85, STAFF["albers"], "UW-Team Leben <uw-leben@%s>" % D,
            "Training material: 6 anonymised cases for the new colleagues", date(3, 24, 16, 30))
    txt = """Hi all,

for the onboarding of our three new underwriters I put together six
teaching cases. They are composites of several real files, changed so
that no case can be traced back (age bands, occupations and years
altered). Please use only these in training, never real files.

Katrin"""
    p = pdf(["# Underwriting training - anonymised teaching cases",
             "Composite cases. Any resemblance to real applicants is coincidental.",
             "",
             "* Case A - female, 30-35, nurse",
             "Lumbar disc herniation 4 years ago, conservative treatment, no recurrence. Question: standard or exclusion? Discussion: physical occupation, recurrence risk.",
             "* Case B - male, 40-45, IT consultant",
             "Two episodes of moderate depression, last one 3 years ago, no therapy since. Question: how do we weigh time since last episode?",
             "* Case C - male, 25-30, craftsman",
             "Type 1 diabetes since childhood, insulin pump, HbA1c around 7 %. Question: term life versus disability.",
             "* Case D - female, 50-55, teacher",
             "Breast cancer 7 years ago, treatment completed, annual follow-up clean. Question: term life rating.",
             "* Case E - male, 35-40, police officer",
             "BMI 36, hypertension, sleep apnoea treated with CPAP.",
             "* Case F - female, 20-25, student",
             "ADHD diagnosed in school, methylphenidate until age 18, none since.",
             "",
             "Expected answers are discussed in the session, not in this handout."],
            title="UW training cases", author="Dr. K. Albers", date="20260324150000+01'00'")
    multi(m, "mixed", [part(txt, charset="us-ascii", cte="7bit"),
                       att(p, "application/pdf", "UW_training_cases_anonymised.pdf")], bnd(85))
    return m


@mail(86, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-relative",
      "to a daughter: repatriation of her father after a stroke in Thailand, hospital details, medical escort")
def m86():
    m = new(86, STAFF["marchetti"], "Julia Hartmann <julia.hartmann@mailservice.example>",
            "Repatriation of your father, Mr Werner Hartmann - update", date(3, 25, 7, 55))
    body(m, """Dear Ms Hartmann,

as promised on the phone, here is the current status regarding your
father, Mr Werner Hartmann (travel health policy RK-55-204119):

- He is being treated at Bangkok International Hospital for an ischaemic
  stroke (left middle cerebral artery) suffered on 21 March in Hua Hin.
  According to the treating neurologist he is stable, speech is still
  impaired and his right arm is weak.
- Our assistance partner GlobalAssist Medical has confirmed he is fit to
  fly with a medical escort. Repatriation is planned for 28 March on a
  scheduled flight (business class, stretcher not needed), accompanied
  by a doctor, arrival Frankfurt 29 March.
- An ambulance will take him to the Klinikum Moselufer stroke unit in
  Koblenz, which has agreed to admit him.

All costs are covered by the policy. Your father has authorised us to
keep you informed (signed form received 23 March).

""" + SIG["marchetti"] + "\n\n" + FOOT_EN)
    return m


@mail(87, "CONFIDENTIAL", "de", "insurer-to-broker",
      "household/liability quote for a named couple with dates of birth, address and previous insurer")
def m87():
    m = new(87, STAFF["berger"], "Ingrid Hoffmeister <buero@hoffmeister-makler.example>",
            "Angebot Hausrat + PHV für Eheleute Schuster", date(3, 25, 11, 0))
    body(m, """Hallo Frau Hoffmeister,

hier das gewünschte Angebot:

  Kunden:       Werner Schuster, geb. 07.11.1958, und
                Brigitte Schuster, geb. 22.02.1960
  Anschrift:    Pfarrgasse 6, 56330 Kobern-Gondorf
  Vorversicherer: Moselland Versicherung, Hausrat seit 1994, PHV seit 2001
                (beide schadenfrei laut Kunden)

  Hausrat Komfort, 95 m², VS 71.000 EUR           198,40 EUR/Jahr
  Privathaftpflicht Familie, 10 Mio. EUR            78,90 EUR/Jahr
  Bündelnachlass 10 %                              -27,73 EUR
  Gesamt                                           249,57 EUR/Jahr

Seniorenrabatt ist schon drin. Das Angebot ist 4 Wochen gültig.

""" + SIG["berger"] + "\n\n" + FOOT_DE)
    return m


@mail(88, "NORMAL", "de", "internal",
      "trap: team mail about a colleague's birthday lunch and who is out this week, no reasons given; no personal data beyond names")
def m88():
    m = new(88, STAFF["arslan"], "Team KV-Antrag <kv-antrag-team@%s>" % D,
            "Freitag Mittag: Geburtstag Rita + Urlaubsplanung", date(3, 25, 15, 20))
    body(m, """Hallo zusammen,

Rita hat am Freitag Geburtstag 🎂 – wir gehen um 12:15 zum Italiener am
Görresplatz, wer mitkommt bitte bis Donnerstag bei mir melden (Tisch für
ca. 8).

Diese Woche nicht da: Jens (ganze Woche), Melanie (Do/Fr). Die Anträge
von Jens mit Frist diese Woche übernimmt bitte Tobias, die Liste liegt im
Teamordner.

Urlaubsplanung Sommer bitte bis 10.04. in den Kalender eintragen.

Selin""", cte="8bit")
    return m


@mail(89, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "daily sickness benefit for a named expat customer: missing sick note, diagnosis (herniated cervical disc), benefit days")
def m89():
    m = new(89, STAFF["lindqvist"], "James Whitaker <james.whitaker@expatmail.example>",
            "Daily sickness allowance 420 188 047 - certificate missing from 16 March", date(3, 26, 9, 40))
    body(m, """Dear Mr Whitaker,

we have paid your daily sickness allowance (Krankentagegeld, EUR 140 per
day from day 43) for 2 to 15 March 2026. Your sick notes give the
diagnosis as cervical disc herniation C6/7 with radiculopathy (M50.1).

For the period from 16 March we have not received a certificate yet.
Please ask Dr. Anja Pfeifer (orthopaedics) to send the continuation
certificate, and let us know the date of the planned surgery she
mentioned in her last report, so we can plan the payments.

You can upload documents in the customer portal or send them by post;
please do not send medical documents by normal email.

Kind regards,
Petra Lindqvist
Health Claims
Rheinau Krankenversicherung AG
Phone +49 261 4090-4620

""" + FOOT_EN, charset="us-ascii", cte="7bit")
    return m


@mail(90, "CONFIDENTIAL", "en", "insurer-to-customer",
      "pet health insurance claim of a named customer: dog's vet bill and diagnosis (animal health, no human health), reimbursement")
def m90():
    m = new(90, STAFF["okafor"], "Sarah Lindholm <sarah.lindholm@nordmail.example>",
            "Pet claim TK-26-00529 - Bella (Labrador)", date(3, 26, 13, 25))
    body(m, """Dear Ms Lindholm,

we have settled the vet bill for your dog Bella (Labrador retriever,
chip no. 276098106447213) under your pet surgery insurance
TK-5590-008114:

  Tierklinik Koblenz-Nord, 17 March 2026
  Diagnosis: cruciate ligament rupture, right hind leg
  Surgery (TPLO), anaesthesia, 2 nights inpatient   EUR 2,986.40
  Covered (GOT rate up to 2x):                      EUR 2,986.40
  Deductible 20 %:                                 -EUR   597.28
  Payment:                                          EUR 2,389.12

Payment to your account DE70 2396 6904 9042 2379 51 within 3 days.
Best wishes for Bella's recovery.

""" + SIG["okafor_en"] + "\n\n" + FOOT_EN, charset="us-ascii", cte="7bit")
    return m


@mail(91, "NORMAL", "de", "insurer-to-broker",
      "trap: commission table for life/BU products as PDF for all brokers; product-level rates, no person")
def m91():
    m = new(91, STAFF["voss"], "Makler-Service Verteiler <makler-info@%s>" % D,
            "Courtagesätze Leben/BU/KV ab 01.04.2026", date(3, 27, 8, 0))
    txt = """Sehr geehrte Vermittlerinnen und Vermittler,

anbei die ab 01.04.2026 gültige Courtageübersicht für Leben, BU und
Kranken. Änderungen: BU-Azubi neu mit 30 Promille, Stornohaftung
Leben bleibt 5 Jahre.

""" + SIG["voss"] + "\n\n" + FOOT_DE
    p = pdf(["# Courtageübersicht Personenversicherung - gültig ab 01.04.2026",
             "Rheinau Lebensversicherung AG / Rheinau Krankenversicherung AG",
             "",
             "* Leben / BU (Abschlusscourtage in Promille der Beitragssumme, Bestandscourtage in % p.a.)",
             "Risikolebensversicherung          40 Promille    1,5 %",
             "BU-Premium 26 / BU-Kompakt 26     40 Promille    1,5 %",
             "BU-Azubi                          30 Promille    1,5 %",
             "Schwere Krankheiten Plus          35 Promille    1,5 %",
             "Privatrente Klassik / Invest      25 Promille    0,5 %",
             "",
             "* Kranken (Abschlusscourtage in Monatsbeiträgen, Deckelung nach § 50 VAG beachten)",
             "Krankheitskostenvoll (KomfortMed)  max. 9 MB",
             "Zahnzusatz / Stationär Zusatz      4 MB",
             "PflegeTagegeld                     5 MB",
             "",
             "Stornohaftung: Leben/BU 60 Monate, Kranken 60 Monate (zeitanteilig).",
             "Auszahlung monatlich über die Courtageabrechnung in der Vermittlerpost."],
            title="Courtageuebersicht 2026-04", date="20260326170000+01'00'")
    multi(m, "mixed", [part(txt), att(p, "application/pdf", "Courtageuebersicht_PV_2026-04.pdf")], bnd(91))
    return m


@mail(92, "STRICTLY_CONFIDENTIAL", "de", "broker",
      "inline forward of a broker's subsequent disclosure (Nachmeldung) for a named applicant: new knee MRI and physiotherapy")
def m92():
    m = new(92, STAFF["wehrmann"], STAFF["albers"],
            "WG: Nachmeldung zum Antrag BU-26-005127 (Weber)", date(3, 27, 10, 30))
    body(m, """Katrin, kannst du dir das mal ansehen? Das ist die Migräne-Kundin,
jetzt kommt noch das Knie dazu. Police ist noch nicht raus.

Jonas

-------- Weitergeleitete Nachricht --------
Betreff: Nachmeldung zum Antrag BU-26-005127 (Weber)
Datum: Thu, 26 Mar 2026 18:02:11 +0100
Von: Ingrid Hoffmeister <buero@hoffmeister-makler.example>
An: Jonas Wehrmann <jonas.wehrmann@rheinau-versicherung.example>

Sehr geehrter Herr Wehrmann,

meine Kundin Johanna Weber (geb. 30.07.1993) hat mich heute angerufen.
Sie war nach Antragstellung, aber vor Policierung, beim Orthopäden wegen
Knieschmerzen rechts nach dem Joggen. MRT vom 20.03.2026: Innenmeniskus-
Hinterhornriss, Knorpelschaden Grad II. Es wurde Physiotherapie (6x)
verordnet, eine OP ist derzeit nicht geplant.

Sie möchte das ordnungsgemäß nachmelden (§ 19 VVG), damit später kein
Problem entsteht. Befund schicke ich per Post.

Mit freundlichen Grüßen
Ingrid Hoffmeister
Maklerbüro Ingrid Hoffmeister e.K.
""", cte="quoted-printable")
    return m


@mail(93, "CONFIDENTIAL", "de", "insurer-to-customer",
      "employment legal-expenses cover: named customer's dismissal, monthly salary and severance figures (income), no health")
def m93():
    m = new(93, STAFF["reimann"], "Oksana Melnyk <oksana.melnyk@mailbox-ua.example>",
            "Arbeits-Rechtsschutz – Kündigungsschutzklage, RS-26-01390", date(3, 30, 9, 15))
    body(m, """Sehr geehrte Frau Melnyk,

für die Kündigungsschutzklage gegen Ihre Arbeitgeberin, die Lahntal
Logistik GmbH, erteilen wir Deckungszusage aus Ihrem Rechtsschutzvertrag
RS-5810-030447 (Baustein Arbeits-Rechtsschutz):

- Kündigung vom 16.03.2026 zum 30.06.2026 (betriebsbedingt)
- Ihr Bruttomonatsgehalt laut Arbeitsvertrag: 3.450 EUR; der
  Streitwert für die erste Instanz beträgt damit 10.350 EUR
  (3 Bruttomonatsgehälter)
- Die Arbeitgeberin hat eine Abfindung von 0,25 Gehältern pro Jahr
  angeboten (bei 6 Dienstjahren 5.175 EUR); Ihre Anwältin hält 0,5 für
  erreichbar.

Bitte beachten Sie die Klagefrist von drei Wochen ab Zugang (bis
06.04.2026).

""" + SIG["reimann"] + "\n\n" + FOOT_DE, charset="iso-8859-1", cte="quoted-printable")
    return m


@mail(94, "NORMAL", "en", "insurer-to-supplier",
      "trap: translation order for the health-question section of the application (DOCX source text); form text only")
def m94():
    m = new(94, STAFF["voss"], "Projects Lingua Mosel <projects@lingua-mosel.example>",
            "Translation request: BU application health questions DE>EN", date(3, 30, 13, 0))
    txt = """Hello,

please quote for a DE>EN translation of the attached text (health
question section of our disability insurance application, about 480
words). Target audience: English-speaking clients in Germany. The legal
notice on section 19 VVG must stay legally precise.

Deadline: 15 April 2026. Please send the quote to me.

""" + SIG["voss_en"]
    d = docx([("h", "Gesundheitsfragen – Antrag BU (Quelltext zur Übersetzung)"),
              "1. Wurden Sie in den letzten 5 Jahren von Ärzten, Heilpraktikern oder anderen Behandlern untersucht, beraten oder behandelt?",
              "2. Bestehen oder bestanden in den letzten 5 Jahren Krankheiten, Störungen oder Beschwerden an Herz/Kreislauf, Atmungsorganen, Wirbelsäule/Gelenken/Bandscheiben, Nerven oder Psyche?",
              "3. Haben Sie in den letzten 5 Jahren eine Psychotherapie mit mindestens 5 Sitzungen gemacht?",
              "4. Sind Sie in den letzten 10 Jahren stationär behandelt oder operiert worden?",
              "5. Besteht eine Minderung der Erwerbsfähigkeit oder ein Grad der Behinderung?",
              ("b", "Mitteilung nach § 19 Abs. 5 VVG"),
              "Sie sind verpflichtet, alle Ihnen bekannten gefahrerheblichen Umstände, nach denen wir in Textform fragen, wahrheitsgemäß und vollständig anzuzeigen. Verletzen Sie diese Pflicht, können wir vom Vertrag zurücktreten, ihn kündigen oder anpassen."],
             title="Gesundheitsfragen BU Quelltext", creator="Anja Voss", created="2026-03-30T11:30:00Z")
    multi(m, "mixed", [part(txt, charset="us-ascii", cte="7bit"),
                       att(d, DOCX_T, "Gesundheitsfragen_BU_Quelltext.docx")], bnd(94))
    return m


@mail(95, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
      "BU claim: request to an orthopaedist for a findings report on a named claimant with stated diagnoses and questions")
def m95():
    m = new(95, STAFF["brenner"], "Orthopädie am Löhrrondell <praxis@ortho-loehr.example>",
            "Befundbericht für Herrn Marcel Kunz, geb. 17.02.1979 – unser Zeichen L-BU-2026-00214", date(3, 31, 10, 5))
    body(m, """Sehr geehrter Herr Dr. Schäfer,

Ihr Patient Herr Marcel Kunz hat bei uns Leistungen aus seiner
Berufsunfähigkeitsversicherung beantragt und uns von der Schweigepflicht
Ihnen gegenüber entbunden (Erklärung vom 12.03.2026 liegt bei uns vor).

Er gibt an, seit 10/2025 wegen einer aktivierten Coxarthrose beidseits
(rechts betont) und einer Spinalkanalstenose L4/5 bei Ihnen in Behandlung
zu sein und seinen Beruf als Fliesenleger nicht mehr ausüben zu können.

Wir bitten um einen Befundbericht zu:
1. Diagnosen mit ICD-10 und Datum der Erstdiagnose,
2. Befunde (Bildgebung, Bewegungsausmaße, neurologischer Status),
3. bisherige und geplante Therapie (OP-Indikation Hüft-TEP?),
4. Ihre Einschätzung zur Belastbarkeit: Knien, Heben > 10 kg, Arbeiten
   in Zwangshaltung.

Honorar nach GOÄ Nr. 85 (Gutachten mit Begründung) zahlen wir direkt.
Bitte senden Sie den Bericht per Fax an 0261 4090-3599.

""" + SIG["brenner"] + "\n\n" + FOOT_DE)
    return m


@mail(96, "CONFIDENTIAL", "en", "insurer-to-customer",
      "deer collision under a named customer's partial cover: claim number, plate, repair shop; nobody hurt")
def m96():
    m = new(96, STAFF["hartung"], "Ryan Mitchell <ryan.mitchell@usmail-home.example>",
            "RE: Hit a deer on the B49 - what now?", date(3, 31, 14, 50), irt="<CAP4tQ9m@usmail-home.example>")
    body(m, flow("""Hi Mr Mitchell,

sorry to hear about the deer - good that you and your kids are fine. This is covered under the partial cover (Teilkasko) of your policy KF-7731-160233 for the Jeep Cherokee KO-RM 450. I've opened claim K-26-006021.

What you need to do:
1. Get the "Wildunfallbescheinigung" (game accident certificate) from the hunting tenant or the police - you said the police came, so ask the Montabaur station for it (their file number is fine).
2. Take the car to a repair shop of your choice; if you use one of our partner shops (e.g. Autohaus Lahnblick in Limburg) they bill us directly and you get a free replacement car.
3. Deductible: EUR 150.

Don't repair before we have the photos or the estimate.

""") + SIG["hartung_en"] + "\n\n" + FOOT_EN + """

On Tue, Mar 31, 2026 at 7:12 AM Ryan Mitchell wrote:
> Hi, I hit a deer last night on the B49 near Montabaur, front bumper
> and headlight smashed, radiator leaking. Nobody hurt. Police came.
> Do I go to any garage? Thanks, Ryan
""", cte="8bit", flowed=True)
    return m


@mail(97, "NORMAL", "en", "internal",
      "trap: risk committee minutes on a new obesity loading model and BMI bands; portfolio-level, no individual")
def m97():
    m = new(97, STAFF["adeyemi"], "Risk Committee Life <risk-committee-life@%s>" % D,
            "Minutes - Risk Committee Life, 30 March 2026", date(4, 1, 9, 0))
    body(m, """Minutes - Risk Committee Life, 30 March 2026
Present: Dr. F. Laux (chair), M. Oberle, Dr. K. Albers, B. Adeyemi,
S. Roth (Legal), guest: H. Whitfield (Atlantic Re, item 2 only)

1. Obesity loading model
   Proposal: replace the fixed BMI bands (30-34.9 / 35-39.9 / 40+) by a
   score combining BMI, waist circumference, blood pressure and HbA1c.
   Back-test on 2019-2025 applications (n = 64,300) shows fewer declines
   (-18 %) with unchanged expected claims. Decision: pilot in term life
   from 1 July, BU not before 2027.

2. Reinsurance capacity for critical illness
   Atlantic Re confirms quota share 50 % for the new CI product; medical
   limits as proposed (exam above EUR 250,000).

3. Mental health in BU
   F-chapter share of BU claims is 33 %. Committee asks UW to evaluate a
   "mental health support" service instead of tighter questions.

Next meeting: 29 June 2026.
Minutes: B. Adeyemi
""", charset="us-ascii", cte="7bit")
    return m


@mail(98, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker",
      "private medical insurance for a named UK client moving to Germany: pre-existing conditions listed, moratorium vs full underwriting")
def m98():
    m = new(98, STAFF["arslan"], "Emily Carter <emily.carter@harbourfinch.example>",
            "PMI for Mr and Mrs Abbott (relocation to Frankfurt) - our assessment", date(4, 1, 11, 30))
    body(m, """Dear Ms Carter,

thank you for the completed health questionnaires of Mr Simon Abbott
(DOB 12/01/1976) and Mrs Karen Abbott (DOB 29/05/1978), moving to
Frankfurt on 1 May 2026.

A moratorium scheme as known from UK PMI does not exist in German
private health insurance. We must underwrite fully:

- Mr Abbott: gout (two attacks 2025, allopurinol), hay fever. Accepted
  at standard rates in KomfortMed 1.
- Mrs Abbott: hypothyroidism (levothyroxine), and anxiety disorder with
  CBT in 2023 (12 sessions, completed, no medication). We can accept
  with a 10 % loading, or at standard rates with an exclusion of
  psychotherapy for 3 years. Please discuss with her which she prefers.

As they will be employed in Germany, the employer's contribution to PKV
applies; we will need Mr Abbott's salary confirmation to check the
compulsory insurance threshold.

Kind regards
Selin Arslan
Health Underwriting
Rheinau Krankenversicherung AG

""" + FOOT_EN, charset="us-ascii", cte="7bit")
    return m


@mail(99, "CONFIDENTIAL", "de", "insurer-to-customer",
      "burglary claim: XLSX list of a named customer's stolen items with values, police file, address")
def m99():
    m = new(99, STAFF["okafor"], "Heike und Rolf Brandes <brandes.familie@heimpost.example>",
            "Einbruch 28.03.2026 – Ihre Stehlgutliste zur Prüfung", date(4, 2, 10, 20))
    txt = """Sehr geehrte Familie Brandes,

ich habe Ihre Stehlgutliste in unsere Tabelle übernommen und die
Neuwerte ergänzt, soweit Belege vorlagen. Bitte prüfen Sie die Liste und
bestätigen Sie sie kurz per Mail; die Polizei erhält eine Kopie für die
Fahndung (Tagebuch-Nr. 0412-26-005590).

Schaden HR-S-2026-02711, Hausrat HR-5520-011842.

""" + SIG["okafor"] + "\n\n" + FOOT_DE
    x_ = xlsx([("Stehlgutliste", [
        ["Nr", "Gegenstand", "Kaufjahr", "Beleg", "Neuwert EUR", "Bemerkung"],
        [1, "Notebook Lenovo ThinkPad X1", 2024, "ja", 1849.0, "Seriennr. PF4K2Z91"],
        [2, "Goldkette 585, 50 cm", 2012, "Foto", 890.0, "Erbstück"],
        [3, "Damenuhr Junghans Max Bill", 2019, "ja", 745.0, ""],
        [4, "Bargeld", None, "nein", 420.0, "Grenze Bargeld 1.500 EUR"],
        [5, "Spielkonsole PS5 mit 2 Controllern", 2023, "ja", 629.0, ""],
        [6, "Terrassentür (Schaden)", None, "KV Glaserei", 1380.0, "Gebäudeschaden, WG-Vertrag"],
        ["", "Summe", None, None, 5913.0, ""]]),
        ("Daten", [["Feld", "Wert"], ["VN", "Rolf Brandes"], ["Anschrift", "Am Rosenhang 22, 56075 Koblenz"],
                   ["Tatzeit", "28.03.2026, 18-22 Uhr"], ["Polizei", "PI Koblenz 2, Tgb. 0412-26-005590"]])],
        title="Stehlgutliste HR-S-2026-02711", creator="Miriam Okafor", created="2026-04-02T08:05:00Z")
    multi(m, "mixed", [part(txt), att(x_, XLSX_T, "Stehlgutliste_HR-S-2026-02711.xlsx")], bnd(99))
    return m


@mail(100, "NORMAL", "de", "insurer-to-broker",
      "trap: blank ODS template for anonymous pre-enquiries (columns for age, diagnosis, medication); no data filled in")
def m100():
    m = new(100, STAFF["trepte"], "Agentur Beate Sommerfeld <kontakt@agentur-sommerfeld.example>, Yusuf Demir <info@agentur-demir.example>",
            "Vorlage Risikovoranfrage als Tabelle (LibreOffice)", date(4, 2, 14, 45))
    txt = """Hallo zusammen,

einige von Ihnen arbeiten lieber mit LibreOffice als mit unserem
PDF-Formular. Anbei die Vorlage für anonyme Risikovoranfragen als
Tabelle. Bitte keine Namen und kein Geburtsdatum eintragen – Alter
reicht. Ausgefüllt bitte nur über den Upload im Maklerportal schicken,
nicht per normaler E-Mail.

""" + SIG["trepte"]
    o = ods([("Voranfrage", [
        ["Feld", "Eintrag", "Hinweis"],
        ["Interne Referenz des Vermittlers", "", "keine Namen"],
        ["Geschlecht", "", "m / w / d"],
        ["Alter", "", "in Jahren, kein Geburtsdatum"],
        ["Beruf / Tätigkeit", "", "Anteil körperliche Arbeit in %"],
        ["Größe (cm) / Gewicht (kg)", "", ""],
        ["Raucher", "", "ja/nein, seit wann Nichtraucher"],
        ["Diagnose(n)", "", "möglichst mit Datum der Erstdiagnose"],
        ["Behandlung / Medikamente", "", "Wirkstoff und Dosis"],
        ["Arbeitsunfähigkeit letzte 5 Jahre", "", "Tage pro Jahr"],
        ["Gewünschte Produkte", "", "BU / RLV / SKP / KV"]]),
        ("Hinweise", [["Das Votum ist unverbindlich und 6 Monate gültig."],
                      ["Upload: makler.rheinau-versicherung.example > Voranfrage"]])],
        title="Vorlage Risikovoranfrage", creator="Markus Trepte", created="2026-04-02T12:10:00Z")
    multi(m, "mixed", [part(txt), att(o, ODS_T, "Vorlage_Risikovoranfrage_anonym.ods")], bnd(100))
    return m


@mail(101, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "rescission of a named customer's BU contract for non-disclosure: the PDF names undisclosed psychotherapy and panic disorder")
def m101():
    m = new(101, STAFF["brenner"], "Daniel Görgen <daniel.goergen@webmail-ko.example>",
            "Ihr Vertrag BU 44-0398210 – unsere Entscheidung (Anlage)", date(4, 6, 10, 0))
    txt = """Sehr geehrter Herr Görgen,

die Entscheidung zu Ihrem Leistungsantrag finden Sie in der Anlage; das
Original haben wir per Einschreiben versandt. Ich weiß, dass das
Ergebnis für Sie enttäuschend ist. Für Fragen stehe ich Ihnen gern
telefonisch zur Verfügung.

""" + SIG["brenner"] + "\n\n" + FOOT_DE
    p = pdf(["# Rheinau Lebensversicherung AG",
             "Einschreiben",
             "Herrn Daniel Görgen, Mittelweg 12, 56626 Andernach",
             "Koblenz, 06.04.2026",
             "Vertrag BU 44-0398210, Leistungsfall L-BU-2025-01402",
             "",
             "* Rücktritt vom Vertrag nach § 19 Abs. 2 VVG",
             "",
             "Sehr geehrter Herr Görgen,",
             "",
             "Sie haben am 14.06.2023 eine Berufsunfähigkeitsversicherung beantragt und die Frage 4 nach einer Psychotherapie in den letzten 5 Jahren mit 'nein' beantwortet.",
             "Aus den im Leistungsverfahren eingeholten Unterlagen (Bericht der Psychotherapeutischen Praxis Laubach vom 03.02.2026, Auszug der Techniker Krankenkasse) ergibt sich, dass Sie vom 09/2021 bis 04/2022 wegen einer Panikstörung mit Agoraphobie (F40.01) in ambulanter psychotherapeutischer Behandlung waren (24 Sitzungen) und Sertralin 50 mg erhielten.",
             "Bei Kenntnis dieser Umstände hätten wir den Vertrag nicht abgeschlossen. Wir treten daher vom Vertrag zurück. Die Voraussetzungen des § 19 Abs. 3 VVG (grobe Fahrlässigkeit) sehen wir als gegeben an.",
             "",
             "Der Rückkaufswert von 412,36 EUR wird Ihnen erstattet. Sie können sich an den Versicherungsombudsmann wenden oder die Entscheidung gerichtlich überprüfen lassen.",
             "",
             "Mit freundlichen Grüßen",
             "Thomas Brenner, Leistungsprüfung BU"],
            title="Ruecktritt BU 44-0398210", date="20260403140000+02'00'")
    multi(m, "mixed", [part(txt), att(p, "application/pdf", "Schreiben_2026-04-06.pdf")], bnd(101))
    return m


@mail(102, "CONFIDENTIAL", "en", "insurer-to-broker",
      "D&O quote for a company with the named managing director, his prior claims and shareholding; no health data")
def m102():
    m = new(102, STAFF["sauer"], "Emily Carter <emily.carter@harbourfinch.example>",
            "D&O quote - Rhine Valley Robotics GmbH", date(4, 6, 15, 40))
    body(m, """Dear Emily,

please find our terms for the D&O policy of Rhine Valley Robotics GmbH,
Koblenz (turnover 2025: EUR 38m, 210 employees):

  Insured persons: managing directors Dr. Peter Ahrens (CEO, 40 %
                   shareholder) and Ms Yvonne Claassen (CFO), supervisory
                   board (3 members)
  Limit:           EUR 5m, annual aggregate
  Retention:       statutory for board members; EUR 10,000 company
  Premium:         EUR 14,800 p.a. plus 19 % insurance tax

Subject to: no knowledge of circumstances. We note the 2024 claim by a
former shareholder against Dr. Ahrens (settled for EUR 85,000 by the
previous insurer) - we exclude that matter and related claims.

""" + SIG["sauer_en"] + "\n\n" + FOOT_EN, charset="us-ascii", cte="7bit")
    return m


@mail(103, "NORMAL", "en", "newsletter",
      "trap: HTML-only broker newsletter about a real-time underwriting engine with sample health questions; no person")
def m103():
    m = new(103, "Rheinau Broker News <newsletter@%s>" % D, "broker-news-en@%s" % D,
            "Broker News: instant decisions for term life and income protection", date(4, 7, 7, 0), style="sys",
            extra=[("List-Unsubscribe", "<mailto:abmelden@%s?subject=broker-news-en>" % D), ("Precedence", "bulk")])
    html = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px">
<h2>Instant decisions are here</h2>
<p>From 4 May 2026 our broker portal gives an <b>immediate underwriting decision</b> for about 75 % of term life and income protection applications.</p>
<table border="1" cellspacing="0" cellpadding="5">
<tr><th>Answer in the application</th><th>Typical outcome</th></tr>
<tr><td>No treatment in the last 5 years</td><td>Accepted instantly</td></tr>
<tr><td>Hay fever, mild asthma, treated hypertension</td><td>Accepted instantly (follow-up questions)</td></tr>
<tr><td>Back pain, knee problems</td><td>Instant exclusion offer or referral</td></tr>
<tr><td>Psychotherapy, cancer, heart disease</td><td>Referred to an underwriter</td></tr>
</table>
<p>Health answers are transmitted encrypted and never appear in e-mails. Webinar: 21 April, 11:00 CET &ndash; <a href="https://makler.rheinau-versicherung.example/academy">register</a>.</p>
<p style="color:#888;font-size:11px">Rheinau Versicherungsgruppe, Rheinauer Allee 40, 56068 Koblenz &middot; <a href="mailto:abmelden@rheinau-versicherung.example">unsubscribe</a></p>
</body></html>"""
    body(m, html, subtype="html", cte="base64")
    return m


@mail(104, "NORMAL", "de", "internal",
      "trap: internal note on the new GOÄ fee schedule for health claims staff, fee numbers and examples; no patient")
def m104():
    m = new(104, STAFF["lindqvist"], "Leistung Kranken <kranken-leistung@%s>" % D,
            "Neue GOÄ – was sich für unsere Rechnungsprüfung ändert", date(4, 7, 10, 15))
    body(m, flow("""Liebe Kolleginnen und Kollegen,

die neue Gebührenordnung für Ärzte wird voraussichtlich zum 01.01.2027 in Kraft treten. Wir bereiten die Regelwerke in der Rechnungsprüfung jetzt vor. Die wichtigsten Punkte:

- Statt Steigerungsfaktoren gibt es feste Euro-Beträge je Leistung; die Begründungspflicht für Faktoren über 2,3 entfällt.
- Gesprächsleistungen werden deutlich aufgewertet (z. B. ausführliche Beratung neu ca. 33 EUR statt 20,11 EUR beim 2,3-fachen Satz).
- Technische Leistungen (Labor, MRT) werden teilweise abgewertet.
- Analogbewertungen sollen weitgehend wegfallen.

Beispielrechnungen (fiktiv) und die Mapping-Tabelle alt/neu stehen im Wiki unter Leistung > GOÄ 2027. Schulungstermine folgen im Herbst.

""") + SIG["lindqvist"], cte="8bit", flowed=True)
    return m


@mail(105, "NORMAL", "en", "insurer-to-customer",
      "trap: prospect asks about e-bike cover; generic product answer with prices, no contract or personal data")
def m105():
    m = new(105, STAFF["berger"], "Chris Novak <chris.novak@ridermail.example>",
            "RE: E-bike insurance?", date(4, 8, 9, 20), irt="<ebike-q-77@ridermail.example>")
    body(m, """Hello Chris,

thanks for asking. You have two options with us:

1. Bicycle theft clause in a home contents policy: covers theft only,
   from EUR 1.80 a month per EUR 1,000 insured.
2. Stand-alone e-bike insurance (Rheinau BikeProtect): theft, accident
   damage, vandalism, battery and motor defects, breakdown assistance.
   Example premium for an e-bike worth EUR 3,500: EUR 9.90 per month.

You can calculate and apply online:
https://www.rheinau-versicherung.example/ebike

""" + SIG["berger_en"] + """

> Hi, I'm buying an e-bike next month (about 3,500 euro). Do you insure
> those and what does it cost? I'm not a customer yet. Chris
""", charset="us-ascii", cte="7bit")
    return m


@mail(106, "NORMAL", "de", "insurer-to-authority",
      "trap: insurance-tax return notice of the company to the tax office; company figures and company bank account only")
def m106():
    m = new(106, STAFF["adeyemi"], "Bundeszentralamt Versicherungsteuer <versicherungsteuer@bzst-vst.example>",
            "Versicherungsteuer-Anmeldung 03/2026 – Rheinau Allgemeine Versicherung AG, VersSt-Nr. 802/40114", date(4, 9, 11, 0))
    body(m, """Sehr geehrte Damen und Herren,

die Versicherungsteuer-Anmeldung für März 2026 wurde heute über ELSTER
übermittelt (Transferticket et3kv82mq1p). Kennzahlen:

  Versicherungsentgelte steuerpflichtig (19 %)   48.214.730,22 EUR
  Feuerschutz-/Wohngebäudeanteil (Sondersätze)    6.981.402,10 EUR
  Steuer gesamt                                   9.961.018,44 EUR

Die Zahlung erfolgt fristgerecht vom Konto der Gesellschaft
DE81 1264 7066 9424 9387 09 (Rheinau Allgemeine Versicherung AG).

Mit freundlichen Grüßen
Ben Adeyemi
im Auftrag der Abteilung Steuern
Rheinau Versicherungsgruppe

""" + FOOT_DE)
    return m


@mail(107, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker",
      "HTML-only status table of a broker's pending life/IP applications: named clients with loadings, exclusions, open medical evidence")
def m107():
    m = new(107, STAFF["wehrmann"], "Emily Carter <emily.carter@harbourfinch.example>",
            "Pipeline: your open life & income protection applications (as of 8 April)", date(4, 9, 14, 10))
    html = """<html><body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear Emily,</p>
<p>as discussed, here is the status of all open applications from Harbour &amp; Finch:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#dde7ee"><th>Application</th><th>Client</th><th>DOB</th><th>Product</th><th>Status</th><th>Open / note</th></tr>
<tr><td>RL-26-002874</td><td>Mark Sullivan</td><td>1981-05-14</td><td>Term life 300k</td><td>Offer sent</td><td>+50 % (BMI 36)</td></tr>
<tr><td>BU-26-006014</td><td>Laura Fitzgerald</td><td>1987-03-14</td><td>Income protection</td><td>Offer sent</td><td>Exclusion lumbar spine, acceptance outstanding</td></tr>
<tr><td>BU-26-006233</td><td>Ahmed Karimi</td><td>1992-10-02</td><td>Income protection</td><td>Pending</td><td>GP report on tinnitus and anxiety requested 24/03</td></tr>
<tr><td>CI-26-000391</td><td>Oliver Grant</td><td>1979-09-03</td><td>Critical illness</td><td>Postponed</td><td>Melanoma 10/2025, review 10/2027</td></tr>
<tr><td>RL-26-003010</td><td>Sinead Byrne</td><td>1990-12-19</td><td>Term life 250k</td><td>Accepted</td><td>Standard; pregnancy 24 weeks noted, no loading</td></tr>
</table>
<p>Best regards<br>Jonas Wehrmann<br>Life &amp; Disability Underwriting, Rheinau Lebensversicherung AG</p>
</body></html>"""
    body(m, html, subtype="html", cte="quoted-printable")
    return m


@mail(108, "CONFIDENTIAL", "de", "insurer-to-customer",
      "adding a young named driver (DOB, licence date) to a motor contract with the premium change")
def m108():
    m = new(108, STAFF["berger"], "Susanne Weiland <s.weiland@heimnetz-ko.example>",
            "AW: Sohn soll auch fahren dürfen", date(4, 10, 8, 35), irt="<6d1a@heimnetz-ko.example>")
    body(m, """Guten Morgen Frau Weiland,

erledigt: Ihr Sohn ist ab sofort als Fahrer im Vertrag KF-7731-083419
(Toyota Yaris Hybrid, KO-SW 65) eingetragen.

  Zusätzlicher Fahrer: Niklas Weiland, geb. 11.02.2008
  Führerschein Klasse B seit: 02.04.2026 (Begleitetes Fahren bis 11.02.2026
                              war bereits gemeldet)
  Neuer Jahresbeitrag: 1.084,30 EUR (bisher 612,90 EUR)

Der Mehrbeitrag wird anteilig ab 10.04.2026 berechnet. Tipp: Mit einem
Fahrsicherheitstraining innerhalb von 12 Monaten gibt es 10 % zurück.

""" + SIG["berger"] + """

> Mein Sohn Niklas hat jetzt den Führerschein (seit 2.4.) und soll
> unseren Yaris mitfahren. Was kostet das? Gruß S. Weiland
""", cte="8bit")
    return m


@mail(109, "NORMAL", "de", "insurer-to-broker",
      "trap: broker account manager confirms a visit with ICS; agenda on portal access and health-question training; no customer data")
def m109():
    m = new(109, STAFF["trepte"], "Sven Albrecht <s.albrecht@finanzkontor-weser.example>",
            "Besuch am 22.04. – Bestätigung", date(4, 10, 12, 0))
    txt = """Hallo Herr Albrecht,

ich bestätige unseren Termin am 22.04. um 14 Uhr bei Ihnen in Bremen.
Themen von meiner Seite:
- Zugänge Maklerportal für Ihre neuen Mitarbeiter (Bestandsrechte!),
- BiPRO-Abruf der Vermittlerpost in Ihr MVP,
- Schulung Gesundheitsfragen PKV für Ihr Team (Termin finden).

""" + SIG["trepte"]
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:trepte-fkw-20260422@rheinau-versicherung.example
DTSTAMP:20260410T100000Z
DTSTART;TZID=Europe/Berlin:20260422T140000
DTEND;TZID=Europe/Berlin:20260422T160000
SUMMARY:Rheinau / Finanzkontor Weser - Jahresgespräch
LOCATION:Finanzkontor Weser GmbH\\, Am Wall 140\\, 28195 Bremen
ORGANIZER;CN=Markus Trepte:mailto:markus.trepte@rheinau-versicherung.example
ATTENDEE;CN=Sven Albrecht;RSVP=TRUE:mailto:s.albrecht@finanzkontor-weser.example
END:VEVENT
END:VCALENDAR
"""
    multi(m, "mixed", [part(txt, cte="8bit"), part(ics, subtype="calendar", filename="Termin_Finanzkontor_Weser.ics",
                                                   params={"method": "REQUEST"})], bnd(109))
    return m


@mail(110, "NORMAL", "en", "insurer-to-customer",
      "trap: prospect asks if skiing accidents and helicopter rescue are covered; generic accident-product answer, no contract")
def m110():
    m = new(110, STAFF["berger"], "Ella Thompson <ella.thompson@alpsmail.example>",
            "RE: Are ski accidents covered?", date(4, 13, 10, 5), irt="<ski-2026-q@alpsmail.example>")
    body(m, """Dear Ms Thompson,

in general, yes: our private accident insurance (Unfall Aktiv) covers
accidents during leisure sports worldwide, including skiing and
snowboarding off marked pistes. Included are:

- rescue costs including helicopter, up to EUR 100,000,
- hospital daily allowance and lump sums for fractures,
- a disability benefit based on the limb table (Gliedertaxe).

Costs of medical treatment itself are a matter for health insurance or
travel health insurance, not accident insurance.

If you would like a quote, please use the online calculator or contact
a broker. We can only discuss your personal situation once you apply.

""" + SIG["berger_en"] + "\n\n" + FOOT_EN, charset="us-ascii", cte="7bit")
    return m


@mail(111, "CONFIDENTIAL", "de", "insurer-to-broker",
      "ODS portfolio list of a broker GmbH with named property/motor customers, contract numbers and claims counts")
def m111():
    m = new(111, STAFF["voss"], "Kevin Schäfer <k.schaefer@finanzkontor-weser.example>",
            "Bestandsliste Sach/Kfz Q1/2026 (ODS)", date(4, 13, 13, 30))
    txt = """Hallo Herr Schäfer,

wie gewünscht die Bestandsliste Sach/Kfz zum 31.03.2026 im ODS-Format.
Die Personenversicherungen sind nicht enthalten.

""" + SIG["voss"] + "\n\n" + FOOT_DE
    o = ods([("Bestand Q1-2026", [
        ["Vertrag", "Kunde", "PLZ/Ort", "Sparte", "Beitrag p.a.", "Schäden 3 J."],
        ["HR-5520-027733", "Carsten Wolff", "56068 Koblenz", "Hausrat", 192.6, 0],
        ["KF-7731-120448", "David Okoro", "56070 Koblenz", "Kfz", 871.2, 3],
        ["WG-5610-003318", "Ute und Bernd Hilger", "56220 Urmitz", "Wohngebäude", 1244.0, 1],
        ["PH-5530-052201", "Leonie Stahl", "56112 Lahnstein", "Haftpflicht", 69.9, 0],
        ["RS-5810-014470", "Rainer Lützenkirchen", "56566 Neuwied", "Rechtsschutz", 384.0, 2],
        ["KF-7731-133015", "Mira Jovanovic", "56727 Mayen", "Kfz", 644.8, 0]])],
        title="Bestandsliste FKW Q1-2026", creator="Makler-Service", created="2026-04-13T11:00:00Z")
    multi(m, "mixed", [part(txt), att(o, ODS_T, "Bestand_VP40-201-33_2026Q1.ods")], bnd(111))
    return m


@mail(112, "NORMAL", "de", "internal",
      "trap: DOCX template of a confidentiality-release declaration with «placeholders» for name, DOB and doctors")
def m112():
    m = new(112, STAFF["sandmann"], "Risikoprüfung Leben <risikopruefung@%s>" % D,
            "Neue Vorlage Schweigepflichtentbindung (Einzelermächtigung) – bitte ab sofort verwenden", date(4, 14, 9, 10),
            cc=STAFF["brenner"])
    txt = """Liebe Kolleginnen und Kollegen,

nach Abstimmung mit der Rechtsabteilung gibt es eine neue Vorlage für
die Schweigepflichtentbindung im Einzelfall (Muster nach GDV-Empfehlung,
angepasst). Die Platzhalter in «» füllt das Textsystem automatisch.
Bitte alte Vorlagen aus euren lokalen Ordnern löschen.

""" + SIG["sandmann"]
    d = docx([("h", "Erklärung zur Entbindung von der Schweigepflicht im Einzelfall"),
              "Versicherte Person: «Vorname» «Nachname», geboren am «Geburtsdatum»",
              "Vertrag / Vorgang: «Vertragsnummer»",
              "Ich entbinde die folgenden Ärzte, Krankenhäuser und sonstigen Stellen von ihrer Schweigepflicht gegenüber der Rheinau «Gesellschaft»:",
              ("t", [["Name / Einrichtung", "Anschrift", "Behandlungszeitraum"],
                     ["«Behandler_1»", "«Anschrift_1»", "«Zeitraum_1»"],
                     ["«Behandler_2»", "«Anschrift_2»", "«Zeitraum_2»"]]),
              "Die Entbindung gilt nur für die Prüfung von «Zweck» und nur für Angaben zu «Erkrankung/Beschwerden».",
              "Ich kann diese Erklärung jederzeit widerrufen.",
              "«Ort», den «Datum»        Unterschrift: ____________________"],
             title="Vorlage Schweigepflichtentbindung Einzelfall", creator="Datenschutz", created="2026-04-13T16:00:00Z")
    multi(m, "mixed", [part(txt), att(d, DOCX_T, "Vorlage_SEE_Einzelfall_2026-04.docx")], bnd(112))
    return m


@mail(113, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker",
      "harmless reply ('Yes, all received'); the Outlook-quoted broker mail below gives a named client's type 2 diabetes and HbA1c")
def m113():
    m = new(113, STAFF["wehrmann"], "Emily Carter <emily.carter@harbourfinch.example>",
            "RE: RL-26-003188 - documents", date(4, 14, 11, 2), irt="<HF-ML-5702@mail.harbourfinch.example>")
    body(m, """Hi Emily,

yes, all received, thank you. Decision should follow this week.

""" + SIG["wehrmann_en"] + """

From: Emily Carter <emily.carter@harbourfinch.example>
Sent: Monday, April 13, 2026 5:48 PM
To: Jonas Wehrmann <jonas.wehrmann@rheinau-versicherung.example>
Subject: RL-26-003188 - documents

Hi Jonas,

attached (via the portal upload) the diabetes questionnaire for
Mr Rajesh Menon, DOB 21/07/1974, term life EUR 350,000. In short:
type 2 diabetes since 2020, metformin 1000 mg twice daily plus
empagliflozin since 2024, latest HbA1c 7.4 %, mild background
retinopathy noted at his last eye check, kidney function normal.
He is a non-smoker and walks a lot, BMI 29.

Can you confirm you have everything?

Thanks,
Emily
Harbour & Finch Insurance Brokers Ltd
""", charset="us-ascii", cte="7bit")
    return m


@mail(114, "CONFIDENTIAL", "en", "insurer-to-customer",
      "windscreen replacement under a named customer's partial cover: policy, plate, glass partner appointment")
def m114():
    m = new(114, STAFF["hartung"], "Nora Baptiste <nora.baptiste@mail-fr.example>",
            "Windscreen claim K-26-006338 - appointment confirmed", date(4, 15, 9, 5))
    body(m, """Dear Ms Baptiste,

your windscreen replacement is booked:

  Policy:    KF-7731-147702 (partial cover, deductible EUR 150)
  Vehicle:   Peugeot 3008, KO-NB 207
  Partner:   GlasPro Koblenz, Hohenzollernstrasse 140
  Date:      Friday 17 April 2026, 08:30 (approx. 3 hours)

GlasPro bills us directly; you only pay the deductible on site. A crack
repair instead of a replacement would have been free of charge, but the
crack is in the driver's field of vision, so it must be replaced.

""" + SIG["hartung_en"] + "\n\n" + FOOT_EN, charset="us-ascii", cte="7bit")
    return m


@mail(115, "NORMAL", "de", "insurer-to-customer",
      "trap: automatic customer-portal registration mail with activation link, no contract or personal details")
def m115():
    m = new(115, "Rheinau Kundenportal <noreply@%s>" % D, "k.hofmann79@freemail-de.example",
            "Bitte bestätigen Sie Ihre Registrierung", date(4, 15, 21, 14), style="sys",
            extra=[("Auto-Submitted", "auto-generated")])
    body(m, """Guten Tag,

Sie haben sich soeben im Rheinau Kundenportal "MeineRheinau" registriert.
Bitte bestätigen Sie Ihre E-Mail-Adresse innerhalb von 48 Stunden:

https://meine.rheinau-versicherung.example/activate?t=8f2c61d0a9b74e1f

Anschließend senden wir Ihnen per Post einen Aktivierungscode an die bei
uns gespeicherte Anschrift. Erst danach sehen Sie Ihre Verträge,
Abrechnungen und Dokumente.

Wenn Sie sich nicht registriert haben, ignorieren Sie diese E-Mail.

Ihr Rheinau Kundenportal-Team""", cte="quoted-printable")
    return m


@mail(116, "NORMAL", "en", "insurer-to-partner",
      "trap: framework agreement on direct billing with a hospital group (DRG rates, billing process); no patient")
def m116():
    m = new(116, STAFF["lindqvist"], "Contracting Helios-Nord Kliniken <contracting@helios-nord-kliniken.example>",
            "Direct billing agreement 2026 - final draft", date(4, 16, 14, 0), cc=STAFF["marchetti"])
    body(m, """Dear Mr Jansen,

thank you for your comments. The final draft of the direct billing
agreement for 2026 reflects what we agreed:

- scope: all inpatient stays of Rheinau privately insured patients in
  your 14 hospitals, including elective surgery (e.g. joint replacement,
  cardiology) and psychiatric day clinics;
- cost coverage is confirmed electronically within 24 hours of the
  admission message (HL7 / DALE-UV-like format, as in the pilot);
- invoices: DRG plus elective services (single room, chief physician),
  sent monthly as a batch file; we pay within 14 days;
- no medical reports by e-mail; discharge letters only via the secure
  exchange.

If your legal team is fine with clause 9 (data protection), we can sign
at the end of the month.

Kind regards
Petra Lindqvist
Health Claims, Rheinau Krankenversicherung AG
""", charset="us-ascii", cte="7bit")
    return m


@mail(117, "NORMAL", "de", "insurer-to-partner",
      "trap: answer to an industry-association survey on harmonising health questions in BU applications; company view only")
def m117():
    m = new(117, STAFF["albers"], "Arbeitskreis Risikoprüfung Verband <ak-risikopruefung@versichererverband.example>",
            "Umfrage Harmonisierung Gesundheitsfragen BU – Antwort Rheinau", date(4, 17, 10, 40))
    body(m, """Sehr geehrte Frau Dr. Lange,

anbei unsere Antworten zur Umfrage (Fragen 1-8):

1. Abfragezeitraum ambulant: wir fragen seit 02/2026 5 Jahre ab.
2. Stationär: 10 Jahre.
3. Psychotherapie: Bagatellgrenze unter 5 Sitzungen.
4. BMI: Zuschläge ab 35, Ablehnung ab 40 (mit Ausnahmen).
5. Wir begrüßen einheitliche Formulierungen, insbesondere zu "Beschwerden"
   – dieser Begriff führt bei Kunden häufig zu Unsicherheit.
6. Anonyme Risikovoranfragen bieten wir an; etwa 30 % aller Voranfragen
   werden später zu Anträgen.
7. Keine Abfrage genetischer Untersuchungen (GenDG).
8. Interesse an einer gemeinsamen Schulung für Vermittler: ja.

Für Rückfragen stehe ich gern zur Verfügung.

""" + SIG["albers"] + "\n\n" + FOOT_DE)
    return m


@mail(118, "NORMAL", "en", "internal",
      "trap: internal meeting invite (ICS) to prepare the reinsurer visit on mortality and CI pricing; no case data")
def m118():
    m = new(118, STAFF["adeyemi"], "Dr. Katrin Albers <katrin.albers@%s>, Jonas Wehrmann <jonas.wehrmann@%s>" % (D, D),
            "Prep: Atlantic Re visit 5 May", date(4, 20, 9, 0))
    txt = """Hi both,

30 minutes to prepare the Atlantic Re visit. Agenda: CI pricing
assumptions, the obesity scoring pilot, and which anonymised cases we
want to show (Katrin's training set is fine).

Ben"""
    ics = """BEGIN:VCALENDAR
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E00800000000ATLREPREP
DTSTAMP:20260420T070000Z
DTSTART;TZID=W. Europe Standard Time:20260428T110000
DTEND;TZID=W. Europe Standard Time:20260428T113000
SUMMARY:Prep Atlantic Re visit
LOCATION:Microsoft Teams
ORGANIZER;CN=Ben Adeyemi:mailto:ben.adeyemi@rheinau-versicherung.example
ATTENDEE;CN=Dr. Katrin Albers:mailto:katrin.albers@rheinau-versicherung.example
ATTENDEE;CN=Jonas Wehrmann:mailto:jonas.wehrmann@rheinau-versicherung.example
END:VEVENT
END:VCALENDAR
"""
    multi(m, "alternative", [part(txt, charset="us-ascii", cte="7bit"),
                             part(ics, subtype="calendar", params={"method": "REQUEST"}, cte="7bit", charset="us-ascii")],
          bnd(118))
    return m


@mail(119, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "base64-encoded body: premium increase letter for a named customer's private health insurance with her surcharge and tariff")
def m119():
    m = new(119, STAFF["lindqvist"], "Gabriele Imhof <gabriele.imhof@t-heim.example>",
            "AW: Warum steigt mein Beitrag schon wieder?", date(4, 20, 11, 25), irt="<imhof-0419@t-heim.example>")
    body(m, """Sehr geehrte Frau Imhof,

Ihr Ärger ist verständlich. Zu Ihrer Krankenversicherung 420 061 337:

  Tarif KomfortMed 1          bisher 498,20 EUR   neu 532,08 EUR
  Stationär Premium           bisher 121,40 EUR   neu 124,92 EUR
  Risikozuschlag 15 % (wegen Ihrer Hüftdysplasie beidseits, vereinbart
  bei Vertragsbeginn 2009)    bisher  92,94 EUR   neu  98,55 EUR
  Gesamt                      bisher 712,54 EUR   neu 755,55 EUR

Der Zuschlag steigt prozentual mit dem Tarifbeitrag. Wenn Sie seit
Jahren keine Beschwerden mehr an der Hüfte haben, können wir den
Zuschlag auf Antrag überprüfen; wir bräuchten dann einen aktuellen
orthopädischen Befund.

Ein Wechsel in den Tarif KomfortMed 2 (höhere Selbstbeteiligung
1.200 EUR) würde Ihren Beitrag um ca. 96 EUR senken.

""" + SIG["lindqvist"] + "\n\n" + FOOT_DE, cte="base64")
    return m


@mail(120, "CONFIDENTIAL", "de", "insurer-to-broker",
      "tied agent receives an eVB for his customer: customer's name, DOB, address, vehicle")
def m120():
    m = new(120, STAFF["berger"], "Yusuf Demir <info@agentur-demir.example>",
            "eVB für Ihre Kundin Frau Aylin Kaya", date(4, 21, 8, 50))
    body(m, """Hallo Herr Demir,

hier die eVB für Ihre Kundin:

  eVB:        T3MB8QZ
  Kundin:     Aylin Kaya, geb. 30.10.1996
  Anschrift:  Rizzastraße 17, 56068 Koblenz
  Fahrzeug:   Fiat 500 Hybrid, gebraucht, FIN ZFA3120000J819442
  Tarif:      Kfz-Haftpflicht + Teilkasko, SF 2 (Übernahme vom Vater
              nicht möglich, da dieser weiterfährt)

Bitte den Antrag bis zum 05.05. im Portal nachreichen.

""" + SIG["berger"] + "\n\n" + FOOT_DE, cte="8bit")
    return m


@mail(121, "NORMAL", "de", "insurer-to-broker",
      "trap: renewal of the cooperation agreement with a broker GmbH (signature, IHK register number of the firm); no personal data")
def m121():
    m = new(121, STAFF["voss"], "Geschäftsführung Absicherungshaus Pfalz <gf@absicherungshaus.example>",
            "Courtagevereinbarung 2026 – Unterschrift Absicherungshaus Pfalz GmbH", date(4, 21, 13, 15))
    body(m, """Sehr geehrte Damen und Herren,

die neue Courtagevereinbarung (Fassung 04/2026) für die Absicherungshaus
Pfalz GmbH (Vermittlerregister D-W-143-QX7M-22, VP 40-233-81) liegt im
Maklerportal zur digitalen Unterschrift bereit.

Änderungen gegenüber 2023:
- Anlage 2: neue Courtagesätze Personenversicherung ab 01.04.2026,
- Anlage 5: Auftragsverarbeitung / Datenschutz (Übermittlung von
  Gesundheitsdaten nur verschlüsselt oder über das Portal),
- Kündigungsfrist jetzt 3 Monate zum Quartalsende.

Bitte unterschreiben bis 31.05.2026; danach gilt die alte Vereinbarung
mit den alten Sätzen weiter.

""" + SIG["voss"] + "\n\n" + FOOT_DE)
    return m


@mail(122, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
      "handover to the assistance company: named insured in hospital abroad with fracture and surgery, guarantee of payment")
def m122():
    m = new(122, STAFF["marchetti"], "GlobalAssist Medical Operations <ops@globalassist.example>",
            "New case: guarantee of payment - Ms Ingrid Sauer, Hospital Quirón Málaga", date(4, 22, 7, 15))
    body(m, """Hello team,

please take over the following case:

  Insured:   Ms Ingrid Sauer, DOB 09/04/1951, travel health policy
             RK-55-219880 (valid until 31/12/2026)
  Location:  Hospital Quirón Málaga, trauma ward, room 412
  Admitted:  21/04/2026 after a fall at the hotel
  Diagnosis: displaced femoral neck fracture left (S72.0), surgery
             (hemiarthroplasty) planned for today; known atrial
             fibrillation on apixaban, surgery delayed for that reason.
  Contact:   son Mr Jürgen Sauer, +49 170 5550 8123 (authorised)

Please issue a guarantee of payment up to EUR 25,000, check fitness to
fly after surgery and plan repatriation (stretcher, medical escort) to
Koblenz once cleared.

""" + "Kind regards,\nSophie Marchetti\nInternational Health & Travel Claims\nRheinau Krankenversicherung AG\nPhone +49 261 4090 4750\n\n" + FOOT_EN, cte="quoted-printable")
    return m


@mail(123, "CONFIDENTIAL", "en", "insurer-to-customer",
      "cancellation of a named customer's home contents policy on moving abroad: refund amount and IBAN, new UK address")
def m123():
    m = new(123, STAFF["berger"], "Hugh Pemberton <hugh.pemberton@britmail.example>",
            "Cancellation of your home contents policy HR-5520-039215", date(4, 22, 10, 0))
    body(m, """Dear Mr Pemberton,

we confirm the cancellation of your home contents insurance
HR-5520-039215 effective 30 April 2026, as you are moving back to the UK.

Unused premium refunded: EUR 67.40, to your account
DE36 4927 4350 3737 1721 08 (Hugh Pemberton). If you close the German
account before the refund arrives (about 10 days), please send us your
UK details instead.

We have noted your new address for our final letters:
14 Cavendish Road, Bristol BS6 7RG, United Kingdom.

All the best for your move.

""" + SIG["berger_en"] + "\n\n" + FOOT_EN)
    return m


@mail(124, "NORMAL", "en", "internal",
      "trap: CSV of health-claims cost per ICD-10 chapter and age band for group reporting; aggregates, small cells merged")
def m124():
    m = new(124, STAFF["lindqvist"], "Group Reporting <group-reporting@%s>" % D,
            "Health claims by diagnosis group Q1 2026 (CSV)", date(4, 23, 15, 30))
    txt = """Hello,

the Q1 file for the group report. Counts below 10 are merged into
"other" per the reporting rules, so nothing can be traced to a person.

Petra"""
    csv = """quarter\ticd_chapter\tdescription\tage_band\tclaims\tcost_eur
2026Q1\tC00-D48\tneoplasms\t18-49\t412\t2318004.10
2026Q1\tC00-D48\tneoplasms\t50+\t1190\t9871220.55
2026Q1\tF00-F99\tmental and behavioural\t18-49\t2231\t3122910.00
2026Q1\tF00-F99\tmental and behavioural\t50+\t987\t1407221.40
2026Q1\tI00-I99\tcirculatory\t18-49\t640\t1204881.20
2026Q1\tI00-I99\tcirculatory\t50+\t2917\t8804412.90
2026Q1\tM00-M99\tmusculoskeletal\t18-49\t3318\t4011260.00
2026Q1\tM00-M99\tmusculoskeletal\t50+\t5102\t9120400.30
2026Q1\tK00-K14\toral cavity / dental\tall\t14880\t6902114.75
2026Q1\tother\tmerged (cells < 10)\tall\t9021\t7480032.00
"""
    multi(m, "mixed", [part(txt, charset="us-ascii", cte="7bit"),
                       part(csv, subtype="tab-separated-values", charset="us-ascii", cte="7bit",
                            filename="health_claims_icd_2026Q1.tsv")], bnd(124))
    return m


@mail(125, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker",
      "group income protection for a company's German staff: XLSX lists named employees, DOBs, salaries and simplified health answers")
def m125():
    m = new(125, STAFF["wehrmann"], "Emily Carter <emily.carter@harbourfinch.example>",
            "Group IP - Thames Analytics GmbH: membership list checked", date(4, 24, 9, 45))
    txt = """Dear Emily,

we checked the membership list for the group income protection scheme of
Thames Analytics GmbH (Frankfurt branch). Everyone is within the free
cover limit except the two marked rows: one employee answered the
simplified health question with "yes" (actively at work: no, currently
on sick leave), and one salary exceeds the free cover limit. For these
two we need the individual health questionnaire.

The checked list is attached.

""" + SIG["wehrmann_en"] + "\n\n" + FOOT_EN
    x_ = xlsx([("Members", [
        ["Employee ID", "Name", "DOB", "Annual salary EUR", "Actively at work", "Benefit p.m. EUR", "UW status"],
        ["TA-0012", "Martin Hoehne", "1984-02-11", 96000, "yes", 4000, "free cover"],
        ["TA-0019", "Priyanka Shah", "1990-07-30", 82000, "yes", 3420, "free cover"],
        ["TA-0023", "Lukas Berndt", "1979-12-04", 71500, "no - sick leave since 02/2026 (burnout, per HR)", 2980, "INDIVIDUAL UW"],
        ["TA-0031", "Sophie Wagner", "1995-05-17", 58000, "yes", 2420, "free cover"],
        ["TA-0040", "Daniel Osei", "1987-09-09", 164000, "yes", 6830, "INDIVIDUAL UW (above free cover limit)"],
        ["TA-0044", "Eva Lindner", "1992-03-25", 64000, "yes", 2670, "free cover"]])],
        title="Thames Analytics group IP", creator="Jonas Wehrmann", created="2026-04-24T07:30:00Z")
    multi(m, "mixed", [part(txt, cte="7bit", charset="us-ascii"), att(x_, XLSX_T, "Thames_Analytics_GIP_members_checked.xlsx")],
          bnd(125))
    return m


@mail(126, "NORMAL", "en", "insurer-to-broker",
      "trap: broker asks how a disability claim is processed in general; generic process description with medical-report vocabulary")
def m126():
    m = new(126, STAFF["brenner"], "Emily Carter <emily.carter@harbourfinch.example>",
            "RE: How do you handle income protection claims? (general)", date(4, 27, 10, 10),
            irt="<HF-ML-5790@mail.harbourfinch.example>")
    body(m, """Dear Ms Carter,

happy to explain our general process, so you can prepare your clients:

1. Claim form: the insured describes the occupation (a typical working
   week in hours and tasks) and the health problems.
2. Medical evidence: we ask the treating doctors for reports, with a
   confidentiality release for each doctor signed by the client.
3. If needed, an independent expert examination, paid by us.
4. Decision: usually within 6 weeks after all documents are in. We may
   recognise a claim for a limited period once, if recovery is likely.
5. Follow-up reviews, typically every 1-2 years.

Most delays come from missing doctors' reports. Brokers can help most by
making sure the job description is detailed.

Kind regards

Thomas Brenner
Income Protection Claims
Rheinau Lebensversicherung AG
Phone +49 261 4090-3540

""" + FOOT_EN, charset="us-ascii", cte="7bit")
    return m


@mail(127, "NORMAL", "de", "insurer-to-press",
      "trap: press statement denying a data-leak rumour, mentions health data and customers in general; no individual")
def m127():
    m = new(127, STAFF["fuchs"], "Redaktion Koblenzer Tagesanzeiger <redaktion@tagesanzeiger-ko.example>",
            "Stellungnahme: angebliches Datenleck bei Rheinau", date(4, 27, 16, 45))
    body(m, """Sehr geehrte Frau Wirtz,

zu Ihrer Anfrage von heute Mittag geben wir folgende Stellungnahme ab,
die Sie gern vollständig oder in Auszügen zitieren können:

"Nach unserem derzeitigen Kenntnisstand gibt es kein Datenleck bei der
Rheinau Versicherungsgruppe. Die in einem Online-Forum veröffentlichten
Listen stammen nicht aus unseren Systemen: Sie enthalten
Vertragsnummern in einem Format, das wir nicht verwenden. Gesundheits-
daten, Arztberichte oder Bankverbindungen unserer Kundinnen und Kunden
sind nicht betroffen. Wir haben den Sachverhalt vorsorglich dem
Landesbeauftragten für den Datenschutz gemeldet und Strafanzeige
erstattet."

Für ein Hintergrundgespräch mit unserem Datenschutzbeauftragten stehe
ich morgen ab 10 Uhr zur Verfügung.

""" + SIG["fuchs"] + "\n\n" + FOOT_DE)
    return m


@mail(128, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "term-life acceptance for a named customer with smoker rates and a loading for elevated blood pressure")
def m128():
    m = new(128, STAFF["wehrmann"], "Marvin Kessler <marvin.kessler@netzmail.example>",
            "Ihre Risikolebensversicherung RL-26-003344 – Annahme", date(4, 28, 9, 30))
    body(m, """Sehr geehrter Herr Kessler,

wir nehmen Ihren Antrag auf eine Risikolebensversicherung über 200.000 EUR
(Laufzeit 25 Jahre, zugunsten Ihrer Partnerin) an – mit zwei Anpassungen:

1. Sie haben angegeben, täglich E-Zigaretten mit Nikotin zu nutzen. Das
   werten wir wie Rauchen; der Beitrag richtet sich nach dem
   Rauchertarif (46,20 statt 19,80 EUR monatlich). Wenn Sie 12 Monate
   nikotinfrei sind, stufen wir Sie auf Antrag um.
2. Wegen der erhöhten Blutdruckwerte in der Untersuchung (158/98, noch
   unbehandelt) erheben wir einen Zuschlag von 25 % (11,55 EUR).
   Bitte lassen Sie das hausärztlich abklären; bei gut eingestellten
   Werten überprüfen wir den Zuschlag.

Neuer Monatsbeitrag: 57,75 EUR. Die Police erhalten Sie in den nächsten
Tagen. Sie können der Anpassung innerhalb eines Monats widersprechen.

""" + SIG["wehrmann"] + "\n\n" + FOOT_DE)
    return m


@mail(129, "CONFIDENTIAL", "de", "insurer-to-customer",
      "private liability: a named customer's washing machine flooded the neighbour's flat; claim number, neighbour, costs; nobody hurt")
def m129():
    m = new(129, STAFF["reimann"], "Tanja Herzog <tanja.herzog@mailhaus.example>",
            "Wasserschaden in der Wohnung unter Ihnen – PH-26-02244", date(4, 28, 14, 0))
    body(m, """Sehr geehrte Frau Herzog,

der Schaden, den der geplatzte Zulaufschlauch Ihrer Waschmaschine am
24.04.2026 in der Wohnung von Herrn Günter Faßbender (2. OG,
Kaiserin-Augusta-Ring 9, Koblenz) verursacht hat, ist über Ihre
Privathaftpflichtversicherung PH-5530-058830 gedeckt.

Schaden-Nr.: PH-26-02244
Betroffen: Deckenfarbe Bad und Flur, ein Schrank (Spanplatte aufgequollen)
Kostenvoranschlag Malerbetrieb: 1.640 EUR, Schrank Zeitwert ca. 180 EUR

Verletzt wurde niemand. Bitte leiten Sie die Rechnung des Malers an uns
weiter, wir zahlen direkt an Herrn Faßbender. Schäden am Gebäude selbst
(Estrich) regelt die Wohngebäudeversicherung der Eigentümergemeinschaft.

""" + SIG["reimann"] + "\n\n" + FOOT_DE, charset="iso-8859-1", cte="quoted-printable")
    return m


@mail(130, "NORMAL", "en", "insurer-to-customer",
      "trap: out-of-office auto-reply in English naming medical claims and emergency numbers; no customer data")
def m130():
    m = new(130, STAFF["marchetti"], "Liam Brennan <liam.brennan@irishpost.example>",
            "Automatic reply: Hospital bill from Lisbon", date(4, 29, 8, 1),
            extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    body(m, """Thank you for your email. I am out of the office until 11 May 2026.

For medical emergencies abroad please call our 24/7 assistance line
+49 261 4090 4700 - they can confirm cost coverage to hospitals directly.

Claims documents (invoices, medical reports) can be uploaded in the
customer portal; my colleagues in International Health & Travel Claims
will process them in my absence (claims.international@rheinau-versicherung.example).

Sophie Marchetti""", charset="us-ascii", cte="7bit")
    return m


@mail(131, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
      "electronic broker post with neutral body; the PDF is a named customer's BU policy schedule with a shoulder exclusion clause")
def m131():
    m = new(131, "Rheinau Vermittlerpost <vermittlerpost@%s>" % D, "Absicherungshaus Pfalz GmbH <post@absicherungshaus.example>",
            "Vermittlerpost: Dokument 2026-04-29-000418 (Police)", date(4, 29, 6, 3), style="sys",
            extra=[("X-Rheinau-Dokumenttyp", "Police"), ("Auto-Submitted", "auto-generated")])
    txt = """Guten Tag,

anbei erhalten Sie ein Dokument aus der elektronischen Vermittlerpost.

Vertragspartner: Absicherungshaus Pfalz GmbH (VP 40-233-81)
Dokumenttyp: Police
Dokument-ID: 2026-04-29-000418

Diese Nachricht wurde automatisch erstellt."""
    p = pdf(["# Rheinau Lebensversicherung AG - Versicherungsschein",
             "Berufsunfähigkeitsversicherung BU-Premium 26",
             "",
             "Versicherungsschein-Nr.: BU 44-0512093   Ausfertigung vom 28.04.2026",
             "Versicherungsnehmer und versicherte Person: Sebastian Roos, geb. 13.06.1992",
             "Anschrift: Weinbergstraße 4, 67487 Maikammer",
             "Beruf bei Antragstellung: Landschaftsgärtner (Vorarbeiter)",
             "",
             "Monatliche BU-Rente: 1.500,00 EUR   Leistungsdauer bis 67   Versicherungsdauer bis 67",
             "Beitrag: 88,17 EUR monatlich (Bruttobeitrag 131,42 EUR)",
             "",
             "* Besondere Vereinbarung (Leistungsausschluss)",
             "Berufsunfähigkeit, die ganz oder teilweise durch Erkrankungen oder Verletzungen der rechten Schulter einschließlich der Rotatorenmanschette und deren Folgen verursacht wird, ist vom Versicherungsschutz ausgeschlossen.",
             "Grund: Rotatorenmanschettenteilruptur rechts 2024 (M75.1), konservativ behandelt.",
             "Überprüfung auf Antrag frühestens nach 3 beschwerdefreien Jahren.",
             "",
             "Bezugsrecht: versicherte Person"],
            title="Police BU 44-0512093", date="20260428220000+02'00'")
    multi(m, "mixed", [part(txt, cte="8bit"), att(p, "application/pdf", "2026-04-29-000418.pdf")], bnd(131, style="x"))
    return m


@mail(132, "CONFIDENTIAL", "en", "insurer-to-customer",
      "hit-and-run damage to a named customer's parked car: plate, claim number, police file, comprehensive cover; nobody hurt")
def m132():
    m = new(132, STAFF["hartung"], "Aisha Bello <aisha.bello@westmail.example>",
            "Hit-and-run damage K-26-006702 - next steps", date(4, 30, 11, 40))
    body(m, """Dear Ms Bello,

I'm sorry someone hit your parked car and drove off. As the driver is
unknown, the damage falls under your comprehensive cover:

  Policy:      KF-7731-158814 (comprehensive, deductible EUR 300)
  Vehicle:     Hyundai Kona, KO-AB 1990
  Claim:       K-26-006702
  Police:      PI Koblenz 1, file no. 0412-26-007015 (hit and run)

Your no-claims class will be downgraded unless the police identify the
other driver - in that case we claim from their insurer and restore your
class. Please send the repair estimate; our partner garage in
Koblenz-Lützel can also handle it for you.

""" + SIG["hartung_en"] + "\n\n" + FOOT_EN)
    return m


@mail(133, "NORMAL", "de", "internal",
      "trap: organising a staff health day (blood-pressure checks, back training) with purchase of monitors; no individual")
def m133():
    m = new(133, STAFF["eckert"], "Oliver Grundmann <oliver.grundmann@%s>" % D,
            "Gesundheitstag 04.06. – Blutdruckmessgeräte und Rückenkurs", date(5, 4, 10, 20))
    body(m, """Hallo Oliver,

für den Gesundheitstag am 04.06. brauchen wir bitte:

- 4 Blutdruckmessgeräte (Oberarm, validiert) für die Messstation der
  Betriebsärztin – die Werte bekommt nur der Mitarbeiter selbst auf
  einem Zettel, wir speichern nichts,
- 20 Gymnastikmatten für den Rückenkurs der Techniker-Physios,
- Obst und Wasser für ca. 300 Personen.

Budget ist über die Kostenstelle 9120 (BGM) freigegeben. Kannst du die
Geräte wieder bei MedSupply bestellen?

Danke!
""" + SIG["eckert"])
    return m


@mail(134, "STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "maternity benefits for a named expat customer: pregnancy week, due date, birth clinic, prenatal tests")
def m134():
    m = new(134, STAFF["marchetti"], "Mei Lin Chen <meilin.chen@orientmail.example>",
            "Maternity cover under GlobalCare - your questions", date(5, 5, 9, 10))
    body(m, """Dear Ms Chen,

congratulations on your pregnancy! To your questions, under your policy
GC-PR-0094407 (GlobalCare Premium, maternity waiting period of 10 months
completed in January):

- Your due date is 14 October 2026 (week 14 now, as you wrote). The
  birth at the St. Elisabeth Geburtsklinik in Koblenz, including a
  private room, is covered; please send the hospital's cost estimate.
- Prenatal care, all ultrasound scans and the first-trimester screening
  are covered. The non-invasive prenatal test (NIPT) you mentioned is
  covered because your gynaecologist recommended it (age over 35).
- Your newborn can be added without health questions if you register
  the baby within two months of birth.

Please send medical documents via the customer portal, not by email.

""" + SIG["marchetti"] + "\n\n" + FOOT_EN, charset="us-ascii", cte="7bit")
    return m


@mail(135, "CONFIDENTIAL", "de", "insurer-to-broker",
      "onboarding a sole-trader broker: his date of birth, IHK register number, tax number and private IBAN")
def m135():
    m = new(135, STAFF["voss"], "Lars Kühn Finanzberatung <lars.kuehn@kuehn-finanz.example>",
            "Ihre Anbindung als Makler – Stammdaten zur Kontrolle", date(5, 5, 14, 30))
    body(m, """Sehr geehrter Herr Kühn,

willkommen bei Rheinau! Bitte prüfen Sie Ihre Stammdaten, bevor wir
Ihre Vermittlernummer freischalten:

  Name:                 Lars Kühn, Versicherungsmakler (Einzelunternehmer)
  Geburtsdatum:         03.12.1985
  Geschäftsanschrift:   Am Markt 2, 56154 Boppard
  Vermittlerregister:   D-4K8P-WB2T1-77 (Erlaubnis § 34d Abs. 1 GewO)
  Steuernummer:         40/218/33091
  Courtagekonto:        DE71 5094 0234 4170 9278 30 (Kontoinhaber Lars Kühn)
  Vermögensschadenhaftpflicht: Policen-Nr. VH-2291187, Nachweis liegt vor

Wenn alles stimmt, antworten Sie bitte mit "bestätigt". Ihr
Einmal-Passwort für das Maklerportal erhalten Sie anschließend per SMS.

""" + SIG["voss"] + "\n\n" + FOOT_DE)
    return m


@mail(136, "NORMAL", "en", "insurer-to-supplier",
      "trap: technical notice to a broker-software vendor about BiPRO 430 changes and document types (incl. medical reports); no data")
def m136():
    m = new(136, STAFF["kowalski"], "Integration Team BrokerSoft <integration@brokersoft.example>",
            "BiPRO 430 broker post: new document types from 1 June", date(5, 6, 10, 0))
    body(m, """Hello integration team,

from 1 June 2026 our broker post (BiPRO 430.4 transfer service) delivers
three new document categories:

  Code    Category                        Note
  LV-UW   underwriting decision life/BU   contains health data -> only
                                          via authenticated transfer
  KV-LA   health claims statement         same
  AGT-CS  commission statement            unchanged, new XML schema 1.3

Please make sure your client stores these categories in the restricted
folder of the broker's file and does not forward them by e-mail
automatically. The test environment (bipro-test.rheinau-versicherung.example)
has synthetic documents for all three types (test persons "Erika Test" and
"Max Test", no real data).

Regards,
""" + SIG["kowalski"], charset="us-ascii", cte="7bit")
    return m


@mail(137, "NORMAL", "en", "insurer-to-broker",
      "trap: broker asks generally about hypertension in term life; generic rating answer, no client data")
def m137():
    m = new(137, STAFF["wehrmann"], "Marco Rüegg <m.rueegg@alpen-expat.example>",
            "RE: General question - treated hypertension and term life", date(5, 7, 15, 15),
            irt="<AE-Q-20260507@alpen-expat.example>")
    body(m, """Hi Marco,

general rules, no specific client:

- Treated hypertension with readings below 140/90 and no organ damage:
  standard terms for term life and usually also for income protection.
- Readings 140-159 / 90-99 despite treatment: +25 % to +50 %.
- Higher readings or signs of organ damage (heart, kidneys, eyes):
  individual assessment, often postponement until better controlled.

For a binding view on a client, please send a pre-enquiry via the portal.

""" + SIG["wehrmann_en"] + """

> Hi Jonas, a general question: how do you treat hypertension on
> medication for term life? Many of my expat clients in their 40s are
> on ramipril or similar. Thanks, Marco
""", charset="us-ascii", cte="7bit")
    return m


@mail(138, "CONFIDENTIAL", "en", "insurer-to-customer",
      "cyber insurance claim of a sole-trader designer: ransomware incident, forensic costs, her business turnover; no health data")
def m138():
    m = new(138, STAFF["sauer"], "Jana Vogel Design <studio@janavogel-design.example>",
            "Cyber claim CY-26-00071 - ransomware on your studio laptop", date(5, 8, 9, 0))
    body(m, """Dear Ms Vogel,

thank you for reporting the ransomware attack on your studio laptop on
6 May. Your cyber policy CY-5900-000412 (sole trader, turnover band up
to EUR 250,000 - declared 2025 turnover EUR 142,000) covers:

- the IT forensics firm we sent (SecureResponse Koblenz), costs so far
  EUR 2,380, paid directly by us;
- data restoration from your cloud backup;
- business interruption: EUR 310 per day from day 2, as agreed.

We do not pay ransom. The forensics report says that no client data was
exfiltrated; if that changes, we will support you with the notification
to the data-protection authority.

""" + SIG["sauer_en"] + "\n\n" + FOOT_EN, charset="us-ascii", cte="7bit")
    return m


@mail(139, "NORMAL", "en", "insurer-to-partner",
      "trap: SLA and fee schedule with the medical-examination network (ECG, blood tests, HIV tests); prices only, no examinee")
def m139():
    m = new(139, STAFF["albers"], "Key Account MediCheck <keyaccount@medicheck.example>",
            "SLA 2026/27 - fee schedule and turnaround times", date(5, 11, 11, 30))
    body(m, """Dear Mr Falk,

thank you for the revised offer. We agree to the following, effective
1 July 2026:

  Service                                          Fee EUR   Turnaround
  Medical examination incl. resting ECG             145.00    5 days
  Blood panel (FBC, liver, kidney, lipids, HbA1c)    62.00    3 days
  HIV / hepatitis B/C serology (with consent)        38.00    3 days
  Urinalysis incl. cotinine                          18.00    3 days
  Exercise ECG                                      160.00    7 days
  Home visit surcharge                               45.00    -

Reports are transmitted only via the encrypted SFTP channel; please
deactivate the e-mail dispatch option in your system for Rheinau.

Kind regards

Dr. med. Katrin Albers
Chief Medical Officer, Rheinau Lebensversicherung AG
""", charset="us-ascii", cte="7bit")
    return m


@mail(140, "STRICTLY_CONFIDENTIAL", "de", "doctor",
      "internal inline forward of a GP's report (windows-1252) on a named BU applicant: diagnoses, medication, sick days")
def m140():
    m = new(140, STAFF["wehrmann"], "Dr. Katrin Albers <katrin.albers@%s>" % D,
            "WG: Befundbericht Patrick Sommer (BU-26-004702)", date(5, 11, 14, 40))
    body(m, """Katrin, der Bericht von Frau Dr. Brandt ist da (kam leider doch per
Mail statt Fax). Ich würde Normalannahme mit Ausschluss Tinnitus
vorschlagen – siehst du das auch so?

Jonas

-----Ursprüngliche Nachricht-----
Von: Praxis Dr. Ulrike Brandt <praxis@praxis-brandt.example>
Gesendet: Montag, 11. Mai 2026 12:15
An: Wehrmann, Jonas
Betreff: Befundbericht Patrick Sommer (BU-26-004702)

Sehr geehrter Herr Wehrmann,

zu Ihrer Anfrage vom 27.01.2026 betreffend Herrn Patrick Sommer,
geb. 21.11.1988:

1. Diagnosen: M54.5 Lumbago (03/2023, abgeheilt), H91.2 Hörsturz rechts
   (05/2024) mit Tinnitus aurium rechts (H93.1), J30.1 allergische
   Rhinopathie durch Pollen.
2. Rücken: keine Ausstrahlung, neurologisch unauffällig, keine
   Bildgebung; 6x Physiotherapie, seither beschwerdefrei.
3. Tinnitus besteht kompensiert fort (Grad 1 nach Goebel/Hiller), keine
   Hörminderung im Audiogramm 02/2025, keine psychische Belastung
   berichtet.
4. Keine weiteren Behandlungen geplant.
AU-Zeiten: 2023 21 Tage, 2024 10 Tage, 2025 keine.

Mit freundlichen Grüßen
Dr. med. Ulrike Brandt
Fachärztin für Allgemeinmedizin
""", charset="windows-1252", cte="quoted-printable")
    return m


@mail(141, "NORMAL", "en", "internal",
      "trap: travel-claims team memo on travel warnings, dengue outbreaks and medical evacuation costs; no individual")
def m141():
    m = new(141, STAFF["marchetti"], "Travel Claims Team <travel-claims@%s>" % D,
            "Season briefing: dengue, heat, evacuation costs", date(5, 12, 8, 45))
    body(m, flow("""Hi team,

a few points before the summer season:

- Dengue: large outbreaks in Brazil, Thailand and Bangladesh. Expect more outpatient claims with lab tests and some hospital stays; please do not ask for medical reports for uncomplicated cases under EUR 1,000.
- Heat: last summer we had 40 % more claims for heat exhaustion and dehydration in southern Europe, mostly travellers over 70.
- Air ambulance costs went up about 12 %. Any repatriation over EUR 30,000 needs my sign-off, as before.
- Travel warnings of the Foreign Office: trips started after a warning was issued are not covered for cancellation; check the date of the warning, not the date of the claim.

Thanks!
Sophie
"""), charset="us-ascii", cte="7bit", flowed=True)
    return m


@mail(142, "NORMAL", "de", "internal",
      "trap: DPIA draft (ODT) for an AI pre-underwriting tool with fictitious sample applicants and risk analysis")
def m142():
    m = new(142, STAFF["sandmann"], "Dr. Katrin Albers <katrin.albers@%s>" % D,
            "DSFA-Entwurf 'Sofortentscheidung Leben/BU' – bitte um Kommentare bis 22.05.", date(5, 13, 9, 30),
            cc="Daniel Kowalski <daniel.kowalski@%s>" % D)
    txt = """Liebe Katrin,

anbei der Entwurf der Datenschutz-Folgenabschätzung für das neue
Sofortentscheidungs-Tool. Die Beispielfälle im Anhang sind frei erfunden
(das Tool wurde mit synthetischen Daten getestet). Bitte insbesondere
Abschnitt 4 (Risiken für Betroffene) fachlich prüfen.

""" + SIG["sandmann"]
    o = odt([("h", "Datenschutz-Folgenabschätzung (Art. 35 DSGVO) – Sofortentscheidung Leben/BU"),
             "Stand: Entwurf 0.3, 13.05.2026, Verantwortlich: Rheinau Lebensversicherung AG",
             ("b", "1. Beschreibung der Verarbeitung"),
             "Das Tool bewertet die Antworten auf die Gesundheitsfragen im Antrag regelbasiert und trifft in einfachen Fällen eine sofortige Annahmeentscheidung. Verarbeitet werden Gesundheitsdaten (Art. 9 DSGVO), Beruf, Größe/Gewicht, Raucherstatus.",
             ("b", "2. Notwendigkeit und Verhältnismäßigkeit"),
             "Keine Ablehnung ohne menschliche Prüfung (Art. 22 DSGVO). Ablehnungen und Zuschläge nur durch Risikoprüfer.",
             ("b", "3. Testfälle (synthetisch, fiktive Personen)"),
             ("t", [["Testfall", "Angaben", "Ergebnis Tool"],
                    ["T-01 'Erika Test'", "w, 34, Bürokauffrau, keine Behandlungen", "Sofortannahme"],
                    ["T-02 'Max Test'", "m, 45, Heuschnupfen, Bluthochdruck behandelt", "Sofortannahme"],
                    ["T-03 'Hans Beispiel'", "m, 52, Herzinfarkt 2021", "Weiterleitung Risikoprüfung"]]),
             ("b", "4. Risiken für Betroffene"),
             "Fehlklassifikation, Diskriminierung bestimmter Erkrankungen, Offenlegung von Gesundheitsdaten durch Fehlversand. Maßnahmen: Protokollierung, Stichproben, verschlüsselte Übermittlung."],
            title="DSFA Sofortentscheidung", creator="Dr. Henrik Sandmann", created="2026-05-13T07:15:00Z")
    multi(m, "mixed", [part(txt), att(o, ODT_T, "DSFA_Sofortentscheidung_Entwurf_0.3.odt")], bnd(142))
    return m


@mail(143, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
      "PKV application of a named applicant declined because of Crohn's disease with biologic therapy; DOB, treatment details")
def m143():
    m = new(143, STAFF["arslan"], "Ingrid Hoffmeister <buero@hoffmeister-makler.example>",
            "Antrag KV-26-15022 Herr Timo Brückner – Ablehnung", date(5, 13, 13, 5))
    body(m, """Sehr geehrte Frau Hoffmeister,

leider können wir den Antrag Ihres Kunden Herrn Timo Brückner
(geb. 08.01.1997) auf Krankheitskostenvollversicherung (KomfortMed 1)
nicht annehmen.

Grund: Morbus Crohn (K50.8) mit Befall von Ileum und Kolon, seit 2022
Therapie mit Adalimumab (Biologikum, ca. 14.000 EUR Medikamentenkosten
jährlich), 2025 eine stationäre Behandlung wegen eines Schubs. Das Risiko
ist für uns auch mit Zuschlag nicht kalkulierbar.

Ihr Kunde kann sich jederzeit im Basistarif versichern; dort gibt es
keine Risikoprüfung. Eine stationäre Zusatzversicherung zur gesetzlichen
Krankenversicherung wäre mit Ausschluss der Darmerkrankung möglich.

Die Ablehnung teilen wir Herrn Brückner auch direkt schriftlich mit.

""" + SIG["arslan"] + "\n\n" + FOOT_DE)
    return m


@mail(144, "CONFIDENTIAL", "de", "insurer-to-customer",
      "motor insurance confirmation for a leasing company about a named customer's leased car: policy, VIN, cover")
def m144():
    m = new(144, STAFF["berger"], "Versicherungsnachweise Mosel Leasing <nachweise@mosel-leasing.example>",
            "Versicherungsbestätigung Leasingvertrag ML-2026-04471 / Frau Petra Lemke", date(5, 15, 10, 10))
    body(m, """Sehr geehrte Damen und Herren,

wir bestätigen Versicherungsschutz für das folgende Leasingfahrzeug:

  Leasingnehmerin / VN:  Petra Lemke, Hauptstraße 61, 56269 Dierdorf
  Leasingvertrag:        ML-2026-04471
  Fahrzeug:              BMW iX1 eDrive20, FIN WBA11EF0X05R88214
  Kennzeichen:           NR-PL 307
  Vertrag:               KF-7731-162270
  Deckung:               Haftpflicht 100 Mio. EUR, Vollkasko SB 500 EUR,
                         GAP-Deckung eingeschlossen
  Sicherungsschein:      zugunsten Mosel Leasing GmbH ausgestellt

Beginn: 12.05.2026. Bei Beitragsrückstand oder Kündigung informieren wir
Sie gemäß Sicherungsschein.

""" + SIG["berger"] + "\n\n" + FOOT_DE)
    return m


@mail(145, "NORMAL", "en", "internal",
      "trap: phishing warning to staff quoting a fake 'medical report' lure and a fake IBAN-change request; no real data")
def m145():
    m = new(145, STAFF["kowalski"], "Alle Mitarbeitenden <alle@%s>" % D,
            "Phishing alert: fake 'medical report' and 'new bank details' mails", date(5, 18, 8, 20))
    body(m, """Hi all,

since Friday we see a phishing wave aimed at claims teams. Two patterns:

1. Subject "Arztbericht / medical report - urgent" with a ZIP attachment
   "Befund_2026.zip". It contains malware. Real doctors' reports come via
   fax, post or the secure upload, never as ZIP from a freemail address.
2. "Change of bank details" from a supposed broker, asking to pay
   commission to a new IBAN. Always call the broker back on the number in
   our system before changing anything.

If you clicked: unplug the network cable and call -3900. Report
suspicious mails with the "Report phishing" button.

""" + SIG["kowalski"], charset="us-ascii", cte="7bit")
    return m


@mail(146, "NORMAL", "de", "insurer-to-broker",
      "trap: broker asks about underwriting turnaround times; answer with average durations and tips, no case data")
def m146():
    m = new(146, STAFF["trepte"], "Ingrid Hoffmeister <buero@hoffmeister-makler.example>",
            "AW: Bearbeitungszeiten Risikoprüfung", date(5, 19, 11, 0), irt="<0b2c@hoffmeister-makler.example>")
    body(m, """Liebe Frau Hoffmeister,

ich habe bei der Risikoprüfung nachgefragt, aktuelle Durchschnittswerte
(April 2026):

- BU/RLV ohne Rückfragen: 3 Arbeitstage (Sofortentscheidung im Portal:
  sofort)
- mit Arztbericht: 16 Arbeitstage, davon im Schnitt 11 Tage Warten auf
  den Bericht
- anonyme Risikovoranfrage: 4 Arbeitstage
- PKV-Vollversicherung: 7 Arbeitstage

Am meisten hilft, wenn Zusatzfragebögen gleich mit dem Antrag kommen und
die Schweigepflichtentbindung für alle genannten Ärzte angekreuzt ist.

Viele Grüße
""" + SIG["trepte"] + """

> Hallo Herr Trepte, meine Kunden fragen oft, wie lange die
> Gesundheitsprüfung bei Ihnen dauert. Haben Sie aktuelle Zahlen?
> Gruß I. Hoffmeister
""", cte="8bit")
    return m


@mail(147, "NORMAL", "de", "newsletter",
      "trap: mass customer-satisfaction survey invitation mentioning claims, health benefits and hospital stays generally")
def m147():
    m = new(147, "Rheinau Kundenbefragung <umfrage@%s>" % D, "kundenbefragung@%s" % D,
            "Wie zufrieden waren Sie mit uns? (3 Minuten)", date(5, 20, 17, 0), style="sys",
            extra=[("List-Unsubscribe", "<mailto:abmelden@%s?subject=umfrage>" % D), ("Precedence", "bulk")])
    txt = """Liebe Kundin, lieber Kunde,

Sie hatten in den letzten Monaten Kontakt mit uns – vielleicht wegen
einer Schadenmeldung, einer Arztrechnung oder eines Krankenhausaufent-
halts. Wie zufrieden waren Sie mit der Bearbeitung?

Die Umfrage dauert etwa 3 Minuten und ist anonym. Wir fragen nicht nach
Ihrer Vertragsnummer oder Ihrer Gesundheit.

Zur Umfrage: https://umfrage.rheinau-versicherung.example/k26

Unter allen Teilnehmenden verlosen wir 20 Fitness-Tracker.

Vielen Dank!
Ihre Rheinau Versicherungsgruppe

Abmelden: abmelden@rheinau-versicherung.example"""
    html = """<html><body style="font-family:Verdana,sans-serif;font-size:13px">
<p>Liebe Kundin, lieber Kunde,</p>
<p>Sie hatten in den letzten Monaten Kontakt mit uns &ndash; vielleicht wegen einer Schadenmeldung, einer Arztrechnung oder eines Krankenhausaufenthalts. <b>Wie zufrieden waren Sie?</b></p>
<p>Die Umfrage dauert etwa 3 Minuten und ist anonym.</p>
<p><a href="https://umfrage.rheinau-versicherung.example/k26" style="background:#14506e;color:#fff;padding:8px 14px;text-decoration:none">Zur Umfrage</a></p>
<p>Unter allen Teilnehmenden verlosen wir 20 Fitness-Tracker.</p>
<p style="font-size:10px;color:#888"><a href="mailto:abmelden@rheinau-versicherung.example">Abmelden</a></p>
</body></html>"""
    multi(m, "alternative", [part(txt, cte="quoted-printable"), part(html, subtype="html")], bnd(147, style="x"))
    return m


@mail(148, "NORMAL", "de", "insurer-to-supplier",
      "trap: catering order for the broker day with counts of vegetarian, vegan and gluten-free meals; no names")
def m148():
    m = new(148, STAFF["grundmann"], "Bankett Weindorf Koblenz <bankett@weindorf-koblenz.example>",
            "Maklertag 18.06.2026 – finale Personenzahl und Sonderessen", date(5, 25, 9, 40))
    body(m, """Sehr geehrte Frau Braun,

für unseren Maklertag am 18.06.2026 (Saal Rheingold, 9:30-17:00 Uhr)
die finalen Zahlen:

- Teilnehmende: 146 Personen
- davon vegetarisch 31, vegan 9, glutenfrei 4, laktosefrei 6
- Stehkaffee ab 9:00, Mittagsbuffet 12:30, Kuchen 15:00
- Getränkepauschale wie angeboten (AN-2026-118)

Die Sonderessen bitte kennzeichnen, Namen erhalten Sie aus Datenschutz-
gründen nicht; die Gäste melden sich am Buffet.

Rechnung bitte an rechnungseingang@rheinau-versicherung.example mit
Bestellnummer 4500019044.

""" + SIG["grundmann"] + "\n\n" + FOOT_DE, charset="iso-8859-1", cte="quoted-printable")
    return m


@mail(149, "STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "care daily allowance for a named customer's mother with dementia, care level 2 assessment and monthly benefit")
def m149():
    m = new(149, STAFF["dietz"], "Frank Ebert <frank.ebert@familienmail.example>",
            "PflegeTagegeld für Ihre Mutter – Leistungszusage", date(5, 26, 10, 30))
    body(m, """Sehr geehrter Herr Ebert,

vielen Dank für die Unterlagen zur Pflegebedürftigkeit Ihrer Mutter,
Frau Hildegard Ebert (geb. 02.09.1940), Versicherungsnummer PT 88-017 442.
Sie haben uns die Vollmacht vom 03.03.2026 vorgelegt.

Laut Gutachten vom 12.05.2026 besteht seit 01.04.2026 Pflegegrad 2
(Alzheimer-Demenz, Orientierungs- und Gedächtnisstörungen, Hilfe bei
Körperpflege und Medikamenteneinnahme). Aus dem PflegeTagegeld-Tarif
PT-Komfort zahlen wir daher:

  Pflegegrad 2: 30 % von 50 EUR Tagessatz = 15 EUR täglich
  Nachzahlung April/Mai: 915,00 EUR
  laufend ab Juni: monatlich ca. 450 EUR

Ab Pflegegrad 2 entfällt außerdem die Beitragszahlung (Beitragsbefreiung
ab 01.05.2026). Bei einer Verschlechterung beantragen Sie bitte eine
Höherstufung – der Tagessatz steigt dann.

""" + SIG["dietz"] + "\n\n" + FOOT_DE)
    return m


@mail(150, "CONFIDENTIAL", "en", "insurer-to-lawyer",
      "motor liability claim letter to a claimant's lawyer: named claimant, vehicle damage, rental and settlement; no injury")
def m150():
    m = new(150, STAFF["hartung"], "Kanzlei Dr. Stein & Kollegen <kanzlei@stein-kollegen.example>",
            "Your client Mr Andrew Collins - claim K-26-005880 (our insured: Mr Karl Ehrlich)", date(5, 28, 14, 20))
    body(m, """Dear Dr. Stein,

regarding your letter of 19 May 2026 on behalf of Mr Andrew Collins
(Hamburg) concerning the accident on 30 April 2026 on the A61 near
Koblenz-Metternich with our insured Mr Karl Ehrlich (KO-KE 300, policy
KF-7731-101155):

We accept full liability. Your client confirmed that he was not injured,
so only property damage is claimed. We will pay:

  repair costs per expert report (net, as claimed)   EUR 7,284.10
  expert fee                                         EUR   912.30
  rental car 8 days (group C)                        EUR   856.00
  general expenses                                   EUR    25.00
  your fees (1.3 business fee, RVG, from EUR 9,077.40) EUR   973.66

Payment to your client account as stated in your letter within 7 days.

""" + SIG["hartung_en"] + "\n\n" + FOOT_EN)
    return m


# =====================================================================
# Build and check
# =====================================================================


def build(outdir):
    os.makedirs(os.path.join(outdir, "mails"), exist_ok=True)
    rows = ["file\tlabel\tlang\tkind\treason"]
    seen = set()
    for n, label, lang, kind, reason, f in sorted(MAILS, key=lambda t: t[0]):
        assert n not in seen, n
        seen.add(n)
        msg = f()
        name = "%s%04d.eml" % (PREFIX, n)
        with open(os.path.join(outdir, "mails", name), "wb") as fh:
            fh.write(msg.as_bytes(policy=SMTP))
        rows.append("\t".join((name, label, lang, kind, reason)))
    with open(os.path.join(outdir, "labels.tsv"), "w", encoding="utf-8", newline="\n") as fh:
        fh.write("\n".join(rows) + "\n")
    return len(seen)


def _pdf_text(data):
    if not data.startswith(b"%PDF-"):
        return ""
    txt = []
    for m in re.finditer(rb"<<([^>]*?)/Filter\s*/FlateDecode([^>]*?)>>\s*stream\r?\n(.*?)\r?\nendstream", data, re.S):
        try:
            raw = zlib.decompress(m.group(3))
        except zlib.error:
            continue
        for s in re.findall(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", raw):
            s = re.sub(rb"\\([0-7]{3})", lambda k: bytes([int(k.group(1), 8)]), s)
            s = re.sub(rb"\\(.)", rb"\1", s)
            txt.append(s.decode("cp1252"))
    return "\n".join(txt)


def _check_file(name, data, where, errs, stats):
    low = name.lower()
    ext = low.rsplit(".", 1)[-1] if "." in low else ""
    stats[ext] = stats.get(ext, 0) + 1
    if ext in ("zip", "xlsx", "docx", "odt", "ods"):
        try:
            z = zipfile.ZipFile(io.BytesIO(data))
            bad = z.testzip()
            if bad:
                errs.append("%s: %s: bad member %s" % (where, name, bad))
            for zi in z.infolist():
                mem = z.read(zi)
                if zi.filename.endswith(".xml") or zi.filename.endswith(".rels"):
                    ET.fromstring(mem)
                if ext == "zip" and not zi.is_dir():
                    _check_file(zi.filename, mem, where + "/" + name, errs, stats)
            if ext in ("odt", "ods") and z.namelist()[0] != "mimetype":
                errs.append("%s: %s: mimetype not first" % (where, name))
        except Exception as e:  # noqa
            errs.append("%s: %s: %r" % (where, name, e))
    elif ext == "pdf":
        if not _pdf_text(data).strip():
            errs.append("%s: %s: PDF without text layer" % (where, name))
    elif ext == "ics":
        t = data.decode("utf-8")
        if "BEGIN:VCALENDAR" not in t or "END:VCALENDAR" not in t:
            errs.append("%s: %s: ICS without VCALENDAR" % (where, name))
    elif ext == "eml":
        _check_msg(message_from_bytes(data, policy=_policy.default), where + "/" + name, errs, stats)
    elif ext in ("csv", "tsv", "txt"):
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            data.decode("cp1252")


def _iban_ok(s):
    s = s.replace(" ", "").upper()
    n = int("".join(str(int(c, 36)) for c in s[4:] + s[:4]))
    return n % 97 == 1


_IBAN_RE = re.compile(r"\b([A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,3})?)\b")


def _check_msg(msg, where, errs, stats):
    for p in msg.walk():
        if p.defects:
            errs.append("%s: MIME defects %r" % (where, p.defects))
        for k, v in p.items():
            if getattr(v, "defects", None):
                errs.append("%s: header %s defects %r" % (where, k, v.defects))
        ct = p.get_content_type()
        if p.is_multipart():
            continue
        fn = p.get_filename()
        payload = p.get_payload(decode=True)
        if p.get_content_maintype() == "text":
            cs = p.get_content_charset("us-ascii")
            try:
                text = payload.decode(cs)
            except (UnicodeDecodeError, LookupError) as e:
                errs.append("%s: text part does not decode as %s: %r" % (where, cs, e))
                text = ""
            for ib in _IBAN_RE.findall(text):
                if ib[:2] in ("DE", "AT", "GB", "IE", "CH") and not _iban_ok(ib):
                    errs.append("%s: invalid IBAN %s" % (where, ib))
        if fn:
            _check_file(fn, payload, where, errs, stats)
        elif ct == "text/calendar":
            _check_file("inline.ics", payload, where, errs, stats)
        elif ct == "application/pdf":
            _check_file("x.pdf", payload, where, errs, stats)


def check():
    errs = []
    tmp = tempfile.mkdtemp(prefix="d205-check-")
    try:
        n = build(tmp)
        if n != 150:
            errs.append("expected 150 mails, got %d" % n)
        for rel in ["labels.tsv"] + ["mails/" + f for f in sorted(os.listdir(os.path.join(tmp, "mails")))]:
            a = os.path.join(tmp, rel)
            b = os.path.join(HERE, rel)
            if not os.path.exists(b):
                errs.append("%s missing (run make_corpus.py first)" % rel)
                continue
            if open(a, "rb").read() != open(b, "rb").read():
                errs.append("%s differs from a rebuild" % rel)
        extra = set(os.listdir(os.path.join(HERE, "mails"))) - set(os.listdir(os.path.join(tmp, "mails")))
        if extra:
            errs.append("unexpected files in mails/: %s" % sorted(extra))
        mids = {}
        stats = {}
        tops = {}
        for f in sorted(os.listdir(os.path.join(tmp, "mails"))):
            raw = open(os.path.join(tmp, "mails", f), "rb").read()
            if re.search(rb"(?<!\r)\n", raw):
                errs.append("%s: bare LF" % f)
            if re.search(rb"\r(?!\n)", raw):
                errs.append("%s: bare CR" % f)
            msg = message_from_bytes(raw, policy=_policy.default)
            tops[msg.get_content_type()] = tops.get(msg.get_content_type(), 0) + 1
            mid = str(msg["Message-ID"])
            if mid in mids:
                errs.append("%s: Message-ID also in %s" % (f, mids[mid]))
            mids[mid] = f
            if not str(msg["From"]).lower().rstrip(">").endswith("@" + D):
                errs.append("%s: sender not on %s" % (f, D))
            if msg["Date"].datetime.year != 2026:
                errs.append("%s: date not in 2026" % f)
            for h in ("From", "To", "Subject", "Date", "Message-ID"):
                if msg[h] is None:
                    errs.append("%s: no %s header" % (f, h))
            _check_msg(msg, f, errs, stats)
        rows = open(os.path.join(tmp, "labels.tsv"), encoding="utf-8").read().splitlines()
        lab, lng, kinds = {}, {}, {}
        for r in rows[1:]:
            c = r.split("\t")
            if len(c) != 5 or c[1] not in LABELS:
                errs.append("bad labels row %r" % r)
                continue
            lab[c[1]] = lab.get(c[1], 0) + 1
            lng[(c[1], c[2])] = lng.get((c[1], c[2]), 0) + 1
            kinds[c[3]] = kinds.get(c[3], 0) + 1
            if c[1] != "NORMAL" and c[4].startswith("trap:"):
                errs.append("%s: trap reason on a non-NORMAL mail" % c[0])
        print("labels:", lab)
        print("label x lang:", lng)
        print("kinds:", kinds)
        print("top-level types:", tops)
        print("files:", stats)
    finally:
        shutil.rmtree(tmp)
    for e in errs:
        print("FAIL:", e)
    print("%d problem(s)" % len(errs))
    return 1 if errs else 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    n = build(HERE)
    print("wrote %d mails to %s" % (n, os.path.join(HERE, "mails")))
