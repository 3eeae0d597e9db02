#!/usr/bin/env python3
"""Independent labelled mail corpus d177 for Siegel (issue 14).

Writes mails/d177-NNNN.eml (RFC 5322, CRLF) and labels.tsv into the folder of
this script.  Standard library only, deterministic.

    python3 make_corpus.py           # (re)build
    python3 make_corpus.py --check   # rebuild in a temp folder, compare bytes,
                                     # parse every mail and open every attachment

The invented world: Argental Versicherungsgruppe, Friedrichshafen (DE), with
Argental Versicherung Österreich AG in Bregenz (AT) and Argental Schweiz AG in
St. Gallen (CH).  All persons, numbers, addresses and hosts are fictitious.
"""
import datetime
import hashlib
import io
import os
import shutil
import sys
import tempfile
import zipfile
import email
from email import policy
from email.message import EmailMessage
from email.utils import format_datetime
from xml.etree import ElementTree
from xml.sax.saxutils import escape as xesc

PREFIX = "d177-"
HERE = os.path.dirname(os.path.abspath(__file__))
SMTP = policy.SMTP            # CRLF line ends
ZIPTIME = (2026, 1, 2, 8, 0, 0)


# ---------------------------------------------------------------- numbers
def iban(cc, bban):
    """IBAN with correct ISO 7064 mod-97 check digits."""
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    return "%s%02d%s" % (cc, 98 - int(num) % 97, bban)


def grp(s, n=4):
    return " ".join(s[k:k + n] for k in range(0, len(s), n))


def ahv(nine):
    """Swiss AHV number 756.xxxx.xxxx.xc with EAN-13 check digit."""
    digits = "756" + nine
    tot = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(digits))
    c = (10 - tot % 10) % 10
    d = digits + str(c)
    return "%s.%s.%s.%s" % (d[:3], d[3:7], d[7:11], d[11:])


def svnr(serial, ddmmyy):
    """Austrian social-insurance number: 3-digit serial, check digit, DDMMYY."""
    w = [3, 7, 9, 5, 8, 4, 2, 1, 6]
    ds = serial + ddmmyy
    c = sum(int(a) * b for a, b in zip(ds, w)) % 11
    assert c != 10, "serial gives no valid check digit"
    return "%s%d %s" % (serial, c, ddmmyy)


# ------------------------------------------------------------------ dates
def when(s):
    """'2026-03-04 09:12' local time in DE/AT/CH -> RFC 5322 date string."""
    dt = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M")
    summer = datetime.datetime(2026, 3, 29, 2, 0) <= dt < datetime.datetime(2026, 10, 25, 3, 0)
    tz = datetime.timezone(datetime.timedelta(hours=2 if summer else 1))
    return format_datetime(dt.replace(tzinfo=tz))


# ----------------------------------------------------------- attachments
def _zip(members, stored_first=None):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=ZIPTIME)
            zi.compress_type = zipfile.ZIP_STORED if name == stored_first else zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    return buf.getvalue()


def zipfile_of(members):
    """members: list of (name, bytes)"""
    return _zip(members)


def pdf(pages_or_text, title="", author="Argental Versicherungsgruppe"):
    """Small PDF with a real text layer.  Input: text (pages split at 58
    lines) or a list of page texts.  Lines starting with '##' are bold."""
    if isinstance(pages_or_text, str):
        lines = pages_or_text.split("\n")
        pages = [lines[i:i + 58] for i in range(0, len(lines), 58)] or [[""]]
    else:
        pages = [p.split("\n") for p in pages_or_text]

    def lit(t):
        b = t.encode("cp1252", "replace")
        b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
        return b"(" + b + b")"

    objs = []
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objs.append(None)  # pages, filled later
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    kids = []
    for page in pages:
        cs = [b"BT", b"/F1 10 Tf", b"13 TL", b"56 790 Td"]
        for ln in page:
            if ln.startswith("##"):
                cs.append(b"/F2 11 Tf " + lit(ln[2:].strip()) + b" Tj T* /F1 10 Tf")
            else:
                cs.append(lit(ln) + b" Tj T*")
        cs.append(b"ET")
        stream = b"\n".join(cs)
        objs.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
        content_no = len(objs)
        objs.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                    b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % content_no)
        kids.append(len(objs))
    objs[1] = (b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids)
               + b"] /Count %d >>" % len(kids))
    objs.append(b"<< /Title " + lit(title) + b" /Author " + lit(author)
                + b" /Producer (Argental DocServer 4.2) /CreationDate (D:20260101080000+01'00') >>")
    info_no = len(objs)
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += (b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n"
            % (len(objs) + 1, info_no, xref))
    return bytes(out)


def _core(title, author):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-02T08:00:00Z</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">2026-01-02T08:00:00Z</dcterms:modified>'
            '</cp:coreProperties>' % (xesc(title), xesc(author))).encode()


_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="%s"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
         '</Relationships>')


def docx(blocks, title="", author="Argental"):
    """blocks: str (paragraph), ('h', text) heading, ('table', rows)."""
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def para(t, bold=False, size=None):
        rpr = ""
        if bold or size:
            rpr = "<w:rPr>%s%s</w:rPr>" % ("<w:b/>" if bold else "", '<w:sz w:val="%d"/>' % size if size else "")
        return '<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, xesc(t))

    body = []
    for b in blocks:
        if isinstance(b, str):
            body.extend(para(x) for x in b.split("\n"))
        elif b[0] == "h":
            body.append(para(b[1], bold=True, size=28))
        elif b[0] == "table":
            rows = []
            for r in b[1]:
                cells = "".join('<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr>%s</w:tc>' % para(str(c)) for c in r)
                rows.append("<w:tr>%s</w:tr>" % cells)
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                        '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/>'
                        '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders>'
                        '</w:tblPr>%s</w:tbl>' % "".join(rows))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s'
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>' % (W, "".join(body)))
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>')
    return _zip([("[Content_Types].xml", ct.encode()),
                 ("_rels/.rels", (_RELS % "word/document.xml").encode()),
                 ("docProps/core.xml", _core(title, author)),
                 ("word/document.xml", doc.encode())])


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets, title="", author="Argental"):
    """sheets: list of (name, rows); cells str/int/float/None."""
    wb_sheets, wb_rels, ct_over, files = [], [], [], []
    for n, (name, rows) in enumerate(sheets, 1):
        xr = []
        for r, row in enumerate(rows, 1):
            cells = []
            for c, v in enumerate(row):
                ref = "%s%d" % (_col(c), r)
                if v is None or v == "":
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<c r="%s"><v>%s</v></c>' % (ref, repr(v) if isinstance(v, float) else v))
                else:
                    cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, xesc(str(v))))
            xr.append('<row r="%d">%s</row>' % (r, "".join(cells)))
        files.append(("xl/worksheets/sheet%d.xml" % n, (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            '<sheetData>%s</sheetData></worksheet>' % "".join(xr)).encode()))
        wb_sheets.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (xesc(name), n, n))
        wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (n, n))
        ct_over.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % n)
    k = len(sheets) + 1
    wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>' % k)
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>%s</sheets></workbook>'
          % "".join(wb_sheets))
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>'
            % "".join(wb_rels))
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
              '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>'
              '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
              '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
              '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
              '</styleSheet>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '%s</Types>' % "".join(ct_over))
    return _zip([("[Content_Types].xml", ct.encode()),
                 ("_rels/.rels", (_RELS % "xl/workbook.xml").encode()),
                 ("docProps/core.xml", _core(title, author)),
                 ("xl/workbook.xml", wb.encode()),
                 ("xl/_rels/workbook.xml.rels", rels.encode()),
                 ("xl/styles.xml", styles.encode())] + files)


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2"')


def _odf(mimetype, body, title, author):
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content %s>'
               '<office:body>%s</office:body></office:document-content>' % (_ODF_NS, body))
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta %s><office:meta>'
            '<dc:title>%s</dc:title><meta:initial-creator>%s</meta:initial-creator>'
            '<meta:creation-date>2026-01-02T08:00:00</meta:creation-date></office:meta></office:document-meta>'
            % (_ODF_NS, xesc(title), xesc(author)))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mimetype)
    return _zip([("mimetype", mimetype.encode()),
                 ("META-INF/manifest.xml", manifest.encode()),
                 ("meta.xml", meta.encode()),
                 ("content.xml", content.encode())], stored_first="mimetype")


def odt(blocks, title="", author="Argental"):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.extend("<text:p>%s</text:p>" % xesc(x) for x in b.split("\n"))
        elif b[0] == "h":
            out.append('<text:h text:outline-level="1">%s</text:h>' % xesc(b[1]))
        elif b[0] == "table":
            ncol = max(len(r) for r in b[1])
            rows = "".join("<table:table-row>%s</table:table-row>" % "".join(
                "<table:table-cell><text:p>%s</text:p></table:table-cell>" % xesc(str(c)) for c in r) for r in b[1])
            out.append('<table:table table:name="Tabelle%d"><table:table-column table:number-columns-repeated="%d"/>%s</table:table>'
                       % (len(out) + 1, ncol, rows))
    return _odf("application/vnd.oasis.opendocument.text",
                "<office:text>%s</office:text>" % "".join(out), title, author)


def ods(sheets, title="", author="Argental"):
    tabs = []
    for name, rows in sheets:
        xr = []
        for row in rows:
            cells = []
            for v in row:
                if v is None or v == "":
                    cells.append("<table:table-cell/>")
                elif isinstance(v, (int, float)):
                    cells.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (v, v))
                else:
                    cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % xesc(str(v)))
            xr.append("<table:table-row>%s</table:table-row>" % "".join(cells))
        tabs.append('<table:table table:name="%s">%s</table:table>' % (xesc(name), "".join(xr)))
    return _odf("application/vnd.oasis.opendocument.spreadsheet",
                "<office:spreadsheet>%s</office:spreadsheet>" % "".join(tabs), title, author)


def ics(uid, start, end, summary, location="", description="", organizer="", attendees=(), method="REQUEST"):
    """start/end as 'YYYYMMDDTHHMMSS' local Europe/Berlin."""
    def fold(line):
        b = line.encode()
        if len(b) <= 74:
            return [line]
        parts, cur = [], ""
        for ch in line:
            if len((cur + ch).encode()) > 73:
                parts.append(cur)
                cur = " " + ch
            else:
                cur += ch
        parts.append(cur)
        return parts

    def esc(t):
        return t.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Argental//Kalender 3.1//DE", "VERSION:2.0", "METHOD:" + method,
             "BEGIN:VEVENT", "UID:" + uid, "DTSTAMP:20260102T070000Z",
             "DTSTART;TZID=Europe/Berlin:" + start, "DTEND;TZID=Europe/Berlin:" + end,
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
    out = []
    for ln in lines:
        out.extend(fold(ln))
    return ("\r\n".join(out) + "\r\n").encode()


# ------------------------------------------------------------- MIME parts
MIME = {
    "pdf": ("application", "pdf"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "odt": ("application", "vnd.oasis.opendocument.text"),
    "ods": ("application", "vnd.oasis.opendocument.spreadsheet"),
    "zip": ("application", "zip"),
    "ics": ("text", "calendar"),
    "csv": ("text", "csv"),
    "txt": ("text", "plain"),
}


def att(filename, data, mime=None, charset="utf-8", inline=False):
    """Attachment part.  data: bytes, or str for text types."""
    ext = filename.rsplit(".", 1)[-1].lower()
    maintype, subtype = mime.split("/") if mime else MIME.get(ext, ("application", "octet-stream"))
    p = EmailMessage(policy=SMTP)
    disp = "inline" if inline else "attachment"
    if maintype == "text":
        if isinstance(data, bytes):
            data = data.decode(charset)
        if ext == "ics":
            p.set_content(data, subtype=subtype, charset=charset, cte="quoted-printable",
                          disposition=disp, filename=filename, params={"method": "REQUEST"})
        else:
            p.set_content(data, subtype=subtype, charset=charset, cte="quoted-printable",
                          disposition=disp, filename=filename)
    else:
        p.set_content(data, maintype=maintype, subtype=subtype, disposition=disp, filename=filename)
    del p["MIME-Version"]
    return p


def att_msg(inner, filename=None):
    """message/rfc822 attachment (forward as attachment)."""
    p = EmailMessage(policy=SMTP)
    p.set_content(inner)
    if filename:
        p.add_header("Content-Disposition", "attachment", filename=filename)
    else:
        p.add_header("Content-Disposition", "inline")
    del p["MIME-Version"]
    return p


def _text(body, subtype="plain", charset="utf-8", cte="quoted-printable", flowed=False):
    p = EmailMessage(policy=SMTP)
    p.set_content(body, subtype=subtype, charset=charset, cte=cte)
    if flowed:
        p.set_param("format", "flowed")
    del p["MIME-Version"]
    return p


def _mid(n, frm, date):
    host = frm.rsplit("@", 1)[1].rstrip(">").strip()
    h = hashlib.sha1(("d177-%d-%s" % (n, date)).encode()).hexdigest()
    return "<%s.%s@%s>" % (h[:16].upper(), h[16:24], host)


def build(n, frm, to, subject, date, body, *, cc=None, html=None, html_only=False,
          atts=(), charset="utf-8", cte="quoted-printable", flowed=False,
          in_reply_to=None, mailer=None, headers=(), mid=None):
    """Assemble one message; number n only seeds Message-ID and boundaries."""
    if html_only:
        main = _text(html, "html", charset, cte)
    elif html is not None:
        main = EmailMessage(policy=SMTP)
        main.make_alternative()
        main.attach(_text(body, "plain", charset, cte, flowed))
        main.attach(_text(html, "html", charset, cte))
    else:
        main = _text(body, "plain", charset, cte, flowed)
    if atts:
        m = EmailMessage(policy=SMTP)
        m.make_mixed()
        m.attach(main)
        for a in atts:
            m.attach(a)
    else:
        m = main
    content = list(m.items())
    for k in {k for k, _ in content}:
        del m[k]
    m["From"] = frm
    m["To"] = to
    if cc:
        m["Cc"] = cc
    m["Subject"] = subject
    m["Date"] = when(date)
    m["Message-ID"] = mid or _mid(n, frm, date)
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = in_reply_to
    if mailer:
        m["User-Agent" if mailer.startswith("Mozilla") else "X-Mailer"] = mailer
    for k, v in headers:
        m[k] = v
    m["MIME-Version"] = "1.0"
    for k, v in content:
        if k.lower() != "mime-version":
            m[k] = v
    hdr = m
    # deterministic boundaries everywhere
    k = 0
    for part in hdr.walk():
        if part.get_content_maintype() == "multipart":
            k += 1
            part.set_boundary("----=_Part_d177_%04d_%d" % (n, k))
    return hdr


def inner(frm, to, subject, date, body, *, n=0, cc=None, charset="utf-8", atts=(), mailer=None):
    """A complete message to be forwarded as message/rfc822."""
    return build(10000 + n, frm, to, subject, date, body, cc=cc, charset=charset, atts=atts, mailer=mailer)


# --------------------------------------------------------------- registry
MAILS = []


def mail(label, lang, kind, reason):
    assert label in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"), label
    assert lang in ("de", "en", "mixed"), lang
    assert "\t" not in reason and "\n" not in reason

    def deco(fn):
        MAILS.append((fn, label, lang, kind, reason))
        return fn
    return deco


def N():
    """Number of the mail currently being built (1-based)."""
    return _CURRENT[0]


_CURRENT = [0]


# ================================================================ the world
# Argental Versicherungsgruppe
#   DE  Argental Versicherung AG / Argental Krankenversicherung AG /
#       Argental Lebensversicherung AG, Seepromenade 12, 88045 Friedrichshafen
#   AT  Argental Versicherung Österreich AG, Römerstraße 21, 6900 Bregenz
#       (Büro Wien: Obere Donaustraße 43, 1020 Wien)
#   CH  Argental Schweiz AG, Rorschacher Strasse 150, 9000 St. Gallen
# Hosts: argental.example (DE + group), at.argental.example, ch.argental.example

FOOT_DE = """--
Argental Versicherung AG · Seepromenade 12 · 88045 Friedrichshafen
Vorsitzender des Aufsichtsrats: Dr. Konrad Mettler · Vorstand: Ilse Rauber (Vors.),
Dr. Jan-Erik Sommer, Petra Lindenmaier · Sitz Friedrichshafen · Amtsgericht Ulm HRB 741208"""

FOOT_KV = """--
Argental Krankenversicherung AG · Seepromenade 12 · 88045 Friedrichshafen
Vorstand: Dr. Jan-Erik Sommer (Vors.), Bettina Kuon · Sitz Friedrichshafen · Amtsgericht Ulm HRB 741355"""

FOOT_LV = """--
Argental Lebensversicherung AG · Seepromenade 12 · 88045 Friedrichshafen
Vorstand: Petra Lindenmaier (Vors.), Holger Saile · Sitz Friedrichshafen · Amtsgericht Ulm HRB 741390"""

FOOT_AT = """--
Argental Versicherung Österreich AG | Römerstraße 21 | 6900 Bregenz
Firmenbuch FN 418552 k, Landesgericht Feldkirch | UID ATU 66120847
Diese Nachricht kann vertrauliche Informationen enthalten. Falls Sie nicht der
richtige Empfänger sind, informieren Sie bitte den Absender und löschen Sie die Nachricht."""

FOOT_CH = """--
Argental Schweiz AG · Rorschacher Strasse 150 · 9000 St. Gallen
CHE-318.442.905 MWST · www.ch.argental.example"""

FOOT_EN = """--
Argental Insurance Group · Seepromenade 12 · 88045 Friedrichshafen · Germany
Argental Versicherung AG, registered office Friedrichshafen, Amtsgericht Ulm HRB 741208.
This e-mail may contain confidential information. If you received it in error,
please notify the sender and delete it."""

# staff: key -> (display address, signature de, signature en)
STAFF = {
    "vogelsang": ("Henrike Vogelsang <henrike.vogelsang@argental.example>",
                  "Henrike Vogelsang\nLeistungsabteilung Krankenversicherung\nTel. +49 7541 3090-412",
                  "Henrike Vogelsang\nHealth Claims, Argental Krankenversicherung AG\nPhone +49 7541 3090-412"),
    "ebeling": ("Matthias Ebeling <matthias.ebeling@argental.example>",
                "Matthias Ebeling\nKfz-Schaden\nArgental Versicherung AG\nTel. +49 7541 3090-237",
                "Matthias Ebeling\nMotor Claims\nPhone +49 7541 3090-237"),
    "wendt": ("Dr. Carola Wendt <carola.wendt@argental.example>",
              "Dr. Carola Wendt\nKonzerndatenschutzbeauftragte\nArgental Versicherungsgruppe\nTel. +49 7541 3090-101",
              "Dr Carola Wendt\nGroup Data Protection Officer\nArgental Insurance Group\nPhone +49 7541 3090-101"),
    "reischl": ("Tobias Reischl <tobias.reischl@argental.example>",
                "Tobias Reischl\nIT-Servicedesk\nDurchwahl -555",
                "Tobias Reischl\nIT Service Desk\next. 555"),
    "pfeffer": ("Jana Pfeffer <jana.pfeffer@argental.example>",
                "Jana Pfeffer\nMaklerbetreuung Süd\nArgental Versicherung AG\nMobil +49 171 4450 928",
                "Jana Pfeffer\nBroker Relations South\nMobile +49 171 4450 928"),
    "gschwendtner": ("Ralf Gschwendtner <ralf.gschwendtner@argental.example>",
                     "Ralf Gschwendtner\nLeistung Leben / Berufsunfähigkeit\nArgental Lebensversicherung AG\nTel. +49 7541 3090-318",
                     "Ralf Gschwendtner\nLife & Disability Claims\nPhone +49 7541 3090-318"),
    "kurz": ("Sabine Kurz <sabine.kurz@argental.example>",
             "Sabine Kurz\nSachschaden Privatkunden\nTel. +49 7541 3090-264",
             "Sabine Kurz\nProperty Claims (private customers)\nPhone +49 7541 3090-264"),
    "fassbind": ("Dr. med. Amelie Fassbind <amelie.fassbind@argental.example>",
                 "Dr. med. Amelie Fassbind\nGesellschaftsärztin, Argental Versicherungsgruppe",
                 "Dr. med. Amelie Fassbind\nChief Medical Officer, Argental Insurance Group"),
    "demir": ("Yusuf Demir <yusuf.demir@argental.example>",
              "Yusuf Demir\nEinkauf & Facility Management\nTel. +49 7541 3090-190",
              "Yusuf Demir\nProcurement & Facility Management\nPhone +49 7541 3090-190"),
    "brandstaetter": ("Lea Brandstätter <lea.brandstaetter@argental.example>",
                      "Lea Brandstätter\nPersonal / HR Services\nTel. +49 7541 3090-140",
                      "Lea Brandstätter\nHR Services\nPhone +49 7541 3090-140"),
    "obermaier": ("Klaus Obermaier <klaus.obermaier@argental.example>",
                  "Klaus Obermaier\nRechtsschutz-Schaden\nTel. +49 7541 3090-291",
                  "Klaus Obermaier\nLegal Expenses Claims\nPhone +49 7541 3090-291"),
    "lindqvist": ("Nora Lindqvist <nora.lindqvist@argental.example>",
                  "Nora Lindqvist\nGruppen-Rückversicherung",
                  "Nora Lindqvist\nHead of Group Reinsurance\nArgental Insurance Group\nPhone +49 7541 3090-177"),
    "thalmann": ("Philipp Thalmann <philipp.thalmann@argental.example>",
                 "Philipp Thalmann\nAktuariat Gruppe\nTel. +49 7541 3090-160",
                 "Philipp Thalmann\nGroup Actuarial\nPhone +49 7541 3090-160"),
    "aydin": ("Miriam Aydın <miriam.aydin@argental.example>",
              "Miriam Aydın\nKundenservice\nArgental Versicherung AG\nServicetelefon 0800 3090 300 (kostenfrei)",
              "Miriam Aydın\nCustomer Service\nPhone +49 7541 3090-300"),
    "werthmann": ("Jonas Werthmann <jonas.werthmann@argental.example>",
                  "Jonas Werthmann\nAntragsprüfung Kranken/Leben\nTel. +49 7541 3090-355",
                  "Jonas Werthmann\nUnderwriting Health & Life\nPhone +49 7541 3090-355"),
    "holzapfel": ("Greta Holzapfel <greta.holzapfel@argental.example>",
                  "Greta Holzapfel\nUnternehmenskommunikation\nTel. +49 7541 3090-120",
                  "Greta Holzapfel\nCorporate Communications\nPhone +49 7541 3090-120"),
    # Austria
    "pichler": ("Mag. Theresa Pichler <theresa.pichler@at.argental.example>",
                "Mag. Theresa Pichler\nLeistungsservice Kranken & Unfall\nArgental Versicherung Österreich AG\nT +43 5574 4120-31",
                "Mag. Theresa Pichler\nHealth & Accident Claims, Argental Austria\nT +43 5574 4120-31"),
    "hoedl": ("Florian Hödl <florian.hoedl@at.argental.example>",
              "Florian Hödl\nKfz-Schaden Österreich\nT +43 5574 4120-54",
              "Florian Hödl\nMotor Claims Austria\nT +43 5574 4120-54"),
    "gruber": ("Ing. Markus Gruber <markus.gruber@at.argental.example>",
               "Ing. Markus Gruber\nSachversicherung Gewerbe\nArgental Versicherung Österreich AG, Büro Wien\nT +43 1 2164 880-12",
               "Ing. Markus Gruber\nCommercial Property, Vienna office\nT +43 1 2164 880-12"),
    "nussbaumer": ("Verena Nussbaumer <verena.nussbaumer@at.argental.example>",
                   "Verena Nussbaumer\nKundenservice Österreich\nT +43 5574 4120-0",
                   "Verena Nussbaumer\nCustomer Service Austria\nT +43 5574 4120-0"),
    # Switzerland
    "zuercher": ("Corinne Zürcher <corinne.zuercher@ch.argental.example>",
                 "Corinne Zürcher\nKrankentaggeld & UVG-Zusatz\nArgental Schweiz AG\nTel. +41 71 552 30 41",
                 "Corinne Zürcher\nDaily Sickness Benefits & Accident\nArgental Schweiz AG\nPhone +41 71 552 30 41"),
    "baumann": ("Reto Baumann <reto.baumann@ch.argental.example>",
                "lic. iur. Reto Baumann\nRechtsdienst\nArgental Schweiz AG\nTel. +41 71 552 30 12",
                "Reto Baumann, lic. iur.\nLegal Department, Argental Schweiz AG\nPhone +41 71 552 30 12"),
    "ammann": ("Beat Ammann <beat.ammann@ch.argental.example>",
               "Beat Ammann\nVorsorge & Leben\nArgental Schweiz AG\nTel. +41 71 552 30 66",
               "Beat Ammann\nPensions & Life\nArgental Schweiz AG\nPhone +41 71 552 30 66"),
    "signer": ("Urs Signer <urs.signer@ch.argental.example>",
               "Urs Signer\nSchadendienst Privatkunden\nArgental Schweiz AG\nTel. +41 71 552 30 35",
               "Urs Signer\nClaims Service Private Customers\nArgental Schweiz AG\nPhone +41 71 552 30 35"),
    "keller": ("Nadia Keller <nadia.keller@ch.argental.example>",
               "Nadia Keller\nMotorfahrzeug-Schaden\nArgental Schweiz AG\nTel. +41 71 552 30 27",
               "Nadia Keller\nMotor Claims Switzerland\nPhone +41 71 552 30 27"),
    # group, English-speaking
    "kellerman": ("Fiona Kellerman <fiona.kellerman@argental.example>",
                  "Fiona Kellerman\nKonzern-Compliance",
                  "Fiona Kellerman\nGroup Compliance Officer\nArgental Insurance Group"),
    "okafor": ("David Okafor <david.okafor@argental.example>",
               "David Okafor\nIT-Sicherheit Gruppe",
               "David Okafor\nGroup IT Security\nArgental Insurance Group"),
    "raman": ("Priya Raman <priya.raman@argental.example>",
              "Priya Raman\nSchadenanalytik Gruppe",
              "Priya Raman\nGroup Claims Analytics\nPhone +49 7541 3090-188"),
    "whitfield": ("Sam Whitfield <sam.whitfield@argental.example>",
                  "Sam Whitfield\nReise & Assistance",
                  "Sam Whitfield\nTravel & Assistance Claims\nArgental Insurance Group\n24h assistance line +49 7541 3090-999"),
}


def A(key):
    return STAFF[key][0]


def S(key, lang="de"):
    return STAFF[key][1] if lang == "de" else STAFF[key][2]


# ================================================================ MAILS
# Each mail is written on its own.  Order is the file order.

# ---------------------------------------------------------------- 0001
@mail("NORMAL", "de", "internal",
      "trap: Krankenstandsquote per department of the Bregenz office as percentages and headcounts, no person named or identifiable")
def _():
    rows = [["Abteilung", "Köpfe (VZÄ)", "Krankenstandstage Q1", "Quote Q1 2026", "Quote Q1 2025"],
            ["Kundenservice AT", 18.5, 65, "5,8 %", "6,3 %"],
            ["Kfz-Schaden AT", 11.0, 35, "5,2 %", "4,1 %"],
            ["Leistungsservice Kranken & Unfall", 14.0, 40, "4,7 %", "5,0 %"],
            ["Sachversicherung Gewerbe (Wien)", 9.0, 20, "3,7 %", "3,9 %"],
            ["Vertrieb & Maklerbetreuung AT", 12.5, 30, "3,9 %", "4,4 %"],
            ["Verwaltung / Sonstige (< 5 VZÄ zusammengefasst)", 7.0, 17, "4,0 %", "3,2 %"],
            ["Gesamt Argental Österreich", 72.0, 207, "4,7 %", "4,9 %"]]
    x = xlsx([("Q1 2026", rows),
              ("Hinweise", [["Quelle: Zeiterfassung, Abwesenheitsgrund 'Krankenstand' ohne Diagnosen"],
                            ["Bereiche mit weniger als 5 VZÄ sind zusammengefasst (Betriebsvereinbarung § 7)"],
                            ["Arbeitstage Q1 2026: 61"]])],
             title="Krankenstandsquote Q1 2026 Österreich", author="Lea Brandstätter")
    body = """Liebe Kolleginnen und Kollegen der Geschäftsleitung Österreich,

anbei wie jedes Quartal die Krankenstandsquote für Bregenz und das Büro Wien.
Die Quote liegt mit 4,7 % praktisch auf Vorjahresniveau; im Kfz-Schaden ist
sie gestiegen, was nach Rücksprache mit Florian vor allem an der Grippewelle
im Februar lag – das Team ist klein, da schlägt jeder Tag durch.

Wie mit dem Betriebsrat vereinbart, weisen wir keine Bereiche unter 5 VZÄ
gesondert aus, und es gibt keine Auswertung auf Personenebene.

Für das Jour fixe am 21.4. würde ich gern kurz über das Angebot
"Gesunder Rücken am Arbeitsplatz" sprechen – die Physiotherapeutin könnte
ab Mai zweimal im Monat ins Haus kommen.

Viele Grüße
""" + S("brandstaetter")
    return build(N(), A("brandstaetter"),
                 "GL Österreich <gl-oesterreich@at.argental.example>",
                 "Krankenstandsquote Q1 2026 – Bregenz und Wien", "2026-04-09 14:22", body,
                 atts=[att("Krankenstandsquote_Q1_2026_AT.xlsx", x)],
                 mailer="Microsoft Outlook 16.0")


# ---------------------------------------------------------------- 0002
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "accident insurance claim of a named Austrian customer: Krankenstand after a fracture, hospital stay, SVNR with birth date, e-card")
def _():
    sv = svnr("412", "140385")
    body = f"""Sehr geehrter Herr Mathis,

vielen Dank für Ihre Unfallmeldung vom 2. Februar und die nachgereichten
Unterlagen. Zu Ihrem Skiunfall am 31. Jänner 2026 in Schruns (Bruch des
rechten Schienbeinkopfes, operative Versorgung im LKH Bludenz,
Spitalsaufenthalt vom 31.1. bis 6.2.2026) haben wir den Leistungsfall unter
der Schadennummer UN-AT-2026-00417 angelegt.

Aus Ihrer Unfallversicherung (Polizze 70-4418823) stehen Ihnen zu:
- Spitalgeld: 7 Tage x EUR 60,00 = EUR 420,00
- Genesungsgeld: 7 Tage x EUR 30,00 = EUR 210,00

Für das vereinbarte Unfall-Taggeld benötigen wir noch die Bestätigung Ihres
Krankenstandes. Bitte senden Sie uns die Krankenstandsbestätigung der ÖGK
(die Sie über Ihre e-card bzw. bei Ihrem Hausarzt erhalten) für den
gesamten Zeitraum, voraussichtlich bis Ende März. Ihre
Sozialversicherungsnummer {sv} haben wir aus dem Spitalsbericht übernommen –
bitte prüfen Sie kurz, ob sie stimmt.

Über eine dauernde Invalidität können wir naturgemäß erst entscheiden, wenn
die Heilung abgeschlossen ist; spätestens nach 12 Monaten lassen wir Sie
ärztlich begutachten.

Die Beträge für Spitalgeld und Genesungsgeld überweisen wir in den nächsten
Tagen auf Ihr bekanntes Konto.

Mit freundlichen Grüßen

{S("pichler")}
{FOOT_AT}"""
    return build(N(), A("pichler"), "Lukas Mathis <l.mathis@vol-netz.example>",
                 "Ihr Unfall vom 31.01.2026 – Schadennummer UN-AT-2026-00417", "2026-02-12 10:41", body,
                 mailer="Microsoft Outlook 16.0")


# ---------------------------------------------------------------- 0003
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "Austrian motor claim of a named customer: Polizze and claim number, licence plate, Selbstbehalt and payout, no injuries")
def _():
    body = """Sehr geehrte Frau Fink,

danke für die Fotos und den Kostenvoranschlag der Firma Autohaus Rohrer
in Lustenau. Wir haben uns den Schaden an Ihrem VW Golf (B-482 KL) angesehen:
Die Delle an der Heckklappe und der gebrochene Stoßfänger sind durch den
Parkschaden am 14.3. auf dem Parkplatz beim Messepark plausibel erklärt.

Da der Verursacher unbekannt ist, regulieren wir über Ihre Kaskoversicherung
(Polizze 71-2093315). Die Reparaturkosten laut KV betragen EUR 2.184,60
inkl. USt.; abzüglich des vereinbarten Selbstbehalts von EUR 350,00 erhalten
Sie EUR 1.834,60. Wenn Sie direkt mit der Werkstatt abrechnen möchten,
schicken Sie uns bitte die unterschriebene Zahlungsanweisung zurück, dann
überweisen wir an Autohaus Rohrer.

Eine Rückstufung im Bonus-Malus-System erfolgt bei reinen Kaskoschäden
nicht.

Freundliche Grüße

Florian Hödl
Kfz-Schaden Österreich
T +43 5574 4120-54
Schaden KS-AT-26-01288
""" + FOOT_AT
    return build(N(), A("hoedl"), "Sandra Fink <sandra.fink@laendle-mail.example>",
                 "Parkschaden 14.03. – Schaden KS-AT-26-01288", "2026-03-20 08:55", body)


# ---------------------------------------------------------------- 0004
@mail("NORMAL", "en", "internal",
      "trap: IT ticket about failing uploads of 'medical reports' in the Swiss portal; only technical data, no customer or document content")
def _():
    body = """Hi David,

quick heads-up on INC-2026-08812, because it touches the secure portal.

Since this morning's deployment (portal 5.14.2) Swiss users cannot upload
documents in the category "Arztbericht / medical report" – the upload
spinner runs forever and the browser console shows

    POST /api/v2/inbox/upload  413 Payload Too Large
    x-argental-node: web-ch-02

Other categories (invoices, police reports) work. German and Austrian tenants
are unaffected. My guess is the new nginx limit on web-ch-02 (client_max_body_size
10m) – scanned reports from Swiss hospitals are often 15-25 MB because they
scan in colour.

Workaround communicated to the hotline: customers may split the PDF or
send it via the "other documents" category. No documents were lost; the
requests never reached the backend.

Can your team confirm whether the limit was changed on purpose (malware
scanning?) before I ask ops to roll it back?

Thanks,
Tobias

--
Tobias Reischl
IT Service Desk
ext. 555"""
    return build(N(), A("reischl"), A("okafor"),
                 "INC-2026-08812: CH portal – uploads in category 'medical report' fail (413)",
                 "2026-05-06 09:18", body, cc="IT Ops <it-ops@argental.example>",
                 mailer="Microsoft Outlook 16.0")


# ---------------------------------------------------------------- 0005
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "harmless body; the attached PKV benefit statement names the insured, diagnoses (ICD-10), GOÄ positions and reimbursed amounts")
def _():
    p = pdf("""##Argental Krankenversicherung AG
Seepromenade 12, 88045 Friedrichshafen

Frau
Katrin Lämmle
Hirschgasse 7
88131 Lindau (Bodensee)

Friedrichshafen, 17.03.2026

##Leistungsabrechnung Nr. 2026-031-55871
Versicherungsnummer: KV 4471 0932 18   Tarif: AKomfort 100 / ASelbst 600

Versicherte Person: Katrin Lämmle, geb. 22.09.1979

Eingereichte Belege vom 09.03.2026:

Rechnungsdatum  Leistungserbringer                 Betrag     erstattet
12.02.2026      Dr. med. Vera Straub, Orthopädie    286,43    286,43
                GOÄ 1, 5, 5035 (2x), 3306
                Diagnose: M54.4 (Lumboischialgie), M51.2 (Bandscheibenverlagerung)
19.02.2026      Radiologie am Seeufer, MRT LWS      512,90    512,90
                GOÄ 5700, 5731, 5733
26.02.2026      Physiotherapie Brenner, 6x KG        186,00    148,80
                Hinweis: Erstattung nach Tarif 80 %
03.03.2026      Apotheke am Hafen: Ibuprofen 600,
                Pantoprazol 20 mg (PZN 01234567)       31,46     31,46

Summe eingereicht                                   1.016,79
abzüglich Selbstbehalt 2026 (Restbetrag)            -   150,00
Erstattungsbetrag                                     829,59 EUR

Die Erstattung erfolgt auf das Konto DE.. .. .. 4417.
Bitte beachten Sie: Durch diese Leistung entfällt für 2026 die
Beitragsrückerstattung.
""", title="Leistungsabrechnung 2026-031-55871")
    body = """Sehr geehrte Frau Lämmle,

anbei erhalten Sie unsere Abrechnung zu Ihren Belegen vom 9. März.

Bei Fragen erreichen Sie uns gern unter der unten stehenden Nummer.

Freundliche Grüße

""" + S("vogelsang") + "\n" + FOOT_KV
    return build(N(), A("vogelsang"), "Katrin Lämmle <katrin.laemmle@seepost.example>",
                 "Ihre Leistungsabrechnung", "2026-03-17 15:02", body,
                 atts=[att("Leistungsabrechnung_2026-031-55871.pdf", p)])


# ---------------------------------------------------------------- 0006
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "household contents claim of a named expat customer in Zurich: policy and claim number, stolen items, payout in CHF to his Swiss IBAN")
def _():
    ib = iban("CH", "0070011082463390")
    body = f"""Dear Mr Hargreaves,

Thank you for sending the police report from the Stadtpolizei Zürich and the
receipts. We have now completed the assessment of the burglary at your flat
at Wehntalerstrasse 288, 8046 Zürich, on 7 April 2026.

Household contents policy: HR-CH-558 210 4
Claim number:              SC-CH-2026-00931

Accepted items
  MacBook Pro 14" (purchased 2024)             CHF 2'190.00 (time value)
  Omega Seamaster watch                        CHF 3'850.00
  Cash (limit for cash in the home)            CHF 1'000.00 (claimed 1'400.00)
  Lock replacement, front door                 CHF   465.00
  ---------------------------------------------------------
  Total                                        CHF 7'505.00
  less deductible (Selbstbehalt)               CHF   200.00
  Payment                                      CHF 7'305.00

We will transfer the amount to the account you gave us,
IBAN {grp(ib)} (Zürcher Kantonalbank), within five working days.

The cash is limited to CHF 1'000 under clause B 4.2 of your general terms;
I have attached nothing further, but I am happy to send you the clause if
you wish.

Should any of the stolen items be found, please let us know.

Kind regards

{S("signer", "en")}
{FOOT_CH}"""
    return build(N(), A("signer"), "James Hargreaves <jhargreaves@lakemail.example>",
                 "Your burglary claim SC-CH-2026-00931 – settlement", "2026-04-28 11:37", body,
                 mailer="Microsoft Outlook 16.0")


# ---------------------------------------------------------------- 0007
@mail("NORMAL", "de", "newsletter",
      "trap: broker newsletter about a new Austrian dental supplement tariff (Selbstbehalt, Wartezeit, example premiums per age); no person")
def _():
    text = """Argental Maklerinfo Österreich – Ausgabe 2/2026

Neu ab 1. Juni: ZahnPlus AT

Liebe Partnerinnen und Partner,

mit ZahnPlus AT bringen wir erstmals einen Zahnzusatztarif für Kundinnen und
Kunden mit Wohnsitz in Österreich. Die wichtigsten Eckdaten:

  * 80 % Kostenersatz für Zahnersatz (Kronen, Brücken, Implantate), soweit
    die ÖGK nicht leistet
  * Mundhygiene zweimal jährlich bis EUR 90 pro Jahr
  * Selbstbehalt wahlweise EUR 0 oder EUR 150 pro Kalenderjahr
  * Wartezeit 6 Monate für Zahnersatz, keine Wartezeit bei Unfall
  * Annahme ohne Gesundheitsfragen bis 3 fehlende Zähne

Beispielprämien (Selbstbehalt EUR 150, monatlich)
  Eintrittsalter 25: EUR 14,90
  Eintrittsalter 40: EUR 21,40
  Eintrittsalter 55: EUR 32,70

Schulungstermine (online, je 45 Minuten): 12., 19. und 26. Mai, jeweils 9 Uhr.
Anmeldung im Maklerportal unter "Veranstaltungen".

Ihr Team Maklerbetreuung Österreich
Argental Versicherung Österreich AG

Sie erhalten diesen Newsletter als registrierter Vertriebspartner.
Abmelden: https://makler.at.argental.example/newsletter/abmelden"""
    html = """<html><body style="font-family:Arial,sans-serif;color:#233">
<h2 style="color:#0b5c7a">Argental Maklerinfo Österreich – Ausgabe 2/2026</h2>
<h3>Neu ab 1. Juni: ZahnPlus AT</h3>
<p>Liebe Partnerinnen und Partner,</p>
<p>mit <b>ZahnPlus AT</b> bringen wir erstmals einen Zahnzusatztarif für Kundinnen und
Kunden mit Wohnsitz in Österreich. Die wichtigsten Eckdaten:</p>
<ul>
<li>80 % Kostenersatz für Zahnersatz (Kronen, Brücken, Implantate), soweit die ÖGK nicht leistet</li>
<li>Mundhygiene zweimal jährlich bis EUR 90 pro Jahr</li>
<li>Selbstbehalt wahlweise EUR 0 oder EUR 150 pro Kalenderjahr</li>
<li>Wartezeit 6 Monate für Zahnersatz, keine Wartezeit bei Unfall</li>
<li>Annahme ohne Gesundheitsfragen bis 3 fehlende Zähne</li>
</ul>
<table border="1" cellpadding="4" cellspacing="0">
<tr><th>Eintrittsalter</th><th>Prämie monatlich (SB EUR 150)</th></tr>
<tr><td>25</td><td>EUR 14,90</td></tr>
<tr><td>40</td><td>EUR 21,40</td></tr>
<tr><td>55</td><td>EUR 32,70</td></tr>
</table>
<p>Schulungstermine (online, je 45 Minuten): 12., 19. und 26. Mai, jeweils 9 Uhr.
Anmeldung im Maklerportal unter &bdquo;Veranstaltungen&ldquo;.</p>
<p>Ihr Team Maklerbetreuung Österreich<br>Argental Versicherung Österreich AG</p>
<p style="font-size:11px;color:#777">Sie erhalten diesen Newsletter als registrierter Vertriebspartner.
<a href="https://makler.at.argental.example/newsletter/abmelden">Abmelden</a></p>
</body></html>"""
    return build(N(), "Argental Maklerinfo <maklerinfo@at.argental.example>",
                 "Vertriebspartner Österreich <partner-at@lists.at.argental.example>",
                 "Maklerinfo 2/2026: ZahnPlus AT startet am 1. Juni", "2026-04-22 07:30", text,
                 html=html, headers=[("List-Unsubscribe", "<https://makler.at.argental.example/newsletter/abmelden>")])


# ---------------------------------------------------------------- 0008
@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "medical officer's review of a named cross-border worker's occupational disability claim: diagnoses, treating doctors, degree of disability")
def _():
    body = """Ralf,

I have gone through the file of Mr Dominik Seifried (BU policy LV 8803 4412,
claim BU-2025-0388) as you asked. Sorry for writing in English – I am
copying Priya, who needs the outcome for the cross-border case study.

Background: Mr Seifried lives in Konstanz and worked until September 2025
as a scaffolder for a company in Kreuzlingen (Grenzgänger, G permit). The
Swiss side paid Krankentaggeld through his employer's collective policy
until February; the Swiss IV procedure is still open.

Medical evidence in the file
- Kantonsspital Münsterlingen, discharge letter 14.10.2025: lumbar disc
  herniation L5/S1 with radiculopathy (M51.1), microdiscectomy 09.10.2025
- Dr. med. Stefan Hug, orthopaedics, Konstanz, report 20.01.2026: persistent
  sciatica right, reduced load capacity, no lifting > 10 kg
- Reha-Klinik Überlingen, discharge report 27.02.2026: "für die zuletzt
  ausgeübte Tätigkeit als Gerüstbauer auf Dauer nicht mehr leistungsfähig"

My assessment: the 50 % threshold for his last occupation is clearly met,
more likely around 80 %. A referral to another occupation does not apply
under his tariff (no abstract referral). I see no indication of
pre-existing conditions that were not declared – the 2019 application
only mentions a knee arthroscopy, which is unrelated.

I would recommend acceptance from 01.10.2025 with a follow-up review in
24 months. The German Rentenversicherung is irrelevant for our decision.

Best,
Amelie

--
Dr. med. Amelie Fassbind
Chief Medical Officer, Argental Insurance Group"""
    return build(N(), A("fassbind"), A("gschwendtner"),
                 "BU-2025-0388 Seifried – medical assessment", "2026-03-11 17:46", body,
                 cc=A("raman"), mailer="Microsoft Outlook 16.0")


# ---------------------------------------------------------------- 0009
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "household burglary claim of a named customer: claim number, stolen items and payout to her IBAN")
def _():
    ib = iban("DE", "690516200006418732")
    body = f"""Guten Tag Frau Özdemir,

wir haben Ihre Schadenmeldung zum Einbruch in Ihre Wohnung in der
Ailinger Straße 54, Friedrichshafen, vom 23. Januar geprüft. Vielen Dank
auch für die schnelle Zusendung der Anzeigebestätigung der Polizei.

Wir ersetzen Ihnen:

  Fernseher Samsung 55" (Neuwert lt. Rechnung)     899,00 EUR
  Schmuck (Goldkette, zwei Ringe; Gutachten)      1.640,00 EUR
  Reparatur Balkontür (Rechnung Glaserei Wäschle)   512,17 EUR
  -------------------------------------------------------------
  Gesamt                                          3.051,17 EUR

Der Betrag geht in den nächsten Tagen auf Ihr Konto
{grp(ib)} bei der Sparkasse Bodensee.

Schadennummer: HR-2026-004471
Vertrag: Hausrat Plus, Nr. 30-771 2290

Sollte die Polizei Gegenstände wiederfinden, melden Sie sich bitte bei mir.

Mit freundlichen Grüßen

{S("kurz")}
{FOOT_DE}"""
    return build(N(), A("kurz"), "Elif Özdemir <elif.oezdemir@bodenseenet.example>",
                 "Einbruchschaden HR-2026-004471 – Abrechnung", "2026-02-18 13:09", body,
                 charset="iso-8859-1")


# ---------------------------------------------------------------- 0010
@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: purchase order for first-aid kits, AED and eye-wash stations for the Bregenz office; supplier GmbH, no person concerned")
def _():
    p = pdf("""##Argental Versicherung Österreich AG - Einkauf
Römerstraße 21, 6900 Bregenz

An: Medisafe Betriebsbedarf GmbH, Gewerbepark 3, 6850 Dornbirn

##Bestellung Nr. BE-AT-2026-0144          Datum: 03.03.2026

Pos  Art.-Nr.    Bezeichnung                                   Menge  EP EUR   GP EUR
1    MS-1001     Betriebsverbandkasten ÖNORM Z 1020 Typ 2         6      58,90   353,40
2    MS-2210     Defibrillator (AED) halbautomatisch, inkl.      1   1.290,00 1.290,00
                 Wandhalterung und Hinweisschild
3    MS-2211     Ersatz-Elektrodenpads Erwachsene                 2      64,00   128,00
4    MS-3050     Augenspülstation 2 x 500 ml                      2      39,50    79,00
5    MS-4100     Einmalhandschuhe Nitril Gr. L (100 Stk.)        10       7,20    72,00

                                               Summe netto            1.922,40
                                               USt. 20 %                384,48
                                               Gesamt               2.306,88 EUR

Lieferadresse: Empfang EG, Römerstraße 21, 6900 Bregenz
Liefertermin: KW 12
Zahlungsziel: 30 Tage netto
Besteller: Yusuf Demir, Einkauf Gruppe (i. A. Standort Bregenz)
""", title="Bestellung BE-AT-2026-0144")
    body = """Sehr geehrte Damen und Herren,

anbei unsere Bestellung für den Standort Bregenz. Nach der
Arbeitsplatzevaluierung braucht das Haus einen zweiten Defi im 3. OG und
neue Verbandkästen in allen Teeküchen.

Bitte bestätigen Sie den Liefertermin KW 12 und schicken Sie die Rechnung
an rechnungseingang@at.argental.example. Für die Einschulung der
Ersthelfer am Defi hätten wir gern einen Termin im April.

Danke und viele Grüße

""" + S("demir")
    return build(N(), A("demir"), "Medisafe Auftragsannahme <auftrag@medisafe-betriebsbedarf.example>",
                 "Bestellung BE-AT-2026-0144 – Verbandkästen und AED Standort Bregenz",
                 "2026-03-03 10:02", body, atts=[att("Bestellung_BE-AT-2026-0144.pdf", p)])


# ---------------------------------------------------------------- 0011
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-hospital",
      "cost coverage for a named German PKV insured treated in a Swiss Spital: birth date, diagnosis, planned surgery, ward class")
def _():
    body = """Sehr geehrte Damen und Herren

Guten Tag Frau Egger

Betreff: Kostengutsprache / Kostenübernahmeerklärung
Patient: Herr Manfred Bilgeri, geb. 04.06.1958
wohnhaft Bahnhofstraße 19, 88239 Wangen im Allgäu
Versicherungsnummer: KV 4410 2277 03 (Argental Krankenversicherung AG, Deutschland)

Ihre Anfrage vom 24. Juni haben wir erhalten. Herr Bilgeri ist bei uns
privat vollversichert (Tarif AKomfort 100, Zweibettzimmer, Chefarzt).

Wir übernehmen die Kosten für die geplante stationäre Behandlung in Ihrem
Spital vom 6. Juli 2026 an:
- Diagnose laut Zuweisung: Koxarthrose rechts (M16.1)
- Eingriff: Hüft-Totalendoprothese rechts
- Aufenthalt voraussichtlich 6 Tage, halbprivate Abteilung

Die Abrechnung erfolgt bitte direkt mit uns, Rechnungsbeträge in CHF
werden zum Tageskurs der Rechnungsstellung in EUR beglichen. Die
Kostengutsprache gilt bis zu einem Betrag von CHF 28'000.00; bei
Komplikationen bitten wir um kurze Nachricht.

Für die Nachbehandlung in Deutschland ist Herr Bilgeri selbst zuständig;
die Reha ist nicht Teil dieser Zusage.

Mit freundlichen Grüssen aus Friedrichshafen

""" + S("vogelsang") + "\n" + FOOT_KV
    return build(N(), A("vogelsang"),
                 "Patientenadministration Spital Säntisblick <patientenadmin@spital-saentisblick.example>",
                 "Kostengutsprache Bilgeri Manfred, geb. 04.06.1958 – Eintritt 06.07.2026",
                 "2026-06-26 09:27", body, mailer="Microsoft Outlook 16.0")


# ---------------------------------------------------------------- 0012
@mail("NORMAL", "en", "insurer-to-partner",
      "trap: aggregated disability incidence per ICD chapter and country for the reinsurer; counts only, no person")
def _():
    rows = [["ICD-10 chapter", "Description", "DE claims", "AT claims", "CH claims", "Share of total"],
            ["F00-F99", "Mental and behavioural disorders", 214, 38, 41, "33.9 %"],
            ["M00-M99", "Musculoskeletal system", 161, 29, 33, "25.8 %"],
            ["C00-D48", "Neoplasms", 97, 15, 19, "15.2 %"],
            ["I00-I99", "Circulatory system", 52, 9, 8, "8.0 %"],
            ["G00-G99", "Nervous system", 41, 6, 7, "6.2 %"],
            ["S00-T98", "Injuries (accident)", 33, 11, 6, "5.8 %"],
            ["other", "all remaining chapters merged", 37, 4, 3, "5.1 %"],
            ["Total", "", 635, 112, 117, "100.0 %"]]
    x = xlsx([("Incidence 2021-2025", rows),
              ("Notes", [["New disability claims accepted 2021-2025, all tariffs, by main diagnosis at acceptance."],
                         ["Chapters with fewer than 5 claims in any country are merged into 'other'."],
                         ["Exposure (insured years) in sheet 'Incidence' of the treaty file sent 2026-02-03."]])],
             title="BU incidence by ICD chapter 2021-2025", author="Philipp Thalmann")
    body = """Dear Annika,

as promised in our call on Tuesday, please find attached the split of new
disability claims 2021-2025 by ICD-10 chapter for Germany, Austria and
Switzerland. Philipp produced it from the same extract as the treaty
statistics, so the totals should reconcile with the bordereaux.

Two remarks:
- Mental disorders are now the largest single chapter in all three
  countries, but the Swiss share is lower than we expected; part of it
  may be the different waiting periods in the Swiss tariffs.
- We merged all chapters with fewer than five claims in a country into
  "other", so nothing can be traced back to individual files.

Happy to walk your pricing team through the figures before the renewal
meeting on 12 March.

Best regards,
Nora

""" + S("lindqvist", "en") + "\n" + FOOT_EN
    return build(N(), A("lindqvist"), "Annika Moberg <annika.moberg@kestrel-re.example>",
                 "Disability incidence by ICD chapter DE/AT/CH 2021-2025", "2026-02-26 16:05", body,
                 cc=A("thalmann"),
                 atts=[att("Argental_BU_incidence_ICD_chapter_2021-2025.xlsx", x)])


# ---------------------------------------------------------------- 0013
@mail("CONFIDENTIAL", "de", "customer",
      "customer's own mail forwarded internally: new IBAN and SEPA mandate for her buildings insurance, policy number, address")
def _():
    old = iban("DE", "600501010002844119")
    new = iban("DE", "430609670012448810")
    body = f"""Hallo Miriam,

kannst du das bitte in den Vertrag übernehmen? Kam ans Sammelpostfach,
Kundin hat auch schon telefonisch nachgefragt. Das SEPA-Mandat hängt nicht
dran, sie hat es aber im Text ausdrücklich erteilt – reicht das bei uns
oder brauchen wir das Formular?

Danke!
Sabine

-----Ursprüngliche Nachricht-----
Von: Gudrun Baader <g.baader@posteo-see.example>
Gesendet: Montag, 9. März 2026 19:44
An: service@argental.example
Betreff: Kontoänderung Wohngebäudeversicherung

Sehr geehrte Damen und Herren,

wir haben unser Girokonto zur GLS Bank gewechselt. Bitte buchen Sie die
Beiträge für unsere Wohngebäudeversicherung (Vertrag WG 20-118 4470,
Haus Am Riedweg 3, 88677 Markdorf) ab dem nächsten Fälligkeitstermin
von dem neuen Konto ab:

Kontoinhaber: Gudrun und Herbert Baader
IBAN: {new}
BIC: GENODEM1GLS

Das alte Konto {grp(old)} wird zum 31.3. aufgelöst.
Hiermit erteile ich Ihnen das SEPA-Lastschriftmandat für das neue Konto.

Mit freundlichen Grüßen
Gudrun Baader
"""
    return build(N(), A("kurz"), A("aydin"), "WG: Kontoänderung Wohngebäudeversicherung",
                 "2026-03-10 08:31", body, mailer="Microsoft Outlook 16.0")


# ---------------------------------------------------------------- 0014
@mail("NORMAL", "de", "internal",
      "trap: minutes of the data-protection jour fixe on e-card lookups, Swiss health documents and portal logging; processes only, no person's data")
def _():
    d = docx([("h", "Protokoll Datenschutz-Jour-fixe Gruppe, 3. Februar 2026"),
              "Teilnehmende: Dr. Carola Wendt (Leitung), Fiona Kellerman, Mag. Theresa Pichler (per Video, Bregenz), "
              "Reto Baumann (per Video, St. Gallen), David Okafor, Tobias Reischl (Protokoll)",
              ("h", "TOP 1 – Abfrage e-card-Status in Österreich"),
              "Der Leistungsservice AT möchte bei Spitalsrechnungen prüfen, ob eine Sonderklasse-Behandlung bereits über die "
              "e-card abgerechnet wurde. Ergebnis: Es gibt keine automatisierte Abfrage; Rückfragen laufen weiter schriftlich "
              "über das Spital. Eine Schnittstelle zum Dachverband ist nicht geplant.",
              ("h", "TOP 2 – Gesundheitsdokumente aus der Schweiz"),
              "Spitalberichte aus CH enthalten oft die AHV-Nummer. Die Scan-Strecke soll sie künftig nicht als Suchfeld "
              "indexieren. Verantwortlich: T. Reischl, bis 31.3.",
              ("h", "TOP 3 – Protokollierung im Portal"),
              "Aufbewahrung der Zugriffsprotokolle 6 Jahre (§ 257 HGB); für AT und CH prüft der Rechtsdienst, ob die "
              "nationalen Fristen (7 bzw. 10 Jahre) abweichen. Verantwortlich: R. Baumann.",
              ("h", "TOP 4 – Schulung Schweigepflicht"),
              "Pflichtschulung § 203 StGB / Berufsgeheimnis für alle Leistungsbereiche im zweiten Quartal; Quote Ende 2025: 91 %.",
              ("table", [["Nr.", "Aufgabe", "Wer", "Bis"],
                         ["1", "AHV-Nummer aus Volltextindex entfernen", "Reischl", "31.03.2026"],
                         ["2", "Aufbewahrungsfristen AT/CH prüfen", "Baumann", "30.04.2026"],
                         ["3", "Schulungstermine Q2 festlegen", "Kellerman", "28.02.2026"]]),
              "Nächster Termin: 3. März 2026, 10:00 Uhr, Raum Säntis / Teams."],
             title="Protokoll DS-Jour-fixe 2026-02-03", author="Tobias Reischl")
    body = """Hallo zusammen,

anbei das Protokoll vom Dienstag. Änderungswünsche bitte bis Freitag an
mich, danach lege ich es in den DS-Teamordner.

Danke und Gruß
Tobias

--
""" + S("reischl")
    return build(N(), A("reischl"),
                 f"{A('wendt')}, {A('kellerman')}, {A('pichler')}, {A('baumann')}, {A('okafor')}",
                 "Protokoll DS-Jour-fixe 03.02.2026", "2026-02-05 11:48", body,
                 atts=[att("Protokoll_DS-Jour-fixe_2026-02-03.docx", d)])


# ---------------------------------------------------------------- 0015
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "Swiss daily sickness benefit for a named insured: 100 % Arbeitsunfähigkeit, doctor's certificate, AHV number, waiting period and daily benefit in Franken")
def _():
    a = ahv("481203357")
    body = f"""Grüezi Frau Schwendener

Besten Dank für die Krankmeldung, die uns Ihr Arbeitgeber, die Schreinerei
Tobler AG in Gossau, am 2. März zugestellt hat, sowie für das
Arztzeugnis von Dr. med. Simone Käppeli.

Gestützt auf das Zeugnis sind Sie seit dem 16. Februar 2026 zu 100 %
arbeitsunfähig. Die vertragliche Wartefrist von 30 Tagen endet am
17. März 2026; ab dem 18. März 2026 richten wir Ihnen das Krankentaggeld
aus:

  versicherter Jahreslohn        CHF 68'900.00
  Taggeld 80 %                   CHF    151.00 pro Tag
  Auszahlung                     monatlich an den Arbeitgeber

Versicherte Person: Andrea Schwendener, AHV-Nr. {a}
Kollektivvertrag: KTG-CH 22-0418 (Schreinerei Tobler AG)
Fallnummer: KT-2026-01173

Bitte lassen Sie uns die Folgezeugnisse jeweils am Monatsende zukommen.
Wenn die Arbeitsunfähigkeit länger als drei Monate dauert, kontaktiert Sie
unsere Case Managerin, Frau Lorenz, für ein Gespräch zur Wiedereingliederung.

Freundliche Grüsse

{S("zuercher")}
{FOOT_CH}"""
    return build(N(), A("zuercher"), "Andrea Schwendener <andrea.schwendener@bluemail-ch.example>",
                 "Krankentaggeld – Fall KT-2026-01173", "2026-03-12 14:16", body,
                 cc="Personalbüro Tobler <personal@tobler-schreinerei.example>")


# ---------------------------------------------------------------- 0016
@mail("NORMAL", "de", "insurer-to-customer",
      "trap: prospect asks about health cover as a Grenzgänger; answer gives only generic product and legal information, no contract or health data")
def _():
    body = """Guten Tag Herr Kessler,

vielen Dank für Ihr Interesse. Gern beantworte ich Ihre allgemeinen
Fragen zur Krankenversicherung als Grenzgänger zwischen Deutschland und
der Schweiz.

1. Wer in Deutschland wohnt und in der Schweiz arbeitet, muss innerhalb von
   drei Monaten nach Arbeitsbeginn entscheiden, ob er sich in der Schweiz
   (KVG) oder in Deutschland versichert (Optionsrecht). Die Entscheidung
   ist grundsätzlich endgültig.
2. Wer das Optionsrecht zugunsten Deutschlands ausübt, kann sich – je nach
   Einkommen – gesetzlich oder privat versichern. Unser Tarif "Grenzgänger
   Komfort" deckt ambulante und stationäre Behandlung in beiden Ländern ab.
3. Eine Zusatzversicherung für Zahnbehandlung und Spital (Halbprivat)
   können Sie in beiden Fällen bei uns abschließen.

Die Beiträge hängen vom Alter bei Versicherungsbeginn und vom gewählten
Selbstbehalt ab; ein unverbindliches Angebot erstelle ich Ihnen gern, wenn
Sie mir Ihr Geburtsjahr und den gewünschten Beginn nennen. Die Broschüre
"Gut versichert als Grenzgänger" finden Sie unter
https://www.argental.example/grenzgaenger.

Für die Entscheidung beim Optionsrecht empfehle ich Ihnen zusätzlich ein
Gespräch mit Ihrem künftigen Arbeitgeber bzw. der kantonalen Stelle.

Freundliche Grüße

""" + S("aydin") + "\n" + FOOT_DE
    return build(N(), A("aydin"), "Timo Kessler <timo.kessler@mailbox-bw.example>",
                 "AW: Frage Krankenversicherung Grenzgänger Schweiz", "2026-01-19 10:12", body,
                 in_reply_to="<5c1a9e20-33b1-4d2e-9b55-0f6e8e2b1c44@mailbox-bw.example>",
                 flowed=True, cte="8bit", mailer="Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0")


# ---------------------------------------------------------------- 0017
@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "harmless body; the XLSX lists a named customer's motor, liability and household contracts with policy numbers, plates, premiums and birth date")
def _():
    x = xlsx([("Bestand", [
        ["Kunde", "Geb.-Datum", "Sparte", "Vertragsnummer", "Risiko", "Jahresbeitrag EUR", "Zahlweise", "Hauptfälligkeit"],
        ["Wolfgang Reutter", "11.08.1966", "Kfz-Haftpflicht + VK", "KF 60-3318 204", "RV-WR 812, BMW 320d Touring", 912.40, "jährlich", "01.01."],
        ["Wolfgang Reutter", "11.08.1966", "Privathaftpflicht", "PH 40-1172 559", "Familie, SB 150", 118.90, "jährlich", "01.04."],
        ["Wolfgang Reutter", "11.08.1966", "Hausrat", "HR 30-0981 117", "Weingarten, Kreuzbergstr. 14, 96 m²", 164.20, "jährlich", "01.04."],
        ["Wolfgang Reutter", "11.08.1966", "Rechtsschutz", "RS 50-2230 098", "Privat/Beruf/Verkehr, SB 250", 342.00, "monatlich", "01.10."],
        ["", "", "", "", "Summe", 1537.50, "", ""]])],
        title="Bestandsübersicht Reutter", author="Jana Pfeffer")
    body = """Hallo Herr Rapp,

wie am Telefon besprochen die Übersicht für Ihren Termin am Donnerstag.
Die Vertragsdaten im Maklerportal sind identisch, die Liste ist nur
handlicher zum Ausdrucken.

Schöne Grüße nach Ravensburg
Jana Pfeffer

--
""" + S("pfeffer")
    return build(N(), A("pfeffer"), "Jochen Rapp <j.rapp@maklerhaus-bodensee.example>",
                 "Unterlagen für Donnerstag", "2026-05-12 16:40", body,
                 atts=[att("Bestand_Reutter_2026-05.xlsx", x)])


# ---------------------------------------------------------------- 0018
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
      "request to the treating doctor for a report on a named BU claimant with birth date, diagnosis and consent reference")
def _():
    body = """Sehr geehrte Frau Dr. Fehr,

Ihre Patientin, Frau Nadine Wäldele, geb. 27.02.1984, Bodenseestraße 112,
88131 Lindau, hat bei uns Leistungen aus ihrer
Berufsunfähigkeitsversicherung beantragt (Leistungsfall BU-2026-0071).
Als Ursache gibt sie eine rheumatoide Arthritis an, die seit 2024 bei Ihnen
behandelt wird, und eine seit Herbst 2025 zunehmende Bewegungseinschränkung
beider Hände.

Eine Schweigepflichtentbindung von Frau Wäldele für Sie liegt uns vor
(unterschrieben am 14.01.2026, Kopie anbei per Post).

Wir bitten Sie um einen ärztlichen Befundbericht, insbesondere zu
- Diagnosen mit Erstdiagnosedatum,
- bisheriger Therapie (Basistherapie, Biologika) und deren Verlauf,
- aktuellen Funktionseinschränkungen im Hinblick auf ihre Tätigkeit als
  Zahntechnikerin (Feinmotorik, Belastbarkeit),
- Prognose.

Für den Bericht vergüten wir Ihnen 60,00 EUR nach Rechnung (GOÄ Nr. 80
analog). Ein Formular ist nicht notwendig, formlos genügt.

Für Rückfragen stehe ich Ihnen gern zur Verfügung.

Mit freundlichen Grüßen

""" + S("gschwendtner") + "\n" + FOOT_LV
    return build(N(), A("gschwendtner"), "Praxis Dr. med. Ursula Fehr <praxis@dr-fehr-lindau.example>",
                 "Befundbericht für Ihre Patientin Frau Wäldele (geb. 27.02.1984)", "2026-01-21 11:05", body,
                 mailer="Microsoft Outlook 16.0")


# ---------------------------------------------------------------- 0019
@mail("NORMAL", "de", "internal",
      "trap: HTML job advert for a nurse as case manager (Krankenpflege, Reha, Pflegegrade); no person's data")
def _():
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Segoe UI,Arial,sans-serif">
<p>Liebe Kolleginnen und Kollegen,</p>
<p>bitte teilt die folgende Stelle gern in eurem Netzwerk – Empfehlungsprämie wie immer 1.500 EUR brutto.</p>
<hr>
<h2>Pflegefachkraft (m/w/d) als Case Managerin / Case Manager Kranken &amp; Pflege</h2>
<p><b>Standort:</b> Friedrichshafen oder Bregenz, 80–100 %, unbefristet</p>
<h3>Deine Aufgaben</h3>
<ul>
<li>Du begleitest schwer erkrankte Versicherte nach Spital- und Klinikaufenthalten und organisierst Reha, Hilfsmittel und häusliche Pflege.</li>
<li>Du berätst Angehörige zu Pflegegraden, Pflegetagegeld und Entlastungsangeboten.</li>
<li>Du arbeitest eng mit unserer Gesellschaftsärztin und dem Leistungsservice in Deutschland und Österreich zusammen.</li>
</ul>
<h3>Das bringst du mit</h3>
<ul>
<li>Abgeschlossene Ausbildung in der Gesundheits- und Krankenpflege (DE) bzw. DGKP (AT)</li>
<li>Mehrjährige Erfahrung, gern in Intensivpflege, Onkologie oder Neurologie</li>
<li>Freude am Telefonieren und an strukturierter Arbeit</li>
</ul>
<table border="1" cellpadding="5" cellspacing="0">
<tr><th>Wir bieten</th><th></th></tr>
<tr><td>Arbeitszeit</td><td>38,5 Std./Woche, Gleitzeit, 2 Tage mobiles Arbeiten</td></tr>
<tr><td>Gehalt</td><td>Tarifvertrag private Versicherungswirtschaft, Gruppe 6</td></tr>
<tr><td>Extras</td><td>JobRad, bKV, Kantine mit Seeblick</td></tr>
</table>
<p>Bewerbungen bis 15. März über <a href="https://karriere.argental.example/job/2026-017">karriere.argental.example</a>.</p>
<p>Viele Grüße<br>Lea Brandstätter<br>Personal / HR Services</p>
</body></html>"""
    return build(N(), A("brandstaetter"), "Alle Mitarbeitenden <alle@argental.example>",
                 "Stellenausschreibung: Pflegefachkraft Case Management – Empfehlungen willkommen",
                 "2026-02-16 08:05", None, html=html, html_only=True)


# ---------------------------------------------------------------- 0020
@mail("CONFIDENTIAL", "en", "internal",
      "HR mail about a named employee's transfer from Bregenz to St. Gallen: salary in EUR and CHF, birth date, AHV number, Swiss bank account")
def _():
    a = ahv("592018847")
    ib = iban("CH", "0900000087412365")
    body = f"""Hi Fiona,

as discussed, here are the details for Marco's move to St. Gallen so that
compliance can sign off the intra-group secondment before 1 May.

Employee:        Marco Feuerstein, born 19.11.1990
Current entity:  Argental Versicherung Österreich AG, Bregenz
New entity:      Argental Schweiz AG, St. Gallen (local contract from 01.05.2026)
Position:        Senior Underwriter Commercial Property

Salary Austria 2026:   EUR 71,400 gross p.a. (14 payments)
Salary Switzerland:    CHF 112,000 gross p.a. (13 payments) + CHF 6,000 relocation allowance
AHV number (assigned by SVA St. Gallen): {a}
Salary account:        {ib} (PostFinance)

He keeps his residence in Lustenau for the first six months, so he will be
a cross-border commuter (G permit) until he moves. Payroll needs to apply
the withholding tax (Quellensteuer) tariff for cross-border commuters from
Austria; I have already informed our Swiss payroll provider.

Could you please check the double-taxation question (days worked in
Austria) before we send him the contract?

Thanks,
Lea

--
Lea Brandstätter
HR Services
Phone +49 7541 3090-140"""
    return build(N(), A("brandstaetter"), A("kellerman"),
                 "Secondment/transfer M. Feuerstein Bregenz -> St. Gallen", "2026-04-02 09:50", body,
                 cc="HR Switzerland <hr@ch.argental.example>", mailer="Microsoft Outlook 16.0")


# ---------------------------------------------------------------- 0021
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "short reply about her daily sickness allowance; the quoted customer mail names her depression (F32.1), sick leave, medication and day clinic")
def _():
    body = """Liebe Frau Hummel,

danke für Ihre offene Nachricht. Sie müssen sich keine Sorgen machen: Sie
haben alles richtig gemacht. Bitte laden Sie die Bescheinigungen einfach
im Kundenportal unter "Leistung einreichen" hoch, dann bekommen Sie das
Krankentagegeld ab dem 43. Tag automatisch. Einen Antrag brauchen wir
nicht.

Ich wünsche Ihnen alles Gute.

Herzliche Grüße
Henrike Vogelsang
Leistungsabteilung Krankenversicherung
Tel. +49 7541 3090-412

Am 04.05.2026 um 21:17 schrieb Melanie Hummel:
> Sehr geehrte Damen und Herren,
>
> ich bin seit dem 23. März wegen einer mittelgradigen depressiven Episode
> krankgeschrieben (meine Hausärztin hat F32.1 auf die AU geschrieben) und
> nehme seit April Sertralin. Ab Juni soll ich eine Tagesklinik in
> Weissenau besuchen. Mein Arbeitgeber zahlt nur bis 3. Mai.
>
> Muss ich Ihnen das extra melden oder bekomme ich das Krankentagegeld
> automatisch? Meine Versicherungsnummer ist KV 4402 7719 55.
>
> Vielen Dank
> Melanie Hummel
> Tettnang
"""
    return build(N(), A("vogelsang"), "Melanie Hummel <mel.hummel@seepost.example>",
                 "Re: Krankentagegeld – was muss ich tun?", "2026-05-05 09:34", body,
                 in_reply_to="<7a0e2f1c-hummel-0405@seepost.example>", flowed=True, cte="8bit",
                 mailer="Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Thunderbird/128.5.2")


# ---------------------------------------------------------------- 0022
@mail("NORMAL", "en", "newsletter",
      "trap: group staff newsletter on cross-border workers (sickness benefits, withholding tax, home office rules); general information only")
def _():
    body = """ARGENTAL GROUP BULLETIN – March 2026
Three countries, one lake

1) Working across the border: what changes in 2026
About one in five of us commutes across a border every day – from Lindau
to Bregenz, from Lustenau to St. Gallen, from Konstanz to Kreuzlingen.
Three things are new this year:

  * Home office: the EU/Swiss framework agreement now lets cross-border
    workers work up to 49.9 % from home without changing the country of
    social security. Please agree the days with your team lead and HR.
  * Withholding tax: Swiss payroll applies the new tariff tables from
    January. Colleagues living in Germany receive the annual certificate
    in February, as before.
  * Sick notes: if you live in one country and work in another, send your
    sick note to the HR team of your employing entity, not to your place of
    residence. The Krankenstandsmeldung in Austria still goes through the
    ÖGK; our HR in Bregenz receives only the confirmation of the dates.

2) Product corner: "Grenzgänger Komfort" passes 4,000 customers
The health tariff for cross-border commuters launched in 2024 has reached
4,000 insured persons. Our Swiss colleagues report that most new customers
come through employers in Thurgau and St. Gallen.

3) People
Welcome to the 23 new colleagues who started in Q1 – the next onboarding
boat trip to Meersburg is on 14 May.

4) Dates
  07 Apr  Town hall with the Management Board (Friedrichshafen + Teams)
  21 Apr  Blood donation day, Bregenz canteen
  14 May  Onboarding boat trip

Corporate Communications · bulletin@argental.example"""
    return build(N(), "Argental Group Bulletin <bulletin@argental.example>",
                 "All staff DE/AT/CH <all-staff@argental.example>",
                 "Group Bulletin March 2026: working across the border", "2026-03-02 07:00", body,
                 cte="7bit" if all(ord(c) < 128 for c in body) else "quoted-printable")


# ---------------------------------------------------------------- 0023
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "legal expenses cover confirmation for a named customer's tenancy dispute: policy and claim number, landlord, rent amounts")
def _():
    body = """Sehr geehrter Herr Dreher,

für die Auseinandersetzung mit Ihrem Vermieter, der Seeblick
Wohnbau GmbH, wegen der Nebenkostenabrechnung 2024 und der angekündigten
Mieterhöhung von 780 EUR auf 905 EUR monatlich erteilen wir Ihnen
Deckungsschutz aus Ihrer Rechtsschutzversicherung (Vertrag RS 50-3317 612,
Baustein Wohnungs- und Grundstücks-Rechtsschutz).

Schadennummer: RS-2026-02288
Versicherte Wohnung: Paulinenstraße 31, 88046 Friedrichshafen
Selbstbeteiligung: 150 EUR

Die Zusage umfasst die außergerichtliche Tätigkeit eines Rechtsanwalts und,
sofern erforderlich, das Verfahren in erster Instanz vor dem Amtsgericht
Tettnang. Ihren Anwalt können Sie frei wählen; gern nennen wir Ihnen auch
eine Kanzlei aus unserem Partnernetz.

Bitte leiten Sie diese Deckungszusage an Ihren Anwalt weiter. Die
Kostennote kann er direkt an uns richten.

Mit freundlichen Grüßen

""" + S("obermaier") + "\n" + FOOT_DE
    return build(N(), A("obermaier"), "Stefan Dreher <stefan.dreher@fnmail.example>",
                 "Deckungszusage Rechtsschutz – RS-2026-02288", "2026-02-09 15:25", body,
                 charset="windows-1252")


# ---------------------------------------------------------------- 0024
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "travel health and repatriation after a named customer's ski accident in Austria: injuries, hospital, surgery, medical transport")
def _():
    body = """Dear Mrs Whitlock,

I am very sorry to hear about your husband's accident in Lech. Thank you
for calling our assistance line last night; this mail confirms what we
agreed on the phone.

Travel policy:   TR-UK-7730 118 (Argental Travel Protect, family)
Case number:     AS-2026-00652
Patient:         Mr Graham Whitlock, born 2 March 1961

Medical situation (as reported by Dr. Moosbrugger, Sanatorium Lech):
fracture of the left tibial plateau and a torn knee ligament after a fall
on the Madloch run on 17 February. He was operated on yesterday evening
and is stable. The treating surgeon recommends not flying for at least
ten days because of the thrombosis risk.

What we have arranged:
  - direct payment guarantee to the sanatorium (private ward) – you will
    not need to pay anything on discharge;
  - repatriation by ground ambulance with a nurse from Lech to
    Friedrichshafen airport and an air ambulance flight to Bristol,
    provisionally on 28 February;
  - extension of your hotel stay in Lech until the 28th (up to EUR 150 per
    night) and your return flight.

Our medical team will speak to the surgeon again on Monday. Please keep
all receipts for taxis and phone calls; we will reimburse them.

Kind regards,

""" + S("whitfield", "en") + "\n" + FOOT_EN
    return build(N(), A("whitfield"), "Helen Whitlock <helen.whitlock@hillside-mail.example>",
                 "Your assistance case AS-2026-00652 – Mr Whitlock", "2026-02-19 08:12", body,
                 cc="Assistance 24h <assistance@argental.example>")


# ---------------------------------------------------------------- 0025
@mail("NORMAL", "de", "insurer-to-partner",
      "trap: comment to the insurers' association on care-level statistics and waiting times for assessments; aggregate figures only")
def _():
    body = """Sehr geehrter Herr Dr. Vollmer,

zu Ihrer Umfrage vom 12. Januar zur Begutachtungsdauer in der privaten
Pflegepflichtversicherung geben wir folgende Rückmeldung für 2025:

                                       2024      2025
  Anträge auf Pflegegrad gesamt        1.412     1.538
  davon Erstanträge                      903       981
  durchschnittliche Dauer bis
  Bescheid (Kalendertage)                 31        38
  Anteil Begutachtung per Telefon       22 %      14 %
  Verteilung Pflegegrad 1 / 2 / 3       24 / 41 / 21 %
  Pflegegrad 4 und 5 zusammen            14 %

Die längere Dauer erklärt sich im Wesentlichen aus dem Gutachtermangel im
ländlichen Raum (Landkreise Ravensburg und Sigmaringen) und dem Rückgang
telefonischer Begutachtungen. Wir halten eine Rückkehr zur befristeten
Telefonbegutachtung bei Höherstufungsanträgen für sinnvoll und würden eine
entsprechende Stellungnahme des Verbands unterstützen.

Für Rückfragen stehe ich gern zur Verfügung.

Mit freundlichen Grüßen

Philipp Thalmann
Aktuariat Gruppe
Argental Krankenversicherung AG
Tel. +49 7541 3090-160
""" + FOOT_KV
    return build(N(), A("thalmann"), "Dr. Felix Vollmer <f.vollmer@pkv-fachverband.example>",
                 "Umfrage Begutachtungsdauer PPV 2025 – Rückmeldung Argental", "2026-01-28 13:44", body)


# ---------------------------------------------------------------- 0026
@mail("CONFIDENTIAL", "de", "insurer-to-lawyer",
      "legal expenses case of a named cross-border worker's dismissal by a Swiss employer: claim number, salary in CHF, employment data; no health")
def _():
    body = """Sehr geehrter Herr Kollege Sander,

in der Arbeitsrechtssache Ihres Mandanten, Herrn Jannik Wohlfahrt,
Konstanz, gegen die Pneutech Kreuzlingen AG bestätigen wir den
Deckungsschutz aus dem Vertrag RS 50-4471 200 (Privat-, Berufs- und
Verkehrs-Rechtsschutz, Geltungsbereich Europa). Schadennummer:
RS-2026-03152.

Zum Sachverhalt laut Ihrem Schreiben vom 30. März:
- Anstellung als Logistikleiter seit 01.09.2019, Grenzgänger (G-Bewilligung)
- Bruttolohn CHF 8'450.00 x 13, zuletzt Bonus CHF 12'000.00
- Kündigung am 24.03.2026 per 30.06.2026, nach Angaben des Mandanten
  wegen seiner Kritik an der Arbeitszeiterfassung
- streitig: Bonus 2025, Überstunden (ca. 210 Std.), Arbeitszeugnis

Da Arbeitsort und Gerichtsstand in der Schweiz liegen, übernehmen wir die
Kosten eines in der Schweiz zugelassenen Rechtsanwalts bzw. Ihre
Korrespondenzanwaltsgebühren nach RVG, nicht jedoch beides. Für die
Schlichtungsbehörde in Weinfelden rechnen wir mit einem Streitwert von
rund CHF 60'000.00. Bitte stimmen Sie das weitere Vorgehen vor einer
Klageeinreichung mit uns ab.

Mit freundlichen kollegialen Grüßen

Klaus Obermaier
Rechtsschutz-Schaden
Tel. +49 7541 3090-291
""" + FOOT_DE
    return build(N(), A("obermaier"), "RA Dr. Wiebke Sander <sander@kanzlei-sander-rv.example>",
                 "Ihr Mandant Wohlfahrt ./. Pneutech Kreuzlingen AG – RS-2026-03152",
                 "2026-04-07 10:03", body, mailer="Microsoft Outlook 16.0")


# ---------------------------------------------------------------- 0027
@mail("NORMAL", "en", "internal",
      "trap: minutes of the claims analytics meeting on Swiss hospital tariff inflation and cost per case; aggregates and tariffs, no patient")
def _():
    body = """Minutes – Group Claims Analytics, monthly review
Date: 14 April 2026, 14:00-15:10, Teams
Present: Priya Raman (chair), Philipp Thalmann, Corinne Zürcher,
Henrike Vogelsang, Mag. Theresa Pichler
Minutes: Priya

1. Swiss hospital costs (supplementary insurance, semi-private/private)
   - Average invoice per inpatient case rose from CHF 9,870 (2024) to
     CHF 10,640 (2025), +7.8 %. Main driver: the new private-ward
     surcharges agreed by two cantonal hospitals in eastern Switzerland.
   - Orthopaedics (hip/knee) remains the largest cost block (31 % of
     inpatient benefits); cardiology second (14 %).
   - Corinne: the transparency requirements for supplementary insurance
     invoices mean we can now see the split between basic and additional
     services. Request to IT for a new field in the claims warehouse.

2. Austria – Sonderklasse
   - Theresa: the number of Sonderklasse cases per 1,000 insured is
     stable (41.2 vs 40.8). Average length of stay down from 4.9 to 4.6 days.

3. Germany – PKV outpatient
   - Henrike: GOÄ reform still pending; we keep the current plausibility
     rules. The share of invoices above 3.5x factor is 1.9 %.

4. Actions
   - Priya: cost-per-case dashboard CH by hospital group (not by patient)
     until 15 May.
   - Philipp: feed the Swiss inflation assumption into the 2027 premium
     review.

Next meeting: 12 May 2026."""
    return build(N(), A("raman"),
                 f"{A('thalmann')}, {A('zuercher')}, {A('vogelsang')}, {A('pichler')}",
                 "Minutes Claims Analytics 14 April – hospital cost inflation CH", "2026-04-15 08:26", body)


# ---------------------------------------------------------------- 0028
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "life insurance of a named customer: change of beneficiary after divorce, policy number, sums insured; personal line")
def _():
    body = """Sehr geehrter Herr Grabherr,

Ihr Schreiben vom 2. Juni mit der Änderung des Bezugsrechts haben wir
erhalten und umgesetzt.

Kapitallebensversicherung Nr. LV 7012 3365 09
Versicherte Person und Versicherungsnehmer: Anton Grabherr
Versicherungssumme: 85.000 EUR zzgl. Überschussbeteiligung
Ablauf: 01.12.2039

Bezugsberechtigt im Todesfall ist ab sofort (widerruflich):
  Frau Leonie Grabherr, Tochter, geb. 08.05.2008 – zu 100 %

Das bisherige Bezugsrecht zugunsten Ihrer geschiedenen Ehefrau,
Frau Simone Grabherr, ist damit aufgehoben. Bitte beachten Sie, dass
Leonie noch minderjährig ist; im Leistungsfall würde die Auszahlung an
den gesetzlichen Vertreter erfolgen. Wenn Sie dafür einen Treuhänder
bestimmen möchten, sprechen Sie uns gern an.

Den aktualisierten Nachtrag zum Versicherungsschein erhalten Sie per Post.

Mit freundlichen Grüßen

Argental Lebensversicherung AG
i. A. Miriam Aydın
Kundenservice
""" + FOOT_LV
    return build(N(), A("aydin"), "Anton Grabherr <anton.grabherr@gmx-mail.example>",
                 "Änderung Bezugsrecht – Ihr Vertrag LV 7012 3365 09", "2026-06-08 12:19", body)


# ---------------------------------------------------------------- 0029
@mail("NORMAL", "de", "internal",
      "trap: water damage in the doctor's practice (tenant) in the insurer's own Bregenz building; building damage only, no patient or health data")
def _():
    body = """Servus Yusuf,

kurze Info für dich als Gebäudeverantwortlichen Gruppe: Heute Nacht ist im
2. OG unserer Liegenschaft Römerstraße 21 im Teeküchenbereich der
Geschirrspüler-Zulauf geplatzt. Das Wasser ist durch die Decke in die
Allgemeinmedizin-Praxis im 1. OG (Mieterin, Gruppenpraxis am Kornmarkt OG)
gelaufen.

Stand 9 Uhr:
- Wartezimmer und ein Behandlungsraum nass, Deckenplatten durchweicht,
  Parkettboden im Wartezimmer hin
- Installateur Fa. Mätzler war um 6:30 da, Zulauf abgesperrt
- Trocknungsfirma kommt heute Nachmittag
- Die Praxis hat heute geschlossen und die Termine in die Zweitordination
  nach Hard verlegt; laut der Praxismanagerin sind keine Akten oder Geräte
  beschädigt, der Ultraschall war auf Rollen und wurde rechtzeitig
  weggeschoben

Ich melde den Schaden bei unserer eigenen Gebäudeversicherung (bei uns
selbst, Abteilung Gewerbe Wien – Markus Gruber weiß Bescheid). Die Praxis
hat eine eigene Inhaltsversicherung bei einem Mitbewerber, das müssen die
selbst abwickeln.

Fotos lade ich ins Facility-Laufwerk unter Bregenz/Schäden/2026-03.

Liebe Grüße
Verena

Verena Nussbaumer
Kundenservice Österreich / Haus-Koordination Bregenz
T +43 5574 4120-0"""
    return build(N(), A("nussbaumer"), A("demir"),
                 "Wasserschaden Römerstraße 21 – Praxis im 1. OG betroffen", "2026-03-24 09:12", body,
                 cc=A("gruber"))


# ---------------------------------------------------------------- 0030
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "Swiss motor claim of a named customer: policy number, Kontrollschild, bonus level, deductible and payout in Franken; only material damage")
def _():
    body = """Grüezi Herr Eugster

Besten Dank für Ihre Schadenmeldung zum Auffahrunfall vom 9. Januar 2026
auf der Zürcherstrasse in Wil. Gemäss Ihrer Schilderung und dem
Unfallprotokoll sind Sie auf das vor Ihnen bremsende Fahrzeug (TG 41 882)
aufgefahren. Verletzt wurde zum Glück niemand.

Wir übernehmen:
- aus Ihrer Motorfahrzeug-Haftpflichtversicherung den Schaden am Fahrzeug
  der Gegenpartei (Heckschaden, Offerte Garage Thurblick CHF 4'920.00);
- aus Ihrer Vollkasko den Schaden an Ihrem Skoda Octavia (SG 318 004)
  gemäss Kostenvoranschlag CHF 3'610.00, abzüglich Selbstbehalt
  CHF 1'000.00 = CHF 2'610.00.

Police: MF-CH 11-774 903
Schaden: MS-CH-2026-00088

Durch den Haftpflichtschaden steigen Sie in der Bonusstufe von 5 auf 9;
die neue Prämie ab 1.1.2027 beträgt voraussichtlich CHF 1'284.50 statt
CHF 968.00. Sie können den Schaden auch selbst bezahlen, um die
Rückstufung zu vermeiden – dafür haben Sie nach unserer Abrechnung
sechs Monate Zeit.

Freundliche Grüsse

""" + S("keller") + "\n" + FOOT_CH
    return build(N(), A("keller"), "Roman Eugster <r.eugster@thurnet.example>",
                 "Ihr Schaden MS-CH-2026-00088 vom 09.01.2026", "2026-01-27 16:31", body)


# ---------------------------------------------------------------- 0031
@mail("NORMAL", "en", "internal",
      "trap: IT security warning about a phishing wave 'your medical claim was rejected'; sample text is the attacker's, no real person")
def _():
    body = """Dear colleagues,

since Monday we have seen a phishing campaign aimed at our claims teams in
all three countries. The mails look like this:

  From: "Argental Leistungsservice" <leistung@argental-claims.example.net>
  Subject: Ihre Arztrechnung wurde abgelehnt / Your medical claim was rejected
  "Dear customer, your medical invoice no. 2026-4471 could not be
   reimbursed. Please upload your doctor's report and your health
   insurance card (e-card / Versichertenkarte) here: hxxps://argental-
   leistung[.]example.net/upload"

Please note:
  * We never ask customers to upload documents through a link in a mail
    that does not lead to portal.argental.example, portal.at.argental.example
    or portal.ch.argental.example.
  * If a customer forwards such a mail to you, do not click the link.
    Use the "Report phishing" button in Outlook; the security team will
    block the domain.
  * If you clicked the link or entered your credentials, call the service
    desk immediately (ext. 555, 24/7).

So far 41 mails were delivered to customers (we can see this from the
replies they sent us); the hotline has a short script to answer them.

Thanks for staying alert,

""" + S("okafor", "en")
    return build(N(), A("okafor"), "Claims teams DE/AT/CH <claims-all@argental.example>",
                 "[Security warning] Phishing: 'Your medical claim was rejected'", "2026-06-10 12:02", body,
                 headers=[("Importance", "high")])


# ---------------------------------------------------------------- 0032
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-hospital",
      "Austrian private-ward cost guarantee for a named insured: SVNR with birth date, e-card insurer, diagnosis and planned operation")
def _():
    sv = svnr("218", "090771")
    body = f"""Sehr geehrte Damen und Herren,

für unsere Versicherte

  Frau Brigitte Haselwanter, geb. 09.07.1971
  SVNR {sv} (ÖGK, Landesstelle Vorarlberg)
  Krankenversicherung Sonderklasse, Polizze 72-6601 448

übernehmen wir für den Aufenthalt in Ihrem Haus ab 14. September 2026 die
Kosten der Sonderklasse (Zweibettzimmer) im Rahmen der Polizze. Grundlage
ist Ihre Voranfrage vom 1. September:

  Diagnose: Cholezystolithiasis mit rezidivierenden Koliken (K80.2)
  geplanter Eingriff: laparoskopische Cholezystektomie
  voraussichtliche Verweildauer: 3 Tage

Die Abrechnung der allgemeinen Gebührenklasse erfolgt wie üblich über die
e-card mit der ÖGK; die Sonderklassegebühren und Arzthonorare rechnen Sie
bitte direkt mit uns ab (Direktverrechnung laut Vertrag mit dem
Sanatorium). Sollten sich Verweildauer oder Eingriff ändern, bitten wir um
kurze Verständigung.

Mit freundlichen Grüßen

{S("pichler")}
{FOOT_AT}"""
    return build(N(), A("pichler"), "Aufnahme Sanatorium Riedsee <aufnahme@sanatorium-riedsee.example>",
                 "Kostendeckung Sonderklasse – Haselwanter Brigitte, Aufnahme 14.09.2026",
                 "2026-09-03 10:48", body, mailer="Microsoft Outlook 16.0")


# ---------------------------------------------------------------- 0033
@mail("CONFIDENTIAL", "en", "insurer-to-partner",
      "insurance confirmation for a bank: named homeowners in Austria, property address, policy number, sum insured, mortgage reference")
def _():
    body = """Dear Ms Frommelt,

as requested by your clients, we confirm the following buildings insurance
for the mortgage loan you are granting (your reference HY-2026-3318):

  Policyholders:    Oliver and Rachel Benning
  Insured property: Single-family house, Schlossgasse 9, 6800 Feldkirch, Austria
  Policy number:    73-1180 552 (Eigenheim Premium)
  Sum insured:      EUR 640,000 (new-for-old value, indexed)
  Perils:           fire, storm, hail, snow load, burst pipes, natural hazards
  Premium status:   paid up to 31 December 2026

We have noted Alpine Private Bank AG, Vaduz, as mortgagee in the policy
and will inform you if the policy is cancelled or premiums remain unpaid
for more than 30 days (Sicherungsbestätigung according to the Austrian
Insurance Contract Act).

Please let me know if you need the confirmation on paper as well.

Kind regards,

""" + S("gruber", "en") + "\n" + FOOT_AT
    return build(N(), A("gruber"), "Carmen Frommelt <c.frommelt@alpine-privatebank.example>",
                 "Insurance confirmation for mortgage HY-2026-3318 – Benning, Feldkirch",
                 "2026-05-19 14:33", body)


# ---------------------------------------------------------------- 0034
@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: order to shred archived medical claim files (quantities, containers, certificate); no file content or person")
def _():
    body = """Sehr geehrter Herr Moosmann,

wie telefonisch besprochen beauftragen wir Sie mit der Vernichtung des
Altarchivs im Untergeschoss Römerstraße 21, Bregenz:

- ca. 140 Archivkartons Leistungsakten Kranken/Unfall, Jahrgänge 2008–2015
  (Aufbewahrungsfrist abgelaufen, Freigabe durch Datenschutz liegt vor)
- 12 Kartons Personalunterlagen ausgeschiedener Mitarbeitender bis 2014
- 3 alte Festplatten aus dem Scan-Arbeitsplatz (bitte physisch zerstören)

Anforderungen:
- Sicherheitsstufe P-4 (Papier) bzw. H-5 (Festplatten) nach DIN 66399
- Abholung in verschlossenen Sicherheitsbehältern, unser Mitarbeiter
  begleitet die Verladung
- Vernichtungsprotokoll mit Gewicht und Zeitpunkt je Behälter

Termin: Donnerstag, 16. April, ab 7:30 Uhr; Zufahrt über die Tiefgarage
(Einfahrtshöhe 2,10 m!).

Bitte senden Sie uns die Auftragsbestätigung und den Vertrag zur
Auftragsverarbeitung in der aktuellen Fassung.

Mit freundlichen Grüßen

""" + S("demir")
    return build(N(), A("demir"), "Herbert Moosmann <h.moosmann@aktensicher-vlbg.example>",
                 "Auftrag Aktenvernichtung Bregenz – 16.04.2026", "2026-03-30 15:20", body,
                 cc=A("wendt"))


# ---------------------------------------------------------------- 0035
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "accident insurance payout for a named customer: ankle fracture, permanent impairment per Gliedertaxe, medical report, amount")
def _():
    body = """Sehr geehrte Frau Buck,

das Gutachten von Herrn Prof. Dr. Eichhorn (Unfallchirurgie, Klinikum
Ravensburg) vom 8. Juli liegt uns jetzt vor. Vielen Dank, dass Sie den
Untersuchungstermin so kurzfristig wahrnehmen konnten.

Der Gutachter stellt nach dem Sprunggelenkbruch links (Fraktur Weber C,
Unfall vom 3. August 2025) eine dauerhafte Beeinträchtigung fest:
eingeschränkte Beweglichkeit des oberen Sprunggelenks, beginnende
Arthrose, Belastungsschmerz nach ca. 2 km Gehstrecke. Er bewertet die
Funktionsbeeinträchtigung mit 3/10 Fußwert.

Berechnung nach Ihrer Unfallversicherung (Vertrag UV 80-2207 315,
Grundsumme 100.000 EUR, Progression 350 %):

  Gliedertaxe Fuß:                    40 %
  davon 3/10:                         12 % Invaliditätsgrad
  Leistung (keine Progression < 25 %): 12.000 EUR

Die bereits gezahlte Vorschussleistung von 3.000 EUR ziehen wir ab. Den
Restbetrag von 9.000 EUR überweisen wir auf Ihr bekanntes Konto.

Sie haben das Recht, den Invaliditätsgrad innerhalb von drei Jahren nach
dem Unfall erneut ärztlich bemessen zu lassen.

Mit freundlichen Grüßen und weiterhin gute Besserung

""" + S("gschwendtner") + "\n" + FOOT_LV
    return build(N(), A("gschwendtner"), "Carina Buck <carina.buck@web-post.example>",
                 "Ihre Unfallversicherung UV 80-2207 315 – Invaliditätsleistung", "2026-07-21 14:07", body)


# ---------------------------------------------------------------- 0036
@mail("CONFIDENTIAL", "de", "insurer-to-company",
      "fleet insurance: XLSX driver list of a company with names, birth dates and licence dates of employees; plates and policy number")
def _():
    x = xlsx([("Fahrer", [
        ["Kennzeichen", "Fahrzeug", "Stammfahrer/in", "Geburtsdatum", "Führerschein seit", "Schäden 3 J."],
        ["FN-KW 201", "VW Crafter", "Dieter Schmuck", "14.02.1969", "1987", 0],
        ["FN-KW 202", "VW Crafter", "Alina Petrovic", "03.10.1995", "2013", 1],
        ["FN-KW 205", "Ford Transit Custom", "Marcel Gührer", "27.06.1988", "2006", 0],
        ["FN-KW 210", "Mercedes Vito", "Sven Kohler", "09.12.2001", "2019", 2],
        ["FN-KW 211", "Mercedes Vito", "wechselnd (Pool)", "", "", 0],
        ["RV-KW 88", "Skoda Enyaq (GF)", "Karl Walser", "30.04.1961", "1979", 0]]),
        ("Hinweise", [["Stand 01.03.2026, Flottenvertrag KF-F 61-0042 117"],
                      ["Fahrer unter 25 Jahren: Zuschlag 15 % auf FN-KW 210"]])],
        title="Fahrerliste Walser Kältetechnik", author="Matthias Ebeling")
    body = """Sehr geehrte Frau Walser,

danke für die aktualisierte Fahrerliste. Ich habe sie mit unseren Daten
abgeglichen und Ihnen die Version mit unseren Anmerkungen zurückgeschickt
(Blatt "Hinweise").

Für den Vito FN-KW 210 fällt wegen des Fahrers unter 25 Jahren ab
1. April ein Zuschlag von 15 % an, das sind rund 187 EUR im Jahr. Wenn
das Fahrzeug überwiegend im Pool läuft, können wir es auch als
Poolfahrzeug ohne festen Fahrer führen – sagen Sie mir einfach Bescheid.

Die beiden Schäden von Herrn Kohler (Rangierschäden 2024 und 2025) wirken
sich im Flottenrabatt nicht aus, da die Schadenquote der Flotte
insgesamt unter 60 % liegt.

Viele Grüße

""" + S("ebeling") + "\n" + FOOT_DE
    return build(N(), A("ebeling"), "Petra Walser <p.walser@walser-kaeltetechnik.example>",
                 "AW: Fahrerliste Flottenvertrag KF-F 61-0042 117", "2026-03-06 11:22", body,
                 atts=[att("Fahrerliste_KF-F_61-0042117_Stand_2026-03.xlsx", x)],
                 in_reply_to="<000c01dcad0a$4f2e1b90$ed8b52b0$@walser-kaeltetechnik.example>",
                 mailer="Microsoft Outlook 16.0")


# ---------------------------------------------------------------- 0037
@mail("NORMAL", "en", "internal",
      "trap: API test cases with fictitious persons (Max Mustermann), published example IBANs and dummy birth dates; no real person")
def _():
    rows = ["case_id;first_name;last_name;birth_date;iban;product;expected",
            "T01;Max;Mustermann;1980-01-01;DE89370400440532013000;HAUSRAT;ACCEPT",
            "T02;Erika;Mustermann;1964-08-12;DE89370400440532013000;KV_VOLL;ACCEPT",
            "T03;Max;Mustermann;1980-01-01;DE89370400440532013001;HAUSRAT;REJECT_IBAN_CHECKSUM",
            "T04;Hans;Muster;1975-05-05;CH9300762011623852957;KTG;ACCEPT",
            "T05;Hans;Muster;1975-05-05;AT611904300234573201;UNFALL;ACCEPT",
            "T06;Test;Testperson;2031-01-01;DE89370400440532013000;KFZ;REJECT_BIRTHDATE_FUTURE",
            "T07;Jane;Doe;1990-13-01;GB29NWBK60161331926819;REISE;REJECT_BIRTHDATE_FORMAT"]
    csvdata = "\r\n".join(rows) + "\r\n"
    body = """Hi all,

for the regression run of the new payment-data service (PAY-2211) I have
put together the test cases in the attached CSV. All persons are
fictitious (Mustermann / Muster / Doe) and the IBANs are the published
example IBANs from the bank and ISO documentation, plus one with a broken
checksum (T03).

Please do NOT replace them with copies of production data – the test
environment is not cleared for real customer data, not even pseudonymised.

Expected results are in the last column. T06/T07 check the birth-date
validation, which failed in the last release.

Cheers,
Tobias

--
""" + S("reischl", "en")
    return build(N(), A("reischl"), "QA Payments <qa-payments@argental.example>",
                 "PAY-2211 regression: test cases (fictitious data only)", "2026-02-24 13:55", body,
                 atts=[att("PAY-2211_testcases.csv", csvdata)])


# ---------------------------------------------------------------- 0038
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-applicant",
      "underwriting decision for a named applicant for income protection: exclusion for spinal condition after declared disc prolapse and physiotherapy")
def _():
    body = """Dear Ms Okonkwo-Brandt,

thank you for your application for occupational disability cover
(application no. A-BU-2026-11873) and for answering our follow-up
questions so quickly.

You told us about a slipped disc at L4/L5 in 2023, treated with 14
sessions of physiotherapy and pain medication, and about recurring lower
back pain in 2024. The report from your orthopaedist, Dr. Hamid in
Überlingen, confirms that you have been free of symptoms since mid-2025.

We are pleased to offer you cover on the following terms:

  Sum insured (monthly benefit):  EUR 2,000
  Term:                           until age 67
  Premium:                        EUR 96.40 per month (standard rate)
  Special condition:              Exclusion of disability caused by
                                  diseases of the lumbar spine, including
                                  disc prolapse and its consequences.

If you remain free of complaints for three more years, you may ask us to
review the exclusion; a short report from your doctor will then suffice.

The offer is valid for six weeks. If you agree, please sign the enclosed
acceptance in the portal.

Kind regards,

""" + S("werthmann", "en") + "\n" + FOOT_LV
    return build(N(), A("werthmann"), "Grace Okonkwo-Brandt <grace.ob@lakeside-mail.example>",
                 "Your application A-BU-2026-11873 – our offer", "2026-04-16 10:58", body)


# ---------------------------------------------------------------- 0039
@mail("NORMAL", "de", "internal",
      "trap: anonymised large-loss list for accident insurance with age bands, injury categories and amounts; no name, no claim number")
def _():
    x = xlsx([("Großschäden UV 2025", [
        ["lfd. Nr.", "Land", "Altersband", "Unfallart", "Verletzungsbild (Kategorie)", "Invaliditätsgrad", "Leistung EUR"],
        [1, "DE", "30-39", "Verkehr (Motorrad)", "Querschnitt", "100 %", 1250000],
        [2, "AT", "50-59", "Sport (Ski)", "Schädel-Hirn", "70 %", 612000],
        [3, "DE", "60-69", "Haushalt (Sturz Leiter)", "Wirbelsäule", "60 %", 415000],
        [4, "CH", "40-49", "Beruf (Bau)", "Amputation Bein", "70 %", 398000],
        [5, "DE", "20-29", "Sport (Klettern)", "Mehrfachverletzung", "45 %", 287500],
        [6, "AT", "70+", "Verkehr (Fußgänger)", "Becken/Hüfte", "40 %", 160000]]),
        ("Erläuterung", [["Schäden über 150.000 EUR Gesamtleistung, Meldejahr 2025."],
                         ["Keine Namen, Schadennummern oder genauen Daten; Altersbänder zu 10 Jahren."],
                         ["Für die Rückversicherungsverhandlung und das Underwriting-Komitee."]])],
        title="Großschadenliste UV 2025 anonymisiert", author="Priya Raman")
    body = """Hallo Philipp,

wie gewünscht die anonymisierte Großschadenliste Unfall 2025 für das
Underwriting-Komitee. Nora braucht sie auch für Kestrel, dafür ist sie
genau so gedacht – bitte nur diese Version weitergeben, nicht die
Arbeitsdatei mit den Schadennummern.

Auffällig: zwei der sechs Fälle sind Sportunfälle, Nr. 1 ist der größte
Einzelschaden seit 2019.

Grüße
Priya

--
Priya Raman
Schadenanalytik Gruppe"""
    return build(N(), A("raman"), A("thalmann"), "Großschadenliste Unfall 2025 (anonymisiert)",
                 "2026-02-11 17:03", body, cc=A("lindqvist"),
                 atts=[att("Grossschaeden_UV_2025_anonym.xlsx", x)])


# ---------------------------------------------------------------- 0040
@mail("CONFIDENTIAL", "de", "internal",
      "internal note on a returned direct debit for a named customer's household insurance: IBAN, policy number, amounts, dunning")
def _():
    ib = iban("DE", "650501100045581290")
    body = f"""Hallo Miriam,

bei Herrn Kaspar Dietrich (Hausrat 30-442 8891 und Privathaftpflicht
PH 40-8871 022) ist die Lastschrift vom 1. April zurückgekommen:

  Betrag:           283,10 EUR (Jahresbeitrag beider Verträge)
  Rücklastschrift:  07.04.2026, Grund MD06 (Widerspruch des Zahlers)
  Konto:            {grp(ib)}
  Bankgebühr:       3,50 EUR

Er hat bisher immer pünktlich gezahlt. Bevor die Mahnung nach § 38 VVG
rausgeht, ruf ihn doch bitte einmal an – vielleicht hat er nur das Konto
gewechselt. Telefon laut Bestand: 07541 558 203.

Falls wir ihn nicht erreichen, geht die qualifizierte Mahnung am 20.4.
automatisch raus.

Danke!
Jens

--
Jens Haldenwang
Beitragsinkasso
Argental Versicherung AG"""
    return build(N(), "Jens Haldenwang <jens.haldenwang@argental.example>", A("aydin"),
                 "Rücklastschrift Dietrich – bitte vor Mahnung anrufen", "2026-04-09 09:41", body)


# ---------------------------------------------------------------- 0041
@mail("NORMAL", "mixed", "internal",
      "trap: English note quoting a German press article on care-insurance reform and premium effects; policy-level, no person")
def _():
    body = """Hi Philipp, hi Henrike,

the board asked for a short view on the article below (Schwäbische
Rundschau, 18 May). In short: what would the proposed cap on own
contributions in nursing homes mean for our supplementary care tariffs
(Pflegetagegeld) – fewer claims for top-ups, or just lower amounts?

No need for a full analysis, a few bullet points by Friday would be great.

Thanks,
Fiona

---------- quoted article ----------
"Pflegereform: Eigenanteil soll gedeckelt werden

Berlin/Stuttgart. Die Eigenanteile in Pflegeheimen sollen nach den Plänen
der Bundesregierung ab 2027 auf 1.000 Euro im Monat begrenzt werden.
Derzeit zahlen Heimbewohnerinnen und -bewohner in Baden-Württemberg im
ersten Jahr durchschnittlich rund 3.300 Euro monatlich aus eigener Tasche.
Private Versicherer rechnen damit, dass die Nachfrage nach
Pflegezusatzversicherungen zunächst sinkt. Verbraucherschützer warnen
dagegen, dass die Kosten für Unterkunft und Verpflegung nicht von der
Deckelung erfasst würden und Pflegebedürftige weiterhin auf private
Vorsorge angewiesen seien."
-------------------------------------

--
""" + S("kellerman", "en")
    return build(N(), A("kellerman"), f"{A('thalmann')}, {A('vogelsang')}",
                 "Board question: care reform article (Eigenanteil-Deckel)", "2026-05-19 16:47", body)


# ---------------------------------------------------------------- 0042
@mail("STRICTLY_CONFIDENTIAL", "de", "hospital",
      "Swiss Spital discharge letter for a named patient forwarded as attached message: diagnoses, surgery, medication, follow-up")
def _():
    a = ahv("733019826")
    letter = f"""Sehr geehrte Damen und Herren

Wunschgemäss senden wir Ihnen den Austrittsbericht unserer gemeinsamen
Patientin (Kostengutsprache Ihr Zeichen KT-2026-02214).

AUSTRITTSBERICHT Klinik für Orthopädie
Patientin: Ruth Stadelmann, geb. 12.01.1967, AHV {a}
Eintritt 04.05.2026, Austritt 09.05.2026, halbprivat

Diagnosen
1. Gonarthrose links, Kellgren-Lawrence IV (M17.1)
2. Arterielle Hypertonie, medikamentös eingestellt (I10)
3. Adipositas Grad I (BMI 32)

Eingriff 05.05.2026: Knie-Totalprothese links, komplikationsloser Verlauf.

Medikation bei Austritt: Rivaroxaban 10 mg 1x tgl. für 5 Wochen,
Paracetamol 1 g bis 4x tgl., Amlodipin 5 mg 1x tgl. (unverändert).

Procedere: ambulante Physiotherapie, Fadenentfernung am 14. postoperativen
Tag beim Hausarzt, Arbeitsunfähigkeit 100 % bis 30.06.2026.

Freundliche Grüsse
Dr. med. Lorenz Vetsch, Oberarzt
Spital Säntisblick"""
    inn = inner("Patientenadministration Spital Säntisblick <patientenadmin@spital-saentisblick.example>",
                A("zuercher"), "Austrittsbericht Stadelmann Ruth", "2026-05-11 16:20", letter, n=42)
    body = """Hallo Amelie

Für die Beurteilung der Dauer der Arbeitsunfähigkeit beim Krankentaggeld
(Fall KT-2026-02214): Der Austrittsbericht ist angehängt. Ist die AUF bis
Ende Juni aus deiner Sicht für eine Büroangestellte plausibel oder sollen
wir vertrauensärztlich nachfragen?

Danke und Gruess
Corinne

""" + S("zuercher")
    return build(N(), A("zuercher"), A("fassbind"), "WG: Austrittsbericht Stadelmann Ruth",
                 "2026-05-12 08:03", body, atts=[att_msg(inn, "Austrittsbericht Stadelmann Ruth.eml")],
                 mailer="Microsoft Outlook 16.0")


# ---------------------------------------------------------------- 0043
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "private liability claim of a named family: their son broke a neighbour's window, nobody hurt; policy and claim number, amount")
def _():
    body = """Hallo Familie Kienle,

danke für Ihre Schadenmeldung. Dass Ihr Sohn Finn (9) beim Fußballspielen
die Wohnzimmerscheibe Ihrer Nachbarn, Familie Roth, getroffen hat, ist
ärgerlich – aber genau dafür gibt es die Privathaftpflicht. Verletzt
wurde zum Glück niemand.

Vertrag: PH 40-2271 084 (Familie)
Schaden: PH-2026-01744

Auch wenn Kinder unter 7 Jahren nicht haften würden: Finn ist 9, also
deliktsfähig, und wir übernehmen den Schaden. Die Rechnung der Glaserei
Wäschle über 684,25 EUR begleichen wir direkt; Familie Roth muss nichts
vorstrecken. Die vereinbarte Selbstbeteiligung von 150 EUR entfällt, da
Sie seit fünf Jahren schadenfrei sind.

Bitte geben Sie Familie Roth die Schadennummer weiter, damit die Glaserei
bei der Rechnung darauf Bezug nimmt.

Viele Grüße

""" + S("kurz") + "\n" + FOOT_DE
    return build(N(), A("kurz"), "Jasmin Kienle <jasmin.kienle@kienle-familie.example>",
                 "Schaden Fensterscheibe Familie Roth – PH-2026-01744", "2026-06-15 10:20", body,
                 flowed=True, cte="8bit")


# ---------------------------------------------------------------- 0044
@mail("NORMAL", "de", "insurer-to-broker",
      "trap: broker information on simplified health questions in the new BU tariff, with PDF product sheet; no customer data")
def _():
    p = pdf("""##Argental BU Direkt 2026 - Produktinformation für Vertriebspartner

Neue vereinfachte Gesundheitsfragen (ab 01.07.2026)

Statt bisher 10 Jahre fragen wir nur noch nach den letzten 3 Jahren
(ambulant) bzw. 5 Jahren (stationär). Psychotherapie wird nur erfragt,
wenn sie in den letzten 5 Jahren stattgefunden hat.

Die Fragen im Überblick
1. Wurden Sie in den letzten 5 Jahren stationär behandelt?
2. Waren Sie in den letzten 3 Jahren länger als 14 Tage ununterbrochen
   arbeitsunfähig?
3. Bestehen oder bestanden in den letzten 5 Jahren Erkrankungen des
   Herzens, der Wirbelsäule, Krebs, Diabetes oder psychische Erkrankungen?
4. Nehmen Sie regelmäßig Medikamente ein?
5. Sind Sie HIV-positiv? (entfällt für Versicherungssummen bis 1.500 EUR)

Bagatellen (z. B. Erkältung, unkomplizierter Beinbruch, ausgeheilt)
müssen nicht angegeben werden; eine Liste liegt dem Antrag bei.

Zielgruppe: Berufseinsteiger, Akademiker, Handwerk (Berufsgruppe 1-3)
Beitragsbeispiel: 27 Jahre, Industriekauffrau, 1.500 EUR Rente bis 67:
monatlich 48,20 EUR (Zahlbeitrag)

Stand 05/2026 - nur zur Information für Vertriebspartner.
""", title="BU Direkt 2026 Vertriebsinfo")
    body = """Liebe Partnerinnen und Partner,

ab 1. Juli gelten in der BU Direkt die vereinfachten Gesundheitsfragen.
Das Wichtigste auf einer Seite im Anhang; die aktualisierten
Antragsunterlagen stehen ab 15. Juni im Maklerportal.

Bereits eingereichte Anträge prüfen wir noch nach den alten Fragen.

Herzliche Grüße aus Friedrichshafen

""" + S("pfeffer") + "\n" + FOOT_DE
    return build(N(), A("pfeffer"), "Maklerverteiler Süd <makler-sued@lists.argental.example>",
                 "BU Direkt: vereinfachte Gesundheitsfragen ab 1. Juli", "2026-05-27 08:45", body,
                 atts=[att("BU_Direkt_2026_Vertriebsinfo.pdf", p)])


# ---------------------------------------------------------------- 0045
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "dental supplement: assessment of a named customer's treatment and cost plan for an implant, tooth number, GOZ items, reimbursement")
def _():
    body = """Sehr geehrter Herr Mutschler,

wir haben den Heil- und Kostenplan Ihrer Zahnärztin, Frau Dr. Leibfritz
(Meckenbeuren), vom 2. Oktober geprüft.

Geplant ist ein Implantat in Regio 36 mit Krone, nach Extraktion des
wurzelbehandelten Zahnes 36 wegen einer Längsfraktur.

  Honorar laut HKP (GOZ 9010, 9040, 2200, 0090 u. a.)   2.418,60 EUR
  Material- und Laborkosten                             1.206,40 EUR
  Summe                                                 3.625,00 EUR

Aus Ihrem Zahnzusatztarif "ZahnPlus 90" (Vertrag KZ 4477 0288 31)
erstatten wir 90 % der Kosten, höchstens jedoch die Zahnstaffel im
zweiten Versicherungsjahr von 2.500 EUR. Unsere voraussichtliche
Leistung beträgt damit 2.500,00 EUR.

Den Knochenaufbau (GOZ 9100) hat Frau Dr. Leibfritz nur als "eventuell"
vermerkt; sollte er notwendig werden, reichen Sie die Rechnung bitte mit
ein – ab Januar steht Ihnen die Staffel des dritten Jahres zur Verfügung.

Die Zusage gilt sechs Monate.

Mit freundlichen Grüßen

""" + S("vogelsang") + "\n" + FOOT_KV
    return build(N(), A("vogelsang"), "Frank Mutschler <f.mutschler@bodensee-online.example>",
                 "Ihr Heil- und Kostenplan vom 02.10.2026", "2026-10-08 11:14", body)


# ---------------------------------------------------------------- 0046
@mail("CONFIDENTIAL", "en", "broker",
      "UK broker's mail forwarded internally: named sole-trader client's marine cargo claim, policy number, shipment and invoice values")
def _():
    body = """Markus – one for you, the client ships to your Vienna customs
warehouse. Please acknowledge to Tom directly. Fiona

-----Original Message-----
From: Tom Whitcombe <tom@whitcombe-brokers.example>
Sent: 23 September 2026 15:12
To: Fiona Kellerman <fiona.kellerman@argental.example>
Subject: Cargo claim – Ellis Fine Ceramics / your policy MC-AT 90-1128

Fiona,

hope all is well in Friedrichshafen. I am writing on behalf of our
client Mr Robert Ellis, trading as Ellis Fine Ceramics (sole trader,
Stoke-on-Trent), who holds open cargo cover with your Austrian company
under policy MC-AT 90-1128.

Consignment: 2 pallets of hand-painted tableware, Stoke -> Vienna
(buyer: Porzellanhaus Wimmer, 1010 Wien), CMR 448812, delivered
21 September.
Damage: one pallet crushed by a forklift at the cross-dock in Linz;
roughly 60 % of the contents broken.
Invoice value of the damaged pallet: GBP 8,740.00 (CIF + 10 %).

Mr Ellis has photos and the signed CMR with the reservation. He would
like to know whether a surveyor will attend in Vienna or whether photos
are enough. His direct line is +44 1782 400 913.

Best regards,
Tom Whitcombe
Whitcombe Insurance Brokers Ltd, London
"""
    return build(N(), A("kellerman"), A("gruber"), "FW: Cargo claim – Ellis Fine Ceramics / your policy MC-AT 90-1128",
                 "2026-09-23 15:40", body, mailer="Microsoft Outlook 16.0")


# ---------------------------------------------------------------- 0047
@mail("NORMAL", "en", "insurer-to-partner",
      "trap: tariff negotiation with a Swiss hospital group on private-ward lump sums and invoice transparency; no patient data")
def _():
    body = """Dear Dr. Imhof,

thank you for the constructive meeting in Frauenfeld last week. Our
colleagues from St. Gallen asked me to summarise our position in English
for your CFO, as agreed.

1. Private and semi-private ward lump sums 2027
   We can accept an increase of 2.5 % for semi-private and 3.0 % for
   private wards, provided that the physician fees for the additional
   services are shown separately on every invoice, as required by the
   supervisory guidelines for supplementary insurance.

2. Orthopaedics package prices
   For elective hip and knee replacements we propose a package price
   including the private physician fee (CHF 7,950 semi-private,
   CHF 10,400 private), with a 30-day warranty for re-operations.

3. Electronic invoices
   We would like all invoices for supplementary insurance in the XML
   format 5.0 from 1 January 2027, transmitted through your existing
   clearing centre. Paper invoices would no longer be accepted after a
   transitional period of six months.

We would be grateful for your feedback before 15 October, so that the
new agreement can be signed before the premium calculation deadline.

Kind regards,

Corinne Zürcher
for the negotiation team of Argental Schweiz AG
""" + FOOT_CH
    return build(N(), A("zuercher"), "Dr. Matthias Imhof <m.imhof@spitalgruppe-thurgau-ost.example>",
                 "Tariff agreement 2027 – our position after the meeting on 22 September",
                 "2026-09-29 13:37", body, cc=A("thalmann"))


# ---------------------------------------------------------------- 0048
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
      "traffic criminal legal expenses for a named customer: penal order for drunk driving (blood alcohol), licence withdrawal; criminal data")
def _():
    body = """Sehr geehrter Herr Rechtsanwalt Benz,

Ihr Mandant, Herr Michael Ströbele, hat uns Ihre Bevollmächtigung
angezeigt. In der Strafsache wegen Trunkenheit im Verkehr (§ 316 StGB)
– Strafbefehl des Amtsgerichts Überlingen vom 12. März 2026, 40
Tagessätze zu je 55 EUR, Entziehung der Fahrerlaubnis mit Sperrfrist
9 Monate – gilt Folgendes:

Aus dem Verkehrs-Rechtsschutz (Vertrag RS 50-1190 447, Schaden
RS-2026-02960) besteht Versicherungsschutz für die Verteidigung wegen
des Vorwurfs eines fahrlässig begangenen Vergehens. Laut Ermittlungsakte
lag die Blutalkoholkonzentration bei 1,21 Promille; dem Mandanten wird
fahrlässige Begehung vorgeworfen. Wir übernehmen daher vorläufig die
Kosten des Einspruchs und des Verfahrens in erster Instanz.

Bitte beachten Sie: Wird Ihr Mandant rechtskräftig wegen vorsätzlicher
Begehung verurteilt, entfällt der Versicherungsschutz rückwirkend und wir
müssten bereits gezahlte Kosten zurückfordern.

Für die Vorschussanforderung bitten wir um eine Kostennote nach RVG.

Mit freundlichen Grüßen

""" + S("obermaier") + "\n" + FOOT_DE
    return build(N(), A("obermaier"), "RA Tilmann Benz <benz@strafverteidigung-benz.example>",
                 "Strafsache Ströbele – Deckungszusage RS-2026-02960", "2026-03-23 14:50", body)


# ---------------------------------------------------------------- 0049
@mail("NORMAL", "en", "internal",
      "trap: invitation to the group summer party with names of organisers and a dietary form; no personal data of anyone else")
def _():
    ev = ics("summerparty-2026@argental.example", "20260703T170000", "20260703T230000",
             "Argental summer party 2026 – boat trip Friedrichshafen–Bregenz",
             location="Hafen Friedrichshafen, Anleger 3",
             description="Boarding 16:45. Return by bus from Bregenz at 23:00 and 23:45. "
                         "Please register and tell us about food allergies or vegetarian/vegan meals "
                         "in the form on the intranet (anonymous count only).",
             organizer=("Greta Holzapfel", "greta.holzapfel@argental.example"))
    body = """Dear all,

save the date: this year's summer party will take place on the lake! On
Friday, 3 July, the MS Graf Zeppelin takes all colleagues from Germany,
Austria and Switzerland from Friedrichshafen to Bregenz, with dinner on
board and a band from Dornbirn.

Colleagues from St. Gallen: a shuttle bus leaves Rorschacher Strasse 150
at 15:30.

Please register on the intranet by 12 June. If you have a food allergy or
need a vegetarian/vegan meal, tick the box in the form – the caterer only
gets the total numbers, not names.

Organising team: Greta (DE), Verena (AT) and Nadia (CH).

Looking forward to seeing you on board!

""" + S("holzapfel", "en")
    return build(N(), A("holzapfel"), "All staff DE/AT/CH <all-staff@argental.example>",
                 "Save the date: summer party on the lake, 3 July", "2026-05-04 10:00", body,
                 atts=[att("summer-party-2026.ics", ev)])


# ---------------------------------------------------------------- 0050
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "confirmation of a named customer's motor policy cancellation after sale of the car: policy number, plate, refund amount")
def _():
    body = """Sehr geehrte Frau Ruess,

wir bestätigen die Kündigung Ihrer Kfz-Versicherung zum 28.02.2026
wegen Veräußerung des Fahrzeugs.

Vertrag:     KF 60-8812 370
Fahrzeug:    Opel Corsa, amtl. Kennzeichen TT-JR 44
Käufer laut Kaufvertrag: Autohandel Fuchs GmbH, Ravensburg

Für die Zeit vom 01.03. bis 31.12.2026 erstatten wir Ihnen den nicht
verbrauchten Beitrag von 376,85 EUR auf das Konto, von dem wir den Beitrag
eingezogen haben.

Ihren Schadenfreiheitsrabatt (SF 12) heben wir sieben Jahre für Sie
auf. Wenn Sie wieder ein Auto versichern möchten – auch bei einem
anderen Versicherer –, können Sie ihn übertragen lassen.

Mit freundlichen Grüßen

Argental Versicherung AG
Kundenservice
""" + FOOT_DE
    return build(N(), "Argental Kundenservice <service@argental.example>",
                 "Johanna Ruess <johanna.ruess@seepost.example>",
                 "Bestätigung Ihrer Kündigung – Vertrag KF 60-8812 370", "2026-03-04 07:58", body,
                 cte="base64")


# ---------------------------------------------------------------- 0051
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "daily sickness allowance of a named self-employed customer: sick notes, lumbar disc diagnosis, physiotherapy, payment amounts")
def _():
    body = """Dear Mr Novak,

thank you for the sick notes (Arbeitsunfähigkeitsbescheinigungen) from
Dr. Baumgärtner and the MRI report, which we received on 22 June.

Your daily sickness allowance (Krankentagegeld, policy KV 4490 1182 06,
tariff KTG 22, EUR 120 per day from day 22) is payable as follows:

  Unfit for work since:          19 May 2026
  Diagnosis on the certificates: lumbar disc herniation L5/S1 (M51.2)
  Benefit from:                  9 June 2026
  Paid today:                    9 June – 30 June = 22 days x EUR 120
                                 = EUR 2,640.00

For the following weeks, please send us a new certificate every two
weeks. As you are self-employed (translation office), we will also ask
you for a short statement of your work in the next month; this is
standard after six weeks and no reason for concern.

The physiotherapy (12 sessions, prescription of 2 June) is reimbursed
under your health insurance; please submit the invoice separately.

Get well soon,

""" + S("vogelsang", "en") + "\n" + FOOT_KV
    return build(N(), A("vogelsang"), "Petr Novak <petr.novak@translations-novak.example>",
                 "Your daily sickness allowance – first payment", "2026-06-30 16:02", body,
                 mailer="Microsoft Outlook 16.0")


# ---------------------------------------------------------------- 0052
@mail("NORMAL", "de", "insurer-to-partner",
      "trap: annual complaints statistics for the Austrian supervisor by line and reason (incl. health); counts only, no complainant")
def _():
    body = """Sehr geehrte Damen und Herren,

in Erfüllung der Meldepflicht übermitteln wir Ihnen die
Beschwerdestatistik der Argental Versicherung Österreich AG für das
Kalenderjahr 2025.

  Sparte                    Beschwerden   davon berechtigt   Ø Bearbeitung (Tage)
  Kfz                              61             19                  11
  Haushalt/Eigenheim               34              8                   9
  Krankenversicherung              47             12                  14
  Unfallversicherung               22              5                  17
  Rechtsschutz                     15              3                  12
  Leben                             9              2                  10
  Gesamt                          188             49                  12

Häufigste Beschwerdegründe: Dauer der Leistungsbearbeitung (Kranken,
Unfall), Höhe des Selbstbehalts (Kfz), Prämienanpassung (Haushalt).
Verfahren vor der Schlichtungsstelle: 4 (alle abgeschlossen).

Die Meldung im elektronischen Format wurde zeitgleich über die
Meldeplattform eingebracht (Eingangsbestätigung 2026-0318-4471).

Mit freundlichen Grüßen

Mag. Theresa Pichler
für den Beschwerdebeauftragten der Argental Versicherung Österreich AG
""" + FOOT_AT
    return build(N(), A("pichler"), "Versicherungsaufsicht Meldestelle <meldungen@aufsicht-at.example>",
                 "Beschwerdestatistik 2025 – Argental Versicherung Österreich AG", "2026-03-18 09:05", body)


# ---------------------------------------------------------------- 0053
@mail("CONFIDENTIAL", "de", "internal",
      "payroll correction for a named cross-border employee: salary components, Swiss withholding tax, tax ID and IBAN; no health")
def _():
    ib = iban("DE", "690500010024431167")
    body = f"""Hallo Frau Brandstätter,

bei Frau Selina Hollenstein (Personalnummer 40177, Argental Schweiz AG,
wohnhaft in Singen) ist in der März-Abrechnung die Quellensteuer falsch
berechnet worden: Der Lohnlauf hat Tarif A0 statt Tarif für Grenzgänger
aus Deutschland (4,5 %) angewendet.

  Bruttolohn März              CHF 7'350.00
  Quellensteuer abgezogen      CHF   614.00  (falsch)
  Quellensteuer korrekt        CHF   330.75
  Differenz zugunsten MA       CHF   283.25

Die Differenz zahlen wir mit dem April-Lohn nach. Für ihre deutsche
Steuererklärung braucht sie die korrigierte Ansässigkeitsbescheinigung;
ihre Steuer-ID (58 301 772 964) ist im System richtig hinterlegt.

Auszahlung wie bisher auf {ib}.

Könnten Sie ihr bitte kurz Bescheid geben? Sie hatte bei Ihnen
nachgefragt.

Freundliche Grüsse
Monika Gantenbein
Lohnbuchhaltung, Argental Schweiz AG"""
    return build(N(), "Monika Gantenbein <monika.gantenbein@ch.argental.example>", A("brandstaetter"),
                 "Korrektur Quellensteuer März – S. Hollenstein", "2026-04-14 15:16", body)


# ---------------------------------------------------------------- 0054
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "recourse check for a named cross-border worker's work accident: injuries, Swiss accident insurer vs German BG, treatment costs")
def _():
    body = """Hallo Theresa, hallo Corinne,

ich brauche eure Einschätzung zu einem Grenzfall – im wahrsten Sinn.

Unser PKV-Versicherter Herr Andreas Moosbrugger (KV 4433 9017 42),
wohnhaft in Lindau, arbeitet als Elektriker bei einer Firma in Lustenau
(AT) und war am 12. Jänner auf einer Baustelle in St. Margrethen (CH)
im Einsatz. Dort ist er von einer Leiter gestürzt:
Distale Radiusfraktur rechts (S52.5), Gehirnerschütterung (S06.0),
Erstversorgung im Spital Altstätten, dann Operation in Feldkirch.

Wir haben bisher 8.412,70 EUR (Spital CH und LKH Feldkirch,
Sonderklasse) aus der Krankheitskostenversicherung bezahlt. Das ist
aber eindeutig ein Arbeitsunfall, also müsste vorrangig die AUVA leisten
– er ist über den österreichischen Arbeitgeber versichert, nicht über
eine deutsche BG und auch nicht über die Suva.

Fragen:
1. Theresa: Kannst du über euren Kontakt bei der AUVA klären, ob der
   Unfall dort gemeldet ist (Arbeitgeber hat angeblich gemeldet)?
2. Corinne: Müssen wir gegenüber dem Spital Altstätten noch etwas tun,
   oder ist die Rechnung über die Kostengutsprache erledigt?

Ich würde dann den Regress bei der AUVA anmelden.

Danke euch!
Henrike

""" + S("vogelsang")
    return build(N(), A("vogelsang"), f"{A('pichler')}, {A('zuercher')}",
                 "Regress Arbeitsunfall Moosbrugger – AUVA/Suva/BG?", "2026-02-23 13:28", body)


# ---------------------------------------------------------------- 0055
@mail("NORMAL", "de", "internal",
      "trap: blank template of a consent form to release doctors from confidentiality, with «placeholders»; no actual person")
def _():
    d = docx([("h", "Einwilligungs- und Schweigepflichtentbindungserklärung (Vorlage V 2026-04)"),
              "Versicherte Person: «Vorname» «Nachname», geb. «Geburtsdatum»",
              "Vertrag / Leistungsfall: «Vertragsnummer» / «Schadennummer»",
              "Ich entbinde die nachfolgend genannten Ärztinnen und Ärzte, Spitäler, Krankenhäuser, "
              "Pflegeeinrichtungen und Behörden von ihrer Schweigepflicht, soweit die Argental "
              "«Gesellschaft» Angaben zu meiner Gesundheit zur Prüfung des Leistungsfalls benötigt:",
              ("table", [["Name / Einrichtung", "Anschrift", "Behandlungszeitraum"],
                         ["«Arzt_1»", "«Adresse_1»", "«Zeitraum_1»"],
                         ["«Arzt_2»", "«Adresse_2»", "«Zeitraum_2»"]]),
              "Diese Erklärung gilt für Österreich und die Schweiz entsprechend (Entbindung vom "
              "Berufsgeheimnis nach Art. 321 StGB-CH bzw. § 54 ÄrzteG-AT).",
              "Ich kann diese Einwilligung jederzeit mit Wirkung für die Zukunft widerrufen.",
              "«Ort», «Datum»            Unterschrift: ______________________"],
             title="Vorlage Schweigepflichtentbindung V 2026-04", author="Reto Baumann")
    body = """Liebe Kolleginnen und Kollegen der Leistungsbereiche,

anbei die überarbeitete Vorlage der Schweigepflichtentbindung (Version
2026-04). Neu ist der Absatz für Österreich und die Schweiz, damit wir
für Grenzgänger nicht mehr drei Formulare brauchen.

Die Serienbrief-Felder («…») füllt das Korrespondenzsystem automatisch.
Bitte ab 1. Mai nur noch diese Version verwenden; die alten Vorlagen
werden am 30. April aus der Vorlagenverwaltung entfernt.

Freundliche Grüsse

""" + S("baumann")
    return build(N(), A("baumann"), "Leistung Gruppe <leistung-alle@argental.example>",
                 "Neue Vorlage Schweigepflichtentbindung (V 2026-04) ab 1. Mai", "2026-04-20 10:44", body,
                 cc=A("wendt"), atts=[att("Vorlage_Schweigepflichtentbindung_V2026-04.docx", d)])


# ---------------------------------------------------------------- 0056
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "D&O claim against the named managing director of a small company: policy and claim number, allegations and amount; no health")
def _():
    body = """Dear Mr Lindgren,

we have received the letter from the insolvency administrator of Nordlicht
Solar GmbH, Dr. Hagenmeyer, dated 2 November, which you forwarded to us.
The administrator holds you personally liable, as former managing
director, for payments of EUR 184,300 made after the company became
insolvent (section 15b of the German Insolvency Code).

Policy: D&O 95-0033 871 (policyholder Nordlicht Solar GmbH, insured
person: Mr Erik Lindgren, managing director 2019-2025)
Claim number: DO-2026-00117

We confirm cover for your legal defence under the policy, subject to
the following:
  - Defence costs are covered from today; please do not acknowledge any
    liability or enter into a settlement without our consent.
  - We reserve the right to decline indemnity if it turns out that
    payments were made knowingly in breach of duty.
  - Your lawyer's hourly rate is covered up to EUR 350 plus VAT.

Please send us the list of payments attached to the administrator's
letter and the company's liquidity plans for the period June to
September 2025.

Kind regards,

Klaus Obermaier
Liability & Legal Expenses Claims
""" + FOOT_EN
    return build(N(), A("obermaier"), "Erik Lindgren <erik.lindgren@lindgren-consult.example>",
                 "D&O claim DO-2026-00117 – letter from the insolvency administrator", "2026-11-09 11:30", body)


# ---------------------------------------------------------------- 0057
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "travel health claim of a named customer: emergency treatment in Switzerland (doctor and pharmacy invoices in Franken, diagnosis), reimbursement")
def _():
    body = """Sehr geehrte Frau Frick,

Ihre Belege aus dem Urlaub in Arosa haben wir erhalten. Wir erstatten aus
Ihrer Auslandsreise-Krankenversicherung (Vertrag RK 70-3318 007):

  Notfallpraxis Arosa, 06.08.2026               CHF   412.50
  Behandlung: akute Bronchitis mit Fieber, Röntgen Thorax
  Apotheke Arosa: Amoxicillin/Clavulansäure,
  Inhalationsspray                               CHF    96.80
  Kontrolle Notfallpraxis, 09.08.2026             CHF   148.00
  ---------------------------------------------------------
  Summe                                          CHF   657.30
  umgerechnet zum Kurs vom Rechnungstag (0,9612)  EUR   631.80

Da Sie die Rechnungen selbst bezahlt haben, überweisen wir den Betrag
auf Ihr Konto bei der Volksbank Friedrichshafen-Tettnang. Eine
Selbstbeteiligung ist in Ihrem Tarif nicht vereinbart.

Ihre Krankenkasse hat sich nicht beteiligt – das ist in der Schweiz
ohne Abkommenskarte so üblich; Sie müssen dort nichts mehr einreichen.

Gute Besserung, falls der Husten noch nicht ganz weg ist!

Mit freundlichen Grüßen

""" + S("whitfield") + "\n" + FOOT_DE
    return build(N(), A("whitfield"), "Daniela Frick <daniela.frick@fn-mail.example>",
                 "Ihre Arztrechnungen aus Arosa – Erstattung", "2026-08-27 10:16", body)


# ---------------------------------------------------------------- 0058
@mail("NORMAL", "en", "insurer-to-broker",
      "trap: exchange of S/MIME certificates with a UK broker; technical details and fingerprints only")
def _():
    body = """Hi Tom,

thanks for sending your new S/MIME certificate. I have imported it into
our gateway, so from now on mail from us to whitcombe-brokers.example
will be encrypted end-to-end.

Our gateway certificate for argental.example:
  Subject:      CN=argental.example, O=Argental Versicherung AG, C=DE
  Issuer:       Argental Issuing CA 2025
  Valid until:  2028-03-31
  SHA-256:      4F:1A:9C:22:E0:7B:53:D1:88:0C:6E:91:AB:34:F7:2D:
                19:C4:60:BE:02:77:E5:3A:9D:41:08:CC:76:1F:B2:E9

You can also download it from https://www.argental.example/smime.
Please check the fingerprint by phone before you trust it – give me a
call any time.

Once this is done we can stop using the portal for your claim files.

Cheers,
David

--
""" + S("okafor", "en")
    return build(N(), A("okafor"), "Tom Whitcombe <tom@whitcombe-brokers.example>",
                 "Re: our new S/MIME certificate", "2026-06-02 14:11", body,
                 in_reply_to="<CAF2uT7x+Rk1s9Pq@whitcombe-brokers.example>")


# ---------------------------------------------------------------- 0059
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "storm damage to a named couple's house: claim settlement in an attached PDF with policy number, address, amounts and IBAN")
def _():
    ib = iban("DE", "650922000006071288")
    p = pdf(f"""##Argental Versicherung AG - Schadenabrechnung

Versicherungsnehmer: Thomas und Ines Gebhardt
Versichertes Gebäude: Kapellenweg 6, 88074 Meckenbeuren
Vertrag: WG 20-5502 913 (Wohngebäude Premium, gleitender Neuwert)
Schaden: WG-2026-00812, Sturm "Lothar II" vom 14.02.2026

Position                                   Betrag EUR
Dachdeckerarbeiten (Fa. Sauter Bedachungen)   7.842,30
Dachrinne und Fallrohr                          912,45
Gerüst                                        1.380,00
Sachverständiger (trägt Argental)               (direkt)
Summe                                        10.134,75
Selbstbeteiligung                              -  500,00
Auszahlung                                    9.634,75

Zahlung an: Thomas Gebhardt
IBAN {grp(ib)}
Raiffeisenbank Meckenbeuren

Die Abrechnung ist endgültig, sofern Sie nicht innerhalb von 4 Wochen
weitere Kosten nachweisen.
""", title="Schadenabrechnung WG-2026-00812")
    body = """Sehr geehrte Familie Gebhardt,

der Sachverständige hat den Sturmschaden an Ihrem Dach begutachtet und die
Rechnungen geprüft. Die Abrechnung finden Sie im Anhang, die Zahlung ist
heute veranlasst.

Mit freundlichen Grüßen

""" + S("kurz") + "\n" + FOOT_DE
    return build(N(), A("kurz"), "Ines Gebhardt <ines.gebhardt@kapellenweg6.example>",
                 "Abrechnung Sturmschaden", "2026-03-26 11:50", body,
                 atts=[att("Schadenabrechnung_WG-2026-00812.pdf", p)])


# ---------------------------------------------------------------- 0060
@mail("NORMAL", "de", "insurer-to-customer",
      "notification mail without content: a new message is waiting in the portal; no name, no contract, no data")
def _():
    body = """Guten Tag,

in Ihrem persönlichen Postfach im Argental Kundenportal liegt eine neue
Nachricht für Sie bereit.

Bitte melden Sie sich an unter
https://portal.argental.example/postfach

Aus Sicherheitsgründen enthält diese E-Mail keine Inhalte. Die Nachricht
bleibt 90 Tage im Postfach abrufbar.

Diese E-Mail wurde automatisch erstellt. Bitte antworten Sie nicht
darauf; Sie erreichen uns über das Kontaktformular im Portal.

Ihre Argental Versicherungsgruppe"""
    return build(N(), "Argental Kundenportal <no-reply@portal.argental.example>",
                 "k.wiedemann@seepost.example",
                 "Neue Nachricht in Ihrem Argental Postfach", "2026-07-07 06:12", body, cte="8bit",
                 headers=[("Auto-Submitted", "auto-generated")])


# ---------------------------------------------------------------- 0061
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "expat health claim in Switzerland: named insured, list of doctors' and physiotherapy invoices with diagnoses, reimbursement in CHF")
def _():
    html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear Dr Sato,</p>
<p>please find below the settlement of the invoices you uploaded on 3 November for your
international health plan (policy IHP-CH 08-4471, member no. 02 – yourself).</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">
<tr style="background:#e8f0f4"><th>Date</th><th>Provider</th><th>Reason on invoice</th><th>Invoiced CHF</th><th>Paid CHF</th></tr>
<tr><td>02.10.2026</td><td>Dr. med. P. Giger, Rheumatology, Zürich</td><td>Psoriatic arthritis, follow-up</td><td>286.40</td><td>286.40</td></tr>
<tr><td>02.10.2026</td><td>Labor Zürich-West</td><td>CRP, blood count, liver values</td><td>118.90</td><td>118.90</td></tr>
<tr><td>09.10.–30.10.2026</td><td>Physio Seefeld</td><td>9 sessions, hand function</td><td>432.00</td><td>345.60</td></tr>
<tr><td>12.10.2026</td><td>Apotheke am Kreuzplatz</td><td>Methotrexate 15 mg, folic acid</td><td>74.35</td><td>74.35</td></tr>
<tr><td colspan="3"><b>Total</b></td><td><b>911.65</b></td><td><b>825.25</b></td></tr>
</table>
<p>Physiotherapy is reimbursed at 80&nbsp;% under your plan. The annual deductible of CHF 300 was
already met in March.</p>
<p>The amount will be paid to your UBS account ending 4410 within three working days.</p>
<p>Kind regards,<br>Corinne Zürcher<br>Argental Schweiz AG – International Health</p>
</body></html>"""
    text = """Dear Dr Sato,

please find below the settlement of the invoices you uploaded on
3 November for your international health plan (policy IHP-CH 08-4471,
member no. 02 - yourself).

Date           Provider                           Reason on invoice              Invoiced   Paid (CHF)
02.10.2026     Dr. med. P. Giger, Rheumatology    Psoriatic arthritis, follow-up    286.40   286.40
02.10.2026     Labor Zürich-West                  CRP, blood count, liver values    118.90   118.90
09.-30.10.2026 Physio Seefeld                     9 sessions, hand function         432.00   345.60
12.10.2026     Apotheke am Kreuzplatz             Methotrexate 15 mg, folic acid     74.35    74.35
Total                                                                               911.65   825.25

Physiotherapy is reimbursed at 80 % under your plan. The annual
deductible of CHF 300 was already met in March.

The amount will be paid to your UBS account ending 4410 within three
working days.

Kind regards,
Corinne Zürcher
Argental Schweiz AG - International Health"""
    return build(N(), A("zuercher"), "Dr Keiko Sato <keiko.sato@eth-alumni.example>",
                 "Settlement of your invoices – IHP-CH 08-4471", "2026-11-06 09:40", text, html=html)


# ---------------------------------------------------------------- 0062
@mail("NORMAL", "de", "newsletter",
      "trap: customer magazine item on tick-borne encephalitis (FSME) vaccination in Austria, costs and risk areas; no person")
def _():
    body = """Argental KUNDENPOST Österreich · Frühjahr 2026

Zecken-Saison: Jetzt an die FSME-Impfung denken

Vorarlberg, Tirol und Kärnten zählen zu den FSME-Risikogebieten. 2025
wurden in Österreich über 100 Erkrankungen gemeldet, rund die Hälfte der
Betroffenen musste im Spital behandelt werden. Die Impfung schützt zu
über 95 %.

So geht's:
  * Grundimmunisierung: drei Teilimpfungen, die ersten beiden im Abstand
    von 1–3 Monaten – wer jetzt startet, ist im Sommer geschützt.
  * Auffrischung alle 5 Jahre, ab 60 alle 3 Jahre.
  * Die Impfaktion in Apotheken läuft bis Ende Juli; die Impfung kostet
    dort derzeit EUR 44,95 (Erwachsene).

Tipp: Mit unserem Tarif "Vorsorge Plus AT" ersetzen wir Ihnen die Kosten
für empfohlene Impfungen bis EUR 150 pro Jahr – einfach Rechnung im
Kundenportal hochladen.

Nach einem Zeckenstich: Zecke mit einer Pinzette langsam herausziehen,
Stelle desinfizieren und einige Wochen beobachten. Bei einer sich
ausbreitenden Rötung oder grippeähnlichen Beschwerden bitte zur Ärztin
oder zum Arzt.

---
Sie erhalten die Kundenpost, weil Sie sie im Kundenportal bestellt haben.
Abbestellen: https://portal.at.argental.example/einstellungen/kundenpost
Argental Versicherung Österreich AG, Römerstraße 21, 6900 Bregenz"""
    return build(N(), "Argental Kundenpost <kundenpost@at.argental.example>",
                 "kundenpost-abonnenten@lists.at.argental.example",
                 "Kundenpost Frühjahr: FSME-Impfung, Fahrradcheck und mehr", "2026-03-31 08:00", body,
                 headers=[("List-Unsubscribe", "<https://portal.at.argental.example/einstellungen/kundenpost>"),
                          ("Precedence", "bulk")])


# ---------------------------------------------------------------- 0063
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "pet health insurance claim of a named customer: dog's surgery (animal health), vet invoice, contract number and payout")
def _():
    body = """Liebe Frau Rädler,

wir hoffen, Bella geht es nach der Operation wieder besser!

Die Rechnung der Tierklinik Oberschwaben vom 19. Mai haben wir aus Ihrer
Hunde-OP-Versicherung (Vertrag TK 85-1174 330) wie folgt abgerechnet:

  Kreuzbandriss hinten links, TPLO-Operation
  Rechnungsbetrag (GOT 2-fach)          2.864,70 EUR
  davon versichert (Operation,
  Narkose, 2 Tage stationär)            2.701,20 EUR
  Physiotherapie für Hunde (nicht
  mitversichert im Tarif OP Basis)       -163,50 EUR
  Selbstbeteiligung 20 %                 -540,24 EUR
  Erstattung                            2.160,96 EUR

Die Erstattung geht auf Ihr Konto, das wir für den Beitragseinzug
nutzen. Für die Nachkontrolle in sechs Wochen gilt: Kontrolluntersuchungen
nach einer versicherten OP sind bis 14 Tage danach mitversichert, spätere
leider nicht.

Herzliche Grüße

""" + S("kurz") + "\n" + FOOT_DE
    return build(N(), A("kurz"), "Tanja Rädler <tanja.raedler@pfotenpost.example>",
                 "Ihre Tierarztrechnung für Bella – Abrechnung", "2026-05-29 13:03", body)


# ---------------------------------------------------------------- 0064
@mail("NORMAL", "de", "internal",
      "trap: anonymised training case of a cross-border worker with disc prolapse (age, occupation, no name/number) in an ODT")
def _():
    o = odt([("h", "Fallstudie 7: Grenzgängerin mit Bandscheibenvorfall (anonymisiert)"),
             "Zweck: Schulung Leistungsbereiche DE/AT/CH, Modul 'Zuständigkeiten über Grenzen'.",
             "Die Fallstudie ist aus mehreren echten Fällen zusammengesetzt und verändert. Namen, Daten, Orte und "
             "Vertragsnummern sind frei erfunden bzw. entfernt; Ähnlichkeiten sind nicht beabsichtigt.",
             ("h", "Sachverhalt"),
             "Frau A., Mitte 40, wohnt im Allgäu und arbeitet als Pflegehelferin in einem Spital in der Ostschweiz. "
             "Nach einem Bandscheibenvorfall ist sie mehrere Monate arbeitsunfähig. Sie hat eine Krankentaggeld-"
             "versicherung über ihren Schweizer Arbeitgeber, eine private Krankheitskostenversicherung in "
             "Deutschland und eine BU-Versicherung bei einem deutschen Versicherer.",
             ("h", "Fragen an die Teilnehmenden"),
             "1. Welcher Versicherer zahlt Lohnersatz in den ersten 30 Tagen, welcher danach?",
             "2. Welche Rolle spielt die Schweizer IV, und wie wirkt sich ein IV-Entscheid auf die BU-Prüfung aus?",
             "3. Welche Unterlagen dürfen zwischen den Gesellschaften der Gruppe ausgetauscht werden – und auf welcher "
             "Grundlage (Schweigepflichtentbindung, Art. 321 StGB-CH, § 203 StGB)?",
             ("table", [["Zeitraum", "Leistungsträger (Lösungsvorschlag)"],
                        ["Tag 1–30", "Arbeitgeber (Lohnfortzahlung / Wartefrist)"],
                        ["ab Tag 31", "Krankentaggeld CH (Kollektivvertrag)"],
                        ["nach 6 Monaten", "BU-Prüfung DE parallel, IV-Anmeldung CH"]])],
            title="Fallstudie 7 Grenzgaengerin anonymisiert", author="Corinne Zürcher")
    body = """Hallo zusammen,

für den Workshop am 18. Juni in Bregenz anbei Fallstudie 7. Sie ist
komplett anonymisiert und aus drei Fällen zusammengesetzt – bitte
trotzdem nicht aus dem Schulungsordner herauskopieren, damit keiner auf
die Idee kommt, es sei ein echter Fall.

Die Lösungsvorschläge sind in der Tabelle, die blende ich im Workshop erst
am Ende ein.

Liebe Grüsse
Corinne

""" + S("zuercher")
    return build(N(), A("zuercher"), "Trainer Leistung <trainer-leistung@argental.example>",
                 "Workshop 18.06. – Fallstudie 7 (anonymisiert)", "2026-06-08 17:22", body,
                 cc=A("pichler"), atts=[att("Fallstudie_07_Grenzgaengerin_anonym.odt", o)])


# ---------------------------------------------------------------- 0065
@mail("STRICTLY_CONFIDENTIAL", "mixed", "company",
      "English forward of a Swiss employer's German HR mail and list for the occupational pension/group life plan forwarded internally: employees' names, birth dates, AHV numbers, salaries, disability status")
def _():
    x = xlsx([("Mutationen 2026", [
        ["Name", "Vorname", "Geburtsdatum", "AHV-Nr.", "Eintritt", "AHV-Jahreslohn CHF", "Beschäftigungsgrad", "Bemerkung"],
        ["Baumgartner", "Nicole", "1987-04-21", ahv("300118264"), "2026-01-01", 84500, "100 %", "Neueintritt"],
        ["Bühler", "Adrian", "1979-09-02", ahv("300552871"), "2014-08-01", 121000, "100 %", "Lohnerhöhung"],
        ["Sutter", "Mirjam", "1992-12-10", ahv("301009326"), "2019-03-01", 49800, "60 %", "Pensum reduziert"],
        ["Huber", "Patrick", "1971-06-15", ahv("299874410"), "2001-05-01", 96200, "50 %", "IV-Teilrente seit 11/2025, 50 % arbeitsunfähig"],
        ["Frei", "Sandro", "1996-02-28", ahv("302334591"), "2022-10-01", 0, "", "Austritt per 31.12.2025"]])],
        title="BVG Mutationen 2026 Meierhans", author="HR Meierhans Metallbau AG")
    body = """Beat,

forwarding the annual changes from Meierhans Metallbau for their BVG plan
(contract BV-CH 40-2218). Note Mr Huber: partial invalidity pension from
the IV since November – the waiver of premium and our disability pension
need to be checked against his file. Can you take this? I'm out from
Thursday.

Thanks,
Corinne

-------- Forwarded Message --------
Subject: BVG-Mutationen 2026 Meierhans Metallbau AG
Date: Mon, 19 Jan 2026 11:02:14 +0100
From: Sabrina Meierhans <hr@meierhans-metallbau.example>
To: Argental Schweiz Vorsorge <vorsorge@ch.argental.example>

Guten Tag

Anbei die Mutationsliste 2026. Bei Herrn Huber ist die IV-Verfügung
eingegangen (halbe Rente), die Kopie schicke ich per Post.

Freundliche Grüsse
Sabrina Meierhans
HR / Lohnbuchhaltung
"""
    return build(N(), A("zuercher"), A("ammann"), "Fwd: BVG-Mutationen 2026 Meierhans Metallbau AG",
                 "2026-01-20 08:47", body,
                 atts=[att("BVG_Mutationen_2026_Meierhans.xlsx", x)],
                 mailer="Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0")


# ---------------------------------------------------------------- 0066
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "travel baggage claim of a named customer (lost suitcase on a flight via Vienna): policy/claim number, items, payout; no health")
def _():
    body = """Dear Ms Duarte,

thank you for the Property Irregularity Report from the airline and the
list of contents. Your suitcase was declared lost on 24 July after
transferring in Vienna, so we can now settle your claim under your
annual travel policy TR-AT 74-5512 903 (claim TB-2026-00391).

  Clothing and shoes (time value)          EUR   640.00
  Toiletries and cosmetics                 EUR   115.00
  Suitcase (Samsonite, 3 years old)        EUR   180.00
  Emergency purchases 20-24 July           EUR   214.30
  less compensation paid by the airline    EUR  -400.00
  --------------------------------------------------
  Payment                                  EUR   749.30

Jewellery is only insured in checked baggage if it was in your hand
luggage or worn, so the earrings (EUR 320) cannot be included, I'm sorry.

We will transfer the amount to the account ending 2291 at Erste Bank.

Kind regards,

""" + S("whitfield", "en") + "\n" + FOOT_AT
    return build(N(), A("whitfield"), "Marta Duarte <marta.duarte@correo-lx.example>",
                 "Your lost suitcase – claim TB-2026-00391", "2026-08-04 12:05", body)


# ---------------------------------------------------------------- 0067
@mail("NORMAL", "de", "internal",
      "trap: calendar invitation to the mandatory training on professional secrecy (§ 203 StGB, Berufsgeheimnis CH/AT); no case data")
def _():
    ev = ics("schulung-203-2026-q2@argental.example", "20260512T090000", "20260512T103000",
             "Pflichtschulung Schweigepflicht § 203 StGB / Berufsgeheimnis (DE/AT/CH)",
             location="Teams + Raum Pfänder (Bregenz) + Raum Säntis (Friedrichshafen)",
             description="Inhalte: Wer ist Berufsgeheimnisträger? Weitergabe von Gesundheitsdaten an "
                         "Gutachter, Rückversicherer und Dienstleister. Unterschiede DE/AT/CH. "
                         "Fallbeispiele (anonymisiert). Abschlussquiz.",
             organizer=("Dr. Carola Wendt", "carola.wendt@argental.example"),
             attendees=[("Leistung Gruppe", "leistung-alle@argental.example")])
    body = """Liebe Kolleginnen und Kollegen,

die jährliche Pflichtschulung zur Schweigepflicht findet dieses Jahr für
alle drei Länder gemeinsam statt. Bitte nehmt die Einladung an; wer am
12. Mai nicht kann, nimmt am Ersatztermin am 2. Juni teil (Einladung
folgt).

Die Teilnahme wird im Lernportal dokumentiert.

Viele Grüße
Carola Wendt

""" + S("wendt")
    return build(N(), A("wendt"), "Leistung Gruppe <leistung-alle@argental.example>",
                 "Einladung: Pflichtschulung Schweigepflicht – 12. Mai 2026", "2026-04-14 12:30", body,
                 atts=[att("einladung.ics", ev)])


# ---------------------------------------------------------------- 0068
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "care insurance: assessor's report for a named insured (care level, dementia, mobility) and the decision on Pflegetagegeld")
def _():
    body = """Hallo Henrike,

das Pflegegutachten für Frau Hildegard Sontheimer (KV 4409 3318 71,
PPV und Pflegetagegeld PT 50) ist gestern von MEDICPROOF gekommen:

- Begutachtung am 28.07.2026 in der Wohnung der Tochter in Weingarten
- Diagnosen: Alzheimer-Demenz mittelschwer (G30.1/F00.1), Zustand nach
  Oberschenkelhalsfraktur rechts 2024, Harninkontinenz
- Modul 2 (kognitive Fähigkeiten) und Modul 3 (Verhalten) deutlich
  beeinträchtigt, Mobilität mit Rollator eingeschränkt
- Gesamtpunktwert 62,5 -> Pflegegrad 3 (bisher 2), ab Antragsmonat Juni

Damit steigt das Pflegetagegeld aus dem Zusatztarif von 20 auf 50 % der
vereinbarten 80 EUR, also 40 EUR täglich ab 01.06.2026. Nachzahlung für
Juni/Juli: 61 Tage x 24 EUR Differenz = 1.464 EUR.

Die Tochter, Frau Ulrike Sontheimer-Wahl, hat Vorsorgevollmacht (liegt
in der Akte). Soll ich den Bescheid an sie schicken oder gehst du noch
einmal drüber?

Grüße
Aylin

--
Aylin Kaya
Leistung Pflege
Argental Krankenversicherung AG"""
    return build(N(), "Aylin Kaya <aylin.kaya@argental.example>", A("vogelsang"),
                 "Sontheimer – Gutachten da, PG 3", "2026-08-05 10:25", body)


# ---------------------------------------------------------------- 0069
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "Austrian motor partial-cover claim (deer collision) of a named customer: Polizze, plate, repair cost, payout; nobody hurt")
def _():
    body = """Sehr geehrter Herr Amann,

danke für Ihre Meldung und die Bestätigung der Polizeiinspektion
Hittisau über den Wildunfall am 11. November auf der L 205 Richtung
Sibratsgfäll. Gut, dass Ihnen und Ihrer Frau nichts passiert ist.

Der Schaden an Ihrem Subaru Forester (Kennzeichen B-618 TX) fällt unter
die Teilkasko Ihrer Polizze 71-5580 214:

  Reparatur laut Rechnung Autohaus Bereuter, Egg   EUR 3.912,44
  abzüglich Selbstbehalt Teilkasko                 EUR   300,00
  Zahlung                                          EUR 3.612,44

Die Zahlung erfolgt – wie von Ihnen gewünscht – direkt an das Autohaus
Bereuter. Ihre Bonusstufe bleibt unverändert.

Freundliche Grüße

""" + S("hoedl") + "\n" + FOOT_AT
    return build(N(), A("hoedl"), "Gebhard Amann <g.amann@bregenzerwald-net.example>",
                 "Wildschaden 11.11. – Polizze 71-5580 214", "2026-11-24 14:40", body)


# ---------------------------------------------------------------- 0070
@mail("NORMAL", "en", "insurer-to-partner",
      "trap: press release on group results 2025 (premiums, combined ratio, health benefits paid); company figures only")
def _():
    body = """PRESS RELEASE – for immediate release

Argental Insurance Group: premium growth in all three countries,
combined ratio improves to 93.4 %

Friedrichshafen / Bregenz / St. Gallen, 24 March 2026 – The Argental
Insurance Group increased its gross written premiums in 2025 by 6.1 % to
EUR 2.38 billion. Growth was strongest in Switzerland (+11.4 %), driven
by daily sickness benefit insurance for employers, and in Austrian health
insurance (+8.2 %).

Key figures 2025
  Gross written premiums          EUR 2,380 m   (2024: 2,243 m)
  Combined ratio P&C              93.4 %        (2024: 96.0 %)
  Benefits paid in health         EUR 612 m     (2024: 571 m)
  Solvency II ratio               214 %         (2024: 205 %)
  Employees                       3,140 in DE, AT and CH

"Our customers live and work across borders, and so do we," said CEO
Ilse Rauber. "Cross-border commuters around Lake Constance now make up
almost a tenth of our health insurance customers."

Natural catastrophe losses fell after the hail-heavy year 2024; the
largest single event was the February storm, with 3,900 claims.

The full annual report will be published on 28 April.

Press contact:
Greta Holzapfel, Corporate Communications
+49 7541 3090-120 · presse@argental.example"""
    return build(N(), "Argental Presse <presse@argental.example>",
                 "Redaktionsverteiler <redaktionen@presseverteiler-bodensee.example>",
                 "Press release: Argental Insurance Group results 2025", "2026-03-24 07:30", body,
                 headers=[("Precedence", "bulk")])


# ---------------------------------------------------------------- 0071
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "health insurance premium arrears of a named customer: policy number, amount, dunning and suspension of benefits; personal line")
def _():
    body = """Sehr geehrter Herr Yilmaz,

leider konnten wir die Beiträge für Ihre private Krankenversicherung
für die Monate Juli bis September nicht einziehen; die Lastschriften sind
mangels Deckung zurückgekommen.

Versicherungsnummer: KV 4416 2280 93
Rückstand:           3 x 612,47 EUR = 1.837,41 EUR
zzgl. Säumniszuschlag und Bankgebühren: 27,90 EUR

Nach § 193 Abs. 6 VVG müssen wir Sie darauf hinweisen: Wird der Rückstand
nicht innerhalb von zwei Monaten nach dieser Mahnung ausgeglichen, ruht
der Vertrag, und Sie werden im Notlagentarif versichert. Dort sind nur
noch Leistungen bei akuten Erkrankungen und Schmerzzuständen sowie bei
Schwangerschaft versichert.

Wenn Sie gerade in einer finanziell schwierigen Lage sind, rufen Sie mich
bitte an. Wir können eine Ratenzahlung vereinbaren oder über einen
Wechsel in einen günstigeren Tarif sprechen.

Mit freundlichen Grüßen

""" + S("aydin") + "\n" + FOOT_KV
    return build(N(), A("aydin"), "Cem Yilmaz <cem.yilmaz@fnmail.example>",
                 "Zahlungserinnerung – Ihre Krankenversicherung KV 4416 2280 93", "2026-10-02 09:00", body)


# ---------------------------------------------------------------- 0072
@mail("CONFIDENTIAL", "en", "internal",
      "sanctions/KYC screening hit on a named policyholder of a property policy: full name, birth date, nationality, address; no health")
def _():
    body = """Hi Fiona,

the nightly sanctions screening flagged a potential match in our
Austrian property portfolio. Details for your review:

  Policyholder:      Viktor Sergeyevich Orlov
  Born:              17 March 1968, nationality: Cyprus / Russia
  Address:           Seestraße 88, 6900 Bregenz (holiday apartment)
  Policy:            73-9902 117, apartment contents and buildings share
  Premium:           EUR 1,942.00 p.a., paid by bank transfer from
                     an account at a bank in Limassol
  Screening list:    EU consolidated list, entry "ORLOV, Viktor S.",
                     born 1968, place of birth St Petersburg
  Match score:       87 %

Our file has no place of birth. Payments are on hold according to the
procedure; no claim is open.

Could you decide whether we need to ask the customer for a copy of his
passport, or whether the difference in the middle name on the list
("Semyonovich") is enough to discard the match?

Thanks,
Markus

""" + S("gruber", "en")
    return build(N(), A("gruber"), A("kellerman"),
                 "Sanctions screening hit – policy 73-9902 117 (please review)", "2026-06-17 08:14", body,
                 headers=[("Sensitivity", "Company-Confidential")])


# ---------------------------------------------------------------- 0073
@mail("NORMAL", "mixed", "internal",
      "trap: English IT ticket quoting German error messages ('Arztbericht konnte nicht hochgeladen werden'); log lines without customer data")
def _():
    log = """2026-07-14T08:12:33+02:00 WARN  scan-router-at  job=7781201 doctype=ARZTBERICHT pages=14 size=22.4MB -> reject: max_size
2026-07-14T08:12:33+02:00 ERROR portal-at        upload-id=u-88a1f msg="Arztbericht konnte nicht hochgeladen werden (Fehler 0x413)"
2026-07-14T08:15:02+02:00 WARN  scan-router-at  job=7781209 doctype=ARZTRECHNUNG pages=2 size=1.1MB -> ok
2026-07-14T08:19:47+02:00 ERROR portal-at        upload-id=u-88a2c msg="Datei ist zu groß. Bitte laden Sie Dateien bis 10 MB hoch."
"""
    body = """Hi team,

reopening INC-2026-08812 – the same upload problem we had in Switzerland
in May now appears in the Austrian portal. Customers see the German
messages

  "Arztbericht konnte nicht hochgeladen werden (Fehler 0x413)"
  "Datei ist zu groß. Bitte laden Sie Dateien bis 10 MB hoch."

Excerpt from the scan router / portal log attached (only job IDs, no
document content or customer references). It seems the fix from web-ch-02
(limit raised to 30 MB) was never rolled out to web-at-01.

Priority: high – hospital discharge letters from Austrian Spitäler are
often above 10 MB.

Tobias

--
""" + S("reischl", "en")
    return build(N(), A("reischl"), "IT Ops <it-ops@argental.example>",
                 "Reopen INC-2026-08812: AT portal upload limit (Arztbericht > 10 MB)", "2026-07-14 08:31", body,
                 atts=[att("portal-at-upload-errors.log.txt", log)])


# ---------------------------------------------------------------- 0074
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "hearing-aid reimbursement for a named insured: hearing loss diagnosis, ENT prescription, device costs and reimbursement")
def _():
    body = """Sehr geehrter Herr Nägele,

für Ihre neuen Hörgeräte haben wir die Rechnung von Hörakustik Bodensee
und die Verordnung Ihres HNO-Arztes, Dr. Lutz, geprüft.

  Diagnose laut Verordnung: beidseitige Innenohrschwerhörigkeit
  (H90.3), Hörverlust ca. 55 dB
  2 Hinter-dem-Ohr-Geräte inkl. Anpassung       4.190,00 EUR
  erstattungsfähig laut Tarif AKomfort 100
  (Hilfsmittel, Höchstbetrag alle 5 Jahre)      3.000,00 EUR
  Erstattung                                    3.000,00 EUR

Die Batterien bzw. das Ladegerät (89,00 EUR) sind als Zubehör leider
nicht erstattungsfähig. Die nächste Versorgung erstatten wir frühestens
ab März 2031, bei einer deutlichen Verschlechterung des Hörvermögens
auch früher, dann mit neuer Verordnung.

Mit freundlichen Grüßen

""" + S("vogelsang") + "\n" + FOOT_KV
    return build(N(), A("vogelsang"), "Ewald Nägele <ewald.naegele@t-net-see.example>",
                 "Erstattung Ihrer Hörgeräte", "2026-03-13 12:44", body, charset="iso-8859-1")


# ---------------------------------------------------------------- 0075
@mail("NORMAL", "en", "internal",
      "trap: actuarial note with mortality and morbidity table updates for Austria and Switzerland, premium triggers; population data only")
def _():
    x = xlsx([("q_x comparison", [
        ["Age", "CH 2020 male", "CH 2025 male", "AT 2020 male", "AT 2025 male", "change CH", "change AT"],
        [30, 0.00052, 0.00048, 0.00061, 0.00057, "-7.7 %", "-6.6 %"],
        [40, 0.00091, 0.00086, 0.00118, 0.00111, "-5.5 %", "-5.9 %"],
        [50, 0.00232, 0.00219, 0.00301, 0.00284, "-5.6 %", "-5.6 %"],
        [60, 0.00601, 0.00577, 0.00781, 0.00752, "-4.0 %", "-3.7 %"],
        [70, 0.01530, 0.01486, 0.01902, 0.01851, "-2.9 %", "-2.7 %"]]),
        ("Triggers", [["Tariff", "Trigger", "Threshold", "Current deviation", "Action"],
                      ["Term life AT", "mortality", "5 %", "-5.8 %", "premium decrease possible"],
                      ["Term life CH", "mortality", "5 %", "-5.1 %", "review 2027"],
                      ["Hospital supplement CH", "claims per insured", "10 %", "+7.8 %", "monitor"]])],
        title="Mortality update AT CH 2026", author="Philipp Thalmann")
    body = """Dear all,

attached are the updated population mortality tables for Austria and
Switzerland compared with the 2020 basis, plus the trigger check for the
tariffs concerned.

Headline: mortality improvement at ages 30-50 has exceeded the 5 %
trigger in both countries. For the Austrian term-life tariffs this allows
a premium decrease from 1 January; in Switzerland we are just above the
threshold and suggest waiting for the 2026 data.

The hospital supplement in CH is not yet at its trigger (+7.8 % vs
10 %) – see Priya's minutes on Swiss hospital cost inflation.

Comments welcome before the pricing committee on 5 May.

Philipp

""" + S("thalmann", "en")
    return build(N(), A("thalmann"), "Pricing Committee <pricing-committee@argental.example>",
                 "Mortality update AT/CH and premium triggers", "2026-04-23 18:02", body,
                 atts=[att("Mortality_update_AT_CH_2026.xlsx", x)])


# ---------------------------------------------------------------- 0076
@mail("CONFIDENTIAL", "de", "insurer-to-assessor",
      "assessor instruction for a burst-pipe claim at a named customer's house in Dornbirn: address, phone, policy and claim number")
def _():
    body = """Sehr geehrter Herr Ing. Hollenstein,

wir beauftragen Sie mit der Besichtigung eines Leitungswasserschadens:

  Versicherungsnehmerin: Frau Elisabeth Rhomberg
  Risikoadresse: Haselstauder Straße 40, 6850 Dornbirn
  Telefon: +43 664 281 4470 (bitte Termin direkt vereinbaren)
  Polizze: 73-4402 880 (Eigenheim Komfort)
  Schaden: LW-AT-2026-00662, gemeldet am 08.01.2026

Laut Meldung ist im Keller eine Heizungsleitung im Estrich undicht; der
Installateur vermutet Korrosion. Die Kundin hat den Schaden über den
Installateur Fa. Fussenegger eingegrenzt, die Leitungsortung ist
erfolgt. Betroffen sind Kellerräume und der Fußboden im Hobbyraum.

Bitte prüfen Sie insbesondere:
- Ursache und Alter der Leitung (Verschleiß?)
- Umfang der notwendigen Trocknung
- angemessene Höhe des Kostenvoranschlags (EUR 11.800,00)

Honorar nach unserer Rahmenvereinbarung. Ihr Bericht bitte bis Ende
Jänner über das Gutachterportal.

Freundliche Grüße

""" + S("gruber") + "\n" + FOOT_AT
    return build(N(), A("gruber"), "Ingenieurbüro Hollenstein <buero@ib-hollenstein.example>",
                 "Auftrag Besichtigung LW-AT-2026-00662 Rhomberg, Dornbirn", "2026-01-12 09:36", body)


# ---------------------------------------------------------------- 0077
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "critical illness payout to a named customer after breast cancer diagnosis: histology, treatment plan, sum paid")
def _():
    body = """Dear Mrs Petersen,

thank you for sending the histology report and the letter from the
breast centre at Klinikum Konstanz. I know this is a very difficult time,
and I will keep this short.

Your claim under the critical illness policy LV-DD 7721 0483 is accepted.

  Diagnosis:   invasive ductal carcinoma of the left breast (C50.4),
               first diagnosed 8 September 2026
  Treatment:   breast-conserving surgery planned for 2 October,
               followed by radiotherapy
  Benefit:     EUR 75,000 (100 % of the sum insured for cancer)

We will transfer the full amount to your account within five working
days. The policy continues without premiums for the remaining term
(waiver of premium), so you do not need to do anything further.

If it helps, our case manager Sonja Reiter can put you in touch with the
patient support service of the breast centre or help with questions about
the sickness benefit from your employer. Her direct line is
+49 7541 3090-361.

With warm wishes for your treatment,

""" + S("gschwendtner", "en") + "\n" + FOOT_LV
    return build(N(), A("gschwendtner"), "Louise Petersen <l.petersen@kn-mail.example>",
                 "Your critical illness claim – accepted", "2026-09-25 11:18", body)


# ---------------------------------------------------------------- 0078
@mail("NORMAL", "de", "insurer-to-customer",
      "trap: a prospect asks whether she needs private cover besides the e-card; generic answer on Sonderklasse products, no contract or health data")
def _():
    body = """Sehr geehrte Frau Lampert,

danke für Ihre Anfrage über unsere Website.

Mit Ihrer e-card sind Sie in Österreich über die gesetzliche
Krankenversicherung gut abgesichert. Eine private Zusatzversicherung
kann sinnvoll sein, wenn Sie
  * im Spital in der Sonderklasse (Zwei- oder Einbettzimmer, freie
    Arztwahl) behandelt werden möchten,
  * Wahlärztinnen und Wahlärzte ohne Kassenvertrag besuchen, oder
  * Leistungen wie Physiotherapie, Heilbehelfe oder Zahnbehandlungen
    besser abgedeckt haben möchten.

Unsere Tarife im Überblick:
  - "Spital Sonderklasse" – wahlweise mit Selbstbehalt EUR 0/500/1.000
  - "Ambulant Plus" – 80 % der Wahlarztkosten nach Abzug der Kassenerstattung
  - "Kombi" – beides zusammen, mit Familienrabatt

Die Prämie hängt vom Eintrittsalter, dem Bundesland und dem gewählten
Selbstbehalt ab. Bei Antragstellung stellen wir Gesundheitsfragen. Gern
vereinbare ich einen Beratungstermin im Kundencenter Bregenz oder per
Video.

Freundliche Grüße

""" + S("nussbaumer") + "\n" + FOOT_AT
    return build(N(), A("nussbaumer"), "Sophie Lampert <sophie.lampert@vlbg-mail.example>",
                 "Ihre Anfrage: Brauche ich eine private Krankenversicherung?", "2026-02-03 15:51", body)


# ---------------------------------------------------------------- 0079
@mail("CONFIDENTIAL", "mixed", "insurer-to-customer",
      "English reply to a named customer in Vienna quoting her household policy in German: policy number, address, sum insured, deductible")
def _():
    body = """Dear Ms Kowalczyk,

you asked whether your bicycle is covered if it is stolen from the
courtyard of your building. Your household policy (Haushaltsversicherung,
policy 72-3381 409, Große Neugasse 17/8, 1040 Wien, sum insured
EUR 45,000) says – I quote the German wording so there is no
misunderstanding:

  "Fahrräder sind gegen Diebstahl versichert, wenn sie in einem
   versperrten Raum oder im Freien mit einem Schloss an einem fest
   verankerten Gegenstand angeschlossen abgestellt sind. Die
   Entschädigung ist mit EUR 1.500 je Fahrrad begrenzt. Selbstbehalt
   EUR 150."

In plain English: a bicycle locked to the bike rack in the courtyard is
covered up to EUR 1,500; a bicycle that is only locked to itself
(wheel lock) is not. Your e-bike is worth EUR 3,200, so you may want to
add the "E-Bike Plus" module (EUR 39 per year), which raises the limit to
EUR 5,000.

Shall I add it from 1 July?

Best regards,

""" + S("nussbaumer", "en") + "\n" + FOOT_AT
    return build(N(), A("nussbaumer"), "Agnieszka Kowalczyk <a.kowalczyk@wien-mail.example>",
                 "Re: Is my bike covered in the courtyard?", "2026-06-22 13:26", body,
                 in_reply_to="<DB9P194MB1731A2F3@kowalczyk.wien-mail.example>")


# ---------------------------------------------------------------- 0080
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-pharmacy",
      "query to a pharmacy about a named insured's prescription: medicine, dose, PZN, prescribing doctor")
def _():
    body = """Sehr geehrte Damen und Herren,

zu Ihrer Rechnung vom 14. April für unsere Versicherte

  Frau Gisela Stützle, geb. 03.11.1949, KV 4403 8820 14

haben wir eine Rückfrage. Abgerechnet wurden:

  Ozempic 1 mg Injektionslösung, 3 ml Fertigpen, PZN 13776822,
  Menge 3, Betrag 846,27 EUR
  verordnet von Dr. med. Henning Abt, Innere Medizin, Tettnang

Auf dem Rezept ist als Indikation "Diabetes mellitus Typ 2" angegeben,
die Menge für drei Monate erscheint uns jedoch hoch. Können Sie uns
bestätigen, dass die Dosierung 1 mg wöchentlich vom Arzt so verordnet
wurde (ggf. Kopie der Rückseite des Rezepts)? Die Erstattung an Frau
Stützle erfolgt, sobald die Rückfrage geklärt ist.

Vielen Dank und freundliche Grüße

""" + S("vogelsang") + "\n" + FOOT_KV
    return build(N(), A("vogelsang"), "Apotheke am Bärenplatz <info@baerenplatz-apotheke.example>",
                 "Rückfrage Rezept Stützle, geb. 03.11.1949", "2026-04-20 11:58", body)


# ---------------------------------------------------------------- 0081
@mail("NORMAL", "en", "newsletter",
      "trap: HTML travel-health newsletter (vaccinations, altitude sickness, travel pharmacy); general advice only")
def _():
    text = """Argental Travel News – Summer 2026

Going to the mountains or further away this summer? Four tips from our
assistance doctors:

1. Altitude: above 2,500 m, plan a rest day for every 1,000 m you climb.
   Headache and nausea are early signs of altitude sickness – go down.
2. Vaccinations: check tetanus and diphtheria (every 10 years). For
   South-East Asia, ask your doctor about hepatitis A and Japanese
   encephalitis at least six weeks before departure.
3. Travel pharmacy: plasters, painkillers, oral rehydration salts,
   sunscreen SPF 50, your regular medication for the whole trip plus
   a few days.
4. Save our 24h assistance number: +49 7541 3090-999.

Your travel health insurance pays for necessary treatment abroad and for
medically necessary repatriation. Details: www.argental.example/travel

Unsubscribe: www.argental.example/newsletter"""
    html = """<html><body style="font-family:Helvetica,Arial,sans-serif;max-width:640px">
<h1 style="color:#0b5c7a">Argental Travel News – Summer 2026</h1>
<p>Going to the mountains or further away this summer? Four tips from our assistance doctors:</p>
<table cellpadding="8" cellspacing="0" border="0" width="100%">
<tr><td style="background:#eef6f9"><b>Altitude</b></td><td>Above 2,500 m, plan a rest day for every 1,000 m you climb. Headache and nausea are early signs of altitude sickness – go down.</td></tr>
<tr><td style="background:#eef6f9"><b>Vaccinations</b></td><td>Check tetanus and diphtheria (every 10 years). For South-East Asia, ask your doctor about hepatitis A and Japanese encephalitis at least six weeks before departure.</td></tr>
<tr><td style="background:#eef6f9"><b>Travel pharmacy</b></td><td>Plasters, painkillers, oral rehydration salts, sunscreen SPF 50, your regular medication for the whole trip plus a few days.</td></tr>
<tr><td style="background:#eef6f9"><b>24h assistance</b></td><td>+49 7541 3090-999</td></tr>
</table>
<p>Your travel health insurance pays for necessary treatment abroad and for medically necessary repatriation.
<a href="https://www.argental.example/travel">Details</a></p>
<p style="font-size:11px;color:#888"><a href="https://www.argental.example/newsletter">Unsubscribe</a></p>
</body></html>"""
    return build(N(), "Argental Travel News <news@argental.example>", "travel-news@lists.argental.example",
                 "Summer travel: 4 health tips from our assistance doctors", "2026-06-25 07:15", text,
                 html=html, headers=[("Precedence", "bulk")])


# ---------------------------------------------------------------- 0082
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "reply to a named customer moving from Konstanz to Kreuzlingen: his quoted mail and the answer name contracts, old and new address; no health")
def _():
    body = """Hallo Herr Baldauf,

danke für die frühzeitige Info. Zu Ihren Fragen:

1. Hausrat (HR 30-2277 905): Eine deutsche Hausratversicherung kann
   eine Wohnung in der Schweiz nicht versichern. Der Vertrag endet mit
   dem Umzug; Sie erhalten den Beitrag ab 1.8. anteilig zurück. Für
   Kreuzlingen kann Ihnen unsere Schweizer Gesellschaft ein Angebot
   machen – ich habe Ihre Anfrage an Urs Signer in St. Gallen
   weitergegeben.
2. Privathaftpflicht (PH 40-5519 330): Die bleibt, wenn Sie es möchten,
   bis zum Ablauf am 1.1. bestehen; danach brauchen Sie eine Schweizer
   Privathaftpflicht (die Vermieter dort verlangen sie fast immer).
3. Kfz: Mit dem Umzug müssen Sie Ihr Auto innerhalb eines Jahres in der
   Schweiz zulassen; die deutsche Kfz-Versicherung endet dann.

Viele Grüße
Miriam Aydın
Kundenservice

-----Ursprüngliche Nachricht-----
Von: Florian Baldauf <f.baldauf@seemail.example>
Gesendet: Freitag, 26. Juni 2026 18:12
An: service@argental.example
Betreff: Umzug in die Schweiz

Hallo,
ich ziehe zum 1. August von der Wessenbergstraße 22 in Konstanz nach
Kreuzlingen (Hauptstrasse 140), weil ich eine Stelle in Frauenfeld
antrete. Was passiert mit meiner Hausrat und Haftpflicht bei Ihnen?
Und brauche ich für mein Auto (KN-FB 711) was Neues?
Gruß Florian Baldauf
"""
    return build(N(), A("aydin"), "Florian Baldauf <f.baldauf@seemail.example>",
                 "AW: Umzug in die Schweiz", "2026-06-29 10:04", body, cc=A("signer"),
                 mailer="Microsoft Outlook 16.0")


# ---------------------------------------------------------------- 0083
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "maternity benefits for a named expat insured in Vienna: pregnancy, due date, gynaecologist and planned birth clinic")
def _():
    body = """Dear Mrs Ferreira-Novak,

congratulations on your pregnancy – and thank you for letting us know
early.

Your international health plan (policy IHP-AT 06-2219, member 01) covers
maternity after the 10-month waiting period, which you completed in
March. Based on the Mutter-Kind-Pass entries you sent (expected due date
14 December 2026, gynaecologist Dr. Eva Haider, 1090 Wien), here is what
you can expect:

  * Prenatal check-ups with Dr. Haider as a Wahlärztin: 100 % after
    the ÖGK refund, up to EUR 1,800 in total
  * Birth in the private clinic you mentioned (Privatklinik
    Josefstadt, Sonderklasse): we will issue a cost guarantee once you
    register – please send us the clinic's confirmation
  * Midwife visits after birth: 100 %
  * Your baby can be added to the plan from birth without health
    questions if we receive the birth certificate within 8 weeks

If anything changes, or if your doctor recommends additional tests,
just let me know.

Warm regards,

""" + S("pichler", "en") + "\n" + FOOT_AT
    return build(N(), A("pichler"), "Ana Ferreira-Novak <ana.fnovak@vienna-expats.example>",
                 "Your maternity cover – what we pay", "2026-06-11 16:37", body)


# ---------------------------------------------------------------- 0084
@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: print-shop proof of a hospital-cash flyer with example amounts and stock photo caption; no person")
def _():
    body = """Hallo Frau Eberle,

danke für den Korrekturabzug des Flyers "Krankenhaustagegeld – Geld für
jeden Tag im Spital". Ein paar Änderungen:

Seite 1: Das Bild mit der Patientin im Krankenbett bitte durch das Motiv
"Familie am See" (Bildnummer AV-2231) ersetzen – die Marketingleitung
möchte keine Krankenhausbilder mehr auf der Titelseite.

Seite 2, Beispielrechnung: bitte korrigieren in
  "Bei einem Spitalaufenthalt von 8 Tagen und einem versicherten
   Tagegeld von 50 Euro erhalten Sie 400 Euro – bei ambulanter
   Operation zusätzlich 150 Euro."

Seite 3, Kleingedrucktes: "Wartezeit 3 Monate, entfällt bei Unfällen."

Auflage bleibt bei 5.000 Stück, 135 g Bilderdruck matt, Lieferung an den
Empfang Seepromenade 12 bis 8. Mai.

Bitte schicken Sie mir den nächsten Abzug als PDF.

Viele Grüße

""" + S("holzapfel")
    return build(N(), A("holzapfel"), "Sandra Eberle <s.eberle@druckhaus-seewald.example>",
                 "Korrektur Flyer Krankenhaustagegeld (Auftrag 26-0441)", "2026-04-21 11:10", body)


# ---------------------------------------------------------------- 0085
@mail("CONFIDENTIAL", "de", "customer",
      "forwarded message of an Austrian customer with his bank details for a comprehensive-cover payout; attachment-only, name, Polizze and IBAN")
def _():
    ib = iban("AT", "3748200000714402")
    inn = inner("Stefan Vonach <stefan.vonach@laendle-post.example>",
                "kfz-schaden@at.argental.example", "Kontoverbindung für Schaden KS-AT-26-03310",
                "2026-07-08 20:41",
                f"""Grüß Gott,

wie telefonisch besprochen hier meine Kontoverbindung für die Auszahlung
aus der Vollkasko (Polizze 71-8812 006, Hagelschaden am Audi A4,
Kennzeichen DO-441 FV):

Kontoinhaber: Stefan Vonach
IBAN: {grp(ib)}
Bank: Raiffeisenbank im Rheintal

Ich habe den Schaden bei der Werkstatt selbst bezahlt, deshalb bitte an
mich überweisen.

Danke und schöne Grüße
Stefan Vonach
Lustenau""", n=85)
    body = """Hallo Buchhaltung,

bitte Zahlung laut angehängter Mail freigeben, Betrag EUR 2.455,80,
Vier-Augen-Freigabe im Schadensystem ist erledigt.

Danke
Florian

""" + S("hoedl")
    return build(N(), A("hoedl"), "Zahlungsverkehr AT <zahlungen@at.argental.example>",
                 "Zahlungsfreigabe KS-AT-26-03310", "2026-07-09 08:22", body,
                 atts=[att_msg(inn, "Kontoverbindung Vonach.eml")])


# ---------------------------------------------------------------- 0086
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "HTML-only letter on the follow-up review of a named customer's occupational disability pension: diagnosis, therapy, table of reports")
def _():
    html = """<html><body style="font-family:Arial,sans-serif;font-size:13px">
<p>Sehr geehrte Frau Kerle,</p>
<p>seit Oktober 2023 zahlen wir Ihnen aus Ihrer Berufsunfähigkeitsversicherung
(Vertrag BU 8810 2271 45) eine monatliche Rente von 1.650 EUR. Wie in den
Bedingungen vorgesehen, prüfen wir alle zwei Jahre, ob die Berufsunfähigkeit
weiter besteht (Nachprüfung).</p>
<p>Wir haben dafür bereits folgende Unterlagen angefordert bzw. erhalten:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse">
<tr style="background:#f0f0f0"><th>Stelle</th><th>Inhalt</th><th>Status</th></tr>
<tr><td>Dr. med. Jörg Wiest, Neurologie, Friedrichshafen</td><td>Verlaufsbericht Multiple Sklerose (G35.1), Schubfrequenz, EDSS</td><td>eingegangen 02.09.2026</td></tr>
<tr><td>MVZ Radiologie Ravensburg</td><td>MRT Schädel 07/2026</td><td>eingegangen 04.09.2026</td></tr>
<tr><td>Reha-Zentrum Gailingen</td><td>Entlassungsbericht Reha 2025</td><td>angefordert</td></tr>
<tr><td>Sie selbst</td><td>Fragebogen Nachprüfung (Tätigkeit, Fatigue, Therapie mit Ocrelizumab)</td><td>bitte bis 30.09. zurück</td></tr>
</table>
<p>Bitte senden Sie uns den Fragebogen über das Kundenportal. Ihre Rente
zahlen wir während der Prüfung unverändert weiter.</p>
<p>Mit freundlichen Grüßen<br>Ralf Gschwendtner<br>Leistung Leben / Berufsunfähigkeit<br>
Argental Lebensversicherung AG</p>
</body></html>"""
    return build(N(), A("gschwendtner"), "Bianca Kerle <bianca.kerle@see-net.example>",
                 "Nachprüfung Ihrer BU-Rente – Vertrag BU 8810 2271 45", "2026-09-10 10:30", None,
                 html=html, html_only=True)


# ---------------------------------------------------------------- 0087
@mail("NORMAL", "en", "insurer-to-partner",
      "trap: request to the external auditors about control testing and sample sizes for claims payments; no customer data")
def _():
    body = """Dear Mr Oduya,

thank you for the audit plan for the 2026 year-end audit. Regarding the
testing of controls in claims payments (items C-04 to C-09), a few
questions from our side:

1. Sample sizes: your plan foresees 25 items per control for the
   four-eyes approval in DE and AT, but 40 for CH. Is this because of the
   migration of the Swiss claims system in June? If so, could we split
   the Swiss sample into before/after migration?

2. Evidence: for data protection reasons we would prefer to show you the
   claim files on screen in the secure audit room rather than exporting
   them. Screenshots of approval logs can be provided with customer
   names masked.

3. Timing: interim testing 14-25 September works for us; please avoid
   the week of 5 October (Swiss premium run).

Best regards,

""" + S("kellerman", "en") + "\n" + FOOT_EN
    return build(N(), A("kellerman"), "Kwame Oduya <kwame.oduya@harlow-stein-audit.example>",
                 "Audit plan 2026 – claims payment controls", "2026-08-18 15:07", body,
                 cc="Group Finance <group-finance@argental.example>")


# ---------------------------------------------------------------- 0088
@mail("CONFIDENTIAL", "en", "insurer-to-partner",
      "cross-border motor recourse to another insurer: named drivers, plates, green card, accident in Austria, repair costs; no injuries")
def _():
    body = """Dear colleagues,

we are writing as motor third-party insurer of the German vehicle
involved in the accident below and ask you, as insurer of the Austrian
vehicle, to accept liability.

  Date / place:        15 August 2026, 14:20, Bregenz, Arlbergstraße /
                       roundabout Weidach
  Our insured:         Mrs Claudia Mohr, Friedrichshafen
                       VW Tiguan, FN-CM 1977, policy KF 60-4410 775
  Your insured:        Mr Dragan Petković, Hard
                       Renault Clio, B-224 PK, your policy no. per
                       accident report: 12-4419087-3
  Circumstances:       your insured entered the roundabout without giving
                       way; both drivers signed the European accident
                       report (copy attached to our portal message).
  Damage to our
  insured's vehicle:   EUR 6,218.40 (repair, Autohaus Rohrer, Lustenau)
                       + towing EUR 310.00 + rental car 5 days EUR 285.00
  Injuries:            none; police not called.

We have paid our insured under her comprehensive cover and claim
reimbursement of EUR 6,813.40 under subrogation. Please confirm
acceptance within four weeks.

Yours faithfully,

""" + S("ebeling", "en") + "\n" + FOOT_EN
    return build(N(), A("ebeling"), "Schadenregress <regress@donau-kfz-versicherung.example>",
                 "Recourse claim: accident 15/08/2026 Bregenz – FN-CM 1977 / B-224 PK", "2026-09-08 13:12", body)


# ---------------------------------------------------------------- 0089
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
      "request to a Dornbirn GP about a named patient's Krankenstand for an accident daily benefit: dates, diagnosis, SVNR")
def _():
    sv = svnr("335", "220990")
    body = f"""Sehr geehrter Herr Dr. Wallner,

Ihre Patientin Frau Kerstin Ölz, SVNR {sv}, hat bei uns Unfall-Taggeld
aus ihrer privaten Unfallversicherung (Polizze 70-2291 380) beantragt.
Nach ihrer Angabe hat sie sich am 3. Oktober beim Mountainbiken am
Karren eine Schulterluxation links mit Labrumläsion zugezogen und ist
seither bei Ihnen im Krankenstand.

Die ÖGK-Krankenstandsbestätigung weist den Krankenstand ab 04.10.2026
„bis auf Weiteres" aus. Für die Berechnung des Taggeldes bitten wir Sie
um eine kurze Bestätigung:

1. Beginn und voraussichtliches Ende des Krankenstandes,
2. unfallbedingte Diagnose(n),
3. ob eine Operation geplant ist (laut Patientin Arthroskopie im LKH
   Feldkirch im November).

Eine Schweigepflichtentbindung von Frau Ölz liegt uns vor. Für Ihre
Auskunft vergüten wir EUR 35,00.

Mit freundlichen Grüßen

{S("pichler")}
{FOOT_AT}"""
    return build(N(), A("pichler"), "Ordination Dr. Georg Wallner <ordination@dr-wallner-dornbirn.example>",
                 "Anfrage Krankenstand Ölz Kerstin – Unfall 03.10.2026", "2026-10-19 09:52", body)


# ---------------------------------------------------------------- 0090
@mail("NORMAL", "de", "internal",
      "trap: Christmas hotline roster naming colleagues and shifts; organisational, no sensitive data")
def _():
    body = """Hallo Team,

hier der Dienstplan für die Servicehotline über die Feiertage. Wer
tauschen möchte, regelt das bitte direkt untereinander und sagt mir
bis 10.12. Bescheid.

                 Frühschicht 8-13     Spätschicht 13-18
  Mi 24.12.      Miriam               – (Hotline bis 13 Uhr)
  Do 25.12.      geschlossen          geschlossen
  Fr 26.12.      geschlossen          geschlossen
  Mo 29.12.      Jens                 Aylin
  Di 30.12.      Aylin                Konstantin
  Mi 31.12.      Konstantin           – (bis 13 Uhr)
  Fr 02.01.      Miriam               Jens

Die 24h-Assistance (Reise, Kfz-Panne) läuft wie immer über den
Dienstleister in Wien, die Notfallnummer bleibt +49 7541 3090-999.

Danke euch allen und schon mal schöne Feiertage!

Miriam"""
    return build(N(), A("aydin"), "Team Kundenservice <kundenservice-team@argental.example>",
                 "Dienstplan Hotline Weihnachten/Silvester", "2026-11-27 14:18", body, flowed=True, cte="8bit")


# ---------------------------------------------------------------- 0091
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "reply to a data subject access request: the ZIP holds a named customer's health claims history with diagnoses and invoices")
def _():
    claims = "\r\n".join([
        "claim_no;date_received;provider;diagnosis_icd;amount_eur;paid_eur",
        "2024-114-00872;2024-03-02;Dr. med. Ines Kolb (dermatology);L40.0;184.20;184.20",
        "2024-201-04412;2024-07-19;Klinikum Friedrichshafen (day surgery);K40.9;2,418.00;2,418.00",
        "2025-033-01190;2025-02-10;Praxis Dr. Sailer (GP);J06.9;62.45;62.45",
        "2025-288-07761;2025-10-14;Psychotherapie Lenz;F43.2;1,540.00;1,232.00",
        "2026-041-00318;2026-02-09;Apotheke am Hafen;L40.0 (Methotrexat);48.12;48.12"]) + "\r\n"
    letter = pdf("""##Argental Krankenversicherung AG - Auskunft nach Art. 15 DSGVO

Betroffene Person: Daniel Whitmore, geb. 30.01.1985
Kundennummer: 7781 0042 19   Versicherungsnummer: KV 4478 1120 63

1. Zwecke der Verarbeitung: Vertragsdurchführung, Leistungsprüfung,
   Beitragseinzug, Rückversicherung (pseudonymisiert)
2. Kategorien: Stammdaten, Vertragsdaten, Gesundheitsdaten aus
   Leistungsanträgen (siehe claims_history.csv), Bankdaten
3. Empfänger: Kestrel Re (nur pseudonymisiert), MEDICPROOF (keine
   Übermittlung erfolgt), Druck- und Versanddienstleister
4. Speicherdauer: 10 Jahre nach Vertragsende (§ 257 HGB, § 147 AO)
5. Herkunft: von Ihnen selbst, Ihren Ärztinnen und Ärzten, Apotheken
""", title="Auskunft Art. 15 DSGVO Whitmore")
    z = zipfile_of([("Auskunft_Art15_Whitmore.pdf", letter),
                    ("claims_history.csv", claims.encode("utf-8")),
                    ("README.txt", b"Password for opening was sent to you by SMS.\r\nThe files are in German; an English summary is in the covering e-mail.\r\n")])
    body = """Dear Mr Whitmore,

thank you for your request of 3 March under Article 15 GDPR. Enclosed you
will find a copy of the personal data we hold about you, as a ZIP file:

  - Auskunft_Art15_Whitmore.pdf: the formal information (purposes,
    recipients, storage periods)
  - claims_history.csv: all benefit claims since 2024, as stored in our
    claims system

The documents are in German; in short, we process your contract and
payment data and the information from the invoices you submitted. We
have not shared identifiable data with anyone outside the group except
printing and mailing service providers.

If you have any questions, or want us to correct anything, please reply
to this mail or call me.

Kind regards,

""" + S("wendt", "en") + "\n" + FOOT_EN
    return build(N(), A("wendt"), "Daniel Whitmore <d.whitmore@fastpost.example>",
                 "Your data access request of 3 March 2026", "2026-03-27 14:03", body,
                 atts=[att("Argental_Auskunft_Whitmore.zip", z)])


# ---------------------------------------------------------------- 0092
@mail("NORMAL", "de", "internal",
      "trap: note on the ICD-10-GM 2026 update and the Austrian LKF model for claims staff; codes as reference only, no patient")
def _():
    body = """Liebe Kolleginnen und Kollegen,

zum Jahreswechsel sind wie jedes Jahr neue Kataloge in Kraft getreten.
Für die Leistungsprüfung relevant:

Deutschland – ICD-10-GM 2026
  * neue Schlüsselnummern u. a. für Long-COVID-Folgezustände (U09.9 wird
    weiter differenziert) und für einzelne seltene Erkrankungen
  * Plausibilitätsregeln im Prüfsystem werden am 15.1. aktualisiert;
    bis dahin kann es Warnmeldungen "unbekannter Code" geben – bitte
    manuell freigeben, wenn der Code im neuen Katalog steht.

Österreich – LKF-Modell 2026
  * neue Leistungspositionen für ambulante Eingriffe im Spital
    (tagesklinische Leistungen); Sonderklasse-Rechnungen enthalten
    ab Jänner die neuen MEL-Codes
  * Theresa hat eine Übersicht im Wiki unter "Leistung AT / LKF 2026"

Schweiz – TARDOC
  * Die Einführung des ambulanten Arzttarifs ist auf 2026 gestartet;
    Rechnungen aus der Grundversicherung kommen bei uns nur bei
    Zusatzversicherungen vor. Corinne bietet dazu eine kurze Schulung
    am 22.1. an.

Die Kataloge selbst liegen wie immer unter \\\\fs01\\leistung\\kataloge\\2026.

Viele Grüße
Henrike

""" + S("vogelsang")
    return build(N(), A("vogelsang"), "Leistung Gruppe <leistung-alle@argental.example>",
                 "Neue Kataloge 2026: ICD-10-GM, LKF, TARDOC", "2026-01-07 08:49", body)


# ---------------------------------------------------------------- 0093
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "electronics insurance claim of a named customer (cracked smartphone display): contract, device IMEI, repair cost, payout")
def _():
    body = """Hallo Herr Schnell,

Ihr Handyschaden ist erledigt:

Vertrag: EL 88-0551 207 (Elektronik Smart)
Gerät: iPhone 15 Pro, IMEI 35 441208 771903 6
Schaden: Displaybruch am 02.05.2026 (Sturz auf Fliesen)
Reparatur: Phone-Klinik Friedrichshafen, Rechnung 26-1182: 329,00 EUR
Selbstbeteiligung: 50,00 EUR
Erstattung: 279,00 EUR

Das Geld ist unterwegs auf Ihr Konto bei der N26 (endet auf 5510).

Gute Fahrt mit dem reparierten Gerät ;-)

Viele Grüße
""" + S("kurz")
    return build(N(), A("kurz"), "Kevin Schnell <kevin.schnell@postfach-fn.example>",
                 "Ihr Displayschaden – erledigt", "2026-05-11 16:55", body)


# ---------------------------------------------------------------- 0094
@mail("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-partner",
      "facultative life/disability request to the reinsurer for a named applicant, quoting German doctor's report: cardiac diagnosis, medication, test results")
def _():
    body = """Dear Annika,

could you please give us a facultative quote for the following case?
It exceeds our retention for occupational disability.

  Applicant:        Dr. Julian Rheinberger, born 14.07.1978
  Occupation:       Managing partner, tax consultancy (office, 100 %)
  Cover applied:    BU annuity EUR 6,000/month to age 67, plus term life
                    EUR 1.5 m (joint mortgage), application A-BU-2026-14221
  Issue:            cardiac history

Relevant excerpt from the cardiologist's report (Dr. med. Brigitte Tausch,
Kardiologie am See, Konstanz, 02.04.2026), in the original German:

  "Zustand nach Vorhofflimmern, erstmals 11/2023, Pulmonalvenenisolation
   am 14.03.2024 im Herzzentrum Bad Krozingen. Seither im Langzeit-EKG
   (zuletzt 03/2026) kein Rezidiv. LVEF 60 %, keine strukturelle
   Herzerkrankung. Medikation: Apixaban 5 mg 2x tgl. wurde 09/2024
   abgesetzt, aktuell Bisoprolol 2,5 mg. CHA2DS2-VASc-Score 0.
   Belastbarkeit uneingeschränkt."

Our own view (Dr. Fassbind): standard rates for life, BU with a loading of
+25 % or an exclusion for arrhythmia-related disability for 3 years.
We would prefer the loading.

The full application and all reports are in the secure exchange room
under reference FAC-2026-0147.

Thanks and best regards,
Jonas

""" + S("werthmann", "en") + "\n" + FOOT_EN
    return build(N(), A("werthmann"), "Annika Moberg <annika.moberg@kestrel-re.example>",
                 "Facultative request FAC-2026-0147 – BU/life, cardiac history", "2026-04-24 11:41", body,
                 cc=A("fassbind"))


# ---------------------------------------------------------------- 0095
@mail("NORMAL", "en", "internal",
      "trap: change request to enforce TLS with partner domains (hospitals, reinsurer, broker); technical only, no personal data")
def _():
    body = """Hi all,

change request CR-2026-0312 for Thursday night (23:00-01:00):

Mail gateway – enforce TLS 1.2+ with verified certificates for the
following partner domains (currently opportunistic TLS):

  kestrel-re.example                 reinsurer
  spital-saentisblick.example        hospital (CH)
  sanatorium-riedsee.example         hospital (AT)
  harlow-stein-audit.example         auditors
  maklerhaus-bodensee.example        broker

All five have passed the test connection (certificate chain valid,
MTA-STS published for three of them). If the TLS handshake fails after
the change, mails will fall back to the portal (secure web mailbox),
not to plain SMTP.

Rollback: revert policy table tls_policy.map to revision 418.

I'm off on Friday, Tobias covers any follow-up.

David

""" + S("okafor", "en")
    return build(N(), A("okafor"), "Change Advisory Board <cab@argental.example>",
                 "CR-2026-0312: enforce TLS with five partner domains", "2026-05-25 17:34", body,
                 cc=A("reischl"))


# ---------------------------------------------------------------- 0096
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "tenant's liability claim of a named expat in Zurich (damaged parquet at move-out): policy/claim number, landlord, amounts in CHF")
def _():
    body = """Dear Mr Alvarez,

thank you for forwarding the move-out report (Wohnungsabnahmeprotokoll)
from your former landlord, Immobilien Limmatblick AG, for the flat at
Hardstrasse 201, 8005 Zürich.

Under your private liability insurance (policy PH-CH 44-1108 620, claim
HP-CH-2026-00744) we cover the tenant's damage that was recorded:

  Scratches and water stain on the oak parquet, living room
    (repair by sanding and sealing, quote Parkett Rüegg)    CHF 2'340.00
    less age deduction 40 % (parquet 12 years old)          CHF  -936.00
  Broken glass ceramic hob                                 CHF   890.00
    less age deduction 50 %                                 CHF  -445.00
  Total payable to the landlord                            CHF 1'849.00
  Your deductible (Selbstbehalt)                           CHF   200.00

Normal wear and tear (e.g. picture hooks, faded paint) is not covered and
cannot be charged to you by the landlord – the painting costs of
CHF 1'150.00 in the report are therefore rejected, and we will tell the
landlord so.

We will pay CHF 1'649.00 directly to the landlord; please pay the
deductible of CHF 200.00 to them yourself, or they may deduct it from
your rent deposit.

Kind regards,

""" + S("signer", "en") + "\n" + FOOT_CH
    return build(N(), A("signer"), "Pablo Alvarez <pablo.alvarez@mailzh.example>",
                 "Your tenant's liability claim HP-CH-2026-00744", "2026-10-13 10:22", body)


# ---------------------------------------------------------------- 0097
@mail("NORMAL", "de", "insurer-to-company",
      "trap: offer for company health insurance (bKV) with premiums per age band and benefit descriptions; no employee data")
def _():
    d = docx([("h", "Angebot betriebliche Krankenversicherung (bKV) – Holzbau Kiebele GmbH"),
              "Angebotsnummer: BKV-2026-0218   gültig bis 30.09.2026",
              "Grundlage: ca. 45 Mitarbeitende, arbeitgeberfinanziert, ohne Gesundheitsprüfung und ohne Wartezeiten "
              "(Gruppenvertrag ab 10 Personen).",
              ("h", "Leistungsbausteine"),
              ("table", [["Baustein", "Leistung", "Beitrag je MA / Monat"],
                         ["Budget 600", "Jahresbudget 600 EUR für Vorsorge, Sehhilfen, Zahnreinigung, Heilpraktiker", "29,90 EUR"],
                         ["Zahn 80", "80 % für Zahnersatz, 100 % Prophylaxe", "14,60 EUR"],
                         ["Stationär", "Zweibettzimmer und Chefarzt im Krankenhaus", "17,40 EUR"]]),
              "Die Beiträge sind unabhängig vom Alter und Geschlecht der Mitarbeitenden (Einheitsbeitrag).",
              "Steuerlich: Sachbezug bis 50 EUR monatlich steuer- und sozialversicherungsfrei, sofern die Voraussetzungen "
              "erfüllt sind (bitte mit Ihrer Steuerberatung abstimmen).",
              "Die Anmeldung der Mitarbeitenden erfolgt über unser Firmenportal; Gesundheitsdaten der Mitarbeitenden "
              "werden dem Arbeitgeber nicht mitgeteilt."],
             title="bKV Angebot Holzbau Kiebele", author="Jana Pfeffer")
    body = """Sehr geehrter Herr Kiebele,

vielen Dank für das angenehme Gespräch in Wangen. Wie besprochen erhalten
Sie unser Angebot für eine betriebliche Krankenversicherung. Für Ihre
45 Mitarbeitenden käme das Budget 600 mit dem Zahnbaustein auf
rund 2.000 EUR im Monat.

Gern stelle ich das Modell auch in Ihrer Betriebsversammlung vor.

Mit freundlichen Grüßen

""" + S("pfeffer") + "\n" + FOOT_KV
    return build(N(), A("pfeffer"), "Martin Kiebele <m.kiebele@holzbau-kiebele.example>",
                 "Ihr Angebot bKV – Holzbau Kiebele GmbH", "2026-07-16 15:48", body,
                 atts=[att("Angebot_bKV_Holzbau_Kiebele.docx", d)])


# ---------------------------------------------------------------- 0098
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "life insurance policy loan for a named customer: policy number, surrender value, loan amount and interest; personal line")
def _():
    body = """Dear Mr Castellano,

as requested, we can grant you a policy loan against your endowment
policy LV 7033 9812 40 (Argental Lebensversicherung AG).

  Current surrender value (1 July 2026):      EUR 48,912.37
  Maximum loan (80 % of surrender value):     EUR 39,129.89
  Loan requested:                              EUR 25,000.00
  Interest:                                    4.25 % p.a., payable yearly
  Repayment:                                   at any time; otherwise
                                               deducted from the maturity
                                               benefit on 1 December 2033

Your life cover remains unchanged. Please note that an unpaid loan
reduces the benefit for your wife, Mrs Teresa Castellano, who is the
named beneficiary in case of death.

If you agree, please sign the loan agreement in the customer portal.
The money will be paid out within five working days of signature.

Kind regards,

Beat Ammann
for Argental Lebensversicherung AG (cross-border service team)
""" + FOOT_LV
    return build(N(), A("ammann"), "Luca Castellano <luca.castellano@lucamail.example>",
                 "Policy loan on your endowment policy LV 7033 9812 40", "2026-07-03 09:31", body)


# ---------------------------------------------------------------- 0099
@mail("NORMAL", "de", "internal",
      "trap: calendar invitation to the company flu vaccination by the occupational physician; organisational, no one's health data")
def _():
    ev = ics("grippeimpfung-2026-fn@argental.example", "20261020T080000", "20261020T150000",
             "Grippeschutzimpfung durch den Betriebsarzt",
             location="Seepromenade 12, Raum Pfänder (EG)",
             description="Bitte Impfpass mitbringen. Termine à 5 Minuten im Intranet buchen. "
                         "Die Impfung ist freiwillig und kostenlos; die Anmeldeliste sieht nur der "
                         "betriebsärztliche Dienst.",
             organizer=("Lea Brandstätter", "lea.brandstaetter@argental.example"), method="PUBLISH")
    body = """Liebe Kolleginnen und Kollegen,

auch dieses Jahr kommt Dr. Reinholz vom betriebsärztlichen Dienst ins
Haus und bietet die Grippeschutzimpfung an:

  Friedrichshafen:  Dienstag, 20. Oktober, 8–15 Uhr, Raum Pfänder
  Bregenz:          Mittwoch, 21. Oktober, 9–13 Uhr, Besprechung 2
  St. Gallen:       Impfung in der Apotheke nebenan, Gutschein über HR CH

Die Impfung ist freiwillig und kostenlos. Termine bucht ihr im Intranet
(Service > Gesundheit > Grippeimpfung). Wer allergisch auf Hühnereiweiß
reagiert oder unsicher ist, spricht bitte vorab mit dem Betriebsarzt –
nicht mit HR, wir sehen keine Gesundheitsangaben.

Viele Grüße
Lea

""" + S("brandstaetter")
    return build(N(), A("brandstaetter"), "Alle Mitarbeitenden <alle@argental.example>",
                 "Grippeimpfung im Oktober – jetzt Termin buchen", "2026-09-28 08:20", body,
                 atts=[att("Grippeimpfung_2026.ics", ev)])


# ---------------------------------------------------------------- 0100
@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "commission statement to a Swiss sole-trader broker: his AHV-registered business, VAT number, Swiss IBAN and commissions on named clients' contracts")
def _():
    ib = iban("CH", "8080808009912004")
    o = ods([("Courtage Q2 2026", [
        ["Kunde", "Police", "Sparte", "Prämie CHF", "Courtagesatz", "Courtage CHF"],
        ["Hedinger, Pascal", "HR-CH-558 771 2", "Hausrat", 612.00, "15 %", 91.80],
        ["Hedinger, Pascal", "MF-CH 11-802 113", "Motorfahrzeug", 1488.50, "8 %", 119.08],
        ["Gmür Elektro GmbH", "BH-CH 30-1120 4", "Betriebshaftpflicht", 3210.00, "12 %", 385.20],
        ["Kuster, Anita", "PH-CH 44-1180 902", "Privathaftpflicht", 198.00, "15 %", 29.70],
        ["", "", "", "", "Summe", 625.78],
        ["", "", "", "", "MWST 8,1 %", 50.69],
        ["", "", "", "", "Auszahlung", 676.47]])],
        title="Courtageabrechnung Q2 2026 Brunner", author="Argental Schweiz AG")
    body = f"""Grüezi Herr Brunner

Anbei Ihre Courtageabrechnung für das zweite Quartal 2026 (Vermittler-
nummer VM-CH-0441). Da Sie als Einzelunternehmer abrechnen und
mehrwertsteuerpflichtig sind (CHE-441.208.377 MWST), weisen wir die
MWST separat aus.

Auszahlung: CHF 676.47 auf Ihr Geschäftskonto
{grp(ib)} (Raiffeisenbank St. Gallen), Valuta 15. Juli.

Bitte prüfen Sie die Abrechnung; Einwände bitte innert 30 Tagen.

Freundliche Grüsse

Argental Schweiz AG
Vertriebsabrechnung
""" + FOOT_CH
    return build(N(), "Vertriebsabrechnung CH <vertriebsabrechnung@ch.argental.example>",
                 "Adrian Brunner <adrian@brunner-finanzplanung.example>",
                 "Courtageabrechnung Q2 2026 – VM-CH-0441", "2026-07-10 06:45", body,
                 atts=[att("Courtage_Q2_2026_VM-CH-0441.ods", o)])


# ---------------------------------------------------------------- 0101
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "legal expenses file note on a named customer's trade-union membership (subsidiarity of union legal protection); special category")
def _():
    body = """Hallo Klaus,

zu RS-2026-04418 (Herr Ralf Ehrat, Arbeitsrechtsstreit mit der
ZF-Zulieferfirma in Markdorf wegen Versetzung):

Herr Ehrat hat mir am Telefon gesagt, dass er seit 2011 Mitglied der
IG Metall ist und die Gewerkschaft ihm für die erste Instanz bereits
Rechtsschutz durch die DGB Rechtsschutz GmbH zugesagt hat. Nach § 3
Abs. 4 ARB ist unser Schutz subsidiär – wir müssten also nur die Kosten
tragen, die die Gewerkschaft nicht übernimmt (z. B. ein frei gewählter
Anwalt statt des Gewerkschaftsjuristen).

Er möchte aber unbedingt von seinem eigenen Anwalt vertreten werden,
weil er mit dem Betriebsrat (auch IG Metall) im Streit liegt und dem
Gewerkschaftssekretär nicht traut.

Wie gehen wir damit um? Meiner Ansicht nach: Deckung für den eigenen
Anwalt nur in Höhe der Differenz, und die Mitgliedschaft vermerken wir
nur in der Akte, nicht im Kundenstamm.

Gruß
Sven

--
Sven Bodmer
Rechtsschutz-Schaden
Argental Versicherung AG"""
    return build(N(), "Sven Bodmer <sven.bodmer@argental.example>", A("obermaier"),
                 "RS-2026-04418 Ehrat – Gewerkschaftsrechtsschutz vorrangig?", "2026-06-03 12:41", body)


# ---------------------------------------------------------------- 0102
@mail("NORMAL", "en", "internal",
      "trap: job advert for a medical underwriter (HTML with table): tasks mention health questionnaires and medical reports; no person")
def _():
    text = """Dear colleagues,

we are hiring! Please share the ad below with anyone who might be
interested. Internal applications are very welcome.

MEDICAL UNDERWRITER (m/f/d) – Health & Life, Friedrichshafen or remote
in Germany/Austria

What you will do
- Assess applications for health, disability and life insurance,
  including health questionnaires and medical reports
- Decide on loadings and exclusions, and explain them to brokers
- Work with our Chief Medical Officer on underwriting guidelines

What you bring
- Medical background (e.g. nurse, medical assistant, physician) or
  several years of underwriting experience
- Fluent German, good English; Swiss or Austrian experience is a plus

Apply by 31 October at karriere.argental.example/job/2026-044.

Lea Brandstätter, HR Services"""
    html = """<html><body style="font-family:Segoe UI,Arial,sans-serif">
<p>Dear colleagues,</p>
<p>we are hiring! Please share the ad below with anyone who might be interested. Internal applications are very welcome.</p>
<h2>Medical Underwriter (m/f/d) – Health &amp; Life</h2>
<p>Friedrichshafen or remote in Germany/Austria</p>
<table border="1" cellpadding="6" cellspacing="0">
<tr><th align="left">What you will do</th><th align="left">What you bring</th></tr>
<tr><td>Assess applications for health, disability and life insurance, including health questionnaires and medical reports</td>
<td>Medical background (e.g. nurse, medical assistant, physician) or several years of underwriting experience</td></tr>
<tr><td>Decide on loadings and exclusions, and explain them to brokers</td><td>Fluent German, good English</td></tr>
<tr><td>Work with our Chief Medical Officer on underwriting guidelines</td><td>Swiss or Austrian experience is a plus</td></tr>
</table>
<p>Apply by 31 October at <a href="https://karriere.argental.example/job/2026-044">karriere.argental.example/job/2026-044</a>.</p>
<p>Lea Brandstätter, HR Services</p>
</body></html>"""
    return build(N(), A("brandstaetter"), "All staff DE/AT/CH <all-staff@argental.example>",
                 "We're hiring: Medical Underwriter (Health & Life)", "2026-10-05 09:00", text, html=html)


# ---------------------------------------------------------------- 0103
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "eVB confirmation number for a named customer's new car: name, birth date, address, VIN, eVB number")
def _():
    body = """Sehr geehrte Frau Hepp,

wie gewünscht erhalten Sie Ihre elektronische Versicherungsbestätigung
(eVB) für die Zulassung Ihres neuen Fahrzeugs:

  eVB-Nummer:          K7Q3M2X
  Versicherungsnehmerin: Laura Hepp, geb. 18.06.1997
  Anschrift:           Schillerstraße 9, 88069 Tettnang
  Fahrzeug:            Hyundai Kona Elektro, FIN KMHK581GFPU201447
  gewünschte Tarifierung: Haftpflicht + Vollkasko (SB 300/150), SF 3

Die eVB ist 6 Monate gültig. Nach der Zulassung erhalten Sie den
Versicherungsschein automatisch; das Kennzeichen übermittelt uns die
Zulassungsstelle.

Allzeit gute Fahrt!

Argental Versicherung AG
Kundenservice Kfz
""" + FOOT_DE
    return build(N(), "Argental Kundenservice Kfz <kfz-service@argental.example>",
                 "Laura Hepp <laura.hepp@hepp-mail.example>",
                 "Ihre eVB-Nummer für die Zulassung", "2026-02-27 17:20", body)


# ---------------------------------------------------------------- 0104
@mail("STRICTLY_CONFIDENTIAL", "en", "company",
      "employer's report of an employee's work accident in Switzerland forwarded internally: named worker, injuries, hospital, incapacity for work")
def _():
    body = """Corinne – accident report from Brändli Bau for the supplementary
accident policy (UVG-Zusatz). The Suva is primary; we only top up to
100 % of salary and pay the private ward. Could you open a case? Nadia

-----Original Message-----
From: Luzia Brändli <l.braendli@braendli-bau.example>
Sent: Tuesday, 1 September 2026 16:47
To: Argental Schweiz Unfall <unfall@ch.argental.example>
Subject: Unfallmeldung / accident report – employee Tomasz Wiśniewski

Dear Sir or Madam,

I write in English as our site foreman does not speak German well.

Employee:     Tomasz Wiśniewski, born 4 April 1989, Polish citizen,
              B permit, employed as a formwork carpenter since 2021
Accident:     31 August 2026, 10:15, construction site Rosenberg,
              St. Gallen – fell from a scaffold (about 3 m)
Injuries:     fractured heel bone right, bruised ribs (according to the
              emergency department of the Kantonsspital)
Hospital:     admitted, operation planned for 3 September; he asked for
              the semi-private ward under our supplementary policy
Unfit for work: 100 % from 31 August, probably 3-4 months

Suva has been informed (accident number 26.44871.3). Our policy number
with you is UVZ-CH 52-0119.

Kind regards,
Luzia Brändli
HR & Payroll, Brändli Bau AG
"""
    return build(N(), A("keller"), A("zuercher"),
                 "FW: Unfallmeldung / accident report – employee Tomasz Wiśniewski", "2026-09-02 07:56", body)


# ---------------------------------------------------------------- 0105
@mail("NORMAL", "de", "internal",
      "trap: draft data protection impact assessment (ODT) for health documents in the portal; risks and measures, no real data")
def _():
    o = odt([("h", "Datenschutz-Folgenabschätzung (Entwurf 0.3): Gesundheitsdokumente im Kundenportal"),
             "Verantwortlich: Argental Krankenversicherung AG, Argental Versicherung Österreich AG, Argental Schweiz AG "
             "(gemeinsame Verantwortlichkeit für den Portalbetrieb)",
             ("h", "1. Beschreibung der Verarbeitung"),
             "Versicherte laden Arztrechnungen, Befunde und Spitalsberichte hoch. Die Dokumente werden automatisch "
             "klassifiziert (Dokumenttyp, nicht Inhalt), in der Leistungsakte abgelegt und nach Ablauf der "
             "Aufbewahrungsfrist gelöscht.",
             ("h", "2. Risiken"),
             ("table", [["Risiko", "Eintritt", "Schwere", "Maßnahme"],
                        ["Fehlzuordnung eines Dokuments zu falscher Person", "mittel", "hoch",
                         "Zuordnung nur über Upload-Sitzung, nicht über OCR-Namen"],
                        ["Zugriff durch nicht berechtigte Mitarbeitende", "gering", "hoch",
                         "Rollenkonzept, Protokollierung, Stichproben"],
                        ["Übermittlung in Drittstaat (CH gilt als angemessen)", "gering", "mittel",
                         "Hosting in Frankfurt und Zürich, keine US-Dienste"],
                        ["Phishing mit gefälschten Upload-Links", "hoch", "mittel",
                         "Kundeninformation, Domain-Monitoring"]]),
             ("h", "3. Ergebnis (vorläufig)"),
             "Restrisiko vertretbar, sofern die Maßnahmen aus Abschnitt 2 bis zum Go-live umgesetzt sind. "
             "Eine Konsultation der Aufsichtsbehörde ist nicht erforderlich."],
            title="DSFA Gesundheitsdokumente Portal Entwurf 0.3", author="Dr. Carola Wendt")
    body = """Liebe Fiona, lieber David,

anbei der Entwurf der DSFA für die Gesundheitsdokumente im Portal. Bitte
vor allem Abschnitt 2 kritisch lesen – fehlen Risiken? Die Bewertung
"Phishing: hoch" habe ich nach der Welle im Juni angepasst.

Kommentare gern direkt im Dokument (Änderungen nachverfolgen), bis
Freitag nächster Woche.

Danke und viele Grüße
Carola

""" + S("wendt")
    return build(N(), A("wendt"), f"{A('kellerman')}, {A('okafor')}",
                 "DSFA Gesundheitsdokumente im Portal – Entwurf 0.3 zur Durchsicht", "2026-07-01 13:15", body,
                 atts=[att("DSFA_Gesundheitsdokumente_Portal_v0.3.odt", o)])


# ---------------------------------------------------------------- 0106
@mail("CONFIDENTIAL", "mixed", "internal",
      "English mail from group finance with a German CSV of premium refunds to named customers with their IBANs and amounts in EUR/CHF")
def _():
    rows = [("Rückerstattung;Kunde;Vertrag;Land;Betrag;Währung;IBAN;Grund")]
    data = [("RE-26-0441", "Jürgen Kohlhaas", "HR 30-8820 114", "DE", "84,20", "EUR", iban("DE", "600501010004472210"), "Kündigung Umzug"),
            ("RE-26-0442", "Maria Ender", "71-2291 008", "AT", "212,50", "EUR", iban("AT", "2020503001229183"), "Fahrzeugverkauf"),
            ("RE-26-0443", "Silvan Baumgartner", "MF-CH 11-229 410", "CH", "318.40", "CHF", iban("CH", "0483501044912000"), "Doppelversicherung"),
            ("RE-26-0444", "Lina Fässler", "PH-CH 44-2201 887", "CH", "96.00", "CHF", iban("CH", "0900000031288410"), "Prämienkorrektur"),
            ("RE-26-0445", "Werner Gmeiner", "73-5521 337", "AT", "147,75", "EUR", iban("AT", "4334000001774410"), "Kündigung Tod des VN (Erbin)")]
    for r in data:
        rows.append(";".join(r))
    csvtext = "\r\n".join(rows) + "\r\n"
    body = """Hi Monika, hi Verena,

please find attached the refunds of the June run that the payment
factory could not process automatically – mostly because the account on
file was closed. The customers have sent new bank details, which
customer service entered in the CSV (column IBAN).

Please check each line against the customer's written instruction and
release the payments in your local system by Friday. Swiss lines are
for Monika, Austrian for Verena, German for me.

Thanks,
Sarah

--
Sarah McAllister
Group Finance – Payment Factory
Argental Insurance Group"""
    return build(N(), "Sarah McAllister <sarah.mcallister@argental.example>",
                 "Monika Gantenbein <monika.gantenbein@ch.argental.example>, " + A("nussbaumer"),
                 "Manual refunds June – please release", "2026-06-24 11:07", body,
                 atts=[att("Rueckerstattungen_manuell_2026-06.csv", csvtext.encode("cp1252"),
                           mime="application/vnd.ms-excel")])


# ---------------------------------------------------------------- 0107
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-applicant",
      "term life application: follow-up questions to a named applicant about high blood pressure, medication and a cardiology check")
def _():
    body = """Sehr geehrter Herr Walch,

vielen Dank für Ihren Antrag auf eine Risikolebensversicherung über
250.000 EUR (Antrag A-RL-2026-08832) zur Absicherung Ihres
Baukredits.

In den Gesundheitsfragen haben Sie einen Bluthochdruck seit 2022
angegeben. Damit wir Ihren Antrag abschließend prüfen können, benötigen
wir noch:

1. Welche Medikamente nehmen Sie in welcher Dosierung ein? (Sie
   schreiben "Ramipril", bitte mit Dosis.)
2. Die letzten drei gemessenen Blutdruckwerte Ihrer Hausärztin mit Datum.
3. Gab es weitere Untersuchungen, z. B. ein Belastungs-EKG oder eine
   Echokardiographie? Wenn ja, bitte den Befund beilegen.
4. Rauchen Sie, bzw. wann haben Sie aufgehört? (Im Antrag ist "Ex-Raucher
   seit 2023" angekreuzt.)

Alternativ können Sie Ihre Hausärztin bitten, uns den beiliegenden
Kurzfragebogen auszufüllen; die Kosten übernehmen wir.

Sobald die Angaben vorliegen, melden wir uns innerhalb von zehn Tagen.

Mit freundlichen Grüßen

""" + S("werthmann") + "\n" + FOOT_LV
    return build(N(), A("werthmann"), "Benedikt Walch <b.walch@walch-home.example>",
                 "Ihr Antrag A-RL-2026-08832 – Rückfragen", "2026-05-08 10:05", body,
                 charset="windows-1252")


# ---------------------------------------------------------------- 0108
@mail("NORMAL", "en", "insurer-to-partner",
      "trap: reinsurance treaty renewal for property cat XL (layers, rates, loss history in aggregate); company figures only")
def _():
    body = """Dear Annika,

following our meeting in Zurich, here is our proposal for the 2027
renewal of the property catastrophe excess of loss programme:

  Layer   Limit xs Priority (EUR m)   Expiring rate on line   Proposed
  1       40 xs 20                    14.5 %                  14.0 %
  2       60 xs 60                     7.2 %                   7.2 %
  3       80 xs 120                    3.9 %                   3.6 %

Loss history 2016-2025: two events hit layer 1 (hail 2021 and 2024), none
touched layer 2 or 3. The February 2026 storm will stay below the
priority (current estimate EUR 14.8 m gross for the group).

We also want to discuss adding a reinstatement for layer 1 and the
extension of the hours clause for hail from 72 to 96 hours.

Could you send us your quote by 30 October?

Best regards,
Nora

""" + S("lindqvist", "en") + "\n" + FOOT_EN
    return build(N(), A("lindqvist"), "Annika Moberg <annika.moberg@kestrel-re.example>",
                 "Property Cat XL 2027 renewal – our proposal", "2026-09-30 17:11", body)


# ---------------------------------------------------------------- 0109
@mail("CONFIDENTIAL", "en", "internal",
      "motor claim plausibility check: named claimant and counterparty, plates, vehicle history and payments; no injuries, no criminal finding")
def _():
    body = """Hi Matthias,

the analytics model flagged claim KS-2026-08817 (rear-end collision,
Ravensburg, 2 August) for manual review. A few things I noticed:

  - Our insured, Mr Dennis Kraft (policy KF 60-9933 120, BMW 530d,
    RV-DK 530), reported a rear-end collision caused by Mr Alexander
    Horn (Audi A6, BC-AH 606, insured with another company).
  - Both vehicles were bought within the last 3 months; the BMW had a
    previous rear-end damage in 2025 (HIS entry), repaired "fictitiously"
    (cash payout, no invoice).
  - The repair estimate (EUR 11,940) comes from a workshop that appears
    in four other claims this year, all with the same assessor.
  - Mr Kraft and Mr Horn are connected on a social network and live in
    the same street.

This is not an accusation – there may be an innocent explanation. I
would suggest an independent assessor and a look at the vehicle before
paying. The counterparty's insurer may be interested as well; please
check with Fiona before sharing anything.

Priya

""" + S("raman", "en")
    return build(N(), A("raman"), A("ebeling"), "KS-2026-08817 – flagged for manual review",
                 "2026-08-12 14:26", body, cc=A("kellerman"))


# ---------------------------------------------------------------- 0110
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "accident insurance for a named child in Switzerland: broken arm at school, emergency treatment, cast, benefit payment")
def _():
    body = """Dear Mr and Mrs Brennan,

we hope Liam is feeling better and enjoying the attention at school with
his cast!

We have received the report from the Ostschweizer Kinderspital and the
invoice for the emergency treatment on 28 September:

  Insured child:   Liam Brennan, born 11 May 2017
  Policy:          child accident insurance UK-CH 61-0338 (Kids Plus)
  Injury:          fracture of the left forearm (distal radius),
                   closed reduction under sedation, cast for 5 weeks
  Benefits:
    Treatment costs not paid by the basic insurer
    (deductible and co-payment, invoice Kinderspital)   CHF   412.60
    Hospital daily allowance, 1 night                   CHF    50.00
    "Plaster cast money" (Gipsgeld) flat rate           CHF   200.00
    Total                                               CHF   662.60

The amount will be paid to your Raiffeisen account ending 7721. If any
lasting impairment remains after healing, please let us know within
one year; we would then arrange a medical assessment.

Kind regards,

""" + S("zuercher", "en") + "\n" + FOOT_CH
    return build(N(), A("zuercher"), "Siobhan Brennan <siobhan.brennan@sgmail.example>",
                 "Liam's accident on 28 September – our payment", "2026-10-16 13:49", body)


# ---------------------------------------------------------------- 0111
@mail("NORMAL", "de", "insurer-to-broker",
      "trap: one-time password mail for a new broker user in Austria; no customer or contract data")
def _():
    body = """Sehr geehrte Frau Mag. Sturn,

für Ihre Kanzlei Sturn Versicherungsmakler KG wurde ein neuer Zugang zum
Argental Maklerportal Österreich angelegt:

  Benutzername:       esturn.sturn-kg
  Einmal-Passwort:    Q7#kv-Rp29-mWx4

Das Einmal-Passwort ist 72 Stunden gültig. Bei der ersten Anmeldung
vergeben Sie ein eigenes Passwort und eine Sicherheitsfrage. Danach kann
Ihr Makleradministrator Ihnen Bestandsrechte zuweisen.

Anmeldung: https://makler.at.argental.example

Falls Sie diesen Zugang nicht angefordert haben, informieren Sie uns
bitte unter +43 5574 4120-0.

Mit freundlichen Grüßen
Argental Versicherung Österreich AG
Maklerservice
""" + FOOT_AT
    return build(N(), "Argental Maklerservice <maklerservice@at.argental.example>",
                 "Mag. Elke Sturn <e.sturn@sturn-versicherungsmakler.example>",
                 "Ihr Zugang zum Argental Maklerportal", "2026-01-14 10:10", body,
                 headers=[("Auto-Submitted", "auto-generated")])


# ---------------------------------------------------------------- 0112
@mail("CONFIDENTIAL", "de", "insurer-to-company",
      "business liability claim against a named sole trader (electrician): policy, claim, damage at a customer's house, amount; nobody hurt")
def _():
    body = """Sehr geehrter Herr Albrecht,

zu Ihrer Schadenmeldung aus der Betriebshaftpflichtversicherung
(Vertrag BH 45-2209 118, Elektro Albrecht, Inhaber Thomas Albrecht,
Markdorf):

Beim Einbau der Wallbox bei Ihrem Kunden, Herrn Dr. Seitz,
Lerchenweg 4, Bermatingen, hat Ihr Mitarbeiter am 21. April eine
Wasserleitung in der Garagenwand angebohrt. Der Wasserschaden an
Trockenbau und Fliesen wurde inzwischen beseitigt. Personen kamen nicht
zu Schaden.

Schadennummer: BH-2026-00587
Forderung Herr Dr. Seitz:
  Installateur Notdienst            486,00 EUR
  Trocknung (14 Tage)             1.212,00 EUR
  Trockenbau und Fliesen          2.870,50 EUR
  Summe                           4.568,50 EUR
Ihre Selbstbeteiligung            500,00 EUR

Wir zahlen 4.068,50 EUR direkt an Herrn Dr. Seitz. Die
Selbstbeteiligung von 500 EUR stellen Sie ihm bitte selbst in Rechnung
bzw. verrechnen Sie mit Ihrer offenen Rechnung.

Mit freundlichen Grüßen

""" + S("ebeling") + "\n" + FOOT_DE
    return build(N(), A("ebeling"), "Thomas Albrecht <info@elektro-albrecht.example>",
                 "Ihr Haftpflichtschaden BH-2026-00587 (Wallbox Seitz)", "2026-05-20 11:27", body)


# ---------------------------------------------------------------- 0113
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "reply to a named customer about his motor claim; the quoted customer mail describes his whiplash injury, doctor's visits and sick leave")
def _():
    body = """Hallo Herr Frommknecht,

danke für die Unterlagen. Wir haben den Schaden an Ihrem Fahrzeug jetzt
abgerechnet; das Geld sollte morgen auf Ihrem Konto sein. Die anderen
Punkte in Ihrer Mail betreffen den Unfallgegner – bitte melden Sie diese
direkt bei dessen Haftpflichtversicherung (Schadennummer der Gegenseite
steht im Unfallbericht), wir können dafür nichts zahlen.

Viele Grüße
Matthias Ebeling
Kfz-Schaden

> Von: Holger Frommknecht <h.frommknecht@gmx-see.example>
> Gesendet: Dienstag, 17. Februar 2026 08:02
> Betreff: Unfall 12.02. / Ihr Schaden KS-2026-01102
>
> Hallo Herr Ebeling,
> anbei die Werkstattrechnung. Noch was: Ich war am Tag nach dem Unfall
> beim Orthopäden, der hat ein HWS-Schleudertrauma festgestellt, ich
> trage seitdem eine Halskrause und bin bis 27.2. krankgeschrieben.
> Kopfschmerzen und Schwindel habe ich immer noch. Zahlt das auch jemand?
> Gruß H. Frommknecht
"""
    return build(N(), A("ebeling"), "Holger Frommknecht <h.frommknecht@gmx-see.example>",
                 "AW: Unfall 12.02. / Ihr Schaden KS-2026-01102", "2026-02-18 15:33", body)


# ---------------------------------------------------------------- 0114
@mail("NORMAL", "en", "internal",
      "trap: aggregate results of the data-protection e-learning quiz per country and question; no individual results")
def _():
    body = """Dear Carola,

here are the results of the 2026 data protection e-learning quiz
(completed by 2,874 of 3,140 colleagues = 91.5 %):

  Country   participants   pass rate (>= 80 %)   average score
  DE        1,921          94 %                  88 %
  AT          602          92 %                  86 %
  CH          351          89 %                  85 %

Questions most often answered wrongly:
  Q7  "May you send a hospital discharge letter to a broker by normal
       e-mail if the customer asked you to?" – 38 % wrong
       (correct: only with the customer's written consent or encrypted)
  Q12 "Is an AHV number a special category of personal data?" – 41 %
       wrong (correct: no, but it is an identifier to be protected)
  Q15 "Which line's mail is always strictly confidential?" – 27 % wrong

Individual results are only visible to the learners and their own
managers in the learning platform; I have not exported any.

Suggestion: a short explainer on Q7 and Q12 in the next Group Bulletin.

Best,
Fiona

""" + S("kellerman", "en")
    return build(N(), A("kellerman"), A("wendt"), "Data protection quiz 2026 – results",
                 "2026-07-22 10:37", body)


# ---------------------------------------------------------------- 0115
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "e-bike theft claim of a named customer: contract, frame number, police report, time value payout; no health")
def _():
    body = """Sehr geehrte Frau Wetzel,

Ihr E-Bike (Riese & Müller Charger4, Rahmennummer WRM2231874C) wurde
laut Anzeige am 7. Juni vor dem Bahnhof Lindau-Reutin gestohlen. Es war
mit einem Bügelschloss am Fahrradständer angeschlossen – damit sind die
Voraussetzungen für den Versicherungsschutz erfüllt.

Vertrag:          Hausrat 30-6610 445, Baustein Fahrrad/E-Bike Plus
Schaden:          FD-2026-00983
Kaufpreis 2023:   4.799,00 EUR
Entschädigung:    Neuwert bis 5.000 EUR (Tarif Plus), abzüglich
                  Selbstbeteiligung 150,00 EUR = 4.649,00 EUR

Bitte schicken Sie uns noch die beiden Originalschlüssel des Akkus und
des Schlosses – so ist es in den Bedingungen vorgesehen. Die Zahlung
erfolgt, sobald die Schlüssel da sind.

Mit freundlichen Grüßen

""" + S("kurz") + "\n" + FOOT_DE
    return build(N(), A("kurz"), "Nicole Wetzel <nicole.wetzel@lindau-post.example>",
                 "Ihr gestohlenes E-Bike – FD-2026-00983", "2026-06-16 14:12", body)


# ---------------------------------------------------------------- 0116
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
      "reinsurance bordereau (CSV) of life and disability claims with named insured persons, birth dates and causes of death/disability")
def _():
    rows = ["cedant_claim_no;insured_name;date_of_birth;country;cover;event_date;cause;icd10;sum_at_risk_eur;reinsured_share_eur",
            "LV-2026-0031;Gerhard Pfluger;1959-02-17;DE;term life;2026-01-09;myocardial infarction;I21.0;180000;90000",
            "LV-2026-0044;Katharina Rist;1972-10-30;AT;term life;2026-02-21;pancreatic cancer;C25.0;250000;125000",
            "BU-2025-0388;Dominik Seifried;1983-05-12;DE;disability annuity;2025-10-01;lumbar disc herniation;M51.1;312000;156000",
            "LV-2026-0052;Marco Tobler;1966-07-03;CH;term life;2026-03-04;road accident;V43.5;400000;200000",
            "BU-2026-0071;Nadine Wäldele;1984-02-27;DE;disability annuity;2026-01-05;rheumatoid arthritis;M06.0;265000;132500"]
    body = """Dear Annika,

please find attached the Q1 2026 claims bordereau for the life and
disability quota share (treaty LQ-2024-01, 50 %). Five new claims
exceed the reporting threshold of EUR 150,000 sum at risk.

As agreed in the treaty, the bordereau contains the identifying data you
need for your own audit; please handle it under the confidentiality
clause (art. 17) and do not store it outside your claims system.

The cash call for the two life claims will follow separately.

Best regards,
Nora

""" + S("lindqvist", "en") + "\n" + FOOT_EN
    return build(N(), A("lindqvist"), "Annika Moberg <annika.moberg@kestrel-re.example>",
                 "Q1 2026 claims bordereau – LQ-2024-01", "2026-04-15 16:18", body,
                 atts=[att("bordereau_LQ-2024-01_2026Q1.csv", "\r\n".join(rows) + "\r\n")])


# ---------------------------------------------------------------- 0117
@mail("NORMAL", "de", "insurer-to-partner",
      "trap: risk-engineering guidance (PDF) on fire protection for a hospital association; buildings and sprinklers, no patient or person")
def _():
    p = pdf("""##Argental Risk Engineering - Merkblatt Brandschutz in Kliniken und Spitälern

1. Typische Brandursachen in Kliniken (Schadenstatistik Gruppe 2016-2025)
   - Elektrische Defekte (Ladegeräte, Kühlschränke, Medizingeräte)  38 %
   - Brandstiftung                                                   17 %
   - Küchen und Cafeterien                                           14 %
   - Heißarbeiten bei Umbauten                                       11 %

2. Besonderheiten
   Patientinnen und Patienten sind oft nicht selbstrettungsfähig
   (Intensivstation, OP, Geriatrie). Horizontale Evakuierung in den
   benachbarten Brandabschnitt hat Vorrang.

3. Empfehlungen
   - Sprinkleranlage in Lager, Archiv, Küche und Technikräumen
   - Brandschutzklappen jährlich prüfen, Prüfprotokolle aufbewahren
   - Heißarbeitsschein für alle Fremdfirmen
   - Räumungsübung je Station mindestens einmal jährlich
   - Sauerstoffversorgung: Absperrorgane je Brandabschnitt kennzeichnen

4. Versicherungsrelevanz
   Bei Umsetzung der Punkte in Abschnitt 3 gewähren wir im Tarif
   "Gesundheitsbauten" einen Nachlass von bis zu 12 % auf die Feuerprämie.
""", title="Merkblatt Brandschutz Kliniken")
    body = """Sehr geehrter Herr Wohlwend,

wie in der Fachgruppe "Technik und Sicherheit" vereinbart, erhalten Sie
unser aktualisiertes Merkblatt zum Brandschutz in Kliniken und Spitälern.
Sie dürfen es gern an die Mitgliedshäuser des Verbands weitergeben.

Für Vor-Ort-Begehungen steht unser Risk-Engineering-Team in Deutschland,
Österreich und der Schweiz zur Verfügung.

Mit freundlichen Grüßen

""" + S("gruber") + "\n" + FOOT_AT
    return build(N(), A("gruber"), "Stefan Wohlwend <s.wohlwend@klinikverbund-bodensee.example>",
                 "Merkblatt Brandschutz Kliniken 2026", "2026-02-12 12:04", body,
                 atts=[att("Merkblatt_Brandschutz_Kliniken_2026.pdf", p)])


# ---------------------------------------------------------------- 0118
@mail("CONFIDENTIAL", "en", "insurer-to-applicant",
      "motorcycle insurance quote in a PDF for a named applicant: birth date, address, licence date, bike and premium")
def _():
    p = pdf("""##Argental Versicherung AG - Motorcycle insurance quote

Quote no.:         Q-MR-2026-2241 (valid 30 days)
Applicant:         Oliver Grant
Date of birth:     09.09.1994
Address:           Uferstraße 28, 88085 Langenargen
Riding licence A:  since 04/2016, no claims in the last 5 years

Motorcycle:        Triumph Tiger 900 GT, first registration 03/2026
Use:               private, seasonal plate 03-10, approx. 6,000 km/year
Garage:            yes

Cover                                  Annual premium (EUR)
Third-party liability (100 m EUR)             168.40
Partial cover, deductible 150                  94.20
Full cover, deductible 500 (optional)         286.70
Total with full cover                         549.30
Total without full cover                      262.60
""", title="Quote Q-MR-2026-2241")
    body = """Dear Mr Grant,

thank you for your enquiry through our website. Attached is your quote
for the Triumph. Because of the seasonal plate, the premium is about
30 % lower than for year-round registration.

If you would like to accept, simply reply to this mail; we will then send
you the eVB number for registration.

Kind regards,

""" + S("aydin", "en") + "\n" + FOOT_DE
    return build(N(), A("aydin"), "Oliver Grant <oliver.grant@moto-mail.example>",
                 "Your motorcycle quote Q-MR-2026-2241", "2026-03-09 12:12", body,
                 atts=[att("Quote_Q-MR-2026-2241.pdf", p)])


# ---------------------------------------------------------------- 0119
@mail("NORMAL", "mixed", "insurer-to-partner",
      "trap: bilingual letter to a Swiss cantonal hospital association on a cross-border patient cooperation; framework only, no patient")
def _():
    body = """Sehr geehrte Frau Dr. Schönenberger
Dear Dr Schönenberger,

[Deutsch]
Vielen Dank für das Gespräch zur Zusammenarbeit bei Grenzgängerinnen und
Grenzgängern. Wir schlagen vor, dass Spitäler Ihres Verbands
Kostengutsprachen für Versicherte unseres Tarifs "Grenzgänger Komfort"
künftig elektronisch über das Portal beantragen können. Die Antwort
erfolgt innert zwei Arbeitstagen. Abgerechnet wird in CHF zum
Tageskurs; die Zahlung erfolgt innert 30 Tagen.

[English – for your English-speaking board members]
Thank you for the meeting on cooperation for cross-border commuters. We
propose that hospitals in your association may request cost guarantees
for insured persons in our "Grenzgänger Komfort" tariff electronically
via our portal. We would answer within two working days. Invoices are
settled in CHF at the daily exchange rate, within 30 days.

Ein Entwurf der Rahmenvereinbarung folgt bis Ende Monat.
A draft framework agreement will follow by the end of the month.

Freundliche Grüsse / Kind regards

Corinne Zürcher
Argental Schweiz AG
""" + FOOT_CH
    return build(N(), A("zuercher"), "Dr. Regula Schönenberger <r.schoenenberger@spitalverband-ost.example>",
                 "Zusammenarbeit Grenzgänger / Cooperation on cross-border commuters", "2026-05-14 16:26", body)


# ---------------------------------------------------------------- 0120
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "IVF treatment cost reimbursement for a named expat couple: fertility diagnosis, cycles, clinic, amounts")
def _():
    body = """Dear Ms Lindholm,

we have reviewed the treatment plan from the Kinderwunschzentrum
Bregenz for you and your partner, Mr Jonas Mayr.

Policy: IHP-AT 06-3310 (international health plan, member 01)

The plan foresees up to three IVF/ICSI cycles because of reduced sperm
motility (male factor) and tubal factor on your side. Under your plan,
fertility treatment is covered for the insured partner's share of the
costs, up to three attempts, if the woman is under 40 at the start of
treatment – which is the case.

  Cycle 1 (hormone stimulation, egg retrieval, ICSI,
  embryo transfer), estimate                     EUR 4,860.00
  Your share covered at 100 %                    EUR 3,240.00
  Medication (Gonal-f, Cetrotide, Ovitrelle)     EUR 1,620.00 (100 %)

The costs of Mr Mayr's treatment (sperm preparation, ICSI share) are
covered under his own health insurance, as he is insured with the ÖGK.

We will reimburse each cycle on submission of the invoices. We wish you
both all the best.

Kind regards,

""" + S("pichler", "en") + "\n" + FOOT_AT
    return build(N(), A("pichler"), "Emma Lindholm <emma.lindholm@nordic-mail.example>",
                 "Your fertility treatment – cost approval", "2026-08-20 11:09", body)


# ---------------------------------------------------------------- 0121
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "legal expenses cover for a named customer's speeding fine (administrative offence, not criminal): plate, measured speed, fine, points")
def _():
    body = """Sehr geehrter Herr Lorenz,

für Ihren Einspruch gegen den Bußgeldbescheid des Landratsamts
Bodenseekreis vom 4. Mai 2026 besteht Versicherungsschutz aus Ihrem
Verkehrs-Rechtsschutz (Vertrag RS 50-7781 203, Schaden RS-2026-03377).

Vorwurf laut Bescheid: Überschreitung der zulässigen Höchst-
geschwindigkeit außerorts um 31 km/h (B 31, Höhe Immenstaad, gemessen
127 km/h bei erlaubten 100 km/h nach Toleranzabzug), Fahrzeug
FN-TL 2204, Bußgeld 150 EUR, 1 Punkt im Fahreignungsregister, kein
Fahrverbot.

Da es sich um eine Ordnungswidrigkeit handelt, übernehmen wir die
Kosten Ihres Anwalts und ein eventuelles Sachverständigengutachten zur
Messung (ES 8.0). Ihre Selbstbeteiligung beträgt 150 EUR.

Bitte beachten Sie die Einspruchsfrist von zwei Wochen ab Zustellung.

Mit freundlichen Grüßen

""" + S("obermaier") + "\n" + FOOT_DE
    return build(N(), A("obermaier"), "Tim Lorenz <tim.lorenz@mailbox-fn.example>",
                 "Ihr Bußgeldbescheid – Deckungszusage RS-2026-03377", "2026-05-13 09:17", body)


# ---------------------------------------------------------------- 0122
@mail("NORMAL", "en", "insurer-to-partner",
      "trap: automatic out-of-office reply to a partner; names the absent employee and a deputy, nothing else")
def _():
    body = """Thank you for your message.

I am out of the office until 24 August 2026 with no access to e-mail.
Your message will not be forwarded.

For reinsurance matters please contact Philipp Thalmann
(philipp.thalmann@argental.example, +49 7541 3090-160).
For urgent claims notifications please use claims-re@argental.example.

Best regards,
Nora Lindqvist
Argental Insurance Group

---
Vielen Dank für Ihre Nachricht. Ich bin bis 24. August 2026 nicht im
Büro. In dringenden Fällen wenden Sie sich bitte an Philipp Thalmann."""
    return build(N(), A("lindqvist"), "Annika Moberg <annika.moberg@kestrel-re.example>",
                 "Automatic reply: Q2 bordereau – questions", "2026-08-06 09:02", body,
                 headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
                 in_reply_to="<KR-20260806-0711.ab21@kestrel-re.example>")


# ---------------------------------------------------------------- 0123
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "hospital daily allowance statement for a named insured (base64 body): hospital stay, appendectomy, days and amount")
def _():
    body = """Sehr geehrte Frau Sauter,

zu Ihrem Krankenhausaufenthalt haben wir die Aufenthaltsbescheinigung
des Klinikums Friedrichshafen erhalten.

  Versicherte Person:  Elena Sauter
  Vertrag:             KT 4418 5520 07, Tarif KHT 50
  Aufenthalt:          23.03.2026 bis 27.03.2026 (5 Tage)
  Grund laut Bescheinigung: akute Appendizitis, laparoskopische
                       Appendektomie

  Krankenhaustagegeld 5 Tage x 50,00 EUR = 250,00 EUR
  Pauschale für operative Eingriffe       = 100,00 EUR
  Auszahlung                               350,00 EUR

Der Betrag wird in den nächsten Tagen überwiesen. Gute Besserung!

Mit freundlichen Grüßen

Argental Krankenversicherung AG
Leistungsabteilung
""" + FOOT_KV
    return build(N(), "Argental Leistung <leistung@argental.example>",
                 "Elena Sauter <elena.sauter@see-mail.example>",
                 "Abrechnung Krankenhaustagegeld", "2026-04-07 07:45", body, cte="base64",
                 mailer="Argental Korrespondenz 7.2")


# ---------------------------------------------------------------- 0124
@mail("NORMAL", "de", "internal",
      "trap: underwriting guidelines for motorcycles (engine power, age bands, regions); rules only, no applicant")
def _():
    body = """Liebe Kolleginnen und Kollegen in der Kfz-Antragsbearbeitung,

ab 1. März gelten für Motorräder folgende geänderte Annahmerichtlinien
(Rundschreiben KR 2026/03):

1. Leistung über 110 kW: Annahme nur mit Vollkasko-SB mindestens 1.000 EUR
   und Garage; bei Fahrern unter 25 Jahren nur nach Rücksprache mit
   der Gruppenleitung.
2. Erstzulassung vor 1990 (Oldtimer mit H-Kennzeichen): nur im
   Oldtimertarif, Wertgutachten nicht älter als 5 Jahre.
3. Regionalklasse: Die Landkreise Garmisch-Partenkirchen und Oberallgäu
   werden wegen der Unfallhäufigkeit auf Passstraßen eine Klasse
   höher eingestuft.
4. Saisonkennzeichen: Mindestzeitraum 4 Monate.
5. Rennstreckentrainings sind weiterhin ausgeschlossen; Zusatzbaustein
   "Track Day" nur für Vollkasko, max. 3 Tage pro Jahr.

Österreich und die Schweiz regeln das eigenständig; Florian und Nadia
sind informiert.

Fragen gern an mich.

Matthias

""" + S("ebeling")
    return build(N(), A("ebeling"), "Kfz-Antrag <kfz-antrag@argental.example>",
                 "Rundschreiben KR 2026/03 – Annahmerichtlinien Motorrad", "2026-02-20 10:30", body)


# ---------------------------------------------------------------- 0125
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "rental car excess reimbursement for a named customer after a scratch in Portugal: policy, claim, rental agreement, amount; no injuries")
def _():
    body = """Dear Mr Hoffmann-Reyes,

we have reimbursed the excess that the rental company charged to your
credit card after the damage in Lisbon:

  Policy:            TR-DE 74-1129 338 (annual travel cover, rental
                     car excess module)
  Claim:             TX-2026-00512
  Rental agreement:  Lusocar 4471-22918, Renault Captur, 12-19 April
  Damage:            scratch and dent on the rear bumper (parking)
  Excess charged:    EUR 1,100.00
  Reimbursed:        EUR 1,100.00 (limit EUR 1,500)

The transfer goes to your account at Sparkasse Bodensee. The rental
company's damage report and your credit card statement are sufficient;
we do not need anything further.

Kind regards,

""" + S("whitfield", "en") + "\n" + FOOT_EN
    return build(N(), A("whitfield"), "Carlos Hoffmann-Reyes <c.hoffmann-reyes@famhr.example>",
                 "Rental car excess – reimbursed (TX-2026-00512)", "2026-05-04 15:58", body)


# ---------------------------------------------------------------- 0126
@mail("STRICTLY_CONFIDENTIAL", "mixed", "internal",
      "English analytics question about a named claimant's cross-border case quoting a German doctor's letter: diagnosis, therapy, incapacity")
def _():
    body = """Hi Henrike, hi Corinne,

for the cross-border case study I'm using claim KV-L-2026-11842
(Mr Stefan Heeb, lives in Lindau, works in St. Gallen, PKV with us in DE
plus Krankentaggeld through his Swiss employer with Argental Schweiz).

I'm trying to understand why both systems paid for the same weeks. The
German doctor's letter in the file says:

  "Herr Heeb befindet sich seit dem 12.01.2026 wegen einer akuten
   Belastungsreaktion mit depressiver Symptomatik (F43.2) in meiner
   Behandlung. Er ist bis auf Weiteres arbeitsunfähig. Eine ambulante
   Psychotherapie ist eingeleitet, zusätzlich Escitalopram 10 mg."

The Swiss Krankentaggeld was paid from 11 February (after the 30-day
waiting period), and our German Krankentagegeld from 23 February (day
43). As he is employed in Switzerland, shouldn't the German KTG be
reduced to avoid over-insurance (Bereicherungsverbot)?

I'd like to anonymise the case afterwards for the training – but first
I need to know what actually happened.

Thanks,
Priya

""" + S("raman", "en")
    return build(N(), A("raman"), f"{A('vogelsang')}, {A('zuercher')}",
                 "Question on KV-L-2026-11842 (double KTG DE/CH?)", "2026-04-30 12:20", body)


# ---------------------------------------------------------------- 0127
@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: complaint to an IT supplier GmbH about a wrong invoice, with the supplier's and the insurer's company bank accounts")
def _():
    ib_sup = iban("DE", "600400710512440090")
    ib_own = iban("DE", "650700840077410200")
    body = f"""Sehr geehrte Damen und Herren,

Ihre Rechnung Nr. 2026-10447 vom 30. September über 18.432,00 EUR netto
für das Wartungspaket "Scan & Capture" können wir so nicht begleichen:

1. Berechnet sind 240 Stunden Support; laut Vertrag sind 160 Stunden
   im Pauschalpreis enthalten, zusätzliche Stunden nur nach
   schriftlicher Beauftragung (die es nicht gibt).
2. Die Lizenzen für den Standort Wien (12 Stück) wurden zum 30.6.
   gekündigt und dürfen im dritten Quartal nicht mehr berechnet werden.

Bitte senden Sie uns eine korrigierte Rechnung. Die bereits am 2.10.
irrtümlich veranlasste Teilzahlung von 5.000,00 EUR auf Ihr Konto
{grp(ib_sup)} (Commerzbank Stuttgart) verrechnen Sie bitte mit der
Korrektur oder überweisen sie zurück auf unser Konto
{grp(ib_own)} (Argental Versicherung AG, Deutsche Bank Friedrichshafen).

Mit freundlichen Grüßen

""" + S("demir") + "\n" + FOOT_DE
    return build(N(), A("demir"), "Buchhaltung Docuflow Systems GmbH <buchhaltung@docuflow-systems.example>",
                 "Reklamation Rechnung 2026-10447 – Wartung Scan & Capture", "2026-10-07 14:02", body)


# ---------------------------------------------------------------- 0128
@mail("CONFIDENTIAL", "mixed", "insurer-to-customer",
      "English mail to a named customer about glass breakage; the ZIP holds a German repair invoice and claim form with address, policy and IBAN")
def _():
    ib = iban("DE", "690616700018822405")
    inv = pdf(f"""##Glaserei Wäschle GmbH - Rechnung Nr. 26-0887

An: Megan O'Neill, Zeppelinstraße 61, 88045 Friedrichshafen
Einsatzort: wie oben, Wohnung 3. OG

12.05.2026  Austausch Ceran-Kochfeld (Sprung), Typ SCHOTT 60 cm   624,00
            Arbeitszeit 1,5 Std.                                   117,00
            Anfahrt                                                 35,00
Netto                                                              776,00
MwSt 19 %                                                          147,44
Gesamt                                                             923,44 EUR
""", title="Rechnung 26-0887")
    form = docx([("h", "Schadenanzeige Glasbruch"),
                 ("table", [["Versicherungsnehmerin", "Megan O'Neill"],
                            ["Vertrag", "GL 33-4418 207 (Glas, Hausrat-Zusatz)"],
                            ["Schaden", "GB-2026-00433"],
                            ["Schadentag", "09.05.2026"],
                            ["Hergang", "Gusseiserne Pfanne auf das Kochfeld gefallen"],
                            ["Bankverbindung", grp(ib)]])],
                title="Schadenanzeige GB-2026-00433", author="Megan O'Neill")
    z = zipfile_of([("Rechnung_Waeschle_26-0887.pdf", inv), ("Schadenanzeige_GB-2026-00433.docx", form)])
    body = """Dear Ms O'Neill,

thanks for the documents about your cracked hob. I have attached them
back to you as one ZIP file, as you asked, for your records – I checked
the claim form and filled in the German fields for you ("Hergang" means
how it happened).

Your glass insurance covers the full invoice of EUR 923.44. The payment
will reach your account in the next few days.

Viele Grüße / kind regards,

""" + S("kurz", "en") + "\n" + FOOT_DE
    return build(N(), A("kurz"), "Megan O'Neill <megan.oneill@irishmail.example>",
                 "Your glass claim GB-2026-00433 – documents", "2026-05-21 10:45", body,
                 atts=[att("GB-2026-00433_documents.zip", z)])


# ---------------------------------------------------------------- 0129
@mail("NORMAL", "en", "insurer-to-partner",
      "trap: answer to a Swiss association survey on daily sickness benefit cases by diagnosis group and duration; aggregates only")
def _():
    body = """Dear Mr Gasser,

please find below our answers to the association's 2025 survey on
collective daily sickness benefit insurance (Krankentaggeld, VVG):

  Insured employees (31.12.2025):              48,210
  New cases 2025:                               3,412
  Cases per 1,000 insured:                         70.8
  Average duration (days, after waiting period):   61

  Share of cases by diagnosis group
    Mental and behavioural disorders           31 %
    Musculoskeletal                            29 %
    Injuries (non-occupational, not Suva)      11 %
    Cancer                                      7 %
    Other                                      22 %

  Cases > 720 days (benefit exhausted):           38
  Cases referred to the IV (early intervention): 402

The cross-border commuters in our portfolio (about 14 % of insured
employees) show a slightly shorter average duration (57 days). We can
present the figures at the working group meeting in Bern if helpful.

Kind regards,

""" + S("zuercher", "en") + "\n" + FOOT_CH
    return build(N(), A("zuercher"), "Thomas Gasser <t.gasser@versicherungsverband-ch.example>",
                 "Survey daily sickness benefits 2025 – answers Argental Schweiz", "2026-03-16 15:35", body)


# ---------------------------------------------------------------- 0130
@mail("STRICTLY_CONFIDENTIAL", "en", "broker",
      "UK broker's mail (attached) asks whether a named client's psychiatric history and medication must be declared in a health application")
def _():
    inn = inner("Tom Whitcombe <tom@whitcombe-brokers.example>", A("werthmann"),
                "Pre-application question – client moving to Lindau",
                "2026-07-27 17:05", """Dear Mr Werthmann,

one of our private clients, Mrs Harriet Cole (born 21 January 1981),
is moving to Lindau with her family in October and would like to
apply for your private health insurance (AKomfort 100) before she
loses her UK cover.

Before we submit anything, she wants to know how you would treat her
history: she was treated as an inpatient for anorexia nervosa in
2014-2015 (eight weeks, Priory Hospital), has been stable since 2016
and takes sertraline 50 mg daily for anxiety, prescribed by her GP.
No therapy since 2019.

Would this lead to a loading or exclusion, or should she expect a
decline? She is otherwise healthy, BMI 21.

Kind regards,
Tom Whitcombe
Whitcombe Insurance Brokers Ltd""", n=130)
    body = """Amelie,

could you give me a quick medical view on the attached enquiry from
Whitcombe before I answer? My instinct: mental health history older
than 10 years for the eating disorder, but the ongoing sertraline means
we need a report from her GP. Loading rather than exclusion?

Jonas

--
""" + S("werthmann", "en")
    return build(N(), A("werthmann"), A("fassbind"),
                 "FW: Pre-application question – client moving to Lindau", "2026-07-28 08:40", body,
                 atts=[att_msg(inn, "Pre-application question.eml")])


# ---------------------------------------------------------------- 0131
@mail("NORMAL", "de", "newsletter",
      "trap: invitation to an information evening for relatives of people in need of care (care levels, costs, Pflegetagegeld); general")
def _():
    body = """Pflege zu Hause – wie geht das?
Infoabend für Angehörige am 12. November 2026

Liebe Kundinnen und Kunden,

wenn Eltern oder Partner pflegebedürftig werden, stehen Angehörige vor
vielen Fragen: Wie beantrage ich einen Pflegegrad? Was zahlt die
Pflegeversicherung, was muss ich selbst tragen? Wie bekomme ich
Entlastung, wenn ich selbst noch berufstätig bin?

An unserem Infoabend erklären Ihnen unsere Pflegeberaterin Aylin Kaya
und Dr. Matthias Brugger vom Pflegestützpunkt Bodenseekreis:

  * den Weg zum Pflegegrad – von der Antragstellung bis zur Begutachtung
  * Pflegegeld, Pflegesachleistung, Kurzzeit- und Verhinderungspflege
  * was ein privates Pflegetagegeld zusätzlich leistet (Beispiel: bei
    Pflegegrad 3 und 50 EUR Tagegeld rund 1.500 EUR im Monat)
  * Entlastungsangebote und Pflegezeit für Berufstätige

Wann:  Donnerstag, 12. November 2026, 18:30–20:30 Uhr
Wo:    Argental Forum, Seepromenade 12, Friedrichshafen (barrierefrei)
       oder per Livestream
Anmeldung: www.argental.example/pflegeabend

Die Veranstaltung ist kostenlos. Persönliche Fragen können Sie im
Anschluss in einem vertraulichen Einzelgespräch stellen.

Ihre Argental Krankenversicherung

Abbestellen: www.argental.example/newsletter/abmelden"""
    return build(N(), "Argental Kundeninfo <kundeninfo@argental.example>",
                 "kundeninfo-pflege@lists.argental.example",
                 "Einladung: Infoabend Pflege zu Hause am 12. November", "2026-10-15 07:05", body,
                 headers=[("Precedence", "bulk")])


# ---------------------------------------------------------------- 0132
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "cyber insurance claim of a named freelance consultant (sole trader) after ransomware: policy, claim, costs; no health")
def _():
    body = """Dear Ms Thornton,

I'm sorry to hear about the ransomware attack on your laptop and
cloud storage last week. Thank you for calling our cyber hotline so
quickly – that made a real difference.

Policy: CY 97-0412 330 (Cyber Solo, Thornton Translations – sole trader)
Claim:  CY-2026-00219

What we have covered so far:
  - IT forensics by our partner SecuLake GmbH (2 days):   EUR 3,480.00
  - Data recovery from the backup, new laptop setup:       EUR 1,215.00
  - Loss of income, 6 working days (at your declared
    average turnover of EUR 390/day, less 1 day waiting):  EUR 1,950.00

No ransom was paid, and the forensic report found no evidence that your
clients' documents were copied. You therefore do not need to notify
clients or the data protection authority; SecuLake's report explains
the reasons, in case anyone asks.

The payment of EUR 1,950.00 goes to your business account; the service
providers are paid by us directly.

Kind regards,

""" + S("obermaier", "en") + "\n" + FOOT_EN
    return build(N(), A("obermaier"), "Rebecca Thornton <rebecca@thornton-translations.example>",
                 "Your cyber claim CY-2026-00219 – update and payment", "2026-11-03 16:21", body)


# ---------------------------------------------------------------- 0133
@mail("NORMAL", "de", "internal",
      "trap: HR announcement of the new sick-note process (eAU, Krankmeldung AT/CH); procedure for all staff, no individual data")
def _():
    body = """Liebe Kolleginnen und Kollegen,

ab 1. Februar vereinfachen wir die Krankmeldung in allen drei Ländern:

Deutschland
  * Bitte meldet euch am ersten Tag bis 9 Uhr bei eurer Führungskraft
    krank (Telefon oder Teams-Nachricht genügt, kein Grund nötig).
  * Eine AU-Bescheinigung braucht ihr ab dem 4. Tag; wir rufen sie als
    eAU bei eurer Krankenkasse ab. Privat Versicherte reichen die
    Bescheinigung weiter bei HR ein.

Österreich
  * Die Krankenstandsmeldung erfolgt wie bisher über die ÖGK; HR Bregenz
    sieht nur Beginn und Ende, keine Diagnose.

Schweiz
  * Arztzeugnis ab dem 4. Tag an HR St. Gallen (per Post oder über das
    HR-Portal, nicht per normaler E-Mail).

Führungskräfte tragen die Abwesenheit im Zeiterfassungssystem als
"krank" ein – ohne weitere Angaben. Bitte keine Diagnosen oder
Vermutungen in Teams-Kanälen oder Kalendern!

Fragen beantwortet euer HR-Team.

Viele Grüße
Lea

""" + S("brandstaetter")
    return build(N(), A("brandstaetter"), "Alle Mitarbeitenden <alle@argental.example>",
                 "Neu ab 1. Februar: Krankmeldung in DE, AT und CH", "2026-01-22 09:30", body)


# ---------------------------------------------------------------- 0134
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "death claim under a life policy: named deceased, date and cause of death from the death certificate, payout to the named beneficiary")
def _():
    body = """Dear Mrs Abernethy,

please accept our sincere condolences on the death of your husband.

We have received the death certificate and the medical certificate of
the cause of death. Under the term life policy LV 7044 1201 88:

  Insured person:   Mr Ian Abernethy, born 5 November 1957
  Date of death:    18 July 2026, Klinikum Konstanz
  Cause of death:   metastatic colorectal cancer (C18.7), as certified
                    by the attending physician
  Sum insured:      EUR 120,000
  Beneficiary:      Mrs Fiona Abernethy (you), 100 %

As the policy has been in force for more than three years, no further
medical enquiries are necessary. We will transfer EUR 120,000 plus the
final bonus of EUR 3,418.60 to your account within five working days.

If you need a confirmation for the probate court or the tax office
(Erbschaftsteuer), please let me know and I will send it to you.

With our deepest sympathy,

""" + S("gschwendtner", "en") + "\n" + FOOT_LV
    return build(N(), A("gschwendtner"), "Fiona Abernethy <f.abernethy@scotmail.example>",
                 "Life policy LV 7044 1201 88 – payment of the death benefit", "2026-08-03 10:55", body)


# ---------------------------------------------------------------- 0135
@mail("NORMAL", "de", "internal",
      "trap: aggregated customer satisfaction survey (ODS) with anonymous free-text quotes about health claims; no respondent identifiable")
def _():
    o = ods([("NPS 2026 H1", [
        ["Bereich", "Antworten", "NPS", "Zufriedenheit (1-5)", "Veränderung zu 2025"],
        ["Leistung Kranken DE", 1240, 41, 4.2, "+3"],
        ["Leistungsservice AT", 388, 37, 4.1, "+6"],
        ["Krankentaggeld CH", 214, 29, 3.9, "-2"],
        ["Kfz-Schaden DE/AT/CH", 902, 33, 4.0, "+1"],
        ["Kundenservice", 1715, 45, 4.3, "+4"]]),
        ("Zitate (anonym)", [
        ["Bereich", "Zitat (Namen und Details entfernt)"],
        ["Kranken DE", "Die Erstattung der Zahnarztrechnung kam nach drei Tagen, super."],
        ["Leistungsservice AT", "Die Kostendeckung fürs Spital war schneller da als der OP-Termin."],
        ["Krankentaggeld CH", "Ich musste das Arztzeugnis dreimal schicken."],
        ["Kundenservice", "Freundlich, aber die Warteschleife am Montag war lang."]])],
        title="Kundenumfrage H1 2026", author="Greta Holzapfel")
    body = """Hallo zusammen,

anbei die Auswertung der Kundenumfrage für das erste Halbjahr. Die
Zitate sind von der Marktforschung anonymisiert (keine Namen, Orte
oder Vertragsdaten) und dürfen so in Teammeetings gezeigt werden.

Auffällig: Krankentaggeld CH verliert leicht, Hauptthema ist das
mehrfache Nachfordern von Arztzeugnissen. Corinne, magst du das im
nächsten Qualitätszirkel aufgreifen?

Grüße
Greta

""" + S("holzapfel")
    return build(N(), A("holzapfel"), "Bereichsleitungen <bereichsleitungen@argental.example>",
                 "Kundenumfrage H1 2026 – Ergebnisse", "2026-07-29 11:12", body,
                 atts=[att("Kundenumfrage_H1_2026.ods", o)])


# ---------------------------------------------------------------- 0136
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "buildings insurance transfer after sale of a house: named sellers and buyers, buyer's birth date, property address, policy and notary reference")
def _():
    body = """Sehr geehrte Frau Bregenzer, sehr geehrter Herr Bregenzer,

der Notar Dr. Ammann, Tettnang, hat uns mitgeteilt, dass Sie Ihr Haus
verkauft haben (UR-Nr. 1184/2026). Die Wohngebäudeversicherung geht
nach § 95 VVG mit dem Eigentumsübergang auf die Käufer über:

  Vertrag:        WG 20-3390 118
  Gebäude:        Obstgartenweg 11, 88079 Kressbronn
  Übergang:       mit Eintragung im Grundbuch, voraussichtlich 01.09.2026
  Käufer laut Notar: Herr Daniel Eisele, geb. 02.12.1988, und
                  Frau Marina Eisele, geb. Kolb, geb. 15.04.1990

Den Beitrag bis zum Übergang rechnen wir mit Ihnen ab; eine Rückzahlung
erhalten Sie auf Ihr bekanntes Konto. Die Käufer informieren wir
gesondert; sie können den Vertrag innerhalb eines Monats nach
Eintragung kündigen.

Mit freundlichen Grüßen

Argental Versicherung AG
Vertragsservice Sach
""" + FOOT_DE
    return build(N(), "Argental Vertragsservice Sach <vertrag-sach@argental.example>",
                 "Familie Bregenzer <bregenzer.kressbronn@seepost.example>",
                 "Verkauf Ihres Hauses – Übergang der Wohngebäudeversicherung WG 20-3390 118",
                 "2026-07-24 12:48", body)


# ---------------------------------------------------------------- 0137
@mail("NORMAL", "mixed", "newsletter",
      "trap: bilingual Swiss newsletter for expats with example premiums in Franken and general tips on KVG/supplementary insurance; no person")
def _():
    body = """Argental Schweiz – Expat Newsletter Herbst / Autumn 2026

DEUTSCH
Prämien 2027: Was ändert sich?
Die Grundversicherung (KVG) wird 2027 im Kanton St. Gallen im Schnitt
rund 5 % teurer. Unsere Zusatzversicherungen "Spital Halbprivat" und
"Ambulant Plus" bleiben stabil. Beispielprämien Spital Halbprivat
(Erwachsene, monatlich): 30 Jahre CHF 48.70, 45 Jahre CHF 71.20,
60 Jahre CHF 139.50.
Tipp: Eine höhere Franchise in der Grundversicherung senkt die Prämie –
lohnt sich aber nur, wenn Sie selten zum Arzt gehen.

ENGLISH
Premiums 2027: what's changing?
Basic health insurance (KVG) in the canton of St. Gallen will rise by
about 5 % on average in 2027. Our supplementary plans "Hospital
semi-private" and "Outpatient Plus" stay stable. Example premiums
for semi-private hospital cover (adults, monthly): age 30 CHF 48.70,
age 45 CHF 71.20, age 60 CHF 139.50.
Tip: a higher deductible (Franchise) in basic insurance lowers your
premium – but only pays off if you rarely see a doctor.

Termine / Dates
  20 Nov  Expat info evening, St. Gallen (English)
  27 Nov  "Krankenkasse wechseln?" – Webinar (Deutsch)

Abmelden / Unsubscribe: www.ch.argental.example/newsletter"""
    return build(N(), "Argental Schweiz <newsletter@ch.argental.example>",
                 "expat-news@lists.ch.argental.example",
                 "Expat Newsletter: Prämien 2027 / premiums 2027", "2026-10-01 07:45", body,
                 headers=[("Precedence", "bulk")])


# ---------------------------------------------------------------- 0138
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "follow-up rehabilitation (AHB) cost approval for a named insured in an ODT: heart attack, stent, rehab clinic and dates")
def _():
    o = odt([("h", "Kostenzusage Anschlussheilbehandlung"),
             "Versicherte Person: Herr Reinhold Gaissmaier, geb. 26.08.1953",
             "Versicherungsnummer: KV 4400 1187 20, Tarif AKomfort 100 / Beihilfeergänzung",
             "Akutbehandlung: Klinikum Friedrichshafen, 02.–09.11.2026",
             "Diagnose: akuter Myokardinfarkt (NSTEMI, I21.4), Stentimplantation RIVA",
             ("table", [["Rehaklinik", "Herz-Kreislauf-Zentrum Wangen"],
                        ["Beginn", "spätestens 23.11.2026"],
                        ["Dauer", "21 Tage, Verlängerung auf Antrag"],
                        ["Unterbringung", "Einzelzimmer, Chefarztbehandlung"],
                        ["Kostenübernahme", "100 % des beihilfefähigen Restanteils, Fahrtkosten Taxi"]]),
             "Die Rehaklinik rechnet direkt mit uns ab. Bitte legen Sie diese Zusage bei der Aufnahme vor."],
            title="Kostenzusage AHB Gaissmaier", author="Argental Krankenversicherung AG")
    body = """Sehr geehrter Herr Gaissmaier,

anbei unsere Kostenzusage für die Anschlussheilbehandlung. Der
Sozialdienst des Klinikums hat sie bereits in Kopie erhalten.

Wir wünschen Ihnen eine gute Erholung.

Mit freundlichen Grüßen

""" + S("vogelsang") + "\n" + FOOT_KV
    return build(N(), A("vogelsang"), "Reinhold Gaissmaier <r.gaissmaier@t-online-see.example>",
                 "Ihre Kostenzusage", "2026-11-10 13:37", body,
                 atts=[att("Kostenzusage_AHB.odt", o)])


# ---------------------------------------------------------------- 0139
@mail("NORMAL", "en", "internal",
      "trap: facility notice about moving the paper archive (claims files in boxes) to a new storage room; no file content")
def _():
    body = """Hi all,

a quick facility update for Friedrichshafen:

The lift in building B is out of service from 9 to 13 March for the
main overhaul. During that week, the removal company will also move the
paper archive (about 600 boxes of closed claims files 2016-2019 and
old contract files) from basement B to the new archive room in
building C.

What this means for you:
  * Please do not request archive boxes between 9 and 13 March.
  * The boxes stay sealed during the move; two colleagues from the
    archive team accompany the removal company at all times.
  * Colleagues with reduced mobility: the car park entrance in
    building A has a step-free route to the canteen; reception can
    help you.

Questions to me or to facility@argental.example.

Thanks,
Yusuf

""" + S("demir", "en")
    return build(N(), A("demir"), "Staff Friedrichshafen <staff-fn@argental.example>",
                 "Lift B out of service 9-13 March / archive move", "2026-03-05 12:15", body)


# ---------------------------------------------------------------- 0140
@mail("CONFIDENTIAL", "en", "insurer-to-company",
      "marine cargo claim for a company with a named contact person: policy, shipment, damage and amounts")
def _():
    body = """Dear Mr Ashworth,

thank you for the survey report on the shipment of precision bearings
from Sheffield to your customer in Dornbirn.

  Policyholder:    Ashworth Precision Components Ltd
  Policy:          MC-AT 90-2217 (open cover, Argental Versicherung Österreich AG)
  Claim:           TR-AT-2026-00114
  Shipment:        12 crates, CMR 771204, truck accident near Ulm on
                   19 May (driver unhurt); 4 crates crushed
  Insured value of damaged crates:   GBP 38,400.00
  Salvage (sold as scrap):           GBP -1,150.00
  Survey fee (paid by us):           separately
  Settlement:                        GBP 37,250.00

We will pursue recovery against the haulier under the CMR convention;
please keep the original CMR and do not sign any waiver with the
haulier.

Payment will be made to your company account at Barclays as per your
instruction letter of 2 June.

Kind regards,

""" + S("gruber", "en") + "\n" + FOOT_AT
    return build(N(), A("gruber"), "Richard Ashworth <r.ashworth@ashworth-precision.example>",
                 "Cargo claim TR-AT-2026-00114 – settlement", "2026-06-09 10:19", body)


# ---------------------------------------------------------------- 0141
@mail("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-therapist",
      "English/German mail to a Zurich physiotherapist about a named insured patient: prescription, diagnosis after knee surgery, number of sessions")
def _():
    body = """Dear Ms Van der Berg,
Grüezi Frau Van der Berg

thank you for your cost request for our insured patient
Mr Marcus Oberholzer (policy IHP-CH 08-5520, member 02).

Die Verordnung von Dr. med. Rolf Egli (Orthopädie Zürich-Nord) vom
2. Juni lautet:
  "Physiotherapie 2 x 9 Sitzungen nach vorderer Kreuzbandplastik rechts
   (Operation 21.05.2026), Ziel: Wiederherstellung der Kniestabilität,
   Rückkehr zum Sport."

We confirm cost coverage for 18 sessions at the tariff agreed with the
physiotherapy association, plus 6 sessions of medical training therapy
(MTT). If more sessions are needed after week 12, please send us a short
progress report with the range of motion and the surgeon's
recommendation.

Bitte rechnen Sie direkt mit uns ab (Tiers payant).

Kind regards / Freundliche Grüsse

""" + S("zuercher", "en") + "\n" + FOOT_CH
    return build(N(), A("zuercher"), "Physio Limmat – Anouk Van der Berg <info@physio-limmat.example>",
                 "Cost coverage physiotherapy – Oberholzer Marcus", "2026-06-05 14:44", body)


# ---------------------------------------------------------------- 0142
@mail("NORMAL", "de", "insurer-to-broker",
      "trap: notice of changed commission rates per product line for all brokers; percentages only, no client or broker account")
def _():
    body = """Sehr geehrte Vertriebspartnerinnen und Vertriebspartner,

zum 1. Januar 2027 passen wir die Courtagesätze an. Die Übersicht:

  Sparte                         bisher          ab 01.01.2027
  Kfz (Pkw, privat)              8 % lfd.        7 % lfd.
  Hausrat / Haftpflicht          15 % lfd.       15 % lfd. (unverändert)
  Wohngebäude                    12 % lfd.       13 % lfd.
  Rechtsschutz                   15 % lfd.       14 % lfd.
  Krankenvoll (PKV)              6 MB            6 MB (Deckelung lt. VAG)
  Zahnzusatz                     4 MB            5 MB
  BU / Leben                     25 ‰ BWS        25 ‰ BWS
  Gewerbe Sach/Haftpflicht       15 % lfd.       16 % lfd.

Für bestehende Verträge gelten die bisherigen Sätze bis zur nächsten
Hauptfälligkeit. Die aktualisierten Courtagevereinbarungen erhalten Sie
im Maklerportal unter "Dokumente".

Mit freundlichen Grüßen

""" + S("pfeffer") + "\n" + FOOT_DE
    return build(N(), A("pfeffer"), "Maklerverteiler Deutschland <makler-de@lists.argental.example>",
                 "Courtagesätze ab 1. Januar 2027", "2026-10-20 10:00", body)


# ---------------------------------------------------------------- 0143
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "rent deposit guarantee for a named expat in St. Gallen: guarantee number, landlord, flat address, amount in CHF, annual fee")
def _():
    body = """Dear Ms Okafor-Lind,

your rent deposit guarantee has been issued. The landlord receives the
original certificate by post today.

  Guarantee no.:     MK-CH 26-004417
  Tenant:            Chiamaka Okafor-Lind
  Landlord:          Wohnbaugenossenschaft Rosenberg, St. Gallen
  Flat:              Rosenbergstrasse 64, 9000 St. Gallen, 3.5 rooms
  Guaranteed amount: CHF 5'400.00 (three months' rent)
  Annual fee:        CHF 270.00 (5 %), first invoice enclosed in the portal

The guarantee replaces a cash deposit on a blocked bank account. If the
landlord claims damages when you move out, we pay up to the guaranteed
amount and then ask you to repay us – so it is not an insurance of
your own damage.

Kind regards,

""" + S("signer", "en") + "\n" + FOOT_CH
    return build(N(), A("signer"), "Chiamaka Okafor-Lind <chiamaka.ol@newcomers-sg.example>",
                 "Your rent deposit guarantee MK-CH 26-004417", "2026-09-14 11:50", body)


# ---------------------------------------------------------------- 0144
@mail("NORMAL", "de", "internal",
      "trap: press review on Swiss hospital costs and Austrian Spital waiting times; quotes public articles, no person concerned")
def _():
    body = """Pressespiegel Gesundheit DACH – KW 38

1) St. Galler Tagblatt, 15.09.2026:
   "Spitalkosten steigen weiter – Zusatzversicherte zahlen mit"
   Die Spitäler der Ostschweiz verlangen für halbprivate und private
   Abteilungen höhere Pauschalen. Ein Versicherungssprecher
   (nicht Argental) kündigt Prämienerhöhungen von bis zu 6 % an.

2) Vorarlberger Nachrichten, 16.09.2026:
   "Lange Wartezeiten auf Operationen im LKH"
   Für eine Hüftoperation warten Patientinnen und Patienten in
   Vorarlberg im Schnitt 14 Wochen. Sonderklasse-Versicherte kommen laut
   Bericht nicht schneller dran; die Landesregierung prüft eine
   Wartelisten-Transparenz.

3) Südkurier, 17.09.2026:
   "Grenzgänger: Krankenversicherung wird zur Glaubensfrage"
   Porträt über das Optionsrecht; Argental wird mit dem Tarif
   "Grenzgänger Komfort" erwähnt (positiv, Zitat unserer Pressestelle).

Die Artikel im Volltext liegen im Pressearchiv.
Unternehmenskommunikation"""
    return build(N(), A("holzapfel"), "Pressespiegel-Verteiler <pressespiegel@argental.example>",
                 "Pressespiegel Gesundheit DACH – KW 38", "2026-09-18 08:10", body)


# ---------------------------------------------------------------- 0145
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "confirmation of claims-free motor history for a named customer moving to the UK: birth date, policy, plate, years without claims")
def _():
    body = """Dear Mr Pemberton,

as requested for your new insurer in the United Kingdom, we confirm your
claims history with us:

  Policyholder / main driver:  Andrew Pemberton, born 27 June 1975
  Address until 30 June 2026:  Hochstraße 15, 88662 Überlingen
  Motor policy:                KF 60-2208 941 (cancelled 30 June 2026,
                               vehicle exported)
  Vehicle:                     Volvo V60, ÜB-AP 750
  Insured with us since:       1 March 2017
  Claims since 1 March 2017:   none
  No-claims class (SF):        SF 9, i.e. nine claim-free years
                               including transferred years

A signed copy on letterhead is in your customer portal. UK insurers
usually accept this confirmation as proof of "9 years no claims bonus".

Good luck with the move!

""" + S("aydin", "en") + "\n" + FOOT_DE
    return build(N(), A("aydin"), "Andrew Pemberton <a.pemberton@britmail.example>",
                 "Your no-claims confirmation", "2026-07-02 15:09", body)


# ---------------------------------------------------------------- 0146
@mail("NORMAL", "en", "insurer-to-supplier",
      "trap: purchase order (CSV) for blood-pressure monitors and thermometers for a health-check day; supplier company, no person")
def _():
    csvtext = "\r\n".join([
        "item_no;description;qty;unit_price_eur;total_eur",
        "BP-220;Upper arm blood pressure monitor, validated;12;46.90;562.80",
        "BP-220-C;Cuff size L (32-42 cm);6;14.50;87.00",
        "TH-11;Infrared forehead thermometer;10;21.40;214.00",
        "GL-05;Disposable gloves nitrile M, box of 100;8;6.90;55.20",
        "DS-01;Hand and surface disinfectant 1 l;12;5.80;69.60",
        ";;;;988.60"]) + "\r\n"
    body = """Dear Ms Haddad,

please find attached our order PO-2026-0781 for the health-check day
at our three sites in October (company health management). Prices as
per your quotation Q-55102.

Delivery address: Argental Versicherung AG, Goods receipt, Seepromenade 12,
88045 Friedrichshafen. Please deliver by 25 September and send the
invoice quoting the PO number to invoices@argental.example.

Kind regards,

""" + S("demir", "en")
    return build(N(), A("demir"), "Layla Haddad <orders@medsupply-europe.example>",
                 "Purchase order PO-2026-0781", "2026-09-01 09:25", body,
                 atts=[att("PO-2026-0781.csv", csvtext)])


# ---------------------------------------------------------------- 0147
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "dog owner's liability claim of a named customer: her dog bit another dog (animal health), vet bill of the other owner, policy and claim number")
def _():
    body = """Sehr geehrte Frau Gsell,

zu dem Vorfall am 3. Oktober auf der Hundewiese in Bregenz-Vorkloster:
Ihr Labrador "Bruno" hat den Dackel von Herrn Pircher in die Schulter
gebissen. Herr Pircher hat uns die Rechnung der Tierklinik Bregenz
geschickt (Wundversorgung in Narkose, Antibiotikum, zwei Kontrollen):
EUR 684,90.

Polizze: 74-1120 553 (Hundehalter-Haftpflicht)
Schaden: HH-AT-2026-00209

Da Ihr Hund nicht angeleint war und Sie den Vorfall bestätigt haben,
übernehmen wir die Tierarztkosten vollständig und zahlen direkt an
Herrn Pircher. Der Selbstbehalt von EUR 100 wird mit der nächsten
Prämienvorschreibung verrechnet.

Menschen wurden nicht verletzt – bitte melden Sie sich aber sofort,
falls Herr Pircher sich beim Trennen der Hunde doch verletzt haben
sollte.

Freundliche Grüße

""" + S("nussbaumer") + "\n" + FOOT_AT
    return build(N(), A("nussbaumer"), "Manuela Gsell <manuela.gsell@vlbg-net.example>",
                 "Ihr Hund Bruno – Schaden HH-AT-2026-00209", "2026-10-12 16:03", body)


# ---------------------------------------------------------------- 0148
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "psychosomatic rehabilitation approval for a named expat insured: burnout/depression diagnoses (F-codes), clinic and duration")
def _():
    body = """Dear Mr Varga,

we have received the application for inpatient psychosomatic
rehabilitation from your psychiatrist, Dr. Sabine Meusburger, together
with her report.

Based on the diagnoses stated (recurrent depressive disorder, current
episode moderate, F33.1; exhaustion syndrome, Z73.0) and the failure of
twelve weeks of outpatient therapy, we approve:

  Clinic:       Psychosomatische Klinik Bad Waldsee
  Duration:     6 weeks, start 7 September 2026
  Room:         single room (as per your tariff)
  Travel:       one return journey by train, 1st class

Policy: KV 4497 3310 58 (AKomfort 100, international clause).

The clinic will invoice us directly. Your daily sickness allowance
continues during the rehabilitation; please send us the clinic's
admission confirmation.

We wish you a good recovery.

Kind regards,

""" + S("vogelsang", "en") + "\n" + FOOT_KV
    return build(N(), A("vogelsang"), "Gábor Varga <gabor.varga@hu-expat.example>",
                 "Your rehabilitation – approval", "2026-08-24 14:22", body)


# ---------------------------------------------------------------- 0149
@mail("NORMAL", "de", "insurer-to-partner",
      "trap: renewal of the domain certificate for gateway-to-gateway encryption with a hospital group; certificate data only")
def _():
    body = """Sehr geehrter Herr Kohler,

unser Domänenzertifikat für argental.example läuft am 31. März 2026 ab.
Das neue Zertifikat ist ab heute aktiv:

  Inhaber:         argental.example, Argental Versicherung AG
  Aussteller:      Argental Issuing CA 2025
  gültig:          01.03.2026 – 31.03.2028
  SHA-256-Fingerprint:
    8C:2E:71:0A:D4:93:5B:F1:46:E8:0C:72:9A:BB:13:57:
    E0:64:2F:C8:91:3D:A7:5E:08:B2:61:4F:CD:90:17:36

Bitte hinterlegen Sie es bis Ende März in Ihrem Gateway, damit die
Verschlüsselung zwischen unseren Domänen (Kostenübernahmen,
Arztberichte) ohne Unterbrechung weiterläuft. Das alte Zertifikat
bleibt bis 31.03. parallel gültig.

Download und Prüfsumme: https://www.argental.example/zertifikate

Mit freundlichen Grüßen

""" + S("okafor") + "\nArgental Versicherungsgruppe\n" + FOOT_DE
    return build(N(), A("okafor"), "IT Klinikverbund <it-security@klinikverbund-bodensee.example>",
                 "Neues Domänenzertifikat argental.example ab 01.03.2026", "2026-03-02 11:44", body)


# ---------------------------------------------------------------- 0150
@mail("NORMAL", "en", "internal",
      "trap: comments on the sustainability report draft (health & safety KPIs, sick-leave rate, accident count at group level); aggregates only")
def _():
    body = """Hi Greta,

a few comments on the draft sustainability report (v0.7), chapter
"Our people":

p. 14  Health rate: please use the same definition in all countries.
       DE reports the sick-leave rate (4.6 %), AT the Krankenstandsquote
       (4.8 %), CH the absence rate including accidents (3.9 %). Either
       harmonise or add a footnote.
p. 15  Work accidents: 7 reportable accidents in 2025 (commuting
       accidents excluded). Please do not describe the individual
       accidents – with so few cases, colleagues could be recognised.
p. 16  "Employee assistance programme used by 212 colleagues" – fine
       as a total; drop the split by department, some departments
       have fewer than ten people.
p. 22  Typo: "Bregens" -> "Bregenz".

Otherwise looks great!

Fiona

""" + S("kellerman", "en")
    return build(N(), A("kellerman"), A("holzapfel"),
                 "Sustainability report v0.7 – comments on 'Our people'", "2026-03-12 16:40", body)



# ================================================================ driver
HEADER = "file\tlabel\tlang\tkind\treason\n"


def generate(outdir):
    md = os.path.join(outdir, "mails")
    os.makedirs(md, exist_ok=True)
    rows = [HEADER]
    for i, (fn, label, lang, kind, reason) in enumerate(MAILS, 1):
        _CURRENT[0] = i
        msg = fn()
        data = msg.as_bytes(policy=SMTP)
        name = "%s%04d.eml" % (PREFIX, i)
        with open(os.path.join(md, name), "wb") as f:
            f.write(data)
        rows.append("%s\t%s\t%s\t%s\t%s\n" % (name, label, lang, kind, reason))
    with open(os.path.join(outdir, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.writelines(rows)


def _open_attachment(name, data, where, problems):
    low = name.lower()
    try:
        if low.endswith((".docx", ".xlsx", ".odt", ".ods", ".zip")):
            z = zipfile.ZipFile(io.BytesIO(data))
            assert z.testzip() is None
            for zi in z.infolist():
                blob = z.read(zi)
                if zi.filename.endswith((".xml", ".rels")):
                    ElementTree.fromstring(blob)
                if low.endswith(".zip"):
                    _open_attachment(zi.filename, blob, where + ":" + zi.filename, problems)
            if low.endswith((".odt", ".ods")):
                assert z.infolist()[0].filename == "mimetype"
        elif low.endswith(".pdf"):
            assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
            assert b" Tj" in data
        elif low.endswith(".ics"):
            t = data.decode("utf-8")
            assert "BEGIN:VCALENDAR" in t and "END:VCALENDAR" in t
        elif low.endswith(".eml"):
            _check_msg(email.message_from_bytes(data, policy=policy.default), where, problems)
    except Exception as e:  # noqa
        problems.append("%s: attachment %s does not open: %r" % (where, name, e))


def _check_msg(msg, where, problems):
    for part in msg.walk():
        if part.defects:
            problems.append("%s: MIME defects %r" % (where, part.defects))
        ctype = part.get_content_type()
        if part.is_multipart():
            continue
        fn = part.get_filename()
        if ctype == "message/rfc822":
            continue
        if part.get_content_maintype() == "text" and not fn:
            try:
                part.get_content()
            except Exception as e:  # noqa
                problems.append("%s: text part does not decode: %r" % (where, e))
        if fn:
            data = part.get_payload(decode=True)
            _open_attachment(fn, data, where, problems)


def check():
    problems = []
    tmp = tempfile.mkdtemp(prefix="d177check-")
    try:
        generate(tmp)
        a = sorted(os.listdir(os.path.join(tmp, "mails")))
        b = sorted(os.listdir(os.path.join(HERE, "mails"))) if os.path.isdir(os.path.join(HERE, "mails")) else []
        if a != b:
            problems.append("file lists differ: %s" % sorted(set(a) ^ set(b))[:10])
        for name in a:
            p1 = os.path.join(tmp, "mails", name)
            p2 = os.path.join(HERE, "mails", name)
            d1 = open(p1, "rb").read()
            if not os.path.exists(p2) or open(p2, "rb").read() != d1:
                problems.append("%s differs from a fresh build" % name)
        if open(os.path.join(tmp, "labels.tsv"), "rb").read() != open(os.path.join(HERE, "labels.tsv"), "rb").read():
            problems.append("labels.tsv differs from a fresh build")
        mids = {}
        for name in a:
            data = open(os.path.join(tmp, "mails", name), "rb").read()
            if b"\n" in data.replace(b"\r\n", b""):
                problems.append("%s: bare LF" % name)
            if b"\r" in data.replace(b"\r\n", b""):
                problems.append("%s: bare CR" % name)
            msg = email.message_from_bytes(data, policy=policy.default)
            for h in ("From", "To", "Subject", "Date", "Message-ID"):
                if not msg[h]:
                    problems.append("%s: missing %s" % (name, h))
            if not str(msg["From"]).split("@")[-1].rstrip(">").endswith("argental.example"):
                problems.append("%s: not sent from the insurer's domain" % name)
            if msg["Message-ID"] in mids:
                problems.append("%s: Message-ID also in %s" % (name, mids[msg["Message-ID"]]))
            mids[msg["Message-ID"]] = name
            if msg["Date"].datetime.year != 2026:
                problems.append("%s: date not in 2026" % name)
            _check_msg(msg, name, problems)
        # stats
        import collections
        rows = [ln.rstrip("\n").split("\t") for ln in open(os.path.join(tmp, "labels.tsv"), encoding="utf-8")][1:]
        for r in rows:
            if len(r) != 5:
                problems.append("bad labels row %r" % r)
        c = collections.Counter((r[1], r[2]) for r in rows)
        print("mails:", len(rows))
        for lab in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"):
            print("  %-22s de %3d  en %3d  mixed %3d  total %3d" % (
                lab, c[(lab, "de")], c[(lab, "en")], c[(lab, "mixed")],
                sum(v for (l, _), v in c.items() if l == lab)))
        print("  kinds:", dict(collections.Counter(r[3] for r in rows).most_common()))
    finally:
        shutil.rmtree(tmp)
    if problems:
        print("CHECK FAILED")
        for p in problems:
            print("  " + p)
        return 1
    print("check OK: byte-identical rebuild, all mails parse, all attachments open")
    return 0


if __name__ == "__main__":
    if "--check" in sys.argv[1:]:
        sys.exit(check())
    generate(HERE)
    print("wrote %d mails to %s" % (len(MAILS), os.path.join(HERE, "mails")))
