#!/usr/bin/env python3
"""Independent Siegel mail corpus dev166 (prefix d166-).

150 fictitious outgoing e-mails of the invented "Nordhafen Versicherung AG",
labelled NORMAL / CONFIDENTIAL / STRICTLY_CONFIDENTIAL. Emphasis: mail room and
document management (scanned post, misdirected letters and mails, returned post,
address research, archive requests) next to ordinary insurer mail.

Standard library only.

    python3 make_corpus.py           # writes mails/ and labels.tsv
    python3 make_corpus.py --check   # rebuilds in memory, compares, validates
"""
import base64
import csv
import datetime as dt
import email
import email.policy
import hashlib
import io
import os
import quopri
import re
import sys
import textwrap
import xml.etree.ElementTree as ET
import zipfile
import zlib
from email.header import Header
from email.utils import formataddr, parseaddr, getaddresses

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "d166-"
DOM = "nordhafen-versicherung.example"
ALLOWED_CHARSETS = {"utf-8", "iso-8859-1", "windows-1252", "us-ascii"}

# --------------------------------------------------------------------------
# small helpers: IBAN, dates, escaping
# --------------------------------------------------------------------------


def iban(cc, bban, group=True):
    """Build an ISO 7064 mod 97-10 valid IBAN from country code and BBAN."""
    def num(s):
        return "".join(str(int(ch, 36)) for ch in s)
    check = 98 - int(num(bban + cc + "00")) % 97
    raw = f"{cc}{check:02d}{bban}"
    if not group:
        return raw
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def rfcdate(s):
    """'2026-03-04 09:12' -> RFC 5322 date with German offset (DST aware)."""
    d = dt.datetime.strptime(s, "%Y-%m-%d %H:%M")
    # CEST from last Sunday of March 02:00 to last Sunday of October 03:00 (2026: 29.3.-25.10.)
    summer = dt.datetime(2026, 3, 29, 2, 0) <= d < dt.datetime(2026, 10, 25, 3, 0)
    off = "+0200" if summer else "+0100"
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    mons = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    return f"{days[d.weekday()]}, {d.day:02d} {mons[d.month - 1]} {d.year} {d:%H:%M:%S} {off}"


def xesc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            .replace('"', "&quot;"))


ZDATE = (2026, 1, 2, 8, 0, 0)


def _zip(members, stored_first=None):
    """members: list of (name, bytes). Deterministic ZIP."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for name, data in members:
            zi = zipfile.ZipInfo(name, date_time=ZDATE)
            zi.external_attr = 0o644 << 16
            if name == stored_first:
                zi.compress_type = zipfile.ZIP_STORED
            else:
                zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    return buf.getvalue()


def zipf(members, when=None):
    global ZDATE
    old = ZDATE
    if when:
        ZDATE = when
    try:
        return _zip([(n, d if isinstance(d, bytes) else d.encode("utf-8")) for n, d in members])
    finally:
        ZDATE = old


# --------------------------------------------------------------------------
# attachment builders
# --------------------------------------------------------------------------


def _pdf_str(s):
    b = s.encode("cp1252", errors="replace")
    b = b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")
    return b"(" + b + b")"


def pdf(lines, title="Dokument", producer="Nordhafen Output Management 4.2", creation="20260105090000",
        width=95, compress=True, per_page=52):
    """Tiny PDF 1.4 with a real text layer (Helvetica, WinAnsi).
    Lines starting with '# ' are bold; '' is an empty line."""
    out_lines = []
    for ln in lines:
        bold = ln.startswith("# ")
        t = ln[2:] if bold else ln
        wrapped = textwrap.wrap(t, width) or [""]
        for w in wrapped:
            out_lines.append((bold, w))
    pages = [out_lines[i:i + per_page] for i in range(0, len(out_lines), per_page)] or [[]]
    objs = {}
    objs[1] = b"<< /Type /Catalog /Pages 2 0 R >>"
    objs[3] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    objs[4] = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>"
    kids = []
    nxt = 5
    for pg in pages:
        cs = [b"BT", b"/F1 10 Tf", b"13 TL", b"56 790 Td"]
        cur = None
        for bold, w in pg:
            f = b"/F2 10 Tf" if bold else b"/F1 10 Tf"
            if f != cur:
                cs.append(f)
                cur = f
            cs.append(_pdf_str(w) + b" Tj T*")
        cs.append(b"ET")
        stream = b"\n".join(cs)
        if compress:
            data = zlib.compress(stream, 9)
            cobj = (b"<< /Length " + str(len(data)).encode() + b" /Filter /FlateDecode >>\nstream\n"
                    + data + b"\nendstream")
        else:
            cobj = b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream"
        pnum, cnum = nxt, nxt + 1
        nxt += 2
        objs[pnum] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R "
                      b"/F2 4 0 R >> >> /Contents " + str(cnum).encode() + b" 0 R >>")
        objs[cnum] = cobj
        kids.append(pnum)
    objs[2] = (b"<< /Type /Pages /Kids [" + b" ".join(str(k).encode() + b" 0 R" for k in kids)
               + b"] /Count " + str(len(kids)).encode() + b" >>")
    info = nxt
    objs[info] = (b"<< /Title " + _pdf_str(title) + b" /Producer " + _pdf_str(producer)
                  + b" /CreationDate (D:" + creation.encode() + b"+01'00') >>")
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offs = {}
    for n in sorted(objs):
        offs[n] = len(out)
        out += str(n).encode() + b" 0 obj\n" + objs[n] + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 " + str(info + 1).encode() + b"\n0000000000 65535 f \n"
    for n in range(1, info + 1):
        out += b"%010d 00000 n \n" % offs[n]
    out += (b"trailer\n<< /Size " + str(info + 1).encode() + b" /Root 1 0 R /Info " + str(info).encode()
            + b" 0 R >>\nstartxref\n" + str(xref).encode() + b"\n%%EOF\n")
    return bytes(out)


CT_DOCX = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
           '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
           '<Default Extension="xml" ContentType="application/xml"/>'
           '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
           'wordprocessingml.document.main+xml"/>'
           '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.'
           'core-properties+xml"/></Types>')
RELS_DOCX = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
             'officeDocument" Target="word/document.xml"/>'
             '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
             'core-properties" Target="docProps/core.xml"/></Relationships>')


def _core(title, author):
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{xesc(title)}</dc:title><dc:creator>{xesc(author)}</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-05T09:00:00Z</dcterms:created>'
            '</cp:coreProperties>')


def docx(blocks, title="Dokument", author="Nordhafen Versicherung AG"):
    """blocks: str paragraphs ('# ' = bold) or lists of rows (table)."""
    W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

    def para(t):
        bold = t.startswith("# ")
        if bold:
            t = t[2:]
        rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
        return f'<w:p><w:r>{rpr}<w:t xml:space="preserve">{xesc(t)}</w:t></w:r></w:p>'

    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append(para(b))
        else:
            rows = "".join("<w:tr>" + "".join(f"<w:tc>{para(str(c))}</w:tc>" for c in r) + "</w:tr>" for r in b)
            body.append(f"<w:tbl><w:tblPr><w:tblW w:w=\"0\" w:type=\"auto\"/></w:tblPr>{rows}</w:tbl>")
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           f'<w:document {W}><w:body>{"".join(body)}<w:sectPr/></w:body></w:document>')
    return _zip([("[Content_Types].xml", CT_DOCX.encode()), ("_rels/.rels", RELS_DOCX.encode()),
                 ("word/document.xml", doc.encode("utf-8")), ("docProps/core.xml", _core(title, author).encode())])


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets, author="Nordhafen Versicherung AG"):
    """sheets: list of (name, rows). Numbers stay numbers, rest inline strings."""
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.'
          'spreadsheetml.sheet.main+xml"/>')
    for i in range(len(sheets)):
        ct += (f'<Override PartName="/xl/worksheets/sheet{i + 1}.xml" ContentType="application/vnd.'
               'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>')
    ct += ('<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.'
           'core-properties+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
            'officeDocument" Target="xl/workbook.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
            'core-properties" Target="docProps/core.xml"/></Relationships>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>')
    wrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">')
    members = []
    for i, (name, rows) in enumerate(sheets):
        wb += f'<sheet name="{xesc(name)}" sheetId="{i + 1}" r:id="rId{i + 1}"/>'
        wrels += (f'<Relationship Id="rId{i + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
                  f'relationships/worksheet" Target="worksheets/sheet{i + 1}.xml"/>')
        xr = []
        for r, row in enumerate(rows):
            cells = []
            for c, v in enumerate(row):
                ref = f"{_col(c)}{r + 1}"
                if v is None or v == "":
                    continue
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append(f'<c r="{ref}"><v>{v}</v></c>')
                else:
                    cells.append(f'<c r="{ref}" t="inlineStr"><is><t xml:space="preserve">{xesc(str(v))}</t></is></c>')
            xr.append(f'<row r="{r + 1}">{"".join(cells)}</row>')
        sh = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
              '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
              f'<sheetData>{"".join(xr)}</sheetData></worksheet>')
        members.append((f"xl/worksheets/sheet{i + 1}.xml", sh.encode("utf-8")))
    wb += "</sheets></workbook>"
    wrels += "</Relationships>"
    return _zip([("[Content_Types].xml", ct.encode()), ("_rels/.rels", rels.encode()),
                 ("xl/workbook.xml", wb.encode("utf-8")), ("xl/_rels/workbook.xml.rels", wrels.encode())]
                + members + [("docProps/core.xml", _core("Tabelle", author).encode())])


ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
          'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3"')


def _odf(mime, body):
    manifest = ('<?xml version="1.0" encoding="UTF-8"?>\n'
                '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
                'manifest:version="1.3">'
                f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mime}"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    content = ('<?xml version="1.0" encoding="UTF-8"?>\n'
               f'<office:document-content {ODF_NS}><office:body>{body}</office:body></office:document-content>')
    meta = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<office:document-meta {ODF_NS}><office:meta><meta:generator>LibreOffice/24.2</meta:generator>'
            '<meta:creation-date>2026-01-05T09:00:00</meta:creation-date></office:meta></office:document-meta>')
    return _zip([("mimetype", mime.encode()), ("META-INF/manifest.xml", manifest.encode()),
                 ("content.xml", content.encode("utf-8")), ("meta.xml", meta.encode())], stored_first="mimetype")


def odt(paras):
    body = "".join(f"<text:p>{xesc(p)}</text:p>" for p in paras)
    return _odf("application/vnd.oasis.opendocument.text", f"<office:text>{body}</office:text>")


def ods(sheets):
    tabs = []
    for name, rows in sheets:
        xr = []
        for row in rows:
            cells = []
            for v in row:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append(f'<table:table-cell office:value-type="float" office:value="{v}">'
                                 f"<text:p>{v}</text:p></table:table-cell>")
                else:
                    cells.append(f'<table:table-cell office:value-type="string"><text:p>{xesc(str(v))}'
                                 "</text:p></table:table-cell>")
            xr.append(f"<table:table-row>{''.join(cells)}</table:table-row>")
        tabs.append(f'<table:table table:name="{xesc(name)}">{"".join(xr)}</table:table>')
    return _odf("application/vnd.oasis.opendocument.spreadsheet",
                f"<office:spreadsheet>{''.join(tabs)}</office:spreadsheet>")


def csvb(rows, enc="utf-8", delim=";"):
    s = io.StringIO()
    w = csv.writer(s, delimiter=delim, lineterminator="\r\n")
    for r in rows:
        w.writerow(r)
    return s.getvalue().encode(enc)


def ics(uid, start, end, summary, location="", desc="", organizer="", attendees=(), method="REQUEST"):
    def esc(t):
        return t.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")
    lines = ["BEGIN:VCALENDAR", "PRODID:-//Microsoft Corporation//Outlook 16.0 MIMEDIR//EN", "VERSION:2.0",
             f"METHOD:{method}", "BEGIN:VEVENT", f"UID:{uid}", "DTSTAMP:20260105T080000Z",
             f"DTSTART;TZID=Europe/Berlin:{start}", f"DTEND;TZID=Europe/Berlin:{end}",
             f"SUMMARY:{esc(summary)}"]
    if location:
        lines.append(f"LOCATION:{esc(location)}")
    if desc:
        lines.append(f"DESCRIPTION:{esc(desc)}")
    if organizer:
        lines.append(f"ORGANIZER:mailto:{organizer}")
    for a in attendees:
        lines.append(f"ATTENDEE;ROLE=REQ-PARTICIPANT;RSVP=TRUE:mailto:{a}")
    lines += ["END:VEVENT", "END:VCALENDAR"]
    out = []
    for ln in lines:  # fold at 74 octets (simple, ASCII-safe enough for our content)
        b = ln
        first = True
        while len(b.encode("utf-8")) > 74:
            cut = 74 if first else 73
            while len(b[:cut].encode("utf-8")) > (74 if first else 73):
                cut -= 1
            out.append(("" if first else " ") + b[:cut])
            b = b[cut:]
            first = False
        out.append(("" if first else " ") + b)
    return ("\r\n".join(out) + "\r\n").encode("utf-8")


# --------------------------------------------------------------------------
# MIME serialisation (hand-made, deterministic)
# --------------------------------------------------------------------------

MT = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "zip": "application/zip",
    "csv": "text/csv",
    "ics": "text/calendar",
    "html": "text/html",
    "htm": "text/html",
    "txt": "text/plain",
    "eml": "message/rfc822",
}


class Att:
    def __init__(self, name, data, ctype=None, charset=None, cte=None, inline=False, method=None):
        self.name, self.data = name, data
        ext = name.rsplit(".", 1)[-1].lower()
        self.ctype = ctype or MT.get(ext, "application/octet-stream")
        self.charset = charset
        self.cte = cte
        self.inline = inline
        self.method = method


def _qp(b):
    return quopri.encodestring(b).decode("ascii")


def _b64(b):
    return base64.encodebytes(b).decode("ascii")


def _encode_body(text_bytes, cte):
    if cte != "base64":
        text_bytes = text_bytes.replace(b"\r\n", b"\n")
    if cte == "quoted-printable":
        q = _qp(text_bytes)
        return q if q.endswith("\n") else q + "\n"
    if cte == "base64":
        return _b64(text_bytes)
    s = text_bytes.decode("latin-1")  # 7bit/8bit: raw, lines unchanged
    return s if s.endswith("\n") else s + "\n"


def hval(name, value, cs="utf-8"):
    try:
        value.encode("ascii")
        if len(name) + len(value) < 900:
            return value
    except UnicodeEncodeError:
        pass
    try:
        value.encode(cs)
    except UnicodeEncodeError:
        cs = "utf-8"
    return Header(value, cs, header_name=name).encode(linesep="\n")


def addr(a, cs="utf-8"):
    """'Name <x@y>' or ('Name', 'x@y') or 'x@y' -> header text."""
    if isinstance(a, tuple):
        name, ad = a
    else:
        name, ad = parseaddr(a)
    if not name:
        return ad
    return formataddr((name, ad), charset=cs)


def addrs(v, cs="utf-8"):
    if v is None:
        return None
    if isinstance(v, (str, tuple)):
        v = [v]
    return ", ".join(addr(a, cs) for a in v)


def leaf(ctype, payload, charset=None, cte="quoted-printable", filename=None, disp=None, extra_ct="", fcs="utf-8"):
    """Return serialised MIME leaf (headers + body), '\n' line endings."""
    h = []
    ct = ctype
    if charset:
        ct += f'; charset="{charset}"'
    ct += extra_ct
    if filename and disp != "none":
        try:
            filename.encode("ascii")
            ct += f'; name="{filename}"'
        except UnicodeEncodeError:
            ct += "; name=\"" + Header(filename, fcs).encode() + "\""
    h.append(f"Content-Type: {ct}")
    h.append(f"Content-Transfer-Encoding: {cte}")
    if filename and disp != "none":
        try:
            filename.encode("ascii")
            h.append(f'Content-Disposition: {disp or "attachment"}; filename="{filename}"')
        except UnicodeEncodeError:
            from urllib.parse import quote
            h.append(f"Content-Disposition: {disp or 'attachment'}; filename*=utf-8''{quote(filename)}")
    elif disp and disp != "none":
        h.append(f"Content-Disposition: {disp}")
    return "\n".join(h) + "\n\n" + _encode_body(payload, cte)


def multi(sub, parts, boundary):
    out = [f'Content-Type: multipart/{sub};\n boundary="{boundary}"', "", "This is a multi-part message in MIME format.", ""]
    body = ""
    for p in parts:
        body += f"--{boundary}\n{p}"
        if not body.endswith("\n"):
            body += "\n"
    body += f"--{boundary}--\n"
    return "\n".join(out) + "\n" + body


def att_part(a, fcs="utf-8"):
    if a.ctype == "message/rfc822":
        data = a.data.decode("utf-8") if isinstance(a.data, bytes) else a.data
        data = data.replace("\r\n", "\n")
        cte = "8bit"
        try:
            data.encode("ascii")
            cte = "7bit"
        except UnicodeEncodeError:
            pass
        h = 'Content-Type: message/rfc822'
        if a.name:
            h += f'; name="{a.name}"'
        h += f"\nContent-Transfer-Encoding: {cte}\n"
        h += f'Content-Disposition: {"inline" if a.inline else "attachment"}; filename="{a.name}"\n\n'
        return h + data + ("" if data.endswith("\n") else "\n")
    data = a.data if isinstance(a.data, bytes) else a.data.encode(a.charset or "utf-8")
    if a.ctype.startswith("text/"):
        cs = a.charset or "utf-8"
        cte = a.cte or "quoted-printable"
        extra = f"; method={a.method}" if a.method else ""
        return leaf(a.ctype, data, cs, cte, a.name, "inline" if a.inline else "attachment", extra, fcs)
    return leaf(a.ctype, data, None, a.cte or "base64", a.name, "inline" if a.inline else "attachment", "", fcs)


def build_message(n, frm, to, subject, date, text=None, html=None, atts=(), cc=None, cs="utf-8",
                  cte="quoted-printable", hcs=None, extra=(), flowed=False, html_cte=None, html_cs=None,
                  mid=None, irt=None, refs=None, reply_to=None, bcc_note=None, inner=False, lang_hdr=None):
    """Return the message as str with '\n' line endings (CRLF applied by caller)."""
    hcs = hcs or ("utf-8" if cs in ("utf-8", "us-ascii") else cs)
    H = []
    H.append(("From", addrs(frm, hcs)))
    H.append(("To", addrs(to, hcs)))
    if cc:
        H.append(("Cc", addrs(cc, hcs)))
    if reply_to:
        H.append(("Reply-To", addrs(reply_to, hcs)))
    H.append(("Subject", hval("Subject", subject, hcs)))
    H.append(("Date", rfcdate(date)))
    if mid is None:
        hsh = hashlib.sha1(f"{PREFIX}{n}{'i' if inner else ''}".encode()).hexdigest()[:12].upper()
        d = date.replace("-", "").replace(" ", "").replace(":", "")
        host = f"mail.{DOM}"
        if inner:  # a forwarded or test message carries its own sender's Message-ID
            host = addrs(frm).rsplit("@", 1)[1].rstrip(">")
        mid = f"<{d}.{hsh}@{host}>"
    H.append(("Message-ID", mid))
    if irt:
        H.append(("In-Reply-To", irt))
        H.append(("References", refs or irt))
    for k, v in extra:
        H.append((k, hval(k, v, hcs)))
    if lang_hdr:
        H.append(("Content-Language", lang_hdr))
    H.append(("MIME-Version", "1.0"))

    def textpart(top):
        extra_ct = "; format=flowed" if flowed else ""
        return leaf("text/plain", text.encode(cs), cs, cte, extra_ct=extra_ct)

    def htmlpart():
        hc = html_cs or cs
        return leaf("text/html", html.encode(hc), hc, html_cte or cte)

    b = hashlib.sha1(f"{PREFIX}{n}{'i' if inner else ''}".encode()).hexdigest()
    if text is not None and html is not None:
        body = multi("alternative", [textpart(False), htmlpart()], f"----=_NextPart_{b[:4]}_{b[4:8]}_{b[8:16].upper()}")
    elif html is not None:
        body = htmlpart()
    else:
        body = textpart(True)
    if atts:
        body = multi("mixed", [body] + [att_part(a, hcs) for a in atts], f"----=_Part_{b[16:24]}_{b[24:32]}")
    head = "\n".join(f"{k}: {v}" for k, v in H if v is not None)
    return head + "\n" + body


def crlf(s):
    assert "\r" not in s, "bare CR in source"
    return s.replace("\n", "\r\n")


# --------------------------------------------------------------------------
# registry
# --------------------------------------------------------------------------

MAILS = []  # (file, label, lang, kind, reason, bytes)


def M(label, lang, kind, reason, **kw):
    n = len(MAILS) + 1
    assert label in ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL"), label
    assert lang in ("de", "en", "mixed"), lang
    s = build_message(n, **kw)
    # every str here is "bytes as latin-1": 8bit parts were encoded with their charset before
    raw = crlf(s).encode("latin-1")
    MAILS.append((f"{PREFIX}{n:04d}.eml", label, lang, kind, reason, raw))


def inner_mail(frm, to, subject, date, text, cs="utf-8", cte="quoted-printable", atts=(), extra=(), mid=None):
    """A complete message (str, '\n') to attach as message/rfc822 or put in a ZIP."""
    s = build_message(len(MAILS) + 1, frm=frm, to=to, subject=subject, date=date, text=text, cs=cs, cte=cte,
                      atts=atts, extra=extra, mid=mid, inner=True)
    return s


def eml(name, s):
    return Att(name, s, ctype="message/rfc822")



# ==========================================================================
# WORLD: the invented insurer, its people and partners
# ==========================================================================
# Nordhafen Versicherung AG, Am Speicherhafen 12, 28217 Bremen (head office)
# Input-Management / Poststelle: Posteingangszentrum, Industriestraße 40, 27753 Delmenhorst
# Group: Nordhafen Lebensversicherung AG, Nordhafen Krankenversicherung AG
# Partners: ScanWerk Dokumentenservice GmbH (scanning), Aktenlager Nord GmbH (off-site archive),
# AdressPunkt Auskunftei GmbH (address research), Hanse Assekuranz Makler GmbH, Finanzkontor Evers
# (sole-trader broker), Klinikum Weserbogen, Kanzlei Rademacher & Frerichs, Atlantic Re, Harbour
# Assistance Ltd (UK), Weserland Logistik GmbH, ...

STAFF = {
    "wendisch": ("Jana Wendisch", "Teamleitung Input-Management / Poststelle", "Team Lead Input Management / Mail Room", "4410"),
    "kaya": ("Murat Kaya", "Poststelle – Posteingang und Versand", "Mail Room – Inbound and Outbound", "4417"),
    "oltmanns": ("Britta Oltmanns", "Scan-Qualitätssicherung", "Scan Quality Assurance", "4423"),
    "claasen": ("Henrik Claasen", "Dokumentenmanagement und Archiv", "Document Management and Archive", "4431"),
    "lueders": ("Sabine Lüders", "Rückläuferbearbeitung und Adressermittlung", "Returned Mail and Address Research", "4438"),
    "fehrmann": ("Dr. Ute Fehrmann", "Leistungsprüfung Krankenversicherung", "Health Claims Assessment", "2210"),
    "brandes": ("Tobias Brandes", "Leistungsservice Krankenversicherung", "Health Claims Service", "2234"),
    "mewes": ("Katrin Mewes", "Leistung Leben / Berufsunfähigkeit", "Life and Disability Claims", "3120"),
    "janssen": ("Ole Janssen", "Kfz-Schaden", "Motor Claims", "5102"),
    "stuehrenberg": ("Petra Stührenberg", "Schaden Sach / Haftpflicht", "Property and Liability Claims", "5230"),
    "dittmer": ("Lars Dittmer", "Rechtsschutz-Schaden", "Legal Expenses Claims", "5310"),
    "hoppe": ("Nadine Hoppe", "Reiseversicherung", "Travel Insurance", "5405"),
    "rosenboom": ("Frank Rosenboom", "Firmenkunden Gewerbe", "Commercial Lines", "6120"),
    "thiel": ("Melanie Thiel", "Maklerbetreuung Nord", "Broker Relations North", "6310"),
    "ahlers": ("Carsten Ahlers", "Personalabteilung", "Human Resources", "1150"),
    "vosskamp": ("Dr. Irene Voßkamp", "Datenschutzbeauftragte", "Data Protection Officer", "1090"),
    "pape": ("Jörg Pape", "IT – DMS-Betrieb", "IT – DMS Operations", "7720"),
    "price": ("Daniel Price", "International Health Desk", "International Health Desk", "2290"),
    "demir": ("Aylin Demir", "Rückversicherung und Partnerschaften", "Group Reinsurance & Partnerships", "8030"),
    "okafor": ("Chidi Okafor", "Einkauf", "Procurement", "8120"),
    "behrens": ("Inga Behrens", "Kundenservice", "Customer Service", "4000"),
    "gerdes": ("Malte Gerdes", "Forderungsmanagement", "Receivables Management", "4620"),
    "sievers": ("Ronja Sievers", "Unternehmenskommunikation", "Corporate Communications", "1210"),
    "schnakenberg": ("Dirk Schnakenberg", "Rechtsabteilung", "Legal Department", "1170"),
}


def mailaddr(key):
    n = STAFF[key][0].replace("Dr. ", "")
    for a, b in (("ü", "ue"), ("ö", "oe"), ("ä", "ae"), ("ß", "ss"), (" ", ".")):
        n = n.replace(a, b)
    return n.lower() + "@" + DOM


def P(key):
    """(display name, address) of a staff member."""
    return (STAFF[key][0], mailaddr(key))


def F(box, name=None):
    """functional mailbox"""
    return (name, f"{box}@{DOM}") if name else f"{box}@{DOM}"


FOOT_DE = ("Nordhafen Versicherung AG · Am Speicherhafen 12 · 28217 Bremen\n"
           "Sitz Bremen · Amtsgericht Bremen HRB 40917\n"
           "Vorstand: Dr. Kai Hollmann (Vors.), Silke Brünjes, Arne Tiedemann\n"
           "Vorsitzende des Aufsichtsrats: Gesine Marwede")
FOOT_EN = ("Nordhafen Versicherung AG · Am Speicherhafen 12 · 28217 Bremen · Germany\n"
           "Registered office Bremen · Local court Bremen HRB 40917\n"
           "Management board: Dr. Kai Hollmann (chair), Silke Brünjes, Arne Tiedemann")
DISC_DE = ("Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie nicht\n"
           "der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren Sie bitte\n"
           "sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren sowie die unbefugte\n"
           "Weitergabe dieser E-Mail sind nicht gestattet.")
DISC_EN = ("This e-mail may contain confidential and/or privileged information. If you are not the intended\n"
           "recipient (or have received this e-mail in error) please notify the sender immediately and\n"
           "destroy this e-mail. Any unauthorised copying, disclosure or distribution of the material in\n"
           "this e-mail is strictly forbidden.")


def sig(key, lang="de", full=True, disc=True):
    name, de, en, ext = STAFF[key]
    role = de if lang == "de" else en
    if not full:
        return f"{name}\n{role}\nTel. +49 421 3398-{ext}\n"
    place = ("Posteingangszentrum Delmenhorst, Industriestraße 40, 27753 Delmenhorst"
             if key in ("wendisch", "kaya", "oltmanns", "claasen", "lueders") else
             "Am Speicherhafen 12, 28217 Bremen")
    if lang == "de":
        s = (f"Mit freundlichen Grüßen\n\n{name}\n{role}\n\nNordhafen Versicherung AG\n{place}\n"
             f"Telefon +49 421 3398-{ext}\n{mailaddr(key)}\nwww.{DOM}\n\n{FOOT_DE}\n")
        if disc:
            s += "\n" + DISC_DE + "\n"
    else:
        s = (f"Kind regards\n\n{name}\n{role}\n\nNordhafen Versicherung AG\n{place}\n"
             f"Phone +49 421 3398-{ext}\n{mailaddr(key)}\nwww.{DOM}\n\n{FOOT_EN}\n")
        if disc:
            s += "\n" + DISC_EN + "\n"
    return s


OUTLOOK = ("X-Mailer", "Microsoft Outlook 16.0")
TB = ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Thunderbird/128.6.0")
OM = ("X-Mailer", "Nordhafen Output Management 4.2")
DMS = ("X-Mailer", "Nordhafen DMS Notification Service 7.1")
IPHONE = ("X-Mailer", "iPhone Mail (22D82)")


def ol_quote(frm, sent, to, subj, body, lang="de", cc=None):
    """Outlook style quoted block."""
    if lang == "de":
        h = f"-----Ursprüngliche Nachricht-----\nVon: {frm}\nGesendet: {sent}\nAn: {to}\n"
        if cc:
            h += f"Cc: {cc}\n"
        h += f"Betreff: {subj}\n\n"
    else:
        h = f"-----Original Message-----\nFrom: {frm}\nSent: {sent}\nTo: {to}\n"
        if cc:
            h += f"Cc: {cc}\n"
        h += f"Subject: {subj}\n\n"
    return h + body


def gt_quote(intro, body):
    lines = body.rstrip("\n").split("\n")
    return intro + "\n" + "\n".join(("> " + ln) if ln else ">" for ln in lines) + "\n"


def fwd(frm, date, subj, to, body, lang="de"):
    if lang == "de":
        return (f"---------- Weitergeleitete Nachricht ----------\nVon: {frm}\nDatum: {date}\nBetreff: {subj}\n"
                f"An: {to}\n\n{body}")
    return (f"---------- Forwarded message ---------\nFrom: {frm}\nDate: {date}\nSubject: {subj}\nTo: {to}\n\n{body}")



# ==========================================================================
# MAILS
# ==========================================================================
SCAN = "ScanWerk Capture 5.2 OCR"

# ---- 0001 ---------------------------------------------------------------
M("NORMAL", "de", "internal",
  "trap: mail-room sorting rules naming Arztrechnungen, Rezepte, Sterbeurkunden as document classes; no person",
  frm=P("wendisch"), to=F("alle-fachbereiche", "Verteiler Fachbereiche Bremen"),
  subject="Posteingang: geänderte Sortierregeln ab 1. Februar", date="2026-01-19 08:42", extra=[OUTLOOK],
  text="""Liebe Kolleginnen und Kollegen,

ab Montag, 2. Februar, sortieren wir die Papierpost im Posteingangszentrum etwas anders vor,
weil die neue Scanstraße zwei zusätzliche Ausgabefächer hat. Für Sie ändert sich vor allem,
in welchem Stapel Ihre Post digital ankommt:

  Fach 1  Krankenversicherung Leistung: Arztrechnungen, Rezepte, Krankenhausrechnungen,
          Heil- und Kostenpläne, Hilfsmittelverordnungen
  Fach 2  Leben / BU: Sterbeurkunden, Erbscheine, ärztliche Fragebögen, Ablaufpost
  Fach 3  Schaden Komposit: Schadenanzeigen, Gutachten, Kostenvoranschläge, Polizeiberichte
  Fach 4  Vertrag / Bestand: Anträge, Kündigungen, Adressänderungen, SEPA-Mandate
  Fach 5  Alles, was wir nicht eindeutig zuordnen können ("Klärungsfach")

Briefe mit dem Vermerk "persönlich" oder "vertraulich" öffnen wir weiterhin nicht, sondern
geben sie verschlossen in die Hauspost. Das gilt auch für Post an den Betriebsrat und an die
Datenschutzbeauftragte.

Falls bei Ihnen in den ersten Tagen etwas im falschen Korb landet, bitte nicht per Mail an
einzelne Kollegen zurückschicken, sondern im DMS über "Fehlzuordnung melden" – dann sehen wir
es gesammelt und können die Regeln nachschärfen.

Danke und viele Grüße
Jana Wendisch

""" + sig("wendisch", disc=False))

# ---- 0002 ---------------------------------------------------------------
M("STRICTLY_CONFIDENTIAL", "de", "internal",
  "misdirected hospital discharge letter forwarded to health claims; diagnosis, birth date only in scanned PDF, body harmless",
  frm=P("kaya"), to=F("leistung.kv", "Leistung KV"), cc=P("janssen"),
  subject="Fehlläufer aus Kfz-Schaden – bitte übernehmen", date="2026-01-20 10:15", extra=[OUTLOOK],
  text="""Hallo zusammen,

der angehängte Brief lag heute früh im Kfz-Stapel (Kollege Janssen hat ihn zurückgegeben, hat
mit Kfz nichts zu tun). Laut Absender kommt er vom Klinikum, gehört also zu Ihnen.
Original liegt im Klärungsfach, Barcode 26-0120-008813.

Danke!
Murat

""" + sig("kaya", full=False),
  atts=[Att("Scan_26-0120-008813.pdf", pdf([
      "# Klinikum Weserbogen gGmbH - Klinik für Kardiologie",
      "Hemelinger Heerstraße 201, 28309 Bremen",
      "",
      "An die Nordhafen Krankenversicherung AG, Leistungsabteilung, 28189 Bremen",
      "",
      "# Entlassungsbrief / Kostenübernahme",
      "Patient: Herr Gerold Wübbenhorst, geb. 14.03.1958",
      "Versichertennummer: KV 7730 4412 01",
      "Aufenthalt: 06.01.2026 bis 13.01.2026 (stationär)",
      "",
      "Diagnosen:",
      "I21.4 NSTEMI, Erstereignis",
      "I25.13 Koronare Dreigefäßerkrankung",
      "E11.90 Diabetes mellitus Typ 2 ohne Komplikationen",
      "",
      "Therapie: Koronarangiographie und PCI mit Implantation von 2 DES (RIVA, RCX).",
      "Entlassungsmedikation: ASS 100 mg 1-0-0, Ticagrelor 90 mg 1-0-1, Atorvastatin 80 mg 0-0-1,",
      "Metformin 1000 mg 1-0-1, Bisoprolol 2,5 mg 1-0-0.",
      "Empfehlung: kardiologische Anschlussheilbehandlung, Antrag liegt bei.",
      "",
      "Mit freundlichen kollegialen Grüßen",
      "Dr. med. Swantje Haverkamp, Oberärztin",
  ], title="Scan 26-0120-008813", producer=SCAN, creation="20260120071122"))])

# ---- 0003 ---------------------------------------------------------------
M("CONFIDENTIAL", "en", "insurer-to-broker",
  "returned renewal letter: named customer, home contents policy number and old address sent to broker",
  frm=P("lueders"), to=("Femke Jansen", "f.jansen@northsea-brokers.example"),
  subject="Returned mail – policy HR-4471-20935 (de Groot)", date="2026-01-21 14:03", extra=[OUTLOOK],
  text="""Dear Ms Jansen,

our renewal notice for the home contents policy HR-4471-20935 of your client Mr Pieter de
Groot came back to us yesterday, stamped "Empfänger unbekannt verzogen" (addressee moved, no
forwarding address).

Address on file:
    Pieter de Groot
    Kornstraße 118
    28201 Bremen

As the policy was placed through your office, could you please check whether you have a more
recent postal address for Mr de Groot? The renewal premium of EUR 184.60 is due on 1 March;
until we have a valid address we will hold any further correspondence.

If he has moved back to the Netherlands, please let us know as well, since the cover only
applies to a residence in Germany.

""" + sig("lueders", "en"))

# ---- 0004 ---------------------------------------------------------------
M("NORMAL", "de", "insurer-to-supplier",
  "trap: document-class list for the scanning provider (Arztbericht, Entlassungsbericht, Sterbeurkunde) in XLSX; no person",
  frm=P("claasen"), to=("Projektteam ScanWerk", "projekt-nordhafen@scanwerk.example"), cc=P("oltmanns"),
  subject="Dokumentklassen Version 12 – bitte bis 30.01. einspielen", date="2026-01-21 16:27", extra=[OUTLOOK],
  text="""Hallo Herr Rohlfs, hallo Frau Meinken,

anbei die aktualisierte Liste der Dokumentklassen (Version 12). Geändert haben sich:

- neue Klasse KV-HKP-Z (Heil- und Kostenplan Zahn), bisher in KV-HKP zusammen mit
  Kieferorthopädie
- KV-EB (Entlassungsbericht) bekommt Priorität 1, damit Kostenübernahmen schneller durchlaufen
- LV-STU (Sterbeurkunde) wird künftig immer der Gruppe Leben zugeordnet, auch wenn auf dem
  Umschlag eine Sachversicherungs-Abteilung steht
- die alte Klasse "Sonstiges medizinisch" entfällt

Die Erkennungsmerkmale für die Klassifikation stehen in Spalte D. Bitte spielen Sie die Liste
bis Freitag, 30.01., in die Testumgebung ein; die Abnahme würden wir in der KW 6 machen.

Grüße aus Delmenhorst
Henrik Claasen

""" + sig("claasen", disc=False),
  atts=[Att("Dokumentklassen_V12.xlsx", xlsx([("Klassen", [
      ["Code", "Bezeichnung", "Zielgruppe", "Erkennungsmerkmale", "Priorität"],
      ["KV-RE", "Arztrechnung / Liquidation", "Leistung KV", "GOÄ-Ziffern, 'Rechnung', Praxisstempel", 2],
      ["KV-REZ", "Rezept / Arzneimittelverordnung", "Leistung KV", "PZN, Apothekenstempel", 3],
      ["KV-EB", "Entlassungsbericht / Arztbrief", "Leistung KV", "'Entlassung', 'Diagnosen', Klinik-Briefkopf", 1],
      ["KV-HKP", "Heil- und Kostenplan (KFO)", "Leistung KV", "'Heil- und Kostenplan', BEMA/GOZ", 2],
      ["KV-HKP-Z", "Heil- und Kostenplan Zahnersatz", "Leistung KV", "'Zahnersatz', GOZ 2200-2220", 2],
      ["LV-STU", "Sterbeurkunde", "Leben", "'Sterbeurkunde', Standesamt", 1],
      ["LV-ERB", "Erbschein", "Leben", "'Erbschein', Nachlassgericht", 2],
      ["BU-AFB", "Ärztlicher Fragebogen BU", "Leben / BU", "Formular NV-BU-07", 2],
      ["SA-SCH", "Schadenanzeige Sach/HUK", "Schaden", "Formular NV-S-01", 3],
      ["VT-ADR", "Adressänderung", "Bestand", "'neue Anschrift', 'umgezogen'", 4],
      ["VT-SEPA", "SEPA-Lastschriftmandat", "Bestand", "'Mandat', IBAN-Feld", 3],
  ])]))])

# ---- 0005 ---------------------------------------------------------------
M("CONFIDENTIAL", "de", "insurer-to-authority",
  "register-office address enquiry: name, birth date and last address of a third party in a motor recourse case",
  frm=P("lueders"), to=("Bürgeramt Hollerstedt – Meldewesen", "melderegister@hollerstedt.example"),
  subject="Antrag auf einfache Melderegisterauskunft nach § 44 BMG – Az. KS-2025-118402",
  date="2026-01-22 09:05", extra=[OUTLOOK],
  text="""Sehr geehrte Damen und Herren,

wir beantragen eine einfache Melderegisterauskunft gemäß § 44 Bundesmeldegesetz zu folgender
Person:

  Name, Vorname:    Kowalczyk, Dariusz
  Geburtsdatum:     09.07.1987
  letzte bekannte Anschrift: Mühlenweg 4a, 27798 Hollerstedt

Hintergrund: Herr Kowalczyk hat am 14.08.2025 mit einem bei uns versicherten Fahrzeug
(amtl. Kennzeichen OL-NV 382) einen Verkehrsunfall verursacht. Wir machen gegenüber dem
Fahrer einen Regressanspruch geltend; unsere Schreiben vom 03.11. und 08.12.2025 kamen mit dem
Vermerk "unbekannt verzogen" zurück.

Die Gebühr von 12,00 EUR überweisen wir nach Erhalt Ihres Gebührenbescheids. Bitte geben Sie
bei Rückfragen unser Aktenzeichen KS-2025-118402 an.

""" + sig("lueders"))

# ---- 0006 ---------------------------------------------------------------
M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
  "expat health claim from scanned post: named insured, hospital stay in Spain and diagnosis sent to assistance partner",
  frm=P("price"), to=("Harbour Assistance – Case Management", "cases@harbour-assist.example"),
  subject="Your case HA-26-00731 / our claim KV-INT-260114 – hospital invoice received by post",
  date="2026-01-22 11:48", extra=[OUTLOOK],
  text="""Hello Rachel,

the original invoice from Hospital Costa Blanca for our insured Mr Lennart Osterloh (expat
plan, member no. KV-INT 5520 3307) reached our mail room by regular post this morning, so you
do not need to request it again from the hospital.

Summary of what we received:
  - admission 02 Jan 2026, discharge 07 Jan 2026
  - diagnosis: acute appendicitis (K35.8), laparoscopic appendectomy on 02 Jan
  - total invoiced: EUR 11,842.50 (room, surgery, anaesthesia, pharmacy)
  - your guarantee of payment dated 02 Jan covered up to EUR 12,000

We will settle directly with the hospital. Please close the repatriation part of your file;
Mr Osterloh is back in Valencia and did not need a flight home.

The scan is in our system; I am not attaching it here because of its medical content. If you
need a copy for your records, I'll upload it to the partner portal.

Best,
Daniel

""" + sig("price", "en"))

# ---- 0007 ---------------------------------------------------------------
M("NORMAL", "en", "internal",
  "trap: DMS migration field list with date_of_birth/iban/icd10 field names and a fictitious sample record",
  frm=P("pape"), to=[P("claasen"), ("Sunita Rao", "sunita.rao@nordhafen-it.example")],
  subject="DMS migration – metadata mapping v0.3", date="2026-01-23 15:32", extra=[TB],
  text="""Hi Henrik, hi Sunita,

here is the third draft of the metadata mapping from the old archive (ArcLine 6) to the new
DMS. Please check especially the sensitivity flag – I mapped it from the old "Schutzklasse".

old field            new field               type        note
-------------------  ----------------------  ----------  ------------------------------
VNR                  policy_number           string      normalised, no blanks
KDNR                 customer_id             string
GEBDAT               date_of_birth           date        only on customer master, not per doc
BANKVERB             iban                    string      masked in index, full only in doc
ICD                  icd10_code              string[]    health docs only, multi-value
DIAG_TXT             diagnosis_text          dropped     not migrated, see DPIA
DOKKLASSE            document_class          enum        v12 list from Henrik
SCHUTZKL             sensitivity             enum        1=normal 2=confidential 3=strict
EINGANG              received_at             datetime    scan timestamp, UTC

Sample record (test data from the ArcLine demo set, person is fictitious):
  policy_number=KV00000000  customer_id=TEST-0001  date_of_birth=1970-01-01
  document_class=KV-RE  icd10_code=[]  sensitivity=3

Open points:
1. Do we keep "Eingangskanal" (post / fax / mail / portal)? I think yes.
2. Retention end date – calculated in DMS or delivered by the business line?

Jörg
--
""" + sig("pape", "en", full=False))

# ---- 0008 ---------------------------------------------------------------
M("CONFIDENTIAL", "de", "insurer-to-customer",
  "archive request answered: copy of a 2011 household policy schedule with name, address, premium (PDF)",
  frm=P("claasen"), to=("Hannelore Brüning", "h.bruening@mailbox-nord.example"),
  subject="Ihre Anfrage: Kopie Versicherungsschein Hausrat aus 2011", date="2026-01-26 10:20", extra=[OUTLOOK],
  text="""Sehr geehrte Frau Brüning,

vielen Dank für Ihren Anruf am Freitag. Wir haben Ihre Hausratversicherung HR-1102-66741 im
Archiv gefunden. Der Versicherungsschein vom 15.04.2011 war bei uns noch auf Mikrofilm
gespeichert; eine Kopie davon finden Sie im Anhang.

Bitte beachten Sie: Der Vertrag wurde 2017 auf den aktuellen Tarif "Hausrat Komfort"
umgestellt. Für Ihre Erbschaftsangelegenheit ist aber, wie Sie sagten, nur der damalige
Versicherungsumfang wichtig – die Versicherungssumme betrug seinerzeit 65.000 EUR.

Eine beglaubigte Kopie können wir Ihnen gern zusätzlich per Post schicken, wenn das Nachlass-
gericht sie verlangt.

""" + sig("claasen"),
  atts=[Att("Kopie_Versicherungsschein_HR-1102-66741_2011.pdf", pdf([
      "# Nordhafen Versicherung AG",
      "Versicherungsschein Hausratversicherung",
      "(Reproduktion aus dem Mikrofilmarchiv, Rolle 2011/044, Bild 1187)",
      "",
      "Versicherungsnehmer: Hannelore Brüning",
      "Anschrift: Achterdiek 31, 28359 Bremen",
      "Versicherungsnummer: HR-1102-66741",
      "Beginn: 01.05.2011, Ablauf: 01.05.2012, Verlängerung um jeweils ein Jahr",
      "Versicherungssumme: 65.000,00 EUR, Tarif Hausrat Basis 2009",
      "Jahresbeitrag: 118,40 EUR inkl. 19 % Versicherungsteuer",
      "Zahlweise: jährlich per Lastschrift",
      "",
      "Bremen, 15.04.2011",
  ], title="Kopie Versicherungsschein", producer="ArcLine 6 Reprint", creation="20260126095500"))])

# ---- 0009 ---------------------------------------------------------------
M("NORMAL", "de", "auto-reply",
  "trap: mail-room auto-reply mentioning Gesundheitsunterlagen, Arztrechnungen and secure upload; no person",
  frm=F("poststelle", "Nordhafen Versicherung – Poststelle"), to=("Rüdiger Sporleder", "r.sporleder@webpost-nord.example"),
  subject="Automatische Antwort: Unterlagen zu meinem Schaden", date="2026-01-26 18:44",
  extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"), OUTLOOK],
  text="""Guten Tag,

vielen Dank für Ihre Nachricht. Dieses Postfach wird nur werktags zwischen 7 und 16 Uhr
bearbeitet; wir leiten Ihre E-Mail an die zuständige Fachabteilung weiter.

Bitte beachten Sie:
* Arztrechnungen, Rezepte und andere Gesundheitsunterlagen senden Sie bitte nicht per
  einfacher E-Mail, sondern über den Upload in der Nordhafen-App oder im Kundenportal
  (https://portal.nordhafen-versicherung.example/upload).
* Originale müssen Sie uns nur schicken, wenn wir ausdrücklich danach fragen.
* Kündigungen und Widerrufe gelten mit Eingang dieser E-Mail als zugegangen.

Diese Nachricht wurde automatisch erstellt.

Nordhafen Versicherung AG – Poststelle
Industriestraße 40, 27753 Delmenhorst
""")

# ---- 0010 ---------------------------------------------------------------
M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "returned health benefit statement re-sent by mail: physiotherapy units and reimbursement of the addressee",
  frm=P("brandes"), to=("Wiebke Lamping", "wiebke.lamping@inbox-nord.example"),
  subject="Ihre Leistungsabrechnung vom 07.01. – kam als unzustellbar zurück", date="2026-01-27 09:31",
  extra=[OUTLOOK], irt="<CAL4mp1ng77x@inbox-nord.example>",
  text="""Hallo Frau Lamping,

danke für Ihren Rückruf und die neue Adresse – wir haben sie geändert (Lindenallee 9,
26121 Oldenburg). Die Leistungsabrechnung vom 07.01. war an die alte Anschrift gegangen und
ist bei uns als Rückläufer gelandet.

Wie gewünscht hier die Eckdaten vorab per Mail:

  Rechnung Praxis für Physiotherapie Kerstin Ohlrogge vom 18.12.2025
  6 x Krankengymnastik (KG) à 32,40 EUR, 6 x Wärmetherapie à 11,20 EUR
  Verordnung Dr. med. Frerk Ubbens (Orthopädie) vom 24.11.2025, Diagnose M54.16
  Rechnungsbetrag: 261,60 EUR
  erstattet nach Tarif AmbuPlus 80 %: 209,28 EUR
  Überweisung am 08.01. auf Ihr bekanntes Konto

Die Originalabrechnung schicken wir Ihnen heute noch einmal per Post an die neue Anschrift.

""" + sig("brandes"))

# ---- 0011 ---------------------------------------------------------------
M("CONFIDENTIAL", "mixed", "internal",
  "UK postal return notice about a third-party claimant in a motor claim forwarded with German comments; name, address, claim no.",
  frm=P("lueders"), to=P("janssen"),
  subject="WG: Returned item – your ref KS-2025-121907", date="2026-01-27 13:12", extra=[OUTLOOK],
  text="""Hallo Ole,

das hier kam heute per Mail von der Royal-Mail-Rücksendestelle unseres UK-Dienstleisters.
Der Unfallgegner aus deinem Schaden ist offenbar nicht mehr unter der Adresse in Leeds zu
erreichen. Soll ich eine Adressermittlung über AdressPunkt (international, ca. 45 EUR)
anstoßen oder hast du eine E-Mail-Adresse vom Anwalt?

Gruß Sabine

""" + ol_quote("International Returns Desk <returns@ukpost-services.example>", "Dienstag, 27. Januar 2026 11:02",
               "rueckpost@nordhafen-versicherung.example", "Returned item – your ref KS-2025-121907", """Dear Sir/Madam,

the following item has been returned to our depot as undeliverable:

  Addressee:    Mr Thomas Ashworth
  Address:      41 Fernbank Road, Leeds LS6 3BQ
  Your ref:     KS-2025-121907 (motor claim, accident A1 Bremen 29/10/2025)
  Reason:       Addressee gone away

The item will be destroyed after 30 days unless you request its return.

Regards
International Returns Desk
""", lang="en"))

# ---- 0012 ---------------------------------------------------------------
_nl12_txt = """Nordhafen Maklerbrief 01/2026

Neue Postanschrift für Antrags- und Leistungsunterlagen

Liebe Vertriebspartnerinnen und Vertriebspartner,

seit Januar landet unsere gesamte Papierpost im neuen Posteingangszentrum in Delmenhorst.
Für Sie heißt das:

1. Bitte verwenden Sie ab sofort nur noch die Großkundenanschrift
   Nordhafen Versicherung AG, 28189 Bremen
   – egal ob Antrag, Gesundheitsfragen, Schadenanzeige oder Kündigung.
2. Anträge für BU, Risikoleben und Krankenvoll mit Gesundheitsangaben können Sie weiterhin
   digital über das Maklerportal einreichen. Das ist schneller als Post: im Schnitt 1,4 statt
   3,8 Arbeitstage bis zur Policierung.
3. Heften Sie bitte nichts zusammen und verzichten Sie auf Klarsichthüllen – beides bremst
   unsere Scanner.

Webinar "Digitale Antragsstrecke" am 12.02.2026, 10:00 Uhr: Anmeldung im Maklerportal unter
https://makler.nordhafen-versicherung.example/webinare

Ihre Maklerbetreuung Nord

Abmelden: https://makler.nordhafen-versicherung.example/newsletter/abmelden
"""
_nl12_html = """<html><body style="font-family:Arial,sans-serif;font-size:14px">
<h2 style="color:#0a3d62">Nordhafen Maklerbrief 01/2026</h2>
<h3>Neue Postanschrift für Antrags- und Leistungsunterlagen</h3>
<p>Liebe Vertriebspartnerinnen und Vertriebspartner,</p>
<p>seit Januar landet unsere gesamte Papierpost im neuen Posteingangszentrum in Delmenhorst. Für Sie heißt das:</p>
<ol>
<li>Bitte verwenden Sie ab sofort nur noch die Großkundenanschrift <b>Nordhafen Versicherung AG, 28189 Bremen</b> &ndash; egal ob Antrag, Gesundheitsfragen, Schadenanzeige oder Kündigung.</li>
<li>Anträge für BU, Risikoleben und Krankenvoll mit Gesundheitsangaben können Sie weiterhin digital über das Maklerportal einreichen. Das ist schneller als Post: im Schnitt 1,4 statt 3,8 Arbeitstage bis zur Policierung.</li>
<li>Heften Sie bitte nichts zusammen und verzichten Sie auf Klarsichthüllen &ndash; beides bremst unsere Scanner.</li>
</ol>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Unterlage</th><th>bisher</th><th>neu</th></tr>
<tr><td>Anträge</td><td>Postfach 10 44 20</td><td>28189 Bremen</td></tr>
<tr><td>Leistungsbelege KV</td><td>Postfach 10 44 80</td><td>28189 Bremen</td></tr>
<tr><td>Schadenpost</td><td>Am Speicherhafen 12</td><td>28189 Bremen</td></tr>
</table>
<p>Webinar &bdquo;Digitale Antragsstrecke&ldquo; am 12.02.2026, 10:00 Uhr: <a href="https://makler.nordhafen-versicherung.example/webinare">Anmeldung im Maklerportal</a></p>
<p>Ihre Maklerbetreuung Nord</p>
<p style="font-size:11px;color:#777"><a href="https://makler.nordhafen-versicherung.example/newsletter/abmelden">Abmelden</a></p>
</body></html>
"""
M("NORMAL", "de", "newsletter",
  "trap: broker newsletter about the new postal address for Gesundheitsfragen/BU applications; no person",
  frm=F("maklerbrief", "Nordhafen Maklerbetreuung"), to=F("maklerbrief-verteiler", "Maklerbrief Verteiler"),
  subject="Maklerbrief 01/2026: Neue Postanschrift, Webinar digitale Antragsstrecke", date="2026-01-28 07:30",
  extra=[("List-Unsubscribe", "<https://makler.nordhafen-versicherung.example/newsletter/abmelden>"),
         ("Precedence", "bulk")],
  text=_nl12_txt, html=_nl12_html)

# ---- 0013 ---------------------------------------------------------------
M("STRICTLY_CONFIDENTIAL", "de", "internal",
  "data breach report: dental cost plan of a named customer mailed to the wrong customer; details in body and DOCX",
  frm=P("vosskamp"), to=[("Dr. Kai Hollmann", "kai.hollmann@" + DOM), ("Silke Brünjes", "silke.bruenjes@" + DOM)],
  cc=P("brandes"), subject="[vertraulich] Datenpanne 2026-004: fehlgeleitete E-Mail Leistung KV",
  date="2026-01-28 12:06", extra=[OUTLOOK, ("Importance", "high")],
  text="""Sehr geehrter Herr Dr. Hollmann, sehr geehrte Frau Brünjes,

zur Information über einen meldepflichtigen Vorfall aus der Leistungsabteilung KV:

Am 27.01.2026 um 15:48 Uhr hat ein Mitarbeiter die Antwort auf eine Kundenanfrage per E-Mail
verschickt. Durch die Autovervollständigung im Adressfeld ging sie nicht an die Versicherte
Frau Magdalena Thiessen (KV 7730 9015), sondern an einen anderen Kunden mit ähnlichem Namen.
Im Anhang der Mail befand sich der Heil- und Kostenplan ihres Zahnarztes (Implantate regio
36 und 46, voraussichtliche Kosten 6.480 EUR) sowie unsere Leistungszusage.

Der Empfänger hat uns gestern Abend selbst informiert und die Löschung schriftlich bestätigt.
Da Gesundheitsdaten betroffen sind, melde ich den Vorfall heute fristgerecht nach Art. 33
DSGVO an die Landesbeauftragte. Frau Thiessen wird nach Art. 34 benachrichtigt; der Entwurf
des Schreibens liegt bei.

Maßnahme: Die Autovervollständigung für externe Adressen wird in der Leistungsabteilung bis
Ende Februar abgeschaltet; Leistungspost geht nur noch über das Kundenportal.

Mit freundlichen Grüßen
Irene Voßkamp

""" + sig("vosskamp", full=False),
  atts=[Att("Datenpanne_2026-004_Meldung.docx", docx([
      "# Meldung einer Verletzung des Schutzes personenbezogener Daten (Art. 33 DSGVO)",
      "Verantwortlicher: Nordhafen Krankenversicherung AG, Am Speicherhafen 12, 28217 Bremen",
      "Interne Nr.: 2026-004",
      [["Feld", "Angabe"],
       ["Zeitpunkt", "27.01.2026, 15:48 Uhr"],
       ["Entdeckt", "27.01.2026, 19:10 Uhr (Hinweis des Empfängers)"],
       ["Betroffene Person", "Magdalena Thiessen, geb. 02.10.1969, KV 7730 9015"],
       ["Datenkategorien", "Gesundheitsdaten (Heil- und Kostenplan Zahnersatz, Implantate regio 36/46)"],
       ["Empfänger", "ein Versicherter der Gesellschaft (Name liegt intern vor)"],
       ["Folgen", "gering; Empfänger hat Löschung bestätigt"]],
      "Entwurf Benachrichtigung der betroffenen Person nach Art. 34 DSGVO: siehe Anlage 2.",
  ], title="Datenpanne 2026-004", author="Dr. Irene Voßkamp"))])

# ---- 0014 ---------------------------------------------------------------
M("CONFIDENTIAL", "en", "insurer-to-supplier",
  "address research batch: names, birth dates, last addresses and motor/household policy numbers only in CSV; body harmless",
  frm=P("lueders"), to=("AdressPunkt Order Desk", "orders@adresspunkt.example"),
  subject="Batch order 2026-02 (12 records)", date="2026-01-29 10:44", extra=[OUTLOOK],
  text="""Hello,

please find attached our batch 2026-02 with 12 records for the standard address search
(product "Adresse Plus", incl. register office enquiry where needed). Framework agreement
no. RV-2024-117 applies.

Please return the results as usual through the SFTP drop, not by e-mail.

Thanks
Sabine Lüders
Nordhafen Versicherung AG – Returned Mail and Address Research
""",
  atts=[Att("batch_2026-02.csv", csvb([
      ["lfd", "name", "vorname", "geburtsdatum", "strasse", "plz", "ort", "vertrag", "grund"],
      [1, "Kowalczyk", "Dariusz", "09.07.1987", "Mühlenweg 4a", "27798", "Hollerstedt", "KF-2290-11873", "Regress"],
      [2, "Heidmann", "Svenja", "21.11.1994", "Bahnhofstr. 17", "28195", "Bremen", "HR-4471-30012", "Beitragsrückstand"],
      [3, "Yilmaz", "Cem", "03.05.1979", "Lange Reihe 88", "27568", "Bremerhaven", "KF-2290-20456", "Beitragsrückstand"],
      [4, "de Groot", "Pieter", "17.08.1983", "Kornstraße 118", "28201", "Bremen", "HR-4471-20935", "Rückläufer"],
      [5, "Böschen", "Marlies", "30.01.1951", "Am Deich 3", "27809", "Lemwerder", "WG-5501-00418", "Rückläufer"],
      [6, "Tjarks", "Hauke", "12.12.1990", "Kirchweg 22", "26919", "Brake", "PH-3310-77121", "Rückläufer"],
      [7, "Nowak", "Agnieszka", "08.04.1988", "Friedrich-Ebert-Str. 140", "28199", "Bremen", "KF-2290-31190", "Regress"],
      [8, "Lührs", "Jannik", "25.09.2001", "Vegesacker Heerstr. 9", "28757", "Bremen", "KF-2290-28744", "Beitragsrückstand"],
      [9, "Osmanović", "Emina", "14.02.1985", "Hansestr. 61", "27749", "Delmenhorst", "HR-4471-41002", "Rückläufer"],
      [10, "Ritter", "Klaus-Dieter", "19.06.1962", "Wiesenweg 5", "27711", "Osterholz-Scharmbeck", "RS-8801-10934", "Rückläufer"],
      [11, "Meyerdierks", "Frauke", "01.03.1976", "Hauptstr. 201", "28816", "Stuhr", "KF-2290-30077", "Regress"],
      [12, "Albers", "Timo", "27.10.1998", "Ostertorsteinweg 12", "28203", "Bremen", "PH-3310-80455", "Beitragsrückstand"],
  ], enc="utf-8"), charset="utf-8", cte="base64")])

# ---- 0015 ---------------------------------------------------------------
M("NORMAL", "de", "internal",
  "trap: monthly mail-room statistics (Arztrechnungen, Sterbeurkunden, Rückläufer) as aggregates in XLSX",
  frm=P("wendisch"), to=[("Bereichsleitung Betrieb", "bl-betrieb@" + DOM)], cc=P("claasen"),
  subject="Posteingangsstatistik Januar 2026", date="2026-02-02 08:15", extra=[OUTLOOK],
  text="""Guten Morgen,

anbei die Zahlen für Januar. Kurz zusammengefasst:

- 48.211 Sendungen Papierpost (Vorjahr 51.930), davon 44 % Leistungsbelege KV
- Scan-Durchlaufzeit im Mittel 0,9 Arbeitstage, 97,2 % am Folgetag im DMS
- Rückläufer: 1.184 (2,9 % der Ausgangspost), Spitze nach dem Beitragsanpassungsversand
- Fehlläufer zwischen den Fachbereichen: 312, davon 41 zwischen Kfz und KV
  (meistens Arztberichte nach Verkehrsunfällen, siehe Reiter "Fehlläufer")

Der Anstieg der manuellen Nachindexierung im Januar kommt von den neuen Dokumentklassen;
das sollte sich ab Februar einpendeln.

Viele Grüße
Jana Wendisch
""",
  atts=[Att("Posteingang_2026-01.xlsx", xlsx([
      ("Volumen", [["Dokumentklasse", "Anzahl Jan 2026", "Anzahl Jan 2025", "Anteil"],
                   ["Arztrechnungen (KV-RE)", 9870, 10544, "20,5 %"],
                   ["Rezepte (KV-REZ)", 6215, 7003, "12,9 %"],
                   ["Entlassungsberichte (KV-EB)", 1422, 1390, "2,9 %"],
                   ["Heil- und Kostenpläne", 3790, 3610, "7,9 %"],
                   ["Sterbeurkunden (LV-STU)", 212, 247, "0,4 %"],
                   ["Schadenanzeigen Sach/HUK", 4410, 5120, "9,1 %"],
                   ["Vertrag/Bestand", 12108, 13370, "25,1 %"],
                   ["Sonstiges/Klärung", 10184, 10646, "21,1 %"],
                   ["Summe", 48211, 51930, "100 %"]]),
      ("Fehlläufer", [["von", "nach", "Anzahl"], ["Kfz-Schaden", "Leistung KV", 41],
                      ["Sach", "Leistung KV", 17], ["Leistung KV", "Leben/BU", 63],
                      ["Bestand", "Forderungsmanagement", 191]]),
      ("Rückläufer", [["Sparte", "Rückläufer", "Quote"], ["Kranken", 402, "3,4 %"], ["Leben", 188, "2,1 %"],
                      ["Kfz", 331, "2,8 %"], ["Sach/HUK", 263, "3,0 %"]]),
  ]))])

# ---- 0016 ---------------------------------------------------------------
M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
  "lawyer's file inspection request answered: index of a disability claim file listing medical reports of a named client",
  frm=P("mewes"), to=("RA Dr. Hauke Frerichs", "frerichs@rademacher-frerichs.example"),
  subject="Ihr Zeichen 118/25 F – Akteneinsicht BU-Leistungsakte Stührmann", date="2026-02-02 14:50",
  extra=[OUTLOOK], irt="<2026013009.ra118@rademacher-frerichs.example>",
  text="""Sehr geehrter Herr Dr. Frerichs,

in obiger Angelegenheit bestätigen wir den Eingang Ihres Schreibens vom 29.01.2026 sowie der
Vollmacht und der Schweigepflichtentbindung Ihres Mandanten Herrn Jens Stührmann
(BU-Versicherung BU-6620-31457).

Die Leistungsakte haben wir aus dem Archiv angefordert; sie wird derzeit vollständig
digitalisiert. Vorab erhalten Sie das Inhaltsverzeichnis:

  Bl. 1-14   Leistungsantrag vom 11.03.2025 mit Fragebogen zur Berufstätigkeit (Dachdecker)
  Bl. 15-22  Befundbericht Dr. med. Almuth Gerdes, Orthopädie: Rotatorenmanschettenruptur
             rechts (M75.1), Z. n. Operation 02/2025
  Bl. 23-31  Entlassungsbericht Reha-Klinik Wiehengebirge, Leistungsfähigkeit als
             Dachdecker unter 3 Stunden
  Bl. 32-40  Gutachten Prof. Dr. Bernd Alting vom 22.08.2025 (BU-Grad 40 %)
  Bl. 41-47  Leistungsablehnung vom 15.09.2025, Widerspruch vom 10.10.2025

Die vollständige Kopie senden wir Ihnen bis zum 13.02.2026 per beA bzw. auf Wunsch über unser
SecureMail-Portal zu. Eine unverschlüsselte Übermittlung per E-Mail ist uns bei
Gesundheitsdaten nicht möglich.

""" + sig("mewes"))

# ---- 0017 ---------------------------------------------------------------
M("CONFIDENTIAL", "de", "insurer-to-customer",
  "new SEPA mandate from scanned post confirmed: named customer, motor policy, masked IBAN",
  frm=F("beitragsservice", "Nordhafen Beitragsservice"), to=("Kerstin Rathjen", "kerstin.rathjen@t-post.example"),
  subject="Bestätigung Ihrer neuen Bankverbindung – Kfz-Versicherung KF-2290-40117", date="2026-02-03 06:02",
  extra=[OM], cs="iso-8859-1", cte="quoted-printable",
  text="""Sehr geehrte Frau Rathjen,

Ihr SEPA-Lastschriftmandat vom 28.01.2026 ist bei uns eingegangen. Ab dem nächsten Beitrag
buchen wir von Ihrem neuen Konto ab:

Kontoinhaberin:  Kerstin Rathjen
IBAN:            DE** **** **** **** **76 12
Bank:            Weser Sparkasse
Mandatsreferenz: NV-KF-2290-40117-03
Gläubiger-ID:    DE74ZZZ00000412937

Erster Einzug: 01.03.2026, Betrag 63,18 EUR (Kfz-Haftpflicht und Teilkasko, monatlich).

Diese E-Mail wurde automatisch erstellt. Bei Fragen erreichen Sie uns unter
+49 421 3398-4000 oder im Kundenportal.

Mit freundlichen Grüßen
Ihre Nordhafen Versicherung

""" + FOOT_DE + "\n")

# ---- 0018 ---------------------------------------------------------------
M("NORMAL", "en", "insurer-to-partner",
  "trap: retention schedule for the reinsurer (medical reports, death certificates) as policy text; no person",
  frm=P("demir"), to=("Graham Whitfield", "g.whitfield@atlanticre.example"), cc=P("claasen"),
  subject="RE: Treaty audit – document retention schedule", date="2026-02-03 11:17", extra=[OUTLOOK],
  irt="<DB6PR01MB4411.atl@atlanticre.example>",
  text="""Hi Graham,

as promised in our call, the short version of our retention rules for claims files that
fall under the life and health treaties. The full policy (Aufbewahrungsrichtlinie v4.1) is in
German; happy to walk your auditors through it.

  Document type                          Retention                   Legal basis
  -------------------------------------  --------------------------  -----------------------
  Policy schedules, applications         10 yrs after contract end   § 257 HGB, § 147 AO
  Medical reports, underwriting notes    10 yrs after contract end   internal, § 203 StGB
  Death certificates, inheritance docs   10 yrs after payout         internal
  Claims correspondence                  6 yrs after closing         § 257 HGB
  Returned mail (originals)              destroyed after scanning,   internal
                                         scan kept with the file

Originals on paper are scanned in our mail room and destroyed after a three-month quarantine
period, except notarial deeds and court documents, which go to the off-site archive.

Treaty-relevant claims files you select for the audit sample will be provided through the
data room in anonymised form first; full files only on site in Bremen.

Best regards
Aylin

""" + ol_quote("Graham Whitfield", "Monday, 2 February 2026 17:40", "Aylin Demir", "Treaty audit – document retention schedule", """Aylin,

ahead of the audit in March, could you send us an overview of how long you keep
claims documentation, particularly medical evidence for the disability book?

Thanks, Graham
""", lang="en"))

# ---- 0019 ---------------------------------------------------------------
M("STRICTLY_CONFIDENTIAL", "de", "internal",
  "re-indexing request in an HTML-only table: doctor's invoice with ICD codes indexed to the wrong insured",
  frm=P("oltmanns"), to=F("leistung.kv", "Leistung KV"), subject="Nachindexierung: Beleg falsch zugeordnet (Batch 0203-17)",
  date="2026-02-03 13:40", extra=[OUTLOOK], cte="base64",
  html="""<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,sans-serif">
<p>Hallo Leistung KV,</p>
<p>bei der Stichprobe ist uns aufgefallen, dass im Batch 0203-17 eine Arztrechnung beim falschen Versicherten
gelandet ist (Namensgleichheit, OCR hat die Versichertennummer nicht gelesen). Bitte umhängen und den
Erstattungslauf für Vertrag 1 stoppen, falls schon angestoßen:</p>
<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse;font-size:13px">
<tr style="background:#dde6f0"><th></th><th>Versicherte/r</th><th>Vers.-Nr.</th><th>Geb.-Datum</th></tr>
<tr><td>falsch zugeordnet zu</td><td>Heike Rohde</td><td>KV 7731 0448</td><td>11.05.1972</td></tr>
<tr><td>richtig wäre</td><td>Heike Rohde</td><td>KV 7729 6612</td><td>23.09.1981</td></tr>
</table>
<p>Beleg: Rechnung Dr. med. Okko Janßen, Innere Medizin, vom 21.01.2026, 214,37 EUR<br>
Diagnosen laut Rechnung: E03.9 Hypothyreose, R53 Erschöpfung; Laborpositionen GOÄ 3734, 3735</p>
<p>Danke und Gruß<br>Britta Oltmanns<br>Scan-Qualitätssicherung, Posteingangszentrum Delmenhorst, Tel. -4423</p>
</body></html>
""")

# ---- 0020 ---------------------------------------------------------------
M("NORMAL", "de", "insurer-to-supplier",
  "trap: shredding order for 'KV-Leistungsakten 2014' and 'BU-Gutachten' boxes, security level P-4; no person",
  frm=P("claasen"), to=("Auftragsannahme Nordakten", "auftrag@nordakten-vernichtung.example"),
  subject="Abrufauftrag Aktenvernichtung KW 8 – Rahmenvertrag 2023-RV-09", date="2026-02-04 09:58", extra=[OUTLOOK],
  text="""Sehr geehrte Damen und Herren,

hiermit rufen wir aus dem Rahmenvertrag 2023-RV-09 folgende Vernichtung ab:

  Abholort:      Aktenlager Nord GmbH, Halle C, Am Güterbahnhof 7, 27749 Delmenhorst
  Termin:        Dienstag, 17.02.2026, ab 8:00 Uhr
  Material:      38 Archivkartons "KV-Leistungsakten Jahrgang 2014" (Aufbewahrungsfrist
                 abgelaufen 31.12.2025), 6 Kartons "BU-Gutachten 2013, abgeschlossen"
  Schutzklasse:  3 (besonders schutzbedürftige Daten, u. a. Gesundheitsdaten)
  Sicherheitsstufe nach DIN 66399: P-4, Vernichtung im verschlossenen Fahrzeug vor Ort

Bitte senden Sie uns das Vernichtungsprotokoll mit Kartonnummern an archiv@nordhafen-versicherung.example.
Die Löschfreigabe der Fachbereiche liegt vor (Freigabe-Nr. LF-2026-011).

""" + sig("claasen"))

# ---- 0021 ---------------------------------------------------------------
_ev_iban = iban("DE", "29050000" + "0117745230")
M("CONFIDENTIAL", "de", "insurer-to-broker",
  "grey: commission statement to a sole-trader broker with his private IBAN and tax number (natural person)",
  frm=P("thiel"), to=("Jörn Evers", "joern@evers-finanz.example"),
  subject="Courtageabrechnung Januar 2026 und Ihre neue Bankverbindung", date="2026-02-04 15:22",
  extra=[OUTLOOK], cs="windows-1252", cte="quoted-printable",
  text=f"""Hallo Herr Evers,

Ihre neue Bankverbindung ist hinterlegt, die Januar-Courtage geht schon dorthin:

  Kontoinhaber: Jörn Evers – Finanzkontor Evers (Einzelunternehmen)
  IBAN: {_ev_iban}
  Steuernummer: 60/147/03318

Abrechnung Januar 2026:
  Abschlusscourtage Sach/HUK       1.284,50 €
  Bestandscourtage                   612,08 €
  Stornoreserve (Einbehalt 10 %)    -189,66 €
  Auszahlung am 10.02.2026         1.706,92 €

Die Einzelaufstellung finden Sie wie immer in der elektronischen Vermittlerpost.
Übrigens: Ihre Post an uns kam zuletzt noch an das alte Postfach – bitte ab jetzt die
28189 Bremen verwenden, dann spart die Poststelle einen Umweg.

Viele Grüße nach Verden
Melanie Thiel

""" + sig("thiel", disc=True))

# ---- 0022 ---------------------------------------------------------------
M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
  "expat customer: claim letter about maternity/delivery returned from Dubai, settlement details sent by e-mail",
  frm=P("price"), to=("Amira Haddad-Krüger", "amira.hk@gulfmail.example"),
  subject="Your claim KV-INT-251203 – our letter came back", date="2026-02-05 10:03", extra=[OUTLOOK],
  text="""Dear Ms Haddad-Krüger,

our letter of 12 January about your maternity claim was returned to us by the postal service in
Dubai ("insufficient address"). I am sorry for the delay this has caused.

Here is the content in short:

- Delivery at Mediclinic Parkview on 4 December 2025 (caesarean section, 4 nights)
- Invoice AED 38,460 = EUR 9,412.77
- Your plan "Global Care Premium" covers maternity after the 10-month waiting period, which
  you completed in May 2025. We reimburse 100 %, less your annual deductible of EUR 500.
- Payment of EUR 8,912.77 was made on 14 January to your account ending ...4821.
- Newborn: please send the birth certificate within 2 months so that your son can be
  added to the policy without health questions.

Could you let me know your complete postal address (including P.O. Box) so that we can send
the original statement again? You can also switch to digital post in the customer portal.

""" + sig("price", "en"))

# ---- 0023 ---------------------------------------------------------------
M("NORMAL", "de", "insurer-to-third-party",
  "grey: misdirected e-mail from a non-customer answered without repeating its content; no insurance relationship",
  frm=F("poststelle", "Nordhafen Versicherung – Poststelle"), to=("Bernd Lürssen", "bernd.luerssen@webpost-nord.example"),
  subject="AW: Bewerbung als Lagerist", date="2026-02-05 11:36", extra=[OUTLOOK],
  text="""Sehr geehrter Herr Lürssen,

Ihre E-Mail von heute Morgen ist bei uns, der Nordhafen Versicherung AG, eingegangen. Wir
vermuten, dass sie für die Nordhafen Logistik GmbH bestimmt war – mit der wir nichts zu tun
haben, trotz des gleichen Namens.

Wir haben Ihre Nachricht samt Anhängen nicht weitergeleitet und gelöscht. Die richtige
Adresse finden Sie vermutlich auf der Website des Unternehmens.

Viel Erfolg bei Ihrer Bewerbung!

Freundliche Grüße
Murat Kaya
Poststelle
Nordhafen Versicherung AG
""")

# ---- 0024 ---------------------------------------------------------------
M("CONFIDENTIAL", "de", "internal",
  "HR: pay-group change of a named mail-room employee with monthly salary",
  frm=P("ahlers"), to=P("wendisch"), subject="Höhergruppierung Herr Kaya zum 01.03.",
  date="2026-02-05 16:10", extra=[OUTLOOK],
  text="""Hallo Jana,

kurze Info vorab, das offizielle Schreiben geht morgen an Herrn Kaya raus:

Deinem Antrag auf Höhergruppierung wurde stattgegeben. Murat Kaya wechselt zum 01.03.2026
von Tarifgruppe 4 in Tarifgruppe 5 (Tarifvertrag private Versicherungswirtschaft), neues
Monatsgehalt 3.742 € brutto statt bisher 3.451 €. Die Funktionszulage als Springer Versand
(120 €) bleibt bestehen.

Bitte noch nichts im Team sagen, bis er das Schreiben hat.

Gruß
Carsten

""" + sig("ahlers", full=False))

# ---- 0025 ---------------------------------------------------------------
M("NORMAL", "de", "internal",
  "trap: workshop invitation (ICS) on returned mail incl. returned health benefit statements and Gesundheitsdaten; no person",
  frm=P("lueders"), to=[P("wendisch"), P("kaya"), P("gerdes"), P("behrens")],
  subject="Einladung: Workshop Rückläuferprozess – was tun mit \"unbekannt verzogen\"?", date="2026-02-06 08:55",
  extra=[OUTLOOK],
  text="""Hallo zusammen,

wie besprochen möchte ich den Rückläuferprozess einmal komplett durchgehen – vom Eingang des
gelben Aufklebers bis zur Adressermittlung und Sperre des Vertrags für weitere Post.

Ziel: weniger Doppelarbeit zwischen Poststelle, Kundenservice und Forderungsmanagement und
eine klare Regel, wann wir eine kostenpflichtige Auskunft einholen. Ein eigener Punkt sind
zurückgekommene Leistungsabrechnungen KV: Da stehen Diagnosen und Arztrechnungen drin, die
dürfen nicht im allgemeinen Rückläuferfach liegen bleiben.

Termin: Mittwoch, 18.02., 10-12 Uhr, Besprechungsraum "Weser" in Delmenhorst (Teams-Link im
Termin). Einladung hängt an.

Gruß
Sabine
""",
  atts=[Att("Workshop_Ruecklaeufer.ics", ics("d166-0025-ws@nordhafen-versicherung.example", "20260218T100000",
                                             "20260218T120000", "Workshop Rückläuferprozess",
                                             "Delmenhorst, Besprechungsraum Weser / Teams",
                                             "Rückläufer: Eingang, Adressermittlung, Postsperre, Kosten",
                                             mailaddr("lueders"),
                                             [mailaddr("wendisch"), mailaddr("kaya"), mailaddr("gerdes"),
                                              mailaddr("behrens")]), ctype="text/calendar", method="REQUEST")])

# ---- 0026 ---------------------------------------------------------------
M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-hospital",
  "travel health claim: request for medical records of a named insured with suspected diagnosis and date of birth",
  frm=P("hoppe"), to=("Medical Records Office", "records@stmarys-sliema.example"),
  subject="Request for medical records – patient Torben Hilmer, DOB 02/11/1990", date="2026-02-09 09:12",
  extra=[OUTLOOK],
  text="""Dear Sir or Madam,

we are the travel health insurer of Mr Torben Hilmer, born 2 November 1990, resident in
Bremen, Germany. Mr Hilmer was treated in your emergency department on 27 December 2025 and
admitted overnight with suspected kidney stones (renal colic), according to the invoice he
submitted to us.

To assess his claim (our reference RK-2026-00412) we need:

  1. the emergency department report and discharge summary,
  2. the results of the CT scan mentioned on the invoice,
  3. an itemised invoice if the one we hold (EUR 3,870.00) is not final.

A signed authorisation from Mr Hilmer releasing you from medical confidentiality is
attached to our letter, which we sent by post on 5 February. As the postal service to Malta
seems to take a while, we are sending this request by e-mail as well. Please return the
records through our secure upload link, which we will send separately, or by post to
Nordhafen Versicherung AG, Reiseversicherung, 28189 Bremen, Germany.

Thank you very much for your help.

""" + sig("hoppe", "en"))

# ---- 0027 ---------------------------------------------------------------
M("NORMAL", "en", "insurer-to-supplier",
  "trap: RFP questions to a capture-software vendor with synthetic test documents (lab results, doctor's letters of 'Max Mustermann')",
  frm=P("okafor"), to=("Lena Hoffmann", "lena.hoffmann@docuvera.example"), cc=[P("claasen"), P("pape")],
  subject="RFP NV-2026-03 Intelligent Capture – clarification questions round 1", date="2026-02-09 14:26",
  extra=[OUTLOOK],
  text="""Dear Ms Hoffmann,

thank you for Docuvera's questions on our RFP. Our answers, in order:

Q1: How many document classes do you expect?
A1: Currently 61, of which 14 are medical (invoices, prescriptions, lab reports, discharge
    letters, cost plans). See annex B of the RFP.

Q2: Will real customer documents be provided for the proof of concept?
A2: No. For the PoC we provide a synthetic test set of 400 pages created by our mail room:
    doctor's letters, lab results and invoices for invented persons such as "Max
    Mustermann" and "Erika Musterfrau", with plausible but fake ICD-10 codes and addresses.
    Production data will only be processed after contract signature and a data processing
    agreement under Art. 28 GDPR.

Q3: Is on-premise operation required?
A3: Yes for anything touching health data. A hosted variant in a German data centre may be
    offered as an option.

Q4: Expected volume?
A4: About 580,000 incoming pages per year, peaks in January (premium adjustment) and
    December (year-end medical invoices).

The deadline for offers remains 6 March 2026, 12:00 CET.

Kind regards
Chidi Okafor
Procurement, Nordhafen Versicherung AG
""")

# ---- 0028 ---------------------------------------------------------------
M("CONFIDENTIAL", "de", "insurer-to-customer",
  "returned premium reminder: named customer, motor policy, arrears amount, new address",
  frm=P("gerdes"), to=("Cem Yilmaz", "cem.yilmaz79@netzpost.example"),
  subject="Re: Mahnung kam nie an", date="2026-02-10 10:41", extra=[TB], cs="utf-8", cte="8bit", flowed=True,
  irt="<8f2a11c0-yilmaz@netzpost.example>",
  text="""Hallo Herr Yilmaz,

danke für Ihre Nachricht. Sie haben recht: Unsere Mahnung vom 12.01. ging noch an die
Adresse Lange Reihe 88 und kam als unzustellbar zurück. Ihre neue Anschrift (Am Holzhafen
5, 27572 Bremerhaven) haben wir jetzt im Vertrag KF-2290-20456 gespeichert.

Offen sind die Beiträge für Dezember und Januar, zusammen 142,66 EUR. Wenn der Betrag bis
zum 24.02. bei uns eingeht, entstehen keine Mahngebühren und der Versicherungsschutz bleibt
unverändert bestehen.

Viele Grüße
Malte Gerdes
Forderungsmanagement
Nordhafen Versicherung AG

Am 10.02.2026 um 07:58 schrieb Cem Yilmaz:
> Guten Morgen, ich hab gestern einen Anruf bekommen dass ich mit meiner
> Autoversicherung im Rückstand bin?? Ich hab nie eine Mahnung bekommen. Bin im
> Dezember umgezogen. Was muss ich machen
> Gruß Cem Yilmaz
""")

# ---- 0029 ---------------------------------------------------------------
M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-lawyer",
  "garnishment order on a named customer's life insurance: third-party debtor declaration with surrender value (base64 body)",
  frm=P("gerdes"), to=("Kanzlei Tönjes Inkasso", "pfaendung@toenjes-inkasso.example"),
  subject="Drittschuldnererklärung gem. § 840 ZPO – Ihr Az. 4471/25-T", date="2026-02-10 15:03",
  extra=[OUTLOOK], cte="base64",
  text="""Sehr geehrte Damen und Herren,

der Pfändungs- und Überweisungsbeschluss des Amtsgerichts Delmenhorst vom 26.01.2026
(Az. 9 M 211/26) ist uns am 02.02.2026 per Post zugestellt worden. Als Drittschuldnerin
erklären wir gemäß § 840 Abs. 1 ZPO:

1. Wir erkennen die Forderung aus der Kapitallebensversicherung LV-3318-50742 des
   Schuldners Herrn Reinhard Ohlendorf, geb. 04.06.1966, grundsätzlich als begründet an.
   Der Rückkaufswert zum 01.02.2026 beträgt 18.406,13 EUR; die Versicherung ist nicht
   gekündigt.
2. Zur Zahlung sind wir erst nach Kündigung des Vertrags bereit. Die Kündigung kann der
   Gläubiger aufgrund der Überweisung zur Einziehung selbst erklären.
3. Andere Personen machen Ansprüche geltend: Das Bezugsrecht für den Todesfall ist
   widerruflich zugunsten der Ehefrau eingeräumt; eine Vorpfändung des Finanzamts
   Delmenhorst vom 14.11.2025 liegt vor.
4. Weitere Pfändungen liegen nicht vor.

Bitte beachten Sie, dass die Höhe des Rückkaufswerts sich bis zur Auszahlung noch ändert.

""" + sig("gerdes"))

# ---- 0030 ---------------------------------------------------------------
M("NORMAL", "de", "internal",
  "trap: DPO guidance sheet on misdirected letters containing health data, generic examples only",
  frm=P("vosskamp"), to=F("alle-mitarbeitenden", "Alle Mitarbeitenden"),
  subject="Merkblatt: Was tun mit Fehlläufern und fehlgeleiteten E-Mails?", date="2026-02-11 08:00",
  extra=[OUTLOOK],
  text="""Liebe Kolleginnen und Kollegen,

im Januar hatten wir mehrere Fälle, in denen Post oder E-Mails beim falschen Empfänger
gelandet sind – intern wie extern. Deshalb hier die Regeln noch einmal kompakt:

1. Post, die bei Ihnen falsch ankommt (z. B. ein Arztbrief im Kfz-Schaden), geben Sie nicht
   per Hauspost "irgendwohin" weiter, sondern im DMS über "Fehlzuordnung melden". Papier-
   originale gehen verschlossen zurück an die Poststelle.
2. Eine E-Mail, die wir irrtümlich an einen Externen geschickt haben, melden Sie bitte sofort
   an datenschutz@nordhafen-versicherung.example – auch nachts und am Wochenende. Für eine
   Meldung an die Aufsichtsbehörde haben wir nur 72 Stunden.
3. Bitten Sie den falschen Empfänger, die Nachricht zu löschen und das zu bestätigen. Schicken
   Sie ihm dabei nicht noch einmal den Inhalt mit!
4. Gesundheitsdaten (Diagnosen, Arztrechnungen, Gutachten, Pflegegrad) verschicken wir nie
   per einfacher E-Mail. Dafür gibt es das SecureMail-Portal.
5. Erhalten wir selbst eine fremde Sendung (z. B. für eine andere Versicherung), leiten wir sie
   an den richtigen Empfänger weiter oder senden sie zurück – ohne sie auszuwerten.

Das vollständige Merkblatt liegt im Intranet unter Datenschutz > Richtlinien > DS-07.

Herzliche Grüße
Irene Voßkamp
Datenschutzbeauftragte
""")

# ---- 0031 ---------------------------------------------------------------
_wl_txt = """Dear Mr Brinkmann,

several of our letters on your fleet claims have been returned to us over the last weeks
because the old address (Hafenrandstraße 3) no longer accepts post. Please confirm that all
claims correspondence should now go to your new head office:

  Weserland Logistik GmbH, Fleet Management, Senator-Borttscheller-Str. 20, 28197 Bremen

Affected claims (fleet policy FL-7710-00231):

  Claim no.        Date        Vehicle         Status
  S-2025-118530    14 Nov 25   HB-WL 2204      repair approved, invoice outstanding
  S-2025-121044    02 Dec 25   HB-WL 1187      third-party claim, awaiting statement
  S-2026-000917    08 Jan 26   HB-WL 3010      windscreen, closed

For S-2025-121044 we still need the written statement of your driver, Mr Sebastian Kück,
who was driving the vehicle; nobody was injured.

Kind regards
Frank Rosenboom
Commercial Lines, Nordhafen Versicherung AG
"""
_wl_html = """<html><body style="font-family:Segoe UI,Arial;font-size:10pt">
<p>Dear Mr Brinkmann,</p>
<p>several of our letters on your fleet claims have been returned to us over the last weeks because the old
address (Hafenrandstraße 3) no longer accepts post. Please confirm that all claims correspondence should now
go to your new head office:</p>
<p style="margin-left:20px">Weserland Logistik GmbH, Fleet Management, Senator-Borttscheller-Str. 20, 28197 Bremen</p>
<p>Affected claims (fleet policy FL-7710-00231):</p>
<table border="1" cellpadding="3" style="border-collapse:collapse">
<tr><th>Claim no.</th><th>Date</th><th>Vehicle</th><th>Status</th></tr>
<tr><td>S-2025-118530</td><td>14 Nov 25</td><td>HB-WL 2204</td><td>repair approved, invoice outstanding</td></tr>
<tr><td>S-2025-121044</td><td>02 Dec 25</td><td>HB-WL 1187</td><td>third-party claim, awaiting statement</td></tr>
<tr><td>S-2026-000917</td><td>08 Jan 26</td><td>HB-WL 3010</td><td>windscreen, closed</td></tr>
</table>
<p>For S-2025-121044 we still need the written statement of your driver, Mr Sebastian Kück, who was driving
the vehicle; nobody was injured.</p>
<p>Kind regards<br>Frank Rosenboom<br>Commercial Lines, Nordhafen Versicherung AG</p>
</body></html>
"""
M("CONFIDENTIAL", "en", "insurer-to-company",
  "grey: fleet customer (company) with named contact and named driver, claim numbers and plates after returned post",
  frm=P("rosenboom"), to=("Marc Brinkmann", "m.brinkmann@weserland-logistik.example"),
  subject="Returned post – fleet claims, please confirm new address", date="2026-02-11 13:30", extra=[OUTLOOK],
  text=_wl_txt, html=_wl_html)

# ---- 0032 ---------------------------------------------------------------
_nl32 = """Nordhafen Customer Update – February 2026

Going paperless: your digital post box

Do you still receive your policy documents, premium notices and claim statements on paper?
You can switch to the digital post box in the Nordhafen app in under two minutes.

Why switch?
- Faster: documents arrive the same day they are created, not 2-3 days later.
- Safer: letters can't get lost when you move house – returned mail is one of the most
  common reasons for delayed claim payments.
- Tidier: upload medical bills, prescriptions and repair invoices with your phone camera;
  no envelopes, no stamps.

Moving soon? Change your address in the app under "My details" and we'll update all your
policies at once.

Questions? Our customer service team speaks English, German and Turkish:
+49 421 3398-4000, Monday to Friday 8 am to 6 pm.

You are receiving this e-mail because you subscribed to customer updates.
Unsubscribe: https://www.nordhafen-versicherung.example/newsletter/unsubscribe
"""
M("NORMAL", "en", "newsletter",
  "trap: English customer newsletter about digital post box mentioning medical bills, prescriptions, returned mail",
  frm=F("newsletter", "Nordhafen Versicherung"), to=F("customer-update-en", "Customer Update EN"),
  subject="Going paperless – your digital post box", date="2026-02-12 07:00",
  extra=[("List-Unsubscribe", "<https://www.nordhafen-versicherung.example/newsletter/unsubscribe>"),
         ("Precedence", "bulk")], cte="quoted-printable",
  text=_nl32,
  html="<html><body><div style=\"max-width:600px;font-family:Arial\">" +
       "".join(f"<p>{xesc(p)}</p>" for p in _nl32.strip().split("\n\n")).replace("\n", "<br>") +
       "</div></body></html>\n")

# ---- 0033 ---------------------------------------------------------------
M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
  "x-ray images of a named insured sent to the insurer unrequested are returned to the practice; cover letter ODT",
  frm=P("brandes"), to=("Praxis Dr. Bolte", "praxis@dr-bolte-orthopaedie.example"),
  subject="Rücksendung Röntgenaufnahmen Ihrer Patientin", date="2026-02-12 11:05", extra=[OUTLOOK],
  text="""Sehr geehrte Damen und Herren,

mit gleicher Post erhalten Sie die Röntgenaufnahmen (CD und zwei Ausdrucke) zurück, die Sie
uns zur Rechnung vom 30.01.2026 für Ihre Patientin Frau Ingrid Meinardus, geb. 17.08.1955,
geschickt haben. Für die Erstattung benötigen wir keine Bildgebung, sondern nur die Rechnung
mit Diagnose (hier: M16.1 Koxarthrose rechts) – die liegt uns vor.

Das Begleitschreiben hängt an. Bitte schicken Sie uns künftig keine Originalaufnahmen mehr;
unsere Poststelle muss sie sonst gesondert erfassen und per Einschreiben zurücksenden.

""" + sig("brandes"),
  atts=[Att("Begleitschreiben_Ruecksendung.odt", odt([
      "Nordhafen Krankenversicherung AG – Leistungsservice",
      "Praxis Dr. med. Hinrich Bolte, Fachärzte für Orthopädie, Schwachhauser Heerstr. 60, 28209 Bremen",
      "Einschreiben Rückschein",
      "Betreff: Versicherte Ingrid Meinardus, geb. 17.08.1955, KV 7728 1093",
      "Anlagen: 1 CD Röntgen Becken/Hüfte re. vom 22.01.2026, 2 Ausdrucke",
      "Die Unterlagen sind ohne Anforderung bei uns eingegangen und wurden nicht in unsere Akte übernommen.",
      "Mit freundlichen Grüßen, Tobias Brandes",
  ]))])

# ---- 0034 ---------------------------------------------------------------
M("NORMAL", "de", "insurer-to-supplier",
  "trap: outbound mail volumes incl. 'Leistungsabrechnungen' and 'Beitragsanpassung' to the postal provider; aggregates only",
  frm=P("kaya"), to=("Geschäftskundenservice Weser Briefdienst", "gk@weser-briefdienst.example"),
  subject="Abholzeiten und Mengenvorschau März", date="2026-02-13 09:20", extra=[OUTLOOK],
  text="""Guten Tag Frau Engelken,

wie telefonisch besprochen die Mengenvorschau für März:

  Leistungsabrechnungen KV      ca. 38.000 Sendungen (täglich, DIN lang, bis 50 g)
  Beitragsrechnungen Kfz        ca. 22.000 (Versand 02.-06.03.)
  Standmitteilungen Leben       ca. 61.000 (Versand ab 16.03., Infopost)
  Einschreiben                  ca.    900

Ab 2. März bitte die zweite Abholung um 16:30 statt 15:00 Uhr – die Kuvertierstraße
läuft dann länger. Rücksendungen (Rückläufer) bitte weiterhin gesammelt in den gelben Boxen
an Tor 3.

Danke und Gruß
Murat Kaya
Poststelle Nordhafen Versicherung AG
Industriestraße 40, 27753 Delmenhorst
""")

# ---- 0035 ---------------------------------------------------------------
M("CONFIDENTIAL", "de", "insurer-to-customer",
  "archive request: summary of a 2019 water-damage claim for a house sale, name/address/claim amounts only in DOCX",
  frm=P("claasen"), to=("Dr. Volker Hashagen", "volker.hashagen@kanzlei-post.example"),
  subject="Ihre Archivanfrage – Leitungswasserschaden 2019", date="2026-02-13 14:48", extra=[OUTLOOK],
  text="""Sehr geehrter Herr Dr. Hashagen,

wie gewünscht erhalten Sie anbei eine Zusammenfassung des Schadens aus dem Jahr 2019 zu Ihrer
Wohngebäudeversicherung, die Sie für den Verkauf des Hauses benötigen. Die vollständige
Schadenakte ist bereits im Außenarchiv; sollte der Käufer auch Gutachten oder Rechnungen
sehen wollen, kann ich sie innerhalb von etwa fünf Arbeitstagen anfordern.

""" + sig("claasen"),
  atts=[Att("Schadenauskunft_WG-5501-00377.docx", docx([
      "# Schadenauskunft aus dem Archiv",
      "Versicherungsnehmer: Dr. Volker Hashagen, Parkallee 140, 28209 Bremen",
      "Vertrag: Wohngebäudeversicherung WG-5501-00377",
      [["Schaden-Nr.", "Datum", "Ursache", "Entschädigung"],
       ["S-2019-044120", "03.03.2019", "Leitungswasser, Rohrbruch Keller (Zuleitung Heizung)", "14.212,40 EUR"]],
      "Sanierung durch Trocknungsfirma und Installateur abgeschlossen am 29.05.2019.",
      "Weitere Schäden seit 2010: keine.",
      "Bremen, 13.02.2026 – Nordhafen Versicherung AG, Dokumentenmanagement und Archiv",
  ], title="Schadenauskunft", author="Henrik Claasen"))])

# ---- 0036 ---------------------------------------------------------------
M("STRICTLY_CONFIDENTIAL", "en", "internal",
  "forwarded letter of a UK widower: death of the insured (cancer) and life claim, only inside the inline forward",
  frm=P("price"), to=P("mewes"), subject="FW: Death of my wife – policy LV-3320-11906", date="2026-02-16 09:40",
  extra=[OUTLOOK],
  text="""Katrin,

this came in via the general inbox this morning – it's a life claim, so passing it on to
you. The husband says the original death certificate went by post last week; Britta checked
and it's been scanned (batch 0212-05), so it should already be in the file.

Daniel

""" + fwd("Alan Prescott <alan.prescott@britmail.example>", "Sun, 15 Feb 2026 21:17",
          "Death of my wife – policy LV-3320-11906", "service@nordhafen-versicherung.example", """Dear Sir or Madam,

I am writing to inform you that my wife, Heike Prescott (née Vogelsang), passed away on
29 January 2026 at St Luke's Hospice in Sheffield after a long illness (ovarian cancer,
diagnosed in 2023). She held a life insurance policy with you from her time in Bremen,
number LV-3320-11906, and I understand I am named as the beneficiary.

I posted a certified copy of the death certificate and my ID to your Bremen address on
6 February. Could you please confirm that it has arrived and let me know what else you need?
I am not sure whether letters from England reach you, as I have not had a reply yet.

Yours faithfully,
Alan Prescott
""", lang="en"))

# ---- 0037 ---------------------------------------------------------------
M("NORMAL", "de", "internal",
  "trap: IT ticket on OCR misclassification of Heil- und Kostenpläne, counts and document classes only",
  frm=P("pape"), to=F("it-servicedesk", "IT-Servicedesk"), cc=P("oltmanns"),
  subject="INC-2026-004418: Klassifikation KV-HKP-Z -> SA-GUT Fehlerquote erhöht", date="2026-02-16 11:22",
  extra=[("X-Mailer", "Nordhafen ITSM 9.3")], cs="us-ascii", cte="7bit",
  text="""Ticket INC-2026-004418
Prioritaet: 3 - mittel
Kategorie: DMS / Klassifikation
Status: in Bearbeitung

Beschreibung:
Seit dem Einspielen der Dokumentklassen V12 am 02.02. werden Heil- und Kostenplaene Zahnersatz
(KV-HKP-Z) auffaellig oft als Kfz-Gutachten (SA-GUT) klassifiziert.

Stichprobe KW 7: 1.240 Dokumente KV-HKP-Z, davon 87 falsch als SA-GUT (7,0 %), Vorwoche 1,1 %.
Vermutung: das Wort "Befund" plus Tabelle mit Positionen und Betraegen triggert die Gutachten-
Regel. Die Dokumente landen dadurch im Kfz-Schaden und kommen als Fehllaeufer zurueck.

Massnahme: Regel SA-GUT-03 auf Testumgebung deaktiviert, Nachtest mit Testset "synthetisch
Zahn 2025" (keine Echtdaten) laeuft.

Bearbeiter: J. Pape, DMS-Betrieb
""")

# ---- 0038 ---------------------------------------------------------------
_at_iban = iban("AT", "20815" + "00000471129")
M("CONFIDENTIAL", "mixed", "insurer-to-broker",
  "legal-expenses customer moved to Vienna: returned letter, refund to Austrian IBAN; German/English mix",
  frm=P("thiel"), to=("Oliver Grant", "o.grant@hanse-assekuranz.example"),
  subject="AW: Rückläufer Rechtsschutz – Ms Eleanor Marsh", date="2026-02-17 10:08", extra=[OUTLOOK],
  irt="<AM0PR07.grant.2217@hanse-assekuranz.example>",
  text=f"""Hallo Oliver,

danke für die schnelle Rückmeldung – Frau Marsh ist also tatsächlich nach Wien gezogen.
Since you said she prefers English, I'll switch:

We have cancelled her legal expenses policy RS-8801-12277 with effect from 31 January 2026
(move abroad, special termination right). The unused premium of EUR 96.40 will be refunded to
the Austrian account she gave you:

  Account holder: Eleanor Marsh
  IBAN: {_at_iban}

Our cancellation confirmation was returned as undeliverable from her old Bremen address, so
could you please forward the attached PDF to her? Ich hänge es hier an, ohne Gesundheits-
oder sonstige sensible Angaben – nur die Kündigungsbestätigung.

Viele Grüße / best regards
Melanie

""" + sig("thiel", full=False),
  atts=[Att("Kuendigungsbestaetigung_RS-8801-12277.pdf", pdf([
      "# Nordhafen Versicherung AG - Rechtsschutz",
      "Ms Eleanor Marsh, Praterstraße 44/12, 1020 Wien, Österreich",
      "Kündigungsbestätigung / Confirmation of cancellation",
      "Vertrag RS-8801-12277 (Privat- und Berufsrechtsschutz)",
      "Vertragsende: 31.01.2026 (Wegzug ins Ausland)",
      "Beitragsrückerstattung: 96,40 EUR",
      "Bremen, 17.02.2026",
  ], title="Kündigungsbestätigung"))])

# ---- 0039 ---------------------------------------------------------------
M("STRICTLY_CONFIDENTIAL", "de", "internal",
  "sensitive only in the subject: applicant's name and depression diagnosis code; body says only 'see subject'",
  frm=P("brandes"), to=F("antrag.leben", "Antragsprüfung Leben/BU"), cc=P("oltmanns"),
  subject="Fehlläufer im KV-Postkorb: BU-Antrag Niklas Cordes – Arztbericht F33.0 + Schweigepflichtentbindung",
  date="2026-02-17 15:55", extra=[OUTLOOK],
  text="""Hallo,

s. Betreff – liegt seit heute bei uns im Fach, ist im DMS als Fehlzuordnung gemeldet.
Holt ihr's ab oder sollen wir per Hauspost schicken?

Gruß
Tobias
""")

# ---- 0040 ---------------------------------------------------------------
M("NORMAL", "en", "insurer-to-partner",
  "trap: process agreement with a partner insurer on forwarding misdirected post incl. medical documents; no person",
  frm=P("wendisch"), to=("Joost van der Meer", "j.vandermeer@zeeland-verzekeringen.example"),
  subject="Misdirected post between our companies – proposed procedure", date="2026-02-18 12:14",
  extra=[OUTLOOK],
  text="""Dear Mr van der Meer,

thank you for the good conversation last week. As agreed, here is the procedure we propose for
post that reaches the wrong company – which happens more often than one would think, given
that our post office boxes in Bremen differ by one digit.

1. Either company forwards misdirected items unopened, in a collective envelope, once a week
   (Fridays), to the mail room of the other company.
2. Items that were already opened (because the envelope only said "Versicherung") are
   resealed, stamped "irrtümlich geöffnet / opened in error" and forwarded the same way.
3. We do not scan, index or copy the content. This applies in particular to medical
   documents such as hospital reports, prescriptions or doctors' invoices.
4. Each side keeps a simple count (date, number of items) – no names – for the annual review.
5. Contacts: mail room Nordhafen (poststelle@nordhafen-versicherung.example) and your
   facility services.

If that works for you, I'll draft a one-page agreement for both our DPOs to sign off.

""" + sig("wendisch", "en"))

# ---- 0041 ---------------------------------------------------------------
M("CONFIDENTIAL", "de", "insurer-to-third-party",
  "third-party liability claimant: returned settlement letter, named person, claim number, property damage, nobody hurt",
  frm=P("stuehrenberg"), to=("Gisela Dunker", "gisela.dunker@mailbox-nord.example"),
  subject="Ihr Zaunschaden – Schadennummer S-2025-120388", date="2026-02-18 16:02", extra=[OUTLOOK],
  text="""Sehr geehrte Frau Dunker,

unser Schreiben vom 28.01. ist leider mit dem Vermerk "Hausnummer fehlt" zu uns
zurückgekommen. Vielen Dank, dass Sie sich telefonisch gemeldet haben.

Wir regulieren als Haftpflichtversicherer Ihres Nachbarn Herrn Lüder Kamphues den Schaden an
Ihrem Gartenzaun (Baum beim Sturm am 12.12.2025 umgestürzt). Verletzt wurde zum Glück
niemand.

Nach dem Kostenvoranschlag der Firma Zaunbau Hinrichs erstatten wir 2.318,00 EUR. Bitte
teilen Sie uns Ihre Bankverbindung über das beigefügte Formular oder telefonisch mit; wir
überweisen dann innerhalb von fünf Arbeitstagen.

Ihre Anschrift haben wir korrigiert: Wümmeweg 14b, 28357 Bremen.

""" + sig("stuehrenberg"))

# ---- 0042 ---------------------------------------------------------------
M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
  "travel health claim in HTML-only mail with table: dengue fever treatment in Thailand of the named addressee",
  frm=P("hoppe"), to=("Jonas Feldkamp", "jonas.feldkamp@travelbox.example"),
  subject="Your travel insurance claim RK-2026-00388", date="2026-02-19 10:30", extra=[OUTLOOK],
  html="""<html><body style="font-family:Arial;font-size:10pt">
<p>Dear Mr Feldkamp,</p>
<p>since our letter to your home address was returned (you are still travelling, as your sister told us), here is our
decision on your claim by e-mail.</p>
<p>You were treated at Bangkok Hospital Phuket from 21 to 25 January 2026 for <b>dengue fever</b> (A97.0) with
dehydration. We cover the following items under your annual travel health policy RK-J-7701-4410:</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Item</th><th>Invoiced (THB)</th><th>EUR</th><th>Reimbursed</th></tr>
<tr><td>Inpatient stay, 4 nights</td><td>62,400</td><td>1,652.30</td><td>1,652.30</td></tr>
<tr><td>Laboratory (NS1 antigen, blood counts)</td><td>9,850</td><td>260.80</td><td>260.80</td></tr>
<tr><td>Infusions and medication</td><td>7,120</td><td>188.50</td><td>188.50</td></tr>
<tr><td>Hotel rebooking</td><td>4,600</td><td>121.80</td><td>0.00 (not covered)</td></tr>
<tr><td><b>Total</b></td><td></td><td>2,223.40</td><td><b>2,101.60</b></td></tr>
</table>
<p>The amount will be paid to the account you gave in the online claim form. Get well soon and safe travels!</p>
<p>Kind regards<br>Nadine Hoppe<br>Travel Insurance, Nordhafen Versicherung AG<br>Phone +49 421 3398-5405</p>
</body></html>
""")

# ---- 0043 ---------------------------------------------------------------
M("NORMAL", "de", "internal",
  "organisational note from the mail room (last pick-up time), plain us-ascii",
  frm=P("kaya"), to=F("alle-fachbereiche", "Verteiler Fachbereiche Bremen"),
  subject="Freitag 20.02.: letzte Postabholung schon um 12 Uhr", date="2026-02-19 14:00",
  extra=[OUTLOOK], cs="us-ascii", cte="7bit",
  text="""Hallo zusammen,

wegen der Betriebsversammlung am Freitagnachmittag holt die Hauspost am 20.02. nur bis
12:00 Uhr ab. Was danach in den Ausgangskoerben liegt, geht erst Montag raus.
Fristsachen bitte bis 11:30 Uhr direkt in der Poststelle abgeben (Raum 0.14).

Danke!
Murat Kaya, Poststelle
""")

# ---- 0044 ---------------------------------------------------------------
_ie_iban = iban("IE", "NWBK" + "93115212" + "345678")
M("CONFIDENTIAL", "en", "insurer-to-customer",
  "motor policy cancelled after move to Ireland, refund to the named customer's Irish IBAN (windows-1252)",
  frm=P("janssen"), to=("Siobhan Kelleher", "siobhan.kelleher@eirpost.example"),
  subject="Your car insurance KF-2290-35520 – refund", date="2026-02-20 09:48",
  extra=[OUTLOOK], cs="windows-1252", cte="quoted-printable",
  text=f"""Dear Ms Kelleher,

thank you for your e-mail and sorry that our letters did not reach you – they went to your
old address in Oldenburg and came back to us.

We have ended your car insurance KF-2290-35520 (VW Polo, OL-SK 71) on 31 January 2026, the day
the car was deregistered in Germany. Your no-claims class (SF 6) is stored; you can ask us
for a certificate if your Irish insurer needs it.

Refund of unused premium: € 212.34
Paid to: Siobhan Kelleher, IBAN {_ie_iban}
Expected value date: 25 February 2026

""" + sig("janssen", "en"))

# ---- 0045 ---------------------------------------------------------------
M("NORMAL", "en", "internal",
  "trap: mail-room training quiz with fictitious examples (physio invoice of 'Erika Musterfrau', death certificate)",
  frm=P("oltmanns"), to=F("team-input", "Team Input-Management"),
  subject="Training quiz: which tray does it go to? (answers on Friday)", date="2026-02-20 13:15",
  extra=[OUTLOOK],
  text="""Hi all,

for our new colleagues from the temp agency (and everyone who wants to join in), here is this
week's quiz. All examples are made up – no real documents!

1. A physiotherapy invoice for "Erika Musterfrau" addressed to "Nordhafen Kfz-Schaden".
   Which tray?
2. An envelope marked "persönlich/vertraulich – z. Hd. Betriebsrat". Open or not?
3. A death certificate with a handwritten note "wegen Lebensversicherung meiner Mutter".
   Which document class?
4. A letter from another insurer's customer, clearly sent to us by mistake. What do you do?
5. A returned envelope ("Empfänger unbekannt") with a premium notice inside. Where does the
   scan go, and who blocks further post?
6. A USB stick from a hospital with "Befunde" written on it. Scan? Plug in?

Answers by Thursday evening, please. The winner gets the first coffee on Friday.

Britta

Britta Oltmanns
Scan Quality Assurance
""")

# ---- 0046 ---------------------------------------------------------------
M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-authority",
  "registry office asked for a death certificate for a life insurance payout: named deceased, date of death, policy",
  frm=P("mewes"), to=("Standesamt Delmenhorst", "standesamt@delmenhorst-stadt.example"),
  subject="Anforderung Sterbeurkunde – Lebensversicherung LV-3301-07714", date="2026-02-23 10:12",
  extra=[OUTLOOK],
  text="""Sehr geehrte Damen und Herren,

zur Abwicklung einer Lebensversicherung bitten wir um Übersendung einer Sterbeurkunde für:

  Name:          Hinrich Wilhelm Addicks
  Geburtsdatum:  22.02.1941
  Sterbedatum:   03.02.2026
  Sterbeort:     Delmenhorst

Die Erbin, Frau Almut Addicks, hat uns nur eine unbeglaubigte Kopie übersandt, die wir für
die Auszahlung der Versicherungssumme (LV-3301-07714) nicht verwenden dürfen. Ihre Vollmacht
zur Anforderung liegt bei. Die Angabe der Todesursache benötigen wir nicht.

Die Gebühr überweisen wir nach Rechnungseingang. Bitte senden Sie die Urkunde an:
Nordhafen Lebensversicherung AG, Leistung Leben, 28189 Bremen.

""" + sig("mewes"))

# ---- 0047 ---------------------------------------------------------------
M("CONFIDENTIAL", "de", "internal",
  "internal XLSX of returned post with arrears per named motor/household customer; body harmless",
  frm=P("lueders"), to=P("gerdes"), subject="Rückläufer KW 8 mit offenen Beiträgen", date="2026-02-23 15:37",
  extra=[OUTLOOK],
  text="""Hi Malte,

wie jeden Montag die Liste der Rückläufer aus der letzten Woche, bei denen auch Beiträge offen
sind. Die Verträge sind für weiteren Postversand gesperrt. Bei Nr. 3 und 5 habe ich schon eine
Adressermittlung bei AdressPunkt beauftragt.

LG Sabine
""",
  atts=[Att("Ruecklaeufer_KW08_Rueckstand.xlsx", xlsx([("KW08", [
      ["Nr", "Name", "Vertrag", "Sparte", "alte Anschrift", "Rückstand EUR", "Vermerk Post"],
      [1, "Heidmann, Svenja", "HR-4471-30012", "Hausrat", "Bahnhofstr. 17, 28195 Bremen", 67.20, "unbekannt verzogen"],
      [2, "Lührs, Jannik", "KF-2290-28744", "Kfz", "Vegesacker Heerstr. 9, 28757 Bremen", 211.48, "Empfänger unbekannt"],
      [3, "Albers, Timo", "PH-3310-80455", "Privathaftpflicht", "Ostertorsteinweg 12, 28203 Bremen", 58.90, "unbekannt verzogen"],
      [4, "Wessels, Gerrit", "KF-2290-19930", "Kfz", "Grüne Str. 4, 26954 Nordenham", 389.02, "Annahme verweigert"],
      [5, "Schwarting, Lea", "HR-4471-38817", "Hausrat", "Am Markt 2, 27283 Verden", 44.15, "Briefkasten fehlt"],
  ])]))])

# ---- 0048 ---------------------------------------------------------------
M("NORMAL", "de", "insurer-to-customer",
  "grey: prospect's question on dental insurance answered with generic product info; no contract, no health data",
  frm=P("behrens"), to=("Tanja Kruse", "tanja.kruse@netzpost.example"),
  subject="AW: Frage zu Zahnzusatzversicherung", date="2026-02-24 11:02", extra=[OUTLOOK],
  text="""Hallo Frau Kruse,

gern beantworte ich Ihre Frage allgemein: Unsere Zahnzusatzversicherung "ZahnPlus" erstattet
je nach Tarif 70, 85 oder 100 % für Zahnersatz (Kronen, Brücken, Implantate), dazu
professionelle Zahnreinigung bis 150 EUR im Jahr. In den ersten vier Jahren gelten
Höchstbeträge (z. B. 1.000 EUR im ersten Jahr bei ZahnPlus 85).

Bereits angeratene oder laufende Behandlungen sind nicht versichert – deshalb fragen wir im
Antrag danach. Bitte schicken Sie uns vorab keine Befunde oder Heil- und Kostenpläne per
E-Mail; die brauchen wir für ein Angebot nicht.

Die Produktbroschüre hängt als Link an:
https://www.nordhafen-versicherung.example/zahn/broschuere.pdf

Freundliche Grüße
Inga Behrens
Kundenservice
""")

# ---- 0049 ---------------------------------------------------------------
M("STRICTLY_CONFIDENTIAL", "mixed", "internal",
  "expat insured's breast cancer treatment discussed in German/English with quoted replies",
  frm=P("fehrmann"), to=P("price"), subject="Re: AW: Kostenübernahme Chemo Singapur – Frau Lindqvist",
  date="2026-02-24 16:40", extra=[TB], cte="8bit",
  text="""Hi Daniel,

yes, please go ahead with the guarantee for cycles 4 to 6. Die Tarifleistung ist eindeutig,
and the oncologist's plan matches the guideline. Aber bitte nur über das Partnerportal
schicken, nicht per Mail an das Krankenhaus.

Viele Grüße
Ute

Am 24.02.2026 um 14:12 schrieb Daniel Price:
> Ute,
>
> Singapore General sent the treatment plan for Ms Karin Lindqvist (KV-INT 5520 4172):
> invasive ductal carcinoma left breast (C50.4), after surgery in December, now adjuvant
> chemotherapy, 6 cycles EC/paclitaxel. Cycles 1-3 are paid. They are asking for a
> guarantee of payment for cycles 4-6, approx. SGD 41,000.
>
> Her letters from us keep coming back (condo management refuses post for tenants), so she
> asked for everything by e-mail – I told her we'd use the portal.
>
> OK to confirm?
> Daniel
>
>> Am 23.02.2026 um 09:03 schrieb Ute Fehrmann:
>> Bitte erst den aktuellen Therapieplan anfordern, dann entscheide ich.
""")

# ---- 0050 ---------------------------------------------------------------
M("NORMAL", "mixed", "auto-reply",
  "trap: bilingual out-of-office of the international health desk with medical emergency line; no case data",
  frm=P("price"), to=("Harbour Assistance – Case Management", "cases@harbour-assist.example"),
  subject="Abwesenheitsnotiz / Out of office: Daniel Price", date="2026-02-25 07:01",
  extra=[("Auto-Submitted", "auto-replied"), OUTLOOK],
  text="""Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 6. März nicht im Büro.
In dringenden Fällen wenden Sie sich bitte an international@nordhafen-versicherung.example
oder +49 421 3398-2200.

Thank you for your message. I am out of the office until 6 March inclusive. For urgent
matters please contact international@nordhafen-versicherung.example or +49 421 3398-2200.
Medical emergencies abroad: our 24/7 assistance line +49 421 3398-9111.

Daniel Price
International Health Desk
""")

# ---- 0051 ---------------------------------------------------------------
M("CONFIDENTIAL", "en", "insurer-to-broker",
  "grey: archive request from broker: 10-year loss run of a corporate client with named contact, claim amounts in XLSX",
  frm=P("rosenboom"), to=("Priya Nair", "priya.nair@meridian-brokers.example"),
  subject="RE: Loss run request – Hollmer Feinkost GmbH", date="2026-02-25 10:15", extra=[OUTLOOK],
  irt="<LO2P265MB0981.nair@meridian-brokers.example>",
  text="""Hi Priya,

the loss run for Hollmer Feinkost GmbH is attached. Claims before 2019 had to be retrieved from
our off-site archive, which is why it took a bit longer than usual – apologies.

A few notes:
- 2017 and 2018 are from the paper files; amounts are final but the descriptions are short.
- The 2024 fire claim (S-2024-077210) is still open, reserve as of 31 January 2026.
- Contact person on our side for the renewal remains me; on the client side we have Mr Ralf
  Hollmer (managing director) on file.

Best regards
Frank

""" + ol_quote("Priya Nair", "Tuesday, 17 February 2026 16:02", "Frank Rosenboom",
               "Loss run request – Hollmer Feinkost GmbH", """Hi Frank,

our client Hollmer Feinkost GmbH (commercial property and business interruption) is going out
to market. Could you send us a 10-year loss run, please?

Thanks,
Priya
""", lang="en"),
  atts=[Att("LossRun_HollmerFeinkost_2016-2026.xlsx", xlsx([("Loss run", [
      ["Policy", "Claim no.", "Date of loss", "Cause", "Paid EUR", "Reserve EUR", "Status"],
      ["GW-9100-00412", "S-2017-010388", "2017-03-14", "Burglary, warehouse", 8420.00, 0, "closed"],
      ["GW-9100-00412", "S-2018-044102", "2018-07-30", "Cold store breakdown, spoiled goods", 23115.50, 0, "closed"],
      ["GW-9100-00412", "S-2021-060771", "2021-02-09", "Storm, roof", 41200.00, 0, "closed"],
      ["GW-9100-00412", "S-2024-077210", "2024-11-22", "Fire, production line 2", 310000.00, 185000.00, "open"],
      ["", "", "", "Total", 382735.50, 185000.00, ""],
  ])]))])

# ---- 0052 ---------------------------------------------------------------
M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-doctor",
  "attachment-only: ICS invitation for a follow-up examination naming the insured, birth date and tibial plateau fracture",
  frm=F("leistung.unfall", "Nordhafen Leistung Unfall"), to=("Praxis Dr. Ubben", "termine@gutachten-ubben.example"),
  subject="Terminvorschlag Nachuntersuchung", date="2026-02-26 09:25",
  extra=[OUTLOOK], cs="iso-8859-1", cte="quoted-printable",
  text="""Sehr geehrte Damen und Herren,

wie mit Ihrer Anmeldung besprochen, anbei der Terminvorschlag für die Nachuntersuchung.
Den schriftlichen Gutachtenauftrag und die Vorbefunde schicken wir per Post, sobald die
Einwilligung des Versicherten vorliegt. Unser erstes Schreiben an ihn kam leider zurück.

Mit freundlichen Grüßen
Nordhafen Versicherung AG, Leistung Unfall
Telefon +49 421 3398-3200
""",
  atts=[Att("Nachuntersuchung.ics", ics("d166-0052-nu@nordhafen-versicherung.example", "20260318T143000",
                                        "20260318T153000", "Nachuntersuchung UV-4410-20871 Gröneveld",
                                        "Praxis Dr. med. Arne Ubben, Contrescarpe 12, Bremen",
                                        "Versicherter: Wilfried Gröneveld, geb. 19.10.1963. Unfall 07.04.2025 "
                                        "(Sturz vom Gerüst), Z. n. Tibiakopffraktur rechts mit Plattenosteosynthese, "
                                        "Beugung eingeschränkt. Fragestellung: Invaliditätsbemessung nach Gliedertaxe "
                                        "(Bein unterhalb des Knies). Bitte Röntgen aktuell.",
                                        "leistung.unfall@" + DOM),
                ctype="text/calendar", method="REQUEST")])

# ---- 0053 ---------------------------------------------------------------
M("NORMAL", "de", "insurer-to-supplier",
  "trap: invoice query to the off-site archive mentioning retrieved health/BU expert files; box numbers only",
  frm=P("claasen"), to=("Buchhaltung Aktenlager Nord", "rechnung@aktenlager-nord.example"),
  subject="Rechnung 2026-0117 – Anzahl Aushebungen Januar", date="2026-02-26 13:44", extra=[OUTLOOK],
  text="""Guten Tag Herr Tapken,

Ihre Rechnung Nr. 2026-0117 weist für Januar 214 Aushebungen aus. Nach unserem Anforderungs-
protokoll waren es 188 (davon 31 Eilaushebungen, überwiegend KV-Leistungsakten und
BU-Gutachtenakten für laufende Prozesse). Die Differenz könnte aus den Doppel-
buchungen vom 12./13.01. stammen, als Ihr Portal gestört war – die Kartons
NV-A-118204 bis NV-A-118229 wurden damals zweimal angefordert, aber nur einmal geliefert.

Könnten Sie das prüfen und uns eine korrigierte Rechnung schicken? Die übrigen Positionen
(Lagermiete 4.120 Kartons, Transport, 2 Vernichtungsaufträge) passen.

Danke und Gruß
Henrik Claasen
Dokumentenmanagement und Archiv
Nordhafen Versicherung AG
""")

# ---- 0054 ---------------------------------------------------------------
M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
  "large disability claim notified to the reinsurer with name, birth date and ALS diagnosis in PDF",
  frm=P("demir"), to=("Claims Life & Health – Atlantic Re", "lhclaims@atlanticre.example"),
  subject="Large claim notification – treaty NV-QS-2024 – claim BU-L-2026-0019", date="2026-02-27 11:00",
  extra=[OUTLOOK],
  text="""Dear colleagues,

under clause 9.2 of our quota share treaty we notify the attached disability claim, which
exceeds the notification threshold of EUR 500,000 (present value of annuity).

The medical documentation is available in the data room (folder BU-L-2026-0019); please
request access through your usual contact if you want to review it before the quarterly
meeting.

Best regards
Aylin Demir
Group Reinsurance & Partnerships
""",
  atts=[Att("LCN_BU-L-2026-0019.pdf", pdf([
      "# Large Claim Notification - Disability (BU)",
      "Cedent: Nordhafen Lebensversicherung AG   Treaty: NV-QS-2024 (quota share 40 %)",
      "",
      "Insured: Matthias Eilers, born 19.04.1979, occupation: structural engineer",
      "Policy: BU-6620-28840, inception 01.07.2012, annual disability annuity EUR 36,000",
      "Date of disability: 01.10.2025",
      "Diagnosis: amyotrophic lateral sclerosis (G12.2), diagnosed 08/2025",
      "Assessment: 100 % disability accepted on 20.02.2026, no reassessment expected",
      "Reserve (present value): EUR 612,400   Reinsurer share: EUR 244,960",
      "",
      "Prepared by A. Demir, 27.02.2026",
  ], title="Large Claim Notification"))])

# ---- 0055 ---------------------------------------------------------------
M("NORMAL", "en", "insurer-to-supplier",
  "trap: SLA complaint to the scanning provider about missing pages in medical invoices; rates only",
  frm=P("oltmanns"), to=("Tom Ridley", "t.ridley@scanwerk.example"), cc=P("claasen"),
  subject="SLA report February – missing pages in medical batches", date="2026-03-02 09:30",
  extra=[OUTLOOK],
  text="""Hi Tom,

our sample check for February shows that the "missing page" rate went up again:

  Batch type                    pages checked   missing pages   rate     SLA
  Medical invoices (KV-RE)      6,400           148             2.3 %    < 0.5 %
  Discharge letters (KV-EB)     1,100           9               0.8 %    < 0.5 %
  Motor claims                  2,000           6               0.3 %    < 0.5 %

Almost all cases are double-sided invoices where the back page (itemised GOÄ positions)
was not captured. This directly delays reimbursements, so please check the duplex settings on
scanner line 3 and send us a root-cause analysis by 9 March.

According to section 7.3 of the service agreement, a service credit applies for February.

Thanks
Britta
""")

# ---- 0056 ---------------------------------------------------------------
M("CONFIDENTIAL", "de", "insurer-to-customer",
  "address found through register enquiry; Art. 14 GDPR notice to the named customer with household and liability policies",
  frm=P("lueders"), to=("Svenja Heidmann", "svenja.heidmann@inbox-nord.example"),
  subject="Ihre neue Anschrift – Information nach Art. 14 DSGVO", date="2026-03-02 14:05", extra=[OUTLOOK],
  text="""Sehr geehrte Frau Heidmann,

unsere Post an Ihre frühere Anschrift (Bahnhofstr. 17, 28195 Bremen) kam mehrfach zurück.
Um Sie weiterhin über Ihre Verträge informieren zu können, haben wir Ihre aktuelle Anschrift
über die AdressPunkt Auskunftei GmbH ermitteln lassen (Auskunft des Melderegisters):

  Teerhof 7, 28199 Bremen

Diese Anschrift haben wir für Ihre Hausratversicherung HR-4471-30012 und Ihre Privathaft-
pflichtversicherung PH-3310-66104 gespeichert. Rechtsgrundlage ist Art. 6 Abs. 1 lit. b
DSGVO (Vertragsdurchführung). Weitere Informationen zum Datenschutz finden Sie unter
www.nordhafen-versicherung.example/datenschutz.

Ihre E-Mail-Adresse haben wir aus Ihrer Schadenmeldung von 2024. Falls die Anschrift nicht
stimmt, geben Sie uns bitte kurz Bescheid.

Bei dieser Gelegenheit: Für die Hausratversicherung ist der Beitrag für das erste Quartal
(67,20 EUR) noch offen.

""" + sig("lueders"))

# ---- 0057 ---------------------------------------------------------------
M("STRICTLY_CONFIDENTIAL", "de", "internal",
  "attachment-only: ZIP of a re-routed scan batch with a care-level assessment (Pflegegrad 3) of a named insured",
  frm=P("oltmanns"), to=F("leistung.pflege", "Leistung Pflege"), subject="Umleitung Scanbatch 0302-11",
  date="2026-03-02 16:12", extra=[OUTLOOK],
  text="""Hallo,

Batch 0302-11 wurde versehentlich dem Eingangskorb Kfz zugewiesen. Die beiden Dokumente hänge
ich hier als ZIP an, im DMS sind sie jetzt korrekt bei Ihnen. Bitte prüfen, ob die Frist
schon läuft.

Gruß Britta Oltmanns
""",
  atts=[Att("Batch_0302-11.zip", zipf([
      ("0302-11_001.pdf", pdf([
          "# Gutachten zur Feststellung der Pflegebedürftigkeit",
          "Medizinischer Dienst - Gutachter: Pflegefachkraft R. Dählmann",
          "Versicherte: Erna Bullwinkel, geb. 11.11.1936, Pflegepflichtversicherung PPV 9902 1177",
          "Untersuchung im Wohnbereich am 19.02.2026",
          "Pflegebegründende Diagnosen: F01.3 gemischte vaskuläre Demenz, I50.13 Herzinsuffizienz NYHA III",
          "Modul 2 (kognitive Fähigkeiten): 11 Punkte, Modul 4 (Selbstversorgung): 20 Punkte",
          "Gesamtpunktwert: 58,75 - Empfehlung: Pflegegrad 3 ab 01.01.2026",
      ], title="Pflegegutachten", producer=SCAN, creation="20260302081500")),
      ("0302-11_002.pdf", pdf([
          "Antrag auf Pflegegeld - Erna Bullwinkel",
          "Pflegeperson: Tochter Gabriele Bullwinkel-Steffens, Schulweg 3, 27777 Ganderkesee",
          "Pflegeumfang: täglich ca. 3 Stunden",
      ], title="Antrag Pflegegeld", producer=SCAN, creation="20260302081512")),
  ]))])

# ---- 0058 ---------------------------------------------------------------
M("NORMAL", "de", "internal",
  "trap: delivery of blood-pressure monitors and first-aid material for the company medical service; no person",
  frm=P("kaya"), to=("Betriebsärztlicher Dienst", "betriebsarzt@" + DOM),
  subject="Lieferung eingetroffen: Blutdruckmessgeräte und Verbandmaterial", date="2026-03-03 10:40",
  extra=[IPHONE], cte="8bit",
  text="""Hallo Frau Dr. Witte,

heute sind 3 Pakete von MediVersand für Sie angekommen (12 Blutdruckmessgeräte Oberarm,
2 Kartons Verbandmaterial DIN 13157, 1 Karton Defibrillator-Elektroden). Lieferschein liegt
bei. Da es Medizinprodukte sind, haben wir nichts geöffnet.

Können Sie die Sachen heute noch abholen lassen? Unser Lagerraum ist gerade voll.

Gruß Murat

Von meinem iPhone gesendet
""")

# ---- 0059 ---------------------------------------------------------------
M("CONFIDENTIAL", "en", "insurer-to-customer",
  "grey: pet insurance – dog's surgery and vet invoice for a named customer (animal health = confidential, not strict)",
  frm=F("tierversicherung", "Nordhafen Pet Insurance"), to=("Hannah Whitlock", "hannah.whitlock@eu-mail.example"),
  subject="Your claim for Baxter – vet invoice 18 Feb 2026", date="2026-03-03 15:18", extra=[OUTLOOK],
  text="""Dear Ms Whitlock,

thank you for sending the invoice from Tierklinik Am Weserpark for your dog Baxter (Labrador,
policy TK-7702-01184). We were sorry to hear about the cruciate ligament rupture.

Surgery (TPLO) and 2 nights' hospitalisation:  EUR 3,246.90
Covered under your surgery cover (80 %):       EUR 2,597.52

The amount will be transferred to your account within three working days. Post-operative
physiotherapy for Baxter is covered up to EUR 300 per year; please send those invoices as
well.

As the original invoice arrived by post and by e-mail, please don't worry if you receive two
confirmations – only one payment will be made.

Kind regards
Nordhafen Pet Insurance
""")

# ---- 0060 ---------------------------------------------------------------
M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "returned post marked 'verstorben': letter to the heir about the deceased's health contract and open hospital bill",
  frm=P("brandes"), to=("Jutta Eilers-Meiners", "jutta.eilers-meiners@mailbox-nord.example"),
  subject="Krankenversicherung Ihres verstorbenen Vaters, Herrn Bernhard Meiners", date="2026-03-04 09:50",
  extra=[OUTLOOK],
  text="""Sehr geehrte Frau Eilers-Meiners,

unser Schreiben an Ihren Vater kam mit dem Vermerk "Empfänger verstorben" zurück. Ihr Anruf
gestern hat uns sehr geholfen – unser herzliches Beileid.

Zur Krankenversicherung KV 7725 0061 von Herrn Bernhard Meiners:

1. Der Vertrag endet mit dem Todestag, dem 14.02.2026. Zu viel gezahlte Beiträge für den
   Rest des Monats Februar (142,17 EUR) erstatten wir an die Erben.
2. Offen ist noch die Rechnung des Klinikums Weserbogen für den Aufenthalt vom 02. bis
   14.02.2026 (Palliativstation) über 8.912,40 EUR. Diese begleichen wir direkt mit dem
   Klinikum; Sie müssen nichts tun.
3. Für die Auszahlung an die Erben benötigen wir eine Kopie des Erbscheins oder eines
   notariellen Testaments mit Eröffnungsprotokoll.

Bitte schicken Sie die Unterlagen an Nordhafen Krankenversicherung AG, 28189 Bremen oder
laden Sie sie im Kundenportal hoch.

""" + sig("brandes"))

# ---- 0061 ---------------------------------------------------------------
M("NORMAL", "en", "internal",
  "trap: IT security warning about fake 'returned parcel' and 'medical results' phishing; no person",
  frm=("IT Security", "it-security@" + DOM), to=F("all-staff", "All staff"),
  subject="Security alert: fake \"returned parcel\" e-mails", date="2026-03-04 12:00",
  extra=[OUTLOOK, ("Importance", "high")],
  text="""Dear colleagues,

since this morning we are seeing a wave of phishing e-mails, some of them in English,
pretending to come from a parcel service or a laboratory. Typical subjects:

  "Your parcel could not be delivered – returned to sender"
  "Your medical test results are ready – log in to view"
  "Undeliverable letter: confirm your address within 24 hours"

They link to pages such as parcel-return-check.example or lab-results-portal.example and ask
for your Windows password. Our real mail room never asks you to confirm an address by link,
and the insurer has no "lab results portal".

Please do not click. Use the "Report phishing" button in Outlook – this also removes the
message from other mailboxes. If you already entered your password, call the service desk
immediately on extension 7000.

IT Security
Nordhafen Versicherung AG
""")

# ---- 0062 ---------------------------------------------------------------
M("CONFIDENTIAL", "de", "insurer-to-lawyer",
  "legal-expenses: copy of coverage letter from archive for a named client's tenancy dispute",
  frm=P("dittmer"), to=("RAin Merle Ahrens", "ahrens@kanzlei-ahrens-bremen.example"),
  subject="Ihr Mandant Kai Meyerholz / Deckungszusage Mietrecht – RS-S-2025-03318", date="2026-03-05 11:27",
  extra=[OUTLOOK],
  text="""Sehr geehrte Frau Ahrens,

Sie baten um eine Kopie unserer Deckungszusage vom 18.09.2025, da das Original in Ihrer
Kanzlei nicht auffindbar ist. Die Zweitschrift aus unserem Archiv hängt an.

Zur Erinnerung: Wir haben Deckung für die außergerichtliche Vertretung und die erste Instanz
im Streit Ihres Mandanten Herrn Kai Meyerholz mit seiner Vermieterin (Mieterhöhung nach
Modernisierung, Wohnung Hastedter Heerstraße 95, Bremen) erteilt; Selbstbeteiligung 150 EUR.
Rechtsschutzvertrag RS-8801-10577, Baustein Wohnungs- und Grundstücksrechtsschutz.

Für die Berufung wäre eine neue Deckungsanfrage mit dem erstinstanzlichen Urteil nötig.

""" + sig("dittmer"),
  atts=[Att("Zweitschrift_Deckungszusage_RS-S-2025-03318.pdf", pdf([
      "# Nordhafen Versicherung AG - Rechtsschutz-Schaden",
      "ZWEITSCHRIFT",
      "Kanzlei Ahrens, Merle Ahrens, Rechtsanwältin, Sögestraße 40, 28195 Bremen",
      "Versicherungsnehmer: Kai Meyerholz, Vertrag RS-8801-10577",
      "Schaden-Nr.: RS-S-2025-03318",
      "Gegner: Grundstücksgesellschaft Hastedt mbH & Co. KG",
      "Deckungszusage für außergerichtliche Tätigkeit und 1. Instanz, Selbstbeteiligung 150,00 EUR",
      "Bremen, 18.09.2025",
  ], title="Zweitschrift Deckungszusage"))])

# ---- 0063 ---------------------------------------------------------------
M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-doctor",
  "underwriting: request for a GP report on a named applicant's asthma history",
  frm=F("underwriting", "Nordhafen Life Underwriting"), to=("Dr Fiona McAllister", "reception@morningside-practice.example"),
  subject="Medical report request – Ms Catriona Byrne, DOB 14/03/1988", date="2026-03-05 14:02",
  extra=[OUTLOOK],
  text="""Dear Dr McAllister,

your patient Ms Catriona Byrne, born 14 March 1988, has applied for a term life and income
protection policy with us (application BU-A-2026-01402). In her application she declared
asthma since childhood and a hospital admission in 2021.

With her signed consent (enclosed in our letter sent by post on 26 February, which may not
have reached you yet), we kindly ask for a short report covering:

  - diagnosis and severity (GINA step), current medication
  - number of exacerbations needing oral steroids in the last 3 years
  - details of the 2021 admission (duration, ICU yes/no)
  - lung function results, if available

We will pay your fee of up to GBP 120 on receipt of your invoice. Please send the report by
post or ask us for a secure upload link – not by ordinary e-mail.

Yours sincerely

Dr. med. Sven Rübsam
Medical Underwriting, Nordhafen Lebensversicherung AG
""")

# ---- 0064 ---------------------------------------------------------------
M("NORMAL", "de", "insurer-to-authority",
  "trap: general question to the data protection authority on keeping scans of returned mail; no person",
  frm=P("vosskamp"), to=("Landesbeauftragte für Datenschutz – Beratung", "beratung@datenschutz-bremen.example"),
  subject="Anfrage: Aufbewahrung von Scans unzustellbarer Sendungen", date="2026-03-06 10:20",
  extra=[OUTLOOK],
  text="""Sehr geehrte Damen und Herren,

wir bitten um eine kurze Einschätzung zu folgender, allgemeiner Frage:

Unzustellbare Sendungen ("Rückläufer") öffnen wir in der Poststelle, scannen das Anschreiben
und den Umschlag mit dem Postvermerk und vernichten das Papier. Die Scans legen wir in der
Kundenakte ab, damit nachvollziehbar bleibt, warum z. B. eine Frist nicht zu laufen begann.
Bei Leistungsabrechnungen der Krankenversicherung enthalten diese Scans naturgemäß
Gesundheitsdaten.

Frage: Halten Sie eine Aufbewahrung der Scans für die Dauer der Vertragsakte (bis zu zehn
Jahre nach Vertragsende) für vertretbar, oder sollte der Rückläufer-Scan nach Klärung der
Anschrift gelöscht und nur ein Vermerk ("Rückläufer am …, Grund …") gespeichert werden?

Personenbezogene Daten übermitteln wir mit dieser Anfrage nicht.

""" + sig("vosskamp"))

# ---- 0065 ---------------------------------------------------------------
M("CONFIDENTIAL", "de", "internal",
  "wage garnishment order for a named employee received in the mail room and passed to HR; debt amount",
  frm=P("wendisch"), to=P("ahlers"), subject="Zustellung für die Personalabteilung (Lohnpfändung)",
  date="2026-03-06 11:48", extra=[OUTLOOK], cte="base64",
  text="""Hallo Carsten,

heute kam per Postzustellungsurkunde ein Pfändungs- und Überweisungsbeschluss des
Amtsgerichts Oldenburg, Az. 41 M 1877/26, an uns als Arbeitgeberin (Drittschuldnerin).
Betroffen ist unser Mitarbeiter Herr Sören Tietjen aus dem Kundenservice; die Forderung der
Gläubigerin (Nordbank Kredit AG) beträgt 7.412,88 EUR zzgl. Zinsen und Kosten.

Der Umschlag trägt das Zustelldatum 06.03.2026, 09:40 Uhr – wichtig für die
Zweiwochenfrist der Drittschuldnererklärung. Original liegt verschlossen in deinem Postfach
im 3. OG, Scan nur in der Personalakte, nicht im allgemeinen DMS.

Gruß
Jana
""")

# ---- 0066 ---------------------------------------------------------------
M("NORMAL", "de", "notification",
  "trap: portal notification 'neue Nachricht im Postfach' without any content",
  frm=F("noreply", "Nordhafen Kundenportal"), to=("Gerold Wübbenhorst", "g.wuebbenhorst@t-post.example"),
  subject="Neue Nachricht in Ihrem Nordhafen-Postfach", date="2026-03-06 17:05",
  extra=[("Auto-Submitted", "auto-generated"), DMS],
  text="""Guten Tag,

in Ihrem persönlichen Postfach im Nordhafen-Kundenportal liegt ein neues Dokument für Sie
bereit. Aus Datenschutzgründen versenden wir den Inhalt nicht per E-Mail.

Zum Postfach: https://portal.nordhafen-versicherung.example/postfach

Sie haben Ihr Passwort vergessen? Über "Passwort zurücksetzen" erhalten Sie einen Link an
diese E-Mail-Adresse und beantworten anschließend Ihre Sicherheitsfrage.

Ihre Nordhafen Versicherung

Diese E-Mail wurde automatisch versandt. Bitte antworten Sie nicht darauf.
""", html="""<html><body style="font-family:Arial;font-size:14px;color:#222">
<p>Guten Tag,</p>
<p>in Ihrem persönlichen Postfach im Nordhafen-Kundenportal liegt ein <b>neues Dokument</b> für Sie bereit.
Aus Datenschutzgründen versenden wir den Inhalt nicht per E-Mail.</p>
<p><a href="https://portal.nordhafen-versicherung.example/postfach" style="background:#0a3d62;color:#fff;padding:8px 14px;text-decoration:none">Zum Postfach</a></p>
<p style="font-size:12px;color:#666">Sie haben Ihr Passwort vergessen? Über &bdquo;Passwort zurücksetzen&ldquo; erhalten Sie einen Link an diese E-Mail-Adresse und beantworten anschließend Ihre Sicherheitsfrage.</p>
<p>Ihre Nordhafen Versicherung</p>
</body></html>
""")

# ---- 0067 ---------------------------------------------------------------
M("STRICTLY_CONFIDENTIAL", "en", "internal",
  "employee's sick note scanned into the customer DMS by mistake; named employee and period of incapacity",
  frm=P("claasen"), to=[("HR Operations", "hr-operations@" + DOM)], cc=P("vosskamp"),
  subject="Employee sick note scanned into customer archive – please take over", date="2026-03-09 08:37",
  extra=[OUTLOOK],
  text="""Hello HR team,

during the Friday quality check we found a certificate of incapacity for work (AU-Bescheinigung)
of one of our own employees in the customer archive. It came in the normal post, was
classified as a "doctor's letter" and indexed to a customer with the same surname.

  Employee: Ms Marieke Jacobs, Customer Service team 2 (personnel no. 40218)
  Certificate: Dr. med. Yvonne Stoltenberg, general practice, issued 02/03/2026
  Incapacity: 02/03/2026 to 13/03/2026, initial certificate

I have removed the document from the customer file and locked the scan. The paper original is
in a sealed envelope addressed to HR in today's internal mail. Please confirm when you have it
so I can delete the scan for good. Irene is in copy because it was visible in a customer file
for three days (no access logged apart from the QA check).

Thanks
Henrik

Henrik Claasen
Document Management and Archive
""")

# ---- 0068 ---------------------------------------------------------------
M("NORMAL", "en", "insurer-to-partner",
  "trap: survey answer to the insurance association with aggregate mail-room figures incl. medical documents",
  frm=P("wendisch"), to=("Digital Operations Working Group", "digital-ops@insurance-assoc.example"),
  subject="Survey 'Input management 2026' – Nordhafen figures", date="2026-03-09 14:15", extra=[OUTLOOK],
  text="""Dear working group,

please find our answers to the 2026 survey below (figures for calendar year 2025):

  Incoming paper documents:                     612,000
  Share of medical documents (invoices,
  prescriptions, hospital reports):             43 %
  Share arriving digitally (app, portal, mail): 58 % (2024: 49 %)
  Average time from receipt to DMS:             0.9 working days
  Returned outgoing mail:                       3.1 % of letters
  Misdirected items (internal re-routing):      2.4 %
  Archive boxes off-site:                       41,200

Comments: The strongest lever for us was the photo upload in the app for medical invoices.
Returned mail remains a problem for the health line, where premium increase letters go to
customers who have moved without telling us.

Best regards
Jana Wendisch
Team Lead Input Management / Mail Room, Nordhafen Versicherung AG
""")

# ---- 0069 ---------------------------------------------------------------
_rl_iban = iban("DE", "25010030" + "0044781205")
M("CONFIDENTIAL", "mixed", "internal",
  "English returned-direct-debit notice from the bank, forwarded with German comments: named customer, IBAN, amount",
  frm=P("gerdes"), to=F("beitragsservice", "Beitragsservice"),
  subject="WG: Return of SEPA direct debit – mandate NV-KF-2290-31190-01", date="2026-03-10 09:02",
  extra=[OUTLOOK],
  text=f"""Hallo Beitragsservice,

die Rücklastschrift unten kam über unsere englischsprachige Clearing-Bank. Konto wurde
laut Bank geschlossen (reason code AC04). Bitte den Vertrag auf Überweiser umstellen und die
Kundin anschreiben – Achtung, laut Rückläuferliste ist auch ihre Anschrift nicht mehr aktuell,
also bitte zuerst per E-Mail.

Danke, Malte

""" + ol_quote("SEPA Returns <sepa-returns@clearing-bank.example>", "Montag, 9. März 2026 18:44",
               "zahlungsverkehr@nordhafen-versicherung.example", "Return of SEPA direct debit",
               f"""Dear customer,

the following direct debit collection has been returned:

  Debtor name:        Agnieszka Nowak
  Debtor IBAN:        {_rl_iban}
  Mandate reference:  NV-KF-2290-31190-01
  Amount:             EUR 74.35
  Collection date:    02/03/2026
  Return reason:      AC04 – account closed
  Return fee:         EUR 3.00

This is an automatically generated message.
""", lang="en"))

# ---- 0070 ---------------------------------------------------------------
M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-hospital",
  "hospital invoice sent to old P.O. box and returned; cost coverage with OPS codes for a named patient",
  frm=P("fehrmann"), to=("Patientenabrechnung Klinikum Weserbogen", "abrechnung@klinikum-weserbogen.example"),
  subject="Ihre Rechnung 2026-104477 – Patient Hans-Peter Rodiek", date="2026-03-10 13:50",
  extra=[OUTLOOK],
  text="""Sehr geehrte Damen und Herren,

Ihre Rechnung Nr. 2026-104477 ist an unser altes Postfach 10 44 80 gegangen, das seit dem
31.12.2025 aufgelöst ist, und kam als unzustellbar zu Ihnen zurück. Ihre Erinnerung haben
wir jetzt erhalten – bitte entschuldigen Sie die Verzögerung.

Patient: Hans-Peter Rodiek, geb. 30.06.1949, KV 7724 3308
Aufenthalt: 19.01. bis 28.01.2026
Hauptdiagnose: S72.01 Schenkelhalsfraktur links
Prozeduren: 5-820.00 Implantation einer Totalendoprothese Hüftgelenk
DRG: I47B, Rechnungsbetrag 11.386,52 EUR

Wir übernehmen die allgemeinen Krankenhausleistungen und die Wahlleistung Zweibettzimmer.
Die Zahlung erfolgt bis 20.03.2026. Bitte verwenden Sie künftig nur noch die Anschrift
Nordhafen Krankenversicherung AG, 28189 Bremen, oder den elektronischen Datenaustausch.

""" + sig("fehrmann"))

# ---- 0071 ---------------------------------------------------------------
M("NORMAL", "de", "internal",
  "trap: ICS invitation for a data-protection audit of the archive holding health and personnel files; no person",
  frm=P("vosskamp"), to=[P("claasen"), P("wendisch")], subject="Begehung Aktenlager Nord – Datenschutzkontrolle",
  date="2026-03-11 08:20", extra=[OUTLOOK],
  text="""Hallo Henrik, hallo Jana,

die jährliche Kontrolle beim Auftragsverarbeiter steht an. Da in Halle C auch die KV-Leistungs-
akten, BU-Gutachten und Personalakten lagern, würde ich mir Zutritt, Schließkonzept,
Aushebungsprotokolle und das Vernichtungsverfahren genau ansehen. Termin anbei; Herr
Tapken von Aktenlager Nord hat schon zugesagt.

Viele Grüße
Irene
""",
  atts=[Att("Begehung_Aktenlager.ics", ics("d166-0071-begehung@nordhafen-versicherung.example",
                                           "20260324T090000", "20260324T113000",
                                           "Datenschutz-Begehung Aktenlager Nord",
                                           "Aktenlager Nord GmbH, Am Güterbahnhof 7, Delmenhorst",
                                           "Kontrolle nach Art. 28 DSGVO: Zutritt, Aushebung, Vernichtung",
                                           mailaddr("vosskamp"), [mailaddr("claasen"), mailaddr("wendisch")]),
                ctype="text/calendar", method="REQUEST")])

# ---- 0072 ---------------------------------------------------------------
_ak_iban = iban("DE", "29050101" + "0082219904")
M("CONFIDENTIAL", "de", "insurer-to-customer",
  "data-subject access request: stored data (birth date, IBAN, motor/household contracts) of the addressee in PDF",
  frm=F("datenschutz", "Nordhafen Datenschutz"), to=("Ralf Ommen", "ralf.ommen@webpost-nord.example"),
  subject="Ihre Auskunft nach Art. 15 DSGVO – Az. DS-AUS-2026-0088", date="2026-03-11 15:30",
  extra=[OUTLOOK],
  text="""Sehr geehrter Herr Ommen,

anbei erhalten Sie die Auskunft über die bei uns zu Ihrer Person gespeicherten Daten. Die
PDF-Datei ist mit dem Passwort geschützt, das wir Ihnen per SMS an die hinterlegte
Mobilnummer geschickt haben.

Archivierte Unterlagen aus Verträgen, die vor 2016 endeten, sind nach Ablauf der Aufbewahrungs-
fristen gelöscht; dazu finden Sie daher nichts mehr.

Mit freundlichen Grüßen
Datenschutzteam der Nordhafen Versicherung AG
""",
  atts=[Att("Auskunft_Art15_DS-AUS-2026-0088.pdf", pdf([
      "# Auskunft nach Art. 15 DSGVO",
      "Betroffene Person: Ralf Ommen, geb. 27.12.1971",
      "Anschrift: Hermann-Böse-Str. 21, 28209 Bremen",
      "E-Mail: ralf.ommen@webpost-nord.example, Mobil: 0171 4402187",
      "",
      "# Verträge",
      "Kfz-Versicherung KF-2290-12544 (Skoda Octavia, HB-RO 727), seit 01.01.2015",
      "Hausratversicherung HR-4471-15590, seit 01.06.2016",
      "",
      "# Bankverbindung",
      f"IBAN {_ak_iban} (SEPA-Mandat NV-KF-2290-12544-01)",
      "",
      "# Schäden",
      "S-2022-031870 Glasbruch Windschutzscheibe, 612,40 EUR",
      "",
      "# Empfänger",
      "Rückversicherer (nur Vertragsdaten), Druckdienstleister, Adressdienstleister AdressPunkt (2023)",
  ], title="Auskunft Art. 15"))])

# ---- 0073 ---------------------------------------------------------------
M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-broker",
  "broker told why a client's disability application is on hold: missing report on herniated disc",
  frm=P("thiel"), to=("Jörn Evers", "joern@evers-finanz.example"),
  subject="AW: Stand BU-Antrag Frau Kampen", date="2026-03-12 10:15", extra=[OUTLOOK],
  irt="<evers.2026-03-11.a7@evers-finanz.example>",
  text="""Hallo Herr Evers,

ich habe bei der Antragsprüfung nachgefragt: Der BU-Antrag Ihrer Kundin Frau Lisa Kampen
(BU-A-2026-01066) ist zurückgestellt, weil der angeforderte Arztbericht zum Bandscheiben-
vorfall L5/S1 (M51.2) vom Herbst 2024 noch fehlt. Die Anforderung an den Orthopäden kam
zweimal als unzustellbar zurück – die Praxis ist offenbar umgezogen.

Wenn Frau Kampen die neue Praxisanschrift kennt oder den Bericht selbst besorgt, geht es
schnell weiter. Die Einwilligung zur Datenweitergabe an Sie liegt vor.

Viele Grüße
Melanie Thiel

> Hallo Frau Thiel, können Sie mal schauen, was mit dem BU-Antrag von Frau Kampen ist?
> Sie wartet seit 5 Wochen. Gruß Evers
""")

# ---- 0074 ---------------------------------------------------------------
M("NORMAL", "de", "insurer-to-supplier",
  "trap: order of window envelopes printed 'Persönlich / Vertraulich' and 'Gesundheitsdaten' return envelopes",
  frm=P("okafor"), to=("Vertrieb Weser Kuvert", "vertrieb@weser-kuvert.example"), cc=P("kaya"),
  subject="Bestellung Briefumschläge Q2 – Rahmenvertrag 2025-K-03", date="2026-03-12 14:40",
  extra=[OUTLOOK],
  text="""Sehr geehrte Damen und Herren,

wir bestellen aus dem Rahmenvertrag 2025-K-03:

  Pos. 1  DIN lang mit Fenster, haftklebend, Aufdruck Logo      120.000 Stück
  Pos. 2  C4 mit Fenster, Aufdruck "Persönlich / Vertraulich"     15.000 Stück
  Pos. 3  Rückumschläge DIN lang, Aufdruck "Leistungsunterlagen –
          Gesundheitsdaten, bitte nicht knicken", Antwortsendung   40.000 Stück
  Pos. 4  Versandtaschen B4 mit Verstärkung (Röntgenbilder)         2.000 Stück

Liefertermin: KW 15, Anlieferung Posteingangszentrum Delmenhorst, Tor 3.
Druckvorlagen wie Bestellung 2025-Q4, für Pos. 3 neue Vorlage folgt durch Herrn Kaya.

Mit freundlichen Grüßen
Chidi Okafor
Einkauf, Nordhafen Versicherung AG
""")

# ---- 0075 ---------------------------------------------------------------
M("NORMAL", "en", "newsletter",
  "staff newsletter portrait of the mail room team; only professional facts about colleagues",
  frm=P("sievers"), to=F("all-staff", "All staff"), subject="Inside Nordhafen #14 – Meet the mail room",
  date="2026-03-13 08:00", extra=[("Precedence", "bulk"), OUTLOOK],
  text="""Inside Nordhafen – staff newsletter #14

MEET THE MAIL ROOM

Every working day, around 2,400 envelopes arrive at the input centre in Delmenhorst. By the
next morning, 97 % of them are scanned, classified and waiting in someone's DMS tray. Jana
Wendisch and her team of 23 make it happen.

"People think we just open envelopes," says Jana, who joined Nordhafen as an apprentice in
2004. "But we decide where a document goes, whether a deadline starts, and what happens when
a letter comes back." The team recently moved into the new building on Industriestraße,
together with the new scanner line that handles 9,000 pages an hour.

What you can do to help them:
- Use the DMS button "report misrouting" instead of sending documents back by internal mail.
- Keep customer addresses up to date – every returned letter costs about EUR 4.80 to process.
- Ask customers to use the app upload for invoices and claim documents.

Next issue: the archive team and 41,000 boxes in Hall C.

Ronja Sievers, Corporate Communications
""")

# ---- 0076 ---------------------------------------------------------------
M("CONFIDENTIAL", "en", "insurer-to-customer",
  "cancellation receipt date dispute: mail-room stamp vs. registered letter, named customer's motor and home policies",
  frm=P("behrens"), to=("Mark Dempsey", "mark.dempsey@eu-mail.example"),
  subject="RE: Cancellation sent in November – why still charged?", date="2026-03-16 10:22", extra=[OUTLOOK],
  irt="<dempsey-0314@eu-mail.example>",
  text="""Dear Mr Dempsey,

I have checked with our mail room. Your registered letter cancelling your car insurance
KF-2290-27761 and your home contents insurance HR-4471-27762 was handed over by the post office
on 3 December 2025, according to the delivery record and our receipt stamp. The scan of the
envelope shows a postmark of 28 November.

As the notice period ends on 30 November, a letter received on 3 December is unfortunately
too late for the end of 2025. Both policies therefore end on 31 December 2026.

That said, if you can send us the post office's proof that the letter was posted on
28 November AND delivered to our P.O. box before 1 December (the tracking print-out is
enough), I will look at it again – our P.O. box is sometimes emptied only every other day.

Kind regards
Inga Behrens
Customer Service, Nordhafen Versicherung AG

-----Original Message-----
From: Mark Dempsey
Sent: Saturday, 14 March 2026 09:51
To: service@nordhafen-versicherung.example
Subject: Cancellation sent in November – why still charged?

Hello, I cancelled both my policies by registered letter in November and you still took
money in January and February. Please refund. Mark Dempsey
""")

# ---- 0077 ---------------------------------------------------------------
M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-guardian",
  "post redirected to a court-appointed guardian of a named insured with dementia; health contract and care stay",
  frm=P("brandes"), to=("Berufsbetreuerin Anke Stolle", "info@betreuungsbuero-stolle.example"),
  subject="Ihre Betreuung für Herrn Friedhelm Oltrogge – Umstellung der Post", date="2026-03-16 13:10",
  extra=[OUTLOOK],
  text="""Sehr geehrte Frau Stolle,

vielen Dank für die Kopie Ihres Betreuerausweises (Amtsgericht Syke, Az. 8 XVII 204/25). Der
Aufgabenkreis umfasst Vermögenssorge, Gesundheitssorge und die Entgegennahme und das Öffnen
der Post – wir schicken daher ab sofort alle Schreiben zur Krankenversicherung KV 7721 5530
von Herrn Friedhelm Oltrogge an Sie.

Bisher ging die Post an seine frühere Wohnung und kam seit Dezember als unzustellbar zurück.
Offen sind derzeit:

- Erstattung der Rechnungen des Pflegeheims Haus am Mühlenteich (Zusatztarif PflegePlus,
  Pflegegrad 4) für Januar und Februar, zusammen 1.240,00 EUR
- eine Rückfrage zur Verordnung von Inkontinenzmaterial (bitte Rezept nachreichen)
- der Nachweis zur vollstationären Unterbringung für die Beitragsbefreiung

Die zurückgekommenen Schreiben schicken wir Ihnen gesammelt per Post.

""" + sig("brandes"))

# ---- 0078 ---------------------------------------------------------------
M("NORMAL", "de", "internal",
  "trap: template letter for returned life-insurance post with «Name», «Geburtsdatum», «Versicherungsnummer» placeholders (DOCX)",
  frm=P("lueders"), to=P("mewes"), subject="Entwurf Musterschreiben Rückläufer Leben – bitte fachlich prüfen",
  date="2026-03-17 09:05", extra=[OUTLOOK],
  text="""Hallo Katrin,

anbei mein Entwurf für das neue Standardschreiben an Angehörige, wenn Post an eine versicherte
Person in Leben mit "verstorben" zurückkommt. Bisher hat das jede Kollegin frei formuliert.
Die Platzhalter füllt später das Textsystem. Kannst du fachlich drüberschauen, v. a. welche
Unterlagen wir pauschal anfordern?

Danke!
Sabine
""",
  atts=[Att("Muster_Ruecklaeufer_verstorben_Leben_v1.docx", docx([
      "«Anrede» «Vorname» «Nachname»",
      "«Straße» «Hausnummer», «PLZ» «Ort»",
      "# Lebensversicherung «Versicherungsnummer» – «Name der versicherten Person», geb. «Geburtsdatum»",
      "«Anrede_Brief»,",
      "unser Schreiben an «Name der versicherten Person» ist mit dem Hinweis zurückgekommen, dass die Empfängerin / der Empfänger verstorben ist. Wir möchten Ihnen zunächst unser Mitgefühl aussprechen.",
      "Damit wir die Versicherung abwickeln können, benötigen wir:",
      "1. eine Sterbeurkunde (beglaubigte Kopie)",
      "2. den Versicherungsschein im Original oder eine Verlusterklärung",
      "3. [nur bei Tod in den ersten 3 Jahren] eine ärztliche Bescheinigung über die Todesursache",
      "4. [nur wenn kein Bezugsrecht] Erbschein oder notarielles Testament mit Eröffnungsprotokoll",
      "Mit freundlichen Grüßen",
      "«Sachbearbeiter»",
  ], title="Musterschreiben Rückläufer verstorben", author="Sabine Lüders"))])

# ---- 0079 ---------------------------------------------------------------
M("NORMAL", "en", "insurer-to-supplier",
  "trap: courier contract for sealed archive transports 'containing health records'; no person",
  frm=P("okafor"), to=("Account Team SwiftSecure Logistics", "accounts@swiftsecure-logistics.example"),
  subject="Archive shuttle Bremen–Delmenhorst – requirements for 2026 contract", date="2026-03-17 11:40",
  extra=[OUTLOOK],
  text="""Dear account team,

ahead of the renewal, here are our requirements for the archive shuttle between our head office
and the input centre / off-site archive:

- 2 runs per working day (08:30 and 14:00), plus on-call express runs (max. 90 minutes)
- transport only in locked security containers; seal numbers logged at hand-over and receipt
- the boxes may contain health records, personnel files and court documents – drivers must be
  bound to confidentiality in writing and receive our data protection briefing
- GPS tracking and a closed van (no open transport, no third-party loads)
- incident notification to our DPO within 4 hours (datenschutz@nordhafen-versicherung.example)

Please send your offer by 3 April. A data processing agreement under Art. 28 GDPR will be part
of the contract.

Kind regards
Chidi Okafor
Procurement
""")

# ---- 0080 ---------------------------------------------------------------
M("CONFIDENTIAL", "de", "insurer-to-customer",
  "premium notice delivered to old address and opened by the new tenant; building policy and premium of the named customer",
  frm=P("stuehrenberg"), to=("Udo Logemann", "udo.logemann@netzpost.example"),
  subject="Ihre Wohngebäudeversicherung – Schreiben an falsche Anschrift zugestellt", date="2026-03-18 14:25",
  extra=[OUTLOOK],
  text="""Sehr geehrter Herr Logemann,

wir müssen Sie leider über einen Fehler informieren: Unsere Beitragsrechnung vom 02.03.2026
für Ihre Wohngebäudeversicherung WG-5501-00912 (Objekt Dorfstraße 8, 27801 Dötlingen) ging
noch an Ihre frühere Mietwohnung in Wildeshausen. Der neue Mieter hat den Brief geöffnet und
uns angerufen.

Der Brief enthielt Ihren Namen, die Vertragsnummer, die Anschrift des versicherten Hauses und
den Jahresbeitrag (612,88 EUR). Bankdaten standen nicht darin. Der Mieter hat das Schreiben
auf unsere Bitte vernichtet.

Ihre Adressänderung vom Januar war bei uns nur im Kfz-Vertrag erfasst worden, nicht im
Gebäudevertrag. Das haben wir korrigiert. Bitte entschuldigen Sie den Fehler.

""" + sig("stuehrenberg"))

# ---- 0081 ---------------------------------------------------------------
M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
  "Art. 34 notice: the addressee's psychotherapy invoice was e-mailed to another customer",
  frm=P("vosskamp"), to=("Oliver Bennett", "oliver.bennett@britmail.example"),
  subject="Important information about your personal data", date="2026-03-18 16:00",
  extra=[OUTLOOK, ("Importance", "high")],
  text="""Dear Mr Bennett,

I am the data protection officer of Nordhafen Krankenversicherung AG. I have to inform you of
a mistake we made.

On 16 March 2026 one of our staff replied to an enquiry from another customer and attached
the wrong document: your reimbursement statement for the invoice of Dipl.-Psych. Hella Rasch
(outpatient psychotherapy, 8 sessions in January and February 2026, diagnosis F43.1 as stated
on the invoice, reimbursed EUR 812.80). The statement also showed your name, your policy
number KV 7732 0187 and your address.

The recipient noticed the error, informed us the same day and has confirmed in writing that
the e-mail has been deleted. We have reported the incident to the supervisory authority. We
do not believe the recipient knows you, but we wanted you to hear this from us.

If you have questions or would like to make a complaint, you can reach me directly at
datenschutz@nordhafen-versicherung.example or +49 421 3398-1090. I am very sorry.

Yours sincerely
Dr. Irene Voßkamp
Data Protection Officer
""")

# ---- 0082 ---------------------------------------------------------------
M("NORMAL", "en", "insurer-to-third-party",
  "grey: deletion request to the wrong recipient of a misdirected e-mail, without repeating any of its content",
  frm=P("vosskamp"), to=("Graham Otley", "g.otley@britmail.example"),
  subject="Our e-mail to you on 16 March – please delete", date="2026-03-18 16:20", extra=[OUTLOOK],
  text="""Dear Mr Otley,

thank you very much for letting us know so quickly that our e-mail of 16 March, 11:42,
contained a document that was not meant for you, and for deleting it.

For our records, could you please confirm once more by replying to this e-mail that
  - the message and its attachment have been deleted from your inbox and your "deleted items",
  - you have not forwarded or printed it.

The answer to your own enquiry will follow separately from our claims team, with the correct
attachment this time. Please accept our apologies for the inconvenience.

Kind regards
Dr. Irene Voßkamp
Data Protection Officer, Nordhafen Versicherung AG
""")

# ---- 0083 ---------------------------------------------------------------
M("CONFIDENTIAL", "mixed", "insurer-to-partner",
  "misdirected letters forwarded to a Dutch partner insurer: their customers' names and home policy numbers; German/English",
  frm=P("wendisch"), to=("Joost van der Meer", "j.vandermeer@zeeland-verzekeringen.example"),
  subject="Fehlläufer / misdirected post week 12", date="2026-03-19 12:30", extra=[OUTLOOK],
  text="""Dear Joost,

as agreed, this week's misdirected items are on their way to you in one envelope
(tracking 00340434161094527718). Two were unfortunately opened before we noticed:

  Nr.  addressee                   your reference on the letter      opened
  1    Mevrouw Ilse Bakker-Runge   woonhuisverzekering WH-0077-4412  yes
  2    Dhr. Ruud Verbeek           woonhuisverzekering WH-0077-5180  yes
  3    Fam. Janssen-de Vries       –                                 no (sealed)

Nothing was scanned or copied.

Für meine Kollegin Frau Oltmanns, die in Kopie ist, ergänzend auf Deutsch: Bitte die beiden
geöffneten Briefe in der Zählliste als "geöffnet" markieren und die Umschläge nicht
aufbewahren.

Best regards / viele Grüße
Jana
""", cc=P("oltmanns"))

# ---- 0084 ---------------------------------------------------------------
M("STRICTLY_CONFIDENTIAL", "de", "internal",
  "returned benefit statement with a neighbour's note that the named insured now lives in a nursing home",
  frm=P("lueders"), to=F("leistung.kv", "Leistung KV"), subject="Rückläufer mit handschriftlichem Vermerk – KV 7719 2201",
  date="2026-03-19 15:05", extra=[OUTLOOK],
  text="""Hallo Leistung KV,

heute kam eure Leistungsabrechnung vom 10.03. an Frau Gertrud Harjes (KV 7719 2201) zurück.
Auf dem Umschlag hat jemand – vermutlich die Nachbarin – notiert:

  "Frau Harjes ist nach dem Schlaganfall im Januar ins Pflegeheim St. Anna nach Achim
   gekommen, Wohnung wird aufgelöst"

In der Abrechnung ging es um die Reha-Rechnung der Klinik am Kurpark (Februar). Ich habe den
Vertrag für weitere Post gesperrt. Bitte klärt, ob es eine Betreuung oder Vorsorgevollmacht
gibt – an das Pflegeheim dürfen wir ja nicht einfach schicken.

Gruß Sabine
""")

# ---- 0085 ---------------------------------------------------------------
M("NORMAL", "de", "internal",
  "trap: deletion concept update naming retention classes for health data, death certificates; no person",
  frm=P("claasen"), to=F("dms-key-user", "DMS Key User"), cc=P("vosskamp"),
  subject="Löschkonzept v3.0 in Kraft – was sich für die Fachbereiche ändert", date="2026-03-20 09:30",
  extra=[OUTLOOK], cs="windows-1252", cte="quoted-printable",
  text="""Liebe Key User,

seit 1. März gilt das überarbeitete Löschkonzept (v3.0). Die wichtigsten Änderungen:

• Aufbewahrungsklassen werden jetzt automatisch aus der Dokumentklasse abgeleitet –
  niemand muss sie mehr von Hand setzen.
• Klasse G (Gesundheitsdaten: Arztrechnungen, Befunde, Gutachten) – 10 Jahre nach
  Vertragsende bzw. Leistungsabschluss, danach Löschung ohne Einzelfreigabe.
• Klasse T (Sterbeurkunden, Erbnachweise) – 10 Jahre nach Auszahlung.
• Klasse R (Rückläufer-Scans) – nur noch 2 Jahre; es bleibt ein Vermerk in der Akte.
• Legal Hold: Bei laufenden Prozessen setzt die Rechtsabteilung eine Sperre, die jede
  Löschung verhindert.

Der erste automatische Löschlauf ist für das Wochenende 11./12. April geplant. Bitte prüft
bis dahin, ob in euren Bereichen Akten mit Legal Hold fehlen.

Grüße
Henrik Claasen
""")

# ---- 0086 ---------------------------------------------------------------
M("CONFIDENTIAL", "en", "insurer-to-company",
  "grey: cargo claim of a corporate customer with named contact; archive copies of shipping documents",
  frm=P("rosenboom"), to=("Ingrid Sørensen", "i.sorensen@nordic-coffee-import.example"),
  subject="Cargo claim TR-S-2025-00871 – documents from our archive", date="2026-03-20 13:55",
  extra=[OUTLOOK],
  text="""Dear Ms Sørensen,

you asked for copies of the shipping documents we hold for the water damage to the coffee
consignment (container MSKU 7719284, Santos–Bremerhaven, arrived 11 October 2025). We have
retrieved the following from our archive and uploaded them to the claims portal:

  - bill of lading no. SNTBRV2509-4471
  - survey report of Hanseatic Cargo Surveyors dated 17 October 2025
  - your commercial invoice (612 bags, EUR 188,460.00)

Our settlement under open cover policy TR-6610-00044 (Nordic Coffee Import GmbH) was
EUR 71,940.00, paid on 12 December 2025. The recovery action against the carrier is still
ongoing; we will inform you of any result.

Kind regards
Frank Rosenboom
Commercial Lines, Nordhafen Versicherung AG
""")

# ---- 0087 ---------------------------------------------------------------
M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-lawyer",
  "liability claim: injuries (dog bite, stitches, tetanus shot) of a named claimant discussed with her solicitor",
  frm=P("stuehrenberg"), to=("Claire Donovan", "c.donovan@donovan-law.example"),
  subject="Your client Ms Rebecca Hale – dog bite in Bremen, our ref HP-S-2025-08814", date="2026-03-23 10:18",
  extra=[OUTLOOK],
  text="""Dear Ms Donovan,

thank you for your letter of 2 March, which reached us only last week – it was addressed to
our former street address and re-routed by our mail room.

We are the liability insurer of Mr Günter Sandhop, whose dog bit your client Ms Rebecca Hale
on 14 September 2025 during her holiday in Bremen. Liability is not disputed.

From the medical documents you enclosed we note:
  - bite wound to the left forearm, sutured at Klinikum Bremen-Mitte (6 stitches)
  - tetanus booster and a 7-day course of antibiotics (amoxicillin/clavulanic acid)
  - follow-up with her GP in Bristol; a visible scar of 4 cm remains

We offer EUR 2,500.00 as compensation for pain and suffering plus the documented costs of
EUR 386.20 (prescription, travel to GP, ruined jacket), in full and final settlement.

Yours sincerely

""" + sig("stuehrenberg", "en"))

# ---- 0088 ---------------------------------------------------------------
M("NORMAL", "de", "insurer-to-broker",
  "trap: blank forms for postal power of attorney and address change sent to a broker; no customer named",
  frm=P("thiel"), to=("Oliver Grant", "o.grant@hanse-assekuranz.example"),
  subject="Formulare Postvollmacht und Adressänderung", date="2026-03-23 14:02", extra=[OUTLOOK],
  text="""Hallo Oliver,

du hattest nach Vordrucken gefragt, falls Kunden ihre Post dauerhaft an Angehörige oder einen
Betreuer schicken lassen möchten. Anbei:

  1. NV-F-112 Postvollmacht (Empfangsvollmacht für Vertragspost, auch Gesundheitsdaten
     nur mit gesonderter Schweigepflichtentbindung)
  2. NV-F-113 Adressänderung für alle Verträge
  3. NV-F-114 Nachweis Betreuung / Vorsorgevollmacht (Checkliste)

Die Formulare sind leer und ausfüllbar; bitte immer das Original unterschreiben lassen – Scans
per Mail akzeptieren wir bei Postvollmachten nicht.

Viele Grüße
Melanie
""",
  atts=[Att("NV-F-112_Postvollmacht.pdf", pdf([
      "# Postvollmacht / Empfangsvollmacht",
      "Versicherungsnehmer/in: ______________________  Geburtsdatum: ____________",
      "Versicherungsnummer(n): ______________________",
      "Bevollmächtigte/r: ______________________  Anschrift: ______________________",
      "[ ] Vertragspost  [ ] Beitragspost  [ ] Leistungspost (nur mit Schweigepflichtentbindung NV-F-031)",
      "Ort, Datum, Unterschrift: ______________________",
  ], title="NV-F-112")),
        Att("NV-F-113_Adressaenderung.pdf", pdf([
            "# Mitteilung einer Adressänderung",
            "Name: ______________________  Geburtsdatum: ____________",
            "alte Anschrift: ______________________",
            "neue Anschrift ab: ____________  ______________________",
            "gilt für alle Verträge bei der Nordhafen Versicherung AG und ihren Tochtergesellschaften",
        ], title="NV-F-113"))])

# ---- 0089 ---------------------------------------------------------------
_lg_iban = iban("DE", "28050100" + "0000936152")
M("CONFIDENTIAL", "de", "insurer-to-customer",
  "expired postal forwarding: named customer's building and glass policies, new address and new IBAN",
  frm=P("behrens"), to=("Maren Tönjes", "maren.toenjes@inbox-nord.example"),
  subject="Re: Post kommt nicht an / Nachsendeauftrag abgelaufen", date="2026-03-24 09:44",
  extra=[TB], cte="8bit", flowed=True, irt="<m.toenjes.9a2@inbox-nord.example>",
  text=f"""Hallo Frau Tönjes,

alles erledigt: Ihr Nachsendeauftrag bei der Post war Ende Februar abgelaufen, deshalb kamen
unsere Briefe zu Ihrer Wohngebäudeversicherung WG-5501-01288 und der Glasversicherung
GL-5502-00341 zurück. Die neue Anschrift (Am Wall 163, 28195 Bremen) ist jetzt in beiden
Verträgen hinterlegt.

Auch die neue Bankverbindung haben wir übernommen:
IBAN {_lg_iban}, Kontoinhaberin Maren Tönjes. Der nächste Einzug (Gebäude 488,10 EUR,
Glas 61,20 EUR) erfolgt am 01.04.

Die beiden Rückläufer (Beitragsrechnung und Nachtrag zur Elementarversicherung) schicken wir
Ihnen heute noch einmal.

Viele Grüße
Inga Behrens
Kundenservice Nordhafen

Am 23.03.2026 um 19:20 schrieb Maren Tönjes:
> Hallo, ich bin im Dezember umgezogen und habe gedacht der Nachsendeauftrag reicht.
> Jetzt hat mich meine Bank angerufen wegen einer Lastschrift auf mein altes Konto.
> Neue Adresse Am Wall 163, 28195 Bremen, neues Konto {_lg_iban}.
> Danke, M. Tönjes
""")

# ---- 0090 ---------------------------------------------------------------
M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "customer's request for a copy of her own disability file: expert report on ME/CFS provided via portal",
  frm=P("mewes"), to=("Dr. Friederike Lamken", "f.lamken@webpost-nord.example"),
  subject="Ihre Anforderung: Kopie der BU-Leistungsakte", date="2026-03-24 15:33", extra=[OUTLOOK],
  text="""Sehr geehrte Frau Dr. Lamken,

Sie haben eine Kopie Ihrer Leistungsakte zur Berufsunfähigkeitsversicherung BU-6620-30219
angefordert. Die Akte war teilweise schon im Außenarchiv und wurde inzwischen vollständig
digitalisiert.

Die Kopie (142 Seiten) liegt ab sofort in Ihrem Postfach im Kundenportal. Enthalten sind
insbesondere:

  - das Gutachten von Prof. Dr. Dörte Schmalfeldt (Neurologie) vom 12.11.2025 mit der
    Diagnose ME/CFS (G93.3) nach COVID-19-Infektion und der Einschätzung, dass Sie Ihre
    Tätigkeit als Zahnärztin derzeit zu 80 % nicht ausüben können
  - die Berichte Ihrer Hausärztin und der Post-COVID-Ambulanz
  - unsere Leistungsentscheidung vom 01.12.2025 (Anerkenntnis befristet bis 30.11.2026)

Per E-Mail schicken wir die Unterlagen wegen der Gesundheitsdaten bewusst nicht.

""" + sig("mewes"))

# ---- 0091 ---------------------------------------------------------------
M("NORMAL", "en", "internal",
  "DMS maintenance window announcement",
  frm=P("pape"), to=F("all-staff", "All staff"), subject="DMS maintenance Saturday 28 March, 06:00–14:00",
  date="2026-03-25 12:00", extra=[TB], cs="us-ascii", cte="7bit",
  text="""Hi all,

the DMS (incl. scan import, archive search and the "report misrouting" button) will be
unavailable on Saturday 28 March from 06:00 to 14:00 for the database upgrade.

Scans from Saturday's mail room shift will be imported automatically afterwards. Nothing is
lost. If you need a document urgently during that time, call the archive on ext. 4431.

Joerg Pape
IT - DMS Operations
""")

# ---- 0092 ---------------------------------------------------------------
M("CONFIDENTIAL", "de", "insurer-to-authority",
  "vehicle keeper enquiry to the registration office: third-party plate in a hit-and-run claim of a named customer",
  frm=P("janssen"), to=("Zulassungsstelle Landkreis Wesermarsch", "halterauskunft@wesermarsch-kfz.example"),
  subject="Halteranfrage nach § 39 StVG – Kennzeichen BRA-KT 418", date="2026-03-25 14:47",
  extra=[OUTLOOK],
  text="""Sehr geehrte Damen und Herren,

wir bitten um eine Halterauskunft nach § 39 Abs. 1 StVG zum Kennzeichen BRA-KT 418.

Sachverhalt: Am 07.03.2026 gegen 17:30 Uhr wurde auf dem Parkplatz des Einkaufszentrums
Nordenham das Fahrzeug unserer Versicherungsnehmerin Frau Birgit Wohlers (Kfz-Vertrag
KF-2290-38802) beim Ausparken beschädigt. Der Verursacher entfernte sich; eine Zeugin hat das
Kennzeichen notiert. Personen kamen nicht zu Schaden. Den Schaden von 3.870 EUR haben wir in
der Vollkasko reguliert und möchten ihn beim Haftpflichtversicherer des Verursachers
geltend machen.

Unser berechtigtes Interesse ergibt sich aus dem gesetzlichen Forderungsübergang nach § 86 VVG.
Eine Kopie der polizeilichen Anzeige (Tgb.-Nr. 0412/26) fügen wir auf Wunsch bei.

""" + sig("janssen"))

# ---- 0093 ---------------------------------------------------------------
M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
  "trip cancellation because the named customer's mother had a stroke; decision re-sent after returned post",
  frm=P("hoppe"), to=("Daniel Whitmore", "d.whitmore@eu-mail.example"),
  subject="Trip cancellation claim RR-2026-00207 – decision", date="2026-03-26 10:05", extra=[OUTLOOK],
  text="""Dear Mr Whitmore,

our letter of 10 March came back marked "addressee unknown" – it seems the flat number was
missing. Here is our decision by e-mail:

You cancelled your trip to Madeira (departure 28 February 2026) because your mother, Mrs
Patricia Whitmore, suffered a stroke on 20 February and was admitted to the stroke unit of
Royal Devon Hospital. The hospital's certificate confirms the admission and that she remained
in hospital until 6 March.

A sudden serious illness of a close relative is an insured reason under your trip
cancellation policy RR-4410-11782. We reimburse the cancellation costs of EUR 1,486.00 minus
the 10 % excess, i.e. EUR 1,337.40.

We hope your mother is recovering well.

""" + sig("hoppe", "en"))

# ---- 0094 ---------------------------------------------------------------
M("NORMAL", "de", "newsletter",
  "trap: customer newsletter on moving house (address change, forwarding order, health insurance card); generic",
  frm=F("newsletter", "Nordhafen Versicherung"), to=F("kundenbrief-de", "Kundenbrief"),
  subject="Umzug geplant? Diese 5 Dinge sollten Sie Ihrer Versicherung sagen", date="2026-03-27 07:00",
  extra=[("List-Unsubscribe", "<https://www.nordhafen-versicherung.example/newsletter/abmelden>"), ("Precedence", "bulk")],
  html="""<html><body style="font-family:Georgia,serif;max-width:640px">
<h1 style="font-size:22px">Umzug geplant?</h1>
<p>Jedes Frühjahr kommen Tausende Briefe mit dem Vermerk &bdquo;unbekannt verzogen&ldquo; zu uns zurück. Damit Ihnen
nichts Wichtiges entgeht &ndash; von der Beitragsrechnung bis zur Leistungsabrechnung Ihrer Krankenversicherung &ndash;
hier unsere Checkliste:</p>
<table cellpadding="6" style="border:1px solid #ccc;border-collapse:collapse">
<tr><td><b>1</b></td><td>Neue Adresse in der App unter &bdquo;Meine Daten&ldquo; ändern &ndash; gilt für alle Verträge.</td></tr>
<tr><td><b>2</b></td><td>Hausrat: Versicherungssumme an die neue Wohnfläche anpassen; während des Umzugs sind beide Wohnungen versichert.</td></tr>
<tr><td><b>3</b></td><td>Kfz: Neuer Zulassungsbezirk kann die Regionalklasse und damit den Beitrag ändern.</td></tr>
<tr><td><b>4</b></td><td>Krankenversicherung: Ihre Versichertenkarte bleibt gültig, Sie bekommen keine neue.</td></tr>
<tr><td><b>5</b></td><td>Nachsendeauftrag bei der Post &ndash; hilft, ersetzt aber keine Adressänderung bei uns.</td></tr>
</table>
<p><a href="https://www.nordhafen-versicherung.example/umzug">Mehr Tipps zum Umzug</a></p>
<p style="font-size:11px;color:#888">Sie erhalten diesen Newsletter, weil Sie ihn abonniert haben.
<a href="https://www.nordhafen-versicherung.example/newsletter/abmelden">Abmelden</a></p>
</body></html>
""")

# ---- 0095 ---------------------------------------------------------------
M("CONFIDENTIAL", "en", "internal",
  "HR onboarding of a mail-room employee: birth date, tax ID, bank details and salary",
  frm=P("ahlers"), to=("Payroll", "payroll@" + DOM), subject="New starter 1 April – Input Management",
  date="2026-03-27 11:12", extra=[OUTLOOK],
  text="""Hi payroll team,

please set up our new colleague in the mail room (Input Management, cost centre 4400):

  Name:            Tomasz Wiśniewski
  Date of birth:   19.08.1996
  Start:           01.04.2026, permanent, 39 h/week
  Pay group:       TG 4, EUR 3,451.00 gross/month
  Tax ID:          47 118 902 336
  Tax class:       1
  Health insurer:  statutory (AOK), details on the form
  Bank:            mBank, IBAN """ + iban("PL", "11402004" + "0000310203771234", group=True) + """

Signed contract and the questionnaire are in the personnel file. He will use his Polish
account for the first two months until his German account is open.

Thanks
Carsten
""")

# ---- 0096 ---------------------------------------------------------------
M("STRICTLY_CONFIDENTIAL", "de", "internal",
  "letter from the public prosecutor about a criminal investigation against a named customer (staged burglary)",
  frm=P("kaya"), to=("Spezialermittlung Betrugsabwehr", "betrugsabwehr@" + DOM), cc=P("stuehrenberg"),
  subject="Post der Staatsanwaltschaft Oldenburg – bitte persönlich übernehmen", date="2026-03-30 09:18",
  extra=[OUTLOOK],
  text="""Guten Morgen,

heute kam ein Schreiben der Staatsanwaltschaft Oldenburg (Az. 1204 Js 33871/25) an die
Schadenabteilung Sach. Da es ein Ermittlungsverfahren betrifft, habe ich es nicht regulär
gescannt, sondern gebe es verschlossen an Sie weiter.

Auf dem ersten Blatt steht: Ermittlungsverfahren gegen Herrn Dennis Kröger, geb. 13.01.1984,
wegen Vortäuschens einer Straftat und versuchten Betrugs (§§ 145d, 263 StGB) im Zusammenhang
mit dem gemeldeten Einbruch vom 02.11.2025 (Hausrat HR-4471-29904, Schaden S-2025-117602).
Die Staatsanwaltschaft bittet um Übersendung der Schadenakte.

Frau Stührenberg in Kopie, weil der Schaden bei ihr liegt – die Regulierung sollte wohl
gestoppt werden.

Gruß
Murat Kaya, Poststelle
""")

# ---- 0097 ---------------------------------------------------------------
M("NORMAL", "en", "insurer-to-partner",
  "trap: press answer on returned letters and health information by e-mail, aggregate figures only; no customer",
  frm=P("sievers"), to=("Lucy Farrow", "l.farrow@insurance-insider-news.example"),
  subject="RE: Query – returned mail at German insurers", date="2026-03-30 15:40", extra=[OUTLOOK],
  text="""Dear Ms Farrow,

thank you for your questions. You may quote the following, attributed to a Nordhafen spokesperson:

"About three in every hundred letters we send come back as undeliverable, most often because
customers have moved and forgotten to tell us. We then try to find the new address, usually
with the customer's help. Since 2024, more than half of our customers have opted for the
digital post box, and for them this problem has virtually disappeared."

On your second question: we do not send documents containing health information by ordinary
e-mail. Customers receive them by post or in their secure portal mailbox.

We don't comment on individual cases or on the number of data protection incidents.

Best regards
Ronja Sievers
Corporate Communications, Nordhafen Versicherung AG
""")

# ---- 0098 ---------------------------------------------------------------
M("CONFIDENTIAL", "de", "insurer-to-broker",
  "attachment-only: windows-1252 CSV of the broker's customers with returned post (names, addresses, property/motor policies)",
  frm=P("lueders"), to=("Finanzkontor Evers", "joern@evers-finanz.example"),
  subject="Rückläufer Ihres Bestands – Bitte um Mithilfe", date="2026-03-31 10:50", extra=[OUTLOOK],
  text="""Sehr geehrter Herr Evers,

im ersten Quartal kamen bei einigen Kunden aus Ihrem Bestand Briefe als unzustellbar zurück.
Die Liste hängt an. Wenn Sie neue Anschriften haben, tragen Sie sie bitte einfach in die
letzte Spalte ein und schicken die Datei über die elektronische Vermittlerpost zurück.

Vielen Dank und freundliche Grüße
Sabine Lüders
""",
  atts=[Att("Ruecklaeufer_Q1_Evers.csv", csvb([
      ["Kunde", "Geburtsdatum", "alte Anschrift", "Vertrag", "Sparte", "Rückläufer am", "neue Anschrift"],
      ["Wessels, Gerrit", "02.02.1977", "Grüne Str. 4, 26954 Nordenham", "KF-2290-19930", "Kfz", "16.02.2026", ""],
      ["Schwarting, Lea", "18.07.1995", "Am Markt 2, 27283 Verden", "HR-4471-38817", "Hausrat", "19.02.2026", ""],
      ["Böschen, Marlies", "30.01.1951", "Am Deich 3, 27809 Lemwerder", "WG-5501-00418", "Wohngebäude", "04.03.2026", ""],
      ["Tjarks, Hauke", "12.12.1990", "Kirchweg 22, 26919 Brake", "PH-3310-77121", "Privathaftpflicht", "11.03.2026", ""],
  ], enc="windows-1252"), ctype="application/vnd.ms-excel", cte="base64")])

# ---- 0099 ---------------------------------------------------------------
M("STRICTLY_CONFIDENTIAL", "mixed", "insurer-to-hospital",
  "travel health: cost guarantee for a named patient's wrist fracture surgery in Mallorca; German/English",
  frm=P("hoppe"), to=("Admisión Clínica Son Ferrer", "admision@clinica-sonferrer.example"),
  subject="Kostenübernahme / guarantee of payment – Frau Edith Brakhage, geb. 21.05.1947", date="2026-03-31 13:25",
  extra=[OUTLOOK],
  text="""Sehr geehrte Frau Müller-Vidal,

vielen Dank für Ihren Anruf. Wie besprochen bestätigen wir die Kostenübernahme für unsere
Versicherte Frau Edith Brakhage, geb. 21.05.1947 (Auslandsreise-Krankenversicherung
RK-J-7701-5088):

Dear admissions team, for your English-speaking colleagues:

  Patient:     Mrs Edith Brakhage, DOB 21/05/1947
  Diagnosis:   distal radius fracture, right (S52.51), fall on 29/03/2026
  Treatment:   open reduction and plate fixation, planned 01/04/2026, 2 nights
  Guarantee:   up to EUR 9,500.00, invoice directly to Nordhafen Versicherung AG
  Excluded:    private room surcharge, telephone

Please send the final invoice and the discharge report to our secure upload link (it will
follow in a separate e-mail), not by post – letters from Spain often take three weeks.

Mit freundlichen Grüßen / kind regards
Nadine Hoppe
Reiseversicherung, Nordhafen Versicherung AG
""")

# ---- 0100 ---------------------------------------------------------------
M("NORMAL", "de", "internal",
  "mail-room procedure for cash found in letters; no person",
  frm=P("wendisch"), to=F("team-input", "Team Input-Management"),
  subject="Bargeld in Briefen – bitte Vier-Augen-Prinzip", date="2026-04-01 08:10", extra=[OUTLOOK],
  text="""Moin zusammen,

im März hatten wir wieder drei Briefe, in denen Kunden Bargeld für ihre Beiträge mitgeschickt
haben (einmal sogar 400 Euro in einem Glückwunschkarten-Umschlag). Zur Erinnerung, wie wir
damit umgehen:

1. Sofort eine zweite Person dazuholen, gemeinsam zählen.
2. Betrag, Barcode des Schreibens und beide Namenskürzel im Bargeldbuch eintragen.
3. Geld in einen Safebag, Safebag-Nummer ins Buch, ab in den Tresor.
4. Das Schreiben normal scannen – Vermerk "Bargeld beigefügt, Betrag XY" als Notiz im DMS.

Die Buchhaltung holt die Safebags dienstags und freitags ab.

Danke euch!
Jana
""")

# ---- 0101 ---------------------------------------------------------------
_m101 = inner_mail(("Praxis Dr. Uhlhorn", "labor@praxis-uhlhorn.example"), "service@" + DOM,
                   "Laborbefund Frau Petersen", "2026-04-01 16:44", """Sehr geehrte Damen und Herren,

anbei wie telefonisch besprochen der Laborbefund unserer Patientin Frau Ilka Petersen,
geb. 08.12.1980, für den Antrag auf Kostenübernahme:

HbA1c 8,9 % (erhöht), Nüchternglukose 172 mg/dl, TSH 2,1 mU/l (normal),
Kreatinin 0,9 mg/dl. Beurteilung: Diabetes mellitus Typ 2, bislang unzureichend eingestellt.
Therapieanpassung erfolgt.

Mit freundlichen Grüßen
Praxis Dr. med. Karsten Uhlhorn, Allgemeinmedizin
""", cte="quoted-printable")
M("STRICTLY_CONFIDENTIAL", "en", "internal",
  "attachment-only: misdirected practice e-mail with a named patient's lab results (HbA1c, diabetes) attached as .eml",
  frm=P("price"), to=F("leistung.kv", "Leistung KV"), subject="FW: lab report sent to the service mailbox",
  date="2026-04-02 08:55", extra=[OUTLOOK],
  text="""Hi colleagues,

the attached e-mail from a GP practice landed in the general service mailbox (I'm covering the
inbox this week). It seems to belong to a claim or cost approval of yours, so I'm forwarding it
as it is. I've asked the practice to use the upload link in future.

Daniel
""", atts=[eml("Laborbefund Frau Petersen.eml", _m101)])

# ---- 0102 ---------------------------------------------------------------
M("NORMAL", "de", "internal",
  "trap: ODS list of postal boxes per department (Gesundheitsprüfung, Leistung KV, Pflege); no person",
  frm=P("kaya"), to=F("alle-fachbereiche", "Verteiler Fachbereiche Bremen"),
  subject="Aktualisierte Liste: Postfächer und Zuständigkeiten (Stand April)", date="2026-04-02 13:20",
  extra=[TB], cte="8bit",
  text="""Hallo zusammen,

anbei die aktuelle Liste, welche Postfachadresse und welches Funktionspostfach zu welchem
Bereich gehört. Bitte an Kunden und Partner nur diese Anschriften herausgeben.

Murat
-- 
Murat Kaya | Poststelle | Tel. -4417
""",
  atts=[Att("Postfaecher_Zustaendigkeiten_2026-04.ods", ods([("Postfächer", [
      ["Bereich", "Postanschrift", "Funktionspostfach", "Dokumente"],
      ["Leistung KV", "28189 Bremen", "leistung.kv@nordhafen-versicherung.example", "Arztrechnungen, Rezepte, Krankenhausrechnungen"],
      ["Gesundheitsprüfung", "28189 Bremen", "antrag.leben@nordhafen-versicherung.example", "Anträge mit Gesundheitsfragen, Arztberichte"],
      ["Leistung Pflege", "28189 Bremen", "leistung.pflege@nordhafen-versicherung.example", "Pflegegutachten, Pflegegeldanträge"],
      ["Leistung Leben", "28189 Bremen", "leben@nordhafen-versicherung.example", "Sterbeurkunden, Erbscheine"],
      ["Kfz-Schaden", "28189 Bremen", "kfz-schaden@nordhafen-versicherung.example", "Schadenanzeigen, Gutachten"],
      ["Rückläufer", "Industriestr. 40, 27753 Delmenhorst", "rueckpost@nordhafen-versicherung.example", "unzustellbare Sendungen"],
  ])]))])

# ---- 0103 ---------------------------------------------------------------
M("CONFIDENTIAL", "de", "insurer-to-customer",
  "e-bike theft claim: police report copy from archive; named customer, frame number, settlement",
  frm=P("stuehrenberg"), to=("Lennart Bischoff", "lennart.bischoff@mailbox-nord.example"),
  subject="E-Bike-Diebstahl – Kopie der Anzeige für Ihr Leasing", date="2026-04-02 15:10", extra=[OUTLOOK],
  text="""Hallo Herr Bischoff,

die Kopie der Diebstahlanzeige, die Sie uns im Oktober geschickt hatten, haben wir aus der
Schadenakte gezogen – sie hängt an. Ihre Leasingfirma braucht sie offenbar für die
Schlussabrechnung.

Zur Erinnerung die Eckdaten:
  Hausratversicherung mit Fahrradklausel HR-4471-36620
  Schaden S-2025-109944, Diebstahl am 11.10.2025, Fahrradkeller Osterstraße 12
  E-Bike Kalkhoff Endeavour, Rahmennummer WBK4471ED2210
  Entschädigung 2.940,00 EUR, gezahlt am 06.11.2025 an die Leasinggesellschaft

Viele Grüße
Petra Stührenberg
""",
  atts=[Att("Anzeige_Diebstahl_Kopie.pdf", pdf([
      "# Polizei Bremen - Bescheinigung über die Erstattung einer Strafanzeige",
      "Vorgangsnummer: 0925-2025-118802",
      "Anzeigende Person: Lennart Bischoff, Osterstraße 12, 28199 Bremen",
      "Tatzeit: 10.10.2025, 22:00 Uhr bis 11.10.2025, 07:15 Uhr",
      "Gegenstand: E-Bike Kalkhoff Endeavour, schwarz, Rahmennr. WBK4471ED2210, Wert ca. 3.200 EUR",
      "Tatörtlichkeit: verschlossener Fahrradkeller, Schloss aufgebrochen",
  ], title="Kopie Anzeige", producer=SCAN, creation="20251013101500"))])

# ---- 0104 ---------------------------------------------------------------
M("NORMAL", "en", "insurer-to-supplier",
  "trap: framework request for medical document translations (Polish, Turkish, Arabic); no person or document",
  frm=P("okafor"), to=("Projects – LinguaMed Translations", "projects@linguamed.example"),
  subject="Framework agreement for certified translations of medical documents", date="2026-04-03 09:40",
  extra=[OUTLOOK],
  text="""Dear Sir or Madam,

we are looking for a translation partner for documents that reach our mail room in foreign
languages, mostly hospital invoices, discharge letters, doctors' reports and death
certificates. Expected volume: about 1,800 pages per year.

Languages by volume: Polish, Turkish, Arabic, Russian, Spanish, Romanian, English.

Requirements:
  - translators bound to professional secrecy (we are subject to § 203 StGB)
  - documents exchanged only via our secure file transfer, never by e-mail
  - turnaround 3 working days, express 24 hours
  - medical terminology reviewed by a physician for discharge letters and reports

Could you send us an indicative price list per standard line and per page by 20 April? We
would then invite you to a short presentation.

Kind regards
Chidi Okafor
Procurement, Nordhafen Versicherung AG
""")

# ---- 0105 ---------------------------------------------------------------
M("CONFIDENTIAL", "en", "insurer-to-company",
  "grey: cyber claim of a small company after a fake bank-change letter; named managing director, policy and loss amount",
  frm=P("rosenboom"), to=("Jan-Philipp Wedemeyer", "jp.wedemeyer@wedemeyer-elektro.example"),
  subject="Cyber claim CY-S-2026-00031 – fake change of bank details", date="2026-04-03 14:22",
  extra=[OUTLOOK],
  text="""Dear Mr Wedemeyer,

thank you for the documents. To summarise what we understand happened at Wedemeyer Elektrotechnik
GmbH (cyber policy CY-7720-00188):

  - On 9 March your accounts team received a letter by post, apparently from your supplier
    Nordlicht Kabel GmbH, announcing new bank details.
  - A follow-up e-mail from a look-alike domain confirmed the "change".
  - Two invoices totalling EUR 48,310.00 were paid to the fraudulent account on 12 and
    19 March.

Social engineering / payment diversion is covered under section B.4 of your policy up to
EUR 50,000 per year, subject to the EUR 2,500 deductible and the condition that bank changes
are verified by phone. Please send us the internal payment approval records for both
transfers, and the original letter (we'd like our forensic partner to look at the envelope
and postmark).

Kind regards
Frank Rosenboom
Commercial Lines
""")

# ---- 0106 ---------------------------------------------------------------
M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-company",
  "group pension/disability: employer informed about a named employee's disability pension in the company plan",
  frm=F("bav", "Nordhafen Firmenkunden bAV"), to=("Personalabteilung Hollmer Feinkost", "personal@hollmer-feinkost.example"),
  subject="Gruppenvertrag bAV 6610-0042 – BU-Rente Frau Sabine Köhnken", date="2026-04-06 10:35",
  extra=[OUTLOOK],
  text="""Sehr geehrte Damen und Herren,

zu Ihrer Mitarbeiterin Frau Sabine Köhnken, geb. 26.04.1970, versichert im Gruppenvertrag
Direktversicherung mit BU-Zusatzversicherung 6610-0042, teilen wir Ihnen mit:

Wir haben die Berufsunfähigkeit ab 01.11.2025 anerkannt. Frau Köhnken erhält ab diesem Datum
eine monatliche BU-Rente von 612,00 EUR; außerdem ist sie von der Beitragszahlung befreit.
Bitte stellen Sie daher die Entgeltumwandlung für diesen Vertrag ab der nächsten Abrechnung ein
und erstatten Sie die seit November einbehaltenen Beiträge (6 x 148,00 EUR) an Frau Köhnken.

Die medizinischen Gründe teilen wir Ihnen als Arbeitgeber selbstverständlich nicht mit.

Unsere Schreiben an Ihre alte Postanschrift (Postfach 12 20) kamen zurück; bitte bestätigen
Sie, dass die neue Anschrift Hafenstraße 40, 27568 Bremerhaven lautet.

Mit freundlichen Grüßen
Nordhafen Lebensversicherung AG
Firmenkunden betriebliche Altersversorgung
""")

# ---- 0107 ---------------------------------------------------------------
M("NORMAL", "de", "internal",
  "trap: anonymised training case on a returned letter with health data ('Frau K., Anfang 70'); no identifiable person",
  frm=P("vosskamp"), to=F("team-input", "Team Input-Management"), cc=P("wendisch"),
  subject="Fallbeispiel für die Schulung am 15.04.", date="2026-04-06 16:00", extra=[OUTLOOK],
  text="""Liebe Kolleginnen und Kollegen,

für die Datenschutzschulung nächste Woche habe ich einen echten Fall aus dem letzten Jahr
anonymisiert. Bitte vorher lesen – wir diskutieren ihn gemeinsam.

Fall: Eine Leistungsabrechnung an eine Versicherte (Frau K., Anfang 70) kommt zurück. Auf dem
Umschlag hat ein Nachbar vermerkt, sie liege "seit dem Sturz im Krankenhaus". Eine Kollegin
ruft daraufhin im örtlichen Krankenhaus an, um zu fragen, ob Frau K. dort sei, und nennt dabei
den Namen unserer Gesellschaft.

Fragen:
1. Durfte die Kollegin im Krankenhaus anrufen?
2. Welche Informationen hat sie dabei preisgegeben?
3. Was wäre der richtige Weg gewesen, die neue Anschrift zu finden?
4. Darf der handschriftliche Vermerk des Nachbarn in der Akte bleiben?

Lösungsskizze gibt es in der Schulung.

Viele Grüße
Irene Voßkamp
""")

# ---- 0108 ---------------------------------------------------------------
M("CONFIDENTIAL", "de", "insurer-to-lawyer",
  "employment legal expenses: named client's dismissal, monthly salary and severance claim; coverage letter",
  frm=P("dittmer"), to=("RA Torsten Heitmann", "heitmann@arbeitsrecht-heitmann.example"),
  subject="Deckungszusage Arbeitsrecht – Ihr Mandant Björn Lahusen, RS-S-2026-00912", date="2026-04-07 11:15",
  extra=[OUTLOOK],
  text="""Sehr geehrter Herr Heitmann,

für die Kündigungsschutzklage Ihres Mandanten Herrn Björn Lahusen gegen die Brandt
Anlagenbau GmbH erteilen wir Deckung für die erste Instanz (Rechtsschutzvertrag RS-8801-14470,
Arbeits-Rechtsschutz).

Grundlage: ordentliche betriebsbedingte Kündigung vom 13.03.2026 zum 30.06.2026,
Bruttomonatsgehalt laut Ihrem Schreiben 4.860,00 EUR, Betriebszugehörigkeit 11 Jahre.
Den Gegenstandswert setzen wir mit drei Bruttomonatsgehältern an (14.580,00 EUR).

Ihr erstes Schreiben vom 17.03. ist übrigens an unsere alte Adresse gegangen und mit einer
Woche Verspätung bei uns eingetroffen; die Klagefrist haben Sie ja zum Glück im Blick.
Bitte nutzen Sie künftig die Anschrift 28189 Bremen.

""" + sig("dittmer"))

# ---- 0109 ---------------------------------------------------------------
_uw_txt = """Dear Ms Okonkwo,

thank you for applying for our comprehensive health insurance "KomfortMed". We have now
received all the documents from your orthopaedic surgeon, including the MRI report that was
delayed in the post.

We are pleased to offer you cover from 1 May 2026, with the following special condition:

  Exclusion: treatment of the right knee, including the consequences of the medial meniscus
  tear (S83.2) and the arthroscopic partial meniscectomy in August 2025.

We can review this exclusion on your request after three years without treatment of the
right knee. Your monthly premium is EUR 486.20 (no surcharge).

Please accept the offer in the customer portal by 30 April.

Kind regards
Medical Underwriting Health
Nordhafen Krankenversicherung AG
"""
M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-applicant",
  "health insurance underwriting decision with knee exclusion (meniscus tear) for a named applicant; text and HTML",
  frm=F("underwriting.kv", "Nordhafen Health Underwriting"), to=("Adaeze Okonkwo", "adaeze.okonkwo@inbox-nord.example"),
  subject="Your application KV-A-2026-04471 – offer with special condition", date="2026-04-07 15:48",
  extra=[OM], text=_uw_txt,
  html="<html><body style=\"font-family:Arial;font-size:10pt\">" +
       "".join(f"<p>{xesc(p)}</p>" for p in _uw_txt.strip().split("\n\n")).replace("\n", "<br>\n") +
       "</body></html>\n")

# ---- 0110 ---------------------------------------------------------------
M("NORMAL", "en", "internal",
  "trap: DMS steering committee minutes discussing § 203 StGB, health data access rights; no person data",
  frm=P("pape"), to=[P("claasen"), P("wendisch"), P("vosskamp"), ("Sunita Rao", "sunita.rao@nordhafen-it.example")],
  subject="Minutes – DMS steering committee 7 April", date="2026-04-08 09:10", extra=[TB],
  text="""Minutes – DMS steering committee, 7 April 2026
Present: H. Claasen, J. Wendisch, Dr. I. Voßkamp, S. Rao, J. Pape (minutes)

1. Migration status
   82 % of ArcLine documents migrated. Remaining: microfilm index (1998-2008), expected May.

2. Access rights for health documents
   Irene reminded us that documents in classes KV-RE, KV-EB, LV-AFB etc. fall under
   § 203 StGB. Proposal accepted: the mail room sees them only during indexing; after that
   only the health and life claims teams. IT staff get access only via break-glass procedure
   with logging.

3. Returned mail scans
   Retention reduced to 2 years (deletion concept v3.0). The DPA's answer to our enquiry is
   still pending.

4. OCR accuracy
   Ticket INC-2026-004418 fixed; misclassification rate for dental cost plans back to 1.2 %.

Action items:
  - Sunita: break-glass role in test by 30 April
  - Henrik: list of document classes with § 203 flag, to be signed off by Irene
  - Jörg: next meeting 5 May

Jörg
""")

# ---- 0111 ---------------------------------------------------------------
M("STRICTLY_CONFIDENTIAL", "de", "internal",
  "religion: certificate of leaving the church of a named employee, received by post, passed to payroll for church tax",
  frm=P("wendisch"), to=P("ahlers"), subject="Hauspost: Bescheinigung für die Lohnabrechnung", date="2026-04-08 12:40",
  extra=[OUTLOOK],
  text="""Hallo Carsten,

bei uns ist ein Brief gelandet, der an "Nordhafen Versicherung, Personal" adressiert war, aber
im allgemeinen Eingang geöffnet wurde. Darin: die Bescheinigung des Standesamts Achim über den
Kirchenaustritt von Herrn Fabian Gerken (Kundenservice, röm.-kath.) mit Wirkung zum
31.03.2026 und ein kurzes Anschreiben von ihm, dass ab April keine Kirchensteuer mehr
abgezogen werden soll.

Ich gebe beides heute in die Hauspost an dich, der Scan ist aus dem allgemeinen DMS gelöscht.

Gruß Jana
""")

# ---- 0112 ---------------------------------------------------------------
M("CONFIDENTIAL", "en", "insurer-to-broker",
  "yacht insurance: returned letter to the marina; named owner, hull policy and damage estimate sent to broker",
  frm=P("rosenboom"), to=("Priya Nair", "priya.nair@meridian-brokers.example"),
  subject="Yacht 'Seeschwalbe II' – returned letter, owner Dr. Henning Rolfs", date="2026-04-09 10:02",
  extra=[OUTLOOK],
  text="""Hi Priya,

our letter to your client Dr. Henning Rolfs was returned by the harbour master's office of
Marina Vegesack – apparently they no longer accept post for berth holders.

It concerns his yacht hull policy YA-8840-00217 ("Seeschwalbe II", Hallberg-Rassy 37) and the
grounding near Helgoland on 28 August 2025:

  - surveyor's estimate for keel and rudder repair: EUR 27,840.00
  - deductible: EUR 1,500.00
  - our offer: EUR 26,340.00, payable to the yard (Lürssen-Kröger Bootswerft) on completion

Could you forward this to Dr. Rolfs and let us have his current home address? He will need to
sign the repair authorisation before the yard starts.

Best
Frank
""")

# ---- 0113 ---------------------------------------------------------------
M("NORMAL", "de", "notification",
  "trap: portal registration mail saying the one-time password comes by post; no contract data",
  frm=F("noreply", "Nordhafen Kundenportal"), to=("Ilka Petersen", "ilka.petersen@netzpost.example"),
  subject="Ihre Registrierung im Nordhafen-Kundenportal", date="2026-04-09 18:30",
  extra=[("Auto-Submitted", "auto-generated"), DMS],
  text="""Guten Tag,

vielen Dank für Ihre Registrierung im Nordhafen-Kundenportal.

Aus Sicherheitsgründen schicken wir Ihnen Ihr Einmal-Passwort (Initialpasswort) per Brief an
Ihre bei uns hinterlegte Postanschrift. Der Brief ist in 2-4 Werktagen bei Ihnen.
Mit dem Einmal-Passwort melden Sie sich einmal an, vergeben ein eigenes Passwort und legen
eine Sicherheitsfrage fest.

Kein Brief angekommen? Dann stimmt vielleicht Ihre Anschrift nicht mehr – rufen Sie uns an:
+49 421 3398-4000.

Ihre Nordhafen Versicherung

Diese E-Mail wurde automatisch versandt.
""")

# ---- 0114 ---------------------------------------------------------------
M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-doctor",
  "orthodontic treatment plan of a named child insured discussed with a Dutch orthodontist",
  frm=P("brandes"), to=("Dr. Maarten Visser", "info@orthodontie-visser.example"),
  subject="Treatment plan for Noah Schepers (born 11/02/2015)", date="2026-04-10 09:28", extra=[OUTLOOK],
  text="""Dear Dr Visser,

thank you for the treatment plan for Noah Schepers, born 11 February 2015, who is insured with
us through his mother's family policy (KV 7734 2260). Your letter reached us via our Dutch
partner, as it was sent to their address by mistake.

Before we can confirm cover, we need the following, as German tariffs require a grading of the
malocclusion:

  - the KIG classification (our tariff covers grades 3 to 5); from your description (overjet
    of 7 mm, Class II division 1) we assume grade D4
  - the planned duration (you mention 24 months with fixed appliance) and the costs per
    quarter
  - the X-rays are not needed

Please send the information by post or through the upload link we sent to Mrs Schepers.

Kind regards
Tobias Brandes
Health Claims Service
""")

# ---- 0115 ---------------------------------------------------------------
M("NORMAL", "en", "insurer-to-partner",
  "trap: monthly assistance statistics by diagnosis group and country, aggregated, no cells under 5",
  frm=P("price"), to=("Rachel Ambrose", "r.ambrose@harbour-assist.example"),
  subject="March statistics – assistance cases", date="2026-04-10 14:00", extra=[OUTLOOK],
  text="""Hi Rachel,

here are the March figures for our service review call. Groups with fewer than 5 cases are
merged into "other", as agreed.

  Diagnosis group (ICD chapter)             cases   inpatient   repatriation
  Injuries (S00-T98)                           64          29              6
  Infections (A00-B99)                         31          12              0
  Circulatory (I00-I99)                        18          15              4
  Digestive (K00-K93)                          17           9              0
  Other                                        22           6              0
  Total                                       152          71             10

  Top countries: Spain 38, Turkey 21, Thailand 14, Italy 12, Austria 11.

Average time from first call to guarantee of payment: 5.2 hours (target 6).

See you on Tuesday.
Daniel
""")

# ---- 0116 ---------------------------------------------------------------
M("CONFIDENTIAL", "de", "internal",
  "insolvency administrator's letter about a named customer's household and motor contracts, forwarded internally",
  frm=P("gerdes"), to=[P("behrens"), P("janssen")], subject="Insolvenzverfahren Hendrik Poppe – Post des Verwalters",
  date="2026-04-13 10:30", extra=[OUTLOOK],
  text="""Hallo Inga, hallo Ole,

mit der Post kam heute ein Schreiben von RA Dr. Wiegmann als Insolvenzverwalter:
Über das Vermögen von Herrn Hendrik Poppe, Raumausstattermeister, Bremen-Findorff, wurde am
01.04.2026 das Insolvenzverfahren eröffnet (AG Bremen, 507 IN 88/26).

Betroffen bei uns:
  - Hausrat HR-4471-22187 (Rückstand 96,40 EUR)
  - Kfz KF-2290-24301 (Transporter HB-HP 114, Rückstand 318,15 EUR)
  - Betriebshaftpflicht als Einzelunternehmer BH-9930-01077

Der Verwalter verlangt, dass alle Post zu diesen Verträgen ab sofort an ihn geht, und fragt
nach Rückkaufswerten (gibt es bei diesen Sparten nicht). Rückstände melden wir zur Tabelle an,
bitte keine Mahnungen mehr an Herrn Poppe schicken.

Gruß Malte
""")

# ---- 0117 ---------------------------------------------------------------
M("NORMAL", "de", "insurer-to-supplier",
  "trap: scanner service ticket mentioning batches of Arztrechnungen and Rezepte; no person",
  frm=P("oltmanns"), to=("Service ScanTec Nord", "service@scantec-nord.example"),
  subject="Störung Scanlinie 3 – Papierstau Einzug, Ticket bitte", date="2026-04-13 13:05",
  extra=[OUTLOOK], cs="iso-8859-1", cte="quoted-printable",
  text="""Guten Tag,

an unserer Scanlinie 3 (Hochleistungsscanner HS-9000, Seriennummer HS9-22-00471) kommt es
seit Freitag zu Papierstaus im Einzug, ca. alle 400 Blatt. Doppeleinzugserkennung meldet
fehlerhaft. Die Einzugsrollen wurden zuletzt im Oktober getauscht, Zählerstand jetzt
3,1 Mio. Blatt.

Betroffen sind vor allem die Stapel mit Arztrechnungen und Rezepten (dünnes Papier,
Kassenbons aufgeklebt). Bitte schicken Sie einen Techniker, möglichst noch diese Woche.
Wartungsvertrag Nr. WV-2024-118.

Mit freundlichen Grüßen
Britta Oltmanns
Scan-Qualitätssicherung, Posteingangszentrum Delmenhorst
""")

# ---- 0118 ---------------------------------------------------------------
M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "grey: health insurance premium increase re-sent after returned post; no medical detail but a named person's health contract",
  frm=F("kv-service", "Nordhafen Krankenversicherung – Kundenservice"), to=("Gerd Wieting", "gerd.wieting@t-post.example"),
  subject="Beitragsanpassung zum 01.04.2026 – Ihr Schreiben kam zurück", date="2026-04-14 09:12",
  extra=[OUTLOOK],
  text="""Sehr geehrter Herr Wieting,

unser Schreiben zur Beitragsanpassung Ihrer Krankenversicherung KV 7718 8842 kam mit dem
Vermerk "unbekannt verzogen" zurück. Vielen Dank, dass Sie uns Ihre neue Anschrift
(Kantstraße 9, 28201 Bremen) telefonisch mitgeteilt haben.

Die Änderungen ab 01.04.2026 im Überblick:

  Tarif KomfortMed 300 (ambulant/stationär)   bisher 512,40 EUR   neu 561,90 EUR
  Tarif ZahnPlus 85                            bisher  38,20 EUR   neu  38,20 EUR
  Krankentagegeld KT 43 (50 EUR/Tag)           bisher  41,75 EUR   neu  44,10 EUR
  Gesamtbeitrag monatlich                      bisher 592,35 EUR   neu 644,20 EUR

Die ausführliche Begründung nach § 203 Abs. 5 VVG und die Information zum Tarifwechselrecht
senden wir Ihnen heute erneut per Post.

Mit freundlichen Grüßen
Ihr Kundenservice Krankenversicherung
""")

# ---- 0119 ---------------------------------------------------------------
M("CONFIDENTIAL", "en", "insurer-to-customer",
  "no-claims certificate from the archive for a named customer moving to the UK; motor policy history",
  frm=P("janssen"), to=("Rhys Llewellyn", "rhys.llewellyn@britmail.example"),
  subject="Your no-claims certificate for your new insurer", date="2026-04-14 14:36", extra=[OUTLOOK],
  text="""Dear Mr Llewellyn,

as requested, attached is a certificate of your claims-free driving history with us, in
English, for your new insurer in Cardiff.

We had to retrieve the records for 2016-2019 from our archive, because your first policy
(KF-2290-08814) was converted into the current one (KF-2290-33107) in 2020.

Kind regards
Ole Janssen
Motor Claims, Nordhafen Versicherung AG
""",
  atts=[Att("NoClaimsCertificate_Llewellyn.pdf", pdf([
      "# Nordhafen Versicherung AG - Certificate of claims experience",
      "Policyholder: Rhys Llewellyn, born 03/09/1985",
      "Policies: KF-2290-08814 (01/04/2016 - 31/12/2019), KF-2290-33107 (01/01/2020 - 31/03/2026)",
      "Vehicles: Ford Focus (HB-RL 303), Mazda CX-5 (HB-RL 606)",
      "Claims-free years: 10 (German no-claims class SF 10)",
      "Claims: 1 third-party claim on 17/05/2018 (no injuries), paid EUR 1,240.00 - included in class calculation",
      "Bremen, 14 April 2026",
  ], title="No claims certificate"))])

# ---- 0120 ---------------------------------------------------------------
M("NORMAL", "en", "internal",
  "farewell invitation for a retiring archive colleague; organisational",
  frm=P("claasen"), to=F("team-input", "Team Input-Management"), cc=P("wendisch"),
  subject="Farewell drinks for Hinrich – Thursday 30 April", date="2026-04-15 11:00", extra=[OUTLOOK],
  text="""Dear all,

after 41 years with Nordhafen – starting in the paper archive in the basement of the old head
office – our colleague Hinrich Dreyer retires at the end of April. Hinrich knows every box in
Hall C by heart and has probably retrieved more files than anyone in the company's history.

We'll say goodbye on Thursday, 30 April, from 3 pm in the canteen in Delmenhorst. There's a
card going round in the mail room (pigeonhole 12) and a collection for a present – he's a
keen sailor, so we're thinking of something for the boat.

Please keep it quiet, he doesn't know about the party!

Henrik
""")

# ---- 0121 ---------------------------------------------------------------
M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-partner",
  "medical report on another insurer's named customer received by mistake; forwarded with summary of its content",
  frm=P("wendisch"), to=("Claims Mailroom – Thames Mutual", "mailroom@thames-mutual.example"),
  subject="Document received in error – your policyholder Mr Graham Pickering", date="2026-04-15 15:20",
  extra=[OUTLOOK],
  text="""Dear colleagues,

yesterday we received by post a medical report that is clearly meant for you. It was addressed
to "Nordhafen Claims" but the reference (your claim TM/PI/25/04471) and the enclosed covering
letter name Thames Mutual.

So that you can match it: it is a consultant orthopaedic report by Mr David Okoro, FRCS, dated
30 March 2026, on your policyholder Mr Graham Pickering (DOB 17/01/1969), concerning a lumbar
disc prolapse with sciatica after a road traffic accident, 12 pages.

The original is on its way to you by tracked post (RR 4471 0926 5DE). We have not kept a copy;
the document was opened by our mail room only to identify the recipient.

Kind regards
Jana Wendisch
Team Lead Input Management / Mail Room, Nordhafen Versicherung AG
""")

# ---- 0122 ---------------------------------------------------------------
M("NORMAL", "de", "internal",
  "deadline letterbox rules from the legal department; no person",
  frm=P("schnakenberg"), to=F("alle-fachbereiche", "Verteiler Fachbereiche Bremen"), cc=P("wendisch"),
  subject="Fristenbriefkasten und Eingangsstempel – bitte beachten", date="2026-04-16 10:45",
  extra=[OUTLOOK],
  text="""Liebe Kolleginnen und Kollegen,

in zwei Rechtsstreitigkeiten ging es zuletzt darum, wann eine Kündigung "bei uns zugegangen"
ist. Deshalb zur Erinnerung:

- Maßgeblich ist der Eingang im Postfach bzw. im Fristenbriefkasten, nicht der Scanzeitpunkt.
- Der Fristenbriefkasten am Haupteingang Bremen wird um 0:00 Uhr automatisch abgeteilt. Was
  danach eingeworfen wird, erhält den Stempel des Folgetags.
- Die Poststelle stempelt jeden Umschlag mit Datum und Uhrzeit, und der Umschlag wird mit
  gescannt. Bitte Umschläge nie aus dem Scan entfernen.
- Bei E-Mails zählt der Zeitpunkt des Eingangs auf unserem Server, nicht wann jemand sie liest.

Fragen gern an mich.

Dirk Schnakenberg
Rechtsabteilung
""")

# ---- 0123 ---------------------------------------------------------------
_ya_iban = iban("DE", "29151281" + "0007733542")
M("CONFIDENTIAL", "mixed", "insurer-to-customer",
  "household water damage: settlement to the named customer's IBAN; customer writes English, answer mixes both",
  frm=P("stuehrenberg"), to=("Yasemin Aksoy-Grant", "yasemin.ag@netzpost.example"),
  subject="AW: water damage kitchen / Leitungswasserschaden S-2026-014418", date="2026-04-16 14:18",
  extra=[OUTLOOK], irt="<yag.0415@netzpost.example>",
  text=f"""Hallo Frau Aksoy-Grant,

danke für die Fotos und die Rechnung des Installateurs. As you wrote in English, I'll answer
in both languages:

Ihr Leitungswasserschaden vom 02.04.2026 (Hausrat HR-4471-39021) ist reguliert / your claim
has been settled:

  Küchenunterschränke / kitchen base units       1.180,00 EUR
  Trocknung / drying equipment (electricity)        96,40 EUR
  Summe / total                                  1.276,40 EUR

Überweisung an / payment to: Yasemin Aksoy-Grant, IBAN {_ya_iban}

The plumber's invoice for the broken pipe itself is a building matter – please send it to your
landlord's insurer.

Viele Grüße / best regards
Petra Stührenberg
""")

# ---- 0124 ---------------------------------------------------------------
M("NORMAL", "en", "insurer-to-supplier",
  "trap: address research invoice (searches with date-of-birth matching, register enquiries); prices and hit rates only",
  frm=P("lueders"), to=("Billing AdressPunkt", "billing@adresspunkt.example"),
  subject="Invoice AP-2026-03-0417 – approved with one correction", date="2026-04-17 09:33",
  extra=[OUTLOOK],
  text="""Hello,

we have checked invoice AP-2026-03-0417 for March:

  Standard searches (name +
  date-of-birth matching)   212 x EUR 3.90     hits 71 %
  Register office enquiries  48 x EUR 12.50    hits 88 %
  International searches      3 x EUR 45.00    hits 2 of 3

One correction: 6 of the register office enquiries were billed twice (batch 2026-05 and
2026-05b are the same batch, re-sent after your SFTP problem). Please credit 6 x EUR 12.50 =
EUR 75.00. The rest is approved for payment.

Regards
Sabine Lüders
Returned Mail and Address Research
""")

# ---- 0125 ---------------------------------------------------------------
M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "attachment-only: dental implant cost approval for the named addressee in PDF; body harmless",
  frm=P("brandes"), to=("Waltraud Siemer", "w.siemer@mailbox-nord.example"),
  subject="Ihre Unterlagen", date="2026-04-17 13:50", extra=[OUTLOOK],
  text="""Guten Tag Frau Siemer,

wie am Telefon besprochen: Unser Brief ist an die alte Adresse gegangen. Ich schicke ihn Ihnen
deshalb hier noch einmal als PDF. Das Original kommt zusätzlich per Post an die neue Anschrift.

Freundliche Grüße
Tobias Brandes
""",
  atts=[Att("Schreiben_2026-03-30.pdf", pdf([
      "# Nordhafen Krankenversicherung AG - Leistungsservice",
      "Frau Waltraud Siemer, Lindenstraße 31, 27793 Wildeshausen",
      "Zahnzusatzversicherung ZahnPlus 100, Vertrag KV 7733 1029",
      "",
      "# Heil- und Kostenplan von Dr. med. dent. Kirsten Addicks vom 16.03.2026",
      "Geplante Behandlung: 2 Implantate regio 35 und 36 mit implantatgetragenen Kronen,",
      "vorbereitender Knochenaufbau (Sinuslift nicht erforderlich). Befund: Zähne 35, 36 fehlend.",
      "Voraussichtliche Kosten: 5.870,40 EUR",
      "",
      "Wir erstatten nach Ihrem Tarif 100 % der erstattungsfähigen Kosten, höchstens 5.000 EUR",
      "im 3. Versicherungsjahr. Zusage: 5.000,00 EUR.",
      "Bremen, 30.03.2026",
  ], title="Leistungszusage HKP"))])

# ---- 0126 ---------------------------------------------------------------
M("NORMAL", "de", "internal",
  "trap: synthetic test data for the scanner line ('Max Mustermann', published example IBAN DE89 3704..., fake ICD codes)",
  frm=P("oltmanns"), to=P("pape"), subject="Testset 'synthetisch KV 2026' für die Abnahme Scanlinie 4",
  date="2026-04-20 08:40", extra=[OUTLOOK],
  text="""Hallo Jörg,

für die Abnahme der neuen Scanlinie habe ich das Testset zusammengestellt – 250 Seiten, alles
selbst gebaut, keine Echtdaten:

  - 80 Arztrechnungen für "Max Mustermann", geb. 01.01.1970, Musterstraße 1, 12345 Musterstadt,
    mit erfundenen Diagnosen (u. a. J06.9, M54.5, Z00.0 – bewusst Allerweltscodes)
  - 40 SEPA-Mandate mit der bekannten Beispiel-IBAN DE89 3704 0044 0532 0130 00 aus den
    Bankunterlagen zur IBAN-Einführung
  - 30 Sterbeurkunden-Attrappen "Erika Musterfrau" (Standesamt Musterstadt)
  - 100 Mischpost (Kündigungen, Adressänderungen, Werbung)

Damit prüfen wir: Klassifikation, IBAN-Erkennung, Schwärzung im Index und ob die
Schutzklasse 3 korrekt gesetzt wird. Die Papierstapel liegen im Regal neben Linie 4,
beschriftet mit "TEST – nicht in den Echtbetrieb".

Gruß
Britta
""")

# ---- 0127 ---------------------------------------------------------------
M("CONFIDENTIAL", "de", "insurer-to-customer",
  "lost-baggage claim of the named addressee, settlement amount; travel line without health content",
  frm=P("hoppe"), to=("Frauke Meyerdierks", "frauke.meyerdierks@t-post.example"),
  subject="Reisegepäck – Ihr Koffer aus Lissabon, Schaden RG-2026-00311", date="2026-04-20 11:30",
  extra=[OUTLOOK], cte="8bit",
  text="""Liebe Frau Meyerdierks,

wir haben Ihre Nachricht bekommen – unser Brief an die Hauptstraße 201 ist tatsächlich
zurückgekommen, danke für die neue Adresse in Stuhr-Brinkum.

Zu Ihrem Koffer: Die Fluggesellschaft hat den Verlust am 05.04. endgültig bestätigt
(Property Irregularity Report LIS-TP 44718). Wir erstatten aus Ihrer Reisegepäckversicherung
RG-4410-22617 den Zeitwert des Inhalts laut Ihrer Liste:

  Kleidung und Schuhe         640,00 EUR (Zeitwert 60 %)   384,00 EUR
  Kulturbeutel, Föhn           95,00 EUR                     57,00 EUR
  Koffer (3 Jahre alt)        189,00 EUR                    113,40 EUR
  abzüglich Entschädigung der Fluggesellschaft             -250,00 EUR
  Auszahlung                                               304,40 EUR

Der Betrag geht in den nächsten Tagen auf Ihr Konto.

Herzliche Grüße
Nadine Hoppe
Reiseversicherung
""")

# ---- 0128 ---------------------------------------------------------------
M("STRICTLY_CONFIDENTIAL", "de", "internal",
  "genetic data: unsolicited BRCA2 test result of a named applicant in the post; must not be used (GenDG)",
  frm=F("antrag.leben", "Antragsprüfung Leben/BU"), to=P("claasen"), cc=P("vosskamp"),
  subject="Bitte Dokument aus der Antragsakte entfernen – GenDG", date="2026-04-20 15:02", extra=[OUTLOOK],
  text="""Hallo Herr Claasen,

in der Antragsakte BU-A-2026-01533 (Antragstellerin Frau Johanna Rieckhof, geb. 12.07.1991)
ist mit der Post vom 17.04. ein Befund einer humangenetischen Untersuchung eingescannt worden:
Nachweis einer pathogenen BRCA2-Variante, Beratung im Zentrum für familiären Brust- und
Eierstockkrebs. Die Antragstellerin hat ihn offenbar aus Vorsicht mitgeschickt.

Nach § 18 Gendiagnostikgesetz dürfen wir Ergebnisse genetischer Untersuchungen weder verlangen
noch verwenden. Bitte

  1. den Scan (Dokument-ID 26-0417-022981) aus der Akte entfernen und endgültig löschen,
  2. das Papieroriginal an Frau Rieckhof zurückschicken (Begleitschreiben kommt von uns),
  3. prüfen, ob der Befund im Index Metadaten hinterlassen hat (OCR-Volltext!).

Die Antragsprüfung läuft ohne dieses Dokument weiter.

Danke und Gruß
Dr. med. Sven Rübsam
Antragsprüfung Leben/BU
""")

# ---- 0129 ---------------------------------------------------------------
M("NORMAL", "en", "insurer-to-partner",
  "trap: anonymised mortality experience study by cause-of-death group and age band for the reinsurer",
  frm=P("demir"), to=("Graham Whitfield", "g.whitfield@atlanticre.example"),
  subject="Mortality experience 2021-2025 – term life portfolio", date="2026-04-21 10:10",
  extra=[OUTLOOK],
  text="""Hi Graham,

as discussed, our mortality experience for the term life book, 2021-2025, in aggregated form.
Cause of death is taken from the death certificates and doctors' statements we receive with
claims; groups with fewer than 5 deaths are merged.

  Age band   exposure (policy years)   deaths   A/E vs. DAV 2008 T
  25-39      412,300                     58       71 %
  40-54      508,900                    214       78 %
  55-69      233,400                    301       84 %

  Cause of death (share of all 573 deaths)
  Neoplasms (C00-D48)                   41 %
  Circulatory (I00-I99)                 22 %
  External causes incl. accidents       14 %
  Suicide (within and after 3 years)     6 %
  Other / unknown                       17 %

No individual claims data is included. Detailed cell data can be viewed in the data room.

Best regards
Aylin
""")

# ---- 0130 ---------------------------------------------------------------
M("CONFIDENTIAL", "en", "insurer-to-broker",
  "storm damage to a private homeowner's PV system: named customer, policy, address and settlement",
  frm=P("stuehrenberg"), to=("Oliver Grant", "o.grant@hanse-assekuranz.example"),
  subject="PV system storm damage – your client Mr Kieran Walsh, WG-5501-01744", date="2026-04-21 14:44",
  extra=[OUTLOOK],
  text="""Hi Oliver,

quick update for your client Mr Kieran Walsh, as our letter to him seems to have been lost
(he told you he never received it):

  Policy:   buildings insurance WG-5501-01744 incl. PV extension
  Property: Am Sielhafen 6, 27612 Loxstedt
  Loss:     storm "Kirsten" on 19 February 2026, 9 panels torn off, inverter damaged
  Assessor: Weser Solar Gutachten, report of 12 March
  Settlement: new panels and installation EUR 4,380.00, inverter EUR 1,640.00,
              scaffolding EUR 720.00, less deductible EUR 250.00 = EUR 6,490.00

Payment goes to the installer once they confirm completion. Loss of feed-in revenue (about
EUR 95) will be paid to Mr Walsh directly.

Cheers
Petra
""")

# ---- 0131 ---------------------------------------------------------------
M("NORMAL", "de", "insurer-to-supplier",
  "trap: complaint to the postal provider about delayed registered letters (Kündigungen, Leistungsunterlagen); counts only",
  frm=P("kaya"), to=("Reklamation Weser Briefdienst", "reklamation@weser-briefdienst.example"),
  subject="Reklamation: Einschreiben-Sammelauflieferung vom 14.04. verspätet", date="2026-04-22 09:15",
  extra=[OUTLOOK],
  text="""Sehr geehrte Damen und Herren,

unsere Sammelauflieferung vom 14.04.2026 (Einlieferungsliste ES-2026-0414, 312 Einschreiben
mit Rückschein) wurde laut Ihrer Sendungsverfolgung erst am 17.04. bearbeitet. Darunter waren
Kündigungsbestätigungen, Mahnungen nach § 38 VVG und Leistungsunterlagen mit Fristsetzung.

Bei Mahnungen nach § 38 VVG hängt der Fristbeginn am Zugang beim Kunden; drei Tage Verzögerung
sind für uns nicht hinnehmbar. Bitte nennen Sie uns den Grund und bestätigen Sie, dass die
Sammelauflieferungen künftig am selben Tag bearbeitet werden.

Die 41 Rückscheine, die bisher nicht zurückgekommen sind, listen wir Ihnen gern separat auf.

Mit freundlichen Grüßen
Murat Kaya
Poststelle Nordhafen Versicherung AG
""")

# ---- 0132 ---------------------------------------------------------------
M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-customer",
  "IVF treatment reimbursement of the named expat customer, re-sent after returned post",
  frm=P("price"), to=("Lucía Fernández-Mahler", "lucia.fm@iberomail.example"),
  subject="Your claim KV-INT-260233 – fertility treatment, statement re-sent", date="2026-04-22 16:20",
  extra=[OUTLOOK],
  text="""Dear Ms Fernández-Mahler,

our statement of 27 March was returned from Barcelona as "desconocido" (unknown). I've updated
your address to Carrer de Provença 214, 3º 2ª, as you asked on the phone.

Statement summary:

  Clinic:        Institut de Reproducció Barcelona
  Treatment:     IVF/ICSI cycle 2 of 3, stimulation February 2026, embryo transfer 3 March
  Medication:    follitropin alfa, ganirelix, progesterone (pharmacy receipts EUR 1,912.40)
  Clinic costs:  EUR 5,980.00
  Reimbursed:    50 % per your plan's fertility benefit = EUR 3,946.20
  Remaining fertility budget for 2026: EUR 4,053.80

I have also switched your correspondence to the digital post box, so this won't happen again.

""" + sig("price", "en"))

# ---- 0133 ---------------------------------------------------------------
M("CONFIDENTIAL", "de", "insurer-to-third-party",
  "hunting liability: named claimant's car windscreen hit during a driven hunt; nobody hurt; claim number",
  frm=P("stuehrenberg"), to=("Helmut Rodenbeck", "helmut.rodenbeck@webpost-nord.example"),
  subject="Ihr Schaden vom 29.11.2025 – Jagdhaftpflicht, S-2025-119770", date="2026-04-23 10:00",
  extra=[OUTLOOK],
  text="""Sehr geehrter Herr Rodenbeck,

wir sind der Jagdhaftpflichtversicherer von Herrn Arnold Meinke. Bei der Drückjagd am
29.11.2025 im Revier Hasbruch wurde die Windschutzscheibe Ihres auf dem Waldweg geparkten
Pkw (OL-HR 55) von einem Geschoss-Splitter getroffen. Zum Glück saß niemand im Fahrzeug.

Ihre Rechnung der Glaserei Scheibenprofi über 1.148,60 EUR erstatten wir in voller Höhe. Unser
erstes Schreiben an Sie ist leider unzustellbar zurückgekommen (Straße richtig, aber
Ortsteil falsch) – deshalb die Verzögerung.

Bitte nennen Sie uns Ihre Bankverbindung, gern telefonisch unter +49 421 3398-5230.

""" + sig("stuehrenberg"))

# ---- 0134 ---------------------------------------------------------------
_nl134 = """Nordhafen Maklerbrief 04/2026

BU: neue Annahmerichtlinien – mehr Zusagen ohne Zuschlag

Ab 1. Mai ändern wir unsere Risikoprüfung in der Berufsunfähigkeitsversicherung:

* Asthma bronchiale, gut kontrolliert (keine Kortison-Stoßtherapie in den letzten 2 Jahren):
  in der Regel normale Annahme statt Ausschluss.
* Diabetes mellitus Typ 1 mit HbA1c unter 7,5 % und ohne Folgeerkrankungen: Annahme mit
  Zuschlag ab 25 %, bisher Ablehnung.
* Psychotherapie: abgeschlossene Therapien, die länger als 5 Jahre zurückliegen, fragen wir
  nicht mehr ab (Gesundheitsfragen Version 2026-05).
* Heuschnupfen und Kurzsichtigkeit: keine Angaben mehr nötig.

Bitte schicken Sie Arztberichte nicht per Post oder E-Mail, sondern über die Upload-Funktion im
Maklerportal – Papierpost braucht im Schnitt drei Tage länger.

Risikovoranfragen: anonymisiert über das Maklerportal, Rubrik "Voranfrage BU".

Ihre Maklerbetreuung

Abmelden: https://makler.nordhafen-versicherung.example/newsletter/abmelden
"""
M("NORMAL", "de", "newsletter",
  "trap: broker newsletter on BU underwriting rules (asthma, diabetes type 1, psychotherapy, HbA1c); no person",
  frm=F("maklerbrief", "Nordhafen Maklerbetreuung"), to=F("maklerbrief-verteiler", "Maklerbrief Verteiler"),
  subject="Maklerbrief 04/2026: BU-Annahmerichtlinien ab 1. Mai", date="2026-04-24 07:30",
  extra=[("List-Unsubscribe", "<https://makler.nordhafen-versicherung.example/newsletter/abmelden>"),
         ("Precedence", "bulk")], cte="base64", text=_nl134)

# ---- 0135 ---------------------------------------------------------------
M("CONFIDENTIAL", "de", "insurer-to-customer",
  "construction all-risk policy of a private builder: named customer, site address, returned post, premium",
  frm=P("rosenboom"), to=("Sven und Imke Ahrens", "familie.ahrens@inbox-nord.example"),
  subject="Bauleistungsversicherung BL-9950-00316 – Post an die Baustelle kam zurück", date="2026-04-24 11:55",
  extra=[OUTLOOK],
  text="""Sehr geehrte Frau Ahrens, sehr geehrter Herr Ahrens,

Ihr Versicherungsschein zur Bauleistungsversicherung BL-9950-00316 war an die Anschrift des
Bauvorhabens adressiert (Kiebitzweg 11, 28865 Lilienthal) – dort gibt es natürlich noch
keinen Briefkasten, und er kam zurück. Wir haben ihn jetzt an Ihre Mietwohnung in der
Humboldtstraße 77, 28203 Bremen geschickt.

Eckdaten: Bausumme 412.000 EUR, Versicherungsdauer bis zur Bauabnahme, längstens 18 Monate,
Einmalbeitrag 798,60 EUR (fällig am 15.05.2026), Selbstbeteiligung 500 EUR je Schaden.

Bitte teilen Sie uns mit, ab wann Sie im neuen Haus wohnen, dann stellen wir die Post um.

""" + sig("rosenboom"))

# ---- 0136 ---------------------------------------------------------------
M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "legal expenses: criminal proceedings against the named customer for negligent bodily injury, injuries of the other party",
  frm=P("dittmer"), to=("Mirko Stelljes", "mirko.stelljes@netzpost.example"),
  subject="Verkehrs-Rechtsschutz – Strafverfahren, Ihr Zeichen / unser RS-S-2026-01107", date="2026-04-27 09:20",
  extra=[OUTLOOK],
  text="""Sehr geehrter Herr Stelljes,

die Staatsanwaltschaft Verden hat gegen Sie Anklage wegen fahrlässiger Körperverletzung
(§ 229 StGB) erhoben. Hintergrund ist der Unfall vom 08.12.2025 in Achim, bei dem die
Radfahrerin nach der Anklageschrift eine Schlüsselbeinfraktur und eine Gehirnerschütterung
erlitt.

Aus Ihrer Verkehrs-Rechtsschutzversicherung RS-8801-15203 übernehmen wir die Kosten Ihrer
Verteidigung durch Herrn RA Behrens, einschließlich der Hauptverhandlung am 19.06.2026 vor dem
Amtsgericht Achim. Wird Sie wegen einer vorsätzlichen Tat verurteilt, müssten wir die Kosten
zurückfordern – bei fahrlässiger Begehung nicht.

Die Anklageschrift hatte Ihr Anwalt an unsere alte Postanschrift geschickt; sie liegt uns jetzt
vor.

""" + sig("dittmer"))

# ---- 0137 ---------------------------------------------------------------
M("NORMAL", "en", "internal",
  "trap: aggregated sickness-absence rates per mail-room shift for staff planning; no individual",
  frm=P("ahlers"), to=P("wendisch"), subject="Absence figures Q1 – Input Management (aggregated)",
  date="2026-04-27 13:35", extra=[OUTLOOK],
  text="""Hi Jana,

here are the Q1 absence figures you asked for the staffing plan. As always, only at team level
and only for groups of at least 5 people.

  Shift / team             headcount   sick-leave rate Q1   Q1 2025
  Early shift scanning        9              7.8 %             6.2 %
  Late shift scanning         7              5.1 %             5.9 %
  Indexing / QA               6              3.9 %             4.4 %
  Returned mail / outbound    6              4.6 %             3.8 %
  Input Management total     28              5.6 %             5.2 %

The early shift's rise is mostly the February flu wave. The occupational health service offers
another ergonomics check for the scanning workplaces in May – maybe worth booking.

Carsten
""")

# ---- 0138 ---------------------------------------------------------------
_ret_html = """<html><head><meta charset="utf-8"><title>Aushebeauftrag 2026-0428</title></head><body>
<h3>Aushebeauftrag 2026-0428 – Legal Hold Rechtsabteilung</h3>
<table border="1" cellpadding="3">
<tr><th>Karton</th><th>Akte</th><th>Versicherungsnehmer</th><th>Vertrag</th><th>Anlass</th></tr>
<tr><td>NV-A-092211</td><td>Kfz-Schaden S-2019-061144</td><td>Reinhold Tammen</td><td>KF-2290-04417</td><td>Regressprozess LG Oldenburg</td></tr>
<tr><td>NV-A-092211</td><td>Kfz-Schaden S-2019-061190</td><td>Doris Brünjes-Oetken</td><td>KF-2290-05220</td><td>Regressprozess LG Oldenburg</td></tr>
<tr><td>NV-A-101874</td><td>Gebäude S-2020-022871</td><td>Karl-Heinz Fitschen</td><td>WG-5501-00233</td><td>Bauprozess gegen Dachdecker</td></tr>
<tr><td>NV-A-110409</td><td>Haftpflicht S-2021-047702</td><td>Tanja Grotheer</td><td>PH-3310-44180</td><td>Berufung</td></tr>
</table>
<p>Bitte alle vier Akten bis 05.05. an die Rechtsabteilung Bremen, Legal Hold im DMS gesetzt.</p>
</body></html>
"""
M("CONFIDENTIAL", "de", "insurer-to-supplier",
  "archive retrieval order in an HTML attachment: named policyholders, motor/property claim files under legal hold",
  frm=P("claasen"), to=("Auftragsannahme Aktenlager Nord", "auftrag@aktenlager-nord.example"),
  subject="Aushebeauftrag 2026-0428 (4 Akten, Eilt)", date="2026-04-28 08:25", extra=[OUTLOOK],
  text="""Guten Morgen,

anbei unser Aushebeauftrag 2026-0428 mit der Bitte um Eilaushebung (Lieferung bis 05.05.).
Die Akten sind mit Legal Hold belegt und dürfen nicht in die Vernichtung.

Danke
Henrik Claasen
""",
  atts=[Att("Aushebeauftrag_2026-0428.html", _ret_html.encode("utf-8"), ctype="text/html", charset="utf-8",
            cte="quoted-printable")])

# ---- 0139 ---------------------------------------------------------------
M("NORMAL", "de", "insurer-to-company",
  "trap: school asks generally about accident cover for school trips; answer names fractures and dental accidents generically",
  frm=P("behrens"), to=("Sekretariat Oberschule Am Wall", "sekretariat@os-amwall.example"),
  subject="AW: Versicherung für Klassenfahrt nach Borkum", date="2026-04-28 11:40", extra=[OUTLOOK],
  text="""Sehr geehrte Frau Harms,

gern beantworte ich Ihre allgemeine Frage: Bei Klassenfahrten sind die Schülerinnen und
Schüler über die gesetzliche Schülerunfallversicherung (Unfallkasse) abgesichert – also etwa
bei einem Knochenbruch beim Wattwandern oder einem Zahnunfall beim Sport. Eine zusätzliche
Unfallversicherung über uns ist dafür nicht nötig.

Sinnvoll kann dagegen eine Gruppen-Reiserücktrittsversicherung sein, falls die Fahrt abgesagt
werden muss, sowie eine Gepäckversicherung. Ein Angebot für 28 Schülerinnen und Schüler und zwei
Lehrkräfte schicke ich Ihnen gern, dafür brauche ich nur Reisezeitraum und Reisepreis pro Kopf –
keine Namen.

Freundliche Grüße
Inga Behrens
Kundenservice Nordhafen Versicherung AG
""")

# ---- 0140 ---------------------------------------------------------------
M("NORMAL", "de", "internal",
  "trap: staff health day announcement (blood sugar test, flu vaccination); no individual health data",
  frm=("Betriebliches Gesundheitsmanagement", "bgm@" + DOM), to=F("alle-mitarbeitenden", "Alle Mitarbeitenden"),
  subject="Gesundheitstag am 12. Mai in Delmenhorst und Bremen", date="2026-04-29 08:00",
  extra=[OUTLOOK],
  html="""<html><body style="font-family:Calibri,Arial;font-size:11pt">
<p>Liebe Kolleginnen und Kollegen,</p>
<p>am <b>Dienstag, 12. Mai</b>, findet unser Gesundheitstag statt – vormittags im Posteingangszentrum Delmenhorst,
nachmittags in der Zentrale Bremen.</p>
<table border="1" cellpadding="4" style="border-collapse:collapse">
<tr><th>Angebot</th><th>Delmenhorst</th><th>Bremen</th></tr>
<tr><td>Blutzucker- und Blutdruckmessung</td><td>9–12 Uhr</td><td>13–16 Uhr</td></tr>
<tr><td>Rückenfit am Scanarbeitsplatz</td><td>10 Uhr</td><td>–</td></tr>
<tr><td>Vorsorge-Beratung Hautkrebs-Screening</td><td>–</td><td>14 Uhr</td></tr>
<tr><td>Auffrischimpfung Tetanus/Diphtherie (Betriebsarzt)</td><td>9–11 Uhr</td><td>13–15 Uhr</td></tr>
</table>
<p>Alle Ergebnisse bekommen nur Sie selbst – an die Personalabteilung geht nichts.
Für die Impfung bitte den Impfpass mitbringen und vorher im Intranet einen Termin buchen.</p>
<p>Ihr Team Betriebliches Gesundheitsmanagement</p>
</body></html>
""")

# ---- 0141 ---------------------------------------------------------------
M("CONFIDENTIAL", "en", "insurer-to-customer",
  "grey: legal expenses cover refused for the named customer's speeding fine (administrative offence, no criminal case)",
  frm=P("dittmer"), to=("Callum Fraser", "callum.fraser@britmail.example"),
  subject="Your request for legal expenses cover – speeding fine", date="2026-04-29 14:10",
  extra=[OUTLOOK],
  text="""Dear Mr Fraser,

thank you for sending us the fine notice of the Bremen traffic authority (Bußgeldbescheid of
9 April 2026: 34 km/h over the limit on the A27 near Bremen-Vahr, EUR 260 fine, 1 point in the
Flensburg register, 1-month driving ban).

Your policy RS-8801-16032 includes traffic legal expenses cover, which also applies to
administrative offences. We will therefore cover the costs of a lawyer to lodge an objection,
subject to your excess of EUR 150.

Please note that the deadline for an objection is two weeks from service of the notice. As
the notice was forwarded to you from your previous address, please ask your lawyer to check
the date of service urgently.

""" + sig("dittmer", "en"))

# ---- 0142 ---------------------------------------------------------------
M("NORMAL", "en", "insurer-to-supplier",
  "trap: hybrid-mail printing specification mentioning health statements and confidentiality envelopes; no person",
  frm=P("okafor"), to=("Solutions Team PrintFlow", "solutions@printflow-hybridmail.example"), cc=P("kaya"),
  subject="Hybrid mail – technical specification for outbound letters", date="2026-04-30 10:05",
  extra=[OUTLOOK],
  text="""Dear PrintFlow team,

following our workshop, here are the key requirements for outsourcing our outbound letters:

  1. Volumes: approx. 2.1 million letters/year; 60 % health benefit statements and premium
     letters, 25 % motor and property, 15 % life.
  2. Data transfer: PDF/A with XML index via SFTP; files encrypted; deletion 30 days after
     dispatch, proof of deletion monthly.
  3. Health benefit statements must be enveloped so that nothing except the address is
     visible through the window – no policy number, no tariff name.
  4. Returned mail: your return address must not be printed; returns go to our mail room in
     Delmenhorst (P.O. box on the envelope).
  5. Audit: we and our DPO may audit your premises; staff bound by § 203 StGB via
     written obligation.

Please confirm feasibility by 15 May.

Kind regards
Chidi Okafor
Procurement
""")

# ---- 0143 ---------------------------------------------------------------
M("STRICTLY_CONFIDENTIAL", "mixed", "internal",
  "life claim: suicide within the 3-year exclusion period of a named insured, discussed in German/English",
  frm=P("mewes"), to=P("demir"), subject="AW: Facultative case LV-3325-40028 – cause of death",
  date="2026-04-30 15:30", extra=[OUTLOOK],
  text="""Hallo Aylin,

kurz zum Fakultativ-Fall, damit du Graham antworten kannst:

The insured, Mr Tobias Engelbrecht (born 1988), died on 2 March 2026. According to the death
certificate and the police report that reached us by post last week, the cause of death was
suicide. The policy started on 1 July 2024, i.e. within the three-year period of § 161 VVG.

Wir prüfen noch, ob die Tat in einem Zustand krankhafter Störung der Geistestätigkeit
begangen wurde – die Witwe hat über ihren Anwalt Unterlagen zu einer schweren depressiven
Episode angekündigt (Behandlung in der Psychiatrie Bremen-Ost seit Herbst 2025). Bis dahin
bitte keine Reserve-Auflösung an Atlantic Re melden.

Sum at risk: EUR 750,000, Atlantic Re share 60 %.

Gruß Katrin
""")

# ---- 0144 ---------------------------------------------------------------
M("NORMAL", "de", "auto-reply",
  "trap: out-of-office of the health claims assessor referring Arztberichte/Kostenübernahmen to the team mailbox",
  frm=P("fehrmann"), to=("Patientenabrechnung Klinikum Weserbogen", "abrechnung@klinikum-weserbogen.example"),
  subject="Abwesend: Rückfrage Rechnung 2026-118022", date="2026-05-04 07:12",
  extra=[("Auto-Submitted", "auto-replied"), OUTLOOK],
  text="""Guten Tag,

ich bin bis zum 15. Mai nicht im Haus. Ihre E-Mail wird nicht weitergeleitet.

Kostenübernahmeanträge, Arztberichte und Rückfragen zu Krankenhausrechnungen richten Sie bitte
an leistung.kv@nordhafen-versicherung.example oder über den elektronischen Datenaustausch.
Bitte keine Befunde per unverschlüsselter E-Mail.

Mit freundlichen Grüßen
Dr. Ute Fehrmann
Leistungsprüfung Krankenversicherung
""")

# ---- 0145 ---------------------------------------------------------------
M("CONFIDENTIAL", "de", "insurer-to-broker",
  "burglary at a sole trader's hair salon (natural person e.K.): contents policy, loss list, returned post",
  frm=P("rosenboom"), to=("Oliver Grant", "o.grant@hanse-assekuranz.example"),
  subject="Einbruch Salon Haarwerk – Inhaltsversicherung IN-9120-00877", date="2026-05-04 13:26",
  extra=[OUTLOOK], cs="windows-1252", cte="quoted-printable",
  text="""Hallo Oliver,

zum Einbruch bei deiner Kundin Frau Natalie Brockmann (Salon Haarwerk, Inh. Natalie Brockmann
e.K., Ostertorsteinweg 58, Bremen):

Unser Schreiben an die Salonanschrift kam zurück – der Salon ist nach dem Einbruch bis zur
Renovierung geschlossen und die Post wird nicht geleert. Bitte gib ihr Folgendes weiter:

  Schaden S-2026-019904, Einbruch in der Nacht 18./19.04.2026
  gestohlen: Kassenbestand 420 €, 6 Profi-Föhne, Haarschneidemaschinen, Tablet
  beschädigt: Eingangstür, Vitrine
  Entschädigung nach Gutachten: 7.318,50 € abzgl. SB 250 € = 7.068,50 €

Für die Auszahlung brauchen wir noch die Stehlgutliste mit Stempel der Polizei und ihre
private Wohnanschrift für die Korrespondenz.

Gruß
Frank
""")

# ---- 0146 ---------------------------------------------------------------
M("STRICTLY_CONFIDENTIAL", "de", "insurer-to-customer",
  "sensitive only in the quoted reply: the customer describes her lymphoma chemotherapy; our answer is neutral",
  frm=P("brandes"), to=("Renate Hillmann", "renate.hillmann@t-post.example"),
  subject="AW: Unterlagen per Post geschickt – angekommen?", date="2026-05-05 09:02", extra=[OUTLOOK],
  text="""Sehr geehrte Frau Hillmann,

ja, Ihr Umschlag ist am 30.04. bei uns eingegangen und vollständig gescannt. Die Bearbeitung
dauert derzeit etwa fünf Arbeitstage. Die Originale brauchen Sie nicht zurück, oder?
Dann vernichten wir sie nach drei Monaten.

Freundliche Grüße und alles Gute
Tobias Brandes
Leistungsservice Krankenversicherung

""" + ol_quote("Renate Hillmann <renate.hillmann@t-post.example>", "Samstag, 2. Mai 2026 17:48",
               "leistung.kv@nordhafen-versicherung.example", "Unterlagen per Post geschickt – angekommen?",
               """Hallo,

ich habe am Dienstag einen dicken Umschlag an Sie geschickt mit allen Rechnungen von der
Onkologie (Chemotherapie R-CHOP, Zyklus 3 und 4, wegen meinem Lymphom) und dem Rezept für die
Perücke. Meine Versicherungsnummer ist KV 7727 6604. Ist alles angekommen? Ich möchte nichts
doppelt schicken, weil ich die Kopien für die Beihilfe brauche.

Viele Grüße
Renate Hillmann
"""))

# ---- 0147 ---------------------------------------------------------------
M("NORMAL", "en", "internal",
  "trap: internal advice on handling USB sticks and CDs with 'Befunde' from hospitals in the post; generic",
  frm=P("pape"), to=P("oltmanns"), subject="RE: USB sticks from hospitals – can we plug them in?",
  date="2026-05-05 11:45", extra=[TB],
  text="""Hi Britta,

short answer: no, never plug them into a normal PC – not even to "just check" what's on it.

Longer answer:
- USB sticks and CDs that arrive with the post (typically labelled "Befunde", "MRT" or
  "Röntgen") go to the isolated media station in room 0.09. It scans for malware and copies
  PDFs/DICOM files into the DMS import folder.
- If there's nothing but images (DICOM), the claims team usually doesn't need them – they
  work from the written report. Then the media go back to the sender by registered post.
- Encrypted sticks: put them aside and let the claims team ask the sender for the password
  by phone, not by e-mail.

I'll add this to the mail room handbook.

Jörg

> Hi Jörg, we get more and more USB sticks with "Befunde" from hospitals. What do we do with
> them? Britta
""")

# ---- 0148 ---------------------------------------------------------------
M("CONFIDENTIAL", "de", "internal",
  "attachment-only ODS log of registered letters: named customers, motor/household policies, cancellations",
  frm=P("kaya"), to=P("behrens"), subject="Rückscheine April – Liste", date="2026-05-06 10:10",
  extra=[OUTLOOK],
  text="""Hallo Inga,

hier die Liste der Einschreiben mit Rückschein aus April, bei denen der Rückschein fehlt oder
die Annahme verweigert wurde. Die Originale der zurückgekommenen Briefe liegen im Fach
Kundenservice.

Gruß Murat
""",
  atts=[Att("Rueckscheine_2026-04.ods", ods([("April", [
      ["Sendungsnr.", "Empfänger", "Vertrag", "Inhalt", "Status"],
      ["RR 4471 1022 3DE", "Jens-Uwe Bargmann", "KF-2290-37190", "Kündigung wegen Nichtzahlung", "Annahme verweigert"],
      ["RR 4471 1025 7DE", "Monika Wöbse", "HR-4471-40877", "Mahnung § 38 VVG", "Rückschein fehlt"],
      ["RR 4471 1031 0DE", "Emre Çelik", "KF-2290-38004", "Kündigung Vertrag", "Empfänger nicht ermittelt"],
      ["RR 4471 1038 2DE", "Anja Lüdemann", "PH-3310-81102", "Mahnung § 38 VVG", "Rückschein fehlt"],
  ])]))])

# ---- 0149 ---------------------------------------------------------------
_t149_eml = inner_mail(("Max Mustermann (TEST)", "max.mustermann@test.example"), "posteingang@" + DOM,
                       "TEST – Einreichung Arztrechnung", "2026-05-06 08:00", """TESTDOKUMENT – fiktive Person

Sehr geehrte Damen und Herren,
anbei meine Arztrechnung (Dr. Muster, Diagnose J06.9) zur Erstattung.
Versicherungsnummer KV 0000 0000 (Test). Bankverbindung: DE89 3704 0044 0532 0130 00.

Max Mustermann, Musterstraße 1, 12345 Musterstadt
""")
M("NORMAL", "en", "insurer-to-supplier",
  "trap: ZIP of synthetic test documents (fictitious Max Mustermann, example IBAN, test .eml) for the capture vendor",
  frm=P("claasen"), to=("Lena Hoffmann", "lena.hoffmann@docuvera.example"), cc=P("okafor"),
  subject="PoC test package 2 – synthetic documents incl. e-mail input", date="2026-05-06 14:00",
  extra=[OUTLOOK],
  text="""Hi Lena,

as agreed, the second PoC package. It covers the e-mail input channel this time: a test
message with an invoice text, a synthetic doctor's invoice as PDF and the expected index
values as CSV. Everything is fictitious test data (Max Mustermann, published example IBAN,
placeholder policy numbers).

Expected results are in expected_index.csv. Please run it through your classifier and send us
the output by 15 May.

Best
Henrik
""",
  atts=[Att("PoC_Testpaket_2.zip", zipf([
      ("input/test_mail_001.eml", crlf(_t149_eml).encode("latin-1")),
      ("input/test_invoice_001.pdf", pdf([
          "# TESTDOKUMENT - Praxis Dr. Muster (fiktiv)",
          "Rechnung Nr. TEST-0001 für Max Mustermann, geb. 01.01.1970",
          "GOÄ 1 Beratung 10,72 EUR, GOÄ 5 Untersuchung 10,49 EUR, Diagnose J06.9",
          "Summe 21,21 EUR - zahlbar auf DE89 3704 0044 0532 0130 00",
      ], title="TEST invoice")),
      ("expected_index.csv", csvb([
          ["file", "document_class", "policy_number", "iban_detected", "sensitivity"],
          ["test_mail_001.eml", "KV-RE", "KV00000000", "yes", "3"],
          ["test_invoice_001.pdf", "KV-RE", "", "yes", "3"],
      ])),
      ("README.txt", "Synthetic test data created by Nordhafen Input Management. No real persons.\n"),
  ]))])

# ---- 0150 ---------------------------------------------------------------
M("STRICTLY_CONFIDENTIAL", "en", "insurer-to-company",
  "group accident insurance: named employee's workplace injury (hand fracture) and benefit, sent to the employer",
  frm=F("leistung.unfall", "Nordhafen Accident Claims"), to=("HR Benefits – Weserland Logistik", "benefits@weserland-logistik.example"),
  subject="Group accident policy GU-4420-00061 – claim of Mr Marek Zielinski", date="2026-05-07 10:40",
  extra=[OUTLOOK],
  text="""Dear HR team,

we refer to your accident notification for your employee Mr Marek Zielinski (warehouse,
born 1990), which reached us by post on 28 April after first going to our former P.O. box.

According to the enclosed D-doctor's report, Mr Zielinski suffered a fracture of the fifth
metacarpal bone of the right hand (S62.32) when a pallet fell on 14 April 2026, treated with
a splint; he is expected to be unfit for work for about six weeks.

Under the group accident policy the following benefits apply:
  - hospital daily allowance: not applicable (outpatient treatment)
  - accident daily allowance from day 8: EUR 20 per day, approx. EUR 700 in total
  - a possible invalidity benefit will be assessed after one year

We will pay the daily allowance directly to Mr Zielinski once he has signed the enclosed
consent form. Please forward it to him.

Kind regards
Accident Claims
Nordhafen Versicherung AG
""")


# ==========================================================================
# output and check
# ==========================================================================

EXPECT = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}
IBAN_LEN = {"DE": 22, "AT": 20, "NL": 18, "GB": 22, "FR": 27, "CH": 21, "ES": 24, "IT": 27, "LU": 20,
            "BE": 16, "DK": 18, "PL": 28, "IE": 22}
IBAN_RE = re.compile(r"\b(?:" + "|".join(IBAN_LEN) + r")\d{2}(?: ?[A-Z0-9]{4}){3,7}(?: ?[A-Z0-9]{1,4})?\b")
MAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+\.[A-Za-z]{2,})")
URL_RE = re.compile(r"(?:https?://|\bwww\.)([A-Za-z0-9.-]+)")


def labels_tsv():
    out = io.StringIO()
    out.write("file\tlabel\tlang\tkind\treason\n")
    for f, lab, lang, kind, reason, _ in MAILS:
        assert "\t" not in reason and "\n" not in reason
        out.write(f"{f}\t{lab}\t{lang}\t{kind}\t{reason}\n")
    return out.getvalue().encode("utf-8")


def write():
    md = os.path.join(HERE, "mails")
    os.makedirs(md, exist_ok=True)
    for f in os.listdir(md):
        if f.startswith(PREFIX) and f.endswith(".eml"):
            os.remove(os.path.join(md, f))
    for f, *_, raw in MAILS:
        with open(os.path.join(md, f), "wb") as fh:
            fh.write(raw)
    with open(os.path.join(HERE, "labels.tsv"), "wb") as fh:
        fh.write(labels_tsv())
    print(f"wrote {len(MAILS)} mails and labels.tsv")


def pdf_text(b):
    assert b.startswith(b"%PDF-"), "not a PDF"
    sx = int(re.search(rb"startxref\s+(\d+)", b).group(1))
    assert b[sx:sx + 4] == b"xref", "startxref does not point to xref"
    out = []
    for m in re.finditer(rb"<<([^>]*?)>>\nstream\n", b):
        ln = int(re.search(rb"/Length (\d+)", m.group(1)).group(1))
        data = b[m.end():m.end() + ln]
        if b"/FlateDecode" in m.group(1):
            data = zlib.decompress(data)
        i = 0
        while i < len(data):
            if data[i:i + 1] == b"(":
                depth, j, buf = 1, i + 1, bytearray()
                while depth:
                    c = data[j:j + 1]
                    if c == b"\\":
                        buf += data[j + 1:j + 2]
                        j += 2
                        continue
                    if c == b"(":
                        depth += 1
                    elif c == b")":
                        depth -= 1
                        if not depth:
                            break
                    buf += c
                    j += 1
                out.append(buf.decode("cp1252"))
                i = j + 1
            else:
                i += 1
    text = "\n".join(out)
    assert text.strip(), "PDF without text layer"
    return text


def xml_text(b):
    root = ET.fromstring(b)
    return " ".join(t for t in root.itertext())


def office_text(name, b):
    z = zipfile.ZipFile(io.BytesIO(b))
    assert z.testzip() is None
    names = z.namelist()
    low = name.lower()
    if low.endswith(".docx"):
        assert "[Content_Types].xml" in names and "word/document.xml" in names
        ET.fromstring(z.read("[Content_Types].xml"))
        return xml_text(z.read("word/document.xml"))
    if low.endswith(".xlsx"):
        assert "xl/workbook.xml" in names
        ET.fromstring(z.read("xl/workbook.xml"))
        return " ".join(xml_text(z.read(n)) for n in names if n.startswith("xl/worksheets/"))
    if low.endswith((".odt", ".ods")):
        assert names[0] == "mimetype" and z.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
        ET.fromstring(z.read("META-INF/manifest.xml"))
        return xml_text(z.read("content.xml"))
    raise AssertionError(name)


def file_text(name, b, stats, depth=0):
    low = name.lower()
    ext = low.rsplit(".", 1)[-1]
    stats[ext] = stats.get(ext, 0) + 1
    if ext == "pdf":
        return pdf_text(b)
    if ext in ("docx", "xlsx", "odt", "ods"):
        return office_text(name, b)
    if ext == "zip":
        z = zipfile.ZipFile(io.BytesIO(b))
        assert z.testzip() is None
        parts = []
        for n in z.namelist():
            if n.endswith("/"):
                continue
            parts.append(file_text(n, z.read(n), stats, depth + 1))
        return "\n".join(parts)
    if ext == "eml":
        assert b"\n" not in b.replace(b"\r\n", b""), "bare LF in zipped eml"
        m = email.message_from_bytes(b, policy=email.policy.default)
        return msg_text(m, stats, name)[0]
    if ext == "ics":
        t = b.decode("utf-8")
        assert t.startswith("BEGIN:VCALENDAR") and t.rstrip().endswith("END:VCALENDAR")
        return t
    if ext == "csv":
        for enc in ("utf-8", "windows-1252"):
            try:
                t = b.decode(enc)
                break
            except UnicodeDecodeError:
                continue
        list(csv.reader(io.StringIO(t), delimiter=";"))
        return t
    if ext in ("txt", "html", "htm", "xml", "log"):
        return b.decode("utf-8")
    raise AssertionError(f"cannot open {name}")


def msg_text(msg, stats, where):
    """Walk a parsed message; return (all text, list of (part, charset)) and assert on defects."""
    texts, charsets = [], []
    for h in ("From", "To", "Cc", "Subject", "Reply-To"):
        v = msg.get(h)
        if v is not None:
            assert not getattr(v, "defects", ()), f"{where}: header {h} defects {v.defects}"
            texts.append(str(v))
    for part in msg.walk():
        assert not part.defects, f"{where}: defects {part.defects}"
        ct = part.get_content_type()
        if ct == "message/rfc822":
            stats["rfc822"] = stats.get("rfc822", 0) + 1
            inner = part.get_payload()[0]
            for h in ("From", "To", "Cc"):
                if inner.get(h) is not None:
                    texts.append(str(inner[h]))
            continue
        if part.is_multipart():
            continue
        fn = part.get_filename()
        payload = part.get_payload(decode=True)
        if fn:
            stats["att"] = stats.get("att", 0) + 1
        if ct.startswith("text/") and not (fn and fn.lower().endswith((".csv", ".ics"))):
            cs = part.get_content_charset()
            assert cs in ALLOWED_CHARSETS, f"{where}: charset {cs}"
            t = payload.decode(cs)  # strict
            charsets.append(cs)
            if ct == "text/html":
                t = re.sub(r"<[^>]+>", " ", t)
            texts.append(t)
            if fn:
                stats[fn.rsplit(".", 1)[-1].lower()] = stats.get(fn.rsplit(".", 1)[-1].lower(), 0) + 1
        elif fn:
            if fn.lower().endswith((".csv", ".ics")) and ct.startswith("text/"):
                cs = part.get_content_charset() or "utf-8"
                assert cs in ALLOWED_CHARSETS, f"{where}: charset {cs}"
                payload.decode(cs)
                if fn.lower().endswith(".csv"):
                    stats["csv"] = stats.get("csv", 0) + 1
                    texts.append(payload.decode(cs))
                    continue
            texts.append(file_text(fn, payload, stats))
        else:
            raise AssertionError(f"{where}: unnamed non-text part {ct}")
    return "\n".join(texts), charsets


def check():
    disk_ok = True
    built = {f: raw for f, *_, raw in MAILS}
    md = os.path.join(HERE, "mails")
    on_disk = sorted(f for f in os.listdir(md) if f.endswith(".eml"))
    assert on_disk == sorted(built), "file list differs from generator"
    for f, raw in built.items():
        with open(os.path.join(md, f), "rb") as fh:
            if fh.read() != raw:
                print("DIFFERS:", f)
                disk_ok = False
    with open(os.path.join(HERE, "labels.tsv"), "rb") as fh:
        assert fh.read() == labels_tsv(), "labels.tsv differs"
    assert disk_ok, "files on disk differ from a rebuild"
    mids = set()
    stats = {}
    csets = {}
    ctes = {}
    tops = {}
    n_ibans = 0
    for f, lab, lang, kind, reason, raw in MAILS:
        assert b"\r" not in raw.replace(b"\r\n", b""), f"{f}: bare CR"
        assert b"\n" not in raw.replace(b"\r\n", b""), f"{f}: bare LF"
        assert max(len(x) for x in raw.split(b"\r\n")) <= 998, f"{f}: line too long"
        msg = email.message_from_bytes(raw, policy=email.policy.default)
        mid = msg["Message-ID"]
        assert mid and mid not in mids, f"{f}: Message-ID"
        mids.add(mid)
        assert mid.strip("<>").split("@")[1].endswith(".example")
        d = msg["Date"].datetime
        assert d.year == 2026, f"{f}: date"
        frm = msg["From"].addresses[0]
        assert frm.domain == DOM, f"{f}: not sent from own domain: {frm}"
        for h in ("From", "To", "Cc", "Reply-To"):
            if msg[h]:
                for a in msg[h].addresses:
                    assert a.domain.endswith(".example"), f"{f}: {h} {a}"
        text, cs = msg_text(msg, stats, f)
        for c in cs:
            csets[c] = csets.get(c, 0) + 1
        for part in msg.walk():
            if not part.is_multipart():
                c = part.get("Content-Transfer-Encoding", "7bit").lower()
                ctes[c] = ctes.get(c, 0) + 1
        tops[msg.get_content_type()] = tops.get(msg.get_content_type(), 0) + 1
        for host in MAIL_RE.findall(text) + URL_RE.findall(text):
            host = host.rstrip(".").lower()
            assert host.endswith(".example"), f"{f}: host {host}"
        for m in IBAN_RE.finditer(text):
            s = m.group(0).replace(" ", "")
            if s[4:7] == "ZZZ":  # SEPA creditor identifier, not an IBAN
                continue
            s = s[:IBAN_LEN[s[:2]]]
            assert iban_ok(s), f"{f}: IBAN checksum {m.group(0)}"
            n_ibans += 1
    labs = {}
    for _, lab, lang, kind, *_ in MAILS:
        labs[lab] = labs.get(lab, 0) + 1
    assert labs == EXPECT, labs
    langs = {}
    kinds = {}
    for _, lab, lang, kind, *_ in MAILS:
        langs[(lab, lang)] = langs.get((lab, lang), 0) + 1
        kinds[kind] = kinds.get(kind, 0) + 1
    print(f"check OK: {len(MAILS)} mails, byte-identical rebuild, labels.tsv identical")
    print("labels:", ", ".join(f"{k} {v}" for k, v in labs.items()))
    for lg in ("de", "en", "mixed"):
        print(f"  {lg}:", ", ".join(f"{lab} {langs.get((lab, lg), 0)}" for lab in EXPECT),
              "total", sum(v for (l2, g), v in langs.items() if g == lg))
    print("top-level types:", dict(sorted(tops.items())))
    print("text charsets:", dict(sorted(csets.items())))
    print("transfer encodings:", dict(sorted(ctes.items())))
    print("attachments/files opened:", dict(sorted(stats.items())))
    print("kinds:", dict(sorted(kinds.items())))
    print(f"IBANs found and checksum-valid: {n_ibans}; unique Message-IDs: {len(mids)}; all hosts .example; "
          "no MIME defects; CRLF only")
    traps = sum(1 for _, lab, _, _, r, _ in MAILS if lab == "NORMAL" and "trap:" in r)
    grey = sum(1 for *_, r, _ in MAILS if "grey:" in r)
    print(f"NORMAL traps: {traps}; grey decisions: {grey}")


if __name__ == "__main__":
    if "--check" in sys.argv:
        check()
    else:
        write()
