#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""Generator for the independent labelled mail corpus dev192 (prefix d192-).

Fictitious insurer: Auental Versicherungsgruppe, Bad Hersfeld (auental.example).
Standard library only. Deterministic: fixed dates, Message-IDs, MIME boundaries,
ZIP member times and document metadata.

    python3 make_corpus.py           # writes mails/d192-0001.eml ... and labels.tsv
    python3 make_corpus.py --check   # rebuilds into a temp folder, compares byte for
                                     # byte, parses and opens everything

Every mail below is written on its own. Shared are only the staff signatures
and the legal footers (each person always signs the same way) and the plain
mechanics (MIME building, file formats, quoting with "> ").
"""
import csv
import datetime
import io
import os
import re
import shutil
import sys
import tempfile
import zipfile
import zlib
import xml.etree.ElementTree as ET
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime, formataddr

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "d192-"
SMTP = policy.SMTP

# --------------------------------------------------------------------------
# small helpers: IBAN, dates, quoting
# --------------------------------------------------------------------------

def _iban_check(country, bban):
    s = bban + country + "00"
    num = "".join(str(int(c, 36)) for c in s.upper())
    return "%02d" % (98 - int(num) % 97)


def iban(country, bban, grouped=True):
    """IBAN with valid ISO 7064 check digits (fictitious bank/account)."""
    raw = country + _iban_check(country, bban) + bban
    if not grouped:
        return raw
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{10,30}", s):
        return False
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


def _last_sunday(year, month):
    d = datetime.date(year, month + 1, 1) - datetime.timedelta(days=1) if month < 12 \
        else datetime.date(year, 12, 31)
    while d.weekday() != 6:
        d -= datetime.timedelta(days=1)
    return d


def german_dt(s):
    """'2026-03-10 09:14:22' -> aware datetime in German local time.
    An explicit offset ('2026-03-10 08:14:22 +0000') is kept as given."""
    m = re.fullmatch(r"(.+) ([+-])(\d\d)(\d\d)", s)
    if m:
        base = german_dt(m.group(1)).replace(tzinfo=None)
        off = datetime.timedelta(hours=int(m.group(3)), minutes=int(m.group(4)))
        return base.replace(tzinfo=datetime.timezone(off if m.group(2) == "+" else -off))
    fmt = "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M"
    d = datetime.datetime.strptime(s, fmt)
    start = datetime.datetime.combine(_last_sunday(d.year, 3), datetime.time(2))
    end = datetime.datetime.combine(_last_sunday(d.year, 10), datetime.time(3))
    off = 2 if start <= d < end else 1
    return d.replace(tzinfo=datetime.timezone(datetime.timedelta(hours=off)))


def rfcdate(s):
    return format_datetime(german_dt(s))


def q(text, prefix="> "):
    """Quote a block of text the way mail clients do."""
    out = []
    for line in text.strip("\n").split("\n"):
        out.append((prefix + line) if line else prefix.rstrip())
    return "\n".join(out)


def crlf(text):
    return text.strip("\n").replace("\r\n", "\n").replace("\n", "\r\n") + "\r\n"


# --------------------------------------------------------------------------
# office files, PDF, ZIP, CSV (standard library only)
# --------------------------------------------------------------------------

ZIP_TIME = (2026, 1, 15, 9, 30, 0)


def _zip(members, date_time=ZIP_TIME, stored_first=None):
    """members: list of (name, bytes|str). Deterministic ZIP."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members:
            if isinstance(data, str):
                data = data.encode("utf-8")
            zi = zipfile.ZipInfo(name, date_time=date_time)
            zi.create_system = 0
            zi.external_attr = 0
            zi.compress_type = zipfile.ZIP_STORED if name == stored_first else zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def zipfile_bytes(members, date_time=ZIP_TIME):
    return _zip(members, date_time)


def _x(s):
    return (str(s).replace("&", "&amp;").replace("<", "&lt;")
            .replace(">", "&gt;").replace('"', "&quot;"))


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets, author="Auental Versicherung", created="2026-01-15T09:30:00Z"):
    """sheets: list of (name, rows); a row is a list of str/int/float/None."""
    ct = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">',
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
          '<Default Extension="xml" ContentType="application/xml"/>',
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>',
          '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>',
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>']
    wb_sheets, wb_rels, files = [], [], []
    for i, (name, rows) in enumerate(sheets, 1):
        ct.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % i)
        wb_sheets.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (_x(name), i, i))
        wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i, i))
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
                    cells.append('<c r="%s" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>' % (ref, _x(v)))
            xr.append('<row r="%d">%s</row>' % (r, "".join(cells)))
        files.append(("xl/worksheets/sheet%d.xml" % i,
                      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                      '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                      '<sheetData>%s</sheetData></worksheet>' % "".join(xr)))
    ct.append('</Types>')
    n = len(sheets)
    members = [
        ("[Content_Types].xml", "".join(ct)),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
         '</Relationships>'),
        ("docProps/core.xml", _core_xml(author, created)),
        ("xl/workbook.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
         'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
         '<sheets>%s</sheets></workbook>' % "".join(wb_sheets)),
        ("xl/_rels/workbook.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s'
         '<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
         '</Relationships>' % ("".join(wb_rels), n + 1)),
        ("xl/styles.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
         '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
         '<fills count="2"><fill><patternFill patternType="none"/></fill>'
         '<fill><patternFill patternType="gray125"/></fill></fills>'
         '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
         '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
         '<cellXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/></cellXfs>'
         '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
         '</styleSheet>'),
    ] + files
    return _zip(members)


def _core_xml(author, created):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:creator>%s</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified>'
            '</cp:coreProperties>' % (_x(author), created, created))


def docx(blocks, author="Auental Versicherung", created="2026-01-15T09:30:00Z"):
    """blocks: str (paragraph), ('h', text) heading, ('b', text) bold paragraph,
    ('table', rows)."""
    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % _x(b))
        elif b[0] in ("h", "b"):
            sz = '<w:sz w:val="28"/>' if b[0] == "h" else ""
            body.append('<w:p><w:r><w:rPr><w:b/>%s</w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (sz, _x(b[1])))
        elif b[0] == "table":
            rows = []
            for row in b[1]:
                cells = "".join('<w:tc><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % _x(c) for c in row)
                rows.append('<w:tr>%s</w:tr>' % cells)
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>%s</w:tbl>' % "".join(rows))
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr/></w:body></w:document>' % "".join(body))
    members = [
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
         '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
         '<Default Extension="xml" ContentType="application/xml"/>'
         '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
         '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
         '</Types>'),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
         '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
         '</Relationships>'),
        ("docProps/core.xml", _core_xml(author, created)),
        ("word/document.xml", doc),
    ]
    return _zip(members)


_ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
           'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
           'xmlns:dc="http://purl.org/dc/elements/1.1/" '
           'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"')


def _odf(mimetype, body, author, created):
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               '<office:document-content %s office:version="1.2"><office:body>%s</office:body>'
               '</office:document-content>' % (_ODF_NS, body))
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<office:document-meta %s office:version="1.2"><office:meta>'
            '<meta:initial-creator>%s</meta:initial-creator><meta:creation-date>%s</meta:creation-date>'
            '</office:meta></office:document-meta>' % (_ODF_NS, _x(author), created))
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mimetype)
    return _zip([("mimetype", mimetype), ("META-INF/manifest.xml", manifest),
                 ("content.xml", content), ("meta.xml", meta)], stored_first="mimetype")


def odt(paragraphs, author="Auental Versicherung", created="2026-01-15T09:30:00"):
    body = "".join('<text:p>%s</text:p>' % _x(p) for p in paragraphs)
    return _odf("application/vnd.oasis.opendocument.text", "<office:text>%s</office:text>" % body,
                author, created)


def ods(sheets, author="Auental Versicherung", created="2026-01-15T09:30:00"):
    tables = []
    for name, rows in sheets:
        xr = []
        for row in rows:
            cells = []
            for v in row:
                if v is None or v == "":
                    cells.append('<table:table-cell/>')
                elif isinstance(v, (int, float)):
                    cells.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (v, v))
                else:
                    cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % _x(v))
            xr.append('<table:table-row>%s</table:table-row>' % "".join(cells))
        tables.append('<table:table table:name="%s">%s</table:table>' % (_x(name), "".join(xr)))
    return _odf("application/vnd.oasis.opendocument.spreadsheet",
                "<office:spreadsheet>%s</office:spreadsheet>" % "".join(tables), author, created)


def _pdf_str(s):
    b = s.encode("cp1252", "replace")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def pdf(text, title="Dokument", author="Auental Versicherung", date="20260115093000",
        lines_per_page=52):
    """A real PDF with a text layer (Helvetica, WinAnsi). text: str; a line
    starting with '# ' is set bold and a little larger; a form feed starts a page."""
    pages, cur = [], []
    for chunk in text.strip("\n").split("\f"):
        cur = []
        for line in chunk.strip("\n").split("\n"):
            cur.append(line)
            if len(cur) >= lines_per_page:
                pages.append(cur)
                cur = []
        if cur:
            pages.append(cur)
    objs = {}
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    objs[5] = (b"<< /Title (" + _pdf_str(title) + b") /Author (" + _pdf_str(author) +
               b") /Producer (Auental DocGen 4.2) /CreationDate (D:" + date.encode() +
               b"+01'00') /ModDate (D:" + date.encode() + b"+01'00') >>")
    kids = []
    nxt = 6
    for page in pages:
        ops = [b"BT", b"/F1 10 Tf", b"13 TL", b"56 790 Td"]
        for line in page:
            if line.startswith("# "):
                ops.append(b"/F2 12 Tf (" + _pdf_str(line[2:]) + b") Tj T* /F1 10 Tf")
            else:
                ops.append(b"(" + _pdf_str(line) + b") Tj T*")
        ops.append(b"ET")
        raw = b"\n".join(ops)
        comp = zlib.compress(raw, 9)
        objs[nxt + 1] = (b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(comp)) + comp + b"\nendstream"
        objs[nxt] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                     b"/Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % (nxt + 1))
        kids.append(nxt)
        nxt += 2
    objs[2] = b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % k for k in kids) + b"] /Count %d >>" % len(kids)
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = {}
    for i in sorted(objs):
        offsets[i] = out.tell()
        out.write(b"%d 0 obj\n" % i + objs[i] + b"\nendobj\n")
    xref = out.tell()
    n = max(objs) + 1
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % n)
    for i in range(1, n):
        out.write(b"%010d 00000 n \n" % offsets[i])
    out.write(b"trailer\n<< /Size %d /Root 1 0 R /Info 5 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (n, xref))
    return out.getvalue()


def csv_text(rows, delimiter=";"):
    buf = io.StringIO()
    w = csv.writer(buf, delimiter=delimiter, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return buf.getvalue()


# --------------------------------------------------------------------------
# attachments
# --------------------------------------------------------------------------

CT = {
    "xlsx": ("application", "vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    "docx": ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document"),
    "odt": ("application", "vnd.oasis.opendocument.text"),
    "ods": ("application", "vnd.oasis.opendocument.spreadsheet"),
    "pdf": ("application", "pdf"),
    "zip": ("application", "zip"),
}


class Att:
    def __init__(self, filename, data, maintype=None, subtype=None, charset=None,
                 params=None, inline=False):
        self.filename, self.data = filename, data
        ext = (filename or "").rsplit(".", 1)[-1].lower()
        if maintype is None:
            maintype, subtype = CT.get(ext, ("application", "octet-stream"))
        self.maintype, self.subtype = maintype, subtype
        self.charset, self.params, self.inline = charset, params or {}, inline


def A_xlsx(name, sheets, **kw):
    return Att(name, xlsx(sheets, **kw))


def A_docx(name, blocks, **kw):
    return Att(name, docx(blocks, **kw))


def A_pdf(name, text, **kw):
    return Att(name, pdf(text, **kw))


def A_zip(name, members):
    return Att(name, zipfile_bytes(members))


def A_csv(name, rows_or_text, encoding="utf-8", delimiter=";", excel=False):
    t = rows_or_text if isinstance(rows_or_text, str) else csv_text(rows_or_text, delimiter)
    if excel:
        return Att(name, t.encode(encoding), "application", "vnd.ms-excel")
    return Att(name, t, "text", "csv", charset=encoding)


def A_text(name, text, subtype="plain", charset="utf-8", params=None):
    return Att(name, text, "text", subtype, charset=charset, params=params)


def A_ics(name, text, method="REQUEST"):
    return Att(name, crlf(text), "text", "calendar", charset="utf-8", params={"method": method})


def A_msg(msg, name=None):
    return Att(name, msg, "message", "rfc822")


# --------------------------------------------------------------------------
# message building
# --------------------------------------------------------------------------

def addr(p):
    if isinstance(p, str):
        return p
    return formataddr(p)


def build(n, *, frm, to, subject, date, body=None, html=None, cc=(), reply_to=None,
          in_reply_to=None, references=None, charset="utf-8", cte=None, flowed=False,
          atts=(), headers=(), mid=None, inner=False, html_cte=None):
    m = EmailMessage(policy=SMTP)
    m["From"] = addr(frm)
    m["To"] = ", ".join(addr(t) for t in ([to] if isinstance(to, (str, tuple)) else to))
    if cc:
        m["Cc"] = ", ".join(addr(c) for c in ([cc] if isinstance(cc, (str, tuple)) else cc))
    if reply_to:
        m["Reply-To"] = addr(reply_to)
    m["Subject"] = subject
    m["Date"] = rfcdate(date)
    if mid is None:
        d = german_dt(date)
        dom = (frm[1] if isinstance(frm, tuple) else frm).split("@")[-1].strip(">")
        mid = "<%s.%04d.%s@%s>" % (d.strftime("%Y%m%d%H%M%S"), n, "in" if inner else "d192",
                                    "mail." + dom if not dom.startswith("mail.") else dom)
    m["Message-ID"] = mid
    if in_reply_to:
        m["In-Reply-To"] = in_reply_to
        m["References"] = references or in_reply_to
    for k, v in headers:
        m[k] = v
    if body is not None:
        kw = {"charset": charset}
        if cte:
            kw["cte"] = cte
        if flowed:
            kw["params"] = {"format": "flowed"}
        m.set_content(body if body.endswith("\n") else body + "\n", **kw)
        if html is not None:
            m.add_alternative(html, subtype="html", charset="utf-8",
                              **({"cte": html_cte} if html_cte else {}))
    elif html is not None:
        m.set_content(html, subtype="html", charset="utf-8",
                      **({"cte": html_cte} if html_cte else {}))
    for a in atts:
        if a.maintype == "message":
            m.add_attachment(a.data, **({"filename": a.filename} if a.filename else {}))
        elif a.maintype == "text":
            m.add_attachment(a.data, subtype=a.subtype, charset=a.charset,
                             filename=a.filename, params=a.params,
                             disposition="inline" if a.inline else "attachment")
        else:
            m.add_attachment(a.data, maintype=a.maintype, subtype=a.subtype,
                             filename=a.filename,
                             disposition="inline" if a.inline else "attachment")
    keep = {id(m)}
    for part in m.walk():
        if part.get_content_type() == "message/rfc822":
            for sub in part.get_payload():
                keep.add(id(sub))
    for part in m.walk():
        if id(part) not in keep and "MIME-Version" in part:
            del part["MIME-Version"]
    i = 0
    for part in m.walk():
        if part.get_content_maintype() == "multipart":
            i += 1
            part.set_boundary("=_d192_%04d_%s%d" % (n, "f" if inner else "p", i))
    if "MIME-Version" not in m:
        m["MIME-Version"] = "1.0"
    return m


MAILS = []


def mail(label, lang, kind, reason):
    assert label in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"), label
    assert lang in ("de", "en"), lang
    assert "\n" not in reason and "\t" not in reason

    def deco(fn):
        MAILS.append((label, lang, kind, reason, fn))
        return fn
    return deco


# --------------------------------------------------------------------------
# the invented world: Auental Versicherungsgruppe, Bad Hersfeld
# --------------------------------------------------------------------------

D = "auental.example"

# staff (name, address)
VOLLMER = ("Katrin Vollmer", "katrin.vollmer@" + D)            # Maklerbetreuerin
EBERHARDT = ("Jonas Eberhardt", "jonas.eberhardt@" + D)        # Leiter Maklervertrieb
LANKOWSKI = ("Ines Lankowski", "ines.lankowski@" + D)          # Innendienst Maklerservice
STAPPENBECK = ("Dr. Ulrike Stappenbeck", "ulrike.stappenbeck@" + D)  # Gesellschaftsärztin
KREUZER = ("Sabine Kreuzer", "sabine.kreuzer@" + D)            # Leistung Kranken
ROEDER = ("Matthias Roeder", "matthias.roeder@" + D)           # Leistung BU
FELDMANN = ("Annika Feldmann", "annika.feldmann@" + D)         # Risikoprüfung Leben/BU
WOJCIK = ("Dennis Wojcik", "dennis.wojcik@" + D)               # Kfz-Schaden
HASSELBACH = ("Friederike Hasselbach", "friederike.hasselbach@" + D)  # Firmenkunden
IMHOF = ("Paul Imhof", "paul.imhof@" + D)                      # Schaden Sach
BRANDT = ("Olivia Brandt", "olivia.brandt@" + D)               # International Group Benefits
NUNES = ("Rafael Nunes", "rafael.nunes@" + D)                  # Broker Services International
SCHOMBURG = ("Heike Schomburg", "heike.schomburg@" + D)        # bAV
KETTLER = ("Lars Kettler", "lars.kettler@" + D)                # IT Service Desk
VARGA = ("Nicole Varga", "nicole.varga@" + D)                  # IT-Sicherheit
OSSENKOPP = ("Dr. Bernhard Ossenkopp", "datenschutz@" + D)     # Datenschutzbeauftragter
FUCHS = ("Miriam Fuchs", "miriam.fuchs@" + D)                  # Personal
GRELL = ("Tobias Grell", "tobias.grell@" + D)                  # Kommunikation
PFANNMUELLER = ("Uwe Pfannmüller", "uwe.pfannmueller@" + D)    # Facility
LINDQVIST = ("Dr. Carla Lindqvist", "carla.lindqvist@" + D)    # Aktuariat
KUEHL = ("Ramona Kühl", "ramona.kuehl@" + D)                   # Provisionsabrechnung
MAHLOW = ("Gerd Mahlow", "gerd.mahlow@" + D)                   # Beitragsbuchhaltung/Inkasso
OEZTUERK = ("Yasemin Öztürk", "yasemin.oeztuerk@" + D)         # Rechtsschutz-Schaden
AURICH = ("Stefan Aurich", "stefan.aurich@" + D)               # Rückversicherung
BRUECKNER = ("Auental Kundenservice", "kundenservice@" + D)    # Jana Brückner signs
HAGEDORN = ("Timo Hagedorn", "timo.hagedorn@" + D)             # Leistung Unfall
SAUERWEIN = ("Elke Sauerwein", "elke.sauerwein@" + D)          # Leistung Leben/Pflege
RAAB = ("Benedikt Raab", "benedikt.raab@" + D)                 # Vertragsservice Leben
ZIELINSKI = ("Mariusz Zielinski", "mariusz.zielinski@" + D)    # Reise-Schaden
ADEYEMI = ("Jessica Adeyemi", "jessica.adeyemi@" + D)          # Firmenkunden Kranken / bKV
KOSTKA = ("Lena Kostka", "lena.kostka@" + D)                   # Assistenz Vertrieb
WHITFIELD = ("Chloe Whitfield", "chloe.whitfield@" + D)        # International Private Clients
MAKLERPORTAL = ("Auental Maklerportal", "noreply-maklerportal@" + D)
KUNDENPORTAL = ("Auental Kundenportal", "noreply-portal@" + D)
NEWSLETTER = ("Auental Versicherungen", "newsletter@" + D)
SERVICEDESK = ("Auental IT Service Desk", "servicedesk@" + D)

# brokers, agencies, partners
B_BRENNINKAMP = ("Holger Brenninkamp", "h.brenninkamp@brenninkamp-makler.example")
B_OTT = ("Svenja Ott", "s.ott@brenninkamp-makler.example")
B_AYDIN = ("Mehmet Aydın", "m.aydin@finanzkontor-wetterau.example")
B_WETTERAU_INFO = ("Finanzkontor Wetterau", "info@finanzkontor-wetterau.example")
B_LUETTGEN = ("Petra Lüttgen", "petra@luettgen-assekuranz.example")
A_DEMIRCI = ("Serkan Demirci", "s.demirci@agentur-demirci.example")
A_DEMIRCI_BUERO = ("Agentur Demirci Büro", "buero@agentur-demirci.example")
B_WIESEHOEFER = ("Jana Wiesehöfer", "jana.wiesehoefer@nordlicht-pool.example")
B_BRODERSEN = ("Kai Brodersen", "kai.brodersen@nordlicht-pool.example")
B_MCALLISTER = ("Fiona McAllister", "fiona.mcallister@harwicklane.example")
B_OKAFOR = ("Tom Okafor", "tom.okafor@harwicklane.example")
B_VANHOUTEN = ("Pieter van Houten", "p.vanhouten@castellan-benefits.example")
B_BROUWER = ("Lotte Brouwer", "l.brouwer@castellan-benefits.example")
B_EBERSBACH = ("Martina Ebersbach", "ebersbach@kinzig-finanzplanung.example")

SIG = {}
SIG[VOLLMER] = """Mit freundlichen Grüßen

Katrin Vollmer
Maklerbetreuung Region Mitte
Auental Versicherungsgruppe
Telefon 06621 88-4312 · Mobil 0171 5550 4312"""
SIG[EBERHARDT] = """Viele Grüße
Jonas Eberhardt

Leiter Maklervertrieb
Auental Versicherungsgruppe · Auental-Platz 1 · 36251 Bad Hersfeld
T 06621 88-4300"""
SIG[LANKOWSKI] = """Freundliche Grüße
Ines Lankowski
Maklerservice Antrag & Bestand
Tel. 06621 88-4331 | Fax 06621 88-4399"""
SIG[STAPPENBECK] = """Dr. med. Ulrike Stappenbeck
Fachärztin für Innere Medizin
Gesellschaftsärztin – Auental Lebensversicherung AG / Auental Krankenversicherung AG
Tel. 06621 88-2710"""
SIG[KREUZER] = """Freundliche Grüße aus Bad Hersfeld

Sabine Kreuzer
Leistungsabteilung Krankenversicherung
Auental Krankenversicherung AG
Telefon 06621 88-2240"""
SIG[ROEDER] = """Mit freundlichen Grüßen
Matthias Roeder
Leistungsprüfung Berufsunfähigkeit
Auental Lebensversicherung AG
Tel. 06621 88-2531"""
SIG[FELDMANN] = """Beste Grüße / Best regards
Annika Feldmann
Risikoprüfung Leben & BU | Life & Disability Underwriting
Auental Lebensversicherung AG
+49 6621 88-2560"""
SIG[WOJCIK] = """Gruß
Dennis Wojcik
Kfz-Schadenregulierung
Auental Versicherung AG · Tel. 06621 88-3140"""
SIG[HASSELBACH] = """Mit besten Grüßen

Friederike Hasselbach
Underwriting Firmenkunden Sach/Haftpflicht
Auental Versicherung AG
Tel. 06621 88-3620 · friederike.hasselbach@auental.example"""
SIG[IMHOF] = """Freundliche Grüße
Paul Imhof
Schadenregulierung Sach
Tel. 06621 88-3211"""
SIG[BRANDT] = """Kind regards,
Olivia Brandt
International Group Benefits
Auental Krankenversicherung AG | Bad Hersfeld, Germany
T +49 6621 88-2900"""
SIG[NUNES] = """Best regards
Rafael Nunes
Broker Services International
Auental Versicherungsgruppe
+49 6621 88-4390"""
SIG[SCHOMBURG] = """Viele Grüße
Heike Schomburg
Betriebliche Altersversorgung
Auental Lebensversicherung AG
Tel. 06621 88-2655"""
SIG[KETTLER] = """Gruß Lars

Lars Kettler | IT Service Desk | Durchwahl -1111"""
SIG[VARGA] = """Nicole Varga
IT-Sicherheit / Information Security
Auental Versicherungsgruppe · Tel. 06621 88-1160"""
SIG[OSSENKOPP] = """Dr. Bernhard Ossenkopp
Datenschutzbeauftragter der Auental Versicherungsgruppe
datenschutz@auental.example · Tel. 06621 88-1090"""
SIG[FUCHS] = """Viele Grüße
Miriam Fuchs
Personalabteilung
Auental Versicherungsgruppe
Tel. 06621 88-1420"""
SIG[GRELL] = """Tobias Grell
Unternehmenskommunikation | Corporate Communications
Auental Versicherungsgruppe
T 06621 88-1050 · presse@auental.example"""
SIG[PFANNMUELLER] = """Gruß
Uwe Pfannmüller
Facility Management / Haustechnik
Tel. -1300, mobil 0160 5551 300"""
SIG[LINDQVIST] = """Dr. Carla Lindqvist
Aktuariat Leben/Kranken
Auental Versicherungsgruppe
+49 6621 88-2050"""
SIG[KUEHL] = """Mit freundlichen Grüßen
Ramona Kühl
Provisions- und Courtageabrechnung
Auental Versicherungsgruppe
Tel. 06621 88-4170"""
SIG[MAHLOW] = """Mit freundlichen Grüßen
Gerd Mahlow
Beitragsbuchhaltung / Inkasso
Tel. 06621 88-1720"""
SIG[OEZTUERK] = """Mit freundlichen Grüßen

Yasemin Öztürk
Rechtsschutz-Schadenservice
Auental Versicherung AG
Telefon 06621 88-3550"""
SIG[AURICH] = """Best regards
Stefan Aurich
Reinsurance / Rückversicherung
Auental Versicherungsgruppe
+49 6621 88-2080"""
SIG[BRUECKNER] = """Freundliche Grüße

Jana Brückner
Auental Kundenservice
Telefon 06621 88-0 (Mo–Fr 8–18 Uhr)"""
SIG[HAGEDORN] = """Mit freundlichen Grüßen
Timo Hagedorn
Leistung Unfallversicherung
Auental Versicherung AG
Tel. 06621 88-3410"""
SIG[SAUERWEIN] = """Mit freundlichen Grüßen

Elke Sauerwein
Leistungsservice Leben & Pflege
Auental Lebensversicherung AG / Auental Krankenversicherung AG
Telefon 06621 88-2580"""
SIG[RAAB] = """Freundliche Grüße
Benedikt Raab
Vertragsservice Lebensversicherung
Tel. 06621 88-2610"""
SIG[ZIELINSKI] = """Best regards / Mit freundlichen Grüßen
Mariusz Zielinski
Travel Claims | Reise-Schadenservice
Auental Versicherung AG
+49 6621 88-3380"""
SIG[ADEYEMI] = """Herzliche Grüße
Jessica Adeyemi
Firmenkunden Kranken / bKV
Auental Krankenversicherung AG
Tel. 06621 88-2950 · Mobil 0151 5552 2950"""
SIG[WHITFIELD] = """Kind regards

Chloe Whitfield
International Private Clients – English-speaking service
Auental Versicherungsgruppe
+49 6621 88-0 (ext. 4480)"""
SIG[KOSTKA] = """Viele Grüße
Lena Kostka
Assistenz Maklervertrieb
Tel. 06621 88-4301"""

FOOTER_DE = """--
Auental Versicherung AG · Auental Lebensversicherung AG
Auental Krankenversicherung AG
Auental-Platz 1 · 36251 Bad Hersfeld · www.auental.example
Vorsitzender der Aufsichtsräte: Dr. Wolfram Pietsch
Vorstand: Dr. Hanna Ulbricht (Vorsitzende), Klaus-Dieter Menge, Sevgi Arslan
Sitz Bad Hersfeld · Amtsgericht Bad Hersfeld HRB 2217, HRB 2218, HRB 2219

Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der
richtige Adressat sind, informieren Sie bitte den Absender und löschen Sie
diese E-Mail."""

FOOTER_EN = """--
Auental Versicherungsgruppe · Auental-Platz 1 · 36251 Bad Hersfeld · Germany
Auental Versicherung AG (HRB 2217), Auental Lebensversicherung AG (HRB 2218),
Auental Krankenversicherung AG (HRB 2219), Local Court of Bad Hersfeld
Chair of the Supervisory Boards: Dr. Wolfram Pietsch
Management Boards: Dr. Hanna Ulbricht (Chair), Klaus-Dieter Menge,
Sevgi Arslan

This e-mail may contain confidential information. If you are not the intended
recipient, please notify the sender and delete this e-mail."""


def sig(p, footer=None):
    s = SIG[p]
    if footer == "de":
        s += "\n\n" + FOOTER_DE
    elif footer == "en":
        s += "\n\n" + FOOTER_EN
    return s


OUTLOOK = ("X-Mailer", "Microsoft Outlook 16.0")
IPHONE = ("X-Mailer", "iPhone Mail (22D82)")
TBIRD = ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.7.1")
PORTALHDR = ("X-Auto-Response-Suppress", "All")

# ==========================================================================
# MAILS
# ==========================================================================

# ---------------------------------------------------------------- 0001
@mail("NORMAL", "de", "insurer-to-broker",
      "trap: event invitation naming BU-Leistungspraxis, Pflegereform and Gesundheitsfragen as agenda topics, no person or contract")
def _(n):
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Auental Versicherungsgruppe//Veranstaltungen//DE
METHOD:REQUEST
BEGIN:VTIMEZONE
TZID:Europe/Berlin
BEGIN:DAYLIGHT
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
DTSTART:19700329T020000
RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU
END:DAYLIGHT
BEGIN:STANDARD
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
DTSTART:19701025T030000
RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU
END:STANDARD
END:VTIMEZONE
BEGIN:VEVENT
UID:maklerforum-2026-kassel@auental.example
DTSTAMP:20260302T081500Z
DTSTART;TZID=Europe/Berlin:20260423T093000
DTEND;TZID=Europe/Berlin:20260423T163000
SUMMARY:Auental Maklerforum 2026 – Kassel
LOCATION:Kongress Palais Kassel\\, Saal Orangerie
DESCRIPTION:Programm: Pflegereform 2026\\, BU-Leistungspraxis aus Sicht der
  Leistungsprüfung\\, vereinfachte Gesundheitsfragen im Tarif BU Plus\\, Kfz-
 Tarifwechsel zum 1.10.
ORGANIZER;CN=Katrin Vollmer:mailto:katrin.vollmer@auental.example
ATTENDEE;CN=Holger Brenninkamp;RSVP=TRUE:mailto:h.brenninkamp@brenninkamp-makler.example
ATTENDEE;CN=Svenja Ott;RSVP=TRUE:mailto:s.ott@brenninkamp-makler.example
END:VEVENT
END:VCALENDAR"""
    body = """Hallo Herr Brenninkamp, hallo Frau Ott,

wie am Telefon angekündigt, hier die offizielle Einladung zu unserem Maklerforum
am Donnerstag, 23. April, im Kongress Palais Kassel. Einlass ab 9 Uhr, Beginn
9:30 Uhr.

Das Programm in Kürze:

  09:30  Begrüßung – Jonas Eberhardt
  10:00  Pflegereform 2026: was sich für Pflegezusatz-Kunden ändert
  11:15  BU-Leistungspraxis: wie unsere Leistungsprüfung arbeitet
         (mit anonymisierten Fallbeispielen, keine echten Kundendaten)
  13:30  Tarif BU Plus: vereinfachte Gesundheitsfragen für Akademiker
         und Azubis – Live-Demo im Maklerportal
  15:00  Kfz: Tarifwechsel zum 1.10. und Telematik-Baustein
  16:00  Get-together

Die Teilnahme wird mit 5 Stunden Weiterbildungszeit (IDD) bestätigt. Bitte
nehmen Sie die Kalendereinladung an, dann habe ich Sie in der Liste. Parkplätze
gibt es im Parkhaus Friedrichsplatz, die Tickets übernehmen wir.

Ich freue mich, Sie beide zu sehen!

""" + sig(VOLLMER, "de")
    return build(n, frm=VOLLMER, to=[B_BRENNINKAMP, B_OTT], subject="Einladung Auental Maklerforum 23.04.2026 in Kassel",
                 date="2026-03-02 09:15:40", body=body, headers=[OUTLOOK],
                 atts=[A_ics("Maklerforum_2026.ics", ics)])


# ---------------------------------------------------------------- 0002
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
      "underwriting pre-assessment of a named client with birth date: herniated disc M51.1, surgery 2024, exclusion offered")
def _(n):
    body = """Sehr geehrter Herr Aydın,

vielen Dank für Ihre Risikovoranfrage vom 4. März zur Berufsunfähigkeits-
versicherung (Tarif BU Plus) für Ihren Kunden

    Herrn Dominik Keßler, geb. 11.07.1988, Elektroniker für Betriebstechnik

Nach Auswertung der eingereichten Unterlagen (OP-Bericht Klinikum Gießen vom
19.09.2024, Befundbericht Dr. Sänger vom 12.02.2026) können wir Ihnen folgendes
Votum geben:

  Diagnose: Bandscheibenvorfall L5/S1 links (ICD-10 M51.1), Nukleotomie 09/2024,
  seitdem beschwerdefrei, keine Physiotherapie mehr seit 06/2025.

  Votum: Annahme möglich mit Leistungsausschluss für Erkrankungen und
  Verletzungen der Lendenwirbelsäule einschließlich Folgen.
  Alternativ (ohne Ausschluss): Risikozuschlag 35 % auf den BU-Beitrag.

Eine Überprüfung des Ausschlusses bieten wir nach drei beschwerdefreien Jahren
an, also frühestens ab 10/2027, mit aktuellem orthopädischem Befund.

Die Voranfrage ist 3 Monate gültig. Bitte vermerken Sie im Antrag die
Voranfrage-Nr. RV-26-01873, dann ordnen wir das sofort zu.

""" + sig(FELDMANN, "de")
    return build(n, frm=FELDMANN, to=B_AYDIN, subject="AW: Risikovoranfrage BU Plus – Keßler, Dominik – RV-26-01873",
                 date="2026-03-11 14:02:11", body=body, headers=[OUTLOOK],
                 in_reply_to="<a81c2f0e44d@finanzkontor-wetterau.example>")


# ---------------------------------------------------------------- 0003
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "named customer's motor claim (plate, claim no.) with payout to her IBAN; explicitly no injuries")
def _(n):
    body = """Sehr geehrte Frau Reinhardt,

Ihr Schaden vom 17.02.2026 (Parkplatz Lidl, Rotenburg an der Fulda) ist
abgeschlossen. Laut Ihrer Schilderung und der Aussage des Zeugen ist beim
Ausparken niemand verletzt worden; beschädigt wurden der hintere Stoßfänger
und die rechte Rückleuchte Ihres Fahrzeugs HEF-JR 227.

Schadennummer:   K-2026-018823
Vertrag:         AK-61-4401937 (Vollkasko, SB 300 EUR)

Reparaturkosten lt. Rechnung Autohaus Nöll     1.486,20 EUR
abzüglich Selbstbeteiligung                    -  300,00 EUR
Auszahlungsbetrag                              1.186,20 EUR

Den Betrag überweisen wir in den nächsten zwei Werktagen auf Ihr Konto
""" + iban("DE", "53250000" + "0041187302") + """ (Sparkasse Bad Hersfeld-Rotenburg).

Ihr Schadenfreiheitsrabatt in der Vollkasko wird zum 01.01.2027 zurückgestuft
(von SF 9 auf SF 4). Sie können den Schaden innerhalb von sechs Monaten selbst
zurückzahlen, dann bleibt Ihre Einstufung erhalten. Sagen Sie mir einfach
Bescheid.

""" + sig(WOJCIK, "de")
    return build(n, frm=WOJCIK, to=("Jutta Reinhardt", "jutta.reinhardt@fernpost.example"),
                 subject="Ihr Kfz-Schaden K-2026-018823 – Abrechnung",
                 date="2026-03-05 10:47:03", body=body, headers=[OUTLOOK])


# ---------------------------------------------------------------- 0004
@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "harmless body; PDF commission statement lists named customers with motor/home policy numbers and the sole-trader broker's IBAN")
def _(n):
    text = """# Courtageabrechnung 03/2026
Auental Versicherung AG · Provisions- und Courtageabrechnung
Empfänger: Assekuranzbüro Petra Lüttgen e.K., Am Grün 9, 35037 Marburg
Vermittlernummer: 40-7718 · Abrechnungsdatum: 31.03.2026

# Einzelaufstellung (Sparten Kfz, Sach, Haftpflicht)
Vertrag         Kunde                    Sparte           Beitrag     Satz    Courtage
AK-61-5510283   Henning, Lukas           Kfz-Haftpflicht    612,40    6,0 %     36,74
AK-61-5510283   Henning, Lukas           Teilkasko          188,10    6,0 %     11,29
AS-40-2291877   Sommerfeld, Ute          Hausrat            142,80   15,0 %     21,42
AS-40-2291878   Sommerfeld, Ute          Privathaftpfl.      79,90   15,0 %     11,99
AS-42-0873310   Baltrusch, Jens u. Mia   Wohngebäude        986,00   12,5 %    123,25
AR-45-0038120   Dreyer, Konstantin       Rechtsschutz       356,40   10,0 %     35,64
AK-61-5519006   Nowak, Irena             Kfz-Haftpflicht    402,75    6,0 %     24,17
AS-40-2299415   Ebert, Samuel            Hausrat             96,30   15,0 %     14,45

Storno-Rückbelastung
AS-40-2187730   Pohl, Gisela             Hausrat (Kündigung 02/2026)       -18,60

Summe Courtage                                                             260,35
zzgl. 0 % USt (steuerfrei nach § 4 Nr. 11 UStG)
Auszahlungsbetrag                                                          260,35 EUR

Überweisung am 03.04.2026 auf: """ + iban("DE", "53350000" + "1020559871") + """
Kontoinhaberin: Petra Lüttgen e.K. (Sparkasse Marburg-Biedenkopf)

Die Abrechnung der Sparten Leben und Kranken erhalten Sie getrennt über das Maklerportal."""
    body = """Sehr geehrte Frau Lüttgen,

anbei Ihre Courtageabrechnung für März 2026 (Sach/Kfz/Haftpflicht/Rechtsschutz).
Die Zahlung ist für den 3. April angewiesen.

Bei Rückfragen erreichen Sie mich am besten vormittags.

""" + sig(KUEHL, "de")
    return build(n, frm=KUEHL, to=B_LUETTGEN, subject="Courtageabrechnung 03/2026 – Vermittler 40-7718",
                 date="2026-03-31 16:20:55", body=body, headers=[OUTLOOK],
                 atts=[A_pdf("Courtage_40-7718_2026-03.pdf", text, title="Courtageabrechnung 03/2026",
                             date="20260331161500")])


# ---------------------------------------------------------------- 0005
@mail("NORMAL", "en", "internal",
      "trap: phishing warning quoting lure subjects 'medical report invoice' and 'Arztbericht', no real person or case")
def _(n):
    body = """Dear colleagues,

since this morning we are seeing a phishing wave aimed at insurers. The mails
look like they come from doctors' practices or hospitals and carry subjects like

  - "Your medical report invoice 2026-03 – payment overdue"
  - "Arztbericht / Befund für Ihren Versicherten – bitte öffnen"
  - "Hospital discharge letter – secure download"

The attachment is a ZIP ("Arztbericht_Maerz.zip", "Befund_scan.zip") containing
a .js or .lnk file, or a link to a fake Auental login page at
auental-docs.login-secure.example.

What to do:
  1. Do not open the attachment or click the link – even if you are waiting for
     a medical report on a claim.
  2. Use the "Report phishing" button in Outlook. Don't forward the mail.
  3. If you already clicked: lock your PC (Win+L) and call the service desk on
     -1111 right away. Nobody will be blamed.

Real medical reports reach us through the scanning centre or the secure portal,
never as ZIP files from unknown senders. The claims teams (health, disability,
accident) have been informed separately.

Thanks for staying alert.

""" + sig(VARGA)
    return build(n, frm=VARGA, to=("Alle Mitarbeitenden", "alle@" + D),
                 subject="[Security warning] Phishing wave: fake 'medical report' invoices",
                 date="2026-03-09 08:41:19", body=body, headers=[OUTLOOK, ("Importance", "high")])


# ---------------------------------------------------------------- 0006
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker",
      "guarantee of payment for a named member's hospital admission in Dubai with diagnosis (symptomatic gallstones) and procedure")
def _(n):
    body = """Dear Fiona,

following Tom's request this morning, please find below our pre-authorisation
for the planned admission under the Kestrel Logistics Ltd group scheme
(policy GH-INT-20418, Auental Global Care, Plan Silver).

  Member:        Mr Arjun Mehta, DOB 14/03/1984, member no. 20418-0077
  Hospital:      Mediclinic Al Safa, Dubai (direct billing network)
  Admission:     23 March 2026, 2 nights, semi-private room
  Diagnosis:     symptomatic cholelithiasis (K80.2), two episodes of biliary
                 colic since January
  Procedure:     laparoscopic cholecystectomy
  Authorised:    up to AED 38,500 including surgeon, anaesthetist and
                 histology; excess of USD 250 applies and will be collected
                 from the member by the hospital

Guarantee of payment no. GOP-26-03117 has been sent to the hospital's
insurance desk directly. Any extension beyond two nights needs a new request
from the treating surgeon with a short medical justification.

As discussed, this mail goes through our encrypted channel; please don't
forward it to Kestrel's HR team – Mr Mehta can share details with his
employer himself if he wishes.

""" + sig(BRANDT, "en")
    return build(n, frm=BRANDT, to=B_MCALLISTER, cc=B_OKAFOR,
                 subject="Pre-authorisation GOP-26-03117 – Kestrel Logistics – member 20418-0077",
                 date="2026-03-18 12:26:31", body=body, headers=[OUTLOOK])


# ---------------------------------------------------------------- 0007
@mail("NORMAL", "de", "internal",
      "trap: IT ticket about the scanner for doctors' invoices in the health claims department, no document content or person")
def _(n):
    body = """Ticket INC-2026-04127 – Status: In Bearbeitung

Hallo Frau Kreuzer,

danke für die Meldung. Wir haben uns den Scanner "SCN-KV-03" (Raum 2.114)
heute angeschaut:

- Der Einzug zieht dünne Belege (Arztrechnungen auf Thermopapier, Apotheken-
  quittungen) schief ein, weil die Trennrolle verschlissen ist. Ersatzteil ist
  bestellt, Lieferung voraussichtlich Donnerstag.
- Bis dahin bitte dünne Belege über SCN-KV-01 oder den Flachbettmodus
  scannen. Die OCR-Erkennung für GOÄ-Ziffern ist davon nicht betroffen.
- Die doppelten Seiten im Stapel vom Montag waren ein Treiberproblem; das
  Profil "Leistungsbelege_Duplex" ist neu ausgerollt.

Bitte die bereits schief gescannten Stapel nicht neu einscannen, die Dubletten-
prüfung im DMS erkennt sie sonst als neue Eingänge. Die Kolleginnen in der
Poststelle wissen Bescheid.

""" + sig(KETTLER)
    return build(n, frm=SERVICEDESK, to=KREUZER, cc=KETTLER,
                 subject="[INC-2026-04127] Scanner SCN-KV-03 zieht Arztrechnungen schief ein",
                 date="2026-02-10 15:33:08", body=body,
                 headers=[("X-Mailer", "ServiceNow"), ("Auto-Submitted", "auto-generated")])


# ---------------------------------------------------------------- 0008
@mail("NORMAL", "en", "insurer-to-broker",
      "trap: blank group census template with one fictitious example row (date of birth, salary, dependants), no real employee")
def _(n):
    rows = [
        ["Auental Global Care – member census for group quotation", None, None, None, None, None, None, None],
        ["Please fill in one row per employee. Do not add medical information.", None, None, None, None, None, None, None],
        ["Employee ref", "Date of birth (DD/MM/YYYY)", "Gender", "Country of residence", "Nationality",
         "Annual base salary (EUR)", "Dependants covered (spouse/children)", "Plan"],
        ["EXAMPLE-001", "01/01/1980", "F", "United Arab Emirates", "GB", 60000, "1 / 2", "Silver"],
        ["(example row – Jane Example, fictitious – please delete)", None, None, None, None, None, None, None],
    ]
    body = """Hi Fiona,

as promised, attached is our census template for the Northgate Engineering
quotation. A few notes so we get a clean file back:

* please use an employee reference instead of names – we don't need names for
  the quote, only for enrolment later;
* date of birth and gender drive the age/sex rating, salary is only needed if
  they want the income protection add-on;
* no medical questions at this stage: schemes above 50 lives are on a
  medical-history-disregarded basis.

The first data row is a fictitious example ("Jane Example") – feel free to
delete it. Quotation turnaround is 5 working days after we have the census.

""" + sig(NUNES, "en")
    return build(n, frm=NUNES, to=B_MCALLISTER, subject="Census template – Northgate Engineering quote",
                 date="2026-01-27 11:05:44", body=body, headers=[OUTLOOK],
                 atts=[A_xlsx("AGC_census_template_v3.xlsx", [("Census", rows)], author="Rafael Nunes")])


# ---------------------------------------------------------------- 0009
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "private health reimbursement for the addressee: GOÄ items, diagnosis lumbago/sciatica, MRI, physiotherapy")
def _(n):
    body = """Sehr geehrter Herr Lindemann,

wir haben Ihre Belege vom 22.01.2026 geprüft und erstatten Ihnen für den Tarif
AKV-Komfort (Versicherungsnummer KV 7 204 118 93) folgende Beträge:

Dr. med. Jörg Hainbach, Orthopädie, Kassel – Rechnung vom 08.01.2026
Diagnose lt. Rechnung: Lumboischialgie rechts (M54.4)
  GOÄ 1     Beratung                       2,3-fach     10,72 EUR
  GOÄ 7     Untersuchung                   2,3-fach     21,45 EUR
  GOÄ 3306  Chirotherapeutischer Eingriff  2,3-fach     10,72 EUR
  GOÄ 267   Infiltration, paravertebral    2,3-fach     10,72 EUR
                                            erstattet:   53,61 EUR

Radiologie am Ständeplatz – MRT LWS vom 12.01.2026            erstattet: 498,37 EUR

Physiotherapie Bewegungsraum – 6 x Krankengymnastik
Rechnung vom 20.01.2026: 6 x 31,00 EUR = 186,00 EUR
  erstattungsfähig nach Tarif 80 %                              erstattet: 148,80 EUR

Gesamterstattung                                                          700,78 EUR

Die Auszahlung erfolgt auf das bei uns hinterlegte Konto. Für die Physiotherapie
gilt Ihr tariflicher Selbstbehalt von 20 %; eine Beitragsrückerstattung für
2026 ist mit dieser Einreichung leider nicht mehr möglich.

Gute Besserung!

""" + sig(KREUZER, "de")
    return build(n, frm=KREUZER, to=("Frank Lindemann", "f.lindemann@mailhaus.example"),
                 subject="Leistungsabrechnung vom 02.02.2026 – KV 7 204 118 93",
                 date="2026-02-02 09:58:12", body=body, headers=[OUTLOOK])


# ---------------------------------------------------------------- 0010
@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "portfolio transfer: ZIP with CSV of named customers, addresses and motor/home/liability policy numbers (no personal lines)")
def _(n):
    rows = [["Vertragsnummer", "Sparte", "Versicherungsnehmer", "Straße", "PLZ", "Ort", "Jahresbeitrag", "Hauptfälligkeit"],
            ["AS-40-1983302", "Hausrat", "Wiegand, Torsten", "Lindenstraße 12", "34246", "Vellmar", "118,40", "01.05."],
            ["AS-40-1983303", "Privathaftpflicht", "Wiegand, Torsten", "Lindenstraße 12", "34246", "Vellmar", "72,00", "01.05."],
            ["AK-61-3308721", "Kfz-Haftpflicht/VK", "Celik, Aylin", "Am Sande 3", "34117", "Kassel", "894,60", "01.01."],
            ["AS-42-0655197", "Wohngebäude", "Hartung, Bernd und Petra", "Hohe Straße 40", "34253", "Lohfelden", "1.212,30", "01.07."],
            ["AS-40-2014456", "Hausrat", "Yilmaz, Derya", "Frankfurter Str. 155", "34121", "Kassel", "88,90", "01.10."],
            ["AR-45-0019344", "Rechtsschutz (Privat/Beruf/Verkehr)", "Kranz, Matthias", "Bahnhofstraße 7a", "34225", "Baunatal", "331,20", "01.03."],
            ["AK-61-3351009", "Kfz-Haftpflicht/TK", "Kranz, Matthias", "Bahnhofstraße 7a", "34225", "Baunatal", "467,15", "01.01."],
            ["AS-40-2020871", "Hausrat", "Möller, Sieglinde", "Wilhelmshöher Allee 260", "34131", "Kassel", "64,50", "01.12."],
            ["AS-43-0004418", "Hundehalterhaftpflicht", "Möller, Sieglinde", "Wilhelmshöher Allee 260", "34131", "Kassel", "58,80", "01.12."],
            ["AS-42-0670233", "Wohngebäude", "Schäfer-Ludwig, Anke", "Im Druseltal 21", "34131", "Kassel", "904,00", "01.04."],
            ["AK-61-3360554", "Kfz-Haftpflicht/VK", "Okonkwo, Daniel", "Leipziger Str. 88", "34123", "Kassel", "1.036,70", "01.01."],
            ["AS-40-2031990", "Hausrat", "Okonkwo, Daniel", "Leipziger Str. 88", "34123", "Kassel", "102,30", "01.08."]]
    readme = """Bestandsübertragung Vermittler 40-5502 (Brenninkamp & Sohn Versicherungsmakler GmbH)
Stichtag: 01.05.2026
Quelle: Auental Bestandsführung, Export vom 16.04.2026
Enthalten: 12 Verträge Sach/Kfz/Haftpflicht/Rechtsschutz aus dem Bestand der
ausgeschiedenen Agentur Lorenz (Kassel). Maklermandate liegen vor.
Verträge der Sparten Leben/Kranken/Unfall werden gesondert übertragen.
"""
    body = """Hallo Frau Ott,

die Maklermandate für die Kunden aus dem ehemaligen Bestand Lorenz sind alle
bei uns eingegangen und geprüft. Die Verträge werden zum 01.05.2026 auf Ihre
Vermittlernummer 40-5502 umgeschlüsselt; ab dann sehen Sie sie auch im
Maklerportal mit Bestandsrechten.

Anbei die Übersicht als ZIP (CSV + kurze Info). Die Verträge aus Leben und
Kranken kommen in einer separaten Sendung, da warten wir noch auf zwei
Mandate.

""" + sig(LANKOWSKI, "de")
    return build(n, frm=LANKOWSKI, to=B_OTT, cc=B_BRENNINKAMP,
                 subject="Bestandsübertragung Lorenz -> 40-5502 zum 01.05.2026",
                 date="2026-04-16 13:12:48", body=body, headers=[OUTLOOK],
                 atts=[A_zip("Bestand_40-5502_2026-05-01.zip",
                             [("Bestandsliste_Sach_Kfz.csv", csv_text(rows).encode("cp1252")),
                              ("LIESMICH.txt", readme.encode("cp1252"))])])


# ---------------------------------------------------------------- 0011
@mail("NORMAL", "de", "newsletter",
      "trap: customer health newsletter (hay fever, back training, flu vaccination bonus), generic advice to all subscribers")
def _(n):
    text = """Auental Gesundheitsbrief – Frühjahr 2026

Liebe Leserin, lieber Leser,

der Frühling kommt – und mit ihm die Pollen. In dieser Ausgabe:

1) Heuschnupfen: Was hilft wirklich?
   Antihistaminika, Nasensprays, Hyposensibilisierung: Unsere Gesellschafts-
   ärztin erklärt, wann sich eine spezifische Immuntherapie lohnt und was
   Ihr Tarif dazu leistet.

2) Rückenfit im Homeoffice
   Drei Übungen für zwischendurch – und warum der teuerste Bürostuhl
   nichts nützt, wenn der Bildschirm zu tief steht.

3) Bonusprogramm "Auental Aktiv"
   Grippeschutzimpfung, Zahnvorsorge, Gesundheits-Check-up ab 35:
   Für jede Vorsorge gibt es Punkte, ab 500 Punkten 60 Euro.

4) Neu im Kundenportal: Rechnungen per Foto einreichen.

Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben.
Abmelden: https://www.auental.example/newsletter/abmelden
Auental Krankenversicherung AG · Auental-Platz 1 · 36251 Bad Hersfeld
"""
    html = """<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>Auental Gesundheitsbrief</title></head>
<body style="font-family:Arial,sans-serif;color:#1d2b36;max-width:640px">
<h1 style="color:#2f7a4d">Auental Gesundheitsbrief – Frühjahr 2026</h1>
<p>Liebe Leserin, lieber Leser,</p>
<p>der Frühling kommt – und mit ihm die Pollen. In dieser Ausgabe:</p>
<h2>1) Heuschnupfen: Was hilft wirklich?</h2>
<p>Antihistaminika, Nasensprays, Hyposensibilisierung: Unsere Gesellschaftsärztin erklärt,
wann sich eine spezifische Immuntherapie lohnt und was Ihr Tarif dazu leistet.</p>
<h2>2) Rückenfit im Homeoffice</h2>
<p>Drei Übungen für zwischendurch – und warum der teuerste Bürostuhl nichts nützt,
wenn der Bildschirm zu tief steht.</p>
<h2>3) Bonusprogramm „Auental Aktiv“</h2>
<ul><li>Grippeschutzimpfung</li><li>Zahnvorsorge</li><li>Gesundheits-Check-up ab 35</li></ul>
<p>Für jede Vorsorge gibt es Punkte, ab 500 Punkten 60&nbsp;Euro.</p>
<h2>4) Neu im Kundenportal</h2><p>Rechnungen per Foto einreichen.</p>
<hr><p style="font-size:11px;color:#667">Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben.
<a href="https://www.auental.example/newsletter/abmelden">Abmelden</a><br>
Auental Krankenversicherung AG · Auental-Platz 1 · 36251 Bad Hersfeld</p>
</body></html>
"""
    return build(n, frm=NEWSLETTER, to=("Newsletter-Abonnenten", "gesundheitsbrief-liste@" + D),
                 subject="Heuschnupfen, Rückenfit und 60 Euro Bonus – Ihr Gesundheitsbrief",
                 date="2026-03-24 07:00:00", body=text, html=html,
                 headers=[("List-Unsubscribe", "<https://www.auental.example/newsletter/abmelden>"),
                          ("Precedence", "bulk")])


# ---------------------------------------------------------------- 0012
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-agency",
      "harmless body; XLSX lists named health-insurance customers with premium arrears and emergency-tariff status (personal line)")
def _(n):
    rows = [["Agentur 30-1204 Demirci – Beitragsrückstände Krankenversicherung, Stand 28.02.2026"],
            [],
            ["Vers.-Nr.", "Versicherungsnehmer", "Tarif", "Rückstand EUR", "Mahnstufe", "seit", "Hinweis"],
            ["KV 7 311 402 07", "Brandl, Oskar", "AKV-Basis + KT 43", 1384.52, 2, "11/2025", "Ruhen der Leistungen angekündigt"],
            ["KV 7 298 770 15", "Sahin, Elif", "AKV-Komfort", 611.20, 1, "01/2026", ""],
            ["KV 7 305 119 42", "Pfeifer, Ralf", "AKV-Komfort + Zahn 80", 2950.00, 3, "08/2025", "Notlagentarif seit 01.02.2026"],
            ["KV 7 318 004 81", "Kowalczyk, Beata", "Pflegezusatz PTG", 96.60, 1, "01/2026", "Lastschrift zurück"],
            ["KV 7 290 553 30", "Vogt, Günter", "AKV-Basis", 1788.15, 2, "10/2025", "Ratenzahlung angeboten"]]
    body = """Hallo Herr Demirci,

wie jeden Monat die Liste der KV-Verträge Ihrer Agentur mit Rückstand. Bei
einem Kunden ist leider der Notlagentarif eingetreten (siehe Spalte Hinweis) –
vielleicht können Sie nochmal mit ihm sprechen, ob eine Ratenzahlung klappt.

Bitte die Datei nach Bearbeitung löschen.

""" + sig(MAHLOW, "de")
    return build(n, frm=MAHLOW, to=A_DEMIRCI, cc=A_DEMIRCI_BUERO,
                 subject="Rückstandsliste KV 02/2026 Agentur 30-1204",
                 date="2026-03-03 11:40:26", body=body, headers=[OUTLOOK],
                 atts=[A_xlsx("Rueckstaende_KV_30-1204_2026-02.xlsx", [("Rückstände", rows)], author="Gerd Mahlow")])

# ---------------------------------------------------------------- 0013
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "confirms a named customer's home contents policy and SEPA mandate with his IBAN and insured address")
def _(n):
    body = """Dear Mr Gallagher,

thank you for returning the signed SEPA Direct Debit mandate. Everything is
now set up for your home contents insurance:

  Policy number:      AS-40-2410568 (Hausrat Komfort)
  Insured address:    Schweizer Straße 71, 3rd floor left, 60594 Frankfurt am Main
  Sum insured:        EUR 65,000 (incl. bicycles up to EUR 3,000)
  Annual premium:     EUR 131.60, collected on 1 May each year
  Mandate reference:  AV-SEPA-2410568-01
  Account:            """ + iban("DE", "50010517" + "5402279013") + """ (ING), account holder Ciarán Gallagher

Our creditor ID is DE41ZZZ00000987612. The first collection will be on
1 May 2026; you'll get a reminder five days before.

If you move within Germany, just let us know your new address – the cover
moves with you. For anything else you can write to me in English at any time.

""" + sig(WHITFIELD, "en")
    return build(n, frm=WHITFIELD, to=("Ciarán Gallagher", "ciaran.gallagher@postfach24.example"),
                 subject="Your home contents policy AS-40-2410568 – direct debit confirmed",
                 date="2026-04-08 10:14:37", body=body, headers=[OUTLOOK],
                 in_reply_to="<CAF93kq1_xw8Lm@postfach24.example>")


# ---------------------------------------------------------------- 0014
@mail("NORMAL", "de", "insurer-to-broker",
      "trap: underwriting guideline circular for term life (BMI table, smoker definition, blood pressure limits) without any applicant")
def _(n):
    text = """# Maklerinformation 07/2026 – Annahmerichtlinien Risikolebensversicherung
Auental Lebensversicherung AG · gültig für Anträge ab 01.05.2026

# 1. Body-Mass-Index
BMI (kg/m²)          Votum ohne weitere Unterlagen
unter 17,5           Rückfrage Hausarzt, ggf. Ablehnung
17,5 bis 32,0        normal
32,1 bis 35,0        Zuschlag 25 % (ab 35. Lebensjahr: 50 %)
35,1 bis 40,0        ärztliches Zeugnis erforderlich
über 40,0            keine Annahme

# 2. Raucherstatus
Nichtraucher ist, wer seit mindestens 12 Monaten keine Zigaretten, Zigarren,
E-Zigaretten, Erhitzer oder Nikotinersatzprodukte verwendet hat.
Gelegentlicher Konsum (auch Shisha) gilt als Rauchen.

# 3. Blutdruck (ab 500.000 EUR Versicherungssumme Pflicht-Messung)
bis 140/90 mmHg         normal
bis 160/100 mmHg        normal, wenn medikamentös eingestellt
darüber                 Einzelfallprüfung

# 4. Vereinfachte Gesundheitsfragen
Bis 150.000 EUR Versicherungssumme und Eintrittsalter bis 45 Jahre genügen
die 5 vereinfachten Gesundheitsfragen (Formular RL-GF-5).

# 5. Finanzielle Angemessenheit
Versicherungssumme bis zum 15-fachen Bruttojahreseinkommen ohne Nachweis;
Baufinanzierungen bis zur Höhe des Darlehens.

Fragen: risikopruefung-leben@auental.example · 06621 88-2560"""
    body = """Sehr geehrte Damen und Herren,

zum 1. Mai passen wir unsere Annahmerichtlinien in der Risikolebensversicherung
an. Die wichtigsten Änderungen: großzügigere BMI-Grenzen bis 32 und die
Ausweitung der vereinfachten Gesundheitsfragen auf 150.000 Euro.

Die vollständige Maklerinformation finden Sie im Anhang und im Maklerportal
unter Downloads > Leben > Richtlinien.

""" + sig(FELDMANN, "de")
    return build(n, frm=FELDMANN, to=("Makler-Verteiler Leben", "maklerinfo-leben@" + D),
                 subject="Maklerinformation 07/2026: neue Annahmerichtlinien Risikoleben ab 01.05.",
                 date="2026-04-14 08:30:00", body=body, headers=[OUTLOOK, ("Precedence", "bulk")],
                 atts=[A_pdf("Maklerinfo_2026-07_Annahmerichtlinien_RL.pdf", text,
                             title="Maklerinformation 07/2026", date="20260413170000")])


# ---------------------------------------------------------------- 0015
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "travel health claim of the addressee's husband: fractured hip in Alicante, surgery, repatriation by air ambulance")
def _(n):
    body = """Dear Mrs Whitmore,

I am very sorry about your husband's accident in Altea. I've been in touch with
our assistance partner Bluecrest and with the Clínica Costa Blanca this
afternoon; here is where things stand.

Claim number: R-2026-007741 – travel health insurance, policy AR-70-3300912

  * Mr Geoffrey Whitmore was admitted on 9 May after a fall on the
    promenade. The hospital diagnosed a fracture of the femoral neck on
    the left side (S72.0) and operated the next morning (hemiarthroplasty).
  * We have issued a guarantee of payment to the clinic for the surgery and
    the stay. You do not have to pay anything there; if they ask for a
    deposit, please refer them to Bluecrest (+356 2155 0199, 24 h).
  * The surgeon considers him fit to fly from about 16 May. Because he is
    not allowed to sit for long periods, Bluecrest's doctor has recommended
    repatriation by air ambulance to Kassel with a flight nurse. We cover
    this in full as medically necessary.
  * A bed in the geriatric trauma unit of Klinikum Fuldatal is requested;
    Bluecrest will confirm the date with you directly.

Your own return flight and the extra hotel nights are covered as well –
please keep the receipts and send them after you're back home.

I wish your husband a good recovery.

""" + sig(ZIELINSKI, "en")
    return build(n, frm=ZIELINSKI, to=("Margaret Whitmore", "m.whitmore@webmail.example"),
                 subject="Your husband's hospital stay in Alicante – claim R-2026-007741",
                 date="2026-05-11 17:48:02", body=body, headers=[OUTLOOK, ("Importance", "high")])


# ---------------------------------------------------------------- 0016
@mail("CONFIDENTIAL", "en", "insurer-to-broker",
      "transit claim for a named private client's relocation goods (policy, claim no., home address, damaged piano), no personal line")
def _(n):
    body = """Hi Tom,

thanks for sending over the surveyor's report on Mr and Mrs Ashdown's removal
from Richmond to Munich. Quick summary of where we are:

Policy:     AT-55-0112076 (relocation goods, all risks, warehouse-to-warehouse)
Claim:      T-2026-000318
Insured:    Simon and Helena Ashdown, new address Prinzregentenstraße 118,
            81677 München
Loss:       upright piano (Bechstein, 1912) dropped during unloading on
            2 March; casing split, two legs broken. Also three framed prints
            with broken glass.

The surveyor puts the piano repair at EUR 7,850 (specialist restorer in
Augsburg) against a declared value of EUR 14,000, so no total loss. The prints
are EUR 420 together. Deductible under the policy: EUR 250.

I can confirm cover in principle. What I still need:
  1. the removal company's damage acknowledgement (signed delivery note),
  2. the restorer's final quote,
  3. bank details for the payment – the clients asked for their German
     account; please have them send it directly to me rather than through
     you, that's quicker.

We'll take recovery action against the removal company ourselves.

""" + sig(NUNES, "en")
    return build(n, frm=NUNES, to=B_OKAFOR, subject="RE: Ashdown removal – claim T-2026-000318",
                 date="2026-03-20 15:02:29", body=body, headers=[OUTLOOK],
                 in_reply_to="<LO2P265MB5531A0B7@harwicklane.example>")


# ---------------------------------------------------------------- 0017
@mail("NORMAL", "de", "internal",
      "trap: minutes of a broker-sales meeting with new-business figures per broker firm (all GmbH/AG) and product stats, no private person")
def _(n):
    body = """Hallo zusammen,

hier das Kurzprotokoll vom Regionalmeeting Maklervertrieb Mitte (12.05.2026,
Raum Werra, 9–11 Uhr). Teilnehmer: J. Eberhardt, K. Vollmer, I. Lankowski,
L. Kostka, R. Nunes (zugeschaltet).

1. Neugeschäft Q1 (Bewertungssumme, nur Kapitalgesellschaften)
   - Brenninkamp & Sohn Versicherungsmakler GmbH     412 TEUR  (+18 %)
   - Nordlicht Vorsorge Maklerpool AG               1.960 TEUR  (+4 %)
   - Finanzkontor Wetterau GmbH                      287 TEUR  (-9 %)
   - Harwick Lane Insurance Brokers Ltd (Int. KV)   1.130 TEUR  (neu)
   Einzelmakler und Agenturen werden wie immer nicht namentlich ausgewiesen.

2. BU Plus
   Policierungsquote 71 % (Vorquartal 66 %). Häufigste Gründe für
   Rückstellungen: fehlende Arztberichte, Psychotherapie in den letzten
   5 Jahren, Rückenbeschwerden. Idee: Checkliste "Unterlagen zur
   Risikovoranfrage" für Makler (K. Vollmer bis 30.06.).

3. Maklerportal
   Upload-Grenze 20 MB sorgt für Frust, siehe Ticket beim Service Desk.
   Bestandsrechte-Verwaltung durch Makleradministratoren läuft gut.

4. Maklerforum Kassel: 143 Teilnehmende, Feedback 4,6/5.

Nächster Termin: 08.09.2026.

Lena

""" + sig(KOSTKA)
    return build(n, frm=KOSTKA, to=[EBERHARDT, VOLLMER, LANKOWSKI, NUNES],
                 subject="Protokoll Regionalmeeting Maklervertrieb Mitte 12.05.",
                 date="2026-05-12 14:55:10", body=body, headers=[OUTLOOK])


# ---------------------------------------------------------------- 0018
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
      "request to a GP for a medical report on a named BU claimant (depressive episode, sick leave), with consent reference")
def _(n):
    body = """Sehr geehrte Frau Dr. Albers,

Ihr Patient

    Herr Niklas Fröhlich, geb. 03.05.1979, wohnhaft in Melsungen,

hat bei uns Leistungen aus seiner Berufsunfähigkeitsversicherung beantragt
(Leistungsfall BU-L-2026-0219). Er gibt an, seit dem 14.10.2025 wegen einer
depressiven Episode arbeitsunfähig zu sein und von Ihnen hausärztlich betreut
zu werden. Eine von ihm unterschriebene Schweigepflichtentbindung für diesen
Leistungsfall liegt uns vor (Kopie anbei per Post).

Wir bitten Sie um einen kurzen Befundbericht zu folgenden Fragen:

 1. Seit wann behandeln Sie Herrn Fröhlich, und mit welchen Diagnosen
    (bitte mit ICD-10)?
 2. Welche Behandlung erfolgt aktuell (Medikation, Psychotherapie,
    Überweisungen)?
 3. Wie beurteilen Sie die Leistungsfähigkeit in seinem zuletzt ausgeübten
    Beruf als Disponent im Schichtdienst?
 4. Ist eine stationäre oder teilstationäre Behandlung geplant?

Für den Bericht vergüten wir nach GOÄ Nr. 75 zuzüglich Porto. Bitte senden Sie
ihn per Post oder über unser sicheres Arztportal (Zugangscode folgt per Brief),
nicht per unverschlüsselter E-Mail.

""" + sig(ROEDER, "de")
    return build(n, frm=ROEDER, to=("Praxis Dr. Albers", "praxis@hausarzt-albers.example"),
                 subject="Anfrage Befundbericht – Ihr Patient Niklas Fröhlich, BU-L-2026-0219",
                 date="2026-01-20 11:22:45", body=body, headers=[OUTLOOK])


# ---------------------------------------------------------------- 0019
@mail("STRICTLY_CONFIDENTIAL", "de", "broker",
      "broker's mail forwarded internally: BU claim of a named client with attached specialist report (multiple sclerosis G35)")
def _(n):
    report = """# Neurologische Gemeinschaftspraxis Kassel-Ost
Dr. med. Till Bergmann · Dr. med. Esra Yıldız · Fachärzte für Neurologie
Leipziger Straße 210 · 34123 Kassel

Kassel, 26.02.2026

# Ärztlicher Befundbericht
Patientin: Carolin Weidemann, geb. 21.08.1986
Anschrift: Zum Feldlager 4, 34260 Kaufungen

Diagnosen:
- Schubförmig remittierende Multiple Sklerose (G35.10), Erstdiagnose 04/2023
- Fatigue-Syndrom, ausgeprägt
- Sensibilitätsstörungen beider Hände

Verlauf: Zwei Schübe 2025 (03/2025 Optikusneuritis rechts, 11/2025 Gangstörung),
jeweils Cortison-Stoßtherapie. Seit 12/2025 Umstellung auf Ocrelizumab.
EDSS aktuell 3,5.

Beurteilung: Die Patientin ist in ihrer Tätigkeit als Zahntechnikerin (Feinmotorik,
Arbeit am Mikroskop, Vollzeit) seit 11/2025 nicht mehr einsetzbar. Eine Besserung
ist in den nächsten sechs Monaten nicht zu erwarten. Wir empfehlen eine
Reha-Maßnahme in einer neurologischen Fachklinik.

Dr. med. Esra Yıldız"""
    body = """Hallo Matthias,

anbei eine BU-Meldung, die über die Maklerbetreuung kam – Herr Brenninkamp hat
den Befund direkt an mich geschickt. Kunde ist laut Bestand im Tarif BU Plus,
Vertrag AL-81-0093417. Kannst du einen Leistungsfall anlegen und dem Makler
den Eingang bestätigen? Ich habe ihm gesagt, dass er künftig bitte direkt an
bu-leistung@ schickt bzw. über das Portal.

Danke!

""" + sig(VOLLMER) + """

-----Ursprüngliche Nachricht-----
Von: Holger Brenninkamp <h.brenninkamp@brenninkamp-makler.example>
Gesendet: Freitag, 27. Februar 2026 18:03
An: Vollmer, Katrin <katrin.vollmer@auental.example>
Betreff: BU-Leistungsantrag Weidemann, Carolin

Hallo Frau Vollmer,

leider ein Leistungsfall bei unserer Kundin Carolin Weidemann (BU Plus,
AL-81-0093417). Sie hat MS und kann seit November nicht mehr arbeiten. Den
Befundbericht vom Neurologen hänge ich an, den Leistungsantrag schickt sie per
Post. Können Sie das bitte an die richtige Stelle geben? Sie macht sich große
Sorgen wegen der Finanzierung ihrer Wohnung.

Schönes Wochenende
Holger Brenninkamp
Brenninkamp & Sohn Versicherungsmakler GmbH
Friedrich-Ebert-Str. 94 · 34119 Kassel
"""
    return build(n, frm=VOLLMER, to=ROEDER,
                 subject="WG: BU-Leistungsantrag Weidemann, Carolin",
                 date="2026-03-02 08:12:57", body=body, headers=[OUTLOOK],
                 atts=[A_pdf("Befundbericht_Weidemann_2026-02-26.pdf", report,
                             title="Befundbericht", author="Neurologische Gemeinschaftspraxis Kassel-Ost",
                             date="20260226154500")])


# ---------------------------------------------------------------- 0020
@mail("NORMAL", "en", "insurer-to-partner",
      "trap: disability incidence and claim termination rates by age band and occupation class for the reinsurer, aggregate only")
def _(n):
    inc = [["Auental BU portfolio – incidence experience 2021–2025 (claims per 1,000 exposure years)"],
           [],
           ["Age band", "Occ. class 1", "Occ. class 2", "Occ. class 3", "Occ. class 4", "All", "A/E vs. DAV 2021 I"],
           ["18–29", 0.71, 1.02, 1.88, 3.10, 1.34, 0.82],
           ["30–39", 1.05, 1.61, 2.74, 4.22, 1.97, 0.79],
           ["40–49", 1.94, 2.80, 4.31, 6.95, 3.21, 0.85],
           ["50–59", 3.80, 5.62, 8.14, 11.02, 5.88, 0.91],
           ["60–67", 5.11, 7.40, 9.86, "n<10, merged", 7.35, 0.94]]
    cause = [["Claims by ICD-10 chapter, new claims 2025"],
             ["Chapter", "Description", "Claims", "Share"],
             ["F", "Mental and behavioural disorders", 118, "34.5 %"],
             ["M", "Musculoskeletal system", 79, "23.1 %"],
             ["C/D", "Neoplasms", 52, "15.2 %"],
             ["G", "Nervous system", 31, "9.1 %"],
             ["I", "Circulatory system", 22, "6.4 %"],
             ["other", "all other chapters (cells < 10 merged)", 40, "11.7 %"],
             ["Total", "", 342, "100 %"]]
    body = """Dear Sarah,

as agreed in our treaty meeting, attached is the BU experience data for the
quota share renewal: incidence by age band and occupation class 2021–2025 and
the split of new 2025 claims by ICD chapter. All figures are portfolio
aggregates; cells with fewer than ten claims are merged, so there is nothing
at policy level in the file.

Two observations from our side: mental disorders keep rising (34.5 % of new
claims vs. 29 % in 2021), while musculoskeletal claims are flat. Carla will
present the termination rates in more detail on 4 June.

""" + sig(AURICH, "en")
    return build(n, frm=AURICH, to=("Sarah Lindgren", "sarah.lindgren@meridian-re.example"),
                 cc=LINDQVIST, subject="BU quota share 2027 – experience data",
                 date="2026-05-19 16:40:12", body=body, headers=[OUTLOOK],
                 atts=[A_xlsx("Auental_BU_experience_2021-2025.xlsx",
                              [("Incidence", inc), ("ICD chapters", cause)], author="Carla Lindqvist")])


# ---------------------------------------------------------------- 0021
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "named homeowner's water-damage claim with address, claim and policy number and assessor appointment")
def _(n):
    body = """Guten Tag Herr Baumbach,

vielen Dank für Ihre Schadenmeldung von gestern Abend. Ich habe den
Leitungswasserschaden in Ihrem Haus

    Am Hopfengarten 15, 36179 Bebra
    Wohngebäudeversicherung AS-42-0781144, Schaden S-2026-031207

aufgenommen. Da nach Ihren Angaben die Wand zwischen Küche und Bad über eine
Fläche von rund 6 m² durchfeuchtet ist und der Estrich betroffen sein kann,
schicken wir einen Sachverständigen:

    Herr Dipl.-Ing. Marco Lippert, Ingenieurbüro Lippert, Fulda
    Termin: Donnerstag, 26.03.2026, zwischen 10 und 12 Uhr

Bitte lassen Sie bis dahin alles, wie es ist – Notmaßnahmen (Wasser abstellen,
Installateur zur Leckortung) sind natürlich in Ordnung, die Kosten übernehmen
wir. Heben Sie bitte das defekte Rohrstück auf und machen Sie Fotos.

Wenn der Termin nicht passt, melden Sie sich bitte direkt bei Herrn Lippert
unter 0661 555 8120.

""" + sig(IMHOF, "de")
    return build(n, frm=IMHOF, to=("Karl-Heinz Baumbach", "kh.baumbach@heimnetz.example"),
                 subject="Ihr Leitungswasserschaden S-2026-031207 – Termin Sachverständiger",
                 date="2026-03-23 08:06:51", body=body, headers=[OUTLOOK])


# ---------------------------------------------------------------- 0022
@mail("NORMAL", "en", "insurer-to-broker",
      "trap: pension quote with an explicitly illustrative model employee (age 40, salary EUR 60,000), no real employee data")
def _(n):
    body = """Dear Pieter,

thanks for the call yesterday. Below is the illustration you asked for, for
the German employees of your client (we'll call them "the client" until the
mandate is signed). Please note this is a model calculation only – no census
has been used.

Model employee (illustrative):  age 40, gross salary EUR 60,000 p.a.,
                                retirement at 67, contributions from 1 July 2026

Direct insurance (Direktversicherung, § 3 No. 63 EStG), tariff AL-Rente Flex
  employee salary sacrifice       EUR 200.00 per month
  employer subsidy (15 %)         EUR  30.00 per month
  total contribution              EUR 230.00 per month
  guaranteed pension at 67        EUR 248 per month
  projected pension at 67         EUR 371 per month (assumed 3.1 % p.a.)

Net cost for the model employee after tax and social security savings is
roughly EUR 104 per month; this depends on tax class and church tax, of
course, so please present it as an example.

For the actual offer we'll need an anonymised census (year of birth, salary
band, part-time yes/no). Heike Schomburg from our bAV team will join the
workshop on 3 February.

""" + sig(NUNES, "en")
    return build(n, frm=NUNES, to=B_VANHOUTEN, cc=SCHOMBURG,
                 subject="German pension scheme – model calculation (illustrative)",
                 date="2026-01-22 13:35:26", body=body, headers=[OUTLOOK])


# ---------------------------------------------------------------- 0023
@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "fleet offer: XLSX lists a haulier's named drivers with birth dates and licence dates plus plates, no health content")
def _(n):
    veh = [["Kennzeichen", "Fahrzeug", "FIN (letzte 6)", "Erstzulassung", "Nutzung"],
           ["FB-SL 401", "MAN TGX 18.470", "418822", "03/2021", "Fernverkehr"],
           ["FB-SL 402", "MAN TGX 18.470", "418907", "03/2021", "Fernverkehr"],
           ["FB-SL 415", "Mercedes Actros 1845", "772310", "09/2023", "Fernverkehr"],
           ["FB-SL 20", "VW Crafter 35", "041583", "06/2022", "Nahverkehr"],
           ["FB-SL 7", "Skoda Superb Combi", "338190", "01/2024", "GF-Fahrzeug"]]
    drv = [["Fahrer", "geb.", "Führerschein seit", "Klassen", "Fahrzeuge"],
           ["Lotz, Andreas", "17.02.1971", "1990", "B, C, CE", "FB-SL 401"],
           ["Petrović, Dragan", "30.09.1983", "2004", "B, C, CE", "FB-SL 402"],
           ["Kühnel, Sascha", "05.12.2001", "2020", "B, C, CE", "FB-SL 415"],
           ["Arslan, Murat", "22.06.1996", "2014", "B, C1", "FB-SL 20"],
           ["Schulte-Lohmann, Birgit", "11.04.1968", "1986", "B", "FB-SL 7"]]
    body = """Hallo Herr Aydın,

anbei mein Entwurf für das Flottenangebot Spedition Schulte-Lohmann GmbH,
Friedberg. Ich habe die Fahrzeug- und Fahrerliste aus Ihrer Anfrage
übernommen – bitte einmal gegenlesen, vor allem die Geburtsdaten, denn für
Herrn Kühnel (unter 25) rechnen wir den Jungfahrer-Zuschlag im Lkw-Bereich.

Kurzfassung:
- 5 Fahrzeuge, KH unbegrenzt / 100 Mio. pauschal, VK 1.000 EUR SB für Lkw
- Flottenrabatt 12 %, schadenfreie Jahre nach Vorversicherer-Bescheinigung
- Jahresbeitrag netto 18.940 EUR (Entwurf)

Ansprechpartnerin bei der Kundin ist Frau Schulte-Lohmann selbst, richtig?

""" + sig(HASSELBACH, "de")
    return build(n, frm=HASSELBACH, to=B_AYDIN, subject="Flottenangebot Spedition Schulte-Lohmann – Entwurf zur Prüfung",
                 date="2026-02-17 10:51:09", body=body, headers=[OUTLOOK],
                 atts=[A_xlsx("Flotte_Schulte-Lohmann_Entwurf.xlsx", [("Fahrzeuge", veh), ("Fahrer", drv)],
                              author="Friederike Hasselbach")])


# ---------------------------------------------------------------- 0024
@mail("NORMAL", "de", "internal",
      "trap: data-protection training minutes about mailing health data, with a placeholder example only")
def _(n):
    body = """Liebe Kolleginnen und Kollegen der Leistungsabteilungen,

danke für die rege Beteiligung an der Datenschutz-Schulung am 4. Februar. Hier
die Ergebnisse, wie versprochen:

1. Gesundheitsdaten (Diagnosen, Arztberichte, Rechnungen, Pflegegrade, auch
   der bloße Hinweis auf eine Kranken-, Lebens- oder Unfallversicherung einer
   Person) gehen nach außen nur verschlüsselt oder über das Portal raus. Das
   Gateway erledigt das automatisch, wenn die Mail richtig erkannt wird –
   im Zweifel bitte [streng vertraulich] in den Betreff.
2. Beispiel aus der Schulung (fiktiv): "Sehr geehrte/r «Anrede» «Nachname»,
   Ihre Rechnung vom «Datum» über «Betrag» haben wir erstattet." – Vorlagen
   mit Platzhaltern dürfen frei verschickt werden, ausgefüllte nicht.
3. Makler erhalten Gesundheitsdaten nur, wenn die Kundin bzw. der Kunde
   eingewilligt hat (Feld "Einwilligung Makler" im Bestand).
4. Keine Arztberichte an private Postfächer der Mitarbeitenden weiterleiten,
   auch nicht "zum Lesen am Wochenende".
5. Fehlversand? Sofort an datenschutz@ melden, 72-Stunden-Frist (Art. 33 DSGVO).

Die Folien liegen im Intranet unter Datenschutz > Schulungen 2026. Das Quiz
zur Schulung ist bis 28.02. freigeschaltet.

""" + sig(OSSENKOPP)
    return build(n, frm=OSSENKOPP, to=("Leistungsabteilungen", "leistung-alle@" + D),
                 subject="Ergebnisse Datenschutz-Schulung 04.02. – Versand von Gesundheitsdaten",
                 date="2026-02-06 12:10:33", body=body, headers=[OUTLOOK])

# ---------------------------------------------------------------- 0025
@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "underwriting referral for a named applicant with type 1 diabetes, HbA1c values and retinopathy screening")
def _(n):
    body = """Hi Ulrike,

could you have a look at this one before Friday? It's an individually
underwritten application for Auental Global Care (Gold), not part of a group.

Applicant:  Ms Naledi Dlamini, born 02/09/1991, South African national,
            moving to Frankfurt for a job with a bank in July
Broker:     Harwick Lane (Fiona McAllister)

Declared:
  - Type 1 diabetes since age 12 (E10.9), insulin pump since 2019
  - HbA1c 6.9 % (Jan 2026), 7.2 % (Jul 2025), 7.0 % (Jan 2025)
  - last retinopathy screening 11/2025: no retinopathy
  - no hospital admissions for hypo- or hyperglycaemia in the last 5 years
  - otherwise healthy, BMI 23

My inclination would be standard terms with a 50 % loading rather than an
exclusion, since excluding diabetes would make the cover nearly worthless for
her and the control looks very good. Would you agree, or do you want the
endocrinologist's letter first?

The full questionnaire is in the underwriting workflow under UW-INT-26-0144.

Thanks,
Olivia

""" + sig(BRANDT)
    return build(n, frm=BRANDT, to=STAPPENBECK, cc=FELDMANN,
                 subject="UW referral UW-INT-26-0144 – T1 diabetes, Global Care Gold",
                 date="2026-04-22 09:37:48", body=body, headers=[OUTLOOK])


# ---------------------------------------------------------------- 0026
@mail("NORMAL", "de", "insurer-to-broker",
      "trap: interface change notice with test CSV of fictitious persons (Max Mustermann), published example IBAN and test policy numbers")
def _(n):
    rows = [["Testfall", "Nachname", "Vorname", "Geburtsdatum", "IBAN", "Vertragsnummer", "Sparte", "Erwartetes Ergebnis"],
            ["TF-01", "Mustermann", "Max", "01.01.1970", "DE89 3704 0044 0532 0130 00", "TEST-AK-0000001", "Kfz", "Lieferung 430.4 Vertragsänderung"],
            ["TF-02", "Musterfrau", "Erika", "12.08.1964", "DE89 3704 0044 0532 0130 00", "TEST-AS-0000002", "Hausrat", "Lieferung 430.1 Schadenmeldung"],
            ["TF-03", "Beispiel", "Otto", "31.12.1999", "", "TEST-AL-0000003", "Leben", "Fehler 4711 (Leben nicht im Testbestand)"],
            ["TF-04", "Mustermann", "Max", "01.01.1970", "DE00 0000 0000 0000 0000 00", "TEST-AK-0000001", "Kfz", "Fehler 2104 (IBAN ungültig)"]]
    body = """Hallo Herr Brodersen,

wie im Partnermeeting angekündigt, stellen wir die BiPRO-Schnittstelle für die
elektronische Vermittlerpost am 15. Juni auf Norm 430.4 Version 2.7 um.

Was sich für Ihr MVP ändert:
- Endpunkt neu: https://bipro.auental.example/430/v27/ (alt bleibt bis
  30.09. parallel erreichbar)
- Geschäftsvorfälle "Schadenmeldung" und "Vertragsänderung" kommen als
  getrennte Lieferarten
- Die Lieferungen enthalten keine Gesundheitsdokumente mehr; diese gibt es
  weiterhin nur im Maklerportal (Ordner "Leistung KV/LV")

Für Ihre Tests haben wir im Testsystem vier Testfälle angelegt, siehe CSV.
Alle Personen darin sind fiktiv, die IBAN ist die bekannte Beispiel-IBAN aus
der Bankenliteratur.

Zugang zum Testsystem: wie gehabt mit Ihrem Testzertifikat, Mandant 9002.

""" + sig(LANKOWSKI, "de")
    return build(n, frm=LANKOWSKI, to=B_BRODERSEN, cc=B_WIESEHOEFER,
                 subject="BiPRO 430.4 v2.7 – Umstellung 15.06. und Testfälle",
                 date="2026-05-05 10:20:14", body=body, headers=[OUTLOOK],
                 atts=[A_csv("Testfaelle_BiPRO_430_v27.csv", rows)])


# ---------------------------------------------------------------- 0027
@mail("CONFIDENTIAL", "de", "internal",
      "HR instruction to payroll with a named employee's new salary and grade, no health or other special data")
def _(n):
    body = """Hallo Herr Kunze,

bitte für die Abrechnung Mai berücksichtigen:

Mitarbeiter:   Tim Brandstätter, Personalnummer 20731
Abteilung:     Kfz-Schadenregulierung
Änderung:      Höhergruppierung von TG 5 nach TG 6 (Tarifvertrag priv. Vers.-
               gewerbe) zum 01.05.2026, Berufsjahr 7
Monatsgehalt:  neu 4.312,00 EUR brutto (bisher 3.988,00 EUR)
Zulage:        Schichtzulage entfällt (Wechsel in Gleitzeit)

Die unterschriebene Vertragsänderung liegt in der Personalakte. Herr
Brandstätter weiß Bescheid.

""" + sig(FUCHS)
    return build(n, frm=FUCHS, to=("Robert Kunze", "robert.kunze@" + D),
                 subject="Gehaltsänderung PNr. 20731 zum 01.05.",
                 date="2026-04-27 14:03:36", body=body, headers=[OUTLOOK])


# ---------------------------------------------------------------- 0028
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker",
      "group income protection claim of a named employee: burnout/adjustment disorder F43.2, psychotherapy, return-to-work plan")
def _(n):
    body = """Dear Lotte,

an update on the income protection claim for the Veldhuis Instruments GmbH
scheme (group policy GIP-2024-0031), as requested by HR:

Employee:   Mr Jannik Rothe, employee no. 1187, claim GIP-C-2026-0009
Status:     accepted from the end of the deferred period (13 March 2026)

The medical evidence from his psychiatrist confirms an adjustment disorder with
prolonged depressive reaction (F43.21) following a period of severe work
overload; he is in weekly outpatient psychotherapy and has been prescribed
sertraline 50 mg. Our rehabilitation case manager spoke with him on 2 April.
He would like to try a graded return to work from June (Hamburg model, 4 h/day
for three weeks, then 6 h/day).

Benefit:    EUR 2,450.00 per month (75 % of insured salary), paid to the
            employer for onward payment via payroll

For HR, please pass on only the status (claim accepted, benefit amount,
planned return to work) – the diagnosis and treatment details are for you as
the scheme broker under the client's data-sharing agreement and should not go
to his line manager.

""" + sig(BRANDT, "en")
    return build(n, frm=BRANDT, to=B_BROUWER, subject="GIP-C-2026-0009 – claim update (Veldhuis Instruments)",
                 date="2026-04-09 15:27:19", body=body, headers=[OUTLOOK])


# ---------------------------------------------------------------- 0029
@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: order to shred archived health-claim files and medical reports; names only the box numbers, no content")
def _(n):
    body = """Sehr geehrter Herr Klinger,

wie telefonisch besprochen beauftragen wir Sie mit der Vernichtung der
folgenden Archivbestände nach Ablauf der Aufbewahrungsfrist:

- Leistungsakten Krankenversicherung Jahrgänge 2013–2015
  (Arztrechnungen, Arztberichte, Krankenhausabrechnungen), Kartons
  KV-2013-001 bis KV-2015-412, ca. 412 Kartons
- Antragsunterlagen Leben/BU mit Gesundheitsfragebögen, Jahrgang 2010,
  Kartons LV-2010-001 bis LV-2010-096

Sicherheitsstufe: P-4 nach DIN 66399, Schutzklasse 3 (besonders schutzbedürftige
Daten nach Art. 9 DSGVO). Abholung bitte in verplombten Sicherheitsbehältern,
Vernichtung in Ihrem Werk Kassel, Vernichtungsprotokoll mit Behälternummern.

Abholtermin: Dienstag, 16.06.2026, ab 7:30 Uhr, Rampe Nord (Haus C).
Ansprechpartner vor Ort: ich selbst.

Bitte bestätigen Sie den Auftrag zu den Konditionen Ihres Rahmenvertrags
RV-2024-07.

""" + sig(PFANNMUELLER, "de")
    return build(n, frm=PFANNMUELLER, to=("Jürgen Klinger", "j.klinger@securo-dv.example"),
                 cc=OSSENKOPP, subject="Auftrag Aktenvernichtung Leistungsakten KV 2013–2015, Abholung 16.06.",
                 date="2026-05-26 07:58:40", body=body, headers=[OUTLOOK])


# ---------------------------------------------------------------- 0030
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "e-bike theft claim of the named addressee (policy, claim no., frame number, police reference), no personal line")
def _(n):
    body = """Dear Ms Ferreira,

thanks for your call and for the police report. I have opened a claim under
your home contents insurance:

  Policy:        AS-40-2388120 (bicycle theft included, up to EUR 3,000)
  Claim:         S-2026-044592
  Item:          e-bike Riese & Müller Charger4 GT, frame no. WRM44C0917523
  Stolen:        night of 13/14 June 2026 from the locked bike room,
                 Gutleutstraße 203, Frankfurt
  Police ref.:   ST/0718822/2026 (Polizeirevier 4)

What we still need from you:
  1. the original purchase invoice (you mentioned it was bought in 2024 for
     EUR 4,299 – the settlement is capped at the EUR 3,000 limit),
  2. the key numbers of both locks, or a photo of the spare key,
  3. confirmation from your landlord that the bike room is lockable and
     shared only by tenants.

You can upload everything in the customer portal under "My claims". We usually
settle bicycle theft within ten working days once documents are complete.

""" + sig(WHITFIELD, "en")
    return build(n, frm=WHITFIELD, to=("Beatriz Ferreira", "bia.ferreira@mailhaus.example"),
                 subject="Claim S-2026-044592 – stolen e-bike",
                 date="2026-06-15 16:12:05", body=body, headers=[OUTLOOK])


# ---------------------------------------------------------------- 0031
@mail("NORMAL", "de", "insurer-to-broker",
      "trap: broker-post notification without any content ('neue Dokumente in Ihrem Postfach')")
def _(n):
    body = """Guten Tag,

in Ihrem Postfach im Auental Maklerportal liegen neue Dokumente für Sie bereit:

  Eingänge seit Ihrem letzten Login:  7
  Kategorien:                         Vertragsänderungen, Courtage, Leistung

Bitte melden Sie sich unter https://makler.auental.example an, um die Dokumente
abzurufen. Aus Datenschutzgründen versenden wir keine Inhalte per E-Mail.

Sie erhalten diese Benachrichtigung, weil sie für die Vermittlernummer 40-7718
aktiviert ist. Einstellungen ändern: Profil > Benachrichtigungen.

Dies ist eine automatisch erzeugte Nachricht. Bitte antworten Sie nicht darauf.
"""
    return build(n, frm=MAKLERPORTAL, to=B_LUETTGEN, subject="Neue Vermittlerpost in Ihrem Maklerportal",
                 date="2026-04-02 06:15:00", body=body,
                 headers=[("Auto-Submitted", "auto-generated"), PORTALHDR])


# ---------------------------------------------------------------- 0032
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-hospital",
      "cost coverage for a named patient's inpatient stay with diagnosis (gonarthrosis M17.1) and OPS knee replacement")
def _(n):
    body = """Sehr geehrte Damen und Herren,

für unsere Versicherte

    Frau Renate Oberländer, geb. 19.11.1952
    Versicherungsnummer KV 7 188 023 50, Tarif AKV-Top (Chefarzt, Zweibettzimmer)

erklären wir die Kostenübernahme für die geplante stationäre Behandlung:

    Aufnahme:    02.06.2026, Klinik für Orthopädie und Unfallchirurgie
    Diagnose:    primäre Gonarthrose links (M17.1)
    Eingriff:    Implantation einer Knie-Totalendoprothese (OPS 5-822.g1)
    Verweildauer voraussichtlich 7 Tage

Die Kostenübernahme umfasst die allgemeinen Krankenhausleistungen nach DRG
sowie die Wahlleistungen Unterkunft (Zweibettzimmer) und wahlärztliche
Leistungen nach GOÄ bis zum 3,5-fachen Satz. Die Rechnungen senden Sie bitte
wie gewohnt elektronisch über DTA an uns (IK-Nr. Auental Kranken: 168141347).

Eine anschließende Anschlussheilbehandlung ist mitversichert; bitte stellen Sie
den Antrag rechtzeitig über den Sozialdienst.

""" + sig(KREUZER, "de")
    return build(n, frm=KREUZER, to=("Patientenaufnahme Klinikum Fuldatal", "aufnahme@klinikum-fuldatal.example"),
                 subject="Kostenübernahmeerklärung Oberländer, Renate – Aufnahme 02.06.2026",
                 date="2026-05-21 13:44:02", body=body, headers=[OUTLOOK])


# ---------------------------------------------------------------- 0033
@mail("CONFIDENTIAL", "en", "insurer-to-broker",
      "D&O renewal naming the insured directors of a Dutch company with a named-person circumstance notification, no health data")
def _(n):
    body = """Dear Pieter,

please find our renewal terms for the D&O policy of Brouwersgracht Analytics
B.V. (policy AH-DO-2023-0112, expiry 30 June 2026):

Insured persons (as declared):
  - Maarten de Graaf, CEO
  - Ingrid Spoelstra, CFO
  - Dr. Felix Hoogland, CTO (since 1 Feb 2026 – new, please confirm he is
    covered from that date under the automatic-inclusion clause)
  - Supervisory board: Anouk Verbeek (chair), Stefan Reichardt

Limit EUR 5m, retention for company reimbursement EUR 25,000, premium
EUR 17,400 p.a. (+6 % on expiring, mainly due to the new German subsidiary).

One point we need clarity on before binding: the circumstance notification of
November about the dispute with the former COO, Mr Willem Kuipers, regarding
his severance. Is there any formal claim yet? If so, we'll treat it as a
notified circumstance under the expiring policy and exclude it from the
renewal.

""" + sig(NUNES, "en")
    return build(n, frm=NUNES, to=B_VANHOUTEN, cc=HASSELBACH,
                 subject="Renewal D&O Brouwersgracht Analytics B.V. – terms",
                 date="2026-06-02 11:19:44", body=body, headers=[OUTLOOK])


# ---------------------------------------------------------------- 0034
@mail("NORMAL", "en", "newsletter",
      "trap: broker newsletter with market claims statistics, product changes (critical illness, expat maternity) and no person")
def _(n):
    text = """AUENTAL BROKER BRIEFING – INTERNATIONAL EDITION – MARCH 2026

1. Claims trends in our international health book
   Average inpatient claim cost in the UAE rose 11 % in 2025, driven by
   orthopaedic and cardiac procedures. Outpatient mental health claims are up
   a third. Full figures (aggregated, by region) on the broker portal.

2. Maternity cover in Auental Global Care
   From 1 April the waiting period for maternity benefits drops from 12 to
   10 months on Gold plans. Complications of pregnancy remain covered from
   day one.

3. Critical illness rider – new conditions list
   We have aligned the definitions of cancer, heart attack and stroke with the
   ABI model wording and added early-stage prostate cancer (partial payment).

4. Meet us: Broker breakfast, London, 16 April, 8:00 – 9:30.

You receive this briefing as a registered Auental broker partner.
Unsubscribe: https://makler.auental.example/briefing/unsubscribe
"""
    html = """<html><head><meta charset="utf-8"><title>Auental Broker Briefing</title></head>
<body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222">
<table width="600" cellpadding="10" style="border-collapse:collapse">
<tr><td style="background:#17416b;color:#fff"><b>AUENTAL BROKER BRIEFING</b> – International edition – March 2026</td></tr>
<tr><td><h3>1. Claims trends in our international health book</h3>
<p>Average inpatient claim cost in the UAE rose <b>11&nbsp;%</b> in 2025, driven by orthopaedic and cardiac
procedures. Outpatient mental health claims are up a third. Full figures (aggregated, by region) on the broker portal.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse;font-size:12px">
<tr><th>Region</th><th>Avg. inpatient claim 2024</th><th>2025</th><th>Change</th></tr>
<tr><td>UAE</td><td>USD 9,840</td><td>USD 10,920</td><td>+11 %</td></tr>
<tr><td>Singapore</td><td>USD 12,310</td><td>USD 12,880</td><td>+5 %</td></tr>
<tr><td>Europe (ex DE)</td><td>EUR 6,150</td><td>EUR 6,400</td><td>+4 %</td></tr>
</table>
<h3>2. Maternity cover in Auental Global Care</h3>
<p>From 1 April the waiting period for maternity benefits drops from 12 to 10 months on Gold plans.
Complications of pregnancy remain covered from day one.</p>
<h3>3. Critical illness rider – new conditions list</h3>
<p>We have aligned the definitions of cancer, heart attack and stroke with the ABI model wording and added
early-stage prostate cancer (partial payment).</p>
<h3>4. Meet us</h3><p>Broker breakfast, London, 16 April, 8:00 – 9:30.</p>
</td></tr>
<tr><td style="font-size:11px;color:#777">You receive this briefing as a registered Auental broker partner.
<a href="https://makler.auental.example/briefing/unsubscribe">Unsubscribe</a></td></tr>
</table></body></html>
"""
    return build(n, frm=NEWSLETTER, to=("International broker partners", "broker-briefing-int@" + D),
                 subject="Auental Broker Briefing – March 2026",
                 date="2026-03-05 07:30:00", body=text, html=html,
                 headers=[("Precedence", "bulk"),
                          ("List-Unsubscribe", "<https://makler.auental.example/briefing/unsubscribe>")])


# ---------------------------------------------------------------- 0035
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
      "harmless body; CSV lists a client firm's named employees with birth dates and salaries for pension (life) direct insurance")
def _(n):
    rows = [["Personalnr", "Name", "Vorname", "Geburtsdatum", "Eintritt", "Bruttojahresgehalt", "Entgeltumwandlung mtl.", "AG-Zuschuss mtl.", "Tarif", "Vertragsnr."],
            ["0112", "Hofmann", "Sandra", "14.03.1985", "01.09.2016", "46.800", "150,00", "22,50", "AL-Rente Flex", "AL-91-2200871"],
            ["0147", "Eckert", "Jan", "02.11.1992", "15.01.2021", "52.300", "200,00", "30,00", "AL-Rente Flex", "AL-91-2200872"],
            ["0151", "Ramadani", "Arben", "27.07.1979", "01.04.2021", "39.900", "100,00", "15,00", "AL-Rente Flex", "AL-91-2200873"],
            ["0163", "Winter", "Melanie", "09.05.1998", "01.08.2023", "36.400", "80,00", "12,00", "AL-Rente Flex", "AL-91-2200874"],
            ["0170", "Schuster", "Klaus", "30.12.1966", "01.02.2024", "61.200", "302,00", "45,30", "AL-Rente Flex", "AL-91-2200875"]]
    body = """Hallo Herr Aydın,

die fünf Direktversicherungen für die Mitarbeitenden der Druckerei Feldbach
KG sind policiert, Versicherungsbeginn 01.03.2026. Anbei die Übersicht mit den
Vertragsnummern für Ihre Unterlagen und für die Lohnbuchhaltung der Firma.

Die Versicherungsscheine gehen per Post an die Firma.

""" + sig(SCHOMBURG, "de")
    return build(n, frm=SCHOMBURG, to=B_AYDIN, subject="Druckerei Feldbach KG – Direktversicherungen policiert",
                 date="2026-02-26 10:03:52", body=body, headers=[OUTLOOK],
                 atts=[A_csv("Feldbach_bAV_Policierung_2026-03.csv", rows, encoding="windows-1252", excel=True)])


# ---------------------------------------------------------------- 0036
@mail("NORMAL", "de", "insurer-to-customer",
      "trap: prospect asked about dental insurance for children; generic tariff information, no contract, no health data")
def _(n):
    body = """Liebe Frau Scholz,

vielen Dank für Ihr Interesse an unserer Zahnzusatzversicherung für Kinder.
Gerne beantworte ich Ihre Fragen:

- Der Tarif "Zahn Kids" leistet für Kieferorthopädie (Zahnspange) bis zu
  80 % der Kosten, maximal 2.000 Euro während der Vertragslaufzeit, wenn die
  Behandlung erst nach Vertragsbeginn geplant wird.
- Zusätzlich 100 % für Fissurenversiegelung und professionelle Zahnreinigung
  (bis 100 Euro im Jahr).
- Beitrag: 9,80 Euro im Monat bis zum 20. Geburtstag, danach Umstellung in
  den Erwachsenentarif ohne neue Gesundheitsprüfung.
- Wartezeit: 8 Monate für Kieferorthopädie, keine für Vorsorge.

Die Gesundheitsfragen sind kurz: Es wird gefragt, ob eine kieferorthopädische
Behandlung bereits angeraten oder begonnen wurde. Den Antrag können Sie online
abschließen unter www.auental.example/zahn-kids oder ich schicke Ihnen gern
die Unterlagen per Post.

""" + sig(BRUECKNER, "de")
    return build(n, frm=BRUECKNER, to=("Miriam Scholz", "miri.scholz@webmail.example"),
                 subject="AW: Frage Zahnzusatz für Kinder",
                 date="2026-02-12 11:31:20", body=body, headers=[OUTLOOK],
                 in_reply_to="<a7f3bb21-90c2-4d@webmail.example>")

# ---------------------------------------------------------------- 0037
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "eVB number for a named customer's new car with VIN and planned motor policy")
def _(n):
    body = """Hallo Herr Tiedemann,

hier wie gewünscht Ihre elektronische Versicherungsbestätigung für die
Zulassung:

    eVB-Nummer:   K7R4T2X
    gültig bis:   29.07.2026
    Fahrzeug:     Hyundai Kona Elektro, FIN KMHK581GFRU227431
    Halter:       Bastian Tiedemann, Kirchgasse 8, 36269 Philippsthal

Der Vertrag wird mit der Zulassung unter der Nummer AK-61-6120845 angelegt
(Haftpflicht + Vollkasko 500/150, Übernahme SF 12 vom Vorversicherer).

Gute Fahrt mit dem neuen Auto!

""" + sig(BRUECKNER)
    return build(n, frm=BRUECKNER, to=("Bastian Tiedemann", "b.tiedemann@fernpost.example"),
                 subject="Ihre eVB-Nummer", date="2026-04-29 15:40:26", body=body,
                 headers=[OUTLOOK], in_reply_to="<20260429143301.GA1187@fernpost.example>")


# ---------------------------------------------------------------- 0038
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
      "short mobile reply; the quoted broker mail names a client with thyroid cancer history and the offered loading")
def _(n):
    body = """Hallo Herr Aydın, ja passt so, 50 % Zuschlag für 5 Jahre, dann Überprüfung. Antrag einfach einreichen mit Verweis auf die Voranfrge. Gruß A. Feldmann

Von meinem iPhone gesendet

> Am 18.06.2026 um 16:52 schrieb Mehmet Aydın <m.aydin@finanzkontor-wetterau.example>:
>
> Hallo Frau Feldmann,
>
> kurze Rückfrage zu RV-26-02210 (Risikoleben, Frau Anja Rehberg, geb.
> 04.10.1981, VS 250.000 EUR): Die Kundin hatte 2019 ein papilläres
> Schilddrüsenkarzinom (C73), Thyreoidektomie + Radiojod, seitdem
> tumorfrei, nimmt L-Thyroxin 125. Ihr Votum war 50 % Zuschlag befristet
> auf 5 Jahre. Kann ich so beantragen, oder brauchen Sie noch den letzten
> Nachsorgebericht?
>
> Danke und Gruß
> Mehmet Aydın
> Finanzkontor Wetterau GmbH
"""
    return build(n, frm=FELDMANN, to=B_AYDIN, subject="Re: Rückfrage RV-26-02210",
                 date="2026-06-18 17:21:09", body=body, headers=[IPHONE],
                 in_reply_to="<5d21c7aa9f@finanzkontor-wetterau.example>")


# ---------------------------------------------------------------- 0039
@mail("NORMAL", "en", "internal",
      "trap: calendar invite for a review of medical underwriting guidelines (diabetes, mental health, BMI), no applicant")
def _(n):
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:040000008200E00074C5B7101A82E008000000009C6B2D61D0B4DC01000000000000000010000000
DTSTAMP:20260601T070512Z
DTSTART:20260616T080000Z
DTEND:20260616T100000Z
SUMMARY:Quarterly review – medical underwriting guidelines (intl. health)
LOCATION:Room Fulda 3.07 / Teams
DESCRIPTION:Agenda: 1) diabetes type 1 and 2 – loading grid\\n2) mental
  health declarations in the last 5 years\\n3) BMI limits for Global Care
 \\n4) reinsurer feedback (Meridian Re)
ORGANIZER;CN=Olivia Brandt:mailto:olivia.brandt@auental.example
ATTENDEE;CN=Ulrike Stappenbeck;ROLE=REQ-PARTICIPANT:mailto:ulrike.stappenbeck@auental.example
ATTENDEE;CN=Annika Feldmann;ROLE=REQ-PARTICIPANT:mailto:annika.feldmann@auental.example
ATTENDEE;CN=Rafael Nunes;ROLE=OPT-PARTICIPANT:mailto:rafael.nunes@auental.example
END:VEVENT
END:VCALENDAR"""
    body = """Hi all,

setting up our quarterly guideline review. Agenda:

1. Diabetes type 1 and 2 – do we keep the loading grid or move to HbA1c bands?
2. Mental health declarations in the last 5 years – wording of question 7
3. BMI limits for Global Care (currently 18–35)
4. Feedback from Meridian Re on our 2025 declines

Please bring anonymised examples only, no names on slides.

Olivia

""" + sig(BRANDT)
    return build(n, frm=BRANDT, to=[STAPPENBECK, FELDMANN], cc=NUNES,
                 subject="Quarterly review – medical underwriting guidelines (intl. health)",
                 date="2026-06-01 09:05:12", body=body, headers=[OUTLOOK],
                 atts=[A_ics("invite.ics", ics)])


# ---------------------------------------------------------------- 0040
@mail("CONFIDENTIAL", "de", "broker",
      "broker's renewal list forwarded internally: XLSX with named homeowners, addresses, building sums and policy numbers")
def _(n):
    rows = [["Kunde", "Risikoanschrift", "Vertrag Auental", "Baujahr", "Wohnfläche m²", "VS 1914 (Mark)", "Elementar", "Wunsch"],
            ["Gerlach, Timo und Nadine", "Am Mühlbach 6, 61169 Friedberg", "AS-42-0590233", 1978, 164, 24800, "ja", "Elementar behalten, SB 1.000"],
            ["Haas, Wilhelmine", "Seewiese 19, 61231 Bad Nauheim", "AS-42-0590871", 1962, 118, 18200, "nein", "Elementar neu anbieten"],
            ["Rüdiger, Stefan", "Vogelsbergstr. 44, 63667 Nidda", "AS-42-0611507", 2004, 201, 30100, "ja", "Photovoltaik einschließen"],
            ["Kaya, Emre", "Lindenweg 2, 61194 Niddatal", "AS-42-0622980", 1995, 147, 22050, "ja", "—"],
            ["Fink, Dorothea", "Burgstraße 30, 61169 Friedberg", "AS-42-0631442", 1911, 236, 41500, "nein", "Denkmalschutz klären"]]
    body = """Hallo Ines,

kannst du dir die Liste von Herrn Aydın anschauen? Er möchte für fünf
Wohngebäudeverträge seiner Kunden vor der Hauptfälligkeit neue Angebote nach
dem Tarif 2026. Ich habe ihm gesagt, dass ihr das bis Ende nächster Woche
schafft.

Danke, Katrin

________________________________
Von: Mehmet Aydın <m.aydin@finanzkontor-wetterau.example>
Gesendet: Montag, 9. März 2026 11:47
An: Katrin Vollmer
Betreff: Wohngebäude – Umstellung Tarif 2026, 5 Kunden

Liebe Frau Vollmer,

anbei die fünf Wohngebäude-Kunden, die ich gern auf den neuen Tarif umstellen
würde. Bei Frau Fink ist das Haus denkmalgeschützt, da bräuchte ich eine
Aussage, ob das beim Neuwert-Ansatz Probleme macht.

Beste Grüße
Mehmet Aydın
Finanzkontor Wetterau GmbH · Kaiserstraße 61 · 61169 Friedberg
"""
    return build(n, frm=VOLLMER, to=LANKOWSKI, subject="WG: Wohngebäude – Umstellung Tarif 2026, 5 Kunden",
                 date="2026-03-09 13:02:44", body=body, headers=[OUTLOOK],
                 atts=[A_xlsx("WG_Umstellung_2026_Finanzkontor.xlsx", [("Kunden", rows)], author="Mehmet Aydın")])


# ---------------------------------------------------------------- 0041
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "accident insurance benefit for the addressee: permanent impairment after wrist fracture, medical assessment, degree of disability")
def _(n):
    body = """Dear Mr Novak,

we have now received the medical assessment by Dr. Heinemann (hand surgery,
Göttingen) following your bicycle accident on 8 September 2025. Thank you for
your patience.

Accident insurance policy:  AU-66-0441983
Claim:                      U-2025-002817

Findings of the assessment (examination on 14 April 2026):
  - distal radius fracture right (S52.5), treated with plate osteosynthesis
  - remaining restriction of wrist extension and flexion by about one third,
    reduced grip strength, no further improvement expected
  - permanent impairment of the right hand: 2/7 of the "hand value"

Calculation under our conditions (AUB 2020, progression 225 %):
  hand value 55 %  x  2/7  =  15.7 % degree of disability
  basic sum insured EUR 100,000  x  15.7 %  =  EUR 15,700.00
  (below the 25 % threshold, so no progression applies)

We will transfer EUR 15,700.00 to your account within five working days. The
hospital daily benefit of EUR 150.00 for your 4 days in hospital was already
paid in October.

If you disagree with the assessment, you may ask for a review within one year
of this letter; please contact me first and we'll talk it through.

""" + sig(WHITFIELD, "en")
    return build(n, frm=WHITFIELD, to=("Tomáš Novák", "tomas.novak@postfach24.example"),
                 subject="Your accident claim U-2025-002817 – disability benefit",
                 date="2026-05-06 11:48:33", body=body, headers=[OUTLOOK])


# ---------------------------------------------------------------- 0042
@mail("NORMAL", "de", "internal",
      "trap: sickness absence rates per department (aggregated, small units merged), no named employee")
def _(n):
    body = """Liebe Führungskräfte,

wie jedes Quartal die Krankenstandsauswertung. Einheiten mit weniger als
15 Mitarbeitenden sind zusammengefasst, einzelne Personen sind nicht
erkennbar.

Krankenstand Q1/2026 (Anteil krankheitsbedingter Fehltage an Soll-Arbeitstagen)

  Bereich                               Q1/2025    Q1/2026
  Leistung Kranken                        6,8 %      7,4 %
  Leistung Leben/BU/Unfall                5,9 %      6,1 %
  Schaden Sach/Kfz                        7,1 %      6,3 %
  Vertrieb/Maklerbetreuung                4,2 %      4,8 %
  IT                                      3,9 %      4,0 %
  Kundenservice                           8,3 %      9,0 %
  Stabsbereiche (zusammengefasst)         3,5 %      3,7 %
  Gesamt                                  6,1 %      6,3 %

Die Grippewelle im Februar ist deutlich zu sehen. Der Anteil der Langzeit-
erkrankungen (über 6 Wochen) liegt unverändert bei rund 38 % der Fehltage.

Zur Erinnerung: Angebote des Betrieblichen Eingliederungsmanagements laufen
ausschließlich über das BEM-Team, nicht über die Führungskraft. Die nächste
Grippeschutzimpfung durch den Betriebsarzt ist für Oktober geplant.

""" + sig(FUCHS)
    return build(n, frm=FUCHS, to=("Führungskräfte", "fuehrungskraefte@" + D),
                 subject="Krankenstand Q1/2026",
                 date="2026-04-20 09:12:28", body=body, headers=[OUTLOOK])


# ---------------------------------------------------------------- 0043
@mail("NORMAL", "en", "insurer-to-broker",
      "trap: policy wording changes (pre-existing conditions, maternity, mental health, evacuation) as a PDF summary for brokers")
def _(n):
    text = """# Auental Global Care – Policy wording 2026: summary of changes
For broker use · valid for new business and renewals from 1 July 2026

# 1. Pre-existing conditions
Conditions that showed symptoms in the 5 years before the start of cover are
excluded unless declared and accepted. New: after 2 years of continuous cover
without treatment, advice or medication, a pre-existing condition is covered
automatically ("2-year moratorium" on Silver and Gold).

# 2. Maternity
Waiting period 10 months (Gold), 12 months (Silver). Newborn cover from birth
without medical underwriting if the parent has been insured for 10 months.

# 3. Mental health
Outpatient psychotherapy: up to 25 sessions per year (Silver), unlimited with
case management (Gold). Inpatient psychiatric care: 30 days per year.

# 4. Medical evacuation and repatriation
Evacuation to the nearest centre of excellence covered at 100 %, no limit;
repatriation of mortal remains up to EUR 25,000.

# 5. Chronic conditions
Treatment of chronic conditions that arise during cover (e.g. diabetes,
hypertension, asthma) remains covered without limitation in time.

Questions: Broker Services International, +49 6621 88-4390"""
    body = """Dear Fiona, dear Tom,

ahead of the July renewals, here's the summary of this year's wording changes
for Auental Global Care. The big one is the 2-year moratorium for pre-existing
conditions on Silver and Gold – your clients' HR teams have been asking for it.

The full wording (EN/DE) is on the broker portal. Happy to walk your account
managers through it in a 30-minute call.

""" + sig(NUNES, "en")
    return build(n, frm=NUNES, to=[B_MCALLISTER, B_OKAFOR], subject="Global Care wording 2026 – summary of changes",
                 date="2026-05-27 14:31:50", body=body, headers=[OUTLOOK],
                 atts=[A_pdf("AGC_wording_2026_changes.pdf", text, title="Global Care wording 2026 - changes",
                             date="20260527120000")])


# ---------------------------------------------------------------- 0044
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "trip cancellation claim of a named customer due to job loss (employer's notice, booking value), no health content")
def _(n):
    body = """Dear Ms Okoye,

thank you for the documents. I'm sorry to hear about your redundancy – that's
exactly the kind of event your cancellation cover is there for.

Policy:   AR-71-0087734 (annual travel cancellation, family)
Claim:    R-2026-011206
Trip:     Lisbon, 14–21 August 2026, booked 3 February 2026, EUR 2,184.00
          for two adults and one child

Your employer's letter of 22 June confirms the termination for operational
reasons with effect from 30 September, which was not foreseeable at booking.
The cancellation fees charged by the tour operator (40 %, EUR 873.60) are
covered; your excess is EUR 100.

  cancellation fees               EUR 873.60
  less excess                   - EUR 100.00
  payment                         EUR 773.60

We'll transfer the amount to the account you gave us in the claim form
(ending in ...4471). Good luck with the job search.

""" + sig(ZIELINSKI, "en")
    return build(n, frm=ZIELINSKI, to=("Chiamaka Okoye", "chiamaka.okoye@webmail.example"),
                 subject="Your cancellation claim R-2026-011206",
                 date="2026-07-02 10:26:17", body=body, headers=[OUTLOOK])


# ---------------------------------------------------------------- 0045
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "company doctor's opinion on a named BU claimant: recurrent depression F33.1, GP and psychiatric findings, prognosis")
def _(n):
    body = """Hallo Herr Roeder,

zu BU-L-2026-0219 (Niklas Fröhlich, geb. 03.05.1979) meine Stellungnahme nach
Durchsicht der Unterlagen:

Vorliegende Befunde
- Befundbericht Hausärztin Dr. Albers vom 09.02.2026: depressive Episode seit
  10/2025, AU durchgehend seit 14.10.2025, Escitalopram 10 mg, Überweisung
  Psychiatrie.
- Psychiatrischer Befund Dr. Kramer vom 02.03.2026: rezidivierende depressive
  Störung, gegenwärtig mittelgradige Episode (F33.1); Vorepisode 2019 mit
  8 Wochen AU. Schlafstörungen, Konzentrationsstörungen, sozialer Rückzug.
  Empfehlung: tagesklinische Behandlung, Dosissteigerung.
- Kein Hinweis auf Suchterkrankung.

Beurteilung
Die Leistungsfähigkeit als Disponent im Schichtdienst ist derzeit zu mehr als
50 % aufgehoben. Die Prognose ist bei adäquater Behandlung (Tagesklinik ab
April zugesagt) aber nicht ungünstig; eine Besserung innerhalb von 6–12 Monaten
ist wahrscheinlich.

Empfehlung
Befristetes Anerkenntnis für 12 Monate (bis 03/2027) mit Nachprüfung, dazu
Befundbericht der Tagesklinik nach Entlassung anfordern. Die Vorepisode 2019
war im Antrag 2021 angegeben (Frage 4b), also keine vorvertragliche Anzeige-
pflichtverletzung.

Viele Grüße
U. Stappenbeck

""" + sig(STAPPENBECK)
    return build(n, frm=STAPPENBECK, to=ROEDER, subject="BU-L-2026-0219 – ärztliche Stellungnahme",
                 date="2026-03-16 16:05:41", body=body, headers=[OUTLOOK, ("Sensitivity", "Private")])


# ---------------------------------------------------------------- 0046
@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "confirms a sole-trader broker's new bank account (IBAN) and tax number for commission payments")
def _(n):
    body = """Sehr geehrte Frau Lüttgen,

Ihre Änderungsmitteilung vom 10.04. haben wir umgesetzt. Ab der Courtage-
abrechnung April zahlen wir auf Ihr neues Konto:

    Kontoinhaberin:  Petra Lüttgen e.K.
    IBAN:            """ + iban("DE", "51390000" + "0078123400") + """
    BIC:             VBMHDE5FXXX (Volksbank Mittelhessen)

Ihre neue Steuernummer 031 844 50129 (Finanzamt Marburg-Biedenkopf) ist im
Vermittlerstamm hinterlegt. Da Ihre Courtage nach § 4 Nr. 11 UStG umsatz-
steuerfrei ist, ändert sich an den Abrechnungen sonst nichts.

Das alte Konto bei der Sparkasse wurde zum 30.04. deaktiviert. Bitte prüfen Sie
die Angaben; bei einem Fehler melden Sie sich bitte bis zum 25.04., damit die
Zahlung nicht zurückkommt.

""" + sig(KUEHL, "de")
    return build(n, frm=KUEHL, to=B_LUETTGEN, subject="Bestätigung neue Bankverbindung – Vermittler 40-7718",
                 date="2026-04-15 09:44:02", body=body, headers=[OUTLOOK])


# ---------------------------------------------------------------- 0047
@mail("NORMAL", "en", "insurer-to-broker",
      "trap: commission rates and payment terms for new international health plans, firm-level business terms only")
def _(n):
    body = """Hi Fiona,

following our call, confirming the commission terms for the new Auental
Global Care plans from 1 July 2026 (addendum no. 4 to our terms of business
with Harwick Lane Insurance Brokers Ltd):

  Plan                    New business    Renewal    Volume bonus
  Global Care Bronze          12.5 %        10 %      –
  Global Care Silver          15 %          12.5 %    +1 % above EUR 2m GWP
  Global Care Gold            15 %          12.5 %    +1.5 % above EUR 2m GWP
  Group schemes > 50 lives    10 %          10 %      by agreement

Commission is paid monthly on collected premium, in EUR, to your firm's
client money account on file. Clawback applies pro rata if a policy is
cancelled in the first 12 months.

The signed addendum will follow by DocuSign from our legal team.

""" + sig(NUNES, "en")
    return build(n, frm=NUNES, to=B_MCALLISTER, cc=EBERHARDT,
                 subject="Commission terms Global Care 2026 – addendum 4",
                 date="2026-06-10 12:08:38", body=body, headers=[OUTLOOK])


# ---------------------------------------------------------------- 0048
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "dental treatment plan approval for the addressee's daughter: two crowns and an implant with tooth numbers and GOZ fees")
def _(n):
    body = """Dear Mr Harrington,

we have checked the treatment plan from Dr. Strack's dental practice for your
daughter Emily (insured person no. 2 under your policy KV 7 402 660 18,
tariff Zahn 90 International).

Treatment plan of 28 May 2026:
  tooth 36   ceramic crown after root canal treatment      EUR 1,180.40
  tooth 46   ceramic crown                                 EUR 1,095.20
  tooth 45   implant incl. bone augmentation + crown        EUR 3,622.75
  laboratory costs (estimate)                              EUR   910.00
  total                                                    EUR 6,808.35

Our reimbursement: 90 % of the eligible costs = EUR 6,127.52, subject to the
annual limit for the first three policy years (EUR 4,000 in year 2). As Emily's
cover started in August 2024, the limit applies: we can confirm EUR 4,000 for
treatment completed before 1 August 2026 and the remainder for treatment after
that date. You may want to ask Dr. Strack whether the implant can be scheduled
for August.

Please send the final invoice after treatment; we'll pay directly to you.

""" + sig(WHITFIELD, "en")
    return build(n, frm=WHITFIELD, to=("Paul Harrington", "p.harrington@outlook-privat.example"),
                 subject="Treatment plan for Emily – approval",
                 date="2026-06-04 14:16:55", body=body, headers=[OUTLOOK])

# ---------------------------------------------------------------- 0049
@mail("NORMAL", "de", "insurer-to-broker",
      "trap: ZIP of product documents (accident and long-term care conditions, product sheets) with health terms, no customer")
def _(n):
    ipid_u = """# Produktinformationsblatt Unfallversicherung – Tarif Auental Unfall Aktiv
Auental Versicherung AG · Stand 01/2026

# Was ist versichert?
Unfälle in Beruf und Freizeit, weltweit, rund um die Uhr.
Invaliditätsleistung mit Progression 225 % oder 500 %.
Mitversichert: Bandscheibenvorfälle und Blutungen aus inneren Organen, wenn
ein Unfall die überwiegende Ursache ist; Vergiftungen durch Gase und Dämpfe;
Zeckenstiche (FSME, Borreliose); Herzinfarkt und Schlaganfall als Unfallfolge
ab Tarifstufe Premium.

# Was ist nicht versichert?
Krankheiten und Gebrechen, Unfälle durch Bewusstseinsstörungen infolge
Alkohol (ab 1,3 Promille), Schäden durch Heilmaßnahmen, Psychische Reaktionen.

# Gibt es Deckungsbeschränkungen?
Mitwirkungsanteil von Krankheiten: Leistungskürzung ab 40 %."""
    ipid_p = """# Produktinformationsblatt Pflegetagegeldversicherung – Tarif PTG
Auental Krankenversicherung AG · Stand 01/2026

# Was ist versichert?
Pflegetagegeld bei Pflegebedürftigkeit ab Pflegegrad 1:
Pflegegrad 1: 10 %, Pflegegrad 2: 30 %, Pflegegrad 3: 50 %,
Pflegegrad 4: 80 %, Pflegegrad 5: 100 % des vereinbarten Tagessatzes.
Einmalleistung bei erstmaliger Feststellung Pflegegrad 2 oder höher.
Beitragsbefreiung ab Pflegegrad 3. Demenz ist ohne Einschränkung versichert.

# Was ist nicht versichert?
Pflegebedürftigkeit, die vor Versicherungsbeginn festgestellt wurde.
Wartezeit: keine bei Unfall, sonst 3 Jahre für Pflegegrad 1."""
    avb = """# Allgemeine Unfallversicherungs-Bedingungen AUB 2020 (Auszug)
Ziffer 2.1 Invaliditätsleistung
2.1.1 Voraussetzungen: Die versicherte Person ist durch den Unfall auf Dauer in
ihrer körperlichen oder geistigen Leistungsfähigkeit beeinträchtigt. Eine
Beeinträchtigung ist dauerhaft, wenn sie voraussichtlich länger als drei Jahre
bestehen wird und eine Änderung dieses Zustands nicht zu erwarten ist.
2.1.2 Gliedertaxe: Arm 70 %, Hand 55 %, Daumen 20 %, Bein über der Mitte des
Oberschenkels 70 %, Fuß 40 %, Auge 50 %, Gehör auf einem Ohr 30 %.
Ziffer 5.2 Nicht versicherte Gesundheitsschäden: Schäden an Bandscheiben,
Infektionen, Vergiftungen, krankhafte Störungen infolge psychischer Reaktionen."""
    body = """Liebe Frau Ebersbach,

wie besprochen schicke ich Ihnen die aktuellen Produktunterlagen für Unfall
Aktiv und das Pflegetagegeld PTG als ZIP für Ihre Beratungsmappe. Neu ist in
Unfall Aktiv der Einschluss von Herzinfarkt und Schlaganfall als Unfallfolge
in der Premium-Stufe.

Die Unterlagen gibt es natürlich auch im Maklerportal unter Downloads.

""" + sig(KOSTKA)
    return build(n, frm=KOSTKA, to=B_EBERSBACH, cc=VOLLMER,
                 subject="Produktunterlagen Unfall Aktiv + Pflegetagegeld (Stand 01/2026)",
                 date="2026-02-19 10:38:07", body=body, headers=[OUTLOOK],
                 atts=[A_zip("Produktunterlagen_Unfall_Pflege_2026.zip",
                             [("PIB_Unfall_Aktiv_2026-01.pdf", pdf(ipid_u, title="PIB Unfall Aktiv")),
                              ("PIB_Pflegetagegeld_PTG_2026-01.pdf", pdf(ipid_p, title="PIB PTG")),
                              ("AUB_2020_Auszug.pdf", pdf(avb, title="AUB 2020 Auszug"))])])


# ---------------------------------------------------------------- 0050
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "returned direct debit for a named customer's household policy, with her IBAN, amount and bank return reason")
def _(n):
    body = """Sehr geehrte Frau Schmittner,

die Lastschrift für Ihre Hausratversicherung (Vertrag AS-40-2155903) über
94,80 EUR wurde von Ihrer Bank am 06.05.2026 zurückgegeben.

    Konto:           """ + iban("DE", "52060410" + "0003304178") + """
    Rückgabegrund:   MD06 – Rückgabe auf Verlangen des Zahlers

Vielleicht war das ein Versehen? Bitte überweisen Sie den Beitrag zuzüglich
3,00 EUR Rücklastschriftgebühr der Bank bis zum 27.05.2026 auf unser Konto
bei der Helaba (""" + iban("DE", "50050000" + "0001807716") + """), Verwendungszweck
AS-40-2155903. Alternativ ziehen wir den Betrag Anfang Juni erneut ein, wenn
Sie uns kurz Bescheid geben.

Solange der Beitrag offen ist, besteht der Versicherungsschutz weiter; nach
Ablauf der Zahlungsfrist müssten wir Sie leider förmlich mahnen.

""" + sig(MAHLOW, "de")
    return build(n, frm=MAHLOW, to=("Regina Schmittner", "regina.schmittner@heimnetz.example"),
                 subject="Rücklastschrift Hausratversicherung AS-40-2155903",
                 date="2026-05-08 08:55:31", body=body, headers=[OUTLOOK])


# ---------------------------------------------------------------- 0051
@mail("STRICTLY_CONFIDENTIAL", "en", "broker",
      "harmless forwarding note; attached broker mail (message/rfc822) quotes an applicant's heart condition, stent and medication")
def _(n):
    inner_body = """Hi Rafael,

one for your underwriters, I'm afraid the client's answers to the health
questions didn't fit in the portal form so he wrote them out. Forwarding with
his permission (signed consent attached to the application in the portal).

Thanks
Fiona

---------- Forwarded message ---------
From: David Kensington <d.kensington@fastmail-private.example>
Date: Mon, 2 Mar 2026 at 21:14
Subject: health questions
To: Fiona McAllister <fiona.mcallister@harwicklane.example>

Fiona,

re question 4 (heart): I had a heart attack in March 2023 (NSTEMI), one
stent in the LAD at St Thomas'. Since then no chest pain, cardiac rehab
completed, stress echo in January this year was normal, ejection fraction
55 %. Medication: aspirin 75 mg, atorvastatin 80 mg, bisoprolol 2.5 mg,
ramipril 5 mg.

Question 7: my GP treated me for mild depression after the heart attack
(sertraline for 9 months in 2023/24), nothing since.

I'm 58, non-smoker since the MI, BMI around 27.

Best,
David
"""
    inner = build(n, frm=B_MCALLISTER, to=NUNES,
                  subject="FW: health questions – D. Kensington (Global Care Gold application)",
                  date="2026-03-03 08:02:10 +0000", body=inner_body, inner=True,
                  mid="<LO4P123MB7788E1F2A3@harwicklane.example>")
    body = """Olivia, Annika,

see attached from Harwick Lane – application AGC-G-26-0311. Can one of you
take it? I told Fiona we'd come back within a week.

Rafael

""" + sig(NUNES)
    return build(n, frm=NUNES, to=[BRANDT, FELDMANN],
                 subject="Fwd: health questions – D. Kensington (Global Care Gold application)",
                 date="2026-03-03 09:40:55", body=body, headers=[OUTLOOK],
                 atts=[A_msg(inner)])


# ---------------------------------------------------------------- 0052
@mail("NORMAL", "en", "insurer-to-partner",
      "trap: press release with company-wide health and life claims totals, mental-health trend, no individual")
def _(n):
    body = """PRESS RELEASE – for immediate release

Auental Group grows premium income by 5.8 % – health claims up,
mental health the fastest-growing cause of disability

Bad Hersfeld, 24 March 2026 – The Auental Group increased its gross written
premium to EUR 2.41 billion in 2025 (2024: EUR 2.28 billion). Net profit
reached EUR 96 million.

Key figures
  - Health insurance: benefits paid rose 6.1 % to EUR 742 million. The
    strongest increases came from inpatient treatment and dental prostheses.
  - Disability insurance (BU): 342 new claims; for the first time more than a
    third were caused by mental disorders such as depression and burnout.
  - Long-term care: 4,180 policyholders receive care benefits, 9 % more than
    in 2024.
  - Motor: claims frequency fell slightly; average repair cost up 7 %.

"Mental health is now the single biggest reason why people in Germany can no
longer do their job," says CEO Dr. Hanna Ulbricht. "We are expanding our
early-intervention programme so that policyholders get psychotherapy faster."

About Auental: founded in 1921 as a mutual fire insurer in Hersfeld, today a
regional insurance group with 2,100 employees and 1.3 million customers.

Press contact: Tobias Grell, presse@auental.example, +49 6621 88-1050

""" + sig(GRELL)
    return build(n, frm=GRELL, to=("Redaktionsverteiler Wirtschaft", "presse-verteiler@" + D),
                 subject="Press release: Auental Group 2025 results",
                 date="2026-03-24 10:00:00", body=body, headers=[OUTLOOK, ("Precedence", "bulk")])


# ---------------------------------------------------------------- 0053
@mail("CONFIDENTIAL", "de", "insurer-to-lawyer",
      "recourse instruction to a lawyer about a motor claim naming the opposing driver, plates and amounts, no injuries")
def _(n):
    body = """Sehr geehrter Herr Rechtsanwalt Reuß,

wir bitten Sie, in folgender Sache unsere Regressforderung geltend zu machen:

Unser Versicherungsnehmer:  Dirk Ahlborn, Kfz-Vertrag AK-61-4018839
Schaden:                    K-2025-097714 vom 02.12.2025, B27 Höhe Friedlos
Gegner:                     Herr Patrick Weinreich, Ringstraße 3, 36199
                            Rotenburg a. d. Fulda, Halter und Fahrer des
                            Pkw HEF-PW 880, nach unseren Erkenntnissen
                            nicht haftpflichtversichert (Vertrag des
                            Vorversicherers zum 31.10.2025 gekündigt)

Sachverhalt: Der Gegner ist beim Überholen auf die Gegenfahrbahn geraten und
hat das Fahrzeug unseres VN seitlich touchiert. Laut Polizeibericht wurde
niemand verletzt. Wir haben aus der Vollkasko unseres VN 9.412,33 EUR
reguliert (Reparatur, Gutachten, Nutzungsausfall) und nehmen den Gegner aus
übergegangenem Recht (§ 86 VVG) in Anspruch. Der Verkehrsopferhilfe e.V. ist
informiert.

Anlagen (Akte per sicherem Datenraum): Polizeibericht, Gutachten, Zahlungsbelege.

Bitte stimmen Sie Vergleichsangeboten unterhalb von 80 % vorab mit uns ab.

""" + sig(WOJCIK, "de")
    return build(n, frm=WOJCIK, to=("RA Matthias Reuß", "m.reuss@kanzlei-reuss.example"),
                 subject="Regressauftrag K-2025-097714 – Ahlborn ./. Weinreich",
                 date="2026-02-04 14:21:17", body=body, headers=[OUTLOOK])


# ---------------------------------------------------------------- 0054
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "long-term care benefit for the addressee's mother: care grade 3 after stroke with dementia, daily allowance")
def _(n):
    body = """Sehr geehrte Frau Lichtenberg,

vielen Dank für die Unterlagen zur Pflegebedürftigkeit Ihrer Mutter, Frau
Hildegard Lichtenberg (Pflegetagegeldversicherung KV 7 099 341 62, Tarif PTG,
Tagessatz 50 Euro).

Nach dem Gutachten des Medizinischen Dienstes vom 27.04.2026 ist bei Ihrer
Mutter seit dem 01.04.2026 der Pflegegrad 3 festgestellt (Hauptdiagnosen:
Zustand nach Schlaganfall mit Halbseitenlähmung rechts, beginnende vaskuläre
Demenz). Wir leisten daher ab dem 01.04.2026:

    Pflegetagegeld Pflegegrad 3: 50 % von 50 Euro = 25,00 Euro täglich
    April 2026 (30 Tage):                             750,00 Euro
    Einmalleistung bei erstmaliger Pflegebedürftigkeit: 1.500,00 Euro

Ab Pflegegrad 3 ist die Versicherung außerdem beitragsfrei; die Lastschrift
für Mai wird nicht mehr eingezogen.

Die Zahlung geht wie gewünscht auf Ihr Konto als Bevollmächtigte (Vollmacht
liegt uns vor). Ab Mai zahlen wir jeweils am Monatsende.

Alles Gute für Ihre Mutter und für Sie.

""" + sig(SAUERWEIN, "de")
    return build(n, frm=SAUERWEIN, to=("Sabine Lichtenberg", "s.lichtenberg@mailhaus.example"),
                 subject="Pflegetagegeld für Ihre Mutter – KV 7 099 341 62",
                 date="2026-05-12 10:31:44", body=body, headers=[OUTLOOK])


# ---------------------------------------------------------------- 0055
@mail("NORMAL", "de", "insurer-to-broker",
      "trap: application statistics for a broker firm (counts of applications, declines for health reasons, loadings), aggregate only")
def _(n):
    rows = [["Monat", "Sparte", "Anträge eingereicht", "policiert", "abgelehnt (Gesundheit)", "mit Zuschlag/Ausschluss", "offen (Unterlagen fehlen)"],
            ["2026-01", "BU", 14, 9, 2, 3, 3],
            ["2026-01", "Risikoleben", 21, 19, 0, 2, 2],
            ["2026-01", "Kranken Voll", 6, 4, 1, 1, 1],
            ["2026-02", "BU", 17, 11, 1, 5, 5],
            ["2026-02", "Risikoleben", 18, 16, 1, 1, 1],
            ["2026-02", "Kranken Voll", 4, 3, 0, 0, 1],
            ["2026-03", "BU", 19, 12, 3, 4, 4],
            ["2026-03", "Risikoleben", 25, 22, 0, 3, 3],
            ["2026-03", "Kranken Voll", 8, 5, 1, 2, 2]]
    body = """Hallo Herr Brenninkamp,

wie beim Jahresgespräch gewünscht, die Antragsstatistik Ihres Hauses für das
erste Quartal in den Personensparten. Es sind reine Zählwerte, keine Kunden-
daten – die Einzelfälle sehen Sie wie gewohnt im Portal.

Auffällig ist die hohe Zahl offener BU-Anträge wegen fehlender Arztberichte.
Unsere neue Checkliste für Risikovoranfragen kommt Ende Juni; die würde ich
gern mit Frau Ott einmal durchgehen.

""" + sig(VOLLMER, "de")
    return build(n, frm=VOLLMER, to=B_BRENNINKAMP, cc=B_OTT,
                 subject="Antragsstatistik Q1/2026 Personensparten – 40-5502",
                 date="2026-04-10 11:17:29", body=body, headers=[OUTLOOK],
                 atts=[A_csv("Antragsstatistik_40-5502_Q1-2026.csv", rows)])


# ---------------------------------------------------------------- 0056
@mail("CONFIDENTIAL", "en", "internal",
      "new hire's salary, relocation allowance and UK bank account for an advance, no health data")
def _(n):
    body = """Hi Olivia, hi Robert,

Priya Raman has signed – she'll join International Group Benefits on
1 August 2026 as Senior Underwriter. Details for your planning and for
payroll:

  Employee:          Priya Raman, personnel no. 20874 (assigned)
  Grade:             AT (non-tariff), annual salary EUR 68,500 gross in
                     12 instalments, target bonus 10 %
  Relocation:        lump sum EUR 5,000 (taxable), paid with the first salary;
                     temporary flat in Bad Hersfeld for 3 months paid by us
  Advance:           she asked for EUR 2,000 of the relocation allowance in
                     advance for the deposit on her flat. Her UK account for
                     this one payment: """ + iban("GB", "NWBK" + "60161331926819") + """ (NatWest).
                     Later salary payments go to her German account once opened.
  Tax/social sec.:   tax ID and social security number to follow after
                     registration with the Bürgeramt.

Robert, please also set up the relocation as a separate wage type so it
doesn't distort the bonus base.

""" + sig(FUCHS)
    return build(n, frm=FUCHS, to=[BRANDT, ("Robert Kunze", "robert.kunze@" + D)],
                 subject="New starter 1 Aug – Priya Raman – contract details",
                 date="2026-06-22 15:50:03", body=body, headers=[OUTLOOK])


# ---------------------------------------------------------------- 0057
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
      "harmless body; XLSX commission statement lists named customers' life, BU, health and accident contracts (personal lines)")
def _(n):
    rows = [["Courtageabrechnung Personenversicherung 05/2026 – Brenninkamp & Sohn Versicherungsmakler GmbH (40-5502)"],
            [],
            ["Vertrag", "Versicherungsnehmer", "versicherte Person", "Sparte/Tarif", "Bewertungssumme", "Satz ‰", "Abschlusscourtage", "Haftungszeit bis"],
            ["AL-81-0094102", "Jacobi, Florian", "Jacobi, Florian", "BU Plus", 84600, 40, 3384.00, "05/2031"],
            ["AL-83-0021177", "Jacobi, Florian", "Jacobi, Lea", "Risikoleben", 31200, 30, 936.00, "05/2031"],
            ["AL-91-2201456", "Kessler Metallbau GmbH", "Brunner, Heiko", "Direktversicherung", 64800, 25, 1620.00, "05/2031"],
            ["KV 7 420 118 09", "Osei, Kwame", "Osei, Kwame", "AKV-Komfort (Vollversicherung)", "8 MB", "—", 3512.00, "05/2031"],
            ["KV 7 420 305 44", "Winkler, Svenja", "Winkler, Mats (Kind)", "Zahn Kids", "8 MB", "—", 78.40, "05/2027"],
            ["AU-66-0457210", "Hoffmann, Birte", "Hoffmann, Birte", "Unfall Aktiv", 1740, 150, 261.00, "05/2027"],
            [],
            ["Stornobelastung"],
            ["AL-81-0088930", "Pietzsch, René", "Pietzsch, René", "BU Plus (Storno 04/2026)", -52800, 40, -1408.00, ""],
            [],
            ["Summe", "", "", "", "", "", 8383.40, ""]]
    body = """Sehr geehrte Damen und Herren,

anbei die Courtageabrechnung für die Personensparten (Mai 2026). Die
Auszahlung erfolgt am 05.06. auf das bekannte Geschäftskonto.

""" + sig(KUEHL, "de")
    return build(n, frm=KUEHL, to=("Buchhaltung Brenninkamp", "buchhaltung@brenninkamp-makler.example"),
                 cc=B_BRENNINKAMP, subject="Courtageabrechnung Personensparten 05/2026 – 40-5502",
                 date="2026-05-29 16:02:20", body=body, headers=[OUTLOOK],
                 atts=[A_xlsx("Courtage_PV_40-5502_2026-05.xlsx", [("Abrechnung", rows)], author="Ramona Kühl")])


# ---------------------------------------------------------------- 0058
@mail("NORMAL", "de", "insurer-to-supplier",
      "trap: order of first-aid kits, AED pads and eye-wash for the office buildings, no person")
def _(n):
    body = """Guten Tag Frau Mertens,

bitte liefern Sie uns zu den Konditionen aus unserem Rahmenvertrag:

  Pos  Menge  Artikel
  1    12     Verbandkasten DIN 13157 (Büro), Art.-Nr. MV-13157-W
  2     6     Nachfüllset DIN 13157, Art.-Nr. MV-13157-NF
  3     4     Elektroden-Pads Erwachsene für AED Lifepak CR2, Art.-Nr. MV-CR2-PAD
  4     1     Kinder-Pads für AED Lifepak CR2 (Kita im Haus C), Art.-Nr. MV-CR2-KID
  5     8     Augenspülflasche 500 ml, Art.-Nr. MV-AS-500
  6     2     Kältesofortkompressen, Karton à 20

Lieferadresse: Auental Versicherungsgruppe, Warenannahme Haus C,
Auental-Platz 1, 36251 Bad Hersfeld. Bitte Lieferung vor dem 30.01., dann ist
die jährliche Prüfung der Erste-Hilfe-Ausstattung durch die Fachkraft für
Arbeitssicherheit.

Die abgelaufenen Pads (Verfall 01/2026) nehmen Sie bitte wieder mit.

Bestellnummer: BE-2026-0041, Kostenstelle 9100.

""" + sig(PFANNMUELLER, "de")
    return build(n, frm=PFANNMUELLER, to=("Medivita Bürobedarf Vertrieb", "vertrieb@medivita-buero.example"),
                 subject="Bestellung BE-2026-0041 Verbandkästen / AED-Pads",
                 date="2026-01-13 09:26:45", body=body, headers=[OUTLOOK])


# ---------------------------------------------------------------- 0059
@mail("CONFIDENTIAL", "en", "insurer-to-partner",
      "error log excerpt sent to a broker-software vendor contains named motor customers with policy numbers and plates")
def _(n):
    log = """2026-06-09T02:14:07+02:00 INFO  bipro430.delivery  batch=NLP-20260609-01 partner=nordlicht-pool mvp=Brokerly/7.4
2026-06-09T02:14:09+02:00 ERROR bipro430.mapper    GV=Vertragsaenderung vsnr=AK-61-5702288 vn="Harms, Jörg" kz="HH-JH 1704" reason="Sparte 051 unknown in target schema"
2026-06-09T02:14:09+02:00 ERROR bipro430.mapper    GV=Vertragsaenderung vsnr=AK-61-5702291 vn="Ebeling, Kirsten" kz="PI-KE 88" reason="Sparte 051 unknown in target schema"
2026-06-09T02:14:10+02:00 ERROR bipro430.mapper    GV=Schadenmeldung vsnr=AK-61-5699030 vn="Yüksel, Hakan" kz="HH-HY 2210" schaden=K-2026-055120 reason="element 'Schadenhergang' exceeds 4000 chars"
2026-06-09T02:14:10+02:00 WARN  bipro430.delivery  3 of 212 documents not delivered, see error queue
2026-06-09T02:14:11+02:00 INFO  bipro430.delivery  batch=NLP-20260609-01 finished rc=4
"""
    body = """Hello Brokerly support team,

since your release 7.4 went live at Nordlicht Vorsorge (our broker pool
partner) on Monday, the nightly BiPRO 430 delivery from us fails for some motor
documents. Attached is the relevant excerpt of our delivery log for last
night's batch.

Two issues:
1. Line of business code 051 (motor comprehensive with telematics) is
   rejected as unknown. It's in the BiPRO code list since 2.6.1 – could you
   check your mapping table?
2. The claim narrative for one motor claim exceeds 4,000 characters. The
   norm allows 10,000; your schema seems to truncate.

Please note that the log contains real customer data from Nordlicht's
portfolio (names, policy numbers, plates). Please don't paste it into your
public ticket tool; delete the file after analysis.

Kai Brodersen from Nordlicht is in copy.

""" + sig(KETTLER)
    return build(n, frm=KETTLER, to=("Brokerly Support", "support@brokerly.example"), cc=B_BRODERSEN,
                 subject="BiPRO 430 delivery errors since Brokerly 7.4 – Auental / Nordlicht",
                 date="2026-06-09 08:47:22", body=body, headers=[OUTLOOK],
                 atts=[A_text("bipro430_delivery_2026-06-09.log", log)])


# ---------------------------------------------------------------- 0060
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-lawyer",
      "disability dispute with a named claimant's lawyer: ME/CFS after COVID, specialist findings, independent medical exam")
def _(n):
    body = """Dear Ms Calloway,

thank you for your letter of 12 May on behalf of your client, Mr Oliver
Brennan (disability policy AL-81-0071265, claim BU-L-2025-0377).

To be clear about where we stand:

1. We do not dispute that Mr Brennan has been unable to work as a software
   architect since November 2024. The reports of Dr. Lüders (neurology) and
   of the post-COVID outpatient clinic at the University Hospital Marburg
   describe post-viral fatigue syndrome / ME/CFS (G93.3) with post-exertional
   malaise and orthostatic intolerance.

2. What we have questioned is whether the impairment is expected to last at
   least six months at the required 50 % level, because the Marburg clinic's
   report of February 2026 notes clear improvement under pacing and
   low-dose naltrexone, and a Bell score of 40.

3. We therefore propose an independent medical examination by Prof. Dr.
   Ziegler (Charité, fatigue centre), at our cost, in June. Until the result
   is available we will pay the monthly disability benefit of EUR 2,100
   provisionally and without prejudice, backdated to 1 December 2025.

If your client agrees to the examination, please send us the signed
authorisation for Prof. Ziegler to receive the existing medical records.

""" + sig(ROEDER, "en")
    return build(n, frm=ROEDER, to=("Rachel Calloway", "r.calloway@marsh-weber-law.example"),
                 subject="Your client Oliver Brennan – BU-L-2025-0377",
                 date="2026-05-20 13:09:58", body=body, headers=[OUTLOOK])

# ---------------------------------------------------------------- 0061
@mail("NORMAL", "de", "internal",
      "trap: water damage in the archive of health and life claim files; boxes and rooms only, no file content or person")
def _(n):
    body = """Hallo zusammen,

kurze Info zum Wasserschaden heute Nacht im Untergeschoss Haus B:

- Ursache: geplatzter Anschluss an der Sprinklerleitung im Flur vor Archiv
  B-U-04. Die Feuerwehr war um 3:40 Uhr da, das Wasser ist abgestellt.
- Betroffen: Archivraum B-U-04 (Leistungsakten Leben/BU 2018–2020 und
  Krankenhausabrechnungen KV 2019) – in den unteren zwei Regalböden sind
  ca. 60 Kartons nass geworden.
- Die Kartons werden heute von der Firma Trockenwerk abgeholt und
  gefriergetrocknet; alles läuft mit Behälterplomben und Übergabeprotokoll,
  der Datenschutzbeauftragte ist informiert.
- Die übrigen Regale sind trocken. Der Raum bleibt bis mindestens Freitag
  gesperrt, Bautrockner laufen.

Wer Akten aus B-U-04 braucht: bitte über das Scan-on-Demand-Team anfordern
(Durchwahl -2299), die meisten Jahrgänge sind ohnehin im DMS.

""" + sig(PFANNMUELLER)
    return build(n, frm=PFANNMUELLER, to=[("Leistung Leben", "leistung-leben@" + D), ("Leistung Kranken", "leistung-kranken@" + D)],
                 cc=OSSENKOPP, subject="Wasserschaden Archiv B-U-04 – Akten Leben/BU und KV",
                 date="2026-01-28 07:42:15", body=body, headers=[OUTLOOK, ("Importance", "high")])


# ---------------------------------------------------------------- 0062
@mail("NORMAL", "en", "insurer-to-broker",
      "automatic out-of-office reply naming a deputy; no customer or case content")
def _(n):
    body = """Thank you for your message.

I am out of the office until Monday, 10 August 2026, with no access to e-mail.
Your message will not be forwarded.

For new business and quotations please contact Olivia Brandt
(olivia.brandt@auental.example, +49 6621 88-2900).
For claims and pre-authorisations please use intl-claims@auental.example or
call our 24/7 assistance line +356 2155 0199.

Vielen Dank für Ihre Nachricht. Ich bin bis 10.08.2026 nicht im Büro.

Rafael Nunes
"""
    return build(n, frm=NUNES, to=B_OKAFOR, subject="Automatic reply: Kestrel Logistics – renewal census",
                 date="2026-07-27 10:03:11", body=body,
                 headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                          OUTLOOK], in_reply_to="<LO2P265MB61130C4E@harwicklane.example>")


# ---------------------------------------------------------------- 0063
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "named customer's liability policy number and premium adjustment, no health content")
def _(n):
    body = """Guten Tag Herr und Frau Albrecht,

Sie hatten gefragt, warum Ihr Beitrag zur Privathaftpflicht steigt. Kurz
erklärt:

Ihr Vertrag AS-43-0061290 (Privathaftpflicht Familie, Deckung 20 Mio. EUR)
war bisher im Tarif 2017. Zum 01.07.2026 passen wir die Beiträge aller
Verträge dieses Tarifs an die gestiegenen Schadenkosten an; das ist nach § 13
unserer Bedingungen möglich und wird von einem unabhängigen Treuhänder
geprüft. Ihr Jahresbeitrag steigt dadurch von 84,20 EUR auf 91,90 EUR.

Alternativ können Sie in den Tarif 2026 wechseln: 89,00 EUR im Jahr, dafür mit
Forderungsausfalldeckung und Schlüsselverlust bis 50.000 EUR. Ein kurzes
"Ja, bitte umstellen" per Antwort genügt.

Ihr Sonderkündigungsrecht besteht bis einen Monat nach Zugang der
Beitragsmitteilung.

""" + sig(BRUECKNER)
    return build(n, frm=BRUECKNER, to=("Familie Albrecht", "albrecht.familie@postfach24.example"),
                 subject="AW: Beitragserhöhung Haftpflicht??",
                 date="2026-06-03 12:18:44", body=body, headers=[OUTLOOK],
                 in_reply_to="<001a01dc@postfach24.example>")


# ---------------------------------------------------------------- 0064
@mail("STRICTLY_CONFIDENTIAL", "de", "customer",
      "customer's own mail forwarded to claims: sick-pay insured describes depression, clinic stay and medication")
def _(n):
    body = """Hallo Sabine,

die Mail kam heute früh ins Servicepostfach, gehört zu euch (Krankentagegeld).
Kundin wirkt ziemlich am Ende, bitte zeitnah melden. Ich habe ihr nur den
Eingang bestätigt.

""" + sig(BRUECKNER) + """

--- Weitergeleitete Nachricht ---
Von: Tanja Wiesner <tanja.wiesner@fernpost.example>
Datum: 07.07.2026 06:12
An: kundenservice@auental.example
Betreff: Krankentagegeld - bitte um Rückruf

Guten Morgen,

ich bin seit dem 12. Mai krankgeschrieben und habe schon zweimal
Auszahlungscheine geschickt aber noch kein geld bekommen. Ich bin seit 3
Wochen in der Psychosomatischen Klinik in Bad Wildungen wegen einer schweren
Depression und Angststörung, die Ärzte sagen das dauert noch mindestens 4
Wochen. Ich nehme jetzt Venlafaxin und kann mich kaum um Post kümmern. Mein
Mann hat die Unterlagen geschickt, Versicherungsnummer ist KV 7 377 901 26.

Ich bin selbständig (Friseursalon) und habe sonst kein Einkommen, die Miete
für den Laden läuft weiter. Bitte rufen Sie mich an, am besten nachmittags
0151 5550 7731.

Tanja Wiesner
"""
    return build(n, frm=BRUECKNER, to=KREUZER, subject="WG: Krankentagegeld - bitte um Rückruf",
                 date="2026-07-07 08:30:26", body=body, headers=[OUTLOOK, ("Importance", "high")])


# ---------------------------------------------------------------- 0065
@mail("CONFIDENTIAL", "de", "insurer-to-agency",
      "no-claims class transfer from father to son with both birth dates, licence date and motor policy numbers")
def _(n):
    body = """Hallo Herr Demirci,

zur SF-Übertragung bei Familie Yıldırım habe ich noch zwei Punkte, bevor ich
die Übertragung buchen kann:

  Abgebender:   Hüseyin Yıldırım, geb. 03.02.1958, Vertrag AK-61-2210473
                (SF 35, Pkw wird abgemeldet zum 31.07.)
  Übernehmender: Can Yıldırım, geb. 19.09.2001, Führerschein Klasse B seit
                 24.10.2019, neuer Vertrag AK-61-6344012

1. Übertragen werden kann nur so viel SF, wie der Sohn selbst hätte fahren
   können: Führerschein seit 10/2019 = 6 volle Jahre -> SF 6. Die übrigen
   Jahre verfallen beim Vater. Bitte kurz bestätigen, dass die Familie das
   weiß (ich hatte bei Ihnen "SF 35 komplett" in der Notiz gelesen).
2. Die Übertragungserklärung muss von beiden unterschrieben sein – uns liegt
   nur die Unterschrift des Vaters vor.

Sobald beides da ist, stelle ich den neuen Vertrag ab 01.08. mit SF 6 aus.

""" + sig(LANKOWSKI, "de")
    return build(n, frm=LANKOWSKI, to=A_DEMIRCI, subject="SF-Übertragung Yıldırım – Rückfragen",
                 date="2026-07-14 10:09:37", body=body, headers=[OUTLOOK])


# ---------------------------------------------------------------- 0066
@mail("NORMAL", "en", "internal",
      "trap: data-protection FAQ draft for the international team about sending medical reports, hypothetical examples only")
def _(n):
    body = """Dear colleagues in International Group Benefits,

as several of you asked for it in English, here is the draft of our FAQ on
e-mail and data protection. Comments by 15 May, please.

Q: A broker asks me to e-mail a member's claim history. May I?
A: Only if the member has consented to the broker receiving health data
   (check the consent flag in the policy system) and only through the secure
   gateway. Never to a personal Gmail address. Aggregated scheme reports
   (no names, small groups merged) are not personal data and can go normally.

Q: An employer's HR team wants to know why an employee is off sick.
A: No. The employer receives the claim status and the benefit amount only,
   never diagnoses. See the example in our training: "Employee X's claim has
   been accepted from [date]; benefit EUR [amount]."

Q: What counts as health data?
A: Anything that says something about a person's physical or mental health:
   diagnoses, ICD codes, medication, hospital stays, pregnancy, disability
   ratings – and also the simple fact that a named person has a claim under a
   health, life or accident policy.

Q: I sent a medical report to the wrong broker by mistake.
A: Tell us immediately (datenschutz@auental.example). We have 72 hours to
   assess and, if needed, notify the supervisory authority.

""" + sig(OSSENKOPP)
    return build(n, frm=OSSENKOPP, to=("International Group Benefits", "igb-team@" + D),
                 subject="Draft FAQ: e-mail and health data (EN) – comments by 15 May",
                 date="2026-05-04 14:40:09", body=body, headers=[OUTLOOK])


# ---------------------------------------------------------------- 0067
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "term-life acceptance for the addressee with a loading because of smoking, BMI 33 and treated hypertension")
def _(n):
    body = """Sehr geehrter Herr Rückert,

wir freuen uns, Ihnen mitteilen zu können, dass wir Ihren Antrag auf eine
Risikolebensversicherung annehmen können.

  Vertrag:            AL-83-0024591
  Versicherte Person: Uwe Rückert, geb. 15.06.1976
  Versicherungssumme: 200.000 EUR, fallend, Laufzeit 25 Jahre
  Bezugsberechtigt:   Heike Rückert (Ehefrau)

Aufgrund Ihrer Angaben im Antrag und des ärztlichen Zeugnisses von Herrn
Dr. Brehm vom 03.03.2026 (Raucher, ca. 20 Zigaretten täglich; BMI 33,4;
Bluthochdruck, eingestellt mit Candesartan 16 mg, Messwert 142/88 mmHg) müssen
wir einen Risikozuschlag von 75 % erheben. Ihr monatlicher Beitrag beträgt
damit 58,40 EUR statt 33,40 EUR.

Eine gute Nachricht zum Schluss: Wenn Sie mindestens 12 Monate rauchfrei sind,
können Sie den Wechsel in den Nichtrauchertarif beantragen. Dann überprüfen
wir auch den Zuschlag neu.

Den Versicherungsschein erhalten Sie in den nächsten Tagen per Post.

""" + sig(FELDMANN, "de")
    return build(n, frm=FELDMANN, to=("Uwe Rückert", "u.rueckert@heimnetz.example"),
                 subject="Ihr Antrag auf Risikolebensversicherung – Annahme",
                 date="2026-03-19 11:02:36", body=body, headers=[OUTLOOK])


# ---------------------------------------------------------------- 0068
@mail("NORMAL", "de", "insurer-to-broker",
      "trap: list of a broker pool's portal users with roles and portfolio-rights flags; business contacts only, no customer")
def _(n):
    rows = [["Benutzer-ID", "Name", "Rolle", "Bestandsrechte Sach", "Bestandsrechte Leben/Kranken", "Leistungsdokumente KV", "letzter Login", "Status"],
            ["NLP-0001", "Jana Wiesehöfer", "Makleradministrator", "ja", "ja", "ja", "2026-06-29", "aktiv"],
            ["NLP-0002", "Kai Brodersen", "Technik/API", "nein", "nein", "nein", "2026-06-30", "aktiv"],
            ["NLP-0014", "Fenja Hinrichsen", "Sachbearbeitung", "ja", "ja", "nein", "2026-06-26", "aktiv"],
            ["NLP-0015", "Ole Martens", "Sachbearbeitung", "ja", "nein", "nein", "2025-11-03", "inaktiv > 180 Tage"],
            ["NLP-0022", "Aleksandra Nowicka", "Leistungsservice", "nein", "ja", "ja", "2026-06-30", "aktiv"],
            ["NLP-0031", "Praktikant Vertrieb", "Lesend", "ja", "nein", "nein", "—", "Initialpasswort nicht geändert"]]
    body = """Hallo Frau Wiesehöfer,

für die jährliche Rezertifizierung der Portalzugänge anbei die Liste aller
Benutzer Ihres Hauses mit ihren Rollen und Bestandsrechten. Als
Makleradministratorin bitte ich Sie um Prüfung bis zum 31.07.:

- Herr Martens war seit über 180 Tagen nicht angemeldet – soll der Zugang
  gesperrt werden?
- Der Sammelzugang "Praktikant Vertrieb" widerspricht unseren Nutzungs-
  bedingungen (personalisierte Zugänge). Bitte löschen oder auf eine Person
  umstellen.
- Wer Leistungsdokumente KV sehen darf, sollte nach unserer Empfehlung auf
  den Leistungsservice beschränkt bleiben.

Änderungen können Sie direkt im Portal unter Verwaltung > Benutzer vornehmen;
alles wird im Audit-Log protokolliert.

""" + sig(LANKOWSKI, "de")
    return build(n, frm=LANKOWSKI, to=B_WIESEHOEFER, subject="Rezertifizierung Portalzugänge 2026 – Nordlicht Vorsorge",
                 date="2026-07-01 09:30:02", body=body, headers=[OUTLOOK],
                 atts=[A_csv("Portalbenutzer_Nordlicht_2026-07-01.csv", rows)])


# ---------------------------------------------------------------- 0069
@mail("CONFIDENTIAL", "de", "insurer-to-company",
      "commercial liability claim: company contact and a named injured party's damaged property and address, no bodily injury")
def _(n):
    body = """Sehr geehrter Herr Thiele,

wir haben die Schadenmeldung Ihrer Firma zur Betriebshaftpflichtversicherung
erhalten:

  Versicherungsnehmer:  Malerbetrieb Thiele & Söhne GmbH, Vertrag AB-50-0034127
  Schaden:              H-2026-008834 vom 11.05.2026
  Geschädigte:          Frau Ingeborg Scharf, Bahnhofstraße 22, 36205 Sontra
  Schadenhergang:       Beim Abschleifen der Fensterrahmen ist ein Farbeimer
                        umgekippt; Eichenparkett im Wohnzimmer (ca. 28 m²)
                        verunreinigt. Personen wurden nicht verletzt.

Wir übernehmen die Regulierung direkt mit Frau Scharf und beauftragen einen
Bodenleger-Sachverständigen. Bitte weisen Sie Ihre Mitarbeiter an, keine
eigene Zusage zur Kostenübernahme zu geben und das Parkett nicht selbst zu
bearbeiten.

Ihre Selbstbeteiligung beträgt 500 EUR; wir verrechnen sie mit der
Entschädigung.

""" + sig(IMHOF, "de")
    return build(n, frm=IMHOF, to=("Bernd Thiele", "b.thiele@maler-thiele.example"),
                 subject="Haftpflichtschaden H-2026-008834 – Parkett Scharf, Sontra",
                 date="2026-05-13 14:47:55", body=body, headers=[OUTLOOK])


# ---------------------------------------------------------------- 0070
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
      "facultative submission to the reinsurer: named applicant for large term life with cardiac and lab findings in a PDF")
def _(n):
    text = """# Facultative submission – Term life / critical illness
Cedent: Auental Lebensversicherung AG · Ref. FAC-L-2026-017 · date 11.06.2026

# Life to be insured
Name: Dr. Konstantin Weyrauch · DOB 28.01.1969 · male · Frankfurt am Main
Occupation: managing partner, private equity firm (office)
Sum insured: EUR 4,500,000 term life (20 y) + EUR 500,000 critical illness
Retention Auental: EUR 1,000,000 · Fac. placement requested: EUR 4,000,000

# Medical evidence
- Full medical examination 22.05.2026 (Dr. Rauh, Frankfurt)
- BP 138/86 mmHg, BMI 26.1, non-smoker
- Lipids: total cholesterol 242 mg/dl, LDL 168 mg/dl, HDL 44 mg/dl; on
  rosuvastatin 10 mg since 04/2026
- Resting ECG: incomplete right bundle branch block, otherwise normal
- Exercise ECG: to 200 W, no ischaemia
- Coronary calcium score (CT) 04/2026: Agatston 112 (75th percentile)
- Family history: father myocardial infarction at 61
- HbA1c 5.6 %, liver values normal, GGT 48 U/l, alcohol ~10 units/week

# Financial underwriting
Income 2025: EUR 1.2m (salary and carried interest), net worth > EUR 15m,
purpose: key person cover and estate planning.

# Cedent's opinion
Life: +50 % (calcium score, family history); CI: decline cardiac benefits or +100 %."""
    body = """Dear Aidan,

please find attached our facultative submission FAC-L-2026-017. It's above our
automatic treaty limit, so we need your terms for EUR 4.0m life and the CI
part. Our own view is in section 5 of the file.

The broker is pushing for a decision by 26 June; let me know if you need the
cardiologist's report on the calcium scan.

""" + sig(AURICH, "en")
    return build(n, frm=AURICH, to=("Dr. Aidan Hale", "aidan.hale@meridian-re.example"),
                 cc=FELDMANN, subject="Fac submission FAC-L-2026-017 – term life EUR 4.5m",
                 date="2026-06-11 17:30:14", body=body, headers=[OUTLOOK],
                 atts=[A_pdf("FAC-L-2026-017_submission.pdf", text, title="FAC-L-2026-017",
                             date="20260611170000")])


# ---------------------------------------------------------------- 0071
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
      "harmless body; attached PDF is a sick-pay benefit rejection for a named client citing occupational disability and diagnosis")
def _(n):
    letter = """# Auental Krankenversicherung AG
Leistungsabteilung Krankenversicherung · Auental-Platz 1 · 36251 Bad Hersfeld

Herrn
Marcel Ruppert
Gartenstraße 5
63654 Büdingen

Bad Hersfeld, 18.06.2026

# Ihre Krankentagegeldversicherung KV 7 351 220 04 – Tarif KT 43

Sehr geehrter Herr Ruppert,

Sie beziehen seit dem 12.01.2026 Krankentagegeld wegen Ihrer Arbeitsunfähigkeit
als Dachdecker (Diagnose lt. AU-Bescheinigungen: Rotatorenmanschettenruptur
rechts, M75.1; Zustand nach Operation 02/2026).

Nach dem Gutachten von Herrn Dr. med. Sattler (Orthopädie, Gießen) vom
04.06.2026 ist eine Rückkehr in Ihren Beruf als Dachdecker auf Dauer nicht mehr
möglich; Ihre Erwerbsfähigkeit in diesem Beruf ist zu mehr als 50 % gemindert.
Damit liegt Berufsunfähigkeit im Sinne von § 15 Abs. 1 b) MB/KT vor.

Das Versicherungsverhältnis endet nach den Bedingungen mit Eintritt der
Berufsunfähigkeit; wir zahlen das Krankentagegeld noch für drei Monate, also
bis zum 04.09.2026 (nachvertragliche Leistungspflicht).

Bitte prüfen Sie, ob Leistungen aus einer Berufsunfähigkeitsversicherung oder
der gesetzlichen Rentenversicherung in Betracht kommen.

Rechtsbehelfsbelehrung: Sie können sich an den Ombudsmann Private Kranken- und
Pflegeversicherung wenden.

Mit freundlichen Grüßen
Sabine Kreuzer"""
    body = """Sehr geehrte Frau Ebersbach,

zu Ihrer Information erhalten Sie eine Kopie unseres heutigen Schreibens an
Ihren Kunden. Er ist einverstanden, dass Sie eine Kopie bekommen (Einwilligung
vom 20.01.2026 liegt vor).

""" + sig(KREUZER, "de")
    return build(n, frm=KREUZER, to=B_EBERSBACH, subject="Kopie zur Kenntnis – Schreiben vom 18.06.",
                 date="2026-06-18 15:22:08", body=body, headers=[OUTLOOK],
                 atts=[A_pdf("Schreiben_Leistung_2026-06-18.pdf", letter, title="Schreiben Leistungsabteilung",
                             date="20260618150500")])


# ---------------------------------------------------------------- 0072
@mail("NORMAL", "de", "internal",
      "trap: job advert for medical assistants in health-claims review (GOÄ, ICD-10, diagnoses mentioned as skills)")
def _(n):
    body = """Liebe Kolleginnen und Kollegen,

wir suchen Verstärkung – vielleicht kennen Sie jemanden? Für jede erfolgreiche
Empfehlung gibt es wie immer 1.000 Euro Prämie.

  Medizinische Fachangestellte / Gesundheits- und Krankenpfleger (m/w/d)
  für die Leistungsprüfung Krankenversicherung
  Vollzeit oder Teilzeit (ab 25 Std.), Bad Hersfeld, 2 Tage mobiles Arbeiten

Ihre Aufgaben:
- Prüfung von Arzt-, Zahnarzt- und Krankenhausrechnungen nach GOÄ, GOZ und DRG
- Medizinische Plausibilisierung von Diagnosen (ICD-10-GM) und Verordnungen
- Telefonische Beratung unserer Versicherten zu Heil- und Kostenplänen
- Zusammenarbeit mit unserer Gesellschaftsärztin

Ihr Profil:
- abgeschlossene Ausbildung als MFA, ZFA oder in der Pflege
- Erfahrung mit Abrechnung (GOÄ/GOZ) von Vorteil
- Freude an Zahlen und am Telefon

Wir bieten: Tarifvertrag private Versicherungswirtschaft, 38-Stunden-Woche,
Gleitzeit ohne Kernzeit, Jobrad, betriebliche Krankenversicherung.

Bewerbungen bis 31.03. an karriere@auental.example, Kennziffer LK-2026-04.

""" + sig(FUCHS)
    return build(n, frm=FUCHS, to=("Alle Mitarbeitenden", "alle@" + D),
                 subject="Stellenausschreibung: MFA / Pflegekräfte für die Leistungsprüfung KV (LK-2026-04)",
                 date="2026-02-23 08:00:00", body=body, headers=[OUTLOOK])

# ---------------------------------------------------------------- 0073
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "pet health claim for a named customer's dog (vet bill, cruciate ligament surgery); animal health, policy and payout")
def _(n):
    body = """Dear Ms Lindqvist-Moore,

good news for Bruno: we have settled the invoice from the Tierklinik
Kassel-Waldau for his cruciate ligament operation.

Policy: AT-77-0019482 (dog surgery cover, Premium)
Claim:  T-2026-003305

Invoice of 3 July 2026 (GOT fee schedule, 2-fold rate)
  clinical examination, X-rays of both stifles     EUR   312.40
  TPLO surgery left stifle, anaesthesia            EUR 2,846.90
  2 days inpatient, medication                     EUR   418.30
  follow-up X-ray after 6 weeks                    EUR   126.00
  total                                            EUR 3,703.60
  less 20 % co-payment                           - EUR   740.72
  payment                                          EUR 2,962.88

The follow-up X-ray isn't done yet, so we've paid it in advance as agreed
with the clinic. Physiotherapy for dogs is covered up to EUR 300 per year –
just send those invoices too.

We'll transfer the money to your account within 3 working days. Give Bruno
a pat from us.

""" + sig(WHITFIELD, "en")
    return build(n, frm=WHITFIELD, to=("Annika Lindqvist-Moore", "annika.lm@webmail.example"),
                 subject="Bruno's surgery – claim T-2026-003305 settled",
                 date="2026-07-08 13:20:47", body=body, flowed=True, cte="8bit", headers=[TBIRD])


# ---------------------------------------------------------------- 0074
@mail("NORMAL", "en", "insurer-to-broker",
      "trap: RFP answers on group income protection pricing (incidence by diagnosis group, age bands, rehab), no member data")
def _(n):
    doc = [("h", "Auental – Response to RFP: Group Income Protection for Dutch-German employers"),
           "Prepared for Castellan Benefits Consulting B.V. · June 2026 · Version 1.1",
           ("b", "1. How do you price the scheme?"),
           "Rates are based on the DAV 2021 I disability tables adjusted with our own experience "
           "(2021–2025, 14,800 exposure years). We rate by age band (five-year bands), occupation "
           "class (1–4) and deferred period (13 or 26 weeks). Schemes above 100 lives receive "
           "partial experience rating after three years.",
           ("b", "2. Which causes drive claims?"),
           ("table", [["Diagnosis group", "Share of new claims 2025", "Median duration"],
                      ["Mental and behavioural disorders", "36 %", "19 months"],
                      ["Musculoskeletal", "24 %", "11 months"],
                      ["Cancer", "14 %", "14 months"],
                      ["Neurological", "9 %", "26 months"],
                      ["Other (merged)", "17 %", "—"]]),
           ("b", "3. Is there medical underwriting?"),
           "Schemes with 20 or more employees are accepted without individual health questions up to "
           "a free cover limit of EUR 4,000 monthly benefit. Above the limit we ask a short health "
           "questionnaire of the individual employee; answers go to our medical team only, never to "
           "the employer or the broker.",
           ("b", "4. Rehabilitation"),
           "Early-intervention case management from week 4 of absence, with the employee's consent; "
           "psychotherapy fast track within 10 working days through our partner network.",
           ("b", "5. Data protection"),
           "Employer reports contain only aggregated figures (no cells below 5 claims). Individual "
           "claim information is shared with the broker only with the employee's written consent."]
    body = """Dear Pieter, dear Lotte,

attached are our answers to the RFP for the group income protection
framework. The pricing section includes our incidence experience by diagnosis
group – all aggregated, as requested.

We'd be glad to present in Amsterdam in the week of 13 July.

""" + sig(NUNES, "en")
    return build(n, frm=NUNES, to=[B_VANHOUTEN, B_BROUWER], cc=LINDQVIST,
                 subject="RFP Group Income Protection – Auental response",
                 date="2026-06-26 16:44:29", body=body, headers=[OUTLOOK],
                 atts=[A_docx("Auental_RFP_GIP_response_v1.1.docx", doc, author="Rafael Nunes",
                              created="2026-06-26T14:00:00Z")])


# ---------------------------------------------------------------- 0075
@mail("CONFIDENTIAL", "de", "insurer-to-assessor",
      "assessment order for a named owner's damaged car: plate, VIN, claim number, phone and address; no injuries")
def _(n):
    body = """Hallo Herr Krämer,

bitte begutachten Sie folgendes Fahrzeug:

Schaden:        K-2026-041187 (Vollkasko, Wildunfall mit Reh)
Halterin:       Frau Melanie Gundlach, Tel. 0160 5557 1294
Standort:       bei der Halterin, Auf der Bleiche 9, 36266 Heringen
Fahrzeug:       VW Tiguan 2.0 TDI, HEF-MG 612, FIN WVGZZZ5NZMW041876
Schadenbild lt. Meldung: Front (Stoßfänger, Kühlergrill, Scheinwerfer links),
Motorhaube eingedrückt, Fahrzeug fahrbereit.

Niemand wurde verletzt; die Wildunfallbescheinigung des Jagdpächters liegt vor.

Bitte kalkulieren Sie Reparaturweg und Wiederbeschaffungswert; die Kundin
möchte in der Partnerwerkstatt Autohaus Nöll reparieren lassen. Termin
bitte direkt mit Frau Gundlach vereinbaren.

""" + sig(WOJCIK)
    return build(n, frm=WOJCIK, to=("Sachverständigenbüro Krämer", "auftrag@kraemer-gutachten.example"),
                 subject="Gutachtenauftrag K-2026-041187 Gundlach, HEF-MG 612",
                 date="2026-06-17 07:55:19", body=body, charset="iso-8859-1",
                 headers=[OUTLOOK])


# ---------------------------------------------------------------- 0076
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
      "harmless body; XLSX lists a company's named employees enrolled in company health insurance (bKV) with birth dates")
def _(n):
    rows = [["bKV Auental Firmen-Vorsorge – Gruppenvertrag GK-2026-0018 – Hessisches Backhaus Ritter GmbH"],
            ["Teilnehmerliste Stand 01.07.2026 (Zugang ohne Gesundheitsprüfung)"],
            [],
            ["Pers.-Nr.", "Name", "Vorname", "Geburtsdatum", "Baustein", "Beginn", "Vers.-Nr."],
            ["1004", "Ritter", "Johannes", "12.12.1970", "Zahn 90 + Vorsorge", "01.07.2026", "KV 7 500 001 11"],
            ["1021", "Gökmen", "Selin", "30.03.1994", "Zahn 90 + Vorsorge", "01.07.2026", "KV 7 500 001 12"],
            ["1033", "Werner", "Paulina", "08.08.2002", "Zahn 90", "01.07.2026", "KV 7 500 001 13"],
            ["1040", "Lehmann", "Uwe", "17.01.1962", "Zahn 90 + Stationär", "01.07.2026", "KV 7 500 001 14"],
            ["1057", "Bayer", "Nicole", "25.05.1988", "Zahn 90 + Vorsorge", "01.07.2026", "KV 7 500 001 15"],
            ["1062", "Popescu", "Andrei", "03.11.1985", "Zahn 90 + Stationär", "01.07.2026", "KV 7 500 001 16"],
            ["1078", "Schreiber", "Lars", "19.09.1999", "Zahn 90", "01.07.2026", "KV 7 500 001 17"]]
    body = """Liebe Frau Kaiser,

herzlichen Glückwunsch zum Start der bKV! Anbei die Teilnehmerliste mit den
Versicherungsnummern Ihrer Mitarbeitenden – die brauchen Sie für die
Lohnabrechnung (Sachbezug). Die Versicherungskarten gehen diese Woche direkt an
die Privatadressen raus.

Für neue Mitarbeitende reicht eine kurze Anmeldung über das Firmenportal.

""" + sig(ADEYEMI, "de")
    return build(n, frm=ADEYEMI, to=("Claudia Kaiser", "personal@backhaus-ritter.example"),
                 subject="bKV Gruppenvertrag GK-2026-0018 – Teilnehmerliste",
                 date="2026-07-03 10:12:40", body=body, headers=[OUTLOOK],
                 atts=[A_xlsx("bKV_GK-2026-0018_Teilnehmer.xlsx", [("Teilnehmer", rows)], author="Jessica Adeyemi")])


# ---------------------------------------------------------------- 0077
@mail("NORMAL", "de", "insurer-to-partner",
      "trap: association working-group minutes on the model consent / confidentiality-release form (blank template), no person")
def _(n):
    doc = ["Protokoll AG Einwilligung & Schweigepflichtentbindung – 3. Sitzung 2026",
           "Ort: Videokonferenz · Datum: 21.04.2026, 10:00–12:15",
           "Teilnehmende: Vertreterinnen und Vertreter von neun Mitgliedsunternehmen, Geschäftsstelle.",
           "TOP 1 – Mustertext Schweigepflichtentbindung Leben/BU: Die AG empfiehlt, die Varianten "
           "„Einzelermächtigung“ und „Generalermächtigung“ beizubehalten. Neue Formulierung für die "
           "Weitergabe von Gesundheitsdaten an Rückversicherer und medizinische Gutachter abgestimmt.",
           "TOP 2 – Elektronische Einwilligung: Eine Einwilligung per qualifizierter elektronischer "
           "Signatur ist nicht erforderlich; Textform mit eindeutiger Authentifizierung genügt nach "
           "Auffassung der Mehrheit. Zwei Unternehmen sehen das kritisch.",
           "TOP 3 – Übermittlung an Vermittler: Makler erhalten Gesundheitsdaten nur mit gesonderter "
           "Einwilligung der versicherten Person. Mustertext (Anlage, Stand 21.04.) mit Platzhaltern "
           "[Name der versicherten Person], [Geburtsdatum], [Vermittler].",
           "TOP 4 – Verschiedenes: Nächste Sitzung am 16.06.2026.",
           "Protokoll: Auental Versicherungsgruppe (Dr. Ossenkopp)"]
    body = """Liebe Frau Dr. Hammes,

anbei mein Protokollentwurf der letzten AG-Sitzung mit der Bitte um Verteilung
an die Mitglieder. Den Mustertext für die Makler-Einwilligung habe ich mit
Platzhaltern versehen, damit niemand aus Versehen ein ausgefülltes Formular
verwendet.

""" + sig(OSSENKOPP, "de")
    return build(n, frm=OSSENKOPP, to=("Dr. Birgit Hammes", "hammes@versichererverband-hessen.example"),
                 subject="Protokoll AG Einwilligung & Schweigepflichtentbindung 21.04.",
                 date="2026-04-24 13:27:06", body=body, headers=[OUTLOOK],
                 atts=[Att("Protokoll_AG_SEE_2026-04-21.odt", odt(doc, author="Bernhard Ossenkopp",
                                                                   created="2026-04-24T12:00:00"))])


# ---------------------------------------------------------------- 0078
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker",
      "group life death-in-service claim of a named employee: date and cause of death (pulmonary embolism), beneficiaries")
def _(n):
    body = """Dear Lotte,

thank you for letting us know, and please pass on our condolences to the
team at Veldhuis Instruments.

Group life policy GL-2024-0031 – death-in-service claim
Deceased:    Mr Henrik Albers, employee no. 0942, born 07/04/1973
Died:        29 June 2026 at Klinikum Kassel
Cause:       pulmonary embolism following a deep vein thrombosis after knee
             surgery (per the preliminary death certificate)
Benefit:     2 x annual salary = EUR 148,400

The beneficiary nomination on file (2024) names his wife, Mrs Sanne Albers,
100 %. To pay the claim we need:

  1. the official death certificate (Sterbeurkunde),
  2. the confidential part of the death certificate or a doctor's
     confirmation of the cause of death (required because death occurred
     within two years of the benefit increase in 2025),
  3. Mrs Albers' bank details and a copy of her ID.

Please ask HR to send these by post or via the portal, not by ordinary e-mail.
We will pay within 10 days of receipt.

""" + sig(BRANDT, "en")
    return build(n, frm=BRANDT, to=B_BROUWER, subject="GL-2024-0031 – death in service, Mr H. Albers",
                 date="2026-07-06 11:53:24", body=body, headers=[OUTLOOK])


# ---------------------------------------------------------------- 0079
@mail("CONFIDENTIAL", "de", "insurer-to-agency",
      "harmless body; PDF is a self-employed agent's commission advance account with his income figures and IBAN")
def _(n):
    text = """# Provisionskonto – Agentur 30-1204
Serkan Demirci, Generalagentur der Auental Versicherungsgruppe
selbständiger Handelsvertreter nach § 84 HGB
Kontoauszug Juni 2026 · erstellt am 30.06.2026

# Bewegungen
Saldovortrag 31.05.2026                                      -3.418,20
01.06. Bestandsprovision Sach/Kfz Juni                       +2.907,55
05.06. Abschlussprovision Leben/KV (Vorschuss)              +6.120,00
12.06. Stornobelastung (2 Verträge)                           -890,40
15.06. Bürokostenzuschuss                                    +1.250,00
20.06. Rückbuchung Vorschuss 05/2025 (Haftungszeit)           -712,00
30.06. Auszahlung                                           -4.500,00
Saldo 30.06.2026                                              +756,95

# Jahreswerte 2026 (bis Juni)
Provisionserlöse gesamt                                     43.980,10
davon Abschlussprovision                                    27.455,00
davon Bestandsprovision                                     16.525,10
Stornoreserve (einbehalten)                                  5.200,00

Auszahlungskonto: """ + iban("DE", "52050353" + "0100718824") + """ (Kasseler Sparkasse)
Steuerliche Behandlung: umsatzsteuerfrei nach § 4 Nr. 11 UStG"""
    body = """Hallo Herr Demirci,

anbei Ihr Provisionskontoauszug für Juni. Die Auszahlung ist gestern
rausgegangen.

""" + sig(KUEHL, "de")
    return build(n, frm=KUEHL, to=A_DEMIRCI, subject="Provisionskonto 06/2026 Agentur 30-1204",
                 date="2026-07-01 08:40:11", body=body, headers=[OUTLOOK],
                 atts=[A_pdf("Provisionskonto_30-1204_2026-06.pdf", text, title="Provisionskonto 06/2026",
                             date="20260630180000")])


# ---------------------------------------------------------------- 0080
@mail("NORMAL", "en", "insurer-to-partner",
      "trap: assistance partner's SLA report with counts of medical evacuations and hospital admissions per month, aggregate only")
def _(n):
    rows = [["Bluecrest Assistance – SLA report Auental – H1 2026"],
            ["Month", "Calls", "Answered < 20 s", "Hospital admissions abroad", "Guarantees of payment", "Medical repatriations", "of which air ambulance", "Complaints"],
            ["Jan", 412, "93 %", 38, 35, 4, 1, 0],
            ["Feb", 390, "95 %", 31, 30, 3, 0, 1],
            ["Mar", 455, "91 %", 42, 40, 6, 2, 0],
            ["Apr", 521, "89 %", 57, 51, 7, 1, 2],
            ["May", 608, "88 %", 66, 62, 9, 3, 1],
            ["Jun", 734, "86 %", 81, 77, 12, 4, 3],
            ["Total", 3120, "90 %", 315, 295, 41, 11, 7]]
    body = """Dear Marco,

thanks for the H1 report (attached again in our format for the file). Two
points for our service review on 21 July:

1. The answering time in June (86 % < 20 s) is below the 90 % SLA. I expect
   the summer peak is the reason, but we'd like to see your staffing plan
   for July/August.
2. Three complaints in June – could you send the anonymised summaries?

Otherwise, very good cooperation on the repatriations, thank you.

""" + sig(ZIELINSKI, "en")
    return build(n, frm=ZIELINSKI, to=("Marco Grech", "marco.grech@bluecrest-assist.example"),
                 subject="SLA report H1 2026 – follow-up",
                 date="2026-07-10 09:19:51", body=body, headers=[OUTLOOK],
                 atts=[Att("Bluecrest_SLA_H1-2026.ods", ods([("SLA", rows)], author="Mariusz Zielinski",
                                                             created="2026-07-10T09:00:00"))])


# ---------------------------------------------------------------- 0081
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "sick-pay payment to the addressee during her psychosomatic clinic stay, insurance number and benefit days")
def _(n):
    body = """Sehr geehrte Frau Wiesner,

vielen Dank für Ihren Anruf heute Nachmittag. Wie besprochen fasse ich
zusammen:

Ihre Krankentagegeldversicherung KV 7 377 901 26 (Tarif KT 43, 90 EUR täglich
ab dem 43. Tag) leistet für Ihre Arbeitsunfähigkeit seit dem 12.05.2026. Die
Auszahlungsscheine Ihrer Hausärztin und die Bescheinigung der Klinik in Bad
Wildungen über den stationären Aufenthalt seit dem 15.06.2026 liegen uns vor.

    Leistungszeitraum 23.06. bis 07.07.2026:  15 Tage x 90 EUR = 1.350,00 EUR

Der Betrag ist heute angewiesen. Während des Klinikaufenthalts brauchen Sie
keine weiteren Auszahlungsscheine; schicken Sie uns einfach den Entlassungs-
bericht bzw. die Entlassungsbescheinigung, wenn es so weit ist. Danach reichen
wieder die Bescheinigungen Ihrer Ärztin alle zwei Wochen.

Ich wünsche Ihnen von Herzen gute Besserung. Wenn Ihr Mann Fragen hat, kann er
mich gern direkt anrufen, er ist als Bevollmächtigter eingetragen.

""" + sig(KREUZER, "de")
    return build(n, frm=KREUZER, to=("Tanja Wiesner", "tanja.wiesner@fernpost.example"),
                 subject="Ihr Krankentagegeld – Zahlung und nächste Schritte",
                 date="2026-07-07 16:12:03", body=body, charset="windows-1252",
                 headers=[OUTLOOK])


# ---------------------------------------------------------------- 0082
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "confirms a named customer's new address and corrected date of birth on his motor and home policies")
def _(n):
    body = """Dear Mr Adebayo,

thanks for letting us know about your move and for spotting the mistake in
your date of birth. We have updated both policies:

  Motor insurance AK-61-5830017 and home contents AS-40-2471139
  New address:     Pfarrgasse 4, 37269 Eschwege (from 1 August 2026)
  Date of birth:   corrected from 12/07/1990 to 21/07/1990

The correction has no effect on your premiums. For the home contents policy
the sum insured stays at EUR 45,000; your new flat is a bit bigger (78 m²
instead of 64 m²), so you may want to raise it to avoid underinsurance – let
me know and I'll send you an offer.

You'll receive updated policy schedules by post within a week.

""" + sig(WHITFIELD, "en")
    return build(n, frm=WHITFIELD, to=("Tunde Adebayo", "tunde.adebayo@fernpost.example"),
                 subject="RE: Change of address + wrong birthday on my documents",
                 date="2026-07-21 10:41:28", body=body, headers=[OUTLOOK],
                 in_reply_to="<CAB8z7Tq9@fernpost.example>")


# ---------------------------------------------------------------- 0083
@mail("NORMAL", "de", "internal",
      "trap: maintenance window for the health-claims and life-benefit systems, names systems and teams only")
def _(n):
    body = """Hallo zusammen,

am Samstag, 25.07.2026, 06:00 bis ca. 14:00 Uhr, sind folgende Systeme wegen
des Datenbank-Upgrades nicht verfügbar:

  - KV-Leistung (Rechnungsprüfung, Kostenübernahmen, DTA-Eingang Kliniken)
  - LV-Leistung (BU-/Todesfall-Leistung)
  - Maklerportal inkl. BiPRO-Schnittstelle und Vermittlerpost
  - Kundenportal (Rechnungsupload wird zwischengespeichert und ab 14 Uhr
    verarbeitet)

Nicht betroffen: E-Mail, Telefonie, DMS, Kfz-Schaden.

Die Rufbereitschaft der Gesellschaftsärztin für Kostenübernahmen im
Notfall (Auslands-Assistance) ist informiert und arbeitet in der Zeit mit
der Notfall-Checkliste auf Papier.

Bitte am Freitag vor Dienstschluss alle offenen Vorgänge speichern.

""" + sig(KETTLER)
    return build(n, frm=SERVICEDESK, to=("Alle Mitarbeitenden", "alle@" + D),
                 subject="Wartungsfenster Sa 25.07.: KV-Leistung, LV-Leistung, Portale",
                 date="2026-07-16 15:00:00", body=body, headers=[("X-Mailer", "ServiceNow")])


# ---------------------------------------------------------------- 0084
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "motor recourse against a named driver convicted of drunk driving (blood alcohol 1.62 per mille, penal order)")
def _(n):
    body = """Hallo Frau Dr. Beck,

bitte einmal juristisch drüberschauen, ob wir Regress nehmen können:

Schaden K-2026-007390 vom 31.01.2026, Vertrag AK-61-3917702
Fahrer und VN: Herr Sven Laubach, geb. 22.09.1987, Bad Hersfeld

- Auffahrunfall auf der B62 bei Friedlos, Fremdschaden am Pkw des Gegners
  12.870 EUR (reguliert), Gegner leicht verletzt (HWS-Distorsion, 2 Tage AU,
  Schmerzensgeld 800 EUR reguliert).
- Laut Ermittlungsakte Blutalkoholkonzentration 1,62 Promille.
- Strafbefehl AG Bad Hersfeld vom 14.04.2026 wegen fahrlässiger Gefährdung
  des Straßenverkehrs (§ 315c StGB): 60 Tagessätze, Entziehung der
  Fahrerlaubnis, Sperrfrist 10 Monate. Rechtskräftig seit 06.05.2026.

Nach D.1.1.3 AKB (Trunkenheitsklausel) und § 5 KfzPflVV wäre ein Regress bis
5.000 EUR möglich. Sehen Sie das auch so? Herr Laubach hat telefonisch schon
angekündigt, sich einen Anwalt zu nehmen.

""" + sig(WOJCIK)
    return build(n, frm=WOJCIK, to=("Dr. Anja Beck", "anja.beck@" + D),
                 subject="Regressprüfung K-2026-007390 – Trunkenheitsfahrt",
                 date="2026-05-18 11:36:42", body=body, headers=[OUTLOOK])

# ---------------------------------------------------------------- 0085
@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "harmless body; ZIP holds three household-insurance policy schedules with named customers, addresses and one IBAN")
def _(n):
    def police(vnr, name, anschrift, geb, vs, beitrag, zahlung):
        return pdf("""# Versicherungsschein Hausratversicherung
Auental Versicherung AG · Auental-Platz 1 · 36251 Bad Hersfeld

Versicherungsschein-Nr.: %s        Ausfertigung vom 02.06.2026
Versicherungsnehmer/in: %s, geb. %s
Versicherungsort: %s

Tarif: Hausrat Komfort 2026 · Beginn 01.06.2026, 0 Uhr · Ablauf 01.06.2027
Versicherungssumme: %s EUR (Unterversicherungsverzicht)
Eingeschlossen: Fahrraddiebstahl bis 5.000 EUR, Überspannung, grobe Fahrlässigkeit
Selbstbeteiligung: 150 EUR

Jahresbeitrag inkl. 19 %% VersSt: %s EUR
Zahlungsweise: %s

Vermittler: Assekuranzbüro Petra Lüttgen e.K., 40-7718""" % (vnr, name, geb, anschrift, vs, beitrag, zahlung),
                   title="Versicherungsschein " + vnr, date="20260602080000")
    body = """Hallo Frau Lüttgen,

hier die drei Hausrat-Policen zum 01.06. aus dem Juni-Lauf, um die Sie gebeten
hatten – die Kunden haben die Originale per Post bekommen.

""" + sig(LANKOWSKI, "de")
    return build(n, frm=LANKOWSKI, to=B_LUETTGEN, subject="Policen Hausrat Juni – Kopien für Ihre Akte",
                 date="2026-06-03 13:58:24", body=body, headers=[OUTLOOK],
                 atts=[A_zip("Policen_Hausrat_40-7718_2026-06.zip", [
                     ("AS-40-2480017.pdf", police("AS-40-2480017", "Greta Hallmann", "Biegenstraße 31, 35037 Marburg",
                                                  "08.02.1996", "38.000", "96,40", "jährlich, Überweisung")),
                     ("AS-40-2480022.pdf", police("AS-40-2480022", "Ömer Taşkın", "Ketzerbach 12, 35037 Marburg",
                                                  "14.11.1989", "52.000", "128,70",
                                                  "jährlich, SEPA-Lastschrift von " + iban("DE", "53350000" + "1033907725"))),
                     ("AS-40-2480031.pdf", police("AS-40-2480031", "Ludwig und Erna Stamm", "Am Richtsberg 88, 35039 Marburg",
                                                  "03.03.1948", "61.000", "141,10", "jährlich, Überweisung"))])])


# ---------------------------------------------------------------- 0086
@mail("NORMAL", "de", "internal",
      "trap: DOCX template for BU rejection letters with «placeholders» for name, diagnosis and dates, no real case")
def _(n):
    doc = [("h", "Textbaustein BU-LE-07: Ablehnung wegen fehlender Berufsunfähigkeit (unter 50 %)"),
           "Stand: 03/2026 · freigegeben durch Leitung Leistung LV und Rechtsabteilung",
           "«Anrede» «Vorname» «Nachname»",
           "«Straße» «Hausnummer», «PLZ» «Ort»",
           "Ihre Berufsunfähigkeitsversicherung «Vertragsnummer» – Leistungsfall «Leistungsfallnummer»",
           "«Briefanrede»,",
           "Sie haben uns am «Datum Leistungsantrag» mitgeteilt, dass Sie wegen «Diagnose in Worten» Ihren Beruf "
           "als «Beruf» nicht mehr ausüben können. Wir haben Ihren Antrag sorgfältig geprüft und dazu die "
           "Berichte von «Ärztin/Arzt 1» und «Ärztin/Arzt 2» eingeholt.",
           "Nach dem Ergebnis unserer Prüfung sind Sie in Ihrem zuletzt ausgeübten Beruf zu «Grad» % "
           "beeinträchtigt. Die vereinbarte Leistungsgrenze von 50 % ist damit nicht erreicht. [Begründung "
           "mit Bezug auf die konkrete Tätigkeitsbeschreibung einfügen – KEINE Standardformulierung!]",
           "Bitte beachten Sie: Verschlechtert sich Ihr Gesundheitszustand, können Sie jederzeit erneut "
           "Leistungen beantragen.",
           "[Rechtsbehelfsbelehrung Ombudsmann / Gericht – Baustein BU-RB-01]",
           "«Grußformel»",
           "«Sachbearbeiter/in»"]
    body = """Hallo Team,

die Rechtsabteilung hat den überarbeiteten Textbaustein BU-LE-07 freigegeben.
Wichtigste Änderung: Die Begründung muss sich jetzt ausdrücklich auf die
Tätigkeitsbeschreibung beziehen (BGH-Rechtsprechung), ein Pauschalsatz reicht
nicht mehr.

Der Baustein ist ab Montag im Textsystem hinterlegt; anbei als Word-Datei zum
Reinschauen. Bitte keine ausgefüllten Briefe als Beispiel in Teams posten.

Matthias

""" + sig(ROEDER)
    return build(n, frm=ROEDER, to=("Team BU-Leistung", "bu-leistung-team@" + D),
                 subject="Neuer Textbaustein BU-LE-07 (Ablehnung < 50 %)",
                 date="2026-03-27 14:05:33", body=body, headers=[OUTLOOK],
                 atts=[A_docx("Textbaustein_BU-LE-07_2026-03.docx", doc, author="Matthias Roeder",
                              created="2026-03-27T13:00:00Z")])


# ---------------------------------------------------------------- 0087
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "HTML-only: critical illness payout to the addressee for breast cancer diagnosis with stage and treatment")
def _(n):
    html = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Calibri,Arial,sans-serif;font-size:11pt">
<p>Dear Ms Carver,</p>
<p>I'm writing to confirm that we have accepted your critical illness claim. I'm so sorry you are going
through this, and I hope the payment takes at least one worry off your mind.</p>
<table style="border-collapse:collapse" cellpadding="4">
<tr><td><b>Policy</b></td><td>AL-84-0006617 (critical illness, stand-alone)</td></tr>
<tr><td><b>Claim</b></td><td>CI-2026-0042</td></tr>
<tr><td><b>Condition</b></td><td>invasive ductal carcinoma of the left breast (C50.4), stage IIA,
diagnosed on 4 May 2026 (histology, Brustzentrum Kassel)</td></tr>
<tr><td><b>Treatment</b></td><td>breast-conserving surgery on 27 May, chemotherapy and radiotherapy planned</td></tr>
<tr><td><b>Benefit</b></td><td>EUR 80,000.00 – full sum insured</td></tr>
</table>
<p>The condition meets the definition of "cancer – of specified severity" in section 3.2 of your policy
conditions. The policy now ends, as the full benefit has been paid; no further premiums will be collected.</p>
<p>We will transfer the amount to your account ending in 3318 on Monday.</p>
<p>With my very best wishes for your treatment,</p>
<p>Chloe Whitfield<br>International Private Clients – English-speaking service<br>
Auental Versicherungsgruppe<br>+49 6621 88-0 (ext. 4480)</p>
<hr><p style="font-size:8pt;color:#666">Auental Versicherungsgruppe · Auental-Platz 1 · 36251 Bad Hersfeld ·
Germany. This e-mail may contain confidential information.</p>
</body></html>
"""
    return build(n, frm=WHITFIELD, to=("Rebecca Carver", "rebecca.carver@mailhaus.example"),
                 subject="Your critical illness claim CI-2026-0042",
                 date="2026-06-05 12:30:17", html=html, headers=[OUTLOOK])


# ---------------------------------------------------------------- 0088
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "confirms cancellation of a named customer's car insurance with policy number, plate and end date")
def _(n):
    body = """Guten Tag Frau Ostrowski,

Ihre Kündigung ist angekommen. Wir bestätigen:

Kfz-Versicherung AK-61-4762290 für HEF-KO 55 (Opel Corsa)
endet zum 31.12.2026, 24 Uhr.

Schade, dass Sie gehen! Falls Sie es sich anders überlegen oder ein neues
Fahrzeug versichern möchten, sind wir gern für Sie da. Ihre Schadenfreiheits-
klasse SF 8 bescheinigen wir Ihrem neuen Versicherer auf Anfrage automatisch.

""" + sig(BRUECKNER)
    return build(n, frm=BRUECKNER, to=("Katarzyna Ostrowski", "k.ostrowski@postfach24.example"),
                 subject="Kündigungsbestätigung AK-61-4762290",
                 date="2026-11-12 09:08:19", body=body, headers=[OUTLOOK])


# ---------------------------------------------------------------- 0089
@mail("NORMAL", "en", "insurer-to-broker",
      "trap: explains how brokers may send health data and attaches the blank consent form with placeholders")
def _(n):
    doc = [("h", "Consent to the transfer of health data to my insurance broker"),
           "Auental Krankenversicherung AG / Auental Lebensversicherung AG – form EW-MAK-03 (EN)",
           "Insured person: ______________________  Date of birth: ____________",
           "Policy number(s): ______________________",
           "Broker (firm and registration no.): ______________________",
           "I consent to Auental passing information about my health that it holds in connection with the "
           "above policies (for example claim decisions, medical reports, underwriting decisions) to the "
           "broker named above, so that the broker can advise and support me.",
           "I may withdraw this consent at any time with effect for the future. Withdrawal does not affect "
           "my insurance cover.",
           "Place, date: ____________   Signature: ______________________"]
    body = """Hi Tom,

good question from your claims team. In short:

1. Health information about a member (claim decisions, medical reports,
   underwriting outcomes) can only go to Harwick Lane if the member has
   signed our broker consent (form EW-MAK-03, blank copy attached). Once it's
   on file, you'll see the case documents in the broker portal.
2. When you send us medical documents, please upload them in the portal or
   use TLS-secured mail to intl-claims@auental.example – our gateway enforces
   encryption. No password-protected ZIPs please; our scanners reject them.
3. Aggregated scheme reports (no names, cells under 5 merged) don't need any
   consent and can be shared with the employer.

Let me know if you'd like a short session for your claims advocates.

""" + sig(NUNES, "en")
    return build(n, frm=NUNES, to=B_OKAFOR, subject="RE: Sending medical documents – what's allowed?",
                 date="2026-04-17 10:55:46", body=body, headers=[OUTLOOK],
                 atts=[A_docx("EW-MAK-03_consent_broker_EN_blank.docx", doc, author="Auental Datenschutz")],
                 in_reply_to="<LO2P265MB40029A1@harwicklane.example>")


# ---------------------------------------------------------------- 0090
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "life insurance death claim: names the deceased, cause of death (heart failure) and the beneficiary's payout")
def _(n):
    body = """Sehr geehrte Frau Krug,

zunächst möchte ich Ihnen zum Tod Ihres Mannes mein aufrichtiges Beileid
aussprechen.

Sie haben uns die Sterbeurkunde und den Erbschein übersandt. Zur
Kapitallebensversicherung AL-80-0011423 Ihres verstorbenen Mannes,
Herrn Werner Krug, geb. 30.08.1949, verstorben am 02.09.2026, teilen wir mit:

  Versicherungssumme                        25.000,00 EUR
  Überschussbeteiligung                      6.418,77 EUR
  Auszahlungsbetrag                         31.418,77 EUR
  bezugsberechtigt:                         Frau Gisela Krug (Ehefrau)

Die ärztliche Todesbescheinigung nennt als Todesursache eine Herzinsuffizienz
bei bekannter koronarer Herzkrankheit; da der Vertrag seit 1987 besteht, ist
eine weitere Prüfung nicht erforderlich.

Die Auszahlung erfolgt innerhalb von fünf Werktagen auf das von Ihnen
angegebene Konto bei der VR-Bank. Eine Meldung an das Finanzamt (§ 33 ErbStG)
nehmen wir vor; für Sie als Ehefrau fällt bei dieser Summe keine
Erbschaftsteuer an.

""" + sig(SAUERWEIN, "de")
    return build(n, frm=SAUERWEIN, to=("Gisela Krug", "gisela.krug@heimnetz.example"),
                 subject="Lebensversicherung Ihres verstorbenen Mannes – AL-80-0011423",
                 date="2026-09-15 10:44:02", body=body, headers=[OUTLOOK])


# ---------------------------------------------------------------- 0091
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
      "accident claim of a broker's named client: ankle fracture, X-ray and discharge report requested")
def _(n):
    body = """Hallo Frau Ott,

danke für die Unfallmeldung zu Ihrem Kunden Herrn Yannick Brauer
(Unfallversicherung AU-66-0462007, Schaden U-2026-004419). Er ist laut Meldung
am 04.07. beim Fußball umgeknickt; Diagnose im Durchgangsarztbericht:
bimalleoläre Sprunggelenksfraktur rechts (S82.81), operativ versorgt am 05.07.
im Elisabeth-Krankenhaus Kassel.

Damit wir das Krankenhaustagegeld und den Genesungszuschlag zahlen und die
Invalidität später bemessen können, fehlen uns noch:

  1. der Entlassungsbericht des Krankenhauses (Aufenthalt 04.07.–09.07.),
  2. der OP-Bericht,
  3. die unterschriebene Schweigepflichtentbindung (Formular U-SE-1) –
     ohne sie dürfen wir beim Krankenhaus nicht selbst anfragen.

Die Invalidität kann frühestens nach Abschluss der Heilbehandlung beurteilt
werden; bitte weisen Sie Herrn Brauer auf die Frist hin: ärztliche
Feststellung innerhalb von 15 Monaten nach dem Unfall.

""" + sig(HAGEDORN, "de")
    return build(n, frm=HAGEDORN, to=B_OTT, subject="AW: Unfallmeldung Brauer, Yannick – U-2026-004419",
                 date="2026-07-15 14:33:09", body=body, headers=[OUTLOOK],
                 in_reply_to="<000c01dcf4a1$brenninkamp@brenninkamp-makler.example>")


# ---------------------------------------------------------------- 0092
@mail("NORMAL", "de", "insurer-to-customer",
      "trap: customer-portal notification of a new message, no content, no policy data")
def _(n):
    body = """Guten Tag,

in Ihrem Auental Kundenportal ist eine neue Nachricht für Sie eingegangen.

Aus Sicherheitsgründen senden wir Inhalte nicht per E-Mail. Bitte melden Sie
sich an unter https://meine.auental.example, um die Nachricht zu lesen.

Sie haben die Benachrichtigung nicht angefordert oder kennen das Kundenportal
nicht? Dann melden Sie sich bitte bei uns: 06621 88-0.

Ihr Auental Kundenportal

Diese E-Mail wurde automatisch erstellt. Antworten an diese Adresse werden
nicht gelesen.
"""
    return build(n, frm=KUNDENPORTAL, to="h.kaminski@webmail.example",
                 subject="Neue Nachricht in Ihrem Kundenportal",
                 date="2026-08-04 18:02:00", body=body,
                 headers=[("Auto-Submitted", "auto-generated"), PORTALHDR])


# ---------------------------------------------------------------- 0093
@mail("CONFIDENTIAL", "en", "insurer-to-partner",
      "co-insurance notice of a fire loss at a named private landlord's rental building with address and reserve; nobody hurt")
def _(n):
    body = """Dear Mr de Vries,

as leading insurer on the co-insured residential building policy
AS-42-0455091 (your share 30 %), we notify you of the following loss:

Policyholder:   Mr Gerhard Pohlmann (private landlord), Kassel
Risk:           6-unit residential building, Goethestraße 37, 34119 Kassel
Date of loss:   21 August 2026
Cause:          fire in the roof truss, probably caused by roofing works
                (hot-air welding) by a contractor
Injuries:       none – all tenants were evacuated by the fire brigade
Damage:         roof truss and top-floor flat destroyed, water damage in
                the two flats below; building currently not habitable

Initial reserve (100 %):  EUR 640,000, of which loss of rent EUR 48,000
Your share (30 %):        EUR 192,000

We have appointed the loss adjusters Brandt & Kollegen; first report expected
within 14 days. Recovery against the roofing contractor's liability insurer
looks promising. We'll request a cash call once the first interim payment is
due.

""" + sig(HASSELBACH, "en")
    return build(n, frm=HASSELBACH, to=("Jeroen de Vries", "j.devries@zeeland-assurantien.example"),
                 subject="Loss notification – co-insurance AS-42-0455091 – fire Goethestraße 37, Kassel",
                 date="2026-08-25 15:12:38", body=body, headers=[OUTLOOK])


# ---------------------------------------------------------------- 0094
@mail("NORMAL", "de", "insurer-to-broker",
      "trap: general circular on commission clawback rules (Stornohaftung) with sample figures, no broker or customer named")
def _(n):
    body = """Sehr geehrte Maklerpartnerinnen und Maklerpartner,

immer wieder erreichen uns Fragen zur Stornohaftung. Hier die Regeln, die ab
01.01.2027 für alle neuen Courtagezusagen gelten:

1. Haftungszeit
   Leben, BU, Rente: 60 Monate · Kranken: 60 Monate · Unfall: 24 Monate ·
   Sach/Kfz/Haftpflicht: keine (laufende Courtage).

2. Rückbelastung
   Wird ein Vertrag in der Haftungszeit storniert oder beitragsfrei gestellt,
   belasten wir die nicht verdiente Courtage zeitanteilig zurück.
   Beispiel (fiktiv): Abschlusscourtage 3.000 EUR, Storno nach 24 Monaten
   -> 36/60 nicht verdient -> Rückbelastung 1.800 EUR.

3. Stornoreserve
   10 % jeder Abschlusscourtage werden für die Dauer der Haftungszeit
   einbehalten und danach ausgezahlt.

4. Nachbearbeitung
   Vor jeder Rückbelastung erhalten Sie eine Stornogefahrmitteilung über das
   Maklerportal; Sie haben dann 6 Wochen Zeit, den Vertrag zu retten.

Die vollständigen Regeln stehen in Anlage 3 der Courtagevereinbarung.

""" + sig(KUEHL, "de")
    return build(n, frm=KUEHL, to=("Maklerverteiler", "maklerinfo@" + D),
                 subject="Maklerinformation: Stornohaftung ab 2027",
                 date="2026-10-06 08:30:00", body=body, headers=[OUTLOOK, ("Precedence", "bulk")])


# ---------------------------------------------------------------- 0095
@mail("STRICTLY_CONFIDENTIAL", "en", "internal",
      "subject-access request package: ZIP with a named customer's health claims history, diagnoses and a doctor's report")
def _(n):
    claims = csv_text([["Date of service", "Provider", "Diagnosis (ICD-10)", "Invoice EUR", "Paid EUR"],
                       ["2025-02-11", "Dr. Hainbach, Orthopaedics", "M54.5 Low back pain", "186.40", "186.40"],
                       ["2025-03-02", "Radiologie am Ständeplatz", "M51.2 Disc displacement", "512.80", "512.80"],
                       ["2025-06-19", "Dr. Nasri, Psychiatry", "F41.1 Generalized anxiety disorder", "244.10", "244.10"],
                       ["2025-09-08", "Psychotherapy practice Hartwig", "F41.1 (12 sessions)", "1,428.00", "1,142.40"],
                       ["2026-01-14", "Pharmacy (Pregabalin 75 mg)", "F41.1", "96.22", "96.22"]], delimiter=",")
    report = pdf("""# Psychiatric report – Dr. med. Leila Nasri
for Auental Krankenversicherung AG, ref. KV 7 415 880 03
Patient: Jonathan Pierce, born 19/02/1983
Diagnosis: generalized anxiety disorder (F41.1), no psychotic symptoms
Treatment: outpatient psychotherapy (CBT), pregabalin 75 mg twice daily
Prognosis: good; able to work; no inpatient treatment required.
Kassel, 21 June 2025""", title="Report Dr. Nasri", date="20250621120000")
    cover = """Data subject access request – Jonathan Pierce
Reference: DSAR-2026-019
Prepared by: Data Protection Office, 2026-08-11
Contents:
  1. claims_history_KV_7415880003.csv – all health claims 2025-2026
  2. report_Nasri_2025-06-21.pdf – medical report held on file
  3. (contract data and correspondence follow in part 2)
"""
    body = """Hi Chloe,

here is part 1 of the package for Mr Pierce's access request (DSAR-2026-019).
Since he corresponds in English, could you please send it to him through the
secure portal – not by normal e-mail – with the cover letter we agreed? The
deadline is 28 August.

Please check the claims list once more against the system before you send it;
the psychotherapy invoice in 2025 was partly reimbursed.

Thanks,
Bernhard

""" + sig(OSSENKOPP)
    return build(n, frm=OSSENKOPP, to=WHITFIELD, cc=KREUZER,
                 subject="DSAR-2026-019 Pierce – part 1 for portal dispatch",
                 date="2026-08-11 11:25:50", body=body, headers=[OUTLOOK],
                 atts=[A_zip("DSAR-2026-019_part1.zip", [("00_cover.txt", cover),
                                                        ("claims_history_KV_7415880003.csv", claims),
                                                        ("report_Nasri_2025-06-21.pdf", report)])])


# ---------------------------------------------------------------- 0096
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "HTML-only: glass breakage claim of a named customer with policy, claim number and insured address")
def _(n):
    html = """<html><head><meta charset="utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:10pt;color:#222">
<p>Hallo Herr Sauer,</p>
<p>schade um die Ceranfeldplatte! Wir übernehmen den Schaden aus Ihrer Glasversicherung:</p>
<table border="0" cellpadding="3">
<tr><td>Vertrag:</td><td>AS-41-0120998 (Glas, Einschluss Ceran-Kochfeld)</td></tr>
<tr><td>Schaden:</td><td>S-2026-058817 vom 29.09.2026</td></tr>
<tr><td>Versicherungsort:</td><td>Mühlweg 14, 36272 Niederaula</td></tr>
<tr><td>Erstattung:</td><td>Neuteil + Einbau lt. Kostenvoranschlag Elektro Kraus: <b>486,50 EUR</b></td></tr>
</table>
<p>Sie können die Reparatur sofort beauftragen. Die Rechnung senden Sie uns bitte einfach über das Kundenportal
oder als Antwort auf diese Mail, dann überweisen wir den Betrag.</p>
<p>Freundliche Grüße<br><br>Paul Imhof<br>Schadenregulierung Sach<br>Tel. 06621 88-3211</p>
<p style="font-size:8pt;color:#888">Auental Versicherung AG · Auental-Platz 1 · 36251 Bad Hersfeld ·
Amtsgericht Bad Hersfeld HRB 2217</p>
</body></html>
"""
    return build(n, frm=IMHOF, to=("Florian Sauer", "florian.sauer@heimnetz.example"),
                 subject="Ihr Glasschaden S-2026-058817 – Kostenübernahme",
                 date="2026-09-30 16:47:01", html=html, headers=[OUTLOOK])

# ---------------------------------------------------------------- 0097
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
      "HTML-only: long-term care supplement of a broker's named client, care grade 4, dementia, nursing-home move, benefit")
def _(n):
    html = """<html><head><meta charset="utf-8"><style>td{padding:3px 8px}</style></head>
<body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Liebe Frau Ebersbach,</p>
<p>Ihre Kundin Frau Marianne Heß (Pflegezusatz PTG, Vertrag KV 7 120 477 19) ist seit dem 1. August in
einer vollstationären Einrichtung, dem Haus Kinzigaue in Gelnhausen. Ihr Sohn hat uns gebeten, Sie zu
informieren; eine Einwilligung zur Information des Vermittlers hatte Frau Heß bei Vertragsschluss erteilt.</p>
<table>
<tr><td><b>Pflegegrad</b></td><td>4 (Höherstufung von 3, Gutachten Medizinischer Dienst vom 22.07.2026)</td></tr>
<tr><td><b>Grund</b></td><td>fortgeschrittene Alzheimer-Demenz, Sturzneigung, nächtliche Unruhe</td></tr>
<tr><td><b>Leistung neu</b></td><td>80 % von 60 EUR = 48,00 EUR täglich ab 01.07.2026</td></tr>
<tr><td><b>Nachzahlung Juli</b></td><td>31 Tage x (48,00 - 30,00) EUR = 558,00 EUR</td></tr>
</table>
<p>Die Zahlungen gehen weiter an den Sohn als Betreuer (Betreuerausweis liegt vor). Bei Fragen können Sie
mich direkt anrufen.</p>
<p>Mit freundlichen Grüßen<br><br>Elke Sauerwein<br>Leistungsservice Leben &amp; Pflege<br>
Auental Lebensversicherung AG / Auental Krankenversicherung AG<br>Telefon 06621 88-2580</p>
</body></html>
"""
    return build(n, frm=SAUERWEIN, to=B_EBERSBACH, subject="Ihre Kundin Marianne Heß – Pflegegrad 4",
                 date="2026-08-06 09:51:35", html=html, headers=[OUTLOOK])


# ---------------------------------------------------------------- 0098
@mail("NORMAL", "en", "insurer-to-broker",
      "scheduling a broker meeting, names only business contacts and a company; no customer or case data")
def _(n):
    body = """Hi Fiona,

Tuesday 22 September works for Olivia and me. We'd suggest:

  10:00 – 12:00  Kestrel Logistics renewal (our office, or Teams if Tom
                 joins from Dubai)
  12:00 – 13:00  lunch
  13:00 – 14:30  pipeline for Q4 and the broker portal roadmap

We'll book the meeting room "Werra" and send the Teams link. Could you let me
know by Friday whether you're coming in person? Then I'll reserve the hotel
(Hotel am Stift, as last time).

Cheers
Rafael

""" + sig(NUNES)
    return build(n, frm=NUNES, to=B_MCALLISTER, cc=BRANDT, subject="RE: Visit Bad Hersfeld in September",
                 date="2026-08-27 17:04:13", body=body, headers=[OUTLOOK],
                 in_reply_to="<LO2P265MB71A3@harwicklane.example>")


# ---------------------------------------------------------------- 0099
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "legal-expenses cover confirmation for a named customer's employment dispute (dismissal, lawyer, case number)")
def _(n):
    body = """Sehr geehrter Herr Brückmann,

wir bestätigen Ihnen Versicherungsschutz für Ihre arbeitsrechtliche
Angelegenheit:

  Vertrag:       AR-45-0041780 (Privat-, Berufs- und Verkehrs-Rechtsschutz)
  Schaden:       RS-2026-019933
  Gegenstand:    Kündigungsschutzklage gegen die Kündigung Ihres Arbeit-
                 gebers, der Nordhessen Logistik GmbH, vom 28.08.2026
                 (betriebsbedingt, Zugang 31.08.2026)
  Anwalt:        Rechtsanwältin Dr. Nadine Fromm, Fulda

Übernommen werden die gesetzlichen Gebühren Ihrer Anwältin für die erste
Instanz vor dem Arbeitsgericht Fulda, abzüglich Ihrer Selbstbeteiligung von
150 EUR. Im Arbeitsgerichtsverfahren erster Instanz trägt jede Partei ihre
Kosten selbst – auch wenn Sie gewinnen.

Bitte beachten Sie die Klagefrist von drei Wochen ab Zugang der Kündigung
(also bis 21.09.2026). Ihre Anwältin kennt die Frist sicher, aber wir möchten
es zur Sicherheit erwähnt haben.

""" + sig(OEZTUERK, "de")
    return build(n, frm=OEZTUERK, to=("Jens Brückmann", "jens.brueckmann@fernpost.example"),
                 cc=("RAin Dr. Nadine Fromm", "kanzlei@fromm-arbeitsrecht.example"),
                 subject="Deckungszusage RS-2026-019933 – Kündigungsschutzklage",
                 date="2026-09-04 10:30:44", body=body, headers=[OUTLOOK])


# ---------------------------------------------------------------- 0100
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-therapist",
      "query to a physiotherapy practice about a named patient's invoice: diagnosis, prescription, manual lymph drainage")
def _(n):
    body = """Sehr geehrtes Team des Bewegungsraums,

zu Ihrer Rechnung Nr. 2026-1184 vom 24.07.2026 für unsere Versicherte

    Frau Dagmar Knöll, geb. 06.04.1958, KV 7 233 561 70

haben wir eine Rückfrage. Abgerechnet sind 10 x manuelle Lymphdrainage 60 Min.
(MLD 60) und 10 x Kompressionsbandagierung. Die beigefügte Verordnung von Dr.
Weigand lautet jedoch auf "MLD 45, 10 x, Diagnose: Lymphödem linker Arm nach
Mastektomie (I97.2), Diagnosegruppe LY2".

1. Liegt Ihnen eine geänderte Verordnung über MLD 60 vor? Dann senden Sie sie
   uns bitte zu.
2. Wenn nicht, können wir nur MLD 45 erstatten (Differenz 10 x 14,60 EUR).

Frau Knöll hat die Rechnung bereits bezahlt; wir möchten die Sache gern ohne
Umweg über die Patientin klären.

""" + sig(KREUZER, "de")
    return build(n, frm=KREUZER, to=("Physiotherapie Bewegungsraum", "abrechnung@bewegungsraum-physio.example"),
                 subject="Rückfrage Rechnung 2026-1184 – Knöll, Dagmar",
                 date="2026-08-12 13:15:27", body=body, headers=[OUTLOOK])


# ---------------------------------------------------------------- 0101
@mail("NORMAL", "de", "insurer-to-broker",
      "trap: portal registration of a new firm administrator; password by post, no customer data")
def _(n):
    body = """Guten Tag Herr Pfeil,

Ihr Haus, die Rhön-Assekuranz Vermittlung GmbH, ist jetzt als Vertragspartner
im Auental Maklerportal freigeschaltet. Sie sind als Makleradministrator
eingetragen.

  Benutzername:        RAV-ADMIN-01
  Vermittlernummer:    40-8120
  Rolle:               Makleradministrator (Benutzerverwaltung, Bestandsrechte)

Ihr Initialpasswort erhalten Sie aus Sicherheitsgründen getrennt per Brief an
die Geschäftsadresse. Beim ersten Login werden Sie aufgefordert, ein eigenes
Passwort und eine Sicherheitsfrage festzulegen sowie die Zwei-Faktor-
Anmeldung einzurichten.

Anschließend können Sie selbst weitere Benutzer für Ihre Mitarbeitenden
anlegen und ihnen Bestandsrechte geben. Alle Änderungen werden protokolliert.

Eine Kurzanleitung finden Sie nach dem Login unter Hilfe > Erste Schritte.

""" + sig(LANKOWSKI)
    return build(n, frm=LANKOWSKI, to=("Andreas Pfeil", "a.pfeil@rhoen-assekuranz.example"),
                 subject="Freischaltung Maklerportal – Rhön-Assekuranz Vermittlung GmbH",
                 date="2026-09-08 11:03:19", body=body, headers=[OUTLOOK])


# ---------------------------------------------------------------- 0102
@mail("CONFIDENTIAL", "en", "insurer-to-company",
      "cyber claim of a named sole trader (online shop): ransomware, customer-data breach notice, policy and claim number")
def _(n):
    body = """Dear Ms Hendricks,

thank you for calling our cyber hotline last night. Here is a summary of what
we agreed and what happens next.

Policyholder:  Lisa Hendricks, trading as "Nordlicht Wolle" (sole trader),
               Obergasse 3, 36251 Bad Hersfeld
Policy:        AC-58-0003301 (Cyber Basic, limit EUR 250,000)
Claim:         C-2026-000417

What happened: on 14 September your shop server was encrypted by ransomware;
a ransom note demands 0.4 BTC. Your shop software stores customers' names,
addresses and order histories (no card data – payments run through the
payment provider).

Next steps:
  1. Our incident response partner, SecuriNord, will contact you by 10:00
     today and take over forensics and restoration from backup. Please do
     not pay the ransom and do not switch the server off.
  2. Because customer data may have been accessed, a notification to the data
     protection authority (HBDI) may be required within 72 hours. Our
     panel lawyer, Dr. Vogt, will help you with it – costs are covered.
  3. Business interruption: please keep a note of lost orders from today.

Your deductible is EUR 1,000.

""" + sig(HASSELBACH, "en")
    return build(n, frm=HASSELBACH, to=("Lisa Hendricks", "hallo@nordlicht-wolle.example"),
                 subject="Cyber claim C-2026-000417 – next steps",
                 date="2026-09-15 08:12:40", body=body, headers=[OUTLOOK, ("Importance", "high")])


# ---------------------------------------------------------------- 0103
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker",
      "harmless body; XLSX large-claims report for a group scheme lists named members with diagnoses and amounts")
def _(n):
    rows = [["Kestrel Logistics Ltd – group health GH-INT-20418 – large claims > USD 10,000, 01/2026–08/2026"],
            ["Prepared for Harwick Lane under the scheme data-sharing agreement (member consent on file). Not for the employer."],
            [],
            ["Member no.", "Name", "Age", "Location", "Diagnosis", "ICD-10", "Setting", "Paid USD", "Status"],
            ["20418-0077", "Arjun Mehta", 42, "Dubai", "Cholelithiasis, cholecystectomy", "K80.2", "inpatient", 10480, "closed"],
            ["20418-0112", "Hannah Kowalski", 35, "Dubai", "Pregnancy, caesarean section", "O82", "inpatient", 14220, "closed"],
            ["20418-0031", "Omar Haddad", 57, "Abu Dhabi", "NSTEMI, PCI with 2 stents", "I21.4", "inpatient", 48900, "closed"],
            ["20418-0204", "Leila Farouk", 29, "Dubai", "Anorexia nervosa, day clinic", "F50.0", "day case", 12750, "open"],
            ["20418-0166", "Graham Bell", 61, "Dubai", "Prostate cancer, radiotherapy", "C61", "outpatient", 31400, "open"]]
    body = """Hi Tom,

as requested for the renewal discussion, the large-claims list for Kestrel
(attached). As per our agreement this is for you only – for Kestrel's HR
please use the aggregated report we sent on Monday.

""" + sig(BRANDT, "en")
    return build(n, frm=BRANDT, to=B_OKAFOR, subject="Kestrel – large claims listing (broker only)",
                 date="2026-09-10 12:44:02", body=body, headers=[OUTLOOK],
                 atts=[A_xlsx("Kestrel_GH-INT-20418_large_claims_2026-08.xlsx", [("Large claims", rows)],
                              author="Olivia Brandt")])


# ---------------------------------------------------------------- 0104
@mail("NORMAL", "de", "internal",
      "trap: staff health day invitation (blood donation, skin-cancer screening, back check) with calendar file, no person")
def _(n):
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Auental Versicherungsgruppe//Intranet//DE
METHOD:PUBLISH
BEGIN:VEVENT
UID:gesundheitstag-2026@auental.example
DTSTAMP:20260901T080000Z
DTSTART;VALUE=DATE:20260924
DTEND;VALUE=DATE:20260925
SUMMARY:Gesundheitstag 2026 – Foyer Haus A
LOCATION:Foyer Haus A und Betriebsrestaurant
DESCRIPTION:Blutspende DRK 9-15 Uhr\\, Hautkrebs-Screening (Anmeldung)\\,
  Rücken-Check\\, Grippeschutzimpfung durch den Betriebsarzt.
TRANSP:TRANSPARENT
END:VEVENT
END:VCALENDAR"""
    body = """Liebe Kolleginnen und Kollegen,

am Donnerstag, 24. September, ist wieder Gesundheitstag im Foyer Haus A:

  - Blutspende mit dem DRK (9–15 Uhr) – bitte Personalausweis mitbringen
    und vorher gut frühstücken
  - Hautkrebs-Screening durch eine Dermatologin (nur mit Anmeldung,
    10-Minuten-Slots im Intranet)
  - Rücken-Check und Haltungsanalyse mit unserem Betriebssport-Team
  - Grippeschutzimpfung durch den Betriebsarzt (ab 13 Uhr, Impfpass
    mitbringen)

Die Teilnahme ist Arbeitszeit. Ergebnisse der Untersuchungen erhalten nur Sie
selbst – der Arbeitgeber erfährt nichts davon.

Den Termin zum Eintragen in den Kalender finden Sie im Anhang.

""" + sig(FUCHS)
    return build(n, frm=FUCHS, to=("Alle Mitarbeitenden", "alle@" + D),
                 subject="Gesundheitstag am 24.09. – Blutspende, Hautcheck, Grippeimpfung",
                 date="2026-09-01 10:00:00", body=body, headers=[OUTLOOK],
                 atts=[A_ics("Gesundheitstag_2026.ics", ics, method="PUBLISH")])


# ---------------------------------------------------------------- 0105
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "builder's liability policy of a named private builder with site address, building sum and premium")
def _(n):
    body = """Hallo Frau und Herr Mayr,

schön, dass es mit dem Hausbau losgeht! Hier Ihr Angebot zur Bauherren-
haftpflicht, wie am Telefon besprochen:

  Bauherren:        Stefanie und Michael Mayr
  Baustelle:        Flurstück 211/4, Am Sonnenhang (Neubaugebiet),
                    36275 Kirchheim
  Bauvorhaben:      Einfamilienhaus mit Garage, Bausumme 420.000 EUR
  Bauweise:         Bauträger/Generalunternehmer (Fertighaus)
  Deckung:          10 Mio. EUR pauschal, Eigenleistungen bis 30.000 EUR
                    mitversichert
  Laufzeit:         ab Baubeginn bis Bezugsfertigkeit, max. 2 Jahre
  Einmalbeitrag:    187,00 EUR inkl. Versicherungssteuer

Als Antrag genügt Ihre Antwort "Ja, wir nehmen das Angebot an" mit dem
geplanten Baubeginn. Die Bauleistungsversicherung biete ich Ihnen gern
zusätzlich an – die schützt das Haus selbst während der Bauphase.

""" + sig(BRUECKNER)
    return build(n, frm=BRUECKNER, to=("Stefanie Mayr", "steffi.mayr@postfach24.example"),
                 subject="Ihr Angebot Bauherrenhaftpflicht",
                 date="2026-04-21 15:34:08", body=body, headers=[OUTLOOK])


# ---------------------------------------------------------------- 0106
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
      "child accident claim: dental injury (two front teeth), dentist's findings and accident benefit for the addressee's son")
def _(n):
    body = """Liebe Familie Rosenthal,

wir hoffen, Jonas geht es wieder besser! Zur Unfallmeldung vom 16.05. aus der
Kinderunfallversicherung AU-67-0022918 (versicherte Person: Jonas Rosenthal,
geb. 02.12.2016) teilen wir Ihnen mit:

Unfall am 14.05.2026 auf dem Schulhof (Sturz vom Klettergerüst).
Befund der Zahnarztpraxis Dr. Strack vom 15.05.2026:
  - Kronenfraktur Zahn 11 mit Pulpabeteiligung, Wurzelbehandlung eingeleitet
  - Lockerung Zahn 21 (Schienung für 4 Wochen)
  - Platzwunde Unterlippe, genäht

Leistungen aus dem Vertrag:
  Unfall-Zahnersatz (Tarifbaustein Kids Plus)
  lt. Heil- und Kostenplan, max. 5.000 EUR              zugesagt
  Schmerzensgeld/Sofortleistung bei Zahnverletzung     500,00 EUR

Die 500 Euro überweisen wir heute. Die endgültige Versorgung von Zahn 11
(voraussichtlich Krone nach Abschluss des Wachstums) bleibt für die Zukunft
zugesagt – bitte heben Sie dieses Schreiben auf. Da die Schule beteiligt war,
ist außerdem die gesetzliche Unfallkasse zuständig; wir stimmen uns mit ihr ab.

""" + sig(HAGEDORN, "de")
    return build(n, frm=HAGEDORN, to=("Familie Rosenthal", "rosenthal-familie@webmail.example"),
                 subject="Unfall von Jonas am 14.05. – Leistungsmitteilung",
                 date="2026-05-28 10:05:31", body=body, headers=[OUTLOOK])


# ---------------------------------------------------------------- 0107
@mail("NORMAL", "en", "insurer-to-supplier",
      "trap: print order for critical-illness and health brochures (cancer, heart attack, stroke in the product title), no person")
def _(n):
    body = """Dear Ms Nowak,

please go ahead with the print run as per your quote Q-26-0318:

  Item 1: "Critical Illness Cover – when cancer, heart attack or stroke
          change everything" – product brochure, A5, 16 pages, 4/4 colour,
          160 g matt, 5,000 copies (EN)
  Item 2: "Auental Global Care – health cover for expats" – 8 pages,
          3,000 copies (EN), 2,000 copies (DE)
  Item 3: claim form for medical expenses abroad, A4, 2 pages, pads of
          50, 400 pads

Final PDFs are on your upload server (folder AUENTAL_2026-09). Delivery to our
dispatch department, Haus C, by 2 October please. Invoice to Corporate
Communications, cost centre 8200, PO 4500127731.

""" + sig(GRELL)
    return build(n, frm=GRELL, to=("Ewa Nowak", "e.nowak@druck-holzapfel.example"),
                 subject="Print order PO 4500127731 – CI brochure, Global Care, claim forms",
                 date="2026-09-17 11:27:53", body=body, headers=[OUTLOOK])


# ---------------------------------------------------------------- 0108
@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "reply is just 'erledigt'; the quoted broker mail gives a named customer's new IBAN for his motor policy")
def _(n):
    body = """Erledigt, ab der Fälligkeit 01.10. wird vom neuen Konto abgebucht.

Gruß
I. Lankowski

-----Ursprüngliche Nachricht-----
Von: Mehmet Aydın <m.aydin@finanzkontor-wetterau.example>
Gesendet: Dienstag, 15. September 2026 09:12
An: Lankowski, Ines <ines.lankowski@auental.example>
Betreff: Bankverbindung ändern

Hallo Frau Lankowski,

bitte bei meinem Kunden Krzysztof Pawlak (Kfz AK-61-5188204 und Hausrat
AS-40-2301277) die Bankverbidnung ändern, das SEPA-Mandat hat er mir
unterschrieben, ich lade es im Portal hoch:

neu: """ + iban("DE", "51850079" + "0027443190") + """ (Sparkasse Oberhessen)
Kontoinhaber: Krzysztof Pawlak

Danke + Gruß
Mehmet Aydın
"""
    return build(n, frm=LANKOWSKI, to=B_AYDIN, subject="AW: Bankverbindung ändern",
                 date="2026-09-15 11:40:26", body=body, headers=[OUTLOOK],
                 in_reply_to="<7e1a0c22b3@finanzkontor-wetterau.example>")

# ---------------------------------------------------------------- 0109
@mail("NORMAL", "de", "insurer-to-company",
      "trap: company health insurance offer with premiums per age band and benefit list (dental, inpatient), no employee data")
def _(n):
    body = """Sehr geehrter Herr Dr. Seibert,

vielen Dank für das nette Gespräch auf der Unternehmermesse. Wie versprochen
unser unverbindliches Angebot für eine betriebliche Krankenversicherung (bKV)
für die rund 120 Mitarbeitenden der Seibert Präzisionstechnik GmbH.

Bausteine (frei kombinierbar, ohne Gesundheitsprüfung ab 10 Personen)

  Zahn 90        90 % für Zahnersatz, Implantate, PZR bis 150 EUR/Jahr
  Stationär      Chefarzt und Zweibettzimmer im Krankenhaus
  Vorsorge       Check-ups, Hautkrebs-Screening, Impfungen, 300 EUR/Jahr
  Budget 600     600 EUR Gesundheitsbudget für Brille, Heilpraktiker,
                 Physiotherapie, Arzneimittel

Monatsbeiträge pro Person (Einheitsbeitrag oder nach Altersgruppen)

  Baustein        bis 39 J.   40–54 J.   ab 55 J.   Einheitsbeitrag
  Zahn 90           14,20      19,80      24,10         18,90
  Stationär          9,90      16,40      27,30         16,80
  Vorsorge           4,50       4,50       4,50          4,50
  Budget 600        29,00      29,00      29,00         29,00

Bis 50 EUR im Monat ist die bKV als Sachbezug steuer- und sozialabgabenfrei.
Für das konkrete Angebot brauchen wir nur die Anzahl der Mitarbeitenden je
Altersgruppe – keine Namen.

""" + sig(ADEYEMI, "de")
    return build(n, frm=ADEYEMI, to=("Dr. Martin Seibert", "m.seibert@seibert-praezision.example"),
                 subject="Ihr bKV-Angebot – Seibert Präzisionstechnik",
                 date="2026-03-26 16:20:39", body=body, headers=[OUTLOOK])


# ---------------------------------------------------------------- 0110
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "expat health customer's pregnancy: maternity cover, due date, prenatal screening and planned hospital birth")
def _(n):
    body = """Dear Mrs Sørensen,

congratulations on your pregnancy! Thank you for letting us know so early.
Here's how your cover works (policy KV 7 410 225 31, Auental Global Care Gold,
insured since 1 March 2025):

  - Your waiting period for maternity benefits (10 months) ended on
    1 January 2026, so the pregnancy is fully covered.
  - Expected date of delivery: 14 February 2027 (per your gynaecologist,
    Dr. Haller, Frankfurt).
  - Prenatal care: all check-ups and ultrasounds are covered at 100 %. The
    non-invasive prenatal test (NIPT) that Dr. Haller recommended because of
    your age (38) is covered as well.
  - Birth: we cover the hospital birth at Bürgerhospital Frankfurt in a
    private room, including a caesarean section if medically needed.
  - Your baby can be added to your policy from birth without health
    questions if you tell us within two months.

Please send us the hospital's cost estimate a few weeks before the due date
so that we can issue a direct-billing guarantee.

""" + sig(WHITFIELD, "en")
    return build(n, frm=WHITFIELD, to=("Mette Sørensen", "mette.sorensen@webmail.example"),
                 subject="Your pregnancy – what your Global Care policy covers",
                 date="2026-07-29 14:52:26", body=body, headers=[OUTLOOK])


# ---------------------------------------------------------------- 0111
@mail("NORMAL", "de", "insurer-to-broker",
      "trap: reply to a broker about a rejected upload file, explains the CSV format; the quoted mail contains no customer data")
def _(n):
    body = """Hallo Frau Hinrichsen,

die Datei wurde abgelehnt, weil sie im falschen Format ankam – nicht wegen des
Inhalts. Drei Punkte:

1. Trennzeichen muss das Semikolon sein, nicht das Komma.
2. Zeichensatz UTF-8 (Ihre Datei war in Mac Roman, daher die kaputten
   Umlaute in der Fehlermeldung).
3. Die Kopfzeile muss exakt so lauten:
   Vertragsnummer;Sparte;Aenderungsart;Gueltig_ab;Wert_neu

Eine leere Vorlage finden Sie im Portal unter Downloads > Massenänderungen.
Bitte laden Sie die korrigierte Datei einfach erneut hoch; Sie müssen sie uns
nicht zusätzlich mailen.

""" + sig(LANKOWSKI, "de") + """

> Von: Fenja Hinrichsen <fenja.hinrichsen@nordlicht-pool.example>
> Gesendet: Montag, 21. September 2026 15:48
> Betreff: Upload Massenänderung abgelehnt
>
> Hallo,
>
> unser Upload von heute Mittag (Massenänderung Zahlweise, 46 Verträge) wurde
> mit "Fehler 3012 – Format ungültig" abgelehnt. Was ist falsch? Wir haben die
> Datei wie immer aus dem MVP exportiert.
>
> Gruß Fenja Hinrichsen
> Nordlicht Vorsorge Maklerpool AG
"""
    return build(n, frm=LANKOWSKI, to=("Fenja Hinrichsen", "fenja.hinrichsen@nordlicht-pool.example"),
                 subject="AW: Upload Massenänderung abgelehnt",
                 date="2026-09-22 09:14:57", body=body, headers=[OUTLOOK],
                 in_reply_to="<f2c81d@nordlicht-pool.example>")


# ---------------------------------------------------------------- 0112
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "motor claim of a named UK driver in Germany: plates, other party, claim number; no injuries")
def _(n):
    body = """Dear Mr Pritchard,

thank you for reporting the accident. I have opened a third-party claim on
behalf of our policyholder, whose van reversed into your car on 3 October
in the car park next to the Stiftsruine festival site.

  Our claim number:   K-2026-071552
  Our policyholder:   Hoch- und Tiefbau Wenzel GmbH, van HEF-WB 318
  Your vehicle:       Land Rover Discovery, UK registration GX19 TPR
  Damage:             rear bumper, tailgate, parking sensor
  Injuries:           none reported

As your car is registered in the UK, please send us:
  1. a repair estimate from a German or UK garage (photos are fine for a
     first assessment),
  2. your V5C registration document (copy),
  3. the bank account for the payment – a UK account is no problem.

Liability is accepted in full; our driver confirmed he didn't see your car.

""" + sig(WHITFIELD, "en")
    return build(n, frm=WHITFIELD, to=("Gareth Pritchard", "g.pritchard@fastmail-private.example"),
                 subject="Your car damage in Bad Hersfeld – claim K-2026-071552",
                 date="2026-10-06 10:34:11", body=body, headers=[OUTLOOK])


# ---------------------------------------------------------------- 0113
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
      "beneficiary change on a broker client's life policy (named insured, new beneficiary); personal line, no medical words")
def _(n):
    body = """Sehr geehrter Herr Brenninkamp,

die Änderung des Bezugsrechts für Ihren Kunden ist eingetragen:

  Vertrag:               AL-80-0098211 (Fondsgebundene Rentenversicherung
                         mit Todesfallschutz)
  Versicherte Person:    Dr. Georg Lammert, geb. 08.01.1964
  Bezugsrecht Todesfall: bisher Frau Karin Lammert (geschiedene Ehefrau)
                         neu: Frau Aurelia Brandt-Lammert, geb. 27.06.1975,
                         widerruflich, 100 %
  wirksam ab:            Eingang der Erklärung am 18.09.2026

Das Erlebensfall-Bezugsrecht bleibt beim Versicherungsnehmer. Ein Nachtrag zum
Versicherungsschein geht per Post an Herrn Dr. Lammert.

Hinweis: Die bisher im Scheidungsfolgenvereinbarung genannte Abtretung an
Frau Karin Lammert ist nach unseren Unterlagen am 30.06.2026 freigegeben
worden; sollte es dazu noch Absprachen geben, bitten wir um Information.

""" + sig(RAAB, "de")
    return build(n, frm=RAAB, to=B_BRENNINKAMP, subject="Bezugsrechtsänderung AL-80-0098211 – Dr. Lammert",
                 date="2026-09-24 12:08:44", body=body, headers=[OUTLOOK])


# ---------------------------------------------------------------- 0114
@mail("NORMAL", "en", "internal",
      "trap: anonymised underwriting case studies (age band, conditions, decisions) for training, no identifiable applicant")
def _(n):
    body = """Hi team,

for Thursday's underwriting circle, three anonymised cases from Q3. Please
don't try to look them up – names, dates and places have been removed or
changed, and the ages are given in bands.

Case A – male, 40–44, office worker, Global Care Silver
  Hypertension since 2020, well controlled on one drug, BP 132/84.
  Decision: standard terms. Discussion point: do we still ask for a
  current BP reading below age 50?

Case B – female, 30–34, teacher, income protection (individual)
  Two episodes of depression (2017, 2022), both outpatient, no medication
  since 2023, working full time.
  Decision: exclusion of mental disorders for 5 years, then review.
  Discussion point: the broker argued for a loading instead of an exclusion.

Case C – male, 55–59, engineer, term life EUR 750,000
  Type 2 diabetes on metformin, HbA1c 6.8 %, BMI 31, non-smoker.
  Decision: +75 %. Reinsurer would have accepted +50 %.

Bring your views on B especially – I think we're too strict there.

Olivia

""" + sig(BRANDT)
    return build(n, frm=BRANDT, to=("UW circle", "uw-circle@" + D),
                 subject="Underwriting circle Thu – 3 anonymised cases",
                 date="2026-10-13 16:31:05", body=body, headers=[OUTLOOK])


# ---------------------------------------------------------------- 0115
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "rent-deposit guarantee for a named tenant requires income proof; salary figure and landlord named")
def _(n):
    body = """Hallo Herr Demir,

danke für Ihren Antrag auf eine Mietkautionsbürgschaft. Damit wir die
Bürgschaft ausstellen können, brauche ich noch einen Nachweis zu Ihrem
Einkommen.

Sie haben im Antrag angegeben:
  Nettoeinkommen monatlich:  2.340 EUR (unbefristet angestellt seit 2019)
  Kaltmiete:                   780 EUR
  Kaution (3 Kaltmieten):    2.340 EUR
  Vermieterin:               Wohnungsbau Hersfeld eG, Wohnung Johannesstraße 9

Bitte schicken Sie uns die letzten drei Gehaltsabrechnungen (Kopie oder
Foto genügt). Sobald sie da sind, geht die Bürgschaftsurkunde innerhalb von
zwei Tagen direkt an die Vermieterin. Ihr Jahresbeitrag beträgt 4,9 % der
Kaution, also 114,66 EUR.

""" + sig(BRUECKNER)
    return build(n, frm=BRUECKNER, to=("Kemal Demir", "kemal.demir@mailhaus.example"),
                 subject="Ihre Mietkautionsbürgschaft – Einkommensnachweis fehlt",
                 date="2026-10-01 14:27:12", body=body, headers=[OUTLOOK])


# ---------------------------------------------------------------- 0116
@mail("NORMAL", "en", "insurer-to-partner",
      "trap: hospital network agreement with a Spanish clinic: fee schedule for procedures and room rates, no patient")
def _(n):
    rows = [["Clínica Costa Blanca – Auental direct billing fee schedule 2027 (EUR)"],
            ["Code", "Service", "Flat fee", "Notes"],
            ["CCB-01", "Emergency room visit incl. basic lab", 240, ""],
            ["CCB-04", "CT head / chest / abdomen", 310, "per region"],
            ["CCB-11", "Appendectomy (laparoscopic), 2 nights", 6200, "all-inclusive"],
            ["CCB-15", "Hip fracture – hemiarthroplasty, 6 nights", 14800, "implant included"],
            ["CCB-22", "Cardiac catheter, diagnostic", 2900, ""],
            ["CCB-23", "PCI with 1 stent, 2 nights", 9400, "each additional stent +1,100"],
            ["CCB-30", "Private room per night", 390, ""],
            ["CCB-31", "ICU per day", 1650, ""]]
    body = """Dear Dr. Ortega,

thank you for the constructive meeting in Alicante. Attached is the fee
schedule as agreed for 2027, with the two changes you asked for (PCI and ICU
rates). If this matches your understanding, we'll prepare the amendment to the
direct billing agreement for signature.

As before, guarantees of payment will be issued by our assistance partner
Bluecrest; invoices go to them with the guarantee number.

""" + sig(ZIELINSKI, "en")
    return build(n, frm=ZIELINSKI, to=("Dr. Elena Ortega", "e.ortega@clinica-costablanca.example"),
                 subject="Direct billing fee schedule 2027",
                 date="2026-10-20 12:02:48", body=body, headers=[OUTLOOK],
                 atts=[A_xlsx("CCB_fee_schedule_2027.xlsx", [("Fees", rows)], author="Mariusz Zielinski")])


# ---------------------------------------------------------------- 0117
@mail("STRICTLY_CONFIDENTIAL", "de", "internal",
      "reintegration management (BEM) for a named employee after cancer treatment, with medical restrictions")
def _(n):
    body = """Liebe Frau Sander, lieber Herr Thon,

zur Vorbereitung des BEM-Gesprächs am Dienstag:

Mitarbeiterin:   Ulrike Haberland, Kundenservice, Personalnummer 18842
AU-Zeiten:       seit 02.02.2026 durchgehend (bisher 33 Wochen)
Hintergrund:     Frau Haberland hat mir im Vorgespräch erlaubt, Ihnen
                 mitzuteilen, dass sie wegen einer Darmkrebserkrankung operiert
                 wurde und bis August eine Chemotherapie hatte. Sie fühlt sich
                 noch schnell erschöpft (Fatigue) und hat Taubheitsgefühle in
                 den Fingern (Polyneuropathie nach Chemo).
Wunsch:          stufenweise Wiedereingliederung ab 19.10. (4 Std./Tag für
                 3 Wochen, dann 6 Std.), Arbeitsplatz mit Headset und großer
                 Tastatur, kein Telefon-Spätdienst in den ersten drei Monaten.

Der Wiedereingliederungsplan der Hausärztin liegt mir vor. Bitte behandeln
Sie die Informationen streng vertraulich; die Führungskraft erfährt nur die
organisatorischen Punkte (Arbeitszeit, Arbeitsplatz), nicht die Diagnose.

""" + sig(FUCHS)
    return build(n, frm=FUCHS, to=[("Petra Sander (BEM-Team)", "bem@" + D), ("Henning Thon (Betriebsrat)", "henning.thon@" + D)],
                 subject="[streng vertraulich] BEM-Gespräch Di 13.10. – Vorbereitung",
                 date="2026-10-08 17:15:40", body=body, headers=[OUTLOOK, ("Sensitivity", "Company-Confidential")])


# ---------------------------------------------------------------- 0118
@mail("CONFIDENTIAL", "en", "insurer-to-broker",
      "yacht insurance quote for a broker's named private client with date of birth, vessel and mooring")
def _(n):
    body = """Hi Tom,

here are our terms for your client's yacht – apologies it took a week, our
marine underwriter wanted the survey first.

  Owner:           Mr Richard Ellison, DOB 11/05/1966, London
  Vessel:          "Blue Heron", Hallberg-Rassy 40C, built 2018,
                   hull no. SE-HRY40112F818
  Mooring:         Marina Kiel-Schilksee, berth C-14 (summer),
                   winter storage ashore at Bootswerft Holm
  Navigation:      Baltic Sea and North Sea, 1 April – 31 October
  Agreed value:    EUR 385,000
  Deductible:      EUR 1,500 (hull), EUR 0 (liability)
  Liability:       EUR 10 m
  Premium:         EUR 3,660 p.a. incl. 19 % insurance tax

Skipper experience declared: RYA Yachtmaster Offshore, 25 years sailing, no
claims in the last five years. Cover can start on 1 November.

""" + sig(NUNES, "en")
    return build(n, frm=NUNES, to=B_OKAFOR, subject="Yacht quote – Blue Heron (Ellison)",
                 date="2026-10-15 15:48:02", body=body, headers=[OUTLOOK])


# ---------------------------------------------------------------- 0119
@mail("NORMAL", "de", "insurer-to-partner",
      "trap: statistical reporting to the association: claims counts and benefits by line incl. health and BU, aggregate")
def _(n):
    rows = [["Meldebogen Verbandsstatistik 2025 – Auental Versicherungsgruppe (Mitglieds-Nr. 0471)"],
            ["Sparte", "Anzahl Verträge", "gebuchte Beiträge TEUR", "Leistungen/Schäden Anzahl", "Leistungen/Schäden TEUR"],
            ["Krankenvoll", 41870, 268400, 512300, 191200],
            ["Krankenzusatz (inkl. Zahn, Pflege)", 188200, 96100, 244900, 61800],
            ["BU/EU (selbständig + Zusatz)", 96410, 118300, 342, 41900],
            ["Risikoleben", 122700, 48200, 188, 19600],
            ["Unfall", 143900, 40100, 6110, 27400],
            ["Kfz", 311200, 402800, 69800, 318700],
            ["Wohngebäude", 102300, 131500, 21400, 104300],
            ["Hausrat / PHV", 402100, 98900, 24800, 41200]]
    body = """Sehr geehrte Frau Lenz,

anbei unser Meldebogen für die Verbandsstatistik 2025. Es handelt sich um
Summenwerte je Sparte; Einzelverträge oder Leistungsfälle sind nicht
enthalten.

Hinweis zur BU: Die Zahl der Leistungsfälle bezieht sich auf neu
anerkannte Fälle 2025, die Leistungssumme auf alle laufenden Renten.

""" + sig(LINDQVIST, "de")
    return build(n, frm=LINDQVIST, to=("Monika Lenz", "statistik@versichererverband-hessen.example"),
                 subject="Verbandsstatistik 2025 – Meldebogen Auental (0471)",
                 date="2026-04-30 11:55:22", body=body, headers=[OUTLOOK],
                 atts=[A_xlsx("Verbandsstatistik_2025_Auental_0471.xlsx", [("Meldebogen", rows)],
                              author="Carla Lindqvist")])


# ---------------------------------------------------------------- 0120
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
      "policy-loan and surrender values of a broker's named client's endowment policy (life line); base64-encoded body")
def _(n):
    body = """Liebe Frau Ebersbach,

zu Ihrer Anfrage für Ihren Kunden Herrn Reinhold Schaub (Kapitallebens-
versicherung AL-80-0054417, Beginn 01.12.2004, Ablauf 01.12.2029):

  Rückkaufswert zum 01.11.2026:               38.922,15 EUR
  davon garantiert:                            34.110,00 EUR
  Überschussanteile:                            4.812,15 EUR
  Abzug bei Kündigung (Stornoabzug):                0,00 EUR (nach 20 Jahren)

  Policendarlehen möglich bis:                 34.000,00 EUR
  Zinssatz (fest, 12 Monate):                      4,25 % p.a.

Herr Schaub sagte am Telefon, er brauche das Geld für die Sanierung seines
Dachs und möchte nicht kündigen. Das Policendarlehen wäre dann sicher die
bessere Lösung: der Versicherungsschutz bleibt, die Überschüsse laufen weiter,
und das Darlehen wird mit der Ablaufleistung 2029 verrechnet.

Den Darlehensantrag schicke ich ihm gern direkt zu, wenn Sie mir Bescheid
geben.

""" + sig(RAAB, "de")
    return build(n, frm=RAAB, to=B_EBERSBACH, subject="AW: Rückkaufswert / Policendarlehen Schaub AL-80-0054417",
                 date="2026-10-22 09:47:30", body=body, cte="base64", headers=[OUTLOOK])

# ---------------------------------------------------------------- 0121
@mail("NORMAL", "de", "internal",
      "staff survey results by division, aggregate percentages only")
def _(n):
    body = """Liebe Kolleginnen und Kollegen,

vielen Dank an alle 1.612 Teilnehmenden der Mitarbeiterbefragung 2026 – das
ist eine Quote von 77 %, so hoch wie nie.

Die wichtigsten Ergebnisse (Zustimmung "trifft zu / trifft eher zu"):

                                          2024     2026
  Ich arbeite gern bei Auental.            78 %     81 %
  Meine Arbeitsbelastung ist angemessen.   52 %     49 %
  Ich fühle mich gut informiert.           61 %     68 %
  Mobiles Arbeiten funktioniert gut.       84 %     88 %
  Ich würde Auental als Arbeitgeber
  weiterempfehlen.                         66 %     71 %

Die Belastung ist das Thema, das uns am meisten beschäftigt – besonders in
den Leistungsabteilungen und im Kundenservice. Dort starten im November
Workshops mit den Teams.

Die Ergebnisse Ihrer eigenen Abteilung erhalten Sie über Ihre Führungskraft;
Auswertungen für Gruppen unter 10 Personen gibt es nicht.

Ihr Vorstand und die Personalabteilung

""" + sig(FUCHS)
    return build(n, frm=FUCHS, to=("Alle Mitarbeitenden", "alle@" + D),
                 subject="Ergebnisse der Mitarbeiterbefragung 2026",
                 date="2026-10-27 09:00:00", body=body, headers=[OUTLOOK])


# ---------------------------------------------------------------- 0122
@mail("CONFIDENTIAL", "en", "insurer-to-partner",
      "rejected payment file sent to the bank: CSV of named claimants (property claims) with their IBANs and amounts")
def _(n):
    rows = [["EndToEndId", "Creditor name", "Creditor IBAN", "Amount EUR", "Remittance", "Reject code"],
            ["S2026058817", "Florian Sauer", iban("DE", "53250000" + "0040177623", grouped=False), "486.50", "Glasschaden S-2026-058817", "AC04"],
            ["S2026061102", "Henrike Vogel", iban("DE", "52060410" + "0006155840", grouped=False), "1210.00", "Hausrat S-2026-061102", "AC04"],
            ["K2026071552", "Gareth Pritchard", iban("GB", "BARC" + "20051773542118", grouped=False), "2840.15", "Claim K-2026-071552", "RC01"],
            ["S2026059930", "Mustafa Erdem", iban("DE", "50010517" + "5527840113", grouped=False), "355.80", "Fahrrad S-2026-059930", "AC04"]]
    body = """Dear Payment Services team,

our SEPA credit transfer file AUE-CT-20261028-02 (msg id
AUEPAY202610280002) was partly rejected this morning: 4 of 318 transactions,
see attached extract. Three have reason code AC04 (account closed) and one
RC01 (BIC incorrect – a UK account routed via SEPA).

Could you please confirm:
1. that AC04 is the code returned by the receiving banks and not a
   validation issue on your side (we checked all IBANs before sending and
   they were valid);
2. for the UK transaction: whether we should resend it as a SWIFT payment
   from our EUR account, or whether you can reroute it.

The file contains claimants' bank details; please handle it accordingly and
delete it after the investigation.

""" + sig(MAHLOW)
    return build(n, frm=MAHLOW, to=("Helaba Payment Services", "payment-services@helaba-corporate.example"),
                 subject="Partial reject of SCT file AUE-CT-20261028-02",
                 date="2026-10-28 11:18:37", body=body, headers=[OUTLOOK],
                 atts=[A_csv("rejects_AUE-CT-20261028-02.csv", rows, delimiter=",")])


# ---------------------------------------------------------------- 0123
@mail("NORMAL", "en", "internal",
      "trap: IT ticket about the broker portal rejecting large uploads of medical reports; no document, no person")
def _(n):
    body = """Ticket INC-2026-11873 – Priority 2 – assigned: Web Platforms

Summary
Broker portal: uploads above 20 MB fail with HTTP 413. Affected mostly
brokers uploading scanned medical reports and hospital discharge letters for
disability and health claims (multi-page scans at 600 dpi).

Impact
Since the release on 5 October, 37 failed uploads logged from 14 broker firms.
Brokers then fall back to sending documents by e-mail, which our data
protection officer wants to avoid.

Analysis
The reverse proxy limit (client_max_body_size) was reset to the default of
20m by the release pipeline. The application itself accepts 100 MB.

Actions
  - Hotfix: proxy limit back to 100m (change CHG-2026-2291, tonight 22:00)
  - Portal: show a clear message instead of a blank error page
  - Broker services: inform the affected brokers that they can retry
    tomorrow (list of firms attached to the ticket, no customer data)

""" + sig(KETTLER)
    return build(n, frm=SERVICEDESK, to=[("Web Platforms", "webplatforms@" + D), NUNES, VOLLMER],
                 subject="[INC-2026-11873] Broker portal: uploads > 20 MB fail (HTTP 413)",
                 date="2026-10-12 14:09:26", body=body, headers=[("X-Mailer", "ServiceNow")])


# ---------------------------------------------------------------- 0124
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-doctor",
      "request to a Dubai physician for a named member's medical report (back surgery, MRI, fitness to work)")
def _(n):
    body = """Dear Dr. Rahman,

we are the health insurer of your patient, Mr Omar Haddad (born 23/01/1969,
member no. 20418-0031, Kestrel Logistics group scheme). Mr Haddad has asked us
to cover a planned lumbar spinal fusion (L4/L5) at your hospital in November.

Before we can issue a guarantee of payment, our medical officer needs:

  1. your clinical report, including the history of his back pain, previous
     conservative treatment (physiotherapy, injections) and its results;
  2. the MRI report (we understand an MRI was done on 2 October);
  3. the indication for fusion rather than decompression alone;
  4. the planned length of stay and the estimated costs.

Mr Haddad also had coronary stenting earlier this year; please include the
cardiologist's clearance for surgery.

Mr Haddad has signed a medical information release for this request (copy
attached to our secure message in your hospital's provider portal). Please
reply through the provider portal, not by e-mail.

""" + sig(BRANDT, "en")
    return build(n, frm=BRANDT, to=("Dr. Faisal Rahman", "f.rahman@gulfspine-hospital.example"),
                 subject="Medical report request – Mr Omar Haddad, member 20418-0031",
                 date="2026-10-09 10:26:15", body=body, headers=[OUTLOOK])


# ---------------------------------------------------------------- 0125
@mail("NORMAL", "de", "insurer-to-broker",
      "announcement of a new broker account manager and changed responsibilities, no customer data")
def _(n):
    body = """Liebe Maklerpartnerinnen und Maklerpartner in Nord- und Osthessen,

ab 1. November bekommen Sie Verstärkung: Frau Lena Kostka, bisher Assistenz im
Maklervertrieb, übernimmt als Maklerbetreuerin die Region Nordhessen
(Postleitzahlen 34xxx). Ich konzentriere mich dann auf Osthessen und
Mittelhessen (35xxx, 36xxx).

Ihre Ansprechpartner ab 01.11.:
  - Region 34xxx:        Lena Kostka, 06621 88-4301
  - Regionen 35/36xxx:   Katrin Vollmer, 06621 88-4312
  - Antrag & Bestand:    Ines Lankowski, 06621 88-4331 (unverändert)

An Ihren Zugängen zum Maklerportal, den Courtagevereinbarungen und den
Bestandsrechten ändert sich nichts.

Wir freuen uns auf die weitere Zusammenarbeit!

""" + sig(VOLLMER, "de")
    return build(n, frm=VOLLMER, to=("Maklerverteiler Hessen", "maklerinfo-hessen@" + D),
                 subject="Neue Maklerbetreuung Nordhessen ab 01.11.",
                 date="2026-10-19 08:45:00", body=body, headers=[OUTLOOK, ("Precedence", "bulk")])


# ---------------------------------------------------------------- 0126
@mail("CONFIDENTIAL", "en", "insurer-to-broker",
      "harmless body; CSV of named business travellers with dates of birth and passport nationality for group travel cover")
def _(n):
    rows = [["Traveller", "Date of birth", "Nationality", "Trip", "From", "To", "Cover"],
            ["Emma Thornton", "1988-03-14", "GB", "Frankfurt - Singapore - Jakarta", "2026-11-09", "2026-11-27", "Business travel Plus"],
            ["Sebastian Vogt", "1979-12-02", "DE", "Frankfurt - Singapore", "2026-11-09", "2026-11-20", "Business travel Plus"],
            ["Aditya Rao", "1991-07-30", "IN", "Frankfurt - Jakarta", "2026-11-15", "2026-11-27", "Business travel Plus"],
            ["Marie Lefebvre", "1984-05-19", "FR", "Frankfurt - Singapore", "2026-11-16", "2026-11-22", "Business travel Basic"]]
    body = """Hi Fiona,

cover is confirmed for Northgate Engineering's Asia trip under the business
travel policy BT-2025-0077 (baggage, trip cancellation, personal liability
abroad, travel delay). Attached is the traveller list as registered with us –
please check names and dates of birth against the passports, since the
certificates for the Indonesian visa are issued on that basis.

Travel medical expenses are not part of this policy; the travellers are
covered through Northgate's group health scheme.

""" + sig(NUNES, "en")
    return build(n, frm=NUNES, to=B_MCALLISTER, subject="Northgate – Asia trip November – travellers registered",
                 date="2026-11-03 13:06:47", body=body, headers=[OUTLOOK],
                 atts=[A_csv("Northgate_BT-2025-0077_travellers_2026-11.csv", rows, delimiter=",")])


# ---------------------------------------------------------------- 0127
@mail("CONFIDENTIAL", "de", "insurer-to-customer",
      "dog-owner liability claim: named customer's dog injured a neighbour's dog (vet costs); animal, no human injury")
def _(n):
    body = """Guten Tag Frau Kuhn,

zum Vorfall vom 11.10. auf der Hundewiese am Fuldaufer: Ihr Hund Balu (Labrador-
Mischling) hat laut Ihrer Schilderung und der Aussage der Halterin, Frau
Petra Nolte, deren Dackel Fritz in den Hinterlauf gebissen. Menschen wurden
nicht verletzt.

  Vertrag:     AS-43-0051208 (Hundehalterhaftpflicht)
  Schaden:     H-2026-011640

Frau Nolte hat uns die Rechnung der Tierarztpraxis Am Stift über 412,80 EUR
(Wundversorgung, Antibiotikum, Nachkontrolle) geschickt. Wir regulieren das
direkt mit ihr; Sie müssen nichts weiter tun. Eine Selbstbeteiligung ist in
Ihrem Vertrag nicht vereinbart.

Bitte melden Sie sich, falls Frau Nolte Sie direkt wegen weiterer Forderungen
anspricht.

""" + sig(IMHOF, "de")
    return build(n, frm=IMHOF, to=("Simone Kuhn", "simone.kuhn@fernpost.example"),
                 subject="Ihr Haftpflichtschaden H-2026-011640 (Hundebiss)",
                 date="2026-10-16 11:43:18", body=body, headers=[OUTLOOK])


# ---------------------------------------------------------------- 0128
@mail("NORMAL", "de", "internal",
      "trap: monthly motor-claims KPIs incl. counts of bodily-injury claims and large losses by age band, aggregate only")
def _(n):
    body = """Hallo zusammen,

die Kfz-Schadenkennzahlen für September:

  Neu gemeldete Schäden              5.812   (Vorjahr 5.540)
   davon Haftpflicht                 2.104
   davon mit Personenschaden           219   (3,8 %)
   davon Kasko                       3.708   (Wild 611, Glas 1.170)
  Durchschnittsaufwand KH-Sachschaden 4.180 EUR  (+6 %)
  Durchschnittsaufwand Personenschaden 18.900 EUR
  Schadenquote kumuliert              97,4 %
  Durchlaufzeit Kasko (Median)        11 Tage

Großschäden über 250.000 EUR seit Jahresbeginn: 4 (Vorjahr: 6), alle mit
schweren Personenschäden. Einzelheiten bitte nur im Großschadenausschuss.

Die Kennzahlen gehen morgen auch an den Vorstand.

""" + sig(WOJCIK)
    return build(n, frm=WOJCIK, to=("Kfz-Schaden Führungskreis", "kfz-fk@" + D),
                 subject="Kfz-Schaden KPIs 09/2026",
                 date="2026-10-05 17:02:55", body=body, headers=[OUTLOOK])


# ---------------------------------------------------------------- 0129
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
      "reply to a dentist about a named patient's treatment plan (implants, periodontitis), reimbursement decision")
def _(n):
    body = """Sehr geehrte Frau Dr. Strack,

vielen Dank für den Heil- und Kostenplan vom 02.10.2026 für unseren
Versicherten Herrn Thorsten Ackermann (geb. 27.02.1971, KV 7 266 019 48,
Tarif Zahn 90). Nach Prüfung durch unseren beratenden Zahnarzt:

  Regio 14, 15: zwei Implantate mit Kronen               erstattungsfähig
  Regio 26: Implantat mit Sinuslift                      erstattungsfähig
  Regio 36: Brücke 35–37                                 erstattungsfähig
  Vorbehandlung: systematische Parodontitistherapie
  (Stadium III, Grad B) mit unterstützender PAR-Therapie erstattungsfähig

Hinweis: Die GOZ-Position 9100 (Knochenaufbau) ist dreimal angesetzt, der
Befund beschreibt aber nur für Regio 26 ein unzureichendes Knochenangebot.
Für Regio 14/15 bitten wir um eine kurze Begründung bzw. das DVT.

Wir bestätigen Herrn Ackermann die Erstattung von 90 % der Kosten von
voraussichtlich 11.860 EUR unter dem genannten Vorbehalt.

""" + sig(KREUZER, "de")
    return build(n, frm=KREUZER, to=("Zahnarztpraxis Dr. Strack", "praxis@zahnarzt-strack.example"),
                 subject="HKP vom 02.10.2026 – Ackermann, Thorsten",
                 date="2026-10-14 15:31:20", body=body, headers=[OUTLOOK])


# ---------------------------------------------------------------- 0130
@mail("NORMAL", "en", "insurer-to-partner",
      "trap: reinsurance treaty wording changes (large-loss notification thresholds, pandemic clause), no individual case")
def _(n):
    body = """Dear Sarah,

our comments on the draft 2027 wording for the life/BU quota share:

1. Art. 9 (notification of large claims): we agree to notify individual
   claims above EUR 500,000 within 30 days, but not every BU claim with a
   mental-health diagnosis as proposed – that would be around a third of
   all new claims and not practicable. We suggest a quarterly aggregated
   report by ICD chapter instead.

2. Art. 14 (pandemic clause): the 60-day event window is fine. Please add
   that vaccination-related claims are not treated as a separate event.

3. Art. 21 (data protection): we'll transmit personal data of insured
   persons only where needed for a facultative decision or a large claim,
   pseudonymised wherever possible, and via the encrypted exchange. Please
   confirm Meridian's retention period for such data.

Happy to discuss on our call on Thursday.

""" + sig(AURICH, "en")
    return build(n, frm=AURICH, to=("Sarah Lindgren", "sarah.lindgren@meridian-re.example"),
                 subject="QS 2027 – comments on draft wording",
                 date="2026-10-21 16:12:09", body=body, headers=[OUTLOOK])


# ---------------------------------------------------------------- 0131
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "liability claim: the named customer's child broke a neighbour's window; policy, claim, addresses, glazier invoice")
def _(n):
    body = """Dear Mrs Kowalczyk-Baird,

thanks for the photos and the glazier's invoice. Children and footballs – it
happens! We've handled it under your family liability policy:

  Policy:        AS-43-0067720 (private liability, family)
  Claim:         H-2026-012244
  Incident:      8 October 2026, your son Liam (9) kicked a ball through the
                 kitchen window of your neighbours, Mr and Mrs Schepp,
                 Im Wiesengrund 12, Hünfeld
  Invoice:       Glaserei Lotz, double glazing incl. fitting, EUR 618.40

Although children under ten are not legally liable in Germany, your policy
includes cover for damage caused by children who are not yet liable
("deliktsunfähige Kinder"), so we pay the neighbours directly. No deductible
applies and your premium won't change.

""" + sig(WHITFIELD, "en")
    return build(n, frm=WHITFIELD, to=("Joanna Kowalczyk-Baird", "jkbaird@outlook-privat.example"),
                 subject="Claim H-2026-012244 – window at your neighbours'",
                 date="2026-10-19 12:20:35", body=body, headers=[OUTLOOK])


# ---------------------------------------------------------------- 0132
@mail("NORMAL", "de", "insurer-to-agency",
      "agency office move: new address, phone numbers and IT set-up; no customer data")
def _(n):
    body = """Hallo Herr Demirci,

für den Umzug Ihrer Agentur am 20.11. ist alles vorbereitet:

  neue Anschrift:   Marktplatz 6, 37269 Eschwege (1. OG)
  Telefon:          05651 555 180 (Rufnummernmitnahme bestätigt)
  Fax:              entfällt, Fax-to-Mail bleibt auf der alten Nummer
  IT:               zwei Arbeitsplätze mit Thin Clients, ein Multifunktions-
                    gerät, VPN-Router – Lieferung am 18.11., Einrichtung durch
                    Herrn Kettler vor Ort am 19.11. ab 9 Uhr
  Außenwerbung:     Leuchtschild wird am 21.11. montiert

Bitte denken Sie daran, die Papierakten in den verschlossenen Umzugsbehältern
zu transportieren, die wir Ihnen schicken – die Umzugsfirma darf sie nicht
öffnen.

Das Impressum auf Ihrer Agentur-Website aktualisieren wir automatisch.

""" + sig(KOSTKA)
    return build(n, frm=KOSTKA, to=A_DEMIRCI, cc=KETTLER,
                 subject="Umzug Agentur 30-1204 am 20.11. – Checkliste",
                 date="2026-11-04 10:15:47", body=body, headers=[OUTLOOK])


# ---------------------------------------------------------------- 0133
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-broker",
      "mobile reply confirming medical evacuation of a named scheme member from Nairobi; quoted mail gives the diagnosis")
def _(n):
    body = """Tom – confirmed, Bluecrest is arranging the air ambulance to Johannesburg tonight, GOP sent to the hospital. I'll update you in the morning.
Olivia

Sent from my iPhone

> On 5 Nov 2026, at 19:02, Tom Okafor <tom.okafor@harwicklane.example> wrote:
>
> Olivia, sorry for teh late mail. Kestrel's site manager in Nairobi, Mr Daniel
> Mwangi (member 20418-0251), was admitted to Aga Khan Hospital this afternoon
> with a suspected subarachnoid haemorrhage. The neurosurgeon there recommends
> transfer to a centre with interventional neuroradiology. His wife is with
> him. Can you authorise the evacuation?
>
> Tom
"""
    return build(n, frm=BRANDT, to=B_OKAFOR, subject="Re: URGENT – evacuation Nairobi, member 20418-0251",
                 date="2026-11-05 19:26:04", body=body, headers=[IPHONE],
                 in_reply_to="<LO2P265MB9981@harwicklane.example>")


# ---------------------------------------------------------------- 0134
@mail("CONFIDENTIAL", "de", "internal",
      "customer complaint forwarded internally: named customer, household claim number, address and payout dispute")
def _(n):
    body = """Hallo Herr Imhof,

eine Beschwerde aus dem Vorstandssekretariat, bitte bis Freitag eine
Stellungnahme an mich (Beschwerdemanagement). Der Kunde hat auch an die BaFin
geschrieben, Aktenzeichen dort VA 21-K 1105-2026/0847.

Kunde:     Herr Wolfgang Reichel, Alte Reichsstraße 5, 36208 Wildeck
Vertrag:   AS-40-1877304 (Hausrat)
Schaden:   S-2026-039120 (Einbruchdiebstahl 12.06.2026)

Kernpunkte seiner Beschwerde (Brief vom 02.11.):
- Entschädigung für den gestohlenen Schmuck nur 20 % der Versicherungssumme
  (Wertsachengrenze außerhalb des Tresors), er meint, ihm sei bei Abschluss
  etwas anderes gesagt worden;
- drei Monate bis zur Auszahlung, mehrfach keine Rückmeldung;
- der Regulierer sei am Telefon "herablassend" gewesen.

Bitte prüfen Sie auch, ob die Wertsachengrenze im Antrag 2019 richtig erklärt
wurde (Beratungsprotokoll der Agentur).

Vielen Dank!

""" + sig(BRUECKNER)
    return build(n, frm=BRUECKNER, to=IMHOF, subject="Beschwerde Reichel – S-2026-039120 – BaFin-Vorgang",
                 date="2026-11-09 13:40:12", body=body, headers=[OUTLOOK])


# ---------------------------------------------------------------- 0135
@mail("NORMAL", "en", "insurer-to-broker",
      "trap: broker webinar invitation on mental-health claims and return to work, with calendar file; no case data")
def _(n):
    ics = """BEGIN:VCALENDAR
VERSION:2.0
PRODID:-//Auental Versicherungsgruppe//Webinare//EN
METHOD:REQUEST
BEGIN:VEVENT
UID:webinar-mh-2026-12-03@auental.example
DTSTAMP:20261110T090000Z
DTSTART:20261203T140000Z
DTEND:20261203T150000Z
SUMMARY:Auental broker webinar: mental health claims in group income protection
LOCATION:Microsoft Teams (link in the description)
DESCRIPTION:Speakers: Dr. Ulrike Stappenbeck (medical officer)\\, Olivia
  Brandt (International Group Benefits). Join: https://teams.auental.example/
 webinar/mh-2026
ORGANIZER;CN=Rafael Nunes:mailto:rafael.nunes@auental.example
END:VEVENT
END:VCALENDAR"""
    body = """Dear partners,

mental health is now the number one cause of income protection claims in
our international schemes. In a one-hour webinar we'll look at:

  - what the data says: incidence and duration of claims for depression,
    anxiety and burnout (aggregated across our portfolio);
  - what works: early intervention, psychotherapy fast track, graded return
    to work;
  - what employers may and may not be told about an employee's claim.

Thursday, 3 December 2026, 15:00–16:00 CET, on Teams. The calendar invite is
attached; no registration needed. CPD certificate on request.

""" + sig(NUNES, "en")
    return build(n, frm=NUNES, to=("International broker partners", "broker-briefing-int@" + D),
                 subject="Webinar 3 Dec: mental health claims & return to work",
                 date="2026-11-10 10:00:00", body=body, headers=[OUTLOOK, ("Precedence", "bulk")],
                 atts=[A_ics("Auental_webinar_2026-12-03.ics", ics)])

# ---------------------------------------------------------------- 0136
@mail("NORMAL", "de", "insurer-to-broker",
      "onboarding checklist for a new broker firm (GmbH): licences, liability cover, register numbers; firm data only")
def _(n):
    body = """Sehr geehrter Herr Wagner,

schön, dass die Vogelsberg Finanz GmbH mit uns zusammenarbeiten möchte. Für
die Anbindung brauchen wir folgende Unterlagen (gern als PDF über den Upload-
Link, den Sie gesondert erhalten):

  [ ] Erlaubnis nach § 34d Abs. 1 GewO (Versicherungsmakler) und, falls
      vorhanden, § 34f/§ 34h GewO
  [ ] Auszug aus dem Vermittlerregister (Registernummer D-xxxx-xxxxx-xx)
  [ ] Nachweis der Berufshaftpflicht / Vermögensschadenhaftpflicht
      (Mindestdeckung nach VersVermV)
  [ ] aktueller Handelsregisterauszug der GmbH
  [ ] unterschriebene Courtagevereinbarung inkl. Anlage 3 (Stornohaftung)
  [ ] Vereinbarung zur Auftragsverarbeitung / gemeinsame Verantwortung
      für das Maklerportal
  [ ] Benennung eines Makleradministrators für das Portal

Die Courtage wird auf das Geschäftskonto der GmbH gezahlt; bitte nennen Sie
es im Formular "Stammdaten Vertragspartner".

Nach Eingang dauert die Freischaltung etwa eine Woche.

""" + sig(VOLLMER, "de")
    return build(n, frm=VOLLMER, to=("Christian Wagner", "c.wagner@vogelsberg-finanz.example"),
                 subject="Anbindung Vogelsberg Finanz GmbH – benötigte Unterlagen",
                 date="2026-11-11 11:20:33", body=body, headers=[OUTLOOK])


# ---------------------------------------------------------------- 0137
@mail("STRICTLY_CONFIDENTIAL", "en", "customer",
      "harmless forwarding note; attached customer mail (message/rfc822) describes IVF treatment, diagnosis and clinic")
def _(n):
    inner_body = """Hello,

I hope this is the right address. My husband and I (both insured with you,
policy KV 7 398 114 52) are starting IVF treatment at the Kinderwunschzentrum
Frankfurt in January. The doctors found that my husband has a low sperm count
(severe oligoasthenozoospermia) and I have one blocked fallopian tube after
an infection some years ago, so they recommend ICSI.

The clinic gave us a treatment plan for three cycles, about EUR 4,800 per
cycle plus medication (Gonal-f, Ovitrelle). Could you tell us:

1. whether the costs are covered and for how many attempts,
2. whose policy pays which part, since the cause is on both sides,
3. whether we need approval before we start.

I'm 36, my husband is 41. Sorry for all the details, the clinic said you'd
need them and we would like to recieve an answer before christmas if possible.

Kind regards,
Sofia Marchetti-Lang
"""
    inner = build(n, frm=("Sofia Marchetti-Lang", "sofia.ml@webmail.example"), to=BRUECKNER,
                  subject="Question about IVF coverage", date="2026-11-16 21:47:10", inner=True,
                  body=inner_body, mid="<b7c2d991-5f0e-4a77@webmail.example>")
    body = """Hi Sabine,

a customer question for your team (see attached mail, English). I've sent her
a short acknowledgement and said you'd be in touch within a week. She'd
prefer an answer in English – if that's difficult, I'm happy to translate.

""" + sig(WHITFIELD)
    return build(n, frm=WHITFIELD, to=KREUZER, subject="FW: Question about IVF coverage",
                 date="2026-11-17 09:05:28", body=body, headers=[OUTLOOK],
                 atts=[A_msg(inner, "Question about IVF coverage.eml")])


# ---------------------------------------------------------------- 0138
@mail("NORMAL", "en", "internal",
      "trap: job advert for a senior underwriter in international health (medical underwriting, ICD-10, claims), no person")
def _(n):
    body = """Dear colleagues,

please share this with your network – referral bonus EUR 1,500.

  Senior Underwriter International Health (m/f/d)
  International Group Benefits · Bad Hersfeld or remote within Germany

What you'll do
  - price and underwrite group health, life and income protection schemes
    for multinational employers (20 to 5,000 lives)
  - assess individual medical declarations (chronic conditions, mental
    health, pregnancy) with our medical officer
  - analyse claims experience by diagnosis group (ICD-10) and negotiate
    renewals with brokers in London, Amsterdam and Dubai

What you bring
  - 5+ years in health or life underwriting, ideally international
  - fluent English; German is a plus but not required
  - comfortable with Excel/SQL and with difficult conversations

Apply by 15 December at careers.auental.example, reference IGB-2026-07.

""" + sig(FUCHS)
    return build(n, frm=FUCHS, to=("Alle Mitarbeitenden", "alle@" + D),
                 subject="Job opening: Senior Underwriter International Health (IGB-2026-07)",
                 date="2026-11-18 08:00:00", body=body, headers=[OUTLOOK])


# ---------------------------------------------------------------- 0139
@mail("CONFIDENTIAL", "de", "insurer-to-broker",
      "commission clawback for a named customer's cancelled motor policy paid to a sole-trader broker (amounts, policy)")
def _(n):
    body = """Sehr geehrte Frau Lüttgen,

mit der Courtageabrechnung November belasten wir folgenden Betrag zurück:

  Vertrag:        AK-61-5519006, Kfz-Haftpflicht
  Kunde:          Irena Nowak, Marburg
  Storno:         zum 31.10.2026 (Fahrzeugverkauf, keine Ersatzbeschaffung)
  Courtage 2026:  24,17 EUR (gezahlt mit Abrechnung 03/2026)
  nicht verdient: 2/12 = 4,03 EUR

Ich weiß, der Betrag ist klein – wir müssen die Rückbelastung trotzdem
einzeln anzeigen. Falls Frau Nowak doch ein neues Fahrzeug bei uns versichert,
wird die Rückbelastung wieder ausgeglichen.

""" + sig(KUEHL, "de")
    return build(n, frm=KUEHL, to=B_LUETTGEN, subject="Courtage-Rückbelastung AK-61-5519006",
                 date="2026-11-20 10:02:17", body=body, charset="windows-1252", headers=[OUTLOOK])


# ---------------------------------------------------------------- 0140
@mail("NORMAL", "de", "internal",
      "trap: quarterly complaints statistics by line incl. health-benefit rejections and BU claims, aggregate counts only")
def _(n):
    body = """Hallo zusammen,

hier die Beschwerdestatistik Q3/2026 für das Managementreporting:

  Sparte                 Beschwerden   davon BaFin   davon Ombudsmann   berechtigt
  Kranken                     142           9               14            31 %
  Leben / BU                   58           6                7            22 %
  Unfall                       21           1                2            29 %
  Kfz                         117           4                6            38 %
  Sach / Haftpflicht           96           5                3            41 %
  Rechtsschutz                 33           2                1            18 %
  Gesamt                      467          27               33            33 %

Häufigste Gründe in der Krankenversicherung: Leistungsablehnung wegen
fehlender medizinischer Notwendigkeit (38), Beitragsanpassung (35),
Bearbeitungsdauer Arztrechnungen (29). Bei BU: Dauer der Leistungsprüfung.

Einzelfälle mit Namen stehen wie immer nur im Beschwerdesystem.

""" + sig(BRUECKNER)
    return build(n, frm=BRUECKNER, to=("Bereichsleitungen", "bereichsleitungen@" + D),
                 subject="Beschwerdestatistik Q3/2026",
                 date="2026-10-09 14:44:50", body=body, headers=[OUTLOOK])


# ---------------------------------------------------------------- 0141
@mail("CONFIDENTIAL", "en", "insurer-to-broker",
      "renewal for a broker's named private client's holiday home in Germany: address, building sum, premium, bank details")
def _(n):
    body = """Hi Fiona,

renewal terms for Mrs Catherine Aldridge's holiday home near Garmisch, as
requested:

  Policy:          AS-42-0801163 (buildings incl. natural perils)
  Risk address:    Am Kramerplateau 7, 82467 Garmisch-Partenkirchen
  Occupancy:       holiday home, owner-occupied approx. 12 weeks per year,
                   not let – please confirm this is still correct
  Sum insured:     value 1914 = 41,800 Mark (rebuild value approx. EUR 1.1m)
  Premium 2027:    EUR 2,318.40 incl. tax (2026: EUR 2,164.90), index +6.1 %
  Payment:         annual direct debit from her UK-held EUR account,
                   """ + iban("GB", "HBUK" + "40127683395101") + """ (HSBC), unchanged

Because the house is unoccupied for long periods, the frost-protection
obligation applies (heating on or water drained and shut off). After the
frozen-pipe claim last winter, we'd appreciate a short confirmation from
the caretaker that the shut-off routine is in place.

""" + sig(NUNES, "en")
    return build(n, frm=NUNES, to=B_MCALLISTER, subject="Renewal 2027 – Aldridge, Garmisch holiday home",
                 date="2026-11-23 15:21:09", body=body, headers=[OUTLOOK])


# ---------------------------------------------------------------- 0142
@mail("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
      "group accident bordereau for a sports club: CSV of named injured members with injuries and benefits")
def _(n):
    rows = [["Schaden-Nr.", "Mitglied", "geb.", "Abteilung", "Unfalltag", "Verletzung", "Leistung", "Betrag EUR", "Status"],
            ["U-2026-001204", "Lea Schönfeld", "2009", "Handball", "14.02.2026", "Kreuzbandriss rechts (S83.53)", "Krankenhaustagegeld, Invalidität offen", "450,00", "offen"],
            ["U-2026-002377", "Jan-Erik Bode", "1987", "Fußball AH", "22.03.2026", "Achillessehnenruptur links (S86.0)", "Krankenhaustagegeld", "300,00", "erledigt"],
            ["U-2026-003018", "Fatma Aksoy", "2012", "Turnen", "09.05.2026", "Unterarmfraktur (S52.5)", "Sofortleistung Knochenbruch", "500,00", "erledigt"],
            ["U-2026-004871", "Rolf Heimbach", "1954", "Wandern", "18.07.2026", "Sprunggelenksfraktur, OP (S82.6)", "Krankenhaustagegeld, Invalidität offen", "750,00", "offen"],
            ["U-2026-006110", "Mia Jung", "2015", "Judo", "03.10.2026", "Gehirnerschütterung (S06.0)", "keine (unter Leistungsgrenze)", "0,00", "abgelehnt"]]
    body = """Hallo Herr Aydın,

wie jedes Jahr vor der Verlängerung die Schadenübersicht zur Gruppen-Unfall-
versicherung des TSV Blau-Weiß Friedberg 1898 e.V. (Vertrag AU-68-0002219)
für 2026. Der Verein hatte um Einzelaufstellung gebeten; bitte geben Sie sie
nur an den Vorstand, nicht an die Abteilungsleitungen weiter.

Schadenquote 2026 bisher 61 %, die Verlängerung zu unveränderten Konditionen
ist möglich.

""" + sig(HAGEDORN, "de")
    return build(n, frm=HAGEDORN, to=B_AYDIN, subject="Gruppen-Unfall TSV Blau-Weiß Friedberg – Schadenübersicht 2026",
                 date="2026-11-25 09:33:14", body=body, headers=[OUTLOOK],
                 atts=[A_csv("TSV_BW_Friedberg_Unfall_Schaeden_2026.csv", rows, encoding="windows-1252", excel=True)])


# ---------------------------------------------------------------- 0143
@mail("NORMAL", "en", "insurer-to-broker",
      "trap: bilingual one-time-password notice for a broker portal user; no password in the mail, no customer data")
def _(n):
    body = """[English below]

Guten Tag,

für Ihren neuen Benutzer im Auental Maklerportal wurde ein Einmal-Passwort
erzeugt. Aus Sicherheitsgründen erhalten Sie es per SMS an die hinterlegte
Mobilnummer (endet auf ...17). Es ist 72 Stunden gültig.

---

Hello,

a one-time password has been generated for your new user account in the
Auental broker portal.

  User:           HWL-0034 (Harwick Lane Insurance Brokers Ltd)
  Firm admin:     Fiona McAllister
  Valid until:    30 November 2026, 10:14 CET

For security reasons the password itself is sent by text message to the
mobile number on file (ending ...17). At first login you will be asked to
choose your own password and a security question.

If you did not expect this message, please contact your firm administrator.

This is an automatically generated message.
"""
    return build(n, frm=MAKLERPORTAL, to=("Priya Anand", "priya.anand@harwicklane.example"),
                 subject="Auental Maklerportal: Einmal-Passwort / one-time password",
                 date="2026-11-27 10:14:00", body=body,
                 headers=[("Auto-Submitted", "auto-generated"), PORTALHDR])


# ---------------------------------------------------------------- 0144
@mail("NORMAL", "de", "insurer-to-broker",
      "trap: exchange of S/MIME domain certificates with a broker pool (public certificate attached), no personal data")
def _(n):
    pem = """-----BEGIN CERTIFICATE-----
MIIDtzCCAp+gAwIBAgIUQ3VlbnRhbERvbWFpbkNlcnQyMDI2MA0GCSqGSIb3DQEB
CwUAMGMxCzAJBgNVBAYTAkRFMRowGAYDVQQKDBFBdWVudGFsIFZlcnNpY2hlcnVu
ZzEYMBYGA1UECwwPU2VjdXJlIEdhdGV3YXkxHjAcBgNVBAMMFWF1ZW50YWwuZXhh
bXBsZSBkb21haW4wHhcNMjYxMTAxMDAwMDAwWhcNMjgxMTAxMDAwMDAwWjBjMQsw
CQYDVQQGEwJERTEaMBgGA1UECgwRQXVlbnRhbCBWZXJzaWNoZXJ1bmcxGDAWBgNV
BAsMD1NlY3VyZSBHYXRld2F5MR4wHAYDVQQDDBVhdWVudGFsLmV4YW1wbGUgZG9t
YWluMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAwF2k0nV4a1sB2cX9
c0s1Y2xWZ2h0ZXN0IG9ubHkgLSBub3QgYSByZWFsIGtleSAtIGZpY3Rpb25hbCBj
ZXJ0aWZpY2F0ZSBmb3IgdGhlIGNvcnB1cyBvbmx5LiBBdWVudGFsIFZlcnNpY2hl
cnVuZyBTZWN1cmUgR2F0ZXdheSAyMDI2LTIwMjguIERvIG5vdCB1c2UuIFRoaXMg
aXMgZmlsbGVyIHRleHQgaW4gYmFzZTY0IGZvcm0uIEF1ZW50YWwgVmVyc2ljaGVy
dW5nIFNlY3VyZSBHYXRld2F5IGRvbWFpbiBjZXJ0aWZpY2F0ZS4gRklDVElPTkFM
-----END CERTIFICATE-----
"""
    body = """Hallo Herr Brodersen,

unser Domänenzertifikat für das Gateway-to-Gateway-Verfahren läuft am
30.11. aus. Anbei das neue öffentliche Zertifikat (PEM) für
auental.example, gültig vom 01.11.2026 bis 01.11.2028.

  Fingerprint SHA-256:
  4F:2A:91:C3:7E:0B:55:D8:16:A2:EE:41:9C:30:7B:F2:
  08:D9:6A:13:44:B7:C5:E0:29:8F:71:3D:A6:52:1E:C4

Bitte hinterlegen Sie es bis 27.11. in Ihrem Gateway und schicken Sie uns im
Gegenzug Ihr aktuelles Domänenzertifikat für nordlicht-pool.example – Ihres
läuft laut unserem Verzeichnis im Januar ab. Den Fingerprint gleichen wir
telefonisch ab (bitte kurz bei mir melden, -1160).

Solange die Zertifikate nicht getauscht sind, gehen Mails mit vertraulichen
Inhalten an Ihr Haus über das Portal statt direkt verschlüsselt.

""" + sig(VARGA, "de")
    return build(n, frm=VARGA, to=B_BRODERSEN, subject="Neues Domänenzertifikat auental.example (S/MIME Gateway)",
                 date="2026-11-13 13:50:22", body=body, headers=[OUTLOOK],
                 atts=[Att("auental.example_domain_2026.pem", pem.encode("ascii"), "application", "x-pem-file")])


# ---------------------------------------------------------------- 0145
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "legal-expenses cover for a named tenant's dispute with his landlord (rent reduction, mould), policy and claim number")
def _(n):
    body = """Dear Mr Oyelaran,

thank you for sending the letters from your landlord. I can confirm cover
under your legal expenses insurance for the tenancy dispute:

  Policy:      AR-45-0052291 (private and tenancy legal expenses)
  Claim:       RS-2026-024406
  Matter:      dispute with your landlord, Hausverwaltung Kremer GmbH, about
               your rent reduction of 15 % since September because of mould
               in the bedroom of your flat at Nordstraße 41, Fulda, and the
               landlord's notice of 2 November threatening termination for
               rent arrears

We will cover the fees of a lawyer of your choice for out-of-court
representation and, if needed, court proceedings at first instance, less
your excess of EUR 250. If you don't know a tenancy lawyer in Fulda, our
hotline can recommend one (+49 6621 88-3555).

Please keep paying the reduced rent "under reservation" until your lawyer
has looked at it – don't stop paying entirely.

""" + sig(WHITFIELD, "en")
    return build(n, frm=WHITFIELD, to=("Femi Oyelaran", "femi.oyelaran@postfach24.example"),
                 subject="Legal expenses cover RS-2026-024406 – dispute with your landlord",
                 date="2026-11-09 16:05:42", body=body, headers=[OUTLOOK])


# ---------------------------------------------------------------- 0146
@mail("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
      "annual statement of the addressee's life/pension policy (values, beneficiary) in a PDF; personal line, no medical terms")
def _(n):
    text = """# Annual statement 2026 – your pension insurance
Auental Lebensversicherung AG · Auental-Platz 1 · 36251 Bad Hersfeld

Policyholder and insured person: Mr Niall Fitzgerald, born 05/06/1977
Policy: AL-82-0033819 · Private pension (Riester not applicable) · start 01.12.2014

# Values as at 1 December 2026
Contributions paid to date                      EUR 28,800.00
Guaranteed capital at retirement (01.12.2044)   EUR 61,240.00
Guaranteed monthly pension from age 67          EUR    201.30
Current value incl. bonuses                     EUR 34,917.55
Surrender value                                 EUR 33,604.10

# Death benefit before retirement
Return of contributions plus bonuses, payable to: Mrs Aoife Fitzgerald (wife)

# Bonus declaration 2027
Total interest rate 2.9 % (guaranteed interest 1.25 %)."""
    body = """Dear Mr Fitzgerald,

please find attached the annual statement for your pension policy, in
English as you requested. The German original follows by post.

A short note on the numbers: the current value rose by 6.4 % compared with
last year, mainly because of your increased monthly contribution since
January.

""" + sig(WHITFIELD, "en")
    return build(n, frm=WHITFIELD, to=("Niall Fitzgerald", "niall.fitzgerald@fernpost.example"),
                 subject="Your annual pension statement 2026",
                 date="2026-11-30 08:55:09", body=body, headers=[OUTLOOK],
                 atts=[A_pdf("Annual_statement_AL-82-0033819_2026.pdf", text, title="Annual statement 2026",
                             date="20261128100000")])


# ---------------------------------------------------------------- 0147
@mail("NORMAL", "en", "insurer-to-customer",
      "trap: generic answer to a prospect moving to Germany about private health cover and prices, no health or contract data")
def _(n):
    body = """Dear Mr Lindholm,

thank you for your interest. Moving to Germany with a family raises many
questions about health insurance, so here's a short overview:

  - Employees earning more than EUR 73,800 a year (2025 limit) can choose
    between statutory and private health insurance. Below the limit,
    statutory insurance is compulsory.
  - Private cover (e.g. our tariff AKV-Komfort) is priced individually by
    age at entry and health. As a rough guide, a healthy 40-year-old pays
    about EUR 520–650 per month; children around EUR 150–190 each.
  - Your employer pays half of the premium, up to a maximum amount.
  - Long-term care insurance is compulsory in both systems.

Whether private cover makes sense depends on your family situation – with
several children and one income, statutory insurance (with free family
cover) is often cheaper. I'd be happy to arrange a call with one of our
advisers who speaks English; no health information is needed for that
first conversation.

""" + sig(WHITFIELD, "en")
    return build(n, frm=WHITFIELD, to=("Erik Lindholm", "erik.lindholm@mailhaus.example"),
                 subject="RE: Health insurance when moving to Germany",
                 date="2026-11-24 11:36:21", body=body, headers=[OUTLOOK],
                 in_reply_to="<HE1P190MB0412@mailhaus.example>")


# ---------------------------------------------------------------- 0148
@mail("CONFIDENTIAL", "en", "insurer-to-customer",
      "burglary claim of a named expat: stolen items list, police reference, insured address, payout; text and HTML table")
def _(n):
    text = """Dear Ms Nakamura,

we have settled your burglary claim. Summary:

  Policy:     AS-40-2467731 (home contents)
  Claim:      S-2026-063318
  Address:    Lessingstraße 18, ground floor, 35039 Marburg
  Police:     Polizeistation Marburg, ref. ST/0920471/2026

  Item                                   claimed     settled
  Laptop (MacBook Pro, 2024)            2,499.00    2,249.10
  Camera Fujifilm X-T5 with lens        2,180.00    1,962.00
  Jewellery (necklace, ring)            1,350.00    1,350.00
  Cash                                    300.00      300.00
  Repair of terrace door                  640.00      640.00
  Total                                 6,969.00    6,501.10

Electronics are settled at replacement value less 10 % as they were more
than a year old; your policy's new-value clause applies for up to 12 months.
Payment goes to your account within three working days.

Kind regards
Chloe Whitfield
"""
    html = """<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,Arial,sans-serif">
<p>Dear Ms Nakamura,</p><p>we have settled your burglary claim. Summary:</p>
<p>Policy: AS-40-2467731 (home contents)<br>Claim: S-2026-063318<br>
Address: Lessingstraße 18, ground floor, 35039 Marburg<br>Police: Polizeistation Marburg, ref. ST/0920471/2026</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Item</th><th>claimed</th><th>settled</th></tr>
<tr><td>Laptop (MacBook Pro, 2024)</td><td align="right">2,499.00</td><td align="right">2,249.10</td></tr>
<tr><td>Camera Fujifilm X-T5 with lens</td><td align="right">2,180.00</td><td align="right">1,962.00</td></tr>
<tr><td>Jewellery (necklace, ring)</td><td align="right">1,350.00</td><td align="right">1,350.00</td></tr>
<tr><td>Cash</td><td align="right">300.00</td><td align="right">300.00</td></tr>
<tr><td>Repair of terrace door</td><td align="right">640.00</td><td align="right">640.00</td></tr>
<tr><td><b>Total</b></td><td align="right"><b>6,969.00</b></td><td align="right"><b>6,501.10</b></td></tr>
</table>
<p>Electronics are settled at replacement value less 10&nbsp;% as they were more than a year old; your
policy's new-value clause applies for up to 12 months. Payment goes to your account within three working days.</p>
<p>Kind regards<br>Chloe Whitfield</p></body></html>
"""
    return build(n, frm=WHITFIELD, to=("Yuki Nakamura", "yuki.nakamura@webmail.example"),
                 subject="Burglary claim S-2026-063318 – settlement",
                 date="2026-11-26 14:18:36", body=text, html=html, headers=[OUTLOOK])


# ---------------------------------------------------------------- 0149
@mail("NORMAL", "de", "internal",
      "trap: actuarial memo with care-incidence and mortality assumptions by age band (ODS), portfolio level only")
def _(n):
    rows = [["Rechnungsgrundlagen PTG 2027 – Entwurf Aktuariat (Bestandsebene, keine Einzeldaten)"],
            ["Alter", "Pflegeeintritt je 1.000 (Frauen)", "Pflegeeintritt je 1.000 (Männer)", "Sterblichkeit Pflegebedürftige PG 2–3", "Sterblichkeit PG 4–5"],
            ["60–64", 4.1, 4.6, 0.061, 0.172],
            ["65–69", 7.9, 8.3, 0.074, 0.198],
            ["70–74", 15.2, 14.8, 0.092, 0.231],
            ["75–79", 31.7, 28.9, 0.118, 0.266],
            ["80–84", 64.0, 55.2, 0.151, 0.304],
            ["85+", 121.5, 103.8, 0.209, 0.362]]
    body = """Liebe Kolleginnen und Kollegen,

anbei der Entwurf der Rechnungsgrundlagen für die Beitragsüberprüfung im
Pflegetagegeld (Tarif PTG) zum 01.07.2027. Die Eintrittswahrscheinlichkeiten
liegen in allen Altersgruppen ab 75 deutlich über der Kalkulation von 2021,
vor allem wegen Demenz-Diagnosen (rund 40 % der Neueintritte in PG 3+).

Auslösender Faktor: 1,14 (Schwelle 1,10) – eine Beitragsanpassung ist damit
voraussichtlich notwendig. Abstimmung mit dem Treuhänder am 14.12.

""" + sig(LINDQVIST, "de")
    return build(n, frm=LINDQVIST, to=[SAUERWEIN, ("Produktmanagement Kranken", "pm-kranken@" + D)],
                 subject="PTG 2027 – Entwurf Rechnungsgrundlagen (auslösender Faktor 1,14)",
                 date="2026-11-19 17:24:11", body=body, headers=[OUTLOOK],
                 atts=[Att("PTG_Rechnungsgrundlagen_2027_Entwurf.ods", ods([("PTG 2027", rows)],
                                                                          author="Carla Lindqvist",
                                                                          created="2026-11-19T16:00:00"))])


# ---------------------------------------------------------------- 0150
@mail("NORMAL", "en", "insurer-to-broker",
      "trap: aggregated group-scheme report for an employer (claims by category, small cells suppressed), no member identifiable")
def _(n):
    summ = [["Veldhuis Instruments GmbH – group schemes – annual report 2026 (aggregated, for employer use)"],
            ["Cells with fewer than 5 cases are shown as '<5' and their amounts merged into 'other'."],
            [],
            ["Scheme", "Insured employees", "Premium EUR", "Claims (count)", "Claims paid EUR", "Loss ratio"],
            ["Group income protection GIP-2024-0031", 212, 96400, "<5", "see 'other'", "—"],
            ["Group life GL-2024-0031", 212, 38100, "<5", "see 'other'", "—"],
            ["Company health (bKV) dental", 188, 41200, 143, 29870, "72 %"],
            ["Company health (bKV) check-ups", 188, 11300, 97, 8640, "76 %"],
            ["other (merged small cells)", "", "", "", 171220, ""],
            [],
            ["Participation in health check-ups: 52 % of insured employees (2025: 44 %)."]]
    body = """Dear Pieter,

attached is the annual scheme report for Veldhuis Instruments, in the format
agreed for sharing with the employer. Individual claims are not shown; the
life and income protection lines are below our disclosure threshold and are
merged.

The overall loss ratio across all schemes is 91 %, so we'll propose a modest
increase on the GIP rate for 2027. Happy to discuss before your meeting with
their HR director on 10 December.

""" + sig(BRANDT, "en")
    return build(n, frm=BRANDT, to=B_VANHOUTEN, cc=B_BROUWER,
                 subject="Veldhuis Instruments – annual scheme report 2026 (employer version)",
                 date="2026-12-01 10:40:18", body=body, headers=[OUTLOOK],
                 atts=[A_xlsx("Veldhuis_scheme_report_2026_employer.xlsx", [("Summary", summ)],
                              author="Olivia Brandt")])

# ==========================================================================
# writing and checking
# ==========================================================================

def generate(outdir):
    maildir = os.path.join(outdir, "mails")
    os.makedirs(maildir, exist_ok=True)
    rows = ["file\tlabel\tlang\tkind\treason"]
    for i, (label, lang, kind, reason, fn) in enumerate(MAILS, 1):
        name = "%s%04d.eml" % (PREFIX, i)
        msg = fn(i)
        data = msg.as_bytes(policy=SMTP)
        with open(os.path.join(maildir, name), "wb") as f:
            f.write(data)
        rows.append("\t".join((name, label, lang, kind, reason)))
    with open(os.path.join(outdir, "labels.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(rows) + "\n")


def _xml_texts(zf):
    out = []
    for name in zf.namelist():
        if name.endswith(".xml") or name.endswith(".rels"):
            root = ET.fromstring(zf.read(name))
            out.append(" ".join(t for t in root.itertext()))
    return " ".join(out)


def pdf_text(data):
    assert data.startswith(b"%PDF-"), "no PDF header"
    assert b"%%EOF" in data[-64:], "no EOF marker"
    texts = []
    for m in re.finditer(rb"<<([^>]*?)>>\s*stream\r?\n", data):
        start = m.end()
        end = data.index(b"endstream", start)
        raw = data[start:end].rstrip(b"\r\n")
        if b"FlateDecode" in m.group(1):
            raw = zlib.decompress(raw)
        if b"BT" in raw:
            for s in re.findall(rb"\(((?:\\.|[^\\)])*)\)\s*Tj", raw):
                texts.append(re.sub(rb"\\(.)", rb"\1", s).decode("cp1252"))
    return "\n".join(texts)


def open_file(name, data, where):
    """Open an attachment the way its type demands; returns extracted text."""
    low = (name or "").lower()
    if low.endswith((".xlsx", ".docx")):
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None, where
        need = "xl/workbook.xml" if low.endswith(".xlsx") else "word/document.xml"
        assert need in z.namelist() and "[Content_Types].xml" in z.namelist(), where
        t = _xml_texts(z)
        assert t.strip(), where + ": empty office file"
        return t
    if low.endswith((".odt", ".ods")):
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None, where
        assert z.namelist()[0] == "mimetype" and z.infolist()[0].compress_type == zipfile.ZIP_STORED, where
        assert "content.xml" in z.namelist(), where
        t = _xml_texts(z)
        assert t.strip(), where
        return t
    if low.endswith(".zip"):
        z = zipfile.ZipFile(io.BytesIO(data))
        assert z.testzip() is None, where
        parts = []
        for zi in z.infolist():
            parts.append(open_file(zi.filename, z.read(zi), where + "/" + zi.filename))
        return "\n".join(parts)
    if low.endswith(".pdf"):
        t = pdf_text(data)
        assert t.strip(), where + ": PDF without text layer"
        return t
    if low.endswith(".ics"):
        t = data.decode("utf-8")
        assert "BEGIN:VCALENDAR" in t and "END:VCALENDAR" in t, where
        return t
    if low.endswith((".csv", ".txt", ".log", ".pem", ".xml")):
        for enc in ("utf-8", "cp1252"):
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                pass
        raise AssertionError(where + ": undecodable text file")
    return ""


IBAN_RE = re.compile(r"\b(DE\d{2}(?: ?\d){18}|GB\d{2} ?[A-Z]{4}(?: ?\d){14})\b")
IBAN_DELIBERATELY_INVALID = {"DE00000000000000000000"}   # error test case in d192-0026


def check_ibans(text, where, stats):
    for m in IBAN_RE.finditer(text):
        raw = m.group(1).replace(" ", "")
        if raw in IBAN_DELIBERATELY_INVALID:
            continue
        assert iban_ok(raw), "%s: IBAN with wrong check digits: %s" % (where, m.group(1))
        stats["ibans"] = stats.get("ibans", 0) + 1


def count_files(name, data, stats):
    ext = (name or "").rsplit(".", 1)[-1].lower()
    stats.setdefault("files", {}).setdefault(ext, 0)
    stats["files"][ext] += 1
    if ext == "zip":
        z = zipfile.ZipFile(io.BytesIO(data))
        for zi in z.infolist():
            count_files(zi.filename, z.read(zi), stats)


def check_message(msg, where, stats):
    for part in msg.walk():
        assert not part.defects, "%s: defects %r" % (where, part.defects)
        for k, v in part.items():
            assert not getattr(v, "defects", None), "%s: header %s defects %r" % (where, k, v.defects)
        ctype = part.get_content_type()
        stats.setdefault("types", {}).setdefault(ctype, 0)
        stats["types"][ctype] += 1
        if part.get_content_maintype() == "multipart":
            continue
        if ctype == "message/rfc822":
            continue
        fn = part.get_filename()
        payload = part.get_payload(decode=True)
        if part.get_content_maintype() == "text":
            cs = part.get_content_charset() or "us-ascii"
            text = payload.decode(cs)  # strict
            stats.setdefault("charsets", {}).setdefault(cs, 0)
            stats["charsets"][cs] += 1
            if ctype == "text/calendar":
                assert "BEGIN:VCALENDAR" in text and "END:VCALENDAR" in text, where
            check_ibans(text, where, stats)
            if fn:
                open_file(fn, payload, where + ":" + fn)
                count_files(fn, payload, stats)
        elif fn:
            check_ibans(open_file(fn, payload, where + ":" + fn), where + ":" + fn, stats)
            count_files(fn, payload, stats)
        else:
            raise AssertionError("%s: non-text part without file name" % where)


def check(outdir_ref):
    tmp = tempfile.mkdtemp(prefix="d192-check-")
    try:
        generate(tmp)
        # byte-for-byte comparison with the committed files
        names = sorted(os.listdir(os.path.join(tmp, "mails")))
        ref_names = sorted(os.listdir(os.path.join(outdir_ref, "mails")))
        assert names == ref_names, "file list differs from mails/"
        for name in names:
            a = open(os.path.join(tmp, "mails", name), "rb").read()
            b = open(os.path.join(outdir_ref, "mails", name), "rb").read()
            assert a == b, "%s differs from rebuild" % name
        assert open(os.path.join(tmp, "labels.tsv"), "rb").read() == \
            open(os.path.join(outdir_ref, "labels.tsv"), "rb").read(), "labels.tsv differs"
    finally:
        shutil.rmtree(tmp)

    lines = open(os.path.join(outdir_ref, "labels.tsv"), encoding="utf-8").read().splitlines()
    assert lines[0] == "file\tlabel\tlang\tkind\treason"
    rows = [l.split("\t") for l in lines[1:]]
    assert all(len(r) == 5 for r in rows)
    assert len(rows) == 150, len(rows)
    stats, mids, counts = {}, set(), {}
    for r in rows:
        name, label, lang, kind, reason = r
        counts[(label, lang)] = counts.get((label, lang), 0) + 1
        data = open(os.path.join(outdir_ref, "mails", name), "rb").read()
        assert b"\n" not in data.replace(b"\r\n", b""), name + ": bare LF"
        assert b"\r" not in data.replace(b"\r\n", b""), name + ": bare CR"
        msg = BytesParser(policy=policy.default).parsebytes(data)
        mid = msg["Message-ID"]
        assert mid and mid not in mids, name + ": Message-ID missing or duplicate"
        mids.add(mid)
        assert msg["Date"].datetime.year == 2026, name
        for h in ("From", "To", "Subject", "Date", "MIME-Version"):
            assert msg[h] is not None, name + ": no " + h
        for a in re.findall(r"[\w.+-]+@([\w.-]+)", " ".join(str(msg[h] or "") for h in ("From", "To", "Cc"))):
            assert a.endswith(".example"), name + ": host " + a
        check_message(msg, name, stats)
    total = {}
    for (label, lang), c in counts.items():
        total[label] = total.get(label, 0) + c
    print("mails:", len(rows))
    for label in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"):
        print("  %-22s de %3d  en %3d  total %3d" % (label, counts.get((label, "de"), 0),
                                                      counts.get((label, "en"), 0), total.get(label, 0)))
    print("content types:", dict(sorted(stats["types"].items())))
    print("files attached (ZIP members counted too):", dict(sorted(stats.get("files", {}).items())))
    print("charsets of text parts:", dict(sorted(stats.get("charsets", {}).items())))
    print("IBANs found and validated:", stats.get("ibans", 0))
    print("check passed")


def main():
    if "--check" in sys.argv[1:]:
        check(HERE)
    else:
        generate(HERE)
        print("wrote %d mails to %s" % (len(MAILS), os.path.join(HERE, "mails")))


if __name__ == "__main__":
    main()
