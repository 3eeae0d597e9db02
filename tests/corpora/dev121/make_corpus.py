#!/usr/bin/env python3
"""Corpus dev121 for Siegel: 150 hand-written, fictitious e-mails of the HR side
of "Elbstrom Versicherung AG" (the insurer as an employer).

Standard library only, deterministic, no network.

    python make_corpus.py          # writes mails/d121-0001.eml ... and labels.tsv
    python make_corpus.py --check  # re-parses everything, validates, rebuild is byte-identical

All persons, companies, numbers and addresses are invented; every domain ends
in .example; every IBAN is ISO 7064 valid but invented.
"""
import base64
import datetime
import hashlib
import io
import os
import quopri
import re
import sys
import zipfile
import zlib
from email import policy
from email.header import Header
from email.parser import BytesParser
from email.utils import formataddr, format_datetime, parsedate_to_datetime, encode_rfc2231
from xml.sax.saxutils import escape as xesc

HERE = os.path.dirname(os.path.abspath(__file__))
PREFIX = "d121"
DOM = "elbstrom-versicherung.example"
CRLF = b"\r\n"

# --------------------------------------------------------------------------
# dates, ids
# --------------------------------------------------------------------------

def _tz(dt):
    # CET / CEST 2026: summer time 29 Mar 2026 02:00 - 25 Oct 2026 03:00
    start = datetime.datetime(2026, 3, 29, 2, 0)
    end = datetime.datetime(2026, 10, 25, 3, 0)
    off = 2 if start <= dt < end else 1
    return datetime.timezone(datetime.timedelta(hours=off))


def date_hdr(s):
    dt = datetime.datetime.strptime(s, "%Y-%m-%d %H:%M:%S" if s.count(":") == 2 else "%Y-%m-%d %H:%M")
    return format_datetime(dt.replace(tzinfo=_tz(dt)))


_CUR = {"n": 0, "b": 0}


def mid(style="ol"):
    n = _CUR["n"]
    h = hashlib.sha1(("d121-%d" % n).encode()).hexdigest()
    if style == "ol":
        return "<%s%s@EX-HH-03.%s>" % (h[:8].upper(), h[8:24].upper(), DOM)
    if style == "tb":
        return "<%s-%s-%s@%s>" % (h[:8], h[8:12], h[12:20], DOM)
    if style == "sys":
        return "<%s.%s@hrportal.%s>" % (h[:12], n, DOM)
    return "<%s@%s>" % (h[:20], DOM)


def bnd(style=None):
    _CUR["b"] += 1
    h = hashlib.md5(("b-%d-%d" % (_CUR["n"], _CUR["b"])).encode()).hexdigest()
    if style == "tb":
        return "------------%s" % h[:24]
    if style == "ol":
        return "_%03d_%s_" % (_CUR["b"], h[:20].upper())
    return "----=_Part_%d_%s" % (_CUR["b"], h[:12])


# --------------------------------------------------------------------------
# header helpers
# --------------------------------------------------------------------------

def A(name, email):
    """one address, display name encoded if needed"""
    if not name:
        return email
    try:
        name.encode("ascii")
        return formataddr((name, email))
    except UnicodeEncodeError:
        return formataddr((name, email), charset="utf-8")


def hv(name, s):
    try:
        s.encode("ascii")
        return s
    except UnicodeEncodeError:
        return Header(s, "utf-8", header_name=name).encode(linesep="\r\n")


# --------------------------------------------------------------------------
# MIME parts: (headers, body-bytes)
# --------------------------------------------------------------------------

def _lines(s):
    s = s.replace("\r\n", "\n")
    if s.startswith("\n"):
        s = s[1:]
    if not s.endswith("\n"):
        s += "\n"
    return s


def text(body, sub="plain", cs="utf-8", cte="qp", flowed=False):
    body = _lines(body)
    raw = body.encode(cs)
    ct = 'text/%s; charset="%s"' % (sub, cs)
    if flowed:
        ct += "; format=flowed"
    if cte == "8bit":
        try:
            raw.decode("ascii")
            enc = "7bit"
        except UnicodeDecodeError:
            enc = "8bit"
        data = raw.replace(b"\n", CRLF)
    elif cte == "7bit":
        raw.decode("ascii")
        enc = "7bit"
        data = raw.replace(b"\n", CRLF)
    elif cte == "qp":
        enc = "quoted-printable"
        data = quopri.encodestring(raw).replace(b"\n", CRLF)
    elif cte == "b64":
        enc = "base64"
        data = base64.encodebytes(raw.replace(b"\n", CRLF)).replace(b"\n", CRLF)
    else:
        raise ValueError(cte)
    return ([("Content-Type", ct), ("Content-Transfer-Encoding", enc)], data)


def _fname_params(fname):
    try:
        fname.encode("ascii")
        return '; filename="%s"' % fname, '; name="%s"' % fname
    except UnicodeEncodeError:
        e = encode_rfc2231(fname, "utf-8")
        return "; filename*=%s" % e, "; name*=%s" % e


def att(data, ctype, fname, cte="b64", disp="attachment"):
    fp, np_ = _fname_params(fname)
    hdrs = [("Content-Type", ctype + np_)]
    if cte == "b64":
        hdrs.append(("Content-Transfer-Encoding", "base64"))
        body = base64.encodebytes(data).replace(b"\n", CRLF)
    elif cte == "qp":
        hdrs.append(("Content-Transfer-Encoding", "quoted-printable"))
        body = quopri.encodestring(data.replace(b"\r\n", b"\n")).replace(b"\n", CRLF)
    else:
        raise ValueError(cte)
    hdrs.append(("Content-Disposition", disp + fp))
    return (hdrs, body)


def rfc822(msgbytes, fname=None):
    try:
        msgbytes.decode("ascii")
        enc = "7bit"
    except UnicodeDecodeError:
        enc = "8bit"
    hdrs = [("Content-Type", "message/rfc822"), ("Content-Transfer-Encoding", enc)]
    if fname:
        hdrs.append(("Content-Disposition", "attachment" + _fname_params(fname)[0]))
    else:
        hdrs.append(("Content-Disposition", "inline"))
    return (hdrs, msgbytes)


def multi(sub, parts, style=None, preamble=True):
    b = bnd(style)
    out = b""
    if preamble:
        out += b"This is a multi-part message in MIME format." + CRLF + CRLF
    for p in parts:
        out += b"--" + b.encode() + CRLF + ser(p) + CRLF
    out += b"--" + b.encode() + b"--" + CRLF
    return ([("Content-Type", 'multipart/%s; boundary="%s"' % (sub, b))], out)


def ser(part):
    hdrs, body = part
    out = b""
    for k, v in hdrs:
        out += ("%s: %s" % (k, v)).encode("ascii") + CRLF
    return out + CRLF + body


def message(part, frm, to, subj, date, cc=None, mid_style="ol", extra=None,
            irt=None, mailer=None, lang_hdr=None):
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h.append(("Subject", hv("Subject", subj)))
    h.append(("Date", date_hdr(date)))
    h.append(("Message-ID", mid(mid_style)))
    if irt:
        h.append(("In-Reply-To", irt))
        h.append(("References", irt))
    if lang_hdr:
        h.append(("Content-Language", lang_hdr))
    if mailer:
        h.append(("X-Mailer", mailer))
    for k, v in (extra or []):
        h.append((k, hv(k, v)))
    h.append(("MIME-Version", "1.0"))
    return ser((h + part[0], part[1]))


def inner(part, frm, to, subj, date, msgid, cc=None):
    """a forwarded message (for message/rfc822); fixed Message-ID given"""
    h = [("From", frm), ("To", to)]
    if cc:
        h.append(("Cc", cc))
    h += [("Subject", hv("Subject", subj)), ("Date", date_hdr(date)),
          ("Message-ID", msgid), ("MIME-Version", "1.0")]
    return ser((h + part[0], part[1]))


def M(part, frm, to, subj, date, label, lang, kind, reason, **kw):
    return (message(part, frm, to, subj, date, **kw), (label, lang, kind, reason))


# --------------------------------------------------------------------------
# IBAN (ISO 7064 mod 97-10), computed at build time
# --------------------------------------------------------------------------

def iban(cc, bban, grouped=True):
    s = bban + cc + "00"
    num = "".join(str(int(c, 36)) for c in s)
    chk = 98 - int(num) % 97
    ib = "%s%02d%s" % (cc, chk, bban)
    if grouped:
        return " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return ib


def iban_ok(s):
    s = s.replace(" ", "").upper()
    r = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in r)) % 97 == 1


# --------------------------------------------------------------------------
# files: ZIP, DOCX, XLSX, ODT, ODS, PDF, ICS, CSV
# --------------------------------------------------------------------------

ZTIME = (2026, 1, 2, 8, 0, 0)


def mkzip(members, when=ZTIME, stored_first=False):
    bio = io.BytesIO()
    with zipfile.ZipFile(bio, "w") as z:
        for i, (name, data) in enumerate(members):
            zi = zipfile.ZipInfo(name, date_time=when)
            zi.create_system = 0
            zi.external_attr = 0o644 << 16 if not name.endswith("/") else 0o755 << 16
            if stored_first and i == 0:
                zi.compress_type = zipfile.ZIP_STORED
            else:
                zi.compress_type = zipfile.ZIP_DEFLATED
            if isinstance(data, str):
                data = data.encode("utf-8")
            z.writestr(zi, data)
    return bio.getvalue()


def _ztime(date):
    d = datetime.datetime.strptime(date, "%Y-%m-%d %H:%M")
    return (d.year, d.month, d.day, d.hour, d.minute, 0)


XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def docx(blocks, when="2026-01-02 08:00", author="Elbstrom Versicherung AG", title=""):
    """blocks: str (paragraph), ("h", str) heading, ("b", str) bold para,
    ("t", rows) table"""
    body = []
    for b in blocks:
        if isinstance(b, str):
            body.append('<w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xesc(b))
        elif b[0] == "h":
            body.append('<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:rPr><w:b/><w:sz w:val="28"/></w:rPr>'
                        '<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xesc(b[1]))
        elif b[0] == "b":
            body.append('<w:p><w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % xesc(b[1]))
        elif b[0] == "t":
            rows = []
            for r in b[1]:
                cells = "".join('<w:tc><w:tcPr><w:tcW w:w="0" w:type="auto"/></w:tcPr><w:p><w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p></w:tc>' % xesc(str(c)) for c in r)
                rows.append("<w:tr>%s</w:tr>" % cells)
            body.append('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/>'
                        '<w:tblBorders><w:top w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/>'
                        '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders>'
                        '</w:tblPr>%s</w:tbl><w:p/>' % "".join(rows))
    doc = (XML + '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
           '<w:body>%s<w:sectPr><w:pgSz w:w="11906" w:h="16838"/>'
           '<w:pgMar w:top="1417" w:right="1417" w:bottom="1134" w:left="1417" w:header="708" w:footer="708" w:gutter="0"/>'
           '</w:sectPr></w:body></w:document>' % "".join(body))
    iso = when.replace(" ", "T") + ":00Z"
    core = (XML + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>%s</dc:title><dc:creator>%s</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">%s</dcterms:created>'
            '<dcterms:modified xsi:type="dcterms:W3CDTF">%s</dcterms:modified>'
            '</cp:coreProperties>' % (xesc(title), xesc(author), iso, iso))
    ctypes = (XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
              '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
              '</Types>')
    rels = (XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '</Relationships>')
    return mkzip([("[Content_Types].xml", ctypes), ("_rels/.rels", rels),
                  ("docProps/core.xml", core), ("word/document.xml", doc)], when=_ztime(when))


def _col(i):
    s = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        s = chr(65 + r) + s
    return s


def xlsx(sheets, when="2026-01-02 08:00"):
    """sheets: list of (name, rows); numbers stay numbers"""
    wb_sheets, wb_rels, overrides, files = [], [], [], []
    for i, (name, rows) in enumerate(sheets, 1):
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
        files.append(("xl/worksheets/sheet%d.xml" % i,
                      XML + '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                      '<sheetData>%s</sheetData></worksheet>' % "".join(xr)))
        wb_sheets.append('<sheet name="%s" sheetId="%d" r:id="rId%d"/>' % (xesc(name), i, i))
        wb_rels.append('<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet%d.xml"/>' % (i, i))
        overrides.append('<Override PartName="/xl/worksheets/sheet%d.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' % i)
    wb = (XML + '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>%s</sheets></workbook>' % "".join(wb_sheets))
    wbr = (XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>' % "".join(wb_rels))
    ctypes = (XML + '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
              '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
              '<Default Extension="xml" ContentType="application/xml"/>'
              '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
              '%s</Types>' % "".join(overrides))
    rels = (XML + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>'
            '</Relationships>')
    return mkzip([("[Content_Types].xml", ctypes), ("_rels/.rels", rels), ("xl/workbook.xml", wb),
                  ("xl/_rels/workbook.xml.rels", wbr)] + files, when=_ztime(when))


ODF_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
          'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
          'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
          'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
          'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2"')


def _odf(mime, content, when):
    manifest = (XML + '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" manifest:media-type="%s"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>' % mime)
    return mkzip([("mimetype", mime), ("META-INF/manifest.xml", manifest), ("content.xml", content)],
                 when=_ztime(when), stored_first=True)


def odt(blocks, when="2026-01-02 08:00"):
    out = []
    for b in blocks:
        if isinstance(b, str):
            out.append("<text:p>%s</text:p>" % xesc(b))
        elif b[0] == "h":
            out.append('<text:h text:outline-level="1">%s</text:h>' % xesc(b[1]))
        elif b[0] == "t":
            rows = "".join("<table:table-row>%s</table:table-row>" % "".join(
                "<table:table-cell><text:p>%s</text:p></table:table-cell>" % xesc(str(c)) for c in r) for r in b[1])
            ncol = max(len(r) for r in b[1])
            out.append('<table:table table:name="T%d"><table:table-column table:number-columns-repeated="%d"/>%s</table:table>' % (len(out), ncol, rows))
    content = (XML + "<office:document-content %s><office:body><office:text>%s</office:text></office:body></office:document-content>"
               % (ODF_NS, "".join(out)))
    return _odf("application/vnd.oasis.opendocument.text", content, when)


def ods(sheets, when="2026-01-02 08:00"):
    tabs = []
    for name, rows in sheets:
        xr = []
        for row in rows:
            cells = []
            for v in row:
                if isinstance(v, (int, float)) and not isinstance(v, bool):
                    cells.append('<table:table-cell office:value-type="float" office:value="%s"><text:p>%s</text:p></table:table-cell>' % (v, v))
                else:
                    cells.append('<table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell>' % xesc(str(v)))
            xr.append("<table:table-row>%s</table:table-row>" % "".join(cells))
        tabs.append('<table:table table:name="%s">%s</table:table>' % (xesc(name), "".join(xr)))
    content = (XML + "<office:document-content %s><office:body><office:spreadsheet>%s</office:spreadsheet></office:body></office:document-content>"
               % (ODF_NS, "".join(tabs)))
    return _odf("application/vnd.oasis.opendocument.spreadsheet", content, when)


def _pdfstr(s):
    b = s.encode("cp1252")
    return b"(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def pdf(lines, title="", when="20260102080000", compress=True, per_page=58, size=10):
    """minimal PDF 1.4, Helvetica with WinAnsiEncoding; a line starting with '# ' is bold"""
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
    for pl in pages:
        cs = [b"BT", b"/F1 %d Tf" % size, b"%d TL" % (size + 4), b"56 790 Td"]
        for ln in pl:
            if ln.startswith("# "):
                cs.append(b"/F2 %d Tf " % (size + 1) + _pdfstr(ln[2:]) + b" Tj T* /F1 %d Tf" % size)
            else:
                cs.append(_pdfstr(ln) + b" Tj T*")
        cs.append(b"ET")
        data = b"\n".join(cs)
        if compress:
            z = zlib.compress(data, 9)
            sid = add(b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(z) + z + b"\nendstream")
        else:
            sid = add(b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream")
        pid = add(b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> /Contents %d 0 R >>"
                  % (pages_id, f1, f2, sid))
        kids.append(pid)
    objs[cat - 1] = b"<< /Type /Catalog /Pages %d 0 R >>" % pages_id
    objs[pages_id - 1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % k for k in kids), len(kids))
    info = add(b"<< /Title " + _pdfstr(title) + b" /Producer (Elbstrom DocOut 4.2) /CreationDate (D:" + when.encode() + b"+01'00') >>")
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root %d 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, cat, info, xref)
    return out


def pdf_text(data):
    """tiny PDF reader for --check: validates xref offsets, returns the text"""
    assert data.startswith(b"%PDF-1."), "no PDF header"
    m = re.search(rb"startxref\s+(\d+)\s+%%EOF\s*$", data)
    assert m, "no startxref"
    x = int(m.group(1))
    assert data[x:x + 4] == b"xref", "startxref does not point to xref"
    hdr = re.match(rb"xref\s+0 (\d+)\s+", data[x:])
    n = int(hdr.group(1))
    pos = x + hdr.end()
    for i in range(n):
        ent = data[pos + 20 * i: pos + 20 * i + 20]
        off, _, kind = ent[:10], ent[11:16], ent[17:18]
        if kind == b"n":
            o = int(off)
            assert data[o:].startswith(b"%d 0 obj" % i), "bad xref offset obj %d" % i
    txt = []
    for sm in re.finditer(rb"<<([^>]*?)/Length (\d+)([^>]*)>>\nstream\n", data):
        ln = int(sm.group(2))
        raw = data[sm.end():sm.end() + ln]
        assert data[sm.end() + ln:sm.end() + ln + 10] == b"\nendstream", "stream length"
        if b"FlateDecode" in sm.group(0):
            raw = zlib.decompress(raw)
        for t in re.finditer(rb"\(((?:\\.|[^\\)])*)\) Tj", raw):
            s = re.sub(rb"\\(.)", rb"\1", t.group(1))
            txt.append(s.decode("cp1252"))
    return "\n".join(txt)


def ics(events, method="REQUEST", prodid="-//Elbstrom Versicherung AG//Outlook 16.0 MIMEDIR//DE"):
    """events: list of dicts with uid, start, end (YYYYMMDDTHHMMSS), summary, location, description, organizer"""
    L = ["BEGIN:VCALENDAR", "PRODID:" + prodid, "VERSION:2.0", "METHOD:" + method]
    for e in events:
        L += ["BEGIN:VEVENT", "UID:" + e["uid"], "DTSTAMP:20260101T080000Z",
              "DTSTART;TZID=Europe/Berlin:" + e["start"], "DTEND;TZID=Europe/Berlin:" + e["end"],
              "SUMMARY:" + e["summary"]]
        if e.get("location"):
            L.append("LOCATION:" + e["location"])
        if e.get("description"):
            L.append("DESCRIPTION:" + e["description"].replace("\n", "\\n").replace(",", "\\,"))
        if e.get("organizer"):
            L.append("ORGANIZER;CN=%s:mailto:%s" % e["organizer"])
        L.append("END:VEVENT")
    L.append("END:VCALENDAR")
    out = []
    for line in L:
        b = line.encode("utf-8")
        # fold at 75 octets, never inside a UTF-8 sequence
        while len(b) > 75:
            cut = 75
            while (b[cut] & 0xC0) == 0x80:
                cut -= 1
            out.append(b[:cut])
            b = b" " + b[cut:]
        out.append(b)
    return b"\r\n".join(out) + b"\r\n"


def csvb(rows, cs="utf-8", sep=";", bom=False):
    s = "\r\n".join(sep.join(str(c) for c in r) for r in rows) + "\r\n"
    b = s.encode(cs)
    if bom:
        b = b"\xef\xbb\xbf" + b
    return b


CT = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "odt": "application/vnd.oasis.opendocument.text",
    "ods": "application/vnd.oasis.opendocument.spreadsheet",
    "zip": "application/zip",
    "ics": 'text/calendar; charset="utf-8"; method=REQUEST',
}

# --------------------------------------------------------------------------
# people (all invented) and signatures
# --------------------------------------------------------------------------

P = {
    "wollenweber": ("Dr. Katrin Wollenweber", "katrin.wollenweber@" + DOM),
    "ahlers": ("Jonas Ahlers", "jonas.ahlers@" + DOM),
    "demir": ("Melike Demir", "melike.demir@" + DOM),
    "hinrichsen": ("Frauke Hinrichsen", "frauke.hinrichsen@" + DOM),
    "reimers": ("Tobias Reimers", "tobias.reimers@" + DOM),
    "lange": ("Sophie Lange", "sophie.lange@" + DOM),
    "raman": ("Priya Raman", "priya.raman@" + DOM),
    "kolbe": ("Bernd Kolbe", "bernd.kolbe@" + DOM),
    "petersen": ("Anja Petersen", "anja.petersen@" + DOM),
    "brandt": ("Lars Ove Brandt", "lars-ove.brandt@" + DOM),
    "timm": ("Holger Timm", "holger.timm@" + DOM),
    "albers": ("Christina Albers", "christina.albers@" + DOM),
    "mehta": ("Rahul Mehta", "rahul.mehta@" + DOM),
    "oconnell": ("Grace O'Connell", "grace.oconnell@" + DOM),
    "gruenberg": ("Matthias Grünberg", "matthias.gruenberg@" + DOM),
    "sievers": ("Ute Sievers", "ute.sievers@" + DOM),
    "kowalski": ("Piotr Kowalski", "piotr.kowalski@" + DOM),
    "feddersen": ("Nils Feddersen", "nils.feddersen@" + DOM),
    "yilmaz": ("Derya Yılmaz", "derya.yilmaz@" + DOM),
    "brodersen": ("Kai Brodersen", "kai.brodersen@" + DOM),
}


def a(key):
    return A(*P[key])


PERSONAL = A("Elbstrom Personalservice", "personal@" + DOM)
AUSBILDUNG = A("Ausbildung Elbstrom", "ausbildung@" + DOM)
JOBS = A("Elbstrom Karriere", "karriere@" + DOM)
ENTGELT = A("Entgeltabrechnung", "entgelt@" + DOM)
BR = A("Betriebsrat Elbstrom", "betriebsrat@" + DOM)
PEOPLE = A("Elbstrom People Team", "people@" + DOM)
ALLE = A("Alle Mitarbeitenden Hamburg", "alle-hamburg@" + DOM)
FK = A("Führungskräfte Elbstrom", "fuehrungskraefte@" + DOM)

FOOT_DE = """
--
Elbstrom Versicherung AG | Lotsenkai 12 | 20459 Hamburg (fiktiv)
Vorstand: Dr. Hauke Reinholdt (Vors.), Birte Ohlsen, Cem Arslan
Vorsitzender des Aufsichtsrats: Prof. Dr. Gerd Lamprecht
Sitz Hamburg | Registergericht Hamburg HRB 999121
"""

FOOT_EN = """
--
Elbstrom Versicherung AG | Lotsenkai 12 | 20459 Hamburg | Germany (fictitious)
Registered office Hamburg | Commercial register HRB 999121
This e-mail may contain confidential information. If you are not the intended
recipient, please notify the sender and delete it.
"""

SIG = {
    "wollenweber": "Dr. Katrin Wollenweber\nLeiterin Personal | Head of HR\nElbstrom Versicherung AG\nTel. +49 40 999121-200",
    "ahlers": "Jonas Ahlers\nPersonalreferent / HR Business Partner\nElbstrom Versicherung AG\nTel. +49 40 999121-214",
    "demir": "Melike Demir\nEntgeltabrechnung\nElbstrom Versicherung AG\nTel. +49 40 999121-231 | entgelt@" + DOM,
    "hinrichsen": "Frauke Hinrichsen\nAusbildungsleitung\nElbstrom Versicherung AG\nTel. +49 40 999121-240 | ausbildung@" + DOM,
    "reimers": "Tobias Reimers\nRecruiting & Employer Branding\nElbstrom Versicherung AG\nTel. +49 40 999121-222",
    "lange": "Sophie Lange\nPersonalservice\nElbstrom Versicherung AG\nTel. +49 40 999121-218",
    "raman": "Priya Raman\nHR International & Global Mobility\nElbstrom Versicherung AG\nPhone +49 40 999121-225",
    "kolbe": "Bernd Kolbe\nVorsitzender des Betriebsrats\nElbstrom Versicherung AG, Standort Hamburg\nTel. -290",
    "petersen": "Anja Petersen\nVertrauensperson der schwerbehinderten Menschen (SBV)\nTel. +49 40 999121-295",
    "brandt": "Lars Ove Brandt\nDatenschutzbeauftragter\nElbstrom Versicherung AG",
}


def sig(k, foot="de"):
    s = "\n" + SIG[k] + "\n"
    if foot == "de":
        s += FOOT_DE
    elif foot == "en":
        s += FOOT_EN
    return s

# ==========================================================================
# MAILS
# ==========================================================================

def m001():
    rows = [["Krankenstand nach Bereich, Q4 2025 (Kalendertage, bereinigt um Langzeitfälle > 42 Tage)"],
            [],
            ["Bereich", "Köpfe", "AU-Tage gesamt", "AU-Quote %", "Vorjahr %", "Fälle je MA"],
            ["Schaden Kfz", 84, 611, 7.9, 6.8, 1.4],
            ["Leistung Kranken", 112, 702, 6.8, 7.1, 1.2],
            ["Vertrieb Innendienst", 67, 388, 6.3, 5.9, 1.1],
            ["IT / Data", 141, 596, 4.6, 4.9, 0.8],
            ["Finanzen / Aktuariat", 58, 215, 4.0, 4.4, 0.7],
            ["Personal, Recht, Revision*", 31, 121, 4.2, 3.8, 0.9],
            ["Gesamt", 493, 2633, 5.8, 5.7, 1.0],
            [],
            ["* Bereiche unter 10 Köpfen zusammengefasst (Datenschutz, BV Gesundheitsdaten § 4)."]]
    x = xlsx([("Q4_2025", rows)], when="2026-01-12 16:40")
    body = """
Liebe Führungskräfte,

wie jedes Quartal anbei die Auswertung Krankenstand für Q4/2025. Die Zahlen sind
wie immer nur auf Bereichsebene, kleine Einheiten sind zusammengefasst, Rückschlüsse
auf einzelne Kolleg:innen sind so nicht möglich (und bitte auch nicht versuchen 😉).

Kurz zusammengefasst:
- Gesamtquote 5,8 % (Vorjahr 5,7 %), Branchenschnitt laut AGV ca. 6,1 %
- Ausreißer Schaden Kfz mit 7,9 % – dort hatten wir im November die Erkältungswelle
  plus zwei Teams im Umzug
- IT/Data weiter niedrig, hoher Anteil mobiles Arbeiten

Die Langzeitfälle (> 6 Wochen) laufen separat über das BEM und sind hier bewusst
herausgerechnet.

Fragen gern an mich.

Viele Grüße
Jonas
""" + sig("ahlers")
    part = multi("mixed", [text(body), att(x, CT["xlsx"], "Krankenstand_Q4_2025_Bereiche.xlsx")], "ol")
    return M(part, a("ahlers"), FK, "Krankenstand Q4/2025 – Auswertung nach Bereichen", "2026-01-13 08:12",
             "NORMAL", "de", "internal", "trap: sickness-absence rate per department, aggregated, small units merged; no person")


def m002():
    body = """
Hallo zusammen,

zur Info / Ablage, s.u. Lea ist die Woche raus. Vertretung regel ich im Team.

Gruß Holger

________________________________
Von: Lea Sommerfeld <lea.sommerfeld@elbstrom-versicherung.example>
Gesendet: Montag, 19. Januar 2026 07:03
An: Holger Timm <holger.timm@elbstrom-versicherung.example>
Betreff: krank

Moin Holger,

ich muss mich leider krankmelden, hab mir gestern beim Umzug richtig den Rücken
verhoben (Hexenschuss, komme kaum aus dem Bett). War eben schon beim Hausarzt
Dr. Paulsen, er hat mich bis einschließlich Freitag 23.01. krankgeschrieben und mir
Ibuprofen 600 und Physio verschrieben. Die eAU geht an die Kasse, den Ausdruck für
euch fotografiere ich nachher noch.

Meine offenen Regresse liegen im Ordner "Sommerfeld – in Arbeit", die Sache Kfz-Nr.
HH-KS 4412 müsste bitte jemand bis Mittwoch rausschicken.

Sorry!
Lea

Gesendet von meinem iPhone
"""
    part = text(body, cte="8bit")
    return M(part, a("timm"), PERSONAL, "WG: krank", "2026-01-19 07:41",
             "STRICTLY_CONFIDENTIAL", "de", "employee",
             "employee's sick-leave message forwarded by her manager: lumbago, GP, medication, AU period")


def m003():
    ib = iban("DE", "200505501234567890")
    body = """
Sehr geehrte Frau Blohm,

vielen Dank für Ihre Nachricht vom 14.01. Wir haben Ihre neue Bankverbindung in
der Entgeltabrechnung hinterlegt:

  Kontoinhaberin: Kerstin Blohm
  IBAN:           %s
  Bank:           Hamburger Sparkasse (fiktiv)

Die Änderung gilt ab der Abrechnung Januar 2026, das Gehalt wird also am 27.01.
erstmals auf das neue Konto überwiesen. Das alte Konto bei der Nordbank können Sie
danach auflösen.

Bitte prüfen Sie die Angaben; falls etwas nicht stimmt, melden Sie sich bis
spätestens 20.01., dann ist der Abrechnungslauf noch offen.

Mit freundlichen Grüßen
""" % ib + sig("demir")
    part = text(body)
    return M(part, a("demir"), A("Kerstin Blohm", "kerstin.blohm@" + DOM),
             "Ihre neue Bankverbindung für die Gehaltszahlung", "2026-01-15 10:22",
             "CONFIDENTIAL", "de", "insurer-to-employee", "payroll confirms an employee's new salary IBAN (full, valid)")


def m004():
    plain = """
Dear colleagues,

Starting 1 February, every employee of Elbstrom and their household members can
use our new Employee Assistance Programme (EAP), run by our partner Lotsenhaus
Beratung GmbH.

What it offers
* free, confidential counselling by phone, video or in person - up to 6 sessions
  per topic and year
* support with stress, anxiety, burnout risk, grief, addiction, family conflicts,
  debt and legal questions, elder care
* 24/7 hotline: 0800 999 121 0 (German and English)

Confidential means confidential: Elbstrom receives only an anonymous usage
report once a year (number of contacts per topic, no names, nothing below five
cases). Your manager and HR will not know that you called.

Questions about the programme itself: people@elbstrom-versicherung.example

Take care,
Your People Team
"""
    html = """
<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear colleagues,</p>
<p>Starting <b>1 February</b>, every employee of Elbstrom and their household members can
use our new <b>Employee Assistance Programme (EAP)</b>, run by our partner Lotsenhaus Beratung GmbH.</p>
<h3 style="color:#00576b">What it offers</h3>
<ul>
<li>free, confidential counselling by phone, video or in person &ndash; up to 6 sessions per topic and year</li>
<li>support with stress, anxiety, burnout risk, grief, addiction, family conflicts, debt and legal questions, elder care</li>
<li>24/7 hotline: <b>0800 999 121 0</b> (German and English)</li>
</ul>
<p><i>Confidential means confidential:</i> Elbstrom receives only an anonymous usage report once a year
(number of contacts per topic, no names, nothing below five cases). Your manager and HR will not know that you called.</p>
<p>Questions about the programme itself: <a href="mailto:people@elbstrom-versicherung.example">people@elbstrom-versicherung.example</a></p>
<p>Take care,<br>Your People Team</p>
</body></html>
"""
    part = multi("alternative", [text(plain, cs="us-ascii", cte="7bit"), text(html, "html", cte="qp")])
    return M(part, PEOPLE, A("All employees", "all-staff@" + DOM),
             "New: Employee Assistance Programme - free and confidential counselling", "2026-01-26 09:00",
             "NORMAL", "en", "internal", "trap: EAP launch with mental-health and addiction words, no person", mid_style="sys")


def m005():
    body = """
Sehr geehrte Damen und Herren,

für Ihren Versicherten

  Timo Brüggemann, geb. 03.08.1979
  KV-Nummer: T847291035
  Arbeitgeber: Elbstrom Versicherung AG, Betriebsnummer 99912104

übersenden wir die Angaben zur Berechnung des Krankengeldes. Die Entgeltbescheinigung
ist parallel über das DTA-Verfahren (EEL) übermittelt worden; Ihre Sachbearbeiterin
Frau Kock hatte telefonisch um eine zusätzliche Kurzinfo gebeten.

  Arbeitsunfähig seit:               24.11.2025 (durchgehend)
  Ende der Entgeltfortzahlung:       04.01.2026
  letzter abgerechneter Zeitraum:    Dezember 2025
  Bruttoarbeitsentgelt Dez. 2025:    4.612,50 EUR
  Nettoarbeitsentgelt Dez. 2025:     2.934,18 EUR
  Einmalzahlungen letzte 12 Monate:  4.100,00 EUR (Weihnachtsgeld, Urlaubsgeld)
  regelmäßige Wochenarbeitszeit:     38 Std.

Eine stufenweise Wiedereingliederung ist derzeit nicht geplant; wir informieren Sie,
sobald uns ein Wiedereingliederungsplan vorliegt.

Mit freundlichen Grüßen
Im Auftrag
""" + sig("demir")
    part = text(body, cs="iso-8859-1", cte="qp")
    return M(part, a("demir"), A("BKK Leuchtturm, Krankengeld", "krankengeld@bkk-leuchtturm.example"),
             "Entgeltbescheinigung Krankengeld – T847291035 Brüggemann", "2026-01-08 11:05",
             "STRICTLY_CONFIDENTIAL", "de", "insurer-to-authority",
             "payroll to health fund: named employee incapacitated since date, end of sick pay, birth date, salary")


def m006():
    lines = ["# Elbstrom Versicherung AG - Offer of Employment", "",
             "Mr Arjun Nair", "Kastanienallee 71, 10435 Berlin", "",
             "Hamburg, 21 January 2026", "",
             "Dear Mr Nair,", "",
             "Following our interviews we are delighted to offer you the position of",
             "Senior Data Engineer (Claims Analytics) in our Hamburg office.", "",
             "Start date:            1 April 2026",
             "Working time:          38 hours per week, hybrid (up to 60 % remote)",
             "Annual base salary:    EUR 82,000 gross, paid in 12 monthly instalments",
             "Variable pay:          up to 10 % of base salary (target bonus)",
             "Holiday:               30 working days",
             "Probation period:      6 months",
             "Company pension:       employer contribution 4 % of base salary",
             "Relocation allowance:  EUR 3,500 gross (one-off)", "",
             "This offer is subject to the usual conditions: proof of your right to work",
             "in Germany and a signed employment contract.", "",
             "Please confirm your acceptance by 4 February 2026.", "",
             "Kind regards", "", "Dr. Katrin Wollenweber, Head of HR          Rahul Mehta, Head of Data Engineering"]
    body = """
Dear Arjun,

as promised on the phone this morning, please find attached our formal offer.
The contract itself will follow once you have confirmed - usually within a week.

If anything is unclear (salary split, relocation, Blue Card), just give me a call.
We are all very much looking forward to working with you!

Best regards
Priya
""" + sig("raman", "en")
    part = multi("mixed", [text(body, cs="us-ascii", cte="7bit"),
                           att(pdf(lines, "Offer of Employment", "20260121101500"), CT["pdf"], "Offer_Letter_Nair_2026-01.pdf")])
    return M(part, a("raman"), A("Arjun Nair", "arjun.nair@mailbox-berlin.example"),
             "Your offer - Senior Data Engineer, Elbstrom", "2026-01-21 10:31",
             "CONFIDENTIAL", "en", "insurer-to-applicant", "offer letter to a named applicant: salary, bonus, private address (PDF)")


def m007():
    body = """
Hallo Frau Scholz,

bitte die folgende Anzeige ab Montag für 30 Tage auf jobhafen schalten
(Paket "Premium Nord", Rahmenvertrag 2026, Kostenstelle 4100).

---------------------------------------------------------------
Sachbearbeiter*in Leistungsprüfung Krankenversicherung (m/w/d)
Hamburg | Vollzeit oder Teilzeit ab 30 Std. | unbefristet
---------------------------------------------------------------

Ihre Aufgaben
- Prüfung und Abrechnung von Arzt-, Zahnarzt- und Krankenhausrechnungen nach GOÄ,
  GOZ und KHEntgG
- Bearbeitung von Leistungsanträgen (Hilfsmittel, Heilpraktiker, Psychotherapie)
- Beurteilung von Diagnosen und Therapien in Zusammenarbeit mit unserem
  beratungsärztlichen Dienst
- Kommunikation mit Versicherten, Ärzt*innen und Kliniken

Ihr Profil
- Ausbildung als Kauffrau/-mann für Versicherungen und Finanzanlagen oder
  medizinische Ausbildung (MFA, Pflege) mit Interesse an Versicherungen
- Kenntnisse medizinischer Fachbegriffe und ICD-10 von Vorteil
- Sorgfalt, Diskretion und Freude am Kundenkontakt

Wir bieten
- Tarifvertrag der privaten Versicherungswirtschaft, 38-Std.-Woche, 30 Tage Urlaub
- bis zu 60 % mobiles Arbeiten, Jobrad, Deutschlandticket-Zuschuss
- betriebliche Krankenversicherung und Altersvorsorge

Bewerbung über karriere.elbstrom-versicherung.example, Kennziffer LK-2026-04
Ansprechpartner: Tobias Reimers
---------------------------------------------------------------

Logo und Bildmaterial wie bei der letzten Anzeige (LK-2025-19).

Danke und viele Grüße
Tobias Reimers
""" + sig("reimers")[len("\nTobias Reimers"):]
    part = text(body)
    return M(part, a("reimers"), A("Jana Scholz", "jana.scholz@jobhafen.example"),
             "Schaltung Stellenanzeige LK-2026-04 Leistungsprüfung KV", "2026-01-09 14:47",
             "NORMAL", "de", "insurer-to-supplier", "trap: job ad full of health-claims vocabulary (GOÄ, diagnoses, ICD-10), no person")


def m008():
    body = """
Hi Priya,

quick heads-up before our 1:1 - Siobhan called me this morning. She's been signed
off by her GP for three weeks, starting today, and she was quite open about it:
it's stress-related, she's been having panic attacks since before Christmas and
isn't sleeping. She said she'll email the Irish medical cert (she's still with
her GP in Cork) and asked that it doesn't go round the team.

I've told the team she's "out for a few weeks", nothing more. Can you tell me
what I need to do on my side - does the Irish cert count here, and should we
think about the BEM thing you mentioned last time? I'd also like to offer her
the EAP contact but don't want to push.

I'll redistribute her sprint tickets to Jakub and Femi.

Thanks,
Rahul

--
Rahul Mehta | Head of Data Engineering | Elbstrom Versicherung AG
"""
    part = text(body, cs="us-ascii", cte="7bit")
    return M(part, a("mehta"), a("raman"), "Siobhan - sick leave", "2026-01-27 09:18",
             "STRICTLY_CONFIDENTIAL", "en", "internal",
             "manager tells HR a named employee is signed off with stress, panic attacks, insomnia")


def m009():
    body = """
Vielen Dank für Ihre Nachricht.

Ich bin bis einschließlich Freitag, 16. Januar 2026, nicht im Büro und lese meine
E-Mails in dieser Zeit nicht.

Bitte beachten Sie:
- Arbeitsunfähigkeitsbescheinigungen, Krankmeldungen und Mutterschutz-Bescheinigungen
  senden Sie bitte NICHT per E-Mail, sondern über das Mitarbeiterportal
  (Menü "Meine Abwesenheiten") oder per Hauspost an den Personalservice.
- Fragen zur Gehaltsabrechnung: entgelt@elbstrom-versicherung.example
- Alles andere: personal@elbstrom-versicherung.example, Tel. -210

Mit freundlichen Grüßen
Sophie Lange
"""
    part = text(body, cte="qp")
    return M(part, a("lange"), A("Holger Timm", "holger.timm@" + DOM),
             "Abwesend: AW: Rückfrage Urlaubsantrag", "2026-01-12 08:02",
             "NORMAL", "de", "internal", "trap: out-of-office that mentions AU slips, sick notes and maternity certificates",
             extra=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], mid_style="sys")


def m010():
    body = """
Sehr geehrte Frau Carstensen,

wie besprochen melden wir Ihnen unseren neuen Auszubildenden zum Kaufmann für
Versicherungen und Finanzanlagen für die Unterstufe an (Blockunterricht ab
02.03.2026, Klasse VF26b):

  Name:            Ole Jacobsen
  geboren am:      17.06.2007 in Itzehoe
  Anschrift:       Am Mühlenteich 4, 25524 Itzehoe
  Ausbildungsbeginn: 01.02.2026, Ausbildungsdauer 3 Jahre (Verkürzung beantragt)
  Schulabschluss:  Fachhochschulreife 2025
  Ausbildungsbetrieb: Elbstrom Versicherung AG, Lotsenkai 12, 20459 Hamburg
  Ansprechpartnerin: Frauke Hinrichsen

Der Ausbildungsvertrag ist bei der IHK zur Eintragung eingereicht. Eine Kopie des
Abschlusszeugnisses reicht Herr Jacobsen am ersten Schultag persönlich nach.

Mit freundlichen Grüßen
""" + sig("hinrichsen")
    part = text(body, cs="windows-1252", cte="8bit")
    return M(part, a("hinrichsen"), A("Ines Carstensen", "sekretariat@bs-stadtpark.example"),
             "Anmeldung Berufsschule – Auszubildender Jacobsen, VF26b", "2026-01-14 13:20",
             "CONFIDENTIAL", "de", "insurer-to-school", "trainee registered at vocational school with birth date and home address")


def m011():
    lines = ["# Anhörung des Betriebsrats gemäß § 102 BetrVG", "",
             "An den Betriebsrat der Elbstrom Versicherung AG, z. Hd. Herrn Bernd Kolbe", "",
             "Beabsichtigte Maßnahme: ordentliche, personenbedingte Kündigung (krankheitsbedingt)",
             "Arbeitnehmerin: Birgit Kähler, geb. 22.09.1968, Sachbearbeiterin Vertrag Sach",
             "Betriebszugehörigkeit seit 01.10.1994; verheiratet, keine unterhaltsberechtigten Kinder",
             "Kündigungsfrist: 7 Monate zum Monatsende (TV), Kündigung zum 31.08.2026", "",
             "# Sachverhalt",
             "Frau Kähler war in den Jahren 2023 bis 2025 an insgesamt 97, 142 und 188 Arbeitstagen",
             "arbeitsunfähig erkrankt. Nach ihren eigenen Angaben im BEM-Gespräch vom 14.10.2025",
             "leidet sie an einer chronisch-entzündlichen Darmerkrankung (Morbus Crohn) mit",
             "wiederkehrenden Schüben sowie an einer mittelgradigen depressiven Episode.",
             "Die Betriebsärztin hat am 05.11.2025 mitgeteilt, dass eine Besserung in absehbarer",
             "Zeit nicht zu erwarten ist. Ein leidensgerechter Arbeitsplatz (Telearbeit 100 %,",
             "reduzierte Stundenzahl) wurde angeboten und von Frau Kähler im Dezember abgelehnt.", "",
             "# Negative Gesundheitsprognose / Interessenabwägung",
             "Entgeltfortzahlungskosten 2023-2025: 31.488 EUR. ...",
             "Eine Schwerbehinderung ist nicht bekannt; ein Gleichstellungsantrag liegt nicht vor.", "",
             "Wir bitten um Stellungnahme innerhalb einer Woche.", "",
             "Hamburg, 02.02.2026     Dr. Katrin Wollenweber, Leiterin Personal"]
    body = """
Lieber Bernd,

anbei wie angekündigt die Anhörung zu Frau K. (Vertrag Sach). Die Wochenfrist läuft
ab heute. Die BEM-Unterlagen liegen Dir aus dem Verfahren ja vor.

Für Rückfragen bin ich Donnerstag ganz da.

Viele Grüße
Katrin
""" + sig("wollenweber")
    part = multi("mixed", [text(body), att(pdf(lines, "Anhoerung 102 BetrVG", "20260202090000"), CT["pdf"],
                                              "Anhoerung_102_BetrVG_2026-02-02.pdf")], "ol")
    return M(part, a("wollenweber"), A("Bernd Kolbe", "bernd.kolbe@" + DOM),
             "Anhörung § 102 BetrVG – Frau K.", "2026-02-02 09:12",
             "STRICTLY_CONFIDENTIAL", "de", "internal",
             "works-council hearing on dismissal for illness; diagnoses only in the PDF, body says only 'Frau K.'",
             cc=A("Betriebsrat Elbstrom", "betriebsrat@" + DOM))


def m012():
    rows = [["personnel_no", "last_name", "first_name", "birth_date", "iban", "absence_type", "absence_from", "absence_to", "note"],
            ["T-0001", "Test", "Tina (synthetic)", "1990-01-01", "DE89 3704 0044 0532 0130 00", "SICK_NO_CERT", "2026-02-02", "2026-02-03", "test case 1"],
            ["T-0002", "Mustermann", "Max (synthetic)", "1985-06-15", "DE89 3704 0044 0532 0130 00", "SICK_CERT", "2026-02-02", "2026-02-13", "test case 2 - eAU retrieval"],
            ["T-0003", "Beispiel", "Erika (synthetic)", "1979-12-24", "DE89 3704 0044 0532 0130 00", "MATERNITY", "2026-03-01", "2026-06-07", "test case 3 - protection period"],
            ["T-0004", "Probe", "Paul (synthetic)", "2001-03-03", "DE89 3704 0044 0532 0130 00", "CHILD_SICK", "2026-02-09", "2026-02-10", "test case 4 - §45 SGB V"]]
    body = """
Hello Marc,

for the UAT of the absence module (release 26.1) please load the attached test
file into the QA tenant only. All records are synthetic - names are our usual
test personas and the IBAN is the published example IBAN from the Bundesbank
documentation, so nothing real is in there.

Test cases 2 and 3 should trigger the eAU query and the maternity pay workflow.
Could you confirm by Friday that the connector to the health funds' test server
(ITSG test environment) is up?

Thanks,
Melike
""" + sig("demir", "en")
    part = multi("mixed", [text(body, cs="us-ascii", cte="7bit"),
                           att(csvb(rows, sep=","), 'text/csv; charset="utf-8"', "uat_absence_testdata_synthetic.csv", cte="qp")])
    return M(part, a("demir"), A("Marc Vollmer", "marc.vollmer@hrsuite-solutions.example"),
             "UAT absence module - synthetic test data", "2026-01-20 15:33",
             "NORMAL", "en", "insurer-to-supplier",
             "trap: synthetic test personas with published example IBAN, sick/maternity codes in a CSV")


def m013():
    d = docx([("h", "Arbeitszeugnis (Entwurf v2)"),
              "Herr Dennis Wrage, geboren am 11.04.1991 in Buxtehude, war vom 01.07.2019 bis zum 31.03.2026 "
              "in unserem Unternehmen als Underwriter Gewerbe Sach im Bereich Firmenkunden tätig.",
              "Zu seinen Aufgaben gehörten die Risikoprüfung und Zeichnung gewerblicher Sach- und "
              "Betriebsunterbrechungsrisiken bis 5 Mio. EUR Versicherungssumme, die Betreuung von 14 Maklerhäusern "
              "sowie die Einarbeitung neuer Kolleginnen und Kollegen.",
              "Herr Wrage verfügt über ein umfassendes und fundiertes Fachwissen, das er stets sicher und "
              "zielgerichtet einsetzte. [FK: bitte ergänzen – Projekt Tarifreform 2024?]",
              "Er erledigte die ihm übertragenen Aufgaben stets zu unserer vollsten Zufriedenheit.",
              "Sein Verhalten gegenüber Vorgesetzten, Kollegen und Maklern war stets einwandfrei.",
              "Herr Wrage verlässt unser Unternehmen auf eigenen Wunsch. Wir bedauern sein Ausscheiden sehr, "
              "danken ihm für die stets sehr gute Zusammenarbeit und wünschen ihm für seine berufliche und "
              "private Zukunft alles Gute.",
              "Hamburg, 31.03.2026"], when="2026-02-10 11:00", author="Jonas Ahlers", title="Zeugnis Wrage")
    body = """
Hallo Matthias,

anbei der Entwurf für das Zeugnis von Herrn Wrage (Note 1, wie mit Dir besprochen).
Bitte bis 20.02. prüfen und die gelb markierte Stelle ergänzen – mir fehlt noch ein
konkretes Projektbeispiel. Änderungen gern direkt im Dokument mit Nachverfolgung.

Danke & Gruß
Jonas
"""
    part = multi("mixed", [text(body, cte="8bit", flowed=True),
                           att(d, CT["docx"], "Zeugnis_Wrage_Entwurf_v2.docx")], "tb")
    return M(part, a("ahlers"), a("gruenberg"), "Zeugnisentwurf Wrage", "2026-02-10 11:14",
             "CONFIDENTIAL", "de", "internal", "employment reference draft with birth date and performance rating (DOCX only)",
             mid_style="tb", mailer="Mozilla Thunderbird 128.6.0")


def m014():
    html = """
<!DOCTYPE html>
<html lang="de"><head><meta charset="utf-8"><title>BR-Info 1/2026</title></head>
<body style="font-family:Verdana,sans-serif;font-size:13px;color:#222">
<table width="640" align="center" cellpadding="8" style="border:1px solid #ccc">
<tr><td style="background:#8b1a1a;color:#fff"><b>BR-Info 1/2026</b> &ndash; Ihr Betriebsrat Hamburg informiert</td></tr>
<tr><td>
<h2>Neue Betriebsvereinbarung BEM unterschrieben</h2>
<p>Nach fast einem Jahr Verhandlung haben Betriebsrat und Vorstand am 15.01. die neue
Betriebsvereinbarung zum Betrieblichen Eingliederungsmanagement (BEM) unterzeichnet. Die
wichtigsten Punkte:</p>
<ul>
<li>Das BEM bleibt <b>freiwillig</b>. Wer nach mehr als sechs Wochen Arbeitsunfähigkeit
innerhalb von zwölf Monaten angeschrieben wird, entscheidet selbst, ob und mit wem gesprochen wird.</li>
<li>Diagnosen werden <b>nicht</b> in der Personalakte gespeichert. Die BEM-Akte liegt getrennt
beim BEM-Team und wird drei Jahre nach Abschluss gelöscht.</li>
<li>Auf Wunsch nehmen Betriebsrat, Schwerbehindertenvertretung oder die Betriebsärztin teil.</li>
<li>Neu: stufenweise Wiedereingliederung auch im mobilen Arbeiten möglich.</li>
</ul>
<h2>Gesundheitstag am 12. März</h2>
<p>Rückenscreening, Blutdruck- und Blutzuckermessung, Hautkrebs-Vorsorge-Beratung und ein
Vortrag &bdquo;Psychische Gesundheit im Homeoffice&ldquo;. Alle Messungen sind anonym, Ergebnisse
bekommt nur ihr selbst.</p>
<h2>Sprechstunde</h2>
<p>Donnerstags 13&ndash;15 Uhr, Raum 4.12, oder jederzeit unter betriebsrat@elbstrom-versicherung.example.</p>
<p style="font-size:11px;color:#666">Sie erhalten diese Info als Beschäftigte*r der Elbstrom Versicherung AG.
V.i.S.d.P.: Bernd Kolbe, Betriebsratsvorsitzender</p>
</td></tr></table></body></html>
"""
    part = text(html, "html", cte="qp")
    return M(part, BR, ALLE, "BR-Info 1/2026: BEM-Vereinbarung, Gesundheitstag, Sprechstunde", "2026-01-22 12:00",
             "NORMAL", "de", "newsletter", "trap: works-council newsletter on BEM, diagnoses, health day; HTML only, no person",
             mid_style="sys")


def m015():
    body = """
Sehr geehrte Damen und Herren,

wir zeigen folgenden Arbeitsunfall an (Unfallanzeige nach § 193 SGB VII, das
Formular ist zusätzlich über das Extranet eingereicht, Az. bei uns UA-2026-003):

Versicherter:        Tomasz Nowak, geb. 29.05.1986
Anschrift:           Veddeler Damm 88, 20539 Hamburg
Tätigkeit:           Haustechniker (Facility Management), seit 2017
Krankenkasse:        BKK Leuchtturm

Unfallzeitpunkt:     Dienstag, 03.02.2026, ca. 06:50 Uhr, Arbeitsbeginn 06:30 Uhr
Unfallort:           Tiefgarage Lotsenkai 12, Treppenhaus Ebene -2

Hergang:             Herr Nowak kontrollierte die Pumpensümpfe nach dem Starkregen,
                     rutschte auf der nassen Treppe aus und stürzte etwa vier Stufen
                     hinunter. Zeuge: Kollege Uwe Rix (Haustechnik).

Verletzung:          Schmerzen und starke Schwellung rechtes Sprunggelenk, Prellung
                     Ellenbogen rechts. Erstversorgung durch Ersthelfer (Kühlung),
                     danach Vorstellung beim D-Arzt Dr. Frerichs, Unfallpraxis
                     Am Sandtorkai. Diagnose laut Durchgangsarztbericht:
                     Außenbandruptur OSG rechts (S93.2), Unterarmprellung (S50.0).
Arbeit eingestellt:  ja, sofort
Voraussichtl. AU:    ca. 4-6 Wochen

Mit freundlichen Grüßen

Sophie Lange
Personalservice, Arbeitssicherheit
Elbstrom Versicherung AG
Mitgliedsnummer BG: 2026-0999-121
"""
    part = text(body, cs="iso-8859-1", cte="8bit")
    return M(part, a("lange"), A("BG Verwaltung, Unfallanzeigen", "unfallanzeigen@bg-verwaltung.example"),
             "Unfallanzeige UA-2026-003 – Nowak, 03.02.2026", "2026-02-04 10:40",
             "STRICTLY_CONFIDENTIAL", "de", "insurer-to-authority",
             "accident-at-work report to the statutory accident insurer: injury, ICD codes, D-doctor, birth date")


def m016():
    body = """
*** English version below ***

Liebe Kolleginnen und Kollegen,

ab Februar ist unsere Betriebsärztin Dr. Henrike Stoltenberg (Arbeitsmedizin
Hafenblick) zu neuen Zeiten im Haus:

  jeden 2. und 4. Dienstag im Monat, 9:00–13:00 Uhr, Raum 1.07 (neben der Kantine)

Sie können ohne Angabe von Gründen einen Termin vereinbaren, z. B. für
Bildschirmarbeitsplatz-Untersuchung (G37), Impfberatung oder einfach Fragen zur
Gesundheit am Arbeitsplatz. Was Sie dort besprechen, unterliegt der ärztlichen
Schweigepflicht und wird nicht an den Arbeitgeber weitergegeben.

Termine bitte direkt buchen: termine@amz-hafenblick.example oder Tel. 040 999 8812.
Die Sprechzeiten zum Eintragen in Ihren Kalender hängen an.

---

Dear colleagues,

from February our company doctor, Dr Henrike Stoltenberg (Arbeitsmedizin
Hafenblick), holds office hours on the 2nd and 4th Tuesday of each month,
9 am to 1 pm, room 1.07 (next to the canteen). No reason needed; everything you
discuss is covered by medical confidentiality and is not passed to Elbstrom.
Book at termine@amz-hafenblick.example. Calendar file attached.

Ihr People-Team / Your People Team
"""
    ev = ics([{"uid": "bet-sprechstunde-2026-feb-1@" + DOM, "start": "20260210T090000", "end": "20260210T130000",
               "summary": "Sprechstunde Betriebsärztin / Company doctor office hours",
               "location": "Raum 1.07, Lotsenkai 12", "description": "Offene Sprechstunde, Termin über termine@amz-hafenblick.example"},
              {"uid": "bet-sprechstunde-2026-feb-2@" + DOM, "start": "20260224T090000", "end": "20260224T130000",
               "summary": "Sprechstunde Betriebsärztin / Company doctor office hours",
               "location": "Raum 1.07, Lotsenkai 12", "description": "Offene Sprechstunde"}], method="PUBLISH")
    part = multi("mixed", [text(body), att(ev, 'text/calendar; charset="utf-8"; method=PUBLISH', "Sprechstunde_Betriebsaerztin_2026.ics")], "ol")
    return M(part, PEOPLE, ALLE, "Sprechstunde Betriebsärztin / Company doctor office hours", "2026-01-29 08:30",
             "NORMAL", "mixed", "internal", "trap: bilingual notice of company-doctor office hours with ICS, no person")


def m017():
    body = """
Hi Mateus,

thanks for your question about your January payslip - you're right, it looks
quite different from December. Here's the breakdown:

                                   Dec 2025        Jan 2026
  Base salary (monthly)           5,250.00        5,420.00   <- tariff increase 1 Jan
  Christmas bonus                 4,725.00            -
  Deutschlandticket subsidy          29.00           29.00
  Gross                          10,004.00        5,449.00
  Income tax (class 1)            2,611.42          977.33
  Solidarity surcharge                0.00            0.00
  Social security (employee)      1,592.80        1,136.11
  Net pay                         5,799.78        3,335.56

The big tax amount in December comes from the bonus being taxed as a one-off
payment ("sonstiger Bezug"). Nothing is wrong, you'll get part of it back with
your tax return.

Your payslips are also in the employee portal under "My documents" > "Payroll".

Best,
Priya

PS: the payroll team says your tax ID (Steuer-ID) is now correctly stored as
    73 819 054 226, so the "fiktive Steuerklasse" note is gone from February.
""" + sig("raman", "en")
    part = text(body, cs="us-ascii", cte="7bit")
    return M(part, a("raman"), A("Mateus Oliveira", "mateus.oliveira@" + DOM),
             "RE: January payslip - why so different?", "2026-02-03 16:05",
             "CONFIDENTIAL", "en", "insurer-to-employee", "salary breakdown gross/net, tax class and tax ID of a named employee")


def m018():
    d = docx([("h", "Einladung zum Betrieblichen Eingliederungsmanagement (BEM)"),
              "Herrn Timo Brüggemann, Schaden Kfz, Personalnummer 40712",
              "Sehr geehrter Herr Brüggemann,",
              "Sie waren innerhalb der letzten zwölf Monate länger als sechs Wochen ununterbrochen oder wiederholt "
              "arbeitsunfähig (seit 24.11.2025 durchgehend). Nach § 167 Abs. 2 SGB IX bieten wir Ihnen deshalb ein "
              "Betriebliches Eingliederungsmanagement an.",
              "Ziel ist es, gemeinsam mit Ihnen zu klären, wie die Arbeitsunfähigkeit überwunden, erneuter "
              "Arbeitsunfähigkeit vorgebeugt und Ihr Arbeitsplatz erhalten werden kann.",
              "Die Teilnahme ist freiwillig. Sie bestimmen, wer am Gespräch teilnimmt (Betriebsrat, "
              "Schwerbehindertenvertretung, Betriebsärztin, eine Vertrauensperson).",
              "Bitte teilen Sie uns bis zum 30.01.2026 mit, ob Sie das Angebot annehmen.",
              ("b", "Datenschutzhinweis"),
              "Angaben zu Diagnosen werden ausschließlich in der gesonderten BEM-Akte geführt.",
              "Hamburg, 12.01.2026 – Jonas Ahlers, BEM-Team"], when="2026-01-12 09:00", author="Jonas Ahlers")
    body = """
Sehr geehrter Herr Brüggemann,

wir hoffen, dass es Ihnen inzwischen etwas besser geht.

Anbei erhalten Sie vorab per E-Mail unsere Einladung zum Betrieblichen
Eingliederungsmanagement; das Original geht Ihnen zusätzlich per Post nach Hause.
Die Teilnahme ist freiwillig. Wenn Sie Fragen haben, rufen Sie mich gern an –
auch ein erstes unverbindliches Telefonat ist möglich.

Gute Besserung und freundliche Grüße
""" + sig("ahlers")
    part = multi("mixed", [text(body), att(d, CT["docx"], "BEM_Einladung_Brueggemann.docx")], "ol")
    return M(part, a("ahlers"), A("Timo Brüggemann", "t.brueggemann@mailfeld.example"),
             "Ihr Angebot zum Betrieblichen Eingliederungsmanagement", "2026-01-12 09:20",
             "STRICTLY_CONFIDENTIAL", "de", "insurer-to-employee",
             "BEM invitation to a named employee: more than six weeks incapacitated, AU since date")


def m019():
    body = """
Sehr geehrte Damen und Herren,

hiermit bestellen wir gemäß Ihrem Angebot AN-26-0117 vom 07.01.2026:

Pos  Menge  Art.-Nr.    Bezeichnung                                       EP netto
1     12    VK-13157    Verbandkasten DIN 13157 Betrieb, Wandhalterung      38,90
2     12    NF-13157    Nachfüllset DIN 13157                                19,50
3      3    AED-P2      Elektrodenpads Erwachsene für AED "Lifebeat P2"      64,00
4      1    AED-PK      Kinder-Elektrodenpads Lifebeat P2                    71,00
5      6    AUG-01      Augenspülflasche 500 ml                               8,40
6      2    NOT-T       Notfalltrage klappbar                                189,00

Lieferadresse: Elbstrom Versicherung AG, Warenannahme Tor 2, Lotsenkai 12,
20459 Hamburg. Lieferung bitte bis 30.01.2026 (Erste-Hilfe-Begehung der BG am 05.02.).

Rechnung mit Bestellnummer BE-2026-00342 an rechnungseingang@elbstrom-versicherung.example.

Mit freundlichen Grüßen
Sophie Lange
Personalservice / Arbeitssicherheit
Elbstrom Versicherung AG
"""
    part = text(body, cs="iso-8859-1", cte="qp")
    return M(part, a("lange"), A("Vertrieb Nordsanitas", "bestellung@nordsanitas.example"),
             "Bestellung BE-2026-00342 – Erste-Hilfe-Material / AED-Pads", "2026-01-08 09:45",
             "NORMAL", "de", "insurer-to-supplier", "trap: purchase order for first-aid kits and defibrillator pads")


def m020():
    body = """
Hallo Christina,

hier eine Bewerbung auf die Werkstudentenstelle Data/BI (WS-2026-02), die mir gut
gefällt – magst Du mal draufschauen? Wenn ja, lade ich sie zum Gespräch ein.
Einziger Haken: sie will 20 h/Woche erst ab April.

VG Tobias

-----Ursprüngliche Nachricht-----
Von: Marlene Ohrt <marlene.ohrt@studimail.example>
Gesendet: Mittwoch, 28. Januar 2026 22:17
An: karriere@elbstrom-versicherung.example
Betreff: Bewerbung Werkstudentin Data/BI – Kennziffer WS-2026-02

Sehr geehrter Herr Reimers,

hiermit bewerbe ich mich auf Ihre Stelle als Werkstudentin im Bereich Data/BI.
Ich studiere im 5. Semester Wirtschaftsinformatik an der Hochschule Nordufer und
arbeite seit zwei Jahren mit Python, SQL und Power BI.

Kurz zu mir:
  Marlene Ohrt
  geb. 09.02.2003 in Lübeck
  Rellinger Str. 45a, 20257 Hamburg
  Tel. 0176 555 10 92 (fiktiv)

Bisherige Tätigkeiten: Werkstudentin Controlling bei der Kaispeicher Logistik GmbH
(16 h/Woche, 15,50 €/h), Tutorin Statistik I.

Meine Gehaltsvorstellung liegt bei 17,50 € pro Stunde. Ich könnte ab dem 01.04.2026
mit 20 Stunden pro Woche anfangen, in den Semesterferien auch Vollzeit.

Lebenslauf und Notenspiegel habe ich im Bewerberportal hochgeladen.

Mit freundlichen Grüßen
Marlene Ohrt
"""
    part = text(body)
    return M(part, a("reimers"), a("albers"), "WG: Bewerbung Werkstudentin Data/BI – Kennziffer WS-2026-02",
             "2026-01-29 08:50", "CONFIDENTIAL", "de", "applicant",
             "forwarded application: birth date, address, phone, salary expectation")


def m021():
    body = """
HR Data Protection Working Group - minutes, meeting 1/2026
Date: 15 January 2026, 14:00-15:30, room 3.02 / Teams
Present: L. O. Brandt (DPO), Dr K. Wollenweber, J. Ahlers, M. Demir, S. Lange,
         B. Kolbe (works council), IT Security (T. Ruge)
Minutes: S. Lange

1. Retention of sick notes (AU certificates)
   - Since the eAU, paper AU certificates are rare; those we still receive
     (private physicians abroad, old format) are scanned into the absence module
     and the paper is shredded after 4 weeks.
   - Retention in the absence module: end of the calendar year + 3 years
     (limitation period for continued-pay claims). Automatic deletion job to be
     checked by IT - action T. Ruge, due 28/02.
   - No diagnoses are stored anywhere in the HR file. Where a certificate shows
     a diagnosis by mistake (e.g. foreign certificates), the page is blacked out
     before scanning.

2. BEM files
   - Kept separately from the personnel file by the BEM team (new works
     agreement, section 6). Access: BEM team only. Deletion 3 years after closing.

3. Severe disability data
   - Stored only as flag + degree + validity date (needed for extra leave and
     the quota report). Copies of ID cards are not kept.

4. E-mail
   - Reminder to managers: do not forward sick notes by e-mail; use the portal.
     Draft text by J. Ahlers for the next managers' newsletter.

Next meeting: 16 April 2026.
"""
    part = text(body, cs="us-ascii", cte="7bit")
    return M(part, a("lange"), A("HR DP Working Group", "hr-dp-wg@" + DOM),
             "Minutes HR data protection WG 1/2026", "2026-01-16 11:02",
             "NORMAL", "en", "internal", "trap: minutes about retention of sick notes, BEM files and disability data; no person concerned")


def m022():
    body = """
Hi Priya,

Emma asked me to pass this on to you, she'd rather you hear it from her words
than mine - see below. She's happy for HR to know, but the team doesn't yet.

Grace

-----Original Message-----
From: Emma Whitfield <emma.whitfield@elbstrom-versicherung.example>
Sent: Thursday, 5 February 2026 17:40
To: Grace O'Connell <grace.oconnell@elbstrom-versicherung.example>
Subject: a bit of news

Hi Grace,

I wanted to tell you in person but you were in meetings all day - I'm pregnant!
I'm 13 weeks now and my due date is 14 August. My midwife says everything looks
fine so far, but I've had pretty bad morning sickness, which is why I've been
logging in late a few times recently. Sorry about that.

A few questions I don't know who to ask:
 - I understand there's a "Mutterschutz" period - when would it start for me?
 - Do I need a certificate from my gynaecologist for HR, and who pays during
   the protection period?
 - I'd like to take parental leave afterwards, probably 10 months.

Could you forward this to HR? Thanks so much.

Emma
"""
    part = text(body, cs="us-ascii", cte="7bit")
    return M(part, a("oconnell"), a("raman"), "FW: a bit of news", "2026-02-06 08:15",
             "STRICTLY_CONFIDENTIAL", "en", "employee",
             "forwarded pregnancy announcement: weeks, due date, morning sickness of a named employee")


def m023():
    lines = ["# Arbeitgeberbescheinigung zur Vorlage bei der Elterngeldstelle",
             "(Nachweis des Einkommens aus nichtselbstständiger Arbeit, § 2c BEEG)", "",
             "Arbeitnehmer:    Jan-Hendrik Voß, geb. 30.11.1988",
             "Anschrift:       Bahrenfelder Chaussee 140, 22761 Hamburg",
             "Personalnummer:  31877", "Beschäftigt seit: 01.09.2016, unbefristet, Vollzeit", "",
             "Elternzeit: 01.04.2026 bis 30.09.2026 (Kind geboren am 27.01.2026)",
             "Teilzeit während der Elternzeit: nein", "",
             "Monat        Brutto laufend   sonstige Bezüge   Lohnsteuer   SV-Beiträge AN",
             "01/2025         5.980,00            0,00         1.204,33      1.247,26",
             "02/2025         5.980,00            0,00         1.204,33      1.247,26",
             "03/2025         5.980,00            0,00         1.204,33      1.247,26",
             "04/2025         5.980,00            0,00         1.204,33      1.247,26",
             "05/2025         5.980,00         2.990,00        1.204,33      1.247,26",
             "06/2025         5.980,00            0,00         1.204,33      1.247,26",
             "07/2025         6.160,00            0,00         1.262,50      1.284,81",
             "08/2025         6.160,00            0,00         1.262,50      1.284,81",
             "09/2025         6.160,00            0,00         1.262,50      1.284,81",
             "10/2025         6.160,00            0,00         1.262,50      1.284,81",
             "11/2025         6.160,00         5.540,00        1.262,50      1.284,81",
             "12/2025         6.160,00            0,00         1.262,50      1.284,81", "",
             "Steuerklasse: 4 / Faktor nein", "",
             "Hamburg, 10.02.2026   Elbstrom Versicherung AG, Entgeltabrechnung"]
    body = """
Sehr geehrte Damen und Herren,

auf Wunsch unseres Mitarbeiters Herrn Jan-Hendrik Voß übersenden wir Ihnen die
Arbeitgeberbescheinigung für seinen Elterngeldantrag (Ihr Zeichen EG-2026-04471).

Mit freundlichen Grüßen
""" + sig("demir")
    part = multi("mixed", [text(body, cs="iso-8859-1", cte="qp"),
                           att(pdf(lines, "Arbeitgeberbescheinigung Elterngeld", "20260210091500"), CT["pdf"],
                               "AG-Bescheinigung_Elterngeld_Voss.pdf")], "ol")
    return M(part, a("demir"), A("Elterngeldstelle Hamburg-Altona", "elterngeld@bezirksamt-altona.example"),
             "Arbeitgeberbescheinigung Elterngeld – Ihr Zeichen EG-2026-04471", "2026-02-10 09:22",
             "CONFIDENTIAL", "de", "insurer-to-authority",
             "employer certificate for parental allowance: 12 months of income, tax class, birth dates (PDF); no health content")


def m024():
    body = """
Sehr geehrte Damen und Herren,

auch 2026 bietet die Elbstrom Versicherung AG Schülerbetriebspraktika in den Klassen
9 bis 11 an (2 bis 3 Wochen, Bereiche Kundenservice, Schaden, IT).

Damit Ihre Schülerinnen und Schüler sich bewerben können, hier das Wichtigste:

- Bewerbung formlos per E-Mail an ausbildung@elbstrom-versicherung.example
  (Anschreiben, letztes Zeugnis), Stichwort "Schulpraktikum 2026".
- Eine Gesundheitsbescheinigung oder ein Attest brauchen wir NICHT. Bitte
  schicken Sie uns auch keine Angaben zu Erkrankungen oder Allergien der
  Jugendlichen – falls für den Notfall etwas wichtig ist, klären die Eltern das am
  ersten Tag direkt mit der Praktikumsbetreuung.
- Für Praktikant*innen unter 18 gilt das Jugendarbeitsschutzgesetz: max. 7 Std.
  pro Tag, kein Einsatz nach 18 Uhr.
- Versicherungsschutz: Schülerpraktika sind über die gesetzliche Schülerunfall-
  versicherung abgedeckt; wir bitten um die übliche Praktikumsvereinbarung der
  Schule.

Termine 2026: 16.–27.03., 08.–19.06., 28.09.–09.10.

Unser Flyer für das Schwarze Brett hängt im Bewerberportal zum Download.

Mit freundlichen Grüßen
""" + sig("hinrichsen")
    part = text(body)
    return M(part, AUSBILDUNG, A("Schulleitungen Netzwerk SCHULEWIRTSCHAFT", "netzwerk@schulewirtschaft-hamburg.example"),
             "Schülerbetriebspraktika 2026 bei der Elbstrom Versicherung", "2026-01-23 10:00",
             "NORMAL", "de", "insurer-to-school", "trap: internship info saying no health certificates or allergy data needed")


def m025():
    rows = [["PersNr", "Name", "Vorname", "Geburtsdatum", "StKl", "Faktor", "Kinderfreibetr.", "KiSt", "KiSt_Ehegatte", "Krankenkasse", "Änderung_gültig_ab"],
            ["40955", "Çelik", "Merve", "14.07.1995", "1", "", "0", "--", "", "BKK Leuchtturm", "01.01.2026"],
            ["38102", "Hagemann", "Björn", "02.02.1983", "3", "", "1,0", "ev", "rk", "AOK Nordsee", "01.01.2026"],
            ["40712", "Brüggemann", "Timo", "03.08.1979", "4", "", "0,5", "rk", "", "BKK Leuchtturm", "01.01.2026"],
            ["41230", "Stahmer", "Leonie", "21.10.1999", "1", "", "0", "ev", "", "Techniker Nord", "01.01.2026"],
            ["37760", "Friedrichsen", "Anke", "08.05.1972", "5", "", "1,0", "--", "ev", "DAK Küste", "01.01.2026"]]
    c = csvb(rows, cs="windows-1252")
    z = mkzip([("ELStAM_Aenderungen_2026-01.csv", c),
               ("Begleitzettel.txt", "Mandant 121 / Lieferung 2026-01-ELStAM\r\n5 Datensaetze\r\nErstellt: M. Demir\r\n")],
              when=(2026, 1, 16, 12, 5, 0))
    body = """
Hallo Herr Tiedemann,

anbei die ELStAM-Änderungen aus dem Januar-Abruf für Mandant 121, bitte vor dem
Abrechnungslauf am 20.01. einspielen.

Danke und Gruß
Melike Demir
"""
    part = multi("mixed", [text(body, cte="8bit"), att(z, "application/zip", "Mandant121_ELStAM_2026-01.zip")])
    return M(part, a("demir"), A("Frank Tiedemann", "frank.tiedemann@lohnwerk.example"),
             "Mandant 121 – ELStAM Änderungen Januar", "2026-01-16 12:09",
             "STRICTLY_CONFIDENTIAL", "de", "insurer-to-supplier",
             "payroll export in a ZIP: church-tax codes (ev/rk) reveal religion (Art. 9), plus birth dates and tax classes; harmless body")

def m026():
    html = """
<html><head><meta charset="utf-8"></head>
<body style="margin:0;background:#f3f4f6;font-family:Helvetica,Arial,sans-serif">
<table width="600" align="center" style="background:#fff">
<tr><td style="padding:20px;background:#1d3557;color:#fff;font-size:22px">HRPulse Insights &middot; February 2026</td></tr>
<tr><td style="padding:20px;font-size:14px;line-height:1.5">
<h2>Can AI predict sick leave? What the data says &ndash; and what the law says</h2>
<p>Absence analytics is the fastest-growing module in our platform. Across 212 European
customers, average sickness absence rose from 5.1&nbsp;% (2022) to 6.0&nbsp;% (2025).
Respiratory infections, musculoskeletal disorders and mental health conditions together
account for almost two thirds of lost days.</p>
<p>But beware: in the EU, health data of employees is a special category under Art.&nbsp;9 GDPR.
Our recommendation:</p>
<ol>
<li>Report only aggregates with a minimum group size of 10.</li>
<li>Never combine diagnosis data (which employers should not have anyway) with performance data.</li>
<li>Involve your works council early &ndash; in Germany &sect;&nbsp;87(1) no.&nbsp;6 BetrVG applies.</li>
</ol>
<p><a href="https://www.hrpulse.example/webinar/absence-2026">Register for our webinar &ldquo;Absence analytics done right&rdquo; (12 March, 11:00 CET)</a></p>
<h3>Also in this issue</h3>
<ul><li>Pay transparency directive: 7 steps before June 2026</li>
<li>Case study: how a Dutch insurer cut time-to-hire by 30&nbsp;%</li></ul>
</td></tr>
<tr><td style="padding:12px;font-size:11px;color:#888">You receive this newsletter because you are registered as an HRPulse customer contact
(Elbstrom Versicherung AG). <a href="https://www.hrpulse.example/unsubscribe?c=121">Unsubscribe</a> &middot;
HRPulse B.V., Keizersgracht 999, Amsterdam (fictitious)</td></tr>
</table></body></html>
"""
    part = text(html, "html", cte="b64")
    return M(part, a("ahlers"), A("HR Team intern", "hr-team@" + DOM),
             "Fwd: HRPulse Insights - Can AI predict sick leave?", "2026-02-04 13:12",
             "NORMAL", "en", "newsletter", "trap: vendor newsletter with absence statistics and diagnosis groups, HTML only base64")


def m027():
    body = """
Liebe Frau Thormählen,

vielen Dank, dass Sie uns den Bescheid und die Kopie Ihres Schwerbehindertenausweises
geschickt haben. Ich habe Folgendes veranlasst:

- Im Personalsystem ist jetzt hinterlegt: schwerbehindert, GdB 50, gültig bis
  31.12.2030 (unbefristet beantragt, wie Sie schreiben). Die Ausweiskopie selbst
  bewahren wir nicht auf, sie ist bereits gelöscht.
- Zusatzurlaub nach § 208 SGB IX: 5 Arbeitstage pro Jahr. Für 2025 stehen Ihnen
  anteilig noch 2 Tage zu, da der Bescheid rückwirkend ab 01.08.2025 gilt. Ihr
  Urlaubskonto für 2026 zeigt ab morgen 35 Tage.
- Frau Petersen von der Schwerbehindertenvertretung weiß Bescheid, wie von Ihnen
  gewünscht. Sie meldet sich wegen des Arbeitsplatzes (Stehpult, Fußstütze) bei Ihnen.

Zu Ihrer Frage zum besonderen Kündigungsschutz: ja, der gilt ab Antragstellung,
sofern der Antrag mindestens drei Wochen vorher gestellt wurde. Sie müssen dafür
nichts weiter tun.

Herzliche Grüße
Sophie Lange

> Von: Gesa Thormählen
> Gesendet: Dienstag, 27. Januar 2026 15:51
> Betreff: Schwerbehinderung
>
> Hallo Frau Lange, anbei der Bescheid vom Versorgungsamt, GdB 50 wegen meiner
> Multiplen Sklerose, rückwirkend ab August. Ich hätte gern, dass Frau Petersen
> informiert ist, meine Teamleitung aber bitte (noch) nicht.
> Viele Grüße, Gesa Thormählen
""" + FOOT_DE
    part = text(body, cte="8bit")
    return M(part, a("lange"), A("Gesa Thormählen", "gesa.thormaehlen@" + DOM),
             "AW: Schwerbehinderung", "2026-01-28 10:37",
             "STRICTLY_CONFIDENTIAL", "de", "insurer-to-employee",
             "severe disability GdB 50, extra leave; diagnosis (multiple sclerosis) only in the quoted mail",
             cc=a("petersen"))


def m028():
    body = """
Dear Sir or Madam,

please find below the employer details for the EU Blue Card application of our
future employee. The signed form "Erklärung zum Beschäftigungsverhältnis" was
uploaded to the Hamburg Welcome Center portal today (case HWC-2026-1187).

  Employee:            Arjun Nair
  Date of birth:       14 March 1992, Kochi (India)
  Passport no.:        Z4471902 (valid until 2031-05-09)
  Current address:     Kastanienallee 71, 10435 Berlin
  Position:            Senior Data Engineer, Claims Analytics
  Start date:          1 April 2026, permanent contract
  Weekly hours:        38
  Gross annual salary: EUR 82,000 (plus variable pay up to 10 %)
  Qualification:       M.Sc. Computer Science, recognised (anabin H+)

Mr Nair currently holds a Blue Card issued by the Berlin authority for his
present employer; this is a change of employer within the first 12 months,
so we understand a notification under section 18g(4) AufenthG is sufficient.

Please let us know if you need anything else.

Kind regards
Priya Raman
""" + sig("raman", "en")[len("\nPriya Raman"):]
    part = text(body, cte="qp")
    return M(part, a("raman"), A("Hamburg Welcome Center", "bluecard@welcome-center-hamburg.example"),
             "Blue Card - change of employer - Nair, Arjun (HWC-2026-1187)", "2026-02-09 11:44",
             "CONFIDENTIAL", "en", "insurer-to-authority", "Blue Card employer declaration: birth date, passport number, salary, address")


def m029():
    o = odt([("h", "Antrag auf Elternzeit (§ 16 BEEG) – Vorlage"),
             "An: Elbstrom Versicherung AG, Personalservice",
             "Name, Vorname: «NAME», «VORNAME»     Personalnummer: «PERSNR»",
             "Abteilung: «ABTEILUNG»     Führungskraft: «FK_NAME»",
             "Name des Kindes: «KIND_NAME»     Geburtsdatum / voraussichtlicher Geburtstermin: «KIND_GEBDAT»",
             "Hiermit beantrage ich Elternzeit für folgende Zeiträume (verbindlich für die ersten zwei Lebensjahre des Kindes):",
             ("t", [["Zeitraum", "von", "bis", "Teilzeit (Std./Woche)"],
                    ["1", "«VON_1»", "«BIS_1»", "«TZ_1»"],
                    ["2", "«VON_2»", "«BIS_2»", "«TZ_2»"],
                    ["3", "«VON_3»", "«BIS_3»", "«TZ_3»"]]),
             "Hinweis: Der Antrag muss spätestens 7 Wochen vor Beginn (bis zum 3. Geburtstag) bzw. 13 Wochen vor Beginn "
             "(zwischen 3. und 8. Geburtstag) schriftlich mit Unterschrift vorliegen. E-Mail genügt nicht.",
             "Geburtsurkunde oder ärztliche Bescheinigung über den Geburtstermin bitte NICHT beifügen – wir fragen bei Bedarf nach.",
             "Ort, Datum: «ORT_DATUM»          Unterschrift: ______________________"], when="2026-01-30 14:00")
    body = """
Liebe Führungskräfte,

wir bekommen immer wieder Elternzeitanträge als formlose Mail oder auf alten
Formularen. Bitte gebt euren Mitarbeitenden ab sofort nur noch die angehängte
Vorlage (auch im Intranet unter Personal > Formulare > Elternzeit).

Zwei Dinge, die oft schiefgehen:
1. Der Antrag braucht eine echte Unterschrift (Schriftform, § 16 BEEG) – eine Mail
   oder ein Teams-Chat reicht rechtlich nicht.
2. Bitte keine Geburtsurkunden, Mutterpässe oder Atteste einsammeln und an uns
   mailen. Das brauchen wir nicht.

Danke!
Sophie Lange, Personalservice
"""
    part = multi("mixed", [text(body), att(o, CT["odt"], "Vorlage_Antrag_Elternzeit_2026.odt")], "ol")
    return M(part, a("lange"), FK, "Neue Vorlage Elternzeitantrag – bitte nur noch diese verwenden",
             "2026-01-30 14:20", "NORMAL", "de", "internal",
             "trap: blank parental-leave form with «placeholders» (ODT), mentions birth certificates and maternity records")


def m030():
    rows = [["Team Actuarial Pricing - absence tracker Q1 2026 (manager view, do not share)"],
            ["Name", "Dates", "Days", "Type", "Notes"],
            ["Conor Walsh", "05.01.-07.01.", 3, "sick (cert)", "flu"],
            ["Lena Hofmann", "12.01.", 1, "child sick", "daughter, tonsillitis"],
            ["Ravi Shankar", "19.01.-30.01.", 10, "sick (cert)", "knee surgery (meniscus), planned; back 2 Feb, no travel till March"],
            ["Conor Walsh", "26.01.", 1, "sick (no cert)", "migraine again - 4th time since Oct"],
            ["Julia Kern", "02.02.-13.02.", 10, "sick (cert)", "did not say; GP cert; HR informed"],
            ["Ines Vogt", "09.02.-", "", "maternity protection", "due date 22.03."]]
    x = xlsx([("Q1", rows)], when="2026-02-10 17:05")
    body = """
Hi Priya,

as requested, here's my absence overview for Q1 so far - we need it for the
workload discussion on Thursday (two people out for 2 weeks at month-end closing
is a problem). Happy to go through it in person.

Grace
"""
    part = multi("mixed", [text(body, cs="us-ascii", cte="7bit"), att(x, CT["xlsx"], "absence_tracker_actuarial_Q1.xlsx")])
    return M(part, a("oconnell"), a("raman"), "absence overview Q1 (Ravi's knee op, Ines on maternity from 09.02.)", "2026-02-10 17:09",
             "STRICTLY_CONFIDENTIAL", "en", "internal",
             "manager's spreadsheet of named employees with sick reasons (surgery, migraine, pregnancy); body harmless, subject hints")


def m031():
    ev = ics([{"uid": "mhaw-2026-workshop-1@" + DOM, "start": "20260512T120000", "end": "20260512T130000",
               "summary": "Lunch & Learn: Recognising burnout early (Mental Health Awareness Week)",
               "location": "Canteen stage + Teams", "description": "Speaker: Lotsenhaus Beratung. No registration needed. Not recorded.",
               "organizer": ("People Team", "people@" + DOM)},
              {"uid": "mhaw-2026-workshop-2@" + DOM, "start": "20260514T160000", "end": "20260514T170000",
               "summary": "Talking about depression at work - panel with colleagues",
               "location": "Auditorium", "description": "Three colleagues share (voluntarily) their experience. Questions can be sent anonymously via Slido.",
               "organizer": ("People Team", "people@" + DOM)}])
    body = """
Hi all,

Mental Health Awareness Week is 11-15 May. We have two sessions this year (invites
attached - accept to put them in your calendar):

  Tue 12 May, 12:00  Lunch & Learn: Recognising burnout early
  Thu 14 May, 16:00  Talking about depression at work - a panel

Both are open to everyone, no registration, nothing is recorded. If you would
like to talk to someone privately, the EAP hotline (0800 999 121 0) is free and
anonymous.

People Team
"""
    part = multi("mixed", [text(body, cs="us-ascii", cte="7bit"), att(ev, CT["ics"], "MHAW_2026.ics")])
    return M(part, PEOPLE, A("All employees", "all-staff@" + DOM), "Mental Health Awareness Week 11-15 May: two sessions",
             "2026-04-27 09:30", "NORMAL", "en", "internal", "trap: burnout/depression event invitations (ICS), no person", mid_style="sys")


def m032():
    lines = ["# Abmahnung", "",
             "Herrn Kevin Rademacher", "Personalnummer 41518, Kundenservice Telefonie", "",
             "Hamburg, 16.02.2026", "",
             "Sehr geehrter Herr Rademacher,", "",
             "am 09.02.2026 und am 12.02.2026 sind Sie nicht zur Arbeit erschienen, ohne sich",
             "bei Ihrer Teamleitung oder über das Mitarbeiterportal abzumelden. Erst am jeweiligen",
             "Nachmittag haben Sie per Teams mitgeteilt, Sie hätten \"verschlafen\" bzw. \"einen privaten",
             "Termin vergessen einzutragen\". Urlaub war für diese Tage nicht beantragt oder genehmigt.",
             "Bereits am 20.11.2025 wurden Sie wegen eines gleichartigen Vorfalls ermahnt.", "",
             "Durch Ihr Verhalten haben Sie gegen Ihre arbeitsvertragliche Pflicht zur Arbeitsleistung",
             "und zur unverzüglichen Mitteilung von Abwesenheiten verstoßen. Wir mahnen Sie hiermit ab",
             "und fordern Sie auf, Ihre Pflichten künftig einzuhalten.", "",
             "Im Wiederholungsfall müssen Sie mit arbeitsrechtlichen Konsequenzen bis hin zur",
             "Kündigung des Arbeitsverhältnisses rechnen.", "",
             "Eine Kopie dieser Abmahnung wird zur Personalakte genommen. Sie haben das Recht,",
             "eine Gegendarstellung abzugeben, die ebenfalls zur Akte genommen wird.", "",
             "Dr. Katrin Wollenweber, Leiterin Personal", "",
             "Empfang bestätigt: ______________________  Datum: __________"]
    body = """
Sehr geehrter Herr Rademacher,

wie heute Vormittag im Gespräch mit Frau Sievers und mir angekündigt, erhalten Sie
die Abmahnung zusätzlich als PDF. Das Original haben Sie im Gespräch erhalten und den
Empfang quittiert.

Mit freundlichen Grüßen
""" + sig("ahlers")
    part = multi("mixed", [text(body), att(pdf(lines, "Abmahnung", "20260216113000", compress=False), CT["pdf"],
                                              "Abmahnung_Rademacher_2026-02-16.pdf")], "ol")
    return M(part, a("ahlers"), A("Kevin Rademacher", "kevin.rademacher@" + DOM),
             "Abmahnung vom 16.02.2026 – Kopie", "2026-02-16 11:52",
             "CONFIDENTIAL", "de", "insurer-to-employee",
             "warning letter for unexcused absence (overslept), no health or criminal content", cc=a("sievers"))


def m033():
    body = """
Hallo Herr Kowalski (Facility),

bitte für den Arbeitsplatz 3.41 (Herr Piotr Kowalski, IT-Betrieb – nicht verwandt
mit Ihnen, ich weiß 🙂) einen elektrisch höhenverstellbaren Schreibtisch und den
Monitorarm bestellen, Kostenstelle Personal. Begründung s.u.

Danke, Sophie Lange

---------- Weitergeleitete Nachricht ----------
Von: Dr. med. Henrike Stoltenberg <h.stoltenberg@amz-hafenblick.example>
Datum: Di., 17. Feb. 2026 um 14:22
Betreff: Arbeitsplatzempfehlung P. Kowalski
An: <personal@elbstrom-versicherung.example>

Sehr geehrte Damen und Herren,

nach der arbeitsmedizinischen Vorsorge (Bildschirmarbeit) von Herrn Piotr Kowalski
am 17.02.2026 empfehle ich mit seinem Einverständnis:

1. eine Bildschirmarbeitsplatzbrille (Kostenübernahme durch den Arbeitgeber nach
   ArbMedVV; die Verordnung hat Herr Kowalski erhalten),
2. einen höhenverstellbaren Arbeitstisch für wechselnde Arbeitshaltung,
   aus orthopädischen Gründen dringend,
3. vorerst keine Tätigkeiten mit Heben über 10 kg (Serverraum).

Diagnosen teile ich Ihnen gemäß ärztlicher Schweigepflicht nicht mit.

Mit freundlichen Grüßen
Dr. med. Henrike Stoltenberg
Fachärztin für Arbeitsmedizin, Arbeitsmedizin Hafenblick GmbH
"""
    part = text(body)
    return M(part, a("lange"), A("Marek Kowalski", "marek.kowalski@" + DOM),
             "WG: Arbeitsplatzempfehlung P. Kowalski", "2026-02-18 08:30",
             "STRICTLY_CONFIDENTIAL", "de", "doctor",
             "company doctor's recommendation for a named employee: prescribed VDU glasses, orthopaedic reasons, lifting restriction")


def m034():
    body = """
Sehr geehrte Damen und Herren,

die Anzeige nach § 163 Abs. 2 SGB IX für das Kalenderjahr 2025 haben wir heute über
IW-Elan übermittelt (Betriebsnummer 99912104). Das Verzeichnis der beschäftigten
schwerbehinderten und gleichgestellten Menschen ist dort wie vorgeschrieben
hochgeladen und geht nicht per E-Mail.

Zusammenfassung für Ihre Unterlagen:

  Jahresdurchschnitt Arbeitsplätze (§ 156 SGB IX):          493,25
  Pflichtarbeitsplätze (5 %):                                 24
  besetzte Pflichtarbeitsplätze (Jahresdurchschnitt):         19,33
    davon Mehrfachanrechnungen:                                1,00
  Beschäftigungsquote:                                        3,92 %
  unbesetzte Pflichtarbeitsplätze:                             4,67 (gerundet 5)
  Ausgleichsabgabe Stufe 3-5 % (260 EUR je Monat):      15.600,00 EUR

Die Ausgleichsabgabe überweisen wir bis zum 31.03.2026.

Mit freundlichen Grüßen
Im Auftrag
Melike Demir
Entgeltabrechnung
"""
    part = text(body, cs="iso-8859-1", cte="qp")
    return M(part, a("demir"), A("Integrationsamt Nord, Ausgleichsabgabe", "ausgleichsabgabe@integrationsamt-nord.example"),
             "Anzeige § 163 SGB IX 2025 – Betriebsnummer 99912104", "2026-02-26 15:10",
             "NORMAL", "de", "insurer-to-authority",
             "trap: severe-disability quota report, only the company's own aggregate figures; named list sent via portal")


def m035():
    body = """
Dear Ms Jaworski,

at the request of our employee we confirm the following for her rental
application (your reference: Eppendorfer Weg 201, flat 3 left):

  Employee:        Ms Aoife Brennan
  Employed since:  1 August 2024, permanent contract, probation passed
  Position:        IT Security Analyst
  Notice:          the employment is not under notice of termination
  Gross salary:    EUR 5,100.00 per month (13 salaries per year)
  Net salary:      approx. EUR 3,190 per month (average last 3 months)

Ms Brennan has consented to this information being passed on (signed release
dated 3 March 2026).

Kind regards

Sophie Lange
HR Services
Elbstrom Versicherung AG
"""
    part = text(body, cs="us-ascii", cte="7bit")
    return M(part, a("lange"), A("Monika Jaworski, Hausverwaltung Isebek", "vermietung@hv-isebek.example"),
             "Employment confirmation - Ms A. Brennan", "2026-03-04 12:00",
             "CONFIDENTIAL", "en", "insurer-to-partner", "employment and salary confirmation of a named employee to a landlord")


def m036():
    lines = ["# Krankmeldung - so geht's  /  Calling in sick - how it works", "",
             "1. Bis 9:00 Uhr der Führungskraft Bescheid geben (Telefon, Teams, SMS).",
             "   Tell your manager by 9:00 am (phone, Teams, text message).",
             "   Den Grund / die Diagnose müssen Sie NICHT nennen.",
             "   You do NOT have to give the reason or diagnosis.", "",
             "2. Abwesenheit im Mitarbeiterportal eintragen: 'Meine Abwesenheiten' > 'Krank'.",
             "   Record the absence in the employee portal: 'My absences' > 'Sick'.", "",
             "3. Ab dem 4. Kalendertag: Arztbesuch. Die eAU ruft Personal bei Ihrer Krankenkasse ab.",
             "   From the 4th calendar day: see a doctor. HR retrieves the eAU from your health fund.",
             "   Privat versichert oder Arzt im Ausland? Bescheinigung im Portal hochladen.",
             "   Privately insured or doctor abroad? Upload the certificate in the portal.", "",
             "4. Kind krank? Kinderkrankentage ebenfalls im Portal, Bescheinigung des Kinderarztes.",
             "   Child sick? Child sick days also via the portal, certificate from the paediatrician.", "",
             "5. Bitte keine Bescheinigungen per E-Mail an Führungskräfte oder Kolleg*innen senden.",
             "   Please do not e-mail certificates to managers or colleagues.", "",
             "Fragen / Questions: personal@elbstrom-versicherung.example, Tel. -210",
             "Stand / Version: 02/2026"]
    body = """
Hallo Facility-Team,

für die Infobildschirme und die Aushänge in den Teeküchen: anbei das neue Plakat
"Krankmeldung / Calling in sick" (DE/EN). Bitte in A3 drucken und die alten
Aushänge von 2023 abnehmen – da steht noch die Faxnummer drauf.

Thanks & Grüße
Sophie
"""
    part = multi("mixed", [text(body, cte="8bit"), att(pdf(lines, "Krankmeldung - Calling in sick", "20260205100000"), CT["pdf"],
                                                         "Aushang_Krankmeldung_DE_EN_2026-02.pdf")])
    return M(part, a("lange"), A("Facility Management", "facility@" + DOM),
             "Aushang Krankmeldung / Calling in sick (DE/EN) – bitte drucken", "2026-02-05 10:10",
             "NORMAL", "mixed", "internal", "trap: bilingual sick-leave procedure poster (PDF), eAU, child sick days; no person")


def m037():
    body = """
Gesprächsnotiz – vertraulich – nur BEM/Personalakte (Stufenplan Stufe 1)

Datum:        23.02.2026, 10:00–10:40, Raum 2.14
Teilnehmer:   Sven Ottensen (Mitarbeiter, Schaden Sach), Ute Sievers (Teamleitung),
              Jonas Ahlers (Personal); Herr Ottensen hat auf Betriebsrat verzichtet

Anlass:
Am 19.02. und 20.02. haben mehrere Kolleg:innen Alkoholgeruch bei Herrn Ottensen
bemerkt, am 20.02. wirkte er beim Teammeeting um 14 Uhr deutlich unsicher, Sprache
verlangsamt. Frau Sievers hat ihn an diesem Tag nach Hause geschickt (Taxi auf
Firmenkosten). Dazu häufige Kurzerkrankungen montags seit Herbst 2025 (7 Fälle).

Verlauf:
Herr Ottensen räumt ein, "seit der Trennung zu viel zu trinken", sieht aber kein
Abhängigkeitsproblem. Wir haben ihm erklärt, dass wir uns Sorgen machen und dass es
um Hilfe geht, nicht um Bestrafung. Hinweis auf Suchtberatung (EAP), Betriebsärztin
und die Suchtberatungsstelle "Hafenlicht" (Flyer übergeben).

Vereinbarungen:
- Herr Ottensen meldet sich bis 06.03. bei der Betriebsärztin oder der Beratungsstelle
  (Nachweis nur über den Termin, nicht über Inhalte).
- Absolutes Alkoholverbot während der Arbeitszeit (gilt ohnehin, BV Sucht § 3).
- Folgegespräch (Stufe 2) am 23.03.2026, falls weitere Auffälligkeiten.

gez. Ahlers / Sievers – Kopie an Herrn Ottensen ausgehändigt
"""
    part = text(body, cs="windows-1252", cte="qp")
    return M(part, a("ahlers"), a("sievers"), "Gesprächsnotiz 23.02. – Stufenplan S.O.", "2026-02-23 11:26",
             "STRICTLY_CONFIDENTIAL", "de", "internal", "addiction intervention note: suspected alcohol problem of a named employee, short illnesses")


def m038():
    body = """
Sehr geehrte Frau Stahmer,

wir freuen uns, Ihnen mitteilen zu können, dass Sie mit Wirkung zum 01.03.2026 die
Funktion "Senior Sachbearbeiterin Leistung Zahn" übernehmen.

Damit ändert sich Ihre Eingruppierung nach dem Tarifvertrag für das private
Versicherungsgewerbe:

  bisher:  Tarifgruppe 5, Berufsjahr 4      4.021,00 € brutto/Monat
  neu:     Tarifgruppe 6, Berufsjahr 4      4.498,00 € brutto/Monat
  zzgl. Funktionszulage                       150,00 € brutto/Monat (übertariflich, widerruflich)

Alle übrigen Bestimmungen Ihres Arbeitsvertrags vom 12.07.2022 bleiben unverändert.
Die Änderungsvereinbarung in zweifacher Ausfertigung erhalten Sie per Hauspost; bitte
senden Sie ein unterschriebenes Exemplar an den Personalservice zurück.

Herzlichen Glückwunsch und weiterhin viel Erfolg!

Mit freundlichen Grüßen
""" + sig("ahlers")
    part = text(body, cte="qp")
    return M(part, a("ahlers"), A("Leonie Stahmer", "leonie.stahmer@" + DOM),
             "Ihre neue Funktion und Eingruppierung ab 01.03.2026", "2026-02-12 15:00",
             "CONFIDENTIAL", "de", "insurer-to-employee", "promotion letter with old and new salary of a named employee",
             cc=A("Betriebsrat Elbstrom", "betriebsrat@" + DOM))


def m039():
    body = """
Dear Mr Kapoor,

thank you for the revised proposal. We can agree to the following terms for the
2026 framework agreement (senior tech roles, Hamburg and remote):

1. Fee: 20 % of the candidate's first-year gross base salary (your proposal: 24 %),
   invoiced on the start date. No fee on variable pay or sign-on bonuses.
2. Guarantee: full replacement or 100 % refund if the placement leaves or is
   dismissed during the first 3 months, 50 % in months 4-6.
3. Candidate data: CVs only via our applicant portal, not by e-mail. Please do not
   send us salary histories, dates of birth, photos, health information or
   information on disability, religion or family status - we do not want to
   receive it, and under German anti-discrimination law (AGG) we must not use it.
4. Background checks: not part of your service; we do them ourselves after an
   offer, with the candidate's consent.
5. Term: 1 March 2026 to 28 February 2027.

Please send the updated contract to me and legal@elbstrom-versicherung.example.

Best regards
Tobias Reimers
Recruiting & Employer Branding
"""
    part = text(body, cs="us-ascii", cte="7bit", flowed=False)
    return M(part, a("reimers"), A("Vikram Kapoor", "v.kapoor@northstar-talent.example"),
             "RE: Framework agreement 2026 - fees and terms", "2026-02-19 17:20",
             "NORMAL", "en", "insurer-to-supplier",
             "trap: recruiting-agency terms mentioning salary, health, disability, religion as data NOT to be sent; no person")


def m040():
    body = """
Hi Femi,

thank you for being so open in our conversation on Tuesday, and for sending the
report from Dr Ashworth. I've summarised what we agreed so that we're all on the
same page - please tell me if anything is wrong.

Background (as you described it): you were diagnosed with dyslexia at school and
with ADHD (combined type) last autumn; you are on medication (methylphenidate)
since November, which helps with focus but not always in the late afternoon.

Adjustments we'll put in place from 1 March:
  1. Noise-cancelling headset and a fixed desk in the quiet zone (4th floor)
  2. Text-to-speech software (ClaroRead) - IT ticket INC-2026-44810 raised
  3. Written summaries after team meetings (Rahul has agreed)
  4. Core hours moved to 8:00-14:00 with flexible rest of day
  5. Exams for the AWS certification: we'll request 25 % extra time

We'll review in three months. None of this goes into your performance file, and
your team only knows about points 1 and 3 as "workspace preferences".

Best,
Priya
""" + sig("raman", "en")
    part = text(body, cs="us-ascii", cte="7bit")
    return M(part, a("raman"), A("Femi Adeyemi", "femi.adeyemi@" + DOM),
             "Summary of our chat - workplace adjustments", "2026-02-20 10:02",
             "STRICTLY_CONFIDENTIAL", "en", "insurer-to-employee",
             "reasonable adjustments for a named employee: dyslexia, ADHD diagnosis, medication", cc=a("mehta"))


def m041():
    rows = [["Data Engineering - salary review 2026 (proposal, confidential)"],
            ["Name", "Role", "Level", "Current base EUR", "Proposed base EUR", "Increase %", "Performance", "Comment"],
            ["Jakub Wiśniewski", "Data Engineer", "P3", 68000, 72500, 6.6, "exceeds", "retention risk - offer from fintech"],
            ["Femi Adeyemi", "Data Engineer", "P2", 58000, 60900, 5.0, "meets", ""],
            ["Siobhan Kearney", "Senior Data Engineer", "P4", 79000, 81400, 3.0, "meets", "review again after return"],
            ["Mateus Oliveira", "Analytics Engineer", "P3", 65040, 68300, 5.0, "exceeds", ""],
            ["Hannes Petersen", "Data Engineer", "P2", 56500, 57630, 2.0, "below", "PIP closed Jan"],
            ["Total", "", "", 326540, 340730, 4.3, "", "budget 4.5 %"]]
    x = xlsx([("Review 2026", rows)], when="2026-03-02 18:30")
    body = """
Priya,

here's my proposal for the team. Total is 4.3 %, so within the 4.5 % budget.
Jakub is the one I'm worried about - if we can't get him to 72.5k I think we lose him.

Can we go through it before the calibration on the 10th?

Rahul
"""
    part = multi("mixed", [text(body, cs="us-ascii", cte="7bit"), att(x, CT["xlsx"], "DE_salary_review_2026_proposal.xlsx")])
    return M(part, a("mehta"), a("raman"), "salary review proposal - Data Eng", "2026-03-02 18:41",
             "CONFIDENTIAL", "en", "internal", "salary review spreadsheet: named employees with current and proposed salaries, ratings")


def m042():
    body = """
Liebe Führungskräfte,

aus gegebenem Anlass eine Bitte vom Personalservice und unserem Datenschutz-
beauftragten:

Bitte leitet Krankmeldungen, AU-Bescheinigungen, Fotos von Attesten, Arztbriefe,
Mutterschutzbescheinigungen oder Nachrichten, in denen Mitarbeitende ihre Diagnose
oder Beschwerden schildern, NICHT per E-Mail, WhatsApp oder Teams weiter – weder an
uns noch an Vertretungen oder das Team.

Warum? Gesundheitsdaten sind besonders geschützt (Art. 9 DSGVO). Jede weitergeleitete
Mail landet in weiteren Postfächern, Backups und ggf. Team-Kanälen.

So geht es richtig:
- Ihr braucht als Führungskraft nur: "Mitarbeiter*in X ist von ... bis ...
  arbeitsunfähig". Das seht ihr im Portal unter "Team-Abwesenheiten".
- Bescheinigungen laden Mitarbeitende selbst im Portal hoch.
- Wenn euch jemand ungefragt Details schickt: nicht weiterleiten, löschen und
  freundlich aufs Portal verweisen.
- Bei längeren Ausfällen oder Fragen zum BEM: Jonas Ahlers, Tel. -214.

Danke für eure Unterstützung!

Jonas Ahlers (Personal) und Lars Ove Brandt (Datenschutz)
"""
    part = text(body, cs="windows-1252", cte="qp")
    return M(part, a("ahlers"), FK, "Bitte keine Krankmeldungen per Mail/WhatsApp weiterleiten", "2026-02-24 09:00",
             "NORMAL", "de", "internal", "trap: policy reminder full of sick-note and diagnosis vocabulary, no person",
             cc=a("brandt"))


def m043():
    inner_body = """
Sehr geehrte Frau Hinrichsen,

ich möchte Sie als Ausbildungsbetrieb darüber informieren, dass Ihre Auszubildende
Finja Maaß (Klasse VF25a) im laufenden Block an folgenden Tagen gefehlt hat:

  20.01.2026 und 21.01.2026 - entschuldigt, ärztliches Attest liegt vor
                             (akute Magen-Darm-Infektion)
  02.02.2026 - 06.02.2026    - entschuldigt, Attest liegt vor (Krankenhausaufenthalt,
                             Blinddarm-OP laut Mutter)
  10.02.2026, 1.-2. Stunde   - unentschuldigt

Die Klassenarbeit im Fach Versicherungsbetriebslehre vom 04.02. kann Finja am
24.02. nachschreiben. Bitte wirken Sie darauf hin, dass unentschuldigte Fehlzeiten
nicht häufiger werden.

Mit freundlichen Grüßen
Jörg Albrecht, Klassenlehrer VF25a
Berufliche Schule Stadtpark
"""
    inn = inner(text(inner_body, cs="iso-8859-1", cte="qp"),
                A("Jörg Albrecht", "j.albrecht@bs-stadtpark.example"), a("hinrichsen"),
                "Fehlzeiten Finja Maaß VF25a", "2026-02-12 16:05",
                "<7a2c91e0-bs-stadtpark-4471@bs-stadtpark.example>")
    body = """
Hallo Sophie,

zur Info für die Akte/Fehlzeitenerfassung. Die Krankheitstage sind bei uns schon
über die AU erfasst, die Stunden am 10.02. bitte als unentschuldigt vermerken.
Ich spreche am Montag mit Finja.

Frauke
"""
    part = multi("mixed", [text(body), rfc822(inn, "Fehlzeiten Finja Maaß VF25a.eml")], "ol")
    return M(part, a("hinrichsen"), a("lange"), "WG: Fehlzeiten Finja Maaß VF25a", "2026-02-13 08:22",
             "STRICTLY_CONFIDENTIAL", "de", "school",
             "vocational school reports a trainee's absences: gastroenteritis, hospital stay, appendectomy (forwarded .eml)")


def m044():
    body = """
Dear Mr Wiśniewski,

thank you for reporting the theft of your bicycle. We have registered your claim:

  Policy:       Household contents insurance "Elbstrom Zuhause Plus"
                (staff rate), policy no. HR-4471-2290-1
  Claim no.:    S-2026-0381147
  Date of loss: 7 March 2026, between 8:30 and 17:45
  Place:        bicycle rack, Hammerbrook S-Bahn station, Hamburg
  Item:         e-bike "Stadtflitzer E8", frame no. WSK8821474X, bought 05/2024
  Police ref.:  PK 42 / 2026-0311-7781

To settle the claim we still need the original purchase invoice and the key of
the frame lock (both keys, if you have them). You can upload everything in the
customer portal or reply to this e-mail.

Your cover includes bicycle theft up to EUR 3,000 with no time restriction, so
there's no deduction for the time of day.

Kind regards
Nadine Koopmann
Claims Household, Elbstrom Versicherung AG
"""
    part = text(body, cte="qp")
    return M(part, A("Nadine Koopmann", "schaden-hausrat@" + DOM), A("Jakub Wiśniewski", "jakub.w@postbox-hh.example"),
             "Your claim S-2026-0381147 - bicycle theft", "2026-03-09 09:48",
             "CONFIDENTIAL", "en", "insurer-to-customer",
             "ordinary claim mail to an employee as customer: household policy and claim number, no health")


def m045():
    plain = """
PayBridge Europe - Payroll Update Germany, January 2026

Hello Elbstrom payroll team,

here is what changes in German payroll from 1 January 2026 (figures as published,
please check the official sources before you rely on them):

- Statutory minimum wage:                  EUR 13.90 per hour
- Mini-job limit:                          EUR 603 per month
- Contribution ceiling pension (west):     EUR 8,450 per month
- Contribution ceiling health/LTC:         EUR 5,812.50 per month
- Compulsory insurance limit (health):     EUR 6,450 per month
- Average additional contribution health:  2.9 %
- Sick pay (Krankengeld): employer certificate still via EEL, new data set version 2026

Action items for you:
1. Update the payroll calendar for the new eAU retrieval rules.
2. Check employees close to the compulsory insurance limit (switch to private
   health insurance possible from 1 January).

PayBridge Europe GmbH (fictitious) - you can unsubscribe at any time.
"""
    html = "<html><body><pre style='font-family:Consolas,monospace'>" + plain.replace("&", "&amp;").replace("<", "&lt;") + "</pre></body></html>"
    part = multi("alternative", [text(plain, cs="us-ascii", cte="7bit"), text(html, "html", cs="us-ascii", cte="7bit")])
    return M(part, a("demir"), A("Payroll team", "entgelt@" + DOM), "FW: Payroll Update Germany January 2026",
             "2026-01-07 08:05", "NORMAL", "en", "newsletter",
             "trap: payroll newsletter with wage limits, sick pay and health-insurance thresholds; no person")


def m046():
    cert = ["# MEDICAL CERTIFICATE", "Dr Niamh Cullinane MB BCh BAO, General Practitioner",
            "Douglas Road Medical Practice, Cork (fictitious)", "",
            "I hereby certify that I have examined:", "Siobhan Kearney, DOB 02/11/1990", "",
            "and that in my opinion she is suffering from: work-related stress with anxiety and",
            "panic attacks, insomnia", "",
            "and is unfit for work from 27/01/2026 to 16/02/2026 inclusive.",
            "Review appointment: 13/02/2026. Medication: sertraline 50 mg daily.", "",
            "Signed: N. Cullinane     Date: 27/01/2026     IMC no. 4471902"]
    body = """
Hallo Sophie,

kannst Du das bitte im Abwesenheitsmodul für Siobhan Kearney (Data Engineering)
erfassen? Irisches Attest, da gibt es natürlich keine eAU-Abfrage, deshalb als
Upload. Zeitraum 27.01.–16.02.2026. Bitte die Diagnose im Scan schwärzen bevor
es ins System geht, wie im DS-Arbeitskreis besprochen.

Danke, Priya

-------- Forwarded Message --------
From: Siobhan Kearney <siobhan.kearney@elbstrom-versicherung.example>
To: Priya Raman <priya.raman@elbstrom-versicherung.example>
Subject: cert

Hi Priya, here's the cert from my GP. Thanks for being so understanding. S.
"""
    part = multi("mixed", [text(body, cte="8bit"),
                           att(pdf(cert, "scan", "20260128081000"), "application/octet-stream", "scan0001.pdf")], "tb")
    return M(part, a("raman"), a("lange"), "Fwd: cert", "2026-01-28 09:03",
             "STRICTLY_CONFIDENTIAL", "mixed", "employee",
             "Irish GP certificate (stress, anxiety, sertraline) as scan0001.pdf octet-stream; German forward note",
             mid_style="tb", mailer="Mozilla Thunderbird 128.6.0")


def m047():
    body = """
Sehr geehrte Damen und Herren,

die Arbeitsbescheinigung nach § 312 SGB III für

  Frau Nadine Wulff, geb. 19.04.1994, RV-Nr. 12 190494 W 507

wurde heute elektronisch über BEA übermittelt (Transfer-ID BEA-26-0099121-0047).
Frau Wulff hat uns mitgeteilt, dass sie sich arbeitssuchend gemeldet hat (Ihr
Zeichen 123D456789).

Kurzinfo für Ihre Sachbearbeitung:
- Beschäftigung vom 01.03.2024 bis 28.02.2026, befristet (Sachgrund Elternzeitvertretung)
- Beendigung durch Fristablauf, keine Abfindung, keine Urlaubsabgeltung
- beitragspflichtiges Arbeitsentgelt der letzten 12 Monate: 46.860,00 € brutto
- wöchentliche Arbeitszeit: 38 Stunden

Für Rückfragen stehen wir gern zur Verfügung.

Mit freundlichen Grüßen
""" + sig("demir")
    part = text(body, cte="qp")
    return M(part, a("demir"), A("Agentur für Arbeit Hamburg, Team Arbeitsbescheinigungen", "ag-service@arbeitsagentur-nord.example"),
             "Arbeitsbescheinigung § 312 SGB III – Wulff, Nadine", "2026-03-02 13:30",
             "CONFIDENTIAL", "de", "insurer-to-authority",
             "employment certificate for the employment agency: birth date, pension number, 12-month income")


def m048():
    rows = [["Kennzahl", "2023", "2024", "2025"],
            ["Beschäftigte gesamt (31.12.)", "478", "486", "493"],
            ["Personen in Elternzeit (im Jahr)", "31", "36", "38"],
            ["  davon Frauen", "22", "23", "23"],
            ["  davon Männer", "9", "13", "15"],
            ["Ø Dauer Frauen (Monate)", "11,8", "11,2", "10,9"],
            ["Ø Dauer Männer (Monate)", "2,6", "3,1", "3,4"],
            ["Rückkehrquote nach 12 Monaten", "94 %", "97 %", "95 %"],
            ["Teilzeit in Elternzeit", "12", "15", "17"]]
    body = """
Hallo Kommunikation,

für den Nachhaltigkeitsbericht 2025 (ESRS S1-15 "Vereinbarkeit") anbei unsere
Elternzeit-Kennzahlen der letzten drei Jahre. Es sind nur Summen und Durchschnitte,
keine Einzeldaten; alle Zellen haben mind. 5 Personen.

Bitte im Bericht als "Quelle: Personal, Stand 31.12.2025" kennzeichnen.

Gruß
Sophie Lange
"""
    part = multi("mixed", [text(body, cte="8bit"),
                           att(csvb(rows, cs="windows-1252"), 'application/vnd.ms-excel', "Elternzeit_Kennzahlen_2023-2025.csv")])
    return M(part, a("lange"), A("Unternehmenskommunikation", "kommunikation@" + DOM),
             "Kennzahlen Elternzeit für Nachhaltigkeitsbericht", "2026-02-17 14:55",
             "NORMAL", "de", "internal", "trap: aggregated parental-leave figures by gender for the CSRD report (CSV)")


def m049():
    body = """
Hallo Ihr Lieben,

kleine Erinnerung fürs Team-Budget: im März haben wir gleich drei Geburtstage, zwei
davon rund! Ich würde für die runden je einen Gutschein (50 €) besorgen, für den
anderen wie immer Kuchen.

  Anke Friedrichsen   08.03.1976  -> 50!
  Malte Busch         15.03.1996  -> 30!
  Ilka Reese          27.03.1984

Bitte nichts verraten 😉 – und wer sich an der Karte beteiligen mag, die liegt ab
Montag bei mir im Schrank.

LG Ute
"""
    part = text(body, cte="8bit", flowed=True)
    return M(part, a("sievers"), A("Orga Team Schaden Sach", "orga-schaden-sach@" + DOM),
             "Geburtstage März 🎂", "2026-02-26 16:40",
             "CONFIDENTIAL", "de", "internal", "team birthday list with full birth dates of named colleagues", mid_style="tb")


def m050():
    body = """
Hi hiring managers,

we've had a lot of questions about hiring people from outside the EU, so here's a
short guide. Nothing in here is about a specific candidate - please come to me
with individual cases.

1. EU Blue Card (most of our tech hires)
   - Recognised university degree (check anabin: "H+")
   - Salary threshold 2026: EUR 50,700 gross/year, EUR 45,934 for shortage
     occupations incl. IT (example figures - we check the current ones per case)
   - Processing via the Hamburg Welcome Center, usually 4-8 weeks
2. What I need from you
   - Signed offer with salary, job title, weekly hours, start date
   - The job description (the authority checks that the job matches the degree)
3. What I do NOT need from you
   - Copies of passports, photos, health certificates or marital status. Candidates
     send documents directly to HR via the portal.
4. Timeline tips
   - Plan start dates at least 3 months after offer acceptance.
   - Family reunification runs in parallel; spouses may work from day one.

Questions: priya.raman@elbstrom-versicherung.example

Priya
""" + sig("raman", "en")
    part = text(body, cs="us-ascii", cte="7bit")
    return M(part, a("raman"), FK, "Guide: hiring from outside the EU (Blue Card)", "2026-02-11 12:15",
             "NORMAL", "en", "internal", "trap: generic Blue Card guide with salary thresholds, passports, health certificates; no person")

def m051():
    hdr = ["Tarifgruppe", "1. Berufsjahr", "2.", "3.", "4.", "5.", "6.", "ab 7./8. BJ"]
    rows = [hdr,
            ["TG 2", 2841, 2942, 3043, "", "", "", 3155],
            ["TG 3", 3062, 3170, 3278, 3386, "", "", 3503],
            ["TG 4", 3301, 3425, 3549, 3673, 3797, "", 3935],
            ["TG 5", 3642, 3768, 3894, 4021, 4147, "", 4290],
            ["TG 6", 4088, 4225, 4362, 4498, 4636, 4773, 4918],
            ["TG 7", 4630, 4787, 4944, 5101, 5258, 5415, 5577],
            ["TG 8", 5274, 5451, 5628, 5805, 5982, 6159, 6345],
            [],
            ["Ausbildungsvergütung", "1. AJ 1.150", "2. AJ 1.240", "3. AJ 1.340"],
            ["Quelle: Gehaltstarifvertrag priv. Versicherungsgewerbe, Abschluss 2025, Stufe 01.01.2026 (Werte fiktiv gerundet)"]]
    o = ods([("Tabelle 2026", rows)], when="2026-01-05 10:00")
    body = """
Liebe Führungskräfte,

zum 01.01.2026 ist die zweite Stufe der Tariferhöhung wirksam geworden. Die neue
Gehaltstabelle hängt an (monatliche Bruttowerte in Euro, 38-Std.-Woche).

Für eure Gehaltsgespräche und Stellenausschreibungen gilt: bitte immer die
Tarifgruppe der Stelle angeben, nicht das individuelle Gehalt von Vorgänger*innen.
Individuelle Zulagen besprecht bitte mit eurer HR-Businesspartnerin / eurem
HR-Businesspartner.

Viele Grüße
Dr. Katrin Wollenweber
"""
    part = multi("mixed", [text(body, cte="qp"), att(o, CT["ods"], "Tariftabelle_2026.ods")], "ol")
    return M(part, a("wollenweber"), FK, "Tarifgehälter ab 01.01.2026 – neue Tabelle", "2026-01-05 10:12",
             "NORMAL", "de", "internal", "trap: collective salary table (ODS), salary figures but no person")


def m052():
    body = """
Priya, Grace -

thanks for the call. Notes on Ravi's return-to-work plan below so we all work
from the same version. Ravi has seen and agreed to this.

Situation
- Ravi had arthroscopic surgery on his left knee on 20 Jan (partial
  meniscectomy + cartilage smoothing). Sick leave until 30 Jan, then back.
- His orthopaedic surgeon (letter of 28 Jan, on file with HR only) says:
  no standing for longer than 30 min, no stairs carrying loads, physiotherapy
  twice a week until end of March, and he should keep the leg elevated when
  possible. Crutches for another 2 weeks.

Agreed adjustments (Feb-March)
1. Home office 4 days/week, office Thursdays only (lift access to 3rd floor)
2. Physio appointments Tue/Fri 8:00 - core hours start at 10:00 those days
3. No travel to the Cologne reinsurance meeting on 17 Feb - Conor goes instead
4. Footrest and a second chair for the home office, ordered via Facility

Review: 27 March with Ravi, Grace and me.

Thanks,
Jonas (HR Business Partner)
"""
    part = text(body, cs="us-ascii", cte="7bit")
    return M(part, a("ahlers"), a("raman"), "RTW plan Ravi S. - as agreed", "2026-02-02 15:45",
             "STRICTLY_CONFIDENTIAL", "en", "internal",
             "return-to-work plan after knee surgery of a named employee: procedure, restrictions, physiotherapy",
             cc=a("oconnell"))


def m053():
    body = """
Liebe Frau Ohrt,

wie am Telefon besprochen, freuen wir uns sehr, dass Sie ab dem 01.04.2026 als
Werkstudentin im Team Data/BI bei Frau Albers anfangen!

Die Eckdaten Ihres Vertrags:
  Beginn:           01.04.2026, befristet bis 31.03.2027
  Arbeitszeit:      20 Std./Woche in der Vorlesungszeit, bis 38 Std. in den
                    Semesterferien
  Vergütung:        17,50 € brutto pro Stunde
  Urlaub:           anteilig 15 Arbeitstage pro Jahr

Damit wir den Vertrag fertig machen und Sie richtig anmelden können (Werkstudenten-
privileg in der Sozialversicherung), brauchen wir bis zum 10.03.:
  - Immatrikulationsbescheinigung für das Sommersemester 2026
  - Steuer-Identifikationsnummer
  - Sozialversicherungsnummer und Ihre Krankenkasse (nur den Namen der Kasse)
  - Bankverbindung für die Gehaltszahlung
  - ggf. Nachweis über weitere Beschäftigungen (wegen der 20-Stunden-Grenze)

Bitte laden Sie alles im Onboarding-Portal hoch (Link kommt separat), nicht per
Mail. Bei Fragen erreichen Sie mich unter 040 999121-222.

Herzliche Grüße
Tobias Reimers
Recruiting & Employer Branding
"""
    part = text(body)
    return M(part, a("reimers"), A("Marlene Ohrt", "marlene.ohrt@studimail.example"),
             "Ihr Werkstudentenvertrag ab 01.04.2026 – nächste Schritte", "2026-02-24 11:05",
             "CONFIDENTIAL", "de", "insurer-to-applicant", "working-student offer to a named applicant with hourly wage and contract terms")


def m054():
    body = """
Sehr geehrte Frau Dr. Stoltenberg,
sehr geehrter Herr Mahnke,

vielen Dank für Ihr Angebot zur Verlängerung des Rahmenvertrags betriebsärztliche
Betreuung ab 01.04.2026. Wir sind mit den Konditionen grundsätzlich einverstanden
und bitten nur um folgende Anpassungen:

1. Einsatzzeit nach DGUV V2: 412 Std./Jahr (Grundbetreuung + betriebsspezifischer
   Teil für 493 Beschäftigte, Gruppe III) – bitte die Zeit für die zwei neuen
   Standorte Lübeck und Kiel (zus. 38 Beschäftigte) separat ausweisen.
2. Stundensatz 155 € netto wie angeboten; Fahrtzeiten bitte pauschal.
3. Vorsorgen nach ArbMedVV:
   - Bildschirmarbeit (Angebotsvorsorge): 68 € je Untersuchung inkl. Sehtest
   - Tätigkeiten mit nächtlicher Rufbereitschaft (IT): 95 €
   - Grippeschutzimpfung: 29 € je Impfung zzgl. Impfstoff nach Aufwand
4. Wir bestehen darauf, dass uns wie bisher nur das Ergebnis "Vorsorge
   durchgeführt" bzw. Ihre Arbeitsplatzempfehlungen mitgeteilt werden, keine
   Befunde oder Diagnosen. Bitte nehmen Sie das ausdrücklich in § 7 auf.

Die Unterschrift erfolgt wieder über unseren Einkauf (Herr Mertens).

Mit freundlichen Grüßen
""" + sig("wollenweber")
    part = text(body, cte="qp")
    return M(part, a("wollenweber"), A("Dr. Henrike Stoltenberg", "h.stoltenberg@amz-hafenblick.example"),
             "Verlängerung Rahmenvertrag betriebsärztliche Betreuung ab 04/2026", "2026-02-16 09:40",
             "NORMAL", "de", "insurer-to-doctor",
             "trap: company-doctor contract with examination prices, vaccination, 'Befunde/Diagnosen' clause; no person",
             cc=A("Björn Mahnke", "b.mahnke@amz-hafenblick.example"))


def m055():
    body = """
Sehr geehrte Damen und Herren,

Sie haben uns mit Schreiben vom 12.02.2026 um eine Stellungnahme des Arbeitgebers zum
Antrag auf Gleichstellung mit einem schwerbehinderten Menschen (§ 2 Abs. 3 SGB IX)
gebeten (Ihr Zeichen: 231-GL-2026-0417).

Antragstellerin: Frau Derya Yılmaz, geb. 06.12.1981
Tätigkeit: Sachbearbeiterin Kundenservice, seit 01.05.2012, Vollzeit, unbefristet

Unsere Stellungnahme:
Frau Yılmaz ist mit einem GdB von 30 anerkannt (laut ihrem Antrag wegen eines
Bandscheibenvorfalls L4/L5 mit Nervenwurzelreizung und einer Fibromyalgie). Die
Tätigkeit im Telefon-Kundenservice ist überwiegend sitzend; Frau Yılmaz hatte 2025
insgesamt 41 Arbeitsunfähigkeitstage, überwiegend in längeren Phasen.

Der Arbeitsplatz ist nach unserer Einschätzung ohne Gleichstellung gefährdet, weil
im Zuge der Neuorganisation des Kundenservices 2026 Teamwechsel und Schichtanteile
geplant sind, die Frau Yılmaz gesundheitlich nur eingeschränkt wahrnehmen kann.
Mit der Gleichstellung könnten wir Leistungen der Arbeitsassistenz und einen
behinderungsgerechten Arbeitsplatz über das Integrationsamt beantragen.

Die Schwerbehindertenvertretung (Frau Petersen) unterstützt den Antrag.

Mit freundlichen Grüßen
Im Auftrag
Jonas Ahlers, Personalreferent
Elbstrom Versicherung AG
"""
    part = text(body, cte="8bit")
    return M(part, a("ahlers"), A("Agentur für Arbeit Hamburg – Team Reha/SB", "reha-sb@arbeitsagentur-nord.example"),
             "Stellungnahme Gleichstellungsantrag – Ihr Zeichen 231-GL-2026-0417", "2026-02-25 14:12",
             "STRICTLY_CONFIDENTIAL", "de", "insurer-to-authority",
             "employer statement on equal-status application: GdB 30, disc prolapse, fibromyalgia, sick days", cc=a("petersen"))


def m056():
    body = """
Hi panel,

here's the schedule for Thursday's final interviews (Claims Analytics Lead). Please
read the CVs in the applicant portal beforehand - I've added the key facts from
the screening calls so you don't need to ask again.

09:30  Dr. Lena Marquardt
       currently Lead Data Scientist at Hanse Direkt (fictitious), 6 years
       current base EUR 94k + 12 % bonus, asks for 105k; notice 3 months to
       quarter end; lives in Lüneburg, fine with 2 office days
11:00  Thomas Engel
       freelancer since 2022, day rate EUR 950; would go permanent for 100k;
       available from 1 May; Hamburg
14:00  Sara Lindqvist
       Senior Analyst at a Stockholm insurer, relocating to Hamburg for family
       reasons; current SEK 71,000/month; notice 3 months; German B1

Panel: Rahul (chair), Christina, me. Room 5.02 + Teams for Sara's slot.
Scorecards by Friday noon please.

Priya
"""
    part = text(body, cte="qp")
    return M(part, a("raman"), A("Rahul Mehta", P["mehta"][1]) + ", " + A("Christina Albers", P["albers"][1]),
             "Final interviews Thu - Claims Analytics Lead", "2026-03-10 17:30",
             "CONFIDENTIAL", "en", "internal", "interview schedule with named candidates' current salaries, notice periods, home towns")


def m057():
    body = """
Dear Executive Board,

please find the key results of our gender pay gap analysis for 2025 below (full
report on the board SharePoint). Basis: all employees on 31 Dec 2025 (n = 493),
annual base salary converted to full-time, excluding trainees and board members.

                                  Women     Men    Gap
  Median base salary (EUR)        54,100    61,300   11.7 %
  Mean base salary (EUR)          57,880    66,940   13.5 %
  Mean variable pay (EUR)          3,210     5,020   36.1 %
  Adjusted gap (same tariff group,
    same role family, same tenure)                    2.1 %

  Share of women by level
    Tariff groups 2-5              71 %
    Tariff groups 6-8              54 %
    Non-tariff / management        29 %

The adjusted gap is below the 5 % threshold of the EU Pay Transparency Directive.
The unadjusted gap is mainly explained by the low share of women in non-tariff
roles and in IT. Proposed measures are in section 5 of the report.

No individual salaries are shown; all groups have at least 10 people.

Best regards
Katrin Wollenweber
"""
    part = text(body, cs="us-ascii", cte="7bit")
    return M(part, a("wollenweber"), A("Vorstand", "vorstand@" + DOM), "Gender pay gap analysis 2025 - key results",
             "2026-03-05 08:00", "NORMAL", "en", "internal", "trap: pay-gap statistics with salaries, aggregated groups of 10+")


def m058():
    d = docx([("h", "Individuelle Gefährdungsbeurteilung nach § 10 MuSchG"),
              ("t", [["Mitarbeiterin", "Hanna Lüders, Personalnr. 39920"],
                     ["Arbeitsplatz", "Sachbearbeiterin Schaden Kfz, Großraumbüro 2.OG, Außendienst-Besichtigungen ca. 2x/Monat"],
                     ["Mitteilung der Schwangerschaft", "03.02.2026 (ärztl. Bescheinigung vom 02.02.2026)"],
                     ["voraussichtlicher Entbindungstermin", "18.08.2026"],
                     ["Beginn Schutzfrist", "07.07.2026"]]),
              ("b", "Ergebnis"),
              "Bildschirmarbeit: unbedenklich, Pausen nach Bedarf, Liegemöglichkeit im Ruheraum 2.09.",
              "Außendienst-Besichtigungen (Unfallfahrzeuge, Werkstätten): unzulässig ab sofort (Lösungsmittel, Sturzgefahr).",
              "Mutter ist laut eigener Angabe nicht gegen Röteln immun; Kontakt mit Kita-Gruppen bei Girls'Day-Betreuung entfällt.",
              "Schwangerschaftsdiabetes wird ärztlich überwacht; freie Einteilung der Mittagspause.",
              "Maßnahmen besprochen mit Frau Lüders am 09.02.2026. Keine Beschäftigungsbeschränkung im Übrigen.",
              "Erstellt: J. Ahlers (Personal), H. Timm (Führungskraft), Fachkraft für Arbeitssicherheit R. Olsen"],
             when="2026-02-09 15:00", author="Jonas Ahlers")
    body = """
Hallo Holger,

anbei die Gefährdungsbeurteilung für Hanna, unterschrieben von Frau Olsen und mir.
Bitte Punkt 2 (keine Außenbesichtigungen mehr) ab sofort umsetzen und die Einsatz-
planung entsprechend anpassen. Das Dokument bitte nicht ans Team weitergeben.

Das Gewerbeaufsichtsamt habe ich benachrichtigt (Pflicht nach § 27 MuSchG).

Jonas
"""
    part = multi("mixed", [text(body), att(d, CT["docx"], "GBU_MuSchG_Lueders_2026-02-09.docx")], "ol")
    return M(part, a("ahlers"), a("timm"), "GBU Mutterschutz H. Lüders", "2026-02-09 15:22",
             "STRICTLY_CONFIDENTIAL", "de", "internal",
             "maternity risk assessment of a named employee: pregnancy, due date, gestational diabetes, rubella immunity (DOCX)")


def m059():
    body = """
AGV-Rundschreiben Nr. 07/2026 – Arbeitsrecht

Beweiswert der Arbeitsunfähigkeitsbescheinigung bei Krankmeldung nach Kündigung
BAG, Urteil vom 29.10.2025 – 5 AZR 9999/24 (fiktives Aktenzeichen)

Sachverhalt (anonymisiert):
Die Klägerin, eine Sachbearbeiterin bei einem Versicherungsunternehmen, kündigte am
Tag nach einem Konfliktgespräch und legte am selben Tag eine Arbeitsunfähigkeits-
bescheinigung vor, die exakt bis zum Ende der Kündigungsfrist reichte. Es folgten
zwei Folgebescheinigungen verschiedener Ärzte. Der Arbeitgeber verweigerte die
Entgeltfortzahlung.

Entscheidung:
Das BAG bestätigte, dass der Beweiswert der AU-Bescheinigung erschüttert sein kann,
wenn die bescheinigte Arbeitsunfähigkeit passgenau die Kündigungsfrist umfasst. Die
Klägerin muss dann konkret vortragen, welche Erkrankungen vorlagen und welche
Einschränkungen bestanden (Diagnosen, Medikation, Behandlungsverlauf).

Praxishinweise für Mitgliedsunternehmen:
1. Zweifel an der AU frühzeitig über die Krankenkasse (MD-Begutachtung, § 275 SGB V)
   klären lassen.
2. Keine eigenen "Ermittlungen" bei Ärztinnen und Ärzten – die Schweigepflicht gilt.
3. Entgeltfortzahlung nur nach sorgfältiger Prüfung des Einzelfalls verweigern.

Ansprechpartnerin: RAin Dr. Sabine Koch, AGV Versicherungen Nord (fiktiv)
"""
    fwd = """
Zur Info – betrifft uns aktuell nicht, aber gut zu wissen für die Fälle mit
Kündigung + Dauer-AU. J.

-------- Weitergeleitete Nachricht --------
Betreff: AGV-Rundschreiben 07/2026 Arbeitsrecht
Datum: Mon, 16 Feb 2026 07:00:00 +0100
Von: AGV Versicherungen Nord <rundschreiben@agv-versicherungen-nord.example>
""" + body
    part = text(fwd, cte="qp")
    return M(part, a("ahlers"), A("HR Team intern", "hr-team@" + DOM), "WG: AGV-Rundschreiben 07/2026 Arbeitsrecht",
             "2026-02-16 09:05", "NORMAL", "de", "newsletter",
             "trap: employers' association circular on an anonymised court case about sick notes and diagnoses")


def m060():
    body = """
Hi Sophie,

new starter from Dublin, data sheet below as filled in by him in English - can you
set him up in SAP HR and with LohnWerk? Meine Anmerkungen in [eckigen Klammern].

NEW STARTER DATA SHEET
  Full name:            Declan Murphy
  Date of birth:        21/07/1993
  Place of birth:       Galway, Ireland
  Nationality:          Irish  [EU-Bürger, kein Aufenthaltstitel nötig]
  Address in Germany:   Schäferkampsallee 9, 20357 Hamburg (from 01/04/2026)
  Irish PPS no.:        7744912TA  [für A1/Sozialversicherung irrelevant, nur Akte]
  German tax ID:        not yet received  [Anmeldung Bürgeramt am 02.04., dann
                        ELStAM-Abruf; bis dahin Steuerklasse 6 vermeiden, bitte
                        manuell Klasse 1 nach § 39c EStG für 3 Monate]
  Bank account:         %s (AIB, Irish account, SEPA)
  Marital status:       single
  Emergency contact:    Mary Murphy (mother), +353 91 555 0192
  Start date:           1 April 2026, Claims Analytics

[Gehalt laut Vertrag 71.000 € p.a., Vertrag liegt in der digitalen Akte.]

Danke!
Priya
""" % iban("IE", "AIBK93115212345678")
    part = text(body, cte="qp")
    return M(part, a("raman"), a("lange"), "Neuer Mitarbeiter Dublin – Declan Murphy, Start 01.04.",
             "2026-03-12 10:20", "CONFIDENTIAL", "mixed", "internal",
             "English onboarding sheet with German HR notes: birth date, PPS number, Irish IBAN, salary, emergency contact")


def m061():
    body = """
Dear Marianne,

I was so very sorry to hear about Peter. Grace told me this morning that he died on
Sunday, after fighting the pancreatic cancer for so long and with so much courage.
On behalf of everyone at Elbstrom, please accept our deepest condolences.

Please don't worry about work at all. A few practical points, only so you know -
none of this needs an answer now:

- You have 2 days of special paid leave for the death of your spouse (collective
  agreement); we have also booked you as "paid leave" for the rest of this week
  and next week, without using your holiday entitlement (agreed with Katrin).
- If you need more time afterwards, or want to come back gradually, we'll find a
  way. The EAP also offers bereavement counselling (0800 999 121 0).
- As Peter was also insured under our group life scheme through your employment,
  our benefits team will contact you in a few weeks about the payment; they know
  to be considerate. You don't need to do anything yet.

Grace and the team would like to send flowers to the funeral - could someone in
your family let us know when and where it will be, if you'd like that?

With warm wishes,
Priya
"""
    part = text(body, cs="us-ascii", cte="7bit")
    return M(part, a("raman"), A("Marianne Okafor", "marianne.okafor@" + DOM),
             "With our deepest sympathy", "2026-03-03 11:15",
             "STRICTLY_CONFIDENTIAL", "en", "insurer-to-employee",
             "bereavement mail: spouse died of pancreatic cancer; group life benefit to follow", cc=a("oconnell"))


def m062():
    body = """
Sehr geehrter Herr Prof. Dr. Wendland,

anbei unsere Anmerkungen zum Entwurf des Kooperationsvertrags für den dualen
Bachelorstudiengang "Versicherungs- und Finanzwirtschaft" ab Wintersemester 2026/27:

§ 3 Praxisphasen: einverstanden mit 3 Praxisphasen à 12 Wochen pro Studienjahr.
§ 5 Vergütung: Die Studierenden erhalten bei uns 1.250 € (1. Jahr), 1.350 € (2. Jahr)
    und 1.450 € (3. Jahr) brutto monatlich sowie die Studiengebühren. Bitte im
    Vertrag nur "Vergütung nach Vereinbarung mit dem Praxispartner" schreiben –
    die Höhe gehört in den Einzelvertrag.
§ 7 Krankheit und Fehlzeiten: Wir schlagen vor, dass Studierende Krankmeldungen
    jeweils nur an die Stelle geben, bei der sie gerade sind (Hochschule in der
    Theoriephase, Elbstrom in der Praxisphase). Einen Austausch von AU-Bescheinigungen
    oder Attesten zwischen Hochschule und Betrieb sehen wir datenschutzrechtlich
    kritisch und möchten ihn nicht im Vertrag haben.
§ 9 Prüfungsleistungen: Noten erhalten wir nur mit Einwilligung der Studierenden.

Für 2026 planen wir mit 4 Studienplätzen.

Mit freundlichen Grüßen
""" + sig("hinrichsen")
    part = text(body, cte="qp")
    return M(part, a("hinrichsen"), A("Prof. Dr. Arne Wendland", "a.wendland@hs-nordufer.example"),
             "Kooperationsvertrag duales Studium – Anmerkungen Elbstrom", "2026-03-11 16:02",
             "NORMAL", "de", "insurer-to-school",
             "trap: dual-study cooperation contract with pay rates and sick-note clauses; no student named")


def m063():
    body = """
Sehr geehrte Frau Rechtsanwältin Petzold,

in der Zwangsvollstreckungssache

  Gläubigerin: Autohaus Süderelbe GmbH & Co. KG
  Schuldner:   Marco Lühmann, Heimfelder Str. 17, 21075 Hamburg
  PfÜB des Amtsgerichts Hamburg-Harburg vom 09.03.2026, Az. 612 M 1174/26

geben wir als Drittschuldnerin folgende Erklärung nach § 840 ZPO ab:

1. Die Forderung des Schuldners auf Arbeitseinkommen erkennen wir als begründet an
   und sind zur Zahlung bereit, soweit das Einkommen pfändbar ist.
2. Herr Lühmann ist bei uns seit 01.09.2018 unbefristet beschäftigt. Das
   Nettoeinkommen März 2026 beträgt 2.781,40 €. Er ist nach unseren Unterlagen
   zwei Kindern gegenüber unterhaltspflichtig. Der pfändbare Betrag nach der
   Tabelle zu § 850c ZPO beträgt danach derzeit 112,46 € monatlich.
3. Vorrangige Pfändungen/Abtretungen: eine Abtretung an die Nordkredit Bank AG vom
   14.02.2024 (Restforderung lt. Bank 3.940,00 €), die zunächst bedient wird.
4. Ansprüche anderer Gläubiger: keine.

Zahlungen an Ihre Mandantin erfolgen daher voraussichtlich erst nach Tilgung der
Abtretung. Wir informieren Sie.

Mit freundlichen Grüßen
""" + sig("demir")
    part = text(body, cs="windows-1252", cte="8bit")
    return M(part, a("demir"), A("RAin Claudia Petzold", "kanzlei@petzold-inkasso.example"),
             "Drittschuldnererklärung § 840 ZPO – 612 M 1174/26 (Lühmann)", "2026-03-16 10:30",
             "CONFIDENTIAL", "de", "insurer-to-lawyer",
             "wage garnishment: net pay, maintenance obligations, assignment of a named employee")


def m064():
    body = """
Hi Julia,

thanks for the accessibility audit of our careers site (report v1.2). We'd like
you to go ahead with the fixes for all "critical" and "serious" findings before
the relaunch on 15 April. In short, as discussed:

- Screen reader users cannot complete the application form: the upload buttons
  and the date picker have no accessible names (WCAG 1.3.1, 4.1.2).
- The colour contrast of the orange buttons fails (2.9:1) - please use the
  darker brand colour.
- Video "A day as a trainee" needs captions and an audio description.
- The optional question "Do you have a severe disability or equivalent status?"
  must stay optional, must be explained (we use it only to invite disabled
  applicants to interviews as required by law) and must not be pre-selected.
- Applicants must be able to request accessible interview arrangements (sign
  language interpreter, step-free room, extra time) with a free-text field that
  goes only to HR, not to the hiring manager.

Please send the updated estimate; budget is approved up to EUR 18,000.

Thanks,
Tobias
"""
    part = text(body, cs="us-ascii", cte="7bit")
    return M(part, a("reimers"), A("Julia Brandstätter", "julia@barrierefrei-digital.example"),
             "Careers site accessibility audit - go for critical/serious fixes", "2026-03-06 13:13",
             "NORMAL", "en", "insurer-to-supplier",
             "trap: accessibility audit of careers site mentioning disability questions and screen readers; no person")


def m065():
    body = """
Sehr geehrter Herr Hagemann,

vielen Dank für Ihre Entscheidung für die betriebliche Altersversorgung. Wir haben
Ihre Entgeltumwandlung wie folgt eingerichtet:

  Durchführungsweg:     Direktversicherung (§ 3 Nr. 63 EStG)
  Versicherer:          Elbstrom Lebensversicherung AG, Tarif bAV-Invest 2026
  Versicherungsschein:  LV 71-4480193-2
  versicherte Person:   Björn Hagemann, geb. 02.02.1983
  Beginn:               01.04.2026, Rentenbeginn 01.03.2050 (Alter 67)
  Umwandlungsbetrag:    250,00 € monatlich aus dem laufenden Bruttogehalt
  Arbeitgeberzuschuss:   37,50 € (15 % nach § 1a Abs. 1a BetrAVG)
                       + 20,00 € freiwilliger Zuschuss Elbstrom
  Gesamtbeitrag:        307,50 € monatlich
  Hinterbliebenenschutz: Rentengarantiezeit 10 Jahre; Todesfallleistung vor
                       Rentenbeginn an die Ehefrau Katja Hagemann

Eine Gesundheitsprüfung war nicht erforderlich (Kollektivvertrag, vereinfachte
Annahme). Den Versicherungsschein erhalten Sie in den nächsten Tagen direkt von
der Elbstrom Leben.

Mit freundlichen Grüßen
""" + sig("demir")
    part = text(body)
    return M(part, a("demir"), A("Björn Hagemann", "bjoern.hagemann@" + DOM),
             "Ihre Entgeltumwandlung – Direktversicherung LV 71-4480193-2", "2026-03-18 12:40",
             "STRICTLY_CONFIDENTIAL", "de", "insurer-to-employee",
             "grey zone: company pension = life insurance contract of a named employee (personal line), birth date, beneficiary")


def m066():
    body = """
Ticket: INC-2026-41177
Priorität: 3 – mittel
Kategorie: Hardware / Multifunktionsgerät
Melder: Sophie Lange (Personalservice), Tel. -218
Standort: Lotsenkai 12, 3. OG, Raum 3.18 (Gerät MFP-3OG-02)

Beschreibung:
Seit dem Firmware-Update am Wochenende zieht der Einzug des Scanners mehrseitige
Dokumente schief ein. Betroffen sind vor allem die dünnen Durchschläge (AU-
Bescheinigungen alt, Arztbriefe in Kopie, Reha-Entlassungsbescheide), die wir für
die digitale Personalakte scannen. Die OCR-Erkennung im DMS findet dann die
Personalnummer nicht mehr und legt die Scans im Eingangskorb "unbekannt" ab.

Bitte:
1. Einzug prüfen / Firmware ggf. zurückrollen
2. Kontrollieren, ob die fehlzugeordneten Scans im Korb "unbekannt" für andere
   Abteilungen sichtbar sind (sollte nicht – Berechtigungsgruppe HR-DMS-03)

Workaround derzeit: Einzelblatt über das Vorlagenglas.

-- 
Dieses Ticket wurde über das IT-Self-Service-Portal erstellt.
"""
    part = text(body, cte="qp")
    return M(part, A("IT Service Desk", "servicedesk@" + DOM), a("lange"),
             "[INC-2026-41177] Scanner MFP-3OG-02 zieht schief ein – OCR Personalakte", "2026-02-23 08:47",
             "NORMAL", "de", "internal", "trap: IT ticket about scanning sick notes, doctor's letters and rehab discharges; no person",
             mid_style="sys")


def m067():
    body = """
Hi Marie-Claire,

quick check on your hours: according to the time tracking you worked

  week 6 (2-8 Feb):    24.5 h
  week 7 (9-15 Feb):   26.0 h
  week 8 (16-22 Feb):  22.0 h
  week 9 (23 Feb-1 Mar): 23.5 h

during the lecture period (your semester runs until 14 Feb according to your
enrolment certificate, then the exam period - which still counts as lecture time
for social security). As a working student you may work more than 20 hours per
week during the semester only in exceptional cases, otherwise you lose the
"Werkstudentenprivileg" and we have to register you as a regular employee with
full health, care and unemployment contributions - which would reduce your net
pay of about EUR 1,390 by roughly EUR 190 a month.

Could you please plan max. 20 h/week until the semester break starts on
2 March? From then on, up to 38 h are fine until 12 April.

Hours x EUR 16.80 for February are paid with the March payroll.

Thanks,
Melike (payroll)
"""
    part = text(body, cs="us-ascii", cte="7bit")
    return M(part, a("demir"), A("Marie-Claire Dubois", "marie-claire.dubois@" + DOM),
             "Your working hours in February (working student)", "2026-02-26 09:30",
             "CONFIDENTIAL", "en", "insurer-to-employee", "working student's weekly hours, hourly wage and net pay")


def m068():
    body = """
Katrin, Dr. Albrecht,

as discussed this morning, a summary of the complaint under the AGG complaints
procedure (s. 13 AGG) received yesterday. Please treat as strictly confidential -
the complainant has asked that his identity is shared only with the complaints
panel at this stage.

Complainant: Lukas Brenner, Underwriting Marine, employee since 2021.

Complaint: Since he brought his husband to the summer party in 2025, his team
lead (Rolf Daehne) and one colleague have repeatedly made remarks about his being
gay ("that's why he's so dramatic", jokes in the team chat with emojis, screenshots
attached to the complaint). On 12 February he was excluded from a client trip to
Rotterdam, allegedly because "the clients are old-school". He also says he has
started therapy for sleep problems because of the situation.

Requested: end of the remarks, review of the trip decision, no retaliation.

Next steps I suggest: interview with the complainant on 3 March (with works
council member of his choice), then the team lead; preserve chat logs (IT request
sent, ticket restricted).

Priya
"""
    part = text(body, cs="us-ascii", cte="7bit")
    return M(part, a("raman"), A("Dr. Katrin Wollenweber", P["wollenweber"][1]) + ", " + A("Dr. Jens Albrecht", "legal-employment@" + DOM),
             "AGG complaint - confidential summary", "2026-02-27 12:05",
             "STRICTLY_CONFIDENTIAL", "en", "internal",
             "discrimination complaint revealing a named employee's sexual orientation (Art. 9) and therapy")


def m069():
    d = docx([("h", "Exit Interview - Questionnaire (template)"),
              "Employee name: ____________   Department: ____________   Last working day: ________",
              "This interview is voluntary. Answers are summarised anonymously in the yearly retention report "
              "(groups of at least 5). Your manager does not see your individual answers.",
              ("b", "1. Why are you leaving?"),
              "[ ] pay   [ ] career   [ ] manager   [ ] workload / stress   [ ] health reasons   [ ] family   [ ] relocation   [ ] other",
              ("b", "2. How would you rate ..."),
              ("t", [["", "1 (poor)", "2", "3", "4", "5 (great)"],
                     ["your workload", "", "", "", "", ""],
                     ["support from your manager", "", "", "", "", ""],
                     ["work-life balance", "", "", "", "", ""],
                     ["health and wellbeing offers (EAP, company doctor, sports)", "", "", "", "", ""]]),
              ("b", "3. Did work affect your physical or mental health?"),
              "You don't have to answer. If you want to, describe it in general terms - please no diagnoses.",
              ("b", "4. What would have made you stay?"),
              "________________________________________________"], when="2026-03-09 10:00", author="People Team")
    body = """
Hi all,

attached is the revised exit interview template (v3). Changes vs. v2:
- "health reasons" added as a leaving reason (tick box only)
- new question 3 with the explicit "no diagnoses" note, as the DPO asked
- anonymity statement at the top

Please use only this version from now on and delete old copies from your drives.

Thanks,
Priya
"""
    part = multi("mixed", [text(body, cs="us-ascii", cte="7bit"), att(d, CT["docx"], "Exit_Interview_Template_v3.docx")])
    return M(part, a("raman"), A("HR Business Partners", "hrbp@" + DOM), "Exit interview template v3",
             "2026-03-09 10:22", "NORMAL", "en", "internal",
             "trap: blank exit-interview template asking about health reasons and mental health; no person")


def m070():
    lines = ["# Ärztliche Bescheinigung für den Bezug von Krankengeld bei Erkrankung eines Kindes",
             "(§ 45 SGB V) - Praxis Dr. med. Anna-Lena Rohwer, Kinder- und Jugendmedizin, Hamburg (fiktiv)", "",
             "Name des Kindes: Mia Hofmann, geb. 11.05.2019",
             "Versicherter Elternteil: Lena Hofmann",
             "Krankenkasse: Techniker Nord, Vers.-Nr. H338172044", "",
             "Das Kind ist erkrankt und bedarf der Beaufsichtigung, Betreuung oder Pflege.",
             "Diagnose: J02.0 Streptokokken-Pharyngitis (Scharlach)",
             "voraussichtlich vom 09.03.2026 bis 13.03.2026", "",
             "Hamburg, 09.03.2026   Stempel / Unterschrift"]
    body = """
Hallo Frau Lange,

anbei die Bescheinigung vom Kinderarzt für Mia, sie hat Scharlach und darf erst
nach 48 Stunden Antibiotikum wieder in die Kita, eher nächste Woche. Ich bin
deshalb bis Freitag zuhause (Kinderkrankentage). Meiner Teamleitung Grace O'Connell
habe ich schon Bescheid gegeben.

Die Bescheinigung habe ich auch an die Techniker geschickt wegen Kinderkrankengeld.
Brauchen Sie noch etwas von mir?

Viele Grüße
Lena Hofmann
Actuarial Pricing
"""
    part = multi("mixed", [text(body, cte="8bit"),
                           att(pdf(lines, "Bescheinigung Kind krank", "20260309103000"), CT["pdf"], "Kinderkrank_Mia_0903.pdf")])
    return M(part, A("Lena Hofmann", "lena.hofmann@" + DOM), PERSONAL, "Kinderkrankentage 09.–13.03.",
             "2026-03-09 11:02", "STRICTLY_CONFIDENTIAL", "de", "employee",
             "employee sends her child's sick certificate (scarlet fever, ICD J02.0) for child sick days")


def m071():
    body = """
Hallo Frau Hinrichsen,

hier meine Beurteilung zum Ende der Probezeit für Emre Aydın (Azubi KVF, 1. AJ,
Personalnr. 42001, Einsatz bei uns in Vertrieb Innendienst 02.02.–30.04.):

Fachlich: schnelle Auffassungsgabe, arbeitet sich gut in die Bestandsverwaltung ein,
hat nach drei Wochen schon selbstständig Adressänderungen und Beitragsrückstände
bearbeitet. Rechtschreibung in Kundenbriefen noch ausbaufähig.

Verhalten: immer pünktlich, freundlich im Team, fragt nach. Telefoniert noch ungern.

Empfehlung: Übernahme nach der Probezeit ohne Einschränkung. Gern würde ich ihn
im 2. AJ noch einmal für die Kampagne "Hausrat Plus" haben.

Einstufung im Beurteilungsbogen: 2 (übertrifft die Erwartungen teilweise).

Viele Grüße
Kai Brodersen
Teamleitung Vertrieb Innendienst
"""
    part = text(body, cte="8bit", flowed=True)
    return M(part, a("brodersen"), a("hinrichsen"), "Probezeitbeurteilung Emre Aydın", "2026-03-20 14:35",
             "CONFIDENTIAL", "de", "internal", "trainee probation assessment with personnel number and rating, no health",
             mid_style="tb")


def m072():
    body = """
Guten Tag,

in Ihrem Elbstrom-Kundenpostfach liegt eine neue Nachricht für Sie.

Aus Sicherheitsgründen enthält diese E-Mail keine Inhalte. Bitte melden Sie sich im
Kundenportal an, um die Nachricht zu lesen:
https://portal.elbstrom-versicherung.example/postfach

Hinweis: Wir fragen Sie niemals per E-Mail nach Ihrem Passwort, Ihren Gesundheits-
daten oder Ihrer Bankverbindung.

Ihre Elbstrom Versicherung
Dies ist eine automatisch erstellte Nachricht. Bitte antworten Sie nicht darauf.
"""
    part = text(body, cte="qp")
    return M(part, A("Elbstrom Kundenportal", "no-reply@" + DOM), A("", "f.nissen@mailfeld.example"),
             "Neue Nachricht in Ihrem Postfach", "2026-03-13 06:15",
             "NORMAL", "de", "insurer-to-customer", "trap: ordinary portal notification without content", mid_style="sys")


def m073():
    body = """
Dear Ms Achterberg,

thank you for inviting us to the "Careers in Finance & Insurance" day on 22 April.
We're happy to take a booth (standard size, power socket please) and would also
like to offer a 20-minute talk: "Working student at an insurer - data, IT and
actuarial jobs while you study".

A few notes for the event flyer:
- We have 12 working-student and 6 internship positions open this summer; all
  are paid (EUR 15.50-17.50 per hour for working students).
- Students with disabilities or chronic illnesses are very welcome. On request we
  arrange step-free interview rooms, sign language interpreters or extra time for
  tests - applicants just mention it in the portal, it only goes to HR.
- International students: English-speaking teams in IT and data.

Our team on the day: Tobias Reimers and two of our current working students.
Please invoice the booth fee (EUR 450) to rechnungseingang@elbstrom-versicherung.example.

Best regards
Tobias Reimers
Recruiting & Employer Branding, Elbstrom Versicherung AG
"""
    part = text(body, cs="us-ascii", cte="7bit")
    return M(part, a("reimers"), A("Birte Achterberg, Career Service", "careers@hs-nordufer.example"),
             "Careers in Finance & Insurance day - booth and talk", "2026-03-02 10:44",
             "NORMAL", "en", "insurer-to-school",
             "trap: career fair booking mentioning disability and chronic illness accommodations generally")


def m074():
    body = """
Hallo Herr Feddersen,

uns hat die Bußgeldstelle Hamburg einen Anhörungsbogen für unseren Poolwagen
geschickt, den laut Fahrtenbuch Sie an dem Tag hatten:

  Kennzeichen:    HH-EV 2291 (VW ID.4, Pool Vertrieb)
  Tattag/-zeit:   24.02.2026, 16:42 Uhr
  Tatort:         BAB 7, km 128,4, Fahrtrichtung Hamburg
  Vorwurf:        Überschreitung der zul. Höchstgeschwindigkeit außerorts um 27 km/h
                  (zulässig 100, gemessen 130, nach Toleranzabzug 127)
  Regelsatz:      150 € Bußgeld, 1 Punkt im FAER
  Aktenzeichen:   BG-26-4471902

Wie in der Dienstwagenrichtlinie geregelt, teilen wir der Bußgeldstelle den Fahrer
mit. Bitte bestätigen Sie mir bis 20.03., dass Sie gefahren sind, oder nennen Sie
uns ggf. die Person, der Sie den Wagen überlassen haben. Die Verwaltungsgebühr von
28,50 € verrechnen wir mit der nächsten Gehaltsabrechnung, sofern Sie nichts
anderes möchten.

Viele Grüße
Sophie Lange
Personalservice / Fuhrpark
"""
    part = text(body, cs="windows-1252", cte="qp")
    return M(part, a("lange"), a("feddersen"), "Anhörungsbogen Bußgeldstelle – HH-EV 2291, 24.02.2026",
             "2026-03-11 09:05", "CONFIDENTIAL", "de", "insurer-to-employee",
             "speeding offence with company car: named driver, plate, fine, payroll deduction")


def m075():
    body = """
Sehr geehrte Damen und Herren,

wir beantragen die Erstattung nach dem Aufwendungsausgleichsgesetz (U2) für unsere
Mitarbeiterin:

  Name:                        Hanna Lüders, geb. 15.04.1992
  KV-Nummer:                   L620415928
  voraussichtl. Entbindungstag: 18.08.2026 (lt. Zeugnis vom 06.07.2026)
  Schutzfrist:                 07.07.2026 – 13.10.2026 (vorbehaltlich tats. Entbindung)
  Zuschuss zum Mutterschaftsgeld (§ 20 MuSchG), kalendertäglich:
      durchschnittl. Nettoentgelt  93,41 € – 13,00 € Mutterschaftsgeld = 80,41 €
  Erstattungsbetrag Juli 2026 (25 Tage):   2.010,25 €

Der Datensatz wurde über das DTA-Verfahren übermittelt; diese Mail nur zur
Bestätigung, da Ihr Sachbearbeiter Herr Claußen die Zuordnung zum Vorgang
U2-2026-7781 erbeten hat.

Hinweis: Für Frau Lüders bestand zuvor ein teilweises Beschäftigungsverbot
(Außendienst) – dieses führte zu keinem Entgeltausfall, daher keine gesonderte
Erstattung nach § 18 MuSchG.

Mit freundlichen Grüßen
Im Auftrag
Melike Demir, Entgeltabrechnung
"""
    part = text(body, cte="qp")
    return M(part, a("demir"), A("BKK Leuchtturm, Umlage U1/U2", "umlagen@bkk-leuchtturm.example"),
             "U2-Erstattung Lüders – Vorgang U2-2026-7781", "2026-07-08 10:10",
             "STRICTLY_CONFIDENTIAL", "de", "insurer-to-authority",
             "maternity-pay refund: named employee's protection period, expected delivery date, partial employment ban")

def m076():
    body = """
Liebe Kolleginnen und Kollegen,

wir brauchen Verstärkung bei den Ersthelfer*innen! Nach DGUV Vorschrift 1 müssen bei
uns mindestens 10 % der Anwesenden ausgebildet sein – durch mobiles Arbeiten und
einige Abgänge sind wir im 2. und 5. OG aktuell drunter.

Die nächsten Lehrgänge (9 Unterrichtseinheiten, Kosten trägt die BG, gilt als
Arbeitszeit):

  Mi 15.04.2026   8:30–16:00   Raum 1.01
  Do 07.05.2026   8:30–16:00   Raum 1.01
  Auffrischung (alle 2 Jahre): Di 19.05.2026, 8:30–16:00

Inhalte: Herz-Lungen-Wiederbelebung, Einsatz unseres AED, stabile Seitenlage,
Blutungen, Verbrennungen, Schock, Umgang mit Schlaganfall und Herzinfarkt.

Die aktuelle Ersthelfer-Liste je Etage hängt an jedem Verbandkasten aus (Stand
Januar: 2. OG nur noch Lea Sommerfeld und Ilka Reese, 5. OG Tomasz Nowak).

Anmeldung per Mail an mich bis 31.03. – bitte mit Etage.

Danke!
Sophie Lange
Personalservice / Arbeitssicherheit
"""
    part = text(body, cte="qp")
    return M(part, a("lange"), ALLE, "Ersthelfer*innen gesucht – Lehrgänge April/Mai", "2026-03-16 08:45",
             "NORMAL", "de", "internal",
             "trap: first-aid course call listing CPR, stroke, heart attack; first-aider names in organisational context")


def m077():
    rep = ["# OccuCare Ireland - Occupational Health Report (fictitious)",
           "Employee: Siobhan Kearney   Employer: Elbstrom Versicherung AG (remote, Cork)",
           "Referral by: Priya Raman, HR   Assessment: 11/02/2026 (video)", "",
           "# Summary",
           "Ms Kearney has been absent since 27/01/2026 with work-related stress, anxiety",
           "and insomnia. She is under the care of her GP and started a course of CBT",
           "(6 sessions) on 03/02/2026. Medication has been well tolerated.", "",
           "# Opinion on fitness for work",
           "She is fit for a phased return from 17/02/2026:",
           "  weeks 1-2: 4 hours per day, no on-call, no deadlines for month-end reporting",
           "  weeks 3-4: 6 hours per day",
           "  from week 5: normal hours, subject to review",
           "A reduction of meetings after 4 pm and a regular 1:1 with her manager are advised.",
           "In my opinion the Irish Employment Equality Acts are unlikely to apply at this stage,",
           "but the condition could recur under sustained pressure.", "",
           "Dr Fergal Moran, Occupational Physician, MICGP LFOM"]
    body = """
Hi Rahul,

OccuCare's report on Siobhan came in - the important bit for you is the phased
return plan from 17 Feb (4h/day for two weeks, then 6h, no on-call). Report
attached so you have the recommendations in writing. Let's set up the first 1:1
for her first day back.

Priya
"""
    part = multi("mixed", [text(body, cs="us-ascii", cte="7bit"),
                           att(pdf(rep, "OH report", "20260212140000"), CT["pdf"], "OH_report_Kearney_2026-02-11.pdf")])
    return M(part, a("raman"), a("mehta"), "OH report - phased return S. Kearney", "2026-02-12 14:31",
             "STRICTLY_CONFIDENTIAL", "en", "doctor",
             "occupational physician's report on a named employee (stress, anxiety, CBT) forwarded to the manager (PDF)")


def m078():
    body = """
Sehr geehrter Herr Voß,

herzlichen Glückwunsch zur Geburt Ihres Sohnes!

Wir bestätigen Ihnen den Eingang Ihres schriftlichen Antrags auf Elternzeit vom
02.02.2026 und gewähren die Elternzeit wie beantragt:

  Kind:            Matti Voß, geboren am 27.01.2026
  Elternzeit:      01.04.2026 bis 30.09.2026 (6 Monate), ohne Teilzeit
  zweiter Abschnitt (vorgemerkt, noch nicht verbindlich):
                   01.06.2027 bis 31.07.2027

Während der Elternzeit ruht das Arbeitsverhältnis; Sie genießen ab Antragstellung
besonderen Kündigungsschutz nach § 18 BEEG. Ihr Urlaubsanspruch wird für jeden vollen
Kalendermonat der Elternzeit um ein Zwölftel gekürzt (6/12 von 30 Tagen = 15 Tage);
den Resturlaub 2026 von 9 Tagen können Sie vor Beginn der Elternzeit nehmen oder
nach Rückkehr.

Ihr Dienst-Laptop kann in der Elternzeit bei Ihnen bleiben; der Zugang wird ab
01.04. auf das Mitarbeiterportal beschränkt.

Alles Gute für Sie und Ihre Familie!

Mit freundlichen Grüßen
""" + sig("lange")
    part = text(body, cte="8bit")
    return M(part, a("lange"), A("Jan-Hendrik Voß", "jan-hendrik.voss@" + DOM), "Bestätigung Ihrer Elternzeit",
             "2026-02-06 13:40", "CONFIDENTIAL", "de", "insurer-to-employee",
             "grey zone: parental-leave confirmation with child's name and birth date, no health content", cc=a("gruenberg"))


def m079():
    body = """
Hi team leads,

here is the rotation plan for our IT trainees (Fachinformatiker Anwendungsentwicklung
/ Systemintegration) for the second half of the training year. Please make sure
each trainee has a buddy and a laptop with the right permissions on day one.

  Period          Trainee            Team                    Buddy
  01.04.-30.06.   Ole Jacobsen       Data Engineering        Jakub W.
  01.04.-30.06.   Emre Aydın         IT Operations           Piotr K.
  01.04.-30.06.   Finja Maaß         Claims Applications     Christina A.
  01.07.-30.09.   Ole Jacobsen       IT Security             Aoife B.
  01.07.-30.09.   Emre Aydın         Data Engineering        Femi A.
  01.07.-30.09.   Finja Maaß         IT Operations           Piotr K.

Vocational school block weeks (no office days): 20.04.-08.05. and 07.09.-25.09.
Please plan sprint tasks around them.

Thanks,
Frauke Hinrichsen
Head of Apprenticeships
"""
    part = text(body, cte="qp")
    return M(part, a("hinrichsen"), A("IT team leads", "it-teamleads@" + DOM), "IT trainee rotation plan Apr-Sep 2026",
             "2026-03-18 11:20", "NORMAL", "en", "internal",
             "trap/grey zone: organisational rotation plan naming trainees and buddies, no personal details")


def m080():
    body = """
Sehr geehrte Frau Köster,

wie am 05.03. telefonisch besprochen, beantragen wir für unseren Mitarbeiter

  Herrn Hendrik Sellmer, geb. 17.10.1987, Sachbearbeiter Vertrag Kfz,
  schwerbehindert (GdB 70, Merkzeichen GL), beschäftigt seit 01.08.2015,

Leistungen nach § 185 SGB IX / SchwbAV:

1. Technische Arbeitshilfen: Herr Sellmer ist seit 2024 an Taubheit grenzend
   schwerhörig (beidseitig Hörgeräte, seit Januar Cochlea-Implantat rechts). Für die
   Telefon- und Videokonferenzen benötigt er
   - eine Live-Transkriptionslösung mit Induktionsschleife (Angebot A, 4.280 €),
   - ein Lichtsignal für Türklingel/Alarm am Arbeitsplatz (Angebot B, 610 €).
2. Kommunikationshilfe: Gebärdensprachdolmetschung für Teamtermine und das
   jährliche Mitarbeitergespräch, geschätzt 24 Stunden pro Jahr.

Die Stellungnahme des Integrationsfachdienstes vom 28.02. und die Angebote hängen
wir im Portal an (Vorgang IA-2026-00881). Die Schwerbehindertenvertretung (Frau
Petersen) hat den Antrag mit Herrn Sellmer gemeinsam erarbeitet.

Mit freundlichen Grüßen
Im Auftrag
Jonas Ahlers
"""
    part = text(body, cte="qp")
    return M(part, a("ahlers"), A("Inklusionsamt Hamburg, Frau Köster", "begleitende-hilfen@integrationsamt-nord.example"),
             "Antrag begleitende Hilfen – Herr Sellmer (IA-2026-00881)", "2026-03-09 15:30",
             "STRICTLY_CONFIDENTIAL", "de", "insurer-to-authority",
             "application for workplace aids: named employee's severe disability (deafness, cochlear implant), GdB 70", cc=a("petersen"))


def m081():
    body = """
Dear Mr Lundgren,

Dr. Lena Marquardt has applied for a position with us and has given her written
consent (attached to our portal, ref. CAL-2026-03) that we contact you as her
former line manager at Nordvik Insurance (fictitious).

Could you please confirm the following, ideally by a short reply:

1. Employment period: 1 September 2017 to 31 July 2020?
2. Last job title: Senior Data Scientist, Pricing?
3. Would you re-hire her? (yes/no, optional comment)

We do not need or want any information on her salary, absences, health or
private circumstances.

Thank you very much for your help.

Kind regards
Priya Raman
""" + sig("raman", "en")[len("\nPriya Raman"):]
    part = text(body, cs="us-ascii", cte="7bit")
    return M(part, a("raman"), A("Erik Lundgren", "erik.lundgren@nordvik-insurance.example"),
             "Reference check - Dr. Lena Marquardt", "2026-03-17 09:10",
             "CONFIDENTIAL", "en", "insurer-to-company", "reference check naming a candidate, her application and past employment")


def m082():
    body = """
Sehr geehrte Frau Wienholt,

auf Basis Ihres Angebots vom 02.03. schließen wir den Rahmenvertrag
"Bildschirmarbeitsplatzbrillen" für 2026 ab:

- Sehtest im Geschäft kostenfrei für Mitarbeitende mit Berechtigungsschein
- Einstärkenbrille Bildschirm: Festpreis 149 € inkl. Standardfassung
- Gleitsicht-/Nahkomfortbrille Bildschirm: Festpreis 289 €
- Entspiegelung und Blaulichtfilter inklusive
- Abrechnung direkt mit uns (Kostenstelle 4190), Eigenanteile für Wunschfassungen
  direkt mit den Mitarbeitenden

Wichtig für den Ablauf: Die Mitarbeitenden legen Ihnen nur den Berechtigungsschein
mit Nummer vor (ausgestellt von unserer Betriebsärztin). Auf der Rechnung an uns
bitte nur die Berechtigungsschein-Nummer und den Brillentyp angeben – keine Namen,
keine Sehwerte, keine Befunde.

Bitte schicken Sie uns den unterschriebenen Vertrag bis 20.03. zurück.

Mit freundlichen Grüßen
Sophie Lange
Personalservice
"""
    part = text(body, cs="windows-1252", cte="8bit")
    return M(part, a("lange"), A("Optik am Hafentor, Frau Wienholt", "info@optik-hafentor.example"),
             "Rahmenvertrag Bildschirmarbeitsplatzbrillen 2026", "2026-03-10 10:05",
             "NORMAL", "de", "insurer-to-supplier",
             "trap: framework contract for VDU glasses; eye tests and findings mentioned but no person")


def m083():
    body = """
Hi Priya,

Amira asked me to check with HR, see below. I'm fine with it from the team side -
we'll cover her calls. Can she book this as normal holiday or is there something
else? And is the quiet room on 2 usable for prayer?

Thanks, Kai

-----Original Message-----
From: Amira Haddad
Sent: Monday, 9 March 2026 08:55
To: Kai Brodersen
Subject: Eid

Hi Kai,

as you know I'm fasting for Ramadan at the moment - thanks again for moving my
lunch break. Eid al-Fitr will be on 20 March this year (might shift by a day,
depends on the moon sighting), and I'd like to take 20 March off to celebrate with
my family in Bremen. Is that ok at such short notice?

Also, is there a room I could use for the afternoon prayer during the day? Five
minutes is enough, it doesn't need to be anything special.

Thank you!
Amira
"""
    part = text(body, cs="us-ascii", cte="7bit")
    return M(part, a("brodersen"), a("raman"), "FW: Eid", "2026-03-09 10:12",
             "STRICTLY_CONFIDENTIAL", "en", "employee",
             "forwarded leave request revealing a named employee's religion (Ramadan, Eid, prayer) - Art. 9")


def m084():
    body = """
Hallo Recruiting-Team,

ich habe unsere Textbausteine für Absagen überarbeitet (Freigabe durch Rechtsabteilung
am 12.03.). Bitte nur noch diese verwenden, die alten Vorlagen im Bewerbermanagement
deaktiviere ich morgen.

--- Baustein A: Absage nach Sichtung ---
Sehr geehrte/r «Anrede» «Nachname»,
vielen Dank für Ihre Bewerbung als «Stellentitel» (Kennziffer «Kennziffer») und Ihr
Interesse an der Elbstrom Versicherung. Nach sorgfältiger Prüfung müssen wir Ihnen
leider mitteilen, dass wir uns für andere Bewerberinnen und Bewerber entschieden haben,
deren Profil noch besser zu den Anforderungen der Stelle passt.

--- Baustein B: Absage nach Gespräch ---
... danken wir Ihnen für das offene Gespräch am «Gesprächsdatum» ...

--- Baustein C: Talentpool ---
... möchten wir Ihre Unterlagen mit Ihrer Einwilligung für 12 Monate in unserem
Talentpool speichern ...

Wichtig (AGG): In Absagen NIE Gründe nennen, die sich auf Alter, Geschlecht,
Herkunft, Religion, Behinderung, Schwangerschaft, Gesundheit oder sexuelle
Identität beziehen könnten – auch nicht "positiv gemeint" ("wir wollten Sie
gesundheitlich nicht überfordern"). Bei schwerbehinderten Bewerber*innen bitte
vor der Absage immer die SBV einbinden (§ 164 SGB IX).

Löschfrist: 6 Monate nach Absage automatisch.

Tobias
"""
    part = text(body, cte="qp")
    return M(part, a("reimers"), A("Recruiting Team", "recruiting@" + DOM), "Neue Textbausteine Absagen (AGG-geprüft)",
             "2026-03-13 15:50", "NORMAL", "de", "internal",
             "trap: rejection templates with «placeholders» and AGG notes on disability, pregnancy, health")


def m085():
    cv = ["# Lebenslauf", "", "Luca Brandes", "geboren am 04.09.2009 in Hamburg",
          "Anschrift: Dehnhaide 112, 22081 Hamburg", "Telefon: 0151 555 44 12 (fiktiv)", "",
          "# Schulbildung", "2019 - heute   Stadtteilschule Barmbek (fiktiv), angestrebter Abschluss: Abitur 2027",
          "", "# Praktika", "03/2024   Schülerpraktikum, Hausverwaltung Lindenhof (2 Wochen)",
          "", "# Kenntnisse", "MS Office, Englisch gut, Spanisch Grundkenntnisse", "",
          "# Hobbys", "Handball (Kreisliga), Nachhilfe für jüngere Schüler"]
    zeugnis = ["# Halbjahreszeugnis Klasse 11 - 2025/26 (Auszug)", "Schüler: Luca Brandes",
               "Deutsch 2   Mathematik 1   Englisch 2   Wirtschaft 1   Geschichte 3   Sport 1", "",
               "Fehltage: 2 (entschuldigt)   Verspätungen: 0",
               "Bemerkung: Luca ist Klassensprecher."]
    z = mkzip([("Bewerbung_Brandes/Lebenslauf.pdf", pdf(cv, "Lebenslauf", "20260301120000")),
               ("Bewerbung_Brandes/Zeugnis_Klasse11.pdf", pdf(zeugnis, "Zeugnis", "20260301120000"))],
              when=(2026, 3, 1, 12, 0, 0))
    body = """
Hallo Frauke,

Initiativbewerbung für die Ausbildung ab August 2027 (Kaufmann Versicherungen), kam
per Mail an karriere@. Unterlagen im ZIP. Sieht gut aus, Einser in Mathe und
Wirtschaft. Magst Du ihn schon in den Pool für den Azubi-Infotag im Juni aufnehmen?

Er ist erst 16 – bei Einladung bitte die Eltern in Kopie, wie immer.

Gruß Tobias

> Sehr geehrte Damen und Herren,
> ich interessiere mich sehr für eine Ausbildung bei Ihnen ab 2027 und sende Ihnen
> meine Unterlagen. Ich würde mich über eine Rückmeldung freuen.
> Mit freundlichen Grüßen, Luca Brandes
"""
    part = multi("mixed", [text(body, cte="8bit"), att(z, "application/zip", "Bewerbung_Luca_Brandes.zip")])
    return M(part, a("reimers"), a("hinrichsen"), "WG: Initiativbewerbung Ausbildung 2027 – Brandes", "2026-03-02 12:45",
             "CONFIDENTIAL", "de", "applicant",
             "minor's application: birth date, address, school grades only in PDFs inside a ZIP")


def m086():
    body = """
---------- Forwarded message ---------
From: Benefits Brief <newsletter@meridian-benefits.example>
Date: Tue, 24 Mar 2026
Subject: Benefits Brief Q1/2026 - Group income protection: mental health now the #1 cause

BENEFITS BRIEF - Q1 2026
Meridian Benefits Consulting (fictitious)

1. Group income protection: claims trends 2025
   Across our book of 380 employer schemes in Germany, Austria and Ireland
   (about 61,000 insured employees), new disability claims by main cause were:

     Mental and behavioural disorders (F00-F99)       38 %
     Musculoskeletal disorders (M00-M99)              21 %
     Cancer (C00-D48)                                 16 %
     Nervous system incl. MS, long COVID              9 %
     Cardiovascular                                    7 %
     Other                                             9 %

   Average age at claim: 47. Median claim duration: 26 months.

2. Company pension: the new "bAV-Förderbetrag" thresholds for low earners.
3. Employer-funded health insurance (bKV): budget tariffs now used by 1 in 4
   of our clients.

Read the full report: https://www.meridian-benefits.example/brief/2026-q1
"""
    top = """
FYI - relevant for our renewal discussion of the group income protection with
Elbstrom Leben in June. Our own scheme is too small to compare, but the trend is
the same.

Katrin
"""
    part = text(top + body, cte="8bit")
    return M(part, a("wollenweber"), A("HR management", "hr-management@" + DOM), "Fwd: Benefits Brief Q1/2026",
             "2026-03-24 17:02", "NORMAL", "en", "newsletter",
             "trap: benefits newsletter with disability claims by ICD chapter, aggregated over 61,000 insured")


def m087():
    body = """
Hallo Jonas,

kurze Rückmeldung zum Rückkehrgespräch mit Malte Busch heute (nach dem
Leitfaden, mit seinem Einverständnis für diese Notiz an Dich):

- Fehlzeiten 2026 bisher: 6 Kurzerkrankungen à 1–2 Tage, jeweils montags oder
  freitags, ohne AU (erste 3 Tage).
- Malte sagt von sich aus, dass er seit letztem Sommer eine Migräne mit Aura hat,
  die vom Neurologen jetzt mit Triptanen und einer Prophylaxe (Betablocker)
  behandelt wird. Auslöser sind bei ihm oft Schlafmangel und Bildschirmlicht.
- Er wünscht sich einen Platz weg vom Fenster und die Möglichkeit, bei einer
  Attacke kurzfristig ins Homeoffice zu wechseln statt sich krank zu melden.

Ich finde das gut und würde es so machen. Müssen wir da was formell regeln (BEM
ist es ja noch nicht)? Und soll die Betriebsärztin mal auf den Arbeitsplatz schauen?

Danke & Gruß
Ute
"""
    part = text(body, cte="8bit")
    return M(part, a("sievers"), a("ahlers"), "Rückkehrgespräch M. Busch", "2026-03-23 16:20",
             "STRICTLY_CONFIDENTIAL", "de", "internal",
             "return-to-work talk: named employee's migraine with aura, neurologist, triptans, beta blocker")


def m088():
    ib = iban("DE", "100700240123456789")
    body = """
Hi Arjun,

welcome to Hamburg! A few things about your relocation, now that you've started:

1. Relocation allowance EUR 3,500 gross: paid with your April salary on 28 April.
2. Moving costs (Berlin -> Hamburg): the invoice from Umzüge Spreewald (EUR 1,840)
   is approved; we reimburse it tax-free with the April payroll to your account
   %s as stored in the portal.
3. Temporary apartment Hafencity, Überseeallee 3, flat 5.12 (1 April - 31 May):
   Elbstrom pays the rent of EUR 1,650/month directly to the agency; this is a
   taxable benefit of EUR 1,650 per month (approx. EUR 700 tax/social security
   for you). Please let me know as soon as you have found a permanent flat, so
   we can update your address for payroll.
4. Anmeldung at the Bürgeramt: done on 2 April - thanks. Your tax class 1 is now
   available in ELStAM.

Cheers,
Priya
""" % ib
    part = text(body, cte="qp")
    return M(part, a("raman"), A("Arjun Nair", "arjun.nair@" + DOM), "Relocation - payments and temporary flat",
             "2026-04-08 10:40", "CONFIDENTIAL", "en", "insurer-to-employee",
             "relocation payments, IBAN, temporary address and taxable benefit of a named employee")


def m089():
    body = """
Protokoll der Betriebsratssitzung vom 17.03.2026 – öffentlicher Teil
(für das Intranet; der nicht öffentliche Teil mit personellen Einzelmaßnahmen ist
gesondert protokolliert und nur für Betriebsratsmitglieder einsehbar)

Anwesend: 11 von 13 Mitgliedern, beschlussfähig

TOP 1  Betriebsvereinbarung Mobiles Arbeiten 2026
       Entwurf v4 der Arbeitgeberseite beraten. Betriebsrat fordert 60 % statt
       50 % Homeoffice-Quote und eine Regelung zur Erreichbarkeit. Nächster
       Verhandlungstermin 02.04.
TOP 2  Kantine: Preiserhöhung um 0,40 € je Hauptgericht abgelehnt.
TOP 3  Gesundheitstag 12.03.: Rückmeldung sehr positiv, 214 Teilnehmende,
       87 Blutdruckmessungen, 64 Rückenscreenings (anonyme Auswertung durch den
       Dienstleister, keine Einzelergebnisse an Arbeitgeber oder BR).
TOP 4  Personelle Einzelmaßnahmen (nur Zahlen): 3 Einstellungen zugestimmt,
       1 Versetzung zugestimmt, 1 Anhörung nach § 102 BetrVG – Bedenken erhoben.
TOP 5  Wahl der Schwerbehindertenvertretung im Herbst 2026: Wahlvorstand wird
       im Mai bestellt.
TOP 6  Verschiedenes: Fahrradstellplätze Tiefgarage.

Nächste Sitzung: 31.03.2026
Protokoll: Ines Roloff, Schriftführerin
"""
    part = text(body, cs="windows-1252", cte="qp")
    return M(part, BR, A("Intranet Redaktion", "intranet@" + DOM), "BR-Protokoll 17.03. (öffentlicher Teil) fürs Intranet",
             "2026-03-19 13:00", "NORMAL", "de", "internal",
             "trap: works-council minutes: health-day screening counts, dismissal hearing only as a number; no person")


def m090():
    body = """
Hi Daniel,

I'm sorry to hear you've been in hospital - I hope the fever is gone now. Thanks
for sending the bill; I've checked with our international health plan team and
here's how it works:

  Plan:            Elbstrom Global Health (group policy GH-0099121 for
                   seconded employees)
  Insured person:  Daniel Foster, member no. GH-0099121-0017
  Treatment:       Mount Faber Medical Centre, Singapore (fictitious),
                   admitted 14 April, discharged 18 April 2026
  Diagnosis (per discharge summary): dengue fever (A90), dehydration
  Invoice:         SGD 9,870.40

Because it was an inpatient stay, you don't have to pay anything yourself: the
hospital should bill the plan directly under the guarantee of payment issued on
15 April (GOP-2026-4471). If they already charged your credit card, send me the
card statement and the itemised invoice and the plan will reimburse you in full
in EUR.

Your sick days (14-24 April) are recorded as sick leave with the Singapore
certificate - no German eAU needed during your secondment.

Get well soon!
Priya
"""
    part = text(body, cs="us-ascii", cte="7bit")
    return M(part, a("raman"), A("Daniel Foster", "daniel.foster@" + DOM), "RE: hospital bill Singapore",
             "2026-04-22 08:55", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-employee",
             "seconded employee's international health claim: hospital stay, dengue fever (A90), member number")


def m091():
    plain = """
ELBSTROM PEOPLE NEWS - April 2026 / Ausgabe April 2026

[DE] Willkommen! Im März haben 14 neue Kolleg:innen bei uns angefangen, davon 5 im
IT-Bereich und 4 Werkstudierende. Herzlich willkommen an Bord!
[EN] Welcome! 14 new colleagues joined us in March, 5 of them in IT and 4 working
students. Welcome aboard!

[DE] Gesundheitstag: 214 Teilnehmende, die meisten Rückenscreenings aller Zeiten.
Die anonyme Auswertung zeigt: jede*r Dritte sitzt mehr als 8 Stunden am Tag.
[EN] Health day: 214 participants. The anonymous results: one in three of us sits
for more than 8 hours a day. Stand up!

[DE] JobRad: ab Mai auch E-Lastenräder, Zuschuss 30 EUR/Monat.
[EN] JobRad: e-cargo bikes from May, subsidy EUR 30/month.

[DE] Elternzeit und Karriere: Unsere Quote der Väter in Elternzeit ist auf 39 %
gestiegen. Infoabend für werdende Eltern am 6. Mai.
[EN] Parental leave: 39 % of parents on leave last year were fathers. Info
evening for parents-to-be on 6 May.

Redaktion / Editors: People Team & Kommunikation
"""
    html = """<html><body style="font-family:Arial">
<h1 style="color:#00576b">Elbstrom People News &ndash; April 2026</h1>
<table cellpadding="6" border="0" width="100%">
<tr><td width="50%" valign="top"><h3>Willkommen!</h3><p>Im M&auml;rz haben 14 neue Kolleg:innen bei uns angefangen, davon 5 im IT-Bereich und 4 Werkstudierende.</p></td>
<td width="50%" valign="top"><h3>Welcome!</h3><p>14 new colleagues joined us in March, 5 of them in IT and 4 working students.</p></td></tr>
<tr><td valign="top"><h3>Gesundheitstag</h3><p>214 Teilnehmende. Anonyme Auswertung: jede*r Dritte sitzt mehr als 8&nbsp;Stunden am Tag.</p></td>
<td valign="top"><h3>Health day</h3><p>214 participants. One in three of us sits for more than 8 hours a day. Stand up!</p></td></tr>
<tr><td valign="top"><h3>JobRad</h3><p>Ab Mai auch E-Lastenr&auml;der, Zuschuss 30&nbsp;&euro;/Monat.</p></td>
<td valign="top"><h3>JobRad</h3><p>E-cargo bikes from May, subsidy EUR&nbsp;30/month.</p></td></tr>
<tr><td valign="top"><h3>Elternzeit</h3><p>39&nbsp;% der Eltern in Elternzeit waren V&auml;ter. Infoabend f&uuml;r werdende Eltern am 6.&nbsp;Mai.</p></td>
<td valign="top"><h3>Parental leave</h3><p>39&nbsp;% of parents on leave were fathers. Info evening on 6 May.</p></td></tr>
</table></body></html>"""
    part = multi("alternative", [text(plain, cte="qp"), text(html, "html", cs="us-ascii", cte="7bit")], "ol")
    return M(part, PEOPLE, A("All employees", "all-staff@" + DOM), "Elbstrom People News April 2026",
             "2026-04-14 09:00", "NORMAL", "mixed", "newsletter",
             "trap: bilingual staff newsletter with health-day and parental-leave statistics, no person", mid_style="sys")


def m092():
    lines = ["# Verdienstbescheinigung", "zur Vorlage beim Bezirksamt Hamburg-Nord, Kita-Gutschein-Stelle", "",
             "Hiermit bescheinigen wir, dass", "Frau Ilka Reese, geb. 27.03.1984,",
             "wohnhaft Hufnerstraße 51, 22305 Hamburg,",
             "seit dem 01.02.2010 bei uns in Teilzeit (30 Std./Woche) beschäftigt ist.", "",
             "Bruttoeinkommen 2025 gesamt:           43.512,00 EUR",
             "davon Einmalzahlungen:                  3.480,00 EUR",
             "Nettoeinkommen 2025 gesamt:            28.964,17 EUR",
             "Steuerklasse:                           4, 1,0 Kinderfreibetrag", "",
             "Hamburg, 25.03.2026", "Elbstrom Versicherung AG - Personalservice"]
    body = """
Liebe Frau Reese,

anbei wie gewünscht die Verdienstbescheinigung für den Kita-Gutschein. Das Original
mit Unterschrift liegt ab morgen im Postfach am Empfang für Sie bereit.

Viele Grüße
Sophie Lange
"""
    part = multi("mixed", [text(body, cte="8bit", flowed=True),
                           att(pdf(lines, "Verdienstbescheinigung", "20260325100000", compress=False), CT["pdf"],
                               "Verdienstbescheinigung_Reese_2025.pdf")], "tb")
    return M(part, a("lange"), A("Ilka Reese", "ilka.reese@" + DOM), "Ihre Verdienstbescheinigung",
             "2026-03-25 10:14", "CONFIDENTIAL", "de", "insurer-to-employee",
             "income certificate with birth date, address, annual gross/net (PDF only)", mid_style="tb")


def m093():
    body = """
Hallo Jonas,

Herr Brüggemann hat mir heute den Wiedereingliederungsplan von seinem Psychiater
gegeben (über die BKK, Vordruck Muster 20). Ich tippe die Eckdaten ab, das Original
geht an Dich per Hauspost. Er möchte gern am 02.03. starten – bitte bis Freitag
Zustimmung zum Plan, sonst verschiebt sich alles.

  Stufenweise Wiedereingliederung (Hamburger Modell)
  Versicherter: Timo Brüggemann, geb. 03.08.1979
  Arzt: Dr. med. Olaf Steenbock, Facharzt für Psychiatrie und Psychotherapie
  Diagnose lt. Plan: F33.1 (rezidivierende depressive Störung, gegenwärtig
                     mittelgradig), Z73 (Erschöpfungssyndrom)

  02.03.–15.03.2026   3 Std. täglich, keine Telefonie, kein Kundenkontakt
  16.03.–29.03.2026   4 Std. täglich
  30.03.–12.04.2026   6 Std. täglich, Telefonie möglich
  ab 13.04.2026       volle Arbeitszeit (38 Std.)

  Einschränkungen: keine Überstunden, keine Zielvorgaben in der
  Wiedereingliederung, wöchentlicher Termin Psychotherapie (dienstags 16 Uhr)

Arbeitsunfähig bleibt er während der ganzen Zeit, das Krankengeld läuft weiter.

Gruß Holger
"""
    part = text(body, cte="qp")
    return M(part, a("timm"), a("ahlers"), "Wiedereingliederung Brüggemann ab 02.03. – Plan", "2026-02-24 17:45",
             "STRICTLY_CONFIDENTIAL", "de", "doctor",
             "graded return plan from a psychiatrist: recurrent depression F33.1, therapy times, named employee")


def m094():
    body = """
Sehr geehrte Damen und Herren,

für die Verdiensterhebung 2026 (Berichtsmonat April) haben wir die Daten für unseren
Betrieb wie vorgeschrieben über eSTATISTIK.core hochgeladen (Meldung 04/2026,
Berichtskreis 02-999121-0001, Upload-ID CORE-26-0448190). Eine Übermittlung per
E-Mail erfolgt nicht.

Noch eine Rückfrage zu Merkmal 17 "bezahlte Stunden" bei Beschäftigten mit Kurzzeit-
Krankheit und Entgeltfortzahlung: zählen diese nach Ihrem Merkblatt als bezahlte
Stunden (so haben wir gemeldet), oder sind Zeiten mit Krankengeldbezug gemeint, die
wir wie vorgesehen nicht gemeldet haben?

Ansprechpartnerin für Rückfragen: Melike Demir, Tel. 040 999121-231.

Mit freundlichen Grüßen
Elbstrom Versicherung AG
Entgeltabrechnung
"""
    part = text(body, cte="qp")
    return M(part, a("demir"), A("Statistikamt Nord, Verdiensterhebung", "verdienste@statistik-nord.example"),
             "Verdiensterhebung 04/2026 – Upload und Rückfrage Merkmal 17", "2026-05-12 11:30",
             "NORMAL", "de", "insurer-to-authority",
             "trap: official earnings survey cover mail with sick-pay question; data itself via portal, no person")


def m095():
    rows = [["order_ref", "employee_name", "delivery_address", "postcode", "city", "phone", "items"],
            ["HO-2026-051", "Aoife Brennan", "Eppendorfer Weg 201", "20253", "Hamburg", "+49 151 555 0101", "monitor 27in; dock"],
            ["HO-2026-052", "Jakub Wiśniewski", "Wandsbeker Chaussee 77", "22089", "Hamburg", "+49 151 555 0102", "monitor 27in; chair"],
            ["HO-2026-053", "Siobhan Kearney", "14 Sunday's Well Road", "T23 X4P2", "Cork", "+353 21 555 0103", "headset; dock"],
            ["HO-2026-054", "Declan Murphy", "Schäferkampsallee 9", "20357", "Hamburg", "+49 151 555 0104", "laptop stand; monitor 24in"],
            ["HO-2026-055", "Femi Adeyemi", "Osterstraße 140", "20255", "Hamburg", "+49 151 555 0105", "noise-cancelling headset"],
            ["HO-2026-056", "Mateus Oliveira", "Lange Reihe 29", "20099", "Hamburg", "+49 151 555 0106", "chair; footrest"]]
    body = """
Hello DeskDrop team,

please find attached the home-office delivery list for April (6 employees). As
agreed, please deliver between 9:00 and 17:00 and call the employee 30 minutes
before arrival. The addresses are private homes - please use them only for this
delivery and delete them after proof of delivery (DPA of 12 Jan 2026, section 4).

Invoice to PO 4500-2026-0719.

Regards,
Christina Albers
IT Workplace Services
"""
    part = multi("mixed", [text(body, cs="us-ascii", cte="7bit"),
                           att(csvb(rows, sep=","), 'text/csv; charset="utf-8"', "homeoffice_delivery_2026-04.csv", cte="b64")])
    return M(part, a("albers"), A("DeskDrop Europe - Orders", "orders@deskdrop.example"),
             "Home office delivery list April - PO 4500-2026-0719", "2026-04-02 14:20",
             "CONFIDENTIAL", "en", "insurer-to-supplier", "delivery CSV with private home addresses and phone numbers of named employees")


def m096():
    body = """
Hi Priya,

I need your advice on the on-call rota. Conor told me in confidence yesterday
that he was diagnosed with epilepsy in February after a seizure at home - that
explains the "migraine" days, it turns out. He's on levetiracetam now and his
neurologist has told him no driving for 12 months and to avoid sleep deprivation,
so he shouldn't do night on-call (we have the 22:00-06:00 pricing batch support
once a month each).

He's fine with HR knowing, but doesn't want the team to know the reason. What
do I tell the others when I take him off the night rota? And is there anything
formal we need (company doctor, disability registration)? He asked whether this
could affect his job.

Grace
"""
    part = text(body, cs="us-ascii", cte="7bit")
    return M(part, a("oconnell"), a("raman"), "on-call rota - Conor (confidential)", "2026-04-16 18:05",
             "STRICTLY_CONFIDENTIAL", "en", "internal",
             "manager reports a named employee's epilepsy diagnosis, medication and restrictions")


def m097():
    body = """
Liebe Kolleg*innen,

am Donnerstag, 23. April, ist wieder Zukunftstag! Wir erwarten ca. 35 Kinder von
Mitarbeitenden (Klassen 5–10) und suchen noch 6 Freiwillige, die eine Gruppe für
einen halben Tag begleiten (Rallye durchs Haus, "Schadenfall lösen", IT-Workshop).

Organisatorisches:
- Anmeldung der Kinder über das Formular im Intranet (nur Name, Klasse, Eltern-
  teil, Notfallnummer).
- Allergien, Unverträglichkeiten oder Medikamente der Kinder bitte NICHT ins
  Formular schreiben – wenn etwas wichtig ist, sagt es bitte am Tag selbst direkt
  der Gruppenbegleitung bzw. beim Mittagessen dem Caterer.
- Fotos nur mit Einwilligung der Eltern (Formular liegt am Empfang).

Freiwillige melden sich bitte bis 10.04. bei mir.

Danke!
Frauke Hinrichsen
"""
    part = text(body, cte="8bit", flowed=True)
    return M(part, a("hinrichsen"), ALLE, "Zukunftstag 23.04. – Begleitung gesucht", "2026-03-30 10:00",
             "NORMAL", "de", "internal", "trap: children's day with allergies/medication wording but no child named", mid_style="tb")


def m098():
    ib = iban("DE", "210500001004477120")
    body = """
Hallo Herr Feddersen,

Ihre Reisekostenabrechnung RK-2026-0312 (Maklertag Kiel, 05.–06.03.) ist geprüft und
freigegeben:

  Bahnfahrt 2. Kl. (BahnCard 50)              38,40 €
  Hotel Förde Inn, 1 Nacht inkl. Frühstück    112,00 €
  ./. Frühstückskürzung                        -5,60 €
  Verpflegungspauschale 14 € + 14 €            28,00 €
  Taxi Bahnhof – Hotel                          14,20 €
  Erstattung gesamt                           187,00 €

Achtung: Auf dem Formular hatten Sie noch Ihre alte Bankverbindung angegeben. Wir
überweisen wie im Personalsystem hinterlegt auf %s
(Förde Sparkasse). Bitte kurz melden, falls das nicht mehr stimmt.

Viele Grüße
Reisekostenstelle / Finanzbuchhaltung
Birte Schröder
""" % ib
    part = text(body, cs="windows-1252", cte="qp")
    return M(part, A("Birte Schröder", "reisekosten@" + DOM), a("feddersen"), "Reisekostenabrechnung RK-2026-0312 – freigegeben",
             "2026-03-20 11:11", "CONFIDENTIAL", "de", "internal", "travel expense settlement with an employee's private IBAN")


def m099():
    body = """
Sehr geehrter Herr Nowak,

wir hoffen, dass der Heilungsverlauf gut ist. Nach unserem Telefonat gestern noch
einmal schriftlich:

1. Entgeltfortzahlung: Für die ersten sechs Wochen ab dem Unfall (03.02.2026) zahlen
   wir Ihr Gehalt weiter, also bis einschließlich 16.03.2026.
2. Verletztengeld: Ab dem 17.03.2026 zahlt die BG Verwaltung Verletztengeld (statt
   Krankengeld), da es sich um einen Arbeitsunfall handelt. Die Entgeltbescheinigung
   haben wir heute übermittelt.
3. Der D-Arzt-Bericht vom 26.02. (Operation der Außenbänder am 12.02., Gipsschiene,
   Teilbelastung mit Unterarmgehstützen) liegt der BG vor. Die BG hat uns mitgeteilt,
   dass ab Ende März eine erweiterte ambulante Physiotherapie (EAP) geplant ist.
4. Für die Rückkehr: Die Treppenhäuser der Tiefgarage sind inzwischen mit Anti-
   Rutsch-Belag versehen. Bis Sie wieder voll belastbar sind, übernehmen die Kollegen
   die Kontrollgänge in der Tiefgarage.

Wenn Sie Fragen haben, rufen Sie mich gern an.

Mit freundlichen Grüßen
Sophie Lange
Personalservice / Arbeitssicherheit
"""
    part = text(body, cs="iso-8859-1", cte="8bit")
    return M(part, a("lange"), A("Tomasz Nowak", "t.nowak@postbox-hh.example"),
             "Ihr Arbeitsunfall – Entgeltfortzahlung und Verletztengeld", "2026-03-05 09:30",
             "STRICTLY_CONFIDENTIAL", "de", "insurer-to-employee",
             "work-accident follow-up: ligament surgery, cast, crutches, physiotherapy of a named employee")


def m100():
    body = """
Dear Dr. Haverkamp,

thank you for your data request for the treaty renewal of our group income
protection and group life business (treaty GIP/GL-2026).

We can provide:
- Exposure by age band (5-year bands), gender and benefit level, per scheme
- Incidence and termination rates 2021-2025 by ICD-10 chapter, at portfolio level
- Large claims above EUR 500k as anonymised case summaries (age band, chapter,
  duration, reserve), as in previous years

We cannot provide claim-level data with names, dates of birth, employer names
for schemes with fewer than 50 insured lives, or diagnosis codes below chapter
level - this was also the conclusion of our DPO review last year.

Files will follow via the secure data room by 30 April.

Kind regards
Grace O'Connell
Actuarial Pricing, Elbstrom Versicherung AG
"""
    part = text(body, cs="us-ascii", cte="7bit")
    return M(part, a("oconnell"), A("Dr. Tim Haverkamp", "t.haverkamp@baltic-re.example"),
             "RE: Data request treaty renewal GIP/GL-2026", "2026-04-09 16:40",
             "NORMAL", "en", "insurer-to-partner",
             "trap: ordinary reinsurer mail about ICD chapters and group life data, aggregated only; no person")

def m101():
    body = """
Guten Tag Herr Ewers,

vielen Dank für Ihr Interesse an unserer Zahnzusatzversicherung. Gern beantworte ich
Ihre allgemeinen Fragen:

- Unsere Tarife ZahnPlus 70 / 90 / 100 erstatten Zahnersatz (Kronen, Brücken,
  Implantate, Inlays) zu 70, 90 bzw. 100 % des Rechnungsbetrags, jeweils inklusive
  der Vorleistung der gesetzlichen Krankenkasse.
- Professionelle Zahnreinigung: bis 150 € pro Jahr (ZahnPlus 90/100).
- Kieferorthopädie für Erwachsene ist nur nach Unfall versichert.
- In den ersten Jahren gelten Leistungsbegrenzungen (z. B. 1.000 € im 1. Jahr).
- Laufende oder angeratene Behandlungen sind nicht versichert; im Antrag fragen wir
  deshalb nach fehlenden Zähnen und geplanten Behandlungen.

Die Beiträge hängen vom Eintrittsalter ab. Einen persönlichen Beitrag berechnen Sie
am einfachsten mit unserem Online-Rechner: www.elbstrom-versicherung.example/zahn

Bitte schicken Sie uns per E-Mail keine Heil- und Kostenpläne oder Röntgenbilder –
die brauchen wir erst im Leistungsfall, und dann über das Kundenportal.

Mit freundlichen Grüßen
Ihr Kundenservice Kranken
Elbstrom Versicherung AG
"""
    part = text(body, cte="qp")
    return M(part, A("Elbstrom Kundenservice Kranken", "kranken-service@" + DOM), A("Rüdiger Ewers", "r.ewers@mailfeld.example"),
             "Ihre Anfrage zur Zahnzusatzversicherung", "2026-04-20 14:10",
             "NORMAL", "de", "insurer-to-customer",
             "trap: ordinary product answer to a prospect about dental cover; no contract or health data of the person")


def m102():
    body = """
Hi Declan,

good news: you're now fully registered for social security in Germany. For your
records:

  Health insurance fund:    BKK Leuchtturm (your choice in the onboarding form)
  Social security number:   65 210793 M 012 (issued by the pension insurance
                            after our registration on 1 April)
  Tax ID:                   received via ELStAM on 7 April - 41 882 097 315
  Tax class:                1, no child allowances*

You'll get a letter with your social security number from Deutsche Rentenversicherung
in the next weeks; please keep it, you'll need it for future employers too.

Your first payslip (April) will be in the portal on 28 April.

* If that's wrong, the tax office (Finanzamt) has to change it - not us.

Best,
Priya
"""
    part = text(body, cs="us-ascii", cte="7bit")
    return M(part, a("raman"), A("Declan Murphy", "declan.murphy@" + DOM), "Your social security and tax registration",
             "2026-04-09 15:25", "CONFIDENTIAL", "en", "insurer-to-employee",
             "social security number, tax ID and tax class of a named employee")


def m103():
    body = """
Hallo Melike,

für die U2-Erstattung: Frau Vogt hat heute das ärztliche Beschäftigungsverbot
ihrer Frauenärztin nachgereicht (Original bei mir, Scan im Portal). Eckdaten:

  Ines Vogt, Actuarial Pricing, Personalnr. 38844
  Bescheinigung Dr. med. Tanja Reincke, Fachärztin für Gynäkologie, vom 06.02.2026
  Beschäftigungsverbot nach § 16 MuSchG: vollständig, ab 09.02.2026 bis zum Beginn
  der Schutzfrist
  Begründung lt. Attest: Risikoschwangerschaft (Zervixinsuffizienz, vorzeitige
  Wehentätigkeit), Bettruhe angeordnet
  ET: 22.03.2026 -> Schutzfrist ab 08.02.? Nein – ab 08.02. wäre zu früh, der
  Mutterschutz beginnt 6 Wochen vor ET = 08.02.2026. Hm, dann greift das BV nur
  für den 09.02. gar nicht mehr...

Moment, ich schau nochmal ins Attest – der ET ist 22.04.2026, nicht 22.03. (Grace
hatte es im Tracker falsch). Also Schutzfrist ab 11.03.2026, BV vom 09.02. bis 10.03.

Mutterschutzlohn bitte ab 09.02. nach § 18 MuSchG abrechnen und bei der BKK zur
U2 anmelden.

Danke!
Sophie
"""
    part = text(body, cte="8bit")
    return M(part, a("lange"), a("demir"), "Beschäftigungsverbot Vogt – U2", "2026-02-09 16:02",
             "STRICTLY_CONFIDENTIAL", "de", "doctor",
             "gynaecologist's employment ban for a named employee: high-risk pregnancy, cervical insufficiency, due date")


def m104():
    body = """
Hi all,

as part of the annual access review (ISO 27001 control A.5.18) please confirm by
24 April that the following access to sensitive HR data in SAP HR and the absence
module is still needed. Reply "confirmed" or tell me what to remove.

  Role / data area                       Holders
  Absence module - sick leave dates      Personalservice (4), HRBPs (3), line managers (own team, dates only)
  Absence module - uploaded certificates Personalservice (2: S. Lange, N. Kraft)
  BEM files (separate share)             BEM team: J. Ahlers, A. Petersen (SBV, on request)
  Severe disability flag                 Personalservice (2), Payroll (3)
  Payroll data incl. bank details        Payroll (3), LohnWerk (external, DPA)
  Pregnancy/maternity notifications      Personalservice (2), Payroll (3)
  Disciplinary records                   HRBPs (3), Head of HR

Changes since last year: M. Demir added to payroll, former trainee accounts removed.

Thanks,
Lars Ove Brandt (DPO) / IT Security
"""
    part = text(body, cs="us-ascii", cte="7bit")
    return M(part, a("brandt"), A("HR management", "hr-management@" + DOM), "Access review 2026 - HR sensitive data areas",
             "2026-04-10 09:15", "NORMAL", "en", "internal",
             "trap: access review listing sick-leave, BEM, disability and pregnancy data areas; only role holders named")


def m105():
    body = """
Sehr geehrte Damen und Herren,

hiermit melden wir unseren Auszubildenden zur Teil 1 der gestreckten Abschluss-
prüfung (Frühjahr 2027) an:

  Prüfling:                Ole Jacobsen
  geboren am:              17.06.2007 in Itzehoe
  Anschrift:               Am Mühlenteich 4, 25524 Itzehoe
  Ausbildungsberuf:        Kaufmann für Versicherungen und Finanzanlagen
  Ausbildungsvertrag Nr.:  HH-2026-VF-004471, Beginn 01.02.2026, verkürzt auf 2,5 Jahre
  Berufsschule:            Berufliche Schule Stadtpark, Klasse VF26b
  Fachrichtung:            Versicherung

Den Ausbildungsnachweis (digitales Berichtsheft) hat Herr Jacobsen bis zum
31.05.2026 vollständig geführt und von uns abzeichnen lassen. Die Prüfungsgebühr
übernimmt der Ausbildungsbetrieb (Rechnung bitte an Kostenstelle 4150).

Mit freundlichen Grüßen
""" + sig("hinrichsen")
    part = text(body, cs="iso-8859-1", cte="qp")
    return M(part, a("hinrichsen"), A("IHK Hamburg, Prüfungswesen", "pruefungen@ihk-hamburg.example"),
             "Prüfungsanmeldung Teil 1 – Jacobsen, Ole (VF)", "2026-06-03 10:00",
             "CONFIDENTIAL", "de", "insurer-to-authority", "exam registration of a trainee with birth date, address, contract number")


def m106():
    html = """
<html><body style="font-family:Arial;font-size:13px">
<p style="background:#e30613;color:#fff;padding:8px"><b>BKK Leuchtturm &ndash; Firmenkunden-Info 2/2026</b></p>
<h3>1. eAU: Abruf jetzt auch f&uuml;r station&auml;re Aufenthalte</h3>
<p>Seit 1. April k&ouml;nnen Arbeitgeber auch Zeiten station&auml;rer Krankenhausbehandlung und
Vorsorge-/Reha-Ma&szlig;nahmen elektronisch abrufen. Diagnosen werden dabei &ndash; wie bei der eAU &ndash;
selbstverst&auml;ndlich <b>nicht</b> &uuml;bermittelt.</p>
<h3>2. Kinderkrankengeld 2026</h3>
<p>15 Arbeitstage je Kind und Elternteil, bei Alleinerziehenden 30 Tage. Die &auml;rztliche
Bescheinigung geht an die Kasse, nicht an den Arbeitgeber.</p>
<h3>3. Beitragss&auml;tze</h3>
<p>Zusatzbeitrag 2026: 2,69&nbsp;%. Umlage U1 (Krankheit): 3,1&nbsp;% bei 70&nbsp;% Erstattung;
U2 (Mutterschaft): 0,44&nbsp;%.</p>
<h3>4. Betriebliches Gesundheitsmanagement</h3>
<p>Unser Angebot &bdquo;R&uuml;ckenfit am Arbeitsplatz&ldquo; ist f&uuml;r Firmen ab 50 Versicherten kostenfrei.</p>
<p style="font-size:11px;color:#777">Sie erhalten diese Info als Arbeitgeber mit Betriebsnummer bei der BKK Leuchtturm (fiktiv).
<a href="https://www.bkk-leuchtturm.example/abmelden">Abmelden</a></p>
</body></html>
"""
    part = text(html, "html", cs="iso-8859-1", cte="qp")
    return M(part, a("demir"), A("Entgeltabrechnung", "entgelt@" + DOM), "WG: Firmenkunden-Info 2/2026 – eAU, Kinderkrankengeld, Beitragssätze",
             "2026-04-15 07:55", "NORMAL", "de", "newsletter",
             "trap: health-fund employer newsletter about eAU, hospital stays, child sick pay; HTML only, iso-8859-1")


def m107():
    body = """
Dear Julia,

thank you for telling me what has been going on - I know that wasn't easy. I'm
writing down what we discussed so you have it in writing, and so that nothing
goes further than it needs to.

- You had COVID in early February; since then you have post-COVID syndrome with
  severe fatigue, brain fog and a racing heart on exertion (your cardiologist has
  ruled out myocarditis, your GP has referred you to the post-COVID outpatient
  clinic at the university hospital, first appointment 5 May).
- Your sick leave has been extended until 30 April.
- When your doctors agree, we'll start a graded return ("Hamburger Modell"),
  starting with 2 hours a day from home. The plan comes from your doctor, we
  only need to agree to it.
- Because you'll have been sick for more than six weeks this year, you will get
  a formal BEM invitation by post. It's voluntary - you can also do it later.

Grace only knows that you're on sick leave and that we're working on a return
plan. Nothing else.

Take care of yourself,
Priya
"""
    part = text(body, cs="us-ascii", cte="7bit")
    return M(part, a("raman"), A("Julia Kern", "julia.kern@" + DOM), "Our call today - summary",
             "2026-04-17 15:30", "STRICTLY_CONFIDENTIAL", "en", "insurer-to-employee",
             "long-COVID summary for a named employee: fatigue, tachycardia, cardiologist, graded return, BEM")


def m108():
    body = """
Hi Priya,

as agreed, the PIP outcome for Hannes Petersen (Data Engineer, P2), for his file:

Period: 1 Oct 2025 - 31 Jan 2026 (extended once by 4 weeks)
Objectives and result:
  1. Deliver the claims-events pipeline with test coverage >= 80 %: achieved (84 %)
  2. No production incidents caused by unreviewed merges: achieved (0 since Nov)
  3. Status updates in stand-up every day: partly achieved

Overall: PIP successfully completed. Hannes stays on the team with normal
objectives. Consequences already agreed and communicated to him on 5 Feb:
  - no bonus for 2025 (performance rating "below")
  - salary increase 2026 limited to 2 % (to EUR 57,630)
  - next review in the normal cycle

Hannes signed the outcome letter; scan is in the portal.

Rahul
"""
    part = text(body, cs="us-ascii", cte="7bit")
    return M(part, a("mehta"), a("raman"), "PIP outcome - H. Petersen", "2026-02-05 17:10",
             "CONFIDENTIAL", "en", "internal", "performance-improvement outcome with bonus and salary consequences for a named employee")


def m109():
    body = """
Datenschutz-Quiz für den Personalbereich – Auflösung (Schulung 21.04.2026)

1. Eine Führungskraft leitet die AU-Bescheinigung eines Mitarbeiters mit Diagnose-
   schlüssel ans ganze Team weiter. Ist das zulässig?
   -> Nein. Gesundheitsdaten (Art. 9 DSGVO); das Team braucht nur "ist abwesend".

2. Darf der Arbeitgeber nach einer Schwangerschaft fragen?
   -> Im Bewerbungsgespräch nie. Im Arbeitsverhältnis teilt die Mitarbeiterin sie
      freiwillig mit (§ 15 MuSchG "soll").

3. Die Personalabteilung erhält den Schwerbehindertenausweis in Kopie. Was wird
   gespeichert?
   -> Nur Merkmal, GdB und Gültigkeit. Kopie vernichten.

4. Wie lange werden BEM-Unterlagen aufbewahrt?
   -> Laut BV 3 Jahre nach Abschluss, getrennt von der Personalakte.

5. Die Kirchensteuer-Spalte in der Lohnabrechnung – ist das ein "normales" Datum?
   -> Nein: Sie verrät die Religionszugehörigkeit (Art. 9). Nur Entgeltabrechnung.

6. Eine Bewerberin erwähnt im Anschreiben ihre Depression. Was tun?
   -> Nicht bewerten, nicht notieren, nicht weiterleiten; Unterlagen nach
      Verfahrensende löschen.

Auswertung: Ø 4,6 von 6 Punkten, 19 Teilnehmende. Danke fürs Mitmachen!
Lars Ove Brandt
"""
    part = text(body, cte="qp")
    return M(part, a("brandt"), A("HR Team intern", "hr-team@" + DOM), "Datenschutz-Quiz HR – Auflösung",
             "2026-04-22 08:30", "NORMAL", "de", "internal",
             "trap: data-protection quiz about AU diagnoses, pregnancy, disability, church tax, depression; no person")


def m110():
    body = """
Hallo Jonas,

Kollege Malte Busch (Schaden Sach) hat bei mir Bildungsurlaub bzw. Freistellung
für ein Seminar angefragt, weil er seit Januar ver.di-Vertrauensmann bei uns ist und
die Gewerkschaft ihn zum Grundlagenseminar "Vertrauensleute im Betrieb" schickt:

  11.–15.05.2026, ver.di-Bildungszentrum Walsrode (fiktiv)
  Kosten trägt ver.di, er möchte dafür 5 Tage Bildungsurlaub nach dem Hamburgischen
  Bildungsurlaubsgesetz nehmen. Anerkennung des Seminars liegt vor.

Er möchte nicht, dass seine Teamleitung den Seminartitel sieht – kann man das im
Portal als "Bildungsurlaub" ohne Titel erfassen? Die Anerkennungsbescheinigung
schickt er Dir direkt.

Gruß Bernd
""" + sig("kolbe", None)
    part = text(body, cte="8bit")
    return M(part, a("kolbe"), a("ahlers"), "Bildungsurlaub M. Busch 11.–15.05.", "2026-04-07 12:40",
             "STRICTLY_CONFIDENTIAL", "de", "internal",
             "leave request revealing a named employee's trade-union membership and union role (Art. 9)")


def m111():
    body = """
Sehr geehrter Herr Wrage,

wir bestätigen den Eingang Ihrer Eigenkündigung vom 20.12.2025 zum 31.03.2026.
Für Ihren Austritt haben wir Folgendes vorbereitet:

1. Resturlaub: Sie haben für 2026 anteilig 7,5 Tage Anspruch, davon 5 genommen.
   Die verbleibenden 2,5 Tage werden mit der März-Abrechnung abgegolten
   (2,5 x 276,15 € = 690,38 € brutto).
2. Überstunden: 14,5 Stunden Gleitzeitguthaben werden ausgezahlt (à 36,34 €).
3. Dienstwagen HH-EV 1187: Rückgabe bitte am 31.03. bis 12 Uhr beim Fuhrpark,
   mit beiden Schlüsseln und Tankkarte.
4. Laptop, Handy und Ausweis: Rückgabe am letzten Arbeitstag bei der IT (Raum 0.12).
5. Arbeitszeugnis und Arbeitspapiere (Lohnsteuerbescheinigung, SV-Meldung) erhalten
   Sie per Post an Ihre Anschrift Rotdornweg 3, 21614 Buxtehude.

Für Ihre Zukunft alles Gute!

Mit freundlichen Grüßen
""" + sig("lange")
    part = text(body, cs="windows-1252", cte="qp")
    return M(part, a("lange"), A("Dennis Wrage", "dennis.wrage@" + DOM), "Ihr Austritt zum 31.03.2026 – Abwicklung",
             "2026-03-02 09:30", "CONFIDENTIAL", "de", "insurer-to-employee",
             "exit handling: holiday payout amounts, home address, company car of a named employee")


def m112():
    body = """
Dear Ms Wainwright,

following your proposal of 18 March, we'd like to book the two-day Mental Health
First Aid course for 16 of our managers:

  Course:     MHFA Adult - 2 days (licensed instructor, delivered in English)
  Dates:      10-11 June 2026, 9:00-16:30
  Venue:      Elbstrom Versicherung AG, Lotsenkai 12, Hamburg, room 1.01
  Group:      16 participants (team leads from IT, Actuarial and Claims)
  Price:      EUR 7,200 net incl. manuals and certificates

Topics as per your outline: recognising signs of depression, anxiety, psychosis
and substance misuse; how to approach someone in crisis; suicide awareness;
signposting to the EAP and professional help.

We will send the participant list two weeks before the course (names and e-mail
addresses only). Please do not ask participants about their own mental health
history in the pre-course questionnaire - the DPO asked me to stress that.

PO number to follow from Purchasing.

Best regards
Jonas Ahlers
HR Business Partner
"""
    part = text(body, cs="us-ascii", cte="7bit")
    return M(part, a("ahlers"), A("Helen Wainwright", "helen@mindfirst-training.example"),
             "Booking MHFA course 10-11 June 2026", "2026-03-25 11:50",
             "NORMAL", "en", "insurer-to-supplier",
             "trap: booking mental health first aid training: depression, psychosis, suicide awareness; no person")


def m113():
    d = docx([("h", "Lebenslauf"),
              ("t", [["Name", "Jana Wilkens"], ["Geburtsdatum", "23.01.1990 in Stade"],
                     ["Familienstand", "verheiratet, zwei Kinder (5 und 8 Jahre)"],
                     ["Anschrift", "Harsefelder Straße 61, 21680 Stade"],
                     ["Telefon", "04141 555 2207 (fiktiv)"]]),
              ("b", "Berufserfahrung"),
              "seit 07/2018   Sachbearbeiterin Kfz-Schaden, Küstenland Versicherung a.G., Stade (Teilzeit 25 Std.)",
              "2013 – 2018    Kundenberaterin, Sparkasse Altes Land",
              ("b", "Ausbildung"),
              "2010 – 2013    Ausbildung Kauffrau für Versicherungen und Finanzen, Küstenland Versicherung",
              ("b", "Sonstiges"),
              "Gehaltsvorstellung: 48.000 € p.a. bei 30 Std./Woche; Kündigungsfrist 3 Monate zum Quartalsende",
              "Führerschein Klasse B; Englisch gut"], when="2026-04-12 19:00", author="Jana Wilkens")
    body = """
Hallo Holger,

Bewerbung für die Teilzeitstelle Schaden Kfz (SK-2026-07), Lebenslauf anbei. Passt
fachlich aus meiner Sicht sehr gut, Gehaltsvorstellung liegt im Rahmen (TG 6).
Soll ich einladen? Vorschlag: 28. oder 29.04. nachmittags.

VG Tobias

----- Ursprüngliche Nachricht -----
Von: Jana Wilkens <jana.wilkens@mailfeld.example>
An: karriere@elbstrom-versicherung.example
Betreff: Bewerbung SK-2026-07

Sehr geehrte Damen und Herren, anbei meine Bewerbung. Mit freundlichen Grüßen, Jana Wilkens
"""
    part = multi("mixed", [text(body, cte="qp"), att(d, CT["docx"], "Lebenslauf_Jana_Wilkens.docx")], "ol")
    return M(part, a("reimers"), a("timm"), "WG: Bewerbung SK-2026-07", "2026-04-13 09:05",
             "CONFIDENTIAL", "de", "applicant",
             "forwarded application: birth date, marital status, children, address, salary expectation in the DOCX CV")


def m114():
    body = """
Sehr geehrter Herr Dr. Kleinschmidt,

wie bei der Betriebsbesichtigung am 31.03. vereinbart, senden wir Ihnen die
Unterlagen zur Gefährdungsbeurteilung psychischer Belastung (GBU Psyche) nach § 5
Abs. 3 Nr. 6 ArbSchG:

1. Vorgehen: Mitarbeiterbefragung (COPSOQ-Kurzform) im Oktober 2025, Rücklauf 71 %,
   Auswertung durch externes Institut, nur für Gruppen ab 10 Personen.
2. Ergebnisse (Auszug, Skala 0–100, höher = stärker belastet):
     Arbeitsmenge / Zeitdruck           62  (Referenz Finanzbranche 58)
     emotionale Anforderungen (Kundenservice, Leistung Kranken)  67
     Work-Privacy-Konflikt              49
     Burnout-Symptome (Selbstauskunft)   41  (Referenz 38)
3. Maßnahmen: Personalaufstockung Leistung Kranken (+4 Stellen), Schulung
   "Umgang mit belastenden Kundengesprächen", Pilot Vier-Tage-Woche Kundenservice.
4. Wirksamkeitskontrolle: Wiederholungsbefragung Herbst 2027.

Einzelergebnisse oder Rückschlüsse auf Personen sind nicht möglich und liegen uns
nicht vor.

Mit freundlichen Grüßen
Sophie Lange, Personalservice / Arbeitssicherheit
"""
    part = text(body, cte="8bit")
    return M(part, a("lange"), A("Amt für Arbeitsschutz, Dr. Kleinschmidt", "arbeitsschutz@behoerde-hamburg.example"),
             "GBU psychische Belastung – Unterlagen nach Besichtigung 31.03.", "2026-04-14 10:20",
             "NORMAL", "de", "insurer-to-authority",
             "trap: psychosocial risk assessment with burnout scores, groups of 10+; no person")


def m115():
    body = """
Hi Priya,

I'd like to ask for something a bit personal and I hope it's ok to come to you
directly rather than through Christina.

My partner and I have started IVF treatment at the Kinderwunschzentrum Altona.
Over the next 2-3 months I'll have a lot of short-notice appointments: monitoring
scans every 2-3 days in the morning during each cycle, then the egg retrieval
(one day off, under sedation) and the transfer a few days later. The hormone
injections also make me tired and a bit all over the place, honestly.

Could I work flexibly in those weeks - starting later and making up hours in the
evening, and working from home on the retrieval/transfer days? I don't want to
use sick days unless I really have to. And I'd prefer Christina to know only that
I have "medical appointments".

Thanks so much,
Aoife
"""
    part = text(body, cs="us-ascii", cte="7bit")
    return M(part, A("Aoife Brennan", "aoife.brennan@" + DOM), a("raman"), "a personal request",
             "2026-05-04 08:20", "STRICTLY_CONFIDENTIAL", "en", "employee",
             "employee discloses IVF treatment, appointments and hormone side effects")


def m116():
    rows = [["Department", "Recipients", "Opened", "Clicked link", "Entered credentials", "Reported to IT"],
            ["Claims", 196, 141, 38, 11, 52],
            ["Customer service", 88, 70, 21, 7, 19],
            ["IT / Data", 141, 97, 9, 1, 88],
            ["Finance / Actuarial", 58, 44, 10, 3, 21],
            ["HR / Legal / Audit", 31, 27, 6, 2, 12],
            ["Total", 514, 379, 84, 24, 192]]
    body = """
Hi all,

results of the March phishing simulation. The lure was a fake e-mail "Your payslip
for March is ready - salary correction due to sick pay / tax refund", with a
link to a fake employee portal asking for the password.

Key figures (department level only, no individual results are kept - as agreed
with the works council):
  16 % clicked (last campaign: 21 %)
  4.7 % entered credentials
  37 % reported the mail via the "Report phishing" button - great!

Payroll-themed lures (salary, sick pay, bonus) remain the most effective ones.
Reminder: HR never sends payslips by e-mail; they are only in the portal.

IT Security Awareness Team
"""
    part = multi("mixed", [text(body, cs="us-ascii", cte="7bit"),
                           att(csvb(rows, sep=","), 'text/csv; charset="us-ascii"', "phishing_sim_2026-03_by_department.csv", cte="qp")])
    return M(part, A("IT Security Awareness", "security-awareness@" + DOM), FK, "Phishing simulation March: results",
             "2026-04-02 09:00", "NORMAL", "en", "internal",
             "trap: fake 'payslip / sick pay' phishing campaign, department-level statistics (CSV)", mid_style="sys")


def m117():
    body = """
Dear Daniel,

as discussed, here are the terms of your secondment to our Singapore
representative office. The formal assignment letter follows for signature.

  Assignment:      Regional Claims Analytics Lead, Elbstrom Asia Rep. Office
  Period:          1 March 2026 - 28 February 2028 (home-based contract remains)
  Home salary:     EUR 88,000 p.a. (unchanged, continues via German payroll)
  Cost-of-living allowance:  EUR 1,150 per month, net
  Housing:         company-leased apartment up to SGD 6,500 per month
                   (Robertson Quay, lease in Elbstrom's name)
  Home leave:      one economy return flight Hamburg per year for you and your
                   partner
  Tax:             tax equalisation - you pay hypothetical German tax only;
                   Elbstrom bears Singapore tax. Our tax adviser (Hanse Tax
                   Partners) prepares both returns.
  Social security: German social security continues (certificate of secondment
                   applied for)

Please confirm that your partner Martin Foster will join you from May, so that
we can add him to the housing and flight arrangements.

Best,
Priya
"""
    part = text(body, cs="us-ascii", cte="7bit")
    return M(part, a("raman"), A("Daniel Foster", "daniel.foster@" + DOM), "Secondment terms Singapore",
             "2026-02-02 11:00", "CONFIDENTIAL", "en", "insurer-to-employee",
             "secondment package with salary, allowances and tax arrangement of a named employee")


def m118():
    body = """
Ich bin vom 18.05. bis 29.05.2026 im Urlaub und danach ab 01.06. wieder erreichbar.

In dringenden Betriebsratsangelegenheiten wenden Sie sich bitte an meine
Stellvertreterin Ines Roloff (ines.roloff@elbstrom-versicherung.example, -291).

Anhörungen nach §§ 99, 102 BetrVG und Anträge an die Schwerbehindertenvertretung
bitte ausschließlich an betriebsrat@elbstrom-versicherung.example bzw.
sbv@elbstrom-versicherung.example senden, damit die Fristen gewahrt bleiben.

Persönliche Anliegen (Krankheit, Konflikte, Kündigung) behandeln wir vertraulich –
gern nach meiner Rückkehr oder mit Frau Roloff.

Bernd Kolbe
Vorsitzender des Betriebsrats
"""
    part = text(body, cte="qp")
    return M(part, a("kolbe"), a("ahlers"), "Automatische Antwort: Einladung Monatsgespräch Juni",
             "2026-05-19 10:02", "NORMAL", "de", "internal",
             "trap: works-council out-of-office mentioning dismissal hearings, illness, conflicts",
             extra=[("Auto-Submitted", "auto-replied")], mid_style="sys")


def m119():
    ib = iban("DE", "200505501288834411")
    body = """
Sehr geehrte Frau Çelik,

Ihr Antrag auf ein Arbeitgeberdarlehen vom 14.04.2026 wurde genehmigt:

  Darlehensbetrag:      6.000,00 €
  Verwendungszweck:     Mietkaution und Umzug (lt. Antrag)
  Zinssatz:             1,5 %% p.a. (geldwerter Vorteil wird versteuert, Differenz
                        zum Maßstabszins 5,1 %%: ca. 9,40 € monatlich)
  Tilgung:              36 Monatsraten à 170,57 €, Einbehalt vom Nettogehalt ab
                        Mai 2026
  Auszahlung:           bis 30.04.2026 auf Ihr Gehaltskonto %s

Bei Beendigung des Arbeitsverhältnisses wird der Restbetrag fällig. Der Darlehens-
vertrag liegt in zweifacher Ausfertigung im Personalservice zur Unterschrift bereit.

Mit freundlichen Grüßen
""" % ib + sig("demir")
    part = text(body, cte="qp")
    return M(part, a("demir"), A("Merve Çelik", "merve.celik@" + DOM), "Ihr Arbeitgeberdarlehen – Genehmigung",
             "2026-04-21 13:45", "CONFIDENTIAL", "de", "insurer-to-employee",
             "employer loan: amount, repayment from net pay, IBAN of a named employee")


def m120():
    ev = ics([{"uid": "lernortkoop-2026-06@" + DOM, "start": "20260611T140000", "end": "20260611T160000",
               "summary": "Lernortkooperation Berufliche Schule Stadtpark / Ausbildungsbetriebe",
               "location": "Berufliche Schule Stadtpark, Raum A 104",
               "description": "TOP: Blockplan 2026/27, Umgang mit Fehlzeiten und Attestpflicht, digitale Berichtshefte",
               "organizer": ("Frauke Hinrichsen", P["hinrichsen"][1])}])
    body = """
Sehr geehrte Frau Carstensen, sehr geehrter Herr Albrecht,

vielen Dank für die Einladung zur Lernortkooperation am 11.06. Ich komme gern und
schicke Ihnen vorab unsere Themenwünsche:

1. Blockplan 2026/27 – bitte möglichst keine Blockwochen im Dezember (Jahresendgeschäft).
2. Fehlzeiten: Wir würden gern ein gemeinsames Verfahren abstimmen, wie Schule und
   Betrieb sich über Fehltage informieren, OHNE Atteste oder Krankheitsgründe
   auszutauschen. Aus unserer Sicht reicht "entschuldigt/unentschuldigt". (Wir hatten
   in diesem Jahr einen Fall, in dem uns ungewollt Details geschickt wurden.)
3. Digitale Berichtshefte – Zugriff für Lehrkräfte?

Die Termineinladung hänge ich an.

Mit freundlichen Grüßen
""" + sig("hinrichsen")
    part = multi("mixed", [text(body, cte="qp"), att(ev, CT["ics"], "Lernortkooperation_2026-06-11.ics")], "ol")
    return M(part, a("hinrichsen"), A("Ines Carstensen", "sekretariat@bs-stadtpark.example"),
             "Lernortkooperation 11.06. – Themenwünsche", "2026-05-26 15:00",
             "NORMAL", "de", "insurer-to-school",
             "trap: school cooperation meeting about absences and medical certificates in general; no trainee named")


def m121():
    body = """
Liebe Frau Friedrichsen,

vielen Dank für Ihre offene Nachricht. Es tut mir sehr leid, was Sie in den letzten
Monaten durchgemacht haben, und ich freue mich, dass die Operation und die
Bestrahlung gut verlaufen sind.

Zu Ihren Fragen:

1. Anschlussheilbehandlung: Die onkologische Reha in der Klinik Dünenblick
   (03.06.–24.06.2026) gilt arbeitsrechtlich wie Arbeitsunfähigkeit. Da die
   Entgeltfortzahlung wegen derselben Erkrankung (Mammakarzinom) bereits im Februar
   ausgeschöpft war, zahlt die Rentenversicherung in dieser Zeit Übergangsgeld.
   Wir haben die Entgeltbescheinigung heute an die DRV geschickt.
2. Wiedereingliederung: Sehr gern ab Juli – der Reha-Arzt kann den Stufenplan
   direkt in der Klinik erstellen. Sie sind dann weiter krankgeschrieben.
3. Schwerbehinderung: Ein Antrag beim Versorgungsamt ist bei einer Krebserkrankung
   in der Regel erfolgreich (Heilungsbewährung). Frau Petersen von der SBV hilft
   Ihnen gern beim Ausfüllen, wenn Sie möchten.
4. Ihre Kolleginnen wissen nur, dass Sie "länger ausfallen". Dabei bleibt es, bis
   Sie selbst etwas anderes sagen.

Alles Gute für die Reha!
Jonas Ahlers
"""
    part = text(body, cte="qp")
    return M(part, a("ahlers"), A("Anke Friedrichsen", "anke.friedrichsen@" + DOM), "AW: Reha im Juni",
             "2026-05-20 11:35", "STRICTLY_CONFIDENTIAL", "de", "insurer-to-employee",
             "named employee's breast cancer, radiotherapy, oncological rehab, transition allowance")


def m122():
    body = """
Dear partners,

you're invited to our broker webinar "Employee benefits for SMEs: group health
(bKV) and group income protection" on Wednesday, 17 June 2026, 10:00-11:00 CET.

What we'll cover:
- Why employer-funded health insurance is the fastest-growing benefit in Germany
  (market data 2025, average take-up, typical budget tariffs of EUR 300-900 per
  employee and year)
- No individual health questions for groups from 10 employees - how it works
- Group income protection: benefit levels, waiting periods, simplified
  underwriting; anonymised claims examples (back pain, burnout, cancer)
- Commission and servicing in the broker portal

Speakers: Grace O'Connell (Actuarial Pricing), Torben Lass (Group Sales)

Register here: https://makler.elbstrom-versicherung.example/webinar-2026-06
The recording will be available in the broker portal afterwards.

Kind regards
Your Elbstrom broker team
"""
    part = text(body, cs="us-ascii", cte="7bit")
    return M(part, A("Elbstrom Maklerbetreuung", "makler@" + DOM), A("Harbour & Lane Brokers", "team@harbourlane-brokers.example"),
             "Webinar invitation: employee benefits for SMEs (17 June)", "2026-05-28 09:00",
             "NORMAL", "en", "insurer-to-broker",
             "trap: ordinary broker webinar invitation about group health and disability, anonymised examples", mid_style="sys")


def m123():
    body = """
Hallo Priya,

Declan hat heute früh geschrieben, s.u. – ich habe ihn im Portal ab heute als krank
erfasst. Die eAU kommt über die BKK. Er braucht für die nächsten Wochen wohl eine
Lösung mit Spracherkennung, kannst Du das mit Christina klären? Und: Wegeunfall?
Er war auf dem Weg zur Arbeit – dann müssen wir eine Unfallanzeige an die BG machen.

Gruß Sophie

> From: Declan Murphy
> Sent: Monday, 11 May 2026 07:12
> Subject: accident this morning
>
> Hi Sophie, hi Priya,
> I came off my bike on the way to the office this morning (tram tracks at
> Dammtor, wet). A&E at the UKE: fractured right wrist (distal radius), they put
> it in a cast and I have to see the hand surgeon on Wednesday - maybe it needs a
> plate. Doctor's note is for 2 weeks for now. I can probably do some work from
> home with the left hand and dictation, if that's ok?
> Sorry! Declan
"""
    part = text(body, cte="qp")
    return M(part, a("lange"), a("raman"), "Declan – Unfall heute früh", "2026-05-11 09:05",
             "STRICTLY_CONFIDENTIAL", "mixed", "internal",
             "German HR note with quoted English message: named employee's wrist fracture, cast, commuting accident")


def m124():
    body = """
Hallo Herr Brodersen,

Frau Stahmer hat eine Nebentätigkeit angezeigt, die wir nach § 9 ihres Arbeitsvertrags
genehmigen müssen. Bitte kurz bestätigen, dass aus Ihrer Sicht keine Interessen-
kollision und keine Beeinträchtigung der Arbeitsleistung besteht:

  Art:        Dozentin an der VHS Hamburg-Mitte, Kurs "Versicherungen verstehen –
              Grundlagen für Verbraucher" (8 Abende à 2 Std. im Herbst)
  Umfang:     ca. 2 Std./Woche, nur abends
  Vergütung:  32 € je Unterrichtsstunde, insgesamt ca. 512 €/Jahr
              (Übungsleiterfreibetrag, steuerfrei bis 3.000 €)

Aus Personalsicht spricht nichts dagegen; Wettbewerb zu uns sehen wir nicht, da sie
keine Produkte empfiehlt.

Viele Grüße
""" + sig("ahlers")
    part = text(body, cte="8bit", flowed=True)
    return M(part, a("ahlers"), a("brodersen"), "Nebentätigkeit Stahmer – Ihre Bestätigung",
             "2026-05-06 14:00", "CONFIDENTIAL", "de", "internal",
             "secondary employment of a named employee with its income", mid_style="tb")


def m125():
    body = """
Dear Ms Raman,

following the pre-assignment examination of Mr Daniel Foster on 9 February 2026
(occupational health check for stays abroad with special climatic and health
burdens, AMR 13.2), I can confirm with his consent:

- There are no medical concerns against the assignment to Singapore.
- Vaccinations given: hepatitis A/B (second dose), typhoid (oral). Yellow fever is
  not required for Singapore; his tetanus/diphtheria/pertussis booster is current.
- Mr Foster has a known well-controlled asthma; he has been advised to carry a
  six-month supply of his inhaler (salbutamol / budesonide-formoterol) and has a
  doctor's letter in English for customs.
- Dengue prevention advice given (repellents, no vaccination recommended).
- Follow-up examination recommended after return or after 24 months.

Invoice (GOAE-based, EUR 214.60) follows to Elbstrom HR.

Kind regards
Dr. med. Henrike Stoltenberg
Specialist in occupational medicine, tropical medicine qualification
Arbeitsmedizin Hafenblick GmbH
"""
    top = "FYI for the secondment file. P.\n\n-----Original Message-----\nFrom: Dr. med. Henrike Stoltenberg <h.stoltenberg@amz-hafenblick.example>\nSent: Tuesday, 10 February 2026 12:30\nTo: Priya Raman\nSubject: Pre-assignment check D. Foster\n"
    part = text(top + body, cs="us-ascii", cte="7bit")
    return M(part, a("raman"), A("Secondments", "global-mobility@" + DOM), "FW: Pre-assignment check D. Foster",
             "2026-02-10 13:02", "STRICTLY_CONFIDENTIAL", "en", "doctor",
             "company doctor's pre-assignment report: vaccinations, asthma, inhaler of a named employee")

def m126():
    rows = [["Personalkennzahlen 2025 (Stichtag 31.12.)", "", "2024", "2025"],
            ["Beschäftigte (Köpfe)", "", 486, 493],
            ["  davon Teilzeit", "", 129, 137],
            ["  davon Auszubildende / dual Studierende", "", 21, 23],
            ["  davon Werkstudierende", "", 14, 17],
            ["Durchschnittsalter (Jahre)", "", 44.1, 43.8],
            ["Fluktuationsquote (AN-Kündigungen)", "", "6,9 %", "7,4 %"],
            ["Krankenquote (Jahresdurchschnitt)", "", "5,5 %", "5,7 %"],
            ["Langzeiterkrankte > 6 Wochen (Fälle)", "", 27, 31],
            ["BEM-Angebote / angenommen", "", "27 / 15", "31 / 19"],
            ["Schwerbehinderte und Gleichgestellte", "", 18, 19],
            ["Beschäftigungsquote SB", "", "3,7 %", "3,9 %"],
            ["Personen in Elternzeit", "", 36, 38],
            ["Arbeitsunfälle (meldepflichtig)", "", 5, 7],
            ["Personalaufwand (Mio. EUR)", "", 41.2, 43.9]]
    o = ods([("Kennzahlen", rows)], when="2026-02-20 09:00")
    body = """
Hallo Controlling,

für den Lagebericht und den Aufsichtsrat anbei die Personalkennzahlen 2025 im
Vorjahresvergleich. Alles Summen, keine Einzeldaten.

Bitte beachten: Die Krankenquote 2025 ist nach der neuen Methode (Kalendertage)
gerechnet, deshalb leicht abweichend von den Quartalsberichten.

Gruß
Jonas Ahlers
"""
    part = multi("mixed", [text(body, cte="8bit"), att(o, CT["ods"], "Personalkennzahlen_2025.ods")], "ol")
    return M(part, a("ahlers"), A("Controlling", "controlling@" + DOM), "Personalkennzahlen 2025 für Lagebericht",
             "2026-02-20 09:15", "NORMAL", "de", "internal",
             "trap: HR key figures incl. sickness rate, BEM cases, disabled employees, accidents - aggregates only (ODS)")


def m127():
    body = """
Dear Mrs Okafor,

please accept once more our sincere condolences on the death of your husband.

We have now completed the processing of the benefit from the group life
insurance that Elbstrom provides for employees and their spouses:

  Policy:               Group life "Elbstrom Team Leben", GL-2019-0099121
  Insured person:       Peter Okafor, born 12 October 1968
  Date of death:        1 March 2026
  Cause of death (death certificate): pancreatic carcinoma with liver metastases
  Beneficiary:          Marianne Okafor (spouse)
  Death benefit:        EUR 40,000.00 (2 x annual base of the scheme)

As the death occurred more than three years after inclusion in the scheme, no
further medical review was necessary. The amount will be transferred within
five working days to the account you gave us (ending ...4471).

Lump-sum death benefits from a group life policy are generally not subject to
income tax; inheritance tax allowances for spouses (EUR 500,000) apply.

If you have any questions, please call me directly.

Yours sincerely
Annika Fromm
Group Life Claims, Elbstrom Lebensversicherung AG
"""
    part = text(body, cs="us-ascii", cte="7bit")
    return M(part, A("Annika Fromm", "leben-leistung@" + DOM), A("Marianne Okafor", "marianne.okafor@" + DOM),
             "Group life benefit - Peter Okafor", "2026-04-07 10:00",
             "STRICTLY_CONFIDENTIAL", "en", "insurer-to-employee",
             "group life death benefit to an employee's widow: cause of death, birth date, benefit amount")


def m128():
    rows = [["Dienstwagen - geldwerter Vorteil 2024/2025 (Anforderung LSt-Außenprüfung, Prüfungsanordnung 12.02.2026)"],
            ["PersNr", "Name", "Kennzeichen", "Bruttolistenpreis EUR", "Antrieb", "Methode", "Entfernung Whg-Arbeit km", "GWV mtl. 2025 EUR"],
            [31877, "Voß, Jan-Hendrik", "HH-EV 1402", 46900, "E", "0,25 %-Regel", 9, 129.00],
            [38112, "Grünberg, Matthias", "HH-EV 1007", 61300, "Hybrid", "0,5 %-Regel", 31, 460.00],
            [36690, "Wrage, Dennis", "HH-EV 1187", 44800, "Benzin", "1 %-Regel", 32, 878.08],
            [40011, "Timm, Holger", "HH-EV 1450", 52300, "E", "0,25 %-Regel", 18, 158.00],
            [37124, "Feddersen, Nils", "HH-EV 2291 (Pool)", 49990, "E", "Fahrtenbuch", "", 0.00]]
    x = xlsx([("GWV", rows)], when="2026-03-03 14:00")
    body = """
Sehr geehrter Herr Ostermann,

wie in der Eröffnungsbesprechung vereinbart, erhalten Sie anbei die Aufstellung der
Dienstwagen mit privater Nutzung und den versteuerten geldwerten Vorteilen für den
Prüfungszeitraum. Die Fahrtenbücher (Pool-Fahrzeug) liegen im Prüferzimmer bereit.

Mit freundlichen Grüßen
""" + sig("demir")
    part = multi("mixed", [text(body, cte="qp"), att(x, CT["xlsx"], "Dienstwagen_GWV_2024-2025.xlsx")], "ol")
    return M(part, a("demir"), A("Finanzamt Hamburg-Mitte, Herr Ostermann", "lst-aussenpruefung@finanzamt-hh.example"),
             "Lohnsteuer-Außenprüfung – Aufstellung Dienstwagen", "2026-03-03 14:12",
             "CONFIDENTIAL", "de", "insurer-to-authority",
             "tax audit: named employees with company cars, commuting distance and taxable benefit (XLSX)")


def m129():
    guide = """RELOCATION WELCOME PACK - TEMPLATE v2 (fill in the {{fields}})
=================================================================

Dear {{first_name}},

welcome to Elbstrom! Your start date is {{start_date}} in our {{office}} office.

1. Before you arrive
   [ ] Signed contract returned (HR: {{hr_contact}})
   [ ] Visa / residence permit: {{visa_status}}  (EU citizens: not needed)
   [ ] Temporary housing: {{temp_address}} from {{temp_from}} to {{temp_to}}

2. First week in Germany
   [ ] Register your address at the Buergeramt within 14 days (appointment: {{buergeramt_date}})
   [ ] Open a bank account (any SEPA account works, also your home account)
   [ ] Choose a statutory health insurance fund - or, if your salary is above the
       compulsory insurance limit, you may choose private health insurance. HR
       cannot advise on which one; we only need the name of the fund.
   [ ] Tax ID arrives by post ~2 weeks after registration

3. Money
   Relocation allowance: {{relocation_allowance}} gross, paid with the first salary.
   Moving costs: reimbursed against invoices up to {{moving_cap}}.

4. Health
   We don't need any medical information from you. If you need a doctor who
   speaks English, ask the People Team for the list of practices near the office.

Contacts: {{buddy_name}} (your buddy), {{hr_contact}} (HR)
"""
    body = """
Hi Priya,

here's the updated relocation welcome pack template with the new placeholders
({{buergeramt_date}}, {{moving_cap}}) and the health paragraph the DPO asked for.
Plain text so it's easy to paste into the onboarding tool.

Cheers,
Sophie
"""
    part = multi("mixed", [text(body, cs="us-ascii", cte="7bit"),
                           att(guide.replace("\n", "\r\n").encode("ascii"), 'text/plain; charset="us-ascii"', "relocation_welcome_pack_TEMPLATE_v2.txt", cte="qp")])
    return M(part, a("lange"), a("raman"), "relocation welcome pack template v2", "2026-03-19 12:30",
             "NORMAL", "en", "internal", "trap: relocation template with {{placeholders}} for visa, housing, health insurance (TXT)")


def m130():
    body = """
Hi Priya,

as feared - see Jakub's resignation below. I'll talk to him tomorrow, but I don't
think the counter-offer will change anything. Please process it; his last day
would be 30 June.

Rahul

-----Original Message-----
From: Jakub Wiśniewski
Sent: Tuesday, 31 March 2026 16:58
To: Rahul Mehta
Subject: Resignation

Dear Rahul,

with this letter I resign from my position as Data Engineer with Elbstrom
Versicherung AG with effect from 30 June 2026, in compliance with the
three-month notice period in my contract of 14 January 2022. The signed original
will be in the HR mailbox tomorrow.

I have accepted an offer from Finvolt GmbH as Senior Data Engineer - it was a
difficult decision after four great years.

Please send all documents to my private address:
  Jakub Wiśniewski, Wandsbeker Chaussee 77, 22089 Hamburg

I would be grateful for a qualified reference (qualifiziertes Arbeitszeugnis)
and for an interim reference already now.

Best regards,
Jakub
"""
    part = text(body, cte="qp")
    return M(part, a("mehta"), a("raman"), "FW: Resignation", "2026-03-31 17:30",
             "CONFIDENTIAL", "en", "employee", "forwarded resignation of a named employee with private address and new employer")


def m131():
    o = odt([("h", "Arbeitgeberauskunft zum Antrag auf Rente wegen Erwerbsminderung"),
             ("t", [["Versicherte", "Birgit Kähler, geb. 22.09.1968"],
                    ["Versicherungsnummer", "54 220968 K 003"],
                    ["Beschäftigt seit", "01.10.1994, Sachbearbeiterin Vertrag Sach, 38 Std./Woche"],
                    ["Arbeitsunfähigkeitszeiten 2023", "97 Arbeitstage"],
                    ["Arbeitsunfähigkeitszeiten 2024", "142 Arbeitstage"],
                    ["Arbeitsunfähigkeitszeiten 2025", "188 Arbeitstage"],
                    ["aktuell", "arbeitsunfähig seit 12.01.2026, Krankengeldbezug"]]),
             "Tätigkeitsbeschreibung: überwiegend sitzende Bildschirmarbeit, Telefonate mit Maklern, "
             "gelegentliches Tragen von Akten bis 5 kg. Keine Schicht- oder Nachtarbeit.",
             "Leistungseinschränkungen aus Sicht des Arbeitgebers: häufige, nicht planbare Ausfälle; "
             "Frau Kähler hat mitgeteilt, wegen ihrer Darmerkrankung kurzfristig Toiletten erreichen zu müssen "
             "und wegen Erschöpfung nicht länger als 4 Stunden konzentriert arbeiten zu können.",
             "Angebotene Anpassungen: Telearbeit 100 %, Reduzierung auf 25 Std. (im Dezember 2025 abgelehnt).",
             "Hamburg, 21.04.2026 – Elbstrom Versicherung AG, Personal"], when="2026-04-21 10:00")
    body = """
Sehr geehrte Damen und Herren,

zum Rentenantrag unserer Mitarbeiterin (Ihr Zeichen 54 220968 K 003 – EM) erhalten
Sie anbei die ausgefüllte Arbeitgeberauskunft. Die Ablehnung der angebotenen
Anpassungen ist dort vermerkt.

Mit freundlichen Grüßen
Im Auftrag
Jonas Ahlers
"""
    part = multi("mixed", [text(body, cte="qp"), att(o, CT["odt"], "Arbeitgeberauskunft_EM_Kaehler.odt")], "ol")
    return M(part, a("ahlers"), A("Deutsche Rentenversicherung Nord", "rehabilitation@drv-nord.example"),
             "Arbeitgeberauskunft EM-Rente – 54 220968 K 003", "2026-04-21 10:20",
             "STRICTLY_CONFIDENTIAL", "de", "insurer-to-authority",
             "employer statement for a disability-pension claim: sick days, bowel disease, exhaustion only in the ODT; body gives just the pension number and 'EM'")


def m132():
    body = """
Hallo Frau Thode,

für unseren Gesundheitstag am 12.03. bestellen wir wie besprochen das Mittagsbuffet
für 220 Personen (Ausgabe 11:30–14:00, Kantine EG):

  - 2 Hauptgerichte: Ofengemüse mit Kichererbsen (vegan), Hähnchen-Curry mit Reis
  - Salatbar mit Dressings getrennt
  - Dessert: Obstsalat, Skyr mit Beeren
  - Getränke: Wasser, ungesüßte Tees

Bitte zusätzlich einplanen: 25 Portionen glutenfrei, 20 laktosefrei, 10 ohne Nüsse –
die Zahlen sind aus der anonymen Vorab-Umfrage, Namen gibt es dazu nicht. Allergene
bitte wie immer nach LMIV am Buffet auszeichnen.

Kein Alkohol, keine Softdrinks mit Zucker (Vorgabe der BGM-Kommission).

Rechnung an Kostenstelle 4190, Bestellnr. BE-2026-00519.

Viele Grüße
Sophie Lange
"""
    part = text(body, cs="windows-1252", cte="8bit")
    return M(part, a("lange"), A("Hafenküche Catering, Frau Thode", "bestellung@hafenkueche.example"),
             "Bestellung Buffet Gesundheitstag 12.03. – BE-2026-00519", "2026-02-27 10:30",
             "NORMAL", "de", "insurer-to-supplier",
             "trap: catering order with gluten-free/lactose-free/nut-free counts from an anonymous survey")


def m133():
    body = """
Liebe Frau Friedrichsen,

herzlichen Glückwunsch zum 30-jährigen Dienstjubiläum am 01.08.2026! Der Vorstand
lädt Sie und die anderen Jubilar*innen am 10.09. zum Jubiläumsessen ein, die
Einladung kommt gesondert.

Nach der Betriebsvereinbarung Jubiläumszuwendungen erhalten Sie mit der August-
Abrechnung:

  Jubiläumsgeld 30 Jahre:   1,5 Monatsgehälter = 6.237,00 € brutto
  zusätzlich:               2 Tage Sonderurlaub

Das Jubiläumsgeld ist steuerpflichtig; wir rechnen es als sonstigen Bezug nach der
Fünftelregelung ab, soweit die Voraussetzungen vorliegen. Sie zahlen also
voraussichtlich deutlich weniger Steuer als bei einer normalen Einmalzahlung.

Mit herzlichen Grüßen und Dank für 30 Jahre Treue
""" + sig("wollenweber")
    part = text(body, cte="qp")
    return M(part, a("wollenweber"), A("Anke Friedrichsen", "anke.friedrichsen@" + DOM), "Ihr 30-jähriges Dienstjubiläum",
             "2026-06-30 09:00", "CONFIDENTIAL", "de", "insurer-to-employee",
             "anniversary bonus amount (salary-based) for a named employee; no health content")


def m134():
    body = """
Hi HR leadership team,

summary of the exit interviews of H1 2026 (n = 21 leavers, 17 interviews held).
As agreed with the works council, only categories with at least 5 mentions are
reported and no quotes that could identify anyone.

Main reasons for leaving (multiple answers):
  Pay / better offer elsewhere          11
  Career development                     8
  Workload and stress                    7
  Manager relationship                   5
  Health reasons, family, relocation     fewer than 5 each (merged: 6)

Ratings (1-5):
  Workload                     2.6  (H2 2025: 2.9)
  Support from manager         3.4
  Work-life balance            3.1
  Health & wellbeing offers    3.9  (EAP and company doctor rated positively)

Recommendations: salary benchmarking for IT roles, workload review in Claims,
career paths for specialists.

People Analytics
"""
    part = text(body, cs="us-ascii", cte="7bit")
    return M(part, A("People Analytics", "people-analytics@" + DOM), A("HR management", "hr-management@" + DOM),
             "Exit interviews H1 2026 - summary", "2026-07-06 10:00",
             "NORMAL", "en", "internal", "trap: exit-interview statistics with stress and health reasons, small cells merged")


def m135():
    lines = ["# Ausbildung bei der Elbstrom Versicherung - Start August 2027", "",
             "Kaufmann/-frau für Versicherungen und Finanzanlagen (m/w/d) - 8 Plätze",
             "Fachinformatiker/in Anwendungsentwicklung (m/w/d) - 3 Plätze",
             "Duales Studium Versicherungs- und Finanzwirtschaft (B.A.) - 4 Plätze", "",
             "Vergütung: 1.150 / 1.240 / 1.340 EUR im Monat (1./2./3. Jahr), 30 Tage Urlaub",
             "Übernahmequote der letzten 5 Jahre: 92 %", "",
             "Das bringst du mit:",
             "- guten Realschulabschluss, Fachhochschulreife oder Abitur",
             "- Freude am Umgang mit Menschen und Zahlen", "",
             "Bewerbung bis 31.10.2026 über karriere.elbstrom-versicherung.example",
             "Anschreiben, Lebenslauf, letzte zwei Zeugnisse - ein Foto ist nicht nötig,",
             "Angaben zu Alter, Familienstand, Religion oder Gesundheit ebenfalls nicht.", "",
             "Schwerbehinderte Bewerber*innen werden bei gleicher Eignung bevorzugt",
             "berücksichtigt. Wenn du für das Vorstellungsgespräch Unterstützung brauchst",
             "(z. B. barrierefreier Raum, Gebärdensprachdolmetschung), sag uns einfach Bescheid.", "",
             "Kontakt: Frauke Hinrichsen, ausbildung@elbstrom-versicherung.example"]
    body = """
Sehr geehrte Damen und Herren,

wir möchten Ihre Abschlussklassen auf unsere Ausbildungsplätze für 2027 aufmerksam
machen und würden uns freuen, wenn Sie den angehängten Flyer weitergeben oder
aushängen. Gern stellen wir die Ausbildung auch in einer Unterrichtsstunde vor.

Mit freundlichen Grüßen
""" + sig("hinrichsen")
    part = multi("mixed", [text(body, cte="qp"),
                           att(pdf(lines, "Ausbildung 2027", "20260901090000"), CT["pdf"], "Flyer_Ausbildung_2027.pdf")])
    return M(part, AUSBILDUNG, A("Berufsorientierung Stadtteilschulen", "bo-koordination@schulen-hamburg.example"),
             "Ausbildungsplätze 2027 – Flyer für Ihre Abschlussklassen", "2026-09-01 09:30",
             "NORMAL", "de", "insurer-to-school",
             "trap: apprenticeship flyer (PDF) with pay and a disability/health clause, no person")


def m136():
    inner_body = """
Dear Ms Hinrichsen,

I am writing from the Disability & Inclusion Office of Hochschule Nordufer on
behalf of your dual student in the English-taught programme "International
Insurance Management", Mr Lasse Thiel (matriculation no. 2024-11873), who has
asked us to inform his placement company.

Mr Thiel has type 1 diabetes and uses an insulin pump with continuous glucose
monitoring. The examination board has granted him the following compensation for
disadvantages (Nachteilsausgleich) for all written exams:
  - 15 minutes extra time per hour
  - permission to keep his phone (glucose app) and snacks at the desk
  - the right to interrupt the exam in case of hypoglycaemia

He would appreciate similar arrangements for the written assessments during his
practical phase at Elbstrom (e.g. the internal product exam in November).

Kind regards
Dr. Miriam Oyelaran
Disability & Inclusion Office, Hochschule Nordufer
"""
    inn = inner(text(inner_body, cs="us-ascii", cte="7bit"),
                A("Dr. Miriam Oyelaran", "inclusion@hs-nordufer.example"), a("hinrichsen"),
                "Compensation for disadvantages - L. Thiel", "2026-09-14 11:20",
                "<inclusion-2026-0914-8841@hs-nordufer.example>")
    body = """
Hi Jonas,

FYI - forwarding the university's note on Lasse. Could you check with the product
training team that he gets the same arrangements for the November exam? I'll talk
to him on Thursday.

Frauke
"""
    part = multi("mixed", [text(body, cs="us-ascii", cte="7bit"), rfc822(inn, "Compensation_for_disadvantages_L_Thiel.eml")], "tb")
    return M(part, a("hinrichsen"), a("ahlers"), "Fwd: Compensation for disadvantages - L. Thiel", "2026-09-14 13:40",
             "STRICTLY_CONFIDENTIAL", "en", "school",
             "university disability office: dual student's type 1 diabetes, insulin pump, hypoglycaemia (forwarded .eml)",
             mid_style="tb", mailer="Mozilla Thunderbird 128.6.0")


def m137():
    html = """
<html><body style="font-family:Georgia,serif;background:#f7f7f2">
<div style="max-width:620px;margin:auto;background:#fff;padding:24px">
<p style="font-size:12px;color:#888">Elbstrom Gesundheitsmagazin &middot; Ausgabe Herbst 2026</p>
<h1 style="color:#00576b">Besser schlafen: 5 Tipps von unserer Beratungs&auml;rztin</h1>
<p>Jede*r dritte Erwachsene in Deutschland schl&auml;ft schlecht. Chronische Schlafst&ouml;rungen
erh&ouml;hen das Risiko f&uuml;r Bluthochdruck, Diabetes Typ 2 und Depressionen. Unsere
Beratungs&auml;rztin Dr. Wiebke Lorenzen erkl&auml;rt, was hilft:</p>
<ol>
<li>Feste Zeiten &ndash; auch am Wochenende.</li>
<li>Kein Bildschirm eine Stunde vor dem Schlafen.</li>
<li>Koffein nur bis 14 Uhr, Alkohol ist kein Schlafmittel.</li>
<li>Schlafzimmer k&uuml;hl, dunkel, ruhig.</li>
<li>Bei Schlafapnoe-Verdacht (Schnarchen mit Atemaussetzern) zum Arzt: Eine Untersuchung im
Schlaflabor ist in den meisten Krankenversicherungstarifen enthalten.</li>
</ol>
<p><b>Gut zu wissen:</b> In unseren Tarifen KomfortPlus und Premium erstatten wir auch
digitale Gesundheitsanwendungen (DiGA) gegen Schlaflosigkeit.</p>
<p style="font-size:11px;color:#888">Sie erhalten dieses Magazin, weil Sie es im Kundenportal abonniert haben.
<a href="https://www.elbstrom-versicherung.example/magazin/abmelden">Abbestellen</a>.
Elbstrom Versicherung AG, Lotsenkai 12, 20459 Hamburg (fiktiv)</p>
</div></body></html>
"""
    part = text(html, "html", cte="qp")
    return M(part, A("Elbstrom Gesundheitsmagazin", "magazin@" + DOM), A("Abonnent*innen Gesundheitsmagazin", "magazin-abo@" + DOM),
             "Besser schlafen: 5 Tipps von unserer Beratungsärztin", "2026-09-22 07:00",
             "NORMAL", "de", "newsletter",
             "trap: ordinary customer health magazine about sleep disorders, depression, sleep apnoea; HTML only, no person",
             mid_style="sys")


def m138():
    body = """
Hi Marie-Claire,

kurz auf Deutsch und auf Englisch, damit es eindeutig ist / briefly in German and
English so it's clear:

DE: Ihr Werkstudentenvertrag wird bis zum 31.03.2027 verlängert. Stundenlohn ab
01.10.2026: 17,40 € (bisher 16,80 €). Wochenarbeitszeit in der Vorlesungszeit max.
20 Std. Bitte laden Sie die Immatrikulationsbescheinigung für das Wintersemester
2026/27 bis 15.10. im Portal hoch – ohne sie müssen wir Sie ab Oktober als normale
Teilzeitkraft abrechnen.

EN: Your working student contract is extended until 31 March 2027. Hourly wage
from 1 October 2026: EUR 17.40 (previously EUR 16.80). Max. 20 hours per week
during the lecture period. Please upload your enrolment certificate for the winter
semester by 15 October - without it we have to treat you as a regular part-time
employee from October (higher social security deductions).

Der Änderungsvertrag liegt im Portal zur digitalen Unterschrift. / The amendment
is in the portal for e-signature.

Viele Grüße / Best regards
Melike Demir
Entgeltabrechnung / Payroll
"""
    part = text(body, cte="qp")
    return M(part, a("demir"), A("Marie-Claire Dubois", "marie-claire.dubois@" + DOM),
             "Verlängerung Werkstudentenvertrag / contract extension", "2026-09-07 12:00",
             "CONFIDENTIAL", "mixed", "insurer-to-employee", "bilingual contract extension with hourly wage of a named working student")


def m139():
    body = """
Hallo Jonas,

wie angekündigt beantrage ich als SBV ein Präventionsverfahren nach § 167 Abs. 1
SGB IX für Frau Gesa Thormählen (Leistung Kranken, GdB 50). Sie ist damit
einverstanden und hat mich von der Schweigepflicht entbunden.

Hintergrund: Ihre Multiple Sklerose hat sich seit dem Schub im Juli verschlechtert.
Sie ist seit August wieder im Dienst, geht aber inzwischen mit Rollator, hat
Gleichgewichtsprobleme und eine starke Fatigue am Nachmittag. Die Neurologin hat
die Therapie auf Ocrelizumab umgestellt (Infusion alle 6 Monate, jeweils 1 Tag).

Was sie bräuchte:
1. einen Behindertenparkplatz nahe Eingang Nord (sie hat jetzt Merkzeichen G
   beantragt),
2. einen Arbeitsplatz im EG oder direkt am Aufzug,
3. Arbeitszeit 7–13 Uhr im Büro, danach optional 2 Std. Homeoffice,
4. Prüfung Arbeitsassistenz über das Inklusionsamt.

Ich schlage einen Termin mit Dir, Frau Thormählen, ihrer Teamleitung und der
Betriebsärztin in KW 40 vor.

Viele Grüße
""" + sig("petersen", None)
    part = text(body, cte="8bit")
    return M(part, a("petersen"), a("ahlers"), "Präventionsverfahren § 167 Abs. 1 SGB IX – G. Thormählen",
             "2026-09-21 16:10", "STRICTLY_CONFIDENTIAL", "de", "internal",
             "disability representative: named employee's MS relapse, walker, fatigue, infusion therapy, workplace needs")


def m140():
    rows = [["Umlageverfahren AAG - Erstattungen und Umlagen 2025 (Unternehmenswerte)"],
            ["Krankenkasse", "U1 gezahlt EUR", "U1 erstattet EUR", "U2 gezahlt EUR", "U2 erstattet EUR"],
            ["BKK Leuchtturm", 118400, 176220, 16900, 41300],
            ["AOK Nordsee", 61200, 88410, 8720, 22100],
            ["Techniker Nord", 93800, 101760, 13350, 25600],
            ["DAK Küste", 27100, 46490, 3880, 7300],
            ["sonstige (9 Kassen)", 22300, 0, 3150, 0],
            ["Summe", 322800, 412880, 46000, 96300]]
    x = xlsx([("AAG 2025", rows)], when="2026-02-12 15:00")
    body = """
Hallo Herr Sandmann,

für die Rückstellungsbewertung und den Jahresabschluss anbei die Umlagen und
Erstattungen nach dem Aufwendungsausgleichsgesetz 2025 je Krankenkasse. U1 =
Entgeltfortzahlung im Krankheitsfall (70 %), U2 = Mutterschaft.

Offene Erstattungsansprüche zum 31.12.2025: 38.210 € (U1) und 9.880 € (U2), siehe
Ihre Saldenliste.

Gruß
Melike Demir
"""
    part = multi("mixed", [text(body, cte="qp"), att(x, CT["xlsx"], "AAG_Umlagen_Erstattungen_2025.xlsx")])
    return M(part, a("demir"), A("Jens Sandmann, Rechnungswesen", "rechnungswesen@" + DOM),
             "AAG U1/U2 2025 – Zahlen für den Abschluss", "2026-02-12 15:10",
             "NORMAL", "de", "internal",
             "trap: company-level sick-pay and maternity reimbursements per health fund (XLSX), no person")


def m141():
    body = """
Dear VeriCheck team,

please start the pre-employment screening (package "Professional Plus") for the
following candidate, who has accepted our conditional offer and signed your
consent form (uploaded to your portal, order ELB-2026-017):

  Name:             Dr. Lena Marquardt
  Date of birth:    08 November 1986
  Current address:  Am Sande 24, 21335 Lüneburg
  Checks:           - university degrees (M.Sc. Statistics, Univ. of Kiel 2011;
                      Dr. rer. nat. 2015)
                    - employment history 2015-2026 (3 employers)
                    - no credit check, no criminal record check (not required
                      for this role)

Please report only "verified / not verified / discrepancy" per item. Do not collect
or report any other information.

Deadline: 10 April 2026.

Best regards
Priya Raman
HR International & Global Mobility
"""
    part = text(body, cte="qp")
    return M(part, a("raman"), A("VeriCheck Europe", "orders@vericheck.example"), "Screening order ELB-2026-017",
             "2026-03-27 09:30", "CONFIDENTIAL", "en", "insurer-to-supplier",
             "pre-employment screening order: candidate's birth date, address, degrees")


def m142():
    body = """
Katrin, Jens,

strictly need-to-know. Internal Audit has completed the special investigation in
Claims Household (ref. IA-SPEC-2026-02). Summary:

- Between 03/2024 and 02/2026 the claims handler Oliver Dankert (Claims
  Household, employee since 2018) created 23 fictitious water-damage claims for
  policyholders who had not reported any loss and paid EUR 61,840 in total to
  four accounts. Two of the accounts belong to him and his partner.
- He admitted the facts in the interview on 9 March (minutes signed, works
  council member present).
- During the interview he also disclosed that he was convicted of fraud in 2017
  by the Amtsgericht Harburg (fine, 90 daily rates) - he did not mention this
  when he was hired; we did not request a certificate of good conduct at the time.
- Legal filed a criminal complaint with the police on 11 March (case no.
  LKA 54/2026/118843).

HR to prepare the extraordinary dismissal; the works council hearing needs to
go out today to meet the two-week deadline (§ 626 BGB).

Karsten Ihde
Head of Internal Audit
"""
    part = text(body, cte="qp")
    return M(part, A("Karsten Ihde", "karsten.ihde@" + DOM),
             A("Dr. Katrin Wollenweber", P["wollenweber"][1]) + ", " + A("Dr. Jens Albrecht", "legal-employment@" + DOM),
             "IA-SPEC-2026-02 - result (strictly confidential)", "2026-03-11 14:05",
             "STRICTLY_CONFIDENTIAL", "en", "internal",
             "criminal offence data: named employee's embezzlement, previous fraud conviction, criminal complaint")


def m143():
    body = """
Protokoll Arbeitsschutzausschuss (ASA) - Sitzung 1/2026, 24.03.2026

Teilnehmende: Dr. K. Wollenweber (AG-Vertreterin), B. Kolbe, I. Roloff (BR),
Dr. H. Stoltenberg (Betriebsärztin), R. Olsen (Fachkraft für Arbeitssicherheit),
S. Lange (Personal), A. Petersen (SBV)

1. Unfallstatistik 2025
   7 meldepflichtige Arbeitsunfälle (Vorjahr 5): 3 Stolper-/Sturzunfälle im Gebäude,
   2 Wegeunfälle mit dem Fahrrad, 1 Schnittverletzung Kantine, 1 Sportunfall beim
   Firmenlauf. Ausfalltage gesamt: 96. Maßnahme: Antirutschbelag Treppenhaus TG
   (erledigt).

2. Bericht der Betriebsärztin (anonym)
   84 Vorsorgen Bildschirmarbeit, 212 Grippeschutzimpfungen, 31 Beratungen zu
   ergonomischen Fragen, 9 Beratungen im Rahmen BEM. Häufigste Themen: Rücken/
   Nacken, Augen, psychische Belastung. Keine personenbezogenen Angaben.

3. Gefährdungsbeurteilung psychische Belastung: Maßnahmenplan siehe Anlage
   (Bericht an das Amt für Arbeitsschutz am 14.04.).

4. Hitzeschutz Sommer 2026: Ventilatoren für das 5. OG, Trinkwasserspender.

5. Ersthelfer: Quote im 2. und 5. OG wieder erreicht nach den Lehrgängen im April/Mai.

Nächste Sitzung: 23.06.2026
"""
    part = text(body, cs="iso-8859-1", cte="8bit")
    return M(part, a("lange"), A("Arbeitsschutzausschuss", "asa@" + DOM), "Protokoll ASA 1/2026",
             "2026-03-26 12:00", "NORMAL", "de", "internal",
             "trap: safety committee minutes with accident statistics and anonymous company-doctor report")


def m144():
    body = """
Hi Conor,

during the payroll check for April we noticed an overpayment: your unpaid leave
from 13 to 24 April (8 working days, approved on 2 March for your trip to
Vietnam) was entered too late and your April salary was paid in full.

  Monthly base salary:                  EUR 5,820.00
  Unpaid leave 8 of 21 working days:    EUR 2,217.14 gross
  Resulting net overpayment (approx.):  EUR 1,318.60

Options:
  a) deduction with the May payroll in full, or
  b) in three instalments (May-July) of approx. EUR 439.53 net

Please let me know by 15 May which option you prefer; without an answer we'll
use option b. Your payslip for May will show the correction as "Rückrechnung 04/2026".

Sorry for the inconvenience!
Melike
""" + sig("demir", "en")
    part = text(body, cte="qp")
    return M(part, a("demir"), A("Conor Walsh", "conor.walsh@" + DOM), "Overpayment April - unpaid leave",
             "2026-05-06 11:20", "CONFIDENTIAL", "en", "insurer-to-employee",
             "salary overpayment recovery with base salary of a named employee; leave reason is a trip, no health")


def m145():
    body = """
Dear Priya,

I'd like to ask for your help with something important to me.

I am a trans woman and I am starting to live openly as Robin from 1 July. My
legal change of first name and gender entry under the Self-Determination Act
(SBGG) will be effective on 16 June, after the three-month notice period at the
registry office. I've been on hormone therapy since last autumn and I'm in a
good place now.

Could you please:
  - change my name to Robin Thiessen and my title to "Frau" in the HR system,
    payroll, e-mail address (robin.thiessen@...), badge and phone directory from
    1 July;
  - make sure the old name doesn't appear anywhere visible (org chart, Teams);
  - let me know which documents you need - I'll have the new certificate from
    the registry office.

My manager Christina knows and is very supportive; I'll tell my team myself at
our team day on 25 June.

Thank you!
Robin (still Robert Thiessen in the system for now)
"""
    part = text(body, cs="us-ascii", cte="7bit")
    return M(part, A("Robert Thiessen", "robert.thiessen@" + DOM), a("raman"), "Name change from 1 July",
             "2026-06-02 09:40", "STRICTLY_CONFIDENTIAL", "en", "employee",
             "employee discloses gender identity (trans woman), legal gender change and hormone therapy")


def m146():
    body = """
Requisition REQ-2026-044 has been APPROVED.

  Position:        Data Engineer (m/f/d) - Claims Analytics
  Level:           P3
  Salary band:     EUR 62,000 - 75,000 (base, full-time)
  Headcount type:  replacement (leaver 30.06.2026)
  Cost center:     4620 Data Engineering
  Hiring manager:  Rahul Mehta
  Recruiter:       Tobias Reimers
  Approvals:       Hiring manager (31.03.) -> HR BP (01.04.) -> CFO (02.04.)
  Works council:   information under s. 99 BetrVG will be sent at offer stage

Next step: job ad draft in the recruiting module (template "Tech EN").

This is an automated notification from SuccessPort HR (Elbstrom tenant).
Do not reply to this message.
"""
    part = text(body, cs="us-ascii", cte="7bit")
    return M(part, A("SuccessPort HR", "noreply-hr@" + DOM), A("Rahul Mehta", P["mehta"][1]) + ", " + A("Tobias Reimers", P["reimers"][1]),
             "[SuccessPort] Requisition REQ-2026-044 approved", "2026-04-02 08:01",
             "NORMAL", "en", "internal",
             "trap: system notification with salary band for a vacancy; only hiring manager/recruiter named",
             mid_style="sys")


def m147():
    rows = [["Name", "Vorname", "Austritt", "Anschrift laut System", "Rücklauf", "Grund"],
            ["Wulff", "Nadine", "28.02.2026", "Billstedter Hauptstr. 12, 22111 Hamburg", "15.03.2026", "Empfänger unbekannt verzogen"],
            ["Wrage", "Dennis", "31.03.2026", "Rotdornweg 3, 21614 Buxtehude", "14.04.2026", "Briefkasten ohne Namen"],
            ["Kearney", "Siobhan", "-", "14 Sunday's Well Road, Cork T23 X4P2, Irland", "20.04.2026", "Adresse unvollständig"],
            ["Lühmann", "Marco", "-", "Heimfelder Str. 17, 21075 Hamburg", "22.04.2026", "Annahme verweigert"]]
    c = csvb(rows, cs="utf-8", bom=True)
    body = """
Hallo Sophie,

von der Poststelle kamen diese Woche vier Rückläufer mit Lohnunterlagen
(Lohnsteuerbescheinigungen 2025 bzw. Austrittsunterlagen). Liste hängt an. Kannst
Du bitte die aktuellen Adressen klären? Bei den beiden Aktiven könnten wir ja auch
einfach über das Portal gehen.

Danke, Melike
"""
    part = multi("mixed", [text(body, cte="8bit"), att(c, 'text/csv; charset="utf-8"', "Ruecklaeufer_Lohnpost_2026-04.csv")])
    return M(part, a("demir"), a("lange"), "Rückläufer Lohnpost – Adressen klären", "2026-04-24 13:15",
             "CONFIDENTIAL", "de", "internal", "returned payroll mail: named (former) employees with home addresses (CSV)")


def m148():
    body = """
Sehr geehrter Herr Nowak,

zu Ihrem Unfall vom 03.02.2026 haben wir Ihre Ansprüche aus der Gruppen-Unfall-
versicherung geprüft, die die Elbstrom für alle Mitarbeitenden abgeschlossen hat
(Vertrag GU-2020-0099121, versicherte Person Nr. 0451).

Nach dem Gutachten von Dr. Lindemann vom 14.10.2026 verbleibt eine dauerhafte
Beeinträchtigung des rechten Fußes: eingeschränkte Beweglichkeit im oberen
Sprunggelenk nach Außenbandruptur mit operativer Versorgung, Belastungsschmerz
bei längerem Gehen.

Bewertung nach der Gliedertaxe: Funktionsbeeinträchtigung des Fußes um 2/10.
  Fuß-Wert lt. Gliedertaxe:            40 %
  Invaliditätsgrad:                    2/10 x 40 % = 8 %
  Grundsumme Invalidität:              100.000 €
  Invaliditätsleistung:                  8.000 €

Die Leistung überweisen wir auf Ihr Gehaltskonto. Falls Sie mit der Bemessung nicht
einverstanden sind, können Sie innerhalb von drei Jahren eine Neubemessung verlangen.

Mit freundlichen Grüßen
Ihre Elbstrom Versicherung – Leistung Unfall
Hendrik Oltmanns
"""
    part = text(body, cs="windows-1252", cte="qp")
    return M(part, A("Hendrik Oltmanns", "unfall-leistung@" + DOM), A("Tomasz Nowak", "t.nowak@postbox-hh.example"),
             "Gruppen-Unfallversicherung – Invaliditätsleistung", "2026-10-20 10:45",
             "STRICTLY_CONFIDENTIAL", "de", "insurer-to-employee",
             "group accident insurance (personal line) of an employee: permanent injury, disability degree, benefit")


def m149():
    body = """
*** Release Notes Mitarbeiterportal 26.3 / Employee portal release 26.3 ***

DE
Neu: AU-Bescheinigungen und Bescheinigungen für Kinderkrankentage können jetzt
direkt mit dem Handy fotografiert und hochgeladen werden ("Meine Abwesenheiten" >
"Bescheinigung hochladen"). Die Datei landet verschlüsselt nur beim Personalservice;
Führungskräfte sehen weiterhin nur Zeitraum und Art ("krank", "Kind krank").
Hinweis: Bei Bescheinigungen aus dem Ausland mit Diagnose wird die Diagnosezeile vom
Personalservice vor der Ablage geschwärzt.

EN
New: you can now photograph sick notes and child-sick certificates with your phone
and upload them directly ("My absences" > "Upload certificate"). The file is
encrypted and only visible to HR Services; managers still see only the period and
type ("sick", "child sick"). Note: for foreign certificates showing a diagnosis,
HR Services blacks out the diagnosis before filing.

Bekannte Fehler / known issues: Upload von HEIC-Dateien (iPhone) erst ab 26.3.1.

Ihr IT-Team / Your IT team
"""
    part = text(body, cte="b64")
    return M(part, A("IT Release Management", "it-releases@" + DOM), A("All employees", "all-staff@" + DOM),
             "Mitarbeiterportal 26.3 – Bescheinigungen per Foto hochladen / upload certificates by photo",
             "2026-06-15 07:30", "NORMAL", "mixed", "internal",
             "trap: bilingual portal release note about uploading sick notes; base64 body, no person", mid_style="sys")


def m150():
    body = """
Sehr geehrter Herr Grünberg,

vielen Dank für Ihren Antrag im Mitarbeitertarif. Ihre Kfz-Versicherung für das neue
Privatfahrzeug ist policiert:

  Versicherungsnehmer:  Matthias Grünberg, Elbchaussee 301, 22605 Hamburg
  Vertragsnummer:       KF-7712-0448190-3 (Mitarbeitertarif, 20 % Nachlass)
  Fahrzeug:             Skoda Enyaq 85, amtl. Kennzeichen HH-MG 821
  FIN:                  TMBJC7NY4RF044719
  eVB-Nummer:           7K3QW9R (bereits bei der Zulassung verwendet)
  Haftpflicht SF 22 (übernommen von der Küstenland Versicherung), Vollkasko SF 18,
  SB 300 € VK / 150 € TK
  Jahresbeitrag:        612,40 € (Abbuchung jährlich am 01.06. vom hinterlegten
                        Gehaltskonto)

Den Versicherungsschein finden Sie im Kundenportal. Ihre bisherige Versicherung haben
wir über die Kündigung zum Fahrzeugwechsel informiert.

Gute Fahrt!
Ihre Elbstrom Versicherung – Kfz-Vertrag
"""
    part = text(body, cte="qp")
    return M(part, A("Elbstrom Kfz-Vertrag", "kfz-vertrag@" + DOM), A("Matthias Grünberg", "m.gruenberg@postbox-hh.example"),
             "Ihre Kfz-Versicherung KF-7712-0448190-3 (Mitarbeitertarif)", "2026-05-29 16:20",
             "CONFIDENTIAL", "de", "insurer-to-customer",
             "ordinary motor policy of an employee as customer: address, contract, plate, VIN, eVB; no health")

# ==========================================================================
# build and check
# ==========================================================================

LABELS = ("NORMAL", "CONFIDENTIAL", "STRICTLY_CONFIDENTIAL")
LANGS = ("de", "en", "mixed")
WANT = {"NORMAL": 60, "CONFIDENTIAL": 45, "STRICTLY_CONFIDENTIAL": 45}
DELIBERATELY_INVALID_IBANS = set()


def build(limit=150):
    files, rows = {}, []
    for n in range(1, limit + 1):
        f = globals().get("m%03d" % n)
        if f is None:
            continue
        _CUR["n"], _CUR["b"] = n, 0
        data, (label, lang, kind, reason) = f()
        name = "%s-%04d.eml" % (PREFIX, n)
        files[name] = data
        rows.append((name, label, lang, kind, reason))
    tsv = "file\tlabel\tlang\tkind\treason\n" + "".join("\t".join(r) + "\n" for r in rows)
    return files, rows, tsv.encode("utf-8")


def write(files, tsv):
    os.makedirs(os.path.join(HERE, "mails"), exist_ok=True)
    for name, data in files.items():
        with open(os.path.join(HERE, "mails", name), "wb") as fh:
            fh.write(data)
    with open(os.path.join(HERE, "labels.tsv"), "wb") as fh:
        fh.write(tsv)


IBAN_RE = re.compile(r"\b(?:DE|AT|IE|NL|PL|FR|ES|PT|TR|GB|IT|BE|LU|CH)\d{2}(?: ?[0-9A-Z]{4}){3,7}(?: ?[0-9A-Z]{1,3})?\b")
ADDR_RE = re.compile(r"[\w.+-]+@([\w-]+(?:\.[\w-]+)+)")


def _check_zip(data, where, stats, depth=0):
    z = zipfile.ZipFile(io.BytesIO(data))
    assert z.testzip() is None, where
    names = z.namelist()
    texts = []
    for nm in names:
        b = z.read(nm)
        if nm.endswith(".xml") or nm.endswith(".rels"):
            from xml.etree import ElementTree as ET
            ET.fromstring(b)
            texts.append(re.sub(r"<[^>]+>", " ", b.decode("utf-8")))
        elif depth == 0 and not where.endswith((".docx", ".xlsx", ".odt", ".ods")):
            texts.append(_check_file(nm, b, where + "/" + nm, stats, depth + 1))
    low = where.lower()
    if low.endswith(".docx"):
        assert "word/document.xml" in names
    if low.endswith(".xlsx"):
        assert "xl/workbook.xml" in names and any(n.startswith("xl/worksheets/") for n in names)
    if low.endswith((".odt", ".ods")):
        assert names[0] == "mimetype" and z.getinfo("mimetype").compress_type == zipfile.ZIP_STORED
        assert "content.xml" in names
    return "\n".join(texts)


def _check_file(fname, data, where, stats, depth=0):
    ext = fname.rsplit(".", 1)[-1].lower()
    stats[ext] = stats.get(ext, 0) + 1
    if ext == "pdf":
        t = pdf_text(data)
        assert t.strip(), where + ": empty PDF text"
        return t
    if ext in ("docx", "xlsx", "odt", "ods", "zip"):
        t = _check_zip(data, where, stats, depth)
        assert t.strip(), where
        return t
    if ext == "ics":
        t = data.decode("utf-8")
        assert t.startswith("BEGIN:VCALENDAR") and t.rstrip().endswith("END:VCALENDAR"), where
        assert "\n" not in t.replace("\r\n", ""), where + ": bare LF in ICS"
        return t.replace("\r\n ", "")
    if ext in ("csv", "txt", "log"):
        for cs in ("utf-8", "windows-1252"):
            try:
                return data.decode(cs)
            except UnicodeDecodeError:
                pass
        raise AssertionError(where + ": undecodable")
    if ext == "eml":
        m = BytesParser(policy=policy.default).parsebytes(data)
        return _walk_text(m, where, stats)
    raise AssertionError(where + ": unknown attachment type " + ext)


def _walk_text(msg, where, stats):
    out = []
    for part in msg.walk():
        assert not part.defects, (where, part.defects)
        ct = part.get_content_type()
        if part.is_multipart():
            continue
        fname = part.get_filename()
        if ct == "message/rfc822":
            continue
        if fname:
            out.append(_check_file(fname, part.get_payload(decode=True), where + ":" + fname, stats))
        elif ct.startswith("text/"):
            cs = part.get_content_charset() or "us-ascii"
            out.append(part.get_payload(decode=True).decode(cs))
        elif ct == "application/octet-stream":
            raise AssertionError(where + ": octet-stream without filename")
        else:
            raise AssertionError(where + ": unexpected part " + ct)
    for part in msg.walk():
        if part.get_content_type() == "message/rfc822":
            stats["message/rfc822"] = stats.get("message/rfc822", 0) + 1
    return "\n".join(out)


def check():
    files, rows, tsv = build()
    files2, rows2, tsv2 = build()
    assert files == files2 and tsv == tsv2, "build is not deterministic"
    assert len(files) == 150, "only %d mails" % len(files)
    # on-disk files identical to a rebuild
    for name, data in files.items():
        with open(os.path.join(HERE, "mails", name), "rb") as fh:
            assert fh.read() == data, name + " differs from rebuild"
    with open(os.path.join(HERE, "labels.tsv"), "rb") as fh:
        assert fh.read() == tsv, "labels.tsv differs from rebuild"
    extra = set(os.listdir(os.path.join(HERE, "mails"))) - set(files)
    assert not extra, extra
    # labels
    cnt, langs, kinds, lab_lang = {}, {}, {}, {}
    for name, label, lang, kind, reason in rows:
        assert label in LABELS and lang in LANGS and kind and reason, name
        assert "\t" not in reason and "\n" not in reason
        cnt[label] = cnt.get(label, 0) + 1
        langs[lang] = langs.get(lang, 0) + 1
        kinds.setdefault(kind, {}).setdefault(label, 0)
        kinds[kind][label] += 1
        lab_lang[(label, lang)] = lab_lang.get((label, lang), 0) + 1
    assert cnt == WANT, cnt
    # every mail
    mids, stats, tops = set(), {}, {}
    for name, data in sorted(files.items()):
        assert not re.search(rb"(?<!\r)\n", data), name + ": bare LF"
        assert not re.search(rb"\r(?!\n)", data), name + ": bare CR"
        assert max(len(l) for l in data.split(b"\r\n")) <= 998, name + ": line too long"
        hdr_end = data.index(b"\r\n\r\n")
        data[:hdr_end].decode("ascii")
        msg = BytesParser(policy=policy.default).parsebytes(data)
        assert not msg.defects, (name, msg.defects)
        m = msg["Message-ID"]
        assert m and m not in mids, name + ": Message-ID"
        mids.add(m)
        d = parsedate_to_datetime(msg["Date"])
        assert d.year == 2026, name
        assert msg["From"].addresses[0].domain == DOM, name + ": From not the insurer"
        tops[msg.get_content_type()] = tops.get(msg.get_content_type(), 0) + 1
        alltext = _walk_text(msg, name, stats)
        hdrtext = " ".join(str(v) for k, v in msg.items())
        for dom in ADDR_RE.findall(alltext + " " + hdrtext):
            assert dom.lower().endswith(".example"), (name, dom)
        for ib in IBAN_RE.findall(alltext):
            if ib.replace(" ", "") in DELIBERATELY_INVALID_IBANS:
                continue
            assert iban_ok(ib), (name, ib)
    print("mails: %d, all parsed without defects, rebuild byte-identical" % len(files))
    print("labels: " + ", ".join("%s %d" % (k, cnt[k]) for k in LABELS))
    print("lang:   " + ", ".join("%s %d" % (k, langs.get(k, 0)) for k in LANGS))
    print("label x lang: " + "; ".join("%s %s" % (l, "/".join(str(lab_lang.get((l, g), 0)) for g in LANGS)) for l in LABELS))
    print("kind x label (N/C/S):")
    for k in sorted(kinds, key=lambda k: -sum(kinds[k].values())):
        print("  %-26s %3d  %s" % (k, sum(kinds[k].values()), "/".join(str(kinds[k].get(l, 0)) for l in LABELS)))
    print("top-level types: " + ", ".join("%s %d" % kv for kv in sorted(tops.items())))
    print("attachments (incl. ZIP members, forwarded mails): " + ", ".join("%s %d" % kv for kv in sorted(stats.items())))
    print("CHECK OK")


if __name__ == "__main__":
    if "--check" in sys.argv:
        check()
    else:
        files, rows, tsv = build()
        write(files, tsv)
        print("wrote %d mails" % len(files))
