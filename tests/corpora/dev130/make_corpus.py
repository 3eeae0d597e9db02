#!/usr/bin/env python3
"""dev130 corpus generator (Siegel, issue 14).

Occupational health and safety at the insurer itself (Lindenhof Versicherung AG):
company doctor, first aiders, accident book, workplace assessments, screen-work eye
tests, maternity risk assessments, return to work, mental-health support - plus
ordinary mail as traps.  150 hand-written mails, standard library only,
deterministic.  Seed 130 (used for Message-IDs and boundaries).

    python make_corpus.py           # writes mails/d130-0001.eml ... and labels.tsv
    python make_corpus.py --check   # parses, validates, opens attachments, rebuilds
"""
import csv
import hashlib
import io
import os
import re
import sys
import zipfile
import zlib
from email import message_from_bytes
from email.message import EmailMessage, MIMEPart
from email.policy import SMTP, default as DEFAULT_POLICY
from xml.etree import ElementTree as ET
from xml.sax.saxutils import escape as xesc

SEED = 130
PREFIX = "d130"
HERE = os.path.dirname(os.path.abspath(__file__))
DOM = "lindenhof-versicherung.example"

CUR = {"n": 0, "b": 0}


# ---------------------------------------------------------------- MIME helpers
def _h(s):
    return hashlib.sha1(f"{SEED}:{s}".encode()).hexdigest()


def mid(n=None, host="mail01." + DOM):
    n = CUR["n"] if n is None else n
    return f"<{_h('mid%d' % n)[:12].upper()}.{_h('x%d' % n)[:8]}@{host}>"


def boundary():
    CUR["b"] += 1
    return f"----=_Part_{SEED}_{CUR['n']:04d}{CUR['b']:02d}.{_h('b%d-%d' % (CUR['n'], CUR['b']))[:10]}"


_LATIN1_FALLBACK = str.maketrans({"\u2013": "-", "\u2014": "-", "\u201e": '"', "\u201c": '"',
                                  "\u201d": '"', "\u2019": "'", "\u2018": "'", "\u20ac": "EUR",
                                  "\u2026": "..."})


def T(text, charset="utf-8", cte="quoted-printable", subtype="plain", flowed=False, params=None):
    """A text part. text is written exactly as given (\n line ends)."""
    if charset.lower() in ("iso-8859-1", "us-ascii"):
        # what a latin-1 mail client does with typographic characters
        text = text.translate(_LATIN1_FALLBACK)
    p = MIMEPart(policy=SMTP)
    prm = dict(params or {})
    if flowed:
        prm["format"] = "flowed"
    p.set_content(text, subtype=subtype, charset=charset, cte=cte, params=prm or None)
    return p


def H(html, charset="utf-8", cte="quoted-printable"):
    return T(html, charset=charset, cte=cte, subtype="html")


def MP(subtype, *parts):
    p = MIMEPart(policy=SMTP)
    p["Content-Type"] = f'multipart/{subtype}; boundary="{boundary()}"'
    for x in parts:
        p.attach(x)
    return p


def ALT(text_part, html_part):
    return MP("alternative", text_part, html_part)


def ATT(data, mime, filename, cte="base64", disposition="attachment"):
    p = MIMEPart(policy=SMTP)
    maintype, subtype = mime.split("/", 1)
    params = None
    if ";" in subtype:
        subtype, rest = subtype.split(";", 1)
        k, v = rest.strip().split("=", 1)
        params = {k: v}
    p.set_content(data, maintype, subtype, cte=cte, disposition=disposition,
                  filename=filename, params=params)
    return p


def TATT(text, subtype, filename, charset="utf-8", cte="quoted-printable", params=None,
         disposition="attachment"):
    p = MIMEPart(policy=SMTP)
    p.set_content(text, subtype=subtype, charset=charset, cte=cte,
                  disposition=disposition, filename=filename, params=params)
    return p


def RFC822(inner, filename=None):
    p = MIMEPart(policy=SMTP)
    p.set_content(inner, disposition="attachment" if filename else "inline", filename=filename)
    return p


def mail(frm, to, subject, date, body, cc=None, headers=(), msgid=None, host=None):
    m = EmailMessage(policy=SMTP)
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = msgid or mid(host=host or ("mail01." + DOM))
    for k, v in headers:
        m[k] = v
    m["MIME-Version"] = "1.0"
    for k, v in body.items():
        m[k] = v
    m._payload = body._payload  # keep raw (8bit surrogate-escaped) payload
    return m


def inner_mail(frm, to, subject, date, body, msgid, cc=None, headers=()):
    """A message that is forwarded as message/rfc822 (its own Message-ID)."""
    return mail(frm, to, subject, date, body, cc=cc, headers=headers, msgid=msgid)


# ---------------------------------------------------------------- file writers
ZDT = (2026, 1, 5, 8, 0, 0)


def zip_bytes(members, dt=ZDT, stored_first=False):
    """members: list of (name, bytes). Deterministic ZIP."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for i, (name, data) in enumerate(members):
            zi = zipfile.ZipInfo(name, date_time=dt)
            zi.create_system = 0
            zi.external_attr = 0
            if stored_first and i == 0:
                zi.compress_type = zipfile.ZIP_STORED
            else:
                zi.compress_type = zipfile.ZIP_DEFLATED
            if isinstance(data, str):
                data = data.encode("utf-8")
            z.writestr(zi, data, compress_type=zi.compress_type, compresslevel=6)
    return buf.getvalue()


def _pdf_str(s):
    b = s.encode("cp1252", "replace")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + b + b")"


def pdf(lines, title="", author="Lindenhof Versicherung AG", date="20260105080000",
        size=10, per_page=58):
    """Minimal PDF 1.4 writer.  lines: strings; '# ' prefix = bold heading,
    '' = blank line.  Helvetica, WinAnsiEncoding, Flate-compressed content."""
    pages = [lines[i:i + per_page] for i in range(0, max(len(lines), 1), per_page)] or [[]]
    objs = []  # index 0 -> obj 1

    def add(b):
        objs.append(b)
        return len(objs)

    cat = add(None)
    pages_id = add(None)
    f1 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    f2 = add(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    kids = []
    for pg in pages:
        ops = [b"BT", b"56 790 Td", b"%d TL" % (size + 4)]
        for ln in pg:
            if ln.startswith("# "):
                ops.append(b"/F2 %d Tf " % (size + 1) + _pdf_str(ln[2:]) + b" Tj T*")
            else:
                ops.append(b"/F1 %d Tf " % size + _pdf_str(ln) + b" Tj T*")
        ops.append(b"ET")
        raw = b"\n".join(ops)
        comp = zlib.compress(raw, 9)
        cid = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(comp) + comp + b"\nendstream")
        pid = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] "
                  b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>"
                  % (pages_id, f1, f2, cid))
        kids.append(pid)
    objs[cat - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id
    objs[pages_id - 1] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids)
                          + b"] /Count %d >>" % len(kids))
    info = add(b"<< /Title " + _pdf_str(title) + b" /Author " + _pdf_str(author)
               + b" /Producer (Lindenhof DMS PDF 2.3) /CreationDate (D:" + date.encode()
               + b"+01'00') >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += (b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, cat, info, xref))
    return bytes(out)


W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CORE = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{title}</dc:title>'
        '<dc:creator>{author}</dc:creator><cp:lastModifiedBy>{author}</cp:lastModifiedBy>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">{dt}</dcterms:created>'
        '<dcterms:modified xsi:type="dcterms:W3CDTF">{dt}</dcterms:modified></cp:coreProperties>')


def _wrun(text, bold=False):
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{rpr}<w:t xml:space="preserve">{xesc(text)}</w:t></w:r>'


def docx(blocks, title="", author="Lindenhof Versicherung AG", dt="2026-01-05T08:00:00Z"):
    """blocks: str (paragraph), ('h', str) bold heading, ('table', rows)."""
    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append(f"<w:p>{_wrun(b)}</w:p>")
        elif b[0] == "h":
            body.append(f"<w:p>{_wrun(b[1], True)}</w:p>")
        elif b[0] == "table":
            rows = []
            for r in b[1]:
                cells = "".join(f'<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr><w:p>{_wrun(str(c))}</w:p></w:tc>' for c in r)
                rows.append(f"<w:tr>{cells}</w:tr>")
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                        '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/>'
                        '<w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/>'
                        '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders>'
                        '</w:tblPr>' + "".join(rows) + "</w:tbl><w:p/>")
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<w:document xmlns:w="{W_NS}"><w:body>' + "".join(body) +
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1417" w:right="1417" '
           'w:bottom="1134" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>'
           '</w:body></w:document>')
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
    docrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
               '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>')
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           '<Application>Microsoft Office Word</Application><AppVersion>16.0000</AppVersion></Properties>')
    core = CORE.format(title=xesc(title), author=xesc(author), dt=dt)
    y, mo, d = int(dt[0:4]), int(dt[5:7]), int(dt[8:10])
    return zip_bytes([("[Content_Types].xml", ct), ("_rels/.rels", rels),
                      ("word/document.xml", doc), ("word/_rels/document.xml.rels", docrels),
                      ("docProps/core.xml", core), ("docProps/app.xml", app)],
                     dt=(y, mo, d, 8, 0, 0))


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets, author="Lindenhof Versicherung AG", dt="2026-01-05T08:00:00Z", title=""):
    """sheets: list of (name, rows); values str/int/float/None."""
    S = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    files = []
    wb_sheets, wb_rels, ct_over = [], [], []
    for si, (name, rows) in enumerate(sheets, 1):
        xr = []
        for ri, row in enumerate(rows, 1):
            cs = []
            for ci, v in enumerate(row):
                ref = f"{_col(ci)}{ri}"
                if v is None or v == "":
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cs.append(f'<c r="{ref}"><v>{v}</v></c>')
                else:
                    cs.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{xesc(str(v))}</t></is></c>')
            xr.append(f'<row r="{ri}">{"".join(cs)}</row>')
        files.append((f"xl/worksheets/sheet{si}.xml",
                      f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="{S}" xmlns:r="{R}">'
                      f'<sheetData>{"".join(xr)}</sheetData></worksheet>'))
        wb_sheets.append(f'<sheet name="{xesc(name)}" sheetId="{si}" r:id="rId{si}"/>')
        wb_rels.append(f'<Relationship Id="rId{si}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet{si}.xml"/>')
        ct_over.append(f'<Override PartName="/xl/worksheets/sheet{si}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
    n = len(sheets)
    wb_rels.append(f'<Relationship Id="rId{n + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>')
    wb = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="{S}" xmlns:r="{R}">'
          f'<sheets>{"".join(wb_sheets)}</sheets></workbook>')
    styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="{S}">'
              '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
              '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
              '</styleSheet>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          + "".join(ct_over) +
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '</Relationships>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              + "".join(wb_rels) + '</Relationships>')
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           '<Application>Microsoft Excel</Application><AppVersion>16.0300</AppVersion></Properties>')
    core = CORE.format(title=xesc(title), author=xesc(author), dt=dt)
    y, mo, d = int(dt[0:4]), int(dt[5:7]), int(dt[8:10])
    return zip_bytes([("[Content_Types].xml", ct), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                      ("xl/_rels/workbook.xml.rels", wbrels), ("xl/styles.xml", styles)] + files +
                     [("docProps/core.xml", core), ("docProps/app.xml", app)], dt=(y, mo, d, 8, 0, 0))


ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/"')


def _odf(kind, body_xml, title, author, dt):
    mt = f"application/vnd.oasis.opendocument.{kind}"
    content = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ODF_NS} office:version="1.2">'
               f'<office:body><office:{kind}>{body_xml}</office:{kind}></office:body></office:document-content>')
    styles = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-styles {ODF_NS} office:version="1.2">'
              '<office:styles/></office:document-styles>')
    meta = (f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {ODF_NS} office:version="1.2"><office:meta>'
            f'<meta:generator>LibreOffice/7.6</meta:generator><dc:title>{xesc(title)}</dc:title>'
            f'<dc:creator>{xesc(author)}</dc:creator><meta:creation-date>{dt}</meta:creation-date>'
            f'<dc:date>{dt}</dc:date></office:meta></office:document-meta>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mt}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    y, mo, d = int(dt[0:4]), int(dt[5:7]), int(dt[8:10])
    return zip_bytes([("mimetype", mt), ("META-INF/manifest.xml", manifest), ("content.xml", content),
                      ("styles.xml", styles), ("meta.xml", meta)], dt=(y, mo, d, 8, 0, 0), stored_first=True)


def odt(blocks, title="", author="Lindenhof Versicherung AG", dt="2026-01-05T08:00:00"):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append(f"<text:p>{xesc(b)}</text:p>")
        elif b[0] == "h":
            out.append(f'<text:h text:outline-level="2">{xesc(b[1])}</text:h>')
        elif b[0] == "table":
            ncol = max(len(r) for r in b[1])
            rows = "".join("<table:table-row>" + "".join(
                f'<table:table-cell office:value-type="string"><text:p>{xesc(str(c))}</text:p></table:table-cell>'
                for c in r) + "</table:table-row>" for r in b[1])
            out.append(f'<table:table table:name="Tabelle{len(out)}"><table:table-column table:number-columns-repeated="{ncol}"/>{rows}</table:table>')
    return _odf("text", "".join(out), title, author, dt)


def ods(sheets, title="", author="Lindenhof Versicherung AG", dt="2026-01-05T08:00:00"):
    out = []
    for name, rows in sheets:
        xr = []
        for r in rows:
            cells = []
            for v in r:
                if v is None or v == "":
                    cells.append("<table:table-cell/>")
                elif isinstance(v, (int, float)):
                    cells.append(f'<table:table-cell office:value-type="float" office:value="{v}"><text:p>{v}</text:p></table:table-cell>')
                else:
                    cells.append(f'<table:table-cell office:value-type="string"><text:p>{xesc(str(v))}</text:p></table:table-cell>')
            xr.append("<table:table-row>" + "".join(cells) + "</table:table-row>")
        out.append(f'<table:table table:name="{xesc(name)}">' + "".join(xr) + "</table:table>")
    return _odf("spreadsheet", "".join(out), title, author, dt)


def ics(uid, start, end, summary, location, description, organizer, attendees=(), stamp="20260105T080000Z",
        method="REQUEST"):
    def esc(s):
        return s.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN",
             "VERSION:2.0", f"METHOD:{method}", "BEGIN:VTIMEZONE", "TZID:W. Europe Standard Time",
             "BEGIN:STANDARD", "DTSTART:16011028T030000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10",
             "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "END:STANDARD", "BEGIN:DAYLIGHT",
             "DTSTART:16010325T020000", "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3", "TZOFFSETFROM:+0100",
             "TZOFFSETTO:+0200", "END:DAYLIGHT", "END:VTIMEZONE", "BEGIN:VEVENT",
             f"UID:{uid}", f"DTSTAMP:{stamp}",
             f"DTSTART;TZID=W. Europe Standard Time:{start}", f"DTEND;TZID=W. Europe Standard Time:{end}",
             f"SUMMARY:{esc(summary)}", f"LOCATION:{esc(location)}", f"DESCRIPTION:{esc(description)}",
             f"ORGANIZER:mailto:{organizer}"]
    for a in attendees:
        lines.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{a}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    folded = []
    for ln in lines:
        while len(ln.encode("utf-8")) > 74:
            cut = 74
            while len(ln[:cut].encode("utf-8")) > 74:
                cut -= 1
            folded.append(ln[:cut])
            ln = " " + ln[cut:]
        folded.append(ln)
    return "\n".join(folded) + "\n"


MIME_DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
MIME_XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
MIME_ODT = "application/vnd.oasis.opendocument.text"
MIME_ODS = "application/vnd.oasis.opendocument.spreadsheet"


# ---------------------------------------------------------------- people
def A(name, local, dom=DOM):
    if "," in name:
        name = f'"{name}"'
    return f"{name} <{local}@{dom}>"


WIEGMANN = A("Wiegmann, Torsten", "t.wiegmann")
OSTERKAMP = A("Osterkamp, Melanie", "m.osterkamp")
REINHOLZ = A("Reinholz, Sabine", "s.reinholz")
DUESTERHOEFT = A("Düsterhöft, Frank", "f.duesterhoeft")
DEMIR = A("Demir, Aylin", "a.demir")
BRANDES = A("Brandes, Holger", "h.brandes")
KALLWEIT = A("Kallweit, Petra", "p.kallweit")
DSB = A("Datenschutz Lindenhof", "datenschutz")
SIEBERT = A("Siebert, Uwe", "u.siebert")
ARBEITSSCHUTZ = A("Arbeitssicherheit", "arbeitssicherheit")
PERSONAL = A("Personalservice", "personalservice")
GALLAGHER = A("Niamh Gallagher", "n.gallagher")
WHELAN = A("Conor Whelan", "c.whelan")
BRENNAN = A("Aoife Brennan", "a.brennan")
RAMAN = A("Priya Raman", "p.raman")
KAVANAGH = A("Siobhán Kavanagh", "s.kavanagh")
AHLBORN_EXT = "Dr. med. Kerstin Ahlborn <k.ahlborn@arbmed-nord.example>"

FOOT_DE = """--
Lindenhof Versicherung AG · Am Lindenhof 12 · 30159 Hannover
Vorstand: Dr. Ulrike Pahlke (Vors.), Matthias Grote, Heike Sommerfeld
Vorsitzender des Aufsichtsrats: Prof. Dr. Reinhard Olbers
Sitz Hannover · Amtsgericht Hannover HRB 991300"""

FOOT_IE = """--
Lindenhof Services Ireland DAC | 4 Harcourt Quay, Dublin 2, D02 XK30
Registered in Ireland No. 713013 | A member of the Lindenhof Group"""

DISCL_DE = """Diese E-Mail enthält möglicherweise vertrauliche Informationen. Wenn Sie nicht
der richtige Adressat sind, informieren Sie bitte sofort den Absender und
vernichten Sie diese Mail. Das unerlaubte Kopieren sowie die unbefugte
Weitergabe dieser Mail ist nicht gestattet."""

DISCL_EN = """This e-mail may contain confidential information. If you are not the intended
recipient, please notify the sender immediately and delete this e-mail."""


def sig_wiegmann():
    return """Mit freundlichen Grüßen
Torsten Wiegmann
Fachkraft für Arbeitssicherheit
Konzernbereich Personal · Arbeits- und Gesundheitsschutz
Tel. 0511 4470-2318 · Mobil 0171 5550 2318
""" + FOOT_DE


def sig_osterkamp():
    return """Viele Grüße
Melanie Osterkamp
Betriebliches Gesundheitsmanagement (BGM)
Lindenhof Versicherung AG
Tel. 0511 4470-2290
""" + FOOT_DE


def sig_reinholz():
    return """Freundliche Grüße

Sabine Reinholz
Personalservice · BEM-Beauftragte
Lindenhof Versicherung AG
Telefon 0511 4470-2207
""" + FOOT_DE


def sig_duesterhoeft():
    return """Gruß
Frank Düsterhöft
HR Business Partner Schaden/Leistung
Lindenhof Versicherung AG | Tel. 0511 4470-2215
"""


def sig_whelan():
    return """Kind regards,
Conor Whelan
Facilities and Health & Safety Officer
Lindenhof Services Ireland DAC
T +353 1 555 0147 | M +353 87 555 0199
""" + FOOT_IE


def sig_gallagher():
    return """Best regards,

Niamh Gallagher
HR Manager
Lindenhof Services Ireland DAC
T +353 1 555 0120
""" + FOOT_IE


# ---------------------------------------------------------------- small helpers
from datetime import datetime, timedelta, timezone  # noqa: E402
from email.utils import format_datetime  # noqa: E402


def D(s, tz="DE"):
    """'2026-01-12 09:14:22' -> RFC 5322 date with the right weekday and offset."""
    dt = datetime.strptime(s, "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M")
    summer = datetime(2026, 3, 29, 2) <= dt < datetime(2026, 10, 25, 3)
    off = {"DE": 2 if summer else 1, "IE": 1 if summer else 0}[tz]
    return format_datetime(dt.replace(tzinfo=timezone(timedelta(hours=off))))


def mkiban(cc, bban):
    """A checksum-valid (ISO 7064 mod 97-10) invented IBAN, grouped by four."""
    num = "".join(str(int(c, 36)) for c in (bban + cc + "00"))
    chk = 98 - int(num) % 97
    s = f"{cc}{chk:02d}{bban}"
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# ================================================================ MAILS 001-025
def m001():
    body = """Liebe Kolleginnen und Kollegen,

nach den Wechseln im Januar hier die aktualisierte Liste der Ersthelferinnen und
Ersthelfer für Gebäude A (Am Lindenhof 12). Bitte hängt den Aushang in euren
Teeküchen aus – die gedruckte Version verteilt die Hauspost bis Donnerstag.

Etage | Name                  | Durchwahl | Raum
------+-----------------------+-----------+------
EG    | Gül Yıldız            | -2140     | A0.17 (Poststelle)
EG    | Henning Voß           | -2101     | A0.03 (Empfang)
1. OG | Christina Albers      | -2233     | A1.21
1. OG | Mehmet Özkan          | -2241     | A1.08
2. OG | Sarah Lüdtke          | -2388     | A2.30
3. OG | Bastian Reuter        | -2412     | A3.14
4. OG | Anja Wöhler           | -2509     | A4.02
TG    | Uwe Siebert (FM)      | -2050     | A-1.01

Neu dabei sind Mehmet und Bastian – herzlich willkommen und danke, dass ihr das
übernehmt! Frau Kruse (bisher 3. OG) ist in Gebäude C gewechselt und dort weiter
Ersthelferin.

Zur Erinnerung:
- Notruf intern: 2222 (Empfang alarmiert Rettungsdienst und Ersthelfer)
- Der AED hängt im EG neben dem Aufzug und im 3. OG am Treppenhaus Nord.
- Jede Hilfeleistung, auch das kleinste Pflaster, gehört ins Verbandbuch
  (liegt im Verbandkasten bzw. digital im Intranet unter "Arbeitsschutz").

Die nächste Auffrischung (9 UE) ist für den 17.03. geplant, Einladung folgt.

""" + sig_wiegmann()
    m = mail(WIEGMANN, "Alle Gebäude A <alle-gebaeude-a@" + DOM + ">",
             "Aktualisierte Ersthelferliste Gebäude A – bitte aushängen",
             D("2026-01-13 10:02:41"), T(body))
    return m, ("NORMAL", "de", "internal",
               "trap: first-aider roster with names/extensions, organisational only, nobody's health")


def m002():
    body = """Hallo Herr Wiegmann,

für Ihre Unterlagen der Eintrag aus dem Verbandbuch der Poststelle von heute
Vormittag, Frau Yıldız hat ihn ausgefüllt:

Datum/Uhrzeit: 14.01.2026, ca. 09:40 Uhr
Verletzte Person: Dennis Aufderheide, Poststelle (PN 207815)
Ort: Poststelle A0.17, Öffnertisch 2
Hergang: beim Aufschneiden eines Großbriefs mit dem Handöffner abgerutscht
Art der Verletzung: Schnittwunde linker Daumen, ca. 1,5 cm, blutend
Erste-Hilfe-Maßnahmen: Wunde gespült, Wundschnellverband + Fingerkuppenpflaster
Ersthelferin: Gül Yıldız
Zeugen: Marina Pohl

Herr Aufderheide hat danach weitergearbeitet, zum Arzt wollte er nicht. Ich habe
ihm gesagt, dass er sich melden soll falls es sich entzündet.

Können wir bei der Gelegenheit nochmal über die elektrische Brieföffnermaschine
reden? Die alte ist seit Dezember kaputt und seitdem wird wieder alles per Hand
aufgemacht. Das war jetzt der dritte Cut in diesem Monat.

Gruß
Stefanie Haupt
Teamleitung Input-Management / Poststelle
Lindenhof Versicherung AG, Tel. -2135
"""
    m = mail(A("Haupt, Stefanie", "s.haupt"), WIEGMANN, "Verbandbuch Poststelle 14.01.",
             D("2026-01-14 11:27:05"), T(body, cte="8bit", flowed=True),
             headers=[("User-Agent", "Mozilla Thunderbird 115.6.0")])
    return m, ("STRICTLY_CONFIDENTIAL", "de", "internal",
               "accident-book entry: named employee, cut to left thumb, first aid given")


def m003():
    rows = [["Surname", "First name", "Date of birth", "Department", "Email", "Course"],
            ["Brennan", "Aoife", "12/04/1987", "Claims Operations", "a.brennan@" + DOM, "OFA refresher"],
            ["Kinsella", "Darragh", "03/11/1991", "IT Service Desk", "d.kinsella@" + DOM, "OFA full (3 days)"],
            ["Nwosu", "Chiamaka", "27/06/1994", "Finance", "c.nwosu@" + DOM, "OFA full (3 days)"],
            ["O'Rourke", "Séamus", "19/01/1979", "Facilities", "s.orourke@" + DOM, "OFA refresher"],
            ["Walsh", "Grainne", "08/09/1990", "Claims Operations", "g.walsh@" + DOM, "OFA full (3 days)"]]
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    body = """Hi Maeve,

As discussed on the phone, please find attached the list of our five delegates for
the Occupational First Aid courses in March. Two are refreshers (certs expire in
April), three are new first aiders.

You mentioned PHECC needs the dates of birth for the certificates - they're in the
sheet. Could you confirm the dates (full course 9-11 March, refresher 12 March) and
send the invoice to accounts.ie@lindenhof-versicherung.example quoting PO 4500-2291?

The training room at Harcourt Quay is booked for all four days, projector and
mannequins are on your side as last year.

Thanks a million,
Conor

""" + sig_whelan()
    att = TATT(buf.getvalue(), "csv", "OFA_delegates_March2026.csv", cte="quoted-printable")
    m = mail(WHELAN, "Maeve Dunne <bookings@leinster-firstaid.example>",
             "Delegate list - OFA courses March", D("2026-01-15 14:40:12", "IE"),
             MP("mixed", T(body, charset="utf-8", cte="quoted-printable"), att),
             host="mail-ie." + DOM)
    return m, ("CONFIDENTIAL", "en", "insurer-to-supplier",
               "first-aid course delegates with dates of birth, only in CSV attachment")


def m004():
    html = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>Wellbeing Wednesday</title></head>
<body style="font-family:Segoe UI,Arial,sans-serif;color:#203040;max-width:640px">
<table width="100%" cellpadding="12" style="background:#1f6f5c;color:#fff"><tr><td>
<h1 style="margin:0;font-size:22px">Wellbeing Wednesday &middot; Issue 3 / 2026</h1>
<p style="margin:4px 0 0">Lindenhof Group &ndash; People &amp; Culture</p></td></tr></table>
<h2>It's OK not to be OK</h2>
<p>January is, for many of us, the hardest month of the year. Short days, the credit-card
statement from December, and the return to full inboxes. Stress, low mood, anxiety and
sleep problems are common &ndash; around one in six adults in Europe experiences a mental
health problem in any given year.</p>
<p>Our <b>Employee Assistance Programme</b> is there for you and your household, 24/7,
free and confidential. Nobody at Lindenhof learns who called.</p>
<ul>
<li>Ireland: Harbourlight EAP, freephone <b>1800 555 130</b></li>
<li>Germany: Lichtblick Mitarbeiterberatung, <b>0800 555 1300</b> (kostenfrei)</li>
<li>Online chat and self-help modules: <a href="https://portal.harbourlight-eap.example/lindenhof">portal.harbourlight-eap.example</a>, code LINDEN26</li>
</ul>
<h2>Mental Health First Aiders</h2>
<p>We now have 14 trained Mental Health First Aiders across Dublin and Hannover. They are
not therapists, but they listen, and they know where to point you. Look for the green
lanyard or find the list on the intranet.</p>
<h2>Dates</h2>
<table border="1" cellpadding="6" style="border-collapse:collapse">
<tr><th>When</th><th>What</th><th>Where</th></tr>
<tr><td>28 Jan, 12:30</td><td>Lunch &amp; learn: &ldquo;Sleep and screens&rdquo;</td><td>Teams / Room Liffey</td></tr>
<tr><td>4 Feb, 08:00</td><td>Walking meeting challenge kick-off</td><td>Lobby Harcourt Quay</td></tr>
<tr><td>11 Feb, 16:00</td><td>Managers&rsquo; session: spotting burnout early</td><td>Teams</td></tr>
</table>
<p style="font-size:12px;color:#667">You receive this newsletter as an employee of the Lindenhof Group.
Questions: <a href="mailto:wellbeing@lindenhof-versicherung.example">wellbeing@lindenhof-versicherung.example</a></p>
</body></html>
"""
    m = mail(A("Lindenhof Wellbeing", "wellbeing"), A("All staff Ireland", "allstaff-ie"),
             "Wellbeing Wednesday: It's OK not to be OK", D("2026-01-21 07:30:00", "IE"),
             H(html), host="mail-ie." + DOM)
    return m, ("NORMAL", "en", "newsletter",
               "trap: mental-health newsletter (stress, anxiety, EAP numbers), no individual")


def m005():
    letter = [
        "# Lindenhof Versicherung AG - Personalservice",
        "Am Lindenhof 12, 30159 Hannover",
        "",
        "Herrn",
        "Matthias Tiedemann",
        "Kundenservice Kfz, Team 3 (PN 118204)",
        "- persönlich / vertraulich -",
        "",
        "Hannover, 22.01.2026",
        "",
        "# Angebot eines Betrieblichen Eingliederungsmanagements (BEM) nach § 167 Abs. 2 SGB IX",
        "",
        "Sehr geehrter Herr Tiedemann,",
        "",
        "Sie waren innerhalb der letzten zwölf Monate länger als sechs Wochen arbeitsunfähig",
        "(nach unseren Unterlagen an insgesamt 47 Arbeitstagen, zuletzt vom 17.11.2025 bis 09.01.2026).",
        "Wir möchten Ihnen deshalb ein Betriebliches Eingliederungsmanagement anbieten.",
        "",
        "Ziel ist es, gemeinsam mit Ihnen zu klären, wie die Arbeitsunfähigkeit überwunden und",
        "erneuter Arbeitsunfähigkeit vorgebeugt werden kann. Die Teilnahme ist freiwillig.",
        "Sie entscheiden, wer am Gespräch teilnimmt (z. B. Betriebsrat, Schwerbehinderten-",
        "vertretung, Betriebsärztin Dr. Ahlborn). Diagnosen müssen Sie uns nicht mitteilen.",
        "",
        "Bitte geben Sie uns bis zum 06.02.2026 Bescheid, ob Sie das Angebot annehmen.",
        "Ein Rückantwortbogen liegt bei.",
        "",
        "Mit freundlichen Grüßen",
        "",
        "Sabine Reinholz, BEM-Beauftragte",
        "",
        "Anlagen: Rückantwort, Informationsblatt Datenschutz im BEM",
    ]
    body = """Sehr geehrter Herr Tiedemann,

wie heute Morgen telefonisch besprochen, sende ich Ihnen unser Schreiben vorab
auch elektronisch. Das Original geht Ihnen per Post an Ihre Privatanschrift zu.

Bei Fragen erreichen Sie mich direkt unter -2207.

""" + sig_reinholz()
    att = ATT(pdf(letter, title="Schreiben Personalservice 22.01.2026", author="Reinholz, Sabine",
                  date="20260122093000"), "application/pdf", "Schreiben_PS_2026-01-22_Tiedemann.pdf")
    m = mail(REINHOLZ, A("Tiedemann, Matthias", "m.tiedemann"), "Unser Schreiben vom 22.01.2026",
             D("2026-01-22 09:41:18"), MP("mixed", T(body), att))
    return m, ("STRICTLY_CONFIDENTIAL", "de", "internal",
               "body harmless; PDF is a BEM offer revealing 47 days of incapacity of a named employee")


def m006():
    body = """Sehr geehrter Herr Grabowski,

vielen Dank für Ihre Schadenmeldung vom 19.01.2026. Wir haben den Vorgang unter der
Schadennummer KS-2026-0041187 angelegt.

Versicherungsnehmer: Piotr Grabowski, Lister Meile 88, 30161 Hannover
Vertrag: Kfz-Haftpflicht/Teilkasko, Vers.-Nr. KF 44 871 203
Fahrzeug: VW Golf Variant, amtl. Kennzeichen H-PG 4471
Schadentag: 16.01.2026, Parkplatz Ernst-August-Galerie

Nach Ihrer Schilderung sind Sie beim Ausparken gegen den hinteren Stoßfänger eines
geparkten Fahrzeugs gestoßen; verletzt wurde niemand. Wir setzen uns mit der
Halterin des anderen Fahrzeugs in Verbindung und regulieren den Schaden direkt.

Bitte teilen Sie uns noch mit, ob die Polizei vor Ort war. Ihre
Schadenfreiheitsklasse wird erst bei einer Zahlung zurückgestuft; Sie können den
Schaden dann innerhalb von sechs Monaten selbst erstatten, um die Rückstufung zu
vermeiden.

Mit freundlichen Grüßen

Nadine Fröhlich
Kfz-Schaden, Team 2
Lindenhof Versicherung AG
Telefon 0511 4470-3312 | kfz-schaden@lindenhof-versicherung.example

""" + FOOT_DE + "\n\n" + DISCL_DE + "\n"
    m = mail(A("Fröhlich, Nadine", "n.froehlich"), "p.grabowski@webpost.example",
             "Ihre Schadenmeldung – Schaden-Nr. KS-2026-0041187", D("2026-01-20 15:03:44"),
             T(body, charset="iso-8859-1"))
    return m, ("CONFIDENTIAL", "de", "insurer-to-customer",
               "ordinary motor claim: named policyholder, address, policy/claim number, plate; nobody hurt")


def m007():
    doc = docx([
        ("h", "Protokoll der 1. Sitzung des Arbeitsschutzausschusses (ASA) 2026"),
        "Datum: 27.01.2026, 09:00-11:15 Uhr, Raum A4.10 (Hannover) / Teams (Dublin)",
        "Teilnehmende: Dr. U. Pahlke (Vorstand, Vorsitz), F. Düsterhöft (Personal), T. Wiegmann (FaSi), "
        "Dr. med. K. Ahlborn (Betriebsärztin, ArbMed Nord), H. Brandes, K. Schaper (Betriebsrat), "
        "P. Kallweit (SBV), U. Siebert (FM), C. Whelan (H&S Dublin, TOP 5)",
        ("h", "TOP 1 Unfallgeschehen 2025"),
        ("table", [["Kennzahl", "2024", "2025"],
                   ["Meldepflichtige Arbeitsunfälle (> 3 Tage AU)", "3", "2"],
                   ["Meldepflichtige Wegeunfälle", "4", "5"],
                   ["Einträge Verbandbuch (alle Standorte)", "31", "27"],
                   ["Tausend-Personen-Quote (meldepfl. AU)", "1,6", "1,1"],
                   ["Ausfalltage durch Arbeitsunfälle", "38", "19"]]),
        "Schwerpunkt bleiben Stolper- und Sturzunfälle auf Treppen sowie Fahrradunfälle auf dem Arbeitsweg. "
        "Die FaSi schlägt eine Aktion zur Fahrradsicherheit im April vor (Licht-Check, Helmaktion). Beschlossen.",
        ("h", "TOP 2 Arbeitsmedizinische Vorsorge"),
        "Angebotsvorsorge Bildschirmarbeit 2025: 412 Angebote, 251 wahrgenommen (61 %). "
        "Die Betriebsärztin berichtet ausschließlich zusammengefasst; Einzelbefunde werden nicht weitergegeben. "
        "Sehtestaktion 03.-05.03.2026 wird im Intranet angekündigt.",
        ("h", "TOP 3 Gefährdungsbeurteilung psychische Belastung"),
        "Die Befragung läuft bis 13.02.; Rücklauf bisher 44 %. Auswertung nur für Einheiten ab 10 Antworten.",
        ("h", "TOP 4 Brandschutz / Evakuierung"),
        "Räumungsübung Gebäude A am 24.04. Sammelplatz wegen Baustelle vorübergehend Parkplatz Ost.",
        ("h", "TOP 5 Standort Dublin"),
        "Mr Whelan reports one reportable accident in 2025 and a new Mental Health First Aid team (6 persons).",
        ("h", "TOP 6 Verschiedenes"),
        "Nächste Sitzung: 28.04.2026. Protokoll: T. Wiegmann",
    ], title="Protokoll ASA 1/2026", author="Wiegmann, Torsten", dt="2026-01-28T10:00:00Z")
    body = """Liebe Mitglieder des ASA,

anbei das Protokoll unserer Sitzung vom 27.01. Anmerkungen bitte bis 06.02. an mich,
danach geht es zur Unterschrift an Frau Dr. Pahlke.

""" + sig_wiegmann()
    m = mail(WIEGMANN, A("ASA-Mitglieder", "asa"), "Protokoll ASA 1/2026 (Entwurf)",
             D("2026-01-28 16:12:09"),
             MP("mixed", T(body), ATT(doc, MIME_DOCX, "Protokoll_ASA_2026-01.docx")))
    return m, ("NORMAL", "de", "internal",
               "trap: safety committee minutes with accident statistics and Vorsorge rates, aggregates only")


def m008():
    body = """Dermot,

Forwarding the OH report on Ronan as promised. Please keep this to yourself - Ronan
agreed that you as his line manager can see it, nobody else in the team. The key
bit for planning is the phased return at the bottom.

I'll set up a return-to-work meeting with the two of you for Monday 2 Feb.

Niamh

---------- Forwarded message ---------
From: Dr Ciara Moynihan <c.moynihan@liffey-oh.example>
Date: Tue, 27 Jan 2026 at 17:05
Subject: Occupational Health report - Ronan Kiely (DOB 02/03/1985), Lindenhof Services Ireland
To: Niamh Gallagher <n.gallagher@lindenhof-versicherung.example>

Dear Ms Gallagher,

Thank you for referring Mr Kiely, whom I assessed today with his consent. He has
given permission for this report to be shared with HR and his line manager.

Background: Mr Kiely underwent a lumbar microdiscectomy (L5/S1) on 18 November 2025
following a prolapsed disc with sciatica. He has been certified unfit for work since
then. Recovery has been good; he continues physiotherapy once a week.

Opinion: He is fit to return to his role as Senior Claims Handler from 2 February
2026 with the following temporary adjustments (review in 6 weeks):
  - phased return: 4 hours/day in weeks 1-2, 6 hours/day in weeks 3-4
  - height-adjustable desk and a chair with lumbar support
  - no lifting above 10 kg (archive boxes)
  - short breaks to stand/walk every 45 minutes
  - attendance at physiotherapy appointments (Thursday mornings)

In my opinion the Employment Equality Acts are unlikely to apply, as full recovery
is expected.

Yours sincerely,
Dr Ciara Moynihan MB MICGP LFOM
Consultant Occupational Physician, Liffey Occupational Health Ltd

""" + sig_gallagher()
    m = mail(GALLAGHER, A("Dermot Fahy", "d.fahy"), "Fwd: Occupational Health report - Ronan Kiely",
             D("2026-01-28 09:22:31", "IE"), T(body),
             host="mail-ie." + DOM)
    return m, ("STRICTLY_CONFIDENTIAL", "en", "doctor",
               "forwarded occupational-physician report: named employee, disc surgery, phased return")


def m009():
    cal = ics("sehtest-2026-03@" + DOM, "20260303T080000", "20260303T160000",
              "Sehtest-Aktion Bildschirmarbeit (Angebotsvorsorge)", "Raum A1.40 (Sanitätsraum)",
              "Termine 03.-05.03. über das Buchungstool im Intranet. Dauer ca. 15 Minuten.",
              "m.osterkamp@" + DOM, ["alle-hannover@" + DOM])
    body = """Liebe Kolleginnen und Kollegen,

wer überwiegend am Bildschirm arbeitet, hat Anspruch auf eine arbeitsmedizinische
Angebotsvorsorge mit Sehtest (ArbMedVV, Anhang Teil 4). Vom 03. bis 05. März ist
unsere Betriebsärztin Frau Dr. Ahlborn mit einer Augenoptikerin im Haus.

Was passiert?
  * Sehtest für Nähe, mittlere Entfernung (Bildschirm) und Ferne
  * Beratung zu Beleuchtung, Blendung, Bildschirmabstand
  * falls nötig: Empfehlung für eine spezielle Bildschirmarbeitsplatzbrille –
    die Kosten dafür übernimmt Lindenhof bis 180 EUR (Rahmen + Gläser)

Was erfährt der Arbeitgeber?
  Nur, DASS Sie teilgenommen haben (Vorsorgebescheinigung). Ergebnisse bleiben
  bei der Betriebsärztin, sie unterliegt der ärztlichen Schweigepflicht.

Termine (15 Minuten) buchen Sie im Intranet unter Personal > Gesundheit >
Sehtest. Der Kalendereintrag im Anhang blockt nur den Aktionszeitraum.

Die Teilnahme ist freiwillig und Arbeitszeit.

""" + sig_osterkamp()
    m = mail(OSTERKAMP, A("Alle Mitarbeitenden Hannover", "alle-hannover"),
             "Sehtest am Arbeitsplatz: 03.–05. März", D("2026-02-02 08:15:00"),
             MP("mixed", T(body), TATT(cal, "calendar", "Sehtest-Aktion.ics", cte="8bit",
                                       params={"method": "REQUEST"})))
    return m, ("NORMAL", "de", "internal",
               "trap: invitation to eye tests for screen work for all staff, no individual")


def m010():
    doc = docx([
        ("h", "Gefährdungsbeurteilung nach § 10 MuSchG – anlassbezogen"),
        ("table", [["Beschäftigte", "Lea Marschall, PN 130447"],
                   ["Bereich / Tätigkeit", "Kundenservice Leben, Sachbearbeitung Telefon/Posteingang"],
                   ["Mitteilung der Schwangerschaft", "26.01.2026 (mündlich), Bescheinigung liegt vor"],
                   ["Voraussichtlicher Entbindungstermin", "14.07.2026"],
                   ["Schutzfristbeginn (§ 3 MuSchG)", "02.06.2026"],
                   ["Beteiligt", "FaSi T. Wiegmann, Betriebsärztin Dr. K. Ahlborn, TL J. Brockmann"]]),
        ("h", "1. Gefährdungen"),
        ("table", [["Faktor", "Bewertung", "Maßnahme"],
                   ["Bildschirmarbeit > 4 h", "unverantwortbar nein", "Pausen frei wählbar, Ruheraum A2.05 nutzbar"],
                   ["Stehen/Gehen", "gering", "—"],
                   ["Heben/Tragen (Postkörbe bis 8 kg)", "nicht zulässig > 5 kg regelmäßig", "Postkorb-Transport durch Team"],
                   ["Infektionsgefährdung Kundenkontakt", "kein Publikumsverkehr", "—"],
                   ["Mehrarbeit / Spätdienst bis 20 Uhr", "§§ 4, 5 MuSchG", "keine Spätdienste ab sofort, max. 8,5 h/Tag"],
                   ["Psychische Belastung (Beschwerdetelefon)", "erhöht", "Einsatz vorrangig im Posteingang"]]),
        ("h", "2. Ergebnis"),
        "Weiterbeschäftigung am Arbeitsplatz mit den genannten Schutzmaßnahmen möglich. "
        "Kein Beschäftigungsverbot erforderlich. Frau Marschall wurde am 29.01.2026 das Gespräch nach § 10 Abs. 2 MuSchG angeboten; "
        "sie hat es wahrgenommen und ist mit den Maßnahmen einverstanden.",
        "Hinweis: Ärztliches Beschäftigungsverbot durch die behandelnde Gynäkologin bleibt unberührt.",
        "Hannover, 29.01.2026   gez. Wiegmann   gez. Brockmann",
    ], title="GB MuSchG Marschall", author="Wiegmann, Torsten", dt="2026-01-29T13:00:00Z")
    body = """Hallo Julia, hallo Frau Reinholz,

anbei die Gefährdungsbeurteilung nach MuSchG für Frau Marschall, so wie wir sie
heute mit ihr besprochen haben. Julia, bitte ab sofort keine Spätdienste mehr
einplanen und sie nicht mehr die Postkörbe schleppen lassen.

Frau Reinholz: die Mitteilung an das Gewerbeaufsichtsamt mache ich bis morgen
fertig und schicke sie Ihnen zur Unterschrift.

""" + sig_wiegmann()
    m = mail(WIEGMANN, A("Brockmann, Julia", "j.brockmann"), "GB Mutterschutz – Fr. Marschall (KS Leben)",
             D("2026-01-29 14:20:37"),
             MP("mixed", T(body), ATT(doc, MIME_DOCX, "GB_MuSchG_Marschall_2026-01-29.docx")), cc=REINHOLZ)
    return m, ("STRICTLY_CONFIDENTIAL", "de", "internal",
               "maternity risk assessment of a named pregnant employee (due date, restrictions)")


def m011():
    rows = [["Datum", "Uhrzeit", "PN", "Name", "Vorname", "Abteilung", "Raum"]]
    people = [("03.03.", "08:00", "104233", "Albers", "Christina", "KS Sach"),
              ("03.03.", "08:15", "118877", "Bode", "Marcel", "IT-Betrieb"),
              ("03.03.", "08:30", "102210", "Engel", "Tobias", "Vertrieb"),
              ("03.03.", "08:45", "126005", "Fischer", "Anke", "Leistung KV"),
              ("03.03.", "09:00", "131990", "Gehrke", "Jonas", "Kfz-Schaden"),
              ("03.03.", "09:15", "109341", "Heitmann", "Birgit", "Controlling"),
              ("03.03.", "09:30", "120118", "Ivanova", "Elena", "Aktuariat"),
              ("03.03.", "09:45", "107700", "Janssen", "Ole", "Recht"),
              ("04.03.", "08:00", "112563", "Kuhlmann", "Petra", "KS Leben"),
              ("04.03.", "08:15", "129874", "Lorenz", "Dirk", "Poststelle"),
              ("04.03.", "08:30", "115432", "Meyer-Rasch", "Sonja", "Personal"),
              ("04.03.", "08:45", "133012", "Nolte", "Kevin", "IT-Entwicklung")]
    for d, t, pn, n, v, ab in people:
        rows.append([d, t, pn, n, v, ab, "A1.40"])
    x = xlsx([("Termine", rows)], author="Osterkamp, Melanie", dt="2026-02-20T11:00:00Z")
    body = """Hallo zusammen,

hier die gebuchten Termine für die Sehtest-Aktion (Stand heute, 11 Uhr), damit ihr
die Kolleginnen und Kollegen in der Einsatzplanung freihalten könnt. Bitte NICHT an
die Teams weiterleiten, jede/r hat die eigene Buchungsbestätigung.

Noch 23 freie Slots am 05.03. – gerne nochmal in den Teamrunden erwähnen.

""" + sig_osterkamp()
    m = mail(OSTERKAMP, A("Teamleitungen Hannover", "tl-hannover"), "Terminliste Sehtest 03./04.03.",
             D("2026-02-20 11:07:52"),
             MP("mixed", T(body, charset="windows-1252"), ATT(x, MIME_XLSX, "Terminliste_Sehtest_KW10.xlsx")))
    return m, ("CONFIDENTIAL", "de", "internal",
               "grey: named staff with personnel numbers booked for screen-work eye test; no findings (xlsx only)")


def m012():
    body = """Hi all,

Quick reminder after last week's clean-up of the G: drive: we found a folder
"Krankmeldungen_alt" in a team share and two scanned fit notes in a personal
OneDrive shared with "everyone in the organisation". Both have been removed and
the DPO is informed.

Please:
  1. Never save sick notes, AU-Bescheinigungen, doctors' letters or anything
     medical on shared drives, Teams channels or in e-mail folders.
  2. Employees upload certificates themselves in PeopleHub > Absence. Team leads
     only see "absent" / "present" there - that's deliberate.
  3. If someone hands you a paper certificate, pass it unopened to HR
     (internal mail, envelope marked "Personal").
  4. Delete local copies (Downloads folder!) and empty the recycle bin.

The DLP rule that blocks outgoing mail with attachments named *AU*, *Attest*,
*fit note* goes live on 16 Feb. False positives -> ticket to Service Desk,
category "Mail/DLP".

Thanks,
Priya

--
Priya Raman | Group IT Service Desk Lead | Lindenhof Versicherung AG
Hannover +49 511 4470-1888 | Dublin +353 1 555 0160
"""
    m = mail(RAMAN, A("IT-Info Group", "it-info"), "Reminder: no medical documents on shared drives",
             D("2026-02-04 12:48:19"), T(body, charset="us-ascii", cte="7bit"))
    return m, ("NORMAL", "en", "internal",
               "trap: IT/data-protection reminder about sick notes and fit notes, no person")


def m013():
    form = [
        "# UNFALLANZEIGE für Unternehmen (Wegeunfall)",
        "BG Finanzen & Verwaltung - Unternehmensnummer 130 400 7719",
        "",
        "1  Name und Anschrift des Unternehmens: Lindenhof Versicherung AG, Am Lindenhof 12, 30159 Hannover",
        "4  Name, Vorname der versicherten Person: Stadtländer, Jörg",
        "5  Geburtsdatum: 11.08.1974",
        "6  Straße, Hausnummer, PLZ, Ort: Wunstorfer Str. 41, 30453 Hannover",
        "7  Geschlecht: männlich    8  Staatsangehörigkeit: deutsch",
        "10 Die versicherte Person ist: Angestellter, Sachbearbeiter Leistung Unfall",
        "12 Krankenkasse: BKK Leinebogen",
        "14 Unfallzeitpunkt: 05.02.2026, 07:35 Uhr",
        "15 Unfallort: Radweg Fössestraße / Ecke Davenstedter Str., Hannover",
        "16 Ausführliche Schilderung des Unfallhergangs:",
        "   Auf dem direkten Weg zur Arbeit mit dem Fahrrad auf überfrorenem Radweg weggerutscht",
        "   und auf die linke Schulter gestürzt. Kein Fremdverschulden. Helm getragen.",
        "17 Verletzte Körperteile: linke Schulter / Schlüsselbein",
        "18 Art der Verletzung: Fraktur Klavikula links, mittleres Drittel (S42.02)",
        "19 Erstbehandlung: D-Arzt Dr. Feldhusen, Unfallchirurgie Klinikum Siloah",
        "20 Beginn der Arbeitsunfähigkeit: 05.02.2026 - voraussichtlich 6 Wochen",
        "23 Arbeit eingestellt: sofort",
        "26 Datum: 09.02.2026    Unternehmer: i. V. Düsterhöft    Betriebsrat: Brandes",
        "   Ansprechpartner: Torsten Wiegmann, Tel. 0511 4470-2318",
    ]
    body = """Sehr geehrte Damen und Herren,

anbei die Unfallanzeige zu einem Wegeunfall unseres Mitarbeiters Herrn Stadtländer
vom 05.02.2026. Das Original mit Unterschriften geht zusätzlich über das
Extranet-Formular raus, sobald unser Zugang wieder funktioniert (Störung seit
Freitag, Ticket bei Ihrer Hotline ist eröffnet).

""" + sig_wiegmann()
    m = mail(WIEGMANN, "Unfallsachbearbeitung <unfall@bgfv.example>",
             "Unfallanzeige Wegeunfall 05.02.2026 – Mitgliedsnr. 130 400 7719", D("2026-02-09 10:33:26"),
             MP("mixed", T(body), ATT(pdf(form, title="Unfallanzeige", date="20260209102500"),
                                     "application/pdf", "Unfallanzeige_Stadtlaender_2026-02-05.pdf")))
    return m, ("STRICTLY_CONFIDENTIAL", "de", "insurer-to-partner",
               "accident report to the statutory accident insurer: named employee, birth date, fracture S42.02")


def m014():
    body = """Sehr geehrte Frau Lampe,

hiermit bestellen wir gemäß Rahmenvertrag RV-2024-117:

Pos  Menge  Art.-Nr.     Bezeichnung
 1    12    VK-13157-W   Betriebsverbandkasten DIN 13157, Wandhalterung
 2    20    NF-13157     Nachfüllset DIN 13157
 3     4    AS-500       Augenspülflasche 500 ml, Natriumphosphat
 4     2    AED-EL-AD    Defibrillations-Elektroden Erwachsene (f. AED Typ HeartPoint 3)
 5     1    AED-EL-KI    Defibrillations-Elektroden Kinder
 6    10    KK-Instant   Kühlkompressen Sofortkälte
 7     6    RD-DIN       Rettungsdecke gold/silber
 8     2    VB-A4        Verbandbuch A4, 50 Blatt

Lieferadresse: Lindenhof Versicherung AG, Warenannahme Tor 2, Am Lindenhof 12,
30159 Hannover, z. Hd. Herrn Siebert.
Bestellnummer bitte auf Lieferschein und Rechnung: 4500-1873.

Die Elektroden im EG laufen im März ab - wäre schön, wenn die Pos. 4 und 5 bis
Ende Februar kommen.

Mit freundlichen Grüßen
i. A. Torsten Wiegmann
Arbeitssicherheit
"""
    m = mail(WIEGMANN, "Medi-Nord Betriebsbedarf <bestellung@medi-nord.example>",
             "Bestellung 4500-1873 Verbandmaterial / AED-Elektroden", D("2026-02-10 08:52:03"),
             T(body, charset="iso-8859-1", cte="quoted-printable"))
    return m, ("NORMAL", "de", "insurer-to-supplier",
               "trap: purchase order for first-aid kits, eye wash and AED pads")


def m015():
    body = """Dear Mr Ferreira,

thank you for your e-mail. As requested, here is a summary of your household
contents policy in English. The German policy documents remain legally binding.

  Policyholder:      Rui Ferreira
  Policy number:     HR 7734019
  Insured address:   Bödekerstraße 23, 3rd floor left, 30161 Hannover
  Sum insured:       EUR 65,000 (incl. underinsurance waiver)
  Cover:             fire, burglary, water, storm/hail; bicycle theft up to EUR 1,500
  Annual premium:    EUR 142.80, due 1 March 2026
  Renewal date:      1 March 2026

The premium will be collected by SEPA direct debit from the account ending in
...4417 as before. If you move, please let us know your new address before the
move so that both flats are covered during the moving period.

Kind regards

Oliver Kramer
Property Customer Service
Lindenhof Versicherung AG | +49 511 4470-3420

""" + FOOT_DE + "\n"
    m = mail(A("Kramer, Oliver", "o.kramer"), "rui.ferreira@correio.example",
             "RE: Household insurance - English summary", D("2026-02-10 13:17:40"),
             T(body, cte="8bit"),
             headers=[("In-Reply-To", "<CAF3a1x9Q@correio.example>")])
    return m, ("CONFIDENTIAL", "en", "insurer-to-customer",
               "ordinary household policy: named customer, address, policy number, premium")


def m016():
    body = """Hi ihr,

kurze Info: Jana ist bis einschließlich Freitag krankgeschrieben, Magen-Darm.
Sie sagt wir sollen ihre Tasse nicht benutzen haha. Ihre Rückrufe übernimmt
Timo, die Postkorb-Fälle teile ich morgen früh auf.

Marco

Von meinem iPhone gesendet
"""
    m = mail(A("Lindemann, Marco", "m.lindemann"), A("Team Kfz-Schaden 3", "team-kfz3"),
             "Jana", D("2026-02-11 07:48:12"), T(body, cte="8bit"),
             headers=[("X-Mailer", "iPhone Mail (21D61)")])
    return m, ("STRICTLY_CONFIDENTIAL", "de", "internal",
               "short team mail: named colleague on sick leave with gastro-intestinal illness")


def m017():
    body = """Liebes Team,

Herr Wolters ist diese Woche nicht im Haus. Seine Termine übernehme ich bzw.
Frau Ehlers (Maklergespräche am Mittwoch). Post bitte wie gewohnt in den
Teampostkorb, nicht an sein persönliches Postfach.

Die Freigaben > 10.000 EUR zeichnet bis Freitag Herr Bruns.

Danke euch
Katrin Sander
Abteilungsleitung Vertrieb Nord
"""
    m = mail(A("Sander, Katrin", "k.sander"), A("Vertrieb Nord", "vertrieb-nord"),
             "Abwesenheit Hr. Wolters KW 7", D("2026-02-09 08:05:33"), T(body))
    return m, ("NORMAL", "de", "internal",
               "trap: colleague absent this week, no reason given, organisational")


def m018():
    body = """Hi Dermot,

Sinéad has signed the consent form so I can share the EAP counsellor's feedback
below with you (and only you). Please don't discuss the details with the team;
from their point of view she is on reduced hours "for personal reasons".

Can we meet Thursday at 10 to go through the workload part?

Niamh

> From: Fiona Brady <f.brady@harbourlight-eap.example>
> Sent: 16 February 2026 15:41
> To: Niamh Gallagher
> Subject: Manager referral HL-26-0193 - S. Moran
>
> Dear Niamh,
>
> Further to your manager referral of 2 February, I have now seen Ms Sinéad Moran
> (Claims Operations) for three sessions. With her written consent I can share
> the following:
>
> - Ms Moran presents with symptoms consistent with burnout: exhaustion, poor
>   sleep, difficulty concentrating, tearfulness at work. She has seen her GP,
>   who has started her on sertraline 50 mg.
> - The main work-related factors she identifies are the Q4 backlog and covering
>   two vacant roles since October.
> - I recommend six further EAP sessions (approved under the programme) and a
>   temporary reduction to 30 hours/week for 8 weeks, with a clear, capped
>   caseload.
> - She would welcome a meeting with her manager about workload once back to
>   full hours.
>
> Kind regards,
> Fiona Brady, MIACP
> Senior Counsellor, Harbourlight EAP

""" + sig_gallagher()
    m = mail(GALLAGHER, A("Dermot Fahy", "d.fahy"), "FW: Manager referral HL-26-0193",
             D("2026-02-17 08:59:10", "IE"), T(body), host="mail-ie." + DOM)
    return m, ("STRICTLY_CONFIDENTIAL", "en", "therapist",
               "EAP counsellor feedback on a named employee (burnout, sertraline) quoted to manager")


def m019():
    body = """Hi Fiona,

Thanks for the Q4 utilisation report, it arrived safely. Two questions before I
present it to the management team on 3 March:

1. Could you split "work-related stress" into the two sites only if each cell has
   at least 5 cases? Otherwise please keep Dublin and Hannover together as now.
2. The average of 3.1 sessions per case - is that for closed cases only?

For reference, the figures I'm going to use:

> Q4 2025 - Lindenhof Group (Ireland + Germany, 1,180 eligible employees)
>   New cases:                       17  (annualised uptake 5.8 %)
>   Of which manager referrals:      <5
>   Presenting issues:  work-related stress 41 %, anxiety/low mood 29 %,
>                       relationship/family 18 %, other 12 %
>   Channels:           telephone 53 %, video 35 %, face-to-face 12 %
>   Satisfaction (n=9): 4.6 / 5
> No individual data are reported. Categories with fewer than 5 cases are merged.

Many thanks,
Niamh

""" + sig_gallagher()
    m = mail(GALLAGHER, "Fiona Brady <f.brady@harbourlight-eap.example>",
             "RE: Lindenhof Q4 EAP utilisation report", D("2026-02-18 11:30:45", "IE"),
             T(body, charset="us-ascii", cte="7bit"), host="mail-ie." + DOM)
    return m, ("NORMAL", "en", "insurer-to-supplier",
               "trap: EAP utilisation statistics, aggregated with small cells merged")


def m020():
    body = """Hallo Herr Hollmann,

Ihr Antrag auf ein Dienstrad über "Radwerk Leasing" ist genehmigt. Wie besprochen
hier die Auswirkung der Entgeltumwandlung auf Ihre Abrechnung ab März 2026:

                                 bisher        neu
  Bruttogehalt (EG 9/St. 4)    4.312,50 €   4.312,50 €
  Entgeltumwandlung Leasing        —           -78,40 €
  Geldwerter Vorteil (0,25 %)      —           +8,75 €
  steuer-/SV-pflichtiges Brutto 4.312,50 €   4.242,85 €
  voraussichtliches Netto*      2.781,16 €   2.741,30 €

  * StKl. I, kein Kinderfreibetrag, KiSt nein – Werte unverbindlich

Die Laufzeit beträgt 36 Monate. Die Versicherung (Diebstahl, Unfallschaden)
übernimmt Lindenhof, die Servicepauschale ist in der Rate enthalten.

Den Überlassungsvertrag bitte unterschrieben per Hauspost an mich zurück.

Viele Grüße
Aylin Demir
Personalabrechnung
Lindenhof Versicherung AG · Tel. -2262
"""
    m = mail(DEMIR, A("Hollmann, Kai", "k.hollmann"), "Dienstrad – Ihre Entgeltumwandlung ab 03/2026",
             D("2026-02-18 14:44:02"), T(body, charset="utf-8", cte="base64"))
    return m, ("CONFIDENTIAL", "de", "internal",
               "salary figures of a named employee for bike leasing (base64 body)")


def m021():
    body = """Hallo Herr Siebert,

Herr Anton Krüger (Controlling, 3. OG, Raum A3.22) ist seit Januar von der
Agentur für Arbeit einem schwerbehinderten Menschen gleichgestellt (GdB 30).
Grund ist eine rheumatoide Arthritis, die vor allem Finger- und Handgelenke
betrifft. Er hat mich ausdrücklich gebeten, das an Sie weiterzugeben, damit der
Arbeitsplatz angepasst werden kann.

Benötigt wird laut Stellungnahme von Frau Dr. Ahlborn:
- eine ergonomische Split-Tastatur und eine vertikale Maus
- Unterarmauflagen am Schreibtisch
- ein Türöffner-Taster für die schwere Brandschutztür am Flur Nord
- Parkplatz möglichst nah am Eingang (an Kälte morgens sind die Gelenke steif)

Die Kosten können wir teilweise beim Integrationsamt beantragen, das mache ich.
Können Sie bis Ende nächster Woche Angebote einholen?

Bitte die Diagnose nicht in das FM-Ticket schreiben - dort reicht
"Arbeitsplatzanpassung SBV".

Viele Grüße
Petra Kallweit
Vertrauensperson der schwerbehinderten Menschen
Lindenhof Versicherung AG · Tel. -2277
"""
    m = mail(KALLWEIT, SIEBERT, "Arbeitsplatzanpassung A3.22", D("2026-02-19 09:12:55"),
             T(body, charset="iso-8859-1", cte="8bit"))
    return m, ("STRICTLY_CONFIDENTIAL", "de", "internal",
               "named employee's equal-status disability (GdB 30) and rheumatoid arthritis")


def m022():
    body = """Liebe Kolleginnen und Kollegen,

die Sprechstunde unserer Betriebsärztin Frau Dr. Ahlborn ändert sich ab März:

  Dienstag   08:00 – 12:00 Uhr   Sanitätsraum A1.40
  Donnerstag 13:00 – 16:00 Uhr   Sanitätsraum A1.40  (bisher Mittwoch)

Vom 23.03. bis 03.04. ist Frau Dr. Ahlborn im Urlaub. Vertretung in dringenden
Fällen: Herr Dr. Peukert, ArbMed Nord, Tel. 0511 555 9870.

Termine weiterhin über die Sekretariatsnummer -2299 oder per Mail an
betriebsarzt@lindenhof-versicherung.example. Bitte schicken Sie über dieses
Postfach keine Befunde oder Arztbriefe – bringen Sie Unterlagen zum Termin mit.

Alles, was Sie mit der Betriebsärztin besprechen, unterliegt der ärztlichen
Schweigepflicht – auch gegenüber Ihrer Führungskraft und der Personalabteilung.

""" + sig_osterkamp()
    m = mail(OSTERKAMP, A("Alle Mitarbeitenden Hannover", "alle-hannover"),
             "Neue Sprechzeiten Betriebsärztin ab März", D("2026-02-23 09:00:00"),
             ALT(T(body), H("<html><body><pre style=\"font-family:Calibri,sans-serif\">" +
                            xesc(body) + "</pre></body></html>")))
    return m, ("NORMAL", "de", "internal",
               "trap: company doctor's consultation hours and holiday cover, nobody's health")


def m023():
    body = """Sehr geehrter Herr Dreyer,

für die Brandschutzhelfer-Ausbildung am 12.03.2026 (Theorie + Löschübung auf
unserem Parkplatz Ost) melden wir folgende Teilnehmende an. Die Geburtsdaten
brauchen Sie laut Ihrer Mail für die Teilnahmebescheinigungen:

  1. Albers, Christina        geb. 02.05.1983
  2. Ahrens, Florian          geb. 17.10.1990
  3. Dabrowska, Katarzyna     geb. 30.01.1988
  4. Hoppe, Reinhard          geb. 08.12.1966
  5. Krämer, Sina             geb. 21.07.1995
  6. Özkan, Mehmet            geb. 14.03.1986
  7. Pieper, Lukas            geb. 03.06.1999
  8. Reuter, Bastian          geb. 25.09.1984
  9. Wöhler, Anja             geb. 11.11.1977

Beginn 08:30 Uhr im Schulungsraum A0.22, Ende ca. 13:00 Uhr. Die Feuerlöscher für
die Übung bringen Sie mit, Löschdecken haben wir.

Rechnung bitte an Lindenhof Versicherung AG, Kreditorenbuchhaltung, Bestellnr.
4500-1902.

""" + sig_wiegmann()
    m = mail(WIEGMANN, "Herbert Dreyer <h.dreyer@brandschutz-calenberg.example>",
             "Anmeldung Brandschutzhelfer 12.03.2026", D("2026-02-24 10:41:14"),
             T(body, charset="windows-1252", cte="quoted-printable"))
    return m, ("CONFIDENTIAL", "de", "insurer-to-supplier",
               "fire-warden training registration: names with birth dates")


def m024():
    body = """Liebe Frau Dr. Ahlborn,

danke für Ihren Anruf. Dann planen wir die Begehungen im 2. Quartal so:

  14.04.  Gebäude C (Rechenzentrum, Druckstraße, Lager)      mit Herrn Siebert
  12.05.  Gebäude A, 3.–4. OG (neue Open-Space-Flächen)     mit Betriebsrat
  09.06.  Außenstelle Braunschweig                          nur FaSi + Sie

Einsatzzeit nach DGUV V2 für 2026: 1.412 Beschäftigte, Gruppe III → 0,2 h je
Beschäftigtem für Grundbetreuung Betriebsarzt, also ~282 h, dazu der
betriebsspezifische Teil (Sehtest, Grippeimpfung, Gesundheitstag) lt. Vertrag.

Während Ihres Urlaubs (23.03.–03.04.) verweisen wir wie besprochen an Herrn
Dr. Peukert. Die Sprechstunde am 26.03. fällt aus, das kündigt Frau Osterkamp an.

""" + sig_wiegmann()
    m = mail(WIEGMANN, AHLBORN_EXT, "Begehungen Q2 und Vertretung", D("2026-02-24 16:20:08"),
             T(body, cte="8bit"))
    return m, ("NORMAL", "de", "insurer-to-doctor",
               "trap: planning with the company doctor (site walks, hours per DGUV V2), no patient")


def m025():
    body = """Hi everyone,

Our first fire evacuation drill of 2026 will take place in the week of 9 March.
As always, the exact day and time won't be announced.

When the alarm sounds:
  - leave by the nearest exit, do NOT use the lifts
  - do not stop to collect belongings
  - go to the assembly point: Grand Canal Square, by the red poles
  - report to your floor warden (hi-vis vest)

Floor wardens 2026:
  Ground   Séamus O'Rourke (Facilities)
  1st      Grainne Walsh / deputy Aoife Brennan
  2nd      Darragh Kinsella
  3rd      Chiamaka Nwosu
  4th      Conor Whelan

If you have a mobility issue, a temporary injury or any other reason you might
need help evacuating, please contact me in confidence so we can agree a Personal
Emergency Evacuation Plan (PEEP). You don't have to tell me why.

""" + sig_whelan()
    m = mail(WHELAN, A("All staff Ireland", "allstaff-ie"), "Fire drill - week of 9 March",
             D("2026-02-25 09:30:00", "IE"), T(body, charset="utf-8", cte="quoted-printable"),
             host="mail-ie." + DOM)
    return m, ("NORMAL", "en", "internal",
               "trap: fire drill notice with named wardens and PEEP offer, no health of anyone")


# ================================================================ MAILS 026-050
def m026():
    doc = docx([
        ("h", "Lindenhof Services Ireland DAC - Accident / Incident Report Form (HS-03)"),
        ("table", [["Report no.", "IE-2026-004"],
                   ["Date / time of incident", "24/02/2026, 13:10"],
                   ["Location", "Ground floor, staff kitchen beside lift lobby"],
                   ["Injured person", "Tomasz Wiśniewski, Claims Handler, employee no. IE-20771"],
                   ["Home address", "Apt 12, Barrow Court, Ringsend, Dublin 4"],
                   ["Description", "Slipped on water spilled from the dishwasher, fell on outstretched right hand."],
                   ["Injury", "Painful, swollen right wrist; suspected sprain. Ice pack applied by first aider."],
                   ["First aider", "Grainne Walsh"],
                   ["Further treatment", "Taxi to Swiftcare urgent care clinic; X-ray negative, sprain confirmed, splint"],
                   ["Absence", "Fit note received: unfit 25/02 - 02/03/2026 (4 working days)"],
                   ["Witness", "Chiamaka Nwosu"],
                   ["Reportable to Authority?", "Yes - more than 3 consecutive days, excl. day of accident"]]),
        ("h", "Corrective action"),
        "Leak at dishwasher drain hose repaired 24/02 (Facilities). Anti-slip mat ordered. Wet-floor signs moved into kitchen.",
        "Completed by: Conor Whelan, 26/02/2026",
    ], title="HS-03 IE-2026-004", author="Conor Whelan", dt="2026-02-26T09:00:00Z")
    body = """Niamh,

Attached is the accident report for Tomasz's fall in the kitchen on Tuesday. As
he's now off for more than three days I'll submit the report to the Authority
this week - I need his PPS number from you for the online form, could you send
it over (by phone is fine)?

Also logged in the accident book, entry 4/2026.

Conor

""" + sig_whelan()
    m = mail(WHELAN, GALLAGHER, "Accident report IE-2026-004 (kitchen)", D("2026-02-26 09:14:27", "IE"),
             MP("mixed", T(body), ATT(doc, MIME_DOCX, "HS-03_IE-2026-004.docx")), host="mail-ie." + DOM)
    return m, ("STRICTLY_CONFIDENTIAL", "en", "internal",
               "accident report: named employee, wrist sprain, fit note, home address (docx)")


def m027():
    rows = [["Division", "Headcount (FTE avg)", "Sickness absence rate 2024", "Sickness absence rate 2025", "Change (pp)"],
            ["Claims (property/motor)", 312.4, "5.9 %", "6.3 %", "+0.4"],
            ["Benefits (life/health)", 268.0, "6.1 %", "5.8 %", "-0.3"],
            ["Customer Service", 221.5, "7.4 %", "7.9 %", "+0.5"],
            ["Sales & Broker Mgmt", 148.2, "3.8 %", "4.0 %", "+0.2"],
            ["IT & Operations (DE)", 186.7, "4.2 %", "4.4 %", "+0.2"],
            ["Central functions", 119.3, "4.5 %", "4.1 %", "-0.4"],
            ["Lindenhof Services Ireland", 158.0, "3.6 %", "3.9 %", "+0.3"],
            ["Group total", 1414.1, "5.4 %", "5.6 %", "+0.2"],
            [],
            ["Source: payroll absence codes, calendar-day method. Units < 30 FTE merged into their division."],
            ["Long-term absence (> 6 weeks) share of days: 38 % (2024: 35 %)"],
            ["BEM offers 2025: 64, accepted: 41"]]
    x = xlsx([("Absence 2025", rows)], author="HR Controlling", dt="2026-02-27T10:00:00Z")
    body = """Dear Caroline,

for the board pack (item "People KPIs") please find attached the sickness absence
figures for 2025 by division. Germany and Ireland are calculated on the same
basis now (calendar days, as agreed in the HR steering meeting).

Key messages in one line each:
- Group rate up slightly from 5.4 % to 5.6 %, still below the German insurance
  industry benchmark of roughly 6 %.
- Customer Service remains highest (7.9 %); the psychosocial risk assessment
  survey currently running should tell us more.
- Long-term cases drive 38 % of lost days - BEM uptake 64 %.

No individual data in the file; teams below 30 FTE are merged.

Best regards
Frank Düsterhöft
HR Business Partner | Lindenhof Versicherung AG
"""
    m = mail(DUESTERHOEFT, A("Caroline Hasse", "c.hasse"), "Board pack: sickness absence 2025",
             D("2026-02-27 10:22:11"), MP("mixed", T(body), ATT(x, MIME_XLSX, "Sickness_absence_2025_by_division.xlsx")))
    return m, ("NORMAL", "en", "internal",
               "trap: sickness-absence rates per division, aggregated (<30 FTE merged)")


def m028():
    body = """Hi Niamh,

I did the remote home-working assessment with Eoin Phelan yesterday over Teams
(camera walk-round). Summary for his file:

  Employee:        Eoin Phelan, Claims Handler (IE-20514)
  Home address:    27 Castle Avenue, Clontarf, Dublin 3, D03 W2K7
  Work area:       spare bedroom, window to the side - OK
  Desk:            kitchen table, 76 cm - OK height but too shallow (60 cm)
  Chair:           dining chair, no adjustment  -> NOT OK
  Screen:          laptop only, no riser        -> NOT OK
  Lighting:        ceiling light + daylight     -> OK
  Trip hazards:    extension lead across door   -> advised to reroute
  Smoke alarm:     present, tested              -> OK
  Broadband:       fibre, 150 Mbit              -> OK

Actions:
  1. Ship standard home-working kit (chair H-200, 24" monitor, riser,
     keyboard, mouse) to the address above - I'll raise the PO.
  2. Eoin to re-route the extension lead.
  3. Re-check in 4 weeks.

He didn't report any discomfort, it's just a poor set-up.

Conor

""" + sig_whelan()
    m = mail(WHELAN, GALLAGHER, "Home working assessment - E. Phelan", D("2026-03-03 11:05:50", "IE"),
             T(body, cte="quoted-printable"),
             host="mail-ie." + DOM)
    return m, ("CONFIDENTIAL", "en", "internal",
               "home-working assessment: named employee with home address, no health complaint")


def m029():
    body = """Hallo Herr Lindemann,

Frau Ziegler hat mich gebeten, Ihnen den mit ihrer Hausärztin und der
Krankenkasse abgestimmten Stufenplan für die Wiedereingliederung weiterzugeben.
Sie ist damit einverstanden, dass Sie als Führungskraft die Diagnose kennen,
weil sie offen damit umgehen möchte – bitte trotzdem nicht im Team.

Mitarbeiterin:  Katharina Ziegler, Kfz-Schaden Team 3 (PN 124580)
Diagnose lt. Wiedereingliederungsplan: F32.1 G (mittelgradige depressive Episode)
Arbeitsunfähig seit: 13.10.2025
Kostenträger während der Wiedereingliederung: BKK Leinebogen (Krankengeld)

Stufe | Zeitraum          | Std./Tag | Tätigkeit
------+-------------------+----------+-------------------------------------
  1   | 09.03. – 22.03.   |    3     | Posteingang, keine Telefonate
  2   | 23.03. – 05.04.   |    4     | + Rückrufe nach Termin
  3   | 06.04. – 19.04.   |    6     | + Sachbearbeitung bis 5.000 EUR
  4   | ab 20.04.         |   7,8    | volle Tätigkeit (ohne Beschwerdefälle)

Wichtig:
- In der Zeit bleibt Frau Ziegler arbeitsunfähig, sie ist nicht "im Soll".
- Keine Überstunden, keine Spätdienste.
- Therapietermine dienstags 15 Uhr bitte ermöglichen.
- Bei Verschlechterung kann die Maßnahme jederzeit abgebrochen werden.

Ein kurzes Gespräch zu dritt am ersten Tag (09.03., 9 Uhr) habe ich eingestellt.

""" + sig_reinholz()
    m = mail(REINHOLZ, A("Lindemann, Marco", "m.lindemann"),
             "Wiedereingliederung Fr. Ziegler ab 09.03. – Stufenplan", D("2026-03-02 15:31:04"), T(body))
    return m, ("STRICTLY_CONFIDENTIAL", "de", "internal",
               "graded return-to-work plan with ICD F32.1 for a named employee")


def m030():
    text = """GESUND IM LINDENHOF – März 2026

1) Rückenfit im Büro
Wer acht Stunden sitzt, merkt es irgendwann im Kreuz. Ab 10. März gibt es wieder
die 15-Minuten-Rückenpause: dienstags und donnerstags 12:15 Uhr im Bewegungsraum
A0.30 oder online. Keine Anmeldung, keine Sportkleidung nötig.

2) Massage am Arbeitsplatz
Die mobile Massage (Nacken/Schulter, 15 Min., Eigenanteil 8 EUR) ist zurück.
Buchung über das Intranet.

3) Neuer Kurs: Pilates für Anfänger
Acht Termine ab 16.04., montags 17:15 Uhr. Die Krankenkassen bezuschussen den
zertifizierten Kurs nach § 20 SGB V – Bescheinigung gibt's am Ende.

4) Zahl des Monats: 37 %
So viele von uns haben 2025 mindestens einmal ein BGM-Angebot genutzt.

Ihr BGM-Team
"""
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<h2 style="color:#2b6e3f">GESUND IM LINDENHOF &ndash; M&auml;rz 2026</h2>
<h3>1) R&uuml;ckenfit im B&uuml;ro</h3>
<p>Wer acht Stunden sitzt, merkt es irgendwann im Kreuz. Ab 10. M&auml;rz gibt es wieder
die 15-Minuten-R&uuml;ckenpause: dienstags und donnerstags 12:15&nbsp;Uhr im Bewegungsraum
A0.30 oder online. Keine Anmeldung, keine Sportkleidung n&ouml;tig.</p>
<h3>2) Massage am Arbeitsplatz</h3>
<p>Die mobile Massage (Nacken/Schulter, 15&nbsp;Min., Eigenanteil 8&nbsp;EUR) ist zur&uuml;ck.
<a href="https://intranet.lindenhof-versicherung.example/bgm/massage">Jetzt buchen</a>.</p>
<h3>3) Neuer Kurs: Pilates f&uuml;r Anf&auml;nger</h3>
<p>Acht Termine ab 16.04., montags 17:15&nbsp;Uhr. Die Krankenkassen bezuschussen den
zertifizierten Kurs nach &sect;&nbsp;20 SGB&nbsp;V &ndash; Bescheinigung gibt&rsquo;s am Ende.</p>
<h3>4) Zahl des Monats: <span style="font-size:24px">37&nbsp;%</span></h3>
<p>So viele von uns haben 2025 mindestens einmal ein BGM-Angebot genutzt.</p>
<p>Ihr BGM-Team</p>
</body></html>
"""
    m = mail(A("BGM Lindenhof", "bgm"), A("Alle Mitarbeitenden", "alle"),
             "Gesund im Lindenhof – Newsletter März", D("2026-03-04 08:00:00"),
             ALT(T(text, cte="base64"), H(html, charset="us-ascii", cte="7bit")))
    return m, ("NORMAL", "de", "newsletter", "trap: internal health newsletter (back pain, massage, Pilates)")


def m031():
    iban = mkiban("DE", "25050180" + "0910442871")
    body = f"""Sehr geehrte Frau Wendland,

zu Ihrem Fahrraddiebstahl vom 21.02.2026 (Schaden-Nr. HR-2026-0087731,
Hausratversicherung Nr. HR 6120558) haben wir die Unterlagen geprüft.

Entschädigung:
  Neupreis lt. Rechnung (E-Bike Kalkhoff, 03/2023)    2.899,00 EUR
  Begrenzung Fahrraddiebstahl lt. Vertrag               2.500,00 EUR
  abzüglich Selbstbeteiligung                            -150,00 EUR
  Auszahlung                                          2.350,00 EUR

Den Betrag überweisen wir in den nächsten Tagen auf Ihr Konto
IBAN {iban} (Kontoinhaberin: Svenja Wendland).

Sollte das Rad wieder auftauchen, melden Sie sich bitte umgehend bei uns.
Ihre Versicherung läuft unverändert weiter; Ihre Anschrift Podbielskistr. 301,
30655 Hannover haben wir bestätigt.

Mit freundlichen Grüßen
Oliver Kramer
Sach-Schaden | Lindenhof Versicherung AG

""" + FOOT_DE + "\n"
    m = mail(A("Kramer, Oliver", "o.kramer"), "svenja.wendland@mailbox.example",
             "Ihr Schaden HR-2026-0087731 – Abrechnung", D("2026-03-04 14:12:37"),
             T(body, charset="iso-8859-1", cte="quoted-printable"))
    return m, ("CONFIDENTIAL", "de", "insurer-to-customer",
               "ordinary bicycle-theft claim: named customer, IBAN, address, claim number")


def m032():
    body = """Hallo Herr Siebert,

ich hatte im Dezember einen Bandscheibenvorfall (L4/L5, M51.2) und bin seit
letzter Woche wieder im Büro. Sitzen geht ehrlich gesagt nur so 30-40 Minuten,
dann muss ich aufstehen. Frau Dr. Ahlborn hat mir in der Sprechstunde gesagt,
dass ich einen höhenverstellbaren Schreibtisch beantragen soll, und mir dafür
eine kurze Bescheinigung mitgegeben (liegt bei Ihnen in der Hauspost).

Mein Platz ist A2.17, Fensterseite. Geht das zeitnah? Bis dahin habe ich mir
mit einem Karton und dem Monitor-Arm beholfen, das ist aber eher nicht so
DGUV-konform :-)

Danke und Gruß
Björn Sievers
Leistung Unfall, Team 1
Durchwahl -2645
"""
    m = mail(A("Sievers, Björn", "b.sievers"), SIEBERT, "Antrag höhenverstellbarer Schreibtisch",
             D("2026-03-05 10:47:19"), T(body, cte="8bit"), cc=WIEGMANN)
    return m, ("STRICTLY_CONFIDENTIAL", "de", "internal",
               "employee asks for standing desk citing his herniated disc M51.2")


def m033():
    body = """Moin Uwe,

für den Umzug von Team Kfz 2 in die 4. Etage brauchen wir dort 9 höhenverstellbare
Schreibtische (160x80, elektrisch) statt der alten Festhöhentische. Das ist so mit
dem Betriebsrat für alle neuen Open-Space-Flächen vereinbart (BV Arbeitsplatz
2025, § 4).

Plätze A4.31 bis A4.39. Stichtag Umzug 20.04.

Kannst du das mit der Standardbestellung bei Sitzwerk mitlaufen lassen?
Kostenstelle 4120.

Danke!
Marco
"""
    m = mail(A("Lindemann, Marco", "m.lindemann"), SIEBERT, "Schreibtische 4. OG Team Kfz 2",
             D("2026-03-05 16:02:44"), T(body, cte="8bit"))
    return m, ("NORMAL", "de", "internal",
               "trap: standing desks ordered for a whole team under the works agreement, no health reason")


def m034():
    body = """Dear ClearView team,

Please find below the eyecare voucher for one of our employees, following the
VDU eye test at our offices on 3 March.

  Voucher no.:      LSI-VDU-2026-011
  Employee:         Orla McGrath (employee no. IE-20903)
  Entitlement:      single-vision VDU spectacles, frame from the corporate
                    range, up to EUR 150 incl. VAT
  Prescription (from the test, Dr. Carey, optometrist):
                    R  -1.25 / -0.50 x 170   Add +1.00 (intermediate)
                    L  -1.00 / -0.75 x 10    Add +1.00
                    PD 63 mm
  Note:             early presbyopia; intermediate distance 65 cm

Please invoice Lindenhof Services Ireland DAC, quoting the voucher number. Any
amount above the entitlement is paid by the employee directly at collection.

""" + sig_whelan()
    m = mail(WHELAN, "ClearView Opticians Grafton St <grafton@clearview-opticians.example>",
             "VDU eyecare voucher LSI-VDU-2026-011", D("2026-03-09 12:01:03", "IE"),
             T(body, cte="quoted-printable"),
             host="mail-ie." + DOM)
    return m, ("STRICTLY_CONFIDENTIAL", "en", "insurer-to-supplier",
               "optician voucher with a named employee's prescription and presbyopia")


def m035():
    body = """Hi Mark,

Thanks for the revised offer. Before we sign for 2026-2027, can you confirm these
points?

  1. Eye test (VDU, incl. intermediate distance):   EUR 25 flat, on-site or in store
  2. Single-vision VDU glasses, corporate frame:    EUR 99
  3. Varifocal/office lenses where clinically needed: EUR 189
  4. Upgrade to own frame: employee pays difference directly
  5. On-site testing days: minimum 12 tests per day, 2 days per year included

We'd like invoices to show the voucher number only - no names, no prescription
data. Our DPO was quite clear about that after last year.

Estimated volume: 60-80 tests, 20-25 pairs per year.

""" + sig_whelan()
    m = mail(WHELAN, "Mark Devlin <m.devlin@clearview-opticians.example>",
             "RE: Corporate eyecare agreement 2026-27", D("2026-01-30 15:20:00", "IE"),
             T(body, charset="us-ascii", cte="7bit"), host="mail-ie." + DOM)
    return m, ("NORMAL", "en", "insurer-to-supplier",
               "trap: framework prices for VDU eye tests and glasses, no individual")


def m036():
    rows = """Stellplatz;Name;Abteilung;Kennzeichen;Fahrzeug;gültig bis
TG-01;Pahlke, Dr. Ulrike;Vorstand;H-LV 1;Audi A6 e-tron;31.12.2026
TG-02;Grote, Matthias;Vorstand;H-LV 2;BMW i5;31.12.2026
TG-14;Albers, Christina;KS Sach;H-CA 7712;Opel Corsa;30.06.2026
TG-15;Bode, Marcel;IT-Betrieb;PE-MB 331;Skoda Octavia;30.06.2026
TG-16;Reuter, Bastian;Aktuariat;H-BR 1984;VW ID.3;30.06.2026
TG-17;Heitmann, Birgit;Controlling;SHG-BH 55;Toyota Yaris;30.06.2026
TG-18;Nolte, Kevin;IT-Entwicklung;H-KN 2002;Tesla Model 3;30.06.2026
TG-19;Engel, Tobias;Vertrieb;H-TE 409;Mercedes C 220 d;30.06.2026
TG-20;frei;;;;
"""
    body = """Hallo Empfang,

anbei die aktuelle Stellplatzliste Tiefgarage für das 2. Quartal. Bitte die
Schranke entsprechend freischalten, die alten Karten für TG-14 bis TG-19
verlieren am 31.03. ihre Gültigkeit.

TG-20 bleibt als Gaststellplatz frei.

Danke, Uwe

Uwe Siebert
Facility Management
Lindenhof Versicherung AG, Tel. -2050
"""
    m = mail(SIEBERT, A("Empfang Gebäude A", "empfang"), "Stellplatzliste TG Q2",
             D("2026-03-10 07:55:40"),
             MP("mixed", T(body, charset="iso-8859-1", cte="quoted-printable"),
                TATT(rows, "csv", "Stellplaetze_TG_Q2_2026.csv", charset="windows-1252", cte="quoted-printable")))
    return m, ("CONFIDENTIAL", "de", "internal",
               "parking list: named employees with licence plates (csv only)")


def m037():
    body = """Hallo Uwe,

Frau Gerda Bockelmann (Rechnungswesen) hat einen Schwerbehindertenausweis mit
Merkzeichen aG (außergewöhnliche Gehbehinderung) und einen blauen EU-Parkausweis.
Sie ist nach ihrer Hüft-OP im Januar auf Unterarmgehstützen angewiesen, der Weg
vom Parkplatz Ost bis zum Eingang ist für sie nicht zu schaffen.

Bitte ab Montag den Behindertenstellplatz TG-03 direkt am Aufzug für sie
reservieren. Kennzeichen H-GB 610.

Kopie des Ausweises liegt mir vor, ich gebe sie nicht weiter.

Gruß
Petra Kallweit
Schwerbehindertenvertretung, -2277
"""
    m = mail(KALLWEIT, SIEBERT, "Stellplatz TG-03", D("2026-03-11 13:30:22"),
             T(body, charset="windows-1252", cte="8bit"))
    return m, ("STRICTLY_CONFIDENTIAL", "de", "internal",
               "disabled-parking request: named employee, severe walking disability, hip surgery")


def m038():
    body = """Hallo zusammen / Hi all,

hier die Agenda für unser Group H&S Jour fixe am Mittwoch, 18.03., 14:00 CET /
13:00 Dublin (Teams-Link im Kalender).

1. Unfallstatistik Q4 2025 / accident figures Q4 2025 (Torsten, Conor) – 10 min
2. Mental Health First Aid: Erfahrungen Dublin, Pilot Hannover? – 15 min
   (Conor: 6 MHFAs since Nov, ~20 conversations, no names of course)
3. VDU eye tests: Vergleich Angebote DE/IE, harmonise entitlement (180 EUR vs 150 EUR)
4. Evacuation drills: dates Q2; PEEP process in Hannover – wir haben bisher nur
   die Liste beim Empfang, Dublin does individual plans
5. Psychische GB / psychosocial risk assessment – survey status
6. AOB

Bitte Unterlagen bis Dienstagmittag in den Teams-Kanal "Group H&S".

Viele Grüße / Kind regards
Torsten
"""
    m = mail(WIEGMANN, f"{WHELAN}, {OSTERKAMP}", "Agenda Group H&S Jour fixe 18.03.",
             D("2026-03-13 11:44:09"), T(body), cc=GALLAGHER)
    return m, ("NORMAL", "mixed", "internal",
               "trap: bilingual H&S meeting agenda (MHFA, eye tests, PEEP), no individual data")


def m039():
    form = [
        "# Mitteilung über die Beschäftigung einer schwangeren Frau (§ 27 Abs. 1 MuSchG)",
        "An: Staatliches Gewerbeaufsichtsamt Leinetal, Dezernat Mutterschutz",
        "",
        "1. Arbeitgeber: Lindenhof Versicherung AG, Am Lindenhof 12, 30159 Hannover",
        "   Ansprechpartner: Torsten Wiegmann, Tel. 0511 4470-2318",
        "2. Name, Vorname der Frau: Marschall, Lea",
        "   Geburtsdatum: 07.05.1993",
        "   Anschrift: Kollenrodtstr. 14, 30163 Hannover",
        "3. Voraussichtlicher Tag der Entbindung: 14.07.2026",
        "4. Tätigkeit: Sachbearbeiterin Kundenservice Lebensversicherung, Bildschirmarbeit, Telefon",
        "5. Arbeitszeit: Vollzeit 39 Std./Woche, Gleitzeit 07:00-19:00; keine Nacht-, Sonn- und Feiertagsarbeit",
        "6. Gefährdungsbeurteilung nach § 10 MuSchG durchgeführt am: 29.01.2026",
        "   Ergebnis: Schutzmaßnahmen (keine Spätdienste, kein Heben > 5 kg), kein Beschäftigungsverbot",
        "7. Stillende Frau: nein",
        "",
        "Hannover, 30.01.2026",
        "i. V. Frank Düsterhöft, Personal",
    ]
    body = """Sehr geehrte Damen und Herren,

in der Anlage übersenden wir die Mitteilung nach § 27 MuSchG für eine
Mitarbeiterin unseres Hauses.

Mit freundlichen Grüßen
i. A. Torsten Wiegmann

""" + FOOT_DE + "\n"
    m = mail(WIEGMANN, "Mutterschutz <mutterschutz@gaa-leinetal.example>",
             "Mitteilung nach § 27 MuSchG – Lindenhof Versicherung AG", D("2026-01-30 11:18:40"),
             MP("mixed", T(body), ATT(pdf(form, title="Mitteilung MuSchG", date="20260130111500"),
                                     "application/pdf", "Mitteilung_27_MuSchG.pdf")))
    return m, ("STRICTLY_CONFIDENTIAL", "de", "insurer-to-partner",
               "body harmless; PDF notifies authority of a named employee's pregnancy with birth date and due date")


def m040():
    body = """Sehr geehrte Frau Dr. Kampmann,

vielen Dank für Ihren Vortrag beim Arbeitskreis Versicherungswirtschaft. Sie
hatten angeboten, Fragen zur anlassunabhängigen Gefährdungsbeurteilung nach § 10
MuSchG schriftlich zu beantworten.

Wir haben für unsere rund 40 Tätigkeitsprofile (Sachbearbeitung, Außendienst,
IT-Bereitschaft, Empfang, Poststelle, Kantine über Dienstleister) bereits
Muster-GBs. Zwei Fragen:

1. Reicht es, die Außendienst-Profile nach "mit/ohne Kfz-Nutzung > 2 Std./Tag"
   zu unterscheiden, oder erwarten Sie eine GB je Region?
2. Die Kantine wird von einem Caterer betrieben, dessen Beschäftigte in unseren
   Räumen arbeiten. Liegt die GB nach MuSchG ausschließlich beim Caterer?

Unsere Muster sind so aufgebaut, dass sie keine personenbezogenen Angaben
enthalten; die anlassbezogene Ergänzung erfolgt erst bei Mitteilung einer
Schwangerschaft.

""" + sig_wiegmann()
    m = mail(WIEGMANN, "Dr. Heike Kampmann <h.kampmann@gaa-leinetal.example>",
             "Rückfrage anlassunabhängige GB nach § 10 MuSchG", D("2026-03-16 09:37:21"),
             T(body, charset="iso-8859-1", cte="8bit"))
    return m, ("NORMAL", "de", "insurer-to-partner",
               "trap: question to the authority about generic maternity risk assessments")


def m041():
    body = """Hi Siobhan,

Please add the annual first aider allowance to the March payroll for the staff
below (approved by Dermot, cost centre IE-300). Amounts are gross.

  Employee no.  Name               Base salary (annual)   Allowance
  IE-20312      Aoife Brennan      EUR 58,400             EUR 500
  IE-20771      Grainne Walsh      EUR 41,250             EUR 500
  IE-20865      Darragh Kinsella   EUR 46,900             EUR 500 (pro rata from 11/03: EUR 405)
  IE-20877      Chiamaka Nwosu     EUR 44,100             EUR 500 (pro rata from 11/03: EUR 405)
  IE-20123      Seamus O'Rourke    EUR 39,800             EUR 500

The allowance is taxable in full (no BIK exemption). Darragh and Chiamaka only
qualify from their certificate date, hence pro rata.

Thanks,
Niamh

""" + sig_gallagher()
    m = mail(GALLAGHER, KAVANAGH, "First aider allowance - March payroll",
             D("2026-03-16 12:02:19", "IE"), T(body, cte="8bit"),
             host="mail-ie." + DOM)
    return m, ("CONFIDENTIAL", "en", "internal",
               "payroll instruction with named employees' base salaries and allowances")


def m042():
    body = """Hi Conor,

Rachel Fitzgerald is back from maternity leave on 6 April and will be
breastfeeding for at least the first few months. Under the Maternity Protection
Act she's entitled to one hour a day paid breastfeeding/lactation breaks (she'd
like 2 x 30 min, around 11:00 and 15:00).

Could you:
  - make sure the wellbeing room on the 2nd floor is free for her at those times
    (a recurring booking in her name, or just "reserved" if you prefer)
  - check the lock works and that the small fridge is in there
  - update the risk assessment for a breastfeeding employee - she'll still be
    doing the site visits to the Cork branch once a month, so travel + long days

She's fine with you knowing; please don't put the reason on the booking.

Thanks!
Niamh

""" + sig_gallagher()
    m = mail(GALLAGHER, WHELAN, "R. Fitzgerald - return 6 April", D("2026-03-18 10:15:03", "IE"),
             T(body), host="mail-ie." + DOM)
    return m, ("STRICTLY_CONFIDENTIAL", "en", "internal",
               "named employee returning from maternity leave, breastfeeding breaks and risk assessment")


def m043():
    body = """Hi all,

The wellbeing room on the 2nd floor (room 2.14, next to the print room) has been
refurbished. It's available to everyone who needs a quiet, private space:
breastfeeding or expressing milk, prayer, taking medication, a short rest if you
feel unwell, or just ten minutes away from the screen.

  - Book via Outlook: "IE-2.14 Wellbeing" (max. 45 min)
  - Bookings show as "Reserved" - nobody sees your name
  - There's a lockable door, armchair, sink, small fridge, and a first aid kit
  - Please leave it as you'd like to find it

Bookings for breastfeeding breaks take priority - if you need a recurring slot,
drop me a line and I'll set it up.

""" + sig_whelan()
    m = mail(WHELAN, A("All staff Ireland", "allstaff-ie"), "New: wellbeing room 2.14",
             D("2026-03-20 09:05:00", "IE"), T(body),
             host="mail-ie." + DOM)
    return m, ("NORMAL", "en", "internal",
               "trap: wellbeing/lactation room announcement, no individual")


def m044():
    iban = mkiban("DE", "25090500" + "0004471188")
    body = f"""Hallo Frau Demir,

anbei meine Reisekostenabrechnung für die Ersthelfer-Fortbildung beim DRK
Kreisverband in Hildesheim am 19.03. (der Kurs in Hannover war ausgebucht).

  Fahrt mit Privat-Pkw, 2 x 36 km à 0,30 EUR     21,60 EUR
  Parkgebühr (Beleg anbei)                        6,00 EUR
  Verpflegungsmehraufwand (> 8 Std.)             14,00 EUR
                                                 ---------
  Summe                                          41,60 EUR

Bitte auf mein Gehaltskonto, oder falls das über die Reisekostenstelle läuft:
IBAN {iban}, Mathias Kühn.

Genehmigung von Frau Sander liegt bei. Die Teilnahmebescheinigung hat Herr
Wiegmann direkt bekommen.

Danke!
Mathias Kühn
Vertrieb Nord, PN 115870
"""
    m = mail(A("Kühn, Mathias", "m.kuehn"), DEMIR, "Reisekosten Ersthelfer-Fortbildung 19.03.",
             D("2026-03-23 08:31:55"), T(body, charset="windows-1252", cte="quoted-printable"))
    return m, ("CONFIDENTIAL", "de", "internal",
               "travel expense claim of a named employee with IBAN and personnel number")


def m045():
    rows = """lfd_nr;datum;uhrzeit;ort;name_verletzte_person;abteilung;hergang;verletzung;massnahme;ersthelfer;arztbesuch
2026-011;02.03.2026;08:50;Tiefgarage Rampe;Rainer Gottschalk;IT-Betrieb;auf Rampe ausgerutscht (Nässe);Prellung linkes Knie;Kühlung;H. Voß;nein
2026-012;05.03.2026;12:40;Kantine Ausgabe;Ilka Thörmer;Leistung KV;heißer Kaffee verschüttet;Verbrühung Grad 1 rechter Handrücken;Kühlung 10 min, Brandgel;C. Albers;nein
2026-013;09.03.2026;10:15;A2.30 Teeküche;Nils Buschmann;Aktuariat;Schublade Küche;Quetschung Zeigefinger li.;Kühlung, Pflaster;S. Lüdtke;nein
2026-014;12.03.2026;16:05;Treppenhaus Nord 3.OG;Yvonne Stegemann;KS Leben;Stufe verfehlt;Distorsion OSG rechts, Schwellung;Kühlung, Hochlagern;B. Reuter;ja - D-Arzt
2026-015;17.03.2026;11:20;A0.17 Poststelle;Dennis Aufderheide;Poststelle;Papierschnitt;Schnitt rechter Ringfinger;Pflaster;G. Yıldız;nein
2026-016;26.03.2026;14:35;A1.08;Oksana Melnyk;Kundenservice;Kreislaufprobleme, Schwindel;keine Verletzung - Kreislauf;Hinlegen, Wasser, Blutdruck gemessen 95/60;M. Özkan;nein
"""
    body = """Hallo Torsten,

wie jeden Monat der Export aus dem digitalen Verbandbuch (März, Gebäude A).

Gruß
Uwe
"""
    m = mail(SIEBERT, WIEGMANN, "Export Verbandbuch 03/2026", D("2026-03-31 17:10:08"),
             MP("mixed", T(body, cte="8bit"),
                TATT(rows, "csv", "verbandbuch_export_2026-03.csv", cte="base64")))
    return m, ("STRICTLY_CONFIDENTIAL", "de", "internal",
               "body one line; CSV accident-book export with named injured employees and injuries")


def m046():
    doc = docx([
        ("h", "Verbandbuch – Dokumentation von Erste-Hilfe-Leistungen (DGUV Information 204-021)"),
        "Standort: «Standort»        Verbandkasten-Nr.: «Kasten_Nr»",
        "Aufbewahrung: 5 Jahre nach der letzten Eintragung, verschlossen bzw. digital mit Zugriffsschutz.",
        ("table", [["Lfd. Nr.", "Datum / Uhrzeit", "Name der verletzten/erkrankten Person", "Ort / Unternehmensteil",
                    "Hergang", "Art und Umfang der Verletzung/Erkrankung", "Zeugen", "Erste-Hilfe-Maßnahmen",
                    "Name des Ersthelfers"],
                   ["«Nr»", "«TT.MM.JJJJ hh:mm»", "«Vorname Nachname»", "«Ort»", "«Hergang»", "«Verletzung»",
                    "«Zeugen»", "«Maßnahmen»", "«Ersthelfer»"],
                   ["", "", "", "", "", "", "", "", ""]]),
        "Hinweis: Einträge sind personenbezogene Gesundheitsdaten. Nur Ersthelfende, FaSi und Betriebsärztin "
        "haben Zugriff. Keine Kopien per E-Mail!",
    ], title="Vorlage Verbandbuch", author="Wiegmann, Torsten", dt="2026-03-31T08:00:00Z")
    body = """Liebe Ersthelferinnen und Ersthelfer,

für die Standorte ohne digitales Verbandbuch (Braunschweig, Göttingen) hier die
neue Vorlage zum Ausdrucken. Bitte nur noch diese verwenden – die alte hatte
kein Feld für Zeugen.

Ausgefüllte Blätter bleiben im Verbandkasten bzw. im abschließbaren Schrank,
bitte NICHT einscannen und mailen.

""" + sig_wiegmann()
    m = mail(WIEGMANN, A("Ersthelfer Außenstellen", "ersthelfer-aussenstellen"),
             "Neue Vorlage Verbandbuch (Außenstellen)", D("2026-04-01 09:25:14"),
             MP("mixed", T(body), ATT(doc, MIME_DOCX, "Vorlage_Verbandbuch_2026.docx")))
    return m, ("NORMAL", "de", "internal",
               "trap: blank accident-book template with placeholders")


def m047():
    inner_body = """Dear Niamh,

Re: Mr Kevin Doherty, IT Service Desk, DOB 14/09/1982

I reviewed Mr Doherty today. As you know he had COVID-19 in November and has
not fully recovered. He continues to experience marked fatigue, post-exertional
malaise and problems with concentration ("brain fog"). His GP has diagnosed
post-COVID-19 condition (ICD-10 U09.9) and referred him to the long COVID clinic
at St. James's; he is on the waiting list.

He is fit for work with adjustments:
  1. Reduced hours: 20 hours/week over 5 days for the next 8 weeks.
  2. Home working 3 days/week to avoid the commute.
  3. No on-call / out-of-hours rota.
  4. Scheduled rest breaks; meetings not back-to-back.

Review in 8 weeks. The disability provisions of the Employment Equality Acts
may apply given the expected duration.

Dr Ciara Moynihan
Liffey Occupational Health Ltd
"""
    inner = inner_mail("Dr Ciara Moynihan <c.moynihan@liffey-oh.example>", GALLAGHER,
                       "OH review - K. Doherty", D("2026-04-01 16:48:00", "IE"), T(inner_body),
                       msgid="<OH.2026.0412.doherty@liffey-oh.example>")
    body = """Priya,

As Kevin's manager on the German side, you need to see the OH recommendations
(attached, Kevin has consented). Can you confirm the on-call rota can be covered
without him until June?

Niamh

""" + sig_gallagher()
    m = mail(GALLAGHER, RAMAN, "FW: OH review", D("2026-04-02 09:03:11", "IE"),
             MP("mixed", T(body), RFC822(inner, "OH review - K. Doherty.eml")), host="mail-ie." + DOM)
    return m, ("STRICTLY_CONFIDENTIAL", "en", "doctor",
               "forwarded message/rfc822: OH letter on a named employee with long COVID U09.9")


def m048():
    body = """Hallo Priya,

Ticket INC-2026-041877 – kurze Zusammenfassung, falls jemand fragt:

Problem: Das Buchungstool für die arbeitsmedizinische Vorsorge ("VorsorgeOnline"
von ArbMed Nord) zeigt seit dem Zertifikatswechsel am Montag beim Login
"SAML response signature invalid".

Ursache: ArbMed Nord hat ihr IdP-Metadaten-XML mit neuem Signaturzertifikat
veröffentlicht, unser Entra-Enterprise-App-Eintrag hatte noch das alte.

Lösung: neues Zertifikat (Thumbprint 3F:A2:...:9C) eingespielt, Test mit
Testuser ok. Betroffen waren ca. 40 Login-Versuche, keine Daten betroffen.

Grüße
Marcel Bode
IT-Betrieb, Identity & Access
"""
    m = mail(A("Bode, Marcel", "m.bode"), RAMAN, "INC-2026-041877 VorsorgeOnline SSO",
             D("2026-04-02 14:26:31"), T(body, cte="8bit"))
    return m, ("NORMAL", "de", "internal",
               "trap: IT incident about the occupational-medicine booking tool, no person's data")


def m049():
    body = """Hallo Frau Meyer-Rasch,

zur Ablage in der Personalakte von Herrn Gehrke die Vorsorgebescheinigung aus
der Sehtest-Aktion (Original per Hauspost):

  Vorsorgebescheinigung nach § 6 Abs. 3 Nr. 3 ArbMedVV
  Name:           Jonas Gehrke, PN 131990, Kfz-Schaden
  Anlass:         Angebotsvorsorge Tätigkeiten an Bildschirmgeräten
                  (Anhang Teil 4 Abs. 2 Nr. 1 ArbMedVV)
  Datum:          03.03.2026
  Nächster Termin (empfohlen): März 2029
  Ärztin:         Dr. med. Kerstin Ahlborn, Fachärztin für Arbeitsmedizin

Hinweis: Die Bescheinigung enthält keine Befunde und keine Aussage zur
Eignung; diese bleiben bei der Betriebsärztin.

Danke und Gruß
Melanie Osterkamp
"""
    m = mail(OSTERKAMP, A("Meyer-Rasch, Sonja", "s.meyer-rasch"), "Vorsorgebescheinigung Gehrke zur Akte",
             D("2026-03-06 10:11:12"), T(body))
    return m, ("CONFIDENTIAL", "de", "internal",
               "grey: Vorsorge certificate of a named employee (attendance and next date only, no findings)")


def m050():
    doc = docx([
        ("h", "Protokoll BEM-Erstgespräch (vertraulich – nur BEM-Akte)"),
        ("table", [["Beschäftigter", "Matthias Tiedemann, Kundenservice Kfz Team 3"],
                   ["Datum", "12.02.2026"],
                   ["Teilnehmende", "M. Tiedemann; S. Reinholz (BEM); H. Brandes (BR, auf Wunsch von Hr. T.)"],
                   ["Einwilligung Datenverarbeitung", "unterschrieben am 12.02.2026"]]),
        ("h", "1. Situation aus Sicht des Beschäftigten"),
        "Herr Tiedemann berichtet über einen seit Oktober bestehenden Tinnitus beidseits nach einem Hörsturz "
        "sowie daraus folgende Schlafstörungen. Im Großraumbüro mit Telefonie verstärke sich das Ohrgeräusch "
        "deutlich. Er sei in HNO-Behandlung und habe eine Tinnitus-Retraining-Therapie begonnen.",
        ("h", "2. Vereinbarte Maßnahmen"),
        ("table", [["Maßnahme", "Verantwortlich", "bis"],
                   ["Umsetzung in Zweierbüro A3.05 (ruhig)", "Siebert / TL", "01.03.2026"],
                   ["Headset mit Pegelbegrenzung und Noise-Cancelling", "IT", "20.02.2026"],
                   ["Telefonanteil vorübergehend max. 50 %", "Teamleitung", "ab sofort, 3 Monate"],
                   ["Termin Betriebsärztin (Wunschvorsorge)", "Hr. Tiedemann", "März"],
                   ["Folgegespräch", "Reinholz", "12.05.2026"]]),
        "Die Diagnose wird der Teamleitung nicht mitgeteilt. Die Teamleitung erhält nur die Maßnahmen.",
    ], title="BEM Protokoll", author="Reinholz, Sabine", dt="2026-02-12T15:00:00Z")
    body = """Hallo Holger,

wie besprochen das Protokoll vom Donnerstag zur Durchsicht, bevor ich es Herrn
T. zur Freigabe gebe. Bitte nur in die BEM-Akte, nicht in den BR-Ordner.

Sabine
"""
    m = mail(REINHOLZ, BRANDES, "Protokoll 12.02. z. K.", D("2026-02-16 13:02:17"),
             MP("mixed", T(body), ATT(doc, MIME_DOCX, "BEM_Protokoll_2026-02-12.docx")))
    return m, ("STRICTLY_CONFIDENTIAL", "de", "internal",
               "body vague; DOCX is a BEM meeting record with a named employee's tinnitus and sleep disorder")


# ================================================================ MAILS 051-075
def m051():
    body = """Protokoll – Datenschutz-Kurzschulung "Umgang mit AU-Bescheinigungen und
Gesundheitsdaten im Team" für Teamleitungen Schaden/Leistung

Datum: 04.03.2026, 14:00–15:00, Raum A4.10
Referent: Dr. Jens Marquardt (DSB)
Teilnehmende: 14 Teamleitungen (Liste in der Lernplattform)

Kernaussagen:
1. Die Krankmeldung als solche ("ist krank", "ist arbeitsunfähig") ist bereits
   ein Gesundheitsdatum nach Art. 9 DSGVO. Im Team genügt "ist heute nicht da".
2. Diagnosen, Symptome, Arzttermine, Reha, Schwangerschaft – nie im
   Teamkalender, nie in Rundmails, nie in Teams-Chats.
3. Seit Einführung der eAU ruft Personalservice die Daten bei der Krankenkasse
   ab; Führungskräfte bekommen nur Beginn und Ende der Abwesenheit.
4. Ärztliche Unterlagen, die Beschäftigte freiwillig vorlegen, gehen
   ungelesen an den Personalservice bzw. – wenn es um Arbeitsplatzgestaltung
   geht – an die Betriebsärztin.
5. BEM-Unterlagen sind getrennt von der Personalakte zu führen.
6. Im Zweifel: Postfach datenschutz@ fragen, bevor etwas verschickt wird.

Fragen aus der Runde:
- "Darf ich fragen, ob es ansteckend ist?" – Nein, außer es gibt einen
  konkreten Anlass für Schutzmaßnahmen; dann über die Betriebsärztin.
- "Was ist mit Urlaubsvertretung bei Reha?" – Planung über die Dauer, nicht
  über den Grund.

Nächste Schulung: Teamleitungen Vertrieb, 18.03.

gez. Marquardt
"""
    m = mail(DSB, A("Teamleitungen Schaden/Leistung", "tl-schaden-leistung"),
             "Protokoll DS-Kurzschulung 04.03. – AU-Bescheinigungen", D("2026-03-05 09:15:40"),
             T(body, charset="windows-1252", cte="quoted-printable"))
    return m, ("NORMAL", "de", "internal",
               "trap: data-protection training minutes about sick notes and health data, no person")


def m052():
    body = """Dear Ms O'Connell,

Thank you for reporting the damage to your windscreen. We have registered the
claim as follows:

  Claim number:  KS-2026-0053310
  Policy:        Comprehensive motor insurance KF 45 110 872
  Vehicle:       Mazda CX-30, registration H-SO 228
  Date of loss:  12 March 2026 (stone chip on the A2 near Lehrte)

Good news: windscreen damage is covered under your partial cover (Teilkasko).
Your excess is EUR 150; a repair (instead of replacement) is free of charge.
Your no-claims bonus is not affected.

You can go to any of our partner workshops - the nearest to your address in
Isernhagen is AutoGlas Nord, Burgwedeler Str. 5 - they will bill us directly.

Kind regards

Nadine Fröhlich
Motor Claims, Team 2
Lindenhof Versicherung AG
"""
    m = mail(A("Fröhlich, Nadine", "n.froehlich"), "s.oconnell@postbox-mail.example",
             "Your windscreen claim KS-2026-0053310", D("2026-03-13 10:40:27"), T(body))
    return m, ("CONFIDENTIAL", "en", "insurer-to-customer",
               "ordinary motor glass claim: named customer, plate, policy and claim number")


def m053():
    iban = mkiban("DE", "50010517" + "5410877630")
    body = f"""Hallo Personalservice,

ich bin zum 01.04. umgezogen und habe auch die Bank gewechselt. Bitte für die
Gehaltszahlung ab April ändern:

  Name:           Ole Janssen, PN 107700 (Recht)
  Neue Anschrift: Gustav-Adolf-Str. 9, 30167 Hannover
  Neue IBAN:      {iban}
  Bank:           Ing-Diba (neues Girokonto)

Die Änderung der Anschrift bitte auch an die BG / Unfallversicherung und die
Zusatzversorgungskasse weitergeben, falls das nicht automatisch passiert.

Danke!
Ole Janssen
"""
    m = mail(A("Janssen, Ole", "o.janssen"), PERSONAL, "Adress- und Bankänderung ab 04/2026",
             D("2026-03-25 18:44:02"), T(body, cte="8bit"))
    return m, ("CONFIDENTIAL", "de", "internal",
               "employee's new home address and IBAN for payroll")


def m054():
    cal = ics("grippeimpfung-2026@" + DOM, "20261006T080000", "20261006T150000",
              "Grippeschutzimpfung 2026/27 (Betriebsärztin)", "Sanitätsraum A1.40",
              "Weitere Termine: 08.10. und 13.10. Anmeldung im Intranet.",
              "m.osterkamp@" + DOM, ["alle-hannover@" + DOM], stamp="20260908T070000Z")
    body = """Liebe Kolleginnen und Kollegen,

auch in diesem Herbst bieten wir die Grippeschutzimpfung im Haus an:

  Di 06.10., Do 08.10., Di 13.10. – jeweils 08:00 bis 15:00 Uhr, Sanitätsraum A1.40

Geimpft wird mit dem aktuellen quadrivalenten Impfstoff der Saison 2026/27.
Die STIKO empfiehlt die Impfung u. a. für Menschen ab 60, Schwangere und
Personen mit chronischen Erkrankungen – aber natürlich kann sich jede/r
impfen lassen. Bitte bringen Sie Ihren Impfpass mit.

Die Teilnahme ist freiwillig; wer geimpft wurde, erfährt nur Frau Dr. Ahlborn.
Über eine Anmeldung im Intranet freuen wir uns, damit wir genug Impfstoff
bestellen (bis 25.09.).

""" + sig_osterkamp()
    m = mail(OSTERKAMP, A("Alle Mitarbeitenden Hannover", "alle-hannover"),
             "Grippeschutzimpfung im Oktober – jetzt anmelden", D("2026-09-08 09:00:00"),
             MP("mixed", ALT(T(body), H("<html><body><p>" + xesc(body).replace("\n\n", "</p><p>").replace("\n", "<br>\n") + "</p></body></html>")),
                TATT(cal, "calendar", "Grippeimpfung.ics", cte="base64", params={"method": "REQUEST"})))
    return m, ("NORMAL", "de", "internal",
               "trap: flu-vaccination campaign announcement with STIKO risk groups, no individual")


def m055():
    body = """Sehr geehrte Frau Haß,

vielen Dank für die Rechnung RE-2026-00417 vom 10.01.2026 über die
Grippeschutzimpfungen der Saison 2025/26. Bevor wir sie freigeben, bitte ich um
eine kleine Korrektur:

  abgerechnet:   94 Impfungen à 24,50 EUR (Leistung inkl. Impfstoff)
  lt. unserer Zählung (Buchungstool, Tagessummen):
                 06.10.  31
                 08.10.  28
                 14.10.  22
                 21.10.   6   (Nachholtermin)
                 gesamt  87

Die Differenz von 7 könnte aus den Außenstellen kommen (Braunschweig hatte
einen eigenen Termin) – dann bitte als separate Rechnungsposition mit
Kostenstelle 9230 ausweisen.

Eine Namensliste benötigen wir ausdrücklich nicht; Tagessummen reichen.

Mit freundlichen Grüßen
Melanie Osterkamp
Betriebliches Gesundheitsmanagement
"""
    m = mail(OSTERKAMP, "Buchhaltung ArbMed Nord <rechnung@arbmed-nord.example>",
             "Rechnung RE-2026-00417 Grippeimpfung – Korrektur", D("2026-01-19 11:50:13"),
             T(body, charset="iso-8859-1", cte="quoted-printable"))
    return m, ("NORMAL", "de", "insurer-to-supplier",
               "trap: invoice query for flu vaccinations with daily totals only, no names")


def m056():
    html = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Georgia,serif;background:#f6f4ef;padding:20px">
<div style="max-width:600px;margin:auto;background:#fff;padding:24px">
<p style="color:#8a7f6a;font-size:12px">Harbourlight EAP &middot; Client newsletter &middot; April 2026</p>
<h1 style="font-size:24px;color:#0c4a60">Stress Awareness Month: small steps, real change</h1>
<p>Stress is not an illness in itself, but long-term stress is linked with anxiety,
depression, high blood pressure, digestive problems and disturbed sleep. The good
news: small, regular changes help.</p>
<ol>
<li><b>Notice it.</b> Tight shoulders, irritability, a racing heart on Sunday evening.</li>
<li><b>Name it.</b> Talking to someone you trust reduces the load &ndash; or call us.</li>
<li><b>Move.</b> Twenty minutes of walking a day improves mood measurably.</li>
<li><b>Protect your sleep.</b> No screens for 30 minutes before bed.</li>
<li><b>Ask for help early.</b> Your EAP offers up to six free counselling sessions per issue.</li>
</ol>
<h2 style="font-size:18px;color:#0c4a60">For managers</h2>
<p>Our free 60-minute webinar &ldquo;Having the conversation&rdquo; runs on 15 April and 6 May.
Register at <a href="https://harbourlight-eap.example/webinars">harbourlight-eap.example/webinars</a>.</p>
<p style="background:#e8f1f4;padding:10px"><b>Need to talk?</b> Freephone 1800 555 130 (IE) &middot;
0800 555 1300 (DE) &middot; 24 hours, 365 days. Confidential.</p>
<p style="font-size:11px;color:#999">You are receiving this because your employer, Lindenhof Group, provides
Harbourlight EAP. Harbourlight Employee Assistance Ltd, 12 Mount Street, Dublin 2.
<a href="https://harbourlight-eap.example/unsubscribe?c=LINDEN">Unsubscribe</a></p>
</div></body></html>
"""
    body = """FYI - Harbourlight's April newsletter, OK to share on the intranet as-is.

N.

---------- Forwarded message ---------
From: Harbourlight EAP <news@harbourlight-eap.example>
Date: Wed, 1 Apr 2026 at 08:00
Subject: Stress Awareness Month: small steps, real change
"""
    m = mail(GALLAGHER, A("Intranet Editorial", "intranet-redaktion"),
             "Fwd: Stress Awareness Month: small steps, real change", D("2026-04-01 10:12:00", "IE"),
             MP("mixed", T(body, charset="us-ascii", cte="7bit"), TATT(html, "html", "newsletter_april.html",
                                                                        disposition="inline")),
             host="mail-ie." + DOM)
    return m, ("NORMAL", "en", "newsletter",
               "trap: EAP provider newsletter on stress, anxiety, depression - generic")


def m057():
    body = """Sehr geehrtes Team von FitPlus Firmenfitness,

zum 01.05.2026 melden wir folgende Beschäftigte neu für die Firmenmitgliedschaft
(Tarif "Silber", Arbeitgeberzuschuss 20 EUR/Monat, Eigenanteil per
Gehaltsabzug) an:

Nachname     Vorname   geb.         dienstl. E-Mail
Brockmann    Julia     19.02.1985   j.brockmann@lindenhof-versicherung.example
Ehlers       Kim       04.12.1992   k.ehlers@lindenhof-versicherung.example
Gottschalk   Rainer    27.05.1970   r.gottschalk@lindenhof-versicherung.example
Lüdtke       Sarah     13.08.1989   s.luedtke@lindenhof-versicherung.example
Pieper       Lukas     03.06.1999   l.pieper@lindenhof-versicherung.example
Yıldız       Gül       22.10.1981   g.yildiz@lindenhof-versicherung.example

Abmeldungen zum 30.04.: Nolte, Kevin; Heitmann, Birgit.

Die Mitgliedskarten bitte wie bisher an das BGM-Postfach (Hauspost), nicht an
die Privatadressen.

""" + sig_osterkamp()
    m = mail(OSTERKAMP, "Firmenkunden FitPlus <firmen@fitplus.example>",
             "An-/Abmeldungen Firmenfitness Mai 2026", D("2026-04-14 13:05:27"), T(body, cte="8bit"))
    return m, ("CONFIDENTIAL", "de", "insurer-to-supplier",
               "grey: company-gym sign-up list with birth dates; gym membership itself is not health data")


def m058():
    body = """Hallo Frau Reinholz, hallo Holger,

ich muss euch leider um Unterstützung bitten. Es geht um Herrn Sven Behrens aus
meinem Team (Kfz-Schaden 1, PN 110342).

Heute gegen 10 Uhr hat mich eine Kollegin angesprochen, dass Herr Behrens nach
Alkohol riecht. Ich habe ihn in mein Büro gebeten; er war unsicher auf den
Beinen und hat undeutlich gesprochen. Er hat eingeräumt, am Abend vorher "zu
viel" getrunken zu haben, und gesagt, dass er seit der Trennung im Herbst
"ziemlich viel trinkt". Das ist jetzt das zweite Mal seit Januar (damals hatte
ich nur einen Verdacht, kein Gespräch).

Ich habe ihn gemäß Betriebsvereinbarung Sucht nicht weiterarbeiten lassen und
mit dem Taxi nach Hause geschickt (nicht selbst fahren lassen, Schlüssel hat er
freiwillig abgegeben).

Nach dem Stufenplan wäre das jetzt das Gespräch der Stufe 1 mit Hinweis auf
Hilfsangebote (Suchtberatung, Lichtblick, Betriebsärztin). Könnt ihr bei dem
Gespräch dabei sein? Ich will das richtig machen, er ist eigentlich ein guter
Sachbearbeiter.

Danke
Marco Lindemann
Teamleitung Kfz-Schaden 1
"""
    m = mail(A("Lindemann, Marco", "m.lindemann"), f"{REINHOLZ}, {BRANDES}",
             "Vorfall heute Vormittag – bitte um Rückruf", D("2026-04-15 12:37:48"),
             T(body, charset="windows-1252", cte="8bit"))
    return m, ("STRICTLY_CONFIDENTIAL", "de", "internal",
               "named employee intoxicated at work, alcohol problem, addiction step plan")


def m059():
    doc = odt([
        ("h", "Betriebsvereinbarung zur Suchtprävention und zum Umgang mit suchtgefährdeten Beschäftigten"),
        "Entwurf 3 – Stand 10.04.2026 – Verhandlungsstand Arbeitgeber/Betriebsrat",
        ("h", "§ 1 Geltungsbereich"),
        "Diese Vereinbarung gilt für alle Beschäftigten der Lindenhof Versicherung AG an allen Standorten.",
        ("h", "§ 2 Ziele"),
        "Gesundheit erhalten, Suchtgefährdung frühzeitig erkennen, Hilfe anbieten statt sanktionieren, "
        "Gleichbehandlung aller Beschäftigten, Arbeitssicherheit.",
        ("h", "§ 5 Stufenplan"),
        ("table", [["Stufe", "Beteiligte", "Inhalt"],
                   ["1", "Führungskraft, Beschäftigte/r", "Ansprechen, Hilfsangebote, Gesprächsnotiz (bleibt bei FK)"],
                   ["2", "+ Personal, + BR (auf Wunsch)", "Auflage: Kontakt Suchtberatung, Rückmeldung in 6 Wochen"],
                   ["3", "+ Betriebsärztin", "Therapieangebot, ggf. Abmahnung bei Pflichtverletzung"],
                   ["4", "wie 3", "Therapie-Auflage, arbeitsrechtliche Konsequenzen werden angekündigt"],
                   ["5", "wie 3", "Entscheidung über Fortsetzung des Arbeitsverhältnisses"]]),
        ("h", "§ 7 Vertraulichkeit"),
        "Gesprächsnotizen werden getrennt von der Personalakte geführt und nach 3 Jahren ohne weitere "
        "Auffälligkeit vernichtet. [BR: 2 Jahre? – offen]",
        ("h", "§ 9 Wiedereinstieg nach Therapie"),
        "Nach abgeschlossener Therapie wird ein Rückkehrgespräch angeboten; Rückfälle führen nicht automatisch "
        "in die nächste Stufe. [AG: prüfen]",
    ], title="BV Sucht Entwurf 3", author="Düsterhöft, Frank", dt="2026-04-10T10:00:00")
    body = """Hallo Holger,

anbei Entwurf 3 der BV Sucht mit unseren Änderungen in §§ 5 und 9. Die offenen
Punkte sind in eckigen Klammern markiert. Können wir das am 22.04. final
besprechen?

""" + sig_duesterhoeft()
    m = mail(DUESTERHOEFT, BRANDES, "BV Sucht – Entwurf 3", D("2026-04-10 15:55:30"),
             MP("mixed", T(body), ATT(doc, MIME_ODT, "BV_Sucht_Entwurf3.odt")))
    return m, ("NORMAL", "de", "internal",
               "trap: draft works agreement on addiction prevention (ODT), no individual")


def m060():
    body = """Hallo Frau Sander, hallo Herr Lindemann,

die Auswertung der Zeiterfassung für März hat bei drei Beschäftigten
Überschreitungen der Höchstarbeitszeit nach § 3 ArbZG bzw. Verstöße gegen die
Ruhezeit (§ 5 ArbZG) ergeben:

  PN       Name               Bereich        Tage > 10 h   Ruhezeit < 11 h   Saldo Zeitkonto
  102210   Tobias Engel       Vertrieb Nord        4               1              +62,5 h
  131990   Jonas Gehrke       Kfz-Schaden 1        2               0              +38,0 h
  124417   Ricarda Wulf       Kfz-Schaden 1        6               3             +104,25 h

Bitte sprechen Sie mit den Kolleginnen und Kollegen und stellen Sie sicher, dass
das nicht wieder vorkommt; wir müssen die Verstöße sonst dokumentieren und der
Betriebsrat erhält die Auswertung ohnehin nach § 80 BetrVG.

Frau Wulf bitte vorrangig – mehr als 100 Stunden Plus ist auch nach unserer BV
Arbeitszeit nicht mehr zulässig (Kappung ab 80 h).

""" + sig_duesterhoeft()
    m = mail(DUESTERHOEFT, f"{A('Sander, Katrin', 'k.sander')}, {A('Lindemann, Marco', 'm.lindemann')}",
             "ArbZG-Auswertung März – Handlungsbedarf", D("2026-04-07 09:20:15"),
             T(body, cte="8bit"))
    return m, ("CONFIDENTIAL", "de", "internal",
               "working-time violations and time-account balances of named employees")


def m061():
    body = """Hi Niamh,

I need some advice and I'd rather ask before I get it wrong.

Yesterday Mark from my team (Mark Cullen, the new guy on the property desk) asked
to talk to me privately. He told me he has been having panic attacks for a
couple of months, mostly on the train in the morning, and twice at his desk -
heart racing, can't breathe, thinks he's going to collapse. He's seeing a
psychologist privately since February and his GP put him on propranolol "for
when it's bad". He said the open-plan floor and the phone queue make it worse.

He asked if he could:
  - work from home on Mondays and Fridays
  - sit at the end of the row near the door instead of the middle
  - take a short break away from the desk when it starts, without having to
    explain each time

I said I'd support it but didn't promise anything. Is there a process? Do I need
an OH referral? And who else should know - I'd like to keep it between the
three of us.

Thanks,
Aoife

--
Aoife Brennan | Team Lead Claims Operations | Lindenhof Services Ireland DAC
"""
    m = mail(BRENNAN, GALLAGHER, "Advice please - one of my team", D("2026-04-09 08:41:27", "IE"),
             T(body, charset="us-ascii", cte="7bit"), host="mail-ie." + DOM)
    return m, ("STRICTLY_CONFIDENTIAL", "en", "internal",
               "manager describes a named employee's panic attacks, therapy and medication")


def m062():
    body = """Dear colleagues in Hannover,

After a successful first year in Dublin, we are bringing Mental Health First Aid
(MHFA) to Hannover. We're looking for 10-12 volunteers from all departments.

What is an MHFA?
  A colleague trained to recognise early signs of mental health problems, to
  listen without judging, and to signpost to professional help (EAP, GP,
  company doctor). MHFAs are not counsellors and do not diagnose.

Training: 2 days, in German, by a certified instructor (MHFA Ersthelfer
Deutschland programme), 4-5 June 2026, during working time.

Commitment: about 1-2 hours a month, plus a quarterly supervision session.

Interested? Write a few lines about your motivation to bgm@ by 30 April. Team
leads: please support your people - this counts as working time.

Questions? Ask Conor (Dublin) about their experience, or me.

""" + sig_osterkamp()
    m = mail(OSTERKAMP, A("Alle Mitarbeitenden Hannover", "alle-hannover"),
             "Call for volunteers: Mental Health First Aiders Hannover", D("2026-04-13 09:00:00"),
             T(body, charset="utf-8", cte="quoted-printable"))
    return m, ("NORMAL", "en", "internal", "trap: call for mental-health first-aider volunteers")


def m063():
    body = """Hi Hannah,

Here are the participant details for the blended MHFA course (online modules +
2 live sessions, starting 11 May). You asked for home addresses because the
manuals and certificates are posted out individually:

  1. Aoife Brennan      - 14 Kenilworth Park, Harold's Cross, Dublin 6W, D6W FK52
  2. Darragh Kinsella   - 3 Ashfield Close, Lucan, Co. Dublin, K78 H2X9
  3. Rachel Fitzgerald  - 88 Mount Prospect Ave, Clontarf, Dublin 3, D03 V6P1
  4. Conor Whelan       - 21 The Paddocks, Naas, Co. Kildare, W91 T8E3
  5. Orla McGrath       - Apt 7, Gasworks, Barrow St, Dublin 4, D04 Y3K5
  6. Tomasz Wisniewski  - Apt 12, Barrow Court, Ringsend, Dublin 4, D04 R7C2

All six use their work e-mail for the learning platform. Invoice to Lindenhof
Services Ireland DAC, PO IE-4500-0388, please.

""" + sig_whelan()
    m = mail(WHELAN, "Hannah Byrne <h.byrne@mindfirst-training.example>",
             "MHFA blended course 11 May - participants", D("2026-04-20 15:11:09", "IE"),
             T(body), host="mail-ie." + DOM)
    return m, ("CONFIDENTIAL", "en", "insurer-to-supplier",
               "course booking with named employees' home addresses")


def m064():
    body = """Liebe Frau Dr. Ahlborn,

ich schreibe Ihnen mit Einverständnis von Frau Nadine Rothe (Außendienst
Firmenkunden, Region Süd), die heute bei mir war und mich gebeten hat, ihre
Situation an Sie weiterzugeben.

Frau Rothe hatte am 28.03. erstmals einen generalisierten Krampfanfall und ist
inzwischen neurologisch abgeklärt; die Neurologin hat eine Epilepsie
diagnostiziert und Levetiracetam angesetzt. Nach den Begutachtungsleitlinien
zur Kraftfahreignung darf sie vorerst mindestens drei bzw. sechs Monate kein
Kfz führen – für eine Außendienstlerin mit 30.000 km im Jahr ist das natürlich
ein Problem.

Meine Fragen an Sie:
1. Können Sie mit Frau Rothe einen Termin für eine Wunschvorsorge bzw.
   Beratung vereinbaren (sie meldet sich selbst bei Ihnen)?
2. Was sollten wir bei einem Innendiensteinsatz beachten (Bildschirmarbeit,
   Alleinarbeit, Treppen)?
3. Die Nachricht an die Führungskraft: Ich würde nur "darf vorübergehend
   nicht Auto fahren" weitergeben. Einverstanden?

Viele Grüße

""" + sig_reinholz()
    m = mail(REINHOLZ, AHLBORN_EXT, "Beratungsbitte – Fr. Rothe (Außendienst)", D("2026-04-16 14:26:03"),
             T(body))
    return m, ("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
               "named employee's new epilepsy diagnosis and medication sent to the company doctor")


def m065():
    body = """Liebe Frau Dr. Ahlborn,

für den Jahresbericht Arbeitsschutz 2025 an den Vorstand bräuchte ich von Ihnen
bis Ende April wieder die zusammengefassten Zahlen aus der arbeitsmedizinischen
Betreuung – so wie im letzten Jahr:

- Anzahl Vorsorgen nach Anlass (Pflicht/Angebot/Wunsch)
- Anzahl Beratungen zu Arbeitsplatzgestaltung, ohne Fallbezug
- Begehungen und Ihre wichtigsten Empfehlungen
- Schwerpunktthemen aus Ihrer Sicht (im Vorjahr: Muskel-Skelett,
  psychische Belastung, Hitze im Sommer im 4. OG)

Bitte wie gehabt keine Angaben zu Einzelpersonen und Gruppen unter 5.

Außerdem Gesundheitstag 17.09.: Wären Sie wieder mit Blutdruck- und
Blutzuckermessung dabei? Hautscreening möchte Frau Osterkamp über einen
Dermatologen organisieren.

""" + sig_wiegmann()
    m = mail(WIEGMANN, AHLBORN_EXT, "Zahlen Jahresbericht 2025 + Gesundheitstag", D("2026-04-08 11:30:00"),
             T(body, charset="iso-8859-1", cte="quoted-printable"))
    return m, ("NORMAL", "de", "insurer-to-doctor",
               "trap: request for aggregated occupational-medicine figures, explicitly no individuals")


def m066():
    iban_new = mkiban("DE", "25040066" + "0338812700")
    body = f"""Sehr geehrter Herr Dr. Ohlsen,

vielen Dank für Ihre Rechnung Nr. 2026-014 über die arbeitsmedizinische
Betreuung unserer Außenstelle Braunschweig im 1. Quartal (18,5 Std. à 118 EUR
zzgl. Fahrtkosten).

Leider können wir die Zahlung nicht anweisen, weil die Bankverbindung auf der
Rechnung nicht mit unseren Stammdaten übereinstimmt. Ihr Kreditorenkonto 700418
führt noch die Praxisbank Braunschweig; auf der Rechnung steht
IBAN {iban_new} (Commerzbank).

Aus Sicherheitsgründen (Betrugsversuche mit geänderten Bankdaten) bestätigen
Sie uns die neue Bankverbindung bitte einmal schriftlich mit Unterschrift oder
telefonisch unter 0511 4470-1560. Ihre Steuernummer 13/147/03382 und die
Angabe "umsatzsteuerfrei nach § 4 Nr. 14 UStG" haben wir übernommen.

Mit freundlichen Grüßen
Heiko Tschirner
Kreditorenbuchhaltung
Lindenhof Versicherung AG
"""
    m = mail(A("Tschirner, Heiko", "h.tschirner"), "Dr. med. Arne Ohlsen <praxis@dr-ohlsen-arbeitsmedizin.example>",
             "Ihre Rechnung 2026-014 – Bankverbindung", D("2026-04-17 10:08:44"), T(body, cte="8bit"))
    return m, ("CONFIDENTIAL", "de", "insurer-to-doctor",
               "sole-trader occupational physician's IBAN and tax number (no patient data)")


def m067():
    doc = odt([
        ("h", "Unfallanzeige – ENTWURF zur Unterschrift"),
        ("table", [["Unternehmen", "Lindenhof Versicherung AG, Mitgliedsnr. 130 400 7719"],
                   ["Versicherte Person", "Stegemann, Yvonne"],
                   ["Geburtsdatum", "30.04.1988"],
                   ["Anschrift", "Schaufelder Str. 6, 30167 Hannover"],
                   ["Tätigkeit", "Sachbearbeiterin Kundenservice Leben"],
                   ["Unfallzeitpunkt", "12.03.2026, 16:05 Uhr"],
                   ["Unfallort", "Treppenhaus Nord, 3. OG, Gebäude A"],
                   ["Hergang", "Beim Hinuntergehen mit Akten im Arm letzte Stufe verfehlt, rechts umgeknickt."],
                   ["Verletzung", "Distorsion oberes Sprunggelenk rechts mit Bandteilruptur (S93.40)"],
                   ["Erste Hilfe", "Ersthelfer B. Reuter, Kühlung, Transport zum D-Arzt per Taxi"],
                   ["D-Arzt", "Dr. Feldhusen, Klinikum Siloah"],
                   ["AU", "13.03.–27.03.2026, Verlängerung bis 10.04. lt. Folgebescheinigung"],
                   ["Zeugen", "keine direkten; Kollegin N. Fuhrmann kam hinzu"]]),
        "Meldepflichtig, da Arbeitsunfähigkeit länger als drei Kalendertage.",
    ], title="Unfallanzeige Entwurf", author="Wiegmann, Torsten", dt="2026-03-19T10:00:00")
    body = """Hallo Frank,

zur Unterschrift die Unfallanzeige zum Treppensturz am 12.03. im 3. OG (der
Verbandbuch-Eintrag 2026-014). Bitte zurück bis Freitag, die Frist läuft.

Das Treppenhaus Nord bekommt jetzt Kontraststreifen an den Stufenkanten, Auftrag
an Siebert ist raus.

Torsten
"""
    m = mail(WIEGMANN, DUESTERHOEFT, "Unfallanzeige 2026-014 zur Unterschrift", D("2026-03-19 10:44:21"),
             MP("mixed", T(body), ATT(doc, MIME_ODT, "Unfallanzeige_2026-014_Entwurf.odt")))
    return m, ("STRICTLY_CONFIDENTIAL", "de", "internal",
               "ODT accident report draft: named employee, birth date, ankle ligament injury S93.40")


def m068():
    sheet = [["Lindenhof Services Ireland - H&S statistics", None, None, None],
             ["Indicator", "2023", "2024", "2025"],
             ["Average headcount", 141, 152, 158],
             ["Accident book entries", 9, 12, 8],
             ["Reportable accidents (>3 days)", 0, 1, 1],
             ["Dangerous occurrences", 0, 0, 0],
             ["Days lost to workplace accidents", 0, 6, 4],
             ["Fire drills held", 2, 2, 2],
             ["Average evacuation time (min)", 4.5, 3.8, 3.2],
             ["VDU eye tests", 31, 44, 52],
             ["Home-working assessments", 60, 38, 29],
             ["Trained occupational first aiders", 6, 6, 7],
             ["Trained mental health first aiders", 0, 0, 6],
             ["EAP uptake (% of headcount, provider figure)", "4.1 %", "5.0 %", "6.2 %"]]
    body = """Torsten,

As promised, the Dublin numbers for the group report in the same layout as
yours. Accident types 2025: slips/trips 4, cuts 2, manual handling 1, other 1 -
I've left that out of the sheet since the counts are so small.

Cheers,
Conor
"""
    m = mail(WHELAN, WIEGMANN, "Dublin H&S figures 2023-2025", D("2026-04-21 16:30:12", "IE"),
             MP("mixed", T(body, charset="us-ascii", cte="7bit"),
                ATT(ods([("IE stats", sheet)], title="IE H&S stats", author="Conor Whelan", dt="2026-04-21T15:00:00"),
                    MIME_ODS, "IE_HS_stats_2023-2025.ods")), host="mail-ie." + DOM)
    return m, ("NORMAL", "en", "internal",
               "trap: site H&S statistics (accidents, EAP uptake), aggregates only (ODS)")


def m069():
    body = """Sehr geehrte Frau Brinkmann,

hiermit bestätigen wir die Kündigung Ihrer Rechtsschutzversicherung.

  Versicherungsnehmerin:  Marlene Brinkmann, Ferdinand-Wallbrecht-Str. 44,
                          30163 Hannover
  Vertragsnummer:         RS 2 218 004 57 (Privat-, Berufs- und Verkehrs-RS)
  Vertragsende:           31.05.2026, 24:00 Uhr

Der Beitrag für den Zeitraum bis Vertragsende wird noch anteilig am 01.05.
eingezogen; danach endet das SEPA-Lastschriftmandat.

Für den laufenden Rechtsschutzfall RS-L-2025-11873 (arbeitsrechtliche
Streitigkeit) besteht der Versicherungsschutz unverändert weiter, da er vor
Vertragsende eingetreten ist.

Schade, dass Sie uns verlassen. Falls Sie es sich anders überlegen, erreichen
Sie uns unter 0511 4470-3800.

Mit freundlichen Grüßen
Ihr Kundenservice Rechtsschutz
Lindenhof Versicherung AG
"""
    m = mail(A("Kundenservice Rechtsschutz", "rechtsschutz"), "m.brinkmann@netzpost.example",
             "Kündigungsbestätigung Vertrag RS 2 218 004 57", D("2026-04-22 11:03:00"),
             T(body, charset="iso-8859-1", cte="8bit"))
    return m, ("CONFIDENTIAL", "de", "insurer-to-customer",
               "ordinary legal-expenses cancellation: named customer, address, contract and claim numbers")


def m070():
    html = """<html><body style="font-family:Arial;font-size:13px">
<p>Sehr geehrter Herr Yilmaz,</p>
<p>wir haben Ihre eingereichten Belege gepr&uuml;ft und erstatten wie folgt
(Krankheitskostenvollversicherung, Vers.-Nr. KV 7 440 318 62, Tarif Komfort 300):</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#e8eef4"><th>Datum</th><th>Leistungserbringer</th><th>Leistung</th><th>Rechnung</th><th>Erstattung</th></tr>
<tr><td>03.03.2026</td><td>Dr. med. S. Harms, Kardiologie</td><td>Belastungs-EKG, Echokardiographie (GO&Auml; 652, 424)</td><td>412,37 &euro;</td><td>412,37 &euro;</td></tr>
<tr><td>05.03.2026</td><td>Linden-Apotheke</td><td>Bisoprolol 2,5 mg N3, Ramipril 5 mg N3</td><td>48,90 &euro;</td><td>48,90 &euro;</td></tr>
<tr><td>19.03.2026</td><td>Dr. med. S. Harms</td><td>Langzeit-Blutdruckmessung (GO&Auml; 654)</td><td>69,94 &euro;</td><td>69,94 &euro;</td></tr>
<tr><td colspan="3"><b>Summe</b></td><td>531,21 &euro;</td><td>531,21 &euro;</td></tr>
</table>
<p>Ihr j&auml;hrlicher Selbstbehalt von 300 &euro; ist mit den Rechnungen aus Januar bereits ausgesch&ouml;pft.
Die Erstattung &uuml;berweisen wir auf Ihr bekanntes Konto.</p>
<p>Mit freundlichen Gr&uuml;&szlig;en<br>Svenja Petersen<br>Leistung Krankenversicherung<br>Lindenhof Versicherung AG</p>
</body></html>
"""
    m = mail(A("Petersen, Svenja", "s.petersen"), "e.yilmaz@heimnetz.example",
             "Ihre Leistungsabrechnung vom 24.03.2026", D("2026-03-24 13:14:00"), H(html))
    return m, ("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
               "ordinary health-insurance benefit statement: cardiology, blood-pressure drugs (HTML only)")


def m071():
    body = """Sehr geehrte Frau Sommer,

vielen Dank für Ihr Interesse an unserer Zahnzusatzversicherung. Gerne schicken
wir Ihnen die Informationen zu unseren Tarifen:

  ZahnPlus 70   – 70 % für Zahnersatz, Implantate und Inlays
  ZahnPlus 90   – 90 % für Zahnersatz, dazu 2 x Prophylaxe im Jahr bis 150 EUR
  ZahnPlus Kids – Kieferorthopädie KIG 1–5 bis 80 %

Eine Gesundheitsprüfung gibt es nur mit zwei Fragen (fehlende Zähne, laufende
Behandlung). Die Wartezeit beträgt 8 Monate für Zahnersatz, bei Unfällen
entfällt sie.

Die Produktinformationsblätter und den Online-Rechner finden Sie unter
www.lindenhof-versicherung.example/zahn. Ihr Beitrag hängt nur vom Eintrittsalter
ab – bei 35 Jahren z. B. 21,90 EUR (ZahnPlus 70) im Monat.

Mit freundlichen Grüßen
Ihr Vertriebsservice
Lindenhof Versicherung AG
"""
    m = mail(A("Vertriebsservice", "vertriebsservice"), "c.sommer@mailpost.example",
             "Ihre Anfrage Zahnzusatzversicherung", D("2026-04-23 09:12:00"), T(body))
    return m, ("NORMAL", "de", "insurer-to-customer",
               "trap: generic product information on dental insurance to a prospect, no contract or health data")


def m072():
    cert = ["# Medical Certificate",
            "Ringsend Medical Practice, 54 Bridge Street, Dublin 4",
            "",
            "I certify that I examined",
            "Mr Daniel Kowalski, DOB 21/07/1990, 9 Pigeon House Rd, Dublin 4,",
            "on 22 April 2026 and that in my opinion he is unfit for work",
            "from 22/04/2026 to 06/05/2026 inclusive",
            "due to: work-related stress / acute stress reaction.",
            "",
            "Dr. Aisling Nolan, MICGP   IMC no. 441 203",
            "Signed 22/04/2026"]
    body = """Hi Siobhan,

Cert for Daniel attached for payroll (sick pay). Original is with me, I'll put it
on his file.

Please make sure it doesn't go into the shared absence folder - Aoife as his
manager only needs the dates. I've booked an OH referral for when he's back.

Niamh
"""
    m = mail(GALLAGHER, KAVANAGH, "Sick cert D. Kowalski", D("2026-04-23 12:20:33", "IE"),
             MP("mixed", T(body, charset="us-ascii", cte="7bit"),
                ATT(pdf(cert, title="Scan 2026-04-23", author="HP LaserJet MFP", date="20260423121500"),
                    "application/pdf", "scan_20260423_121502.pdf")), host="mail-ie." + DOM)
    return m, ("STRICTLY_CONFIDENTIAL", "en", "internal",
               "GP sick certificate of a named employee (acute stress reaction) as scanned PDF")


def m073():
    body = """Dear all,

A reminder of the changes to sick leave from 1 January 2026 and how they apply at
Lindenhof Services Ireland:

Statutory Sick Pay (Sick Leave Act 2022)
  - Entitlement increased to 5 days per year (from 3 in 2024/2025).
  - Paid at 70 % of normal pay, capped at EUR 110 per day.
  - A medical certificate is required from day 1 of statutory sick leave.

Company sick pay scheme (unchanged)
  - Full pay for up to 20 working days in a rolling 12-month period after
    6 months' service, less any Illness Benefit received.

How to report absence
  1. Call your team lead before 10:00 on the first day (text is not enough).
  2. Record the absence in PeopleHub > Absence.
  3. Upload your certificate in PeopleHub - NOT by e-mail to your manager.

Your manager sees only the dates of your absence. Medical details go to HR only.

The full policy (HR-POL-07, version 5) is on the intranet.

""" + sig_gallagher()
    m = mail(GALLAGHER, A("All staff Ireland", "allstaff-ie"), "Sick leave policy - 2026 update",
             D("2026-01-07 09:00:00", "IE"), T(body), host="mail-ie." + DOM)
    return m, ("NORMAL", "en", "internal", "trap: sick-leave policy update, no individual")


def m074():
    body = """Hi Siobhan,

Update from Luca Romano (IE-20955) - he's moved house. Please update payroll
and the emergency contact card:

  New address:        15 Seaview Terrace, Dun Laoghaire, Co. Dublin, A96 K2F7
  Private mobile:     +353 86 555 4471
  Emergency contact:  Giulia Romano (wife), +353 87 555 2093
  Second contact:     Marco Romano (brother, Milan), +39 333 555 0817

Everything else unchanged.

Thanks
Niamh
"""
    m = mail(GALLAGHER, KAVANAGH, "Change of details - L. Romano", D("2026-04-24 11:45:00", "IE"),
             T(body, charset="us-ascii", cte="7bit"), host="mail-ie." + DOM)
    return m, ("CONFIDENTIAL", "en", "internal",
               "employee's new home address, private phone and emergency contacts")


def m075():
    body = """Liebe Ersthelfer im 2. OG, dear Darragh,

nächste Woche (04.–08.05.) arbeitet unser Dublin-Kollege Darragh Kinsella bei
uns im 2. OG, Platz A2.28. Er hat mich gebeten, euch Folgendes zu sagen:

Darragh hat eine schwere Bienen- und Wespengiftallergie (hatte schon einmal
einen anaphylaktischen Schock). Er trägt immer zwei Adrenalin-Autoinjektoren
(EpiPen 0,3 mg) bei sich – in der schwarzen Laptoptasche, Seitenfach.

Falls er gestochen wird und Symptome zeigt (Schwellung, Atemnot, Schwindel):
  1. Sofort 112 rufen – nicht erst die 2222
  2. EpiPen in den Oberschenkel außen, auch durch die Hose
  3. Beine hoch, bei Atemnot Oberkörper hoch

Darragh, in English: the first aiders on the 2nd floor are Sarah Lüdtke and
(this week) Bastian Reuter from the 3rd. In an emergency dial 112 from any
phone, the internal emergency number is 2222. Welcome to Hannover!

Torsten
"""
    m = mail(WIEGMANN, f"{A('Lüdtke, Sarah', 's.luedtke')}, {A('Reuter, Bastian', 'b.reuter')}",
             "Besuch aus Dublin 04.–08.05. / visitor from Dublin", D("2026-04-29 15:30:12"),
             T(body), cc=A("Darragh Kinsella", "d.kinsella"))
    return m, ("STRICTLY_CONFIDENTIAL", "mixed", "internal",
               "named colleague's severe insect-venom allergy and anaphylaxis history, German/English")


# ================================================================ MAILS 076-100
def m076():
    plan = ["# Alarmierungsplan Gebäude A - medizinischer Notfall (Stand 04/2026)",
            "",
            "1. Ruhe bewahren, Eigenschutz beachten.",
            "2. Hilfe rufen: interner Notruf 2222 (Empfang) ODER direkt 112 (Amtsholung 0-112).",
            "   Wer? Wo genau (Gebäude, Etage, Raum)? Was ist passiert? Wie viele Betroffene?",
            "3. Empfang alarmiert Ersthelfer der Etage per Sammelruf und schickt eine Person",
            "   zum Haupteingang, um den Rettungsdienst einzuweisen.",
            "4. AED holen lassen: EG neben Aufzug, 3. OG Treppenhaus Nord.",
            "5. Erste Hilfe leisten bis zum Eintreffen des Rettungsdienstes.",
            "6. Aufzug 1 wird vom Empfang in Sonderfahrt geschaltet (Schlüssel am Empfang).",
            "7. Nach dem Einsatz: Eintrag Verbandbuch, Info an Arbeitssicherheit (-2318).",
            "   Bei Einsatz mit Rettungsdienst: Nachgespräch für Ersthelfende anbieten (Lichtblick).",
            "",
            "# Wichtige Nummern",
            "Rettungsdienst/Feuerwehr 112 | Giftnotruf Nord 0551 19240 | Polizei 110",
            "Betriebsärztin (Di/Do) -2299 | Arbeitssicherheit -2318 | FM-Bereitschaft 0171 5550 2050",
            ]
    body = """Hallo zusammen,

der überarbeitete Alarmierungsplan für medizinische Notfälle – bitte an allen
Verbandkästen den alten Aushang (Stand 2023) austauschen. Neu ist Punkt 6
(Aufzug in Sonderfahrt) und die Nachsorge für Ersthelfende unter Punkt 7.

""" + sig_wiegmann()
    m = mail(WIEGMANN, A("Ersthelfer Hannover", "ersthelfer-hannover"), "Neuer Aushang Alarmierungsplan",
             D("2026-04-27 08:40:00"),
             MP("mixed", T(body, charset="windows-1252", cte="quoted-printable"),
                ATT(pdf(plan, title="Alarmierungsplan Gebaeude A", date="20260424090000"),
                    "application/pdf", "Aushang_Alarmierungsplan_2026-04.pdf")))
    return m, ("NORMAL", "de", "internal", "trap: medical emergency alarm plan (PDF), generic")


def m077():
    rows = [["Name", "Vorname", "Abteilung", "Geburtsdatum", "Anlass", "Datum"],
            ["Hoppe", "Reinhard", "Rechnungswesen", "08.12.1966", "60. Geburtstag", "08.12.2026"],
            ["Kuhlmann", "Petra", "KS Leben", "17.05.1976", "50. Geburtstag", "17.05.2026"],
            ["Gottschalk", "Rainer", "IT-Betrieb", "27.05.1970", "25 Jahre Betriebszugehörigkeit", "01.06.2026"],
            ["Wöhler", "Anja", "Vertrieb", "11.11.1977", "25 Jahre Betriebszugehörigkeit", "01.07.2026"],
            ["Sievers", "Björn", "Leistung Unfall", "02.06.1986", "40. Geburtstag", "02.06.2026"],
            ["Bockelmann", "Gerda", "Rechnungswesen", "21.04.1961", "Ruhestand", "30.06.2026"]]
    body = """Hallo Katrin,

für die Vorstandsgratulationen im Q2 die Liste mit runden Geburtstagen und
Jubiläen (nur Mitarbeitende, die der Veröffentlichung zugestimmt haben). Bitte
für die Karten nur Vornamen + Anlass verwenden, die Geburtsdaten sind nur für
euch zur Terminplanung.

Danke, Sonja
"""
    m = mail(A("Meyer-Rasch, Sonja", "s.meyer-rasch"), A("Vorstandsbüro", "vorstandsbuero"),
             "Jubiläen und runde Geburtstage Q2/Q3", D("2026-04-28 10:02:33"),
             MP("mixed", T(body), ATT(xlsx([("Q2-Q3", rows)], author="Meyer-Rasch, Sonja",
                                           dt="2026-04-28T09:00:00Z"), MIME_XLSX, "Jubilaeen_Q2-Q3_2026.xlsx")))
    return m, ("CONFIDENTIAL", "de", "internal",
               "list of named employees with full birth dates (xlsx)")


def m078():
    body = """Sehr geehrte Frau Sander,

hiermit zeige ich – wie in der Betriebsvereinbarung vorgesehen – eine
Überlastung an. Den Betriebsrat setze ich in Kopie.

Seit der Kollege Wolters im Februar ausgefallen ist, betreue ich zusätzlich zu
meinen 84 Maklern seine 61 Verbindungen. Ich arbeite regelmäßig 10 bis 11
Stunden, auch samstags, und schaffe trotzdem die Rückrufe nicht. Fehler in
Angeboten häufen sich, im März musste ich zwei Deckungszusagen korrigieren.

Ich möchte auch ehrlich sagen, dass das inzwischen gesundheitliche Folgen hat:
Ich schlafe seit Wochen kaum mehr als vier Stunden, habe Herzrasen, wenn ich
sonntags an Montag denke, und mein Hausarzt hat mir letzte Woche wegen des
Blutdrucks (160/100) ein Medikament verschrieben und dringend zu einer Pause
geraten. Ich will nicht ausfallen, aber so geht es nicht weiter.

Ich bitte um ein Gespräch über eine Entlastung, z. B. Umverteilung der
Verbindungen von Herrn Wolters oder eine befristete Aushilfe.

Mit freundlichen Grüßen
Kim Ehlers
Maklerbetreuung Vertrieb Nord
"""
    m = mail(A("Ehlers, Kim", "k.ehlers"), A("Sander, Katrin", "k.sander"), "Überlastungsanzeige",
             D("2026-04-30 21:48:05"), T(body, cte="8bit"), cc=A("Betriebsrat", "betriebsrat"))
    return m, ("STRICTLY_CONFIDENTIAL", "de", "internal",
               "overload notice by a named employee with insomnia, palpitations, hypertension treatment")


def m079():
    rows = [["Gefährdungsbeurteilung psychische Belastung 2026 - Ergebnisse nach Bereich",
             None, None, None, None, None],
            ["Skala (0-100, höher = belastender)", "Kfz-Schaden", "Leistung KV/Leben", "Kundenservice",
             "Vertrieb", "Zentrale Bereiche"],
            ["Rücklauf (n)", 118, 96, 131, 74, 88],
            ["Quantitative Anforderungen", 68, 61, 72, 64, 55],
            ["Emotionale Anforderungen", 52, 58, 66, 47, 35],
            ["Work-Privacy-Konflikt", 44, 40, 49, 57, 38],
            ["Einfluss bei der Arbeit", 41, 43, 33, 58, 55],
            ["Soziale Unterstützung", 30, 28, 36, 34, 29],
            ["Führungsqualität", 37, 35, 45, 39, 33],
            ["Burnout-Symptome (Skala)", 42, 40, 48, 41, 34],
            ["Kognitive Stresssymptome", 38, 36, 45, 37, 31],
            [None],
            ["Auswertung nur für Einheiten mit mindestens 10 Antworten; Teams < 10 sind im Bereich zusammengefasst."],
            ["Rote Werte (>= 65) im Workshop priorisieren."]]
    body = """Liebe Mitglieder der Steuerungsgruppe,

anbei die Bereichsergebnisse der Befragung (COPSOQ-Kurzfassung). Auffällig sind
die quantitativen Anforderungen im Kundenservice (72) und in Kfz-Schaden (68)
sowie die emotionalen Anforderungen im Kundenservice (Beschwerdetelefon).

Vorschlag: Maßnahmenworkshops zuerst in diesen beiden Bereichen, moderiert von
Lichtblick, Ende Mai.

""" + sig_osterkamp()
    m = mail(OSTERKAMP, A("Steuerungsgruppe GBpsych", "sg-gbpsych"),
             "GB psych: Ergebnisse nach Bereichen", D("2026-05-04 14:17:39"),
             MP("mixed", T(body), ATT(xlsx([("Ergebnisse", rows)], author="Osterkamp, Melanie",
                                           dt="2026-05-04T12:00:00Z"), MIME_XLSX, "GBpsych_2026_Bereiche.xlsx")))
    return m, ("NORMAL", "de", "internal",
               "trap: psychosocial risk survey results incl. burnout scale, aggregated per division (n>=10)")


def m080():
    iban = mkiban("DE", "20050550" + "1262044719")
    body = f"""Dear Mr Hartmann,

Thank you for your e-mail. The commission statement for April 2026 has been
corrected:

  Broker:          Jens Hartmann, Versicherungsmakler (sole trader)
  Broker no.:      VM-44871
  Statement:       PROV-2026-04-44871 (corrected)
  Commission:      EUR 3,418.20 (was EUR 2,976.40 - the group accident
                   scheme for Elbwerft GmbH was missing)
  VAT:             exempt (Sec. 4 No. 11 UStG)
  Payment to:      {iban}
  Value date:      8 May 2026

The corrected statement is available in the broker portal under "Documents".
Your tax number 43/212/00871 is printed on the statement as required.

Best regards

Tobias Engel
Broker Management North
Lindenhof Versicherung AG
"""
    m = mail(A("Engel, Tobias", "t.engel"), "Jens Hartmann <info@hartmann-makler.example>",
             "RE: Commission statement April", D("2026-05-05 15:40:22"), T(body))
    return m, ("CONFIDENTIAL", "en", "insurer-to-broker",
               "sole-trader broker's commission, IBAN and tax number")


def m081():
    body = """Dear partners,

From 1 July 2026 our group income protection product for employers
("LindenPlus Group IP") gets three improvements:

  * Simplified underwriting for schemes from 10 lives (was 20): no individual
    health questions up to the free cover limit of EUR 4,000 monthly benefit.
  * Rehabilitation support from week 4 of absence, including access to mental
    health treatment pathways - mental health conditions are now the most
    common cause of claims (38 % of new claims in 2025, industry-wide).
  * Deferred periods of 13, 26 or 52 weeks.

Premium examples (office staff, deferred period 26 weeks, benefit 75 % of
salary): 0.62 % of payroll for average age 40.

Our webinar for brokers: 19 May, 10:00 CET. Register in the broker portal.

Kind regards
Tobias Engel
Broker Management North
Lindenhof Versicherung AG
"""
    m = mail(A("Engel, Tobias", "t.engel"), A("Broker partners international", "broker-intl"),
             "Product update: LindenPlus Group Income Protection", D("2026-05-06 09:00:00"),
             ALT(T(body, charset="us-ascii", cte="7bit"),
                 H("<html><body><div style='font-family:Arial'>" + xesc(body).replace("\n", "<br>\n") +
                   "</div></body></html>", charset="us-ascii", cte="7bit")))
    return m, ("NORMAL", "en", "insurer-to-broker",
               "trap: group income-protection product news (mental health claims share), no person")


def m082():
    body = """Sehr geehrte Frau Lorenzen,

vielen Dank für die Unterlagen zur Präventionskampagne "Sicher zur Arbeit –
aufs Rad, aber richtig". Wir machen im April mit und bestellen:

  - 6 Plakate A1 "Sehen und gesehen werden"
  - 300 Flyer "Winterfahren" (für nächsten Herbst)
  - 150 Reflektorbänder
  - 1 Roll-up für die Aktion am 23.04. im Foyer

Den angebotenen Vortrag Ihrer Präventionsberaterin zum Thema Wegeunfälle nehmen
wir gern an – als Termin schlage ich den 23.04., 12:30 Uhr vor (Mittagspause,
ca. 30 Min., Kantine Nebenraum).

Unsere Zahlen zur Einordnung: 5 meldepflichtige Wegeunfälle im Jahr 2025, davon
3 mit dem Fahrrad.

""" + sig_wiegmann()
    m = mail(WIEGMANN, "Präventionsabteilung BG F&V <praevention@bgfv.example>",
             "Kampagne \"Sicher zur Arbeit\" – Bestellung und Vortrag", D("2026-03-17 12:14:51"),
             T(body, charset="iso-8859-1", cte="quoted-printable"))
    return m, ("NORMAL", "de", "insurer-to-partner",
               "trap: prevention campaign order from the accident insurer, accident counts only")


def m083():
    body = """Sehr geehrte Damen und Herren,

den digitalen Lohnnachweis 2025 haben wir heute über das SV-Meldeverfahren
(UV-Jahresmeldung/Lohnnachweis) übermittelt. Zur Information die Summen:

  Mitgliedsnummer:           130 400 7719
  Gefahrtarifstelle 01 (kaufmännische/verwaltende Tätigkeiten)
    Arbeitsentgelt gesamt:   87.412.930,00 EUR
    geleistete Arbeitsstunden: 2.031.416
  Gefahrtarifstelle 06 (Außendienst)
    Arbeitsentgelt gesamt:    6.108.552,00 EUR
    geleistete Arbeitsstunden:    112.840

Übermittlungsnummer: LN-2026-02-130400-0017
Ansprechpartnerin bei Rückfragen: Aylin Demir, Tel. 0511 4470-2262.

Mit freundlichen Grüßen
Personalabrechnung
Lindenhof Versicherung AG
"""
    m = mail(DEMIR, "Beitragsabteilung BG F&V <beitrag@bgfv.example>",
             "Lohnnachweis 2025 – Mitgliedsnr. 130 400 7719", D("2026-02-12 10:30:00"),
             T(body, charset="windows-1252", cte="8bit"))
    return m, ("NORMAL", "de", "insurer-to-partner",
               "trap: company payroll totals for the accident insurer, the insurer's own data")


def m084():
    body = """Sehr geehrter Herr Schoppe,

wie telefonisch angekündigt beantragen wir eine Ausnahmebewilligung nach § 15
Abs. 2 ArbZG für Sonntagsarbeit im Rahmen der Umstellung unseres
Bestandsführungssystems (Migration "LINDA 2").

  Termine:   So 07.06.2026 und So 14.06.2026, jeweils 06:00–18:00 Uhr
  Ort:       Rechenzentrum Gebäude C, Am Lindenhof 16, Hannover
  Grund:     Die Migration ist nur bei abgeschaltetem Online-Betrieb möglich;
             an Werktagen würden Kunden- und Maklerportal ausfallen.

Eingesetzte Beschäftigte (freiwillig, Ersatzruhetag in der Folgewoche):

  Bode, Marcel         IT-Betrieb        06:00–14:00 / 10:00–18:00
  Gottschalk, Rainer   IT-Betrieb        06:00–18:00 (mit 2 x 30 Min. Pause)
  Nolte, Kevin         IT-Entwicklung    10:00–18:00 / 06:00–14:00
  Raman, Priya         Service Desk      08:00–16:00 (beide Tage)
  Ivanova, Elena       Fachbereich       10:00–16:00 (nur 14.06.)

Der Betriebsrat hat am 05.05. zugestimmt (Beschluss liegt bei).

""" + sig_duesterhoeft()
    m = mail(DUESTERHOEFT, "Arbeitszeitschutz <arbeitszeit@gaa-leinetal.example>",
             "Antrag Ausnahmebewilligung § 15 ArbZG – Sonntage 07./14.06.", D("2026-05-07 11:21:09"),
             T(body))
    return m, ("CONFIDENTIAL", "de", "insurer-to-partner",
               "authority application listing named employees with their Sunday working hours")


def m085():
    body = """Dear Sir/Madam,

Further to our online submission today (reference IR1-2026-118274), please find
below the details requested by phone for our notified accident:

  Employer:          Lindenhof Services Ireland DAC, 4 Harcourt Quay, Dublin 2
  Injured person:    Tomasz Wisniewski, DOB 06/01/1992
  PPS number:        1234567TA
  Occupation:        Claims Handler
  Date/time:         24/02/2026, 13:10
  Location:          staff kitchen, ground floor
  Injury:            sprain of right wrist (X-ray negative), splint for 2 weeks
  Days lost:         4 working days (25/02 - 02/03/2026); returned 03/03/2026
  Cause:             slip on water leaking from dishwasher drain hose
  Remedial action:   hose replaced, anti-slip mat, wet-floor signage

Please let me know if you need the witness statement.

""" + sig_whelan()
    m = mail(WHELAN, "Workplace Contact Unit <wcu@workplace-safety-authority.example>",
             "IR1-2026-118274 - additional information", D("2026-03-05 14:48:30", "IE"),
             T(body, charset="us-ascii", cte="7bit"), host="mail-ie." + DOM)
    return m, ("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
               "accident notification to the authority: named employee, DOB, PPS number, wrist sprain")


def m086():
    body = """Dear Inspector Geraghty,

Thank you for your letter of 28 April. We confirm the inspection visit at our
Dublin office on Tuesday 19 May 2026 at 10:00.

You asked to see:
  1. Safety Statement (version 2026, signed by the board 14 January)
  2. Risk assessments: general office, VDU, manual handling (archive),
     lone working (facilities), pregnant/breastfeeding employees (generic)
  3. Fire safety register and drill records 2024-2026
  4. Accident book and IR1 records (we'll show them on site only)
  5. Training records: first aid, manual handling, fire wardens
  6. Consultation with safety representative (minutes)

I'll meet you at reception; our safety representative Grainne Walsh and I will
accompany you. Parking is available in the Q-Park on Cardiff Lane, we'll
validate your ticket.

""" + sig_whelan()
    m = mail(WHELAN, "Inspector M. Geraghty <m.geraghty@workplace-safety-authority.example>",
             "Inspection visit 19 May - confirmation", D("2026-04-30 10:15:00", "IE"),
             T(body), host="mail-ie." + DOM)
    return m, ("NORMAL", "en", "insurer-to-partner",
               "trap: confirmation of a safety inspection visit, documents listed but none sent")


def m087():
    body = """Hallo Frau Meyer-Rasch,

bitte für die Personalakte und die Meldung an die BG (Ersthelferquote) folgende
Bestellungen zur Ersthelferin / zum Ersthelfer erfassen. Die Urkunden sind
unterschrieben und gehen per Hauspost an die Kolleginnen und Kollegen.

  PN       Name                geboren     Bereich          Ausbildung        gültig bis
  118903   Mehmet Özkan        14.03.1986  KS Sach          DRK, 20.01.2026   01/2028
  121777   Bastian Reuter      25.09.1984  Aktuariat        DRK, 20.01.2026   01/2028
  115870   Mathias Kühn        09.02.1979  Vertrieb Nord    DRK Hi, 19.03.26  03/2028

Damit sind wir in Gebäude A bei 27 Ersthelfenden auf 612 Beschäftigte = 4,4 %
(Soll nach DGUV V1 für Verwaltung: 5 %). Es fehlen noch 4 – ich mache im Mai
nochmal einen Aufruf.

""" + sig_wiegmann()
    m = mail(WIEGMANN, A("Meyer-Rasch, Sonja", "s.meyer-rasch"), "Bestellung Ersthelfer Q1",
             D("2026-03-27 13:36:02"), T(body, cte="base64"))
    return m, ("CONFIDENTIAL", "de", "internal",
               "first-aider appointments with names, personnel numbers and birth dates (base64 body)")


def m088():
    body = """Conor,

For the accident book - I was the first aider on the call this afternoon, 3rd
floor. Writing it up while it's fresh.

  Time:     14:20, Thu 7 May
  Who:      Paul Geoghegan (Finance)
  What:     Colleagues noticed he was sweaty, confused and slurring. He told me
            he's a type 1 diabetic and thought he was "going low" - he'd
            skipped lunch because of the month-end close. His meter read
            2.6 mmol/l.
  Action:   Gave him 150 ml of full-sugar Coke and 4 glucose tablets from his
            own kit, re-tested after 15 min: 4.8 mmol/l. Then a sandwich.
            Stayed with him 30 min. Offered ambulance - he declined, said this
            happens maybe twice a year. His wife collected him at 15:15.
  Follow-up: He asked if we could keep a box of glucose tablets in the 3rd
            floor first aid cabinet. I said I'd ask you.

Chiamaka

--
Chiamaka Nwosu | Finance | Occupational First Aider, 3rd floor
"""
    m = mail(A("Chiamaka Nwosu", "c.nwosu"), WHELAN, "First aid call today 3rd floor",
             D("2026-05-07 16:02:49", "IE"), T(body, charset="us-ascii", cte="7bit"),
             host="mail-ie." + DOM)
    return m, ("STRICTLY_CONFIDENTIAL", "en", "internal",
               "first-aider report: named colleague with type 1 diabetes, hypoglycaemia episode")


def m089():
    body = """Protokoll Ersthelfer-Treffen Gebäude A – 05.05.2026

Anwesend: 16 von 27 Ersthelfenden, T. Wiegmann, Dr. K. Ahlborn (ab 14:30)

1. Einsätze seit Jahresbeginn: 19 Verbandbuch-Einträge, davon 2 mit
   Rettungsdienst. Keine Details im Protokoll (Datenschutz).
2. AED: Selbsttest beider Geräte ok, Elektroden EG getauscht (neu bis 03/2029).
   Der AED im 3. OG bekommt einen Alarm-Kasten (Öffnung löst Ton am Empfang aus).
3. Verbandkästen: 4 Kästen unvollständig (Einmalhandschuhe, Kälte-Sofortkompressen).
   Nachfüllsets sind da, Ausgabe über FM.
4. Frau Dr. Ahlborn: Kurzinput "Hypoglykämie erkennen" und "Krampfanfall –
   was tun, was lassen". Folien im Teams-Kanal.
5. Nachsorge: Nach belastenden Einsätzen kann jede/r Ersthelfende ein Gespräch
   bei Lichtblick in Anspruch nehmen – wird zu selten genutzt, bitte nutzen!
6. Wunsch: Traubenzucker in alle Verbandkästen – wird umgesetzt.

Nächstes Treffen: 03.11.2026

Protokoll: T. Wiegmann
"""
    m = mail(WIEGMANN, A("Ersthelfer Hannover", "ersthelfer-hannover"), "Protokoll Ersthelfer-Treffen 05.05.",
             D("2026-05-06 08:12:44"), T(body, charset="iso-8859-1", cte="8bit"))
    return m, ("NORMAL", "de", "internal",
               "trap: first-aider meeting minutes (AED, hypoglycaemia training), no cases identified")


def m090():
    rows = [["Week", "Keyholder (alarm response)", "Private mobile", "Deputy", "Private mobile"],
            ["18-24 May", "Seamus O'Rourke", "+353 85 555 3301", "Conor Whelan", "+353 87 555 0199"],
            ["25-31 May", "Darragh Kinsella", "+353 86 555 7720", "Grainne Walsh", "+353 83 555 1264"],
            ["1-7 June", "Conor Whelan", "+353 87 555 0199", "Aoife Brennan", "+353 89 555 6618"],
            ["8-14 June", "Grainne Walsh", "+353 83 555 1264", "Seamus O'Rourke", "+353 85 555 3301"]]
    body = """Hi all,

Out-of-hours keyholder rota for the next four weeks attached. The alarm company
(Sentinel) has the same list. Please don't share your colleagues' numbers
outside this group.

""" + sig_whelan()
    m = mail(WHELAN, A("IE keyholders", "ie-keyholders"), "Keyholder rota 18 May - 14 June",
             D("2026-05-14 12:00:00", "IE"),
             MP("mixed", T(body), ATT(xlsx([("Rota", rows)], author="Conor Whelan", dt="2026-05-14T11:00:00Z"),
                                      MIME_XLSX, "Keyholder_rota_May-June.xlsx")), host="mail-ie." + DOM)
    return m, ("CONFIDENTIAL", "en", "internal",
               "keyholder rota with named employees' private mobile numbers (xlsx)")


def m091():
    body = """Hi Niamh, hallo Frank,

kurze Abstimmung zur Entsendung von Daniel Weber nach Dublin (01.07.–31.12.):

Daniel hat mir heute erzählt, dass er insulinpflichtiger Typ-1-Diabetiker ist
(Insulinpumpe + CGM-Sensor). He's absolutely fine with you knowing and says it's
well controlled. Two things he asked for:

1. Can Liffey OH do a short pre-assignment consultation, mainly about the
   on-call week (he'd need to eat at regular times, and keep his pump supplies
   in a fridge at the office)?
2. Krankenversicherung: Er bleibt in der deutschen GKV (Entsendung, A1) – die
   Versorgung mit Pumpenzubehör in Irland müsste über die EHIC/S1 laufen. Frank,
   könnt ihr das mit der BKK klären?

The first aiders on his floor in Dublin should probably know what to do in a
hypo - Daniel will tell them himself in his first week.

Viele Grüße / Best
Melanie
"""
    m = mail(OSTERKAMP, f"{GALLAGHER}, {DUESTERHOEFT}", "Secondment D. Weber – health topics",
             D("2026-05-15 10:44:19"), T(body))
    return m, ("STRICTLY_CONFIDENTIAL", "mixed", "internal",
               "named employee's type 1 diabetes with insulin pump for a secondment, German/English")


def m092():
    html = """<html><head><meta charset="windows-1252"></head><body style="font-family:Verdana;font-size:12px">
<h3>Speiseplan Betriebsrestaurant Lindenhof &ndash; KW 21 (18.&ndash;22.05.2026)</h3>
<table border="1" cellpadding="5" cellspacing="0">
<tr style="background:#dfe9d8"><th>Tag</th><th>Men&uuml; 1</th><th>Men&uuml; 2 (vegetarisch)</th><th>Aktion</th></tr>
<tr><td>Mo</td><td>H&auml;hnchenbrust, Currysauce, Basmatireis <i>(F, I, 9)</i></td><td>Gem&uuml;selasagne <i>(A, C, G)</i></td><td>Salatbar</td></tr>
<tr><td>Di</td><td>Currywurst, Pommes <i>(A, J, 3, 4)</i></td><td>Linsen-Dal, Naan <i>(A, G)</i></td><td>glutenfrei: Dal mit Reis</td></tr>
<tr><td>Mi</td><td>Seelachs, Senfsauce, Salzkartoffeln <i>(D, G, J)</i></td><td>K&auml;sesp&auml;tzle <i>(A, C, G)</i></td><td>Gesundheitswoche: Vollkorn</td></tr>
<tr><td>Do</td><td>Schweinebraten, Rotkohl <i>(I, 2)</i></td><td>Falafel, Hummus <i>(K, N)</i></td><td>laktosefrei m&ouml;glich</td></tr>
<tr><td>Fr</td><td>Fischst&auml;bchen, Kartoffelsalat <i>(A, C, D, J)</i></td><td>Pasta Arrabiata <i>(A)</i></td><td>Obsttag</td></tr>
</table>
<p><b>Allergene:</b> A Gluten, C Ei, D Fisch, F Soja, G Milch/Laktose, I Sellerie, J Senf, K Sesam, N Kichererbse (Hinweis) &ndash;
<b>Zusatzstoffe:</b> 2 Konservierungsstoff, 3 Antioxidationsmittel, 4 Geschmacksverst&auml;rker, 9 S&uuml;&szlig;ungsmittel.</p>
<p>Besondere Kostformen (z.&nbsp;B. bei Z&ouml;liakie, Allergien) bitte pers&ouml;nlich an der Kasse oder bei der K&uuml;chenleitung anfragen.</p>
<p>Ihr Team von Mahlzeit Catering</p>
</body></html>
"""
    m = mail(A("Betriebsrestaurant", "kantine"), A("Alle Mitarbeitenden Hannover", "alle-hannover"),
             "Speiseplan KW 21", D("2026-05-15 13:00:00"), H(html, charset="windows-1252"))
    return m, ("NORMAL", "de", "internal",
               "trap: canteen menu with allergen codes and coeliac hint, HTML only")


def m093():
    body = """Hallo Herr Bartels,

unsere neue Kollegin Frau Miriam Hesse (Aktuariat, seit 04.05. bei uns) hat
Zöliakie und muss streng glutenfrei essen – auch Spuren sind für sie ein
Problem. Sie hat mich gebeten, das mit Ihnen zu klären, bevor sie in die
Kantine geht.

Können Sie ihr täglich eine glutenfreie Variante eines der Menüs anbieten, die
getrennt zubereitet wird (eigene Pfanne/Topf, kein Frittierfett von den
Pommes)? Sie würde sich morgens per Teams bei Ihnen melden. Die Kosten
übernimmt wie bei den anderen Diätkostformen das BGM-Budget.

Frau Hesse kommt am Donnerstag um 11:30 Uhr kurz bei Ihnen vorbei.

""" + sig_osterkamp()
    m = mail(OSTERKAMP, "Küchenleitung Mahlzeit Catering <k.bartels@mahlzeit-catering.example>",
             "Glutenfreie Kost für eine Mitarbeiterin", D("2026-05-18 09:31:08"),
             T(body, charset="windows-1252", cte="quoted-printable"))
    return m, ("STRICTLY_CONFIDENTIAL", "de", "insurer-to-supplier",
               "named new employee's coeliac disease sent to the canteen caterer")


def m094():
    body = """Sehr geehrter Herr Ahrens,

gern übertragen wir den Schadenfreiheitsrabatt Ihres Vaters auf Ihren Vertrag.
Dafür benötigen wir noch die unterschriebene Übertragungserklärung (Anlage zum
Schreiben per Post).

Ihre Daten:
  Florian Ahrens, geb. 17.10.1990, Lavesstr. 70, 30159 Hannover
  Kfz-Versicherung Nr. KF 45 233 801, VW Polo, H-FA 1790
  Führerschein seit 14.11.2008

Abgebender Vertrag: Helmut Ahrens, KF 31 009 442, SF 25
Nach Übertragung: SF 14 (Ihre Fahrpraxis seit 2008 abzüglich …), Beitrag
neu 412,60 EUR statt 798,40 EUR jährlich.

Der Vertrag Ihres Vaters wird dann in SF 0 eingestuft; bitte sprechen Sie das
mit ihm ab.

Mit freundlichen Grüßen
Kfz-Vertrag, Team Übertragungen
Lindenhof Versicherung AG
"""
    m = mail(A("Kfz-Vertrag", "kfz-vertrag"), "florian.ahrens@webpost.example",
             "SF-Übertragung – Ihr Vertrag KF 45 233 801", D("2026-05-19 08:51:20"), T(body))
    return m, ("CONFIDENTIAL", "de", "insurer-to-customer",
               "ordinary motor no-claims transfer: named customer with birth date, address, contracts")


def m095():
    body = """Hi Niamh, hi Melanie,

Attached in the body below is my first draft of the menopause guidance for
managers. I've kept it generic and short. Comments welcome by 29 May.

---- DRAFT v0.3 ----
Menopause at work - guidance for managers (Lindenhof Group)

1. Why it matters
   Most people going through the menopause are in work. Symptoms can include
   hot flushes, poor sleep, fatigue, anxiety, low mood, difficulty
   concentrating and heavy or irregular periods. They vary a lot and can last
   several years.

2. What you can do
   - Be approachable; an employee does not have to disclose anything.
   - Talk about what would help, not about symptoms.
   - Typical adjustments: desk fan, seat near a window, flexible start times,
     home working on bad days, breaks when needed, uniform-free dress code.
   - Record agreed adjustments, not medical details.
   - Point to the EAP and the occupational health service.

3. What you should not do
   - Ask about medical treatment (e.g. HRT).
   - Share anything with the team without consent.

4. Sickness absence
   Menopause-related absence is recorded like any other absence; it is not
   used for triggers in the absence management process.
---- END DRAFT ----

Best,
Caroline
"""
    m = mail(A("Caroline Hasse", "c.hasse"), f"{GALLAGHER}, {OSTERKAMP}",
             "Draft: menopause guidance for managers", D("2026-05-20 16:07:33"), T(body))
    return m, ("NORMAL", "en", "internal", "trap: generic menopause guidance draft, no person")


def m096():
    body = """Hi Conor,

Could you help me with a few practical bits for Bernadette Ryan on my team? She
told me this week that she is perimenopausal and that the hot flushes and the
night sweats are really knocking her. She's sleeping badly and finds the
afternoons in the south-facing corner unbearable. Her GP has started her on HRT
but it will take a few weeks.

What she asked for:
  - a desk on the north side, near a window that opens
  - a desk fan
  - starting at 10:00 instead of 8:30 on two days a week (I can sort that)

She's OK with you knowing why; she'd rather the team didn't.

Thanks a lot,
Aoife
"""
    m = mail(BRENNAN, WHELAN, "Desk move + fan for Bernadette", D("2026-05-21 11:19:52", "IE"),
             T(body, charset="us-ascii", cte="7bit"), host="mail-ie." + DOM)
    return m, ("STRICTLY_CONFIDENTIAL", "en", "internal",
               "named employee's menopause symptoms and HRT, workplace adjustments")


def m097():
    body = """Hallo Herr Pieper,

anbei die Zusatzvereinbarung zur mobilen Arbeit, so wie besprochen. Die
wesentlichen Punkte:

  Beschäftigter:         Lukas Pieper, PN 133480, IT-Entwicklung
  Häuslicher Arbeitsort: Am Lindener Hafen 3, 3. OG rechts, 30453 Hannover
  Umfang:                bis zu 3 Tage/Woche (Di, Do, Fr), Präsenz Mo + Mi
  Ausstattung:           Notebook, 2. Monitor, Headset, Bürostuhl (Leihgabe)
  Pauschale:             Homeoffice-Pauschale steuerfrei lt. BV, 1,00 EUR/Tag
  Gefährdungsbeurteilung: Checkliste Telearbeit – ausgefüllt zurück bis 31.05.
  Gültig ab:             01.06.2026, Probezeit für die Regelung 6 Monate

Bitte zwei Exemplare unterschreiben und an mich zurück. Ohne die ausgefüllte
Checkliste kann ich die Vereinbarung leider nicht freigeben (Arbeitsschutz).

""" + sig_duesterhoeft()
    m = mail(DUESTERHOEFT, A("Pieper, Lukas", "l.pieper"), "Vereinbarung mobile Arbeit",
             D("2026-05-21 14:03:55"), T(body))
    return m, ("CONFIDENTIAL", "de", "internal",
               "home-working agreement with a named employee's home address")


def m098():
    body = """Hallo Frank,

ich bräuchte deine Unterstützung bei einer Ausnahme von der 2-Tage-Präsenzregel.

Frau Ilka Thörmer (Leistung KV) hatte im Februar eine Nierentransplantation und
kommt ab 01.06. wieder. Sie nimmt dauerhaft Immunsuppressiva (Tacrolimus,
Mycophenolat) und hat nach Angaben ihres Transplantationszentrums in den
ersten 12 Monaten ein deutlich erhöhtes Infektionsrisiko. Großraumbüro und
volle Stadtbahn sind für sie aktuell ein echtes Problem.

Frau Dr. Ahlborn hat ihr (mit Einverständnis an mich) bescheinigt, dass aus
arbeitsmedizinischer Sicht für mindestens sechs Monate vollständiges
Homeoffice empfohlen wird; danach Einzelbüro.

Ich würde die Ausnahme im BEM-Rahmen vereinbaren. Bist du einverstanden, dass
wir die Teamleitung nur über "Homeoffice aus betrieblichen Gründen"
informieren?

""" + sig_reinholz()
    m = mail(REINHOLZ, DUESTERHOEFT, "Ausnahme Präsenzregel – Fr. Thörmer", D("2026-05-22 10:15:27"),
             T(body, cte="8bit", flowed=True))
    return m, ("STRICTLY_CONFIDENTIAL", "de", "internal",
               "named employee's kidney transplant and immunosuppressants, home-office exception")


def m099():
    lines = ["# Home working: workstation self-check (Lindenhof Group, form HS-07)",
             "",
             "Complete this checklist before you start working from home and whenever you move.",
             "Tick yes / no. Any 'no' -> talk to your manager or Facilities.",
             "",
             "# 1. Space and environment",
             "[ ] Dedicated work area with enough space for screen, keyboard, documents",
             "[ ] Daylight, no glare on the screen (window to the side)",
             "[ ] Room temperature 20-24 C, can be ventilated",
             "[ ] No trailing cables, sockets not overloaded",
             "[ ] Working smoke alarm in the home",
             "# 2. Desk and chair",
             "[ ] Desk height 72-76 cm or adjustable; leg room free",
             "[ ] Chair with adjustable height and backrest; feet flat on the floor",
             "# 3. Screen and equipment",
             "[ ] Top of screen at or slightly below eye level, arm's length away",
             "[ ] Separate keyboard and mouse when using a laptop",
             "# 4. Work organisation",
             "[ ] Regular breaks (5 min per hour away from the screen)",
             "[ ] Clear start and end of the working day",
             "[ ] You know how to reach your first aider/emergency contacts",
             "",
             "Questions about your own health (e.g. back or eye problems)? Contact the",
             "occupational health service directly - do not write them on this form."]
    body = """Dear colleagues,

The updated home-working self-check (HS-07) is attached. It applies in both
countries from 1 June and replaces the old German "Checkliste Telearbeit" and
the Irish HS-05.

Please complete it in PeopleHub (Forms > HS-07). Only Facilities sees the answers.

Torsten Wiegmann / Conor Whelan
"""
    m = mail(WIEGMANN, A("All staff Group", "allstaff-group"), "Home working self-check HS-07",
             D("2026-05-26 09:00:00"),
             MP("mixed", T(body, charset="us-ascii", cte="7bit"),
                ATT(pdf(lines, title="HS-07 Home working self-check", date="20260525150000"),
                    "application/pdf", "HS-07_home_working_self-check.pdf")))
    return m, ("NORMAL", "en", "internal", "trap: blank home-working ergonomics checklist (PDF)")


def m100():
    body = """Hi Sinead,

Please arrange home delivery of the standard home-working kit (chair ErgoSit
H-200, 24" monitor with riser, keyboard, mouse) to the following employees,
PO IE-4500-0412:

  Eoin Phelan        27 Castle Avenue, Clontarf, Dublin 3, D03 W2K7
                     mob. +353 85 555 2210, deliveries after 14:00
  Luca Romano        15 Seaview Terrace, Dun Laoghaire, Co. Dublin, A96 K2F7
                     mob. +353 86 555 4471
  Shauna Delaney     Ballymore, Kilcock Road, Maynooth, Co. Kildare, W23 P9X4
                     mob. +353 87 555 9034, rural address - call ahead

Please take back the old packaging. Delivery notes to me.

""" + sig_whelan()
    m = mail(WHELAN, "Sinead Kehoe <orders@officeline-supplies.example>",
             "PO IE-4500-0412 - home deliveries", D("2026-05-27 13:33:02", "IE"),
             T(body), host="mail-ie." + DOM)
    return m, ("CONFIDENTIAL", "en", "insurer-to-supplier",
               "furniture delivery to named employees' home addresses and private mobiles")


# ================================================================ MAILS 101-125
def m101():
    body = """Hello Mr Pritchard,

Thank you for the safety notice FSN-2026-03 regarding the gas lift cartridges
(batch codes GL-2511-xx) in the ErgoSit H-200 task chairs.

We have checked our inventory:

  Dublin office:        46 chairs H-200, of which 12 with affected batch codes
  Home-working kits:    19 chairs H-200 delivered since Nov 2025, batch codes
                        to be checked by the users (instruction sent today)

Please send 12 replacement cartridges for the office plus a technician to fit
them, and let us know the procedure for the chairs at employees' homes - we'd
prefer you contact the users directly via us rather than us passing on home
addresses in bulk.

No incidents have been reported at our sites.

""" + sig_whelan()
    m = mail(WHELAN, "Gareth Pritchard <safety@ergosit-seating.example>",
             "RE: Field Safety Notice FSN-2026-03 gas lifts", D("2026-05-28 10:20:40", "IE"),
             T(body, charset="us-ascii", cte="7bit"), host="mail-ie." + DOM)
    return m, ("NORMAL", "en", "insurer-to-supplier",
               "trap: chair safety recall handled with counts only, no individual")


def m102():
    body = """Sehr geehrter Herr Wunderlich,

wir bestellen gem. Angebot AN-26-0771 vom 12.05.2026:

  40 x Bürodrehstuhl "Sitzwerk Ergo Pro", Synchronmechanik, Sitztiefen-
       verstellung, 4D-Armlehnen, Lordosenstütze, Bezug anthrazit
       à 389,00 EUR netto
   6 x Stehhilfe "Sitzwerk Perch" à 149,00 EUR netto
  12 x Fußstütze verstellbar à 39,00 EUR netto

Gesamt netto: 17.042,00 EUR. Lieferung frei Haus bis 19.06.2026, Tor 2, mit
Aufbau und Mitnahme der Verpackung. Die Altstühle (38 Stk.) nehmen Sie bitte
wie vereinbart gegen 5 EUR/Stk. zur Entsorgung zurück.

Bestellnummer: 4500-2046 (bitte auf allen Dokumenten).

Mit freundlichen Grüßen
Uwe Siebert
Facility Management, Lindenhof Versicherung AG
"""
    m = mail(SIEBERT, "Sitzwerk Büromöbel Vertrieb <vertrieb@sitzwerk.example>",
             "Bestellung 4500-2046 Bürostühle", D("2026-05-29 08:10:00"),
             T(body, charset="iso-8859-1", cte="quoted-printable"))
    return m, ("NORMAL", "de", "insurer-to-supplier",
               "trap: purchase order for ergonomic chairs with lumbar support, no person")


def m103():
    body = """Hallo Herr Kowalczyk, hallo Frau Reinholz,

nach der Mitteilung von Frau Elena Ivanova (Fachbereich/IT-Schnittstelle LINDA 2),
dass sie in der 11. SSW schwanger ist, haben wir heute die anlassbezogene
Gefährdungsbeurteilung mit ihr und Frau Dr. Ahlborn gemacht.

Ergebnis:
1. Nachtarbeit zwischen 20 und 6 Uhr ist nach § 5 MuSchG ohne Genehmigung
   unzulässig. Die Rufbereitschaft (nachts) und der Migrationssonntag am 14.06.
   entfallen für Frau Ivanova ab sofort – das ist ein teilweises betriebliches
   Beschäftigungsverbot für diese Tätigkeiten.
2. Sonntagsarbeit nur mit ihrer ausdrücklichen Erklärung (§ 6 MuSchG) – sie
   möchte nicht. Bitte aus der Liste für das Gewerbeaufsichtsamt streichen;
   Herr Düsterhöft ist informiert.
3. Tagsüber keine Einschränkungen; Bildschirmarbeit mit freien Pausen.
4. Sie hat Anspruch auf Freistellung für die Vorsorgeuntersuchungen.

Herr Kowalczyk, bitte planen Sie die Rufbereitschaft bis einschließlich
Dezember ohne Frau Ivanova. Ein Entgeltausfall entsteht ihr nicht
(Mutterschutzlohn für die Zulagen, § 18 MuSchG – macht die Abrechnung).

""" + sig_wiegmann()
    m = mail(WIEGMANN, f"{A('Kowalczyk, Bernd', 'b.kowalczyk')}, {REINHOLZ}",
             "GB MuSchG Fr. Ivanova – Rufbereitschaft", D("2026-05-12 15:02:11"),
             T(body, charset="windows-1252", cte="quoted-printable"), cc=DUESTERHOEFT)
    return m, ("STRICTLY_CONFIDENTIAL", "de", "internal",
               "named employee's pregnancy (week 11), partial employment ban for night on-call")


def m104():
    doc = odt([
        ("h", "Muster-Gefährdungsbeurteilung Mutterschutz (anlassunabhängig) – Tätigkeitsprofil Sachbearbeitung Innendienst"),
        "Erstellt nach § 10 Abs. 1 MuSchG. Gilt für alle Arbeitsplätze des Profils, unabhängig davon, ob dort "
        "aktuell eine schwangere oder stillende Frau beschäftigt ist.",
        ("table", [["Gefährdungsfaktor", "Schwangere", "Stillende", "Schutzmaßnahme"],
                   ["Bildschirmarbeit", "keine unverantwortbare Gefährdung", "keine", "Pausen frei wählbar"],
                   ["Heben > 5 kg regelmäßig / > 10 kg gelegentlich", "unzulässig", "zulässig", "Transporthilfe"],
                   ["Ständiges Stehen > 4 h ab 5. Monat", "unzulässig", "zulässig", "Stehhilfe, Sitzmöglichkeit"],
                   ["Nachtarbeit 20–6 Uhr", "nur mit Genehmigung", "nur mit Genehmigung", "nicht einplanen"],
                   ["Alleinarbeit", "nur mit Notrufmöglichkeit", "dito", "Rufknopf / Telefon"],
                   ["Infektionsgefährdung", "nicht gegeben", "nicht gegeben", "—"]]),
        ("h", "Anlassbezogene Ergänzung (nach Mitteilung)"),
        "Name: «Name, Vorname»   PN: «PN»   voraussichtl. Entbindungstermin: «ET»",
        "Gespräch nach § 10 Abs. 2 MuSchG angeboten am: «Datum»   Ergebnis: «Ergebnis»",
        "Unterschrift FaSi / Führungskraft: ______________________",
    ], title="Muster-GB MuSchG Sachbearbeitung", author="Wiegmann, Torsten", dt="2026-06-01T09:00:00")
    body = """Liebe Teamleitungen,

die Muster-Gefährdungsbeurteilungen nach MuSchG sind für alle Tätigkeitsprofile
überarbeitet (neue Fassung der Regel MuSchR 2025). Anbei das Muster für die
Sachbearbeitung im Innendienst; die übrigen Profile liegen im Intranet.

Wichtig: Sobald Ihnen eine Mitarbeiterin eine Schwangerschaft mitteilt, bitte
sofort bei mir melden – nicht selbst ausfüllen und nicht per Mail verschicken.

""" + sig_wiegmann()
    m = mail(WIEGMANN, A("Teamleitungen Hannover", "tl-hannover"), "Neue Muster-GB Mutterschutz",
             D("2026-06-01 10:05:44"),
             MP("mixed", T(body), ATT(doc, MIME_ODT, "Muster-GB_MuSchG_Sachbearbeitung.odt")))
    return m, ("NORMAL", "de", "internal",
               "trap: generic maternity risk-assessment template with placeholders (ODT)")


def m105():
    body = """Hallo Personalservice,

hiermit beantrage ich Elternzeit nach § 16 BEEG für meine Tochter Emma, geboren
am 19.05.2026:

  Name:         Jonas Gehrke, PN 131990, Kfz-Schaden 1
  Kind:         Emma Gehrke, geb. 19.05.2026
  Elternzeit:   01.08.2026 – 31.10.2026 (3 Monate), keine Teilzeit
  Zweiter Abschnitt (Vorankündigung, noch nicht verbindlich): 2027

Die Geburtsurkunde reiche ich nach, sobald sie vom Standesamt da ist.
Mein Teamleiter Herr Lindemann weiß Bescheid und ist einverstanden.

Viele Grüße
Jonas Gehrke
"""
    m = mail(A("Gehrke, Jonas", "j.gehrke"), PERSONAL, "Antrag Elternzeit", D("2026-05-26 19:22:08"),
             T(body, cte="8bit"), cc=A("Lindemann, Marco", "m.lindemann"))
    return m, ("CONFIDENTIAL", "de", "internal",
               "grey: father's parental-leave request with the child's name and birth date; no health data")


def m106():
    body = """Hi Niamh,

I'm sorry to send this by email but I can't face a call right now. I had a
miscarriage at the weekend (I was 10 weeks). I was in the Rotunda on Saturday
and I'm home now. Physically I'm OK-ish but I'm not in a good place.

My GP has given me a cert until 12 June, I'll upload it to PeopleHub tonight.
Could you tell Aoife I'm on sick leave but not why? Only a few people knew I was
pregnant and I don't want the team to know.

Is there any special leave for this? I saw something about the new
pregnancy-loss leave in the news.

Thanks,
Grainne
"""
    m = mail(A("Grainne Walsh", "g.walsh"), GALLAGHER, "Leave", D("2026-06-01 22:14:09", "IE"),
             T(body, charset="us-ascii", cte="7bit"), host="mail-ie." + DOM)
    return m, ("STRICTLY_CONFIDENTIAL", "en", "internal",
               "named employee reports a miscarriage and sick leave; harmless subject 'Leave'")


def m107():
    body = """Thank you for your e-mail.

I am on annual leave until Monday 15 June 2026 with limited access to e-mail.

Occupational health appointments in this period are covered by Liffey
Occupational Health (01 555 8840). For urgent first aid, contact a first aider
on your floor or call 112.

Please do not send medical information by e-mail - use the confidential upload
in PeopleHub or bring documents to your appointment.

Deirdre Lynch RGN
Occupational Health Nurse (Tue/Thu)
Lindenhof Services Ireland DAC
"""
    m = mail(A("Deirdre Lynch", "d.lynch"), GALLAGHER,
             "Automatic reply: Appointment request", D("2026-06-02 08:30:12", "IE"),
             T(body, charset="us-ascii", cte="7bit"), host="mail-ie." + DOM,
             headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")])
    return m, ("NORMAL", "en", "internal", "trap: occupational-health nurse out-of-office reply")


def m108():
    body = """Hi Siobhan,

Two new Cycle to Work applications approved - please set up the salary
sacrifice from the June payroll:

  IE-20514  Eoin Phelan       bike + helmet + lights  EUR 1,248.00
            12 monthly deductions of EUR 104.00 from gross salary
            (current gross monthly EUR 3,450.00)
  IE-20955  Luca Romano       e-bike                  EUR 1,500.00 (cap)
            12 monthly deductions of EUR 125.00
            (current gross monthly EUR 4,120.00)

Supplier invoice from Dublin Cycles (DC-77120) is approved for payment. The
signed salary sacrifice agreements are in the shared HR drive > Benefits >
Cycle2Work > 2026.

Thanks,
Niamh
"""
    m = mail(GALLAGHER, KAVANAGH, "Cycle to Work - June payroll", D("2026-06-03 10:05:00", "IE"),
             T(body), host="mail-ie." + DOM)
    return m, ("CONFIDENTIAL", "en", "internal",
               "salary sacrifice with named employees' gross monthly salaries")


def m109():
    body = """Return-to-work interview - notes

Employee:   Shauna Delaney (IE-20630), Claims Operations
Manager:    Aoife Brennan
Date:       4 June 2026
Absence:    28 May - 3 June 2026 (5 working days), fit note provided
            3rd absence in 12 months (Feb: 2 days, Apr: 3 days) -> trigger reached

Reason (employee's words): migraine with aura. She has had migraines since her
teens; they've become more frequent this year (about 3-4 a month). Her GP has
referred her to the neurology clinic at Beaumont (waiting list) and started a
preventive medication (topiramate) last week. Bright screens and the
fluorescent lights near the windows make them worse.

Agreed:
  - OH referral (done, appt 16 June)
  - screen filter + move to a desk away from the window glare
  - she can take a short break in the wellbeing room at the start of an aura
  - absences linked to the migraine will be reviewed with OH before any
    formal stage of the absence policy

Next review: 4 September 2026.

Signed: A. Brennan / S. Delaney
"""
    m = mail(BRENNAN, GALLAGHER, "RTW notes S. Delaney", D("2026-06-04 16:44:03", "IE"),
             T(body, charset="us-ascii", cte="7bit"), host="mail-ie." + DOM)
    return m, ("STRICTLY_CONFIDENTIAL", "en", "internal",
               "return-to-work interview: named employee's migraine, medication, absence history")


def m110():
    doc = docx([
        ("h", "Leitfaden für Rückkehrgespräche nach Krankheit (Führungskräfte)"),
        "Stand Juni 2026 – abgestimmt mit Betriebsrat und Datenschutz",
        ("h", "1. Ziel"),
        "Das Rückkehrgespräch ist ein Willkommensgespräch. Es dient dazu, die Arbeitsübergabe zu klären "
        "und zu fragen, ob es betriebliche Ursachen für die Abwesenheit gibt, die wir ändern können.",
        ("h", "2. Was Sie fragen dürfen"),
        "• Wie geht es Ihnen? Können Sie Ihre Arbeit wieder voll aufnehmen?",
        "• Gibt es etwas am Arbeitsplatz, das wir ändern sollten?",
        "• Brauchen Sie Unterstützung (z. B. Betriebsärztin, Lichtblick, BEM)?",
        ("h", "3. Was Sie nicht fragen dürfen"),
        "• Nach der Diagnose, nach Medikamenten, nach behandelnden Ärzten.",
        "• Nach Schwangerschaft oder Familienplanung.",
        ("h", "4. Dokumentation"),
        "Nur Datum, Teilnehmende und vereinbarte Maßnahmen. Keine Angaben zur Erkrankung – auch dann nicht, "
        "wenn die Beschäftigten sie von sich aus nennen.",
        ("table", [["Datum", "Teilnehmende", "Vereinbarte Maßnahmen", "Nächster Termin"],
                   ["__.__.____", "", "", ""]]),
        ("h", "5. Abgrenzung zum BEM"),
        "Bei mehr als sechs Wochen Arbeitsunfähigkeit in zwölf Monaten informiert der Personalservice die "
        "Beschäftigten über das BEM. Die Führungskraft erfährt nicht, ob das BEM angenommen wurde.",
    ], title="Leitfaden Rückkehrgespräche", author="Reinholz, Sabine", dt="2026-06-05T09:00:00Z")
    body = """Liebe Führungskräfte,

anbei der überarbeitete Leitfaden für Rückkehrgespräche. Neu ist vor allem
Punkt 4: Bitte dokumentieren Sie keine Krankheitsursachen, auch nicht, wenn
Ihnen jemand von sich aus etwas erzählt.

Fragen gern an mich.

""" + sig_reinholz()
    m = mail(REINHOLZ, A("Führungskräfte Hannover", "fk-hannover"), "Leitfaden Rückkehrgespräche (neu)",
             D("2026-06-05 11:00:00"),
             MP("mixed", T(body), ATT(doc, MIME_DOCX, "Leitfaden_Rueckkehrgespraeche_2026.docx")))
    return m, ("NORMAL", "de", "internal", "trap: guideline for return-to-work talks (DOCX), generic")


def m111():
    rows = [["Fehlzeiten Team KS Sach 2 – 01.06.2025 bis 31.05.2026", None, None, None, None],
            ["Name", "Krankheitstage (Kalendertage)", "Anzahl Krankmeldungen", "davon ohne AU (1-3 Tage)",
             "BEM-Schwelle (42 Tage) erreicht"],
            ["Albers, Christina", 6, 2, 1, "nein"],
            ["Demirci, Serkan", 51, 4, 0, "ja"],
            ["Franke, Lisa", 3, 1, 1, "nein"],
            ["Hübner, Tanja", 19, 6, 4, "nein"],
            ["Kraft, Michael", 0, 0, 0, "nein"],
            ["Melnyk, Oksana", 27, 3, 0, "nein"],
            ["Schulz, Dennis", 12, 5, 3, "nein"],
            ["Winter, Paula", 88, 2, 0, "ja"]]
    body = """Hallo Frau Albers,

wie gewünscht für Ihr Mitarbeitergespräch-Vorbereitung.

Gruß
A. Demir
"""
    m = mail(DEMIR, A("Albers, Christina", "c.albers"), "Auswertung", D("2026-06-08 09:49:30"),
             MP("mixed", T(body, cte="8bit"),
                ATT(xlsx([("Team KS Sach 2", rows)], author="Demir, Aylin", dt="2026-06-08T07:40:00Z"),
                    MIME_XLSX, "Auswertung_Team_KSSach2.xlsx")))
    return m, ("STRICTLY_CONFIDENTIAL", "de", "internal",
               "body says only 'Auswertung'; XLSX lists sick days per named team member")


def m112():
    body = """Sehr geehrter Herr Dr. Falk,

wir bitten um kurzfristige Prüfung einer Abmahnung (Entwurf unten) gegen
unseren Mitarbeiter Herrn Dirk Lorenz, Poststelle, geb. 05.09.1971, beschäftigt
seit 01.04.2004, Anschrift Bornumer Str. 112, 30453 Hannover.

Sachverhalt:
- 11.05.2026: Bei der Brandschutzbegehung war der zweite Rettungsweg der
  Poststelle (Tür A0.19) mit Paletten zugestellt. Herr Lorenz ist für die
  Lagerfläche verantwortlich; er wurde mündlich ermahnt und hat die Paletten
  entfernt.
- 20.05.2026: Erneut zugestellt, dokumentiert mit Fotos durch Herrn Siebert.
- 02.06.2026: Erneut zugestellt; zusätzlich war die Brandschutztür mit einem
  Keil offen gehalten.
- Unterweisungen Brandschutz 2024 und 2025 hat er unterschrieben.

Entwurf Abmahnung: "... mahnen wir Sie wegen wiederholter Verletzung Ihrer
Pflichten aus § 15 ArbSchG und der Brandschutzordnung Teil B ab ... Im
Wiederholungsfall müssen Sie mit arbeitsrechtlichen Konsequenzen bis hin zur
Kündigung rechnen."

Der Betriebsrat ist informiert. Können Sie uns bis 12.06. eine Einschätzung
geben, ob die Abmahnung so trägt?

""" + sig_duesterhoeft()
    m = mail(DUESTERHOEFT, "Dr. Martin Falk <falk@kanzlei-falk-arbeitsrecht.example>",
             "Abmahnung Brandschutz – Bitte um Prüfung", D("2026-06-08 14:27:18"),
             T(body, charset="iso-8859-1", cte="quoted-printable"))
    return m, ("CONFIDENTIAL", "de", "insurer-to-lawyer",
               "draft warning letter: named employee with birth date, address, conduct (no health)")


def m113():
    body = """Sehr geehrter Herr Dr. Falk,

in einer zweiten Angelegenheit bitten wir um Ihre Einschätzung zu einer
möglichen krankheitsbedingten Kündigung. Die Unterlagen schicke ich Ihnen
gesondert über das Mandantenportal, hier vorab die Eckdaten:

  Mitarbeiterin:   Paula Winter, KS Sach 2, 52 Jahre, seit 2011 im Betrieb,
                   verheiratet, ein unterhaltspflichtiges Kind
  Fehlzeiten:      2023: 61 AU-Tage, 2024: 74, 2025: 95, 2026 bis Mai: 88
  Ursachen:        lt. BEM-Akte (mit Einwilligung) Fibromyalgie und eine
                   wiederkehrende depressive Störung (F33.1); zwei Reha-
                   Maßnahmen (2024, 2025) ohne nachhaltigen Erfolg
  BEM:             2024 und 2025 durchgeführt; Maßnahmen: Teilzeit 30 h,
                   Homeoffice, Einzelbüro – Fehlzeiten dennoch steigend
  Entgeltfortzahlung: 2025 ca. 14.800 EUR

Fragen:
1. Reicht das für eine negative Gesundheitsprognose?
2. Ist das BEM aus Ihrer Sicht ordnungsgemäß durchgeführt?
3. Alternative: Erwerbsminderungsrente – sollten wir ihr das in einem
   Gespräch nahelegen, und wie, ohne Druck auszuüben?

Die Schwerbehindertenvertretung ist nicht zu beteiligen (kein GdB bekannt).

""" + sig_duesterhoeft()
    m = mail(DUESTERHOEFT, "Dr. Martin Falk <falk@kanzlei-falk-arbeitsrecht.example>",
             "Zweite Angelegenheit – vertraulich", D("2026-06-09 09:12:45"), T(body))
    return m, ("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
               "possible dismissal for illness: named employee's fibromyalgia, F33.1, rehab, sick days")


def m114():
    body = """Hallo zusammen,

Ergebnis der Brandschutzbegehung Gebäude A am 02.06.2026 (mit Brandschutz-
beauftragtem Herrn Dreyer):

Nr. | Ort                   | Mangel                                      | Frist  | zuständig
----+-----------------------+---------------------------------------------+--------+-----------
 1  | A0.19 Poststelle      | 2. Rettungsweg zugestellt, Tür verkeilt      | sofort | Poststelle
 2  | 2. OG Teeküche Süd    | Mehrfachsteckdosen hintereinander           | 1 Wo.  | FM
 3  | 3. OG Flur Nord       | Feuerlöscher Prüfplakette 03/2024 abgelaufen| 2 Wo.  | FM
 4  | 4. OG Open Space      | Fluchtwegschild verdeckt durch Stellwand    | 1 Wo.  | TL Kfz 2
 5  | TG                    | Rauchschutztür schließt nicht selbsttätig   | 1 Wo.  | FM
 6  | Kantine               | Fettabscheider-Protokoll nicht vorhanden     | 4 Wo.  | Caterer

Positiv: Sammelplatzbeschilderung neu, Flucht- und Rettungspläne aktuell.

Nachbegehung: 16.06.2026.

""" + sig_wiegmann()
    m = mail(WIEGMANN, f"{SIEBERT}, {A('Haupt, Stefanie', 's.haupt')}, {A('Lindemann, Marco', 'm.lindemann')}",
             "Mängelliste Brandschutzbegehung 02.06.", D("2026-06-03 12:30:04"),
             T(body, charset="windows-1252", cte="8bit"))
    return m, ("NORMAL", "de", "internal", "trap: fire-safety inspection defect list, no person")


def m115():
    rows = """Date,Time in,Time out,Name,Company,Purpose,Host,Vehicle reg,Induction done
08/06/2026,07:45,16:10,Declan Moore,Liffey Lifts Ltd,lift service,C. Whelan,231-D-40917,yes
08/06/2026,07:50,16:05,Piotr Zielinski,Liffey Lifts Ltd,lift service,C. Whelan,191-KE-2280,yes
08/06/2026,09:30,11:00,Anne-Marie Lyons,Sentinel Alarms,alarm test,S. O'Rourke,222-D-11834,yes
09/06/2026,08:00,12:30,Kieran Doyle,Doyle Electrical (sole trader),emergency lighting,S. O'Rourke,08-MH-5521,yes
09/06/2026,10:00,10:40,Niall Brophy,Officeline Supplies,delivery,reception,,n/a
"""
    body = """Conor,

Contractor sign-in sheet for the week so far, for the inspection file as you
asked. Induction sheets are in the red folder at reception.

Thanks,
Reception
"""
    m = mail(A("Reception Dublin", "reception-ie"), WHELAN, "Contractor sign-in 8-9 June",
             D("2026-06-09 17:02:00", "IE"),
             MP("mixed", T(body, charset="us-ascii", cte="7bit"),
                TATT(rows, "csv", "contractor_signin_2026-06-08.csv", charset="us-ascii", cte="7bit")),
             host="mail-ie." + DOM)
    return m, ("CONFIDENTIAL", "en", "internal",
               "contractor sign-in sheet: named individuals with vehicle registrations (csv)")


def m116():
    body = """Dear Kieran,

Following our phone call: I'm sorry about the damage to your van in our car park
yesterday. To confirm what we discussed:

  Date/time:   9 June 2026, approx. 12:15
  Location:    Lindenhof car park, level -1, bay 14
  Vehicle:     Ford Transit Custom, 08-MH-5521 (registered to you,
               Kieran Doyle t/a Doyle Electrical)
  Damage:      nearside wing mirror and front wing, hit by the barrier arm
               which closed early (sensor fault, now repaired)
  Injuries:    none

As the barrier is ours, we will pay for the repair. Please send us the
garage quote. Our property insurer (Lindenhof's own liability cover, claim ref.
IE-LIAB-2026-007) may contact you directly.

Apologies again,

""" + sig_whelan()
    m = mail(WHELAN, "Kieran Doyle <kieran@doyle-electrical.example>",
             "Your van - car park barrier 9 June", D("2026-06-10 09:18:26", "IE"),
             T(body, charset="us-ascii", cte="7bit"), host="mail-ie." + DOM)
    return m, ("CONFIDENTIAL", "en", "insurer-to-supplier",
               "sole-trader contractor's vehicle damage with registration and claim ref; nobody injured")


def m117():
    body = """Hi Declan,

Thanks for the RAMS for the lift modernisation (Lifts 1+2, 22 June - 17 July).
I've reviewed it with our safety rep; a few points before we can approve:

  1. Section 4.2 (working at height in the shaft): please add the rescue plan
     for a person in a harness - who, what equipment, how long.
  2. Section 5 (hot works): we need a hot-works permit from us each day; our
     fire alarm zone 3 will be isolated only while you're on site, and a
     60-minute fire watch after finishing.
  3. Noise: drilling in the shaft between 07:00 and 09:00 or after 17:00 only -
     the floors are occupied during the day.
  4. One lift must stay in service at all times (we have colleagues who can't
     use the stairs) - please confirm the sequence.
  5. Waste: skip placement on Harcourt Quay needs the council permit - on you.

Once updated I'll sign it off.

""" + sig_whelan()
    m = mail(WHELAN, "Declan Moore <d.moore@liffey-lifts.example>", "RE: RAMS lift modernisation",
             D("2026-06-11 14:40:57", "IE"), T(body), host="mail-ie." + DOM)
    return m, ("NORMAL", "en", "insurer-to-supplier",
               "trap: contractor method-statement review; mentions colleagues who can't use stairs, unnamed")


def m118():
    body = """Hallo Herr Siebert,

die Betriebsärztin hat geantwortet, siehe unten. Können Sie für Herrn Tiedemann
den Platz in A3.05 bis 01.03. frei machen? Das Headset bestellt die IT.

Danke
Sabine Reinholz

-----Ursprüngliche Nachricht-----
Von: Dr. med. Kerstin Ahlborn <k.ahlborn@arbmed-nord.example>
Gesendet: Montag, 16. Februar 2026 17:22
An: Reinholz, Sabine <s.reinholz@lindenhof-versicherung.example>
Betreff: AW: Arbeitsplatz Hr. Tiedemann

Liebe Frau Reinholz,

Herr Tiedemann war heute bei mir und hat mich von der Schweigepflicht
gegenüber Ihnen in folgendem Umfang entbunden:

Nach einem Hörsturz rechts im Oktober 2025 (H91.2) besteht ein chronischer
Tinnitus beidseits mit erhöhter Geräuschempfindlichkeit. Aus arbeits-
medizinischer Sicht empfehle ich:

- Arbeitsplatz in einem Zweierbüro statt im Großraum (Grundpegel < 45 dB(A))
- Headset mit Pegelbegrenzung, einseitiger Betrieb möglich
- Telefonanteil für 3 Monate reduzieren
- Wiedervorstellung bei mir in 3 Monaten

Mit freundlichen Grüßen
Dr. med. Kerstin Ahlborn
Fachärztin für Arbeitsmedizin, ArbMed Nord GmbH
"""
    m = mail(REINHOLZ, SIEBERT, "WG: Arbeitsplatz", D("2026-02-17 08:30:44"),
             T(body, charset="windows-1252", cte="quoted-printable"))
    return m, ("STRICTLY_CONFIDENTIAL", "de", "doctor",
               "health data only in the quoted reply: company doctor on a named employee's sudden hearing loss H91.2")


def m119():
    body = """Hallo Torsten,

hier die Ergebnisse der Lärmmessung im Open Space 4. OG (Messung 28.05.,
09–16 Uhr, Klasse-1-Schallpegelmesser, 6 Messpunkte):

  Messpunkt          LAeq,8h   LAFmax   Bemerkung
  MP1 Fenster Nord    52,4      71,8     Telefonplätze Kfz 2
  MP2 Mitte           55,1      74,3     Laufweg zur Teeküche
  MP3 Fenster Süd     50,8      69,9
  MP4 Besprechungsinsel 58,6    79,2     Insel ohne Absorber!
  MP5 Drucker         56,3      77,0
  MP6 Ruhezone        44,9      61,5

Bewertung nach ASR A3.7: Für überwiegend geistige Tätigkeiten soll der
Beurteilungspegel 55 dB(A) nicht überschreiten. MP2, MP4, MP5 liegen darüber.

Empfehlung:
- Besprechungsinsel mit Akustikvorhang/-decke nachrüsten
- Drucker in separaten Raum A4.12
- Deckenabsorber im Mittelbereich (Angebot Akustikbau Nord liegt vor)

Gruß
Jan-Philipp Meise
Akustik Meise Ingenieurbüro
"""
    m = mail(WIEGMANN, SIEBERT, "WG: Ergebnis Lärmmessung 4. OG",
             D("2026-06-12 10:45:00"), T("Uwe, zur Info und für das Angebot Deckenabsorber. T.\n\n"
                                         "-------- Weitergeleitete Nachricht --------\n" + body))
    return m, ("NORMAL", "de", "internal", "trap: open-plan noise measurement results, no person")


def m120():
    body = """Hallo Frau Kühne, hi Aoife,

for the Mental Health First Aid train-the-trainer module in Hannover (30.06.–
02.07.) bitte folgende Buchungen über unseren Reiserahmenvertrag:

Flüge EI 690 DUB–HAM 29.06., 07:05 / EI 693 HAM–DUB 02.07., 19:40, weiter
per ICE nach Hannover (Flexpreis, 1. Klasse nicht nötig):

  1. Aoife Brennan     geb. 12.04.1987   Pass IE PB4471203   Vielflieger EI 33901172
  2. Conor Whelan      geb. 30.10.1980   Pass IE PA9920184   –
  3. Chiamaka Nwosu    geb. 27.06.1994   Pass IE PC1187765   –

Hotel: Lindenhof-Kontingent im "Hotel am Maschsee", 3 EZ, 29.06.–02.07.

Aoife: could you double-check the passport numbers, I copied them from the
travel profiles. Danke!

Melanie Osterkamp
BGM / Lindenhof Versicherung AG
"""
    m = mail(OSTERKAMP, f"Reisestelle Kühne <reisestelle@nordreisen-business.example>, {BRENNAN}",
             "Buchung MHFA-Training Hannover 29.06.–02.07.", D("2026-06-12 15:07:31"), T(body))
    return m, ("CONFIDENTIAL", "mixed", "insurer-to-supplier",
               "travel booking with named staff's birth dates and passport numbers, German/English")


def m121():
    body = """Sehr geehrte Frau Leimbach,

vielen Dank für Ihren Anruf. Wie besprochen übernehmen wir im Rahmen unseres
Vertrags die Kosten für fünf zusätzliche Beratungssitzungen über das reguläre
Kontingent hinaus für unseren Mitarbeiter

  Herrn Thomas Brüggemann (Ihre Fallnummer LB-2026-0341).

Herr Brüggemann hat uns gegenüber selbst angesprochen, dass er nach dem
plötzlichen Tod seiner Frau im April in Trauerbegleitung bei Ihnen ist und
dass ihm die Gespräche sehr helfen; er hat der Information an uns zugestimmt.
Ihre Einschätzung, dass eine Überleitung in eine ambulante Psychotherapie
(Verdacht auf anhaltende Trauerstörung) sinnvoll sein könnte, haben wir ihm
nicht weitergegeben – das soll er von Ihnen hören.

Bitte rechnen Sie die Sitzungen wie üblich nur mit der Fallnummer ab, ohne Namen.

Mit freundlichen Grüßen

""" + sig_reinholz()
    m = mail(REINHOLZ, "Dipl.-Psych. Anja Leimbach <a.leimbach@lichtblick-beratung.example>",
             "Kostenübernahme Zusatzsitzungen LB-2026-0341", D("2026-06-15 11:36:12"), T(body, cte="8bit"))
    return m, ("STRICTLY_CONFIDENTIAL", "de", "insurer-to-therapist",
               "EAP counselling for a named bereaved employee, suspected prolonged grief disorder")


def m122():
    body = """Sehr geehrter Herr Korte,

wir möchten den Vertrag über die externe Mitarbeiterberatung (Vertrag
LB-RV-2023-019) um zwei Jahre verlängern. Unsere Eckpunkte für 2027–2028:

  - Telefon-Hotline 24/7, deutschsprachig, Rückruf binnen 2 Std.
  - bis zu 5 Sitzungen je Anliegen (Präsenz, Video, Telefon)
  - Führungskräfteberatung und Krisenintervention nach Ereignissen
  - Moderation von Workshops zur psychischen Gefährdungsbeurteilung (4/Jahr)
  - Berichterstattung vierteljährlich, nur aggregiert, Zellen < 5 zusammengefasst
  - Abrechnung pro Kopf (1.180 Beschäftigte DE) statt pro Sitzung

Ihr Angebot vom 03.06. sieht 21,50 EUR pro Kopf und Jahr vor; wir liegen mit
unserem Budget bei 19,00 EUR. Lässt sich über die Laufzeit oder die Anzahl der
Workshops etwas machen?

""" + sig_osterkamp()
    m = mail(OSTERKAMP, "Bernd Korte <b.korte@lichtblick-beratung.example>",
             "Verlängerung Mitarbeiterberatung 2027–2028", D("2026-06-16 13:50:40"),
             T(body, charset="iso-8859-1", cte="quoted-printable"))
    return m, ("NORMAL", "de", "insurer-to-supplier",
               "trap: EAP contract renewal terms, aggregated reporting, no individual")


def m123():
    csvtext = """employee_id;last_name;first_name;date_of_birth;entry_date;site;department;manager_id;language
104233;Albers;Christina;02.05.1983;01.09.2009;HAN;KS Sach;100871;de
118877;Bode;Marcel;11.02.1991;01.03.2015;HAN;IT-Betrieb;101332;de
102210;Engel;Tobias;28.07.1980;01.08.2006;HAN;Vertrieb;100654;de
126005;Fischer;Anke;03.11.1975;15.01.2019;HAN;Leistung KV;100990;de
IE-20312;Brennan;Aoife;12.04.1987;04.02.2019;DUB;Claims Operations;IE-20001;en
IE-20514;Phelan;Eoin;19.12.1993;01.06.2021;DUB;Claims Operations;IE-20312;en
IE-20771;Walsh;Grainne;08.09.1990;14.03.2022;DUB;Claims Operations;IE-20312;en
"""
    readme = """LMS import - Lindenhof Group
File: users_delta_2026-06-17.csv (UTF-8, semicolon)
Records: 7 (delta since 2026-06-10)
Purpose: assignment of mandatory H&S e-learning (fire safety, VDU, first aid awareness)
Contact: p.raman@lindenhof-versicherung.example
"""
    z = zip_bytes([("users_delta_2026-06-17.csv", csvtext), ("README.txt", readme)], dt=(2026, 6, 17, 7, 30, 0))
    body = """Hi Jana,

The weekly delta for the H&S e-learning assignment is attached (zip, password
as usual by SMS). Same layout as last week. Please confirm when imported.

Thanks,
Priya

--
Priya Raman | Group IT Service Desk Lead | Lindenhof Versicherung AG
"""
    m = mail(RAMAN, "Jana Vogt <support@lernwerk-lms.example>", "LMS user delta 2026-06-17",
             D("2026-06-17 09:41:15"),
             MP("mixed", T(body, charset="us-ascii", cte="7bit"),
                ATT(z, "application/zip", "users_delta_2026-06-17.zip")))
    return m, ("CONFIDENTIAL", "en", "insurer-to-supplier",
               "ZIP with CSV of named employees' birth and entry dates for an e-learning supplier")


def m124():
    body = """Hallo zusammen / Hi all,

Stand der Pflichtunterweisungen Arbeitsschutz 2026 (E-Learning), Stichtag 19.06.:

Bereich / Unit                 Soll    erledigt   Quote
Kfz-Schaden                    178       151       85 %
Leistung KV/Leben              162       149       92 %
Kundenservice                  131        97       74 %   <-- bitte nachhaken
Vertrieb                       149       112       75 %   <-- please follow up
IT & Betrieb DE                187       180       96 %
Zentrale Bereiche              121       118       98 %
Services Ireland (Dublin)      158       141       89 %
-------------------------------------------------------
Group                         1086       948       87 %

Deadline ist der 30.06. Team leads get the names of open assignments in the
LMS dashboard - bitte nicht per Mail verteilen.

Torsten
"""
    m = mail(WIEGMANN, A("Führungskräfte Group", "fk-group"), "Unterweisungen 2026 – Stand / status",
             D("2026-06-19 08:02:10"), T(body))
    return m, ("NORMAL", "mixed", "internal",
               "trap: bilingual training completion rates per unit, aggregates only")


def m125():
    body = """Hallo Priya,

Frau Renate Schaper (Rechnungswesen) kann die Arbeitsschutz-Unterweisung im
LMS nicht abschließen. Sie ist hochgradig sehbehindert (Retinitis pigmentosa,
Restsehvermögen ca. 5 %, Schwerbehinderung mit Merkzeichen Bl) und arbeitet mit
dem Screenreader JAWS und einer Braillezeile. Die Videos im Brandschutz-Modul
haben keine Audiodeskription und die Quizfragen sind Drag-and-Drop – das geht
mit dem Screenreader nicht.

Kannst du mit dem LMS-Anbieter klären, ob es eine barrierefreie Variante gibt?
Bis dahin mache ich mit ihr eine persönliche Unterweisung und dokumentiere das
auf Papier. Sie ist einverstanden, dass ich dir das schreibe.

Danke und Gruß
Petra Kallweit
Schwerbehindertenvertretung
"""
    m = mail(KALLWEIT, RAMAN, "LMS – Barrierefreiheit", D("2026-06-19 13:22:48"),
             T(body, charset="windows-1252", cte="8bit"))
    return m, ("STRICTLY_CONFIDENTIAL", "de", "internal",
               "named employee's severe visual impairment (retinitis pigmentosa, disability status)")


# ================================================================ MAILS 126-150
def m126():
    body = """Dear Mr Okafor,

We have now received the Property Irregularity Report from the airline and your
receipts, thank you.

  Policy:          Travel insurance "Reise Komfort", TR 9 114 027
  Claim number:    TR-2026-0018842
  Insured persons: Chinedu Okafor, Adaeze Okafor
  Trip:            Hannover - Lisbon, 02-09 May 2026
  Loss:            suitcase delayed 4 days (TAP, file LIS-TP-88217)

Settlement (emergency purchases during the delay, max. EUR 500 per person):
  clothing and toiletries (receipts 1-6)     EUR 386.40
  less airline compensation already paid     EUR -150.00
  amount payable                             EUR 236.40

Payment will be made within 5 working days to the account you gave us in the
claim form. No excess applies to delayed-baggage claims.

Kind regards

Travel Claims Team
Lindenhof Versicherung AG
"""
    m = mail(A("Reise-Schaden", "reiseschaden"), "c.okafor@mailhub.example",
             "Your delayed baggage claim TR-2026-0018842", D("2026-05-20 10:12:00"),
             T(body, charset="us-ascii", cte="7bit"))
    return m, ("CONFIDENTIAL", "en", "insurer-to-customer",
               "ordinary travel baggage claim: named insured persons, policy and claim number, no health")


def m127():
    html = """<html><body style="font-family:Calibri,Arial;font-size:14px">
<p>Dear Ms Lindqvist,</p>
<p>thank you for sending the invoice from the hospital in Barcelona. We have settled it directly with the
hospital under your international health policy <b>IH 3 008 421 66</b> (Expat Care Premium).</p>
<table border="1" cellpadding="5" style="border-collapse:collapse;font-size:13px">
<tr style="background:#dde6ee"><th>Date</th><th>Provider</th><th>Treatment</th><th>Amount</th></tr>
<tr><td>11-14 May 2026</td><td>Hospital Universitari Sant Roc, Barcelona</td><td>Laparoscopic appendectomy (acute appendicitis, K35.8), 3 nights, single room</td><td>EUR 8,940.00</td></tr>
<tr><td>11 May 2026</td><td>SEM ambulance</td><td>Emergency transport</td><td>EUR 412.00</td></tr>
<tr><td>20 May 2026</td><td>Dr. J. Puig, outpatient</td><td>Wound check, removal of stitches</td><td>EUR 95.00</td></tr>
<tr><td colspan="3"><b>Total paid by us</b></td><td><b>EUR 9,447.00</b></td></tr>
</table>
<p>There is nothing left for you to pay. Your deductible of EUR 0 applies to in-patient treatment.
We hope you are recovering well.</p>
<p>Kind regards,<br>Svenja Petersen<br>International Health Claims<br>Lindenhof Versicherung AG</p>
</body></html>
"""
    m = mail(A("Petersen, Svenja", "s.petersen"), "maja.lindqvist@nordmail.example",
             "Your hospital invoice Barcelona - settled", D("2026-05-28 14:30:00"), H(html))
    return m, ("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
               "ordinary international health claim: appendectomy K35.8 for a named customer (HTML only)")


def m128():
    body = """Dear customer,

a new secure message from Lindenhof Versicherung AG is waiting for you in your
secure mailbox.

To read it, log in at
https://securemail.lindenhof-versicherung.example
with your e-mail address and your password.

For security reasons this notification contains no content and no attachments.
Messages are stored for 90 days.

If you did not expect this message, please contact us at +49 511 4470-0.

This is an automatically generated e-mail. Please do not reply.

Lindenhof Versicherung AG, Am Lindenhof 12, 30159 Hannover
"""
    m = mail(A("Lindenhof SecureMail", "securemail"), "j.morrison@expatpost.example",
             "New secure message from Lindenhof Versicherung AG", D("2026-06-02 07:12:44"),
             T(body, charset="us-ascii", cte="7bit"), headers=[("Auto-Submitted", "auto-generated")])
    return m, ("NORMAL", "en", "insurer-to-customer", "trap: portal notification without content")


def m129():
    iban = mkiban("DE", "29050101" + "0080917733")
    body = f"""Sehr geehrte Eheleute Kowalewski,

zu Ihrem Leitungswasserschaden vom 03.05.2026 in Ihrem Einfamilienhaus
Am Steinbruch 4, 31515 Wunstorf (Wohngebäudeversicherung WG 5 507 881 32,
Schaden-Nr. WG-2026-0044219) erhalten Sie heute unsere Abrechnung:

  Leckortung und Öffnen der Wand (Fa. Aqua-Detekt)        1.186,50 EUR
  Austausch Kupferleitung Bad OG (Fa. Heise Sanitär)      2.940,00 EUR
  Trocknung 21 Tage inkl. Strom (Fa. TrockenProfi)        3.372,80 EUR
  Malerarbeiten Bad/Flur (Kostenvoranschlag, netto)       1.650,00 EUR
  abzgl. Selbstbeteiligung                                 -500,00 EUR
  Auszahlung                                              8.649,30 EUR

Den Betrag überweisen wir auf das Konto IBAN {iban}
(Kontoinhaber: Marek Kowalewski). Die Mehrwertsteuer auf die Malerarbeiten
erstatten wir nach Vorlage der Rechnung.

Mit freundlichen Grüßen
Oliver Kramer
Sach-Schaden | Lindenhof Versicherung AG
"""
    m = mail(A("Kramer, Oliver", "o.kramer"), "kowalewski.wunstorf@heimnetz.example",
             "Abrechnung Leitungswasserschaden WG-2026-0044219", D("2026-06-04 12:40:13"),
             T(body, charset="iso-8859-1", cte="quoted-printable"))
    return m, ("CONFIDENTIAL", "de", "insurer-to-customer",
               "ordinary buildings water-damage claim: named customers, address, IBAN, claim number")


def m130():
    inner_body = """Liebe Frau Reinholz,

ich wollte Ihnen persönlich Bescheid geben, bevor es im Haus die Runde macht.
Mein Mann Wilfried ist am Sonntag ganz plötzlich an einem Herzinfarkt
gestorben, zu Hause, beim Rasenmähen. Der Notarzt konnte nichts mehr tun.
Er hatte seit zwei Jahren Probleme mit dem Herzen (Stents 2024), aber wir
dachten, das sei im Griff.

Die Beerdigung ist am Freitag, 19.06., 11 Uhr, auf dem Stadtfriedhof
Engesohde. Kolleginnen und Kollegen sind herzlich willkommen.

Wegen der Formalitäten (Gehalt, Direktversicherung, Sterbegeld) würde ich mich
nächste Woche bei Ihnen melden, im Moment schaffe ich das nicht.

Herzliche Grüße
Sabine Pohlmann
"""
    inner = inner_mail("Sabine Pohlmann <sabine.pohlmann@familienpost.example>", REINHOLZ,
                       "Wilfried", D("2026-06-09 21:03:00"), T(inner_body, cte="8bit"),
                       msgid="<5f2a.b771.pohlmann@familienpost.example>")
    body = """Hallo Frank,

siehe die Mail von Frau Pohlmann. Ich bereite die Traueranzeige und die
Information an das Team Rechnungswesen vor – ohne Todesursache. Die
Direktversicherung (Hinterbliebenenleistung) und das Sterbegeld nach
Tarifvertrag stoße ich an.

Sabine
"""
    m = mail(REINHOLZ, DUESTERHOEFT, "WG: Wilfried", D("2026-06-10 08:12:37"),
             MP("mixed", T(body), RFC822(inner, "Wilfried.eml")))
    return m, ("STRICTLY_CONFIDENTIAL", "de", "internal",
               "forwarded widow's mail (rfc822): named deceased employee's heart attack and cardiac history; life/pension benefits")


def m131():
    body = """Liebe Kolleginnen und Kollegen im Rechnungswesen,

der plötzliche Tod eines Kollegen trifft viele von uns sehr. Trauer zeigt sich
unterschiedlich: Manche möchten reden, andere brauchen Ruhe, manche können sich
tagelang schlecht konzentrieren. Das ist normal.

Was wir anbieten:
  - Gesprächsangebot vor Ort: Frau Dipl.-Psych. Leimbach (Lichtblick) ist am
    Montag, 15.06., von 10 bis 15 Uhr in Raum A2.05 – ohne Anmeldung, einzeln
    oder in kleinen Gruppen.
  - Lichtblick-Hotline 0800 555 1300, rund um die Uhr, anonym.
  - Ihre Führungskraft weiß, dass in diesen Tagen nicht alles in gewohntem
    Tempo laufen muss.

Ein Kondolenzbuch liegt ab Donnerstag im Foyer aus.

""" + sig_osterkamp()
    m = mail(OSTERKAMP, A("Rechnungswesen", "rechnungswesen"), "Unterstützungsangebot",
             D("2026-06-11 09:30:00"), T(body))
    return m, ("NORMAL", "de", "internal",
               "trap: crisis-support offer after a colleague's death, nobody named, no cause")


def m132():
    body = """Hallo Frau Demir,

der Prämienausschuss Ideenmanagement hat am 10.06. folgende Vorschläge aus dem
Bereich Arbeitssicherheit prämiert. Bitte mit der Juli-Abrechnung auszahlen
(steuer- und sv-pflichtig):

  IV-2026-017  Rutschhemmende Beschichtung Rampe TG
               Rainer Gottschalk, PN 120566                        350,00 EUR
  IV-2026-022  Traubenzucker in allen Verbandkästen / Hinweis-Karte
               Chiamaka Nwosu (Dublin, Payroll IE)                 150,00 EUR  -> an Siobhán Kavanagh
  IV-2026-025  Kontraststreifen Treppenhaus Nord
               Yvonne Stegemann, PN 128851, und
               Nicole Fuhrmann, PN 125903, je                      200,00 EUR

Die Urkunden überreicht Frau Dr. Pahlke beim Sommerfest.

Mit freundlichen Grüßen
i. A. Torsten Wiegmann
für den Prämienausschuss
"""
    m = mail(WIEGMANN, DEMIR, "Prämien Ideenmanagement – Auszahlung Juli", D("2026-06-12 11:55:03"),
             T(body, charset="windows-1252", cte="quoted-printable"))
    return m, ("CONFIDENTIAL", "de", "internal",
               "suggestion-scheme bonuses (income) for named employees with personnel numbers")


def m133():
    body = """Hi Conor, hi Siobhan,

New starter for Claims Operations - please prepare as usual:

  Name:            Ayesha Qureshi
  Start date:      Monday 6 July 2026
  Role:            Claims Handler, grade C2
  Salary:          EUR 38,500 p.a., 6-month probation
  Address:         41 Leinster Road, Rathmines, Dublin 6, D06 X2P3
  Manager:         Aoife Brennan
  Desk:            2.31 (near the window, standard set-up)

Conor: H&S induction on day 1 at 11:00 (fire, first aid, VDU self-assessment,
accident reporting). Siobhan: payroll set-up; PPSN and bank details will come
via the onboarding portal.

Thanks,
Niamh

""" + sig_gallagher()
    m = mail(GALLAGHER, f"{WHELAN}, {KAVANAGH}", "New starter 6 July - A. Qureshi",
             D("2026-06-15 10:28:00", "IE"), T(body), host="mail-ie." + DOM)
    return m, ("CONFIDENTIAL", "en", "internal",
               "new starter: named person with salary and home address, H&S induction")


def m134():
    doc = docx([
        ("h", "Lindenhof Services Ireland DAC - Pre-placement health questionnaire (CONFIDENTIAL WHEN COMPLETED)"),
        "To be completed by the successful candidate and returned directly to Liffey Occupational Health "
        "in the enclosed envelope. Lindenhof will NOT see your answers - only the OH opinion "
        "'fit / fit with adjustments / unfit for the role'.",
        ("table", [["Name", "{{candidate_name}}"], ["Role offered", "{{role}}"], ["Start date", "{{start_date}}"]]),
        ("h", "Section A - Adjustments"),
        "1. Is there anything you would like us to consider to help you at interview or at work? (yes/no, details)",
        "2. Do you need help to evacuate the building in an emergency? (yes/no)",
        ("h", "Section B - For the occupational health adviser only"),
        "3. Do you have any condition that may affect your ability to do VDU work for long periods?",
        "4. Have you been absent from work for more than 2 weeks in the last 2 years due to illness?",
        "5. Are you taking any regular medication that could affect concentration or driving?",
        "Declaration: I confirm that the information is accurate. Signature: ________  Date: ________",
    ], title="Pre-placement questionnaire template", author="Niamh Gallagher", dt="2026-06-15T09:00:00Z")
    body = """Hi Aoife,

Template for the pre-placement health questionnaire, for your info - the
candidate gets it with the contract. You won't receive the answers, only
Liffey's one-line opinion.

Niamh
"""
    m = mail(GALLAGHER, BRENNAN, "Pre-placement questionnaire (template)", D("2026-06-15 11:02:30", "IE"),
             MP("mixed", T(body, charset="us-ascii", cte="7bit"),
                ATT(doc, MIME_DOCX, "Pre-placement_health_questionnaire_TEMPLATE.docx")), host="mail-ie." + DOM)
    return m, ("NORMAL", "en", "internal",
               "trap: blank pre-placement health questionnaire with {{placeholders}}")


def m135():
    iban = mkiban("DE", "30050110" + "0065201184")
    body = f"""Sehr geehrter Herr Kaminski,

vielen Dank noch einmal für das angenehme Gespräch am 11.06. zur Stelle
"Fachkraft für Arbeitssicherheit (m/w/d)". Wie angekündigt erstatten wir Ihnen
die Reisekosten:

  Bahnfahrt Düsseldorf – Hannover und zurück (2. Kl., Beleg)    118,80 EUR
  Verpflegungspauschale                                           14,00 EUR
  Summe                                                          132,80 EUR

Überweisung an: Lukas Kaminski, IBAN {iban}, wie von Ihnen angegeben.
Bitte prüfen Sie die Angaben; falls etwas nicht stimmt, melden Sie sich
bitte kurz.

Über das Ergebnis des Auswahlverfahrens informieren wir Sie bis Ende nächster
Woche.

Mit freundlichen Grüßen
Recruiting Team
Lindenhof Versicherung AG
"""
    m = mail(A("Recruiting Lindenhof", "recruiting"), "lukas.kaminski@postfach-mail.example",
             "Erstattung Ihrer Reisekosten", D("2026-06-15 15:20:00"), T(body, cte="8bit"))
    return m, ("CONFIDENTIAL", "de", "insurer-to-applicant",
               "applicant's travel expenses with his IBAN")


def m136():
    body = """Sehr geehrte Frau Bergmann,

vielen Dank für Ihre Bewerbung als Sachbearbeiterin Leistung Unfall und für
Ihren offenen Hinweis auf Ihre Schwerbehinderung. Wir laden Sie gern zum
Vorstellungsgespräch ein:

  Donnerstag, 25.06.2026, 10:00 Uhr
  Lindenhof Versicherung AG, Am Lindenhof 12, Raum A0.12 (Erdgeschoss)

Wie Sie geschrieben haben, sind Sie seit Ihrem Unfall 2019 querschnittgelähmt
(Th12) und nutzen einen Aktivrollstuhl. Der Raum A0.12 ist ebenerdig
erreichbar, der Behindertenstellplatz TG-04 direkt am Aufzug ist für Sie
reserviert, und die barrierefreie Toilette ist gegenüber. Sollten Sie weitere
Unterstützung benötigen, sagen Sie uns bitte Bescheid.

An dem Gespräch nimmt auf Ihren Wunsch auch unsere Schwerbehinderten-
vertreterin Frau Kallweit teil (§ 178 Abs. 2 SGB IX).

Mit freundlichen Grüßen
Recruiting Team
Lindenhof Versicherung AG
"""
    m = mail(A("Recruiting Lindenhof", "recruiting"), "nora.bergmann@webpost.example",
             "Einladung zum Vorstellungsgespräch am 25.06.", D("2026-06-16 09:04:22"), T(body),
             cc=KALLWEIT)
    return m, ("STRICTLY_CONFIDENTIAL", "de", "insurer-to-applicant",
               "applicant's paraplegia and severe disability named in an interview invitation")


def m137():
    body = """Stellenausschreibung – bitte ab 22.06. im Intranet und auf dem Karriereportal

Fachkraft für Arbeitssicherheit (m/w/d) – Vollzeit, unbefristet, Hannover

Ihre Aufgaben
  • Beratung von Vorstand, Führungskräften und Betriebsrat in allen Fragen des
    Arbeits- und Gesundheitsschutzes
  • Gefährdungsbeurteilungen, inkl. psychischer Belastung und Mutterschutz
  • Begehungen, Unfalluntersuchungen, Zusammenarbeit mit der Betriebsärztin
  • Organisation von Ersthelfer- und Brandschutzhelferausbildung
  • Mitarbeit im Arbeitsschutzausschuss und im Gesundheitsmanagement

Ihr Profil
  • Ingenieur/in, Techniker/in oder Meister/in mit Ausbildung zur Fachkraft
    für Arbeitssicherheit (DGUV-anerkannt)
  • Erfahrung in Büro- und Verwaltungsumgebungen, gern in Finanzdienstleistung
  • Sicheres Deutsch, gutes Englisch (Standort Dublin)

Wir bieten
  • Tarif Versicherungswirtschaft, EG 9/10, 38 Std., mobiles Arbeiten
  • Betriebliche Altersversorgung, Dienstrad, Firmenfitness, Kantine

Schwerbehinderte Bewerberinnen und Bewerber werden bei gleicher Eignung
bevorzugt berücksichtigt.

Ansprechpartner: Frank Düsterhöft, Tel. 0511 4470-2215
"""
    m = mail(DUESTERHOEFT, A("Recruiting Lindenhof", "recruiting"), "Ausschreibung FaSi (Nachfolge T. W.)",
             D("2026-06-17 16:40:09"), T(body, charset="windows-1252", cte="quoted-printable"))
    return m, ("NORMAL", "de", "internal", "trap: job advertisement for a safety specialist")


def m138():
    body = """Hi Conor,

Security report as requested - lost access card:

  Card no.:       IE-0007731
  Holder:         Orla McGrath, IE-20903, Claims Operations
  Reported lost:  16/06/2026 09:05 (by phone to reception)
  Card blocked:   16/06/2026 09:12
  Last use:       15/06/2026 18:47, exit turnstile ground floor
  Use attempts after block: none
  Replacement:    IE-0007802 issued 16/06/2026 10:30, EUR 10 fee waived

Access log for the last 7 days of the old card attached on request only
(data-protection rule: access logs leave security only with HR approval).

Regards,
Sentinel Security - Harcourt Quay desk
"""
    m = mail(A("Security Desk Dublin", "security-ie"), WHELAN, "Lost access card IE-0007731",
             D("2026-06-16 11:05:40", "IE"), T(body, charset="us-ascii", cte="7bit"), host="mail-ie." + DOM)
    return m, ("CONFIDENTIAL", "en", "internal",
               "lost access card: named employee, employee number, access times")


def m139():
    body = """Hi all,

Results of the unannounced evacuation drill on Wednesday 10 June, 14:32:

  Alarm to last person out:            3 min 05 s (target < 4 min)
  Roll call complete at assembly point: 8 min 40 s
  People on site (sign-in + badges):    131
  Accounted for at assembly point:      131

What went well:
  - lifts were not used, stairwells flowed well
  - all floor wardens in vests within 60 seconds

To improve:
  - 2nd floor east: fire door held open with a bin - please never do that
  - some people stopped for coats and laptops (the rain...)
  - visitors' list at reception was not printed - reception has a new checklist
  - the assistance plan for a colleague with reduced mobility worked, but the
    evacuation chair on floor 3 needs a second trained operator

Thanks for your patience, and for not heading to the coffee shop before the
roll call was complete. You know who you are.

""" + sig_whelan()
    m = mail(WHELAN, A("All staff Ireland", "allstaff-ie"), "Fire drill 10 June - results",
             D("2026-06-12 09:10:00", "IE"), T(body), host="mail-ie." + DOM)
    return m, ("NORMAL", "en", "internal",
               "trap: evacuation drill results; a colleague with reduced mobility mentioned but not identified")


def m140():
    rows = """Device,Serial,Location,Check date,Status LED,Pads expiry,Battery,Checked by
HeartPoint 3,HP3-22-118830,IE ground floor reception,01/06/2026,OK,2027-09,OK,S. O'Rourke
HeartPoint 3,HP3-22-118831,IE 3rd floor kitchen,01/06/2026,OK,2026-08 (order!),OK,S. O'Rourke
HeartPoint 3,HP3-21-104477,DE EG Aufzug,02/06/2026,OK,2029-03,OK,U. Siebert
HeartPoint 3,HP3-21-104478,DE 3.OG TH Nord,02/06/2026,OK,2027-11,82%,U. Siebert
"""
    body = """Hi Torsten,

Monthly AED check log for June, both sites in one file now. Pads for the
3rd-floor unit in Dublin expire in August - I've ordered them.

Conor
"""
    m = mail(WHELAN, WIEGMANN, "AED check log June", D("2026-06-03 08:20:00", "IE"),
             MP("mixed", T(body, charset="us-ascii", cte="7bit"),
                TATT(rows, "csv", "AED_check_log_2026-06.csv", charset="us-ascii", cte="7bit")),
             host="mail-ie." + DOM)
    return m, ("NORMAL", "en", "internal", "trap: defibrillator check log (devices, serials), no patient")


def m141():
    sheet = [["Overtime - fire safety upgrade weekends (May 2026)", None, None, None, None],
             ["Employee no.", "Name", "Hours", "Rate (x1.5) EUR/h", "Amount EUR"],
             ["IE-20123", "Seamus O'Rourke", 16, 33.69, 539.04],
             ["IE-20865", "Darragh Kinsella", 12, 40.46, 485.52],
             ["IE-20771", "Grainne Walsh", 8, 35.58, 284.64],
             ["IE-20001", "Conor Whelan", 20, "n/a (salaried, TOIL)", 0],
             [None, "Total", 56, None, 1309.20]]
    body = """Siobhan,

Overtime for the fire-door and emergency-lighting weekends in May, approved by
Dermot. Conor takes time off in lieu instead. Please pay with June salaries.

Niamh
"""
    m = mail(GALLAGHER, KAVANAGH, "Overtime May - fire safety works", D("2026-06-05 15:33:20", "IE"),
             MP("mixed", T(body, charset="us-ascii", cte="7bit"),
                ATT(ods([("Overtime May", sheet)], title="Overtime May 2026", author="Niamh Gallagher",
                        dt="2026-06-05T15:00:00"), MIME_ODS, "Overtime_May_2026.ods")), host="mail-ie." + DOM)
    return m, ("CONFIDENTIAL", "en", "internal", "overtime hours and pay of named employees (ODS)")


def m142():
    inner_body = """Lieber Holger,

ich weiß nicht mehr weiter und schreibe dir deshalb. Seit der Umorganisation im
Januar werde ich von zwei Kollegen im Team systematisch ausgegrenzt: Sie reden
nicht mit mir, leiten mir Kundenanfragen falsch weiter und machen sich im
Teams-Chat über mich lustig (Screenshots habe ich gespeichert).

Ich habe inzwischen jeden Morgen Angst, ins Büro zu gehen. Ich habe
Magenschmerzen, Schweißausbrüche und kann nachts nicht schlafen. Meine
Hausärztin hat mich zwei Wochen krankgeschrieben und eine Angststörung
(F41.1) festgestellt, ich bin jetzt auf der Warteliste für eine Psychotherapie.

Ich möchte, dass das aufhört, aber ich habe Angst, dass es schlimmer wird, wenn
ich mich offiziell beschwere. Kannst du mich beraten?

Oksana Melnyk
Kundenservice, PN 127044
"""
    inner = inner_mail("Melnyk, Oksana <o.melnyk@lindenhof-versicherung.example>", BRANDES,
                       "Bitte um Hilfe", D("2026-06-18 20:41:00"), T(inner_body),
                       msgid="<A71C02.melnyk@mail01.lindenhof-versicherung.example>")
    body = """Sabine,

Frau Melnyk hat mir erlaubt, dir ihre Mail weiterzuleiten (Anhang). Sie möchte
ein vertrauliches Gespräch mit dir und mir, ohne die Teamleitung, bevor sie eine
Beschwerde nach § 13 AGG / § 84 BetrVG einreicht. Passt dir Dienstag?

Holger

--
Holger Brandes
Vorsitzender des Betriebsrats
Lindenhof Versicherung AG, Tel. -2190
"""
    m = mail(BRANDES, REINHOLZ, "WG: Bitte um Hilfe", D("2026-06-19 07:55:18"),
             MP("mixed", T(body, cte="8bit"), RFC822(inner, "Bitte um Hilfe.eml")))
    return m, ("STRICTLY_CONFIDENTIAL", "de", "internal",
               "forwarded rfc822: named employee reports bullying and anxiety disorder F41.1")


def m143():
    html = """<html><body style="font-family:Arial;font-size:14px">
<p>Liebe Kolleginnen und Kollegen,</p>
<p>der Betriebsrat l&auml;dt Sie herzlich ein zur</p>
<h2 style="color:#a4122a">Betriebsversammlung am Mittwoch, 08.07.2026, 09:00&ndash;12:30 Uhr</h2>
<p>Kantine Geb&auml;ude A (Dublin und Au&szlig;enstellen per Livestream)</p>
<h3>Tagesordnung</h3>
<ol>
<li>T&auml;tigkeitsbericht des Betriebsrats</li>
<li>Bericht des Vorstands zur wirtschaftlichen Lage</li>
<li><b>Schwerpunkt Gesundheit:</b> Ergebnisse der psychischen Gef&auml;hrdungsbeurteilung, Mental Health First Aid,
neue Betriebsvereinbarung Sucht</li>
<li>Bericht der Schwerbehindertenvertretung</li>
<li>Fragen und Aussprache</li>
</ol>
<p>Die Teilnahme ist Arbeitszeit. Fragen vorab gern anonym &uuml;ber den Briefkasten vor Raum A0.40
oder per Mail an <a href="mailto:betriebsrat@lindenhof-versicherung.example">betriebsrat@</a>.</p>
<p>Ihr Betriebsrat</p>
</body></html>
"""
    m = mail(A("Betriebsrat", "betriebsrat"), A("Alle Mitarbeitenden", "alle"),
             "Einladung Betriebsversammlung 08.07.", D("2026-06-22 08:00:00"), H(html, cte="base64"))
    return m, ("NORMAL", "de", "internal",
               "trap: works meeting invitation with health agenda items (HTML only, base64)")


def m144():
    body = """Hallo Siobhán, hallo Frau Demir,

für die Entsendung von Daniel Weber nach Dublin (01.07.–31.12.2026) bitte
folgende Zahlungen einrichten:

  Entsendezulage:     800,00 EUR brutto/Monat (Abrechnung Hannover)
  Mietzuschuss:       1.200,00 EUR/month, paid in Ireland via Lindenhof Services
                      Ireland (benefit-in-kind - Siobhán, please check the BIK
                      treatment)
  Wohnung Dublin:     Apt 22, The Cubes, Beacon South Quarter, Sandyford,
                      Dublin 18
  Heimfahrten:        2 x Flug DUB–HAN p. a. (Reisestelle)
  Grundgehalt:        unverändert 5.140,00 EUR, weiter über Hannover
  A1-Bescheinigung:   liegt vor (gültig bis 31.12.2026)

Danke euch / thanks!
Frank Düsterhöft
"""
    m = mail(DUESTERHOEFT, f"{KAVANAGH}, {DEMIR}", "Entsendung D. Weber – payroll set-up",
             D("2026-06-22 14:15:50"), T(body))
    return m, ("CONFIDENTIAL", "mixed", "internal",
               "secondment pay: named employee's salary, allowances and Dublin address, German/English")


def m145():
    letter = ["# ArbMed Nord GmbH - Arbeitsmedizinischer Dienst",
              "Dr. med. Kerstin Ahlborn, Fachärztin für Arbeitsmedizin",
              "",
              "Ärztliche Bescheinigung zur Vorlage beim Arbeitgeber (mit Einwilligung)",
              "",
              "Frau Orla McGrath, geb. 23.01.1979, derzeit im Projekteinsatz in Hannover,",
              "wurde am 23.06.2026 von mir arbeitsmedizinisch beraten.",
              "",
              "Befund/Empfehlung: Nach einer Netzhautablösung links (Operation 04/2026, H33.0)",
              "besteht eine vorübergehende Einschränkung des Sehvermögens links. Empfohlen werden",
              "für 8 Wochen: Bildschirmarbeit max. 6 Std./Tag mit Pausen, großer Monitor (27 Zoll),",
              "Vergrößerung 125 %, kein Heben > 10 kg, keine Flugreisen vor Freigabe durch die Augenklinik.",
              "",
              "Hannover, 23.06.2026   Dr. med. K. Ahlborn"]
    note = """Summary in English for Niamh (Dublin HR):
Orla McGrath - retinal detachment left eye, surgery April 2026.
Recommendations for 8 weeks: max. 6 h screen work/day, 27" monitor,
125 % zoom, no lifting > 10 kg, no flights until cleared by the eye clinic.
She therefore cannot fly back on 30 June as planned - return by ferry/train?
"""
    z = zip_bytes([("Bescheinigung_Ahlborn_2026-06-23.pdf",
                    pdf(letter, title="Bescheinigung", author="ArbMed Nord GmbH", date="20260623150000")),
                   ("summary_EN.txt", note)], dt=(2026, 6, 23, 16, 0, 0))
    body = """Hi Niamh, hallo Frau Reinholz,

Frau Dr. Ahlborn hat Orla heute gesehen – the certificate (German) and my short
English summary are in the zip. Orla has agreed that both of you get it.

Wichtig: she must not fly on 30 June. Can Dublin HR rebook her return?

Beste Grüße / best
Melanie
"""
    m = mail(OSTERKAMP, f"{GALLAGHER}, {REINHOLZ}", "Orla – Bescheinigung / certificate",
             D("2026-06-23 16:20:11"),
             MP("mixed", T(body), ATT(z, "application/zip", "McGrath_Bescheinigung.zip")))
    return m, ("STRICTLY_CONFIDENTIAL", "mixed", "doctor",
               "ZIP with company-doctor certificate (PDF, H33.0 retinal detachment) and English summary")


def m146():
    rows = [["Deutsch", "English (IE)", "Hinweis / note"],
            ["Verbandbuch", "accident book / first aid log", "5 Jahre aufbewahren / keep 5 years"],
            ["Unfallanzeige", "accident report (IR1 in Ireland)", "DE: > 3 Tage AU; IE: > 3 days absence"],
            ["Betriebsärztin/-arzt", "occupational health physician", ""],
            ["Fachkraft für Arbeitssicherheit (FaSi)", "health & safety officer", ""],
            ["Ersthelfer/in", "occupational first aider", "DE 5 % / IE per risk assessment"],
            ["Gefährdungsbeurteilung", "risk assessment", ""],
            ["Angebotsvorsorge Bildschirmarbeit", "VDU eye test / screen-work health check", ""],
            ["Bildschirmarbeitsplatzbrille", "VDU glasses", "DE 180 EUR / IE 150 EUR"],
            ["Betriebliches Eingliederungsmanagement (BEM)", "return-to-work programme", "no exact IE equivalent"],
            ["stufenweise Wiedereingliederung", "phased return to work", ""],
            ["Mutterschutz / Beschäftigungsverbot", "maternity protection / prohibition of employment", ""],
            ["Mitarbeiterberatung (EAP)", "Employee Assistance Programme", "Lichtblick / Harbourlight"],
            ["Rettungsweg", "escape route", ""],
            ["Sammelplatz", "assembly point", ""]]
    body = """Hallo zusammen / hi all,

für den Group H&S Jour fixe hier unser kleines Glossar DE/EN – bitte ergänzen,
was fehlt. Translations welcome, especially for the Irish terms.

Torsten
"""
    m = mail(WIEGMANN, f"{WHELAN}, {OSTERKAMP}, {GALLAGHER}", "Glossar Arbeitsschutz DE/EN",
             D("2026-06-24 10:10:10"),
             MP("mixed", T(body), ATT(xlsx([("Glossar", rows)], author="Wiegmann, Torsten",
                                           dt="2026-06-24T08:00:00Z"), MIME_XLSX, "Glossar_HS_DE-EN.xlsx")))
    return m, ("NORMAL", "mixed", "internal",
               "trap: bilingual H&S glossary (Verbandbuch, BEM, Mutterschutz), no person")


def m147():
    body = """Hi Sharon,

From 29 June we're running a late shift in Claims Operations (until 23:00) for
the storm-claims backlog. As agreed with the union rep, staff finishing after
22:00 get a taxi home on our account (account LSI-0042).

Standing bookings Mon-Thu, 23:05 from 4 Harcourt Quay:

  1. Luca Romano        -> 15 Seaview Terrace, Dun Laoghaire, A96 K2F7
  2. Shauna Delaney     -> Ballymore, Kilcock Road, Maynooth, W23 P9X4
  3. Tomasz Wisniewski  -> Apt 12, Barrow Court, Ringsend, Dublin 4
  4. Ayesha Qureshi     -> 41 Leinster Road, Rathmines, Dublin 6 (from 13 July)

Monthly invoice to accounts.ie@ please, with trip list by account reference
only (no addresses on the invoice).

""" + sig_whelan()
    m = mail(WHELAN, "Sharon Kelly <corporate@citycabs-dublin.example>", "Late shift taxi account - bookings",
             D("2026-06-25 12:00:00", "IE"), T(body), host="mail-ie." + DOM)
    return m, ("CONFIDENTIAL", "en", "insurer-to-supplier",
               "taxi bookings with named employees' home addresses")


def m148():
    cal = ics("gesundheitstag-2026@" + DOM, "20260917T090000", "20260917T160000",
              "Gesundheitstag 2026", "Foyer und Kantine Gebäude A",
              "Blutdruck, Blutzucker, Hautscreening, Rückenanalyse, Mental-Health-Stand. Anmeldung für Screenings im Intranet.",
              "bgm@" + DOM, ["alle-hannover@" + DOM], stamp="20260626080000Z")
    text = """Save the date: Gesundheitstag am Donnerstag, 17. September 2026

09:00–16:00 Uhr, Foyer und Kantine Gebäude A

Mit dabei:
  - Betriebsärztin Dr. Ahlborn: Blutdruck- und Blutzuckermessung
  - Hautärztliches Screening (Muttermal-Check, 10 Min., Anmeldung nötig)
  - Rückenanalyse mit 3D-Scan
  - Lichtblick: "Stress erkennen – Stress begegnen", Stand und Kurzvorträge
  - Kantine: Gesunde Küche mit Kochshow
  - Fahrrad-Check durch die BG-Präventionsberatung

Alle Ergebnisse bekommen nur Sie selbst – der Arbeitgeber erfährt nichts.

Ihr BGM-Team
"""
    html = "<html><body style='font-family:Arial'><h2>Save the date: Gesundheitstag 17.09.2026</h2><pre style='font-family:Arial'>" + xesc(text) + "</pre></body></html>"
    m = mail(A("BGM Lindenhof", "bgm"), A("Alle Mitarbeitenden Hannover", "alle-hannover"),
             "Save the date: Gesundheitstag 17.09.", D("2026-06-26 09:00:00"),
             MP("mixed", ALT(T(text), H(html)), TATT(cal, "calendar", "Gesundheitstag_2026.ics", cte="8bit",
                                                       params={"method": "REQUEST"})))
    return m, ("NORMAL", "de", "internal",
               "trap: health-day announcement (blood pressure, skin screening) with ICS, no person")


def m149():
    body = """Hallo Herr Siebert,

die Gewinnerinnen und Gewinner des Schrittzähler-Wettbewerbs "Lindenhof läuft"
stehen fest. Die Preise (Gutscheine Sporthaus Leinetal) sollen diesmal per Post
nach Hause gehen, weil zwei davon in Elternzeit bzw. im Homeoffice sind. Können
Sie den Versand über die Poststelle veranlassen?

  1. Platz (150 EUR)  Kim Ehlers, Kirchröder Str. 77, 30625 Hannover
  2. Platz (100 EUR)  Serkan Demirci, Limmerstr. 55, 30451 Hannover
  3. Platz ( 50 EUR)  Anke Fischer, Am Ortfelde 12, 30916 Isernhagen
  Team-Preis          Team IT-Betrieb (Übergabe intern, kein Versand)

Die Gutscheine sind steuerlich Sachbezug unter 50 EUR je Monat bzw. werden
pauschal versteuert – das macht Frau Demir.

""" + sig_osterkamp()
    m = mail(OSTERKAMP, SIEBERT, "Versand Gewinne „Lindenhof läuft“", D("2026-06-29 11:41:27"),
             T(body, charset="windows-1252", cte="quoted-printable"))
    return m, ("CONFIDENTIAL", "de", "internal",
               "prize winners of a step-count challenge with home addresses; no health values")


def m150():
    lines = ["# Health & Safety Half-Year Report H1 2026 - Lindenhof Group",
             "Prepared for the Management Board, 30 June 2026",
             "",
             "# 1. Accidents",
             "Accident book entries: 27 (H1 2025: 24). Reportable workplace accidents: 2 (DE 1, IE 1).",
             "Reportable commuting accidents: 3 (all DE, 2 by bicycle). Days lost: 41.",
             "# 2. Occupational health",
             "VDU eye tests: 188 (DE 136, IE 52). VDU glasses funded: 61.",
             "Return-to-work: 23 BEM processes opened (DE), 9 OH referrals (IE).",
             "Maternity risk assessments completed: 7 (all within 5 working days).",
             "# 3. Mental health",
             "Psychosocial risk survey completed (response 51 %); workshops in two divisions.",
             "MHFA: 6 trained in Dublin; 12 Hannover volunteers start training in June/July.",
             "EAP uptake (annualised): 6.4 % (provider figures, no individual data).",
             "# 4. Fire safety",
             "Drills: Dublin 10 June (3:05 min), Hannover 24 April (5:40 min).",
             "Inspection by the Irish authority on 19 May: no enforcement action.",
             "# 5. Priorities H2",
             "Recruit successor safety specialist (DE); noise reduction open space 4th floor;",
             "accessible e-learning; AED coverage for Braunschweig and Goettingen."]
    body = """Dear Dr. Pahlke, dear Board members,

Please find attached the H&S half-year report for the board meeting on 7 July.
All figures are aggregated; no individual cases are described.

Kind regards
Torsten Wiegmann
"""
    m = mail(WIEGMANN, A("Vorstandsbüro", "vorstandsbuero"), "H&S half-year report H1 2026",
             D("2026-06-30 17:05:00"),
             MP("mixed", T(body, charset="us-ascii", cte="7bit"),
                ATT(pdf(lines, title="H&S Report H1 2026", author="Wiegmann, Torsten", date="20260630160000"),
                    "application/pdf", "HS_Report_H1_2026.pdf")))
    return m, ("NORMAL", "en", "internal", "trap: board H&S report with aggregated figures only (PDF)")


# ================================================================ DRIVER
N_MAILS = 150
LABELS = ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")
WANT = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}
LANGS = ("de", "en", "mixed")


def build_all():
    """Returns list of (filename, bytes, labelrow)."""
    out = []
    for n in range(1, N_MAILS + 1):
        CUR["n"], CUR["b"] = n, 0
        fn = globals()[f"m{n:03d}"]
        msg, (label, lang, kind, reason) = fn()
        data = msg.as_bytes(policy=SMTP)
        name = f"{PREFIX}-{n:04d}.eml"
        out.append((name, data, (name, label, lang, kind, reason)))
    return out


def labels_tsv(rows):
    lines = ["file\tlabel\tlang\tkind\treason"]
    for r in rows:
        lines.append("\t".join(r))
    return ("\n".join(lines) + "\n").encode("utf-8")


def write(built):
    os.makedirs(os.path.join(HERE, "mails"), exist_ok=True)
    for name, data, _ in built:
        with open(os.path.join(HERE, "mails", name), "wb") as f:
            f.write(data)
    with open(os.path.join(HERE, "labels.tsv"), "wb") as f:
        f.write(labels_tsv([r for _, _, r in built]))


# ---------------------------------------------------------------- checks
def pdf_text(b):
    assert b.startswith(b"%PDF-"), "no PDF header"
    m = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", b)
    assert m, "no startxref"
    x = int(m.group(1))
    assert b[x:x + 4] == b"xref", "startxref does not point to xref"
    hdr = re.match(rb"xref\s+0 (\d+)\s+", b[x:])
    cnt = int(hdr.group(1))
    pos = x + hdr.end()
    for i in range(cnt):
        ent = b[pos + 20 * i: pos + 20 * i + 20]
        off, gen, typ = int(ent[:10]), int(ent[11:16]), ent[17:18]
        if typ == b"n":
            assert b[off:].startswith(b"%d 0 obj" % i), f"xref entry {i} wrong"
    text = []
    for sm in re.finditer(rb"/Length (\d+) /Filter /FlateDecode >>\nstream\n", b):
        ln = int(sm.group(1))
        raw = zlib.decompress(b[sm.end():sm.end() + ln])
        for t in re.finditer(rb"\(((?:\\.|[^\\)])*)\) Tj", raw):
            s = re.sub(rb"\\(.)", rb"\1", t.group(1))
            text.append(s.decode("cp1252"))
    return "\n".join(text)


def ooxml_text(b, kind):
    z = zipfile.ZipFile(io.BytesIO(b))
    assert z.testzip() is None
    names = z.namelist()
    assert "[Content_Types].xml" in names and "_rels/.rels" in names
    txt = []
    for n in names:
        if n.endswith(".xml") or n.endswith(".rels"):
            root = ET.fromstring(z.read(n))
            if (kind == "docx" and n == "word/document.xml") or (kind == "xlsx" and n.startswith("xl/worksheets/")):
                txt += [e.text or "" for e in root.iter() if e.tag.endswith("}t")]
                txt += [e.text or "" for e in root.iter() if e.tag.endswith("}v")]
    main = "word/document.xml" if kind == "docx" else "xl/workbook.xml"
    assert main in names, f"{main} missing"
    return " ".join(txt)


def odf_text(b, kind):
    z = zipfile.ZipFile(io.BytesIO(b))
    assert z.testzip() is None
    info = z.infolist()
    assert info[0].filename == "mimetype" and info[0].compress_type == zipfile.ZIP_STORED
    assert z.read("mimetype").decode() == f"application/vnd.oasis.opendocument.{kind}"
    for n in z.namelist():
        if n.endswith(".xml"):
            ET.fromstring(z.read(n))
    root = ET.fromstring(z.read("content.xml"))
    return " ".join(e.text or "" for e in root.iter() if e.text)


def check_blob(name, ctype, data, where):
    """Open one attachment; returns a kind string for statistics."""
    low = (name or "").lower()
    if low.endswith(".pdf") or ctype == "application/pdf":
        t = pdf_text(data)
        assert t.strip(), f"{where}: empty PDF text"
        return "pdf"
    if low.endswith(".docx"):
        assert ooxml_text(data, "docx").strip(), f"{where}: empty docx"
        return "docx"
    if low.endswith(".xlsx"):
        assert ooxml_text(data, "xlsx").strip(), f"{where}: empty xlsx"
        return "xlsx"
    if low.endswith(".odt"):
        assert odf_text(data, "text").strip()
        return "odt"
    if low.endswith(".ods"):
        assert odf_text(data, "spreadsheet").strip()
        return "ods"
    if low.endswith(".zip"):
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None
        kinds = ["zip"]
        for zn in z.namelist():
            if zn.endswith("/"):
                continue
            kinds.append(check_blob(zn, "", z.read(zn), f"{where}/{zn}"))
        return "+".join(kinds)
    if low.endswith(".ics") or ctype == "text/calendar":
        t = data.decode("utf-8")
        assert "BEGIN:VCALENDAR" in t and "END:VCALENDAR" in t, f"{where}: bad ics"
        return "ics"
    if low.endswith(".csv"):
        return "csv"
    if low.endswith(".html") or low.endswith(".htm"):
        assert b"<html" in data.lower() and b"</html>" in data.lower(), f"{where}: bad html"
        return "html"
    if low.endswith(".txt") or low.endswith(".log"):
        return "txt"
    raise AssertionError(f"{where}: unknown attachment {name} {ctype}")


def check_msg(msg, where, stats, depth=0):
    for part in msg.walk():
        assert not part.defects, f"{where}: defects {part.defects}"
        ct = part.get_content_type()
        if ct == "message/rfc822":
            stats.append("rfc822")  # walk() descends into the inner message itself
            inner = part.get_payload()[0]
            assert inner["Message-ID"] and inner["From"], f"{where}: forwarded mail without headers"
            continue
        if part.is_multipart():
            continue
        fn = part.get_filename()
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset() or "us-ascii"
            raw = part.get_payload(decode=True)
            txt = raw.decode(cs)  # must decode with declared charset
            if fn or part.get_content_disposition() == "attachment":
                k = check_blob(fn, ct, raw, where)
                if k == "csv":
                    rows = list(csv.reader(io.StringIO(txt), delimiter=";" if txt.count(";") > txt.count(",") else ","))
                    assert len(rows) >= 2, f"{where}: csv too short"
                stats.append(k)
            else:
                assert txt.strip(), f"{where}: empty text part"
        else:
            data = part.get_payload(decode=True)
            assert data, f"{where}: empty attachment"
            stats.append(check_blob(fn, ct, data, where))


def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def check():
    built = build_all()
    rows = [r for _, _, r in built]
    errors = 0
    # 1. files on disk identical to a rebuild
    for name, data, _ in built:
        p = os.path.join(HERE, "mails", name)
        with open(p, "rb") as f:
            if f.read() != data:
                print("NOT IDENTICAL:", name)
                errors += 1
    with open(os.path.join(HERE, "labels.tsv"), "rb") as f:
        if f.read() != labels_tsv(rows):
            print("labels.tsv differs from generator")
            errors += 1
    extra = sorted(set(os.listdir(os.path.join(HERE, "mails"))) - {n for n, _, _ in built})
    if extra:
        print("extra files in mails/:", extra)
        errors += 1
    # 2. labels.tsv parse
    with open(os.path.join(HERE, "labels.tsv"), encoding="utf-8") as f:
        rd = list(csv.reader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert rd[0] == ["file", "label", "lang", "kind", "reason"], rd[0]
    assert len(rd) == N_MAILS + 1
    cnt, lang_cnt, kinds, lab_lang = {}, {}, {}, {}
    for r in rd[1:]:
        assert len(r) == 5 and all(x.strip() for x in r), r
        assert r[1] in LABELS and r[2] in LANGS, r
        cnt[r[1]] = cnt.get(r[1], 0) + 1
        lang_cnt[r[2]] = lang_cnt.get(r[2], 0) + 1
        kinds.setdefault(r[3], {}).setdefault(r[1], 0)
        kinds[r[3]][r[1]] += 1
        lab_lang[(r[1], r[2])] = lab_lang.get((r[1], r[2]), 0) + 1
    if cnt != WANT:
        print("label counts wrong:", cnt)
        errors += 1
    # 3. parse every mail
    mids, stats_all, tops, charsets, ctes, ibans = set(), {}, {}, {}, {}, 0
    for name, data, row in built:
        where = name
        try:
            assert b"\n" not in data.replace(b"\r\n", b""), "bare LF"
            assert b"\r" not in data.replace(b"\r\n", b""), "bare CR"
            for ln in data.split(b"\r\n"):
                assert len(ln) <= 998, "line longer than 998"
            msg = message_from_bytes(data, policy=DEFAULT_POLICY)
            assert not msg.defects, msg.defects
            m_id = msg["Message-ID"]
            assert m_id and m_id not in mids, "duplicate/missing Message-ID"
            mids.add(m_id)
            d = msg["Date"].datetime
            assert d.year == 2026, "date not in 2026"
            assert msg["From"].addresses[0].domain.endswith(".example")
            for h in ("To", "Cc"):
                if msg[h]:
                    for a in msg[h].addresses:
                        assert a.domain.endswith(".example"), f"domain {a.domain}"
            assert msg["From"].addresses[0].domain == DOM, "not sent by the insurer"
            st = []
            check_msg(msg, where, st)
            for k in st:
                stats_all[k] = stats_all.get(k, 0) + 1
            tops[msg.get_content_type()] = tops.get(msg.get_content_type(), 0) + 1
            for part in msg.walk():
                if part.get_content_maintype() == "text" and not part.get_filename():
                    charsets[part.get_content_charset()] = charsets.get(part.get_content_charset(), 0) + 1
                    c = str(part.get("Content-Transfer-Encoding", "7bit")).lower()
                    ctes[c] = ctes.get(c, 0) + 1
            for part in msg.walk():
                if part.get_content_maintype() == "text":
                    txt = part.get_payload(decode=True).decode(part.get_content_charset() or "us-ascii")
                    for ib in re.findall(r"\bDE\d{2}(?: ?\d{4}){4} ?\d{2}\b", txt):
                        assert iban_ok(ib), f"invalid IBAN {ib}"
                        ibans += 1
        except Exception as e:  # noqa
            print(f"{where}: FAIL {e!r}")
            errors += 1
    print(f"mails: {len(built)}   labels: {cnt}")
    print("label x lang:")
    for lab in LABELS:
        print(f"  {lab:22s}", "  ".join(f"{lg}={lab_lang.get((lab, lg), 0)}" for lg in LANGS))
    print("lang:", lang_cnt)
    print("kind x label:")
    for k in sorted(kinds):
        print(f"  {k:24s}", "  ".join(f"{lab[:6]}={kinds[k].get(lab, 0)}" for lab in LABELS))
    print("top-level types:", tops)
    print("text-part charsets:", charsets)
    print("text-part transfer encodings:", ctes)
    print("attachments opened:", dict(sorted(stats_all.items())))
    print("IBANs found and checksum-valid:", ibans)
    print("rebuild byte-identical:", "yes" if errors == 0 else "see errors above")
    if errors:
        print(f"CHECK FAILED ({errors} errors)")
        return 1
    print("CHECK OK")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv:
        sys.exit(check())
    write(build_all())
    print(f"wrote {N_MAILS} mails to {os.path.join(HERE, 'mails')} and labels.tsv")
